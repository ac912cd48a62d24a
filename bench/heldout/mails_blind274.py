"""blind274: 50 hand-written mails from the inbox of Irene Domínguez, a port-operations analyst in
Cádiz (Europe/Madrid), September to mid-December 2026. Written blind (see blind274/README.md).

    python3 bench/heldout/make_blind.py blind274
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

SET = "blind274"
ORDER = random.Random(2740274).sample(range(1, 51), 50)
ME = "irene.dominguez@example.org"
IRENE = addr("Irene Domínguez", ME)
MAD = "Europe/Madrid"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, sid: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx2.example.org (Postfix) with ESMTPS id {sid}", ME, lag)


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, host: str, ip: str, sid: str,
        to: str = IRENE, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
        rp: str | None = None) -> list[tuple[str, str]]:
    h: list[tuple[str, str]] = []
    if rp:
        h.append(("Return-Path", f"<{rp}>"))
    h += [("Delivered-To", ME), ("Received", rcv(host, ip, when, zone, sid)), ("From", frm),
          ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
          ("Message-ID", mid)]
    h += list(extra)
    return h


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

ROMANCE_VTZ = """BEGIN:VTIMEZONE
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

LISBON_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Lisbon
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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", MAD), end=utc("2026-09-15 10:45", MAD),
      contact="lucia.benitez@levantestrait.com", company="Levante Strait Terminals",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=MAD,
      note="Greenhouse interview confirmation from no-reply, Reply-To the recruiter (also the ICS "
           "ORGANIZER). 10:00-10:45 CEST (Europe/Madrid, UTC+2 in September) = 08:00-08:45Z.")
def p01() -> bytes:
    body = t("""
        Hi Irene,

        Thanks for making time to speak with us! Your interview for Port Operations Analyst
        (Algeciras) has been confirmed.

        Interview details
        -----------------
        Date: Tuesday, September 15th, 2026
        Time: 10:00 AM - 10:45 AM CEST (Europe/Madrid)
        Location: Levante Strait Terminals, Muelle Isla Verde Exterior, Algeciras - Reception, Building B
        Please bring a photo ID; the port access gate needs it.

        You'll meet with:
          Marcus Hale - Head of Terminal Operations
          Lucía Benítez - Talent Partner

        If you need to reschedule, simply reply to this email.

        Best,
        Lucía Benítez
        Levante Strait Terminals
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Irene,</p>
        <p>Thanks for making time to speak with us! Your interview for <strong>Port Operations Analyst (Algeciras)</strong> has been confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#888">Date</td><td>Tuesday, September 15th, 2026</td></tr>
        <tr><td style="color:#888">Time</td><td>10:00 AM - 10:45 AM CEST (Europe/Madrid)</td></tr>
        <tr><td style="color:#888">Location</td><td>Levante Strait Terminals, Muelle Isla Verde Exterior, Algeciras &ndash; Reception, Building B</td></tr>
        </table>
        <p>Please bring a photo ID; the port access gate needs it.</p>
        <p>You&#39;ll meet with:<br>Marcus Hale &ndash; Head of Terminal Operations<br>Luc&iacute;a Ben&iacute;tez &ndash; Talent Partner</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best,<br>Luc&iacute;a Ben&iacute;tez<br>Levante Strait Terminals</p>
        <img src="https://app.greenhouse.io/email_open/8f2c1b.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = MADRID_VTZ.join(["BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduler//EN\n"
                           "VERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-40418822-7713@greenhouse.io
        DTSTAMP:20260909T091402Z
        DTSTART;TZID=Europe/Madrid:20260915T100000
        DTEND;TZID=Europe/Madrid:20260915T104500
        SUMMARY:Interview: Irene Domínguez for Port Operations Analyst (Algeciras)
        LOCATION:Levante Strait Terminals, Muelle Isla Verde Exterior, Algeciras
        ORGANIZER;CN=Lucía Benítez:mailto:lucia.benitez@levantestrait.com
        ATTENDEE;CN=Irene Domínguez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.dominguez@example.org
        ATTENDEE;CN=Marcus Hale;ROLE=REQ-PARTICIPANT:mailto:marcus.hale@levantestrait.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)])
    h = hdr("Levante Strait Terminals <no-reply@greenhouse.io>",
            "Interview Confirmation: Port Operations Analyst (Algeciras) - Levante Strait Terminals",
            "2026-09-09 11:14:02", MAD, "<gh.40418822.7713.a91f@greenhouse.io>",
            host="o17.sg.greenhouse.io", ip="167.89.41.17", sid="4Rk1qT0x2mz3",
            rp="bounces+2231794-0c1a@sg.greenhouse.io",
            extra=(("Reply-To", addr("Lucía Benítez", "lucia.benitez@levantestrait.com")),
                   ("X-SG-EID", "u001.kq8Hc0lTNGxT3yL0b2jv")))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:00", MAD), end=None,
      contact="jmruiz@estibasguadalquivir.es", company="Estibas y Tráficos del Guadalquivir",
      local="Tue 2026-10-27 10:00", zone=MAD,
      note="Prosa, usted: 'el martes que viene a las 10:00' desde el Date jue 22 oct 2026 (CEST) = "
           "mar 27 oct; tras el cambio de hora del 25 oct Madrid está en CET (UTC+1) -> 09:00Z. "
           "'una hora aproximadamente' -> end null. iso-8859-1 8bit.")
def p02() -> bytes:
    body = t("""
        Estimada Sra. Domínguez:

        Gracias por su interés en el puesto de Técnico/a de Operaciones Portuarias. Tras revisar su
        candidatura, le confirmo la entrevista para el martes que viene a las 10:00 en nuestras
        oficinas del muelle de Tablada (edificio de Estibas, 1ª planta). La reunión durará una hora
        aproximadamente y estará también presente D. Rafael Mora, responsable de la terminal de
        contenedores.

        Le ruego que traiga consigo su DNI para el control de acceso al recinto portuario. El
        aparcamiento de visitas está junto a la garita 2.

        Si le surgiera algún inconveniente, le agradecería que me lo comunicara a este mismo correo o
        al 954 000 417.

        Reciba un cordial saludo,

        José Manuel Ruiz Caballero
        Jefe de Operaciones
        Estibas y Tráficos del Guadalquivir, S.L.
        Muelle de Tablada s/n - 41011 Sevilla
        """)
    h = hdr(addr("José Manuel Ruiz Caballero", "jmruiz@estibasguadalquivir.es", "iso-8859-1"),
            "Entrevista - puesto Técnico/a de Operaciones Portuarias", "2026-10-22 13:05:41", MAD,
            "<000c01dc4a21$7f3e2a10$7dba7e30$@estibasguadalquivir.es>",
            host="smtp.estibasguadalquivir.es", ip="212.170.44.81", sid="4Rm8vX3kQpz1",
            charset="iso-8859-1",
            extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")))
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(3), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-01 12:30", MAD), end=utc("2026-10-01 13:15", MAD),
      contact="marta.quesada@cruceroscostadelsol.es", company="Cruceros Costa del Sol",
      local="Thu 2026-10-01 12:30", local_end="2026-10-01 13:15", zone=MAD,
      note="Personio, solo HTML en base64; Reply-To humano (la reclutadora). 'jueves, 1 de octubre de "
           "2026, 12:30 - 13:15 (CEST)' = 10:30-11:15Z.")
def p03() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Invitación a entrevista</title></head>
        <body style="margin:0;background:#f4f5f7;font-family:'Helvetica Neue',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#ffffff;margin:24px 0;padding:32px">
        <tr><td><img src="https://cruceroscostadelsol.jobs.personio.es/logo.png" alt="Cruceros Costa del Sol" height="40"></td></tr>
        <tr><td style="font-size:15px;color:#1f2a37;line-height:1.5">
        <p>Hola Irene:</p>
        <p>¡Gracias por tu candidatura para <b>Analista de Operaciones de Terminal (Málaga)</b>! Nos alegra invitarte a una entrevista con nuestro equipo.</p>
        <table cellpadding="6" style="background:#f0f4ff;border-radius:6px;width:100%">
        <tr><td width="110"><b>Fecha</b></td><td>jueves, 1 de octubre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>12:30 - 13:15 (CEST)</td></tr>
        <tr><td><b>Lugar</b></td><td>Google Meet &ndash; <a href="https://meet.google.com/vrk-ouzd-pmt">meet.google.com/vrk-ouzd-pmt</a></td></tr>
        <tr><td><b>Participantes</b></td><td>Marta Quesada (Talent Acquisition), Héctor Lupión (Jefe de Terminal)</td></tr>
        </table>
        <p>Si necesitas cambiar la cita, responde a este correo y lo vemos.</p>
        <p>Un saludo,<br>Marta Quesada<br>Cruceros Costa del Sol S.L.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a94a6;padding-top:24px">Este correo se ha enviado a través de Personio en nombre de Cruceros Costa del Sol S.L. · <a href="https://cruceroscostadelsol.jobs.personio.es/privacy">Política de privacidad</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    h = hdr("Cruceros Costa del Sol <noreply@mail.personio.de>",
            "Invitación a entrevista – Analista de Operaciones de Terminal (Málaga)",
            "2026-09-25 09:40:12", MAD, "<0102019a7c4e8e1b-3f1d9a77-personio@eu-central-1.amazonses.com>",
            host="a7-19.smtp-out.eu-central-1.amazonses.com", ip="69.169.224.19", sid="4Rd2Wm7c1Lz9",
            rp="0102019a7c4e8e1b@eu-central-1.amazonses.com",
            extra=(("Reply-To", addr("Marta Quesada", "marta.quesada@cruceroscostadelsol.es")),
                   ("X-Personio-Company", "98113")))
    return message(h, html(page, cte="base64"))


@mail(n(4), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", "Europe/Amsterdam"), end=utc("2026-10-26 10:00", "Europe/Amsterdam"),
      contact="sanne.dewit@maasdl.com", company="Maasvlakte Digital Logistics",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone="Europe/Amsterdam",
      note="Workday from a system mailbox; coordinator address only in the body. Sent Fri 23 Oct in "
           "CEST; 'Monday, October 26, 9:00 AM - 10:00 AM (CET)' is after the 25 Oct switch, "
           "UTC+1 -> 08:00-09:00Z.")
def p04() -> bytes:
    body = t("""
        Dear Irene Domínguez,

        We are pleased to confirm your interview for the position below.

        Job Requisition: R-10442 Operations Data Analyst (Remote, Spain)
        Interview Type: Video Interview (Microsoft Teams)
        Date: Monday, October 26, 2026
        Time: 9:00 AM - 10:00 AM (CET) Central European Time
        Interviewers: Pieter van Rijn (Manager Terminal Planning), Sanne de Wit (Recruitment Coordinator)

        Please note that clocks in Central Europe go back one hour in the night of Saturday to
        Sunday 25 October; the time above is already the winter time.

        A Teams link will be sent in a separate calendar invitation. If you have any questions,
        please contact Sanne de Wit at sanne.dewit@maasdl.com.

        You can view the status of your application in Candidate Home:
        https://wd3.myworkdaysite.com/recruiting/maasdl/External/userHome

        Kind regards,
        Talent Acquisition
        Maasvlakte Digital Logistics B.V.

        This is an automatically generated message. Please do not reply.
        """)
    page = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    h = hdr("Maasvlakte Digital Logistics <maasdl@myworkday.com>",
            "Interview Scheduled - R-10442 Operations Data Analyst", "2026-10-23 16:20:55",
            "Europe/Amsterdam", "<1718266342.88121.1792765255037@wd3-prod-mailer14.myworkday.com>",
            host="wd3-mta02.myworkday.com", ip="216.23.157.42", sid="4Ry7Lk2VbNz6",
            rp="bounce-maasdl@myworkday.com")
    return message(h, alt(text(body, cte="quoted-printable"), html(page)))


@mail(n(5), family="exchange", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-12 11:00", MAD), end=utc("2026-11-12 12:00", MAD),
      contact="rocio.marquez@intermodalhispalense.es", company="Intermodal Hispalense",
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00", zone=MAD,
      note="Convocatoria de Outlook/Exchange con Teams: la hora solo está en el ICS (TZID Romance "
           "Standard Time = Europe/Paris, mismo horario que Madrid), 11:00-12:00 CET = 10:00-11:00Z; "
           "el texto solo dice 'el jueves'. Contacto = ORGANIZER/remitente.")
def p05() -> bytes:
    body = t("""
        Hola Irene:

        Te envío la convocatoria para la entrevista con Dirección de Operaciones (Fernando Alcaide y
        yo). La hacemos por Teams; si prefieres venir a la oficina de la ZAL, dímelo antes del
        jueves y cambio la sala.

        Cualquier cosa me dices.
        Rocío

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, una aplicación móvil o un dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NjA5YjgtNjQ4Mi00ZTRj%40thread.v2/0?context=%7b%22Tid%22%3a%22a1f0%22%7d>
        Id. de reunión: 341 882 907 615
        Código de acceso: Xq7bN3
        Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="ES" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Hola Irene:</p>
        <p class="MsoNormal">Te envío la convocatoria para la entrevista con Dirección de Operaciones (Fernando Alcaide y yo). La hacemos por Teams; si prefieres venir a la oficina de la ZAL, dímelo antes del jueves y cambio la sala.</p>
        <p class="MsoNormal">Cualquier cosa me dices.<br>Rocío</p>
        <div style="max-width:520px"><p>________________________________________________________________________________</p>
        <p><span style="font-size:18pt;font-family:'Segoe UI'">Reunión de Microsoft Teams</span></p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ4NjA5YjgtNjQ4Mi00ZTRj%40thread.v2/0?context=%7b%22Tid%22%3a%22a1f0%22%7d">Haga clic aquí para unirse a la reunión</a></p>
        <p>Id. de reunión: 341 882 907 615<br>Código de acceso: Xq7bN3</p>
        <p>________________________________________________________________________________</p></div>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rocío Márquez Vela:mailto:rocio.marquez@intermodalhispalense.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.dominguez@example.org:mailto:irene.dominguez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernando Alcaide:mailto:fernando.alcaide@intermodalhispalense.es
        DESCRIPTION;LANGUAGE=es-ES:Hola Irene:\\n\\nTe envío la convocatoria para la entrevista con Dirección de Operaciones.\\n
        UID:040000008200E00074C5B7101A82E008000000002F7C1AD3A46FDC01000000000000000010000000B51F7B53C6E0A44B9E0D3D2F6B8E7A11
        SUMMARY;LANGUAGE=es-ES:Entrevista Analista de Operaciones - Irene Domínguez
        DTSTART;TZID=Romance Standard Time:20261112T110000
        DTEND;TZID=Romance Standard Time:20261112T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261109T163204Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121548003
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
    h = hdr(addr("Rocío Márquez Vela", "rocio.marquez@intermodalhispalense.es"),
            "Entrevista Analista de Operaciones - Irene Domínguez", "2026-11-09 17:32:04", MAD,
            "<DB9PR02MB7321A6F14C2E0B9E1D5B3F7AC93A2@DB9PR02MB7321.eurprd02.prod.outlook.com>",
            host="EUR02-DB5-obe.outbound.protection.outlook.com", ip="40.107.8.93", sid="4Rr0Sd8hHcz4",
            extra=(("Thread-Topic", enc("Entrevista Analista de Operaciones - Irene Domínguez")),
                   ("Thread-Index", "AdxS1m7Qe3bH0xk2T1eY9z8vK4cW0g=="),
                   ("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES"),
                   ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                   ("X-MS-Exchange-Organization-SCL", "1")))
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 15:00", MAD), end=utc("2026-11-04 15:30", MAD),
      contact="oliver.pryce@thamesbridge.co.uk", company="Thamesbridge Freight Analytics",
      local="Wed 2026-11-04 15:00", local_end="2026-11-04 15:30", zone=MAD,
      note="Calendly invitee confirmation shown in the invitee's zone: 15:00-15:30 Central European "
           "Time (the host in London sees 14:00 GMT) = 14:00-14:30Z; ICS in UTC; contact = Reply-To host.")
def p06() -> bytes:
    body = t("""
        Hi Irene Domínguez,

        A new event has been scheduled.

        Event Type:
        Senior Port Data Analyst - Recruiter Screen

        Event Date/Time:
        15:00 - 15:30 (Central European Time) on Wednesday, 4 November 2026

        Invitee Time Zone:
        Central European Time

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/kqe-trwx-hfa

        Host:
        Oliver Pryce (oliver.pryce@thamesbridge.co.uk)

        Questions:
        Anything you'd like us to know before the call?
        Currently based in Cádiz; open to remote work with occasional travel.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1e5a0b-4a5d-4e4e-9d1f-2b7d3c9a8e11
        Reschedule: https://calendly.com/reschedulings/7c1e5a0b-4a5d-4e4e-9d1f-2b7d3c9a8e11

        Powered by Calendly.com
        """)
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\"><table width=\"100%\"><tr><td>"
            + "".join(f"<div style=\"margin:0 0 6px\">{x}</div>" if x else "<br>"
                      for x in body.replace("&", "&amp;").split("\n"))
            + "</td></tr></table></body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7c1e5a0b-4a5d-4e4e-9d1f-2b7d3c9a8e11@calendly.com
        DTSTAMP:20261102T091243Z
        DTSTART:20261104T140000Z
        DTEND:20261104T143000Z
        SUMMARY:Irene Domínguez and Oliver Pryce
        ORGANIZER;CN=Oliver Pryce:mailto:oliver.pryce@thamesbridge.co.uk
        ATTENDEE;CN=Irene Domínguez;RSVP=TRUE:mailto:irene.dominguez@example.org
        LOCATION:https://meet.google.com/kqe-trwx-hfa
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr("Calendly <notifications@calendly.com>",
            "New Event: Irene Domínguez - 15:00 Wed, 4 Nov 2026 - Senior Port Data Analyst - Recruiter Screen",
            "2026-11-02 10:12:43", MAD, "<6g3nZqJ0T8y-9xQ2mA@geopod-ismtpd-12>",
            host="o1.ptr4421.calendly.com", ip="149.72.174.31", sid="4Rp2Bf1tJkz2",
            rp="bounces+1783221-a7e2@em.calendly.com",
            extra=(("Reply-To", addr("Oliver Pryce", "oliver.pryce@thamesbridge.co.uk")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(7), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-25 09:30", MAD), end=utc("2026-11-25 10:15", MAD),
      contact="alba.gomez@hvonubense.es", company="Hidrógeno Verde Onubense",
      local="Wed 2026-11-25 09:30", local_end="2026-11-25 10:15", zone=MAD,
      note="Teamtailor: From no-reply y Reply-To es un relé de Teamtailor; contacto = dirección de la "
           "reclutadora en la firma. 'miércoles 25 de noviembre, 09:30 - 10:15 (hora de Madrid)' CET "
           "= 08:30-09:15Z.")
def p07() -> bytes:
    body = t("""
        Hola Irene,

        ¡Gracias por reservar tu entrevista para el puesto de Analista de Logística Portuaria en Huelva!

        Miércoles 25 de noviembre de 2026
        09:30 - 10:15 (hora de Madrid)
        Lugar: Muelle de Levante, Edificio Onubense H2, 2ª planta, Huelva

        Te recibirán Alba Gómez (Talent Acquisition) y Ramón Bermejo (Jefe de Planta de Expedición).

        ¿Alguna duda? Escríbeme a alba.gomez@hvonubense.es o llámame al 959 000 233.

        Un saludo,
        Alba Gómez
        Talent Acquisition · Hidrógeno Verde Onubense

        --
        Enviado con Teamtailor · Gestiona tus datos: https://hvonubense.teamtailor.com/connect/privacy
        """)
    page = t("""
        <html><body style="background:#fafafa;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;border-radius:8px">
        <p>Hola Irene,</p>
        <p>¡Gracias por reservar tu entrevista para el puesto de <strong>Analista de Logística Portuaria</strong> en Huelva!</p>
        <div style="border:1px solid #e5e5e5;border-radius:6px;padding:14px">
        <div style="font-size:17px;font-weight:600">Miércoles 25 de noviembre de 2026</div>
        <div>09:30 - 10:15 (hora de Madrid)</div>
        <div style="color:#666">Muelle de Levante, Edificio Onubense H2, 2ª planta, Huelva</div>
        </div>
        <p>Te recibirán Alba Gómez (Talent Acquisition) y Ramón Bermejo (Jefe de Planta de Expedición).</p>
        <p>¿Alguna duda? Escríbeme a <a href="mailto:alba.gomez@hvonubense.es">alba.gomez@hvonubense.es</a> o llámame al 959 000 233.</p>
        <p>Un saludo,<br>Alba Gómez<br>Talent Acquisition · Hidrógeno Verde Onubense</p>
        <p style="font-size:11px;color:#999">Enviado con Teamtailor</p>
        </div></body></html>
        """)
    h = hdr(addr("Hidrógeno Verde Onubense", "no-reply@teamtailor-mail.com"),
            "Entrevista confirmada: Analista de Logística Portuaria", "2026-11-17 12:04:31", MAD,
            "<5f3a9c1e2b7d4_8e2a1c3f7b92@teamtailor-mail.com>",
            host="mail-2.teamtailor-mail.com", ip="198.2.133.76", sid="4Rw5Hn3yTqz8",
            extra=(("Reply-To", "reply+b7e1d04c9a3f@teamtailor-mail.com"),
                   ("List-Unsubscribe", "<https://hvonubense.teamtailor.com/connect/unsubscribe/9b1e>")))
    return message(h, alt(text(body), html(page)))


@mail(n(8), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-09 10:00", MAD), end=utc("2026-12-09 11:00", MAD),
      contact="pilar.nunez@bahiareefer.com", company="Bahía Reefer Logistics",
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:00", zone=MAD,
      note="Invitación de Google Calendar en español: 'mié 9 dic 2026 10:00 - 11:00 (CET)' = "
           "09:00-10:00Z; ICS con TZID Europe/Madrid; contacto = ORGANIZER.")
def p08() -> bytes:
    body = t("""
        Pilar Núñez te ha invitado a un evento.

        Entrevista Irene Domínguez / Analista de Operaciones (Algeciras)
        mié 9 dic 2026 10:00 - 11:00 (CET)
        Bahía Reefer Logistics - Oficinas Muelle Juan Carlos I, Algeciras

        Irene, te esperamos en recepción. Estaremos Pilar (RR. HH.) y Tomás Carrasco (Jefe de Frío).

        Invitados
        Pilar Núñez - organizador
        tomas.carrasco@bahiareefer.com
        irene.dominguez@example.org

        Ver todos los detalles del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=NXZ0a2E4

        ¿Asistirás?
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&rst=1&eid=NXZ0a2E4
        No: https://calendar.google.com/calendar/event?action=RESPOND&rst=2&eid=NXZ0a2E4
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&rst=3&eid=NXZ0a2E4

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres invitado a este evento. Para dejar de recibir
        actualizaciones, rechaza el evento o reenvía esta invitación.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Arial,sans-serif">
        <div style="font-size:14px">Pilar Núñez te ha invitado a un evento.</div>
        <h2 style="font-weight:400">Entrevista Irene Domínguez / Analista de Operaciones (Algeciras)</h2>
        <table><tr><td style="color:#70757a">Cuándo</td><td>mié 9 dic 2026 10:00 – 11:00 (hora estándar de Europa central - Madrid)</td></tr>
        <tr><td style="color:#70757a">Dónde</td><td>Bahía Reefer Logistics - Oficinas Muelle Juan Carlos I, Algeciras</td></tr>
        <tr><td style="color:#70757a">Invitados</td><td>Pilar Núñez - organizador<br>tomas.carrasco@bahiareefer.com<br>irene.dominguez@example.org</td></tr></table>
        <p>Irene, te esperamos en recepción. Estaremos Pilar (RR. HH.) y Tomás Carrasco (Jefe de Frío).</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261209T100000
        DTEND;TZID=Europe/Madrid:20261209T110000
        DTSTAMP:20261201T174512Z
        ORGANIZER;CN=Pilar Núñez:mailto:pilar.nunez@bahiareefer.com
        UID:5vtka8g1o3q2m0e7r9bb1c2d4f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Pilar Núñez;X-NUM-GUESTS=0:mailto:pilar.nunez@bahiareefer.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.dominguez@example.org;X-NUM-GUESTS=0:mailto:irene.dominguez@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tomas.carrasco@bahiareefer.com;X-NUM-GUESTS=0:mailto:tomas.carrasco@bahiareefer.com
        CREATED:20261201T174430Z
        DESCRIPTION:Irene\\, te esperamos en recepción. Estaremos Pilar (RR. HH.) y Tomás Carrasco (Jefe de Frío).
        LAST-MODIFIED:20261201T174511Z
        LOCATION:Bahía Reefer Logistics - Oficinas Muelle Juan Carlos I\\, Algeciras
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Irene Domínguez / Analista de Operaciones (Algeciras)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    subject = ("Invitación: Entrevista Irene Domínguez / Analista de Operaciones (Algeciras) @ "
               "mié 9 dic 2026 10:00 - 11:00 (CET) (irene.dominguez@example.org)")
    h = hdr(addr("Pilar Núñez", "pilar.nunez@bahiareefer.com"), subject, "2026-12-01 18:45:12", MAD,
            "<calendar-9f0e2c11-4d7b-4b1a-8a3e-61c0d2b7e5aa@google.com>",
            host="mail-sor-f73.google.com", ip="209.85.220.73", sid="4S0cGv6NfRz5",
            rp="3QP8oZwkMB0kqr1ohpc-hlurlhqf.dpxsolv.frp@calendar-server.bounces.google.com",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Reply-To", addr("Pilar Núñez", "pilar.nunez@bahiareefer.com"))))
    return message(h, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(9), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-25 17:00", MAD), end=None,
      contact="curro.aragon@remolcadoresestrecho.es", company="Remolcadores del Estrecho",
      local="Fri 2026-09-25 17:00", zone=MAD,
      note="Respuesta desde el móvil, tú: 'el viernes a las cinco de la tarde' desde el Date mié 23 "
           "sep 2026 21:47 CEST = vie 25 sep 17:00 CEST (UTC+2) = 15:00Z; sin duración -> end null.")
def p09() -> bytes:
    body = t("""
        Perfecto Irene, pues el viernes a las cinco de la tarde en la oficina de la explanada de Isla Verde. Pregunta por mí en recepción, que te dejo el pase hecho. Estará también Maribel, la de planificación.

        Un saludo

        Curro

        Enviado desde mi iPhone

        > El 23 sept 2026, a las 20:58, Irene Domínguez <irene.dominguez@example.org> escribió:
        >
        > Hola Curro,
        >
        > Gracias por la llamada de esta mañana. El viernes por la tarde me viene bien para la entrevista, ¿a qué hora te cuadra?
        >
        > Un saludo,
        > Irene
        """)
    h = hdr(addr("Curro Aragón", "curro.aragon@remolcadoresestrecho.es"),
            "Re: Entrevista puesto analista de operaciones", "2026-09-23 21:47:19", MAD,
            "<4E0B2C9A-71D3-4F7C-9A3B-8C2D1E6F0A57@remolcadoresestrecho.es>",
            host="smtp-relay.remolcadoresestrecho.es", ip="91.126.40.12", sid="4Rn3Kd0ZbWz7",
            extra=(("In-Reply-To", "<CAJq3u9bT1oR4w@mail.example.org>"),
                   ("References", "<CAJq3u9bT1oR4w@mail.example.org>"),
                   ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(h, text(body, params="format=flowed"))


@mail(n(10), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 09:00", "Pacific/Auckland"), end=utc("2026-12-01 09:45", "Pacific/Auckland"),
      contact="aroha.whitmore@harbourlink.co.nz", company="Harbourlink Systems",
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 09:45", zone="Pacific/Auckland",
      note="Ashby, remote team in Auckland: 'Tuesday, December 1, 9:00-9:45 AM NZDT' (UTC+13) = "
           "Mon 30 Nov 20:00-20:45Z (21:00 in Madrid, also stated): the local date is the day before "
           "in UTC. ICS TZID Pacific/Auckland. Contact = Reply-To recruiter.")
def p10() -> bytes:
    body = t("""
        Hi Irene,

        You're all set! Here are the details of your upcoming interview with Harbourlink Systems.

        Role: Terminal Optimisation Analyst (Remote - EMEA)
        When: Tuesday, December 1, 2026, 9:00 AM - 9:45 AM NZDT
              (Monday, November 30, 9:00 PM - 9:45 PM in your time zone, Europe/Madrid)
        Where: Zoom - https://harbourlink.zoom.us/j/86120047713

        Interviewers:
          Tane Parata - Head of Berth Planning
          Aroha Whitmore - Talent Lead

        Questions? Just reply and it will reach Aroha Whitmore.

        Ngā mihi,
        Harbourlink Systems Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Irene,</p>
        <p>You&#x27;re all set! Here are the details of your upcoming interview with Harbourlink Systems.</p>
        <p><b>Terminal Optimisation Analyst (Remote - EMEA)</b></p>
        <p>Tuesday, December 1, 2026, 9:00 AM &ndash; 9:45 AM NZDT<br>
        <span style="color:#666">Monday, November 30, 9:00 PM &ndash; 9:45 PM in your time zone (Europe/Madrid)</span><br>
        Zoom &ndash; <a href="https://harbourlink.zoom.us/j/86120047713">https://harbourlink.zoom.us/j/86120047713</a></p>
        <p>Interviewers:<br>Tane Parata &mdash; Head of Berth Planning<br>Aroha Whitmore &mdash; Talent Lead</p>
        <p>Questions? Just reply and it will reach Aroha Whitmore.</p>
        <p>Ngā mihi,<br>Harbourlink Systems Recruiting</p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:3b9d12e4-5c1a-4e8e-a0f2-77d1c6b9e2a0
        DTSTAMP:20261125T091004Z
        DTSTART;TZID=Pacific/Auckland:20261201T090000
        DTEND;TZID=Pacific/Auckland:20261201T094500
        SEQUENCE:0
        SUMMARY:Harbourlink Systems - Terminal Optimisation Analyst Interview
        LOCATION:https://harbourlink.zoom.us/j/86120047713
        ORGANIZER;CN=Aroha Whitmore:mailto:aroha.whitmore@harbourlink.co.nz
        ATTENDEE;CN=Irene Domínguez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.dominguez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    h = hdr("Harbourlink Systems <no-reply@ashbyhq.com>",
            "Interview confirmed: Terminal Optimisation Analyst at Harbourlink Systems",
            "2026-11-25 09:10:04", "UTC",
            "<010001937fd2a6c1-2f7e0b3d-91aa-4c1d-b6f3-0e2d7a9c5b11-000000@email.amazonses.com>",
            host="a48-112.smtp-out.amazonses.com", ip="54.240.48.112", sid="4S4pQx9LcGz0",
            extra=(("Reply-To", addr("Aroha Whitmore", "aroha.whitmore@harbourlink.co.nz")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(11), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-29 14:30", "Europe/Amsterdam"), end=utc("2026-10-29 15:30", "Europe/Amsterdam"),
      contact="sanne.dewit@maasdl.com", company="Maasvlakte Digital Logistics",
      local="Thu 2026-10-29 14:30", local_end="2026-10-29 15:30", zone="Europe/Amsterdam",
      note="Recruiter reschedule (thread with the Workday confirmation): this morning's 9:00 moved to "
           "'Thursday 29 October, 14:30-15:30 CET' = 13:30-14:30Z. Old time also stated.")
def p11() -> bytes:
    body = t("""
        Hi Irene,

        I'm sorry for the short notice - Pieter called in sick this morning, so we can't do today's
        9:00 interview. I have moved it to Thursday 29 October, 14:30-15:30 CET, same Teams link and
        same panel (Pieter and me). Workday will send you an updated notification in a moment.

        If Thursday afternoon really doesn't work for you, just reply and we'll find something else,
        but I hope it does!

        Apologies again,

        Sanne de Wit
        Recruitment Coordinator | Maasvlakte Digital Logistics B.V.
        Europaweg 912, 3199 LC Maasvlakte Rotterdam
        +31 10 000 4471
        """)
    page = t("""
        <html><head><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Irene,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">I&#8217;m sorry for the short notice &#8211; Pieter called in sick this morning, so we can&#8217;t do today&#8217;s 9:00 interview. I have moved it to <b>Thursday 29 October, 14:30-15:30 CET</b>, same Teams link and same panel (Pieter and me). Workday will send you an updated notification in a moment.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">If Thursday afternoon really doesn&#8217;t work for you, just reply and we&#8217;ll find something else, but I hope it does!</p>
        <p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Apologies again,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal"><b>Sanne de Wit</b><br>Recruitment Coordinator | Maasvlakte Digital Logistics B.V.<br>Europaweg 912, 3199 LC Maasvlakte Rotterdam<br>+31 10 000 4471</p>
        </div></body></html>
        """)
    h = hdr(addr("Sanne de Wit", "sanne.dewit@maasdl.com"),
            "Your interview today - new time Thursday 29 Oct", "2026-10-26 07:40:18", "Europe/Amsterdam",
            "<AM9PR04MB8211F0C3A2B5E71D09C4E8B1D8C12@AM9PR04MB8211.eurprd04.prod.outlook.com>",
            host="EUR04-VI1-obe.outbound.protection.outlook.com", ip="40.107.7.55", sid="4Ry9Qc5MmTz2",
            extra=(("Thread-Topic", "Your interview today - new time Thursday 29 Oct"),
                   ("Thread-Index", "AdxlK2mZp3c1dRk4QxG7Lh2vYw9eNA=="),
                   ("Content-Language", "en-GB")))
    return message(h, alt(text(body), html(page)))


@mail(n(12), family="workable", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-16 16:00", MAD), end=utc("2026-11-16 16:30", MAD),
      contact="andres.vidal@friosur.es", company="Frío Industrial del Sur",
      local="Mon 2026-11-16 16:00", local_end="2026-11-16 16:30", zone=MAD,
      note="Workable, reprogramación con fecha anterior (vie 13 nov 12:00) y nueva (lun 16 nov "
           "16:00-16:30 CET = 15:00-15:30Z). Reply-To es un relé +…@workablemail.com -> contacto = "
           "el entrevistador cuya dirección figura en el cuerpo. ICS en UTC con SEQUENCE:1.")
def p12() -> bytes:
    body = t("""
        Hola Irene,

        Tu entrevista para el puesto de Coordinador/a de Operaciones Portuarias en Frío Industrial del
        Sur ha sido reprogramada.

        NUEVA FECHA
        lunes, 16 de noviembre de 2026
        16:00 - 16:30 CET (Europe/Madrid)
        Videollamada: https://meet.google.com/ghy-bnqe-zpw

        Fecha anterior (cancelada): viernes, 13 de noviembre de 2026, 12:00 CET

        Entrevistador: Andrés Vidal, Jefe de Almacén Frigorífico (andres.vidal@friosur.es)

        Si la nueva hora no te viene bien, responde a este mensaje.

        Saludos,
        El equipo de selección de Frío Industrial del Sur

        --
        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;color:#222">
        <p>Hola Irene,</p>
        <p>Tu entrevista para el puesto de <b>Coordinador/a de Operaciones Portuarias</b> en Frío Industrial del Sur ha sido reprogramada.</p>
        <div style="border-left:4px solid #00756a;padding:8px 14px;background:#f3faf9">
        <div style="font-size:12px;color:#00756a;letter-spacing:1px">NUEVA FECHA</div>
        <div style="font-size:16px"><b>lunes, 16 de noviembre de 2026</b></div>
        <div>16:00 - 16:30 CET (Europe/Madrid)</div>
        <div><a href="https://meet.google.com/ghy-bnqe-zpw">Unirse a la videollamada</a></div></div>
        <p style="color:#888"><s>viernes, 13 de noviembre de 2026, 12:00 CET</s></p>
        <p>Entrevistador: Andrés Vidal, Jefe de Almacén Frigorífico (<a href="mailto:andres.vidal@friosur.es">andres.vidal@friosur.es</a>)</p>
        <p>Si la nueva hora no te viene bien, responde a este mensaje.</p>
        <p>Saludos,<br>El equipo de selección de Frío Industrial del Sur</p>
        <p style="font-size:11px;color:#aaa">Powered by Workable</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workable//Workable Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wk-ev-5e0a7c91d3@workable.com
        DTSTAMP:20261111T092511Z
        DTSTART:20261116T150000Z
        DTEND:20261116T153000Z
        SEQUENCE:1
        SUMMARY:Entrevista: Irene Domínguez - Coordinador/a de Operaciones Portuarias
        LOCATION:https://meet.google.com/ghy-bnqe-zpw
        ORGANIZER;CN=Frío Industrial del Sur:mailto:frio-industrial-del-sur+a7c3e1@candidates.workablemail.com
        ATTENDEE;CN=Irene Domínguez;RSVP=TRUE:mailto:irene.dominguez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Frío Industrial del Sur", "noreply@candidates.workablemail.com"),
            "Tu entrevista con Frío Industrial del Sur ha sido reprogramada", "2026-11-11 10:25:11", MAD,
            "<wk.3c8e1f2a90b6.1f7d@candidates.workablemail.com>",
            host="mail-out3.workablemail.com", ip="52.17.98.201", sid="4S2dYt7VfKz3",
            extra=(("Reply-To", "frio-industrial-del-sur+a7c3e1@candidates.workablemail.com"),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="quoted-printable", filename="entrevista.ics",
                                     disposition="attachment")))


@mail(n(13), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-03 17:00", MAD), end=utc("2026-12-03 18:00", MAD),
      contact="manuel.orta@odielbulk.es", company="Odiel Bulk Terminal",
      local="Thu 2026-12-03 17:00", local_end="2026-12-03 18:00", zone=MAD,
      note="Google Calendar 'Invitación actualizada': de mar 1 dic 12:00 a jue 3 dic 17:00-18:00 CET "
           "= 16:00-17:00Z; ICS SEQUENCE:1; contacto = ORGANIZER.")
def p13() -> bytes:
    body = t("""
        Este evento se ha modificado.

        Entrevista técnica - Analista de Operaciones (Odiel Bulk Terminal)
        Cuándo
        Modificado: jue 3 dic 2026 17:00 – 18:00 (hora estándar de Europa central - Madrid)
        Antes: mar 1 dic 2026 12:00 – 13:00 (hora estándar de Europa central - Madrid)

        Nota de Manuel Orta:
        Perdona el cambio, Irene: el martes tenemos inspección de Capitanía y no me da la vida. El jueves por la tarde estamos más tranquilos.

        Unirse con Google Meet
        https://meet.google.com/xpa-mvhd-qro

        Invitados
        Manuel Orta - organizador
        Yolanda Cordero
        irene.dominguez@example.org

        Invitación de Google Calendar
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
        <div style="color:#d93025">Este evento se ha modificado.</div>
        <h2 style="font-weight:400">Entrevista técnica - Analista de Operaciones (Odiel Bulk Terminal)</h2>
        <div><b>Modificado:</b> jue 3 dic 2026 17:00 – 18:00 (hora estándar de Europa central - Madrid)</div>
        <div style="color:#70757a"><s>mar 1 dic 2026 12:00 – 13:00</s></div>
        <p><b>Nota de Manuel Orta:</b><br>Perdona el cambio, Irene: el martes tenemos inspección de Capitanía y no me da la vida. El jueves por la tarde estamos más tranquilos.</p>
        <p><a href="https://meet.google.com/xpa-mvhd-qro">Unirse con Google Meet</a></p>
        <div>Invitados<br>Manuel Orta - organizador<br>Yolanda Cordero<br>irene.dominguez@example.org</div>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261203T170000
        DTEND;TZID=Europe/Madrid:20261203T180000
        DTSTAMP:20261128T090218Z
        ORGANIZER;CN=Manuel Orta:mailto:manuel.orta@odielbulk.es
        UID:1q7vd3hk0c8m2r5p9s4e6g0b2a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Manuel Orta;X-NUM-GUESTS=0:mailto:manuel.orta@odielbulk.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yolanda Cordero;X-NUM-GUESTS=0:mailto:yolanda.cordero@odielbulk.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=irene.dominguez@example.org;X-NUM-GUESTS=0:mailto:irene.dominguez@example.org
        CREATED:20261120T111502Z
        LAST-MODIFIED:20261128T090217Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica - Analista de Operaciones (Odiel Bulk Terminal)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    subject = ("Invitación actualizada: Entrevista técnica - Analista de Operaciones (Odiel Bulk "
               "Terminal) @ jue 3 dic 2026 17:00 - 18:00 (CET) (irene.dominguez@example.org)")
    h = hdr(addr("Manuel Orta", "manuel.orta@odielbulk.es"), subject, "2026-11-28 10:02:18", MAD,
            "<calendar-2b71e0f4-9d3c-4a8e-b5f1-0c6a3e7d9b22@google.com>",
            host="mail-sor-f69.google.com", ip="209.85.220.69", sid="4S5fJr2WnHz9",
            rp="3aq9oZwkMB0wtu3qjse-jmxwtjsh.frzqnrx.htr@calendar-server.bounces.google.com",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                   ("Reply-To", addr("Manuel Orta", "manuel.orta@odielbulk.es"))))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64"),
                                calendar(ics, cte="base64")),
                            calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@mail(n(14), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-19 12:30", MAD), end=None,
      contact="laura.cabrera@tartessoslogistica.com", company="Grupo Logístico Tartessos",
      local="Thu 2026-11-19 12:30", zone=MAD,
      note="Hilo de Gmail, tú: la entrevista del martes 17 a las 10:00 pasa al 'jueves 19/11 a las "
           "12:30' (CET, UTC+1) = 11:30Z; la candidata aceptó en el hilo y la reclutadora lo cierra. "
           "Sin duración -> end null.")
def p14() -> bytes:
    body = t("""
        Genial Irene, pues cambiado: jueves 19/11 a las 12:30 en vez del martes. Misma dirección (Polígono Tartessos, nave 14, Huelva). Te mando ahora la invitación nueva al calendario.

        Un abrazo y gracias por la flexibilidad!
        Laura

        El lun, 16 nov 2026 a las 18:52, Irene Domínguez (<irene.dominguez@example.org>) escribió:
        > Hola Laura,
        >
        > Sin problema. El jueves 19 a las 12:30 me va bien.
        >
        > Un saludo,
        > Irene
        >
        > El lun, 16 nov 2026 a las 13:10, Laura Cabrera (<laura.cabrera@tartessoslogistica.com>) escribió:
        >> Hola Irene,
        >>
        >> Me pide Alfonso si podemos mover la entrevista del martes 17 a las 10:00, que le ha coincidido con un comité. ¿Te vendría bien el jueves 19 a las 12:30?
        >>
        >> Perdona el lío,
        >> Laura
        """)
    h = hdr(addr("Laura Cabrera", "laura.cabrera@tartessoslogistica.com"),
            "Re: Entrevista Analista de Tráfico - cambio de día", "2026-11-16 19:20:37", MAD,
            "<CAHt7k2Vq9xB0zR3mN4pL8sW6cE1uY5aD2fG7hJ0kQ@mail.gmail.com>",
            host="mail-wr1-f52.google.com", ip="209.85.221.52", sid="4S2kPw1XsBz6",
            extra=(("In-Reply-To", "<CAJq3u9dX0pM2n@mail.example.org>"),
                   ("References", "<CAHt7k2Tz1aB9c@mail.gmail.com> <CAJq3u9dX0pM2n@mail.example.org>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(15), family="exchange", lang="es", interview=True, kind="cancelled",
      start=utc("2026-10-16 09:30", MAD), end=utc("2026-10-16 10:30", MAD),
      contact="sergio.luque@tgmalaga.es", company="Terminal de Graneles de Málaga",
      local="Fri 2026-10-16 09:30", local_end="2026-10-16 10:30", zone=MAD,
      note="Cancelación de Outlook (METHOD:CANCEL, STATUS:CANCELLED), TZID 'W. Europe Standard Time' "
           "(mismo horario que Madrid): vie 16 oct 9:30-10:30 CEST = 07:30-08:30Z; proceso en "
           "suspenso, sin nueva fecha.")
def p15() -> bytes:
    body = t("""
        Irene, buenos días:

        Lamentamos tener que anular la entrevista del viernes 16 a las 9:30. Dirección ha congelado la
        contratación del puesto hasta enero por el retraso de la nueva grúa, y no queremos hacerte
        venir a Málaga sin saber cuándo podremos incorporar a nadie.

        Si el proceso se reabre te escribo yo directamente. Perdona las molestias.

        Un saludo,
        Sergio Luque
        Responsable de Personas | Terminal de Graneles de Málaga, S.A.
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sergio Luque:mailto:sergio.luque@tgmalaga.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Domínguez:mailto:irene.dominguez@example.org
        DESCRIPTION;LANGUAGE=es-ES:Irene\\, buenos días:\\n\\nLamentamos tener que anular la entrevista del viernes 16.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0E3C2F1B45ADC01000000000000000010000000E4C19B0A7D2F4E4C9C1A8B3D5E6F7081
        SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista Analista de Operaciones Portuarias
        DTSTART;TZID=W. Europe Standard Time:20261016T093000
        DTEND;TZID=W. Europe Standard Time:20261016T103000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261012T065511Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-ES:TGM - Muelle 7\\, sala Alborán
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1876402311
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Sergio Luque", "sergio.luque@tgmalaga.es"),
            "Cancelada: Entrevista Analista de Operaciones Portuarias", "2026-10-12 08:55:11", MAD,
            "<VI1PR07MB6032C8B1E49F2A0D7C3B5A19E3F41@VI1PR07MB6032.eurprd07.prod.outlook.com>",
            host="EUR05-VI1-obe.outbound.protection.outlook.com", ip="40.107.21.110", sid="4Rs1Nb4GtCz0",
            extra=(("Thread-Topic", "Entrevista Analista de Operaciones Portuarias"),
                   ("Thread-Index", "AdxcQ1b9mLwT0a3eRk2yH8Vn5gPq7w=="),
                   ("Importance", "high"), ("Content-Language", "es-ES"),
                   ("X-MS-Exchange-Organization-SCL", "1")))
    return message(h, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(16), family="lever", lang="en", interview=True, kind="cancelled",
      start=utc("2026-09-17 15:00", "Europe/Lisbon"), end=utc("2026-09-17 15:45", "Europe/Lisbon"),
      contact="ines.moura@atlanticgate.io", company="Atlantic Gate Shipping",
      local="Thu 2026-09-17 15:00", local_end="2026-09-17 15:45", zone="Europe/Lisbon",
      note="Lever cancellation (METHOD:CANCEL, TZID Europe/Lisbon): the cancelled slot 'Thursday, "
           "September 17, 3:00-3:45 PM WEST' (UTC+1) = 14:00-14:45Z (16:00 in Madrid); role put on "
           "hold, no new time. Contact = Reply-To recruiter.")
def p16() -> bytes:
    body = t("""
        Hi Irene,

        Unfortunately we need to cancel your upcoming interview:

          Port Operations Analyst - Atlantic Gate Shipping
          Thursday, September 17, 2026 at 3:00 PM - 3:45 PM WEST (Lisbon)

        The role has been put on hold while we review our 2027 headcount. We really enjoyed your
        application and will reach out if the position reopens.

        Sorry for any inconvenience,
        Inês Moura
        Talent Partner, Atlantic Gate Shipping

        Sent via Lever
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Irene,</p>
        <p>Unfortunately we need to cancel your upcoming interview:</p>
        <blockquote style="border-left:3px solid #ddd;padding-left:10px">Port Operations Analyst &ndash; Atlantic Gate Shipping<br>
        Thursday, September 17, 2026 at 3:00 PM &ndash; 3:45 PM WEST (Lisbon)</blockquote>
        <p>The role has been put on hold while we review our 2027 headcount. We really enjoyed your application and will reach out if the position reopens.</p>
        <p>Sorry for any inconvenience,<br>Inês Moura<br>Talent Partner, Atlantic Gate Shipping</p>
        <p style="color:#aaa;font-size:11px">Sent via Lever</p>
        </body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Lever//Lever Interview Scheduling//EN\n"
           "METHOD:CANCEL\n" + LISBON_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-iv-0f7b2e61-c3d8-4a19-9e57-1b6a8c2d4e90
        DTSTAMP:20260914T121208Z
        DTSTART;TZID=Europe/Lisbon:20260917T150000
        DTEND;TZID=Europe/Lisbon:20260917T154500
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Irene Domínguez <> Atlantic Gate Shipping
        ORGANIZER;CN=Inês Moura:mailto:ines.moura@atlanticgate.io
        ATTENDEE;CN=Irene Domínguez:mailto:irene.dominguez@example.org
        END:VEVENT
        END:VCALENDAR
        """))
    h = hdr("Atlantic Gate Shipping <no-reply@hire.lever.co>",
            "Interview cancelled: Port Operations Analyst - Atlantic Gate Shipping",
            "2026-09-14 13:12:08", "Europe/Lisbon", "<01000191f3a7c2d8-6d1e0b94-lever-000000@email.amazonses.com>",
            host="a8-30.smtp-out.amazonses.com", ip="54.240.8.30", sid="4Rk9Fz0BqXz1",
            extra=(("Reply-To", addr("Inês Moura", "ines.moura@atlanticgate.io")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                     disposition="attachment")))


@mail(n(17), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-11 09:30", MAD), end=None,
      contact="mcvillalobos@congabu.es", company="Consignataria Gaditana de Buques",
      local="Fri 2026-12-11 09:30", zone=MAD,
      note="Prosa (windows-1252, QP): anula 'la entrevista de este viernes 11 a las 9:30' (CET) = "
           "08:30Z; promete llamar para buscar otro hueco, sin nueva hora -> cancelled.")
def p17() -> bytes:
    body = t("""
        Buenos días Irene:

        Siento escribirte con tan poco margen, pero tenemos que anular la entrevista de este viernes 11 a las 9:30. Nos entra el viernes a primera hora un buque de la naviera con la que más trabajamos y no vamos a tener ni un minuto libre en toda la mañana.

        No queremos dejarlo caer: te llamo la semana que viene y buscamos otro hueco, seguramente ya después del puente.

        Disculpa las molestias.

        Mª Carmen Villalobos
        Consignataria Gaditana de Buques, S.L. · Departamento de Administración y Personal
        Avda. del Puerto 11, 11006 Cádiz · Tel. 956 000 318
        """)
    h = hdr(addr("Mª Carmen Villalobos", "mcvillalobos@congabu.es", "windows-1252"),
            "Anulación entrevista viernes", "2026-12-07 09:15:27", MAD,
            "<002401dd6613$d1a3f020$74ebd060$@congabu.es>",
            host="mail.congabu.es", ip="79.148.22.65", sid="4S7hLm8RqDz4", charset="windows-1252",
            extra=(("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "es")))
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(18), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-20 10:30", MAD), end=utc("2026-10-20 11:15", MAD),
      contact=None, company="Estrecho Marine Services",
      local="Tue 2026-10-20 10:30", local_end="2026-10-20 11:15", zone=MAD,
      note="Microsoft Bookings desde un buzón compartido; el cuerpo muestra '(UTC+01:00) Bruselas, "
           "Copenhague, Madrid, París' aunque el 20 oct Madrid está en CEST: 10:30 CEST = 08:30Z, "
           "como confirma el ICS (Romance Standard Time). 'Duración: 45 minutos' -> end 09:15Z. Solo "
           "nombre de la entrevistadora, ninguna dirección personal -> contact null.")
def p18() -> bytes:
    body = t("""
        Estrecho Marine Services - Entrevistas

        Su reserva se ha confirmado

        Entrevista de selección - Técnico/a de Operaciones Marítimas
        martes, 20 de octubre de 2026
        10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París
        Duración: 45 minutos

        Personal: Nerea Palomo
        Ubicación: Estrecho Marine Services, Avda. Virgen del Carmen 31, 4ª planta, Algeciras

        Agregar al calendario: se adjunta una convocatoria.

        Si necesita cambiar o cancelar la reserva, use el enlace siguiente:
        Administrar reserva: https://outlook.office365.com/owa/calendar/EntrevistasEMS@estrechomarine.com/bookings/s/9QmT1xKp0aG/manage

        Estrecho Marine Services
        Avda. Virgen del Carmen 31, Algeciras
        956 000 771
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <div style="font-size:20px">Estrecho Marine Services - Entrevistas</div>
        <div style="font-size:24px;color:#107c10;margin:12px 0">Su reserva se ha confirmado</div>
        <table cellpadding="4">
        <tr><td colspan="2"><b>Entrevista de selección - Técnico/a de Operaciones Marítimas</b></td></tr>
        <tr><td>martes, 20 de octubre de 2026</td></tr>
        <tr><td>10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td>Duración: 45 minutos</td></tr>
        <tr><td>Personal: Nerea Palomo</td></tr>
        <tr><td>Ubicación: Estrecho Marine Services, Avda. Virgen del Carmen 31, 4ª planta, Algeciras</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/EntrevistasEMS@estrechomarine.com/bookings/s/9QmT1xKp0aG/manage">Administrar reserva</a></p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Estrecho Marine Services - Entrevistas:mailto:EntrevistasEMS@estrechomarine.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Domínguez:mailto:irene.dominguez@example.org
        UID:040000008200E00074C5B7101A82E00800000000B1C24D7E9A5CDC0100000000000000001000000093A0F1C2D3E4F5061728394A5B6C7D8E
        SUMMARY;LANGUAGE=es-ES:Entrevista de selección - Técnico/a de Operaciones Marítimas
        DTSTART;TZID=Romance Standard Time:20261020T103000
        DTEND;TZID=Romance Standard Time:20261020T111500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261014T140308Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Estrecho Marine Services\\, Avda. Virgen del Carmen 31\\, Algeciras
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Estrecho Marine Services - Entrevistas", "EntrevistasEMS@estrechomarine.com"),
            "Reserva confirmada: Entrevista de selección - Técnico/a de Operaciones Marítimas",
            "2026-10-14 16:03:08", MAD,
            "<PR3PR09MB5433E7A21B0C4D19F8A6C2E5B7D90@PR3PR09MB5433.eurprd09.prod.outlook.com>",
            host="EUR03-AM7-obe.outbound.protection.outlook.com", ip="40.107.105.63", sid="4Rt6Vh2CpJz7",
            extra=(("Content-Language", "es-ES"), ("X-MS-Exchange-Organization-SCL", "1")))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(19), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", "America/Chicago"), end=utc("2026-11-03 11:00", "America/Chicago"),
      contact="kayla.brooks@gulfstarbulk.com", company="Gulfstar Bulk Logistics",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/Chicago",
      note="iCIMS from a system address; recruiter address in the body. Sent Thu 29 Oct in CDT; "
           "'Tuesday, November 3, 10:00 AM Central Time', 60 minutes, is after US clocks go back on "
           "1 Nov: CST (UTC-6) -> 16:00-17:00Z (17:00 in Madrid).")
def p19() -> bytes:
    body = t("""
        Dear Irene,

        Thank you for your interest in Gulfstar Bulk Logistics. We are pleased to confirm the
        following interview for requisition 2026-4471 Terminal Performance Analyst (EMEA, remote).

        Interview Date: Tuesday, November 3, 2026
        Interview Time: 10:00 AM Central Time (CT)
        Duration: 60 minutes
        Format: Microsoft Teams (link to follow from the interviewer)
        Interviewer: Dana Whitfield, Director of Terminal Operations

        If you have any questions or need to request an accommodation, please contact Kayla Brooks,
        Talent Acquisition, at kayla.brooks@gulfstarbulk.com.

        Sincerely,
        Gulfstar Bulk Logistics Talent Acquisition

        Please do not reply to this message; this mailbox is not monitored.
        """)
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Irene,</p>
        <p>Thank you for your interest in Gulfstar Bulk Logistics. We are pleased to confirm the following interview for requisition <b>2026-4471 Terminal Performance Analyst (EMEA, remote)</b>.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Interview Date:</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Interview Time:</b></td><td>10:00 AM Central Time (CT)</td></tr>
        <tr><td><b>Duration:</b></td><td>60 minutes</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (link to follow from the interviewer)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Dana Whitfield, Director of Terminal Operations</td></tr>
        </table>
        <p>If you have any questions or need to request an accommodation, please contact Kayla Brooks, Talent Acquisition, at <a href="mailto:kayla.brooks@gulfstarbulk.com">kayla.brooks@gulfstarbulk.com</a>.</p>
        <p>Sincerely,<br>Gulfstar Bulk Logistics Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message; this mailbox is not monitored.</p>
        </body></html>
        """)
    h = hdr("Gulfstar Bulk Logistics <gulfstarbulk@talent.icims.com>",
            "Interview Confirmation - Terminal Performance Analyst (2026-4471)",
            "2026-10-29 11:05:37", "America/Chicago", "<1830551.20261029160537.icims.talent@talent.icims.com>",
            host="mta-03.talent.icims.com", ip="198.37.150.43", sid="4RzA2Mc7JdXz",
            rp="bounce+gulfstarbulk@talent.icims.com")
    return message(h, alt(text(body, cte="7bit"), html(page, cte="7bit")))


@mail(n(20), family="zoom", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-09 16:00", MAD), end=utc("2026-09-09 16:45", MAD),
      contact="javier@puertia.io", company="Puertia Tech",
      local="Wed 2026-09-09 16:00", local_end="2026-09-09 16:45", zone=MAD,
      note="Prosa con bloque de Zoom pegado: 'el miércoles 9/9 de 16:00 a 16:45' y 'Hora: 9 sept "
           "2026 04:00 p. m. Madrid' (CEST, UTC+2) = 14:00-14:45Z; 8bit utf-8.")
def p20() -> bytes:
    body = t("""
        ¡Hola Irene!

        Qué bien que te cuadre. Te confirmo la entrevista con Ana (nuestra CTO) y conmigo el miércoles
        9/9 de 16:00 a 16:45. Será una charla tranquila: te contamos el producto (planificación de
        atraques para puertos medianos), y nos cuentas tu día a día en la terminal. No hace falta que
        prepares nada.

        Te pego el enlace de Zoom:

        Javier Lozano le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Irene Domínguez - Puertia
        Hora: 9 sept 2026 04:00 p. m. Madrid

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/83371104592?pwd=c1RkTk5aVmxqM2VXQ2FKdz09

        ID de reunión: 833 7110 4592
        Código de acceso: 771045

        Un abrazo y hasta el miércoles,

        Javier Lozano
        Cofundador · Puertia Tech
        Calle Trinidad Grund 8, Málaga
        """)
    page = ("<div dir=\"ltr\" style=\"font-family:arial,sans-serif\">"
            + "\n".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in body.split("\n"))
            + "</div>\n")
    h = hdr(addr("Javier Lozano", "javier@puertia.io"), "Entrevista Puertia - miércoles 9/9",
            "2026-09-04 12:30:44", MAD, "<CAF8rM1qW3vZ0kY7pT2bN9xE4sH6dJ1cL5aG0uR@mail.gmail.com>",
            host="mail-ej1-f44.google.com", ip="209.85.218.44", sid="4RgWq3Hn8Lz5")
    return message(h, alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(n(21), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-27 10:00", "Europe/Berlin"), end=utc("2026-11-27 12:30", "Europe/Berlin"),
      contact="jana.petersen@elbkai-analytics.de", company="Elbkai Port Analytics",
      local="Fri 2026-11-27 10:00", local_end="2026-11-27 12:30", zone="Europe/Berlin",
      note="GoodTime itinerary, three sessions on Fri 27 Nov 10:00-12:30 CET (UTC+1): start = first "
           "session 09:00Z, end = last session's end 11:30Z. Contact = Reply-To coordinator.")
def p21() -> bytes:
    body = t("""
        Hi Irene,

        Your interview with Elbkai Port Analytics is confirmed. Here is your itinerary.

        Friday, November 27, 2026 (all times CET, Hamburg)

        10:00 - 10:45  Hiring Manager Interview - Henrik Sauer, Head of Yard Analytics
        11:00 - 11:45  Case Study: berth allocation - Mareike Holm, Senior Analyst
        12:00 - 12:30  Meet the Team - Olu Adebayo, Team Lead Data Platform

        All sessions take place on Google Meet; each interviewer will send you a calendar invite
        with the link.

        If anything changes on your side, reply to this email and I'll sort it out.

        Best regards,
        Jana Petersen
        Recruiting Coordinator, Elbkai Port Analytics GmbH

        Scheduled with GoodTime
        """)
    rows = "".join(
        f"<tr><td style=\"padding:6px 12px;white-space:nowrap\">{a}</td><td>{b}</td></tr>" for a, b in [
            ("10:00 &ndash; 10:45", "Hiring Manager Interview &middot; Henrik Sauer, Head of Yard Analytics"),
            ("11:00 &ndash; 11:45", "Case Study: berth allocation &middot; Mareike Holm, Senior Analyst"),
            ("12:00 &ndash; 12:30", "Meet the Team &middot; Olu Adebayo, Team Lead Data Platform")])
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">"
            "<p>Hi Irene,</p><p>Your interview with Elbkai Port Analytics is confirmed. Here is your itinerary.</p>"
            "<h3>Friday, November 27, 2026 <span style=\"font-weight:normal;color:#777\">(all times CET, Hamburg)</span></h3>"
            f"<table>{rows}</table>"
            "<p>All sessions take place on Google Meet; each interviewer will send you a calendar invite with the link.</p>"
            "<p>If anything changes on your side, reply to this email and I&#39;ll sort it out.</p>"
            "<p>Best regards,<br>Jana Petersen<br>Recruiting Coordinator, Elbkai Port Analytics GmbH</p>"
            "<p style=\"font-size:11px;color:#999\">Scheduled with GoodTime</p></body></html>\n")
    h = hdr("Elbkai Port Analytics <no-reply@goodtime.io>",
            "Your interview itinerary - Elbkai Port Analytics", "2026-11-20 15:00:26", "Europe/Berlin",
            "<gt-itin-77c0a9e3f15d@goodtime.io>",
            host="o3.mail.goodtime.io", ip="149.72.61.204", sid="4S3Tb6KyWfz1",
            extra=(("Reply-To", addr("Jana Petersen", "jana.petersen@elbkai-analytics.de")),))
    return message(h, alt(text(body), html(page)))


@mail(n(22), family="recruitee", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-14 09:00", MAD), end=utc("2026-09-14 10:00", MAD),
      contact="beatriz.solis@agroexportbetica.es", company="Agroexport Bética",
      local="Mon 2026-09-14 09:00", local_end="2026-09-14 10:00", zone=MAD,
      note="Recruitee; el ICS adjunto es un evento de día completo (VALUE=DATE 2026-09-14): la hora "
           "solo está en el texto, 'lunes 14 de septiembre, 09:00-10:00' CEST = 07:00-08:00Z. "
           "Contacto = Reply-To humano.")
def p22() -> bytes:
    body = t("""
        Hola Irene:

        ¡Buenas noticias! Queremos conocerte en persona.

        Puesto: Técnico/a de Exportación y Operaciones Portuarias
        Día: lunes, 14 de septiembre de 2026
        Hora: 09:00-10:00
        Lugar: Agroexport Bética, Muelle del Centenario, nave 3, Sevilla (entrada por la avenida de la Raza)

        Te atenderemos Beatriz Solís (Personas) y Enrique Moya (Jefe de Expediciones). Te adjuntamos
        un recordatorio para tu calendario.

        Si necesitas cambiar la cita, contesta a este correo.

        Saludos cordiales,
        Beatriz Solís
        Agroexport Bética, S.A.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hola Irene:</p>
        <p>¡Buenas noticias! Queremos conocerte en persona.</p>
        <p><b>Puesto:</b> Técnico/a de Exportación y Operaciones Portuarias<br>
        <b>Día:</b> lunes, 14 de septiembre de 2026<br>
        <b>Hora:</b> 09:00-10:00<br>
        <b>Lugar:</b> Agroexport Bética, Muelle del Centenario, nave 3, Sevilla (entrada por la avenida de la Raza)</p>
        <p>Te atenderemos Beatriz Solís (Personas) y Enrique Moya (Jefe de Expediciones). Te adjuntamos un recordatorio para tu calendario.</p>
        <p>Si necesitas cambiar la cita, contesta a este correo.</p>
        <p>Saludos cordiales,<br>Beatriz Solís<br>Agroexport Bética, S.A.</p>
        <p style="font-size:11px;color:#999">Enviado con Recruitee</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Events//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rct-event-88120417@recruitee.com
        DTSTAMP:20260907T082002Z
        DTSTART;VALUE=DATE:20260914
        DTEND;VALUE=DATE:20260915
        SUMMARY:Entrevista Agroexport Bética (Irene Domínguez)
        LOCATION:Muelle del Centenario\\, nave 3\\, Sevilla
        DESCRIPTION:Entrevista de 09:00 a 10:00 con Beatriz Solís y Enrique Moya.
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Agroexport Bética", "agroexportbetica@mail.recruitee.com"),
            "Invitación a entrevista - Técnico/a de Exportación y Operaciones Portuarias",
            "2026-09-07 10:20:02", MAD, "<rct.88120417.c1e9@mail.recruitee.com>",
            host="mail-out-7.recruitee.com", ip="185.57.191.17", sid="4RhJr5Pt1Vz2",
            extra=(("Reply-To", addr("Beatriz Solís", "beatriz.solis@agroexportbetica.es")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, method="PUBLISH", cte="base64", filename="entrevista.ics",
                                     disposition="attachment")))


@mail(n(23), family="taleo", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-03 13:00", MAD), end=None,
      contact="gonzalo.ferrer@marenostrumlines.com", company="Mare Nostrum Lines",
      local="Tue 2026-11-03 13:00", zone=MAD,
      note="La candidata se reenvía desde su otra cuenta (example.net) una convocatoria de Taleo como "
           "message/rfc822 (iso-8859-15, QP): 'martes 3/11/2026 a las 13:00 horas (hora peninsular)' "
           "CET = 12:00Z. Remitente exterior = la propia candidata -> contacto = persona de contacto "
           "del cuerpo reenviado.")
def p23() -> bytes:
    inner_body = t("""
        Estimada Irene Domínguez:

        En relación con su candidatura a la oferta 2611-OPS "Analista de Planificación de Terminal
        (Algeciras)", nos complace convocarle a una entrevista personal:

          Fecha: 3/11/2026 (martes)
          Hora: 13:00 horas (hora peninsular)
          Lugar: Mare Nostrum Lines - Edificio Vía Marítima, planta 2, Algeciras

        Persona de contacto: Gonzalo Ferrer (gonzalo.ferrer@marenostrumlines.com - 956 000 602).

        Le rogamos confirme su asistencia a través del portal del candidato.

        Atentamente,
        Departamento de Recursos Humanos
        Mare Nostrum Lines, S.A.

        Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.
        """)
    inner = message([
        ("From", "Mare Nostrum Lines <noreply@taleo.net>"),
        ("To", addr("Irene Domínguez", "irene.dominguez@example.net")),
        ("Subject", enc("Convocatoria de entrevista - Ref. 2611-OPS", "iso-8859-15")),
        ("Date", date("2026-10-29 12:02:50", MAD)),
        ("Message-ID", "<1203946621.550112.1793271770500.JavaMail.taleo@tlprd1-mail07>"),
    ], text(inner_body, charset="iso-8859-15", cte="quoted-printable"))
    note = t("""
        para tenerlo en el correo bueno

        Enviado desde mi móvil
        """)
    h = hdr(addr("Irene Domínguez", "irene.dominguez@example.net"),
            "Fwd: Convocatoria de entrevista - Ref. 2611-OPS", "2026-10-29 20:14:09", MAD,
            "<d3f1a07b-2e9c-4b51-8a6d-5c0e9f71b2a4@example.net>",
            host="smtp.example.net", ip="192.0.2.45", sid="4RzF0Wk9TbZz")
    return message(h, mixed(text(note), attached_message(inner, "Convocatoria de entrevista.eml")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="es", interview=False, company="Cruceros Costa del Sol",
      note="Rechazo tras la entrevista del 1 de octubre (Personio, solo HTML); menciona la entrevista "
           "pasada pero no confirma ninguna.")
def n24() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7;font-family:'Helvetica Neue',Arial,sans-serif">
        <table width="100%"><tr><td align="center">
        <table width="600" style="background:#fff;margin:24px 0;padding:32px"><tr><td style="font-size:15px;line-height:1.5;color:#1f2a37">
        <p>Hola Irene:</p>
        <p>Muchas gracias por el tiempo que nos dedicaste en la entrevista del 1 de octubre para el puesto de <b>Analista de Operaciones de Terminal (Málaga)</b>. A Héctor y a mí nos gustó mucho conocerte.</p>
        <p>Tras valorar todas las candidaturas, hemos decidido continuar con otra persona cuyo perfil se ajusta algo más a lo que necesitamos en este momento, sobre todo en la parte de tráfico de pasajeros.</p>
        <p>Nos gustaría mantener tu candidatura en nuestra base de datos para futuras posiciones, si no tienes inconveniente.</p>
        <p>Te deseamos mucha suerte,<br>Marta Quesada<br>Cruceros Costa del Sol S.L.</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a94a6">Este correo se ha enviado a través de Personio en nombre de Cruceros Costa del Sol S.L.</td></tr>
        </table></td></tr></table></body></html>
        """)
    h = hdr("Cruceros Costa del Sol <noreply@mail.personio.de>",
            "Tu candidatura para Analista de Operaciones de Terminal (Málaga)", "2026-10-14 11:02:40", MAD,
            "<0102019a8e3b1f60-71a0c2d4-personio@eu-central-1.amazonses.com>",
            host="a7-22.smtp-out.eu-central-1.amazonses.com", ip="69.169.224.22", sid="4Rt2Ce9JvMz3",
            rp="0102019a8e3b1f60@eu-central-1.amazonses.com",
            extra=(("Reply-To", addr("Marta Quesada", "marta.quesada@cruceroscostadelsol.es")),))
    return message(h, html(page, cte="base64"))


@mail(n(25), family="offer", lang="en", interview=False, company="Thamesbridge Freight Analytics",
      days=(("Fri", "2026-12-11"),),
      note="Offer letter after the interviews of 4 and 18 November; a deadline (Friday 11 December) "
           "and a proposed start date, but no interview.")
def n25() -> bytes:
    body = t("""
        Dear Irene,

        Following your interviews with us on 4 and 18 November, I am delighted to offer you the
        position of Senior Port Data Analyst at Thamesbridge Freight Analytics Ltd, working remotely
        from Spain with quarterly visits to our London office.

        Please find attached your offer letter and the summary of terms (salary, holidays, equipment
        and travel policy). We would be grateful if you could confirm your acceptance by Friday
        11 December. Our proposed start date is 11 January 2027, but we can be flexible.

        I'm happy to talk anything through - just reply with a time that suits you.

        Warm regards,
        Oliver Pryce
        Talent Lead | Thamesbridge Freight Analytics Ltd
        71 Mark Lane, London EC3R 7NE
        """)
    letter = t("""
        THAMESBRIDGE FREIGHT ANALYTICS LTD - OFFER OF EMPLOYMENT (SUMMARY)
        Candidate: Irene Domínguez
        Position: Senior Port Data Analyst (remote, Spain)
        Base salary: EUR 52,000 gross per year
        Holidays: 25 working days plus Spanish public holidays
        Proposed start date: 11 January 2027
        Acceptance deadline: 11 December 2026
        """)
    h = hdr(addr("Oliver Pryce", "oliver.pryce@thamesbridge.co.uk"),
            "Offer of employment - Senior Port Data Analyst", "2026-12-01 17:30:12", "Europe/London",
            "<LO2P265MB4120D9C7F0A1E3B5C6D7E8F9A0B1C@LO2P265MB4120.GBRP265.PROD.OUTLOOK.COM>",
            host="GBR01-LO2-obe.outbound.protection.outlook.com", ip="40.107.11.98", sid="4S6aHs1NpQz8",
            extra=(("Content-Language", "en-GB"),))
    return message(h, mixed(text(body), text(letter, extra=(
        ("Content-Disposition", 'attachment; filename="Offer_summary_Irene_Dominguez.txt"'),))))


@mail(n(26), family="application_ack", lang="es", interview=False, company="Hafen Logistik Iberia",
      note="Acuse de recibo de softgarden; 'te invitaremos a una entrevista' es hipotético.")
def n26() -> bytes:
    body = t("""
        Hola Irene Domínguez:

        Gracias por tu candidatura al puesto de "Analista de Operaciones (m/f/d) - Algeciras".

        Hemos recibido correctamente tu documentación. Nuestro equipo de selección la revisará en los
        próximos días; si tu perfil encaja con lo que buscamos, te invitaremos a una entrevista y te
        propondremos varias fechas.

        Puedes consultar el estado de tu candidatura en cualquier momento en tu área de candidato:
        https://hafen-logistik-iberia.softgarden.io/es/applicant/status

        Atentamente,
        El equipo de Recursos Humanos
        Hafen Logistik Iberia S.L.

        Este correo se ha generado automáticamente. softgarden e-recruiting GmbH procesa tus datos por
        encargo de Hafen Logistik Iberia S.L.
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "\n".join(f"<p>{x}</p>" for x in body.split("\n\n")) + "</body></html>\n")
    h = hdr("Hafen Logistik Iberia <noreply@softgarden.io>",
            "Confirmación de tu candidatura: Analista de Operaciones (m/f/d) - Algeciras",
            "2026-09-21 08:44:19", MAD, "<sg.app.3391207.1790577859@softgarden.io>",
            host="mailout2.softgarden.io", ip="185.19.28.12", sid="4RmQ8Fb2XwZ1",
            extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(body), html(page)))


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Resumen de ofertas de un portal de empleo; 'Entrevistas esta semana' es una etiqueta de "
           "la oferta, no una cita.")
def n27() -> bytes:
    body = t("""
        Hola Irene, tenemos 6 ofertas nuevas que encajan con "analista operaciones portuarias":

        Analista de Operaciones Portuarias - Levante Strait Terminals - Algeciras
        Entrevistas esta semana · 32.000 € - 38.000 €
        https://www.puertoempleo.es/oferta/88213

        Planificador/a de Atraques - Odiel Bulk Terminal - Huelva
        Publicada hace 2 días
        https://www.puertoempleo.es/oferta/88197

        Técnico/a de Tráfico Marítimo - Consignataria Gaditana de Buques - Cádiz
        Incorporación inmediata
        https://www.puertoempleo.es/oferta/88190

        Data Analyst Logística (remoto) - Puertia Tech - Málaga
        Proceso rápido: entrevista online
        https://www.puertoempleo.es/oferta/88171

        Coordinador/a de Almacén Frigorífico - Frío Industrial del Sur - Algeciras
        https://www.puertoempleo.es/oferta/88166

        Jefe/a de Turno de Terminal - Intermodal Hispalense - Sevilla
        https://www.puertoempleo.es/oferta/88150

        Ver todas las ofertas: https://www.puertoempleo.es/alertas/ver/5521
        Gestionar alertas o darte de baja: https://www.puertoempleo.es/alertas/baja/5521
        PuertoEmpleo · El portal de empleo del sector marítimo-portuario
        """)
    page = ("<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\">"
            + "\n".join(f"<tr><td style=\"padding:8px 0;border-bottom:1px solid #eee\">{x.replace(chr(10), '<br>')}</td></tr>"
                        for x in body.split("\n\n")) + "</table></body></html>\n")
    h = hdr("PuertoEmpleo <alertas@puertoempleo.es>",
            "6 ofertas nuevas: analista operaciones portuarias", "2026-10-05 07:00:03", MAD,
            "<alerta.5521.20261005@puertoempleo.es>",
            host="envios.puertoempleo.es", ip="151.101.4.77", sid="4RqK1Vn6BdZ9",
            extra=(("List-Unsubscribe", "<https://www.puertoempleo.es/alertas/baja/5521>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Newsletter de un blog sobre entrevistas de trabajo en el sector portuario, con un directo "
           "en Instagram el jueves 15 de octubre a las 19:00: no es una entrevista de la candidata.")
def n28() -> bytes:
    body = t("""
        Logística & Carrera · Newsletter nº 87

        CÓMO PREPARAR LA ENTREVISTA DE TRABAJO EN UNA TERMINAL PORTUARIA (Y QUÉ PREGUNTAR AL FINAL)

        Esta semana hemos hablado con tres jefes de operaciones de Algeciras, Valencia y Bilbao. Lo que
        más repiten: llevar preparados dos o tres casos reales con números (productividad de grúa,
        tiempos de escala, ocupación de patio) y no tener miedo a preguntar por los turnos.

        Las 5 preguntas que más se repiten en las entrevistas:
        1. Cuéntame una vez que tuviste que replanificar un atraque con muy poco margen.
        2. ¿Qué indicadores miras a primera hora de la mañana?
        3. ¿Cómo gestionas un conflicto con la estiba?
        4. ¿Qué harías si el TOS y la realidad del patio no coinciden?
        5. ¿Por qué quieres cambiar de terminal?

        DIRECTO: el jueves 15 de octubre a las 19:00 hacemos un directo en Instagram con Reyes
        Galindo, responsable de selección en una naviera, para responder vuestras dudas sobre
        entrevistas. ¡Traed preguntas!

        Leer el artículo completo: https://logisticaycarrera.es/blog/entrevista-terminal-portuaria

        Recibes este correo porque te suscribiste a Logística & Carrera.
        Darse de baja: https://logisticaycarrera.es/baja?u=7f21c
        """)
    page = ("<html><body style=\"font-family:Georgia,serif;max-width:620px\">"
            + "\n".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in body.split("\n\n")) + "</body></html>\n")
    h = hdr(addr("Logística & Carrera", "hola@logisticaycarrera.es"),
            "Cómo preparar la entrevista en una terminal portuaria (y directo el jueves)",
            "2026-10-13 09:00:00", MAD, "<20261013070000.87.7f21c@mail.logisticaycarrera.es>",
            host="mail.logisticaycarrera.es", ip="185.8.172.40", sid="4RsX3Zc0HkZ4",
            extra=(("List-Unsubscribe", "<https://logisticaycarrera.es/baja?u=7f21c>"),
                   ("List-Id", "Logistica y Carrera <newsletter.logisticaycarrera.es>"),
                   ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Harbourlink Systems",
      note="Ashby self-scheduling request: pick a slot between 24 Nov and 2 Dec, nothing booked yet.")
def n29() -> bytes:
    body = t("""
        Hi Irene,

        Great news - the Harbourlink team would like to move you forward to a 45-minute interview
        with Tane Parata (Head of Berth Planning) for the Terminal Optimisation Analyst role.

        Please choose a time that works for you using the link below. Slots are shown in your time
        zone and are available between November 24 and December 2.

        Select a time: https://app.ashbyhq.com/interview-scheduling/harbourlink/4f0c2d77-1b9e

        Once you pick a slot you'll receive a calendar invitation with the Zoom details.

        Ngā mihi,
        Aroha Whitmore
        Talent Lead, Harbourlink Systems
        """)
    page = ("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\">"
            + "\n".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in body.split("\n\n")) + "</body></html>\n")
    h = hdr("Harbourlink Systems <no-reply@ashbyhq.com>",
            "Please select a time for your interview with Harbourlink Systems", "2026-11-18 03:15:40", "UTC",
            "<010001935c11e0a4-9b7d2f10-3c4e-4d8a-a2b6-81f0e5d3c7a9-000000@email.amazonses.com>",
            host="a48-118.smtp-out.amazonses.com", ip="54.240.48.118", sid="4S2nRg4XzKz5",
            extra=(("Reply-To", addr("Aroha Whitmore", "aroha.whitmore@harbourlink.co.nz")),))
    return message(h, alt(text(body), html(page)))


@mail(n(30), family="recruiter_outreach", lang="es", interview=False, company="Nexo Talent",
      note="Contacto en frío de una consultora; pide una llamada 'esta semana o la que viene', sin "
           "hora fijada.")
def n30() -> bytes:
    body = t("""
        Hola Irene, ¿qué tal?

        Soy Adrián Pacheco, de Nexo Talent. Llevo los procesos de logística y puertos en Andalucía y he
        visto tu perfil: tu experiencia en planificación de patio en Cádiz encaja muy bien con una
        posición que tenemos abierta para un operador de terminal en Algeciras (puesto de Analista
        Senior de Operaciones, contrato indefinido, horario de oficina).

        ¿Te apetece que lo hablemos? Si me dices qué hueco tienes esta semana o la que viene, te llamo
        15 minutos y te cuento detalles sin compromiso.

        Un saludo,

        Adrián Pacheco
        Senior Consultant · Logistics & Supply Chain
        Nexo Talent · Sevilla
        +34 600 000 812
        """)
    h = hdr(addr("Adrián Pacheco", "adrian.pacheco@nexotalent.es"),
            "Posición Analista Senior de Operaciones - Algeciras", "2026-09-10 10:31:55", MAD,
            "<CAB9kL2mF0xQ7rT4vW1yZ3nP6sD8hJ5cG2aE9uR@mail.gmail.com>",
            host="mail-oi1-f171.google.com", ip="209.85.167.171", sid="4RjBt8Qm2Nz6")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="interview_proposal", lang="es", interview=False,
      company="Grupo Logístico Tartessos", days=(("Tue", "2026-11-17"),),
      note="La reclutadora propone el martes 17 a las 10:00 y pide confirmación ('si no, dime tú'): "
           "propuesta, aún no confirmada.")
def n31() -> bytes:
    body = t("""
        Hola Irene,

        Soy Laura Cabrera, de selección del Grupo Logístico Tartessos. Muchas gracias por inscribirte en
        la oferta de Analista de Tráfico. A Alfonso Reyes (director de la terminal) y a mí nos ha
        encantado tu CV y nos gustaría conocerte.

        ¿Te vendría bien el martes 17 a las 10:00 en nuestras oficinas de Huelva (Polígono Tartessos,
        nave 14)? Si no te cuadra, dime qué días te vienen mejor esa semana y lo buscamos.

        Un saludo,
        Laura Cabrera
        Selección y Desarrollo · Grupo Logístico Tartessos
        """)
    h = hdr(addr("Laura Cabrera", "laura.cabrera@tartessoslogistica.com"),
            "Entrevista Analista de Tráfico", "2026-11-11 09:48:21", MAD,
            "<CAHt7k2Tz1aB9c@mail.gmail.com>",
            host="mail-wm1-f48.google.com", ip="209.85.128.48", sid="4S2cNv0PyLz2")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="interview_proposal", lang="en", interview=False, company="Seaborne Insights",
      days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07")),
      note="Recruiter proposes 'Tuesday (6 Oct) at 10:00 your time' or Wednesday at 15:00 and waits "
           "for the candidate's answer before sending an invite: not confirmed.")
def n32() -> bytes:
    body = t("""
        Hi Irene,

        Thanks for applying for the Vessel Operations Analyst role - your background in terminal
        planning is exactly what the team is looking for.

        Would Tuesday (6 Oct) at 10:00 your time work for a first 30-minute conversation with me? If
        not, Wednesday at 15:00 is also open. Once you confirm I'll send a calendar invite with a
        Teams link.

        Best,
        Mikkel Dahl
        Talent Acquisition Partner
        Seaborne Insights ApS, Copenhagen
        """)
    page = t("""
        <html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Irene,</p>
        <p>Thanks for applying for the Vessel Operations Analyst role &ndash; your background in terminal planning is exactly what the team is looking for.</p>
        <p>Would Tuesday (6 Oct) at 10:00 your time work for a first 30-minute conversation with me? If not, Wednesday at 15:00 is also open. Once you confirm I&rsquo;ll send a calendar invite with a Teams link.</p>
        <p>Best,<br>Mikkel Dahl<br>Talent Acquisition Partner<br>Seaborne Insights ApS, Copenhagen</p>
        </div></body></html>
        """)
    h = hdr(addr("Mikkel Dahl", "mikkel.dahl@seaborne-insights.dk"),
            "Vessel Operations Analyst - first conversation?", "2026-10-01 14:22:09", "Europe/Copenhagen",
            "<DB8P189MB1021A3E5F7C9B1D3E5F7A9C1B3D5E@DB8P189MB1021.EURP189.PROD.OUTLOOK.COM>",
            host="EUR02-AM0-obe.outbound.protection.outlook.com", ip="40.107.12.41", sid="4RpV5Dx8SfZ0",
            extra=(("Content-Language", "en-US"),))
    return message(h, alt(text(body), html(page)))


@mail(n(33), family="job_centre", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Cita previa en la oficina de empleo (entrevista con el orientador laboral) con hora fija: "
           "no es una entrevista de trabajo con un empleador. iso-8859-1 QP.")
def n33() -> bytes:
    body = t("""
        SERVICIO PROVINCIAL DE EMPLEO - CITA PREVIA

        Estimado/a IRENE DOMÍNGUEZ:

        Le confirmamos la siguiente cita:

          Oficina: Oficina de Empleo Cádiz-Centro (C/ Benjumeda 44)
          Fecha: miércoles, 14/10/2026
          Hora: 09:40
          Puesto de atención: mesa 6
          Trámite: Entrevista con su orientador/a laboral (itinerario personalizado de inserción)

        Deberá presentar su DNI/NIE y el documento de renovación de la demanda. Si no puede acudir,
        anule la cita en https://citaprevia.empleocadiz.es con el localizador QK7-2291.

        La no comparecencia sin causa justificada puede dar lugar a la baja de la demanda.

        Este mensaje se ha generado automáticamente. No responda a esta dirección.
        """)
    h = hdr("Cita Previa Empleo <no-responder@citaprevia.empleocadiz.es>",
            "Confirmación de cita previa - Oficina de Empleo Cádiz-Centro", "2026-10-08 12:11:05", MAD,
            "<20261008101105.QK7-2291@citaprevia.empleocadiz.es>",
            host="smtp.citaprevia.empleocadiz.es", ip="194.179.110.30", sid="4RrD7Lf3KmZ8",
            charset="iso-8859-1", extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(34), family="press", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Una periodista confirma que entrevistará a la candidata para un reportaje (jueves 22 a "
           "las 11:00): hora fija, pero no es una entrevista de trabajo.")
def n34() -> bytes:
    body = t("""
        Hola Irene:

        ¡Mil gracias por aceptar! Quedamos entonces el jueves 22 a las 11:00 en el café La Marea, en
        la plaza de San Juan de Dios. La entrevista para el reportaje será de media hora más o menos,
        y luego, si te parece, Quique hace un par de fotos en el muelle (con casco, que ya sé que
        allí no se pasa sin él).

        El reportaje va sobre mujeres en las operaciones del puerto y saldría en el suplemento del
        domingo 1 de noviembre. Te paso antes el texto para que revises tus citas.

        Un abrazo,
        Elena Marín
        Redacción de Economía · Diario Bahía
        """)
    h = hdr(addr("Elena Marín", "emarin@diariobahia.es"),
            "Re: Reportaje mujeres en el puerto", "2026-10-19 16:40:02", MAD,
            "<CAM1x8Yb2Pq7Vt0kN3wR6sZ9cF4hL1dG5jE8aU@mail.gmail.com>",
            host="mail-lf1-f54.google.com", ip="209.85.167.54", sid="4RwC2Gn7QpZ4",
            extra=(("In-Reply-To", "<CAJq3u9fK2wL0q@mail.example.org>"),
                   ("References", "<CAM1x8Ya0Nn4Rs@mail.gmail.com> <CAJq3u9fK2wL0q@mail.example.org>")))
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(35), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast recording confirmed with an ICS (Tue 10 Nov 17:00-18:00 CET): the candidate is "
           "the guest being interviewed, not a job interview.")
def n35() -> bytes:
    body = t("""
        Hi Irene,

        Brilliant - you're confirmed as our guest for episode 58 of Port Ops Talk!

        Recording: Tuesday 10 November, 17:00-18:00 CET (16:00-17:00 London)
        Studio link: https://riverside.fm/studio/port-ops-talk (headphones please!)
        Topic: "Yard planning in a mid-size terminal - what the TOS doesn't tell you"

        It's a relaxed interview format: I'll ask about your career path and a couple of stories from
        the quay, then we'll do 10 minutes of listener questions. No need to prepare slides.

        A calendar invite is attached. See you on the 10th!

        Cheers,
        Daniel Reeve
        Host, Port Ops Talk
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.1//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:A1F3C5E7-2B4D-4F60-8A9C-POT58-REC
        DTSTAMP:20261103T120011Z
        DTSTART:20261110T160000Z
        DTEND:20261110T170000Z
        SUMMARY:Port Ops Talk ep. 58 - recording with Irene Domínguez
        LOCATION:https://riverside.fm/studio/port-ops-talk
        ORGANIZER;CN=Daniel Reeve:mailto:daniel@portopstalk.fm
        ATTENDEE;CN=Irene Domínguez;RSVP=TRUE:mailto:irene.dominguez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdr(addr("Daniel Reeve", "daniel@portopstalk.fm"),
            "Port Ops Talk ep. 58 - recording confirmed", "2026-11-03 12:00:11", "Europe/London",
            "<8E2C0A1B-4D6F-4A3E-9C7B-5F1D3A9E7C20@portopstalk.fm>",
            host="mail-gw.portopstalk.fm", ip="198.51.100.23", sid="4S0Hq8Mw3TZ6",
            extra=(("X-Mailer", "Apple Mail (2.3826.300.87)"),))
    return message(h, mixed(text(body), calendar(ics, cte="base64", filename="PortOpsTalk_ep58.ics",
                                                 disposition="attachment")))


@mail(n(36), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Entrevista de admisión a un Executive MBA (viernes 6 nov 18:00, con ICS): hora fija, "
           "pero es admisión académica, no una entrevista de trabajo.")
def n36() -> bytes:
    body = t("""
        Estimada Irene:

        Nos complace comunicarle que su solicitud para el Executive MBA (promoción Sevilla 2027) ha
        superado la fase de evaluación documental. Le convocamos a la entrevista personal de admisión:

          Día: viernes, 6 de noviembre de 2026
          Hora: 18:00 h
          Lugar: Campus Cartuja, edificio B, sala de admisiones
          Entrevistador: Prof. Dr. Ignacio Valverde, director académico del programa

        La entrevista dura unos 40 minutos. Le recomendamos traer su CV actualizado y, si lo desea,
        una breve carta de apoyo de su empresa.

        Atentamente,
        Oficina de Admisiones
        Escuela de Negocios del Atlántico
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//ENA//Admisiones//ES\nMETHOD:REQUEST\n" + MADRID_VTZ
           + "\n" + t("""
        BEGIN:VEVENT
        UID:ena-adm-2027-0419@ena-business.es
        DTSTAMP:20261029T090015Z
        DTSTART;TZID=Europe/Madrid:20261106T180000
        DTEND;TZID=Europe/Madrid:20261106T184000
        SUMMARY:Entrevista de admisión Executive MBA - Irene Domínguez
        LOCATION:Campus Cartuja\\, edificio B\\, Sevilla
        ORGANIZER;CN=Admisiones ENA:mailto:admisiones@ena-business.es
        ATTENDEE;CN=Irene Domínguez;RSVP=TRUE:mailto:irene.dominguez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    h = hdr("Admisiones ENA <admisiones@ena-business.es>",
            "Convocatoria a entrevista de admisión - Executive MBA Sevilla", "2026-10-29 10:00:15", MAD,
            "<adm.2027.0419.1793264415@ena-business.es>",
            host="mail.ena-business.es", ip="213.0.87.142", sid="4RzB9Tq1WhZ3")
    return message(h, mixed(text(body), calendar(ics, cte="quoted-printable", filename="entrevista_admision.ics",
                                                 disposition="attachment")))


@mail(n(37), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Prueba de acceso al equipo de remo de un club (sábado 19 sep a las 9:00): cita fija, "
           "no es una entrevista de trabajo.")
def n37() -> bytes:
    body = t("""
        Hola Irene!!

        Qué alegría que te animes. Te confirmo: la prueba para entrar en la trainera femenina es este
        sábado 19 a las 9:00 en la rampa del club (al lado del balneario). Trae ropa de deporte,
        agua y algo de abrigo que a esa hora en La Caleta refresca. Haremos un 2.000 en remoergómetro
        y luego salimos al agua un ratito para ver cómo coges el remo.

        No te agobies con las marcas, que lo que más miramos es que tengas ganas y vengas a los
        entrenos (martes y jueves a las 19:30).

        Nos vemos el sábado!
        Rocío - Club de Remo Bahía Caleta
        """)
    h = hdr(addr("Club de Remo Bahía Caleta", "remo.bahiacaleta@example.com"),
            "Prueba trainera sábado", "2026-09-14 21:05:33", MAD,
            "<CAPx4nQ0wR7tY2kB9mZ1vL6sF3hD8cJ5aG0eU@mail.gmail.com>",
            host="mail-qk1-f182.google.com", ip="209.85.222.182", sid="4RkH5Nb0CvZ2")
    return message(h, text(body, cte="8bit"))


@mail(n(38), family="car_service", lang="es", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Cita de taller (revisión de los 60.000 km, lunes 05/10 a las 08:30): hora fija, no es "
           "una entrevista. iso-8859-15 QP.")
def n38() -> bytes:
    body = t("""
        TALLERES BAHÍA MOTOR, S.L.
        Ctra. Industrial 14 - 11011 Cádiz - Tel. 956 000 145

        Estimada clienta:

        Le confirmamos la cita para su vehículo:

          Vehículo: SEAT León 1.5 TSI - matrícula 4821 KLM
          Servicio: Revisión 60.000 km + cambio de pastillas delanteras
          Fecha y hora de entrega: lunes 05/10/2026 a las 08:30
          Presupuesto estimado: 289,00 € (IVA incl.)

        Recuerde traer la documentación del vehículo y el libro de mantenimiento. Si necesita
        vehículo de sustitución, indíquelo respondiendo a este correo.

        Un saludo,
        Recepción - Talleres Bahía Motor
        """)
    h = hdr(addr("Talleres Bahía Motor", "citas@talleresbahiamotor.es", "iso-8859-15"),
            "Confirmación de cita taller - 4821 KLM", "2026-09-30 17:22:48", MAD,
            "<20260930152248.7731@talleresbahiamotor.es>",
            host="smtp.talleresbahiamotor.es", ip="217.124.61.88", sid="4RpA0Hc6XsZ7",
            charset="iso-8859-15")
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(39), family="bank_appointment", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Cita con la gestora del banco (jueves 3 dic a las 12:15): cita fija, no es una entrevista. "
           "Solo HTML.")
def n39() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" align="center"><tr><td style="background:#0b5d3b;color:#fff;padding:16px;font-size:18px">Caja Rural del Estrecho</td></tr>
        <tr><td style="padding:20px">
        <p>Hola, Irene:</p>
        <p>Le confirmamos su cita con su gestora personal.</p>
        <table cellpadding="4">
        <tr><td><b>Gestora</b></td><td>Inmaculada Ríos</td></tr>
        <tr><td><b>Día</b></td><td>jueves, 3 de diciembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>12:15</td></tr>
        <tr><td><b>Oficina</b></td><td>0412 · Avda. de Andalucía 58, Cádiz</td></tr>
        <tr><td><b>Motivo</b></td><td>Revisión de su plan de pensiones y traspaso de nómina</td></tr>
        </table>
        <p>Si no puede asistir, puede modificar la cita desde la app o en el 956 000 900.</p>
        <p style="font-size:11px;color:#777">Caja Rural del Estrecho nunca le pedirá sus claves por correo electrónico.</p>
        </td></tr></table></body></html>
        """)
    h = hdr("Caja Rural del Estrecho <avisos@crestrecho.es>",
            "Confirmación de su cita - oficina 0412", "2026-11-27 09:30:04", MAD,
            "<avisos.20261127.083004.55120@crestrecho.es>",
            host="out-02.crestrecho.es", ip="195.53.88.17", sid="4S5bQ0Kd9MZ1")
    return message(h, html(page))


@mail(n(40), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Una coach confirma una sesión de simulacro de entrevista (martes 13 oct a las 18:00, "
           "Zoom, 60 min) y ofrece un bono: no es una entrevista de trabajo.")
def n40() -> bytes:
    body = t("""
        Hola Irene,

        Te confirmo tu sesión de simulacro de entrevista: martes 13 de octubre a las 18:00, por Zoom
        (https://us02web.zoom.us/j/81120034411), 60 minutos.

        Haremos la entrevista como si yo fuera la responsable de selección de una terminal: preguntas
        por competencias, un caso práctico corto y, al final, feedback grabado para que lo repases.
        Mándame antes del lunes la oferta a la que te presentas, así la preparo a medida.

        Por cierto: si te quedas con ganas de más, tengo el bono de 3 sesiones (entrevista, LinkedIn
        y negociación salarial) a 165 € en lugar de 195 €, válido hasta final de mes.

        ¡Nos vemos el martes!
        Marisa Pozo
        Coaching de carrera · marisapozo.es
        """)
    h = hdr(addr("Marisa Pozo", "hola@marisapozo.es"),
            "Tu simulacro de entrevista - martes 13", "2026-10-07 19:12:50", MAD,
            "<6a0c3f52e1b94d7a8f23@marisapozo.es>",
            host="smtp.marisapozo.es", ip="185.42.104.9", sid="4RqW1Sj5BnZ4")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Un amigo reenvía su propia confirmación de entrevista (jueves 5 nov a las 12:00) para "
           "pedir consejo: es la entrevista de otra persona, no de la candidata.")
def n41() -> bytes:
    body = t("""
        Irene, mira!! Al final me han llamado de Transitarios Cádiz Sur. Tú conociste a Paloma cuando
        lo del proyecto de la ZAL, ¿no? ¿Algún consejo? Estoy de los nervios jaja

        Álvaro

        ---------- Forwarded message ---------
        De: Paloma Gil <paloma.gil@transitarioscadizsur.es>
        Date: mar, 3 nov 2026 a las 10:14
        Subject: Confirmación entrevista
        To: <alvaro.benitez.r@example.com>

        Hola Álvaro:

        Te confirmo la entrevista para el puesto de Técnico de Aduanas el jueves 5 de noviembre a las
        12:00 en nuestras oficinas (C/ Muelle Ciudad 3, 2º). Pregunta por mí en la entrada.

        Un saludo,
        Paloma Gil
        Transitarios Cádiz Sur
        """)
    h = hdr(addr("Álvaro Benítez", "alvaro.benitez.r@example.com"),
            "Fwd: Confirmación entrevista", "2026-11-03 13:30:27", MAD,
            "<CAN3pQ7rT1yW4kB0mZ8vL2sF5hD9cJ6aG3eXu@mail.gmail.com>",
            host="mail-yw1-f170.google.com", ip="209.85.128.170", sid="4S0Fk2Wz6PZ9")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="interviewer_at_work", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-20"), ("Fri", "2026-10-16")),
      note="La candidata se reenvía desde el trabajo una convocatoria en la que ella es "
           "entrevistadora (panel para un candidato el martes 20 oct a las 12:00): no es su "
           "entrevista de trabajo; evento interno del empleador actual -> company null.")
def n42() -> bytes:
    body = t("""
        ojo: el martes me toca entrevistar al candidato de planificación, leerme el CV el lunes!!

        Irene Domínguez
        Analista de Operaciones · Terminal Atlántica de Cádiz

        De: Lourdes Sainz <lourdes.sainz@terminalatlantica.es>
        Enviado el: viernes, 16 de octubre de 2026 13:05
        Para: Irene Domínguez <irene.dominguez@terminalatlantica.es>; Joaquín Pérez <joaquin.perez@terminalatlantica.es>
        Asunto: Entrevista candidato Técnico/a de Planificación - Pablo Herrera

        Hola a los dos:

        Os confirmo la entrevista con Pablo Herrera, candidato al puesto de Técnico/a de
        Planificación de Patio, el martes 20 de octubre de 12:00 a 13:00 en la sala Trafalgar (edificio
        de control). Irene, tú haces la parte técnica (planificación de patio y TOS) y Joaquín la de
        turnos. Os adjunto el CV en la convocatoria de Outlook.

        Gracias,
        Lourdes Sainz
        Selección y Desarrollo · Terminal Atlántica de Cádiz
        """)
    page = ("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
            + "\n".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in body.split("\n\n")) + "</body></html>\n")
    h = hdr(addr("Irene Domínguez", "irene.dominguez@terminalatlantica.es"),
            "RV: Entrevista candidato Técnico/a de Planificación - Pablo Herrera", "2026-10-16 13:20:44", MAD,
            "<AS8PR10MB6987B2D4F6A8C0E2D4F6A8B0C2D4E@AS8PR10MB6987.EURPRD10.PROD.OUTLOOK.COM>",
            host="EUR01-HE1-obe.outbound.protection.outlook.com", ip="40.107.13.77", sid="4RtW6Pb1NqZ5",
            extra=(("Thread-Topic", enc("Entrevista candidato Técnico/a de Planificación - Pablo Herrera")),
                   ("Content-Language", "es-ES")))
    return message(h, alt(text(body), html(page)))


@mail(n(43), family="school_meeting", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Tutoría con la tutora de la hija (martes 17 nov a las 16:30): cita fija, no es una "
           "entrevista de trabajo.")
def n43() -> bytes:
    body = t("""
        Buenas tardes, familia de Lucía:

        Les cito a una tutoría individual el martes 17 de noviembre a las 16:30 en el aula de 3º B
        (entrada por la puerta de la calle Sagasta). Hablaremos de la evaluación inicial y del plan de
        lectura del trimestre; nada preocupante, Lucía va muy bien.

        Si no pudieran venir a esa hora, díganmelo por aquí o por la agenda y buscamos otro día.

        Un saludo,
        Carmen Ortega
        Tutora de 3º B · Colegio La Alameda (Cádiz)
        """)
    h = hdr(addr("Carmen Ortega", "carmen.ortega@colegiolaalameda.es"),
            "Tutoría Lucía 3ºB", "2026-11-12 14:02:17", MAD,
            "<1f7a92c0-5b3e-4d18-9e0a-c6b2d4f81a37@colegiolaalameda.es>",
            host="smtp.colegiolaalameda.es", ip="83.56.120.14", sid="4S1Ym3Dq8RZ0")
    return message(h, text(body, cte="8bit"))


@mail(n(44), family="flat_viewing", lang="es", interview=False, company=None,
      days=(("Sat", "2026-12-12"),),
      note="Visita a un piso en Sevilla confirmada (sábado 12/12 a las 12:00): cita fija, no es una "
           "entrevista.")
def n44() -> bytes:
    body = t("""
        Hola Irene,

        Le confirmo la visita al piso de la calle Feria (3 dormitorios, 2º sin ascensor, 850 €/mes) el
        sábado 12/12 a las 12:00. Nos vemos en el portal, número 41; le acompaña mi compañero Rafa
        porque yo tengo otra visita en Triana.

        Para la reserva necesitaríamos nómina o contrato de trabajo; si está en pleno cambio de
        empresa, coméntelo con Rafa y lo vemos.

        Un saludo,
        Sonia Carmona
        Inmobiliaria Giralda Casas · Sevilla
        """)
    h = hdr(addr("Sonia Carmona", "sonia@giraldacasas.es"),
            "Visita calle Feria - sábado 12", "2026-12-09 18:20:55", MAD,
            "<20261209172055.Sc1192@giraldacasas.es>",
            host="mail.giraldacasas.es", ip="37.59.98.140", sid="4S8Jn1Bv4TZ7")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(45), family="team_event", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-18"),),
      note="Invitación de Google Calendar del empleador actual a la comida de Navidad del equipo "
           "(vie 18 dic 14:00-17:00): evento con hora, no es una entrevista.")
def n45() -> bytes:
    body = t("""
        Paco Reina te ha invitado a un evento.

        Comida de Navidad - equipo de Operaciones
        vie 18 dic 2026 14:00 - 17:00 (CET)
        Venta La Salina, Ctra. de la Carraca km 2, San Fernando

        Este año toca en la venta. Amigo invisible: máximo 15 €. Confirmad antes del lunes que hay que
        dar número.

        Invitados
        Paco Reina - organizador
        operaciones@terminalatlantica.es
        irene.dominguez@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261218T140000
        DTEND;TZID=Europe/Madrid:20261218T170000
        DTSTAMP:20261210T101530Z
        ORGANIZER;CN=Paco Reina:mailto:paco.reina@terminalatlantica.es
        UID:0c4n8v2r6k1m9p3s7d5f0h2j4l@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.dominguez@example.org:mailto:irene.dominguez@example.org
        SUMMARY:Comida de Navidad - equipo de Operaciones
        LOCATION:Venta La Salina\\, Ctra. de la Carraca km 2\\, San Fernando
        SEQUENCE:0
        STATUS:CONFIRMED
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    subject = ("Invitación: Comida de Navidad - equipo de Operaciones @ vie 18 dic 2026 14:00 - 17:00 "
               "(CET) (irene.dominguez@example.org)")
    h = hdr(addr("Paco Reina", "paco.reina@terminalatlantica.es"), subject, "2026-12-10 11:15:30", MAD,
            "<calendar-5d2e9a71-0b4c-4f8e-a3d6-27c1e0b9f4a8@google.com>",
            host="mail-sor-f65.google.com", ip="209.85.220.65", sid="4S8Rb7Kc2WZ3",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(n(46), family="auto_reply", lang="es", interview=False, company="Odiel Bulk Terminal",
      note="Respuesta automática de fuera de la oficina de una entrevistadora de Odiel Bulk; no fija "
           "nada.")
def n46() -> bytes:
    body = t("""
        Gracias por su mensaje.

        Estaré fuera de la oficina del 23 al 27 de noviembre, con acceso limitado al correo. Para
        cualquier asunto urgente puede contactar con Manuel Orta (manuel.orta@odielbulk.es).

        Un saludo,
        Yolanda Cordero
        Odiel Bulk Terminal, S.L.
        """)
    h = hdr(addr("Yolanda Cordero", "yolanda.cordero@odielbulk.es"),
            "Respuesta automática: Entrevista técnica - Analista de Operaciones", "2026-11-23 09:01:12", MAD,
            "<1e5c0b2f9d3a4e7c@odielbulk.es>",
            host="smtp.odielbulk.es", ip="88.12.201.45", sid="4S3Xc6Lp0QZ8",
            extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("Precedence", "auto_reply")))
    return message(h, text(body))


@mail(n(47), family="bounce", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Rebote (DSN) de un correo de la candidata que confirmaba 'la entrevista del lunes 30 a "
           "las 10:00' a una dirección mal escrita: el mensaje no llegó; no es una confirmación de "
           "ningún empleador.")
def n47() -> bytes:
    explain = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <rrhh@navierapoloniente.es>: Host or domain name not found. Name service error
            for name=navierapoloniente.es type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4S4nXq1BzKz2
        X-Postfix-Sender: rfc822; irene.dominguez@example.org
        Arrival-Date: Wed, 25 Nov 2026 18:02:10 +0100 (CET)

        Final-Recipient: rfc822; rrhh@navierapoloniente.es
        Original-Recipient: rfc822;rrhh@navierapoloniente.es
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=navierapoloniente.es type=MX: Host not found, try again
        """)
    original = message([
        ("From", IRENE),
        ("To", "rrhh@navierapoloniente.es"),
        ("Subject", "Re: Entrevista Naviera Poniente"),
        ("Date", date("2026-11-25 18:02:10", MAD)),
        ("Message-ID", "<CAJq3u9hR4vN2m@mail.example.org>"),
    ], text(t("""
        Buenas tardes:

        Confirmo mi asistencia a la entrevista del lunes 30 a las 10:00.

        Un saludo,
        Irene Domínguez
        """)))
    h = [("Return-Path", "<>"), ("Delivered-To", ME),
         ("Received", "by mail.example.org (Postfix)\r\n id 4S4nXs3GqLz5; " + date("2026-11-25 18:02:30", MAD)),
         ("From", "Mail Delivery System <MAILER-DAEMON@mail.example.org>"), ("To", ME),
         ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date("2026-11-25 18:02:30", MAD)),
         ("Message-ID", "<20261125170230.4S4nXs3GqLz5@mail.example.org>"),
         ("Auto-Submitted", "auto-replied")]
    report = multipart("report", text(explain, cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message"),
                                 ("Content-Type", "message/rfc822")], original.decode("utf-8")),
                       params="report-type=delivery-status")
    return message(h, report)


@mail(n(48), family="mailing_list", lang="es", interview=False, company=None,
      note="Mensaje de una lista de correo de profesionales: otra persona cuenta que la entrevistaron "
           "'el martes a las 13:00'; no es una confirmación para la candidata.")
def n48() -> bytes:
    body = t("""
        Buenas a todos,

        Contesto a Irene por si le sirve a más gente: a mí me entrevistaron en Mare Nostrum Lines el
        año pasado, un martes a las 13:00 en el edificio Vía Marítima de Algeciras. Fue con Gonzalo
        Ferrer y una persona de operaciones. Muy técnica: te sacan un plano del patio y te piden que
        reorganices la descarga de un buque con dos grúas averiadas. Trato muy correcto y te dicen
        algo en una semana más o menos.

        Suerte!
        Fran

        El vie, 30 oct 2026 a las 19:12, Irene Domínguez escribió:
        > Hola lista, ¿alguien ha hecho entrevista con Mare Nostrum Lines para planificación de
        > terminal? ¿Qué tal el proceso?

        --
        Has recibido este mensaje porque estás suscrito al grupo "Logística Sur" de Grupos de Google.
        Para cancelar la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un
        correo electrónico a logistica-sur+unsubscribe@googlegroups.com.
        """)
    h = hdr(addr("Fran Ruiz", "fran.ruiz.log@example.com"),
            "Re: [logistica-sur] ¿Alguien ha hecho entrevista con Mare Nostrum Lines?",
            "2026-10-31 11:40:03", MAD, "<CAE2w9Lp0sN5tR8vB3kY1mZ6qF4hD7cJ0aG2eW@mail.gmail.com>",
            host="mail-sor-f57.google.com", ip="209.85.220.57", sid="4RzQ5Vd1JmZ4",
            rp="logistica-sur+bncBD5LXQ2K4@googlegroups.com",
            to="logistica-sur@googlegroups.com",
            extra=(("Sender", "logistica-sur@googlegroups.com"),
                   ("Reply-To", "logistica-sur@googlegroups.com"),
                   ("Mailing-list", "list logistica-sur@googlegroups.com; contact logistica-sur+owners@googlegroups.com"),
                   ("List-Id", "<logistica-sur.googlegroups.com>"),
                   ("List-Post", "<https://groups.google.com/group/logistica-sur/post>, <mailto:logistica-sur@googlegroups.com>"),
                   ("List-Unsubscribe", "<mailto:logistica-sur+unsubscribe@googlegroups.com>"),
                   ("Precedence", "list")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="meetup", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Entrada confirmada a un meetup en Málaga (jueves 26 nov 19:00, ICS) con una 'entrevista en "
           "directo' a una ponente: evento, no una entrevista de trabajo.")
def n49() -> bytes:
    body = t("""
        ¡Tu entrada está confirmada!

        PortTech Sur · Meetup #14 (Málaga)
        Gemelos digitales en terminales: del piloto a producción
        Jueves 26 de noviembre de 2026, 19:00 - 21:00
        La Térmica, Avda. de los Guindos 48, Málaga

        Programa
        19:00 Bienvenida
        19:15 Charla: "Un gemelo digital del patio en 6 meses" - Berta Lillo
        20:00 Entrevista en directo con la directora de operaciones de una terminal de contenedores
        20:30 Networking con cerveza y espetos

        Tu código de entrada: PTS14-0388

        Nos vemos allí,
        Equipo PortTech Sur
        """)
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//PortTech Sur//Eventos//ES\nMETHOD:PUBLISH\n" + MADRID_VTZ
           + "\n" + t("""
        BEGIN:VEVENT
        UID:pts14-0388@porttechsur.org
        DTSTAMP:20261119T110002Z
        DTSTART;TZID=Europe/Madrid:20261126T190000
        DTEND;TZID=Europe/Madrid:20261126T210000
        SUMMARY:PortTech Sur Meetup #14 - Gemelos digitales en terminales
        LOCATION:La Térmica\\, Avda. de los Guindos 48\\, Málaga
        END:VEVENT
        END:VCALENDAR
        """))
    h = hdr("PortTech Sur <eventos@porttechsur.org>",
            "Entrada confirmada: PortTech Sur Meetup #14 (Málaga)", "2026-11-19 12:00:02", MAD,
            "<evt.pts14.0388@porttechsur.org>",
            host="mail.porttechsur.org", ip="185.199.110.3", sid="4S2sBn9WcXZ1",
            extra=(("List-Unsubscribe", "<https://porttechsur.org/baja>"),))
    return message(h, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="meetup14.ics",
                                                 disposition="attachment")))


@mail(n(50), family="application_status", lang="en", interview=False, company="Baltic Reefer Lines",
      note="JOIN status update: application moved to the 'Interview' stage, the team 'will reach out "
           "to arrange' it; no time fixed.")
def n50() -> bytes:
    body = t("""
        Hi Irene,

        Good news! Your application for Reefer Operations Analyst (Remote, EU) at Baltic Reefer Lines
        has moved to a new stage:

            Applied  >  Screening  >  INTERVIEW  >  Offer

        The hiring team will reach out to you soon to arrange an interview. You don't need to do
        anything right now.

        Track your application: https://join.com/candidates/applications/2291775

        Best of luck,
        The JOIN Team, on behalf of Baltic Reefer Lines
        """)
    page = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">"
            + "\n".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in body.split("\n\n")) + "</body></html>\n")
    h = hdr("Baltic Reefer Lines via JOIN <noreply@join.com>",
            "Your application status has changed - Baltic Reefer Lines", "2026-12-08 10:45:19", "Europe/Berlin",
            "<0107019b3f7e2d10-join-status-2291775@eu-west-1.amazonses.com>",
            host="b224-13.smtp-out.eu-west-1.amazonses.com", ip="54.240.2.13", sid="4S8Dz0Hq5NZ6")
    return message(h, alt(text(body), html(page)))
