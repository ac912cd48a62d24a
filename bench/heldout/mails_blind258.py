"""blind258: a blind 50-mail held-out set, the inbox of Lucía Sánchez, an agrifood QA analyst in Murcia.

Written by hand, one function per mail, without reading the detector, its tests or the other held-out
mails. Built and checked by ``python3 bench/heldout/make_blind.py blind258``. Keys 1-23 are the
positives, 24-50 the negatives; the file number of the mail written ``key``-th is ORDER[key - 1].
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind258"
ORDER = random.Random(2580258).sample(range(1, 51), 50)
LUCIA = "lucia.sanchez@example.org"
TO = addr("Lucía Sánchez", LUCIA)
MAD = "Europe/Madrid"
MX = "mx1.example.org (Postfix)"

VTZ_MADRID = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")
VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, relay: str, *, to: str = TO,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8", lag: int = 4) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    return [
        ("Delivered-To", LUCIA),
        ("Received", received(f"from {relay}", when, zone, MX, LUCIA, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-10T13:00:00Z", end="2026-09-10T13:45:00Z", contact="lotte.vermeer@polderfresh.nl",
      company="Polderfresh", local="Thu 2026-09-10 15:00", local_end="2026-09-10 15:45",
      zone="Europe/Amsterdam",
      note="Greenhouse confirmation from a no-reply relay; 3:00-3:45 PM CEST (Amsterdam = Madrid in "
           "September, UTC+2) -> 13:00-13:45Z, the ICS says the same in UTC. Contact = human Reply-To "
           "(also ORGANIZER).")
def p01() -> bytes:
    body = t("""
        Hi Lucía,

        Thanks for making time to speak with us! This email confirms your interview for the
        Quality Assurance Analyst (Remote, EU) role at Polderfresh.

        Interview details
        Date: Thursday, September 10, 2026
        Time: 3:00 PM - 3:45 PM CEST
        Location: Google Meet - https://meet.google.com/xpr-qkad-tmn
        Interviewers: Lotte Vermeer (Talent Acquisition), Bram de Wit (Head of Food Safety)

        Bram will mostly want to hear about your BRCGS and IFS audit experience, so no need to
        prepare slides.

        If you need to reschedule, simply reply to this email.

        Best,
        Lotte Vermeer
        Talent Acquisition | Polderfresh
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Hi Lucía,</p>
        <p>Thanks for making time to speak with us! This email confirms your interview for the
        <strong>Quality Assurance Analyst (Remote, EU)</strong> role at Polderfresh.</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Date</b></td><td>Thursday, September 10, 2026</td></tr>
        <tr><td><b>Time</b></td><td>3:00 PM - 3:45 PM CEST</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/xpr-qkad-tmn">Google Meet</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Lotte Vermeer (Talent Acquisition), Bram de Wit (Head of Food Safety)</td></tr>
        </table>
        <p>Bram will mostly want to hear about your BRCGS and IFS audit experience, so no need to
        prepare slides.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best,<br>Lotte Vermeer<br>Talent Acquisition | Polderfresh</p>
        <img src="https://us.greenhouse-mail.io/o/3f9a1c2b" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88120457@greenhouse.io
        DTSTAMP:20260907121200Z
        DTSTART:20260910T130000Z
        DTEND:20260910T134500Z
        SUMMARY:Interview: Lucia Sanchez - Quality Assurance Analyst (Polderfresh)
        LOCATION:https://meet.google.com/xpr-qkad-tmn
        ORGANIZER;CN=Lotte Vermeer:mailto:lotte.vermeer@polderfresh.nl
        ATTENDEE;CN=Lucia Sanchez;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lucia.sanchez@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lotte Vermeer (Polderfresh)", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Quality Assurance Analyst at Polderfresh", "2026-09-07 12:12", "UTC",
              "<gh.88120457.7f3e1a@us.greenhouse-mail.io>", "o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.12.44])",
              extra=(("Reply-To", addr("Lotte Vermeer", "lotte.vermeer@polderfresh.nl")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-17T07:30:00Z", contact="encarna.martinez@huertadelsegura.es",
      company="Conservas Huerta del Segura", local="Thu 2026-09-17 09:30", zone=MAD,
      note="Short tú reply 'el jueves a las 9:30 aquí te esperamos'; the quoted thread has her "
           "proposal (jueves 17 o viernes 18 a las 9:30) and Lucía choosing the Thursday. Madrid CEST "
           "(UTC+2) -> 07:30Z. No length stated.",
      days=(("Fri", "2026-09-18"),))
def p02() -> bytes:
    body = t("""
        Perfecto Lucía, pues el jueves a las 9:30 aquí te esperamos. Estamos en el Polígono La
        Serreta, calle Río Mula 14 (Molina de Segura), la nave grande con el logo verde. Cuando
        llegues pregunta por mí en recepción y subimos a ver la línea de esterilizado antes de
        sentarnos con Andrés.

        Trae el DNI que te tienen que hacer la tarjeta de visita.

        Un abrazo,
        Encarna

        --
        Encarna Martínez Pérez
        Responsable de RRHH · Conservas Huerta del Segura S.L.
        968 00 41 27

        El mié, 9 sept 2026 a las 18:02, Lucía Sánchez <lucia.sanchez@example.org> escribió:
        > ¡Hola Encarna! Muchas gracias. El jueves 17 me viene genial.
        > Un saludo,
        > Lucía
        >
        > El mié, 9 sept 2026 a las 12:40, Encarna Martínez <encarna.martinez@huertadelsegura.es> escribió:
        >> Hola Lucía, soy Encarna de Conservas Huerta del Segura. Hemos visto tu CV para el puesto de
        >> técnica de calidad y nos gustaría conocerte en persona. ¿Podrías el jueves 17 o el viernes 18
        >> a las 9:30?
        """)
    hs = head(addr("Encarna Martínez", "encarna.martinez@huertadelsegura.es"),
              "Re: Entrevista técnica de calidad", "2026-09-11 13:47", MAD,
              "<CAG7fq2Lk0Wm3sZ+Encarna.9xQ@mail.gmail.com>",
              "mail-wr1-f49.google.com (mail-wr1-f49.google.com [209.85.221.49])",
              extra=(("In-Reply-To", "<CAPv1Lucia0917x@mail.gmail.com>"),
                     ("References", "<CAG7fq2Lk0Wm3sZ+Encarna.1aa@mail.gmail.com> <CAPv1Lucia0917x@mail.gmail.com>")))
    return message(hs, text(body, cte="8bit"))


@mail(n(3), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-10-26T08:30:00Z", end="2026-10-26T09:15:00Z", contact="vicent.ferrer@citricolaturia.es",
      company="Citrícola del Túria", local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:15", zone=MAD,
      note="DST edge: sent Thu 22 Oct in CEST, interview Mon 26 Oct 09:30-10:15 after Europe went back to "
           "CET on 25 Oct -> UTC+1 -> 08:30-09:15Z (ICS TZID Europe/Madrid agrees). Contact = human "
           "Reply-To.")
def p03() -> bytes:
    body = t("""
        Hola Lucía:

        Gracias por tu interés en el puesto de Técnico/a de Aseguramiento de Calidad (Almacén de
        Alzira). Te confirmamos tu entrevista:

        Fecha: lunes, 26 de octubre de 2026
        Hora: 09:30 - 10:15 (CET, hora de Madrid)
        Formato: videollamada (Microsoft Teams), el enlace está en la invitación adjunta
        Con: Vicent Ferrer (Talent Acquisition) y Amparo Llorens (Directora de Calidad)

        Ten en cuenta que este fin de semana cambia la hora: la entrevista es a las 9:30 del
        horario nuevo.

        Si necesitas cambiar la cita, responde a este correo.

        Un saludo,
        Vicent Ferrer
        Citrícola del Túria S.A.
        """)
    page = t("""
        <!doctype html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7"><div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;font-family:Helvetica,Arial,sans-serif">
        <img src="https://citricolaturia.jobs.personio.de/logo.png" alt="Citrícola del Túria" height="36">
        <p>Hola Lucía:</p>
        <p>Gracias por tu interés en el puesto de <b>Técnico/a de Aseguramiento de Calidad (Almacén de Alzira)</b>. Te confirmamos tu entrevista:</p>
        <p><b>Fecha:</b> lunes, 26 de octubre de 2026<br><b>Hora:</b> 09:30 - 10:15 (CET, hora de Madrid)<br>
        <b>Formato:</b> videollamada (Microsoft Teams), el enlace está en la invitación adjunta<br>
        <b>Con:</b> Vicent Ferrer (Talent Acquisition) y Amparo Llorens (Directora de Calidad)</p>
        <p>Ten en cuenta que este fin de semana cambia la hora: la entrevista es a las 9:30 del horario nuevo.</p>
        <p>Si necesitas cambiar la cita, responde a este correo.</p>
        <p>Un saludo,<br>Vicent Ferrer<br>Citrícola del Túria S.A.</p>
        <p style="font-size:11px;color:#888">Enviado con Personio · Política de privacidad</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//ES
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-recruiting-5521938-interview-2
        DTSTAMP:20261022T090500Z
        DTSTART;TZID=Europe/Madrid:20261026T093000
        DTEND;TZID=Europe/Madrid:20261026T101500
        SUMMARY:Entrevista: Lucía Sánchez – Técnico/a de Aseguramiento de Calidad
        DESCRIPTION:Unirse a la reunión de Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTQ5
        ORGANIZER;CN=Vicent Ferrer:mailto:vicent.ferrer@citricolaturia.es
        ATTENDEE;CN=Lucía Sánchez;RSVP=TRUE:mailto:lucia.sanchez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Citrícola del Túria", "no-reply@mail.personio.de"),
              "Confirmación de tu entrevista – Técnico/a de Aseguramiento de Calidad", "2026-10-22 11:05", MAD,
              "<20261022090500.5521938.ab12@mail.personio.de>", "mail.personio.de (mail.personio.de [18.156.34.201])",
              extra=(("Reply-To", addr("Vicent Ferrer", "vicent.ferrer@citricolaturia.es")),))
    return message(hs, mixed(alt(text(body), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


@mail(n(4), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T10:00:00Z", end="2026-10-08T11:00:00Z", contact="rocio.fernandez@hortamar.es",
      company="Hortamar Poniente", local="Thu 2026-10-08 12:00", local_end="2026-10-08 13:00", zone=MAD,
      note="Teamtailor, HTML only, usted. 'jue 8 oct 2026, 12:00 – 13:00 (CEST)' in Almería = Madrid "
           "time, UTC+2 -> 10:00-11:00Z. Reply-To is a Teamtailor relay, so contact = the recruiter's "
           "address in the body.")
def p04() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Entrevista</title></head>
        <body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;background:#fafafa">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="580" style="background:#ffffff;border-radius:8px;padding:32px">
        <tr><td><img src="https://assets.teamtailor-cdn.com/hortamar/logo.png" alt="Hortamar Poniente" height="40"></td></tr>
        <tr><td>
        <p>Estimada Lucía:</p>
        <p>Le confirmamos la entrevista para la posición de <b>Técnico/a de Calidad – Campaña 2026/27</b>.</p>
        <table style="background:#f1f6ef;border-radius:6px;padding:12px;width:100%">
        <tr><td>&#128197; jue 8 oct 2026, 12:00 – 13:00 (CEST)</td></tr>
        <tr><td>&#128205; Ctra. de Málaga km 4, El Ejido (Almería) – Oficinas centrales, 1.ª planta</td></tr>
        <tr><td>&#128101; Rocío Fernández (Selección), Juan Diego Maldonado (Jefe de Calidad)</td></tr>
        </table>
        <p>Le rogamos que traiga copia de sus titulaciones. Para cualquier consulta puede escribir
        directamente a Rocío Fernández: <a href="mailto:rocio.fernandez@hortamar.es">rocio.fernandez@hortamar.es</a>.</p>
        <p><a href="https://hortamar.teamtailor.com/meetings/8c2e1f/ics" style="background:#2f7d32;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Añadir al calendario</a></p>
        <p>Atentamente,<br>El equipo de Selección de Hortamar Poniente</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Este correo se ha enviado a través de Teamtailor en nombre de Hortamar Poniente S.C.A.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Hortamar Poniente", "noreply@hortamar.teamtailor-mail.com"),
              "Entrevista confirmada: Técnico/a de Calidad – Campaña 2026/27", "2026-09-29 07:12", "UTC",
              "<6f1c0d2e-4b7a-4a55-9e3e-2d1b8a7c0f11@hortamar.teamtailor-mail.com>",
              "mta-12.teamtailor-mail.com (mta-12.teamtailor-mail.com [52.214.77.19])",
              extra=(("Reply-To", "reply+a81f0c2d9e@hortamar.teamtailor-mail.com"),))
    return message(hs, html(page))


@mail(n(5), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-10-13T08:00:00Z", end="2026-10-13T09:00:00Z", contact="hannah.roos@brennholt.com",
      company="Brennholt Foods", local="Tue 2026-10-13 10:00", local_end="2026-10-13 11:00", zone=MAD,
      note="Workday notification from the tenant mailbox; 'Tuesday, October 13, 2026 10:00 AM - 11:00 AM "
           "(GMT+02:00) Europe/Madrid' -> 08:00-09:00Z. Contact = the recruiter address in the body.")
def p05() -> bytes:
    body = t("""
        Dear Lucía Sánchez,

        Thank you for your application for the position of Quality Assurance Specialist - Cartagena
        Plant (R-0048213). We are pleased to confirm your interview as follows:

        Interview: Hiring Manager Interview
        Date: Tuesday, October 13, 2026
        Time: 10:00 AM - 11:00 AM (GMT+02:00) Europe/Madrid
        Location: Brennholt Foods Iberia, Polígono Industrial Cabezo Beaza, C/ Berlín 9, 30353 Cartagena
        Interviewers: Jorge Albaladejo (Plant Quality Manager), Hannah Roos (Talent Acquisition Partner)

        Please bring a valid ID; visitors must complete a short hygiene questionnaire at the gate.

        If you have any questions, please contact Hannah Roos at hannah.roos@brennholt.com.

        Kind regards,
        Brennholt Foods Talent Acquisition

        This is a system-generated email. Please do not reply to this message.
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    hs = head(addr("Brennholt Foods", "brennholt@myworkday.com"),
              "Interview Confirmation - Quality Assurance Specialist - Cartagena Plant", "2026-10-07 14:31", "UTC",
              "<1730923882.88213.1791469860431@wd5-prod-mail.myworkday.com>",
              "wd5-prod-mail.myworkday.com (wd5-prod-mail.myworkday.com [198.62.5.123])")
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(6), family="exchange_teams", lang="es", interview=True, kind="scheduled",
      start="2026-11-04T10:30:00Z", end="2026-11-04T11:30:00Z", contact="aros@citricosmarmenor.es",
      company="Cítricos Mar Menor", local="Wed 2026-11-04 11:30", local_end="2026-11-04 12:30", zone=MAD,
      note="Outlook meeting request whose text only says 'te adjunto la convocatoria': the time is only in "
           "the ICS, TZID 'Romance Standard Time' (Madrid/Paris, CET in November, UTC+1) 11:30-12:30 -> "
           "10:30-11:30Z. Contact = sender and ORGANIZER.")
def p06() -> bytes:
    body = t("""
        Buenas tardes Lucía,

        Como hablamos por teléfono, te adjunto la convocatoria para la entrevista con Pilar (directora
        de Calidad) y conmigo. Acéptala para que te quede en el calendario; si no te funciona el
        enlace de Teams, llámame al 968 00 73 15 y lo hacemos por teléfono.

        Un saludo,

        Alberto Ros Navarro
        Recursos Humanos
        Cítricos Mar Menor, S.L. · San Javier (Murcia)

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o un dispositivo de sala
        Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3YTk>
        Id. de reunión: 381 552 903 117
        Código de acceso: q7Hb2c
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES"><div class="WordSection1">
        <p class="MsoNormal">Buenas tardes Lucía,</p>
        <p class="MsoNormal">Como hablamos por teléfono, te adjunto la convocatoria para la entrevista con Pilar (directora de Calidad) y conmigo. Acéptala para que te quede en el calendario; si no te funciona el enlace de Teams, llámame al 968 00 73 15 y lo hacemos por teléfono.</p>
        <p class="MsoNormal">Un saludo,</p>
        <p class="MsoNormal"><b>Alberto Ros Navarro</b><br>Recursos Humanos<br>Cítricos Mar Menor, S.L. · San Javier (Murcia)</p>
        <div style="margin-top:24px">________________________________________________________________________________<br>
        <span style="font-size:18pt">Reunión de Microsoft Teams</span><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3YTk">Haga clic aquí para unirse a la reunión</a><br>
        Id. de reunión: 381 552 903 117<br>Código de acceso: q7Hb2c<br>
        ________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Alberto Ros Navarro:mailto:aros@citricosmarmenor.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.sanchez@example.org:mailto:lucia.sanchez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pilar Garre Meroño:mailto:pgarre@citricosmarmenor.es
        DESCRIPTION;LANGUAGE=es-ES:Como hablamos por teléfono\\, te adjunto la convocatoria.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0F3A1C2B06FDD01000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Entrevista Lucía Sánchez - Técnico/a de Calidad
        DTSTART;TZID=Romance Standard Time:20261104T113000
        DTEND;TZID=Romance Standard Time:20261104T123000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261030T162000Z
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
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Alberto Ros Navarro", "aros@citricosmarmenor.es"),
              "Entrevista Lucía Sánchez - Técnico/a de Calidad", "2026-10-30 17:20", MAD,
              "<AM9PR04MB8120D3F1A2C0B7E5A9C1D7F2A4B12@AM9PR04MB8120.eurprd04.prod.outlook.com>",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2090.outbound.protection.outlook.com [40.107.22.90])",
              extra=(("Thread-Topic", enc("Entrevista Lucía Sánchez - Técnico/a de Calidad")),
                     ("Thread-Index", "AdtqY3bW0c9mR2yPT0ueZk0Cz1xv1A=="),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("Content-Language", "es-ES")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(7), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-20T09:00:00Z", contact="yhernandez@tropicalesdelatlantico.es",
      company="Tropicales del Atlántico", local="Tue 2026-10-20 10:00", zone="Atlantic/Canary",
      note="Canary Islands employer, usted, iso-8859-1 QP. 'martes 20 de octubre a las 10:00 hora canaria "
           "(11:00 hora peninsular)': Atlantic/Canary is WEST (UTC+1) until 25 Oct -> 09:00Z; the "
           "peninsular time agrees. 'aproximadamente una hora' -> no end.")
def p07() -> bytes:
    body = t("""
        Estimada Sra. Sánchez:

        Siguiendo nuestra conversación telefónica de esta mañana, le confirmo que la entrevista por
        videollamada para el puesto de Responsable de Calidad y Seguridad Alimentaria (empaquetado de
        plátano y aguacate) queda fijada para el martes 20 de octubre a las 10:00 hora canaria (11:00
        hora peninsular). Tendrá una duración aproximada de una hora.

        Enlace de Zoom:
        https://us06web.zoom.us/j/84417720391?pwd=bGtTR3lQd0RvN2
        ID de reunión: 844 1772 0391
        Código de acceso: 502318

        Estarán presentes D. Néstor Santana (Director de Operaciones) y quien suscribe. Si tuviera
        cualquier inconveniente, no dude en contactarme en este correo o en el 928 00 19 62.

        Reciba un cordial saludo,

        Yaiza Hernández Déniz
        Departamento de Personas
        Tropicales del Atlántico, S.L.
        Muelle Pesquero s/n · 35008 Las Palmas de Gran Canaria
        """)
    hs = head(addr("Yaiza Hernández Déniz", "yhernandez@tropicalesdelatlantico.es", "iso-8859-1"),
              "Confirmación entrevista - Responsable de Calidad", "2026-10-14 12:30", "Atlantic/Canary",
              "<000c01db2e0f$7a1b3c40$6e51b4c0$@tropicalesdelatlantico.es>",
              "smtp.tropicalesdelatlantico.es (smtp.tropicalesdelatlantico.es [195.57.140.18])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T13:00:00Z", end="2026-11-03T13:30:00Z", contact="oliver.pryce@fenlandcrops.co.uk",
      company="Fenland Crop Science", local="Tue 2026-11-03 14:00", local_end="2026-11-03 14:30", zone=MAD,
      note="Calendly invitee confirmation for a UK company, shown in the invitee's zone: '02:00pm - "
           "02:30pm (Central European Time)' = Madrid CET, UTC+1 -> 13:00-13:30Z (1:00pm GMT for the "
           "host). Contact = the host's Reply-To.")
def p08() -> bytes:
    body = t("""
        Hi Lucía Sánchez,

        Your QA Lead - first conversation with Oliver Pryce at 02:00pm (Central European Time) on
        Tuesday, November 3, 2026 is scheduled.

        Event Type:
        QA Lead - first conversation

        Invitee:
        Lucía Sánchez

        Invitee Email:
        lucia.sanchez@example.org

        Event Date/Time:
        02:00pm - 02:30pm (Central European Time), Tuesday, November 3, 2026

        Location:
        This is a Microsoft Teams web conference.
        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FsZW5kbHk

        Questions:
        Please share anything that will help prepare for our meeting.
        I have 6 years in fresh produce QA (GLOBALG.A.P., BRCGS) and I'm based in Murcia.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3e7a1f2c-9b0d-4c55-8a1e-7f6d2b9c0a44
        Reschedule: https://calendly.com/reschedulings/3e7a1f2c-9b0d-4c55-8a1e-7f6d2b9c0a44

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Arial,sans-serif;color:#4d5055">
        <p>Hi Lucía Sánchez,</p>
        <p>Your <b>QA Lead - first conversation</b> with <b>Oliver Pryce</b> at <b>02:00pm (Central European Time)</b> on <b>Tuesday, November 3, 2026</b> is scheduled.</p>
        <p><b>Event Type:</b><br>QA Lead - first conversation</p>
        <p><b>Event Date/Time:</b><br>02:00pm - 02:30pm (Central European Time), Tuesday, November 3, 2026</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference.<br><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2FsZW5kbHk">Join</a></p>
        <p><a href="https://calendly.com/cancellations/3e7a1f2c-9b0d-4c55-8a1e-7f6d2b9c0a44">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/3e7a1f2c-9b0d-4c55-8a1e-7f6d2b9c0a44">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: QA Lead - first conversation with Oliver Pryce on Tuesday, November 3, 2026",
              "2026-10-29 10:41", "UTC", "<0100019a2f3b1c4e-6d0e1f2a-3b4c-4d5e-8f60-718293a4b5c6-000000@email.amazonses.com>",
              "a48-97.smtp-out.amazonses.com (a48-97.smtp-out.amazonses.com [54.240.48.97])",
              extra=(("Reply-To", addr("Oliver Pryce", "oliver.pryce@fenlandcrops.co.uk")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(9), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-11-16T09:00:00Z", end="2026-11-16T10:00:00Z", contact="marta.gil@lacteosespuna.com",
      company="Lácteos Sierra Espuña", local="Mon 2026-11-16 10:00", local_end="2026-11-16 11:00", zone=MAD,
      note="Google Calendar invitation in Spanish, 'lun 16 nov 2026 10:00 - 11:00 (CET)', zona 'Europa "
           "Central - Madrid' (UTC+1) -> 09:00-10:00Z; ICS TZID Europe/Madrid agrees. Contact = "
           "organiser (From / Reply-To / ORGANIZER).")
def p09() -> bytes:
    body = t("""
        Marta Gil Cánovas te ha invitado a un evento de Google Calendar

        Entrevista Técnico/a de Calidad – Lucía Sánchez
        lunes, 16 de noviembre de 2026 · 10:00 – 11:00
        Zona horaria: Europa Central - Madrid

        Ubicación
        Lácteos Sierra Espuña, Ctra. de Alhama s/n, Totana (Murcia)
        https://www.google.com/maps/search/L%C3%A1cteos+Sierra+Espu%C3%B1a

        Información para unirse a Google Meet (por si no puedes venir en persona)
        Enlace para la videollamada: https://meet.google.com/bqe-ztmr-hud

        Hola Lucía, te espero en recepción. Estará también Ginés, el jefe de planta. Marta

        Invitados
        Marta Gil Cánovas - organizador
        gines.lorente@lacteosespuna.com
        lucia.sanchez@example.org

        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NWxhY3Rlb3M

        ¿Asistirás?   Sí   No   Quizás   Más opciones https://calendar.google.com/calendar/event?action=RESPOND&eid=NWxhY3Rlb3M

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado al evento. Para dejar de recibir
        futuras actualizaciones de este evento, rechaza el evento.
        """)
    page = t("""
        <div style="font-family:Roboto,Arial,sans-serif">
        <p style="font-size:14px">Marta Gil Cánovas te ha invitado a un evento de Google Calendar</p>
        <h2 style="font-size:20px;font-weight:400">Entrevista Técnico/a de Calidad – Lucía Sánchez</h2>
        <p>lunes, 16 de noviembre de 2026 · 10:00 – 11:00<br><span style="color:#70757a">Zona horaria: Europa Central - Madrid</span></p>
        <p><b>Ubicación</b><br>Lácteos Sierra Espuña, Ctra. de Alhama s/n, Totana (Murcia)</p>
        <p><a href="https://meet.google.com/bqe-ztmr-hud">Unirse con Google Meet</a></p>
        <p>Hola Lucía, te espero en recepción. Estará también Ginés, el jefe de planta. Marta</p>
        <p><b>Invitados</b><br>Marta Gil Cánovas - organizador<br>gines.lorente@lacteosespuna.com<br>lucia.sanchez@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitación de <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261116T100000
        DTEND;TZID=Europe/Madrid:20261116T110000
        DTSTAMP:20261110T081400Z
        ORGANIZER;CN=Marta Gil Cánovas:mailto:marta.gil@lacteosespuna.com
        UID:5lacteos0k3n9v2d1c7b8a6m4q@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.sanchez@example.org;X-NUM-GUESTS=0:mailto:lucia.sanchez@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Gil Cánovas;X-NUM-GUESTS=0:mailto:marta.gil@lacteosespuna.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/bqe-ztmr-hud
        CREATED:20261110T081350Z
        DESCRIPTION:Hola Lucía\\, te espero en recepción. Estará también Ginés\\, el jefe de planta. Marta
        LAST-MODIFIED:20261110T081400Z
        LOCATION:Lácteos Sierra Espuña\\, Ctra. de Alhama s/n\\, Totana (Murcia)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Técnico/a de Calidad – Lucía Sánchez
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Marta Gil Cánovas", "marta.gil@lacteosespuna.com"),
              "Invitación: Entrevista Técnico/a de Calidad – Lucía Sánchez @ lun 16 nov 2026 10:00 - 11:00 (CET) "
              "(lucia.sanchez@example.org)", "2026-11-10 09:14", MAD,
              "<calendar-7d1f2a3b-8c4e-4f50-9a6b-1c2d3e4f5a6b@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Reply-To", "marta.gil@lacteosespuna.com"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(10), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-17T20:00:00Z", end="2026-11-17T20:45:00Z", contact="aroha.ngata@kowhaiagritech.co.nz",
      company="Kowhai AgriTech", local="Wed 2026-11-18 09:00", local_end="2026-11-18 09:45",
      zone="Pacific/Auckland",
      note="New Zealand remote team: 'Wednesday 18 November at 9:00am NZDT' (UTC+13) -> Tue 17 Nov 20:00Z, "
           "the previous day in UTC; the mail adds 9pm Tuesday in Murcia (CET, agrees). 'a 45-minute "
           "call' is an exact length -> end 20:45Z. Date header is NZDT too.")
def p10() -> bytes:
    body = t("""
        Kia ora Lucía,

        Lovely to chat on Monday. As promised, here's the confirmation for your interview with our
        Head of Quality, Sam Whitcombe, and me:

        Wednesday 18 November at 9:00am NZDT (that should be 9:00pm on Tuesday 17th for you in
        Murcia - thanks for being flexible with the evening slot!)

        It'll be a 45-minute call on Google Meet: https://meet.google.com/tnw-hkpa-rfo

        Sam will ask you about supplier audits and how you handled the residue testing programme
        at your current role. Nothing to prepare beyond that.

        Ngā mihi,
        Aroha

        Aroha Ngata
        People & Culture Partner | Kowhai AgriTech
        Tauranga, New Zealand
        """)
    hs = head(addr("Aroha Ngata", "aroha.ngata@kowhaiagritech.co.nz"),
              "Interview confirmed - Quality Systems Analyst (remote)", "2026-11-13 10:15", "Pacific/Auckland",
              "<CAJ4nZp8R2xW0qLm+aroha.tgq7@mail.gmail.com>",
              "mail-pl1-f170.google.com (mail-pl1-f170.google.com [209.85.214.170])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(11), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-12-03T16:30:00Z", end="2026-12-03T17:15:00Z", contact="priya@northgateproduce.com",
      company="Northgate Produce Systems", local="Thu 2026-12-03 16:30", local_end="2026-12-03 17:15",
      zone="Europe/London",
      note="Lever confirmation from no-reply, no ICS; '4:30pm - 5:15pm GMT (45 minutes)' -> 16:30-17:15Z "
           "(17:30 in Murcia). Contact = human Reply-To.")
def p11() -> bytes:
    body = t("""
        Hi Lucía,

        Your interview for Senior QA Analyst (Remote - Europe) at Northgate Produce Systems has been
        scheduled.

        Thursday, December 3, 2026
        4:30pm - 5:15pm GMT (45 minutes)

        Video call: https://northgateproduce.zoom.us/j/93318840275

        You'll be speaking with:
        Tom Hargreaves - Director of Supplier Quality

        If anything changes on your end, just reply to this email and it will reach Priya.

        Thanks,
        Northgate Produce Systems Recruiting

        --
        Sent via Lever
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Lucía,</p>
        <p>Your interview for <b>Senior QA Analyst (Remote - Europe)</b> at Northgate Produce Systems has been scheduled.</p>
        <p style="font-size:16px"><b>Thursday, December 3, 2026</b><br>4:30pm - 5:15pm GMT (45 minutes)</p>
        <p>Video call: <a href="https://northgateproduce.zoom.us/j/93318840275">https://northgateproduce.zoom.us/j/93318840275</a></p>
        <p>You'll be speaking with:<br>Tom Hargreaves - Director of Supplier Quality</p>
        <p>If anything changes on your end, just reply to this email and it will reach Priya.</p>
        <p>Thanks,<br>Northgate Produce Systems Recruiting</p>
        <p style="color:#999;font-size:11px">Sent via Lever</p>
        </body></html>
        """)
    hs = head(addr("Northgate Produce Systems", "no-reply@hire.lever.co"),
              "Interview scheduled: Senior QA Analyst (Remote - Europe)", "2026-11-30 11:02", "UTC",
              "<lever-9a2c7e31-0f4b-4c8e-b1d2-6a5f3e8c9d10@hire.lever.co>",
              "mail-a.hire.lever.co (mail-a.hire.lever.co [159.135.140.21])",
              extra=(("Reply-To", addr("Priya Shah", "priya@northgateproduce.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(12), family="ashby", lang="es", interview=True, kind="scheduled",
      start="2026-12-01T15:00:00Z", end="2026-12-01T16:00:00Z", contact="nuria.belda@regatech.es",
      company="Regatech Agro", local="Tue 2026-12-01 16:00", local_end="2026-12-01 17:00", zone=MAD,
      note="Ashby in Spanish: 'martes, 1 de diciembre de 2026, 16:00 – 17:00 CET' -> 15:00-16:00Z; the "
           "base64 ICS (TZID Europe/Madrid) agrees. Contact = Reply-To (also ORGANIZER).")
def p12() -> bytes:
    body = t("""
        Hola Lucía,

        ¡Tu entrevista está confirmada! Tenemos muchas ganas de hablar contigo.

        martes, 1 de diciembre de 2026, 16:00 – 17:00 CET
        Google Meet: https://meet.google.com/rgt-afkd-wua

        Te reunirás con:
          Carles Mompó — CTO
          Nuria Belda — People Lead

        Es una entrevista técnica: te pediremos que nos cuentes cómo montarías el plan HACCP para
        una línea nueva de IV gama. ¿Dudas? Responde a este correo y le llegará a Nuria Belda.

        Gracias,
        Equipo de Regatech Agro
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hola Lucía,</p>
        <p>¡Tu entrevista está confirmada! Tenemos muchas ganas de hablar contigo.</p>
        <div style="border:1px solid #e3e3e3;border-radius:8px;padding:16px">
        <p style="margin:0"><b>martes, 1 de diciembre de 2026, 16:00 – 17:00 CET</b></p>
        <p style="margin:0"><a href="https://meet.google.com/rgt-afkd-wua">Google Meet</a></p>
        </div>
        <p>Te reunirás con:<br>Carles Mompó — CTO<br>Nuria Belda — People Lead</p>
        <p>Es una entrevista técnica: te pediremos que nos cuentes cómo montarías el plan HACCP para una línea nueva de IV gama. ¿Dudas? Responde a este correo y le llegará a Nuria Belda.</p>
        <p>Gracias,<br>Equipo de Regatech Agro</p>
        <p style="color:#aaa;font-size:11px">Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:1f0e7c3a-55b2-4d6e-a9f1-0b8c2d4e6f80
        DTSTAMP:20261125T162000Z
        DTSTART;TZID=Europe/Madrid:20261201T160000
        DTEND;TZID=Europe/Madrid:20261201T170000
        SEQUENCE:0
        SUMMARY:Regatech Agro – Entrevista técnica (Lucía Sánchez)
        LOCATION:https://meet.google.com/rgt-afkd-wua
        ORGANIZER;CN=Nuria Belda:mailto:nuria.belda@regatech.es
        ATTENDEE;CN=Lucía Sánchez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.sanchez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Regatech Agro", "no-reply@ashbyhq.com"),
              "Entrevista confirmada: QA & Food Safety Specialist en Regatech Agro", "2026-11-25 16:20", "UTC",
              "<010201936c5b7a2e-3f1d2c4b-9e8a-4d7c-b6f5-0a1b2c3d4e5f-000000@eu-west-1.amazonses.com>",
              "a7-18.smtp-out.eu-west-1.amazonses.com (a7-18.smtp-out.eu-west-1.amazonses.com [54.240.7.18])",
              extra=(("Reply-To", addr("Nuria Belda", "nuria.belda@regatech.es")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(13), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-12-09T09:30:00Z", contact="pau.soler@confiteriamediterranea.es",
      company="Confitería Mediterránea", local="Wed 2026-12-09 10:30", zone=MAD,
      note="SmartRecruiters, HTML only, base64. 'Fecha: 09/12/2026' is day/month (9 December, a "
           "Wednesday), 'Hora: 10:30 (Europe/Madrid)' CET -> 09:30Z. 'Duración estimada: 60 min' is an "
           "estimate -> no end. Contact = interviewer address in the body.")
def p13() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;padding:0;background:#eef1f4;font-family:Arial,sans-serif">
        <table role="presentation" width="100%"><tr><td align="center" style="padding:20px 0">
        <table role="presentation" width="600" style="background:#fff">
        <tr><td style="padding:20px;border-bottom:3px solid #c0392b"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/confiteria-mediterranea.png" alt="Confitería Mediterránea" height="42"></td></tr>
        <tr><td style="padding:24px;font-size:14px;line-height:1.5">
        <p>Hola Lucía,</p>
        <p>Tu entrevista para el puesto <b>Técnico/a de Calidad y Seguridad Alimentaria (campaña de Navidad)</b> ha sido confirmada.</p>
        <table cellpadding="6" style="font-size:14px">
        <tr><td style="color:#777">Fecha</td><td><b>09/12/2026</b></td></tr>
        <tr><td style="color:#777">Hora</td><td><b>10:30 (Europe/Madrid)</b></td></tr>
        <tr><td style="color:#777">Duración estimada</td><td>60 min</td></tr>
        <tr><td style="color:#777">Lugar</td><td>Planta de Xixona, Partida Els Plans 22, 03100 Xixona (Alicante)</td></tr>
        <tr><td style="color:#777">Entrevistador/a</td><td>Pau Soler Verdú (<a href="mailto:pau.soler@confiteriamediterranea.es">pau.soler@confiteriamediterranea.es</a>)</td></tr>
        </table>
        <p>Por normas de higiene de planta, no se permite el acceso con joyas ni relojes a la zona de producción.</p>
        <p><a href="https://jobs.smartrecruiters.com/candidate/interviews/7d0a91c2" style="color:#c0392b">Ver detalles de la entrevista</a></p>
        <p>Saludos,<br>Confitería Mediterránea – Selección</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#999;text-align:center">Powered by SmartRecruiters · No respondas a este mensaje</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Confitería Mediterránea", "noreply@smartrecruiters.com"),
              "Entrevista confirmada – Técnico/a de Calidad y Seguridad Alimentaria", "2026-12-03 08:00", "UTC",
              "<sr.interview.7d0a91c2.20261203080000@smartrecruiters.com>",
              "mail-out-4.smartrecruiters.com (mail-out-4.smartrecruiters.com [185.47.160.14])")
    return message(hs, html(page, cte="base64"))


@mail(n(14), family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-09-25T10:30:00Z", end="2026-09-25T11:00:00Z", contact="gines.conesa@semilleroscartago.es",
      company="Semilleros Cartago", local="Fri 2026-09-25 12:30", local_end="2026-09-25 13:00", zone=MAD,
      note="Workable: 'viernes 25 de septiembre de 2026 a las 12:30 (hora de Madrid)', 'duración: 30 "
           "minutos' -> CEST 10:30-11:00Z; ICS in UTC agrees. Reply-To and ORGANIZER are Workable "
           "relay addresses, so contact = the hiring manager's address in the body.")
def p14() -> bytes:
    body = t("""
        Hola Lucía,

        ¡Gracias por reservar tu entrevista con Semilleros Cartago!

        Puesto: Técnico/a de Calidad – Semillero (Cartagena)
        Cuándo: viernes 25 de septiembre de 2026 a las 12:30 (hora de Madrid)
        Duración: 30 minutos
        Tipo: llamada telefónica – te llamaremos al número que indicaste en tu candidatura

        Si necesitas cambiar la hora o tienes alguna pregunta sobre el puesto, escribe a Ginés
        Conesa, responsable del semillero: gines.conesa@semilleroscartago.es

        Un saludo,
        Equipo de selección de Semilleros Cartago

        Enviado con Workable
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wkbl-evt-3310928-7f1a
        DTSTAMP:20260921T080500Z
        DTSTART:20260925T103000Z
        DTEND:20260925T110000Z
        SUMMARY:Llamada telefónica - Semilleros Cartago
        ORGANIZER;CN=Semilleros Cartago:mailto:semilleros-cartago+c7e1a9@candidates.workablemail.com
        ATTENDEE;CN=Lucía Sánchez;RSVP=TRUE:mailto:lucia.sanchez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Semilleros Cartago", "noreply@candidates.workablemail.com"),
              "Entrevista con Semilleros Cartago: viernes 25 de septiembre", "2026-09-21 10:05", MAD,
              "<0100018f2c3d4e5f-wkbl-3310928@candidates.workablemail.com>",
              "mail-19.candidates.workablemail.com (mail-19.candidates.workablemail.com [50.31.36.19])",
              extra=(("Reply-To", "semilleros-cartago+c7e1a9@candidates.workablemail.com"),))
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(15), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start="2026-10-14T15:00:00Z", contact="ja.cayuela@frutasalhama.es",
      company="Frutas Alhama", local="Wed 2026-10-14 17:00", zone=MAD,
      note="Lucía forwards (from her other address) the recruiter's mail as an attached message/rfc822: "
           "'el miércoles 14 a las cinco de la tarde' (inner Date Mon 5 Oct) -> 17:00 CEST -> 15:00Z. "
           "Contact = the recruiter in the forwarded message, never the candidate.")
def p15() -> bytes:
    inner_body = t("""
        Buenas tardes Lucía,

        Tal y como hemos hablado por teléfono, te confirmo la entrevista para el puesto de
        responsable de calidad del almacén: el miércoles 14 a las cinco de la tarde en nuestras
        instalaciones de Alhama de Murcia (Ctra. de Mazarrón, km 2). Estaremos el gerente, Diego
        Ortín, y yo.

        Cualquier cosa me llamas al 629 00 48 51.

        Saludos,
        José Antonio Cayuela
        Administración y Personal - Frutas Alhama S.A.T.
        """)
    inner = message([
        ("From", addr("José Antonio Cayuela", "ja.cayuela@frutasalhama.es")),
        ("To", addr("Lucía Sánchez", "lucia.sanchez@example.net")),
        ("Subject", "Entrevista Frutas Alhama"),
        ("Date", date("2026-10-05 19:12", MAD)),
        ("Message-ID", "<5f2b7c1e-frutasalhama-9a3d@frutasalhama.es>"),
    ], text(inner_body, charset="iso-8859-15"))
    outer = t("""
        Me lo reenvío para tenerlo todo en el mismo sitio.

        (Llevar: portfolio auditorías, certificado IFS, DNI)
        """)
    hs = head(addr("Lucía Sánchez", "lucia.sanchez@example.net"), "Fwd: Entrevista Frutas Alhama",
              "2026-10-06 08:31", MAD, "<a9c1e2f3-77d0-4b1c-b5e8-lucia.fwd@example.net>",
              "smtp.example.net (smtp.example.net [198.51.100.25])")
    return message(hs, mixed(text(outer, cte="8bit"), attached_message(inner, "Entrevista Frutas Alhama.eml")))


@mail(n(16), family="human_prose_allday_ics", lang="es", interview=True, kind="scheduled",
      start="2026-11-24T08:30:00Z", contact="mclopez@campodenijar.coop",
      company="Cooperativa Hortofrutícola Campo de Níjar", local="Tue 2026-11-24 09:30", zone=MAD,
      note="Almería cooperative, windows-1252 QP; the attached reminder is an all-day event "
           "(DTSTART;VALUE=DATE 20261124), the time is only in the text: 'el martes 24 de noviembre a "
           "las 9:30' -> CET (UTC+1) 08:30Z. 'una hora y media más o menos' -> no end.")
def p16() -> bytes:
    body = t("""
        Buenos días Lucía:

        Le confirmo la entrevista para el puesto de Técnico/a de Certificación (GLOBALG.A.P. y
        GRASP) el martes 24 de noviembre a las 9:30 en nuestra sede de Campohermoso (Níjar), Avda.
        de la Cooperativa 3. Primero tendrá una prueba práctica en el laboratorio de residuos y
        luego la entrevista con el Consejo Rector; calcule una hora y media más o menos.

        Le adjunto un recordatorio para su calendario.

        Un saludo cordial,

        Mari Carmen López Góngora
        Administración – Personal
        Cooperativa Hortofrutícola Campo de Níjar
        Tfno. 950 00 36 40
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Cooperativa Campo de Nijar//Agenda 3.2//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:20261119-entrevista-lsanchez@campodenijar.coop
        DTSTAMP:20261119T121000Z
        DTSTART;VALUE=DATE:20261124
        DTEND;VALUE=DATE:20261125
        SUMMARY:Entrevista Tecnico/a de Certificacion - Campo de Nijar
        LOCATION:Avda. de la Cooperativa 3\\, Campohermoso (Nijar)
        DESCRIPTION:Prueba practica y entrevista. Preguntar por Mari Carmen.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Mari Carmen López Góngora", "mclopez@campodenijar.coop", "windows-1252"),
              "Entrevista martes 24 - Técnico/a de Certificación", "2026-11-19 13:10", MAD,
              "<001501db3a7e$2c4d5e60$84e81b20$@campodenijar.coop>",
              "correo.campodenijar.coop (correo.campodenijar.coop [212.170.41.66])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, mixed(text(body, charset="windows-1252"),
                             calendar(ics, method=None, filename="Entrevista.ics", disposition="attachment")))


@mail(n(17), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-10-07T10:30:00Z", contact="francisco.ruiz@zumosdelsureste.es",
      company="Zumos Naturales del Sureste", local="Wed 2026-10-07 12:30", zone=MAD,
      note="Phone-written tú reply on a Saturday: 'te he movido la entrevista del martes 6 a las 10 al "
           "miércoles 7 a las 12:30' (old and new time in one line; the quoted mail has the old one). "
           "New time, CEST (UTC+2) -> 10:30Z.",
      days=(("Tue", "2026-10-06"),))
def p17() -> bytes:
    body = t("""
        Lucía perdona!! Me ha surgido un viaje a Almería el martes y no llego. Te he movido la
        entrevista del martes 6 a las 10 al miércoles 7 a las 12:30, misma sala. Ya te llega la
        invitación nueva.

        Perdona el lío, nos vemos el miércoles
        Paco

        Enviado desde mi móvil

        El 29 sept 2026, a las 13:05, Francisco Ruiz <francisco.ruiz@zumosdelsureste.es> escribió:
        > Hola Lucía,
        > Te confirmo la entrevista el martes 6 de octubre a las 10:00 en nuestras oficinas de
        > Alcantarilla (Avda. Príncipe de Asturias 31). Pregunta por Paco Ruiz.
        > Saludos
        """)
    hs = head(addr("Francisco Ruiz", "francisco.ruiz@zumosdelsureste.es"),
              "Re: Entrevista Zumos del Sureste", "2026-10-03 19:40", MAD,
              "<D2F0A1B3-8C4E-4E11-9B7A-6F5C3D2E1A0B@zumosdelsureste.es>",
              "smtp.zumosdelsureste.es (smtp.zumosdelsureste.es [80.58.61.250])",
              extra=(("In-Reply-To", "<8A1C2E3F-zumos-0929@zumosdelsureste.es>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, params="format=flowed"))


@mail(n(18), family="exchange_outlook", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T14:00:00Z", end="2026-11-02T14:45:00Z", contact="mdoyle@carrowhale.com",
      company="Carrow & Hale Food Safety", local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45",
      zone="America/New_York",
      note="Exchange updated meeting request (SEQUENCE:1), TZID 'Eastern Standard Time'. Moved from Fri "
           "30 Oct 10:00 AM ET to Mon 2 Nov 9:00 AM ET; US clocks go back on 1 Nov, so the new slot is "
           "EST (UTC-5) -> 14:00-14:45Z (3:00 PM CET in Murcia, as the mail says). Mail sent in EDT.",
      days=(("Fri", "2026-10-30"),))
def p18() -> bytes:
    body = t("""
        When: Monday, November 2, 2026 9:00 AM-9:45 AM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Lucía,

        As discussed, I've moved our interview from Friday, October 30 at 10:00 AM ET to Monday,
        November 2 at 9:00 AM ET so that Dr. Anil Patel (VP, Global Food Safety) can join us.

        Heads-up: our clocks go back this Sunday, so 9:00 AM ET on Monday will be 3:00 PM for you in
        Murcia.

        Best,
        Megan

        Megan Doyle | Senior Talent Partner
        Carrow & Hale Food Safety, Inc. | Boston, MA

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2Fycm93>
        Meeting ID: 249 773 105 882
        Passcode: Xk4pQ9
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Megan Doyle:mailto:mdoyle@carrowhale.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucia Sanchez:mailto:lucia.sanchez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anil Patel:mailto:apatel@carrowhale.com
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000
        SUMMARY;LANGUAGE=en-US:Interview - EU Quality Assurance Specialist (Lucia Sanchez)
        DTSTART;TZID=Eastern Standard Time:20261102T090000
        DTEND;TZID=Eastern Standard Time:20261102T094500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261028T151500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2117443981
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + \
        "".join(f"<div>{line or '&nbsp;'}</div>" for line in body.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").split("\n")) + "</body></html>\n"
    hs = head(addr("Megan Doyle", "mdoyle@carrowhale.com"),
              "Updated: Interview - EU Quality Assurance Specialist (Lucía Sánchez)", "2026-10-28 11:15",
              "America/New_York", "<BN8PR12MB3361F0A9C2D14E7B8A5C6D3EB9E12@BN8PR12MB3361.namprd12.prod.outlook.com>",
              "NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection.outlook.com [40.107.237.101])",
              extra=(("Thread-Topic", "Interview - EU Quality Assurance Specialist (Lucia Sanchez)"),
                     ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAADQ"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-12-09T11:00:00Z", end="2026-12-09T12:00:00Z", contact="ciara.byrne@brightharvest.ie",
      company="Brightharvest Analytics", local="Wed 2026-12-09 11:00", local_end="2026-12-09 12:00",
      zone="Europe/Dublin",
      note="GoodTime reschedule with the previous slot (Tue 8 Dec) and the new two-session itinerary "
           "(Wed 9 Dec 11:00-11:30 and 11:30-12:00 GMT) -> first start to last end, 11:00-12:00Z; the body "
           "adds 12:00-13:00 CET, ICS (UTC, SEQUENCE:2) agrees. Contact = coordinator Reply-To.",
      days=(("Tue", "2026-12-08"),))
def p19() -> bytes:
    body = t("""
        Hi Lucía,

        Your interview with Brightharvest Analytics has been rescheduled.

        PREVIOUSLY
        Tuesday, December 8, 2026 · 11:00 AM – 12:00 PM GMT

        NEW TIME
        Wednesday, December 9, 2026 · 11:00 AM – 12:00 PM GMT (12:00 – 13:00 CET)

        Itinerary
        11:00 AM – 11:30 AM  Niamh Kelly, Head of Data Products
        11:30 AM – 12:00 PM  Declan Walsh, QA & Compliance Manager

        Join via Zoom: https://brightharvest.zoom.us/j/81144290376

        Please reply to this email if the new time doesn't work for you.

        Ciara Byrne
        Recruiting Coordinator, Brightharvest Analytics

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Lucía,</p><p>Your interview with <b>Brightharvest Analytics</b> has been rescheduled.</p>
        <p style="color:#999"><s>Tuesday, December 8, 2026 · 11:00 AM – 12:00 PM GMT</s></p>
        <p><b>Wednesday, December 9, 2026 · 11:00 AM – 12:00 PM GMT</b> (12:00 – 13:00 CET)</p>
        <table cellpadding="4"><tr><td>11:00 AM – 11:30 AM</td><td>Niamh Kelly, Head of Data Products</td></tr>
        <tr><td>11:30 AM – 12:00 PM</td><td>Declan Walsh, QA &amp; Compliance Manager</td></tr></table>
        <p><a href="https://brightharvest.zoom.us/j/81144290376">Join via Zoom</a></p>
        <p>Please reply to this email if the new time doesn't work for you.</p>
        <p>Ciara Byrne<br>Recruiting Coordinator, Brightharvest Analytics</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:goodtime-7c1d9e44-brightharvest
        DTSTAMP:20261204T142200Z
        DTSTART:20261209T110000Z
        DTEND:20261209T120000Z
        SEQUENCE:2
        SUMMARY:Interview: Lucia Sanchez / Brightharvest Analytics
        LOCATION:https://brightharvest.zoom.us/j/81144290376
        ORGANIZER;CN=Ciara Byrne:mailto:ciara.byrne@brightharvest.ie
        ATTENDEE;CN=Lucia Sanchez;RSVP=TRUE:mailto:lucia.sanchez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Brightharvest Analytics", "no-reply@goodtime.io"),
              "Rescheduled: Your interview with Brightharvest Analytics", "2026-12-04 14:22", "UTC",
              "<20261204142200.gt.7c1d9e44@goodtime.io>", "o1.email.goodtime.io (o1.email.goodtime.io [149.72.88.30])",
              extra=(("Reply-To", addr("Ciara Byrne", "ciara.byrne@brightharvest.ie")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(20), family="recruitee", lang="es", interview=True, kind="rescheduled",
      start="2026-12-10T08:00:00Z", end="2026-12-10T08:45:00Z", contact="alba.navarro@viverosguadalentin.es",
      company="Viveros Guadalentín", local="Thu 2026-12-10 09:00", local_end="2026-12-10 09:45", zone=MAD,
      note="Recruitee reschedule: old 'martes, 8 de diciembre' (a public holiday) -> new 'jueves, 10 de "
           "diciembre de 2026, 09:00–09:45 (CET)' -> 08:00-08:45Z; ICS SEQUENCE:1 agrees. Contact = "
           "human Reply-To.",
      days=(("Tue", "2026-12-08"),))
def p20() -> bytes:
    body = t("""
        Hola Lucía,

        Hemos cambiado la fecha de tu entrevista para el puesto de Técnico/a de Sanidad Vegetal y
        Calidad (Lorca).

        Fecha anterior: martes, 8 de diciembre de 2026, 09:00–09:45
        Nueva fecha:    jueves, 10 de diciembre de 2026, 09:00–09:45 (CET)

        Nos dimos cuenta tarde de que el día 8 es festivo (la Inmaculada) y el vivero está
        cerrado, perdona las molestias. El lugar no cambia: Ctra. de Granada km 3, Lorca.

        Un saludo,
        Alba Navarro
        Viveros Guadalentín
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Lucía,</p>
        <p>Hemos cambiado la fecha de tu entrevista para el puesto de <b>Técnico/a de Sanidad Vegetal y Calidad (Lorca)</b>.</p>
        <p>Fecha anterior: <span style="text-decoration:line-through">martes, 8 de diciembre de 2026, 09:00–09:45</span><br>
        Nueva fecha: <b>jueves, 10 de diciembre de 2026, 09:00–09:45 (CET)</b></p>
        <p>Nos dimos cuenta tarde de que el día 8 es festivo (la Inmaculada) y el vivero está cerrado, perdona las molestias. El lugar no cambia: Ctra. de Granada km 3, Lorca.</p>
        <p>Un saludo,<br>Alba Navarro<br>Viveros Guadalentín</p>
        <p style="font-size:11px;color:#999">Enviado a través de Recruitee</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Events//EN
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-4419027@recruitee.com
        DTSTAMP:20261203T084000Z
        DTSTART;TZID=Europe/Madrid:20261210T090000
        DTEND;TZID=Europe/Madrid:20261210T094500
        SEQUENCE:1
        SUMMARY:Entrevista - Viveros Guadalentín
        LOCATION:Ctra. de Granada km 3\\, Lorca
        ORGANIZER;CN=Alba Navarro:mailto:alba.navarro@viverosguadalentin.es
        ATTENDEE;CN=Lucía Sánchez;RSVP=TRUE:mailto:lucia.sanchez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Alba Navarro (Viveros Guadalentín)", "viverosguadalentin@mail.recruitee.com"),
              "Nueva fecha para tu entrevista – Viveros Guadalentín", "2026-12-03 09:40", MAD,
              "<rct.4419027.1764751200@mail.recruitee.com>",
              "mail.recruitee.com (mail.recruitee.com [35.157.12.9])",
              extra=(("Reply-To", addr("Alba Navarro", "alba.navarro@viverosguadalentin.es")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


@mail(n(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-12-11T12:00:00Z", end="2026-12-11T13:00:00Z", contact="marta.gil@lacteosespuna.com",
      company="Lácteos Sierra Espuña", local="Fri 2026-12-11 13:00", local_end="2026-12-11 14:00", zone=MAD,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the final interview, 'vie "
           "11 dic 2026 13:00 - 14:00 (CET)' -> cancelled slot 12:00-13:00Z. Contact = organiser.")
def p21() -> bytes:
    body = t("""
        Este evento se ha cancelado y se ha eliminado de tu calendario.

        Entrevista final – Técnico/a de Calidad (con Dirección)
        viernes, 11 de diciembre de 2026 · 13:00 – 14:00
        Zona horaria: Europa Central - Madrid

        Ubicación
        Lácteos Sierra Espuña, Ctra. de Alhama s/n, Totana (Murcia)

        Organizador
        Marta Gil Cánovas
        marta.gil@lacteosespuna.com

        Invitados
        Marta Gil Cánovas - organizador
        ramon.tudela@lacteosespuna.com
        lucia.sanchez@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado al evento.
        """)
    page = t("""
        <div style="font-family:Roboto,Arial,sans-serif">
        <p style="color:#d93025">Este evento se ha cancelado y se ha eliminado de tu calendario.</p>
        <h2 style="font-weight:400"><s>Entrevista final – Técnico/a de Calidad (con Dirección)</s></h2>
        <p>viernes, 11 de diciembre de 2026 · 13:00 – 14:00<br>Zona horaria: Europa Central - Madrid</p>
        <p><b>Organizador</b><br>Marta Gil Cánovas<br>marta.gil@lacteosespuna.com</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261211T130000
        DTEND;TZID=Europe/Madrid:20261211T140000
        DTSTAMP:20261207T160200Z
        ORGANIZER;CN=Marta Gil Cánovas:mailto:marta.gil@lacteosespuna.com
        UID:2finalent7q4w8e1r5t9y3u6i0o@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lucia.sanchez@example.org:mailto:lucia.sanchez@example.org
        CREATED:20261126T110000Z
        LAST-MODIFIED:20261207T160200Z
        LOCATION:Lácteos Sierra Espuña\\, Ctra. de Alhama s/n\\, Totana (Murcia)
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista final – Técnico/a de Calidad (con Dirección)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Marta Gil Cánovas", "marta.gil@lacteosespuna.com"),
              "Evento cancelado: Entrevista final – Técnico/a de Calidad (con Dirección) @ vie 11 dic 2026 "
              "13:00 - 14:00 (CET) (lucia.sanchez@example.org)", "2026-12-07 17:02", MAD,
              "<calendar-c4a1e9b2-0d3f-4e5a-8b7c-9d0e1f2a3b4c@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", "marta.gil@lacteosespuna.com"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-11-23T10:00:00Z", contact="dsandoval@mermeladasricote.es",
      company="Mermeladas Ricote", local="Mon 2026-11-23 11:00", zone=MAD,
      note="Formal usted cancellation, windows-1252 Outlook text+HTML: 'anular la entrevista prevista para "
           "el lunes 23 de noviembre a las 11:00' (position filled internally, no new time) -> cancelled "
           "slot, CET 10:00Z.")
def p22() -> bytes:
    body = t("""
        Estimada Lucía:

        Lamentamos comunicarle que debemos anular la entrevista prevista para el lunes 23 de
        noviembre a las 11:00 en nuestras instalaciones de Ricote. La vacante de Técnico/a de
        Calidad se ha cubierto finalmente mediante promoción interna.

        Le agradecemos sinceramente su interés y, con su permiso, conservaremos su candidatura para
        futuros procesos.

        Atentamente,

        Dolores Sandoval Gómez
        Dirección de Personas
        Mermeladas Ricote, S.L.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="ES"><div class="WordSection1">
        <p class="MsoNormal">Estimada Lucía:</p>
        <p class="MsoNormal">Lamentamos comunicarle que debemos anular la entrevista prevista para el <b>lunes 23 de noviembre a las 11:00</b> en nuestras instalaciones de Ricote. La vacante de Técnico/a de Calidad se ha cubierto finalmente mediante promoción interna.</p>
        <p class="MsoNormal">Le agradecemos sinceramente su interés y, con su permiso, conservaremos su candidatura para futuros procesos.</p>
        <p class="MsoNormal">Atentamente,</p>
        <p class="MsoNormal"><b>Dolores Sandoval Gómez</b><br>Dirección de Personas<br>Mermeladas Ricote, S.L.</p>
        </div></body></html>
        """)
    hs = head(addr("Dolores Sandoval Gómez", "dsandoval@mermeladasricote.es", "windows-1252"),
              "Anulación entrevista 23/11 - Técnico/a de Calidad", "2026-11-18 16:45", MAD,
              "<VI1PR08MB5390A2B3C4D5E6F7A8B9C0D1E2F3A@VI1PR08MB5390.eurprd08.prod.outlook.com>",
              "EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2112.outbound.protection.outlook.com [40.107.103.112])",
              charset="windows-1252", extra=(("Content-Language", "es-ES"),))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(23), family="softgarden", lang="en", interview=True, kind="cancelled",
      start="2026-10-22T12:00:00Z", end="2026-10-22T13:00:00Z", contact="jonas.weber@haldemann-food.de",
      company="Haldemann Lebensmittel", local="Thu 2026-10-22 14:00", local_end="2026-10-22 15:00",
      zone="Europe/Berlin",
      note="softgarden cancellation, 'Thursday, 22 October 2026, 14:00-15:00 (CEST)' (Berlin, UTC+2) -> "
           "cancelled slot 12:00-13:00Z; a new date is promised but not given. METHOD:CANCEL ICS agrees. "
           "Contact = the interviewer address in the body (sender is no-reply).")
def p23() -> bytes:
    body = t("""
        Dear Ms Sánchez,

        Unfortunately we have to cancel your interview for the position "Quality Manager Iberia
        (m/f/d)" scheduled for Thursday, 22 October 2026, 14:00-15:00 (CEST). Our hiring manager
        is unavailable at short notice.

        We will get back to you with a new date as soon as possible. In the meantime, feel free to
        contact Jonas Weber (jonas.weber@haldemann-food.de) with any questions.

        We apologise for the inconvenience.

        Kind regards
        Your recruiting team at Haldemann Lebensmittel GmbH

        This e-mail was sent via softgarden. Please do not reply to this e-mail.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//softgarden e-recruiting GmbH//Interview//EN
        METHOD:CANCEL
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:sg-appointment-90312274@softgarden.io
        DTSTAMP:20261019T065000Z
        DTSTART;TZID=Europe/Berlin:20261022T140000
        DTEND;TZID=Europe/Berlin:20261022T150000
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Haldemann Lebensmittel GmbH - Quality Manager Iberia
        ORGANIZER;CN=Jonas Weber:mailto:jonas.weber@haldemann-food.de
        ATTENDEE;CN=Lucia Sanchez:mailto:lucia.sanchez@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Haldemann Lebensmittel GmbH", "noreply@softgarden.io"),
              "Cancellation of your interview - Quality Manager Iberia (m/f/d)", "2026-10-19 08:50", "Europe/Berlin",
              "<sg.90312274.cancel.20261019@softgarden.io>", "mx-out-2.softgarden.io (mx-out-2.softgarden.io [185.15.58.22])")
    return message(hs, mixed(text(body), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                  disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="es", interview=False, company="Citrícola del Túria",
      note="Personio rejection after the 26 Oct interview; mentions the past interview, confirms nothing.")
def n24() -> bytes:
    body = t("""
        Hola Lucía:

        Muchas gracias por el tiempo que nos dedicaste en la entrevista del pasado 26 de octubre y
        por tu interés en Citrícola del Túria.

        Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otra persona
        cuyo perfil se ajusta algo más a las necesidades actuales del almacén de Alzira. No ha sido
        una decisión fácil: Amparo nos ha pedido que te digamos que le gustó mucho tu enfoque sobre
        la gestión de reclamaciones de cliente.

        Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario.

        Un saludo,
        Vicent Ferrer
        Citrícola del Túria S.A.
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "<p style=\"font-size:11px;color:#888\">Enviado con Personio</p></body></html>\n"
    hs = head(addr("Citrícola del Túria", "no-reply@mail.personio.de"),
              "Tu candidatura – Técnico/a de Aseguramiento de Calidad", "2026-11-11 10:30", MAD,
              "<20261111093000.5521938.rj77@mail.personio.de>", "mail.personio.de (mail.personio.de [18.156.34.201])",
              extra=(("Reply-To", addr("Vicent Ferrer", "vicent.ferrer@citricolaturia.es")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(25), family="offer", lang="en", interview=False, company="Carrow & Hale Food Safety",
      note="Job offer after the interviews; asks for an answer by a date and offers an optional call "
           "'Thursday at 4pm CET' to talk it through - a fixed time, but not an interview.",
      days=(("Fri", "2026-12-04"), ("Thu", "2026-12-03")))
def n25() -> bytes:
    body = t("""
        Hi Lucía,

        I'm thrilled to let you know that we'd like to offer you the position of EU Quality
        Assurance Specialist at Carrow & Hale Food Safety! Everyone you met - Anil included - was
        impressed, and we think you'll be a great addition to the team.

        Your offer letter is attached. The headlines:
          - Fully remote (Spain-based contract through our EOR partner)
          - Base salary EUR 46,000 + 10% annual bonus
          - Proposed start date: Monday, January 11, 2027

        Please let us know by Friday, December 4 whether you'd like to accept. I've also put a
        30-minute slot in your calendar for Thursday, December 3 at 4pm CET in case you want to walk
        through the details with me - feel free to decline it if you don't need it.

        Congratulations!
        Megan

        Megan Doyle | Senior Talent Partner
        Carrow & Hale Food Safety, Inc.
        """)
    offer = raw_part([("Content-Type", 'application/pdf; name="Offer_Letter_L_Sanchez.pdf"'),
                      ("Content-Disposition", 'attachment; filename="Offer_Letter_L_Sanchez.pdf"'),
                      ("Content-Transfer-Encoding", "base64")],
                     "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\nYmoKJSVFT0YK\n")
    hs = head(addr("Megan Doyle", "mdoyle@carrowhale.com"), "Your offer from Carrow & Hale Food Safety",
              "2026-11-30 10:05", "America/New_York",
              "<BN8PR12MB3361C7D8E9F0A1B2C3D4E5F6A7B89@BN8PR12MB3361.namprd12.prod.outlook.com>",
              "NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection.outlook.com [40.107.237.101])")
    return message(hs, mixed(text(body), offer))


@mail(n(26), family="application_ack", lang="es", interview=False, company="Grupo Alimentario Levantino",
      note="Taleo application receipt; 'si su perfil encaja... para concertar una entrevista' is hypothetical.")
def n26() -> bytes:
    body = t("""
        Estimado/a Lucía Sánchez:

        Le confirmamos que hemos recibido correctamente su candidatura para la posición
        "Analista de Calidad - Planta de Paterna (Valencia)" (referencia 2600417).

        Nuestro equipo de Selección revisará su perfil en las próximas semanas. Si su experiencia
        encaja con los requisitos del puesto, nos pondremos en contacto con usted para concertar
        una entrevista.

        Puede consultar el estado de su candidatura en cualquier momento en nuestro portal de
        empleo: https://grupolevantino.taleo.net/careersection/ext/mysubmissions.ftl

        Atentamente,
        Departamento de Recursos Humanos
        Grupo Alimentario Levantino

        Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.
        """)
    hs = head(addr("Grupo Alimentario Levantino", "no-reply@taleo.net"),
              "Confirmación de recepción de su candidatura - Analista de Calidad", "2026-09-08 06:42", "UTC",
              "<1190723117.4410.1788849720000.JavaMail.taleo@tlprd-mail03>",
              "tlprd-mail03.taleo.net (tlprd-mail03.taleo.net [160.34.9.75])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert digest with List-Unsubscribe; 'Entrevista inmediata' and 'Incorporación el "
           "lunes' are ad badges, nothing is confirmed.")
def n27() -> bytes:
    body = t("""
        Hola Lucía, tenemos 6 ofertas nuevas para tu alerta "técnico calidad agroalimentaria - Murcia y alrededores"

        TÉCNICO/A DE CALIDAD - INDUSTRIA CÁRNICA
        Embutidos Sierra de Carrascoy · Alhama de Murcia · 24.000 - 28.000 €
        ¡Entrevista inmediata! · Hace 1 día
        https://www.empleosureste.es/oferta/8812031

        RESPONSABLE DE CALIDAD (IFS FOOD)
        Envasados Vega Baja · Orihuela (Alicante) · Salario no disponible
        Incorporación el lunes · Hace 2 días
        https://www.empleosureste.es/oferta/8810974

        AUDITOR/A INTERNO/A GLOBALG.A.P.
        Agrícola Los Alcázares · Los Alcázares · 26.000 €
        Hace 3 días
        https://www.empleosureste.es/oferta/8809552

        ANALISTA DE LABORATORIO (MICROBIOLOGÍA)
        Lab Agroquímico del Sureste · Cartagena · 22.000 - 25.000 €
        Hace 3 días
        https://www.empleosureste.es/oferta/8809120

        Ver las 6 ofertas: https://www.empleosureste.es/alertas/ver/55120

        --
        Recibes este correo porque creaste una alerta en EmpleoSureste.
        Darte de baja: https://www.empleosureste.es/alertas/baja?u=55120
        """)
    hs = head(addr("EmpleoSureste", "alertas@empleosureste.es"),
              "6 ofertas nuevas: técnico calidad agroalimentaria - Murcia y alrededores", "2026-09-14 07:00", MAD,
              "<alerta.55120.20260914@empleosureste.es>", "mta3.empleosureste.es (mta3.empleosureste.es [37.59.81.44])",
              extra=(("List-Unsubscribe", "<https://www.empleosureste.es/alertas/baja?u=55120>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, text(body, cte="base64"))


@mail(n(28), family="newsletter_blog", lang="es", interview=False, company=None,
      note="Blog newsletter 'Las 7 preguntas que te harán en una entrevista de técnico de calidad', with a "
           "live Q&A date; about interviews, not one.",
      days=(("Thu", "2026-10-08"),))
def n28() -> bytes:
    body = t("""
        CALIDAD EN EL CAMPO · Boletín nº 87

        Las 7 preguntas que te harán en una entrevista de técnico de calidad (y cómo responderlas)

        Si tienes una entrevista la semana que viene, esto te interesa. Hemos hablado con cinco
        responsables de selección de cooperativas de Murcia y Almería y todos coinciden:

        1. "Cuéntame una no conformidad que hayas cerrado tú."
        2. "¿Cómo preparas una auditoría IFS no anunciada?"
        3. "¿Qué harías si detectas un residuo por encima del LMR en un lote ya expedido?"
        ...

        Y el jueves 8 de octubre a las 19:00 hacemos un directo en Instagram con Rosa Martínez,
        jefa de calidad en una SAT de Águilas, para responder a vuestras preguntas.

        Leer el artículo completo: https://calidadenelcampo.es/blog/7-preguntas-entrevista

        Hasta la próxima,
        Equipo de Calidad en el Campo

        Te has suscrito en calidadenelcampo.es · Darse de baja: https://calidadenelcampo.es/baja
        """)
    page = t("""
        <html><body style="background:#f7f3ea;font-family:Georgia,serif">
        <div style="max-width:600px;margin:auto;background:#fff;padding:24px">
        <p style="color:#7a9a3a;font-size:12px">CALIDAD EN EL CAMPO · Boletín nº 87</p>
        <h1 style="font-size:24px">Las 7 preguntas que te harán en una entrevista de técnico de calidad (y cómo responderlas)</h1>
        <p>Si tienes una entrevista la semana que viene, esto te interesa. Hemos hablado con cinco responsables de selección de cooperativas de Murcia y Almería y todos coinciden:</p>
        <ol><li>"Cuéntame una no conformidad que hayas cerrado tú."</li><li>"¿Cómo preparas una auditoría IFS no anunciada?"</li>
        <li>"¿Qué harías si detectas un residuo por encima del LMR en un lote ya expedido?"</li></ol>
        <p>Y el <b>jueves 8 de octubre a las 19:00</b> hacemos un directo en Instagram con Rosa Martínez, jefa de calidad en una SAT de Águilas, para responder a vuestras preguntas.</p>
        <p><a href="https://calidadenelcampo.es/blog/7-preguntas-entrevista">Leer el artículo completo</a></p>
        <p style="font-size:11px;color:#999">Te has suscrito en calidadenelcampo.es · <a href="https://calidadenelcampo.es/baja">Darse de baja</a></p>
        </div></body></html>
        """)
    hs = head(addr("Calidad en el Campo", "boletin@calidadenelcampo.es"),
              "Las 7 preguntas que te harán en una entrevista de técnico de calidad", "2026-10-04 09:00", MAD,
              "<20261004070000.87.boletin@calidadenelcampo.es>",
              "mail180-12.suw21.mandrillapp.com (mail180-12.suw21.mandrillapp.com [198.2.180.12])",
              extra=(("List-Unsubscribe", "<https://calidadenelcampo.es/baja>, <mailto:baja@calidadenelcampo.es>"),
                     ("List-Id", "Boletin Calidad en el Campo <boletin.calidadenelcampo.es>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(29), family="scheduling_link", lang="es", interview=False, company="Biosol Almería",
      note="Recruiter sends a Calendly link to pick a slot ('entre las 9:00 y las 14:00', 30-minute "
           "calls); no time chosen yet.")
def n29() -> bytes:
    body = t("""
        Hola Lucía,

        ¡Gracias por inscribirte en la oferta de Técnico/a de Calidad en Producción Ecológica! Nos
        ha encajado mucho tu perfil y nos gustaría tener una primera llamada contigo.

        Para no marear con correos, reserva tú misma el hueco que mejor te venga esta semana o la
        que viene en mi agenda: https://calendly.com/biosol-seleccion/llamada-30min

        Las llamadas son de 30 minutos, de lunes a viernes entre las 9:00 y las 14:00. En cuanto
        reserves te llegará la confirmación con el enlace.

        Un saludo,
        Noelia Góngora
        Selección · Biosol Almería
        """)
    hs = head(addr("Noelia Góngora", "noelia.gongora@biosolalmeria.com"),
              "Primera llamada - Técnico/a de Calidad en Producción Ecológica", "2026-10-01 10:22", MAD,
              "<CAB3x7fQ1pLw9s-noelia.k2m@mail.gmail.com>",
              "mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="interview_proposed", lang="es", interview=False, company="Salazones Mar Menor",
      note="Recruiter proposes times ('¿te viene bien el martes a las 12? Si no, el miércoles a primera "
           "hora') and waits for an answer: not yet confirmed.",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")))
def n30() -> bytes:
    body = t("""
        Buenas Lucía!

        Soy Maite, de Salazones Mar Menor (San Pedro del Pinatar). Nos pasó tu CV Andrés Sáez, que
        trabajó contigo en la cooperativa, y nos encantaría conocerte para el puesto de técnica de
        calidad.

        ¿Te viene bien el martes a las 12 en la fábrica? Si no, el miércoles a primera hora también
        me cuadra. Dime qué prefieres y te mando la ubicación.

        Un saludo!
        Maite Sáez
        Salazones Mar Menor
        """)
    hs = head(addr("Maite Sáez", "maite@salazonesmarmenor.es"), "Entrevista Salazones Mar Menor",
              "2026-11-06 12:18", MAD, "<01020193f5b8a0c1-maite-salazones@salazonesmarmenor.es>",
              "smtp.salazonesmarmenor.es (smtp.salazonesmarmenor.es [212.227.17.8])")
    return message(hs, text(body, cte="8bit"))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Meridian Talent Partners",
      note="Agency outreach asking for a quick chat 'sometime next week'; no time fixed.")
def n31() -> bytes:
    body = t("""
        Hi Lucía,

        I came across your profile and your work on IFS and GLOBALG.A.P. certification really stood
        out. I'm partnering with a fast-growing food-tech client (Series B, fully remote across
        Europe) that is building out its supplier quality function and looking for a Senior QA
        Analyst with hands-on fresh produce experience.

        Would you be open to a quick 20-minute chat sometime next week? If so, just let me know a
        couple of times that suit you, or feel free to grab a slot here:
        https://meridiantalent.com/book/daniel-okafor

        Best regards,
        Daniel Okafor
        Principal Consultant, Food & Agri
        Meridian Talent Partners | London
        """)
    hs = head(addr("Daniel Okafor", "daniel.okafor@meridiantalent.com"),
              "Senior QA Analyst - remote food-tech role", "2026-09-15 15:48", "Europe/London",
              "<PAXPR02MB7712A9B8C7D6E5F4A3B2C1D0E9F8A@PAXPR02MB7712.eurprd02.prod.outlook.com>",
              "EUR02-PAX-obe.outbound.protection.outlook.com (mail-paxeur02on2120.outbound.protection.outlook.com [40.107.16.120])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="job_centre_appointment", lang="es", interview=False, company=None,
      note="Public employment office appointment confirmation ('entrevista de orientación', jueves 1 de "
           "octubre a las 10:20): a fixed time, but not a job interview.",
      days=(("Thu", "2026-10-01"),))
def n32() -> bytes:
    body = t("""
        SERVICIO REGIONAL DE EMPLEO
        Oficina de Empleo Murcia Sur

        CITA PREVIA CONFIRMADA

        Nombre: LUCÍA SÁNCHEZ ***
        DNI/NIE: ****4821*

        Trámite: Entrevista de orientación laboral / actualización de la demanda de empleo
        Fecha: jueves 1 de octubre de 2026
        Hora: 10:20
        Lugar: Oficina de Empleo Murcia Sur, C/ Alcalde Gaspar de la Peña 11, 30004 Murcia
        Puesto de atención: 7

        Deberá presentar su DNI/NIE y, en su caso, la documentación que acredite su situación.
        Si no puede acudir, anule la cita en https://citaprevia.empleo-regionmurcia.es con el
        localizador 7K4-PQ2-881.

        Este es un mensaje automático. No responda a este correo.
        """)
    hs = head(addr("Cita Previa - Servicio Regional de Empleo", "no-responder@empleo-regionmurcia.es"),
              "Confirmación de cita previa - Oficina de Empleo Murcia Sur", "2026-09-25 11:03", MAD,
              "<citaprevia.7K4PQ2881@empleo-regionmurcia.es>",
              "correo.empleo-regionmurcia.es (correo.empleo-regionmurcia.es [195.53.210.7])")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(33), family="admission_interview", lang="es", interview=False, company=None,
      note="Business-school admission interview for an Executive MBA, confirmed with ICS (martes 20 de "
           "octubre, 18:00): the candidate is applying to a programme, not a job -> negative.",
      days=(("Tue", "2026-10-20"),))
def n33() -> bytes:
    body = t("""
        Hola Lucía,

        Gracias por completar tu solicitud para el Executive MBA (modalidad fin de semana) de la
        Escuela de Negocios del Mediterráneo. El Comité de Admisiones ha revisado tu expediente y
        tu entrevista de admisión queda confirmada:

        Fecha: martes 20 de octubre de 2026
        Hora: 18:00 (hora peninsular)
        Formato: online (Zoom) – https://enm-edu.zoom.us/j/97731640021
        Entrevistador: Prof. Xavier Boix, Director Académico

        La entrevista dura unos 30 minutos y sirve para conocer tu trayectoria y tus motivaciones.
        Recuerda que el plazo para el pago de la reserva de plaza termina el 30 de noviembre.

        Un saludo,
        Oficina de Admisiones
        Escuela de Negocios del Mediterráneo · Valencia
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ENM//Admisiones//ES
        METHOD:REQUEST
        """) + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:adm-emba-2027-00412@enm-edu.es
        DTSTAMP:20261014T090000Z
        DTSTART;TZID=Europe/Madrid:20261020T180000
        DTEND;TZID=Europe/Madrid:20261020T183000
        SUMMARY:Entrevista de admisión Executive MBA – Lucía Sánchez
        ORGANIZER;CN=Admisiones ENM:mailto:admisiones@enm-edu.es
        ATTENDEE;CN=Lucía Sánchez;RSVP=TRUE:mailto:lucia.sanchez@example.org
        LOCATION:https://enm-edu.zoom.us/j/97731640021
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Admisiones ENM", "admisiones@enm-edu.es"),
              "Confirmación de tu entrevista de admisión – Executive MBA", "2026-10-14 11:00", MAD,
              "<adm.00412.20261014@enm-edu.es>", "mail.enm-edu.es (mail.enm-edu.es [91.216.63.40])")
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="entrevista_admision.ics",
                                                  disposition="attachment")))


@mail(n(34), family="sports_tryout", lang="es", interview=False, company=None,
      note="Volleyball club try-out ('prueba de nivel', sábado 12 de septiembre a las 10:00): fixed time, "
           "not a job interview.",
      days=(("Sat", "2026-09-12"),))
def n34() -> bytes:
    body = t("""
        Hola Lucía!!

        Te confirmo que estás convocada a la prueba de nivel para el equipo senior femenino de
        Segunda División. Es el sábado 12 de septiembre a las 10:00 en el Pabellón Cagigal
        (pista 2). Trae rodilleras, agua y ropa de recambio que luego hacemos partidillo.

        Después de la prueba Ana (la entrenadora) hace una pequeña entrevista con cada una para ver
        disponibilidad de entrenos (lunes, miércoles y jueves de 20:30 a 22:30).

        Nos vemos!!
        Bea
        Club Voleibol Murcia Norte - Coordinación
        """)
    hs = head(addr("Club Voleibol Murcia Norte", "coordinacion@voleimurcianorte.es"),
              "Convocatoria prueba de nivel - Senior femenino", "2026-09-07 21:14", MAD,
              "<7b1e0c9a-volei-2026-senior@voleimurcianorte.es>",
              "smtp.voleimurcianorte.es (smtp.voleimurcianorte.es [185.42.105.33])")
    return message(hs, text(body, cte="8bit"))


@mail(n(35), family="bank_appointment", lang="es", interview=False, company=None,
      note="Bank adviser appointment (miércoles 9 de septiembre, 12:15), HTML only: a fixed time, not an "
           "interview.",
      days=(("Wed", "2026-09-09"),))
def n35() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#223">
        <table width="600" align="center" style="border:1px solid #dde">
        <tr><td style="background:#0b5d3b;color:#fff;padding:16px;font-size:18px">Banco Huertano</td></tr>
        <tr><td style="padding:20px">
        <p>Estimada clienta:</p>
        <p>Le confirmamos su cita con su gestor personal, <b>D. Rubén Meroño</b>:</p>
        <p><b>Miércoles, 9 de septiembre de 2026 - 12:15 h</b><br>
        Oficina 0412 - Gran Vía Escultor Salzillo 21, Murcia</p>
        <p>Motivo: revisión de su hipoteca y propuesta de seguro de hogar.</p>
        <p>Si no puede asistir, puede modificar la cita desde la app o en el 968 00 00 00.</p>
        <p>Atentamente,<br>Banco Huertano</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#889;padding:12px">Este correo ha sido enviado automáticamente. Banco Huertano nunca le pedirá sus claves por correo electrónico.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Banco Huertano", "avisos@bancohuertano.es"), "Confirmación de su cita en oficina",
              "2026-09-04 08:30", MAD, "<cita.0412.20260904.88213@bancohuertano.es>",
              "envios.bancohuertano.es (envios.bancohuertano.es [194.224.60.12])")
    return message(hs, html(page, charset="iso-8859-15"))


@mail(n(36), family="press_interview", lang="es", interview=False, company=None,
      note="A journalist confirms an interview with Lucía as a source ('el viernes a las 11:00 por "
           "teléfono'): a press interview, not a job interview.",
      days=(("Fri", "2026-10-30"),))
def n36() -> bytes:
    body = t("""
        Hola Lucía,

        Gracias por aceptar. Entonces quedamos el viernes a las 11:00 y te llamo al móvil; serán unos
        20 minutos. Es para el reportaje del domingo sobre los controles de residuos en la
        exportación de lechuga a Alemania: me interesa sobre todo cómo funciona un autocontrol en
        una cooperativa por dentro. Si prefieres que no salga el nombre de tu empresa, lo cuidamos.

        Un saludo,
        Sergio Alarcón
        Redacción · La Gaceta del Segura
        """)
    hs = head(addr("Sergio Alarcón", "salarcon@gacetadelsegura.es"), "Re: Entrevista para el reportaje de residuos",
              "2026-10-27 13:20", MAD, "<3c2b1a09-salarcon-gaceta@gacetadelsegura.es>",
              "mail.gacetadelsegura.es (mail.gacetadelsegura.es [176.31.244.90])",
              extra=(("In-Reply-To", "<lucia-re-gaceta-1026@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(37), family="podcast", lang="en", interview=False, company=None,
      note="Podcast recording booked with ICS (Tuesday, October 27, 5:00 PM CET): a fixed time, Lucía is "
           "the guest, not a job interview.",
      days=(("Tue", "2026-10-27"),))
def n37() -> bytes:
    body = t("""
        Hi Lucía,

        You're all booked in for The Shelf Life Podcast! Here are the details:

        Recording: Tuesday, October 27, 5:00 PM CET (4:00 PM UK)
        Where: Riverside.fm - https://riverside.fm/studio/shelf-life-recording
        Length: about 45 minutes, we edit it down to ~30

        Topic: "Inside a fresh-produce QA lab: what an audit really looks like". I'll interview you
        in a relaxed, conversational way - no prep needed beyond a decent microphone and headphones.

        The calendar invite is attached. Looking forward to it!

        Ruth Callaghan
        Host, The Shelf Life Podcast
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261027T160000Z
        DTEND:20261027T164500Z
        DTSTAMP:20261020T101000Z
        ORGANIZER;CN=Ruth Callaghan:mailto:ruth@shelflifepod.com
        UID:shelflife-ep112-rec@google.com
        ATTENDEE;CN=lucia.sanchez@example.org;RSVP=TRUE:mailto:lucia.sanchez@example.org
        SUMMARY:Shelf Life Podcast recording - guest: Lucia Sanchez
        LOCATION:https://riverside.fm/studio/shelf-life-recording
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Ruth Callaghan", "ruth@shelflifepod.com"), "You're booked: Shelf Life Podcast recording",
              "2026-10-20 11:10", "Europe/London", "<CAE9pk2Yw0Ruth+shelflife.7m@mail.gmail.com>",
              "mail-wm1-f53.google.com (mail-wm1-f53.google.com [209.85.128.53])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), calendar(ics)))


@mail(n(38), family="parent_teacher", lang="es", interview=False, company=None,
      note="School platform message confirming a parent-teacher meeting ('tutoría', jueves 15 de octubre "
           "a las 16:30): fixed time, not an interview.",
      days=(("Thu", "2026-10-15"),))
def n38() -> bytes:
    body = t("""
        CEIP Vistabella – Plataforma de comunicación con las familias

        Asunto: Reunión de tutoría individual
        Alumno/a: Hugo Martínez Sánchez (2.º A Primaria)

        Estimada familia:

        Le confirmo la reunión de tutoría individual que solicitaron para el jueves 15 de octubre
        a las 16:30 en el aula de 2.º A. Hablaremos de la adaptación al nuevo curso y del plan de
        lectura.

        Un cordial saludo,
        Inmaculada Ortuño
        Tutora de 2.º A

        Mensaje enviado desde la plataforma. Para responder, acceda a la aplicación.
        """)
    hs = head(addr("CEIP Vistabella", "notificaciones@familias-educarm.es"), "Reunión de tutoría individual - 2.º A",
              "2026-10-09 14:05", MAD, "<msg.30008721.55193@familias-educarm.es>",
              "envio2.familias-educarm.es (envio2.familias-educarm.es [193.146.75.18])")
    return message(hs, text(body))


@mail(n(39), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly booking of a paid mock-interview session with a career coach ('Simulacro de "
           "entrevista', lunes 7 de septiembre 19:00): confirmed time, but practice, not a job interview.",
      days=(("Mon", "2026-09-07"),))
def n39() -> bytes:
    body = t("""
        Hola Lucía Sánchez:

        Se ha programado tu Simulacro de entrevista (60 min) con Irene Valcárcel a las 19:00
        (Hora de Europa central) el lunes, 7 de septiembre de 2026.

        Tipo de evento:
        Simulacro de entrevista (60 min)

        Fecha/hora del evento:
        19:00 - 20:00 (Hora de Europa central), lunes, 7 de septiembre de 2026

        Ubicación:
        Google Meet: https://meet.google.com/ivc-mock-int

        Preguntas:
        ¿Para qué puesto te estás preparando?
        Técnica / responsable de calidad en empresas hortofrutícolas. Tengo entrevistas en septiembre.

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d
        Reprogramar: https://calendly.com/reschedulings/9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d

        Con la tecnología de Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Simulacro de entrevista (60 min) con Irene Valcárcel el lunes, 7 de septiembre de 2026",
              "2026-09-02 18:40", "UTC", "<0100019a7c2b-ivalcarcel-mock-000000@email.amazonses.com>",
              "a48-100.smtp-out.amazonses.com (a48-100.smtp-out.amazonses.com [54.240.48.100])",
              extra=(("Reply-To", addr("Irene Valcárcel", "irene@irenevalcarcelcoach.es")),))
    return message(hs, text(body))


@mail(n(40), family="car_service", lang="es", interview=False, company=None,
      note="Garage appointment (lunes 14 de septiembre a las 8:30, 60.000 km service): fixed time, not an "
           "interview.",
      days=(("Mon", "2026-09-14"),))
def n40() -> bytes:
    body = t("""
        TALLERES HERMANOS MESEGUER
        Ctra. de Santa Catalina 48 - El Palmar (Murcia) - 968 00 22 19

        Hola Lucía, te confirmamos la cita para tu vehículo:

        Vehículo: SEAT León 1.5 TSI - 4821 KLM
        Trabajo: revisión 60.000 km + cambio pastillas delanteras
        Día y hora de entrega: lunes 14 de septiembre a las 8:30
        Recogida estimada: a partir de las 14:00 del mismo día

        Si necesitas coche de sustitución, avísanos con antelación.

        Gracias por confiar en nosotros.
        """)
    hs = head(addr("Talleres Hermanos Meseguer", "citas@tallereshmeseguer.es"), "Cita taller confirmada - 4821 KLM",
              "2026-09-10 17:55", MAD, "<cita-4821KLM-20260914@tallereshmeseguer.es>",
              "smtp.tallereshmeseguer.es (smtp.tallereshmeseguer.es [46.25.100.71])")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(n(41), family="interviewer_invite", lang="es", interview=False, company=None,
      note="Outlook invite (Romance Standard Time) from Lucía's current employer asking her to sit on the "
           "panel interviewing a lab-technician candidate: an interview at a fixed time, but she is the "
           "interviewer -> negative.",
      days=(("Thu", "2026-09-24"),))
def n41() -> bytes:
    body = t("""
        Lucía, te meto en la entrevista del candidato para el laboratorio (Pedro Gálvez). Tú le haces
        las preguntas técnicas de microbiología y yo la parte de condiciones. Te reenvío su CV por
        Teams.

        Gracias!
        Laura

        Laura Pastor Hernández
        Recursos Humanos · Hortícolas Vega del Segura
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Laura Pastor Hernández:mailto:lpastor@horticolasvegasegura.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Sánchez:mailto:lucia.sanchez@example.org
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Entrevista candidato Técnico de Laboratorio - Pedro Gálvez
        DTSTART;TZID=Romance Standard Time:20260924T100000
        DTEND;TZID=Romance Standard Time:20260924T104500
        DTSTAMP:20260921T071500Z
        LOCATION;LANGUAGE=es-ES:Sala de reuniones 1 (planta baja)
        STATUS:CONFIRMED
        SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Laura Pastor Hernández", "lpastor@horticolasvegasegura.es"),
              "Entrevista candidato Técnico de Laboratorio - Pedro Gálvez", "2026-09-21 09:15", MAD,
              "<DB9PR07MB8881A1B2C3D4E5F6A7B8C9D0E1F2A@DB9PR07MB8881.eurprd07.prod.outlook.com>",
              "EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2130.outbound.protection.outlook.com [40.107.20.130])",
              to=addr("Lucía Sánchez", "lucia.sanchez@example.org"),
              extra=(("Cc", addr("Jesús Abellán", "jabellan@horticolasvegasegura.es")),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(42), family="auto_reply", lang="es", interview=False, company="Semilleros Cartago",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the hiring manager; a return date, "
           "nothing scheduled.",
      days=(("Mon", "2026-10-05"),))
def n42() -> bytes:
    body = t("""
        Gracias por su mensaje.

        Estaré fuera de la oficina, de visita a fincas en Almería, hasta el lunes 5 de octubre, con
        acceso limitado al correo. Para asuntos urgentes del semillero puede llamar al 968 00 58 10.

        Ginés Conesa
        Semilleros Cartago S.L.
        """)
    hs = head(addr("Ginés Conesa", "gines.conesa@semilleroscartago.es"),
              "Respuesta automática: Gracias por la llamada del viernes", "2026-09-28 08:02", MAD,
              "<autoreply.0928.gconesa@semilleroscartago.es>",
              "mail.semilleroscartago.es (mail.semilleroscartago.es [81.47.199.12])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<lucia-gracias-0928@example.org>")))
    return message(hs, text(body))


@mail(n(43), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure report (multipart/report) for Lucía's own reply confirming 'Thursday at 10:00'; "
           "undelivered, and the only human addresses are hers and a mistyped one -> negative.")
def n43() -> bytes:
    status = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <a.moreno@agrovale.es>: host agrovale.es[212.83.141.6] said: 550 5.1.1
            <a.moreno@agrovale.es>: Recipient address rejected: User unknown in virtual
            mailbox table (in reply to RCPT TO command)
        """)
    dsn = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Fk2pQ0Zc1z9s
        Arrival-Date: Tue, 17 Nov 2026 19:31:07 +0100 (CET)

        Final-Recipient: rfc822; a.moreno@agrovale.es
        Original-Recipient: rfc822;a.moreno@agrovale.es
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; agrovale.es
        Diagnostic-Code: smtp; 550 5.1.1 <a.moreno@agrovale.es>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    original = message([
        ("From", addr("Lucía Sánchez", LUCIA)),
        ("To", "a.moreno@agrovale.es"),
        ("Subject", "Re: Interview - QA Coordinator"),
        ("Date", date("2026-11-17 19:31", MAD)),
        ("Message-ID", "<f1e2d3c4-lucia-agrovalle@example.org>"),
    ], text(t("""
        Hi Ana,

        Thank you - confirming Thursday at 10:00 at your Cartagena office. See you then!

        Best,
        Lucía
        """)))
    report = multipart("report", text(status, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Type", "message/delivery-status")], dsn),
                       attached_message(original), params="report-type=delivery-status")
    hs = [
        ("Delivered-To", LUCIA),
        ("Received", received("by mx1.example.org (Postfix)", "2026-11-17 19:31", MAD, "mx1.example.org (Postfix)",
                              LUCIA, 9)),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", LUCIA),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-17 19:31", MAD)),
        ("Message-ID", "<20261117183109.4Fk2pQ0Zc1z9s@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(n(44), family="mailing_list", lang="es", interview=False, company=None,
      note="Professional mailing-list thread about preparing the auditor interview in an IFS audit "
           "('el martes que viene a las 8:00'); list mail, not a job interview.")
def n44() -> bytes:
    body = t("""
        Buenas a todos,

        Nosotros lo que hacemos es un simulacro la semana antes: el jefe de calidad hace de
        auditor y entrevista a los encargados de cada línea (trazabilidad, alérgenos, limpieza).
        La auditoría nuestra es el martes que viene a las 8:00 y esta vez el auditor ha avisado de
        que quiere entrevistar también al personal de recepción de materia prima.

        Lo que más nos ha funcionado: que cada encargado sepa enseñar SU registro, no el manual.

        Un saludo,
        Pedro José Tomás
        Calidad - Conservera del Noroeste (Cehegín)

        El 11/11/2026 a las 20:14, Rosa Pina escribió:
        > ¿Cómo preparáis la entrevista con el auditor en la IFS? Este año nos toca no anunciada
        > y el personal de turno de noche se pone muy nervioso.

        --
        Lista calidad-agro: foro de técnicos de calidad agroalimentaria
        Darse de baja: https://listas.atca-calidad.org/mailman/listinfo/calidad-agro
        """)
    hs = head(addr("Pedro José Tomás via calidad-agro", "calidad-agro@listas.atca-calidad.org"),
              "[calidad-agro] Re: Auditorías IFS: ¿cómo preparáis la entrevista con el auditor?",
              "2026-11-12 09:47", MAD, "<9d8c7b6a-pjtomas-ifs@conserveranoroeste.es>",
              "listas.atca-calidad.org (listas.atca-calidad.org [51.91.36.120])",
              to="calidad-agro@listas.atca-calidad.org",
              extra=(("Reply-To", "calidad-agro@listas.atca-calidad.org"),
                     ("List-Id", "Foro de calidad agroalimentaria <calidad-agro.listas.atca-calidad.org>"),
                     ("List-Post", "<mailto:calidad-agro@listas.atca-calidad.org>"),
                     ("List-Unsubscribe", "<https://listas.atca-calidad.org/mailman/options/calidad-agro>"),
                     ("Precedence", "list"), ("X-BeenThere", "calidad-agro@listas.atca-calidad.org")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(45), family="forwarded_other_candidate", lang="es", interview=False, company=None,
      note="A friend forwards HER OWN Greenhouse interview confirmation (Thursday, October 8, 11:00 AM "
           "CEST) asking for tips: a confirmed interview, but not Lucía's -> negative.",
      days=(("Thu", "2026-10-08"),))
def n45() -> bytes:
    body = t("""
        Luci!! Mira, me han llamado de Polderfresh, los holandeses donde hiciste tú la entrevista en
        septiembre. Es para el puesto de supplier quality, no el tuyo. ¿Me das algún consejo? ¿Qué
        te preguntó el de Food Safety? Te invito a un café el miércoles y me cuentas 🙏

        Carmen

        ---------- Forwarded message ---------
        De: Lotte Vermeer (Polderfresh) <no-reply@us.greenhouse-mail.io>
        Date: vie, 2 oct 2026 a las 14:05
        Subject: Interview Confirmation: Supplier Quality Specialist at Polderfresh
        To: Carmen Ibáñez <carmen.ibanez.v@example.com>

        Hi Carmen,

        Thanks for making time to speak with us! This email confirms your interview for the
        Supplier Quality Specialist role at Polderfresh.

        Date: Thursday, October 8, 2026
        Time: 11:00 AM - 11:45 AM CEST
        Location: Google Meet - https://meet.google.com/cdf-wxyz-pqr
        Interviewers: Lotte Vermeer, Bram de Wit

        Best,
        Lotte Vermeer
        Talent Acquisition | Polderfresh
        """)
    hs = head(addr("Carmen Ibáñez", "carmen.ibanez.v@example.com"),
              "Fwd: Interview Confirmation: Supplier Quality Specialist at Polderfresh", "2026-10-05 22:11", MAD,
              "<CAH2b9kL0q-carmen.fwd.77@mail.gmail.com>",
              "mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(46), family="webinar", lang="es", interview=False, company=None,
      note="Webinar registration with ICS ('Cómo superar la entrevista por competencias', miércoles 2 de "
           "diciembre 18:00): about interviews, not one.",
      days=(("Wed", "2026-12-02"),))
def n46() -> bytes:
    body = t("""
        Hola Lucía,

        Gracias por inscribirte en el webinar de la Asociación de Técnicos de Calidad
        Agroalimentaria:

        "Cómo superar la entrevista por competencias en el sector agroalimentario"
        Fecha y hora: miércoles 2 de diciembre de 2026, 18:00 (Madrid)
        Ponente: Silvia Rocamora, Headhunter sector agro

        Enlace para unirte: https://atca-calidad.zoom.us/w/89120033412?tk=Xw2
        Código de acceso: 771204

        Añade el evento a tu calendario con el archivo adjunto.

        Equipo ATCA
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Zoom Video Communications//Webinar//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:zoom-webinar-89120033412
        DTSTAMP:20261127T100000Z
        DTSTART:20261202T170000Z
        DTEND:20261202T183000Z
        SUMMARY:Webinar ATCA: Cómo superar la entrevista por competencias
        LOCATION:https://atca-calidad.zoom.us/w/89120033412
        ORGANIZER;CN=ATCA Eventos:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("ATCA Eventos", "no-reply@zoom.us"),
              "Confirmación de inscripción: Cómo superar la entrevista por competencias", "2026-11-27 11:00", MAD,
              "<webinar.89120033412.reg.5512@zoom.us>", "mailout.zoom.us (mailout.zoom.us [170.114.10.65])",
              extra=(("Reply-To", "eventos@atca-calidad.org"),))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                                  disposition="attachment")))


@mail(n(47), family="exit_interview", lang="es", interview=False, company=None,
      note="Exit interview at Lucía's current employer after she resigned (Outlook invite, martes 15 de "
           "diciembre 12:00, Romance Standard Time): fixed time, not a job interview.",
      days=(("Tue", "2026-12-15"),))
def n47() -> bytes:
    body = t("""
        Hola Lucía,

        Como sabes, cuando alguien deja la empresa hacemos una entrevista de salida. Te he puesto
        media hora el martes 15 a las 12:00 en mi despacho; es confidencial y nos ayuda mucho a
        mejorar. Aprovechamos para firmar el finiquito y recoger el portátil y la tarjeta.

        Gracias por todo, de verdad.
        Laura

        Laura Pastor Hernández
        Recursos Humanos · Hortícolas Vega del Segura
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Laura Pastor Hernández:mailto:lpastor@horticolasvegasegura.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Sánchez:mailto:lucia.sanchez@example.org
        UID:040000008200E00074C5B7101A82E0080000000011223344556677DC01000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Entrevista de salida - Lucía Sánchez
        DTSTART;TZID=Romance Standard Time:20261215T120000
        DTEND;TZID=Romance Standard Time:20261215T123000
        DTSTAMP:20261210T083000Z
        LOCATION;LANGUAGE=es-ES:Despacho RRHH
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Laura Pastor Hernández", "lpastor@horticolasvegasegura.es"),
              "Entrevista de salida - Lucía Sánchez", "2026-12-10 09:30", MAD,
              "<DB9PR07MB8881F6E5D4C3B2A1908F7E6D5C4B3@DB9PR07MB8881.eurprd07.prod.outlook.com>",
              "EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2130.outbound.protection.outlook.com [40.107.20.130])")
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(48), family="tax_office_appointment", lang="es", interview=False, company=None,
      note="Tax-office appointment ('cita previa', martes 22 de septiembre de 2026 a las 09:40): fixed "
           "time, not an interview.",
      days=(("Tue", "2026-09-22"),))
def n48() -> bytes:
    body = t("""
        ADMINISTRACIÓN TRIBUTARIA - DELEGACIÓN DE MURCIA
        Justificante de cita previa

        Se ha registrado correctamente su cita:

        Servicio: Renta - Rectificación de autoliquidación
        Oficina: Administración de Murcia-Centro, Gran Vía 21
        Fecha: martes, 22 de septiembre de 2026
        Hora: 09:40
        Número de cita: MU-2026-0922-0187

        Acuda con su DNI y la documentación relacionada con el trámite. Para anular la cita,
        utilice el enlace de la sede electrónica.

        No responda a este mensaje.
        """)
    hs = head(addr("Cita Previa", "noreply@citaprevia-tributaria.es"), "Justificante de cita previa MU-2026-0922-0187",
              "2026-09-16 12:27", MAD, "<cp.MU20260922.0187@citaprevia-tributaria.es>",
              "notificaciones.citaprevia-tributaria.es (notificaciones.citaprevia-tributaria.es [195.235.88.14])")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(49), family="medical_appointment", lang="es", interview=False, company=None,
      note="Physiotherapy first assessment ('valoración inicial: entrevista clínica y exploración', viernes "
           "27 de noviembre a las 18:45): fixed time, not a job interview.",
      days=(("Fri", "2026-11-27"),))
def n49() -> bytes:
    body = t("""
        Hola Lucía,

        Te recordamos tu cita en Fisio Floridablanca:

        Servicio: Valoración inicial (entrevista clínica y exploración) - 45 min
        Profesional: Álvaro Meseguer, fisioterapeuta
        Día: viernes 27 de noviembre
        Hora: 18:45
        Dirección: C/ Floridablanca 32, bajo - Murcia

        Trae, si los tienes, informes o pruebas de imagen de la rodilla. Si no puedes venir, avísanos
        con 24 h de antelación.

        ¡Hasta pronto!
        Fisio Floridablanca
        """)
    page = "<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Fisio Floridablanca", "citas@fisiofloridablanca.es"), "Recordatorio de cita - viernes 27/11 18:45",
              "2026-11-23 10:00", MAD, "<reminder-5512-20261127@fisiofloridablanca.es>",
              "mail.fisiofloridablanca.es (mail.fisiofloridablanca.es [217.76.128.44])")
    return message(hs, alt(text(body), html(page)))


@mail(n(50), family="post_interview", lang="en", interview=False, company="Polderfresh",
      note="Post-interview thank-you: 'thanks for your time yesterday ... we'll come back to you by the end "
           "of next week'; nothing scheduled.")
def n50() -> bytes:
    body = t("""
        Hi Lucía,

        Thanks again for your time yesterday - Bram really enjoyed the conversation about your IFS
        audit prep. We're speaking to a couple more candidates this week and will come back to you
        by the end of next week at the latest.

        Have a nice weekend,
        Lotte

        Lotte Vermeer
        Talent Acquisition | Polderfresh
        """)
    hs = head(addr("Lotte Vermeer", "lotte.vermeer@polderfresh.nl"), "Thank you - Polderfresh",
              "2026-09-11 16:20", "Europe/Amsterdam", "<AS8PR10MB6021B1C2D3E4F5A6B7C8D9E0F1A2B@AS8PR10MB6021.EURPRD10.PROD.OUTLOOK.COM>",
              "EUR03-AS8-obe.outbound.protection.outlook.com (mail-as8eur03on2100.outbound.protection.outlook.com [40.107.103.100])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))
