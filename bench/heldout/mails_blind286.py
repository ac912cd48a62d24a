"""blind286: a blind 50-mail held-out set, the inbox of Irene Pastor, HR assistant at an automotive
supplier in Burgos (Europe/Madrid), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the intro and the
label-convention sections of bench/heldout/README.md, the dev corpus README, dev/labels.json, two
dev mails and score.py; it did not read the detector, its tests, any other held-out mails, and never
ran the detector. Each mail below is written by hand, one function per mail; ``make`` only does the
MIME plumbing. Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives.
File numbers are a fixed shuffle of the writing order (ORDER below). Mostly Spanish from Spain (tú
and usted), some English from multinationals, one mail in Argentine and one in Chilean Spanish.
"""

from __future__ import annotations

import random

import make
from make import (
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind286"
ORDER = random.Random(2860286).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


MAD = "Europe/Madrid"
ME = "irene.pastor@example.org"
IRENE = addr("Irene Pastor", ME)
MX = "mx1.example.org (Postfix) with ESMTPS id"

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


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {ident}", ME, lag))


# =========================================================================== positives


@make.mail(N(1), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="pablo.ortega@vantorra-auto.com", company="Vantorra Automotive Systems",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=MAD,
           note="Workday notification from the tenant address; on-site at the Burgos plant, 10:00-11:00 "
                "CEST (UTC+2) -> 08:00Z; contact = the recruiter named with his address in the body")
def m01() -> bytes:
    body = t("""
        Dear Irene,

        Thank you for your interest in the HR Generalist (Plant) position (R-0041877) at Vantorra
        Automotive Systems.

        We are pleased to confirm your interview:

          Date:      Tuesday, 15 September 2026
          Time:      10:00 - 11:00 (Central European Summer Time)
          Location:  Vantorra Burgos Plant, Calle Condado de Treviño 31, 09001 Burgos
                     Please check in at the main gate reception with your ID.
          Interviewers: Pablo Ortega Ruiz (Talent Acquisition Partner)
                        Ainhoa Gil (HR Manager, Burgos Plant)

        If you need to make any changes, please contact Pablo Ortega Ruiz at
        pablo.ortega@vantorra-auto.com.

        You can view the status of your application at any time in the Vantorra Careers candidate home.

        Kind regards,
        Vantorra Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <table width="600" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#00335b;padding:16px"><img src="https://vantorra.wd3.myworkdayjobs.com/logo.png" alt="Vantorra" height="28"></td></tr>
        <tr><td style="padding:20px">
        <p>Dear Irene,</p>
        <p>Thank you for your interest in the <b>HR Generalist (Plant)</b> position (R-0041877) at Vantorra Automotive Systems.</p>
        <p>We are pleased to confirm your interview:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Date:</b></td><td>Tuesday, 15 September 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 - 11:00 (Central European Summer Time)</td></tr>
        <tr><td><b>Location:</b></td><td>Vantorra Burgos Plant, Calle Condado de Trevi&ntilde;o 31, 09001 Burgos<br>Please check in at the main gate reception with your ID.</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Pablo Ortega Ruiz (Talent Acquisition Partner)<br>Ainhoa Gil (HR Manager, Burgos Plant)</td></tr>
        </table>
        <p>If you need to make any changes, please contact Pablo Ortega Ruiz at <a href="mailto:pablo.ortega@vantorra-auto.com">pablo.ortega@vantorra-auto.com</a>.</p>
        <p>You can view the status of your application at any time in the <a href="https://vantorra.wd3.myworkdayjobs.com/es-ES/Careers/userHome">Vantorra Careers candidate home</a>.</p>
        <p>Kind regards,<br>Vantorra Talent Acquisition</p>
        <p style="font-size:11px;color:#888888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    when = "2026-09-08 16:21:07"
    return message([
        rcv("wd3-smtp-out.myworkday.com", "198.51.100.23", when, MAD, "4F1kQz2xJtz9sB"),
        ("From", addr("Vantorra Automotive Systems", "vantorra@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation - HR Generalist (Plant) - R-0041877"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<1925443218.88412.1788877267301@wd3-prod-notify-7.myworkday.com>"),
    ], alt(text(body), html(page)))


@make.mail(N(2), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-09-17T07:30:00Z", end=None,
           contact="mjimeno@harinasarlanzon.es", company="Harinas Arlanzón",
           local="Thu 2026-09-17 09:30", zone=MAD,
           note="Usted-form prose from the HR manager, ISO-8859-1 8bit; 'jueves 17 de septiembre a las 9:30' "
                "in Burgos, CEST -> 07:30Z; 'aproximadamente una hora' so end null")
def m02() -> bytes:
    body = t("""
        Estimada Sra. Pastor:

        Tras revisar su candidatura para el puesto de Técnico/a de Recursos Humanos, nos complace
        confirmarle la entrevista personal que comentamos ayer por teléfono:

        Día: jueves 17 de septiembre
        Hora: 9:30
        Lugar: nuestras oficinas de la fábrica, Carretera de Logroño km 4,2 (Burgos). Al llegar,
        pregunte en portería por mí.

        La entrevista durará aproximadamente una hora y estará también presente D. Félix Arnaiz,
        director de planta. Le rogamos que traiga una copia de su currículum y de su titulación.

        Si por cualquier motivo no pudiera asistir, le agradecería que me lo comunicara respondiendo
        a este correo o llamando al 947 48 12 30.

        Reciba un cordial saludo,

        María Jesús Jimeno
        Responsable de Administración de Personal
        Harinas Arlanzón, S.L.
        """)
    when = "2026-09-11 12:48:33"
    return message([
        rcv("smtp.harinasarlanzon.es", "203.0.113.71", when, MAD, "4F3bWm0Hk1z2Qd"),
        ("From", addr("María Jesús Jimeno", "mjimeno@harinasarlanzon.es", "iso-8859-1")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Entrevista puesto Técnico/a de RR.HH. - Harinas Arlanzón", "iso-8859-1")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<000a01dd41f2$9c3e55b0$d4bb0110$@harinasarlanzon.es>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "es"),
    ], text(body, "iso-8859-1", "8bit"))


@make.mail(N(3), family="teamtailor", lang="es", interview=True, kind="scheduled",
           start="2026-09-29T14:00:00Z", end="2026-09-29T14:45:00Z",
           contact="sandra.cuesta@lumbre-energia.es", company="Lumbre Energía",
           local="Tue 2026-09-29 16:00", local_end="2026-09-29 16:45", zone=MAD,
           note="Teamtailor confirmation in Spanish (tú) with invite.ics (TZID Europe/Madrid); 16:00-16:45 "
                "CEST -> 14:00Z-14:45Z; contact = the human ICS ORGANIZER (no Reply-To, sender is no-reply)")
def m03() -> bytes:
    body = t("""
        Hola Irene:

        ¡Gracias por reservar tu entrevista con Lumbre Energía!

        Proceso: Técnico/a de Selección y Desarrollo (Valladolid)
        Cuándo: martes, 29 de septiembre de 2026, 16:00 - 16:45 (Europe/Madrid)
        Dónde: Google Meet - https://meet.google.com/qkv-ryxs-bdn
        Con: Sandra Cuesta (People Partner)

        Encontrarás la invitación adjunta para añadirla a tu calendario.

        Si necesitas cambiar la hora, usa este enlace:
        https://lumbre-energia.teamtailor.com/meetings/8c1f0e2a/reschedule

        ¡Hasta pronto!
        El equipo de Personas de Lumbre Energía
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f6f4">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;padding:32px;font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1d1d1b">
        <p>Hola Irene:</p>
        <p>¡Gracias por reservar tu entrevista con Lumbre Energía!</p>
        <div style="border:1px solid #e4e4e0;border-radius:8px;padding:16px">
        <p style="margin:0 0 8px"><strong>Técnico/a de Selección y Desarrollo (Valladolid)</strong></p>
        <p style="margin:0">martes, 29 de septiembre de 2026<br>16:00 - 16:45 (Europe/Madrid)</p>
        <p style="margin:8px 0 0">Google Meet · <a href="https://meet.google.com/qkv-ryxs-bdn">meet.google.com/qkv-ryxs-bdn</a></p>
        <p style="margin:8px 0 0">Con: Sandra Cuesta (People Partner)</p>
        </div>
        <p>Encontrarás la invitación adjunta para añadirla a tu calendario.</p>
        <p><a href="https://lumbre-energia.teamtailor.com/meetings/8c1f0e2a/reschedule" style="color:#e8590c">Cambiar la hora</a></p>
        <p>¡Hasta pronto!<br>El equipo de Personas de Lumbre Energía</p>
        </div></body></html>
        """)
    ics = VTZ_MADRID.join(["BEGIN:VCALENDAR\nPRODID:-//Teamtailor//Meetings//ES\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        UID:teamtailor-meeting-8c1f0e2a-5b31-4c7e-9d0a-31f7a3c6e0d4
        DTSTAMP:20260924T091512Z
        DTSTART;TZID=Europe/Madrid:20260929T160000
        DTEND;TZID=Europe/Madrid:20260929T164500
        SUMMARY:Entrevista Lumbre Energía - Irene Pastor
        DESCRIPTION:Técnico/a de Selección y Desarrollo (Valladolid)\\nGoogle Meet: https://meet.google.com/qkv-ryxs-bdn
        LOCATION:https://meet.google.com/qkv-ryxs-bdn
        ORGANIZER;CN=Sandra Cuesta:mailto:sandra.cuesta@lumbre-energia.es
        ATTENDEE;CN=Irene Pastor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:irene.pastor@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)])
    when = "2026-09-24 11:15:12"
    return message([
        rcv("o12.mail.teamtailor-mail.com", "192.0.2.148", when, MAD, "4F8dLr6Vq2z3Ka"),
        ("From", addr("Lumbre Energía", "no-reply@teamtailor-mail.com")),
        ("To", ME),
        ("Subject", enc("Entrevista confirmada: Técnico/a de Selección y Desarrollo")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<tt.3f9a1c77e2.meeting-confirmed@teamtailor-mail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                      cte="base64", name_param=True)))


@make.mail(N(4), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
           contact="j.brandauer@kessler-fzt.de", company="Kessler Fahrzeugtechnik",
           local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/Berlin",
           note="Exchange meeting request, TZID W. Europe Standard Time; sent Wed 21 Oct in CEST, interview "
                "Mon 26 Oct after the 25 Oct change to CET: 10:00 Berlin (= 10:00 Burgos) -> 09:00Z; "
                "contact = organizer/sender")
def m04() -> bytes:
    body = t("""
        Dear Irene,

        As discussed with our recruiter, I would like to invite you to a Teams interview for the
        HR Specialist (Spain sites) role. We will be joined by Marta Sainz from our Valladolid plant.

        Looking forward to talking to you.

        Best regards
        Johanna Brandauer
        Head of HR Operations Southern Europe
        Kessler Fahrzeugtechnik GmbH

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1MDc2YjQtYzM5ZS00ZTli%40thread.v2/0?context=%7b%22Tid%22%3a%22b6c1%22%7d>
        Meeting ID: 341 772 809 115
        Passcode: xK7pQ2
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Dear Irene,</p>
        <p class="MsoNormal">As discussed with our recruiter, I would like to invite you to a Teams interview for the HR Specialist (Spain sites) role. We will be joined by Marta Sainz from our Valladolid plant.</p>
        <p class="MsoNormal">Looking forward to talking to you.</p>
        <p class="MsoNormal">Best regards<br>Johanna Brandauer<br>Head of HR Operations Southern Europe<br>Kessler Fahrzeugtechnik GmbH</p>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap;">________________________________________________________________________________</div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1MDc2YjQtYzM5ZS00ZTli%40thread.v2/0?context=%7b%22Tid%22%3a%22b6c1%22%7d">Click here to join the meeting</a></div>
        <div>Meeting ID: 341 772 809 115<br>Passcode: xK7pQ2</div>
        <div>________________________________________________________________________________</div>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        make.VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Johanna Brandauer:mailto:j.brandauer@kessler-fzt.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Pastor:mailto:irene.pastor@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marta Sainz:mailto:m.sainz@kessler-fzt.de
        DESCRIPTION;LANGUAGE=en-US:Dear Irene\\,\\n\\nAs discussed with our recruiter\\, I would like to invite you to a Teams interview for the HR Specialist (Spain sites) role.\\n
        UID:040000008200E00074C5B7101A82E00800000000B05A8E4D5F61DD01000000000000000010000000E0C4A7F2D81B3E4B9A7C
        SUMMARY;LANGUAGE=en-US:Interview Irene Pastor - HR Specialist (Spain sites)
        DTSTART;TZID=W. Europe Standard Time:20261026T100000
        DTEND;TZID=W. Europe Standard Time:20261026T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T121201Z
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
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-21 14:12:01"
    return message([
        rcv("EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.22.61", when, "Europe/Berlin",
            "4GCx3q1Rbzz7Tn"),
        ("From", addr("Brandauer, Johanna", "j.brandauer@kessler-fzt.de")),
        ("To", addr("Irene Pastor", ME)),
        ("CC", addr("Sainz, Marta", "m.sainz@kessler-fzt.de")),
        ("Subject", "Interview Irene Pastor - HR Specialist (Spain sites)"),
        ("Thread-Topic", "Interview Irene Pastor - HR Specialist (Spain sites)"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<AM9PR07MB7140A1C3E5B2F04D9E2F11C0D8A42@AM9PR07MB7140.eurprd07.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(5), family="google_calendar", lang="es", interview=True, kind="scheduled",
           start="2026-10-06T14:00:00Z", end="2026-10-06T14:45:00Z",
           contact="isagredo@forjaspancorbo.es", company="Forjas de Pancorbo",
           local="Tue 2026-10-06 16:00", local_end="2026-10-06 16:45", zone=MAD,
           note="Google Calendar invitation, Spanish UI: 'mar 6 oct 2026 16:00 - 16:45 (CEST)'; ICS in UTC "
                "14:00Z-14:45Z; contact = ORGANIZER (HR head) who is also From/Reply-To")
def m05() -> bytes:
    body = t("""
        Has recibido una invitación a este evento.

        Entrevista Técnica RRHH - Irene Pastor
        martes, 6 de octubre de 2026 · 16:00 – 16:45
        Zona horaria: Europe/Madrid
        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/ubz-pfhm-wtc

        Hola Irene, como hablamos, hacemos la entrevista por Meet. Estaremos Raquel (jefa de
        administración de personal) y yo. Un saludo, Íñigo

        Organizador
        Íñigo Sagredo
        isagredo@forjaspancorbo.es

        Invitados
        Íñigo Sagredo - organizador
        irene.pastor@example.org
        rmiguel@forjaspancorbo.es

        Ver todos los detalles de los invitados: https://calendar.google.com/calendar/event?action=VIEW&eid=NWc3cmVqNm9oZmtk

        ¿Asistirás (irene.pastor@example.org)?
        Sí: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWc3cmVqNm9oZmtk&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWc3cmVqNm9oZmtk&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&eid=NWc3cmVqNm9oZmtk&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque te han invitado a este evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    page = t("""
        <html><body><div itemscope itemtype="http://schema.org/Event">
        <meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <h2 itemprop="name" style="font-weight:400;font-size:22px">Entrevista Técnica RRHH - Irene Pastor</h2>
        <div><time itemprop="startDate" datetime="20261006T140000Z"></time><time itemprop="endDate" datetime="20261006T144500Z"></time>
        martes, 6 de octubre de 2026 · 16:00 – 16:45<br>Zona horaria: Europe/Madrid</div>
        <div style="margin-top:12px"><a href="https://meet.google.com/ubz-pfhm-wtc" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Unirse con Google Meet</a></div>
        <p>Hola Irene, como hablamos, hacemos la entrevista por Meet. Estaremos Raquel (jefa de administración de personal) y yo. Un saludo, Íñigo</p>
        <div><b>Organizador</b><br>Íñigo Sagredo<br>isagredo@forjaspancorbo.es</div>
        <div style="margin-top:8px"><b>Invitados</b><br>Íñigo Sagredo - organizador<br>irene.pastor@example.org<br>rmiguel@forjaspancorbo.es</div>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261006T140000Z
        DTEND:20261006T144500Z
        DTSTAMP:20261001T075823Z
        ORGANIZER;CN=Íñigo Sagredo:mailto:isagredo@forjaspancorbo.es
        UID:5g7rej6ohfkd0a1m2n8s4pq3vb@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Íñigo Sagredo;X-NUM-GUESTS=0:mailto:isagredo@forjaspancorbo.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.pastor@example.org;X-NUM-GUESTS=0:mailto:irene.pastor@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rmiguel@forjaspancorbo.es;X-NUM-GUESTS=0:mailto:rmiguel@forjaspancorbo.es
        X-GOOGLE-CONFERENCE:https://meet.google.com/ubz-pfhm-wtc
        CREATED:20261001T075821Z
        DESCRIPTION:Hola Irene\\, como hablamos\\, hacemos la entrevista por Meet. Estaremos Raquel (jefa de administración de personal) y yo. Un saludo\\, Íñigo
        LAST-MODIFIED:20261001T075821Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Técnica RRHH - Irene Pastor
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-01 09:58:24"
    return message([
        rcv("mail-sor-f73.google.com", "209.85.220.73", when, MAD, "4G2pVt5cMhz4Lw"),
        ("From", addr("Íñigo Sagredo", "isagredo@forjaspancorbo.es")),
        ("Reply-To", addr("Íñigo Sagredo", "isagredo@forjaspancorbo.es")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Invitación: Entrevista Técnica RRHH - Irene Pastor @ mar 6 oct 2026 16:00 - 16:45 "
                        "(CEST) (irene.pastor@example.org)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<calendar-5b2a7c1e-90d4-4c61-bb2e-6e3f0a9d1c27@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(6), family="human_prose", lang="es", interview=True, kind="scheduled",
           start="2026-10-08T10:30:00Z", end="2026-10-08T11:15:00Z",
           contact="alba.roiz@logisticacardena.com", company="Logística Cardeña",
           local="Thu 2026-10-08 12:30", local_end="2026-10-08 13:15", zone=MAD,
           note="Tú-form reply picking the second of two proposed slots (thread with the proposal mail): "
                "'el jueves a las 12:30' resolved against Date Mon 5 Oct -> Thu 8 Oct, CEST -> 10:30Z; "
                "'Duración: 45 minutos' -> end 11:15Z; Zoom block pasted")
def m06() -> bytes:
    body = t("""
        ¡Hola Irene!

        Genial, cerramos entonces el jueves a las 12:30, como te proponía. Será por Zoom con Julián
        (director de operaciones) y conmigo. Duración: 45 minutos.

        Alba Roiz te está invitando a una reunión de Zoom programada.

        Tema: Entrevista Irene Pastor - Técnica RRHH
        Hora: 8 oct 2026 12:30 PM Madrid

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/84317720561?pwd=bXl0S0ZqRjZpSW5RWkdMYzZ1dz09

        ID de reunión: 843 1772 0561
        Código de acceso: 574210

        Cualquier cosa me dices. ¡Un abrazo!

        Alba Roiz
        Selección y Desarrollo · Logística Cardeña
        Pol. Ind. Villayuda, C/ Merindad de Montija 6 · Burgos
        T. 947 21 40 18

        El jue, 1 oct 2026 a las 13:02, Irene Pastor (<irene.pastor@example.org>) escribió:
        > Hola Alba:
        >
        > Muchas gracias. El miércoles a las 10:00 me resulta complicado por trabajo; el jueves
        > a las 12:30 me viene perfecto.
        >
        > Un saludo,
        > Irene
        """)
    when = "2026-10-05 09:41:50"
    return message([
        rcv("mail-wr1-f54.google.com", "209.85.221.54", when, MAD, "4G5kPn8xDjz1Rt"),
        ("From", addr("Alba Roiz", "alba.roiz@logisticacardena.com")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Re: Proceso Técnico/a de RRHH - Logística Cardeña")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAF7qz1Wm0x5r9K2oD8bHnL4vE6sQy3Jp@mail.gmail.com>"),
        ("In-Reply-To", "<CAH2jX0Rn9e1iPastorT6kW@mail.gmail.com>"),
        ("References", "<CAD5nq3Lr2p8sCardenaA1y@mail.gmail.com> <CAH2jX0Rn9e1iPastorT6kW@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(7), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
           contact="dana.whitcomb@brightwatermobility.com", company="Brightwater Mobility",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
           note="Lever confirmation sent Wed 28 Oct while New York is still on EDT; interview Tue 3 Nov "
                "after the 1 Nov change: 10:00 EST (UTC-5) -> 15:00Z (16:00 in Burgos, CET); ICS "
                "TZID America/New_York agrees; contact = Reply-To recruiter")
def m07() -> bytes:
    body = t("""
        Hi Irene,

        Thanks for making time to speak with us! Here are the details of your upcoming interview
        for HR Coordinator, EMEA at Brightwater Mobility.

        Interview: Hiring Manager Screen
        When: Tuesday, November 3, 2026 10:00 AM - 10:45 AM EST
        Where: Zoom - https://brightwater.zoom.us/j/93018274415
        Interviewer: Greg Sollenberger, Director, Global HR Operations

        Please note that the time above is shown in Eastern Time (our Detroit headquarters).

        If you have any questions or need to reschedule, simply reply to this email and it will go
        to Dana Whitcomb.

        Best,
        Dana Whitcomb
        Talent Acquisition, Brightwater Mobility

        Sent via Lever
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Lever//Lever Interview Scheduling//EN\nMETHOD:REQUEST\n" + \
        make.VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-interview-7d2e51b0-0c4a-4f3b-a1f9-5ed6b2c81a44
        DTSTAMP:20261028T141733Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T104500
        SUMMARY:Interview: Irene Pastor <> Brightwater Mobility (Hiring Manager Screen)
        LOCATION:https://brightwater.zoom.us/j/93018274415
        ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@brightwatermobility.com
        ATTENDEE;CN=Irene Pastor;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:irene.pastor@example.org
        ATTENDEE;CN=Greg Sollenberger;ROLE=REQ-PARTICIPANT:mailto:greg.sollenberger@brightwatermobility.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-28 10:17:33"
    return message([
        rcv("mail-out.hire.lever.co", "198.51.100.112", when, "America/New_York", "4GQzB2s7Wkz5Pm"),
        ("From", addr("Dana Whitcomb", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@brightwatermobility.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: HR Coordinator, EMEA at Brightwater Mobility"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<0100019a2b7c3e15-4be8d9a2-77f1-4f60-b0c8-e1a5c2d9f003-000000@email.amazonses.com>"),
    ], mixed(text(body, "utf-8", "7bit"),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


@make.mail(N(8), family="outlook_calendar", lang="es", interview=True, kind="rescheduled",
           start="2026-10-28T08:30:00Z", end="2026-10-28T09:30:00Z",
           contact="lmarin@carroceriasesgueva.es", company="Carrocerías Esgueva",
           local="Wed 2026-10-28 09:30", local_end="2026-10-28 10:30", zone=MAD,
           note="Exchange update (SEQUENCE:1), usted, TZID Romance Standard Time; body label '(UTC+01:00) "
                "Bruselas, Copenhague, Madrid, París'; moved from Tue 20 Oct 12:00 (CEST) to Wed 28 Oct "
                "9:30-10:30 after the DST change (CET) -> 08:30Z; contact = organizer")
def m08() -> bytes:
    body = t("""
        Cuándo: miércoles, 28 de octubre de 2026 9:30-10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala de reuniones 2 - Oficinas centrales, Ctra. Madrid-Irún km 243 (Burgos)

        *~*~*~*~*~*~*~*~*~*

        Estimada Irene:

        Tal como le he comentado por teléfono, por un viaje imprevisto de nuestro director de RR.HH.
        nos vemos obligados a trasladar la entrevista prevista para el martes 20 de octubre a las
        12:00. Le envío la convocatoria actualizada para el miércoles 28 de octubre a las 9:30.

        Disculpe las molestias.

        Un saludo,

        Lucía Marín Ortiz
        Departamento de Personas
        Carrocerías Esgueva, S.A.
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="ES">
        <p class="MsoNormal">Cu&aacute;ndo: mi&eacute;rcoles, 28 de octubre de 2026 9:30-10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, Par&iacute;s.<br>
        D&oacute;nde: Sala de reuniones 2 - Oficinas centrales, Ctra. Madrid-Ir&uacute;n km 243 (Burgos)</p>
        <p class="MsoNormal">*~*~*~*~*~*~*~*~*~*</p>
        <p class="MsoNormal">Estimada Irene:</p>
        <p class="MsoNormal">Tal como le he comentado por tel&eacute;fono, por un viaje imprevisto de nuestro director de RR.HH. nos vemos obligados a trasladar la entrevista prevista para el martes 20 de octubre a las 12:00. Le env&iacute;o la convocatoria actualizada para el mi&eacute;rcoles 28 de octubre a las 9:30.</p>
        <p class="MsoNormal">Disculpe las molestias.</p>
        <p class="MsoNormal">Un saludo,</p>
        <p class="MsoNormal">Luc&iacute;a Mar&iacute;n Ortiz<br>Departamento de Personas<br>Carrocer&iacute;as Esgueva, S.A.</p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lucía Marín Ortiz:mailto:lmarin@carroceriasesgueva.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Pastor:mailto:irene.pastor@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jesús Calleja Peña:mailto:jcalleja@carroceriasesgueva.es
        DESCRIPTION;LANGUAGE=es-ES:Estimada Irene:\\n\\nTal como le he comentado por teléfono\\, por un viaje imprevisto de nuestro director de RR.HH. nos vemos obligados a trasladar la entrevista.\\n
        UID:040000008200E00074C5B7101A82E00800000000F0C3D5119E5CDD010000000000000000100000002B9E4A61C7D0F14C8E33
        SUMMARY;LANGUAGE=es-ES:Entrevista Irene Pastor - Técnico/a de Personas
        DTSTART;TZID=Romance Standard Time:20261028T093000
        DTEND;TZID=Romance Standard Time:20261028T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261019T103944Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-ES:Sala de reuniones 2 - Oficinas centrales
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2117846592
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-10-19 12:39:44"
    return message([
        rcv("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.15.93", when, MAD, "4GLr7b3tHnz8Wc"),
        ("From", addr("Lucía Marín Ortiz", "lmarin@carroceriasesgueva.es", "windows-1252")),
        ("To", addr("Irene Pastor", ME)),
        ("CC", addr("Jesús Calleja Peña", "jcalleja@carroceriasesgueva.es", "windows-1252")),
        ("Subject", enc("Actualizada: Entrevista Irene Pastor - Técnico/a de Personas", "windows-1252")),
        ("Thread-Topic", enc("Entrevista Irene Pastor - Técnico/a de Personas", "windows-1252")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<DB9PR04MB8412C07E3A9F5D21B64C8E90D7E12@DB9PR04MB8412.eurprd04.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ], alt(text(body, "windows-1252", "quoted-printable"), html(page, "windows-1252", "quoted-printable"),
           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(9), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-11-12T10:00:00Z", end="2026-11-12T10:45:00Z",
           contact="carlos.ibarra@norviklogistics.com", company="Norvik Logistics",
           local="Thu 2026-11-12 11:00", local_end="2026-11-12 11:45", zone=MAD,
           note="Google Calendar cancellation in English UI, METHOD:CANCEL, STATUS:CANCELLED; cancelled slot "
                "Thu 12 Nov 11am-11:45am CET -> 10:00Z-10:45Z; contact = ORGANIZER")
def m09() -> bytes:
    body = t("""
        This event has been canceled.

        Interview: HR Business Partner (Spain) - Irene Pastor
        Thursday Nov 12, 2026 ⋅ 11am – 11:45am
        Central European Time - Madrid

        Hi Irene, sorry for the short notice: the position has been put on hold internally. I will
        get in touch as soon as I have news. Carlos

        Organizer
        Carlos Ibarra
        carlos.ibarra@norviklogistics.com

        Guests
        Carlos Ibarra - organizer
        irene.pastor@example.org
        elin.sandqvist@norviklogistics.com

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.

        Forwarding this invitation could allow any recipient to send a response to the organizer, be
        added to the guest list, invite others regardless of their own invitation status, or modify
        your RSVP.
        """)
    page = t("""
        <html><body><div itemscope itemtype="http://schema.org/Event">
        <meta itemprop="eventStatus" content="http://schema.org/EventCancelled"/>
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">This event has been canceled.</p>
        <h2 itemprop="name" style="font-weight:400;font-size:22px;text-decoration:line-through">Interview: HR Business Partner (Spain) - Irene Pastor</h2>
        <div>Thursday Nov 12, 2026 &#8901; 11am &ndash; 11:45am<br>Central European Time - Madrid</div>
        <p>Hi Irene, sorry for the short notice: the position has been put on hold internally. I will get in touch as soon as I have news. Carlos</p>
        <div><b>Organizer</b><br>Carlos Ibarra<br>carlos.ibarra@norviklogistics.com</div>
        <div><b>Guests</b><br>Carlos Ibarra - organizer<br>irene.pastor@example.org<br>elin.sandqvist@norviklogistics.com</div>
        </div></div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261112T100000Z
        DTEND:20261112T104500Z
        DTSTAMP:20261109T152207Z
        ORGANIZER;CN=Carlos Ibarra:mailto:carlos.ibarra@norviklogistics.com
        UID:1r8k2vq0m5d6bt3ocs9e7hnf4a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=irene.pastor@example.org;X-NUM-GUESTS=0:mailto:irene.pastor@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=elin.sandqvist@norviklogistics.com;X-NUM-GUESTS=0:mailto:elin.sandqvist@norviklogistics.com
        CREATED:20261103T081540Z
        DESCRIPTION:Hi Irene\\, sorry for the short notice: the position has been put on hold internally. I will get in touch as soon as I have news. Carlos
        LAST-MODIFIED:20261109T152206Z
        LOCATION:https://meet.google.com/dxa-tmqe-vko
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: HR Business Partner (Spain) - Irene Pastor
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-09 16:22:09"
    return message([
        rcv("mail-sor-f69.google.com", "209.85.220.69", when, MAD, "4GXs0n2dFkz6Hr"),
        ("From", addr("Carlos Ibarra", "carlos.ibarra@norviklogistics.com")),
        ("Reply-To", addr("Carlos Ibarra", "carlos.ibarra@norviklogistics.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", "Canceled event: Interview: HR Business Partner (Spain) - Irene Pastor @ Thu Nov 12, "
                    "2026 11am - 11:45am (CET) (irene.pastor@example.org)"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<calendar-cc41e7d2-03b8-4f9a-a6d1-72be5f0c9e18@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="7bit")),
             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@make.mail(N(10), family="human_prose", lang="es", interview=True, kind="cancelled",
           start="2026-11-13T09:00:00Z", end=None,
           contact="rvillanueva@suministroscastilla.com", company="Suministros Industriales Castilla",
           local="Fri 2026-11-13 10:00", zone=MAD,
           note="Usted-form cancellation by the HR director, ISO-8859-15 QP format=flowed; cancelled slot "
                "'viernes 13 de noviembre a las 10:00' CET -> 09:00Z; no new date; contact = sender")
def m10() -> bytes:
    body = t("""
        Estimada Irene:

        Lamento comunicarle que nos vemos obligados a cancelar la entrevista que teníamos prevista
        para el viernes 13 de noviembre a las 10:00 en nuestras instalaciones de Villalonquéjar.

        La dirección ha decidido congelar temporalmente la incorporación para este puesto hasta el
        próximo ejercicio. Conservaremos su candidatura y, si el proceso se reactiva, me pondré en
        contacto con usted en primer lugar.

        Le pido disculpas por las molestias y le agradezco de nuevo su interés.

        Atentamente,

        Ramón Villanueva Sáez
        Director de Recursos Humanos
        Suministros Industriales Castilla, S.A.
        Tel. 947 29 86 00
        """)
    when = "2026-11-11 08:52:15"
    return message([
        rcv("correo.suministroscastilla.com", "203.0.113.205", when, MAD, "4GYt8k4pCmz3Nf"),
        ("From", addr("Ramón Villanueva Sáez", "rvillanueva@suministroscastilla.com", "iso-8859-15")),
        ("To", ME),
        ("Subject", enc("Cancelación entrevista 13/11", "iso-8859-15")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<5f2e9a71-0c4b-4d8e-9b13-7a6f2c1e84d0@suministroscastilla.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "es-ES"),
    ], text(body, "iso-8859-15", "quoted-printable", params="format=flowed"))


@make.mail(N(11), family="personio", lang="es", interview=True, kind="cancelled",
           start="2026-12-03T15:00:00Z", end="2026-12-03T16:00:00Z",
           contact="teresa.lopez@nordwerk-sitztechnik.es", company="Nordwerk Sitztechnik",
           local="Thu 2026-12-03 16:00", local_end="2026-12-03 17:00", zone=MAD,
           note="Personio cancellation of the interview confirmed in the earlier Personio mail (same thread); "
                "ICS METHOD:CANCEL with TZID Europe/Madrid; cancelled slot Thu 3 Dec 16:00-17:00 CET -> "
                "15:00Z-16:00Z; contact = Reply-To recruiter")
def m11() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Entrevista cancelada</title></head>
        <body style="background:#f4f5f7;margin:0;padding:24px 0">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="580" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#222">
        <tr><td style="padding:28px 32px">
        <p>Hola Irene:</p>
        <p>Lamentablemente tenemos que <strong>cancelar</strong> la entrevista prevista para el
        <strong>jueves, 3 de diciembre de 2026, de 16:00 a 17:00 (CET)</strong> para el puesto de
        <em>HR Generalist (m/f/d) - Burgos</em>.</p>
        <p>Nuestro responsable de planta estará esa semana en la central de Alemania. Te escribiremos en
        los próximos días para proponerte una nueva fecha.</p>
        <p>Si tienes cualquier pregunta, responde a este correo.</p>
        <p>Un saludo,<br>Teresa López<br>Recursos Humanos · Nordwerk Sitztechnik S.L.</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:11px;color:#8a8f98">Enviado con Personio · Nordwerk Sitztechnik S.L., Polígono Industrial Los Brezos, 09007 Burgos</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio GmbH//Recruiting//DE\nMETHOD:CANCEL\n" + \
        VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-event-41877213-nordwerk
        DTSTAMP:20261130T084512Z
        DTSTART;TZID=Europe/Madrid:20261203T160000
        DTEND;TZID=Europe/Madrid:20261203T170000
        SUMMARY:Entrevista: Irene Pastor - HR Generalist (m/f/d) - Burgos
        ORGANIZER;CN=Teresa López:mailto:teresa.lopez@nordwerk-sitztechnik.es
        ATTENDEE;CN=Irene Pastor:mailto:irene.pastor@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-30 09:45:12"
    return message([
        rcv("mail-eu1.personio.de", "192.0.2.61", when, MAD, "4GjV3p7rSxz2Bd"),
        ("From", addr("Nordwerk Sitztechnik S.L.", "no-reply@personio.de")),
        ("Reply-To", addr("Teresa López", "teresa.lopez@nordwerk-sitztechnik.es")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Cancelada: Entrevista para HR Generalist (m/f/d) - Burgos")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20261130084512.41877213.cancel@mail-eu1.personio.de>"),
        ("References", "<20261125101903.41877213.invite@mail-eu1.personio.de>"),
    ], mixed(html(page, cte="base64"),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment", cte="base64")))


@make.mail(N(12), family="human_prose", lang="es-AR", interview=True, kind="rescheduled",
           start="2026-11-10T14:00:00Z", end=None,
           contact="gbustos@tandilautopartes.com.ar", company="Grupo Tandil Autopartes",
           local="Tue 2026-11-10 11:00", zone="America/Argentina/Buenos_Aires",
           note="Argentine Spanish (voseo), moved from 'miércoles 11 a las 10' to 'martes 10/11 a las 11 hs "
                "(hora de Buenos Aires), 15 hs en España'; ART UTC-3 -> 14:00Z (= 15:00 CET); 'una horita' "
                "so end null")
def m12() -> bytes:
    body = t("""
        Hola Irene, ¿cómo estás?

        Te escribo porque el miércoles 11 a las 10 se me complicó con una auditoría en planta. Como
        me dijiste que el martes tenías la tarde libre, te confirmo que la pasamos al martes 10/11 a
        las 11 hs (hora de Buenos Aires), que serían las 15 hs en España. Es por Meet, el link es el
        mismo que te mandé: https://meet.google.com/hwr-qzny-ast

        Vamos a estar Martina (de Relaciones Laborales de la planta de Burgos) y yo. Calculá una
        horita más o menos.

        Cualquier cosa avisame por acá o por WhatsApp al +54 9 11 5843-2217.

        Abrazo,

        Gabriela Bustos
        Gerente de Recursos Humanos Corporativo
        Grupo Tandil Autopartes
        Av. Leandro N. Alem 1134, piso 6 - CABA
        """)
    when = "2026-11-05 17:26:40"
    zone = "America/Argentina/Buenos_Aires"
    return message([
        rcv("mail-qv1-f49.google.com", "209.85.219.49", when, zone, "4GTm6d1jWbz9Lq"),
        ("From", addr("Gabriela Bustos", "gbustos@tandilautopartes.com.ar")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Re: Entrevista - Analista de RRHH (planta Burgos)")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAJ4dWq8vT1nN0Bustos7hKsXc2pE@mail.gmail.com>"),
        ("In-Reply-To", "<CAM9pRz2Irene5yHf3k@mail.gmail.com>"),
        ("References", "<CAK1sGb3Tandil0xQ@mail.gmail.com> <CAM9pRz2Irene5yHf3k@mail.gmail.com>"),
    ], alt(text(body, "utf-8", "base64"), html(gmail_html(body), "utf-8", "base64")))


@make.mail(N(13), family="workable", lang="es", interview=True, kind="rescheduled",
           start="2026-11-16T11:30:00Z", end="2026-11-16T12:00:00Z",
           contact="nuria.alonso@ecoplastribera.es", company="Ecoplast Ribera",
           local="Mon 2026-11-16 12:30", local_end="2026-11-16 13:00", zone=MAD,
           note="Workable 'entrevista actualizada' in Spanish: moved from Fri 13 Nov 9:00 to Mon 16 Nov "
                "12:30 (CET) -> 11:30Z, 30 minutes; Reply-To is a Workable relay, so contact = the "
                "recruiter address written in the body")
def m13() -> bytes:
    body = t("""
        Hola Irene,

        Se ha modificado la fecha de tu entrevista para el puesto de Técnico/a de RRHH (Aranda de Duero)
        en Ecoplast Ribera.

        NUEVA FECHA
        Lunes, 16 de noviembre de 2026
        12:30 - 13:00 (hora de Madrid)
        Videollamada: https://meet.google.com/zcy-gqhe-nrm

        Fecha anterior (ya no válida): viernes, 13 de noviembre de 2026, 9:00

        Nuria Alonso te ha dejado este mensaje:
        "Perdona el cambio, Irene. El viernes tenemos auditoría IATF y no puedo moverme de planta.
        Si tienes cualquier problema con la nueva hora escríbeme a nuria.alonso@ecoplastribera.es."

        Puedes responder directamente a este correo.

        Ecoplast Ribera
        Powered by Workable
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1f2a37;background:#f7f8fa">
        <div style="max-width:600px;margin:24px auto;background:#fff;padding:28px;border-radius:4px">
        <p>Hola Irene,</p>
        <p>Se ha modificado la fecha de tu entrevista para el puesto de <b>Técnico/a de RRHH (Aranda de Duero)</b> en Ecoplast Ribera.</p>
        <p style="font-size:12px;color:#00756a;letter-spacing:1px">NUEVA FECHA</p>
        <p style="font-size:17px"><b>Lunes, 16 de noviembre de 2026</b><br>12:30 - 13:00 (hora de Madrid)</p>
        <p><a href="https://meet.google.com/zcy-gqhe-nrm">Videollamada</a></p>
        <p style="color:#8392a5"><s>viernes, 13 de noviembre de 2026, 9:00</s></p>
        <p>Nuria Alonso te ha dejado este mensaje:</p>
        <blockquote style="border-left:3px solid #00756a;margin:0;padding-left:12px">Perdona el cambio, Irene. El viernes tenemos auditoría IATF y no puedo moverme de planta. Si tienes cualquier problema con la nueva hora escríbeme a nuria.alonso@ecoplastribera.es.</blockquote>
        <p>Puedes responder directamente a este correo.</p>
        <p style="font-size:11px;color:#8392a5">Ecoplast Ribera · Powered by Workable</p>
        </div></body></html>
        """)
    when = "2026-11-12 17:08:52"
    return message([
        rcv("mail-out-12.workablemail.com", "198.51.100.77", when, MAD, "4GXy5f0cRgz7Vw"),
        ("From", addr("Ecoplast Ribera", "noreply@candidates.workablemail.com")),
        ("Reply-To", "ecoplast-ribera+c7a19e30f2@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", enc("Actualización de tu entrevista con Ecoplast Ribera")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<6539b1f2e8a0c_1a2b3c4d5e6f7.workable@workablemail.com>"),
    ], alt(text(body), html(page)))


@make.mail(N(14), family="reply_quoted", lang="es", interview=True, kind="rescheduled",
           start="2026-11-30T16:00:00Z", end=None,
           contact="oscar.llorente@mecanizadosoca.com", company="Mecanizados Oca",
           local="Mon 2026-11-30 17:00", zone=MAD,
           note="Short tú-form reply from the hiring manager's iPhone on top of the quoted thread: moves the "
                "interview from Thu 26 Nov 17:00 to 'el lunes 30 a las 17:00' (CET) -> 16:00Z; "
                "contact = sender", days=(("Thu", "2026-11-26"),))
def m14() -> bytes:
    body = t("""
        Sin problema Irene, lo movemos al lunes 30 a las 17:00, mismo sitio. Avisaré en recepción.

        Un saludo
        Óscar

        Enviado desde mi iPhone

        > El 24 nov 2026, a las 11:12, Irene Pastor <irene.pastor@example.org> escribió:
        >
        > Hola Óscar:
        >
        > Lo primero, gracias otra vez por la oportunidad. Te escribo porque el jueves 26 me ha
        > surgido una auditoría interna en mi empresa actual que no puedo cambiar. ¿Sería posible
        > hacer la entrevista el lunes 30 a la misma hora? Si no, me adapto a lo que os venga mejor.
        >
        > Muchas gracias,
        > Irene
        >
        >> El 19 nov 2026, a las 9:47, Óscar Llorente <oscar.llorente@mecanizadosoca.com> escribió:
        >>
        >> Hola Irene, te confirmo la entrevista el jueves 26 de noviembre a las 17:00 en nuestras
        >> oficinas de Briviesca (Pol. Ind. La Vega, parcela 14). Estaremos Begoña, de administración,
        >> y yo.
        >>
        >> Un saludo,
        >> Óscar Llorente
        >> Gerente - Mecanizados Oca, S.L.
        """)
    when = "2026-11-24 18:05:31"
    return message([
        rcv("smtp.mecanizadosoca.com", "203.0.113.18", when, MAD, "4GgP2w9nLsz1Jc"),
        ("From", addr("Óscar Llorente", "oscar.llorente@mecanizadosoca.com")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Re: Entrevista jueves 26 - Mecanizados Oca")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<8B3E1F20-7C4D-4A91-B6E2-0D5F9A3C7E41@mecanizadosoca.com>"),
        ("In-Reply-To", "<A1C0F7E2-55B9-4E38-9F21-6D8E2B4A0C93@example.org>"),
        ("References", "<2F9D6A14-0B7E-4C35-8A12-E4C1B9F70D56@mecanizadosoca.com> "
                       "<A1C0F7E2-55B9-4E38-9F21-6D8E2B4A0C93@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, "utf-8", "quoted-printable"))


@make.mail(N(15), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-12-09T14:00:00Z", end="2026-12-09T15:00:00Z",
           contact="siobhan.kearney@helixmobility.ie", company="Helix Mobility Components",
           local="Wed 2026-12-09 14:00", local_end="2026-12-09 15:00", zone="Europe/Dublin",
           note="Greenhouse confirmation from an Irish employer: 2:00 PM - 3:00 PM GMT (Dublin, winter) -> "
                "14:00Z-15:00Z, i.e. 15:00 in Burgos; ICS in UTC; contact = Reply-To recruiter")
def m15() -> bytes:
    body = t("""
        Hi Irene,

        Thanks again for your interest in the HR Operations Specialist - Iberia role at Helix Mobility
        Components. Your interview has been scheduled. Please find the details below.

        Wednesday, December 9, 2026
        2:00 PM - 3:00 PM GMT (Dublin)

        Interviewers:
          Ciarán Doyle - HR Operations Lead
          Beatriz Lafuente - HR Manager, Spain

        Location: Microsoft Teams - a link will be in the calendar invite attached to this email.

        If you have any questions, or if you need to make any changes, please reply to this message.

        Best regards,
        Siobhán Kearney
        Talent Acquisition | Helix Mobility Components
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Irene,</p>
        <p>Thanks again for your interest in the HR Operations Specialist - Iberia role at Helix Mobility Components. Your interview has been scheduled. Please find the details below.</p>
        <p><strong>Wednesday, December 9, 2026</strong><br><strong>2:00 PM - 3:00 PM GMT (Dublin)</strong></p>
        <p>Interviewers:<br>Ciar&aacute;n Doyle - HR Operations Lead<br>Beatriz Lafuente - HR Manager, Spain</p>
        <p>Location: Microsoft Teams - a link will be in the calendar invite attached to this email.</p>
        <p>If you have any questions, or if you need to make any changes, please reply to this message.</p>
        <p>Best regards,<br>Siobh&aacute;n Kearney<br>Talent Acquisition | Helix Mobility Components</p>
        <img src="https://app.greenhouse.io/email_tracking/open/4b7c91.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-52318870-helix@greenhouse.io
        DTSTAMP:20261202T110344Z
        DTSTART:20261209T140000Z
        DTEND:20261209T150000Z
        SUMMARY:Interview: Irene Pastor - HR Operations Specialist - Iberia
        DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_helix8812
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Siobhan Kearney:mailto:siobhan.kearney@helixmobility.ie
        ATTENDEE;CN=Irene Pastor;RSVP=TRUE:mailto:irene.pastor@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-12-02 11:03:44"
    return message([
        rcv("o7.sendgrid.greenhouse-mail.io", "192.0.2.211", when, "Europe/Dublin", "4GmC8r2kTfz4Hs"),
        ("From", addr("Siobhán Kearney", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Siobhán Kearney", "siobhan.kearney@helixmobility.ie")),
        ("To", ME),
        ("Subject", "Interview Confirmation: HR Operations Specialist - Iberia at Helix Mobility Components"),
        ("Date", date(when, "Europe/Dublin")),
        ("Message-ID", "<gh.52318870.confirm.1796209424@greenhouse.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@make.mail(N(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-10-22T08:00:00Z", end="2026-10-22T10:30:00Z",
           contact="katrin.vogt@quantix-drive.com", company="Quantix Drive Software",
           local="Thu 2026-10-22 10:00", local_end="2026-10-22 12:30", zone=MAD,
           note="GoodTime virtual-onsite itinerary, three sessions 10:00-10:45, 11:00-11:45, 12:00-12:30 "
                "CEST (shown in Europe/Madrid) -> start = first 08:00Z, end = last 10:30Z; contact = "
                "Reply-To coordinator")
def m16() -> bytes:
    body = t("""
        Hi Irene,

        Your virtual onsite with Quantix Drive Software for the People Operations Specialist position
        is confirmed. All times below are shown in your time zone: Central European Summer Time
        (Europe/Madrid).

        Thursday, October 22, 2026

        10:00 - 10:45   Values & Motivation          with Hannah Ludwig, HR Business Partner
        11:00 - 11:45   HR Operations Deep Dive      with Stefan Aigner, Head of People Ops
        12:00 - 12:30   Wrap-up                      with Katrin Vogt, Recruiting Coordinator

        All sessions use the same Zoom room: https://quantix.zoom.us/j/81520044913

        You'll receive a separate calendar invitation for each session. If anything changes, reply to
        this email and it will reach me.

        Best,
        Katrin Vogt
        Recruiting Coordinator, Quantix Drive Software
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;color:#111827">
        <p>Hi Irene,</p>
        <p>Your virtual onsite with Quantix Drive Software for the <b>People Operations Specialist</b> position is confirmed. All times below are shown in your time zone: <b>Central European Summer Time (Europe/Madrid)</b>.</p>
        <h3 style="margin-bottom:4px">Thursday, October 22, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr style="border-bottom:1px solid #e5e7eb"><td>10:00 - 10:45</td><td>Values &amp; Motivation</td><td>Hannah Ludwig, HR Business Partner</td></tr>
        <tr style="border-bottom:1px solid #e5e7eb"><td>11:00 - 11:45</td><td>HR Operations Deep Dive</td><td>Stefan Aigner, Head of People Ops</td></tr>
        <tr><td>12:00 - 12:30</td><td>Wrap-up</td><td>Katrin Vogt, Recruiting Coordinator</td></tr>
        </table>
        <p>All sessions use the same Zoom room: <a href="https://quantix.zoom.us/j/81520044913">https://quantix.zoom.us/j/81520044913</a></p>
        <p>You'll receive a separate calendar invitation for each session. If anything changes, reply to this email and it will reach me.</p>
        <p>Best,<br>Katrin Vogt<br>Recruiting Coordinator, Quantix Drive Software</p>
        <p style="font-size:11px;color:#9ca3af">Scheduled with GoodTime</p>
        </body></html>
        """)
    when = "2026-10-15 15:30:18"
    return message([
        rcv("mail.goodtime.io", "198.51.100.191", when, "Europe/Berlin", "4GNb1x6qPdz8Fz"),
        ("From", addr("Quantix Drive Software", "no-reply@goodtime.io")),
        ("Reply-To", addr("Katrin Vogt", "katrin.vogt@quantix-drive.com")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", "Your interview itinerary with Quantix Drive Software - Thursday, October 22"),
        ("Date", date(when, "Europe/Berlin")),
        ("Message-ID", "<itinerary.9f31c2.20261015133018@goodtime.io>"),
    ], alt(text(body), html(page)))


@make.mail(N(17), family="ms_bookings", lang="es", interview=True, kind="scheduled",
           start="2026-09-23T08:00:00Z", end="2026-09-23T08:30:00Z",
           contact="nerea.salvatierra@verticeseleccion.es", company="Vértice Selección",
           local="Wed 2026-09-23 10:00", local_end="2026-09-23 10:30", zone=MAD,
           note="Microsoft Bookings confirmation in Spanish from a shared Bookings mailbox; the body label "
                "'(UTC+01:00) Bruselas, Copenhague, Madrid, París' shows the standard offset in September: "
                "10:00 Madrid CEST -> 08:00Z, as the ICS (Romance Standard Time) says; agency interview; "
                "contact = consultant's address in the body")
def m17() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#333">
        <div style="font-size:21px;color:#0078d4;margin-bottom:14px">Su reserva está confirmada</div>
        <p>Hola, Irene Pastor:</p>
        <p>Gracias por reservar con Vértice Selección. Le esperamos.</p>
        <table cellpadding="3" style="font-size:14px">
        <tr><td style="color:#666">Servicio</td><td>Entrevista inicial - Procesos Industria</td></tr>
        <tr><td style="color:#666">Fecha y hora</td><td>miércoles, 23 de septiembre de 2026 10:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td style="color:#666">Duración</td><td>30 minutos</td></tr>
        <tr><td style="color:#666">Personal</td><td>Nerea Salvatierra</td></tr>
        <tr><td style="color:#666">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_vertice4471">Unirse a la reunión de Teams</a></p>
        <p>Nerea le entrevistará para las posiciones de RR.HH. que gestionamos para clientes del sector de automoción en Burgos y Álava. Si tiene alguna duda, puede escribirle directamente a nerea.salvatierra@verticeseleccion.es.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/VerticeSeleccion@verticeseleccion.es/bookings/s/manage">Administrar reserva</a></p>
        <p style="font-size:11px;color:#888">Vértice Selección, C/ Vitoria 17, 3º, 09004 Burgos · 947 00 41 52</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Vértice Selección:mailto:EntrevistasVertice@verticeseleccion.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Pastor:mailto:irene.pastor@example.org
        DESCRIPTION;LANGUAGE=es-ES:Entrevista inicial - Procesos Industria con Nerea Salvatierra\\n
        UID:040000008200E00074C5B7101A82E008000000004C1D77E2A346DD010000000000000000100000007F3A09B52C18E1468D04
        SUMMARY;LANGUAGE=es-ES:Entrevista inicial - Procesos Industria
        DTSTART;TZID=Romance Standard Time:20260923T100000
        DTEND;TZID=Romance Standard Time:20260923T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260918T172011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-18 19:20:11"
    return message([
        rcv("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.21.118", when, MAD, "4F6hYq3sNvz5Dk"),
        ("From", addr("Vértice Selección", "EntrevistasVertice@verticeseleccion.es")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Reserva confirmada: Entrevista inicial - Procesos Industria con Vértice Selección")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<VI1PR08MB5327E3F1D0A64B82C79E4A55B6D91@VI1PR08MB5327.eurprd08.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ], mixed(html(page, cte="base64"), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(18), family="forwarded", lang="es", interview=True, kind="scheduled",
           start="2026-10-05T09:30:00Z", end=None,
           contact="marina.quintanilla@gsvaldivielso.es", company="Grupo Sanitario Valdivielso",
           local="Mon 2026-10-05 11:30", zone=MAD,
           note="Irene forwards (Gmail 'Forwarded message') the recruiter's usted-form confirmation from her "
                "other address to herself: 'lunes 5 de octubre a las 11:30' in Madrid, CEST -> 09:30Z; "
                "candidate is never the contact -> the recruiter in the forwarded header")
def m18() -> bytes:
    body = t("""
        Para tenerlo a mano. Billete de tren ya comprado.

        ---------- Forwarded message ---------
        De: Marina Quintanilla <marina.quintanilla@gsvaldivielso.es>
        Date: mar, 29 sept 2026 a las 13:10
        Subject: Entrevista Técnico/a de Selección - Grupo Sanitario Valdivielso
        To: <irene.pastor.rdz@example.com>


        Buenos días, Irene:

        Le confirmamos la entrevista para el puesto de Técnico/a de Selección el lunes 5 de octubre a
        las 11:30 en nuestras oficinas centrales de Madrid (C/ de Orense 58, 3.ª planta). Pregunte en
        recepción por Marina Quintanilla.

        Le entrevistaremos la directora de Personas, Dña. Pilar Encinas, y yo misma. Le rogamos que
        traiga el DNI para el control de acceso.

        Un cordial saludo,

        Marina Quintanilla
        Departamento de Personas
        Grupo Sanitario Valdivielso
        """)
    when = "2026-09-30 08:02:47"
    return message([
        rcv("mail-lf1-f42.google.com", "209.85.167.42", when, MAD, "4FBq9r1sKwz2Tm"),
        ("From", addr("Irene Pastor", "irene.pastor.rdz@example.com")),
        ("To", ME),
        ("Subject", enc("Fwd: Entrevista Técnico/a de Selección - Grupo Sanitario Valdivielso")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAPk7Rz0Fwd3mIrene9qLs2@mail.gmail.com>"),
    ], alt(text(body, "utf-8", "quoted-printable"), html(gmail_html(body))))


@make.mail(N(19), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-10-13T07:00:00Z", end="2026-10-13T07:45:00Z",
           contact="laura.benavides@delmarefoods.com", company="Delmare Foods",
           local="Tue 2026-10-13 09:00", local_end="2026-10-13 09:45", zone=MAD,
           note="iCIMS confirmation forwarded by Irene to herself as a message/rfc822 attachment (Outlook "
                "'forward as attachment'); 9:00 AM CEST, 45 minutes -> 07:00Z-07:45Z; contact = the "
                "interviewer's address in the attached message")
def m19() -> bytes:
    inner_body = t("""
        Dear Irene Pastor,

        Thank you for your application for HR Coordinator - Burgos Plant (Req #2026-3318).

        We are pleased to invite you to an in-person interview:

        Date: Tuesday, October 13, 2026
        Time: 9:00 AM (Central European Summer Time)
        Duration: 45 minutes
        Location: Delmare Foods Europe, Avenida de Castilla y León 60, 09006 Burgos - Reception, Building A
        Interviewer: Laura Benavides, HR Manager Iberia (laura.benavides@delmarefoods.com)

        Please bring a photo ID. If you are unable to attend, please contact Laura Benavides directly.

        Sincerely,
        Delmare Foods Talent Acquisition

        Please do not reply to this automatically generated message.
        """)
    inner = message([
        ("Received", "from mta-04.talent.icims.com (mta-04.talent.icims.com [198.51.100.40])\r\n"
                     " by mx1.example.org (Postfix) with ESMTPS id 4FLx2c8pQrz6Vh; Tue, 6 Oct 2026 15:40:25 +0000"),
        ("From", addr("Delmare Foods Talent Acquisition", "delmarefoods@talent.icims.com")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", "Interview Scheduled - HR Coordinator - Burgos Plant"),
        ("Date", date("2026-10-06 17:40:22", MAD)),
        ("Message-ID", "<1287734.4412.1791301222311.JavaMail.icims@mta-04.talent.icims.com>"),
    ], text(inner_body, "utf-8", "quoted-printable"))
    outer_body = t("""
        Para el calendario. Entrevista presencial en Delmare, martes 13.

        Irene
        """)
    when = "2026-10-07 21:15:09"
    return message([
        rcv("mail.example.org", "192.0.2.5", when, MAD, "4FMf6t0bWnz3Yq", lag=1),
        ("From", IRENE),
        ("To", IRENE),
        ("Subject", "FW: Interview Scheduled - HR Coordinator - Burgos Plant"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<PAXPR10MB5520F91A0C2E4B73D6A18C02E07F2@PAXPR10MB5520.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Content-Language", "es-ES"),
    ], mixed(text(outer_body), attached_message(inner, "Interview Scheduled - HR Coordinator - Burgos Plant.eml")))


@make.mail(N(20), family="human_prose", lang="es-CL", interview=True, kind="scheduled",
           start="2026-10-01T12:00:00Z", end="2026-10-01T12:45:00Z",
           contact="cfuenzalida@arlanzacomponents.cl", company="Grupo Arlanza Components",
           local="Thu 2026-10-01 09:00", local_end="2026-10-01 09:45", zone="America/Santiago",
           note="Chilean Spanish; 'jueves 1 de octubre a las 9:00 hora de Chile continental (14:00 hora "
                "peninsular)': Chile on summer time (UTC-3) since 6 Sep -> 12:00Z; '45 minutos' -> "
                "end 12:45Z; Teams; contact = sender")
def m20() -> bytes:
    body = t("""
        Hola Irene, ¿cómo estás?

        Te escribo para confirmarte la entrevista para el cargo de Técnica de RRHH corporativo (proyectos
        LATAM). Quedamos agendadas para el jueves 1 de octubre a las 9:00 hora de Chile continental, que
        serían las 14:00 hora peninsular española. La reunión dura 45 minutos y la hacemos por Teams;
        te llegará la invitación desde mi calendario.

        Participaremos yo y Rodrigo Errázuriz, que es el jefe de Personas de la planta de Rancagua, con
        quien trabajarías harto si avanzas en el proceso.

        Cualquier duda me escribes no más.

        Quedo atenta,
        Saludos cordiales

        Catalina Fuenzalida Mardones
        Gerenta de Personas - Chile
        Grupo Arlanza Components
        Camino Los Alerces 2250, Rancagua
        """)
    when = "2026-09-25 10:04:37"
    zone = "America/Santiago"
    return message([
        rcv("mail-pj1-f47.google.com", "209.85.216.47", when, zone, "4FAk0m3rXsz7Ne"),
        ("From", addr("Catalina Fuenzalida Mardones", "cfuenzalida@arlanzacomponents.cl")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Confirmación entrevista - Técnica RRHH corporativo")),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAL0xTr9Fuenzalida4mHq1w@mail.gmail.com>"),
    ], alt(text(body, "utf-8", "8bit"), html(gmail_html(body), "utf-8", "quoted-printable")))


@make.mail(N(21), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-11-17T14:30:00Z", end="2026-11-17T15:15:00Z",
           contact="ines.carvalho@orbitalfleet.io", company="Orbital Fleet",
           local="Tue 2026-11-17 15:30", local_end="2026-11-17 16:15", zone=MAD,
           note="Ashby confirmation, 3:30 PM - 4:15 PM CET -> 14:30Z-15:15Z; ICS attachment TZID "
                "Europe/Madrid; contact = Reply-To recruiter")
def m21() -> bytes:
    body = t("""
        Hi Irene,

        Your interview with Orbital Fleet is confirmed. We're looking forward to speaking with you!

        Tuesday, November 17, 2026, 3:30 PM - 4:15 PM CET
        Google Meet: https://meet.google.com/rpv-xkta-wde

        You'll meet with:
          Tomás Ferreira - Head of People
          Inês Carvalho - Talent Partner

        Questions? Just reply and it will reach Inês Carvalho.

        Thanks,
        Orbital Fleet Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Irene,</p>
        <p>Your interview with Orbital Fleet is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Tuesday, November 17, 2026, 3:30 PM - 4:15 PM CET</b><br>Google Meet: <a href="https://meet.google.com/rpv-xkta-wde">meet.google.com/rpv-xkta-wde</a></p>
        <p>You'll meet with:<br>Tomás Ferreira - Head of People<br>Inês Carvalho - Talent Partner</p>
        <p>Questions? Just reply and it will reach Inês Carvalho.</p>
        <p>Thanks,<br>Orbital Fleet Recruiting</p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + \
        VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:2d8f4a61-93be-4c1e-a7f0-58b3e9d2c614
        DTSTAMP:20261112T124012Z
        DTSTART;TZID=Europe/Madrid:20261117T153000
        DTEND;TZID=Europe/Madrid:20261117T161500
        SEQUENCE:0
        SUMMARY:Orbital Fleet - People Operations Associate Interview
        LOCATION:https://meet.google.com/rpv-xkta-wde
        ORGANIZER;CN=Inês Carvalho:mailto:ines.carvalho@orbitalfleet.io
        ATTENDEE;CN=Irene Pastor;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:irene.pastor@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-12 13:40:12"
    return message([
        rcv("mail.ashbyhq.com", "198.51.100.150", when, MAD, "4GXq1d7mVbz0Kp"),
        ("From", addr("Orbital Fleet", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Inês Carvalho", "ines.carvalho@orbitalfleet.io")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", "Interview confirmed: People Operations Associate at Orbital Fleet"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<010201933f5a8c41-7e2b90d4-1a6c-4f83-b5e9-0c2d8a71f364-000000@eu-west-1.amazonses.com>"),
    ], mixed(alt(text(body, "utf-8", "base64"), html(page, "utf-8", "base64")),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(N(22), family="personio", lang="es", interview=True, kind="scheduled",
           start="2026-12-03T15:00:00Z", end="2026-12-03T16:00:00Z",
           contact="teresa.lopez@nordwerk-sitztechnik.es", company="Nordwerk Sitztechnik",
           local="Thu 2026-12-03 16:00", local_end="2026-12-03 17:00", zone=MAD,
           note="Personio interview invitation (tú), 'jueves, 3 de diciembre de 2026, 16:00 - 17:00 (CET)' -> "
                "15:00Z-16:00Z; ICS TZID Europe/Madrid; contact = Reply-To recruiter; later cancelled in "
                "a separate mail of this set")
def m22() -> bytes:
    body = t("""
        Hola Irene:

        ¡Gracias por tu interés en Nordwerk Sitztechnik! Nos alegra invitarte a una entrevista para el
        puesto de HR Generalist (m/f/d) - Burgos.

        Fecha: jueves, 3 de diciembre de 2026
        Hora: 16:00 - 17:00 (CET)
        Lugar: Nordwerk Sitztechnik S.L., Polígono Industrial Los Brezos, nave 7, 09007 Burgos
        Entrevistadores: Teresa López (Recursos Humanos) y Andreas Kühn (Director de planta)

        Adjuntamos la invitación para tu calendario. Si tienes alguna pregunta, responde a este correo.

        Un saludo,
        Teresa López
        Recursos Humanos · Nordwerk Sitztechnik S.L.

        Enviado con Personio
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="background:#f4f5f7;margin:0;padding:24px 0">
        <table role="presentation" width="580" align="center" style="background:#ffffff;border-radius:6px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#222">
        <tr><td style="padding:28px 32px">
        <p>Hola Irene:</p>
        <p>¡Gracias por tu interés en Nordwerk Sitztechnik! Nos alegra invitarte a una entrevista para el puesto de <em>HR Generalist (m/f/d) - Burgos</em>.</p>
        <p><strong>Fecha:</strong> jueves, 3 de diciembre de 2026<br>
        <strong>Hora:</strong> 16:00 - 17:00 (CET)<br>
        <strong>Lugar:</strong> Nordwerk Sitztechnik S.L., Polígono Industrial Los Brezos, nave 7, 09007 Burgos<br>
        <strong>Entrevistadores:</strong> Teresa López (Recursos Humanos) y Andreas Kühn (Director de planta)</p>
        <p>Adjuntamos la invitación para tu calendario. Si tienes alguna pregunta, responde a este correo.</p>
        <p>Un saludo,<br>Teresa López<br>Recursos Humanos · Nordwerk Sitztechnik S.L.</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:11px;color:#8a8f98">Enviado con Personio</td></tr>
        </table></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Personio GmbH//Recruiting//DE\nMETHOD:REQUEST\n" + \
        VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-event-41877213-nordwerk
        DTSTAMP:20261125T101903Z
        DTSTART;TZID=Europe/Madrid:20261203T160000
        DTEND;TZID=Europe/Madrid:20261203T170000
        SUMMARY:Entrevista: Irene Pastor - HR Generalist (m/f/d) - Burgos
        LOCATION:Nordwerk Sitztechnik S.L.\\, Polígono Industrial Los Brezos\\, nave 7\\, 09007 Burgos
        ORGANIZER;CN=Teresa López:mailto:teresa.lopez@nordwerk-sitztechnik.es
        ATTENDEE;CN=Irene Pastor;RSVP=TRUE:mailto:irene.pastor@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-25 11:19:03"
    return message([
        rcv("mail-eu1.personio.de", "192.0.2.61", when, MAD, "4GhF0k5nTwz1Xs"),
        ("From", addr("Nordwerk Sitztechnik S.L.", "no-reply@personio.de")),
        ("Reply-To", addr("Teresa López", "teresa.lopez@nordwerk-sitztechnik.es")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Invitación a entrevista: HR Generalist (m/f/d) - Burgos")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20261125101903.41877213.invite@mail-eu1.personio.de>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(N(23), family="calendly", lang="es", interview=True, kind="scheduled",
           start="2026-09-21T10:00:00Z", end="2026-09-21T10:30:00Z",
           contact="sergio.lerma@ibericatroquelados.es", company="Ibérica de Troquelados",
           local="Mon 2026-09-21 12:00", local_end="2026-09-21 12:30", zone=MAD,
           note="Calendly invitee confirmation in Spanish after Irene used the recruiter's link (earlier mail "
                "in the set); '12:00 - 12:30, lunes, 21 de septiembre de 2026 (Hora de Europa central)' is "
                "CEST in September -> 10:00Z; contact = Reply-To host")
def m23() -> bytes:
    body = t("""
        Hola, Irene Pastor:

        Se ha programado tu evento de Calendly.

        Evento:
        Entrevista telefónica (30 min)

        Organizador/a:
        Sergio Lerma

        Fecha/hora del evento:
        12:00 - 12:30, lunes, 21 de septiembre de 2026 (Hora de Europa central)

        Ubicación:
        Sergio te llamará al +34 611 28 40 75

        Descripción:
        Primera conversación sobre el puesto de Administrativo/a de RRHH - Nóminas.

        Cancelar: https://calendly.com/cancellations/0f3e7b1a-cc52-4d89-a7e4-3b9d12c8f6a0
        Reprogramar: https://calendly.com/reschedulings/0f3e7b1a-cc52-4d89-a7e4-3b9d12c8f6a0

        Con tecnología de Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hola, Irene Pastor:</p>
        <p>Se ha programado tu evento de Calendly.</p>
        <p><b>Evento:</b><br>Entrevista telefónica (30 min)</p>
        <p><b>Organizador/a:</b><br>Sergio Lerma</p>
        <p><b>Fecha/hora del evento:</b><br>12:00 - 12:30, lunes, 21 de septiembre de 2026 (Hora de Europa central)</p>
        <p><b>Ubicación:</b><br>Sergio te llamará al +34 611 28 40 75</p>
        <p><b>Descripción:</b><br>Primera conversación sobre el puesto de Administrativo/a de RRHH - Nóminas.</p>
        <p><a href="https://calendly.com/cancellations/0f3e7b1a-cc52-4d89-a7e4-3b9d12c8f6a0">Cancelar</a> &nbsp; <a href="https://calendly.com/reschedulings/0f3e7b1a-cc52-4d89-a7e4-3b9d12c8f6a0">Reprogramar</a></p>
        <p style="font-size:12px;color:#666">Con tecnología de Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:0f3e7b1a-cc52-4d89-a7e4-3b9d12c8f6a0@calendly.com
        DTSTAMP:20260916T180415Z
        DTSTART:20260921T100000Z
        DTEND:20260921T103000Z
        SUMMARY:Entrevista telefónica (30 min) entre Sergio Lerma e Irene Pastor
        ORGANIZER;CN=Sergio Lerma:mailto:sergio.lerma@ibericatroquelados.es
        ATTENDEE;CN=Irene Pastor;RSVP=FALSE:mailto:irene.pastor@example.org
        LOCATION:+34 611 28 40 75
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-09-16 20:04:15"
    return message([
        rcv("o1.email.calendly.com", "192.0.2.97", when, MAD, "4F5mXr2cJqz6Gb"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Sergio Lerma", "sergio.lerma@ibericatroquelados.es")),
        ("To", ME),
        ("Subject", enc("Confirmado: Entrevista telefónica (30 min) con Sergio Lerma el lunes, 21 de "
                        "septiembre de 2026")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<calendly.invitee.confirm.0f3e7b1a@calendly.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="es", interview=False, company="Lumbre Energía",
           note="Teamtailor rejection after the 29 Sep interview (same company as an earlier positive); no time")
def m24() -> bytes:
    body = t("""
        Hola Irene:

        Muchas gracias por tu tiempo y por la conversación con Sandra la semana pasada. Nos ha gustado
        mucho conocerte.

        Tras valorar todas las candidaturas para el puesto de Técnico/a de Selección y Desarrollo
        (Valladolid), hemos decidido continuar el proceso con otra persona cuyo perfil se ajusta algo
        más a lo que necesitamos en este momento.

        Guardaremos tus datos para futuras oportunidades, si nos das tu consentimiento en tu perfil.

        Te deseamos mucha suerte,
        El equipo de Personas de Lumbre Energía
        """)
    when = "2026-10-09 10:12:40"
    return message([
        rcv("o12.mail.teamtailor-mail.com", "192.0.2.148", when, MAD, "4GD0fR7wQmz5Jt"),
        ("From", addr("Lumbre Energía", "no-reply@teamtailor-mail.com")),
        ("To", ME),
        ("Subject", enc("Tu candidatura en Lumbre Energía")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<tt.81c0d4e29a.rejection@teamtailor-mail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(25), family="application_receipt", lang="es", interview=False, company="Aurelis Automotive",
           note="Taleo acknowledgement of an application (usted, ISO-8859-1); no interview")
def m25() -> bytes:
    body = t("""
        Estimada Irene Pastor:

        Le agradecemos su interés en Aurelis Automotive y le confirmamos que hemos recibido su
        candidatura para el puesto:

            Técnico/a de Compensación y Beneficios - Burgos (Solicitud 2600DBN)

        Nuestro equipo de Selección revisará su perfil. Si encaja con los requisitos del puesto, nos
        pondremos en contacto con usted para informarle de los siguientes pasos del proceso.

        Puede consultar el estado de su candidatura en cualquier momento accediendo a nuestra sección
        de empleo: https://aurelis.taleo.net/careersection/ex/mysubmissions.ftl

        Atentamente,
        Departamento de Selección
        Aurelis Automotive

        Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
        """)
    when = "2026-09-03 22:47:10"
    return message([
        rcv("smtp-out-2.taleo.net", "198.51.100.204", when, MAD, "4F0nHb6tKsz3Mv"),
        ("From", addr("Aurelis Automotive", "no-reply@taleo.net")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Aurelis Automotive - Confirmación de recepción de su candidatura", "iso-8859-1")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<1096452311.2247.1788468430117.JavaMail.taleo@tlp-app-18>"),
    ], text(body, "iso-8859-1", "quoted-printable"))


@make.mail(N(26), family="job_alert", lang="es", interview=False, company=None,
           note="Job-board alert (fictional Empleo Castilla) listing HR vacancies; nothing scheduled")
def m26() -> bytes:
    body = t("""
        Hola Irene,

        Tenemos 6 ofertas nuevas para tu alerta "Técnico RRHH" en Burgos y alrededores:

        1. Técnico/a de Recursos Humanos - Industria alimentaria
           Burgos · Contrato indefinido · 26.000 - 30.000 EUR
        2. Administrativo/a de Personal (nóminas, A3Nom)
           Villarcayo · Jornada completa
        3. HR Business Partner Planta
           Miranda de Ebro · Se valora inglés B2
        4. Técnico/a de Selección - ETT
           Burgos · Incorporación inmediata
        5. Responsable de Formación y Desarrollo
           Aranda de Duero · Sector automoción
        6. Técnico/a de Prevención y RRHH
           Lerma · Jornada partida

        Ver todas las ofertas: https://www.empleocastilla.example.com/alertas/48120

        Te enviamos este aviso porque creaste una alerta de empleo. Para darte de baja, entra en
        https://www.empleocastilla.example.com/alertas/baja
        """)
    when = "2026-09-10 07:30:02"
    return message([
        rcv("mta3.empleocastilla.example.com", "203.0.113.90", when, MAD, "4F3Ck8nRvbz2Wg"),
        ("From", addr("Empleo Castilla", "alertas@empleocastilla.example.com")),
        ("To", ME),
        ("Subject", enc("6 nuevas ofertas para «Técnico RRHH» en Burgos")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<alert-48120-20260910@empleocastilla.example.com>"),
        ("List-Unsubscribe", "<https://www.empleocastilla.example.com/alertas/baja>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(27), family="newsletter_tips", lang="es", interview=False, company=None,
           note="HR professional newsletter with an interview-preparation article and event listings")
def m27() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;color:#222;background:#faf8f3">
        <div style="max-width:620px;margin:0 auto;background:#fff;padding:24px">
        <h1 style="font-size:24px;border-bottom:3px solid #b3261e">Capital Humano Hoy · nº 212</h1>
        <h2 style="font-size:19px">Entrevistas por competencias: las 5 preguntas que siempre aparecen</h2>
        <p>«Cuéntame una situación en la que tuviste que gestionar un conflicto». Si has estado en un proceso de selección en los últimos años, la habrás escuchado. Repasamos el método STAR y cómo preparar tus ejemplos antes de la entrevista.</p>
        <p><a href="https://capitalhumanohoy.example.com/n212/competencias">Leer el artículo</a></p>
        <h2 style="font-size:19px">Convenio del metal de Burgos: lo que cambia en 2027</h2>
        <p>Las tablas salariales y el calendario laboral del próximo año, explicados por un abogado laboralista.</p>
        <h2 style="font-size:19px">Agenda</h2>
        <ul>
        <li>20 de octubre, 18:00 · Encuentro online «People analytics para pymes»</li>
        <li>5 de noviembre · Congreso de RRHH de Castilla y León (Valladolid)</li>
        </ul>
        <p style="font-size:11px;color:#777">Recibes Capital Humano Hoy porque te suscribiste en capitalhumanohoy.example.com. <a href="https://capitalhumanohoy.example.com/baja">Darse de baja</a></p>
        </div></body></html>
        """)
    when = "2026-10-14 08:00:00"
    return message([
        rcv("mail.capitalhumanohoy.example.com", "203.0.113.144", when, MAD, "4GFh7q1tBcz9Rm"),
        ("From", addr("Capital Humano Hoy", "boletin@capitalhumanohoy.example.com")),
        ("To", ME),
        ("Subject", enc("Entrevistas por competencias, convenio del metal y agenda de octubre")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<n212.20261014080000.4471@capitalhumanohoy.example.com>"),
        ("List-Unsubscribe", "<https://capitalhumanohoy.example.com/baja>"),
        ("Precedence", "bulk"),
    ], html(page))


@make.mail(N(28), family="recruiter_outreach", lang="es", interview=False, company="Brisa Talent",
           note="Agency headhunter outreach asking for a call 'esta semana'; no time fixed")
def m28() -> bytes:
    body = t("""
        Hola Irene:

        Soy Ane Etxeberria, consultora en Brisa Talent. He visto tu perfil y tu experiencia como
        asistente de RRHH en el sector de automoción, y creo que podría interesarte una posición de
        Técnico/a de RRHH generalista que estamos cubriendo para un fabricante de componentes en
        Vitoria (con posibilidad de dos días de teletrabajo).

        ¿Tendrías 15 minutos esta semana para una llamada? Dime qué día y franja te vienen mejor y
        me adapto.

        Un saludo,

        Ane Etxeberria
        Consultora Senior · Brisa Talent
        +34 945 01 22 87
        """)
    when = "2026-09-22 11:35:48"
    return message([
        rcv("mail-ej1-f45.google.com", "209.85.218.45", when, MAD, "4F7jQw2mNkz8Hc"),
        ("From", addr("Ane Etxeberria", "ane.etxeberria@brisatalent.com")),
        ("To", ME),
        ("Subject", enc("Posición Técnico/a RRHH - automoción (Vitoria)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAN2vBr6Etxe8kPq0yW@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="availability_request", lang="es", interview=False, company="Logística Cardeña",
           note="Recruiter proposes two slots (Wed 7 Oct 10:00 or Thu 8 Oct 12:30) and asks which suits; "
                "nothing confirmed yet (the confirmation is a later mail in the set)",
           days=(("Wed", "2026-10-07"), ("Thu", "2026-10-08")))
def m29() -> bytes:
    body = t("""
        Hola Irene:

        Gracias por tu candidatura al puesto de Técnico/a de RRHH. Nos ha encajado mucho tu perfil y
        nos gustaría conocerte en una entrevista online con Julián, nuestro director de operaciones.

        Te propongo dos opciones:

        - miércoles 7 de octubre a las 10:00
        - jueves 8 de octubre a las 12:30

        Dime cuál te encaja mejor y te mando el enlace de Zoom. Si ninguna te va bien, proponme tú
        otra franja esa semana.

        Un saludo,

        Alba Roiz
        Selección y Desarrollo · Logística Cardeña
        Pol. Ind. Villayuda, C/ Merindad de Montija 6 · Burgos
        T. 947 21 40 18
        """)
    when = "2026-09-30 17:20:05"
    return message([
        rcv("mail-wr1-f54.google.com", "209.85.221.54", when, MAD, "4FC7gT3pXdz0Nq"),
        ("From", addr("Alba Roiz", "alba.roiz@logisticacardena.com")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Proceso Técnico/a de RRHH - Logística Cardeña")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAD5nq3Lr2p8sCardenaA1y@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(30), family="scheduling_link", lang="en", interview=False, company="Helix Mobility Components",
           note="Greenhouse availability request: candidate to submit availability for a 60-minute interview "
                "between 2 and 11 December; nothing fixed")
def m30() -> bytes:
    body = t("""
        Hi Irene,

        Great news - the hiring team for HR Operations Specialist - Iberia would like to move forward
        with a 60-minute interview.

        Please use the link below to let us know when you're available between Wednesday, December 2
        and Friday, December 11. Please share as many time slots as you can (times are shown in your
        local time zone).

        https://app.greenhouse.io/availability/4b7c91e0-52a8-4d17-9fd3-a2c6e018b7d5

        Once we've found a time that works for everyone, you'll receive a calendar invitation.

        Best regards,
        Siobhán Kearney
        Talent Acquisition | Helix Mobility Components
        """)
    when = "2026-11-25 16:48:20"
    return message([
        rcv("o7.sendgrid.greenhouse-mail.io", "192.0.2.211", when, "Europe/Dublin", "4GhT5c9mRwz2Lk"),
        ("From", addr("Siobhán Kearney", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Siobhán Kearney", "siobhan.kearney@helixmobility.ie")),
        ("To", ME),
        ("Subject", "Please share your availability - Helix Mobility Components"),
        ("Date", date(when, "Europe/Dublin")),
        ("Message-ID", "<gh.52318870.availability.1795625300@greenhouse.io>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="scheduling_link", lang="es", interview=False, company="Ibérica de Troquelados",
           note="Recruiter sends a Calendly link to book a phone interview; nothing booked yet (the booking "
                "confirmation is a later mail in the set)")
def m31() -> bytes:
    body = t("""
        Hola Irene,

        Soy Sergio Lerma, de Selección en Ibérica de Troquelados. Hemos recibido tu CV para el puesto
        de Administrativo/a de RRHH - Nóminas y nos gustaría tener una primera conversación telefónica
        contigo de unos 30 minutos.

        Para que no tengamos que ir cruzando correos, reserva el hueco que mejor te venga aquí:
        https://calendly.com/sergio-lerma-ibt/entrevista-telefonica

        Tengo disponibilidad esta semana y la que viene.

        Gracias y un saludo,
        Sergio Lerma
        Ibérica de Troquelados, S.L. · Ctra. de Valladolid km 3 · Burgos
        """)
    when = "2026-09-14 10:02:33"
    return message([
        rcv("smtp.ibericatroquelados.es", "203.0.113.33", when, MAD, "4F4d1Lp8Wqz3Sx"),
        ("From", addr("Sergio Lerma", "sergio.lerma@ibericatroquelados.es")),
        ("To", ME),
        ("Subject", enc("Tu candidatura - Administrativo/a de RRHH")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<e41c7a09-3b2d-48f6-a1c5-9d80f2e6b317@ibericatroquelados.es>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, "utf-8", "8bit", params="format=flowed"))


@make.mail(N(32), family="out_of_office", lang="es", interview=False, company=None,
           note="Exchange automatic reply to Irene's thank-you after the interview: away 29 Oct - 1 Nov")
def m32() -> bytes:
    body = t("""
        Gracias por su mensaje. Estaré fuera de la oficina del 29 de octubre al 1 de noviembre, ambos
        incluidos, sin acceso al correo. Responderé a su mensaje a mi vuelta, el lunes 2 de noviembre.

        Para cualquier asunto urgente puede dirigirse al Departamento de Personas en el 947 48 90 10.

        Lucía Marín Ortiz
        Carrocerías Esgueva, S.A.
        """)
    when = "2026-10-29 18:40:51"
    return message([
        rcv("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.15.93", when, MAD, "4GRk9s2vDnz4Pb"),
        ("From", addr("Lucía Marín Ortiz", "lmarin@carroceriasesgueva.es", "windows-1252")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Respuesta automática: Gracias por la entrevista", "windows-1252")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<DB9PR04MB84127A2E01C5F3B9D48E6A21D7E12@DB9PR04MB8412.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", "<CAH5tIrene0Gracias8Zq@mail.gmail.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "lmarin@carroceriasesgueva.es"),
    ], text(body, "windows-1252", "quoted-printable"), )


@make.mail(N(33), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) for Irene's thank-you to an interviewer whose domain she mistyped")
def m33() -> bytes:
    expl = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <stefan.aigner@quantix-drvie.com>: Host or domain name not found. Name service
            error for name=quantix-drvie.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4GPq0v3mHtz7Yd
        X-Postfix-Sender: rfc822; irene.pastor@example.org
        Arrival-Date: Thu, 22 Oct 2026 19:04:58 +0200 (CEST)

        Final-Recipient: rfc822; stefan.aigner@quantix-drvie.com
        Original-Recipient: rfc822;stefan.aigner@quantix-drvie.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=quantix-drvie.com type=A: Host not found
        """)
    orig = t("""
        From: Irene Pastor <irene.pastor@example.org>
        To: stefan.aigner@quantix-drvie.com
        Subject: Gracias / Thank you - People Operations Specialist
        Date: Thu, 22 Oct 2026 19:04:55 +0200
        Message-ID: <CAH7pIrene2Thanks5Wq@mail.gmail.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="UTF-8"
        """)
    when = "2026-10-22 19:04:59"
    return message([
        ("Received", "by mx1.example.org (Postfix)\r\n id 4GPq0v5nRkz7Zf; " + date(when, MAD)),
        ("From", "MAILER-DAEMON@example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<20261022170459.4GPq0v5nRkz7Zf@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report",
                 raw_part([("Content-Description", "Notification"),
                           ("Content-Type", "text/plain; charset=us-ascii")], expl),
                 raw_part([("Content-Description", "Delivery report"),
                           ("Content-Type", "message/delivery-status")], status),
                 raw_part([("Content-Description", "Undelivered Message Headers"),
                           ("Content-Type", "text/rfc822-headers")], orig),
                 params="report-type=delivery-status"))


@make.mail(N(34), family="offer", lang="en", interview=False, company="Orbital Fleet",
           note="Job offer with a start date and a signing deadline; not an interview",
           days=(("Mon", "2027-01-11"), ("Fri", "2026-12-04")))
def m34() -> bytes:
    body = t("""
        Hi Irene,

        I'm delighted to let you know that we'd like to offer you the position of People Operations
        Associate at Orbital Fleet!

        Tomás and the team were really impressed by your experience with plant HR and payroll, and
        we think you'll be a great addition.

        You'll receive the offer letter through DocuSign in the next hour. The main points:
          - Start date: Monday, January 11, 2027
          - Location: Remote (Spain), with one week per quarter in our Lisbon office
          - Salary and benefits as discussed on our call

        We'd be grateful if you could sign by Friday, December 4. If you have any questions about
        the offer, just reply here or give me a call.

        Welcome aboard (hopefully)!

        Inês Carvalho
        Talent Partner, Orbital Fleet
        +351 912 448 031
        """)
    when = "2026-12-01 12:25:09"
    return message([
        rcv("mail-oi1-f178.google.com", "209.85.167.178", when, "Europe/Lisbon", "4GjZ1m6sQrz3Dc"),
        ("From", addr("Inês Carvalho", "ines.carvalho@orbitalfleet.io")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", "Your offer from Orbital Fleet"),
        ("Date", date(when, "Europe/Lisbon")),
        ("Message-ID", "<CAE8sOrbital4Offer1xMz@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(35), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Dentist appointment reminder with a fixed time (Tue 22 Sep 18:30); personal, not an interview",
           days=(("Tue", "2026-09-22"),))
def m35() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <p><img src="https://clinicadentalgamonal.example.com/logo.png" alt="Cl&iacute;nica Dental Gamonal"></p>
        <p>Estimada Irene Pastor:</p>
        <p>Le recordamos su cita en <b>Cl&iacute;nica Dental Gamonal</b>:</p>
        <p><b>Martes 22 de septiembre de 2026, 18:30 h</b><br>Dra. Paula Saiz - Revisi&oacute;n y limpieza<br>
        Avda. Eladio Perlado 41, bajo, 09007 Burgos</p>
        <p>Si no puede acudir, por favor av&iacute;senos con 24 horas de antelaci&oacute;n llamando al 947 22 18 64.</p>
        <p>Un saludo,<br>Cl&iacute;nica Dental Gamonal</p>
        </body></html>
        """)
    when = "2026-09-18 10:00:14"
    return message([
        rcv("smtp.gestiondental.example.net", "203.0.113.120", when, MAD, "4F6bGk2sTfz1Vr"),
        ("From", addr("Clínica Dental Gamonal", "citas@clinicadentalgamonal.example.com", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Recordatorio de su cita - Clínica Dental Gamonal", "iso-8859-1")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<recordatorio.118274@gestiondental.example.net>"),
    ], html(page, "iso-8859-1", "quoted-printable"))


@make.mail(N(36), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Padel court booking confirmation (Sat 3 Oct 10:30-12:00); personal", days=(("Sat", "2026-10-03"),))
def m36() -> bytes:
    body = t("""
        ¡Reserva confirmada!

        Club Deportivo Fuentes Blancas
        Pista 4 (cristal, cubierta)
        Sábado, 3 de octubre de 2026
        10:30 - 12:00 (90 min)

        Jugadores: Irene Pastor, Cristina Pastor, Leire Angulo, Marta Ruiz
        Importe: 24,00 EUR (6,00 EUR por jugador) - pagado con tarjeta ****4410

        Puedes cancelar gratis hasta 24 horas antes desde la app.

        ReservaPista
        """)
    when = "2026-09-30 21:44:37"
    return message([
        rcv("mail.reservapista.example.com", "203.0.113.61", when, MAD, "4FCw5n0hLgz8Qp"),
        ("From", addr("ReservaPista", "no-reply@reservapista.example.com")),
        ("To", ME),
        ("Subject", enc("Reserva confirmada: Pista 4 · sáb 3 oct · 10:30")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<booking-5528173@reservapista.example.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(37), family="non_interview_calendar", lang="es", interview=False, company=None,
           note="Vehicle inspection (ITV) appointment with an .ics (Thu 19 Nov 8:40); personal, not an interview",
           days=(("Thu", "2026-11-19"),))
def m37() -> bytes:
    body = t("""
        CITA PREVIA CONFIRMADA

        Estación: ITV Burgos - Villalonquéjar
        Fecha: jueves, 19 de noviembre de 2026
        Hora: 08:40
        Vehículo: 4817 KDT (turismo, gasolina)
        Tipo de inspección: periódica
        Localizador: ITVCN-2611-088231

        Recuerde traer el permiso de circulación, la ficha técnica y el justificante del seguro en
        vigor. Le recomendamos llegar 10 minutos antes de la hora.

        Puede modificar o anular su cita en https://citaprevia.itvcastillanorte.example.com

        ITV Castilla Norte
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//ITV Castilla Norte//Cita Previa//ES\nMETHOD:PUBLISH\n" + \
        VTZ_MADRID + "\n" + t("""
        BEGIN:VEVENT
        UID:ITVCN-2611-088231@itvcastillanorte.example.com
        DTSTAMP:20261116T091544Z
        DTSTART;TZID=Europe/Madrid:20261119T084000
        DTEND;TZID=Europe/Madrid:20261119T090000
        SUMMARY:Inspección ITV 4817 KDT
        LOCATION:ITV Burgos - Villalonquéjar
        END:VEVENT
        END:VCALENDAR
        """)
    when = "2026-11-16 10:15:44"
    return message([
        rcv("smtp.itvcastillanorte.example.com", "203.0.113.88", when, MAD, "4GbR8t1xMkz5Wd"),
        ("From", addr("ITV Castilla Norte", "citaprevia@itvcastillanorte.example.com")),
        ("To", ME),
        ("Subject", enc("Confirmación de cita previa ITV - 19/11/2026 08:40")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<ITVCN-2611-088231.confirm@itvcastillanorte.example.com>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="cita_itv.ics",
                                  disposition="attachment", cte="base64")))


@make.mail(N(38), family="event_registration", lang="es", interview=False, company=None,
           note="Registration confirmation for an HR-in-automotive conference (Thu 15 Oct 9:30); not an interview",
           days=(("Thu", "2026-10-15"),))
def m38() -> bytes:
    body = t("""
        Hola Irene:

        Tu inscripción a la jornada «Personas y Planta: los RRHH en la industria de automoción» se ha
        completado correctamente.

        Jueves 15 de octubre de 2026, de 9:30 a 14:00
        Centro de Empresas Burgos Norte, salón de actos (C/ Condesa Mencía 120)

        Programa:
        09:30 Acreditaciones y café
        10:00 Mesa redonda: atracción de talento técnico en planta
        11:30 Taller: absentismo y turnos, casos prácticos
        13:00 Networking

        Presenta este código en la acreditación: PYP-26-0417

        Clúster Auto Meseta
        """)
    when = "2026-10-06 13:05:21"
    return message([
        rcv("mail.clusterautomeseta.example.com", "203.0.113.176", when, MAD, "4GC9m2pKtcz6Xw"),
        ("From", addr("Clúster Auto Meseta", "eventos@clusterautomeseta.example.com")),
        ("To", ME),
        ("Subject", enc("Inscripción confirmada: Personas y Planta · 15 de octubre")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<insc.0417.pyp26@clusterautomeseta.example.com>"),
    ], text(body, "utf-8", "base64"))


@make.mail(N(39), family="webinar", lang="es", interview=False, company=None,
           note="Zoom webinar registration on preparing competency interviews (Wed 4 Nov 19:00); not a job interview",
           days=(("Wed", "2026-11-04"),))
def m39() -> bytes:
    body = t("""
        Hola Irene:

        Gracias por registrarte en «Entrevistas por competencias: cómo prepararlas (y cómo hacerlas)».

        Fecha y hora: 4 nov 2026 07:00 PM Madrid

        Únete desde un PC, Mac, iPad, iPhone o dispositivo Android:
        https://us02web.zoom.us/w/86140027735?tk=Yq1d8ENC

        Código de acceso: 441207

        Añadir al calendario: https://us02web.zoom.us/webinar/tZEsf-2qrz8/ics

        Puedes cancelar tu registro en cualquier momento.

        Escuela de Negocios Castilla
        """)
    when = "2026-10-30 12:18:46"
    return message([
        rcv("zoom-mail-out-3.zoom.us", "198.51.100.58", when, MAD, "4GRt2w8cNqz0Hb"),
        ("From", addr("Escuela de Negocios Castilla", "no-reply@zoom.us")),
        ("Reply-To", "eventos@encastilla.example.com"),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Confirmación de Entrevistas por competencias: cómo prepararlas (y cómo hacerlas)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<zm.webinar.86140027735.reg.4471@zoom.us>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(40), family="assessment", lang="en", interview=False, company="Vantorra Automotive Systems",
           note="Online assessment invitation with a completion deadline (Fri 11 Sep); sent by the assessment "
                "platform for the employer; no interview time", days=(("Fri", "2026-09-11"),))
def m40() -> bytes:
    body = t("""
        Dear Irene,

        Vantorra Automotive Systems has invited you to complete an online assessment as part of your
        application for HR Generalist (Plant).

        The assessment has two parts (work-style questionnaire and numerical reasoning) and takes
        about 35 minutes. You can complete it at any time before the deadline, but once you start a
        part you must finish it in one sitting.

        Deadline: Friday, September 11, 2026, 23:59 (CEST)

        Start your assessment: https://candidate.talentscope.example.com/a/7Fq2kL9x

        Good luck!
        The Talentscope team, on behalf of Vantorra Automotive Systems
        """)
    when = "2026-09-04 09:12:30"
    return message([
        rcv("mailer.talentscope.example.com", "198.51.100.9", when, MAD, "4F0x4c7qLmz1Bn"),
        ("From", addr("Vantorra Automotive Systems via Talentscope", "noreply@talentscope.example.com")),
        ("To", ME),
        ("Subject", "Action required: your online assessment for Vantorra Automotive Systems"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<inv-7Fq2kL9x@talentscope.example.com>"),
    ], alt(text(body, "us-ascii", "7bit"), html(gmail_html(body), "us-ascii", "7bit")))


@make.mail(N(41), family="one_way_video", lang="en", interview=False, company="Brightwater Mobility",
           note="One-way recorded video interview to complete by Fri 23 Oct; no live meeting time",
           days=(("Fri", "2026-10-23"),))
def m41() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Irene,</p>
        <p>Thank you for applying to <b>HR Coordinator, EMEA</b> at Brightwater Mobility. As the next step, we'd like you to record a short video interview.</p>
        <p>You'll be asked 4 questions and will have up to 2 minutes to answer each one. There is no live interviewer - record whenever it suits you.</p>
        <p><b>Please complete your video interview by Friday, October 23, 2026.</b></p>
        <p><a href="https://brightwater.spotlighthire.example.com/i/QF7T2W" style="background:#0b57d0;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Start my video interview</a></p>
        <p>Tip: find a quiet place, check your camera and microphone, and try the practice question first.</p>
        <p>Best of luck,<br>Brightwater Mobility Talent Acquisition</p>
        <p style="font-size:11px;color:#5f6368">Powered by Spotlight Hire</p>
        </body></html>
        """)
    when = "2026-10-16 09:03:15"
    return message([
        rcv("out.spotlighthire.example.com", "198.51.100.133", when, "America/New_York", "4GHp7x2dRtz9Mc"),
        ("From", addr("Brightwater Mobility", "interviews@spotlighthire.example.com")),
        ("To", ME),
        ("Subject", "Next step: your video interview for HR Coordinator, EMEA"),
        ("Date", date(when, "America/New_York")),
        ("Message-ID", "<QF7T2W.invite@spotlighthire.example.com>"),
    ], html(page))


@make.mail(N(42), family="post_interview", lang="es", interview=False, company="Harinas Arlanzón",
           note="Usted-form reply to Irene's thank-you the day after the interview: 'le diremos algo la "
                "próxima semana'; nothing scheduled")
def m42() -> bytes:
    body = t("""
        Buenos días, Irene:

        Gracias a usted por venir ayer y por su mensaje. Tanto Félix como yo salimos con muy buena
        impresión. Estamos terminando las entrevistas de esta semana y le diremos algo a lo largo de
        la próxima.

        Un saludo,

        María Jesús Jimeno
        Responsable de Administración de Personal
        Harinas Arlanzón, S.L.

        -----Mensaje original-----
        De: Irene Pastor <irene.pastor@example.org>
        Enviado el: jueves, 17 de septiembre de 2026 19:22
        Para: María Jesús Jimeno <mjimeno@harinasarlanzon.es>
        Asunto: Gracias - entrevista Técnico/a de RR.HH.

        Estimada María Jesús:

        Quería agradecerle a usted y a D. Félix Arnaiz el tiempo que me dedicaron esta mañana. Me
        ha encantado conocer la fábrica y el proyecto.

        Un saludo,
        Irene Pastor
        """)
    when = "2026-09-18 09:31:02"
    return message([
        rcv("smtp.harinasarlanzon.es", "203.0.113.71", when, MAD, "4F6Z2pQ8mNz4Tc"),
        ("From", addr("María Jesús Jimeno", "mjimeno@harinasarlanzon.es", "iso-8859-1")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("RE: Gracias - entrevista Técnico/a de RR.HH.", "iso-8859-1")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<000c01dd4759$2f81a6e0$8e84f4a0$@harinasarlanzon.es>"),
        ("In-Reply-To", "<CAH1kIrene7GraciasQw@mail.gmail.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, "iso-8859-1", "8bit"))


@make.mail(N(43), family="job_alert", lang="en", interview=False, company=None,
           note="English job-board alert listing HR roles in Castile and Leon; nothing scheduled")
def m43() -> bytes:
    body = t("""
        14 new jobs for "HR Generalist" near Burgos, Castile and Leon

        HR Generalist - Vantorra Automotive Systems - Burgos - Posted 2 days ago
        People Partner (Spanish speaker) - Kessler Fahrzeugtechnik - Valladolid - Hybrid
        HR Specialist Iberia - Norvik Logistics - Madrid - Easy Apply
        Talent Acquisition Specialist - Pelion Drivetrain - Remote (Spain)
        HR Administrator - Sandvig Components - Miranda de Ebro

        See all 14 jobs: https://www.jobsphere.example.com/alerts/jobs?id=55801

        You're receiving this alert because you saved the search "HR Generalist" near Burgos.
        Manage alerts: https://www.jobsphere.example.com/alerts
        """)
    when = "2026-11-03 06:12:00"
    return message([
        rcv("mail-out.jobsphere.example.com", "198.51.100.220", when, MAD, "4GTb0q6mXwz2Kf"),
        ("From", addr("Jobsphere Job Alerts", "jobalerts-noreply@jobsphere.example.com")),
        ("To", ME),
        ("Subject", "14 new HR Generalist jobs near Burgos"),
        ("Date", date(when, MAD)),
        ("Message-ID", "<alert.55801.20261103@jobsphere.example.com>"),
        ("List-Unsubscribe", "<https://www.jobsphere.example.com/alerts/unsubscribe?id=55801>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="newsletter", lang="es", interview=False, company=None,
           note="Business-school marketing: open day for an HR master's (Thu 12 Nov 18:00); not an interview",
           days=(("Thu", "2026-11-12"),))
def m44() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#eef1f5">
        <div style="max-width:600px;margin:0 auto;background:#fff">
        <div style="background:#14365d;color:#fff;padding:22px;font-size:22px">Máster en Dirección de Personas</div>
        <div style="padding:22px;font-size:14px;color:#333">
        <p>Hola Irene:</p>
        <p>Como asististe a uno de nuestros webinars, te invitamos a la <b>jornada de puertas abiertas</b> del Máster en Dirección de Personas (edición de febrero 2027).</p>
        <p><b>Jueves 12 de noviembre, 18:00</b> · Campus Burgos (Paseo del Espolón 8) y online</p>
        <p>Conocerás al claustro, el programa y las becas para profesionales en activo (hasta el 30 %).</p>
        <p><a href="https://encastilla.example.com/master-personas/puertas-abiertas" style="background:#e0a100;color:#14365d;padding:10px 16px;text-decoration:none;font-weight:bold">Reservar plaza</a></p>
        </div>
        <div style="padding:14px 22px;font-size:11px;color:#888">Escuela de Negocios Castilla · <a href="https://encastilla.example.com/baja">Darse de baja</a></div>
        </div></body></html>
        """)
    when = "2026-11-05 11:00:00"
    return message([
        rcv("mkt.encastilla.example.com", "203.0.113.230", when, MAD, "4GVf3h8nPcz1Qs"),
        ("From", addr("Escuela de Negocios Castilla", "info@encastilla.example.com")),
        ("To", ME),
        ("Subject", enc("Irene, te esperamos en la jornada de puertas abiertas del Máster en Dirección de Personas")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<mkt.20261105.pa-master.90114@encastilla.example.com>"),
        ("List-Unsubscribe", "<https://encastilla.example.com/baja>"),
        ("Precedence", "bulk"),
    ], html(page, cte="base64"))


@make.mail(N(45), family="travel_receipt", lang="es", interview=False, company=None,
           note="Train ticket Burgos-Madrid for Mon 5 Oct 07:12 (trip to the Madrid interview of the forwarded "
                "confirmation); a receipt, not an interview", days=(("Mon", "2026-10-05"),))
def m45() -> bytes:
    body = t("""
        Gracias por viajar con Viaferro.

        Localizador: X7K2PQ

        IDA - lunes 05/10/2026
        Burgos Rosa de Lima 07:12 -> Madrid Chamartín 09:24
        Tren 4083 · Coche 4 · Plaza 12A · Tarifa Básica

        VUELTA - lunes 05/10/2026
        Madrid Chamartín 15:45 -> Burgos Rosa de Lima 17:58
        Tren 4092 · Coche 6 · Plaza 03D · Tarifa Básica

        Viajera: IRENE PASTOR
        Total pagado: 47,30 EUR

        Presenta el código QR de tu billete (adjunto en la app) en el control de acceso. El acceso al
        tren se cierra 2 minutos antes de la salida.
        """)
    when = "2026-09-29 20:31:27"
    return message([
        rcv("correo.viaferro.example.com", "203.0.113.12", when, MAD, "4FBk6r0tJcz9Wn"),
        ("From", addr("Viaferro", "billetes@viaferro.example.com")),
        ("To", ME),
        ("Subject", enc("Tu billete Burgos - Madrid · Localizador X7K2PQ")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<X7K2PQ.20260929183127@viaferro.example.com>"),
    ], text(body, "iso-8859-15", "quoted-printable"))


@make.mail(N(46), family="application_receipt", lang="en", interview=False, company="Sandvig Components",
           note="Workday application receipt; no interview")
def m46() -> bytes:
    body = t("""
        Dear Irene,

        Thank you for applying for the HR Business Partner - Spain (JR-20871) position at Sandvig
        Components. We have received your application and our recruiting team will review it shortly.

        If your qualifications match the requirements of the role, a member of our team will contact
        you about next steps. You can check the status of your application in your candidate home:
        https://sandvig.wd103.myworkdayjobs.com/External/userHome

        Thank you for your interest in Sandvig Components.

        Best regards,
        Sandvig Talent Acquisition
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Dear Irene,</p>
        <p>Thank you for applying for the <b>HR Business Partner - Spain (JR-20871)</b> position at Sandvig Components. We have received your application and our recruiting team will review it shortly.</p>
        <p>If your qualifications match the requirements of the role, a member of our team will contact you about next steps. You can check the status of your application in your <a href="https://sandvig.wd103.myworkdayjobs.com/External/userHome">candidate home</a>.</p>
        <p>Thank you for your interest in Sandvig Components.</p>
        <p>Best regards,<br>Sandvig Talent Acquisition</p>
        </body></html>
        """)
    when = "2026-10-02 14:55:41"
    return message([
        rcv("wd103-smtp-out.myworkday.com", "198.51.100.31", when, "Europe/Stockholm", "4FDs2k9vHbz4Pm"),
        ("From", addr("Sandvig Components", "sandvig@myworkday.com")),
        ("To", ME),
        ("Subject", "Thank you for your application - HR Business Partner - Spain"),
        ("Date", date(when, "Europe/Stockholm")),
        ("Message-ID", "<728145531.20871.1791032141077@wd103-prod-notify-2.myworkday.com>"),
    ], alt(text(body), html(page)))


@make.mail(N(47), family="personal", lang="es", interview=False, company=None,
           note="Sister's mail about Sunday lunch at 14:30 on 25 Oct (the DST-change day) and asking how "
                "yesterday's online interview went; no interview time", days=(("Sun", "2026-10-25"),))
def m47() -> bytes:
    body = t("""
        Hola tata!

        Que el domingo comemos en casa de mamá a las 14:30, que viene también la tía Maite. Ojo que es
        el día del cambio de hora, ¡no te presentes a las 13:30! Si puedes trae tú el postre, yo llevo
        el vino.

        Y cuéntame qué tal ayer la entrevista online con los alemanes esos del software, que no me
        dijiste nada. ¿Fueron tres entrevistas seguidas de verdad? Qué pereza.

        Besos,
        Cris
        """)
    when = "2026-10-23 13:47:05"
    return message([
        rcv("mail-yw1-f172.google.com", "209.85.128.172", when, MAD, "4GPx8b3nWdz0Lk"),
        ("From", addr("Cristina Pastor", "cris.pastor.g@example.com")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("comida domingo")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<CAO3mCris7Domingo2Rk@mail.gmail.com>"),
    ], alt(text(body, "utf-8", "8bit"), html(gmail_html(body), "utf-8", "quoted-printable")))


@make.mail(N(48), family="rejection", lang="en", interview=False, company="Pelion Drivetrain",
           note="Recruitee rejection before any interview; no time")
def m48() -> bytes:
    body = t("""
        Dear Irene,

        Thank you for your interest in the Talent Acquisition Specialist (Remote, Spain) position at
        Pelion Drivetrain and for the time you put into your application.

        We received a large number of applications and, after careful consideration, we have decided
        not to invite you to an interview for this role. This was not an easy decision.

        We wish you every success in your job search.

        Kind regards,
        Pelion Drivetrain Recruitment
        """)
    when = "2026-09-24 15:20:48"
    return message([
        rcv("mail.recruitee.com", "198.51.100.66", when, "Europe/Amsterdam", "4F8p3Ld7Tnz5Gh"),
        ("From", addr("Pelion Drivetrain", "pelion-drivetrain@mail.recruitee.com")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", "Your application at Pelion Drivetrain"),
        ("Date", date(when, "Europe/Amsterdam")),
        ("Message-ID", "<rc.7f3a91c0e2.candidate-mail@mail.recruitee.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(49), family="candidate_survey", lang="en", interview=False, company="Helix Mobility Components",
           note="Greenhouse candidate-experience survey the day after the 9 Dec interview; no time")
def m49() -> bytes:
    body = t("""
        Hi Irene,

        Thank you for interviewing with Helix Mobility Components yesterday. We'd love to hear about
        your experience so far - it takes about two minutes and your answers are anonymous.

        How would you rate your interview experience?
        https://app.greenhouse.io/surveys/candidate/8e21f5b0?rating=1 (Poor)
        https://app.greenhouse.io/surveys/candidate/8e21f5b0?rating=5 (Excellent)

        Thanks,
        Helix Mobility Components Talent Team
        """)
    when = "2026-12-10 10:30:00"
    return message([
        rcv("o7.sendgrid.greenhouse-mail.io", "192.0.2.211", when, "Europe/Dublin", "4GqM7s0cVhz1Xr"),
        ("From", addr("Helix Mobility Components", "no-reply@us.greenhouse-mail.io")),
        ("To", ME),
        ("Subject", "How was your interview with Helix Mobility Components?"),
        ("Date", date(when, "Europe/Dublin")),
        ("Message-ID", "<gh.52318870.survey.1796898600@greenhouse.io>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(50), family="process_update", lang="es", interview=False, company="Vértice Selección",
           note="Agency update after its own interview: CV presented to the client, a client interview may "
                "follow 'en las próximas semanas'; nothing scheduled")
def m50() -> bytes:
    body = t("""
        Hola Irene:

        Gracias de nuevo por la entrevista del miércoles. Te cuento cómo sigue el proceso: hoy he
        presentado tu candidatura a nuestro cliente, un fabricante de componentes de Álava, para el
        puesto de Técnico/a de RRHH de planta.

        Ellos revisarán los perfiles esta semana y, si encajas, te propondrán una entrevista con su
        responsable de Personas en las próximas semanas. En cuanto sepa algo te llamo.

        Un abrazo,

        Nerea Salvatierra
        Consultora de Selección · Vértice Selección
        C/ Vitoria 17, 3º, 09004 Burgos · 947 00 41 52
        """)
    when = "2026-09-28 13:12:44"
    return message([
        rcv("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.21.118", when, MAD, "4FBd0x5pKrz7Ts"),
        ("From", addr("Nerea Salvatierra", "nerea.salvatierra@verticeseleccion.es")),
        ("To", addr("Irene Pastor", ME)),
        ("Subject", enc("Tu candidatura - Técnico/a RRHH planta (Álava)")),
        ("Date", date(when, MAD)),
        ("Message-ID", "<VI1PR08MB532771E0B4A2C6D39F0E18C4B6D91@VI1PR08MB5327.eurprd08.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ], text(body, "utf-8", "quoted-printable"))
