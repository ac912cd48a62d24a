"""blind122: 50 hand-written mails from the inbox of Martina Álvarez, a fintech backend developer
in Buenos Aires (America/Argentina/Buenos_Aires, UTC-3 all year), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Build and
check with ``python3 bench/heldout/make_blind.py blind122``. Keys 1-23 are positives, 24-50
negatives; the file number of the mail written ``key``-th is ``ORDER[key - 1]``.
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

ORDER = random.Random(1220122).sample(range(1, 51), 50)

ME = "martina.alvarez@example.org"
ME_H = addr("Martina Álvarez", ME)
BA = "America/Argentina/Buenos_Aires"


def n(key: int) -> str:
    return f"blind122_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, f"mx1.example.org with ESMTPS id {ident}", ME, lag))


TZ_BA = """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_MVD = """BEGIN:VTIMEZONE
TZID:America/Montevideo
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_LA = """BEGIN:VTIMEZONE
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

TZ_MAD = """BEGIN:VTIMEZONE
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

TZ_ROMANCE = """BEGIN:VTIMEZONE
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

TZ_ARG_WIN = """BEGIN:VTIMEZONE
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


# ---------------------------------------------------------------- 1: Greenhouse, New York, EDT
@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T15:00:00Z", end="2026-10-29T16:00:00Z",
      contact="dana.whitfield@lumenledger.com", company="Lumen Ledger",
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 12:00", zone="America/New_York",
      note="Greenhouse confirmation written in EDT (New York is still on daylight time on 29 Oct, "
           "US clocks go back on 1 Nov): 11:00-12:00 EDT = 15:00-16:00 UTC, which the mail also "
           "gives as 12:00 in Buenos Aires. Contact = human Reply-To (recruiting coordinator).")
def p01() -> bytes:
    body = t("""
        Hi Martina,

        Thanks for making time to speak with us! Here are the details for your upcoming
        interview with Lumen Ledger.

        Position: Senior Backend Engineer, Payments Infrastructure
        Interview: Technical Deep Dive (live coding + architecture)

        Date: Thursday, October 29th, 2026
        Time: 11:00 AM - 12:00 PM EDT
        Location: Google Meet - https://meet.google.com/xdr-pqkt-wmn

        Interviewers:
          Owen Pritchard - Staff Engineer, Ledger Platform
          Keiko Hale - Engineering Manager

        Quick heads-up since you're in Buenos Aires: that's 12:00 PM your time.

        If anything comes up and you need to move this, just reply to this email and it
        will come straight to me.

        Best,
        Dana Whitfield
        Recruiting Coordinator | Lumen Ledger
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Martina,</p>
        <p>Thanks for making time to speak with us! Here are the details for your upcoming interview with Lumen Ledger.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Senior Backend Engineer, Payments Infrastructure</td></tr>
        <tr><td><b>Interview</b></td><td>Technical Deep Dive (live coding + architecture)</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, October 29th, 2026</td></tr>
        <tr><td><b>Time</b></td><td>11:00 AM - 12:00 PM EDT</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/xdr-pqkt-wmn">Google Meet</a></td></tr>
        </table>
        <p><b>Interviewers:</b><br>Owen Pritchard &ndash; Staff Engineer, Ledger Platform<br>Keiko Hale &ndash; Engineering Manager</p>
        <p>Quick heads-up since you&#39;re in Buenos Aires: that&#39;s 12:00 PM your time.</p>
        <p>If anything comes up and you need to move this, just reply to this email and it will come straight to me.</p>
        <p>Best,<br>Dana Whitfield<br>Recruiting Coordinator | Lumen Ledger</p>
        <img src="https://us.greenhouse-mail.io/o/7Hx2kQ.gif" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.27.114])",
            "2026-10-23 14:12:40", "America/New_York", "5kq0Tz21"),
        ("From", "Lumen Ledger <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@lumenledger.com>"),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Senior Backend Engineer, Payments Infrastructure at Lumen Ledger"),
        ("Date", date("2026-10-23 14:12:37", "America/New_York")),
        ("Message-ID", "<6f1d2c0e9a.20261023181237.5518@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


# ---------------------------------------------------------------- 2: Lever, Montevideo, ICS organizer
@mail(n(2), family="lever", lang="es", interview=True, kind="scheduled",
      start="2026-10-14T13:00:00Z", end="2026-10-14T13:45:00Z",
      contact="valentina.piriz@cobaltopagos.com.uy", company="Cobalto Pagos",
      local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:45", zone="America/Montevideo",
      note="Lever confirmation in Spanish, 10:00-10:45 hora de Uruguay (UTC-3, no DST) = "
           "13:00-13:45 UTC; ICS agrees. No Reply-To, sender no-reply: contact = human ICS ORGANIZER.")
def p02() -> bytes:
    body = t("""
        Hola Martina:

        Tu entrevista con Cobalto Pagos está confirmada. Te dejamos los detalles:

        Puesto: Desarrolladora Backend Sr. (Pagos instantáneos)
        Etapa: Entrevista técnica con el equipo de Core Banking

        miércoles 14 de octubre de 2026
        10:00 – 10:45 (hora de Uruguay, GMT-3)

        Lugar: Google Meet – el enlace está en la invitación adjunta.
        Entrevistadores: Valentina Píriz, Gonzalo Trías

        Si necesitás cambiar el horario, avisanos respondiendo la invitación.

        ¡Éxitos!
        Equipo de Talento – Cobalto Pagos

        --
        Enviado con Lever · https://jobs.lever.co/cobaltopagos
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Lever//Interview Scheduling//ES", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", TZ_MVD, "BEGIN:VEVENT",
        "UID:lever-int-5d7c1e0a-0b9f-4f4e-9a3e-77c1f0a2d118",
        "DTSTAMP:20261008T194012Z",
        "DTSTART;TZID=America/Montevideo:20261014T100000",
        "DTEND;TZID=America/Montevideo:20261014T104500",
        "SUMMARY:Entrevista técnica – Martina Álvarez / Cobalto Pagos",
        "DESCRIPTION:Entrevista técnica con Core Banking.\\nGoogle Meet: https://meet.google.com/qwe-rtyu-iop",
        "LOCATION:https://meet.google.com/qwe-rtyu-iop",
        "ORGANIZER;CN=Valentina Píriz:mailto:valentina.piriz@cobaltopagos.com.uy",
        "ATTENDEE;CN=Martina Álvarez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martina.alvarez@example.org",
        "ATTENDEE;CN=Gonzalo Trías;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gonzalo.trias@cobaltopagos.com.uy",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("mail-a7.hire.lever.co (mail-a7.hire.lever.co [54.240.9.77])",
            "2026-10-08 16:40:12", "America/Montevideo", "Lx81pa0Q"),
        ("From", "Cobalto Pagos <no-reply@hire.lever.co>"),
        ("To", ME_H),
        ("Subject", enc("Entrevista confirmada: Cobalto Pagos – Desarrolladora Backend Sr.")),
        ("Date", date("2026-10-08 16:40:09", "America/Montevideo")),
        ("Message-ID", "<0100019a1c7e2b44-8d1f0c77-lever-int-5d7c1e0a@email.lever.co>"),
    ], mixed(text(body, cte="8bit"), calendar(ics, cte="base64", filename="invite.ics",
                                               disposition="attachment")))


# ---------------------------------------------------------------- 3: Ashby, PST after US DST ends, next day in UTC
@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-04T01:00:00Z", end="2026-11-04T01:45:00Z",
      contact="priya.raman@quillpoint.dev", company="Quillpoint",
      local="Tue 2026-11-03 17:00", local_end="2026-11-03 17:45", zone="America/Los_Angeles",
      note="Ashby confirmation sent Fri 30 Oct in PDT for Tue 3 Nov 5:00-5:45 PM PST (US clocks go "
           "back on 1 Nov, so UTC-8): 01:00-01:45 UTC on 4 Nov, the next day in UTC (22:00 in Buenos "
           "Aires, as the mail also says). ICS agrees. Contact = Reply-To recruiter.")
def p03() -> bytes:
    body = t("""
        Hi Martina,

        Your interview is confirmed. We're looking forward to speaking with you!

        Hiring Manager Interview - Backend Engineer, Treasury APIs
        Tuesday, November 3, 2026
        5:00 PM – 5:45 PM PST
        (10:00 PM – 10:45 PM in your time zone, GMT-03:00)

        Location: Zoom - https://quillpoint.zoom.us/j/84412096631

        You'll meet with:
          Marcus Lindqvist - Head of Treasury Engineering

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Quillpoint Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Martina,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Hiring Manager Interview - Backend Engineer, Treasury APIs</strong><br>
        Tuesday, November 3, 2026<br>
        5:00 PM – 5:45 PM PST<br>
        <span style="color:#666">(10:00 PM – 10:45 PM in your time zone, GMT-03:00)</span></p>
        <p>Location: <a href="https://quillpoint.zoom.us/j/84412096631">Zoom</a></p>
        <p>You&#x27;ll meet with:<br>Marcus Lindqvist — Head of Treasury Engineering</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Quillpoint Recruiting</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", TZ_LA, "BEGIN:VEVENT",
        "UID:3c0e6a52-91f4-4b3a-a1d8-0f5e2b7c9d41",
        "DTSTAMP:20261030T170522Z",
        "DTSTART;TZID=America/Los_Angeles:20261103T170000",
        "DTEND;TZID=America/Los_Angeles:20261103T174500",
        "SEQUENCE:0",
        "SUMMARY:Quillpoint – Hiring Manager Interview (Martina Álvarez)",
        "LOCATION:https://quillpoint.zoom.us/j/84412096631",
        "ORGANIZER;CN=Priya Raman:mailto:priya.raman@quillpoint.dev",
        "ATTENDEE;CN=Martina Álvarez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martina.alvarez@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
            "2026-10-30 10:05:22", "America/Los_Angeles", "Qa3mZ0rT"),
        ("From", "Quillpoint <no-reply@ashbyhq.com>"),
        ("Reply-To", "Priya Raman <priya.raman@quillpoint.dev>"),
        ("To", ME_H),
        ("Subject", "Interview confirmed: Backend Engineer, Treasury APIs at Quillpoint"),
        ("Date", date("2026-10-30 10:05:19", "America/Los_Angeles")),
        ("Message-ID", "<0100019a35d0e7c1-2f7a9b11-4c3e-4d0b-8e2a-1b7f0c3d5e66-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# ---------------------------------------------------------------- 4: Workday, São Paulo, Portuguese, HTML only
@mail(n(4), family="workday", lang="pt", interview=True, kind="scheduled",
      start="2026-11-18T17:00:00Z", end="2026-11-18T18:00:00Z",
      contact="camila.rocha@bancoaurora.com.br", company="Banco Aurora",
      local="Wed 2026-11-18 14:00", local_end="2026-11-18 15:00", zone="America/Sao_Paulo",
      note="Workday notification in Portuguese, HTML only: 14:00-15:00 horário de Brasília (UTC-3, "
           "Brazil has had no DST since 2019) = 17:00-18:00 UTC. Sender is the tenant's Workday "
           "address; contact = the recruiter's address written in the body.")
def p04() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:Arial;font-size:10pt">
        <p>Olá Martina,</p>
        <p>Obrigado pelo seu interesse no Banco Aurora! Sua entrevista para a vaga
        <b>Desenvolvedora Backend Sênior – Pix e Open Finance (R-10482)</b> foi agendada.</p>
        <p><b>Data:</b> quarta-feira, 18 de novembro de 2026<br>
        <b>Horário:</b> 14:00 - 15:00 (GMT-03:00) Horário de Brasília<br>
        <b>Formato:</b> Microsoft Teams (o link será enviado pelo entrevistador)<br>
        <b>Entrevistador:</b> Rafael Mendes – Gerente de Engenharia</p>
        <p>Em caso de dúvidas, entre em contato com Camila Rocha
        (<a href="mailto:camila.rocha@bancoaurora.com.br">camila.rocha@bancoaurora.com.br</a>), Talent Acquisition.</p>
        <p>Para consultar o status da sua candidatura, acesse o
        <a href="https://bancoaurora.wd5.myworkdayjobs.com/pt-BR/Carreiras/userHome">Portal de Carreiras</a>.</p>
        <p>Atenciosamente,<br>Equipe de Recrutamento e Seleção<br>Banco Aurora S.A.</p>
        <p style="font-size:8pt;color:#888">Esta é uma mensagem automática. Por favor, não responda este e-mail.</p>
        </div>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-p3.myworkday.com (mail-p3.myworkday.com [216.74.162.130])",
            "2026-11-12 09:31:55", "America/Sao_Paulo", "Wd7x00pz"),
        ("From", "Banco Aurora <bancoaurora@myworkday.com>"),
        ("To", ME),
        ("Subject", enc("Entrevista agendada - Desenvolvedora Backend Sênior (R-10482)")),
        ("Date", date("2026-11-12 09:31:52", "America/Sao_Paulo")),
        ("Message-ID", "<1843277019.66120.1794486712001@wd5-prod-mail02.myworkday.com>"),
        ("X-Auto-Response-Suppress", "All"),
    ], html(page, cte="base64"))


# ---------------------------------------------------------------- 5: SmartRecruiters, Madrid, CET the day after Europe leaves DST
@mail(n(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T09:45:00Z",
      contact="lucia.garrido@teselafinance.es", company="Tesela Finance",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 10:45", zone="Europe/Madrid",
      note="SmartRecruiters mail sent Tue 20 Oct in CEST for Mon 26 Oct 10:00 hora peninsular; "
           "Spain is back on CET (UTC+1) since Sun 25 Oct, so 09:00 UTC (06:00 in Buenos Aires, as "
           "the mail says). 'Duración: 45 minutos' is exact -> end 09:45. Contact = Reply-To.")
def p05() -> bytes:
    body = t("""
        Hola Martina:

        Gracias por tu candidatura a Ingeniera/o Backend Senior - Conciliación en Tesela Finance.
        Nos complace confirmarte la entrevista con el equipo técnico:

          Fecha: lunes, 26 de octubre de 2026
          Hora: 10:00 (hora peninsular española)
          Duración: 45 minutos
          Modalidad: videollamada por Microsoft Teams (recibirás el enlace el mismo día)
          Entrevistadores: Íñigo Salaberri (Tech Lead) y Lucía Garrido (Talent Acquisition)

        Ten en cuenta que el domingo 25 de octubre España vuelve al horario de invierno (CET):
        para ti, en Buenos Aires, serán las 6:00 de la mañana. Si ese horario te resulta
        imposible, contéstanos a este correo y buscamos otro hueco.

        Un saludo,
        Lucía Garrido
        Talent Acquisition · Tesela Finance · Madrid

        Este mensaje se ha enviado a través de SmartRecruiters.
        """)
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Hola Martina:</p>
        <p>Gracias por tu candidatura a <b>Ingeniera/o Backend Senior - Conciliación</b> en Tesela Finance.
        Nos complace confirmarte la entrevista con el equipo técnico:</p>
        <ul>
        <li>Fecha: lunes, 26 de octubre de 2026</li>
        <li>Hora: 10:00 (hora peninsular española)</li>
        <li>Duración: 45 minutos</li>
        <li>Modalidad: videollamada por Microsoft Teams (recibirás el enlace el mismo día)</li>
        <li>Entrevistadores: Íñigo Salaberri (Tech Lead) y Lucía Garrido (Talent Acquisition)</li>
        </ul>
        <p>Ten en cuenta que el domingo 25 de octubre España vuelve al horario de invierno (CET):
        para ti, en Buenos Aires, serán las 6:00 de la mañana. Si ese horario te resulta imposible,
        contéstanos a este correo y buscamos otro hueco.</p>
        <p>Un saludo,<br>Lucía Garrido<br>Talent Acquisition · Tesela Finance · Madrid</p>
        <p style="color:#999;font-size:11px">Este mensaje se ha enviado a través de SmartRecruiters.</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail125.smartrecruiters.com (mail125.smartrecruiters.com [185.22.74.125])",
            "2026-10-20 11:20:31", "Europe/Madrid", "Sr0q4kLm"),
        ("From", "Tesela Finance <noreply@smartrecruiters.com>"),
        ("Reply-To", addr("Lucía Garrido", "lucia.garrido@teselafinance.es", "iso-8859-15")),
        ("To", ME_H),
        ("Subject", enc("Confirmación de entrevista - Tesela Finance", "iso-8859-15")),
        ("Date", date("2026-10-20 11:20:28", "Europe/Madrid")),
        ("Message-ID", "<20261020092028.7c41e2a09f@smartrecruiters.com>"),
    ], alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


# ---------------------------------------------------------------- 6: Personio, Madrid, time only in the ICS
@mail(n(6), family="personio", lang="en", interview=True, kind="scheduled",
      start="2026-11-09T14:00:00Z", end="2026-11-09T15:00:00Z",
      contact="jonas.reiter@kestrelpay.eu", company="Kestrel Pay",
      local="Mon 2026-11-09 15:00", local_end="2026-11-09 16:00", zone="Europe/Madrid",
      note="Personio invitation whose body has no date or time: the time is only in the attached "
           "ICS, 15:00-16:00 Europe/Madrid (CET, UTC+1) = 14:00-15:00 UTC. Contact = human ICS "
           "ORGANIZER (no Reply-To, sender no-reply).")
def p06() -> bytes:
    body = t("""
        Hi Martina,

        Thank you again for your interest in the Backend Engineer (Ledger & Reconciliation)
        position at Kestrel Pay.

        We are happy to invite you to the next step of our process: a technical interview with
        two engineers from our Ledger team in Madrid. You will find the calendar invitation with
        date, time and video link attached to this email - please accept it so it shows up in
        your calendar.

        Kind regards,
        Jonas Reiter
        People & Talent, Kestrel Pay

        Kestrel Pay S.L. - Calle de Fuencarral 123 - 28010 Madrid
        Powered by Personio
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Personio GmbH//Recruiting//EN", "VERSION:2.0",
        "METHOD:REQUEST", TZ_MAD, "BEGIN:VEVENT",
        "UID:personio-rec-event-88213907@personio.de",
        "DTSTAMP:20261103T081233Z",
        "DTSTART;TZID=Europe/Madrid:20261109T150000",
        "DTEND;TZID=Europe/Madrid:20261109T160000",
        "SUMMARY:Technical interview - Martina Álvarez (Backend Engineer, Ledger)",
        "DESCRIPTION:Interviewers: Sergio Llorente\\, Ana Vidal\\nGoogle Meet: https://meet.google.com/kes-trel-pay",
        "LOCATION:Google Meet",
        "ORGANIZER;CN=Jonas Reiter:mailto:jonas.reiter@kestrelpay.eu",
        "ATTENDEE;CN=Martina Álvarez;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:martina.alvarez@example.org",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("mail-eu1.personio.de (mail-eu1.personio.de [18.156.44.21])",
            "2026-11-03 09:12:36", "Europe/Madrid", "Pe55zz0w"),
        ("From", "Kestrel Pay <no-reply@personio.de>"),
        ("To", ME_H),
        ("Subject", "Invitation: Technical interview - Kestrel Pay"),
        ("Date", date("2026-11-03 09:12:33", "Europe/Madrid")),
        ("Message-ID", "<ab81f5e2c3d94a7e@kestrelpay.jobs.personio.de>"),
    ], mixed(text(body, cte="7bit"), calendar(ics, cte="quoted-printable", filename="interview.ics",
                                               disposition="attachment", name_param=True)))


# ---------------------------------------------------------------- 7: Teamtailor, Santiago, rescheduled across Chile's DST start
@mail(n(7), family="teamtailor", lang="es", interview=True, kind="rescheduled",
      start="2026-09-09T13:30:00Z", end="2026-09-09T14:15:00Z",
      contact="catalina.fuentes@andesclearing.cl", company="Andes Clearing",
      local="Wed 2026-09-09 10:30", local_end="2026-09-09 11:15", zone="America/Santiago",
      note="Teamtailor reschedule sent Thu 3 Sep in Chile's winter time (UTC-4); the new slot, "
           "Wed 9 Sep 10:30-11:15 hora de Chile continental, falls after Chile moves to summer "
           "time on Sun 6 Sep (UTC-3): 13:30-14:15 UTC. The old slot (Mon 7 Sep 9:30) is also "
           "stated. Contact = Reply-To recruiter.")
def p07() -> bytes:
    page = t("""
        <!doctype html>
        <html><head><meta charset="utf-8"><title>Andes Clearing</title></head>
        <body style="margin:0;background:#f4f4f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Inter,Arial,sans-serif;font-size:15px;color:#24292f">
        <tr><td style="padding:24px"><img src="https://assets.teamtailor-cdn.com/andesclearing/logo.png" alt="Andes Clearing" height="32"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Hola Martina,</p>
        <p>Te escribimos porque tuvimos que mover tu entrevista con Andes Clearing para el cargo
        <b>Backend Developer (Liquidación y Compensación)</b>. ¡Disculpa el cambio!</p>
        <p style="color:#8a8a8a"><s>Antes: lunes 7 de septiembre, 9:30 hrs.</s></p>
        <p><b>Nueva fecha: miércoles 9 de septiembre de 2026, 10:30 – 11:15 hrs (hora de Chile continental)</b></p>
        <p>Ojo: el domingo 6 Chile pasa al horario de verano, así que la nueva hora coincide con
        las 10:30 de Buenos Aires.</p>
        <p>La reunión será por Google Meet: <a href="https://meet.google.com/and-escl-rng">meet.google.com/and-escl-rng</a></p>
        <p>Cualquier duda, responde este correo y me llega directo.</p>
        <p>Saludos,<br>Catalina Fuentes<br>People Team · Andes Clearing</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:12px;color:#9a9a9a">Enviado con Teamtailor · <a href="https://andesclearing.teamtailor.com/connect">Gestionar mis datos</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mta-77.teamtailor-mail.com (mta-77.teamtailor-mail.com [159.135.140.77])",
            "2026-09-03 17:45:10", "America/Santiago", "Tt3bbN01"),
        ("From", "Andes Clearing <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "Catalina Fuentes <catalina.fuentes@andesclearing.cl>"),
        ("To", ME_H),
        ("Subject", enc("Cambio de horario: tu entrevista con Andes Clearing")),
        ("Date", date("2026-09-03 17:45:07", "America/Santiago")),
        ("Message-ID", "<5f3e9a1c2b7d4e08a91f@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://andesclearing.teamtailor.com/connect/unsubscribe>"),
    ], html(page))


# ---------------------------------------------------------------- 8: Workable, Córdoba, relay Reply-To, no human address
@mail(n(8), family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-10-05T19:00:00Z", end="2026-10-05T19:30:00Z",
      contact=None, company="Caldén Tech",
      local="Mon 2026-10-05 16:00", local_end="2026-10-05 16:30", zone="America/Argentina/Cordoba",
      note="Workable confirmation, 'lun. 5 de octubre de 2026, 16:00 – 16:30 GMT-3' (Córdoba, "
           "UTC-3) = 19:00-19:30 UTC. Reply-To is a Workable candidates relay and no personal "
           "address appears -> contact null.")
def p08() -> bytes:
    body = t("""
        Hola Martina,

        ¡Gracias por elegir un horario! Tu entrevista quedó confirmada.

        Entrevista inicial con People – Caldén Tech
        lun. 5 de octubre de 2026, 16:00 – 16:30 GMT-3 (Córdoba)
        Videollamada: https://meet.google.com/cal-dent-ech

        Vas a hablar con Florencia, de nuestro equipo de People. Si necesitás reprogramar,
        respondé este mail.

        Saludos,
        El equipo de Caldén Tech

        ---
        Enviado vía Workable
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial">')
    return message([
        ("Delivered-To", ME),
        rcv("mail-10.workablemail.com (mail-10.workablemail.com [52.28.113.10])",
            "2026-09-30 12:03:44", BA, "Wk90Ll2q"),
        ("From", addr("Caldén Tech", "noreply@workablemail.com")),
        ("Reply-To", "calden-tech+8f2c41d7a0@candidates.workablemail.com"),
        ("To", ME_H),
        ("Subject", enc("Entrevista confirmada con Caldén Tech")),
        ("Date", date("2026-09-30 12:03:41", BA)),
        ("Message-ID", "<c7a19e0d5b.1759244621@workablemail.com>"),
    ], alt(text(body), html(page)))


# ---------------------------------------------------------------- 9: Calendly invitee confirmation, ICS in UTC
@mail(n(9), family="calendly", lang="es", interview=True, kind="scheduled",
      start="2026-10-01T13:15:00Z", end="2026-10-01T13:45:00Z",
      contact="lucas.ferreyra@brujulaseguros.com.ar", company="Brújula Seguros",
      local="Thu 2026-10-01 10:15", local_end="2026-10-01 10:45", zone=BA,
      note="Calendly invitee confirmation (Spanish UI) for a slot the candidate booked: "
           "'10:15 - 10:45, jueves, 1 de octubre de 2026 (hora de Argentina)' = 13:15-13:45 UTC; "
           "the ICS gives the same instants in UTC (Z). Contact = host's Reply-To.")
def p09() -> bytes:
    body = t("""
        Hola, Martina Álvarez:

        Se programó un nuevo evento.

        Evento:
        Entrevista técnica (30 min) – Brújula Seguros

        Fecha/Hora del evento:
        10:15 - 10:45, jueves, 1 de octubre de 2026 (hora de Argentina)

        Anfitrión:
        Lucas Ferreyra

        Ubicación:
        Google Meet: los datos de la videollamada se agregan al evento del calendario.

        Respuestas a las preguntas:
        ¿Algo que debamos saber antes de la entrevista?
        Trabajo actualmente en horario de oficina, prefiero a primera hora.

        Cancelar: https://calendly.com/cancellations/7d3a0b9e-4c2f-41a8-9e0d-2b61f5c0a1e7
        Reprogramar: https://calendly.com/reschedulings/7d3a0b9e-4c2f-41a8-9e0d-2b61f5c0a1e7

        Desarrollado por Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hola, Martina Álvarez:</p>
        <p>Se programó un nuevo evento.</p>
        <p><b>Evento:</b><br>Entrevista técnica (30 min) – Brújula Seguros</p>
        <p><b>Fecha/Hora del evento:</b><br>10:15 - 10:45, jueves, 1 de octubre de 2026 (hora de Argentina)</p>
        <p><b>Anfitrión:</b><br>Lucas Ferreyra</p>
        <p><b>Ubicación:</b><br>Google Meet: los datos de la videollamada se agregan al evento del calendario.</p>
        <p><b>Respuestas a las preguntas:</b><br>¿Algo que debamos saber antes de la entrevista?<br>
        Trabajo actualmente en horario de oficina, prefiero a primera hora.</p>
        <p><a href="https://calendly.com/cancellations/7d3a0b9e-4c2f-41a8-9e0d-2b61f5c0a1e7">Cancelar</a> ·
        <a href="https://calendly.com/reschedulings/7d3a0b9e-4c2f-41a8-9e0d-2b61f5c0a1e7">Reprogramar</a></p>
        <p style="font-size:12px;color:#999">Desarrollado por Calendly.com</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT",
        "DTSTAMP:20260928212211Z",
        "UID:7d3a0b9e-4c2f-41a8-9e0d-2b61f5c0a1e7@calendly.com",
        "DTSTART:20261001T131500Z", "DTEND:20261001T134500Z",
        "SUMMARY:Entrevista técnica (30 min) – Brújula Seguros",
        "ORGANIZER;CN=Lucas Ferreyra:mailto:lucas.ferreyra@brujulaseguros.com.ar",
        "ATTENDEE;CN=Martina Álvarez;PARTSTAT=ACCEPTED:mailto:martina.alvarez@example.org",
        "LOCATION:Google Meet", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("o1.email.calendly.com (o1.email.calendly.com [167.89.84.171])",
            "2026-09-28 18:22:14", BA, "Cy44mLp0"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Lucas Ferreyra <lucas.ferreyra@brujulaseguros.com.ar>"),
        ("To", ME),
        ("Subject", enc("Confirmado: Entrevista técnica (30 min) – Brújula Seguros con Lucas Ferreyra "
                        "el jueves, 1 de octubre de 2026")),
        ("Date", date("2026-09-28 18:22:11", BA)),
        ("Message-ID", "<cly.7d3a0b9e4c2f.invitee.confirmation@calendly.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method=None, cte="base64", filename="invite.ics", disposition="attachment")))


# ---------------------------------------------------------------- 10: Google Calendar invitation from the hiring manager
@mail(n(10), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-11-11T18:00:00Z", end="2026-11-11T19:00:00Z",
      contact="pablo.gentile@nandulabs.com.ar", company="Ñandú Labs",
      local="Wed 2026-11-11 15:00", local_end="2026-11-11 16:00", zone=BA,
      note="Google Calendar invitation (Spanish UI) from the engineering manager: miércoles 11 de "
           "noviembre 15:00-16:00, hora estándar de Argentina (UTC-3) = 18:00-19:00 UTC; inline "
           "and attached ICS agree. Contact = organizer (From/Reply-To).")
def p10() -> bytes:
    body = t("""
        Pablo Gentile te invitó a un evento

        Entrevista técnica – Martina Álvarez / Ñandú Labs
        Cuándo
        miércoles 11 de noviembre de 2026 · 15:00 – 16:00
        Hora estándar de Argentina

        Unirse con Google Meet
        meet.google.com/nan-dula-bsx

        Invitados
        Pablo Gentile - organizador
        Mariela Sosa
        martina.alvarez@example.org

        Hola Martina, te mando la invitación para la técnica que charlamos. Vamos a estar
        Mariela (backend) y yo. Nada de LeetCode: vamos a charlar sobre un diseño de
        conciliación de pagos. ¡Nos vemos!

        Ver todos los detalles del evento:
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWE3YzE4ZDJmMGI0

        Invitación de Google Calendar
        Recibiste este correo electrónico porque eres un invitado del evento. Para dejar de
        recibir actualizaciones de este evento, rechaza la invitación.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"></span></span>
        <table width="100%" style="font-family:Roboto,Helvetica,Arial,sans-serif"><tr><td>
        <h2 style="font-size:20px;font-weight:400">Pablo Gentile te invitó a un evento</h2>
        <h3 style="font-size:16px">Entrevista técnica – Martina Álvarez / Ñandú Labs</h3>
        <table><tr><td style="color:#5f6368">Cuándo</td></tr>
        <tr><td>miércoles 11 de noviembre de 2026 · 15:00 – 16:00 (Hora estándar de Argentina)</td></tr>
        <tr><td style="color:#5f6368">Invitados</td></tr>
        <tr><td>Pablo Gentile - organizador<br>Mariela Sosa<br>martina.alvarez@example.org</td></tr></table>
        <p><a href="https://meet.google.com/nan-dula-bsx" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></p>
        <p>Hola Martina, te mando la invitación para la técnica que charlamos. Vamos a estar Mariela (backend) y yo. Nada de LeetCode: vamos a charlar sobre un diseño de conciliación de pagos. ¡Nos vemos!</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </td></tr></table>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", TZ_BA, "BEGIN:VEVENT",
        "DTSTART;TZID=America/Argentina/Buenos_Aires:20261111T150000",
        "DTEND;TZID=America/Argentina/Buenos_Aires:20261111T160000",
        "DTSTAMP:20261106T142905Z",
        "ORGANIZER;CN=Pablo Gentile:mailto:pablo.gentile@nandulabs.com.ar",
        "UID:5a7c18d2f0b4@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pablo Gentile;X-NUM-GUESTS=0:mailto:pablo.gentile@nandulabs.com.ar",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariela Sosa;X-NUM-GUESTS=0:mailto:mariela.sosa@nandulabs.com.ar",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.alvarez@example.org;X-NUM-GUESTS=0:mailto:martina.alvarez@example.org",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/nan-dula-bsx",
        "CREATED:20261106T142903Z",
        "DESCRIPTION:Hola Martina\\, te mando la invitación para la técnica que charlamos.",
        "LAST-MODIFIED:20261106T142903Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista técnica – Martina Álvarez / Ñandú Labs", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    subject = ("Invitación: Entrevista técnica – Martina Álvarez / Ñandú Labs @ mié 11 nov 2026 "
               "15:00 - 16:00 (GMT-3) (martina.alvarez@example.org)")
    return message([
        ("Delivered-To", ME),
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
            "2026-11-06 11:29:07", BA, "Gc0ogL12"),
        ("Reply-To", "Pablo Gentile <pablo.gentile@nandulabs.com.ar>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("From", "Pablo Gentile <pablo.gentile@nandulabs.com.ar>"),
        ("To", ME),
        ("Subject", enc(subject)),
        ("Date", date("2026-11-06 11:29:05", BA)),
        ("Message-ID", "<calendar-5a7c18d2-f0b4-4c1e-9d2a-3b8e61c7f0aa@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page), calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                      filename="invite.ics", disposition="attachment", name_param=True)))


# ---------------------------------------------------------------- 11: Exchange, Madrid bank, Romance Standard Time
@mail(n(11), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start="2026-12-01T09:00:00Z", end="2026-12-01T10:00:00Z",
      contact="rballesteros@bancameridiana.es", company="Banca Meridiana",
      local="Tue 2026-12-01 10:00", local_end="2026-12-01 11:00", zone="Europe/Madrid",
      note="Exchange meeting request (Spanish Outlook): 'martes, 1 de diciembre de 2026 10:00-11:00 "
           "(UTC+01:00) Bruselas, Copenhague, Madrid, París', ICS TZID 'Romance Standard Time' "
           "(CET in December, UTC+1) = 09:00-10:00 UTC. Contact = organizer/sender.")
def p11() -> bytes:
    body = t("""
        Cuándo: martes, 1 de diciembre de 2026 10:00-11:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Martina,

        Te envío la convocatoria para la entrevista con el equipo de Medios de Pago. Estarán
        Álvaro Cuesta (responsable de Arquitectura) y yo. Para ti serán las 6:00 en Buenos
        Aires; sé que es temprano, gracias por la flexibilidad.

        Un saludo,
        Rocío Ballesteros
        Selección IT | Banca Meridiana
        Paseo de la Castellana 81, 28046 Madrid

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o un dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmFuY2FtZXJpZGlhbmE%40thread.v2/0>
        Id. de reunión: 351 884 207 119
        Código de acceso: Xm4bQ9
        Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="ES" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal">Hola Martina,</p>
        <p class="MsoNormal">Te envío la convocatoria para la entrevista con el equipo de Medios de Pago. Estarán Álvaro Cuesta (responsable de Arquitectura) y yo. Para ti serán las 6:00 en Buenos Aires; sé que es temprano, gracias por la flexibilidad.</p>
        <p class="MsoNormal">Un saludo,<br>Rocío Ballesteros<br>Selección IT | Banca Meridiana<br>Paseo de la Castellana 81, 28046 Madrid</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Reunión de Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmFuY2FtZXJpZGlhbmE%40thread.v2/0">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 351 884 207 119<br>Código de acceso: Xm4bQ9</div>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        TZ_ROMANCE, "BEGIN:VEVENT",
        "ORGANIZER;CN=Rocío Ballesteros:mailto:rballesteros@bancameridiana.es",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.alvarez@example.org:mailto:martina.alvarez@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Álvaro Cuesta:mailto:acuesta@bancameridiana.es",
        "DESCRIPTION;LANGUAGE=es-ES:Hola Martina\\,\\n\\nTe envío la convocatoria para la entrevista con el equipo de Medios de Pago.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000C0A1D3E54F84DC01000000000000000010000000B7E4F1A2C3D4E5F6A7B8C9D0E1F2A3B4",
        "SUMMARY;LANGUAGE=es-ES:Entrevista Martina Álvarez - Backend Medios de Pago",
        "DTSTART;TZID=Romance Standard Time:20261201T100000",
        "DTEND;TZID=Romance Standard Time:20261201T110000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261125T124712Z", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119487301",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2101.outbound.protection.outlook.com [40.107.105.101])",
            "2026-11-25 13:47:15", "Europe/Madrid", "Ex11qRt5"),
        ("From", addr("Rocío Ballesteros", "rballesteros@bancameridiana.es")),
        ("To", ME),
        ("Subject", enc("Entrevista Martina Álvarez - Backend Medios de Pago")),
        ("Thread-Topic", enc("Entrevista Martina Álvarez - Backend Medios de Pago")),
        ("Thread-Index", "AdsFq2b7xJc1mT0aQ0WZ5w8d3V2kYg=="),
        ("Date", date("2026-11-25 13:47:12", "Europe/Madrid")),
        ("Message-ID", "<DB9PR03MB7321A4C2E1F0B2D9C6E7F8A9B3C4D@DB9PR03MB7321.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "es-ES, en-US"),
        ("Content-Language", "es-ES"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ], alt(text(body, cte="base64"), html(page), calendar(ics, cte="base64")))


# ---------------------------------------------------------------- 12: Exchange/Teams reschedule, New York, EDT -> EST
@mail(n(12), family="exchange_teams", lang="en", interview=True, kind="rescheduled",
      start="2026-11-04T19:00:00Z", end="2026-11-04T19:45:00Z",
      contact="gyates@harborlinecap.com", company="Harborline Capital",
      local="Wed 2026-11-04 14:00", local_end="2026-11-04 14:45", zone="America/New_York",
      note="Outlook 'Updated:' meeting request sent Wed 28 Oct (EDT) moving the interview from Tue "
           "11/3 1:00 PM to Wed 11/4 2:00-2:45 PM Eastern; after US clocks go back on 1 Nov that is "
           "EST (UTC-5): 19:00-19:45 UTC. ICS TZID 'Eastern Standard Time', SEQUENCE 1. Contact = "
           "organizer/sender.")
def p12() -> bytes:
    body = t("""
        When: Wednesday, November 4, 2026 2:00 PM-2:45 PM. (UTC-05:00) Eastern Time (US & Canada)
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Martina,

        As discussed on the phone, I'm moving our round 2 from Tuesday 11/3 at 1:00 PM to
        Wednesday 11/4 at 2:00 PM ET - Sarah Kowalski had a conflict with the original slot.
        Same Teams link, same panel otherwise. Note that we switch back to standard time on
        Sunday, so it will be 4:00 PM for you in Buenos Aires.

        Thanks for your flexibility,
        Greg

        Greg Yates | Technical Recruiter | Harborline Capital
        200 Vesey Street, New York, NY 10281 | +1 212 555 0147

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFyYm9ybGluZQ%40thread.v2/0>
        Meeting ID: 284 117 903 552
        Passcode: Qa7xPe
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">')
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Greg Yates:mailto:gyates@harborlinecap.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.alvarez@example.org:mailto:martina.alvarez@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sarah Kowalski:mailto:skowalski@harborlinecap.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dev Anand:mailto:danand@harborlinecap.com",
        "DESCRIPTION;LANGUAGE=en-US:Hi Martina\\,\\n\\nAs discussed on the phone\\, I'm moving our round 2 from Tuesday 11/3 at 1:00 PM to Wednesday 11/4 at 2:00 PM ET.\\n",
        "UID:040000008200E00074C5B7101A82E008000000008F2B61C8E466DC01000000000000000010000000D41E7A9B0C2F4E58A1B3C5D7E9F1A2B3",
        "SUMMARY;LANGUAGE=en-US:Martina Alvarez - Backend Engineer Interview (Round 2)",
        "DTSTART;TZID=Eastern Standard Time:20261104T140000",
        "DTEND;TZID=Eastern Standard Time:20261104T144500",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261028T201004Z", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFyYm9ybGluZQ%40thread.v2/0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2118.outbound.protection.outlook.com [40.107.237.118])",
            "2026-10-28 16:10:07", "America/New_York", "Ht28bq77"),
        ("From", "Greg Yates <gyates@harborlinecap.com>"),
        ("To", "\"martina.alvarez@example.org\" <martina.alvarez@example.org>"),
        ("CC", "Sarah Kowalski <skowalski@harborlinecap.com>, Dev Anand <danand@harborlinecap.com>"),
        ("Subject", "Updated: Martina Alvarez - Backend Engineer Interview (Round 2)"),
        ("Thread-Topic", "Martina Alvarez - Backend Engineer Interview (Round 2)"),
        ("Thread-Index", "AdtJ0k8f3mXc2Qy8T4u1Rb9sLw7eOA=="),
        ("Date", date("2026-10-28 16:10:04", "America/New_York")),
        ("Message-ID", "<BN0PR12MB5873C2D1E4F5A6B7C8D9E0F1A2B3C4D5@BN0PR12MB5873.namprd12.prod.outlook.com>"),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page), calendar(ics, cte="base64")))


# ---------------------------------------------------------------- 13: recruiter prose with a pasted Zoom invitation
@mail(n(13), family="zoom", lang="es", interview=True, kind="scheduled",
      start="2026-12-02T14:00:00Z", end=None,
      contact="sol.benitez@tramafintech.com.ar", company="Trama Fintech",
      local="Wed 2026-12-02 11:00", zone=BA,
      note="Recruiter prose ('el miércoles 2/12 a las 11') plus Zoom's pasted block 'Hora: 2 dic 2026 "
           "11:00 a. m. Buenos Aires, Georgetown' (UTC-3) = 14:00 UTC. No duration -> end null. "
           "Contact = human sender.")
def p13() -> bytes:
    body = t("""
        Hola Martina, ¿cómo estás?

        Como hablamos por teléfono, te paso los datos de la entrevista con Hernán (nuestro CTO)
        para el miércoles 2/12 a las 11. Es la última etapa, así que va a ser más charla que
        ejercicio técnico. Te copio abajo la invitación de Zoom.

        Sol Benítez le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Martina Álvarez - Trama
        Hora: 2 dic 2026 11:00 a. m. Buenos Aires, Georgetown

        Unirse a la reunión Zoom
        https://tramafintech.zoom.us/j/81920394455?pwd=dHJhbWFmaW50ZWNo

        ID de reunión: 819 2039 4455
        Código de acceso: 602114

        ---

        Cualquier cosa me escribís por acá.

        ¡Éxitos!
        Sol

        Sol Benítez
        Talent Acquisition Lead | Trama Fintech
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
            "2026-11-26 17:02:31", BA, "Zm02Dc9x"),
        ("From", addr("Sol Benítez", "sol.benitez@tramafintech.com.ar")),
        ("To", ME_H),
        ("Subject", "Entrevista con Hernan - Trama"),
        ("Date", date("2026-11-26 17:02:28", BA)),
        ("Message-ID", "<CAJp7wQ8sN1dXy4Rk2vB0mFq6LhT9uZc3oPa5Ge7@mail.gmail.com>"),
    ], text(body, cte="8bit"))


# ---------------------------------------------------------------- 14: porteño recruiter, phone reply, "el martes que viene a las 10 y cuarto"
@mail(n(14), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-22T13:15:00Z", end=None,
      contact="nbianchi@tangopay.com.ar", company="Tango Pay",
      local="Tue 2026-09-22 10:15", zone=BA,
      note="Recruiter's phone reply (Thu 17 Sep): 'confirmado entonces para el martes que viene a las "
           "10 y cuarto' -> Tue 22 Sep 10:15 Buenos Aires (UTC-3) = 13:15 UTC; the quoted thread has "
           "her acceptance of the 10:15 option. 'más o menos una hora' -> end null. Contact = sender. "
           f"Same thread as the proposal mail {n(30)}.")
def p14() -> bytes:
    body = t("""
        Genial Martina!! Confirmado entonces para el martes que viene a las 10 y cuarto en
        nuestras ofis de Palermo (Honduras 5663, 3er piso, preguntá por mi en recepción).
        Vas a estar con Ale, el lead de pagos, mas o menos una hora.

        Abrazo,
        Nico

        Enviado desde mi iPhone

        > El 17 sep 2026, a las 19:31, Martina Álvarez <martina.alvarez@example.org> escribió:
        >
        > Hola Nico! El martes a las 10:15 me viene perfecto. ¿Es en la oficina o por Meet?
        >
        > Gracias!
        > Martina
        >
        >> El mié, 16 sept 2026 a las 12:04, Nicolás Bianchi <nbianchi@tangopay.com.ar> escribió:
        >>
        >> Hola Martina, ¿cómo va?
        >> ¿Te viene bien el martes 22 a las 10:15 o el jueves 24 a las 15 hs para la entrevista
        >> con el equipo de pagos? Decime cuál te queda mejor y lo agendamos.
        >> Nico
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-qt1-f180.google.com (mail-qt1-f180.google.com [209.85.160.180])",
            "2026-09-17 19:48:55", BA, "Tp17Re02"),
        ("From", addr("Nicolás Bianchi", "nbianchi@tangopay.com.ar")),
        ("To", ME_H),
        ("Subject", "Re: Entrevista Tango Pay"),
        ("Date", date("2026-09-17 19:48:52", BA)),
        ("Message-ID", "<7E3B0F1A-22C4-4D8B-9C71-5A2F0E6D4B13@tangopay.com.ar>"),
        ("In-Reply-To", "<CAMa1v9rT0zP2Xq5bH7kL3nW8yD4sF6gJ1cV0eR@mail.gmail.com>"),
        ("References", "<CANb2w0sU1aQ3Yr6cI8mM4oX9zE5tG7hK2dW1fS@mail.gmail.com> "
                       "<CAMa1v9rT0zP2Xq5bH7kL3nW8yD4sF6gJ1cV0eR@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body))


# ---------------------------------------------------------------- 15: usted, iso-8859-1, all-day ICS with the time only in the text
@mail(n(15), family="human_prose_allday_ics", lang="es", interview=True, kind="scheduled",
      start="2026-12-03T18:00:00Z", end=None,
      contact="gmoreno@financieracabildo.com.ar", company="Financiera Cabildo",
      local="Thu 2026-12-03 15:00", zone=BA,
      note="Formal 'usted' confirmation from the IT manager's assistant: 'jue. 3 de diciembre a las "
           "15 hs' Buenos Aires (UTC-3) = 18:00 UTC. The attached reminder is an all-day event "
           "(DTSTART;VALUE=DATE 20261203) so the time is only in the text. 'duración aproximada de "
           "una hora' -> end null. Contact = human sender (also ICS organizer).")
def p15() -> bytes:
    body = t("""
        Estimada Martina:

        Por medio de la presente le confirmo la entrevista con el Ing. Roberto Salvatierra,
        Gerente de Tecnología, para el jue. 3 de diciembre a las 15 hs, en nuestras oficinas de
        Av. Corrientes 1234, piso 8, C.A.B.A. La reunión tendrá una duración aproximada de una hora.

        Le adjunto un recordatorio para su agenda. Le solicitamos presentarse con su DNI en
        recepción unos minutos antes.

        Sin otro particular, la saludo atentamente.

        Graciela Moreno
        Asistente de Gerencia de Tecnología
        Financiera Cabildo S.A.
        Tel. (011) 4555-0134 int. 212

        -----Mensaje original-----
        De: Martina Álvarez [mailto:martina.alvarez@example.org]
        Enviado el: jueves, 26 de noviembre de 2026 18:10
        Para: Graciela Moreno
        Asunto: Re: Entrevista - Analista Desarrolladora Sr.

        Buenas tardes Graciela, el jueves 3 por la tarde estoy disponible. Quedo atenta.
        Saludos cordiales,
        Martina Álvarez
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        "METHOD:PUBLISH", "BEGIN:VEVENT",
        "CLASS:PUBLIC", "CREATED:20261127T152811Z",
        "DESCRIPTION:Entrevista con el Ing. Roberto Salvatierra - 15 hs - Av. Corrientes 1234\\, piso 8",
        "DTSTART;VALUE=DATE:20261203", "DTEND;VALUE=DATE:20261204", "DTSTAMP:20261127T152811Z",
        "ORGANIZER;CN=Graciela Moreno:mailto:gmoreno@financieracabildo.com.ar",
        "LOCATION:Av. Corrientes 1234\\, piso 8", "PRIORITY:5", "SEQUENCE:0",
        "SUMMARY;LANGUAGE=es-ar:Entrevista M. Álvarez (15 hs)", "TRANSP:TRANSPARENT",
        "UID:040000008200E00074C5B7101A82E00800000000A0E7C2F5B682DC01000000000000000010000000F1E2D3C4B5A69788",
        "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("mail.financieracabildo.com.ar (mail.financieracabildo.com.ar [200.45.118.22])",
            "2026-11-27 12:28:14", BA, "Fc03Dz88"),
        ("From", "Graciela Moreno <gmoreno@financieracabildo.com.ar>"),
        ("To", addr("Martina Álvarez", ME, "iso-8859-1")),
        ("Subject", "RE: Entrevista - Analista Desarrolladora Sr."),
        ("Date", date("2026-11-27 12:28:11", BA)),
        ("Message-ID", "<000f01db60a3$4e2c1b30$ea845190$@financieracabildo.com.ar>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHbX6kQ7T3bzr9S0u2Jx1c0VbX5mQ=="),
        ("Content-Language", "es-ar"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, method=None, cte="base64", filename="Entrevista.ics",
                      disposition="attachment", name_param=True)))


# ---------------------------------------------------------------- 16: forwarded to herself, "mañana a la tarde, a las 17 hs"
@mail(n(16), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start="2026-10-20T20:00:00Z", end=None,
      contact="sofia.ledesma@kuntur.io", company="Kuntur",
      local="Tue 2026-10-20 17:00", zone=BA,
      note="Martina forwards from her other address a recruiter mail of Mon 19 Oct: 'mañana a la "
           "tarde, a las 17 hs' -> Tue 20 Oct 17:00 Buenos Aires (UTC-3) = 20:00 UTC (forward sent "
           "the same day). 'más o menos una hora y media' -> end null. Contact = recruiter address "
           "in the forwarded header (the sender is the candidate herself).")
def p16() -> bytes:
    body = t("""
        para no olvidarme!! llevar la notebook y el DNI

        ---------- Forwarded message ---------
        De: Sofía Ledesma <sofia.ledesma@kuntur.io>
        Date: lun, 19 oct 2026 a las 10:05
        Subject: Entrevista Kuntur - mañana
        To: <martina.alvarez@example.net>


        Hola Martina!

        Te escribo para confirmarte que mañana a la tarde, a las 17 hs, te esperamos en la
        oficina de Kuntur (Av. del Libertador 2442, Olivos) para la entrevista con el equipo de
        Plataforma. Dura más o menos una hora y media, incluye un pequeño ejercicio en pareja.

        Cualquier cosa me escribís a este mail o al 11 5555-0192.

        Saludos,
        Sofía Ledesma
        Talent Partner | Kuntur
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
            "2026-10-19 10:20:48", BA, "Fw19Kt00"),
        ("From", addr("Martina Álvarez", "martina.alvarez@example.net")),
        ("To", ME),
        ("Subject", enc("Fwd: Entrevista Kuntur - mañana")),
        ("Date", date("2026-10-19 10:20:45", BA)),
        ("Message-ID", "<CAHx0fWd5Lq8mYz2Rv4Tn6Kp1Bc3Sg7Ej9Ua0Ho@mail.gmail.com>"),
        ("References", "<CAFk3sLedesmaKuntur0cT19x2R7vW4yN8pQ@mail.gmail.com>"),
        ("In-Reply-To", "<CAFk3sLedesmaKuntur0cT19x2R7vW4yN8pQ@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 17: GoodTime itinerary, Chicago (CST), two sessions
@mail(n(17), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T16:00:00Z", end="2026-11-16T17:45:00Z",
      contact="tasha.greene@brightwatersys.com", company="Brightwater Systems",
      local="Mon 2026-11-16 10:00", local_end="2026-11-16 11:45", zone="America/Chicago",
      note="GoodTime itinerary in Central Time (CST in mid-November, UTC-6): sessions 10:00-10:45 "
           "and 11:00-11:45 AM -> first start 16:00 UTC to last end 17:45 UTC. Contact = Reply-To "
           "coordinator.")
def p17() -> bytes:
    body = t("""
        Hi Martina,

        We're excited to have you interview with Brightwater Systems! Below is your interview
        itinerary for the Senior Software Engineer, Payments Risk role.

        Monday, November 16, 2026
        All times in Central Time (CST)

        10:00 AM - 10:45 AM   Coding Interview
                              with Ravi Chandran, Senior Software Engineer
        11:00 AM - 11:45 AM   System Design
                              with Laura McBride, Principal Engineer

        Both sessions take place over Zoom: https://brightwatersys.zoom.us/j/93310274418
        Please join 5 minutes early and make sure you can share your screen.

        If you need to reschedule, reply to this email and Tasha will help.

        Thanks,
        Tasha Greene
        Recruiting Coordinator, Brightwater Systems

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Martina,</p>
        <p>We&#8217;re excited to have you interview with Brightwater Systems! Below is your interview itinerary for the <b>Senior Software Engineer, Payments Risk</b> role.</p>
        <h3 style="margin-bottom:2px">Monday, November 16, 2026</h3>
        <div style="color:#777">All times in Central Time (CST)</div>
        <table cellpadding="6" style="border:1px solid #e3e3e3;border-collapse:collapse;margin-top:8px">
        <tr><td style="white-space:nowrap">10:00 AM - 10:45 AM</td><td><b>Coding Interview</b><br>with Ravi Chandran, Senior Software Engineer</td></tr>
        <tr><td style="white-space:nowrap">11:00 AM - 11:45 AM</td><td><b>System Design</b><br>with Laura McBride, Principal Engineer</td></tr>
        </table>
        <p>Both sessions take place over <a href="https://brightwatersys.zoom.us/j/93310274418">Zoom</a>. Please join 5 minutes early and make sure you can share your screen.</p>
        <p>If you need to reschedule, reply to this email and Tasha will help.</p>
        <p>Thanks,<br>Tasha Greene<br>Recruiting Coordinator, Brightwater Systems</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-200.goodtime.io (mail-200.goodtime.io [198.2.180.200])",
            "2026-11-10 15:30:09", "America/Chicago", "Gt16Nv04"),
        ("From", "Brightwater Systems <scheduling@goodtime.io>"),
        ("Reply-To", "Tasha Greene <tasha.greene@brightwatersys.com>"),
        ("To", ME_H),
        ("Subject", "Your Interview Itinerary with Brightwater Systems"),
        ("Date", date("2026-11-10 15:30:06", "America/Chicago")),
        ("Message-ID", "<gt-itin-20261110213006-7f02c1@goodtime.io>"),
    ], alt(text(body, cte="7bit"), html(page, cte="7bit")))


# ---------------------------------------------------------------- 18: iCIMS cancellation with a tentative new time
@mail(n(18), family="icims", lang="en", interview=True, kind="cancelled",
      start="2026-10-09T18:00:00Z", end="2026-10-09T19:00:00Z",
      contact="alan.brooks@pinecrestfin.com", company="Pinecrest Financial",
      local="Fri 2026-10-09 14:00", local_end="2026-10-09 15:00", zone="America/New_York",
      note="iCIMS cancellation of Fri 9 Oct 2:00-3:00 PM Eastern (EDT, UTC-4) = 18:00-19:00 UTC, "
           "ICS METHOD:CANCEL. A new time (Tue 13 Oct 10 AM) is only offered, not confirmed, so the "
           "label is the cancelled slot. Contact = human ICS organizer (also in the body).",
      days=(("Tue", "2026-10-13"),))
def p18() -> bytes:
    body = t("""
        Dear Martina,

        We regret to inform you that your interview for Backend Engineer II - Card Processing
        (Req #26-1187), scheduled for Friday, October 9, 2026 from 2:00 PM to 3:00 PM Eastern
        Time, has been cancelled due to an unforeseen conflict on the hiring team's side.

        If it works for you, Jennifer Ames could meet on Tuesday, October 13 at 10:00 AM ET
        instead. Please reply to Alan Brooks at alan.brooks@pinecrestfin.com to confirm, and we
        will send you a new invitation.

        We apologize for any inconvenience.

        Sincerely,
        Alan Brooks
        Talent Acquisition Partner
        Pinecrest Financial

        This message was sent via iCIMS. Please do not reply directly to this email.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//iCIMS//Talent Platform//EN", "VERSION:2.0", "METHOD:CANCEL",
        VTZ["America/New_York"], "BEGIN:VEVENT",
        "UID:icims-sched-26-1187-000412@pinecrestfin.icims.com",
        "DTSTAMP:20261006T151512Z",
        "DTSTART;TZID=America/New_York:20261009T140000",
        "DTEND;TZID=America/New_York:20261009T150000",
        "SUMMARY:Interview: Martina Alvarez - Backend Engineer II",
        "ORGANIZER;CN=Alan Brooks:mailto:alan.brooks@pinecrestfin.com",
        "ATTENDEE;CN=Martina Alvarez:mailto:martina.alvarez@example.org",
        "SEQUENCE:2", "STATUS:CANCELLED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("mx0b-0021a301.talent.icims.com (mx0b-0021a301.talent.icims.com [148.163.150.22])",
            "2026-10-06 11:15:14", "America/New_York", "Ic09Cx61"),
        ("From", "Pinecrest Financial <pinecrestfinancial@talent.icims.com>"),
        ("To", "martina.alvarez@example.org"),
        ("Subject", "Interview Cancellation - Backend Engineer II - Card Processing"),
        ("Date", date("2026-10-06 11:15:11", "America/New_York")),
        ("Message-ID", "<1559027634.41217.1791299711882.JavaMail.icims@app-ic12.icims.com>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, method="CANCEL", cte="7bit", filename="cancel.ics", disposition="attachment")))


# ---------------------------------------------------------------- 19: Taleo, Buenos Aires, DD/MM date, no human address
@mail(n(19), family="taleo", lang="es", interview=True, kind="scheduled",
      start="2026-09-23T14:30:00Z", end=None,
      contact=None, company="Banco Pampa Global",
      local="Wed 2026-09-23 11:30", zone=BA,
      note="Taleo invitation, HTML only in windows-1252: 'Fecha: 23/09/2026' (DD/MM) 'Hora: 11:30 "
           "(GMT-03:00) Buenos Aires' = 14:30 UTC. No duration. Only a no-reply sender and an "
           "interviewer's name: contact null.")
def p19() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Estimada Martina Álvarez:</p>
        <p>Nos es grato invitarla a una entrevista para la posición <b>Desarrollador/a Java Sr. – Medios de Pago (2600417)</b>.</p>
        <table border="0" cellpadding="2">
        <tr><td><b>Fecha:</b></td><td>23/09/2026</td></tr>
        <tr><td><b>Hora:</b></td><td>11:30 (GMT-03:00) Buenos Aires</td></tr>
        <tr><td><b>Lugar:</b></td><td>Tte. Gral. Juan D. Perón 430, piso 3, C.A.B.A.</td></tr>
        <tr><td><b>Entrevistador:</b></td><td>Daniel Ocampo – Líder Técnico</td></tr>
        </table>
        <p>Le pedimos que confirme su asistencia ingresando a su perfil de candidato en nuestro
        <a href="https://bancopampa.taleo.net/careersection/ext/candidatehome.ftl?lang=es">portal de empleos</a>.</p>
        <p>Saludos cordiales,<br>Selección de Personal<br>Banco Pampa Global</p>
        <p><font size="1" color="#808080">Este es un mensaje generado automáticamente. No responda a esta dirección de correo.</font></p>
        </font></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp-out4.taleo.net (smtp-out4.taleo.net [160.34.10.94])",
            "2026-09-17 16:05:22", BA, "Tl23Sb09"),
        ("From", "Banco Pampa Global <noreply@taleo.net>"),
        ("To", "martina.alvarez@example.org"),
        ("Subject", enc("Invitación a entrevista - Requisición 2600417", "windows-1252")),
        ("Date", date("2026-09-17 16:05:19", BA)),
        ("Message-ID", "<1074233891.8823.1789671919402.JavaMail.taleo@tpr4-mail02>"),
    ], html(page, charset="windows-1252"))


# ---------------------------------------------------------------- 20: Recruitee reschedule, Madrid, CEST -> CET
@mail(n(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
      contact="marta.iglesias@olivopayments.com", company="Olivo Payments",
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone="Europe/Madrid",
      note="Recruitee reschedule sent Wed 21 Oct (CEST): previous Thu 22 Oct 16:00 CEST, new Tue 27 "
           "Oct 15:00-16:00 Europe/Madrid, which is CET (UTC+1) after 25 Oct: 14:00-15:00 UTC "
           "(11:00 in Buenos Aires). ICS SEQUENCE 1 agrees. Contact = Reply-To.")
def p20() -> bytes:
    body = t("""
        Hi Martina,

        Your interview for Senior Backend Engineer (Payouts) at Olivo Payments has been
        rescheduled.

        Previous time: Thu, Oct 22, 2026, 16:00 - 17:00 (CEST)
        New time:      Tue, Oct 27, 2026, 15:00 - 16:00 (CET, Europe/Madrid)

        Heads-up: Spain moves to winter time on Sunday, October 25, so the new slot is 11:00 -
        12:00 in Buenos Aires.

        Meeting link: https://meet.google.com/oli-vopa-yms
        Interviewers: Marta Iglesias, Jordi Puig

        An updated calendar invitation is attached. If the new time doesn't work, simply reply
        to this message.

        Best regards,
        Marta Iglesias
        Talent Lead, Olivo Payments
        """)
    page = gmail_html(body)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Recruitee//Recruitee Calendar//EN",
        "METHOD:REQUEST", TZ_MAD, "BEGIN:VEVENT",
        "UID:recruitee-interview-4410985@recruitee.com",
        "DTSTAMP:20261021164011Z",
        "DTSTART;TZID=Europe/Madrid:20261027T150000",
        "DTEND;TZID=Europe/Madrid:20261027T160000",
        "SUMMARY:Interview: Martina Álvarez - Senior Backend Engineer (Payouts)",
        "LOCATION:https://meet.google.com/oli-vopa-yms",
        "ORGANIZER;CN=Marta Iglesias:mailto:marta.iglesias@olivopayments.com",
        "ATTENDEE;CN=Martina Álvarez;RSVP=TRUE:mailto:martina.alvarez@example.org",
        "SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("mail-out.recruitee.com (mail-out.recruitee.com [3.123.18.201])",
            "2026-10-21 18:40:14", "Europe/Madrid", "Rc27Ol31"),
        ("From", "Olivo Payments <no-reply@recruitee.com>"),
        ("Reply-To", "Marta Iglesias <marta.iglesias@olivopayments.com>"),
        ("To", ME_H),
        ("Subject", "Interview rescheduled: Senior Backend Engineer (Payouts) - Olivo Payments"),
        ("Date", date("2026-10-21 18:40:11", "Europe/Madrid")),
        ("Message-ID", "<20261021164011.4410985.reschedule@recruitee.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


# ---------------------------------------------------------------- 21: JOIN cancellation, Madrid, no new time
@mail(n(21), family="join", lang="es", interview=True, kind="cancelled",
      start="2026-11-12T10:00:00Z", end=None,
      contact="pedro.sanz@candelafintech.es", company="Candela Fintech",
      local="Thu 2026-11-12 11:00", zone="Europe/Madrid",
      note="JOIN mail cancelling the interview of 'jueves, 12 de noviembre de 2026, a las 11:00 "
           "(CET)' = 10:00 UTC because the role was paused; no new time. Contact = human Reply-To.")
def p21() -> bytes:
    body = t("""
        Hola Martina:

        Lamentamos comunicarte que hemos tenido que cancelar la entrevista prevista para el
        jueves, 12 de noviembre de 2026, a las 11:00 (CET) para el puesto de Backend Engineer
        (Node.js / Pagos).

        El puesto se ha puesto en pausa de forma temporal por un cambio en la planificación del
        equipo. Si se vuelve a abrir, serás de las primeras personas a las que escribamos.

        Gracias por tu tiempo y disculpa las molestias.

        Un saludo,
        Pedro Sanz
        Head of Engineering · Candela Fintech

        --
        Este mensaje se ha enviado a través de JOIN (join.com) en nombre de Candela Fintech.
        """)
    page = gmail_html(body)
    return message([
        ("Delivered-To", ME),
        rcv("mail2.join.com (mail2.join.com [35.158.61.12])",
            "2026-11-09 17:05:40", "Europe/Madrid", "Jn12Cf70"),
        ("From", "Candela Fintech via JOIN <noreply@join.com>"),
        ("Reply-To", "Pedro Sanz <pedro.sanz@candelafintech.es>"),
        ("To", ME_H),
        ("Subject", enc("Entrevista cancelada – Backend Engineer (Node.js / Pagos)")),
        ("Date", date("2026-11-09 17:05:37", "Europe/Madrid")),
        ("Message-ID", "<01000193b2c4e7f1-join-msg-88f2a0c1@join.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


# ---------------------------------------------------------------- 22: Microsoft Bookings cancellation, Argentina Standard Time
@mail(n(22), family="ms_bookings", lang="es", interview=True, kind="cancelled",
      start="2026-12-07T12:30:00Z", end="2026-12-07T13:00:00Z",
      contact=None, company="Grupo Rivadavia Servicios Financieros",
      local="Mon 2026-12-07 09:30", local_end="2026-12-07 10:00", zone=BA,
      note="Microsoft Bookings cancellation (Spanish): 'lunes, 7 de diciembre de 2026, 9:30 - 10:00 "
           "(UTC-03:00) Ciudad de Buenos Aires', ICS METHOD:CANCEL with TZID 'Argentina Standard "
           "Time' = 12:30-13:00 UTC. Sender is the Bookings mailbox and the staff member has only a "
           "name -> contact null. No new time (only a link to book again).")
def p22() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Se canceló la reserva</div>
        <p>Hola, Martina Álvarez:</p>
        <p>Su cita con <b>Entrevistas Talento Rivadavia</b> se ha cancelado.</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista inicial – Desarrollo Backend</td></tr>
        <tr><td style="color:#605e5c">Fecha</td><td>lunes, 7 de diciembre de 2026</td></tr>
        <tr><td style="color:#605e5c">Hora</td><td>9:30 - 10:00 (UTC-03:00) Ciudad de Buenos Aires</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Mercedes Ibarra</td></tr>
        </table>
        <p>Motivo: la entrevistadora no estará disponible en esa fecha.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/EntrevistasTalento@gruporivadavia.onmicrosoft.com/bookings/">Reservar de nuevo</a></p>
        <p style="font-size:12px;color:#a19f9d">Con la tecnología de Microsoft Bookings</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        TZ_ARG_WIN, "BEGIN:VEVENT",
        "ORGANIZER;CN=Entrevistas Talento Rivadavia:mailto:EntrevistasTalento@gruporivadavia.onmicrosoft.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Álvarez:mailto:martina.alvarez@example.org",
        "UID:040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6DC01000000000000000010000000AABBCCDDEEFF0011",
        "SUMMARY;LANGUAGE=es-AR:Cancelado: Entrevista inicial – Desarrollo Backend",
        "DTSTART;TZID=Argentina Standard Time:20261207T093000",
        "DTEND;TZID=Argentina Standard Time:20261207T100000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20261202T111412Z", "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED", "SEQUENCE:1",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("BRAPR01-GRU-obe.outbound.protection.outlook.com (mail-gru1bra01on2093.outbound.protection.outlook.com [40.107.114.93])",
            "2026-12-02 08:14:15", BA, "Bk07Dr12"),
        ("From", "Entrevistas Talento Rivadavia <EntrevistasTalento@gruporivadavia.onmicrosoft.com>"),
        ("To", addr("Martina Álvarez", ME)),
        ("Subject", enc("Cancelado: Entrevista inicial – Desarrollo Backend")),
        ("Date", date("2026-12-02 08:14:12", BA)),
        ("Message-ID", "<CP4PR80MB5436E2A1B0C9D8F7E6A5B4C3D2E1@CP4PR80MB5436.lamprd80.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsCancel", "true"),
    ], alt(html(page), calendar(ics, method="CANCEL", cte="base64")))


# ---------------------------------------------------------------- 23: Portuguese prose reschedule, São Paulo
@mail(n(23), family="human_prose", lang="pt", interview=True, kind="rescheduled",
      start="2026-11-26T18:30:00Z", end=None,
      contact="beatriz.nogueira@jabutipag.com.br", company="Jabuti Pagamentos",
      local="Thu 2026-11-26 15:30", zone="America/Sao_Paulo",
      note="Recruiter prose in Portuguese (windows-1252): moved from 'terça, 24/11, às 10h' to "
           "'quinta-feira, 26/11, às 15h30 (horário de Brasília)' = 18:30 UTC (UTC-3). Agreed by "
           "phone, so confirmed. No duration. Contact = sender.",
      days=(("Tue", "2026-11-24"),))
def p23() -> bytes:
    body = t("""
        Oi Martina, tudo bem?

        Conforme conversamos por telefone agora há pouco, remarcamos sua entrevista com o Thiago
        (Head de Engenharia): em vez de terça, 24/11, às 10h, ela será na quinta-feira, 26/11,
        às 15h30 (horário de Brasília), pelo Google Meet, no mesmo link de antes.

        Como Buenos Aires está no mesmo fuso, fica 15h30 pra você também.

        Qualquer coisa é só me chamar!

        Abraço,
        Bia

        Beatriz Nogueira
        Tech Recruiter | Jabuti Pagamentos
        +55 11 95555-0143
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])",
            "2026-11-20 16:45:33", "America/Sao_Paulo", "Jb26Rm15"),
        ("From", "Beatriz Nogueira <beatriz.nogueira@jabutipag.com.br>"),
        ("To", ME_H),
        ("Subject", enc("Remarcação da entrevista - Jabuti", "windows-1252")),
        ("Date", date("2026-11-20 16:45:30", "America/Sao_Paulo")),
        ("Message-ID", "<CAB8kQz1vN4mR7xY0pL2sT5uW9cE3gH6jK8dF1aZ@mail.gmail.com>"),
    ], text(body, charset="windows-1252"))


# =========================================================================== negatives


# ---------------------------------------------------------------- 24: softgarden rejection after an interview
@mail(n(24), family="rejection", lang="en", interview=False, company="Lindwurm Payments",
      note="softgarden rejection after an interview held 'on Tuesday'; nothing scheduled.")
def n24() -> bytes:
    body = t("""
        Dear Ms Álvarez,

        Thank you very much for your application for the position of Backend Engineer (Go) -
        Merchant Settlement and for taking the time to speak with Henrik and Aylin on Tuesday.

        We really enjoyed the conversation. After careful consideration, however, we have decided
        to move forward with candidates whose experience more closely matches the current needs of
        the team, in particular with on-site availability in Berlin.

        We would be happy to keep your profile in our talent pool and contact you again should a
        suitable remote position open up. You can withdraw your consent at any time in your
        candidate profile.

        We wish you all the best for your job search.

        Kind regards
        Your Lindwurm Payments Recruiting Team

        Lindwurm Payments GmbH | Torstraße 140 | 10119 Berlin
        This e-mail was sent via softgarden.
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mout.softgarden.io (mout.softgarden.io [185.172.82.44])",
            "2026-10-02 10:14:51", "Europe/Berlin", "Sg02Lw44"),
        ("From", "Lindwurm Payments Recruiting <no-reply@softgarden.io>"),
        ("To", ME_H),
        ("Subject", "Your application as Backend Engineer (Go) - Merchant Settlement"),
        ("Date", date("2026-10-02 10:14:48", "Europe/Berlin")),
        ("Message-ID", "<sg.4f2b19c7e0a3.20261002081448@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 25: offer with a first-day start time
@mail(n(25), family="offer", lang="es", interview=False, company="Caldén Tech",
      note="Job offer (after the Workable interview of early October): states a first working day "
           "'lunes 4 de enero a las 9 hs' and asks for a call time -- an offer, not an interview.",
      days=(("Mon", "2027-01-04"),))
def n25() -> bytes:
    body = t("""
        Martina, ¡qué alegría escribirte esto!

        Después de las entrevistas con el equipo, queremos que te sumes a Caldén Tech como
        Backend Developer Sr. en el squad de Cobranzas. Te mandamos la propuesta formal por
        DocuSign en un rato; te resumo lo principal:

        - Relación de dependencia, 100% remoto con viajes a Córdoba una vez por trimestre.
        - Salario bruto mensual según lo conversado, con ajuste trimestral.
        - Prepaga para vos y tu grupo familiar, 3 semanas de vacaciones desde el primer año.

        Si aceptás, tu primer día sería el lunes 4 de enero a las 9 hs, con el onboarding
        junto a las otras dos personas que ingresan ese mes.

        Tenés hasta el viernes para responder. Si querés que lo charlemos antes, decime qué
        horario te queda cómodo y te llamo.

        ¡Un abrazo grande!
        Florencia Aguirre
        People Lead | Caldén Tech
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-pj1-f49.google.com (mail-pj1-f49.google.com [209.85.216.49])",
            "2026-10-26 15:32:10", BA, "Of26Ct01"),
        ("From", "Florencia Aguirre <florencia.aguirre@caldentech.com>"),
        ("To", ME_H),
        ("Subject", enc("Propuesta laboral – Caldén Tech 🎉")),
        ("Date", date("2026-10-26 15:32:07", BA)),
        ("Message-ID", "<CAE9fLq2pQ7wN1zXk4Rt8Vb0Ms6Jc3Yh5Gd2Uo@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 26: Greenhouse application receipt
@mail(n(26), family="application_receipt", lang="en", interview=False, company="Lumen Ledger",
      note="Greenhouse application receipt ('a member of our team will reach out to schedule an "
           "interview'); no time.")
def n26() -> bytes:
    body = t("""
        Hi Martina,

        Thank you for applying to the Senior Backend Engineer, Payments Infrastructure role at
        Lumen Ledger. We've received your application and our team is reviewing it.

        If your background is a match, a member of our recruiting team will reach out to
        schedule an interview. In the meantime, feel free to read more about how we work:
        https://lumenledger.com/engineering

        Because we receive a high volume of applications, we may not be able to respond to
        every applicant individually.

        Best,
        The Lumen Ledger Recruiting Team
        """)
    return message([
        ("Delivered-To", ME),
        rcv("o11.us.greenhouse-mail.io (o11.us.greenhouse-mail.io [167.89.27.113])",
            "2026-09-29 09:41:02", "America/New_York", "Gh29Ap00"),
        ("From", "Lumen Ledger <no-reply@us.greenhouse-mail.io>"),
        ("To", ME),
        ("Subject", "Thank you for applying to Lumen Ledger"),
        ("Date", date("2026-09-29 09:40:59", "America/New_York")),
        ("Message-ID", "<a03c91be27.20260929134059.1187@us.greenhouse-mail.io>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


# ---------------------------------------------------------------- 27: job board alert
@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert; 'entrevistas esta semana' is marketing copy, nothing fixed.")
def n27() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f4f7">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:16px;font-size:18px"><b>EmpleosYa</b> · Tu alerta: <i>backend fintech</i></td></tr>
        <tr><td style="padding:0 16px">
        <p>Hola Martina, encontramos 4 avisos nuevos que coinciden con tu búsqueda:</p>
        <p><b>Backend Developer Sr (Go) – Fintech</b><br>Confidencial · Remoto (Argentina)<br>
        <span style="color:#0a7f3f">¡Entrevistas esta semana! Postulación rápida</span></p>
        <p><b>Desarrollador/a Java – Medios de Pago</b><br>Consultora IT · CABA (híbrido)<br>Publicado hace 2 días</p>
        <p><b>Software Engineer, Payments (Node.js)</b><br>Startup · Montevideo / Remoto<br>Publicado hoy</p>
        <p><b>Tech Lead Backend</b><br>Banco digital · Córdoba<br>Publicado hace 5 días</p>
        <p><a href="https://www.empleosya.com.ar/alertas/ver?id=88213">Ver todos los avisos</a></p>
        </td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#888">Recibís este correo porque creaste una alerta en EmpleosYa.
        <a href="https://www.empleosya.com.ar/alertas/baja?id=88213">Dar de baja esta alerta</a></td></tr>
        </table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mta12.empleosya.com.ar (mta12.empleosya.com.ar [190.210.44.12])",
            "2026-10-14 07:02:18", BA, "Ey14Al12"),
        ("From", "EmpleosYa Alertas <alertas@empleosya.com.ar>"),
        ("To", ME),
        ("Subject", enc("4 avisos nuevos para «backend fintech»")),
        ("Date", date("2026-10-14 07:02:15", BA)),
        ("Message-ID", "<alerta.88213.20261014100215@empleosya.com.ar>"),
        ("List-Unsubscribe", "<https://www.empleosya.com.ar/alertas/baja?id=88213>"),
        ("Precedence", "bulk"),
    ], html(page))


# ---------------------------------------------------------------- 28: newsletter about interviews, with a live session
@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Newsletter on preparing system-design interviews; its only fixed time is a live stream "
           "(jueves 8 de octubre, 19 hs).",
      days=(("Thu", "2026-10-08"),))
def n28() -> bytes:
    body = t("""
        Bitácora Backend #87 — Cómo encarar la entrevista de system design

        ¡Hola! Esta semana varios me escribieron con la misma pregunta: "tengo la entrevista
        técnica el martes, ¿qué repaso?". Va mi lista corta:

        1. Empezá por los requisitos. Preguntá volumen, latencia y consistencia antes de dibujar
           una sola caja.
        2. En fintech, idempotencia y conciliación aparecen sí o sí. Tené un ejemplo propio.
        3. No te cases con una base de datos: justificá.
        4. Cerrá con trade-offs y qué monitorearías.

        🔴 En vivo: el jueves 8 de octubre a las 19 hs hacemos un simulacro abierto de
        entrevista de diseño en YouTube. No hace falta inscribirse.

        Hasta la próxima,
        Maxi

        Estás recibiendo Bitácora Backend porque te suscribiste en bitacorabackend.substack.com.
        Desuscribirse: https://bitacorabackend.substack.com/action/disable_email
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-out-3.substack.com (mail-out-3.substack.com [168.245.9.3])",
            "2026-10-05 09:00:44", BA, "Ss05Bb87"),
        ("From", addr("Bitácora Backend", "bitacorabackend@substack.com")),
        ("To", ME),
        ("Subject", enc("#87 — Cómo encarar la entrevista de system design")),
        ("Date", date("2026-10-05 09:00:41", BA)),
        ("Message-ID", "<20261005120041.3.a81c0f2bd9e44c71@substack.com>"),
        ("List-Unsubscribe", "<https://bitacorabackend.substack.com/action/disable_email>"),
        ("List-Id", "<bitacorabackend.substack.com>"),
        ("Precedence", "bulk"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# ---------------------------------------------------------------- 29: pick-a-slot scheduling link
@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Nimbus Ledger",
      note="Recruiter asks her to pick a slot 'next week' via a Calendly link; no time fixed yet.")
def n29() -> bytes:
    body = t("""
        Hi Martina,

        Great speaking with you earlier! As promised, the next step is a 45-minute technical
        interview with two of our engineers.

        Please grab whichever slot works best for you next week using my Calendly link:
        https://calendly.com/jake-nimbusledger/technical-interview-45

        The link shows times in your local time zone, and the Zoom details will be added
        automatically once you book.

        Cheers,
        Jake Morrison
        Senior Technical Recruiter | Nimbus Ledger
        Austin, TX
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-io1-f41.google.com (mail-io1-f41.google.com [209.85.166.41])",
            "2026-11-05 14:27:03", "America/Chicago", "Nl05Cy29"),
        ("From", "Jake Morrison <jake.morrison@nimbusledger.io>"),
        ("To", ME),
        ("Subject", "Next step: technical interview with Nimbus Ledger"),
        ("Date", date("2026-11-05 14:27:00", "America/Chicago")),
        ("Message-ID", "<CAGn4rT9zB2wK7qL1mX5vP0sJ8hD3yF6cN4eRa@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 30: recruiter proposes two times (not yet confirmed)
@mail(n(30), family="interview_proposal", lang="es", interview=False, company="Tango Pay",
      note=f"Recruiter proposes 'martes 22 a las 10:15 o jueves 24 a las 15 hs' and asks which one "
           f"suits her: nothing confirmed yet (the confirmation is {n(14)}).",
      days=(("Tue", "2026-09-22"), ("Thu", "2026-09-24")))
def n30() -> bytes:
    body = t("""
        Hola Martina, ¿cómo va?

        Gracias por la charla del otro día. Ale, el lead del equipo de pagos, quiere conocerte.
        ¿Te viene bien el martes 22 a las 10:15 o el jueves 24 a las 15 hs para la entrevista
        con el equipo de pagos? Sería en nuestra oficina de Palermo.

        Decime cuál te queda mejor y lo agendamos.

        Nico

        --
        Nicolás Bianchi
        Recruiter IT | Tango Pay
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-qt1-f173.google.com (mail-qt1-f173.google.com [209.85.160.173])",
            "2026-09-16 12:04:30", BA, "Tp16Pr01"),
        ("From", addr("Nicolás Bianchi", "nbianchi@tangopay.com.ar")),
        ("To", ME),
        ("Subject", "Entrevista Tango Pay"),
        ("Date", date("2026-09-16 12:04:27", BA)),
        ("Message-ID", "<CANb2w0sU1aQ3Yr6cI8mM4oX9zE5tG7hK2dW1fS@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 31: headhunter coffee, no date yet
@mail(n(31), family="recruiter_outreach", lang="es", interview=False,
      company="Talento Sur Consultores",
      note="Headhunter outreach proposing a coffee 'en las próximas semanas'; asks her to pick a day.")
def n31() -> bytes:
    body = t("""
        Hola Martina, ¿qué tal?

        Soy Rodrigo, de Talento Sur. Estoy trabajando una búsqueda confidencial para un banco
        digital que arma un equipo nuevo de pagos en tiempo real, y tu perfil me pareció muy
        interesante (vi tu charla sobre idempotencia en APIs de cobro).

        ¿Te tomarías un café conmigo en algún momento de las próximas semanas? Estoy por
        Microcentro casi todos los días, o si preferís lo hacemos por Meet. Decime qué día y
        horario te queda cómodo y me acomodo.

        Saludos,
        Rodrigo Paz
        Senior Consultant – Tecnología
        Talento Sur Consultores
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.talentosur.com.ar (smtp.talentosur.com.ar [200.69.140.18])",
            "2026-11-17 11:12:00", BA, "Ts17Hh31"),
        ("From", "Rodrigo Paz <rpaz@talentosur.com.ar>"),
        ("To", ME_H),
        ("Subject", enc("¿Un café? Búsqueda confidencial – pagos en tiempo real")),
        ("Date", date("2026-11-17 11:11:57", BA)),
        ("Message-ID", "<000001db58c2$1a2b3c40$4e5f6a70$@talentosur.com.ar>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, cte="8bit"))


# ---------------------------------------------------------------- 32: doctor's appointment with ICS
@mail(n(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Medical appointment confirmation (martes 13/10 08:40) with an ICS: fixed time, not an "
           "interview.",
      days=(("Tue", "2026-10-13"),))
def n32() -> bytes:
    body = t("""
        Estimada/o MARTINA ALVAREZ:

        Su turno ha sido confirmado.

        Profesional: Dra. Silvina Ortiz
        Especialidad: Clínica Médica
        Fecha: martes 13/10/2026
        Hora: 08:40
        Sede: Av. Rivadavia 3940, 1er piso (Almagro)

        Recuerde presentarse 15 minutos antes con su credencial y DNI. Si no puede asistir,
        cancele el turno desde la app o respondiendo CANCELAR por WhatsApp.

        Centro Médico Almagro
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Centro Medico Almagro//Turnos//ES",
        "METHOD:PUBLISH", "BEGIN:VEVENT",
        "UID:turno-99182731@cmalmagro.com.ar", "DTSTAMP:20261008T183005Z",
        "DTSTART:20261013T114000Z", "DTEND:20261013T120000Z",
        "SUMMARY:Turno Clínica Médica - Dra. Silvina Ortiz",
        "LOCATION:Av. Rivadavia 3940\\, 1er piso", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("mail.cmalmagro.com.ar (mail.cmalmagro.com.ar [181.15.200.7])",
            "2026-10-08 15:30:08", BA, "Cm08Tn32"),
        ("From", addr("Centro Médico Almagro", "turnos@cmalmagro.com.ar", "iso-8859-1")),
        ("To", ME),
        ("Subject", "Turno confirmado - martes 13/10 08:40 hs"),
        ("Date", date("2026-10-08 15:30:05", BA)),
        ("Message-ID", "<turno-99182731.conf@cmalmagro.com.ar>"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, method="PUBLISH", cte="base64", filename="turno.ics", disposition="attachment")))


# ---------------------------------------------------------------- 33: landlord's tenant interview
@mail(n(33), family="tenant_interview", lang="es", interview=False, company=None,
      note="Estate agent confirms an 'entrevista' with a landlord for a flat (sábado 7/11, 11 hs): "
           "a fixed time but not a job interview.",
      days=(("Sat", "2026-11-07"),))
def n33() -> bytes:
    body = t("""
        Hola Martina, buenas tardes.

        Te cuento que el propietario del 3 ambientes de Camargo 580 (Villa Crespo) prefiere
        hacer una entrevista con los interesados antes de decidir a quién se lo alquila.

        Te confirmo la entrevista con él para el sábado 7/11 a las 11 hs, en el mismo
        departamento (timbre 4°B). Traé por favor los últimos 3 recibos de sueldo y los datos
        de la garantía / seguro de caución.

        Cualquier cambio avisame por acá o al celular.

        Saludos,
        Verónica Lanús
        Propiedades Crespo – Martillera y Corredora Pública
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-oa1-f51.google.com (mail-oa1-f51.google.com [209.85.160.51])",
            "2026-11-03 17:40:22", BA, "Pc03Ti33"),
        ("From", addr("Verónica Lanús", "vlanus@propiedadescrespo.com.ar")),
        ("To", ME),
        ("Subject", enc("Entrevista con el propietario – Camargo 580")),
        ("Date", date("2026-11-03 17:40:19", BA)),
        ("Message-ID", "<CAL0vR7mK2pQ9wN4zXb1Tc8Fs5Jh3Yd6Ge0Uk@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 34: car service appointment
@mail(n(34), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Dealer confirms a 30.000 km service (jueves 22/10, 8:00): fixed time, not an interview.",
      days=(("Thu", "2026-10-22"),))
def n34() -> bytes:
    page = t("""
        <html><body style="font-family:Tahoma,Arial;font-size:13px">
        <h2 style="color:#003c71">Turno de taller confirmado</h2>
        <p>Sra. ALVAREZ MARTINA:</p>
        <p>Le confirmamos su turno en nuestro taller oficial.</p>
        <table border="1" cellpadding="4" style="border-collapse:collapse">
        <tr><td>Vehículo</td><td>Volkswagen Gol Trend – AB 412 XK</td></tr>
        <tr><td>Servicio</td><td>Mantenimiento 30.000 km</td></tr>
        <tr><td>Fecha</td><td>jueves 22/10/2026</td></tr>
        <tr><td>Hora de recepción</td><td>8:00</td></tr>
        <tr><td>Asesor de servicio</td><td>Diego Ferraro</td></tr>
        </table>
        <p>Dirección: Av. Maipú 2150, Olivos. El tiempo estimado de trabajo es de 4 horas.</p>
        <p>Autocentro Norte S.A. – Concesionario Oficial</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("crm.autocentronorte.com.ar (crm.autocentronorte.com.ar [200.123.190.40])",
            "2026-10-16 10:05:00", BA, "An16Sv34"),
        ("From", "Autocentro Norte <turnos.taller@autocentronorte.com.ar>"),
        ("To", ME),
        ("Subject", "Turno de taller confirmado - AB412XK"),
        ("Date", date("2026-10-16 10:04:57", BA)),
        ("Message-ID", "<TT-20261016-0448@crm.autocentronorte.com.ar>"),
    ], html(page, charset="windows-1252"))


# ---------------------------------------------------------------- 35: team dinner at the current job (Google Calendar)
@mail(n(35), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar invitation to the end-of-year team dinner at her current employer "
           "(vie 11 dic 20:00): a calendar event, not an interview.",
      days=(("Fri", "2026-12-11"),))
def n35() -> bytes:
    body = t("""
        Julieta Romero te invitó a un evento

        Cena de fin de año – Backend
        Cuándo
        viernes 11 de diciembre de 2026 · 20:00 – 23:30
        Hora estándar de Argentina

        Dónde
        La Cabrera, Cabrera 5099, CABA

        Invitados
        Julieta Romero - organizador
        equipo-backend@pagoluz.com

        ¡Cerramos el año! La empresa invita la cena; las bebidas extra van por cuenta de cada uno.
        Confirmen asistencia así hago la reserva.

        Invitación de Google Calendar
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", TZ_BA, "BEGIN:VEVENT",
        "DTSTART;TZID=America/Argentina/Buenos_Aires:20261211T200000",
        "DTEND;TZID=America/Argentina/Buenos_Aires:20261211T233000",
        "DTSTAMP:20261124T131502Z",
        "ORGANIZER;CN=Julieta Romero:mailto:julieta.romero@pagoluz.com",
        "UID:1b9e0c7d33aa@google.com",
        "ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=equipo-backend@pagoluz.com:mailto:equipo-backend@pagoluz.com",
        "SUMMARY:Cena de fin de año – Backend", "LOCATION:La Cabrera\\, Cabrera 5099\\, CABA",
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", "martina.alvarez@example.org"),
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
            "2026-11-24 10:15:04", BA, "Pl24Cf35"),
        ("Reply-To", "Julieta Romero <julieta.romero@pagoluz.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("From", "Julieta Romero <julieta.romero@pagoluz.com>"),
        ("To", "equipo-backend@pagoluz.com"),
        ("Subject", enc("Invitación: Cena de fin de año – Backend @ vie 11 dic 2026 20:00 - 23:30 (GMT-3) "
                        "(equipo-backend@pagoluz.com)")),
        ("Date", date("2026-11-24 10:15:02", BA)),
        ("Message-ID", "<calendar-1b9e0c7d-33aa-4f10-8c55-2e0d9a7b6c41@google.com>"),
    ], alt(text(body), calendar(ics, cte="base64")))


# ---------------------------------------------------------------- 36: parent-teacher meeting
@mail(n(36), family="school_meeting", lang="es", interview=False, company=None,
      note="Kindergarten sets an individual parent-teacher meeting (jueves 5 de noviembre, 18 hs).",
      days=(("Thu", "2026-11-05"),))
def n36() -> bytes:
    body = t("""
        Familia de Tomás:

        Les recordamos que el jueves 5 de noviembre a las 18 hs tienen la entrevista individual
        con la seño Paula para conversar sobre el cierre del año de Tomás y el pase a primer
        grado. La reunión dura 20 minutos y se hace en la Sala Verde.

        Si no pueden asistir, por favor avisen por el cuaderno de comunicaciones o
        respondiendo este correo.

        Saludos cordiales,
        Secretaría
        Jardín de Infantes Los Ceibos
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.jardinlosceibos.edu.ar (smtp.jardinlosceibos.edu.ar [190.2.11.33])",
            "2026-10-29 13:20:16", BA, "Jc29Pm36"),
        ("From", addr("Jardín Los Ceibos", "secretaria@jardinlosceibos.edu.ar", "iso-8859-1")),
        ("To", "martina.alvarez@example.org, fede.quiroga@example.com"),
        ("Subject", enc("Entrevista con la seño Paula - Sala Verde", "iso-8859-1")),
        ("Date", date("2026-10-29 13:20:13", BA)),
        ("Message-ID", "<5e1f0a7b-2d3c-4e9f-8a6b@jardinlosceibos.edu.ar>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


# ---------------------------------------------------------------- 37: webinar registration (Zoom)
@mail(n(37), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration about system-design interviews (Oct 15, 12:00 PM ET): a "
           "confirmed time, but a webinar.",
      days=(("Thu", "2026-10-15"),))
def n37() -> bytes:
    body = t("""
        Hi Martina,

        Thank you for registering for "Cracking the Fintech System Design Interview".

        Please submit any questions to: hosts@devcareerlive.com

        Date & Time: Oct 15, 2026 12:00 PM Eastern Time (US and Canada)

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88120944513?tk=Y2FyZWVybGl2ZQ

        Passcode: 771203

        Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar

        You can cancel your registration at any time.
        """)
    return message([
        ("Delivered-To", ME),
        rcv("zoom-mail-sjc.zoom.us (zoom-mail-sjc.zoom.us [170.114.52.9])",
            "2026-10-06 20:44:31", "America/New_York", "Zw06Wb37"),
        ("From", "DevCareer Live <no-reply@zoom.us>"),
        ("Reply-To", "hosts@devcareerlive.com"),
        ("To", "Martina Alvarez <martina.alvarez@example.org>"),
        ("Subject", "Cracking the Fintech System Design Interview Confirmation"),
        ("Date", date("2026-10-06 20:44:28", "America/New_York")),
        ("Message-ID", "<webinar.88120944513.reg.Xk2Lq@zoom.us>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


# ---------------------------------------------------------------- 38: conference talk slot she will give
@mail(n(38), family="conference_talk", lang="es", interview=False, company=None,
      note="Conference confirms her own talk slot (sábado 21 de noviembre, 11:30, Sala B): "
           "a fixed time, not an interview.",
      days=(("Sat", "2026-11-21"), ("Thu", "2026-11-19")))
def n38() -> bytes:
    body = t("""
        ¡Hola Martina!

        Tu charla "Idempotencia en APIs de cobro: lo que aprendimos a los golpes" quedó
        confirmada en la grilla de BackendConf Sur 2026.

          Día: sábado 21 de noviembre
          Horario: 11:30 a 12:10 hs (30' de charla + 10' de preguntas)
          Sala: B (primer piso)
          Lugar: Centro Cultural de la Ciencia, Godoy Cruz 2270, CABA

        Te pedimos que llegues 30 minutos antes para la prueba de sonido y que subas las slides
        al formulario antes del jueves 19. También vamos a grabar una mini entrevista de 5
        minutos para redes en el stand de prensa después de tu charla.

        ¡Gracias por sumarte!
        Equipo de Programa – BackendConf Sur
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail.backendconfsur.org (mail.backendconfsur.org [45.79.141.20])",
            "2026-11-02 19:05:48", BA, "Bc02Tk38"),
        ("From", "Programa BackendConf Sur <programa@backendconfsur.org>"),
        ("To", ME_H),
        ("Subject", enc("Tu charla quedó confirmada – BackendConf Sur 2026")),
        ("Date", date("2026-11-02 19:05:45", BA)),
        ("Message-ID", "<c0nf.talk.0442.20261102220545@backendconfsur.org>"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 39: mock interview with a career coach (Calendly)
@mail(n(39), family="mock_interview", lang="es", interview=False, company=None,
      note="Calendly confirmation of a paid mock interview with a career coach (jueves 29 de "
           "octubre, 19:00-20:00): same shape as a real booking, but a practice session.",
      days=(("Thu", "2026-10-29"),))
def n39() -> bytes:
    body = t("""
        Hola, Martina Álvarez:

        Se programó un nuevo evento.

        Evento:
        Simulacro de entrevista técnica en inglés (60 min)

        Fecha/Hora del evento:
        19:00 - 20:00, jueves, 29 de octubre de 2026 (hora de Argentina)

        Anfitrión:
        Carolina Paz – Coaching de carrera para devs

        Ubicación:
        Zoom: https://us02web.zoom.us/j/86120033917

        Notas del anfitrión:
        Voy a hacer de entrevistadora de una empresa de EE. UU. (behavioral + un ejercicio
        corto). Al final te doy feedback por escrito. Traé tu CV actualizado.

        Cancelar: https://calendly.com/cancellations/0f9e8d7c-6b5a-4433-a2e1-c0ffee112233
        Reprogramar: https://calendly.com/reschedulings/0f9e8d7c-6b5a-4433-a2e1-c0ffee112233

        Desarrollado por Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTAMP:20261022233010Z",
        "UID:0f9e8d7c-6b5a-4433-a2e1-c0ffee112233@calendly.com",
        "DTSTART:20261029T220000Z", "DTEND:20261029T230000Z",
        "SUMMARY:Simulacro de entrevista técnica en inglés (60 min)",
        "ORGANIZER;CN=Carolina Paz:mailto:carolina@carolinapazcoaching.com",
        "ATTENDEE;CN=Martina Álvarez;PARTSTAT=ACCEPTED:mailto:martina.alvarez@example.org",
        "LOCATION:https://us02web.zoom.us/j/86120033917", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("o1.email.calendly.com (o1.email.calendly.com [167.89.84.171])",
            "2026-10-22 20:30:13", BA, "Cy22Mk39"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Carolina Paz <carolina@carolinapazcoaching.com>"),
        ("To", ME),
        ("Subject", enc("Confirmado: Simulacro de entrevista técnica en inglés (60 min) con Carolina Paz "
                        "el jueves, 29 de octubre de 2026")),
        ("Date", date("2026-10-22 20:30:10", BA)),
        ("Message-ID", "<cly.0f9e8d7c6b5a.invitee.confirmation@calendly.com>"),
    ], mixed(text(body),
             calendar(ics, method=None, cte="base64", filename="invite.ics", disposition="attachment")))


# ---------------------------------------------------------------- 40: she is the interviewer at her current job (Exchange)
@mail(n(40), family="interviewer_invite", lang="es", interview=False, company=None,
      note="Outlook meeting request from her current employer's recruiter asking her to interview "
           "a candidate (miércoles 18 de noviembre 14:00-15:00): an interview, but she is the "
           "interviewer, not the candidate.",
      days=(("Wed", "2026-11-18"),))
def n40() -> bytes:
    body = t("""
        Cuándo: miércoles, 18 de noviembre de 2026 14:00-15:00 (UTC-03:00) Ciudad de Buenos Aires
        Dónde: Sala Iguazú / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Martina,

        ¡Gracias por sumarte como entrevistadora técnica! El candidato es Ezequiel Paz, para la
        posición Backend Sr. del squad de Conciliaciones. Te adjunto el CV en el Drive del proceso
        y la scorecard a completar antes del viernes.

        Vas a estar con Leandro (tech lead). Cualquier cosa me avisás.

        Agustina Vera
        Talent Acquisition | Pagoluz
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        TZ_ARG_WIN, "BEGIN:VEVENT",
        "ORGANIZER;CN=Agustina Vera:mailto:agustina.vera@pagoluz.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Álvarez:mailto:martina.alvarez@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leandro Costa:mailto:leandro.costa@pagoluz.com",
        "UID:040000008200E00074C5B7101A82E00800000000E7D6C5B4A392DC0100000000000000001000000012345678ABCDEF01",
        "SUMMARY;LANGUAGE=es-AR:Entrevista técnica – Candidato: Ezequiel Paz (Backend Sr.)",
        "DTSTART;TZID=Argentina Standard Time:20261118T140000",
        "DTEND;TZID=Argentina Standard Time:20261118T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261112T140233Z", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=es-AR:Sala Iguazú / Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("BRAPR01-GRU-obe.outbound.protection.outlook.com (mail-gru1bra01on2071.outbound.protection.outlook.com [40.107.114.71])",
            "2026-11-12 11:02:36", BA, "Pl12Iv40"),
        ("From", "Agustina Vera <agustina.vera@pagoluz.com>"),
        ("To", addr("Martina Álvarez", ME)),
        ("CC", "Leandro Costa <leandro.costa@pagoluz.com>"),
        ("Subject", enc("Entrevista técnica – Candidato: Ezequiel Paz (Backend Sr.)")),
        ("Date", date("2026-11-12 11:02:33", BA)),
        ("Message-ID", "<CP6PR80MB4410B1C2D3E4F5A6B7C8D9E0F1A2@CP6PR80MB4410.lamprd80.prod.outlook.com>"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, cte="base64"), calendar(ics, cte="base64")))


# ---------------------------------------------------------------- 41: out-of-office auto-reply from a hiring manager
@mail(n(41), family="auto_reply", lang="es", interview=False, company=None,
      note=f"Out-of-office auto-reply from the Ñandú Labs manager (see {n(10)}); only a return date.",
      days=(("Tue", "2026-11-03"),))
def n41() -> bytes:
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy fuera de la oficina hasta el martes 3/11 inclusive, con acceso limitado al mail.
        Si es por un proceso de selección en curso, escribile a Mariela Sosa
        (mariela.sosa@nandulabs.com.ar). Si no, te respondo a la vuelta.

        Saludos,
        Pablo Gentile
        Engineering Manager | Ñandú Labs
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-ua1-f50.google.com (mail-ua1-f50.google.com [209.85.222.50])",
            "2026-10-30 09:47:21", BA, "Nl30Oo41"),
        ("From", "Pablo Gentile <pablo.gentile@nandulabs.com.ar>"),
        ("To", ME_H),
        ("Subject", enc("Respuesta automática: Re: Búsqueda Backend Sr. – Ñandú Labs")),
        ("Date", date("2026-10-30 09:47:18", BA)),
        ("Message-ID", "<CAAuto7rP1gX0mQ4zK8vN2bL5sT9dW3yH6cF0eJ@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "bulk"),
    ], text(body, cte="base64"))


# ---------------------------------------------------------------- 42: bounce of her own confirmation
@mail(n(42), family="bounce", lang="en", interview=False, company=None,
      note=f"Gmail delivery failure for her reply to Cobalto Pagos (typo in the domain); the "
           f"returned message confirms 'miércoles 14/10 a las 10', but a bounce is not a "
           f"confirmation from the employer (the real one is {n(2)}).",
      days=(("Wed", "2026-10-14"),))
def n42() -> bytes:
    inner = message([
        ("From", ME_H),
        ("To", addr("Valentina Píriz", "valentina.piriz@cobaltopagos.com")),
        ("Subject", enc("Re: Entrevista confirmada: Cobalto Pagos – Desarrolladora Backend Sr.")),
        ("Date", date("2026-10-08 20:15:40", BA)),
        ("Message-ID", "<CAMartina8oct2026xQ1zV7bK3nL9pR5tW0yF2c@mail.gmail.com>"),
    ], text(t("""
        Hola Valentina,

        Confirmo la entrevista del miércoles 14/10 a las 10 (hora de Uruguay). ¡Muchas gracias!

        Saludos,
        Martina
        """)))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to valentina.piriz@cobaltopagos.com because the domain
        cobaltopagos.com couldn't be found. Check for typos or unnecessary spaces and try again.

        The response from the remote server was:
        DNS Error: DNS type 'mx' lookup of cobaltopagos.com responded with code NXDOMAIN
        Domain name not found: cobaltopagos.com
        """)
    status = t("""
        Reporting-MTA: dns; googlemail.com
        Arrival-Date: Thu, 08 Oct 2026 16:15:40 -0700 (PDT)

        Final-Recipient: rfc822; valentina.piriz@cobaltopagos.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of cobaltopagos.com responded with code NXDOMAIN
        Last-Attempt-Date: Thu, 08 Oct 2026 16:15:41 -0700 (PDT)
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
            "2026-10-08 20:15:42", BA, "Mb08Df42"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
        ("To", ME),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-10-08 20:15:41", BA)),
        ("Message-ID", "<67f1a2b3.050a0220.1c2d3e.8f90.GMR@mx.google.com>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(notice, cte="7bit"),
                 raw_part([("Content-Type", "message/delivery-status")], status),
                 attached_message(inner), params="report-type=delivery-status"))


# ---------------------------------------------------------------- 43: mailing-list thread about interviews
@mail(n(43), family="mailing_list", lang="es", interview=False, company=None,
      note="Community mailing-list reply describing someone else's past interview ('el martes "
           "pasado a las 10'); nothing for her.")
def n43() -> bytes:
    body = t("""
        El lun, 23 nov 2026 a las 21:02, Lorena Acuña escribió:
        > ¿Alguien pasó por entrevistas técnicas en bancos grandes últimamente? ¿Piden
        > LeetCode o es más diseño?

        Yo tuve la mía en un banco el martes pasado a las 10: fueron dos horas, primero una
        charla con RR.HH. y después un ejercicio de diseño de una API de transferencias con
        idempotencia. Nada de LeetCode. Lo que sí, preguntaron bastante de Oracle y de
        mensajería (IBM MQ).

        Suerte!
        Gustavo

        --
        Recibiste este mensaje porque estás suscripto a la lista backend-ar.
        Para desuscribirte: backend-ar+unsubscribe@listas.backendar.org
        """)
    return message([
        ("Delivered-To", ME),
        rcv("listas.backendar.org (listas.backendar.org [66.228.40.91])",
            "2026-11-24 08:33:19", BA, "Ls24Ba43"),
        ("From", addr("Gustavo Ríos", "gusrios@example.com")),
        ("To", "backend-ar@listas.backendar.org"),
        ("Subject", enc("Re: [backend-ar] ¿Cómo son las entrevistas técnicas en bancos?")),
        ("Date", date("2026-11-24 08:33:15", BA)),
        ("Message-ID", "<CAGr1os5nW8kQ0zV3mL7bX2pT9rF4yD6hJ1cE@mail.gmail.com>"),
        ("In-Reply-To", "<CALa0rEna21x2Y7zQ4kW9mB0pV3nT6sF8gD1c@mail.gmail.com>"),
        ("List-Id", "Backend Argentina <backend-ar.listas.backendar.org>"),
        ("List-Post", "<mailto:backend-ar@listas.backendar.org>"),
        ("List-Unsubscribe", "<mailto:backend-ar+unsubscribe@listas.backendar.org>"),
        ("Precedence", "list"),
        ("Sender", "backend-ar@listas.backendar.org"),
    ], text(body, cte="8bit"))


# ---------------------------------------------------------------- 44: job-centre appointment
@mail(n(44), family="job_centre", lang="es", interview=False, company=None,
      note="Public employment office confirms an 'entrevista de orientación laboral' (miércoles "
           "9/9, 10:00): an appointment about her job search, not a job interview.",
      days=(("Wed", "2026-09-09"),))
def n44() -> bytes:
    page = t("""
        <html><body style="font-family:Arial;font-size:13px">
        <p><b>Oficina de Empleo - Centro de Orientación Laboral Norte</b></p>
        <p>Sra. Martina Álvarez, DNI ***.512</p>
        <p>Le confirmamos su turno para una <b>entrevista de orientación laboral</b> con una
        consejera del Centro, en el marco de su inscripción al programa de formación en
        tecnologías de pagos.</p>
        <p>Fecha: miércoles 9/9/2026<br>Hora: 10:00<br>
        Lugar: Av. Cabildo 3067, planta baja, ventanilla 4</p>
        <p>Traer DNI, CV impreso y constancia de CUIL. La inasistencia sin aviso da de baja la
        inscripción.</p>
        <p>Este correo se generó automáticamente. No lo responda.</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        rcv("notificaciones.colnorte.gob.ar (notificaciones.colnorte.gob.ar [200.41.72.15])",
            "2026-09-02 08:30:05", BA, "Oe02Cl44"),
        ("From", "Centro de Orientacion Laboral Norte <no-responder@colnorte.gob.ar>"),
        ("To", ME),
        ("Subject", enc("Confirmación de turno: entrevista de orientación laboral", "iso-8859-1")),
        ("Date", date("2026-09-02 08:30:02", BA)),
        ("Message-ID", "<turnos.2026090211300201.44781@colnorte.gob.ar>"),
    ], html(page, charset="iso-8859-1"))


# ---------------------------------------------------------------- 45: executive MBA admission interview
@mail(n(45), family="admission_interview", lang="es", interview=False, company=None,
      note="Business school confirms an MBA admission interview (martes 10 de noviembre 18:30, 45 "
           "minutos): a confirmed interview, but for admission, not a job.",
      days=(("Tue", "2026-11-10"),))
def n45() -> bytes:
    body = t("""
        Estimada Martina:

        Recibimos su formulario de postulación al MBA Ejecutivo – cohorte 2027. Como parte del
        proceso de admisión, le confirmamos la entrevista personal con el Director Académico,
        Prof. Julián Echeverría:

          martes 10 de noviembre de 2026, 18:30 hs
          Duración: 45 minutos
          Sede Retiro, Av. Alem 1050, 5° piso (o por Zoom, si lo prefiere)

        Le pedimos traer su CV actualizado y una copia de su título de grado.

        Atentamente,
        Oficina de Admisiones
        Escuela de Negocios del Plata
        admisiones@enplata.edu.ar
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.enplata.edu.ar (smtp.enplata.edu.ar [200.5.110.77])",
            "2026-11-03 12:44:00", BA, "En03Ad45"),
        ("From", "Admisiones ENP <admisiones@enplata.edu.ar>"),
        ("To", addr("Martina Álvarez", ME)),
        ("Subject", enc("Entrevista de admisión – MBA Ejecutivo 2027")),
        ("Date", date("2026-11-03 12:43:57", BA)),
        ("Message-ID", "<a4d19f0c-71b2-4e3a-b0c8-enp.admisiones@enplata.edu.ar>"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 46: sports-club try-out
@mail(n(46), family="sports_tryout", lang="es", interview=False, company=None,
      note="Hockey club confirms a try-out (sábado 26/9, 9 hs): fixed time, not an interview.",
      days=(("Sat", "2026-09-26"),))
def n46() -> bytes:
    body = t("""
        Hola Martina!

        Te confirmamos la prueba para el plantel de Intermedia de hockey femenino: sábado 26/9 a
        las 9 hs en la cancha 2 (sintético). Vení con palo, canilleras, protector bucal y ropa
        cómoda. La prueba dura aprox. una hora y media y después hacemos una charla con el DT.

        Si no podés venir avisame así te anoto para la próxima fecha.

        Saludos!
        Caro – Coordinación Hockey
        Club Atlético Parque Chas
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-vk1-f174.google.com (mail-vk1-f174.google.com [209.85.221.174])",
            "2026-09-21 22:10:45", BA, "Hk21Pc46"),
        ("From", "Hockey CAPCh <hockey.capch@example.com>"),
        ("To", ME),
        ("Subject", "Prueba Intermedia - sabado 26/9"),
        ("Date", date("2026-09-21 22:10:42", BA)),
        ("Message-ID", "<CAHck9yT2mP5wQ8zR1vN4bL7sK0dX3cF6gJ9e@mail.gmail.com>"),
    ], text(body, cte="quoted-printable"))


# ---------------------------------------------------------------- 47: accountant / tax adviser appointment
@mail(n(47), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Her accountant confirms a meeting about her tax category (martes 15/12, 17 hs): "
           "fixed time, not an interview.",
      days=(("Tue", "2026-12-15"),))
def n47() -> bytes:
    body = t("""
        Martina, buenas tardes:

        Te confirmo la reunión en el estudio para el martes 15/12 a las 17 hs, así vemos la
        recategorización del monotributo por los trabajos freelance y si te conviene pasar a
        responsable inscripto el año que viene, según cómo termine tu cambio de trabajo.

        Traé las facturas emitidas de julio a noviembre y el último recibo de sueldo.

        Saludos,
        Cdor. Hugo Ferrari
        Estudio Ferrari & Asoc. – Lavalle 1567, 4° "C"
        """)
    return message([
        ("Delivered-To", ME),
        rcv("smtp.estudioferrari.com.ar (smtp.estudioferrari.com.ar [200.85.152.3])",
            "2026-12-09 16:22:31", BA, "Ef09Tx47"),
        ("From", "Hugo Ferrari <hferrari@estudioferrari.com.ar>"),
        ("To", ME),
        ("Subject", enc("Reunión monotributo – martes 15/12", "windows-1252")),
        ("Date", date("2026-12-09 16:22:28", BA)),
        ("Message-ID", "<002101db6a1f$0c3e5a90$24bb0fb0$@estudioferrari.com.ar>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252"))


# ---------------------------------------------------------------- 48: a journalist interviews her
@mail(n(48), family="press_interview", lang="en", interview=False, company=None,
      note="Journalist confirms an interview for an article (Tuesday, November 24, 4:00 PM Buenos "
           "Aires / 2:00 PM ET): she is the interviewee for the press, not a job candidate.",
      days=(("Tue", "2026-11-24"),))
def n48() -> bytes:
    body = t("""
        Hi Martina,

        Thanks so much for agreeing to talk to me for our piece on women building payments
        infrastructure in Latin America. Confirming our interview for Tuesday, November 24 at
        4:00 PM Buenos Aires time (2:00 PM ET) over Zoom - I'll send the link the day before.
        It should take about 30 minutes, and I'll share the quotes with you before publication.

        Best,
        Hannah Cole
        Senior Reporter, Fintech Weekly LatAm
        hannah.cole@fintechweekly-latam.com
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])",
            "2026-11-18 10:05:12", "America/New_York", "Fw18Pr48"),
        ("From", "Hannah Cole <hannah.cole@fintechweekly-latam.com>"),
        ("To", ME_H),
        ("Subject", "Re: Interview for Fintech Weekly LatAm"),
        ("Date", date("2026-11-18 10:05:09", "America/New_York")),
        ("Message-ID", "<CAHc0le4pR7mT1zQ9xW2vB5nL8sK3dY6jF0gE@mail.gmail.com>"),
        ("In-Reply-To", "<CAMartinaFwlQ2nov2026aZ1xV4bN7mK0pR3tS@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


# ---------------------------------------------------------------- 49: a friend forwards her own interview confirmation
@mail(n(49), family="forwarded_other_person", lang="es", interview=False, company=None,
      note="A friend forwards (as an attachment) her own Greenhouse confirmation for Mon 2 Nov "
           "10:00 AM EST: a real interview, but not Martina's.",
      days=(("Mon", "2026-11-02"),))
def n49() -> bytes:
    inner_body = t("""
        Hi Lucia,

        Thanks for making time to speak with us! Here are the details for your upcoming
        interview with Lumen Ledger.

        Position: Backend Engineer, Card Issuing
        Interview: Recruiter Screen

        Date: Monday, November 2nd, 2026
        Time: 10:00 AM - 10:30 AM EST
        Location: Phone - we'll call you at the number on your application

        If anything comes up and you need to move this, just reply to this email.

        Best,
        Dana Whitfield
        Recruiting Coordinator | Lumen Ledger
        """)
    inner = message([
        ("From", "Lumen Ledger <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@lumenledger.com>"),
        ("To", "Lucia Ramirez <lu.ramirez87@example.com>"),
        ("Subject", "Interview Confirmation: Backend Engineer, Card Issuing at Lumen Ledger"),
        ("Date", date("2026-10-28 15:40:02", "America/New_York")),
        ("Message-ID", "<9b2e7f11c4.20261028194002.7730@us.greenhouse-mail.io>"),
    ], text(inner_body, cte="7bit"))
    body = t("""
        Marti!!! Mirá, a mí también me llamaron de Lumen Ledger jajaja (te reenvío el mail).
        ¿Vos ya tuviste la tuya? Contame qué te preguntaron porfa, estoy re nerviosa.

        Besos
        Lu
        """)
    return message([
        ("Delivered-To", ME),
        rcv("mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])",
            "2026-10-28 18:02:44", BA, "Lr28Fw49"),
        ("From", addr("Lucía Ramírez", "lu.ramirez87@example.com")),
        ("To", ME),
        ("Subject", "Fwd: Interview Confirmation: Backend Engineer, Card Issuing at Lumen Ledger"),
        ("Date", date("2026-10-28 18:02:41", BA)),
        ("Message-ID", "<CALuR4m1rZ2pQ8wN5vB0kX7tL3sD6yF9cJ1hG@mail.gmail.com>"),
    ], mixed(text(body), attached_message(inner, filename="Interview Confirmation.eml")))


# ---------------------------------------------------------------- 50: podcast recording
@mail(n(50), family="podcast", lang="en", interview=False, company=None,
      note="Podcast producer confirms a recording 'interview' (Tuesday, December 8, 6 pm CET / "
           "2 pm Buenos Aires) with an ICS: a guest appearance, not a job interview.",
      days=(("Tue", "2026-12-08"),))
def n50() -> bytes:
    body = t("""
        Hi Martina,

        Lovely to have you on Deploy Friday! Confirming the recording of your interview episode
        ("Idempotency keys in the wild") for Tuesday, December 8 at 6 pm CET, which is 2 pm for
        you in Buenos Aires. The invite is attached.

        We record on Riverside, so please use Chrome, wired headphones and a quiet room. Plan for
        about an hour; the episode itself will be 40-45 minutes after editing.

        Cheers,
        Lena Vogt
        Producer, Deploy Friday
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ["Europe/Berlin"], "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20261208T180000",
        "DTEND;TZID=Europe/Berlin:20261208T190000",
        "DTSTAMP:20261201T101507Z",
        "ORGANIZER;CN=Lena Vogt:mailto:lena@deployfriday.fm",
        "UID:4c8a2f9d10e7@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.alvarez@example.org:mailto:martina.alvarez@example.org",
        "SUMMARY:Deploy Friday recording – Martina Álvarez",
        "LOCATION:https://riverside.fm/studio/deploy-friday",
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR",
    ])
    return message([
        ("Delivered-To", ME),
        rcv("mail-ed1-f47.google.com (mail-ed1-f47.google.com [209.85.208.47])",
            "2026-12-01 11:15:09", "Europe/Berlin", "Df01Pc50"),
        ("From", "Lena Vogt <lena@deployfriday.fm>"),
        ("To", ME),
        ("Subject", "Deploy Friday: your recording on Dec 8"),
        ("Date", date("2026-12-01 11:15:07", "Europe/Berlin")),
        ("Message-ID", "<CALen4vG7oQ2pX9zR1mN5bK8tW3sD0yF6cJ4h@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))
