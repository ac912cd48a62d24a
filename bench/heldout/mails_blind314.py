"""blind314: a blind 50-mail held-out set, the inbox of Sara Valcarce, environmental technician at an
energy company in Ponferrada (Europe/Madrid), September to December 2026.

Written by a helper session (Claude, an AI assistant) that read only ``make.py``, ``make_blind.py``,
the non-score parts of ``bench/heldout/README.md`` and the dev corpus README, labels, two dev mails
and ``score.py``; it did not read the detector, its tests and fixtures or any other held-out mails,
and never ran the detector. Every mail below is written by hand, one function each; ``make.py``
does the MIME plumbing and the label checks. Keys 1-24 are positives (17 scheduled, 4 rescheduled,
3 cancelled), keys 25-50 negatives; file numbers are a fixed shuffle of the writing order.
All companies and people are fictional.

    python3 bench/heldout/make_blind.py blind314
"""

from __future__ import annotations

import random

import make
from make import addr, enc, t

ORDER = random.Random(3140314).sample(range(1, 51), 50)
SET = "blind314"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


MAD = "Europe/Madrid"
SARA = "sara.valcarce@example.org"
SARA_TO = addr("Sara Valcarce", SARA)


def _head(frm, subject, when, zone, mid, *extra, to=SARA_TO, relay=None, lag=4):
    """Delivered-To / Received / From / To / Subject / Date / Message-ID, then the extra headers."""
    hs = [("Delivered-To", SARA)]
    if relay:
        hs.append(("Received", make.received(relay, when, zone, "mx1.example.org (Postfix) with ESMTPS id "
                                             + mid.strip("<>").split("@")[0][:12].replace(".", "")
                                             .replace("-", "").upper(), SARA, lag)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", make.date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


VTZ_MADRID = """BEGIN:VTIMEZONE
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

VTZ_ROMANCE = """BEGIN:VTIMEZONE
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

VTZ_LISBON = """BEGIN:VTIMEZONE
TZID:Europe/Lisbon
X-LIC-LOCATION:Europe/Lisbon
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
           start="2026-09-15T08:00:00Z", end="2026-09-15T08:45:00Z",
           contact="mette.kjaergaard@nordvind-renewables.com", company="Nordvind Renewables",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=MAD,
           note="Greenhouse confirmation, time shown in the candidate's zone (CEST, UTC+2 in September); "
                "contact = recruiter in Reply-To (sender is no-reply@greenhouse.io)")
def greenhouse_nordvind():
    body = t("""
        Hi Sara,

        Thank you for scheduling your interview for the Environmental Permitting Specialist
        (Iberia) role at Nordvind Renewables. Here are the details:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 10:45 AM CEST (Europe/Madrid)
        Interviewers: Mette Kjærgaard (Talent Partner), Rubén Sotelo (HSE Lead, Iberia)
        Location: Microsoft Teams - the link is in the calendar invitation we sent separately

        The conversation will cover your experience with environmental monitoring plans,
        permitting (AAI / EIA) and working with wind farm construction contractors.

        If you need to reschedule, just reply to this email and it will reach Mette.

        Best regards,
        Nordvind Renewables Talent Team

        ---
        Powered by Greenhouse | Privacy Policy
        """)
    htm = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hi Sara,</p>
        <p>Thank you for scheduling your interview for the <strong>Environmental Permitting Specialist
        (Iberia)</strong> role at Nordvind Renewables. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM CEST (Europe/Madrid)</td></tr>
        <tr><td><b>Interviewers</b></td><td>Mette Kj&aelig;rgaard (Talent Partner), Rub&eacute;n Sotelo
        (HSE Lead, Iberia)</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams - the link is in the calendar invitation we sent
        separately</td></tr>
        </table>
        <p>The conversation will cover your experience with environmental monitoring plans, permitting
        (AAI / EIA) and working with wind farm construction contractors.</p>
        <p>If you need to reschedule, just reply to this email and it will reach Mette.</p>
        <p>Best regards,<br>Nordvind Renewables Talent Team</p>
        <p style="color:#888;font-size:11px">Powered by Greenhouse | Privacy Policy</p>
        </body></html>
        """)
    hs = _head(addr("Nordvind Renewables", "no-reply@greenhouse.io"),
               "Interview Confirmation: Environmental Permitting Specialist (Iberia) at Nordvind Renewables",
               "2026-09-08 10:14:22", "UTC", "<0100018f2a7c3b1e-5d3e1a77-9c21-4b7e-a0d2-7f1c3e9b2a11-000000@email.amazonses.com>",
               ("Reply-To", addr("Mette Kjærgaard", "mette.kjaergaard@nordvind-renewables.com")),
               relay="from a48-31.smtp-out.amazonses.com (a48-31.smtp-out.amazonses.com [54.240.48.31])")
    return make.message(hs, make.alt(make.text(body), make.html(htm)))


@make.mail(N(2), family="workable", lang="es", interview=True, kind="scheduled",
           start="2026-09-21T08:00:00Z", end="2026-09-21T08:30:00Z",
           contact="javier.dominguez@aquanor.es", company="Aquanor Tratamientos",
           local="Mon 2026-09-21 10:00", local_end="2026-09-21 10:30", zone=MAD,
           note="Workable (Spanish): 'lunes, 21 de septiembre de 2026, 10:00 - 10:30 (Europe/Madrid)', CEST; "
                "Reply-To is a Workable relay, so contact = the hiring manager's address in the body")
def workable_aquanor():
    body = t("""
        Hola Sara,

        ¡Gracias por tu interés en el puesto de Técnico/a de Medio Ambiente (EDAR) en Aquanor
        Tratamientos!

        Te confirmamos la entrevista telefónica con Javier Domínguez, Jefe de Planta:

          lunes, 21 de septiembre de 2026
          10:00 - 10:30 (Europe/Madrid)
          Teléfono: te llamaremos al número que indicaste en tu candidatura

        Si tienes alguna duda antes de la llamada puedes escribir directamente a Javier
        (javier.dominguez@aquanor.es).

        Un saludo,
        El equipo de Aquanor Tratamientos

        --
        Enviado con Workable
        """)
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;font-family:Helvetica,Arial,sans-serif">
        <p>Hola Sara,</p>
        <p>¡Gracias por tu interés en el puesto de <b>Técnico/a de Medio Ambiente (EDAR)</b> en Aquanor Tratamientos!</p>
        <p>Te confirmamos la entrevista telefónica con Javier Domínguez, Jefe de Planta:</p>
        <div style="border-left:3px solid #00756a;padding-left:12px">
        lunes, 21 de septiembre de 2026<br>10:00 - 10:30 (Europe/Madrid)<br>
        Teléfono: te llamaremos al número que indicaste en tu candidatura</div>
        <p>Si tienes alguna duda antes de la llamada puedes escribir directamente a Javier
        (<a href="mailto:javier.dominguez@aquanor.es">javier.dominguez@aquanor.es</a>).</p>
        <p>Un saludo,<br>El equipo de Aquanor Tratamientos</p>
        <p style="font-size:11px;color:#999">Enviado con Workable</p>
        </div></body></html>
        """)
    hs = _head(addr("Aquanor Tratamientos", "noreply@candidates.workablemail.com"),
               "Entrevista confirmada: Técnico/a de Medio Ambiente (EDAR)",
               "2026-09-15 11:27:40", "UTC", "<7f3a9c2e81d4.20260915112740.aquanor@candidates.workablemail.com>",
               ("Reply-To", "aquanor-tratamientos+c8a1f27d3e@candidates.workablemail.com"),
               relay="from o1.ptr4417.workablemail.com (o1.ptr4417.workablemail.com [167.89.41.17])")
    return make.message(hs, make.alt(make.text(body), make.html(htm)))


@make.mail(N(3), family="workday", lang="es", interview=True, kind="scheduled",
           start="2026-09-23T10:30:00Z", end="2026-09-23T11:30:00Z",
           contact="lucia.ferreras@enerluz-iberica.es", company="Enerluz Ibérica",
           local="Wed 2026-09-23 12:30", local_end="2026-09-23 13:30", zone=MAD,
           note="Workday, HTML only (base64), usted; Date header in -0700 (Workday servers) while the "
                "interview is 12:30-13:30 peninsular time (CEST); contact = HR technician named in the body")
def workday_enerluz():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px">
        <tr><td style="background:#005a9c;color:#fff;padding:14px 20px;font-size:18px">Enerluz Ibérica · Empleo</td></tr>
        <tr><td style="padding:20px">
        <p>Estimada Sara Valcarce:</p>
        <p>Le informamos de que su entrevista para la posición <b>Técnico/a de Medio Ambiente – Central de Ciclo
        Combinado (R-10482)</b> ha sido programada.</p>
        <p><b>Fecha:</b> miércoles, 23 de septiembre de 2026<br>
        <b>Hora:</b> 12:30 – 13:30 (hora peninsular española)<br>
        <b>Formato:</b> videoconferencia por Microsoft Teams<br>
        <b>Entrevistadores:</b> Lucía Ferreras Pardo (Recursos Humanos) y Andrés Cubero (Jefe de Medio Ambiente)</p>
        <p>Para cualquier consulta puede dirigirse a Lucía Ferreras Pardo:
        <a href="mailto:lucia.ferreras@enerluz-iberica.es">lucia.ferreras@enerluz-iberica.es</a>.</p>
        <p>Puede consultar el estado de su candidatura en cualquier momento desde su
        <a href="https://enerluz.wd3.myworkdayjobs.com/es-ES/Enerluz_Careers/userHome">página de candidato</a>.</p>
        <p>Atentamente,<br>Selección y Desarrollo – Enerluz Ibérica</p>
        </td></tr>
        <tr><td style="padding:10px 20px;font-size:10px;color:#777">Este mensaje se ha generado automáticamente.
        Por favor, no responda a esta dirección.</td></tr>
        </table></body></html>
        """)
    hs = _head(addr("Enerluz Ibérica", "enerluz@myworkday.com"),
               "Su entrevista ha sido programada – Técnico/a de Medio Ambiente (R-10482)",
               "2026-09-17 00:02:11", "America/Los_Angeles",
               "<1894224173.81772.1789642931108@wd3-prod-notify-7.myworkday.com>",
               relay="from wd3-prod-notify-7.myworkday.com (wd3-prod-notify-7.myworkday.com [69.25.158.40])")
    return make.message(hs, make.html(htm, cte="base64"))


@make.mail(N(4), family="human_prose", lang="es", interview=True, kind="rescheduled",
           start="2026-09-25T07:00:00Z", end="2026-09-25T08:00:00Z",
           contact="lucia.ferreras@enerluz-iberica.es", company="Enerluz Ibérica",
           local="Fri 2026-09-25 09:00", local_end="2026-09-25 10:00", zone=MAD,
           days=(("Wed", "2026-09-23"), ("Fri", "2026-09-25")),
           note="HR technician (usted) moves the Workday interview from Wed 23 Sep 12:30 to Fri 25 Sep 9:00, "
                "'misma duración, una hora'; both CEST; label = the new time")
def prose_enerluz_moved():
    body = t("""
        Buenos días, Sara:

        Me pongo en contacto con usted en relación con la entrevista para la posición de Técnico/a
        de Medio Ambiente en la Central de Ciclo Combinado, prevista para el miércoles 23 de
        septiembre a las 12:30.

        Por un cambio en la agenda de parada de planta, Andrés Cubero no podrá asistir ese día, por
        lo que le proponemos trasladarla al viernes 25 de septiembre a las 9:00 (hora peninsular),
        con la misma duración, una hora. Como usted ya nos indicó que los viernes por la mañana
        tiene disponibilidad, la dejamos ya confirmada para ese día; en breve le llegará la nueva
        convocatoria de Teams y la anterior quedará anulada.

        Disculpe las molestias.

        Un cordial saludo,

        Lucía Ferreras Pardo
        Técnico de Selección · Recursos Humanos
        Enerluz Ibérica, S.A.
        Tel. 987 41 22 60
        """)
    hs = _head(addr("Lucía Ferreras Pardo", "lucia.ferreras@enerluz-iberica.es"),
               "Cambio de fecha de su entrevista – Técnico/a de Medio Ambiente",
               "2026-09-21 09:48:05", MAD, "<AM9PR04MB81123C0A7D2E6B1F4D55A9B1C62A0@AM9PR04MB8112.eurprd04.prod.outlook.com>",
               ("Thread-Topic", "Cambio de fecha de su entrevista"),
               ("Content-Language", "es-ES"),
               relay="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2072.outbound.protection.outlook.com [40.107.105.72])")
    return make.message(hs, make.text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(5), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-09-30T07:30:00Z", end="2026-09-30T08:00:00Z",
           contact=None, company="Corrib Environmental",
           local="Wed 2026-09-30 09:30", local_end="2026-09-30 10:00", zone=MAD,
           note="Microsoft Bookings: the body labels the time '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris' "
                "(standard offset) but on 30 Sep Madrid is on CEST, UTC+2; the ICS (Romance Standard Time) "
                "confirms 07:30Z. Sender is the shared Bookings mailbox and only the staff name appears: contact null")
def bookings_corrib():
    body = t("""
        Your booking is confirmed

        Hi Sara Valcarce,

        Thanks for booking with Corrib Environmental - Graduate & Technician Recruitment.

        Service: Screening call - Environmental Technician (Spain)
        Wednesday, September 30, 2026
        9:30 AM - 10:00 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris
        Staff: Aoife Brennan

        Join your appointment online
        Join Microsoft Teams Meeting
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk3YjQ1NzUtYmQ4Mi00%40thread.v2/0

        Need to make changes?
        Reschedule booking | Cancel booking

        Corrib Environmental Ltd, Galway
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Corrib Environmental - Graduate & Technician Recruitment:mailto:CorribRecruitment@corribenv.onmicrosoft.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sara Valcarce:mailto:sara.valcarce@example.org",
        "DESCRIPTION;LANGUAGE=en-US:Screening call - Environmental Technician (Spain) with Aoife Brennan\\n",
        "UID:040000008200E00074C5B7101A82E0080000000064C2B0A0F54EDC01000000000000000010000000A3E1",
        "SUMMARY;LANGUAGE=en-US:Screening call - Environmental Technician (Spain)",
        "DTSTART;TZID=Romance Standard Time:20260930T093000",
        "DTEND;TZID=Romance Standard Time:20260930T100000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260924T160212Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT", "END:VCALENDAR"])
    hs = _head(addr("Corrib Environmental - Graduate & Technician Recruitment",
                    "CorribRecruitment@corribenv.onmicrosoft.com"),
               "Booking confirmed: Screening call - Environmental Technician (Spain)",
               "2026-09-24 17:02:12", "Europe/Dublin",
               "<DB9PR02MB72461E9A3C0F2B7D8E41B6C4F0A52@DB9PR02MB7246.eurprd02.prod.outlook.com>",
               ("X-MS-Has-Attach", "yes"),
               relay="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2109.outbound.protection.outlook.com [40.107.20.109])")
    return make.message(hs, make.mixed(make.text(body),
                                       make.calendar(ics, cte="base64", filename="invite.ics",
                                                     disposition="attachment", name_param=True)))


@make.mail(N(6), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-10-01T09:00:00Z", end=None,
           contact="ivan.robles@ecoterraconsultores.es", company="Ecoterra Consultores",
           local="Thu 2026-10-01 11:00", zone=MAD,
           note="Consultancy partner (tú) confirms 'el jueves a las 11:00' in León; 'el jueves' resolved against "
                "the Date (Mon 28 Sep) = Thu 1 Oct, CEST; 'una hora, más o menos' is approximate so end null")
def prose_ecoterra():
    body = t("""
        Hola Sara:

        Gracias por la llamada de esta mañana. Como hablamos, te confirmo la entrevista para el
        jueves a las 11:00 en nuestra oficina de León (Avda. Padre Isla 38, 2º izda.). Estaremos
        Beatriz, que lleva el área de vigilancia ambiental de obras, y yo. Calcula una hora, más o
        menos.

        Si puedes, trae algún ejemplo de informe de seguimiento o de plan de vigilancia que hayas
        hecho en la central (sin datos confidenciales, claro).

        Hay zona azul en la misma avenida; si vienes en tren, estamos a diez minutos andando de la
        estación.

        Un abrazo,

        Iván Robles
        Socio director · Ecoterra Consultores
        ivan.robles@ecoterraconsultores.es · 619 48 20 33
        """)
    hs = _head(addr("Iván Robles", "ivan.robles@ecoterraconsultores.es"),
               "Entrevista jueves – Ecoterra",
               "2026-09-28 17:40:51", MAD, "<5b1e0f7c-2d9a-4a3e-9f61-ecoterra0928@ecoterraconsultores.es>",
               ("X-Mailer", "Microsoft Outlook 16.0"),
               relay="from smtp.ecoterraconsultores.es (smtp.ecoterraconsultores.es [185.42.104.19])")
    return make.message(hs, make.text(body, cte="8bit"))


@make.mail(N(7), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-08T13:00:00Z", end="2026-10-08T14:00:00Z",
           contact="rhiannon.pryce@harrowgate-env.co.uk", company="Harrowgate Environmental",
           local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone="Europe/London",
           note="Exchange meeting request, TZID 'GMT Standard Time'; the body shows '(UTC+00:00) Dublin, "
                "Edinburgh, Lisbon, London' but 8 Oct is BST (UTC+1): 14:00 London = 13:00Z = 15:00 Madrid, "
                "as the note says; contact = ORGANIZER (human sender)")
def outlook_harrowgate():
    body = t("""
        Hi Sara,

        As discussed, here is the invite for your interview with me and Callum Reid (Principal
        Consultant, Air Quality). 14:00 UK time is 15:00 for you in Spain.

        Kind regards,
        Rhiannon

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 371 226 904 118
        Passcode: qH7sT2
        ________________________________________________________________________________

        When: Thursday, 8 October 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        make.VTZ["GMT Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Rhiannon Pryce:mailto:rhiannon.pryce@harrowgate-env.co.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sara Valcarce:mailto:sara.valcarce@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Reid:mailto:callum.reid@harrowgate-env.co.uk",
        "DESCRIPTION;LANGUAGE=en-GB:Hi Sara\\,\\n\\nAs discussed\\, here is the invite for your interview.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000D0F5A1A1B44FDC010000000000000000100000007C2E",
        "SUMMARY;LANGUAGE=en-GB:Interview - Sara Valcarce - Environmental Consultant (Air Quality)",
        "DTSTART;TZID=GMT Standard Time:20261008T140000",
        "DTEND;TZID=GMT Standard Time:20261008T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261002T102012Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2118904125",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    hs = _head(addr("Rhiannon Pryce", "rhiannon.pryce@harrowgate-env.co.uk"),
               "Interview - Sara Valcarce - Environmental Consultant (Air Quality)",
               "2026-10-02 11:20:12", "Europe/London",
               "<LO2P265MB4471A8C2F19D3E6B7A05C2E1D7B20@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
               ("Thread-Topic", "Interview - Sara Valcarce - Environmental Consultant (Air Quality)"),
               ("Content-Language", "en-GB"),
               relay="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2120.outbound.protection.outlook.com [40.107.10.120])")
    return make.message(hs, make.alt(make.text(body), make.calendar(ics, cte="base64")))


@make.mail(N(8), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-07T10:00:00Z", end="2026-10-07T11:00:00Z",
           contact="nerea.castanon@ecoval.es", company="Ecoval Residuos",
           local="Wed 2026-10-07 12:00", local_end="2026-10-07 13:00", zone=MAD,
           note="Google Calendar invitation, Spanish UI, '(hora de verano de Europa central - Madrid)'; "
                "ICS TZID Europe/Madrid; contact = ORGANIZER, the recruiter")
def gcal_ecoval():
    body = t("""
        Nerea Castañón te ha invitado a un evento.

        Entrevista Técnico/a de Medio Ambiente – Ecoval Residuos
        miércoles, 7 de octubre de 2026 · 12:00 – 13:00
        Zona horaria: hora de verano de Europa central - Madrid

        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/kdw-pzxq-rtf

        Organizador
        Nerea Castañón - nerea.castanon@ecoval.es

        Invitados
        Nerea Castañón - organizador
        Hugo Álvarez Merayo
        sara.valcarce@example.org

        Ver todos los detalles de los invitados

        ¿Asistirás? Sí - Quizás - No

        Invitación de Google Calendar
        Recibes este correo porque eres un invitado a este evento.
        """)
    htm = make.gmail_html(body)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ_MADRID,
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Madrid:20261007T120000",
        "DTEND;TZID=Europe/Madrid:20261007T130000",
        "DTSTAMP:20261002T104122Z",
        "ORGANIZER;CN=Nerea Castañón:mailto:nerea.castanon@ecoval.es",
        "UID:5o2l9rjv3c7f1q4h8mtd0e6b2k@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nerea Castañón;X-NUM-GUESTS=0:mailto:nerea.castanon@ecoval.es",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Álvarez Merayo;X-NUM-GUESTS=0:mailto:hugo.alvarez@ecoval.es",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sara.valcarce@example.org;X-NUM-GUESTS=0:mailto:sara.valcarce@example.org",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/kdw-pzxq-rtf",
        "CREATED:20261002T104058Z",
        "DESCRIPTION:Entrevista con Nerea (RR. HH.) y Hugo (responsable de planta de clasificación).",
        "LAST-MODIFIED:20261002T104121Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista Técnico/a de Medio Ambiente – Ecoval Residuos", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    hs = _head(addr("Nerea Castañón", "nerea.castanon@ecoval.es"),
               "Invitación: Entrevista Técnico/a de Medio Ambiente – Ecoval Residuos @ mié 7 oct 2026 12:00 - 13:00 (CEST) (sara.valcarce@example.org)",
               "2026-10-02 12:41:23", MAD, "<calendar-4f2b8e0a-77c3-4d1e-9b5a-0c6e21a9d3f7@google.com>",
               ("Reply-To", addr("Nerea Castañón", "nerea.castanon@ecoval.es")),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(htm), make.calendar(ics, cte="base64")),
        make.calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(9), family="google_calendar", lang="es", interview=True, kind="rescheduled",
           start="2026-10-08T07:30:00Z", end="2026-10-08T08:30:00Z",
           contact="nerea.castanon@ecoval.es", company="Ecoval Residuos",
           local="Thu 2026-10-08 09:30", local_end="2026-10-08 10:30", zone=MAD,
           note="Google Calendar 'Invitación actualizada' (SEQUENCE:1, same UID as the first invitation): moved "
                "from Wed 7 Oct 12:00 to Thu 8 Oct 9:30-10:30 CEST; label = the new time")
def gcal_ecoval_updated():
    body = t("""
        Se ha modificado este evento.

        Entrevista Técnico/a de Medio Ambiente – Ecoval Residuos
        Cambiado: jueves, 8 de octubre de 2026 · 9:30 – 10:30
        Antes: miércoles, 7 de octubre de 2026 · 12:00 – 13:00
        Zona horaria: hora de verano de Europa central - Madrid

        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/kdw-pzxq-rtf

        Organizador
        Nerea Castañón - nerea.castanon@ecoval.es

        Hola Sara, Hugo tiene una inspección el miércoles; lo pasamos al jueves a primera hora. ¡Gracias!

        ¿Asistirás? Sí - Quizás - No

        Invitación de Google Calendar
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", VTZ_MADRID,
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Madrid:20261008T093000",
        "DTEND;TZID=Europe/Madrid:20261008T103000",
        "DTSTAMP:20261005T065511Z",
        "ORGANIZER;CN=Nerea Castañón:mailto:nerea.castanon@ecoval.es",
        "UID:5o2l9rjv3c7f1q4h8mtd0e6b2k@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nerea Castañón;X-NUM-GUESTS=0:mailto:nerea.castanon@ecoval.es",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hugo Álvarez Merayo;X-NUM-GUESTS=0:mailto:hugo.alvarez@ecoval.es",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=sara.valcarce@example.org;X-NUM-GUESTS=0:mailto:sara.valcarce@example.org",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/kdw-pzxq-rtf",
        "CREATED:20261002T104058Z",
        "DESCRIPTION:Entrevista con Nerea (RR. HH.) y Hugo (responsable de planta de clasificación).",
        "LAST-MODIFIED:20261005T065510Z", "LOCATION:", "SEQUENCE:1", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista Técnico/a de Medio Ambiente – Ecoval Residuos", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    hs = _head(addr("Nerea Castañón", "nerea.castanon@ecoval.es"),
               "Invitación actualizada: Entrevista Técnico/a de Medio Ambiente – Ecoval Residuos @ jue 8 oct 2026 9:30 - 10:30 (CEST) (sara.valcarce@example.org)",
               "2026-10-05 08:55:11", MAD, "<calendar-a81c33d2-0f4e-4b7a-8e12-5d9f60b2c4e8@google.com>",
               ("Reply-To", addr("Nerea Castañón", "nerea.castanon@ecoval.es")),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body)),
                                        make.calendar(ics, cte="quoted-printable")))


@make.mail(N(10), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-09T10:30:00Z", end="2026-10-09T11:30:00Z",
           contact="rhiannon.pryce@harrowgate-env.co.uk", company="Harrowgate Environmental",
           local="Fri 2026-10-09 11:30", local_end="2026-10-09 12:30", zone="Europe/London",
           note="Exchange update (SEQUENCE:1, same UID) moving the interview from Thu 8 Oct 14:00 to Fri 9 Oct "
                "11:30-12:30 UK time; BST (UTC+1) although the body says (UTC+00:00); = 12:30 in Madrid")
def outlook_harrowgate_moved():
    body = t("""
        Hi Sara,

        Apologies for the change - Callum has been pulled onto a site visit on Thursday afternoon.
        I've moved us to Friday morning instead: 11:30 UK time (12:30 in Ponferrada). Same Teams
        link as before.

        Thanks for your flexibility,
        Rhiannon

        Rhiannon Pryce | Talent Acquisition Partner
        Harrowgate Environmental Ltd | Leeds

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 371 226 904 118
        Passcode: qH7sT2
        ________________________________________________________________________________

        When: Friday, 9 October 2026 11:30-12:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        make.VTZ["GMT Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Rhiannon Pryce:mailto:rhiannon.pryce@harrowgate-env.co.uk",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sara Valcarce:mailto:sara.valcarce@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Reid:mailto:callum.reid@harrowgate-env.co.uk",
        "DESCRIPTION;LANGUAGE=en-GB:Hi Sara\\,\\n\\nApologies for the change - I've moved us to Friday morning.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000D0F5A1A1B44FDC010000000000000000100000007C2E",
        "RECURRENCE-ID;TZID=GMT Standard Time:20261008T140000",
        "SUMMARY;LANGUAGE=en-GB:Interview - Sara Valcarce - Environmental Consultant (Air Quality)",
        "DTSTART;TZID=GMT Standard Time:20261009T113000",
        "DTEND;TZID=GMT Standard Time:20261009T123000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261006T080512Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-OWNERAPPTID:2118904125",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    hs = _head(addr("Rhiannon Pryce", "rhiannon.pryce@harrowgate-env.co.uk"),
               "Updated: Interview - Sara Valcarce - Environmental Consultant (Air Quality)",
               "2026-10-06 09:05:12", "Europe/London",
               "<LO2P265MB44713D0B8E7C1A2F95D6E4B0A1C93@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
               ("Thread-Topic", "Interview - Sara Valcarce - Environmental Consultant (Air Quality)"),
               ("Content-Language", "en-GB"),
               relay="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2120.outbound.protection.outlook.com [40.107.10.120])")
    return make.message(hs, make.alt(make.text(body), make.calendar(ics, cte="base64")))


@make.mail(N(11), family="reply_quoted", lang="es", interview=True, kind="scheduled",
           start="2026-10-13T14:30:00Z", end="2026-10-13T15:15:00Z",
           contact="rocio.mendana@talentiaseleccion.es", company="Recuperación Minera Sil",
           local="Tue 2026-10-13 16:30", local_end="2026-10-13 17:15", zone=MAD,
           days=(("Mon", "2026-10-12"), ("Wed", "2026-10-14")),
           note="Agency consultant replies 'queda confirmada' on top of the candidate's choice and her own three-slot "
                "proposal; the time (martes 13 a las 16:30, 45 minutos, CEST) is stated in the reply; company = the "
                "client the agency recruits for; contact = the consultant (human sender)")
def reply_talentia_confirmed():
    body = t("""
        Perfecto, Sara. Queda confirmada la entrevista con Recuperación Minera Sil el martes 13
        de octubre a las 16:30, por Teams, 45 minutos. Estarán Esteban Ovalle (director de
        restauración) y yo. Mañana te envío el enlace.

        ¡Mucha suerte!

        Rocío Mendaña
        Consultora senior · Talentia Selección
        rocio.mendana@talentiaseleccion.es

        -----Mensaje original-----
        De: Sara Valcarce <sara.valcarce@example.org>
        Enviado el: miércoles, 7 de octubre de 2026 21:14
        Para: Rocío Mendaña <rocio.mendana@talentiaseleccion.es>
        Asunto: RE: Proceso Técnico/a de Restauración Ambiental – propuesta de horarios

        Hola Rocío:

        Me viene mejor el martes 13 a las 16:30, que salgo de la central a las 15:00.

        Gracias,
        Sara

        -----Mensaje original-----
        De: Rocío Mendaña <rocio.mendana@talentiaseleccion.es>
        Enviado el: martes, 6 de octubre de 2026 13:02
        Para: Sara Valcarce <sara.valcarce@example.org>
        Asunto: Proceso Técnico/a de Restauración Ambiental – propuesta de horarios

        Hola Sara:

        El cliente quiere conocerte. ¿Cuál de estas opciones te vendría mejor?

        - lunes 12 de octubre a las 10:00
        - martes 13 de octubre a las 16:30
        - miércoles 14 de octubre a las 9:00

        Un saludo,
        Rocío
        """)
    hs = _head(addr("Rocío Mendaña", "rocio.mendana@talentiaseleccion.es"),
               "RE: Proceso Técnico/a de Restauración Ambiental – propuesta de horarios",
               "2026-10-08 10:03:37", MAD, "<VI1PR08MB5294E1C07A3B6F2D9E84A0C5D3F61@VI1PR08MB5294.eurprd08.prod.outlook.com>",
               ("In-Reply-To", "<CAL7r0s+Vq1mYd3k9XpZ2e@mail.example.org>"),
               ("References", "<VI1PR08MB52940B7D21F4C8E3A6D5E9F1B0A47@VI1PR08MB5294.eurprd08.prod.outlook.com>"
                              "\r\n <CAL7r0s+Vq1mYd3k9XpZ2e@mail.example.org>"),
               ("Thread-Topic", enc("Proceso Técnico/a de Restauración Ambiental – propuesta de horarios")),
               relay="from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2088.outbound.protection.outlook.com [40.107.21.88])")
    return make.message(hs, make.text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(12), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-10-16T07:00:00Z", end="2026-10-16T07:40:00Z",
           contact="paula.gavela@bionoroeste.es", company="Biomasa del Noroeste",
           local="Fri 2026-10-16 09:00", local_end="2026-10-16 09:40", zone=MAD,
           note="Teamtailor confirmation in Spanish with an .ics attachment (TZID Europe/Madrid, CEST); sender is "
                "the Teamtailor relay; contact = ORGANIZER, the recruiter")
def teamtailor_bionoroeste():
    body = t("""
        Hola Sara,

        ¡Tu entrevista está reservada!

        Puesto: Técnico/a de Calidad y Medio Ambiente – Planta de pélets de Cubillos del Sil
        Cuándo: viernes 16 de octubre de 2026, 9:00 – 9:40 (hora de Madrid)
        Dónde: en planta (Polígono Industrial de Cubillos del Sil, parcela 14). Pregunta por Paula
        en la recepción de oficinas.
        Con: Paula Gavela (Personas y Cultura) y Marcos Arias (Director de planta)

        Hemos adjuntado un archivo de calendario para que puedas añadirla a tu agenda.

        Si necesitas cambiar la hora, usa el enlace de tu invitación o responde a este correo.

        Saludos,
        Biomasa del Noroeste
        """)
    htm = t("""
        <!doctype html><html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1f1f1f">
        <h2 style="font-weight:600">¡Tu entrevista está reservada!</h2>
        <p>Hola Sara,</p>
        <p><b>Puesto:</b> Técnico/a de Calidad y Medio Ambiente – Planta de pélets de Cubillos del Sil<br>
        <b>Cuándo:</b> viernes 16 de octubre de 2026, 9:00 – 9:40 (hora de Madrid)<br>
        <b>Dónde:</b> en planta (Polígono Industrial de Cubillos del Sil, parcela 14). Pregunta por Paula en la recepción de oficinas.<br>
        <b>Con:</b> Paula Gavela (Personas y Cultura) y Marcos Arias (Director de planta)</p>
        <p>Hemos adjuntado un archivo de calendario para que puedas añadirla a tu agenda.</p>
        <p><a href="https://bionoroeste.teamtailor.com/interviews/9b3e1c">Cambiar hora</a></p>
        <p>Saludos,<br>Biomasa del Noroeste</p>
        <p style="font-size:11px;color:#8a8a8a">Enviado a través de Teamtailor</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Interviews//ES", "METHOD:REQUEST",
        VTZ_MADRID,
        "BEGIN:VEVENT",
        "UID:interview-9b3e1c4a7d@teamtailor.com",
        "DTSTAMP:20261009T121240Z",
        "DTSTART;TZID=Europe/Madrid:20261016T090000",
        "DTEND;TZID=Europe/Madrid:20261016T094000",
        "SUMMARY:Entrevista: Técnico/a de Calidad y Medio Ambiente – Biomasa del Noroeste",
        "LOCATION:Polígono Industrial de Cubillos del Sil\\, parcela 14",
        "ORGANIZER;CN=Paula Gavela:mailto:paula.gavela@bionoroeste.es",
        "ATTENDEE;CN=Sara Valcarce;RSVP=TRUE:mailto:sara.valcarce@example.org",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    hs = _head(addr("Biomasa del Noroeste", "no-reply@teamtailor-mail.com"),
               "Entrevista confirmada – Biomasa del Noroeste",
               "2026-10-09 14:12:40", MAD, "<65f0c2a1e8b3d_7a1f3c2d9e4@teamtailor-mail.com>",
               ("Reply-To", "reply+a7d93f10c2@inbound.teamtailor-mail.com"),
               relay="from mta-14.teamtailor-mail.com (mta-14.teamtailor-mail.com [159.112.241.14])")
    return make.message(hs, make.mixed(make.alt(make.text(body), make.html(htm)),
                                       make.calendar(ics, cte="base64", filename="entrevista.ics",
                                                     disposition="attachment", name_param=True)))


@make.mail(N(13), family="outlook_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-10-21T13:00:00Z", end="2026-10-21T14:00:00Z",
           contact="jonas.brandt@nordvind-renewables.com", company="Nordvind Renewables",
           local="Wed 2026-10-21 15:00", local_end="2026-10-21 16:00", zone="Europe/Berlin",
           note="Exchange METHOD:CANCEL, TZID 'W. Europe Standard Time' (Hamburg, CEST on 21 Oct, same as Madrid): "
                "second interview 15:00-16:00 cancelled because the role is on hold; label = the cancelled slot; "
                "contact = ORGANIZER")
def outlook_nordvind_cancel():
    body = t("""
        Dear Sara,

        I am sorry to let you know that we have to cancel tomorrow's second interview. The
        Environmental Permitting Specialist (Iberia) position has been put on hold following a
        budget review of our Spanish pipeline, and we do not want to take more of your time until
        we know whether and when it reopens.

        Mette will contact you as soon as we have news. Thank you for your understanding.

        Best regards,
        Jonas Brandt
        Head of HSE Permitting | Nordvind Renewables GmbH | Hamburg
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        make.VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Jonas Brandt:mailto:jonas.brandt@nordvind-renewables.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sara Valcarce:mailto:sara.valcarce@example.org",
        "DESCRIPTION;LANGUAGE=en-US:Dear Sara\\,\\n\\nI am sorry to let you know that we have to cancel tomorrow's second interview.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000F1A2C6D93D5EDC010000000000000000100000004B91",
        "SUMMARY;LANGUAGE=en-US:Canceled: Second interview - Sara Valcarce - Environmental Permitting Specialist",
        "DTSTART;TZID=W. Europe Standard Time:20261021T150000",
        "DTEND;TZID=W. Europe Standard Time:20261021T160000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20261020T084012Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:2", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:2", "X-MICROSOFT-CDO-OWNERAPPTID:-1477032211",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT", "END:VCALENDAR"])
    hs = _head(addr("Jonas Brandt", "jonas.brandt@nordvind-renewables.com"),
               "Canceled: Second interview - Sara Valcarce - Environmental Permitting Specialist",
               "2026-10-20 10:40:12", "Europe/Berlin",
               "<FR3P281MB1634C7E9A2D05B41F8E3A6D2C7B19@FR3P281MB1634.DEUP281.PROD.OUTLOOK.COM>",
               ("Importance", "high"), ("X-Priority", "1"),
               ("Thread-Topic", "Second interview - Sara Valcarce - Environmental Permitting Specialist"),
               relay="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2098.outbound.protection.outlook.com [40.107.135.98])")
    return make.message(hs, make.alt(make.text(body), make.calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(14), family="outlook_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-26T08:30:00Z", end="2026-10-26T09:30:00Z",
           contact="marta.oliveira@aldaba-ingenieria.es", company="Aldaba Ingeniería",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=MAD,
           note="Exchange meeting request, TZID 'Romance Standard Time', sent Wed 21 Oct in CEST (+0200) for Mon 26 "
                "Oct, the day after Europe went back to CET: 9:30 Madrid = 08:30Z, not 07:30Z; in person in Madrid; "
                "contact = ORGANIZER")
def outlook_aldaba():
    body = t("""
        Hola Sara:

        Te envío la convocatoria para la entrevista presencial en nuestras oficinas de Madrid
        (C/ Orense 62, 5ª planta). Estaremos Gonzalo Ibarra, director del área de Medio Ambiente
        Industrial, y yo. Al llegar, identifícate en el control de acceso del edificio.

        Un saludo,

        Marta Oliveira Lago
        Talent Acquisition · Aldaba Ingeniería
        T. +34 91 555 08 42

        Cuándo: lunes, 26 de octubre de 2026 9:30-10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Aldaba Ingeniería - C/ Orense 62, 5ª planta, Madrid
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Marta Oliveira Lago:mailto:marta.oliveira@aldaba-ingenieria.es",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sara Valcarce:mailto:sara.valcarce@example.org",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gonzalo Ibarra Soto:mailto:gonzalo.ibarra@aldaba-ingenieria.es",
        "DESCRIPTION;LANGUAGE=es-ES:Hola Sara:\\n\\nTe envío la convocatoria para la entrevista presencial en nuestras oficinas de Madrid.\\n",
        "UID:040000008200E00074C5B7101A82E0080000000090D7E3F2A45EDC01000000000000000010000000E6D2",
        "SUMMARY;LANGUAGE=es-ES:Entrevista Sara Valcarce - Técnico/a de Medio Ambiente Industrial",
        "DTSTART;TZID=Romance Standard Time:20261026T093000",
        "DTEND;TZID=Romance Standard Time:20261026T103000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261021T110512Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=es-ES:Aldaba Ingeniería - C/ Orense 62\\, 5ª planta\\, Madrid",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2120551873",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body lang="ES" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hola Sara:</p>
        <p>Te envío la convocatoria para la entrevista presencial en nuestras oficinas de Madrid (C/ Orense 62,
        5ª planta). Estaremos Gonzalo Ibarra, director del área de Medio Ambiente Industrial, y yo. Al llegar,
        identifícate en el control de acceso del edificio.</p>
        <p>Un saludo,</p>
        <p><b>Marta Oliveira Lago</b><br>Talent Acquisition · Aldaba Ingeniería<br>T. +34 91 555 08 42</p>
        </body></html>
        """)
    hs = _head(addr("Marta Oliveira Lago", "marta.oliveira@aldaba-ingenieria.es", "iso-8859-1"),
               "Entrevista Sara Valcarce - Técnico/a de Medio Ambiente Industrial",
               "2026-10-21 13:05:12", MAD, "<PAXPR06MB77601B3E9C2A4D8F06B5E1D3A0C28@PAXPR06MB7760.eurprd06.prod.outlook.com>",
               ("Thread-Topic", enc("Entrevista Sara Valcarce - Técnico/a de Medio Ambiente Industrial", "iso-8859-1")),
               ("Content-Language", "es-ES"),
               relay="from EUR02-PAX-obe.outbound.protection.outlook.com (mail-paxeur02on2061.outbound.protection.outlook.com [40.107.14.61])")
    return make.message(hs, make.alt(make.text(body, charset="iso-8859-1"), make.html(htm, charset="iso-8859-1"),
                                     make.calendar(ics, cte="base64")))


@make.mail(N(15), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T14:45:00Z",
           contact="dana.whitfield@calderbasin.com", company="Calder Basin Energy",
           local="Thu 2026-10-29 09:00", local_end="2026-10-29 09:45", zone="America/Chicago",
           note="Lever, Houston employer: 9:00-9:45 AM CDT on Thu 29 Oct; the US is still on daylight time (until "
                "1 Nov) while Spain is already on CET, so the gap is 6 hours: 14:00Z = 3:00 PM in Madrid, as the mail "
                "says; contact = Reply-To recruiter")
def lever_calder():
    body = t("""
        Hi Sara,

        Your interview with Calder Basin Energy is confirmed. Here are the details:

        Role: Environmental Compliance Technician - Spain Solar Portfolio
        When: Thursday, October 29, 2026, 9:00 AM - 9:45 AM CDT (Central Time - Houston)
              That's 3:00 PM - 3:45 PM for you in Madrid.
        Where: Zoom - https://calderbasin.zoom.us/j/84120937716
        Interviewer: Dana Whitfield, Senior Recruiter, and Marcus Oyelaran, EHS Manager EMEA

        Please reply to this email if you have any questions or need to make a change.

        Thanks,
        Dana

        Sent via Lever
        """)
    htm = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Sara,</p>
        <p>Your interview with Calder Basin Energy is confirmed. Here are the details:</p>
        <p><strong>Role:</strong> Environmental Compliance Technician - Spain Solar Portfolio<br>
        <strong>When:</strong> Thursday, October 29, 2026, 9:00 AM - 9:45 AM CDT (Central Time - Houston)<br>
        That's 3:00 PM - 3:45 PM for you in Madrid.<br>
        <strong>Where:</strong> Zoom - <a href="https://calderbasin.zoom.us/j/84120937716">https://calderbasin.zoom.us/j/84120937716</a><br>
        <strong>Interviewer:</strong> Dana Whitfield, Senior Recruiter, and Marcus Oyelaran, EHS Manager EMEA</p>
        <p>Please reply to this email if you have any questions or need to make a change.</p>
        <p>Thanks,<br>Dana</p>
        <p style="color:#999;font-size:11px">Sent via Lever</p>
        </body></html>
        """)
    hs = _head(addr("Dana Whitfield", "no-reply@hire.lever.co"),
               "Interview confirmed - Calder Basin Energy",
               "2026-10-20 16:31:09", "America/Chicago", "<20261020213109.4f1d7c2a9e3b@hire.lever.co>",
               ("Reply-To", addr("Dana Whitfield", "dana.whitfield@calderbasin.com")),
               relay="from mail-a1.hire.lever.co (mail-a1.hire.lever.co [198.2.180.14])")
    return make.message(hs, make.alt(make.text(body, charset="us-ascii", cte="7bit"), make.html(htm, charset="us-ascii", cte="7bit")))


@make.mail(N(16), family="forwarded", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T09:00:00Z", end="2026-11-02T10:00:00Z",
           contact="thomas.lindqvist@balticreclaim.se", company="Baltic Reclaim",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone="Europe/Stockholm",
           note="The candidate forwards (Gmail 'Fwd:') a Swedish employer's confirmation from her work-search address "
                "to her other address: Mon 2 Nov 10:00 CET (Stockholm, same as Madrid, standard time since 25 Oct), "
                "'one hour'; contact = the sender in the forwarded header (the candidate is never the contact)")
def forwarded_baltic():
    body = t("""
        para tenerlo también en el otro correo

        ---------- Forwarded message ---------
        From: Thomas Lindqvist <thomas.lindqvist@balticreclaim.se>
        Date: Tue, 27 Oct 2026 at 14:02
        Subject: Interview - Site Environmental Coordinator, Tarragona
        To: Sara Valcarce <sara.valcarce@example.org>


        Dear Sara,

        Thank you for your application for the Site Environmental Coordinator role at our new
        battery-recycling plant in Tarragona.

        I am happy to confirm your video interview on Monday 2 November at 10:00 CET (Stockholm and
        Madrid are on the same time). It will last one hour: 40 minutes with me and our plant
        manager Elena Bosch, then 20 minutes for your questions.

        We will use Google Meet: https://meet.google.com/vbn-qrst-ewy

        Best regards,

        Thomas Lindqvist
        HR Business Partner
        Baltic Reclaim AB | Stockholm
        """)
    hs = [("Delivered-To", "sara.valcarce@example.com"),
          ("Received", make.received("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
                                     "2026-10-27 20:30:44", MAD, "mx.example.com with ESMTPS id 7Hq2Lw0pXe",
                                     "sara.valcarce@example.com", 2)),
          ("From", addr("Sara Valcarce", SARA)),
          ("To", addr("Sara Valcarce", "sara.valcarce@example.com")),
          ("Subject", "Fwd: Interview - Site Environmental Coordinator, Tarragona"),
          ("Date", make.date("2026-10-27 20:30:44", MAD)),
          ("Message-ID", "<CAH3pGvX8qUo1N0e4Lk2Wm7yRzTb5sCj9dFa@mail.gmail.com>"),
          ("In-Reply-To", "<4c2a91f0-b7e3-4d68-a1c5-balticreclaim@balticreclaim.se>"),
          ("References", "<4c2a91f0-b7e3-4d68-a1c5-balticreclaim@balticreclaim.se>")]
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(17), family="personio", lang="es", interview=True, kind="scheduled",
           start="2026-11-03T10:00:00Z", end="2026-11-03T11:00:00Z",
           contact="katrin.albers@sonnenfeld-energia.es", company="Sonnenfeld Energía",
           local="Tue 2026-11-03 11:00", local_end="2026-11-03 12:00", zone=MAD,
           note="Personio invitation in Spanish from the Spanish subsidiary of a German solar company: 11:00-12:00 "
                "(Europe/Madrid), CET after 25 Oct; contact = recruiter in Reply-To")
def personio_sonnenfeld():
    body = t("""
        Hola Sara:

        Gracias por tu interés en Sonnenfeld Energía. Nos alegra invitarte a una entrevista para
        el puesto de Técnico/a HSE – Parques Fotovoltaicos Noroeste.

        Fecha: martes, 3 de noviembre de 2026
        Hora: 11:00 - 12:00 (Europe/Madrid)
        Lugar: Google Meet (recibirás el enlace en la invitación de calendario)
        Participantes: Katrin Albers (Recruiting) y Diego Carballo (Responsable HSE)

        Si tienes cualquier pregunta, responde a este correo.

        Un saludo,
        Katrin Albers
        Sonnenfeld Energía S.L.U.

        Este correo se ha enviado a través de Personio.
        """)
    hs = _head(addr("Sonnenfeld Energía", "noreply@personio.de"),
               "Invitación a entrevista: Técnico/a HSE – Parques Fotovoltaicos Noroeste",
               "2026-10-28 10:20:33", MAD, "<b7d41e9ac2f05e3b8d61a47c@mail.personio.de>",
               ("Reply-To", addr("Katrin Albers", "katrin.albers@sonnenfeld-energia.es")),
               relay="from mail.personio.de (mail.personio.de [52.59.88.102])")
    return make.message(hs, make.text(body, charset="utf-8", cte="base64"))


@make.mail(N(18), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-04T16:00:00Z", end="2026-11-04T16:45:00Z",
           contact="brianna.kowalski@harlanthermal.com", company="Harlan Thermal Systems",
           local="Wed 2026-11-04 11:00", local_end="2026-11-04 11:45", zone="America/New_York",
           note="iCIMS, HTML only: 11:00-11:45 AM Eastern on Wed 4 Nov, after the US change of 1 Nov, so EST (UTC-5) "
                "although the mail itself is dated in EDT (-0400); 16:00Z = 5:00 PM in Spain as the mail says; "
                "contact = coordinator's address in the body")
def icims_harlan():
    htm = t("""
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="border-bottom:3px solid #c8102e;padding:10px 0"><b>HARLAN THERMAL SYSTEMS</b> | Careers</td></tr>
        <tr><td style="padding:16px 0">
        <p>Dear Sara,</p>
        <p>Thank you for your interest in the <b>EHS Technician - Ponferrada Site (Req #2026-4471)</b> position.
        Your interview has been scheduled as follows:</p>
        <p>Date: 11/04/2026 (Wednesday)<br>
        Time: 11:00 AM - 11:45 AM Eastern Time (5:00 PM - 5:45 PM Central European Time)<br>
        Type: Video interview (Microsoft Teams)<br>
        Interviewer(s): Greg Talbot, Director EHS Europe; Brianna Kowalski, Recruiting Coordinator</p>
        <p>If you have questions or need to reschedule, please contact Brianna Kowalski at
        <a href="mailto:brianna.kowalski@harlanthermal.com">brianna.kowalski@harlanthermal.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Harlan Thermal Systems, Inc.</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#666">This message was sent from an unmonitored address.
        Harlan Thermal Systems is an Equal Opportunity Employer.</td></tr>
        </table></body></html>
        """)
    hs = _head(addr("Harlan Thermal Systems Careers", "harlanthermal@talent.icims.com"),
               "Interview Scheduled: EHS Technician - Ponferrada Site (Req #2026-4471)",
               "2026-10-28 14:17:52", "America/New_York", "<1730138272514.26119.harlanthermal@talent.icims.com>",
               relay="from smtp02.icims.com (smtp02.icims.com [65.205.64.22])")
    return make.message(hs, make.html(htm, cte="quoted-printable"))


@make.mail(N(19), family="human_prose", lang="es-MX", interview=True, kind="scheduled",
           start="2026-11-10T15:00:00Z", end="2026-11-10T15:45:00Z",
           contact="guadalupe.ortiz@cerroalto.com.mx", company="Minera Cerro Alto",
           local="Tue 2026-11-10 09:00", local_end="2026-11-10 09:45", zone="America/Mexico_City",
           note="Mexican recruiter (usted, windows-1252): 'martes 10 de noviembre a las 9:00 hrs (hora del centro de "
                "México)', 45 minutes; Mexico City has no DST since 2022 (UTC-6) -> 15:00Z, 16:00 in Spain as written")
def prose_cerroalto():
    body = t("""
        Estimada Sara, buen día:

        Por medio del presente le confirmo su entrevista para la vacante de Especialista en
        Cierre de Minas y Restauración Ambiental, que se llevará a cabo el martes 10 de noviembre
        a las 9:00 hrs (hora del centro de México), que para usted en Ponferrada serán las
        16:00 hrs. La entrevista tendrá una duración de 45 minutos y estará presente el Ing.
        Rodrigo Saldaña, Gerente de Medio Ambiente de la Unidad Zacatecas.

        Liga de Zoom: https://cerroalto.zoom.us/j/93377120548  (ID 933 7712 0548, código 221026)

        Le agradeceré confirmarme de recibido. Quedo a sus órdenes para cualquier duda.

        Saludos cordiales,

        Lic. Guadalupe Ortiz Ramírez
        Atracción de Talento
        Minera Cerro Alto, S.A. de C.V.
        Tel. +52 55 5208 4410
        """)
    hs = _head(addr("Guadalupe Ortiz Ramírez", "guadalupe.ortiz@cerroalto.com.mx", "windows-1252"),
               "Confirmación de entrevista - Especialista en Cierre de Minas",
               "2026-11-04 10:15:27", "America/Mexico_City",
               "<SJ0PR11MB5088D2A6E8C13F47B9A05E2C91D40@SJ0PR11MB5088.namprd11.prod.outlook.com>",
               ("Content-Language", "es-MX"),
               relay="from NAM11-SJ0-obe.outbound.protection.outlook.com (mail-sj0nam11on2101.outbound.protection.outlook.com [40.107.223.101])")
    return make.message(hs, make.alt(make.text(body, charset="windows-1252"),
                                     make.html("<html><body><div style=\"font-family:Calibri\">"
                                               + body.replace("&", "&amp;").replace("\n", "<br>\n")
                                               + "</div></body></html>\n", charset="windows-1252")))


@make.mail(N(20), family="human_prose", lang="es-MX", interview=True, kind="rescheduled",
           start="2026-11-12T14:30:00Z", end="2026-11-12T15:15:00Z",
           contact="guadalupe.ortiz@cerroalto.com.mx", company="Minera Cerro Alto",
           local="Thu 2026-11-12 08:30", local_end="2026-11-12 09:15", zone="America/Mexico_City",
           days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12")),
           note="Same Mexican recruiter moves the interview from Tue 10 Nov 9:00 to Thu 12 Nov 8:30 hrs CDMX (UTC-6), "
                "'los mismos 45 minutos'; '15:30 hora de España' agrees; label = the new time")
def prose_cerroalto_moved():
    body = t("""
        Estimada Sara:

        Una disculpa por el cambio. El Ing. Saldaña tiene que viajar a la Unidad Zacatecas el
        martes, por lo que le pido de favor mover su entrevista del martes 10 de noviembre a las
        9:00 hrs al jueves 12 de noviembre a las 8:30 hrs (hora del centro de México), es decir,
        15:30 hora de España. Serán los mismos 45 minutos y la misma liga de Zoom.

        Ya quedó agendado así con el Ingeniero; si por alguna razón no le fuera posible, me avisa
        y buscamos otra opción.

        Saludos cordiales,

        Lic. Guadalupe Ortiz Ramírez
        Atracción de Talento
        Minera Cerro Alto, S.A. de C.V.

        ________________________________
        De: Sara Valcarce <sara.valcarce@example.org>
        Enviado: miércoles, 4 de noviembre de 2026 11:02
        Para: Guadalupe Ortiz Ramírez <guadalupe.ortiz@cerroalto.com.mx>
        Asunto: RE: Confirmación de entrevista - Especialista en Cierre de Minas

        Buenas tardes, Guadalupe:

        Le confirmo de recibido. Allí estaré el martes.

        Un saludo,
        Sara Valcarce
        """)
    hs = _head(addr("Guadalupe Ortiz Ramírez", "guadalupe.ortiz@cerroalto.com.mx", "windows-1252"),
               "RE: Confirmación de entrevista - Especialista en Cierre de Minas",
               "2026-11-09 08:40:02", "America/Mexico_City",
               "<SJ0PR11MB50889F1C3B7E2D05A6C48E1B72F35@SJ0PR11MB5088.namprd11.prod.outlook.com>",
               ("In-Reply-To", "<CAL7r0sNx4mPq2Wd8HcT0e@mail.example.org>"),
               ("Content-Language", "es-MX"),
               relay="from NAM11-SJ0-obe.outbound.protection.outlook.com (mail-sj0nam11on2101.outbound.protection.outlook.com [40.107.223.101])")
    return make.message(hs, make.text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(21), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-11-24T08:30:00Z", end="2026-11-24T11:00:00Z",
           contact="ingrid.solberg@vestrandpower.com", company="Vestrand Power",
           local="Tue 2026-11-24 09:30", local_end="2026-11-24 12:00", zone=MAD,
           note="GoodTime virtual final round, three sessions 9:30-10:15, 10:30-11:15, 11:30-12:00 CET: start = first, "
                "end = last; contact = coordinator in Reply-To")
def goodtime_vestrand():
    body = t("""
        Hi Sara,

        Your final-round interviews with Vestrand Power are confirmed. All times are shown in your
        time zone (Central European Time - Madrid).

        Tuesday, November 24, 2026

          9:30 AM - 10:15 AM   Environmental & Social Impact - Lars Haugen, Head of ESIA
          10:30 AM - 11:15 AM  Case study: bird and bat monitoring at a hybrid site - Ana Prieto, Senior Ecologist
          11:30 AM - 12:00 PM  Wrap-up - Ingrid Solberg, Talent Acquisition

        Each session has its own Microsoft Teams link in the calendar invitations you will receive.

        Need to make a change? Reply to this email to reach Ingrid.

        Good luck!
        Vestrand Power Recruiting

        Scheduled with GoodTime
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Sara,</p>
        <p>Your final-round interviews with Vestrand Power are confirmed. All times are shown in your time zone
        (Central European Time - Madrid).</p>
        <h3 style="margin-bottom:4px">Tuesday, November 24, 2026</h3>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td>9:30 AM - 10:15 AM</td><td>Environmental &amp; Social Impact - Lars Haugen, Head of ESIA</td></tr>
        <tr><td>10:30 AM - 11:15 AM</td><td>Case study: bird and bat monitoring at a hybrid site - Ana Prieto, Senior Ecologist</td></tr>
        <tr><td>11:30 AM - 12:00 PM</td><td>Wrap-up - Ingrid Solberg, Talent Acquisition</td></tr>
        </table>
        <p>Each session has its own Microsoft Teams link in the calendar invitations you will receive.</p>
        <p>Need to make a change? Reply to this email to reach Ingrid.</p>
        <p>Good luck!<br>Vestrand Power Recruiting</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = _head(addr("Vestrand Power Recruiting", "scheduling@mail.goodtime.io"),
               "Confirmed: Your final-round interviews with Vestrand Power",
               "2026-11-16 11:00:41", MAD, "<0102018f7d2c9a41-3b8e6f10-5a7c-4e21-9d03-gt1116@mail.goodtime.io>",
               ("Reply-To", addr("Ingrid Solberg", "ingrid.solberg@vestrandpower.com")),
               relay="from a9-114.smtp-out.amazonses.com (a9-114.smtp-out.amazonses.com [54.240.9.114])")
    return make.message(hs, make.alt(make.text(body), make.html(htm)))


@make.mail(N(22), family="rfc822_attachment", lang="es", interview=True, kind="scheduled",
           start="2026-11-27T11:00:00Z", end="2026-11-27T12:00:00Z",
           contact="miguelangel.fuentes@kovalia.es", company="Áridos y Calizas Valdeorras",
           local="Fri 2026-11-27 12:00", local_end="2026-11-27 13:00", zone=MAD,
           note="Headhunter forwards the client's confirmation as a message/rfc822 attachment: 'viernes 27 de noviembre, "
                "de 12:00 a 13:00' at the quarry, CET; contact = the headhunter (human sender) before the client's HR "
                "address inside the attachment; company = the hiring client")
def rfc822_kovalia():
    inner_body = t("""
        Buenos días, Miguel Ángel:

        Te confirmo que Sara Valcarce queda citada el viernes 27 de noviembre, de 12:00 a 13:00,
        en nuestras oficinas de la cantera de O Barco (Ctra. OU-533, km 4). La recibirán Xosé
        Lamas, jefe de explotación, y Noelia Prada, de RR. HH. Debe traer calzado de seguridad
        porque haremos una breve visita al frente de explotación y a la zona restaurada.

        Saludos,

        Noelia Prada Rivas
        Recursos Humanos · Áridos y Calizas Valdeorras, S.L.
        noelia.prada@aridosvaldeorras.es
        """)
    inner = make.message([
        ("From", addr("Noelia Prada Rivas", "noelia.prada@aridosvaldeorras.es")),
        ("To", addr("Miguel Ángel Fuentes", "miguelangel.fuentes@kovalia.es")),
        ("Subject", enc("Entrevista candidata Técnico/a de Medio Ambiente y Restauración")),
        ("Date", make.date("2026-11-20 13:48:10", MAD)),
        ("Message-ID", "<00a101dd5c2e$4f7b1e20$ee715960$@aridosvaldeorras.es>"),
        ("X-Mailer", "Microsoft Outlook 16.0")],
        make.text(inner_body, charset="iso-8859-15", cte="quoted-printable"))
    body = t("""
        Hola Sara:

        Te reenvío la confirmación del cliente. Todo cerrado para el viernes 27 a las 12:00 en la
        cantera de O Barco; son unos 50 minutos en coche desde Ponferrada. No olvides las botas de
        seguridad.

        Cualquier cosa me llamas al 676 30 11 84.

        Un abrazo,

        Miguel Ángel Fuentes
        Socio · Kovalia Executive Search
        """)
    hs = _head(addr("Miguel Ángel Fuentes", "miguelangel.fuentes@kovalia.es"),
               "RV: Entrevista candidata Técnico/a de Medio Ambiente y Restauración",
               "2026-11-23 09:10:25", MAD, "<000f01dd5f1a$7c3e2b90$74ba82b0$@kovalia.es>",
               ("X-Mailer", "Microsoft Outlook 16.0"),
               relay="from smtp.kovalia.es (smtp.kovalia.es [91.142.220.35])")
    return make.message(hs, make.mixed(make.text(body, charset="iso-8859-15", cte="8bit"),
                                       make.attached_message(inner, "Entrevista candidata.eml")))


@make.mail(N(23), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-12-01T14:00:00Z", end="2026-12-01T14:45:00Z",
           contact="ines.carvalho@atlantica-env.pt", company="Atlântica Environmental",
           local="Tue 2026-12-01 14:00", local_end="2026-12-01 14:45", zone="Europe/Lisbon",
           note="Google Calendar METHOD:CANCEL from a Porto employer: 'Tue Dec 1, 2026 2pm - 2:45pm (Western European "
                "Standard Time)', Lisbon is UTC+0 in December, one hour behind Madrid (15:00 for the candidate); label "
                "= the cancelled slot; contact = ORGANIZER")
def gcal_atlantica_cancel():
    body = t("""
        This event has been canceled.

        Interview: Field Environmental Technician (Galicia) - Atlântica Environmental
        Tuesday Dec 1, 2026 ⋅ 2pm – 2:45pm (Western European Standard Time - Lisbon)

        Hi Sara - we need to cancel this one, the Galicia project has been postponed by the client.
        I'll be in touch if it restarts. Sorry! Inês

        Organizer
        Inês Carvalho - ines.carvalho@atlantica-env.pt

        Guests
        Inês Carvalho - organizer
        sara.valcarce@example.org

        Invitation from Google Calendar
        You are receiving this email because you are an attendee of the event.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:CANCEL", VTZ_LISBON,
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Lisbon:20261201T140000",
        "DTEND;TZID=Europe/Lisbon:20261201T144500",
        "DTSTAMP:20261126T091530Z",
        "ORGANIZER;CN=Inês Carvalho:mailto:ines.carvalho@atlantica-env.pt",
        "UID:1c7qv0m3k8e2t9h4b6rjd5sna0@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=sara.valcarce@example.org;X-NUM-GUESTS=0:mailto:sara.valcarce@example.org",
        "CREATED:20261119T170204Z",
        "DESCRIPTION:Hi Sara - we need to cancel this one\\, the Galicia project has been postponed by the client.",
        "LAST-MODIFIED:20261126T091529Z", "LOCATION:", "SEQUENCE:1", "STATUS:CANCELLED",
        "SUMMARY:Interview: Field Environmental Technician (Galicia) - Atlântica Environmental", "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    hs = _head(addr("Inês Carvalho", "ines.carvalho@atlantica-env.pt"),
               "Canceled event: Interview: Field Environmental Technician (Galicia) - Atlântica Environmental @ Tue Dec 1, 2026 2pm - 2:45pm (WET) (sara.valcarce@example.org)",
               "2026-11-26 09:15:31", "Europe/Lisbon", "<calendar-d40e7a15-9b2c-4f83-a6e1-7c05b38f2d91@google.com>",
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])")
    return make.message(hs, make.mixed(
        make.alt(make.text(body), make.html(make.gmail_html(body)), make.calendar(ics, method="CANCEL", cte="base64")),
        make.calendar(ics, method="CANCEL", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(N(24), family="human_prose", lang="es", interview=True, kind="cancelled",
           start="2026-12-03T09:00:00Z", end="2026-12-03T10:30:00Z",
           contact="katrin.albers@sonnenfeld-energia.es", company="Sonnenfeld Energía",
           local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:30", zone=MAD,
           note="Recruiter cancels the second interview 'del jueves 3 de diciembre de 10:00 a 11:30' because the position "
                "was filled internally; CET; label = the cancelled slot, no new time")
def prose_sonnenfeld_cancel():
    body = t("""
        Hola Sara:

        Lamento escribirte con malas noticias. Tenemos que cancelar la segunda entrevista que
        teníamos prevista para el jueves 3 de diciembre de 10:00 a 11:30 en nuestras oficinas de
        Valladolid. Esta semana se ha decidido cubrir el puesto de Técnico/a HSE – Parques
        Fotovoltaicos Noroeste con una persona del equipo de construcción, y el proceso externo
        queda cerrado.

        Diego y yo nos quedamos con muy buena impresión de la primera entrevista; si te parece bien,
        guardamos tu candidatura para las próximas vacantes de operación y mantenimiento que
        abriremos en 2027.

        Gracias por tu tiempo y perdona las molestias (y el viaje que ya tenías organizado).

        Un saludo,

        Katrin Albers
        Recruiting · Sonnenfeld Energía S.L.U.
        katrin.albers@sonnenfeld-energia.es
        """)
    hs = _head(addr("Katrin Albers", "katrin.albers@sonnenfeld-energia.es"),
               "Segunda entrevista del jueves 3/12 – cancelada",
               "2026-11-27 12:30:19", MAD, "<CAG9x2kR7d0Ym3Pq5vT1LnW8eHs4Zb6AfJc@mail.gmail.com>",
               relay="from mail-wm1-f47.google.com (mail-wm1-f47.google.com [209.85.128.47])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


# =========================================================================== negatives


@make.mail(N(25), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Tue", "2026-09-22"),),
           note="Dentist appointment reminder (martes 22 de septiembre, 17:30): a fixed time, not an interview")
def dentist():
    body = t("""
        Hola SARA,

        Le recordamos su cita en Clínica Dental Sonrisa Bierzo:

        Día: martes, 22 de septiembre de 2026
        Hora: 17:30
        Profesional: Dra. Carmen Alonso (higiene y revisión)
        Dirección: Avda. de España 41, 1º B, Ponferrada

        Para confirmar responda SÍ; para anular o cambiar la cita llame al 987 40 71 15.
        Si no puede acudir, le rogamos que avise con 24 horas de antelación.

        Clínica Dental Sonrisa Bierzo
        """)
    hs = _head(addr("Clínica Dental Sonrisa Bierzo", "citas@sonrisabierzo.es"),
               "Recordatorio de cita – martes 22/09 a las 17:30",
               "2026-09-18 10:00:03", MAD, "<20260918080003.9a1c.citas@sonrisabierzo.es>",
               relay="from smtp.gesden-mailer.net (smtp.gesden-mailer.net [94.23.188.201])")
    return make.message(hs, make.text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(26), family="auto_reply", lang="es", interview=False, company="Enerluz Ibérica",
           days=(("Mon", "2026-09-14"),),
           note="Out-of-office auto-reply from the HR technician to the candidate's question about her application; "
                "no appointment")
def autoreply_lucia():
    body = t("""
        Gracias por su mensaje.

        Me encuentro fuera de la oficina hasta el lunes 14 de septiembre, sin acceso al correo.
        Para asuntos urgentes relacionados con procesos de selección puede escribir a
        seleccion@enerluz-iberica.es.

        Un saludo,
        Lucía Ferreras Pardo
        Recursos Humanos · Enerluz Ibérica
        """)
    hs = _head(addr("Lucía Ferreras Pardo", "lucia.ferreras@enerluz-iberica.es"),
               "Respuesta automática: Consulta sobre candidatura R-10482",
               "2026-09-09 19:22:47", MAD, "<AM9PR04MB8112A0E3C57B2D19F6E48C0D12B77@AM9PR04MB8112.eurprd04.prod.outlook.com>",
               ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("In-Reply-To", "<CAL7r0sQm2kTb9Vx1Ly4Ne@mail.example.org>"),
               relay="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2072.outbound.protection.outlook.com [40.107.105.72])")
    return make.message(hs, make.text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(27), family="application_receipt", lang="es", interview=False, company="Enerluz Ibérica",
           note="Workday application receipt (HTML only): nothing scheduled")
def workday_receipt():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px">
        <tr><td style="background:#005a9c;color:#fff;padding:14px 20px;font-size:18px">Enerluz Ibérica · Empleo</td></tr>
        <tr><td style="padding:20px">
        <p>Estimada Sara Valcarce:</p>
        <p>Gracias por su interés en Enerluz Ibérica. Hemos recibido correctamente su solicitud para la posición
        <b>Técnico/a de Medio Ambiente – Central de Ciclo Combinado (R-10482)</b>.</p>
        <p>Nuestro equipo de Selección revisará su perfil y, si encaja con los requisitos del puesto, se pondrá en
        contacto con usted para los siguientes pasos. Debido al volumen de candidaturas, este proceso puede
        tardar algunas semanas.</p>
        <p>Puede consultar el estado de su solicitud desde su
        <a href="https://enerluz.wd3.myworkdayjobs.com/es-ES/Enerluz_Careers/userHome">página de candidato</a>.</p>
        <p>Atentamente,<br>Selección y Desarrollo – Enerluz Ibérica</p>
        </td></tr></table></body></html>
        """)
    hs = _head(addr("Enerluz Ibérica", "enerluz@myworkday.com"),
               "Hemos recibido su solicitud – Técnico/a de Medio Ambiente (R-10482)",
               "2026-09-03 02:47:30", "America/Los_Angeles",
               "<1712886501.44120.1788428850221@wd3-prod-notify-2.myworkday.com>",
               relay="from wd3-prod-notify-2.myworkday.com (wd3-prod-notify-2.myworkday.com [69.25.158.35])")
    return make.message(hs, make.html(htm, cte="base64"))


@make.mail(N(28), family="job_alert", lang="es", interview=False, company=None,
           note="Job board alert with five environmental-technician offers; platform mail")
def job_alert():
    body = t("""
        Hola Sara, tenemos 5 ofertas nuevas para tu alerta
        «técnico medio ambiente» en León y provincias limítrofes

        1. Técnico/a de Medio Ambiente – Planta de valorización de RCD
           Reciclados Órbigo S.L. · Astorga (León) · 24.000 – 27.000 € b/a
        2. Técnico/a de Vigilancia Ambiental de obra (parque eólico)
           Consultora (confidencial) · El Bierzo · 26.000 € b/a
        3. Técnico/a de Calidad, Medio Ambiente y PRL
           Conservas Valle del Sil · Ponferrada · Salario a convenir
        4. Técnico/a de Laboratorio de aguas
           Aguas de Villablino S.A. · Villablino (León) · 23.500 € b/a
        5. Environmental Technician (English B2+)
           Multinacional del sector renovables · Remoto / León

        Ver todas las ofertas: https://www.empleoverde.es/alertas/4471932

        Recibes este correo porque creaste una alerta en EmpleoVerde.
        Gestionar alertas | Darse de baja
        """)
    htm = "<html><body style=\"font-family:Arial\">" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n"
    hs = _head(addr("EmpleoVerde", "alertas@mail.empleoverde.es"),
               "5 ofertas nuevas: técnico medio ambiente en León",
               "2026-09-29 07:30:12", MAD, "<alerta.4471932.20260929@mail.empleoverde.es>",
               ("List-Unsubscribe", "<https://www.empleoverde.es/alertas/baja?u=4471932>"),
               ("Precedence", "bulk"),
               relay="from mail.empleoverde.es (mail.empleoverde.es [46.24.150.77])")
    return make.message(hs, make.alt(make.text(body), make.html(htm)))


@make.mail(N(29), family="assessment", lang="en", interview=False, company="Nordvind Renewables",
           days=(("Fri", "2026-09-11"),),
           note="Online assessment to complete by a deadline (Fri 11 Sep 23:59 CEST): not an interview")
def nordvind_assessment():
    body = t("""
        Hi Sara,

        As the next step in your application for Environmental Permitting Specialist (Iberia), we
        invite you to complete a short online assessment (about 35 minutes: a written English
        exercise and a situational judgement test).

        Please complete it by Friday, September 11, 2026 at 11:59 PM CEST.

        Start your assessment: https://app.greenhouse.io/tests/8d21f0c4a7

        You can take it at any time before the deadline; it cannot be paused once started.

        Best regards,
        Nordvind Renewables Talent Team
        """)
    hs = _head(addr("Nordvind Renewables", "no-reply@greenhouse.io"),
               "Next step: online assessment - Environmental Permitting Specialist (Iberia)",
               "2026-09-04 08:02:51", "UTC", "<0100018f1b9e4c27-8a5d2b6e-31f0-4c7a-b9e2-0d4f7a1c6e83-000000@email.amazonses.com>",
               ("Reply-To", addr("Mette Kjærgaard", "mette.kjaergaard@nordvind-renewables.com")),
               relay="from a48-31.smtp-out.amazonses.com (a48-31.smtp-out.amazonses.com [54.240.48.31])")
    return make.message(hs, make.text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(30), family="scheduling_proposal", lang="es", interview=False, company="Recuperación Minera Sil",
           days=(("Mon", "2026-10-12"), ("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
           note="Agency consultant proposes three slots and asks which suits: nothing confirmed yet (the confirmation "
                "comes two days later in a separate reply)")
def talentia_proposal():
    body = t("""
        Hola Sara:

        ¡Buenas noticias! Recuperación Minera Sil ha revisado tu candidatura para el puesto de
        Técnico/a de Restauración Ambiental y quiere conocerte. La entrevista sería por Teams, de
        unos 45 minutos, con Esteban Ovalle (director de restauración) y conmigo.

        ¿Cuál de estas opciones te vendría mejor?

        - lunes 12 de octubre a las 10:00
        - martes 13 de octubre a las 16:30
        - miércoles 14 de octubre a las 9:00

        En cuanto me digas, lo cierro con ellos y te confirmo.

        Un saludo,

        Rocío Mendaña
        Consultora senior · Talentia Selección
        rocio.mendana@talentiaseleccion.es · 983 21 64 90
        """)
    hs = _head(addr("Rocío Mendaña", "rocio.mendana@talentiaseleccion.es"),
               "Proceso Técnico/a de Restauración Ambiental – propuesta de horarios",
               "2026-10-06 13:02:18", MAD, "<VI1PR08MB52940B7D21F4C8E3A6D5E9F1B0A47@VI1PR08MB5294.eurprd08.prod.outlook.com>",
               relay="from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2088.outbound.protection.outlook.com [40.107.21.88])")
    return make.message(hs, make.text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(31), family="non_interview_calendar", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-15"),),
           note="Exchange meeting request from the candidate's boss at her current employer (quarterly environmental "
                "monitoring review, Romance Standard Time): a confirmed meeting, not a job interview")
def work_meeting():
    body = t("""
        Buenos días:

        Convoco la reunión trimestral de seguimiento del Programa de Vigilancia Ambiental del
        parque de cenizas. Revisaremos los resultados de piezómetros y de la red de inmisión del
        tercer trimestre y el calendario de la próxima inspección de la Junta.

        Sara: trae por favor los gráficos de PM10 de septiembre.

        Ramón Tahoces
        Jefe de Medio Ambiente · Central Térmica del Sil

        Cuándo: jueves, 15 de octubre de 2026 9:00-10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala de reuniones 2 - Edificio de oficinas
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ_ROMANCE,
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Ramón Tahoces Cela:mailto:ramon.tahoces@termicadelsil.es",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sara Valcarce Ramos:mailto:svalcarce@termicadelsil.es",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Óscar Bello:mailto:obello@termicadelsil.es",
        "UID:040000008200E00074C5B7101A82E008000000007A1C0E5E3F4CDC0100000000000000001000000052F0",
        "SUMMARY;LANGUAGE=es-ES:Seguimiento trimestral PVA - parque de cenizas",
        "DTSTART;TZID=Romance Standard Time:20261015T090000",
        "DTEND;TZID=Romance Standard Time:20261015T103000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261007T064412Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=es-ES:Sala de reuniones 2 - Edificio de oficinas",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT", "END:VCALENDAR"])
    hs = [("From", addr("Ramón Tahoces Cela", "ramon.tahoces@termicadelsil.es")),
          ("To", addr("Sara Valcarce Ramos", "svalcarce@termicadelsil.es") + ", "
                 + addr("Óscar Bello", "obello@termicadelsil.es")),
          ("Subject", "Seguimiento trimestral PVA - parque de cenizas"),
          ("Date", make.date("2026-10-07 08:44:12", MAD)),
          ("Message-ID", "<DB8PR09MB3457F02C61A9E4B7D3C08A5E6F21B@DB8PR09MB3457.eurprd09.prod.outlook.com>"),
          ("Resent-From", addr("Sara Valcarce Ramos", "svalcarce@termicadelsil.es")),
          ("Resent-To", SARA),
          ("Resent-Date", make.date("2026-10-07 08:44:15", MAD))]
    return make.message(hs, make.alt(make.text(body, charset="iso-8859-15"), make.calendar(ics, cte="base64")))


@make.mail(N(32), family="webinar", lang="es", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Webinar registration confirmation ('Cómo preparar tu entrevista en renovables', jueves 22 de octubre "
                "18:00): an event about interviews, not one")
def webinar():
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef5ee;padding:20px">
        <div style="background:#fff;max-width:560px;margin:auto;padding:24px;border-radius:6px">
        <h2 style="color:#2e7d32">¡Tu plaza está reservada!</h2>
        <p>Hola Sara,</p>
        <p>Te confirmamos la inscripción al webinar gratuito:</p>
        <p><b>«Cómo preparar tu entrevista en el sector de las renovables: preguntas técnicas, casos prácticos y
        negociación salarial»</b></p>
        <p>📅 jueves, 22 de octubre de 2026<br>🕕 18:00 – 19:15 (hora peninsular)<br>💻 Online (Zoom Webinar)</p>
        <p>Ponentes: Elena Sastre (headhunter del sector energético) y Pablo Rey (técnico HSE en parques eólicos).</p>
        <p>El enlace de acceso te llegará el mismo día, una hora antes del inicio.</p>
        <p><a href="https://renovajobs.es/academia/webinar-entrevistas">Añadir al calendario</a></p>
        <p style="font-size:11px;color:#888">RenovaJobs Academia · Darse de baja</p>
        </div></body></html>
        """)
    hs = _head(addr("RenovaJobs Academia", "academia@news.renovajobs.es"),
               "Inscripción confirmada: webinar «Cómo preparar tu entrevista en renovables»",
               "2026-10-14 12:05:40", MAD, "<20261014100540.d7e2f1@news.renovajobs.es>",
               ("List-Unsubscribe", "<mailto:baja@news.renovajobs.es>"),
               relay="from mta2.news.renovajobs.es (mta2.news.renovajobs.es [185.107.232.18])")
    return make.message(hs, make.html(htm))


@make.mail(N(33), family="scheduling_link", lang="en", interview=False, company="Vestrand Power",
           note="Recruiter sends a Calendly link to book a 20-minute intro call: nothing booked yet")
def vestrand_calendly_link():
    body = t("""
        Hi Sara,

        Thanks for applying for the Environmental Advisor role on our Iberian hybrid projects - your
        background at a thermal plant with a wind-and-solar transition plan is exactly what we are
        looking for.

        Could you pick a slot for a 20-minute intro call with me next week? Here is my booking page:
        https://calendly.com/ingrid-solberg-vestrand/20min

        All slots are shown in your own time zone.

        Best,
        Ingrid

        Ingrid Solberg
        Talent Acquisition Partner | Vestrand Power AS | Oslo
        """)
    hs = _head(addr("Ingrid Solberg", "ingrid.solberg@vestrandpower.com"),
               "Vestrand Power - Environmental Advisor (Iberia): intro call",
               "2026-10-30 14:18:09", "Europe/Oslo", "<CAK5wz1Hq7R0s9eV3mB2Tx6nY8pL4cDfGu@mail.gmail.com>",
               relay="from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(34), family="travel_ticket", lang="es", interview=False, company=None,
           days=(("Sun", "2026-10-25"), ("Mon", "2026-10-26")),
           note="Train ticket Ponferrada - Madrid for the trip to the in-person interview (out Sun 25 Oct 16:12, back "
                "Mon 26 Oct 14:35): travel, not the interview")
def train_ticket():
    body = t("""
        IBERRAIL - Confirmación de compra

        Localizador: K7Q2MX
        Viajera: SARA VALCARCE RAMOS

        IDA   domingo, 25/10/2026
              Ponferrada 16:12  ->  Madrid-Chamartín 20:31
              Tren Alvia 4082 · Coche 6 · Plaza 11A · Turista

        VUELTA lunes, 26/10/2026
              Madrid-Chamartín 14:35  ->  Ponferrada 18:49
              Tren Alvia 4093 · Coche 3 · Plaza 7C · Turista

        Importe total: 71,40 €  (tarjeta ****4418)

        Presente este billete en el control de acceso junto con su documento de identidad.
        Cambios y anulaciones en iberrail.es o en la app.
        """)
    hs = _head(addr("IBERRAIL", "billetes@iberrail.es"),
               "Su billete IBERRAIL - Localizador K7Q2MX",
               "2026-10-21 21:37:55", MAD, "<K7Q2MX.20261021213755@iberrail.es>",
               relay="from envios.iberrail.es (envios.iberrail.es [213.0.53.140])")
    pdf_note = make.raw_part([("Content-Type", 'application/pdf; name="billete_K7Q2MX.pdf"'),
                              ("Content-Disposition", 'attachment; filename="billete_K7Q2MX.pdf"'),
                              ("Content-Transfer-Encoding", "base64")],
                             "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                             "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                             "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return make.message(hs, make.mixed(make.text(body, charset="iso-8859-15", cte="8bit"), pdf_note))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN: the candidate's thank-you note after the Madrid interview bounced (typo in the address); "
                "the quoted original mentions the interview, but nothing is scheduled")
def dsn_bounce():
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <marta.olivera@aldaba-ingenieria.es>: host
            aldaba-ingenieria-es.mail.protection.outlook.com[52.101.73.14] said: 550
            5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4ZK8dQ1vN3z9sT
        X-Postfix-Sender: rfc822; sara.valcarce@example.org
        Arrival-Date: Mon, 26 Oct 2026 19:20:31 +0100 (CET)

        Final-Recipient: rfc822; marta.olivera@aldaba-ingenieria.es
        Original-Recipient: rfc822;marta.olivera@aldaba-ingenieria.es
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; aldaba-ingenieria-es.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    orig_body = t("""
        Hola Marta:

        Muchas gracias por la entrevista de esta mañana y por enseñarme las oficinas. Me quedé con
        muchas ganas de trabajar en los proyectos de autorizaciones ambientales integradas que nos
        contó Gonzalo.

        Quedo atenta a vuestras noticias.

        Un saludo,
        Sara Valcarce
        """)
    orig = make.message([
        ("From", addr("Sara Valcarce", SARA)),
        ("To", addr("Marta Oliveira Lago", "marta.olivera@aldaba-ingenieria.es")),
        ("Subject", "Gracias por la entrevista de hoy"),
        ("Date", make.date("2026-10-26 19:20:28", MAD)),
        ("Message-ID", "<CAL7r0sB4nWq8Kt2Zy0Pe@mail.example.org>")],
        make.text(orig_body, cte="8bit"))
    hs = [("Delivered-To", SARA),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", SARA),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", make.date("2026-10-26 19:20:33", MAD)),
          ("Message-ID", "<20261026182033.4ZK8dQ1vN3z9sT@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return make.message(hs, make.multipart(
        "report",
        make.text(report, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                      status),
        make.attached_message(orig),
        params="report-type=delivery-status"))


@make.mail(N(36), family="rejection", lang="es", interview=False, company="Recuperación Minera Sil",
           note="Agency consultant: the client chose another candidate after the interview; nothing scheduled")
def talentia_rejection():
    body = t("""
        Hola Sara:

        Te escribo para darte respuesta sobre el proceso de Técnico/a de Restauración Ambiental
        con Recuperación Minera Sil. Finalmente el cliente ha decidido continuar con otra
        candidatura, con más experiencia específica en restauración de escombreras de carbón.

        Esteban me comentó que le gustó mucho tu conocimiento de la normativa de vertidos y tu
        trabajo de campo; me ha pedido expresamente que te tengamos en cuenta para futuras
        posiciones, y así lo haremos desde Talentia.

        Gracias por tu tiempo y tu disponibilidad durante todo el proceso.

        Un saludo,

        Rocío Mendaña
        Consultora senior · Talentia Selección
        """)
    hs = _head(addr("Rocío Mendaña", "rocio.mendana@talentiaseleccion.es"),
               "Proceso Técnico/a de Restauración Ambiental – resolución",
               "2026-10-27 17:41:06", MAD, "<VI1PR08MB5294C4A9B10E7F3D2E68A1F0C5B82@VI1PR08MB5294.eurprd08.prod.outlook.com>",
               relay="from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2088.outbound.protection.outlook.com [40.107.21.88])")
    return make.message(hs, make.text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(37), family="post_interview", lang="en", interview=False, company="Calder Basin Energy",
           note="Recruiter's reply to the candidate's thank-you after the interview: 'we'll be in touch by mid-November'; "
                "the quoted note mentions the interview, nothing new is scheduled")
def calder_post_interview():
    body = t("""
        Hi Sara,

        Thank you for the kind note - and for taking the call so late in your afternoon. Marcus
        was impressed by your hands-on experience with groundwater monitoring and the ash pond
        closure plan.

        We are meeting two more candidates next week and expect to share next steps by mid-November.

        Best,
        Dana

        On Thu, Oct 29, 2026 at 10:02 AM Sara Valcarce <sara.valcarce@example.org> wrote:
        > Hi Dana,
        >
        > Thank you for today's interview. It was great to hear about the Spain solar portfolio
        > and how the EHS team supports the construction sites.
        >
        > Best regards,
        > Sara
        """)
    hs = _head(addr("Dana Whitfield", "dana.whitfield@calderbasin.com"),
               "Re: Thank you - Environmental Compliance Technician interview",
               "2026-10-30 08:47:21", "America/Chicago", "<CAD4kq2N8vT1pR6xWm0Ys3eLc7Hf9BuZa@mail.gmail.com>",
               ("In-Reply-To", "<CAL7r0sT8eWq1Nb5Xz2Re@mail.example.org>"),
               ("References", "<CAL7r0sT8eWq1Nb5Xz2Re@mail.example.org>"),
               relay="from mail-qt1-f171.google.com (mail-qt1-f171.google.com [209.85.160.171])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(38), family="application_receipt", lang="en", interview=False, company="Calder Basin Energy",
           note="Lever 'thanks for applying' receipt: nothing scheduled")
def lever_receipt():
    body = t("""
        Hi Sara,

        Thanks for applying to Calder Basin Energy for the Environmental Compliance Technician -
        Spain Solar Portfolio role. We've received your application and our team will review it
        shortly.

        If your experience is a good match, a member of our recruiting team will reach out to
        discuss next steps.

        Best,
        The Calder Basin Energy Recruiting Team

        Sent via Lever
        """)
    hs = _head(addr("Calder Basin Energy", "no-reply@hire.lever.co"),
               "Thanks for applying to Calder Basin Energy",
               "2026-10-05 11:12:44", "America/Chicago", "<20261005161244.a3c9e0d1f7b2@hire.lever.co>",
               relay="from mail-a1.hire.lever.co (mail-a1.hire.lever.co [198.2.180.14])")
    return make.message(hs, make.text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(39), family="job_fair", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Regional green-jobs fair (jueves 5 de noviembre, 10:00-18:00) with 'entrevistas rápidas' with companies: "
                "an event, not a scheduled job interview")
def job_fair():
    body = t("""
        FERIA DE EMPLEO VERDE DE CASTILLA Y LEÓN 2026

        Jueves, 5 de noviembre · 10:00 – 18:00
        Palacio de Exposiciones de León

        Más de 40 empresas de energías renovables, gestión de residuos, agua y consultoría
        ambiental. Este año, zona de «entrevistas rápidas»: trae tu CV impreso y pasa por los
        stands sin cita previa.

        Programa:
        10:30  Inauguración
        11:00  Mesa redonda «La transición justa en las comarcas mineras»
        12:30  Taller: tu CV y LinkedIn para el sector ambiental
        16:00  Presentaciones de empresas

        Entrada gratuita con inscripción: https://feriaempleoverde-cyl.es/inscripcion

        Fundación Empleo Verde Castilla y León
        Si no deseas recibir más comunicaciones, responde BAJA.
        """)
    hs = _head(addr("Fundación Empleo Verde CyL", "comunicacion@feriaempleoverde-cyl.es"),
               "Te esperamos el 5 de noviembre en la Feria de Empleo Verde",
               "2026-10-26 10:00:00", MAD, "<fev2026.envio3.8812@feriaempleoverde-cyl.es>",
               ("Precedence", "bulk"),
               relay="from mailing.feriaempleoverde-cyl.es (mailing.feriaempleoverde-cyl.es [79.148.236.20])")
    return make.message(hs, make.text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(40), family="recruiter_outreach", lang="en", interview=False, company="Halcyon Talent Partners",
           note="Agency cold outreach for a role in Rotterdam, asks for 15 minutes 'this week': nothing fixed")
def outreach_halcyon():
    body = t("""
        Hi Sara,

        I came across your profile and your work on the environmental monitoring programme at a
        coal-to-gas transition plant caught my eye.

        I'm supporting a Dutch hydrogen developer that is hiring an Environmental Technician for
        its electrolyser project in the Port of Rotterdam (permanent, relocation package, English
        working language).

        Would you have 15 minutes this week for a quick call? Happy to work around your schedule.

        Kind regards,

        Jamie O'Rourke
        Senior Consultant - Energy Transition
        Halcyon Talent Partners | Amsterdam
        +31 20 808 4417
        """)
    hs = _head(addr("Jamie O'Rourke", "jamie.orourke@halcyontalent.com"),
               "Environmental Technician - hydrogen project, Rotterdam",
               "2026-11-03 09:31:50", "Europe/Amsterdam", "<HE1PR07MB3310B5E02A4C7D18F9E6A3B0C4D52@HE1PR07MB3310.eurprd07.prod.outlook.com>",
               relay="from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2130.outbound.protection.outlook.com [40.107.13.130])")
    return make.message(hs, make.text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(41), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Vehicle inspection (ITV) appointment confirmation, jueves 12 de noviembre 9:20: personal")
def itv():
    htm = t("""
        <html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
        <p><b>ITV BIERZO – Confirmación de cita previa</b></p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><td>Matrícula</td><td>4821 KLM</td></tr>
        <tr><td>Estación</td><td>Ponferrada – Polígono del Bayo</td></tr>
        <tr><td>Fecha</td><td>jueves, 12/11/2026</td></tr>
        <tr><td>Hora</td><td>9:20</td></tr>
        <tr><td>Tipo de inspección</td><td>Periódica – Turismo</td></tr>
        </table>
        <p>Acuda con 10 minutos de antelación con el permiso de circulación, la tarjeta ITV y el
        recibo del seguro en vigor.</p>
        <p>Para anular la cita: <a href="https://itvbierzo.es/cita/anular?l=Q8ZK31">itvbierzo.es</a></p>
        </body></html>
        """)
    hs = _head(addr("ITV Bierzo", "citaprevia@itvbierzo.es"),
               "Confirmación de cita ITV – 12/11/2026 9:20",
               "2026-11-02 18:22:09", MAD, "<citaprevia.Q8ZK31@itvbierzo.es>",
               relay="from smtp.itvbierzo.es (smtp.itvbierzo.es [82.223.9.114])")
    return make.message(hs, make.html(htm, charset="windows-1252"))


@make.mail(N(42), family="course_enrolment", lang="es", interview=False, company=None,
           days=(("Mon", "2026-11-09"),),
           note="Enrolment confirmation for an online ISO 14001 internal-auditor course starting Mon 9 Nov 16:00")
def course():
    body = t("""
        Estimada Sara:

        Le confirmamos su matrícula en el curso:

        AUDITOR/A INTERNO/A DE SISTEMAS DE GESTIÓN AMBIENTAL ISO 14001:2015
        Modalidad: online en directo (40 horas)
        Inicio: lunes, 9 de noviembre de 2026
        Horario: lunes y miércoles de 16:00 a 19:00
        Plataforma: recibirá sus claves de acceso el viernes anterior al inicio

        Importe abonado: 295,00 € (factura adjunta en su área privada)

        Atentamente,
        Secretaría de Formación
        Instituto Berciano de Formación Técnica
        """)
    hs = _head(addr("Instituto Berciano de Formación Técnica", "secretaria@ibft-formacion.es"),
               "Matrícula confirmada – Auditor/a interno/a ISO 14001:2015",
               "2026-10-30 12:48:00", MAD, "<mat-2026-1187.ibft@ibft-formacion.es>",
               relay="from mail.ibft-formacion.es (mail.ibft-formacion.es [185.18.197.44])")
    return make.message(hs, make.text(body, charset="utf-8", cte="base64"))


@make.mail(N(43), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Tue", "2026-11-17"),),
           note="Homeowners' association general meeting notice (martes 17 de noviembre, 19:00 / 19:30): personal")
def junta_vecinos():
    body = t("""
        COMUNIDAD DE PROPIETARIOS C/ CAMINO DE SANTIAGO, 21 – PONFERRADA

        CONVOCATORIA DE JUNTA GENERAL ORDINARIA

        Por indicación del Presidente, se convoca a todos los propietarios a la Junta General
        Ordinaria que se celebrará el martes 17 de noviembre de 2026 en el portal del edificio,
        a las 19:00 en primera convocatoria y a las 19:30 en segunda.

        Orden del día:
        1. Aprobación de cuentas del ejercicio 2025-2026.
        2. Presupuesto 2027.
        3. Sustitución de la caldera comunitaria.
        4. Ruegos y preguntas.

        Se adjunta el estado de cuentas. Si no puede asistir, puede delegar su voto por escrito.

        Administración de Fincas Rañadoiro
        """)
    hs = _head(addr("Administración de Fincas Rañadoiro", "admin@fincasranadoiro.es"),
               "Convocatoria Junta General Ordinaria – Camino de Santiago 21",
               "2026-11-05 11:15:37", MAD, "<20261105111537.71AB2@fincasranadoiro.es>",
               relay="from mail.fincasranadoiro.es (mail.fincasranadoiro.es [37.152.88.61])")
    return make.message(hs, make.text(body, charset="windows-1252", cte="8bit"))


@make.mail(N(44), family="delivery_notice", lang="es", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Parcel delivery window (jueves 19 de noviembre, 9:00-14:00): personal")
def parcel():
    body = t("""
        ¡Hola, Sara!

        Tu envío 0087 4412 9930 de «Botas de seguridad S3 – talla 38» llegará el
        jueves 19 de noviembre entre las 9:00 y las 14:00.

        ¿No vas a estar en casa? Puedes cambiar la fecha o elegir un punto de recogida:
        https://rapidenvio.es/seguimiento/008744129930

        Rapidenvío
        """)
    hs = _head(addr("Rapidenvío", "notificaciones@rapidenvio.es"),
               "Tu envío llega el jueves",
               "2026-11-17 20:03:14", MAD, "<trk.008744129930.1117@rapidenvio.es>",
               relay="from mta.rapidenvio.es (mta.rapidenvio.es [91.216.63.12])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(45), family="personal_appointment", lang="es", interview=False, company=None,
           days=(("Mon", "2026-11-23"),),
           note="Gym class booking (Pilates, lunes 23 de noviembre, 20:00): personal")
def gym():
    body = t("""
        Reserva confirmada

        Clase: Pilates Máquina
        Centro: Templarium Fitness Ponferrada
        Día: lunes 23 de noviembre
        Hora: 20:00 - 20:50
        Sala: 2 · Monitora: Irene

        Puedes cancelar sin penalización hasta 2 horas antes desde la app.
        """)
    hs = _head(addr("Templarium Fitness", "reservas@templariumfitness.es"),
               "Reserva confirmada: Pilates Máquina – lun 23/11 20:00",
               "2026-11-21 09:12:40", MAD, "<res.5512098@templariumfitness.es>",
               relay="from mailer.gymcloudapp.com (mailer.gymcloudapp.com [34.240.77.9])")
    return make.message(hs, make.text(body))


@make.mail(N(46), family="rejection", lang="es", interview=False, company="Luzverde Solar",
           note="SmartRecruiters rejection before any interview")
def smartrecruiters_rejection():
    body = t("""
        Hola Sara,

        Gracias por tu interés en el puesto de Técnico/a de Medio Ambiente – Plantas Fotovoltaicas
        (Zamora) en Luzverde Solar y por el tiempo dedicado a tu candidatura.

        Tras revisar detenidamente todos los perfiles, hemos decidido continuar el proceso con
        otras personas cuya experiencia se ajusta más a los requisitos actuales del puesto.

        Conservaremos tus datos para futuras oportunidades, salvo que nos indiques lo contrario.

        Te deseamos mucho éxito en tu búsqueda.

        Un saludo,
        Equipo de Talento de Luzverde Solar
        """)
    htm = "<html><body><div style=\"font-family:Arial;font-size:14px\">" + body.replace("\n\n", "</p><p>").replace("\n", " ") + "</div></body></html>\n"
    hs = _head(addr("Luzverde Solar", "noreply@smartrecruiters.com"),
               "Tu candidatura en Luzverde Solar",
               "2026-11-05 16:40:22", MAD, "<20261105154022.1b7e4c.srmail@smartrecruiters.com>",
               ("Reply-To", "noreply@smartrecruiters.com"),
               relay="from mail-out-27.smartrecruiters.com (mail-out-27.smartrecruiters.com [52.212.14.27])")
    return make.message(hs, make.alt(make.text(body), make.html(htm)))


@make.mail(N(47), family="newsletter", lang="es", interview=False, company=None,
           days=(("Wed", "2026-11-25"),),
           note="Professional association newsletter with an interview-tips article and a talk on Wed 25 Nov 19:00")
def newsletter():
    htm = t("""
        <html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
        <h1 style="color:#3b6e2f">Boletín ABPMA · Noviembre 2026</h1>
        <h3>Cinco preguntas que te harán en una entrevista de técnico ambiental (y cómo responderlas)</h3>
        <p>«Cuéntame una no conformidad que hayas gestionado», «¿cómo priorizarías tres requerimientos de la
        Confederación en la misma semana?»&hellip; Repasamos las preguntas más habituales de los procesos de selección
        en consultoras e industria, con ejemplos de respuestas de socios que han pasado por ellas.</p>
        <h3>Agenda</h3>
        <ul>
        <li>Miércoles 25 de noviembre, 19:00 &ndash; Charla «Restauración de espacios mineros en El Bierzo»,
        Casa de la Cultura de Ponferrada.</li>
        <li>Plazo de inscripción en el grupo de trabajo de economía circular: hasta el 30 de noviembre.</li>
        </ul>
        <h3>Ofertas compartidas por socios</h3>
        <p>Técnico/a de medio ambiente en planta de biomasa (Cubillos del Sil) · Ambientólogo/a junior para
        consultora en León.</p>
        <p style="font-size:11px;color:#777">Asociación Berciana de Profesionales del Medio Ambiente ·
        <a href="https://abpma.es/baja">Darse de baja</a></p>
        </body></html>
        """)
    hs = _head(addr("Boletín ABPMA", "boletin@abpma.es"),
               "Boletín de noviembre: preguntas de entrevista, agenda y ofertas",
               "2026-11-12 08:00:05", MAD, "<boletin-2026-11.abpma.1934@abpma.es>",
               ("List-Unsubscribe", "<https://abpma.es/baja>"), ("Precedence", "list"),
               relay="from mail.abpma.es (mail.abpma.es [185.2.4.87])")
    return make.message(hs, make.html(htm, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(48), family="next_steps", lang="en", interview=False, company="Vestrand Power",
           note="Invitation to the final round whose times will come from the coordinator: nothing scheduled yet")
def vestrand_next_steps():
    body = t("""
        Hi Sara,

        Great news - the team enjoyed your first interview with Lars, and we would like to invite
        you to our final round: three short virtual sessions on the same morning (ESIA, a case
        study, and a wrap-up with me).

        Our scheduling team will email you shortly with the proposed times, in your own time zone.
        If there are days in the week of November 23 that do not work for you, just let me know.

        Best,
        Ingrid

        Ingrid Solberg
        Talent Acquisition Partner | Vestrand Power AS | Oslo
        """)
    hs = _head(addr("Ingrid Solberg", "ingrid.solberg@vestrandpower.com"),
               "Next step: final round - Environmental Advisor (Iberia)",
               "2026-11-12 15:26:33", "Europe/Oslo", "<CAK5wz1Jr2Tq8sU0vNd4Yb7mX1pK6eCgHa@mail.gmail.com>",
               relay="from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(49), family="offer", lang="en", interview=False, company="Vestrand Power",
           days=(("Mon", "2027-02-01"), ("Fri", "2026-12-11")),
           note="Job offer after the final round, start date Mon 1 Feb 2027 and reply-by date: an offer, not an interview")
def vestrand_offer():
    body = t("""
        Dear Sara,

        On behalf of Vestrand Power, I am delighted to offer you the position of Environmental
        Advisor (Iberia), based in Ponferrada with regular travel to our sites in Castilla y León
        and Galicia.

        - Start date: Monday, 1 February 2027
        - Gross annual salary: EUR 38,500, plus 10% target bonus
        - Hybrid working, company car for site visits

        Your formal offer letter is attached in our HR portal. We would be grateful for your
        answer by Friday, 11 December. I am happy to arrange a call with Lars if you have any
        questions before deciding.

        Warm regards,
        Ingrid

        Ingrid Solberg
        Talent Acquisition Partner | Vestrand Power AS | Oslo
        """)
    hs = _head(addr("Ingrid Solberg", "ingrid.solberg@vestrandpower.com"),
               "Offer - Environmental Advisor (Iberia)",
               "2026-12-02 13:10:52", "Europe/Oslo", "<CAK5wz1Lm9Pq3rS7tVe2Xc4nB8kJ5dFhGy@mail.gmail.com>",
               relay="from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))


@make.mail(N(50), family="personal", lang="es", interview=False, company=None,
           days=(("Sat", "2026-12-12"),),
           note="Sister organises the family birthday dinner (sábado 12 de diciembre, 21:30): personal")
def family_dinner():
    body = t("""
        Holaaa

        Ya he reservado para el cumple de mamá: sábado 12 de diciembre a las 21:30 en el Mesón
        O Cruceiro, en Cacabelos. Somos 9. Tú te encargas de la tarta, ¿vale? La de hojaldre de
        la pastelería de la plaza, que es la que le gusta.

        Y cuéntame qué tal lo de la oferta de los noruegos!!

        Besos,
        Nuria
        """)
    hs = _head(addr("Nuria Valcarce", "nuria.valcarce@example.com"),
               "Cena cumple mamá 🎂",
               "2026-12-03 22:47:15", MAD, "<CAJx9Ld2Wq7Km4Rs0Tv8Yb3Ne6Hc1PfZu@mail.gmail.com>",
               relay="from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return make.message(hs, make.alt(make.text(body), make.html(make.gmail_html(body))))
