"""blind154: 50 hand-written mails from the inbox of Daniela Garza, an industrial automation engineer
in Monterrey (America/Monterrey, UTC-6 all year), September to mid-December 2026.

Written blind (without reading the detector, its tests, or any other held-out set). Built and checked
by ``python3 bench/heldout/make_blind.py blind154``.

Keys 1-23 are the positives, 24-50 the negatives; the file number of the mail written key-th is
ORDER[key - 1].
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

ORDER = random.Random(1540154).sample(range(1, 51), 50)

ME = "daniela.garza@example.org"
ME_TO = addr("Daniela Garza", ME)
MTY = "America/Monterrey"
CDMX = "America/Mexico_City"
CHI = "America/Chicago"
BER = "Europe/Berlin"


def n(key: int) -> str:
    return f"blind154_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_TO,
         mx: str = "mail.example.org", relay: str = "", extra: tuple[tuple[str, str], ...] = (),
         lag: int = 4) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then any extra headers."""
    hs = [("Delivered-To", ME)]
    if relay:
        hs.append(("Received", received(relay, when, zone, f"{mx} with ESMTPS", ME, lag)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


VTZ_MTY = """BEGIN:VTIMEZONE
TZID:America/Monterrey
X-LIC-LOCATION:America/Monterrey
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_CDMX_WIN = """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T15:00:00Z", end="2026-10-27T16:00:00Z",
      contact="courtney.fontenot@bayouprocess.com", company="Bayou Process Systems",
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=CHI,
      note="Greenhouse confirmation from no-reply; Reply-To recruiter (also ICS ORGANIZER). "
           "10:00-11:00 AM CDT (Houston still on daylight time on 27 Oct, UTC-5) = 15:00-16:00Z; "
           "the body's 'that is 9:00 AM in Monterrey' agrees (UTC-6).")
def p01() -> bytes:
    when = "2026-10-22 09:14"
    body = t("""
        Hi Daniela,

        Thanks for making time to speak with us! Your interview for Controls Engineer III is
        confirmed. Details are below.

        Interview: Technical Interview (Panel)
        When: Tuesday, October 27, 2026
              10:00 AM - 11:00 AM CDT (Central Time - Houston)
              (that is 9:00 AM in Monterrey)
        Where: Microsoft Teams - the link is in the attached calendar invite

        You'll be meeting with:
          - Travis Boudreaux, Controls Engineering Manager
          - Nguyen Pham, Senior DCS Engineer

        If you need to reschedule, just reply to this email.

        Best,
        Courtney Fontenot
        Talent Acquisition | Bayou Process Systems
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Daniela,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Controls Engineer III</b> is
        confirmed. Details are below.</p>
        <table cellpadding="4">
        <tr><td><b>Interview</b></td><td>Technical Interview (Panel)</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, October 27, 2026<br>10:00 AM - 11:00 AM CDT (Central Time - Houston)<br>
        <span style="color:#666">(that is 9:00 AM in Monterrey)</span></td></tr>
        <tr><td><b>Where</b></td><td>Microsoft Teams - the link is in the attached calendar invite</td></tr>
        </table>
        <p>You'll be meeting with:</p>
        <ul><li>Travis Boudreaux, Controls Engineering Manager</li><li>Nguyen Pham, Senior DCS Engineer</li></ul>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Courtney Fontenot<br>Talent Acquisition | Bayou Process Systems</p>
        <img src="https://app.greenhouse.io/o/3f9c2a/open.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[CHI]}
BEGIN:VEVENT
UID:gh-interview-88412907@greenhouse.io
DTSTAMP:20261022T141400Z
DTSTART;TZID=America/Chicago:20261027T100000
DTEND;TZID=America/Chicago:20261027T110000
SUMMARY:Technical Interview (Panel) - Daniela Garza - Controls Engineer III
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Join on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2
 Yz/0?context=bayou
ORGANIZER;CN=Courtney Fontenot:mailto:courtney.fontenot@bayouprocess.com
ATTENDEE;CN=Daniela Garza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniela.garza@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Bayou Process Systems", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Controls Engineer III - Bayou Process Systems", when, CHI,
              "<0100019a0bd43f1e-5c1b8a73-77a2-4c1e-9d1f-2a0e6c4b88a1-000000@email.amazonses.com>",
              relay="from a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
              extra=(("Reply-To", addr("Courtney Fontenot", "courtney.fontenot@bayouprocess.com")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T20:00:00Z", end="2026-11-03T21:00:00Z",
      contact="megan.kowalski@pecanstreet.ai", company="Pecan Street Automation",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00", zone=CHI,
      note="Ashby confirmation sent Thu 29 Oct in CDT for Tue 3 Nov 2:00-3:00 PM CST: US daylight "
           "time ends 1 Nov, so CST = UTC-6 = 20:00-21:00Z (also Monterrey 2 PM). ICS in UTC agrees. "
           "Contact = Reply-To recruiter (also ORGANIZER).")
def p02() -> bytes:
    when = "2026-10-29 16:40"
    body = t("""
        Hi Daniela,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, November 3, 2026, 2:00 PM – 3:00 PM CST
        Google Meet: https://meet.google.com/pqs-txwn-ahk

        Heads up: clocks in the US go back on Sunday, November 1, so from then on Austin and
        Monterrey are on the same time.

        You'll meet with:
          Owen Castellanos — Director of Controls Engineering

        Questions? Just reply and it will reach Megan Kowalski.

        Thanks,
        Pecan Street Automation Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Daniela,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Tuesday, November 3, 2026, 2:00 PM – 3:00 PM CST</strong><br>
        Google Meet: <a href="https://meet.google.com/pqs-txwn-ahk">meet.google.com/pqs-txwn-ahk</a></p>
        <p>Heads up: clocks in the US go back on Sunday, November 1, so from then on Austin and
        Monterrey are on the same time.</p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Owen Castellanos — Director of Controls Engineering</p>
        <p>Questions? Just reply and it will reach Megan Kowalski.</p>
        <p>Thanks,<br>Pecan Street Automation Recruiting</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:1b7e40c2-9a55-4f0e-8b3d-6c1f2e9d0a47
DTSTAMP:20261029T214000Z
DTSTART:20261103T200000Z
DTEND:20261103T210000Z
SEQUENCE:0
SUMMARY:Pecan Street Automation – Senior Controls Engineer (Remote\\, MX) Interview
LOCATION:https://meet.google.com/pqs-txwn-ahk
ORGANIZER;CN=Megan Kowalski:mailto:megan.kowalski@pecanstreet.ai
ATTENDEE;CN=Daniela Garza;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:daniela.garza@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Pecan Street Automation", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Controls Engineer (Remote, MX) at Pecan Street Automation",
              when, CHI, "<0100019a31f7c2a4-8e0d51b9-3c6a-4f7e-a1d2-9b8c7e6f5a40-000000@email.amazonses.com>",
              relay="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
              extra=(("Reply-To", addr("Megan Kowalski", "megan.kowalski@pecanstreet.ai")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(3), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-10-08T15:30:00Z", end="2026-10-08T17:00:00Z",
      contact="itzel.zamora@transarteaga.com.mx", company="Transmisiones Arteaga",
      local="Thu 2026-10-08 09:30", local_end="2026-10-08 11:00", zone=MTY,
      note="Workday notification from the tenant mailbox; '09:30 a. m. (GMT-06:00) Hora central' "
           "(Ramos Arizpe, Coahuila = UTC-6, no DST) = 15:30Z; 'Duración: 90 minutos' is exact -> end "
           "17:00Z. Contact = recruiter address in the body.")
def p03() -> bytes:
    when = "2026-10-05 11:02"
    body = t("""
        Estimada Daniela Garza:

        Gracias por su interés en Transmisiones Arteaga. Nos da gusto invitarle a la siguiente etapa
        del proceso para la vacante Ingeniero(a) de Automatización Sr. (Req. R-0026417).

        Detalles de la entrevista
        Tipo: Entrevista presencial con el área técnica
        Fecha y hora: jueves, 8 de octubre de 2026 09:30 a. m. (GMT-06:00) Hora central - Ciudad de México
        Duración: 90 minutos
        Lugar: Planta Ramos Arizpe, Blvd. Industria Automotriz 455, Parque Industrial Santa María,
        Ramos Arizpe, Coah.
        Entrevistadores: Ing. Héctor Valdés (Gerente de Ingeniería de Manufactura),
        Ing. Brenda Saucedo (Líder de Controles)

        Favor de presentarse 15 minutos antes en la caseta principal con una identificación oficial.
        Se le proporcionará equipo de protección personal para el recorrido en piso.

        Si necesita reprogramar, comuníquese con su reclutadora, Lic. Itzel Zamora
        (itzel.zamora@transarteaga.com.mx, tel. 844 438 1200 ext. 2217).

        Puede consultar el estado de su solicitud en el portal de candidatos:
        https://wd5.myworkdayjobs.com/TransArteaga/userHome

        Atentamente,
        Atracción de Talento
        Transmisiones Arteaga, S.A. de C.V.

        Este mensaje fue generado automáticamente. Por favor no responda a este correo.
        """)
    hs = head(addr("Transmisiones Arteaga", "arteaga@myworkday.com"),
              "Invitación a entrevista: Ingeniero(a) de Automatización Sr. – Planta Ramos Arizpe",
              when, MTY, "<1459383725.88214.1791213720553@wd5-prod-mailer-7.myworkday.com>",
              relay="from wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [162.249.72.20])")
    return message(hs, text(body))


@mail(n(4), family="smartrecruiters", lang="es", interview=True, kind="rescheduled",
      start="2026-10-21T18:00:00Z", end="2026-10-21T19:00:00Z",
      contact="alejandra.villasenor@jaliscosensorica.mx", company="Jalisco Sensórica",
      local="Wed 2026-10-21 12:00", local_end="2026-10-21 13:00", zone=CDMX,
      days=(("Mon", "2026-10-19"),),
      note="SmartRecruiters reschedule: old slot Mon 19 Oct 16:00 and new slot Wed 21 Oct 12:00-13:00 "
           "'hora del centro de México (GMT-6)' both in the mail; labelled with the new one = 18:00-19:00Z "
           "(ICS SEQUENCE:1 in UTC agrees). No Reply-To; contact = recruiter address in the signature.")
def p04() -> bytes:
    when = "2026-10-16 10:30"
    body = t("""
        Hola Daniela,

        Le informamos que su entrevista para la posición Ingeniera de Integración de Sistemas
        (Guadalajara) fue reprogramada a petición del panel.

        Horario anterior: lunes 19 de octubre de 2026, 16:00 – 17:00
        Nuevo horario:    miércoles 21 de octubre de 2026, 12:00 – 13:00
                          (hora del centro de México, GMT-6)

        Modalidad: videollamada (Google Meet) – https://meet.google.com/kxo-rbfa-wuq
        Panel: Ing. Fernando Larios (Gerente de Proyectos), Ing. Sofía Barragán (Arquitecta de Sistemas)

        Adjuntamos la invitación actualizada. Si el nuevo horario no le funciona, responda a
        alejandra.villasenor@jaliscosensorica.mx y buscamos otra opción.

        Saludos cordiales,
        Alejandra Villaseñor
        Reclutamiento y Selección | Jalisco Sensórica
        Zapopan, Jal.
        """)
    page = t("""
        <div style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Daniela,</p>
        <p>Le informamos que su entrevista para la posición <b>Ingeniera de Integración de Sistemas
        (Guadalajara)</b> fue reprogramada a petición del panel.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px 4px 0;color:#999"><s>Horario anterior</s></td>
        <td style="color:#999"><s>lunes 19 de octubre de 2026, 16:00 – 17:00</s></td></tr>
        <tr><td style="padding:4px 12px 4px 0"><b>Nuevo horario</b></td>
        <td><b>miércoles 21 de octubre de 2026, 12:00 – 13:00</b><br>(hora del centro de México, GMT-6)</td></tr>
        </table>
        <p>Modalidad: videollamada (Google Meet) – <a href="https://meet.google.com/kxo-rbfa-wuq">unirse</a><br>
        Panel: Ing. Fernando Larios (Gerente de Proyectos), Ing. Sofía Barragán (Arquitecta de Sistemas)</p>
        <p>Adjuntamos la invitación actualizada. Si el nuevo horario no le funciona, responda a
        <a href="mailto:alejandra.villasenor@jaliscosensorica.mx">alejandra.villasenor@jaliscosensorica.mx</a>
        y buscamos otra opción.</p>
        <p>Saludos cordiales,<br>Alejandra Villaseñor<br>Reclutamiento y Selección | Jalisco Sensórica<br>Zapopan, Jal.</p>
        <p style="font-size:11px;color:#aaa">Powered by SmartRecruiters</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-6a1f0e3c-77d2-4b09-bd5a-1e2f3a4b5c6d
DTSTAMP:20261016T163000Z
DTSTART:20261021T180000Z
DTEND:20261021T190000Z
SEQUENCE:1
SUMMARY:Entrevista – Ingeniera de Integración de Sistemas – Jalisco Sensórica
LOCATION:https://meet.google.com/kxo-rbfa-wuq
ORGANIZER;CN=Jalisco Sensórica:mailto:noreply@smartrecruiters.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Jalisco Sensórica", "noreply@smartrecruiters.com"),
              "Actualización de su entrevista – Ingeniera de Integración de Sistemas", when, CDMX,
              "<20261016163012.7f3c1a9e2b4d@smartrecruiters.com>",
              relay="from o1.email.smartrecruiters.com (o1.email.smartrecruiters.com [167.89.101.12])")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


@mail(n(5), family="personio", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T16:00:00Z", end="2026-10-29T17:00:00Z",
      contact="jana.brueckner@kesselring-antriebe.de", company="Kesselring Antriebstechnik",
      local="Thu 2026-10-29 17:00", local_end="2026-10-29 18:00", zone=BER,
      note="Personio invitation from the German parent: 17:00-18:00 CET (Germany back on winter time "
           "since 25 Oct, UTC+1) = 16:00-17:00Z; the body's '10:00-11:00 in Monterrey' (UTC-6) agrees, "
           "as does the ICS (TZID Europe/Berlin). Contact = Reply-To HR business partner.")
def p05() -> bytes:
    when = "2026-10-26 09:05"
    body = t("""
        Dear Daniela,

        thank you for your application as Plant Controls Lead (m/f/d) for our new site in
        Ramos Arizpe. We would be happy to get to know you in a video interview.

        Date:  Thursday, 29 October 2026
        Time:  17:00 – 18:00 (CET, Germany)
               – that is 10:00 – 11:00 in Monterrey
        Where: Microsoft Teams (link in the calendar invitation)
        With:  Dr. Matthias Eberle (Head of Electrical Engineering), Jana Brückner (HR)

        Please note that Germany changed back to winter time last weekend, so the difference to
        Monterrey is now seven hours.

        Kind regards
        Jana Brückner
        HR Business Partner
        Kesselring Antriebstechnik GmbH · Heilbronn · Germany
        """)
    page = "<html><body>\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{VTZ[BER]}
BEGIN:VEVENT
UID:personio-interview-4418270-7712@personio.de
DTSTAMP:20261026T080500Z
DTSTART;TZID=Europe/Berlin:20261029T170000
DTEND;TZID=Europe/Berlin:20261029T180000
SUMMARY:Interview Daniela Garza – Plant Controls Lead (m/f/d)
LOCATION:Microsoft Teams
ORGANIZER;CN=Jana Brückner:mailto:jana.brueckner@kesselring-antriebe.de
ATTENDEE;CN=Daniela Garza;RSVP=TRUE:mailto:daniela.garza@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Kesselring Antriebstechnik GmbH", "no-reply@personio.de"),
              "Your interview with Kesselring Antriebstechnik – Plant Controls Lead (m/f/d)", when, BER,
              "<6f2a91c3e8b04d1aa7c5@mail.personio.de>",
              relay="from mail.personio.de (mail.personio.de [52.57.18.90])",
              extra=(("Reply-To", addr("Jana Brückner", "jana.brueckner@kesselring-antriebe.de")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="interview.ics",
                                      disposition="attachment")))


@mail(n(6), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-12-15T18:00:00Z", end="2026-12-15T18:45:00Z",
      contact="renata.olvera@verticerobotica.mx", company="Vértice Robótica",
      local="Tue 2026-12-15 12:00", local_end="2026-12-15 12:45", zone=CDMX,
      note="Teamtailor confirmation, 'mar. 15 de diciembre · 12:00 – 12:45 (CST)' in Mexico City "
           "(UTC-6) = 18:00-18:45Z; ICS in UTC agrees. Contact = Reply-To recruiter.")
def p06() -> bytes:
    when = "2026-12-09 13:20"
    body = t("""
        ¡Hola Daniela!

        Tu entrevista con Vértice Robótica está confirmada 🎉

        Ingeniera de Automatización (CDMX / híbrido)
        mar. 15 de diciembre · 12:00 – 12:45 (CST)
        Oficinas Vértice – Colima 214, Col. Roma Norte, Cuauhtémoc, CDMX

        Vas a platicar con Emilio Sandoval (CTO) y conmigo. Si vienes desde Monterrey y necesitas
        ayuda con el traslado, avísame respondiendo a este correo.

        ¡Nos vemos pronto!
        Renata Olvera
        People & Talent · Vértice Robótica

        Agregar al calendario: https://verticerobotica.teamtailor.com/interviews/8f3a2c/ics
        """)
    page = t("""
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f7"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Inter,Arial,sans-serif;font-size:15px;color:#1f1f1f">
        <tr><td style="padding:32px">
        <p>¡Hola Daniela!</p>
        <p>Tu entrevista con Vértice Robótica está confirmada 🎉</p>
        <div style="border:1px solid #e3e3e8;border-radius:8px;padding:16px">
        <div style="font-weight:600">Ingeniera de Automatización (CDMX / híbrido)</div>
        <div>mar. 15 de diciembre · 12:00 – 12:45 (CST)</div>
        <div style="color:#6b6b76">Oficinas Vértice – Colima 214, Col. Roma Norte, Cuauhtémoc, CDMX</div>
        </div>
        <p>Vas a platicar con Emilio Sandoval (CTO) y conmigo. Si vienes desde Monterrey y necesitas
        ayuda con el traslado, avísame respondiendo a este correo.</p>
        <p>¡Nos vemos pronto!<br>Renata Olvera<br>People &amp; Talent · Vértice Robótica</p>
        <p><a href="https://verticerobotica.teamtailor.com/interviews/8f3a2c/ics">Agregar al calendario</a></p>
        </td></tr></table></td></tr></table>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-8f3a2c@teamtailor.com
DTSTAMP:20261209T192000Z
DTSTART:20261215T180000Z
DTEND:20261215T184500Z
SUMMARY:Entrevista: Ingeniera de Automatización – Vértice Robótica
LOCATION:Colima 214\\, Col. Roma Norte\\, Cuauhtémoc\\, CDMX
ORGANIZER;CN=Renata Olvera:mailto:renata.olvera@verticerobotica.mx
ATTENDEE;CN=Daniela Garza;RSVP=TRUE:mailto:daniela.garza@example.org
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Vértice Robótica", "no-reply@teamtailor-mail.com"),
              "Entrevista confirmada: Ingeniera de Automatización (CDMX / híbrido)", when, CDMX,
              "<6758a3f0c1d2e_3a1b9f2c1d4e5@teamtailor-mail.com>",
              relay="from mail-eu1.teamtailor-mail.com (mail-eu1.teamtailor-mail.com [185.250.239.6])",
              extra=(("Reply-To", addr("Renata Olvera", "renata.olvera@verticerobotica.mx")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(7), family="workable", lang="es", interview=True, kind="rescheduled",
      start="2026-11-20T19:00:00Z", end=None,
      contact="lorena.quiroga@envasessierramadre.com", company="Envases Sierra Madre",
      local="Fri 2026-11-20 13:00", zone=MTY, days=(("Thu", "2026-11-19"),),
      note="Workable reschedule (HTML only): old 'jueves 19 de noviembre, 10:00' and new 'viernes 20 de "
           "noviembre a las 13:00 hrs (hora de Monterrey)' = 19:00Z; no length. Reply-To is a Workable "
           "relay, so contact = the recruiter's own address in the body.")
def p07() -> bytes:
    when = "2026-11-16 08:50"
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5">
        <p>Hola Daniela,</p>
        <p>Una disculpa por el cambio: el Ing. Salvador Elizondo tiene una auditoría de cliente el jueves,
        así que tuvimos que mover tu entrevista para <b>Ingeniera de Controles – Línea de Soplado</b>.</p>
        <p>Antes: <span style="text-decoration:line-through">jueves 19 de noviembre, 10:00 a.&nbsp;m.</span><br>
        Ahora: <b>viernes 20 de noviembre a las 13:00 hrs</b> (hora de Monterrey)</p>
        <p>Lugar: Planta Santa Catarina, Av. Industrias 901, puerta 3. Pregunta por mí en recepción.</p>
        <p>Cualquier duda escríbeme directo a
        <a href="mailto:lorena.quiroga@envasessierramadre.com">lorena.quiroga@envasessierramadre.com</a>
        o al 81 8335 0940.</p>
        <p>Saludos,<br>Lorena Quiroga<br>Reclutamiento · Envases Sierra Madre</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Enviado a través de Workable. Por favor, no cambies el asunto de
        este correo al responder.</p>
        </body></html>
        """)
    hs = head(addr("Envases Sierra Madre", "noreply@candidates.workablemail.com"),
              "Cambio de horario: entrevista Ingeniera de Controles – Envases Sierra Madre", when, MTY,
              "<5c9e1f7a2b.4418027@candidates.workablemail.com>",
              relay="from mail-out.workablemail.com (mail-out.workablemail.com [198.2.133.47])",
              extra=(("Reply-To", "envases-sierra-madre+c7f2a19e@candidates.workablemail.com"),))
    return message(hs, html(page))


@mail(n(8), family="taleo", lang="es", interview=True, kind="scheduled",
      start="2026-11-05T19:00:00Z", end="2026-11-05T20:00:00Z", contact=None,
      company="Grupo Industrial Cerro de la Silla",
      local="Thu 2026-11-05 13:00", local_end="2026-11-05 14:00", zone=MTY,
      note="Taleo notification (iso-8859-1 QP) with 'Fecha: 05/11/2026' (DD/MM) 'Hora: 13:00 hrs' in "
           "Monterrey (UTC-6) = 19:00Z; 'Duración: 60 min' exact -> end 20:00Z. Only the Taleo system "
           "mailbox and a shared reclutamiento@ address appear -> contact null.")
def p08() -> bytes:
    when = "2026-10-30 17:45"
    body = t("""
        Estimado(a) DANIELA GARZA,

        Por este medio le confirmamos la programación de su entrevista para la requisición
        26-0418 Ingeniero de Control de Procesos.

        Fecha:     05/11/2026
        Hora:      13:00 hrs
        Duración:  60 min
        Tipo:      Entrevista por competencias + evaluación técnica
        Lugar:     Corporativo GICS, Av. Constitución 2150 Pte., Col. Obispado, Monterrey, N.L.
                   Piso 7, Sala Chipinque

        Favor de presentarse con identificación oficial vigente y su CV impreso.
        Estacionamiento para visitantes en el sótano 2.

        Para cualquier aclaración puede escribir a reclutamiento@gics.com.mx indicando su número
        de candidato (1187342).

        Atentamente,
        Atracción de Talento
        Grupo Industrial Cerro de la Silla

        *** Favor de no responder a este correo, ha sido generado automáticamente. ***
        """)
    hs = head(addr("Atracción de Talento GICS", "gics@taleo.net", charset="iso-8859-1"),
              "Programación de entrevista - Requisición 26-0418 Ingeniero de Control de Procesos",
              when, MTY, "<1804129963.4471.1793412300871.JavaMail.taleo@tlp2-appmail03>",
              relay="from smtp-out-2.taleo.net (smtp-out-2.taleo.net [160.34.8.22])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(9), family="recruitee", lang="es", interview=True, kind="cancelled",
      start="2026-11-20T16:00:00Z", end="2026-11-20T17:00:00Z",
      contact="mariana.ochoa@occidentefotonica.mx", company="Occidente Fotónica",
      local="Fri 2026-11-20 10:00", local_end="2026-11-20 11:00", zone=CDMX,
      note="Recruitee cancellation, no new time (position frozen): 'viernes 20 de noviembre a las 10:00 "
           "(hora de Guadalajara)' = UTC-6 = 16:00Z; the ICS CANCEL (UTC) gives the hour-long slot. "
           "Contact = Reply-To recruiter.")
def p09() -> bytes:
    when = "2026-11-17 12:10"
    body = t("""
        Hola Daniela,

        Te escribo con una noticia que no es la que esperábamos: tenemos que cancelar la entrevista
        del viernes 20 de noviembre a las 10:00 (hora de Guadalajara) para la vacante de Ingeniera de
        Pruebas y Automatización.

        La dirección decidió congelar la posición hasta que se apruebe el presupuesto de 2027. No
        tiene nada que ver con tu perfil, que nos gustó mucho; si la vacante se reabre, serás de las
        primeras personas a las que busquemos.

        Adjunto la cancelación para que se libere tu calendario.

        Un saludo y gracias por tu tiempo,
        Mariana Ochoa
        Talento Humano · Occidente Fotónica
        Tlaquepaque, Jalisco
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:recruitee-event-3391874@recruitee.com
DTSTAMP:20261117T181000Z
DTSTART:20261120T160000Z
DTEND:20261120T170000Z
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Entrevista – Ingeniera de Pruebas y Automatización (Occidente Fotónica)
ORGANIZER;CN=Mariana Ochoa:mailto:mariana.ochoa@occidentefotonica.mx
ATTENDEE;CN=Daniela Garza:mailto:daniela.garza@example.org
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Occidente Fotónica", "noreply@recruitee.com"),
              "Cancelación de entrevista – Ingeniera de Pruebas y Automatización", when, CDMX,
              "<rt.3391874.c2a7f1@mg.recruitee.com>",
              relay="from mg.recruitee.com (mg.recruitee.com [159.135.228.10])",
              extra=(("Reply-To", addr("Mariana Ochoa", "mariana.ochoa@occidentefotonica.mx")),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, method="CANCEL", cte="quoted-printable", filename="cancel.ics",
                                      disposition="attachment")))


@mail(n(10), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-10T15:00:00Z", end="2026-12-10T18:00:00Z",
      contact="brandon.whitfield@hillcountrycontrols.com", company="Hill Country Controls",
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 12:00", zone=CHI,
      note="GoodTime itinerary of three sessions, 9:00 AM to 12:00 PM CST (Austin, UTC-6 in December) "
           "= 15:00-18:00Z: start of the first to end of the last. Contact = Reply-To coordinator.")
def p10() -> bytes:
    when = "2026-12-03 15:30"
    body = t("""
        Hi Daniela,

        Your interview with Hill Country Controls is confirmed. Here is your itinerary for
        Thursday, December 10, 2026. All times are shown in Central Time (CST) - the same as
        Monterrey.

          9:00 AM - 9:45 AM    Hiring Manager Conversation   Lauren Pruitt
          10:00 AM - 11:00 AM  Technical Deep Dive (PLC/SCADA)  Marco Esparza, Dylan Hughes
          11:15 AM - 12:00 PM  Meet the Team                 Priya Natarajan

        All sessions use the same Zoom link:
        https://hillcountrycontrols.zoom.us/j/96120048871

        Need to make a change? Reply to this email and Brandon will help.

        Brandon Whitfield
        Recruiting Coordinator, Hill Country Controls

        Sent via GoodTime
        """)
    rows = "".join(
        f"<tr><td style=\"padding:6px 16px 6px 0\">{a}</td><td>{b}</td><td style=\"color:#666\">{c}</td></tr>\n"
        for a, b, c in [("9:00 AM - 9:45 AM", "Hiring Manager Conversation", "Lauren Pruitt"),
                        ("10:00 AM - 11:00 AM", "Technical Deep Dive (PLC/SCADA)", "Marco Esparza, Dylan Hughes"),
                        ("11:15 AM - 12:00 PM", "Meet the Team", "Priya Natarajan")])
    page = ("<html><body style=\"font-family:Roboto,Arial,sans-serif;font-size:14px\">\n"
            "<p>Hi Daniela,</p>\n<p>Your interview with Hill Country Controls is confirmed. Here is your "
            "itinerary for <b>Thursday, December 10, 2026</b>. All times are shown in Central Time (CST) - "
            "the same as Monterrey.</p>\n<table>\n" + rows + "</table>\n"
            "<p>All sessions use the same Zoom link:<br><a href=\"https://hillcountrycontrols.zoom.us/j/96120048871\">"
            "https://hillcountrycontrols.zoom.us/j/96120048871</a></p>\n"
            "<p>Need to make a change? Reply to this email and Brandon will help.</p>\n"
            "<p>Brandon Whitfield<br>Recruiting Coordinator, Hill Country Controls</p>\n"
            "<p style=\"font-size:11px;color:#999\">Sent via GoodTime</p>\n</body></html>\n")
    hs = head(addr("Hill Country Controls", "noreply@goodtime.io"),
              "Your interview itinerary - Hill Country Controls", when, CHI,
              "<goodtime.itin.5f1e9a2c7b@goodtime.io>",
              relay="from o6.sgmail.goodtime.io (o6.sgmail.goodtime.io [149.72.44.201])",
              extra=(("Reply-To", addr("Brandon Whitfield", "brandon.whitfield@hillcountrycontrols.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(n(11), family="calendly", lang="es", interview=True, kind="scheduled",
      start="2026-10-13T16:00:00Z", end="2026-10-13T16:30:00Z",
      contact="gabriela.leal@hidrocontrol.mx", company="Hidrocontrol del Noreste",
      local="Tue 2026-10-13 10:00", local_end="2026-10-13 10:30", zone=MTY,
      note="Calendly invitee confirmation in Spanish: '10:00 - 10:30, martes, 13 de octubre de 2026', "
           "zone 'Hora central - Ciudad de México' (UTC-6) = 16:00-16:30Z; ICS in UTC agrees. "
           "Contact = Reply-To host.")
def p11() -> bytes:
    when = "2026-10-09 18:22"
    body = t("""
        Hola Daniela Garza:

        Se programó un nuevo evento.

        Nombre del evento:
        Entrevista técnica – Ingeniería de Automatización (30 min)

        Fecha y hora del evento:
        10:00 - 10:30, martes, 13 de octubre de 2026 (Hora central - Ciudad de México)

        Ubicación:
        Esta es una reunión de Google Meet. https://meet.google.com/vzd-kkpe-jno

        Anfitrión:
        Gabriela Leal

        Cancelar: https://calendly.com/cancellations/7c1e2a90-44bd-4f0f-9a2e-55c3d0f8b1a7
        Reprogramar: https://calendly.com/reschedulings/7c1e2a90-44bd-4f0f-9a2e-55c3d0f8b1a7

        Desarrollado por Calendly.com
        """)
    page = t("""
        <div style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hola Daniela Garza:</p>
        <p>Se programó un nuevo evento.</p>
        <p><b>Nombre del evento:</b><br>Entrevista técnica – Ingeniería de Automatización (30 min)</p>
        <p><b>Fecha y hora del evento:</b><br>10:00 - 10:30, martes, 13 de octubre de 2026 (Hora central - Ciudad de México)</p>
        <p><b>Ubicación:</b><br>Esta es una reunión de Google Meet. <a href="https://meet.google.com/vzd-kkpe-jno">https://meet.google.com/vzd-kkpe-jno</a></p>
        <p><b>Anfitrión:</b><br>Gabriela Leal</p>
        <p><a href="https://calendly.com/cancellations/7c1e2a90-44bd-4f0f-9a2e-55c3d0f8b1a7">Cancelar</a> |
        <a href="https://calendly.com/reschedulings/7c1e2a90-44bd-4f0f-9a2e-55c3d0f8b1a7">Reprogramar</a></p>
        <p style="color:#999;font-size:12px">Desarrollado por Calendly.com</p>
        </div>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7c1e2a90-44bd-4f0f-9a2e-55c3d0f8b1a7@calendly.com
DTSTAMP:20261010T002200Z
DTSTART:20261013T160000Z
DTEND:20261013T163000Z
SUMMARY:Entrevista técnica – Ingeniería de Automatización entre Gabriela Leal y Daniela Garza
LOCATION:https://meet.google.com/vzd-kkpe-jno
ORGANIZER;CN=Gabriela Leal:mailto:gabriela.leal@hidrocontrol.mx
ATTENDEE;CN=Daniela Garza;RSVP=TRUE:mailto:daniela.garza@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Nuevo evento: Daniela Garza - 10:00 mar., 13 oct. 2026 - Entrevista técnica – Ingeniería de "
              "Automatización", when, MTY, "<0100019a6b2f44c1-c1e8d7a2-5b3f-4a9c-8e21-7d0f3b6a9c12-000000@email.amazonses.com>",
              relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=(("Reply-To", addr("Gabriela Leal", "gabriela.leal@hidrocontrol.mx")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="8bit")))


@mail(n(12), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-11-24T17:00:00Z", end="2026-11-24T18:00:00Z", contact=None,
      company="Aceros Tepeyac",
      local="Tue 2026-11-24 11:00", local_end="2026-11-24 12:00", zone=CDMX,
      note="Microsoft Bookings confirmation from the Bookings mailbox: '11:00 - 12:00 (UTC-06:00) "
           "Guadalajara, Ciudad de México, Monterrey' = 17:00-18:00Z; ICS TZID 'Central Standard Time "
           "(Mexico)' agrees. Only the staff name (no address) and the mailbox -> contact null.")
def p12() -> bytes:
    when = "2026-11-18 14:05"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p>Hola Daniela Garza,</p>
        <p>Gracias por reservar con Entrevistas Aceros Tepeyac. Su reserva está confirmada.</p>
        <table style="font-size:14px">
        <tr><td style="color:#605e5c;padding-right:16px">Servicio</td><td>Entrevista inicial – Ingeniería de Mantenimiento</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Personal</td><td>Rocío Ibarra</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Fecha y hora</td><td>martes, 24 de noviembre de 2026 11:00 - 12:00<br>
        (UTC-06:00) Guadalajara, Ciudad de México, Monterrey</td></tr>
        <tr><td style="color:#605e5c;padding-right:16px">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE1ZTc0/0">Unirse a la reunión de Microsoft Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/EntrevistasAcerosTepeyac@acerostepeyac.com.mx/bookings/">Administrar reserva</a></p>
        <p style="font-size:12px;color:#a19f9d">Con la tecnología de Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_CDMX_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Entrevistas Aceros Tepeyac:mailto:EntrevistasTalento@acerostepeyac.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Garza:mailto:daniela.garza@example.org
DESCRIPTION;LANGUAGE=es-MX:Entrevista inicial – Ingeniería de Mantenimiento con Rocío Ibarra
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6D901000000000000000010000000A1B2C3D4E5F6
SUMMARY;LANGUAGE=es-MX:Entrevista inicial – Ingeniería de Mantenimiento
DTSTART;TZID=Central Standard Time (Mexico):20261124T110000
DTEND;TZID=Central Standard Time (Mexico):20261124T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261118T200500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Entrevistas Aceros Tepeyac", "EntrevistasTalento@acerostepeyac.com.mx"),
              "Reserva confirmada: Entrevista inicial – Ingeniería de Mantenimiento", when, CDMX,
              "<BN8PR12MB3361A7C4E2F9D0B1C3A5@BN8PR12MB3361.namprd12.prod.outlook.com>",
              relay="from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2110.outbound."
                    "protection.outlook.com [40.107.237.110])",
              extra=(("Content-Language", "es-MX"),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(13), family="exchange_teams", lang="es", interview=True, kind="rescheduled",
      start="2026-12-02T14:30:00Z", end="2026-12-02T15:30:00Z",
      contact="mauricio.ramos@autopartessaltillo.com.mx", company="Autopartes Saltillo Norte",
      local="Wed 2026-12-02 08:30", local_end="2026-12-02 09:30", zone=MTY, days=(("Tue", "2026-12-01"),),
      note="Outlook meeting update (SEQUENCE:1) with Teams block: old 'martes 1 de diciembre 12:00', new "
           "'miércoles 2 de diciembre a las 8:30', Cuándo line '08:30-09:30 (UTC-06:00) Guadalajara, "
           "Ciudad de México, Monterrey' = 14:30-15:30Z; ICS TZID 'Central Standard Time (Mexico)'. "
           "Contact = organizer/sender.")
def p13() -> bytes:
    when = "2026-11-26 17:48"
    body = t("""
        Cuándo: miércoles, 2 de diciembre de 2026 08:30-09:30 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.
        Dónde: Reunión de Microsoft Teams

        Daniela, buenas tardes.

        Por un tema de arranque de línea tengo que mover nuestra entrevista del martes 1 de diciembre a
        las 12:00 al miércoles 2 de diciembre a las 8:30. Le pido una disculpa por el cambio. Se suma
        también el Ing. Joel Arizpe, de Mantenimiento.

        Saludos,
        Mauricio Ramos
        Gerente de Ingeniería de Procesos
        Autopartes Saltillo Norte, S.A. de C.V.

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4YjU1/0>
        Id. de reunión: 291 447 803 119
        Código de acceso: Kq7VbT
        Descargar Teams<https://www.microsoft.com/es-mx/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = "<html><body>\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_CDMX_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Mauricio Ramos:mailto:mauricio.ramos@autopartessaltillo.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Garza:mailto:daniela.garza@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Joel Arizpe:mailto:joel.arizpe@autopartessaltillo.com.mx
UID:040000008200E00074C5B7101A82E0080000000070D2F1A4C37ADB010000000000000000100000004E9B2F7C1D3A5E4B
SUMMARY;LANGUAGE=es-MX:Entrevista técnica – Daniela Garza
DTSTART;TZID=Central Standard Time (Mexico):20261202T083000
DTEND;TZID=Central Standard Time (Mexico):20261202T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261126T234800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1811298147
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Mauricio Ramos", "mauricio.ramos@autopartessaltillo.com.mx"),
              "Actualizada: Entrevista técnica – Daniela Garza", when, MTY,
              "<MN2PR14MB40166E1B8D2A4C7F9E3D@MN2PR14MB4016.namprd14.prod.outlook.com>",
              relay="from NAM14-MN2-obe.outbound.protection.outlook.com (mail-mn2nam14on2092.outbound."
                    "protection.outlook.com [40.107.244.92])",
              extra=(("Thread-Topic", enc("Entrevista técnica – Daniela Garza")),
                     ("Thread-Index", "AdtAa4c1wq9PqS7kT0iG3uX2nB8YfA=="),
                     ("Content-Language", "es-MX"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page),
                           calendar(ics, cte="base64")))


@mail(n(14), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-10-30T20:00:00Z", end=None,
      contact="whitney.hale@galvestonbayinst.com", company="Galveston Bay Instruments",
      local="Fri 2026-10-30 15:00", zone=CHI,
      note="Recruiter mail with pasted Zoom invitation 'Oct 30, 2026 03:00 PM Central Time (US and "
           "Canada)': Houston still on CDT (UTC-5) = 20:00Z; the body's '2:00 PM your time in Monterrey' "
           "agrees. No length stated. Contact = human sender.")
def p14() -> bytes:
    when = "2026-10-26 11:03"
    body = t("""
        Hi Daniela,

        Great news - Ray would like to meet you for the Instrumentation & Controls Engineer role.
        I've set up a Zoom for this Friday. That's 2:00 PM your time in Monterrey (we're still an
        hour ahead of you until next Sunday, then we line up again).

        Ray will want to walk through your DeltaV migration project, so have a screen ready if you'd
        like to share anything.

        Thanks!
        Whitney

        Whitney Hale | Senior Technical Recruiter
        Galveston Bay Instruments | League City, TX
        o: 281-555-0143

        -----
        Whitney Hale is inviting you to a scheduled Zoom meeting.

        Topic: Daniela Garza / I&C Engineer - interview with Ray Dufresne
        Time: Oct 30, 2026 03:00 PM Central Time (US and Canada)

        Join Zoom Meeting
        https://galvestonbayinst.zoom.us/j/84112093377?pwd=bE5xQ2RmT0tIdmlYc0xrZz09

        Meeting ID: 841 1209 3377
        Passcode: 551920

        ---
        One tap mobile
        +13462487799,,84112093377#,,,,*551920# US (Houston)
        +16694449171,,84112093377#,,,,*551920# US
        """)
    page = "<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Whitney Hale", "whitney.hale@galvestonbayinst.com"),
              "Interview Friday - Galveston Bay Instruments", when, CHI,
              "<DM6PR04MB6202F3B81A9C4D2E7B6A@DM6PR04MB6202.namprd04.prod.outlook.com>",
              relay="from NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2071.outbound."
                    "protection.outlook.com [40.107.102.71])",
              extra=(("Thread-Topic", "Interview Friday - Galveston Bay Instruments"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="quoted-printable")))


@mail(n(15), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-09T16:00:00Z", end=None,
      contact="rtrevino@troqueladosapodaca.com.mx", company="Troquelados Apodaca",
      local="Wed 2026-09-09 10:00", zone=MTY,
      note="Phone-written reply (tú): 'te espero pasado mañana a las 10 en planta', Date Mon 7 Sep 2026 "
           "(Monterrey) -> Wed 9 Sep 10:00 UTC-6 = 16:00Z. Visit + interview at the plant; no length. "
           "Contact = human sender.")
def p15() -> bytes:
    when = "2026-09-07 14:12"
    body = t("""
        Daniela va, entonces te espero pasado mañana a las 10 en planta, pregunta por mi en vigilancia. Si tienes trae zapatos de seguridad para darte el recorrido por las prensas y luego platicamos en mi oficina con el de RH.

        Saludos

        Rogelio

        Enviado desde mi iPhone

        > El 7 sept 2026, a las 13:40, Daniela Garza <daniela.garza@example.org> escribió:
        >
        > Buenas tardes Ing. Treviño,
        >
        > Muchas gracias por la llamada de hoy. Le comparto de nuevo mi CV actualizado. Quedo atenta a la visita a planta, tengo disponibilidad el miércoles o el jueves por la mañana.
        >
        > Saludos cordiales,
        > Daniela Garza
        """)
    hs = head(addr("Rogelio Treviño", "rtrevino@troqueladosapodaca.com.mx"),
              "Re: Vacante Ingeniero de Automatización - Troquelados Apodaca", when, MTY,
              "<A4F1C2E9-7B3D-4E8A-9C61-2D5F0B7E3A18@troqueladosapodaca.com.mx>",
              relay="from mail.troqueladosapodaca.com.mx (mail.troqueladosapodaca.com.mx [201.151.44.18])",
              extra=(("In-Reply-To", "<CAM7xK2f9Lr3pQ@mail.example.org>"),
                     ("References", "<CAM7xK2f9Lr3pQ@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit", params="format=flowed; delsp=yes"))


@mail(n(16), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-11-17T23:00:00Z", end="2026-11-18T00:00:00Z",
      contact="vsalinas@termoformadoscumbres.com", company="Termoformados Cumbres",
      local="Tue 2026-11-17 17:00", local_end="2026-11-17 18:00", zone=MTY,
      note="Formal prose (usted), windows-1252 QP: 'el próximo martes a las cinco de la tarde', Date Thu "
           "12 Nov 2026 -> Tue 17 Nov 17:00 Monterrey (UTC-6) = 23:00Z; 'tendrá una duración de una hora' "
           "is exact -> end 00:00Z on 18 Nov (the next day in UTC). Contact = human sender.")
def p16() -> bytes:
    when = "2026-11-12 10:25"
    body = t("""
        Buen día Ing. Garza:

        Como lo platicamos por teléfono, le confirmo su entrevista con nuestro Director de
        Operaciones, el Ing. Arturo Benavides, el próximo martes a las cinco de la tarde, por
        videollamada de Teams. La entrevista tendrá una duración de una hora.

        En unos momentos le llegará la liga por separado. Le agradeceré tener a la mano su
        documentación de proyectos de control (diagramas, arquitecturas de red) por si el Ing.
        Benavides quiere profundizar.

        Quedo a sus órdenes.

        Lic. Verónica Salinas
        Jefa de Reclutamiento y Selección
        Termoformados Cumbres, S.A. de C.V.
        Tel. 81 1234 0077  |  Garza García, N.L.

        AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales y para uso exclusivo
        del destinatario.
        """)
    hs = head(addr("Veronica Salinas", "vsalinas@termoformadoscumbres.com"),
              "Confirmación de entrevista - Ing. Daniela Garza", when, MTY,
              "<000a01dc7a3e$4f2b1c80$ed815580$@termoformadoscumbres.com>",
              relay="from smtp.termoformadoscumbres.com (smtp.termoformadoscumbres.com [187.141.90.31])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtYc0pN2w6kF3yXQ7mR1e8v0a9BZg==")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T17:00:00Z", end=None,
      contact="trent.guidry@sabinepassauto.com", company="Sabine Pass Automation",
      local="Mon 2026-11-02 11:00", zone=CHI, days=(("Fri", "2026-10-30"),),
      note="Hiring manager's reschedule sent Wed 28 Oct (CDT): Friday 2pm moved to 'Monday, Nov 2 at 11am "
           "Central'. US daylight time ends 1 Nov, so 11:00 CST = UTC-6 = 17:00Z (the mail says it is 11 "
           "in Monterrey too). No length. Contact = human sender.")
def p17() -> bytes:
    when = "2026-10-28 16:10"
    body = t("""
        Hi Daniela,

        Sorry for the shuffle - I got pulled into a startup at our Baytown site Friday afternoon, so I've
        moved our 2pm Friday call to Monday, Nov 2 at 11am Central. Same Teams link, updated invite
        coming from my calendar.

        FYI we fall back this Sunday, so 11am Central on Monday should be 11am in Monterrey too (it
        would've been 1pm your time on Friday).

        Thx,
        Trent

        --
        Trent Guidry
        Engineering Manager, Process Automation
        Sabine Pass Automation LLC | Houston, TX
        """)
    hs = head(addr("Trent Guidry", "trent.guidry@sabinepassauto.com"),
              "Re: Interview - Sr Automation Engineer", when, CHI,
              "<CAJq8tT0mGd7rX1-Uv3ZpE9bNwK2a6LhY4sQfR5cH8j@mail.gmail.com>",
              relay="from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])",
              extra=(("In-Reply-To", "<CAM7xKp3QnT8e0@mail.example.org>"),
                     ("References", "<CAJq8tSx4b1Lw@mail.gmail.com> <CAM7xKp3QnT8e0@mail.example.org>")))
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(18), family="forward_self", lang="es", interview=True, kind="scheduled",
      start="2026-09-24T18:30:00Z", end=None,
      contact="paola.cantu@integracionesmty.mx", company="Integraciones MTY",
      local="Thu 2026-09-24 12:30", zone=MTY,
      note="Daniela forwards to herself (example.net -> example.org) the recruiter's confirmation as an "
           "attached message/rfc822: 'el jueves 24/09 a las 12:30 hrs' (DD/MM, Monterrey UTC-6) = 18:30Z; "
           "'aproximadamente hora y media' -> end null. Contact = the recruiter in the forwarded header.")
def p18() -> bytes:
    when = "2026-09-21 07:55"
    inner_body = t("""
        Hola Daniela,

        Qué gusto saludarte. Te confirmo la entrevista técnica el jueves 24/09 a las 12:30 hrs en
        nuestras oficinas de San Pedro (Av. José Vasconcelos 345 Ote., piso 4, torre B).

        Te van a entrevistar el Ing. Luis Zambrano (líder de proyectos de integración) y una servidora.
        Calcula aproximadamente hora y media; incluye una prueba corta de lógica de PLC en TIA Portal.

        Cualquier cosa me escribes por aquí o al WhatsApp.

        Saludos!
        Paola Cantú
        Capital Humano | Integraciones MTY
        """)
    inner = message([("From", addr("Paola Cantú", "paola.cantu@integracionesmty.mx")),
                     ("To", addr("Daniela Garza", "daniela.garza@example.net")),
                     ("Subject", enc("Confirmación entrevista técnica – Integraciones MTY")),
                     ("Date", date("2026-09-18 16:30", MTY)),
                     ("Message-ID", "<CAH5vR0e7gYk2sPz@mail.gmail.com>")],
                    alt(text(inner_body, cte="quoted-printable"), html(gmail_html(inner_body))))
    note = t("""
        Me lo reenvío para tenerlo en el otro correo.

        """)
    hs = head(addr("Daniela Garza", "daniela.garza@example.net"),
              "Fwd: Confirmación entrevista técnica – Integraciones MTY", when, MTY,
              "<CAM7xN0v2jT5@mail.example.net>",
              relay="from mail.example.net (mail.example.net [192.0.2.25])")
    return message(hs, mixed(text(note, cte="8bit"), attached_message(inner)))


@mail(n(19), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-10-15T18:00:00Z", end="2026-10-15T18:45:00Z",
      contact="kelsey.tran@bartoncreekdevices.com", company="Barton Creek Devices",
      local="Thu 2026-10-15 13:00", local_end="2026-10-15 13:45", zone=CHI,
      note="Google Calendar cancellation (METHOD:CANCEL) of 'Thu Oct 15, 2026 1pm - 1:45pm (CDT)' "
           "= 18:00-18:45Z; no new time (role filled). Contact = organizer (From / ORGANIZER).")
def p19() -> bytes:
    when = "2026-10-12 10:02"
    body = t("""
        This event has been canceled.

        Note from organizer: Hi Daniela - unfortunately we've decided to move forward with another
        candidate who was further along in our process, so I'm cancelling Thursday's interview.
        I'm sorry for the late notice, and I'd love to keep in touch for future openings.

        Daniela Garza <> Barton Creek Devices - Controls Interview
        Thursday Oct 15, 2026 ⋅ 1pm – 1:45pm (Central Time - Chicago)

        Organizer
        Kelsey Tran
        kelsey.tran@bartoncreekdevices.com

        Guests
        Kelsey Tran - organizer
        Daniela Garza
        Sam Whitlock

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <table><tr><td>
        <h2 style="font-size:20px;font-weight:400;text-decoration:line-through">Daniela Garza &lt;&gt; Barton Creek Devices - Controls Interview</h2>
        <p style="color:#d93025">This event has been canceled.</p>
        <p><b>Note from organizer:</b> Hi Daniela - unfortunately we've decided to move forward with another
        candidate who was further along in our process, so I'm cancelling Thursday's interview.
        I'm sorry for the late notice, and I'd love to keep in touch for future openings.</p>
        <p><b>When</b><br>Thursday Oct 15, 2026 ⋅ 1pm – 1:45pm (Central Time - Chicago)</p>
        <p><b>Organizer</b><br>Kelsey Tran<br>kelsey.tran@bartoncreekdevices.com</p>
        <p><b>Guests</b><br>Kelsey Tran - organizer<br>Daniela Garza<br>Sam Whitlock</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email
        because you are an attendee on the event.</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ[CHI]}
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20261015T130000
DTEND;TZID=America/Chicago:20261015T134500
DTSTAMP:20261012T150200Z
ORGANIZER;CN=Kelsey Tran:mailto:kelsey.tran@bartoncreekdevices.com
UID:3k9v0m2qf1s8b7d4t6r5n2c0pa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Daniela Garza;X-NUM-GUESTS=0:mailto:daniela.garza@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Whitlock;X-NUM-GUESTS=0:mailto:sam.whitlock@bartoncreekdevices.com
CREATED:20261006T212233Z
LAST-MODIFIED:20261012T150200Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Daniela Garza <> Barton Creek Devices - Controls Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Kelsey Tran", "kelsey.tran@bartoncreekdevices.com"),
              "Canceled event: Daniela Garza <> Barton Creek Devices - Controls Interview @ Thu Oct 15, 2026 "
              "1pm - 1:45pm (CDT) (daniela.garza@example.org)", when, CHI,
              "<calendar-5d2b7e0a-91c4-4f3e-8a6d-2e7c0b9f1a35@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Kelsey Tran", "kelsey.tran@bartoncreekdevices.com"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(20), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-14T15:00:00Z", end=None,
      contact="ximena.rodriguez@empaqueslinares.com", company="Empaques Linares",
      local="Mon 2026-09-14 09:00", zone=MTY, days=(("Tue", "2026-09-15"),),
      note="Recruiter's 'Perfecto Daniela, quedamos así' closes a quoted thread: her proposal (lunes 14 de "
           "septiembre a las 9:00 or martes 15 a las 16:00) and Daniela's acceptance of Monday 9:00 -> "
           "Mon 14 Sep 09:00 Monterrey (UTC-6) = 15:00Z. Contact = human sender.")
def p20() -> bytes:
    when = "2026-09-10 12:41"
    body = t("""
        Perfecto Daniela, quedamos así. Le comparto la ubicación de las oficinas:
        https://maps.app.goo.gl/Lq3vX8Emp4kRz

        Al llegar, registrese en recepción y pregunte por mí.

        Saludos,
        Ximena

        El mié, 9 sept 2026 a las 19:05, Daniela Garza (<daniela.garza@example.org>) escribió:
        > Hola Ximena,
        >
        > Sí, el lunes 14 a las 9:00 me queda perfecto. Muchas gracias.
        >
        > Daniela
        >
        > El mar, 8 sept 2026 a las 11:20, Ximena Rodríguez (<ximena.rodriguez@empaqueslinares.com>) escribió:
        >> Buenos días Daniela,
        >>
        >> Gracias por tu interés en la vacante de Ingeniera de Automatización. Nos gustaría invitarte a
        >> una entrevista presencial con el Gerente de Planta. ¿Le acomoda el lunes 14 de septiembre a las
        >> 9:00 o el martes 15 a las 16:00?
        >>
        >> Quedo atenta,
        >> Ximena Rodríguez
        >> Reclutamiento | Empaques Linares
        """)
    hs = head(addr("Ximena Rodríguez", "ximena.rodriguez@empaqueslinares.com"),
              "Re: Entrevista - Ingeniera de Automatización", when, MTY,
              "<CAF3nQp1vW7yK0rL2s@mail.gmail.com>",
              relay="from mail-lj1-f179.google.com (mail-lj1-f179.google.com [209.85.208.179])",
              extra=(("In-Reply-To", "<CAM7xKq4fT1a@mail.example.org>"),
                     ("References", "<CAF3nQm8aB2cD@mail.gmail.com> <CAM7xKq4fT1a@mail.example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(21), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-12-04T14:30:00Z", end=None,
      contact="jorge.villarreal@frenosyejes.mx", company="Frenos y Ejes de Escobedo",
      local="Fri 2026-12-04 08:30", zone=MTY,
      note="Google Calendar invitation for an all-day event (DTSTART;VALUE=DATE 2026-12-04); the time is "
           "only in the description: 'a las 8:30 hrs en la caseta 2' -> 08:30 Monterrey (UTC-6) = 14:30Z. "
           "'toda la mañana' is no length -> end null. Contact = organizer.")
def p21() -> bytes:
    when = "2026-11-30 19:15"
    desc = ("Daniela: te esperamos a las 8:30 hrs en la caseta 2 de la planta Escobedo (Av. Las Torres 1200, "
            "Parque Industrial Escobedo). Primero recorrido por las celdas de soldadura y después la entrevista "
            "con Ingeniería y RH; calcula toda la mañana. Trae zapato de seguridad. – Jorge")
    body = t(f"""
        Jorge Villarreal te invitó a un evento

        Entrevista presencial – Daniela Garza (Ing. Automatización)
        viernes, 4 de diciembre de 2026

        {desc}

        Ubicación
        Planta Escobedo, Av. Las Torres 1200, Gral. Escobedo, N.L.

        Organizador
        Jorge Villarreal
        jorge.villarreal@frenosyejes.mx

        Invitados
        Jorge Villarreal - organizador
        Daniela Garza
        Claudia Morales

        ¿Asistirás? Sí - Quizás - No   Más opciones: https://calendar.google.com/calendar/event?action=VIEW

        Invitación de Google Calendar
        """)
    page = t(f"""
        <html><body style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p>Jorge Villarreal te invitó a un evento</p>
        <h2 style="font-weight:400">Entrevista presencial – Daniela Garza (Ing. Automatización)</h2>
        <p><b>Cuándo</b><br>viernes, 4 de diciembre de 2026</p>
        <p>{desc}</p>
        <p><b>Ubicación</b><br>Planta Escobedo, Av. Las Torres 1200, Gral. Escobedo, N.L.</p>
        <p><b>Organizador</b><br>Jorge Villarreal<br>jorge.villarreal@frenosyejes.mx</p>
        <p><b>Invitados</b><br>Jorge Villarreal - organizador<br>Daniela Garza<br>Claudia Morales</p>
        <p>¿Asistirás? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a> -
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a></p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </body></html>
        """)
    ics_desc = desc.replace(",", "\\,").replace(";", "\\;")
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261204
DTEND;VALUE=DATE:20261205
DTSTAMP:20261201T011500Z
ORGANIZER;CN=Jorge Villarreal:mailto:jorge.villarreal@frenosyejes.mx
UID:0c7h2e5p9t1u3k6m8q4r1s0v2w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Garza;X-NUM-GUESTS=0:mailto:daniela.garza@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claudia Morales;X-NUM-GUESTS=0:mailto:claudia.morales@frenosyejes.mx
CREATED:20261201T011500Z
DESCRIPTION:{ics_desc}
LAST-MODIFIED:20261201T011500Z
LOCATION:Planta Escobedo\\, Av. Las Torres 1200\\, Gral. Escobedo\\, N.L.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista presencial – Daniela Garza (Ing. Automatización)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Jorge Villarreal", "jorge.villarreal@frenosyejes.mx"),
              "Invitación: Entrevista presencial – Daniela Garza (Ing. Automatización) vie 4 dic 2026 "
              "(daniela.garza@example.org)", when, MTY,
              "<calendar-8e1f4a2b-3c6d-4e7f-9a0b-1c2d3e4f5a6b@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Jorge Villarreal", "jorge.villarreal@frenosyejes.mx"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-11-19T15:30:00Z", end="2026-11-19T16:30:00Z",
      contact="kyle.brandt@permianfluid.com", company="Permian Fluid Controls",
      local="Thu 2026-11-19 09:30", local_end="2026-11-19 10:30", zone=CHI,
      note="Outlook meeting request whose body states no time at all: the time is only in the ICS, "
           "DTSTART;TZID=Central Standard Time 20261119T093000 (Houston on CST, UTC-6) = 15:30-16:30Z. "
           "Contact = organizer/sender.")
def p22() -> bytes:
    when = "2026-11-13 12:00"
    body = t("""
        Hi Daniela,

        Sending over the invite for the panel with our controls team, as discussed on the phone.
        Looking forward to it!

        Kyle

        Kyle Brandt
        Manager, Automation & Controls
        Permian Fluid Controls | 1100 Louisiana St, Houston, TX
        """)
    page = "<html><body style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kyle Brandt:mailto:kyle.brandt@permianfluid.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Garza:mailto:daniela.garza@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Luis Ortega:mailto:luis.ortega@permianfluid.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amber Lacy:mailto:amber.lacy@permianfluid.com
DESCRIPTION;LANGUAGE=en-US:Hi Daniela\\,\\n\\nSending over the invite for the panel with our controls team
 \\, as discussed on the phone.\\nLooking forward to it!\\n\\nKyle\\n
UID:040000008200E00074C5B7101A82E00800000000C0A7F3B2E977DB01000000000000000010000000F4D6B2A8C1E93D57
SUMMARY;LANGUAGE=en-US:Panel interview - Daniela Garza / Automation Engineer
DTSTART;TZID=Central Standard Time:20261119T093000
DTEND;TZID=Central Standard Time:20261119T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T180000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
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
    hs = head(addr("Kyle Brandt", "kyle.brandt@permianfluid.com"),
              "Panel interview - Daniela Garza / Automation Engineer", when, CHI,
              "<SJ0PR11MB5678A1B2C3D4E5F6A7B8@SJ0PR11MB5678.namprd11.prod.outlook.com>",
              relay="from NAM11-SJ0-obe.outbound.protection.outlook.com (mail-sj0nam11on2103.outbound."
                    "protection.outlook.com [40.107.212.103])",
              extra=(("Thread-Topic", "Panel interview - Daniela Garza / Automation Engineer"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(ics)))


@mail(n(23), family="exchange", lang="es", interview=True, kind="cancelled",
      start="2026-10-07T22:00:00Z", end="2026-10-07T23:00:00Z",
      contact="adriana.pena@maquinadoshuinala.com", company="Maquinados Huinalá",
      local="Wed 2026-10-07 16:00", local_end="2026-10-07 17:00", zone=MTY, days=(("Fri", "2026-10-09"),),
      note="Outlook cancellation (METHOD:CANCEL) of Wed 7 Oct 16:00-17:00 Monterrey (UTC-6) = 22:00-23:00Z; "
           "the note names the replacement slot (viernes 9 de octubre a las 10:00) sent as a separate "
           "invitation, so this mail is labelled cancelled with the cancelled slot. Contact = organizer.")
def p23() -> bytes:
    when = "2026-10-05 09:12"
    body = t("""
        Daniela, buen día.

        Cancelo esta invitación porque el Ing. Ortiz estará de viaje el miércoles. Ya le envié una nueva
        para el viernes 9 de octubre a las 10:00, con la misma liga de Teams.

        Saludos,
        Adriana Peña
        Coordinadora de Recursos Humanos
        Maquinados Huinalá | Apodaca, N.L.
        """)
    page = "<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_CDMX_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Adriana Peña:mailto:adriana.pena@maquinadoshuinala.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Garza:mailto:daniela.garza@example.org
UID:040000008200E00074C5B7101A82E008000000008F51D2C0B34EDB0100000000000000001000000027A9C4E1B6D8F30A
SUMMARY;LANGUAGE=es-MX:Cancelada: Entrevista Daniela Garza – Ingeniero de Automatización
DTSTART;TZID=Central Standard Time (Mexico):20261007T160000
DTEND;TZID=Central Standard Time (Mexico):20261007T170000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261005T151200Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Adriana Peña", "adriana.pena@maquinadoshuinala.com"),
              "Cancelada: Entrevista Daniela Garza – Ingeniero de Automatización", when, MTY,
              "<BYAPR05MB4728C3E1F0A9B8D7C6E5@BYAPR05MB4728.namprd05.prod.outlook.com>",
              relay="from NAM10-BY2-obe.outbound.protection.outlook.com (mail-by2nam10on2118.outbound."
                    "protection.outlook.com [40.107.93.118])",
              extra=(("Thread-Topic", enc("Entrevista Daniela Garza – Ingeniero de Automatización")),
                     ("Importance", "high"), ("Content-Language", "es-MX")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(n(24), family="application_ack", lang="es", interview=False, company="Metalmecánica Cumbres",
      note="Lever application receipt; 'si tu perfil avanza te contactaremos para agendar una entrevista' "
           "is hypothetical, no time.")
def p24() -> bytes:
    when = "2026-09-03 22:41"
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Daniela,</p>
        <p>¡Gracias por postularte a <b>Ingeniera de Automatización y Robótica</b> en Metalmecánica Cumbres!</p>
        <p>Recibimos tu solicitud y nuestro equipo de Talento la revisará en los próximos días. Si tu perfil
        avanza, te contactaremos para agendar una entrevista con el área de Ingeniería.</p>
        <p>Mientras tanto, puedes conocer más sobre nuestra planta en
        <a href="https://metalmecanicacumbres.mx/carreras">metalmecanicacumbres.mx/carreras</a>.</p>
        <p>Saludos,<br>Equipo de Talento · Metalmecánica Cumbres</p>
        <p style="font-size:11px;color:#999">Este correo fue enviado a través de Lever. No respondas a este mensaje.</p>
        </body></html>
        """)
    hs = head(addr("Metalmecánica Cumbres", "no-reply@hire.lever.co"),
              "Gracias por tu postulación – Metalmecánica Cumbres", when, MTY,
              "<lever.app.8c2e14f7-3b0a-4d9e-a6f1-9e7d2c5b8a03@hire.lever.co>",
              relay="from mail.hire.lever.co (mail.hire.lever.co [198.21.4.97])")
    return message(hs, html(page, cte="base64"))


@mail(n(25), family="rejection", lang="en", interview=False, company="Ship Channel Energy Services",
      note="iCIMS rejection after a past interview ('thank you for interviewing with us'); no upcoming "
           "time.")
def p25() -> bytes:
    when = "2026-10-06 15:22"
    body = t("""
        Dear Daniela,

        Thank you for taking the time to interview with Ship Channel Energy Services for the Controls
        Systems Engineer II position (Req #2026-4471). We enjoyed learning about your experience with
        Rockwell and Siemens platforms.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches the current needs of the role.

        We encourage you to continue to visit our career site and apply for positions that match your
        interests. We wish you the best in your search.

        Sincerely,
        Talent Acquisition
        Ship Channel Energy Services

        Please do not reply to this message. This mailbox is not monitored.
        """)
    hs = head(addr("Ship Channel Energy Services", "shipchannelenergy@talent.icims.com"),
              "Your application for Controls Systems Engineer II", when, CHI,
              "<1791321720.2241.1806401.JavaMail.icims@app-mail-04.icims.com>",
              relay="from mta-07.icims.com (mta-07.icims.com [52.4.186.121])")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(26), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest; 'Entrevista inmediata' and 'Entrevistas esta semana' are listing badges, "
           "not a confirmation.")
def p26() -> bytes:
    when = "2026-10-20 07:00"
    jobs = [
        ("Ingeniero de Automatización PLC", "Grupo Ensambles del Norte", "Apodaca, N.L.", "Entrevista inmediata"),
        ("Especialista SCADA / DCS", "Refinados Huasteca", "Altamira, Tamps.", "Entrevistas esta semana"),
        ("Líder de Controles – Automotriz", "Estampados Bajío Norte", "Saltillo, Coah.", "Nuevo"),
        ("Ingeniera de Robótica (FANUC)", "Celdas Integradas MX", "Guadalajara, Jal.", "Postulación rápida"),
    ]
    body = "Hola Daniela, estas son las vacantes nuevas para «automatización» cerca de Monterrey:\n\n"
    body += "".join(f"• {a}\n  {b} · {c}\n  {d}\n\n" for a, b, c, d in jobs)
    body += ("Ver todas las vacantes: https://empleosnorte.mx/alertas/ver?id=88123\n\n"
             "Recibes este correo porque creaste una alerta en EmpleosNorte. Darte de baja: "
             "https://empleosnorte.mx/alertas/baja?id=88123\n")
    cards = "".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><a href="https://empleosnorte.mx/v/{i}" '
        f'style="font-weight:bold;color:#0b5">{a}</a><br>{b} · {c}<br>'
        f'<span style="background:#fde;padding:2px 6px;font-size:12px">{d}</span></td></tr>\n'
        for i, (a, b, c, d) in enumerate(jobs, 5501))
    page = ('<html><body style="font-family:Arial,sans-serif"><p>Hola Daniela, estas son las vacantes nuevas para '
            '«automatización» cerca de Monterrey:</p>\n<table width="600">\n' + cards + '</table>\n'
            '<p><a href="https://empleosnorte.mx/alertas/baja?id=88123">Darte de baja</a></p></body></html>\n')
    hs = head(addr("EmpleosNorte Alertas", "alertas@empleosnorte.mx"),
              "4 vacantes nuevas de automatización en Monterrey", when, MTY,
              "<alerta.88123.20261020130000@empleosnorte.mx>",
              relay="from mta2.empleosnorte.mx (mta2.empleosnorte.mx [200.57.12.40])",
              extra=(("List-Unsubscribe", "<https://empleosnorte.mx/alertas/baja?id=88123>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(27), family="newsletter_tips", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Career newsletter about technical interviews for automation engineers; announces a webinar "
           "'jueves 5 de noviembre a las 19:00' - a fixed time, but not her interview.")
def p27() -> bytes:
    when = "2026-11-02 06:30"
    body = t("""
        INGENIERÍA EN CARRERA · Boletín semanal

        7 preguntas que te harán en una entrevista técnica de automatización (y cómo responderlas)

        1. «Explícame la diferencia entre un PID en el PLC y uno en el variador.»
        2. «¿Cómo diagnosticas una red PROFINET intermitente?»
        3. «Cuéntame de un arranque de línea que salió mal.»
        ... y cuatro más en el blog: https://ingenieriaencarrera.mx/blog/entrevista-tecnica-automatizacion

        WEBINAR EN VIVO: «Tu entrevista técnica paso a paso»
        jueves 5 de noviembre a las 19:00 (hora del centro). Gratis, cupo limitado.
        Regístrate: https://ingenieriaencarrera.mx/webinar

        Recibes este boletín porque te suscribiste en ingenieriaencarrera.mx.
        Cancelar suscripción: https://ingenieriaencarrera.mx/baja?u=dg7731
        """)
    page = "<html><body style=\"font-family:Georgia,serif\">\n" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Ingeniería en Carrera", "boletin@ingenieriaencarrera.mx"),
              "7 preguntas de entrevista técnica que no te esperas", when, MTY,
              "<20261102123000.1a2b3c@mailer.ingenieriaencarrera.mx>",
              relay="from mailer.ingenieriaencarrera.mx (mailer.ingenieriaencarrera.mx [198.51.100.40])",
              extra=(("List-Unsubscribe", "<https://ingenieriaencarrera.mx/baja?u=dg7731>"),
                     ("List-Id", "Boletin semanal <boletin.ingenieriaencarrera.mx>"),
                     ("Precedence", "list")))
    return message(hs, alt(text(body), html(page)))


@mail(n(28), family="scheduling_link", lang="en", interview=False, company="Lone Star Packaging Systems",
      note="GoodTime availability request: pick slots for next week, nothing booked yet.")
def p28() -> bytes:
    when = "2026-11-09 09:45"
    body = t("""
        Hi Daniela,

        The team at Lone Star Packaging Systems would like to schedule your next interview for the
        Automation Engineer (Remote - Mexico) role.

        Please share your availability for a 60-minute video interview next week using the link below.
        Select as many times as work for you; we'll confirm one within 1 business day.

        Share your availability: https://app.goodtime.io/availability/8f1c2e0a-ls

        Thanks,
        Lone Star Packaging Systems Recruiting

        Sent via GoodTime
        """)
    hs = head(addr("Lone Star Packaging Systems", "noreply@goodtime.io"),
              "Please share your availability - Lone Star Packaging Systems", when, CHI,
              "<goodtime.avail.2d9b4c1e@goodtime.io>",
              relay="from o6.sgmail.goodtime.io (o6.sgmail.goodtime.io [149.72.44.201])")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(29), family="scheduling_link", lang="es", interview=False, company="Aguas Industriales del Norte",
      note="Recruiter sends a Calendly link to pick a 30-minute slot; no time fixed.")
def p29() -> bytes:
    when = "2026-09-15 17:05"
    body = t("""
        Hola Daniela, ¿cómo estás?

        Vi tu perfil y me interesa platicar contigo sobre una vacante de Ingeniera de Automatización
        para nuestras plantas de tratamiento en Escobedo y Santa Catarina.

        Si te late, agenda aquí un espacio de 30 minutos en mi calendario, el que mejor te acomode
        esta semana o la siguiente:
        https://calendly.com/sergio-aguilar-ain/30min

        Saludos!
        Sergio Aguilar
        Talent Partner · Aguas Industriales del Norte
        """)
    hs = head(addr("Sergio Aguilar", "sergio.aguilar@aguasindustrialesnorte.com"),
              "Vacante Ing. Automatización – ¿platicamos?", when, MTY,
              "<CAB2wQk7pZ9rT4xV@mail.gmail.com>",
              relay="from mail-ot1-f43.google.com (mail-ot1-f43.google.com [209.85.210.43])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="proposed_times", lang="es", interview=False, company="Empaques Linares",
      days=(("Mon", "2026-09-14"), ("Tue", "2026-09-15")),
      note="Recruiter proposes two options (lunes 14 a las 9:00 o martes 15 a las 16:00) and asks which "
           "suits; not yet confirmed. Same thread as the later confirmation from Empaques Linares.")
def p30() -> bytes:
    when = "2026-09-08 11:20"
    body = t("""
        Buenos días Daniela,

        Gracias por tu interés en la vacante de Ingeniera de Automatización. Nos gustaría invitarte a
        una entrevista presencial con el Gerente de Planta. ¿Le acomoda el lunes 14 de septiembre a las
        9:00 o el martes 15 a las 16:00?

        Quedo atenta,
        Ximena Rodríguez
        Reclutamiento | Empaques Linares
        """)
    hs = head(addr("Ximena Rodríguez", "ximena.rodriguez@empaqueslinares.com"),
              "Entrevista - Ingeniera de Automatización", when, MTY,
              "<CAF3nQm8aB2cD@mail.gmail.com>",
              relay="from mail-lj1-f179.google.com (mail-lj1-f179.google.com [209.85.208.179])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="offer", lang="es", interview=False, company="Transmisiones Arteaga",
      days=(("Fri", "2026-12-11"), ("Mon", "2027-01-11")),
      note="Job offer after the October interviews, with a signing deadline 'viernes 11 de diciembre a las "
           "18:00' - a fixed time, but no interview.")
def p31() -> bytes:
    when = "2026-12-04 13:30"
    body = t("""
        Estimada Daniela:

        Después de las entrevistas de octubre con el equipo de Ingeniería, nos da mucho gusto hacerle
        llegar la oferta formal para el puesto de Ingeniera de Automatización Sr. en la Planta Ramos
        Arizpe. Adjunto encontrará la carta oferta con el detalle de sueldo, prestaciones superiores a
        las de ley, vales de despensa y fondo de ahorro.

        Le agradeceremos enviarnos la carta firmada a más tardar el viernes 11 de diciembre a las
        18:00. La fecha de ingreso propuesta es el lunes 11 de enero de 2027.

        Cualquier duda sobre la oferta, estoy a sus órdenes.

        Saludos cordiales,
        Lic. Itzel Zamora
        Atracción de Talento | Transmisiones Arteaga
        """)
    hs = head(addr("Itzel Zamora", "itzel.zamora@transarteaga.com.mx"),
              "Oferta laboral – Ingeniera de Automatización Sr.", when, MTY,
              "<PH0PR19MB5133B7A2C1D0E9F8A7B6@PH0PR19MB5133.namprd19.prod.outlook.com>",
              relay="from NAM02-PH0-obe.outbound.protection.outlook.com (mail-ph0nam02on2107.outbound."
                    "protection.outlook.com [40.107.95.107])")
    pdf = "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n"
    att = raw_part([("Content-Type", 'application/pdf; name="Carta_Oferta_DGarza.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Carta_Oferta_DGarza.pdf"'),
                    ("Content-Transfer-Encoding", "base64")], pdf)
    return message(hs, mixed(text(body), att))


@mail(n(32), family="job_centre", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Servicio Nacional de Empleo appointment 'entrevista de orientación ocupacional' on 22/09/2026 "
           "10:00 hrs: a fixed time at the employment office, not a job interview.")
def p32() -> bytes:
    when = "2026-09-16 12:00"
    body = t("""
        SERVICIO NACIONAL DE EMPLEO NUEVO LEÓN
        Confirmación de cita

        C. DANIELA GARZA

        Su cita ha sido registrada con los siguientes datos:

        Trámite:   Entrevista de orientación ocupacional / Bolsa de Trabajo
        Fecha:     22/09/2026
        Hora:      10:00 hrs
        Oficina:   Unidad Regional Monterrey Centro, Av. Pino Suárez 702 Sur, Monterrey, N.L.
        Folio:     SNE-NL-2026-0917733

        Documentos: identificación oficial, CURP, comprobante de domicilio y CV.

        En esta entrevista un consejero de empleo revisará su perfil para canalizarle a vacantes y
        ferias de empleo. Favor de llegar 10 minutos antes.

        Este es un mensaje automático, favor de no responder.
        """)
    hs = head(addr("Servicio Nacional de Empleo NL", "notificaciones@empleo-nl.example.gob.mx"),
              "Confirmación de cita - Servicio Nacional de Empleo", when, MTY,
              "<cita.SNE-NL-2026-0917733@empleo-nl.example.gob.mx>",
              relay="from smtp.empleo-nl.example.gob.mx (smtp.empleo-nl.example.gob.mx [198.51.100.77])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(33), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Business-school admission interview for an executive MBA, confirmed for 'sábado 17 de octubre "
           "a las 10:00' with an ICS: a fixed-time interview, but not a job interview.")
def p33() -> bytes:
    when = "2026-10-12 16:40"
    body = t("""
        Estimada Daniela:

        Le confirmamos su entrevista de admisión al programa MBA Ejecutivo (generación 2027) de la
        Escuela de Negocios Sierra Madre:

        Fecha: sábado 17 de octubre de 2026
        Hora: 10:00 a 10:40 (hora de Monterrey)
        Modalidad: Zoom – la liga está en la invitación adjunta
        Entrevistadora: Dra. Lucía Esquivel, Dirección de Admisiones

        La entrevista forma parte del proceso de admisión junto con el examen EXADEP y sus cartas de
        recomendación. Le sugerimos tener a la mano su ensayo de motivos.

        Atentamente,
        Admisiones Posgrado
        Escuela de Negocios Sierra Madre
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Escuela de Negocios Sierra Madre//Admisiones//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:adm-mba-2027-0481@ensm.example.edu.mx
DTSTAMP:20261012T224000Z
DTSTART:20261017T160000Z
DTEND:20261017T164000Z
SUMMARY:Entrevista de admisión MBA Ejecutivo – Daniela Garza
LOCATION:https://ensm.zoom.us/j/93320117742
ORGANIZER;CN=Admisiones Posgrado:mailto:admisiones.posgrado@ensm.example.edu.mx
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Admisiones Posgrado ENSM", "admisiones.posgrado@ensm.example.edu.mx"),
              "Confirmación de entrevista de admisión – MBA Ejecutivo 2027", when, MTY,
              "<adm.0481.20261012@ensm.example.edu.mx>",
              relay="from mail.ensm.example.edu.mx (mail.ensm.example.edu.mx [198.51.100.120])")
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="entrevista_admision.ics",
                                                  disposition="attachment")))


@mail(n(34), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-26"),),
      note="Softball club try-out ('prueba de selección') on 'sábado 26 de septiembre a las 8:00': fixed "
           "time, not a job interview.")
def p34() -> bytes:
    when = "2026-09-21 21:14"
    body = t("""
        Hola Dani!!

        Ya quedaste registrada para la prueba de selección del equipo de softbol femenil de la Liga
        Regia, categoría libre. Es el sábado 26 de septiembre a las 8:00 en el campo 3 del Parque
        Niños Héroes. Llega 7:40 para calentar.

        Trae guante, spikes y agua, y si tienes bat propio también. Vamos a ver bateo, fildeo y una
        platiquita rápida con el coach para lo de los horarios de entrenamiento.

        Nos vemos!! 🥎
        Coach Maribel
        Halconas – Liga Regia de Softbol
        """)
    hs = head(addr("Maribel Cavazos", "maribel.cavazos.coach@example.com"),
              "Prueba de selección Halconas - sábado", when, MTY,
              "<CAK9mZ1x2Lr0pQ7s@mail.gmail.com>",
              relay="from mail-pf1-f176.google.com (mail-pf1-f176.google.com [209.85.210.176])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(35), family="car_service", lang="es", interview=False, company=None,
      days=(("Tue", "2026-10-27"),),
      note="Dealership service appointment 'martes 27 de octubre, 08:00' with an ICS: fixed time, not an "
           "interview.")
def p35() -> bytes:
    when = "2026-10-23 10:05"
    body = t("""
        Hola DANIELA GARZA,

        Tu cita de servicio está confirmada.

        Vehículo: Mazda CX-30 2022 · Placas SXR-41-77
        Servicio: Mantenimiento 40,000 km + rotación de llantas
        Fecha: martes 27 de octubre de 2026
        Hora de recepción: 08:00
        Agencia: Autos del Valle Oriente, Av. Lázaro Cárdenas 2800, San Pedro Garza García

        Asesor de servicio: Iván Cárdenas
        Tiempo estimado: 4 horas. Contamos con sala de espera con Wi-Fi y transporte de cortesía.

        Para cambiar tu cita responde a este correo o llama al 81 8100 2200.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Autos del Valle Oriente//Citas de Servicio//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:cita-servicio-771204@autosdelvalleoriente.mx
DTSTAMP:20261023T160500Z
DTSTART:20261027T140000Z
DTEND:20261027T180000Z
SUMMARY:Cita de servicio Mazda CX-30 – Autos del Valle Oriente
LOCATION:Av. Lázaro Cárdenas 2800\\, San Pedro Garza García
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Autos del Valle Oriente – Servicio", "citas@autosdelvalleoriente.mx"),
              "Confirmación de cita de servicio – martes 27 de octubre", when, MTY,
              "<cita.771204.1761235500@autosdelvalleoriente.mx>",
              relay="from smtp.autosdelvalleoriente.mx (smtp.autosdelvalleoriente.mx [201.116.4.90])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="8bit", filename="cita.ics",
                                                  disposition="attachment")))


@mail(n(36), family="bank_appointment", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Bank advisor meeting 'jueves 3 de diciembre a las 13:30' about her retirement-savings transfer "
           "after changing jobs: fixed time, not an interview.")
def p36() -> bytes:
    when = "2026-11-27 11:48"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" style="border-top:4px solid #004b87"><tr><td style="padding:20px">
        <p>Estimada Daniela Garza:</p>
        <p>Le confirmamos su cita con su asesora patrimonial:</p>
        <p><b>Asesora:</b> Lic. Pamela Gutiérrez<br>
        <b>Fecha:</b> jueves 3 de diciembre de 2026<br>
        <b>Hora:</b> 13:30 hrs<br>
        <b>Sucursal:</b> Valle Oriente, Av. Ricardo Margáin 444, San Pedro Garza García</p>
        <p>Temas: traspaso de su fondo de ahorro y opciones de inversión a plazo. Traiga identificación
        oficial y su último estado de cuenta de Afore.</p>
        <p>Banca Regia nunca le solicitará contraseñas ni NIP por correo electrónico.</p>
        <p style="font-size:11px;color:#777">Este correo fue enviado desde una dirección no monitoreada.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Banca Regia", "avisos@bancaregia.example.com.mx"),
              "Confirmación de su cita – Banca Patrimonial", when, MTY,
              "<BR.20261127.174800.55102@bancaregia.example.com.mx>",
              relay="from mta1.bancaregia.example.com.mx (mta1.bancaregia.example.com.mx [198.51.100.9])")
    return message(hs, html(page, charset="iso-8859-15"))


@mail(n(37), family="press_interview", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="A journalist confirms an interview OF Daniela for a trade magazine, 'miércoles 14 de octubre a "
           "las 11:00', 30 minutes by Zoom: a fixed-time 'entrevista', but press, not a job interview.")
def p37() -> bytes:
    when = "2026-10-09 13:02"
    body = t("""
        Hola Daniela,

        ¡Muchas gracias por aceptar! Te confirmo la entrevista para nuestra sección «Mujeres en la
        Industria» de la revista Manufactura Norte: miércoles 14 de octubre a las 11:00, por Zoom,
        unos 30 minutos. Te mando la liga un día antes.

        Me interesa sobre todo tu experiencia en la migración del DCS en la planta de vidrio y qué le
        recomendarías a las ingenieras que van empezando. Si tienes una foto en planta (con EPP, jaja),
        nos serviría mucho para la nota.

        Saludos,
        Andrea Lozano
        Reportera | Manufactura Norte
        """)
    hs = head(addr("Andrea Lozano", "andrea.lozano@manufacturanorte.mx"),
              "Re: Entrevista para Manufactura Norte", when, MTY,
              "<a7c91e04-5d2b-4f3a-9e18-0b6c2d7f1e3a@manufacturanorte.mx>",
              relay="from mail.manufacturanorte.mx (mail.manufacturanorte.mx [189.203.12.61])",
              extra=(("In-Reply-To", "<CAM7xKz8hJ2@mail.example.org>"),))
    return message(hs, text(body, cte="base64"))


@mail(n(38), family="podcast", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-23"),),
      note="Podcast guest slot confirmed: recording 'lunes 23 de noviembre a las 18:00' - Daniela is the "
           "guest; fixed time, not a job interview.")
def p38() -> bytes:
    when = "2026-11-16 20:30"
    body = t("""
        ¡Qué onda Daniela!

        Quedó agendada tu participación en Automatízate, el podcast: grabamos el lunes 23 de noviembre
        a las 18:00 (hora de Monterrey) en Riverside, como una hora y cuarto con todo y pruebas de audio.

        Liga del estudio: https://riverside.fm/studio/automatizate-podcast
        Tema: «De la línea de producción al SCADA: cómo es realmente el día de una ingeniera de control»

        Usa audífonos con cable si puedes. El episodio sale en enero.

        Abrazo,
        Toño Leal
        Host · Automatízate
        """)
    hs = head(addr("Toño Leal", "tono@automatizate.fm"),
              "Grabación Automatízate – lunes 23 nov", when, MTY,
              "<0102019b1f3a7c44-automatizate-5e1d@automatizate.fm>",
              relay="from mail.automatizate.fm (mail.automatizate.fm [198.51.100.201])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Calendly confirmation of a paid mock-interview session with a career coach ('Simulacro de "
           "entrevista', jueves 22 de octubre 19:30-20:30): same shape as a real booking, not a job interview.")
def p39() -> bytes:
    when = "2026-10-19 09:10"
    body = t("""
        Hola Daniela Garza:

        Se programó un nuevo evento.

        Nombre del evento:
        Simulacro de entrevista técnica + retroalimentación (60 min)

        Fecha y hora del evento:
        19:30 - 20:30, jueves, 22 de octubre de 2026 (Hora central - Ciudad de México)

        Ubicación:
        Zoom. La liga se enviará al correo del invitado.

        Anfitrión:
        Claudia Rentería – Coach de carrera

        Preguntas:
        ¿Para qué vacante te estás preparando? Entrevista panel para empresa de Texas (controles)

        Cancelar: https://calendly.com/cancellations/2b7d9f3e-6a1c-4e2b-b8d0-3f5a7c9e1d24

        Desarrollado por Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:2b7d9f3e-6a1c-4e2b-b8d0-3f5a7c9e1d24@calendly.com
DTSTAMP:20261019T151000Z
DTSTART:20261023T013000Z
DTEND:20261023T023000Z
SUMMARY:Simulacro de entrevista técnica + retroalimentación entre Claudia Rentería y Daniela Garza
ORGANIZER;CN=Claudia Rentería:mailto:claudia@carreraenmarcha.mx
ATTENDEE;CN=Daniela Garza;RSVP=TRUE:mailto:daniela.garza@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Nuevo evento: Daniela Garza - 19:30 jue., 22 oct. 2026 - Simulacro de entrevista técnica",
              when, MTY, "<0100019a9c3d11e2-4f7a8b1c-2d3e-4f5a-9b6c-7d8e9f0a1b2c-000000@email.amazonses.com>",
              relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
              extra=(("Reply-To", addr("Claudia Rentería", "claudia@carreraenmarcha.mx")),))
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="invite.ics",
                                                  disposition="attachment")))


@mail(n(40), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Her cousin forwards HIS OWN Greenhouse interview confirmation (addressed to him, Wed 11 Nov "
           "10:00 AM CST) asking for help preparing: a confirmed interview, but not Daniela's.")
def p40() -> bytes:
    when = "2026-11-06 22:37"
    body = t("""
        Prima!! mira, por fin me dieron entrevista 🙌 ¿me ayudas a prepararme el fin? tú sabes mil de
        entrevistas técnicas. Te invito los tacos jaja

        ---------- Forwarded message ---------
        De: Grupo Logístico del Golfo <no-reply@us.greenhouse-mail.io>
        Date: vie, 6 nov 2026 a las 17:02
        Subject: Interview Confirmation: Warehouse Automation Technician - Grupo Logístico del Golfo
        To: <beto.garza.r@example.com>

        Hi Alberto,

        Your interview is confirmed!

        When: Wednesday, November 11, 2026
              10:00 AM - 10:45 AM CST
        Where: Google Meet - https://meet.google.com/hwx-qqzr-pbn

        You'll be meeting with Dana Whitcomb, Maintenance Manager.

        Best,
        Grupo Logístico del Golfo Recruiting
        """)
    hs = head(addr("Beto Garza", "beto.garza.r@example.com"),
              "Fwd: Interview Confirmation: Warehouse Automation Technician - Grupo Logístico del Golfo",
              when, MTY, "<CAL4vT0q9Xw2mK8e@mail.gmail.com>",
              relay="from mail-vs1-f54.google.com (mail-vs1-f54.google.com [209.85.217.54])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="interviewer_invite", lang="es", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Outlook invitation at her CURRENT employer asking Daniela to sit on the panel interviewing a "
           "candidate (Wed 4 Nov 12:00-13:00): she is the interviewer, not the candidate.")
def p41() -> bytes:
    when = "2026-10-30 10:20"
    body = t("""
        Cuándo: miércoles, 4 de noviembre de 2026 12:00-13:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.
        Dónde: Sala Cerro de la Silla / Teams

        Hola Dani,

        Te agendo para el panel de la entrevista del candidato a Ingeniero Jr. de Controles (Luis Ángel
        Torres). Te toca la parte técnica de PLC; Rubén ve lo de redes. Te dejo su CV en la carpeta de
        RH en SharePoint.

        Gracias!
        Karla Méndez
        Recursos Humanos | CIR Automatización
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_CDMX_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Karla Méndez:mailto:karla.mendez@cir-automatizacion.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniela Garza:mailto:daniela.garza@cir-automatizacion.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rubén Solís:mailto:ruben.solis@cir-automatizacion.com.mx
UID:040000008200E00074C5B7101A82E00800000000D3E1A7B95C4FDB010000000000000000100000009B2C4D6E8F0A1B3C
SUMMARY;LANGUAGE=es-MX:Entrevista candidato Ing. Jr. Controles – Luis Ángel Torres (panel)
DTSTART;TZID=Central Standard Time (Mexico):20261104T120000
DTEND;TZID=Central Standard Time (Mexico):20261104T130000
DTSTAMP:20261030T162000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Sala Cerro de la Silla / Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Karla Méndez", "karla.mendez@cir-automatizacion.com.mx"),
              "Entrevista candidato Ing. Jr. Controles – Luis Ángel Torres (panel)", when, MTY,
              "<DS7PR10MB5021E4F3A2B1C0D9E8F7@DS7PR10MB5021.namprd10.prod.outlook.com>",
              to=addr("Daniela Garza", "daniela.garza@cir-automatizacion.com.mx"),
              relay="from NAM10-DS7-obe.outbound.protection.outlook.com (mail-ds7nam10on2090.outbound."
                    "protection.outlook.com [40.107.94.90])",
              extra=(("Content-Language", "es-MX"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(42), family="auto_reply", lang="en", interview=False, company="Galveston Bay Instruments",
      days=(("Mon", "2026-11-09"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the Galveston Bay recruiter to "
           "Daniela's thank-you note after the 30 Oct interview; only a return date.")
def p42() -> bytes:
    when = "2026-10-31 08:12"
    body = t("""
        Thank you for your email. I am out of the office with limited access to email and will return
        on Monday, November 9.

        For urgent recruiting matters please contact our team at talent@galvestonbayinst.com.

        Whitney Hale | Senior Technical Recruiter
        Galveston Bay Instruments
        """)
    hs = head(addr("Whitney Hale", "whitney.hale@galvestonbayinst.com"),
              "Automatic reply: Thank you - I&C Engineer interview", when, CHI,
              "<DM6PR04MB62029A0B1C2D3E4F5A6B@DM6PR04MB6202.namprd04.prod.outlook.com>",
              relay="from NAM04-DM6-obe.outbound.protection.outlook.com (mail-dm6nam04on2071.outbound."
                    "protection.outlook.com [40.107.102.71])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                     ("In-Reply-To", "<CAM7xKt5Rr0@mail.example.org>"), ("Content-Language", "en-US")))
    return message(hs, text(body, cte="7bit"))


@mail(n(43), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Delivery-status bounce of Daniela's own mail confirming 'la entrevista del jueves 3 de "
           "diciembre a las 10:00' to a mistyped address: the text is hers, returned by the mail system; "
           "not a confirmation from an employer.")
def p43() -> bytes:
    when = "2026-11-30 21:04"
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <reclutamiento@forjasdelnoreste.com.mz>: Host or domain name not found. Name
            service error for name=forjasdelnoreste.com.mz type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Qh2Lm0T3Zz9vK
        Arrival-Date: Mon, 30 Nov 2026 21:03:58 -0600 (CST)

        Final-Recipient: rfc822; reclutamiento@forjasdelnoreste.com.mz
        Original-Recipient: rfc822;reclutamiento@forjasdelnoreste.com.mz
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=forjasdelnoreste.com.mz type=A: Host not found
        """)
    original = message([("From", ME_TO), ("To", "reclutamiento@forjasdelnoreste.com.mz"),
                        ("Subject", "Re: Entrevista jueves"), ("Date", date("2026-11-30 21:03", MTY)),
                        ("Message-ID", "<CAM7xKb0unc3@mail.example.org>")],
                       text(t("""
                           Buenas noches,

                           Confirmo mi asistencia a la entrevista del jueves 3 de diciembre a las 10:00.

                           Saludos,
                           Daniela Garza
                           """), cte="8bit"))
    report = [text(notice, charset="us-ascii", cte="7bit",
                   extra=(("Content-Description", "Notification"),)),
              raw_part([("Content-Type", "message/delivery-status"),
                        ("Content-Description", "Delivery report")], status),
              attached_message(original)]
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mail.example.org"),
              "Undelivered Mail Returned to Sender", when, MTY,
              "<20261201030404.9A1B2C3D4E@mail.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, multipart("report", *report, params="report-type=delivery-status"))


@mail(n(44), family="team_event", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Current employer's year-end party (posada) 'viernes 11 de diciembre a partir de las 19:00': "
           "fixed time, team event, not an interview.")
def p44() -> bytes:
    when = "2026-11-25 12:30"
    page = t("""
        <html><body style="background:#7a0f1c;font-family:Georgia,serif;color:#fff;text-align:center">
        <div style="max-width:560px;margin:auto;padding:30px">
        <h1 style="font-size:34px">🎄 Posada CIR 2026 🎄</h1>
        <p style="font-size:18px">viernes 11 de diciembre · a partir de las 19:00</p>
        <p>Salón Los Agaves · Carretera Nacional km 268, Monterrey</p>
        <p>Cena, rifa de fin de año y música en vivo. Confirma tu asistencia y la de tu acompañante
        con tu jefe directo a más tardar el 4 de diciembre.</p>
        <p>Código de vestimenta: casual elegante</p>
        <p style="font-size:12px;color:#f3cfd4">Comunicación Interna · CIR Automatización</p>
        </div></body></html>
        """)
    hs = head(addr("Comunicación Interna CIR", "comunicacion@cir-automatizacion.com.mx"),
              "¡Te esperamos en la Posada CIR 2026!", when, MTY,
              "<CH3PR10MB7329F1E2D3C4B5A6@CH3PR10MB7329.namprd10.prod.outlook.com>",
              to="todos@cir-automatizacion.com.mx",
              relay="from NAM10-CH3-obe.outbound.protection.outlook.com (mail-ch3nam10on2133.outbound."
                    "protection.outlook.com [40.107.236.133])")
    return message(hs, html(page, cte="base64"))


@mail(n(45), family="meetup", lang="es", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Meetup RSVP confirmation (Comunidad PLC Norte, 'jueves 24 de septiembre, 19:00') with ICS: "
           "fixed time, a community meetup, not an interview.")
def p45() -> bytes:
    when = "2026-09-17 18:55"
    body = t("""
        ¡Vas a ir!

        Comunidad PLC Norte – Meetup #14: Ciberseguridad OT en plantas medianas
        jueves 24 de septiembre de 2026, 19:00 - 21:30 CST
        Hub de Innovación Regia, Av. Constitución 1010, Centro, Monterrey

        Habrá pizza y una charla con preguntas. Dale tu lugar a alguien más si ya no puedes ir:
        https://www.meetup.com/comunidad-plc-norte/events/302114876/

        Cambiar tus ajustes de correo: https://www.meetup.com/account/comm/
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//RemoteApi//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:event_302114876@meetup.com
DTSTAMP:20260918T005500Z
DTSTART:20260925T010000Z
DTEND:20260925T033000Z
SUMMARY:Meetup #14: Ciberseguridad OT en plantas medianas
LOCATION:Hub de Innovación Regia\\, Av. Constitución 1010\\, Monterrey
URL:https://www.meetup.com/comunidad-plc-norte/events/302114876/
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Meetup", "info@meetup.com"),
              "Confirmado: Meetup #14: Ciberseguridad OT en plantas medianas", when, MTY,
              "<1897452211.302114876.1789786500@meetup.com>",
              relay="from mail.meetup.com (mail.meetup.com [54.174.25.90])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="quoted-printable",
                                                  filename="event.ics", disposition="attachment")))


@mail(n(46), family="application_ack", lang="es", interview=False, company="Brenner Fördertechnik",
      note="softgarden application receipt (Mexican subsidiary of a German firm); 'le invitaremos a una "
           "entrevista' only if shortlisted.")
def p46() -> bytes:
    when = "2026-10-01 03:12"
    body = t("""
        Estimada Sra. Garza:

        Muchas gracias por su interés en Brenner Fördertechnik México y por su solicitud para el puesto
        Ingeniero/a de Puesta en Marcha - Sistemas de Transporte (Querétaro / Monterrey).

        Hemos recibido su documentación completa. Nuestro equipo la revisará con detenimiento y, en caso
        de preselección, le invitaremos a una entrevista con el área técnica. Le pedimos un poco de
        paciencia: el proceso puede tardar de dos a tres semanas.

        Puede consultar el estado de su solicitud en cualquier momento aquí:
        https://brenner-foerdertechnik.softgarden.io/es/applicant-area

        Atentamente,
        Su equipo de Recursos Humanos
        Brenner Fördertechnik México, S. de R.L. de C.V.
        """)
    hs = head(addr("Brenner Fördertechnik México", "noreply@softgarden.io"),
              "Confirmación de recepción de su solicitud", when, BER,
              "<sg.7d1e5b9a-2c3f-4a6b-8e0d-1f2a3b4c5d6e@softgarden.io>",
              relay="from mx-out.softgarden.io (mx-out.softgarden.io [185.56.140.22])")
    return message(hs, alt(text(body, charset="iso-8859-15"),
                           html("<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>"
                                                         for p in body.strip().split("\n\n"))
                                + "</body></html>\n", charset="iso-8859-15")))


@mail(n(47), family="rejection", lang="en", interview=False, company="Nordhafen Robotics",
      note="JOIN rejection before any interview; no time.")
def p47() -> bytes:
    when = "2026-11-19 14:03"
    body = t("""
        Hi Daniela,

        Thank you for applying for the position of Field Service Engineer - Robotics (LATAM) at
        Nordhafen Robotics and for the time you invested.

        Unfortunately we have decided not to move forward with your application at this time. We
        received a large number of applications and chose candidates whose profile matches the
        requirements of this role a little more closely.

        We wish you all the best for your future career.

        Kind regards,
        Nordhafen Robotics

        This message was sent via JOIN.
        """)
    hs = head(addr("Nordhafen Robotics via JOIN", "noreply@join.com"),
              "Your application at Nordhafen Robotics", when, BER,
              "<0107019b3e4a5f6c-8d9e0f1a-2b3c-4d5e-6f7a-8b9c0d1e2f3a-000000@eu-central-1.amazonses.com>",
              relay="from e241-5.smtp-out.eu-central-1.amazonses.com (e241-5.smtp-out.eu-central-1."
                    "amazonses.com [23.251.241.5])")
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(48), family="recruiter_outreach", lang="en", interview=False, company="Brazos Midstream Automation",
      days=(("Mon", "2027-01-11"),),
      note="Recruiter puts the process on hold ('hiring freeze ... let's reconnect after the new year', "
           "will reach out the week of January 11): no interview time.")
def p48() -> bytes:
    when = "2026-12-08 15:47"
    body = t("""
        Hi Daniela,

        Quick update on the Sr. SCADA Engineer role - we just got word that hiring is frozen until our
        2027 budget is approved, so I can't set up the panel we talked about before the holidays.

        You're still at the top of my list. Let's reconnect after the new year; I'll reach out the week
        of Monday, January 11 once I know more. Enjoy the posadas!

        Best,
        Colton Reyes
        Technical Recruiter | Brazos Midstream Automation
        713-555-0188
        """)
    hs = head(addr("Colton Reyes", "colton.reyes@brazosmidstream.com"),
              "Re: Sr. SCADA Engineer - update", when, CHI,
              "<CAN2pQw4Ze8bR1@mail.gmail.com>",
              relay="from mail-qk1-f180.google.com (mail-qk1-f180.google.com [209.85.222.180])")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(49), family="mentoring", lang="es", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Mentoring programme's matching call with her assigned mentor, 'martes 8 de diciembre a las "
           "18:00': fixed time, not an interview.")
def p49() -> bytes:
    when = "2026-12-02 11:15"
    body = t("""
        ¡Hola Daniela!

        Bienvenida a la generación 2027 del Programa de Mentoría de Mujeres en Automatización. Ya
        tenemos a tu mentora: la Ing. Patricia Elizondo, Directora de Ingeniería en una planta de
        electrodomésticos en Apodaca, con 18 años de experiencia en controles.

        Su primera llamada de match quedó el martes 8 de diciembre a las 18:00 (hora de Monterrey) por
        Google Meet; dura 45 minutos. Te llegará la invitación de calendario de parte de Patricia.

        Antes de la llamada, llena tu hoja de objetivos: https://mujeresenautomatizacion.org/mentoria/objetivos

        Con cariño,
        Coordinación de Mentoría
        Mujeres en Automatización A.C.
        """)
    hs = head(addr("Mujeres en Automatización", "mentoria@mujeresenautomatizacion.org"),
              "Tu mentora y tu primera llamada de match 💜", when, MTY,
              "<mc.5f2a1b.20261202171500@mujeresenautomatizacion.org>",
              relay="from mail180-12.suw21.mcsv.net (mail180-12.suw21.mcsv.net [198.2.180.12])",
              extra=(("List-Unsubscribe", "<https://mujeresenautomatizacion.us21.list-manage.com/unsubscribe>"),))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@mail(n(50), family="customer_research", lang="en", interview=False, company=None,
      days=(("Wed", "2026-12-09"),),
      note="A PLC-software vendor's user-research 'interview' booked for Wed Dec 9, 10:00-10:45 AM CST with "
           "an ICS and a gift card: fixed time, but customer research, not a job interview.")
def p50() -> bytes:
    when = "2026-12-03 13:26"
    body = t("""
        Hi Daniela,

        Thanks for signing up to talk with us! Your user interview is confirmed:

        Wednesday, December 9, 2026
        10:00 AM - 10:45 AM CST (Monterrey / Central Time)
        Zoom: https://rungwise.zoom.us/j/81729300442

        We'll ask about how you write, test and version ladder logic today, and show you an early
        prototype of our collaborative editor. There are no wrong answers - we're not evaluating you.
        As a thank-you you'll receive a USD 75 gift card within 3 business days after the session.

        Cheers,
        Hannah Ostrowski
        UX Research, Rungwise
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rungwise//Research Ops//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:rw-research-2026-1209-dgarza@rungwise.io
DTSTAMP:20261203T192600Z
DTSTART:20261209T160000Z
DTEND:20261209T164500Z
SUMMARY:Rungwise user interview (45 min)
LOCATION:https://rungwise.zoom.us/j/81729300442
ORGANIZER;CN=Hannah Ostrowski:mailto:hannah.ostrowski@rungwise.io
ATTENDEE;CN=Daniela Garza;RSVP=TRUE:mailto:daniela.garza@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
    hs = head(addr("Rungwise Research", "research@rungwise.io"),
              "Confirmed: your Rungwise user interview on Dec 9", when, MTY,
              "<rw.research.0c1d2e3f@rungwise.io>",
              relay="from o12.ptr2281.rungwise.io (o12.ptr2281.rungwise.io [149.72.130.20])",
              extra=(("Reply-To", addr("Hannah Ostrowski", "hannah.ostrowski@rungwise.io")),))
    return message(hs, mixed(alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")),
        calendar(ics, filename="invite.ics", disposition="attachment")))
