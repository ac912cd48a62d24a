"""blind322: a blind 50-mail held-out set, the inbox of Lucía Bermejo, export coordinator at a cheese
cooperative in Zamora (Europe/Madrid), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the non-score parts
of bench/heldout/README.md and the dev corpus README, labels, dev_002, dev_009 and score.py; it did
not read the detector, its tests, the other held-out mails, and never ran the detector. Every mail
is written by hand as one function below (keys 1-24 positives, 25-50 negatives); the file numbers
are a fixed shuffle of the writing order (ORDER). Mostly Spanish from Spain (tú and usted), some
English from multinationals, two employers in Portugal writing in Spanish.
"""

from __future__ import annotations

import base64
import hashlib
import random
from email.utils import parseaddr

import make
from make import (
    addr,
    alt,
    calendar,
    date,
    enc,
    gmail_html,
    html,
    message,
    mixed,
    multipart,
    raw_part,
    t,
    text,
)

ORDER = random.Random(3220322).sample(range(1, 51), 50)
SET = "blind322"


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "lucia.bermejo@example.org"
ME2 = "lucia.bermejo@example.com"
MADRID = "Europe/Madrid"
LISBON = "Europe/Lisbon"


def me(charset: str = "utf-8") -> str:
    return addr("Lucía Bermejo", ME, charset)


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:n].upper()


def rcv(host: str, when: str, zone: str, lag: int = 4) -> tuple[str, str]:
    ident = f"mx1.example.org (Postfix) with ESMTPS id 4{_id(host + when, 10)}"
    return ("Received", make.received(f"from {host}", when, zone, ident, ME, lag))


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, *, host: str, to: str | None = None,
         charset: str = "utf-8", extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [
        ("Return-Path", f"<{parseaddr(frm)[1]}>"),
        ("Delivered-To", ME),
        rcv(host, when, zone),
        ("From", frm),
        ("To", to or me()),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{mid}>"),
        *extra,
    ]


# --------------------------------------------------------------------------- time zones

ROMANCE = """BEGIN:VTIMEZONE
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

MADRID_TZ = """BEGIN:VTIMEZONE
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

LISBON_TZ = """BEGIN:VTIMEZONE
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


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-14T08:00:00Z", end="2026-09-14T08:45:00Z",
           contact="hannah.kerr@northbridgefoods.com", company="Northbridge Foods",
           local="Mon 2026-09-14 10:00", local_end="2026-09-14 10:45", zone=MADRID,
           note="Greenhouse confirmation, in person in Madrid, '10:00 AM - 10:45 AM CEST (Europe/Madrid)'; "
                "September so CEST = UTC+2; ICS in UTC agrees; contact = human Reply-To")
def m1() -> bytes:
    when = "2026-09-08 16:42"
    body = t("""
        Hi Lucía,

        Thanks for choosing a time - your interview with Northbridge Foods is confirmed.

        Export Sales Specialist, Iberia
        Monday, September 14, 2026
        10:00 AM - 10:45 AM CEST (Europe/Madrid)

        Location: Northbridge Foods Iberia, Paseo de la Castellana 95, 14th floor, Madrid
        Please bring a photo ID; reception will give you a visitor badge.

        You'll be meeting with:
          Tomás Ibarra - Commercial Director Iberia
          Hannah Kerr - Talent Partner EMEA

        Need to reschedule? Just reply to this email and it will reach Hannah.

        Best regards,
        Northbridge Foods Talent Acquisition
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Lucía,</p>
        <p>Thanks for choosing a time &ndash; your interview with Northbridge Foods is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Role</b></td><td>Export Sales Specialist, Iberia</td></tr>
        <tr><td><b>When</b></td><td>Monday, September 14, 2026<br>10:00 AM &ndash; 10:45 AM CEST (Europe/Madrid)</td></tr>
        <tr><td><b>Where</b></td><td>Northbridge Foods Iberia, Paseo de la Castellana 95, 14th floor, Madrid</td></tr>
        </table>
        <p>Please bring a photo ID; reception will give you a visitor badge.</p>
        <p>You'll be meeting with:<br>Tomás Ibarra &ndash; Commercial Director Iberia<br>
        Hannah Kerr &ndash; Talent Partner EMEA</p>
        <p>Need to reschedule? Just reply to this email and it will reach Hannah.</p>
        <p>Best regards,<br>Northbridge Foods Talent Acquisition</p>
        <img src="https://us.greenhouse-mail.io/o/7f3a1c2e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260914T080000Z
DTEND:20260914T084500Z
DTSTAMP:20260908T144200Z
ORGANIZER;CN=Hannah Kerr:mailto:hannah.kerr@northbridgefoods.com
UID:interview-88213407-northbridgefoods@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Bermejo:mailto:lucia.bermejo@example.org
SUMMARY:Interview: Lucía Bermejo - Export Sales Specialist\\, Iberia
LOCATION:Paseo de la Castellana 95\\, 14th floor\\, Madrid
DESCRIPTION:Onsite interview with Tomás Ibarra and Hannah Kerr.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Northbridge Foods", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Export Sales Specialist, Iberia at Northbridge Foods", when, MADRID,
             "0100019c8b2e7f4a-5d1e8a3b-77c2-4f19-9a0e-2b6c41d83e90-000000@email.amazonses.com",
             host="a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
             extra=(("Reply-To", addr("Hannah Kerr", "hannah.kerr@northbridgefoods.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                     name_param=True)))


@make.mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-09-17T09:30:00Z", end=None,
           contact="mangeles.cid@quesosvalledeltera.es", company="Quesería Valle del Tera",
           local="Thu 2026-09-17 11:30", zone=MADRID,
           note="Usted, iso-8859-1 8bit: 'el jueves 17 de septiembre a las 11:30' en Santa Croya de Tera, "
                "CEST = UTC+2; 'aproximadamente una hora' is approximate so end null; contact = sender")
def m2() -> bytes:
    when = "2026-09-14 09:52"
    body = t("""
        Estimada Sra. Bermejo:

        Tal y como hablamos esta mañana por teléfono, le confirmo la entrevista para el puesto de
        Responsable de Exportación el jueves 17 de septiembre a las 11:30, en nuestras oficinas de
        Santa Croya de Tera (Ctra. de Camarzana s/n, junto a la báscula).

        Le recibiremos D. Tomás Ferrero, gerente de la cooperativa, y yo misma. Calcule
        aproximadamente una hora; si le parece, después le enseñamos la sala de maduración.

        Si tuviera cualquier problema para venir, puede llamarme al 980 64 21 37 o escribirme a
        este mismo correo.

        Reciba un cordial saludo,

        Mª Ángeles Cid Rubio
        Administración y Personal
        Quesería Valle del Tera, S. Coop.
        """)
    h = hdrs(addr("Mª Ángeles Cid", "mangeles.cid@quesosvalledeltera.es", "iso-8859-1"),
             "Entrevista Responsable de Exportación - jueves 17/09", when, MADRID,
             "5F2A91C3.4080907@quesosvalledeltera.es",
             host="smtp.quesosvalledeltera.es (smtp.quesosvalledeltera.es [212.81.133.20])",
             to=addr("Lucía Bermejo", ME, "iso-8859-1"), charset="iso-8859-1",
             extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.15.0"),
                    ("Content-Language", "es-ES")))
    return message(h, text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@make.mail(N(3), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-22T13:00:00Z", end="2026-09-22T14:00:00Z",
           contact="femke.wolters@alvarena.nl", company="Alvarena Dairy Group",
           local="Tue 2026-09-22 15:00", local_end="2026-09-22 16:00", zone="Europe/Amsterdam",
           note="Workday HTML-only: 'Tuesday, 22 September 2026, 15:00 - 16:00 (CEST, Amsterdam)' = UTC+2; "
                "sender is the Workday tenant address, contact = recruiter address in the body")
def m3() -> bytes:
    when = "2026-09-16 10:03"
    page = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd3.myworkdaysite.com/alvarena/assets/logo.png" alt="Alvarena Dairy Group" height="40">
        <p>Dear Lucía Bermejo,</p>
        <p>Your interview for <b>Export Manager Southern Europe (R-10482)</b> has been scheduled.</p>
        <p><b>Date:</b> Tuesday, 22 September 2026<br>
        <b>Time:</b> 15:00 - 16:00 (CEST, Amsterdam)<br>
        <b>Format:</b> Microsoft Teams (the link will be sent by your interviewer)<br>
        <b>Interviewer:</b> Joost van Aken, Sales Director Southern Europe</p>
        <p>If you need to make a change, please contact your recruiter Femke Wolters at
        <a href="mailto:femke.wolters@alvarena.nl">femke.wolters@alvarena.nl</a>.</p>
        <p>You can review your application at any time in the <a href="https://wd3.myworkdaysite.com/recruiting/alvarena/Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Alvarena Dairy Group B.V.</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    h = hdrs(addr("Alvarena Dairy Group", "alvarena@myworkday.com"),
             "Interview Scheduled - Export Manager Southern Europe (R-10482)", when, "Europe/Amsterdam",
             "1418207733.88217.1789545780045@wd3-prod-notif-12.myworkday.com",
             host="mta-12.myworkday.com (mta-12.myworkday.com [147.154.18.12])")
    return message(h, html(page))


@make.mail(N(4), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-01T07:30:00Z", end="2026-10-01T08:15:00Z",
           contact="irene.perez@conserveraaliste.es", company="Conservera Aliste",
           local="Thu 2026-10-01 09:30", local_end="2026-10-01 10:15", zone=MADRID,
           note="Exchange meeting request: body says only 'la entrevista del jueves'; the time is only in the ICS "
                "(TZID Romance Standard Time 09:30-10:15, CEST = UTC+2); contact = organizer/sender")
def m4() -> bytes:
    when = "2026-09-24 17:20"
    body = t("""
        Hola Lucía:

        Te envío la convocatoria de Teams para la entrevista del jueves con Marcos Alonso (director
        comercial) y conmigo. Si tienes algún problema con la conexión, llámame al 655 18 40 72.

        Un saludo,
        Irene

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o el dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZGQ0Y2Et@thread.v2/0>
        Id. de la reunión: 374 512 886 903
        Código de acceso: xR7bQ2
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="ES" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Hola Lucía:</p>
        <p class="MsoNormal">Te envío la convocatoria de Teams para la entrevista del jueves con Marcos Alonso
        (director comercial) y conmigo. Si tienes algún problema con la conexión, llámame al 655 18 40 72.</p>
        <p class="MsoNormal">Un saludo,<br>Irene</p>
        <div style="margin-bottom:.25in;overflow:hidden"><p class="MsoNormal">
        <span style="color:#5F5F5F">________________________________________________________________________________</span><br>
        <b><span style="font-size:18.0pt;color:#242424">Reunión de Microsoft Teams</span></b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZGQ0Y2Et@thread.v2/0">Haga clic aquí para unirse a la reunión</a><br>
        Id. de la reunión: 374 512 886 903<br>Código de acceso: xR7bQ2</p></div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pérez Gallego, Irene":mailto:irene.perez@conserveraaliste.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Bermejo:mailto:lucia.bermejo@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Alonso Vega, Marcos":mailto:marcos.alonso@conserveraaliste.es
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía:\\n\\nTe envío la convocatoria de Teams para la entrevista del jueves con Marcos Alonso (director comercial) y conmigo.\\n
UID:040000008200E00074C5B7101A82E00800000000A0C3B97D2C4CDD01000000000000000010000000F1E2D3C4B5A697887766554433221100
SUMMARY;LANGUAGE=es-ES:Entrevista Lucía Bermejo - Técnico/a Comercio Exterior
DTSTART;TZID=Romance Standard Time:20261001T093000
DTEND;TZID=Romance Standard Time:20261001T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260924T152000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121874309
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Reunión de Microsoft Teams","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Pérez Gallego, Irene", "irene.perez@conserveraaliste.es"),
             "Entrevista Lucía Bermejo - Técnico/a Comercio Exterior", when, MADRID,
             "DB9PR02MB7310A4C2E0F1B9D83A11C6E5D9A42@DB9PR02MB7310.eurprd02.prod.outlook.com",
             host="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
             extra=(("Thread-Topic", enc("Entrevista Lucía Bermejo - Técnico/a Comercio Exterior")),
                    ("Thread-Index", "AdtOq7W1kYc9hE3vQ0uYVn1l8bXr2Q=="),
                    ("Accept-Language", "es-ES, en-US"),
                    ("Content-Language", "es-ES"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(5), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-10-06T14:00:00Z", end="2026-10-06T14:45:00Z",
           contact="sara.vidal@lacteostrevinca.com", company="Lácteos Trevinca",
           local="Tue 2026-10-06 16:00", local_end="2026-10-06 16:45", zone=MADRID,
           note="Teamtailor in Spanish (tú): 'martes, 6 de octubre de 2026 16:00 - 16:45 (Europe/Madrid)', CEST = UTC+2; "
                "ICS agrees; sender is a Teamtailor relay, contact = human Reply-To")
def m5() -> bytes:
    when = "2026-09-30 10:11"
    body = t("""
        Hola Lucía:

        ¡Tu entrevista está confirmada!

        Entrevista con Sara Vidal y Óscar Lorenzo
        martes, 6 de octubre de 2026
        16:00 - 16:45 (Europe/Madrid)

        Videollamada: https://lacteostrevinca.teamtailor.com/meetings/v/8a1f0c2e-7d

        Vamos a hablar de tu experiencia en exportación a Francia y Alemania y de cómo
        trabajamos con las cadenas de distribución. No hace falta que prepares nada.

        Si necesitas cambiar la hora, responde a este correo.

        Un saludo,
        Sara Vidal
        Personas y Talento · Lácteos Trevinca
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hola Lucía:</p>
        <p><strong>¡Tu entrevista está confirmada!</strong></p>
        <div style="border:1px solid #e3e3e3;border-radius:8px;padding:16px;margin:16px 0">
        <p style="margin:0"><strong>Entrevista con Sara Vidal y Óscar Lorenzo</strong></p>
        <p style="margin:4px 0">martes, 6 de octubre de 2026<br>16:00 - 16:45 (Europe/Madrid)</p>
        <p style="margin:4px 0"><a href="https://lacteostrevinca.teamtailor.com/meetings/v/8a1f0c2e-7d">Unirse a la videollamada</a></p>
        </div>
        <p>Vamos a hablar de tu experiencia en exportación a Francia y Alemania y de cómo trabajamos con las
        cadenas de distribución. No hace falta que prepares nada.</p>
        <p>Si necesitas cambiar la hora, responde a este correo.</p>
        <p>Un saludo,<br>Sara Vidal<br>Personas y Talento · Lácteos Trevinca</p>
        <p style="font-size:11px;color:#999">Enviado con Teamtailor</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-4417905@teamtailor.com
DTSTAMP:20260930T081100Z
DTSTART:20261006T140000Z
DTEND:20261006T144500Z
SUMMARY:Entrevista con Lácteos Trevinca
DESCRIPTION:Videollamada: https://lacteostrevinca.teamtailor.com/meetings/v/8a1f0c2e-7d
ORGANIZER;CN=Sara Vidal:mailto:sara.vidal@lacteostrevinca.com
ATTENDEE;CN=Lucía Bermejo;RSVP=TRUE:mailto:lucia.bermejo@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Sara Vidal (Lácteos Trevinca)", "no-reply@lacteostrevinca.teamtailor-mail.com"),
             "Entrevista confirmada: Export Manager - Lácteos Trevinca", when, MADRID,
             "66fa5c1b8e2d4_3f1a2b9c4d5e@teamtailor-mail.com",
             host="o3.ptr7712.teamtailor-mail.com (o3.ptr7712.teamtailor-mail.com [149.72.160.31])",
             extra=(("Reply-To", addr("Sara Vidal", "sara.vidal@lacteostrevinca.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


@make.mail(N(6), family="personio", lang="es", interview=True, kind="scheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z",
           contact="nuria.gallego@bodegasarribes.es", company="Bodegas Arribes del Duero",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=MADRID,
           note="Personio, sent Thu 22 Oct in CEST; the interview is Tue 27 Oct after the 25 Oct change, "
                "'10:00 - 11:00 (hora peninsular)' = CET = UTC+1; ICS (TZID Europe/Madrid) agrees; contact = Reply-To")
def m6() -> bytes:
    when = "2026-10-22 18:02"
    body = t("""
        Hola Lucía:

        Te confirmamos la entrevista para el puesto de Export Area Manager (Europa y Asia).

        Fecha: martes, 27 de octubre de 2026
        Hora: 10:00 - 11:00 (hora peninsular)
        Lugar: Bodegas Arribes del Duero, Ctra. de Fermoselle km 3, 49220 Fermoselle (Zamora)
        Con: Nuria Gallego (RR. HH.) y Gonzalo Benito (director de exportación)

        Hay aparcamiento en la propia bodega. Al terminar te enseñaremos las instalaciones.

        Encontrarás la invitación en el archivo adjunto. Si te surge cualquier cosa, responde a
        este correo.

        Un saludo,
        Nuria Gallego
        Bodegas Arribes del Duero

        --
        Este correo se ha enviado a través de Personio en nombre de Bodegas Arribes del Duero S.L.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_TZ}
BEGIN:VEVENT
UID:personio-recruiting-event-2291847@personio.de
DTSTAMP:20261022T160200Z
DTSTART;TZID=Europe/Madrid:20261027T100000
DTEND;TZID=Europe/Madrid:20261027T110000
SUMMARY:Entrevista Export Area Manager - Lucía Bermejo
LOCATION:Bodegas Arribes del Duero\\, Ctra. de Fermoselle km 3\\, 49220 Fermoselle
ORGANIZER;CN=Nuria Gallego:mailto:nuria.gallego@bodegasarribes.es
ATTENDEE;CN=Lucía Bermejo;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.bermejo@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Bodegas Arribes del Duero", "no-reply@mail.personio.de"),
             "Invitación a entrevista: Export Area Manager", when, MADRID,
             "20261022160200.c41e.personio-recruiting@mail.personio.de",
             host="mail-out-7.personio.de (mail-out-7.personio.de [185.136.104.7])",
             extra=(("Reply-To", addr("Nuria Gallego", "nuria.gallego@bodegasarribes.es")),))
    return message(h, mixed(text(body),
                            calendar(ics, method=None, cte="base64", ctype="application/ics",
                                     filename="entrevista.ics", disposition="attachment", name_param=True)))


@make.mail(N(7), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-28T14:00:00Z", end="2026-10-28T14:45:00Z",
           contact="dana.whitfield@prairiegatecheese.com", company="Prairie Gate Cheese Co.",
           local="Wed 2026-10-28 09:00", local_end="2026-10-28 09:45", zone="America/Chicago",
           note="Google Calendar invitation, 'Wed Oct 28, 2026 9am - 9:45am (CDT)', Central Time - Chicago: US is still "
                "on CDT (UTC-5) until 1 Nov while Madrid is already on CET, so it is 15:00 in Zamora; contact = organizer")
def m7() -> bytes:
    when = "2026-10-22 08:15"
    subject = ("Invitation: Lucía Bermejo / Prairie Gate - International Sales interview @ "
               "Wed Oct 28, 2026 9am - 9:45am (CDT) (lucia.bermejo@example.org)")
    body = t("""
        You have been invited to the following event.

        Lucía Bermejo / Prairie Gate - International Sales interview
        Wednesday Oct 28, 2026 ⋅ 9am – 9:45am
        Central Time - Chicago

        Join with Google Meet
        meet.google.com/pgc-xrtw-kud

        Join by phone
        (US) +1 262-555-0148 PIN: 418 227 903#

        Hi Lucía - looking forward to chatting about the European distributor side of the role. Dana

        Guests
        Dana Whitfield - organizer
        Lucía Bermejo
        Greg Halvorsen

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2Y0cWI

        Reply for lucia.bermejo@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:12px">You have been invited to the following event.</p>
        <h2 style="font-size:20px;font-weight:400">Lucía Bermejo / Prairie Gate - International Sales interview</h2>
        <div>Wednesday Oct 28, 2026 ⋅ 9am – 9:45am<br>Central Time - Chicago</div>
        <p><a href="https://meet.google.com/pgc-xrtw-kud">Join with Google Meet</a></p>
        <p>Hi Lucía - looking forward to chatting about the European distributor side of the role. Dana</p>
        <p><b>Guests</b><br>Dana Whitfield - organizer<br>Lucía Bermejo<br>Greg Halvorsen</p>
        <p style="font-size:11px">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261028T140000Z
DTEND:20261028T144500Z
DTSTAMP:20261022T131500Z
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@prairiegatecheese.com
UID:5c1q8f0m2k7r3t9v4b6n1p0h2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.bermejo@example.org;X-NUM-GUESTS=0:mailto:lucia.bermejo@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@prairiegatecheese.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Greg Halvorsen;X-NUM-GUESTS=0:mailto:greg.halvorsen@prairiegatecheese.com
X-GOOGLE-CONFERENCE:https://meet.google.com/pgc-xrtw-kud
CREATED:20261022T131400Z
DESCRIPTION:Hi Lucía - looking forward to chatting about the European distributor side of the role. Dana
LAST-MODIFIED:20261022T131500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucía Bermejo / Prairie Gate - International Sales interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Dana Whitfield (Google Calendar)", "calendar-notification@google.com"), subject, when,
             "America/Chicago", "calendar-7b0e2f41-93c8-4d1a-b6f2-51e0c8a93d17@google.com",
             host="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@prairiegatecheese.com")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64"),
                                calendar(ics, cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(8), family="calendly", lang="es", interview=True, kind="scheduled",
           start="2026-10-20T09:00:00Z", end="2026-10-20T09:30:00Z",
           contact="raquel.montero@campinasur.es", company="Aceitunas Campiña Sur",
           local="Tue 2026-10-20 11:00", local_end="2026-10-20 11:30", zone=MADRID,
           note="Calendly invitee confirmation in Spanish: '11:00 - 11:30 martes, 20 de octubre de 2026 "
                "(Hora de Europa central)', before the 25 Oct change so CEST = UTC+2; contact = Reply-To host")
def m8() -> bytes:
    when = "2026-10-15 19:40"
    body = t("""
        Hola Lucía Bermejo:

        Se ha programado tu evento con Raquel Montero.

        Tipo de evento:
        Entrevista Export Manager (30 min)

        Fecha/hora del evento:
        11:00 - 11:30, martes, 20 de octubre de 2026 (Hora de Europa central)

        Ubicación:
        Zoom. La información de la reunión web se ha añadido al evento de calendario.
        https://us06web.zoom.us/j/84412093376?pwd=Qm9aT1NrV2x

        Anfitrión:
        Raquel Montero

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/4d7e1b0a-2f9c
        Reprogramar: https://calendly.com/reschedulings/4d7e1b0a-2f9c

        Con la tecnología de Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hola Lucía Bermejo:</p>
        <p>Se ha programado tu evento con Raquel Montero.</p>
        <p><b>Tipo de evento:</b><br>Entrevista Export Manager (30 min)</p>
        <p><b>Fecha/hora del evento:</b><br>11:00 - 11:30, martes, 20 de octubre de 2026 (Hora de Europa central)</p>
        <p><b>Ubicación:</b><br>Zoom. La información de la reunión web se ha añadido al evento de calendario.<br>
        <a href="https://us06web.zoom.us/j/84412093376?pwd=Qm9aT1NrV2x">https://us06web.zoom.us/j/84412093376</a></p>
        <p><b>Anfitrión:</b><br>Raquel Montero</p>
        <p><a href="https://calendly.com/cancellations/4d7e1b0a-2f9c">Cancelar</a> ·
        <a href="https://calendly.com/reschedulings/4d7e1b0a-2f9c">Reprogramar</a></p>
        <p style="font-size:12px;color:#666">Con la tecnología de Calendly.com</p>
        </body></html>
        """)
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmado: Entrevista Export Manager con Raquel Montero el martes, 20 de octubre de 2026",
             when, MADRID, "0100019d2f6a11b3-8e0c2a41-5b7d-4c3e-a9f1-7d2e6b1c0a58-000000@email.amazonses.com",
             host="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
             extra=(("Reply-To", addr("Raquel Montero", "raquel.montero@campinasur.es")),))
    return message(h, alt(text(body), html(page)))


@make.mail(N(9), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-11-12T15:00:00Z", end=None,
           contact="ines.moura@valedomondego.pt", company="Queijaria Vale do Mondego",
           local="Thu 2026-11-12 15:00", zone=LISBON,
           note="Portuguese employer writing in Spanish: 'jueves 12 de noviembre a las 15:00 hora de Lisboa (16:00 en "
                "España)'; Lisbon in November is WET = UTC+0; 'unos 45 minutos' approximate, end null; contact = sender")
def m9() -> bytes:
    when = "2026-11-09 10:20"
    body = t("""
        Hola Lucía:

        Como quedamos ayer por teléfono, te confirmo la videollamada con nuestro director
        comercial, João Pinto, el jueves 12 de noviembre a las 15:00 hora de Lisboa (16:00 en
        España). Te mandaré el enlace de Teams ese mismo día por la mañana.

        Durará unos 45 minutos. João querrá hablar sobre todo de tu experiencia con
        distribuidores en Francia y de cómo organizarías la entrada en el mercado español.

        Perdona si mi español no es perfecto :)

        Um abraço,
        Inês Moura
        Recursos Humanos | Queijaria Vale do Mondego, S.A.
        Viseu, Portugal
        """)
    h = hdrs(addr("Inês Moura", "ines.moura@valedomondego.pt"),
             "Videollamada jueves con João Pinto", when, LISBON,
             "CAF7q2pLx0Wd9uR1bVn3e8Tz_kM4=Yh0sQf6@mail.gmail.com",
             host="mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])",
             extra=(("In-Reply-To", "<CAG1mzW6Hk3RnVb0+Qc7t9pL2a@mail.gmail.com>"),
                    ("References", "<CAG1mzW6Hk3RnVb0+Qc7t9pL2a@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(10), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start="2026-11-10T09:00:00Z", end=None,
           contact="alvaro.rivas@legumbresfuentesauco.es", company="Legumbres Fuentesaúco Export",
           local="Tue 2026-11-10 10:00", zone=MADRID,
           note="Hiring manager's short reply on top of the thread: 'nos vemos el martes a las 10:00' resolved against "
                "Date Thu 5 Nov = Tue 10 Nov, matching the quoted proposal and acceptance; CET = UTC+1; "
                "contact = human sender (not the cc'd recruiter)")
def m10() -> bytes:
    when = "2026-11-05 18:30"
    body = t("""
        Perfecto, Lucía. Pues nos vemos el martes a las 10:00 en la oficina de Fuentesaúco
        (Avda. de la Estación 12). Pregunta por mí en recepción.

        Un saludo,
        Álvaro

        Álvaro Rivas Mateos
        Director General | Legumbres Fuentesaúco Export S.L.

        El jue, 5 nov 2026 a las 12:47, Lucía Bermejo (<lucia.bermejo@example.org>) escribió:
        > Hola Carmen:
        >
        > El martes 10 a las 10:00 me viene perfecto. Muchas gracias.
        >
        > Un saludo,
        > Lucía
        >
        > El mar, 3 nov 2026 a las 12:02, Carmen Pastor (<carmen.pastor@legumbresfuentesauco.es>) escribió:
        >> Hola Lucía:
        >>
        >> Nos gustaría conocerte en persona. ¿Te vendría bien el martes 10 de noviembre a
        >> las 10:00 o el miércoles 11 a las 12:30? Sería en nuestra oficina de Fuentesaúco con
        >> Álvaro Rivas, nuestro director general.
        >>
        >> Un saludo,
        >> Carmen Pastor
        """)
    h = hdrs(addr("Álvaro Rivas", "alvaro.rivas@legumbresfuentesauco.es"),
             "Re: Entrevista - Responsable de Exportación", when, MADRID,
             "CAH4rKs8b1Lw5Ye2ZnQ0pU7dX3cV9oT6fJ@mail.gmail.com",
             host="mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])",
             extra=(("Cc", addr("Carmen Pastor", "carmen.pastor@legumbresfuentesauco.es")),
                    ("In-Reply-To", "<CAB9x2LbQe7p0Ts4mV1cYk8WdR5nF3hA@mail.gmail.com>"),
                    ("References", "<CAL0c3PqVx9s2Hr6tN8mBe4Ya7kD1uZ@mail.gmail.com> "
                                   "<CAB9x2LbQe7p0Ts4mV1cYk8WdR5nF3hA@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(11), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-18T13:00:00Z", end="2026-11-18T14:00:00Z",
           contact="eline.bakker@hollandskaashuis.nl", company="Hollands Kaashuis",
           local="Wed 2026-11-18 14:00", local_end="2026-11-18 15:00", zone="Europe/Amsterdam",
           note="Lucía forwards a SmartRecruiters confirmation from her other address to herself: 'Wednesday, "
                "18 November 2026, 14:00 - 15:00 (CET, Amsterdam)' = UTC+1; contact = recruiter address in the body")
def m11() -> bytes:
    when = "2026-11-12 09:40"
    body = t("""
        Me lo reenvío aquí para tenerlo a mano. Ojo: hora de Ámsterdam, la misma que aquí.

        ---------- Forwarded message ---------
        De: Hollands Kaashuis <noreply@smartrecruiters.com>
        Date: jue, 12 nov 2026 a las 9:14
        Subject: Interview confirmation - Export Sales Manager Spain & Portugal
        To: <lucia.bermejo@example.com>


        Dear Lucía,

        Thank you for confirming your availability. Your interview is scheduled as follows:

        Wednesday, 18 November 2026
        14:00 - 15:00 (CET, Amsterdam)
        Video call (Microsoft Teams) - the link will follow in a separate invitation

        Interviewers:
        Maarten de Vries, Commercial Director
        Eline Bakker, Talent Acquisition Partner

        Should you have any questions, please contact Eline Bakker at
        eline.bakker@hollandskaashuis.nl.

        We look forward to speaking with you.

        Kind regards,
        Hollands Kaashuis B.V. | Gouda, the Netherlands

        Powered by SmartRecruiters
        """)
    h = hdrs(addr("Lucía Bermejo", ME2), "Fwd: Interview confirmation - Export Sales Manager Spain & Portugal",
             when, MADRID, "CAE2n7Wq0zLd4Rv8Hx1cTb6Ym9sKp3fU5gA@mail.gmail.com",
             host="mail-lf1-f50.google.com (mail-lf1-f50.google.com [209.85.167.50])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(12), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T15:00:00Z", end="2026-11-02T15:45:00Z",
           contact="megan.orourke@hudsonprovisions.com", company="Hudson Provisions",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:45", zone="America/New_York",
           note="Lever, sent Thu 29 Oct in EDT; the interview 'Monday, November 2, 2026 at 10:00 AM - 10:45 AM EST' "
                "is after the US change on 1 Nov, so UTC-5 = 15:00Z (the body's '4:00 PM CET' agrees); contact = Reply-To")
def m12() -> bytes:
    when = "2026-10-29 14:05"
    body = t("""
        Hi Lucía,

        Great news - your video interview with Hudson Provisions is confirmed:

        Position: European Sourcing Manager (Cheese & Charcuterie)
        When: Monday, November 2, 2026 at 10:00 AM - 10:45 AM EST (New York)
        (For you in Zamora that is 4:00 PM - 4:45 PM CET.)
        Where: Zoom - https://hudsonprovisions.zoom.us/j/91822047731
        With: Megan O'Rourke, Head of Procurement

        Please note the US clocks change this Sunday, so the gap with Spain is back to six hours.

        If anything comes up, just reply to this email.

        Best,
        Megan O'Rourke
        Hudson Provisions

        Sent via Lever
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Lucía,</p>
        <p>Great news - your video interview with Hudson Provisions is confirmed:</p>
        <p><b>Position:</b> European Sourcing Manager (Cheese &amp; Charcuterie)<br>
        <b>When:</b> Monday, November 2, 2026 at 10:00 AM - 10:45 AM EST (New York)<br>
        (For you in Zamora that is 4:00 PM - 4:45 PM CET.)<br>
        <b>Where:</b> <a href="https://hudsonprovisions.zoom.us/j/91822047731">Zoom</a><br>
        <b>With:</b> Megan O'Rourke, Head of Procurement</p>
        <p>Please note the US clocks change this Sunday, so the gap with Spain is back to six hours.</p>
        <p>If anything comes up, just reply to this email.</p>
        <p>Best,<br>Megan O'Rourke<br>Hudson Provisions</p>
        <p style="color:#999;font-size:11px">Sent via Lever</p>
        </body></html>
        """)
    h = hdrs(addr("Hudson Provisions", "no-reply@hire.lever.co"),
             "Your interview with Hudson Provisions is confirmed", when, "America/New_York",
             "20261029180500.1.7c3e9a2b41d0f5e8@hire.lever.co",
             host="mail-a12.hire.lever.co (mail-a12.hire.lever.co [198.2.179.12])",
             extra=(("Reply-To", addr("Megan O'Rourke", "megan.orourke@hudsonprovisions.com")),))
    return message(h, alt(text(body), html(page)))


@make.mail(N(13), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-25T09:30:00Z", end="2026-11-25T10:30:00Z",
           contact="oliver.pennington@kestrelfinefoods.co.uk", company="Kestrel Fine Foods",
           local="Wed 2026-11-25 09:30", local_end="2026-11-25 10:30", zone="Europe/London",
           note="iCIMS HTML-only + ICS attachment, UK date '25/11/2026 (Wednesday)' '09:30 - 10:30 GMT' = UTC; "
                "ICS TZID GMT Standard Time agrees; contact = interviewer address in the body / ORGANIZER")
def m13() -> bytes:
    when = "2026-11-19 15:33"
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <table width="640" cellpadding="10"><tr><td style="border-bottom:3px solid #7a1f2b">
        <img src="https://careers-kestrelfinefoods.icims.com/images/logo.png" alt="Kestrel Fine Foods"></td></tr>
        <tr><td>
        <p>Dear Lucía,</p>
        <p>We are pleased to confirm your interview for the position of <b>International Account Manager
        (Req ID 2026-1184)</b>.</p>
        <table cellpadding="3">
        <tr><td><b>Date:</b></td><td>25/11/2026 (Wednesday)</td></tr>
        <tr><td><b>Time:</b></td><td>09:30 - 10:30 GMT</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (link in the attached invitation)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Oliver Pennington, Head of Export</td></tr>
        </table>
        <p>Should you need to contact us about your interview, please email
        <a href="mailto:oliver.pennington@kestrelfinefoods.co.uk">oliver.pennington@kestrelfinefoods.co.uk</a>.</p>
        <p>Yours sincerely,<br>The Recruitment Team<br>Kestrel Fine Foods Ltd, Avonmouth, Bristol</p>
        </td></tr></table>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{make.VTZ["GMT Standard Time"]}
BEGIN:VEVENT
UID:icims-interview-2026-1184-55310@kestrelfinefoods.icims.com
DTSTAMP:20261119T153300Z
DTSTART;TZID=GMT Standard Time:20261125T093000
DTEND;TZID=GMT Standard Time:20261125T103000
SUMMARY:Interview - International Account Manager - Lucia Bermejo
LOCATION:Microsoft Teams
DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_KSTRL2026
ORGANIZER;CN=Oliver Pennington:mailto:oliver.pennington@kestrelfinefoods.co.uk
ATTENDEE;CN=Lucia Bermejo;RSVP=TRUE:mailto:lucia.bermejo@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Kestrel Fine Foods Careers", "kestrelfinefoods@talent.icims.com"),
             "Interview Confirmation - International Account Manager", when, "Europe/London",
             "1505127730.41822.1795620780113.JavaMail.icims@app-mail-04.icims.com",
             host="mail04.icims.com (mail04.icims.com [64.147.108.34])")
    return message(h, mixed(html(page, cte="base64"),
                            calendar(ics, cte="7bit", filename="Interview.ics", disposition="attachment",
                                     name_param=True)))


@make.mail(N(14), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start="2026-10-14T10:00:00Z", end="2026-10-14T10:30:00Z",
           contact=None, company="Grupo Lácteo Duero",
           local="Wed 2026-10-14 12:00", local_end="2026-10-14 12:30", zone=MADRID,
           note="Microsoft Bookings from a shared mailbox: '12:00 - 12:30 (UTC+01:00) Bruselas, Copenhague, Madrid, "
                "París' shows the standard offset, but 14 Oct is CEST = UTC+2 (the ICS, Romance Standard Time, "
                "agrees); only a staff name, no personal address, so contact null")
def m14() -> bytes:
    when = "2026-10-09 09:05"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px">
        <p style="font-size:20px">Su reserva está confirmada</p>
        <p>Hola, Lucía Bermejo:</p>
        <p>Gracias por reservar con Selección Grupo Lácteo Duero.</p>
        <table cellpadding="6" style="border-top:1px solid #e1dfdd">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista Key Account Export</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>miércoles, 14 de octubre de 2026<br>
        12:00 - 12:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Beatriz Olmedo</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_GLDbook">Unirse a la reunión de Teams</a></td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/SeleccionGLD@grupolacteoduero.es/bookings/">Administrar reserva</a></p>
        <p style="font-size:12px;color:#605e5c">Selección Grupo Lácteo Duero · Polígono San Cristóbal, Valladolid</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Selección Grupo Lácteo Duero:mailto:SeleccionGLD@grupolacteoduero.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Bermejo:mailto:lucia.bermejo@example.org
UID:040000008200E00074C5B7101A82E00800000000B2F1E4C8A157DD01000000000000000010000000A4B3C2D1E0F9
SUMMARY;LANGUAGE=es-ES:Entrevista Key Account Export
DTSTART;TZID=Romance Standard Time:20261014T120000
DTEND;TZID=Romance Standard Time:20261014T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T070500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Selección Grupo Lácteo Duero", "SeleccionGLD@grupolacteoduero.es"),
             "Reserva confirmada: Entrevista Key Account Export con Selección Grupo Lácteo Duero", when, MADRID,
             "PAXPR02MB7725C1D0E4B2A39F88D1A0B6C3E12@PAXPR02MB7725.eurprd02.prod.outlook.com",
             host="EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2102.outbound.protection.outlook.com [40.107.249.102])",
             extra=(("Content-Language", "es-ES"),))
    return message(h, alt(html(page), calendar(ics, cte="base64")))


@make.mail(N(15), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-12-03T13:00:00Z", end="2026-12-03T13:45:00Z",
           contact="jana.koehler@milchwerk-labs.de", company="Milchwerk Labs",
           local="Thu 2026-12-03 14:00", local_end="2026-12-03 14:45", zone="Europe/Berlin",
           note="Ashby: 'Thursday, December 3, 2026, 2:00 PM - 2:45 PM CET (Berlin)' = UTC+1; ICS (TZID Europe/Berlin) "
                "agrees; contact = human Reply-To")
def m15() -> bytes:
    when = "2026-11-27 11:00"
    body = t("""
        Hi Lucía,

        Your interview is confirmed. We're looking forward to speaking with you!

        Market Expansion Lead, Iberia
        Thursday, December 3, 2026, 2:00 PM - 2:45 PM CET (Berlin)
        Google Meet: https://meet.google.com/mlk-qzpa-wer

        You'll meet with:
          Felix Brandstätter - Co-founder & CCO

        Questions? Just reply and it will reach Jana Köhler.

        Thanks,
        Milchwerk Labs Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Lucía,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Market Expansion Lead, Iberia</b><br>Thursday, December 3, 2026, 2:00 PM - 2:45 PM CET (Berlin)<br>
        <a href="https://meet.google.com/mlk-qzpa-wer">Google Meet</a></p>
        <p>You'll meet with:<br>Felix Brandstätter - Co-founder &amp; CCO</p>
        <p>Questions? Just reply and it will reach Jana Köhler.</p>
        <p>Thanks,<br>Milchwerk Labs Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:3b9e7d21-4c6f-4a18-9e02-7f5d1c8b6a30
DTSTAMP:20261127T100000Z
DTSTART;TZID=Europe/Berlin:20261203T140000
DTEND;TZID=Europe/Berlin:20261203T144500
SEQUENCE:0
SUMMARY:Milchwerk Labs - Market Expansion Lead\\, Iberia Interview
LOCATION:https://meet.google.com/mlk-qzpa-wer
ORGANIZER;CN=Jana Köhler:mailto:jana.koehler@milchwerk-labs.de
ATTENDEE;CN=Lucía Bermejo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.bermejo@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Milchwerk Labs", "no-reply@ashbyhq.com"),
             "Interview confirmed: Market Expansion Lead, Iberia at Milchwerk Labs", when, "Europe/Berlin",
             "010001931c7e44a2-2b8f0d17-6e3a-4c59-b1d8-a07e3f92c6b4-000000@email.amazonses.com",
             host="a9-30.smtp-out.amazonses.com (a9-30.smtp-out.amazonses.com [54.240.9.30])",
             extra=(("Reply-To", addr("Jana Köhler", "jana.koehler@milchwerk-labs.de")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-08T14:00:00Z", end="2026-12-08T16:00:00Z",
           contact="elin.sandberg@norrvikfoods.se", company="Norrvik Foods",
           local="Tue 2026-12-08 15:00", local_end="2026-12-08 17:00", zone=MADRID,
           note="GoodTime virtual onsite, two sessions shown 'in your time zone (Europe/Madrid)': 3:00-4:00 PM and "
                "4:15-5:00 PM CET; start = first start, end = last end (UTC+1); contact = Reply-To coordinator")
def m16() -> bytes:
    when = "2026-12-01 16:20"
    body = t("""
        Hi Lucía,

        Your virtual onsite with Norrvik Foods for Export Manager - Southern Europe is confirmed.
        All times are shown in your time zone (Europe/Madrid).

        Tuesday, December 8, 2026

          3:00 PM - 4:00 PM   Commercial case presentation
                              Karin Lund, VP Sales International
          4:15 PM - 5:00 PM   Meet the team
                              Anders Berg, Key Account Director Europe

        Both sessions use the same Microsoft Teams link:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NRVK-onsite

        Please send your case slides to Elin by Monday evening. If you need to change anything,
        reply to this email.

        Kind regards,
        Elin Sandberg
        Recruiting Coordinator, Norrvik Foods AB

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Lucía,</p>
        <p>Your virtual onsite with Norrvik Foods for <b>Export Manager - Southern Europe</b> is confirmed.
        All times are shown in your time zone (Europe/Madrid).</p>
        <p><b>Tuesday, December 8, 2026</b></p>
        <table cellpadding="4">
        <tr><td>3:00 PM - 4:00 PM</td><td>Commercial case presentation<br><span style="color:#666">Karin Lund, VP Sales International</span></td></tr>
        <tr><td>4:15 PM - 5:00 PM</td><td>Meet the team<br><span style="color:#666">Anders Berg, Key Account Director Europe</span></td></tr>
        </table>
        <p>Both sessions use the same <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NRVK-onsite">Microsoft Teams link</a>.</p>
        <p>Please send your case slides to Elin by Monday evening. If you need to change anything, reply to this email.</p>
        <p>Kind regards,<br>Elin Sandberg<br>Recruiting Coordinator, Norrvik Foods AB</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    h = hdrs(addr("Norrvik Foods Recruiting", "scheduling@mail.goodtime.io"),
             "Confirmed: Virtual onsite with Norrvik Foods - Tue, Dec 8", when, "Europe/Stockholm",
             "20261201152000.a71c9e3f0b2d@mail.goodtime.io",
             host="o12.email.goodtime.io (o12.email.goodtime.io [167.89.12.44])",
             extra=(("Reply-To", addr("Elin Sandberg", "elin.sandberg@norrvikfoods.se")),))
    return message(h, alt(text(body), html(page)))


@make.mail(N(17), family="ics_attachment", lang="es", interview=True, kind="scheduled",
           start="2026-10-16T14:00:00Z", end="2026-10-16T15:00:00Z",
           contact="tiago.fernandes@azeitestrasosmontes.pt", company="Azeites Trás-os-Montes",
           local="Fri 2026-10-16 15:00", local_end="2026-10-16 16:00", zone=LISBON,
           note="Portuguese employer (Bragança) writing in Spanish; the body says only 'la entrevista del viernes', "
                "the time is only in the Thunderbird invite.ics (TZID Europe/Lisbon 15:00-16:00, WEST = UTC+1); "
                "contact = sender/organizer")
def m17() -> bytes:
    when = "2026-10-12 17:10"
    body = t("""
        Hola Lucía:

        Gracias por tu llamada de esta mañana. Te adjunto la invitación para la entrevista del
        viernes, por videollamada, con nuestra gerente, Filipa Sá, y conmigo. Ojo, que la hora
        de la invitación es la de Portugal.

        Si en algún momento prefieres venir a Bragança en persona, estás a una hora y media de
        aquí, así que dímelo sin problema.

        Cumprimentos,
        Tiago Fernandes
        Azeites Trás-os-Montes, Lda.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{LISBON_TZ}
BEGIN:VEVENT
CREATED:20261012T160800Z
LAST-MODIFIED:20261012T160900Z
DTSTAMP:20261012T160900Z
UID:8e5b2c1a-3f4d-4e6f-9a7b-0c1d2e3f4a5b
SUMMARY:Entrevista Lucía Bermejo - Azeites Trás-os-Montes
ORGANIZER;CN=Tiago Fernandes:mailto:tiago.fernandes@azeitestrasosmontes.pt
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:lucia.bermejo@example.org
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Filipa Sá:mailto:filipa.sa@azeitestrasosmontes.pt
DTSTART;TZID=Europe/Lisbon:20261016T150000
DTEND;TZID=Europe/Lisbon:20261016T160000
LOCATION:https://meet.jit.si/AzeitesTM-entrevista
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Tiago Fernandes", "tiago.fernandes@azeitestrasosmontes.pt"),
             "Entrevista viernes - invitación", when, LISBON,
             "a3c81f02-6d5e-4b7a-8c19-2e4f0d6b9a71@azeitestrasosmontes.pt",
             host="smtp.azeitestrasosmontes.pt (smtp.azeitestrasosmontes.pt [195.23.114.90])",
             extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")))
    return message(h, mixed(text(body, cte="8bit", params="format=flowed"),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                     name_param=True)))


@make.mail(N(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-09-21T10:00:00Z", end=None,
           contact="mangeles.cid@quesosvalledeltera.es", company="Quesería Valle del Tera",
           local="Mon 2026-09-21 12:00", zone=MADRID,
           days=(("Thu", "2026-09-17"),),
           note="Usted, windows-1252 QP; old slot (jueves 17, 11:30) and new slot in one mail; new time 'lunes 21 de "
                "septiembre a las 12:00' fixed after a phone call, CEST = UTC+2; contact = sender")
def m18() -> bytes:
    when = "2026-09-15 13:05"
    body = t("""
        Estimada Lucía:

        Disculpe las molestias, pero nuestro gerente tiene que viajar el jueves a Lyon por un
        problema con un cliente y no podremos mantener la entrevista del jueves 17 a las 11:30.

        Como me ha dicho esta mañana por teléfono que el lunes le venía bien, queda fijada para el
        lunes 21 de septiembre a las 12:00, en el mismo sitio (Ctra. de Camarzana s/n).

        Le pido perdón de nuevo por el cambio.

        Un cordial saludo,

        Mª Ángeles Cid Rubio
        Administración y Personal
        Quesería Valle del Tera, S. Coop.
        """)
    h = hdrs(addr("Mª Ángeles Cid", "mangeles.cid@quesosvalledeltera.es", "windows-1252"),
             "Cambio de fecha entrevista - lunes 21/09", when, MADRID,
             "5F2B0D47.2010804@quesosvalledeltera.es",
             host="smtp.quesosvalledeltera.es (smtp.quesosvalledeltera.es [212.81.133.20])",
             to=addr("Lucía Bermejo", ME, "windows-1252"), charset="windows-1252",
             extra=(("In-Reply-To", "<5F2A91C3.4080907@quesosvalledeltera.es>"),
                    ("References", "<5F2A91C3.4080907@quesosvalledeltera.es>"),
                    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.15.0")))
    return message(h, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(19), family="outlook_calendar", lang="es", interview=True, kind="rescheduled",
           start="2026-10-02T11:00:00Z", end="2026-10-02T11:45:00Z",
           contact="irene.perez@conserveraaliste.es", company="Conservera Aliste",
           local="Fri 2026-10-02 13:00", local_end="2026-10-02 13:45", zone=MADRID,
           note="Exchange update of the same UID with SEQUENCE:1: moved from Thursday 09:30 to 'viernes 2 a las 13:00'; "
                "ICS Romance Standard Time 13:00-13:45 CEST = UTC+2; contact = organizer/sender")
def m19() -> bytes:
    when = "2026-09-28 11:48"
    body = t("""
        Hola Lucía:

        Perdona el lío: al final Marcos no puede el jueves por la mañana porque tiene auditoría,
        así que pasamos la entrevista al viernes 2 a las 13:00. Te mando la convocatoria
        actualizada; el enlace de Teams es el mismo.

        Un saludo,
        Irene

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZGQ0Y2Et@thread.v2/0>
        Id. de la reunión: 374 512 886 903
        Código de acceso: xR7bQ2
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Pérez Gallego, Irene":mailto:irene.perez@conserveraaliste.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Bermejo:mailto:lucia.bermejo@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Alonso Vega, Marcos":mailto:marcos.alonso@conserveraaliste.es
DESCRIPTION;LANGUAGE=es-ES:Perdona el lío: al final Marcos no puede el jueves por la mañana\\, así que pasamos la entrevista al viernes 2 a las 13:00.\\n
UID:040000008200E00074C5B7101A82E00800000000A0C3B97D2C4CDD01000000000000000010000000F1E2D3C4B5A697887766554433221100
SUMMARY;LANGUAGE=es-ES:Entrevista Lucía Bermejo - Técnico/a Comercio Exterior
DTSTART;TZID=Romance Standard Time:20261002T130000
DTEND;TZID=Romance Standard Time:20261002T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260928T094800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2121874309
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Pérez Gallego, Irene", "irene.perez@conserveraaliste.es"),
             "Entrevista Lucía Bermejo - Técnico/a Comercio Exterior", when, MADRID,
             "DB9PR02MB7310E8B1C4A2D07F6B39E2A1F5C80@DB9PR02MB7310.eurprd02.prod.outlook.com",
             host="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2088.outbound.protection.outlook.com [40.107.22.88])",
             extra=(("Thread-Topic", enc("Entrevista Lucía Bermejo - Técnico/a Comercio Exterior")),
                    ("Thread-Index", "AdtOq7W1kYc9hE3vQ0uYVn1l8bXr2QDiA3Jk"),
                    ("Accept-Language", "es-ES, en-US"),
                    ("Content-Language", "es-ES")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(20), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
           contact="dana.whitfield@prairiegatecheese.com", company="Prairie Gate Cheese Co.",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45", zone="America/Chicago",
           note="Google Calendar 'Updated invitation' (SEQUENCE:1): moved to 'Tue Nov 3, 2026 9am - 9:45am (CST)'; "
                "sent Fri 30 Oct in CDT, the new slot is after the 1 Nov US change, so UTC-6 = 15:00Z; contact = organizer")
def m20() -> bytes:
    when = "2026-10-30 11:30"
    subject = ("Updated invitation: Lucía Bermejo / Prairie Gate - International Sales interview @ "
               "Tue Nov 3, 2026 9am - 9:45am (CST) (lucia.bermejo@example.org)")
    body = t("""
        This event has been updated
        Changed: time

        Lucía Bermejo / Prairie Gate - International Sales interview
        Tuesday Nov 3, 2026 ⋅ 9am – 9:45am
        Central Time - Chicago

        Join with Google Meet
        meet.google.com/pgc-xrtw-kud

        Hi Lucía - sorry for the shuffle, Greg had a conflict on Wednesday. Same link. Dana

        Guests
        Dana Whitfield - organizer
        Lucía Bermejo
        Greg Halvorsen

        Reply for lucia.bermejo@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:12px">This event has been updated<br><b>Changed:</b> time</p>
        <h2 style="font-size:20px;font-weight:400">Lucía Bermejo / Prairie Gate - International Sales interview</h2>
        <div><span style="color:#d93025">Tuesday Nov 3, 2026 ⋅ 9am – 9:45am</span><br>Central Time - Chicago</div>
        <p><a href="https://meet.google.com/pgc-xrtw-kud">Join with Google Meet</a></p>
        <p>Hi Lucía - sorry for the shuffle, Greg had a conflict on Wednesday. Same link. Dana</p>
        <p style="font-size:11px">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261103T150000Z
DTEND:20261103T154500Z
DTSTAMP:20261030T163000Z
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@prairiegatecheese.com
UID:5c1q8f0m2k7r3t9v4b6n1p0h2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lucia.bermejo@example.org;X-NUM-GUESTS=0:mailto:lucia.bermejo@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana.whitfield@prairiegatecheese.com
X-GOOGLE-CONFERENCE:https://meet.google.com/pgc-xrtw-kud
CREATED:20261022T131400Z
DESCRIPTION:Hi Lucía - sorry for the shuffle\\, Greg had a conflict on Wednesday. Same link. Dana
LAST-MODIFIED:20261030T163000Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Lucía Bermejo / Prairie Gate - International Sales interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Dana Whitfield (Google Calendar)", "calendar-notification@google.com"), subject, when,
             "America/Chicago", "calendar-1e9d4b72-0a3f-4c85-9d26-8b7f3e1c5a02@google.com",
             host="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@prairiegatecheese.com")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body, cte="base64"), html(page, cte="base64"),
                                calendar(ics, cte="base64")),
                            calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(21), family="greenhouse", lang="en", interview=True, kind="rescheduled",
           start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
           contact="siobhan.kelly@haldennutrition.com", company="Halden Nutrition",
           local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=MADRID,
           days=(("Fri", "2026-10-23"),),
           note="Greenhouse reschedule sent Wed 21 Oct (CEST): old Fri 23 Oct 10:00 CEST, new 'Monday, October 26, "
                "2026, 10:00 AM - 11:00 AM CET (Madrid)', the day after the 25 Oct change, so UTC+1; ICS in UTC agrees; "
                "contact = Reply-To")
def m21() -> bytes:
    when = "2026-10-21 17:45"
    body = t("""
        Hi Lucía,

        Your interview for Trade Marketing Manager, Southern Europe at Halden Nutrition has been
        rescheduled.

        Previously: Friday, October 23, 2026, 10:00 AM CEST
        New time:   Monday, October 26, 2026, 10:00 AM - 11:00 AM CET (Madrid)

        Location: Microsoft Teams (new link in the attached invitation)
        Interviewers: Rory Gallagher (Head of Trade Marketing EMEA), Siobhán Kelly (Recruiter)

        Remember that clocks go back in Spain this weekend - the new time is 10:00 local time
        on Monday.

        If this doesn't work for you, just reply to this email.

        Thanks,
        Siobhán
        Halden Nutrition Talent Team
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hi Lucía,</p>
        <p>Your interview for <b>Trade Marketing Manager, Southern Europe</b> at Halden Nutrition has been rescheduled.</p>
        <p><s>Friday, October 23, 2026, 10:00 AM CEST</s><br>
        <b>Monday, October 26, 2026, 10:00 AM &ndash; 11:00 AM CET (Madrid)</b></p>
        <p>Location: Microsoft Teams (new link in the attached invitation)<br>
        Interviewers: Rory Gallagher (Head of Trade Marketing EMEA), Siobhán Kelly (Recruiter)</p>
        <p>Remember that clocks go back in Spain this weekend &ndash; the new time is 10:00 local time on Monday.</p>
        <p>If this doesn't work for you, just reply to this email.</p>
        <p>Thanks,<br>Siobhán<br>Halden Nutrition Talent Team</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261026T090000Z
DTEND:20261026T100000Z
DTSTAMP:20261021T154500Z
ORGANIZER;CN=Siobhán Kelly:mailto:siobhan.kelly@haldennutrition.com
UID:interview-90417723-haldennutrition@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Bermejo:mailto:lucia.bermejo@example.org
SUMMARY:Interview: Lucía Bermejo - Trade Marketing Manager\\, Southern Europe
LOCATION:Microsoft Teams
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Halden Nutrition", "no-reply@us.greenhouse-mail.io"),
             "Interview Rescheduled: Trade Marketing Manager, Southern Europe at Halden Nutrition", when, MADRID,
             "0100019e0a4c7d21-91f3b6e2-0d4a-4e7c-8b15-c2a9f0e7d364-000000@email.amazonses.com",
             host="a8-77.smtp-out.amazonses.com (a8-77.smtp-out.amazonses.com [54.240.8.77])",
             extra=(("Reply-To", addr("Siobhán Kelly", "siobhan.kelly@haldennutrition.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                     name_param=True)))


@make.mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
           start="2026-12-03T16:00:00Z", end=None,
           contact="pablo.arranz@lacarballeda.es", company="Embutidos La Carballeda",
           local="Thu 2026-12-03 17:00", zone=MADRID,
           note="Tú, sent from a phone: cancels 'la entrevista de mañana jueves a las 17:00' (Date Wed 2 Dec, so "
                "Thu 3 Dec, CET = UTC+1) because the post was filled internally; no new time; contact = sender")
def m22() -> bytes:
    when = "2026-12-02 09:15"
    body = t("""
        Hola Lucía:

        Te escribo para decirte que tengo que cancelar la entrevista de mañana jueves a las 17:00.
        Al final la dirección ha decidido cubrir el puesto con una persona que ya estaba en el
        departamento de ventas, y no me parece serio hacerte venir hasta Rionegro para nada.

        Siento mucho las molestias. Me guardo tu CV por si sale algo más adelante, que tu perfil
        nos gustó mucho.

        Un abrazo,
        Pablo

        Enviado desde mi iPhone
        """)
    h = hdrs(addr("Pablo Arranz", "pablo.arranz@lacarballeda.es"), "Entrevista de mañana", when, MADRID,
             "4B7E2C91-0F3D-4A68-B5E1-9C2D7F806A13@lacarballeda.es",
             host="smtp.lacarballeda.es (smtp.lacarballeda.es [81.45.201.17])",
             extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    return message(h, text(body, cte="8bit"))


@make.mail(N(23), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-19T11:00:00Z", end="2026-11-19T11:45:00Z",
           contact="harriet.lowe@thornburyfoods.co.uk", company="Thornbury Foods",
           local="Thu 2026-11-19 11:00", local_end="2026-11-19 11:45", zone="Europe/London",
           note="Exchange 'Canceled:' with METHOD:CANCEL, STATUS:CANCELLED; the slot is only in the ICS (TZID GMT "
                "Standard Time 11:00-11:45, November = UTC); role on hold, no new time; contact = organizer")
def m23() -> bytes:
    when = "2026-11-16 10:02"
    body = t("""
        Hi Lucía,

        Apologies - the EU export role has been put on hold following our budget review, so I'm
        cancelling Thursday's call for now. I'm sorry for the short notice. If the role reopens in
        the new year I'll be in touch straight away.

        Best wishes,
        Harriet

        Harriet Lowe | Talent Acquisition Lead | Thornbury Foods plc
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-GB"><div class="WordSection1">
        <p class="MsoNormal">Hi Lucía,</p>
        <p class="MsoNormal">Apologies &#8211; the EU export role has been put on hold following our budget review, so I&#8217;m
        cancelling Thursday&#8217;s call for now. I&#8217;m sorry for the short notice. If the role reopens in the new year
        I&#8217;ll be in touch straight away.</p>
        <p class="MsoNormal">Best wishes,<br>Harriet</p>
        <p class="MsoNormal"><span style="font-size:9pt;color:gray">Harriet Lowe | Talent Acquisition Lead | Thornbury Foods plc</span></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Harriet Lowe:mailto:harriet.lowe@thornburyfoods.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Bermejo:mailto:lucia.bermejo@example.org
DESCRIPTION;LANGUAGE=en-GB:Apologies - the EU export role has been put on hold following our budget review\\, so I'm cancelling Thursday's call for now.\\n
UID:040000008200E00074C5B7101A82E00800000000D4E8A2F9B160DD01000000000000000010000000C7B6A5948372
SUMMARY;LANGUAGE=en-GB:Canceled: Interview - Export Manager EU (Lucía Bermejo)
DTSTART;TZID=GMT Standard Time:20261119T110000
DTEND;TZID=GMT Standard Time:20261119T114500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261116T100200Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Harriet Lowe", "harriet.lowe@thornburyfoods.co.uk"),
             "Canceled: Interview - Export Manager EU (Lucía Bermejo)", when, "Europe/London",
             "LO2P265MB4410B7C2E91A0D3F5E8B1C6A2D904@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM",
             host="GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2119.outbound.protection.outlook.com [40.107.10.119])",
             extra=(("Thread-Topic", enc("Interview - Export Manager EU (Lucía Bermejo)")),
                    ("Importance", "high"),
                    ("Accept-Language", "en-GB, en-US"),
                    ("Content-Language", "en-GB")))
    return message(h, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(24), family="teamtailor", lang="es", interview=True, kind="cancelled",
           start="2026-10-06T14:00:00Z", end="2026-10-06T14:45:00Z",
           contact="sara.vidal@lacteostrevinca.com", company="Lácteos Trevinca",
           local="Tue 2026-10-06 16:00", local_end="2026-10-06 16:45", zone=MADRID,
           note="Teamtailor cancellation of the 6 Oct 16:00-16:45 (CEST = UTC+2) interview; ICS METHOD:CANCEL same UID; "
                "no new time offered; contact = human Reply-To")
def m24() -> bytes:
    when = "2026-10-02 12:30"
    body = t("""
        Hola Lucía:

        Tu entrevista con Sara Vidal y Óscar Lorenzo del martes, 6 de octubre de 2026,
        16:00 - 16:45 (Europe/Madrid) ha sido cancelada.

        Mensaje de Sara:
        "Lucía, lo siento mucho: hemos congelado el proceso hasta enero por un cambio en la
        dirección comercial. Te escribiré en cuanto se reactive."

        Un saludo,
        Lácteos Trevinca
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//ES
METHOD:CANCEL
BEGIN:VEVENT
UID:tt-meeting-4417905@teamtailor.com
DTSTAMP:20261002T103000Z
DTSTART:20261006T140000Z
DTEND:20261006T144500Z
SUMMARY:Entrevista con Lácteos Trevinca (cancelada)
ORGANIZER;CN=Sara Vidal:mailto:sara.vidal@lacteostrevinca.com
ATTENDEE;CN=Lucía Bermejo:mailto:lucia.bermejo@example.org
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Sara Vidal (Lácteos Trevinca)", "no-reply@lacteostrevinca.teamtailor-mail.com"),
             "Entrevista cancelada: Export Manager - Lácteos Trevinca", when, MADRID,
             "66fd3a7e1c9b2_4a2b3c5d6e7f@teamtailor-mail.com",
             host="o3.ptr7712.teamtailor-mail.com (o3.ptr7712.teamtailor-mail.com [149.72.160.31])",
             extra=(("Reply-To", addr("Sara Vidal", "sara.vidal@lacteostrevinca.com")),))
    return message(h, mixed(text(body),
                            calendar(ics, method="CANCEL", cte="base64", filename="cancelacion.ics",
                                     disposition="attachment")))


# =========================================================================== negatives


@make.mail(N(25), family="rejection", lang="es", interview=False, company="Quesería Valle del Tera",
           days=(("Mon", "2026-09-21"),),
           note="Rejection after the interview of Monday 21 Sep; no new time")
def m25() -> bytes:
    when = "2026-09-29 12:40"
    body = t("""
        Estimada Lucía:

        En primer lugar, muchas gracias por el tiempo que nos dedicó en la entrevista del lunes 21
        y por su interés en la cooperativa.

        Tras valorar todas las candidaturas, el Consejo Rector ha decidido continuar el proceso con
        otra persona cuyo perfil se ajusta más a lo que buscamos en este momento, sobre todo en el
        mercado británico.

        Conservaremos su currículum para futuras vacantes, si no nos indica lo contrario.

        Le deseamos mucha suerte.

        Un cordial saludo,

        Mª Ángeles Cid Rubio
        Administración y Personal
        Quesería Valle del Tera, S. Coop.
        """)
    h = hdrs(addr("Mª Ángeles Cid", "mangeles.cid@quesosvalledeltera.es", "iso-8859-1"),
             "Proceso de selección Responsable de Exportación", when, MADRID,
             "5F33C81A.7090203@quesosvalledeltera.es",
             host="smtp.quesosvalledeltera.es (smtp.quesosvalledeltera.es [212.81.133.20])",
             to=addr("Lucía Bermejo", ME, "iso-8859-1"), charset="iso-8859-1",
             extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.15.0"),))
    return message(h, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(26), family="rejection", lang="en", interview=False, company="Alvarena Dairy Group",
           note="Workday rejection after the interview; no time")
def m26() -> bytes:
    when = "2026-10-02 14:21"
    body = t("""
        Dear Lucía Bermejo,

        Thank you for your interest in the Export Manager Southern Europe (R-10482) position at
        Alvarena Dairy Group and for the time you spent with our team.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches the current needs of the role.

        We encourage you to keep an eye on our careers site for future opportunities.

        Kind regards,
        Talent Acquisition
        Alvarena Dairy Group B.V.

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"
    h = hdrs(addr("Alvarena Dairy Group", "alvarena@myworkday.com"),
             "Your application for Export Manager Southern Europe", when, "Europe/Amsterdam",
             "1902633417.12070.1791029660881@wd3-prod-notif-07.myworkday.com",
             host="mta-07.myworkday.com (mta-07.myworkday.com [147.154.18.7])")
    return message(h, alt(text(body), html(page)))


@make.mail(N(27), family="application_receipt", lang="es", interview=False, company="Bodegas Arribes del Duero",
           note="Personio application receipt; nothing scheduled")
def m27() -> bytes:
    when = "2026-10-07 22:14"
    body = t("""
        Hola Lucía:

        ¡Gracias por tu interés en Bodegas Arribes del Duero!

        Hemos recibido correctamente tu candidatura para el puesto de Export Area Manager
        (Europa y Asia). Nuestro equipo la revisará con atención y te contactaremos lo antes
        posible si tu perfil encaja con lo que buscamos.

        Un saludo,
        El equipo de Bodegas Arribes del Duero

        --
        Tus datos se tratan conforme a nuestra política de privacidad:
        https://bodegasarribes.jobs.personio.com/privacy-policy
        """)
    h = hdrs(addr("Bodegas Arribes del Duero", "no-reply@mail.personio.de"),
             "Hemos recibido tu candidatura - Export Area Manager", when, MADRID,
             "20261007201400.a93b.personio-recruiting@mail.personio.de",
             host="mail-out-3.personio.de (mail-out-3.personio.de [185.136.104.3])")
    return message(h, text(body))


@make.mail(N(28), family="application_receipt", lang="en", interview=False, company="Hudson Provisions",
           note="Lever application receipt; nothing scheduled")
def m28() -> bytes:
    when = "2026-10-13 08:52"
    body = t("""
        Hi Lucía,

        Thanks for applying to the European Sourcing Manager (Cheese & Charcuterie) role at
        Hudson Provisions! We've received your application and our team will review it shortly.

        If your background looks like a fit, someone from our team will reach out about next
        steps.

        Cheers,
        The Hudson Provisions Team
        """)
    h = hdrs(addr("Hudson Provisions", "no-reply@hire.lever.co"),
             "Thanks for applying to Hudson Provisions", when, "America/New_York",
             "20261013125200.1.0b7d2e4f9a1c6e83@hire.lever.co",
             host="mail-a07.hire.lever.co (mail-a07.hire.lever.co [198.2.179.7])")
    return message(h, text(body, cte="8bit"))


@make.mail(N(29), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert with new export vacancies; no time")
def m29() -> bytes:
    when = "2026-10-19 07:30"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <h2 style="color:#2e7d32">7 nuevas ofertas para «export manager» en Castilla y León</h2>
        <ul>
        <li><a href="https://www.agroempleo-cyl.es/o/81723">Export Manager - Quesos DOP</a> · Zamora · 32.000 - 38.000 €</li>
        <li><a href="https://www.agroempleo-cyl.es/o/81701">Técnico/a de Comercio Exterior (inglés y francés)</a> · Valladolid</li>
        <li><a href="https://www.agroempleo-cyl.es/o/81699">Area Manager Europa - Vinos</a> · Toro</li>
        <li><a href="https://www.agroempleo-cyl.es/o/81654">Key Account Manager Exportación</a> · Salamanca · Teletrabajo parcial</li>
        <li><a href="https://www.agroempleo-cyl.es/o/81640">Responsable de Logística Internacional</a> · León</li>
        <li><a href="https://www.agroempleo-cyl.es/o/81633">Export Sales Assistant - Embutidos</a> · Guijuelo</li>
        <li><a href="https://www.agroempleo-cyl.es/o/81612">Coordinador/a de Exportación - Cooperativa</a> · Benavente</li>
        </ul>
        <p><a href="https://www.agroempleo-cyl.es/alertas">Gestionar mis alertas</a> ·
        <a href="https://www.agroempleo-cyl.es/baja?u=lb4471">Darme de baja</a></p>
        <p style="font-size:11px;color:#777">AgroEmpleo CyL · Recibes este correo porque creaste una alerta.</p>
        </body></html>
        """)
    h = hdrs(addr("AgroEmpleo CyL", "alertas@agroempleo-cyl.es"),
             "7 nuevas ofertas: export manager en Castilla y León", when, MADRID,
             "alert.20261019053000.lb4471@agroempleo-cyl.es",
             host="mail.agroempleo-cyl.es (mail.agroempleo-cyl.es [93.189.91.40])",
             extra=(("List-Unsubscribe", "<https://www.agroempleo-cyl.es/baja?u=lb4471>"),
                    ("Precedence", "bulk")))
    return message(h, html(page))


@make.mail(N(30), family="newsletter", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Exporters' association newsletter announcing a workshop on Thu 15 Oct at 10:00; not an interview")
def m30() -> bytes:
    when = "2026-10-01 11:00"
    body = t("""
        BOLETÍN DEL CLUB DE EXPORTADORES DE ZAMORA - Octubre 2026

        1. Jornada: "Exportar queso a EE. UU. con los nuevos aranceles"
           Jueves 15 de octubre, 10:00 - 13:30. Salón de actos del Vivero de Empresas, Zamora.
           Inscripción gratuita para socios: https://clubexportadoreszamora.es/jornadas

        2. Misión comercial a Lyon y Grenoble (noviembre): últimas plazas.

        3. Ayudas a la promoción exterior 2027: abierto el plazo hasta el 30 de noviembre.

        4. Entrevista del mes: hablamos con la gerente de una quesería de Sayago sobre su
           primer contenedor a Corea del Sur.

        Para darte de baja, responde a este correo con el asunto BAJA.
        """)
    h = hdrs(addr("Club de Exportadores de Zamora", "boletin@clubexportadoreszamora.es"),
             "Boletín de octubre: jornada aranceles EE. UU., misión a Lyon, ayudas 2027", when, MADRID,
             "boletin-2026-10.77812@clubexportadoreszamora.es",
             host="mailrelay.clubexportadoreszamora.es (mailrelay.clubexportadoreszamora.es [185.76.9.21])",
             extra=(("List-Unsubscribe", "<mailto:boletin@clubexportadoreszamora.es?subject=BAJA>"),
                    ("Precedence", "bulk")))
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(31), family="recruiter_outreach", lang="en", interview=False, company="Marlow & Finch Search",
           note="Agency headhunter outreach asking for a call 'this week or next'; nothing fixed")
def m31() -> bytes:
    when = "2026-09-21 10:17"
    body = t("""
        Dear Lucía,

        I hope you don't mind me reaching out directly. I'm working on a Country Manager Iberia
        search for a premium European dairy brand that is building its own sales office in Spain,
        and your background in cooperative exports to France and Germany stood out.

        Would you have 20 minutes for a confidential call this week or next? Let me know a couple
        of times that suit you and I'll send an invite.

        Kind regards,

        James Whitcombe
        Partner, Consumer & Food Practice
        Marlow & Finch Search | London · Madrid
        +44 20 7946 0321
        """)
    h = hdrs(addr("James Whitcombe", "j.whitcombe@marlowfinch.co.uk"),
             "Country Manager Iberia - confidential search", when, "Europe/London",
             "LO4P123MB5521A0C7D9E3B18F4A6D2E9C0B715@LO4P123MB5521.GBRP123.PROD.OUTLOOK.COM",
             host="GBR01-CWL-obe.outbound.protection.outlook.com (mail-cwlgbr01on2091.outbound.protection.outlook.com [40.107.11.91])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="availability_request", lang="es", interview=False, company="Legumbres Fuentesaúco Export",
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
           note="Recruiter proposes two slots (Tue 10 Nov 10:00 or Wed 11 Nov 12:30); nothing confirmed yet")
def m32() -> bytes:
    when = "2026-11-03 12:02"
    body = t("""
        Hola Lucía:

        Nos gustaría conocerte en persona. ¿Te vendría bien el martes 10 de noviembre a
        las 10:00 o el miércoles 11 a las 12:30? Sería en nuestra oficina de Fuentesaúco con
        Álvaro Rivas, nuestro director general.

        Un saludo,
        Carmen Pastor
        Administración y RR. HH. | Legumbres Fuentesaúco Export S.L.
        """)
    h = hdrs(addr("Carmen Pastor", "carmen.pastor@legumbresfuentesauco.es"),
             "Entrevista - Responsable de Exportación", when, MADRID,
             "CAL0c3PqVx9s2Hr6tN8mBe4Ya7kD1uZ@mail.gmail.com",
             host="mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="scheduling_link", lang="en", interview=False, company="Northbridge Foods",
           note="Greenhouse availability request with a self-scheduling link; nothing fixed yet")
def m33() -> bytes:
    when = "2026-09-03 15:28"
    body = t("""
        Hi Lucía,

        Thanks again for your interest in the Export Sales Specialist, Iberia role at Northbridge
        Foods. We'd love to invite you to an in-person interview at our Madrid office.

        Please use the link below to pick a time that works for you over the next two weeks:

        https://app.greenhouse.io/scheduling/candidate/9f27a0c1b4e3

        If none of the times work, just reply to this email and let me know.

        Best,
        Hannah Kerr
        Talent Partner EMEA, Northbridge Foods
        """)
    h = hdrs(addr("Northbridge Foods", "no-reply@us.greenhouse-mail.io"),
             "Interview availability: Export Sales Specialist, Iberia", when, MADRID,
             "0100019c6d1f5e08-47a2c9b1-3e5d-4f60-a8c7-9d1b2e0f4a37-000000@email.amazonses.com",
             host="a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
             extra=(("Reply-To", addr("Hannah Kerr", "hannah.kerr@northbridgefoods.com")),))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="scheduling_link", lang="es", interview=False, company="Talento Agro Consultores",
           note="Agency consultant sends her Calendly link to book a first call; nothing booked")
def m34() -> bytes:
    when = "2026-11-18 16:45"
    body = t("""
        Hola Lucía:

        Encantada de saludarte. Llevo varios procesos de exportación en el sector lácteo y
        cárnico y creo que tu perfil encaja en un par de ellos (Valladolid y Salamanca).

        Si te apetece que lo hablemos, reserva aquí 30 minutos cuando mejor te venga:
        https://calendly.com/marta-ledesma-talentoagro/30min

        Un saludo,
        Marta Ledesma
        Consultora Senior | Talento Agro Consultores
        """)
    h = hdrs(addr("Marta Ledesma", "marta.ledesma@talentoagro.es"),
             "Procesos de exportación en el sector lácteo", when, MADRID,
             "CAK7fT2nPq8Wz3Lr1Xy6Vb0Hs4Gd9Jm5@mail.gmail.com",
             host="mail-qt1-f45.google.com (mail-qt1-f45.google.com [209.85.160.45])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(35), family="out_of_office", lang="es", interview=False, company="Lácteos Trevinca",
           days=(("Mon", "2026-10-05"),),
           note="Out-of-office auto-reply from the recruiter; a return date, no appointment")
def m35() -> bytes:
    when = "2026-10-02 13:12"
    body = t("""
        Hola:

        Estaré fuera de la oficina hasta el lunes 5 de octubre, sin acceso al correo.
        Para cualquier asunto urgente puedes escribir a personas@lacteostrevinca.com.

        Gracias,
        Sara Vidal
        """)
    h = hdrs(addr("Sara Vidal", "sara.vidal@lacteostrevinca.com"),
             "Respuesta automática: Entrevista cancelada: Export Manager - Lácteos Trevinca", when, MADRID,
             "AM0PR06MB6626F1A3C2B0E9D74A81B5C3E2F07@AM0PR06MB6626.eurprd06.prod.outlook.com",
             host="EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2060.outbound.protection.outlook.com [40.107.105.60])",
             extra=(("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<CAD3sLq7m0Xe9Rf2Kc5Tb8Wz1Yn4Hp6@mail.gmail.com>")))
    return message(h, text(body))


@make.mail(N(36), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of Lucía's thank-you note (typo in the domain); the quoted original mentions "
                "today's interview but confirms nothing")
def m36() -> bytes:
    when = "2026-11-02 18:10"
    orig = message([
        ("From", me()),
        ("To", "Megan O'Rourke <megan.orourke@hudsonprovision.com>"),
        ("Subject", "Thank you - European Sourcing Manager"),
        ("Date", date("2026-11-02 18:09", MADRID)),
        ("Message-ID", "<CAD9wXk2Lm7q0Rt4Vb1Ye8Zs3Hn6Pf5@mail.gmail.com>"),
    ], text(t("""
        Hi Megan,

        Thank you for your time this afternoon - I really enjoyed hearing about how Hudson
        Provisions works with small European producers. I'm very interested in the role and
        happy to send any references you need.

        Best regards,
        Lucía
        """)))
    report = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <megan.orourke@hudsonprovision.com>: Host or domain name not found. Name service
            error for name=hudsonprovision.com type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4QXb2T1mZKz9sT
        X-Postfix-Sender: rfc822; lucia.bermejo@example.org
        Arrival-Date: Mon,  2 Nov 2026 18:09:51 +0100 (CET)

        Final-Recipient: rfc822; megan.orourke@hudsonprovision.com
        Original-Recipient: rfc822;megan.orourke@hudsonprovision.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=hudsonprovision.com type=MX: Host not found, try again
        """)
    h = [("Return-Path", "<>"), ("Delivered-To", ME),
         rcv("smtp.example.org (localhost [127.0.0.1])", when, MADRID, lag=1),
         ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"), ("To", ME),
         ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date(when, MADRID)),
         ("Message-ID", "<20261102171000.5B2C41A0F3@smtp.example.org>"),
         ("Auto-Submitted", "auto-replied")]
    body = multipart("report",
                     text(report, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822"),
                                ("Content-Transfer-Encoding", "8bit")], orig),
                     params="report-type=delivery-status")
    return message(h, body)


@make.mail(N(37), family="offer", lang="es", interview=False, company="Conservera Aliste",
           days=(("Mon", "2026-11-02"), ("Fri", "2026-10-16")),
           note="Job offer with a start date and a reply deadline; not an interview")
def m37() -> bytes:
    when = "2026-10-14 13:26"
    body = t("""
        Hola Lucía:

        Después de las entrevistas, tanto Marcos como yo tenemos claro que eres la persona que
        buscamos. Te adjunto nuestra propuesta de incorporación para el puesto de Técnico/a de
        Comercio Exterior: contrato indefinido, 34.000 € brutos anuales más variable, con
        incorporación prevista el lunes 2 de noviembre.

        Te agradeceríamos una respuesta antes del viernes 16 de octubre. Si quieres comentar
        cualquier punto, llámame cuando quieras.

        Un saludo,
        Irene Pérez Gallego
        Recursos Humanos | Conservera Aliste S.A.
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
           b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Propuesta_incorporacion_LBermejo.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Propuesta_incorporacion_LBermejo.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    h = hdrs(addr("Pérez Gallego, Irene", "irene.perez@conserveraaliste.es"),
             "Propuesta de incorporación - Técnico/a Comercio Exterior", when, MADRID,
             "DB9PR02MB73102F9A0E1C4B8D63E7A5B2C1D94@DB9PR02MB7310.eurprd02.prod.outlook.com",
             host="EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2064.outbound.protection.outlook.com [40.107.22.64])",
             extra=(("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES")))
    return message(h, mixed(text(body), att))


@make.mail(N(38), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Tue", "2026-10-13"),),
           note="Dentist appointment reminder, Tue 13 Oct 17:30; fixed time but not an interview")
def m38() -> bytes:
    when = "2026-10-09 10:00"
    body = t("""
        Hola Lucía:

        Te recordamos tu cita en Clínica Dental Valorio:

        Martes 13 de octubre de 2026 a las 17:30
        Dra. Elena Calvo - Revisión e higiene
        Avda. de Requejo 29, 1º, Zamora

        Si no puedes venir, avísanos con 24 horas de antelación en el 980 55 20 14 o respondiendo
        a este correo.

        Clínica Dental Valorio
        """)
    h = hdrs(addr("Clínica Dental Valorio", "citas@clinicadentalvalorio.es"),
             "Recordatorio de cita - martes 13/10 17:30", when, MADRID,
             "cita-553018.20261009080000@clinicadentalvalorio.es",
             host="smtp.clinicadentalvalorio.es (smtp.clinicadentalvalorio.es [217.160.0.83])")
    return message(h, text(body))


@make.mail(N(39), family="personal_calendar", lang="es", interview=False, company=None,
           note="Google Calendar invitation (Spanish UI) from her sister to a family lunch; fixed time, not an interview")
def m39() -> bytes:
    when = "2026-10-28 21:14"
    body = t("""
        Se te ha invitado al siguiente evento.

        Comida cumpleaños mamá 🎂
        sábado 7 nov 2026 ⋅ 14:00 – 17:00
        Hora de Europa central - Madrid

        Restaurante El Sitio, Zamora

        Reservado para 9. ¡No llegues tarde esta vez! Bea

        Invitados
        Beatriz Bermejo - organizador
        Lucía Bermejo
        Jorge Bermejo

        Invitación de Google Calendar
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261107T130000Z
DTEND:20261107T160000Z
DTSTAMP:20261028T201400Z
ORGANIZER;CN=Beatriz Bermejo:mailto:bea.bermejo@example.com
UID:0k3d8s1f5g7h2j4l6z9x0c1v3b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.bermejo@example.org;X-NUM-GUESTS=0:mailto:lucia.bermejo@example.org
DESCRIPTION:Reservado para 9. ¡No llegues tarde esta vez! Bea
LOCATION:Restaurante El Sitio\\, Zamora
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Comida cumpleaños mamá 🎂
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Beatriz Bermejo (Google Calendar)", "calendar-notification@google.com"),
             "Invitación: Comida cumpleaños mamá 🎂 @ sáb 7 nov 2026 14:00 - 17:00 (CET) (lucia.bermejo@example.org)",
             when, MADRID, "calendar-3f8c2a91-6d0e-4b57-a2c4-e19b7d05f36a@google.com",
             host="mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
             extra=(("Reply-To", addr("Beatriz Bermejo", "bea.bermejo@example.com")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(h, mixed(alt(text(body, cte="base64"), calendar(ics, cte="base64")),
                            calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@make.mail(N(40), family="trade_fair", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-24"), ("Thu", "2026-11-26")),
           note="Visitor badge for a food trade fair (24-26 Nov); an event, not an interview")
def m40() -> bytes:
    when = "2026-11-10 09:00"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <h1 style="color:#b33a1c;font-size:22px">Your visitor badge is ready</h1>
        <p>Dear Lucía Bermejo,</p>
        <p>Thank you for registering for <b>Fine Food Iberia 2026</b>, Madrid Exhibition Centre, Halls 7-9.</p>
        <p><b>Opening hours:</b> Tuesday 24 November to Thursday 26 November 2026, 10:00 - 18:30<br>
        <b>Badge type:</b> Trade visitor - Exporter<br>
        <b>Registration code:</b> FFI26-VIS-188421</p>
        <p>Print your badge or show the QR code on your phone at the entrance.</p>
        <p><a href="https://www.finefoodiberia-expo.com/badge/FFI26-VIS-188421">Download your badge</a></p>
        <p>Don't miss the Cheese Export Forum on the Wednesday morning and the matchmaking area with
        buyers from 30 countries.</p>
        <p style="font-size:11px;color:#777">Fine Food Iberia · Organised by Expoalimenta Events S.L.</p>
        </body></html>
        """)
    h = hdrs(addr("Fine Food Iberia 2026", "registration@finefoodiberia-expo.com"),
             "Your visitor badge - Fine Food Iberia 2026", when, MADRID,
             "badge.FFI26-VIS-188421@finefoodiberia-expo.com",
             host="mta2.finefoodiberia-expo.com (mta2.finefoodiberia-expo.com [185.5.52.118])")
    return message(h, html(page, cte="base64"))


@make.mail(N(41), family="travel_ticket", lang="es", interview=False, company=None,
           days=(("Mon", "2026-09-14"),),
           note="Train ticket Zamora-Madrid for Mon 14 Sep (the day of the Madrid interview); travel, not an interview")
def m41() -> bytes:
    when = "2026-09-09 21:33"
    body = t("""
        ¡Gracias por viajar con Ferrovía Meseta!

        Localizador: K7QZ4R

        IDA - lunes 14/09/2026
        Zamora 07:12  ->  Madrid-Chamartín 08:28
        Tren 4081 · Coche 5 · Plaza 7C · Tarifa Básica

        VUELTA - lunes 14/09/2026
        Madrid-Chamartín 15:40  ->  Zamora 16:57
        Tren 4094 · Coche 3 · Plaza 12A · Tarifa Básica

        Viajera: Lucía Bermejo
        Importe total: 47,60 €

        Presenta el código QR del billete adjunto en el control de acceso. El acceso al tren se
        cierra 2 minutos antes de la salida.
        """)
    h = hdrs(addr("Ferrovía Meseta", "billetes@ferroviameseta.es"),
             "Tu billete - Localizador K7QZ4R - Zamora - Madrid-Chamartín", when, MADRID,
             "K7QZ4R.20260909193300@ferroviameseta.es",
             host="mail.ferroviameseta.es (mail.ferroviameseta.es [194.224.18.40])")
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(42), family="assessment_deadline", lang="en", interview=False, company="Halden Nutrition",
           days=(("Fri", "2026-10-16"),),
           note="Online assessment invitation with a 'complete by' deadline; no appointment")
def m42() -> bytes:
    when = "2026-10-12 09:30"
    body = t("""
        Dear Lucía,

        As part of your application for Trade Marketing Manager, Southern Europe at Halden
        Nutrition, you are invited to complete our online assessment (numerical reasoning and
        work-style questionnaire, about 40 minutes in total).

        Please complete it by Friday 16 October 2026, 23:59 CEST:
        https://assess.talentmetric.io/start/HLD-8821-LB

        You can stop and resume at any time before the deadline. Make sure you are in a quiet
        place with a stable internet connection.

        Good luck!
        Talentmetric on behalf of Halden Nutrition
        """)
    h = hdrs(addr("Halden Nutrition via Talentmetric", "no-reply@talentmetric.io"),
             "Halden Nutrition - please complete your online assessment", when, "Europe/Dublin",
             "assess.HLD-8821-LB.20261012@talentmetric.io",
             host="mail.talentmetric.io (mail.talentmetric.io [52.18.140.77])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="one_way_video", lang="es", interview=False, company="Grupo Lácteo Duero",
           days=(("Sun", "2026-10-04"),),
           note="One-way recorded video interview with a 'tienes hasta el domingo' deadline; no live appointment")
def m43() -> bytes:
    when = "2026-09-29 11:15"
    body = t("""
        Hola Lucía:

        ¡Enhorabuena! Tu candidatura para Key Account Export en Grupo Lácteo Duero pasa a la
        siguiente fase: una entrevista en vídeo diferida.

        Tendrás que responder a 5 preguntas grabando tus respuestas (2 minutos por pregunta).
        Puedes hacerlo cuando quieras hasta el domingo 4 de octubre a las 23:59.

        Empezar: https://app.videoentrevista.io/c/GLD-KAE-30291

        Consejos: busca un sitio tranquilo y con buena luz, y comprueba la cámara y el micrófono
        antes de empezar.

        Equipo de Selección
        Grupo Lácteo Duero
        """)
    h = hdrs(addr("Selección Grupo Lácteo Duero", "no-reply@videoentrevista.io"),
             "Siguiente paso: entrevista en vídeo - Key Account Export", when, MADRID,
             "ve.GLD-KAE-30291.1759137300@videoentrevista.io",
             host="smtp.videoentrevista.io (smtp.videoentrevista.io [35.181.44.12])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="post_interview", lang="en", interview=False, company="Milchwerk Labs",
           note="Recruiter's reply to the thank-you note after the interview ('we'll be in touch'); no new time")
def m44() -> bytes:
    when = "2026-12-04 10:12"
    body = t("""
        Hi Lucía,

        Thank you so much for your note - Felix really enjoyed the conversation yesterday, and
        your ideas on the Portuguese retail chains came up again in our team meeting this morning.

        We're finishing the first round this week and will get back to you with next steps by the
        middle of next week at the latest.

        Best,
        Jana

        On Thu, 3 Dec 2026 at 17:20, Lucía Bermejo <lucia.bermejo@example.org> wrote:
        > Hi Jana,
        >
        > Thank you for organising today's conversation with Felix. I enjoyed it a lot and I'm
        > even more excited about the Iberia launch.
        >
        > Best regards,
        > Lucía
        """)
    h = hdrs(addr("Jana Köhler", "jana.koehler@milchwerk-labs.de"), "Re: Thank you - Market Expansion Lead",
             when, "Europe/Berlin", "CAGz4Hq9sL2m0Wx7Rb3Nd8Tc1Vk6Yp5@mail.gmail.com",
             host="mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])",
             extra=(("In-Reply-To", "<CAD4pQm8Lx1e7Wr0Ks3Tb9Zn2Yh5Vc6@mail.gmail.com>"),
                    ("References", "<CAD4pQm8Lx1e7Wr0Ks3Tb9Zn2Yh5Vc6@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(45), family="newsletter", lang="en", interview=False, company=None,
           note="Weekly dairy-export industry newsletter; no appointment")
def m45() -> bytes:
    when = "2026-11-20 07:00"
    body = t("""
        DAIRY EXPORT BRIEF - Week 47, 2026

        PRICES
        - EU Gouda and Edam quotations firm at EUR 4.21/kg; Emmental steady.
        - Spanish sheep-milk prices up 3% on the month as autumn supply tightens.

        TRADE
        - UK importers report longer border checks on soft cheeses after the new SPS rules.
        - South Korea opens consultation on cutting tariffs for hard cheeses from 2027.

        MARKETS
        - US specialty retailers expect a strong holiday season for Manchego-style cheeses.

        EVENTS
        - Fine Food Iberia, Madrid, 24-26 November.

        You are receiving this because you subscribed at dairyexportbrief.com.
        Unsubscribe: https://dairyexportbrief.com/unsubscribe?e=lb%40example.org
        """)
    page = "<html><body style=\"font-family:Georgia,serif;font-size:15px\">" + "".join(
        f"<p>{p}</p>" for p in body.strip().split("\n\n")).replace("\n", "<br>\n") + "</body></html>\n"
    h = hdrs(addr("Dairy Export Brief", "newsletter@dairyexportbrief.com"),
             "Dairy Export Brief - Week 47: Korea tariffs, UK checks, sheep-milk prices", when, "Europe/London",
             "20261120070000.week47.3381@dairyexportbrief.com",
             host="mail47.sea91.mcsv.net (mail47.sea91.mcsv.net [205.201.128.47])",
             extra=(("List-Unsubscribe", "<https://dairyexportbrief.com/unsubscribe?e=lb%40example.org>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@make.mail(N(46), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Fri", "2026-11-06"),),
           note="Vehicle inspection (ITV) appointment confirmation, Fri 6 Nov 8:40; not an interview")
def m46() -> bytes:
    when = "2026-11-02 20:05"
    body = t("""
        CITA PREVIA CONFIRMADA

        Estación: ITV Los Llanos - Zamora
        Fecha: viernes 6 de noviembre de 2026
        Hora: 8:40
        Vehículo: turismo, matrícula 4821 KLM
        Tipo de inspección: periódica

        Recuerde traer la ficha técnica y el permiso de circulación. Si llega con más de 10
        minutos de retraso, su cita podrá ser reasignada.

        Para anular la cita: https://citaprevia.itvlosllanos.es/anular?c=778120
        """)
    h = hdrs(addr("ITV Los Llanos", "citaprevia@itvlosllanos.es"),
             "Cita previa ITV confirmada - 06/11/2026 8:40", when, MADRID,
             "cita778120.20261102@itvlosllanos.es",
             host="smtp.itvlosllanos.es (smtp.itvlosllanos.es [88.87.211.30])")
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(47), family="community_meeting", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Residents' association AGM notice, Thu 22 Oct 19:30/20:00; not an interview")
def m47() -> bytes:
    when = "2026-10-07 12:30"
    body = t("""
        COMUNIDAD DE PROPIETARIOS C/ SANTA CLARA 41 - ZAMORA

        CONVOCATORIA DE JUNTA GENERAL ORDINARIA

        Por orden del Sr. Presidente, se convoca a todos los propietarios a la Junta General
        Ordinaria que se celebrará el jueves 22 de octubre de 2026 en el portal del edificio, a las
        19:30 en primera convocatoria y a las 20:00 en segunda, con el siguiente

        ORDEN DEL DÍA
        1. Aprobación de cuentas del ejercicio 2025-2026.
        2. Presupuesto 2026-2027.
        3. Sustitución del ascensor: presupuestos recibidos.
        4. Ruegos y preguntas.

        Si no puede asistir, puede delegar su voto por escrito.

        Administraciones Duero, Administrador de Fincas
        """)
    h = hdrs(addr("Administraciones Duero", "comunidades@administracionesduero.es"),
             "Convocatoria Junta General Ordinaria - Santa Clara 41", when, MADRID,
             "000a01dc38f2$7b1c2d30$71558790$@administracionesduero.es",
             host="smtp.administracionesduero.es (smtp.administracionesduero.es [31.47.73.12])",
             charset="iso-8859-15",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(48), family="webinar", lang="es", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Webinar registration with a Zoom link and an ICS, Tue 17 Nov 16:00 (CET); not an interview")
def m48() -> bytes:
    when = "2026-11-12 13:40"
    body = t("""
        Hola Lucía:

        Tu inscripción en el webinar «Aranceles y etiquetado en EE. UU. para queso y productos
        lácteos» está confirmada.

        Fecha: martes 17 de noviembre de 2026
        Hora: 16:00 - 17:30 (hora peninsular)
        Enlace Zoom: https://us02web.zoom.us/w/86120455391?tk=exportamas

        Ponentes: Laura Gil (abogada de comercio internacional) y Kevin Marsh (importador, Nueva
        Jersey).

        Te adjuntamos el evento para tu calendario.

        Plataforma Exporta+ · Formación para empresas exportadoras
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Zoom Webinar//ES
METHOD:PUBLISH
{MADRID_TZ}
BEGIN:VEVENT
UID:zoom-webinar-86120455391@zoom.us
DTSTAMP:20261112T124000Z
DTSTART;TZID=Europe/Madrid:20261117T160000
DTEND;TZID=Europe/Madrid:20261117T173000
SUMMARY:Webinar Aranceles y etiquetado en EE. UU. para queso
LOCATION:https://us02web.zoom.us/w/86120455391?tk=exportamas
ORGANIZER;CN=Plataforma Exporta+:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Plataforma Exporta+", "no-reply@zoom.us"),
             "Confirmación: webinar Aranceles y etiquetado en EE. UU. para queso", when, MADRID,
             "ZNwbR7kQTqOQ2c5e1Hd8Ag.webinar@zoom.us",
             host="zoom-mail-s3.zoom.us (zoom-mail-s3.zoom.us [170.114.52.3])",
             extra=(("Reply-To", addr("Plataforma Exporta+", "formacion@exportamas.es")),))
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                     disposition="attachment")))


@make.mail(N(49), family="availability_request", lang="es", interview=False, company="Queijaria Vale do Mondego",
           note="Portuguese HR writing in Spanish asks for two or three slots next week; nothing fixed")
def m49() -> bytes:
    when = "2026-11-03 16:05"
    body = t("""
        Hola Lucía:

        Muchas gracias por tu candidatura para el puesto de Responsable de Mercado España. Nuestro
        director comercial, João Pinto, querría hablar contigo por videollamada.

        ¿Podrías indicarme dos o tres huecos la semana que viene que te vengan bien? Por la tarde
        es más fácil para él. Recuerda que aquí tenemos una hora menos.

        Um abraço,
        Inês Moura
        Recursos Humanos | Queijaria Vale do Mondego, S.A.
        """)
    h = hdrs(addr("Inês Moura", "ines.moura@valedomondego.pt"), "Candidatura Responsable de Mercado España",
             when, LISBON, "CAG1mzW6Hk3RnVb0+Qc7t9pL2a@mail.gmail.com",
             host="mail-wr1-f47.google.com (mail-wr1-f47.google.com [209.85.221.47])")
    return message(h, alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="status_update", lang="es", interview=False, company="Chacinas Sayago",
           note="Recruitee stage update: moved to the interview stage, 'te escribiremos para buscar un hueco'; "
                "nothing scheduled")
def m50() -> bytes:
    when = "2026-11-25 11:50"
    body = t("""
        Hola Lucía:

        ¡Buenas noticias! Tu candidatura para Responsable de Exportación en Chacinas Sayago ha
        pasado a la fase de entrevistas.

        En los próximos días alguien de nuestro equipo te escribirá para buscar un hueco que os
        venga bien a los dos.

        Gracias por tu paciencia,
        Equipo de Personas · Chacinas Sayago S.L.
        """)
    h = hdrs(addr("Chacinas Sayago", "chacinassayago@mail.recruitee.com"),
             "Tu candidatura avanza: Responsable de Exportación", when, MADRID,
             "6543a1f0c8e2b_17@mail.recruitee.com",
             host="mail.recruitee.com (mail.recruitee.com [185.250.238.13])")
    return message(h, alt(text(body), html(gmail_html(body))))
