"""blind242: 50 hand-written mails from the inbox of Valeria Quispe, a tourism-logistics data
analyst in Cusco, Peru (America/Lima, UTC-5, no DST), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out sets); built and
checked with ``python3 bench/heldout/make_blind.py blind242``. Keys 1-23 are positives, 24-50
negatives; the file number of the mail written ``key``-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import random

from make import (
    VTZ,
    Part,
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
    received,
    t,
    text,
    utc,
)

SET = "blind242"
ORDER = random.Random(2420242).sample(range(1, 51), 50)
ME = "valeria.quispe@example.org"
ME_H = addr("Valeria Quispe", ME)
LIMA = "America/Lima"
SCL = "America/Santiago"
LPZ = "America/La_Paz"
NYC = "America/New_York"
LAX = "America/Los_Angeles"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, via: str, to: str = ME_H,
        extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {via}", when, zone, "mx1.example.org with ESMTPS id "
                              + mid.split("@")[0][-10:].strip("<.-"), ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


TZ_LIMA = """BEGIN:VTIMEZONE
TZID:America/Lima
X-LIC-LOCATION:America/Lima
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_LPZ = """BEGIN:VTIMEZONE
TZID:America/La_Paz
X-LIC-LOCATION:America/La_Paz
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_SCL = """BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

TZ_LAX = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
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

# Exchange / Outlook: Windows zone names without DST
TZ_WIN_BOGOTA = """BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE"""

TZ_WIN_LAPAZ = """BEGIN:VTIMEZONE
TZID:SA Western Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", NYC), end=utc("2026-11-03 10:45", NYC),
      contact="megan.orourke@harborline.com", company="Harborline Travel Systems",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=NYC,
      note="Greenhouse confirmation sent Thu 29 Oct in EDT; the interview is Tue 3 Nov 10:00-10:45 ET, "
           "after US clocks go back on 1 Nov, so EST (UTC-5) -> 15:00Z (the mail also says 10:00 AM "
           "Lima). Contact = human Reply-To.")
def m01():
    body = t("""
        Hi Valeria,

        Thanks for making time to speak with us! Your interview for Senior Data Analyst,
        Partner Operations (Remote - LATAM) is confirmed. Here are the details:

        Date: Tuesday, November 3, 2026
        Time: 10:00 AM - 10:45 AM Eastern Time (US & Canada)
              (that is 10:00 AM in Lima - US clocks change on Sunday, Nov 1)
        Location: Google Meet - https://meet.google.com/hvx-qrne-pud
        Interviewer(s): Tom Kessler, Director of Partner Analytics

        If you need to reschedule, simply reply to this email and Megan will help.

        We look forward to meeting you!

        Megan O'Rourke
        Recruiting Coordinator | Harborline Travel Systems
        200 Atlantic Ave, Boston, MA

        Powered by Greenhouse
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Valeria,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Data Analyst,
        Partner Operations (Remote - LATAM)</b> is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 10:45 AM Eastern Time (US &amp; Canada)<br>
        <span style="color:#666">(that is 10:00 AM in Lima - US clocks change on Sunday, Nov 1)</span></td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/hvx-qrne-pud">Google Meet</a></td></tr>
        <tr><td><b>Interviewer(s):</b></td><td>Tom Kessler, Director of Partner Analytics</td></tr>
        </table>
        <p>If you need to reschedule, simply reply to this email and Megan will help.</p>
        <p>We look forward to meeting you!</p>
        <p>Megan O'Rourke<br>Recruiting Coordinator | Harborline Travel Systems<br>200 Atlantic Ave, Boston, MA</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    return message(hdr(
        addr("Harborline Travel Systems", "no-reply@us.greenhouse-mail.io"),
        "Interview Confirmation: Senior Data Analyst, Partner Operations with Harborline Travel Systems",
        "2026-10-29 11:14", NYC, "<0100019a2c4e7f10-8d2e1b7c-harb-4f1e@us.greenhouse-mail.io>",
        via="o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.44.12])",
        extra=(("Reply-To", addr("Megan O'Rourke", "megan.orourke@harborline.com")),)),
        alt(text(body), html(h)))


@mail(n(2), family="lever", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:00", LIMA), end=utc("2026-09-17 11:00", LIMA),
      contact="rosa.huaman@qhapaqrutas.pe", company="Qhapaq Rutas",
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=LIMA,
      note="Lever (HTML only, base64): jueves 17 de septiembre, 10:00 a.m. - 11:00 a.m. hora de Lima "
           "(UTC-5) -> 15:00Z-16:00Z. Contact = human Reply-To.")
def m02():
    h = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333">
        <div style="max-width:600px;margin:0 auto">
        <p>Hola Valeria,</p>
        <p>¡Gracias por tu interés en Qhapaq Rutas! Te confirmamos tu entrevista para el puesto de
        <strong>Analista de Datos – Operaciones Turísticas</strong>.</p>
        <p><strong>Fecha:</strong> jueves, 17 de septiembre de 2026<br>
        <strong>Hora:</strong> 10:00 a.m. – 11:00 a.m. (hora de Lima, GMT-5)<br>
        <strong>Lugar:</strong> Videollamada – https://meet.google.com/qro-tkzb-wyn<br>
        <strong>Entrevistadoras:</strong> Rosa Huamán (Talento) y Carla Benavides (Jefa de Operaciones)</p>
        <p>Si necesitas cambiar el horario, responde a este correo.</p>
        <p>Saludos cordiales,<br>Rosa Huamán<br>Qhapaq Rutas S.A.C. – Av. Pardo 610, Miraflores, Lima</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#aaa">Enviado con Lever · <a href="https://hire.lever.co/unsubscribe">Preferencias</a></p>
        </div></body></html>
        """)
    return message(hdr(
        addr("Qhapaq Rutas", "no-reply@hire.lever.co"),
        "Entrevista confirmada – Analista de Datos – Operaciones Turísticas",
        "2026-09-11 16:40", LIMA, "<6f1c2a0e-55b3-4a9e-9d0f-qhapaq17sep@hire.lever.co>",
        via="mail-a.hire.lever.co (mail-a.hire.lever.co [52.38.12.201])",
        extra=(("Reply-To", addr("Rosa Huamán", "rosa.huaman@qhapaqrutas.pe")),)),
        html(h, cte="base64"))


@mail(n(3), family="workday", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-10 11:00", SCL), end=utc("2026-09-10 11:45", SCL),
      contact="catalina.fuentes@transandes.cl", company="TransAndes Logística",
      local="Thu 2026-09-10 11:00", local_end="2026-09-10 11:45", zone=SCL,
      note="Workday (Chile), sent Thu 3 Sep while Santiago is still on UTC-4; Chile moves to summer "
           "time on Sun 6 Sep, so jueves 10 de septiembre 11:00 hrs (hora de Chile) is UTC-3 -> "
           "14:00Z (09:00 in Lima), 45 minutos -> 14:45Z. Contact = recruiter address in the body.")
def m03():
    body = t("""
        Estimada Valeria:

        Junto con saludar, le informamos que ha sido seleccionada para continuar en el proceso
        de postulación al cargo Analista de Datos Logísticos (R-0047213).

        Su entrevista ha sido programada de la siguiente manera:

          Fecha:     jueves 10 de septiembre de 2026
          Hora:      11:00 hrs. (hora de Chile continental)
          Duración:  45 minutos
          Modalidad: videollamada Microsoft Teams (el enlace llegará en un correo aparte)

        Ante cualquier consulta puede escribir a Catalina Fuentes, Analista de Reclutamiento,
        catalina.fuentes@transandes.cl.

        Atentamente,
        Gerencia de Personas
        TransAndes Logística SpA - Av. Apoquindo 4800, Las Condes, Santiago

        Este correo fue generado automáticamente por Workday. Por favor no responda a este mensaje.
        """)
    h = "<html><body>" + "".join(
        f"<p>{line}</p>" if line.strip() else "" for line in body.replace("  ", "&nbsp; ").split("\n")
    ) + "</body></html>\n"
    return message(hdr(
        addr("TransAndes Logística", "transandes@myworkday.com"),
        "Invitación a entrevista - Analista de Datos Logísticos (R-0047213)",
        "2026-09-03 17:05", SCL, "<1544236781.77412.1788541500@wd5-prod-mta07.myworkday.com>",
        via="wd5-prod-mta07.myworkday.com (wd5-prod-mta07.myworkday.com [139.177.128.17])"),
        alt(text(body), html(h)))


@mail(n(4), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-06 08:00", LIMA), end=None,
      contact="jmamani@intiwasihoteles.pe", company="Hoteles Inti Wasi",
      local="Tue 2026-10-06 08:00", zone=LIMA,
      note="Prose from the operations manager, Date Sun 4 Oct: 'el martes (pasado mañana) mañanita a "
           "las 8' = Tue 6 Oct 08:00 Lima -> 13:00Z; 'una horita más o menos' is approximate, so no "
           "end. Contact = human sender.")
def m04():
    body = t("""
        Valeria buenas tardes,

        Como le comenté por teléfono, la esperamos el martes (pasado mañana) mañanita a las 8 en
        nuestra oficina de la calle Plateros 348, segundo piso, para la entrevista con la gerencia
        de operaciones. Será una horita más o menos; traiga por favor su DNI y si puede una
        muestra de algún tablero que haya hecho (sin datos confidenciales claro).

        Si tiene algún inconveniente me avisa a este correo o al 984 112 730.

        Saludos cordiales,

        Jorge Mamani Ttito
        Gerente de Operaciones
        Hoteles Inti Wasi - Cusco
        """)
    return message(hdr(
        addr("Jorge Mamani Ttito", "jmamani@intiwasihoteles.pe"),
        "Entrevista - Analista de datos",
        "2026-10-04 17:45", LIMA, "<c3a8e1f0b2d94e7a@intiwasihoteles.pe>",
        via="mail.intiwasihoteles.pe (mail.intiwasihoteles.pe [190.117.76.23])"),
        text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(5), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-22 15:00", LPZ), end=utc("2026-09-22 16:00", LPZ),
      contact="marcelo.choque@yungascarga.bo", company="Yungas Viajes y Carga",
      local="Tue 2026-09-22 15:00", local_end="2026-09-22 16:00", zone=LPZ,
      note="Google Calendar invitation from a Bolivian employer: mar 22 sept 2026 15:00-16:00 (GMT-4, "
           "hora de Bolivia) -> 19:00Z-20:00Z (14:00 in Lima); the ICS agrees. Contact = ORGANIZER. "
           "Follows the unconfirmed proposal in the 'proposal' negative of the same company.")
def m05():
    body = t("""
        Marcelo Choque le ha invitado a un evento.

        Entrevista – Analista de Datos Logísticos (Valeria Quispe)
        Cuándo
        martes, 22 de septiembre de 2026 15:00 – 16:00 (GMT-4) hora de Bolivia

        Unirse con Google Meet
        https://meet.google.com/ybz-pakm-wrt

        Invitados
        Marcelo Choque - organizador
        Valeria Quispe
        Elena Mendoza

        Ver todos los datos del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=Y2hvcXVl

        ¿Asistirás? Sí - Quizás - No   Más opciones: https://calendar.google.com/calendar/

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado a este evento. Para dejar de recibir
        actualizaciones de este evento, rechaza el evento.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LPZ}
BEGIN:VEVENT
DTSTART;TZID=America/La_Paz:20260922T150000
DTEND;TZID=America/La_Paz:20260922T160000
DTSTAMP:20260917T141205Z
ORGANIZER;CN=Marcelo Choque:mailto:marcelo.choque@yungascarga.bo
UID:5k2q8r0v1m3n4p6s7t9u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe;X-NUM-GUESTS=0:mailto:valeria.quispe@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elena Mendoza;X-NUM-GUESTS=0:mailto:elena.mendoza@yungascarga.bo
X-GOOGLE-CONFERENCE:https://meet.google.com/ybz-pakm-wrt
CREATED:20260917T141204Z
DESCRIPTION:Entrevista por videollamada con Elena Mendoza (Gerencia de Operaciones).
LAST-MODIFIED:20260917T141204Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Analista de Datos Logísticos (Valeria Quispe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    h = gmail_html(body)
    return message(hdr(
        addr("Marcelo Choque", "marcelo.choque@yungascarga.bo"),
        "Invitación: Entrevista – Analista de Datos Logísticos (Valeria Quispe) @ mar 22 sept 2026 "
        "15:00 - 16:00 (GMT-4) (valeria.quispe@example.org)",
        "2026-09-17 10:12", LPZ, "<calendar-5b1f8a2e-7c3d-4e9a-b0f1-22sep@google.com>",
        via="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
        extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
               ("Reply-To", addr("Marcelo Choque", "marcelo.choque@yungascarga.bo")))),
        mixed(alt(text(body), html(h), calendar(ics, cte="base64")),
              calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                       filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 13:30", LIMA), end=utc("2026-11-02 14:00", LIMA),
      contact="ethan@tidewaterrouting.com", company="Tidewater Routing",
      local="Mon 2026-11-02 13:30", local_end="2026-11-02 14:00", zone=LIMA,
      note="Calendly invitee confirmation booked by Valeria in her own zone: 1:30pm-2:00pm Peru Time "
           "on Mon 2 Nov -> 18:30Z-19:00Z; the host is in California but the time is shown in Lima "
           "time; the ICS has the same instant in UTC. Contact = host in Reply-To.")
def m06():
    body = t("""
        Hi Valeria Quispe,

        A new event has been scheduled.

        Event Type:
        Intro call - Data Analyst, Routing Ops (30 min)

        Invitee:
        Valeria Quispe

        Invitee Email:
        valeria.quispe@example.org

        Event Date/Time:
        1:30pm - 2:00pm (Peru Time) - Monday, November 2, 2026

        Location:
        This is a Zoom web conference. You can join this meeting from https://tidewater.zoom.us/j/83310462281

        Host:
        Ethan Park (ethan@tidewaterrouting.com)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7f3b1d2a-tidewater
        Reschedule: https://calendly.com/reschedulings/7f3b1d2a-tidewater

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7f3b1d2a-tidewater-calendly
DTSTAMP:20261028T202214Z
DTSTART:20261102T183000Z
DTEND:20261102T190000Z
SUMMARY:Intro call - Data Analyst, Routing Ops between Ethan Park and Valeria Quispe
ORGANIZER;CN=Ethan Park:mailto:ethan@tidewaterrouting.com
ATTENDEE;CN=Valeria Quispe;RSVP=TRUE:mailto:valeria.quispe@example.org
LOCATION:https://tidewater.zoom.us/j/83310462281
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Calendly", "notifications@calendly.com"),
        "New Event: Valeria Quispe - 01:30pm Mon, Nov 2, 2026 - Intro call - Data Analyst, Routing Ops",
        "2026-10-28 13:22", LAX, "<calendly-7f3b1d2a.20261028202214@calendly.com>",
        via="o7.email.calendly.com (o7.email.calendly.com [167.89.101.7])",
        extra=(("Reply-To", addr("Ethan Park", "ethan@tidewaterrouting.com")),)),
        mixed(text(body, cte="7bit"),
              calendar(ics, method=None, filename="invite.ics", disposition="attachment",
                       ctype="application/ics")))


@mail(n(7), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-14 09:00", LIMA), end=utc("2026-10-14 10:00", LIMA),
      contact="sofia.ramirez@lumbre.io", company="Lumbre Analytics",
      local="Wed 2026-10-14 09:00", local_end="2026-10-14 10:00", zone=LIMA,
      note="Ashby confirmation rendered in the candidate's zone (America/Lima): Wed 14 Oct 9:00-10:00 "
           "AM -> 14:00Z-15:00Z; ICS in UTC agrees. Contact = Reply-To / ORGANIZER.")
def m07():
    body = t("""
        Hi Valeria,

        Your interview is confirmed. We're excited to chat with you!

        Wednesday, October 14, 2026, 9:00 AM - 10:00 AM (America/Lima)
        Google Meet: https://meet.google.com/lmb-rfqe-xzo

        You'll meet with:
          Andrés Olvera - Head of Data
          Priya Raman - Senior Analytics Engineer

        Questions? Just reply and it will reach Sofía Ramírez.

        Thanks,
        Lumbre Analytics Recruiting
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-2f9c0e1b-lumbre-1014
DTSTAMP:20261009T191530Z
DTSTART:20261014T140000Z
DTEND:20261014T150000Z
SEQUENCE:0
SUMMARY:Lumbre Analytics - Analytics Engineer Interview (Valeria Quispe)
LOCATION:https://meet.google.com/lmb-rfqe-xzo
ORGANIZER;CN=Sofía Ramírez:mailto:sofia.ramirez@lumbre.io
ATTENDEE;CN=Valeria Quispe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valeria.quispe@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Lumbre Analytics", "no-reply@ashbyhq.com"),
        "Interview confirmed: Analytics Engineer at Lumbre Analytics",
        "2026-10-09 13:15", "America/Mexico_City",
        "<010001929c1d8a44-lumbre-7a0f-4c1e-000000@email.amazonses.com>",
        via="a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
        extra=(("Reply-To", addr("Sofía Ramírez", "sofia.ramirez@lumbre.io")),)),
        mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(8), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-26 15:00", LIMA), end=utc("2026-10-26 16:00", LIMA),
      contact="dccori@misticargo.com.pe", company="Misti Cargo Express",
      local="Mon 2026-10-26 15:00", local_end="2026-10-26 16:00", zone=LIMA,
      note="SmartRecruiters (HTML only, QP), Arequipa employer: lunes 26 de octubre, 3:00 p.m. hora "
           "Perú, duración 1 hora -> 20:00Z-21:00Z. Sender is a no-reply; contact = recruiter address "
           "in the body.")
def m08():
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <tr><td style="padding:24px">
        <p>Estimada Valeria Quispe:</p>
        <p>Nos complace invitarla a una entrevista para la posición <b>Analista de Datos – Planeamiento
        de Rutas</b> en Misti Cargo Express S.A.</p>
        <p>📅 <b>lunes, 26 de octubre de 2026</b><br>
        🕒 <b>3:00 p.m. (hora Perú)</b> – duración: 1 hora<br>
        📍 Google Meet (el enlace se encuentra en la invitación de calendario)</p>
        <p>Participarán Daniela Ccori (Selección) y Ing. Raúl Zegarra (Jefe de Planeamiento).</p>
        <p>Para cualquier consulta, escriba a <a href="mailto:dccori@misticargo.com.pe">dccori@misticargo.com.pe</a>.</p>
        <p>Saludos,<br>Equipo de Talento Humano<br>Misti Cargo Express S.A. · Arequipa</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999">Este mensaje se envió a través de
        SmartRecruiters. No responda a este correo.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message(hdr(
        addr("Misti Cargo Express", "noreply@smartrecruiters.com"),
        "Invitación a entrevista: Analista de Datos – Planeamiento de Rutas",
        "2026-10-20 12:31", LIMA, "<20261020173102.1f7a9c.misticargo@smartrecruiters.com>",
        via="mail-out-3.smartrecruiters.com (mail-out-3.smartrecruiters.com [34.91.12.77])"),
        html(h))


@mail(n(9), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start=utc("2026-10-08 16:00", SCL), end=utc("2026-10-08 16:45", SCL),
      contact="francisca.soto@rumbosur.cl", company="Rumbo Sur Experiencias",
      local="Thu 2026-10-08 16:00", local_end="2026-10-08 16:45", zone=SCL,
      note="Teamtailor (Chile, tú): jueves 8 de octubre, 16:00 a 16:45 hora de Chile; Santiago is on "
           "summer time (UTC-3) since 6 Sep -> 19:00Z-19:45Z (14:00 in Lima). ICS in America/Santiago "
           "agrees. Reply-To is a Teamtailor relay; contact = recruiter address in the signature.")
def m09():
    body = t("""
        ¡Hola Valeria!

        Qué bueno que avanzamos 🙌 Te agendamos la entrevista para el cargo Analista de Datos
        de Experiencias (remoto, con viajes a Cusco y Valparaíso):

        Jueves 8 de octubre, de 16:00 a 16:45 (hora de Chile)
        Microsoft Teams - el enlace va en la invitación adjunta

        Vas a conversar conmigo y con Tomás, nuestro líder de BI. No necesitas preparar nada
        especial, solo contarnos de tu experiencia con datos de operadores y reservas.

        Cualquier cosa me escribes a francisca.soto@rumbosur.cl.

        ¡Saludos!
        Francisca Soto
        People & Culture · Rumbo Sur Experiencias
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
METHOD:REQUEST
{TZ_SCL}
BEGIN:VEVENT
UID:tt-interview-88213-rumbosur
DTSTAMP:20261002T131044Z
DTSTART;TZID=America/Santiago:20261008T160000
DTEND;TZID=America/Santiago:20261008T164500
SUMMARY:Entrevista Rumbo Sur Experiencias - Valeria Quispe
ORGANIZER;CN=Francisca Soto:mailto:francisca.soto@rumbosur.cl
ATTENDEE;CN=Valeria Quispe;RSVP=TRUE:mailto:valeria.quispe@example.org
LOCATION:Microsoft Teams
DESCRIPTION:Únete a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RSur88213
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Francisca Soto - Rumbo Sur Experiencias", "no-reply@teamtailor-mail.com"),
        "Entrevista agendada: Analista de Datos de Experiencias",
        "2026-10-02 10:10", SCL, "<tt.88213.a7c1e02f@teamtailor-mail.com>",
        via="smtp.teamtailor-mail.com (smtp.teamtailor-mail.com [185.84.172.9])",
        extra=(("Reply-To", "rumbosur-9f2c1@reply.teamtailor-mail.com"),)),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, filename="entrevista.ics", disposition="attachment", cte="quoted-printable")))


@mail(n(10), family="exchange_outlook", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-10 11:30", LIMA), end=utc("2026-11-10 12:30", LIMA),
      contact="pllosa@ferrosurandino.com.pe", company="Ferrocarril Sur Andino",
      local="Tue 2026-11-10 11:30", local_end="2026-11-10 12:30", zone=LIMA,
      note="Exchange meeting request: the body gives no time, only the ICS does (TZID 'SA Pacific "
           "Standard Time' = UTC-5, same as Lima): 10 Nov 11:30-12:30 -> 16:30Z-17:30Z. "
           "Contact = ORGANIZER / sender.")
def m10():
    body = t("""
        Estimada Valeria:

        Conforme a lo conversado, le hago llegar la invitación para la entrevista con el equipo de
        Planeamiento de Operaciones (Ing. César Valdivia y quien suscribe). Le agradeceré aceptar
        la invitación para confirmar su asistencia.

        Saludos cordiales,

        Patricia Llosa Gamarra
        Analista Senior de Selección | Gestión Humana
        Ferrocarril Sur Andino S.A. | Av. Pachacútec s/n, Wanchaq - Cusco

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase a través de su ordenador, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_FSA1110>
        Id. de reunión: 291 774 503 118
        Código de acceso: 7pV9qe
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_BOGOTA}
BEGIN:VEVENT
ORGANIZER;CN=Patricia Llosa Gamarra:mailto:pllosa@ferrosurandino.com.pe
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe:mailto:valeria.quispe@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=César Valdivia:mailto:cvaldivia@ferrosurandino.com.pe
DESCRIPTION;LANGUAGE=es-PE:Estimada Valeria: Conforme a lo conversado, le hago llegar la invitación para la entrevista con el equipo de Planeamiento de Operaciones.
UID:040000008200E00074C5B7101A82E00800000000F0C1A2B3C4D5DC01000000000000000010000000A1B2C3D4E5F6
SUMMARY;LANGUAGE=es-PE:Entrevista - Analista de Datos de Operaciones (V. Quispe)
DTSTART;TZID=SA Pacific Standard Time:20261110T113000
DTEND;TZID=SA Pacific Standard Time:20261110T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T153812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1208835541
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body lang="ES-PE"><div class="WordSection1">\n'
         + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n"))
         + "</div></body></html>\n")
    return message(hdr(
        addr("Patricia Llosa Gamarra", "pllosa@ferrosurandino.com.pe"),
        "Entrevista - Analista de Datos de Operaciones (V. Quispe)",
        "2026-11-04 10:38", LIMA,
        "<SJ0PR18MB5123A1B2C3D4E5F6A7B8C9D0E1F2A@SJ0PR18MB5123.namprd18.prod.outlook.com>",
        via="NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2101.outbound.protection.outlook.com [40.107.243.101])",
        extra=(("Thread-Topic", "Entrevista - Analista de Datos de Operaciones (V. Quispe)"),
               ("Thread-Index", "AdsQ3b1F2wYkZx9qTn2n3mQ1xk9PAA=="),
               ("Content-Language", "es-PE"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), html(h), calendar(ics, cte="base64")))


@mail(n(11), family="personio", lang="es", interview=True, kind="scheduled",
      start=utc("2026-11-13 09:00", LIMA), end=utc("2026-11-13 09:45", LIMA),
      contact="lukas.berger@andenreisen.pe", company="Andenreisen Perú",
      local="Fri 2026-11-13 09:00", local_end="2026-11-13 09:45", zone=LIMA,
      note="Personio (text only, base64): viernes 13 de noviembre, 09:00 - 09:45 (hora de Lima), in "
           "person in Cusco -> 14:00Z-14:45Z. Contact = human Reply-To.")
def m11():
    body = t("""
        Hola Valeria Quispe,

        gracias por tu postulación como Data Analyst (m/f/d) – Operaciones Cusco. Nos gustaría
        conocerte en persona.

        Cita:       viernes, 13.11.2026
        Horario:    09:00 – 09:45 (hora de Lima)
        Lugar:      Andenreisen Perú S.A.C., Av. El Sol 814, oficina 302, Cusco
        Contacto:   Lukas Berger, Head of Operations

        Por favor, confirma tu asistencia respondiendo a este mensaje.

        Saludos cordiales
        Lukas Berger
        Andenreisen Perú S.A.C.

        --
        Este correo fue enviado a través de Personio. Protección de datos: https://andenreisen.jobs.personio.de/privacy-policy
        """)
    return message(hdr(
        addr("Andenreisen Perú S.A.C.", "noreply@personio.de"),
        "Invitación a entrevista personal – Data Analyst (m/f/d) – Operaciones Cusco",
        "2026-11-09 08:02", LIMA, "<a4f0c1d2e3b5.20261109130207@mailer.personio.de>",
        via="mailer.personio.de (mailer.personio.de [3.120.94.211])",
        extra=(("Reply-To", addr("Lukas Berger", "lukas.berger@andenreisen.pe")),)),
        text(body, cte="base64"))


@mail(n(12), family="workable", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-02 17:00", LIMA), end=utc("2026-12-02 17:30", LIMA),
      contact="martin.galdos@caminante.tech", company="Caminante Tech",
      local="Wed 2026-12-02 17:00", local_end="2026-12-02 17:30", zone=LIMA,
      note="Workable: miércoles 2 de diciembre, 5:00 p.m. (GMT-5, Lima), 30 minutos -> 22:00Z-22:30Z. "
           "Reply-To is a Workable relay (not a human mailbox); contact = address in the body.")
def m12():
    body = t("""
        Hola Valeria,

        ¡Gracias por postular a Caminante Tech! Nos encantaría conversar contigo sobre el puesto
        de Analista de Datos de Producto (Remoto LATAM).

        Tu entrevista quedó programada:

        miércoles, 2 de diciembre de 2026 · 5:00 p.m. (GMT-5, Lima) · 30 minutos
        Videollamada: https://caminante.whereby.com/entrevistas

        Si tienes alguna pregunta antes de la llamada, escríbeme directamente a
        martin.galdos@caminante.tech.

        Un saludo,
        Martín Galdós
        Talent Partner, Caminante Tech
        """)
    h = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1b">
        <p>Hola Valeria,</p>
        <p>¡Gracias por postular a Caminante Tech! Nos encantaría conversar contigo sobre el puesto de
        Analista de Datos de Producto (Remoto LATAM).</p>
        <p>Tu entrevista quedó programada:</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:12px 16px">
        <div style="font-weight:bold">miércoles, 2 de diciembre de 2026</div>
        <div>5:00 p.m. (GMT-5, Lima) · 30 minutos</div>
        <div><a href="https://caminante.whereby.com/entrevistas">Unirse a la videollamada</a></div>
        </div>
        <p>Si tienes alguna pregunta antes de la llamada, escríbeme directamente a
        <a href="mailto:martin.galdos@caminante.tech">martin.galdos@caminante.tech</a>.</p>
        <p>Un saludo,<br>Martín Galdós<br>Talent Partner, Caminante Tech</p>
        <p style="font-size:11px;color:#8a8a8a">Powered by Workable</p>
        </div>
        """)
    return message(hdr(
        addr("Caminante Tech", "noreply@candidates.workablemail.com"),
        "Tu entrevista con Caminante Tech",
        "2026-11-26 15:47", LIMA, "<wk.c8a13f.4417729@candidates.workablemail.com>",
        via="mta-14.workablemail.com (mta-14.workablemail.com [158.247.16.14])",
        extra=(("Reply-To", "caminante-tech+a81f3c90@candidates.workablemail.com"),)),
        alt(text(body), html(h)))


@mail(n(13), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-04 16:30", LAX), end=utc("2026-12-04 17:00", LAX),
      contact="brianna.walsh@cascadiaexp.com", company="Cascadia Expeditions Group",
      local="Fri 2026-12-04 16:30", local_end="2026-12-04 17:00", zone=LAX,
      note="iCIMS phone screen, Friday Dec 4 at 4:30 PM Pacific (PST, UTC-8) for 30 minutes -> "
           "Sat 5 Dec 00:30Z-01:00Z: the UTC date is the next day (19:30 Fri in Lima). Contact = "
           "recruiter address in the body (sender is the iCIMS mailbox).")
def m13():
    body = t("""
        Dear Valeria,

        Thank you for your interest in the Supply & Logistics Data Analyst (Req #2026-4471)
        position with Cascadia Expeditions Group.

        We would like to invite you to a phone screen with our Talent Acquisition team:

          Date:      Friday, December 4, 2026
          Time:      4:30 PM Pacific Time (30 minutes)
          Format:    Phone - we will call you at the number on your application (+51 984 ...)

        We understand this is in the evening for you in Peru; please let us know if that is a
        problem.

        If you have any questions, please contact Brianna Walsh at brianna.walsh@cascadiaexp.com.

        Sincerely,

        Talent Acquisition
        Cascadia Expeditions Group
        1420 Western Ave, Seattle, WA 98101

        This email was sent from an unmonitored mailbox.
        """)
    return message(hdr(
        addr("Cascadia Expeditions Careers", "cascadiaexpeditions@talent.icims.com"),
        "Phone Screen Invitation - Supply & Logistics Data Analyst (2026-4471)",
        "2026-11-30 09:05", LAX, "<1797.2026113017050.cascadia@talent.icims.com>",
        via="smtp2.icims.com (smtp2.icims.com [64.129.43.82])"),
        alt(text(body, charset="windows-1252"),
            html("<html><body><pre style=\"font-family:Calibri,sans-serif\">" + body + "</pre></body></html>\n",
                 charset="windows-1252")))


@mail(n(14), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-12-07 11:00", LIMA), end=None,
      contact="gvillena@vilcanotatravel.pe", company="Consorcio Vilcanota Travel",
      local="Mon 2026-12-07 11:00", zone=LIMA,
      note="Reply on top of a quoted thread, Date Wed 2 Dec: 'quedamos para el lunes 7 a las 11' = "
           "Mon 7 Dec 11:00 Lima -> 16:00Z. The attached invite is an all-day event on 7 Dec; the "
           "time is only in the text. No length. Contact = human sender.")
def m14():
    body = t("""
        Perfecto Valeria, entonces quedamos para el lunes 7 a las 11 en la oficina (calle Saphi 571,
        2do piso, tocar el timbre de Vilcanota). Te mando un recordatorio al calendario para que no
        se pierda.

        Nos vemos,
        Gonzalo

        Gonzalo Villena Pacheco
        Jefe de Operaciones Terrestres
        Consorcio Vilcanota Travel
        Cel. 974 503 221

        El mar., 1 dic. 2026 a las 19:52, Valeria Quispe (<valeria.quispe@example.org>) escribió:
        > Hola Gonzalo, muchas gracias por la respuesta.
        > El lunes 7 o el martes 8 por la mañana me acomodan bien, cualquiera de los dos.
        > Saludos,
        > Valeria
        >
        > El lun., 30 nov. 2026 a las 16:10, Gonzalo Villena (<gvillena@vilcanotatravel.pe>) escribió:
        >> Valeria, buenas tardes. Revisamos tu CV y nos interesa conversar contigo para el puesto de
        >> analista. ¿Qué día de la próxima semana podrías venir a la oficina?
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CREATED:20261202T170530Z
LAST-MODIFIED:20261202T170602Z
DTSTAMP:20261202T170602Z
UID:9e1c77b0-3a2f-4d5e-8c10-vilcanota
SUMMARY:Entrevista Valeria Quispe - Vilcanota
ORGANIZER;CN=Gonzalo Villena:mailto:gvillena@vilcanotatravel.pe
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:valeria.quispe@example.org
DTSTART;VALUE=DATE:20261207
DTEND;VALUE=DATE:20261208
TRANSP:TRANSPARENT
LOCATION:Calle Saphi 571\\, Cusco
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Gonzalo Villena", "gvillena@vilcanotatravel.pe"),
        "Re: Postulación analista - Valeria Quispe",
        "2026-12-02 12:08", LIMA, "<b51e2c0a-77f3-8b1d-vilc-2dic@vilcanotatravel.pe>",
        via="mail.vilcanotatravel.pe (mail.vilcanotatravel.pe [181.65.220.14])",
        extra=(("In-Reply-To", "<CAFx9kQ8v+Ljd02@mail.gmail.com>"),
               ("References", "<CAG77aa01vilc@vilcanotatravel.pe> <CAFx9kQ8v+Ljd02@mail.gmail.com>"),
               ("User-Agent", "Mozilla Thunderbird"))),
        mixed(text(body, cte="8bit"),
              calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", NYC), end=utc("2026-11-02 09:45", NYC),
      contact="kayla@brightwater-ha.com", company="Brightwater Hospitality Analytics",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 09:45", zone=NYC,
      note="Recruiter prose + pasted Zoom invitation, Date Fri 30 Oct 09:12 EDT: 'Monday at 9am ET' = "
           "Mon 2 Nov, the day after US DST ends, so EST (UTC-5) -> 14:00Z (9:00 in Lima, which the "
           "recruiter gets wrong as 8am); 'for 45 minutes' -> 14:45Z. Contact = human sender.")
def m15():
    body = t("""
        Hi Valeria,

        Great speaking with you yesterday! Confirming our interview for Monday at 9am ET, for 45
        minutes, with me and Marcus (our VP of Revenue Strategy). I think that's 8am for you in
        Cusco, but double-check since our clocks change this weekend!

        Kayla Jennings is inviting you to a scheduled Zoom meeting.

        Topic: Brightwater HA - Valeria Quispe / Pricing Analyst
        Time: Nov 2, 2026 09:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://brightwater-ha.zoom.us/j/91255307714?pwd=Q2xZb3pXeU1hV0Rr

        Meeting ID: 912 5530 7714
        Passcode: 488203

        ---

        One tap mobile
        +16465588656,,91255307714#,,,,*488203# US (New York)

        Talk soon,
        Kayla

        Kayla Jennings | Senior Recruiter
        Brightwater Hospitality Analytics | Atlanta, GA
        """)
    return message(hdr(
        addr("Kayla Jennings", "kayla@brightwater-ha.com"),
        "Interview Monday - Pricing Analyst",
        "2026-10-30 09:12", NYC, "<CAH4m=ZxK0p8+Brightwater-30oct@mail.gmail.com>",
        via="mail-yw1-f181.google.com (mail-yw1-f181.google.com [209.85.128.181])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(16), family="human_prose", lang="es", interview=True, kind="scheduled",
      start=utc("2026-09-28 15:00", LIMA), end=None,
      contact="hilda.condori@kallpa.org.pe", company="Asociación Kallpa Turismo Comunitario",
      local="Mon 2026-09-28 15:00", zone=LIMA,
      note="Phone-written reply (Enviado desde mi iPhone), Date Sat 19 Sep: 'el lunes subsiguiente, o "
           "sea el 28, a las tres de la tarde' = Mon 28 Sep 15:00 Lima -> 20:00Z. Contact = sender.")
def m16():
    body = t("""
        Hola Valeria!! disculpa la demora, estuve en comunidad toda la semana sin señal.

        Te confirmo la entrevista para el lunes subsiguiente, o sea el 28, a las tres de la tarde
        en nuestra oficina de San Blas (Cuesta de San Blas 5xx, la puerta verde al lado de la
        panadería). Va a estar tambien Ruth de coordinacion de proyectos.

        Cualquier cosa me timbras.
        Un abrazo
        Hilda

        Enviado desde mi iPhone

        > El 14 sept 2026, a las 9:31, Valeria Quispe <valeria.quispe@example.org> escribió:
        >
        > Estimada Hilda, le escribo para saber si hay novedades sobre la convocatoria de
        > analista de monitoreo. Quedo atenta. Saludos, Valeria
        """)
    return message(hdr(
        addr("Hilda Condori", "hilda.condori@kallpa.org.pe"),
        "Re: Convocatoria analista de monitoreo",
        "2026-09-19 08:47", LIMA, "<7A1D2E9C-4B3F-4E11-9A0C-KALLPA19SEP@kallpa.org.pe>",
        via="mail-pf1-f171.google.com (mail-pf1-f171.google.com [209.85.210.171])",
        extra=(("In-Reply-To", "<CAFx9kQ8kallpa14@mail.gmail.com>"),
               ("X-Mailer", "iPhone Mail (22A3354)"))),
        text(body, cte="8bit"))


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-05 14:00", NYC), end=utc("2026-11-05 15:00", NYC),
      contact="olivia.chen@northpeak.com", company="Northpeak Travel Data",
      local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=NYC,
      note="GoodTime reschedule sent Tue 27 Oct (EDT): old Thu 29 Oct 2:00 PM EDT, new Thu 5 Nov "
           "2:00-3:00 PM EST (US DST ended 1 Nov) -> 19:00Z-20:00Z; ICS (America/New_York, "
           "SEQUENCE:1) agrees. Contact = coordinator in Reply-To.")
def m17():
    body = t("""
        Hi Valeria,

        Your interview with Northpeak Travel Data has been rescheduled.

        PREVIOUS TIME (canceled)
        Thursday, October 29, 2026, 2:00 PM - 3:00 PM EDT

        NEW TIME
        Thursday, November 5, 2026, 2:00 PM - 3:00 PM EST

        Interview: Data Analyst II - Supplier Insights (Panel)
        Interviewers: Greg Adeyemi, Hannah Lutz
        Location: Zoom - https://northpeak.zoom.us/j/95533018847

        An updated calendar invitation is attached. If this time no longer works, reply to this
        email and Olivia Chen will help.

        Sent via GoodTime on behalf of Northpeak Travel Data
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gt-ev-4c2f91aa-northpeak
DTSTAMP:20261027T150844Z
DTSTART;TZID=America/New_York:20261105T140000
DTEND;TZID=America/New_York:20261105T150000
SEQUENCE:1
SUMMARY:Northpeak Travel Data - Interview: Valeria Quispe (Data Analyst II)
ORGANIZER;CN=Olivia Chen:mailto:olivia.chen@northpeak.com
ATTENDEE;CN=Valeria Quispe;RSVP=TRUE:mailto:valeria.quispe@example.org
LOCATION:https://northpeak.zoom.us/j/95533018847
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Northpeak Travel Data", "no-reply@goodtime.io"),
        "Rescheduled: Your interview with Northpeak Travel Data",
        "2026-10-27 11:08", NYC, "<gt.4c2f91aa.resched.1@goodtime.io>",
        via="o3.ptr4471.goodtime.io (o3.ptr4471.goodtime.io [149.72.33.10])",
        extra=(("Reply-To", addr("Olivia Chen", "olivia.chen@northpeak.com")),)),
        mixed(alt(text(body), html(gmail_html(body))),
              calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-10-14 16:00", LIMA), end=None,
      contact="mparedes@condorandino.pe", company="Cóndor Andino",
      local="Wed 2026-10-14 16:00", zone=LIMA,
      note="Outlook prose (windows-1252, QP), Date Fri 9 Oct: moves the interview 'del martes 13 a las "
           "10 a.m. al miércoles 14 a las 4 p.m.' -> new time Wed 14 Oct 16:00 Lima = 21:00Z. "
           "Contact = human sender.")
def m18():
    body = t("""
        Buenas tardes Valeria,

        Una disculpa: por un viaje de último momento del gerente de Planeamiento tenemos que mover la
        entrevista del martes 13 a las 10 a.m. al miércoles 14 a las 4 p.m. Sigue siendo por Teams,
        con el mismo enlace que le envié.

        Quedo atenta a su confirmación.

        Saludos,
        Milagros Paredes
        Reclutamiento y Selección
        Cóndor Andino S.A. – Aeropuerto Internacional Jorge Chávez, Callao
        """)
    return message(hdr(
        addr("Milagros Paredes", "mparedes@condorandino.pe", charset="iso-8859-1"),
        "Cambio de horario - entrevista Analista de Datos Comerciales",
        "2026-10-09 15:20", LIMA,
        "<PH7PR11MB6218C8D0E0F1A2B3C4D5E6F708@PH7PR11MB6218.namprd11.prod.outlook.com>",
        via="NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2094.outbound.protection.outlook.com [40.107.220.94])",
        charset="iso-8859-1",
        extra=(("Thread-Topic", enc("Cambio de horario – entrevista Analista de Datos Comerciales")),
               ("Content-Language", "es-PE"))),
        text(body, charset="windows-1252"))


@mail(n(19), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-11-18 10:00", SCL), end=utc("2026-11-18 11:00", SCL),
      contact="catalina.fuentes@transandes.cl", company="TransAndes Logística",
      local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:00", zone=SCL,
      note="Google Calendar 'Invitación actualizada' from the Chilean employer of the Workday mail: "
           "the final interview moves from mar 17 nov 15:00 to mié 18 nov 10:00-11:00 (GMT-3, Chilean "
           "summer time) -> 13:00Z-14:00Z; ICS SEQUENCE:2 agrees. Contact = ORGANIZER.")
def m19():
    body = t("""
        Se ha modificado este evento.

        Entrevista final – Analista de Datos Logísticos (Valeria Quispe)
        Cuándo
        CAMBIADO: miércoles, 18 de noviembre de 2026 10:00 – 11:00 (GMT-3) hora de Chile
        Antes: martes, 17 de noviembre de 2026 15:00 – 16:00 (GMT-3)

        Unirse con Google Meet
        https://meet.google.com/trn-adxs-qfo

        Invitados
        Catalina Fuentes - organizadora
        Valeria Quispe
        Rodrigo Pizarro

        Nota de la organizadora: Valeria, Rodrigo tuvo que viajar a Antofagasta el martes, así que
        lo movimos al miércoles en la mañana. ¡Gracias por la flexibilidad!

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_SCL}
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20261118T100000
DTEND;TZID=America/Santiago:20261118T110000
DTSTAMP:20261112T193301Z
ORGANIZER;CN=Catalina Fuentes:mailto:catalina.fuentes@transandes.cl
UID:1q9w8e7r6t5y4u3i2o1p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe;X-NUM-GUESTS=0:mailto:valeria.quispe@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rodrigo Pizarro;X-NUM-GUESTS=0:mailto:rodrigo.pizarro@transandes.cl
CREATED:20261105T140012Z
LAST-MODIFIED:20261112T193300Z
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Entrevista final – Analista de Datos Logísticos (Valeria Quispe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Catalina Fuentes", "catalina.fuentes@transandes.cl"),
        "Invitación actualizada: Entrevista final – Analista de Datos Logísticos (Valeria Quispe) @ "
        "mié 18 nov 2026 10:00 - 11:00 (GMT-3) (valeria.quispe@example.org)",
        "2026-11-12 16:33", SCL, "<calendar-0c7e1f44-upd2-18nov@google.com>",
        via="mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
        extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),)),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(20), family="exchange_outlook", lang="es", interview=True, kind="rescheduled",
      start=utc("2026-12-01 09:30", LPZ), end=utc("2026-12-01 10:30", LPZ),
      contact="xrojas@salartours.bo", company="Salar Tours Uyuni",
      local="Tue 2026-12-01 09:30", local_end="2026-12-01 10:30", zone=LPZ,
      note="Outlook updated meeting request from a Bolivian employer: moves the technical interview "
           "from lunes 30 nov 10:00 to martes 1 de diciembre 9:30 (hora de Bolivia, UTC-4) -> "
           "13:30Z-14:30Z; ICS TZID 'SA Western Standard Time' (La Paz), SEQUENCE:1. Contact = organizer.")
def m20():
    body = t("""
        Cuándo: martes, 1 de diciembre de 2026 9:30-10:30 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
        Dónde: Reunión de Microsoft Teams

        Hola Valeria, buenos días.

        Le pido disculpas, tuvimos que mover la entrevista técnica del lunes 30 de noviembre a las
        10:00 al martes 1 de diciembre a las 9:30 (hora de Bolivia, o sea 8:30 en Perú). El
        ejercicio con SQL se mantiene igual.

        Saludos cordiales,

        Ximena Rojas Vargas
        Jefa de Talento Humano
        Salar Tours Uyuni S.R.L. - Oficina La Paz, Av. 16 de Julio 1490
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_LAPAZ}
BEGIN:VEVENT
ORGANIZER;CN=Ximena Rojas Vargas:mailto:xrojas@salartours.bo
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe:mailto:valeria.quispe@example.org
DESCRIPTION;LANGUAGE=es-BO:Hola Valeria\\, le pido disculpas\\, tuvimos que mover la entrevista técnica.
UID:040000008200E00074C5B7101A82E0080000000070A6B5C4D3E2DC0100000000000000001000000055AA66BB77CC
SUMMARY;LANGUAGE=es-BO:Entrevista técnica - Valeria Quispe
DTSTART;TZID=SA Western Standard Time:20261201T093000
DTEND;TZID=SA Western Standard Time:20261201T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T124105Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-BO:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Ximena Rojas Vargas", "xrojas@salartours.bo"),
        "Actualizado: Entrevista técnica - Valeria Quispe",
        "2026-11-25 08:41", LPZ,
        "<CP2PR80MB4410D1E2F3A4B5C6D7E8F9A0B1C2@CP2PR80MB4410.lamprd80.prod.outlook.com>",
        via="BRA01-CP2-obe.outbound.protection.outlook.com (mail-cp2bra01on2108.outbound.protection.outlook.com [40.107.200.108])",
        extra=(("Thread-Topic", enc("Entrevista técnica - Valeria Quispe")),
               ("Content-Language", "es-BO"))),
        alt(text(body, charset="iso-8859-1"), calendar(ics, cte="base64")))


@mail(n(21), family="taleo", lang="es", interview=True, kind="cancelled",
      start=utc("2026-10-23 11:00", LIMA), end=None, contact=None, company="Aerovías del Pacífico",
      local="Fri 2026-10-23 11:00", zone=LIMA,
      note="Taleo cancellation: the interview of viernes 23 de octubre, 11:00 a.m. (hora de Lima) is "
           "cancelled, no new time -> cancelled slot 16:00Z. Only the Taleo no-reply and a team "
           "signature: contact null.")
def m21():
    body = t("""
        Estimado(a) Valeria Quispe:

        Le informamos que la entrevista programada para el viernes 23 de octubre de 2026 a las
        11:00 a.m. (hora de Lima), correspondiente a la requisición 26000981 - Analista de Datos de
        Carga, ha sido cancelada debido a una reorganización interna del proceso.

        Su postulación sigue activa; nos comunicaremos con usted si se reprograma.

        Atentamente,
        Equipo de Selección
        Aerovías del Pacífico S.A.

        *** Este es un mensaje automático. Por favor, no responda a este correo. ***
        """)
    return message(hdr(
        addr("Aerovías del Pacífico - Selección", "do-not-reply@taleo.net", charset="iso-8859-1"),
        "Cancelación de entrevista - Requisición 26000981",
        "2026-10-19 17:55", LIMA, "<1398027711.5512.1792450500118.JavaMail.taleo@tlo-prd-mta3>",
        via="smtp01.taleo.net (smtp01.taleo.net [160.34.14.21])", charset="iso-8859-1"),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(22), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-10 11:00", LAX), end=utc("2026-11-10 12:00", LAX),
      contact="daniel.kim@redwoodtrailworks.com", company="Redwood Trailworks",
      local="Tue 2026-11-10 11:00", local_end="2026-11-10 12:00", zone=LAX,
      note="Google Calendar cancellation (METHOD:CANCEL): Tue 10 Nov 11am-12pm PST (UTC-8) -> "
           "19:00Z-20:00Z; role on hold, no new time. Contact = ORGANIZER.")
def m22():
    body = t("""
        This event has been canceled and removed from your calendar.

        Hiring Manager Interview - Valeria Quispe (Ops Data Analyst)
        When
        Tuesday Nov 10, 2026 11am - 12pm (PST)

        Organizer
        Daniel Kim
        daniel.kim@redwoodtrailworks.com

        Guests
        Daniel Kim - organizer
        valeria.quispe@example.org

        Message from organizer: Sorry Valeria - the role has been put on hold for Q1 budget
        reasons. I'll reach out if it reopens.

        Invitation from Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ_LAX}
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261110T110000
DTEND;TZID=America/Los_Angeles:20261110T120000
DTSTAMP:20261106T221502Z
ORGANIZER;CN=Daniel Kim:mailto:daniel.kim@redwoodtrailworks.com
UID:3h7g5f4d2s1a0z9x8c7v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=valeria.quispe@example.org;X-NUM-GUESTS=0:mailto:valeria.quispe@example.org
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Hiring Manager Interview - Valeria Quispe (Ops Data Analyst)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Daniel Kim", "daniel.kim@redwoodtrailworks.com"),
        "Canceled event: Hiring Manager Interview - Valeria Quispe (Ops Data Analyst) @ Tue Nov 10, "
        "2026 11am - 12pm (PST) (valeria.quispe@example.org)",
        "2026-11-06 14:15", LAX, "<calendar-cancel-3h7g5f4d-10nov@google.com>",
        via="mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
        extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),)),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
              calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                       filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(23), family="human_prose", lang="es", interview=True, kind="cancelled",
      start=utc("2026-12-03 15:00", LIMA), end=None,
      contact="lapaza@colcalogistica.pe", company="Colca Logística",
      local="Thu 2026-12-03 15:00", zone=LIMA,
      note="Prose cancellation from Arequipa (iso-8859-1, QP), Date Wed 2 Dec 09:05: 'la entrevista de "
           "mañana jueves 3 de diciembre a las 3 de la tarde' is cancelled, new dates to follow -> "
           "cancelled slot 20:00Z. Contact = human sender.")
def m23():
    body = t("""
        Estimada Srta. Quispe:

        Lamentablemente debemos cancelar la entrevista de mañana jueves 3 de diciembre a las 3 de la
        tarde. El gerente general ha convocado a una reunión de directorio y el área completa estará
        ocupada.

        Le escribiré la próxima semana con nuevas fechas; su candidatura sigue en pie.

        Disculpe las molestias.

        Atte.
        Luis Apaza Quicaño
        Coordinador de Recursos Humanos
        Colca Logística S.A.C. - Arequipa
        Telf. (054) 28-4417
        """)
    return message(hdr(
        addr("Luis Apaza Quicaño", "lapaza@colcalogistica.pe", charset="iso-8859-1"),
        "Cancelación entrevista jueves 3/12",
        "2026-12-02 09:05", LIMA, "<000a01dc7b2f$4e1a9c30$ea4ed490$@colcalogistica.pe>",
        via="smtp.colcalogistica.pe (smtp.colcalogistica.pe [200.37.158.40])", charset="iso-8859-1",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        text(body, charset="iso-8859-1"))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="es", interview=False, company="Sumaq Hoteles",
      days=(("Tue", "2026-09-15"),),
      note="Recruitee rejection after an interview that already happened (martes 15 de septiembre); "
           "no interview ahead.")
def m24():
    body = t("""
        Hola Valeria,

        Muchas gracias por tu tiempo en la entrevista del martes 15 de septiembre y por el interés
        en el puesto de Analista de Revenue en Sumaq Hoteles.

        Después de evaluar cuidadosamente todas las candidaturas, hemos decidido continuar con
        otros perfiles que se ajustan más a lo que buscamos en este momento.

        Guardaremos tu CV en nuestra base de datos para futuras posiciones y te deseamos mucho éxito.

        Un saludo cordial,
        Equipo de Talento · Sumaq Hoteles
        """)
    return message(hdr(
        addr("Sumaq Hoteles", "sumaqhoteles@mail.recruitee.com"),
        "Tu postulación a Analista de Revenue – Sumaq Hoteles",
        "2026-09-24 11:30", LIMA, "<rc.58112.0f3d9a1c@mail.recruitee.com>",
        via="mail.recruitee.com (mail.recruitee.com [52.57.118.40])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="en", interview=False, company="Harborline Travel Systems",
      days=(("Mon", "2026-12-07"), ("Fri", "2026-11-20")),
      note="Offer letter from the company of the Greenhouse positive; the only fixed times are a "
           "start date and a signing deadline. Not an interview.")
def m25():
    body = t("""
        Hi Valeria,

        I'm thrilled to share that we'd like to offer you the position of Senior Data Analyst,
        Partner Operations (Remote - LATAM) at Harborline Travel Systems!

        Your offer letter is attached via DocuSign. A few highlights:
          - Proposed start date: Monday, December 7, 2026
          - Contractor agreement through our EOR partner in Peru
          - Please review and sign by Friday, November 20 at 5:00 PM ET

        Tom and the whole team were really impressed in your conversations. If you'd like to
        talk through anything, grab time on my calendar: https://calendly.com/megan-harborline/15min

        Congratulations!
        Megan O'Rourke
        Recruiting Coordinator | Harborline Travel Systems
        """)
    return message(hdr(
        addr("Megan O'Rourke", "megan.orourke@harborline.com"),
        "Your offer from Harborline Travel Systems",
        "2026-11-12 15:02", "America/New_York", "<CAOffer+Harb8812-12nov@mail.gmail.com>",
        via="mail-il1-f178.google.com (mail-il1-f178.google.com [209.85.166.178])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(26), family="application_receipt", lang="es", interview=False,
      company="Lagos Altiplano Cruises",
      note="softgarden application receipt (Puno employer): promises an interview 'si su perfil "
           "encaja', no time.")
def m26():
    h = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Estimada Sra. Quispe,</p>
        <p>muchas gracias por su candidatura para el puesto <b>Analista de Datos de Reservas (Puno / remoto)</b>.
        Hemos recibido su documentación correctamente.</p>
        <p>Revisaremos su perfil en las próximas dos semanas. Si su perfil encaja con nuestros
        requisitos, le invitaremos a una entrevista personal o por video.</p>
        <p>Puede consultar el estado de su candidatura en cualquier momento en su
        <a href="https://lagosaltiplano.softgarden.io/candidate">cuenta de candidato</a>.</p>
        <p>Atentamente<br>Recursos Humanos<br>Lagos Altiplano Cruises S.A. · Jr. Titicaca 210, Puno</p>
        <p style="font-size:10px;color:#999">Este correo se ha generado automáticamente con softgarden e-recruiting.</p>
        </body></html>
        """)
    return message(hdr(
        addr("Lagos Altiplano Cruises", "noreply@softgarden.io"),
        "Confirmación de recepción de su candidatura",
        "2026-10-01 06:14", LIMA, "<sg-4412089-ack@softgarden.io>",
        via="mailout2.softgarden.io (mailout2.softgarden.io [185.110.56.22])"),
        html(h, charset="iso-8859-15"))


@mail(n(27), family="job_alert", lang="en", interview=False, company=None,
      note="JOIN job alert listing roles; 'interview' appears only in job-board marketing.")
def m27():
    body = t("""
        5 new jobs match your search "Data Analyst" in Lima, Cusco & Remote

        Operations Data Analyst - Andes Freight Hub (Lima, hybrid)
        Posted 2 days ago - Quick apply

        BI Analyst, Tourism Marketplace - Kuntur Labs (Remote, LATAM)
        Posted today - 3-step process, first interview within 1 week

        Junior Revenue Analyst - Costa Verde Resorts (Lima)
        Posted 5 days ago

        Logistics Analyst (SQL/Python) - Santiago Cold Chain SpA (Santiago, remote-friendly)
        Posted 1 day ago

        Data Analyst, Partner Ops - Pachamama Travel Co. (Cusco)
        Posted 3 days ago

        See all jobs: https://join.com/jobs?q=data+analyst&l=lima

        Tip: candidates who apply within 48 hours are 3x more likely to get an interview!

        You receive this alert because you subscribed on JOIN. Unsubscribe: https://join.com/alerts/unsubscribe
        """)
    return message(hdr(
        addr("JOIN Job Alerts", "noreply@join.com"),
        "5 new jobs for \"Data Analyst\" near Lima",
        "2026-10-22 07:00", "Europe/Berlin", "<alert-20261022-77120@join.com>",
        via="mail.join.com (mail.join.com [18.196.45.33])",
        extra=(("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?u=77120>"),)),
        alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Career blog newsletter about job interviews (tips, example times in the text); nothing "
           "scheduled for the reader.")
def m28():
    h = t("""
        <html><body style="font-family:Georgia,serif;max-width:640px">
        <h1>¿Entrevista el lunes a las 9? 7 cosas que debes hacer el domingo</h1>
        <p><i>Blog ChambaPro · Edición semanal #142</i></p>
        <p>Recibiste el correo: "Confirmamos tu entrevista para el lunes a las 9:00 a.m." ¿Y ahora?
        Te contamos qué hacer para llegar tranquila y preparada:</p>
        <ol>
        <li>Revisa la hora en tu zona horaria (¡ojo con las empresas de Chile y EE. UU.!).</li>
        <li>Prueba el enlace de Zoom o Teams con 15 minutos de anticipación.</li>
        <li>Prepara tres historias con el método STAR.</li>
        <li>Investiga a tus entrevistadores en LinkedIn.</li>
        <li>Ten a la mano preguntas sobre el equipo y el puesto.</li>
        <li>Duerme bien (en serio).</li>
        <li>Envía un correo de agradecimiento dentro de las 24 horas.</li>
        </ol>
        <p><a href="https://blog.chambapro.pe/entrevista-lunes">Leer el artículo completo</a></p>
        <p style="font-size:11px;color:#777">Recibes este boletín porque te suscribiste en chambapro.pe.
        <a href="https://chambapro.pe/baja">Darte de baja</a></p>
        </body></html>
        """)
    return message(hdr(
        addr("Blog ChambaPro", "boletin@news.chambapro.pe"),
        "¿Entrevista el lunes a las 9? 7 cosas que debes hacer el domingo",
        "2026-10-17 08:00", LIMA, "<news142.a1b2c3@news.chambapro.pe>",
        via="mta3.news.chambapro.pe (mta3.news.chambapro.pe [198.2.180.33])",
        extra=(("List-Unsubscribe", "<https://chambapro.pe/baja?id=142>"),
               ("Precedence", "bulk"))),
        html(h, cte="base64"))


@mail(n(29), family="self_schedule", lang="es", interview=False, company="Austral Expediciones",
      note="Chilean recruiter sends a Calendly link to pick a slot (lunes a jueves 9:00-13:00 hora "
           "de Chile); no time fixed yet.")
def m29():
    body = t("""
        Hola Valeria, ¿cómo estai? Te escribo de Austral Expediciones.

        Vimos tu postulación para Analista de Operaciones y nos gustaría agendar una primera
        conversación de 30 minutos. Puedes elegir el horario que más te acomode acá:

        https://calendly.com/austral-expediciones/entrevista-analista

        Tenemos bloques de lunes a jueves entre 9:00 y 13:00 (hora de Chile). Si ninguno te sirve,
        avísame y buscamos otra opción.

        ¡Saludos!
        Javiera Muñoz
        Reclutamiento · Austral Expediciones SpA · Puerto Natales / Santiago
        """)
    return message(hdr(
        addr("Javiera Muñoz", "javiera.munoz@australexpediciones.cl"),
        "Agenda tu entrevista – Austral Expediciones",
        "2026-10-27 12:40", SCL, "<CAJm+austral-27oct-41@mail.gmail.com>",
        via="mail-lj1-f173.google.com (mail-lj1-f173.google.com [209.85.208.173])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(30), family="proposal_unconfirmed", lang="es", interview=False,
      company="Yungas Viajes y Carga",
      days=(("Tue", "2026-09-15"), ("Wed", "2026-09-16")),
      note="Bolivian recruiter proposes times ('¿le vendría bien el martes 15 a las 10?') and asks "
           "for confirmation; nothing fixed. The later Google Calendar positive confirms another "
           "time.")
def m30():
    body = t("""
        Estimada Valeria:

        Gracias por enviar su CV. La Lic. Elena Mendoza, gerente de operaciones, quisiera
        conversar con usted por videollamada.

        ¿Le vendría bien el martes 15 a las 10:00 (hora de Bolivia)? Si no, podría ser el miércoles
        16 por la tarde, a partir de las 15:00. Me indica qué le acomoda mejor y le envío la
        invitación.

        Saludos cordiales,

        Marcelo Choque
        Asistente de Recursos Humanos
        Yungas Viajes y Carga S.R.L. - La Paz, Bolivia
        """)
    return message(hdr(
        addr("Marcelo Choque", "marcelo.choque@yungascarga.bo"),
        "Entrevista - Analista de Datos Logísticos",
        "2026-09-11 09:25", LPZ, "<CAMch0que+11sep-yungas@mail.gmail.com>",
        via="mail-qt1-f180.google.com (mail-qt1-f180.google.com [209.85.160.180])"),
        text(body, cte="8bit"))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False,
      company="Meridian Hospitality Group",
      note="Cold outreach asking for a quick chat 'sometime next week'; no time fixed.")
def m31():
    body = t("""
        Hi Valeria,

        I came across your profile while searching for analysts with tour-operator and logistics
        experience in South America - your work on seasonal demand for Machu Picchu routes caught
        my eye.

        Meridian Hospitality Group is hiring a Senior Analyst, Destination Insights (remote,
        Americas time zones). Would you be open to a quick 20-minute chat sometime next week?
        Happy to work around your schedule in Peru.

        Best,
        Jordan Blake
        Talent Partner, Meridian Hospitality Group
        Austin, TX
        """)
    return message(hdr(
        addr("Jordan Blake", "jordan.blake@meridianhg.com"),
        "Senior Analyst, Destination Insights - quick chat?",
        "2026-11-17 10:48", "America/Chicago", "<MHG-outreach-8841.20261117@meridianhg.com>",
        via="mail-oo1-f52.google.com (mail-oo1-f52.google.com [209.85.161.52])"),
        alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(32), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Clinic appointment reminder with a fixed time (miércoles 30 de septiembre, 4:20 p.m.): "
           "a doctor's visit, not an interview.")
def m32():
    body = t("""
        Estimada paciente VALERIA QUISPE HUAMANI:

        Le recordamos su cita:

        Especialidad:  Dermatología
        Médico:        Dra. Roxana Castillo Ugarte
        Fecha:         miércoles 30 de septiembre de 2026
        Hora:          4:20 p.m.
        Sede:          Clínica Pachacútec - Av. de la Cultura 1020, Cusco

        Por favor acérquese 20 minutos antes con su DNI y su carnet de seguro. Para reprogramar
        llame al (084) 58-2020.

        Clínica Pachacútec
        """)
    return message(hdr(
        addr("Clínica Pachacútec - Citas", "citas@clinicapachacutec.pe"),
        "Recordatorio de cita médica - 30/09 4:20 p.m.",
        "2026-09-28 10:00", LIMA, "<cita-774120-rem@clinicapachacutec.pe>",
        via="smtp.clinicapachacutec.pe (smtp.clinicapachacutec.pe [179.6.22.140])"),
        text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(33), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Flat viewing in Lima (Barranco) confirmed for sábado 14 de noviembre a las 11 a.m.; a fixed "
           "time, but a sublet viewing, not an interview.")
def m33():
    body = t("""
        Hola Valeria, qué tal.

        Te confirmo la visita al depa de Barranco (Jr. Domeyer 2xx, 3er piso) para el sábado 14 de
        noviembre a las 11 a.m. Es el subarriendo de 6 meses que viste en el aviso, amoblado, con
        internet de fibra (importante si trabajas remoto, ¿no?).

        Cuando llegues me timbras al 998 230 114 y bajo a abrirte. Trae tu DNI porque el
        edificio pide registro.

        Saludos,
        Rocío Salazar
        """)
    return message(hdr(
        addr("Rocío Salazar", "rocio.salazar.b@example.net"),
        "Visita depa Barranco - sábado 11am",
        "2026-11-10 21:05", LIMA, "<CAR0cio+visita-10nov@mail.gmail.com>",
        via="mail-vs1-f54.google.com (mail-vs1-f54.google.com [209.85.217.54])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(34), family="car_service", lang="es", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Car-service booking (mantenimiento de 10,000 km) for lunes 19 de octubre 8:30 a.m.; not "
           "an interview.")
def m34():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" align="center" style="border:1px solid #ddd">
        <tr><td style="background:#c00;color:#fff;padding:12px;font-size:18px">Andes Motors Cusco · Servicio Técnico</td></tr>
        <tr><td style="padding:16px">
        <p>Estimada Valeria Quispe,</p>
        <p>Su cita de servicio ha sido <b>confirmada</b>:</p>
        <table cellpadding="4">
        <tr><td>Vehículo:</td><td>Yaris 2022 · Placa X3K-581</td></tr>
        <tr><td>Servicio:</td><td>Mantenimiento preventivo 10,000 km</td></tr>
        <tr><td>Fecha:</td><td>lunes 19 de octubre de 2026</td></tr>
        <tr><td>Hora de recepción:</td><td>8:30 a.m.</td></tr>
        <tr><td>Asesor de servicio:</td><td>Wilber Huallpa</td></tr>
        <tr><td>Dirección:</td><td>Av. Collasuyo 925, Cusco</td></tr>
        </table>
        <p>Tiempo estimado del servicio: 3 horas. Contamos con sala de espera con wifi.</p>
        </td></tr></table></body></html>
        """)
    return message(hdr(
        addr("Andes Motors Cusco", "servicio@andesmotorscusco.pe"),
        "Confirmación de cita de servicio - X3K-581",
        "2026-10-15 16:12", LIMA, "<srv-20261015-3388@andesmotorscusco.pe>",
        via="smtp.andesmotorscusco.pe (smtp.andesmotorscusco.pe [181.176.10.88])"),
        html(h, charset="windows-1252"))


@mail(n(35), family="parent_teacher", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="School 'citación a entrevista con padres de familia' about her son, jueves 5 de "
           "noviembre 5:30 p.m.: the word 'entrevista' and a fixed time, but a parent-teacher meeting.")
def m35():
    body = t("""
        Señora Valeria Quispe Huamani
        Madre de familia del estudiante Mateo Álvarez Quispe - 4to grado "B"

        De mi consideración:

        Por medio de la presente se le cita a una entrevista con la tutora de aula, Prof. Gladys
        Ayma, el día jueves 5 de noviembre a las 5:30 p.m. en la sala de profesores (pabellón B),
        para conversar sobre el avance académico del segundo bimestre.

        Se le agradece su puntual asistencia. En caso de no poder asistir, comunicarse con
        secretaría al (084) 23-1177.

        Atentamente,
        Coordinación de Tutoría
        I.E.P. San Antonio Abad de Wanchaq
        """)
    return message(hdr(
        addr("Coordinación de Tutoría - IEP San Antonio Abad", "tutoria@iepsanantonioabad.edu.pe"),
        "Citación a entrevista con padres de familia - 4to B",
        "2026-10-30 13:40", LIMA, "<tut-4b-0301@iepsanantonioabad.edu.pe>",
        via="mail.iepsanantonioabad.edu.pe (mail.iepsanantonioabad.edu.pe [190.42.170.3])"),
        text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(36), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Exchange meeting request from her current employer: weekly operations stand-up (recurring, "
           "09:00 'SA Pacific Standard Time'); internal meeting, not an interview.")
def m36():
    body = t("""
        Cuándo: Se repite todos los lunes, miércoles y viernes de 09:00 a 09:15 a partir del 14/09/2026
        hasta el 18/12/2026. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.
        Dónde: Reunión de Microsoft Teams

        Equipo, a partir de la próxima semana pasamos el daily de operaciones a lunes, miércoles y
        viernes. 15 minutos, cámaras opcionales.

        Renato

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_RutaInkaDaily>
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_BOGOTA}
BEGIN:VEVENT
ORGANIZER;CN=Renato Cárdenas:mailto:rcardenas@rutainka.com.pe
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe:mailto:vquispe@rutainka.com.pe
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo Operaciones:mailto:operaciones@rutainka.com.pe
RRULE:FREQ=WEEKLY;UNTIL=20261218T140000Z;INTERVAL=1;BYDAY=MO,WE,FR;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5DC0100000000000000001000000099DAILY00RI
SUMMARY;LANGUAGE=es-PE:Daily de Operaciones
DTSTART;TZID=SA Pacific Standard Time:20260914T090000
DTEND;TZID=SA Pacific Standard Time:20260914T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260909T221145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Renato Cárdenas", "rcardenas@rutainka.com.pe"),
        "Daily de Operaciones",
        "2026-09-09 17:11", LIMA,
        "<BN0PR05MB7790E1D2C3B4A5F6E7D8C9B0A1F2@BN0PR05MB7790.namprd05.prod.outlook.com>",
        via="NAM04-BN0-obe.outbound.protection.outlook.com (mail-bn0nam04on2110.outbound.protection.outlook.com [40.107.100.110])",
        to=addr("Equipo Operaciones", "operaciones@rutainka.com.pe"),
        extra=(("Cc", addr("Valeria Quispe", ME)), ("Content-Language", "es-PE"))),
        alt(text(body), calendar(ics, cte="base64")))


@mail(n(37), family="webinar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Zoom webinar registration ('Entrevistas por competencias en turismo', jueves 22 de "
           "octubre 7:00 p.m. Lima): fixed time, but a webinar about interviews.")
def m37():
    body = t("""
        Hola Valeria,

        Gracias por registrarse en "Entrevistas por competencias en el sector turismo: cómo
        destacar".

        Fecha y hora: 22 oct 2026 07:00 p. m. Lima

        Únase desde PC, Mac, iPad, iPhone o dispositivo Android:
        Haga clic aquí para unirse: https://us06web.zoom.us/w/86610223841?tk=Xq4Y1lYb
        Código de acceso: 221026

        Agregar a calendario: https://us06web.zoom.us/webinar/tJ0sf-86610223841/ics

        Puede cancelar su registro en cualquier momento.

        Organiza: Cámara Regional de Turismo del Cusco - Programa Empleabilidad Joven
        """)
    return message(hdr(
        addr("Cámara Regional de Turismo del Cusco", "no-reply@zoom.us"),
        "Confirmación de registro a Entrevistas por competencias en el sector turismo: cómo destacar",
        "2026-10-13 19:30", LIMA, "<wbn.86610223841.reg.55102@zoom.us>",
        via="mailout-sjc3.zoom.us (mailout-sjc3.zoom.us [170.114.52.20])",
        extra=(("Reply-To", addr("Carturc Empleabilidad", "empleabilidad@carturc.org.pe")),)),
        alt(text(body), html(gmail_html(body))))


@mail(n(38), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Career coach confirms a simulated interview (simulación de entrevista) for martes 10 de "
           "noviembre a las 6 p.m.: interview practice, not a job interview.")
def m38():
    body = t("""
        ¡Hola Vale!

        Listo, te reservé la sesión de simulación de entrevista para el martes 10 de noviembre a
        las 6 p.m. (hora Perú), 60 minutos por Zoom. Vamos a practicar la entrevista en inglés para
        las empresas de EE. UU. y luego te doy feedback con la grabación.

        Link: https://zoom.us/j/4471029938
        Recuerda traer la descripción del puesto de Northpeak y tus tres historias STAR.

        Un abrazo,
        Paola Núñez
        Coach de carrera · paolanunez.coach
        """)
    return message(hdr(
        addr("Paola Núñez", "paola@paolanunez.coach"),
        "Sesión de simulación de entrevista - martes 10/11",
        "2026-11-03 20:15", LIMA, "<pn.coach.20261103.0415@paolanunez.coach>",
        via="mail.paolanunez.coach (mail.paolanunez.coach [167.99.12.104])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(39), family="interviewer_invite", lang="es", interview=False, company=None,
      note="Google Calendar invitation at her CURRENT employer to sit on the panel that interviews an "
           "intern candidate (Valeria is an interviewer, not the candidate); ICS on 26 Nov 10:00 Lima.")
def m39():
    body = t("""
        Renato Cárdenas le ha invitado a un evento.

        Entrevista practicante de datos – Diego Huillca (panel: Renato, Valeria)
        Cuándo
        jueves, 26 de noviembre de 2026 10:00 – 10:45 (GMT-5)

        Unirse con Google Meet
        https://meet.google.com/rik-pqxa-dhn

        Invitados
        Renato Cárdenas - organizador
        Valeria Quispe
        diego.huillca.u@example.com

        Vale, ¿me acompañas en la entrevista del practicante? Tú le haces las preguntas de SQL.

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LIMA}
BEGIN:VEVENT
DTSTART;TZID=America/Lima:20261126T100000
DTEND;TZID=America/Lima:20261126T104500
DTSTAMP:20261120T153009Z
ORGANIZER;CN=Renato Cárdenas:mailto:rcardenas@rutainka.com.pe
UID:8b7n6m5l4k3j2h1g0f9d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe;X-NUM-GUESTS=0:mailto:valeria.quispe@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=diego.huillca.u@example.com;X-NUM-GUESTS=0:mailto:diego.huillca.u@example.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista practicante de datos – Diego Huillca (panel: Renato\\, Valeria)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Renato Cárdenas", "rcardenas@rutainka.com.pe"),
        "Invitación: Entrevista practicante de datos – Diego Huillca (panel: Renato, Valeria) @ jue 26 "
        "nov 2026 10:00 - 10:45 (GMT-5) (valeria.quispe@example.org)",
        "2026-11-20 10:30", LIMA, "<calendar-8b7n6m5l-26nov@google.com>",
        via="mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
        extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),)),
        mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(40), family="auto_reply", lang="es", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Out-of-office auto-reply from the Vilcanota manager after the interview (back lunes 14 de "
           "diciembre); no interview time.")
def m40():
    body = t("""
        Gracias por su mensaje. Me encuentro de viaje en ruta a Choquequirao sin acceso a correo
        hasta el lunes 14 de diciembre. Para temas urgentes de operaciones comuníquese con
        operaciones@vilcanotatravel.pe o al 974 503 200.

        Gonzalo Villena Pacheco
        Consorcio Vilcanota Travel
        """)
    return message(hdr(
        addr("Gonzalo Villena", "gvillena@vilcanotatravel.pe"),
        "Respuesta automática: Gracias por la entrevista - Valeria Quispe",
        "2026-12-08 18:02", LIMA, "<auto-7f1e-08dic@vilcanotatravel.pe>",
        via="mail.vilcanotatravel.pe (mail.vilcanotatravel.pe [181.65.220.14])",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
               ("In-Reply-To", "<CAFx9kQ8thanks-vilc@mail.gmail.com>"))),
        text(body, cte="8bit"))


@mail(n(41), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Delivery failure (DSN) for Valeria's thank-you note after the Northpeak interview; the "
           "returned message mentions Thursday's interview, which is past.")
def m41():
    orig = message([
        ("From", ME_H),
        ("To", addr("Greg Adeyemi", "greg.adeyemi@northpeak.co")),
        ("Subject", "Thank you - Data Analyst II interview"),
        ("Date", date("2026-11-05 17:40", LIMA)),
        ("Message-ID", "<CAFx9kQ8thx-northpeak@mail.gmail.com>"),
    ], text(t("""
        Hi Greg,

        Thank you for taking the time to meet with me today for the Data Analyst II interview. I
        enjoyed our conversation about supplier scorecards.

        Best regards,
        Valeria
        """), cte="7bit"))
    notice = t("""
        ** Address not found **

        Your message wasn't delivered to greg.adeyemi@northpeak.co because the domain northpeak.co
        couldn't be found. Check for typos or unnecessary spaces and try again.

        The response was:

        DNS Error: DNS type 'mx' lookup of northpeak.co responded with code NXDOMAIN
        Domain name not found: northpeak.co
        """)
    dsn = t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; valeria.quispe@example.org
        Arrival-Date: Thu, 05 Nov 2026 14:40:12 -0800 (PST)
        X-Original-Message-ID: <CAFx9kQ8thx-northpeak@mail.gmail.com>

        Final-Recipient: rfc822; greg.adeyemi@northpeak.co
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: smtp; DNS type 'mx' lookup of northpeak.co responded with code NXDOMAIN
        Last-Attempt-Date: Thu, 05 Nov 2026 14:40:13 -0800 (PST)
        """)
    status = Part([("Content-Type", "message/delivery-status")], dsn.replace("\n", "\r\n").encode())
    return message(hdr(
        addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
        "Delivery Status Notification (Failure)",
        "2026-11-05 17:40", LIMA, "<6a0b4c2e.0x71.dsn-northpeak@mx.google.com>",
        via="mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
        extra=(("Auto-Submitted", "auto-replied"),)),
        multipart("report", text(notice, cte="7bit"), status, attached_message(orig),
                  params="report-type=delivery-status"))


@mail(n(42), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Google Groups mailing-list post for a data meetup (jueves 19 de noviembre, 7 p.m.) with a "
           "talk about technical interviews; a community event, not an interview.")
def m42():
    body = t("""
        ¡Hola comunidad!

        El Meetup de noviembre de PyData Cusco será el jueves 19 de noviembre a las 7 p.m. en el
        auditorio de la UNSAAC (Av. de la Cultura 733, pabellón de Ingeniería).

        Charlas:
        1. "Entrevistas técnicas para analistas de datos: lo que nadie te cuenta" - Melissa Ccahuana
        2. "Pronóstico de arribos a Machu Picchu con Prophet" - Julio Tupayachi

        Inscripción gratuita (aforo 80): https://www.meetup.com/pydata-cusco/events/30188412/

        Nos vemos,
        Equipo organizador PyData Cusco

        --
        Recibiste este mensaje porque estás suscrito al grupo "PyData Cusco" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo
        electrónico a pydata-cusco+unsubscribe@googlegroups.com.
        """)
    return message(hdr(
        addr("Melissa Ccahuana", "melissa.ccahuana@example.com"),
        "[pydata-cusco] Meetup de noviembre: jueves 19, 7 p.m.",
        "2026-11-09 22:14", LIMA, "<CAMeli+pydata-nov@mail.gmail.com>",
        via="mail-sor-f57.google.com (mail-sor-f57.google.com [209.85.220.57])",
        to=addr("PyData Cusco", "pydata-cusco@googlegroups.com"),
        extra=(("Sender", "pydata-cusco@googlegroups.com"),
               ("List-Id", "<pydata-cusco.googlegroups.com>"),
               ("Mailing-list", "list pydata-cusco@googlegroups.com; contact pydata-cusco+owners@googlegroups.com"),
               ("List-Unsubscribe", "<mailto:pydata-cusco+unsubscribe@googlegroups.com>"),
               ("Precedence", "list"))),
        alt(text(body), html(gmail_html(body))))


@mail(n(43), family="job_centre", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-21"),),
      note="Microsoft Bookings confirmation from the public job centre (Centro de Empleo) for an "
           "'entrevista de orientación laboral' on lunes 21 de septiembre 9:00 a.m.: a fixed-time "
           "appointment at an employment office, not a job interview with an employer.")
def m43():
    h = t("""
        <html><body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px">
        <p style="font-size:20px">Su reserva está confirmada</p>
        <p>Hola Valeria Quispe:</p>
        <p>Gracias por reservar con <b>Centro de Empleo Cusco – Ministerio de Trabajo y Promoción del Empleo</b>.</p>
        <table cellpadding="4">
        <tr><td><b>Servicio</b></td><td>Entrevista de orientación laboral y registro en la Bolsa de Trabajo</td></tr>
        <tr><td><b>Fecha y hora</b></td><td>lunes, 21 de septiembre de 2026 9:00 a. m. - 9:30 a. m. (UTC-05:00) Bogotá, Lima, Quito, Rio Branco</td></tr>
        <tr><td><b>Personal</b></td><td>Orientadora laboral</td></tr>
        <tr><td><b>Dirección</b></td><td>Av. Micaela Bastidas 450, Wanchaq, Cusco</td></tr>
        </table>
        <p>Traiga su DNI y su CV impreso.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/CentroEmpleoCusco@mtpe.onmicrosoft.com/bookings/">Administrar reserva</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_BOGOTA}
BEGIN:VEVENT
ORGANIZER;CN=Centro de Empleo Cusco:mailto:CentroEmpleoCusco@mtpe.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valeria Quispe:mailto:valeria.quispe@example.org
SUMMARY;LANGUAGE=es-ES:Entrevista de orientación laboral
DTSTART;TZID=SA Pacific Standard Time:20260921T090000
DTEND;TZID=SA Pacific Standard Time:20260921T093000
UID:040000008200E00074C5B7101A82E00800000000BOOKINGS0921CENTROEMPLEO
DTSTAMP:20260915T170201Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Av. Micaela Bastidas 450\\, Wanchaq\\, Cusco
END:VEVENT
END:VCALENDAR"""
    return message(hdr(
        addr("Centro de Empleo Cusco", "CentroEmpleoCusco@mtpe.onmicrosoft.com"),
        "Reserva confirmada: Entrevista de orientación laboral - lunes, 21 de septiembre de 2026",
        "2026-09-15 12:02", LIMA,
        "<MN2PR12MB3021B00K1NG5A1B2C3D4E5F6@MN2PR12MB3021.namprd12.prod.outlook.com>",
        via="NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2051.outbound.protection.outlook.com [40.107.244.51])"),
        alt(html(h), calendar(ics, cte="base64")))


@mail(n(44), family="admission_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Business-school admission interview for a part-time MBA (sábado 24 de octubre, 10:00 a.m.): "
           "a fixed-time 'entrevista', but for a study programme, not a job.")
def m44():
    body = t("""
        Estimada postulante Valeria Quispe Huamani:

        Nos complace comunicarle que ha superado la etapa de evaluación de expediente del proceso de
        admisión al MBA Ejecutivo a Tiempo Parcial - Promoción 2027 (sede Cusco).

        Su entrevista personal de admisión ha sido programada para el sábado 24 de octubre de 2026
        a las 10:00 a.m., en el campus de la Escuela (Urb. Larapa Grande B-12, San Jerónimo). La
        entrevista dura aproximadamente 30 minutos y la realiza un miembro del Comité de Admisión.

        Recuerde presentar su DNI y el comprobante de pago de derecho de admisión.

        Atentamente,
        Oficina de Admisión
        Escuela de Negocios del Sur Andino
        """)
    return message(hdr(
        addr("Admisión - Escuela de Negocios del Sur Andino", "admision@ensa.edu.pe"),
        "Admisión MBA 2027: programación de entrevista personal",
        "2026-10-16 11:20", LIMA, "<adm-mba27-0441@ensa.edu.pe>",
        via="mail.ensa.edu.pe (mail.ensa.edu.pe [200.48.90.12])"),
        alt(text(body, charset="iso-8859-15"), html(gmail_html(body), charset="iso-8859-15")))


@mail(n(45), family="press_interview", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Journalist confirms interviewing Valeria about tourism data (viernes 16 a las 10 en un "
           "café): she is the interviewee of a press piece, not a job candidate.")
def m45():
    body = t("""
        Hola Valeria, buenas noches.

        Te confirmo la entrevista para la nota sobre la recuperación del turismo receptivo: el
        viernes 16 a las 10 a.m. en el café Tres Cruces de la plaza San Blas. Serán unos 40
        minutos, con grabadora, y el fotógrafo pasará al final por si podemos tomarte un par de
        fotos.

        Me interesa sobre todo lo que comentaste en el panel de la Cámara sobre los datos de boletos
        a Machu Picchu.

        Gracias de nuevo,
        Andrea Villafuerte
        Redactora - Semanario Qosqo Hoy
        """)
    return message(hdr(
        addr("Andrea Villafuerte", "andrea.villafuerte@qosqohoy.pe"),
        "Entrevista para la nota de turismo - viernes 16",
        "2026-10-13 21:40", LIMA, "<qh-redaccion-andreav-13oct@qosqohoy.pe>",
        via="mail.qosqohoy.pe (mail.qosqohoy.pe [179.7.88.201])"),
        text(body, cte="quoted-printable"))


@mail(n(46), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Podcast guest recording confirmed for Tuesday Nov 17 at 12:00 PM ET (noon EST = 12:00 Lima); "
           "Valeria is a guest being interviewed, not a job candidate.")
def m46():
    body = t("""
        Hi Valeria,

        You're all set for our recording of "Data on the Trail" - the podcast about analytics in
        travel and outdoor businesses!

        Recording: Tuesday, November 17, 2026 at 12:00 PM ET (noon)
        Length: 45 minutes + 10 minutes of setup
        Where: Riverside.fm studio link - https://riverside.fm/studio/data-on-the-trail

        We'll interview you about forecasting visitor flows on the Inca Trail. Please use wired
        headphones if you can.

        Cheers,
        Sam Whitaker
        Host & Producer, Data on the Trail
        """)
    return message(hdr(
        addr("Sam Whitaker", "sam@dataonthetrail.fm"),
        "Recording confirmed: Data on the Trail, Nov 17",
        "2026-11-09 13:55", NYC, "<dott-guest-0917@dataonthetrail.fm>",
        via="mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(47), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Volleyball club try-out (pruebas) for the masters team, sábado 12 de septiembre 9 a.m.: "
           "fixed time, not a job interview.")
def m47():
    body = t("""
        Hola Valeria!

        Te confirmamos tu inscripción a las pruebas para el equipo máster femenino del Club de
        Vóley Inti Raymi. Las pruebas serán este sábado 12 de septiembre a las 9 a.m. en el
        coliseo Casa de la Juventud (Av. Tullumayo). Ven con ropa deportiva, rodilleras y agua.

        Después de las pruebas conversamos un ratito con cada una para ver disponibilidad de
        horarios de entrenamiento.

        ¡Nos vemos!
        Profe Nilda Ccapa
        Club de Vóley Inti Raymi - Cusco
        """)
    return message(hdr(
        addr("Club de Vóley Inti Raymi", "clubvoleyintiraymi@example.com"),
        "Pruebas equipo máster - sábado 12/09",
        "2026-09-07 19:22", LIMA, "<CAVoley+pruebas-07sep@mail.gmail.com>",
        via="mail-ua1-f46.google.com (mail-ua1-f46.google.com [209.85.222.46])"),
        text(body, cte="base64"))


@mail(n(48), family="bank_appointment", lang="es", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Bank advisor appointment (asesora de inversiones) confirmed for martes 8 de diciembre "
           "12:30 p.m.: fixed time, not an interview.")
def m48():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f5f9">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="background:#003b71;color:#fff;padding:14px;font-size:18px">Banco Andino</td></tr>
        <tr><td style="padding:18px;font-size:14px">
        <p>Hola, VALERIA:</p>
        <p>Tu cita con tu asesora está confirmada.</p>
        <p><b>Asesora:</b> Karina Zúñiga – Banca Personal<br>
        <b>Motivo:</b> Asesoría de inversiones y CTS<br>
        <b>Fecha:</b> martes 08/12/2026<br>
        <b>Hora:</b> 12:30 p.m.<br>
        <b>Agencia:</b> Cusco Centro – Av. El Sol 189</p>
        <p>Si no puedes asistir, reprograma desde la app Banco Andino.</p>
        <p style="font-size:11px;color:#888">Banco Andino nunca te pedirá tus claves por correo.</p>
        </td></tr></table></body></html>
        """)
    return message(hdr(
        addr("Banco Andino", "notificaciones@bancoandino.com.pe"),
        "Confirmación de cita con tu asesora",
        "2026-12-03 09:45", LIMA, "<cita.asesor.88120@bancoandino.com.pe>",
        via="mailing.bancoandino.com.pe (mailing.bancoandino.com.pe [161.132.96.40])"),
        html(h, cte="base64"))


@mail(n(49), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Her sister forwards HER OWN interview confirmation (message/rfc822) asking for advice: a "
           "confirmed job interview, but for someone else, not the inbox owner.")
def m49():
    inner = message([
        ("From", addr("Selección - Laboratorios Andes Pharma", "seleccion@andespharma.com.pe")),
        ("To", addr("Lucía Quispe", "lucia.quispe@example.net")),
        ("Subject", enc("Confirmación de entrevista – Asistente de Calidad")),
        ("Date", date("2026-10-12 10:05", LIMA)),
        ("Message-ID", "<sel-aq-7712@andespharma.com.pe>"),
    ], text(t("""
        Estimada Lucía:

        Le confirmamos su entrevista para el puesto de Asistente de Calidad el viernes 16 de
        octubre a las 9:00 a.m. en nuestra planta de Ate (Av. Separadora Industrial 2140, Lima).

        Saludos,
        Área de Selección
        Laboratorios Andes Pharma
        """)))
    body = t("""
        Vale mira!!! me confirmaron la entrevista 😱 ¿algún consejo? tú que ya estás en mil
        procesos jaja. Te llamo en la noche.

        Lu
        """)
    return message(hdr(
        addr("Lucía Quispe", "lucia.quispe@example.net"),
        "Fwd: Confirmación de entrevista – Asistente de Calidad",
        "2026-10-12 13:30", LIMA, "<CALu+fwd-andes-12oct@mail.gmail.com>",
        via="mail-wr1-f42.google.com (mail-wr1-f42.google.com [209.85.221.42])"),
        mixed(text(body, cte="8bit"), attached_message(inner, "Confirmacion de entrevista.eml")))


@mail(n(50), family="thesis_jury", lang="es", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="University designates Valeria as a jury member for a thesis defence (viernes 11 de "
           "diciembre, 4 p.m.): fixed time, she is on the jury, not an interview.")
def m50():
    body = t("""
        Mg. Valeria Quispe Huamani
        Miembro de Jurado Evaluador

        Por especial encargo del Decano, se le comunica que ha sido designada como jurado
        dictaminante de la sustentación de la tesis "Modelo de pronóstico de la demanda de boletos
        al Santuario Histórico de Machu Picchu", presentada por el Bach. Kevin Huamán Loayza.

        Fecha: viernes 11 de diciembre de 2026
        Hora: 4:00 p.m.
        Lugar: Sala de Grados, Facultad de Ciencias Administrativas, Ciudad Universitaria de Perayoc

        Se adjunta el ejemplar de la tesis para su revisión.

        Atentamente,
        Unidad de Investigación
        Facultad de Ciencias Administrativas
        """)
    return message(hdr(
        addr("Unidad de Investigación FCA", "investigacion.fca@unsaac-fca.example.com"),
        "Designación de jurado - sustentación de tesis 11/12",
        "2026-12-01 15:10", LIMA, "<ui-fca-2026-1211-jurado@unsaac-fca.example.com>",
        via="mail.unsaac-fca.example.com (mail.unsaac-fca.example.com [200.37.140.20])"),
        text(body, charset="windows-1252", cte="quoted-printable"))
