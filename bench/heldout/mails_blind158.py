"""blind158: 50 hand-written mails from the inbox of Carmen Ortega, a travel-tech product analyst
in Málaga (Europe/Madrid), September to mid-December 2026. Built by ``make_blind.py blind158``.

Written blind: without reading the detector, its tests or fixtures, or the other held-out mails.
All companies and people are fictional.
"""

from __future__ import annotations

import random

import make
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
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind158"
ORDER = random.Random(1580158).sample(range(1, 51), 50)
ME = "carmen.ortega@example.org"
CARMEN = addr("Carmen Ortega", ME)
MAD = "Europe/Madrid"
LIS = "Europe/Lisbon"
LON = "Europe/London"
NYC = "America/New_York"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = CARMEN,
         relay: str = "mail.example.net", extra: tuple[tuple[str, str], ...] = (),
         lag: int = 4) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then any extra headers."""
    host = msgid.rsplit("@", 1)[-1].rstrip(">")
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay} ({relay} [203.0.113.{len(host) % 200 + 10}])", when, zone,
                              "mx1.example.org with ESMTPS id " + msgid[1:9], ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


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


# =========================================================================== positives


# 1 -------------------------------------------------------------- Greenhouse, London (BST)
@make.mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-10 14:00", LON), end=utc("2026-09-10 14:45", LON),
           contact="freya.lindqvist@tidewell.travel", company="Tidewell Travel",
           local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone=LON,
           note="Greenhouse confirmation from a London firm: '2:00 PM - 2:45 PM BST' on Thu 10 Sep = "
                "13:00-13:45Z (15:00 in Málaga, also stated); contact = Reply-To recruiter; ICS in UTC")
def m01() -> bytes:
    body = t("""
        Hi Carmen,

        Thanks for making time to speak with us! Your interview for Senior Product Analyst
        (Pricing) at Tidewell Travel is confirmed.

        When: Thursday, September 10th, 2026
              2:00 PM - 2:45 PM BST (3:00 PM - 3:45 PM in Málaga)
        Where: Google Meet - https://meet.google.com/tdw-qkpa-rxe
        Interviewers: Owen Pryce (Head of Pricing Analytics)

        If you need to reschedule, please reply to this email and Freya will help.

        Kind regards,
        Tidewell Travel Talent Team

        Powered by Greenhouse
        """)
    html_body = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Carmen,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Product Analyst
        (Pricing)</b> at Tidewell Travel is confirmed.</p>
        <table cellpadding="4">
        <tr><td><b>When:</b></td><td>Thursday, September 10th, 2026<br>2:00 PM - 2:45 PM BST (3:00 PM - 3:45 PM in M&aacute;laga)</td></tr>
        <tr><td><b>Where:</b></td><td><a href="https://meet.google.com/tdw-qkpa-rxe">Google Meet</a></td></tr>
        <tr><td><b>Interviewers:</b></td><td>Owen Pryce (Head of Pricing Analytics)</td></tr>
        </table>
        <p>If you need to reschedule, please reply to this email and Freya will help.</p>
        <p>Kind regards,<br>Tidewell Travel Talent Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-int-58213377@greenhouse.io
        DTSTAMP:20260908T091512Z
        DTSTART:20260910T130000Z
        DTEND:20260910T134500Z
        SUMMARY:Interview: Carmen Ortega / Tidewell Travel - Senior Product Analyst
        LOCATION:https://meet.google.com/tdw-qkpa-rxe
        ORGANIZER;CN=Freya Lindqvist:mailto:freya.lindqvist@tidewell.travel
        ATTENDEE;CN=Carmen Ortega;RSVP=TRUE:mailto:carmen.ortega@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Tidewell Travel", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Product Analyst (Pricing) at Tidewell Travel",
              "2026-09-08 10:15:12", LON, "<gh.58213377.a1f0c2@us.greenhouse-mail.io>",
              relay="o12.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Freya Lindqvist", "freya.lindqvist@tidewell.travel")),))
    return message(hs, mixed(alt(text(body), html(html_body)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# 2 -------------------------------------------------------------- Personio, Seville (CEST)
@make.mail(n(2), family="personio", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-17 10:30", MAD), end=utc("2026-09-17 11:30", MAD),
           contact="rocio.villalba@giraldaroutes.es", company="Giralda Routes",
           local="Thu 2026-09-17 10:30", local_end="2026-09-17 11:30", zone=MAD,
           note="Personio invitation in Spanish, 'jueves, 17/09/2026, 10:30 - 11:30 (hora de Madrid)' "
                "CEST = 08:30-09:30Z; contact = Reply-To recruiter (sender is Personio's no-reply)")
def m02() -> bytes:
    body = t("""
        Hola Carmen:

        Gracias por tu interés en Giralda Routes. Nos alegra confirmarte la entrevista para el
        puesto de Product Analyst (Sevilla / híbrido).

        Fecha: jueves, 17/09/2026
        Hora: 10:30 - 11:30 (hora de Madrid)
        Lugar: Calle San Fernando 12, 2ª planta, 41004 Sevilla
        Con: Rocío Villalba (Talent Acquisition) y Manuel Aguirre (Head of Product)

        Si tienes cualquier duda, responde directamente a este correo.

        Un saludo,
        Rocío Villalba
        Giralda Routes S.L.

        --
        Este mensaje se ha enviado a través de Personio.
        """)
    html_body = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("\n\n", "\n").split("\n")) + "</body></html>\n"
    hs = head(addr("Giralda Routes", "no-reply@mail.personio.de"),
              "Invitación a entrevista: Product Analyst (Sevilla)",
              "2026-09-14 12:41:09", MAD, "<20260914104109.7c1e2@mail.personio.de>",
              relay="mail.personio.de",
              extra=(("Reply-To", addr("Rocío Villalba", "rocio.villalba@giraldaroutes.es")),))
    return message(hs, alt(text(body), html(html_body)))


# 3 -------------------------------------------------- human prose, tú, all-day ICS from phone
@make.mail(n(3), family="human_prose", lang="es", interview=True, kind="scheduled",
           start=utc("2026-09-29 17:30", MAD), end=None,
           contact="lola.benavides@olivaresviajes.com", company="Olivares Viajes",
           local="Tue 2026-09-29 17:30", zone=MAD, days=(("Wed", "2026-09-23"),),
           note="Andalusian recruiter, tú: 'el martes que viene a las cinco y media' from Date Wed 23 Sep "
                "= Tue 29 Sep 17:30 CEST = 15:30Z; the attached ICS is an all-day event on 29 Sep, "
                "so the time is only in the text; 'una horita más o menos' is approximate, end null")
def m03() -> bytes:
    body = t("""
        Buenas Carmen!!

        Ya lo he hablado con Javi y perfecto, te confirmo que nos vemos el martes que viene a las
        cinco y media en la oficina (Alameda Principal 21, 3º, al lado del Banco). Será una
        horita más o menos, con Javi (director de producto) y conmigo. Te mando el evento para que
        no se te pase, que el móvil me lo ha puesto de día entero, no le hagas caso a eso jajaja.

        Cualquier cosa me dices por aquí o al 600 123 456.

        Un abrazo y mucha suerte!
        Lola

        --
        Lola Benavides
        Selección y Personas · Olivares Viajes
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//iPhone OS 19.6//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:7A3C1E2B-66D0-4E0B-9D1A-0F5C2A9E1B44
        DTSTAMP:20260923T083305Z
        DTSTART;VALUE=DATE:20260929
        DTEND;VALUE=DATE:20260930
        SUMMARY:Entrevista Carmen Ortega - Olivares Viajes
        LOCATION:Alameda Principal 21\\, Málaga
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lola Benavides", "lola.benavides@olivaresviajes.com"),
              "Entrevista martes", "2026-09-23 10:33:05", MAD,
              "<B81C9E0A-2D4F-4C77-A3E2-5C8E1F0D7A11@olivaresviajes.com>", relay="smtp.olivaresviajes.com",
              extra=(("X-Mailer", "iPhone Mail (23G80)"),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, method="PUBLISH", filename="Entrevista.ics",
                                      disposition="attachment", cte="8bit")))


# 4 -------------------------------------------------------- Teamtailor, Granada, HTML only
@make.mail(n(4), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-02 12:00", MAD), end=utc("2026-10-02 12:45", MAD),
           contact="ines.moyano@alhambralabs.io", company="Alhambra Labs",
           local="Fri 2026-10-02 12:00", local_end="2026-10-02 12:45", zone=MAD,
           note="Teamtailor HTML-only (base64): 'viernes, 2 de octubre de 2026 · 12:00' CEST, 'Duración: "
                "45 minutos' -> 10:00-10:45Z; sender is a Teamtailor no-reply, contact = the recruiter's "
                "address in the body")
def m04() -> bytes:
    body = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="background:#f4f4f6;font-family:Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;padding:32px">
        <tr><td><img src="https://img.teamtailor-cdn.com/images/s3/alhambralabs/logo.png" alt="Alhambra Labs" width="120"></td></tr>
        <tr><td><h2 style="font-weight:600">¡Tu entrevista está confirmada!</h2>
        <p>Hola Carmen,</p>
        <p>Has reservado una entrevista para <strong>Growth Product Analyst</strong> en Alhambra Labs.</p>
        <p style="font-size:16px"><strong>viernes, 2 de octubre de 2026 · 12:00</strong><br>
        Zona horaria: Europe/Madrid<br>Duración: 45 minutos</p>
        <p>Enlace de la videollamada: <a href="https://meet.teamtailor.com/alhambralabs/r/8ZK2QF">Unirse a la reunión</a></p>
        <p>Te entrevistará Inés Moyano. Si necesitas cambiar algo, escríbele a
        <a href="mailto:ines.moyano@alhambralabs.io">ines.moyano@alhambralabs.io</a>.</p>
        <p>¡Hasta pronto!<br>El equipo de Alhambra Labs</p>
        </td></tr></table>
        <p style="color:#9a9aa5;font-size:11px">Enviado con Teamtailor · <a href="https://alhambralabs.teamtailor.com/connect">Gestionar tus datos</a></p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Alhambra Labs", "no-reply@teamtailor-mail.com"),
              "Entrevista confirmada – Growth Product Analyst", "2026-09-28 16:02:44", MAD,
              "<0102019a2f3c@eu-west-1.teamtailor-mail.com>", relay="a48-93.smtp-out.eu-west-1.amazonses.com")
    return message(hs, html(body, cte="base64"))


# 5 ---------------------------------------------- Lever, US Eastern, in the Oct 25-Nov 1 gap
@make.mail(n(5), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-28 11:00", NYC), end=utc("2026-10-28 11:45", NYC),
           contact="dana.whitcombe@farepilot.com", company="FarePilot",
           local="Wed 2026-10-28 11:00", local_end="2026-10-28 11:45", zone=NYC,
           note="Lever: 'Wednesday, October 28 11:00am - 11:45am EDT' = 15:00-15:45Z; Europe is already on "
                "CET but New York still on EDT, so the gap is 5 hours (16:00 in Málaga); contact = Reply-To")
def m05() -> bytes:
    body = t("""
        Hi Carmen,

        You're all set! Here are the details for your upcoming interview with FarePilot.

        Role: Product Analyst, Marketplace (Remote - EMEA)
        Date: Wednesday, October 28
        Time: 11:00am - 11:45am EDT
        Interviewer: Marcus Bell, Director of Analytics
        Location: Zoom - https://farepilot.zoom.us/j/84422019931

        Please reach out to me if anything changes.

        Best,
        Dana Whitcombe
        Recruiting Coordinator, FarePilot
        """)
    html_body = gmail_html(body)
    hs = head(addr("Dana Whitcombe", "no-reply@hire.lever.co"),
              "Your interview with FarePilot is confirmed", "2026-10-23 09:20:31", NYC,
              "<01000192b7e4c1d2-6f1a@hire.lever.co>", relay="mail.hire.lever.co",
              extra=(("Reply-To", addr("Dana Whitcombe", "dana.whitcombe@farepilot.com")),))
    return message(hs, alt(text(body, cte="7bit"), html(html_body)))


# 6 ------------------------------------ Exchange, Windows zone, time only in ICS, DST edge
@make.mail(n(6), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
           start=utc("2026-10-26 10:00", MAD), end=utc("2026-10-26 11:00", MAD),
           contact="alvaro.sainz@corredorhoteles.es", company="Corredor Hoteles",
           local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=MAD,
           note="Outlook meeting request, usted; the body names no time ('le envío la convocatoria'), only "
                "the ICS: DTSTART;TZID=Romance Standard Time 20261026T100000 = 09:00Z, the day after Europe "
                "leaves summer time (mail sent Thu 22 Oct in CEST); contact = organizer/sender")
def m06() -> bytes:
    body = t("""
        Estimada Carmen:

        Tal y como hablamos por teléfono, le envío la convocatoria para la entrevista con el
        equipo de Revenue Management. Será en nuestras oficinas de Madrid (Paseo de la
        Castellana 95, planta 14); pregunte por mí en recepción.

        Un cordial saludo,

        Álvaro Sainz Urquijo
        Responsable de Selección | Corredor Hoteles
        T. +34 91 555 01 22

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2>
        Id. de reunión: 318 552 901 774
        Código de acceso: Qy7fS2
        ________________________________________________________________________________
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Álvaro Sainz Urquijo:mailto:alvaro.sainz@corredorhoteles.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carmen Ortega:mailto:carmen.ortega@example.org
        DESCRIPTION;LANGUAGE=es-ES:Tal y como hablamos por teléfono\\, le envío la convocatoria.\\n
        UID:040000008200E00074C5B7101A82E00800000000F0A1C2D3E4F5D901000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Entrevista - Analista de Producto (Revenue Management)
        DTSTART;TZID=Romance Standard Time:20261026T100000
        DTEND;TZID=Romance Standard Time:20261026T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T071455Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Paseo de la Castellana 95\\, planta 14 / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Álvaro Sainz Urquijo", "alvaro.sainz@corredorhoteles.es"),
              "Entrevista - Analista de Producto (Revenue Management)", "2026-10-22 09:14:55", MAD,
              "<DB9PR02MB71142A8F3C0E1D2B44A1C9F1A7D22@DB9PR02MB7114.eurprd02.prod.outlook.com>",
              relay="mail-db8eur05on2101.outbound.protection.outlook.com",
              extra=(("Thread-Topic", enc("Entrevista - Analista de Producto (Revenue Management)")),
                     ("Accept-Language", "es-ES, en-US"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body, cte="quoted-printable"),
                           html("<html><body><pre>" + body.replace("<", "&lt;").replace(">", "&gt;")
                                + "</pre></body></html>\n"),
                           calendar(ics, cte="base64")))


# 7 ------------------------------------------------------------ Portuguese, Lisbon (WEST)
@make.mail(n(7), family="human_prose", lang="pt", interview=True, kind="scheduled",
           start=utc("2026-10-15 15:00", LIS), end=None,
           contact="beatriz.quintela@tejoflights.pt", company="Tejo Flights",
           local="Thu 2026-10-15 15:00", zone=LIS,
           note="Lisbon recruiter in Portuguese: 'quinta-feira, 15 de outubro, às 15h00 (hora de Lisboa), "
                "16h00 em Espanha' = WEST 14:00Z; base64 utf-8; contact = sender")
def m07() -> bytes:
    body = t("""
        Olá Carmen,

        Obrigada pela conversa de ontem. Conforme combinado, fica marcada a entrevista com a
        nossa equipa de Data & Product para quinta-feira, 15 de outubro, às 15h00 (hora de
        Lisboa) — ou seja, 16h00 em Espanha. Será por Microsoft Teams; o convite segue em
        separado.

        Vai falar com o Rui Damasceno (Head of Product Analytics) e comigo.

        Qualquer questão, estou ao dispor.

        Cumprimentos,
        Beatriz Quintela
        Talent Acquisition · Tejo Flights
        Av. da Liberdade 190, 1250-147 Lisboa
        """)
    hs = head(addr("Beatriz Quintela", "beatriz.quintela@tejoflights.pt"),
              "Entrevista Tejo Flights – Product Analyst", "2026-10-09 11:47:20", LIS,
              "<AM0PR06MB6195E2C1A9D4F0B3@AM0PR06MB6195.eurprd06.prod.outlook.com>",
              relay="mail-am6eur05on2070.outbound.protection.outlook.com")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# 8 ------------------------------------------- Workday, Madrid bank, CET, contact in body
@make.mail(n(8), family="workday", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-04 09:30", MAD), end=None,
           contact="lucia.montes@bancoalcazaba.es", company="Banco Alcazaba",
           local="Wed 2026-11-04 09:30", zone=MAD,
           note="Workday in Spanish: 'Fecha: 04/11/2026 (miércoles) Hora: 9:30 (hora peninsular)' - DD/MM, CET "
                "= 08:30Z; no length; sender is the tenant's myworkday address, contact = the address in "
                "the body")
def m08() -> bytes:
    body = t("""
        Estimada Carmen Ortega:

        Le confirmamos la entrevista para la posición R-0048213 Analista de Producto Digital -
        Viajes y Seguros.

        Fecha: 04/11/2026 (miércoles)
        Hora: 9:30 (hora peninsular)
        Formato: presencial
        Dirección: Banco Alcazaba, Calle Alcalá 61, 28014 Madrid. Acceda por la puerta lateral y
        presente su DNI en el control de seguridad.

        Para cualquier consulta puede contactar con Lucía Montes (lucia.montes@bancoalcazaba.es).

        Atentamente,
        Talento y Selección
        Banco Alcazaba

        Este es un mensaje automático generado por Workday. Por favor, no responda a este correo.
        """)
    hs = head(addr("Banco Alcazaba", "bancoalcazaba@myworkday.com"),
              "Confirmación de entrevista - R-0048213 Analista de Producto Digital", "2026-10-30 13:05:50",
              MAD, "<1461529012.88213.1793361950117@wd5-prod-ssmtp.myworkday.com>",
              relay="wd5-prod-ssmtp.myworkday.com")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


# 9 ----------------------------------------------------------- Calendly, remote team, CET
@make.mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-12 10:00", MAD), end=utc("2026-11-12 10:30", MAD),
           contact="sam.okafor@routeloop.io", company="RouteLoop",
           local="Thu 2026-11-12 10:00", local_end="2026-11-12 10:30", zone=MAD,
           note="Calendly invitee confirmation: '10:00 - 10:30, Thursday, November 12, 2026 (Central European "
                "Time)' = 09:00-09:30Z; event 'Product Analyst - interview with Sam'; contact = Reply-To host")
def m09() -> bytes:
    body = t("""
        Hi Carmen Ortega,

        A new event has been scheduled.

        Event Type:
        Product Analyst - interview with Sam

        Invitee:
        Carmen Ortega
        carmen.ortega@example.org

        Event Date/Time:
        10:00 - 10:30, Thursday, November 12, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/rlp-hwxo-zkc

        Host:
        Sam Okafor (sam.okafor@routeloop.io)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f1d2c3a-91b0-4c2e-8e11-5a0c9b2f6d14
        Reschedule: https://calendly.com/reschedulings/7f1d2c3a-91b0-4c2e-8e11-5a0c9b2f6d14

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7f1d2c3a-91b0-4c2e-8e11-5a0c9b2f6d14@calendly.com
        DTSTAMP:20261109T174011Z
        DTSTART:20261112T090000Z
        DTEND:20261112T093000Z
        SUMMARY:Product Analyst - interview with Sam
        ORGANIZER;CN=Sam Okafor:mailto:sam.okafor@routeloop.io
        ATTENDEE;CN=Carmen Ortega;RSVP=TRUE:mailto:carmen.ortega@example.org
        LOCATION:https://meet.google.com/rlp-hwxo-zkc
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Product Analyst - interview with Sam on Thursday, November 12, 2026",
              "2026-11-09 18:40:11", MAD, "<6f2e1a0b9c8d.1793980811@calendly.com>",
              relay="o1.email.calendly.com",
              extra=(("Reply-To", addr("Sam Okafor", "sam.okafor@routeloop.io")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# 10 -------------------------------------------------- Google Calendar invitation, Spanish
@make.mail(n(10), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-18 16:00", MAD), end=utc("2026-11-18 17:00", MAD),
           contact="pablo.ruiz@brisamar.app", company="Brisamar",
           local="Wed 2026-11-18 16:00", local_end="2026-11-18 17:00", zone=MAD,
           note="Google Calendar invitation in Spanish: 'mié 18 nov 2026 16:00 - 17:00 (hora estándar de "
                "Europa central)' = 15:00-16:00Z; ICS TZID Europe/Madrid; contact = organizer")
def m10() -> bytes:
    body = t("""
        Pablo Ruiz te ha invitado a un evento
        Entrevista técnica – Product Analyst (Carmen Ortega)
        Caso práctico con SQL compartiendo pantalla. Trae tu portátil cargado por si acaso :)

        Cuándo
        mié 18 nov 2026 16:00 – 17:00 (hora estándar de Europa central)

        Unirse con Google Meet
        meet.google.com/bsm-ytdc-puf

        Invitados
        Pablo Ruiz - organizador
        pablo.ruiz@brisamar.app
        Elena Cuesta
        elena.cuesta@brisamar.app
        carmen.ortega@example.org

        Ver todos los detalles del invitado https://calendar.google.com/calendar/event?action=VIEW&eid=ZmE0

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar
        Recibes este correo porque eres invitado en el evento. Para dejar de recibir actualizaciones
        de este evento, rechaza el evento.
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261118T160000
        DTEND;TZID=Europe/Madrid:20261118T170000
        DTSTAMP:20261113T102207Z
        ORGANIZER;CN=Pablo Ruiz:mailto:pablo.ruiz@brisamar.app
        UID:4k9p2vq0s7b1m3n8c5d6e2f1a0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carmen.ortega@example.org;X-NUM-GUESTS=0:mailto:carmen.ortega@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elena Cuesta;X-NUM-GUESTS=0:mailto:elena.cuesta@brisamar.app
        CREATED:20261113T102205Z
        DESCRIPTION:Caso práctico con SQL compartiendo pantalla.
        LAST-MODIFIED:20261113T102206Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica – Product Analyst (Carmen Ortega)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Pablo Ruiz", "pablo.ruiz@brisamar.app"),
              "Invitación: Entrevista técnica – Product Analyst (Carmen Ortega) @ mié 18 nov 2026 "
              "16:00 - 17:00 (CET) (carmen.ortega@example.org)",
              "2026-11-13 11:22:07", MAD, "<calendar-1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d@google.com>",
              relay="mail-sor-f69.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Pablo Ruiz", "pablo.ruiz@brisamar.app"))))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# 11 ------------------------------------ Zoom, Auckland team: local date is the next day
@make.mail(n(11), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-10 08:30", "Pacific/Auckland"), end=None,
           contact="hemi.walker@kiwiroam.co.nz", company="KiwiRoam",
           local="Thu 2026-12-10 08:30", zone="Pacific/Auckland",
           note="Auckland remote team pastes a Zoom block 'Dec 10, 2026 08:30 AM Auckland, Wellington' (NZDT, "
                "UTC+13) = Wed 9 Dec 19:30Z, i.e. 20:30 Wednesday in Málaga as the body says; the NZ "
                "date is the day after the UTC date; no length; contact = sender")
def m11() -> bytes:
    body = t("""
        Kia ora Carmen,

        Great chatting last week. As promised, here's the invite for your interview with me and
        Aroha (our Head of Data). I know it's an evening one for you - 8:30pm your time on
        Wednesday - thanks heaps for being flexible.

        Hemi Walker is inviting you to a scheduled Zoom meeting.

        Topic: KiwiRoam - Product Analyst interview (Carmen Ortega)
        Time: Dec 10, 2026 08:30 AM Auckland, Wellington

        Join Zoom Meeting
        https://kiwiroam.zoom.us/j/91833402176?pwd=Rk1hQ2dQbFZzT0x0

        Meeting ID: 918 3340 2176
        Passcode: 552190

        Cheers,
        Hemi

        Hemi Walker | Talent Partner | KiwiRoam
        Level 3, 12 Madden Street, Wynyard Quarter, Auckland
        """)
    hs = head(addr("Hemi Walker", "hemi.walker@kiwiroam.co.nz"),
              "KiwiRoam interview - Zoom details", "2026-12-07 10:05:40", "Pacific/Auckland",
              "<CAF3kx9Q2Lm0pW_Rz7vN1hT@mail.gmail.com>", relay="mail-pj1-f43.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 12 ---------------------------------------------- SmartRecruiters, Spanish, GMT+01:00 Madrid
@make.mail(n(12), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
           start=utc("2026-11-24 15:30", MAD), end=utc("2026-11-24 16:30", MAD),
           contact="nerea.galdos@velaviajes.com", company="Vela Viajes",
           local="Tue 2026-11-24 15:30", local_end="2026-11-24 16:30", zone=MAD,
           note="SmartRecruiters in Spanish: 'martes, 24 de noviembre de 2026, 15:30 - 16:30 (GMT+01:00) "
                "Madrid' = 14:30-15:30Z; sender no-reply, contact = interviewer address in the body")
def m12() -> bytes:
    html_body = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#333">
        <div style="max-width:600px;margin:auto">
        <p>Hola Carmen,</p>
        <p>Gracias por aceptar nuestra invitación. Tu entrevista para <b>Senior Data &amp; Product Analyst</b>
        queda confirmada:</p>
        <div style="border:1px solid #e0e0e0;padding:16px;border-radius:4px">
        <p style="margin:0"><b>martes, 24 de noviembre de 2026</b></p>
        <p style="margin:0">15:30 - 16:30 (GMT+01:00) Madrid</p>
        <p style="margin:8px 0 0">Videollamada: <a href="https://velaviajes.webex.com/meet/ngaldos">Webex</a></p>
        <p style="margin:8px 0 0">Entrevistadora: Nerea Galdós &lt;nerea.galdos@velaviajes.com&gt;</p>
        </div>
        <p>Si no puedes asistir, comunícaselo a tu entrevistadora lo antes posible.</p>
        <p>Saludos,<br>Equipo de Talento de Vela Viajes</p>
        <p style="font-size:11px;color:#888">Este correo se envió mediante SmartRecruiters. No respondas a este mensaje.</p>
        </div></body></html>
        """)
    plain = t("""
        Hola Carmen,

        Gracias por aceptar nuestra invitación. Tu entrevista para Senior Data & Product Analyst
        queda confirmada:

        martes, 24 de noviembre de 2026
        15:30 - 16:30 (GMT+01:00) Madrid
        Videollamada: Webex https://velaviajes.webex.com/meet/ngaldos
        Entrevistadora: Nerea Galdós <nerea.galdos@velaviajes.com>

        Si no puedes asistir, comunícaselo a tu entrevistadora lo antes posible.

        Saludos,
        Equipo de Talento de Vela Viajes
        """)
    hs = head(addr("Vela Viajes", "no-reply@smartrecruiters.com"),
              "Confirmación de entrevista: Senior Data & Product Analyst", "2026-11-19 12:10:03", MAD,
              "<sr.9b2f0c11e4a7@smartrecruiters.com>", relay="mta-08.smartrecruiters.com")
    return message(hs, alt(text(plain, charset="windows-1252"), html(html_body, charset="windows-1252")))


# 13 --------------------------------------- Ashby, US Eastern, mail in EDT, interview in EST
@make.mail(n(13), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-02 10:00", NYC), end=utc("2026-11-02 10:45", NYC),
           contact="priya.natarajan@voyagr.com", company="Voyagr",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:45", zone=NYC,
           note="Ashby: 'Monday, November 2, 2026, 10:00 AM - 10:45 AM EST' = 15:00-15:45Z; the mail is sent "
                "Thu 29 Oct in EDT, the interview falls the day after the US leaves daylight time; "
                "contact = Reply-To; ICS TZID America/New_York")
def m13() -> bytes:
    body = t("""
        Hi Carmen,

        Your interview with Voyagr is confirmed. We're looking forward to speaking with you!

        Monday, November 2, 2026, 10:00 AM - 10:45 AM EST
        Google Meet: https://meet.google.com/vyg-rmuq-tbe

        You'll meet with:
          Theo Lindgren - Staff Product Analyst

        Questions? Just reply and it will reach Priya Natarajan.

        Thanks,
        Voyagr Recruiting
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:ashby-3e0c9b7a-1f2d-4c55-9a8e-2b7c6d5e4f31
        DTSTAMP:20261029T141902Z
        DTSTART;TZID=America/New_York:20261102T100000
        DTEND;TZID=America/New_York:20261102T104500
        SEQUENCE:0
        SUMMARY:Voyagr - Product Analyst Interview
        LOCATION:Google Meet
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@voyagr.com
        ATTENDEE;CN=Carmen Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:carmen.ortega@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Voyagr", "no-reply@ashbyhq.com"), "Interview confirmed: Product Analyst at Voyagr",
              "2026-10-29 10:19:02", NYC, "<010001930a77c2e1-4b1f-8d3c@email.amazonses.com>",
              relay="a8-41.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@voyagr.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# 14 ------------------------------ phone reply, usted, 'pasado mañana', quoted thread, Madrid
@make.mail(n(14), family="human_prose", lang="es", interview=True, kind="scheduled",
           start=utc("2026-12-03 10:30", MAD), end=None,
           contact="f.arrieta@meridianatours.es", company="Meridiana Tours",
           local="Thu 2026-12-03 10:30", zone=MAD, days=(("Tue", "2026-12-01"), ("Mon", "2026-11-30")),
           note="Madrid hiring manager replying from his phone: 'pasado mañana a las 10:30' from Date Tue 1 Dec "
                "= Thu 3 Dec 10:30 CET = 09:30Z; the quoted mail is Carmen's own; contact = sender")
def m14() -> bytes:
    body = t("""
        Perfecto Carmen, le confirmo entonces pasado mañana a las 10:30 en nuestras oficinas de
        Príncipe de Vergara 112, 4ª planta. Pregunte por mí o por Marta en recepción. Traiga si
        puede el caso de pricing que comentamos.

        Un saludo
        Fernando

        Enviado desde mi iPhone

        > El 30 nov 2026, a las 19:12, Carmen Ortega <carmen.ortega@example.org> escribió:
        >
        > Buenas tardes, Fernando:
        >
        > Muchas gracias por la llamada de esta mañana. Le confirmo que el jueves estaré en Madrid
        > y tengo disponibilidad toda la mañana.
        >
        > Un saludo,
        > Carmen
        """)
    hs = head(addr("Fernando Arrieta", "f.arrieta@meridianatours.es"),
              "Re: Entrevista Meridiana Tours - Product Analyst", "2026-12-01 08:02:37", MAD,
              "<5E7F1C2A-9B3D-4E8F-A0B1-C2D3E4F5A6B7@meridianatours.es>", relay="smtp.meridianatours.es",
              extra=(("In-Reply-To", "<0a1b2c3d-4e5f@example.org>"), ("References", "<0a1b2c3d-4e5f@example.org>"),
                     ("X-Mailer", "iPhone Mail (23B85)")))
    return message(hs, text(body, cte="quoted-printable"))


# 15 ---------------------------------------------------------------- JOIN, Spanish, 'vie.'
@make.mail(n(15), family="join", lang="es", interview=True, kind="scheduled",
           start=utc("2026-12-11 09:00", MAD), end=utc("2026-12-11 09:30", MAD),
           contact="adrian.pozo@sierranevadatrips.com", company="Sierra Nevada Trips",
           local="Fri 2026-12-11 09:00", local_end="2026-12-11 09:30", zone=MAD,
           note="JOIN confirmation: 'vie. 11 de diciembre · 9:00 – 9:30 (CET)' = 08:00-08:30Z; sender is JOIN's "
                "no-reply, contact = the hiring manager's address in the body")
def m15() -> bytes:
    body = t("""
        Hola Carmen,

        ¡Buenas noticias! Sierra Nevada Trips ha confirmado tu entrevista.

        Puesto: Product Data Analyst (Granada o remoto)
        Cuándo: vie. 11 de diciembre · 9:00 – 9:30 (CET)
        Dónde: llamada de vídeo - https://meet.join.com/snt/4417-carmen
        Con: Adrián Pozo, CEO (adrian.pozo@sierranevadatrips.com)

        Te deseamos mucho éxito.
        Tu equipo de JOIN

        JOIN Solutions AG · Puedes gestionar tus notificaciones en tu perfil.
        """)
    hs = head(addr("JOIN", "noreply@join.com"), "Entrevista confirmada con Sierra Nevada Trips",
              "2026-12-07 17:31:58", MAD, "<20261207163158.4f1a2b3c@join.com>", relay="mail.join.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 16 ---------------------------------- Microsoft Bookings, Lisbon firm, '(UTC+00:00)', no human
@make.mail(n(16), family="microsoft_bookings", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-07 14:00", LIS), end=utc("2026-12-07 14:45", LIS),
           contact=None, company="Navalis Mobility",
           local="Mon 2026-12-07 14:00", local_end="2026-12-07 14:45", zone=LIS,
           note="Microsoft Bookings from a Lisbon firm: 'Monday, December 7, 2026 2:00 PM - 2:45 PM (UTC+00:00) "
                "Dublin, Edinburgh, Lisbon, London' = 14:00-14:45Z (Lisbon on WET in December, 15:00 in "
                "Málaga); sender is the Bookings mailbox, staff named without an address -> contact null")
def m16() -> bytes:
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
        <p>Hello Carmen Ortega,</p>
        <p>Thank you for booking with Navalis Mobility Careers. Your booking is confirmed.</p>
        <table>
        <tr><td>Service</td><td><b>Product Analyst - second interview</b></td></tr>
        <tr><td>Date and time</td><td>Monday, December 7, 2026 2:00 PM - 2:45 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London</td></tr>
        <tr><td>Staff</td><td>Joana Ferraz</td></tr>
        <tr><td>Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/NavalisCareers@navalis.pt/bookings/">Manage booking</a></p>
        <p>Navalis Mobility Careers</p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + VTZ["GMT Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Navalis Mobility Careers:mailto:NavalisCareers@navalis.pt
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carmen Ortega:mailto:carmen.ortega@example.org
        UID:040000008200E00074C5B7101A82E0080000000011B2C3D4E5F6DB01000000000000000010000000
        SUMMARY;LANGUAGE=en-US:Product Analyst - second interview
        DTSTART;TZID=GMT Standard Time:20261207T140000
        DTEND;TZID=GMT Standard Time:20261207T144500
        DTSTAMP:20261202T101412Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Navalis Mobility Careers", "NavalisCareers@navalis.pt"),
              "Booking confirmed: Product Analyst - second interview", "2026-12-02 10:14:12", LIS,
              "<VI1PR04MB5887C1D2E3F4A5B6@VI1PR04MB5887.eurprd04.prod.outlook.com>",
              relay="mail-vi1eur04on2072.outbound.protection.outlook.com")
    return message(hs, mixed(html(html_body, cte="base64"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# 17 ------------------------------------------------------- Recruitee, reschedule, old + new
@make.mail(n(17), family="recruitee", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-10-09 13:00", MAD), end=utc("2026-10-09 14:00", MAD),
           contact="sergio.lucena@costaazulrentals.es", company="Costa Azul Rentals",
           local="Fri 2026-10-09 13:00", local_end="2026-10-09 14:00", zone=MAD,
           days=(("Thu", "2026-10-08"),),
           note="Recruitee reschedule, old and new: 'Antes: jueves 8 de octubre, 11:00-12:00 / Ahora: viernes "
                "9 de octubre, 13:00-14:00 (hora de Madrid)' -> new slot 11:00-12:00Z (CEST); contact = "
                "Reply-To recruiter")
def m17() -> bytes:
    body = t("""
        Hola Carmen:

        Te escribimos porque ha habido un cambio en tu entrevista para el puesto de Analista de
        Producto en Costa Azul Rentals.

        Antes: jueves 8 de octubre, 11:00-12:00
        Ahora: viernes 9 de octubre, 13:00-14:00 (hora de Madrid)

        Lugar: Calle Compositor Lhotsky 4, Málaga (oficina de Costa Azul Rentals)

        Sentimos las molestias. Si el nuevo horario no te encaja, responde a este correo.

        Un saludo,
        Sergio Lucena
        Costa Azul Rentals

        ---
        Enviado con Recruitee
        """)
    hs = head(addr("Sergio Lucena (Costa Azul Rentals)", "no-reply@recruiteemail.com"),
              "Cambio en tu entrevista – Analista de Producto", "2026-10-05 09:48:21", MAD,
              "<rt-6b1c22e0d7.costaazul@recruiteemail.com>", relay="o3.ptr1042.recruiteemail.com",
              extra=(("Reply-To", addr("Sergio Lucena", "sergio.lucena@costaazulrentals.es")),))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


# 18 ------------------------------- UK agency move across the UK DST change, quoted thread
@make.mail(n(18), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-27 10:30", LON), end=None,
           contact="tom.haversham@brightwaterpeople.co.uk", company="Wanderwell",
           local="Tue 2026-10-27 10:30", zone=LON,
           days=(("Mon", "2026-10-26"), ("Fri", "2026-10-23")),
           note="London agency recruiter confirms a move 'from Monday 26th at 2pm to Tuesday 27th October at "
                "half ten (UK time)' after a phone call; sent Fri 23 Oct in BST, the new slot is in GMT -> "
                "10:30Z (11:30 in Málaga, as written); the quoted first confirmation holds the old time; "
                "hiring company is the client Wanderwell; contact = sender")
def m18() -> bytes:
    body = t("""
        Hi Carmen,

        Thanks for picking up earlier. As discussed, Wanderwell's Head of Product has a clash on
        Monday so we've moved your second interview from Monday 26th at 2pm to Tuesday 27th
        October at half ten (UK time) - that's 11:30 for you, as the clocks go back here this
        weekend. Same Teams link as before, and still with Hannah and Josh.

        Any problems, give me a shout.

        Cheers,
        Tom

        Tom Haversham
        Senior Consultant - Travel & Hospitality Tech
        Brightwater People Ltd | 07700 900412

        -----Original Message-----
        From: Tom Haversham <tom.haversham@brightwaterpeople.co.uk>
        Sent: 19 October 2026 15:02
        To: Carmen Ortega <carmen.ortega@example.org>
        Subject: Wanderwell - second interview

        Hi Carmen,

        Great news - Wanderwell would like to see you for a second interview on Monday 26th
        October at 2pm UK time (3pm CET) on Teams. Invite to follow from their side.

        Tom
        """)
    hs = head(addr("Tom Haversham", "tom.haversham@brightwaterpeople.co.uk"),
              "RE: Wanderwell - second interview", "2026-10-23 16:27:45", LON,
              "<LO2P265MB3310A1B2C3D4E5F6@LO2P265MB3310.GBRP265.PROD.OUTLOOK.COM>",
              relay="mail-lo2gbr01on2110.outbound.protection.outlook.com",
              extra=(("In-Reply-To", "<LO2P265MB3310F0E1D2C3B4A5@LO2P265MB3310.GBRP265.PROD.OUTLOOK.COM>"),
                     ("Thread-Topic", "Wanderwell - second interview")))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# 19 ------------------------------------------------ Google Calendar update, Spanish, moved
@make.mail(n(19), family="google_calendar", lang="es", interview=True, kind="rescheduled",
           start=utc("2026-11-23 12:00", MAD), end=utc("2026-11-23 13:00", MAD),
           contact="irene.castaneda@costanomada.com", company="Costa Nómada",
           local="Mon 2026-11-23 12:00", local_end="2026-11-23 13:00", zone=MAD,
           days=(("Fri", "2026-11-20"),),
           note="Google Calendar 'Invitación actualizada' in Spanish: the event moved from vie 20 nov 10:00 to "
                "'lun 23 nov 2026 12:00 - 13:00 (CET)' = 11:00-12:00Z; ICS SEQUENCE:1 TZID Europe/Madrid; "
                "contact = organizer")
def m19() -> bytes:
    body = t("""
        Se ha cambiado este evento.

        Entrevista con el equipo de Datos – Costa Nómada
        Cuándo
        Modificado: lun 23 nov 2026 12:00 – 13:00 (hora estándar de Europa central)
        Antes: vie 20 nov 2026 10:00 – 11:00 (hora estándar de Europa central)

        Unirse con Google Meet
        meet.google.com/cnm-wqpe-vxa

        Invitados
        Irene Castañeda - organizador
        irene.castaneda@costanomada.com
        carmen.ortega@example.org

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261123T120000
        DTEND;TZID=Europe/Madrid:20261123T130000
        DTSTAMP:20261118T083001Z
        ORGANIZER;CN=Irene Castañeda:mailto:irene.castaneda@costanomada.com
        UID:0pq7r2s9t4u1v6w3x8y5z0a2b4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=carmen.ortega@example.org;X-NUM-GUESTS=0:mailto:carmen.ortega@example.org
        CREATED:20261110T151209Z
        LAST-MODIFIED:20261118T083000Z
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista con el equipo de Datos – Costa Nómada
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Irene Castañeda", "irene.castaneda@costanomada.com"),
              "Invitación actualizada: Entrevista con el equipo de Datos – Costa Nómada @ lun 23 nov 2026 "
              "12:00 - 13:00 (CET) (carmen.ortega@example.org)",
              "2026-11-18 09:30:01", MAD, "<calendar-9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b@google.com>",
              relay="mail-sor-f73.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# 20 ---------------------------------------- forward to self, GoodTime reschedule attached
@make.mail(n(20), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-09 11:00", NYC), end=utc("2026-12-09 12:00", NYC),
           contact="kendra.mills@layoverhq.com", company="LayoverHQ",
           local="Wed 2026-12-09 11:00", local_end="2026-12-09 12:00", zone=NYC,
           days=(("Tue", "2026-12-08"),),
           note="Carmen forwards to herself (from example.net) a GoodTime reschedule attached as message/rfc822: "
                "'Tuesday, December 8, 9:00 AM EST' moved to 'Wednesday, December 9, 2026, 11:00 AM - 12:00 PM "
                "EST' = 16:00-17:00Z; the outer sender is the candidate, contact = the coordinator's Reply-To in "
                "the attached message")
def m20() -> bytes:
    inner_body = t("""
        Hi Carmen,

        Your interview with LayoverHQ has been rescheduled. Please see the updated details below.

        Previous time: Tuesday, December 8, 2026, 9:00 AM - 10:00 AM EST
        New time: Wednesday, December 9, 2026, 11:00 AM - 12:00 PM EST

        Position: Senior Product Analyst (Remote, Europe)
        Interviewers: Glen Ashby (VP Product), Mariana Loft (Analytics Lead)
        Video: https://layoverhq.zoom.us/j/95530187742

        If you have any questions, reply to this email to reach Kendra Mills, your coordinator.

        LayoverHQ Recruiting
        Scheduled via GoodTime
        """)
    inner = message([
        ("From", addr("LayoverHQ Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Kendra Mills", "kendra.mills@layoverhq.com")),
        ("To", addr("Carmen Ortega", "carmen.ortega@example.net")),
        ("Subject", "Updated: Your interview with LayoverHQ"),
        ("Date", date("2026-12-03 16:45:10", NYC)),
        ("Message-ID", "<gt.a7c91e2f4b.1796334310@goodtime.io>"),
    ], alt(text(inner_body, cte="7bit"), html(gmail_html(inner_body))))
    note = t("""
        para tenerlo en el correo bueno

        ---------- Forwarded message ---------
        """)
    hs = head(addr("Carmen Ortega", "carmen.ortega@example.net"), "Fwd: Updated: Your interview with LayoverHQ",
              "2026-12-04 08:03:12", MAD, "<CAH7cO1x_Tq8mZ2dV5e@mail.gmail.com>", relay="mail-wr1-f54.google.com")
    return message(hs, mixed(text(note, cte="7bit"),
                             attached_message(inner, filename="Updated: Your interview with LayoverHQ.eml")))


# 21 --------------------------------------------------- Workable cancellation, no new time
@make.mail(n(21), family="workable", lang="en", interview=True, kind="cancelled",
           start=utc("2026-09-16 16:00", MAD), end=None,
           contact="isabel.frost@lumenstays.com", company="Lumen Stays",
           local="Wed 2026-09-16 16:00", zone=MAD,
           note="Workable cancellation: 'your interview on Wednesday, September 16 at 16:00 (Europe/Madrid)' is "
                "cancelled, new times to follow = 14:00Z CEST; Reply-To is a Workable relay, contact = the "
                "recruiter's address in the signature")
def m21() -> bytes:
    body = t("""
        Hi Carmen,

        I'm sorry to let you know that we need to cancel your interview on Wednesday, September 16
        at 16:00 (Europe/Madrid) for the Product Analyst position. Our hiring manager has been
        called away unexpectedly this week.

        We are still very keen to speak with you and I'll send over some new options as soon as I
        have them.

        Apologies for the inconvenience,

        Isabel Frost
        People Partner, Lumen Stays
        isabel.frost@lumenstays.com
        """)
    hs = head(addr("Isabel Frost - Lumen Stays", "lumen-stays@workablemail.com"),
              "Interview cancelled: Product Analyst at Lumen Stays", "2026-09-14 11:36:50", LON,
              "<0100019154a2b3c4-77e1@email.workablemail.com>", relay="a13-7.smtp-out.amazonses.com",
              extra=(("Reply-To", "lumen-stays+c58f1a2e9b@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 22 ------------------------------------------- Exchange METHOD:CANCEL, Spanish, Windows zone
@make.mail(n(22), family="exchange_outlook", lang="es", interview=True, kind="cancelled",
           start=utc("2026-11-30 16:00", MAD), end=utc("2026-11-30 17:00", MAD),
           contact="beatriz.lobato@grupoalboran.com", company="Grupo Alborán",
           local="Mon 2026-11-30 16:00", local_end="2026-11-30 17:00", zone=MAD,
           note="Outlook 'Cancelada:' meeting, METHOD:CANCEL, Romance Standard Time 16:00-17:00 on Mon 30 Nov "
                "= 15:00-16:00Z; body text 'lunes 30/11 a las 16:00'; contact = organizer/sender")
def m22() -> bytes:
    body = t("""
        Hola Carmen,

        Tenemos que anular la entrevista del lunes 30/11 a las 16:00: el proceso de Business
        Analyst queda en pausa hasta el año que viene por un cambio de presupuesto. Lo siento
        mucho, te escribiré en cuanto se reactive.

        Un saludo,
        Beatriz Lobato
        Talento · Grupo Alborán
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Beatriz Lobato:mailto:beatriz.lobato@grupoalboran.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Carmen Ortega:mailto:carmen.ortega@example.org
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista Business Analyst - Carmen Ortega
        DTSTART;TZID=Romance Standard Time:20261130T160000
        DTEND;TZID=Romance Standard Time:20261130T170000
        DTSTAMP:20261126T120905Z
        STATUS:CANCELLED
        SEQUENCE:2
        PRIORITY:1
        LOCATION;LANGUAGE=es-ES:Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Beatriz Lobato", "beatriz.lobato@grupoalboran.com"),
              "Cancelada: Entrevista Business Analyst - Carmen Ortega", "2026-11-26 13:09:05", MAD,
              "<PAXPR06MB77315D2C1B0A9F8E@PAXPR06MB7731.eurprd06.prod.outlook.com>",
              relay="mail-pa4eur06on2093.outbound.protection.outlook.com",
              extra=(("Importance", "high"),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")))


# 23 ------------------------------------------------- Taleo cancellation, role filled, no human
@make.mail(n(23), family="taleo", lang="es", interview=True, kind="cancelled",
           start=utc("2026-10-21 12:30", MAD), end=None,
           contact=None, company="Aerolíneas Levante",
           local="Wed 2026-10-21 12:30", zone=MAD,
           note="Taleo notice: the interview 'prevista para el miércoles 21/10 a las 12:30' is cancelled because the "
                "role was filled internally, no new time; CEST = 10:30Z; only a no-reply sender and a department "
                "signature -> contact null")
def m23() -> bytes:
    body = t("""
        Estimado/a Carmen Ortega:

        Le informamos de que la entrevista prevista para el miércoles 21/10 a las 12:30 en
        relación con la vacante 2600419 - Analista de Producto Digital (Sevilla) ha sido
        cancelada, ya que la posición se ha cubierto mediante un proceso interno.

        Agradecemos sinceramente su interés en Aerolíneas Levante y conservaremos su
        candidatura para futuras oportunidades.

        Atentamente,
        Departamento de Selección
        Aerolíneas Levante

        Este mensaje ha sido generado automáticamente. Por favor, no responda.
        """)
    hs = head(addr("Aerolíneas Levante - Selección", "no-reply@taleo.net", charset="iso-8859-1"),
              "Cancelación de entrevista - 2600419 Analista de Producto Digital", "2026-10-16 14:22:09", MAD,
              "<1780001.1792153329@taleo.net>", relay="smtp1.taleo.net")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


# =========================================================================== negatives


# 24 ------------------------------------------------ Personio rejection (thread with key 2)
@make.mail(n(24), family="rejection", lang="es", interview=False, company="Giralda Routes",
           note="Personio rejection after the interview of 17 Sep (key 2's company): mentions 'la entrevista del "
                "jueves' in the past, no new time")
def m24() -> bytes:
    body = t("""
        Hola Carmen:

        Muchas gracias por tu tiempo en la entrevista del jueves y por el interés que has mostrado
        en Giralda Routes. Nos gustó mucho conocerte.

        Tras valorar todas las candidaturas, hemos decidido continuar el proceso con otra persona
        cuyo perfil encaja algo más con lo que buscamos en este momento. No ha sido una decisión
        fácil.

        Guardaremos tu CV y, si te parece bien, te tendremos en cuenta para futuras vacantes.

        Un saludo,
        Rocío Villalba
        Giralda Routes S.L.

        --
        Este mensaje se ha enviado a través de Personio.
        """)
    hs = head(addr("Giralda Routes", "no-reply@mail.personio.de"), "Tu candidatura a Product Analyst (Sevilla)",
              "2026-09-25 13:02:11", MAD, "<20260925110211.9d0e4@mail.personio.de>", relay="mail.personio.de",
              extra=(("Reply-To", addr("Rocío Villalba", "rocio.villalba@giraldaroutes.es")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 25 ------------------------------------------------------ offer, UK firm (thread with key 1)
@make.mail(n(25), family="offer", lang="en", interview=False, company="Tidewell Travel",
           days=(("Mon", "2027-01-04"), ("Fri", "2026-10-09")),
           note="Offer from key 1's London firm: a start date and a deadline to sign ('by 5pm on Friday 9 October'), "
                "a call offered 'any time this week' - no interview")
def m25() -> bytes:
    body = t("""
        Dear Carmen,

        I'm delighted to offer you the position of Senior Product Analyst (Pricing) at Tidewell
        Travel, reporting to Owen Pryce. Your offer letter and contract are attached via DocuSign.

        Headline terms:
        - Base salary: EUR 58,000, remote from Spain via our EOR partner
        - Start date: Monday 4 January 2027
        - 25 days' holiday plus Spanish public holidays

        We'd be grateful if you could sign by 5pm UK time on Friday 9 October. I'm very happy to
        jump on a call any time this week if you have questions.

        Warm regards,
        Freya Lindqvist
        Talent Partner, Tidewell Travel
        """)
    hs = head(addr("Freya Lindqvist", "freya.lindqvist@tidewell.travel"),
              "Your offer from Tidewell Travel", "2026-10-02 12:30:44", LON,
              "<CAJd8sK_f2Lw0pQ9zX@mail.gmail.com>", relay="mail-ej1-f52.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 26 --------------------------------------------------------- application receipt, Portuguese
@make.mail(n(26), family="application_receipt", lang="pt", interview=False, company="Miradouro Hotels",
           note="Teamtailor receipt in Portuguese (Lisbon): 'Recebemos a sua candidatura', says an interview may "
                "follow 'nas próximas duas semanas' - nothing fixed")
def m26() -> bytes:
    body = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif">
        <p>Olá Carmen,</p>
        <p>Obrigado pela sua candidatura à vaga de <b>Product Analyst – Revenue</b> na Miradouro Hotels.
        Recebemos a sua candidatura e a nossa equipa vai analisá-la com atenção.</p>
        <p>Se o seu perfil corresponder ao que procuramos, entraremos em contacto nas próximas duas
        semanas para agendar uma entrevista.</p>
        <p>Até breve,<br>Equipa de Talento · Miradouro Hotels</p>
        <p style="font-size:11px;color:#999">Enviado com Teamtailor</p>
        </body></html>
        """)
    hs = head(addr("Miradouro Hotels", "no-reply@teamtailor-mail.com"), "Recebemos a sua candidatura!",
              "2026-09-03 18:12:40", LIS, "<0102019b11e2@eu-west-1.teamtailor-mail.com>",
              relay="a48-11.smtp-out.eu-west-1.amazonses.com")
    return message(hs, html(body, charset="utf-8", cte="quoted-printable"))


# 27 ---------------------------------------------------------------------------- job alert
@make.mail(n(27), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert: three Product Analyst ads in Málaga/remote, one says 'entrevistas esta misma "
                "semana'; no appointment")
def m27() -> bytes:
    body = t("""
        Hola Carmen, hay 3 ofertas nuevas que encajan con tu alerta "product analyst málaga":

        1) Product Analyst - Travel Marketplace · Nautilia Tech · Málaga (híbrido)
           35.000 - 42.000 € · Incorporación inmediata, entrevistas esta misma semana
        2) Data Analyst (Producto) · Turismo Digital Sur · Remoto España
           Publicada hace 3 horas · 47 inscritos
        3) Business Intelligence Analyst · Hoteles Axarquía · Vélez-Málaga
           Jornada completa · Contrato indefinido

        Ver todas las ofertas: https://www.empleoteca.example/alertas/8812
        Gestiona tus alertas o date de baja: https://www.empleoteca.example/ajustes
        """)
    hs = head(addr("Empleoteca", "alertas@empleoteca.example"), "3 ofertas nuevas para \"product analyst málaga\"",
              "2026-10-12 07:00:15", MAD, "<alert.8812.20261012@empleoteca.example>", relay="mta3.empleoteca.example",
              extra=(("List-Unsubscribe", "<https://www.empleoteca.example/baja?u=8812>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 28 ------------------------------------------------------------- newsletter about interviews
@make.mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Substack-style newsletter on product-sense interviews with a live AMA 'Thursday 5 November at "
                "6pm GMT' - a newsletter event, not an interview")
def m28() -> bytes:
    body = t("""
        THE PRODUCT ANALYTICS DIGEST - Issue #87

        How I prepare for a product-sense interview (and what interviewers actually score)

        Last month I sat on the other side of the table for 14 product analyst interviews. Here is
        what separated the candidates who got offers:

        1. They clarified the goal before touching a metric.
        2. They picked ONE north-star metric and defended it.
        3. They asked what would make them wrong.

        Live AMA: join me on Thursday 5 November at 6pm GMT for a free 45-minute session on
        interview prep. Paid subscribers get the recording.

        See you next week,
        Nadia

        Unsubscribe https://productanalyticsdigest.substack.com/action/disable_email
        """)
    hs = head(addr("The Product Analytics Digest", "productanalyticsdigest@substack.com"),
              "How I prepare for a product-sense interview", "2026-10-31 15:01:00", LON,
              "<20261031150100.3.pad87@substack.com>", relay="mail.substack.com",
              extra=(("List-Unsubscribe", "<https://productanalyticsdigest.substack.com/action/disable_email>"),
                     ("List-Id", "<productanalyticsdigest.substack.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 29 ------------------------------------------------------------- pick-a-slot scheduling link
@make.mail(n(29), family="scheduling_link", lang="en", interview=False, company="Trailhead Maps",
           note="US recruiter asks Carmen to pick a 30-minute slot 'next week' on her Calendly; nothing booked yet")
def m29() -> bytes:
    body = t("""
        Hi Carmen,

        Thanks for applying to the Product Analyst role at Trailhead Maps! I'd love to set up a
        quick 30-minute intro call. Please grab whatever time works best for you next week:

        https://calendly.com/jess-trailheadmaps/30min-intro

        Slots are shown in your local time zone. Looking forward to chatting!

        Jess Moreno
        Technical Recruiter, Trailhead Maps
        """)
    hs = head(addr("Jess Moreno", "jess.moreno@trailheadmaps.com"), "Intro call - Product Analyst @ Trailhead Maps",
              "2026-10-13 10:44:20", NYC, "<CAPt2jMN_v1Y8rW0xQk@mail.gmail.com>", relay="mail-yb1-f170.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 30 -------------------------------------------------- times proposed, nothing confirmed yet
@make.mail(n(30), family="proposal_unconfirmed", lang="es", interview=False, company="Mudéjar Travel",
           days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
           note="Seville recruiter proposes 'el martes 17 a las 10:00 o el miércoles 18 a las 16:30' and waits for "
                "Carmen's answer - a proposal, not a confirmed interview")
def m30() -> bytes:
    body = t("""
        Hola Carmen, ¿qué tal?

        Te escribo de parte de Mudéjar Travel. Hemos visto tu perfil y nos encantaría tener una
        primera entrevista contigo para el puesto de Product Analyst.

        ¿Te vendría bien el martes 17 a las 10:00 o el miércoles 18 a las 16:30? Si ninguna te
        cuadra, dime qué huecos tienes y lo buscamos. En cuanto me digas te mando la invitación.

        Un saludo,
        Macarena Ruiz-Osuna
        People & Talent · Mudéjar Travel
        """)
    hs = head(addr("Macarena Ruiz-Osuna", "macarena.ruiz@mudejartravel.es"),
              "Entrevista Product Analyst - Mudéjar Travel", "2026-11-12 10:15:32", MAD,
              "<CAB4mR9o_Lq2xZ@mail.gmail.com>", relay="mail-lf1-f41.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 31 ----------------------------------------------- job-centre appointment with a fixed time
@make.mail(n(31), family="job_centre", lang="es", interview=False, company=None,
           days=(("Mon", "2026-09-21"),),
           note="Public employment office 'cita previa' for an 'entrevista de orientación laboral' on lunes 21 de "
                "septiembre at 9:40 - a fixed appointment with the word entrevista, not a job interview")
def m31() -> bytes:
    body = t("""
        CITA PREVIA CONFIRMADA

        Sra. CARMEN ORTEGA GÁLVEZ
        DNI: ****4821*

        Servicio: Entrevista de orientación laboral (demandantes de empleo)
        Fecha: lunes, 21 de septiembre de 2026
        Hora: 9:40
        Oficina: Oficina de Empleo Málaga-Huelin, C/ Pacífico 54, 29004 Málaga

        Deberá presentarse con 10 minutos de antelación y aportar su documento de identidad y la
        tarjeta de demanda de empleo. Si no puede acudir, anule la cita en la sede electrónica.

        Este mensaje se ha generado automáticamente. No responda a esta dirección.
        """)
    hs = head(addr("Cita Previa Empleo", "no-responder@citaprevia-empleo.example"),
              "Confirmación de cita previa - Oficina de Empleo Málaga-Huelin", "2026-09-15 11:20:04", MAD,
              "<cp.20260915.771203@citaprevia-empleo.example>", relay="smtp.citaprevia-empleo.example")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


# 32 ------------------------------------------------------------------- journalist interview
@make.mail(n(32), family="press_interview", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Local newspaper reporter confirms a phone interview with Carmen 'el jueves a las 12:00' for a "
                "feature about women in travel tech - she is the interviewee for the press, not a candidate")
def m32() -> bytes:
    body = t("""
        Hola Carmen,

        Genial, muchas gracias por aceptar. Te confirmo entonces la entrevista el jueves a las 12:00
        por teléfono (te llamo yo al móvil). Serán unos 20 minutos; es para el reportaje del domingo
        sobre mujeres en el sector travel-tech en Málaga. Si te apetece, mándame una foto tuya en
        horizontal para acompañar el texto.

        Un abrazo,
        Rafa Cortés
        Redacción Economía · Diario Costa del Sol
        """)
    hs = head(addr("Rafa Cortés", "rcortes@diariocostadelsol.example"), "Re: Reportaje mujeres travel-tech",
              "2026-10-06 18:40:03", MAD, "<a81b7c2e-dcs-20261006@diariocostadelsol.example>",
              relay="smtp.diariocostadelsol.example")
    return message(hs, text(body, cte="8bit"))


# 33 ---------------------------------------------------------------------- podcast recording
@make.mail(n(33), family="podcast", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Podcast host confirms the recording 'Tuesday 17 November, 6:00pm GMT (7pm in Málaga)' where "
                "Carmen is the guest - an interview for a show, not a job interview")
def m33() -> bytes:
    body = t("""
        Hi Carmen,

        Brilliant - you're locked in as our guest for Travel Data Talk! Recording details:

        When: Tuesday 17 November, 6:00pm GMT (7pm in Málaga)
        Where: Riverside studio - https://riverside.fm/studio/travel-data-talk
        Length: about an hour, we edit it down to 40 minutes

        We'll chat about dynamic pricing, what a product analyst actually does at an OTA, and your
        favourite bad dashboard. No prep needed, but a decent mic helps.

        Cheers,
        Callum
        Host, Travel Data Talk
        """)
    hs = head(addr("Callum Reid", "callum@traveldatatalk.example"), "Travel Data Talk - recording confirmed",
              "2026-11-10 14:18:56", LON, "<CAK9rL2e_pX@mail.gmail.com>", relay="mail-ed1-f44.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 34 ---------------------------------------------------- MBA admission interview (fixed time)
@make.mail(n(34), family="admission_interview", lang="es", interview=False, company=None,
           days=(("Fri", "2026-10-09"),),
           note="Business school admissions confirms an Executive MBA 'entrevista de admisión' on viernes 9 de "
                "octubre at 11:00 - a school admission interview, not a job interview")
def m34() -> bytes:
    body = t("""
        Estimada Carmen:

        Nos complace confirmarle su entrevista de admisión al Executive MBA (promoción 2027).

        Fecha: viernes, 9 de octubre de 2026
        Hora: 11:00 (hora peninsular)
        Lugar: Campus de Madrid, Calle Serrano 208, aula 3.2 - o por videoconferencia si lo prefiere

        La entrevista la realizará un miembro del Comité de Admisiones y durará aproximadamente
        30 minutos. Le rogamos que traiga su CV actualizado.

        Reciba un cordial saludo,
        Oficina de Admisiones
        Almadraba Business School
        """)
    hs = head(addr("Admisiones Almadraba BS", "admisiones@almadraba-bs.example"),
              "Confirmación: entrevista de admisión Executive MBA", "2026-10-01 10:03:44", MAD,
              "<adm-2027-0912@almadraba-bs.example>", relay="smtp.almadraba-bs.example")
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html(gmail_html(body), charset="iso-8859-1")))


# 35 ------------------------------------------------------------------ sports-club try-out
@make.mail(n(35), family="sports_tryout", lang="es", interview=False, company=None,
           days=(("Sat", "2026-10-03"),),
           note="Volleyball club confirms a 'prueba de nivel' (try-out) on sábado 3 de octubre at 10:00 - a sports "
                "try-out, not a job interview")
def m35() -> bytes:
    body = t("""
        ¡Hola Carmen!

        Te confirmamos la prueba de nivel para el equipo femenino de 2ª Andaluza: sábado 3 de
        octubre a las 10:00 en el Polideportivo Ciudad Jardín (pista 2). Ven con ropa deportiva,
        rodilleras y agua. Después de la prueba hacemos una pequeña charla con la entrenadora
        para contarte cómo funcionan los entrenos (martes y jueves de 20:30 a 22:00).

        ¡Nos vemos en la pista!
        Club Voley Malagueta
        """)
    hs = head(addr("Club Voley Malagueta", "club.voleymalagueta@example.com"),
              "Prueba de nivel - sábado 3/10", "2026-09-29 21:14:08", MAD,
              "<CAGvm3x_Tb0pQ8@mail.gmail.com>", relay="mail-qt1-f181.google.com")
    return message(hs, text(body, cte="8bit"))


# 36 --------------------------------------------------------- car service, HTML only, base64
@make.mail(n(36), family="non_interview_appointment", lang="es", interview=False, company=None,
           days=(("Mon", "2026-10-19"),),
           note="Garage confirms a car service 'lunes 19/10/2026 a las 8:30' - a fixed appointment, not an interview")
def m36() -> bytes:
    body = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h3 style="color:#c00">Talleres Guadalhorce · Cita confirmada</h3>
        <p>Hola Carmen,</p>
        <p>Tu cita para el vehículo <b>Seat Ibiza 4821 KLM</b> está confirmada:</p>
        <ul>
        <li>Servicio: revisión de los 60.000 km + cambio de pastillas</li>
        <li>Fecha: lunes 19/10/2026</li>
        <li>Hora de entrega: 8:30</li>
        <li>Recogida estimada: a partir de las 17:00</li>
        </ul>
        <p>Polígono Guadalhorce, C/ Diderot 14, Málaga · Tel. 952 000 321</p>
        <p>Si no puedes venir, avísanos con 24 horas de antelación.</p>
        </body></html>
        """)
    hs = head(addr("Talleres Guadalhorce", "citas@talleresguadalhorce.example"),
              "Cita confirmada - Seat Ibiza 4821 KLM", "2026-10-14 12:50:27", MAD,
              "<taller.cita.55120@talleresguadalhorce.example>", relay="smtp.talleresguadalhorce.example")
    return message(hs, html(body, charset="windows-1252", cte="base64"))


# 37 ------------------------------------------------------------------- gestoría (tax) visit
@make.mail(n(37), family="non_interview_appointment", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Tax adviser confirms an appointment 'el martes 13 a las cinco' about Carmen's severance and income "
                "tax - fixed time, not an interview")
def m37() -> bytes:
    body = t("""
        Buenas tardes Carmen,

        Le confirmo la cita en la gestoría el martes 13 a las cinco de la tarde para revisar el
        finiquito y ver cómo le afecta en la renta del año que viene. Traiga por favor la última
        nómina, el certificado de empresa y el contrato.

        Atentamente,
        Encarna Benítez
        Gestoría Benítez Asesores · C/ Carretería 33, Málaga
        """)
    hs = head(addr("Encarna Benítez", "encarna@gestoriabenitez.example"), "Cita gestoría",
              "2026-10-07 16:41:55", MAD, "<000a01dd1b2c$3d4e5f60$@gestoriabenitez.example>",
              relay="smtp.gestoriabenitez.example", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# 38 --------------------------------------------------- coach's mock interview via Calendly
@make.mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
           days=(("Wed", "2026-11-11"),),
           note="Calendly booking with a career coach: 'Simulacro de entrevista (Product Analyst)' on miércoles 11 "
                "de noviembre 19:00-20:00 - a mock interview, not a job interview")
def m38() -> bytes:
    body = t("""
        Hola Carmen Ortega:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista (Product Analyst) - sesión de coaching

        Fecha/hora del evento:
        19:00 - 20:00, miércoles, 11 de noviembre de 2026 (Hora de Europa central)

        Ubicación:
        Zoom - el enlace se enviará 1 hora antes

        Anfitriona:
        Paula Heredia - Coach de carrera (paula@paulaheredia-coaching.example)

        Preguntas:
        ¿Qué entrevista real tienes próximamente? Varias, sobre todo de product analytics.

        Powered by Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Nuevo evento: Simulacro de entrevista (Product Analyst) - miércoles, 11 de noviembre de 2026",
              "2026-11-06 20:12:33", MAD, "<1c3d5e7f9a0b.1794071553@calendly.com>", relay="o1.email.calendly.com",
              extra=(("Reply-To", addr("Paula Heredia", "paula@paulaheredia-coaching.example")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 39 ------------------------------------ brother-in-law forwards his own interview confirmation
@make.mail(n(39), family="forwarded_other_person", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Carmen's brother-in-law forwards HIS own interview confirmation (jueves 22 de octubre, 9:00) to ask "
                "for help preparing - a confirmed interview, but not Carmen's")
def m39() -> bytes:
    body = t("""
        Cuñaaaa mira!! Me han llamado los del aeropuerto 😅 ¿Me echas una mano el finde para
        prepararla? Tú que estás en modo entrevistas jaja

        Quique

        ---------- Forwarded message ---------
        De: Selección Handling Sur <seleccion@handlingsur.example>
        Date: mar, 13 oct 2026 a las 12:04
        Subject: Confirmación de entrevista - Técnico de Operaciones en Rampa
        To: <enrique.salas@example.net>


        Estimado Enrique:

        Le confirmamos su entrevista para el puesto de Técnico de Operaciones en Rampa el jueves
        22 de octubre a las 9:00 en nuestras oficinas del Aeropuerto de Málaga (Edificio de
        Servicios, 2ª planta).

        Un saludo,
        Departamento de Selección
        Handling Sur
        """)
    hs = head(addr("Quique Salas", "enrique.salas@example.net"),
              "Fwd: Confirmación de entrevista - Técnico de Operaciones en Rampa", "2026-10-13 22:47:19", MAD,
              "<CAOq1Sal_8wNv3@mail.gmail.com>", relay="mail-wm1-f47.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 40 -------------------------------- Carmen as interviewer at her current job, Outlook invite
@make.mail(n(40), family="interviewer_at_current_job", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Her current employer's HR invites Carmen as an interviewer for a Junior Data Analyst candidate "
                "(Outlook, Romance Standard Time, jueves 15/10 12:00) - she interviews, she is not a candidate")
def m40() -> bytes:
    body = t("""
        Hola Carmen,

        Te incluyo como entrevistadora técnica en la segunda ronda del proceso de Junior Data
        Analyst. Candidato: Luis Perea. Te adjunto su CV y la plantilla de evaluación; por favor
        rellénala en Workday antes del viernes.

        Jueves 15/10 de 12:00 a 13:00, sala Alcazaba (planta 2) o Teams.

        Gracias!
        Nuria Carrasco
        HR Business Partner · Soleado Travel Group
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Nuria Carrasco:mailto:nuria.carrasco@soleadotravel.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carmen Ortega:mailto:carmen.ortega@example.org
        UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Entrevista candidato - Junior Data Analyst (Luis Perea) - 2ª ronda
        DTSTART;TZID=Romance Standard Time:20261015T120000
        DTEND;TZID=Romance Standard Time:20261015T130000
        DTSTAMP:20261009T083311Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala Alcazaba (planta 2) / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Nuria Carrasco", "nuria.carrasco@soleadotravel.example"),
              "Entrevista candidato - Junior Data Analyst (Luis Perea) - 2ª ronda", "2026-10-09 10:33:11", MAD,
              "<AS8PR02MB9012A1B2C3D4@AS8PR02MB9012.eurprd02.prod.outlook.com>",
              relay="mail-as8eur02on2104.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


# 41 --------------------------------------------------- out-of-office reply (thread with key 4)
@make.mail(n(41), family="auto_reply", lang="es", interview=False, company=None,
           days=(("Mon", "2026-10-12"),),
           note="Out-of-office auto-reply from key 4's recruiter to Carmen's thank-you note; quotes the subject "
                "'Entrevista confirmada' but confirms nothing")
def m41() -> bytes:
    body = t("""
        Hola,

        Estoy fuera de la oficina hasta el lunes 12 de octubre con acceso limitado al correo. Para
        temas urgentes de selección escribe a talento@alhambralabs.io.

        Gracias,
        Inés Moyano
        Alhambra Labs
        """)
    hs = head(addr("Inés Moyano", "ines.moyano@alhambralabs.io"),
              "Respuesta automática: Re: Entrevista confirmada – Growth Product Analyst", "2026-10-02 14:20:31", MAD,
              "<autoreply.7c1d@alhambralabs.io>", relay="mail-sor-f41.google.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")))
    return message(hs, text(body))


# 42 ----------------------------------- bounce of Carmen's own confirmation (thread with key 3)
@make.mail(n(42), family="bounce", lang="es", interview=False, company=None,
           days=(("Tue", "2026-09-29"),),
           note="Mailer-daemon bounce of Carmen's own note 'nos vemos el martes 29 a las 17:30' sent to a mistyped "
                "domain; the returned text mentions the interview but the mail is a delivery failure")
def m42() -> bytes:
    notice = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <lola.benavides@olivaresviaje.com>: Host or domain name not found. Name service
            error for name=olivaresviaje.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        Arrival-Date: Wed, 23 Sep 2026 11:02:14 +0200 (CEST)

        Final-Recipient: rfc822; lola.benavides@olivaresviaje.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found
        """)
    orig = message([
        ("From", CARMEN),
        ("To", addr("Lola Benavides", "lola.benavides@olivaresviaje.com")),
        ("Subject", "Re: Entrevista martes"),
        ("Date", date("2026-09-23 11:02:10", MAD)),
        ("Message-ID", "<c0ffee12-3a4b@example.org>"),
    ], text(t("""
        Hola Lola,

        ¡Mil gracias! Apuntado: nos vemos el martes 29 a las 17:30 en la Alameda.

        Un saludo,
        Carmen
        """)))
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mail.example.org"),
              "Undelivered Mail Returned to Sender", "2026-09-23 11:02:16", MAD,
              "<20260923090216.A1B2C3D4E5@mail.example.org>", relay="localhost",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, make.multipart(
        "report", text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Type", "message/delivery-status"),
                  ("Content-Description", "Delivery report")], status),
        attached_message(orig), params="report-type=delivery-status"))


# 43 ----------------------------------------------------------------- mailing list / meetup
@make.mail(n(43), family="mailing_list", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Google Groups post to a Málaga data meetup list: a talk 'jueves 22 a las 19:00' with a Q&A on "
                "hiring - a meetup, not an interview")
def m43() -> bytes:
    body = t("""
        ¡Hola a todas y todos!

        El próximo meetup de Málaga Data & Travel es el jueves 22 a las 19:00 en La Térmica (sala
        Picasso). Charla: "Pricing dinámico en hoteles: lo que nadie te cuenta", a cargo de Sonia
        Trujillo. Al final haremos un rato de preguntas sobre procesos de selección y entrevistas
        técnicas en empresas de viajes, que nos lo habéis pedido mucho.

        Apuntaos en el formulario para calcular las cervezas: https://forms.example/mdt-oct

        Saludos,
        Dani (organización)

        --
        Has recibido este mensaje porque estás suscrito al grupo "Málaga Data & Travel" de Grupos de Google.
        Para cancelar la suscripción, envía un correo a malaga-data-travel+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Dani Jurado", "dani.jurado.mdt@example.com"),
              "[malaga-data-travel] Meetup octubre: pricing dinámico en hoteles", "2026-10-14 09:12:44", MAD,
              "<CAM1dt_Oct2026xyz@mail.gmail.com>", relay="mail-sor-f65.google.com",
              extra=(("Sender", "malaga-data-travel@googlegroups.com"),
                     ("List-Id", "<malaga-data-travel.googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:malaga-data-travel+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list"),
                     ("Mailing-list", "list malaga-data-travel@googlegroups.com")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 44 ------------------------------------- team Christmas dinner at the current job (Google Cal)
@make.mail(n(44), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Fri", "2026-12-18"),),
           note="Google Calendar invitation from a colleague at the current job: team Christmas dinner, vie 18 dic "
                "21:00-23:30 - a team event, not an interview")
def m44() -> bytes:
    body = t("""
        Marcos Gil te ha invitado a un evento
        Cena de Navidad – equipo de Producto 🎄
        Restaurante El Pimpi, reservado a nombre de Soleado. Amigo invisible: máximo 15 €.

        Cuándo
        vie 18 dic 2026 21:00 – 23:30 (hora estándar de Europa central)

        Invitados
        Marcos Gil - organizador
        carmen.ortega@example.org
        y 14 más

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
           "CALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20261218T210000
        DTEND;TZID=Europe/Madrid:20261218T233000
        DTSTAMP:20261204T121500Z
        ORGANIZER;CN=Marcos Gil:mailto:marcos.gil@soleadotravel.example
        UID:5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=carmen.ortega@example.org;X-NUM-GUESTS=0:mailto:carmen.ortega@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Cena de Navidad – equipo de Producto 🎄
        LOCATION:El Pimpi\\, Calle Granada 62\\, Málaga
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Marcos Gil", "marcos.gil@soleadotravel.example"),
              "Invitación: Cena de Navidad – equipo de Producto 🎄 @ vie 18 dic 2026 21:00 - 23:30 (CET) "
              "(carmen.ortega@example.org)", "2026-12-04 13:15:00", MAD,
              "<calendar-77aa88bb-99cc-4dde-8eff-001122334455@google.com>", relay="mail-sor-f73.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# 45 -------------------------------------------------------------------- vaccination slot
@make.mail(n(45), family="medical_appointment", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-27"),),
           note="Health-centre flu-vaccination appointment 'martes 27/10/2026 16:10' - fixed time, not an interview")
def m45() -> bytes:
    body = t("""
        CITA CONFIRMADA

        Paciente: CARMEN ORTEGA GALVEZ
        Centro: Centro de Salud El Palo - Consulta de Enfermería 4
        Motivo: Vacunación gripe y COVID-19 (campaña 2026-2027)
        Día: martes 27/10/2026
        Hora: 16:10

        Para anular o cambiar la cita, acceda a la aplicación de Salud o llame al 955 000 000.
        """)
    hs = head(addr("Salud - Cita Previa", "no-reply@citasalud.example"),
              "Cita confirmada: Vacunación gripe y COVID-19", "2026-10-20 08:30:12", MAD,
              "<cs.20261020.0083012.4821@citasalud.example>", relay="smtp.citasalud.example")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


# 46 ------------------------------------------------------------------------ flat viewing
@make.mail(n(46), family="property_viewing", lang="es", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Estate agent confirms a flat viewing 'el sábado 14 a las 12:30' - fixed time, not an interview")
def m46() -> bytes:
    body = t("""
        Hola Carmen, buenas tardes:

        Le confirmo la visita al piso de la calle Victoria 41 (2º B, 2 dormitorios, 850 €/mes) el
        sábado 14 a las 12:30. Estaré en el portal. El propietario pide nómina o contrato de
        trabajo y un mes de fianza, por si quiere ir preparándolo.

        Un saludo,
        Jorge Lagunillas
        Inmobiliaria Lagunillas · 951 000 777
        """)
    hs = head(addr("Jorge Lagunillas", "jorge@inmolagunillas.example"), "Visita piso C/ Victoria 41",
              "2026-11-11 17:55:09", MAD, "<e1f2a3b4c5d6@inmolagunillas.example>", relay="smtp.inmolagunillas.example")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 47 ------------------------------------------------------------- parent-teacher meeting
@make.mail(n(47), family="parent_teacher", lang="es", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="School platform: 'tutoría' with the class teacher on martes 10 de noviembre at 16:30 - a "
                "parent-teacher meeting, not an interview")
def m47() -> bytes:
    body = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p><b>AulaFamilia · CEIP Virgen del Mar</b></p>
        <p>Estimada familia de <b>Lucía Ortega</b> (3º B):</p>
        <p>Se ha confirmado la <b>tutoría</b> solicitada con la tutora, D.ª Carmen Lozano:</p>
        <p>Día: martes, 10 de noviembre de 2026<br>Hora: 16:30<br>Lugar: aula de 3º B (entrada por la calle Maestra)</p>
        <p>Esta comunicación se ha generado desde AulaFamilia. No responda a este correo.</p>
        </body></html>
        """)
    hs = head(addr("AulaFamilia", "notificaciones@aulafamilia.example"),
              "Tutoría confirmada - 3º B - martes 10/11", "2026-11-04 13:40:00", MAD,
              "<af.tut.88213.20261104@aulafamilia.example>", relay="mta.aulafamilia.example")
    return message(hs, html(body, charset="iso-8859-15", cte="quoted-printable"))


# 48 -------------------------------------------------- recruiter: 'ping me again in January'
@make.mail(n(48), family="recruiter_outreach", lang="en", interview=False, company="Waypoint Labs",
           note="US recruiter: headcount frozen, 'ping me again in January'; mentions the earlier call in the past")
def m48() -> bytes:
    body = t("""
        Hi Carmen,

        Thanks again for the call on Tuesday - really enjoyed it. Unfortunately I just heard that
        our Q4 headcount for the Product Analyst role has been frozen, so I can't move you to the
        hiring manager interview right now.

        Budgets reset in the new year. Ping me again in January and I'll push to get you in front
        of the team first thing.

        Happy holidays!
        Rachel Kim
        Senior Recruiter, Waypoint Labs
        """)
    hs = head(addr("Rachel Kim", "rachel.kim@waypointlabs.com"), "Re: Product Analyst - next steps",
              "2026-12-11 11:20:48", NYC, "<CAL0wp_rk2026Dec@mail.gmail.com>", relay="mail-oi1-f177.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


# 49 ------------------------------------------- webinar registration about interviews, with ICS
@make.mail(n(49), family="webinar", lang="es", interview=False, company=None,
           days=(("Thu", "2026-12-03"),),
           note="Zoom webinar registration 'Cómo superar la entrevista de Product Analyst', jueves 3 de diciembre "
                "18:00 CET, with an ICS - a webinar about interviews, not an interview")
def m49() -> bytes:
    body = t("""
        Hola Carmen:

        Gracias por inscribirte en "Cómo superar la entrevista de Product Analyst: casos prácticos
        y SQL en directo".

        Fecha y hora: 3 dic 2026 06:00 PM Madrid
        Organiza: DataBoot Academy

        Unirse desde PC, Mac, iPad o Android:
        https://databoot.zoom.us/w/96633104518?tk=Xy1-Rk2
        Código de acceso: 774411

        Puedes cancelar tu inscripción en cualquier momento.
        """)
    ics = ("BEGIN:VCALENDAR\nPRODID:-//zoom.us//iCalendar Event//EN\nVERSION:2.0\nMETHOD:PUBLISH\n"
           + MADRID_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTAMP:20261126T101500Z
        DTSTART;TZID=Europe/Madrid:20261203T180000
        DTEND;TZID=Europe/Madrid:20261203T193000
        SUMMARY:Cómo superar la entrevista de Product Analyst
        UID:20261126T101500Z-96633104518@zoom.us
        LOCATION:https://databoot.zoom.us/w/96633104518
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("DataBoot Academy", "no-reply@zoom.us"),
              "Confirmación de inscripción al seminario web: Cómo superar la entrevista de Product Analyst",
              "2026-11-26 11:15:00", MAD, "<zw.96633104518.r4821@zoom.us>", relay="mailout.zoom.us")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method=None, filename="evento.ics", disposition="attachment",
                                      cte="base64")))


# 50 ----------------------------------- bank adviser review via Microsoft Bookings, Spanish
@make.mail(n(50), family="financial_adviser", lang="es", interview=False, company=None,
           days=(("Wed", "2026-12-16"),),
           note="Bank's Microsoft Bookings: 'Revisión financiera anual con su gestora', miércoles 16 de diciembre "
                "10:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París - fixed time, not an interview")
def m50() -> bytes:
    html_body = t("""
        <html><body><div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
        <p>Hola Carmen Ortega:</p>
        <p>Gracias por reservar con Banco Costa Sol - Oficina Larios. Su reserva se ha confirmado.</p>
        <table>
        <tr><td>Servicio</td><td><b>Revisión financiera anual con su gestora</b></td></tr>
        <tr><td>Fecha y hora</td><td>miércoles, 16 de diciembre de 2026 10:00 - 10:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td>Personal</td><td>Alicia Moreno</td></tr>
        <tr><td>Ubicación</td><td>Calle Marqués de Larios 8, Málaga</td></tr>
        </table>
        <p>Traiga su DNI. Revisaremos su plan de pensiones y la cuenta nómina.</p>
        </div></body></html>
        """)
    ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
           + ROMANCE_VTZ + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Banco Costa Sol - Oficina Larios:mailto:OficinaLarios@bancocostasol.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carmen Ortega:mailto:carmen.ortega@example.org
        UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Revisión financiera anual con su gestora
        DTSTART;TZID=Romance Standard Time:20261216T100000
        DTEND;TZID=Romance Standard Time:20261216T104500
        DTSTAMP:20261209T091200Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Calle Marqués de Larios 8\\, Málaga
        END:VEVENT
        END:VCALENDAR
        """))
    hs = head(addr("Banco Costa Sol - Oficina Larios", "OficinaLarios@bancocostasol.example"),
              "Reserva confirmada: Revisión financiera anual con su gestora", "2026-12-09 10:12:00", MAD,
              "<AM9PR04MB8211D1E2F3A4@AM9PR04MB8211.eurprd04.prod.outlook.com>",
              relay="mail-am7eur04on2109.outbound.protection.outlook.com")
    return message(hs, mixed(html(html_body, cte="base64"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))
