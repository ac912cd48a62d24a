"""blind254: a blind 50-mail held-out set, the inbox of Florencia Cruz, a mining-logistics planner
in Salta, Argentina (America/Argentina/Salta, UTC-3 all year), September to December 2026.

Build and check: ``python3 bench/heldout/make_blind.py blind254``. Written by a helper session that
did not read the detector, its tests or any other held-out set. Each function is one mail; the file
number is a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
"""

from __future__ import annotations

import random

from make import (
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

ORDER = random.Random(2540254).sample(range(1, 51), 50)

ME = "florencia.cruz@example.org"
ME_H = addr("Florencia Cruz", ME)
SALTA = "America/Argentina/Salta"
SCL = "America/Santiago"
VAN = "America/Vancouver"
TUC = "America/Argentina/Tucuman"
COR = "America/Argentina/Cordoba"
BA = "America/Argentina/Buenos_Aires"


def n(key: int) -> str:
    return f"blind254_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_H,
         via: tuple[str, str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8", return_path: str | None = None) -> list[tuple[str, str]]:
    envelope = frm.rsplit("<", 1)[-1].rstrip(">") if "<" in frm else frm
    hs: list[tuple[str, str]] = [("Return-Path", return_path or f"<{envelope}>")]
    if via:
        hs.append(("Received", rcv(via[0], via[1], when, zone, via[2])))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


VTZ_SALTA = """BEGIN:VTIMEZONE
TZID:America/Argentina/Salta
X-LIC-LOCATION:America/Argentina/Salta
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_TUC = VTZ_SALTA.replace("Salta", "Tucuman")
VTZ_COR = VTZ_SALTA.replace("Salta", "Cordoba")

VTZ_ARG_WIN = """BEGIN:VTIMEZONE
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

VTZ_VAN = """BEGIN:VTIMEZONE
TZID:America/Vancouver
X-LIC-LOCATION:America/Vancouver
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

VTZ_PST_WIN = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 07:00", VAN), end=utc("2026-10-27 07:45", VAN),
      contact="megan.thorsen@coldwaterridge.ca", company="Coldwater Ridge Minerals",
      local="Tue 2026-10-27 07:00", local_end="2026-10-27 07:45", zone=VAN,
      note="Greenhouse confirmation from a no-reply sender; 7:00-7:45 AM PDT on 27 Oct (Vancouver still "
           "on daylight time until 1 Nov) = 14:00-14:45Z; the body's '11:00 AM in Salta' agrees; "
           "contact = Reply-To recruiter (also ICS ORGANIZER)")
def p01() -> bytes:
    body = t("""
        Hi Florencia,

        Thank you for your interest in the Senior Mine Logistics Planner (South America) role at
        Coldwater Ridge Minerals. Your interview has been confirmed. Here are the details:

        Interview: Recruiter Screen
        Date: Tuesday, October 27, 2026
        Time: 7:00 AM - 7:45 AM PDT (America/Vancouver)
        Location: Microsoft Teams (the link is in the attached calendar invitation)
        Interviewer: Megan Thorsen, Talent Acquisition Partner

        Please note the time above is Pacific Time; for you in Salta that is 11:00 AM.

        If you need to make a change, simply reply to this email and it will reach Megan.

        We look forward to speaking with you!

        Coldwater Ridge Minerals Talent Acquisition

        Powered by Greenhouse
    """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Florencia,</p>
        <p>Thank you for your interest in the Senior Mine Logistics Planner (South America) role at
        Coldwater Ridge Minerals. Your interview has been confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Recruiter Screen</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, October 27, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>7:00 AM - 7:45 AM PDT (America/Vancouver)</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (the link is in the attached calendar invitation)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Megan Thorsen, Talent Acquisition Partner</td></tr>
        </table>
        <p>Please note the time above is Pacific Time; for you in Salta that is 11:00 AM.</p>
        <p>If you need to make a change, simply reply to this email and it will reach Megan.</p>
        <p>We look forward to speaking with you!</p>
        <p>Coldwater Ridge Minerals Talent Acquisition</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
    """)
    ics = VTZ_VAN + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-88213407-coldwaterridge
        DTSTAMP:20261019T171402Z
        DTSTART;TZID=America/Vancouver:20261027T070000
        DTEND;TZID=America/Vancouver:20261027T074500
        SUMMARY:Recruiter Screen - Florencia Cruz - Coldwater Ridge Minerals
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Megan Thorsen:mailto:megan.thorsen@coldwaterridge.ca
        ATTENDEE;CN=Florencia Cruz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florencia.cruz@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
    """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n" \
        + ics + "END:VCALENDAR\n"
    hs = head("Coldwater Ridge Minerals <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Mine Logistics Planner - Coldwater Ridge Minerals",
              "2026-10-19 10:14", VAN, "<gh.88213407.20261019171402@us.greenhouse-mail.io>",
              via=("o12.us.greenhouse-mail.io", "167.89.44.12", "7F2A31C0E4"),
              extra=(("Reply-To", "Megan Thorsen <megan.thorsen@coldwaterridge.ca>"),
                     ("X-Mailer", "Greenhouse"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(2), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:00", SALTA), end=utc("2026-09-17 10:45", SALTA),
      contact="tomas.ferreyra@andinarutas.com.ar", company="Andina Rutas",
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 10:45", zone=SALTA,
      note="Lever confirmation in Spanish: 'jueves 17 de septiembre, 10:00 hs (hora de Argentina, GMT-3)' "
           "and 'Duración: 45 minutos' -> 13:00-13:45Z; contact = Reply-To recruiter")
def p02() -> bytes:
    body = t("""
        Hola Florencia,

        ¡Gracias por tu interés en Andina Rutas! Te confirmamos la entrevista para la posición
        Analista Sr. de Planificación de Transporte (remoto, Argentina).

        Cuándo: jueves 17 de septiembre, 10:00 hs (hora de Argentina, GMT-3)
        Duración: 45 minutos
        Dónde: Google Meet - https://meet.google.com/xqv-hrta-pku
        Con quién: Tomás Ferreyra (Talent Acquisition) y Lucía Benavídez (Head of Operations)

        Si necesitás reprogramar, respondé este correo y le llega directamente a Tomás.

        ¡Éxitos!
        El equipo de Andina Rutas
    """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + \
        '<p style="color:#aaa;font-size:11px">Sent via Lever</p></body></html>\n'
    hs = head("Andina Rutas <no-reply@hire.lever.co>",
              "Entrevista confirmada - Andina Rutas", "2026-09-14 11:02", SALTA,
              "<0100019a3c2f7e11-5d0b7a9e-andinarutas@email.lever.co>",
              via=("a27-18.smtp-out.us-west-2.amazonses.com", "54.240.27.18", "2C1D5E8F70"),
              extra=(("Reply-To", addr("Tomás Ferreyra", "tomas.ferreyra@andinarutas.com.ar")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(3), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-28 09:30", SALTA), end=None,
      contact="gabriela.quispe@minerapunanorte.com.ar", company="Minera Puna Norte",
      local="Mon 2026-09-28 09:30", zone=SALTA,
      note="Workday notification from a tenant system mailbox, HTML only; in-person interview in Palpalá "
           "(Jujuy, same UTC-3 as Salta) 'lunes 28 de septiembre de 2026, 09:30 hs' -> 12:30Z; no length "
           "stated; no Reply-To, contact = the HR analyst's address written in the body")
def p03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600" align="center"><tr><td style="background:#005cb9;color:#fff;padding:12px">
        <b>Minera Puna Norte S.A.</b></td></tr>
        <tr><td style="padding:16px">
        <p>Estimada Florencia Cruz:</p>
        <p>Nos complace invitarla a una entrevista presencial para la posición
        <b>Planificador/a de Logística Senior - Operaciones Puna (R-0004127)</b>.</p>
        <p><b>Fecha:</b> lunes 28 de septiembre de 2026<br>
        <b>Hora:</b> 09:30 hs (hora de Argentina, GMT-3)<br>
        <b>Lugar:</b> Oficina administrativa, Av. Libertad 1450, Palpalá, Jujuy<br>
        <b>Entrevistadores:</b> Gabriela Quispe (Recursos Humanos) e Ing. Raúl Mamaní (Gerente de Logística)</p>
        <p>Le pedimos presentarse 10 minutos antes con DNI. Ante cualquier consulta puede escribir a
        <a href="mailto:gabriela.quispe@minerapunanorte.com.ar">gabriela.quispe@minerapunanorte.com.ar</a>.</p>
        <p>Saludos cordiales,<br>Recursos Humanos - Minera Puna Norte S.A.</p>
        <p style="font-size:10px;color:#777">Este correo electrónico se generó automáticamente. Por favor,
        no responda a este mensaje.</p>
        </td></tr></table></body></html>
    """)
    hs = head("Minera Puna Norte <minerapuna@myworkday.com>",
              "Invitación a entrevista - Planificador/a de Logística Senior", "2026-09-21 09:35", SALTA,
              "<1893662041.44871.1790253300412@wd5-prod-notif-42.myworkday.com>",
              via=("mail-out-7.myworkday.com", "198.151.21.7", "9B33E1A2F1"),
              extra=(("X-Auto-Response-Suppress", "All"),))
    return message(hs, html(page))


@mail(n(4), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-08 10:00", SCL), end=None,
      contact="crojas@tcordillera.cl", company="Transportes Cordillera",
      local="Tue 2026-09-08 10:00", zone=SCL,
      note="SmartRecruiters message from a Chilean employer sent Wed 2 Sep in Chilean winter time (UTC-4); "
           "interview 'martes 8 de septiembre, 10:00 hrs. hora de Chile', after Chile moved to summer time "
           "on Sun 6 Sep -> UTC-3 -> 13:00Z (the body says it is then the same hour in Argentina); "
           "Reply-To is a SmartRecruiters relay, contact = the recruiter's address in the signature")
def p04() -> bytes:
    body = t("""
        Hola Florencia:

        Junto con saludar, te cuento que pasaste a la siguiente etapa del proceso para el cargo
        Jefe(a) de Planificación Logística - Operación Minera Norte Grande.

        Quedó agendada tu entrevista por videollamada:

          Fecha: martes 8 de septiembre
          Hora: 10:00 hrs. (hora de Chile)
          Plataforma: Microsoft Teams (te llegará el link el mismo día)

        Ojo que este fin de semana en Chile cambiamos al horario de verano, así que desde el
        domingo 6 la hora de Chile queda igual a la de Argentina: para ti también son las 10:00.

        Cualquier duda me escribes a crojas@tcordillera.cl.

        Quedo atenta, saludos!

        Catalina Rojas Espinoza
        Analista de Atracción de Talento
        Transportes Cordillera SpA | Av. Apoquindo 4499, Las Condes, Santiago
    """)
    hs = head("Transportes Cordillera <noreply@smartrecruiters.com>",
              "Entrevista agendada - Jefe(a) de Planificación Logística", "2026-09-02 16:20", SCL,
              "<20260902202004.7d1e.4471@smartrecruiters.com>",
              via=("mta-14.smartrecruiters.com", "185.211.120.14", "C4A0B9E712"),
              extra=(("Reply-To", "reply+c8f1e7a2b3d94f@messages.smartrecruiters.com"),))
    return message(hs, alt(text(body, cte="quoted-printable"),
                           html(gmail_html(body).replace('<div dir="ltr">', '<div class="sr-msg">'))))


@mail(n(5), family="calendly", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-07 10:30", COR), end=utc("2026-10-07 11:00", COR),
      contact="julieta.sosa@condorsupply.com.ar", company="Cóndor Supply Consulting",
      local="Wed 2026-10-07 10:30", local_end="2026-10-07 11:00", zone=COR,
      note="Calendly invitee confirmation in Spanish: '10:30 - 11:00 (Hora de Argentina) miércoles, 7 de "
           "octubre de 2026' -> 13:30-14:00Z (Córdoba = UTC-3 like Salta); contact = Reply-To host, "
           "also ICS ORGANIZER")
def p05() -> bytes:
    body = t("""
        Hola, Florencia Cruz:

        Se programó un nuevo evento.

        Tipo de evento:
        Entrevista - Jefe/a de Planificación (cliente minero)

        Invitado:
        Julieta Sosa

        Fecha/Hora del evento:
        10:30 - 11:00 (Hora de Argentina) miércoles, 7 de octubre de 2026

        Ubicación:
        Esta es una reunión de Google Meet. Los detalles para unirse se envían en la invitación.

        Zona horaria del invitado:
        Hora de Argentina

        Preguntas:
        ¿Por qué te interesa el puesto?
        Busco volver a un rol de planificación en operaciones de litio.

        Ver detalles del evento: https://calendly.com/events/8f0a1c77-2d61-4e14/invitee
        Cancelar: https://calendly.com/cancellations/8f0a1c77-2d61-4e14
        Reprogramar: https://calendly.com/reschedulings/8f0a1c77-2d61-4e14

        Con tecnología de Calendly.com
    """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Calendly//Calendly//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + VTZ_COR + "\n" + t("""
        BEGIN:VEVENT
        UID:8f0a1c77-2d61-4e14@calendly.com
        DTSTAMP:20261001T210512Z
        DTSTART;TZID=America/Argentina/Cordoba:20261007T103000
        DTEND;TZID=America/Argentina/Cordoba:20261007T110000
        SUMMARY:Entrevista - Jefe/a de Planificación (cliente minero) entre Julieta Sosa y Florencia Cruz
        ORGANIZER;CN=Julieta Sosa:mailto:julieta.sosa@condorsupply.com.ar
        ATTENDEE;CN=Florencia Cruz;RSVP=TRUE:mailto:florencia.cruz@example.org
        LOCATION:Google Meet
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmado: Florencia Cruz con Julieta Sosa el miércoles, 7 de octubre de 2026",
              "2026-10-01 18:05", SALTA, "<calendly.8f0a1c77.1790284312@calendly.com>",
              via=("mail.calendly.com", "149.72.134.55", "04BD3F21A9"),
              extra=(("Reply-To", "Julieta Sosa <julieta.sosa@condorsupply.com.ar>"),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      cte="quoted-printable")))


@mail(n(6), family="exchange_teams", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-06 15:00", BA), end=utc("2026-10-06 16:00", BA),
      contact="ebenitez@glparana.com.ar", company="Grupo Logístico Paraná",
      local="Tue 2026-10-06 15:00", local_end="2026-10-06 16:00", zone=BA,
      note="Outlook/Exchange meeting request whose text body has no time at all ('como hablamos por "
           "teléfono' + Teams boilerplate): the time is only in the ICS, TZID 'Argentina Standard Time' "
           "(Windows name, UTC-3) 15:00-16:00 -> 18:00-19:00Z; contact = human sender / ORGANIZER")
def p06() -> bytes:
    body = t("""
        Hola Florencia, como hablamos por teléfono te mando la invitación para la entrevista con
        Valeria (gerente de Operaciones) y conmigo. Es por Teams, cualquier cosa me avisás.

        Saludos,
        Ezequiel Benítez
        Jefe de Planificación | Grupo Logístico Paraná
        Tel. +54 11 4321-7788

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGQ4>
        Id. de reunión: 318 552 904 117
        Código de acceso: 7hQ2Wp
        Descargar Teams<https://www.microsoft.com/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hola Florencia, como hablamos por teléfono te mando la invitación para la entrevista con
        Valeria (gerente de Operaciones) y conmigo. Es por Teams, cualquier cosa me avisás.</p>
        <p>Saludos,<br>Ezequiel Benítez<br>Jefe de Planificación | Grupo Logístico Paraná<br>Tel. +54 11 4321-7788</p>
        <div style="margin-bottom:24px">________________________________________________________________________________</div>
        <div><span style="font-size:24px;font-weight:700">Reunión de Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZGQ4">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 318 552 904 117<br>Código de acceso: 7hQ2Wp</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
    """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ARG_WIN + \
        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Ezequiel Benítez:mailto:ebenitez@glparana.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Cruz:mailto:florencia.cruz@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Ocampo:mailto:vocampo@glparana.com.ar
        DESCRIPTION;LANGUAGE=es-AR:Hola Florencia\\, como hablamos por teléfono te mando la invitación para la entrevista.\\n
        UID:040000008200E00074C5B7101A82E00800000000A07E5C6B1B52DD01000000000000000010000000C7D4
        SUMMARY;LANGUAGE=es-AR:Entrevista Florencia Cruz - Analista Sr. Planificación Minería
        DTSTART;TZID=Argentina Standard Time:20261006T150000
        DTEND;TZID=Argentina Standard Time:20261006T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261002T154812Z
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
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
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
    hs = head(addr("Ezequiel Benítez", "ebenitez@glparana.com.ar"),
              "Entrevista Florencia Cruz - Analista Sr. Planificación Minería", "2026-10-02 12:48", BA,
              "<CP4PR80MB5632A7D1E0C4F9B2A1D3E7C5A1E2@CP4PR80MB5632.lamprd80.prod.outlook.com>",
              via=("mail-cp4pr80cu001.outbound.protection.outlook.com", "40.107.20.98", "5E8CA20D44"),
              extra=(("Thread-Topic", "Entrevista Florencia Cruz - Analista Sr. =?utf-8?q?Planificaci=C3=B3n?= "
                                      "=?utf-8?q?Miner=C3=ADa?="),
                     ("Thread-Index", "AdtUq0JkS2Vd3b7nQ8uQ1bAfUtR9xg=="),
                     ("Accept-Language", "es-AR, en-US"),
                     ("Content-Language", "es-AR"),
                     ("X-MS-Has-Attach", "no"),
                     ("X-MS-TNEF-Correlator", ""),
                     ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAACgflxrG1LdAQ=="),))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(7), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-14 11:00", TUC), end=utc("2026-10-14 12:00", TUC),
      contact="martina.juarez@citricolaaconquija.com.ar", company="Citrícola del Aconquija",
      local="Wed 2026-10-14 11:00", local_end="2026-10-14 12:00", zone=TUC,
      note="Google Calendar invitation in Spanish, 'mié 14 oct 2026 11:00 – 12:00 (hora estándar de "
           "Argentina)', ICS TZID America/Argentina/Tucuman -> 14:00-15:00Z; contact = organizer "
           "(the recruiter who is also the From)")
def p07() -> bytes:
    body = t("""
        Martina Juárez te invitó a un evento
        Entrevista Florencia Cruz / Citrícola del Aconquija - Coordinación de Logística y Exportación

        Hola Florencia, te esperamos en la planta de Famaillá (Ruta 38 km 762). Si preferís hacerla
        por Meet avisame y lo cambio.

        Cuándo
        miércoles, 14 de octubre de 2026 · 11:00 – 12:00
        Hora estándar de Argentina - Tucumán

        Ubicación
        Citrícola del Aconquija - Planta Famaillá, Ruta 38 km 762, Famaillá, Tucumán
        https://maps.google.com/maps?q=Citr%C3%ADcola+del+Aconquija+Famaill%C3%A1

        Invitados
        Martina Juárez - organizador
        Florencia Cruz
        Diego Paz

        Ver todos los detalles de los invitados
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2Jxc2Q0

        ¿Vas a asistir? Sí - Quizás - No  Más opciones
        https://calendar.google.com/calendar/event?action=RESPOND&eid=N2Jxc2Q0

        Invitación de Google Calendar
        Recibiste este correo electrónico porque eres un invitado al evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
    """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:REQUEST\n" + VTZ_TUC + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Tucuman:20261014T110000
        DTEND;TZID=America/Argentina/Tucuman:20261014T120000
        DTSTAMP:20261008T203115Z
        ORGANIZER;CN=Martina Juárez:mailto:martina.juarez@citricolaaconquija.com.ar
        UID:7bqsd4v1l9c0ap2k8kgd1mn3q4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Cruz;X-NUM-GUESTS=0:mailto:florencia.cruz@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Diego Paz;X-NUM-GUESTS=0:mailto:diego.paz@citricolaaconquija.com.ar
        CREATED:20261008T203044Z
        DESCRIPTION:Hola Florencia\\, te esperamos en la planta de Famaillá (Ruta 38 km 762).
        LAST-MODIFIED:20261008T203115Z
        LOCATION:Citrícola del Aconquija - Planta Famaillá\\, Ruta 38 km 762\\, Famaillá\\, Tucumán
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Florencia Cruz / Citrícola del Aconquija
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    subject = ("Invitación: Entrevista Florencia Cruz / Citrícola del Aconquija @ mié 14 oct 2026 "
               "11:00 - 12:00 (GMT-3) (florencia.cruz@example.org)")
    hs = head(addr("Martina Juárez", "martina.juarez@citricolaaconquija.com.ar"), subject,
              "2026-10-08 17:31", TUC, "<calendar-3f1d5b0e-77c2-4a51-9d7e-2c0b8e41aa10@google.com>",
              via=("mail-sor-f73.google.com", "209.85.220.73", "A1F0C3D829"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Martina Juárez", "martina.juarez@citricolaaconquija.com.ar")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(8), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:00", SALTA), end=None,
      contact="hgutierrez@translerma.com.ar", company="Transportes Lerma",
      local="Thu 2026-11-12 09:00", zone=SALTA,
      note="Short reply written on a phone, 'te confirmo para mañana a la mañana a las 9' sent Wed 11 Nov "
           "08:30 Salta time -> Thu 12 Nov 09:00 -03 = 12:00Z; in person in Cerrillos; contact = the "
           "hiring manager who sent it")
def p08() -> bytes:
    body = t("""
        Flor buen día, te confirmo para mañana a la mañana a las 9 en la base de Cerrillos (ruta 68,
        pasando el peaje). Preguntá por mi en la guardia. Si podés traé el CV impreso que el gerente
        es medio antiguo jaja

        Abrazo
        Hernán

        Enviado desde mi Galaxy


        -------- Mensaje original --------
        De: Florencia Cruz <florencia.cruz@example.org>
        Fecha: 10/11/26 18:02 (GMT-03:00)
        A: Hernán Gutiérrez <hgutierrez@translerma.com.ar>
        Asunto: Re: Puesto planificación - Transportes Lerma

        Hernán, muchas gracias por la llamada de hoy. Quedo a disposición para la entrevista cuando
        me digan, esta semana tengo libre cualquier mañana.

        Saludos,
        Florencia
    """)
    hs = head(addr("Hernán Gutiérrez", "hgutierrez@translerma.com.ar"),
              "Re: Puesto planificación - Transportes Lerma", "2026-11-11 08:30", SALTA,
              "<k3x9q1-7fa2c0d4e1b8@email.android.com>",
              via=("smtp.translerma.com.ar", "200.45.191.33", "D77E1A0B52"),
              extra=(("In-Reply-To", "<CAF8y1sQ0rXg2pDmmN@mail.example.org>"),
                     ("References", "<CAF8y1sQ0rXg2pDmmN@mail.example.org>"),
                     ("X-Mailer", "Android Mail")))
    return message(hs, text(body, cte="8bit"))


@mail(n(9), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-10 11:00", SALTA), end=None,
      contact="ricardo.arias@smquebrada.com.ar", company="Servicios Mineros Quebrada",
      local="Thu 2026-12-10 11:00", zone=SALTA,
      note="Reply in usted from a small company's owner, 'nos vemos el jueves 10 a las 11' confirming one "
           "of the two options Florencia offered in the quoted mail; Date Fri 4 Dec, so Thu 10 Dec 11:00 "
           "-03 = 14:00Z; iso-8859-1 quoted-printable; contact = sender")
def p09() -> bytes:
    body = t("""
        Estimada Florencia:

        Perfecto, nos vemos el jueves 10 a las 11 en nuestra oficina de calle Caseros 845, 1er piso
        (timbre B). Va a estar también el Sr. Chocobar, que lleva la parte de flota.

        Cualquier inconveniente me avisa al 387 15 412-7730.

        Atte.
        Ing. Ricardo Arias
        Socio Gerente
        Servicios Mineros Quebrada S.R.L.

        El 03/12/2026 a las 17:41, Florencia Cruz escribió:
        > Estimado Ing. Arias:
        >
        > Le agradezco mucho la respuesta. Para la entrevista podría el jueves 10 a las 11 o, si le
        > resulta más cómodo, el viernes 11 por la tarde.
        >
        > Saludos cordiales,
        > Florencia Cruz
    """)
    hs = head(addr("Ricardo Arias", "ricardo.arias@smquebrada.com.ar", "iso-8859-1"),
              "Re: Postulación Coordinadora de Logística", "2026-12-04 09:12", SALTA,
              "<6f1c2a0e-9d3b-4b77-b0c2-1e8a7d4f5a90@smquebrada.com.ar>",
              via=("mail.smquebrada.com.ar", "190.224.61.12", "AB01C7E3F5"),
              extra=(("In-Reply-To", "<a81d33f0-5c61-27be-0e4d-c1f9a07b2e35@example.org>"),
                     ("References", "<a81d33f0-5c61-27be-0e4d-c1f9a07b2e35@example.org>"),
                     ("User-Agent", "Mozilla Thunderbird"),
                     ("Content-Language", "es-AR")),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable", params="format=flowed"))


@mail(n(10), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 09:00", VAN), end=utc("2026-11-04 10:00", VAN),
      contact="priya.sandhu@kestrelbay.ai", company="Kestrel Bay Analytics",
      local="Wed 2026-11-04 09:00", local_end="2026-11-04 10:00", zone=VAN,
      note="Ashby confirmation sent Thu 29 Oct while Vancouver is on PDT; the interview is Wed 4 Nov "
           "9:00-10:00 AM PST, after DST ended on 1 Nov -> 17:00-18:00Z (the body's '2:00 PM in Salta' "
           "agrees); contact = Reply-To recruiter / ORGANIZER")
def p10() -> bytes:
    body = t("""
        Hi Florencia,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, November 4, 2026, 9:00 AM - 10:00 AM PST
        (2:00 PM - 3:00 PM in Salta)
        Google Meet: https://meet.google.com/kbr-tyvq-oqe

        Role: Supply Chain Analytics Lead, LATAM (Remote)
        You'll meet with:
          Daniel Roy - VP Operations
          Priya Sandhu - Senior Recruiter

        Heads-up: clocks in Vancouver go back one hour this Sunday (Nov 1), so the time above is
        Pacific Standard Time.

        Questions? Just reply and it will reach Priya Sandhu.

        Thanks,
        Kestrel Bay Analytics Recruiting
    """)
    page = "<!DOCTYPE html>\n<html lang=\"en\"><body style=\"font-family:Helvetica,Arial,sans-serif\">\n" + \
        "\n".join(f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + \
        "\n</body></html>\n"
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:REQUEST\n" + VTZ_VAN + "\n" + t("""
        BEGIN:VEVENT
        UID:b51e0d92-4f7a-47c1-a3a9-5e9f0ad0c6e1
        DTSTAMP:20261029T182011Z
        DTSTART;TZID=America/Vancouver:20261104T090000
        DTEND;TZID=America/Vancouver:20261104T100000
        SEQUENCE:0
        SUMMARY:Kestrel Bay Analytics - Supply Chain Analytics Lead Interview
        LOCATION:https://meet.google.com/kbr-tyvq-oqe
        ORGANIZER;CN=Priya Sandhu:mailto:priya.sandhu@kestrelbay.ai
        ATTENDEE;CN=Florencia Cruz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:florencia.cruz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head("Kestrel Bay Analytics <no-reply@ashbyhq.com>",
              "Interview confirmed: Supply Chain Analytics Lead at Kestrel Bay Analytics",
              "2026-10-29 11:20", VAN,
              "<010001927fd3a1c2-8e1b5a44-07d3-4c2e-9b61-2f0d8e7c3a55-000000@email.amazonses.com>",
              via=("a48-112.smtp-out.amazonses.com", "54.240.48.112", "6A2F0E9B18"),
              extra=(("Reply-To", "Priya Sandhu <priya.sandhu@kestrelbay.ai>"),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(11), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-17 11:30", SALTA), end=utc("2026-11-17 13:30", SALTA),
      contact="liam.okafor@coldwaterridge.ca", company="Coldwater Ridge Minerals",
      local="Tue 2026-11-17 11:30", local_end="2026-11-17 13:30", zone=SALTA,
      note="GoodTime itinerary, two back-to-back sessions shown in the candidate's zone "
           "'(GMT-03:00) Argentina - Salta': 11:30-12:15 and 12:30-13:30 -> first start 14:30Z, last end "
           "16:30Z (= 6:30-8:30 AM PST in Vancouver); no ICS; contact = Reply-To coordinator")
def p11() -> bytes:
    body = t("""
        Hi Florencia,

        Thank you for making time to interview with Coldwater Ridge Minerals! Below is your
        itinerary for Tuesday, November 17, 2026. All times are shown in your time zone:
        (GMT-03:00) Argentina - Salta.

        11:30 AM - 12:15 PM   Hiring Manager Interview
                              Grant Whitfield, Director, South America Operations
        12:30 PM - 1:30 PM    Panel Interview: Logistics Case Study
                              Aroha Mitchell, Senior Planner; Jorge Villca, Site Logistics Lead

        Both sessions take place on Microsoft Teams. Your joining links will arrive in separate
        calendar invitations from the interviewers.

        Please have the case study materials you received last week at hand.

        If anything comes up, reply to this email to reach your coordinator, Liam Okafor.

        Best of luck!
        Coldwater Ridge Minerals Recruiting Coordination

        Sent by GoodTime on behalf of Coldwater Ridge Minerals
    """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Florencia,</p>
        <p>Thank you for making time to interview with Coldwater Ridge Minerals! Below is your itinerary
        for <b>Tuesday, November 17, 2026</b>. All times are shown in your time zone:
        <b>(GMT-03:00) Argentina - Salta</b>.</p>
        <table border="0" cellpadding="6">
        <tr><td valign="top"><b>11:30 AM - 12:15 PM</b></td><td>Hiring Manager Interview<br>
        <span style="color:#666">Grant Whitfield, Director, South America Operations</span></td></tr>
        <tr><td valign="top"><b>12:30 PM - 1:30 PM</b></td><td>Panel Interview: Logistics Case Study<br>
        <span style="color:#666">Aroha Mitchell, Senior Planner; Jorge Villca, Site Logistics Lead</span></td></tr>
        </table>
        <p>Both sessions take place on Microsoft Teams. Your joining links will arrive in separate calendar
        invitations from the interviewers.</p>
        <p>Please have the case study materials you received last week at hand.</p>
        <p>If anything comes up, reply to this email to reach your coordinator, Liam Okafor.</p>
        <p>Best of luck!<br>Coldwater Ridge Minerals Recruiting Coordination</p>
        <p style="font-size:11px;color:#aaa">Sent by GoodTime on behalf of Coldwater Ridge Minerals</p>
        </body></html>
    """)
    hs = head("Coldwater Ridge Minerals <no-reply@goodtime.io>",
              "Your interview itinerary with Coldwater Ridge Minerals - Tue, Nov 17",
              "2026-11-10 08:05", VAN, "<itinerary.5c0e8b1f.20261110160502@goodtime.io>",
              via=("o3.ptr6021.goodtime.io", "168.245.30.21", "E2D4B60A17"),
              extra=(("Reply-To", "Liam Okafor <liam.okafor@coldwaterridge.ca>"),
                     ("List-Unsubscribe", "<mailto:unsubscribe@goodtime.io>")))
    return message(hs, alt(text(body), html(page)))


@mail(n(12), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-20 16:00", SALTA), end=None,
      contact="sofia.arce@litioandino.com", company="Litio Andino",
      local="Tue 2026-10-20 16:00", zone=SALTA,
      note="Teamtailor message written by the recruiter: 'el martes que viene (20/10) a las cuatro de la "
           "tarde', Date Tue 13 Oct -> Tue 20 Oct 16:00 -03 = 19:00Z; 'una horita' is not an exact length "
           "-> end null; Reply-To is a Teamtailor relay, contact = the recruiter's address in the "
           "signature")
def p12() -> bytes:
    body = t("""
        Hola Florencia, ¿cómo estás?

        Te escribo para confirmarte la entrevista con Nicolás (nuestro COO) para la búsqueda de
        Planner de Logística Minera: queda el martes que viene (20/10) a las cuatro de la tarde,
        por Google Meet. Calculá una horita más o menos.

        Link: https://meet.google.com/dgh-wpzc-nre

        Cualquier cosa respondé por acá o escribime a sofia.arce@litioandino.com

        ¡Saludos!
        Sofía Arce
        People & Culture | Litio Andino
    """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px">
        <tr><td style="padding:24px">
        <p>Hola Florencia, ¿cómo estás?</p>
        <p>Te escribo para confirmarte la entrevista con Nicolás (nuestro COO) para la búsqueda de Planner de
        Logística Minera: queda el martes que viene (20/10) a las cuatro de la tarde, por Google Meet. Calculá
        una horita más o menos.</p>
        <p>Link: <a href="https://meet.google.com/dgh-wpzc-nre">https://meet.google.com/dgh-wpzc-nre</a></p>
        <p>Cualquier cosa respondé por acá o escribime a sofia.arce@litioandino.com</p>
        <p>¡Saludos!<br>Sofía Arce<br>People &amp; Culture | Litio Andino</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999;font-family:Helvetica,Arial,sans-serif">Litio Andino usa
        Teamtailor para gestionar sus procesos de selección.
        <a href="https://litioandino.teamtailor.com/connect/privacy">Privacidad</a></p>
        </td></tr></table></body></html>
    """)
    hs = head(addr("Sofía Arce (Litio Andino)", "no-reply@teamtailor-mail.com"),
              "Entrevista con Nicolás - Planner de Logística Minera", "2026-10-13 14:10", SALTA,
              "<msg-9921873.c0ad41@litioandino.teamtailor-mail.com>",
              via=("mail-201.teamtailor-mail.com", "159.135.228.201", "3B9D77C0E8"),
              extra=(("Reply-To", "reply+a7c3f91be2d04d6a@inbound.teamtailor-mail.com"),))
    return message(hs, alt(text(body, cte="quoted-printable"), html(page, cte="quoted-printable")))


@mail(n(13), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-05 10:00", SALTA), end=utc("2026-11-05 11:00", SALTA),
      contact="johanna.weber@hochland-lithium.com", company="Hochland Lithium",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=SALTA,
      note="Personio mail of a German-owned lithium producer, Spanish text with German date format "
           "'Donnerstag, 05.11.2026, 10:00 - 11:00 Uhr (hora de Argentina)' -> 13:00-14:00Z; the line "
           "for the Berlin colleagues '14:00 MEZ' agrees (CET since 25 Oct); contact = Reply-To HR partner")
def p13() -> bytes:
    body = t("""
        Hola Florencia,

        muchas gracias por tu postulación como Logistics Planner - Proyecto Salar de Pocitos (Salta).
        Con gusto te invitamos a una entrevista online:

        Termin / Fecha: Donnerstag, 05.11.2026 (jueves)
        Uhrzeit / Hora: 10:00 - 11:00 Uhr (hora de Argentina)
        Ort / Lugar: Microsoft Teams (Link folgt / el enlace llega por separado)

        Participan: Johanna Weber (HR Business Partner, Freiberg) y Martín Guaymás (Site Manager Salta).
        Für unsere Kolleg:innen in Deutschland: 14:00 Uhr MEZ.

        Si el horario no te queda bien, respondé a este mail.

        Viele Grüße / Saludos
        Johanna Weber
        Hochland Lithium S.A. - Sucursal Argentina

        --
        Hochland Lithium GmbH | Am Hüttenweg 12 | 09599 Freiberg | Amtsgericht Chemnitz HRB 33871
        Diese E-Mail wurde über Personio versendet.
    """)
    hs = head("Hochland Lithium S.A. <no-reply@personio.de>",
              "Einladung zum Interview / Invitación a entrevista - Logistics Planner Salta",
              "2026-11-02 10:00", SALTA, "<recruiting.7781230.a3f0@personio.de>",
              via=("smtp-out-3.personio.de", "3.120.181.44", "1F6B3E8D20"),
              extra=(("Reply-To", "Johanna Weber <johanna.weber@hochland-lithium.com>"),
                     ("Content-Language", "es")))
    return message(hs, text(body, charset="utf-8", cte="base64"))


@mail(n(14), family="workable", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:30", BA), end=utc("2026-11-10 15:30", BA),
      contact="paula.medina@rutamina.com", company="Rutamina",
      local="Tue 2026-11-10 14:30", local_end="2026-11-10 15:30", zone=BA,
      note="Workable interview invitation: 'mar 10/11, 14:30 hs (GMT-3, Buenos Aires)', 'Duración: 1 "
           "hora' -> 17:30-18:30Z; ICS in UTC (Z) agrees; Reply-To is the Workable relay "
           "(rutamina+...@candidates.workablemail.com), contact = the interviewer's address in the body")
def p14() -> bytes:
    body = t("""
        Hola Florencia,

        Paula Medina te invitó a una entrevista para el puesto Líder de Planificación de Flota
        (Remoto - Argentina) en Rutamina.

        Fecha: mar 10/11
        Hora: 14:30 hs (GMT-3, Buenos Aires)
        Duración: 1 hora
        Tipo: Videollamada (Zoom)
        Enlace: https://rutamina.zoom.us/j/84123397712

        Si tenés dudas podés escribir directamente a Paula: paula.medina@rutamina.com

        Saludos,
        Equipo de Rutamina

        --
        Enviado con Workable
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:workable-interview-1f83a0c2d7@workable.com
        DTSTAMP:20261105T194012Z
        DTSTART:20261110T173000Z
        DTEND:20261110T183000Z
        SUMMARY:Entrevista: Líder de Planificación de Flota - Rutamina
        DESCRIPTION:Videollamada (Zoom): https://rutamina.zoom.us/j/84123397712
        ORGANIZER;CN=Rutamina:mailto:rutamina+candidate-4f8a2b@candidates.workablemail.com
        ATTENDEE;CN=Florencia Cruz;RSVP=TRUE:mailto:florencia.cruz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head("Rutamina <noreply@candidates.workablemail.com>",
              "Entrevista para Líder de Planificación de Flota - Rutamina", "2026-11-05 16:40", BA,
              "<6a1e7f20c3b94d9d9c1b2f7a4e8d0c11@workablemail.com>",
              via=("mail-5.workablemail.com", "52.4.177.5", "88C0F1D2A6"),
              extra=(("Reply-To", "Rutamina <rutamina+candidate-4f8a2b@candidates.workablemail.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="8bit")))


@mail(n(15), family="google_calendar_allday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-19 10:00", SALTA), end=None,
      contact="svilte@dfguemes.com.ar", company="Depósito Fiscal Güemes",
      local="Thu 2026-11-19 10:00", zone=SALTA,
      note="Google Calendar invitation for an all-day event (DTSTART;VALUE=DATE 19 Nov); the time is only "
           "in the title and description 'a las 10 hs' -> 10:00 -03 = 13:00Z; contact = organizer")
def p15() -> bytes:
    body = t("""
        Soledad Vilte te invitó a un evento
        Entrevista Florencia Cruz - 10 hs

        Florencia: te espero el jueves a las 10 hs en la oficina del depósito (Av. Sarmiento 2100,
        Gral. Güemes). Entrar por el portón 2 y avisar en recepción. Soledad

        Cuándo
        jueves, 19 de noviembre de 2026

        Invitados
        Soledad Vilte - organizador
        Florencia Cruz

        ¿Vas a asistir? Sí - Quizás - No  Más opciones
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M2ZlcjA

        Invitación de Google Calendar
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261119
        DTEND;VALUE=DATE:20261120
        DTSTAMP:20261116T222201Z
        ORGANIZER;CN=Soledad Vilte:mailto:svilte@dfguemes.com.ar
        UID:3fer0a1tk7c4h2q9q6b1u0a8lm@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Cruz;X-NUM-GUESTS=0:mailto:florencia.cruz@example.org
        DESCRIPTION:Florencia: te espero el jueves a las 10 hs en la oficina del depósito (Av. Sarmiento 2100\\, Gral. Güemes). Entrar por el portón 2 y avisar en recepción. Soledad
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Florencia Cruz - 10 hs
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Soledad Vilte", "svilte@dfguemes.com.ar"),
              "Invitación: Entrevista Florencia Cruz - 10 hs @ jue 19 nov 2026 (florencia.cruz@example.org)",
              "2026-11-16 19:22", SALTA, "<calendar-0b9e4c22-61d8-4f0c-8a0e-5d1f3c7b9e02@google.com>",
              via=("mail-sor-f69.google.com", "209.85.220.69", "2E7F0B4C91"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="quoted-printable")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True, cte="base64")))


@mail(n(16), family="forward_to_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-24 11:30", SALTA), end=None,
      contact="atolaba@nortetalento.com.ar", company="Minera Salar Blanco",
      local="Tue 2026-11-24 11:30", zone=SALTA,
      note="Florencia forwards to herself (from her old example.net address) a headhunter's confirmation "
           "as an attached message/rfc822: 'martes 24/11 a las 11:30' (inner Date Wed 18 Nov) -> 14:30Z; "
           "the hiring company is the headhunter's client; contact = headhunter in the forwarded "
           "headers, never the candidate")
def p16() -> bytes:
    inner_body = t("""
        Florencia, buenas tardes:

        Tal como conversamos, le confirmo la entrevista con el Gerente de Logística de nuestro
        cliente, Minera Salar Blanco, para el martes 24/11 a las 11:30 en el lobby del Hotel
        Cerro Alto (Av. Turística 1, Salta). Luego de la reunión le comparto feedback.

        Le pido por favor confirmarme la recepción de este correo.

        Saludos cordiales,

        Lic. Andrés Tolaba
        Consultor Senior | Norte Talento Consultores
        atolaba@nortetalento.com.ar | +54 387 422-9180
    """)
    inner = message([
        ("From", addr("Andrés Tolaba", "atolaba@nortetalento.com.ar")),
        ("To", addr("Florencia Cruz", "florencia.cruz@example.net")),
        ("Subject", enc("Confirmación entrevista - Minera Salar Blanco")),
        ("Date", date("2026-11-18 12:10", SALTA)),
        ("Message-ID", "<000f01db3a9f$1c2e4b70$54a4e250$@nortetalento.com.ar>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(inner_body, charset="windows-1252", cte="quoted-printable"))
    note = t("""
        para tenerlo a mano en esta cuenta

        --
        Enviado desde mi celular
    """)
    hs = head(addr("Florencia Cruz", "florencia.cruz@example.net"),
              "Fwd: Confirmación entrevista - Minera Salar Blanco", "2026-11-18 21:05", SALTA,
              "<E1B7C0A2-44D1-4F0E-9C3B-7A21F5D9E610@example.net>",
              via=("smtp.example.net", "203.0.113.45", "0C5A93E7B2"),
              extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    return message(hs, mixed(text(note, cte="7bit"),
                             attached_message(inner, "Confirmacion entrevista - Minera Salar Blanco.eml")))


@mail(n(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-03 07:00", VAN), end=utc("2026-11-03 07:45", VAN),
      contact="megan.thorsen@coldwaterridge.ca", company="Coldwater Ridge Minerals",
      local="Tue 2026-11-03 07:00", local_end="2026-11-03 07:45", zone=VAN,
      note="Greenhouse reschedule sent Mon 26 Oct (PDT) stating old 'Tue Oct 27, 7:00 AM PDT' and new "
           "'Tue Nov 3, 7:00-7:45 AM PST'; the new slot is after DST ended on 1 Nov -> 15:00-15:45Z "
           "(noon in Salta, as the body says, not 11:00 as before); ICS SEQUENCE:1 same UID; contact = "
           "Reply-To recruiter")
def p17() -> bytes:
    body = t("""
        Hi Florencia,

        Your interview with Coldwater Ridge Minerals has been rescheduled. Apologies for the change,
        Megan has to be at our Mount Hawley site this week.

        Previous time: Tuesday, October 27, 2026, 7:00 AM - 7:45 AM PDT
        New time:      Tuesday, November 3, 2026, 7:00 AM - 7:45 AM PST

        Interview: Recruiter Screen
        Location: Microsoft Teams (link in the updated invitation)

        Please note: clocks in Vancouver go back on Sunday, November 1, so the new time is 12:00 PM
        (noon) in Salta rather than 11:00 AM.

        Reply to this email if the new time does not work for you.

        Coldwater Ridge Minerals Talent Acquisition
        Powered by Greenhouse
    """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n" \
        + VTZ_VAN + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-88213407-coldwaterridge
        DTSTAMP:20261026T161044Z
        DTSTART;TZID=America/Vancouver:20261103T070000
        DTEND;TZID=America/Vancouver:20261103T074500
        SUMMARY:Recruiter Screen - Florencia Cruz - Coldwater Ridge Minerals
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Megan Thorsen:mailto:megan.thorsen@coldwaterridge.ca
        ATTENDEE;CN=Florencia Cruz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:florencia.cruz@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head("Coldwater Ridge Minerals <no-reply@us.greenhouse-mail.io>",
              "Interview Rescheduled: Senior Mine Logistics Planner - Coldwater Ridge Minerals",
              "2026-10-26 09:10", VAN, "<gh.88213407.20261026161044@us.greenhouse-mail.io>",
              via=("o12.us.greenhouse-mail.io", "167.89.44.12", "90AE3C5D12"),
              extra=(("Reply-To", "Megan Thorsen <megan.thorsen@coldwaterridge.ca>"),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-18 16:00", SALTA), end=None,
      contact="cmendieta@fronteralogistica.com.ar", company="Frontera Logística",
      local="Wed 2026-11-18 16:00", zone=SALTA,
      note="Recruiter's Outlook mail sent Fri 13 Nov: 'pasamos la entrevista del martes 17/11 a las 10 hs "
           "al miércoles 18 a las cuatro de la tarde' -> new time 16:00 -03 = 19:00Z; old time also in the "
           "mail; contact = sender")
def p18() -> bytes:
    body = t("""
        Hola Florencia, ¿qué tal?

        Te cuento que el gerente de Comercio Exterior tiene que viajar a San Pedro de Atacama el
        martes por el tema del Paso de Jama, así que pasamos la entrevista del martes 17/11 a las
        10 hs al miércoles 18 a las cuatro de la tarde. Mismo lugar: nuestra oficina de Av. Bolivia
        5150, Salta.

        Perdón por el cambio y gracias por la flexibilidad.

        Saludos,

        Carla Mendieta
        Selección y Desarrollo | Frontera Logística S.A.
        Av. Bolivia 5150 - Salta Capital
        (0387) 425-6610 int. 214
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="ES-AR"><div class="WordSection1">
        <p class="MsoNormal">Hola Florencia, ¿qué tal?</p>
        <p class="MsoNormal">Te cuento que el gerente de Comercio Exterior tiene que viajar a San Pedro de
        Atacama el martes por el tema del Paso de Jama, así que pasamos la entrevista del
        <b>martes 17/11 a las 10 hs</b> al <b>miércoles 18 a las cuatro de la tarde</b>. Mismo lugar:
        nuestra oficina de Av. Bolivia 5150, Salta.</p>
        <p class="MsoNormal">Perdón por el cambio y gracias por la flexibilidad.</p>
        <p class="MsoNormal">Saludos,</p>
        <p class="MsoNormal"><b>Carla Mendieta</b><br>Selección y Desarrollo | Frontera Logística S.A.<br>
        Av. Bolivia 5150 - Salta Capital<br>(0387) 425-6610 int. 214</p>
        </div></body></html>
    """)
    hs = head(addr("Carla Mendieta", "cmendieta@fronteralogistica.com.ar", "windows-1252"),
              "Cambio de horario - entrevista Frontera Logística", "2026-11-13 17:55", SALTA,
              "<SA1PR12MB7733E5C0B1D2F4A9C8E6B3D0A7F1@SA1PR12MB7733.namprd12.prod.outlook.com>",
              via=("mail-sa1pr12cu00.outbound.protection.outlook.com", "40.107.201.77", "4D2C8E1F07"),
              extra=(("Thread-Topic", enc("Cambio de horario - entrevista Frontera Logística")),
                     ("Content-Language", "es-AR"), ("X-MS-Has-Attach", ""),),
              charset="windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(19), family="microsoft_bookings", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-03 09:00", BA), end=utc("2026-12-03 09:45", BA),
      contact=None, company="Cargas del Norte Grande",
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 09:45", zone=BA,
      note="Microsoft Bookings 'reserva actualizada' from the company's booking mailbox: new time 'jueves, "
           "3 de diciembre de 2026 9:00 - 9:45 (UTC-03:00) Ciudad de Buenos Aires' -> 12:00-12:45Z, old "
           "time also shown; ICS with Windows zone 'Argentina Standard Time'; staff named but no personal "
           "address anywhere -> contact null")
def p19() -> bytes:
    body = t("""
        Cargas del Norte Grande

        Se actualizó su reserva

        Hola Florencia Cruz:

        Se modificó la fecha de su reserva de Entrevista de selección - Planificación. Estos son los
        nuevos detalles.

        Nueva fecha y hora
        jueves, 3 de diciembre de 2026
        9:00 - 9:45 (UTC-03:00) Ciudad de Buenos Aires

        Fecha y hora anterior
        martes, 1 de diciembre de 2026 15:00 - 15:45

        Personal
        Marcos Lamas

        Unirse a la reunión de Teams
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM5ZTEx

        Administrar reserva
        https://outlook.office365.com/owa/calendar/CargasdelNorteGrande@cargasnortegrande.com.ar/bookings/

        Microsoft Bookings
    """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ARG_WIN + \
        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Cargas del Norte Grande:mailto:CargasdelNorteGrande@cargasnortegrande.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Cruz:mailto:florencia.cruz@example.org
        SUMMARY;LANGUAGE=es-AR:Entrevista de selección - Planificación
        DTSTART;TZID=Argentina Standard Time:20261203T090000
        DTEND;TZID=Argentina Standard Time:20261203T094500
        UID:040000008200E00074C5B7101A82E0080000000039C2B4E0B65CDD01000000000000000010000000A2F1
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261130T131503Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Cargas del Norte Grande", "CargasdelNorteGrande@cargasnortegrande.com.ar"),
              "Reserva actualizada con Cargas del Norte Grande", "2026-11-30 10:15", BA,
              "<DM6PR02MB4410BOOKINGS6E1F2A9C@DM6PR02MB4410.namprd02.prod.outlook.com>",
              via=("mail-dm6pr02cu00.outbound.protection.outlook.com", "40.107.212.41", "7B1E0F6C33"),
              extra=(("Content-Language", "es-AR"), ("X-MS-Exchange-Organization-BookingsService", "true")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body), cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(20), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-01 11:00", SCL), end=None,
      contact="crojas@tcordillera.cl", company="Transportes Cordillera",
      local="Thu 2026-10-01 11:00", zone=SCL,
      note="Chilean recruiter moves the second interview 'del miércoles 30 a las 15:00' to 'el jueves 1 de "
           "octubre a las 11:00 hora de Chile' and says it is already booked; Chile on summer time (UTC-3) "
           "since 6 Sep -> 14:00Z; contact = sender")
def p20() -> bytes:
    body = t("""
        Hola Florencia!

        Te escribo porque Rodrigo (gerente de operaciones) tuvo que subir a faena esta semana, así
        que tenemos que mover la entrevista del miércoles 30 a las 15:00. La dejé agendada para el
        jueves 1 de octubre a las 11:00 hora de Chile (misma hora en Argentina), por el mismo link
        de Teams. Si no te acomoda me avisas y buscamos otra opción.

        Disculpa el cambio!

        Saludos,
        Catalina

        Catalina Rojas Espinoza
        Analista de Atracción de Talento
        Transportes Cordillera SpA
        +56 2 2940 1187
    """)
    hs = head(addr("Catalina Rojas Espinoza", "crojas@tcordillera.cl"),
              "RE: Segunda entrevista - Jefe(a) de Planificación Logística", "2026-09-25 11:05", SCL,
              "<CH2PR19MB3861C7A4F0E2B1D9A5C3E8F2B6D4@CH2PR19MB3861.namprd19.prod.outlook.com>",
              via=("mail-ch2pr19cu00.outbound.protection.outlook.com", "40.107.223.92", "1A7C4E9D0B"),
              extra=(("In-Reply-To", "<CAF8y1sT4hBd8eQ1@mail.example.org>"),
                     ("References", "<CH2PR19MB3861A0C1@CH2PR19MB3861.namprd19.prod.outlook.com> "
                                    "<CAF8y1sT4hBd8eQ1@mail.example.org>"),
                     ("Content-Language", "es-CL")))
    return message(hs, alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
                           html(gmail_html(body), charset="iso-8859-1")))


@mail(n(21), family="exchange_cancel", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-04 15:00", BA), end=utc("2026-12-04 16:00", BA),
      contact="rcaceres@puertosecojujuy.com.ar", company="Puerto Seco Jujuy",
      local="Fri 2026-12-04 15:00", local_end="2026-12-04 16:00", zone=BA,
      note="Outlook meeting cancellation (METHOD:CANCEL, STATUS:CANCELLED), 'Cuándo: viernes, 4 de "
           "diciembre de 2026 15:00-16:00 (UTC-03:00) Ciudad de Buenos Aires', TZID 'Argentina Standard "
           "Time' -> cancelled slot 18:00-19:00Z; the sender promises to propose new dates (none given); "
           "contact = sender / ORGANIZER")
def p21() -> bytes:
    body = t("""
        Cuándo: viernes, 4 de diciembre de 2026 15:00-16:00 (UTC-03:00) Ciudad de Buenos Aires.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Florencia, tengo que cancelar la entrevista del viernes porque el directorio nos convocó a
        una reunión a esa hora. La semana que viene te propongo nuevas fechas. Disculpas.

        Romina Cáceres
        RR.HH. - Puerto Seco Jujuy S.A.
    """)
    ics = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ARG_WIN + \
        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Romina Cáceres:mailto:rcaceres@puertosecojujuy.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Florencia Cruz:mailto:florencia.cruz@example.org
        SUMMARY;LANGUAGE=es-AR:Cancelado: Entrevista Florencia Cruz - Jefa de Tráfico
        DTSTART;TZID=Argentina Standard Time:20261204T150000
        DTEND;TZID=Argentina Standard Time:20261204T160000
        UID:040000008200E00074C5B7101A82E00800000000F1A3D8C2C45CDD01000000000000000010000000B7E2
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261201T143012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Romina Cáceres", "rcaceres@puertosecojujuy.com.ar"),
              "Cancelado: Entrevista Florencia Cruz - Jefa de Tráfico", "2026-12-01 11:30", BA,
              "<BN8PR14MB2977D1E4A0C3F7B2E9D6A1C5F0B3@BN8PR14MB2977.namprd14.prod.outlook.com>",
              via=("mail-bn8pr14cu00.outbound.protection.outlook.com", "40.107.236.18", "5F0A2B7C64"),
              extra=(("Thread-Topic", enc("Entrevista Florencia Cruz - Jefa de Tráfico")),
                     ("Importance", "high"), ("Content-Language", "es-AR")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-09 10:00", SALTA), end=None,
      contact="julieta.sosa@condorsupply.com.ar", company="Cóndor Supply Consulting",
      local="Wed 2026-12-09 10:00", zone=SALTA,
      note="Consultant cancels the client interview 'del miércoles 9 a las 10' (Date Mon 7 Dec) because the "
           "search was frozen; no new time -> cancelled slot 13:00Z; contact = sender")
def p22() -> bytes:
    body = t("""
        Hola Flor,

        Te quería avisar antes de que te organices: el cliente me confirmó ayer a la noche que
        congelaron la búsqueda hasta marzo por el tema del presupuesto 2027, así que la entrevista
        del miércoles 9 a las 10 con ellos queda cancelada. Lo lamento muchísimo, estabas muy bien
        posicionada.

        Si en marzo se reactiva sos la primera a la que llamo. Y si sale algo parecido con otro
        cliente te aviso.

        Un abrazo grande,
        Juli

        --
        Julieta Sosa
        Senior Consultant | Cóndor Supply Consulting
        Córdoba - Argentina
    """)
    hs = head(addr("Julieta Sosa", "julieta.sosa@condorsupply.com.ar"),
              "Entrevista del miércoles - novedades", "2026-12-07 09:40", COR,
              "<CAJx8pN1dQ4+0fW2c7vTzA@mail.gmail.com>",
              via=("mail-wm1-f54.google.com", "209.85.128.54", "C3E9A0F1D8"))
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(23), family="calendly_cancel", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-12 16:30", VAN), end=utc("2026-11-12 17:00", VAN),
      contact="ruth.nakamura@northshoretailings.ca", company="Northshore Tailings Engineering",
      local="Thu 2026-11-12 16:30", local_end="2026-11-12 17:00", zone=VAN,
      note="Calendly cancellation by the host: '4:30pm - 5:00pm (Pacific Time - US & Canada) Thursday, "
           "November 12, 2026' in PST -> 00:30-01:00Z on Fri 13 Nov (a day later in UTC); METHOD:CANCEL "
           "ICS; contact = Reply-To host")
def p23() -> bytes:
    body = t("""
        Hi Florencia Cruz,

        Ruth Nakamura has canceled the following event.

        Event Type:
        30 Minute Interview - Logistics Coordinator (Remote, LATAM)

        Event Date/Time:
        4:30pm - 5:00pm (Pacific Time - US & Canada)
        Thursday, November 12, 2026

        Canceled by:
        Ruth Nakamura

        Cancellation reason:
        "So sorry Florencia - the role has just been put on hold by our client. I'll reach out if it
        reopens in the new year."

        Schedule another event with Ruth Nakamura:
        https://calendly.com/ruth-nakamura-nte

        Powered by Calendly.com
    """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Calendly//Calendly//EN\nVERSION:2.0\nMETHOD:CANCEL\n" + VTZ_VAN + "\n" + t("""
        BEGIN:VEVENT
        UID:c4a19e20-77f1-4b3d-9a0c-6e2b8d5f1a73@calendly.com
        DTSTAMP:20261109T200522Z
        DTSTART;TZID=America/Vancouver:20261112T163000
        DTEND;TZID=America/Vancouver:20261112T170000
        SUMMARY:Canceled: 30 Minute Interview - Logistics Coordinator
        ORGANIZER;CN=Ruth Nakamura:mailto:ruth.nakamura@northshoretailings.ca
        ATTENDEE;CN=Florencia Cruz:mailto:florencia.cruz@example.org
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head("Calendly <notifications@calendly.com>", "Canceled: Florencia Cruz and Ruth Nakamura",
              "2026-11-09 12:05", VAN, "<calendly.c4a19e20.1794254722@calendly.com>",
              via=("mail.calendly.com", "149.72.134.55", "B7D3F06E29"),
              extra=(("Reply-To", "Ruth Nakamura <ruth.nakamura@northshoretailings.ca>"),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="es", interview=False, company="Fletes Altiplano",
      days=(("Tue", "2026-09-29"),),
      note="Recruitee rejection after an interview; it names the past interview ('la entrevista del martes "
           "29/9') but confirms nothing ahead")
def n24() -> bytes:
    body = t("""
        Hola Florencia,

        Muchas gracias por tu tiempo en la entrevista del martes 29/9 y por el interés en la posición
        de Coordinadora de Tráfico Internacional en Fletes Altiplano.

        Después de analizar todos los perfiles, decidimos avanzar con otra persona cuya experiencia
        en comercio exterior con Bolivia se ajusta más a lo que necesitamos en este momento.

        Nos gustaría mantener tu CV en nuestra base para futuras búsquedas.

        Te deseamos mucho éxito,
        Equipo de Selección - Fletes Altiplano
    """)
    hs = head("Fletes Altiplano <no-reply@recruiteemail.com>",
              "Tu postulación en Fletes Altiplano", "2026-10-08 12:30", SALTA,
              "<20261008153001.1.8a91c4d2e3f50617@mg.recruiteemail.com>",
              via=("mail-a.mg.recruiteemail.com", "159.112.240.3", "F1C2D3A4B5"),
              extra=(("Reply-To", "fletesaltiplano+8471@recruiteemail.com"),
                     ("X-Mailgun-Tag", "candidate_email")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="es", interview=False, company="Minera Puna Norte",
      days=(("Mon", "2026-10-19"), ("Wed", "2026-10-14"), ("Mon", "2026-11-02")),
      note="Job offer after the Workday interview; it fixes a pre-employment medical exam 'lunes 19/10 a las "
           "8 hs' (a confirmed time, but not an interview)")
def n25() -> bytes:
    body = t("""
        Estimada Florencia:

        Es un gusto comunicarle que Minera Puna Norte S.A. desea ofrecerle la posición de
        Planificadora de Logística Senior - Operaciones Puna, según las condiciones detalladas en la
        carta oferta adjunta (remuneración, esquema de turnos 14x14 y beneficios).

        Le solicitamos nos confirme su aceptación antes del miércoles 14/10.

        Una vez aceptada, ya le reservamos turno para el examen preocupacional el lunes 19/10 a las
        8 hs en el Centro Médico Laboral Jujuy (Belgrano 1120, San Salvador de Jujuy), en ayunas.
        La fecha estimada de ingreso es el lunes 2/11.

        Quedamos a disposición por cualquier consulta.

        Saludos cordiales,
        Gabriela Quispe
        Recursos Humanos - Minera Puna Norte S.A.
    """)
    hs = head(addr("Gabriela Quispe", "gabriela.quispe@minerapunanorte.com.ar"),
              "Carta oferta - Planificadora de Logística Senior", "2026-10-09 16:45", SALTA,
              "<PH0PR11MB49921D7A3E0C5B@PH0PR11MB4992.namprd11.prod.outlook.com>",
              via=("mail-ph0pr11cu00.outbound.protection.outlook.com", "40.107.220.61", "0D1E2F3A4B"))
    pdf = "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n"
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             raw_part([("Content-Type", 'application/pdf; name="Carta_oferta_FCruz.pdf"'),
                                       ("Content-Disposition", 'attachment; filename="Carta_oferta_FCruz.pdf"'),
                                       ("Content-Transfer-Encoding", "base64")], pdf)))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Fraser Shield Mining",
      note="iCIMS application receipt from a Canadian miner; 'a recruiter will contact you to schedule an "
           "interview' is hypothetical")
def n26() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Florencia,</p>
        <p>Thank you for applying for the position of <b>Materials &amp; Logistics Planner - Chile/Argentina
        Projects (Req ID 2026-4471)</b> at Fraser Shield Mining.</p>
        <p>We have received your application. Our Talent Acquisition team will review your
        qualifications, and if they match the requirements of the role, a recruiter will contact you
        to schedule an interview.</p>
        <p>You can check the status of your application at any time through our
        <a href="https://careers-frasershield.icims.com/jobs/login">Career Portal</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Fraser Shield Mining Ltd. | Vancouver, BC</p>
        <p style="font-size:10px;color:#888">Please do not reply to this automated message.</p>
        </body></html>
    """)
    hs = head("Fraser Shield Mining <careers-frasershield@talent.icims.com>",
              "Thank you for your application - Materials & Logistics Planner", "2026-09-09 14:02", VAN,
              "<1425781.88120.1789333320455.JavaMail.icims@talent.icims.com>",
              via=("mailout-3.icims.com", "198.178.226.3", "2B3C4D5E6F"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert; 'Entrevistas esta semana' and 'Postulación rápida' are badges, nothing "
           "is confirmed")
def n27() -> bytes:
    body = t("""
        EmpleosNOA - Tu alerta: "planificación logística" en Salta y Jujuy

        5 nuevos empleos para vos

        Analista de Planificación de Mina - Minera (confidencial)
        Salta Capital | Presencial | Publicado hace 2 días
        [Entrevistas esta semana]

        Supervisor/a de Almacenes - Operación Litio
        Susques, Jujuy | Turnos 7x7 | Publicado hace 3 días

        Planner de Transporte - Empresa de cargas
        Tucumán | Híbrido | Postulación rápida

        Jefe/a de Logística - Agroindustria
        Orán, Salta | Presencial

        Coordinador/a de Compras y Logística
        Remoto (Argentina) | Publicado hoy

        Ver todos: https://www.empleosnoa.com.ar/alertas/8812?utm_source=alerta
        Modificar o eliminar esta alerta: https://www.empleosnoa.com.ar/cuenta/alertas

        Recibís este correo porque creaste una alerta en EmpleosNOA.
    """)
    hs = head("EmpleosNOA <alertas@empleosnoa.com.ar>",
              "5 nuevos empleos de planificación logística en Salta y Jujuy", "2026-10-21 07:00", SALTA,
              "<alerta.8812.20261021100000@empleosnoa.com.ar>",
              via=("mta2.empleosnoa.com.ar", "181.119.33.20", "6F5E4D3C2B"),
              extra=(("List-Unsubscribe", "<https://www.empleosnoa.com.ar/baja?u=8812>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@mail(n(28), family="newsletter_blog", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Career blog newsletter with templates for confirming an interview ('Confirmo la entrevista el "
           "martes 10/11 a las 11 hs') - examples only, nothing for the reader")
def n28() -> bytes:
    body = t("""
        Logística al Día - Newsletter semanal

        CÓMO CONFIRMAR UNA ENTREVISTA POR MAIL (CON PLANTILLAS)

        Te llamaron para una entrevista. ¿Y ahora? Confirmar por escrito evita malentendidos con la
        fecha, la hora y el lugar. Tres plantillas que podés copiar:

        1) Formal:
           "Estimada Lic. Pérez: Confirmo la entrevista el martes 10/11 a las 11 hs en sus oficinas.
            Muchas gracias por la oportunidad."

        2) Con zona horaria (para empresas chilenas o canadienses):
           "Confirmo el jueves a las 10:00 hora de Chile (10:00 hora de Argentina)."

        3) Reprogramar sin quemar puentes:
           "Lamentablemente tengo un imprevisto; ¿podríamos pasar la entrevista al miércoles?"

        Además en este número: turnos 14x14 en la Puna, ¿qué preguntar en la entrevista?

        Leer en el blog: https://logisticaaldia.com.ar/blog/confirmar-entrevista
        Darte de baja: https://logisticaaldia.com.ar/newsletter/baja
    """)
    hs = head(addr("Logística al Día", "newsletter@logisticaaldia.com.ar"),
              "Cómo confirmar una entrevista por mail (con plantillas)", "2026-11-03 08:15", SALTA,
              "<newsletter.2026-45.f7c1@logisticaaldia.com.ar>",
              via=("mail182.sea21.mcsv.net", "198.2.182.21", "7A6B5C4D3E"),
              extra=(("List-Unsubscribe", "<https://logisticaaldia.com.ar/newsletter/baja>"),
                     ("List-Id", "Logistica al Dia <newsletter.logisticaaldia.com.ar>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
                           html(gmail_html(body), charset="iso-8859-15")))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Coldwater Ridge Minerals",
      note="Greenhouse self-scheduling request: pick a slot between Oct 26 and Oct 30 (Pacific Time); no "
           "time chosen yet")
def n29() -> bytes:
    body = t("""
        Hi Florencia,

        Thanks for applying to the Senior Mine Logistics Planner (South America) role at Coldwater
        Ridge Minerals! We'd love to set up a 45-minute recruiter screen with Megan Thorsen.

        Please use the link below to choose a time that works for you. Available slots run from
        Monday, October 26 to Friday, October 30 and are shown in Pacific Time; you can switch the
        display to your own time zone.

        Select a time: https://app.greenhouse.io/scheduling/candidate/a8d1f2c3e4b5

        Once you pick a slot you'll receive a calendar invitation.

        Best,
        Coldwater Ridge Minerals Talent Acquisition
    """)
    hs = head("Coldwater Ridge Minerals <no-reply@us.greenhouse-mail.io>",
              "Please schedule your interview with Coldwater Ridge Minerals", "2026-10-15 15:22", VAN,
              "<gh.88213407.20261015222201@us.greenhouse-mail.io>",
              via=("o12.us.greenhouse-mail.io", "167.89.44.12", "8E7D6C5B4A"),
              extra=(("Reply-To", "Megan Thorsen <megan.thorsen@coldwaterridge.ca>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Altura Search",
      note="Headhunter cold outreach asking for 15 minutes 'esta semana'; no time fixed")
def n30() -> bytes:
    body = t("""
        Hola Florencia, ¿cómo va?

        Soy Bruno Saravia, de Altura Search. Estoy trabajando en una búsqueda confidencial para una
        operación de litio en el Salar del Hombre Muerto: Jefe/a de Logística de Mina, reportando al
        Gerente de Operaciones, esquema 7x7.

        Vi tu perfil y creo que podría encajar muy bien. ¿Tenés 15 minutos esta semana para una
        llamada corta? Decime qué día y horario te queda cómodo y te llamo.

        Saludos,
        Bruno Saravia
        Partner | Altura Search
        +54 9 381 555-0142
    """)
    hs = head(addr("Bruno Saravia", "bruno.saravia@alturasearch.com"),
              "Búsqueda confidencial - Jefe/a de Logística de Mina (litio)", "2026-09-10 10:47", TUC,
              "<CAM7qP0xG3n1Kx=uT4rR@mail.gmail.com>",
              via=("mail-lf1-f41.google.com", "209.85.167.41", "5D4C3B2A19"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="proposal_unconfirmed", lang="es", interview=False, company="Transportes Cordillera",
      days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30")),
      note="Chilean recruiter proposes two options for the second interview ('martes 29 a las 10:00 o "
           "miércoles 30 a las 15:00, hora de Chile') and asks which suits; nothing confirmed yet")
def n31() -> bytes:
    body = t("""
        Hola Florencia!

        Buenas noticias: Rodrigo Aravena, gerente de operaciones, quiere conversar contigo en una
        segunda entrevista. Te propongo dos opciones:

          - martes 29 a las 10:00
          - miércoles 30 a las 15:00

        (ambas hora de Chile, que ahora es igual a la de Argentina)

        ¿Cuál te acomoda más? Apenas me confirmes te envío la invitación.

        Saludos!
        Catalina Rojas Espinoza
        Analista de Atracción de Talento
        Transportes Cordillera SpA
    """)
    hs = head(addr("Catalina Rojas Espinoza", "crojas@tcordillera.cl"),
              "Segunda entrevista - Jefe(a) de Planificación Logística", "2026-09-16 17:20", SCL,
              "<CH2PR19MB3861A0C1@CH2PR19MB3861.namprd19.prod.outlook.com>",
              via=("mail-ch2pr19cu00.outbound.protection.outlook.com", "40.107.223.92", "4C3B2A1908"),
              extra=(("Content-Language", "es-CL"),))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(32), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Eye-exam booking confirmation with ICS ('jue 15/10 09:40'): a confirmed time, not an interview")
def n32() -> bytes:
    body = t("""
        Centro Oftalmológico del Milagro

        TURNO CONFIRMADO

        Paciente: CRUZ, FLORENCIA
        Profesional: Dra. Inés Lávaque - Oftalmología
        Práctica: Control visual anual + fondo de ojo
        Fecha: jue 15/10 09:40 hs
        Sede: Av. Belgrano 1420, Salta

        Recordá traer credencial de la obra social y DNI. Si no podés asistir, cancelá con 24 hs de
        anticipación desde https://turnos.oftalmomilagro.com.ar

        Este es un mensaje automático, no lo respondas.
    """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//TurnosWeb//ES\nMETHOD:PUBLISH\n" + VTZ_SALTA + "\n" + t("""
        BEGIN:VEVENT
        UID:turno-5520193@oftalmomilagro.com.ar
        DTSTAMP:20261005T141000Z
        DTSTART;TZID=America/Argentina/Salta:20261015T094000
        DTEND;TZID=America/Argentina/Salta:20261015T100000
        SUMMARY:Turno Oftalmología - Dra. Lávaque
        LOCATION:Av. Belgrano 1420\\, Salta
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Centro Oftalmológico del Milagro", "turnos@oftalmomilagro.com.ar"),
              "Turno confirmado - jue 15/10 09:40", "2026-10-05 11:10", SALTA,
              "<turno-5520193.1791210600@oftalmomilagro.com.ar>",
              via=("smtp.oftalmomilagro.com.ar", "200.68.101.9", "3A2B1C0D9E"))
    return message(hs, mixed(text(body, charset="windows-1252", cte="8bit"),
                             calendar(ics, method="PUBLISH", filename="turno.ics",
                                      disposition="attachment", cte="base64")))


@mail(n(33), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Municipal employment office appointment 'Entrevista de orientación laboral, martes 6/10 a las "
           "9:30 hs': fixed time and the word 'entrevista', but a job-centre appointment, not a job "
           "interview with an employer")
def n33() -> bytes:
    body = t("""
        OFICINA DE EMPLEO - MUNICIPIO DE SALTA
        Programa de Inserción Laboral

        Sra./Sr. CRUZ FLORENCIA (DNI ***.***.417)

        Le confirmamos su turno:

          Trámite: Entrevista de orientación laboral y actualización de historia laboral
          Día: martes 6/10
          Hora: 9:30 hs
          Lugar: Oficina de Empleo, Florida 62, planta baja, box 3

        Documentación: DNI, CV actualizado y constancia de CUIL.

        La inasistencia sin aviso da de baja la inscripción al programa. Para reprogramar
        comuníquese al 0800-555-3672 de lunes a viernes de 8 a 13 hs.

        Este correo fue generado automáticamente por el Sistema de Turnos.
    """)
    hs = head("Sistema de Turnos - Oficina de Empleo <turnos@empleo-salta.org.ar>",
              "Confirmación de turno - Oficina de Empleo", "2026-10-01 13:05", SALTA,
              "<turno.776512.20261001160500@empleo-salta.org.ar>",
              via=("mail.empleo-salta.org.ar", "200.81.44.16", "9E8D7C6B5A"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(34), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Graduate-programme admissions interview 'Thursday, October 22 at 3:00 PM PDT': a confirmed "
           "time, but a school admission interview, not a job interview")
def n34() -> bytes:
    body = t("""
        Dear Florencia,

        Thank you for your application to the Graduate Diploma in Mine Operations Management
        (online, Winter 2027 intake).

        We are pleased to confirm your admissions interview:

          Thursday, October 22 at 3:00 PM PDT (7:00 PM in Argentina)
          Zoom: https://pcsm.zoom.us/j/93310027745
          Panel: Dr. Helen Barker (Program Director) and one faculty member

        The conversation lasts about 20 minutes and covers your motivation, your professional
        experience and how you plan to balance the program with work.

        Best regards,
        Graduate Admissions Office
        Pacific Coast School of Mines | Vancouver, BC
    """)
    hs = head("PCSM Graduate Admissions <gradadmissions@pcsm.example.ca>",
              "Admissions interview confirmed - Graduate Diploma in Mine Operations Management",
              "2026-10-16 09:30", VAN, "<a1c9e3b7-22f0-4d1e-b9a4-0f7e3c5d2a81@pcsm.example.ca>",
              via=("smtp.pcsm.example.ca", "142.103.14.7", "1B2C3D4E5F"))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(35), family="press_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="A journalist confirms an interview with Florencia for an article ('viernes 23/10 a las 17'): "
           "fixed time, but she is the interviewee of the press, not a job candidate")
def n35() -> bytes:
    body = t("""
        Hola Florencia!

        Gracias por aceptar. Te confirmo la entrevista para la nota sobre mujeres en la logística
        minera del NOA: viernes 23/10 a las 17, en el bar La Tacita (Mitre 230).
        Va también Mauro, el fotógrafo, así que calculá una hora en total.

        Te paso antes algunas preguntas por si querés pensarlas:
        - ¿Cómo llegaste a la planificación logística en minería?
        - ¿Qué cambió con el boom del litio?

        Abrazo,
        Agustina Royo
        Redacción - Diario del Valle de Lerma
    """)
    hs = head(addr("Agustina Royo", "aroyo@diariovallelerma.com.ar"),
              "Nota mujeres en minería - confirmamos", "2026-10-19 18:25", SALTA,
              "<CAHq7w9F1mZt0y6x3=Yp@mail.gmail.com>",
              via=("mail-ej1-f52.google.com", "209.85.218.52", "2C3D4E5F60"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(36), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Podcast recording confirmation 'Thursday, November 26, 10:00 AM PST' where Florencia is the "
           "guest: confirmed time, not a job interview")
def n36() -> bytes:
    body = t("""
        Hi Florencia,

        You're all set to be a guest on Haul Road, the podcast about the people who keep mines
        moving. Here are the details for our recording:

          Date: Thursday, November 26
          Time: 10:00 AM PST (3:00 PM in Salta)
          Studio: https://riverside.fm/studio/haul-road-ep112
          Length: we record for about 50 minutes and edit down to 35

        Episode topic: "Lithium logistics at 4,000 metres" - we'll interview you about your work
        planning convoys in the Puna.

        Tips: use headphones, and a wired connection if you can.

        Cheers,
        Ben Castillo
        Host & Producer, Haul Road
    """)
    hs = head("Ben Castillo <ben@haulroadpodcast.com>",
              "Haul Road recording confirmed - Thu Nov 26", "2026-11-19 13:40", VAN,
              "<20261119214001.ben.c1f7@haulroadpodcast.com>",
              via=("smtp.fastmail.com", "103.168.172.44", "3D4E5F6071"))
    return message(hs, text(body, cte="7bit"))


@mail(n(37), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Hockey club try-out for the senior squad 'sábado 10/10 a las 10 hs': a fixed time, not a job "
           "interview")
def n37() -> bytes:
    body = t("""
        Hola chicas!!

        Les confirmamos la prueba para el plantel superior de Damas: sábado 10/10 a las 10 hs en la
        cancha sintética del club (Av. San Martín s/n, Vaqueros). Vengan 9:30 para entrar en calor.

        Traer: palo, canilleras, protector bucal, agua. Las que tengan apto médico vencido lo tienen
        que renovar antes, sin apto no pueden jugar.

        Nos vemos!
        Coordinación Hockey - Club Atlético Vaqueros
    """)
    hs = head("Hockey CAV <hockey.cavaqueros@gmail.com>", "Prueba plantel superior - sábado 10/10",
              "2026-10-05 21:14", SALTA, "<CAPr2x9q+Lm4N0sQ@mail.gmail.com>",
              via=("mail-qk1-f171.google.com", "209.85.222.171", "4E5F607182"),
              to="undisclosed-recipients:;")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(38), family="car_service", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Dealership service booking 'lunes 2/11, 8:00 hs': a fixed time, not an interview")
def n38() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2 style="color:#c00000">Norte Autos Salta</h2>
        <p>Hola FLORENCIA,</p>
        <p>Tu turno de taller está <b>confirmado</b>.</p>
        <table cellpadding="4">
        <tr><td>Servicio:</td><td>Service oficial 40.000 km + alineación</td></tr>
        <tr><td>Vehículo:</td><td>Pick-up 4x4 - dominio AF 331 KT</td></tr>
        <tr><td>Fecha:</td><td>lunes 2/11</td></tr>
        <tr><td>Hora de recepción:</td><td>8:00 hs</td></tr>
        <tr><td>Asesor de servicio:</td><td>Pablo Guanca</td></tr>
        </table>
        <p>El vehículo queda en el taller durante la jornada; te avisaremos por WhatsApp cuando esté listo.</p>
        <p style="font-size:11px;color:#777">Av. Paraguay 2900, Salta. Por favor no responder este mensaje.</p>
        </body></html>
    """)
    hs = head("Norte Autos Salta <no-reply@norteautos.com.ar>", "Turno de taller confirmado - lunes 2/11",
              "2026-10-27 17:50", SALTA, "<taller.99201.1793134200@norteautos.com.ar>",
              via=("mail.norteautos.com.ar", "190.210.22.8", "5F60718293"))
    return message(hs, html(page, charset="iso-8859-1", cte="base64"))


@mail(n(39), family="notary", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Notary office confirms a deed signing 'jueves 26/11 a las 12 hs': a fixed time, not an "
           "interview")
def n39() -> bytes:
    body = t("""
        Sra. Florencia Cruz:

        Por la presente le confirmamos la firma de la escritura de compraventa del inmueble de
        calle Lerma 1180 para el jueves 26/11 a las 12 hs en nuestra escribanía.

        Deberán concurrir ambas partes con DNI original. El saldo de precio se abona en el acto.

        Atentamente,
        Escribanía Aráoz & Asociados
        Esc. María Eugenia Aráoz - Reg. 41
        España 555, Salta
    """)
    hs = head(addr("Escribanía Aráoz", "mesadeentradas@escribaniaaraoz.com.ar"),
              "Firma escritura - jueves 26/11 12 hs", "2026-11-20 11:35", SALTA,
              "<002a01db3b1c$9e5f0d10$db1b2730$@escribaniaaraoz.com.ar>",
              via=("mail.escribaniaaraoz.com.ar", "200.43.120.5", "60718293A4"),
              extra=(("X-Mailer", "Microsoft Outlook 15.0"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(40), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Career coach confirms a mock interview session 'viernes 16/10 a las 18:30' on Zoom: practice, "
           "not a job interview")
def n40() -> bytes:
    body = t("""
        Hola Florencia,

        Qué bueno que te animaste. Te confirmo nuestra sesión de simulacro de entrevista en inglés
        (pensada para empresas canadienses) el viernes 16/10 a las 18:30. Duración: 60 minutos.

        Vamos a practicar preguntas de comportamiento (método STAR) y la típica "walk me through
        your CV". Si podés, mandame antes la descripción del puesto de Coldwater Ridge.

        Verónica Lobo le está invitando a una reunión de Zoom programada.
        Tema: Simulacro de entrevista - Florencia Cruz
        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/85531209984?pwd=Ymx1ZQ
        ID de reunión: 855 3120 9984

        Saludos!
        Verónica Lobo
        Coach ontológica (ICF ACC) - Orientación de carrera
    """)
    hs = head(addr("Verónica Lobo", "vero@veronicalobocoach.com"),
              "Sesión de simulacro de entrevista - viernes 16/10", "2026-10-12 10:05", SALTA,
              "<8a7c6d5e-4f3b-2a19-0e8d-7c6b5a4f3e2d@veronicalobocoach.com>",
              via=("smtp.zoho.com", "136.143.188.51", "718293A4B5"))
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(41), family="forwarded_for_info", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Florencia's brother forwards his OWN interview confirmation ('lunes 9/11 a las 10 hs') asking "
           "for help preparing; a confirmed interview, but not the inbox owner's")
def n41() -> bytes:
    body = t("""
        Flor!! Mirá, me llamaron. ¿Me ayudás a preparar la entrevista? Vos sabés de estas cosas.
        ¿El domingo a la tarde podés? Te llevo unas empanadas jaja

        Joaco

        ---------- Forwarded message ---------
        De: Luciana Ontiveros <lontiveros@agrobermejo.com.ar>
        Date: mar, 3 nov 2026 a las 16:12
        Subject: Entrevista - Asistente de Depósito
        To: <joaquin.cruz@example.com>


        Hola Joaquín,

        Te confirmo la entrevista para el puesto de Asistente de Depósito: lunes 9/11 a las 10 hs
        en la planta de Orán (Ruta 50 km 3). Preguntá por mí en portería.

        Saludos,
        Luciana Ontiveros
        RRHH - Agroexport del Bermejo
    """)
    hs = head(addr("Joaquín Cruz", "joaquin.cruz@example.com"),
              "Fwd: Entrevista - Asistente de Depósito", "2026-11-04 20:31", SALTA,
              "<CAKj2m0v9Q8y7t@mail.gmail.com>",
              via=("mail-yw1-f182.google.com", "209.85.128.182", "8293A4B5C6"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="interviewer_invite", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Exchange meeting request from HR at Florencia's current employer (her work mailbox forwards "
           "here) asking her to interview a candidate on Thu 29 Oct 10:00: she is the interviewer, not "
           "the candidate")
def n42() -> bytes:
    body = t("""
        Flor, te sumo como entrevistadora técnica para el candidato a Analista de Despacho (Gustavo
        Ríos). Te adjunto el CV. La idea es que evalúes Excel y armado de hojas de ruta, 20 minutos
        más o menos; después sigo yo con la parte de RR.HH.

        Gracias!
        Micaela Tejerina
        Recursos Humanos | Andes Carga S.A.
    """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ_ARG_WIN + \
        "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Micaela Tejerina:mailto:mtejerina@andescarga.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Cruz:mailto:fcruz@andescarga.com.ar
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gustavo Ríos:mailto:gustavo.rios.salta@example.net
        SUMMARY;LANGUAGE=es-AR:Entrevista candidato Analista de Despacho - Gustavo Ríos
        DTSTART;TZID=Argentina Standard Time:20261029T100000
        DTEND;TZID=Argentina Standard Time:20261029T110000
        UID:040000008200E00074C5B7101A82E00800000000D4E5F6A1B25CDD01000000000000000010000000C1D2
        DTSTAMP:20261023T130500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-AR:Sala de reuniones 2 - Planta Güemes
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Micaela Tejerina", "mtejerina@andescarga.com.ar"),
              "Entrevista candidato Analista de Despacho - Gustavo Ríos", "2026-10-23 10:05", BA,
              "<MN2PR05MB6815A1B2C3D4E5F6A7B8C9D0E1F2@MN2PR05MB6815.namprd05.prod.outlook.com>",
              to=addr("Florencia Cruz", "fcruz@andescarga.com.ar"),
              via=("mail-mn2pr05cu00.outbound.protection.outlook.com", "40.107.93.40", "93A4B5C6D7"),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", "fcruz@andescarga.com.ar " + ME),
                     ("Content-Language", "es-AR")))
    cv = "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n"
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             raw_part([("Content-Type", 'application/pdf; name="CV_Gustavo_Rios.pdf"'),
                                       ("Content-Disposition", 'attachment; filename="CV_Gustavo_Rios.pdf"'),
                                       ("Content-Transfer-Encoding", "base64")], cv)))


@mail(n(43), family="team_event", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation to the year-end dinner at the current employer (vie 11 dic 2026 "
           "21:00): a fixed time, not an interview")
def n43() -> bytes:
    body = t("""
        Micaela Tejerina te invitó a un evento
        Cena de fin de año Andes Carga 🎉

        ¡Cerramos el año juntos! Habrá peña con folklore en vivo. Confirmen asistencia y si traen
        acompañante antes del 4/12.

        Cuándo
        viernes, 11 de diciembre de 2026 · 21:00 – 23:59
        Hora estándar de Argentina

        Ubicación
        Finca La Candelaria, Ruta 9 km 1612, La Caldera

        ¿Vas a asistir? Sí - Quizás - No  Más opciones

        Invitación de Google Calendar
    """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + \
        VTZ_SALTA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Salta:20261211T210000
        DTEND;TZID=America/Argentina/Salta:20261211T235900
        DTSTAMP:20261125T150233Z
        ORGANIZER;CN=Micaela Tejerina:mailto:mtejerina@andescarga.com.ar
        UID:5nq0c1e8v4ajk2m7d3p9b6h0tr@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Cruz:mailto:florencia.cruz@example.org
        SUMMARY:Cena de fin de año Andes Carga
        LOCATION:Finca La Candelaria\\, Ruta 9 km 1612\\, La Caldera
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head(addr("Micaela Tejerina", "mtejerina@andescarga.com.ar"),
              "Invitación: Cena de fin de año Andes Carga 🎉 @ vie 11 dic 2026 21:00 - 23:59 (GMT-3) "
              "(florencia.cruz@example.org)", "2026-11-25 12:02", SALTA,
              "<calendar-91ae0c3d-5b2f-4e6a-8d17-c0f4a3b2e915@google.com>",
              via=("mail-sor-f73.google.com", "209.85.220.73", "A4B5C6D7E8"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="quoted-printable")))


@mail(n(44), family="auto_reply", lang="en", interview=False, company="Coldwater Ridge Minerals",
      days=(("Fri", "2026-10-30"),),
      note="Out-of-office auto-reply from the recruiter to Florencia's reply about the rescheduled screen "
           "(Auto-Submitted: auto-replied); quotes nothing with a time")
def n44() -> bytes:
    body = t("""
        Hello,

        Thank you for your message. I am at our Mount Hawley site with limited access to email until
        Friday, October 30. I will respond as soon as I can after my return.

        For urgent interview scheduling questions, please contact talent@coldwaterridge.ca.

        Megan Thorsen
        Talent Acquisition Partner | Coldwater Ridge Minerals
    """)
    hs = head("Megan Thorsen <megan.thorsen@coldwaterridge.ca>",
              "Automatic reply: Re: Interview Rescheduled: Senior Mine Logistics Planner - Coldwater Ridge "
              "Minerals", "2026-10-26 10:02", VAN,
              "<YT3PR01MB8410AUTO0a1b2c3d4e@YT3PR01MB8410.CANPRD01.PROD.OUTLOOK.COM>",
              via=("mail-yt3can01on2100.outbound.protection.outlook.com", "40.107.116.100", "B5C6D7E8F9"),
              extra=(("In-Reply-To", "<CAF8y1sW2eR5tY7u@mail.example.org>"),
                     ("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "megan.thorsen@coldwaterridge.ca")))
    return message(hs, text(body, cte="7bit"))


@mail(n(45), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Delivery-status notification: Florencia's own acceptance ('Confirmo la entrevista del jueves "
           "17 a las 10 hs') to a mistyped address bounced; the quoted original is hers, not a confirmation "
           "from an employer")
def n45() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <tomas.ferreira@andinarutas.com.ar>: host aspmx.l.google.com[142.250.0.27]
            said: 550-5.1.1 The email account that you tried to reach does not exist.
            550 5.1.1 https://support.google.com/mail/?p=NoSuchUser (in reply to RCPT TO
            command)
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 61C0A2B3D4
        X-Postfix-Sender: rfc822; florencia.cruz@example.org
        Arrival-Date: Mon, 14 Sep 2026 14:38:51 +0000 (UTC)

        Final-Recipient: rfc822; tomas.ferreira@andinarutas.com.ar
        Original-Recipient: rfc822;tomas.ferreira@andinarutas.com.ar
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; aspmx.l.google.com
        Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
            not exist.
    """)
    orig = message([
        ("From", ME_H),
        ("To", addr("Tomás Ferreyra", "tomas.ferreira@andinarutas.com.ar")),
        ("Subject", "Re: Entrevista confirmada - Andina Rutas"),
        ("Date", date("2026-09-14 11:38", SALTA)),
        ("Message-ID", "<CAF8y1sP9kL2mN4o@mail.example.org>"),
    ], text(t("""
        Hola Tomás,

        Confirmo la entrevista del jueves 17 a las 10 hs. ¡Muchas gracias!

        Saludos,
        Florencia
    """), cte="8bit"))
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx1.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-09-14 11:38", SALTA,
              "<20260914143852.7A1B2C3D4E@mx1.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),), return_path="<>")
    return message(hs, report)


@mail(n(46), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-28"), ("Thu", "2026-09-24")),
      note="Google Groups post by another member about HIS interview ('el lunes 28 a las 9') and an "
           "after-office on Thursday at 19 hs; nothing is Florencia's job interview")
def n46() -> bytes:
    body = t("""
        Buenas, grupo!

        Consulta: ¿alguien tuvo entrevista con Minera Puna Norte para planificación? Yo tengo el
        lunes 28 a las 9 en Palpalá y quería saber qué onda, si toman examen técnico o es más
        charla.

        Y recuerdo que el jueves 24 a las 19 hs es el after de Logística Minera NOA en la cervecería
        de Balcarce 900. Están todos invitados.

        Saludos,
        Pablo Zerpa

        --
        Recibiste este mensaje porque estás suscrito al grupo "Logística Minera NOA" de Grupos de
        Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un
        correo electrónico a logistica-minera-noa+unsubscribe@googlegroups.com.
        Para ver este debate, visita
        https://groups.google.com/d/msgid/logistica-minera-noa/CAB9x0pZ.
    """)
    hs = head(addr("Pablo Zerpa via Logística Minera NOA", "logistica-minera-noa@googlegroups.com"),
              "[Logística Minera NOA] Entrevista en Puna Norte?", "2026-09-22 22:16", SALTA,
              "<CAB9x0pZr2+Hq4W@mail.gmail.com>",
              to=addr("Logística Minera NOA", "logistica-minera-noa@googlegroups.com"),
              via=("mail-oo1-f61.google.com", "209.85.161.61", "C6D7E8F9A0"),
              extra=(("Reply-To", "logistica-minera-noa@googlegroups.com"),
                     ("Mailing-list", "list logistica-minera-noa@googlegroups.com; contact "
                                      "logistica-minera-noa+owners@googlegroups.com"),
                     ("List-ID", "<logistica-minera-noa.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/logistica-minera-noa/post>, "
                                   "<mailto:logistica-minera-noa@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+1188+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list"),
                     ("X-Original-Sender", "pablo.zerpa.sal@gmail.com")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(47), family="marketing_webinar", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Webinar registration confirmation 'Interviewing with Canadian mining companies', Tuesday, "
           "October 20, 4:00 PM PDT, with an ICS: a confirmed time, not a job interview")
def n47() -> bytes:
    body = t("""
        You're registered!

        Hi Florencia,

        Thanks for registering for our live webinar:

        INTERVIEWING WITH CANADIAN MINING COMPANIES FROM LATIN AMERICA
        Tuesday, October 20, 2026 | 4:00 PM PDT (8:00 PM Argentina)

        Learn how Canadian miners run their interview loops, how to talk about salary in CAD, and
        what recruiters in Vancouver and Toronto look for in LATAM candidates.

        Join link (unique to you): https://event.minetalentconnect.com/j/w88120?tk=fc81
        Add to calendar: see the attached .ics

        Mining Talent Connect | 1055 W Georgia St, Vancouver, BC
        Unsubscribe: https://minetalentconnect.com/u/fc81
    """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Mining Talent Connect//Webinars//EN\nMETHOD:PUBLISH\n" + \
        VTZ_VAN + "\n" + t("""
        BEGIN:VEVENT
        UID:webinar-w88120@minetalentconnect.com
        DTSTAMP:20261013T170000Z
        DTSTART;TZID=America/Vancouver:20261020T160000
        DTEND;TZID=America/Vancouver:20261020T170000
        SUMMARY:Webinar: Interviewing with Canadian mining companies from Latin America
        DESCRIPTION:Join: https://event.minetalentconnect.com/j/w88120?tk=fc81
        END:VEVENT
        END:VCALENDAR
    """)
    hs = head("Mining Talent Connect <events@minetalentconnect.com>",
              "You're registered: Interviewing with Canadian mining companies (Oct 20)",
              "2026-10-13 10:00", VAN, "<reg.w88120.fc81@minetalentconnect.com>",
              via=("mta-108.mail.minetalentconnect.com", "13.111.40.108", "D7E8F9A0B1"),
              extra=(("List-Unsubscribe", "<https://minetalentconnect.com/u/fc81>"),
                     ("Precedence", "bulk")))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")),
                             calendar(ics, method="PUBLISH", filename="webinar.ics",
                                      disposition="attachment")))


@mail(n(48), family="reference_call", lang="en", interview=False, company="Granite Pass Resources",
      days=(("Wed", "2026-12-02"),),
      note="A Canadian employer confirms the reference call Florencia gives for a former colleague "
           "(Wednesday, December 2 at 1:00 PM Argentina time): fixed time, but she is the referee")
def n48() -> bytes:
    body = t("""
        Hi Florencia,

        Thank you for agreeing to act as a reference for Martín Ibarra, who is a finalist for our
        Logistics Superintendent role in Salta.

        I've booked our call for Wednesday, December 2 at 1:00 PM Argentina time (8:00 AM in
        Vancouver). I'll call you on +54 9 387 555 0198. It should take about 20 minutes.

        Many thanks,
        Hannah Kowalczyk
        Talent Acquisition | Granite Pass Resources
        hannah.kowalczyk@granitepass.ca
    """)
    hs = head("Hannah Kowalczyk <hannah.kowalczyk@granitepass.ca>",
              "Reference call for Martin Ibarra - Wed Dec 2", "2026-11-26 14:20", VAN,
              "<DM8PR11MB5607REF3e4d5c6b7@DM8PR11MB5607.namprd11.prod.outlook.com>",
              via=("mail-dm8pr11cu00.outbound.protection.outlook.com", "40.107.224.77", "E8F9A0B1C2"))
    return message(hs, alt(text(body),
                           html("<html><body>" + gmail_html(body) + "</body></html>\n")))


@mail(n(49), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="School secretary confirms 'la entrevista con la docente de 2° grado' on 'martes 24/11 a las 18 "
           "hs' about Florencia's son: a parent-teacher meeting, not a job interview")
def n49() -> bytes:
    body = t("""
        Sra. Florencia Cruz:

        Le confirmamos la entrevista con la Srta. Daniela (docente de 2° grado "B") para conversar
        sobre el desempeño de Tomás en este cierre de año: martes 24/11 a las 18 hs, en la sala de
        dirección.

        En caso de no poder asistir, le pedimos avisar por el cuaderno de comunicaciones o a este
        correo.

        Atentamente,
        Secretaría - Colegio Mirasoles (Nivel Primario)
    """)
    hs = head(addr("Secretaría Colegio Mirasoles", "secretaria.primaria@colegiomirasoles.edu.ar"),
              "Entrevista con la docente de 2° B", "2026-11-18 08:50", SALTA,
              "<4e2f1a90-8b7c-4d3e-a2f1-9c0b8d7e6f5a@colegiomirasoles.edu.ar>",
              via=("mail-pl1-f170.google.com", "209.85.214.170", "F9A0B1C2D3"))
    return message(hs, alt(text(body, charset="iso-8859-1", cte="8bit"),
                           html(gmail_html(body), charset="iso-8859-1", cte="quoted-printable")))


@mail(n(50), family="insurance_visit", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Insurance claim: the adjuster's home visit 'jueves 1/10 entre las 9 y las 12 hs'; not an "
           "interview")
def n50() -> bytes:
    page = t("""
        <html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
        <p><b>Andina Seguros</b> - Gestión de Siniestros</p>
        <p>Estimada FLORENCIA CRUZ:</p>
        <p>En relación con el siniestro <b>N° 44-118230</b> (daños por agua - Póliza Hogar Integral), le
        informamos que el perito designado, Sr. Facundo Ruiz, realizará la inspección en su domicilio el
        <b>jueves 1/10 entre las 9 y las 12 hs</b>.</p>
        <p>Le pedimos que haya un mayor de edad presente y tenga a mano las fotos y presupuestos de
        reparación.</p>
        <p>Saludos cordiales,<br>Andina Seguros S.A.</p>
        <p style="font-size:10px;color:#888">Mensaje automático. No responda a esta dirección.</p>
        </body></html>
    """)
    hs = head("Andina Seguros <siniestros@andinaseguros.com.ar>",
              "Siniestro 44-118230 - Visita de inspección", "2026-09-28 15:30", SALTA,
              "<sin.44118230.1790620200@andinaseguros.com.ar>",
              via=("smtp2.andinaseguros.com.ar", "200.5.96.14", "0A1B2C3D4E"))
    return message(hs, html(page, charset="windows-1252", cte="quoted-printable"))
