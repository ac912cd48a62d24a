"""blind306: a blind 50-mail held-out set, the inbox of Uxía Castro, dairy-cooperative lab analyst in
Lugo (Europe/Madrid), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the non-score parts of the
held-out README, the dev corpus README, labels.json, dev_002/dev_009 and score.py. It did not read
the detector, its tests, other held-out mails or sets, and never ran the detector. Every mail is
written individually below (one function per mail); keys 1-23 are positives (1-16 scheduled,
17-20 rescheduled, 21-23 cancelled), 24-50 negatives. File numbers are a fixed shuffle of the
writing order.

    python3 bench/heldout/make_blind.py blind306
"""

from __future__ import annotations

import base64
import random

import make
from make import alt, calendar, html, mixed, multipart, raw_part, t, text

SET = "blind306"
ORDER = random.Random(3060306).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


MAD = "Europe/Madrid"
ME = "uxia.castro@example.org"
ME_NAME = "Uxía Castro"
TO = make.addr(ME_NAME, ME)

VTZ_MADRID = make.VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")
VTZ_ROMANCE = make.VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def H(frm: str, subject: str, when: str, zone: str, mid: str, *extra: tuple[str, str],
      to: str = TO, mx: str | None = None, ip: str = "198.51.100.23") -> list[tuple[str, str]]:
    """Headers in the order a delivered message shows them."""
    host = mx or mid.rsplit("@", 1)[1].rstrip(">")
    if not frm.isascii():
        name, _, address = frm.rpartition(" <")
        frm = make.addr(name, address.rstrip(">"))
    hs = [
        ("Return-Path", "<bounces@" + host + ">"),
        ("Received", make.received(f"from {host} ({host} [{ip}])", when, zone,
                                   "mx1.example.org (Postfix) with ESMTPS id 4" + mid[1:9].upper(), ME)),
        ("From", frm),
        ("To", to),
        ("Subject", make.enc(subject)),
        ("Date", make.date(when, zone)),
        ("Message-ID", mid),
    ]
    hs += list(extra)
    return hs


def page(inner: str, font: str = "Arial,Helvetica,sans-serif") -> str:
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head>\n<body style="font-family:{font};font-size:14px;color:#222">\n{inner}\n</body></html>\n')


def vevent(*, method: str | None, prodid: str, tz: str | None, uid: str, stamp: str, start: str, end: str,
           summary: str, organizer: str, attendees: list[str], seq: int = 0, status: str = "CONFIRMED",
           location: str = "", description: str = "", tzid: str | None = None, extra: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(tz)
    lines.append("BEGIN:VEVENT")
    if tzid:
        lines += [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}"]
    else:
        lines += [f"DTSTART:{start}", f"DTEND:{end}"]
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;{organizer}", f"UID:{uid}"]
    lines += [f"ATTENDEE;{a}" for a in attendees]
    if description:
        lines.append(f"DESCRIPTION:{description}")
    if location:
        lines.append(f"LOCATION:{location}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary}"]
    if extra:
        lines.append(extra)
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


ATT_ME = f"CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}"


# =========================================================================== positives: scheduled


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="mette.kjaergaard@nordhavn-ingredients.dk", company="Nordhavn Dairy Ingredients",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone="Europe/Copenhagen",
           note="Greenhouse confirmation from no-reply; 10:00-11:00 CEST (Aarhus, same offset as Madrid) "
                "= 08:00-09:00Z, ICS in UTC agrees; contact = human Reply-To recruiter")
def m01():
    body = t("""
        Hi Uxía,

        Thank you for your interest in the QC Laboratory Analyst (Milk Proteins) role at Nordhavn
        Dairy Ingredients. Your interview has been scheduled as follows:

        Interview: First interview - Hiring Manager
        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM CEST
        Location: Microsoft Teams (link in the calendar invitation)

        Interviewers:
        Jesper Holm, QC Laboratory Manager
        Mette Kjærgaard, Talent Acquisition Partner

        If you need to make any changes, please reply to this email and Mette will help.

        Best regards,
        The Nordhavn Recruiting Team
        """)
    htm = page(
        "<p>Hi Uxía,</p><p>Thank you for your interest in the <b>QC Laboratory Analyst (Milk Proteins)</b> role at "
        "Nordhavn Dairy Ingredients. Your interview has been scheduled as follows:</p>\n"
        '<table cellpadding="4" style="border-collapse:collapse">'
        "<tr><td><b>Interview</b></td><td>First interview - Hiring Manager</td></tr>\n"
        "<tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>\n"
        "<tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM CEST</td></tr>\n"
        "<tr><td><b>Location</b></td><td>Microsoft Teams (link in the calendar invitation)</td></tr></table>\n"
        "<p>Interviewers:<br>Jesper Holm, QC Laboratory Manager<br>Mette Kjærgaard, Talent Acquisition Partner</p>\n"
        "<p>If you need to make any changes, please reply to this email and Mette will help.</p>"
        "<p>Best regards,<br>The Nordhavn Recruiting Team</p>")
    ics = vevent(method="REQUEST", prodid="-//Greenhouse Software//Interview Scheduling//EN", tz=None,
                 uid="gh-interview-58301776@greenhouse.io", stamp="20260909T121144Z",
                 start="20260915T080000Z", end="20260915T090000Z",
                 summary="Interview: Uxía Castro - QC Laboratory Analyst (Milk Proteins)",
                 organizer="CN=Mette Kjærgaard:mailto:mette.kjaergaard@nordhavn-ingredients.dk",
                 attendees=[ATT_ME], location="Microsoft Teams Meeting")
    hs = H("Nordhavn Dairy Ingredients <no-reply@us.greenhouse-mail.io>",
           "Interview confirmation: QC Laboratory Analyst (Milk Proteins) at Nordhavn Dairy Ingredients",
           "2026-09-09 14:11:44", "Europe/Copenhagen", "<0100019d2e1f6b3a-6c1e4a7e-gh@us.greenhouse-mail.io>",
           ("Reply-To", make.addr("Mette Kjærgaard", "mette.kjaergaard@nordhavn-ingredients.dk")))
    return make.message(hs, mixed(alt(text(body), html(htm)),
                                  calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


@make.mail(N(2), family="workday", lang="es", interview=True, kind="scheduled",
           start="2026-10-23T09:30:00Z", end=None, contact="lucia.benavente@lacteomeseta.es",
           company="Grupo Lácteo Meseta", local="Fri 2026-10-23 11:30", zone=MAD,
           note="Workday, HTML only: in-person interview in Alcobendas viernes 23 de octubre 11:30, Madrid "
                "still on CEST (+2) until 25 Oct -> 09:30Z; 'una hora aproximadamente' -> end null; "
                "contact = person named with address in the body")
def m02():
    htm = page(t("""
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <img src="https://lacteomeseta.wd3.myworkdayjobs.com/logo.png" alt="Grupo Lácteo Meseta" width="160">
        <p>Estimada Uxía Castro:</p>
        <p>Nos complace invitarle a una entrevista presencial para el puesto
        <b>Técnico/a de Laboratorio de Microbiología (R-0004812)</b>.</p>
        <p><b>Fecha:</b> viernes, 23 de octubre de 2026<br>
        <b>Hora:</b> 11:30 (hora peninsular)<br>
        <b>Lugar:</b> Centro de Calidad Grupo Lácteo Meseta, Avda. de la Industria 18, 28108 Alcobendas (Madrid)<br>
        <b>Duración:</b> una hora aproximadamente</p>
        <p>La entrevista será con Lucía Benavente (Selección) y Óscar Prieto (Jefe de Laboratorio).
        Le rogamos que acuda con su DNI y llegue diez minutos antes a recepción.</p>
        <p>Para cualquier consulta puede escribir a Lucía Benavente
        (<a href="mailto:lucia.benavente@lacteomeseta.es">lucia.benavente@lacteomeseta.es</a>).</p>
        <p>Puede consultar el estado de su candidatura en nuestro
        <a href="https://lacteomeseta.wd3.myworkdayjobs.com/es-ES/Careers/userHome">portal de candidatos</a>.</p>
        <p>Atentamente,<br>Departamento de Personas<br>Grupo Lácteo Meseta</p>
        <p style="font-size:11px;color:#888">Este mensaje se ha enviado desde una dirección que no admite
        respuestas.</p>
        </td></tr></table>"""))
    hs = H("Grupo Lácteo Meseta <lacteomeseta@myworkday.com>",
           "Invitación a entrevista – Técnico/a de Laboratorio de Microbiología",
           "2026-10-14 09:03:12", MAD, "<1419884753.71342.1792047792310@wd3-prod-mail.myworkday.com>",
           mx="wd3-prod-mail.myworkday.com")
    return make.message(hs, html(htm))


@make.mail(N(3), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-09-10T08:30:00Z", end=None, contact="xoan.rodriguez@queixosdaulloa.gal",
           company="Queixos da Ulloa", local="Thu 2026-09-10 10:30", zone=MAD,
           note="Recruiter prose 'este jueves a las 10:30' resolved against Date (Mon 7 Sep, Madrid) -> "
                "Thu 10 Sep 10:30 CEST = 08:30Z; Galician greeting/sign-off; no duration -> end null")
def m03():
    body = t("""
        Boas tardes, Uxía:

        Gracias por enviarnos el currículum. Hemos hablado con Marisa (la responsable de calidad) y nos
        gustaría conocerte en persona, así que te confirmo la entrevista para este jueves a las 10:30
        en la quesería (Lugar de Vilar, s/n, Palas de Rei). Hay sitio para aparcar delante de la nave.

        Trae si puedes los resultados de algún interlaboratorio en el que hayas participado, aunque
        sea en papel.

        Unha aperta,

        Xoán Rodríguez Varela
        Administración e persoal
        Queixos da Ulloa, S.L.
        982 000 418
        """)
    hs = H("=?utf-8?q?Xo=C3=A1n_Rodr=C3=ADguez_Varela?= <xoan.rodriguez@queixosdaulloa.gal>",
           "Entrevista técnico/a de calidad", "2026-09-07 18:20:31", MAD,
           "<7a1f0e2c-44b9-4e0f-9b3e-1d5c0a9e2f11@queixosdaulloa.gal>",
           ("X-Mailer", "Microsoft Outlook 16.0"))
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(4), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-09-21T15:00:00Z", end="2026-09-21T15:45:00Z", contact="rosa.pena@coopterracha.es",
           company="Cooperativa Agraria Terra Chá", local="Mon 2026-09-21 17:00", local_end="2026-09-21 17:45",
           zone=MAD,
           note="Assistant writes on behalf of the manager (usted, iso-8859-1 8bit): lunes 21 de septiembre "
                "17:00, 45 minutos, CEST -> 15:00-15:45Z; contact = human sender")
def m04():
    body = t("""
        Estimada Sra. Castro:

        En nombre de D. Ramón Neira, gerente de la Cooperativa Agraria Terra Chá, le confirmo la
        entrevista para el puesto de Responsable de Laboratorio de Recogida de Leche:

          Día:      lunes, 21 de septiembre de 2026
          Hora:     17:00
          Duración: 45 minutos
          Lugar:    oficinas centrales, Rúa da Feira 7, Vilalba (primera planta)

        Estarán presentes el Sr. Neira y la técnica de calidad, Dña. Begoña Teijeiro.

        Si por cualquier motivo no pudiera asistir, le ruego que me lo comunique por este medio o en el
        982 000 771.

        Reciba un cordial saludo,

        Rosa Pena Díaz
        Secretaría de Gerencia
        Cooperativa Agraria Terra Chá
        """)
    hs = H(make.addr("Rosa Pena Díaz", "rosa.pena@coopterracha.es", "iso-8859-1"),
           "Confirmación de entrevista", "2026-09-15 12:40:05", MAD,
           "<000c01dc2512$8f3a1e60$adae5b20$@coopterracha.es>",
           ("X-Mailer", "Microsoft Outlook 15.0"), ("Content-Language", "es"))
    return make.message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(5), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-09-30T10:00:00Z", end="2026-09-30T10:45:00Z",
           contact="noelia.sarmiento@biolacanalitica.es", company="Biolac Analítica",
           local="Wed 2026-09-30 12:00", local_end="2026-09-30 12:45", zone=MAD,
           note="Teamtailor confirmation (tú), 12:00-12:45 Europe/Madrid CEST -> 10:00-10:45Z, ICS in "
                "alternative with TZID Europe/Madrid; contact = Reply-To recruiter")
def m05():
    body = t("""
        ¡Hola, Uxía!

        Tu entrevista con Biolac Analítica está confirmada.

        Puesto: Analista de laboratorio - Calidad de leche
        Cuándo: miércoles, 30 de septiembre de 2026, 12:00 - 12:45 (Europe/Madrid)
        Dónde: Google Meet - https://meet.google.com/qxe-ramt-vbo
        Con: Noelia Sarmiento, Gonzalo Reboredo

        ¿Necesitas cambiar algo? Responde a este correo.

        ¡Mucha suerte!
        Biolac Analítica
        """)
    htm = page(
        '<div style="max-width:560px;margin:auto"><h2 style="font-weight:600">¡Hola, Uxía!</h2>\n'
        "<p>Tu entrevista con <b>Biolac Analítica</b> está confirmada.</p>\n"
        '<p style="background:#f4f4f6;padding:12px;border-radius:6px">'
        "<b>Analista de laboratorio - Calidad de leche</b><br>\n"
        "miércoles, 30 de septiembre de 2026, 12:00 - 12:45 (Europe/Madrid)<br>\n"
        'Google Meet · <a href="https://meet.google.com/qxe-ramt-vbo">meet.google.com/qxe-ramt-vbo</a><br>\n'
        "Con: Noelia Sarmiento, Gonzalo Reboredo</p>\n"
        "<p>¿Necesitas cambiar algo? Responde a este correo.</p><p>¡Mucha suerte!<br>Biolac Analítica</p>\n"
        '<p style="font-size:11px;color:#999">Powered by Teamtailor</p></div>')
    ics = vevent(method="REQUEST", prodid="-//Teamtailor//Interview//ES", tz=VTZ_MADRID, tzid=MAD,
                 uid="tt-meeting-2291847@teamtailor.com", stamp="20260924T140502Z",
                 start="20260930T120000", end="20260930T124500",
                 summary="Entrevista: Uxía Castro - Analista de laboratorio",
                 organizer="CN=Noelia Sarmiento:mailto:noelia.sarmiento@biolacanalitica.es",
                 attendees=[ATT_ME], location="https://meet.google.com/qxe-ramt-vbo")
    hs = H("Biolac Analítica <no-reply@teamtailor-mail.com>", "Entrevista confirmada con Biolac Analítica",
           "2026-09-24 16:05:02", MAD, "<6a3e9d0f2c1b7@teamtailor-mail.com>",
           ("Reply-To", make.addr("Noelia Sarmiento", "noelia.sarmiento@biolacanalitica.es")))
    return make.message(hs, alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")))


def _alpenlab(seq: int) -> tuple[str, str, str]:
    if seq == 0:
        when = "Thursday, 8 October 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
        start, end, stamp = "20261008T140000", "20261008T150000", "20261001T074712Z"
    else:
        when = "Tuesday, 27 October 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
        start, end, stamp = "20261027T093000", "20261027T103000", "20261022T131907Z"
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
             "NjQ0YzU5ZTAtYWxwZW5sYWI%40thread.v2/0>\nMeeting ID: 371 664 902 118\nPasscode: 7hQ2Lm\n"
             "________________________________________________________________________________\n")
    note = ("Dear Uxía,\n\nAs discussed with our HR team, please find the invitation for your interview for the "
            "QC Laboratory Specialist position. You will meet Dr. Lukas Meier (Head of QC) and me.\n\n"
            "Kind regards,\nSabine Hug\nHR Business Partner\nAlpenlab Analytics AG | Basel\n\n")
    if seq:
        note = ("Dear Uxía,\n\nAs agreed on the phone, we have moved the interview to Tuesday 27 October at "
                "09:30. Dr. Meier is at a customer audit on the original date. Thank you for your flexibility.\n\n"
                "Kind regards,\nSabine Hug\nHR Business Partner\nAlpenlab Analytics AG | Basel\n\n")
    body = f"When: {when}\nWhere: Microsoft Teams Meeting\n\n{note}{teams}"
    ics = vevent(method="REQUEST", prodid="Microsoft Exchange Server 2010", tz=make.VTZ["W. Europe Standard Time"],
                 tzid="W. Europe Standard Time", uid="040000008200E00074C5B7101A82E00800000000B2C4F0A1F255DC0100"
                 "0000000000000010000000E4A7B1C2D3E4F5061728394A5B6C7D8E", stamp=stamp, start=start, end=end,
                 summary="Interview Uxía Castro – QC Laboratory Specialist",
                 organizer="CN=Sabine Hug:mailto:sabine.hug@alpenlab-analytics.ch",
                 attendees=[f"ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}",
                            "ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Meier:mailto:"
                            "lukas.meier@alpenlab-analytics.ch"],
                 seq=seq, location="Microsoft Teams Meeting",
                 description=body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"),
                 extra="X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\n"
                       "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-DONOTFORWARDMEETING:FALSE\n"
                       "X-MICROSOFT-DISALLOW-COUNTER:FALSE")
    return body, ics, when


@make.mail(N(6), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T12:00:00Z", end="2026-10-08T13:00:00Z", contact="sabine.hug@alpenlab-analytics.ch",
           company="Alpenlab Analytics", local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00",
           zone="Europe/Zurich",
           note="Exchange meeting request, TZID W. Europe Standard Time; body label shows (UTC+01:00) but "
                "8 Oct is CEST -> 14:00-15:00 = 12:00-13:00Z; contact = organizer/sender (HR)")
def m06():
    body, ics, _ = _alpenlab(0)
    hs = H(make.addr("Sabine Hug", "sabine.hug@alpenlab-analytics.ch"),
           "Interview Uxía Castro – QC Laboratory Specialist", "2026-10-01 09:47:12", "Europe/Zurich",
           "<ZR0P278MB0917A1C3E55F1B0AF6D2C4E1B1F42@ZR0P278MB0917.CHEP278.PROD.OUTLOOK.COM>",
           ("Thread-Topic", make.enc("Interview Uxía Castro – QC Laboratory Specialist")),
           ("Thread-Index", "AdxRGy8oAb0kdc1bS9e8mYHX2tKzyA=="), ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           mx="mail-zr0che01on2101.outbound.protection.outlook.com", ip="40.107.24.101")
    htm = page("<p>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
               .replace("\n", "<br>\n") + "</p>", font="Calibri,sans-serif")
    return make.message(hs, alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(7), family="personio", lang="es", interview=True, kind="scheduled",
           start="2026-10-26T09:00:00Z", end="2026-10-26T09:30:00Z", contact="marta.figueiras@lacteosarzua.es",
           company="Lácteos Arzúa Hermanos", local="Mon 2026-10-26 10:00", local_end="2026-10-26 10:30",
           zone=MAD,
           note="Personio mail sent Wed 21 Oct (CEST); interview lunes 26 de octubre 10:00, after the 25 Oct "
                "change to CET (+1) -> 09:00Z; 30 minutos -> end 09:30Z; contact = Reply-To recruiter")
def m07():
    body = t("""
        Hola Uxía:

        Gracias por tu interés en Lácteos Arzúa Hermanos. Te confirmamos la entrevista por
        videollamada para el puesto de Analista de Laboratorio (turno de mañana):

        Fecha: lunes, 26.10.2026
        Hora: 10:00 - 10:30 (hora de Madrid)
        Enlace: https://meet.google.com/fuw-nyjc-kso
        Entrevistadoras: Marta Figueiras (RR. HH.), Sonia Vázquez (Dirección Técnica)

        Ten en cuenta que el domingo 25 cambia la hora; la entrevista es a las 10:00 del nuevo horario.

        Si necesitas cambiar la cita, responde directamente a este correo.

        Un saludo,
        Marta Figueiras
        Lácteos Arzúa Hermanos, S.A.
        """)
    hs = H("Lácteos Arzúa Hermanos <jobs-noreply@personio.de>", "Tu entrevista en Lácteos Arzúa Hermanos",
           "2026-10-21 11:15:40", MAD, "<20261021091540.5c2e7a1d9f@mail.personio.de>",
           ("Reply-To", make.addr("Marta Figueiras", "marta.figueiras@lacteosarzua.es")),
           mx="mail.personio.de")
    htm = page("<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>")
    return make.message(hs, alt(text(body, cte="base64"), html(htm, cte="base64")))


@make.mail(N(8), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z", contact="dana.whitfield@clearbrookfoods.com",
           company="Clearbrook Foods", local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45",
           zone="America/Chicago",
           note="Lever, sent Thu 29 Oct; Tue 3 Nov 9:00 AM Central is after the US change on 1 Nov (CST, -6) "
                "-> 15:00Z; body's '4:00 PM in Madrid' (CET) agrees; 45 minutes; contact = Reply-To")
def m08():
    body = t("""
        Hi Uxía,

        Thanks for making time to speak with us! Here are the details for your upcoming interview for
        Senior Laboratory Analyst - Dairy Cultures (Remote, EMEA).

        Tuesday, November 3, 2026
        9:00 AM - 9:45 AM Central Time (US & Canada)
        (4:00 PM - 4:45 PM in Madrid)

        Video call: https://clearbrookfoods.zoom.us/j/86120045731
        Interviewer: Greg Lindqvist, Director of Quality Assurance

        Please reply to this email if you have any questions or need to reschedule.

        Best,
        Dana Whitfield
        Recruiting | Clearbrook Foods
        """)
    htm = page("<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>")
    hs = H("Clearbrook Foods <no-reply@hire.lever.co>",
           "Interview scheduled: Senior Laboratory Analyst - Dairy Cultures", "2026-10-29 07:12:09",
           "America/Chicago", "<4e8f2b1a-0c3d-4a57-a1b2-0f1e9d8c7b6a@hire.lever.co>",
           ("Reply-To", "Dana Whitfield <dana.whitfield@clearbrookfoods.com>"))
    return make.message(hs, alt(text(body), html(htm)))


@make.mail(N(9), family="calendly", lang="es", interview=True, kind="scheduled",
           start="2026-10-06T08:00:00Z", end="2026-10-06T08:30:00Z", contact="iago.mosquera@talentiaseleccion.es",
           company="Talentia Selección", local="Tue 2026-10-06 10:00", local_end="2026-10-06 10:30", zone=MAD,
           note="Calendly invitee confirmation booked with an agency consultant for a named role (client "
                "confidential -> company = agency); 10:00-10:30 'Hora de Europa central' in October = CEST "
                "-> 08:00-08:30Z; contact = host via Reply-To")
def m09():
    body = t("""
        Hola, Uxía Castro:

        Se ha programado tu evento con Iago Mosquera.

        Evento:
        Entrevista inicial - Responsable de Laboratorio (cliente confidencial)

        Fecha y hora:
        10:00 - 10:30, martes, 6 de octubre de 2026 (Hora de Europa central)

        Ubicación:
        Iago te llamará al número que has indicado: +34 600 000 312

        Cancelar: https://calendly.com/cancellations/6f1c2e0a-93d7-4b51-bd1f-0c4a9e7a2d11
        Reprogramar: https://calendly.com/reschedulings/6f1c2e0a-93d7-4b51-bd1f-0c4a9e7a2d11

        Con la tecnología de Calendly.com
        """)
    htm = page("<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>")
    hs = H("Calendly <notifications@calendly.com>",
           "Confirmado: Entrevista inicial - Responsable de Laboratorio (cliente confidencial) con Iago Mosquera "
           "el martes, 6 de octubre de 2026", "2026-10-02 19:22:51", MAD,
           "<0100019a8c3b2f41-1b2c3d4e-calendly@email.calendly.com>",
           ("Reply-To", "Iago Mosquera <iago.mosquera@talentiaseleccion.es>"),
           mx="email.calendly.com")
    return make.message(hs, alt(text(body), html(htm)))


@make.mail(N(10), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-10-14T10:00:00Z", end=None, contact="ines.carvalho@valedosousa.pt",
           company="Lacticínios Vale do Sousa", local="Wed 2026-10-14 11:00", zone="Europe/Lisbon",
           note="Portuguese recruiter writing in Spanish: 11:00 hora de Portugal (WEST, +1) = 10:00Z, the "
                "body's '12:00 en España' agrees; 'cerca de una hora' -> end null; contact = sender")
def m10():
    body = t("""
        Buenas tardes, Uxía:

        Muchas gracias por la conversación telefónica de esta mañana. Como le comenté, le confirmo
        la entrevista con nuestro director de calidad, el Eng. Tiago Moreira, para el miércoles 14 de
        octubre a las 11:00 hora de Portugal (12:00 en España).

        Será por Zoom y durará cerca de una hora; la conversación puede ser en español o en inglés,
        como le resulte más cómodo:
        https://valedosousa.zoom.us/j/91533027764?pwd=Q2FyZG9zbw

        Quedo a su disposición para cualquier duda.

        Cumprimentos,

        Inês Carvalho
        Recursos Humanos
        Lacticínios Vale do Sousa, S.A. | Paredes, Portugal
        """)
    hs = H(make.addr("Inês Carvalho", "ines.carvalho@valedosousa.pt"),
           "Entrevista - Técnica de Laboratório / Analista de calidad", "2026-10-08 15:30:27", "Europe/Lisbon",
           "<AM9P193MB1268C6D2A4E5F0B1C93D7A29E8A41@AM9P193MB1268.EURP193.PROD.OUTLOOK.COM>",
           ("Content-Language", "pt-PT"), mx="mail-am7eur03on2070.outbound.protection.outlook.com",
           ip="40.107.105.70")
    htm = page("<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>", font="Aptos,sans-serif")
    return make.message(hs, alt(text(body), html(htm)))


def _lanor(cancel: bool) -> bytes:
    method = "CANCEL" if cancel else "REQUEST"
    subj = ("Evento cancelado: " if cancel else "Invitación: ") + \
        "Entrevista técnica – Uxía Castro @ jue 5 nov 2026 9:30 - 10:30 (CET) (uxia.castro@example.org)"
    if cancel:
        body = t("""
            Brais Otero ha cancelado este evento y te ha enviado un mensaje:
            "Uxía, disculpa: tenemos que anular la entrevista del jueves. Se ha paralizado la plaza hasta
            enero. Te escribo en cuanto sepa algo."

            Entrevista técnica – Uxía Castro
            jueves, 5 de noviembre de 2026 · 9:30 – 10:30
            Zona horaria: Hora de Europa Central - Madrid

            Organizador
            Brais Otero
            brais.otero@lanor-lab.es

            Invitación de Google Calendar
            Recibes este correo porque eres un invitado de este evento.
            """)
    else:
        body = t("""
            Brais Otero te ha invitado a un evento

            Entrevista técnica – Uxía Castro
            jueves, 5 de noviembre de 2026 · 9:30 – 10:30
            Zona horaria: Hora de Europa Central - Madrid
            Lugar: LANOR, Polígono do Ceao, Rúa das Industrias 12, 27003 Lugo

            Hola Uxía, te espero en el laboratorio. Revisaremos juntos el plan de muestreo y las
            validaciones de métodos (ISO 17025). Pregunta por mí en recepción.

            Organizador
            Brais Otero
            brais.otero@lanor-lab.es

            Invitados
            Brais Otero - organizador
            uxia.castro@example.org
            Verónica Lago

            ¿Asistirás? Sí - Quizás - No    más opciones

            Invitación de Google Calendar
            Recibes este correo porque eres un invitado de este evento.
            """)
    htm = page('<div style="width:100%;max-width:600px">' + "<p>" + body.replace("\n\n", "</p>\n<p>")
               .replace("\n", "<br>\n") + "</p></div>", font="Roboto,Helvetica,Arial,sans-serif")
    ics = vevent(method=method, prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=None,
                 uid="3k8q1v0ab6s2n4m7c5d9e0f1g2@google.com",
                 stamp="20261103T164007Z" if cancel else "20261102T091203Z",
                 start="20261105T083000Z", end="20261105T093000Z",
                 summary="Entrevista técnica – Uxía Castro",
                 organizer="CN=Brais Otero:mailto:brais.otero@lanor-lab.es",
                 attendees=[ATT_ME, "CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Verónica Lago;"
                            "X-NUM-GUESTS=0:mailto:veronica.lago@lanor-lab.es"],
                 seq=1 if cancel else 0, status="CANCELLED" if cancel else "CONFIRMED",
                 location="LANOR\\, Polígono do Ceao\\, Rúa das Industrias 12\\, 27003 Lugo")
    hs = H("Brais Otero <brais.otero@lanor-lab.es>", subj,
           "2026-11-03 17:40:07" if cancel else "2026-11-02 10:12:03", MAD,
           "<calendar-9d2b1c3e-77f0-4a8e-b6c5-%s@google.com>" % ("0c1d" if cancel else "0a1b"),
           ("Reply-To", "brais.otero@lanor-lab.es"),
           ("Sender", "Google Calendar <calendar-notification@google.com>"),
           mx="mail-sor-f69.google.com", ip="209.85.220.69")
    return make.message(hs, mixed(alt(text(body), html(htm), calendar(ics, method=method, cte="base64")),
                                  calendar(ics, method=method, cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(11), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-11-05T08:30:00Z", end="2026-11-05T09:30:00Z", contact="brais.otero@lanor-lab.es",
           company="Laboratorio Agroalimentario do Noroeste (LANOR)", local="Thu 2026-11-05 09:30",
           local_end="2026-11-05 10:30", zone=MAD,
           note="Google Calendar invitation, Spanish UI: jue 5 nov 9:30-10:30 (CET, +1) -> 08:30-09:30Z, ICS in "
                "UTC agrees; contact = organizer (hiring manager)")
def m11():
    return _lanor(False)


@make.mail(N(12), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T13:00:00Z", end="2026-09-23T13:30:00Z", contact="joost.vandijk@vetterline.nl",
           company="Vetterline Diagnostics", local="Wed 2026-09-23 15:00", local_end="2026-09-23 15:30",
           zone="Europe/Amsterdam",
           note="SmartRecruiters from a no-reply address; 15:00-15:30 CEST (Amsterdam) -> 13:00-13:30Z; "
                "contact = interviewer address in the body")
def m12():
    body = t("""
        Dear Uxía,

        Your interview for Application Specialist - Milk Analysis (Spain & Portugal) has been confirmed.

        Wednesday, 23 September 2026
        15:00 - 15:30 (CEST, Amsterdam time)
        Video interview - Microsoft Teams (the link will be sent by your interviewer)

        Your interviewer: Joost van Dijk, Regional Sales & Applications Manager (joost.vandijk@vetterline.nl)

        Please do not reply to this message; contact your interviewer directly if anything changes.

        Kind regards,
        Vetterline Diagnostics B.V. Talent Team
        """)
    htm = page('<table width="100%" style="max-width:600px"><tr><td>'
               + "<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p></td></tr></table>")
    hs = H("Vetterline Diagnostics <noreply@smartrecruiters.com>",
           "Interview confirmed: Application Specialist - Milk Analysis (Spain & Portugal)",
           "2026-09-17 10:30:55", "Europe/Amsterdam", "<1a2b3c4d.5e6f.4711.a0b1.c2d3e4f5a6b7@smartrecruiters.com>",
           ("X-SR-Template", "interview-confirmation"))
    return make.message(hs, alt(text(body), html(htm)))


@make.mail(N(13), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start="2026-09-18T07:00:00Z", end="2026-09-18T07:30:00Z", contact=None, company="CETELAC",
           local="Fri 2026-09-18 09:00", local_end="2026-09-18 09:30", zone=MAD,
           note="Microsoft Bookings from a shared mailbox; body shows '(UTC+01:00) Bruselas, Copenhague, Madrid, "
                "París' but 18 Sep is CEST -> 07:00-07:30Z, ICS (Romance Standard Time) agrees; staff named "
                "without an address -> contact null")
def m13():
    body = t("""
        Hola, Uxía Castro:

        Su reserva se ha confirmado.

        Entrevista de selección - Técnico/a de I+D (Lácteos)
        viernes, 18 de septiembre de 2026 9:00
        (UTC+01:00) Bruselas, Copenhague, Madrid, París
        30 minutos

        Personal: Antón Vilariño

        Unirse a la reunión de Microsoft Teams:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2V0ZWxhYy1ib29raW5ncw%40thread.v2/0

        Centro Tecnológico Lácteo de Galicia (CETELAC)
        Campus Terra, Lugo

        Administrar reserva: https://outlook.office365.com/owa/calendar/CETELACSeleccin@cetelac.es/bookings/
        """)
    htm = page("<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>", font="Segoe UI,sans-serif")
    ics = vevent(method="REQUEST", prodid="Microsoft Exchange Server 2010", tz=VTZ_ROMANCE,
                 tzid="Romance Standard Time", uid="040000008200E00074C5B7101A82E008000000003A7D2E9C1B43DC0100"
                 "00000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0", stamp="20260911110015Z",
                 start="20260918T090000", end="20260918T093000",
                 summary="Entrevista de selección - Técnico/a de I+D (Lácteos)",
                 organizer="CN=CETELAC Selección:mailto:CETELACSeleccin@cetelac.es", attendees=[ATT_ME],
                 location="Reunión de Microsoft Teams")
    hs = H("CETELAC Selección <CETELACSeleccin@cetelac.es>",
           "Reserva confirmada: Entrevista de selección - Técnico/a de I+D (Lácteos)",
           "2026-09-11 13:00:15", MAD, "<DB9PR02MB7321E4F0A2C1B3D5A6E7F8091A2B3@DB9PR02MB7321.eurprd02.prod.outlook.com>",
           mx="mail-db8eur05on2101.outbound.protection.outlook.com", ip="40.107.20.101")
    return make.message(hs, alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(14), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-19T13:00:00Z", end="2026-11-19T15:30:00Z", contact="ingrid.solberg@halvorsenbio.no",
           company="Halvorsen Bioscience", local="Thu 2026-11-19 14:00", local_end="2026-11-19 16:30", zone=MAD,
           note="GoodTime three-session virtual onsite, shown in the candidate's zone Europe/Madrid (CET, +1): "
                "14:00 first start to 16:30 last end -> 13:00-15:30Z; contact = Reply-To coordinator")
def m14():
    body = t("""
        Hi Uxía,

        Your virtual onsite with Halvorsen Bioscience is confirmed. All times are shown in your time
        zone (Europe/Madrid, CET).

        Thursday, November 19, 2026

        2:00 PM - 2:45 PM   Technical interview - Microbiology methods
                            Eirik Dahl, Principal Scientist
        3:00 PM - 3:45 PM   Laboratory quality systems (ISO 17025)
                            Kari Nilsen, QA Lead
        4:00 PM - 4:30 PM   Meet the team
                            Henrik Aas, Lab Manager

        All sessions use the same Teams link:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFsdm9yc2Vu%40thread.v2/0

        If you have any questions, just reply to this email and it will reach your coordinator,
        Ingrid Solberg.

        Good luck!
        Halvorsen Bioscience Talent Acquisition
        """)
    rows = "".join(f"<tr><td style='padding:6px 12px'>{a}</td><td>{b}<br><span style='color:#666'>{c}</span></td></tr>\n"
                   for a, b, c in [("2:00 PM - 2:45 PM", "Technical interview - Microbiology methods",
                                    "Eirik Dahl, Principal Scientist"),
                                   ("3:00 PM - 3:45 PM", "Laboratory quality systems (ISO 17025)", "Kari Nilsen, QA Lead"),
                                   ("4:00 PM - 4:30 PM", "Meet the team", "Henrik Aas, Lab Manager")])
    htm = page("<p>Hi Uxía,</p><p>Your virtual onsite with Halvorsen Bioscience is confirmed. All times are shown "
               "in your time zone (Europe/Madrid, CET).</p>\n<h3>Thursday, November 19, 2026</h3>\n"
               f"<table>{rows}</table>\n<p>All sessions use the same Teams link: "
               '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGFsdm9yc2Vu%40thread.v2/0">Join</a></p>'
               "<p>If you have any questions, just reply to this email and it will reach your coordinator, Ingrid "
               "Solberg.</p><p>Good luck!<br>Halvorsen Bioscience Talent Acquisition</p>")
    hs = H("Halvorsen Bioscience <scheduling@goodtime.io>", "Your interview schedule with Halvorsen Bioscience",
           "2026-11-12 11:20:33", "Europe/Oslo", "<gt.0e4c1a7b93f2.itinerary@goodtime.io>",
           ("Reply-To", "Ingrid Solberg <ingrid.solberg@halvorsenbio.no>"))
    return make.message(hs, alt(text(body), html(htm)))


@make.mail(N(15), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-30T10:00:00Z", end="2026-11-30T11:00:00Z", contact="aoife.brennan@marinernutrition.ie",
           company="Mariner Nutrition", local="Mon 2026-11-30 10:00", local_end="2026-11-30 11:00",
           zone="Europe/Dublin",
           note="Candidate forwards an iCIMS confirmation to herself (Gmail Fwd:, Spanish note on top): "
                "10:00 AM Irish time, GMT in November -> 10:00Z (her note says 11:00 in Spain); 'Duration: 1 "
                "hour'; contact = recruiter address in the forwarded body")
def m15():
    body = t("""
        Ojo: hora irlandesa, en España son las 11:00. Reservar la sala pequeña de casa.

        ---------- Forwarded message ---------
        From: Mariner Nutrition <mariner-nutrition@talent.icims.com>
        Date: Tue, 24 Nov 2026 at 17:41
        Subject: Interview Confirmation - Laboratory Analyst II (Req 2026-3318)
        To: <uxia.castro@example.org>


        Dear Uxía,

        Thank you for confirming your availability. Your interview is scheduled for:

        Date: Monday, 30 November 2026
        Time: 10:00 AM (Irish time, GMT)
        Duration: 1 hour
        Format: Microsoft Teams video interview
        Panel: Ciarán Walsh (QC Manager), Aoife Brennan (Talent Acquisition)

        Should you have any questions, please contact Aoife Brennan at aoife.brennan@marinernutrition.ie.

        Kind regards,
        Talent Acquisition
        Mariner Nutrition | Carrigaline, Co. Cork
        """)
    hs = H(make.addr(ME_NAME, "uxiacastro.movil@example.com"),
           "Fwd: Interview Confirmation - Laboratory Analyst II (Req 2026-3318)", "2026-11-24 21:05:18", MAD,
           "<CAF4rT0m9Qk2Lw7sXn1dP8bH3vE6zY0uJ5cA2gK@mail.gmail.com>",
           mx="mail-sor-f41.google.com", ip="209.85.220.41")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(16), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start="2026-11-13T08:30:00Z", end=None, contact="carmen.lamas@piensoslamas.es",
           company="Piensos Lamas", local="Fri 2026-11-13 09:30", zone=MAD,
           note="Short reply on top of the quoted thread: recruiter had proposed jueves 12 11:00 or viernes 13 "
                "9:30, candidate picked Friday, recruiter closes 'quedamos el viernes 13 a las 9:30' (CET, +1) "
                "-> 08:30Z; contact = human sender")
def m16():
    body = t("""
        Perfecto, Uxía, quedamos entonces el viernes 13 a las 9:30 en las oficinas de la fábrica
        (Polígono de O Ceao, parcela 41). Pregunta por mí en recepción.

        Un saludo,
        Carmen

        El lun, 9 nov 2026 a las 20:14, Uxía Castro (<uxia.castro@example.org>) escribió:
        > Buenas tardes, Carmen:
        >
        > Muchas gracias. Me viene mejor el viernes 13 a las 9:30.
        >
        > Un saludo,
        > Uxía
        >
        > El lun, 9 nov 2026 a las 9:40, Carmen Lamas (<carmen.lamas@piensoslamas.es>) escribió:
        >> Hola Uxía:
        >>
        >> Hemos recibido tu candidatura para técnico/a de laboratorio de control de materias primas.
        >> ¿Te vendría bien una entrevista el jueves 12 a las 11:00 o el viernes 13 a las 9:30? Dime cuál
        >> prefieres.
        >>
        >> Carmen Lamas
        >> RR. HH. - Piensos Lamas, S.L.
        """)
    hs = H("Carmen Lamas <carmen.lamas@piensoslamas.es>", "Re: Entrevista técnico/a de laboratorio",
           "2026-11-10 12:02:44", MAD, "<CAJ7m2xQp0fL4sD9gH1kW8nR3vT6yB5cE0aZ2uN@mail.gmail.com>",
           ("In-Reply-To", "<CAG0hK9pX2mN7sQ4wR1vB8cT5yE3dF6aL0jU9iZ@mail.gmail.com>"),
           ("References", "<CAJ7m2xQoN3vB1cX8zL5kP0sD4fG7hJ2wE6rT9y@mail.gmail.com>\r\n"
                          " <CAG0hK9pX2mN7sQ4wR1vB8cT5yE3dF6aL0jU9iZ@mail.gmail.com>"),
           mx="mail-sor-f65.google.com", ip="209.85.220.65")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-27T08:30:00Z", end="2026-10-27T09:30:00Z", contact="sabine.hug@alpenlab-analytics.ch",
           company="Alpenlab Analytics", local="Tue 2026-10-27 09:30", local_end="2026-10-27 10:30",
           zone="Europe/Zurich",
           note="Exchange update (SEQUENCE:1, same UID as the 8 Oct request), sent 22 Oct in CEST; new time "
                "Tue 27 Oct 09:30-10:30 after the 25 Oct change (CET, +1) -> 08:30-09:30Z; contact = organizer")
def m17():
    body, ics, _ = _alpenlab(1)
    hs = H(make.addr("Sabine Hug", "sabine.hug@alpenlab-analytics.ch"),
           "Updated: Interview Uxía Castro – QC Laboratory Specialist", "2026-10-22 15:19:07", "Europe/Zurich",
           "<ZR0P278MB0917C0D9A8B7E6F5A4B3C2D1E0F12@ZR0P278MB0917.CHEP278.PROD.OUTLOOK.COM>",
           ("Thread-Topic", make.enc("Interview Uxía Castro – QC Laboratory Specialist")),
           ("Thread-Index", "AdxRGy8oAb0kdc1bS9e8mYHX2tKzyAAFm3Qw"), ("Content-Language", "en-US"),
           mx="mail-zr0che01on2101.outbound.protection.outlook.com", ip="40.107.24.101")
    htm = page("<p>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
               .replace("\n", "<br>\n") + "</p>", font="Calibri,sans-serif")
    return make.message(hs, alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-11-18T15:30:00Z", end=None, contact="javier.gutierrez@lacteascantabrico.es",
           company="Industrias Lácteas del Cantábrico", local="Wed 2026-11-18 16:30", zone=MAD,
           note="Recruiter prose, windows-1252 QP: old (lunes 16, 12:00) and new time in the same mail; new = "
                "miércoles 18 de noviembre 16:30 CET -> 15:30Z; contact = sender")
def m18():
    body = t("""
        Hola Uxía,

        Como hablamos esta mañana por teléfono, te confirmo el cambio: la entrevista que teníamos el
        lunes 16 de noviembre a las 12:00 pasa al miércoles 18 de noviembre a las 16:30. El enlace de
        Teams es el mismo que te envié la semana pasada.

        Estaremos Pilar Sainz, directora técnica de la planta de Torrelavega, y yo.

        Gracias por la flexibilidad y hasta el miércoles.

        Javier Gutiérrez Ceballos
        Talento y Selección
        Industrias Lácteas del Cantábrico
        """)
    hs = H(make.addr("Javier Gutiérrez Ceballos", "javier.gutierrez@lacteascantabrico.es", "windows-1252"),
           "RE: Entrevista Técnico/a Laboratorio Torrelavega – cambio de fecha", "2026-11-13 13:15:52", MAD,
           "<PAXPR03MB7786B1A2C3D4E5F6A7B8C9D0E1F23@PAXPR03MB7786.eurprd03.prod.outlook.com>",
           ("In-Reply-To", "<PAXPR03MB77860F1E2D3C4B5A69788796A5B4C@PAXPR03MB7786.eurprd03.prod.outlook.com>"),
           ("Thread-Topic", make.enc("Entrevista Técnico/a Laboratorio Torrelavega – cambio de fecha")),
           mx="mail-vi1eur03on2112.outbound.protection.outlook.com", ip="40.107.103.112")
    return make.message(hs, text(body, charset="windows-1252"))


@make.mail(N(19), family="workable", lang="es", interview=True, kind="rescheduled",
           start="2026-12-03T09:00:00Z", end="2026-12-03T09:45:00Z", contact="paula.deibe@nutrigal.es",
           company="NutriGal Laboratorios", local="Thu 2026-12-03 10:00", local_end="2026-12-03 10:45", zone=MAD,
           note="Workable reschedule: old martes 1 dic 12:00, new jueves 3 de diciembre 10:00-10:45 CET -> "
                "09:00-09:45Z; Reply-To is a Workable relay, so contact = person named with address in the body")
def m19():
    body = t("""
        Hola Uxía,

        Tu entrevista para el puesto de Analista de Control de Calidad en NutriGal Laboratorios ha sido
        reprogramada.

        Antes: martes, 1 de diciembre de 2026, 12:00 - 12:45
        Ahora: jueves, 3 de diciembre de 2026, 10:00 - 10:45 (Hora de Madrid)

        Tipo: videollamada (Google Meet) - https://meet.google.com/ziv-okmt-hpa

        Si tienes cualquier duda, escribe a Paula Deibe (paula.deibe@nutrigal.es).

        Saludos,
        Equipo de selección de NutriGal Laboratorios
        """)
    htm = page("<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>")
    hs = H("NutriGal Laboratorios <noreply@candidates.workablemail.com>",
           "Tu entrevista con NutriGal Laboratorios ha sido reprogramada", "2026-11-30 08:55:10", MAD,
           "<wk-5f0b2e1c9a8d7c6b@candidates.workablemail.com>",
           ("Reply-To", "NutriGal Laboratorios <nutrigal-laboratorios+c7f2e91a4b@candidates.workablemail.com>"))
    return make.message(hs, alt(text(body), html(htm)))


@make.mail(N(20), family="calendly", lang="en", interview=True, kind="rescheduled",
           start="2026-10-29T09:00:00Z", end="2026-10-29T09:30:00Z", contact="hannah.pryce@brightwatercultures.co.uk",
           company="Brightwater Cultures", local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:30", zone=MAD,
           note="Calendly invitee reschedule sent Tue 20 Oct (CEST); former slot Wed 21 Oct 11:00 CEST, new slot "
                "Thu 29 Oct 10:00-10:30 'Central European Time' (CET, +1) -> 09:00-09:30Z; contact = Reply-To host")
def m20():
    body = t("""
        Hi Uxía Castro,

        Your event with Hannah Pryce has been rescheduled.

        Event Type:
        Screening call - Dairy Microbiologist

        Invitee:
        Uxía Castro

        New Event Date/Time:
        10:00 - 10:30, Thursday, October 29, 2026 (Central European Time)

        Former: 11:00 - 11:30, Wednesday, October 21, 2026 (Central European Summer Time)

        Location:
        Google Meet - https://meet.google.com/hbc-pwta-rrd

        Reason for rescheduling:
        "Apologies Uxía, I'm at a customer site on the 21st - thanks for moving! Hannah"

        Cancel: https://calendly.com/cancellations/a8e2d4c1-55f0-4b7e-9e3a-2f1d0c6b7a59
        Reschedule: https://calendly.com/reschedulings/a8e2d4c1-55f0-4b7e-9e3a-2f1d0c6b7a59

        Powered by Calendly.com
        """)
    htm = page("<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>")
    hs = H("Calendly <notifications@calendly.com>",
           "Updated: Screening call - Dairy Microbiologist with Hannah Pryce on Thursday, October 29, 2026",
           "2026-10-20 17:50:26", MAD, "<0100019a9d1e4c72-8f3b2a1c-calendly@email.calendly.com>",
           ("Reply-To", "Hannah Pryce <hannah.pryce@brightwatercultures.co.uk>"), mx="email.calendly.com")
    return make.message(hs, alt(text(body), html(htm)))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
           start="2026-11-05T08:30:00Z", end="2026-11-05T09:30:00Z", contact="brais.otero@lanor-lab.es",
           company="Laboratorio Agroalimentario do Noroeste (LANOR)", local="Thu 2026-11-05 09:30",
           local_end="2026-11-05 10:30", zone=MAD,
           note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the 5 Nov interview; cancelled "
                "slot 9:30-10:30 CET -> 08:30-09:30Z; contact = organizer")
def m21():
    return _lanor(True)


@make.mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
           start="2026-10-02T08:00:00Z", end=None, contact="ana.seoane@minocontrol.es",
           company="Laboratorios Miño Control", local="Fri 2026-10-02 10:00", zone=MAD,
           note="Prose cancellation (usted): 'la entrevista del viernes 2 de octubre a las 10:00' cancelled, "
                "position filled internally, no new time; CEST -> 08:00Z; contact = sender")
def m22():
    body = t("""
        Estimada Uxía:

        Lamento comunicarle que tenemos que cancelar la entrevista del viernes 2 de octubre a las 10:00.
        La dirección ha decidido cubrir finalmente el puesto de analista con una promoción interna, por
        lo que el proceso queda cerrado.

        Le agradecemos sinceramente su interés y, si le parece bien, conservaremos su currículum para
        futuras vacantes en el laboratorio de Ourense.

        Un cordial saludo,

        Ana Seoane Grela
        Responsable de Administración
        Laboratorios Miño Control, S.L.
        """)
    hs = H("Ana Seoane Grela <ana.seoane@minocontrol.es>", "Cancelación entrevista 2 de octubre",
           "2026-09-29 18:03:26", MAD, "<20260929160326.3F7A2C0D41@smtp.minocontrol.es>",
           ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131 (Win)/9.0.0_GA_4583)"),
           mx="smtp.minocontrol.es")
    return make.message(hs, text(body))


@make.mail(N(23), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-12-14T15:00:00Z", end="2026-12-14T16:00:00Z", contact="rui.tavares@atlantica-lab.pt",
           company="Atlântica Lab Services", local="Mon 2026-12-14 15:00", local_end="2026-12-14 16:00",
           zone="Europe/Lisbon",
           note="Exchange METHOD:CANCEL from a Lisbon organizer, TZID GMT Standard Time: 15:00-16:00 Lisbon "
                "(WET = UTC) -> 15:00-16:00Z (16:00 in Madrid); contact = organizer/sender")
def m23():
    when = "Monday, 14 December 2026 15:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London"
    body = (f"When: {when}\nWhere: Microsoft Teams Meeting\n\n"
            "Dear Uxía,\n\nI'm sorry, but we have to cancel this interview: the Laboratory Analyst vacancy has "
            "been put on hold until the 2027 budget is approved. I will contact you as soon as it reopens.\n\n"
            "Best regards,\nRui Tavares\nTalent Acquisition | Atlântica Lab Services, Lisboa\n")
    ics = vevent(method="CANCEL", prodid="Microsoft Exchange Server 2010", tz=make.VTZ["GMT Standard Time"],
                 tzid="GMT Standard Time", uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100"
                 "0000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90", stamp="20261209103011Z",
                 start="20261214T150000", end="20261214T160000",
                 summary="Canceled: Interview – Laboratory Analyst (Uxía Castro)",
                 organizer="CN=Rui Tavares:mailto:rui.tavares@atlantica-lab.pt",
                 attendees=[f"ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN={ME_NAME}:mailto:{ME}"],
                 seq=1, status="CANCELLED", location="Microsoft Teams Meeting",
                 description=body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"),
                 extra="X-MICROSOFT-CDO-BUSYSTATUS:FREE\nX-MICROSOFT-CDO-IMPORTANCE:2")
    hs = H(make.addr("Rui Tavares", "rui.tavares@atlantica-lab.pt"),
           "Canceled: Interview – Laboratory Analyst (Uxía Castro)", "2026-12-09 10:30:11", "Europe/Lisbon",
           "<DU0PR08MB9582A3B4C5D6E7F8091A2B3C4D5E6@DU0PR08MB9582.eurprd08.prod.outlook.com>",
           ("Thread-Topic", make.enc("Interview – Laboratory Analyst (Uxía Castro)")),
           ("Importance", "high"), ("Content-Language", "en-GB"),
           mx="mail-db5eur02on2093.outbound.protection.outlook.com", ip="40.107.249.93")
    htm = page("<p>" + body.replace("\n", "<br>\n") + "</p>", font="Calibri,sans-serif")
    return make.message(hs, alt(text(body), html(htm), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="es", interview=False, company="Biolac Analítica",
           note="Teamtailor rejection after the 30 Sep interview; the past date is no appointment",
           days=(("Wed", "2026-09-30"),))
def m24():
    body = t("""
        Hola Uxía:

        Gracias de nuevo por tu tiempo en la entrevista del miércoles 30 de septiembre y por el interés
        en Biolac Analítica.

        Después de valorar todas las candidaturas, hemos decidido continuar el proceso con otra persona
        cuyo perfil se ajusta más a lo que buscamos en este momento. No ha sido una decisión fácil.

        Guardaremos tus datos para futuras oportunidades, si nos das tu consentimiento aquí:
        https://biolacanalitica.teamtailor.com/connect

        Un saludo y mucha suerte,
        Noelia Sarmiento
        Biolac Analítica
        """)
    htm = page("<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>")
    hs = H("Biolac Analítica <no-reply@teamtailor-mail.com>", "Tu candidatura en Biolac Analítica",
           "2026-10-09 10:44:18", MAD, "<7b4f0e1a3d2c8@teamtailor-mail.com>",
           ("Reply-To", make.addr("Noelia Sarmiento", "noelia.sarmiento@biolacanalitica.es")))
    return make.message(hs, alt(text(body), html(htm)))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Nordhavn Dairy Ingredients",
           note="Greenhouse rejection after the 15 Sep first interview")
def m25():
    body = t("""
        Dear Uxía,

        Thank you for taking the time to meet with Jesper and me last week to discuss the QC Laboratory
        Analyst (Milk Proteins) position.

        We were impressed by your background in raw milk analysis, but after careful consideration we have
        decided to move forward with candidates whose experience more closely matches our current needs,
        particularly with LC-MS methods.

        We genuinely appreciate your interest in Nordhavn and wish you every success in your search.

        Kind regards,
        Mette Kjærgaard
        Talent Acquisition Partner, Nordhavn Dairy Ingredients
        """)
    hs = H("Nordhavn Dairy Ingredients <no-reply@us.greenhouse-mail.io>",
           "Your application to Nordhavn Dairy Ingredients", "2026-09-22 16:02:11", "Europe/Copenhagen",
           "<0100019d4a7b2e11-7d2f5b8c-gh@us.greenhouse-mail.io>",
           ("Reply-To", make.addr("Mette Kjærgaard", "mette.kjaergaard@nordhavn-ingredients.dk")))
    return make.message(hs, alt(text(body), html(page("<p>" + body.replace("\n\n", "</p>\n<p>")
                                                      .replace("\n", "<br>\n") + "</p>"))))


@make.mail(N(26), family="application_ack", lang="es", interview=False, company="Grupo Lácteo Meseta",
           note="Workday application received; no time")
def m26():
    htm = page(t("""
        <p>Estimada Uxía Castro:</p>
        <p>Gracias por presentar su candidatura al puesto <b>Técnico/a de Laboratorio de Microbiología
        (R-0004812)</b> en Grupo Lácteo Meseta.</p>
        <p>Nuestro equipo revisará su perfil y, si encaja con los requisitos del puesto, nos pondremos en
        contacto con usted. Puede seguir el estado de su solicitud en cualquier momento desde el
        <a href="https://lacteomeseta.wd3.myworkdayjobs.com/es-ES/Careers/userHome">portal de candidatos</a>.</p>
        <p>Atentamente,<br>Departamento de Personas<br>Grupo Lácteo Meseta</p>"""))
    hs = H("Grupo Lácteo Meseta <lacteomeseta@myworkday.com>", "Hemos recibido su solicitud",
           "2026-09-21 22:37:50", MAD, "<1287733501.40219.1789936670118@wd3-prod-mail.myworkday.com>",
           mx="wd3-prod-mail.myworkday.com")
    return make.message(hs, html(htm))


@make.mail(N(27), family="application_ack", lang="en", interview=False, company="Kestrel Nutrition",
           note="SmartRecruiters application received")
def m27():
    body = t("""
        Dear Uxía,

        Thank you for applying for the position of Quality Control Technician - Infant Formula at Kestrel
        Nutrition (Cork / Hybrid).

        We have received your application and our recruitment team will review it carefully. If your
        profile matches the requirements, we will be in touch with the next steps.

        Best regards,
        Kestrel Nutrition Talent Acquisition
        """)
    hs = H("Kestrel Nutrition <noreply@smartrecruiters.com>",
           "Thank you for applying to Kestrel Nutrition", "2026-09-03 08:14:02", "Europe/Dublin",
           "<9f8e7d6c.1a2b.4c3d.8e9f.0a1b2c3d4e5f@smartrecruiters.com>")
    return make.message(hs, alt(text(body), html(page("<p>" + body.replace("\n\n", "</p>\n<p>") + "</p>"))))


@make.mail(N(28), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert with a list of offers; no appointment")
def m28():
    jobs = [("Técnico/a de laboratorio - Industria láctea", "Lácteos da Mariña", "Foz (Lugo)"),
            ("Analista de calidad alimentaria", "Conservas Rías Baixas", "Vilagarcía de Arousa"),
            ("Técnico/a de control de calidad (turnos)", "Galicarne", "Lalín"),
            ("Responsable de laboratorio de leche cruda", "Cooperativa Leiteira do Sarria", "Sarria")]
    body = "Hola Uxía,\n\nHay 12 nuevas ofertas para tu alerta \"técnico laboratorio\" en Galicia:\n\n"
    body += "".join(f"- {a}\n  {b} · {c}\n  https://www.empleonorte.es/oferta/{i + 40211}\n\n"
                    for i, (a, b, c) in enumerate(jobs))
    body += ("Ver las 12 ofertas: https://www.empleonorte.es/alertas/8812\n\nRecibes este correo porque creaste "
             "una alerta en EmpleoNorte. Darse de baja: https://www.empleonorte.es/baja?u=8812\n")
    rows = "".join(f'<tr><td style="padding:8px 0"><a href="https://www.empleonorte.es/oferta/{i + 40211}">{a}</a>'
                   f"<br>{b} · {c}</td></tr>\n" for i, (a, b, c) in enumerate(jobs))
    htm = page('<p>Hola Uxía,</p><p>Hay <b>12 nuevas ofertas</b> para tu alerta "técnico laboratorio" en '
               f"Galicia:</p>\n<table>{rows}</table>\n"
               '<p><a href="https://www.empleonorte.es/alertas/8812">Ver las 12 ofertas</a></p>'
               '<p style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta en EmpleoNorte. '
               '<a href="https://www.empleonorte.es/baja?u=8812">Darse de baja</a></p>')
    hs = H("EmpleoNorte <alertas@empleonorte.es>", "12 nuevas ofertas: técnico laboratorio (Galicia)",
           "2026-10-05 07:30:00", MAD, "<alert.8812.20261005@mailer.empleonorte.es>",
           ("List-Unsubscribe", "<https://www.empleonorte.es/baja?u=8812>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           mx="mailer.empleonorte.es")
    return make.message(hs, alt(text(body), html(htm)))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="English weekly job digest from a lab-careers board; no appointment")
def m29():
    body = t("""
        LabCareers Europe - your weekly matches

        QC Analyst, Dairy (m/f/d) - Frieslandia Foods - Leeuwarden, NL - posted 2 days ago
        Laboratory Technician, Microbiology - Celtic Cultures - Galway, IE - posted 4 days ago
        Analytical Chemist (Food Contaminants) - Eurofood Testing - Porto, PT - posted 5 days ago

        See all 27 matches: https://labcareers.eu/matches?w=47

        You are receiving this because you subscribed to weekly matches.
        Manage e-mail preferences: https://labcareers.eu/prefs
        """)
    hs = H("LabCareers Europe <matches@labcareers.eu>", "27 new lab jobs for you this week",
           "2026-11-16 06:00:12", "Europe/Brussels", "<20261116050012.weekly.47@labcareers.eu>",
           ("List-Unsubscribe", "<mailto:unsubscribe@labcareers.eu?subject=47>, <https://labcareers.eu/prefs>"),
           ("Precedence", "bulk"))
    return make.message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(30), family="recruiter_outreach", lang="es", interview=False, company="Talentia Selección",
           note="Agency outreach: asks whether she is interested, nothing fixed")
def m30():
    body = t("""
        Hola Uxía,

        Soy Iago Mosquera, consultor de Talentia Selección en A Coruña. He visto tu perfil y estoy
        llevando un proceso para un cliente del sector lácteo (planta en la provincia de Lugo) que busca
        una persona Responsable de Laboratorio: control de leche cruda, APPCC e ISO 17025.

        ¿Te interesaría? Si es así, respóndeme y te paso un enlace para que elijas un hueco para una
        primera llamada de 30 minutos.

        Un saludo,
        Iago Mosquera
        Talentia Selección · Consultor Industria y Alimentación
        """)
    hs = H("Iago Mosquera <iago.mosquera@talentiaseleccion.es>", "Oportunidad Responsable de Laboratorio (Lugo)",
           "2026-09-28 11:06:40", MAD, "<CAMq7Lp2z0K9xN4bF1wH8sD3eG6yR5tU0aC2vJ@mail.gmail.com>",
           mx="mail-sor-f73.google.com", ip="209.85.220.73")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(31), family="scheduling_link", lang="en", interview=False, company="Halvorsen Bioscience",
           note="GoodTime availability request for the virtual onsite; asks for availability, confirms nothing")
def m31():
    body = t("""
        Hi Uxía,

        Congratulations on moving forward in the process for Laboratory Scientist - Microbiology at
        Halvorsen Bioscience!

        The next step is a virtual onsite of about two and a half hours. Please share your availability
        for the weeks of November 16 and November 23 using the link below:

        https://app.goodtime.io/availability/9e1c2a74b0d3

        Once we have your availability, we'll coordinate with the team and send you a confirmed schedule.

        Best,
        Ingrid Solberg
        Recruiting Coordinator, Halvorsen Bioscience
        """)
    hs = H("Halvorsen Bioscience <scheduling@goodtime.io>", "Please share your availability - Halvorsen Bioscience",
           "2026-11-03 09:48:21", "Europe/Oslo", "<gt.9e1c2a74b0d3.availability@goodtime.io>",
           ("Reply-To", "Ingrid Solberg <ingrid.solberg@halvorsenbio.no>"))
    return make.message(hs, alt(text(body), html(page("<p>" + body.replace("\n\n", "</p>\n<p>") + "</p>"))))


@make.mail(N(32), family="proposal", lang="es", interview=False, company="Piensos Lamas",
           note="Recruiter proposes two slots (jueves 12 11:00 or viernes 13 9:30) and asks which; not yet "
                "confirmed (the reply closing it is a separate mail)",
           days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")))
def m32():
    body = t("""
        Hola Uxía:

        Hemos recibido tu candidatura para técnico/a de laboratorio de control de materias primas.
        ¿Te vendría bien una entrevista el jueves 12 a las 11:00 o el viernes 13 a las 9:30? Dime cuál
        prefieres.

        Carmen Lamas
        RR. HH. - Piensos Lamas, S.L.
        """)
    hs = H("Carmen Lamas <carmen.lamas@piensoslamas.es>", "Entrevista técnico/a de laboratorio",
           "2026-11-09 09:40:03", MAD, "<CAJ7m2xQoN3vB1cX8zL5kP0sD4fG7hJ2wE6rT9y@mail.gmail.com>",
           mx="mail-sor-f65.google.com", ip="209.85.220.65")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(33), family="auto_reply", lang="es", interview=False, company=None,
           note="Out-of-office auto-reply (Auto-Submitted) from the recruiter at Lácteos Arzúa; dates only")
def m33():
    body = t("""
        Gracias por su mensaje.

        Estaré fuera de la oficina del 2 al 6 de noviembre, con acceso limitado al correo. Responderé a su
        consulta a mi regreso. Para asuntos urgentes de selección puede escribir a seleccion@lacteosarzua.es.

        Un saludo,
        Marta Figueiras
        """)
    hs = H("Marta Figueiras <marta.figueiras@lacteosarzua.es>", "Respuesta automática: Documentación solicitada",
           "2026-11-02 08:31:45", MAD, "<AS8PR02MB6981F0E1D2C3B4A5968778695A4B3@AS8PR02MB6981.eurprd02.prod.outlook.com>",
           ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("In-Reply-To", "<CAB9eX1f0r2K7pQmD3sW8vN5hT6yL4cZ0uJ2aG@mail.gmail.com>"),
           mx="mail-am6eur05on2044.outbound.protection.outlook.com", ip="40.107.22.44")
    return make.message(hs, text(body))


@make.mail(N(34), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the candidate's thank-you mail to a mistyped interviewer address")
def m34():
    orig_body = t("""
        Dear Joost,

        Thank you very much for your time this afternoon. I enjoyed learning about the application work
        with Iberian dairy customers, and I'm very interested in the role.

        Best regards,
        Uxía Castro
        """)
    orig = make.message([
        ("From", make.addr(ME_NAME, ME)), ("To", "Joost van Dijk <joost.vandjik@vetterline.nl>"),
        ("Subject", "Thank you - Application Specialist interview"),
        ("Date", make.date("2026-09-23 18:42:10", MAD)),
        ("Message-ID", "<b2f1c0de-3a4b-4c5d-8e9f-0123456789ab@example.org>"),
    ], text(orig_body))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <joost.vandjik@vetterline.nl>: host mx.vetterline.nl[192.0.2.44] said: 550
            5.1.1 <joost.vandjik@vetterline.nl>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Fq2Lk0YtTz9sWn
        Arrival-Date: Wed, 23 Sep 2026 18:42:11 +0200 (CEST)

        Final-Recipient: rfc822; joost.vandjik@vetterline.nl
        Original-Recipient: rfc822;joost.vandjik@vetterline.nl
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.vetterline.nl
        Diagnostic-Code: smtp; 550 5.1.1 <joost.vandjik@vetterline.nl>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       make.attached_message(orig), params="report-type=delivery-status")
    hs = [("Return-Path", "<>"),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", make.addr(ME_NAME, ME)),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", make.date("2026-09-23 18:42:13", MAD)),
          ("Message-ID", "<20260923164213.4Fq2Lk0YtTz9sWn@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return make.message(hs, report)


@make.mail(N(35), family="offer", lang="es", interview=False, company="Lácteos Arzúa Hermanos",
           note="Job offer after the 26 Oct interview; start date and reply deadline, no appointment",
           days=(("Fri", "2026-11-20"),))
def m35():
    body = t("""
        Hola Uxía:

        ¡Enhorabuena! Tras las entrevistas de octubre, nos alegra ofrecerte el puesto de Analista de
        Laboratorio (turno de mañana) en Lácteos Arzúa Hermanos.

        Te adjuntamos la carta oferta con las condiciones: contrato indefinido, 30.400 EUR brutos anuales
        y incorporación prevista el 11 de enero de 2027.

        Te agradeceríamos una respuesta antes del viernes 20 de noviembre. Si quieres comentar cualquier
        punto, llámame cuando quieras.

        Un abrazo,
        Marta Figueiras
        Recursos Humanos · Lácteos Arzúa Hermanos, S.A.
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Carta_oferta_UCastro.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Carta_oferta_UCastro.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = H("Marta Figueiras <marta.figueiras@lacteosarzua.es>", "Oferta - Analista de Laboratorio",
           "2026-11-12 13:27:36", MAD, "<AS8PR02MB69815A4B3C2D1E0F9A8B7C6D5E4F3@AS8PR02MB6981.eurprd02.prod.outlook.com>",
           mx="mail-am6eur05on2044.outbound.protection.outlook.com", ip="40.107.22.44")
    return make.message(hs, mixed(text(body), att))


@make.mail(N(36), family="newsletter", lang="es", interview=False, company=None,
           note="Professional association newsletter (Galician headings) announcing courses and a seminar; "
                "not addressed to her as a candidate", days=(("Thu", "2026-10-22"),))
def m36():
    body = t("""
        BOLETÍN AGTL · Outubro 2026
        Asociación Galega de Técnicos Lácteos

        NOVAS
        - Publicada la revisión del protocolo de toma de muestras de leche cruda en explotación.
        - Abierta la inscripción al curso online "Validación de métodos microbiológicos" (noviembre).

        AXENDA
        - Xornada técnica "Inhibidores en leite: novos métodos rápidos", xoves 22 de outubro, 10:00, Lugo.
        - Asamblea general ordinaria: diciembre (fecha por confirmar).

        EMPREGO
        Tres ofertas nuevas en la bolsa de empleo de socios: https://agtl.gal/emprego

        Recibes este boletín como socia de AGTL. Baixa: https://agtl.gal/boletin/baixa?id=3317
        """)
    hs = H("AGTL Boletín <boletin@agtl.gal>", "Boletín AGTL · Outubro 2026", "2026-10-07 19:00:04", MAD,
           "<boletin-2026-10.3317@agtl.gal>", ("List-Unsubscribe", "<https://agtl.gal/boletin/baixa?id=3317>"),
           ("Precedence", "list"), ("List-Id", "Boletin AGTL <boletin.agtl.gal>"))
    return make.message(hs, alt(text(body, charset="iso-8859-15", cte="quoted-printable"),
                                html(page("<pre>" + body + "</pre>"), charset="iso-8859-15")))


@make.mail(N(37), family="appointment", lang="es", interview=False, company=None,
           note="Dentist appointment reminder: a fixed time, not an interview", days=(("Tue", "2026-10-06"),))
def m37():
    body = t("""
        Hola Uxía:

        Le recordamos su cita en Clínica Dental Rúa Nova:

        Martes 06/10/2026 a las 18:30
        Tratamiento: revisión e higiene
        Profesional: Dra. Iria Mouriño

        Rúa Nova 52, 1º - 27001 Lugo · Tel. 982 000 190

        Si no puede acudir, avísenos con 24 horas de antelación.
        """)
    hs = H("Clínica Dental Rúa Nova <citas@dentalruanova.es>", "Recordatorio de cita - Clínica Dental Rúa Nova",
           "2026-10-05 10:00:00", MAD, "<rem-551902.20261005@gesden-mailer.dentalruanova.es>",
           mx="gesden-mailer.dentalruanova.es")
    return make.message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(38), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Exchange invitation from the current employer (Christmas staff dinner), TZID W. Europe "
                "Standard Time; a fixed time, not an interview", days=(("Fri", "2026-12-18"),))
def m38():
    when = "viernes, 18 de diciembre de 2026 21:00-23:30 (UTC+01:00) Ámsterdam, Berlín, Berna, Roma, Estocolmo, Viena"
    body = (f"Cuándo: {when}\nDónde: Restaurante O Muíño, Lugo\n\n"
            "Ola a todos:\n\nComo cada año, celebramos la cea de Nadal do persoal de Leite Lucus. Por favor, "
            "aceptad o rechazad la convocatoria antes del 4 de diciembre para confirmar el número de cubiertos.\n\n"
            "Saúdos,\nManuel Castiñeira\nXerente · Leite Lucus S. Coop. Galega\n")
    ics = vevent(method="REQUEST", prodid="Microsoft Exchange Server 2010", tz=make.VTZ["W. Europe Standard Time"],
                 tzid="W. Europe Standard Time", uid="040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC0100"
                 "0000000000000010000000112233445566778899AABBCCDDEEFF00", stamp="20261120094512Z",
                 start="20261218T210000", end="20261218T233000", summary="Cea de Nadal do persoal",
                 organizer="CN=Manuel Castiñeira:mailto:manuel.castineira@leitelucus.gal",
                 attendees=[f"ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_NAME}:mailto:{ME}"],
                 location="Restaurante O Muíño\\, Lugo",
                 description=body.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))
    hs = H(make.addr("Manuel Castiñeira", "manuel.castineira@leitelucus.gal"), "Cea de Nadal do persoal",
           "2026-11-20 10:45:12", MAD, "<VI1PR09MB4452A0B1C2D3E4F5A6B7C8D9E0F1A@VI1PR09MB4452.eurprd09.prod.outlook.com>",
           to="persoal@leitelucus.gal", mx="mail-vi1eur04on2052.outbound.protection.outlook.com", ip="40.107.8.52")
    htm = page("<p>" + body.replace("\n", "<br>\n") + "</p>", font="Calibri,sans-serif")
    return make.message(hs, alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(39), family="travel", lang="es", interview=False, company=None,
           note="Train ticket to Madrid the evening before the 23 Oct in-person interview: fixed time, not an "
                "interview", days=(("Thu", "2026-10-22"),))
def m39():
    htm = page(t("""
        <h2>¡Buen viaje, Uxía!</h2>
        <p>Tu compra se ha realizado correctamente. Localizador: <b>K7Q2PM</b></p>
        <table cellpadding="6" style="border:1px solid #ddd">
        <tr><th align="left">Ida</th><td>jueves 22/10/2026</td></tr>
        <tr><th align="left">Salida</th><td>Lugo 15:52</td></tr>
        <tr><th align="left">Llegada</th><td>Madrid-Chamartín 20:47</td></tr>
        <tr><th align="left">Tren</th><td>Alvia 00622 · Coche 4 · Plaza 07A · Tarifa Básica</td></tr>
        <tr><th align="left">Vuelta</th><td>viernes 23/10/2026 · Madrid-Chamartín 16:20 → Lugo 21:26</td></tr>
        <tr><th align="left">Total</th><td>98,60 €</td></tr></table>
        <p>Presenta tu billete (en el móvil o impreso) y un documento de identidad en el control de acceso.</p>
        <p style="font-size:11px;color:#777">Trenes Atlántico, S.A. · Este correo se ha generado automáticamente.</p>"""))
    hs = H("Trenes Atlántico <billetes@trenesatlantico.es>", "Confirmación de compra - Localizador K7Q2PM",
           "2026-10-15 21:18:44", MAD, "<K7Q2PM.20261015211844@ventas.trenesatlantico.es>",
           mx="ventas.trenesatlantico.es")
    return make.message(hs, html(htm, cte="base64"))


@make.mail(N(40), family="appointment", lang="es", interview=False, company=None,
           note="Vehicle inspection (ITV) appointment: fixed time, not an interview", days=(("Wed", "2026-12-02"),))
def m40():
    body = t("""
        CITA PREVIA CONFIRMADA

        Estación: ITV Lugo - O Ceao
        Fecha: miércoles, 2 de diciembre de 2026
        Hora: 08:45
        Matrícula: 4821 LKP
        Tipo de inspección: periódica - turismo

        Recuerde traer la ficha técnica y el permiso de circulación. El pago se realiza en la estación.
        Para anular o modificar la cita: https://www.itvnoroeste.es/cita/anular?c=99120
        """)
    hs = H("Cita Previa ITV <noreply@itvnoroeste.es>", "Cita previa ITV confirmada - 02/12/2026",
           "2026-11-20 20:11:09", MAD, "<cita-99120@itvnoroeste.es>")
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(41), family="assessment", lang="en", interview=False, company="Kestrel Nutrition",
           note="Online assessment with a completion deadline (no appointment)", days=(("Fri", "2026-09-11"),))
def m41():
    body = t("""
        Dear Uxía,

        Thank you for your application for Quality Control Technician - Infant Formula. As the next step,
        we invite you to complete a short online assessment (numerical reasoning and a laboratory
        case study, around 40 minutes).

        Please complete it by Friday, 11 September 2026 at 23:59 (your local time):
        https://assess.kestrelnutrition.com/start?token=eyJjIjoiOTMxMiJ9

        You can start whenever suits you before the deadline.

        Best regards,
        Kestrel Nutrition Talent Acquisition
        """)
    hs = H("Kestrel Nutrition <noreply@smartrecruiters.com>", "Next step: online assessment - Kestrel Nutrition",
           "2026-09-07 09:02:15", "Europe/Dublin", "<3c2b1a09.8f7e.4d6c.9b5a.4f3e2d1c0b9a@smartrecruiters.com>")
    return make.message(hs, alt(text(body), html(page("<p>" + body.replace("\n\n", "</p>\n<p>") + "</p>"))))


@make.mail(N(42), family="post_interview", lang="es", interview=False, company="Queixos da Ulloa",
           note="Thank-you after yesterday's interview; 'os diremos algo la semana que viene', nothing fixed")
def m42():
    body = t("""
        Bos días, Uxía:

        Gracias por venir ayer hasta Palas. A Marisa y a mí nos gustó mucho la conversación, sobre todo lo
        que contaste de los controles de antibióticos en recogida.

        Estamos terminando de ver a las demás personas y os diremos algo la semana que viene.

        Unha aperta,
        Xoán
        """)
    hs = H("=?utf-8?q?Xo=C3=A1n_Rodr=C3=ADguez_Varela?= <xoan.rodriguez@queixosdaulloa.gal>",
           "Grazas pola visita", "2026-09-11 09:12:40", MAD, "<c91e2f3a-0b4d-4e6f-8a7b-9c0d1e2f3a4b@queixosdaulloa.gal>",
           ("X-Mailer", "Microsoft Outlook 16.0"))
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(43), family="event", lang="es", interview=False, company=None,
           note="Registration confirmation for a technical seminar with ICS (Europe/Madrid): an event, not an "
                "interview", days=(("Thu", "2026-10-22"),))
def m43():
    body = t("""
        Hola Uxía,

        Tu inscripción se ha registrado correctamente.

        Xornada técnica: "Inhibidores en leite: novos métodos rápidos"
        Jueves, 22 de octubre de 2026, de 10:00 a 13:30
        Salón de actos do Edificio Multiusos, Campus Terra, Lugo

        Adjuntamos el evento para tu calendario. El acceso es gratuito para socias y socios.

        Asociación Galega de Técnicos Lácteos (AGTL)
        """)
    ics = vevent(method="PUBLISH", prodid="-//AGTL//Xornadas//GL", tz=VTZ_MADRID, tzid=MAD,
                 uid="xornada-inhibidores-2026@agtl.gal", stamp="20261001080000Z",
                 start="20261022T100000", end="20261022T133000",
                 summary="Xornada técnica: Inhibidores en leite", organizer="CN=AGTL:mailto:xornadas@agtl.gal",
                 attendees=[], location="Edificio Multiusos\\, Campus Terra\\, Lugo")
    hs = H("AGTL Xornadas <xornadas@agtl.gal>", "Inscripción confirmada: Xornada técnica 22/10",
           "2026-10-01 10:00:31", MAD, "<insc-0412.xornada@agtl.gal>")
    return make.message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="xornada.ics",
                                                        disposition="attachment", name_param=True)))


@make.mail(N(44), family="scheduling_link", lang="es", interview=False, company="Talentia Selección",
           note="Agency sends a Calendly link to pick a slot; nothing booked yet")
def m44():
    body = t("""
        ¡Genial, Uxía! Gracias por responder tan rápido.

        Aquí tienes mi agenda para que elijas el hueco que mejor te venga para la primera llamada
        (30 minutos): https://calendly.com/iago-talentia/entrevista-inicial

        Un saludo,
        Iago

        El mar, 29 sept 2026 a las 22:03, Uxía Castro (<uxia.castro@example.org>) escribió:
        > Hola Iago, sí, me interesa. ¿Cómo lo hacemos?
        > Uxía
        """)
    hs = H("Iago Mosquera <iago.mosquera@talentiaseleccion.es>",
           "Re: Oportunidad Responsable de Laboratorio (Lugo)", "2026-09-30 08:47:15", MAD,
           "<CAMq7Lp3a1L0yO5cG2xI9tE4fH7zS6uV1bD3wK@mail.gmail.com>",
           ("In-Reply-To", "<CAB9eX0e9q1J6oPlC2rV7uM4gS5xK3bY9tI1zF@mail.gmail.com>"),
           mx="mail-sor-f73.google.com", ip="209.85.220.73")
    return make.message(hs, alt(text(body), html(make.gmail_html(body))))


@make.mail(N(45), family="newsletter", lang="en", interview=False, company=None,
           note="Trade magazine newsletter with an interview feature and a webinar date; not her interview",
           days=(("Wed", "2026-11-25"),))
def m45():
    body = t("""
        DAIRY LAB DIGEST - November 2026

        In this issue
        * Interview: "Why raw-milk testing is going fully automated" - a conversation with a plant QC director
        * Flow cytometry vs. standard plate counts: what the new ISO revision changes
        * Webinar: Somatic cell counting - calibration pitfalls, Wednesday 25 November, 15:00 CET

        Read online: https://dairylabdigest.news/2026-11

        You are subscribed as uxia.castro@example.org. Unsubscribe: https://dairylabdigest.news/u/5b21
        """)
    hs = H("Dairy Lab Digest <newsletter@dairylabdigest.news>", "Dairy Lab Digest - November 2026",
           "2026-11-04 14:00:00", "Europe/London", "<nl.2026-11.5b21@dairylabdigest.news>",
           ("List-Unsubscribe", "<https://dairylabdigest.news/u/5b21>"), ("Precedence", "bulk"))
    return make.message(hs, alt(text(body), html(page("<pre>" + body + "</pre>"))))


@make.mail(N(46), family="personal", lang="gl", interview=False, company=None,
           note="Mother's mail in Galician about Sunday lunch: a fixed time, not an interview",
           days=(("Sun", "2026-10-18"),))
def m46():
    body = t("""
        Ola filla,

        O domingo 18 xantamos na casa da avoa en Castro de Rei, ás dúas. Trae ti a sobremesa, que a túa
        irmá vén de Santiago e chega xusto.

        E como foi a entrevista de Portugal? Chámame cando poidas.

        Bicos,
        Mamá
        """)
    hs = H("Carme Fernández <carmefernandez58@example.net>", "Xantar do domingo", "2026-10-15 20:41:09", MAD,
           "<1760553669.281947.carme@webmail.example.net>", mx="smtp.example.net")
    return make.message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(47), family="receipt", lang="es", interview=False, company=None,
           note="Online shop order confirmation (blazer) with a delivery estimate", days=(("Tue", "2026-10-20"),))
def m47():
    htm = page(t("""
        <p>Hola Uxía,</p>
        <p>Gracias por tu pedido <b>#TMN-558120</b>. Ya lo estamos preparando.</p>
        <table cellpadding="4"><tr><td>Americana recta lana - azul marino - talla 38</td><td>69,95 €</td></tr>
        <tr><td>Envío estándar</td><td>0,00 €</td></tr><tr><td><b>Total</b></td><td><b>69,95 €</b></td></tr></table>
        <p>Entrega estimada: martes 20 de octubre, entre las 9:00 y las 14:00.</p>
        <p>Tenda Moda Norte · atencion@tendamodanorte.es</p>"""))
    hs = H("Tenda Moda Norte <pedidos@tendamodanorte.es>", "Pedido confirmado #TMN-558120",
           "2026-10-17 12:03:55", MAD, "<order-558120@tendamodanorte.es>")
    return make.message(hs, html(htm, charset="windows-1252"))


@make.mail(N(48), family="survey", lang="en", interview=False, company="Clearbrook Foods",
           note="Lever candidate-experience survey after the 3 Nov interview")
def m48():
    body = t("""
        Hi Uxía,

        Thanks again for interviewing with Clearbrook Foods for Senior Laboratory Analyst - Dairy
        Cultures. We'd love to hear how your interview experience went - the survey takes about two minutes
        and is anonymous:

        https://hire.lever.co/candidate-survey/clearbrookfoods/7f3e2a1b

        Thank you,
        Clearbrook Foods Recruiting
        """)
    hs = H("Clearbrook Foods <no-reply@hire.lever.co>", "How was your interview with Clearbrook Foods?",
           "2026-11-05 10:00:41", "America/Chicago", "<9a8b7c6d-5e4f-4321-b0a9-8c7d6e5f4a3b@hire.lever.co>")
    return make.message(hs, alt(text(body), html(page("<p>" + body.replace("\n\n", "</p>\n<p>") + "</p>"))))


@make.mail(N(49), family="one_way_video", lang="es", interview=False, company="Solvia Foods",
           note="One-way recorded video interview with a completion deadline, no live meeting at a set time",
           days=(("Sun", "2026-10-18"),))
def m49():
    body = t("""
        Hola Uxía:

        Gracias por tu interés en el puesto de Técnica de Calidad en Solvia Foods (Barcelona).

        El siguiente paso es una entrevista en vídeo diferida: verás cinco preguntas en pantalla y
        grabarás tus respuestas (2 minutos por pregunta). Puedes hacerla cuando quieras, desde el
        ordenador o el móvil, hasta el domingo 18 de octubre a las 23:59.

        Empezar: https://solviafoods.vidscreen.io/i/4Q8ZP2

        Un saludo,
        Equipo de Talento · Solvia Foods
        """)
    hs = H("Solvia Foods <no-reply@vidscreen.io>", "Tu entrevista en vídeo para Solvia Foods",
           "2026-10-12 09:30:00", MAD, "<vs-4Q8ZP2.invite@vidscreen.io>")
    return make.message(hs, alt(text(body), html(page("<p>" + body.replace("\n\n", "</p>\n<p>") + "</p>"))))


@make.mail(N(50), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Google Calendar invitation from a friend (birthday dinner): fixed time, not an interview",
           days=(("Sat", "2026-11-21"),))
def m50():
    body = t("""
        Antía Regueiro te ha invitado a un evento

        Cea aniversario Antía 🎂
        sábado, 21 de noviembre de 2026 · 21:30 – 23:30
        Zona horaria: Hora de Europa Central - Madrid
        Lugar: Taberna A Cunca, Rúa da Cruz 14, Lugo

        Reservei para 10! Confirmade por aquí, porfa 😘

        Organizador
        Antía Regueiro
        antia.regueiro@example.net

        ¿Asistirás? Sí - Quizás - No    más opciones

        Invitación de Google Calendar
        """)
    ics = vevent(method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=None,
                 uid="7p0c2a9dkq3h1m5v8b4n6x2z0w@google.com", stamp="20261110193015Z",
                 start="20261121T203000Z", end="20261121T223000Z", summary="Cea aniversario Antía 🎂",
                 organizer="CN=Antía Regueiro:mailto:antia.regueiro@example.net", attendees=[ATT_ME],
                 location="Taberna A Cunca\\, Rúa da Cruz 14\\, Lugo")
    hs = H("Antía Regueiro <antia.regueiro@example.net>",
           "Invitación: Cea aniversario Antía 🎂 @ sáb 21 nov 2026 21:30 - 23:30 (CET) (uxia.castro@example.org)",
           "2026-11-10 20:30:15", MAD, "<calendar-5e1f9a2b-3c4d-4e5f-a6b7-c8d9e0f1a2b3@google.com>",
           ("Reply-To", "antia.regueiro@example.net"),
           ("Sender", "Google Calendar <calendar-notification@google.com>"),
           mx="mail-sor-f69.google.com", ip="209.85.220.69")
    htm = page("<p>" + body.replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>")
    return make.message(hs, mixed(alt(text(body), html(htm), calendar(ics, method="REQUEST", cte="base64")),
                                  calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))
