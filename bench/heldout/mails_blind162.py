"""blind162: 50 hand-written mails from the inbox of Sofía Pereira, a data engineer in Montevideo.

Written blind (without reading the detector, its tests or the other held-out mails). Build with
``python3 bench/heldout/make_blind.py blind162``. One function per mail; the mail written
``key``-th is ``blind162_{ORDER[key-1]:03d}.eml`` (keys 1-23 positives, 24-50 negatives).
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

ORDER = random.Random(1620162).sample(range(1, 51), 50)
ME = "sofia.pereira@example.org"
ME_NAME = "Sofía Pereira"
MVD = "America/Montevideo"
BA = "America/Argentina/Buenos_Aires"
SP = "America/Sao_Paulo"
SCL = "America/Santiago"
MAD = "Europe/Madrid"
NY = "America/New_York"


def n(key: int) -> str:
    return f"blind162_{ORDER[key - 1]:03d}"


def me() -> str:
    return addr(ME_NAME, ME)


def head(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, *,
         to: str | None = None, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 4) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    ident = "mx1.example.org (Postfix) with ESMTPS id " + msgid.split("@")[0][-10:].upper().replace(".", "")
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay}", when, zone, ident, ME, lag)),
        ("From", frm),
        ("To", to or me()),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{msgid}>"),
        *extra,
    ]


VTZ_LOCAL = {
    "America/Montevideo": """BEGIN:VTIMEZONE
TZID:America/Montevideo
X-LIC-LOCATION:America/Montevideo
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:GMT-3
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Argentina/Buenos_Aires": """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:GMT-3
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "Argentina Standard Time": """BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE""",
    "E. South America Standard Time": """BEGIN:VTIMEZONE
TZID:E. South America Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE""",
    "Pacific SA Standard Time": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Romance Standard Time": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Europe/Madrid": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
}


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 11:00", NY), end=utc("2026-10-29 11:45", NY),
      contact="danielle.ortiz@kestrelpay.com", company="Kestrel Pay",
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 11:45", zone=NY,
      note="Greenhouse confirmation, 11:00-11:45 AM EDT on Thu 29 Oct (US still on daylight time, "
           "-4; the body also gives 12:00 Montevideo) = 15:00Z; ICS in UTC agrees; contact = "
           "Reply-To recruiter (also ICS ORGANIZER)")
def kestrel_greenhouse():
    body = t("""
        Hi Sofía,

        Thanks for making time to speak with us! Your interview for Senior Data Engineer
        (Remote - LATAM) at Kestrel Pay is confirmed. Here are the details:

        Interview: Technical Deep Dive - Data Pipelines
        Date: Thursday, October 29, 2026
        Time: 11:00 AM - 11:45 AM EDT (12:00 PM - 12:45 PM in Montevideo)
        Location: Google Meet - https://meet.google.com/kvx-pqrt-wmd
        Interviewers: Aaron Feld (Staff Engineer), Jess Lindqvist (Engineering Manager)

        A calendar invitation is attached. If anything changes on your side, just reply to this
        email and it will come straight to me.

        Best,
        Danielle Ortiz
        Technical Recruiter | Kestrel Pay
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Sofía,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Data Engineer (Remote - LATAM)</b>
        at Kestrel Pay is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Technical Deep Dive - Data Pipelines</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, October 29, 2026</td></tr>
        <tr><td><b>Time</b></td><td>11:00 AM - 11:45 AM EDT (12:00 PM - 12:45 PM in Montevideo)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/kvx-pqrt-wmd">Google Meet</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Aaron Feld (Staff Engineer), Jess Lindqvist (Engineering Manager)</td></tr>
        </table>
        <p>A calendar invitation is attached. If anything changes on your side, just reply to this email and it
        will come straight to me.</p>
        <p>Best,<br>Danielle Ortiz<br>Technical Recruiter | Kestrel Pay</p>
        <img src="https://app.greenhouse.io/email_open/8c1f2a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48213377@greenhouse.io
        DTSTAMP:20261026T141905Z
        DTSTART:20261029T150000Z
        DTEND:20261029T154500Z
        SUMMARY:Interview: Sofía Pereira <> Kestrel Pay (Technical Deep Dive)
        LOCATION:https://meet.google.com/kvx-pqrt-wmd
        ORGANIZER;CN=Danielle Ortiz:mailto:danielle.ortiz@kestrelpay.com
        ATTENDEE;CN=Sofía Pereira;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sofia.pereira@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Kestrel Pay", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Data Engineer (Remote - LATAM) at Kestrel Pay",
              "2026-10-26 10:19:05", NY, "0100019a2c6e1f4b-7d1e@us.greenhouse-mail.io",
              "o3.sendgrid.greenhouse-mail.io (o3.sendgrid.greenhouse-mail.io [198.51.100.23])",
              extra=(("Reply-To", addr("Danielle Ortiz", "danielle.ortiz@kestrelpay.com")),
                     ("X-SG-EID", "u4Jx2kQ9dN0bPz1mY8rT")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-16 10:30", BA), end=utc("2026-09-16 11:30", BA),
      contact="martina.gallo@trazologistica.com.ar", company="Trazo Logística",
      local="Wed 2026-09-16 10:30", local_end="2026-09-16 11:30", zone=BA,
      note="Lever confirmation in Rioplatense voseo: miércoles 16 de septiembre, 10:30 a 11:30 hs "
           "hora de Buenos Aires (GMT-3, no DST) = 13:30Z-14:30Z; contact = Reply-To recruiter")
def trazo_lever():
    body = t("""
        Hola Sofía,

        ¡Gracias por tu interés en Trazo! Te confirmo la entrevista para la búsqueda de
        Data Engineer Semi Senior:

        Día: miércoles 16 de septiembre de 2026
        Horario: 10:30 a 11:30 hs (hora de Buenos Aires, GMT-3 - es la misma hora que en Montevideo)
        Dónde: Google Meet - https://meet.google.com/tpz-hqwe-oaa

        Vas a hablar con Nicolás Bertolotti (Data Lead) y conmigo. La idea es charlar sobre tu
        experiencia con Airflow y dbt, nada de live coding en esta etapa.

        Si necesitás cambiar el horario, respondé este mail y lo vemos.

        Saludos,
        Martina Gallo
        Talent Acquisition · Trazo Logística

        Sent via Lever
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hola Sofía,</p>
        <p>¡Gracias por tu interés en Trazo! Te confirmo la entrevista para la búsqueda de <strong>Data Engineer Semi Senior</strong>:</p>
        <ul>
        <li><strong>Día:</strong> miércoles 16 de septiembre de 2026</li>
        <li><strong>Horario:</strong> 10:30 a 11:30 hs (hora de Buenos Aires, GMT-3 - es la misma hora que en Montevideo)</li>
        <li><strong>Dónde:</strong> <a href="https://meet.google.com/tpz-hqwe-oaa">Google Meet</a></li>
        </ul>
        <p>Vas a hablar con Nicolás Bertolotti (Data Lead) y conmigo. La idea es charlar sobre tu experiencia con
        Airflow y dbt, nada de live coding en esta etapa.</p>
        <p>Si necesitás cambiar el horario, respondé este mail y lo vemos.</p>
        <p>Saludos,<br>Martina Gallo<br>Talent Acquisition &middot; Trazo Logística</p>
        <p style="color:#999;font-size:11px">Sent via <a href="https://www.lever.co">Lever</a></p>
        </div>
        """)
    hs = head(addr("Trazo Logística", "no-reply@hire.lever.co"),
              "Entrevista confirmada - Data Engineer Semi Senior | Trazo",
              "2026-09-11 16:42:10", BA, "5f0c1d2e.a91b7@hire.lever.co",
              "mail-a12.hire.lever.co (mail-a12.hire.lever.co [203.0.113.61])",
              extra=(("Reply-To", addr("Martina Gallo", "martina.gallo@trazologistica.com.ar")),))
    return message(hs, alt(text(body, cte="8bit"), html(page)))


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 13:00", MVD), end=utc("2026-11-03 14:00", MVD),
      contact="owen.pratt@lanternfishdata.com", company="Lanternfish Data",
      local="Tue 2026-11-03 13:00", local_end="2026-11-03 14:00", zone=MVD,
      note="Ashby, sent Fri 30 Oct in EDT; interview Tue 3 Nov 1:00-2:00 PM GMT-3 (candidate's zone) "
           "= 16:00Z-17:00Z, which is 11:00 AM EST after US DST ends on 1 Nov (body says so; ICS in "
           "America/New_York agrees); contact = Reply-To recruiter")
def lanternfish_ashby():
    body = t("""
        Hi Sofía,

        Your interview with Lanternfish Data has been scheduled. We're looking forward to speaking
        with you!

        Tuesday, November 3, 2026
        1:00 PM - 2:00 PM GMT-3 (America/Montevideo)

        Format: Video call (Zoom) - https://lanternfishdata.zoom.us/j/86120044731
        You'll meet with:
          Rita Moreno-Hale - Analytics Engineering Lead
          Sam Okafor - Senior Data Engineer

        Heads up: clocks in the US change on Sunday, November 1. Your interviewers are in New York,
        where this is 11:00 AM EST.

        Questions? Just reply and it will reach Owen Pratt.

        Lanternfish Data Recruiting
        Powered by Ashby
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Helvetica,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Sofía,</p>
        <p>Your interview with Lanternfish Data has been scheduled. We&#39;re looking forward to speaking with you!</p>
        <p style="font-size:16px"><b>Tuesday, November 3, 2026</b><br>1:00 PM - 2:00 PM GMT-3 (America/Montevideo)</p>
        <p>Format: Video call (Zoom) - <a href="https://lanternfishdata.zoom.us/j/86120044731">Join</a></p>
        <p>You&#39;ll meet with:<br>Rita Moreno-Hale - Analytics Engineering Lead<br>Sam Okafor - Senior Data Engineer</p>
        <p>Heads up: clocks in the US change on Sunday, November 1. Your interviewers are in New York, where this is 11:00 AM EST.</p>
        <p>Questions? Just reply and it will reach Owen Pratt.</p>
        <p>Lanternfish Data Recruiting<br><span style="color:#8c959f">Powered by Ashby</span></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:7c0d9f5e-2b7a-4e41-9d35-lanternfish-0311
        DTSTAMP:20261030T192211Z
        DTSTART;TZID=America/New_York:20261103T110000
        DTEND;TZID=America/New_York:20261103T120000
        SEQUENCE:0
        SUMMARY:Lanternfish Data - Senior Data Engineer Interview (Sofía Pereira)
        LOCATION:https://lanternfishdata.zoom.us/j/86120044731
        ORGANIZER;CN=Owen Pratt:mailto:owen.pratt@lanternfishdata.com
        ATTENDEE;CN=Sofía Pereira;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sofia.pereira@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lanternfish Data", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Data Engineer at Lanternfish Data",
              "2026-10-30 15:22:11", NY, "010001a3f2c4e9b1-5e2f0c@email.amazonses.com",
              "a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [192.0.2.112])",
              extra=(("Reply-To", addr("Owen Pratt", "owen.pratt@lanternfishdata.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(4), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-08 15:00", MVD), contact="veronica.ibarra@cerroazulseguros.com.uy",
      company="Cerro Azul Seguros", local="Thu 2026-10-08 15:00", zone=MVD,
      note="Workday notification (HTML only, base64), usted: jueves 8 de octubre a las 15:00 hora "
           "de Montevideo (UTC-3) = 18:00Z, no end; sender is the Workday tenant mailbox, contact = "
           "the recruiter address in the body")
def cerroazul_workday():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b4f8a;padding:14px">
        <img src="https://cerroazul.wd5.myworkdayjobs.com/logo.png" alt="Cerro Azul Seguros" height="32">
        </td></tr><tr><td style="padding:20px">
        <p>Estimada Sofía Pereira:</p>
        <p>Nos complace informarle que su entrevista para la posición <b>Analista de Ingeniería de Datos
        (R-0004127)</b> ha sido programada.</p>
        <table cellpadding="3">
        <tr><td><b>Fecha:</b></td><td>jueves, 8 de octubre de 2026</td></tr>
        <tr><td><b>Hora:</b></td><td>15:00 (hora de Montevideo)</td></tr>
        <tr><td><b>Modalidad:</b></td><td>Presencial - Oficinas centrales, Av. 18 de Julio 1234, piso 7, Montevideo</td></tr>
        <tr><td><b>Entrevistadores:</b></td><td>Verónica Ibarra (Selección) y Pablo Techera (Jefe de Datos)</td></tr>
        </table>
        <p>Le pedimos presentarse en recepción diez minutos antes, con su cédula de identidad.</p>
        <p>Ante cualquier consulta, puede comunicarse con Verónica Ibarra a
        <a href="mailto:veronica.ibarra@cerroazulseguros.com.uy">veronica.ibarra@cerroazulseguros.com.uy</a>.</p>
        <p>Para ver los detalles, ingrese a su <a href="https://cerroazul.wd5.myworkdayjobs.com/es/Carreras/userHome">Portal de Candidatos</a>.</p>
        <p>Saludos cordiales,<br>Gerencia de Capital Humano<br>Cerro Azul Seguros</p>
        </td></tr><tr><td style="padding:10px 20px;font-size:11px;color:#888">
        Este es un mensaje generado automáticamente. Por favor no responda a este correo.
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Cerro Azul Seguros", "cerroazul@myworkday.com"),
              "Entrevista programada - Analista de Ingeniería de Datos (R-0004127)",
              "2026-10-05 09:12:44", MVD, "1187452319.44021.1791202364@wd5-prod-mailer-07",
              "wd5-smtp-out3.myworkday.com (wd5-smtp-out3.myworkday.com [198.51.100.77])")
    return message(hs, html(page, cte="base64"))


@mail(n(5), family="smartrecruiters", lang="pt", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", SP), end=utc("2026-09-22 15:00", SP),
      contact="camila.rocha@vagalume.com.br", company="Vagalume Pagamentos",
      local="Tue 2026-09-22 14:00", local_end="2026-09-22 15:00", zone=SP,
      note="SmartRecruiters, Portuguese: terça-feira 22 de setembro, 14h00 às 15h00 horário de Brasília "
           "(UTC-3, Brazil has no DST since 2019) = 17:00Z-18:00Z; Teams ICS with the Windows zone "
           "'E. South America Standard Time' agrees; contact = Reply-To recruiter (also ORGANIZER)")
def vagalume_smartrecruiters():
    body = t("""
        Olá Sofía,

        Obrigada pelo interesse na vaga de Engenheira de Dados Sênior. Sua entrevista está
        confirmada:

        Data: terça-feira, 22 de setembro de 2026
        Horário: 14h00 às 15h00 (horário de Brasília, GMT-3)
        Local: Microsoft Teams (link no convite anexo)
        Entrevistadores: Camila Rocha (Tech Recruiter) e Thiago Nunes (Head de Dados)

        A conversa será em português, mas parte da etapa técnica pode ser em inglês.
        Se precisar remarcar, é só responder a este e-mail.

        Abraços,
        Camila Rocha
        Tech Recruiter | Vagalume Pagamentos
        São Paulo - SP
        """)
    page = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px">
        <p>Olá Sofía,</p>
        <p>Obrigada pelo interesse na vaga de <b>Engenheira de Dados Sênior</b>. Sua entrevista está confirmada:</p>
        <p><b>Data:</b> terça-feira, 22 de setembro de 2026<br>
        <b>Horário:</b> 14h00 às 15h00 (horário de Brasília, GMT-3)<br>
        <b>Local:</b> Microsoft Teams (link no convite anexo)<br>
        <b>Entrevistadores:</b> Camila Rocha (Tech Recruiter) e Thiago Nunes (Head de Dados)</p>
        <p>A conversa será em português, mas parte da etapa técnica pode ser em inglês.<br>
        Se precisar remarcar, é só responder a este e-mail.</p>
        <p>Abraços,<br>Camila Rocha<br>Tech Recruiter | Vagalume Pagamentos<br>São Paulo - SP</p>
        <p style="font-size:11px;color:#999">Enviado por SmartRecruiters em nome de Vagalume Pagamentos.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_LOCAL["E. South America Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Camila Rocha:mailto:camila.rocha@vagalume.com.br
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofía Pereira:mailto:sofia.pereira@example.org
        SUMMARY;LANGUAGE=pt-BR:Entrevista - Engenheira de Dados Sênior (Sofía Pereira)
        DTSTART;TZID=E. South America Standard Time:20260922T140000
        DTEND;TZID=E. South America Standard Time:20260922T150000
        UID:040000008200E00074C5B7101A82E00800000000B0F4A1D1C344DC01000000000000000010000000E4A9F2
        DTSTAMP:20260915T144020Z
        LOCATION;LANGUAGE=pt-BR:Reunião do Microsoft Teams
        SEQUENCE:0
        STATUS:CONFIRMED
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Vagalume Pagamentos", "no-reply@smartrecruiters.com"),
              "Confirmação de entrevista – Vagalume Pagamentos",
              "2026-09-15 11:40:20", SP, "sr.7f3e20a1b94c.1789483220@smartrecruiters.com",
              "mta-out-04.smartrecruiters.com (mta-out-04.smartrecruiters.com [203.0.113.140])",
              extra=(("Reply-To", addr("Camila Rocha", "camila.rocha@vagalume.com.br")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(6), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", MAD), end=utc("2026-10-26 11:00", MAD),
      contact="lucia.navarro@alcazaba-analytics.es", company="Alcazaba Analytics",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=MAD,
      note="Personio, Spain Spanish, iso-8859-15 QP; sent Wed 21 Oct in CEST, interview Mon 26 Oct "
           "10:00-11:00 hora peninsular, i.e. CET after Europe's change on Sun 25 Oct = 09:00Z-10:00Z "
           "(body also says 06:00 in Montevideo); contact = Reply-To recruiter")
def alcazaba_personio():
    body = t("""
        Hola Sofía:

        Gracias por tu candidatura al puesto de Data Engineer (Spark/Databricks) en Alcazaba
        Analytics. Te confirmamos la entrevista con el equipo técnico:

          Fecha: lunes, 26 de octubre de 2026
          Hora:  10:00 - 11:00 (hora peninsular española)
          Lugar: Microsoft Teams (te llegará el enlace en un correo aparte)

        Ojo: el domingo 25 cambiamos al horario de invierno, así que para ti en Montevideo serán
        las 06:00 (y no las 05:00). Sabemos que es temprano; si te viene fatal, dínoslo y buscamos
        otro hueco.

        Un saludo,

        Lucía Navarro
        People & Talent · Alcazaba Analytics
        Calle de Alcalá 187, 28009 Madrid
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hola Sofía:</p>
        <p>Gracias por tu candidatura al puesto de <b>Data Engineer (Spark/Databricks)</b> en Alcazaba Analytics.
        Te confirmamos la entrevista con el equipo técnico:</p>
        <p>Fecha: <b>lunes, 26 de octubre de 2026</b><br>
        Hora: <b>10:00 - 11:00</b> (hora peninsular española)<br>
        Lugar: Microsoft Teams (te llegará el enlace en un correo aparte)</p>
        <p>Ojo: el domingo 25 cambiamos al horario de invierno, así que para ti en Montevideo serán las 06:00
        (y no las 05:00). Sabemos que es temprano; si te viene fatal, dínoslo y buscamos otro hueco.</p>
        <p>Un saludo,</p>
        <p>Lucía Navarro<br>People &amp; Talent · Alcazaba Analytics<br>Calle de Alcalá 187, 28009 Madrid</p>
        <p style="font-size:11px;color:#999">Enviado con Personio</p>
        </body></html>
        """)
    hs = head(addr("Alcazaba Analytics", "no-reply@personio.de"),
              "Tu entrevista en Alcazaba Analytics - Data Engineer (Spark/Databricks)",
              "2026-10-21 12:30:02", MAD, "personio.6a1e0f93c2.recruiting@personio.de",
              "mail-eu1.personio.de (mail-eu1.personio.de [198.51.100.201])",
              extra=(("Reply-To", addr("Lucía Navarro", "lucia.navarro@alcazaba-analytics.es")),),
              charset="iso-8859-15")
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(7), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-08 11:00", SCL), end=utc("2026-09-08 11:45", SCL),
      contact="mariana.contreras@quillay.cl", company="Quillay Energía",
      local="Tue 2026-09-08 11:00", local_end="2026-09-08 11:45", zone=SCL,
      note="Teamtailor, Chilean Spanish; sent Thu 3 Sep while Santiago is on -04, interview Tue 8 Sep "
           "11:00-11:45 hora de Chile, after Chile's DST start on Sun 6 Sep, so -03 = 14:00Z-14:45Z "
           "(body says it is also 11:00 in Montevideo; ICS in UTC agrees); Reply-To is a Teamtailor "
           "relay, contact = recruiter address in the body")
def quillay_teamtailor():
    body = t("""
        Hola Sofía,

        ¡Qué bueno que pudiste agendar! Te confirmamos tu entrevista para el cargo de
        Ingeniera/o de Datos en Quillay Energía:

        Martes 8 de septiembre de 2026, de 11:00 a 11:45 hrs (hora de Chile continental)

        Ojo: este fin de semana Chile pasa al horario de verano (se adelantan los relojes el
        sábado 5 a medianoche), así que las 11:00 de Santiago van a ser también las 11:00 en
        Montevideo.

        Link de Google Meet: https://meet.google.com/qlr-anbx-ufo
        Entrevistadora: Mariana Contreras, Talent Partner - mariana.contreras@quillay.cl

        ¡Mucho éxito!
        Equipo de Personas Quillay

        --
        Este correo fue enviado a través de Teamtailor.
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#242424">
        <div style="max-width:560px;margin:0 auto">
        <p>Hola Sofía,</p>
        <p>¡Qué bueno que pudiste agendar! Te confirmamos tu entrevista para el cargo de Ingeniera/o de Datos en Quillay Energía:</p>
        <div style="background:#f4f1ec;border-radius:8px;padding:12px 16px">
        <b>Martes 8 de septiembre de 2026</b><br>de 11:00 a 11:45 hrs (hora de Chile continental)</div>
        <p>Ojo: este fin de semana Chile pasa al horario de verano (se adelantan los relojes el sábado 5 a medianoche),
        así que las 11:00 de Santiago van a ser también las 11:00 en Montevideo.</p>
        <p><a href="https://meet.google.com/qlr-anbx-ufo">Unirse con Google Meet</a><br>
        Entrevistadora: Mariana Contreras, Talent Partner - <a href="mailto:mariana.contreras@quillay.cl">mariana.contreras@quillay.cl</a></p>
        <p>¡Mucho éxito!<br>Equipo de Personas Quillay</p>
        <p style="font-size:12px;color:#999">Este correo fue enviado a través de Teamtailor.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-meeting-5531908@teamtailor.com
        DTSTAMP:20260903T210511Z
        DTSTART:20260908T140000Z
        DTEND:20260908T144500Z
        SUMMARY:Entrevista Quillay Energía - Sofía Pereira
        LOCATION:https://meet.google.com/qlr-anbx-ufo
        ORGANIZER;CN=Quillay Energía:mailto:quillay-energia@teamtailor-mail.com
        ATTENDEE;CN=Sofía Pereira;RSVP=TRUE:mailto:sofia.pereira@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Quillay Energía", "quillay-energia@teamtailor-mail.com"),
              "Entrevista confirmada: Ingeniera/o de Datos",
              "2026-09-03 17:05:11", SCL, "tt.9b2e61f0c7d3@teamtailor-mail.com",
              "mail-out7.teamtailor-mail.com (mail-out7.teamtailor-mail.com [192.0.2.77])",
              extra=(("Reply-To", "reply+c7f1e0a9d2b4@teamtailor-mail.com"),))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="quoted-printable")))


@mail(n(8), family="workable", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-13 16:30", BA), end=utc("2026-11-13 17:15", BA),
      contact="lucia.ferreyra@nimbohealth.com.ar", company="Nimbo Health",
      local="Fri 2026-11-13 16:30", local_end="2026-11-13 17:15", zone=BA,
      note="Workable (HTML only, QP): viernes 13/11/2026, 16:30 - 17:15 (GMT-03:00) Buenos Aires = "
           "19:30Z-20:15Z; Reply-To is the Workable relay, contact = the recruiter address in the body")
def nimbo_workable():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Nimbo Health</title></head>
        <body style="background:#f5f6f7;margin:0;padding:24px 0;font-family:Arial,sans-serif">
        <table align="center" width="600" style="background:#fff;border-radius:4px" cellpadding="24"><tr><td>
        <p style="font-size:15px">Hola Sofía,</p>
        <p style="font-size:15px">Tu entrevista con <strong>Nimbo Health</strong> para el puesto <strong>Data Engineer (Healthcare)</strong> quedó confirmada.</p>
        <table style="border:1px solid #e1e4e8;width:100%" cellpadding="10"><tr><td style="font-size:15px">
        <div style="color:#6a737d;font-size:12px;text-transform:uppercase">Cuándo</div>
        viernes 13/11/2026, 16:30 - 17:15 (GMT-03:00) Buenos Aires
        <div style="color:#6a737d;font-size:12px;text-transform:uppercase;margin-top:8px">Dónde</div>
        Videollamada - el enlace se habilita 10 minutos antes
        </td></tr></table>
        <p style="font-size:15px">Si tenés alguna duda sobre la entrevista, escribile directamente a Lucía Ferreyra
        (<a href="mailto:lucia.ferreyra@nimbohealth.com.ar">lucia.ferreyra@nimbohealth.com.ar</a>).</p>
        <p style="font-size:15px">¡Éxitos!<br>El equipo de Nimbo Health</p>
        </td></tr></table>
        <p style="text-align:center;font-size:11px;color:#959da5">Powered by Workable</p>
        </body></html>
        """)
    hs = head(addr("Nimbo Health", "noreply@candidates.workablemail.com"),
              "Entrevista confirmada con Nimbo Health",
              "2026-11-09 10:03:37", BA, "0102019b1a5c7e22-4f3d8a@candidates.workablemail.com",
              "a9-31.smtp-out.workablemail.com (a9-31.smtp-out.workablemail.com [203.0.113.31])",
              extra=(("Reply-To", "nimbo-health+3fa91c2e@candidates.workablemail.com"),))
    return message(hs, html(page))


@mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 10:00", MVD), end=utc("2026-12-01 10:30", MVD),
      contact="marcus.bell@ridgelinehq.com", company="Ridgeline Freight",
      local="Tue 2026-12-01 10:00", local_end="2026-12-01 10:30", zone=MVD,
      note="Calendly invitee confirmation shown in the invitee's zone: 10:00am - 10:30am "
           "(America/Montevideo, UTC-3) Tue 1 Dec = 13:00Z-13:30Z; ICS in UTC agrees; contact = "
           "Reply-To host (also ORGANIZER)")
def ridgeline_calendly():
    body = t("""
        Hi Sofía Pereira,

        Your Data Engineering Screen - Ridgeline Freight with Marcus Bell at 10:00am
        (America/Montevideo) on Tuesday, December 1, 2026 is scheduled.

        Event Type:
        Data Engineering Screen - Ridgeline Freight

        Event Date/Time:
        10:00am - 10:30am (America/Montevideo) Tuesday, December 1, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/rdg-fxte-kio

        Invitee:
        Sofía Pereira
        sofia.pereira@example.org

        Questions:
        Anything we should know before the call?
        I'm based in Montevideo and available during US Eastern business hours.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4b7e0c21-93aa-4f5e-a1c2-0d9e8f7a6b5c
        Reschedule: https://calendly.com/reschedulings/4b7e0c21-93aa-4f5e-a1c2-0d9e8f7a6b5c

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hi Sofía Pereira,</p>
        <p>Your Data Engineering Screen - Ridgeline Freight with Marcus Bell at 10:00am (America/Montevideo) on
        Tuesday, December 1, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Data Engineering Screen - Ridgeline Freight</p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (America/Montevideo) Tuesday, December 1, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/rdg-fxte-kio">Join now</a></p>
        <p><b>Invitee:</b><br>Sofía Pereira<br><a href="mailto:sofia.pereira@example.org">sofia.pereira@example.org</a></p>
        <p><b>Questions:</b><br>Anything we should know before the call?<br>I&#39;m based in Montevideo and available during US Eastern business hours.</p>
        <p><a href="https://calendly.com/cancellations/4b7e0c21-93aa-4f5e-a1c2-0d9e8f7a6b5c">Cancel</a> |
        <a href="https://calendly.com/reschedulings/4b7e0c21-93aa-4f5e-a1c2-0d9e8f7a6b5c">Reschedule</a></p>
        <p style="color:#666;font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261125T173109Z
        UID:4b7e0c21-93aa-4f5e-a1c2-0d9e8f7a6b5c@calendly.com
        DTSTART:20261201T130000Z
        DTEND:20261201T133000Z
        SUMMARY:Data Engineering Screen - Ridgeline Freight between Marcus Bell and Sofía Pereira
        ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@ridgelinehq.com
        ATTENDEE;CN=Sofía Pereira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sofia.pereira@example.org
        LOCATION:https://meet.google.com/rdg-fxte-kio
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Data Engineering Screen - Ridgeline Freight with Marcus Bell on Tuesday, "
              "December 1, 2026",
              "2026-11-25 17:31:09", "UTC", "calendly.4b7e0c2193aa.20261125173109@calendly.com",
              "mail-207.calendly.com (mail-207.calendly.com [198.51.100.207])",
              extra=(("Reply-To", addr("Marcus Bell", "marcus.bell@ridgelinehq.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(10), family="exchange_teams", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-19 11:00", BA), end=utc("2026-11-19 12:00", BA),
      contact="gonzalo.rios@quebracho.com.ar", company="Quebracho Consultores",
      local="Thu 2026-11-19 11:00", local_end="2026-11-19 12:00", zone=BA,
      note="Outlook/Exchange meeting request with Teams block; text says 'el jueves 19 a las 11 (hora "
           "argentina)', ICS uses the Windows zone 'Argentina Standard Time' (UTC-3): 11:00-12:00 = "
           "14:00Z-15:00Z; contact = human sender and ORGANIZER")
def quebracho_exchange():
    body = t("""
        Hola Sofía,

        Como hablamos por teléfono, te mando la invitación para la entrevista técnica con el equipo
        de Plataforma de Datos: el jueves 19 a las 11 (hora argentina, o sea la misma que en
        Montevideo). Son 60 minutos: 20 de charla y 40 de un ejercicio práctico de SQL, así que
        tené a mano algo para compartir pantalla.

        Saludos,
        Gonzalo

        Gonzalo Ríos
        Gerente de Datos | Quebracho Consultores
        Tel. +54 11 5555-0192

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase a través de su equipo o aplicación móvil
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTY3Yz%40thread.v2/0?context=%7b%22Tid%22%3a%22e3b1%22%7d>
        Id. de reunión: 284 119 605 338
        Código de acceso: kD3vQ9
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
        </head><body lang="ES-AR">
        <div class="WordSection1">
        <p class="MsoNormal">Hola Sofía,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Como hablamos por teléfono, te mando la invitación para la entrevista técnica con el equipo
        de Plataforma de Datos: el jueves 19 a las 11 (hora argentina, o sea la misma que en Montevideo). Son 60 minutos:
        20 de charla y 40 de un ejercicio práctico de SQL, así que tené a mano algo para compartir pantalla.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Saludos,<br>Gonzalo</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Gonzalo Ríos</b><br>Gerente de Datos | Quebracho Consultores<br>Tel. +54 11 5555-0192</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;color:#252424">Reunión de Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTY3Yz%40thread.v2/0?context=%7b%22Tid%22%3a%22e3b1%22%7d">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 284 119 605 338<br>Código de acceso: kD3vQ9</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_LOCAL["Argentina Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gonzalo Ríos:mailto:gonzalo.rios@quebracho.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sofía Pereira:mailto:sofia.pereira@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laura Benítez:mailto:laura.benitez@quebracho.com.ar
        DESCRIPTION;LANGUAGE=es-AR:Entrevista técnica - Plataforma de Datos\\n
        UID:040000008200E00074C5B7101A82E0080000000030E9C8B2A35BDD01000000000000000010000000F1C2E7
        SUMMARY;LANGUAGE=es-AR:Entrevista técnica - Sofía Pereira / Quebracho
        DTSTART;TZID=Argentina Standard Time:20261119T110000
        DTEND;TZID=Argentina Standard Time:20261119T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261113T181422Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
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
    hs = head(addr("Gonzalo Ríos", "gonzalo.rios@quebracho.com.ar"),
              "Entrevista técnica - Sofía Pereira / Quebracho",
              "2026-11-13 15:14:22", BA, "SCXP152MB0718C1E4F7A2B9D3E0A1BC4F2@SCXP152MB0718.LAMP152.PROD.OUTLOOK.COM",
              "SCXP152MB0718.LAMP152.PROD.OUTLOOK.COM (2603:10d6:300:4b::12)",
              extra=(("Thread-Topic", "=?utf-8?q?Entrevista_t=C3=A9cnica_-_Sof=C3=ADa_Pereira_/_Quebracho?="),
                     ("Thread-Index", "AdtV5n3kQwE8y7b2T0q1xZ9mRkLpQw=="),
                     ("Accept-Language", "es-AR, en-US"),
                     ("Content-Language", "es-AR"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(11), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-06 14:00", MVD), end=utc("2026-10-06 15:00", MVD),
      contact="andres.silva@farodatos.com.uy", company="Faro Datos",
      local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone=MVD,
      note="Google Calendar invitation in Spanish: mar 6 oct 2026 14:00-15:00 (GMT-3), zone "
           "America/Montevideo = 17:00Z-18:00Z; ICS (inline and invite.ics) agrees; contact = organizer")
def faro_gcal():
    body = t("""
        Entrevista técnica - Sofía Pereira
        martes, 6 de octubre · 14:00 – 15:00
        Zona horaria: America/Montevideo

        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/fdx-ewqb-nrt

        Segunda etapa: caso práctico de modelado (traé tu notebook si querés) y charla con el equipo.

        Organizador
        Andrés Silva
        andres.silva@farodatos.com.uy

        Invitados
        Andrés Silva - organizador
        Cecilia Olivera
        sofia.pereira@example.org
        Ver toda la información de los invitados:
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWh0cGY4b2Y&tok=MjgjYW5kcmVz&ctz=America%2FMontevideo&hl=es

        Responder para sofia.pereira@example.org
        Sí
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWh0cGY4b2Y&rst=1&tok=MjgjYW5kcmVz&ctz=America%2FMontevideo&hl=es
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWh0cGY4b2Y&rst=2&tok=MjgjYW5kcmVz&ctz=America%2FMontevideo&hl=es
        Quizás
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NWh0cGY4b2Y&rst=3&tok=MjgjYW5kcmVz&ctz=America%2FMontevideo&hl=es

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado al evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span itemprop="object" itemscope itemtype="http://schema.org/Event">
        <meta itemprop="eventStatus" content="http://schema.org/EventScheduled"></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">Entrevista técnica - Sofía Pereira</h2>
        <div>martes, 6 de octubre · 14:00 – 15:00<br><span style="color:#70757a">Zona horaria: America/Montevideo</span></div>
        <p><a href="https://meet.google.com/fdx-ewqb-nrt" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></p>
        <p>Segunda etapa: caso práctico de modelado (traé tu notebook si querés) y charla con el equipo.</p>
        <p><b>Organizador</b><br>Andrés Silva<br><a href="mailto:andres.silva@farodatos.com.uy">andres.silva@farodatos.com.uy</a></p>
        <p><b>Invitados</b><br>Andrés Silva - organizador<br>Cecilia Olivera<br>sofia.pereira@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar. Recibes este correo electrónico porque eres un invitado al evento.</p>
        </div>
        """)
    ics = VTZ_LOCAL["America/Montevideo"].join([t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """), "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Montevideo:20261006T140000
        DTEND;TZID=America/Montevideo:20261006T150000
        DTSTAMP:20260930T144802Z
        ORGANIZER;CN=Andrés Silva:mailto:andres.silva@farodatos.com.uy
        UID:5htpf8of2k1c0q6ue4d9ms7r3b@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrés Silva;X-NUM-GUESTS=0:mailto:andres.silva@farodatos.com.uy
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cecilia Olivera;X-NUM-GUESTS=0:mailto:cecilia.olivera@farodatos.com.uy
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.pereira@example.org;X-NUM-GUESTS=0:mailto:sofia.pereira@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/fdx-ewqb-nrt
        CREATED:20260930T144716Z
        DESCRIPTION:Segunda etapa: caso práctico de modelado (traé tu notebook si querés) y charla con el equipo.
        LAST-MODIFIED:20260930T144801Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica - Sofía Pereira
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = head(addr("Andrés Silva", "andres.silva@farodatos.com.uy"),
              "Invitación: Entrevista técnica - Sofía Pereira @ mar 6 oct 2026 14:00 - 15:00 (GMT-3) "
              "(sofia.pereira@example.org)",
              "2026-09-30 14:48:02", "UTC", "calendar-3f0d7a52-1c8e-4b6f-9e21-7d5a0c4b8e13@google.com",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              to="sofia.pereira@example.org",
              extra=(("Reply-To", addr("Andrés Silva", "andres.silva@farodatos.com.uy")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(12), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-17 10:00", MVD), contact="bruno@terosoftware.uy", company="Tero Software",
      local="Tue 2026-11-17 10:00", zone=MVD, days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Short phone reply in voseo: 'quedamos el martes que viene a las 10 en la ofi', sent Thu 12 "
           "Nov (Montevideo) -> Tue 17 Nov 10:00 UTC-3 = 13:00Z (Sofía's quoted offer names Tue 17 or "
           "Wed 18); in person, no end; contact = human sender")
def tero_phone():
    body = t("""
        Dale Sofi, quedamos el martes que viene a las 10 en la ofi (Sarandí 620, Ciudad Vieja). Preguntá por mí en la entrada que el timbre no anda jaja. Va a estar también Fede, nuestro CTO.

        Abrazo
        Bruno

        Enviado desde mi iPhone

        > El 12 nov 2026, a las 18:31, Sofía Pereira <sofia.pereira@example.org> escribió:
        >
        > Hola Bruno, ¡gracias por escribir! Me sirve el martes 17 o el miércoles 18 de mañana, lo que les quede mejor.
        > Saludos,
        > Sofía
        >
        >> El 11 nov 2026, a las 16:02, Bruno Méndez <bruno@terosoftware.uy> escribió:
        >>
        >> Hola Sofía, vimos tu CV por la búsqueda de Data Engineer y nos encantaría conocerte en persona. ¿Tenés disponibilidad la semana que viene?
        >> Bruno Méndez
        >> Tero Software
        """)
    hs = head(addr("Bruno Méndez", "bruno@terosoftware.uy"), "Re: Búsqueda Data Engineer - Tero",
              "2026-11-12 19:52:40", MVD, "A1B7C3D9-4E2F-4B8A-9C6D-0E5F1A2B3C4D@terosoftware.uy",
              "mail-pl1-f178.google.com (mail-pl1-f178.google.com [209.85.214.178])",
              extra=(("In-Reply-To", "<CAF8x2pQ7m1Z@mail.example.org>"),
                     ("References", "<9C2E1F30-77AB@terosoftware.uy> <CAF8x2pQ7m1Z@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:00", "Pacific/Auckland"), end=utc("2026-11-19 09:45", "Pacific/Auckland"),
      contact="hemi.walker@kererulabs.co.nz", company="Kererū Labs",
      local="Thu 2026-11-19 09:00", local_end="2026-11-19 09:45", zone="Pacific/Auckland",
      note="Remote team in New Zealand: 'Thursday 9am my time (NZDT)', Date Mon 16 Nov 10:05 +1300 "
           "(Sunday in UTC) -> Thu 19 Nov 09:00 NZDT (+13) = Wed 18 Nov 20:00Z, which the mail "
           "itself gives as Wednesday 5pm in Montevideo; pasted Zoom block agrees; 45 minutes -> end "
           "20:45Z; contact = human sender")
def kereru_zoom():
    body = t("""
        Kia ora Sofía,

        Great to hear back from you. Locking it in: Thursday 9am my time (NZDT), which should be
        Wednesday 5pm for you in Montevideo if my maths is right. We'll keep it to 45 minutes, just
        me and Aroha from the platform team - no prep needed, we mostly want to hear about the
        Kafka migration you mentioned.

        Hemi Walker is inviting you to a scheduled Zoom meeting.

        Topic: Kererū Labs <> Sofía - Data Platform chat
        Time: Nov 19, 2026 09:00 AM Auckland, Wellington

        Join Zoom Meeting
        https://kererulabs.zoom.us/j/83310027741?pwd=Ym9xR2dWb1lQZkNqTzZ3

        Meeting ID: 833 1002 7741
        Passcode: 419027

        Cheers,
        Hemi

        --
        Hemi Walker | Engineering Manager, Data Platform | Kererū Labs
        Auckland, New Zealand

        On Sat, 14 Nov 2026 at 15:10, Sofía Pereira <sofia.pereira@example.org> wrote:
        > Hi Hemi, thanks for reaching out! Any weekday evening my time (Montevideo, UTC-3) works,
        > from 4pm onwards.
        > Best, Sofía
        """)
    hs = head(addr("Hemi Walker", "hemi.walker@kererulabs.co.nz"), "Re: Data Platform role - quick chat?",
              "2026-11-16 10:05:31", "Pacific/Auckland", "CAJm4x0Rkz8Q2hTfP7vW1nYc@mail.gmail.com",
              "mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])",
              extra=(("In-Reply-To", "<CAG3s9Pf0eV@mail.example.org>"),
                     ("References", "<CAJm4x0Rk11@mail.gmail.com> <CAG3s9Pf0eV@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(14), family="recruitee", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-10 15:00", MAD), contact="jaime.ortega@olivocapital.es", company="Olivo Capital",
      local="Thu 2026-12-10 15:00", zone=MAD,
      note="Recruitee, Spain Spanish: jueves 10 de diciembre a las 15:00 hora de Madrid (CET, +1) = "
           "14:00Z (body: 11:00 in Montevideo); 'alrededor de una hora' -> no end; the ICS is an "
           "all-day event on 10 Dec, the time is only in the text; contact = Reply-To recruiter")
def olivo_recruitee():
    body = t("""
        Hola Sofía,

        Te escribo para confirmarte la entrevista final con Paloma Ruiz (CTO) y conmigo:

        Jueves 10 de diciembre, a las 15:00 hora de Madrid (las 11:00 en Montevideo).
        Calcula alrededor de una hora.
        Enlace: https://meet.google.com/olv-kqpa-zzt

        Te adjuntamos un recordatorio para el calendario. Es un evento de día completo, así que la
        hora buena es la de este correo.

        Un abrazo,
        Jaime Ortega
        Talent Lead · Olivo Capital
        """)
    page = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hola Sofía,</p>
        <p>Te escribo para confirmarte la entrevista final con Paloma Ruiz (CTO) y conmigo:</p>
        <p><strong>Jueves 10 de diciembre, a las 15:00 hora de Madrid</strong> (las 11:00 en Montevideo).<br>
        Calcula alrededor de una hora.<br>
        Enlace: <a href="https://meet.google.com/olv-kqpa-zzt">https://meet.google.com/olv-kqpa-zzt</a></p>
        <p>Te adjuntamos un recordatorio para el calendario. Es un evento de día completo, así que la hora buena es la de este correo.</p>
        <p>Un abrazo,<br>Jaime Ortega<br>Talent Lead · Olivo Capital</p>
        <p style="font-size:11px;color:#aaa">Sent with Recruitee</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Events//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:recruitee-event-2291734@recruitee.com
        DTSTAMP:20261203T081502Z
        DTSTART;VALUE=DATE:20261210
        DTEND;VALUE=DATE:20261211
        SUMMARY:Entrevista final - Olivo Capital
        DESCRIPTION:15:00 hora de Madrid. https://meet.google.com/olv-kqpa-zzt
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Olivo Capital", "olivo-capital@mail.recruitee.com"),
              "Entrevista final - Data Engineer | Olivo Capital",
              "2026-12-03 09:15:02", MAD, "rcte.2291734.8f1e3a@mail.recruitee.com",
              "mail.recruitee.com (mail.recruitee.com [203.0.113.88])",
              extra=(("Reply-To", addr("Jaime Ortega", "jaime.ortega@olivocapital.es")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="entrevista.ics",
                                      disposition="attachment")))


@mail(n(15), family="join", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-30 14:00", "Europe/Berlin"), end=utc("2026-11-30 14:45", "Europe/Berlin"),
      contact="svenja.kraus@lindwurm.io", company="Lindwurm GmbH",
      local="Mon 2026-11-30 14:00", local_end="2026-11-30 14:45", zone="Europe/Berlin",
      note="Forward-to-self from Sofía's other address with the JOIN mail attached as message/rfc822: "
           "Monday 30 November 2026, 14:00 - 14:45 CET (Europe/Berlin, +1) = 13:00Z-13:45Z; the "
           "outer sender is the candidate, the inner one noreply, contact = the contact person in "
           "the inner body")
def lindwurm_join_fwd():
    inner_body = t("""
        Hi Sofía,

        Great news - Lindwurm GmbH has scheduled an interview with you for the position
        Senior Data Engineer (remote, EU/LATAM).

        Date: Monday, 30 November 2026
        Time: 14:00 - 14:45 (CET, Europe/Berlin)
        Type: Video interview - the company will send you the Google Meet link

        Your contact person: Svenja Kraus, Talent Acquisition - svenja.kraus@lindwurm.io

        Good luck!
        Your JOIN Team

        JOIN Solutions AG · Zürich
        """)
    inner_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Sofía,</p>
        <p>Great news - <b>Lindwurm GmbH</b> has scheduled an interview with you for the position <b>Senior Data Engineer (remote, EU/LATAM)</b>.</p>
        <p>Date: <b>Monday, 30 November 2026</b><br>Time: <b>14:00 - 14:45 (CET, Europe/Berlin)</b><br>
        Type: Video interview - the company will send you the Google Meet link</p>
        <p>Your contact person: Svenja Kraus, Talent Acquisition - <a href="mailto:svenja.kraus@lindwurm.io">svenja.kraus@lindwurm.io</a></p>
        <p>Good luck!<br>Your JOIN Team</p>
        <p style="font-size:11px;color:#888">JOIN Solutions AG · Zürich</p>
        </body></html>
        """)
    inner = message([
        ("From", addr("Lindwurm GmbH via JOIN", "noreply@join.com")),
        ("To", addr(ME_NAME, "sofia.pereira@example.net")),
        ("Subject", "Your interview at Lindwurm GmbH - Senior Data Engineer (remote, EU/LATAM)"),
        ("Date", date("2026-11-24 15:02:47", "Europe/Berlin")),
        ("Message-ID", "<join-mail-7c21e0f4a93b@join.com>"),
    ], alt(text(inner_body), html(inner_html)))
    note = t("""
        para tener todo en el mismo buzón

        S.
        """)
    hs = head(addr(ME_NAME, "sofia.pereira@example.net"),
              "Fwd: Your interview at Lindwurm GmbH - Senior Data Engineer (remote, EU/LATAM)",
              "2026-11-24 21:40:13", MVD, "f2a0c1e9-5d7b-4a3e-8b11-6c0e9d2f4a71@example.net",
              "smtp.example.net (smtp.example.net [192.0.2.10])")
    return message(hs, mixed(text(note, cte="8bit"), attached_message(inner)))


@mail(n(16), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-02 16:00", MAD), end=utc("2026-12-02 17:00", MAD),
      contact="carmen.villalba@almendrotech.es", company="Almendro Tech",
      local="Wed 2026-12-02 16:00", local_end="2026-12-02 17:00", zone=MAD,
      note="Madrid recruiter's prose with an Outlook ICS; the time is only in the ICS: "
           "DTSTART;TZID=Romance Standard Time 2026-12-02 16:00-17:00 (CET, +1) = 15:00Z-16:00Z; "
           "contact = human sender / ORGANIZER")
def almendro_outlook():
    body = t("""
        Hola Sofía,

        ¡Enhorabuena por pasar la prueba técnica! Te adjunto la convocatoria para la entrevista con
        el equipo de datos (Javier y Nerea). Ya hemos tenido en cuenta la diferencia horaria: la
        hora que te aparece en la invitación es la buena.

        Si no te encaja, dímelo y lo movemos sin problema.

        Un saludo,

        Carmen Villalba
        Talent Acquisition | Almendro Tech
        Paseo de la Castellana 95, 28046 Madrid
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES"><div class="WordSection1">
        <p class="MsoNormal">Hola Sofía,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">¡Enhorabuena por pasar la prueba técnica! Te adjunto la convocatoria para la entrevista con el
        equipo de datos (Javier y Nerea). Ya hemos tenido en cuenta la diferencia horaria: la hora que te aparece en la
        invitación es la buena.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Si no te encaja, dímelo y lo movemos sin problema.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Un saludo,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Carmen Villalba</b><br>Talent Acquisition | Almendro Tech<br>Paseo de la Castellana 95, 28046 Madrid</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_LOCAL["Romance Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Carmen Villalba:mailto:carmen.villalba@almendrotech.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.pereira@example.org:mailto:sofia.pereira@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Javier Molina:mailto:javier.molina@almendrotech.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nerea Goikoetxea:mailto:nerea.goikoetxea@almendrotech.es
        SUMMARY;LANGUAGE=es-ES:Entrevista equipo de datos - Sofía Pereira
        DTSTART;TZID=Romance Standard Time:20261202T160000
        DTEND;TZID=Romance Standard Time:20261202T170000
        UID:040000008200E00074C5B7101A82E00800000000D04E6A3F0D7DDD01000000000000000010000000A7B3C9
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261126T172044Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Carmen Villalba", "carmen.villalba@almendrotech.es"), "Siguiente paso: entrevista con el equipo",
              "2026-11-26 18:20:44", MAD, "DB9PR06MB7713E2A1C0F94B3D8A5E71C2A9@DB9PR06MB7713.eurprd06.prod.outlook.com",
              "EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
              extra=(("Thread-Topic", "Siguiente paso: entrevista con el equipo"),
                     ("Thread-Index", "AdtgA1xq9Ew3Zk0jRmuPq4Y7bT2c8g=="),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entrevista_equipo_datos.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-06 14:00", NY), end=utc("2026-11-06 15:00", NY),
      contact="tasha.green@halyardsystems.com", company="Halyard Systems",
      local="Fri 2026-11-06 14:00", local_end="2026-11-06 15:00", zone=NY, days=(("Thu", "2026-11-05"),),
      note="GoodTime reschedule with old (Thu 5 Nov 10:00 EST) and new time: Fri 6 Nov 2:00-3:00 PM EST "
           "(-5 after 1 Nov) = 19:00Z-20:00Z (body also gives 4:00-5:00 PM Montevideo); ICS SEQUENCE:1 "
           "agrees; contact = Reply-To coordinator (also ORGANIZER)")
def halyard_goodtime_resched():
    body = t("""
        Hi Sofía,

        Your interview with Halyard Systems has been rescheduled. Please see the updated details below.

        PREVIOUS TIME (no longer valid)
        Thursday, November 5, 2026, 10:00 AM - 11:00 AM EST

        NEW TIME
        Friday, November 6, 2026, 2:00 PM - 3:00 PM EST
        (4:00 PM - 5:00 PM America/Montevideo)

        Interview: Data Platform - System Design
        Interviewer: Kenji Watanabe, Principal Engineer
        Zoom: https://halyardsystems.zoom.us/j/91822004417

        Please accept the updated calendar invitation. If the new time doesn't work for you, just
        reply to this email.

        Tasha Green
        Recruiting Coordinator, Halyard Systems

        Sent with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hi Sofía,</p>
        <p>Your interview with Halyard Systems has been <b>rescheduled</b>. Please see the updated details below.</p>
        <p style="color:#999"><s>Thursday, November 5, 2026, 10:00 AM - 11:00 AM EST</s></p>
        <p style="font-size:16px"><b>Friday, November 6, 2026, 2:00 PM - 3:00 PM EST</b><br>(4:00 PM - 5:00 PM America/Montevideo)</p>
        <p>Interview: Data Platform - System Design<br>Interviewer: Kenji Watanabe, Principal Engineer<br>
        Zoom: <a href="https://halyardsystems.zoom.us/j/91822004417">https://halyardsystems.zoom.us/j/91822004417</a></p>
        <p>Please accept the updated calendar invitation. If the new time doesn&#39;t work for you, just reply to this email.</p>
        <p>Tasha Green<br>Recruiting Coordinator, Halyard Systems</p>
        <p style="font-size:11px;color:#aaa">Sent with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-6f0a2d91-halyard-sd-0417@goodtime.io
        DTSTAMP:20261102T164722Z
        DTSTART;TZID=America/New_York:20261106T140000
        DTEND;TZID=America/New_York:20261106T150000
        SEQUENCE:1
        SUMMARY:Halyard Systems - Data Platform System Design (Sofía Pereira)
        LOCATION:https://halyardsystems.zoom.us/j/91822004417
        ORGANIZER;CN=Tasha Green:mailto:tasha.green@halyardsystems.com
        ATTENDEE;CN=Sofía Pereira;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:sofia.pereira@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Halyard Systems", "no-reply@goodtime.io"),
              "UPDATED: Your interview with Halyard Systems has been rescheduled",
              "2026-11-02 11:47:22", NY, "0100019b3e2f11c4-goodtime-8e7d@email.goodtime.io",
              "a27-45.smtp-out.goodtime.io (a27-45.smtp-out.goodtime.io [198.51.100.45])",
              extra=(("Reply-To", addr("Tasha Green", "tasha.green@halyardsystems.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-23 09:30", MVD), end=utc("2026-10-23 10:30", MVD),
      contact="florencia.acosta@cardumen.uy", company="Cardumen",
      local="Fri 2026-10-23 09:30", local_end="2026-10-23 10:30", zone=MVD, days=(("Thu", "2026-10-22"),),
      note="Google Calendar 'Invitación actualizada' in Spanish: changed from jue 22 oct 15:00 to vie 23 oct "
           "09:30-10:30 America/Montevideo (UTC-3) = 12:30Z-13:30Z; ICS SEQUENCE:1 agrees; contact = "
           "organizer")
def cardumen_gcal_update():
    body = t("""
        Se modificó este evento.

        Entrevista Cardumen - Data Engineer (Sofía Pereira)

        Cuándo
        Cambió: viernes, 23 de octubre · 09:30 – 10:30
        Antes: jueves, 22 de octubre · 15:00 – 16:00
        Zona horaria: America/Montevideo

        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/cdm-yhqa-pxe

        Perdón por el cambio, el jueves de tarde se nos complicó con un release. ¡Nos vemos el viernes!
        Flor

        Organizador
        Florencia Acosta
        florencia.acosta@cardumen.uy

        Invitados
        Florencia Acosta - organizador
        Matías Rodríguez
        sofia.pereira@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado al evento.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="background:#fce8b2;padding:8px">Se modificó este evento.</div>
        <h2 style="font-weight:400">Entrevista Cardumen - Data Engineer (Sofía Pereira)</h2>
        <p><b>Cuándo</b><br>
        <span style="color:#d93025">Cambió:</span> viernes, 23 de octubre · 09:30 – 10:30<br>
        <s style="color:#70757a">jueves, 22 de octubre · 15:00 – 16:00</s><br>
        <span style="color:#70757a">Zona horaria: America/Montevideo</span></p>
        <p><a href="https://meet.google.com/cdm-yhqa-pxe">Unirse con Google Meet</a></p>
        <p>Perdón por el cambio, el jueves de tarde se nos complicó con un release. ¡Nos vemos el viernes!<br>Flor</p>
        <p><b>Organizador</b><br>Florencia Acosta<br>florencia.acosta@cardumen.uy</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LOCAL["America/Montevideo"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Montevideo:20261023T093000
        DTEND;TZID=America/Montevideo:20261023T103000
        DTSTAMP:20261020T180512Z
        ORGANIZER;CN=Florencia Acosta:mailto:florencia.acosta@cardumen.uy
        UID:0q7m2c4ht1v9kdp6e3rsb8ua5n@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Florencia Acosta;X-NUM-GUESTS=0:mailto:florencia.acosta@cardumen.uy
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.pereira@example.org;X-NUM-GUESTS=0:mailto:sofia.pereira@example.org
        CREATED:20261014T132208Z
        LAST-MODIFIED:20261020T180511Z
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista Cardumen - Data Engineer (Sofía Pereira)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Florencia Acosta", "florencia.acosta@cardumen.uy"),
              "Invitación actualizada: Entrevista Cardumen - Data Engineer (Sofía Pereira) @ vie 23 oct 2026 "
              "09:30 - 10:30 (GMT-3) (sofia.pereira@example.org)",
              "2026-10-20 18:05:12", "UTC", "calendar-8b1e4c0a-77d2-4f3a-b5c9-2e6d1f0a9c34@google.com",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              to="sofia.pereira@example.org",
              extra=(("Reply-To", addr("Florencia Acosta", "florencia.acosta@cardumen.uy")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(19), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-04 10:30", BA), contact="rpaz@grupobaigorria.com.ar", company="Grupo Baigorria",
      local="Fri 2026-12-04 10:30", zone=BA, days=(("Thu", "2026-12-03"), ("Fri", "2026-12-04")),
      note="Prose in usted, windows-1252 QP: the interview of jueves 3/12 at 11 hs moves, as agreed by "
           "phone, to viernes 4/12 'a las diez y media (hora de Buenos Aires)' = 10:30 -03 = 13:30Z; "
           "no length; contact = human sender")
def baigorria_prose_resched():
    body = t("""
        Estimada Sofía:

        Le escribo para pedirle nuevamente disculpas por el cambio. Como conversamos por teléfono
        hace un rato, la entrevista que teníamos el jueves 3/12 a las 11 hs la pasamos al viernes
        4/12 a las diez y media (hora de Buenos Aires). El enlace de Meet es el mismo que le envié
        la semana pasada. Nos acompañará también la Lic. Mercedes Arrieta, de Sistemas.

        Quedo a su disposición por cualquier consulta.

        Atentamente,

        Cdor. Ricardo Paz
        Socio - Grupo Baigorria
        Av. Corrientes 1847, 5º piso - C1045 CABA
        Tel.: +54 11 5555-0148
        """)
    hs = head(addr("Ricardo Paz", "rpaz@grupobaigorria.com.ar"), "Cambio de horario - entrevista",
              "2026-12-01 09:48:16", BA, "000a01dc61f3$8e2c1a40$aa844ec0$@grupobaigorria.com.ar",
              "smtp.grupobaigorria.com.ar (smtp.grupobaigorria.com.ar [203.0.113.29])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),
                     ("Thread-Index", "AQH2pXr0Tq9cLz1b7KqW0rY3mJv5Ag=="),
                     ("Content-Language", "es-ar")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(20), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-20 15:30", NY), end=utc("2026-10-20 16:30", NY),
      contact="kevin.osullivan@brightharborins.com", company="Bright Harbor Insurance",
      local="Tue 2026-10-20 15:30", local_end="2026-10-20 16:30", zone=NY, days=(("Mon", "2026-10-19"),),
      note="iCIMS reschedule (HTML only) with US MM/DD dates: from 10/19/2026 2:00 PM EDT to 10/20/2026 "
           "3:30-4:30 PM '(GMT-04:00) Eastern Time' = 19:30Z-20:30Z; sender is the iCIMS mailbox, "
           "contact = the recruiter address in the body")
def brightharbor_icims_resched():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="640" cellpadding="0" cellspacing="0" style="font-family:Verdana,sans-serif;font-size:12px">
        <tr><td style="border-bottom:3px solid #00558c;padding:10px"><b style="font-size:16px;color:#00558c">Bright Harbor Insurance</b></td></tr>
        <tr><td style="padding:14px">
        <p>Dear Sofía,</p>
        <p>We need to make a change to your upcoming interview for <b>Senior Data Engineer (Req ID 2026-4471)</b>.</p>
        <p>Your interview originally scheduled for <b>10/19/2026 at 2:00 PM EDT</b> has been rescheduled to:</p>
        <table cellpadding="3" style="font-size:12px">
        <tr><td>Date:</td><td><b>10/20/2026</b></td></tr>
        <tr><td>Time:</td><td><b>3:30 PM - 4:30 PM (GMT-04:00) Eastern Time (US &amp; Canada)</b></td></tr>
        <tr><td>Format:</td><td>Microsoft Teams (link to follow in a separate invitation)</td></tr>
        <tr><td>Interviewer(s):</td><td>Paula Greer, Director of Data Engineering</td></tr>
        </table>
        <p>If you have any questions, please contact Kevin O&#39;Sullivan at
        <a href="mailto:kevin.osullivan@brightharborins.com">kevin.osullivan@brightharborins.com</a>.</p>
        <p>Thank you,<br>Bright Harbor Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#777;padding:10px">Please do not reply to this message. This mailbox is not monitored.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Bright Harbor Insurance", "brightharbor@talent.icims.com"),
              "Interview Rescheduled: Senior Data Engineer (2026-4471)",
              "2026-10-15 16:12:50", NY, "1897733012.52214.1792094770@talent.icims.com",
              "mail1.talent.icims.com (mail1.talent.icims.com [198.51.100.160])")
    return message(hs, html(page))


@mail(n(21), family="taleo", lang="en", interview=True, kind="cancelled",
      start=utc("2026-09-29 10:00", NY), end=utc("2026-09-29 11:00", NY),
      contact="stephanie.lang@cobaltlinebank.com", company="Cobaltline Bank",
      local="Tue 2026-09-29 10:00", local_end="2026-09-29 11:00", zone=NY,
      note="Taleo cancellation, plain text: Tuesday 09/29/2026 10:00-11:00 AM '(GMT-05:00) Eastern Time' "
           "- the zone label shows the standard offset but late September is EDT (-4), so 14:00Z-15:00Z; "
           "requisition on hold, no new time; contact = recruiter address in the body")
def cobaltline_taleo_cancel():
    body = t("""
        Dear Sofia Pereira,

        We regret to inform you that the interview scheduled for Tuesday, 09/29/2026 from 10:00 AM
        to 11:00 AM (GMT-05:00) Eastern Time (US & Canada) has been cancelled, as requisition
        2600817 - Data Engineer II (Remote, Americas) has been placed on hold.

        We appreciate your interest in Cobaltline Bank and will contact you should the position
        reopen. In the meantime, your profile remains active in our talent community.

        For questions, please contact Stephanie Lang, Talent Acquisition Partner, at
        stephanie.lang@cobaltlinebank.com.

        Sincerely,
        Cobaltline Bank Talent Acquisition

        ---------------------------------------------------------------
        This is an automated message. Please do not reply to this e-mail.
        """)
    hs = head(addr("Cobaltline Bank", "cobaltline@taleo.net"),
              "Interview Cancellation - Data Engineer II (Remote, Americas) - 2600817",
              "2026-09-25 13:05:33", NY, "1727283933.9912.JavaMail.taleo@tlx2mta03.taleo.net",
              "tlx2mta03.taleo.net (tlx2mta03.taleo.net [192.0.2.203])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(22), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-14 16:00", MVD), end=utc("2026-12-14 16:45", MVD),
      contact="diego.suarez@yaguaron.com.uy", company="Yaguarón Cloud",
      local="Mon 2026-12-14 16:00", local_end="2026-12-14 16:45", zone=MVD,
      note="Google Calendar 'Evento cancelado' (METHOD:CANCEL): lun 14 dic 2026 16:00-16:45 "
           "America/Montevideo = 19:00Z-19:45Z, the cancelled slot; no new time; contact = organizer")
def yaguaron_gcal_cancel():
    body = t("""
        Se canceló este evento.

        Entrevista con Sofía Pereira - Yaguarón Cloud
        lunes, 14 de diciembre · 16:00 – 16:45
        Zona horaria: America/Montevideo

        Diego Suárez canceló este evento y agregó una nota:
        "Sofía, perdón por el aviso con tan poco tiempo: la posición se cubrió internamente. Te
        escribo aparte para contarte mejor."

        Organizador
        Diego Suárez
        diego.suarez@yaguaron.com.uy

        Invitados
        Diego Suárez - organizador
        sofia.pereira@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado al evento.
        """)
    page = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="background:#fad2cf;padding:8px">Se canceló este evento.</div>
        <h2 style="font-weight:400"><s>Entrevista con Sofía Pereira - Yaguarón Cloud</s></h2>
        <p>lunes, 14 de diciembre · 16:00 – 16:45<br><span style="color:#70757a">Zona horaria: America/Montevideo</span></p>
        <p>Diego Suárez canceló este evento y agregó una nota:<br>
        <i>"Sofía, perdón por el aviso con tan poco tiempo: la posición se cubrió internamente. Te escribo aparte para contarte mejor."</i></p>
        <p><b>Organizador</b><br>Diego Suárez<br>diego.suarez@yaguaron.com.uy</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ_LOCAL["America/Montevideo"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Montevideo:20261214T160000
        DTEND;TZID=America/Montevideo:20261214T164500
        DTSTAMP:20261210T201104Z
        ORGANIZER;CN=Diego Suárez:mailto:diego.suarez@yaguaron.com.uy
        UID:3kq8v1d0s7n2fbc5m9u4ht6e0r@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=sofia.pereira@example.org;X-NUM-GUESTS=0:mailto:sofia.pereira@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Entrevista con Sofía Pereira - Yaguarón Cloud
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Diego Suárez", "diego.suarez@yaguaron.com.uy"),
              "Evento cancelado: Entrevista con Sofía Pereira - Yaguarón Cloud @ lun 14 dic 2026 16:00 - 16:45 "
              "(GMT-3) (sofia.pereira@example.org)",
              "2026-12-10 20:11:04", "UTC", "calendar-c41f7e20-9a3d-4b18-8e65-1d0b7f2a3c59@google.com",
              "mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              to="sofia.pereira@example.org",
              extra=(("Reply-To", addr("Diego Suárez", "diego.suarez@yaguaron.com.uy")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(23), family="ms_bookings", lang="es", interview=True, kind="cancelled",
      start=utc("2026-10-28 09:00", SCL), end=utc("2026-10-28 09:30", SCL),
      contact="valentina.munoz@araucaria.cl", company="Araucaria Retail",
      local="Wed 2026-10-28 09:00", local_end="2026-10-28 09:30", zone=SCL,
      note="Microsoft Bookings cancellation (HTML + METHOD:CANCEL ICS): miércoles 28 de octubre 9:00-9:30 "
           "with the display name '(UTC-04:00) Santiago', which shows Chile's standard offset; in "
           "October Chile is on summer time (-03), so 12:00Z-12:30Z, as the ICS in 'Pacific SA "
           "Standard Time' confirms; sender is the Bookings mailbox, contact = the person named in the body")
def araucaria_bookings_cancel():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <h2 style="font-weight:600">Se canceló su cita</h2>
        <p>Hola Sofía Pereira:</p>
        <p>Se canceló su cita con <b>Araucaria Retail - Selección</b>.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista inicial - Data Engineer</td></tr>
        <tr><td style="color:#605e5c">Fecha</td><td>miércoles, 28 de octubre de 2026</td></tr>
        <tr><td style="color:#605e5c">Hora</td><td>9:00 - 9:30 (UTC-04:00) Santiago</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Valentina Muñoz</td></tr>
        </table>
        <p style="color:#605e5c">Motivo: El proceso para este cargo quedó en pausa hasta enero. Si quiere más información,
        puede escribir a Valentina Muñoz (<a href="mailto:valentina.munoz@araucaria.cl">valentina.munoz@araucaria.cl</a>).</p>
        <p style="font-size:12px;color:#a19f9d">Con tecnología de Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_LOCAL["Pacific SA Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Araucaria Retail - Selección:mailto:EntrevistasTalento@araucaria.cl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Sofía Pereira:mailto:sofia.pereira@example.org
        SUMMARY;LANGUAGE=es-CL:Cancelado: Entrevista inicial - Data Engineer
        DTSTART;TZID=Pacific SA Standard Time:20261028T090000
        DTEND;TZID=Pacific SA Standard Time:20261028T093000
        UID:040000008200E00074C5B7101A82E00800000000F2C5D18E6C62DD01000000000000000010000000B3E1A0
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261023T173012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Araucaria Retail - Selección", "EntrevistasTalento@araucaria.cl"),
              "Cita cancelada: Entrevista inicial - Data Engineer",
              "2026-10-23 14:30:12", SCL, "CP4PR80MB5467A0E2C1D3B94F7A8E60B1C2@CP4PR80MB5467.lamprd80.prod.outlook.com",
              "BRA01-CP4-obe.outbound.protection.outlook.com (mail-cp4bra01on2112.outbound.protection.outlook.com [40.107.200.112])")
    return message(hs, mixed(html(page), calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                                  disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="pt", interview=False, company="Vagalume Pagamentos",
      note="SmartRecruiters rejection in Portuguese after the 22 Sep interview (same thread as the "
           "Vagalume confirmation); mentions the past interview, nothing scheduled")
def vagalume_rejection():
    body = t("""
        Olá Sofía,

        Muito obrigada pelo tempo dedicado à entrevista do dia 22 de setembro e pela conversa com o
        Thiago. Foi um prazer conhecer sua trajetória.

        Depois de uma análise cuidadosa, decidimos seguir com outra pessoa candidata, cujo perfil
        está mais alinhado ao momento atual do time. Sabemos que essa não é a notícia que você
        esperava.

        Vamos manter seu currículo no nosso banco de talentos e, se surgir uma vaga com o seu perfil,
        entraremos em contato.

        Desejamos muito sucesso!
        Camila Rocha
        Tech Recruiter | Vagalume Pagamentos
        """)
    page = "<html><body style=\"font-family:Roboto,Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Vagalume Pagamentos", "no-reply@smartrecruiters.com"),
              "Atualização sobre sua candidatura – Engenheira de Dados Sênior",
              "2026-10-02 10:14:09", SP, "sr.0b8d3c77e1a2.1791032049@smartrecruiters.com",
              "mta-out-02.smartrecruiters.com (mta-out-02.smartrecruiters.com [203.0.113.138])",
              extra=(("Reply-To", addr("Camila Rocha", "camila.rocha@vagalume.com.br")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(25), family="offer", lang="en", interview=False, company="Kestrel Pay",
      days=(("Fri", "2026-11-27"),),
      note="Offer from Kestrel Pay after the interviews; deadline Friday, November 27 and an open "
           "offer to talk 'any time this week' - no interview, no fixed time")
def kestrel_offer():
    body = t("""
        Hi Sofía,

        I'm thrilled to share that the team would love to have you join Kestrel Pay as a Senior Data
        Engineer! Everyone you met during the interviews was impressed, especially with your take on
        the late-arriving events problem.

        Your offer letter is attached (salary in USD, paid monthly through our EOR partner in
        Uruguay, plus equity and a home-office stipend). We'd appreciate an answer by Friday,
        November 27.

        I'm happy to jump on a call any time this week to walk you through the details - just grab
        whatever slot suits you on my calendar: https://calendly.com/danielle-ortiz-kestrel/30min

        Congratulations!
        Danielle

        Danielle Ortiz
        Technical Recruiter | Kestrel Pay
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Kestrel_Pay_Offer_Sofia_Pereira.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Kestrel_Pay_Offer_Sofia_Pereira.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5k\n"
                   "b2JqCnRyYWlsZXIKPDwgL1Jvb3QgMSAwIFIgPj4KJSVFT0YK\n")
    hs = head(addr("Danielle Ortiz", "danielle.ortiz@kestrelpay.com"), "Your offer from Kestrel Pay 🎉",
              "2026-11-20 12:02:41", "America/New_York", "CAB7xQm2Lk9vD4p1FwZ0sHc3@mail.gmail.com",
              "mail-qt1-f169.google.com (mail-qt1-f169.google.com [209.85.160.169])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(n(26), family="application_ack", lang="es", interview=False, company="Eisvogel Logistik",
      note="softgarden application receipt in Spanish; 'te invitaremos a una entrevista' is hypothetical")
def eisvogel_softgarden_ack():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Sofía Pereira:</p>
        <p>Muchas gracias por tu candidatura como <b>Data Engineer (m/f/d) - Madrid Hub / remoto</b> en Eisvogel Logistik.</p>
        <p>Hemos recibido correctamente tu documentación. Nuestro equipo de selección la revisará en las próximas
        dos semanas. Si tu perfil encaja con lo que buscamos, te invitaremos a una primera entrevista por videollamada.</p>
        <p>Puedes consultar el estado de tu candidatura en cualquier momento en tu
        <a href="https://eisvogel.softgarden.io/es/candidate/login">área de candidato</a>.</p>
        <p>Un cordial saludo,<br>Tu equipo de Recruiting de Eisvogel Logistik</p>
        <p style="font-size:11px;color:#888">Este correo se ha generado automáticamente. Powered by softgarden.</p>
        </body></html>
        """)
    hs = head(addr("Eisvogel Logistik Recruiting", "noreply@softgarden.io"),
              "Confirmación de recepción de tu candidatura - Data Engineer (m/f/d)",
              "2026-09-09 08:41:55", MAD, "1794651715.sg.58821@softgarden.io",
              "mx-out2.softgarden.io (mx-out2.softgarden.io [192.0.2.52])", charset="iso-8859-1",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest (HTML only, base64) with 'Entrevistas esta semana' badges and application "
           "counts; nothing scheduled for the user")
def empleossur_alert():
    jobs = [
        ("Data Engineer Sr", "Cuarzo Fintech", "Montevideo (híbrido)", "Entrevistas esta semana"),
        ("Ingeniero/a de Datos", "Pampero Logística", "Buenos Aires (remoto)", "Postulación simple"),
        ("Analytics Engineer", "Chajá Media", "Montevideo", "Nuevo"),
        ("Engenheira de Dados Pleno", "Araçari Bank", "São Paulo (remoto LATAM)", "Entrevistas esta semana"),
        ("Senior Data Engineer (EN)", "Northbeam Health", "Remote - Americas", "Nuevo"),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><a href="https://empleossur.example.com/o/{i + 4417}" '
        f'style="font-weight:bold;color:#1b5e20">{ti}</a><br>{co} · {loc}<br>'
        f'<span style="background:#e8f5e9;font-size:11px;padding:2px 6px">{badge}</span></td></tr>'
        for i, (ti, co, loc, badge) in enumerate(jobs))
    page = t("""
        <html><body style="background:#f2f2f2;font-family:Arial,sans-serif">
        <table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
        <tr><td style="padding:16px;background:#1b5e20;color:#fff;font-size:18px">EmpleosSur</td></tr>
        <tr><td style="padding:16px">Hola Sofía, estas son las nuevas ofertas para tu alerta <b>"data engineer"</b> (Montevideo, Buenos Aires, remoto):</td></tr>
        """) + rows + "\n" + t("""
        <tr><td style="padding:16px;font-size:11px;color:#777">Recibís este correo porque creaste una alerta en EmpleosSur.
        <a href="https://empleossur.example.com/alertas/baja?u=88213">Darte de baja</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("EmpleosSur", "alertas@empleossur.example.com"),
              "5 nuevas ofertas de \"data engineer\" para vos",
              "2026-10-13 07:00:12", MVD, "alert.88213.20261013@empleossur.example.com",
              "smtp-out.empleossur.example.com (smtp-out.empleossur.example.com [198.51.100.9])",
              extra=(("List-Unsubscribe", "<https://empleossur.example.com/alertas/baja?u=88213>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))


@mail(n(28), family="newsletter_blog", lang="es", interview=False, company=None,
      note="Substack-style newsletter post about the author's own technical interviews ('mi entrevista "
           "del martes a las 10'); a blog post, not the user's interview")
def datosconmate_newsletter():
    body = t("""
        Datos con Mate · Edición #58

        Cómo me preparé para siete entrevistas técnicas (y qué haría distinto)

        Hola, ¿cómo andan? Este mes fue intenso: entre septiembre y octubre tuve siete entrevistas
        para puestos de data engineering, tres en Montevideo y cuatro remotas. Les cuento lo que
        aprendí.

        1. El "system design" de datos no es el de backend. En mi entrevista del martes a las 10 con
           una fintech me pidieron diseñar un pipeline de eventos con late data, y lo que más
           valoraron fue que preguntara por los SLAs antes de dibujar cajitas.
        2. Practicá SQL en voz alta. Parece una pavada, pero explicar una window function mientras
           la escribís es otra cosa.
        3. Preguntá siempre cuánto dura la entrevista y quiénes van a estar. Te ahorra sorpresas.

        Si les sirve, el jueves 29/10 a las 19 hs hago un vivo en YouTube respondiendo preguntas.

        ¡Hasta la próxima!
        Vale

        ---
        Estás recibiendo este correo porque te suscribiste a Datos con Mate.
        Desuscribirse: https://datosconmate.substack.com/action/disable_email
        """)
    hs = head(addr("Datos con Mate", "datosconmate@substack.com"),
              "Cómo me preparé para siete entrevistas técnicas (y qué haría distinto)",
              "2026-10-24 11:30:00", MVD, "20261024143000.3.8bb21f0c9e@substack.com",
              "mail-out-1.substack.com (mail-out-1.substack.com [192.0.2.144])",
              extra=(("List-Unsubscribe", "<https://datosconmate.substack.com/action/disable_email>"),
                     ("List-Id", "Datos con Mate <datosconmate.substack.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Tidewater Analytics",
      note="Greenhouse 'please select your availability' request: a self-scheduling link, no time "
           "chosen yet")
def tidewater_pick_slot():
    body = t("""
        Hi Sofía,

        Thanks again for your application to Tidewater Analytics! We'd love to move you forward to a
        60-minute technical interview with our data platform team.

        Please use the link below to pick a time that works for you. Slots are shown in your local
        time zone and are available between Monday, November 9 and Friday, November 13.

        Select a time: https://app.greenhouse.io/scheduling/select/9f2d71c0ab34

        Once you've chosen a slot you'll receive a calendar invitation with the video link.

        Thanks,
        Jordan Reyes
        Recruiting Coordinator, Tidewater Analytics
        """)
    hs = head(addr("Tidewater Analytics", "no-reply@us.greenhouse-mail.io"),
              "Action required: select your interview time with Tidewater Analytics",
              "2026-11-04 14:26:31", NY, "0100019b46d02a1f-77c1@us.greenhouse-mail.io",
              "o5.sendgrid.greenhouse-mail.io (o5.sendgrid.greenhouse-mail.io [198.51.100.25])",
              extra=(("Reply-To", addr("Jordan Reyes", "jordan.reyes@tidewateranalytics.com")),))
    return message(hs, text(body, cte="8bit"))


@mail(n(30), family="recruiter_proposal", lang="es", interview=False, company="Cuarzo Fintech",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
      note="Recruiter proposes two options ('¿te vendría bien el martes 10/11 a las 10 o el miércoles "
           "11/11 a las 15 hs?') and will send the invitation once Sofía picks one: not confirmed")
def cuarzo_proposal():
    body = t("""
        Hola Sofía, ¿cómo va?

        Te cuento que a Rodrigo (nuestro Head of Data) le gustó mucho tu perfil y quiere conocerte.
        ¿Te vendría bien el martes 10/11 a las 10 o el miércoles 11/11 a las 15 hs? Sería una charla
        de una hora en nuestra oficina de WTC, o por Meet si te queda más cómodo.

        Decime cuál preferís y te mando la invitación.

        Saludos!
        Valeria Costa
        People Partner | Cuarzo Fintech
        +598 99 555 214
        """)
    hs = head(addr("Valeria Costa", "valeria.costa@cuarzofintech.com.uy"), "Entrevista con el equipo de Datos",
              "2026-11-05 16:08:27", MVD, "CAH5tY2wRm0pQ8zK1nV3bL7x@mail.gmail.com",
              "mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(31), family="job_centre", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Public employment office confirms an 'entrevista de orientación laboral' on jueves 15 de "
           "octubre at 9:30: a fixed time, but a job-centre appointment, not a job interview")
def cpe_orientacion():
    body = t("""
        Centro Público de Empleo - Montevideo Centro

        Estimada Sofía Pereira:

        Le confirmamos su entrevista de orientación laboral, en el marco de su inscripción en la
        plataforma de intermediación laboral.

        Día: jueves 15 de octubre de 2026
        Hora: 9:30
        Lugar: Oficina de atención al público, Av. Rondeau 1520, planta baja

        Deberá concurrir con cédula de identidad vigente y su currículum actualizado (impreso o en
        pendrive). En la entrevista se revisará su perfil y se le informará sobre cursos de
        capacitación y llamados vigentes.

        Si no puede concurrir, le pedimos cancelar la reserva desde el enlace recibido al agendarse.

        Atentamente,
        Centro Público de Empleo

        Este correo fue generado automáticamente; por favor no lo responda.
        """)
    hs = head(addr("Centro Público de Empleo", "no-responder@cpe-montevideo.example.com"),
              "Confirmación de entrevista de orientación laboral",
              "2026-10-09 12:40:18", MVD, "agenda.cpe.551827@cpe-montevideo.example.com",
              "correo.cpe-montevideo.example.com (correo.cpe-montevideo.example.com [203.0.113.5])",
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(32), family="press_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-09-25"),),
      note="A journalist confirms an interview with Sofía for an article (viernes 25/9 a las 17 hs, "
           "unos 40 minutos): a confirmed 'entrevista', but press, not a job interview")
def rambla_press():
    body = t("""
        Hola Sofía,

        ¡Buenísimo, gracias por aceptar! Entonces te confirmo: la entrevista para la nota sobre
        mujeres en ingeniería de datos queda para el viernes 25/9 a las 17 hs, por Meet
        (https://meet.google.com/sml-pewr-rta). Serán unos 40 minutos y después, si te parece,
        coordinamos con el fotógrafo para una foto en tu lugar de trabajo.

        Te mando antes las preguntas para que no te agarre desprevenida.

        Un abrazo,
        Julieta Carbajal
        Periodista - Semanario La Rambla
        """)
    hs = head(addr("Julieta Carbajal", "jcarbajal@semanariolarambla.com.uy"),
              "Re: Nota sobre mujeres en datos",
              "2026-09-21 13:17:02", MVD, "7a0f2c9b-18e4-4d2b-93a1-5e6c0b2d8f11@semanariolarambla.com.uy",
              "mail.semanariolarambla.com.uy (mail.semanariolarambla.com.uy [198.51.100.33])",
              extra=(("In-Reply-To", "<CAP4mX0s1a@mail.example.org>"),))
    return message(hs, text(body, cte="8bit"))


@mail(n(33), family="podcast", lang="en", interview=False, company=None,
      note="Podcast recording confirmation with ICS (Thu 15 Oct 2:00 PM EDT); Sofía is the guest - "
           "a confirmed 'interview' slot, but not a job interview")
def pipelines_podcast():
    body = t("""
        Hi Sofía,

        You're all set for the Pipelines & Pints podcast! Here are the details for your recording:

        Episode: "Streaming in the Southern Cone" - guest interview
        When: Thursday, October 15, 2026, 2:00 PM - 3:00 PM EDT (3:00 PM Montevideo)
        Where: Riverside studio - https://riverside.fm/studio/pipelines-and-pints

        Please use headphones and a wired connection if you can. We'll do a 10-minute sound check
        before we start recording.

        Cheers,
        Nate Holloway
        Host, Pipelines & Pints
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Pipelines and Pints//Booking//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:pp-guest-2026-1015@pipelinesandpints.fm
        DTSTAMP:20261008T181200Z
        DTSTART:20261015T180000Z
        DTEND:20261015T190000Z
        SUMMARY:Podcast recording - Pipelines & Pints (guest: Sofía Pereira)
        LOCATION:https://riverside.fm/studio/pipelines-and-pints
        ORGANIZER;CN=Nate Holloway:mailto:nate@pipelinesandpints.fm
        ATTENDEE;CN=Sofía Pereira;RSVP=TRUE:mailto:sofia.pereira@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Nate Holloway", "nate@pipelinesandpints.fm"), "Confirmed: your Pipelines & Pints recording",
              "2026-10-08 14:12:00", NY, "CAN2hb8Wq0Xv3t@mail.gmail.com",
              "mail-oi1-f170.google.com (mail-oi1-f170.google.com [209.85.167.170])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="quoted-printable", filename="recording.ics", disposition="attachment")))


@mail(n(34), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="University master's programme admission interview (lunes 9/11 a las 18:30, Teams): a "
           "confirmed 'entrevista', but for a study programme, not a job")
def maestria_admision():
    body = t("""
        Estimada Sofía:

        La Coordinación de la Maestría en Ciencia de Datos le informa que su entrevista de admisión
        para la cohorte 2027 quedó agendada para el lunes 9/11 a las 18:30 (hora de Uruguay), por
        Microsoft Teams. La entrevista dura 20 minutos y estará a cargo de la Dra. Silvia Larrañaga.

        Le recordamos que antes del 30/11 debe completar el pago de la matrícula de inscripción.

        Saludos cordiales,
        Coordinación de Posgrados
        Facultad de Ingeniería - Universidad Atlántida del Sur
        """)
    page = "<html><body style=\"font-family:Georgia,serif;font-size:14px\">" + "".join(
        f"<p>{para.replace(chr(10), ' ')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Posgrados FI - UAS", "posgrados.ingenieria@uatlantida.example.edu"),
              "Maestría en Ciencia de Datos - Entrevista de admisión",
              "2026-11-03 10:22:51", MVD, "posg.2026.1103.7741@uatlantida.example.edu",
              "smtp.uatlantida.example.edu (smtp.uatlantida.example.edu [192.0.2.88])")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(35), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Sports club try-out ('la prueba es el sábado 19/9 a las 10 hs'): fixed time, not a job interview")
def teros_hockey():
    body = t("""
        Hola Sofi!

        Qué bueno que te animás a volver al hockey. Te confirmo que la prueba para el plantel de
        intermedia es el sábado 19/9 a las 10 hs en la cancha sintética del club (Av. Rivera y
        Comercio). Traé palo, canilleras, protector bucal y agua. Si llueve se pasa al domingo a la
        misma hora, te aviso por el grupo.

        Después del entrenamiento hacemos una charla cortita con el DT, nada formal.

        Besos,
        Lu
        Coordinadora Hockey Femenino - Club Los Teros del Buceo
        """)
    hs = head(addr("Lucía Ferrando", "hockey.femenino@losterosdelbuceo.example.com"),
              "Prueba de jugadoras - sábado",
              "2026-09-14 21:15:40", MVD, "CAL8wS0pX3bZ@mail.gmail.com",
              "mail-ua1-f50.google.com (mail-ua1-f50.google.com [209.85.222.50])")
    return message(hs, text(body, cte="8bit"))


@mail(n(36), family="car_service", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Car dealer service booking (HTML only): 'martes 22/9 a las 8:00', a fixed appointment, "
           "not an interview")
def prado_service():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="background:#b71c1c;color:#fff;padding:14px;font-size:18px">Automotora del Prado - Taller</td></tr>
        <tr><td style="padding:18px">
        <p>Hola Sofía,</p>
        <p>Tu turno quedó <b>confirmado</b>:</p>
        <table cellpadding="3">
        <tr><td>Servicio:</td><td>Service oficial 20.000 km</td></tr>
        <tr><td>Vehículo:</td><td>Hatchback 1.6 - matrícula SBX 4471</td></tr>
        <tr><td>Fecha:</td><td>martes 22/9</td></tr>
        <tr><td>Hora de recepción:</td><td>8:00</td></tr>
        <tr><td>Dirección:</td><td>Av. Agraciada 3990, Montevideo</td></tr>
        </table>
        <p>Tiempo estimado del trabajo: 4 horas. Te avisamos por WhatsApp cuando esté pronto.</p>
        <p>Para reprogramar, respondé este correo o llamá al 2336 5500.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Automotora del Prado", "taller@automotoradelprado.example.com"),
              "Turno confirmado - Service 20.000 km",
              "2026-09-17 15:03:27", MVD, "turno.55021.20260917@automotoradelprado.example.com",
              "smtp.automotoradelprado.example.com (smtp.automotoradelprado.example.com [203.0.113.14])")
    return message(hs, html(page))


@mail(n(37), family="recruiter_outreach", lang="es", interview=False, company="Talento Austral",
      note="Headhunter cold outreach asking for a 15-minute chat 'esta semana o la próxima'; no time fixed")
def austral_outreach():
    body = t("""
        Hola Sofía, ¿cómo estás?

        Soy Ignacio, de Talento Austral. Estoy acompañando a un cliente (scale-up de logística con
        base en Buenos Aires, equipo 100% remoto) en la búsqueda de una Data Engineer Senior, y tu
        experiencia con Kafka y dbt me pareció muy alineada.

        ¿Tendrías 15 minutos esta semana o la próxima para una charla exploratoria? Contame qué
        días y horarios te quedan bien y me adapto.

        ¡Gracias!
        Ignacio Maidana
        Senior Tech Recruiter | Talento Austral
        linkedin.com/in/ignacio-maidana-ta
        """)
    hs = head(addr("Ignacio Maidana", "ignacio@talentoaustral.com.ar"),
              "Oportunidad Data Engineer Sr - remoto",
              "2026-09-28 11:47:05", BA, "CAK7dE1fZy0Q@mail.gmail.com",
              "mail-wr1-f48.google.com (mail-wr1-f48.google.com [209.85.221.48])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Career coach confirms a mock technical interview session (jueves 8/10 a las 19 hs, 90 "
           "minutos, Zoom): confirmed time, but practice with a coach, not a job interview")
def coach_simulacro():
    body = t("""
        Hola Sofía,

        ¡Gracias por reservar! Te confirmo nuestra sesión de simulacro de entrevista técnica en
        inglés: jueves 8/10 a las 19 hs (Montevideo), 90 minutos por Zoom.

        Vamos a hacer una entrevista "de verdad" de 45 minutos (behavioral + un caso de system
        design de datos) y después la repasamos juntas con feedback detallado. Si tenés alguna
        descripción de puesto concreta, mandámela antes así la armo a medida.

        Link: https://us06web.zoom.us/j/84471230095
        Pago: transferencia o Mercado Pago, antes de la sesión.

        ¡Nos vemos!
        Lorena Díaz
        Coaching de carrera para perfiles tech
        """)
    hs = head(addr("Lorena Díaz", "lorena@lorenadiazcoaching.example.com"),
              "Confirmada tu sesión de simulacro de entrevista",
              "2026-10-05 18:20:33", MVD, "20261005212033.4f1c@lorenadiazcoaching.example.com",
              "smtp.lorenadiazcoaching.example.com (smtp.lorenadiazcoaching.example.com [198.51.100.71])")
    return message(hs, text(body, cte="base64"))


@mail(n(39), family="forwarded_other", lang="es", interview=False, company=None,
      note="A friend forwards her OWN Greenhouse interview confirmation (Thu 5 Nov 1:00 PM EST, "
           "addressed to her) asking for tips; the interview is not Sofía's")
def agus_fwd_other():
    body = t("""
        Sofiiii mirá!! Me llamaron de Kestrel, la misma que vos jaja. Es el jueves 5 a la 1 de la
        tarde hora de ellos (las 3 nuestras, ¿no?). ¿Me pasás tips de cómo fue la tuya? Te invito
        un café 🙏

        Agus

        ---------- Forwarded message ---------
        De: Kestrel Pay <no-reply@us.greenhouse-mail.io>
        Date: vie, 30 oct 2026 a las 12:41
        Subject: Interview Confirmation: Product Analyst at Kestrel Pay
        To: Agustina Vidal <agus.vidal@example.com>


        Hi Agustina,

        Your interview for Product Analyst at Kestrel Pay is confirmed.

        Date: Thursday, November 5, 2026
        Time: 1:00 PM - 1:45 PM EST
        Location: Google Meet - https://meet.google.com/hqa-zxcv-plo
        Interviewer: Priya Nandakumar (Analytics Lead)

        Best,
        Danielle Ortiz
        Technical Recruiter | Kestrel Pay
        """)
    hs = head(addr("Agustina Vidal", "agus.vidal@example.com"),
              "Fwd: Interview Confirmation: Product Analyst at Kestrel Pay",
              "2026-10-31 10:02:17", MVD, "CAF0rwD7uV2pX9@mail.gmail.com",
              "mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="interviewer_assignment", lang="en", interview=False, company=None,
      note="Greenhouse interviewer notification from Sofía's current employer, auto-forwarded from her "
           "work address: she is the interviewer of a candidate on Thu 22 Oct 11:00 GMT-3 - not her "
           "own job interview")
def lumbre_interviewer():
    body = t("""
        Hi Sofía,

        You've been scheduled to interview Martín Cabrera for Data Engineer Jr (Montevideo).

        Thursday, October 22, 2026
        11:00 AM - 11:45 AM GMT-3
        Interview: SQL & Modeling
        Location: Sala Rambla (3rd floor) / Google Meet

        Your interview kit, with the questions and the scorecard, is here:
        https://app.greenhouse.io/guides/51177302/people/88120041?application_id=70123391

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        The Lumbre Data Recruiting Team
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-51177302-interviewer@greenhouse.io
        DTSTAMP:20261019T133512Z
        DTSTART:20261022T140000Z
        DTEND:20261022T144500Z
        SUMMARY:Interview: Martín Cabrera - Data Engineer Jr (SQL & Modeling)
        LOCATION:Sala Rambla (3rd floor) / Google Meet
        ORGANIZER;CN=Paula Sosa:mailto:paula.sosa@lumbredata.com
        ATTENDEE;CN=Sofía Pereira;ROLE=REQ-PARTICIPANT:mailto:sofia.pereira@lumbredata.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lumbre Data Recruiting", "no-reply@us.greenhouse-mail.io"),
              "Interview scheduled: Martín Cabrera - Data Engineer Jr (you're interviewing)",
              "2026-10-19 10:35:12", MVD, "0100019a0f5b3c71-e2aa@us.greenhouse-mail.io",
              "mail-forward.lumbredata.com (mail-forward.lumbredata.com [198.51.100.121])",
              to=addr(ME_NAME, "sofia.pereira@lumbredata.com"),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"sofia.pereira@lumbredata.com {ME}")))
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="interview.ics",
                                                  disposition="attachment")))


@mail(n(41), family="auto_reply", lang="es", interview=False, company="Trazo Logística",
      days=(("Mon", "2026-10-05"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Trazo recruiter; quotes "
           "the subject of the earlier confirmation, nothing new scheduled")
def trazo_ooo():
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy de licencia hasta el lunes 5/10 inclusive, con acceso limitado al correo. Para temas
        de búsquedas en curso podés escribir a seleccion@trazologistica.com.ar.

        Saludos,
        Martina Gallo
        Talent Acquisition · Trazo Logística
        """)
    hs = head(addr("Martina Gallo", "martina.gallo@trazologistica.com.ar"),
              "Respuesta automática: Re: Entrevista confirmada - Data Engineer Semi Senior | Trazo",
              "2026-09-28 09:31:44", BA, "AM9P192MB11742C1AB04E0F5@AM9P192MB1174.EURP192.PROD.OUTLOOK.COM",
              "mail-sn1nam02on2100.outbound.protection.outlook.com (mail-sn1nam02on2100.outbound.protection.outlook.com [40.107.96.100])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAG1x7qRvN0@mail.example.org>")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(42), family="bounce", lang="es", interview=False, company=None,
      note="Delivery failure (multipart/report) of Sofía's own thank-you note after the Trazo "
           "interview, sent to a misspelled address; the returned note mentions 'la entrevista de hoy'")
def trazo_bounce():
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <nicolas.bertoloti@trazologistica.com.ar>: host
            trazologistica-com-ar.mail.protection.outlook.com[203.0.113.200] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F1A2B3C9D
        Arrival-Date: Wed, 16 Sep 2026 22:02:11 +0000 (UTC)

        Final-Recipient: rfc822; nicolas.bertoloti@trazologistica.com.ar
        Original-Recipient: rfc822;nicolas.bertoloti@trazologistica.com.ar
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; trazologistica-com-ar.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    original = message([
        ("From", me()),
        ("To", addr("Nicolás Bertolotti", "nicolas.bertoloti@trazologistica.com.ar")),
        ("Subject", "Gracias por la entrevista"),
        ("Date", date("2026-09-16 19:02:09", MVD)),
        ("Message-ID", "<CAG1x7qRvN0@mail.example.org>"),
    ], text(t("""
        Hola Nicolás,

        Muchas gracias por la entrevista de hoy, me gustó mucho la charla sobre la migración a
        Airflow 3. Quedo atenta a los próximos pasos.

        Saludos,
        Sofía
        """), cte="8bit"))
    hs = head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
              "2026-09-16 19:02:14", MVD, "20260916220214.8A7E11C2F0@mx1.example.org",
              "localhost (localhost [127.0.0.1])",
              extra=(("Auto-Submitted", "auto-replied"),))
    rep = multipart("report", text(report, charset="us-ascii", cte="7bit"),
                    raw_part([("Content-Description", "Delivery report"),
                              ("Content-Type", "message/delivery-status")], status),
                    attached_message(original), params="report-type=delivery-status")
    return message(hs, rep)


@mail(n(43), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Google Groups mailing-list announcement of a data meetup (jueves 22/10 a las 19 hs) with a "
           "talk on technical interviews; list mail, not an interview")
def datauy_meetup():
    body = t("""
        ¡Hola gente!

        Se viene el meetup de octubre de Datos Uruguay:

        Jueves 22/10, 19 hs - cowork La Aguada (Av. Libertador 2050)
        - "dbt a escala: lo que nadie te cuenta" - Martina Ledesma
        - "Del otro lado del escritorio: cómo evaluamos entrevistas técnicas de datos" - Gastón Pérez
        Después, pizza y networking.

        Inscripción (cupo limitado): https://datosuruguay.example.org/meetups/octubre-2026

        Saludos,
        Pablo (por el equipo organizador)

        --
        Recibiste este mensaje porque estás suscrito al grupo "datauy" de Grupos de Google.
        Para anular la suscripción a este grupo, envía un correo electrónico a datauy+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Pablo Ferrés", "pablo.ferres@example.net"),
              "[datauy] Meetup de octubre - jueves 22/10",
              "2026-10-14 17:45:21", MVD, "CAM3hYp0sW1@mail.gmail.com",
              "mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              to="datauy@googlegroups.com",
              extra=(("Reply-To", "datauy@googlegroups.com"),
                     ("Sender", "datauy@googlegroups.com"),
                     ("Mailing-list", "list datauy@googlegroups.com; contact datauy+owners@googlegroups.com"),
                     ("List-ID", "<datauy.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/datauy/post>, <mailto:datauy@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:datauy+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(44), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Marketing webinar about the data-engineering system design interview, Wed Nov 11 12:00 PM "
           "EST, with ICS; a registration confirmation, not a job interview")
def dca_webinar():
    body = t("""
        You're registered!

        Nailing the Data Engineering System Design Interview
        Live webinar - Wednesday, November 11, 2026, 12:00 PM - 1:00 PM EST

        Hi Sofía,

        Thanks for registering. Our panel of hiring managers from three US tech companies will walk
        through a real interview question end to end and answer your questions live.

        Join link: https://events.datacareeracademy.example.com/live/ndesi-1111
        Add to calendar: the invitation is attached.

        Can't make it? Register anyway - we'll send the recording.

        DataCareer Academy
        Unsubscribe: https://datacareeracademy.example.com/u?e=sofia.pereira%40example.org
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//DataCareer Academy//Webinars//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:ndesi-1111-reg-88122@datacareeracademy.example.com
        DTSTAMP:20261106T150400Z
        DTSTART:20261111T170000Z
        DTEND:20261111T180000Z
        SUMMARY:Webinar: Nailing the Data Engineering System Design Interview
        LOCATION:https://events.datacareeracademy.example.com/live/ndesi-1111
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("DataCareer Academy", "events@datacareeracademy.example.com"),
              "You're in: Nailing the Data Engineering System Design Interview (Nov 11)",
              "2026-11-06 10:04:00", NY, "webinar.88122.ndesi@datacareeracademy.example.com",
              "mta12.datacareeracademy.example.com (mta12.datacareeracademy.example.com [198.51.100.12])",
              extra=(("List-Unsubscribe", "<https://datacareeracademy.example.com/u?e=sofia.pereira%40example.org>"),
                     ("Precedence", "bulk")))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="webinar.ics",
                                                  disposition="attachment")))


@mail(n(45), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar invitation from Sofía's manager at her current job: end-of-year retro and "
           "asado (vie 11 dic 19:00-23:00); a team event, not an interview")
def lumbre_asado():
    body = t("""
        Retro de fin de año + asado - equipo Datos
        viernes, 11 de diciembre · 19:00 – 23:00
        Zona horaria: America/Montevideo

        Ubicación
        Parrillero de la terraza, oficina Lumbre Data (Colonia 1021)

        Primero hacemos la retro del año (1 hora, prometido) y después asado. Los +1 son bienvenidos.
        Avisen si alguno es vegetariano.

        Organizador
        Leandro Píriz
        leandro.piriz@lumbredata.com

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LOCAL["America/Montevideo"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Montevideo:20261211T190000
        DTEND;TZID=America/Montevideo:20261211T230000
        DTSTAMP:20261202T140955Z
        ORGANIZER;CN=Leandro Píriz:mailto:leandro.piriz@lumbredata.com
        UID:1b9s0f3m5q7a2x4c6v8n0k2j4h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofia.pereira@example.org;X-NUM-GUESTS=0:mailto:sofia.pereira@example.org
        LOCATION:Parrillero de la terraza\\, oficina Lumbre Data (Colonia 1021)
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Retro de fin de año + asado - equipo Datos
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Leandro Píriz", "leandro.piriz@lumbredata.com"),
              "Invitación: Retro de fin de año + asado - equipo Datos @ vie 11 dic 2026 19:00 - 23:00 (GMT-3) "
              "(sofia.pereira@example.org)",
              "2026-12-02 14:09:55", "UTC", "calendar-2d7e91b0-4c3a-4f8e-a612-9b0e5c7d1f20@google.com",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              to="sofia.pereira@example.org",
              extra=(("Reply-To", addr("Leandro Píriz", "leandro.piriz@lumbredata.com")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(46), family="medical_appointment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Clinical-trial screening visit ('visita de screening', martes 1/12 a las 8:00, en ayunas) "
           "with an 'entrevista con la médica investigadora'; medical, not a job interview")
def estudio_screening():
    body = t("""
        Estimada Sofía:

        Gracias por su interés en participar en el estudio VITAL-UY sobre hábitos de sueño y salud
        cardiovascular. Le confirmamos su visita de screening:

        Día: martes 1/12
        Hora: 8:00 (debe venir en ayunas de 8 horas)
        Lugar: Unidad de Investigación Clínica, Bv. Artigas 1590, 2º piso

        La visita dura unas dos horas e incluye extracción de sangre, electrocardiograma y una
        entrevista con la médica investigadora para revisar los criterios de inclusión. Traiga su
        cédula y la lista de medicación que toma habitualmente.

        Saludos cordiales,
        Mag. Andrea Cabrera
        Coordinadora de estudio - Unidad de Investigación Clínica
        Tel. 2708 5521
        """)
    hs = head(addr("Andrea Cabrera", "acabrera@uic-montevideo.example.org"),
              "Estudio VITAL-UY - confirmación de visita de screening",
              "2026-11-24 13:55:09", MVD, "0f9e1c7a-3b2d-48e5-a1c4-77d20e5b3f6a@uic-montevideo.example.org",
              "smtp.uic-montevideo.example.org (smtp.uic-montevideo.example.org [203.0.113.60])")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(47), family="flat_viewing", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Estate agent confirms a flat viewing (sábado 7/11 a las 11 hs); fixed time, not an interview")
def pocitos_visita():
    body = t("""
        Hola Sofía, ¿qué tal?

        Te confirmo la visita al apartamento de Pocitos (Juan Benito Blanco y Pereira, 2 dormitorios,
        piso 4) para el sábado 7/11 a las 11 hs. Te espero en la puerta del edificio; si llegás
        antes tocá el 402 que está el portero.

        Acordate de traer recibo de sueldo o constancia de ingresos si te interesa reservarlo, hay
        otras dos visitas ese mismo día.

        Saludos,
        Germán Olivera
        Olivera Propiedades
        098 555 331
        """)
    hs = head(addr("Germán Olivera", "german@oliverapropiedades.example.com"),
              "Visita apto Pocitos - sábado",
              "2026-11-04 18:26:44", MVD, "CAD2kq9Zs1F@mail.gmail.com",
              "mail-vs1-f41.google.com (mail-vs1-f41.google.com [209.85.217.41])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(48), family="post_interview", lang="en", interview=False, company="Lanternfish Data",
      days=(("Mon", "2026-11-30"),),
      note="Recruiter after the 3 Nov interview: 'let's regroup after Thanksgiving', will reach out the "
           "week of Nov 30; nothing scheduled")
def lanternfish_regroup():
    body = t("""
        Hi Sofía,

        Quick update so you're not left hanging: the team really enjoyed your conversation with Rita
        and Sam, and we're still finishing up the last couple of interviews for the role.

        Half the team is out this week for Thanksgiving, so let's regroup after the holiday - I'll
        reach out the week of Monday, Nov 30 with next steps (most likely a final round with our
        CTO, but nothing is booked yet).

        Thanks for your patience, and happy Thanksgiving if you're celebrating!

        Owen

        Owen Pratt
        Senior Recruiter | Lanternfish Data
        """)
    hs = head(addr("Owen Pratt", "owen.pratt@lanternfishdata.com"), "Re: Next steps - Lanternfish Data",
              "2026-11-24 16:40:27", NY, "CAEw9Tq1mP0xR7@mail.gmail.com",
              "mail-yb1-f175.google.com (mail-yb1-f175.google.com [209.85.219.175])",
              extra=(("In-Reply-To", "<CAG5zK2nT0q@mail.example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="bank_appointment", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Bank confirms a meeting with a personal advisor (miércoles 18/11 a las 15:30, sucursal); "
           "HTML only, windows-1252 QP; not an interview")
def ceibo_asesora():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#1a1a1a">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#00695c;color:#fff;padding:14px;font-size:17px">Banco Ceibo</td></tr>
        <tr><td style="padding:18px">
        <p>Estimada Sofía Pereira:</p>
        <p>Le confirmamos su reunión con su asesora personal, <b>Cra. Mariela Suárez</b>, para revisar las
        opciones de crédito hipotecario en UI que consultó.</p>
        <p><b>Miércoles 18/11 - 15:30</b><br>Sucursal Pocitos - Av. Brasil 2701</p>
        <p>Por favor traiga su documento de identidad y los tres últimos recibos de sueldo.</p>
        <p>Saludos cordiales,<br>Banco Ceibo - Banca Personas</p>
        <p style="font-size:10px;color:#777">Banco Ceibo nunca le solicitará sus claves por correo electrónico.
        Este es un mensaje automático, por favor no lo responda.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Banco Ceibo", "avisos@bancoceibo.example.com"), "Confirmación de su reunión con su asesora",
              "2026-11-12 11:03:38", MVD, "avisos.20261112140338.99172@bancoceibo.example.com",
              "mta2.bancoceibo.example.com (mta2.bancoceibo.example.com [192.0.2.150])", charset="windows-1252")
    return message(hs, html(page, charset="windows-1252"))


@mail(n(50), family="adoption_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-28"),),
      note="Dog-adoption shelter confirms the adoption interview and home visit (sábado 28/11 a las "
           "10); a confirmed 'entrevista', not a job interview")
def patitas_adopcion():
    body = t("""
        ¡Hola Sofía!

        Gracias por completar el formulario para adoptar a Canela 🐶. Nos encantó tu postulación.

        Como te contamos, el siguiente paso es la entrevista de adopción con visita domiciliaria:
        queda para el sábado 28/11 a las 10, en tu casa. Van a ir dos voluntarias, Ana y Maite.
        Es una charla tranquila: queremos conocer el espacio, ver que el patio esté cerrado y
        contarte sobre los cuidados de Canela.

        Si por algún motivo no podés, avisanos por acá o al WhatsApp del refugio.

        ¡Gracias por adoptar!
        Refugio Patitas del Cerro
        """)
    hs = head(addr("Refugio Patitas del Cerro", "adopciones@patitasdelcerro.example.org"),
              "Entrevista de adopción de Canela - sábado 28/11",
              "2026-11-23 20:14:02", MVD, "CAB1pqX7tY3@mail.gmail.com",
              "mail-pg1-f173.google.com (mail-pg1-f173.google.com [209.85.215.173])")
    return message(hs, alt(text(body), html(gmail_html(body))))
