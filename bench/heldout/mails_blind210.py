"""blind210: 50 hand-written mails from the inbox of Agustina Ferreyra, an agritech data engineer in
Rosario, Argentina (September to mid-December 2026). Built and checked by ``make_blind.py blind210``.

Written blind: without reading the detector, its tests, the other held-out mails or their scores.
File numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
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

ORDER = random.Random(2100210).sample(range(1, 51), 50)

AR = "America/Argentina/Buenos_Aires"
UY = "America/Montevideo"
BR = "America/Sao_Paulo"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
TOR = "America/Toronto"
VAN = "America/Vancouver"

ME_ADDR = "agustina.ferreyra@example.org"
ME = addr("Agustina Ferreyra", ME_ADDR)


def n(key: int) -> str:
    return f"blind210_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [203.0.113.{10 + lag}])", when, zone,
                                 f"mx1.example.org with ESMTPS id {ident}", ME_ADDR, lag))


VTZ_AR = """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_UY = """BEGIN:VTIMEZONE
TZID:America/Montevideo
X-LIC-LOCATION:America/Montevideo
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_LA = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

VTZ_WIN_BR = """BEGIN:VTIMEZONE
TZID:E. South America Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_WIN_AR = """BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives: scheduled


@make.mail(n(1), family="greenhouse", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", AR), end=utc("2026-09-15 10:45", AR),
           contact="lucia.benitez@trigal-analytics.com.ar", company="Trigal Analytics",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=AR,
           note="Greenhouse confirmation in Spanish, 'martes 15 de septiembre de 2026, 10:00 - 10:45 (GMT-03:00) "
                "Buenos Aires' = 13:00-13:45Z; ICS in UTC agrees; contact = human Reply-To recruiter")
def _g1():
    body = t("""
        Hola Agustina,

        ¡Gracias por coordinar con nosotros! Tu entrevista para el puesto de Data Engineer (Agro) en
        Trigal Analytics quedó confirmada.

        Entrevista: Conversación técnica con el equipo de Datos
        Fecha: martes 15 de septiembre de 2026
        Horario: 10:00 - 10:45 (GMT-03:00) Buenos Aires
        Ubicación: Google Meet - https://meet.google.com/trg-xkpq-wmd

        Vas a conversar con:
          Hernán Caballero - Data Lead
          Micaela Rossi - Senior Data Engineer

        Si necesitás reprogramar, respondé a este correo y te contestará Lucía Benítez.

        Saludos,
        Equipo de Talento - Trigal Analytics
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hola Agustina,</p>
        <p>¡Gracias por coordinar con nosotros! Tu entrevista para el puesto de <b>Data Engineer (Agro)</b>
        en Trigal Analytics quedó confirmada.</p>
        <table cellpadding="4">
        <tr><td><b>Entrevista</b></td><td>Conversación técnica con el equipo de Datos</td></tr>
        <tr><td><b>Fecha</b></td><td>martes 15 de septiembre de 2026</td></tr>
        <tr><td><b>Horario</b></td><td>10:00 - 10:45 (GMT-03:00) Buenos Aires</td></tr>
        <tr><td><b>Ubicación</b></td><td><a href="https://meet.google.com/trg-xkpq-wmd">Google Meet</a></td></tr>
        </table>
        <p>Vas a conversar con:<br>Hernán Caballero - Data Lead<br>Micaela Rossi - Senior Data Engineer</p>
        <p>Si necesitás reprogramar, respondé a este correo y te contestará Lucía Benítez.</p>
        <p>Saludos,<br>Equipo de Talento - Trigal Analytics</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8f2a1c.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-5522190-trigal@greenhouse.io
DTSTAMP:20260909T171200Z
DTSTART:20260915T130000Z
DTEND:20260915T134500Z
SUMMARY:Entrevista: Agustina Ferreyra / Trigal Analytics
LOCATION:https://meet.google.com/trg-xkpq-wmd
ORGANIZER;CN=Lucía Benítez:mailto:lucia.benitez@trigal-analytics.com.ar
ATTENDEE;CN=Agustina Ferreyra;RSVP=TRUE:mailto:{ME_ADDR}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-200.greenhouse.io", "2026-09-09 14:12", AR, "gH7kq2", 4),
        ("From", addr("Trigal Analytics", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Lucía Benítez", "lucia.benitez@trigal-analytics.com.ar")),
        ("To", ME),
        ("Subject", enc("Entrevista confirmada: Data Engineer (Agro) - Trigal Analytics")),
        ("Date", date("2026-09-09 14:12", AR)),
        ("Message-ID", "<5522190.gh.20260909171200@greenhouse.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(n(2), family="human_prose", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-23 15:00", AR), contact="mquiroga@silobolsadatos.com.ar",
           company="Silobolsa Datos", local="Wed 2026-09-23 15:00", zone=AR,
           note="Hiring manager's voseo reply sent Mon 21 Sep: 'pasado mañana a la tarde, 15 hs' = Wed 23 Sep "
                "15:00 ART = 18:00Z; 'calculá una hora más o menos' is approximate, so no end")
def _g2():
    body = t("""
        Hola Agustina, qué bueno que te interesó.

        Dale, hagámoslo en persona así conocés la oficina y al equipo. Te espero pasado mañana a la
        tarde, 15 hs, en Bv. Oroño 1280, piso 3 (tocá timbre "Silobolsa"). Calculá una hora más o
        menos, la idea es charlar de lo que venís haciendo con los datos de cosecha y mostrarte el
        pipeline que tenemos armado.

        Cualquier cosa me escribís a este mail o al 341 555-0142.

        Abrazo,
        Martín

        --
        Martín Quiroga
        CTO | Silobolsa Datos S.A.
        Rosario, Santa Fe

        El lun, 21 sept 2026 a las 11:03, Agustina Ferreyra (<agustina.ferreyra@example.org>) escribió:
        > Hola Martín,
        > Muchas gracias por escribirme. Me interesa mucho la posición de data engineer, tengo
        > disponibilidad esta semana cualquier tarde.
        > Saludos,
        > Agustina
        """)
    return message([
        rcv("mail.silobolsadatos.com.ar", "2026-09-21 18:40", AR, "sB21x9", 2),
        ("From", addr("Martín Quiroga", "mquiroga@silobolsadatos.com.ar")),
        ("To", ME),
        ("Subject", "Re: Posicion data engineer"),
        ("Date", date("2026-09-21 18:40", AR)),
        ("Message-ID", "<a31f-77c2-silobolsa-0921@silobolsadatos.com.ar>"),
        ("In-Reply-To", "<CAHx9pQ2-agus-0921@mail.example.org>"),
        ("References", "<CAHx9pQ2-agus-0921@mail.example.org>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Thunderbird/128.3.0"),
    ], text(body, cte="8bit", params="format=flowed"))


@make.mail(n(3), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-03 10:00", CHI), end=utc("2026-11-03 11:00", CHI),
           contact="dana.whitlock@prairieline.com", company="Prairieline Grain Tech",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=CHI,
           note="Lever confirmation sent Tue 27 Oct in CDT for Tue 3 Nov 10:00-11:00 CST (US DST ended 1 Nov) = "
                "16:00-17:00Z; the body's '1:00 PM in Argentina' agrees; contact = Reply-To")
def _g3():
    body = t("""
        Hi Agustina,

        Thanks for confirming your availability! Your interview with Prairieline Grain Tech is
        scheduled. Details below:

        Role: Senior Data Engineer, Yield Platform (Remote - LATAM)
        Interview: Technical deep dive (pipelines & data modeling)
        When: Tuesday, November 3, 2026 10:00 AM - 11:00 AM CST
              (that's 1:00 PM - 2:00 PM in Buenos Aires / Rosario)
        Where: Zoom - https://prairieline.zoom.us/j/86120477312

        Interviewers: Cole Hansen (Staff Engineer), Rita Okafor (Data Platform Manager)

        Heads up: the US switches back from daylight saving time on Sunday, November 1, so the time
        difference with Argentina will be 3 hours for this call.

        Reply to this email if anything comes up.

        Best,
        Dana Whitlock
        Technical Recruiter, Prairieline Grain Tech
        """)
    page = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        rcv("mail-sor-f65.lever.co", "2026-10-27 11:05", CHI, "lv03aa", 5),
        ("From", addr("Dana Whitlock", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Whitlock", "dana.whitlock@prairieline.com")),
        ("To", ME),
        ("Subject", "Interview confirmation: Senior Data Engineer, Yield Platform at Prairieline Grain Tech"),
        ("Date", date("2026-10-27 11:05", CHI)),
        ("Message-ID", "<0100019a2f4b7e31-lever-8c1d2e90@email.lever.co>"),
        ("X-Mailer", "Lever"),
    ], alt(text(body, cte="7bit"), html(page, cte="quoted-printable")))


@make.mail(n(4), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-02 16:00", LA), end=utc("2026-11-02 16:45", LA),
           contact="priya@fieldwise.ai", company="Fieldwise",
           local="Mon 2026-11-02 16:00", local_end="2026-11-02 16:45", zone=LA,
           note="Ashby confirmation sent Thu 29 Oct (PDT) for Mon 2 Nov 4:00-4:45 PM PST (after the US DST end) = "
                "Tue 3 Nov 00:00-00:45Z, another day in UTC; ICS in UTC agrees; contact = Reply-To")
def _g4():
    body = t("""
        Hi Agustina,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, November 2, 2026, 4:00 PM – 4:45 PM PST
        Google Meet: https://meet.google.com/fwd-pmrt-qza

        You'll meet with:
          Jonah Feld — Head of Data
          Priya Raman — Recruiting

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Fieldwise Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:7e21c0aa-4d1f-4b77-9a3e-fieldwise-ashby
DTSTAMP:20261029T202000Z
DTSTART:20261103T000000Z
DTEND:20261103T004500Z
SEQUENCE:0
SUMMARY:Fieldwise – Senior Data Engineer Interview
LOCATION:https://meet.google.com/fwd-pmrt-qza
ORGANIZER;CN=Priya Raman:mailto:priya@fieldwise.ai
ATTENDEE;CN=Agustina Ferreyra;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_ADDR}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail.ashbyhq.com", "2026-10-29 13:20", LA, "ash4Zr", 6),
        ("From", addr("Fieldwise", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Raman", "priya@fieldwise.ai")),
        ("To", ME),
        ("Subject", "Interview confirmed: Senior Data Engineer at Fieldwise"),
        ("Date", date("2026-10-29 13:20", LA)),
        ("Message-ID", "<010001929c44aa10-3e5f2b61-ashby-fieldwise-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(n(5), family="workday", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-07 14:00", AR), end=utc("2026-10-07 15:00", AR),
           contact="florencia.aguirre@cosecharglobal.com", company="Cosechar Global",
           local="Wed 2026-10-07 14:00", local_end="2026-10-07 15:00", zone=AR,
           note="Workday HTML-only mail: '07/10/2026' (DD/MM) 14:00 (GMT-03:00) Argentina, 'Duración: 60 minutos' "
                "= 17:00-18:00Z; From is a Workday notification address, contact = recruiter address in the body")
def _g5():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Cosechar Global</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b5d3b;color:#fff;padding:16px;font-size:18px">Cosechar Global &middot; Carreras</td></tr>
        <tr><td style="padding:20px">
        <p>Estimada Agustina Ferreyra:</p>
        <p>Le informamos que se ha programado una entrevista para la vacante
        <b>R-20417 Ingeniero/a de Datos Sr. - Agricultura Digital</b>.</p>
        <p><b>Tipo de entrevista:</b> Entrevista con el panel (Microsoft Teams)<br>
        <b>Fecha:</b> 07/10/2026<br>
        <b>Hora:</b> 14:00 (GMT-03:00) Argentina Standard Time (Buenos Aires)<br>
        <b>Duración:</b> 60 minutos<br>
        <b>Entrevistadores:</b> Diego Salvatierra, Ana Lía Paz</p>
        <p>El enlace a la reunión le llegará por separado. Ante cualquier consulta, comuníquese con
        Florencia Aguirre (<a href="mailto:florencia.aguirre@cosecharglobal.com">florencia.aguirre@cosecharglobal.com</a>),
        Talent Acquisition.</p>
        <p>Para ver el estado de su candidatura, ingrese a su
        <a href="https://wd3.myworkdaysite.com/recruiting/cosechar/Careers">cuenta de candidato</a>.</p>
        <p>Atentamente,<br>Cosechar Global - Adquisición de Talento</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">Este es un mensaje automático. Por favor, no responda a este correo.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        rcv("wd3-impl-smtp.workday.com", "2026-10-01 09:30", AR, "wdA77m", 3),
        ("From", addr("Cosechar Global", "cosecharglobal@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Entrevista programada - R-20417 Ingeniero/a de Datos Sr. - Agricultura Digital")),
        ("Date", date("2026-10-01 09:30", AR)),
        ("Message-ID", "<1938842201.77431.1790857800123@wd3-impl-smtp.workday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page, cte="quoted-printable"))


@make.mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-15 11:30", AR), end=utc("2026-10-15 12:00", AR),
           contact="ryan.oakes@northboundsoil.ca", company="Northbound Soil",
           local="Thu 2026-10-15 11:30", local_end="2026-10-15 12:00", zone=AR,
           note="Calendly invitee confirmation from a Toronto company, shown in the invitee's zone: '11:30am - 12:00pm "
                "(Argentina Time)' = 14:30-15:00Z (10:30 EDT); contact = host Reply-To")
def _g6():
    body = t("""
        Hi Agustina Ferreyra,

        A new event has been scheduled.

        Event Type:
        Recruiter screen - Senior Data Engineer

        Event Date/Time:
        11:30am - 12:00pm (Argentina Time) Thursday, October 15, 2026

        Location:
        This is a Microsoft Teams web conference.
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NbS0iL

        Invitee Time Zone:
        Argentina Time

        Questions:
        Are you currently authorized to work as a contractor for a Canadian company?
        Yes

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f0e2a1b
        Reschedule: https://calendly.com/reschedulings/7f0e2a1b

        Powered by Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7f0e2a1b-55c1-4a31-b1f8-calendly
DTSTAMP:20261012T200200Z
DTSTART:20261015T143000Z
DTEND:20261015T150000Z
SUMMARY:Recruiter screen - Senior Data Engineer (Agustina Ferreyra and Ryan Oakes)
ORGANIZER;CN=Ryan Oakes:mailto:ryan.oakes@northboundsoil.ca
ATTENDEE;CN=Agustina Ferreyra;RSVP=TRUE:mailto:{ME_ADDR}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("o1.ptr4410.calendly.com", "2026-10-12 16:02", TOR, "cLy61p", 2),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Ryan Oakes", "ryan.oakes@northboundsoil.ca")),
        ("To", ME),
        ("Subject", "Confirmed: Recruiter screen - Senior Data Engineer with Ryan Oakes on Thursday, "
                    "October 15, 2026"),
        ("Date", date("2026-10-12 16:02", TOR)),
        ("Message-ID", "<calendly.7f0e2a1b.invitee.confirmation@calendly.com>"),
    ], mixed(alt(text(body, cte="quoted-printable"), html(gmail_html(body))),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(n(7), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-22 10:30", UY), end=utc("2026-10-22 11:30", UY),
           contact="sofia.pereyra@tambodigital.com.uy", company="Tambo Digital",
           local="Thu 2026-10-22 10:30", local_end="2026-10-22 11:30", zone=UY,
           note="Google Calendar invitation (Spanish UI) from a Montevideo employer: 'jue 22 oct 2026 10:30 - 11:30 "
                "(GMT-3)' Uruguay time (no DST) = 13:30-14:30Z; ICS TZID America/Montevideo agrees; contact = organizer")
def _g7():
    body = t("""
        Sofía Pereyra te invitó a este evento.

        Entrevista técnica – Agustina Ferreyra / Tambo Digital
        jueves, 22 de octubre de 2026 ⋅ 10:30 – 11:30
        Hora de Uruguay

        Unirse con Google Meet
        meet.google.com/tmb-oqzr-lvw

        Hola Agustina! Como hablamos, te mando la invitación para la entrevista técnica con Bruno y
        conmigo. Vamos a repasar el caso de sensores de ordeñe que te mandamos. ¡Nos vemos!

        Invitados
        Sofía Pereyra - organizador
        bruno.techera@tambodigital.com.uy
        agustina.ferreyra@example.org

        ¿Vas a asistir? Sí - Quizás - No
        Más opciones: https://calendar.google.com/calendar/event?action=VIEW&eid=dGFtYm8w

        Invitación de Google Calendar
        Recibes este correo electrónico porque estás invitado a este evento.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_UY}
BEGIN:VEVENT
DTSTART;TZID=America/Montevideo:20261022T103000
DTEND;TZID=America/Montevideo:20261022T113000
DTSTAMP:20261016T194500Z
ORGANIZER;CN=Sofía Pereyra:mailto:sofia.pereyra@tambodigital.com.uy
UID:4t0m6b0d1g1t4l0e2n3tr3v1st4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_ADDR};X-NUM-GUESTS=0:mailto:{ME_ADDR}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=bruno.techera@tambodigital.com.uy;X-NUM-GUESTS=0:mailto:bruno.techera@tambodigital.com.uy
DESCRIPTION:Hola Agustina! Como hablamos\\, te mando la invitación para la entrevista técnica con Bruno y conmigo.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Agustina Ferreyra / Tambo Digital
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitación: Entrevista técnica – Agustina Ferreyra / Tambo Digital @ jue 22 oct 2026 "
               "10:30 - 11:30 (GMT-3) (agustina.ferreyra@example.org)")
    return message([
        rcv("mail-sor-f41.google.com", "2026-10-16 16:45", UY, "gc7Tmb", 2),
        ("From", addr("Sofía Pereyra", "sofia.pereyra@tambodigital.com.uy")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date("2026-10-16 16:45", UY)),
        ("Message-ID", "<calendar-4t0m6b0d-0000-0000-0000-tambo@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                 calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(n(8), family="outlook_teams", lang="pt", interview=True, kind="scheduled",
           start=utc("2026-11-10 14:00", BR), end=utc("2026-11-10 15:00", BR),
           contact="renata.souza@graonorte.com.br", company="Grão Norte Tecnologia",
           local="Tue 2026-11-10 14:00", local_end="2026-11-10 15:00", zone=BR,
           note="Exchange/Teams meeting request in Portuguese whose body has only the Teams boilerplate; the time is "
                "only in the ICS: TZID 'E. South America Standard Time' 14:00-15:00 Brasília (UTC-3) = 17:00-18:00Z")
def _g8():
    body = t("""
        Olá Agustina,

        Conforme combinado, segue o convite para a entrevista técnica (engenharia de dados) com o
        time de Plataforma. Qualquer imprevisto me avise.

        Abraço,
        Renata Lopes de Souza
        Talent Acquisition | Grão Norte Tecnologia

        ________________________________________________________________________________
        Reunião do Microsoft Teams
        Ingressar no computador, aplicativo móvel ou dispositivo de sala
        Clique aqui para ingressar na reunião<https://teams.microsoft.com/l/meetup-join/19%3ameeting_GrN0rt3>
        ID da Reunião: 291 447 118 305
        Senha: Xk7pQ2
        Baixar o Teams<https://www.microsoft.com/pt-br/microsoft-teams/download-app> | Ingressar na Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Saiba mais<https://aka.ms/JoinTeamsMeeting> | Opções de reunião<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_BR}
BEGIN:VEVENT
ORGANIZER;CN=Renata Lopes de Souza:mailto:renata.souza@graonorte.com.br
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Agustina Ferreyra:mailto:{ME_ADDR}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Caio Martins:mailto:caio.martins@graonorte.com.br
DESCRIPTION;LANGUAGE=pt-BR:Olá Agustina\\,\\n\\nConforme combinado\\, segue o convite para a entrevista técnica.\\n
UID:040000008200E00074C5B7101A82E0080000000071A2D4F9C6B3DC01000000000000000010000000B7C1
SUMMARY;LANGUAGE=pt-BR:Entrevista - Engenheira de Dados | Grão Norte
DTSTART;TZID=E. South America Standard Time:20261110T140000
DTEND;TZID=E. South America Standard Time:20261110T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T131200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        rcv("BR1P152MB2233.LAMP152.PROD.OUTLOOK.COM", "2026-11-04 10:12", BR, "ex8Grn", 2),
        ("From", addr("Renata Lopes de Souza", "renata.souza@graonorte.com.br")),
        ("To", ME),
        ("CC", addr("Caio Martins", "caio.martins@graonorte.com.br")),
        ("Subject", enc("Entrevista - Engenheira de Dados | Grão Norte")),
        ("Thread-Topic", enc("Entrevista - Engenheira de Dados | Grão Norte")),
        ("Date", date("2026-11-04 10:12", BR)),
        ("Message-ID", "<BR1P152MB22334F1C0E9A7D2B88E1A3C4D5E6@BR1P152MB2233.LAMP152.PROD.OUTLOOK.COM>"),
        ("Content-Language", "pt-BR"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, cte="quoted-printable"), html(page, cte="quoted-printable"),
           calendar(ics, cte="base64")))


@make.mail(n(9), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-05 11:00", AR), end=utc("2026-11-05 12:00", AR),
           contact="gonzalo.rios@mediterranea-agro.com.ar", company="Mediterránea Agro Datos",
           local="Thu 2026-11-05 11:00", local_end="2026-11-05 12:00", zone=AR,
           note="Google Calendar all-day event (DTSTART;VALUE=DATE 20261105) from a Córdoba hiring manager; the time "
                "is only in the description: 'arrancamos a las 11 hs (hora argentina), dura 1 hora' = 14:00-15:00Z")
def _g9():
    desc = ("Hola Agustina, lo dejo como evento de todo el día porque así lo ven los demás del equipo, "
            "pero arrancamos a las 11 hs (hora argentina, Córdoba es igual que Rosario) y dura 1 hora. "
            "Es por Meet, el link está abajo. Vamos a estar Caro (producto) y yo.")
    body = t(f"""
        Gonzalo Ríos te invitó a este evento.

        Entrevista técnica Agustina F. (Data Eng)
        jueves, 5 de noviembre de 2026

        Unirse con Google Meet
        meet.google.com/mdt-wkqa-hjn

        {desc}

        Invitados
        Gonzalo Ríos - organizador
        carolina.bustamante@mediterranea-agro.com.ar
        agustina.ferreyra@example.org

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar
        Recibes este correo electrónico porque estás invitado a este evento.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261105
DTEND;VALUE=DATE:20261106
DTSTAMP:20261030T150000Z
ORGANIZER;CN=Gonzalo Ríos:mailto:gonzalo.rios@mediterranea-agro.com.ar
UID:3nTr3v1st4c0rd0b4m3d1t3rr4n34@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_ADDR};X-NUM-GUESTS=0:mailto:{ME_ADDR}
DESCRIPTION:{desc.replace(",", chr(92) + ",")}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica Agustina F. (Data Eng)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    subject = ("Invitación: Entrevista técnica Agustina F. (Data Eng) @ jue 5 nov 2026 "
               "(agustina.ferreyra@example.org)")
    return message([
        rcv("mail-sor-f73.google.com", "2026-10-30 12:00", AR, "gcMd05", 2),
        ("From", addr("Gonzalo Ríos", "gonzalo.rios@mediterranea-agro.com.ar")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date("2026-10-30 12:00", AR)),
        ("Message-ID", "<calendar-3ntr3v1s-c0rd-0b4m-3d1t-mediterranea@google.com>"),
    ], mixed(alt(text(body, cte="quoted-printable"), html(gmail_html(body)), calendar(ics, cte="quoted-printable")),
             calendar(ics, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      name_param=True, cte="base64")))


@make.mail(n(10), family="personio", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-12 16:30", AR), end=utc("2026-11-12 17:15", AR),
           contact="lena.hartmann@agrimetrik.de", company="Agrimetrik",
           local="Thu 2026-11-12 16:30", local_end="2026-11-12 17:15", zone=AR,
           note="Personio mail sent from Germany (CET) in usted-Spanish: '12/11/2026 a las 16:30 hs (hora de Buenos "
                "Aires)' = 19:30Z, '(20:30 CET)' agrees; 'Duración: 45 minutos' -> 20:15Z; contact = Reply-To")
def _g10():
    body = t("""
        Estimada Agustina:

        Muchas gracias por su interés en Agrimetrik. Nos complace invitarla a una entrevista para el
        puesto "Data Engineer (m/w/d) - Remote LATAM".

        Fecha: 12/11/2026
        Hora: 16:30 hs (hora de Buenos Aires) / 20:30 CET
        Duración: 45 minutos
        Formato: videollamada (Microsoft Teams, el enlace se encuentra abajo)
        Participantes: Lena Hartmann (People & Culture), Jakob Weiß (Head of Data Engineering)

        https://teams.microsoft.com/l/meetup-join/19%3ameeting_AgR1m3tr1k

        Si surgiera algún inconveniente, le pedimos que nos avise respondiendo a este correo.

        Saludos cordiales,
        Lena Hartmann
        People & Culture

        Agrimetrik GmbH · Am Hafen 12 · 28217 Bremen · Deutschland
        Geschäftsführer: Tobias Kern · Amtsgericht Bremen HRB 40021

        Diese E-Mail wurde über Personio versendet.
        """)
    return message([
        rcv("mail-eu-central-1.personio.de", "2026-11-06 08:15", "Europe/Berlin", "prs10x", 4),
        ("From", addr("Agrimetrik GmbH", "noreply@personio.de")),
        ("Reply-To", addr("Lena Hartmann", "lena.hartmann@agrimetrik.de")),
        ("To", ME),
        ("Subject", enc("Einladung zum Interview / Invitación a entrevista – Agrimetrik")),
        ("Date", date("2026-11-06 08:15", "Europe/Berlin")),
        ("Message-ID", "<personio.agrimetrik.9911a02f.1778051700@personio.de>"),
    ], text(body, cte="base64"))


@make.mail(n(11), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-18 17:00", AR), end=utc("2026-11-18 17:30", AR),
           contact="tomas@rindelabs.io", company="Rinde Labs",
           local="Wed 2026-11-18 17:00", local_end="2026-11-18 17:30", zone=AR,
           note="Teamtailor confirmation (voseo): 'miércoles 18 de noviembre de 2026, 17:00 – 17:30 (GMT-3)' = "
                "20:00-20:30Z; ICS TZID America/Argentina/Buenos_Aires agrees; contact = human Reply-To")
def _g11():
    body = t("""
        ¡Hola Agustina!

        Tu entrevista con Rinde Labs quedó confirmada 🎉

        📅 miércoles 18 de noviembre de 2026
        🕔 17:00 – 17:30 (GMT-3)
        📍 Videollamada: https://app.teamtailor.com/meetings/rinde-labs/8Qk2vT

        Charla cultural con Tomás Iglesias (cofundador).

        Agregá el evento a tu calendario con el archivo adjunto. Si no podés asistir, avisanos
        respondiendo este mail.

        ¡Éxitos!
        El equipo de Rinde Labs

        --
        Enviado con Teamtailor · Cancelar suscripción
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#fafafa">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:8px">
        <h2 style="color:#5b2bd8">¡Hola Agustina!</h2>
        <p>Tu entrevista con <strong>Rinde Labs</strong> quedó confirmada 🎉</p>
        <p>📅 <strong>miércoles 18 de noviembre de 2026</strong><br>
        🕔 <strong>17:00 – 17:30 (GMT-3)</strong><br>
        📍 <a href="https://app.teamtailor.com/meetings/rinde-labs/8Qk2vT">Videollamada</a></p>
        <p>Charla cultural con Tomás Iglesias (cofundador).</p>
        <p>Agregá el evento a tu calendario con el archivo adjunto. Si no podés asistir, avisanos
        respondiendo este mail.</p>
        <p>¡Éxitos!<br>El equipo de Rinde Labs</p>
        </div>
        <p style="font-size:11px;color:#999;text-align:center">Enviado con Teamtailor</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ_AR}
BEGIN:VEVENT
UID:tt-meeting-8Qk2vT@teamtailor.com
DTSTAMP:20261112T140000Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20261118T170000
DTEND;TZID=America/Argentina/Buenos_Aires:20261118T173000
SUMMARY:Entrevista con Rinde Labs
ORGANIZER;CN=Tomás Iglesias:mailto:tomas@rindelabs.io
ATTENDEE;CN=Agustina Ferreyra;RSVP=TRUE:mailto:{ME_ADDR}
LOCATION:https://app.teamtailor.com/meetings/rinde-labs/8Qk2vT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mta-12.teamtailor-mail.com", "2026-11-12 11:00", AR, "ttR18n", 3),
        ("From", addr("Rinde Labs", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Tomás Iglesias", "tomas@rindelabs.io")),
        ("To", ME),
        ("Subject", enc("Tu entrevista con Rinde Labs está confirmada")),
        ("Date", date("2026-11-12 11:00", AR)),
        ("Message-ID", "<6f0b1d3a-teamtailor-rinde-8Qk2vT@teamtailor-mail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="entrevista.ics", disposition="attachment", cte="8bit")))


@make.mail(n(12), family="workable", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-02 10:00", VAN), end=utc("2026-12-02 10:45", VAN),
           contact="jenna.ko@cedarline.ca", company="Cedarline Analytics",
           local="Wed 2026-12-02 10:00", local_end="2026-12-02 10:45", zone=VAN,
           note="Workable mail from a Vancouver company: 'Wednesday, December 2, 2026 at 10:00 AM PST (UTC-08:00)', "
                "'Duration: 45 minutes' = 18:00-18:45Z; Reply-To is a Workable relay, contact = address in the body")
def _g12():
    body = t("""
        Hi Agustina,

        Thank you for your interest in the Data Engineer (Remote, Americas) position at Cedarline
        Analytics. Your video interview has been scheduled:

        Date & time: Wednesday, December 2, 2026 at 10:00 AM PST (UTC-08:00)
        Duration: 45 minutes
        Interviewer: Jenna Ko, Analytics Engineering Manager
        Video call: https://cedarline.whereby.com/jenna-ko

        If you have any questions before the call, you can reach Jenna directly at jenna.ko@cedarline.ca.

        Kind regards,
        The Cedarline Analytics hiring team

        ---
        Powered by Workable
        """)
    return message([
        rcv("mail2.workablemail.com", "2026-11-25 09:20", VAN, "wkB02c", 3),
        ("From", addr("Cedarline Analytics", "noreply@candidates.workablemail.com")),
        ("Reply-To", "cedarline-analytics+c4f1a27e9d@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", "Your interview with Cedarline Analytics"),
        ("Date", date("2026-11-25 09:20", VAN)),
        ("Message-ID", "<wk.cand.88120347.interview@candidates.workablemail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), charset="windows-1252")))


@make.mail(n(13), family="forward_to_self", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-29 09:30", AR), contact="ignacio.bustos@humus-tech.com.ar",
           company="Humus Tech", local="Tue 2026-09-29 09:30", zone=AR,
           note="Candidate forwards (message/rfc822) from her personal address to herself; the forwarded recruiter "
                "mail confirms 'el martes 29/09 a las 9:30 hs' in Rosario = 12:30Z; contact = forwarded sender")
def _g13():
    inner_body = t("""
        Hola Agustina, ¿cómo estás?

        Te confirmo la entrevista con el equipo para el martes 29/09 a las 9:30 hs en nuestras
        oficinas de calle Córdoba 1452, 5° B. Preguntá por mí en recepción.

        Vas a estar con Natalia (líder de datos) y conmigo. Traé la compu si querés mostrarnos algo
        de lo que hiciste con imágenes satelitales.

        Saludos,
        Ignacio Bustos
        Selección | Humus Tech
        Rosario - Santa Fe
        """)
    inner = message([
        ("From", addr("Ignacio Bustos", "ignacio.bustos@humus-tech.com.ar")),
        ("To", addr("Agustina Ferreyra", "agustina.ferreyra@example.net")),
        ("Subject", enc("Entrevista Humus Tech - confirmación")),
        ("Date", date("2026-09-24 17:30", AR)),
        ("Message-ID", "<20260924173012.6612@humus-tech.com.ar>"),
    ], text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    outer = t("""
        para tenerlo en el mail del laburo nuevo / agendar!!

        """)
    return message([
        rcv("smtp.example.net", "2026-09-24 22:10", AR, "fw13sf", 2),
        ("From", addr("Agustina Ferreyra", "agustina.ferreyra@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Entrevista Humus Tech - confirmación")),
        ("Date", date("2026-09-24 22:10", AR)),
        ("Message-ID", "<b7e2c9d0-fwd-self-0924@example.net>"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ], mixed(text(outer, cte="7bit"), attached_message(inner, "Entrevista Humus Tech.eml")))


@make.mail(n(14), family="phone_reply", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-08 10:00", AR), contact="paula.gimenez@cultivoanalytics.com",
           company="Cultivo Analytics", local="Thu 2026-10-08 10:00", zone=AR,
           note="Recruiter's phone reply sent Mon 5 Oct: 'quedamos el jueves a las 10 hs' = Thu 8 Oct 10:00 ART = "
                "13:00Z; the quoted thread has the other proposed slot (vie 9/10 15 hs), which was not chosen")
def _g14():
    body = t("""
        Perfeto Agus, quedamos el jueves a las 10 hs entonces. Te mando el link de meet un rato antes.
        Saludos!

        Enviado desde mi Galaxy

        -------- Mensaje original --------
        De: Agustina Ferreyra <agustina.ferreyra@example.org>
        Fecha: 5/10/26 17:41 (GMT-03:00)
        A: Paula Giménez <paula.gimenez@cultivoanalytics.com>
        Asunto: Re: Entrevista Cultivo Analytics

        Hola Paula! Jueves 10 hs me viene perfecto. Gracias!
        Agustina

        -------- Mensaje original --------
        De: Paula Giménez <paula.gimenez@cultivoanalytics.com>
        Fecha: 5/10/26 12:15 (GMT-03:00)
        A: Agustina Ferreyra <agustina.ferreyra@example.org>
        Asunto: Entrevista Cultivo Analytics

        Hola Agustina, ¿cómo va? Te escribo por la búsqueda de Data Engineer. ¿Te queda bien el
        jueves 8/10 a las 10 hs o el viernes 9/10 a las 15? Sería una charla de 30-40 min con el
        líder técnico.

        Paula Giménez
        Talent Partner | Cultivo Analytics
        """)
    return message([
        rcv("mail-yw1-f170.google.com", "2026-10-05 19:02", AR, "ph14gx", 2),
        ("From", addr("Paula Giménez", "paula.gimenez@cultivoanalytics.com")),
        ("To", ME),
        ("Subject", "Re: Entrevista Cultivo Analytics"),
        ("Date", date("2026-10-05 19:02", AR)),
        ("Message-ID", "<m8k2q1-galaxy-20261005190211@cultivoanalytics.com>"),
        ("In-Reply-To", "<CAJ7agus20261005174100@mail.example.org>"),
    ], text(body, cte="8bit"))


@make.mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-30 09:00", NY), contact="marcus.bell@harvestledger.com",
           company="Harvest Ledger", local="Fri 2026-10-30 09:00", zone=NY,
           note="Recruiter mail sent Thu 29 Oct 08:10 EDT: 'tomorrow at 9am ET' = Fri 30 Oct 09:00 EDT (US DST still "
                "on) = 13:00Z; pasted Zoom block says the same; no length given")
def _g15():
    body = t("""
        Hi Agustina,

        Great talking to you on Tuesday. As promised, here's the invite for tomorrow at 9am ET with
        our VP of Engineering, Sam Whitfield. Looking forward to it!

        Marcus Bell is inviting you to a scheduled Zoom meeting.

        Topic: Harvest Ledger <> Agustina Ferreyra
        Time: Oct 30, 2026 09:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://harvestledger.zoom.us/j/93418820144?pwd=hL3dQ9

        Meeting ID: 934 1882 0144
        Passcode: 552901

        Cheers,
        Marcus

        Marcus Bell | Senior Talent Partner
        Harvest Ledger | New York, NY
        """)
    return message([
        rcv("mail-qt1-f182.google.com", "2026-10-29 08:10", NY, "zm15nY", 2),
        ("From", addr("Marcus Bell", "marcus.bell@harvestledger.com")),
        ("To", ME),
        ("Subject", "Tomorrow's call w/ Sam"),
        ("Date", date("2026-10-29 08:10", NY)),
        ("Message-ID", "<CAFm3bell+q9Z2=hl-20261029121000@mail.gmail.com>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@make.mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-09 10:00", NY), end=utc("2026-12-09 12:30", NY),
           contact="alyssa.moreno@greenwayrobotics.com", company="Greenway Robotics",
           local="Wed 2026-12-09 10:00", local_end="2026-12-09 12:30", zone=NY,
           note="GoodTime itinerary, three back-to-back sessions Wed 9 Dec 10:00-12:30 EST (first start to last end) "
                "= 15:00-17:30Z; the ART column (12:00-14:30) agrees; contact = coordinator Reply-To")
def _g16():
    body = t("""
        Hi Agustina,

        Your onsite (virtual) interview with Greenway Robotics is confirmed. Here is your itinerary
        for Wednesday, December 9, 2026. All times are shown in Eastern Time (EST), with your local
        time in brackets.

          10:00 AM - 10:45 AM EST  [12:00 - 12:45 ART]  Data modeling  - Priyanka Das
          11:00 AM - 11:45 AM EST  [13:00 - 13:45 ART]  Pipeline design - Luis Ortega
          12:00 PM - 12:30 PM EST  [14:00 - 14:30 ART]  Hiring manager chat - Ben Albright

        Each session has its own Zoom link in the calendar invitations you will receive separately.

        If you need to make a change, just reply to this email.

        Alyssa Moreno
        Recruiting Coordinator, Greenway Robotics

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hi Agustina,</p>
        <p>Your onsite (virtual) interview with Greenway Robotics is confirmed. Here is your itinerary for
        <b>Wednesday, December 9, 2026</b>. All times are shown in Eastern Time (EST), with your local time in brackets.</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Time (EST)</th><th>Your time (ART)</th><th>Session</th><th>Interviewer</th></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>12:00 - 12:45</td><td>Data modeling</td><td>Priyanka Das</td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>13:00 - 13:45</td><td>Pipeline design</td><td>Luis Ortega</td></tr>
        <tr><td>12:00 PM - 12:30 PM</td><td>14:00 - 14:30</td><td>Hiring manager chat</td><td>Ben Albright</td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you will receive separately.</p>
        <p>If you need to make a change, just reply to this email.</p>
        <p>Alyssa Moreno<br>Recruiting Coordinator, Greenway Robotics</p>
        <p style="color:#999;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        rcv("mail.goodtime.io", "2026-12-02 14:00", NY, "gt16Gw", 3),
        ("From", addr("Greenway Robotics", "scheduling@goodtime.io")),
        ("Reply-To", addr("Alyssa Moreno", "alyssa.moreno@greenwayrobotics.com")),
        ("To", ME),
        ("Subject", "Your interview itinerary - Greenway Robotics - Wednesday, December 9"),
        ("Date", date("2026-12-02 14:00", NY)),
        ("Message-ID", "<gt-itin-41872-greenway@goodtime.io>"),
    ], alt(text(body, cte="7bit"), html(page)))


# =========================================================================== positives: rescheduled


@make.mail(n(17), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-10-26 11:30", AR), contact="ignacio.bustos@humus-tech.com.ar",
           company="Humus Tech", local="Mon 2026-10-26 11:30", zone=AR,
           days=(("Tue", "2026-10-20"), ("Mon", "2026-10-19")),
           note="Recruiter moves the second round, sent Fri 16 Oct: old 'martes 20/10 a las 10 hs', new 'el lunes "
                "que viene no, el otro' (not Mon 19 but Mon 26 Oct) 'a las once y media' = 14:30Z; no length")
def _g17():
    body = t("""
        Hola Agus, ¿todo bien?

        Te tengo que cambiar la segunda entrevista: el martes 20/10 a las 10 hs Natalia tiene que
        viajar al campo de Venado Tuerto y no llega. La pasamos al lunes que viene no, el otro, a las
        once y media, mismo lugar (Córdoba 1452, 5° B). Esta vez se suma el CEO, Fabián.

        Si no te queda bien avisame y lo vemos, si no queda así.

        Perdón por el cambio!
        Ignacio

        --
        Ignacio Bustos
        Selección | Humus Tech
        Tel. 341 555-0187
        """)
    return message([
        rcv("mail.humus-tech.com.ar", "2026-10-16 18:00", AR, "hu17Rs", 2),
        ("From", addr("Ignacio Bustos", "ignacio.bustos@humus-tech.com.ar")),
        ("To", ME),
        ("Subject", enc("Cambio de día - 2da entrevista Humus Tech")),
        ("Date", date("2026-10-16 18:00", AR)),
        ("Message-ID", "<20261016180011.8120@humus-tech.com.ar>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(n(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-17 13:00", LA), end=utc("2026-11-17 14:00", LA),
           contact="kevin.tran@rowcrop.ai", company="Rowcrop AI",
           local="Tue 2026-11-17 13:00", local_end="2026-11-17 14:00", zone=LA,
           days=(("Mon", "2026-11-16"),),
           note="Google Calendar 'Updated invitation' from Seattle: changed from Mon 16 Nov 9am to Tue 17 Nov "
                "1pm-2pm Pacific (PST, UTC-8) = 21:00-22:00Z; ICS SEQUENCE:1 TZID America/Los_Angeles agrees")
def _g18():
    body = t("""
        This event has been changed.

        Final round – Agustina Ferreyra (Data Engineer)
        When
        Changed: Tuesday Nov 17, 2026 ⋅ 1pm – 2pm (Pacific Time - Los Angeles)
        (was: Monday Nov 16, 2026 ⋅ 9am – 10am)

        Joining info
        Join with Google Meet
        meet.google.com/rwc-fnlr-okd

        Hi Agustina - moving this one day later because two of the panel are at a customer site on
        Monday. Sorry for the shuffle! - Kevin

        Organizer
        Kevin Tran
        kevin.tran@rowcrop.ai

        Guests
        Kevin Tran - organizer
        mara.lindqvist@rowcrop.ai
        agustina.ferreyra@example.org

        Reply for agustina.ferreyra@example.org
        Yes / No / Maybe / More options

        Invitation from Google Calendar
        You are receiving this email because you are an attendee of the event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LA}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261117T130000
DTEND;TZID=America/Los_Angeles:20261117T140000
DTSTAMP:20261112T180000Z
ORGANIZER;CN=Kevin Tran:mailto:kevin.tran@rowcrop.ai
UID:r0wcr0pf1n4lr0und4gust1n4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={ME_ADDR};X-NUM-GUESTS=0:mailto:{ME_ADDR}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mara.lindqvist@rowcrop.ai;X-NUM-GUESTS=0:mailto:mara.lindqvist@rowcrop.ai
CREATED:20261105T172000Z
DESCRIPTION:Hi Agustina - moving this one day later because two of the panel are at a customer site on Monday.
LAST-MODIFIED:20261112T180000Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Final round – Agustina Ferreyra (Data Engineer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Updated invitation: Final round – Agustina Ferreyra (Data Engineer) @ Tue Nov 17, 2026 "
               "1pm - 2pm (PST) (agustina.ferreyra@example.org)")
    return message([
        rcv("mail-sor-f69.google.com", "2026-11-12 10:00", LA, "gc18Rw", 2),
        ("From", addr("Kevin Tran", "kevin.tran@rowcrop.ai")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "kevin.tran@rowcrop.ai"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date("2026-11-12 10:00", LA)),
        ("Message-ID", "<calendar-r0wcr0p-f1n4-l000-0001-update@google.com>"),
    ], mixed(alt(text(body, cte="quoted-printable"), html(gmail_html(body)), calendar(ics, cte="quoted-printable")),
             calendar(ics, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      name_param=True, cte="base64")))


@make.mail(n(19), family="recruitee", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-11-24 15:30", AR), end=utc("2026-11-24 16:00", AR),
           contact="valentina.sosa@nimboclima.com", company="Nimbo Clima",
           local="Tue 2026-11-24 15:30", local_end="2026-11-24 16:00", zone=AR,
           days=(("Fri", "2026-11-20"),),
           note="Recruitee reschedule: 'Anterior: vie. 20/11 a las 14:00', 'Nuevo horario: mar. 24/11 a las 15:30 "
                "(hora de Buenos Aires, GMT-3)', '30 min' = 18:30-19:00Z; ICS SEQUENCE:1 in UTC agrees")
def _g19():
    body = t("""
        Hola Agustina,

        Tu entrevista para Data Engineer – Modelos Climáticos en Nimbo Clima fue reprogramada.

        Anterior: vie. 20/11 a las 14:00
        Nuevo horario: mar. 24/11 a las 15:30 (hora de Buenos Aires, GMT-3)
        Duración: 30 min
        Con: Valentina Sosa (Talent) y Joaquín Ledesma (Tech Lead)
        Lugar: Google Meet – https://meet.google.com/nmb-cllm-tqs

        Adjuntamos la invitación actualizada. Si el nuevo horario no te funciona, respondé a este mail.

        Saludos,
        Valentina Sosa
        Nimbo Clima
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-309177@recruitee.com
SEQUENCE:1
DTSTAMP:20261118T150000Z
DTSTART:20261124T183000Z
DTEND:20261124T190000Z
SUMMARY:Entrevista: Agustina Ferreyra – Nimbo Clima
ORGANIZER;CN=Valentina Sosa:mailto:valentina.sosa@nimboclima.com
ATTENDEE;CN=Agustina Ferreyra;RSVP=TRUE:mailto:{ME_ADDR}
LOCATION:https://meet.google.com/nmb-cllm-tqs
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("smtp.recruitee.com", "2026-11-18 12:00", AR, "rc19Nb", 3),
        ("From", addr("Valentina Sosa (Nimbo Clima)", "no-reply@recruitee.com")),
        ("Reply-To", addr("Valentina Sosa", "valentina.sosa@nimboclima.com")),
        ("To", ME),
        ("Subject", enc("Entrevista reprogramada – Nimbo Clima")),
        ("Date", date("2026-11-18 12:00", AR)),
        ("Message-ID", "<recruitee.309177.reschedule.1795532400@recruitee.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, cte="quoted-printable", filename="entrevista.ics", disposition="attachment")))


@make.mail(n(20), family="human_prose", lang="pt", interview=True, kind="rescheduled",
           start=utc("2026-12-04 14:00", BR), contact="luana.ferraz@sojaconecta.com.br",
           company="Soja Conecta", local="Fri 2026-12-04 14:00", zone=BR,
           days=(("Thu", "2026-12-03"),),
           note="Brazilian recruiter in Portuguese (iso-8859-1): the Thursday 03/12 10h interview moves to 'sexta-feira, "
                "04/12, às 14h (horário de Brasília)', UTC-3 = 17:00Z; 'cerca de uma hora' approximate, no end")
def _g20():
    body = t("""
        Oi Agustina, tudo bem?

        Precisamos remarcar a nossa entrevista: a de quinta-feira (03/12) às 10h não vai dar, porque o
        nosso gerente de dados estará num evento em Campinas. Podemos passar para sexta-feira, 04/12,
        às 14h (horário de Brasília)? Já bloqueei a agenda dele e mantive o mesmo link do Meet. Vai
        durar cerca de uma hora.

        Como você já me disse que sexta à tarde está livre, vou considerar confirmado. Se mudar
        algo, me avisa por aqui.

        Abraços,
        Luana Ferraz
        Recrutamento & Seleção | Soja Conecta
        São Paulo - SP
        """)
    return message([
        rcv("smtp.sojaconecta.com.br", "2026-11-30 17:20", BR, "sj20Pt", 2),
        ("From", addr("Luana Ferraz", "luana.ferraz@sojaconecta.com.br", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Remarcação da entrevista - Soja Conecta", "iso-8859-1")),
        ("Date", date("2026-11-30 17:20", BR)),
        ("Message-ID", "<c3a91e02-remarcacao-1130@sojaconecta.com.br>"),
        ("In-Reply-To", "<CAJ7agus20261126@mail.example.org>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


# =========================================================================== positives: cancelled


@make.mail(n(21), family="outlook_exchange", lang="en", interview=True, kind="cancelled",
           start=utc("2026-12-01 11:00", NY), end=utc("2026-12-01 12:00", NY),
           contact="hcollins@bluesilo.com", company="Blue Silo Systems",
           local="Tue 2026-12-01 11:00", local_end="2026-12-01 12:00", zone=NY,
           note="Exchange 'Canceled:' METHOD:CANCEL, TZID 'Eastern Standard Time' 11:00-12:00 on Tue 1 Dec (EST, "
                "UTC-5) = 16:00-17:00Z; cancelled without a new time; contact = organizer/sender")
def _g21():
    body = t("""
        Hi Agustina,

        Unfortunately I have to cancel Tuesday's interview (December 1, 11:00 AM - 12:00 PM Eastern).
        Our hiring manager is out sick this week. I'll reach out as soon as I have new availability
        from the team - apologies for the inconvenience.

        Heather

        Heather Collins | Talent Acquisition | Blue Silo Systems | Atlanta, GA
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Heather Collins:mailto:hcollins@bluesilo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Agustina Ferreyra:mailto:{ME_ADDR}
DESCRIPTION;LANGUAGE=en-US:Hi Agustina\\,\\n\\nUnfortunately I have to cancel Tuesday's interview.\\n
UID:040000008200E00074C5B7101A82E00800000000B1F0C3A2D8C5DC010000000000000000100000004E21
SUMMARY;LANGUAGE=en-US:Canceled: Interview: Agustina Ferreyra - Data Engineer II
DTSTART;TZID=Eastern Standard Time:20261201T110000
DTEND;TZID=Eastern Standard Time:20261201T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261127T140000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("CH3PR11MB7710.namprd11.prod.outlook.com", "2026-11-27 09:00", NY, "ex21Bs", 2),
        ("From", addr("Heather Collins", "hcollins@bluesilo.com")),
        ("To", ME),
        ("Subject", "Canceled: Interview: Agustina Ferreyra - Data Engineer II"),
        ("Thread-Topic", "Interview: Agustina Ferreyra - Data Engineer II"),
        ("Date", date("2026-11-27 09:00", NY)),
        ("Message-ID", "<CH3PR11MB77104A0B2C1D9E8F7A6B5C4D3E2F@CH3PR11MB7710.namprd11.prod.outlook.com>"),
        ("Importance", "high"),
        ("Content-Language", "en-US"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body)), calendar(ics, method="CANCEL")))


@make.mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
           start=utc("2026-10-22 16:00", AR), contact="florencia.aguirre@cosecharglobal.com",
           company="Cosechar Global", local="Thu 2026-10-22 16:00", zone=AR,
           note="Usted-Spanish recruiter mail sent Mon 19 Oct cancels 'la entrevista con el gerente del jueves 22/10 a "
                "las 16 hs' (ART) = 19:00Z because the search is on hold; no new time")
def _g22():
    body = t("""
        Estimada Agustina:

        Lamento informarle que debemos cancelar la entrevista con el gerente del área prevista para el
        jueves 22/10 a las 16 hs. Por una decisión de presupuesto, la búsqueda quedó en pausa hasta el
        próximo año.

        Le agradecemos mucho su tiempo en la primera instancia; su perfil nos pareció muy sólido y
        quedará en nuestra base. Si la posición se reactiva, la contactaré personalmente.

        Saludos cordiales,

        Florencia Aguirre
        Talent Acquisition Partner - Cono Sur
        Cosechar Global
        Av. del Libertador 6350, CABA
        """)
    page = ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n"))
            + "</body></html>\n")
    return message([
        rcv("GV1P190MB1722.EURP190.PROD.OUTLOOK.COM", "2026-10-19 10:05", AR, "cg22Cx", 2),
        ("From", addr("Florencia Aguirre", "florencia.aguirre@cosecharglobal.com")),
        ("To", ME),
        ("Subject", enc("Cancelación entrevista - R-20417 Ingeniero/a de Datos Sr.")),
        ("Date", date("2026-10-19 10:05", AR)),
        ("Message-ID", "<GV1P190MB17221C9A8B7E6D5F4A3B2C1D@GV1P190MB1722.EURP190.PROD.OUTLOOK.COM>"),
    ], alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
           html(page, charset="iso-8859-15", cte="quoted-printable")))


@make.mail(n(23), family="smartrecruiters", lang="es", interview=True, kind="cancelled",
           start=utc("2026-12-07 10:00", AR), end=utc("2026-12-07 11:00", AR),
           contact="carla.mendez@pampasensorica.com", company="Pampa Sensórica",
           local="Mon 2026-12-07 10:00", local_end="2026-12-07 11:00", zone=AR,
           days=(("Wed", "2026-12-09"),),
           note="SmartRecruiters cancellation (METHOD:CANCEL) of 'lun. 7 de diciembre, 10:00 - 11:00 hs (hora de "
                "Argentina)' = 13:00-14:00Z; it announces a separate new invitation for 'mié. 9/12 a las 10' that this "
                "mail does not confirm, so kind cancelled with the cancelled slot")
def _g23():
    body = t("""
        Estimada Agustina Ferreyra:

        Le informamos que la siguiente entrevista ha sido CANCELADA:

        Puesto: Ingeniera/o de Datos IoT
        Fecha y hora: lun. 7 de diciembre, 10:00 - 11:00 hs (hora de Argentina)
        Entrevistador: Sebastián Ortiz

        Motivo: el entrevistador no estará disponible ese día. En breve recibirá una nueva invitación,
        probablemente para el mié. 9/12 a las 10, que deberá confirmar desde el enlace.

        Por consultas puede escribir a Carla Méndez, carla.mendez@pampasensorica.com.

        Atentamente,
        Pampa Sensórica S.A.
        Enviado a través de SmartRecruiters
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Scheduler//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:sr-interview-ae01f7c2-pampa@smartrecruiters.com
SEQUENCE:1
DTSTAMP:20261201T181000Z
DTSTART:20261207T130000Z
DTEND:20261207T140000Z
SUMMARY:Entrevista - Ingeniera/o de Datos IoT - Pampa Sensórica
ORGANIZER;CN=Carla Méndez:mailto:carla.mendez@pampasensorica.com
ATTENDEE;CN=Agustina Ferreyra:mailto:{ME_ADDR}
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-us-east.smartrecruiters.com", "2026-12-01 15:10", AR, "sr23Pm", 3),
        ("From", addr("Pampa Sensórica", "noreply@smartrecruiters.com")),
        ("To", ME),
        ("Subject", enc("Entrevista cancelada: Ingeniera/o de Datos IoT – Pampa Sensórica")),
        ("Date", date("2026-12-01 15:10", AR)),
        ("Message-ID", "<sr.mail.ae01f7c2.cancel@smartrecruiters.com>"),
    ], mixed(alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
                 html(gmail_html(body), charset="iso-8859-1")),
             calendar(ics, method="CANCEL", cte="base64", filename="cancelacion.ics", disposition="attachment")))


# =========================================================================== negatives


@make.mail(n(24), family="taleo_rejection", lang="en", interview=False, company="Granary Point",
           note="Taleo rejection after an interview; no upcoming time")
def _g24():
    body = t("""
        Dear Agustina,

        Thank you for taking the time to interview with us for the position of Data Engineer -
        Commodity Analytics (Req. 2600871). We appreciated the opportunity to learn more about your
        background.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches our current needs. We encourage you to apply for future
        openings that fit your profile.

        We wish you every success in your job search.

        Sincerely,
        Granary Point Talent Acquisition

        This is an automatically generated message. Please do not reply.
        """)
    return message([
        rcv("mail1.taleo.net", "2026-09-18 16:40", CHI, "tl24Gp", 4),
        ("From", addr("Granary Point Careers", "granarypoint@taleo.net")),
        ("To", ME),
        ("Subject", "Your application for Data Engineer - Commodity Analytics (2600871)"),
        ("Date", date("2026-09-18 16:40", CHI)),
        ("Message-ID", "<1843920775.129.1789854000000.JavaMail.taleo@tbe12.taleo.net>"),
    ], html("<html><body><font face=\"Arial\" size=\"2\">" + body.replace("\n\n", "<br><br>\n")
            + "</font></body></html>\n", charset="iso-8859-1", cte="7bit"))


@make.mail(n(25), family="icims_receipt", lang="en", interview=False, company="Lakeshore Ag Systems",
           note="iCIMS application acknowledgement; mentions that interviews may follow, nothing scheduled")
def _g25():
    body = t("""
        Hello Agustina,

        Thank you for applying to the Senior Data Engineer (Remote - Canada/LATAM) position at
        Lakeshore Ag Systems. We have received your application and our team is reviewing it.

        If your qualifications match our needs, a member of our recruiting team will contact you to
        schedule an interview. You can check the status of your application at any time in the
        candidate portal: https://careers-lakeshoreag.icims.com/jobs/4471/candidate

        Thank you,
        Lakeshore Ag Systems Recruiting
        """)
    return message([
        rcv("mail-out3.icims.com", "2026-09-07 10:14", TOR, "ic25Lk", 5),
        ("From", addr("Lakeshore Ag Systems", "do-not-reply@talent.icims.com")),
        ("To", ME),
        ("Subject", "Thank you for applying to Lakeshore Ag Systems"),
        ("Date", date("2026-09-07 10:14", TOR)),
        ("Message-ID", "<icims.4471.app.99812.1788790440@talent.icims.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@make.mail(n(26), family="join_receipt", lang="es", interview=False, company="Trébol Datos",
           note="JOIN application receipt (Spanish): describes the process ('entrevista de 30 minutos'), no time")
def _g26():
    body = t("""
        Hola Agustina,

        ¡Gracias por postularte a Analytics Engineer en Trébol Datos (Córdoba / remoto)!

        Recibimos tu CV y lo vamos a revisar en los próximos 10 días hábiles. Nuestro proceso tiene
        tres pasos: una entrevista de 30 minutos con RR.HH., un ejercicio técnico y una charla final
        con el equipo. Si avanzás, te vamos a escribir para coordinar día y horario.

        Saludos,
        El equipo de Trébol Datos

        Este correo fue enviado a través de JOIN.
        """)
    return message([
        rcv("mail.join.com", "2026-09-14 09:02", AR, "jn26Tr", 3),
        ("From", addr("Trébol Datos via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", enc("Tu postulación a Analytics Engineer – Trébol Datos")),
        ("Date", date("2026-09-14 09:02", AR)),
        ("Message-ID", "<join.app.7f2d11.20260914120200@join.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@make.mail(n(27), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert listing agritech openings, one with 'entrevistas esta semana'; nothing scheduled")
def _g27():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h3>Nuevos empleos para "data engineer agro" en Rosario y remoto</h3>
        <ul>
        <li><a href="https://www.empleoagro.example.com/e/88121">Data Engineer Sr.</a> – AgroRuta SA – Rosario (híbrido) – hace 1 día</li>
        <li><a href="https://www.empleoagro.example.com/e/88140">Ingeniero/a de Datos</a> – Pradera Insumos – Pergamino – <b>¡Entrevistas esta semana!</b></li>
        <li><a href="https://www.empleoagro.example.com/e/88177">Analista de Datos Geoespaciales</a> – Cuenca Sat – remoto</li>
        <li><a href="https://www.empleoagro.example.com/e/88203">Data Platform Engineer</a> – Lluvia SRL – Córdoba</li>
        </ul>
        <p>Postulate con un clic. Configurá tus alertas en <a href="https://www.empleoagro.example.com/alertas">Mis alertas</a>.</p>
        <p style="font-size:11px;color:#777">Recibís este correo porque creaste una alerta en EmpleoAgro.
        <a href="https://www.empleoagro.example.com/baja?u=af91">Darte de baja</a></p>
        </body></html>
        """)
    return message([
        rcv("mailer.empleoagro.example.com", "2026-09-30 07:00", AR, "ja27Ea", 8),
        ("From", addr("EmpleoAgro Alertas", "alertas@empleoagro.example.com")),
        ("To", ME),
        ("Subject", enc("4 empleos nuevos: data engineer agro")),
        ("Date", date("2026-09-30 07:00", AR)),
        ("Message-ID", "<alert.af91.20260930@empleoagro.example.com>"),
        ("List-Unsubscribe", "<https://www.empleoagro.example.com/baja?u=af91>"),
        ("Precedence", "bulk"),
    ], html(page, cte="base64"))


@make.mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Substack-style newsletter post about technical interviews, with a live stream on 'jueves 22/10 a "
                "las 19 hs'; not the reader's interview")
def _g28():
    body = t("""
        Datos de Campo · Nº 47

        Cómo me fue en 11 entrevistas técnicas de data engineering (y qué aprendí)

        Este año estuve del otro lado del escritorio: entrevisté a 40 personas para el equipo y a la
        vez me tocó buscar trabajo. Algunas lecciones:

        1. La entrevista de system design no es un examen: es una conversación. Preguntá volúmenes.
        2. Llevá un ejemplo propio de pipeline que se rompió y cómo lo arreglaste.
        3. Si te dicen "la entrevista es el martes a las 10", confirmá siempre la zona horaria.
           Me pasó con una empresa de Chicago: el horario de verano termina en noviembre.
        4. Pedí feedback siempre, aunque no quedes.

        🎙️ El jueves 22/10 a las 19 hs hacemos un vivo en YouTube respondiendo preguntas sobre
        entrevistas. Dejá la tuya respondiendo este mail.

        Gracias por leer Datos de Campo. Suscribite gratis para recibir nuevos posts.
        """)
    return message([
        rcv("mail-156.substack.com", "2026-10-18 10:30", AR, "nl28Dc", 6),
        ("From", addr("Datos de Campo", "datosdecampo@substack.com")),
        ("Reply-To", "reply+2k8d1q@substack.com"),
        ("To", ME),
        ("Subject", enc("Cómo me fue en 11 entrevistas técnicas (y qué aprendí)")),
        ("Date", date("2026-10-18 10:30", AR)),
        ("Message-ID", "<20261018133000.3.d8a1c0@substack.com>"),
        ("List-Id", "<datosdecampo.substack.com>"),
        ("List-Unsubscribe", "<https://datosdecampo.substack.com/action/disable_email>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(29), family="softgarden_self_schedule", lang="es", interview=False, company="Feldwerk",
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11"), ("Thu", "2026-11-12")),
           note="softgarden self-scheduling invitation: candidate must pick one of several slots; nothing fixed yet")
def _g29():
    body = t("""
        Hola Agustina Ferreyra,

        ¡Nos alegra invitarte a una entrevista para el puesto de Data Engineer (Buenos Aires / remoto)
        en Feldwerk!

        Por favor, elegí uno de los horarios disponibles (hora de Argentina) desde el siguiente enlace:

          mar. 10/11 – 10:00
          mié. 11/11 – 15:00
          jue. 12/11 – 11:30

        https://feldwerk.softgarden.io/interview/select?token=Zk81mQ

        Una vez que elijas, vas a recibir la confirmación con el enlace a la videollamada.

        Saludos,
        Equipo de Recruiting de Feldwerk
        """)
    return message([
        rcv("mx.softgarden.io", "2026-11-03 09:45", AR, "sg29Fw", 3),
        ("From", addr("Feldwerk Recruiting", "noreply@softgarden.io")),
        ("To", ME),
        ("Subject", enc("Elegí un horario para tu entrevista – Feldwerk")),
        ("Date", date("2026-11-03 09:45", AR)),
        ("Message-ID", "<sg.feldwerk.interview.select.Zk81mQ@softgarden.io>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@make.mail(n(30), family="proposal_unconfirmed", lang="es", interview=False, company="Lindero Software",
           days=(("Tue", "2026-09-15"), ("Wed", "2026-09-16")),
           note="Recruiter proposes two slots ('¿te sirve el martes 15 a las 10 o el miércoles 16 a las 15?'); "
                "awaiting the candidate's answer, not confirmed")
def _g30():
    body = t("""
        Hola Agustina!

        Vi tu perfil y me encantaría que charlemos por una posición de Data Engineer en Lindero
        Software (estamos en Funes, trabajamos con cooperativas agrícolas).

        ¿Te sirve el martes 15 a las 10 o el miércoles 16 a las 15? Serían 30 min por Meet. Si
        ninguno te queda, pasame dos o tres opciones y lo acomodamos.

        Saludos!
        Rocío Benedetti
        People | Lindero Software
        """)
    return message([
        rcv("mail-ej1-f44.google.com", "2026-09-10 13:27", AR, "pr30Ld", 2),
        ("From", addr("Rocío Benedetti", "rocio.benedetti@linderosoftware.com.ar")),
        ("To", ME),
        ("Subject", "Charla por posicion Data Engineer"),
        ("Date", date("2026-09-10 13:27", AR)),
        ("Message-ID", "<CAH3rb+Lnd0-30pq@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(31), family="offer", lang="es", interview=False, company="Silobolsa Datos",
           days=(("Mon", "2026-11-02"),),
           note="Offer letter after the interviews (thread with the Silobolsa Datos interview); the only fixed time is "
                "a proposed first working day, not an interview")
def _g31():
    body = t("""
        Hola Agustina,

        ¡Buenas noticias! Después de las entrevistas queremos hacerte una propuesta formal para sumarte
        como Data Engineer Semi Senior en Silobolsa Datos.

        - Modalidad: híbrida (2 días en Bv. Oroño 1280)
        - Remuneración y beneficios: detallados en el PDF adjunto
        - Fecha de ingreso propuesta: lunes 2 de noviembre, a las 9 hs

        Tenés tiempo hasta el viernes para respondernos. Si querés charlar algo de la propuesta,
        llamame cuando quieras.

        Abrazo,
        Martín Quiroga
        CTO | Silobolsa Datos S.A.
        """)
    pdf_note = t("""
        Propuesta laboral - Agustina Ferreyra (resumen en texto; el PDF firmado se envía por DocuSign)
        """)
    return message([
        rcv("mail.silobolsadatos.com.ar", "2026-10-09 17:50", AR, "of31Sb", 2),
        ("From", addr("Martín Quiroga", "mquiroga@silobolsadatos.com.ar")),
        ("To", ME),
        ("Subject", "Propuesta - Silobolsa Datos"),
        ("Date", date("2026-10-09 17:50", AR)),
        ("Message-ID", "<b902-11d4-silobolsa-1009@silobolsadatos.com.ar>"),
        ("References", "<a31f-77c2-silobolsa-0921@silobolsadatos.com.ar>"),
    ], mixed(text(body, cte="8bit"),
             text(pdf_note, cte="quoted-printable",
                  extra=(("Content-Disposition", 'attachment; filename="propuesta-resumen.txt"'),))))


@make.mail(n(32), family="job_centre_appointment", lang="es", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="Municipal employment office: 'entrevista de orientación laboral' confirmed for jueves 17/09 10:30 hs; "
                "a fixed-time appointment but not a job interview")
def _g32():
    body = t("""
        MUNICIPALIDAD DE ROSARIO - OFICINA DE EMPLEO
        Turno confirmado

        Sra. FERREYRA, AGUSTINA
        DNI: 3*.***.*12

        Trámite: Entrevista de orientación laboral y actualización de historia laboral
        Día: jueves 17/09/2026
        Hora: 10:30 hs
        Lugar: Oficina de Empleo - Centro Municipal de Distrito Centro, Wheelwright 1486

        Presentarse 10 minutos antes con DNI y CV impreso. Si no puede asistir, cancele el turno desde
        https://turnos.rosario.example.gob.ar/cancelar?t=OE-884120

        Este es un mensaje automático, por favor no responda.
        """)
    return message([
        rcv("smtp.rosario.example.gob.ar", "2026-09-11 12:31", AR, "oe32Mr", 5),
        ("From", addr("Turnos Municipalidad", "turnos-no-responder@rosario.example.gob.ar")),
        ("To", ME),
        ("Subject", enc("Turno confirmado: Entrevista de orientación laboral - Oficina de Empleo")),
        ("Date", date("2026-09-11 12:31", AR)),
        ("Message-ID", "<OE-884120.20260911@turnos.rosario.example.gob.ar>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(n(33), family="admission_interview", lang="es", interview=False, company=None,
           days=(("Fri", "2026-10-02"),),
           note="Business-school admission interview for an MBA, confirmed with ICS for Fri 2 Oct 18:00 ART; not a "
                "job interview")
def _g33():
    body = t("""
        Estimada Agustina:

        Le confirmamos su entrevista de admisión al MBA en Agronegocios (cohorte 2027):

        Fecha: viernes 2 de octubre de 2026
        Hora: 18:00 a 18:40 hs
        Lugar: Sede Rosario, Córdoba 2020, 1er piso - Sala Paraná
        Entrevistadora: Dra. Silvina Gauna, Directora Académica

        Le recordamos traer una copia de su título de grado. Adjuntamos el evento para su agenda.

        Cordialmente,
        Admisiones - Escuela de Negocios del Litoral
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Escuela de Negocios del Litoral//Admisiones//ES
METHOD:REQUEST
{VTZ_AR}
BEGIN:VEVENT
UID:adm-mba-2027-0412@enl.example.edu.ar
DTSTAMP:20260925T150000Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20261002T180000
DTEND;TZID=America/Argentina/Buenos_Aires:20261002T184000
SUMMARY:Entrevista de admisión MBA Agronegocios
ORGANIZER;CN=Admisiones ENL:mailto:admisiones@enl.example.edu.ar
ATTENDEE;CN=Agustina Ferreyra;RSVP=TRUE:mailto:{ME_ADDR}
LOCATION:Sede Rosario - Sala Paraná
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail.enl.example.edu.ar", "2026-09-25 12:00", AR, "ad33En", 3),
        ("From", addr("Admisiones ENL", "admisiones@enl.example.edu.ar")),
        ("To", ME),
        ("Subject", enc("Confirmación de entrevista de admisión - MBA en Agronegocios")),
        ("Date", date("2026-09-25 12:00", AR)),
        ("Message-ID", "<adm-0412-20260925@enl.example.edu.ar>"),
    ], mixed(text(body, cte="quoted-printable"),
             calendar(ics, cte="base64", filename="entrevista-admision.ics", disposition="attachment")))


@make.mail(n(34), family="press_interview", lang="es", interview=False, company=None,
           days=(("Wed", "2026-10-14"),),
           note="A journalist confirms interviewing the user for a newspaper piece on women in agtech, Wed 14/10 "
                "11 hs; she is the interviewee of a press interview, not a job interview")
def _g34():
    body = t("""
        Hola Agustina, ¿qué tal?

        Genial, entonces quedamos el miércoles 14/10 a las 11 en el bar de Pellegrini y Moreno para la
        entrevista. La nota es para el suplemento Campo del domingo, sobre mujeres que trabajan con
        datos en el agro. Calculá unos 40 minutos; después el fotógrafo te saca un par de fotos.

        Si preferís hacerla por teléfono avisame.

        Gracias!
        Julieta Marchetti
        Periodista - Diario del Paraná
        """)
    return message([
        rcv("mail.diariodelparana.example.com.ar", "2026-10-09 16:10", AR, "pi34Dp", 2),
        ("From", addr("Julieta Marchetti", "jmarchetti@diariodelparana.example.com.ar")),
        ("To", ME),
        ("Subject", "Re: Nota suplemento Campo"),
        ("Date", date("2026-10-09 16:10", AR)),
        ("Message-ID", "<7710c2e1-nota-campo@diariodelparana.example.com.ar>"),
        ("In-Reply-To", "<CAJ7agus20261009@mail.example.org>"),
    ], text(body, cte="8bit"))


@make.mail(n(35), family="podcast", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Podcast recording invite ('interview' as a guest) with ICS for Tue 24 Nov 2pm EST; not a job interview")
def _g35():
    body = t("""
        Hi Agustina,

        Thrilled you're joining us on The Dirt on Data! We're confirmed for our interview recording on
        Tuesday, November 24 at 2:00 PM EST (4:00 PM your time). It'll take about an hour; we record
        on Riverside: https://riverside.fm/studio/dirt-on-data

        We'll chat about soil-moisture pipelines and your move from agronomy into data engineering.
        A calendar invite is attached.

        Talk soon,
        Nora Pike
        Host, The Dirt on Data podcast
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:DOD-EP88-RECORDING-AF
DTSTAMP:20261117T153000Z
DTSTART:20261124T190000Z
DTEND:20261124T200000Z
SUMMARY:The Dirt on Data - interview recording (Agustina Ferreyra)
ORGANIZER;CN=Nora Pike:mailto:nora@dirtondata.example.com
ATTENDEE;CN=Agustina Ferreyra;RSVP=TRUE:mailto:{ME_ADDR}
LOCATION:https://riverside.fm/studio/dirt-on-data
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail.dirtondata.example.com", "2026-11-17 10:30", NY, "pc35Dd", 2),
        ("From", addr("Nora Pike", "nora@dirtondata.example.com")),
        ("To", ME),
        ("Subject", "Podcast interview recording - Nov 24"),
        ("Date", date("2026-11-17 10:30", NY)),
        ("Message-ID", "<3F1E2D0C-88A1-4B2C-9D7E-DOD88@dirtondata.example.com>"),
        ("X-Mailer", "Apple Mail (2.3826.200)"),
    ], mixed(text(body, cte="7bit"), calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(n(36), family="sports_tryout", lang="es", interview=False, company=None,
           days=(("Sat", "2026-09-19"),),
           note="Sports club try-out ('prueba') for the women's hockey squad, Sat 19/09 9 hs; not a job interview")
def _g36():
    body = t("""
        Hola chicas!

        Les confirmamos la PRUEBA para el plantel de Intermedia de hockey femenino:

        Sábado 19/09 - 9:00 hs en la cancha sintética 2 del club (entrada por calle Wilde).
        Traer canilleras, palo, protector bucal y agua. Las que tengan apto médico vencido, traerlo
        renovado o no pueden jugar.

        Entrenador: Pablo "Chino" Acosta

        Nos vemos!
        Subcomisión de Hockey
        Club Atlético Fisherton
        """)
    return message([
        rcv("mail-pf1-f200.google.com", "2026-09-14 21:15", AR, "sp36Cf", 2),
        ("From", addr("Hockey CAF", "hockey.caf.fisherton@example.com")),
        ("To", "undisclosed-recipients:;"),
        ("Subject", enc("PRUEBA Intermedia - sábado 19/09")),
        ("Date", date("2026-09-14 21:15", AR)),
        ("Message-ID", "<CAHk9caf+prueba0919@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(37), family="car_service", lang="es", interview=False, company=None,
           days=(("Mon", "2026-09-28"),),
           note="Car dealer confirms a 30.000 km service appointment, Mon 28/09 8:00; not an interview")
def _g37():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p><img src="https://autoslitoral.example.com.ar/logo.png" alt="Autos Litoral"></p>
        <p>Hola AGUSTINA,</p>
        <p>Tu turno de servicio quedó <b>confirmado</b>.</p>
        <table>
        <tr><td>Vehículo:</td><td>Hatch 1.6 - patente AF 312 KQ</td></tr>
        <tr><td>Servicio:</td><td>Mantenimiento 30.000 km</td></tr>
        <tr><td>Fecha:</td><td>lunes 28/09/2026</td></tr>
        <tr><td>Hora de recepción:</td><td>8:00 hs</td></tr>
        <tr><td>Asesor:</td><td>Walter Fernández</td></tr>
        <tr><td>Taller:</td><td>Av. Pellegrini 4100, Rosario</td></tr>
        </table>
        <p>El vehículo estará listo aproximadamente a las 16 hs.</p>
        <p>Autos Litoral S.A. - Concesionario Oficial</p>
        </body></html>
        """)
    return message([
        rcv("mta.autoslitoral.example.com.ar", "2026-09-23 11:48", AR, "cs37Al", 4),
        ("From", addr("Autos Litoral - Posventa", "posventa@autoslitoral.example.com.ar")),
        ("To", ME),
        ("Subject", "Turno confirmado - Service 30.000 km"),
        ("Date", date("2026-09-23 11:48", AR)),
        ("Message-ID", "<turno.441287.20260923@autoslitoral.example.com.ar>"),
    ], html(page, charset="windows-1252", cte="quoted-printable"))


@make.mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Calendly confirmation of a paid mock technical interview with a career coach, Thu 1 Oct 18:00 ART; "
                "practice, not a job interview")
def _g38():
    body = t("""
        Hola Agustina Ferreyra,

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista técnica (Data Engineering) - 60 min

        Fecha/Hora del evento:
        18:00 - 19:00 (Hora de Argentina) jueves, 1 de octubre de 2026

        Ubicación:
        Zoom - se enviará el enlace

        Notas de la coach:
        Traé un caso real para practicar la parte de system design. Después de la sesión te mando el
        feedback por escrito.

        ¿Necesitás hacer cambios?
        Cancelar: https://calendly.com/cancellations/c0ach-91ad
        Reprogramar: https://calendly.com/reschedulings/c0ach-91ad

        Con tecnología de Calendly.com
        """)
    return message([
        rcv("o1.ptr2211.calendly.com", "2026-09-27 20:03", AR, "mk38Cl", 2),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Verónica Lagos – Coach de carrera", "vero@lagoscoaching.example.com")),
        ("To", ME),
        ("Subject", enc("Confirmado: Simulacro de entrevista técnica con Verónica Lagos el jueves, "
                        "1 de octubre de 2026")),
        ("Date", date("2026-09-27 20:03", AR)),
        ("Message-ID", "<calendly.c0ach-91ad.invitee.confirmation@calendly.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(39), family="forwarded_other_interview", lang="es", interview=False, company=None,
           note="A friend forwards her own Lever interview confirmation (for Camila Duarte, not the user) asking for "
                "tips ('a mí también me llamaron'); the confirmed interview belongs to someone else")
def _g39():
    inner_body = t("""
        Hi Camila,

        Thanks for confirming your availability! Your interview with Prairieline Grain Tech is
        scheduled.

        Role: Analytics Engineer (Remote - LATAM)
        When: Thursday, November 19, 2026 9:00 AM - 9:45 AM CST
        Where: Zoom - https://prairieline.zoom.us/j/86120499921

        Best,
        Dana Whitlock
        Technical Recruiter, Prairieline Grain Tech
        """)
    inner = message([
        ("From", addr("Dana Whitlock", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Whitlock", "dana.whitlock@prairieline.com")),
        ("To", addr("Camila Duarte", "camiduarte@example.net")),
        ("Subject", "Interview confirmation: Analytics Engineer at Prairieline Grain Tech"),
        ("Date", date("2026-11-12 15:20", CHI)),
        ("Message-ID", "<0100019b11aa22cc-lever-cami@email.lever.co>"),
    ], text(inner_body, cte="7bit"))
    outer = t("""
        Agus!! mirá, a mí también me llamaron de Prairieline, para la de analytics. Vos con quién
        tuviste la técnica? Algún consejo? 🙏

        Cami
        """)
    return message([
        rcv("mail-wm1-f52.google.com", "2026-11-13 09:40", AR, "fo39Cd", 2),
        ("From", addr("Camila Duarte", "camiduarte@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Interview confirmation: Analytics Engineer at Prairieline Grain Tech"),
        ("Date", date("2026-11-13 09:40", AR)),
        ("Message-ID", "<CAGcami0913+fwd@mail.gmail.com>"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner)))


@make.mail(n(40), family="interviewer_invite", lang="es", interview=False, company=None,
           days=(("Thu", "2026-09-24"),),
           note="Exchange meeting request at the user's current employer asking her to interview a candidate (she is "
                "the interviewer); TZID 'Argentina Standard Time'; not her own job interview")
def _g40():
    body = t("""
        Hola Agus,

        ¿Me das una mano con la técnica de este candidato para el equipo de ingesta? Te paso el CV
        adjunto en el ATS. Es el jueves 24/09 de 15 a 16 hs, vos hacés la parte de SQL y modelado.

        Gracias!
        Leandro

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_AgRd>
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_AR}
BEGIN:VEVENT
ORGANIZER;CN=Leandro Pautasso:mailto:leandro.pautasso@agrored.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Agustina Ferreyra:mailto:{ME_ADDR}
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC01000000000000000010000000AR40
SUMMARY;LANGUAGE=es-AR:Entrevista técnica candidato Matías Vera - Data Engineer SSr
DTSTART;TZID=Argentina Standard Time:20260924T150000
DTEND;TZID=Argentina Standard Time:20260924T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260918T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("CP4P284MB1120.BRAP284.PROD.OUTLOOK.COM", "2026-09-18 11:00", AR, "iv40Ar", 2),
        ("From", addr("Leandro Pautasso", "leandro.pautasso@agrored.example.com")),
        ("To", ME),
        ("Subject", enc("Entrevista técnica candidato Matías Vera - Data Engineer SSr")),
        ("Date", date("2026-09-18 11:00", AR)),
        ("Message-ID", "<CP4P284MB11209F8E7D6C5B4A3B2C1D0E@CP4P284MB1120.BRAP284.PROD.OUTLOOK.COM>"),
        ("Content-Language", "es-AR"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body)), calendar(ics, cte="base64")))


@make.mail(n(41), family="bookings_bank", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-27"),),
           note="Microsoft Bookings confirmation of a bank's video-identification appointment, Tue 27/10 12:30 ART; "
                "fixed time, not an interview")
def _g41():
    page = t("""
        <html><body style="font-family:Segoe UI,sans-serif">
        <h2>Tu cita está confirmada</h2>
        <p>Hola Agustina Ferreyra,</p>
        <p>Gracias por reservar con <b>Banco Ribera Digital - Validación de identidad</b>.</p>
        <p><b>Servicio:</b> Videollamada de validación de identidad (apertura de cuenta)<br>
        <b>Fecha y hora:</b> martes, 27 de octubre de 2026 12:30 (UTC-03:00) Ciudad de Buenos Aires<br>
        <b>Duración:</b> 15 minutos<br>
        <b>Personal:</b> Ejecutivo de cuentas</p>
        <p>Tené a mano tu DNI físico. <a href="https://teams.microsoft.com/l/meetup-join/19%3aBRD">Unirse a la reunión de Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/BancoRibera@riberadigital.example.com/bookings/">Administrar reserva</a></p>
        </body></html>
        """)
    return message([
        rcv("BN8NAM11HT140.mail.protection.outlook.com", "2026-10-23 19:02", AR, "bk41Br", 2),
        ("From", addr("Banco Ribera Digital", "BancoRibera@riberadigital.example.com")),
        ("To", ME),
        ("Subject", enc("Reserva confirmada: Videollamada de validación de identidad")),
        ("Date", date("2026-10-23 19:02", AR)),
        ("Message-ID", "<DM6PR11MB4410.bookings.8812@riberadigital.example.com>"),
    ], html(page, cte="base64"))


@make.mail(n(42), family="auto_reply", lang="es", interview=False, company=None,
           days=(("Mon", "2026-10-26"),),
           note="Out-of-office auto-reply from the Tambo Digital recruiter (thread with the Montevideo interview); "
                "gives her return date only")
def _g42():
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy de licencia hasta el lunes 26 de octubre inclusive, con acceso limitado al correo. Para
        temas urgentes de selección escribí a seleccion@tambodigital.com.uy.

        Saludos,
        Sofía Pereyra
        Tambo Digital - Montevideo, Uruguay
        """)
    return message([
        rcv("mail-sor-f41.google.com", "2026-10-23 09:12", UY, "oo42Tb", 2),
        ("From", addr("Sofía Pereyra", "sofia.pereyra@tambodigital.com.uy")),
        ("To", ME),
        ("Subject", enc("Respuesta automática: Gracias por la entrevista de ayer")),
        ("Date", date("2026-10-23 09:12", UY)),
        ("Message-ID", "<CAM-ooo-sofia-1023@tambodigital.com.uy>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("In-Reply-To", "<CAJ7agus20261023@mail.example.org>"),
    ], text(body, cte="quoted-printable"))


@make.mail(n(43), family="bounce", lang="en", interview=False, company=None,
           days=(("Thu", "2026-12-10"),),
           note="Mailer-daemon bounce of the user's own message to a recruiter, which proposed 'jueves 10/12 a las "
                "10 hs'; delivery failure, no confirmation")
def _g43():
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <nicolas.arce@cuencasat.com.ar>: host mx.cuencasat.com.ar[198.51.100.23] said:
            550 5.1.1 <nicolas.arce@cuencasat.com.ar>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        Arrival-Date: Fri, 4 Dec 2026 14:02:11 +0000 (UTC)

        Final-Recipient: rfc822; nicolas.arce@cuencasat.com.ar
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.cuencasat.com.ar
        Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
        """)
    orig = message([
        ("From", ME),
        ("To", addr("Nicolás Arce", "nicolas.arce@cuencasat.com.ar")),
        ("Subject", "Re: Entrevista Cuenca Sat"),
        ("Date", date("2026-12-04 11:02", AR)),
        ("Message-ID", "<CAJ7agus20261204110200@mail.example.org>"),
    ], text(t("""
        Hola Nicolás,
        Te confirmo que el jueves 10/12 a las 10 hs me queda bien para la entrevista.
        Saludos,
        Agustina
        """), cte="8bit"))
    return message([
        ("Return-Path", "<>"),
        ("From", "Mail Delivery System <MAILER-DAEMON@mx1.example.org>"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-12-04 11:02", AR)),
        ("Message-ID", "<20261204140212.7A1C2E0F11@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], make.multipart("report", text(report, cte="7bit"),
                      make.raw_part([("Content-Description", "Delivery report"),
                                     ("Content-Type", "message/delivery-status")], status),
                      attached_message(orig), params="report-type=delivery-status"))


@make.mail(n(44), family="meetup_mailing_list", lang="es", interview=False, company=None,
           days=(("Wed", "2026-11-25"),),
           note="Mailing-list announcement of a data meetup (one talk is 'cómo sobrevivir a la entrevista de system "
                "design'), Wed 25/11 18:30; community event, not an interview")
def _g44():
    body = t("""
        ¡Hola comunidad!

        Se viene el último meetup del año de PyData Rosario:

        📅 miércoles 25/11, 18:30 hs
        📍 Aula Magna, Facultad de Ciencias Exactas, Pellegrini 250

        Charlas:
        - "Polars en producción: pipelines de rindes a escala" - Germán Ocampo
        - "Cómo sobrevivir a la entrevista de system design" - Lucrecia Vidal
        - Lightning talks (anotate respondiendo este mail)

        Después: pizza y cerveza artesanal cortesía de los sponsors.

        Inscripción (gratis, cupo limitado): https://meetup.example.com/pydata-rosario/events/31

        --
        Recibiste este mensaje porque estás suscripto al grupo "PyData Rosario".
        Para desuscribirte, enviá un correo a pydata-rosario+unsubscribe@googlegroups.com.
        """)
    return message([
        rcv("mail-oa1-f71.google.com", "2026-11-18 20:15", AR, "ml44Pd", 3),
        ("From", addr("Lucrecia Vidal", "lucre.vidal@example.com")),
        ("Sender", "pydata-rosario@googlegroups.com"),
        ("Reply-To", "pydata-rosario@googlegroups.com"),
        ("To", addr("PyData Rosario", "pydata-rosario@googlegroups.com")),
        ("Subject", enc("[PyData Rosario] Meetup #19 - miércoles 25/11")),
        ("Date", date("2026-11-18 20:15", AR)),
        ("Message-ID", "<CAPyRos19meetup+ann@mail.gmail.com>"),
        ("List-Id", "<pydata-rosario.googlegroups.com>"),
        ("Mailing-list", "list pydata-rosario@googlegroups.com; contact pydata-rosario+owners@googlegroups.com"),
        ("Precedence", "list"),
        ("List-Unsubscribe", "<mailto:pydata-rosario+unsubscribe@googlegroups.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(45), family="webinar", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Zoom webinar registration 'Cracking the Data Engineering Interview', Thu 5 Nov 12:00 PM ET (EST after "
                "1 Nov); a webinar, not an interview")
def _g45():
    body = t("""
        Hi Agustina,

        Thank you for registering for "Cracking the Data Engineering Interview: Live Mock Panel".

        Date & Time: Nov 5, 2026 12:00 PM Eastern Time (US and Canada)
        (2:00 PM Buenos Aires, Georgetown)

        Join from PC, Mac, Linux, iOS or Android:
        https://us06web.zoom.us/w/81144029912?tk=r3g1str4t10n

        Add to calendar: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        You can cancel your registration at any time.

        DataCareers Academy
        """)
    return message([
        rcv("zoom-mail-10.zoom.us", "2026-10-28 17:40", NY, "wb45Zm", 3),
        ("From", addr("DataCareers Academy", "no-reply@zoom.us")),
        ("Reply-To", "events@datacareers.example.com"),
        ("To", ME),
        ("Subject", "Cracking the Data Engineering Interview: Live Mock Panel Confirmation"),
        ("Date", date("2026-10-28 17:40", NY)),
        ("Message-ID", "<zoom.webinar.81144029912.reg.af@zoom.us>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@make.mail(n(46), family="team_event", lang="es", interview=False, company=None,
           days=(("Fri", "2026-12-11"),),
           note="Google Calendar invite from the current employer for the end-of-year team asado, Fri 11 Dec 20:30 "
                "ART; a team event")
def _g46():
    body = t("""
        Leandro Pautasso te invitó a este evento.

        Asado de fin de año - equipo Datos 🥩
        viernes, 11 de diciembre de 2026 ⋅ 20:30 – 23:30
        Hora de Argentina

        Quincho de Ramiro, Funes. Cada uno trae su bebida, la carne la pone la empresa.
        Confirmen así calculamos kilos!

        Invitados
        Leandro Pautasso - organizador
        equipo-datos@agrored.example.com

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_AR}
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20261211T203000
DTEND;TZID=America/Argentina/Buenos_Aires:20261211T233000
DTSTAMP:20261201T130000Z
ORGANIZER;CN=Leandro Pautasso:mailto:leandro.pautasso@agrored.example.com
UID:4s4d0f1n4l2026d4t0s@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=equipo-datos@agrored.example.com:mailto:equipo-datos@agrored.example.com
SUMMARY:Asado de fin de año - equipo Datos
LOCATION:Quincho de Ramiro\\, Funes
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        rcv("mail-sor-f69.google.com", "2026-12-01 10:00", AR, "te46Ag", 2),
        ("From", addr("Leandro Pautasso", "leandro.pautasso@agrored.example.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", addr("equipo-datos", "equipo-datos@agrored.example.com")),
        ("Subject", enc("Invitación: Asado de fin de año - equipo Datos @ vie 11 dic 2026 20:30 - 23:30 (GMT-3)")),
        ("Date", date("2026-12-01 10:00", AR)),
        ("Message-ID", "<calendar-4s4d0f1n-4l20-26d4-t0s0-agrored@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="quoted-printable"))))


@make.mail(n(47), family="parent_teacher", lang="es", interview=False, company=None,
           days=(("Tue", "2026-12-15"),),
           note="School confirms an individual parent-teacher meeting ('entrevista individual con la docente') for Tue 15/12 "
                "17:15; 'entrevista' but not a job interview")
def _g47():
    body = t("""
        Sra. Agustina Ferreyra:

        Le confirmamos la entrevista individual con la docente de 2° grado "B", Srta. Mariela Ponce,
        para conversar sobre el cierre del año de Benjamín.

        Día: martes 15/12
        Hora: 17:15 hs
        Lugar: Sala de reuniones, planta baja

        Ante cualquier inconveniente, comuníquese con Secretaría al 341 555-0199.

        Secretaría de Nivel Primario
        Colegio San Bernardo de Rosario
        """)
    return message([
        rcv("mail.sanbernardo.example.edu.ar", "2026-12-09 13:30", AR, "pt47Sb", 3),
        ("From", addr("Secretaría Primaria - Colegio San Bernardo", "secretaria.primaria@sanbernardo.example.edu.ar",
                      "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Confirmación entrevista con docente - 2° B", "iso-8859-1")),
        ("Date", date("2026-12-09 13:30", AR)),
        ("Message-ID", "<sec-prim-2b-1209-ferreyra@sanbernardo.example.edu.ar>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(n(48), family="post_interview", lang="en", interview=False, company="Prairieline Grain Tech",
           note="Recruiter thanks the candidate after the Prairieline interview and says the team will be in touch "
                "(thread with the Lever confirmation); no new time")
def _g48():
    body = t("""
        Hi Agustina,

        Thanks again for your time on Tuesday - Cole and Rita really enjoyed the conversation about
        your harvest telemetry work. We're finishing the remaining interviews this week and I'll get
        back to you with next steps by the end of next week.

        Best,
        Dana

        On Tue, Nov 3, 2026 at 2:21 PM Agustina Ferreyra <agustina.ferreyra@example.org> wrote:
        > Hi Dana,
        > Thank you for organizing today's interview, I enjoyed meeting Cole and Rita.
        > Best,
        > Agustina
        """)
    return message([
        rcv("mail-il1-f174.google.com", "2026-11-04 15:40", CHI, "pi48Pl", 2),
        ("From", addr("Dana Whitlock", "dana.whitlock@prairieline.com")),
        ("To", ME),
        ("Subject", "Re: Thank you - Prairieline interview"),
        ("Date", date("2026-11-04 15:40", CHI)),
        ("Message-ID", "<CAPrl+dana1104@mail.gmail.com>"),
        ("In-Reply-To", "<CAJ7agus20261103142100@mail.example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(49), family="hackathon_judge", lang="es", interview=False, company=None,
           days=(("Sat", "2026-10-31"),),
           note="Confirms the user as a judge at an agtech hackathon, Sat 31/10 from 16 hs pitch round; "
                "she evaluates teams, not a job interview")
def _g49():
    body = t("""
        ¡Hola Agustina!

        Muchas gracias por aceptar ser jurado del Hackatón AgroDatos 2026. Te confirmamos:

        - Sábado 31/10, 16:00 hs: ronda de pitches (5 min por equipo + 3 de preguntas)
        - 19:00 hs: deliberación del jurado y premiación
        - Lugar: Distrito Siete, Zeballos 1341

        Te vamos a pedir que evalúes con la rúbrica adjunta (impacto, uso de datos, viabilidad).

        ¡Nos vemos!
        Equipo organizador - Hackatón AgroDatos
        """)
    return message([
        rcv("mail.agrodatoshack.example.org", "2026-10-22 12:05", AR, "hk49Ad", 3),
        ("From", addr("Hackatón AgroDatos", "organizacion@agrodatoshack.example.org")),
        ("To", ME),
        ("Subject", enc("Jurado Hackatón AgroDatos 2026 – confirmación")),
        ("Date", date("2026-10-22 12:05", AR)),
        ("Message-ID", "<hack-jurado-ferreyra-1022@agrodatoshack.example.org>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(n(50), family="recruiter_outreach", lang="pt", interview=False, company="Canavial Dados",
           note="Portuguese cold outreach from a São Paulo recruiter asking for availability for 'um papo'; nothing "
                "fixed")
def _g50():
    body = t("""
        Olá Agustina, tudo bem?

        Sou recrutadora na Canavial Dados, uma agtech de São Paulo que trabalha com monitoramento de
        cana-de-açúcar via satélite. Estamos montando um time remoto de engenharia de dados na América
        Latina e o seu perfil chamou muita atenção.

        Você teria disponibilidade para um papo rápido de 20 minutos nas próximas semanas? Pode me
        mandar alguns horários que funcionem para você (eu estou no horário de Brasília, igual a
        Rosario).

        Obrigada!
        Beatriz Nogueira
        Talent Acquisition | Canavial Dados
        """)
    return message([
        rcv("mail-lj1-f180.google.com", "2026-12-03 10:22", BR, "ro50Cv", 2),
        ("From", addr("Beatriz Nogueira", "beatriz.nogueira@canavialdados.com.br")),
        ("To", ME),
        ("Subject", enc("Oportunidade: Engenheira de Dados (remoto LATAM) – Canavial Dados")),
        ("Date", date("2026-12-03 10:22", BR)),
        ("Message-ID", "<CABn0g+canavial1203@mail.gmail.com>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))
