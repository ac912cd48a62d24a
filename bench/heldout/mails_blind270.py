"""blind270: 50 hand-written mails from the inbox of Alba Menéndez, a steel-logistics planner in
Gijón (Europe/Madrid), September to December 2026. Keys 1-23 are positives, 24-50 negatives; the
file number of the mail written key-th is ORDER[key - 1]. Built by ``make_blind.py blind270``.
Written blind: without reading the detector, its tests, or any other held-out set's mails.
"""

from __future__ import annotations

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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2700270).sample(range(1, 51), 50)
ME = "alba.menendez@example.org"
ME_NAME = "Alba Menéndez"
MAD = "Europe/Madrid"


def n(key: int) -> str:
    return f"blind270_{ORDER[key - 1]:03d}"


def to_me() -> str:
    return addr(ME_NAME, ME)


def gmail_rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 2) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx.example.org with ESMTPS id {ident}", ME, lag))


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

VTZ_OSLO = """BEGIN:VTIMEZONE
TZID:Europe/Oslo
X-LIC-LOCATION:Europe/Oslo
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

VTZ_NZ = """BEGIN:VTIMEZONE
TZID:New Zealand Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives (keys 1-23)


@make.mail(n(1), family="greenhouse", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-10 09:30", MAD), end=utc("2026-09-10 10:15", MAD),
           contact="beatriz.suarez@laminadosnalon.es", company="Laminados del Nalón",
           local="Thu 2026-09-10 09:30", local_end="2026-09-10 10:15", zone=MAD,
           note="Greenhouse confirmation in Spanish, 'jueves 10 de septiembre, de 9:30 a 10:15 (hora peninsular)'; "
                "September so Madrid is CEST (UTC+2); a range is given so end is set; contact = human Reply-To.")
def p01():
    body = t("""
        Hola, Alba:

        Gracias por tu interés en el puesto de Planificador/a de Expediciones en Laminados del Nalón.
        Te confirmamos la entrevista con el equipo de logística:

        Fecha: jueves, 10 de septiembre de 2026
        Hora: de 9:30 a 10:15 (hora peninsular española)
        Lugar: Polígono de Baíña, nave 4, Mieres (pregunta en portería por Beatriz Suárez)
        Entrevistadores: Beatriz Suárez (Talento) y Rubén Alonso (Jefe de Expediciones)

        Si necesitas cambiar algo, responde a este correo y le llegará directamente a Beatriz.

        Un saludo,
        Equipo de Talento de Laminados del Nalón
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola, Alba:</p>
        <p>Gracias por tu interés en el puesto de <b>Planificador/a de Expediciones</b> en Laminados del Nalón.
        Te confirmamos la entrevista con el equipo de logística:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Fecha</b></td><td>jueves, 10 de septiembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>de 9:30 a 10:15 (hora peninsular española)</td></tr>
        <tr><td><b>Lugar</b></td><td>Polígono de Baíña, nave 4, Mieres (pregunta en portería por Beatriz Suárez)</td></tr>
        <tr><td><b>Entrevistadores</b></td><td>Beatriz Suárez (Talento) y Rubén Alonso (Jefe de Expediciones)</td></tr>
        </table>
        <p>Si necesitas cambiar algo, responde a este correo y le llegará directamente a Beatriz.</p>
        <p>Un saludo,<br>Equipo de Talento de Laminados del Nalón</p>
        <img src="https://us.greenhouse-mail.io/o/3f9a2c71e8/open.gif" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        gmail_rcv("mail-sor-f69.greenhouse-mail.io", "198.2.180.44", "2026-09-07 10:12:40", MAD, "gh7Kq2ZpA1"),
        ("From", addr("Laminados del Nalón", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Beatriz Suárez", "beatriz.suarez@laminadosnalon.es")),
        ("To", to_me()),
        ("Subject", enc("Confirmación de entrevista: Planificador/a de Expediciones – Laminados del Nalón")),
        ("Date", date("2026-09-07 10:12:38", MAD)),
        ("Message-ID", "<5f3e8a1c.4b2d9e07a6f1@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


@make.mail(n(2), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-15 16:00", "Europe/Amsterdam"), end=utc("2026-09-15 16:45", "Europe/Amsterdam"),
           contact="joost.vermeulen@northwayfreight.nl", company="Northway Freight",
           local="Tue 2026-09-15 16:00", local_end="2026-09-15 16:45", zone="Europe/Amsterdam",
           note="Lever confirmation, 'Tuesday, September 15, 4:00 PM - 4:45 PM CEST' (Amsterdam, UTC+2 in "
                "September = same wall clock as Gijón); the recruiter's address appears only in the body "
                "(From and Reply-To are Lever no-reply).")
def p02():
    body = t("""
        Hi Alba,

        Thanks for taking the time to schedule your interview with Northway Freight! Here are the details:

        Role: Inbound Planner (Remote, EU)
        When: Tuesday, September 15, 4:00 PM - 4:45 PM CEST
        Where: Google Meet - https://meet.google.com/qwe-rtyu-iop
        Interviewers: Joost Vermeulen, Sanne de Graaf

        Please let us know if anything changes. You can reach Joost directly at
        joost.vermeulen@northwayfreight.nl.

        Best,
        The Northway Freight Talent Team

        Powered by Lever
        """)
    page = t("""
        <div style="max-width:600px;font-family:-apple-system,Helvetica,Arial,sans-serif">
        <p>Hi Alba,</p>
        <p>Thanks for taking the time to schedule your interview with Northway Freight! Here are the details:</p>
        <p><strong>Role:</strong> Inbound Planner (Remote, EU)<br>
        <strong>When:</strong> Tuesday, September 15, 4:00 PM - 4:45 PM CEST<br>
        <strong>Where:</strong> Google Meet - <a href="https://meet.google.com/qwe-rtyu-iop">meet.google.com/qwe-rtyu-iop</a><br>
        <strong>Interviewers:</strong> Joost Vermeulen, Sanne de Graaf</p>
        <p>Please let us know if anything changes. You can reach Joost directly at
        <a href="mailto:joost.vermeulen@northwayfreight.nl">joost.vermeulen@northwayfreight.nl</a>.</p>
        <p>Best,<br>The Northway Freight Talent Team</p>
        <p style="color:#999;font-size:11px">Powered by <a href="https://www.lever.co">Lever</a></p>
        </div>
        """)
    return message([
        gmail_rcv("o3.hire.lever.co", "167.89.12.201", "2026-09-10 14:05:11", "Europe/Amsterdam", "lv92JdQx"),
        ("From", "Northway Freight <no-reply@hire.lever.co>"),
        ("Reply-To", "no-reply@hire.lever.co"),
        ("To", ME),
        ("Subject", "Your interview with Northway Freight is confirmed"),
        ("Date", date("2026-09-10 14:05:09", "Europe/Amsterdam")),
        ("Message-ID", "<20260910120509.7c1e2a.lever@hire.lever.co>"),
    ], alt(text(body, cte="7bit"), html(body=page)))


@make.mail(n(3), family="human_prose", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-23 10:00", MAD), contact="jm.cueto@transriaviles.es",
           company="Transportes Ría de Avilés",
           local="Wed 2026-09-23 10:00", zone=MAD,
           note="Phone-written reply from the operations manager: 'el miércoles que viene a las 10' sent Thu 17 Sep "
                "(Madrid) -> Wed 23 Sep, 10:00 CEST = 08:00Z; no length given. Contact = the human sender.")
def p03():
    body = t("""
        Buenas Alba

        Perfecto, pues quedamos el miércoles que viene a las 10 en la oficina de Avilés (Av. de la Siderurgia 18, 2ª planta, al lado de la báscula). Pregunta por mi en recepción. Trae si puedes algun ejemplo de plan de cargas que hayas hecho, sin datos de clientes claro.

        Un saludo
        José Manuel Cueto
        Jefe de Operaciones · Transportes Ría de Avilés

        Enviado desde mi iPhone

        > El 17 sept 2026, a las 18:02, Alba Menéndez <alba.menendez@example.org> escribió:
        >
        > Hola José Manuel, muchas gracias por la llamada de esta mañana. Me viene bien cualquier día de la semana que viene por la mañana.
        > Un saludo, Alba
        """)
    return message([
        gmail_rcv("smtp.transriaviles.es", "85.48.120.7", "2026-09-17 19:48:31", MAD, "tr4vQ1c"),
        ("From", addr("José Manuel Cueto", "jm.cueto@transriaviles.es")),
        ("To", to_me()),
        ("Subject", "Re: Entrevista puesto planificador/a"),
        ("Date", date("2026-09-17 19:48:27", MAD)),
        ("Message-ID", "<A1F3C9E2-7B44-4D1A-9C0E-55B2E8D1F0A3@transriaviles.es>"),
        ("In-Reply-To", "<CAF8d2kP0x1Zq@mail.example.org>"),
        ("References", "<CAF8d2kP0x1Zq@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (21H16)"),
    ], text(body, cte="8bit", params="format=flowed"))


@make.mail(n(4), family="exchange_teams", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-29 10:00", "Europe/Lisbon"), end=utc("2026-09-29 11:00", "Europe/Lisbon"),
           contact="rita.magalhaes@logisticadouro.pt", company="Logística Douro",
           local="Tue 2026-09-29 10:00", local_end="2026-09-29 11:00", zone="Europe/Lisbon",
           note="Porto employer writing Spanish: '10:00 hora de Portugal (11:00 en España)'; Lisbon WEST = UTC+1 "
                "-> 09:00Z; Exchange ICS with TZID 'GMT Standard Time' (the Windows zone for Lisbon) agrees; "
                "ORGANIZER = the human sender.")
def p04():
    body = t("""
        Estimada Alba,

        Tal como hablamos por teléfono, le envío la convocatoria para la entrevista por Microsoft Teams
        para el puesto de Coordinadora de Transporte Ibérico.

        Martes, 29 de septiembre, de 10:00 a 11:00 hora de Portugal (de 11:00 a 12:00 en España).

        Estarán conmigo el Eng. Nuno Teixeira, director de operaciones, y Carla Peixoto, de Recursos Humanos.
        La entrevista será en castellano, aunque algo de portugués siempre ayuda :)

        Con los mejores saludos,

        Rita Magalhães
        Talent Acquisition | Logística Douro, S.A.
        Rua do Freixo 1071, 4300-219 Porto
        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase desde el equipo, la aplicación móvil o dispositivo de la sala
        Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk2>
        Id. de reunión: 391 228 604 117
        Código de acceso: Wq7mZ2
        ________________________________________________________________________________
        """)
    ics = make.VTZ["GMT Standard Time"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ics + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rita Magalhães:mailto:rita.magalhaes@logisticadouro.pt
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alba Menéndez:mailto:alba.menendez@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nuno Teixeira:mailto:nuno.teixeira@logisticadouro.pt
        DESCRIPTION;LANGUAGE=es-ES:Entrevista - Coordinadora de Transporte Ibérico
        UID:040000008200E00074C5B7101A82E00800000000B0C6A2F47E4BDC01000000000000000010000000D1
        SUMMARY;LANGUAGE=es-ES:Entrevista Alba Menéndez - Logística Douro
        DTSTART;TZID=GMT Standard Time:20260929T100000
        DTEND;TZID=GMT Standard Time:20260929T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260923T081512Z
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
    return message([
        gmail_rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.91",
                  "2026-09-23 09:15:14", "Europe/Lisbon", "ms2PtQa"),
        ("From", addr("Rita Magalhães", "rita.magalhaes@logisticadouro.pt")),
        ("To", to_me()),
        ("Subject", enc("Entrevista Teams – Coordinadora de Transporte Ibérico (Logística Douro)")),
        ("Thread-Topic", enc("Entrevista Teams – Coordinadora de Transporte Ibérico (Logística Douro)")),
        ("Date", date("2026-09-23 09:15:12", "Europe/Lisbon")),
        ("Message-ID", "<DB9PR03MB7321A4E0C1D2F3B4A5C6D7E8F9A0@DB9PR03MB7321.eurprd03.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), calendar(ics, cte="base64")))


@make.mail(n(5), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-06 11:00", MAD), end=utc("2026-10-06 12:00", MAD), contact=None,
           company="Hullera Steel Europe",
           local="Tue 2026-10-06 11:00", local_end="2026-10-06 12:00", zone=MAD,
           note="Workday 'interview scheduled' notice whose body only says 'see the attached invitation': the "
                "time is only in the ICS (DTSTART 09:00Z = 11:00 CEST Madrid, DTEND 10:00Z). No human address "
                "anywhere (Workday no-reply sender, no organizer mailbox of a person) -> contact null.")
def p05():
    body = t("""
        Hello Alba,

        An interview has been scheduled for you for the position of Outbound Logistics Planner
        (Avilés, Spain) - R-0042187.

        Please see the attached calendar invitation for the date, time and location of your interview,
        and accept it so that your interviewers know you will attend.

        If you need to make any changes, please log in to your candidate home account:
        https://hullerasteel.wd3.myworkdayjobs.com/External/userHome

        Kind regards,
        Talent Acquisition
        Hullera Steel Europe

        This is a system-generated message. Please do not reply.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workday//Workday Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wd-interview-7f3c1a90b2e54d7c@myworkday.com
        DTSTAMP:20261001T133022Z
        DTSTART:20261006T090000Z
        DTEND:20261006T100000Z
        SUMMARY:Interview - Outbound Logistics Planner (R-0042187)
        LOCATION:Hullera Steel Europe - Avilés works, Gate 3, Admin Building, Room B-12
        DESCRIPTION:Interviewers: Iñaki Goikoetxea (Logistics Manager)\\, Sofía Pérez (HR Business Partner)
        ORGANIZER;CN=Hullera Steel Europe Talent Acquisition:mailto:hullerasteel@myworkday.com
        ATTENDEE;CN=Alba Menéndez;RSVP=TRUE:mailto:alba.menendez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("mail-a11.myworkday.com", "216.81.237.15", "2026-10-01 15:30:24", MAD, "wd0aa81Pz"),
        ("From", "Hullera Steel Europe <hullerasteel@myworkday.com>"),
        ("To", ME),
        ("Subject", "Interview Scheduled: Outbound Logistics Planner (R-0042187)"),
        ("Date", date("2026-10-01 15:30:22", MAD)),
        ("Message-ID", "<1417718952.88213.1790861422107@wd3-prod-mail.myworkday.com>"),
    ], mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment",
                                              cte="base64", name_param=True)))


@make.mail(n(6), family="calendly", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-14 10:30", MAD), end=utc("2026-10-14 11:00", MAD),
           contact="marta.ugarte@navieraabra.eus", company="Naviera Abra Bizkaia",
           local="Wed 2026-10-14 10:30", local_end="2026-10-14 11:00", zone=MAD,
           note="Calendly invitee confirmation in Spanish: '10:30 - 11:00, miércoles, 14 de octubre de 2026, Hora "
                "de Europa central' (CEST in October before the 25th -> 08:30Z-09:00Z); ICS agrees; contact = "
                "the host's Reply-To.")
def p06():
    body = t("""
        Hola, Alba Menéndez:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Entrevista inicial (30 min) - Planificación portuaria

        Invitado por:
        Marta Ugarte

        Fecha/hora del evento:
        10:30 - 11:00, miércoles, 14 de octubre de 2026 (Hora de Europa central)

        Ubicación:
        Llamada de Zoom. Los detalles se proporcionarán en la invitación del calendario.

        Ver detalles del evento:
        https://calendly.com/events/4c1e9a7b-22d0-4f8b-a3f0-8b9d1e2c3f40

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/4c1e9a7b-22d0-4f8b-a3f0-8b9d1e2c3f40
        Reprogramar: https://calendly.com/reschedulings/4c1e9a7b-22d0-4f8b-a3f0-8b9d1e2c3f40

        Con tecnología de Calendly.com
        """)
    page = "<html><body>" + "".join(
        f"<p>{ln}</p>" if ln else "" for ln in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Calendly//Calendly//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261014T083000Z
        DTEND:20261014T090000Z
        DTSTAMP:20261009T071804Z
        ORGANIZER;CN=Marta Ugarte:mailto:marta.ugarte@navieraabra.eus
        UID:4c1e9a7b-22d0-4f8b-a3f0-8b9d1e2c3f40@calendly.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alba Menéndez:mailto:alba.menendez@example.org
        SUMMARY:Entrevista inicial (30 min) - Planificación portuaria entre Marta Ugarte y Alba Menéndez
        LOCATION:https://navieraabra.zoom.us/j/84213390127
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("o1.email.calendly.com", "149.72.144.9", "2026-10-09 09:18:06", MAD, "cl7Rw3e"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Marta Ugarte", "marta.ugarte@navieraabra.eus")),
        ("To", ME),
        ("Subject", enc("Confirmado: Entrevista inicial (30 min) - Planificación portuaria con Marta Ugarte el "
                        "miércoles, 14 de octubre de 2026")),
        ("Date", date("2026-10-09 09:18:04", MAD)),
        ("Message-ID", "<0100019a2b7c1d55-5e0b3a1c-8f2d-4c6e-9b0a-77d1e3f2a4c5-000000@email.calendly.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, filename="invite.ics", disposition="attachment", cte="8bit")))


@make.mail(n(7), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-16 14:00", "Europe/London"), contact="h.okafor@stellarmetals.co.uk",
           company="Stellar Metals Trading",
           local="Fri 2026-10-16 14:00", zone="Europe/London",
           note="Reschedule in a reply: old 'Thursday 3pm UK time', new 'Friday 16th at 2pm UK time (3pm your "
                "time)'; London BST = UTC+1 -> 13:00Z; no length. Contact = human sender.")
def p07():
    body = t("""
        Hi Alba,

        So sorry to do this - our Head of Freight has been pulled into a customer audit on Thursday, so we
        can't do 3pm UK time on Thursday 15th any more. Could we move it to Friday 16th at 2pm UK time (3pm
        your time) instead? You said Fridays were fine, so I've gone ahead and moved the invite - same Teams
        link as before.

        If Friday doesn't work after all just shout and we'll find another slot next week.

        Many thanks, and apologies again,
        Helen

        Helen Okafor
        Senior Talent Partner | Stellar Metals Trading Ltd
        20 Gracechurch Street, London EC3V 0BG
        +44 20 7946 0321

        -----Original Message-----
        From: Helen Okafor <h.okafor@stellarmetals.co.uk>
        Sent: 09 October 2026 11:20
        To: Alba Menéndez <alba.menendez@example.org>
        Subject: Interview - Freight Operations Planner

        Hi Alba, great speaking earlier. As discussed, you're booked in with Tom Whitley (Head of Freight) on
        Thursday 15th October at 3pm UK time on Teams. Invite to follow.
        """)
    return message([
        gmail_rcv("GBR01-LO4-obe.outbound.protection.outlook.com", "40.107.23.52",
                  "2026-10-13 09:41:30", "Europe/London", "ms8Lk2w"),
        ("From", addr("Helen Okafor", "h.okafor@stellarmetals.co.uk")),
        ("To", to_me()),
        ("Subject", "RE: Interview - Freight Operations Planner"),
        ("Date", date("2026-10-13 09:41:27", "Europe/London")),
        ("Message-ID", "<LO4P265MB6120B1E4F2A93C7D8E0F1A2B3C4D@LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<LO4P265MB6120A0D3E1F82B6C7D9E0F1A2B3C@LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], text(body, charset="windows-1252"))


@make.mail(n(8), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-19 12:00", MAD), end=utc("2026-10-19 13:00", MAD),
           contact="diego.fanjul@aceroscantabrico.es", company="Aceros del Cantábrico",
           local="Mon 2026-10-19 12:00", local_end="2026-10-19 13:00", zone=MAD,
           note="Google Calendar invitation in Spanish, 'lunes 19 oct 2026 12:00 – 13:00 (hora de verano de Europa "
                "central)'; CEST -> 10:00Z-11:00Z, ICS TZID Europe/Madrid agrees; contact = human organizer/sender.")
def p08():
    body = t("""
        Has recibido una invitación para el siguiente evento.

        Entrevista Alba Menéndez – Planificación de Bobinas (Aceros del Cantábrico)
        Cuándo
        lunes, 19 oct 2026 12:00 – 13:00 (hora de verano de Europa central - Madrid)

        Dónde
        Oficinas Aceros del Cantábrico, Av. de la Costa 41, 3º, Gijón

        Organizador
        Diego Fanjul
        diego.fanjul@aceroscantabrico.es

        Invitados
        Diego Fanjul - organizador
        alba.menendez@example.org
        Lucía Valdés

        ¿Vas a asistir? Sí - Quizás - No
        Más opciones: https://calendar.google.com/calendar/event?action=VIEW&eid=NmRmOGE0

        Invitación de Google Calendar
        Recibes este correo electrónico porque eres un invitado al evento.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:REQUEST\n" + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261019T120000
        DTEND;TZID=Europe/Madrid:20261019T130000
        DTSTAMP:20261014T161102Z
        ORGANIZER;CN=Diego Fanjul:mailto:diego.fanjul@aceroscantabrico.es
        UID:6df8a4c2e1b047@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alba.menendez@example.org;X-NUM-GUESTS=0:mailto:alba.menendez@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Valdés;X-NUM-GUESTS=0:mailto:lucia.valdes@aceroscantabrico.es
        CREATED:20261014T161050Z
        LAST-MODIFIED:20261014T161101Z
        LOCATION:Oficinas Aceros del Cantábrico\\, Av. de la Costa 41\\, 3º\\, Gijón
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Alba Menéndez – Planificación de Bobinas (Aceros del Cantábrico)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("mail-yw1-f201.google.com", "209.85.128.201", "2026-10-14 18:11:04", MAD, "gc3XyTb"),
        ("From", addr("Diego Fanjul", "diego.fanjul@aceroscantabrico.es")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "diego.fanjul@aceroscantabrico.es"),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista Alba Menéndez – Planificación de Bobinas (Aceros del Cantábrico) @ "
                        "lun 19 oct 2026 12:00 - 13:00 (CEST) (alba.menendez@example.org)")),
        ("Date", date("2026-10-14 18:11:02", MAD)),
        ("Message-ID", "<calendar-7d1f0e3a-5b2c-4e8d-9a61-0c3f4b5e6d71@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                 calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(n(9), family="personio", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-26 09:30", MAD), contact="irene.fernandez@metalurgicapravia.es",
           company="Metalúrgica de Pravia",
           local="Mon 2026-10-26 09:30", zone=MAD,
           note="Personio invitation sent Thu 22 Oct (CEST) for Mon 26 Oct 'a las 9:30' in Pravia: Spain is back on "
                "CET from Sun 25 Oct, so 08:30Z (not 07:30Z). The ICS is an all-day event (VALUE=DATE 20261026), the "
                "time is only in the text; 'aproximadamente una hora' -> end null. Sender and Reply-To are Personio "
                "no-reply; contact = the recruiter's address in the signature.")
def p09():
    body = t("""
        Hola Alba,

        ¡Gracias por tu candidatura a Técnico/a de Planificación de Producción y Expediciones!

        Nos gustaría conocerte en persona. Te esperamos el lunes 26 de octubre a las 9:30 en nuestras
        instalaciones:

            Metalúrgica de Pravia
            Polígono Industrial de Santianes, parcela 12
            33120 Pravia (Asturias)

        La entrevista durará aproximadamente una hora. Primero hablarás con Irene Fernández (Personas)
        y después con Óscar Riestra, responsable de planta, que te enseñará el almacén de producto
        terminado.

        Te adjuntamos un recordatorio para tu calendario. Para cualquier duda, escribe a Irene:
        irene.fernandez@metalurgicapravia.es

        Un saludo,
        Irene Fernández
        Personas · Metalúrgica de Pravia

        --
        Este mensaje se ha enviado a través de Personio. Por favor, no respondas a este correo.
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="iso-8859-15"></head>
        <body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#2b2b2b">
        <tr><td style="padding:24px">
        <p>Hola Alba,</p>
        <p>¡Gracias por tu candidatura a <b>Técnico/a de Planificación de Producción y Expediciones</b>!</p>
        <p>Nos gustaría conocerte en persona. Te esperamos el <b>lunes 26 de octubre a las 9:30</b> en nuestras instalaciones:</p>
        <p style="padding-left:16px">Metalúrgica de Pravia<br>Polígono Industrial de Santianes, parcela 12<br>33120 Pravia (Asturias)</p>
        <p>La entrevista durará aproximadamente una hora. Primero hablarás con Irene Fernández (Personas)
        y después con Óscar Riestra, responsable de planta, que te enseñará el almacén de producto terminado.</p>
        <p>Te adjuntamos un recordatorio para tu calendario. Para cualquier duda, escribe a Irene:
        <a href="mailto:irene.fernandez@metalurgicapravia.es">irene.fernandez@metalurgicapravia.es</a></p>
        <p>Un saludo,<br>Irene Fernández<br>Personas · Metalúrgica de Pravia</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#888">Este mensaje se ha enviado a través de Personio. Por favor, no respondas a este correo.</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:personio-recruiting-event-88120437@personio.de
        DTSTAMP:20261022T103114Z
        DTSTART;VALUE=DATE:20261026
        DTEND;VALUE=DATE:20261027
        SUMMARY:Entrevista Metalúrgica de Pravia (9:30)
        LOCATION:Polígono Industrial de Santianes\\, parcela 12\\, Pravia
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("mail-out-3.personio.de", "52.57.110.23", "2026-10-22 12:31:16", MAD, "pe5Nn0t"),
        ("From", addr("Metalúrgica de Pravia", "no-reply@personio.de", charset="iso-8859-15")),
        ("Reply-To", "no-reply@personio.de"),
        ("To", to_me()),
        ("Subject", enc("Invitación a entrevista – Metalúrgica de Pravia", "utf-8")),
        ("Date", date("2026-10-22 12:31:14", MAD)),
        ("Message-ID", "<88120437.20261022103114.personio@personio.de>"),
    ], mixed(alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")),
             calendar(ics, method="PUBLISH", filename="entrevista.ics", disposition="attachment", cte="base64")))


@make.mail(n(10), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-05 16:00", MAD), end=utc("2026-11-05 16:30", MAD), contact=None,
           company="Ingeniería Norte Cántabro",
           local="Thu 2026-11-05 16:00", local_end="2026-11-05 16:30", zone=MAD,
           note="Teamtailor HTML-only (base64) mail, Santander company: 'jueves 5 de noviembre, 16:00 – 16:30 "
                "(CET)' -> 15:00Z-15:30Z. Reply-To is a Teamtailor reply relay, the recruiter signs with name only: "
                "no human address -> contact null.")
def p10():
    page = t("""
        <!doctype html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <title>Entrevista con Ingeniería Norte Cántabro</title></head>
        <body style="background-color:#f6f6f6;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:32px;border-radius:8px">
        <img src="https://assets.teamtailor-cdn.com/images/s3/teamtailor-production/logo-ingenorte.png" alt="Ingeniería Norte Cántabro" height="40">
        <h2 style="font-weight:600">¡Hola Alba!</h2>
        <p>Nos encantaría seguir conociéndote. Hemos reservado una videollamada para hablar sobre el puesto de
        <strong>Planner de Suministro de Acero (Santander / híbrido)</strong>.</p>
        <div style="background:#f0f4ff;padding:16px;border-radius:6px">
        <div>📅 <strong>jueves, 5 de noviembre de 2026</strong></div>
        <div>🕓 16:00 – 16:30 (CET)</div>
        <div>📍 Videollamada de Teamtailor – <a href="https://app.teamtailor.com/meetings/j/7Hq2mXa">Unirse</a></div>
        </div>
        <p>Estaremos Pablo Revuelta (responsable de Compras) y yo. Si te surge algo, contesta a este correo y lo vemos.</p>
        <p>¡Hasta pronto!<br>Nerea Gutiérrez<br>Talent Acquisition · Ingeniería Norte Cántabro</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Enviado con Teamtailor · <a href="https://ingenorte.teamtailor.com/connect">Política de privacidad</a></p>
        </div></body></html>
        """)
    return message([
        gmail_rcv("mail-190.teamtailor-mail.com", "159.135.228.190", "2026-10-30 11:02:51", MAD, "tt1Vb8k"),
        ("From", addr("Ingeniería Norte Cántabro", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+a1c9f3e27d@inbound.teamtailor-mail.com"),
        ("To", ME),
        ("Subject", enc("Tu entrevista con Ingeniería Norte Cántabro")),
        ("Date", date("2026-10-30 11:02:49", MAD)),
        ("Message-ID", "<6f2a1e9c8b7d4@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://ingenorte.teamtailor.com/unsubscribe/a1c9f3e27d>"),
    ], html(page, cte="base64"))


@make.mail(n(11), family="exchange_cancel", lang="es", interview=True, kind="cancelled",
           start=utc("2026-11-11 10:00", MAD), end=utc("2026-11-11 11:00", MAD),
           contact="carmen.solis@galvanizadoslaboral.es", company="Galvanizados Laboral",
           local="Wed 2026-11-11 10:00", local_end="2026-11-11 11:00", zone=MAD,
           note="Outlook cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'miércoles, 11 de noviembre de 2026 "
                "10:00-11:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París'; TZID 'Romance Standard Time' = "
                "Europe/Paris rules -> 09:00Z-10:00Z. No new time ('le propondremos nuevas fechas'). Contact = the "
                "human organizer.")
def p11():
    body = t("""
        Cuándo: miércoles, 11 de noviembre de 2026 10:00-11:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala Cantábrico, 1ª planta – C/ Marqués de San Esteban 7, Gijón

        *~*~*~*~*~*~*~*~*~*

        Buenos días, Alba:

        Lamentablemente tenemos que anular la entrevista técnica del miércoles: el director de la planta
        tiene que viajar a Sagunto esa semana. En cuanto tengamos su agenda le propondremos nuevas fechas.

        Disculpe las molestias.

        Carmen Solís
        Responsable de Selección – Galvanizados Laboral, S.L.
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE + \
        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Carmen Solís:mailto:carmen.solis@galvanizadoslaboral.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Alba Menéndez:mailto:alba.menendez@example.org
        DESCRIPTION;LANGUAGE=es-ES:Lamentablemente tenemos que anular la entrevista técnica del miércoles.\\n
        UID:040000008200E00074C5B7101A82E00800000000C4A9D1E06F66DC01000000000000000010000000E7
        SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista técnica – Planificador/a de Tráfico
        DTSTART;TZID=Romance Standard Time:20261111T100000
        DTEND;TZID=Romance Standard Time:20261111T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261109T075801Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-ES:Sala Cantábrico\\, 1ª planta
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1188213520
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.74",
                  "2026-11-09 08:58:05", MAD, "ms4Cn9z"),
        ("From", addr("Carmen Solís", "carmen.solis@galvanizadoslaboral.es")),
        ("To", to_me()),
        ("Subject", enc("Cancelada: Entrevista técnica – Planificador/a de Tráfico")),
        ("Thread-Topic", enc("Entrevista técnica – Planificador/a de Tráfico")),
        ("Thread-Index", "AdtyQ8kN3pQ0h1zRRb2tT1Zk+8x6Vw=="),
        ("Importance", "high"),
        ("Date", date("2026-11-09 08:58:01", MAD)),
        ("Message-ID", "<AM6PR05MB5890E2C4A1B3D5F7091A2B3C4D5E@AM6PR05MB5890.eurprd05.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ], alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">')),
           calendar(ics, method="CANCEL", cte="base64")))


@make.mail(n(12), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-12 14:00", "Europe/Warsaw"), end=utc("2026-11-12 15:00", "Europe/Warsaw"),
           contact="agnieszka.nowak@balticcoil.pl", company="Baltic Coil Logistics",
           local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone="Europe/Warsaw",
           note="SmartRecruiters confirmation, 'Thursday, November 12, 2026 at 2:00 PM (CET - Warsaw)', '60 minutes' "
                "-> 13:00Z-14:00Z (same wall clock as Gijón). Sender is SmartRecruiters no-reply; contact = "
                "the recruiter's address in the body.")
def p12():
    body = t("""
        Dear Alba,

        Thank you for confirming your availability. Your interview for the position of
        Remote Steel Flow Planner (Iberia) is now confirmed.

          Date:      Thursday, November 12, 2026
          Time:      2:00 PM (CET - Warsaw)
          Duration:  60 minutes
          Format:    Video interview (Microsoft Teams - the link will be in the calendar invite)
          Panel:     Agnieszka Nowak (Recruiter), Tomasz Wiśniewski (Head of Planning)

        Should you need to reach us, please contact Agnieszka Nowak at agnieszka.nowak@balticcoil.pl.

        We look forward to speaking with you!

        Kind regards,
        Baltic Coil Logistics Recruitment Team

        ---
        This email was sent via SmartRecruiters on behalf of Baltic Coil Logistics.
        Manage your communication preferences: https://jobs.smartrecruiters.com/privacy
        """)
    return message([
        gmail_rcv("mail12.smartrecruiters.com", "54.240.3.12", "2026-11-06 10:44:20", "Europe/Warsaw", "sr6Qq4h"),
        ("From", "Baltic Coil Logistics <noreply@smartrecruiters.com>"),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Interview Confirmation - Remote Steel Flow Planner (Iberia)"),
        ("Date", date("2026-11-06 10:44:18", "Europe/Warsaw")),
        ("Message-ID", "<010201a3f7c2b9e1-2c7d5f60-1e8b-4a3c-9f0d-6b2e8a4c1d77-000000@eu-west-1.amazonses.com>"),
        ("X-SES-Outgoing", "2026.11.06-54.240.3.12"),
    ], alt(text(body), html(gmail_html(body), cte="base64")))


@make.mail(n(13), family="human_prose", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-18 11:00", MAD), contact="ramon.garcia@estibadoracimadevilla.es",
           company="Estibadora Cimadevilla",
           local="Wed 2026-11-18 11:00", zone=MAD,
           note="Usted-register mail sent Tue 17 Nov 08:52: 'mañana a media mañana, sobre las 11' -> Wed 18 Nov "
                "11:00 CET = 10:00Z; 'sobre' makes the start approximate but it is the only time given (start "
                "11:00, end null). iso-8859-1 quoted-printable. Contact = human sender.")
def p13():
    body = t("""
        Buenos días, Sra. Menéndez:

        Tal como le adelanté ayer por teléfono, el Sr. Valle puede recibirla mañana a media mañana, sobre las 11,
        en nuestras oficinas de la terminal (Muelle de La Osa, edificio de control, 1ª planta). Le ruego que
        traiga el DNI para el acceso al recinto portuario; en la garita ya tendrán su nombre.

        La entrevista será con el Sr. Valle (Jefe de Explotación) y conmigo.

        Quedo a su disposición para cualquier consulta.

        Atentamente,

        Ramón García Llaneza
        Dpto. de Recursos Humanos
        Estibadora Cimadevilla, S.A.
        Tfno. 985 00 00 00
        """)
    return message([
        gmail_rcv("correo.estibadoracimadevilla.es", "213.0.87.45", "2026-11-17 08:52:09", MAD, "ec2Ma7p"),
        ("From", addr("Ramón García Llaneza", "ramon.garcia@estibadoracimadevilla.es", charset="iso-8859-1")),
        ("To", addr("Alba Menéndez", ME, charset="iso-8859-1")),
        ("Subject", enc("Entrevista - puesto de Planificador/a de Operaciones", "iso-8859-1")),
        ("Date", date("2026-11-17 08:52:06", MAD)),
        ("Message-ID", "<000601dd5a2b$7c1e9f40$74dcddc0$@estibadoracimadevilla.es>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQH0a1Z2b3Y4c5d6e7f8g9h0"),
    ], text(body, charset="iso-8859-1"))


@make.mail(n(14), family="workable", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-11-26 12:30", MAD), contact="laura.pando@bilbologistika.eus",
           company="Bilbo Logistika",
           local="Thu 2026-11-26 12:30", zone=MAD,
           note="Workable reschedule: old 'martes 24 de noviembre a las 9:00', new 'jueves 26 de noviembre a las "
                "12:30' (Bilbao, CET) -> 11:30Z; no length. Reply-To is a Workable relay (+ address), so contact "
                "= the recruiter's own address in the signature.")
def p14():
    body = t("""
        Hola Alba,

        Te escribimos porque hemos tenido que cambiar la hora de tu entrevista para el puesto de
        Planificadora de Transporte Terrestre (Bilbao).

        Antes: martes 24 de noviembre a las 9:00
        Ahora: jueves 26 de noviembre a las 12:30

        La entrevista sigue siendo presencial en nuestras oficinas de Zorrotzaurre (Ribera de Deusto 70, Bilbao).
        Si la nueva hora no te encaja, respóndenos y buscamos otra.

        Perdona el cambio,

        Laura Pando
        People & Talent · Bilbo Logistika
        laura.pando@bilbologistika.eus
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hola Alba,</p>
        <p>Te escribimos porque hemos tenido que cambiar la hora de tu entrevista para el puesto de
        <b>Planificadora de Transporte Terrestre (Bilbao)</b>.</p>
        <p><s>Antes: martes 24 de noviembre a las 9:00</s><br>
        <b>Ahora: jueves 26 de noviembre a las 12:30</b></p>
        <p>La entrevista sigue siendo presencial en nuestras oficinas de Zorrotzaurre (Ribera de Deusto 70, Bilbao).
        Si la nueva hora no te encaja, respóndenos y buscamos otra.</p>
        <p>Perdona el cambio,</p>
        <p>Laura Pando<br>People &amp; Talent · Bilbo Logistika<br>
        <a href="mailto:laura.pando@bilbologistika.eus">laura.pando@bilbologistika.eus</a></p>
        <p style="font-size:11px;color:#9a9a9a">Powered by Workable</p>
        </body></html>
        """)
    return message([
        gmail_rcv("mail-2.workablemail.com", "198.21.5.130", "2026-11-20 13:17:45", MAD, "wk3Hf5s"),
        ("From", "Bilbo Logistika <noreply@candidates.workablemail.com>"),
        ("Reply-To", "bilbo-logistika+c7e21f0a93@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", enc("Cambio de hora: tu entrevista con Bilbo Logistika")),
        ("Date", date("2026-11-20 13:17:42", MAD)),
        ("Message-ID", "<c7e21f0a93.5f1d.4b8e@candidates.workablemail.com>"),
    ], alt(text(body), html(page)))


@make.mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-03 10:00", "America/New_York"), end=utc("2026-11-03 10:45", "America/New_York"),
           contact="kbrennan@ironbridgesc.com", company="Ironbridge Supply Chain",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
           note="US recruiter, mail sent Fri 30 Oct in EDT; interview 'Tuesday, November 3 at 10:00 AM Eastern' is "
                "after the US falls back (1 Nov) so EST = UTC-5 -> 15:00Z (the mail's '4:00 PM in Spain' agrees: "
                "Spain is CET by then). 'a 45-minute conversation' -> end 15:45Z. Contact = human sender.")
def p15():
    body = t("""
        Hi Alba,

        Great news - Dana would like to meet you! I've set up a 45-minute conversation for Tuesday, November 3
        at 10:00 AM Eastern (4:00 PM in Spain, if my math is right now that our clocks change on Sunday).

        Dana runs our European metals desk and will mostly want to hear about how you plan coil and plate
        shipments out of Asturias. Zoom details below.

        Best,
        Kevin

        Kevin Brennan | Senior Recruiter
        Ironbridge Supply Chain | Pittsburgh, PA
        kbrennan@ironbridgesc.com

        ----
        Kevin Brennan is inviting you to a scheduled Zoom meeting.

        Topic: Alba Menendez <> Dana Kowalski (Ironbridge)
        Time: Nov 3, 2026 10:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://ironbridgesc.zoom.us/j/93027718461?pwd=aXJvbmJyaWRnZTIwMjY

        Meeting ID: 930 2771 8461
        Passcode: 552190
        """)
    return message([
        gmail_rcv("mail-pj1-f54.google.com", "209.85.216.54", "2026-10-30 13:26:40", "America/New_York", "gm9Kz1r"),
        ("From", addr("Kevin Brennan", "kbrennan@ironbridgesc.com")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Interview with Dana - Tue Nov 3"),
        ("Date", date("2026-10-30 13:26:37", "America/New_York")),
        ("Message-ID", "<CAJ7p0bN+Qr4v9yTzX1mW2kL3hG5fD6sA8eR0tY=uI@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(16), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-23 13:30", "Europe/Oslo"), end=utc("2026-11-23 14:15", "Europe/Oslo"),
           contact="ingrid.solberg@fjordline.no", company="Fjordline Analytics",
           local="Mon 2026-11-23 13:30", local_end="2026-11-23 14:15", zone="Europe/Oslo",
           note="Ashby confirmation for a remote Oslo team: 'Monday, November 23, 1:30 PM - 2:15 PM CET' -> "
                "12:30Z-13:15Z; ICS TZID Europe/Oslo agrees. Contact = human Reply-To (also ORGANIZER).")
def p16():
    body = t("""
        Hi Alba,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, November 23, 2026, 1:30 PM - 2:15 PM CET
        Google Meet: https://meet.google.com/fjo-rdli-nea

        You'll meet with:
          Henrik Aas - Lead, Supply Planning
          Ingrid Solberg - Recruiter

        Questions? Just reply and it will reach Ingrid Solberg.

        Thanks,
        Fjordline Analytics Recruiting
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:REQUEST\n" + VTZ_OSLO + "\n" + t("""
        BEGIN:VEVENT
        UID:1b7e4c90-3f2a-4d8e-a1c5-9e0b7d6f2a13
        DTSTAMP:20261118T092233Z
        DTSTART;TZID=Europe/Oslo:20261123T133000
        DTEND;TZID=Europe/Oslo:20261123T141500
        SEQUENCE:0
        SUMMARY:Fjordline Analytics – Supply Planner (Remote) Interview
        LOCATION:https://meet.google.com/fjo-rdli-nea
        ORGANIZER;CN=Ingrid Solberg:mailto:ingrid.solberg@fjordline.no
        ATTENDEE;CN=Alba Menéndez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alba.menendez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("mail.ashbyhq.com", "108.233.221.103", "2026-11-18 10:22:35", "Europe/Oslo", "ab2Yt6u"),
        ("From", "Fjordline Analytics <no-reply@ashbyhq.com>"),
        ("Reply-To", addr("Ingrid Solberg", "ingrid.solberg@fjordline.no")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Interview confirmed: Supply Planner (Remote) at Fjordline Analytics"),
        ("Date", date("2026-11-18 10:22:33", "Europe/Oslo")),
        ("Message-ID", "<010001a3e2c4d5f6-9b8a7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(n(17), family="human_prose", lang="es", interview=True, kind="cancelled",
           start=utc("2026-11-27 13:00", MAD), contact="susana.rguez@tuperllanera.es",
           company="Tubos y Perfiles de Llanera",
           local="Fri 2026-11-27 13:00", zone=MAD,
           note="Cancellation in prose, windows-1252 8bit: 'la entrevista del viernes 27 a las 13:00' is cancelled "
                "because the job was filled internally; no new time. CET -> 12:00Z. Contact = human sender.")
def p17():
    body = t("""
        Hola Alba:

        Siento mucho tener que escribirte esto, pero tenemos que cancelar la entrevista del viernes 27 a las 13:00.
        Esta misma mañana dirección ha decidido cubrir el puesto de planificación con una persona de la planta
        de Lugo que pidió el traslado, así que el proceso se cierra aquí.

        Me quedo con tu CV para lo que pueda salir en 2027 (¡que seguro que sale algo en expediciones!).

        Gracias por tu tiempo y perdona las molestias.

        Un abrazo,
        Susana Rodríguez
        RR.HH. – Tubos y Perfiles de Llanera
        """)
    return message([
        gmail_rcv("mail.tuperllanera.es", "79.148.220.14", "2026-11-25 17:10:33", MAD, "tp8Ss2l"),
        ("From", addr("Susana Rodríguez", "susana.rguez@tuperllanera.es", charset="windows-1252")),
        ("To", "alba.menendez@example.org"),
        ("Subject", enc("Entrevista del viernes – cancelación", "windows-1252")),
        ("Date", date("2026-11-25 17:10:30", MAD)),
        ("Message-ID", "<5E3B1C2D.7F8A9B0C@tuperllanera.es>"),
        ("X-Mailer", "Microsoft Outlook 15.0"),
    ], text(body, charset="windows-1252", cte="8bit"))


@make.mail(n(18), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-01 15:00", "Europe/London"), end=utc("2026-12-01 16:00", "Europe/London"),
           contact="priya.shah@meridianrail.co.uk", company="Meridian Rail Freight",
           local="Tue 2026-12-01 15:00", local_end="2026-12-01 16:00", zone="Europe/London",
           note="GoodTime 'interview rescheduled': previous Mon 30 Nov 11:00 GMT struck out, new 'Tuesday, "
                "December 1, 2026, 3:00 PM - 4:00 PM GMT' -> 15:00Z-16:00Z (London = UTC in December); ICS "
                "SEQUENCE 1 agrees. Sender is GoodTime; contact = coordinator address in the body.")
def p18():
    body = t("""
        Hi Alba,

        Your interview with Meridian Rail Freight has been rescheduled.

        NEW TIME
        Tuesday, December 1, 2026, 3:00 PM - 4:00 PM GMT

        PREVIOUS TIME (cancelled)
        Monday, November 30, 2026, 11:00 AM - 12:00 PM GMT

        Position: Intermodal Planning Analyst (Remote, Spain)
        Location: Microsoft Teams (link in the calendar invitation)
        Interviewers: Callum Reid, Bethany Moss

        If you have any questions, please contact your coordinator, Priya Shah (priya.shah@meridianrail.co.uk).

        This message was sent by GoodTime on behalf of Meridian Rail Freight.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Scheduler//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-5c2b7a1e-04d9-4b3e-8f61-2d7a9c0e1b54@goodtime.io
        SEQUENCE:1
        DTSTAMP:20261126T141209Z
        DTSTART:20261201T150000Z
        DTEND:20261201T160000Z
        SUMMARY:Interview: Alba Menéndez - Intermodal Planning Analyst (Meridian Rail Freight)
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Meridian Rail Freight Scheduling:mailto:scheduling@goodtime.io
        ATTENDEE;CN=Alba Menéndez;RSVP=TRUE:mailto:alba.menendez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("o7.mail.goodtime.io", "167.89.55.7", "2026-11-26 14:12:11", "Europe/London", "gt1Uv9x"),
        ("From", "Meridian Rail Freight <scheduling@goodtime.io>"),
        ("To", ME),
        ("Subject", "Rescheduled: Interview with Meridian Rail Freight"),
        ("Date", date("2026-11-26 14:12:09", "Europe/London")),
        ("Message-ID", "<gt.5c2b7a1e04d94b3e.1@goodtime.io>"),
    ], mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@make.mail(n(19), family="exchange_teams", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-02 08:00", "Pacific/Auckland"), end=utc("2026-12-02 09:00", "Pacific/Auckland"),
           contact="aroha.ngata@kauribulk.co.nz", company="Kauri Bulk Shipping",
           local="Wed 2026-12-02 08:00", local_end="2026-12-02 09:00", zone="Pacific/Auckland",
           note="Teams invite from Auckland: 'Wednesday 2 December, 8:00-9:00 am NZDT' = Tue 1 Dec 19:00Z-20:00Z "
                "(NZDT = UTC+13), which the mail also gives as 'Tuesday 1 December, 8:00 pm in Spain'; the local "
                "date is the day after the UTC date. TZID 'New Zealand Standard Time'. Contact = human organizer.")
def p19():
    body = t("""
        Kia ora Alba,

        Thanks for being flexible with the time difference! Confirming your interview for the Charter
        Operations Planner (Europe desk, remote) role:

        Wednesday 2 December, 8:00-9:00 am NZDT
        (that's Tuesday 1 December, 8:00 pm in Spain)

        You'll meet Mereana Walker (Chartering Manager) and me. The Teams link is below.

        Ngā mihi,
        Aroha Ngata
        People & Culture | Kauri Bulk Shipping
        Level 9, 120 Albert Street, Auckland 1010

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQxNTc3>
        Meeting ID: 452 981 330 275
        Passcode: 8fQp3S
        ________________________________________________________________________________
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_NZ + \
        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kauribulk.co.nz
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=alba.menendez@example.org:mailto:alba.menendez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mereana Walker:mailto:mereana.walker@kauribulk.co.nz
        DESCRIPTION;LANGUAGE=en-NZ:Interview - Charter Operations Planner (Europe desk)\\n
        UID:040000008200E00074C5B7101A82E0080000000070F2B1C4A16CDC01000000000000000010000000A4
        SUMMARY;LANGUAGE=en-NZ:Interview: Alba Menéndez / Kauri Bulk Shipping
        DTSTART;TZID=New Zealand Standard Time:20261202T080000
        DTEND;TZID=New Zealand Standard Time:20261202T090000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261126T023015Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-NZ:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:aroha.ngata@kauribulk.co.nz\\;gruu\\;opaque=app:conf:focus:id:7XK2QW
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("AUS01-SY4-obe.outbound.protection.outlook.com", "40.107.107.63",
                  "2026-11-26 15:30:18", "Pacific/Auckland", "ms6Nz0k"),
        ("From", addr("Aroha Ngata", "aroha.ngata@kauribulk.co.nz")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Interview: Alba Menendez / Kauri Bulk Shipping"),
        ("Date", date("2026-11-26 15:30:15", "Pacific/Auckland")),
        ("Message-ID", "<SY4P282MB3710C8E1A2B3D4F5A6B7C8D9E0F1@SY4P282MB3710.AUSP282.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-NZ"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@make.mail(n(20), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start=utc("2026-12-03 09:00", MAD), end=utc("2026-12-03 09:45", MAD), contact=None,
           company="Grúas y Transportes Llanera",
           local="Thu 2026-12-03 09:00", local_end="2026-12-03 09:45", zone=MAD,
           note="Microsoft Bookings confirmation in Spanish: 'jueves, 3 de diciembre de 2026 9:00 - 9:45 (UTC+01:00) "
                "Bruselas, Copenhague, Madrid, París' -> 08:00Z-08:45Z; ICS 'Romance Standard Time' agrees. Sent "
                "from the Bookings mailbox, staff named without an address -> contact null.")
def p20():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body dir="ltr" style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
        <div style="font-size:20px;color:#0078d4">Su reserva se ha confirmado</div>
        <p>Hola Alba Menéndez:</p>
        <p>Gracias por reservar con <b>Grúas y Transportes Llanera - Selección</b>.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px 4px 0;color:#666">Servicio</td><td>Entrevista presencial – Jefe/a de Tráfico</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Fecha y hora</td><td>jueves, 3 de diciembre de 2026 9:00 - 9:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Personal</td><td>Maite Álvarez</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#666">Ubicación</td><td>Polígono de Silvota, calle Peña Salón 3, Llanera</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/SeleccionGTL@gruasllanera.onmicrosoft.com/bookings/">Administrar reserva</a></p>
        <p style="color:#666;font-size:12px">Con tecnología de Microsoft Bookings</p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE + \
        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Grúas y Transportes Llanera - Selección:mailto:SeleccionGTL@gruasllanera.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alba Menéndez:mailto:alba.menendez@example.org
        UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B56FDC01000000000000000010000000B2
        SUMMARY;LANGUAGE=es-ES:Entrevista presencial – Jefe/a de Tráfico
        DTSTART;TZID=Romance Standard Time:20261203T090000
        DTEND;TZID=Romance Standard Time:20261203T094500
        DTSTAMP:20261127T115540Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Polígono de Silvota\\, calle Peña Salón 3\\, Llanera
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.6.118", "2026-11-27 12:55:44", MAD,
                  "ms1Bk7q"),
        ("From", addr("Grúas y Transportes Llanera - Selección", "SeleccionGTL@gruasllanera.onmicrosoft.com")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", enc("Reserva confirmada: Entrevista presencial – Jefe/a de Tráfico con Grúas y Transportes "
                        "Llanera - Selección")),
        ("Date", date("2026-11-27 12:55:41", MAD)),
        ("Message-ID", "<VI1PR02MB6043F0A1B2C3D4E5F6A7B8C9D0E1@VI1PR02MB6043.eurprd02.prod.outlook.com>"),
    ], alt(html(page, cte="base64"), calendar(ics, cte="base64")))


@make.mail(n(21), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-12-07 15:00", "Europe/Lisbon"), contact="rita.magalhaes@logisticadouro.pt",
           company="Logística Douro",
           local="Mon 2026-12-07 15:00", zone="Europe/Lisbon",
           note="Porto employer (Spanish with Portuguese touches) moves the second interview from 'viernes 4/12 a "
                "las 10:00' to 'lunes 7/12 a las 15:00 hora de Lisboa (16:00 en Gijón)'; Lisbon WET = UTC in "
                "December -> 15:00Z. Same thread as the September Teams invite. Contact = human sender.")
def p21():
    body = t("""
        Olá Alba,

        Le escribo por la segunda entrevista (la presencial en Porto con el Eng. Teixeira). Al final él tiene
        que estar en Leixões el viernes 4/12 por la mañana, así que no podemos mantener las 10:00.

        ¿Le parece bien si la pasamos al lunes 7/12 a las 15:00 hora de Lisboa (16:00 en Gijón)? Como me dijo que
        los lunes por la tarde no tenía problema, ya lo dejo así reservado; si no le conviene, dígamelo y lo
        cambiamos. El lugar es el mismo: Rua do Freixo 1071, 3º andar.

        Los gastos de desplazamiento corren de nuestra cuenta, como le comentamos.

        Com os melhores cumprimentos,

        Rita Magalhães
        Talent Acquisition | Logística Douro, S.A.

        De: Rita Magalhães <rita.magalhaes@logisticadouro.pt>
        Enviado: 20 de noviembre de 2026 16:03
        Para: Alba Menéndez <alba.menendez@example.org>
        Asunto: Segunda entrevista – Coordinadora de Transporte Ibérico

        Estimada Alba, le confirmamos la segunda entrevista el viernes 4 de diciembre a las 10:00 (hora de
        Portugal) en nuestras oficinas de Porto.
        """)
    return message([
        gmail_rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.88",
                  "2026-12-01 11:05:20", "Europe/Lisbon", "ms5Dl3r"),
        ("From", addr("Rita Magalhães", "rita.magalhaes@logisticadouro.pt")),
        ("To", to_me()),
        ("Subject", enc("RE: Segunda entrevista – Coordinadora de Transporte Ibérico")),
        ("Date", date("2026-12-01 11:05:17", "Europe/Lisbon")),
        ("Message-ID", "<DB9PR03MB7321F5E6D7C8B9A0B1C2D3E4F5A6@DB9PR03MB7321.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", "<DB9PR03MB7321E4D3C2B1A0F9E8D7C6B5A4F3@DB9PR03MB7321.eurprd03.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ], text(body, cte="8bit"))


@make.mail(n(22), family="forward_self", lang="es", interview=True, kind="scheduled",
           start=utc("2026-12-09 10:00", MAD), contact="pelayo.arias@asoviedo.es",
           company="Almacenes Siderúrgicos de Oviedo",
           local="Wed 2026-12-09 10:00", zone=MAD,
           note="Alba forwards to her main inbox (from her example.net address) the recruiter's reply as an "
                "attached message/rfc822: quoted '¿te va bien el miércoles 9 a las 10?' / 'Sí, perfecto' and the "
                "close 'queda el mié 9 dic a las 10:00' -> 09:00Z (CET). Contact = the recruiter in the forwarded "
                "message, never the candidate.")
def p22():
    inner_body = t("""
        Genial Alba, pues queda el mié 9 dic a las 10:00 en nuestras oficinas de Oviedo (c/ Uría 52, 4º).
        Estaremos Covadonga Prieto (directora de operaciones) y yo. Cuenta con una horina más o menos.

        Cualquier cosa me dices.
        Pelayo

        --
        Pelayo Arias
        Selección · Almacenes Siderúrgicos de Oviedo
        pelayo.arias@asoviedo.es

        El jue, 3 dic 2026 a las 11:58, Alba Menéndez (<alba.menendez@example.org>) escribió:
        > Sí, perfecto, ahí estaré. ¡Gracias!
        >
        > El mié, 2 dic 2026 a las 17:20, Pelayo Arias (<pelayo.arias@asoviedo.es>) escribió:
        >> Hola Alba, ¿te va bien el miércoles 9 a las 10? Si no, también podríamos el jueves 10 por la tarde.
        """)
    inner = message([
        ("From", addr("Pelayo Arias", "pelayo.arias@asoviedo.es")),
        ("To", to_me()),
        ("Subject", "Re: Entrevista ASO"),
        ("Date", date("2026-12-03 12:40:05", MAD)),
        ("Message-ID", "<CAOp3xk7Yz1nT4mV8r2Q@mail.gmail.com>"),
    ], text(inner_body))
    outer = "para tenerlo también en este correo\n\n-- \nAlba\n"
    return message([
        gmail_rcv("mail-wm1-f44.example.net", "203.0.113.44", "2026-12-03 13:02:29", MAD, "fw7Ad1a"),
        ("From", addr(ME_NAME, "alba.menendez@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Re: Entrevista ASO"),
        ("Date", date("2026-12-03 13:02:27", MAD)),
        ("Message-ID", "<b3f1e9a0-7c2d-4e8f-a1b5-6d9c0e2f4a71@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, filename="Re_ Entrevista ASO.eml")))


@make.mail(n(23), family="icims", lang="en", interview=True, kind="cancelled",
           start=utc("2026-12-11 14:00", MAD), end=utc("2026-12-11 14:45", MAD),
           contact="mark.denholm@norviksteel.com", company="Norvik Steel Distribution",
           local="Fri 2026-12-11 14:00", local_end="2026-12-11 14:45", zone=MAD,
           note="iCIMS cancellation with ICS METHOD:CANCEL of 'Friday, December 11, 2026 2:00 PM - 2:45 PM (CET, "
                "Madrid)' -> 13:00Z-13:45Z; no new time ('Mark will be in touch'). Sender is the iCIMS relay; "
                "contact = the recruiter's address in the body.")
def p23():
    body = t("""
        Dear Alba,

        We regret to inform you that your interview for Requisition 2026-4471 - Supply Planner, Santander
        has been cancelled:

          Friday, December 11, 2026 2:00 PM - 2:45 PM (CET, Madrid)

        Your recruiter, Mark Denholm (mark.denholm@norviksteel.com), will be in touch with you regarding
        next steps.

        Thank you for your interest in Norvik Steel Distribution.

        Norvik Steel Distribution Talent Acquisition
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//iCIMS//Interview Scheduling//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:icims-int-2026-4471-88301@icims.com
        SEQUENCE:1
        DTSTAMP:20261208T094512Z
        DTSTART:20261211T130000Z
        DTEND:20261211T134500Z
        SUMMARY:Interview - Supply Planner\\, Santander (2026-4471)
        ORGANIZER;CN=Norvik Steel Distribution:mailto:norviksteel@talent.icims.com
        ATTENDEE;CN=Alba Menendez:mailto:alba.menendez@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("smtp3.icims.com", "63.117.5.23", "2026-12-08 10:45:14", MAD, "ic4Mm2c"),
        ("From", "Norvik Steel Distribution <norviksteel@talent.icims.com>"),
        ("To", ME),
        ("Subject", "Interview Cancelled - Supply Planner, Santander"),
        ("Date", date("2026-12-08 10:45:12", MAD)),
        ("Message-ID", "<1765187112.8830101.icims@talent.icims.com>"),
    ], mixed(text(body, cte="7bit"), calendar(ics, method="CANCEL", filename="cancel.ics",
                                              disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@make.mail(n(24), family="taleo_rejection", lang="es", interview=False, company="Siderúrgica Cantabria Ibérica",
           days=(("Tue", "2026-09-08"),),
           note="Taleo rejection after an interview that already happened ('la entrevista del pasado martes 8 de "
                "septiembre'): past interview, no new one.")
def n24():
    body = t("""
        Estimada Alba Menéndez:

        Le agradecemos sinceramente el tiempo dedicado al proceso de selección para el puesto de
        Planificador/a Logístico/a (Ref. 2600317) y la entrevista del pasado martes 8 de septiembre.

        Tras valorar detenidamente todas las candidaturas, lamentamos comunicarle que en esta ocasión hemos
        decidido continuar con otros perfiles que se ajustan más a las necesidades actuales del puesto.

        Conservaremos sus datos para futuros procesos, salvo que nos indique lo contrario.

        Le deseamos mucho éxito en su carrera profesional.

        Atentamente,
        Departamento de Selección
        Siderúrgica Cantabria Ibérica, S.A.

        Por favor, no responda a este mensaje: se ha enviado desde una dirección que no admite respuestas.
        """)
    return message([
        gmail_rcv("mail2.taleo.net", "160.34.14.22", "2026-09-14 16:40:02", MAD, "tl9Rj3q"),
        ("From", addr("Siderúrgica Cantabria Ibérica", "noreply@sci.taleo.net", charset="iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Su candidatura - Planificador/a Logístico/a (Ref. 2600317)", "iso-8859-1")),
        ("Date", date("2026-09-14 16:40:00", MAD)),
        ("Message-ID", "<1347823.1789396800000.JavaMail.taleo@tlprd-mail02>"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@make.mail(n(25), family="join_receipt", lang="es", interview=False, company="Grupo Cabo Peñas Logística",
           note="JOIN application receipt: mentions that an interview may follow, no time.")
def n25():
    body = t("""
        Hola Alba,

        ¡Gracias por tu candidatura! Hemos recibido correctamente tu solicitud para el puesto de
        Técnica de Planificación de Transporte en Grupo Cabo Peñas Logística (Gozón, Asturias).

        ¿Qué pasa ahora?
        1. El equipo revisará tu perfil en los próximos 10 días laborables.
        2. Si encajas, te escribiremos para acordar una primera entrevista telefónica.
        3. Después vendría una entrevista presencial con el responsable de tráfico.

        Puedes ver el estado de tu candidatura en cualquier momento en tu cuenta de JOIN.

        ¡Mucha suerte!
        Grupo Cabo Peñas Logística vía JOIN
        """)
    return message([
        gmail_rcv("mail.join.com", "185.110.9.41", "2026-09-08 21:14:55", MAD, "jn2Ee8w"),
        ("From", addr("Grupo Cabo Peñas Logística vía JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", enc("Hemos recibido tu candidatura – Técnica de Planificación de Transporte")),
        ("Date", date("2026-09-08 21:14:53", MAD)),
        ("Message-ID", "<app-5521803.receipt@join.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(26), family="job_alert", lang="es", interview=False, company=None,
           days=(("Mon", "2026-10-05"),),
           note="Job-alert digest from a job board: 'entrevista inmediata', 'incorporación el lunes 5 de octubre'; "
                "no interview for Alba.")
def n26():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef2f5">
        <table width="620" align="center" style="background:#fff;padding:20px">
        <tr><td><h2 style="color:#004b87">EmpleoNorte · 6 ofertas nuevas para «planificador logística Asturias»</h2></td></tr>
        <tr><td style="border-bottom:1px solid #ddd;padding:10px 0">
        <a href="https://www.empleonorte.example/oferta/88231"><b>Planificador/a de tráfico – turno de mañana</b></a><br>
        Operador logístico · Siero · 24.000 – 28.000 € · <span style="color:#c00">¡Entrevista inmediata!</span></td></tr>
        <tr><td style="border-bottom:1px solid #ddd;padding:10px 0">
        <a href="https://www.empleonorte.example/oferta/88240"><b>Técnico/a de expediciones acería</b></a><br>
        ETT · Avilés · Incorporación el lunes 5 de octubre</td></tr>
        <tr><td style="border-bottom:1px solid #ddd;padding:10px 0">
        <a href="https://www.empleonorte.example/oferta/88262"><b>Supply Chain Planner (inglés alto)</b></a><br>
        Multinacional · Santander / híbrido · Entrevistas por videollamada esta semana</td></tr>
        <tr><td style="border-bottom:1px solid #ddd;padding:10px 0">
        <a href="https://www.empleonorte.example/oferta/88270"><b>Jefe/a de almacén de bobinas</b></a><br>
        Sector metal · Gijón · Jornada completa</td></tr>
        <tr><td style="border-bottom:1px solid #ddd;padding:10px 0">
        <a href="https://www.empleonorte.example/oferta/88281"><b>Coordinador/a de transporte marítimo</b></a><br>
        Consignataria · Bilbao · Teletrabajo parcial</td></tr>
        <tr><td style="padding:10px 0">
        <a href="https://www.empleonorte.example/oferta/88299"><b>Analista de planificación S&amp;OP</b></a><br>
        Industria · Oviedo · Proceso rápido: 1 sola entrevista</td></tr>
        <tr><td style="font-size:11px;color:#777;padding-top:16px">Recibes esta alerta porque la creaste el 1/9/2026.
        <a href="https://www.empleonorte.example/alertas/baja?u=am81">Darse de baja</a></td></tr>
        </table></body></html>
        """)
    return message([
        gmail_rcv("mta3.empleonorte.example", "192.0.2.33", "2026-09-28 07:00:12", MAD, "en4Al1t"),
        ("From", "EmpleoNorte Alertas <alertas@empleonorte.example>"),
        ("To", ME),
        ("Subject", enc("6 ofertas nuevas: planificador logística Asturias")),
        ("Date", date("2026-09-28 07:00:10", MAD)),
        ("Message-ID", "<alert-am81-20260928@empleonorte.example>"),
        ("List-Unsubscribe", "<https://www.empleonorte.example/alertas/baja?u=am81>"),
        ("Precedence", "bulk"),
    ], html(page))


@make.mail(n(27), family="newsletter_blog", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Logistics blog newsletter: '7 preguntas de entrevista para planificadores', plus a webinar "
                "'jueves 15 de octubre a las 18:00'. About interviews, not an interview.")
def n27():
    body = t("""
        LOGÍSTICA CANTÁBRICA · Boletín nº 112

        ------------------------------
        En el blog esta semana:
        7 preguntas que te harán en una entrevista de planificador/a logístico/a (y cómo responderlas)

        «¿Cómo priorizas cuando el tren de bobinas llega con 6 horas de retraso?» Es una de las preguntas
        favoritas de los jefes de tráfico. Repasamos las siete más habituales, con ejemplos reales de
        entrevistas en acerías y operadores portuarios del norte.
        Leer el artículo: https://logisticacantabrica.example/blog/preguntas-entrevista-planificador

        ------------------------------
        Webinar gratuito: «La entrevista por competencias en logística»
        Jueves 15 de octubre a las 18:00 (hora peninsular), 45 minutos + preguntas.
        Inscripción: https://logisticacantabrica.example/webinar-entrevista

        ------------------------------
        Recibes este boletín porque te suscribiste en logisticacantabrica.example.
        Darte de baja: https://logisticacantabrica.example/baja
        """)
    return message([
        gmail_rcv("mail180.mailchimp-out.example", "198.51.100.180", "2026-10-06 08:30:40", MAD, "mc0Nw7b"),
        ("From", addr("Logística Cantábrica", "boletin@logisticacantabrica.example")),
        ("To", ME),
        ("Subject", enc("7 preguntas de entrevista para planificadores (y un webinar)")),
        ("Date", date("2026-10-06 08:30:38", MAD)),
        ("Message-ID", "<e1a9b3c7d2.112@logisticacantabrica.example>"),
        ("List-Id", "Boletin Logistica Cantabrica <boletin.logisticacantabrica.example>"),
        ("List-Unsubscribe", "<https://logisticacantabrica.example/baja>"),
        ("Precedence", "bulk"),
    ], alt(text(body, charset="iso-8859-15"), html(gmail_html(body), charset="iso-8859-15")))


@make.mail(n(28), family="softgarden_pick_slot", lang="es", interview=False, company="Forjados Urdaibai",
           days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27"), ("Wed", "2026-10-28")),
           note="softgarden self-scheduling: three proposed slots to choose from, nothing booked yet.")
def n28():
    body = t("""
        Hola Alba,

        Nos alegra invitarte a una entrevista para el puesto de Planificadora de Producción y Logística
        (Gernika-Lumo). Por favor, elige una de las siguientes fechas:

          - lunes, 26/10/2026, 10:00 - 11:00
          - martes, 27/10/2026, 12:00 - 13:00
          - miércoles, 28/10/2026, 16:30 - 17:30

        Reservar cita: https://forjados-urdaibai.softgarden.io/es/interview/slots/5c81ad20

        Las fechas se asignan por orden de reserva. Si ninguna te va bien, dínoslo respondiendo a este
        correo.

        Saludos cordiales,
        Ane Etxeberria
        Forjados Urdaibai
        """)
    return message([
        gmail_rcv("mail.softgarden.io", "185.11.252.9", "2026-10-21 11:30:25", MAD, "sg3Ff6p"),
        ("From", "Forjados Urdaibai <noreply@softgarden.io>"),
        ("Reply-To", "jobs-forjados-urdaibai@softgarden.io"),
        ("To", ME),
        ("Subject", enc("Invitación a entrevista: elige tu cita")),
        ("Date", date("2026-10-21 11:30:23", MAD)),
        ("Message-ID", "<sg.5c81ad20.1761039023@softgarden.io>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(29), family="recruiter_outreach", lang="es", interview=False, company="Talento Norte Consultores",
           note="Headhunter outreach asking for a 15-minute call 'esta semana o la que viene', no time fixed.")
def n29():
    body = t("""
        Hola Alba, ¿qué tal?

        Soy Íñigo, de Talento Norte. Estoy llevando la búsqueda de un/a Responsable de Planificación de
        Aprovisionamiento para una acería del País Vasco y tu perfil (SAP, planificación de bobinas,
        coordinación con puerto) encaja muy bien.

        ¿Tendrías 15 minutos esta semana o la que viene para una llamada rápida? Dime qué franja te va mejor
        y te llamo, o si lo prefieres reserva directamente aquí: https://calendly.com/inigo-talentonorte/15min

        Un saludo,
        Íñigo Zubiaurre
        Senior Consultant · Talento Norte Consultores
        """)
    return message([
        gmail_rcv("mail-lf1-f48.google.com", "209.85.167.48", "2026-10-29 10:03:01", MAD, "gm2Io5z"),
        ("From", addr("Íñigo Zubiaurre", "izubiaurre@talentonorte.es")),
        ("To", ME),
        ("Subject", enc("Oportunidad: Responsable de Planificación – acería País Vasco")),
        ("Date", date("2026-10-29 10:02:58", MAD)),
        ("Message-ID", "<CAN0rT3q9x+VhZ2mK7w@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(30), family="proposed_times", lang="en", interview=False, company="Rotterdam Steel Hub",
           days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
           note="Recruiter proposes two possible slots ('would Tuesday 20 Oct at 10:00 or Wednesday 21 at 15:00 CET "
                "work?'); nothing confirmed yet.")
def n30():
    body = t("""
        Hi Alba,

        Thanks for sending over your CV - our Operations Director, Pieter, would love to have a first chat
        about the Iberian Planning Lead role.

        Would Tuesday 20 Oct at 10:00 or Wednesday 21 Oct at 15:00 (CET, so same as Gijon) work for you? It
        would be a 30-minute video call. Once you confirm, I'll send over a calendar invite.

        Kind regards,
        Femke Janssen
        Recruitment | Rotterdam Steel Hub B.V.
        """)
    return message([
        gmail_rcv("mail-eu1.rotterdamsteelhub.nl", "192.0.2.71", "2026-10-14 15:22:10", "Europe/Amsterdam", "rs1Pt8v"),
        ("From", addr("Femke Janssen", "f.janssen@rotterdamsteelhub.nl")),
        ("To", ME),
        ("Subject", "Iberian Planning Lead - first call?"),
        ("Date", date("2026-10-14 15:22:07", "Europe/Amsterdam")),
        ("Message-ID", "<4f1c2a9e-88b3-4d71-a0e5-7c9d1b2e3f46@rotterdamsteelhub.nl>"),
    ], text(body, cte="7bit"))


@make.mail(n(31), family="job_centre_appointment", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Public employment office: 'entrevista con su orientadora laboral' with a fixed time (martes 6/10 a "
                "las 9:15). Fixed time, called an interview, but not a job interview.")
def n31():
    body = t("""
        SERVICIO PÚBLICO DE EMPLEO - OFICINA DE EMPLEO GIJÓN-CENTRO

        Cita previa confirmada

        Sra. ALBA MENÉNDEZ:

        Se le ha asignado la siguiente cita para una entrevista de orientación laboral con su técnica de
        empleo (Dña. Pilar Cuesta):

          Día: martes 6/10/2026
          Hora: 9:15
          Lugar: Oficina de Empleo Gijón-Centro, c/ Ejemplo 12, planta baja, mesa 4

        Deberá aportar su DNI/NIE y el documento de demanda de empleo (DARDE). La no comparecencia sin causa
        justificada puede suponer la baja en la demanda de empleo.

        Este es un mensaje automático. No responda a este correo.
        """)
    return message([
        gmail_rcv("smtp.empleo-publico.example", "192.0.2.90", "2026-09-30 12:01:44", MAD, "sp6Cc2e"),
        ("From", addr("Oficina de Empleo - Cita previa", "no-responder@empleo-publico.example")),
        ("To", ME),
        ("Subject", enc("Cita previa confirmada – Entrevista de orientación laboral")),
        ("Date", date("2026-09-30 12:01:42", MAD)),
        ("Message-ID", "<cp-20260930-0093311@empleo-publico.example>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(n(32), family="press_interview", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Journalist confirms an interview WITH Alba for a feature on women in port logistics, 'el jueves 22 "
                "a las 17:00' - a press interview, not a job interview.")
def n32():
    body = t("""
        Hola Alba!

        Mil gracias por aceptar. Te confirmo la entrevista para el reportaje de «Mujeres que mueven el puerto»:
        el jueves 22 a las 17:00 en el Café Dindurra (al lado del teatro). Iré con Xuan, el fotógrafo, que
        querría hacerte un par de fotos luego en el Muelle si no llueve (que lloverá).

        Serán unos 40 minutos de charla, muy tranquila. Te mando antes las preguntas por si quieres echarles
        un ojo.

        Un beso,
        Noelia Piñera
        Redacción Gijón · El Diario del Cantábrico
        """)
    return message([
        gmail_rcv("mail-ej1-f52.google.com", "209.85.218.52", "2026-10-16 13:47:22", MAD, "gm4Pn0p"),
        ("From", addr("Noelia Piñera", "npinera@diariocantabrico.example")),
        ("To", ME),
        ("Subject", enc("Re: Reportaje mujeres y logística portuaria")),
        ("Date", date("2026-10-16 13:47:19", MAD)),
        ("Message-ID", "<CAM9p1Nn4qR7s+Lx8w@mail.gmail.com>"),
        ("In-Reply-To", "<CAF8d2kT55q1@mail.example.org>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(n(33), family="podcast_calendly", lang="en", interview=False, company=None,
           days=(("Fri", "2026-11-06"),),
           note="Calendly confirmation for a podcast recording where Alba is the guest ('Steel & Sea podcast - guest "
                "interview', Friday 6 Nov 17:00 CET): confirmed time, Calendly layout, but not a job interview.")
def n33():
    body = t("""
        Hi Alba Menéndez,

        A new event has been scheduled.

        Event Type:
        Steel & Sea podcast - guest interview (recording, 60 min)

        Invitee:
        Alba Menéndez

        Event Date/Time:
        17:00 - 18:00, Friday, 6 November 2026 (Central European Time)

        Location:
        Riverside.fm studio link: https://riverside.fm/studio/steel-and-sea

        Questions:
        What would you like to talk about? Women in steel logistics, the port of Gijón, rail vs. truck.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/91b2e7d0-6a4c-4f10-8e3d-2c5b7a9f1e08
        Reschedule: https://calendly.com/reschedulings/91b2e7d0-6a4c-4f10-8e3d-2c5b7a9f1e08

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Calendly//Calendly//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261106T160000Z
        DTEND:20261106T170000Z
        DTSTAMP:20261102T101507Z
        ORGANIZER;CN=Gareth Price:mailto:gareth@steelandsea.fm
        UID:91b2e7d0-6a4c-4f10-8e3d-2c5b7a9f1e08@calendly.com
        ATTENDEE;CN=Alba Menéndez;PARTSTAT=ACCEPTED:mailto:alba.menendez@example.org
        SUMMARY:Steel & Sea podcast - guest interview (recording\\, 60 min)
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("o1.email.calendly.com", "149.72.144.9", "2026-11-02 11:15:09", MAD, "cl2Pd4c"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Gareth Price", "gareth@steelandsea.fm")),
        ("To", ME),
        ("Subject", "New Event: Alba Menendez - 17:00 Fri, 6 Nov 2026 - Steel & Sea podcast - guest interview"),
        ("Date", date("2026-11-02 11:15:07", MAD)),
        ("Message-ID", "<0100019b1d2e3f40-6a7b8c9d-0e1f-4a2b-3c4d-5e6f7a8b9c0d-000000@email.calendly.com>"),
    ], mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(n(34), family="admission_interview", lang="es", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Business-school Executive MBA admission interview with ICS (martes 10 nov, 18:00-18:30): a fixed "
                "'entrevista', but for a study programme, not a job.")
def n34():
    body = t("""
        Estimada Alba:

        Gracias por completar su solicitud de admisión al Executive MBA (promoción 2027) de la Escuela de
        Negocios del Cantábrico.

        Le confirmamos su entrevista personal de admisión con el Comité Académico:

          Martes, 10 de noviembre de 2026, de 18:00 a 18:30
          Campus de Oviedo, edificio B, sala de juntas (o por Zoom, si nos lo indica con 48 h de antelación)

        En la entrevista repasaremos su trayectoria profesional y sus motivaciones para cursar el programa.
        Adjuntamos convocatoria para su calendario.

        Atentamente,
        Oficina de Admisiones
        Escuela de Negocios del Cantábrico
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Escuela de Negocios del Cantabrico//Admisiones//ES\nVERSION:2.0\n" \
        "METHOD:REQUEST\n" + VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:adm-emba27-0412@enc.example
        DTSTAMP:20261103T090522Z
        DTSTART;TZID=Europe/Madrid:20261110T180000
        DTEND;TZID=Europe/Madrid:20261110T183000
        SUMMARY:Entrevista de admisión Executive MBA – Alba Menéndez
        LOCATION:Campus de Oviedo\\, edificio B\\, sala de juntas
        ORGANIZER;CN=Admisiones ENC:mailto:admisiones@enc.example
        ATTENDEE;CN=Alba Menéndez;RSVP=TRUE:mailto:alba.menendez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("mail.enc.example", "192.0.2.120", "2026-11-03 10:05:26", MAD, "en1Ad9m"),
        ("From", addr("Admisiones ENC", "admisiones@enc.example")),
        ("To", to_me()),
        ("Subject", enc("Convocatoria: entrevista de admisión – Executive MBA 2027")),
        ("Date", date("2026-11-03 10:05:24", MAD)),
        ("Message-ID", "<20261103090524.4412@enc.example>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, filename="entrevista-admision.ics", disposition="attachment", cte="base64")))


@make.mail(n(35), family="sports_tryout", lang="es", interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="Rugby club try-out ('prueba de nivel', sábado 12 a las 10:30): fixed time, not a job interview.")
def n35():
    body = t("""
        ¡Hola Alba!

        Genial que te animes. Te confirmo la prueba de nivel para el equipo sénior femenino: sábado 12 a las
        10:30 en el campo de Las Mestas (vestuario 3). Trae botas de tacos, protector bucal y agua. Si tienes
        licencia de otro club nos lo dices para tramitar el cambio.

        Después del entreno solemos tomar algo en la sidrería de al lado, ¡estás invitada!

        Marina
        Delegada · Xixón Rugby Club Femenino
        """)
    return message([
        gmail_rcv("mail-wr1-f43.google.com", "209.85.221.43", "2026-09-07 22:18:51", MAD, "gm7Rg3t"),
        ("From", addr("Xixón Rugby Femenino", "femenino.xixonrugby@example.com")),
        ("To", ME),
        ("Subject", enc("Prueba de nivel - sábado")),
        ("Date", date("2026-09-07 22:18:49", MAD)),
        ("Message-ID", "<CAH2xR7w3m+Qb9kV@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@make.mail(n(36), family="car_service", lang="es", interview=False, company=None,
           days=(("Mon", "2026-11-16"),),
           note="Workshop booking: winter-tyre change 'lunes 16/11 a las 8:30', HTML only. Fixed time, no interview.")
def n36():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <table width="600" style="border:1px solid #ccc"><tr><td style="background:#d32f2f;color:#fff;padding:10px">
        <b>TALLERES ROCES · Cita confirmada</b></td></tr>
        <tr><td style="padding:14px">
        <p>Hola Alba,</p>
        <p>Te confirmamos tu cita en nuestro taller de Roces (Gijón):</p>
        <ul>
        <li><b>Servicio:</b> Cambio a neumáticos de invierno (4 uds., guardamos los de verano) + revisión de frenos</li>
        <li><b>Vehículo:</b> Seat León ST · 1234 KLM</li>
        <li><b>Fecha:</b> lunes 16/11/2026</li>
        <li><b>Hora de entrega:</b> 8:30</li>
        <li><b>Recogida estimada:</b> a partir de las 13:00</li>
        </ul>
        <p>Si no puedes venir, avísanos al 985 000 111 o respondiendo a este email.</p>
        <p>Un saludo,<br>Talleres Roces</p>
        </td></tr></table></body></html>
        """)
    return message([
        gmail_rcv("smtp.talleresroces.example", "192.0.2.144", "2026-11-12 17:40:05", MAD, "tr0Cs1a"),
        ("From", addr("Talleres Roces", "citas@talleresroces.example")),
        ("To", ME),
        ("Subject", enc("Cita confirmada – cambio de neumáticos lunes 16/11 8:30")),
        ("Date", date("2026-11-12 17:40:03", MAD)),
        ("Message-ID", "<cita-88213-20261112@talleresroces.example>"),
    ], html(page, charset="iso-8859-1"))


@make.mail(n(37), family="passport_appointment", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Passport renewal appointment confirmation (jueves 08/10/2026, 09:40): personal appointment.")
def n37():
    body = t("""
        CITA PREVIA - EXPEDICIÓN DE DNI Y PASAPORTE

        Datos de la cita:
          Trámite:        Renovación de pasaporte
          Oficina:        Gijón - El Natahoyo (Equipo de documentación)
          Fecha:          jueves 08/10/2026
          Hora:           09:40
          Localizador:    GJ7K2QX

        Recuerde traer: DNI en vigor, pasaporte anterior, una fotografía reciente en color y justificante
        del pago de la tasa.

        Puede anular la cita en el portal de cita previa con su localizador.
        """)
    return message([
        gmail_rcv("mail.citaprevia-documentos.example", "192.0.2.201", "2026-10-02 19:12:41", MAD, "cp3Ps8p"),
        ("From", "Cita Previa Documentos <no-responder@citaprevia-documentos.example>"),
        ("To", ME),
        ("Subject", "Confirmacion de cita previa - Localizador GJ7K2QX"),
        ("Date", date("2026-10-02 19:12:39", MAD)),
        ("Message-ID", "<GJ7K2QX.20261002171239@citaprevia-documentos.example>"),
    ], text(body, charset="iso-8859-15"))


@make.mail(n(38), family="mock_interview_coach", lang="es", interview=False, company=None,
           days=(("Tue", "2026-11-03"),),
           note="Career coach confirms a paid mock-interview session ('simulacro de entrevista', martes 3 nov a las "
                "19:00, 60 min, Google Meet): interview preparation, not a job interview.")
def n38():
    body = t("""
        Hola Alba,

        ¡Qué bien que repitas! Te confirmo la sesión de simulacro de entrevista:

        martes 3 de noviembre, a las 19:00 (1 hora) por Google Meet: https://meet.google.com/nur-coac-hxx

        Haremos la entrevista como si yo fuera la directora de operaciones de la naviera de Bilbao, con
        preguntas por competencias y alguna en inglés. Al final repasamos juntas qué mejorar.
        La factura te la mando después de la sesión.

        Un abrazo,
        Nuria Llavona
        Coach de carrera · nuriallavona.example
        """)
    return message([
        gmail_rcv("mail-qt1-f177.google.com", "209.85.160.177", "2026-10-29 20:31:16", MAD, "gm8Nl6v"),
        ("From", addr("Nuria Llavona", "nuria@nuriallavona.example")),
        ("To", ME),
        ("Subject", "Simulacro de entrevista - martes 3/11"),
        ("Date", date("2026-10-29 20:31:14", MAD)),
        ("Message-ID", "<CAPm3Nx9zK2+Lw7Qr@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(39), family="forwarded_other_person", lang="en", interview=False, company=None,
           days=(("Thu", "2026-10-29"),),
           note="A friend forwards HIS OWN interview confirmation (Thursday, October 29 at 11:00 AM CET) asking Alba "
                "for tips: a confirmed interview, but not hers.")
def n39():
    body = t("""
        Alba!! Look what I got :) You know these people from your time at the port, right? Any tips? What do
        they ask? I'm a bit nervous, haven't done an interview in English since uni.

        Beer on me on Saturday.
        Javi

        ---------- Forwarded message ---------
        From: Harbourline Terminals <no-reply@us.greenhouse-mail.io>
        Date: Mon, Oct 26, 2026 at 9:02 AM
        Subject: Interview confirmation - Warehouse Supervisor
        To: <javier.tuero@example.com>

        Hi Javier,

        Thanks for your interest in Harbourline Terminals! This email confirms your interview:

        Thursday, October 29 at 11:00 AM CET (45 minutes)
        Location: Video call - a link will be sent separately
        Interviewer: Sophie Marchetti, Terminal Operations Manager

        Best regards,
        Harbourline Terminals Recruiting
        """)
    return message([
        gmail_rcv("mail-ot1-f50.google.com", "209.85.210.50", "2026-10-26 19:44:08", MAD, "gm1Jt3f"),
        ("From", addr("Javier Tuero", "javier.tuero@example.com")),
        ("To", ME),
        ("Subject", "Fwd: Interview confirmation - Warehouse Supervisor"),
        ("Date", date("2026-10-26 19:44:06", MAD)),
        ("Message-ID", "<CAB4jT7q2Wz+Xy1mN@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@make.mail(n(40), family="interviewer_invite_current_job", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Outlook meeting request from HR at Alba's CURRENT employer asking her to sit on the panel interviewing "
                "a candidate (Thu 19 Nov 12:00-13:00, Romance Standard Time ICS). She is the interviewer, not the "
                "candidate.")
def n40():
    body = t("""
        Cuándo: jueves, 19 de noviembre de 2026 12:00-13:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala de reuniones Expediciones (edificio oficinas, 2ª planta)

        *~*~*~*~*~*~*~*~*~*

        Hola Alba,

        Como hablamos, te incluyo en la entrevista del candidato para Técnico de Expediciones (Daniel Rubio).
        Tú harías la parte técnica (planificación de cargas y SAP). Te adjunto su CV en el siguiente correo.

        Gracias!
        Olaya
        RR.HH. · Laminados Veriña
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE + \
        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Olaya Castro:mailto:olaya.castro@laminadosverina.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alba Menéndez:mailto:alba.menendez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Rubio:mailto:daniel.rubio@example.net
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010000000C3
        SUMMARY;LANGUAGE=es-ES:Entrevista candidato Técnico de Expediciones – Daniel Rubio
        DTSTART;TZID=Romance Standard Time:20261119T120000
        DTEND;TZID=Romance Standard Time:20261119T130000
        DTSTAMP:20261116T081944Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala de reuniones Expediciones
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.13.55", "2026-11-16 09:19:48", MAD,
                  "ms9Lv2r"),
        ("From", addr("Olaya Castro", "olaya.castro@laminadosverina.example")),
        ("To", to_me()),
        ("Subject", enc("Entrevista candidato Técnico de Expediciones – Daniel Rubio")),
        ("Date", date("2026-11-16 09:19:44", MAD)),
        ("Message-ID", "<HE1PR01MB4410A1B2C3D4E5F6A7B8C9D0E1F2@HE1PR01MB4410.eurprd01.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ], alt(text(body), calendar(ics, cte="base64")))


@make.mail(n(41), family="offer", lang="en", interview=False, company="Northway Freight",
           days=(("Mon", "2026-10-05"),),
           note="Offer after the September Lever interview: start date Monday 4 January 2027, asks for an answer "
                "by Monday 5 October. Same company/thread as the Lever confirmation; no interview time.")
def n41():
    body = t("""
        Hi Alba,

        It was a pleasure getting to know you over the last few weeks. I'm delighted to let you know that we'd
        like to offer you the position of Inbound Planner (Remote, EU) at Northway Freight!

        Please find the offer letter attached. In short:
          - Start date: Monday 4 January 2027
          - Contract: permanent, full-time, remote from Spain via our employer-of-record partner
          - Salary: EUR 41,000 gross per year + 8% bonus

        We'd appreciate your answer by Monday 5 October. Happy to jump on a call if you have any questions -
        just let me know.

        Warm regards,
        Joost Vermeulen
        Talent Acquisition Lead, Northway Freight
        """)
    return message([
        gmail_rcv("mail-ua1-f65.google.com", "209.85.222.65", "2026-09-30 16:10:33", "Europe/Amsterdam", "gm3Jv5o"),
        ("From", addr("Joost Vermeulen", "joost.vermeulen@northwayfreight.nl")),
        ("To", addr(ME_NAME, ME)),
        ("Subject", "Offer of employment - Inbound Planner (Remote, EU)"),
        ("Date", date("2026-09-30 16:10:31", "Europe/Amsterdam")),
        ("Message-ID", "<CAK9vJ2p4Xn+Tq8wR@mail.gmail.com>"),
    ], mixed(text(body, cte="7bit"),
             make.Part([("Content-Type", 'application/pdf; name="Offer_Alba_Menendez.pdf"'),
                        ("Content-Disposition", 'attachment; filename="Offer_Alba_Menendez.pdf"'),
                        ("Content-Transfer-Encoding", "base64")],
                       b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9S\r\n"
                       b"b290IDEgMCBSPj4KJSVFT0YK\r\n")))


@make.mail(n(42), family="auto_reply", lang="en", interview=False, company=None,
           days=(("Mon", "2026-10-26"),),
           note="Out-of-office auto-reply from the Stellar Metals recruiter to Alba's thank-you note, 'back on Monday "
                "26 October'; quotes the interview subject but confirms nothing.")
def n42():
    body = t("""
        Thank you for your email. I am on annual leave with limited access to email and will be back in the
        office on Monday 26 October.

        For anything urgent regarding an interview or offer, please contact talent@stellarmetals.co.uk.

        Kind regards,
        Helen Okafor
        Senior Talent Partner | Stellar Metals Trading Ltd
        """)
    return message([
        gmail_rcv("GBR01-LO4-obe.outbound.protection.outlook.com", "40.107.23.50",
                  "2026-10-20 18:02:13", "Europe/London", "ms3Oo1f"),
        ("From", addr("Helen Okafor", "h.okafor@stellarmetals.co.uk")),
        ("To", to_me()),
        ("Subject", "Automatic reply: Thank you - Freight Operations Planner interview"),
        ("Date", date("2026-10-20 18:02:11", "Europe/London")),
        ("Message-ID", "<LO4P265MB6120D9C8B7A6F5E4D3C2B1A0F9E8@LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAF8d2kZ8a0t@mail.example.org>"),
    ], text(body, cte="7bit"))


@make.mail(n(43), family="bounce", lang="en", interview=False, company=None,
           note="Delivery failure for Alba's own application mail to a mistyped address; the returned original says "
                "she is available for an interview 'cualquier mañana', no confirmed time.")
def n43():
    report = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <seleccion@transcantabrica.example>: host mx1.transcantabrica.example[192.0.2.17]
            said: 550 5.1.1 <seleccion@transcantabrica.example>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Bq7Xk1Zp9z3
        Arrival-Date: Wed,  9 Sep 2026 11:20:41 +0200 (CEST)

        Final-Recipient: rfc822; seleccion@transcantabrica.example
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.transcantabrica.example
        Diagnostic-Code: smtp; 550 5.1.1 <seleccion@transcantabrica.example>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    orig = message([
        ("From", addr(ME_NAME, ME)),
        ("To", "seleccion@transcantabrica.example"),
        ("Subject", "Candidatura - Planificadora de rutas (Ref. TC-114)"),
        ("Date", date("2026-09-09 11:20:38", MAD)),
        ("Message-ID", "<CAF8d2kB0unce1@mail.example.org>"),
    ], text(t("""
        Buenos días:

        Adjunto mi CV para la oferta de Planificadora de rutas (Ref. TC-114). Tengo disponibilidad para una
        entrevista cualquier mañana de la semana que viene.

        Un saludo,
        Alba Menéndez
        """)))
    report_part = text(report, cte="7bit")
    status_part = make.raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status)
    return message([
        gmail_rcv("mx.example.org", "192.0.2.5", "2026-09-09 11:20:44", MAD, "pf9Bn0c", lag=0),
        ("From", "MAILER-DAEMON@mx.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-09 11:20:43", MAD)),
        ("Message-ID", "<20260909092043.5C1A2B3D4E@mx.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], make.multipart("report", report_part, status_part, attached_message(orig),
                      params="report-type=delivery-status"))


@make.mail(n(44), family="webinar", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Job-board webinar registration with ICS ('Supera la entrevista por competencias', jueves 19 nov "
                "18:00-19:00 CET): confirmed time, about interviews, not one.")
def n44():
    body = t("""
        ¡Hola Alba!

        Tu plaza está confirmada para el webinar gratuito:

        «Supera la entrevista por competencias: método STAR para perfiles de logística»
        Jueves, 19 de noviembre de 2026 · 18:00 – 19:00 (hora peninsular)
        Ponente: Lorena Blanco, Head of Talent en un operador logístico del norte

        Enlace de acceso (personal, no lo compartas):
        https://academy.empleonorte.example/webinar/star-logistica?t=am81x

        Te hemos adjuntado el evento para tu calendario. ¡Nos vemos!

        EmpleoNorte Academy
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//EmpleoNorte//Webinars//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-star-logistica-20261119@empleonorte.example
        DTSTAMP:20261113T120000Z
        DTSTART:20261119T170000Z
        DTEND:20261119T180000Z
        SUMMARY:Webinar: Supera la entrevista por competencias
        URL:https://academy.empleonorte.example/webinar/star-logistica
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("mta5.empleonorte.example", "192.0.2.35", "2026-11-13 13:00:04", MAD, "en7Wb2n"),
        ("From", "EmpleoNorte Academy <academy@empleonorte.example>"),
        ("To", ME),
        ("Subject", enc("Confirmada tu plaza: Supera la entrevista por competencias (jueves 19/11)")),
        ("Date", date("2026-11-13 13:00:02", MAD)),
        ("Message-ID", "<webinar-reg-am81x-20261113@empleonorte.example>"),
        ("Precedence", "bulk"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@make.mail(n(45), family="mailing_list", lang="es", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Mailing-list thread of logistics professionals comparing notes on interviews at Bilbo Logistika "
                "('a mí me entrevistaron el martes 24 a las 9:00'): someone else's past interview.")
def n45():
    body = t("""
        El 23/11/2026 a las 21:14, Borja Medio escribió:
        > ¿Alguien ha hecho entrevista en Bilbo Logistika para lo de planificación terrestre? ¿Qué tal?

        Yo sí, me entrevistaron hoy martes 24 a las 9:00 en Zorrotzaurre. Muy majos: una parte técnica con
        un caso de rutas (camiones de bobina a Burgos y Valladolid) y luego charla con RR. HH. Duró una hora
        larga. Piden inglés pero no lo comprobaron.

        Suerte a quien vaya!
        Carlos

        _______________________________________________
        logistica-asturias mailing list
        logistica-asturias@listas.example.net
        https://listas.example.net/mailman/listinfo/logistica-asturias
        """)
    return message([
        gmail_rcv("listas.example.net", "198.51.100.25", "2026-11-24 17:35:52", MAD, "ml4Lz7y"),
        ("From", addr("Carlos Fano", "cfano@example.com")),
        ("Sender", "logistica-asturias <logistica-asturias-bounces@listas.example.net>"),
        ("To", "logistica-asturias@listas.example.net"),
        ("Subject", enc("Re: [logistica-asturias] ¿Entrevista en Bilbo Logistika?")),
        ("Date", date("2026-11-24 17:35:49", MAD)),
        ("Message-ID", "<5b9e2f1a-cc03-4d2e-9f71-0a8b3c4d5e6f@example.com>"),
        ("In-Reply-To", "<a0d3f7e2-11b4-49c8-8e2d-6f5a4b3c2d1e@example.com>"),
        ("List-Id", "Profesionales de la logistica en Asturias <logistica-asturias.listas.example.net>"),
        ("List-Post", "<mailto:logistica-asturias@listas.example.net>"),
        ("Precedence", "list"),
    ], text(body, cte="8bit"))


@make.mail(n(46), family="medical_appointment", lang="es", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Chiropractic clinic: first visit 'martes 10/11 a las 17:30' (with 'entrevista inicial' wording for "
                "the clinical history): a fixed personal appointment.")
def n46():
    body = t("""
        Hola Alba,

        Te recordamos tu PRIMERA VISITA en Clínica Quiropráctica Xixón:

          martes 10/11 a las 17:30
          C/ Ejemplo 21, bajo, Gijón

        La primera visita dura unos 45 minutos e incluye una entrevista inicial sobre tu historial, una
        valoración postural y, si procede, el primer ajuste. Trae ropa cómoda y, si las tienes, radiografías
        o informes recientes.

        Para cambiar o anular la cita, contesta a este mensaje o llámanos al 985 000 222.

        Clínica Quiropráctica Xixón
        """)
    return message([
        gmail_rcv("smtp.quiroxixon.example", "192.0.2.160", "2026-11-05 10:12:30", MAD, "qx2Cv5d"),
        ("From", addr("Clínica Quiropráctica Xixón", "citas@quiroxixon.example")),
        ("To", ME),
        ("Subject", enc("Tu primera visita: martes 10/11, 17:30")),
        ("Date", date("2026-11-05 10:12:28", MAD)),
        ("Message-ID", "<rem-20261105-7712@quiroxixon.example>"),
    ], text(body, charset="iso-8859-1"))


@make.mail(n(47), family="flat_viewing", lang="es", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Estate agent confirms a flat viewing in Oviedo ('sábado 14 a las 12:00'): fixed time, no interview.")
def n47():
    body = t("""
        Buenas tardes Alba,

        Le confirmo la visita al piso de la calle Campoamor (3 hab., 4º con ascensor, 850 €/mes) el sábado 14
        a las 12:00. Quedamos en el portal. La propietaria pide nómina o contrato de trabajo y un mes de fianza;
        si está usted en proceso de cambio de empleo, podemos valorar un aval.

        Saludos,
        Rodrigo Menes
        PisosNorte Oviedo
        """)
    return message([
        gmail_rcv("mail.pisosnorte.example", "192.0.2.180", "2026-11-11 16:48:09", MAD, "pn6Vf1w"),
        ("From", addr("Rodrigo Menes - PisosNorte", "rodrigo@pisosnorte.example")),
        ("To", ME),
        ("Subject", "Visita piso c/ Campoamor"),
        ("Date", date("2026-11-11 16:48:07", MAD)),
        ("Message-ID", "<000a01dd5512$1c2d3e4f$5a6b7c8d$@pisosnorte.example>"),
    ], alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@make.mail(n(48), family="parent_teacher", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="School platform: tutoría (parent-teacher meeting) 'jueves 1 de octubre a las 17:00' with the class "
                "tutor: fixed appointment, not an interview.")
def n48():
    body = t("""
        Estimada familia de Leo Fernández Menéndez (3º B de Primaria):

        La tutora, Dña. Covadonga Alonso, le cita a una tutoría individual para comentar el inicio de curso:

          Fecha: jueves 1 de octubre
          Hora: 17:00
          Lugar: aula de 3º B (planta 1)

        Si no pudiera asistir, le rogamos que lo comunique a través de la plataforma para buscar otra fecha.

        Un saludo,
        CP Ejemplo de Gijón · Secretaría
        (Mensaje enviado desde la plataforma educativa. No responda a este correo.)
        """)
    return message([
        gmail_rcv("notificaciones.educa.example", "192.0.2.210", "2026-09-25 13:30:02", MAD, "ed5Tt3p"),
        ("From", addr("Plataforma educativa", "no-reply@notificaciones.educa.example")),
        ("To", ME),
        ("Subject", enc("Citación de tutoría – 3º B Primaria")),
        ("Date", date("2026-09-25 13:30:00", MAD)),
        ("Message-ID", "<tut-3b-55812@notificaciones.educa.example>"),
    ], html(gmail_html(body), cte="base64"))


@make.mail(n(49), family="union_meeting_current_job", lang="es", interview=False, company=None,
           days=(("Thu", "2026-12-10"),),
           note="Outlook meeting request at Alba's current employer with the union steward (comité de empresa) about "
                "Christmas shifts, Thu 10 Dec 14:30-15:00, Romance Standard Time ICS: work meeting, not an interview.")
def n49():
    body = t("""
        Cuándo: jueves, 10 de diciembre de 2026 14:30-15:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Local del comité (nave 2)

        *~*~*~*~*~*~*~*~*~*

        Buenas,

        Os convoco a los de planificación para hablar de los turnos de Navidad y del calendario 2027 antes
        de la reunión con dirección. Media hora, al acabar el turno de mañana.

        Fonsu
        Delegado sindical – Comité de empresa Laminados Veriña
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ROMANCE + \
        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Alfonso Cabal:mailto:alfonso.cabal@laminadosverina.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alba Menéndez:mailto:alba.menendez@example.org
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000D4
        SUMMARY;LANGUAGE=es-ES:Comité – turnos de Navidad planificación
        DTSTART;TZID=Romance Standard Time:20261210T143000
        DTEND;TZID=Romance Standard Time:20261210T150000
        DTSTAMP:20261204T101012Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Local del comité (nave 2)
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        gmail_rcv("EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.13.57", "2026-12-04 11:10:15", MAD,
                  "ms2Uc8n"),
        ("From", addr("Alfonso Cabal", "alfonso.cabal@laminadosverina.example")),
        ("To", to_me()),
        ("Subject", enc("Comité – turnos de Navidad planificación")),
        ("Date", date("2026-12-04 11:10:12", MAD)),
        ("Message-ID", "<HE1PR01MB4410B2C3D4E5F6A7B8C9D0E1F2A3@HE1PR01MB4410.eurprd01.prod.outlook.com>"),
    ], alt(text(body), calendar(ics, cte="base64")))


@make.mail(n(50), family="babysitter_interview", lang="es", interview=False, company=None,
           days=(("Sat", "2026-12-05"),),
           note="A babysitter candidate confirms she will come 'el sábado a las 11' for the interview Alba holds for "
                "her kids: Alba is the interviewer, not a job interview for her.")
def n50():
    body = t("""
        Hola Alba!! Perfecto, entonces el sábado a las 11 me paso por vuestra casa para la entrevista y así
        conozco a Leo y a Nora. Llevo las referencias de las dos familias con las que estuve en Oviedo y el
        certificado de delitos sexuales.

        Muchas gracias!!
        Lucía

        Enviado desde mi móvil Xiaomi
        """)
    return message([
        gmail_rcv("mail-pf1-f171.google.com", "209.85.210.171", "2026-12-02 21:55:40", MAD, "gm6Bs9k"),
        ("From", addr("Lucía Prendes", "luciaprendes99@example.com")),
        ("To", ME),
        ("Subject", "Re: Canguro tardes"),
        ("Date", date("2026-12-02 21:55:38", MAD)),
        ("Message-ID", "<CAL7pr9Ex2+Qm4Nw@mail.gmail.com>"),
        ("In-Reply-To", "<CAF8d2kCg8x1@mail.example.org>"),
    ], text(body, cte="8bit"))
