"""blind354: a blind 50-mail held-out set, a realistic inbox (Ainhoa Gil, agronomist in Teruel).

Every mail is written by hand below, one function per mail; make.py does the MIME plumbing and
the checks. Written on 2026-11-28 by a helper session (Claude, an AI assistant) that had not read
the detector, its tests or fixtures, or any other held-out set's mails. Keys 1-23 are positives,
24-50 negatives; the file number of key k is ORDER[k - 1].
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
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind354"
ORDER = random.Random(3540354).sample(range(1, 51), 50)

MAD = "Europe/Madrid"
LIS = "Europe/Lisbon"
AMS = "Europe/Amsterdam"
SCL = "America/Santiago"

ME = "ainhoa.gil@example.org"
ME2 = "ainhoa.gil.m@example.com"
ME_TO = addr("Ainhoa Gil", ME)


def reg(k: int, **kw):
    return make.mail(f"{SET}_{ORDER[k - 1]:03d}", **kw)


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_TO,
         via: str | None = None, ident: str = "mx1.example.org with ESMTPS id 4bQk2r1Zz9", rcpt: str = ME,
         extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if via:
        hs.append(("Received", received(via, when, zone, ident, rcpt)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def simple_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML twin: one paragraph per blank-line block, <br> inside a block."""
    blocks = [b for b in body.strip("\n").split("\n\n")]
    paras = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in b.split("\n")) + "</p>" for b in blocks)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{paras}\n</body></html>\n")


# --------------------------------------------------------------------------- time zones (ICS)

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

VTZ_PACIFIC_SA = """BEGIN:VTIMEZONE
TZID:Pacific SA Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE"""


def vtz_cet(tzid: str) -> str:
    return f"""BEGIN:VTIMEZONE
TZID:{tzid}
X-LIC-LOCATION:{tzid}
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

VTZ_SANTIAGO = """BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:GMT-4
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:GMT-3
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives

# ---- key 1: Greenhouse, Agrovid Ebro (thread A: confirmed, moved by key 2, rejected in key 24)

@reg(1, family="greenhouse", lang="es", interview=True, kind="scheduled",
     start=utc("2026-09-17 10:00", MAD), end=utc("2026-09-17 10:45", MAD),
     contact="lucia.sanz@agrovidebro.es", company="Agrovid Ebro",
     local="Thu 2026-09-17 10:00", local_end="2026-09-17 10:45", zone=MAD,
     note="Greenhouse confirmation in Spanish, 'jueves, 17 de septiembre de 2026, 10:00 - 10:45 (hora peninsular)' "
          "= CEST (UTC+2); contact = the recruiter in Reply-To, From is Greenhouse's no-reply")
def agrovid_greenhouse() -> bytes:
    body = t("""
        Hola Ainhoa:

        ¡Gracias por tu interés en Agrovid Ebro! Te confirmamos la entrevista para el puesto de
        Técnico/a de Viticultura de Precisión (Zaragoza).

        Fecha: jueves, 17 de septiembre de 2026
        Hora: 10:00 - 10:45 (hora peninsular española)
        Formato: videollamada por Microsoft Teams
        Enlace: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGE4YjMtOWI2Ny00@thread.v2/0

        Te entrevistarán:
        - Lucía Sanz, Talent Acquisition
        - Íñigo Royo, Responsable de Viñedo (Cariñena y Campo de Borja)

        Hablaremos de tu experiencia en campo, de los sensores de humedad y de cómo organizas una
        campaña de vendimia. No hace falta preparar presentación.

        Si necesitas cambiar la hora, responde a este correo y le llegará directamente a Lucía.

        Un saludo,
        Equipo de Personas · Agrovid Ebro

        --
        Este correo se ha enviado a través de Greenhouse en nombre de Agrovid Ebro.
        Política de privacidad: https://www.agrovidebro.es/privacidad
        """)
    hs = head(addr("Agrovid Ebro", "no-reply@us.greenhouse-mail.io"),
              "Entrevista confirmada: Técnico/a de Viticultura de Precisión – Agrovid Ebro",
              "2026-09-14 10:12:41", MAD,
              "<0100019231a4c1de-7f3b2a90-5c1e-4d8a-9e21-63f0b7d2aa10-000000@email.amazonses.com>",
              via="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Lucía Sanz", "lucia.sanz@agrovidebro.es")),))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- key 2: human prose, Agrovid Ebro moves the interview

@reg(2, family="human_prose", lang="es", interview=True, kind="rescheduled",
     start=utc("2026-09-22 12:30", MAD), end=utc("2026-09-22 13:15", MAD),
     contact="lucia.sanz@agrovidebro.es", company="Agrovid Ebro",
     local="Tue 2026-09-22 12:30", local_end="2026-09-22 13:15", zone=MAD,
     days=(("Thu", "2026-09-17"),),
     note="Recruiter (tú) moves the Thursday interview to 'martes 22 de septiembre de 12:30 a 13:15', CEST; "
          "contact = human sender")
def agrovid_move() -> bytes:
    body = t("""
        Hola Ainhoa,

        Te escribo porque a Íñigo le ha salido una visita a las parcelas de Cariñena justo el
        jueves por la mañana (el granizo de la semana pasada, ya te imaginarás…) y no llega a la
        entrevista.

        La he pasado al martes 22 de septiembre de 12:30 a 13:15, ya está hablado con él. Es el
        mismo enlace de Teams, te llegará la invitación actualizada en un rato.

        Perdona el cambio y gracias por la flexibilidad!

        Un abrazo,

        Lucía Sanz
        Talent Acquisition | Agrovid Ebro
        Camino de los Molinos 18, 50011 Zaragoza
        T. +34 976 55 21 40

        ________________________________
        De: Agrovid Ebro <no-reply@us.greenhouse-mail.io>
        Enviado: lunes, 14 de septiembre de 2026 10:12
        Para: Ainhoa Gil <ainhoa.gil@example.org>
        Asunto: Entrevista confirmada: Técnico/a de Viticultura de Precisión – Agrovid Ebro

        Hola Ainhoa:

        ¡Gracias por tu interés en Agrovid Ebro! Te confirmamos la entrevista para el puesto de
        Técnico/a de Viticultura de Precisión (Zaragoza).

        Fecha: jueves, 17 de septiembre de 2026
        Hora: 10:00 - 10:45 (hora peninsular española)
        """)
    hs = head(addr("Lucía Sanz", "lucia.sanz@agrovidebro.es"),
              "RE: Entrevista confirmada: Técnico/a de Viticultura de Precisión – Agrovid Ebro",
              "2026-09-16 18:40:09", MAD,
              "<DB9PR03MB7410C2E1A5F04B4E9D3A6F1DC1A2@DB9PR03MB7410.eurprd03.prod.outlook.com>",
              via="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101])",
              extra=(("Thread-Topic", enc("Entrevista confirmada: Técnico/a de Viticultura de Precisión – Agrovid Ebro")),
                     ("Thread-Index", "AQHdJq3hB7v0m2s1kU6yY5pQ3cWmXw=="),
                     ("Content-Language", "es-ES")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# ---- key 3: Personio, Semillas Montcada (offer follows in key 26)

@reg(3, family="personio", lang="es", interview=True, kind="scheduled",
     start=utc("2026-09-25 09:30", MAD), end=utc("2026-09-25 10:30", MAD),
     contact="jordi.puig@semillasmontcada.com", company="Semillas Montcada",
     local="Fri 2026-09-25 09:30", local_end="2026-09-25 10:30", zone=MAD,
     note="Personio invitation with ICS (TZID Europe/Madrid), on site in Montcada i Reixac, 09:30-10:30 CEST; "
          "contact = Reply-To / ORGANIZER hiring manager")
def montcada_personio() -> bytes:
    body = t("""
        Hola Ainhoa,

        gracias por tu candidatura para el puesto de Responsable de Ensayos de Variedades (Hortícolas).
        Nos alegra invitarte a una entrevista en nuestras instalaciones:

        Fecha: viernes, 25.09.2026
        Hora: 09:30 – 10:30
        Lugar: Semillas Montcada S.L., Carrer de la Indústria 14, 08110 Montcada i Reixac (Barcelona)
        Con: Jordi Puig (Director Técnico) y Berta Casals (People & Culture)

        Hay aparcamiento para visitas en la entrada del invernadero 3. Si vienes en tren, la estación
        de Montcada-Manresa está a diez minutos andando.

        Encontrarás la convocatoria en el archivo adjunto para añadirla a tu calendario. Si tienes
        alguna pregunta, puedes responder directamente a este correo.

        Saludos cordiales
        Jordi Puig
        Semillas Montcada S.L.

        Este mensaje ha sido enviado mediante Personio.
        """)
    ics = vtz_cet("Europe/Madrid")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{ics}
BEGIN:VEVENT
UID:personio-interview-8842317@personio.de
DTSTAMP:20260921T071502Z
DTSTART;TZID=Europe/Madrid:20260925T093000
DTEND;TZID=Europe/Madrid:20260925T103000
SUMMARY:Entrevista: Ainhoa Gil – Responsable de Ensayos de Variedades
LOCATION:Semillas Montcada S.L.\\, Carrer de la Indústria 14\\, 08110 Montcada i Reixac
ORGANIZER;CN=Jordi Puig:mailto:jordi.puig@semillasmontcada.com
ATTENDEE;CN=Ainhoa Gil;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ainhoa.gil@example.org
ATTENDEE;CN=Berta Casals;ROLE=REQ-PARTICIPANT:mailto:berta.casals@semillasmontcada.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Semillas Montcada", "no-reply@mail.personio.de"),
              "Invitación a entrevista – Responsable de Ensayos de Variedades", "2026-09-21 09:15:02", MAD,
              "<20260921071502.8842317.6a1f@mail.personio.de>",
              via="from mail-out-03.personio.de (mail-out-03.personio.de [185.31.72.19])",
              extra=(("Reply-To", addr("Jordi Puig", "jordi.puig@semillasmontcada.com")),))
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment",
                                      name_param=True)))


# ---- key 4: Teamtailor, Campo Atlântico (Lisbon) (rejection in key 25, bounce in key 39)

@reg(4, family="teamtailor", lang="en", interview=True, kind="scheduled",
     start=utc("2026-10-05 15:00", LIS), end=utc("2026-10-05 16:00", LIS),
     contact="rita.figueiredo@campoatlantico.pt", company="Campo Atlântico",
     local="Mon 2026-10-05 15:00", local_end="2026-10-05 16:00", zone=LIS,
     note="Teamtailor booking in Lisbon time (WEST, UTC+1), 15:00-16:00, = 16:00 in Teruel; ICS TZID "
          "Europe/Lisbon; contact = recruiter in Reply-To")
def campo_teamtailor() -> bytes:
    body = t("""
        Hi Ainhoa,

        Your interview for Agronomist – Irrigation & Soil Health at Campo Atlântico is booked.

        When: Monday 5 October 2026, 15:00 – 16:00 (Lisbon time, WEST)
        Where: Google Meet – https://meet.google.com/qzr-hbkt-wud
        With: Rita Figueiredo (Talent Partner) and Tomás Braga (Head of Agronomy)

        Heads-up: Lisbon is one hour behind Madrid, so that is 16:00 for you in Spain.

        We've attached a calendar invite. Need to change something? Just reply to this email.

        All the best,
        Rita
        Campo Atlântico · Rua do Alecrim 47, 1200-014 Lisboa

        Powered by Teamtailor
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
{VTZ_LISBON}
BEGIN:VEVENT
UID:tt-interview-5519204@teamtailor.com
DTSTAMP:20260929T130512Z
DTSTART;TZID=Europe/Lisbon:20261005T150000
DTEND;TZID=Europe/Lisbon:20261005T160000
SUMMARY:Interview: Ainhoa Gil / Campo Atlântico
DESCRIPTION:Google Meet: https://meet.google.com/qzr-hbkt-wud
LOCATION:https://meet.google.com/qzr-hbkt-wud
ORGANIZER;CN=Rita Figueiredo:mailto:rita.figueiredo@campoatlantico.pt
ATTENDEE;CN=Ainhoa Gil;RSVP=TRUE:mailto:ainhoa.gil@example.org
ATTENDEE;CN=Tomás Braga:mailto:tomas.braga@campoatlantico.pt
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Campo Atlântico", "no-reply@teamtailor-mail.com"),
              "Interview booked – Agronomist, Irrigation & Soil Health", "2026-09-29 14:05:12", LIS,
              "<6f1a9c4e3d2b.5519204@teamtailor-mail.com>",
              via="from o12.mail.teamtailor-mail.com (o12.mail.teamtailor-mail.com [149.72.180.12])",
              extra=(("Reply-To", addr("Rita Figueiredo", "rita.figueiredo@campoatlantico.pt")),))
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# ---- key 5: forward to self of a Workday invitation, Citrícola del Turia (receipt in key 28)

@reg(5, family="forwarded", lang="es", interview=True, kind="scheduled",
     start=utc("2026-10-01 10:00", MAD), end=utc("2026-10-01 11:00", MAD),
     contact="vicent.marti@citricoladelturia.es", company="Citrícola del Turia",
     local="Thu 2026-10-01 10:00", local_end="2026-10-01 11:00", zone=MAD,
     note="Owner forwards from her second address a Workday invitation '01/10/2026 (jueves) 10:00 - 11:00 CEST'; "
          "contact = the interviewer's address written in the forwarded body (Workday sender is a system "
          "mailbox, the forwarder is the owner)")
def citricola_forward() -> bytes:
    body = t("""
        Para tenerlo en el correo principal. Ojo que es en Alzira, no en Valencia.

        ---------- Forwarded message ---------
        De: Citrícola del Turia <citricoladelturia@myworkday.com>
        Date: lun, 28 sept 2026 a las 17:48
        Subject: Invitación a entrevista – Técnico/a de Campo Cítricos (R-10482)
        To: <ainhoa.gil.m@example.com>


        Hola Ainhoa Gil:

        Tras revisar tu candidatura a la posición R-10482 Técnico/a de Campo Cítricos, nos gustaría
        conocerte en persona.

        Fecha: 01/10/2026 (jueves)
        Hora: 10:00 - 11:00 CEST
        Lugar: Citrícola del Turia S.A. – Polígono Industrial El Pla, calle B n.º 7, 46600 Alzira (Valencia)
        Entrevistador: Vicent Martí Soler, Jefe de Producción

        Por favor, trae tu DNI para el acceso al almacén. Para cualquier duda puedes escribir a
        Vicent Martí (vicent.marti@citricoladelturia.es).

        También puedes consultar el estado de tu candidatura en nuestro portal de empleo:
        https://citricoladelturia.wd3.myworkdayjobs.com/es-ES/Careers

        Atentamente,
        Selección – Citrícola del Turia

        Este es un mensaje automático generado por Workday. No respondas a este correo.
        """)
    hs = head(addr("Ainhoa Gil", ME2),
              "Fwd: Invitación a entrevista – Técnico/a de Campo Cítricos (R-10482)",
              "2026-09-28 21:05:33", MAD, "<CAHx3vG9kq1+Tz7bQWm8sYdE2Lk0pR4uNf6oJ8cB1aVt@mail.gmail.com>",
              via="from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# ---- key 6: Recruitee, Groeneveld Kassen (availability request before it: key 34)

@reg(6, family="recruitee", lang="en", interview=True, kind="scheduled",
     start=utc("2026-10-13 14:00", AMS), end=utc("2026-10-13 15:00", AMS),
     contact="sanne.dewit@groeneveldkassen.nl", company="Groeneveld Kassen",
     local="Tue 2026-10-13 14:00", local_end="2026-10-13 15:00", zone=AMS,
     note="Recruitee confirmation after the candidate picked a slot; 14:00-15:00 CEST Amsterdam time "
          "(same offset as Madrid); ICS TZID Europe/Amsterdam; contact = recruiter in Reply-To")
def groeneveld_recruitee() -> bytes:
    body = t("""
        Hi Ainhoa,

        Thanks for choosing a time. Your interview is confirmed:

        Position: Crop Advisor Southern Europe (Teeltadviseur)
        Date: Tuesday, 13 October 2026
        Time: 14:00 - 15:00 (CEST, Amsterdam)
        Location: Microsoft Teams (link in the calendar invitation)
        Interviewers: Sanne de Wit (HR) and Pieter Groeneveld (Commercial Director)

        We will talk about your experience with growers in Aragon and Valencia and how you would
        support our greenhouse projects in Almeria and Murcia.

        Kind regards,

        Sanne de Wit
        HR Advisor | Groeneveld Kassen B.V.
        Zwartendijk 112, 2681 LP Monster, the Netherlands

        Sent with Recruitee
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
{vtz_cet("Europe/Amsterdam")}
BEGIN:VEVENT
UID:rc-event-2290117-ainhoa@recruitee.com
DTSTAMP:20261007T092011Z
DTSTART;TZID=Europe/Amsterdam:20261013T140000
DTEND;TZID=Europe/Amsterdam:20261013T150000
SUMMARY:Interview Ainhoa Gil - Crop Advisor Southern Europe
LOCATION:Microsoft Teams
ORGANIZER;CN=Sanne de Wit:mailto:sanne.dewit@groeneveldkassen.nl
ATTENDEE;CN=Ainhoa Gil;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ainhoa.gil@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Sanne de Wit via Recruitee", "no-reply@recruiteemail.com"),
              "Interview confirmed: Crop Advisor Southern Europe at Groeneveld Kassen",
              "2026-10-07 11:20:11", AMS, "<rc.2290117.1696674011.b3f1@recruiteemail.com>",
              via="from smtp-out-7.recruiteemail.com (smtp-out-7.recruiteemail.com [159.135.228.7])",
              extra=(("Reply-To", addr("Sanne de Wit", "sanne.dewit@groeneveldkassen.nl")),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body)),
                           calendar(ics, cte="7bit")))


# ---- key 7: Ashby, AgroSensórica (startup in Zaragoza, writes English)

@reg(7, family="ashby", lang="en", interview=True, kind="scheduled",
     start=utc("2026-10-14 17:00", MAD), end=utc("2026-10-14 17:30", MAD),
     contact="marc.ferrer@agrosensorica.io", company="AgroSensórica",
     local="Wed 2026-10-14 17:00", local_end="2026-10-14 17:30", zone=MAD,
     note="Ashby confirmation, 'Wednesday, October 14, 2026 · 5:00 PM – 5:30 PM CEST'; contact = Reply-To / "
          "ICS ORGANIZER (co-founder)")
def agrosensorica_ashby() -> bytes:
    body = t("""
        Hi Ainhoa,

        You're all set! Your interview with AgroSensórica is confirmed.

        Product Agronomist (Soil Sensors)
        Wednesday, October 14, 2026 · 5:00 PM – 5:30 PM CEST
        Google Meet: https://meet.google.com/wvf-kcpa-tre

        You'll meet with:
        Marc Ferrer — Co-founder & CTO

        This is a relaxed first conversation: what we're building, what you've done in the field, and
        whether there's a fit. No prep needed.

        Need to reschedule? Reply to this email and it will reach Marc.

        AgroSensórica · Zaragoza
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz_cet("Europe/Madrid")}
BEGIN:VEVENT
UID:b7d2e0c4-11a8-4f5e-9a7c-3e0f55d2c981
DTSTAMP:20261008T083355Z
DTSTART;TZID=Europe/Madrid:20261014T170000
DTEND;TZID=Europe/Madrid:20261014T173000
SEQUENCE:0
SUMMARY:AgroSensórica – Product Agronomist Intro (Ainhoa Gil)
LOCATION:https://meet.google.com/wvf-kcpa-tre
ORGANIZER;CN=Marc Ferrer:mailto:marc.ferrer@agrosensorica.io
ATTENDEE;CN=Ainhoa Gil;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ainhoa.gil@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("AgroSensórica", "no-reply@ashbyhq.com"),
              "Interview confirmed: Product Agronomist (Soil Sensors) at AgroSensórica",
              "2026-10-08 10:33:55", MAD,
              "<0100019270b2c3d4-6e1f8a2b-77c0-4b5d-a1e9-2f3c4d5e6f70-000000@email.amazonses.com>",
              via="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              extra=(("Reply-To", addr("Marc Ferrer", "marc.ferrer@agrosensorica.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(simple_html(body), cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# ---- key 8: SmartRecruiters, Nutrigrano Ibérica (cancelled in key 9)

@reg(8, family="smartrecruiters", lang="es", interview=True, kind="scheduled",
     start=utc("2026-10-22 11:00", MAD), end=utc("2026-10-22 12:00", MAD),
     contact="elena.ribes@nutrigrano.es", company="Nutrigrano Ibérica",
     local="Thu 2026-10-22 11:00", local_end="2026-10-22 12:00", zone=MAD,
     note="SmartRecruiters invitation (usted), '(GMT+02:00) Madrid', 11:00-12:00 in Paterna; ICS ORGANIZER = "
          "hiring manager, who is also named with her address in the body")
def nutrigrano_smartrecruiters() -> bytes:
    body = t("""
        Estimada Ainhoa:

        Su entrevista para la posición de Técnico/a Agronómico/a – Cereal y Leguminosas ha sido
        programada. A continuación encontrará los detalles:

        Fecha: jueves, 22 de octubre de 2026
        Hora: 11:00 - 12:00 (GMT+02:00) Madrid
        Lugar: Nutrigrano Ibérica, Parque Tecnológico, C/ Charles Robert Darwin 9, 46980 Paterna (Valencia)
        Entrevistadora: Elena Ribes, Directora de Desarrollo Agronómico

        Le rogamos que se presente en recepción diez minutos antes.

        Si tiene cualquier pregunta, póngase en contacto con Elena Ribes (elena.ribes@nutrigrano.es).

        Atentamente,
        El equipo de Selección de Nutrigrano Ibérica

        ---
        Enviado por SmartRecruiters en nombre de Nutrigrano Ibérica. Para dejar de recibir
        comunicaciones sobre esta candidatura, visite su perfil de candidato.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{vtz_cet("Europe/Madrid")}
BEGIN:VEVENT
UID:sr-int-9f31c2a8e7@smartrecruiters.com
DTSTAMP:20261016T101840Z
DTSTART;TZID=Europe/Madrid:20261022T110000
DTEND;TZID=Europe/Madrid:20261022T120000
SUMMARY:Entrevista - Técnico/a Agronómico/a – Cereal y Leguminosas
LOCATION:Nutrigrano Ibérica\\, Parque Tecnológico\\, Paterna
ORGANIZER;CN=Elena Ribes:mailto:elena.ribes@nutrigrano.es
ATTENDEE;CN=Ainhoa Gil;RSVP=TRUE:mailto:ainhoa.gil@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Nutrigrano Ibérica", "noreply@smartrecruiters.com"),
              "Entrevista programada: Técnico/a Agronómico/a – Cereal y Leguminosas",
              "2026-10-16 12:18:40", MAD, "<sr.1760609920.8c41f7@smartrecruiters.com>",
              via="from mta-22.smartrecruiters.com (mta-22.smartrecruiters.com [162.247.216.22])")
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, cte="quoted-printable", ctype="application/ics",
                                      filename="entrevista.ics", disposition="attachment", method=None)))


# ---- key 9: human prose, Nutrigrano cancels

@reg(9, family="human_prose", lang="es", interview=True, kind="cancelled",
     start=utc("2026-10-22 11:00", MAD), end=None,
     contact="elena.ribes@nutrigrano.es", company="Nutrigrano Ibérica",
     local="Thu 2026-10-22 11:00", zone=MAD,
     note="Hiring manager (usted) cancels 'la entrevista prevista para el jueves 22 de octubre a las 11:00' "
          "because the position is frozen; no new time; end not restated")
def nutrigrano_cancel() -> bytes:
    body = t("""
        Estimada Ainhoa:

        Lamento tener que comunicarle que nos vemos obligados a cancelar la entrevista prevista para
        el jueves 22 de octubre a las 11:00 en Paterna.

        La dirección ha decidido esta mañana congelar la incorporación de la posición hasta el
        próximo ejercicio, por motivos presupuestarios ajenos al proceso. Le pido disculpas por las
        molestias, sobre todo teniendo en cuenta el desplazamiento desde Teruel.

        Su perfil nos ha parecido muy interesante y, si la posición se reabre en 2027, me pondré en
        contacto con usted directamente.

        Reciba un cordial saludo,

        Elena Ribes Marco
        Directora de Desarrollo Agronómico
        Nutrigrano Ibérica, S.L.
        Tel. +34 961 36 80 12

        AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
        destinatario y pueden contener información confidencial. Si no es usted el destinatario
        indicado, le rogamos que lo comunique al remitente y proceda a su borrado.
        """)
    hs = head(addr("Elena Ribes", "elena.ribes@nutrigrano.es"),
              "Cancelación entrevista 22/10 – Técnico/a Agronómico/a", "2026-10-20 09:05:27", MAD,
              "<AM6PR02MB4471B0E2F8C3D94A1E7F5C22B6D1@AM6PR02MB4471.eurprd02.prod.outlook.com>",
              via="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2072.outbound.protection.outlook.com [40.107.21.72])",
              extra=(("Content-Language", "es-ES"),))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"),
                                charset="windows-1252")))


# ---- key 10: iCIMS, Verdalia Crop Science (receipt key 27, cancelled key 11, OOO key 38)

@reg(10, family="icims", lang="en", interview=True, kind="scheduled",
     start=utc("2026-11-03 16:00", MAD), end=utc("2026-11-03 17:00", MAD),
     contact="oriol.vidal@verdalia.com", company="Verdalia Crop Science",
     local="Tue 2026-11-03 16:00", local_end="2026-11-03 17:00", zone=MAD,
     note="iCIMS panel invitation sent after the October DST change: 'Tuesday, November 3, 2026, 4:00 PM – 5:00 PM "
          "(CET, Madrid)' = UTC+1; contact = recruiter address in the body (From is the iCIMS mailbox)")
def verdalia_icims() -> bytes:
    body = t("""
        Dear Ainhoa,

        Thank you for your continued interest in Verdalia Crop Science. We are pleased to confirm your
        panel interview for the position below.

        Requisition: 2026-4471 Field Trials Agronomist, Iberia
        Date: Tuesday, November 3, 2026
        Time: 4:00 PM – 5:00 PM (CET, Madrid)
        Location: Verdalia Iberia, Av. Diagonal 640, 6th floor, 08017 Barcelona
        (Microsoft Teams available on request)

        Panel:
        Katrin Böhm – Head of Field Development EMEA
        Oriol Vidal – Talent Acquisition Partner

        Please bring a photo ID for building access. If you have questions before the interview,
        please contact Oriol Vidal at oriol.vidal@verdalia.com.

        Kind regards,
        Verdalia Talent Acquisition

        This message was sent from an unmonitored mailbox. Verdalia Crop Science is an equal
        opportunity employer.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f3f5f2">
        <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1f2a1f">
        <tr><td style="background:#2f6b3a;color:#ffffff;font-size:20px">Verdalia Crop Science</td></tr>
        <tr><td>
        <p>Dear Ainhoa,</p>
        <p>Thank you for your continued interest in Verdalia Crop Science. We are pleased to confirm your panel interview for the position below.</p>
        <table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
        <tr><td><b>Requisition</b></td><td>2026-4471 Field Trials Agronomist, Iberia</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time</b></td><td>4:00 PM &ndash; 5:00 PM (CET, Madrid)</td></tr>
        <tr><td><b>Location</b></td><td>Verdalia Iberia, Av. Diagonal 640, 6th floor, 08017 Barcelona<br>(Microsoft Teams available on request)</td></tr>
        </table>
        <p><b>Panel</b><br>Katrin B&ouml;hm &ndash; Head of Field Development EMEA<br>Oriol Vidal &ndash; Talent Acquisition Partner</p>
        <p>Please bring a photo ID for building access. If you have questions before the interview, please contact Oriol Vidal at <a href="mailto:oriol.vidal@verdalia.com">oriol.vidal@verdalia.com</a>.</p>
        <p>Kind regards,<br>Verdalia Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#777">This message was sent from an unmonitored mailbox. Verdalia Crop Science is an equal opportunity employer.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Verdalia Talent Acquisition", "verdalia@talent.icims.com"),
              "Interview Confirmation - Field Trials Agronomist, Iberia (2026-4471)", "2026-10-26 09:15:48", MAD,
              "<1761466548.77120.verdalia@talent.icims.com>",
              via="from mail3.icims.com (mail3.icims.com [66.162.151.23])")
    return message(hs, alt(text(body), html(page)))


# ---- key 11: Exchange METHOD:CANCEL, Verdalia hiring manager

@reg(11, family="outlook_calendar", lang="en", interview=True, kind="cancelled",
     start=utc("2026-11-03 16:00", MAD), end=utc("2026-11-03 17:00", MAD),
     contact="katrin.bohm@verdalia.com", company="Verdalia Crop Science",
     local="Tue 2026-11-03 16:00", local_end="2026-11-03 17:00", zone=MAD,
     note="Outlook cancellation, METHOD:CANCEL, TZID 'Romance Standard Time' (-> Europe/Paris, same rules as "
          "Madrid), 'When: Tuesday, November 3, 2026 4:00 PM-5:00 PM (UTC+01:00) Brussels, Copenhagen, Madrid, "
          "Paris'; contact = ORGANIZER / sender")
def verdalia_cancel() -> bytes:
    body = t("""
        When: Tuesday, November 3, 2026 4:00 PM-5:00 PM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
        Where: Verdalia Iberia, Diagonal 640 – Sala Montseny / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*~*

        Hi Ainhoa,

        I am very sorry, but I have to cancel our panel interview on Tuesday. I have been asked to
        cover the maize trial harvest at our site near Hannover that week and will not be in
        Barcelona.

        Oriol will get in touch with you about the next steps. Apologies for the short notice.

        Best regards,
        Katrin
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Böhm, Katrin":mailto:katrin.bohm@verdalia.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ainhoa Gil:mailto:ainhoa.gil@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vidal, Oriol":mailto:oriol.vidal@verdalia.com
DESCRIPTION;LANGUAGE=en-US:Hi Ainhoa\\,\\n\\nI am very sorry\\, but I have to cancel our panel interview on Tuesday.\\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C6D2E44ADB01000000000000000010000000C9E1F4A27B3D8B4EA1F0D2C3B4A59687
SUMMARY;LANGUAGE=en-US:Canceled: Interview – Ainhoa Gil – Field Trials Agronomist
DTSTART;TZID=Romance Standard Time:20261103T160000
DTEND;TZID=Romance Standard Time:20261103T170000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261030T104412Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Verdalia Iberia\\, Diagonal 640 – Sala Montseny / Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1921385521
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Böhm, Katrin", "katrin.bohm@verdalia.com"),
              "Canceled: Interview – Ainhoa Gil – Field Trials Agronomist", "2026-10-30 11:44:12", MAD,
              "<VI1PR08MB52310F7A6D2C4E8B9A3D1E4FC7A02@VI1PR08MB5231.eurprd08.prod.outlook.com>",
              via="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2119.outbound.protection.outlook.com [40.107.8.119])",
              extra=(("Thread-Topic", enc("Interview – Ainhoa Gil – Field Trials Agronomist")),
                     ("Thread-Index", "AdtKp1Q9wZfXb3c7Rr6yLmN0QvU2sA=="),
                     ("Importance", "high"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, method="CANCEL", cte="base64")))


# ---- key 12: Workable, Riegos Moncayo (phone screen)

@reg(12, family="workable", lang="es", interview=True, kind="scheduled",
     start=utc("2026-11-02 10:00", MAD), end=None,
     contact="pablo.lacasa@riegosmoncayo.es", company="Riegos Moncayo",
     local="Mon 2026-11-02 10:00", zone=MAD,
     note="Workable phone screen 'lunes, 2 de noviembre de 2026 · 10:00 (Europe/Madrid)', CET after the DST change; "
          "'unos 30 minutos' is approximate so end null; Reply-To is a Workable relay, contact = the engineer's "
          "address in the signature")
def moncayo_workable() -> bytes:
    body = t("""
        Hola Ainhoa,

        ¡Gracias por reservar tu entrevista con Riegos Moncayo!

        Puesto: Ingeniero/a Agrónomo/a – Proyectos de Riego (Tarazona / Zaragoza)
        Tipo: Llamada telefónica
        Fecha: lunes, 2 de noviembre de 2026 · 10:00 (Europe/Madrid)
        Duración: unos 30 minutos

        Te llamará Pablo al número que nos indicaste (+34 6•• ••• 318). Si prefieres videollamada,
        dínoslo contestando a este mensaje.

        Un saludo,

        Pablo Lacasa
        Jefe de Proyectos · Riegos Moncayo S.L.
        pablo.lacasa@riegosmoncayo.es · 976 64 12 09

        —
        Enviado con Workable
        """)
    hs = head(addr("Riegos Moncayo", "noreply@workablemail.com"),
              "Entrevista confirmada con Riegos Moncayo – Ingeniero/a Agrónomo/a", "2026-10-28 13:02:19", MAD,
              "<5f2e9a.c41d7b03.20261028120219@workablemail.com>",
              via="from mail-out-21.workablemail.com (mail-out-21.workablemail.com [198.2.180.21])",
              extra=(("Reply-To", "riegos-moncayo+a8f2c91e3b@candidates.workablemail.com"),))
    return message(hs, alt(text(body, cte="8bit"), html(simple_html(body))))


# ---- key 13: JazzHR, Frutícola Andes Sur (Chile)

@reg(13, family="jazzhr", lang="es", interview=True, kind="scheduled",
     start=utc("2026-11-11 09:00", SCL), end=utc("2026-11-11 09:45", SCL),
     contact="crojas@fruticolaandessur.cl", company="Frutícola Andes Sur",
     local="Wed 2026-11-11 09:00", local_end="2026-11-11 09:45", zone=SCL,
     note="JazzHR mail from Chile (usted): 'miércoles 11 de noviembre de 2026 a las 09:00 hrs (hora de Chile "
          "continental, UTC-3)', Chilean summer time; also restates 13:00 in Spain (CET); 45 minutes; contact = "
          "Reply-To")
def andessur_jazzhr() -> bytes:
    body = t("""
        Estimada Ainhoa:

        Junto con saludar, le confirmamos su entrevista para el cargo de Jefa de Huerto – Cerezos
        (Región de O'Higgins).

        Fecha: miércoles 11 de noviembre de 2026
        Hora: 09:00 hrs (hora de Chile continental, UTC-3)
        Duración: 45 minutos
        Modalidad: Zoom – https://fruticolaandessur.zoom.us/j/86120455317

        Para su referencia, las 09:00 en Chile corresponden a las 13:00 en España peninsular.

        Participarán don Hernán Cifuentes, Gerente Agrícola, y quien suscribe.

        Ante cualquier consulta, puede responder a este correo.

        Saludos cordiales,

        Camila Rojas Pizarro
        Encargada de Personas
        Frutícola Andes Sur SpA – Rengo, Chile
        """)
    hs = head(addr("Frutícola Andes Sur", "noreply@applytojob.com"),
              "Confirmación de entrevista – Jefa de Huerto Cerezos", "2026-11-05 16:40:03", SCL,
              "<20261105194003.1d9e4b7f2a.jazzhr@applytojob.com>",
              via="from smtp.applytojob.com (smtp.applytojob.com [52.70.196.88])",
              extra=(("Reply-To", addr("Camila Rojas", "crojas@fruticolaandessur.cl")),))
    return message(hs, html(simple_html(body), cte="base64"))


# ---- key 14: Calendly, Frutas Bajo Cinca (cancelled in key 15, new link in key 35)

@reg(14, family="calendly", lang="es", interview=True, kind="scheduled",
     start=utc("2026-11-13 12:00", MAD), end=utc("2026-11-13 12:30", MAD),
     contact="jballarin@frutasbajocinca.es", company="Frutas Bajo Cinca",
     local="Fri 2026-11-13 12:00", local_end="2026-11-13 12:30", zone=MAD,
     note="Calendly invitee confirmation in Spanish, '12:00 - 12:30, viernes, 13 de noviembre de 2026 (hora de "
          "Europa central)'; contact = host in Reply-To")
def bajocinca_calendly() -> bytes:
    body = t("""
        Hola, Ainhoa Gil:

        Se ha programado tu evento con Javier Ballarín.

        Tipo de evento:
        Entrevista – Técnico/a de Calidad en Campo

        Fecha/Hora del evento:
        12:00 - 12:30, viernes, 13 de noviembre de 2026 (hora de Europa central)

        Ubicación:
        Google Meet
        https://meet.google.com/hxo-pmcd-zva

        Notas del organizador:
        Repasaremos tu experiencia en fruta de hueso y la campaña de melocotón de Fraga.

        ¿Necesitas hacer cambios?
        Cancelar: https://calendly.com/cancellations/4b0e1c8a-77d3-41a9-bb5e-0f2d1c9e7a31
        Reprogramar: https://calendly.com/reschedulings/4b0e1c8a-77d3-41a9-bb5e-0f2d1c9e7a31

        Con la tecnología de Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:4b0e1c8a-77d3-41a9-bb5e-0f2d1c9e7a31@calendly.com
DTSTAMP:20261109T081410Z
DTSTART:20261113T110000Z
DTEND:20261113T113000Z
SUMMARY:Entrevista – Técnico/a de Calidad en Campo: Ainhoa Gil y Javier Ballarín
LOCATION:https://meet.google.com/hxo-pmcd-zva
ORGANIZER;CN=Javier Ballarín:mailto:jballarin@frutasbajocinca.es
ATTENDEE;CN=Ainhoa Gil;PARTSTAT=ACCEPTED:mailto:ainhoa.gil@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Entrevista – Técnico/a de Calidad en Campo con Javier Ballarín el viernes, 13 de noviembre de 2026",
              "2026-11-09 09:14:10", MAD, "<a1f09c3e-2d55-4b8e-9c61-7e3b0d2f1a44@calendly.com>",
              via="from o1678.calendly.com (o1678.calendly.com [167.89.87.118])",
              extra=(("Reply-To", addr("Javier Ballarín", "jballarin@frutasbajocinca.es")),))
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# ---- key 15: Calendly cancellation by the host

@reg(15, family="calendly", lang="es", interview=True, kind="cancelled",
     start=utc("2026-11-13 12:00", MAD), end=utc("2026-11-13 12:30", MAD),
     contact="jballarin@frutasbajocinca.es", company="Frutas Bajo Cinca",
     local="Fri 2026-11-13 12:00", local_end="2026-11-13 12:30", zone=MAD,
     note="Calendly 'Cancelado' mail: the host cancelled the 12:00-12:30 CET slot on Friday 13 November, METHOD:CANCEL "
          "ICS; contact = host in Reply-To")
def bajocinca_cancel() -> bytes:
    body = t("""
        Hola, Ainhoa Gil:

        Javier Ballarín ha cancelado el siguiente evento.

        Tipo de evento:
        Entrevista – Técnico/a de Calidad en Campo

        Fecha/Hora del evento:
        12:00 - 12:30, viernes, 13 de noviembre de 2026 (hora de Europa central)

        Motivo de la cancelación:
        "Me coincide con una auditoría de certificación en la central de Fraga. Te escribo con otro enlace, perdona!"

        Con la tecnología de Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
UID:4b0e1c8a-77d3-41a9-bb5e-0f2d1c9e7a31@calendly.com
DTSTAMP:20261111T074502Z
DTSTART:20261113T110000Z
DTEND:20261113T113000Z
SUMMARY:Entrevista – Técnico/a de Calidad en Campo: Ainhoa Gil y Javier Ballarín
ORGANIZER;CN=Javier Ballarín:mailto:jballarin@frutasbajocinca.es
ATTENDEE;CN=Ainhoa Gil:mailto:ainhoa.gil@example.org
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Cancelado: Entrevista – Técnico/a de Calidad en Campo con Javier Ballarín el viernes, 13 de noviembre de 2026",
              "2026-11-11 08:45:02", MAD, "<7c2d4e19-0b8a-4f3c-a5d6-91e8f0b2c3d7@calendly.com>",
              via="from o1678.calendly.com (o1678.calendly.com [167.89.87.118])",
              extra=(("Reply-To", addr("Javier Ballarín", "jballarin@frutasbajocinca.es")),))
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, method="CANCEL", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# ---- key 16: Microsoft Bookings, CTA del Turia

@reg(16, family="ms_bookings", lang="es", interview=True, kind="scheduled",
     start=utc("2026-11-18 10:30", MAD), end=utc("2026-11-18 11:30", MAD),
     contact="marta.soler@ctaturia.es", company="Centro Tecnológico Agroalimentario del Turia",
     local="Wed 2026-11-18 10:30", local_end="2026-11-18 11:30", zone=MAD,
     note="Bookings confirmation in Spanish, '10:30 - 11:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París' in "
          "November (CET, label correct); From is the shared Bookings mailbox, contact = staff address in the body")
def ctaturia_bookings() -> bytes:
    body = t("""
        Hola, Ainhoa Gil:

        Gracias por reservar con Centro Tecnológico Agroalimentario del Turia. Su reserva está confirmada.

        Entrevista – Investigador/a en Suelos y Fertilización
        miércoles, 18 de noviembre de 2026
        10:30 - 11:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París

        Personal: Marta Soler
        Ubicación: Reunión de Microsoft Teams

        Unirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4MmQ1OGEtYjc2@thread.v2/0

        Si necesita cambiar o cancelar la cita, puede hacerlo desde el enlace de gestión de la
        reserva o escribiendo a Marta Soler (marta.soler@ctaturia.es).

        Centro Tecnológico Agroalimentario del Turia
        Camí de la Marjal s/n, 46470 Catarroja (Valencia)
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Entrevistas CTA Turia:mailto:EntrevistasCTATuria@ctaturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ainhoa Gil:mailto:ainhoa.gil@example.org
UID:040000008200E00074C5B7101A82E00800000000D41B6E02A3F6DB01000000000000000010000000F2E4B1C7A98D0B4D9C3E5F6A7B8C9D01
SUMMARY;LANGUAGE=es-ES:Entrevista – Investigador/a en Suelos y Fertilización
DTSTART;TZID=Romance Standard Time:20261118T103000
DTEND;TZID=Romance Standard Time:20261118T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T125507Z
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
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Entrevistas CTA Turia", "EntrevistasCTATuria@ctaturia.es"),
              "Reserva confirmada: Entrevista – Investigador/a en Suelos y Fertilización",
              "2026-11-12 13:55:07", MAD,
              "<PAXPR07MB8120E1B4C6D9A3F2B7E0C1D5A884@PAXPR07MB8120.eurprd07.prod.outlook.com>",
              via="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2090.outbound.protection.outlook.com [40.107.104.90])",
              extra=(("Content-Language", "es-ES"),))
    return message(hs, alt(text(body, cte="base64"),
                           html(simple_html(body, "font-family:'Segoe UI',sans-serif;font-size:14px"), cte="base64"),
                           calendar(ics, cte="base64")))


# ---- key 17: Exchange invitation from Chile, Viñedos Cordillera (proposal before it: key 36)

@reg(17, family="outlook_calendar", lang="es", interview=True, kind="scheduled",
     start=utc("2026-11-17 10:00", SCL), end=utc("2026-11-17 11:00", SCL),
     contact="rfuenzalida@vinedoscordillera.cl", company="Viñedos Cordillera",
     local="Tue 2026-11-17 10:00", local_end="2026-11-17 11:00", zone=SCL,
     note="Outlook meeting request from Chile, TZID 'Pacific SA Standard Time' (-> America/Santiago, UTC-3 in "
          "November) 10:00-11:00; body also says 14:00 in Spain (CET); contact = ORGANIZER / sender")
def cordillera_outlook() -> bytes:
    body = t("""
        Estimada Ainhoa:

        Tal como conversamos, le envío la invitación para nuestra entrevista por Teams el martes 17 de
        noviembre, de 10:00 a 11:00 hora de Chile (14:00 a 15:00 en España). Nos acompañará también
        Verónica Tapia, nuestra enóloga jefa.

        Cualquier inconveniente me avisa.

        Saludos cordiales,
        Rodrigo Fuenzalida E.
        Gerente Agrícola | Viñedos Cordillera
        Camino Los Pataguas 2150, Pirque, Región Metropolitana

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde un equipo, una aplicación móvil o un dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ0YjM5NzItMWM@thread.v2/0>
        Id. de reunión: 381 204 556 712
        Código de acceso: pT7kQ2
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_PACIFIC_SA}
BEGIN:VEVENT
ORGANIZER;CN=Rodrigo Fuenzalida:mailto:rfuenzalida@vinedoscordillera.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ainhoa.gil@example.org:mailto:ainhoa.gil@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Verónica Tapia:mailto:vtapia@vinedoscordillera.cl
DESCRIPTION;LANGUAGE=es-CL:Estimada Ainhoa:\\n\\nTal como conversamos\\, le envío la invitación para nuestra entrevista por Teams.\\n
UID:040000008200E00074C5B7101A82E008000000005B7C1E9F2A76DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=es-CL:Entrevista Ainhoa Gil – Jefa Técnica de Viñedo
DTSTART;TZID=Pacific SA Standard Time:20261117T100000
DTEND;TZID=Pacific SA Standard Time:20261117T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T201833Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117734409
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:rfuenzalida@vinedoscordillera.cl\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_OGQ0YjM5NzItMWM-thread.v2
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Rodrigo Fuenzalida", "rfuenzalida@vinedoscordillera.cl"),
              "Entrevista Ainhoa Gil – Jefa Técnica de Viñedo", "2026-11-12 17:18:33", SCL,
              "<CP4PR80MB5843A1C9E2F7D04B8E6A3C2D19F0@CP4PR80MB5843.lamprd80.prod.outlook.com>",
              via="from BRA01-CP4-obe.outbound.protection.outlook.com (mail-cp4bra01on2112.outbound.protection.outlook.com [40.107.215.112])",
              extra=(("Thread-Topic", enc("Entrevista Ainhoa Gil – Jefa Técnica de Viñedo")),
                     ("Thread-Index", "AdtWm9pTq2h0bS4xQ1eCj8rLzWf3vQ=="), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""), ("Content-Language", "es-CL")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


# ---- key 18: Google Calendar update, Agrícola Los Maitenes (Chile)

@reg(18, family="google_calendar", lang="es", interview=True, kind="rescheduled",
     start=utc("2026-11-26 08:30", SCL), end=utc("2026-11-26 09:15", SCL),
     contact="francisca.undurraga@losmaitenes.cl", company="Agrícola Los Maitenes",
     local="Thu 2026-11-26 08:30", local_end="2026-11-26 09:15", zone=SCL,
     days=(("Wed", "2026-11-25"),),
     note="Google Calendar 'Invitación actualizada' (Spanish UI): moved from Wed 25 to 'jueves, 26 de noviembre de "
          "2026⋅8:30 – 9:15 Hora de verano de Chile' (UTC-3), SEQUENCE:1; contact = ORGANIZER / From")
def maitenes_gcal() -> bytes:
    body = t("""
        Este evento se ha modificado.

        Entrevista Ainhoa Gil – Agrónoma de Desarrollo
        Ahora: jueves, 26 de noviembre de 2026⋅8:30 – 9:15
        Hora de verano de Chile - Santiago
        Antes: miércoles, 25 de noviembre de 2026⋅8:30 – 9:15

        Unirse con Google Meet
        https://meet.google.com/ubt-gwoq-ksy

        Organizador
        Francisca Undurraga
        francisca.undurraga@losmaitenes.cl

        Invitados
        Francisca Undurraga - organizador
        ainhoa.gil@example.org
        Tomás Errázuriz

        Ver todos los detalles de la invitación: https://calendar.google.com/calendar/event?action=VIEW&eid=M2Z0cjRrYzBoZDVq

        Responder para ainhoa.gil@example.org: Sí / No / Quizás / Más opciones

        Invitación de Google Calendar

        Has recibido este correo electrónico porque has sido invitado a este evento. Para dejar de
        recibir actualizaciones, puedes rechazar el evento.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_SANTIAGO}
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20261126T083000
DTEND;TZID=America/Santiago:20261126T091500
DTSTAMP:20261123T143127Z
ORGANIZER;CN=Francisca Undurraga:mailto:francisca.undurraga@losmaitenes.cl
UID:3ftr4kc0hd5jq1v8m2n7b6s9pa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Francisca Undurraga;X-NUM-GUESTS=0:mailto:francisca.undurraga@losmaitenes.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ainhoa.gil@example.org;X-NUM-GUESTS=0:mailto:ainhoa.gil@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomás Errázuriz;X-NUM-GUESTS=0:mailto:terrazuriz@losmaitenes.cl
X-GOOGLE-CONFERENCE:https://meet.google.com/ubt-gwoq-ksy
CREATED:20261116T191004Z
DESCRIPTION:-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete con Google Meet: https://meet.google.com/ubt-gwoq-ksy\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20261123T143127Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entrevista Ainhoa Gil – Agrónoma de Desarrollo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Francisca Undurraga", "francisca.undurraga@losmaitenes.cl"),
              "Invitación actualizada: Entrevista Ainhoa Gil – Agrónoma de Desarrollo @ jue 26 nov 2026 8:30 - 9:15 (GMT-3) (ainhoa.gil@example.org)",
              "2026-11-23 11:31:27", SCL, "<calendar-7d1c2b9e-4a3f-4e51-8b06-2c9d1f7e0a35@google.com>",
              via="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Francisca Undurraga", "francisca.undurraga@losmaitenes.cl"))))
    return message(hs, mixed(alt(text(body, cte="base64"), html(simple_html(body), cte="quoted-printable"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# ---- key 19: human prose, Olivar del Matarraña (casual, tú)

@reg(19, family="human_prose", lang="es", interview=True, kind="scheduled",
     start=utc("2026-11-20 11:00", MAD), end=None,
     contact="mateo@olivardelmatarrana.es", company="Olivar del Matarraña",
     local="Fri 2026-11-20 11:00", zone=MAD,
     note="Casual confirmation after a phone call, 'el viernes 20 a las 11 en la almazara', resolved against the "
          "Date (Mon 16 Nov); 'calcula toda la mañana' gives no end; contact = human sender")
def matarrana_prose() -> bytes:
    body = t("""
        Hola Ainhoa!

        Como te dije por telefono, te confirmo que te esperamos el viernes 20 a las 11 en la almazara
        (Ctra. de Beceite km 2, Valderrobres, es la nave grande con el tejado verde, no tiene perdida).

        Estaremos mi socia Carmen y yo. Hacemos la entrevista con un café y luego subimos a ver las
        fincas de arriba, las de empeltre viejo, así que trae calzado de campo jeje. Calcula toda la
        mañana.

        Si la carretera de Alcañiz está mal por la niebla avísame al 678 20 41 93 y lo movemos sin
        problema.

        Un abrazo,
        Mateo

        Enviado desde mi iPhone
        """)
    hs = head(addr("Mateo Albesa", "mateo@olivardelmatarrana.es"), "Viernes en la almazara",
              "2026-11-16 20:14:52", MAD, "<9A3E1F2C-7B4D-4E8A-B1C6-0D5F2E7A9B13@olivardelmatarrana.es>",
              via="from smtp.olivardelmatarrana.es (smtp.olivardelmatarrana.es [91.142.214.37])",
              extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


# ---- key 20: reply on top of a quoted thread, Cooperativa Cereales del Jalón (proposal: key 37)

@reg(20, family="reply_quoted", lang="es", interview=True, kind="scheduled",
     start=utc("2026-11-25 16:00", MAD), end=None,
     contact="pgimeno@cerealesdeljalon.es", company="Cooperativa Cereales del Jalón",
     local="Wed 2026-11-25 16:00", zone=MAD,
     days=(("Tue", "2026-11-24"), ("Wed", "2026-11-18"), ("Tue", "2026-11-17")),
     note="Reply on top of the quoted thread (proposal of two slots, candidate's choice): 'queda confirmada la "
          "entrevista el miércoles 25 de noviembre a las 16:00' in Épila; 'en torno a una hora' -> end null; the "
          "other proposed slot (Tue 24, 9:30) is only in the quote; contact = human sender")
def jalon_reply() -> bytes:
    body = t("""
        Buenos días, Ainhoa:

        Perfecto, queda confirmada la entrevista el miércoles 25 de noviembre a las 16:00 en nuestras
        oficinas de Épila (Avda. de la Estación, 3 – junto a la báscula). Le atenderemos el gerente,
        D. Alfonso Lahoz, y yo misma. Calcule en torno a una hora.

        Si viene en autobús desde Zaragoza, avíseme y le recogemos en la parada.

        Un saludo cordial,

        Pilar Gimeno
        Administración y RR. HH.
        Cooperativa Cereales del Jalón, S. Coop.
        Tel. 976 81 02 77

        -----Mensaje original-----
        De: Ainhoa Gil <ainhoa.gil@example.org>
        Enviado el: miércoles, 18 de noviembre de 2026 19:22
        Para: Pilar Gimeno <pgimeno@cerealesdeljalon.es>
        Asunto: Re: Entrevista puesto Técnico de Cultivos Herbáceos

        Buenas tardes, Pilar:

        Muchas gracias por su correo. Me viene mejor el miércoles 25 a las 16:00, así puedo organizarme
        con el trabajo por la mañana.

        Un saludo,
        Ainhoa Gil

        El mar, 17 nov 2026 a las 12:10, Pilar Gimeno (<pgimeno@cerealesdeljalon.es>) escribió:
        > Estimada Ainhoa:
        >
        > En relación con su candidatura al puesto de Técnico de Cultivos Herbáceos, nos gustaría
        > mantener una entrevista con usted en nuestras oficinas de Épila. ¿Le vendría bien el
        > martes 24 de noviembre a las 9:30 o el miércoles 25 a las 16:00?
        >
        > Quedo a la espera de su respuesta.
        >
        > Un saludo cordial,
        > Pilar Gimeno
        """)
    hs = head(addr("Pilar Gimeno", "pgimeno@cerealesdeljalon.es"),
              "RE: Entrevista puesto Técnico de Cultivos Herbáceos", "2026-11-19 08:47:16", MAD,
              "<000d01dd5a2e$4f8b3c10$eea1b430$@cerealesdeljalon.es>",
              via="from correo.cerealesdeljalon.es (correo.cerealesdeljalon.es [217.126.88.140])",
              extra=(("In-Reply-To", "<CAHx3vG7bN2qLp0+ZcWm5rEtYk9sQ1uVa8dJ4fH6oT3w@mail.gmail.com>"),
                     ("References", "<002a01dd5911$8c2e7f40$a48b6dc0$@cerealesdeljalon.es>\r\n"
                                    " <CAHx3vG7bN2qLp0+ZcWm5rEtYk9sQ1uVa8dJ4fH6oT3w@mail.gmail.com>"),
                     ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")))
    return message(hs, text(body, charset="windows-1252"))


# ---- key 21: message/rfc822 attachment, headhunter forwards Bodegas Lasierra's confirmation

def _lasierra_inner() -> bytes:
    body = t("""
        Hola Nuria:

        Hablado con Ainhoa por teléfono esta mañana. Confirmado: la entrevista será el lunes 30/11 a
        las 12:00 aquí en la bodega (Ctra. de Naval km 3,8, Barbastro). Estaremos el director técnico,
        Gonzalo Bielsa, y yo. Después, si le apetece, comemos y subimos a ver las parcelas de
        Secastilla.

        Pásale tú la dirección y el teléfono de recepción (974 31 26 50) por si acaso.

        Gracias,
        Andrés

        --
        Andrés Lasierra Buil
        Gerente · Bodegas Lasierra
        D.O. Somontano
        """)
    hs = [("From", addr("Andrés Lasierra", "andres.lasierra@bodegaslasierra.es")),
          ("To", addr("Nuria Escartín", "nuria.escartin@talentoagro.es")),
          ("Subject", enc("Candidata Ainhoa Gil – entrevista")),
          ("Date", date("2026-11-23 13:26:40", MAD)),
          ("Message-ID", "<4d7b2a90-3c1e-4f85-a6d2-91e0b8c7f534@bodegaslasierra.es>")]
    return message(hs, text(body, charset="iso-8859-1"))


@reg(21, family="rfc822_attachment", lang="es", interview=True, kind="scheduled",
     start=utc("2026-11-30 12:00", MAD), end=None,
     contact="nuria.escartin@talentoagro.es", company="Bodegas Lasierra",
     local="Mon 2026-11-30 12:00", zone=MAD,
     note="Headhunter forwards the winery's confirmation as a message/rfc822 attachment: 'el lunes 30/11 a las 12:00' "
          "(CET) in Barbastro; contact = the headhunter, the human sender of the outer mail (rule order); company = "
          "the hiring winery, not the agency")
def lasierra_rfc822() -> bytes:
    body = t("""
        Hola Ainhoa,

        ¡Buenas noticias! Bodegas Lasierra ya te ha dado fecha: el lunes 30 de noviembre a las 12:00 en
        la bodega, en Barbastro. Te adjunto el correo de Andrés con los detalles.

        Un par de consejos: Gonzalo es muy de campo, así que habla de datos de maduración y de lo que
        hiciste con el riego deficitario en Calatayud. Andrés valora mucho que conozcas la zona.

        Llámame a la vuelta y me cuentas qué tal.

        Un abrazo,

        Nuria Escartín
        Consultora Senior · Talento Agro Consultores
        Paseo Sagasta 31, 3.º izda. · 50008 Zaragoza
        M. 654 09 87 21
        """)
    hs = head(addr("Nuria Escartín", "nuria.escartin@talentoagro.es"),
              "Fecha con Bodegas Lasierra", "2026-11-24 10:02:58", MAD,
              "<b8e3f1a2-6d4c-4c09-9e7a-1f2d3c4b5a60@talentoagro.es>",
              via="from mail.talentoagro.es (mail.talentoagro.es [185.42.104.66])")
    return message(hs, mixed(text(body), attached_message(_lasierra_inner(),
                                                           "Candidata Ainhoa Gil - entrevista.eml")))


# ---- key 22: Lever reschedule, Tuinbouw Data (thanks after it: key 50)

@reg(22, family="lever", lang="en", interview=True, kind="rescheduled",
     start=utc("2026-12-07 15:30", AMS), end=utc("2026-12-07 16:15", AMS),
     contact="daan.verhoeven@tuinbouwdata.nl", company="Tuinbouw Data",
     local="Mon 2026-12-07 15:30", local_end="2026-12-07 16:15", zone=AMS,
     days=(("Thu", "2026-12-03"),),
     note="Lever reschedule: 'New time: Monday, December 7, 2026, 3:30 PM – 4:15 PM CET (Amsterdam)', old time "
          "(Thu 3 Dec 10:00) also shown; ICS SEQUENCE:1 TZID Europe/Amsterdam; contact = Reply-To / ORGANIZER")
def tuinbouw_lever() -> bytes:
    body = t("""
        Hi Ainhoa,

        Your interview for Agronomist - Greenhouse Data Products at Tuinbouw Data has been moved to a
        new time.

        New time: Monday, December 7, 2026, 3:30 PM - 4:15 PM CET (Amsterdam)
        Previously: Thursday, December 3, 2026, 10:00 AM CET

        Interviewer: Daan Verhoeven, Lead Agronomist
        Location: Zoom - https://tuinbouwdata.zoom.us/j/93017265540

        An updated calendar invitation is attached. If the new time doesn't work, just reply to this
        email and Daan will sort it out.

        Thanks,
        The Tuinbouw Data team

        Sent via Lever
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz_cet("Europe/Amsterdam")}
BEGIN:VEVENT
UID:lever-interview-2e8a4f1c-9b3d-4a7e-8c61-5d0f2b9e3a17@hire.lever.co
DTSTAMP:20261201T092744Z
DTSTART;TZID=Europe/Amsterdam:20261207T153000
DTEND;TZID=Europe/Amsterdam:20261207T161500
SUMMARY:Interview: Ainhoa Gil <> Tuinbouw Data (Agronomist - Greenhouse Data Products)
LOCATION:https://tuinbouwdata.zoom.us/j/93017265540
ORGANIZER;CN=Daan Verhoeven:mailto:daan.verhoeven@tuinbouwdata.nl
ATTENDEE;CN=Ainhoa Gil;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:ainhoa.gil@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Tuinbouw Data", "no-reply@hire.lever.co"),
              "Updated: your interview with Tuinbouw Data has been rescheduled", "2026-12-01 10:27:44", AMS,
              "<20261201092744.6b1e0f.lever-interview@hire.lever.co>",
              via="from mail-out.hire.lever.co (mail-out.hire.lever.co [54.149.72.231])",
              extra=(("Reply-To", addr("Daan Verhoeven", "daan.verhoeven@tuinbouwdata.nl")),))
    return message(hs, mixed(alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body))),
                             calendar(ics, cte="7bit", filename="interview.ics", disposition="attachment")))


# ---- key 23: GoodTime reschedule, Harvestia (take-home before it: key 47)

@reg(23, family="goodtime", lang="en", interview=True, kind="rescheduled",
     start=utc("2026-12-09 11:00", LIS), end=utc("2026-12-09 12:30", LIS),
     contact="ines.carvalho@harvestia.com", company="Harvestia",
     local="Wed 2026-12-09 11:00", local_end="2026-12-09 12:30", zone=LIS,
     days=(("Fri", "2026-12-04"),),
     note="GoodTime 'rescheduled' itinerary in Lisbon winter time (WET = UTC), two back-to-back sessions 11:00-12:30; "
          "start = first session, end = last; contact = coordinator in Reply-To")
def harvestia_goodtime() -> bytes:
    body = t("""
        Hi Ainhoa,

        Your interview with Harvestia has been rescheduled. Please see the updated details below.
        The previous invitation for Friday, December 4 is no longer valid.

        Wednesday, December 9, 2026
        All times in Western European Time (Lisbon)

        11:00 AM - 11:45 AM   Take-home review & technical deep dive - Miguel Antunes, Principal Agronomist
        11:45 AM - 12:30 PM   Team & values - Inês Carvalho, Recruiting Coordinator

        Location: Harvestia Lisbon Hub, Avenida 24 de Julho 102, 1200-870 Lisboa (Reception, 3rd floor)
        Remote option: https://harvestia.zoom.us/j/81544019276

        If you have any questions, reply to this email to reach Inês.

        Best,
        Harvestia Recruiting

        Scheduled with GoodTime
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Hire//EN
METHOD:REQUEST
{VTZ_LISBON}
BEGIN:VEVENT
UID:gt-5a81c3e2-0f94-4d6b-a2e7-83c1b9d4f206@goodtime.io
DTSTAMP:20261203T150950Z
DTSTART;TZID=Europe/Lisbon:20261209T110000
DTEND;TZID=Europe/Lisbon:20261209T123000
SUMMARY:Harvestia Onsite Interview - Ainhoa Gil
LOCATION:Harvestia Lisbon Hub\\, Avenida 24 de Julho 102\\, 1200-870 Lisboa
ORGANIZER;CN=Inês Carvalho:mailto:ines.carvalho@harvestia.com
ATTENDEE;CN=Ainhoa Gil;RSVP=TRUE:mailto:ainhoa.gil@example.org
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Harvestia Recruiting", "scheduling@goodtime.io"),
              "Rescheduled: Harvestia Onsite Interview - Ainhoa Gil", "2026-12-03 15:09:50", LIS,
              "<01000193a1f2e3d4-8b9c0d1e-2f3a-4b5c-6d7e-8f9a0b1c2d3e-000000@email.amazonses.com>",
              via="from a27-44.smtp-out.us-west-2.amazonses.com (a27-44.smtp-out.us-west-2.amazonses.com [54.240.27.44])",
              extra=(("Reply-To", addr("Inês Carvalho", "ines.carvalho@harvestia.com")),))
    return message(hs, mixed(alt(text(body), html(simple_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# =========================================================================== negatives

def neg(k: int, family: str, lang: str, company: str | None, note: str, days: tuple = ()):
    return reg(k, family=family, lang=lang, interview=False, company=company, note=note, days=days)


# ---- key 24: rejection, Agrovid Ebro (end of thread A)

@neg(24, "rejection", "es", "Agrovid Ebro",
     "Greenhouse rejection after the interview of key 2; mentions 'la entrevista del martes' but fixes no new time")
def agrovid_rejection() -> bytes:
    body = t("""
        Hola Ainhoa:

        Muchas gracias por dedicarnos tu tiempo en la entrevista del martes y por el interés que has
        mostrado en el puesto de Técnico/a de Viticultura de Precisión.

        Tras valorar todas las candidaturas, hemos decidido seguir adelante con otra persona cuyo
        perfil se ajusta un poco más a lo que necesitamos en este momento, sobre todo en
        teledetección.

        Nos ha gustado mucho conocerte y guardaremos tu CV para futuras vacantes en el equipo de
        viñedo. Te deseamos mucha suerte.

        Un saludo,
        Lucía Sanz
        Equipo de Personas · Agrovid Ebro
        """)
    hs = head(addr("Agrovid Ebro", "no-reply@us.greenhouse-mail.io"),
              "Tu candidatura en Agrovid Ebro", "2026-10-02 13:40:19", MAD,
              "<0100019248d0e1f2-3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d-000000@email.amazonses.com>",
              via="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Lucía Sanz", "lucia.sanz@agrovidebro.es")),))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- key 25: rejection, Campo Atlântico

@neg(25, "rejection", "en", "Campo Atlântico",
     "Teamtailor rejection after the Lisbon interview; no time")
def campo_rejection() -> bytes:
    body = t("""
        Hi Ainhoa,

        Thank you for taking the time to speak with Tomás and me last week, and for your interest in
        the Agronomist - Irrigation & Soil Health role.

        It was a close call, but we have decided to move forward with a candidate who is based in
        the Alentejo and already works with several of our growers there.

        We really enjoyed the conversation about deficit irrigation in almonds, and we would be happy
        to keep your profile in our talent pool if you are open to that.

        Warm regards,
        Rita Figueiredo
        Talent Partner, Campo Atlântico

        Powered by Teamtailor
        """)
    hs = head(addr("Campo Atlântico", "no-reply@teamtailor-mail.com"),
              "Update on your application - Campo Atlântico", "2026-10-15 10:51:30", LIS,
              "<2b7e0d9a1c4f.5519204.r@teamtailor-mail.com>",
              via="from o12.mail.teamtailor-mail.com (o12.mail.teamtailor-mail.com [149.72.180.12])",
              extra=(("Reply-To", addr("Rita Figueiredo", "rita.figueiredo@campoatlantico.pt")),))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- key 26: offer, Semillas Montcada

@neg(26, "offer", "es", "Semillas Montcada",
     "Job offer after the interview of key 3; the only date is the answer deadline (Fri 23 Oct)",
     days=(("Fri", "2026-10-23"),))
def montcada_offer() -> bytes:
    body = t("""
        Hola Ainhoa,

        Como te adelanté ayer por teléfono, nos complace ofrecerte el puesto de Responsable de Ensayos
        de Variedades (Hortícolas) en Semillas Montcada.

        Te adjunto la carta de oferta con las condiciones que comentamos: contrato indefinido,
        incorporación el 11 de enero de 2027, salario bruto anual de 38.500 € más variable por
        objetivos, vehículo de empresa para las visitas a las fincas de ensayo y teletrabajo dos días
        a la semana cuando no haya campaña.

        Te agradeceríamos una respuesta antes del viernes 23 de octubre. Si tienes cualquier duda
        sobre la oferta, llámame cuando quieras.

        Un saludo muy cordial,

        Jordi Puig
        Director Técnico
        Semillas Montcada S.L.
        """)
    pdf_note = raw_part([("Content-Type", 'application/pdf; name="Oferta_AinhoaGil_SM.pdf"'),
                         ("Content-Disposition", 'attachment; filename="Oferta_AinhoaGil_SM.pdf"'),
                         ("Content-Transfer-Encoding", "base64")],
                        "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K\n"
                        "ZW5kb2JqCjIgMCBvYmoKPDwvVHlwZS9QYWdlcy9LaWRzW10vQ291bnQgMD4+CmVuZG9iagp0cmFp\n"
                        "bGVyCjw8L1Jvb3QgMSAwIFI+PgolJUVPRgo=\n")
    hs = head(addr("Jordi Puig", "jordi.puig@semillasmontcada.com"),
              "Oferta – Responsable de Ensayos de Variedades", "2026-10-14 17:22:05", MAD,
              "<CAF8k2pQ0xV7mZb3nR1sT9eYdL4uW6oJ2hG5cA8fB1qN@mail.gmail.com>",
              via="from mail-wm1-f48.google.com (mail-wm1-f48.google.com [209.85.128.48])")
    return message(hs, mixed(alt(text(body, cte="8bit"), html(gmail_html(body))), pdf_note))


# ---- key 27: application receipt, Verdalia (iCIMS)

@neg(27, "application_receipt", "en", "Verdalia Crop Science",
     "iCIMS application acknowledgement; no interview")
def verdalia_receipt() -> bytes:
    body = t("""
        Dear Ainhoa,

        Thank you for applying for the position of Field Trials Agronomist, Iberia (2026-4471) at
        Verdalia Crop Science.

        We have received your application and our Talent Acquisition team will review it carefully.
        If your profile matches the requirements of the role, a member of our team will contact you
        to discuss next steps. Due to the high number of applications, we may not be able to respond
        to each candidate individually.

        You can check the status of your application at any time in our career portal.

        Kind regards,
        Verdalia Talent Acquisition

        Please do not reply to this message; this mailbox is not monitored.
        """)
    hs = head(addr("Verdalia Talent Acquisition", "verdalia@talent.icims.com"),
              "Thank you for applying - Field Trials Agronomist, Iberia", "2026-09-07 22:41:13", MAD,
              "<1757277673.40211.verdalia@talent.icims.com>",
              via="from mail3.icims.com (mail3.icims.com [66.162.151.23])")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body))))


# ---- key 28: application receipt, Citrícola del Turia (Workday), to the second address

@neg(28, "application_receipt", "es", "Citrícola del Turia",
     "Workday application receipt sent to the owner's second address; no interview")
def citricola_receipt() -> bytes:
    body = t("""
        Hola Ainhoa Gil:

        Gracias por tu interés en Citrícola del Turia. Hemos recibido correctamente tu solicitud para
        la posición R-10482 Técnico/a de Campo Cítricos.

        Nuestro equipo de Selección revisará tu candidatura y, si tu perfil encaja con lo que
        buscamos, nos pondremos en contacto contigo.

        Puedes consultar el estado de tu solicitud en cualquier momento iniciando sesión en nuestro
        portal de empleo:
        https://citricoladelturia.wd3.myworkdayjobs.com/es-ES/Careers

        Atentamente,
        Selección – Citrícola del Turia

        Este es un mensaje automático generado por Workday. No respondas a este correo.
        """)
    hs = head(addr("Citrícola del Turia", "citricoladelturia@myworkday.com"),
              "Hemos recibido tu solicitud – R-10482 Técnico/a de Campo Cítricos", "2026-09-10 08:03:47", MAD,
              "<1294718336.66102.1757484227551@wd3-prod-mailer-07>",
              to=addr("Ainhoa Gil", ME2), rcpt=ME2,
              via="from wd3-smtp-02.myworkday.com (wd3-smtp-02.myworkday.com [162.220.45.18])",
              ident="mx.google.com with ESMTPS id u7si3304812wrb.412")
    return message(hs, html(simple_html(body), cte="quoted-printable"))


# ---- key 29: job alert (Spanish portal)

@neg(29, "job_alert", "es", None, "Job-board alert listing several agronomy vacancies; no interview")
def agroempleo_alert() -> bytes:
    body = t("""
        Hola Ainhoa,

        Hay 4 nuevas ofertas que encajan con tu alerta «ingeniero agrónomo – Aragón, Valencia, Cataluña»:

        1. Técnico/a de Campo – Fruta de Hueso · Frutas Bajo Cinca · Fraga (Huesca)
           Publicada hace 1 día · 26.000 – 30.000 €

        2. Ingeniero/a Agrónomo/a – Proyectos de Riego · Riegos Moncayo · Tarazona (Zaragoza)
           Publicada hace 2 días · Salario no disponible

        3. Responsable de Producción Ecológica · Huertos del Jiloca · Calamocha (Teruel)
           Publicada hace 3 días · 28.000 €

        4. Asesor/a Técnico/a Fitosanitario · Agroservicios Segarra · Lleida
           Publicada hace 5 días · 24.000 – 27.000 €

        Ver todas las ofertas: https://www.agroempleo-portal.es/alertas/ver?id=88214

        Consejo de la semana: ¿Tienes una entrevista pronto? Lee nuestra guía «10 preguntas que te
        harán en una entrevista para técnico de campo».

        Recibes este correo porque creaste una alerta en AgroEmpleo. Gestionar alertas | Darse de baja
        """)
    hs = head(addr("AgroEmpleo", "alertas@agroempleo-portal.es"),
              "4 nuevas ofertas para «ingeniero agrónomo»", "2026-09-22 07:30:02", MAD,
              "<alert.88214.20260922053002@agroempleo-portal.es>",
              via="from mta2.agroempleo-portal.es (mta2.agroempleo-portal.es [185.157.79.41])",
              extra=(("List-Unsubscribe", "<https://www.agroempleo-portal.es/alertas/baja?id=88214>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- key 30: job alert (English, European green jobs)

@neg(30, "job_alert", "en", None, "Weekly job digest in English; no interview")
def greenjobs_alert() -> bytes:
    body = t("""
        Your weekly GreenJobs Europe digest

        New this week for "agronomist" in Spain, Portugal, Netherlands and remote:

        * Crop Advisor Southern Europe - Groeneveld Kassen - Monster, NL (travel to Spain 60%)
        * Precision Viticulture Specialist - Quinta do Vale Escuro - Douro, PT
        * Agronomist, Regenerative Programs - Harvestia - Lisbon, PT / Remote
        * Soil Scientist (Postdoc) - Wageningen area research consortium - NL

        Hiring tip: recruiters at agtech start-ups often run a short screening call before the
        technical interview. Prepare a two-minute story about a field trial you ran.

        See all 27 new jobs: https://greenjobs-europe.example.net/digest/2026-41

        You are receiving this because you subscribed to the weekly digest.
        Unsubscribe: https://greenjobs-europe.example.net/u/0c9f1e
        """)
    hs = head(addr("GreenJobs Europe", "digest@greenjobs-europe.example.net"),
              "Your weekly digest: 27 new agronomy jobs", "2026-10-09 06:00:14", AMS,
              "<digest-2026-41-0c9f1e@greenjobs-europe.example.net>",
              via="from mail.greenjobs-europe.example.net (mail.greenjobs-europe.example.net [203.0.113.40])",
              extra=(("List-Unsubscribe", "<https://greenjobs-europe.example.net/u/0c9f1e>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body))))


# ---- key 31: professional association newsletter

@neg(31, "newsletter", "es", None,
     "Professional association bulletin: an 'entrevista' article and a course date, nothing for the owner",
     days=(("Thu", "2026-10-15"),))
def colegio_newsletter() -> bytes:
    page = t("""
        <html><head><meta charset="iso-8859-1"></head>
        <body style="font-family:Georgia,serif;font-size:15px;color:#2b2b2b;background:#faf8f2">
        <div style="max-width:640px;margin:0 auto;background:#fff;padding:24px">
        <h1 style="font-size:22px;color:#5a6b2f">Boletín Informativo n.º 187 · Octubre 2026</h1>
        <p style="font-size:12px;color:#888">Colegio Profesional de Ingenieros Agrónomos del Valle del Ebro</p>
        <h2 style="font-size:18px">Entrevista: «La trufa negra ya no es un cultivo marginal»</h2>
        <p>Hablamos con la presidenta de la Asociación de Truficultores del Maestrazgo sobre el riego de apoyo, los precios de la última campaña y el relevo generacional en Teruel.</p>
        <h2 style="font-size:18px">Formación</h2>
        <p>Curso «Cuaderno de campo digital y SIEX»: jueves 15 de octubre, de 16:00 a 20:00, en la sede del Colegio y en línea. Plazas limitadas; inscripción en la web.</p>
        <h2 style="font-size:18px">Bolsa de empleo</h2>
        <p>Este mes se han publicado 9 ofertas en la bolsa de empleo colegial. Recuerda mantener tu CV actualizado en el área privada.</p>
        <p style="font-size:12px;color:#888">Recibes este boletín como colegiada. Si no deseas recibirlo, puedes darte de baja en el área privada.</p>
        </div></body></html>
        """)
    hs = head(addr("Colegio de Ingenieros Agrónomos", "boletin@agronomosvalleebro.es"),
              "Boletín n.º 187 – Octubre 2026", "2026-10-01 12:00:00", MAD,
              "<boletin-187.1759312800@agronomosvalleebro.es>",
              via="from envios.agronomosvalleebro.es (envios.agronomosvalleebro.es [5.135.22.108])",
              extra=(("Precedence", "bulk"),))
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


# ---- key 32: headhunter outreach (usted), no time

@neg(32, "recruiter_outreach", "es", "Hunter Agro Executive Search",
     "Headhunter outreach asking for a 15-minute call 'esta semana o la próxima'; nothing fixed")
def hunter_outreach() -> bytes:
    body = t("""
        Estimada Ainhoa:

        Me pongo en contacto con usted porque estamos acompañando a una empresa líder en nutrición
        vegetal en la búsqueda de un/a Key Account Técnico para la zona de Aragón y Navarra. Por su
        trayectoria en cooperativas y su conocimiento del cereal de secano, creo que su perfil podría
        encajar muy bien.

        ¿Tendría 15 minutos esta semana o la próxima para una llamada breve? Dígame qué franja le
        viene mejor y me adapto.

        Un cordial saludo,

        Álvaro Pueyo
        Partner · Hunter Agro Executive Search
        Madrid · Zaragoza · Sevilla
        +34 91 418 77 02

        Si no desea recibir más comunicaciones de nuestra parte, responda a este correo indicándolo.
        """)
    hs = head(addr("Álvaro Pueyo", "alvaro.pueyo@hunteragro.com"),
              "Oportunidad – Key Account Técnico Aragón/Navarra", "2026-10-19 09:32:44", MAD,
              "<PR3P192MB0713C8B1E7D64F2A3B9E0D1C5A66@PR3P192MB0713.EURP192.PROD.OUTLOOK.COM>",
              via="from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2094.outbound.protection.outlook.com [40.107.13.94])")
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# ---- key 33: recruiter outreach in English (Dutch agency)

@neg(33, "recruiter_outreach", "en", "AgriRecruit Westland",
     "Dutch agency outreach, 'a quick call sometime next week'; nothing fixed")
def agrirecruit_outreach() -> bytes:
    body = t("""
        Hi Ainhoa,

        Hope you don't mind me reaching out directly - I found your profile through the Wageningen
        alumni group.

        I'm working with a few Dutch greenhouse builders and seed companies that are expanding in
        Spain (Almeria, Murcia, Valencia). They're looking for Spanish-speaking agronomists who can
        sit between the Dutch engineering team and local growers. Fully remote from Spain, with some
        travel.

        Would you be open to a quick call sometime next week? Happy to work around your schedule.

        Cheers,
        Joris van Dam
        Senior Recruiter | AgriRecruit Westland
        +31 6 4187 2290
        """)
    hs = head(addr("Joris van Dam", "joris@agrirecruit-westland.nl"), "Spanish-speaking agronomist roles (NL companies)",
              "2026-09-23 15:48:20", AMS, "<CAN5v0Xk7eQb2mR9tY3pL1sW8dF6uH0jZ4cA2gB5nV7x@mail.gmail.com>",
              via="from mail-lj1-f172.google.com (mail-lj1-f172.google.com [209.85.208.172])")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# ---- key 34: Recruitee self-scheduling request, Groeneveld Kassen (before key 6)

@neg(34, "scheduling_link", "en", "Groeneveld Kassen",
     "Recruitee 'pick a time' request with a scheduling link and a list of open days; nothing booked yet",
     days=(("Mon", "2026-10-12"), ("Tue", "2026-10-13"), ("Wed", "2026-10-14")))
def groeneveld_pick() -> bytes:
    body = t("""
        Hi Ainhoa,

        Thank you for applying for Crop Advisor Southern Europe. We would like to invite you for a
        first interview with Sanne de Wit and Pieter Groeneveld (60 minutes, Microsoft Teams).

        Please choose a time that suits you using the link below. Slots are available on Monday
        12, Tuesday 13 and Wednesday 14 October.

        Choose a time: https://groeneveldkassen.recruitee.com/scheduler/5c1a7f02e9

        Kind regards,
        Sanne de Wit
        HR Advisor | Groeneveld Kassen B.V.

        Sent with Recruitee
        """)
    hs = head(addr("Sanne de Wit via Recruitee", "no-reply@recruiteemail.com"),
              "Please choose a time for your interview with Groeneveld Kassen", "2026-10-05 09:12:37", AMS,
              "<rc.2290117.1696489957.a07e@recruiteemail.com>",
              via="from smtp-out-7.recruiteemail.com (smtp-out-7.recruiteemail.com [159.135.228.7])",
              extra=(("Reply-To", addr("Sanne de Wit", "sanne.dewit@groeneveldkassen.nl")),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body))))


# ---- key 35: hiring manager sends a new Calendly link after cancelling (after key 15)

@neg(35, "scheduling_link", "es", "Frutas Bajo Cinca",
     "After cancelling (key 15), the manager sends his Calendly link to pick another slot; nothing booked")
def bajocinca_relink() -> bytes:
    body = t("""
        Hola Ainhoa,

        Perdona lo del viernes, me han puesto la auditoría justo ese día y no hay manera de moverla.

        Te paso mi enlace para que cojas el hueco que mejor te venga la semana que viene (tengo más
        libre a partir del miércoles):
        https://calendly.com/jballarin-fbc/entrevista-tecnico-calidad

        Si no te cuadra ninguno, dime y lo apañamos por teléfono.

        Saludos,
        Javier

        --
        Javier Ballarín
        Responsable de Calidad · Frutas Bajo Cinca S.A.T.
        Fraga (Huesca)
        """)
    hs = head(addr("Javier Ballarín", "jballarin@frutasbajocinca.es"), "Nueva fecha entrevista",
              "2026-11-11 09:20:31", MAD, "<CAJ1qW9e+F3rT7yU0iO2pA5sD8fG4hJ6kL1zX9cV3bN@mail.gmail.com>",
              via="from mail-ej1-f53.google.com (mail-ej1-f53.google.com [209.85.218.53])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


# ---- key 36: proposal of two slots, Viñedos Cordillera (before key 17)

@neg(36, "availability_request", "es", "Viñedos Cordillera",
     "Chilean manager proposes two slots and asks which suits; not yet confirmed (confirmation is key 17)",
     days=(("Tue", "2026-11-17"), ("Thu", "2026-11-19")))
def cordillera_proposal() -> bytes:
    body = t("""
        Estimada Ainhoa:

        Muchas gracias por su postulación al cargo de Jefa Técnica de Viñedo. Hemos revisado sus
        antecedentes con mucho interés y nos gustaría conversar con usted por videollamada.

        Le propongo dos alternativas (hora de Chile):
        - martes 17 de noviembre a las 10:00
        - jueves 19 de noviembre a las 9:00

        ¿Le acomoda alguna? Sé que la diferencia horaria con España es de cuatro horas, así que si
        prefiere otra franja me avisa sin problema.

        Quedo atento.

        Saludos cordiales,
        Rodrigo Fuenzalida E.
        Gerente Agrícola | Viñedos Cordillera
        """)
    hs = head(addr("Rodrigo Fuenzalida", "rfuenzalida@vinedoscordillera.cl"), "Postulación Jefa Técnica de Viñedo",
              "2026-11-10 12:05:18", SCL,
              "<CP4PR80MB5843E7D2A9C1B04F6E3A8D5C22B1@CP4PR80MB5843.lamprd80.prod.outlook.com>",
              via="from BRA01-CP4-obe.outbound.protection.outlook.com (mail-cp4bra01on2112.outbound.protection.outlook.com [40.107.215.112])",
              extra=(("Content-Language", "es-CL"),))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# ---- key 37: proposal of two slots, Cooperativa Cereales del Jalón (before key 20)

@neg(37, "availability_request", "es", "Cooperativa Cereales del Jalón",
     "Cooperative proposes two slots (usted); the candidate has not chosen yet (confirmation is key 20)",
     days=(("Tue", "2026-11-24"), ("Wed", "2026-11-25")))
def jalon_proposal() -> bytes:
    body = t("""
        Estimada Ainhoa:

        En relación con su candidatura al puesto de Técnico de Cultivos Herbáceos, nos gustaría
        mantener una entrevista con usted en nuestras oficinas de Épila. ¿Le vendría bien el
        martes 24 de noviembre a las 9:30 o el miércoles 25 a las 16:00?

        Quedo a la espera de su respuesta.

        Un saludo cordial,

        Pilar Gimeno
        Administración y RR. HH.
        Cooperativa Cereales del Jalón, S. Coop.
        Tel. 976 81 02 77
        """)
    hs = head(addr("Pilar Gimeno", "pgimeno@cerealesdeljalon.es"), "Entrevista puesto Técnico de Cultivos Herbáceos",
              "2026-11-17 12:10:05", MAD, "<002a01dd5911$8c2e7f40$a48b6dc0$@cerealesdeljalon.es>",
              via="from correo.cerealesdeljalon.es (correo.cerealesdeljalon.es [217.126.88.140])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")))
    return message(hs, text(body, charset="windows-1252"))


# ---- key 38: out-of-office auto-reply, Verdalia recruiter

@neg(38, "auto_reply", "es", "Verdalia Crop Science",
     "Bilingual out-of-office reply from the recruiter (Spanish first); only a return date",
     days=(("Mon", "2026-11-09"),))
def verdalia_ooo() -> bytes:
    body = t("""
        Hola,

        Estoy fuera de la oficina hasta el lunes 9 de noviembre, con acceso limitado al correo. Para
        asuntos urgentes de selección puedes escribir a talent.iberia@verdalia.com.

        Gracias,
        Oriol

        ---

        Hi,

        I am out of the office until Monday 9 November with limited access to email. For urgent
        recruiting matters please contact talent.iberia@verdalia.com.

        Thanks,
        Oriol
        """)
    hs = head(addr("Vidal, Oriol", "oriol.vidal@verdalia.com"),
              "Respuesta automática: Re: Interview – Field Trials Agronomist", "2026-10-30 16:40:55", MAD,
              "<c3d0e1f2a3b4455c8d9e@VI1PR08MB5231.eurprd08.prod.outlook.com>",
              via="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2119.outbound.protection.outlook.com [40.107.8.119])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "oriol.vidal@verdalia.com"),
                     ("In-Reply-To", "<CAHx3vG2pL8sQ1+Yt5rWm0eNbK7dC3uVa9fJ6hG4oZ1x@mail.gmail.com>")))
    return message(hs, text(body))


# ---- key 39: bounce of the owner's thank-you mail (typo in the domain)

def _bounce_report() -> str:
    return t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Bq7Hk2VrXz3wL
        X-Postfix-Sender: rfc822; ainhoa.gil@example.org
        Arrival-Date: Mon, 5 Oct 2026 18:31:57 +0200 (CEST)

        Final-Recipient: rfc822; tomas.braga@campoatlantico.pr
        Original-Recipient: rfc822;tomas.braga@campoatlantico.pr
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=campoatlantico.pr type=MX: Host not found
        """)


@neg(39, "bounce", "en", None,
     "Postfix DSN: the owner's thank-you after the Lisbon interview bounced (typo in the domain); no interview time")
def thankyou_bounce() -> bytes:
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <tomas.braga@campoatlantico.pr>: Host or domain name not found. Name service
            error for name=campoatlantico.pr type=MX: Host not found
        """)
    orig = t("""
        From: Ainhoa Gil <ainhoa.gil@example.org>
        To: tomas.braga@campoatlantico.pr
        Cc: rita.figueiredo@campoatlantico.pt
        Subject: Thank you - interview today
        Date: Mon, 5 Oct 2026 18:31:52 +0200
        Message-ID: <CAHx3vG4mT8+qR2yZ0wB6nE1sK9dL3uVa7fJ5hP2oX4c@mail.gmail.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"
        """)
    report = make.multipart("report",
                            text(notice, charset="us-ascii", cte="7bit",
                                 extra=(("Content-Description", "Notification"),)),
                            raw_part([("Content-Description", "Delivery report"),
                                      ("Content-Type", "message/delivery-status")], _bounce_report()),
                            raw_part([("Content-Description", "Undelivered Message Headers"),
                                      ("Content-Type", "text/rfc822-headers")], orig),
                            params="report-type=delivery-status",
                            boundary="4Bq7Hk2VrXz3wL.1791217919/smtp.example.org")
    hs = head("MAILER-DAEMON@smtp.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-10-05 18:31:59", MAD,
              "<20261005163159.0A1B2C3D4E@smtp.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


# ---- key 40: physiotherapy appointment reminder

@neg(40, "personal_appointment", "es", None,
     "Physiotherapy clinic reminder with a fixed time (Thu 8 Oct 8:40); not an interview",
     days=(("Thu", "2026-10-08"),))
def fisio_reminder() -> bytes:
    body = t("""
        Estimada Sra. Gil:

        Le recordamos su cita en Fisioterapia Los Arcos:

        Día: jueves, 8 de octubre de 2026
        Hora: 8:40 h
        Profesional: Raquel Hernández (fisioterapeuta)
        Tratamiento: revisión hombro derecho

        Dirección: C/ Ramón y Cajal 21, bajo · 44001 Teruel

        Si no puede acudir, le rogamos que nos avise con al menos 24 horas de antelación llamando al
        978 61 44 30. Las citas no anuladas podrán ser facturadas.

        Un saludo,
        Fisioterapia Los Arcos
        """)
    hs = head(addr("Fisioterapia Los Arcos", "citas@fisiolosarcos.es"), "Recordatorio de cita – jueves 8 de octubre",
              "2026-10-06 10:00:03", MAD, "<20261006080003.31877@fisiolosarcos.es>",
              via="from smtp.fisiolosarcos.es (smtp.fisiolosarcos.es [46.25.118.93])")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# ---- key 41: vehicle inspection (ITV) appointment

@neg(41, "personal_appointment", "es", None,
     "Vehicle inspection booking confirmed for Thu 29/10/2026 17:20; not an interview",
     days=(("Thu", "2026-10-29"),))
def itv_cita() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <table width="560" cellpadding="10" style="border:1px solid #c9c9c9">
        <tr><td style="background:#0b4f8a;color:#fff;font-size:17px"><b>ITV Turolense</b> &middot; Cita previa</td></tr>
        <tr><td>
        <p>Su cita ha quedado registrada correctamente.</p>
        <p><b>Localizador:</b> TE-26-0418822<br>
        <b>Estación:</b> ITV Turolense - Polígono La Paz, parcela 211, Teruel<br>
        <b>Fecha y hora:</b> jueves 29/10/2026 a las 17:20<br>
        <b>Vehículo:</b> turismo · matrícula 4821 KLM<br>
        <b>Tipo de inspección:</b> periódica<br>
        <b>Importe estimado:</b> 41,27 € (IVA incluido)</p>
        <p>Recuerde traer el permiso de circulación y la tarjeta ITV. Preséntese 10 minutos antes de la hora.</p>
        <p style="font-size:11px;color:#666">Para anular o modificar su cita utilice el enlace de su justificante. Este mensaje se ha generado automáticamente.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("ITV Turolense", "citaprevia@itvturolense.es"), "Confirmación de cita ITV – TE-26-0418822",
              "2026-10-23 22:14:36", MAD, "<TE-26-0418822.1761250476@itvturolense.es>",
              via="from web01.itvturolense.es (web01.itvturolense.es [212.36.70.15])")
    return message(hs, html(page, charset="iso-8859-15", cte="quoted-printable"))


# ---- key 42: current job, Outlook meeting request

@neg(42, "work_meeting", "es", "Cooperativa Agroalimentaria Sierra de Albarracín",
     "Meeting request from the owner's current employer (campaign planning) with a Romance Standard Time ICS; "
     "a fixed time, but not a job interview", days=(("Fri", "2026-11-06"),))
def coop_meeting() -> bytes:
    body = t("""
        Buenos días a todos,

        Os convoco a la reunión técnica para cerrar la planificación de la campaña de trufa 2026-27 y
        el calendario de visitas a socios. Traed por favor los datos de riego de apoyo de vuestras
        zonas y las incidencias de la última helada.

        Viernes 6 de noviembre, de 9:00 a 10:30, en la sala de juntas de la cooperativa (Albarracín).
        Quien no pueda venir, que se conecte por Teams.

        Un saludo,
        Ignacio

        Ignacio Monforte
        Gerente
        Cooperativa Agroalimentaria Sierra de Albarracín
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Ignacio Monforte:mailto:imonforte@coopsierraalbarracin.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ainhoa Gil:mailto:ainhoa.gil@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sergio Lázaro:mailto:slazaro@coopsierraalbarracin.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisa Pérez:mailto:mperez@coopsierraalbarracin.es
UID:040000008200E00074C5B7101A82E00800000000E6C2F1A4B84EDB01000000000000000010000000B7C8D9E0F1A2B3C4D5E6F708192A3B4C
SUMMARY;LANGUAGE=es-ES:Reunión técnica – planificación campaña trufa 2026-27
DTSTART;TZID=Romance Standard Time:20261106T090000
DTEND;TZID=Romance Standard Time:20261106T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T074106Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de juntas / Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Ignacio Monforte", "imonforte@coopsierraalbarracin.es"),
              "Reunión técnica – planificación campaña trufa 2026-27", "2026-11-02 08:41:06", MAD,
              "<AS8PR04MB7750D2C3E4F5A6B7C8D9E0F1A2B3@AS8PR04MB7750.eurprd04.prod.outlook.com>",
              to=", ".join([ME_TO, addr("Sergio Lázaro", "slazaro@coopsierraalbarracin.es"),
                            addr("Marisa Pérez", "mperez@coopsierraalbarracin.es")]),
              via="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2131.outbound.protection.outlook.com [40.107.22.131])",
              extra=(("Thread-Topic", enc("Reunión técnica – planificación campaña trufa 2026-27")),
                     ("Thread-Index", "AdtMz4rQp7n1cS2xK0eBh9vLqWe6tA=="), ("Content-Language", "es-ES")))
    return message(hs, alt(text(body), html(simple_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


# ---- key 43: registration for a technical field day

@neg(43, "event_registration", "es", None,
     "Registration confirmed for a technical field day (Thu 19 Nov 9:30, Caspe); not an interview",
     days=(("Thu", "2026-11-19"),))
def jornada_inscripcion() -> bytes:
    body = t("""
        Hola Ainhoa,

        Tu inscripción en la jornada técnica «Riego deficitario controlado en frutales: resultados de
        cinco campañas» se ha registrado correctamente.

        Fecha: jueves 19 de noviembre de 2026
        Horario: 9:30 – 14:00 (visita a parcela demostrativa a las 12:30)
        Lugar: Salón de actos de la Cámara Agraria, Caspe (Zaragoza)
        Precio: gratuita para socios · 20 € no socios

        Te esperamos. Recuerda traer chaleco reflectante para la visita de campo.

        Asociación Aragonesa de Fruticultura
        jornadas@fruticulturaaragon.es
        """)
    hs = head(addr("Asociación Aragonesa de Fruticultura", "jornadas@fruticulturaaragon.es"),
              "Inscripción confirmada: Jornada técnica RDC en frutales", "2026-11-04 11:27:50", MAD,
              "<insc-1147.20261104102750@fruticulturaaragon.es>",
              via="from mail.fruticulturaaragon.es (mail.fruticulturaaragon.es [185.73.173.20])")
    return message(hs, alt(text(body), html(simple_html(body))))


# ---- key 44: bus ticket (trip to the Épila interview)

@neg(44, "travel", "es", None,
     "Bus ticket Teruel–Zaragoza on Wed 25/11/2026 07:30 (the day of key 20's interview); a fixed time, not an "
     "interview", days=(("Wed", "2026-11-25"),))
def bus_billete() -> bytes:
    body = t("""
        AUTOCARES TURIA-JILOCA
        Confirmación de compra

        Localizador: TJ7R4K2
        Pasajera: AINHOA GIL M.

        IDA
        Miércoles 25/11/2026
        Salida: Teruel (Estación de autobuses) 07:30
        Llegada: Zaragoza (Estación Delicias) 10:05
        Plaza: 14 · Tarifa: Básica

        VUELTA
        Miércoles 25/11/2026
        Salida: Zaragoza (Estación Delicias) 19:45
        Llegada: Teruel (Estación de autobuses) 22:15
        Plaza: 9 · Tarifa: Básica

        Total pagado: 39,60 € (tarjeta ****5521)

        Presenta este localizador o el código QR en el móvil al subir al autocar. Cambios y
        anulaciones hasta 2 horas antes de la salida en www.turiajiloca-bus.es.
        """)
    hs = head(addr("Autocares Turia-Jiloca", "billetes@turiajiloca-bus.es"), "Tu billete TJ7R4K2 – Teruel > Zaragoza",
              "2026-11-22 21:08:44", MAD, "<TJ7R4K2.20261122200844@turiajiloca-bus.es>",
              via="from mailer.turiajiloca-bus.es (mailer.turiajiloca-bus.es [79.148.223.61])")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


# ---- key 45: a friend, dinner on Saturday

@neg(45, "personal", "es", None,
     "A friend confirms dinner on Saturday 5 at 21:30 and asks about the interviews; not an interview",
     days=(("Sat", "2026-12-05"),))
def cena_amigos() -> bytes:
    body = t("""
        Tiaaa

        Al final la cena es el sábado 5 a las 21:30 en casa de Sergio (la de la calle Yagüe, no la de
        antes). Cada uno lleva algo, a ti te toca postre porque la tarta de queso del año pasado fue
        un éxito jajaja

        Y me tienes que contar lo de las entrevistas!! Lo de Chile va en serio?? 😱

        Besos
        Laura
        """)
    hs = head(addr("Laura Villarroya", "laura.villarroya@example.net"), "Cena sábado!!",
              "2026-12-02 19:55:12", MAD, "<CAPt7zB3mQ9+vE1rY5sK2wL8nD0fU4hJ6oG3cX7aZ1b@mail.gmail.com>",
              via="from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


# ---- key 46: webinar registration

@neg(46, "webinar", "en", None,
     "Webinar registration 'Interviewing for agtech roles in Europe', Wed 30 Sep 6:00 PM CEST; a confirmed time "
     "but not a job interview", days=(("Wed", "2026-09-30"),))
def webinar_agtech() -> bytes:
    body = t("""
        Hi Ainhoa,

        You're registered for:

        Interviewing for agtech roles in Europe: what hiring managers really ask
        Wednesday, September 30, 2026 | 6:00 PM - 7:00 PM CEST

        Speakers: a panel of hiring managers from greenhouse, seed and precision-ag companies.

        Join link: https://agritalent-network.example.net/live/interviewing-agtech
        Add to calendar: https://agritalent-network.example.net/live/interviewing-agtech/ics

        Can't make it? Everyone who registers gets the recording.

        See you there,
        AgriTalent Network

        You received this email because you registered for a webinar. Unsubscribe.
        """)
    hs = head(addr("AgriTalent Network", "events@agritalent-network.example.net"),
              "You're registered: Interviewing for agtech roles in Europe", "2026-09-24 17:02:11", MAD,
              "<reg-4471-20260924150211@agritalent-network.example.net>",
              via="from out.agritalent-network.example.net (out.agritalent-network.example.net [198.51.100.23])",
              extra=(("Precedence", "bulk"),))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body))))


# ---- key 47: take-home assignment with a deadline, Harvestia

@neg(47, "assessment", "en", "Harvestia",
     "Take-home case with a submission deadline (Mon 23 Nov 23:59 WET); no interview time",
     days=(("Mon", "2026-11-23"),))
def harvestia_takehome() -> bytes:
    body = t("""
        Hi Ainhoa,

        Thanks again for the great conversation last week! As discussed, the next step is a short
        take-home case.

        You'll find the brief attached: a 40-hectare almond orchard in the Alentejo with soil probe
        and NDVI data for two seasons. We'd like a 4-6 slide recommendation on irrigation scheduling
        and variable-rate fertilisation.

        Please submit it by Monday, November 23, 2026 at 23:59 (Lisbon time) using the upload link:
        https://harvestia.example.net/cases/upload/7e21c9

        Once we've reviewed it, I'll get back to you to set up the onsite with the team.

        Best,
        Inês Carvalho
        Recruiting Coordinator, Harvestia
        """)
    hs = head(addr("Inês Carvalho", "ines.carvalho@harvestia.com"), "Harvestia - take-home case",
              "2026-11-16 11:18:09", LIS, "<CAK2pW8r+T1eY6uI9oP3aS0dF5gH7jK2lZ4xC8vB1nM@mail.gmail.com>",
              via="from mail-ot1-f49.google.com (mail-ot1-f49.google.com [209.85.210.49])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- key 48: mock interview with an alumni mentor

@neg(48, "mock_interview", "es", None,
     "Alumni association confirms a mock interview with a mentor, Tue 10 Nov 18:00; a fixed time, but practice, "
     "not a job interview", days=(("Tue", "2026-11-10"),))
def simulacro() -> bytes:
    body = t("""
        Hola Ainhoa:

        Te confirmamos tu plaza en el programa de mentoría «Prepara tu entrevista»:

        Simulacro de entrevista (inglés técnico)
        Martes 10 de noviembre de 2026, 18:00 – 18:45
        En línea (Zoom): https://zoom.us/j/94400218733
        Mentora: Beatriz Alcalá, Country Manager de una empresa de fertirrigación

        Después del simulacro recibirás por escrito los comentarios de la mentora. Te recomendamos
        tener a mano tu CV y la oferta a la que te estás presentando.

        ¡Mucho ánimo!

        Asociación de Antiguos Alumnos de Agronómicas de Aragón
        Programa de Mentoría
        """)
    hs = head(addr("Alumni Agronómicas Aragón", "mentoria@alumniagronomicas.es"),
              "Simulacro de entrevista confirmado – martes 10 de noviembre", "2026-11-04 13:45:30", MAD,
              "<mentoria-0219.20261104124530@alumniagronomicas.es>",
              via="from smtp.alumniagronomicas.es (smtp.alumniagronomicas.es [176.31.218.7])")
    return message(hs, alt(text(body, cte="base64"), html(simple_html(body), cte="base64")))


# ---- key 49: agtech newsletter in English

@neg(49, "newsletter", "en", None,
     "Agtech newsletter with an 'interview with the founder' piece; nothing for the owner")
def rootstock_newsletter() -> bytes:
    body = t("""
        ROOTSTOCK WEEKLY - Issue #112

        THIS WEEK
        - Drought insurance goes parametric in southern Europe
        - Interview: the founder of a Chilean cherry-sensing start-up on frost alarms and export
          windows
        - Dutch greenhouse builders are hiring in Spain - what it means for local agronomists

        FUNDING ROUND-UP
        Three soil-carbon start-ups raised a combined EUR 41M this month.

        JOBS BOARD
        12 new roles, from field agronomist to product manager. Browse them at
        https://rootstock-weekly.example.net/jobs

        You're getting this because you subscribed at rootstock-weekly.example.net.
        Unsubscribe | Update preferences
        """)
    hs = head(addr("Rootstock Weekly", "hello@rootstock-weekly.example.net"),
              "#112: parametric drought cover, Chilean cherries, Dutch hiring", "2026-10-13 07:05:00", AMS,
              "<issue-112.20261013050500@rootstock-weekly.example.net>",
              via="from mail.rootstock-weekly.example.net (mail.rootstock-weekly.example.net [192.0.2.118])",
              extra=(("List-Unsubscribe", "<https://rootstock-weekly.example.net/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(simple_html(body))))


# ---- key 50: thanks after the interview, Tuinbouw Data

@neg(50, "post_interview", "en", "Tuinbouw Data",
     "Thanks after the Monday interview (key 22), feedback promised 'by the end of next week'; no new time")
def tuinbouw_thanks() -> bytes:
    body = t("""
        Hi Ainhoa,

        Thanks a lot for your time on Monday - the whole team enjoyed the conversation, especially
        your examples from the tomato greenhouses in Almería.

        We're talking to two more candidates this week and will get back to you by the end of next
        week at the latest.

        Best,
        Daan

        Daan Verhoeven
        Lead Agronomist | Tuinbouw Data
        Delft, the Netherlands
        """)
    hs = head(addr("Daan Verhoeven", "daan.verhoeven@tuinbouwdata.nl"), "Thanks for Monday",
              "2026-12-09 16:22:40", AMS, "<6e0c2f1a-8b3d-4d7e-9a15-c4b2e8f1d037@tuinbouwdata.nl>",
              via="from mail.tuinbouwdata.nl (mail.tuinbouwdata.nl [195.240.86.31])")
    return message(hs, text(body, cte="8bit"))
