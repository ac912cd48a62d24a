"""blind114: a blind 50-mail set, the inbox of Pilar Gracia, logistics planner in Zaragoza.

Hand-written by a helper session that did not read the detector; built by make_blind.py.
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
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1140114).sample(range(1, 51), 50)
ME = "pilar.gracia@example.org"
PILAR = addr("Pilar Gracia", ME)
MAD = "Europe/Madrid"

ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


def n(key: int) -> str:
    return f"blind114_{ORDER[key - 1]:03d}"


def rx(host: str, when: str, zone: str = MAD, ip: str = "198.51.100.23", lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    "mx1.example.org with ESMTPS id 4fK2q", ME, lag)


def hd(frm: str, subj: str, when: str, mid: str, host: str, zone: str = MAD,
       extra: tuple = (), to: str = PILAR, charset: str = "utf-8") -> list[tuple[str, str]]:
    return [("Received", rx(host, when, zone)), ("From", frm), ("To", to),
            ("Subject", enc(subj, charset)), ("Date", date(when, zone)), ("Message-ID", mid), *extra]


def ics(uid: str, start: str, end: str | None, summary: str, organizer: str, *, tzid: str | None = MAD,
        vtz: str | None = None, method: str = "REQUEST", prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
        status: str = "CONFIRMED", seq: int = 0, location: str = "", stamp: str = "20260901T080000Z",
        attendee: str = ME, extra: str = "") -> str:
    """start/end: 'YYYYMMDDTHHMMSS' local in tzid, or ending in Z when tzid is None."""
    tz = "" if tzid is None else f";TZID={tzid}"
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if vtz:
        lines.append(vtz)
    lines += ["BEGIN:VEVENT", f"DTSTART{tz}:{start}"]
    if end:
        lines.append(f"DTEND{tz}:{end}")
    lines += [f"DTSTAMP:{stamp}", f"ORGANIZER;CN={organizer}", f"UID:{uid}",
              f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pilar Gracia:mailto:{attendee}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if extra:
        lines.append(extra)
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", MAD), end=utc("2026-09-15 10:45", MAD),
      contact="marta.ilundain@alcotanfreight.com", company="Alcotán Freight",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=MAD,
      note="Greenhouse confirmation, 'Tuesday, September 15, 10:00 AM - 10:45 AM CEST' (Madrid, UTC+2) "
           "-> 08:00-08:45Z; ICS in UTC agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Pilar,

        Thanks for taking the time to schedule your interview for the Transport Planning Lead
        (Remote, Spain) role at Alcotán Freight. Here are the details:

        Interview: Hiring Manager Conversation
        When: Tuesday, September 15, 2026, 10:00 AM - 10:45 AM CEST
        Where: Google Meet - https://meet.google.com/qhx-ruvd-ake
        With: Íñigo Salaberri (Head of Network Planning)

        If you need to reschedule, just reply to this email.

        Best,
        Marta Ilundain
        Talent Acquisition, Alcotán Freight
        """)
    hbody = ("<html><body><p>Hi Pilar,</p><p>Thanks for taking the time to schedule your interview for the "
             "<b>Transport Planning Lead (Remote, Spain)</b> role at Alcotán Freight. Here are the details:</p>"
             "<table><tr><td><b>Interview</b></td><td>Hiring Manager Conversation</td></tr>"
             "<tr><td><b>When</b></td><td>Tuesday, September 15, 2026, 10:00 AM - 10:45 AM CEST</td></tr>"
             "<tr><td><b>Where</b></td><td>Google Meet - https://meet.google.com/qhx-ruvd-ake</td></tr>"
             "<tr><td><b>With</b></td><td>Íñigo Salaberri (Head of Network Planning)</td></tr></table>"
             "<p>If you need to reschedule, just reply to this email.</p>"
             "<p>Best,<br>Marta Ilundain<br>Talent Acquisition, Alcotán Freight</p>"
             '<img src="https://app.greenhouse.io/email_open/9f2c1" width="1" height="1"></body></html>\n')
    cal = ics("gh-7713021@greenhouse.io", "20260915T080000Z", "20260915T084500Z",
              "Interview: Pilar Gracia - Transport Planning Lead", "Marta Ilundain:mailto:marta.ilundain@alcotanfreight.com",
              tzid=None, prodid="-//Greenhouse Software//Greenhouse//EN", location="Google Meet")
    return message(hd(addr("Alcotán Freight", "no-reply@us.greenhouse-mail.io"),
                      "Interview Confirmation: Transport Planning Lead at Alcotán Freight",
                      "2026-09-09 16:12", "<greenhouse.7713021.c9a1@us.greenhouse-mail.io>", "mail-a.greenhouse-mail.io",
                      extra=(("Reply-To", addr("Marta Ilundain", "marta.ilundain@alcotanfreight.com")),)),
                   mixed(alt(text(body), html(hbody)), calendar(cal, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-23 12:30", MAD), end=None,
      contact="jl.lasheras@transportesmoncayo.es", company="Transportes Moncayo",
      local="Wed 2026-09-23 12:30", zone=MAD,
      note="Aragonese prose, 'el miércoles de la semana que viene a las 12:30' from Date Thu 17 Sep 2026 -> "
           "Wed 23 Sep, 12:30 CEST = 10:30Z; 'una horica más o menos' is approximate so end null; human sender")
def m02() -> bytes:
    body = t("""
        Buenas Pilar:

        Ya he hablado con Chusé, el jefe de tráfico, y le viene bien verte el miércoles de la
        semana que viene a las 12:30 aquí en la nave de PLAZA (calle Bari, 41, nave 3). Pregunta
        en la recepción por mí. Será una horica más o menos, y te enseñaremos el almacén.

        Queda así cerrado entonces, si te surge algo me llamas al 976 000 418.

        Un saludo, majica

        José Luis Lasheras
        Recursos Humanos · Transportes Moncayo S.L.
        """)
    return message(hd(addr("José Luis Lasheras", "jl.lasheras@transportesmoncayo.es"),
                      "Entrevista con el jefe de tráfico", "2026-09-17 13:48",
                      "<000a01dcf2b1$5e7a2c10$1b6e8430$@transportesmoncayo.es>", "smtp.transportesmoncayo.es",
                      extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
                   text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(3), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-28 16:00", MAD), end=utc("2026-09-28 16:45", MAD),
      contact="laia.pujol@ebrocargohub.com", company="Ebro Cargo Hub",
      local="Mon 2026-09-28 16:00", local_end="2026-09-28 16:45", zone=MAD,
      note="Personio invitation, '28.09.2026, 16:00 - 16:45 (Europe/Madrid)' = 14:00-14:45Z; Zoom block pasted; "
           "sender is a no-reply, contact = the recruiter address in the body")
def m03() -> bytes:
    body = t("""
        Hola Pilar,

        gracias por tu interés en el puesto de Demand Planner (Barcelona / híbrido). Nos gustaría
        conocerte mejor y te confirmamos la siguiente entrevista:

        Fecha: 28.09.2026
        Hora: 16:00 - 16:45 (Europe/Madrid)
        Tipo: Videollamada (Zoom)
        Entrevistadoras: Laia Pujol (People) y Nerea Aldabe (S&OP Manager)

        Unirse a la reunión Zoom
        https://zoom.us/j/84120937751?pwd=bUZrT2xhZ1dNcnZ3
        ID de reunión: 841 2093 7751
        Código de acceso: 559201

        Si tienes cualquier pregunta, escríbeme a laia.pujol@ebrocargohub.com.

        Un saludo,
        Laia Pujol
        Ebro Cargo Hub

        --
        Este correo se ha enviado a través de Personio. Por favor, no respondas a este mensaje.
        """)
    return message(hd(addr("Ebro Cargo Hub", "no-reply@mail.personio.de"),
                      "Invitación a entrevista: Demand Planner", "2026-09-22 10:05",
                      "<01070192aa3b.7d1e@mail.personio.de>", "mail.personio.de",
                      extra=(("Auto-Submitted", "auto-generated"),)),
                   alt(text(body, cte="base64"), html(gmail_html(body).replace('dir="ltr"', 'class="personio"'), cte="base64")))


@mail(n(4), family="exchange", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", MAD), end=utc("2026-10-26 10:30", MAD),
      contact="beatriz.oter@carpetanadistribucion.es", company="Grupo Carpetana Distribución",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=MAD,
      note="Exchange meeting request, TZID 'Romance Standard Time'; sent Thu 22 Oct in CEST, interview Mon 26 Oct "
           "after the 25 Oct change, so 09:30 CET = 08:30Z (not 07:30Z); organizer = sender")
def m04() -> bytes:
    body = t("""
        Cuándo: lunes, 26 de octubre de 2026 9:30-10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Oficinas Carpetana, Av. de la Industria 12, Coslada (Madrid) - 2ª planta

        *~*~*~*~*~*~*~*~*~*

        Hola Pilar,

        Tal como hablamos por teléfono, te envío la convocatoria para la entrevista presencial
        para el puesto de Responsable de Planificación de Transporte. Estaremos Andrés Mayoral
        (Director de Operaciones) y yo.

        Trae por favor el DNI para el control de acceso.

        Un saludo,
        Beatriz Oter
        Selección y Desarrollo | Grupo Carpetana Distribución
        """)
    cal = ics("040000008200E00074C5B7101A82E00800000000C0A15F3E9A61DD01000000000000000010000000F3A1",
              "20261026T093000", "20261026T103000", "Entrevista Pilar Gracia - Resp. Planificación Transporte",
              "\"Beatriz Oter\":mailto:beatriz.oter@carpetanadistribucion.es", tzid="Romance Standard Time",
              vtz=ROMANCE, prodid="Microsoft Exchange Server 2010", stamp="20261022T071500Z",
              location="Oficinas Carpetana\\, Av. de la Industria 12\\, Coslada (Madrid) - 2ª planta",
              extra="X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")
    return message(hd(addr("Beatriz Oter", "beatriz.oter@carpetanadistribucion.es"),
                      "Entrevista Pilar Gracia - Resp. Planificación Transporte", "2026-10-22 09:15",
                      "<DB9PR04MB8412A3C2B1E0F4D7A9C3E1F2D7B9@DB9PR04MB8412.eurprd04.prod.outlook.com>",
                      "EUR05-DB8-obe.outbound.protection.outlook.com",
                      extra=(("Thread-Topic", enc("Entrevista Pilar Gracia - Resp. Planificación Transporte")),
                             ("Content-Language", "es-ES"), ("X-MS-Has-Attach", ""))),
                   alt(text(body), calendar(cal, cte="base64", charset="utf-8")))


@mail(n(5), family="teams", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:00", MAD), end=utc("2026-10-08 15:00", MAD),
      contact="sanne.vermeulen@veldhovenlogistics.nl", company="Veldhoven Logistics",
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone=MAD,
      note="Outlook/Teams invite from a Dutch remote team, TZID 'W. Europe Standard Time' 14:00-15:00 (Amsterdam = "
           "Madrid, CEST) = 12:00-13:00Z; organizer = sender")
def m05() -> bytes:
    body = t("""
        Hi Pilar,

        As discussed, here is the invite for your second-round interview (case study on inbound
        planning) with Ruud and me. Please keep the slides to 15 minutes.

        Kind regards,
        Sanne Vermeulen | Recruitment Business Partner
        Veldhoven Logistics B.V.

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1YjA5>
        Meeting ID: 371 228 940 511
        Passcode: dK7pQ3
        ________________________________________________________________________________
        """)
    cal = ics("040000008200E00074C5B7101A82E008000000007B22A1C09E3FDD01000000000000000010000000AC41",
              "20261008T140000", "20261008T150000", "Interview Pilar Gracia - Inbound Planner (remote)",
              "\"Sanne Vermeulen\":mailto:sanne.vermeulen@veldhovenlogistics.nl", tzid="W. Europe Standard Time",
              vtz=VTZ["W. Europe Standard Time"], prodid="Microsoft Exchange Server 2010", stamp="20261001T124000Z",
              location="Microsoft Teams Meeting", extra="X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE")
    return message(hd(addr("Sanne Vermeulen", "sanne.vermeulen@veldhovenlogistics.nl"),
                      "Interview Pilar Gracia - Inbound Planner (remote)", "2026-10-01 14:40",
                      "<AM8PR09MB5527C1E8F3D0B2A6E4C9F1B3A5D2@AM8PR09MB5527.eurprd09.prod.outlook.com>",
                      "EUR03-AM7-obe.outbound.protection.outlook.com",
                      extra=(("Content-Language", "en-US"),)),
                   alt(text(body), calendar(cal, cte="base64")))


@mail(n(6), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-14 11:00", MAD), end=utc("2026-10-14 11:30", MAD),
      contact="gerard.soler@rutaverde.io", company="Rutaverde",
      local="Wed 2026-10-14 11:00", local_end="2026-10-14 11:30", zone=MAD,
      note="Lever confirmation 'Wed, Oct 14, 2026 11:00 AM - 11:30 AM (CEST)' = 09:00-09:30Z; Reply-To recruiter")
def m06() -> bytes:
    body = t("""
        Hi Pilar,

        Your interview with Rutaverde is confirmed!

        Phone screen - Logistics Operations Planner
        Wed, Oct 14, 2026 11:00 AM - 11:30 AM (CEST)
        Gerard Soler will call you on +34 6XX XXX 214.

        Add to calendar: https://hire.lever.co/calendar/rutaverde/7b1e0c

        Need to make a change? Reply to this email and we'll sort it out.

        Rutaverde Talent Team
        """)
    return message(hd(addr("Rutaverde", "no-reply@hire.lever.co"),
                      "Confirmed: Phone screen with Rutaverde", "2026-10-07 18:21",
                      "<0100019b3c7e.b44f1d2a@email.lever.co>", "a8-31.smtp-out.amazonses.com",
                      extra=(("Reply-To", addr("Gerard Soler", "gerard.soler@rutaverde.io")),)),
                   alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(7), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-11-03 14:00", "Europe/Paris"), end=utc("2026-11-03 15:00", "Europe/Paris"),
      contact="c.dubarry@garonne-aerolog.fr", company="Garonne Aéro Logistique",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone="Europe/Paris",
      note="French prose 'mardi 3 novembre à 14h00, pour un entretien d'une heure' in Toulouse (CET after 25 Oct) "
           "= 13:00-14:00Z; exact length -> end; human sender")
def m07() -> bytes:
    body = t("""
        Bonjour Madame Gracia,

        Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de
        Planificatrice Supply Chain (site de Blagnac) le mardi 3 novembre à 14h00, pour un
        entretien d'une heure avec M. Laffont, responsable logistique, et moi-même.

        L'entretien aura lieu dans nos locaux : 8 rue des Aviateurs, 31700 Blagnac. Merci de vous
        présenter à l'accueil du bâtiment B.

        Bien cordialement,

        Claire Dubarry
        Chargée de recrutement
        Garonne Aéro Logistique
        """)
    return message(hd(addr("Claire Dubarry", "c.dubarry@garonne-aerolog.fr"),
                      "Confirmation de votre entretien - Planificatrice Supply Chain", "2026-10-28 11:02",
                      "<5f3a91c2-77d0-4be1-a3e0-1c2d9f@garonne-aerolog.fr>", "smtp.garonne-aerolog.fr",
                      zone="Europe/Paris", charset="iso-8859-15"),
                   text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(8), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-05 10:00", MAD), end=utc("2026-11-05 11:00", MAD),
      contact=None, company="Hispania Retail Group",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone=MAD,
      note="Workday notification, 'Thursday, November 5, 2026 10:00 AM - 11:00 AM (Central European Time)' = "
           "09:00-10:00Z (CET); only role/no-reply addresses -> contact null")
def m08() -> bytes:
    hbody = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial">
        <p>Dear Pilar Gracia,</p>
        <p>We are pleased to confirm your interview for <b>Supply Chain Planner - Madrid DC (R-0048213)</b>.</p>
        <table border="0" cellpadding="4">
        <tr><td>Date</td><td>Thursday, November 5, 2026</td></tr>
        <tr><td>Time</td><td>10:00 AM - 11:00 AM (Central European Time)</td></tr>
        <tr><td>Format</td><td>Microsoft Teams (link to follow from the interviewer)</td></tr>
        <tr><td>Interviewers</td><td>Rocío Benavente, Distribution Manager</td></tr>
        </table>
        <p>You can review this interview in the <a href="https://wd3.myworkdaysite.com/recruiting/hispania/candidate">Candidate Home</a>.</p>
        <p>Kind regards,<br>Hispania Retail Group Talent Acquisition</p>
        <p style="font-size:10px;color:#888">This is a system-generated message from Workday. Please do not reply.</p>
        </body></html>
        """)
    return message(hd(addr("Hispania Retail Group", "hispania@myworkday.com"),
                      "Interview Scheduled - Supply Chain Planner - Madrid DC", "2026-10-29 17:44",
                      "<1798312049.48213.1793292240000@wd3-prod.myworkday.com>", "smtp-out.myworkday.com"),
                   html(hbody))


MADRID_VTZ = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")


@mail(n(9), family="calendly", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-09 17:00", MAD), end=utc("2026-11-09 17:30", MAD),
      contact="aitor.eraso@navarracomponentes.com", company="Navarra Componentes",
      local="Mon 2026-11-09 17:00", local_end="2026-11-09 17:30", zone=MAD,
      note="Calendly invitee confirmation '17:00 - 17:30, lunes, 9 de noviembre de 2026 (Hora de Europa central)' "
           "= 16:00-16:30Z; host's address in the body is the contact")
def m09() -> bytes:
    body = t("""
        Hola Pilar Gracia:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Entrevista Planificador/a de Producción (30 min)

        Organizador:
        Aitor Eraso (aitor.eraso@navarracomponentes.com)

        Fecha/hora del evento:
        17:00 - 17:30, lunes, 9 de noviembre de 2026 (Hora de Europa central)

        Ubicación:
        Llamada de Google Meet: https://meet.google.com/wpz-hmtk-jfe

        Cancelar: https://calendly.com/cancellations/0d1a6b8e
        Reprogramar: https://calendly.com/reschedulings/0d1a6b8e

        Con la tecnología de Calendly.com
        """)
    cal = ics("0d1a6b8e-4e55-4f0b-9a8e-3f2c@calendly.com", "20261109T160000Z", "20261109T163000Z",
              "Entrevista Planificador/a de Producción entre Aitor Eraso y Pilar Gracia",
              "Aitor Eraso:mailto:aitor.eraso@navarracomponentes.com", tzid=None, prodid="-//Calendly//EN")
    return message(hd(addr("Calendly", "notifications@calendly.com"),
                      "Nuevo evento: Pilar Gracia - 17:00 lun, 9 nov 2026 - Entrevista Planificador/a de Producción",
                      "2026-11-04 12:31", "<6725c1e0a7c3b_2b1f@calendly.com>", "o1.ptr4421.calendly.com",
                      extra=(("Reply-To", "aitor.eraso@navarracomponentes.com"),)),
                   mixed(alt(text(body), html(gmail_html(body))),
                         calendar(cal, cte="8bit", filename="invite.ics", disposition="attachment")))


@mail(n(10), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-18 12:30", MAD), end=utc("2026-11-18 13:15", MAD),
      contact="ester.campo@pirineofrio.com", company="Pirineo Frío",
      local="Wed 2026-11-18 12:30", local_end="2026-11-18 13:15", zone=MAD,
      note="Google Calendar invitation 'mié 18 nov 2026 12:30 - 13:15 (hora estándar de Europa central)' = "
           "11:30-12:15Z; ICS TZID Europe/Madrid; organizer = sender (hiring manager)")
def m10() -> bytes:
    body = t("""
        Entrevista Pilar Gracia / Pirineo Frío - Jefa de Planificación
        mié 18 nov 2026 12:30 - 13:15 (hora estándar de Europa central)

        Unirse con Google Meet
        meet.google.com/zre-yfqo-cxu

        Pilar, te mando la invitación para la entrevista con Dirección de Operaciones. Nos vemos el miércoles.
        Ester

        Invitados
        Ester Campo - organizador
        ester.campo@pirineofrio.com
        pilar.gracia@example.org
        ruben.lalaguna@pirineofrio.com

        Invitación de Google Calendar
        Recibes este correo electrónico porque te han invitado a este evento.
        """)
    cal = ics("5k2v9q1ab0c7e3fhu8g@google.com", "20261118T123000", "20261118T131500",
              "Entrevista Pilar Gracia / Pirineo Frío - Jefa de Planificación",
              "Ester Campo:mailto:ester.campo@pirineofrio.com", vtz=MADRID_VTZ, stamp="20261112T091900Z",
              location="https://meet.google.com/zre-yfqo-cxu")
    return message(hd(addr("Ester Campo", "ester.campo@pirineofrio.com"),
                      "Invitación: Entrevista Pilar Gracia / Pirineo Frío - Jefa de Planificación @ mié 18 nov 2026 "
                      "12:30 - 13:15 (CET) (pilar.gracia@example.org)",
                      "2026-11-12 10:19", "<calendar-8c2e1d4f-3b7a-4a19-9e0d-6b5f@google.com>",
                      "mail-sor-f69.google.com",
                      extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                             ("Reply-To", "ester.campo@pirineofrio.com"))),
                   mixed(alt(text(body), html(gmail_html(body)),
                             calendar(cal, cte="quoted-printable")),
                         calendar(cal, ctype="application/ics", method=None, cte="base64", filename="invite.ics",
                                  disposition="attachment", name_param=True)))


@mail(n(11), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-17 08:30", MAD), end=None,
      contact="nacho.bermejo@almacenesjarama.es", company="Almacenes Jarama",
      local="Tue 2026-11-17 08:30", zone=MAD,
      note="Phone-written reply, Madrid register: 'mañana a primera hora, a las 8:30' against Date Mon 16 Nov 07:10 "
           "CET -> Tue 17 Nov 08:30 CET = 07:30Z; quoted thread below; human sender")
def m11() -> bytes:
    body = t("""
        Perfecto Pilar, pues mañana a primera hora, a las 8:30 en la oficina de Coslada como te dije. Preguntas por mí en la garita, ya les aviso.

        Un abrazo

        Nacho

        Enviado desde mi iPhone

        > El 15 nov 2026, a las 21:02, Pilar Gracia <pilar.gracia@example.org> escribió:
        >
        > Hola Nacho, el martes a primera hora me viene bien, cojo el AVE de las 6:40. ¿Lo dejamos así?
        > Pilar
        >
        >> El 15 nov 2026, a las 18:30, Nacho Bermejo <nacho.bermejo@almacenesjarama.es> escribió:
        >>
        >> Pilar, ¿podrías venirte a Madrid para la entrevista con el director de plataforma esta semana? Lunes tarde o martes temprano.
        """)
    return message(hd(addr("Nacho Bermejo", "nacho.bermejo@almacenesjarama.es"),
                      "Re: Entrevista plataforma Coslada", "2026-11-16 07:10",
                      "<8D1E4F7A-2C3B-4E5F-9A01-77B2C6E1D3F4@almacenesjarama.es>", "mail.almacenesjarama.es",
                      extra=(("In-Reply-To", "<CAJ9p1x=Kq2w@mail.example.org>"),
                             ("X-Mailer", "iPhone Mail (22B91)"))),
                   text(body, cte="quoted-printable", params="format=flowed"))


@mail(n(12), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 09:00", "Europe/London"), end=utc("2026-12-01 09:45", "Europe/London"),
      contact="hattie.morgan@kestrelfreight.tech", company="Kestrel Freight Tech",
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 09:45", zone="Europe/London",
      note="Ashby confirmation for a remote London-based team: '9:00 AM – 9:45 AM GMT' = 09:00-09:45Z (10:00 in "
           "Zaragoza, also written); ICS in UTC; Reply-To recruiter")
def m12() -> bytes:
    body = t("""
        Hi Pilar,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, December 1, 2026, 9:00 AM – 9:45 AM GMT
        (10:00 – 10:45 in your time zone, Europe/Madrid)
        Google Meet

        You'll meet with:
          Owen Pritchard — VP Operations
          Dana Kowalczyk — Senior Network Planner

        Questions? Just reply and it will reach Hattie Morgan.

        Thanks,
        Kestrel Freight Tech Recruiting
        """)
    cal = ics("a41f0c77-1d2e-4b8e-b0c9-ashby", "20261201T090000Z", "20261201T094500Z",
              "Kestrel Freight Tech – Network Planner (Remote EU) Interview",
              "Hattie Morgan:mailto:hattie.morgan@kestrelfreight.tech", tzid=None,
              prodid="-//Ashby//Ashby Scheduling//EN", stamp="20261124T150000Z")
    return message(hd(addr("Kestrel Freight Tech", "no-reply@ashbyhq.com"),
                      "Interview confirmed: Network Planner (Remote EU) at Kestrel Freight Tech",
                      "2026-11-24 15:00", "<0100019c81d2a3e4-ashby-2d1f@email.amazonses.com>",
                      "a48-112.smtp-out.amazonses.com", zone="Europe/London",
                      extra=(("Reply-To", addr("Hattie Morgan", "hattie.morgan@kestrelfreight.tech")),)),
                   mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
                         calendar(cal, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(13), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-04 11:00", MAD), end=None,
      contact="monica.sancho@vinedosdelcierzo.es", company="Viñedos del Cierzo",
      local="Wed 2026-11-04 11:00", zone=MAD,
      note="Teamtailor mail, 'mié. 4 de noviembre a las 11:00' (also '4/11') in Cariñena, CET = 10:00Z; no "
           "duration; Reply-To recruiter")
def m13() -> bytes:
    hbody = t("""
        <!DOCTYPE html><html><body style="background:#f4f4f4">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;font-family:Helvetica">
        <img src="https://img.teamtailor-cdn.com/images/s3/teamtailor-production/logo-vinedos.png" alt="Viñedos del Cierzo" width="120">
        <h2>¡Hola Pilar!</h2>
        <p>Te confirmamos la entrevista para el puesto de <strong>Técnica de Logística y Expediciones</strong>:</p>
        <p style="font-size:18px"><strong>mié. 4 de noviembre a las 11:00</strong><br>
        Bodega Viñedos del Cierzo, Ctra. de Valencia km 46, Cariñena</p>
        <p>Te esperamos en la oficina de expediciones. Si el 4/11 no te va bien, contesta a este correo.</p>
        <p>Saludos,<br>Mónica Sancho<br>Personas y Cultura</p>
        <hr><p style="font-size:11px;color:#999">Enviado con Teamtailor · <a href="https://vinedosdelcierzo.teamtailor.com/connect">Gestionar mis datos</a></p>
        </div></body></html>
        """)
    return message(hd(addr("Viñedos del Cierzo", "no-reply@teamtailor-mail.com"),
                      "Entrevista confirmada – Técnica de Logística y Expediciones", "2026-10-29 09:37",
                      "<6720a7f1c2e4d_3a@teamtailor-mail.com.mail>", "mail.teamtailor-mail.com",
                      extra=(("Reply-To", addr("Mónica Sancho", "monica.sancho@vinedosdelcierzo.es")),)),
                   html(hbody, cte="base64"))


@mail(n(14), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-23 15:30", MAD), end=utc("2026-10-23 16:15", MAD),
      contact="jordi.vives@mistrallastmile.com", company="Mistral Last Mile",
      local="Fri 2026-10-23 15:30", local_end="2026-10-23 16:15", zone=MAD,
      note="Workable event 'Friday, October 23, 15:30 - 16:15 (Europe/Madrid)' = 13:30-14:15Z (still CEST, two days "
           "before the change); Reply-To is a Workable relay, contact = hiring manager's address in the body")
def m14() -> bytes:
    body = t("""
        Hi Pilar,

        Jordi Vives has scheduled an interview with you for the Fleet & Route Planner position at
        Mistral Last Mile.

        Video interview
        Friday, October 23, 15:30 - 16:15 (Europe/Madrid)
        Join: https://mistrallastmile.workable.com/video/j8Hq2

        If you have any questions, Jordi can be reached at jordi.vives@mistrallastmile.com.

        Good luck!
        Mistral Last Mile hiring team

        Powered by Workable
        """)
    return message(hd(addr("Mistral Last Mile", "noreply@candidates.workablemail.com"),
                      "Interview with Mistral Last Mile", "2026-10-19 11:50",
                      "<wk.5f7e1c.7301@candidates.workablemail.com>", "mta-12.workablemail.com",
                      extra=(("Reply-To", "mistral-last-mile+c7e21f0b@candidates.workablemail.com"),)),
                   alt(text(body), html(gmail_html(body))))


@mail(n(15), family="forward_self", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-20 17:00", MAD), end=None,
      contact="s.alcubierre@aragonrailterminal.es", company="Aragón Rail Terminal",
      local="Fri 2026-11-20 17:00", zone=MAD,
      note="Pilar forwards to herself (from example.net) the original message/rfc822: 'el viernes 20 de noviembre a "
           "las cinco de la tarde' = 17:00 CET = 16:00Z; contact = the original human sender, never Pilar")
def m15() -> bytes:
    inner_body = t("""
        Estimada Pilar:

        Le confirmamos la entrevista para el puesto de Coordinadora de Intermodal el viernes 20 de
        noviembre a las cinco de la tarde, en nuestras oficinas de la terminal (Ctra. del Aeropuerto,
        km 2, Zaragoza). Le atenderemos el Sr. Gimeno, gerente, y yo misma.

        Le ruego que confirme la recepción de este correo.

        Atentamente,

        Sara Alcubierre
        Administración y Personal
        Aragón Rail Terminal, S.A.
        """)
    inner = message([("From", addr("Sara Alcubierre", "s.alcubierre@aragonrailterminal.es")),
                     ("To", addr("Pilar Gracia", "pilar.gracia@example.net")),
                     ("Subject", "Entrevista Coordinadora Intermodal"),
                     ("Date", date("2026-11-13 12:20", MAD)),
                     ("Message-ID", "<a91c3e2d7f@aragonrailterminal.es>")],
                    text(inner_body, charset="windows-1252", cte="quoted-printable"))
    note = "Me lo reenvío al correo bueno para no perderlo.\n"
    return message(hd(addr("Pilar Gracia", "pilar.gracia@example.net"),
                      "Fwd: Entrevista Coordinadora Intermodal", "2026-11-14 10:03",
                      "<CAH7q2=Yx0F@mail.example.net>", "mail.example.net"),
                   mixed(text(note, cte="8bit"), attached_message(inner, "Entrevista Coordinadora Intermodal.eml")))


@mail(n(16), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", "America/New_York"), end=utc("2026-11-02 10:00", "America/New_York"),
      contact="kbrennan@craneridley.com", company="Crane & Ridley Supply Chain",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone="America/New_York",
      note="iCIMS mail sent Wed 28 Oct in EDT; interview 'Monday, November 2, 2026, 9:00 - 10:00 AM EST (3:00 - "
           "4:00 PM CET)' after the US change on 1 Nov = 14:00-15:00Z; coordinator's address in the body")
def m16() -> bytes:
    body = t("""
        Dear Pilar,

        Thank you for your interest in the EMEA Logistics Planning Manager (Remote - Spain)
        position. We are happy to confirm your interview:

        Date: Monday, November 2, 2026
        Time: 9:00 - 10:00 AM EST (3:00 - 4:00 PM CET)
        Interviewer: Greg Hollis, Director, Global Transportation
        Location: Zoom - https://craneridley.zoom.us/j/93310274455

        Please contact Kelly Brennan (kbrennan@craneridley.com) if you have any questions.

        Regards,
        Talent Acquisition
        Crane & Ridley Supply Chain

        ----
        This message was sent by iCIMS on behalf of Crane & Ridley. Replies to this address are not monitored.
        """)
    return message(hd(addr("Crane & Ridley Careers", "craneridley+autoreply@talent.icims.com"),
                      "Interview Confirmation - EMEA Logistics Planning Manager", "2026-10-28 10:15",
                      "<1061744.2210.1793196900000.JavaMail.icims@talent.icims.com>", "mailer4.icims.com",
                      zone="America/New_York"),
                   alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="smartrecruiters", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-11 12:30", MAD), end=utc("2026-12-11 13:30", MAD),
      contact="alvaro.pineda@logisticaibericasur.es", company="Logística Ibérica Sur",
      local="Fri 2026-12-11 12:30", local_end="2026-12-11 13:30", zone=MAD,
      note="SmartRecruiters reschedule: old 'jueves, 10 de diciembre, 10:00' -> new 'viernes, 11 de diciembre de "
           "2026, 12:30 - 13:30 (Europe/Madrid)' = 11:30-12:30Z; ICS SEQUENCE:1 new time; Reply-To recruiter")
def m17() -> bytes:
    body = t("""
        Hola Pilar,

        Tu entrevista para Planificador/a de Rutas Senior ha sido reprogramada.

        Fecha anterior: jueves, 10 de diciembre de 2026, 10:00 - 11:00
        Nueva fecha:    viernes, 11 de diciembre de 2026, 12:30 - 13:30 (Europe/Madrid)

        Lugar: Microsoft Teams (el enlace está en la invitación adjunta)
        Entrevistadores: Álvaro Pineda, Cristina Roldán

        Sentimos las molestias.

        Logística Ibérica Sur - Equipo de Selección
        Enviado a través de SmartRecruiters
        """)
    cal = ics("sr-int-7d0c21a9@smartrecruiters.com", "20261211T123000", "20261211T133000",
              "Entrevista: Planificador/a de Rutas Senior - Pilar Gracia",
              "Álvaro Pineda:mailto:alvaro.pineda@logisticaibericasur.es", vtz=MADRID_VTZ, seq=1,
              prodid="-//SmartRecruiters//Interview Scheduler//EN", stamp="20261204T083000Z")
    return message(hd(addr("Logística Ibérica Sur", "noreply@smartrecruiters.com"),
                      "Entrevista reprogramada: Planificador/a de Rutas Senior", "2026-12-04 09:30",
                      "<0102019d1a2b3c4d-sr-88aa@eu-west-1.amazonses.com>", "b224-13.smtp-out.eu-west-1.amazonses.com",
                      extra=(("Reply-To", addr("Álvaro Pineda", "alvaro.pineda@logisticaibericasur.es")),)),
                   mixed(alt(text(body), html(gmail_html(body))),
                         calendar(cal, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-15 13:00", MAD), end=None,
      contact="iosu.goni@conservasribera.es", company="Conservas Ribera Navarra",
      local="Thu 2026-10-15 13:00", zone=MAD,
      note="HTML-only windows-1252 prose, usted: moves 'martes 13/10 a las 10:00' to 'jueves 15/10 a las 13:00' "
           "(Pamplona, CEST) = 11:00Z; human sender")
def m18() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Buenos días, Sra. Gracia:</p>
        <p>Le escribo porque nuestro director de logística tiene que viajar a Almería el martes y no podrá
        estar en la entrevista. ¿Le importaría que la pasáramos del <b>martes 13/10 a las 10:00</b> al
        <b>jueves 15/10 a las 13:00</b>? Por su respuesta de esta mañana por teléfono entiendo que sí, así que
        lo dejo ya cambiado en la agenda.</p>
        <p>El lugar es el mismo: oficinas centrales, Polígono Landaben calle E, Pamplona.</p>
        <p>Reciba un cordial saludo,</p>
        <p>Iosu Goñi<br>Dpto. de Personas<br>Conservas Ribera Navarra, S.A.<br>Tel. 948 000 771</p>
        </div></body></html>
        """)
    return message(hd(addr("Iosu Goñi", "iosu.goni@conservasribera.es", "windows-1252"),
                      "Cambio de fecha de la entrevista", "2026-10-09 12:40",
                      "<000001dd1b2c$aa3e5f70$fe7b1a50$@conservasribera.es>", "smtp.conservasribera.es"),
                   html(hbody, charset="windows-1252"))


@mail(n(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-25 16:30", MAD), end=utc("2026-11-25 17:30", MAD),
      contact="aoife.kinsella@quaysidecommerce.com", company="Quayside Commerce",
      local="Wed 2026-11-25 16:30", local_end="2026-11-25 17:30", zone=MAD,
      note="GoodTime update: was Tue Nov 24, now 'Wednesday, November 25, 2026, 4:30 PM - 5:30 PM CET' = "
           "15:30-16:30Z; ICS (UTC, SEQUENCE:2) agrees; Reply-To coordinator")
def m19() -> bytes:
    body = t("""
        Hi Pilar,

        Your interview with Quayside Commerce has been updated.

        UPDATED TIME
        Wednesday, November 25, 2026, 4:30 PM - 5:30 PM CET
        (previously Tuesday, November 24, 2026, 4:30 PM - 5:30 PM CET)

        Panel: Supply Planning Panel
          4:30 PM  Declan Fahy, Head of Inventory
          5:00 PM  Marisa Quintas, Senior Demand Planner

        Zoom: https://quayside.zoom.us/j/81234009876

        Questions? Reply to this email to reach Aoife Kinsella, Recruiting Coordinator.

        Sent via GoodTime
        """)
    cal = ics("goodtime-3e91a7c0-quayside", "20261125T153000Z", "20261125T163000Z",
              "Quayside Commerce - Supply Planning Panel - Pilar Gracia",
              "Aoife Kinsella:mailto:aoife.kinsella@quaysidecommerce.com", tzid=None, seq=2,
              prodid="-//GoodTime.io//Hire//EN", stamp="20261119T101500Z")
    return message(hd(addr("Quayside Commerce Recruiting", "no-reply@goodtime.io"),
                      "Updated: Supply Planning Panel with Quayside Commerce", "2026-11-19 11:15",
                      "<gt.9a7b3e21.upd@goodtime.io>", "o4.email.goodtime.io",
                      extra=(("Reply-To", addr("Aoife Kinsella", "aoife.kinsella@quaysidecommerce.com")),)),
                   mixed(alt(text(body, cte="7bit"), html(gmail_html(body))), calendar(cal)))


@mail(n(20), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-09 09:00", MAD), end=utc("2026-12-09 09:45", MAD),
      contact="marc.ferrer@portseclogistics.com", company="Port Sec Logistics",
      local="Wed 2026-12-09 09:00", local_end="2026-12-09 09:45", zone=MAD,
      note="Google Calendar 'Invitación actualizada': moved from jue 3 dic to 'mié 9 dic 2026 9:00 - 9:45 (CET)' = "
           "08:00-08:45Z; ICS SEQUENCE:1; organizer = sender")
def m20() -> bytes:
    body = t("""
        Se ha modificado este evento.

        Entrevista técnica - Planificación portuaria (Pilar Gracia)
        Cambiado: mié 9 dic 2026 9:00 - 9:45 (hora estándar de Europa central)
        Antes: jue 3 dic 2026 9:00 - 9:45

        Unirse con Google Meet
        meet.google.com/kfa-wmnd-rpt

        Organizador
        Marc Ferrer - marc.ferrer@portseclogistics.com

        Invitación de Google Calendar
        """)
    cal = ics("2qh7v0b1m9c4e8rt6s@google.com", "20261209T090000", "20261209T094500",
              "Entrevista técnica - Planificación portuaria (Pilar Gracia)",
              "Marc Ferrer:mailto:marc.ferrer@portseclogistics.com", vtz=MADRID_VTZ, seq=1,
              stamp="20261202T170500Z")
    return message(hd(addr("Marc Ferrer", "marc.ferrer@portseclogistics.com"),
                      "Invitación actualizada: Entrevista técnica - Planificación portuaria (Pilar Gracia) @ "
                      "mié 9 dic 2026 9:00 - 9:45 (CET)", "2026-12-02 18:05",
                      "<calendar-e1f0a3b2-77c4-4d1e-8f3a-21b9@google.com>", "mail-sor-f41.google.com",
                      extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
                   alt(text(body), html(gmail_html(body)), calendar(cal, cte="quoted-printable")))


# =========================================================================== positives: cancelled


@mail(n(21), family="recruitee", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-01 11:00", MAD), end=utc("2026-10-01 11:45", MAD),
      contact="paula.arenas@lumenparcel.es", company="Lumen Parcel",
      local="Thu 2026-10-01 11:00", local_end="2026-10-01 11:45", zone=MAD,
      note="Recruitee cancellation, METHOD:CANCEL; cancelled slot 'Thursday 1 October, 11:00 - 11:45 (CEST)' = "
           "09:00-09:45Z; no new time; Reply-To recruiter")
def m21() -> bytes:
    body = t("""
        Hi Pilar,

        Unfortunately we have to cancel your interview for the Warehouse Planning Analyst position,
        planned for Thursday 1 October, 11:00 - 11:45 (CEST). The hiring manager is out sick this week.

        We will get back to you with new options as soon as possible. Apologies for the inconvenience.

        Kind regards,
        Paula Arenas
        Lumen Parcel

        Sent with Recruitee
        """)
    cal = ics("recruitee-event-5521094", "20261001T090000Z", "20261001T094500Z",
              "Interview Pilar Gracia - Warehouse Planning Analyst",
              "Paula Arenas:mailto:paula.arenas@lumenparcel.es", tzid=None, method="CANCEL",
              status="CANCELLED", seq=1, prodid="-//Recruitee//Recruitee Calendar//EN", stamp="20260928T073000Z")
    return message(hd(addr("Lumen Parcel", "notifications@mail.recruitee.com"),
                      "Cancelled: Interview for Warehouse Planning Analyst", "2026-09-28 09:30",
                      "<20260928073000.1.5521094@mail.recruitee.com>", "mail.recruitee.com",
                      extra=(("Reply-To", addr("Paula Arenas", "paula.arenas@lumenparcel.es")),)),
                   mixed(alt(text(body), html(gmail_html(body))),
                         calendar(cal, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-01 09:30", MAD), end=None,
      contact="quique.royo@distribucioneshuerva.es", company="Distribuciones Huerva",
      local="Tue 2026-12-01 09:30", zone=MAD,
      note="Aragonese prose from Date Mon 30 Nov 07:45: 'la entrevista de mañana a las 9:30' cancelled (post cubierto "
           "internamente) -> Tue 1 Dec 09:30 CET = 08:30Z; 'el lunes 14 a las 10' is only a proposal for another "
           "role, not a new confirmed time", days=(("Mon", "2026-12-14"),))
def m22() -> bytes:
    body = t("""
        Pilar buenos días,

        Te tengo que anular la entrevista de mañana a las 9:30, lo siento mucho. Al final el puesto de
        planificación lo han cubierto internamente con una chica de almacén y me he enterado ayer por la noche.

        Ahora bien, igual sale un puesto de responsable de turno en Cuarte para enero. Si te interesa
        podríamos vernos el lunes 14 a las 10 y te cuento, ¿te iría bien? Dime algo y lo miramos.

        Perdona las molestias, de verdad.

        Quique Royo
        Distribuciones Huerva
        """)
    return message(hd(addr("Quique Royo", "quique.royo@distribucioneshuerva.es"),
                      "Entrevista de mañana", "2026-11-30 07:45",
                      "<CAPy4k0v7=Hh2@mail.gmail.com>", "mail-wr1-f54.google.com"),
                   alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(23), family="softgarden", lang="fr", interview=True, kind="cancelled",
      start=utc("2026-12-10 10:00", "Europe/Paris"), end=utc("2026-12-10 11:00", "Europe/Paris"),
      contact="julien.marty@occitanie-colis.fr", company="Occitanie Colis Express",
      local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:00", zone="Europe/Paris",
      note="softgarden French cancellation 'jeudi 10 décembre 2026 de 10h00 à 11h00' (Toulouse, CET) = 09:00-10:00Z; "
           "METHOD:CANCEL TZID Europe/Paris; no new time; Reply-To recruiter")
def m23() -> bytes:
    body = t("""
        Bonjour Pilar Gracia,

        Nous sommes au regret de devoir annuler votre entretien pour le poste de Responsable
        Planification Transport (Toulouse), prévu le jeudi 10 décembre 2026 de 10h00 à 11h00.
        Le recrutement est suspendu jusqu'à nouvel ordre.

        Nous conservons votre candidature et reviendrons vers vous si le poste est rouvert.

        Cordialement,
        Julien Marty
        Occitanie Colis Express

        Ce message a été envoyé via softgarden.
        """)
    cal = ics("sg-appointment-993120@softgarden.io", "20261210T100000", "20261210T110000",
              "Entretien Pilar Gracia - Responsable Planification Transport",
              "Julien Marty:mailto:julien.marty@occitanie-colis.fr", tzid="Europe/Paris", vtz=VTZ["Europe/Paris"],
              method="CANCEL", status="CANCELLED", seq=1, prodid="-//softgarden//Appointment//FR",
              stamp="20261203T140000Z")
    return message(hd(addr("Occitanie Colis Express", "noreply@softgarden.io"),
                      "Annulation de votre entretien", "2026-12-03 15:00",
                      "<sg.993120.cancel@softgarden.io>", "mx-out2.softgarden.io", zone="Europe/Paris",
                      extra=(("Reply-To", addr("Julien Marty", "julien.marty@occitanie-colis.fr")),)),
                   mixed(text(body), calendar(cal, method="CANCEL", cte="quoted-printable", filename="annulation.ics",
                                              disposition="attachment")))


# =========================================================================== negatives


def plain(key_frm: str, subj: str, when: str, mid: str, host: str, body: str, *, zone: str = MAD,
          extra: tuple = (), charset: str = "utf-8", cte: str = "quoted-printable", with_html: bool = False) -> bytes:
    part = text(body, charset=charset, cte=cte)
    if with_html:
        part = alt(part, html(gmail_html(body), charset=charset, cte=cte))
    return message(hd(key_frm, subj, when, mid, host, zone=zone, extra=extra, charset=charset), part)


@mail(n(24), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Cita previa at the public employment office for an 'entrevista de orientación laboral': fixed time, "
           "but not a job interview")
def m24() -> bytes:
    body = t("""
        CITA PREVIA - OFICINA DE EMPLEO ZARAGOZA-CENTRO

        Estimada/o PILAR GRACIA:

        Se le ha asignado la siguiente cita:
        Servicio: Entrevista de orientación laboral / renovación de la demanda
        Fecha: martes, 15/09/2026
        Hora: 09:40
        Lugar: C/ Doctor Val-Carreres Ortiz, mesa 7

        Debe acudir con su DNI/NIE. La no comparecencia sin causa justificada puede suponer la baja
        de la demanda de empleo.

        Este es un mensaje automático, no responda a este correo.
        """)
    return plain(addr("Cita previa empleo", "no-responder@citaprevia-empleo.example.es"),
                 "Confirmación de cita previa - 15/09/2026 09:40", "2026-09-08 11:02",
                 "<cp.20260908.77123@citaprevia-empleo.example.es>", "smtp.citaprevia-empleo.example.es", body,
                 charset="iso-8859-1")


@mail(n(25), family="podcast", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Podcast host confirms recording an interview with Pilar (as a guest): fixed time, not a job interview")
def m25() -> bytes:
    body = t("""
        ¡Hola Pilar!

        Qué ilusión que te animes. Te confirmo la grabación de la entrevista para el episodio 48 de
        "Carga Completa", el podcast de logística del valle del Ebro: jueves 22 de octubre a las 18:00,
        por Riverside (te llegará el enlace). Dura unos 40 minutos y hablaremos de planificación
        de rutas en la última milla.

        Te paso el guion de preguntas la semana que viene.

        Un abrazo,
        Dani Lafuente
        Carga Completa Podcast
        """)
    return plain(addr("Dani Lafuente", "dani@cargacompleta.example.com"),
                 "Entrevista para Carga Completa - ¡confirmado!", "2026-10-14 20:11",
                 "<CAE5fq2Lp9=w@mail.gmail.com>", "mail-lf1-f48.google.com", body, with_html=True)


@mail(n(26), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="Executive MBA admission interview, confirmed time: a school admission, not a job interview")
def m26() -> bytes:
    body = t("""
        Estimada Pilar:

        Nos complace confirmarle su entrevista de admisión al Executive MBA (promoción 2027):

        Viernes, 9 de octubre de 2026, 16:00 h (hora peninsular)
        Campus de Madrid, Paseo de la Castellana 000 (virtual si lo prefiere)
        Entrevistadora: Dra. Elena Villalta, Directora de Admisiones

        Recuerde traer el resultado del test GMAT o el certificado de la prueba interna.

        Atentamente,
        Oficina de Admisiones
        Escuela de Negocios Castellana
        """)
    return plain(addr("Admisiones ENC", "admisiones@enc-business.example.com"),
                 "Confirmación entrevista de admisión - Executive MBA", "2026-10-02 13:20",
                 "<adm.4412.20261002@enc-business.example.com>", "mail.enc-business.example.com", body,
                 with_html=True)


@mail(n(27), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Rugby club try-out ('prueba de acceso') at a fixed time: not a job interview")
def m27() -> bytes:
    body = t("""
        Hola Pilar,

        Te esperamos el sábado 19 a las 10:00 en el campo de San Juan de Mozarrifar para la prueba de
        acceso al equipo sénior femenino. Trae botas de tacos, protector bucal y agua. Después
        hablaremos un rato con la entrenadora sobre tu experiencia.

        ¡Vamos Ebro!
        Marisa - Coordinación Club Rugby Ebro
        """)
    return plain(addr("Club Rugby Ebro", "femenino@rugbyebro.example.org"),
                 "Prueba de acceso - sénior femenino", "2026-09-14 21:30",
                 "<a12e9d0c@rugbyebro.example.org>", "smtp.rugbyebro.example.org", body, cte="8bit")


@mail(n(28), family="car_service", lang="es", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Car-service booking confirmation with a fixed time: not an interview")
def m28() -> bytes:
    hbody = t("""
        <html><body><h3>Talleres Delicias - Confirmación de cita</h3>
        <p>Hola PILAR,</p><p>Tu cita para <b>revisión de los 60.000 km + cambio de pastillas</b> del vehículo
        <b>1234-KLM</b> queda confirmada:</p>
        <p><b>Lunes 05/10/2026 a las 08:30</b><br>Av. de Navarra 000, Zaragoza</p>
        <p>Tiempo estimado: 3 horas. Te avisaremos por SMS cuando esté listo.</p>
        <p><a href="https://citas.talleresdelicias.example.es/anular/88120">Anular o cambiar la cita</a></p>
        </body></html>
        """)
    return message(hd(addr("Talleres Delicias", "citas@talleresdelicias.example.es"),
                      "Cita confirmada 05/10 08:30 - revisión", "2026-09-30 17:04",
                      "<taller.88120@talleresdelicias.example.es>", "smtp.talleresdelicias.example.es"),
                   html(hbody, charset="iso-8859-15"))


@mail(n(29), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Career coach's Calendly booking for a 'simulacro de entrevista' (mock interview): fixed time, not a "
           "job interview")
def m29() -> bytes:
    body = t("""
        Hola Pilar Gracia:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista por competencias (60 min)

        Organizador:
        Raquel Bielsa - Coaching de carrera

        Fecha/hora del evento:
        19:00 - 20:00, jueves, 1 de octubre de 2026 (Hora de Europa central)

        Ubicación:
        Zoom (el enlace llegará 1 h antes)

        Preguntas:
        ¿Para qué proceso te quieres preparar? Segunda entrevista en una empresa de paquetería

        Con la tecnología de Calendly.com
        """)
    return plain(addr("Calendly", "notifications@calendly.com"),
                 "Nuevo evento: Pilar Gracia - 19:00 jue, 1 oct 2026 - Simulacro de entrevista por competencias",
                 "2026-09-26 10:12", "<66f52a1c3d0e7_1c@calendly.com>", "o1.ptr4421.calendly.com", body,
                 with_html=True)


@mail(n(30), family="recruiter_proposal", lang="en", interview=False, company="Halden Supply",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Recruiter proposes 'Tuesday at 10 or Wednesday at 4' and asks which works: nothing confirmed yet")
def m30() -> bytes:
    body = t("""
        Hi Pilar,

        Great to hear back from you! The hiring manager for the Inventory Planner role would love to
        have a first chat. Would Tuesday (Oct 20) at 10:00 or Wednesday (Oct 21) at 16:00 Madrid time
        work for you? Once you pick one I'll send the calendar invite.

        Cheers,
        Femke de Graaf
        Talent Partner, Halden Supply
        """)
    return plain(addr("Femke de Graaf", "femke.degraaf@haldensupply.com"),
                 "Re: Inventory Planner - first chat", "2026-10-15 15:47",
                 "<CAB1xQ7u=pT4@mail.gmail.com>", "mail-ej1-f50.google.com", body, cte="7bit",
                 extra=(("In-Reply-To", "<CAJ9p1x=Ra7@mail.example.org>"),))


@mail(n(31), family="forwarded_other", lang="es", interview=False, company=None,
      note="A friend forwards HER OWN confirmed interview (Alcotán Freight, 24 Sep) to Pilar for advice: confirms a "
           "time, but not Pilar's interview")
def m31() -> bytes:
    inner_body = t("""
        Hi Lucía,

        Your interview for the Customer Operations Specialist role is confirmed:
        Thursday, September 24, 2026, 12:00 PM - 12:45 PM CEST
        Google Meet - https://meet.google.com/vre-kpqa-zzt

        Best,
        Marta Ilundain
        Talent Acquisition, Alcotán Freight
        """)
    inner = message([("From", addr("Alcotán Freight", "no-reply@us.greenhouse-mail.io")),
                     ("To", addr("Lucía Pardos", "lucia.pardos@example.com")),
                     ("Subject", enc("Interview Confirmation: Customer Operations Specialist at Alcotán Freight")),
                     ("Date", date("2026-09-18 10:00", MAD)),
                     ("Message-ID", "<greenhouse.7713399.a1@us.greenhouse-mail.io>")], text(inner_body))
    note = t("""
        Piliii mira!! Me han llamado de la misma empresa que a ti, el jueves 24 a las 12. ¿Qué te
        preguntaron en la tuya? Te invito a un vermú y me cuentas 🙏

        Lu
        """)
    return message(hd(addr("Lucía Pardos", "lucia.pardos@example.com"),
                      "Fwd: Interview Confirmation: Customer Operations Specialist at Alcotán Freight",
                      "2026-09-18 13:26", "<CAF0lu2=k9Pq@mail.gmail.com>", "mail-pl1-f171.google.com"),
                   mixed(text(note, cte="8bit"), attached_message(inner)))


@mail(n(32), family="interview_panel_current_job", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Exchange invite from Pilar's current employer asking her to sit on an interview panel for a warehouse "
           "technician candidate: she is the interviewer, not the candidate")
def m32() -> bytes:
    body = t("""
        Cuándo: miércoles, 7 de octubre de 2026 12:00-13:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala Moncayo (planta 1)

        *~*~*~*~*~*~*~*~*~*

        Pilar, ¿puedes estar en la entrevista del candidato para técnico de almacén (turno de noche)?
        Te adjunto el CV en el Teams del equipo. Tú valoras la parte de WMS y planificación.

        Gracias!
        Rebeca Asín - RRHH, Plataforma Europa Logística (PLEL)
        """)
    cal = ics("040000008200E00074C5B7101A82E00800000000D4E2F1A09B4ADD01000000000000000010000000BB72",
              "20261007T120000", "20261007T130000", "Entrevista candidato técnico almacén (noche) - panel",
              "\"Rebeca Asín\":mailto:rebeca.asin@plel.example.com", tzid="Romance Standard Time", vtz=ROMANCE,
              prodid="Microsoft Exchange Server 2010", stamp="20261001T070000Z", location="Sala Moncayo (planta 1)",
              attendee="pilar.gracia@plel.example.com")
    return message(hd(addr("Rebeca Asín", "rebeca.asin@plel.example.com"),
                      "Entrevista candidato técnico almacén (noche) - panel", "2026-10-01 09:00",
                      "<VI1PR02MB6620B0E1A2C3D4F5A6B7C8D9E0F1@VI1PR02MB6620.eurprd02.prod.outlook.com>",
                      "EUR02-VI1-obe.outbound.protection.outlook.com",
                      to=addr("Pilar Gracia", "pilar.gracia@plel.example.com")),
                   alt(text(body), calendar(cal, cte="base64")))


@mail(n(33), family="tax_office", lang="es", interview=False, company=None,
      days=(("Fri", "2026-11-13"),),
      note="Tax office appointment (cita previa renta/IRPF) with a fixed time: not an interview")
def m33() -> bytes:
    body = t("""
        Justificante de cita previa

        Nombre: GRACIA ******, PILAR
        Servicio: Atención presencial - Rectificación de autoliquidación IRPF
        Oficina: Administración de Zaragoza-Delicias
        Día: 13/11/2026
        Hora: 10:20

        Para anular la cita utilice el código de anulación 7H2K-Q9. No responda a este mensaje.
        """)
    return plain(addr("Cita previa - Oficina del Contribuyente", "citaprevia@contribuyente.example.es"),
                 "Justificante de cita previa 13/11/2026 10:20", "2026-11-05 08:54",
                 "<jcp.7H2KQ9@contribuyente.example.es>", "correo.contribuyente.example.es", body,
                 charset="iso-8859-1", cte="8bit")


@mail(n(34), family="bank_appointment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Microsoft Bookings appointment with a bank adviser (mortgage): fixed time, not an interview")
def m34() -> bytes:
    body = t("""
        Se ha confirmado tu cita

        Hola, Pilar Gracia:

        Gracias por reservar con Caja Rural del Moncayo - Oficina Paseo Sagasta.

        Asesoramiento hipotecario
        martes, 24 de noviembre de 2026 13:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París
        Duración: 45 minutos
        Personal: Jaime Ortas

        Administrar reserva: https://outlook.office365.com/owa/calendar/CRMSagasta@cajamoncayo.example.es/bookings/

        Microsoft Bookings
        """)
    cal = ics("bookings-7f1e2a90-crm", "20261124T130000", "20261124T134500", "Asesoramiento hipotecario",
              "Caja Rural del Moncayo - Oficina Paseo Sagasta:mailto:CRMSagasta@cajamoncayo.example.es",
              tzid="Romance Standard Time", vtz=ROMANCE, prodid="Microsoft Exchange Server 2010",
              stamp="20261117T100000Z")
    return message(hd(addr("Caja Rural del Moncayo - Oficina Paseo Sagasta", "CRMSagasta@cajamoncayo.example.es"),
                      "Reserva confirmada: Asesoramiento hipotecario", "2026-11-17 11:00",
                      "<PA4PR03MB7005F1E2D3C4B5A6@PA4PR03MB7005.eurprd03.prod.outlook.com>",
                      "EUR01-HE1-obe.outbound.protection.outlook.com"),
                   mixed(alt(text(body), html(gmail_html(body))),
                         calendar(cal, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(35), family="rejection", lang="en", interview=False, company="Rutaverde",
      note="Lever rejection after the phone screen (thread with the Rutaverde confirmation)")
def m35() -> bytes:
    body = t("""
        Hi Pilar,

        Thank you for speaking with Gerard last week about the Logistics Operations Planner role.
        After careful consideration, we've decided to move forward with candidates whose experience
        more closely matches our current needs.

        We'll keep your profile on file and may reach out about future openings.

        All the best,
        Rutaverde Talent Team
        """)
    return plain(addr("Rutaverde", "no-reply@hire.lever.co"), "Your application to Rutaverde",
                 "2026-10-21 09:02", "<0100019b7d22.f0c1@email.lever.co>", "a8-31.smtp-out.amazonses.com",
                 body, cte="7bit", with_html=True)


@mail(n(36), family="offer", lang="es", interview=False, company="Transportes Moncayo",
      note="Offer letter after the interview (thread with the Transportes Moncayo confirmation); mentions a "
           "start date and a call, nothing to schedule as an interview", days=(("Mon", "2026-11-02"),))
def m36() -> bytes:
    body = t("""
        Hola Pilar:

        Como te comenté por teléfono, estamos muy contentos con las entrevistas y te hacemos llegar la
        oferta para el puesto de Planificadora de Tráfico:

        - Salario bruto anual: 34.000 € + variable por objetivos
        - Jornada completa, horario de 8:00 a 16:00
        - Incorporación: lunes 2 de noviembre

        Te adjuntamos la carta de oferta. Tienes hasta el viernes para darnos una respuesta.

        Un saludo,
        José Luis Lasheras
        Recursos Humanos · Transportes Moncayo S.L.
        """)
    return plain(addr("José Luis Lasheras", "jl.lasheras@transportesmoncayo.es"),
                 "Oferta de empleo - Planificadora de Tráfico", "2026-10-06 12:10",
                 "<000a01dd01a1$3c2e1b00$b48a5100$@transportesmoncayo.es>", "smtp.transportesmoncayo.es", body,
                 charset="iso-8859-15", cte="8bit")


@mail(n(37), family="application_receipt", lang="es", interview=False, company="Hispania Retail Group",
      note="Taleo application receipt; 'si su perfil encaja le contactaremos para una entrevista': nothing fixed")
def m37() -> bytes:
    body = t("""
        Estimada Pilar Gracia:

        Gracias por su interés en Hispania Retail Group. Hemos recibido su candidatura para el puesto
        Analista de Aprovisionamiento - Zaragoza (Req. 2600418).

        Nuestro equipo revisará su perfil y, si encaja con los requisitos, nos pondremos en contacto
        con usted para concertar una entrevista.

        Puede consultar el estado de su candidatura en https://hispania.taleo.net/careersection/2/mysubmissions.ftl

        Atentamente,
        Selección - Hispania Retail Group

        No responda a este mensaje; se ha generado automáticamente.
        """)
    return plain(addr("Hispania Retail Group", "hispania@taleo.net"),
                 "Confirmación de recepción de candidatura - Analista de Aprovisionamiento", "2026-09-10 23:14",
                 "<1601224455.88.1789161240000.JavaMail.taleo@taleo.net>", "smtp-out.taleo.net", body,
                 charset="windows-1252", with_html=True)


@mail(n(38), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert; 'entrevista inmediata' and 'incorporación el lunes' are ad copy, nothing scheduled")
def m38() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial"><h2>12 nuevas ofertas para "planificador logística" en Zaragoza</h2>
        <ul>
        <li><b>Planificador/a de Transporte</b> - Empresa confidencial - Zaragoza (PLAZA) - 28-32k € - <i>Entrevista inmediata</i></li>
        <li><b>Jefe/a de Tráfico</b> - Frutas del Jalón - La Almunia - <i>Incorporación el lunes</i></li>
        <li><b>Supply Chain Planner (inglés alto)</b> - Moto Parts Iberia - Figueruelas - Entrevistas esta semana</li>
        <li><b>Técnico/a de Aprovisionamiento</b> - Grupo Arbe - Huesca - Híbrido</li>
        </ul>
        <p><a href="https://www.empleoebro.example.com/alertas/gestionar">Gestionar alertas</a> · <a href="https://www.empleoebro.example.com/baja">Darse de baja</a></p>
        </body></html>
        """)
    return message(hd(addr("EmpleoEbro", "alertas@empleoebro.example.com"),
                      "12 nuevas ofertas: planificador logística en Zaragoza", "2026-10-12 07:00",
                      "<alert.20261012.5541@empleoebro.example.com>", "mta3.empleoebro.example.com",
                      extra=(("List-Unsubscribe", "<https://www.empleoebro.example.com/baja>"),
                             ("Precedence", "bulk"))),
                   html(hbody, charset="iso-8859-15"))


@mail(n(39), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Blog newsletter: 'Cómo preparar tu entrevista del lunes a las 9:00' is a headline, not an appointment")
def m39() -> bytes:
    body = t("""
        LOGÍSTICA & CARRERA · Newsletter nº 112

        ¿Tienes entrevista el lunes a las 9:00? Así la preparas en un fin de semana
        1. Repasa tus KPIs: OTIF, rotación, coste por palé.
        2. Prepara un caso STAR sobre una ruptura de stock.
        3. Confirma la hora y el lugar la víspera... ¡y llega 10 minutos antes!

        También esta semana: 7 preguntas trampa en entrevistas de planificación de la demanda.

        Leer en el blog: https://logisticaycarrera.example.com/blog/entrevista-lunes

        Te has suscrito en logisticaycarrera.example.com. Darse de baja: https://logisticaycarrera.example.com/baja
        """)
    return plain(addr("Logística & Carrera", "newsletter@logisticaycarrera.example.com"),
                 "¿Entrevista el lunes a las 9:00? Prepárala así", "2026-11-07 08:00",
                 "<nl112.7f3a@logisticaycarrera.example.com>", "mail.logisticaycarrera.example.com", body,
                 extra=(("List-Id", "Logistica y Carrera <newsletter.logisticaycarrera.example.com>"),
                        ("List-Unsubscribe", "<https://logisticaycarrera.example.com/baja>")), with_html=True)


@mail(n(40), family="self_schedule", lang="en", interview=False, company="Kestrel Freight Tech",
      note="Ashby 'pick a time' link for the next round: no slot chosen yet, nothing fixed")
def m40() -> bytes:
    body = t("""
        Hi Pilar,

        Great news - the team would like to move you forward to the final round for Network Planner
        (Remote EU)! Please choose a time that works for you using the link below. Slots are
        available between 9:00 and 17:00 GMT, Monday to Thursday, over the next two weeks.

        Choose a time: https://app.ashbyhq.com/interview-scheduling/kestrel/5c1e77a0

        Thanks,
        Hattie Morgan
        Kestrel Freight Tech Recruiting
        """)
    return plain(addr("Kestrel Freight Tech", "no-reply@ashbyhq.com"),
                 "Schedule your final round with Kestrel Freight Tech", "2026-12-04 12:20",
                 "<0100019d4a1b-ashby-sched@email.amazonses.com>", "a48-112.smtp-out.amazonses.com", body,
                 zone="Europe/London", with_html=True,
                 extra=(("Reply-To", addr("Hattie Morgan", "hattie.morgan@kestrelfreight.tech")),))


@mail(n(41), family="recruiter_outreach", lang="es", interview=False, company="Nexo Talento",
      note="Agency outreach asking for a call 'esta semana'; no fixed time")
def m41() -> bytes:
    body = t("""
        Hola Pilar, ¿qué tal?

        Soy Borja, de Nexo Talento. Estoy ayudando a un operador logístico de Madrid (Getafe) a
        encontrar una Responsable de Planificación y tu perfil me encaja muchísimo. ¿Te apetecería
        que lo hablásemos por teléfono esta semana? Dime qué hueco te viene bien y te llamo.

        Un saludo,
        Borja Menéndez
        Senior Consultant · Nexo Talento
        """)
    return plain(addr("Borja Menéndez", "borja.menendez@nexotalento.example.com"),
                 "Posición Responsable de Planificación - Madrid", "2026-09-21 10:33",
                 "<nx.91a2c3@nexotalento.example.com>", "smtp.nexotalento.example.com", body, with_html=True)


@mail(n(42), family="webinar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Zoom webinar registration about competency interviews, fixed time, not a job interview")
def m42() -> bytes:
    body = t("""
        Hola Pilar:

        Gracias por registrarse en "La entrevista por competencias en logística: cómo superarla".

        Fecha y hora: 19 nov 2026 06:00 PM Madrid

        Únase desde PC, Mac, Linux, iOS o Android: https://zoom.us/w/96612345678?tk=Xy12
        Código de acceso: 441902

        Añadir a calendario: https://zoom.us/webinar/tJYsf-6tqDkuHNp/ics

        Asociación Aragonesa de Logística
        """)
    return plain(addr("Asociación Aragonesa de Logística", "no-reply@zoom.us"),
                 "Confirmación de La entrevista por competencias en logística: cómo superarla",
                 "2026-11-10 16:20", "<zoomwebinar.96612345678.reg@zoom.us>", "us05smtp.zoom.us", body,
                 with_html=True)


@mail(n(43), family="auto_reply", lang="es", interview=False, company=None,
      note="Out-of-office reply to Pilar's mail about her interview; 'volveré el 12/10' is a return date")
def m43() -> bytes:
    body = t("""
        Gracias por tu mensaje. Estoy fuera de la oficina hasta el lunes 12/10 sin acceso al correo.
        Para temas urgentes de selección escribe a seleccion@logisticaibericasur.es.

        Álvaro Pineda
        """)
    return plain(addr("Álvaro Pineda", "alvaro.pineda@logisticaibericasur.es"),
                 "Respuesta automática: Entrevista jueves - confirmación", "2026-10-06 19:02",
                 "<AS8PR07MB7912.ooo.1@AS8PR07MB7912.eurprd07.prod.outlook.com>",
                 "EUR04-DB3-obe.outbound.protection.outlook.com", body,
                 extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))


@mail(n(44), family="bounce", lang="en", interview=False, company=None,
      note="Mailer-daemon bounce of Pilar's own message confirming an interview time; delivery failure only")
def m44() -> bytes:
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <rrhh@ceramicasdelgallego.example.es>: host mx.ceramicasdelgallego.example.es said:
            550 5.1.1 User unknown (in reply to RCPT TO command)
        """)
    inner = message([("From", PILAR), ("To", "rrhh@ceramicasdelgallego.example.es"),
                     ("Subject", "Confirmo entrevista jueves 10:00"),
                     ("Date", date("2026-10-13 21:40", MAD)), ("Message-ID", "<CAJ9p1x=Bb3@mail.example.org>")],
                    text("Buenas noches,\n\nConfirmo mi asistencia a la entrevista del jueves a las 10:00.\n\n"
                         "Un saludo,\nPilar Gracia\n"))
    return message(hd(addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.org"),
                      "Undelivered Mail Returned to Sender", "2026-10-13 21:40",
                      "<20261013194005.8A1C21E0@mx1.example.org>", "localhost"),
                   mixed(text(report, cte="7bit"), attached_message(inner), params='report-type=delivery-status'))


@mail(n(45), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="School 'tutoría' (parent-teacher meeting) at a fixed time: not a job interview")
def m45() -> bytes:
    body = t("""
        Estimada familia de Martina Gracia:

        Le confirmo la tutoría individual el jueves 29 de octubre a las 17:15 en el aula de 3º B.
        Hablaremos de la evaluación inicial y de la adaptación al nuevo ciclo.

        Un saludo,
        Carmen Lahoz, tutora de 3º B
        CEIP Parque Goya
        """)
    return plain(addr("Carmen Lahoz", "clahoz@ceipparquegoya.example.es"), "Tutoría jueves 29/10",
                 "2026-10-23 14:05", "<a7b2c9d0.tut@ceipparquegoya.example.es>", "smtp.educa.example.es", body,
                 charset="iso-8859-1")


@mail(n(46), family="current_job_meeting", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-18"),),
      note="Google Calendar invite for the team Christmas lunch at Pilar's current job: fixed time, not an interview")
def m46() -> bytes:
    body = t("""
        Comida de Navidad equipo Planificación 🎄
        vie 18 dic 2026 14:00 - 17:00 (hora estándar de Europa central)
        Restaurante El Cachirulo, Zaragoza

        Organizador
        Rebeca Asín - rebeca.asin@plel.example.com

        Invitación de Google Calendar
        """)
    cal = ics("7gq2m1c0n4a8xb@google.com", "20261218T140000", "20261218T170000",
              "Comida de Navidad equipo Planificación", "Rebeca Asín:mailto:rebeca.asin@plel.example.com",
              vtz=MADRID_VTZ, stamp="20261210T090000Z", attendee="pilar.gracia@plel.example.com")
    return message(hd(addr("Rebeca Asín", "rebeca.asin@plel.example.com"),
                      "Invitación: Comida de Navidad equipo Planificación @ vie 18 dic 2026 14:00 - 17:00 (CET)",
                      "2026-12-10 10:00", "<calendar-19aa7c2e-navidad@google.com>", "mail-sor-f69.google.com",
                      to=addr("Pilar Gracia", "pilar.gracia@plel.example.com"),
                      extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
                   alt(text(body), html(gmail_html(body)), calendar(cal, cte="base64")))


@mail(n(47), family="reference_call", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-27"),),
      note="Pilar is the referee: a confirmed reference call about a former colleague; not her interview")
def m47() -> bytes:
    body = t("""
        Hi Pilar,

        Thanks for agreeing to act as a referee for Marcos Ibarra. As agreed, I'll call you on Friday,
        November 27 at 11:00 CET for about 20 minutes. It's a standard reference check for his
        application as Transport Manager.

        Best regards,
        Helen Cartwright
        Cartwright Search Partners
        """)
    return plain(addr("Helen Cartwright", "helen@cartwrightsearch.example.com"),
                 "Reference call for Marcos Ibarra - Friday 11:00 CET", "2026-11-23 16:40",
                 "<CAG1hc=Rf3@mail.gmail.com>", "mail-wm1-f43.google.com", body, cte="7bit", with_html=True)


@mail(n(48), family="press_interview", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-28"),),
      note="A journalist confirms interviewing Pilar for a report: fixed time, not a job interview")
def m48() -> bytes:
    body = t("""
        Hola Pilar:

        Gracias por atenderme. Te confirmo la entrevista para el reportaje sobre mujeres en la logística
        aragonesa: el lunes 28 a las 10:00 en la cafetería de la entrada de PLAZA. Vendrá también un
        fotógrafo, unos 10 minutos.

        Un saludo,
        Irene Bernués
        Redactora de Economía · Diario del Ebro
        """)
    return plain(addr("Irene Bernués", "ibernues@diariodelebro.example.es"), "Entrevista reportaje logística",
                 "2026-09-23 12:58", "<de.8812aa@diariodelebro.example.es>", "smtp.diariodelebro.example.es", body,
                 charset="windows-1252", cte="8bit")


@mail(n(49), family="user_research", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="User-research session Pilar signed up for on a job platform ('user interview'), fixed time: not a job "
           "interview")
def m49() -> bytes:
    body = t("""
        Hi Pilar,

        Thanks for signing up to help us improve JobWave! Your user interview is booked:

        Tuesday, November 10, 2026 - 18:30 CET (45 minutes)
        Zoom link: https://jobwave.zoom.us/j/88120044512

        As a thank-you, you'll receive a 40 EUR voucher after the session.

        The JobWave Research Team
        """)
    return plain(addr("JobWave Research", "research@jobwave.example.com"),
                 "Your JobWave user interview is booked", "2026-11-05 09:15",
                 "<ur.3341@jobwave.example.com>", "mail.jobwave.example.com", body, with_html=True)


@mail(n(50), family="babysitter", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="A babysitter candidate confirms coming to Pilar's flat for an 'entrevista': Pilar is hiring, not a job "
           "interview for her")
def m50() -> bytes:
    body = t("""
        Hola Pilar! Soy Ainhoa, la chica de la web de canguros. Perfecto entonces, el sábado 12 a las 11 me
        paso por tu casa para la entrevista y conocer a Martina. Llevo las referencias de las otras familias.

        Hasta el sábado!!
        Ainhoa

        Enviado desde mi Android
        """)
    return plain(addr("Ainhoa Ruiz", "ainhoa.ruiz.97@example.net"), "Re: canguro tardes",
                 "2026-09-08 22:47", "<CAN0ar=Lk2@mail.example.net>", "mail.example.net", body, cte="8bit")
