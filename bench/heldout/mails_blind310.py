"""blind310: a blind 50-mail held-out set, the inbox of Brais Rodríguez, a granite-quarry operations
planner in Ourense (Europe/Madrid), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the held-out README's
introduction and its Mix / Label conventions / Traps / Judgement calls sections, the dev corpus
README, labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its tests,
bench/detect.py, bench/fuzz.py, any other held-out mails or sets, and never ran the detector.
Every mail below is written by hand, one function each; make.py does the MIME plumbing and checks.
Keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives.
"""

from __future__ import annotations

import random

import make
from make import addr, alt, calendar, enc, html, mixed, t, text

ORDER = random.Random(3100310).sample(range(1, 51), 50)
SET = "blind310"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "brais.rodriguez@example.org"
ME_TO = addr("Brais Rodríguez", ME)
MAD = "Europe/Madrid"
BA = "America/Argentina/Buenos_Aires"


def rcv(src, when, zone, ident, lag=3):
    return ("Received", make.received(f"from {src}", when, zone, f"mx.example.org with ESMTPS id {ident}", ME, lag))


def base(frm, subject, when, zone, mid, *, to=ME_TO, src="mail.example.net", ident="Q1", extra=()):
    return [
        ("Delivered-To", ME),
        rcv(src, when, zone, ident),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", make.date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


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


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z",
           contact="sofie.lindqvist@nordhavnstone.com", company="Nordhavn Stone",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=MAD,
           note="Greenhouse confirmation sent from Stockholm; time written as 10:00-10:45 CEST "
                "(Europe/Madrid, UTC+2 in September); ICS in UTC agrees; contact = human Reply-To")
def greenhouse_nordhavn():
    body = t("""
        Hi Brais,

        Thank you for scheduling time to speak with us about the Quarry Operations Planner (Iberia)
        role. Your interview details are below.

        Interview: Hiring Manager Interview
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CEST (Europe/Madrid)
        Location: Microsoft Teams (the link is in the attached calendar invitation)
        Interviewer: Johan Ekberg, Head of Quarry Operations, Iberia

        If you need to make a change, please reply to this email and we will help.

        Best regards,
        Sofie Lindqvist
        Talent Acquisition Partner | Nordhavn Stone

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Brais,</p>
        <p>Thank you for scheduling time to speak with us about the Quarry Operations Planner (Iberia)
        role. Your interview details are below.</p>
        <table cellpadding="4">
        <tr><td><b>Interview:</b></td><td>Hiring Manager Interview</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM CEST (Europe/Madrid)</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (the link is in the attached calendar invitation)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Johan Ekberg, Head of Quarry Operations, Iberia</td></tr>
        </table>
        <p>If you need to make a change, please reply to this email and we will help.</p>
        <p>Best regards,<br>Sofie Lindqvist<br>Talent Acquisition Partner | Nordhavn Stone</p>
        <p style="color:#888;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-int-88310475-nordhavn@greenhouse.io
        DTSTAMP:20260909T141200Z
        DTSTART:20260915T080000Z
        DTEND:20260915T084500Z
        SUMMARY:Interview: Brais Rodríguez - Quarry Operations Planner (Iberia)
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZjE
        ORGANIZER;CN=Sofie Lindqvist:mailto:sofie.lindqvist@nordhavnstone.com
        ATTENDEE;CN=Brais Rodríguez;RSVP=TRUE:mailto:brais.rodriguez@example.org
        ATTENDEE;CN=Johan Ekberg:mailto:johan.ekberg@nordhavnstone.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Nordhavn Stone", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Quarry Operations Planner (Iberia) at Nordhavn Stone",
              "2026-09-09 16:12", "Europe/Stockholm",
              "<0100019a7c2e1f4b-3f0c8d2e-5a71-4b9e-8c2d-91f0e6a4b7c3-000000@email.amazonses.com>",
              src="a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              ident="gh0915",
              extra=[("Reply-To", addr("Sofie Lindqvist", "sofie.lindqvist@nordhavnstone.com"))])
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, disposition="attachment", filename="invite.ics", cte="base64")))


@make.mail(N(2), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T12:30:00Z", end="2026-09-24T13:30:00Z",
           contact="gemma.hartley@hollinsmaterials.co.uk", company="Hollins Materials",
           local="Thu 2026-09-24 13:30", local_end="2026-09-24 14:30", zone="Europe/London",
           note="Workday HTML-only (base64); 13:30-14:30 BST (London, UTC+1) = 14:30-15:30 CEST as "
                "also written; From is the Workday tenant address, contact = recruiter address in the body")
def workday_hollins():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00395d;color:#fff;padding:16px;font-size:18px">Hollins Materials Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Brais,</p>
        <p>Your interview for <b>Senior Planner, Quarry Operations (R-104417)</b> has been scheduled.</p>
        <p><b>Interview Details</b><br>
        Date: Thursday, 24 September 2026<br>
        Time: 13:30 &ndash; 14:30 BST (London) / 14:30 &ndash; 15:30 CEST (Madrid)<br>
        Format: Video call (Microsoft Teams &ndash; the link will follow from your interviewer)<br>
        Interviewers: Gemma Hartley (Talent Acquisition), Owen Pryce (Planning Manager, Mendip)</p>
        <p>If you have any questions about your interview, please contact your recruiter, Gemma Hartley,
        at <a href="mailto:gemma.hartley@hollinsmaterials.co.uk">gemma.hartley@hollinsmaterials.co.uk</a>.</p>
        <p>You can review your application at any time in your <a href="https://hollins.wd3.myworkdayjobs.com/Careers">candidate home</a>.</p>
        <p>Kind regards,<br>Hollins Materials Talent Acquisition</p>
        <p style="font-size:11px;color:#999">This is an automated message. Please do not reply to this email.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    hs = base(addr("Hollins Materials", "hollinsmaterials@myworkday.com"),
              "Interview Scheduled - Senior Planner, Quarry Operations (R-104417)",
              "2026-09-18 10:05", "Europe/London",
              "<1930276418.88017.1789722300412@wd3-prod-mail.myworkday.com>",
              src="wd3-smtp.myworkday.com (wd3-smtp.myworkday.com [216.19.1.44])", ident="wd0924")
    return make.message(hs, html(page, cte="base64"))


@make.mail(N(3), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-10-05T07:30:00Z", end="2026-10-05T08:15:00Z",
           contact="uxia.pereira@granitosminor.es", company="Granitos Miñor",
           local="Mon 2026-10-05 09:30", local_end="2026-10-05 10:15", zone=MAD,
           note="Teamtailor en español: 9:30-10:15 hora de Madrid (CEST, UTC+2); contact = Reply-To de la recruiter")
def teamtailor_minor():
    body = t("""
        Hola Brais:

        ¡Gracias por reservar! Tu entrevista está confirmada.

        Puesto: Técnico/a de Planificación de Cantera
        Fecha: lunes, 5 de octubre de 2026
        Hora: 9:30 – 10:15 (hora de Madrid, CEST)
        Dónde: Google Meet – https://meet.google.com/xqa-tbnr-kwe
        Con: Uxía Pereira (Personas) y Alfonso Méndez (jefe de explotación)

        Si necesitas cambiar la hora, responde a este correo y lo vemos.

        Un saludo,
        Uxía
        Granitos Miñor · Gondomar (Pontevedra)

        Enviado con Teamtailor
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <h2 style="font-weight:600">¡Tu entrevista está confirmada!</h2>
        <p>Hola Brais:</p>
        <p>¡Gracias por reservar! Tu entrevista está confirmada.</p>
        <p><strong>Puesto:</strong> Técnico/a de Planificación de Cantera<br>
        <strong>Fecha:</strong> lunes, 5 de octubre de 2026<br>
        <strong>Hora:</strong> 9:30 – 10:15 (hora de Madrid, CEST)<br>
        <strong>Dónde:</strong> <a href="https://meet.google.com/xqa-tbnr-kwe">Google Meet</a><br>
        <strong>Con:</strong> Uxía Pereira (Personas) y Alfonso Méndez (jefe de explotación)</p>
        <p>Si necesitas cambiar la hora, responde a este correo y lo vemos.</p>
        <p>Un saludo,<br>Uxía<br>Granitos Miñor · Gondomar (Pontevedra)</p>
        <p style="font-size:11px;color:#8a8a8a">Enviado con Teamtailor</p>
        </body></html>
        """)
    hs = base(addr("Granitos Miñor", "no-reply@teamtailor-mail.com"),
              "Entrevista confirmada: Técnico/a de Planificación de Cantera",
              "2026-09-28 12:40", MAD, "<6b1f0e2a.tt-4471920@teamtailor-mail.com>",
              src="mta-22.teamtailor-mail.com (mta-22.teamtailor-mail.com [198.2.180.22])", ident="tt1005",
              extra=[("Reply-To", addr("Uxía Pereira", "uxia.pereira@granitosminor.es"))])
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(4), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-10-08T09:00:00Z", end=None,
           contact="manuel.losada@pizarrasvaldeorras.es", company="Pizarras Valdeorras",
           local="Thu 2026-10-08 11:00", zone=MAD,
           note="Prosa de usted, ISO-8859-1 8bit: 'el jueves a las 11:00', resuelto contra la fecha del "
                "Date (lunes 5 oct) = jueves 8 oct, CEST; 'aproximadamente una hora' -> end null")
def prose_valdeorras():
    body = t("""
        Estimado Sr. Rodríguez:

        Tras revisar su candidatura, nos gustaría conocerle en persona. Le confirmo la entrevista para
        el puesto de Jefe de Planificación de Canteras el jueves a las 11:00 en nuestras oficinas de
        O Barco de Valdeorras (Avda. de la Estación, 14, 2.ª planta). Estarán conmigo D. Ramón Prada,
        director de producción, y Dña. Elena Sampedro, de Recursos Humanos.

        La reunión durará aproximadamente una hora. Le rogamos que traiga una copia de su titulación
        y, si lo tiene, algún ejemplo de plan de explotación que haya elaborado (sin datos
        confidenciales).

        Para cualquier cuestión puede llamarme al 988 32 41 07 o escribirme a esta misma dirección.

        Atentamente,

        Manuel Losada Arias
        Responsable de Personas
        Pizarras Valdeorras, S.A.
        """)
    hs = base(addr("Manuel Losada Arias", "manuel.losada@pizarrasvaldeorras.es", "iso-8859-1"),
              "Entrevista - Jefe de Planificación de Canteras", "2026-10-05 18:20", MAD,
              "<000a01dd5531$8c2e41f0$a48ac5d0$@pizarrasvaldeorras.es>",
              src="smtp.pizarrasvaldeorras.es (smtp.pizarrasvaldeorras.es [212.81.131.9])", ident="pv1008",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")])
    return make.message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(5), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-14T14:00:00Z", end="2026-10-14T15:00:00Z",
           contact="lorena.iglesias@aridoscantabricos.es", company="Áridos Cantábricos",
           local="Wed 2026-10-14 16:00", local_end="2026-10-14 17:00", zone=MAD,
           note="Convocatoria de Exchange en español: el cuerpo dice '(UTC+01:00) Bruselas, Copenhague, Madrid, "
                "París' pero en octubre Madrid está en CEST (UTC+2); ICS TZID Romance Standard Time 16:00 = 14:00Z")
def outlook_aridos():
    body = t("""
        Cuándo: miércoles, 14 de octubre de 2026 16:00-17:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Brais:

        Como hablamos ayer por teléfono, te envío la convocatoria para la entrevista con Javier Ruiz
        (director de operaciones) y conmigo. Será por Teams y dura una hora.

        Un saludo,
        Lorena

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o el dispositivo de la sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4YzFk%40thread.v2/0>
        Id. de reunión: 381 552 907 114
        Código de acceso: Hq7Fz2
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES">
        <p class="MsoNormal">Hola Brais:</p>
        <p class="MsoNormal">Como hablamos ayer por teléfono, te envío la convocatoria para la entrevista con
        Javier Ruiz (director de operaciones) y conmigo. Será por Teams y dura una hora.</p>
        <p class="MsoNormal">Un saludo,<br>Lorena</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4YzFk%40thread.v2/0">Haga clic aquí para unirse a la reunión</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lorena Iglesias Barreiro:mailto:lorena.iglesias@aridoscantabricos.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brais Rodríguez:mailto:brais.rodriguez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Javier Ruiz Cobo:mailto:javier.ruiz@aridoscantabricos.es
        DESCRIPTION;LANGUAGE=es-ES:Hola Brais:\\n\\nComo hablamos ayer por teléfono\\, te envío la convocatoria.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A7E2F1C55DDD01000000000000000010000000A1E2C3F4B5D6E7F8091A2B3C4D5E6F70
        SUMMARY;LANGUAGE=es-ES:Entrevista: Planificador/a de Operaciones – Brais Rodríguez
        DTSTART;TZID=Romance Standard Time:20261014T160000
        DTEND;TZID=Romance Standard Time:20261014T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261008T071500Z
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
    hs = base(addr("Lorena Iglesias Barreiro", "lorena.iglesias@aridoscantabricos.es"),
              "Entrevista: Planificador/a de Operaciones – Brais Rodríguez", "2026-10-08 09:15", MAD,
              "<DB9PR02MB7265A1C3E4F5B6D7A8C9E0F1D2A3B4C5@DB9PR02MB7265.eurprd02.prod.outlook.com>",
              src="EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101])",
              ident="ex1014",
              extra=[("Thread-Topic", enc("Entrevista: Planificador/a de Operaciones – Brais Rodríguez")),
                     ("Thread-Index", "AdldVXn8q0dZ3p1hS6i0Yq8bQ2xW5w=="),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")])
    return make.message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(6), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-22T08:00:00Z", end="2026-10-22T09:00:00Z",
           contact="rosa.fandino@gresgalicia.com", company="Gres Galicia Industrial",
           local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=MAD,
           note="Invitación de Google Calendar con interfaz en español: 'jue 22 oct 2026 10:00 - 11:00 (CEST)', "
                "TZID Europe/Madrid; contact = organizadora (Reply-To); cancelada después (ver Google cancel, blind310_039)")
def gcal_gres():
    body = t("""
        Rosa Fandiño te ha invitado a un evento

        Entrevista Brais Rodríguez / Gres Galicia

        Cuándo
        jueves, 22 oct 2026 · 10:00 – 11:00
        Hora de verano de Europa central - Madrid

        Información para unirse
        Unirse con Google Meet
        meet.google.com/pfd-wmzo-uhj

        Invitados
        Rosa Fandiño - organizador
        Brais Rodríguez
        Damián Cortizo

        Ver todos los detalles de los invitados

        ¿Asistirás?  Sí  -  Quizás  -  No    Más opciones

        Invitación de Google Calendar

        Recibes este correo porque estás suscrito a las invitaciones de eventos de tu calendario
        brais.rodriguez@example.org.

        Si reenvías esta invitación, cualquier persona que la reciba podrá enviar una respuesta al
        organizador, ser añadida a la lista de invitados o invitar a otras personas.
        """)
    page = make.gmail_html(body)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261022T100000
        DTEND;TZID=Europe/Madrid:20261022T110000
        DTSTAMP:20261016T090200Z
        ORGANIZER;CN=Rosa Fandiño:mailto:rosa.fandino@gresgalicia.com
        UID:5v1q8k2m0t7d3r9c4n6h1p0s2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rosa Fandiño;X-NUM-GUESTS=0:mailto:rosa.fandino@gresgalicia.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=brais.rodriguez@example.org;X-NUM-GUESTS=0:mailto:brais.rodriguez@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Damián Cortizo;X-NUM-GUESTS=0:mailto:damian.cortizo@gresgalicia.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/pfd-wmzo-uhj
        CREATED:20261016T090148Z
        DESCRIPTION:Únete a Google Meet: https://meet.google.com/pfd-wmzo-uhj
        LAST-MODIFIED:20261016T090200Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Brais Rodríguez / Gres Galicia
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Rosa Fandiño", "rosa.fandino@gresgalicia.com"),
              "Invitación: Entrevista Brais Rodríguez / Gres Galicia @ jue 22 oct 2026 10:00 - 11:00 (CEST) "
              "(brais.rodriguez@example.org)", "2026-10-16 11:02", MAD,
              "<calendar-6c2e0b9a-1f47-4d3e-9a85-2b7c0e4d1f93@google.com>",
              src="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="gc1022",
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Rosa Fandiño", "rosa.fandino@gresgalicia.com"))])
    return make.message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="8bit")),
                                  calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(7), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-10-27T08:30:00Z", end=None,
           contact="xm.outeirino@canteirasdoporrino.gal", company="Canteiras do Porriño",
           local="Tue 2026-10-27 09:30", zone=MAD,
           note="Prosa en castellano con saludos en gallego; enviada en CEST (22 oct), la entrevista es el "
                "martes 27 tras el cambio de hora del 25: 9:30 CET = 08:30Z; 'calcula toda la mañana' -> end null")
def prose_porrino():
    body = t("""
        Boas tardes, Brais:

        Como falamos por teléfono, te confirmo la entrevista con visita a la explotación: el martes
        27 de octubre a las 9:30 en la oficina de la cantera de Atios (O Porriño). Pregunta por mí en
        la báscula.

        Estaremos Antía Rial (jefa de producción) y yo. Primero hablamos un rato en la oficina y
        después damos una vuelta por los bancos y la planta de corte, así que calcula toda la mañana.
        Trae botas de seguridad; casco y chaleco te los dejamos aquí.

        Ojo, que este fin de semana cambia la hora: las 9:30 ya son en horario de invierno.

        Calquera cousa, chámame ao 650 21 87 33.

        Apertas,
        Xosé Manuel

        --
        Xosé Manuel Outeiriño
        Director de Explotación · Canteiras do Porriño, S.L.
        """)
    hs = base(addr("Xosé Manuel Outeiriño", "xm.outeirino@canteirasdoporrino.gal"),
              "Visita á canteira / entrevista martes", "2026-10-22 19:45", MAD,
              "<CAF3n7q=Wd0pXk2hT5vLr8Yc1uGz4sJm6eNb9aQo0iR@mail.gmail.com>",
              src="mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])", ident="cp1027")
    return make.message(hs, alt(text(body, cte="8bit"), html(make.gmail_html(body))))


@make.mail(N(8), family="human_prose", lang="es-AR", interview=True, kind="scheduled",
           start="2026-09-24T13:00:00Z", end="2026-09-24T13:45:00Z",
           contact="facosta@cerropampa.com.ar", company="Minera Cerro Pampa",
           local="Thu 2026-09-24 10:00", local_end="2026-09-24 10:45", zone=BA,
           note="Español rioplatense (vos): 'jueves 24 de septiembre a las 10 hs de Argentina (15 hs en España)'; "
                "Buenos Aires UTC-3 sin horario de verano = 13:00Z = 15:00 CEST; 'dura 45 minutos' -> end")
def prose_cerropampa():
    body = t("""
        Hola Brais, ¿cómo andás?

        Te confirmo la entrevista con Martín Quiroga, gerente de Operaciones, para el jueves 24 de
        septiembre a las 10 hs de Argentina (15 hs en España). La hacemos por Zoom y dura 45 minutos:

        https://cerropampa.zoom.us/j/84120975531?pwd=bG9yZW1pcHN1bQ
        ID de reunión: 841 2097 5531
        Código: 573901

        Martín va a querer charlar de cómo armás el plan semanal de voladuras y del tema de la flota
        de carga, así que tenelo a mano. Si te surge algo, avisame por acá o al WhatsApp
        +54 9 11 5832-4410.

        ¡Saludos!
        Flor

        Florencia Acosta | Talent Acquisition
        Minera Cerro Pampa S.A. | Av. Leandro N. Alem 1050, CABA
        """)
    hs = base(addr("Florencia Acosta", "facosta@cerropampa.com.ar"),
              "Entrevista con Martín - Planner de Operaciones Mina", "2026-09-21 15:10", BA,
              "<AM0PR10MB3345F2D81B0C9E7A4D6F1B23A9C8@AM0PR10MB3345.EURPRD10.PROD.OUTLOOK.COM>",
              src="mail-eastus2azon11021012.outbound.protection.outlook.com (52.101.57.12)", ident="cp0924",
              extra=[("Content-Language", "es-AR")])
    return make.message(hs, text(body, cte="quoted-printable"))


@make.mail(N(9), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-28T14:00:00Z", end="2026-10-28T14:30:00Z",
           contact="daniel.okafor@brightwateraggregates.ie", company="Brightwater Aggregates",
           local="Wed 2026-10-28 15:00", local_end="2026-10-28 15:30", zone=MAD,
           note="Calendly invitee confirmation shown in the invitee's zone 'Central European Time' (after the "
                "25 Oct change: UTC+1); sent from Dublin in IST; contact = host Reply-To, ICS in UTC agrees")
def calendly_brightwater():
    body = t("""
        Hi Brais Rodríguez,

        A new event has been scheduled.

        Event Type:
        Interview: Quarry Planning Lead

        Host:
        Daniel Okafor

        Event Date/Time:
        15:00 - 15:30 Wednesday, October 28, 2026 (Central European Time)

        Location:
        This is a Microsoft Teams web conference.
        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmI1NzQx%40thread.v2/0

        Invitee Time Zone:
        Central European Time

        Questions:
        Please share anything that will help prepare for our meeting.
        Currently operations planner at a granite quarry near Ourense (blasting, haulage and
        block yard planning).

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f1c2a90-4e3b-4c8d-9a51-0b6e2d7f3c18
        Reschedule: https://calendly.com/reschedulings/7f1c2a90-4e3b-4c8d-9a51-0b6e2d7f3c18

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7f1c2a90-4e3b-4c8d-9a51-0b6e2d7f3c18@calendly.com
        DTSTAMP:20261023T132000Z
        DTSTART:20261028T140000Z
        DTEND:20261028T143000Z
        SUMMARY:Interview: Quarry Planning Lead (Daniel Okafor and Brais Rodríguez)
        ORGANIZER;CN=Daniel Okafor:mailto:daniel.okafor@brightwateraggregates.ie
        ATTENDEE;CN=Brais Rodríguez;RSVP=FALSE:mailto:brais.rodriguez@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Interview: Quarry Planning Lead with Daniel Okafor on Wednesday, October 28, 2026",
              "2026-10-23 14:20", "Europe/Dublin",
              "<20261023132000.9c41e7a2b3d5@calendly.com>",
              src="o1.email.calendly.com (o1.email.calendly.com [167.89.115.54])", ident="cl1028",
              extra=[("Reply-To", addr("Daniel Okafor", "daniel.okafor@brightwateraggregates.ie"))])
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                                  calendar(ics, cte="quoted-printable", disposition="attachment", filename="invite.ics")))


@make.mail(N(10), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T15:00:00Z", end="2026-10-29T16:00:00Z",
           contact="kayla.brennan@ridgelineequip.com", company="Ridgeline Equipment",
           local="Thu 2026-10-29 09:00", local_end="2026-10-29 10:00", zone="America/Denver",
           note="Lever, Denver employer: 9:00-10:00 MDT (UTC-6, US DST until 1 Nov) = 15:00Z = 16:00 CET "
                "(Europe already back on 25 Oct, 7-hour gap that week); contact = Reply-To recruiter")
def lever_ridgeline():
    body = t("""
        Hi Brais,

        Thanks for confirming! Here are the details for your upcoming interview with Ridgeline
        Equipment for the Mine Planning Engineer - EMEA position.

        Thursday, October 29, 2026
        9:00 AM - 10:00 AM Mountain Daylight Time (MDT)

        That is 4:00 PM - 5:00 PM in Madrid. Europe has already changed its clocks and we haven't
        yet, so the gap is 7 hours this week rather than the usual 8.

        Format: Zoom - https://ridgelineequip.zoom.us/j/96014422817
        Interviewers:
        - Kayla Brennan, Senior Recruiter
        - Doug Halvorsen, Director, Fleet Operations

        If anything comes up, just reply to this email.

        Best,
        Kayla Brennan
        Ridgeline Equipment | Golden, CO
        """)
    hs = base(addr("Ridgeline Equipment", "no-reply@hire.lever.co"),
              "Interview confirmed with Ridgeline Equipment", "2026-10-26 10:30", "America/Denver",
              "<01000199c6e3a1b2-5d7e9f0a-2c4b-4e6d-8f1a-3b5c7d9e0f2a-000000@email.amazonses.com>",
              src="a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])", ident="lv1029",
              extra=[("Reply-To", addr("Kayla Brennan", "kayla.brennan@ridgelineequip.com"))])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(11), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-10T09:00:00Z", end="2026-11-10T10:45:00Z",
           contact="aino.virtanen@vantormining.fi", company="Vantor Mining Technologies",
           local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:45", zone=MAD,
           note="GoodTime two-session itinerary shown in the candidate's zone (CET, Europe/Madrid): first start "
                "10:00 to last end 11:45; sent from Helsinki; contact = coordinator Reply-To")
def goodtime_vantor():
    body = t("""
        Hi Brais,

        Your interview schedule with Vantor Mining Technologies for the Production Planning
        Specialist role is confirmed. All times are shown in your time zone:
        Central European Time (Europe/Madrid).

        Tuesday, November 10, 2026

        10:00 - 10:45   Technical interview
                        Petri Laaksonen, Mine Planning Manager
        11:00 - 11:45   Team fit
                        Sara Holm, Operations Excellence Lead

        Both sessions are on Microsoft Teams; you will receive a separate invitation for each.

        Questions? Reply to this email to reach your coordinator, Aino Virtanen.

        Vantor Mining Technologies | Talent Acquisition
        Scheduling by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Brais,</p>
        <p>Your interview schedule with Vantor Mining Technologies for the <b>Production Planning Specialist</b>
        role is confirmed. All times are shown in your time zone: <b>Central European Time (Europe/Madrid)</b>.</p>
        <h3>Tuesday, November 10, 2026</h3>
        <table border="0" cellpadding="6">
        <tr><td>10:00 - 10:45</td><td>Technical interview<br><span style="color:#666">Petri Laaksonen, Mine Planning Manager</span></td></tr>
        <tr><td>11:00 - 11:45</td><td>Team fit<br><span style="color:#666">Sara Holm, Operations Excellence Lead</span></td></tr>
        </table>
        <p>Both sessions are on Microsoft Teams; you will receive a separate invitation for each.</p>
        <p>Questions? Reply to this email to reach your coordinator, Aino Virtanen.</p>
        <p style="color:#999;font-size:11px">Vantor Mining Technologies | Talent Acquisition<br>Scheduling by GoodTime</p>
        </body></html>
        """)
    hs = base(addr("Vantor Mining Technologies", "scheduling@mail.goodtime.io"),
              "Your interview schedule with Vantor Mining Technologies is confirmed",
              "2026-11-04 12:00", "Europe/Helsinki", "<gt.3e8a1c40.9b27f6d5@mail.goodtime.io>",
              src="o7.mail.goodtime.io (o7.mail.goodtime.io [149.72.161.7])", ident="gt1110",
              extra=[("Reply-To", addr("Aino Virtanen", "aino.virtanen@vantormining.fi"))])
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(12), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start="2026-10-20T10:00:00Z", end="2026-10-20T10:30:00Z",
           contact=None, company="Hormigones del Norte",
           local="Tue 2026-10-20 12:00", local_end="2026-10-20 12:30", zone=MAD,
           note="Microsoft Bookings en español desde buzón compartido; el cuerpo muestra '(UTC+01:00) Bruselas, "
                "Copenhague, Madrid, París' en octubre (CEST real, UTC+2), el ICS lo confirma: 10:00Z; "
                "solo el nombre de la persona, sin dirección -> contact null")
def bookings_hormigones():
    body = t("""
        Hola, Brais Rodríguez:

        Gracias por reservar con Selección Hormigones del Norte. Su reserva está confirmada.

        Entrevista inicial (30 minutos)
        martes, 20 de octubre de 2026
        12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París

        Personal: Nerea Campos

        Unirse a la reunión de Teams:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQwZDk3%40thread.v2/0

        Si necesita hacer cambios, puede cancelar o reprogramar su reserva:
        https://outlook.office365.com/owa/calendar/SeleccionHormigonesdelNorte@hormigonesdelnorte.es/bookings/

        Selección Hormigones del Norte
        Polígono de Guarnizo, parcela 12 · Cantabria
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <p>Hola, Brais Rodríguez:</p>
        <p>Gracias por reservar con Selección Hormigones del Norte. Su reserva está confirmada.</p>
        <div style="border:1px solid #ddd;padding:12px">
        <div style="font-size:16px;font-weight:600">Entrevista inicial (30 minutos)</div>
        <div>martes, 20 de octubre de 2026</div>
        <div>12:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París</div>
        <div>Personal: Nerea Campos</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQwZDk3%40thread.v2/0">Unirse a la reunión de Teams</a></div>
        </div>
        <p><a href="https://outlook.office365.com/owa/calendar/SeleccionHormigonesdelNorte@hormigonesdelnorte.es/bookings/">Cancelar o reprogramar</a></p>
        <p>Selección Hormigones del Norte<br>Polígono de Guarnizo, parcela 12 · Cantabria</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Selección Hormigones del Norte:mailto:SeleccionHormigonesdelNorte@hormigonesdelnorte.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brais Rodríguez:mailto:brais.rodriguez@example.org
        UID:040000008200E00074C5B7101A82E00800000000B1F3A2C4D65EDD010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
        SUMMARY;LANGUAGE=es-ES:Entrevista inicial (30 minutos)
        DTSTART;TZID=Romance Standard Time:20261020T120000
        DTEND;TZID=Romance Standard Time:20261020T123000
        DTSTAMP:20261014T153000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Selección Hormigones del Norte", "SeleccionHormigonesdelNorte@hormigonesdelnorte.es"),
              "Reserva confirmada: Entrevista inicial (30 minutos) con Selección Hormigones del Norte",
              "2026-10-14 17:30", MAD,
              "<PAXPR08MB6912C4E1A0B7D3F25E8A9C1D6B3F7E20@PAXPR08MB6912.eurprd08.prod.outlook.com>",
              src="EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2090.outbound.protection.outlook.com [40.107.105.90])",
              ident="bk1020", extra=[("Content-Language", "es-ES")])
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(13), family="zoom", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T14:00:00Z", end="2026-11-12T15:00:00Z",
           contact="harriet.cole@kestreldb.co.uk", company="Kestrel Drill & Blast",
           local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone="Europe/London",
           note="Recruiter mail with pasted Zoom block 'Nov 12, 2026 02:00 PM London' (GMT in November = UTC); "
                "'booked for one hour' is exact -> end; body also says 3pm in Ourense")
def zoom_kestrel():
    body = t("""
        Hi Brais,

        Great to speak on Friday. As promised, here are the details for your call with our Operations
        Director, Neil Tregear, about the Drill & Blast Planner role at our Spanish operation near
        Lalín. The call is booked for one hour.

        Harriet Cole is inviting you to a scheduled Zoom meeting.

        Topic: Brais Rodriguez / Neil Tregear - Planner interview
        Time: Nov 12, 2026 02:00 PM London

        Join Zoom Meeting
        https://kestreldb.zoom.us/j/93358120447?pwd=Q2tNbFhLa0ZrWkt6

        Meeting ID: 933 5812 0447
        Passcode: 208115

        For clarity, 2pm London is 3pm your time in Ourense.

        Kind regards,
        Harriet

        Harriet Cole
        Senior Talent Partner | Kestrel Drill & Blast Ltd
        Truro, Cornwall
        """)
    hs = base(addr("Harriet Cole", "harriet.cole@kestreldb.co.uk"),
              "Call with Kestrel Drill & Blast - Thursday", "2026-11-09 09:40", "Europe/London",
              "<LO2P265MB5124A7C2E9F0B3D18C6A4E7F2D9B0C1A@LO2P265MB5124.GBRP265.PROD.OUTLOOK.COM>",
              src="GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2111.outbound.protection.outlook.com [40.107.10.111])",
              ident="kd1112", extra=[("Content-Language", "en-GB")])
    return make.message(hs, alt(text(body, cte="quoted-printable"), html(make.gmail_html(body))))


@make.mail(N(14), family="rfc822_attachment", lang="es", interview=True, kind="scheduled",
           start="2026-11-16T09:00:00Z", end=None,
           contact="carmen.vidal@sertecmin.es", company="Sertecmin Ingeniería",
           local="Mon 2026-11-16 10:00", zone=MAD,
           note="Brais se reenvía a sí mismo (desde example.com) la confirmación como message/rfc822; "
                "'lunes 16 de noviembre a las 10:00' en Vigo, CET; 'unos 45 minutos' -> end null; "
                "contact = remitente de la confirmación adjunta")
def forward_sertecmin():
    inner_body = t("""
        Hola Brais:

        Te confirmo la entrevista el lunes 16 de noviembre a las 10:00 en nuestras oficinas de Vigo
        (Rúa de García Barbón, 58, 3.º). Estaremos Andrés Bouzas, jefe de proyectos de minería, y yo.
        Calcula unos 45 minutos.

        Si vienes en coche, hay un aparcamiento público justo enfrente.

        Un saludo,

        Carmen Vidal
        Selección y Desarrollo · Sertecmin Ingeniería
        Tel. 986 44 20 17
        """)
    inner = make.message([
        ("From", addr("Carmen Vidal", "carmen.vidal@sertecmin.es")),
        ("To", addr("Brais Rodríguez", "brais.rodriguez@example.com")),
        ("Subject", "=?utf-8?q?Confirmaci=C3=B3n_entrevista_-_T=C3=A9cnico_de_Planificaci=C3=B3n_=28Vigo=29?="),
        ("Date", make.date("2026-11-11 13:12", MAD)),
        ("Message-ID", "<3d7b91e2-4a0f-4c65-b8e1-2f9d6a0c7e15@sertecmin.es>"),
    ], text(inner_body))
    note = t("""
        Para tenerlo a mano en el correo personal.

        --
        Brais
        """)
    hs = base(addr("Brais Rodríguez", "brais.rodriguez@example.com"),
              "Fwd: Confirmación entrevista - Técnico de Planificación (Vigo)", "2026-11-11 21:05", MAD,
              "<a91c3e07-5f2b-4d8a-9e64-1b0c7d2f3a58@example.com>",
              src="smtp.example.com (smtp.example.com [192.0.2.25])", ident="fw1116",
              extra=[("User-Agent", "Mozilla Thunderbird")])
    return make.message(hs, mixed(text(note), make.attached_message(
        inner, "Confirmacion entrevista - Tecnico de Planificacion (Vigo).eml")))


@make.mail(N(15), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start="2026-11-18T15:00:00Z", end=None,
           contact="iago.souto@aridosdelsil.es", company="Áridos del Sil",
           local="Wed 2026-11-18 16:00", zone=MAD,
           note="Respuesta corta encima del hilo: la propuesta (blind310_012) y la aceptación de Brais están citadas; "
                "'el miércoles 18 a las 16:00' CET = 15:00Z; sin duración -> end null")
def reply_aridosdelsil():
    body = t("""
        Perfecto, Brais. Quedamos entonces el miércoles 18 a las 16:00 por Teams; ahora te llega la
        invitación con el enlace. Estaremos Sabela Novoa (dirección técnica) y yo.

        Un saludo,
        Iago

        El jue, 12 nov 2026 a las 20:41, Brais Rodríguez (<brais.rodriguez@example.org>) escribió:
        > Hola, Iago:
        >
        > Muchas gracias. El miércoles 18 a las 16:00 me viene perfecto.
        >
        > Un saludo,
        > Brais
        >
        > El jue, 12 nov 2026 a las 12:05, Iago Souto (<iago.souto@aridosdelsil.es>) escribió:
        >> Hola, Brais:
        >>
        >> Gracias por enviarnos tu CV para el puesto de Responsable de Planificación. Nos gustaría
        >> tener una primera entrevista contigo por Teams. ¿Te vendría bien el martes 17 de noviembre
        >> a las 10:00 o el miércoles 18 a las 16:00?
        >>
        >> Un saludo,
        >> Iago Souto
        >> Áridos del Sil, S.A.
        """)
    hs = base(addr("Iago Souto", "iago.souto@aridosdelsil.es"),
              "Re: Entrevista Responsable de Planificación - Áridos del Sil", "2026-11-13 09:20", MAD,
              "<CAGx8Lz1Pq4mVw7nR0tY3kS9dF2hJ6bN5cX8vA1eU4oI=w@mail.gmail.com>",
              src="mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])", ident="as1118",
              extra=[("In-Reply-To", "<CAB7sW2eYk9Lq0Rz5mT8xN3pV6cD1fH4jG7aS0uE2iO=k@mail.gmail.com>"),
                     ("References", "<CAHq4Nd7Vx2Bm9Ks1Lp6Zr3Tw8Yc0Fg5Ju2Ea7Io4Ub=q@mail.gmail.com>\r\n"
                                    " <CAB7sW2eYk9Lq0Rz5mT8xN3pV6cD1fH4jG7aS0uE2iO=k@mail.gmail.com>")])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(16), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-11-30T11:00:00Z", end="2026-11-30T11:45:00Z",
           contact="tom.pascoe@penwithgranite.co.uk", company="Penwith Granite",
           local="Mon 2026-11-30 11:00", local_end="2026-11-30 11:45", zone="Europe/London",
           note="SmartRecruiters, Cornish employer: 11:00-11:45 GMT (UTC in winter, 12:00 in Ourense); "
                "ICS in UTC agrees; contact = Reply-To hiring manager")
def smartrecruiters_penwith():
    body = t("""
        Hi Brais,

        Your interview has been confirmed.

        Position: Quarry Operations Planner
        Monday, 30 November 2026
        11:00 - 11:45 (GMT) Europe/London
        Video interview: https://meet.google.com/hzr-qkcu-bnd
        Interviewers: Tom Pascoe (Quarry Manager), Ellie Rowe (HR Business Partner)

        A calendar invitation is attached. If you can no longer attend, please reply to this email.

        Best regards,
        Penwith Granite Recruitment Team

        This email was sent via SmartRecruiters.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-7712450981-int-3@smartrecruiters.com
        DTSTAMP:20261124T150000Z
        DTSTART:20261130T110000Z
        DTEND:20261130T114500Z
        SUMMARY:Interview - Quarry Operations Planner - Penwith Granite
        LOCATION:https://meet.google.com/hzr-qkcu-bnd
        ORGANIZER;CN=Tom Pascoe:mailto:tom.pascoe@penwithgranite.co.uk
        ATTENDEE;CN=Brais Rodríguez;RSVP=TRUE:mailto:brais.rodriguez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Penwith Granite", "no-reply@mail.smartrecruiters.com"),
              "Interview confirmed: Quarry Operations Planner - Penwith Granite", "2026-11-24 15:00",
              "Europe/London", "<sr.1d4f7a20c93b.7712450981@mail.smartrecruiters.com>",
              src="mail-out-14.smartrecruiters.com (mail-out-14.smartrecruiters.com [185.43.218.14])", ident="sr1130",
              extra=[("Reply-To", addr("Tom Pascoe", "tom.pascoe@penwithgranite.co.uk"))])
    return make.message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                                  calendar(ics, cte="8bit", filename="interview.ics", disposition="attachment", name_param=True)))


# =========================================================================== positives: rescheduled

W_EUROPE = make.VTZ["W. Europe Standard Time"]


@make.mail(N(17), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-12-03T09:00:00Z", end="2026-12-03T10:00:00Z",
           contact="katrin.vogel@hessler-baustoffe.de", company="Hessler Baustoffe",
           local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone="Europe/Berlin",
           days=(("Tue", "2026-12-01"),),
           note="Exchange update (SEQUENCE:1, same UID) from Cologne, TZID W. Europe Standard Time: moved from "
                "Tue 1 Dec 14:00 to Thu 3 Dec 10:00-11:00 CET = 09:00Z (same clock time in Ourense)")
def outlook_hessler_update():
    body = t("""
        When: Thursday, 3 December 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Brais,

        As discussed on the phone, I have moved our interview from Tuesday 1 December (14:00) to
        Thursday 3 December at 10:00 - 10:00 in Cologne is also 10:00 for you in Ourense. Markus
        Lenz (Head of Quarry Planning) will join as planned.

        Best regards,
        Katrin

        Katrin Vogel
        HR Business Partner | Hessler Baustoffe GmbH | Köln

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1ZWI2%40thread.v2/0>
        Meeting ID: 352 118 640 271
        Passcode: 7bQ3xT
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-GB">
        <p class="MsoNormal">Hi Brais,</p>
        <p class="MsoNormal">As discussed on the phone, I have moved our interview from Tuesday 1 December (14:00) to
        Thursday 3 December at 10:00 &#8211; 10:00 in Cologne is also 10:00 for you in Ourense. Markus Lenz
        (Head of Quarry Planning) will join as planned.</p>
        <p class="MsoNormal">Best regards,<br>Katrin</p>
        <p class="MsoNormal">Katrin Vogel<br>HR Business Partner | Hessler Baustoffe GmbH | K&ouml;ln</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1ZWI2%40thread.v2/0">Click here to join the meeting</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + W_EUROPE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@hessler-baustoffe.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brais Rodríguez:mailto:brais.rodriguez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Lenz:mailto:markus.lenz@hessler-baustoffe.de
        UID:040000008200E00074C5B7101A82E00800000000E4C2A1B37F6CDD01000000000000000010000000C3D2E1F00F1E2D3C4B5A69788796A5B4
        SUMMARY;LANGUAGE=en-GB:Interview Brais Rodríguez – Operations Planner (Quarries)
        DTSTART;TZID=W. Europe Standard Time:20261203T100000
        DTEND;TZID=W. Europe Standard Time:20261203T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261127T074500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2117398412
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Katrin Vogel", "katrin.vogel@hessler-baustoffe.de"),
              "Updated: Interview Brais Rodríguez – Operations Planner (Quarries)", "2026-11-27 08:45",
              "Europe/Berlin",
              "<FR3P281MB1780D2A4C6E8F0B1A3C5E7D9F1B3A5C7@FR3P281MB1780.DEUP281.PROD.OUTLOOK.COM>",
              src="DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2120.outbound.protection.outlook.com [40.107.135.120])",
              ident="hb1203",
              extra=[("Thread-Topic", enc("Interview Brais Rodríguez – Operations Planner (Quarries)")),
                     ("Thread-Index", "AdlgH0k2mXq7Z1cPSbyb0f4Rk9yEsw=="),
                     ("Content-Language", "en-GB")])
    return make.message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-10-21T10:30:00Z", end=None,
           contact="manuel.losada@pizarrasvaldeorras.es", company="Pizarras Valdeorras",
           local="Wed 2026-10-21 12:30", zone=MAD, days=(("Tue", "2026-10-20"),),
           note="Prosa de usted (windows-1252, QP) con la hora antigua (martes 20, 10:00) y la nueva "
                "(miércoles 21 de octubre, 12:30 CEST = 10:30Z); 'en torno a dos horas' -> end null")
def prose_valdeorras_move():
    body = t("""
        Estimado Sr. Rodríguez:

        Tal como le adelanté por teléfono, por un imprevisto del director de producción nos vemos
        obligados a trasladar la segunda entrevista, prevista para el martes 20 de octubre a las
        10:00, al miércoles 21 de octubre a las 12:30. El lugar no cambia: la explotación de Casaio,
        donde le recibiremos en la caseta de oficinas junto a la báscula.

        La visita durará en torno a dos horas. Le ruego que me confirme la nueva fecha cuando pueda
        y disculpe las molestias.

        Atentamente,

        Manuel Losada Arias
        Responsable de Personas
        Pizarras Valdeorras, S.A.
        Tel. 988 32 41 07
        """)
    hs = base(addr("Manuel Losada Arias", "manuel.losada@pizarrasvaldeorras.es", "windows-1252"),
              "Cambio de fecha - segunda entrevista", "2026-10-16 13:05", MAD,
              "<001b01dd5d7f$3a91c2e0$afb548a0$@pizarrasvaldeorras.es>",
              src="smtp.pizarrasvaldeorras.es (smtp.pizarrasvaldeorras.es [212.81.131.9])", ident="pv1021",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")])
    return make.message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(19), family="ashby", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z",
           contact="megan.fitzgerald@alleghenyrock.com", company="Allegheny Rock Systems",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/New_York",
           days=(("Fri", "2026-10-30"),),
           note="Ashby reschedule sent in EDT (28 Oct); new slot Tue 3 Nov 10:00-11:00 EST (US back on 1 Nov, "
                "UTC-5) = 15:00Z = 16:00 CET; old slot also quoted; ICS SEQUENCE:1 America/New_York")
def ashby_allegheny():
    body = t("""
        Hi Brais,

        Your interview with Allegheny Rock Systems has been rescheduled.

        NEW TIME
        Tuesday, November 3, 2026 · 10:00 AM – 11:00 AM EST (America/New_York)
        (4:00 PM – 5:00 PM in Madrid)

        Previously: Friday, October 30, 2026 · 10:00 AM EDT

        Role: Senior Mine Planner (Remote, EMEA)
        Interviewers: Megan Fitzgerald, Ray Kowalski
        Location: Zoom – https://alleghenyrock.zoom.us/j/81107735246

        An updated calendar invite is attached. Questions? Just reply and it will reach Megan
        Fitzgerald.

        Thanks,
        Allegheny Rock Systems Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + make.VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:0b7e4c21-9d3a-4f58-a6e2-71c0d5b8f934
        DTSTAMP:20261028T153000Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T110000
        SEQUENCE:1
        SUMMARY:Allegheny Rock Systems – Senior Mine Planner Interview
        LOCATION:https://alleghenyrock.zoom.us/j/81107735246
        ORGANIZER;CN=Megan Fitzgerald:mailto:megan.fitzgerald@alleghenyrock.com
        ATTENDEE;CN=Brais Rodríguez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:brais.rodriguez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Allegheny Rock Systems", "no-reply@ashbyhq.com"),
              "Interview rescheduled: Senior Mine Planner at Allegheny Rock Systems", "2026-10-28 11:30",
              "America/New_York",
              "<01000199d1a7c3e5-8f2b4d6a-1c3e-4a5b-9d7f-2e4a6c8b0d1f-000000@email.amazonses.com>",
              src="a9-112.smtp-out.amazonses.com (a9-112.smtp-out.amazonses.com [54.240.9.112])", ident="ab1103",
              extra=[("Reply-To", addr("Megan Fitzgerald", "megan.fitzgerald@alleghenyrock.com"))])
    return make.message(hs, mixed(alt(text(body, cte="base64"), html(make.gmail_html(body), cte="base64")),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(20), family="recruitee", lang="es", interview=True, kind="rescheduled",
           start="2026-12-10T11:00:00Z", end="2026-12-10T11:45:00Z",
           contact="noa.castro@ecoaridos.gal", company="Ecoáridos Galicia",
           local="Thu 2026-12-10 12:00", local_end="2026-12-10 12:45", zone=MAD,
           days=(("Wed", "2026-12-09"),),
           note="Recruitee en español: nueva fecha jueves 10 dic 12:00-12:45 (Europe/Madrid, CET) = 11:00Z; "
                "la antigua (miércoles 9, 9:00) también aparece; ICS SEQUENCE:1 en base64; contact = Reply-To")
def recruitee_ecoaridos():
    body = t("""
        Hola Brais:

        Hemos cambiado la fecha de tu entrevista para el puesto de Coordinador/a de Producción.

        Nueva fecha: jueves, 10 de diciembre de 2026
        Hora: 12:00 – 12:45 (Europe/Madrid)
        Lugar: oficinas de Ecoáridos Galicia, Polígono de San Cibrao das Viñas, calle 5, nave 14

        Antes: miércoles, 9 de diciembre de 2026, 9:00

        Te adjuntamos la invitación actualizada. Si la nueva hora no te encaja, responde a este
        correo.

        Un saludo,
        Noa Castro
        Ecoáridos Galicia
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interviews//ES
        METHOD:REQUEST
        """) + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-5518804@recruitee.com
        DTSTAMP:20261202T091000Z
        DTSTART;TZID=Europe/Madrid:20261210T120000
        DTEND;TZID=Europe/Madrid:20261210T124500
        SEQUENCE:1
        SUMMARY:Entrevista: Brais Rodríguez – Coordinador/a de Producción
        LOCATION:Polígono de San Cibrao das Viñas\\, calle 5\\, nave 14
        ORGANIZER;CN=Noa Castro:mailto:noa.castro@ecoaridos.gal
        ATTENDEE;CN=Brais Rodríguez;RSVP=TRUE:mailto:brais.rodriguez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Ecoáridos Galicia", "no-reply@mail.recruitee.com"),
              "Cambio en tu entrevista: Coordinador/a de Producción", "2026-12-02 10:10", MAD,
              "<recruitee.5518804.1796206200@mail.recruitee.com>",
              src="mail.recruitee.com (mail.recruitee.com [185.53.178.80])", ident="rc1210",
              extra=[("Reply-To", addr("Noa Castro", "noa.castro@ecoaridos.gal"))])
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                                  calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
           start="2026-10-22T08:00:00Z", end="2026-10-22T09:00:00Z",
           contact="rosa.fandino@gresgalicia.com", company="Gres Galicia Industrial",
           local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=MAD,
           note="Cancelación de Google Calendar (METHOD:CANCEL, mismo UID que blind310_022, SEQUENCE:1): el hueco "
                "cancelado es jue 22 oct 10:00-11:00 CEST = 08:00Z; la organizadora añade una nota")
def gcal_gres_cancel():
    body = t("""
        Este evento se ha cancelado y se ha quitado de tu calendario.

        Nota de Rosa Fandiño:
        Hola Brais, siento avisarte con tan poco margen: la dirección ha decidido congelar la
        vacante hasta el año que viene. Te escribo en cuanto sepa algo. Un saludo, Rosa

        Entrevista Brais Rodríguez / Gres Galicia

        Cuándo
        jueves, 22 oct 2026 · 10:00 – 11:00
        Hora de verano de Europa central - Madrid

        Invitados
        Rosa Fandiño - organizador
        Brais Rodríguez
        Damián Cortizo

        Invitación de Google Calendar

        Recibes este correo porque estás suscrito a las invitaciones de eventos de tu calendario
        brais.rodriguez@example.org.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261022T100000
        DTEND;TZID=Europe/Madrid:20261022T110000
        DTSTAMP:20261019T154800Z
        ORGANIZER;CN=Rosa Fandiño:mailto:rosa.fandino@gresgalicia.com
        UID:5v1q8k2m0t7d3r9c4n6h1p0s2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=brais.rodriguez@example.org;X-NUM-GUESTS=0:mailto:brais.rodriguez@example.org
        CREATED:20261016T090148Z
        LAST-MODIFIED:20261019T154800Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista Brais Rodríguez / Gres Galicia
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Rosa Fandiño", "rosa.fandino@gresgalicia.com"),
              "Evento cancelado: Entrevista Brais Rodríguez / Gres Galicia @ jue 22 oct 2026 10:00 - 11:00 (CEST) "
              "(brais.rodriguez@example.org)", "2026-10-19 17:48", MAD,
              "<calendar-e41d7a3c-2b90-4f6e-8c15-9a7d0b3e6f21@google.com>",
              src="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", ident="gc1019",
              extra=[("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Rosa Fandiño", "rosa.fandino@gresgalicia.com"))])
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body)), calendar(ics, method="CANCEL", cte="8bit")),
                                  calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(22), family="human_prose", lang="es-AR", interview=True, kind="cancelled",
           start="2026-11-17T14:00:00Z", end=None,
           contact="gferreyra@agregadosdelplata.com.ar", company="Agregados del Plata",
           local="Tue 2026-11-17 11:00", zone=BA,
           note="Rioplatense: suspenden 'la entrevista del martes 17 a las 11 hs (hora de Buenos Aires, 15 hs en "
                "España)' por búsqueda en pausa; UTC-3 = 14:00Z = 15:00 CET; sin nueva fecha")
def prose_plata_cancel():
    body = t("""
        Brais, ¿qué tal?

        Te escribo con una mala noticia: tenemos que suspender la entrevista del martes 17 a las
        11 hs (hora de Buenos Aires, 15 hs en España) con el directorio. La búsqueda del Jefe de
        Planeamiento de Canteras quedó en pausa por una reorganización del área y por ahora no
        vamos a avanzar con ningún candidato.

        Lamento mucho el cambio, sobre todo porque tu perfil nos encantaba. Si la posición se
        reabre en el primer trimestre, sos el primero al que llamo.

        Un abrazo,
        Gustavo

        Gustavo Ferreyra
        Gerente de Recursos Humanos
        Agregados del Plata S.A. | Olavarría · Buenos Aires
        """)
    hs = base(addr("Gustavo Ferreyra", "gferreyra@agregadosdelplata.com.ar"),
              "Entrevista del martes - suspendida", "2026-11-12 18:30", BA,
              "<CAJm2Vx9Tq4bH7kL0nR3sW6yF1dP8cZ5aG2eJ9uM4oK=x@mail.gmail.com>",
              src="mail-qk1-f178.google.com (mail-qk1-f178.google.com [209.85.222.178])", ident="ap1117")
    return make.message(hs, alt(text(body, cte="8bit"), html(make.gmail_html(body))))


@make.mail(N(23), family="workable", lang="es", interview=True, kind="cancelled",
           start="2026-12-04T08:00:00Z", end="2026-12-04T08:30:00Z",
           contact="alba.louro@marmoreslouro.es", company="Mármores Louro",
           local="Fri 2026-12-04 09:00", local_end="2026-12-04 09:30", zone=MAD,
           note="Workable en español, cancelación con ICS METHOD:CANCEL: viernes 4 dic 9:00-9:30 hora de Madrid "
                "(CET) = 08:00Z; Reply-To es un relé de Workable -> contact = dirección de la firma")
def workable_louro_cancel():
    body = t("""
        Hola Brais:

        Lamentamos comunicarte que tu entrevista para el puesto de Encargado/a de Planificación,
        prevista para el viernes 4 de diciembre de 2026 de 9:00 a 9:30 (hora de Madrid), ha sido
        cancelada. Hemos decidido cubrir el puesto con una promoción interna.

        Gracias por tu interés en Mármores Louro. Guardaremos tu candidatura para futuras
        vacantes.

        Un saludo,
        Alba Louro
        Dirección de Personas · alba.louro@marmoreslouro.es

        --
        Enviado por Mármores Louro a través de Workable
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:wk-evt-0c5e9a71d3b2@workable.com
        DTSTAMP:20261130T150000Z
        DTSTART:20261204T080000Z
        DTEND:20261204T083000Z
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Entrevista con Mármores Louro
        ORGANIZER;CN=Mármores Louro:mailto:marmores-louro+c7e1a9@candidates.workablemail.com
        ATTENDEE;CN=Brais Rodríguez:mailto:brais.rodriguez@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Mármores Louro", "noreply@candidates.workablemail.com"),
              "Entrevista cancelada - Encargado/a de Planificación", "2026-11-30 16:00", MAD,
              "<wk.f3a81c94e0b7.2026113015@candidates.workablemail.com>",
              src="mail-out.workablemail.com (mail-out.workablemail.com [159.135.228.10])", ident="wk1204",
              extra=[("Reply-To", addr("Mármores Louro", "marmores-louro+c7e1a9@candidates.workablemail.com"))])
    return make.message(hs, mixed(alt(text(body), html(make.gmail_html(body))),
                                  calendar(ics, method="CANCEL", cte="quoted-printable", filename="cancelacion.ics", disposition="attachment")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="en", interview=False, company="Nordhavn Stone",
           days=(("Tue", "2026-09-15"),),
           note="Greenhouse rejection after the 15 Sept interview (thread with blind310_020); the date is in the past")
def reject_nordhavn():
    body = t("""
        Hi Brais,

        Thank you for taking the time to interview with us on Tuesday, 15 September for the Quarry
        Operations Planner (Iberia) role, and for your interest in Nordhavn Stone.

        Johan and the team enjoyed the conversation. After careful consideration, we have decided to
        move forward with a candidate whose experience with our fleet-management tools more closely
        matches what we need right now.

        We will keep your details on file and hope our paths cross again.

        Kind regards,
        Sofie Lindqvist
        Talent Acquisition Partner | Nordhavn Stone
        """)
    hs = base(addr("Nordhavn Stone", "no-reply@us.greenhouse-mail.io"),
              "Your application to Nordhavn Stone", "2026-09-28 09:10", "Europe/Stockholm",
              "<0100019a9e41c2d7-7a1b3c5d-9e0f-4a2b-8c4d-6e8f0a2b4c6d-000000@email.amazonses.com>",
              src="a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])", ident="gh0928",
              extra=[("Reply-To", addr("Sofie Lindqvist", "sofie.lindqvist@nordhavnstone.com"))])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(25), family="rejection", lang="es", interview=False, company="Pizarras Valdeorras",
           days=(("Wed", "2026-10-21"),),
           note="Carta de descarte de usted tras la segunda entrevista del 21 de octubre (hilo blind310_016 y blind310_023)")
def reject_valdeorras():
    body = t("""
        Estimado Sr. Rodríguez:

        En primer lugar, quiero agradecerle el tiempo que nos dedicó en las dos entrevistas y, en
        especial, en la visita a la explotación de Casaio del pasado miércoles 21 de octubre.

        Tras valorar todas las candidaturas, la dirección ha optado por otro perfil con más años de
        experiencia en pizarra, por lo que no podremos continuar con su candidatura en este proceso.

        Con su permiso, conservaremos su currículum para futuras necesidades. Le deseo mucha suerte
        en su búsqueda.

        Atentamente,

        Manuel Losada Arias
        Responsable de Personas
        Pizarras Valdeorras, S.A.
        """)
    hs = base(addr("Manuel Losada Arias", "manuel.losada@pizarrasvaldeorras.es", "iso-8859-1"),
              "Proceso de selección - Jefe de Planificación de Canteras", "2026-11-06 12:00", MAD,
              "<002c01dd6e12$b4f0a1d0$1ed1e570$@pizarrasvaldeorras.es>",
              src="smtp.pizarrasvaldeorras.es (smtp.pizarrasvaldeorras.es [212.81.131.9])", ident="pv1106",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return make.message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(26), family="application_receipt", lang="en", interview=False, company="Hessler Baustoffe",
           note="Personio application receipt (thread with blind310_021); no time")
def personio_hessler():
    body = t("""
        Dear Brais Rodríguez,

        Thank you for your application as Operations Planner Quarries (m/f/d) and for your interest
        in Hessler Baustoffe.

        We have received your documents and will review them carefully. We will get back to you as
        soon as possible — usually within two weeks.

        Kind regards
        Katrin Vogel
        HR Business Partner

        Hessler Baustoffe GmbH · Industriestraße 40 · 50735 Köln
        Managing directors: Jens Hessler, Dr. Birgit Aust · Amtsgericht Köln HRB 48812
        """)
    hs = base(addr("Hessler Baustoffe GmbH", "noreply@jobs.personio.de"),
              "Your application as Operations Planner Quarries (m/f/d)", "2026-10-30 11:48", "Europe/Berlin",
              "<personio.application.48812.3390127@jobs.personio.de>",
              src="mail.personio.de (mail.personio.de [52.57.118.3])", ident="ps1030",
              extra=[("Reply-To", addr("Katrin Vogel", "katrin.vogel@hessler-baustoffe.de"))])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(27), family="application_receipt", lang="es", interview=False, company="Cementos Atlántico Ibérica",
           note="Acuse de recibo de Taleo, solo HTML en windows-1252; sin fecha de entrevista")
def taleo_cementos():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:12px">
        <p>Estimado/a Brais Rodríguez:</p>
        <p>Le agradecemos su interés en <b>Cementos Atlántico Ibérica</b>. Hemos recibido correctamente su solicitud
        para el puesto <b>Planificador/a de Canteras – Fábrica de Oural (Lugo)</b> (Ref. 2600417).</p>
        <p>Nuestro equipo de Selección revisará su candidatura. Si su perfil se ajusta a los requisitos del
        puesto, nos pondremos en contacto con usted.</p>
        <p>Puede consultar el estado de su solicitud en cualquier momento desde la sección «Mis solicitudes».</p>
        <p>Atentamente,<br>Departamento de Selección<br>Cementos Atlántico Ibérica</p>
        <p style="font-size:10px;color:#777">Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.</p>
        </body></html>
        """)
    hs = base(addr("Cementos Atlántico Ibérica", "cementosatlantico@taleo.net", "windows-1252"),
              "Confirmación de recepción de su solicitud - Ref. 2600417", "2026-09-14 08:31", MAD,
              "<1437756912.2201.1789367460118.JavaMail.taleo@ptaleo-mta03>",
              src="mta03.taleo.net (mta03.taleo.net [160.34.8.203])", ident="tl0914")
    return make.message(hs, html(page, charset="windows-1252"))


@make.mail(N(28), family="job_alert", lang="es", interview=False, company=None,
           note="Alerta de empleo de un portal sectorial; ofertas, ninguna cita")
def job_alert_canteras():
    body = t("""
        Hola Brais,

        Tenemos 6 nuevas ofertas para tu alerta «planificación cantera» en Galicia y norte de Portugal:

        - Jefe/a de Producción – Cantera de granito · Porriño (Pontevedra) · 38.000-45.000 €
        - Técnico/a de Planificación Minera · Ponferrada (León) · Según valía
        - Encargado/a de Planta de Áridos · Lugo · 32.000 €
        - Planificador/a de Mantenimiento – Maquinaria móvil · Vigo · 35.000 €
        - Ingeniero/a de Minas – Voladuras · Braga (Portugal) · A convenir
        - Responsable de Calidad – Roca ornamental · Ourense · 30.000-34.000 €

        Ver todas: https://www.empleocanteras.example/alertas/88120

        Recibes este correo porque creaste una alerta en EmpleoCanteras. Darte de baja:
        https://www.empleocanteras.example/baja?u=88120
        """)
    hs = base(addr("EmpleoCanteras", "alertas@empleocanteras.example"),
              "6 nuevas ofertas: planificación cantera", "2026-09-07 07:00", MAD,
              "<alert-88120-20260907@mailer.empleocanteras.example>",
              src="mailer.empleocanteras.example (mailer.empleocanteras.example [198.51.100.40])", ident="ja0907",
              extra=[("List-Unsubscribe", "<https://www.empleocanteras.example/baja?u=88120>"),
                     ("Precedence", "bulk")])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(29), family="newsletter", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Boletín de una asociación del sector; anuncia una jornada técnica con fecha y hora, no una entrevista")
def newsletter_granito():
    body = t("""
        BOLETÍN DEL GRANITO DE GALICIA · Noviembre 2026

        1. Jornada técnica: voladuras de precisión en roca ornamental
           Jueves 19 de noviembre, 10:00-13:30, salón de actos de la Asociación (O Porriño).
           Inscripción gratuita para asociados: https://granitogalicia.example/jornada

        2. Exportaciones: el granito gallego crece un 6 % hasta septiembre.

        3. Normativa: nueva guía de polvo y sílice cristalina respirable en canteras.

        4. Bolsa de empleo: 4 ofertas nuevas este mes para jefes de cantera y planificadores.

        Asociación del Granito de Galicia · Darse de baja: https://granitogalicia.example/baja
        """)
    hs = base(addr("Asociación del Granito de Galicia", "boletin@granitogalicia.example"),
              "Boletín de noviembre: jornada de voladuras, exportaciones y empleo", "2026-11-03 09:30", MAD,
              "<boletin-2026-11.4471@granitogalicia.example>",
              src="mailer.granitogalicia.example (mailer.granitogalicia.example [198.51.100.61])", ident="nl1103",
              extra=[("List-Unsubscribe", "<https://granitogalicia.example/baja>"), ("Precedence", "bulk")])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(30), family="recruiter_outreach", lang="es", interview=False, company=None,
           note="Consultora de selección que propone hablar 'esta semana', sin hora; cliente no nombrado -> company null")
def outreach_talento():
    body = t("""
        Hola Brais:

        Soy Lucía Gándara, consultora en Talento Industrial Norte. Estoy llevando un proceso para un
        grupo de áridos con varias explotaciones en Galicia y Asturias que busca un/a Responsable de
        Planificación de Canteras, y tu perfil encaja muy bien (planificación de voladuras, gestión
        de flota de carga, experiencia en granito).

        ¿Te apetecería que habláramos 20 minutos esta semana o la que viene? Dime qué días te vienen
        mejor y te llamo.

        Un saludo,
        Lucía Gándara
        Talento Industrial Norte · Oviedo
        Tel. 684 21 90 37
        """)
    hs = base(addr("Lucía Gándara", "lucia.gandara@talentoindustrialnorte.es"),
              "Posición de Responsable de Planificación - grupo de áridos", "2026-09-16 10:22", MAD,
              "<VI1PR07MB5521B3C1D0E2F4A6B8C0D2E4F6A8B0C2@VI1PR07MB5521.eurprd07.prod.outlook.com>",
              src="EUR02-VI1-obe.outbound.protection.outlook.com (40.107.6.55)", ident="ti0916")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(31), family="availability_request", lang="en", interview=False,
           company="Vantor Mining Technologies",
           note="GoodTime availability request before the itinerary of blind310_029: asks for slots, confirms nothing")
def goodtime_vantor_availability():
    body = t("""
        Hi Brais,

        Congratulations — Vantor Mining Technologies would like to invite you to the next stage for
        the Production Planning Specialist role: two 45-minute conversations on the same morning.

        Please share your availability for the week of November 9 using the link below. Times are
        shown in your time zone (Central European Time).

        Share availability: https://app.goodtime.io/availability/7c2f9e41-vantor

        Once we have your times, your coordinator will confirm the schedule.

        Aino Virtanen
        Talent Coordinator, Vantor Mining Technologies
        Scheduling by GoodTime
        """)
    hs = base(addr("Vantor Mining Technologies", "scheduling@mail.goodtime.io"),
              "Please share your availability - Vantor Mining Technologies", "2026-10-29 09:00",
              "Europe/Helsinki", "<gt.1b7d3e90.42c8a6f1@mail.goodtime.io>",
              src="o7.mail.goodtime.io (o7.mail.goodtime.io [149.72.161.7])", ident="gt1029",
              extra=[("Reply-To", addr("Aino Virtanen", "aino.virtanen@vantormining.fi"))])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(32), family="proposal_unconfirmed", lang="es", interview=False, company="Áridos del Sil",
           days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
           note="Propone dos huecos (martes 17 a las 10:00 o miércoles 18 a las 16:00); la confirmación llega en blind310_036")
def proposal_aridosdelsil():
    body = t("""
        Hola, Brais:

        Gracias por enviarnos tu CV para el puesto de Responsable de Planificación. Nos gustaría
        tener una primera entrevista contigo por Teams. ¿Te vendría bien el martes 17 de noviembre
        a las 10:00 o el miércoles 18 a las 16:00?

        Un saludo,
        Iago Souto
        Áridos del Sil, S.A.
        """)
    hs = base(addr("Iago Souto", "iago.souto@aridosdelsil.es"),
              "Entrevista Responsable de Planificación - Áridos del Sil", "2026-11-12 12:05", MAD,
              "<CAHq4Nd7Vx2Bm9Ks1Lp6Zr3Tw8Yc0Fg5Ju2Ea7Io4Ub=q@mail.gmail.com>",
              src="mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])", ident="as1112")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(33), family="scheduling_link", lang="es", interview=False, company=None,
           note="La consultora responde con su enlace de Calendly para que Brais elija hueco; nada reservado aún")
def calendly_link_talento():
    body = t("""
        ¡Genial, Brais! Para no marearte con idas y venidas, te dejo mi Calendly y eliges el hueco que
        mejor te venga: https://calendly.com/lucia-gandara/llamada-20-min

        Si no ves nada que te cuadre, dímelo y lo buscamos.

        Un saludo,
        Lucía

        -----Mensaje original-----
        De: Brais Rodríguez <brais.rodriguez@example.org>
        Enviado: miércoles, 16 de septiembre de 2026 21:14
        Para: Lucía Gándara <lucia.gandara@talentoindustrialnorte.es>
        Asunto: RE: Posición de Responsable de Planificación - grupo de áridos

        Hola, Lucía: sí, me interesa. Por las tardes lo tengo más fácil. Un saludo, Brais
        """)
    hs = base(addr("Lucía Gándara", "lucia.gandara@talentoindustrialnorte.es"),
              "RE: Posición de Responsable de Planificación - grupo de áridos", "2026-09-17 09:03", MAD,
              "<VI1PR07MB5521C4D2E1F3A5B7C9D1E3F5A7B9C1D3@VI1PR07MB5521.eurprd07.prod.outlook.com>",
              src="EUR02-VI1-obe.outbound.protection.outlook.com (40.107.6.55)", ident="ti0917",
              extra=[("In-Reply-To", "<5f2e8a17-c3d4-4b9e-a1f0-7d6c2b9e4a31@example.org>")])
    return make.message(hs, text(body))


@make.mail(N(34), family="out_of_office", lang="es", interview=False, company="Áridos Cantábricos",
           days=(("Mon", "2026-10-26"),),
           note="Respuesta automática de la recruiter de blind310_044 al agradecimiento de Brais; solo fecha de vuelta")
def ooo_aridos():
    body = t("""
        Hola:

        Estoy fuera de la oficina, sin acceso al correo, hasta el lunes 26 de octubre. Para temas
        urgentes de selección podéis escribir a Javier Ruiz (javier.ruiz@aridoscantabricos.es).

        Un saludo,
        Lorena Iglesias
        """)
    hs = base(addr("Lorena Iglesias Barreiro", "lorena.iglesias@aridoscantabricos.es"),
              "Respuesta automática: Gracias por la entrevista", "2026-10-15 08:02", MAD,
              "<DB9PR02MB72650F1E2D3C4B5A69788796A5B4C3D2@DB9PR02MB7265.eurprd02.prod.outlook.com>",
              src="EUR05-DB8-obe.outbound.protection.outlook.com (40.107.20.101)", ident="oo1015",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<0d4e7b21-8a3c-4f5e-b6d9-2c1a0e3f7b48@example.org>")])
    return make.message(hs, text(body))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) del agradecimiento de Brais tras la visita de blind310_023: dirección mal escrita")
def dsn_thankyou():
    explain = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <m.losada@pizarrasvaldeorras.es>: host smtp.pizarrasvaldeorras.es[212.81.131.9]
            said: 550 5.1.1 <m.losada@pizarrasvaldeorras.es>: Recipient address
            rejected: User unknown in local recipient table (in reply to RCPT TO
            command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Fq2Lk0vZ7z9tW
        Arrival-Date: Wed, 21 Oct 2026 20:14:51 +0200 (CEST)

        Final-Recipient: rfc822; m.losada@pizarrasvaldeorras.es
        Original-Recipient: rfc822;m.losada@pizarrasvaldeorras.es
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; smtp.pizarrasvaldeorras.es
        Diagnostic-Code: smtp; 550 5.1.1 <m.losada@pizarrasvaldeorras.es>: Recipient
            address rejected: User unknown in local recipient table
        """)
    orig = t("""
        From: =?utf-8?q?Brais_Rodr=C3=ADguez?= <brais.rodriguez@example.org>
        To: Manuel Losada <m.losada@pizarrasvaldeorras.es>
        Subject: Gracias por la visita de hoy
        Date: Wed, 21 Oct 2026 20:14:47 +0200
        Message-ID: <7e3a9c15-2d8b-4f61-a0c4-9b5e1d7f3a26@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: quoted-printable
        """)
    hs = [
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", make.date("2026-10-21 20:14:53", MAD)),
        ("Message-ID", "<20261021181453.4Fq2Lk0vZ7z9tW@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    body = make.multipart(
        "report",
        text(explain, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                      status),
        make.raw_part([("Content-Description", "Undelivered Message Headers"),
                       ("Content-Type", "text/rfc822-headers")], orig),
        params="report-type=delivery-status")
    return make.message(hs, body)


@make.mail(N(36), family="offer", lang="es", interview=False, company="Canteiras do Porriño",
           days=(("Mon", "2027-01-11"),),
           note="Oferta de trabajo tras la visita de blind310_045 con fecha de incorporación; no es una entrevista")
def offer_porrino():
    body = t("""
        Boas, Brais:

        Tras la visita y la charla con Antía, tenemos el gusto de ofrecerte el puesto de
        Planificador de Operaciones en Canteiras do Porriño. Te adjunto la carta de oferta con las
        condiciones: 41.500 € brutos anuales, vehículo de empresa y jornada de lunes a viernes.

        La incorporación sería el lunes 11 de enero de 2027. Si te parece, coméntame antes del día 30
        si aceptas o si quieres que hablemos algún punto.

        Apertas,
        Xosé Manuel
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Oferta_Brais_Rodriguez.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Oferta_Brais_Rodriguez.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    __import__("base64").encodebytes(
                        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                    ).replace(b"\n", b"\r\n"))
    hs = base(addr("Xosé Manuel Outeiriño", "xm.outeirino@canteirasdoporrino.gal"),
              "Oferta - Planificador de Operaciones", "2026-11-20 13:30", MAD,
              "<CAF3n7q=Xe1qYl3iU6wMs9Zd2vHa5tKn7fOc0bRp1jS@mail.gmail.com>",
              src="mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])", ident="cp1120")
    return make.message(hs, mixed(alt(text(body, cte="8bit"), html(make.gmail_html(body))), pdf))


@make.mail(N(37), family="appointment_dentist", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Recordatorio de cita en el dentista con día y hora; no es una entrevista")
def dentist_mino():
    body = t("""
        Hola, Brais:

        Le recordamos su cita en Clínica Dental Miño:

        Día: martes, 6 de octubre de 2026
        Hora: 17:30
        Tratamiento: revisión y limpieza
        Dirección: Rúa do Progreso, 88, 1.º - Ourense

        Si no puede acudir, avísenos con 24 horas de antelación llamando al 988 24 11 50.

        Clínica Dental Miño
        """)
    hs = base(addr("Clínica Dental Miño", "citas@clinicadentalmino.example"),
              "Recordatorio de su cita - martes 6 de octubre", "2026-10-05 10:00", MAD,
              "<rec-20261006-1730-00412@clinicadentalmino.example>",
              src="smtp.clinicadentalmino.example (198.51.100.77)", ident="dm1005")
    return make.message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(38), family="work_meeting", lang="es", interview=False, company=None,
           days=(("Mon", "2026-11-02"),),
           note="Convocatoria de Exchange del jefe actual (reunión semanal de voladuras) con ICS; trabajo, no entrevista")
def outlook_vilarino_meeting():
    body = t("""
        Cuándo: lunes, 2 de noviembre de 2026 8:00-9:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala de reuniones - oficina de cantera

        *~*~*~*~*~*~*~*~*~*

        Buenos días:

        Pasamos la reunión semanal de planificación de voladuras al lunes a primera hora. Traed el
        parte de perforación de la semana y la previsión de bloques para el pedido de Oporto.

        Roi
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Roi Vilariño:mailto:roi.vilarino@granitosvilarino.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brais Rodríguez:mailto:brais.rodriguez@granitosvilarino.es
        UID:040000008200E00074C5B7101A82E00800000000A7B6C5D4E3F2DD0100000000000000001000000012345678ABCDEF0123456789ABCDEF01
        SUMMARY;LANGUAGE=es-ES:Planificación semanal de voladuras
        DTSTART;TZID=Romance Standard Time:20261102T080000
        DTEND;TZID=Romance Standard Time:20261102T090000
        DTSTAMP:20261030T130000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala de reuniones - oficina de cantera
        END:VEVENT
        END:VCALENDAR
        """)
    hs = base(addr("Roi Vilariño", "roi.vilarino@granitosvilarino.es"),
              "Planificación semanal de voladuras", "2026-10-30 14:00", MAD,
              "<AS8PR04MB8123E1D2C3B4A5968778695A4B3C2D1E@AS8PR04MB8123.eurprd04.prod.outlook.com>",
              to=addr("Brais Rodríguez", "brais.rodriguez@granitosvilarino.es"),
              src="EUR04-AS8-obe.outbound.protection.outlook.com (40.107.7.80)", ident="gv1102",
              extra=[("Cc", "produccion@granitosvilarino.es"), ("Content-Language", "es-ES")])
    return make.message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(39), family="event_registration", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Acreditación para una feria del sector con día y hora de apertura; evento, no entrevista")
def feria_pedra():
    body = t("""
        Hola, Brais Rodríguez:

        Tu acreditación profesional para la Feira da Pedra Natural de Galicia está confirmada.

        Fecha: jueves 1 de octubre de 2026, de 10:00 a 19:00
        Lugar: Recinto ferial, pabellón 2 – Silleda (Pontevedra)
        Código de acreditación: FPNG-26-04418

        Presenta el código QR adjunto en el control de acceso. No olvides tu DNI.

        Feira da Pedra Natural de Galicia
        """)
    hs = base(addr("Feira da Pedra Natural", "acreditacions@feirapedra.example"),
              "Acreditación confirmada - Feira da Pedra Natural 2026", "2026-09-24 18:12", MAD,
              "<acred-FPNG-26-04418@feirapedra.example>",
              src="mailer.feirapedra.example (198.51.100.90)", ident="fp0924")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(40), family="webinar", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Inscripción a un webinar 'Cómo preparar una entrevista por competencias' con hora; no es una entrevista")
def webinar_entrevista():
    body = t("""
        Hola Brais,

        Gracias por inscribirte en «Cómo preparar una entrevista por competencias».

        Fecha y hora: martes, 13 de octubre de 2026, 18:30 (hora de Madrid)
        Duración: 60 minutos
        Enlace del webinar: https://us06web.zoom.us/w/81940227715?tk=orienta

        Puedes añadirlo a tu calendario desde el enlace. Te enviaremos un recordatorio una hora antes.

        Equipo de Orienta Emprego
        """)
    hs = base(addr("Orienta Emprego", "no-reply@zoom.us"),
              "Confirmación: Cómo preparar una entrevista por competencias", "2026-10-07 12:15", MAD,
              "<Zoom.Webinar.81940227715.reg.3f9a@zoom.us>",
              src="mta-sender-120.zoom.us (mta-sender-120.zoom.us [170.114.10.120])", ident="wb1007",
              extra=[("Reply-To", "formacion@orientaemprego.example")])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(41), family="appointment_itv", lang="es", interview=False, company=None,
           days=(("Fri", "2026-10-09"),),
           note="Cita para la inspección técnica del coche con hora; vida personal")
def itv_cita():
    body = t("""
        CITA CONFIRMADA

        Matrícula: 4821 KLM
        Estación: ITV Barbadás (Ourense)
        Día: viernes 09/10/2026
        Hora: 08:40
        Tipo de inspección: periódica - turismo

        Llegue 10 minutos antes con el permiso de circulación y la tarjeta ITV.
        Para anular la cita: https://citaitv.example/anular?loc=RK4821
        """)
    hs = base(addr("Cita ITV", "noreply@citaitv.example"),
              "Confirmación de cita ITV - 09/10/2026 08:40", "2026-10-02 22:17", MAD,
              "<cita.RK4821.20261002@citaitv.example>",
              src="smtp.citaitv.example (198.51.100.101)", ident="it1002")
    return make.message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(42), family="travel_receipt", lang="es", interview=False, company=None,
           days=(("Mon", "2026-11-16"),),
           note="Billete de tren Ourense-Vigo para ir a la entrevista de blind310_043 (salida 07:52); no confirma la entrevista")
def tren_vigo():
    body = t("""
        ¡Buen viaje, Brais!

        Localizador: XK7R2P
        Lunes, 16 de noviembre de 2026
        Ourense Empalme 07:52 → Vigo Urzáiz 08:41
        Coche 4, plaza 11A · Tarifa Básica
        Total pagado: 19,85 €

        Recuerda llegar a la estación con antelación suficiente para el control de acceso.

        ViajaTren · reventa oficial de billetes
        """)
    hs = base(addr("ViajaTren", "billetes@viajatren.example"),
              "Tu billete: Ourense → Vigo, 16 nov", "2026-11-12 08:41", MAD,
              "<tkt-XK7R2P@viajatren.example>",
              src="mail.viajatren.example (198.51.100.120)", ident="vt1112")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(43), family="one_way_video", lang="en", interview=False, company="Ridgeline Equipment",
           days=(("Mon", "2026-10-19"),),
           note="One-way recorded video screen with a 'complete by' deadline, before blind310_001's live interview")
def oneway_ridgeline():
    body = t("""
        Hi Brais,

        Ridgeline Equipment has invited you to complete a short recorded video interview for the
        Mine Planning Engineer - EMEA position.

        There are 4 questions; you will have 1 minute to prepare and up to 3 minutes to answer each.
        You can complete it at any time before Monday, October 19, 2026, 11:59 PM Mountain Time.

        Start your video interview: https://app.vidscreen.example/i/r9Kq2Lm7

        Tips: use a quiet room, check your camera and microphone, and make sure your internet
        connection is stable.

        Good luck!
        The Vidscreen team, on behalf of Ridgeline Equipment
        """)
    hs = base(addr("Ridgeline Equipment via Vidscreen", "invites@vidscreen.example"),
              "Ridgeline Equipment invited you to a video interview", "2026-10-14 09:05", "America/Denver",
              "<inv.r9Kq2Lm7@vidscreen.example>",
              src="out.vidscreen.example (198.51.100.140)", ident="vs1014")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(44), family="assessment", lang="es", interview=False, company="Ecoáridos Galicia",
           days=(("Sun", "2026-11-22"),),
           note="Prueba técnica con plazo de entrega (domingo 22 nov 23:59), antes de la entrevista de blind310_034")
def prueba_ecoaridos():
    body = t("""
        Hola Brais:

        Gracias por tu interés en el puesto de Coordinador/a de Producción. Como siguiente paso, te
        pedimos que resuelvas un pequeño caso práctico: planificar la producción semanal de una
        planta de áridos con los datos del documento adjunto.

        Plazo de entrega: domingo, 22 de noviembre de 2026, a las 23:59.
        Envíalo respondiendo a este correo en PDF o Excel.

        Cuando lo revisemos te propondremos fecha para la entrevista.

        Un saludo,
        Noa Castro
        Ecoáridos Galicia
        """)
    hs = base(addr("Ecoáridos Galicia", "no-reply@mail.recruitee.com"),
              "Caso práctico - Coordinador/a de Producción", "2026-11-16 09:30", MAD,
              "<recruitee.5518804.1795163400@mail.recruitee.com>",
              src="mail.recruitee.com (mail.recruitee.com [185.53.178.80])", ident="rc1116",
              extra=[("Reply-To", addr("Noa Castro", "noa.castro@ecoaridos.gal"))])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(45), family="candidate_survey", lang="es", interview=False, company="Granitos Miñor",
           note="Encuesta de experiencia de candidato de Teamtailor tras la entrevista de blind310_030")
def survey_minor():
    body = t("""
        Hola Brais:

        Hace poco tuviste una entrevista con Granitos Miñor. ¿Qué tal fue la experiencia?

        Responde a 3 preguntas (1 minuto): https://granitosminor.teamtailor.com/survey/5c8e21

        Tus respuestas son anónimas y nos ayudan a mejorar.

        Gracias,
        Granitos Miñor

        Enviado con Teamtailor
        """)
    hs = base(addr("Granitos Miñor", "no-reply@teamtailor-mail.com"),
              "¿Qué tal fue tu entrevista con Granitos Miñor?", "2026-10-07 11:00", MAD,
              "<9d3a7c11.tt-4489035@teamtailor-mail.com>",
              src="mta-22.teamtailor-mail.com (mta-22.teamtailor-mail.com [198.2.180.22])", ident="tt1007")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(46), family="community_meeting", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Convocatoria de junta de la comunidad de propietarios con hora; vida personal")
def junta_comunidad():
    body = t("""
        COMUNIDAD DE PROPIETARIOS RÚA DO PASEO, 31 - OURENSE

        Por indicación del Presidente, se convoca a los propietarios a la Junta General Ordinaria que
        se celebrará el jueves 15 de octubre de 2026, a las 19:30 en primera convocatoria y a las
        20:00 en segunda, en el portal del edificio, con el siguiente

        ORDEN DEL DÍA
        1. Aprobación de cuentas del ejercicio 2025-2026.
        2. Presupuesto para la reparación de la cubierta.
        3. Renovación de cargos.
        4. Ruegos y preguntas.

        Se adjunta el acta de la junta anterior.

        Administración de Fincas Carballo
        """)
    hs = base(addr("Administración de Fincas Carballo", "comunidades@fincascarballo.example"),
              "Convocatoria Junta General Ordinaria - Rúa do Paseo 31", "2026-10-01 13:20", MAD,
              "<conv-paseo31-2026@fincascarballo.example>",
              src="smtp.fincascarballo.example (198.51.100.150)", ident="fc1001",
              )
    return make.message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(47), family="sports_booking", lang="es", interview=False, company=None,
           days=(("Sat", "2026-11-07"),),
           note="Reserva de pista de pádel con hora; vida personal")
def padel_reserva():
    body = t("""
        Reserva confirmada

        Pista 3 (cristal) · sábado 7 de noviembre de 2026 · 10:00-11:30
        Jugadores: Brais Rodríguez, Iván Seoane, Marta Doval, Pablo Rey
        Importe: 24,00 € (pagado)

        Puedes cancelar sin coste hasta 24 horas antes desde la app.

        Club Pádel Miño · Ourense
        """)
    hs = base(addr("Club Pádel Miño", "reservas@padelmino.example"),
              "Reserva confirmada: sábado 7 nov, 10:00", "2026-11-04 21:37", MAD,
              "<booking-771204@padelmino.example>",
              src="mail.padelmino.example (198.51.100.160)", ident="pm1104")
    return make.message(hs, html(make.gmail_html(body)))


@make.mail(N(48), family="payroll", lang="es", interview=False, company=None,
           note="Aviso del portal del empleado del trabajo actual: nómina disponible")
def nomina_octubre():
    body = t("""
        Hola, Brais:

        Ya tienes disponible tu nómina de octubre de 2026 en el Portal del Empleado.

        Accede aquí: https://portal.granitosvilarino.example/nominas

        Este mensaje se ha enviado automáticamente; no respondas a este correo.

        Granitos Vilariño, S.L. · Administración
        """)
    hs = base(addr("Portal del Empleado - Granitos Vilariño", "noreply@portal.granitosvilarino.example"),
              "Tu nómina de octubre ya está disponible", "2026-10-30 17:05", MAD,
              "<nomina-202610-0117@portal.granitosvilarino.example>",
              src="portal.granitosvilarino.example (198.51.100.170)", ident="gv1030")
    return make.message(hs, text(body, cte="base64"))


@make.mail(N(49), family="appointment_medical", lang="gl", interview=False, company=None,
           days=(("Thu", "2026-12-03"),),
           note="Lembranza en galego dunha cita médica (xoves 3 de decembro ás 9:20); vida persoal")
def cita_policlinica():
    body = t("""
        Ola, Brais:

        Lembrámoslle a súa cita na Policlínica Auria:

        Día: xoves, 3 de decembro de 2026
        Hora: 9:20
        Especialidade: Traumatoloxía – Dra. Sabela Rivas
        Lugar: Rúa Curros Enríquez, 12, baixo – Ourense

        Se non pode acudir, por favor, chame ao 988 60 31 12 ou anule a cita na nosa web.

        Un saúdo,
        Policlínica Auria
        """)
    hs = base(addr("Policlínica Auria", "citas@policlinicaauria.example"),
              "Lembranza de cita: xoves 3 de decembro", "2026-12-01 09:00", MAD,
              "<cita-0312-0920-5530@policlinicaauria.example>",
              src="smtp.policlinicaauria.example (198.51.100.180)", ident="pa1201")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(50), family="post_interview_followup", lang="en", interview=False, company="Hollins Materials",
           days=(("Thu", "2026-09-24"), ("Fri", "2026-10-09")),
           note="Recruiter follow-up after blind310_033's interview: feedback by Friday 9 October, no new meeting")
def followup_hollins():
    body = t("""
        Hi Brais,

        Thanks again for meeting Owen and me on Thursday — it was good to hear how you plan blasts
        around the block-yard demand.

        We're still speaking with two other candidates this week, so we'll gather feedback and come
        back to you by Friday 9 October at the latest.

        Best wishes,
        Gemma

        Gemma Hartley
        Talent Acquisition | Hollins Materials plc
        """)
    hs = base(addr("Gemma Hartley", "gemma.hartley@hollinsmaterials.co.uk"),
              "Thanks for Thursday", "2026-09-28 16:20", "Europe/London",
              "<LO4P123MB6677B2C3D4E5F60718293A4B5C6D7E8F@LO4P123MB6677.GBRP123.PROD.OUTLOOK.COM>",
              src="GBR01-LO4-obe.outbound.protection.outlook.com (40.107.10.91)", ident="hm0928",
              extra=[("Content-Language", "en-GB")])
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))
