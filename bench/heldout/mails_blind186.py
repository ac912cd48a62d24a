"""blind186: a blind 50-mail held-out set, the inbox of Fernando Benítez (agritech backend
developer in Asunción, Paraguay), September to December 2026.

Written by a helper session that did not read the detector, its tests or the other held-out
mails. Every mail is written by hand below (one function per mail); ``make.py`` does the MIME
plumbing and the checks. Build and check with ``python3 bench/heldout/make_blind.py blind186``.

Paraguay has kept UTC-3 all year since October 2024, so every Paraguayan time in the mails is
written with its offset stated (UTC-3). Keys 1-23 are the positives, 24-50 the negatives; file
numbers are a fixed shuffle of the writing order.
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
    utc,
)

ORDER = random.Random(1860186).sample(range(1, 51), 50)

ME = "fernando.benitez@example.org"
ME_NAME = "Fernando Benítez"
ASU = "America/Asuncion"
BUE = "America/Argentina/Buenos_Aires"
SAO = "America/Sao_Paulo"
MVD = "America/Montevideo"
SCL = "America/Santiago"
NYC = "America/New_York"
LAX = "America/Los_Angeles"
BER = "Europe/Berlin"


def N(key: int) -> str:
    """File name (without .eml) of the mail written key-th."""
    return f"blind186_{ORDER[key - 1]:03d}"


def me() -> str:
    return addr(ME_NAME, ME)


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str | None = None,
         mx: str = "mail.example.org", relay: str = "", extra: list[tuple[str, str]] | None = None,
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID (+ extra) in that order."""
    hs = [("Delivered-To", ME)]
    if relay:
        hs.append(("Received", received(relay, when, zone, f"{mx} with ESMTPS id {msgid[:10]}", ME)))
    hs += [("From", frm), ("To", to or me()), ("Subject", enc(subject, charset)),
           ("Date", date(when, zone)), ("Message-ID", f"<{msgid}>")]
    return hs + list(extra or [])


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

VTZ_SCL = """BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_ASU = """BEGIN:VTIMEZONE
TZID:America/Asuncion
X-LIC-LOCATION:America/Asuncion
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_WIN_BRASILIA = """BEGIN:VTIMEZONE
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

VTZ_WIN_ARGENTINA = """BEGIN:VTIMEZONE
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


# =========================================================================== positives


@mail(N(1), family="greenhouse", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 11:00", BUE), end=utc("2026-09-17 12:00", BUE),
      contact="micaela.ferraro@cardumenpagos.com.ar", company="Cardumen Pagos",
      local="Thu 2026-09-17 11:00", local_end="2026-09-17 12:00", zone=BUE,
      note="Greenhouse (Spanish template) confirmation: jueves 17 de septiembre 11:00-12:00 hora de "
           "Buenos Aires (UTC-3, no DST in Argentina) = 14:00-15:00Z; the ICS (TZID "
           "America/Argentina/Buenos_Aires) agrees. Sender no-reply@greenhouse.io; contact = the "
           "recruiter in Reply-To, also the ORGANIZER.")
def m01() -> bytes:
    body = t("""
        Hola Fernando,

        ¡Gracias por tu interés en Cardumen Pagos! Te confirmamos la entrevista para la
        posición Backend Developer (Go/Python) - Conciliaciones.

        Entrevista técnica con el equipo de Plataforma
        Fecha: jueves 17 de septiembre de 2026
        Horario: 11:00 - 12:00 (hora de Buenos Aires, UTC-3)
        Lugar: Google Meet - https://meet.google.com/kdv-qpra-xzt

        Vas a conversar con:
          Nahuel Bianchi - Tech Lead, Plataforma
          Sabrina Otero - Senior Backend Engineer

        Si tenés alguna consulta o necesitás reprogramar, respondé a este correo y le llega
        directamente a Micaela Ferraro.

        ¡Éxitos!
        El equipo de Talento de Cardumen Pagos

        --
        Enviado a través de Greenhouse. Si no querés recibir más correos de este proceso,
        avisanos respondiendo a este mensaje.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="border:1px solid #e5e5e5"><tr><td>
        <p>Hola Fernando,</p>
        <p>¡Gracias por tu interés en Cardumen Pagos! Te confirmamos la entrevista para la posición
        <strong>Backend Developer (Go/Python) - Conciliaciones</strong>.</p>
        <table cellpadding="4" style="background:#f6f8fa;width:100%">
        <tr><td colspan="2"><strong>Entrevista técnica con el equipo de Plataforma</strong></td></tr>
        <tr><td>Fecha</td><td>jueves 17 de septiembre de 2026</td></tr>
        <tr><td>Horario</td><td>11:00 - 12:00 (hora de Buenos Aires, UTC-3)</td></tr>
        <tr><td>Lugar</td><td><a href="https://meet.google.com/kdv-qpra-xzt">Google Meet</a></td></tr>
        </table>
        <p>Vas a conversar con:<br>Nahuel Bianchi - Tech Lead, Plataforma<br>
        Sabrina Otero - Senior Backend Engineer</p>
        <p>Si tenés alguna consulta o necesitás reprogramar, respondé a este correo y le llega
        directamente a Micaela Ferraro.</p>
        <p>¡Éxitos!<br>El equipo de Talento de Cardumen Pagos</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999">Enviado a través de Greenhouse.</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BUE}
BEGIN:VEVENT
UID:gh-interview-88213407-cardumenpagos@greenhouse.io
DTSTAMP:20260911T170502Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20260917T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20260917T120000
SUMMARY:Entrevista técnica - Fernando Benítez (Cardumen Pagos)
LOCATION:https://meet.google.com/kdv-qpra-xzt
ORGANIZER;CN=Micaela Ferraro:mailto:micaela.ferraro@cardumenpagos.com.ar
ATTENDEE;CN=Fernando Benítez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Cardumen Pagos <no-reply@greenhouse.io>",
              "Entrevista confirmada: Backend Developer (Go/Python) en Cardumen Pagos",
              "2026-09-11 14:05", BUE, "0100019a3b7c2e41-8f2d1c55-gh-cardumen@email.greenhouse.io",
              relay="from o1.ptr4471.greenhouse.io (o1.ptr4471.greenhouse.io [167.89.41.12])",
              extra=[("Reply-To", addr("Micaela Ferraro", "micaela.ferraro@cardumenpagos.com.ar")),
                     ("X-Mailer", "Greenhouse")])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 09:00", LAX), end=utc("2026-11-03 09:45", LAX),
      contact="dana.whitlock@fieldstoneanalytics.com", company="Fieldstone Analytics",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45", zone=LAX,
      note="Lever confirmation sent Thu 29 Oct in PDT (Date -0700) for Tue 3 Nov 9:00-9:45 AM PST: "
           "US daylight time ends Sun 1 Nov, so PST = UTC-8 -> 17:00-17:45Z (the mail's own "
           "'2:00 PM in Asuncion (UTC-3)' agrees). Contact = recruiter in Reply-To.")
def m02() -> bytes:
    body = t("""
        Hi Fernando,

        Thanks for making time to chat with us! Your interview with Fieldstone Analytics is
        confirmed.

        Position: Senior Backend Engineer, Field Data Platform (Remote - Americas)
        Interview: Hiring Manager Screen
        When: Tuesday, November 3, 2026, 9:00 AM - 9:45 AM PST
              (2:00 PM - 2:45 PM for you in Asuncion, UTC-3)
        Where: Zoom - https://fieldstone.zoom.us/j/83310457721?pwd=c2FsdGVkY29tYmluZQ

        Heads up: clocks in the US go back one hour on Sunday, November 1, so the Pacific time
        above is already standard time.

        You'll be meeting with Owen Takahashi, Engineering Manager.

        If anything changes, just reply to this email.

        Best,
        Dana Whitlock
        Technical Recruiter, Fieldstone Analytics

        Sent via Lever
        """)
    page = (
        "<html><body style=\"font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px\">"
        "<div style=\"max-width:560px;margin:0 auto\">"
        "<p>Hi Fernando,</p>"
        "<p>Thanks for making time to chat with us! Your interview with Fieldstone Analytics is "
        "confirmed.</p>"
        "<p><b>Position:</b> Senior Backend Engineer, Field Data Platform (Remote - Americas)<br>"
        "<b>Interview:</b> Hiring Manager Screen<br>"
        "<b>When:</b> Tuesday, November 3, 2026, 9:00 AM - 9:45 AM PST<br>"
        "&nbsp;&nbsp;&nbsp;(2:00 PM - 2:45 PM for you in Asuncion, UTC-3)<br>"
        "<b>Where:</b> <a href=\"https://fieldstone.zoom.us/j/83310457721?pwd=c2FsdGVkY29tYmluZQ\">"
        "Zoom</a></p>"
        "<p>Heads up: clocks in the US go back one hour on Sunday, November 1, so the Pacific time "
        "above is already standard time.</p>"
        "<p>You'll be meeting with Owen Takahashi, Engineering Manager.</p>"
        "<p>If anything changes, just reply to this email.</p>"
        "<p>Best,<br>Dana Whitlock<br>Technical Recruiter, Fieldstone Analytics</p>"
        "<p style=\"color:#aaa;font-size:12px\">Sent via <a href=\"https://www.lever.co\">Lever</a></p>"
        "</div></body></html>\n")
    hs = head("Fieldstone Analytics <no-reply@hire.lever.co>",
              "Interview confirmed - Senior Backend Engineer, Field Data Platform",
              "2026-10-29 10:20", LAX, "lever-1f7c0a9e-4b3d-4f1a-9c2e-77d1e0b5aa31@hire.lever.co",
              relay="from mail-a12.hire.lever.co (mail-a12.hire.lever.co [54.240.11.98])",
              extra=[("Reply-To", addr("Dana Whitlock", "dana.whitlock@fieldstoneanalytics.com"))])
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-01 14:30", NYC), end=utc("2026-10-01 15:15", NYC),
      contact="jonah.parker@tallgrasslabs.io", company="Tallgrass Labs",
      local="Thu 2026-10-01 14:30", local_end="2026-10-01 15:15", zone=NYC,
      note="Ashby confirmation (base64 parts) for Thu 1 Oct 2:30-3:15 PM EDT (UTC-4) = 18:30-19:15Z; "
           "ICS TZID America/New_York agrees. Sender no-reply@ashbyhq.com; contact = Reply-To / "
           "ORGANIZER recruiter. Follows the self-scheduling request in blind186_018.")
def m03() -> bytes:
    body = t("""
        Hi Fernando,

        You're all set! Here are the details for your upcoming interview with Tallgrass Labs.

        Technical Interview - Data Pipelines
        Thursday, October 1, 2026
        2:30 PM - 3:15 PM EDT (America/New_York)

        Google Meet: https://meet.google.com/wru-hmtd-ofq

        Interviewers:
          Camila Restrepo - Staff Engineer
          Ben Hollis - Senior Software Engineer

        Need to make a change? Reply to this email and Jonah will take care of it.

        Tallgrass Labs Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Fernando,</p>
        <p>You&#x27;re all set! Here are the details for your upcoming interview with Tallgrass Labs.</p>
        <div style="border:1px solid #d0d7de;border-radius:8px;padding:16px">
        <p style="font-size:16px;margin:0"><strong>Technical Interview - Data Pipelines</strong></p>
        <p>Thursday, October 1, 2026<br>2:30 PM &ndash; 3:15 PM EDT (America/New_York)</p>
        <p><a href="https://meet.google.com/wru-hmtd-ofq">Join with Google Meet</a></p>
        </div>
        <p>Interviewers:<br>Camila Restrepo &mdash; Staff Engineer<br>Ben Hollis &mdash; Senior Software Engineer</p>
        <p>Need to make a change? Reply to this email and Jonah will take care of it.</p>
        <p>Tallgrass Labs Recruiting</p>
        <p style="color:#8c959f;font-size:12px">Powered by Ashby</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:4c1e9b72-0d55-4e3a-b0f1-1a6f9e3c2d80
DTSTAMP:20260922T204012Z
DTSTART;TZID=America/New_York:20261001T143000
DTEND;TZID=America/New_York:20261001T151500
SEQUENCE:0
SUMMARY:Tallgrass Labs - Technical Interview (Fernando Benítez)
LOCATION:https://meet.google.com/wru-hmtd-ofq
ORGANIZER;CN=Jonah Parker:mailto:jonah.parker@tallgrasslabs.io
ATTENDEE;CN=Fernando Benítez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Tallgrass Labs <no-reply@ashbyhq.com>",
              "Interview confirmed: Backend Engineer, Data Pipelines at Tallgrass Labs",
              "2026-09-22 16:40", NYC,
              "010001934c1e9b72-0d554e3a-b0f1-4a6f-9e3c-2d80aa11b2c3-000000@email.amazonses.com",
              relay="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=[("Reply-To", addr("Jonah Parker", "jonah.parker@tallgrasslabs.io"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(4), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-15 10:30", ASU), end=None,
      contact="gabriela.ortiz@nanduti-agro.com.py", company="Ñandutí Agro",
      local="Thu 2026-10-15 10:30", zone=ASU,
      note="Recruiter reply in Paraguayan vos with Jopara ('mba'éichapa', 'aguyje'), sent Wed 14 Oct "
           "09:12 (-0300): 'mañana jueves a las diez y media, hora de Paraguay (UTC-3)' = Thu 15 Oct "
           "10:30 -03 = 13:30Z. 'una horita más o menos' is approximate -> end null. Closes the "
           "proposal in blind186_031, which is quoted below it. 8bit utf-8, text only.")
def m04() -> bytes:
    body = t("""
        Mba'éichapa Fernando!

        Perfecto, entonces quedamos mañana jueves a las diez y media, hora de Paraguay (UTC-3),
        acá en la oficina de Ñandutí Agro (Mcal. López 3794, edificio Mirador, piso 4). Preguntá
        por mí en recepción nomás.

        Vas a estar con Rodrigo Villalba (nuestro CTO) y conmigo, una horita más o menos. Traé tu
        notebook si querés mostrarnos algo de lo que hiciste con los sensores de humedad, a
        Rodrigo le va a encantar.

        Aguyje y nos vemos mañana!

        Gabriela Ortiz
        Talento Humano | Ñandutí Agro
        +595 21 608 114

        El mar, 13 oct 2026 a las 18:02, Fernando Benítez (<fernando.benitez@example.org>) escribió:
        > Hola Gabriela, qué tal. El jueves a las 10:30 me queda perfecto.
        > Saludos,
        > Fernando
        >
        > El lun, 12 oct 2026 a las 11:47, Gabriela Ortiz (<gabriela.ortiz@nanduti-agro.com.py>) escribió:
        >> Hola Fernando! Te escribo de Ñandutí Agro por tu postulación a Backend Developer.
        >> ¿Te queda bien el jueves 15/10 a las 10:30 o el viernes 16/10 a las 15:00 (hora de
        >> Paraguay, UTC-3)? Sería presencial en nuestra oficina.
        """)
    hs = head(addr("Gabriela Ortiz", "gabriela.ortiz@nanduti-agro.com.py"),
              "Re: Entrevista - Backend Developer | Ñandutí Agro", "2026-10-14 09:12", ASU,
              "CAGx7mB1-Qx9f2ZpLk0Tn8vE4r@mail.gmail.com",
              relay="from mail-lj1-f172.google.com (mail-lj1-f172.google.com [209.85.208.172])",
              extra=[("In-Reply-To", "<5f0d2a1c-8e44-4b6e-9f2a-1c0e3b7a9d21@example.org>"),
                     ("References", "<CAGx7mB1-Pq2aZ0t9wYe@mail.gmail.com>\r\n "
                                    "<5f0d2a1c-8e44-4b6e-9f2a-1c0e3b7a9d21@example.org>")])
    return message(hs, text(body, cte="8bit"))


@mail(N(5), family="workday", lang="pt", interview=True, kind="scheduled",
      start=utc("2026-10-08 15:00", SAO), end=utc("2026-10-08 16:00", SAO),
      contact="renata.albuquerque@sementesvale.com.br", company="Sementes Vale",
      local="Thu 2026-10-08 15:00", local_end="2026-10-08 16:00", zone=SAO,
      note="Workday notification in Portuguese, HTML only (quoted-printable): quinta-feira 08/10/2026 "
           "15h00-16h00 horário de Brasília (UTC-3; Brazil has had no DST since 2019) = 18:00-19:00Z. "
           "Sender is the tenant's myworkday.com system mailbox; contact = recruiter address in body.")
def m05() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
        <style>td{font-family:Arial,sans-serif;font-size:13px}</style></head>
        <body>
        <table width="640" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#0b5c3b;color:#fff;padding:14px;font-size:18px">Sementes Vale - Carreiras</td></tr>
        <tr><td style="padding:18px">
        <p>Olá Fernando Benítez,</p>
        <p>Sua entrevista para a vaga <b>R-004512 Desenvolvedor(a) Backend Sênior - Agricultura de Precisão</b>
        foi agendada.</p>
        <p><b>Etapa:</b> Entrevista Técnica<br>
        <b>Data:</b> quinta-feira, 08/10/2026<br>
        <b>Horário:</b> 15h00 às 16h00 (horário de Brasília, UTC-3)<br>
        <b>Formato:</b> Microsoft Teams (o link será enviado pelo entrevistador)<br>
        <b>Entrevistadores:</b> Paulo Henrique Duarte, Gerente de Engenharia</p>
        <p>Em caso de dúvidas, fale com a recrutadora responsável, Renata Albuquerque
        (<a href="mailto:renata.albuquerque@sementesvale.com.br">renata.albuquerque@sementesvale.com.br</a>).</p>
        <p>Para ver os detalhes da sua candidatura, acesse a
        <a href="https://wd3.myworkdaysite.com/recruiting/sementesvale/Carreiras">Central do Candidato</a>.</p>
        <p>Atenciosamente,<br>Equipe de Talent Acquisition<br>Sementes Vale S.A.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#777;padding:10px">Esta é uma mensagem automática. Por favor, não responda.</td></tr>
        </table></body></html>
        """)
    hs = head("Sementes Vale <sementesvale@myworkday.com>",
              "Entrevista agendada - Desenvolvedor(a) Backend Sênior", "2026-10-05 11:03", SAO,
              "1819274513.44821.1790000583112@wd3-prod-mail-07.myworkday.com",
              relay="from wd3-prod-mail-07.myworkday.com (wd3-prod-mail-07.myworkday.com [216.52.201.33])")
    return message(hs, html(page))


@mail(N(6), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-21 11:00", MVD), end=None,
      contact="martina.sosa@praderaanalytics.com.uy", company="Pradera Analytics",
      local="Wed 2026-10-21 11:00", zone=MVD,
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE:20261021); the time is "
           "only in the title and description: 11:00 hora de Uruguay / Paraguay (UTC-3, neither has "
           "DST) = 14:00Z. No length stated -> end null. Contact = ORGANIZER (the hiring manager).")
def m06() -> bytes:
    body = t("""
        Martina Sosa te ha invitado a un evento

        Entrevista Fernando Benítez - 11:00 (UTC-3)
        Cuándo: miércoles, 21 de octubre de 2026
        (todo el día)

        Descripción:
        Hola Fernando! Te agendo así porque mi calendario está en modo "día completo" para
        las entrevistas, perdón :) La entrevista es a las 11:00 hora de Montevideo, que es la
        misma que Asunción (UTC-3). Entrá por este link:
        https://meet.google.com/pzn-eyvb-kgu
        Saludos, Martina

        Invitados
        Martina Sosa - organizador
        martina.sosa@praderaanalytics.com.uy
        fernando.benitez@example.org
        federico.rocha@praderaanalytics.com.uy

        Ver todos los detalles del invitado
        https://calendar.google.com/calendar/event?action=VIEW&eid=NnBzZTRtYmE1&tok=MjkjbWFydGluYQ

        ¿Vas a asistir? Sí - Quizás - No
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NnBzZTRtYmE1&rst=1

        Invitación de Google Calendar
        Recibiste este correo electrónico porque eres un invitado del evento.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Arial,sans-serif">
        <p style="color:#5f6368">Martina Sosa te ha invitado a un evento</p>
        <h2 style="font-weight:400">Entrevista Fernando Benítez - 11:00 (UTC-3)</h2>
        <table><tr><td style="color:#70757a">Cuándo</td><td>miércoles, 21 de octubre de 2026 (todo el día)</td></tr>
        <tr><td style="color:#70757a">Unirse con Google Meet</td><td><a href="https://meet.google.com/pzn-eyvb-kgu">meet.google.com/pzn-eyvb-kgu</a></td></tr>
        <tr><td style="color:#70757a">Invitados</td><td>Martina Sosa - organizador<br>martina.sosa@praderaanalytics.com.uy<br>
        fernando.benitez@example.org<br>federico.rocha@praderaanalytics.com.uy</td></tr></table>
        <p>Hola Fernando! Te agendo así porque mi calendario está en modo "día completo" para las
        entrevistas, perdón :) La entrevista es a las 11:00 hora de Montevideo, que es la misma que
        Asunción (UTC-3).</p>
        <p>¿Vas a asistir? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnBzZTRtYmE1&amp;rst=1">Sí</a>
        - Quizás - No</p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261021
DTEND;VALUE=DATE:20261022
DTSTAMP:20261016T203011Z
ORGANIZER;CN=Martina Sosa:mailto:martina.sosa@praderaanalytics.com.uy
UID:6pse4mba5c9k2h0q1r3t7v8x0y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Martina Sosa;X-NUM-GUESTS=0:mailto:martina.sosa@praderaanalytics.com.uy
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=federico.rocha@praderaanalytics.com.uy;X-NUM-GUESTS=0:mailto:federico.rocha@praderaanalytics.com.uy
X-GOOGLE-CONFERENCE:https://meet.google.com/pzn-eyvb-kgu
CREATED:20261016T202955Z
DESCRIPTION:Hola Fernando! La entrevista es a las 11:00 hora de Montevideo\\, que es la misma que Asunción (UTC-3).
LAST-MODIFIED:20261016T203011Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Fernando Benítez - 11:00 (UTC-3)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Martina Sosa", "martina.sosa@praderaanalytics.com.uy"),
              "Invitación: Entrevista Fernando Benítez - 11:00 (UTC-3) @ mié 21 oct 2026 "
              "(fernando.benitez@example.org)",
              "2026-10-16 17:30", MVD, "calendar-7a1d0c3e-55b2-4f8e-a4d9-0e2b61c7f3a8@google.com",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=[("Reply-To", addr("Martina Sosa", "martina.sosa@praderaanalytics.com.uy")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(7), family="exchange_teams", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-13 10:00", SAO), end=utc("2026-11-13 11:00", SAO),
      contact="thiago.moreira@colheitasystems.com.br", company="Colheita Systems",
      local="Fri 2026-11-13 10:00", local_end="2026-11-13 11:00", zone=SAO,
      note="Outlook/Exchange meeting request from a Brazilian employer writing in English; ICS TZID is "
           "the Windows name 'E. South America Standard Time' (Brasilia, UTC-3, no DST) and the body "
           "says '(UTC-03:00) Brasilia': Fri 13 Nov 10:00-11:00 = 13:00-14:00Z. Contact = organizer "
           "and sender.")
def m07() -> bytes:
    body = t("""
        Hi Fernando,

        As discussed on the phone, sending the invite for the technical round with Ana and me.
        We'll go through the telemetry ingestion exercise you sent and talk about the gRPC
        services. One hour, 10:00 to 11:00 Brasilia time (UTC-3), which should be the same
        time for you in Asuncion.

        Abraços,
        Thiago

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE4ZTQ2NzEtOWM3MC00ZDVj%40thread.v2/0?context=%7b%22Tid%22%3a%22c0a1%22%7d>
        Meeting ID: 251 774 930 118
        Passcode: x7Rk2Q
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-US" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Hi Fernando,</p>
        <p class="MsoNormal">As discussed on the phone, sending the invite for the technical round with Ana
        and me. We&#8217;ll go through the telemetry ingestion exercise you sent and talk about the gRPC
        services. One hour, 10:00 to 11:00 Brasilia time (UTC-3), which should be the same time for you
        in Asuncion.</p>
        <p class="MsoNormal">Abra&ccedil;os,<br>Thiago</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:18pt">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE4ZTQ2NzEtOWM3MC00ZDVj%40thread.v2/0?context=%7b%22Tid%22%3a%22c0a1%22%7d">Click here to join the meeting</a></div>
        <div>Meeting ID: 251 774 930 118<br>Passcode: x7Rk2Q</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_BRASILIA}
BEGIN:VEVENT
ORGANIZER;CN=Thiago Moreira:mailto:thiago.moreira@colheitasystems.com.br
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernando Benítez:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ana Beatriz Lins:mailto:ana.lins@colheitasystems.com.br
DESCRIPTION;LANGUAGE=en-US:Hi Fernando\\,\\n\\nAs discussed on the phone\\, sending the invite for the technical round with Ana and me.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C2D6A91E6DDB01000000000000000010000000E3C6F2A1B
SUMMARY;LANGUAGE=en-US:Colheita Systems - Technical interview (Fernando Benítez)
DTSTART;TZID=E. South America Standard Time:20261113T100000
DTEND;TZID=E. South America Standard Time:20261113T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T124512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124011822
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
    hs = head(addr("Thiago Moreira", "thiago.moreira@colheitasystems.com.br"),
              "Technical interview - Fernando Benítez / Colheita Systems", "2026-11-10 09:45", SAO,
              "CP4P284MB1923A1B2C3D4E5F60718293A4B5C6D7E8F90@CP4P284MB1923.BRAP284.PROD.OUTLOOK.COM",
              relay="from BRAP284CU001.outbound.protection.outlook.com (mail-brazilsouthazon11011014.outbound.protection.outlook.com [52.101.97.14])",
              extra=[("Thread-Topic", "Technical interview - Fernando Benítez / Colheita Systems"
                      .replace("í", "i")),
                     ("Thread-Index", "AdtTq1m2n3o4p5q6r7s8t9u0v1w2xA=="),
                     ("Accept-Language", "en-US, pt-BR"),
                     ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(8), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-08 10:00", SCL), end=utc("2026-09-08 11:00", SCL),
      contact="ignacio.pizarro@agromaule.cl", company="AgroMaule",
      local="Tue 2026-09-08 10:00", local_end="2026-09-08 11:00", zone=SCL,
      note="SmartRecruiters confirmation sent Thu 3 Sep while Chile is still on UTC-4 (Date -0400); "
           "the interview is Tue 8 Sep 10:00-11:00 hora de Chile continental, after Chile's switch "
           "to UTC-3 on Sun 6 Sep, so 13:00-14:00Z (the mail says so; ICS TZID America/Santiago "
           "agrees). Contact = recruiter in Reply-To.")
def m08() -> bytes:
    body = t("""
        Hola Fernando,

        Gracias por postular a Ingeniero/a Backend - Plataforma de Riego en AgroMaule SpA.
        Nos alegra confirmar tu entrevista:

        Tipo: Entrevista técnica (videollamada)
        Fecha: martes 8 de septiembre de 2026
        Hora: 10:00 - 11:00 (hora de Chile continental, UTC-3)
        Enlace: https://meet.google.com/hqa-rtzk-wbn

        Ojo: Chile pasa a horario de verano el domingo 6 de septiembre, así que el martes ya
        estaremos en UTC-3, igual que Asunción. Es decir, para ti también son las 10:00.

        Si necesitas cambiar el horario, responde a este correo.

        Saludos cordiales,
        Ignacio Pizarro
        Talent Acquisition Partner
        AgroMaule SpA - Talca, Chile

        Este correo fue enviado a través de SmartRecruiters.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <p>Hola Fernando,</p>
        <p>Gracias por postular a <b>Ingeniero/a Backend - Plataforma de Riego</b> en AgroMaule SpA.
        Nos alegra confirmar tu entrevista:</p>
        <ul>
        <li>Tipo: Entrevista técnica (videollamada)</li>
        <li>Fecha: martes 8 de septiembre de 2026</li>
        <li>Hora: 10:00 - 11:00 (hora de Chile continental, UTC-3)</li>
        <li>Enlace: <a href="https://meet.google.com/hqa-rtzk-wbn">meet.google.com/hqa-rtzk-wbn</a></li>
        </ul>
        <p><i>Ojo: Chile pasa a horario de verano el domingo 6 de septiembre, así que el martes ya
        estaremos en UTC-3, igual que Asunción. Es decir, para ti también son las 10:00.</i></p>
        <p>Si necesitas cambiar el horario, responde a este correo.</p>
        <p>Saludos cordiales,<br>Ignacio Pizarro<br>Talent Acquisition Partner<br>AgroMaule SpA - Talca, Chile</p>
        <p style="color:#999;font-size:11px">Este correo fue enviado a través de SmartRecruiters.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//ES
VERSION:2.0
METHOD:REQUEST
{VTZ_SCL}
BEGIN:VEVENT
UID:sr-int-6a3f9e1c-20260908@smartrecruiters.com
DTSTAMP:20260903T161012Z
DTSTART;TZID=America/Santiago:20260908T100000
DTEND;TZID=America/Santiago:20260908T110000
SUMMARY:Entrevista técnica - AgroMaule SpA
LOCATION:https://meet.google.com/hqa-rtzk-wbn
ORGANIZER;CN=Ignacio Pizarro:mailto:ignacio.pizarro@agromaule.cl
ATTENDEE;CN=Fernando Benítez;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("AgroMaule SpA <noreply@smartrecruiters.com>",
              "Confirmación de entrevista - Ingeniero/a Backend - Plataforma de Riego",
              "2026-09-03 12:10", SCL, "20260903161012.6a3f9e1c.sr-mailer-3@smartrecruiters.com",
              relay="from mail-out-3.smartrecruiters.com (mail-out-3.smartrecruiters.com [185.28.196.23])",
              extra=[("Reply-To", addr("Ignacio Pizarro", "ignacio.pizarro@agromaule.cl"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="entrevista.ics", disposition="attachment",
                                      cte="base64")))


@mail(N(9), family="personio", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 15:00", BER), end=utc("2026-11-12 16:00", BER),
      contact="katrin.hoelzl@feldwerk.de", company="Feldwerk GmbH",
      local="Thu 2026-11-12 15:00", local_end="2026-11-12 16:00", zone=BER,
      note="Personio interview invitation from a Munich company: Thu 12 Nov 15:00-16:00 CET (UTC+1, "
           "Europe already off summer time since 25 Oct) = 14:00-15:00Z; the body also gives 11:00-12:00 "
           "in Asunción (UTC-3). HTML only (base64) + ICS (TZID Europe/Berlin). Contact = Reply-To "
           "recruiter.")
def m09() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f6;font-family:Helvetica,Arial,sans-serif">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="580" style="background:#fff;padding:28px">
        <tr><td><img src="https://feldwerk.jobs.personio.de/logo.png" alt="Feldwerk" height="32"></td></tr>
        <tr><td style="font-size:15px;line-height:1.5;color:#222">
        <p>Dear Fernando,</p>
        <p>thank you again for your application as <strong>Backend Engineer (m/f/d) - Farm Data APIs,
        remote LATAM</strong>. We would like to invite you to a second interview with our engineering team.</p>
        <p><strong>Date:</strong> Thursday, 12 November 2026<br>
        <strong>Time:</strong> 15:00 - 16:00 CET (Munich)<br>
        <span style="color:#555">= 11:00 - 12:00 in Asunción (UTC-3)</span><br>
        <strong>Location:</strong> Microsoft Teams (link in the calendar invitation)<br>
        <strong>Participants:</strong> Katrin Hölzl (Talent Acquisition), Matthias Brandl (Head of Platform)</p>
        <p>Please accept the attached calendar invitation. If the time does not suit you, simply reply
        to this e-mail.</p>
        <p>Kind regards<br>Katrin Hölzl<br>Feldwerk GmbH &middot; Landsberger Str. 302 &middot; 80687 München</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Sent with Personio &middot; Privacy policy: https://feldwerk.jobs.personio.de/privacy-policy</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:personio-interview-3318842-feldwerk
DTSTAMP:20261105T091512Z
DTSTART;TZID=Europe/Berlin:20261112T150000
DTEND;TZID=Europe/Berlin:20261112T160000
SUMMARY:Interview Fernando Benítez - Backend Engineer (m/f/d)
LOCATION:Microsoft Teams
ORGANIZER;CN=Katrin Hölzl:mailto:katrin.hoelzl@feldwerk.de
ATTENDEE;CN=Fernando Benítez;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
ATTENDEE;CN=Matthias Brandl;RSVP=TRUE:mailto:matthias.brandl@feldwerk.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Feldwerk GmbH <no-reply@mail.personio.de>",
              "Invitation to your interview at Feldwerk GmbH", "2026-11-05 10:15", BER,
              "6f3a1c90b2e84d7a.3318842@mail.personio.de",
              relay="from mail.personio.de (mail.personio.de [35.157.84.210])",
              extra=[("Reply-To", addr("Katrin Hölzl", "katrin.hoelzl@feldwerk.de"))])
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="interview.ics",
                                      disposition="attachment")))


@mail(N(10), family="teamtailor", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-20 16:30", MVD), end=utc("2026-11-20 17:15", MVD),
      contact="lucia.pereyra@tambodigital.uy", company="Tambo Digital",
      local="Fri 2026-11-20 16:30", local_end="2026-11-20 17:15", zone=MVD,
      note="Teamtailor reschedule: old slot jue 19/11 14:00, new slot vie 20/11 16:30 hora de Uruguay "
           "(UTC-3), 'duración: 45 minutos' -> 19:30-20:15Z. Sender no-reply@teamtailor-mail.com; "
           "contact = recruiter in Reply-To.")
def m10() -> bytes:
    body = t("""
        Hola Fernando,

        Te escribimos porque tuvimos que mover tu entrevista con Tambo Digital.

        ANTES: jueves 19/11 a las 14:00
        AHORA: viernes 20/11 a las 16:30 (hora de Uruguay, UTC-3 - la misma que en Asunción)

        Etapa: Entrevista con el equipo (pair programming)
        Duración: 45 minutos
        Link: https://tambodigital.whereby.com/entrevistas

        Perdón por el cambio, la persona del equipo de datos que iba a estar tuvo un viaje a
        Tacuarembó que no pudo mover. Si el nuevo horario no te sirve, respondé este mail.

        Saludos,
        Lucía Pereyra
        People & Culture | Tambo Digital

        ---
        Tambo Digital usa Teamtailor para gestionar sus procesos de selección.
        Ver tus datos: https://tambodigital.teamtailor.com/connect
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#fafafa">
        <div style="max-width:540px;margin:24px auto;background:#fff;padding:28px;border-radius:6px">
        <p>Hola Fernando,</p>
        <p>Te escribimos porque tuvimos que mover tu entrevista con <strong>Tambo Digital</strong>.</p>
        <p><span style="color:#999;text-decoration:line-through">jueves 19/11 a las 14:00</span><br>
        <strong>viernes 20/11 a las 16:30</strong> (hora de Uruguay, UTC-3 - la misma que en Asunción)</p>
        <p>Etapa: Entrevista con el equipo (pair programming)<br>Duración: 45 minutos<br>
        Link: <a href="https://tambodigital.whereby.com/entrevistas">tambodigital.whereby.com/entrevistas</a></p>
        <p>Perdón por el cambio, la persona del equipo de datos que iba a estar tuvo un viaje a
        Tacuarembó que no pudo mover. Si el nuevo horario no te sirve, respondé este mail.</p>
        <p>Saludos,<br>Lucía Pereyra<br>People &amp; Culture | Tambo Digital</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#aaa">Tambo Digital usa Teamtailor para gestionar sus procesos de selección.</p>
        </div></body></html>
        """)
    hs = head("Tambo Digital <no-reply@teamtailor-mail.com>",
              "Cambio de horario: tu entrevista con Tambo Digital", "2026-11-16 15:20", MVD,
              "tt.9d41e2c7a0b35f18@teamtailor-mail.com",
              relay="from mta-52.teamtailor-mail.com (mta-52.teamtailor-mail.com [159.135.228.52])",
              extra=[("Reply-To", addr("Lucía Pereyra", "lucia.pereyra@tambodigital.uy"))])
    return message(hs, alt(text(body), html(page)))


@mail(N(11), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 21:30", ASU), end=utc("2026-11-18 22:00", ASU),
      contact="kyle.brennan@redwoodsoil.com", company="Redwood Soil",
      local="Wed 2026-11-18 21:30", local_end="2026-11-18 22:00", zone=ASU,
      note="Calendly invitee confirmation shown in the invitee's zone: Wed 18 Nov 9:30pm-10:00pm "
           "(Asuncion, UTC-3) = Thu 19 Nov 00:30-01:00Z (local date is the day before the UTC date); "
           "the host's 4:30pm PST is quoted too. ICS in UTC agrees. Contact = host in Reply-To.")
def m11() -> bytes:
    body = t("""
        Hi Fernando Benítez,

        A new event has been scheduled.

        Event Type:
        Intro call with Engineering - Redwood Soil

        Invitee:
        Fernando Benítez

        Invitee Email:
        fernando.benitez@example.org

        Event Date/Time:
        09:30pm - 10:00pm (America/Asuncion, UTC-3) on Wednesday, November 18, 2026
        (Kyle's time: 4:30pm - 5:00pm Pacific Standard Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/vzr-aqke-npw

        Questions:
        Anything you'd like us to know before the call?
        Happy to talk about the soil-moisture ingestion work. - Fernando

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2f1c9e44-7a0b-4a51-9e3d-6b8c2d1f0a77
        Reschedule: https://calendly.com/reschedulings/2f1c9e44-7a0b-4a51-9e3d-6b8c2d1f0a77

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hi Fernando Benítez,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro call with Engineering - Redwood Soil</p>
        <p><b>Invitee:</b><br>Fernando Benítez</p>
        <p><b>Invitee Email:</b><br><a href="mailto:fernando.benitez@example.org">fernando.benitez@example.org</a></p>
        <p><b>Event Date/Time:</b><br>09:30pm - 10:00pm (America/Asuncion, UTC-3) on Wednesday, November 18, 2026<br>
        (Kyle's time: 4:30pm - 5:00pm Pacific Standard Time)</p>
        <p><b>Location:</b><br>This is a Google Meet web conference.<br>
        <a href="https://meet.google.com/vzr-aqke-npw">https://meet.google.com/vzr-aqke-npw</a></p>
        <p><a href="https://calendly.com/cancellations/2f1c9e44-7a0b-4a51-9e3d-6b8c2d1f0a77">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/2f1c9e44-7a0b-4a51-9e3d-6b8c2d1f0a77">Reschedule</a></p>
        <p style="color:#999;font-size:12px">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:2f1c9e44-7a0b-4a51-9e3d-6b8c2d1f0a77@calendly.com
DTSTAMP:20261116T190211Z
DTSTART:20261119T003000Z
DTEND:20261119T010000Z
SUMMARY:Intro call with Engineering - Redwood Soil
LOCATION:https://meet.google.com/vzr-aqke-npw
ORGANIZER;CN=Kyle Brennan:mailto:kyle.brennan@redwoodsoil.com
ATTENDEE;CN=Fernando Benítez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "New Event: Fernando Benítez - 09:30pm Wed, Nov 18, 2026 - Intro call with "
              "Engineering - Redwood Soil", "2026-11-16 19:02", "UTC",
              "0100019b2f1c9e44-7a0b4a51-calendly-000000@email.calendly.com",
              relay="from o2.email.calendly.com (o2.email.calendly.com [167.89.108.24])",
              extra=[("Reply-To", addr("Kyle Brennan", "kyle.brennan@redwoodsoil.com"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(12), family="ms_bookings", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-23 11:30", BUE), end=utc("2026-11-23 12:15", BUE),
      contact="federico.aranda@pampacloud.com.ar", company="Pampa Cloud Consulting",
      local="Mon 2026-11-23 11:30", local_end="2026-11-23 12:15", zone=BUE,
      note="Microsoft Bookings 'reserva actualizada' from a shared Bookings mailbox: new slot lun. "
           "23/11/2026 11:30-12:15 '(UTC-03:00) Ciudad de Buenos Aires' = 14:30-15:15Z (old slot "
           "vie. 20/11 10:00 also shown). ICS TZID 'Argentina Standard Time'. The mailbox is not a "
           "person; contact = the staff member's address in the body.")
def m12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <p style="font-size:20px">Se actualizó su reserva</p>
        <p>Hola Fernando Benítez:</p>
        <p>Su reserva con <b>Pampa Cloud Consulting</b> fue reprogramada. Estos son los nuevos detalles.</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista técnica - Backend Developer (Python/AWS)</td></tr>
        <tr><td style="color:#605e5c">Nueva fecha y hora</td><td>lunes, 23/11/2026 11:30 - 12:15 (UTC-03:00) Ciudad de Buenos Aires</td></tr>
        <tr><td style="color:#605e5c">Fecha anterior</td><td><s>viernes, 20/11/2026 10:00 - 10:45</s></td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Federico Aranda</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1YzBhZjQtZGM4%40thread.v2/0">Unirse a la reunión de Teams</a></p>
        <p>Federico le escribirá si necesita algo previo. Para consultas directas:
        federico.aranda@pampacloud.com.ar</p>
        <p><a href="https://outlook.office365.com/owa/calendar/EntrevistasPampaCloud@pampacloud.com.ar/bookings/">Administrar reserva</a></p>
        <p style="font-size:11px;color:#a19f9d">Con tecnología de Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_WIN_ARGENTINA}
BEGIN:VEVENT
ORGANIZER;CN=Entrevistas Pampa Cloud:mailto:EntrevistasPampaCloud@pampacloud.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Fernando Benítez:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000C41D2E6F8A6DDB010000000000000000100000007F1E2D3C
SUMMARY;LANGUAGE=es-AR:Entrevista técnica - Backend Developer (Python/AWS)
DTSTART;TZID=Argentina Standard Time:20261123T113000
DTEND;TZID=Argentina Standard Time:20261123T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261118T130211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Entrevistas Pampa Cloud", "EntrevistasPampaCloud@pampacloud.com.ar"),
              "Reserva actualizada: Entrevista técnica - Backend Developer (Python/AWS)",
              "2026-11-18 10:02", BUE,
              "SA1P222MB0412E6B6A9A4C1F1D9C8B7A6F5E4D3C2@SA1P222MB0412.NAMP222.PROD.OUTLOOK.COM",
              relay="from SA1P222CU002.outbound.protection.outlook.com (mail-southcentralusazon11012034.outbound.protection.outlook.com [52.101.62.34])",
              extra=[("Content-Language", "es-AR"), ("X-MS-Exchange-Organization-BookingsAppointment", "True")])
    return message(hs, mixed(html(page),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 16:00", SAO), end=None,
      contact="beatriz.campos@safrabits.com.br", company="Safra Bits",
      local="Thu 2026-11-19 16:00", zone=SAO,
      note="Recruiter from a São Paulo company writes in English and pastes the Zoom invitation: "
           "'Time: Nov 19, 2026 04:00 PM Brasilia' (UTC-3) = 19:00Z. No length given -> end null. "
           "Contact = human sender.")
def m13() -> bytes:
    body = t("""
        Hi Fernando,

        Great talking to you on Monday! As promised, here is the confirmation for the technical
        interview with our Head of Engineering, Rafael Nunes. Zoom details below - please join a
        couple of minutes early so we can check audio.

        Beatriz Campos
        Talent Partner | Safra Bits
        São Paulo - SP

        ---------- Zoom ----------
        Beatriz Campos is inviting you to a scheduled Zoom meeting.

        Topic: Safra Bits | Technical Interview - Fernando Benítez
        Time: Nov 19, 2026 04:00 PM Brasilia

        Join Zoom Meeting
        https://safrabits.zoom.us/j/96120447385?pwd=aXRzYXBhc3N3b3Jk

        Meeting ID: 961 2044 7385
        Passcode: 481203

        ---
        One tap mobile
        +551143806540,,96120447385#,,,,*481203# Brazil
        """)
    hs = head(addr("Beatriz Campos", "beatriz.campos@safrabits.com.br"),
              "Technical interview - Nov 19 (Zoom)", "2026-11-13 17:25", SAO,
              "CAJp2Lm8+Wq0x1tYb7cVn5sE3@mail.gmail.com",
              relay="from mail-pl1-f181.google.com (mail-pl1-f181.google.com [209.85.214.181])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(14), family="exchange_teams", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-09 11:00", NYC), end=utc("2026-11-09 12:00", NYC),
      contact="megan.caldwell@harvestledger.com", company="Harvest Ledger",
      local="Mon 2026-11-09 11:00", local_end="2026-11-09 12:00", zone=NYC,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED) for Mon 9 Nov 11:00-12:00 "
           "'(UTC-05:00) Eastern Time (US & Canada)', TZID 'Eastern Standard Time'; after 1 Nov so "
           "EST = UTC-5 -> 16:00-17:00Z. No new time. Contact = organizer / sender.")
def m14() -> bytes:
    body = t("""
        Hi Fernando,

        I'm sorry to do this on short notice - the hiring manager for the Ledger Sync role has
        put the requisition on hold until Q1 budgets are approved, so I'm cancelling our panel
        interview on Monday. I'll reach out as soon as I know more.

        Megan

        When: Monday, November 9, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div>
        <p>Hi Fernando,</p>
        <p>I&#8217;m sorry to do this on short notice &#8211; the hiring manager for the Ledger Sync role has
        put the requisition on hold until Q1 budgets are approved, so I&#8217;m cancelling our panel interview
        on Monday. I&#8217;ll reach out as soon as I know more.</p>
        <p>Megan</p>
        <p style="color:#5F5F5F">When: Monday, November 9, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US &amp; Canada).<br>
        Where: Microsoft Teams Meeting</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Eastern Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Megan Caldwell:mailto:megan.caldwell@harvestledger.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernando Benitez:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Hi Fernando\\,\\n\\nI'm sorry to do this on short notice.\\n
UID:040000008200E00074C5B7101A82E00800000000F0A81C3D2B6DDB01000000000000000010000000A1B2C3D4
SUMMARY;LANGUAGE=en-US:Canceled: Panel interview - Fernando Benitez (Ledger Sync)
DTSTART;TZID=Eastern Standard Time:20261109T110000
DTEND;TZID=Eastern Standard Time:20261109T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261105T153312Z
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
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Megan Caldwell", "megan.caldwell@harvestledger.com"),
              "Canceled: Panel interview - Fernando Benitez (Ledger Sync)", "2026-11-05 10:33", NYC,
              "BL1PR14MB5083D2F1E0C9B8A7F6E5D4C3B2A1@BL1PR14MB5083.namprd14.prod.outlook.com",
              relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2101.outbound.protection.outlook.com [40.107.237.101])",
              extra=[("Thread-Topic", "Panel interview - Fernando Benitez (Ledger Sync)"),
                     ("Importance", "high"), ("Content-Language", "en-US")])
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="7bit")))


@mail(N(15), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-03 15:00", ASU), end=None,
      contact="rocio.benegas@tajy.com.py", company="Financiera Tajy",
      local="Thu 2026-12-03 15:00", zone=ASU,
      note="Recruiter in formal usted cancels 'la entrevista prevista para el jueves 03/12 a las 15:00 "
           "(hora de Paraguay, UTC-3)' = 18:00Z because the search was closed internally; no new time. "
           "windows-1252 quoted-printable, text only. Contact = sender.")
def m15() -> bytes:
    body = t("""
        Estimado Fernando:

        Le escribo para informarle que, por una decisión interna de la Gerencia de Tecnología,
        la búsqueda para el puesto de Desarrollador Backend Senior quedó suspendida hasta nuevo
        aviso. Por este motivo debemos cancelar la entrevista prevista para el jueves 03/12 a
        las 15:00 (hora de Paraguay, UTC-3) en nuestra casa matriz.

        Lamentamos sinceramente las molestias. Su perfil quedará en nuestra base y, si la
        búsqueda se reactiva el año que viene, me comunicaré con usted.

        Atentamente,

        Lic. Rocío Benegas
        Jefa de Selección y Desarrollo
        Financiera Tajy S.A.E.C.A.
        Avda. Aviadores del Chaco 2050 - Asunción
        Tel.: (021) 615 300 int. 214
        """)
    hs = head(addr("Rocío Benegas", "rocio.benegas@tajy.com.py", "iso-8859-1"),
              "Cancelación de entrevista - Desarrollador Backend Senior", "2026-11-30 16:45", ASU,
              "000601db4f2a$8c1d2e30$a4578a90$@tajy.com.py", charset="iso-8859-1",
              relay="from mail.tajy.com.py (mail.tajy.com.py [181.40.91.18])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-py")])
    return message(hs, text(body, charset="windows-1252"))


@mail(N(16), family="workable", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-04 09:30", SCL), end=None,
      contact="catalina.reyes@huertolabs.cl", company="Huerto Labs",
      local="Fri 2026-12-04 09:30", zone=SCL,
      note="Workable cancellation: 'vie. 4 de diciembre a las 9:30 (hora de Chile, UTC-3)' = 12:30Z "
           "(Chile on summer time UTC-3 since 6 Sep); 'te escribiremos para reagendar' gives no new "
           "time -> cancelled. Reply-To is a Workable relay (not a person); contact = the address "
           "written in the body.")
def m16() -> bytes:
    body = t("""
        Hola Fernando,

        Lamentablemente tenemos que cancelar tu entrevista para el cargo de Backend Engineer
        (Node.js) programada para el vie. 4 de diciembre a las 9:30 (hora de Chile, UTC-3).
        Nuestro Engineering Manager estará fuera por un tema familiar esa semana.

        Te escribiremos en los próximos días para reagendar. Mientras tanto, cualquier duda
        me puedes escribir directo a catalina.reyes@huertolabs.cl.

        Un saludo,
        Catalina Reyes
        Huerto Labs SpA

        Puedes responder a este correo para contactar al equipo de Huerto Labs.
        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#3d3d3d">
        <p>Hola Fernando,</p>
        <p>Lamentablemente tenemos que cancelar tu entrevista para el cargo de <b>Backend Engineer
        (Node.js)</b> programada para el <b>vie. 4 de diciembre a las 9:30 (hora de Chile, UTC-3)</b>.
        Nuestro Engineering Manager estará fuera por un tema familiar esa semana.</p>
        <p>Te escribiremos en los próximos días para reagendar. Mientras tanto, cualquier duda me puedes
        escribir directo a <a href="mailto:catalina.reyes@huertolabs.cl">catalina.reyes@huertolabs.cl</a>.</p>
        <p>Un saludo,<br>Catalina Reyes<br>Huerto Labs SpA</p>
        <p style="font-size:11px;color:#999">Puedes responder a este correo para contactar al equipo de
        Huerto Labs. Powered by <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    hs = head("Huerto Labs <noreply@candidates.workablemail.com>",
              "Entrevista cancelada - Backend Engineer (Node.js) - Huerto Labs", "2026-12-01 11:40", SCL,
              "wk.5e8c1f20a9d34b67.huerto-labs@candidates.workablemail.com",
              relay="from mail-203.workablemail.com (mail-203.workablemail.com [50.31.56.203])",
              extra=[("Reply-To", "huerto-labs+c7f2a91e0b@candidates.workablemail.com")])
    return message(hs, alt(text(body), html(page)))


@mail(N(17), family="human_prose", lang="pt", interview=True, kind="rescheduled",
      start=utc("2026-11-26 14:00", SAO), end=None,
      contact="marcos.vieira@agrovia.com.br", company="Agrovia",
      local="Thu 2026-11-26 14:00", zone=SAO,
      note="Hiring manager's Portuguese reply moving the interview from ter 24/11 10h to 'quinta-feira "
           "(26/11) às 14h, horário de Brasília (UTC-3)' = 17:00Z, same Meet link; the quoted thread "
           "holds the old slot. iso-8859-1 quoted-printable. Contact = sender.")
def m17() -> bytes:
    body = t("""
        Oi Fernando, tudo bem?

        Surgiu uma reunião de diretoria na terça de manhã que eu não consigo evitar, então
        precisei mexer na nossa conversa. Remarquei para quinta-feira (26/11) às 14h, horário de
        Brasília (UTC-3) - pelo que vi aí em Assunção é o mesmo horário. O link do Meet continua
        o mesmo: https://meet.google.com/bxe-ugfa-tsm

        A de terça (24/11 às 10h) fica cancelada. Desculpa a mudança em cima da hora!

        Abraço,
        Marcos Vieira
        Gerente de Engenharia - Agrovia
        Campinas / São Paulo

        Em sex., 20 de nov. de 2026 às 16:12, Marcos Vieira <marcos.vieira@agrovia.com.br> escreveu:
        > Fernando, confirmado então: terça-feira, 24/11, às 10h (horário de Brasília).
        > Vou mandar o convite do Meet. Até lá!
        """)
    hs = head(addr("Marcos Vieira", "marcos.vieira@agrovia.com.br", "iso-8859-1"),
              "Re: Entrevista Agrovia - remarcação", "2026-11-23 08:50", SAO,
              "CAE9xk2R1bT7z+V0uYq3W5mN8pA@mail.gmail.com", charset="iso-8859-1",
              relay="from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
              extra=[("In-Reply-To", "<CAE9xk2Qp0vYw7cT4sR1@mail.gmail.com>"),
                     ("References", "<CAE9xk2Qp0vYw7cT4sR1@mail.gmail.com>")])
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(18), family="forward_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-24 15:00", ASU), end=None,
      contact="silvia.gimenez@mburucuya.com.py", company="Mburucuyá Software",
      local="Tue 2026-11-24 15:00", zone=ASU,
      note="The candidate forwards to himself (from his example.net address) the recruiter's "
           "confirmation as an attached message/rfc822: 'el martes 24/11 a las 15:00 (hora de "
           "Paraguay, UTC-3)' = 18:00Z, in person. Never the candidate: contact = the recruiter in "
           "the forwarded message's From.")
def m18() -> bytes:
    inner_body = t("""
        Estimado Fernando,

        Conforme a lo conversado por teléfono, le confirmamos la entrevista presencial para el
        puesto de Desarrollador Backend (Python) el martes 24/11 a las 15:00 (hora de
        Paraguay, UTC-3), en nuestras oficinas de Avda. España 1480 c/ San Rafael, Asunción.

        Lo recibirán el Ing. Óscar Cabañas (Gerente de Desarrollo) y quien suscribe. Le
        pedimos traer su cédula de identidad para el ingreso al edificio.

        Cordialmente,
        Silvia Giménez
        Recursos Humanos - Mburucuyá Software S.A.
        """)
    inner = message([("From", addr("Silvia Giménez", "silvia.gimenez@mburucuya.com.py")),
                     ("To", me()),
                     ("Subject", enc("Confirmación de entrevista - Desarrollador Backend (Python)")),
                     ("Date", date("2026-11-20 15:02", ASU)),
                     ("Message-ID", "<a81f0c2e-3d4b-4e59-8a7c-6b5d4e3f2a10@mburucuya.com.py>")],
                    text(inner_body))
    outer_body = t("""
        para no perderlo, el martes a las 15 en Mburucuyá. llevar cédula!!

        --
        Enviado desde mi celular
        """).replace("\n--\n", "\n-- \n")  # keep the signature separator's trailing space
    hs = head(addr(ME_NAME, "fernando.benitez@example.net"),
              "Fwd: Confirmación de entrevista - Desarrollador Backend (Python)", "2026-11-20 21:14",
              ASU, "3B7E1A2C-9F4D-4C8B-A1E6-5D2F0B9C8E71@example.net",
              relay="from smtp.example.net (smtp.example.net [203.0.113.25])")
    return message(hs, mixed(text(outer_body, cte="8bit"),
                             attached_message(inner, "Confirmación de entrevista.eml".replace("ó", "o"))))


@mail(N(19), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 08:00", LAX), end=utc("2026-12-09 10:00", LAX),
      contact="alyssa.romero@cascadegrain.com", company="Cascade Grain Systems",
      local="Wed 2026-12-09 08:00", local_end="2026-12-09 10:00", zone=LAX,
      note="GoodTime two-session itinerary, Wed 9 Dec 8:00-9:00 and 9:15-10:00 AM PST (UTC-8) -> first "
           "start 16:00Z to last end 18:00Z (the mail also gives 1:00-3:00 PM UTC-3). No ICS. Sender "
           "is GoodTime's scheduling mailbox; contact = coordinator in Reply-To.")
def m19() -> bytes:
    body = t("""
        Hi Fernando,

        Your onsite (virtual) interview with Cascade Grain Systems is confirmed. Here is your
        itinerary - all times Pacific Standard Time (PST, UTC-8):

        Wednesday, December 9, 2026

          8:00 AM - 9:00 AM PST    Coding: Streaming data structures
                                   with Priyanka Shah, Senior Software Engineer
          9:00 AM - 9:15 AM PST    Break
          9:15 AM - 10:00 AM PST   System Design: Grain elevator telemetry
                                   with Marcus Lindqvist, Principal Engineer

        For you in Asuncion (UTC-3) that's 1:00 PM - 3:00 PM.

        Video: https://cascadegrain.zoom.us/j/91844102273

        Please let me know by replying to this message if you need any accommodations.

        Thanks,
        Alyssa Romero
        Recruiting Coordinator, Cascade Grain Systems

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Fernando,</p>
        <p>Your onsite (virtual) interview with Cascade Grain Systems is confirmed. Here is your itinerary
        - all times Pacific Standard Time (PST, UTC-8):</p>
        <p><strong>Wednesday, December 9, 2026</strong></p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td>8:00 AM - 9:00 AM PST</td><td>Coding: Streaming data structures<br><small>Priyanka Shah, Senior Software Engineer</small></td></tr>
        <tr><td>9:00 AM - 9:15 AM PST</td><td>Break</td></tr>
        <tr><td>9:15 AM - 10:00 AM PST</td><td>System Design: Grain elevator telemetry<br><small>Marcus Lindqvist, Principal Engineer</small></td></tr>
        </table>
        <p>For you in Asuncion (UTC-3) that&#39;s 1:00 PM - 3:00 PM.</p>
        <p>Video: <a href="https://cascadegrain.zoom.us/j/91844102273">https://cascadegrain.zoom.us/j/91844102273</a></p>
        <p>Please let me know by replying to this message if you need any accommodations.</p>
        <p>Thanks,<br>Alyssa Romero<br>Recruiting Coordinator, Cascade Grain Systems</p>
        <p style="color:#aaa;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head("Cascade Grain Systems <scheduling@goodtime.io>",
              "Your interview itinerary - Cascade Grain Systems", "2026-12-03 11:00", LAX,
              "goodtime.e41a7c02b9f3.itinerary@goodtime.io",
              relay="from mail13.goodtime.io (mail13.goodtime.io [198.2.180.13])",
              extra=[("Reply-To", addr("Alyssa Romero", "alyssa.romero@cascadegrain.com"))])
    return message(hs, alt(text(body), html(page)))


@mail(N(20), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-04 10:00", NYC), end=utc("2026-11-04 11:00", NYC),
      contact="shawna.pruitt@prairiemutual.com", company="Prairie Mutual Insurance",
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone=NYC,
      note="iCIMS reschedule sent Wed 28 Oct in EDT: old slot Fri 30 Oct 10:00 AM ET (EDT), new slot "
           "Wed 4 Nov 10:00-11:00 AM ET, after US DST ends on 1 Nov -> EST UTC-5 = 15:00-16:00Z (the "
           "mail's '12:00 PM in Asuncion, UTC-3' agrees). HTML only, windows-1252 QP. Contact = "
           "recruiter address in the body.")
def m20() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Fernando,</p>
        <p>Thank you for your continued interest in the <b>Software Engineer II - Claims Data (Remote)</b>
        position (Req #2026-4471) at Prairie Mutual Insurance.</p>
        <p>Due to a scheduling conflict on our side, your interview has been <b>rescheduled</b>:</p>
        <p>Previous: Friday, October 30, 2026 at 10:00 AM Eastern<br>
        <b>New: Wednesday, November 4, 2026, 10:00 AM &#150; 11:00 AM Eastern Time</b><br>
        (60-minute video interview via Microsoft Teams)</p>
        <p>Please note that Daylight Saving Time ends in the U.S. on November 1, so 10:00 AM Eastern on
        November 4 will be 12:00 PM in Asunci&oacute;n (UTC-3).</p>
        <p>If you have any questions, please contact Shawna Pruitt at
        <a href="mailto:shawna.pruitt@prairiemutual.com">shawna.pruitt@prairiemutual.com</a>
        or (515) 555-0142.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Prairie Mutual Insurance</p>
        <p style="font-size:10px;color:#888">This message was sent from an unmonitored mailbox via iCIMS.
        Please do not reply. &copy; 2026 Prairie Mutual Insurance Company &#150; an Equal Opportunity Employer.</p>
        </body></html>
        """)
    hs = head("Prairie Mutual Insurance <prairiemutual-notifications@talent.icims.com>",
              "Interview Rescheduled - Software Engineer II - Claims Data (Remote)", "2026-10-28 14:10",
              NYC, "1764872201.1190447.1801679400000@talent.icims.com",
              relay="from mail1.icims.com (mail1.icims.com [64.125.234.18])",
              extra=[("X-Mailer", "iCIMS Talent Platform")])
    return message(hs, html(page, charset="windows-1252"))


@mail(N(21), family="recruitee", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-02 17:00", BUE), end=utc("2026-12-02 18:00", BUE),
      contact="sofia.quiroga@trigalsoft.com.ar", company="Trigal Software",
      local="Wed 2026-12-02 17:00", local_end="2026-12-02 18:00", zone=BUE,
      note="Recruitee invitation whose body gives NO date or time ('encontrás fecha y hora en la "
           "invitación adjunta'); the time is only in the ICS: DTSTART;TZID=America/Argentina/"
           "Buenos_Aires 20261202T170000 to 180000 = 20:00-21:00Z. Contact = recruiter in Reply-To "
           "and ORGANIZER.")
def m21() -> bytes:
    body = t("""
        Hola Fernando,

        ¡Buenas noticias! El equipo técnico de Trigal Software quiere conocerte en una
        entrevista para la posición de Backend Developer Semi Senior (Java/Kotlin).

        Encontrás fecha y hora en la invitación adjunta: aceptala para que te quede en tu
        calendario. La entrevista es por Google Meet con Leandro y Paula del equipo de
        Trazabilidad.

        Cualquier cosa, respondé este mail.

        Saludos,
        Sofía Quiroga
        Trigal Software - Rosario / Buenos Aires

        Enviado con Recruitee
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hola Fernando,</p>
        <p>¡Buenas noticias! El equipo técnico de Trigal Software quiere conocerte en una entrevista para
        la posición de <b>Backend Developer Semi Senior (Java/Kotlin)</b>.</p>
        <p>Encontrás fecha y hora en la invitación adjunta: aceptala para que te quede en tu calendario. La
        entrevista es por Google Meet con Leandro y Paula del equipo de Trazabilidad.</p>
        <p>Cualquier cosa, respondé este mail.</p>
        <p>Saludos,<br>Sofía Quiroga<br>Trigal Software - Rosario / Buenos Aires</p>
        <p style="font-size:11px;color:#9a9a9a">Enviado con Recruitee</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BUE}
BEGIN:VEVENT
UID:recruitee-interview-771204-trigal
DTSTAMP:20261127T153012Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20261202T170000
DTEND;TZID=America/Argentina/Buenos_Aires:20261202T180000
SUMMARY:Entrevista técnica Trigal Software - Fernando Benítez
DESCRIPTION:Google Meet: https://meet.google.com/mfo-xcdk-ybe
LOCATION:https://meet.google.com/mfo-xcdk-ybe
ORGANIZER;CN=Sofía Quiroga:mailto:sofia.quiroga@trigalsoft.com.ar
ATTENDEE;CN=Fernando Benítez;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Trigal Software <no-reply@recruiteemail.com>",
              "Invitación a entrevista - Backend Developer Semi Senior (Java/Kotlin)",
              "2026-11-27 12:30", BUE, "rt.20261127153012.771204@recruiteemail.com",
              relay="from mta-out-2.recruiteemail.com (mta-out-2.recruiteemail.com [185.250.239.42])",
              extra=[("Reply-To", addr("Sofía Quiroga", "sofia.quiroga@trigalsoft.com.ar"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entrevista.ics",
                                      disposition="attachment")))


@mail(N(22), family="softgarden", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 14:00", BER), end=utc("2026-12-01 15:00", BER),
      contact="jana.wolff@ackerwerk.de", company="Ackerwerk Robotics",
      local="Tue 2026-12-01 14:00", local_end="2026-12-01 15:00", zone=BER,
      note="softgarden invitation (HTML only, base64) from a German company: Tue 1 Dec 2026 "
           "14:00-15:00 CET (UTC+1) = 13:00-14:00Z; body also says 10:00-11:00 Asunción (UTC-3). "
           "Contact = recruiter in Reply-To.")
def m22() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview invitation</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <div style="max-width:620px;margin:0 auto;border-top:4px solid #7ab800;padding:20px">
        <p>Dear Mr. Benítez,</p>
        <p>Thank you for your application for the position <b>Senior Backend Developer - Robot Fleet
        Telemetry (Remote, Americas)</b>. We were impressed by your profile and would like to invite you to a
        video interview.</p>
        <table cellpadding="4">
        <tr><td><b>Date</b></td><td>Tuesday, 1 December 2026</td></tr>
        <tr><td><b>Time</b></td><td>14:00 - 15:00 CET (10:00 - 11:00 in Asunción, UTC-3)</td></tr>
        <tr><td><b>Where</b></td><td>Microsoft Teams - the link follows in a separate calendar invitation</td></tr>
        <tr><td><b>With</b></td><td>Jana Wolff (Recruiting), Dr. Felix Baumgartner (CTO)</td></tr>
        </table>
        <p>Please confirm the appointment via your candidate account or reply to this e-mail.</p>
        <p>Best regards<br>Jana Wolff<br>Ackerwerk Robotics GmbH &middot; Hannover</p>
        <p style="font-size:11px;color:#999">This e-mail was sent via softgarden e-recruiting GmbH on behalf of Ackerwerk Robotics GmbH.</p>
        </div></body></html>
        """)
    hs = head("Ackerwerk Robotics GmbH <noreply@softgarden.io>",
              "Your interview at Ackerwerk Robotics GmbH", "2026-11-24 09:20", BER,
              "sg-3b9a7e21f0c44d18-ackerwerk@softgarden.io",
              relay="from mx-out-04.softgarden.io (mx-out-04.softgarden.io [195.201.110.54])",
              extra=[("Reply-To", addr("Jana Wolff", "jana.wolff@ackerwerk.de"))])
    return message(hs, html(page, cte="base64"))


@mail(N(23), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-07 15:00", ASU), end=None,
      contact="diego.acosta@kuarahydata.com.py", company="Kuarahy Data",
      local="Mon 2026-12-07 15:00", zone=ASU,
      note="Hiring manager's phone reply (vos, Jopara, typos) sent Sat 5 Dec 19:40 (-0300): 'pasado "
           "mañana lunes a las 15hs ... hora de aca (UTC-3)' = Mon 7 Dec 15:00 -03 = 18:00Z, in person. "
           "Contact = sender.")
def m23() -> bytes:
    body = t("""
        Dale Fer, confirmamo entonces pasado mañana lunes a las 15hs en la ofi de Villa Morra
        (Senador Long 512, timbre 3). hora de aca obvio, UTC-3 jaja

        Vamos a estar con el Tano y conmigo, charlamos un rato de lo q hiciste en Campo Sur y
        despues te mostramos el tablero de cosecha. nde, trae tu compu por las dudas

        Jajotopata!
        Diego

        Enviado desde mi Galaxy

        -------- Mensaje original --------
        De: Fernando Benítez <fernando.benitez@example.org>
        Fecha: 5/12/26 17:58 (GMT-03:00)
        Para: Diego Acosta <diego.acosta@kuarahydata.com.py>
        Asunto: Re: Charla Kuarahy

        Hola Diego! El lunes me viene bárbaro, decime la hora nomás. Aguyje!
        """)
    hs = head(addr("Diego Acosta", "diego.acosta@kuarahydata.com.py"),
              "Re: Charla Kuarahy", "2026-12-05 19:40", ASU,
              "d1e5a0b2-7c3f-4a96-b81e-0f4c2d9e6a57@kuarahydata.com.py",
              relay="from mail.kuarahydata.com.py (mail.kuarahydata.com.py [181.94.203.77])",
              extra=[("In-Reply-To", "<8c4b2a10-5e6f-4d71-9a8b-3c2d1e0f9a8b@example.org>")])
    return message(hs, text(body, cte="8bit"))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="es", interview=False, company="Cardumen Pagos",
      note="Greenhouse rejection after the interview of blind186_037 (past date 'jueves 17 de septiembre' "
           "quoted); no new interview.", days=(("Thu", "2026-09-17"),))
def m24() -> bytes:
    body = t("""
        Hola Fernando,

        Muchas gracias por el tiempo que le dedicaste a Cardumen Pagos y por la entrevista
        técnica del jueves 17 de septiembre con Nahuel y Sabrina.

        Después de analizar con cuidado todas las candidaturas, decidimos avanzar con otras
        personas cuyo perfil se ajusta más a lo que el equipo de Conciliaciones necesita en
        este momento. No fue una decisión fácil: valoramos mucho tu experiencia con datos de
        campo y tu forma de explicar los trade-offs.

        Vamos a guardar tu CV y te vamos a avisar si se abre una búsqueda que encaje mejor.

        ¡Te deseamos lo mejor!
        Micaela Ferraro
        Talento | Cardumen Pagos
        """)
    hs = head("Cardumen Pagos <no-reply@greenhouse.io>",
              "Tu postulación en Cardumen Pagos", "2026-10-02 15:31", BUE,
              "0100019a7e4f12c0-33b1d8e2-gh-cardumen-rej@email.greenhouse.io",
              relay="from o1.ptr4471.greenhouse.io (o1.ptr4471.greenhouse.io [167.89.41.12])",
              extra=[("Reply-To", addr("Micaela Ferraro", "micaela.ferraro@cardumenpagos.com.ar"))])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(25), family="offer", lang="pt", interview=False, company="Colheita Systems",
      note="Job offer in Portuguese after the interview of blind186_046; fixed times are the start date "
           "(seg 11/01/2027 9h) and a reply deadline, not an interview.",
      days=(("Mon", "2027-01-11"), ("Fri", "2026-12-04")))
def m25() -> bytes:
    body = t("""
        Olá Fernando,

        É com muita alegria que te enviamos a proposta para a posição de Senior Backend
        Engineer na Colheita Systems! Adoramos as conversas com você nas entrevistas de
        novembro e o time inteiro ficou animado.

        Resumo da proposta (detalhes no PDF em anexo):
          - Contratação como PJ internacional, 100% remoto a partir de Assunção
          - Remuneração: USD 5.400 / mês
          - Início: segunda-feira, 11/01/2027, às 9h (horário de Brasília) - onboarding com o time
          - 20 dias úteis de descanso remunerado + recesso de fim de ano

        Pedimos que você responda até sexta-feira, 04/12. Se quiser conversar sobre qualquer
        ponto, é só me chamar.

        Abraços,
        Thiago Moreira
        Engineering Manager - Colheita Systems
        """)
    hs = head(addr("Thiago Moreira", "thiago.moreira@colheitasystems.com.br"),
              "Proposta - Senior Backend Engineer | Colheita Systems", "2026-11-30 17:05", SAO,
              "CP4P284MB19230F1E2D3C4B5A69788796A5B4C3D2E1@CP4P284MB1923.BRAP284.PROD.OUTLOOK.COM",
              relay="from BRAP284CU001.outbound.protection.outlook.com (mail-brazilsouthazon11011014.outbound.protection.outlook.com [52.101.97.14])",
              extra=[("Content-Language", "pt-BR")])
    pdf = raw_part([("Content-Type", 'application/pdf; name="Proposta_Fernando_Benitez.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Proposta_Fernando_Benitez.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message(hs, mixed(text(body), pdf))


@mail(N(26), family="application_ack", lang="en", interview=False, company="Great Plains Seed Co.",
      note="Taleo application receipt; 'a recruiter will contact you to schedule an interview' is "
           "conditional, no time.")
def m26() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:12px">
        <p>Dear Fernando Benítez,</p>
        <p>Thank you for your interest in employment with Great Plains Seed Co. This message confirms that
        we have received your application for <b>Backend Software Engineer - Agronomy Platform (Requisition
        ID: 26000871)</b>.</p>
        <p>Our recruiting team will review your qualifications. If your background matches the requirements
        of the position, a recruiter will contact you to schedule an interview. Due to the high volume of
        applications, we may not be able to respond to every candidate individually.</p>
        <p>You can check the status of your application at any time in your candidate profile:<br>
        <a href="https://greatplainsseed.taleo.net/careersection/2/mysubmissions.ftl">https://greatplainsseed.taleo.net/careersection/2/mysubmissions.ftl</a></p>
        <p>Sincerely,<br>Great Plains Seed Co. Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This is an automatically generated e-mail. Please do not reply.</p>
        </body></html>
        """)
    hs = head("Great Plains Seed Co. <noreply@taleo.net>",
              "Great Plains Seed Co. - Application Received - Backend Software Engineer",
              "2026-09-15 13:48", "America/Chicago", "1842117009.88213.1789512480443.JavaMail.taleo@taleo.net",
              relay="from tee-mail12.taleo.net (tee-mail12.taleo.net [160.34.15.32])")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest; 'Entrevistas esta semana' and 'selección inmediata' are ad badges, no "
           "time is confirmed.")
def m27() -> bytes:
    body = t("""
        TrabajáPY - Tus alertas de empleo

        Hola Fernando, encontramos 5 nuevos empleos para "backend python" en Asunción y remoto.

        * Desarrollador Backend Python - Agrofértil S.A. - San Lorenzo
          [Entrevistas esta semana] Postulate hoy y coordiná tu entrevista online.
        * Ingeniero de Datos - Cooperativa Chortitzer Digital - Remoto
          Selección inmediata
        * Backend Developer (Django) - Lambaré Fintech - Asunción (híbrido)
        * Tech Lead Backend - ConsultoraPY - Asunción
          Salario: a convenir
        * Desarrollador Go - Sojatech - Encarnación / remoto

        Ver todos: https://trabajapy.example.com/alertas/backend-python?utm_source=email

        Recibís este correo porque creaste una alerta en TrabajáPY.
        Darte de baja: https://trabajapy.example.com/alertas/baja?u=fb1992
        """)
    hs = head(addr("TrabajáPY", "alertas@trabajapy.example.com"),
              "5 nuevos empleos para \"backend python\" - entrevistas esta semana", "2026-10-06 07:00", ASU,
              "alert.20261006.fb1992.7a31@trabajapy.example.com",
              relay="from smtp-out.trabajapy.example.com (smtp-out.trabajapy.example.com [198.51.100.40])",
              extra=[("List-Unsubscribe", "<https://trabajapy.example.com/alertas/baja?u=fb1992>"),
                     ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Developer newsletter with a blog post on technical interviews and a webinar at a fixed time "
           "(jue. 22/10 19:00 UTC-3); neither is the reader's job interview.",
      days=(("Thu", "2026-10-22"),))
def m28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#222">
        <h1 style="font-size:22px">Devs del Sur #87</h1>
        <h2 style="font-size:18px">Cómo pasé 6 entrevistas de system design (y fallé 4)</h2>
        <p>Esta semana Carolina, backend en Córdoba, nos cuenta qué le preguntaron en sus entrevistas
        técnicas para empresas de EE.UU. y cómo se preparó: diagramas, estimaciones de carga y la famosa
        pregunta del "rate limiter". <a href="https://devsdelsur.example.net/blog/entrevistas-system-design">Leer el post</a></p>
        <h2 style="font-size:18px">Webinar: la entrevista técnica en inglés</h2>
        <p>Jueves 22/10 a las 19:00 (Asunción / Buenos Aires, UTC-3) en vivo por YouTube. Gratis,
        <a href="https://devsdelsur.example.net/webinar">inscribite acá</a>.</p>
        <h2 style="font-size:18px">Links de la semana</h2>
        <ul><li>Postgres 19: lo nuevo en particionado</li><li>Go 1.27 y los iteradores</li></ul>
        <p style="font-size:11px;color:#888">Recibís Devs del Sur porque te suscribiste en devsdelsur.example.net.
        <a href="https://devsdelsur.example.net/unsubscribe?id=88a1">Desuscribirme</a></p>
        </body></html>
        """)
    hs = head("Devs del Sur <hola@devsdelsur.example.net>",
              "Devs del Sur #87: entrevistas de system design + webinar el jueves", "2026-10-17 09:00",
              BUE, "20261017120000.88a1.newsletter@devsdelsur.example.net",
              relay="from mail.devsdelsur.example.net (mail.devsdelsur.example.net [198.51.100.77])",
              extra=[("List-Unsubscribe", "<https://devsdelsur.example.net/unsubscribe?id=88a1>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")])
    return message(hs, html(page))


@mail(N(29), family="scheduling_link", lang="en", interview=False, company="Tallgrass Labs",
      note="Ashby self-scheduling request: 'pick a time that works' with a link; nothing booked yet "
           "(the booking confirmation is blind186_045).")
def m29() -> bytes:
    body = t("""
        Hi Fernando,

        Great news - the team would like to move you forward to a technical interview for
        Backend Engineer, Data Pipelines!

        Please use the link below to pick a time that works for you. Slots are shown in your
        local time zone; the interview lasts 45 minutes.

        Choose a time: https://app.ashbyhq.com/interview-briefings/self-schedule/4f8b2c1e-9a0d

        Let me know if none of the available times work for you.

        Jonah Parker
        Recruiting, Tallgrass Labs
        """)
    hs = head("Tallgrass Labs <no-reply@ashbyhq.com>",
              "Please schedule your technical interview with Tallgrass Labs", "2026-09-18 12:05", NYC,
              "010001933a8b4c2d-77e1f0a3-ashby-selfsched-000000@email.amazonses.com",
              relay="from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=[("Reply-To", addr("Jonah Parker", "jonah.parker@tallgrasslabs.io"))])
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(30), family="recruiter_outreach", lang="es", interview=False, company="Yerba Cloud",
      note="Cold outreach from a Montevideo recruiter asking for '20 minutos la semana que viene'; no "
           "time fixed.")
def m30() -> bytes:
    body = t("""
        Hola Fernando, ¿cómo estás?

        Soy Valentina, recruiter en Yerba Cloud (Montevideo). Vi tu perfil y tu charla en la
        PyCon Paraguay sobre ingesta de datos de sensores y me pareció que encajás muy bien con
        una búsqueda que tenemos abierta: Backend Engineer para nuestro producto de logística
        de granos, 100% remoto para LATAM.

        ¿Tendrías 20 minutos la semana que viene para una charla informal? Contame qué días y
        horarios te quedan cómodos y lo coordinamos.

        ¡Gracias!
        Valentina Méndez
        Talent Acquisition | Yerba Cloud
        https://yerbacloud.example.com/careers
        """)
    hs = head(addr("Valentina Méndez", "valentina.mendez@yerbacloud.example.com"),
              "Backend Engineer remoto - Yerba Cloud", "2026-10-20 10:15", MVD,
              "CAL7uB3x-Q1vNp8kTz0r5W4eY@mail.gmail.com",
              relay="from mail-ej1-f48.google.com (mail-ej1-f48.google.com [209.85.218.48])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(31), family="interview_proposal", lang="es", interview=False, company="Ñandutí Agro",
      note="Recruiter proposes two alternative slots (jue 15/10 10:30 or vie 16/10 15:00, UTC-3) and "
           "asks which suits: not confirmed yet (blind186_020 confirms Thursday).",
      days=(("Thu", "2026-10-15"), ("Fri", "2026-10-16")))
def m31() -> bytes:
    body = t("""
        Hola Fernando!

        Te escribo de Ñandutí Agro por tu postulación a Backend Developer. Nos gustó mucho tu
        perfil y queremos conocerte.

        ¿Te queda bien el jueves 15/10 a las 10:30 o el viernes 16/10 a las 15:00 (hora de
        Paraguay, UTC-3)? Sería presencial en nuestra oficina de Mcal. López, una horita más o
        menos. Si ninguno te sirve, pasame otras opciones.

        Saludos,
        Gabriela Ortiz
        Talento Humano | Ñandutí Agro
        +595 21 608 114
        """)
    hs = head(addr("Gabriela Ortiz", "gabriela.ortiz@nanduti-agro.com.py"),
              "Entrevista - Backend Developer | Ñandutí Agro", "2026-10-12 11:47", ASU,
              "CAGx7mB1-Pq2aZ0t9wYe@mail.gmail.com",
              relay="from mail-lj1-f172.google.com (mail-lj1-f172.google.com [209.85.208.172])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Clinic appointment confirmation with ICS (mar. 13/10 08:30, UTC-3): a confirmed time, but "
           "a doctor's appointment.", days=(("Tue", "2026-10-13"),))
def m32() -> bytes:
    body = t("""
        Sanatorio Ybytu - Confirmación de turno

        Paciente: BENITEZ, FERNANDO
        Especialidad: Clínica Médica
        Profesional: Dra. Liz Fretes
        Fecha: mar. 13/10/2026
        Hora: 08:30 (hora de Paraguay, UTC-3)
        Sede: Sanatorio Ybytu - Avda. Mariscal López 2500, consultorio 12

        Presentarse 15 minutos antes con su cédula y carnet del seguro.
        Para cancelar o cambiar el turno llame al (021) 288 1000 o responda "CANCELAR" por
        WhatsApp al 0981 555 123.

        Este es un mensaje automático, por favor no responda a este correo.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ybytu//Turnos//ES
METHOD:PUBLISH
{VTZ_ASU}
BEGIN:VEVENT
UID:turno-55120981@sanatorioybytu.example.com
DTSTAMP:20261007T140012Z
DTSTART;TZID=America/Asuncion:20261013T083000
DTEND;TZID=America/Asuncion:20261013T084500
SUMMARY:Turno Clínica Médica - Dra. Liz Fretes
LOCATION:Sanatorio Ybytu\\, consultorio 12
END:VEVENT
END:VCALENDAR"""
    hs = head("Sanatorio Ybytu <turnos@sanatorioybytu.example.com>",
              "Confirmación de turno - Clínica Médica - 13/10/2026 08:30", "2026-10-07 11:00", ASU,
              "turno.55120981.20261007@sanatorioybytu.example.com",
              relay="from smtp.sanatorioybytu.example.com (smtp.sanatorioybytu.example.com [198.51.100.12])")
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="turno.ics",
                                      disposition="attachment")))


@mail(N(33), family="car_service", lang="es", interview=False, company=None,
      note="Car-service booking at a dealer (sáb. 7/11 a las 8:00, UTC-3): fixed time, not an "
           "interview.", days=(("Sat", "2026-11-07"),))
def m33() -> bytes:
    body = t("""
        Estimado cliente FERNANDO BENITEZ:

        Le confirmamos su turno de servicio:

          Vehículo: Toyota Hilux 2.8 - Chapa AAXT 512
          Servicio: Mantenimiento 40.000 km + alineación y balanceo
          Fecha: sáb. 7/11/2026
          Hora de recepción: 8:00 (UTC-3)
          Taller: Autocentro Mariscal - Avda. Eusebio Ayala km 4,5

        El servicio demora aproximadamente 3 horas. Contamos con sala de espera con wifi.
        Si no puede asistir, por favor avísenos con 24 horas de anticipación.

        Atentamente,
        Recepción de Servicios - Autocentro Mariscal
        """)
    hs = head("Autocentro Mariscal <servicios@autocentromariscal.example.com>",
              "Turno de service confirmado - sáb. 7/11 8:00", "2026-11-03 16:20", ASU,
              "svc.4471.20261103@autocentromariscal.example.com",
              relay="from mail.autocentromariscal.example.com (mail.autocentromariscal.example.com [198.51.100.90])")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(N(34), family="childcare_intake", lang="es", interview=False, company=None,
      note="Nursery intake ('entrevista de admisión') for the user's son, vie. 18/09 17:30 (UTC-3): "
           "a confirmed 'entrevista', but not a job interview.", days=(("Fri", "2026-09-18"),))
def m34() -> bytes:
    body = t("""
        Buenas tardes, Sr. Benítez:

        Le confirmamos la entrevista de admisión para Mateo Benítez (sala de 3 años, ciclo
        lectivo 2027) con nuestra directora, la Prof. Mirtha Ayala.

        Día: viernes 18/09
        Hora: 17:30 (hora de Paraguay, UTC-3)
        Lugar: Jardín Maternal Pequeños Pasos - Tte. Fariña 1120 c/ Brasil

        Les pedimos que asistan ambos padres si es posible y que traigan la libreta de
        vacunación y el certificado de nacimiento. La entrevista dura unos 40 minutos y Mateo
        puede quedarse en la sala de juegos mientras tanto.

        Cariños,
        Secretaría - Jardín Maternal Pequeños Pasos
        Tel. (021) 221 450
        """)
    hs = head(addr("Jardín Maternal Pequeños Pasos", "secretaria@pequenospasos.example.com"),
              "Entrevista de admisión - Mateo Benítez - viernes 18/09", "2026-09-14 15:10", ASU,
              "000b01db2c7e$1a2b3c40$4e5f6a70$@pequenospasos.example.com",
              relay="from mail.pequenospasos.example.com (mail.pequenospasos.example.com [198.51.100.61])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, text(body, charset="windows-1252"))


@mail(N(35), family="interviewer_duty", lang="en", interview=False, company=None,
      note="Greenhouse notice from the user's CURRENT employer asking him to interview a candidate (Thu "
           "1 Oct 2:00 PM, UTC-3, with ICS): a confirmed interview, but he is the interviewer, not the "
           "candidate.", days=(("Thu", "2026-10-01"),))
def m35() -> bytes:
    body = t("""
        Hi Fernando,

        You've been scheduled to interview a candidate for Backend Developer (Semi Senior) at
        Campo Sur.

        Candidate: Juan Pablo Rolón
        Interview: Technical Interview - Python & SQL
        When: Thursday, October 1, 2026, 2:00 PM - 3:00 PM (Asuncion, UTC-3)
        Where: Sala Yvága (2nd floor) / Google Meet https://meet.google.com/cmz-pwrb-tua

        Your interview kit, with the scorecard and focus attributes, is here:
        https://app.greenhouse.io/interview_kits/31882041?application_id=77120455

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Lorena Duarte, People Team - Campo Sur

        Sent via Greenhouse
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_ASU}
BEGIN:VEVENT
UID:gh-interviewer-31882041-camposur@greenhouse.io
DTSTAMP:20260928T130044Z
DTSTART;TZID=America/Asuncion:20261001T140000
DTEND;TZID=America/Asuncion:20261001T150000
SUMMARY:Interview: Juan Pablo Rolón - Backend Developer (Semi Senior)
LOCATION:Sala Yvága / https://meet.google.com/cmz-pwrb-tua
ORGANIZER;CN=Lorena Duarte:mailto:lorena.duarte@camposur.com.py
ATTENDEE;CN=Fernando Benítez;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:fernando.benitez@camposur.com.py
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Campo Sur <no-reply@greenhouse.io>",
              "You're scheduled to interview Juan Pablo Rolón (Backend Developer - Semi Senior)",
              "2026-09-28 10:00", ASU, "0100019a52c1d7e3-9b0e4f21-gh-camposur-int@email.greenhouse.io",
              to=addr(ME_NAME, "fernando.benitez@camposur.com.py"),
              relay="from o1.ptr4471.greenhouse.io (o1.ptr4471.greenhouse.io [167.89.41.12])",
              extra=[("Reply-To", addr("Lorena Duarte", "lorena.duarte@camposur.com.py")),
                     ("X-Forwarded-To", ME)])
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="interview.ics",
                                      disposition="attachment")))


@mail(N(36), family="team_event", lang="es", interview=False, company=None,
      note="Google Calendar invite from a colleague at the user's current job: end-of-year team asado, "
           "vie. 11 dic 20:00-23:30 (UTC-3). Fixed time, not an interview.",
      days=(("Fri", "2026-12-11"),))
def m36() -> bytes:
    body = t("""
        Rocío Galeano te ha invitado a un evento

        Asado de fin de año - equipo Backend 🔥
        Cuándo: viernes, 11 de diciembre de 2026 20:00 - 23:30 (hora de Paraguay, GMT-3)
        Dónde: Quincho de Cacho, Lambaré

        Descripción:
        Gente! Cerramos el año con asado y pileta. Cada uno trae su bebida, la carne la pone
        la empresa. Confirmen así calculamos. Plus+ si alguien trae guitarra.

        Invitados
        Rocío Galeano - organizador
        backend@camposur.com.py

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_ASU}
BEGIN:VEVENT
DTSTART;TZID=America/Asuncion:20261211T200000
DTEND;TZID=America/Asuncion:20261211T233000
DTSTAMP:20261201T141502Z
ORGANIZER;CN=Rocío Galeano:mailto:rocio.galeano@camposur.com.py
UID:1q2w3e4r5t6y7u8i9o0p@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=backend@camposur.com.py:mailto:backend@camposur.com.py
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Asado de fin de año - equipo Backend 🔥
LOCATION:Quincho de Cacho\\, Lambaré
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Rocío Galeano", "rocio.galeano@camposur.com.py"),
              "Invitación: Asado de fin de año - equipo Backend 🔥 @ vie 11 dic 2026 20:00 - 23:30 (GMT-3)",
              "2026-12-01 11:15", ASU, "calendar-b3c9e1d7-0a44-4c2f-8e15-7d6f2a1b9c30@google.com",
              to="backend@camposur.com.py",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(37), family="mailing_list", lang="es", interview=False, company=None,
      note="Mailman list post ([py-asu]) where members compare technical-interview questions and "
           "announce a meetup (sáb 31/10 10:00 UTC-3); nobody's interview is confirmed.",
      days=(("Sat", "2026-10-31"),))
def m37() -> bytes:
    body = t("""
        Buenas gente,

        Ayer tuve una entrevista técnica con una empresa de Buenos Aires y me preguntaron
        cosas que no esperaba: diseño de un sistema de colas para lecturas de sensores, cómo
        harían idempotencia en un webhook, y un ejercicio de SQL con window functions. ¿A
        alguien más le tocó algo parecido? Podríamos juntar las preguntas en el wiki del grupo.

        Y recuerden que el meetup de octubre es el sáb 31/10 a las 10:00 (UTC-3) en el
        Parque Tecnológico, charla de Pili sobre FastAPI + Postgres. Traigan tereré.

        Abrazo,
        Hugo

        _______________________________________________
        py-asu mailing list -- py-asu@lists.python.org.py.example
        To unsubscribe send an email to py-asu-leave@lists.python.org.py.example
        """)
    hs = head(addr("Hugo Melgarejo", "hugo.melgarejo@example.com"),
              "[py-asu] Preguntas de entrevista técnica que les hicieron", "2026-10-23 08:41", ASU,
              "CAOq2Zk9+Lm3nB7vX1cW0tR4y@mail.gmail.com",
              to="py-asu@lists.python.org.py.example",
              relay="from lists.python.org.py.example (lists.python.org.py.example [198.51.100.33])",
              extra=[("Reply-To", "py-asu@lists.python.org.py.example"),
                     ("List-Id", "Python Asuncion <py-asu.lists.python.org.py.example>"),
                     ("List-Post", "<mailto:py-asu@lists.python.org.py.example>"),
                     ("List-Unsubscribe", "<mailto:py-asu-leave@lists.python.org.py.example>"),
                     ("Precedence", "list"),
                     ("X-Mailman-Version", "3.3.9")])
    return message(hs, text(body))


@mail(N(38), family="podcast", lang="es", interview=False, company=None,
      note="Podcast recording confirmed for jue. 29/10 19:00 (UTC-3) with ICS: the user is the guest "
           "of an 'entrevista' for a podcast, not a job interview.", days=(("Thu", "2026-10-29"),))
def m38() -> bytes:
    body = t("""
        Fer, qué alegría que aceptaste!

        Te confirmo la grabación del episodio de Código Guaraní:
        jue. 29/10 a las 19:00 (UTC-3), por Riverside: https://riverside.fm/studio/codigo-guarani

        La idea es una entrevista de unos 50 minutos sobre cómo llevaste los sensores de
        humedad de los silos a producción y qué aprendiste del campo. Nada técnico de más, la
        audiencia es mixta. Te paso la guía de preguntas el lunes.

        Usá auriculares con cable si podés. Te mando la invitación al calendario.

        Abrazo,
        Nati Ramírez
        Código Guaraní - el podcast de tecnología hecho en Paraguay
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{VTZ_ASU}
BEGIN:VEVENT
DTSTART;TZID=America/Asuncion:20261029T190000
DTEND;TZID=America/Asuncion:20261029T200000
DTSTAMP:20261022T230211Z
ORGANIZER;CN=Nati Ramírez:mailto:nati@codigoguarani.example.com
UID:4g5h6j7k8l9z0x1c2v3b@google.com
ATTENDEE;RSVP=TRUE;CN=Fernando Benítez:mailto:{ME}
SUMMARY:Grabación Código Guaraní - entrevista a Fernando Benítez
LOCATION:https://riverside.fm/studio/codigo-guarani
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nati Ramírez", "nati@codigoguarani.example.com"),
              "Confirmado: grabación Código Guaraní jue 29/10", "2026-10-22 20:02", ASU,
              "CAM5pQx2-Rr8tYu1Ii0oP9aS@mail.gmail.com",
              relay="from mail-qv1-f41.google.com (mail-qv1-f41.google.com [209.85.219.41])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(39), family="press", lang="es", interview=False, company=None,
      note="A journalist confirms a phone interview 'mañana jueves a las 11 (UTC-3)' for a newspaper "
           "piece on agritech: the user is the interviewee for the press, not for a job.")
def m39() -> bytes:
    body = t("""
        Estimado Fernando:

        Muchas gracias por aceptar. Como le comenté, estoy preparando una nota para el
        suplemento Economía sobre startups paraguayas que aplican tecnología al campo, y su
        experiencia con los sensores en silos del Chaco nos interesa mucho.

        Entonces quedamos para la entrevista telefónica mañana jueves a las 11 (hora de
        Paraguay, UTC-3). Lo llamo al celular que me pasó. Serán unos 20 minutos; si le parece,
        después coordinamos con el fotógrafo.

        Saludos cordiales,
        Andrés Florentín
        Periodista - El Independiente PY
        """)
    hs = head(addr("Andrés Florentín", "aflorentin@elindependiente.example.com"),
              "Nota sobre agritech - entrevista telefónica", "2026-11-11 17:35", ASU,
              "7d2e9f10-4a1b-4c3d-9e8f-0a1b2c3d4e5f@elindependiente.example.com",
              relay="from mail.elindependiente.example.com (mail.elindependiente.example.com [198.51.100.150])")
    return message(hs, text(body, cte="8bit"))


@mail(N(40), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly confirmation of a paid mock interview with a career coach, lun. 9/11 18:00-19:00 "
           "(UTC-3), with ICS: a confirmed 'entrevista' slot but only practice.",
      days=(("Mon", "2026-11-09"),))
def m40() -> bytes:
    body = t("""
        Hola Fernando Benítez:

        Se programó un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista técnica (60 min) - Coaching con Carla Báez

        Fecha/Hora del evento:
        18:00 - 19:00 (America/Asuncion, UTC-3) el lunes, 9 de noviembre de 2026

        Ubicación:
        Zoom - el enlace se enviará 1 hora antes.

        Preguntas:
        ¿Para qué empresa o tipo de entrevista te querés preparar?
        Entrevistas de system design para empresas de EE.UU.

        Nota de Carla: traé tu CV actualizado y una lista de 3 proyectos para practicar el
        "tell me about yourself". ¡Nos vemos!

        Cancelar: https://calendly.com/cancellations/a9c0e2f4-1b3d-4e5f-8a7b-9c0d1e2f3a4b
        Reprogramar: https://calendly.com/reschedulings/a9c0e2f4-1b3d-4e5f-8a7b-9c0d1e2f3a4b

        Con tecnología de Calendly.com
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:a9c0e2f4-1b3d-4e5f-8a7b-9c0d1e2f3a4b@calendly.com
DTSTAMP:20261104T220105Z
DTSTART:20261109T210000Z
DTEND:20261109T220000Z
SUMMARY:Simulacro de entrevista técnica (60 min) - Coaching con Carla Báez
ORGANIZER;CN=Carla Báez:mailto:carla@carlabaezcoaching.example.com
ATTENDEE;CN=Fernando Benítez;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Nuevo evento: Fernando Benítez - 18:00 lun., 9 nov. 2026 - Simulacro de entrevista técnica",
              "2026-11-04 22:01", "UTC", "0100019b1a9c0e2f-4b1d-calendly-000000@email.calendly.com",
              relay="from o2.email.calendly.com (o2.email.calendly.com [167.89.108.24])",
              extra=[("Reply-To", addr("Carla Báez", "carla@carlabaezcoaching.example.com"))])
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="invite.ics",
                                                  disposition="attachment")))


@mail(N(41), family="job_centre", lang="es", interview=False, company=None,
      note="Public employment office books an 'entrevista de orientación laboral' (mié. 9/9 09:00, "
           "UTC-3) for the registered job seeker: a fixed appointment with an advisor, not a job "
           "interview with an employer.", days=(("Wed", "2026-09-09"),))
def m41() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600"><tr><td style="background:#1d3f8c;color:#fff;padding:10px">
        <b>Servicio Público de Empleo - Oficina Asunción Centro</b></td></tr>
        <tr><td style="padding:14px">
        <p>Sr./Sra. FERNANDO BENÍTEZ<br>C.I. N.º 4.118.xxx</p>
        <p>Le recordamos que tiene agendada una <b>entrevista de orientación laboral</b> como parte de su
        inscripción en la Bolsa de Trabajo:</p>
        <p>Fecha: miércoles 9/9/2026<br>Hora: 09:00 (UTC-3)<br>
        Lugar: Oficina Asunción Centro, Eduardo Víctor Haedo 617, ventanilla 4<br>
        Orientador/a: Lic. Ramona Cristaldo</p>
        <p>Debe presentar: cédula de identidad, CV actualizado y constancias de estudios. La no
        presentación sin aviso previo dará de baja su turno.</p>
        <p>Este correo es generado automáticamente por el Sistema de Turnos. No responda a este mensaje.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Servicio de Empleo - Turnos <turnos@empleo.example.gov.py>",
              "Recordatorio de turno: entrevista de orientación laboral - 09/09/2026 09:00",
              "2026-09-04 08:00", ASU, "turnos.20260904.4118.772@empleo.example.gov.py",
              relay="from correo.empleo.example.gov.py (correo.empleo.example.gov.py [198.51.100.201])")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(N(42), family="admission_interview", lang="es", interview=False, company=None,
      note="Business school confirms an MBA admission interview (sáb. 26/09 10:00, UTC-3, Zoom): a "
           "confirmed interview, but for a study programme, not a job.", days=(("Sat", "2026-09-26"),))
def m42() -> bytes:
    body = t("""
        Estimado Fernando:

        Nos complace informarle que su postulación al MBA Ejecutivo 2027 de la Escuela de
        Negocios del Río (Asunción - Buenos Aires) avanzó a la etapa de entrevista de admisión.

        Su entrevista quedó agendada para el sábado 26/09 a las 10:00 (hora de Asunción,
        UTC-3), por Zoom, con el Dr. Gustavo Ferreira, director académico del programa. La
        entrevista dura 30 minutos.

        Enlace: https://endr.zoom.us/j/84120033917

        Por favor, tenga a mano su documento de identidad. Ante cualquier consulta escriba a
        admisiones@endr.example.edu.

        Cordialmente,
        Oficina de Admisiones - MBA Ejecutivo
        Escuela de Negocios del Río
        """)
    hs = head("Admisiones ENDR <admisiones@endr.example.edu>",
              "MBA Ejecutivo 2027 - Confirmación de entrevista de admisión", "2026-09-21 12:30", ASU,
              "adm.2027.fb.99183@endr.example.edu",
              relay="from smtp.endr.example.edu (smtp.endr.example.edu [198.51.100.180])")
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html(gmail_html(body), charset="iso-8859-1")))


@mail(N(43), family="sports_tryout", lang="es", interview=False, company=None,
      note="Rugby club confirms a try-out for the senior squad, sáb. 19/09 8:30 (UTC-3): a fixed "
           "'prueba', not a job interview.", days=(("Sat", "2026-09-19"),))
def m43() -> bytes:
    body = t("""
        Buenas Fernando!

        Quedaste anotado para la prueba de jugadores del plantel superior (veteranos +35 y
        intermedia). Te esperamos el sáb. 19/09 a las 8:30 (UTC-3) en la cancha del club,
        Avda. Artigas c/ Gral. Santos. Hace frío a la mañana, traé abrigo.

        Llevá botines, protector bucal y ropa para entrenar. Después de la prueba charlamos
        con el entrenador para ver en qué puesto te ves. Si llueve fuerte se pasa al domingo
        y avisamos por el grupo.

        Vamos Yacaré!
        Sebastián "Chino" Ibarra
        Coordinador de plantel - Club Yacaré Rugby
        """)
    hs = head(addr("Club Yacaré Rugby", "plantel@yacarerugby.example.com"),
              "Prueba de jugadores - sáb 19/09 8:30", "2026-09-15 21:12", ASU,
              "CAHy8Tq0-Nb5vCx2Zm7Lk4Ja@mail.gmail.com",
              relay="from mail-io1-f44.google.com (mail-io1-f44.google.com [209.85.166.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(44), family="bank_appointment", lang="es", interview=False, company=None,
      note="Bank's identity-verification video call for an account opening, mar. 17/11 14:00 (UTC-3) "
           "on Teams: a confirmed video call, not a job interview.", days=(("Tue", "2026-11-17"),))
def m44() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
        <div style="border-bottom:3px solid #c8102e;padding:8px 0"><b>Banco Mbareté</b></div>
        <p>Estimado/a FERNANDO BENITEZ,</p>
        <p>Su videollamada de <b>verificación de identidad</b> para la apertura de la Cuenta Sueldo en
        dólares quedó confirmada:</p>
        <p>Fecha: martes 17/11/2026<br>Hora: 14:00 (hora de Paraguay, UTC-3)<br>
        Asesor: Oficial de Negocios - Sucursal Villa Morra<br>
        Enlace: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_bmJiYmI4%40thread.v2/0">Unirse a la videollamada</a></p>
        <p>Durante la llamada deberá mostrar su cédula de identidad (anverso y reverso) y estar en un lugar
        iluminado. La verificación dura aproximadamente 10 minutos.</p>
        <p><b>Importante:</b> Banco Mbareté nunca le solicitará claves ni PIN por correo o teléfono.</p>
        <p style="font-size:11px;color:#777">Mensaje automático. No responda a este correo.</p>
        </body></html>
        """)
    hs = head("Banco Mbareté <notificaciones@bancombarete.example.com>".replace("é", "e"),
              "Confirmación de videollamada de verificación de identidad", "2026-11-12 09:30", ASU,
              "kyc.7731902.20261112@bancombarete.example.com",
              relay="from mta2.bancombarete.example.com (mta2.bancombarete.example.com [198.51.100.222])")
    return message(hs, html(page, cte="base64"))


@mail(N(45), family="auto_reply", lang="en", interview=False, company="Fieldstone Analytics",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Fieldstone recruiter to "
           "the candidate's reply; mentions interviews in general, confirms nothing.")
def m45() -> bytes:
    body = t("""
        Hi there,

        Thanks for your email! I'm out of the office from October 30 through November 2 with
        limited access to email. Interviews that are already on the calendar will go ahead as
        planned.

        For urgent scheduling questions, please contact our recruiting coordinators at
        recruiting@fieldstoneanalytics.com.

        Best,
        Dana Whitlock
        """)
    hs = head(addr("Dana Whitlock", "dana.whitlock@fieldstoneanalytics.com"),
              "Automatic reply: Interview confirmed - Senior Backend Engineer, Field Data Platform",
              "2026-10-30 08:02", LAX, "BY5PR17MB3921A0B1C2D3E4F5A6B7C8D9E0F1@BY5PR17MB3921.namprd17.prod.outlook.com",
              relay="from NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2090.outbound.protection.outlook.com [40.107.92.90])",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<6e2d1a0f-7b3c-4d5e-8f9a-0b1c2d3e4f5a@example.org>")])
    return message(hs, text(body, cte="7bit"))


@mail(N(46), family="bounce", lang="es", interview=False, company=None,
      note="Delivery failure (multipart/report) for the candidate's own thank-you note after the "
           "Pradera interview; the returned message mentions the interview time, but this is a bounce.",
      days=(("Wed", "2026-10-21"),))
def m46() -> bytes:
    orig = message([("From", me()), ("To", "martina.sosa@praderanalytics.com.uy"),
                    ("Subject", "Gracias por la entrevista"),
                    ("Date", date("2026-10-21 13:05", ASU)),
                    ("Message-ID", "<c0ffee21-aa10-4b2c-9d8e-7f6a5b4c3d2e@example.org>")],
                   text(t("""
                       Hola Martina,

                       Muchas gracias por la entrevista de hoy miércoles 21/10 a las 11:00 (UTC-3).
                       Me gustó mucho conocer al equipo y el problema de los datos de tambo.
                       Quedo atento a los próximos pasos.

                       Saludos,
                       Fernando
                       """)))
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <martina.sosa@praderanalytics.com.uy>: Host or domain name not found. Name service
            error for name=praderanalytics.com.uy type=MX: Host not found
        """)
    status = raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Kx9Tq2mZbz1xyz
        Arrival-Date: Wed, 21 Oct 2026 16:05:02 +0000 (UTC)

        Final-Recipient: rfc822; martina.sosa@praderanalytics.com.uy
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=praderanalytics.com.uy type=MX: Host not found
        """))
    hs = head("Mail Delivery System <MAILER-DAEMON@mail.example.org>",
              "Undelivered Mail Returned to Sender", "2026-10-21 13:05", ASU,
              "20261021160503.4Kx9Tq2mZbz1xyz@mail.example.org",
              extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, multipart("report", text(notice, cte="7bit"), status,
                                 attached_message(orig),
                                 params="report-type=delivery-status"))


@mail(N(47), family="forwarded_other", lang="es", interview=False, company=None,
      note="A friend forwards HER OWN Lever interview confirmation (Mon 23 Nov 11:00 AM, UTC-3) asking "
           "for prep tips: a confirmed interview, but not the inbox owner's.",
      days=(("Mon", "2026-11-23"),))
def m47() -> bytes:
    body = t("""
        Feeer! Mirá lo que me llegó 😱 Me confirmaron la entrevista con Lapacho Systems, la
        de la que te hablé. ¿Me das una mano para preparar? Vos ya pasaste por varias
        técnicas este año. ¿Un tereré el sábado y me contás qué te preguntaron?

        Besos,
        Lu

        ---------- Forwarded message ---------
        De: Lapacho Systems <no-reply@hire.lever.co>
        Date: vie, 13 nov 2026 a las 14:20
        Subject: Interview confirmed - Data Engineer
        To: <lucia.caceres@example.net>

        Hi Lucía,

        Your interview with Lapacho Systems is confirmed.

        When: Monday, November 23, 2026, 11:00 AM - 12:00 PM (Asuncion, UTC-3)
        Where: Google Meet - https://meet.google.com/lps-ydqe-vwt

        You'll be meeting with Ignacio Benítez, Data Platform Lead.

        Best,
        Romina Aquino
        Lapacho Systems
        """)
    hs = head(addr("Lucía Cáceres", "lucia.caceres@example.net"),
              "Fwd: Interview confirmed - Data Engineer", "2026-11-13 18:47", ASU,
              "CAKf3Rt8-Yz2xW9vQ1pL7mN0b@mail.gmail.com",
              relay="from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(48), family="reference_request", lang="es", interview=False, company=None,
      note="Former colleague warns that a company will phone the user for a reference about HIM on jue "
           "10/12 a las 11:00 (UTC-3): a fixed call, but it is the colleague's process.",
      days=(("Thu", "2026-12-10"),))
def m48() -> bytes:
    body = t("""
        Fer, cómo andás? Tanto tiempo!

        Te cuento que estoy en la etapa final con Soja Tech (la de Encarnación) y me pidieron
        referencias de alguien con quien haya trabajado. Di tu nombre, espero que no te
        moleste jaja. Te va a llamar Andrea Sosa, de RRHH, el jue 10/12 a las 11:00 (UTC-3)
        a tu celular. Son 15 minutos, te va a preguntar cómo era laburar conmigo en el
        proyecto de trazabilidad de Campo Sur.

        Si ese horario no te queda avisame y le digo. Te debo un asado!

        Abrazo,
        Fabián Rojas
        """)
    hs = head(addr("Fabián Rojas", "fabian.rojas@example.com"),
              "Favor: llamada de referencias", "2026-12-07 12:16", ASU,
              "CAPw1Xe7-Hj4kLm9Nb2Vc8Za@mail.gmail.com",
              relay="from mail-oa1-f50.google.com (mail-oa1-f50.google.com [209.85.160.50])")
    return message(hs, text(body, cte="quoted-printable"))


@mail(N(49), family="hackathon_judge", lang="en", interview=False, company=None,
      note="Hackathon organisers confirm the user's judging slot, Sat 14 Nov 14:00-16:00 (UTC-3): a "
           "fixed time, not a job interview.", days=(("Sat", "2026-11-14"),))
def m49() -> bytes:
    body = t("""
        Hi Fernando,

        Thank you for volunteering as a judge at AgroHack Paraguay 2026! Here is your slot:

          Track: Data & Sensors
          Judging round: Saturday, November 14, 14:00 - 16:00 (Asuncion, UTC-3)
          Venue: Parque Tecnológico Itaipú annex, Room B (or online via Discord #judges)

        Each team pitches for 5 minutes plus 3 minutes of Q&A. Scoring rubric attached in
        the judges' handbook: https://agrohack.example.org/judges

        Lunch is on us. See you there!

        The AgroHack Paraguay team
        """)
    hs = head("AgroHack Paraguay <team@agrohack.example.org>",
              "Your AgroHack judging slot - Sat Nov 14", "2026-11-09 19:00", ASU,
              "agrohack.judges.0031@agrohack.example.org",
              relay="from mail.agrohack.example.org (mail.agrohack.example.org [198.51.100.5])",
              extra=[("Precedence", "bulk")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(50), family="post_interview", lang="en", interview=False, company="Feldwerk GmbH",
      note="Personio candidate-experience survey after the interview of blind186_036; quotes the past "
           "interview time (Thu 12 Nov 15:00 CET), schedules nothing.", days=(("Thu", "2026-11-12"),))
def m50() -> bytes:
    body = t("""
        Dear Fernando,

        thank you for taking the time to speak with us on Thursday, 12 November at 15:00 CET.
        We hope you enjoyed the conversation with Matthias and Katrin.

        We would love to hear how your interview experience was. The survey takes about two
        minutes and is anonymous:
        https://feldwerk.jobs.personio.de/survey/candidate-experience?t=7f1c2e

        We will get back to you about the next steps by the end of next week.

        Kind regards
        Feldwerk GmbH

        Sent with Personio
        """)
    hs = head("Feldwerk GmbH <no-reply@mail.personio.de>",
              "How was your interview with Feldwerk?", "2026-11-13 09:30", BER,
              "6f3a1c90b2e84d7a.3318842.survey@mail.personio.de",
              relay="from mail.personio.de (mail.personio.de [35.157.84.210])")
    return message(hs, text(body, cte="7bit"))
