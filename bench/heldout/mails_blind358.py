"""blind358: a blind 50-mail set, the realistic inbox of Nerea Pascual (forestry technician / GIS, Soria).

Written on 2026-11-28 by a helper session (Claude, an AI assistant) without reading the detector,
its tests or any other held-out mails. One hand-written function per mail; make.py does the MIME.
Keys 1-23 are positives, 24-50 negatives; the file number of key k is ORDER[k - 1].
"""

from __future__ import annotations

import html as _html
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

SET = "blind358"
ORDER = random.Random(3580358).sample(range(1, 51), 50)

MAD = "Europe/Madrid"
LIS = "Europe/Lisbon"
DUB = "Europe/Dublin"
BUE = "America/Argentina/Buenos_Aires"
ME_ADDR = "nerea.pascual@example.org"
ME2_ADDR = "nereapascual@example.com"
ME = addr("Nerea Pascual", ME_ADDR)
ME2 = addr("Nerea Pascual", ME2_ADDR)


def name(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def pos(k: int, *, family: str, lang: str, company: str, note: str, kind: str, local: str, zone: str,
        contact: str | None, local_end: str | None = None):
    rest = local.split(" ", 1)[1]
    return make.mail(name(k), family=family, lang=lang, interview=True, company=company, note=note, kind=kind,
                     start=utc(rest, zone), end=utc(local_end, zone) if local_end else None, contact=contact,
                     local=local, local_end=local_end, zone=zone)


def neg(k: int, *, family: str, lang: str, company: str | None, note: str,
        days: tuple[tuple[str, str], ...] = ()):
    return make.mail(name(k), family=family, lang=lang, interview=False, company=company, note=note, days=days)


def heads(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME, rcv: str | None = None,
          extra: tuple[tuple[str, str], ...] = (), to_addr: str = ME_ADDR) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", received(rcv, when, zone, "mx2.example.org (Postfix) with ESMTPS id "
                                        + mid[1:11].replace("@", "X").replace(".", "Q"), to_addr)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def phtml(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


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

VTZ_BUE = """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_LISBON = """BEGIN:VTIMEZONE
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


def ti(s: str) -> str:
    """t() for ICS text: dedent, then expand the @VTZ_...@ placeholders (multi-line VTIMEZONE blocks)."""
    out = t(s)
    for key, val in (("@VTZ_MADRID@", VTZ_MADRID), ("@VTZ_ROMANCE@", VTZ_ROMANCE), ("@VTZ_BUE@", VTZ_BUE),
                     ("@VTZ_LISBON@", VTZ_LISBON)):
        out = out.replace(key, val)
    return out


# =========================================================================== positives


@pos(1, family="teamtailor", lang="es", company="Bosques del Duero", kind="scheduled",
     local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=MAD,
     contact="lucia.gallego@bosquesdelduero.es",
     note="Teamtailor confirmation (tú) 'martes 15 de septiembre, 10:00-10:45 (hora peninsular)' with ICS in "
          "Europe/Madrid; CEST so 08:00Z; contact = Reply-To recruiter")
def p01():
    body = t("""
        ¡Hola Nerea!

        Gracias por reservar tu entrevista para el puesto de Técnico/a Forestal SIG en Bosques del Duero.
        Aquí tienes los detalles:

        Fecha: martes, 15 de septiembre de 2026
        Hora: 10:00 - 10:45 (hora peninsular)
        Formato: videollamada por Google Meet
        Enlace: https://meet.google.com/pvd-kqsa-mfe
        Con quién: Lucía Gallego (Personas) y Rubén Alonso (Jefe de Ordenación de Montes)

        Te hemos adjuntado una invitación de calendario. Si necesitas cambiar algo, responde a este
        correo y lo vemos.

        ¡Nos vemos pronto!
        Lucía

        --
        Bosques del Duero S.L. · Calle Santiago 14, 47001 Valladolid
        Enviado con Teamtailor · Gestionar mis datos: https://bosquesdelduero.teamtailor.com/connect/privacy
        """)
    ics = ti("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTZ_MADRID@
        BEGIN:VEVENT
        UID:tt-interview-5830217@teamtailor.com
        DTSTAMP:20260909T092004Z
        DTSTART;TZID=Europe/Madrid:20260915T100000
        DTEND;TZID=Europe/Madrid:20260915T104500
        SUMMARY:Entrevista Nerea Pascual - Tecnico/a Forestal SIG (Bosques del Duero)
        LOCATION:https://meet.google.com/pvd-kqsa-mfe
        ORGANIZER;CN=Lucia Gallego:mailto:lucia.gallego@bosquesdelduero.es
        ATTENDEE;CN=Nerea Pascual;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:nerea.pascual@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Lucía Gallego · Bosques del Duero", "no-reply@bosquesdelduero.teamtailor-mail.com"),
               "Tu entrevista con Bosques del Duero está confirmada", "2026-09-09 11:20:04", MAD,
               "<01070197b5e1c2d8-6f0e3e61-b0c3-4b3a-9a07-2bd4d8f1a3e2-000000@eu-west-1.amazonses.com>",
               rcv="from a7-14.smtp-out.eu-west-1.amazonses.com (a7-14.smtp-out.eu-west-1.amazonses.com"
                   " [54.240.7.14])",
               extra=(("Reply-To", addr("Lucía Gallego", "lucia.gallego@bosquesdelduero.es")),))
    return message(hs, mixed(alt(text(body), html(phtml(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@pos(2, family="personio", lang="es", company="Silvanova Ingeniería", kind="scheduled",
     local="Thu 2026-09-24 12:30", local_end="2026-09-24 13:30", zone=MAD,
     contact="iechevarria@silvanova-ing.es",
     note="Personio invitation (usted), in person in Pamplona, 'jueves 24 de septiembre de 2026, de 12:30 a "
          "13:30'; CEST -> 10:30Z; noreply sender, Reply-To is the hiring manager")
def p02():
    body = t("""
        Estimada Sra. Pascual:

        Nos complace invitarle a una entrevista personal para la posición de Técnico/a de Proyectos
        Forestales y SIG (ref. SIL-2026-11).

        Fecha: jueves, 24 de septiembre de 2026
        Horario: de 12:30 a 13:30
        Lugar: Silvanova Ingeniería, Avda. de Zaragoza 58, 2.º, 31005 Pamplona
        Entrevistadores: Iñaki Echeverría (Director Técnico), Amaia Ros (RR. HH.)

        Le rogamos que traiga consigo una copia de su titulación y, si lo desea, algún ejemplo de
        cartografía realizada por usted.

        Para cualquier consulta puede responder directamente a este correo.

        Atentamente,
        El equipo de Selección de Silvanova Ingeniería

        Este mensaje ha sido enviado a través de Personio. Información sobre protección de datos:
        https://silvanova-ing.jobs.personio.de/privacy-policy
        """)
    hs = heads(addr("Silvanova Ingeniería", "noreply@personio.de"),
               "Invitación a entrevista: Técnico/a de Proyectos Forestales y SIG", "2026-09-18 09:05:41", MAD,
               "<20260918070541.1f9c3e2a7b@mail.personio.de>",
               rcv="from mail-out-12.personio.de (mail-out-12.personio.de [185.79.23.112])",
               extra=(("Reply-To", addr("Iñaki Echeverría", "iechevarria@silvanova-ing.es")),))
    return message(hs, alt(text(body), html(phtml(body))))


@pos(3, family="greenhouse", lang="en", company="Cairn Geospatial", kind="scheduled",
     local="Wed 2026-10-07 14:00", local_end="2026-10-07 14:45", zone=DUB,
     contact="aoife.brennan@cairngeo.ie",
     note="Greenhouse confirmation '2:00 pm - 2:45 pm Irish Standard Time (GMT+1)'; Dublin summer time "
          "-> 13:00Z ('IST' here is Irish, not India); contact = Reply-To coordinator")
def p03():
    body = t("""
        Hi Nerea,

        Thanks for getting back to us so quickly! Your interview for the Remote Sensing Analyst
        (Forestry) role at Cairn Geospatial is confirmed:

        Wednesday, October 7th 2026
        2:00 pm - 2:45 pm Irish Standard Time (GMT+1)

        Location: Google Meet - https://meet.google.com/cgs-wfxe-ptu
        Interviewers:
          Aoife Brennan - Talent Partner
          Seamus O'Riordain - Lead, Earth Observation

        This first conversation is about your background and a walk through one project you're proud
        of - no need to prepare slides.

        If anything changes on your side, just reply to this email.

        Best,
        Aoife

        Powered by Greenhouse
        """)
    hs = heads(addr("Cairn Geospatial", "no-reply@us.greenhouse-mail.io"),
               "Interview Confirmation: Remote Sensing Analyst (Forestry) - Cairn Geospatial",
               "2026-09-29 16:40:12", DUB, "<gh.5f3a1e0b9c.7741023@us.greenhouse-mail.io>",
               rcv="from o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.7])",
               extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@cairngeo.ie")),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(phtml(body))))


def _moncayo_ics(seq: int, start: str, end: str, stamp: str) -> str:
    return ti(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ_ROMANCE@
        BEGIN:VEVENT
        ORGANIZER;CN=Marta Sanz Lozano:mailto:msanz@ifmoncayo.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nerea Pascual:mailto:nerea.pascual@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Javier Gil Bartolomé:mailto:jgil@ifmoncayo.es
        DESCRIPTION;LANGUAGE=es-ES:Entrevista técnica para el puesto de Técnico/a SIG - Inventario forestal.\\n
        UID:040000008200E00074C5B7101A82E00800000000F0A1C4B57E5BDD01000000000000000010000000B1E2A3C4D5E6F708
        SUMMARY;LANGUAGE=es-ES:Entrevista – Técnico/a SIG (Nerea Pascual)
        DTSTART;TZID=Romance Standard Time:{start}
        DTEND;TZID=Romance Standard Time:{end}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:{stamp}
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:{seq}
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
        X-MICROSOFT-CDO-OWNERAPPTID:2118336471
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


TEAMS_ES = t("""
    ________________________________________________________________________________
    Reunión de Microsoft Teams
    Unirse desde el equipo, la aplicación móvil o el dispositivo de sala
    Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NjE2OGMtYjY0Ny00%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d>
    Id. de reunión: 384 219 775 602
    Código de acceso: 9gTq5W
    Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@pos(4, family="outlook_calendar", lang="es", company="Ingeniería Forestal Moncayo", kind="scheduled",
     local="Mon 2026-10-19 09:30", local_end="2026-10-19 10:30", zone=MAD,
     contact="msanz@ifmoncayo.es",
     note="Exchange meeting request, TZID 'Romance Standard Time' (Madrid), 09:30-10:30 on 19 Oct, still CEST "
          "-> 07:30Z; contact = human ORGANIZER who also sends it")
def p04():
    body = t("""
        Hola Nerea,

        Como hablamos por teléfono, te envío la convocatoria para la entrevista técnica. Estaremos
        Javier Gil (responsable de Inventario) y yo. Calcula una hora.

        Un saludo,
        Marta

        """) + TEAMS_ES
    hs = heads(addr("Marta Sanz Lozano", "msanz@ifmoncayo.es"), "Entrevista – Técnico/a SIG (Nerea Pascual)",
               "2026-10-13 10:12:37", MAD,
               "<DB9PR04MB8412C1E0A4B7F3D2E91C0A77D4A12@DB9PR04MB8412.eurprd04.prod.outlook.com>",
               rcv="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2107.outbound.protection"
                   ".outlook.com [40.107.20.107])",
               extra=(("Thread-Topic", enc("Entrevista – Técnico/a SIG (Nerea Pascual)")),
                      ("Thread-Index", "AdtbC4e1n0yZ7vJxRkq3lF0aX1b2cA=="),
                      ("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES"),
                      ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                      ("Content-class", "urn:content-classes:calendarmessage")))
    ics = _moncayo_ics(0, "20261019T093000", "20261019T103000", "20261013T081237Z")
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@pos(5, family="calendly", lang="es", company="Lumbre Analytics", kind="scheduled",
     local="Thu 2026-10-01 17:00", local_end="2026-10-01 17:30", zone=MAD,
     contact="tomas.rivera@lumbre.pt",
     note="Calendly invitee confirmation in Spanish, shown in the invitee's zone 'hora de verano de Europa "
          "central' 17:00-17:30 -> 15:00Z (16:00 in Lisbon, where the company is); contact = host's Reply-To")
def p05():
    body = t("""
        Hola, Nerea Pascual:

        Se ha programado un nuevo evento.

        Evento:
        Entrevista inicial (30 min) - Analista SIG / riesgo de incendios

        Anfitrión:
        Tomás Rivera

        Fecha y hora del evento:
        17:00 - 17:30, jueves, 1 de octubre de 2026 (hora de verano de Europa central)

        Ubicación:
        Esta es una reunión de Google Meet. El enlace se añadirá al evento del calendario.

        Zona horaria del invitado:
        Europe/Madrid

        Preguntas:
        ¿Algo que quieras que sepamos antes de la llamada?
        Trabajo actualmente con inventario forestal en Soria; me interesa mucho vuestro modelo de combustibles.

        Ver el evento en Calendly: https://calendly.com/events/9f1c2d7e-44ab-4f0e-bb0f-3f6a2c71e5d1

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/9f1c2d7e-44ab-4f0e-bb0f-3f6a2c71e5d1
        Reprogramar: https://calendly.com/reschedulings/9f1c2d7e-44ab-4f0e-bb0f-3f6a2c71e5d1

        Con tecnología de Calendly.com
        """)
    hs = heads(addr("Calendly", "notifications@calendly.com"),
               "Confirmado: Entrevista inicial (30 min) con Tomás Rivera el jueves, 1 de octubre de 2026",
               "2026-09-25 13:02:55", MAD, "<0100019a7c31e2f7-b8a1c9d0-3e4f-4a5b-8c6d-7e8f90a1b2c3-000000@email.calendly.com>",
               extra=(("Reply-To", addr("Tomás Rivera", "tomas.rivera@lumbre.pt")),))
    return message(hs, alt(text(body), html(phtml(body))))


@pos(6, family="workday", lang="en", company="Ardmore Forest Products", kind="scheduled",
     local="Tue 2026-11-10 11:00", local_end="2026-11-10 12:00", zone=DUB,
     contact="grainne.byrne@ardmorefp.ie",
     note="Workday interview notification, '11:00 - 12:00 GMT (Dublin)' on 10 Nov (winter, UTC+0) -> 11:00Z; "
          "ICS in UTC; contact = TA partner's address in the body")
def p06():
    body = t("""
        Dear Nerea,

        Thank you for your interest in the GIS Analyst - Forest Inventory position (R-2026-0418) at
        Ardmore Forest Products. Following your online assessment, we are delighted to invite you to
        interview.

        Interview details
        Date: Tuesday, 10 November 2026
        Time: 11:00 - 12:00 GMT (Dublin)
        Format: Video interview via Microsoft Teams (link in the attached calendar invitation)
        Panel: Ciarán Doyle (Inventory Manager), Gráinne Byrne (Talent Acquisition Partner)

        Should you need to make any changes, please contact Gráinne Byrne at grainne.byrne@ardmorefp.ie.

        You can also view the status of your application at any time in our Careers site:
        https://ardmorefp.wd3.myworkdayjobs.com/en-US/Careers/userHome

        Kind regards,
        Talent Acquisition Team
        Ardmore Forest Products DAC

        This email was sent from an unmonitored address. Please do not reply.
        Ardmore Forest Products DAC, registered in Ireland No. 548211. Registered office: 3 Harcourt Mews,
        Dublin 2, D02 X9K4.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workday Inc//Workday Recruiting//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:WD-INT-7f0e11c2a9b34d21@myworkday.com
        DTSTAMP:20261102T091422Z
        DTSTART:20261110T110000Z
        DTEND:20261110T120000Z
        SUMMARY:Interview - GIS Analyst - Forest Inventory - Ardmore Forest Products
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA1Mz
         Q0%40thread.v2/0
        ORGANIZER;CN=Ardmore Forest Products:mailto:ardmore@myworkday.com
        ATTENDEE;CN=Nerea Pascual;RSVP=TRUE:mailto:nerea.pascual@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Ardmore Forest Products", "ardmore@myworkday.com"),
               "Interview Invitation - GIS Analyst - Forest Inventory (R-2026-0418)", "2026-11-02 09:14:22", DUB,
               "<1894412217.66021.1793610862144@wd3-prod-mta-4.myworkday.com>",
               rcv="from wd3-prod-mta-4.myworkday.com (wd3-prod-mta-4.myworkday.com [199.87.220.34])")
    return message(hs, mixed(text(body, charset="utf-8", cte="quoted-printable"),
                             calendar(ics, ctype="application/ics", method=None, filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@pos(7, family="human_prose", lang="es", company="Pampa Verde Forestal", kind="scheduled",
     local="Thu 2026-10-22 10:00", zone=BUE, contact="jferreyra@pampaverde.com.ar",
     note="Argentine recruiter (vos) '22 de octubre a las 10 hs (hora Argentina)', UTC-3 -> 13:00Z; she also "
          "writes 15 h for Soria (CEST); 'una hora aprox.' so end null")
def p07():
    body = t("""
        Hola Nerea, ¿cómo estás?

        Te escribo para confirmarte la entrevista para la posición de Analista SIG - Plantaciones que
        vimos la semana pasada. Quedó agendada para el jueves 22 de octubre a las 10 hs (hora
        Argentina), que para vos en Soria serían las 15 h si no me equivoco con el cambio de horario.

        Vamos a estar Martín Iturralde (gerente técnico) y yo. Es una charla de una hora aprox., bastante
        informal: queremos conocer tu experiencia con inventario y teledetección, y contarte cómo
        trabajamos en los lotes de Misiones y Corrientes.

        Link de Meet: https://meet.google.com/bqa-zmrt-kwe

        Cualquier cosa me escribís por acá o por WhatsApp al +54 9 11 5873-2210.

        Saludos!

        Julieta Ferreyra
        Selección y Desarrollo | Pampa Verde Forestal S.A.
        Av. Leandro N. Alem 1134, piso 7 - C1001AAT CABA, Argentina
        """)
    hs = heads(addr("Julieta Ferreyra", "jferreyra@pampaverde.com.ar"),
               "Entrevista Pampa Verde - jueves 22/10", "2026-10-16 17:48:09", BUE,
               "<CAJ7t0mW3xq_9bVrkQ5pZ1cH8eNf+D4y2LgU@mail.gmail.com>",
               rcv="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(8, family="google_calendar", lang="es", company="Pampa Verde Forestal", kind="scheduled",
     local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=BUE,
     contact="martin.iturralde@pampaverde.com.ar",
     note="Google Calendar invitation (Spanish UI), 'mar 3 nov 2026 11:00 - 12:00 (hora de Argentina)', "
          "TZID America/Argentina/Buenos_Aires -> 14:00Z; second round after the proposal mail; contact = organizer")
def p08():
    body = t("""
        Has recibido una invitación para el siguiente evento.

        Entrevista técnica SIG - Nerea Pascual
        martes, 3 de noviembre de 2026 · 11:00 – 12:00
        Zona horaria: Hora de Argentina - Buenos Aires

        Información para unirse a Google Meet
        Enlace de la videollamada: https://meet.google.com/hfe-uwpa-nro
        O marca el: (AR) +54 11 3986-4170 PIN: 618 442 097#

        Descripción:
        Segunda instancia. Caso práctico: clasificación de rodales con Sentinel-2 (30 min) + preguntas.
        Traé tu pantalla lista para compartir 🙂

        Organizador
        Martín Iturralde
        martin.iturralde@pampaverde.com.ar

        Invitados
        Martín Iturralde - organizador
        Julieta Ferreyra
        nerea.pascual@example.org

        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NWtxM2

        ¿Asistirás? Sí - Quizás - No   Más opciones: https://calendar.google.com/calendar/event?action=RESPOND

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo porque eres un invitado del evento. Para dejar de recibir actualizaciones de
        este evento, rechaza la invitación.
        """)
    ics = ti("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        @VTZ_BUE@
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Buenos_Aires:20261103T110000
        DTEND;TZID=America/Argentina/Buenos_Aires:20261103T120000
        DTSTAMP:20261029T183512Z
        ORGANIZER;CN=Martín Iturralde:mailto:martin.iturralde@pampaverde.com.ar
        UID:5kq3v0h8d1m2s7ar9c4tbn6e1l@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Martín Iturralde;X-NUM-GUESTS=0:mailto:martin.iturralde@pampaverde.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julieta Ferreyra;X-NUM-GUESTS=0:mailto:jferreyra@pampaverde.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.pascual@example.org;X-NUM-GUESTS=0:mailto:nerea.pascual@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hfe-uwpa-nro
        CREATED:20261029T183510Z
        DESCRIPTION:Segunda instancia. Caso práctico: clasificación de rodales con Sentinel-2 (30 min) + preguntas.
        LAST-MODIFIED:20261029T183510Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica SIG - Nerea Pascual
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Martín Iturralde", "martin.iturralde@pampaverde.com.ar"),
               "Invitación: Entrevista técnica SIG - Nerea Pascual @ mar 3 nov 2026 11:00 - 12:00 (ART) "
               "(nerea.pascual@example.org)", "2026-10-29 15:35:12", BUE,
               "<calendar-7a1e0c55-2b9f-4e1d-a6c3-0f8b2d4e9a17@google.com>",
               rcv="from mail-pj1-f73.google.com (mail-pj1-f73.google.com [209.85.216.73])",
               extra=(("Reply-To", addr("Martín Iturralde", "martin.iturralde@pampaverde.com.ar")),
                      ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(phtml(body)), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@pos(9, family="smartrecruiters", lang="es", company="Atlântica Florestal", kind="scheduled",
     local="Wed 2026-10-28 10:00", local_end="2026-10-28 10:45", zone=LIS,
     contact="rita.carvalho@atlanticaflorestal.pt",
     note="SmartRecruiters (Spanish text) '10:00 hora de Portugal (11:00 hora de Madrid)' on 28 Oct, after the "
          "25 Oct change: Lisbon WET = UTC -> 10:00Z; mail sent in WEST; contact = Reply-To recruiter")
def p09():
    body = t("""
        Hola Nerea:

        ¡Gracias por tu interés en Atlântica Florestal! Nos alegra confirmarte tu entrevista para el
        puesto de Técnico/a de Ordenación Forestal (España - remoto).

        Cuándo: miércoles, 28 de octubre de 2026, de 10:00 a 10:45 (hora de Portugal continental)
        Es decir, de 11:00 a 11:45 en hora de Madrid.
        Dónde: Microsoft Teams (recibirás el enlace en un correo aparte)
        Con: Rita Carvalho (Talent Acquisition) y Duarte Neves (Diretor de Operações Ibéricas)

        La entrevista será en español; Duarte puede hacerte alguna pregunta en portugués, ¡sin presión!

        Si tienes cualquier duda, contesta a este correo.

        Um abraço,
        Rita Carvalho
        Atlântica Florestal, S.A. · Aveiro, Portugal

        ---
        Enviado a través de SmartRecruiters. Política de privacidad:
        https://jobs.smartrecruiters.com/AtlanticaFlorestal/privacy-policy
        """)
    hs = heads(addr("Atlântica Florestal", "noreply@smartrecruiters.com"),
               "Confirmación de entrevista - Técnico/a de Ordenación Forestal", "2026-10-22 15:27:50", LIS,
               "<sr.0f2b7c41.20261022142750.7719@smartrecruiters.com>",
               rcv="from mta-121.smartrecruiters.com (mta-121.smartrecruiters.com [54.93.118.121])",
               extra=(("Reply-To", addr("Rita Carvalho", "rita.carvalho@atlanticaflorestal.pt")),))
    return message(hs, html(phtml(body), cte="base64"))


@pos(10, family="workable", lang="es", company="Geodatos Navarra", kind="scheduled",
     local="Mon 2026-11-16 16:00", local_end="2026-11-16 17:00", zone=MAD,
     contact="eneko.goni@geodatosnavarra.es",
     note="Workable confirmation in Spanish, 'lunes 16 de noviembre, 16:00 - 17:00 CET' -> 15:00Z, ICS Europe/Madrid; "
          "Reply-To is a Workable relay, so contact = the hiring manager's address in the body")
def p10():
    body = t("""
        Hola Nerea,

        Tu entrevista con Geodatos Navarra está confirmada.

        Puesto: Analista GIS - Proyectos forestales
        Fecha: lunes, 16 de noviembre de 2026
        Hora: 16:00 - 17:00 CET (Madrid)
        Tipo: Videollamada (Zoom)
        Enlace: https://zoom.us/j/83120945577?pwd=Qk9aR2xNdE5Ba0xJ

        Entrevistador: Eneko Goñi, responsable del área forestal (eneko.goni@geodatosnavarra.es)

        Puedes responder a este correo si necesitas ponerte en contacto con nosotros.

        Un saludo,
        Geodatos Navarra

        --
        Este correo se ha enviado a través de Workable en nombre de Geodatos Navarra.
        """)
    ics = ti("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Events//EN
        METHOD:REQUEST
        @VTZ_MADRID@
        BEGIN:VEVENT
        UID:workable-event-4410928371@workable.com
        DTSTAMP:20261110T101533Z
        DTSTART;TZID=Europe/Madrid:20261116T160000
        DTEND;TZID=Europe/Madrid:20261116T170000
        SUMMARY:Entrevista: Nerea Pascual - Analista GIS - Proyectos forestales
        LOCATION:https://zoom.us/j/83120945577
        ORGANIZER;CN=Geodatos Navarra:mailto:geodatos-navarra+7f3c21a9@candidates.workablemail.com
        ATTENDEE;CN=Nerea Pascual;RSVP=TRUE:mailto:nerea.pascual@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Geodatos Navarra", "noreply@workablemail.com"),
               "Entrevista confirmada: Analista GIS - Proyectos forestales", "2026-11-10 11:15:33", MAD,
               "<20261110101533.a81f3.4410928371@workablemail.com>",
               rcv="from mail-a12.workablemail.com (mail-a12.workablemail.com [159.135.228.12])",
               extra=(("Reply-To", addr("Geodatos Navarra",
                                        "geodatos-navarra+7f3c21a9@candidates.workablemail.com")),))
    return message(hs, mixed(alt(text(body), html(phtml(body))),
                             calendar(ics, filename="invitacion.ics", disposition="attachment")))


@pos(11, family="recruitee", lang="es", company="Montado Analytics", kind="scheduled",
     local="Fri 2026-11-20 11:30", local_end="2026-11-20 12:15", zone=LIS,
     contact="sofia.mendes@montado-analytics.pt",
     note="Recruitee (Spanish) 'viernes 20 de noviembre, 11:30-12:15 (hora de Lisboa, WET)' -> 11:30Z "
          "(12:30 Madrid); contact = Reply-To recruiter")
def p11():
    body = t("""
        Hola Nerea,

        ¡Buenas noticias! Hemos reservado tu entrevista para la vacante "Especialista en teledetección -
        dehesa y montado".

        📅 viernes, 20 de noviembre de 2026
        🕦 11:30 - 12:15 (hora de Lisboa, WET) · 12:30 - 13:15 en España peninsular
        📍 Google Meet: https://meet.google.com/mnt-aqhd-vze

        Hablarás con Sofia Mendes (People) y con Gonçalo Pires (Head of Data).

        Si te surge cualquier imprevisto, respóndenos a este correo.

        Saludos cordiales,
        Sofia Mendes
        Montado Analytics, Lda. · Rua do Raimundo 41, 7000-661 Évora

        Powered by Recruitee · ¿No quieres recibir estos correos? Gestiona tus preferencias en
        https://montadoanalytics.recruitee.com/privacy
        """)
    hs = heads(addr("Montado Analytics", "no-reply@recruitee.com"),
               "Tu entrevista con Montado Analytics: viernes 20 de noviembre", "2026-11-13 14:41:06", LIS,
               "<6d1f0c2e9a4b.20261113144106@mail.recruitee.com>",
               rcv="from mail.recruitee.com (mail.recruitee.com [185.52.200.18])",
               extra=(("Reply-To", addr("Sofia Mendes", "sofia.mendes@montado-analytics.pt")),))
    return message(hs, alt(text(body, cte="base64"), html(phtml(body), cte="base64")))


@pos(12, family="ms_bookings", lang="es", company="Fundación Bosque Vivo Castilla y León", kind="scheduled",
     local="Thu 2026-11-26 10:00", local_end="2026-11-26 10:30", zone=MAD, contact=None,
     note="Microsoft Bookings from a shared booking mailbox, '(UTC+01:00) Bruselas, Copenhague, Madrid, París', "
          "ICS Romance Standard Time, CET -> 09:00Z; staff named without address -> contact null")
def p12():
    body = t("""
        Fundación Bosque Vivo Castilla y León

        Reserva confirmada

        Hola, Nerea Pascual:

        Gracias por reservar con nosotros. Su reserva está confirmada.

        Servicio: Entrevista - Técnico/a de Restauración Forestal
        jueves, 26 de noviembre de 2026
        10:00 - 10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París
        Personal: Álvaro Recio
        Ubicación: Reunión de Microsoft Teams

        Unirse a la reunión de Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzJmYWUx%40thread.v2/0

        Si necesita cambiar o cancelar la reserva, use el enlace Administrar reserva:
        https://outlook.office365.com/owa/calendar/SeleccionFBV@bosquevivocyl.org/bookings/

        Fundación Bosque Vivo Castilla y León · C/ Muro 9, 47004 Valladolid
        """)
    ics = ti("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ_ROMANCE@
        BEGIN:VEVENT
        ORGANIZER;CN=Selección FBV:mailto:SeleccionFBV@bosquevivocyl.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nerea Pascual:mailto:nerea.pascual@example.org
        DESCRIPTION;LANGUAGE=es-ES:Entrevista - Técnico/a de Restauración Forestal\\n
        UID:040000008200E00074C5B7101A82E008000000007A3C19E0C5BADD01000000000000000010000000AA3F77C0D1E2B3F4
        SUMMARY;LANGUAGE=es-ES:Entrevista - Técnico/a de Restauración Forestal
        DTSTART;TZID=Romance Standard Time:20261126T100000
        DTEND;TZID=Romance Standard Time:20261126T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261123T081144Z
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
    hs = heads(addr("Selección FBV", "SeleccionFBV@bosquevivocyl.org"),
               "Reserva confirmada: Entrevista - Técnico/a de Restauración Forestal", "2026-11-23 09:11:44", MAD,
               "<AM9PR07MB7218F3C1D2B4A5E60F7D8C9B01E2@AM9PR07MB7218.eurprd07.prod.outlook.com>",
               rcv="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2118.outbound.protection"
                   ".outlook.com [40.107.105.118])",
               extra=(("Content-Language", "es-ES"),))
    return message(hs, mixed(alt(text(body), html(phtml(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@pos(13, family="reply_quoted", lang="es", company="Aserraderos Hermanos Lafuente", kind="scheduled",
     local="Tue 2026-12-01 09:00", zone=MAD, contact="jesus@aserraderoslafuente.es",
     note="Owner of a Soria sawmill (usted) replies 'le esperamos el martes 1 de diciembre a las 9:00' on top of "
          "the quoted proposal and the candidate's acceptance; CET -> 08:00Z; no length")
def p13():
    body = t("""
        Perfecto, Nerea. Entonces le esperamos el martes 1 de diciembre a las 9:00 en la oficina de
        Covaleda (la nave grande, entrando por la carretera de Duruelo, pregunte por mí en báscula).
        Estaremos mi hermano Fernando y yo, y después si le parece damos una vuelta por el parque de
        madera.

        Un saludo

        Jesús Lafuente Martínez
        Aserraderos Hermanos Lafuente, S.L.
        Ctra. Duruelo s/n - 42157 Covaleda (Soria)
        Tel. 975 37 08 14

        El jue, 26 nov 2026 a las 8:02, Nerea Pascual (<nerea.pascual@example.org>) escribió:
        > Buenos días, Jesús:
        >
        > Muchas gracias por su respuesta. El martes 1 a las 9:00 me viene perfecto.
        >
        > Un saludo,
        > Nerea
        >
        > El mié, 25 nov 2026 a las 19:36, Jesús Lafuente (<jesus@aserraderoslafuente.es>) escribió:
        >> Buenas tardes Nerea:
        >>
        >> Hemos visto su currículum para el puesto de técnico de aprovechamientos y nos gustaría
        >> conocerla. ¿Podría pasarse por Covaleda el martes 1 de diciembre a las 9:00 o el jueves 3 a
        >> las 12:00?
        >>
        >> Un saludo
        >> Jesús Lafuente
        """)
    hs = heads(addr("Jesús Lafuente", "jesus@aserraderoslafuente.es"),
               "Re: Puesto técnico de aprovechamientos", "2026-11-26 10:17:25", MAD,
               "<002f01db3f12$8a4c2e10$9ee48a30$@aserraderoslafuente.es>",
               rcv="from smtp.aserraderoslafuente.es (smtp.aserraderoslafuente.es [195.57.114.20])",
               extra=(("In-Reply-To", "<CAPh2v8s1Lq0mN3XkY7o9wR4tZ@mail.gmail.com>"),
                      ("References", "<002b01db3e95$10f2a3c0$32d7eb40$@aserraderoslafuente.es> "
                                     "<CAPh2v8s1Lq0mN3XkY7o9wR4tZ@mail.gmail.com>"),
                      ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@pos(14, family="forwarded", lang="en", company="Brightwater Environmental", kind="scheduled",
     local="Thu 2026-12-03 15:00", local_end="2026-12-03 15:45", zone=DUB,
     contact="siobhan.walsh@brightwaterenv.ie",
     note="Candidate forwards (Gmail, Spanish UI) a JazzHR confirmation to her other address; '3:00 PM - 3:45 PM "
          "(Dublin, GMT)' -> 15:00Z; contact = recruiter address given inside the forwarded body")
def p14():
    body = t("""
        Lo reenvío aquí para tenerlo en el correo principal. Es a las 16:00 de aquí.

        ---------- Forwarded message ---------
        De: Siobhán Walsh via JazzHR <no-reply@applytojob.com>
        Date: vie, 27 nov 2026 a las 13:41
        Subject: Interview Confirmation - GIS & Habitat Mapping Officer - Brightwater Environmental
        To: <nereapascual@example.com>


        Hi Nerea,

        Thank you for accepting our invitation! This email confirms your interview for the
        GIS & Habitat Mapping Officer position at Brightwater Environmental.

        Date: Thursday, December 3, 2026
        Time: 3:00 PM - 3:45 PM (Dublin, GMT)
        Where: Zoom - https://us06web.zoom.us/j/86620417793

        You'll be meeting with Siobhán Walsh (HR Manager) and Dr. Colm Fitzgerald (Senior Ecologist).

        If you have any questions before then, please contact Siobhán Walsh at
        siobhan.walsh@brightwaterenv.ie.

        Best regards,
        Brightwater Environmental Ltd
        Unit 4, Kinsale Road Business Park, Cork

        This message was sent by JazzHR on behalf of Brightwater Environmental.
        """)
    hs = heads(ME2, "Fwd: Interview Confirmation - GIS & Habitat Mapping Officer - Brightwater Environmental",
               "2026-11-30 08:55:02", MAD, "<CAPh2v8t9Hk2xQ_3bVf0L1nW7eS@mail.gmail.com>",
               rcv="from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(15, family="rfc822_attachment", lang="en", company="Kestrel Earth Observation", kind="scheduled",
     local="Mon 2026-12-07 10:00", local_end="2026-12-07 11:00", zone=DUB,
     contact="declan.murphy@kestrel-eo.ie",
     note="Lever confirmation forwarded as a message/rfc822 attachment (Thunderbird) to the other address; "
          "'Monday, December 7, 10:00 AM - 11:00 AM GMT' -> 10:00Z; contact = inner Reply-To recruiter")
def p15():
    inner_body = t("""
        Hi Nerea,

        Great news - your interview with Kestrel Earth Observation is confirmed!

        Role: Forest Monitoring Analyst
        When: Monday, December 7, 2026, 10:00 AM - 11:00 AM GMT (Dublin)
        Where: Google Meet - https://meet.google.com/kst-ewdq-obs

        You'll meet:
        - Declan Murphy, Recruiting Lead
        - Dr. Hannah Kiely, Head of Forestry Products

        We'll spend about half the time on a short case based on Sentinel-1 change detection.

        Need to reschedule? Just reply to this email.

        Cheers,
        Declan

        Kestrel Earth Observation Ltd - The Digital Hub, Thomas Street, Dublin 8
        """)
    inner = message(heads(addr("Kestrel Earth Observation", "no-reply@hire.lever.co"),
                          "Interview confirmed - Forest Monitoring Analyst at Kestrel Earth Observation",
                          "2026-12-01 15:22:47", DUB, "<lever.8d2e1f44-0c3a-4f9b-b1e5-6a7c8d9e0f12@hire.lever.co>",
                          to=ME2, extra=(("Reply-To", addr("Declan Murphy", "declan.murphy@kestrel-eo.ie")),)),
                    alt(text(inner_body, charset="us-ascii", cte="7bit"), html(phtml(inner_body))))
    note = t("""
        (copia para el correo de siempre)
        """)
    hs = heads(ME2, "Fwd: Interview confirmed - Forest Monitoring Analyst at Kestrel Earth Observation",
               "2026-12-02 21:04:18", MAD, "<7c0b5e1d-3a2f-4d88-9b61-0e2f4a7c9d31@example.com>",
               extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")))
    return message(hs, mixed(text(note, cte="7bit", charset="us-ascii"),
                             attached_message(inner, filename="Interview confirmed.eml")))


@pos(16, family="goodtime", lang="en", company="Fernhill Data", kind="scheduled",
     local="Wed 2026-12-09 14:00", local_end="2026-12-09 15:30", zone=DUB,
     contact="niamh.oconnor@fernhilldata.ie",
     note="GoodTime panel itinerary: two sessions 14:00-14:45 and 14:45-15:30 Dublin (GMT) -> start first, end "
          "last, 14:00Z-15:30Z; ICS in UTC; contact = Reply-To coordinator")
def p16():
    body = t("""
        Hi Nerea,

        Your interview with Fernhill Data has been scheduled. Please find the itinerary below.
        All times are shown in Greenwich Mean Time (Europe/Dublin).

        Wednesday, December 9, 2026

        2:00 PM - 2:45 PM   Technical deep-dive: spatial data pipelines
                            with Oisín Kavanagh, Senior Data Engineer
        2:45 PM - 3:30 PM   Team fit & product conversation
                            with Niamh O'Connor, Recruiter, and Ruth Delaney, Product Manager

        Video link (both sessions): https://fernhilldata.zoom.us/j/91833047261

        Questions? Reply to this email and it will go straight to Niamh.

        Good luck!
        Fernhill Data Recruiting

        Scheduled with GoodTime
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-candidate-3b81c90e5f@goodtime.io
        DTSTAMP:20261203T114009Z
        DTSTART:20261209T140000Z
        DTEND:20261209T153000Z
        SUMMARY:Fernhill Data - Interview (Nerea Pascual)
        LOCATION:https://fernhilldata.zoom.us/j/91833047261
        ORGANIZER;CN=Niamh O'Connor:mailto:niamh.oconnor@fernhilldata.ie
        ATTENDEE;CN=Nerea Pascual;RSVP=TRUE:mailto:nerea.pascual@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Fernhill Data Recruiting", "no-reply@goodtime.io"),
               "Interview Scheduled: Fernhill Data - Geospatial Data Engineer", "2026-12-03 11:40:09", DUB,
               "<goodtime.3b81c90e5f.1796384409@mailer.goodtime.io>",
               rcv="from mailer.goodtime.io (mailer.goodtime.io [50.31.63.199])",
               extra=(("Reply-To", addr("Niamh O'Connor", "niamh.oconnor@fernhilldata.ie")),))
    return message(hs, mixed(alt(text(body), html(phtml(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# ---------------------------------------------------------------- rescheduled


@pos(17, family="greenhouse", lang="en", company="Cairn Geospatial", kind="rescheduled",
     local="Fri 2026-10-09 11:30", local_end="2026-10-09 12:15", zone=DUB,
     contact="aoife.brennan@cairngeo.ie",
     note="Greenhouse reschedule of the 7 Oct interview: new slot 'Friday, October 9th, 11:30 am - 12:15 pm "
          "(GMT+01:00) Dublin' -> 10:30Z; old time also in the mail")
def p17():
    body = t("""
        Hi Nerea,

        As mentioned on the phone, Seamus has been pulled into a field campaign on Wednesday, so we've
        moved your interview. Apologies for the shuffle! Here are the updated details:

        NEW TIME
        Friday, October 9th 2026
        11:30 am - 12:15 pm (GMT+01:00) Dublin

        Previously: Wednesday, October 7th 2026, 2:00 pm - 2:45 pm

        Location: Google Meet - https://meet.google.com/cgs-wfxe-ptu (same link)
        Interviewers: Aoife Brennan, Seamus O'Riordain

        Thanks for being flexible,
        Aoife

        Powered by Greenhouse
        """)
    hs = heads(addr("Cairn Geospatial", "no-reply@us.greenhouse-mail.io"),
               "Updated Interview Time: Remote Sensing Analyst (Forestry) - Cairn Geospatial",
               "2026-10-05 12:03:41", DUB, "<gh.5f3a1e0b9c.7790156@us.greenhouse-mail.io>",
               rcv="from o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.7])",
               extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@cairngeo.ie")),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(phtml(body))))


@pos(18, family="outlook_calendar", lang="es", company="Ingeniería Forestal Moncayo", kind="rescheduled",
     local="Wed 2026-10-21 12:00", local_end="2026-10-21 13:00", zone=MAD, contact="msanz@ifmoncayo.es",
     note="Exchange update (SEQUENCE:1, same UID) moving the 19 Oct interview to Wednesday 21 Oct 12:00-13:00 "
          "Romance Standard Time, CEST -> 10:00Z")
def p18():
    body = t("""
        Nerea, perdona el cambio: el lunes Javier tiene que estar en un señalamiento en Ólvega y no
        llega. Te paso la entrevista al miércoles 21 a las 12:00, misma duración y mismo enlace.

        Si no te viniera bien dímelo y buscamos otro hueco.

        Marta

        """) + TEAMS_ES
    hs = heads(addr("Marta Sanz Lozano", "msanz@ifmoncayo.es"), "Entrevista – Técnico/a SIG (Nerea Pascual)",
               "2026-10-16 08:47:02", MAD,
               "<DB9PR04MB8412A7F9C3E1B20D4C6E8F0A1D4A12@DB9PR04MB8412.eurprd04.prod.outlook.com>",
               rcv="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2107.outbound.protection"
                   ".outlook.com [40.107.20.107])",
               extra=(("Thread-Topic", enc("Entrevista – Técnico/a SIG (Nerea Pascual)")),
                      ("Thread-Index", "AdtbC4e1n0yZ7vJxRkq3lF0aX1b2cAAxYz9Q"),
                      ("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES"),
                      ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                      ("Content-class", "urn:content-classes:calendarmessage")))
    ics = _moncayo_ics(1, "20261021T120000", "20261021T130000", "20261016T064702Z")
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@pos(19, family="human_prose", lang="es", company="Silvanova Ingeniería", kind="rescheduled",
     local="Fri 2026-09-25 09:30", zone=MAD, contact="iechevarria@silvanova-ing.es",
     note="Hiring manager (now tú) moves the Thursday 24 Sep interview to 'el viernes 25 a las 9:30', CEST -> "
          "07:30Z; no length stated in this mail")
def p19():
    body = t("""
        Hola Nerea:

        Te escribo por lo de la entrevista del jueves. Me ha coincidido con una visita de obra en
        Baztan que no puedo mover, así que lo hemos pasado al viernes 25 a las 9:30, en la misma
        oficina de la avenida de Zaragoza. Amaia también estará.

        Sé que vienes desde Soria: si te va mejor conectarte por Teams dímelo sin problema, pero
        preferimos en persona si puedes.

        Perdona las molestias y hasta el viernes.

        Iñaki Echeverría
        Director Técnico
        Silvanova Ingeniería S.L. | T. 948 21 77 40
        www.silvanova-ing.es

        AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario
        y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que lo
        comunique al remitente y proceda a su eliminación.
        """)
    hs = heads(addr("Iñaki Echeverría", "iechevarria@silvanova-ing.es"), "Cambio entrevista - viernes 25",
               "2026-09-22 18:21:57", MAD, "<a3c9e1f0-5b7d-4c2e-8f16-2d4b6a8c0e91@silvanova-ing.es>",
               rcv="from mail.silvanova-ing.es (mail.silvanova-ing.es [212.166.64.31])",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@pos(20, family="calendly", lang="es", company="Lumbre Analytics", kind="rescheduled",
     local="Mon 2026-10-05 15:00", local_end="2026-10-05 15:30", zone=MAD, contact="tomas.rivera@lumbre.pt",
     note="Calendly 'Actualizado' after the host rescheduled: new 15:00-15:30 Mon 5 Oct in 'hora de verano de "
          "Europa central' -> 13:00Z; the former Thursday slot is struck through in the text")
def p20():
    body = t("""
        Hola, Nerea Pascual:

        Tomás Rivera ha reprogramado el evento.

        Motivo de la reprogramación:
        "Perdona Nerea, me ha salido un viaje a Coimbra el jueves. ¿Lo hacemos el lunes? Te he
        cogido la misma hora que tenía libre la agenda."

        Evento:
        Entrevista inicial (30 min) - Analista SIG / riesgo de incendios

        Fecha y hora anteriores:
        ~~17:00 - 17:30, jueves, 1 de octubre de 2026~~

        Nueva fecha y hora:
        15:00 - 15:30, lunes, 5 de octubre de 2026 (hora de verano de Europa central)

        Ubicación:
        Google Meet: https://meet.google.com/lmb-ryxc-tqa

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/4b8e2c10-7d3a-4f55-9e02-c1a7b3d5e6f8
        Reprogramar: https://calendly.com/reschedulings/4b8e2c10-7d3a-4f55-9e02-c1a7b3d5e6f8

        Con tecnología de Calendly.com
        """)
    hs = heads(addr("Calendly", "notifications@calendly.com"),
               "Actualizado: Entrevista inicial (30 min) con Tomás Rivera el lunes, 5 de octubre de 2026",
               "2026-09-30 10:48:13", MAD,
               "<0100019a91e4f0a3-5c6d7e8f-9a0b-4c1d-2e3f-405162738495-000000@email.calendly.com>",
               extra=(("Reply-To", addr("Tomás Rivera", "tomas.rivera@lumbre.pt")),))
    return message(hs, alt(text(body), html(phtml(body))))


# ---------------------------------------------------------------- cancelled


@pos(21, family="google_calendar", lang="en", company="Lusoterra GIS", kind="cancelled",
     local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone=LIS, contact="ines.duarte@lusoterra.pt",
     note="Google Calendar cancellation (English UI) with METHOD:CANCEL, 'Thu 12 Nov 2026 14:00 - 15:00 (WET)' "
          "TZID Europe/Lisbon -> 14:00Z; organizer's note says the role is paused")
def p21():
    body = t("""
        This event has been cancelled.

        Inês Duarte has cancelled this event with a note:
        "Hi Nerea, I'm really sorry - the role has been put on hold for budget reasons. I'll write to you
        properly later today."

        Interview - Nerea Pascual / GIS Technician (Lusoterra)
        Thursday 12 Nov 2026 ⋅ 14:00 – 15:00
        Western European Time - Lisbon

        Organiser
        Inês Duarte
        ines.duarte@lusoterra.pt

        Guests
        Inês Duarte - organiser
        nerea.pascual@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = ti("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        @VTZ_LISBON@
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Lisbon:20261112T140000
        DTEND;TZID=Europe/Lisbon:20261112T150000
        DTSTAMP:20261109T101907Z
        ORGANIZER;CN=Inês Duarte:mailto:ines.duarte@lusoterra.pt
        UID:1q8d0o3b7h5ha2kv6jtr9mcs4e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nerea.pascual@example.org;X-NUM-GUESTS=0:mailto:nerea.pascual@example.org
        CREATED:20261030T165211Z
        LAST-MODIFIED:20261109T101906Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview - Nerea Pascual / GIS Technician (Lusoterra)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Inês Duarte", "ines.duarte@lusoterra.pt"),
               "Cancelled event with note: Interview - Nerea Pascual / GIS Technician (Lusoterra) @ Thu 12 Nov "
               "2026 14:00 - 15:00 (WET) (nerea.pascual@example.org)", "2026-11-09 10:19:07", LIS,
               "<calendar-c41e7a90-6b2d-4f3e-9a18-5d0c2e7b4f61@google.com>",
               rcv="from mail-pl1-f201.google.com (mail-pl1-f201.google.com [209.85.214.201])",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(phtml(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(22, family="human_prose", lang="es", company="Viveros Tierras Altas", kind="cancelled",
     local="Tue 2026-10-13 12:00", zone=MAD, contact="pilar.ortega@viverostierrasaltas.es",
     note="Formal (usted) cancellation 'anular la entrevista prevista para el martes 13 de octubre a las 12:00' "
          "because the post was filled internally; CEST -> 10:00Z; no new time")
def p22():
    body = t("""
        Estimada Nerea:

        Le escribo en relación con la entrevista prevista para el martes 13 de octubre a las 12:00 en
        nuestras instalaciones de Ágreda.

        Lamentamos comunicarle que debemos anularla: finalmente el puesto de Técnico/a de Producción
        de Planta se ha cubierto mediante promoción interna. Sentimos mucho las molestias y el poco
        margen con el que le avisamos.

        Conservaremos su candidatura, con su permiso, para futuras necesidades, especialmente de cara
        a la campaña de repoblación de primavera.

        Reciba un cordial saludo,

        Pilar Ortega Marín
        Administración y Personal
        Viveros Tierras Altas, S.L.
        Pol. Ind. Valdemiés, parcela 6 - 42100 Ágreda (Soria)
        """)
    hs = heads(addr("Pilar Ortega", "pilar.ortega@viverostierrasaltas.es"),
               "Entrevista martes 13 de octubre", "2026-10-08 13:52:30", MAD,
               "<5a1f7c3e.20261008.135230@viverostierrasaltas.es>",
               rcv="from smtp.viverostierrasaltas.es (smtp.viverostierrasaltas.es [188.93.76.45])")
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@pos(23, family="ashby", lang="en", company="Verdant Carbon", kind="cancelled",
     local="Tue 2026-12-15 16:00", local_end="2026-12-15 16:45", zone=DUB, contact="roisin.kelly@verdantcarbon.ie",
     note="Ashby cancellation with METHOD:CANCEL ICS (UTC) of 'Tuesday, December 15, 2026, 4:00 PM - 4:45 PM GMT' "
          "-> 16:00Z; 'we'll be in touch with new times' but nothing fixed; contact = Reply-To recruiter")
def p23():
    body = t("""
        Hi Nerea,

        Unfortunately we need to cancel your upcoming interview:

        Carbon Project Analyst (Forestry) - Hiring manager conversation
        Tuesday, December 15, 2026, 4:00 PM - 4:45 PM GMT

        Our hiring manager, Eoin, is out unexpectedly this week. We're very sorry for the late notice.
        Róisín will be in touch with some new times after the holidays.

        If you have any questions, just reply to this email.

        Thanks,
        Verdant Carbon Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:ashby-7c1d3e5f-9a2b-4c6d-8e0f-1a3b5c7d9e2f
        DTSTAMP:20261210T094455Z
        DTSTART:20261215T160000Z
        DTEND:20261215T164500Z
        SEQUENCE:1
        SUMMARY:Verdant Carbon - Carbon Project Analyst (Forestry) Interview
        ORGANIZER;CN=Roisin Kelly:mailto:roisin.kelly@verdantcarbon.ie
        ATTENDEE;CN=Nerea Pascual:mailto:nerea.pascual@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Verdant Carbon", "no-reply@ashbyhq.com"),
               "Interview cancelled: Carbon Project Analyst (Forestry) at Verdant Carbon", "2026-12-10 09:44:55",
               DUB, "<010001937d2e6b1c-3f9a8e7d-2c1b-4a5f-b6e8-d9c0a1b2c3d4-000000@email.amazonses.com>",
               rcv="from mail.ashbyhq.com (mail.ashbyhq.com [54.240.8.61])",
               extra=(("Reply-To", addr("Róisín Kelly", "roisin.kelly@verdantcarbon.ie")),))
    return message(hs, mixed(alt(text(body), html(phtml(body))),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


@neg(24, family="rejection", lang="en", company="Cairn Geospatial",
     note="Greenhouse rejection after the 9 Oct interview (thread with the confirmation and the reschedule); "
          "no time")
def n24():
    body = t("""
        Hi Nerea,

        Thank you again for taking the time to speak with Seamus and me about the Remote Sensing Analyst
        (Forestry) role. We really enjoyed hearing about your LiDAR work in the Pinar Grande.

        After a lot of discussion, we've decided to move forward with a candidate whose experience is a
        closer match to the radar side of the role. This was a difficult decision.

        We'd love to keep in touch - please do keep an eye on our careers page, as we expect to open a
        forestry data role in spring.

        All the best,
        Aoife Brennan
        Talent Partner, Cairn Geospatial

        Powered by Greenhouse
        """)
    hs = heads(addr("Aoife Brennan", "no-reply@us.greenhouse-mail.io"),
               "Your application to Cairn Geospatial", "2026-10-20 15:12:33", DUB,
               "<gh.5f3a1e0b9c.7912884@us.greenhouse-mail.io>",
               rcv="from o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.101.7])",
               extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@cairngeo.ie")),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(phtml(body))))


@neg(25, family="application_receipt", lang="es", company="Silvanova Ingeniería",
     note="Personio acknowledgement of the application; only says they will review it")
def n25():
    body = t("""
        Hola Nerea:

        Gracias por tu candidatura para el puesto de Técnico/a de Proyectos Forestales y SIG.

        Hemos recibido correctamente tu CV y tu carta de presentación. Nuestro equipo revisará tu
        perfil en las próximas semanas y, si encaja con lo que buscamos, nos pondremos en contacto
        contigo para los siguientes pasos.

        Mientras tanto, puedes conocer algunos de nuestros proyectos en www.silvanova-ing.es/proyectos.

        Un saludo,
        Equipo de Personas - Silvanova Ingeniería

        Este mensaje ha sido enviado a través de Personio.
        """)
    hs = heads(addr("Silvanova Ingeniería", "noreply@personio.de"),
               "Hemos recibido tu candidatura - Silvanova Ingeniería", "2026-09-07 10:31:08", MAD,
               "<20260907083108.0a7e44d1c2@mail.personio.de>",
               rcv="from mail-out-12.personio.de (mail-out-12.personio.de [185.79.23.112])")
    return message(hs, alt(text(body), html(phtml(body))))


@neg(26, family="job_alert", lang="es", company=None,
     note="Job-board daily alert (Spanish) listing forestry/GIS offers; no interview")
def n26():
    body = t("""
        Nuevas ofertas para tu alerta «técnico forestal SIG - Castilla y León, Madrid, Navarra»

        1. Técnico/a de inventario forestal con SIG
           Agroforestal Tiétar S.L. · Ávila · Contrato indefinido · 24.000 - 28.000 € b/a
           Publicada hace 3 horas

        2. Analista GIS - Catastro y montes
           Cartoingenia Consultores · Madrid (híbrido) · 27.000 - 31.000 € b/a
           Publicada hace 1 día

        3. Ingeniero/a técnico/a forestal - Prevención de incendios
           Empresa de servicios ambientales · Burgos · Temporal 9 meses
           Publicada hace 1 día

        Ver las 14 ofertas nuevas: https://www.empleoverde.es/alertas/38817?utm_source=email

        Has recibido este correo porque creaste una alerta en EmpleoVerde. Darte de baja:
        https://www.empleoverde.es/alertas/baja?t=ZXlKaGJHY2lPaUpJ
        """)
    hs = heads(addr("EmpleoVerde", "alertas@empleoverde.es"), "14 nuevas ofertas: técnico forestal SIG",
               "2026-10-06 07:30:00", MAD, "<alert.38817.20261006053000@empleoverde.es>",
               extra=(("List-Unsubscribe", "<https://www.empleoverde.es/alertas/baja?t=ZXlKaGJHY2lPaUpJ>"),))
    return message(hs, alt(text(body), html(phtml(body))))


@neg(27, family="job_alert", lang="en", company=None,
     note="English job alert for Ireland (GIS / forestry); no interview")
def n27():
    body = t("""
        Canopy Jobs - your weekly matches

        Based on your saved search "GIS forestry Ireland":

        * Forestry Inspector (GIS) - Midland Woodlands Co-operative, Birr, Co. Offaly - Full time
        * Geospatial Analyst - Shannon Catchment Partnership, Limerick - 18-month contract
        * Remote Sensing Scientist - Harbourview Analytics, Dublin (hybrid) - Permanent

        Tip of the week: tailor the first three lines of your CV to the job ad - recruiters spend
        seconds, not minutes, on the first screen.

        See all matches: https://canopyjobs.ie/search/saved/2207
        Manage alerts: https://canopyjobs.ie/account/alerts | Unsubscribe: https://canopyjobs.ie/u/7Xb2
        Canopy Jobs, 12 Ormond Quay Upper, Dublin 7
        """)
    hs = heads(addr("Canopy Jobs", "matches@mail.canopyjobs.ie"), "3 new roles for \"GIS forestry Ireland\"",
               "2026-11-02 08:00:12", DUB, "<20261102080012.2207.matches@mail.canopyjobs.ie>", to=ME2,
               to_addr=ME2_ADDR,
               extra=(("List-Unsubscribe", "<https://canopyjobs.ie/u/7Xb2>"),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(phtml(body))))


@neg(28, family="newsletter", lang="es", company=None,
     note="Professional association newsletter with event dates (jornada, congress); no interview",
     days=(("Thu", "2026-11-19"), ("Tue", "2026-12-15")))
def n28():
    body = t("""
        BOLETÍN RED DE TÉCNICOS FORESTALES DE CASTILLA Y LEÓN · Noviembre 2026

        * Jornada técnica: «LiDAR y gestión de masas de pino silvestre»
          Jueves 19 de noviembre, 10:00 h. Salón de actos del Campus de Soria. Inscripción gratuita
          para socios.

        * Plazo de solicitudes de ayudas a la ordenación de montes privados: hasta el 15 de diciembre
          (martes).

        * Bolsa de empleo: este mes publicamos 6 ofertas, entre ellas técnico de aprovechamientos en
          la comarca de Pinares y analista SIG en Valladolid. Consúltalas en la web.

        * Artículo: cinco consejos para tu próxima entrevista de trabajo en el sector (y tres errores
          que conviene evitar).

        Si no desea recibir más boletines, responda con BAJA en el asunto.
        Red de Técnicos Forestales de CyL · Apartado de correos 118 · 42080 Soria
        """)
    hs = heads(addr("Red de Técnicos Forestales CyL", "boletin@redforestalcyl.org"),
               "Boletín de noviembre: jornada LiDAR, ayudas y bolsa de empleo", "2026-11-04 12:00:00", MAD,
               "<boletin-2026-11.5521@redforestalcyl.org>", to=addr(None, "boletin@redforestalcyl.org"),
               extra=(("Precedence", "bulk"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@neg(29, family="recruiter_outreach", lang="es", company="Talento Rural Consultores",
     note="Headhunter outreach (tú) asking for a call 'esta semana o la que viene'; nothing fixed")
def n29():
    body = t("""
        Hola Nerea, ¿qué tal?

        Soy Marcos, de Talento Rural Consultores. He visto tu perfil y tu trabajo con inventario
        LiDAR en Soria y creo que encajas muy bien en un proceso que llevamos para una empresa de
        servicios forestales de Burgos (jefe/a de equipo de inventario, 30-34k).

        ¿Tendrías un rato esta semana o la que viene para una llamada de 15 minutos? Dime qué
        franja te viene mejor y te llamo yo.

        Un abrazo,

        Marcos Ibáñez
        Consultor senior - Sector agroforestal
        Talento Rural Consultores | 620 41 88 03
        """)
    hs = heads(addr("Marcos Ibáñez", "marcos.ibanez@talentorural.es"), "Proceso técnico inventario - Burgos",
               "2026-09-14 09:43:11", MAD, "<CAL3k9Wq_2fD0xv7pN1sRm8yT4u@mail.gmail.com>",
               rcv="from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(30, family="availability_request", lang="en", company="Kestrel Earth Observation",
     note="Lever availability request before the confirmed interview: asks the candidate to pick times; "
          "nothing fixed")
def n30():
    body = t("""
        Hi Nerea,

        Thanks for applying to the Forest Monitoring Analyst role - we'd love to set up a first
        interview with you and Hannah, our Head of Forestry Products.

        Could you let us know your availability for a 60-minute video call over the next two weeks?
        Please use the link below to mark all the times that work for you (it shows your local time
        zone automatically):

        https://hire.lever.co/candidate-availability/8d2e1f44-0c3a-4f9b

        Once we have your times we'll send a calendar invitation.

        Cheers,
        Declan Murphy
        Recruiting Lead, Kestrel Earth Observation
        """)
    hs = heads(addr("Declan Murphy", "no-reply@hire.lever.co"),
               "Kestrel Earth Observation - Next steps for Forest Monitoring Analyst", "2026-11-24 11:05:29",
               DUB, "<lever.1a7b9c2d-44e0-4b3f-a8d6-2f0e1c5b7a93@hire.lever.co>", to=ME2, to_addr=ME2_ADDR,
               extra=(("Reply-To", addr("Declan Murphy", "declan.murphy@kestrel-eo.ie")),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(phtml(body))))


@neg(31, family="scheduling_link", lang="es", company="Geodatos Navarra",
     note="Workable self-scheduling invitation 'elige el horario'; no time fixed yet")
def n31():
    body = t("""
        Hola Nerea,

        ¡Gracias por tu interés en Geodatos Navarra! Nos gustaría hacerte una entrevista para el puesto
        de Analista GIS - Proyectos forestales.

        Por favor, elige el horario que mejor te venga en el siguiente enlace. Los huecos disponibles
        son de la semana del 16 de noviembre:

        https://apply.workable.com/geodatos-navarra/scheduling/e8b4c1d2f3/

        Una vez que reserves, recibirás un correo de confirmación con todos los detalles.

        Un saludo,
        Eneko Goñi
        Geodatos Navarra

        --
        Este correo se ha enviado a través de Workable en nombre de Geodatos Navarra.
        """)
    hs = heads(addr("Geodatos Navarra", "noreply@workablemail.com"),
               "Geodatos Navarra: elige un horario para tu entrevista", "2026-11-05 16:22:40", MAD,
               "<20261105152240.c02e9.4410928371@workablemail.com>",
               rcv="from mail-a12.workablemail.com (mail-a12.workablemail.com [159.135.228.12])",
               extra=(("Reply-To", addr("Geodatos Navarra",
                                        "geodatos-navarra+7f3c21a9@candidates.workablemail.com")),))
    return message(hs, alt(text(body), html(phtml(body))))


@neg(32, family="proposal_unconfirmed", lang="es", company="Pampa Verde Forestal",
     note="Argentine recruiter offers two options for the second round (martes 3 / miércoles 4 de noviembre) and "
          "asks which suits; not confirmed here (the calendar invitation comes later)",
     days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")))
def n32():
    body = t("""
        Hola Nerea!

        Buenísimas noticias: a Martín le gustó mucho la charla del jueves y queremos avanzar con una
        segunda instancia más técnica, con un caso práctico cortito.

        Te propongo dos opciones (hora Argentina):
        - martes 3 de noviembre a las 11 hs
        - miércoles 4 de noviembre a las 15 hs

        Decime cuál te queda mejor y Martín te manda la invitación. Si ninguna te sirve, pasame un par
        de horarios tuyos y lo acomodamos.

        Abrazo,
        Juli

        Julieta Ferreyra
        Selección y Desarrollo | Pampa Verde Forestal S.A.
        """)
    hs = heads(addr("Julieta Ferreyra", "jferreyra@pampaverde.com.ar"), "Segunda instancia - Pampa Verde",
               "2026-10-27 12:09:44", BUE, "<CAJ7t0mX8pe_Lr2Vb0cQ9dK3fH6s+W1n5TgA@mail.gmail.com>",
               rcv="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(33, family="auto_reply", lang="es", company=None,
     note="Out-of-office auto-reply from the Silvanova hiring manager; only a return date",
     days=(("Mon", "2026-09-14"),))
def n33():
    body = t("""
        Gracias por su mensaje.

        Estaré fuera de la oficina hasta el lunes 14 de septiembre, con acceso limitado al correo. Para
        asuntos urgentes puede dirigirse a oficina@silvanova-ing.es o llamar al 948 21 77 40.

        Un saludo,
        Iñaki Echeverría
        """)
    hs = heads(addr("Iñaki Echeverría", "iechevarria@silvanova-ing.es"),
               "Respuesta automática: Candidatura Técnico/a de Proyectos Forestales y SIG - Nerea Pascual",
               "2026-09-08 20:14:51", MAD, "<a91b7c2e-0d4f-4e6a-b3c8-71e5f9d2a604@silvanova-ing.es>",
               extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("In-Reply-To", "<CAPh2v8q4Tz7Rm0Lw1Xy3Bn6Vc@mail.gmail.com>")))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@neg(34, family="bounce", lang="en", company=None,
     note="DSN: the candidate's thank-you note after her interview bounced (mistyped address); the returned "
          "message mentions the interview but fixes nothing")
def n34():
    orig_body = t("""
        Dear Seamus,

        Thank you for taking the time to interview me this morning. I really enjoyed our conversation
        about change detection in Irish plantations, and it made me even more excited about the role.

        Kind regards,
        Nerea Pascual
        """)
    orig = message(heads(ME, "Thank you - Remote Sensing Analyst interview", "2026-10-09 13:40:15", MAD,
                         "<CAPh2v8r0Km3Wq5Tz8Ys1Xe4Bc@mail.gmail.com>",
                         to=addr("Seamus O'Riordain", "seamus.oriordan@cairngeo.ie")),
                   text(orig_body, charset="us-ascii", cte="7bit"))
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <seamus.oriordan@cairngeo.ie>: host cairngeo-ie.mail.protection.outlook.com[52.101.68.3]
            said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            seamus.oriordan@cairngeo.ie not found by SMTP address lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Kq2Zt1R8wz9sWN
        Arrival-Date: Fri,  9 Oct 2026 13:40:16 +0200 (CEST)

        Final-Recipient: rfc822; seamus.oriordan@cairngeo.ie
        Original-Recipient: rfc822;seamus.oriordan@cairngeo.ie
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; cairngeo-ie.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
        """)
    hs = heads(addr("Mail Delivery System", "MAILER-DAEMON@mail.example.org"),
               "Undelivered Mail Returned to Sender", "2026-10-09 13:40:19", MAD,
               "<20261009114019.7A1C21E0042@mail.example.org>",
               extra=(("Auto-Submitted", "auto-replied"),))
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       Part_msg(orig),
                       params="report-type=delivery-status")
    return message(hs, report)


def Part_msg(raw: bytes):
    p = attached_message(raw)
    p.headers.insert(0, ("Content-Description", "Undelivered Message"))
    return p


@neg(35, family="offer", lang="es", company="Pampa Verde Forestal",
     note="Job offer after the second round (vos); start date and a deadline to answer, no interview",
     days=(("Fri", "2026-11-20"),))
def n35():
    body = t("""
        Hola Nerea,

        ¡Qué alegría escribirte esto! Después de las dos entrevistas, desde Pampa Verde Forestal
        queremos ofrecerte el puesto de Analista SIG - Plantaciones.

        Te adjunto la propuesta formal en PDF: modalidad remota desde España con dos campañas al año
        en Misiones (pasajes y viáticos a cargo de la empresa), contrato de prestación de servicios en
        euros y fecha de incorporación estimada el 1 de febrero de 2027.

        Si te parece, podés darnos una respuesta antes del viernes 20 de noviembre. Cualquier duda
        sobre la propuesta, escribime o armamos una llamada con Martín cuando quieras.

        Un abrazo grande,

        Julieta Ferreyra
        Selección y Desarrollo | Pampa Verde Forestal S.A.
        """)
    hs = heads(addr("Julieta Ferreyra", "jferreyra@pampaverde.com.ar"), "Propuesta Pampa Verde Forestal 🌲",
               "2026-11-13 16:30:02", BUE, "<CAJ7t0mZ1qa_Rw5Xc8eV2bN7gJ4t+P0k3HsD@mail.gmail.com>",
               rcv="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(36, family="personal_appointment", lang="es", company=None,
     note="Health centre appointment reminder with a fixed time; not an interview",
     days=(("Mon", "2026-10-26"),))
def n36():
    body = t("""
        CITA PREVIA CONFIRMADA

        Paciente: NEREA PASCUAL G.
        Centro: Centro de Salud Soria Norte
        Profesional: Medicina de Familia - Consulta 7
        Fecha: lunes 26/10/2026
        Hora: 08:40

        Si no puede acudir, anule su cita desde la aplicación o llamando al centro. Anular a tiempo
        permite dar su hueco a otro paciente.

        Este es un mensaje automático, por favor no responda.
        """)
    hs = heads(addr("Cita Previa Salud", "no-responder@citaprevia-salud.example.net"),
               "Confirmación de cita previa", "2026-10-21 17:02:10", MAD,
               "<cp.20261021150210.88213@citaprevia-salud.example.net>")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@neg(37, family="personal_appointment", lang="es", company=None,
     note="Vehicle inspection (ITV) booking with date and time; not an interview",
     days=(("Wed", "2026-11-04"),))
def n37():
    body = t("""
        Estación ITV Los Royales - Soria

        Su cita ha sido registrada correctamente.

        Matrícula: 4821 KLM
        Tipo de inspección: Periódica - Turismo
        Día: miércoles, 4 de noviembre de 2026
        Hora: 17:15
        Importe estimado: 41,62 € (IVA incl.)

        Le recomendamos llegar 10 minutos antes con el permiso de circulación y la ficha técnica.
        Para modificar o anular la cita: https://itvlosroyales.example.net/cita/8812-KZ
        """)
    hs = heads(addr("ITV Los Royales", "citas@itvlosroyales.example.net"),
               "Cita ITV confirmada - 04/11/2026 17:15", "2026-10-29 22:16:40", MAD,
               "<itv.8812KZ.20261029@itvlosroyales.example.net>")
    return message(hs, alt(text(body, charset="windows-1252", cte="quoted-printable"),
                           html(phtml(body), charset="windows-1252")))


@neg(38, family="non_interview_calendar", lang="es", company=None,
     note="Exchange meeting request from her current employer (forest inventory review); a fixed time but "
          "not a job interview",
     days=(("Thu", "2026-09-17"),))
def n38():
    body = t("""
        Buenas,

        Convoco la reunión de revisión del inventario del Pinar Grande antes de mandar la memoria a
        la Junta. Traed las parcelas que quedaron pendientes en Duruelo.

        Jorge

        """) + TEAMS_ES
    ics = ti("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        @VTZ_ROMANCE@
        BEGIN:VEVENT
        ORGANIZER;CN=Jorge Martín Hernando:mailto:jmartin@serviciosurbion.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nerea Pascual García:mailto:npascual@serviciosurbion.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Raúl Sanz:mailto:rsanz@serviciosurbion.es
        UID:040000008200E00074C5B7101A82E00800000000C0D4A1F0B43EDD01000000000000000010000000E7A9B1C3D5F70911
        SUMMARY;LANGUAGE=es-ES:Revisión inventario Pinar Grande
        DTSTART;TZID=Romance Standard Time:20260917T090000
        DTEND;TZID=Romance Standard Time:20260917T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260911T064400Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala de reuniones / Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Jorge Martín Hernando", "jmartin@serviciosurbion.es"), "Revisión inventario Pinar Grande",
               "2026-09-11 08:44:00", MAD,
               "<PAXPR02MB7310B1C2D3E4F5061728394A5B6C@PAXPR02MB7310.eurprd02.prod.outlook.com>",
               to=addr("Nerea Pascual García", "npascual@serviciosurbion.es") + ", "
               + addr("Raúl Sanz", "rsanz@serviciosurbion.es"),
               extra=(("Content-class", "urn:content-classes:calendarmessage"),
                      ("Thread-Topic", enc("Revisión inventario Pinar Grande")),
                      ("Delivered-To", ME_ADDR), ("X-Forwarded-For", "npascual@serviciosurbion.es " + ME_ADDR)))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@neg(39, family="webinar", lang="es", company=None,
     note="Registration for a webinar on preparing competency interviews; a fixed time, but a webinar",
     days=(("Wed", "2026-10-14"),))
def n39():
    body = t("""
        ¡Hola Nerea!

        Tu plaza para el webinar gratuito está confirmada:

        «Cómo superar la entrevista por competencias en el sector ambiental»
        Miércoles, 14 de octubre de 2026 · 18:00 - 19:15 (hora peninsular)
        Ponente: Carmen Villalba, orientadora laboral

        Accede desde aquí el día del evento: https://eventos.empleoverde.es/webinar/entrevista-competencias
        Te enviaremos un recordatorio una hora antes.

        ¿No puedes asistir? Te mandaremos la grabación a este mismo correo.

        Equipo de Formación · EmpleoVerde
        """)
    hs = heads(addr("EmpleoVerde Formación", "formacion@empleoverde.es"),
               "Confirmada tu inscripción: webinar entrevista por competencias", "2026-10-08 19:21:55", MAD,
               "<webinar.3391.20261008172155@empleoverde.es>")
    return message(hs, alt(text(body), html(phtml(body))))


@neg(40, family="travel", lang="es", company=None,
     note="Bus ticket Soria-Pamplona for the day of the (rescheduled) Pamplona interview; a travel booking, "
          "not an interview",
     days=(("Fri", "2026-09-25"),))
def n40():
    body = t("""
        Autocares Numancia Exprés - Confirmación de compra

        Localizador: NX7Q4D

        IDA
        Viernes 25/09/2026
        Salida: Soria (Estación de autobuses) 06:15
        Llegada: Pamplona (Estación de autobuses) 08:35
        Pasajera: NEREA PASCUAL GARCIA · Asiento 14

        VUELTA
        Viernes 25/09/2026
        Salida: Pamplona 15:30 · Llegada: Soria 17:50 · Asiento 9

        Total pagado: 32,40 €

        Presente este correo o el código QR en el móvil al subir al autobús.
        """)
    hs = heads(addr("Numancia Exprés", "billetes@numanciaexpres.example.net"),
               "Tu billete Soria - Pamplona (NX7Q4D)", "2026-09-22 19:05:31", MAD,
               "<nx.NX7Q4D.1790095531@numanciaexpres.example.net>")
    return message(hs, html(phtml(body), charset="utf-8", cte="quoted-printable"))


@neg(41, family="personal", lang="es", company=None,
     note="A friend fixes a Saturday dinner and asks about 'la entrevista con los argentinos'; fixed time, "
          "not an interview",
     days=(("Sat", "2026-10-31"),))
def n41():
    body = t("""
        Nereaaa

        Que ya está cerrado lo del sábado! El 31 a las 21:30 en el Fogón de la plaza Herradores, he
        reservado para 6. Viene también Dani con su novia, la de Almazán.

        Y me cuentas qué tal la entrevista con los argentinos, que me dejaste con la intriga jajaja

        Besos
        Irene

        Enviado desde mi iPhone
        """)
    hs = heads(addr("Irene Calvo", "irenecalvo88@example.net"), "sábado!!", "2026-10-28 14:02:17", MAD,
               "<8F3D1C2A-7B4E-4F90-A1D6-3C5E9B0A2F71@example.net>", to=ME2, to_addr=ME2_ADDR,
               extra=(("X-Mailer", "iPhone Mail (22A3354)"),))
    return message(hs, text(body, charset="utf-8", cte="8bit",
                            params="format=flowed; delsp=yes"))


@neg(42, family="mock_interview", lang="es", company=None,
     note="University careers service confirms a mock interview (simulacro) at a fixed time; practice, "
          "not a job interview",
     days=(("Thu", "2026-10-15"),))
def n42():
    body = t("""
        Estimada Nerea:

        Le confirmamos su cita para el simulacro de entrevista de trabajo dentro del programa de
        orientación para titulados:

        Día: jueves 15 de octubre de 2026
        Hora: 11:00
        Lugar: Oficina de Empleo Universitario, Campus de Soria, edificio B, despacho 2.14
        Orientadora: Elena Marco

        Le recomendamos traer la oferta a la que le gustaría optar, para adaptar las preguntas, y su
        currículum actualizado.

        Atentamente,
        Oficina de Empleo Universitario - Campus de Soria
        """)
    hs = heads(addr("Oficina de Empleo Universitario", "empleo.soria@campus-soria.example.edu"),
               "Cita simulacro de entrevista - 15 de octubre", "2026-10-09 12:30:44", MAD,
               "<oeu.20261009.1230.441@campus-soria.example.edu>")
    return message(hs, text(body, charset="utf-8", cte="base64"))


@neg(43, family="webinar", lang="en", company=None,
     note="English webinar registration on Sentinel-2 forest disturbance mapping; fixed time, not an interview",
     days=(("Tue", "2026-11-17"),))
def n43():
    body = t("""
        You're registered!

        Hi Nerea,

        Thanks for registering for "Sentinel-2 for forest disturbance mapping: from NDVI to operational
        alerts".

        Date: Tuesday, November 17, 2026
        Time: 17:00 - 18:00 GMT (18:00 CET)
        Speakers: Dr. Laura Finnegan, Tomás Quiroga

        Add to calendar: https://geoskills.academy/webinars/s2-disturbance/ics
        Join link: https://geoskills.academy/live/s2-disturbance?tk=c8b1e0

        See you there,
        The GeoSkills Academy team

        You received this because you registered at geoskills.academy. Unsubscribe:
        https://geoskills.academy/unsub/b72a
        """)
    hs = heads(addr("GeoSkills Academy", "events@geoskills.academy"),
               "Confirmed: Sentinel-2 for forest disturbance mapping (Nov 17)", "2026-11-06 10:00:41", DUB,
               "<gs.reg.7710.20261106100041@geoskills.academy>")
    return message(hs, alt(text(body), html(phtml(body))))


@neg(44, family="assessment", lang="en", company="Ardmore Forest Products",
     note="Workday online assessment 'complete by Wednesday 28 October 23:59 GMT'; a deadline, not an interview",
     days=(("Wed", "2026-10-28"),))
def n44():
    body = t("""
        Dear Nerea,

        Thank you for applying for the GIS Analyst - Forest Inventory position (R-2026-0418) at Ardmore
        Forest Products.

        As the next step, we invite you to complete a short online assessment (spatial reasoning and a
        situational judgement questionnaire). It takes approximately 40 minutes.

        Please complete it by Wednesday, 28 October 2026 at 23:59 GMT:
        https://ardmorefp.wd3.myworkdayjobs.com/en-US/Careers/assessment/6a0f21

        Kind regards,
        Talent Acquisition Team
        Ardmore Forest Products DAC

        This email was sent from an unmonitored address. Please do not reply.
        """)
    hs = heads(addr("Ardmore Forest Products", "ardmore@myworkday.com"),
               "Next step: online assessment - GIS Analyst - Forest Inventory", "2026-10-20 14:31:09", DUB,
               "<1894412217.61844.1792503069311@wd3-prod-mta-4.myworkday.com>",
               rcv="from wd3-prod-mta-4.myworkday.com (wd3-prod-mta-4.myworkday.com [199.87.220.34])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(45, family="application_receipt", lang="en", company="Verdant Carbon",
     note="Ashby application acknowledgement; no time")
def n45():
    body = t("""
        Hi Nerea,

        Thanks for applying to the Carbon Project Analyst (Forestry) role at Verdant Carbon! We've
        received your application and our team will review it carefully.

        We aim to get back to every applicant within two weeks. In the meantime, you can read about
        how we verify afforestation projects at verdantcarbon.ie/method.

        Best,
        The Verdant Carbon team
        """)
    hs = heads(addr("Verdant Carbon", "no-reply@ashbyhq.com"),
               "Thanks for applying to Verdant Carbon", "2026-11-20 18:07:30", DUB,
               "<010001931a4c8e2f-7d6e5f4a-3b2c-4d1e-9f0a-8b7c6d5e4f3a-000000@email.amazonses.com>",
               rcv="from mail.ashbyhq.com (mail.ashbyhq.com [54.240.8.61])")
    return message(hs, alt(text(body), html(phtml(body))))


@neg(46, family="rejection", lang="es", company="Bosques del Duero",
     note="Teamtailor rejection (tú) after the September interview; no time")
def n46():
    body = t("""
        Hola Nerea,

        Muchas gracias por el tiempo que nos dedicaste en la entrevista y por tu interés en Bosques
        del Duero.

        Hemos tenido candidaturas muy buenas y, aunque tu perfil nos gustó mucho, finalmente hemos
        decidido seguir adelante con otra persona con más experiencia en certificación PEFC, que era
        un requisito importante para este puesto.

        Nos gustaría guardar tu candidatura para futuros procesos, si te parece bien. ¡Mucha suerte
        con todo!

        Un abrazo,
        Lucía Gallego
        Personas · Bosques del Duero
        """)
    hs = heads(addr("Lucía Gallego · Bosques del Duero", "no-reply@bosquesdelduero.teamtailor-mail.com"),
               "Sobre tu candidatura en Bosques del Duero", "2026-09-28 12:45:19", MAD,
               "<01070197f2a3b4c5-d6e7f809-1a2b-4c3d-8e4f-5a6b7c8d9e0f-000000@eu-west-1.amazonses.com>",
               rcv="from a7-14.smtp-out.eu-west-1.amazonses.com (a7-14.smtp-out.eu-west-1.amazonses.com"
                   " [54.240.7.14])",
               extra=(("Reply-To", addr("Lucía Gallego", "lucia.gallego@bosquesdelduero.es")),))
    return message(hs, alt(text(body), html(phtml(body))))


@neg(47, family="newsletter_tips", lang="en", company=None,
     note="Careers newsletter with interview tips and a list of events; no interview of the reader")
def n47():
    body = t("""
        THE CANOPY CAREERS LETTER - December 2026

        1. Five questions you will be asked in a forestry GIS interview
           ("Walk us through a project where your data changed a management decision" is the big one.)

        2. Salary check: what geospatial analysts earn in Ireland, Spain and Portugal in 2026

        3. From the field: how a Galician forester landed a remote sensing job in Cork

        4. Events: Irish Forestry Careers Fair (online), January - registrations open soon

        Read online: https://canopyjobs.ie/letter/2026-12
        You're getting this because you subscribed on canopyjobs.ie. Unsubscribe: https://canopyjobs.ie/u/7Xb2
        """)
    hs = heads(addr("Canopy Careers Letter", "letter@mail.canopyjobs.ie"),
               "5 questions you'll be asked in a forestry GIS interview", "2026-12-01 07:00:05", DUB,
               "<letter.2026-12.2207@mail.canopyjobs.ie>", to=ME2, to_addr=ME2_ADDR,
               extra=(("List-Unsubscribe", "<https://canopyjobs.ie/u/7Xb2>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(phtml(body))))


@neg(48, family="press_interview", lang="es", company=None,
     note="Local radio confirms a live 'entrevista' about the wildfire season at a fixed time; press, not a job "
          "interview",
     days=(("Tue", "2026-09-29"),))
def n48():
    body = t("""
        Hola Nerea:

        Te confirmo la entrevista en directo para el magacín de mañanas de Onda Pinares Radio:
        martes 29 de septiembre, a las 12:10. Serán unos diez minutos sobre el balance de la campaña de
        incendios en la provincia y el trabajo de prevención en los montes de Pinares.

        Te llamamos al móvil cinco minutos antes desde el 975 22 61 00. Si prefieres venir al estudio
        (calle Collado 42, 2.º), también puedes.

        Gracias de nuevo,
        Sara Hernández
        Producción · Onda Pinares Radio
        """)
    hs = heads(addr("Sara Hernández", "produccion@ondapinares.example.net"),
               "Entrevista en directo - martes 29 a las 12:10", "2026-09-25 13:18:02", MAD,
               "<3b1f8a72c0e94d5f@ondapinares.example.net>")
    return message(hs, text(body, charset="utf-8", cte="quoted-printable"))


@neg(49, family="position_update", lang="en", company="Lusoterra GIS",
     note="Follow-up after the cancelled interview: role on hold, maybe reopening in 2027; no time")
def n49():
    body = t("""
        Hi Nerea,

        As promised, a proper note after the calendar cancellation. The GIS Technician position has been
        put on hold until our funding for the 2027 Alentejo fire-risk project is confirmed, which we
        expect in February or March.

        I was genuinely looking forward to our conversation, so if the role reopens I'll contact you
        first - no need to apply again.

        Thank you for your patience, and sorry again.

        Best wishes,
        Inês Duarte
        People & Operations | Lusoterra GIS, Lda.
        Rua de São Bento 212, 1200-820 Lisboa
        """)
    hs = heads(addr("Inês Duarte", "ines.duarte@lusoterra.pt"), "GIS Technician role - update",
               "2026-11-09 17:46:10", LIS, "<CAB4r8dWq1_n0Ye3Xc6vT9mK2pS@mail.gmail.com>",
               rcv="from mail-ej1-f51.google.com (mail-ej1-f51.google.com [209.85.218.51])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(50, family="work_event", lang="es", company=None,
     note="Colleague organises the team Christmas dinner at a fixed time; ordinary life",
     days=(("Fri", "2026-12-18"),))
def n50():
    body = t("""
        Hola a todos:

        Ya tenemos restaurante para la cena de Navidad: viernes 18 de diciembre a las 21:00 en Casa
        Augusto (la de la calle Real). Menú cerrado de 38 €, bebida incluida.

        Para que no me vuelva loca, confirmadme antes del viernes 11 si venís y si alguien tiene
        alergias. Acompañantes bienvenidos, avisad también.

        ¡Y este año nada de amigo invisible de menos de 10 €, Raúl! 😂

        Maite
        Administración · Servicios Forestales Urbión S.L.
        """)
    hs = heads(addr("Maite Soria", "maite@serviciosurbion.es"), "Cena de Navidad 2026 🎄", "2026-12-02 11:27:38",
               MAD, "<5c2e9a1f-0b7d-4e63-a8f1-9d3c7e2b5a40@serviciosurbion.es>",
               to=addr(None, "todos@serviciosurbion.es"),
               extra=(("Delivered-To", ME_ADDR),))
    return message(hs, alt(text(body), html(phtml(body))))
