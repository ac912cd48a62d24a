"""blind28: 50 hand-written mails for the inbox of Martina Quiroga, a data scientist in Buenos Aires.

Written blind (without reading the detector, its tests, or the other held-out mails). Built with
``python3 bench/heldout/make_blind.py blind28``. File numbers are a fixed shuffle of the writing
order: keys 1..23 are positives, 24..50 negatives.
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

# Outlook / Exchange zone names this inbox meets that make.py's table does not list (runtime only;
# make.py itself is unchanged).
make.WINDOWS_ZONES.setdefault("Argentina Standard Time", "America/Argentina/Buenos_Aires")
make.WINDOWS_ZONES.setdefault("SA Eastern Standard Time", "America/Cayenne")

ORDER = random.Random(28028).sample(range(1, 51), 50)
_key = [0]


def nm() -> str:
    _key[0] += 1
    return f"blind28_{ORDER[_key[0] - 1]:03d}"


BA = "America/Argentina/Buenos_Aires"
CBA = "America/Argentina/Cordoba"
SCL = "America/Santiago"
MVD = "America/Montevideo"
SP = "America/Sao_Paulo"
MEX = "America/Mexico_City"
MAD = "Europe/Madrid"
NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
PHX = "America/Phoenix"

ME = "martina.quiroga@example.org"
MEN = "Martina Quiroga"
TO = addr(MEN, ME)


def pos(kind, family, lang, company, contact, local, zone, note, local_end=None, days=()):
    _, rest = local.split(" ", 1)
    return mail(nm(), family=family, lang=lang, interview=True, company=company, note=note, kind=kind,
                start=utc(rest, zone), end=utc(local_end, zone) if local_end else None, contact=contact,
                local=local, local_end=local_end, zone=zone, days=days)


def neg(family, lang, company, note, days=()):
    return mail(nm(), family=family, lang=lang, interview=False, company=company, note=note, days=days)


def head(frm, subject, when, zone, mid, relay, extra=(), to=TO, ident="mx.google.com with ESMTPS id "):
    ident = ident + mid.strip("<>").split("@")[0][-10:].replace(".", "x")
    return [
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, ident, ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def ind(s):
    return s.replace("\n", "\n        ")


def stamp(when, zone):
    return utc(when, zone).replace("-", "").replace(":", "")


def ics_dt(local):
    return local.replace("-", "").replace(" ", "T").replace(":", "") + "00"


VTZ_BA_GOOGLE = """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:GMT-3
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

VTZ_BA_EXCHANGE = """BEGIN:VTIMEZONE
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

VTZ_SCL = """BEGIN:VTIMEZONE
TZID:America/Santiago
X-LIC-LOCATION:America/Santiago
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
TZNAME:-04
DTSTART:19700405T000000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700906T000000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""

VTZ_ROMANCE = VTZ["W. Europe Standard Time"].replace("TZID:W. Europe Standard Time", "TZID:Romance Standard Time")


def google_invite(plain, html_body, ics, method="REQUEST"):
    """Google Calendar's invitation shape: alternative(plain, html, calendar) + invite.ics."""
    return mixed(
        alt(text(plain, cte="base64", params="format=flowed; delsp=yes"), html(html_body),
            calendar(ics, method=method, cte="8bit")),
        calendar(ics, method=method, ctype="application/ics", cte="base64", filename="invite.ics",
                 disposition="attachment", name_param=True),
    )


def outlook_invite(plain, html_body, ics, method="REQUEST", charset="iso-8859-1"):
    return alt(text(plain, charset=charset), html(html_body, charset=charset),
               calendar(ics, method=method, cte="base64"))


def gmail(body, charset="utf-8", cte="quoted-printable"):
    return alt(text(body, charset=charset, cte=cte), html(gmail_html(body), charset=charset, cte=cte))


# =========================================================================== positives


@pos("scheduled", "google_calendar", "es-AR", "Tandil Pagos", "sofia.ledesma@tandilpagos.com.ar",
     "Mon 2026-03-16 15:00", BA,
     "Google Calendar invitation in the Spanish UI; 15:00-16:00 Buenos Aires (UTC-3, no DST); "
     "contact = ORGANIZER / Reply-To recruiter", local_end="2026-03-16 16:00")
def m01():
    plain = t("""
        Se te invitó al siguiente evento.

        Entrevista técnica - Data Scientist Sr (Martina Quiroga)
        lunes, 16 de marzo de 2026⋅15:00 – 16:00
        Hora estándar de Argentina - Buenos Aires

        Unirse con Google Meet
        meet.google.com/vxq-hnbe-kwa

        Unirse por teléfono
        (AR) +54 11 3986-4410 PIN: 512 774 093#

        Hola Martina! Te dejo la invitación para la técnica. Van a estar Joaquín (Lead de Riesgo) y
        Mailén del equipo de ML. Es en vivo, sin live coding: charlamos sobre un proyecto tuyo y
        un caso de fraude. Cualquier cosa escribime. Sofi

        Organizador
        Sofía Ledesma
        sofia.ledesma@tandilpagos.com.ar

        Invitados
        Sofía Ledesma - organizador
        joaquin.peralta@tandilpagos.com.ar
        mailen.sosa@tandilpagos.com.ar
        martina.quiroga@example.org

        Ver todos los detalles del invitado
        https://calendar.google.com/calendar/event?action=VIEW&eid=NWhmcWJ0Z2Jq&tok=MjQjc29m&ctz=America%2FArgentina%2FBuenos_Aires&hl=es_419&es=0

        ¿Asistirás? Sí - Quizás - No
        Más opciones https://calendar.google.com/calendar/event?action=VIEW&eid=NWhmcWJ0Z2Jq

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir
        actualizaciones sobre este evento, rechaza la invitación.
        """)
    h = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif"><p>Se te invitó al siguiente evento.</p>
        <h2 style="font-size:20px">Entrevista técnica - Data Scientist Sr (Martina Quiroga)</h2>
        <table><tr><td>Cuándo</td><td>lunes, 16 de marzo de 2026⋅15:00 – 16:00 (Hora estándar de Argentina)</td></tr>
        <tr><td>Unirse con Google Meet</td><td><a href="https://meet.google.com/vxq-hnbe-kwa">meet.google.com/vxq-hnbe-kwa</a></td></tr>
        <tr><td>Organizador</td><td>Sofía Ledesma &lt;sofia.ledesma@tandilpagos.com.ar&gt;</td></tr></table>
        <p>Hola Martina! Te dejo la invitación para la técnica. Van a estar Joaquín (Lead de Riesgo) y
        Mailén del equipo de ML. Es en vivo, sin live coding: charlamos sobre un proyecto tuyo y un caso de fraude.
        Cualquier cosa escribime. Sofi</p>
        <p style="color:#777;font-size:11px">Invitación de Google Calendar. Recibes este correo electrónico porque eres un invitado del evento.</p></div>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {ind(VTZ_BA_GOOGLE)}
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Buenos_Aires:20260316T150000
        DTEND;TZID=America/Argentina/Buenos_Aires:20260316T160000
        DTSTAMP:20260312T144700Z
        ORGANIZER;CN=Sofía Ledesma:mailto:sofia.ledesma@tandilpagos.com.ar
        UID:5hfqbtgbj2m8u0r3ve7kq1o6dc@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sofía Ledesma;X-NUM-GUESTS=0:mailto:sofia.ledesma@tandilpagos.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.quiroga@example.org;X-NUM-GUESTS=0:mailto:martina.quiroga@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=joaquin.peralta@tandilpagos.com.ar;X-NUM-GUESTS=0:mailto:joaquin.peralta@tandilpagos.com.ar
        X-GOOGLE-CONFERENCE:https://meet.google.com/vxq-hnbe-kwa
        CREATED:20260312T144650Z
        DESCRIPTION:Hola Martina! Te dejo la invitación para la técnica. Van a estar Joaquín (Lead de Riesgo) y Mailén del equipo de ML.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nUnite con Google Meet: https://meet.google.com/vxq-hnbe-kwa
        LAST-MODIFIED:20260312T144700Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica - Data Scientist Sr (Martina Quiroga)
        TRANSP:OPAQUE
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:This is an event reminder
        TRIGGER:-P0DT0H30M0S
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Sofía Ledesma", "sofia.ledesma@tandilpagos.com.ar"),
              "Invitación: Entrevista técnica - Data Scientist Sr (Martina Quiroga) @ lun 16 mar 2026 "
              "15:00 - 16:00 (GMT-3) (martina.quiroga@example.org)",
              "2026-03-12 11:47", BA, "<calendar-8c1e6f1b-3a0d-4c8e-9d0e-77b2c51f0a14@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Sofía Ledesma", "sofia.ledesma@tandilpagos.com.ar"))])
    return message(hs, google_invite(plain, h, ics))


@pos("scheduled", "consultora_reply", "es-AR", "Talento Sur", "lucia.barrios@talentosur.com.ar",
     "Thu 2026-03-19 11:00", BA,
     "Consultora's one-line reply on top of the thread: 'jueves 19 a las 11 hs' (Date Mon 16 Mar), in person "
     "in Buenos Aires (UTC-3); client confidential so company = the consultora; no duration -> end null")
def m02():
    body = t("""
        Dale Martina, quedamos así entonces: jueves 19 a las 11 hs en nuestra oficina (Av. Córdoba 1351, 4° piso, timbre "Talento Sur"). Traé DNI que en recepción te lo piden.
        Vas a hablar conmigo y con Germán, que es el que lleva la búsqueda del cliente.

        Cualquier cosa me escribís acá o al WhatsApp (11) 5867-2290.

        Saludos!
        Lucía

        --
        Lucía Barrios
        Consultora Sr. de Selección IT | Talento Sur
        www.talentosur.com.ar

        El lun, 16 mar 2026 a las 12:31, Martina Quiroga (<martina.quiroga@example.org>) escribió:
        > Hola Lucía, cómo va? Te reenvío lo de hoy porque me rebotó el mail (había escrito mal tu dirección, perdón!).
        > El jueves 19 a la mañana me queda bien, ¿a las 11 puede ser?
        > Gracias!
        > Martina
        >
        > El vie, 13 mar 2026 a las 17:05, Lucía Barrios (<lucia.barrios@talentosur.com.ar>) escribió:
        >> Hola Martina! Gracias por la charla de hoy. Como te comenté, el cliente (confidencial, consumo masivo) quiere avanzar.
        >> ¿Podrías pasar por la oficina la semana que viene para una entrevista presencial? Decime qué días te quedan cómodos.
        >> Lucía
        """)
    hs = head(addr("Lucía Barrios", "lucia.barrios@talentosur.com.ar"),
              "Re: Entrevista presencial - Data Scientist (cliente consumo masivo)",
              "2026-03-16 18:20", BA, "<CAJx7Lk2Q9pz4r+VwN0mL3sWb8fYt1oKe5d@mail.gmail.com>",
              "from mail-pj1-f50.google.com (mail-pj1-f50.google.com [209.85.216.50])",
              extra=[("In-Reply-To", "<CAPm2nQ8dRkz0sYh7Ftx4Lq1Ge@mail.gmail.com>"),
                     ("References", "<CAF3kV0oNq2b@mail.gmail.com> <CAPm2nQ8dRkz0sYh7Ftx4Lq1Ge@mail.gmail.com>")])
    return message(hs, gmail(body))


@pos("scheduled", "greenhouse", "en", "Quillfeather Labs", "dana.whitfield@quillfeather.io",
     "Tue 2026-03-10 13:00", NY,
     "Greenhouse confirmation sent Wed 4 Mar (EST); interview Tue 10 Mar 1:00-1:45 PM EDT (US DST from 8 Mar, "
     "UTC-4) = 17:00Z = 14:00 Buenos Aires; contact = Reply-To recruiter, also ICS organizer",
     local_end="2026-03-10 13:45")
def m03():
    plain = t("""
        Hi Martina,

        Thanks for confirming your availability! Your interview for the Data Scientist, Growth (Remote - Americas)
        role at Quillfeather Labs is scheduled. Details below:

        Interview: Hiring Manager Interview
        Date: Tuesday, March 10th 2026
        Time: 1:00 PM - 1:45 PM EDT
        Interviewer: Owen Castillo (Director of Data Science)
        Location: https://quillfeather.zoom.us/j/92844170311

        A quick note from Dana: the US moves to daylight saving time on Sunday the 8th, so 1:00 PM Eastern
        will be 2:00 PM in Buenos Aires (not 3:00 PM as it would be this week).

        If you need to reschedule, just reply to this email.

        Best,
        Dana Whitfield
        Technical Recruiter, Quillfeather Labs
        """)
    h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) +
         "<p style=\"font-size:11px;color:#999\">Sent via Greenhouse</p></body></html>\n")
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        METHOD:REQUEST
        {ind(VTZ["America/New_York"])}
        BEGIN:VEVENT
        UID:greenhouse-interview-88213304-quillfeather
        DTSTAMP:20260304T203000Z
        DTSTART;TZID=America/New_York:20260310T130000
        DTEND;TZID=America/New_York:20260310T134500
        SUMMARY:Quillfeather Labs - Hiring Manager Interview (Martina Quiroga)
        LOCATION:https://quillfeather.zoom.us/j/92844170311
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@quillfeather.io
        ATTENDEE;CN=Martina Quiroga;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martina.quiroga@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Quillfeather Labs", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Data Scientist, Growth at Quillfeather Labs",
              "2026-03-04 15:30", NY, "<0100019c8f1e.b2a9c1d0-7a3e-4f11-9b5e-2f6c0e4d1a77@us.greenhouse-mail.io>",
              "from o1.ptr4412.greenhouse-mail.io (o1.ptr4412.greenhouse-mail.io [167.89.44.12])",
              extra=[("Reply-To", addr("Dana Whitfield", "dana.whitfield@quillfeather.io"))])
    return message(hs, mixed(alt(text(plain), html(h)),
                             calendar(ics, method="REQUEST", ctype="text/calendar", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@pos("rescheduled", "lever", "en", "Tidewell Systems", "connor.haas@tidewell.com",
     "Thu 2026-04-02 09:30", LA,
     "Lever reschedule: new time Thu 2 Apr 9:30-10:30 AM PDT (UTC-7) = 16:30Z; old Tue 31 Mar also shown; "
     "contact = Reply-To recruiter", local_end="2026-04-02 10:30", days=(("Tue", "2026-03-31"),))
def m04():
    plain = t("""
        Hi Martina,

        Your interview with Tidewell Systems has been rescheduled. Here are the updated details:

        Technical Interview - Experimentation & Causal Inference
        NEW TIME: Thursday, April 2, 2026, 9:30 AM - 10:30 AM (PDT)
        Previously: Tuesday, March 31, 2026, 10:00 AM - 11:00 AM (PDT)

        Interviewers: Ravi Menon, Hallie Brooks
        Video call: https://meet.google.com/sfe-ozda-mnp

        An updated calendar invite is attached. Please reply to this email if the new time does not work for you.

        Thanks,
        Connor Haas
        Tidewell Systems Recruiting

        Powered by Lever
        """)
    h = t("""
        <div style="max-width:600px;font-family:-apple-system,Helvetica,sans-serif;color:#333">
        <p>Hi Martina,</p>
        <p>Your interview with <b>Tidewell Systems</b> has been rescheduled. Here are the updated details:</p>
        <div style="border:1px solid #e1e4e8;padding:12px">
        <b>Technical Interview - Experimentation &amp; Causal Inference</b><br>
        <span style="color:#1a7f37">NEW TIME: Thursday, April 2, 2026, 9:30 AM - 10:30 AM (PDT)</span><br>
        <s>Previously: Tuesday, March 31, 2026, 10:00 AM - 11:00 AM (PDT)</s><br>
        Interviewers: Ravi Menon, Hallie Brooks<br>
        Video call: <a href="https://meet.google.com/sfe-ozda-mnp">meet.google.com/sfe-ozda-mnp</a></div>
        <p>An updated calendar invite is attached. Please reply to this email if the new time does not work for you.</p>
        <p>Thanks,<br>Connor Haas<br>Tidewell Systems Recruiting</p>
        <p style="font-size:11px;color:#aaa">Powered by Lever</p></div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-intvw-5e1d0c2a-93b4-4a8f-a1b0-5c9e7d2f4b61
        DTSTAMP:20260327T210500Z
        DTSTART:20260402T163000Z
        DTEND:20260402T173000Z
        SEQUENCE:2
        SUMMARY:Tidewell Systems - Technical Interview (Martina Quiroga)
        LOCATION:https://meet.google.com/sfe-ozda-mnp
        ORGANIZER;CN=Connor Haas:mailto:connor.haas@tidewell.com
        ATTENDEE;CN=Martina Quiroga;RSVP=TRUE:mailto:martina.quiroga@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Tidewell Systems", "no-reply@hire.lever.co"),
              "Updated: Your interview with Tidewell Systems", "2026-03-27 14:05", LA,
              "<20260327210500.5e1d0c2a93b4@hire.lever.co>",
              "from mail-a24.hire.lever.co (mail-a24.hire.lever.co [54.186.21.77])",
              extra=[("Reply-To", addr("Connor Haas", "connor.haas@tidewell.com"))])
    return message(hs, mixed(alt(text(plain), html(h)),
                             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@pos("scheduled", "calendly", "es-UY", "Ceibo Analítica", "ana.ferreira@ceiboanalitica.com.uy",
     "Tue 2026-03-24 10:00", BA,
     "Calendly invitee confirmation in Spanish, shown in the invitee's zone (Hora de Argentina, UTC-3; "
     "Montevideo is also UTC-3); 10:00-10:30; contact = Reply-To host", local_end="2026-03-24 10:30")
def m05():
    plain = t("""
        Hola Martina Quiroga:

        Se programó un nuevo evento.

        Nombre del evento:
        Charla inicial - Data Scientist (30 min)

        Fecha/Hora del evento:
        10:00 - 10:30, martes, 24 de marzo de 2026 (Hora de Argentina)

        Ubicación:
        Esta es una reunión web de Zoom. Los datos de acceso se enviarán por separado o figuran en la invitación de calendario.

        Anfitrión:
        Ana Ferreira

        Preguntas:
        ¿Desde qué ciudad te conectás?
        Buenos Aires

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/a3f0c7d2-1b8e-4e55-9c4a-0d6e2f7b8a19
        Reprogramar: https://calendly.com/reschedulings/a3f0c7d2-1b8e-4e55-9c4a-0d6e2f7b8a19

        Con tecnología de Calendly.com
        """)
    h = t("""
        <table width="100%" style="font-family:proxima-nova,Helvetica,sans-serif;color:#4d5055"><tr><td>
        <p>Hola Martina Quiroga:</p><p>Se programó un nuevo evento.</p>
        <p><b>Nombre del evento:</b><br>Charla inicial - Data Scientist (30 min)</p>
        <p><b>Fecha/Hora del evento:</b><br>10:00 - 10:30, martes, 24 de marzo de 2026 (Hora de Argentina)</p>
        <p><b>Ubicación:</b><br>Esta es una reunión web de Zoom.</p>
        <p><b>Anfitrión:</b><br>Ana Ferreira</p>
        <p><a href="https://calendly.com/cancellations/a3f0c7d2-1b8e-4e55-9c4a-0d6e2f7b8a19">Cancelar</a> |
        <a href="https://calendly.com/reschedulings/a3f0c7d2-1b8e-4e55-9c4a-0d6e2f7b8a19">Reprogramar</a></p>
        <p style="font-size:11px">Con tecnología de Calendly.com</p></td></tr></table>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Charla inicial - Data Scientist (30 min) con Ana Ferreira el martes, 24 de marzo de 2026",
              "2026-03-21 09:12", BA, "<0100018e6a3f2b1c-4d2e8a90-aa11-4f0b-bc7e-3a9d5c1e2f70-000000@email.amazonses.com>",
              "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=[("Reply-To", addr("Ana Ferreira", "ana.ferreira@ceiboanalitica.com.uy"))])
    return message(hs, alt(text(plain), html(h)))


@pos("scheduled", "exchange", "es-ES", "Albariza Data", "icuesta@albarizadata.es",
     "Thu 2026-03-26 16:00", MAD,
     "Exchange meeting request with 'Romance Standard Time'; 16:00-17:00 Madrid on 26 Mar is still CET "
     "(UTC+1, Europe switches on 29 Mar) = 15:00Z = 12:00 Buenos Aires as the body says; contact = organizer",
     local_end="2026-03-26 17:00")
def m06():
    plain = t("""
        Hola Martina:

        Te envío la convocatoria para la entrevista con Jaime Olmos (Head of Data) y conmigo. Serán unos
        minutos de presentación y después Jaime querrá repasar contigo el proyecto de previsión de demanda
        que nos comentaste.

        Son las 16:00 hora de Madrid, que si no me equivoco son las 12:00 en Buenos Aires.

        Un saludo,
        Irene

        Cuándo: jueves, 26 de marzo de 2026 16:00-17:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo o la aplicación móvil
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4>
        Id. de reunión: 331 478 602 115
        Código de acceso: Hx7qP2
        ________________________________________________________________________________
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hola Martina:</p>
        <p>Te envío la convocatoria para la entrevista con Jaime Olmos (Head of Data) y conmigo. Serán unos minutos
        de presentación y después Jaime querrá repasar contigo el proyecto de previsión de demanda que nos comentaste.</p>
        <p>Son las 16:00 hora de Madrid, que si no me equivoco son las 12:00 en Buenos Aires.</p>
        <p>Un saludo,<br>Irene</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <p style="font-size:24px;color:#252424">Reunión de Microsoft Teams</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4">Haga clic aquí para unirse a la reunión</a></p>
        <p>Id. de reunión: 331 478 602 115<br>Código de acceso: Hx7qP2</p></div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ind(VTZ_ROMANCE)}
        BEGIN:VEVENT
        ORGANIZER;CN=Irene Cuesta Navarro:mailto:icuesta@albarizadata.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Quiroga:mailto:martina.quiroga@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jaime Olmos Ruiz:mailto:jolmos@albarizadata.es
        DESCRIPTION;LANGUAGE=es-ES:Hola Martina:\\n\\nTe envío la convocatoria para la entrevista con Jaime Olmos (Head of Data) y conmigo.\\n\\nSon las 16:00 hora de Madrid\\, que si no me equivoco son las 12:00 en Buenos Aires.\\n\\nUn saludo\\,\\nIrene\\n
        UID:040000008200E00074C5B7101A82E00800000000A0C3D6E1A1B8DC01000000000000000010000000F4B2C9A1E7D5384C9B0A12E6F3C47D21
        SUMMARY;LANGUAGE=es-ES:Entrevista Data Scientist Senior - Martina Quiroga
        DTSTART;TZID=Romance Standard Time:20260326T160000
        DTEND;TZID=Romance Standard Time:20260326T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260320T094000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118473302
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Reunión de Microsoft Teams","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Irene Cuesta Navarro", "icuesta@albarizadata.es", "iso-8859-1"),
              "Entrevista Data Scientist Senior - Martina Quiroga", "2026-03-20 10:40", MAD,
              "<DB9PR08MB6588E1F2A47C0D93B2E5A7C1E4172@DB9PR08MB6588.eurprd08.prod.outlook.com>",
              "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2112.outbound.protection.outlook.com [40.107.20.112])",
              extra=[("Thread-Topic", "Entrevista Data Scientist Senior - Martina Quiroga"),
                     ("Thread-Index", "AdqZ3kY1h0mN2p7qRfS8tUvWxYz0Ag=="),
                     ("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, outlook_invite(plain, h, ics))


@pos("scheduled", "workday", "es-MX", "Grupo Tezontle", "ximena.ortega@grupotezontle.mx",
     "Wed 2026-04-08 10:00", MEX,
     "Workday HTML-only notice; 10:00-11:00 a. m. Ciudad de México, GMT-6 all year since 2022 = 16:00Z "
     "(13:00 Buenos Aires); sender is a Workday system address, recruiter's address only in the body",
     local_end="2026-04-08 11:00")
def m07():
    h = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Grupo Tezontle</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#7a1f2b;padding:18px;color:#fff;font-size:18px">Grupo Tezontle | Talento</td></tr>
        <tr><td style="padding:24px">
        <p>Hola Martina,</p>
        <p>¡Gracias por tu interés en Grupo Tezontle! Te confirmamos que tu entrevista para la vacante
        <b>Científico(a) de Datos Sr. - Pricing (R-10482)</b> ha sido programada:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Fecha:</b></td><td>miércoles, 8 de abril de 2026</td></tr>
        <tr><td><b>Hora:</b></td><td>10:00 a.&nbsp;m. – 11:00 a.&nbsp;m. (GMT-06:00) Ciudad de México</td></tr>
        <tr><td><b>Modalidad:</b></td><td>Videollamada por Microsoft Teams (recibirás el enlace por separado)</td></tr>
        <tr><td><b>Entrevistadores:</b></td><td>Héctor Villaseñor, Gerente de Analítica Comercial</td></tr>
        </table>
        <p>Te pedimos conectarte 5 minutos antes. Si tienes alguna duda o necesitas reprogramar, escríbele a tu
        reclutadora, Ximena Ortega (<a href="mailto:ximena.ortega@grupotezontle.mx">ximena.ortega@grupotezontle.mx</a>).</p>
        <p>Saludos cordiales,<br>Atracción de Talento<br>Grupo Tezontle</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">Este es un mensaje automático, por favor no respondas a este correo.
        <a href="https://wd5.myworkdaysite.com/recruiting/tezontle/Tezontle_Careers">Portal de candidatos</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("Grupo Tezontle", "tezontle@myworkday.com"),
              "Entrevista programada: Científico(a) de Datos Sr. - Pricing (R-10482)", "2026-04-01 17:22", MEX,
              "<1143290651.88217.1775085720311@wd5-prod-mailer.myworkday.com>",
              "from wd5-smtp-out.myworkday.com (wd5-smtp-out.myworkday.com [199.67.193.40])")
    return message(hs, html(h))


@pos("scheduled", "teamtailor", "es-CL", "Cordillera Seguros", "cfuentes@cordilleraseguros.cl",
     "Tue 2026-04-07 10:00", SCL,
     "Teamtailor confirmation sent Wed 1 Apr while Chile is on summer time (UTC-3); interview Tue 7 Apr "
     "10:00-10:45 hora de Chile, after the 5 Apr switch to UTC-4 = 14:00Z = 11:00 Buenos Aires as the body "
     "warns; contact = Reply-To recruiter (ICS organizer)", local_end="2026-04-07 10:45")
def m08():
    plain = t("""
        Hola Martina,

        ¡Tu entrevista quedó agendada!

        Cargo: Data Scientist - Tarificación
        Tipo: Entrevista con jefatura
        Fecha: martes 7 de abril de 2026
        Hora: 10:00 - 10:45 (hora de Chile)
        Lugar: Google Meet - https://meet.google.com/pqa-wvnk-tjr
        Con: Rodrigo Saavedra (Gerente de Analytics) y Camila Fuentes

        Ojo: este fin de semana Chile vuelve al horario de invierno, así que las 10:00 de acá van a ser las
        11:00 en Argentina. Si tienes cualquier problema con el horario, responde este correo y lo vemos.

        Saludos,
        Camila Fuentes
        Talent Acquisition | Cordillera Seguros

        Enviado con Teamtailor
        """)
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#1f2937\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    ics = t(f"""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//ES
        METHOD:REQUEST
        {ind(VTZ_SCL)}
        BEGIN:VEVENT
        UID:tt-meeting-4418830@teamtailor.com
        DTSTAMP:20260401T150500Z
        DTSTART;TZID=America/Santiago:20260407T100000
        DTEND;TZID=America/Santiago:20260407T104500
        SUMMARY:Entrevista con jefatura - Data Scientist - Tarificación (Martina Quiroga)
        LOCATION:https://meet.google.com/pqa-wvnk-tjr
        ORGANIZER;CN=Camila Fuentes:mailto:cfuentes@cordilleraseguros.cl
        ATTENDEE;CN=Martina Quiroga;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:martina.quiroga@example.org
        ATTENDEE;CN=Rodrigo Saavedra;PARTSTAT=ACCEPTED:mailto:rsaavedra@cordilleraseguros.cl
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Cordillera Seguros", "no-reply@teamtailor-mail.com"),
              "Entrevista agendada: Data Scientist - Tarificación", "2026-04-01 12:05", SCL,
              "<6d2f1a0e-91c4-4b77-8e13-0f5a2c9b7d31@teamtailor-mail.com>",
              "from mail-190.teamtailor-mail.com (mail-190.teamtailor-mail.com [185.250.239.190])",
              extra=[("Reply-To", addr("Camila Fuentes", "cfuentes@cordilleraseguros.cl"))])
    return message(hs, mixed(alt(text(plain), html(h)),
                             calendar(ics, method="REQUEST", cte="quoted-printable", filename="entrevista.ics", disposition="attachment")))


@pos("scheduled", "human_short", "es-AR", "Quebracho Labs", "nico@quebracholabs.com",
     "Wed 2026-04-15 17:00", CBA,
     "Texting-style mail sent Tue 14 Apr 12:30: 'mañana 17hs' = Wed 15 Apr 17:00 Argentina (UTC-3); "
     "'unos 40 min aprox' -> end null; contact = the hiring manager who sent it")
def m09():
    body = t("""
        hola martu! te confirmo mañana 17hs x meet con el equipo para la charla tecnica, te paso link:
        https://meet.google.com/kdq-ruxw-pzt
        son unos 40 min aprox, nada de live coding, tranqui
        abrazo!
        Nico

        Enviado desde mi iPhone
        """)
    hs = head(addr("Nicolás Ferreyra", "nico@quebracholabs.com"), "charla tecnica", "2026-04-14 12:30", CBA,
              "<A7C1E2F4-5B3D-4E8A-9F10-2B6C7D8E9A01@quebracholabs.com>",
              "from mail-qt1-f176.google.com (mail-qt1-f176.google.com [209.85.160.176])")
    return message(hs, text(body, cte="8bit"))


@pos("scheduled", "forward_to_self", "pt-BR", "Ipê Dados", "juliana.moraes@ipedados.com.br",
     "Thu 2026-04-23 14:00", SP,
     "Candidate forwards the recruiter's Portuguese confirmation to herself: 'quinta-feira, 23/04, às 14h "
     "(horário de Brasília)', UTC-3, 'Duração: 1 hora' -> 15:00; contact = the recruiter in the forwarded header",
     local_end="2026-04-23 15:00")
def m10():
    body = t("""
        para no olvidarme! son las 14 hs de acá también

        ---------- Forwarded message ---------
        De: Juliana Moraes <juliana.moraes@ipedados.com.br>
        Date: lun, 20 abr 2026 a las 16:02
        Subject: Entrevista - Cientista de Dados Pleno | Ipê Dados
        To: Martina Quiroga <martina.quiroga@example.org>


        Olá Martina, tudo bem?

        Conforme conversamos por telefone, confirmo sua entrevista com o nosso gestor de Ciência de Dados,
        Rafael Nogueira, na quinta-feira, 23/04, às 14h (horário de Brasília).

        A conversa pode ser em espanhol ou inglês, como você preferir. Link do Google Meet:
        https://meet.google.com/yto-bmcw-xse

        Duração: 1 hora.

        Qualquer imprevisto, é só me avisar por aqui.

        Abraços,
        Juliana Moraes
        Tech Recruiter | Ipê Dados
        São Paulo - SP
        """)
    hs = head(addr(MEN, ME), "Fwd: Entrevista - Cientista de Dados Pleno | Ipê Dados", "2026-04-21 08:30", BA,
              "<CAHq8sPm4Wd1e0Kz9Lb6TjRvX2nYu7cA3fG@mail.gmail.com>",
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, gmail(body))


@pos("cancelled", "google_calendar", "es-AR", "Lumbre Energía", "pablo.gimenez@lumbreenergia.com.ar",
     "Wed 2026-03-25 10:30", BA,
     "Google Calendar cancellation (METHOD:CANCEL) in Spanish with the organizer's note; start = the "
     "cancelled slot 10:30-11:30 Buenos Aires (UTC-3)", local_end="2026-03-25 11:30")
def m11():
    plain = t("""
        Se canceló este evento y se quitó de tu calendario.

        Entrevista con equipo de Data - Martina Quiroga
        miércoles, 25 de marzo de 2026⋅10:30 – 11:30
        Hora estándar de Argentina - Buenos Aires

        Martina, perdón! Se nos frenó la búsqueda por un tema de presupuesto. Te escribo apenas tenga
        novedades. Pablo

        Organizador
        Pablo Giménez
        pablo.gimenez@lumbreenergia.com.ar

        Invitados
        Pablo Giménez - organizador
        martina.quiroga@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo electrónico porque eres un invitado del evento.
        """)
    h = t("""
        <div style="font-family:Roboto,Arial,sans-serif"><p><b>Se canceló este evento y se quitó de tu calendario.</b></p>
        <h2 style="text-decoration:line-through">Entrevista con equipo de Data - Martina Quiroga</h2>
        <p>miércoles, 25 de marzo de 2026⋅10:30 – 11:30 (Hora estándar de Argentina)</p>
        <p>Martina, perdón! Se nos frenó la búsqueda por un tema de presupuesto. Te escribo apenas tenga novedades. Pablo</p>
        <p>Organizador: Pablo Giménez &lt;pablo.gimenez@lumbreenergia.com.ar&gt;</p></div>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        {ind(VTZ_BA_GOOGLE)}
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Buenos_Aires:20260325T103000
        DTEND;TZID=America/Argentina/Buenos_Aires:20260325T113000
        DTSTAMP:20260323T221000Z
        ORGANIZER;CN=Pablo Giménez:mailto:pablo.gimenez@lumbreenergia.com.ar
        UID:1u7n3kq0r5s9cf2e8lm4hvdg6b@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=martina.quiroga@example.org;X-NUM-GUESTS=0:mailto:martina.quiroga@example.org
        CREATED:20260317T131500Z
        DESCRIPTION:Martina\\, perdón! Se nos frenó la búsqueda por un tema de presupuesto. Te escribo apenas tenga novedades. Pablo
        LAST-MODIFIED:20260323T221000Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista con equipo de Data - Martina Quiroga
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Pablo Giménez", "pablo.gimenez@lumbreenergia.com.ar"),
              "Evento cancelado: Entrevista con equipo de Data - Martina Quiroga @ mié 25 mar 2026 10:30 - 11:30 "
              "(GMT-3) (martina.quiroga@example.org)", "2026-03-23 19:10", BA,
              "<calendar-2e0a9b77-c41d-4f3a-8d56-91b0e3a7f6c2@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Pablo Giménez", "pablo.gimenez@lumbreenergia.com.ar"))])
    return message(hs, google_invite(plain, h, ics, method="CANCEL"))


@pos("rescheduled", "human_prose", "es-CL", "Cordillera Seguros", "cfuentes@cordilleraseguros.cl",
     "Fri 2026-05-15 09:30", SCL,
     "Chilean recruiter moves the second round from Thu 14 May to Fri 15 May 9:30 hora de Chile "
     "(UTC-4 in May) = 13:30Z = 10:30 Buenos Aires as she writes; no duration -> end null",
     days=(("Thu", "2026-05-14"),))
def m12():
    body = t("""
        Hola Martina, ¿cómo estás?

        Te cuento que Rodrigo tuvo un viaje de última hora a Concepción y no va a alcanzar a estar el jueves 14
        para la entrevista final con el gerente de área. Lo movimos para el viernes 15 de mayo a las 9:30 hora
        de Chile (10:30 en Buenos Aires). Ya te debería llegar la invitación actualizada al calendario.

        Disculpa el cambio, sé que ya lo tenías reservado. Cualquier cosa me avisas.

        Saludos,
        Camila

        Camila Fuentes R.
        Talent Acquisition | Cordillera Seguros
        +56 9 7734 1290
        """)
    hs = head(addr("Camila Fuentes", "cfuentes@cordilleraseguros.cl"),
              "Cambio de horario entrevista final - Data Scientist", "2026-05-11 11:20", SCL,
              "<SCYP152MB4421A9C03D7E6F1B2A8E90D4C61@SCYP152MB4421.LAMP152.PROD.OUTLOOK.COM>",
              "from BRA01-CP2-obe.outbound.protection.outlook.com (mail-cp2bra01on2091.outbound.protection.outlook.com [40.107.29.91])",
              extra=[("Thread-Topic", "Cambio de horario entrevista final - Data Scientist"),
                     ("Content-Language", "es-CL")])
    return message(hs, alt(text(body), html("<html><body><div style=\"font-family:Aptos,sans-serif\">" +
                                            body.replace("\n", "<br>\n") + "</div></body></html>\n")))


@pos("scheduled", "human_itinerary", "en", "Bellwether Grid", "shannon.kowalski@bellwethergrid.com",
     "Tue 2026-11-03 09:00", CHI,
     "Recruiter itinerary sent Wed 28 Oct (CDT); virtual onsite Tue 3 Nov 9:00 AM-12:00 PM Central, after US "
     "clocks go back on 1 Nov (CST, UTC-6) = 15:00Z-18:00Z = 12:00 Buenos Aires as the mail says; "
     "start = first session, end = last session end", local_end="2026-11-03 12:00")
def m13():
    body = t("""
        Hi Martina,

        Great news - the team would love to have you in for the final round! Here's your virtual onsite
        itinerary for Tuesday, November 3. All times are Central.

          9:00 - 9:45 AM    Marcus Bell, Head of Data Science (hiring manager)
         10:00 - 11:00 AM   Technical deep dive: forecasting + SQL (Priya Natarajan, Eli Foster)
         11:15 - 12:00 PM   Stakeholder case with our Grid Ops team (Rosa Delgado)

        Zoom: https://bellwethergrid.zoom.us/j/97310046621 (same link for all three)

        One thing to flag: our clocks go back this Sunday (Nov 1), so 9:00 AM Central will be 12:00 PM for
        you in Buenos Aires - not 11:00 like it would be this week. Calendar holds are on their way.

        Let me know if anything comes up. Good luck!

        Shannon Kowalski
        Senior Technical Recruiter | Bellwether Grid
        shannon.kowalski@bellwethergrid.com
        """)
    hs = head(addr("Shannon Kowalski", "shannon.kowalski@bellwethergrid.com"),
              "Your final round itinerary - Bellwether Grid", "2026-10-28 16:15", CHI,
              "<CH0PR19MB7752B3E0D6A1F4C89E2D5B7A03F1@CH0PR19MB7752.namprd19.prod.outlook.com>",
              "from NAM12-DM6-obe.outbound.protection.outlook.com (mail-dm6nam12on2105.outbound.protection.outlook.com [40.107.243.105])",
              extra=[("Thread-Topic", "Your final round itinerary - Bellwether Grid")])
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@pos("scheduled", "smartrecruiters", "es-ES", "Bancal Pagos", "elena.prieto@bancalpagos.es",
     "Thu 2026-04-02 15:00", MAD,
     "SmartRecruiters confirmation; 15:00-16:00 CEST (Madrid switched to UTC+2 on 29 Mar) = 13:00Z = 10:00 "
     "Buenos Aires; sender is no-reply, recruiter's address in the body", local_end="2026-04-02 16:00")
def m14():
    plain = t("""
        Hola Martina,

        Gracias por dedicarnos tu tiempo. Te confirmamos los detalles de tu entrevista para el puesto
        Data Scientist - Riesgos (Remoto LATAM) en Bancal Pagos:

        Fecha: jueves, 2 de abril de 2026
        Hora: 15:00 - 16:00 CEST (Europa/Madrid)
        Formato: videollamada (Google Meet) - https://meet.google.com/rki-txzu-fow
        Entrevistadores: Álvaro Montes, Lead Data Scientist; Elena Prieto, Talent Acquisition

        Si necesitas cambiar algo, escribe directamente a Elena Prieto (elena.prieto@bancalpagos.es).

        Un saludo,
        Equipo de Talento de Bancal Pagos

        Este mensaje ha sido enviado a través de SmartRecruiters. Por favor, no respondas a este correo.
        """)
    h = ("<html><body><table width=\"640\" style=\"font-family:'Open Sans',Arial,sans-serif;font-size:14px\"><tr><td>" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) +
         "</td></tr></table></body></html>\n")
    hs = head(addr("Bancal Pagos", "noreply@smartrecruiters.com"),
              "Confirmación de entrevista: Data Scientist - Riesgos (Remoto LATAM)", "2026-03-30 09:00", MAD,
              "<20260330070003.7f3ea91c2d4b@mail.smartrecruiters.com>",
              "from mail.smartrecruiters.com (mail.smartrecruiters.com [52.29.43.118])")
    return message(hs, alt(text(plain, cte="base64"), html(h, cte="base64")))


@pos("scheduled", "zoom_pasted", "es-UY", "Ceibo Analítica", "ana.ferreira@ceiboanalitica.com.uy",
     "Tue 2026-04-14 16:00", MVD,
     "Uruguayan recruiter pastes a Spanish Zoom invitation: 'Hora: 14 abr 2026 04:00 p. m. Montevideo' (UTC-3, "
     "no DST) = 19:00Z; 'aproximadamente una hora' -> end null; contact = sender")
def m15():
    body = t("""
        Buenas Martina!

        Como quedamos por teléfono, te paso los datos para la entrevista técnica del martes. Van a estar
        Santiago Pereira (Tech Lead) y Lucía Acosta (Data Engineer). La idea es charlar sobre el caso que
        mandaste y sobre modelos de churn; dura aproximadamente una hora.

        Cualquier cosa me avisás.
        Saludos,
        Ana

        ---------------------------------------------

        Ana Ferreira le está invitando a una reunión de Zoom programada.

        Tema: Entrevista técnica - Martina Quiroga
        Hora: 14 abr 2026 04:00 p. m. Montevideo

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/83317740952?pwd=bXq7TzVt2kWnR1aFhL0cPz

        ID de reunión: 833 1774 0952
        Código de acceso: 449021

        --
        Ana Ferreira
        People & Talent | Ceibo Analítica
        Montevideo, Uruguay
        """)
    hs = head(addr("Ana Ferreira", "ana.ferreira@ceiboanalitica.com.uy"),
              "Entrevista técnica martes - datos de Zoom", "2026-04-09 10:15", MVD,
              "<CAE5gq0vK2NnP8s3+QhD7w1xLfZ9mT4cRb@mail.gmail.com>",
              "from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])")
    return message(hs, gmail(body))


@pos("cancelled", "human_prose", "en", "Pinyon Health", "kayla.brandt@pinyonhealth.com",
     "Thu 2026-05-07 11:00", PHX,
     "US recruiter cancels 'tomorrow (Thursday) at 11am Arizona time' from a mail dated Wed 6 May; Arizona "
     "has no DST (UTC-7) = 18:00Z = 15:00 Buenos Aires; cancelled slot, role on hold")
def m16():
    body = t("""
        Hi Martina,

        I'm so sorry for the late notice, but I have to cancel our call tomorrow (Thursday) at 11am Arizona
        time. Our VP put the Sr. Data Scientist req on hold this morning while they rework next year's budget,
        so we're pausing all interviews for now.

        I really enjoyed our first conversation and I'll reach out personally if the role reopens.

        Best,
        Kayla

        Kayla Brandt | Talent Partner
        Pinyon Health | Phoenix, AZ
        """)
    hs = head(addr("Kayla Brandt", "kayla.brandt@pinyonhealth.com"),
              "Need to cancel tomorrow's call", "2026-05-06 10:40", PHX,
              "<CAN8vR2kTz0p@mail.gmail.com>",
              "from mail-oi1-f180.google.com (mail-oi1-f180.google.com [209.85.167.180])")
    return message(hs, gmail(body))


@pos("rescheduled", "exchange", "es-AR", "Banco Pampeano", "grinaldi@bancopampeano.com.ar",
     "Tue 2026-04-21 10:00", BA,
     "Exchange update (SEQUENCE:1) with Windows zone 'Argentina Standard Time'; moved from Mon 20 Apr 15:00 "
     "to Tue 21 Apr 10:00-11:00 (UTC-03:00) = 13:00Z; contact = organizer", local_end="2026-04-21 11:00",
     days=(("Mon", "2026-04-20"),))
def m17():
    plain = t("""
        Martina, buenas tardes. Lo pasamos al martes a la mañana porque el lunes a la tarde tenemos comité de
        crédito y no llegamos. Disculpá el cambio. Mismo link de Teams.

        Saludos,
        Gustavo Rinaldi
        Gerencia de Analytics & Data Science - Banco Pampeano

        Cuándo: martes, 21 de abril de 2026 10:00-11:00 (UTC-03:00) Ciudad de Buenos Aires.
        Dónde: Microsoft Teams

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Únase a través de su ordenador, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2>
        Id. de reunión: 284 510 337 906
        Código de acceso: 4cV9sT
        ________________________________________________________________________________
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
        <div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Martina, buenas tardes. Lo pasamos al martes a la mañana porque el lunes a la tarde tenemos comité de crédito
        y no llegamos. Disculpá el cambio. Mismo link de Teams.</p>
        <p>Saludos,<br>Gustavo Rinaldi<br>Gerencia de Analytics &amp; Data Science - Banco Pampeano</p>
        <p>________________________________________________________________________________</p>
        <p style="font-size:24px">Reunión de Microsoft Teams</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2">Haga clic aquí para unirse a la reunión</a></p>
        <p>Id. de reunión: 284 510 337 906<br>Código de acceso: 4cV9sT</p></div></body></html>
        """)
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ind(VTZ_BA_EXCHANGE)}
        BEGIN:VEVENT
        ORGANIZER;CN=Gustavo Rinaldi:mailto:grinaldi@bancopampeano.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Quiroga:mailto:martina.quiroga@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Verónica Lamas:mailto:vlamas@bancopampeano.com.ar
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Selección IT:mailto:seleccion.it@bancopampeano.com.ar
        DESCRIPTION;LANGUAGE=es-AR:Martina\\, buenas tardes. Lo pasamos al martes a la mañana porque el lunes a la tarde tenemos comité de crédito y no llegamos. Disculpá el cambio. Mismo link de Teams.\\n
        UID:040000008200E00074C5B7101A82E0080000000070E1A9D3C5CDDC01000000000000000010000000A3B9C0D2E4F6071829304A5B6C7D8E9F
        SUMMARY;LANGUAGE=es-AR:Entrevista panel - Analista Sr. Data Science (M. Quiroga)
        DTSTART;TZID=Argentina Standard Time:20260421T100000
        DTEND;TZID=Argentina Standard Time:20260421T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260416T203500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-AR:Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1922034811
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
    hs = head(addr("Gustavo Rinaldi", "grinaldi@bancopampeano.com.ar"),
              "Actualizado: Entrevista panel - Analista Sr. Data Science (M. Quiroga)", "2026-04-16 17:35", BA,
              "<CP6PR80MB5230C14E7A9B2D03F6E8A1B5C2D7@CP6PR80MB5230.lamprd80.prod.outlook.com>",
              "from BRA01-CP3-obe.outbound.protection.outlook.com (mail-cp3bra01on2130.outbound.protection.outlook.com [40.107.30.130])",
              extra=[("Thread-Topic", "Entrevista panel - Analista Sr. Data Science (M. Quiroga)"),
                     ("Thread-Index", "AdrNk0bW3QyP1x7mTuaVs9hL2cR4Fw=="), ("Content-Language", "es-AR"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return message(hs, outlook_invite(plain, h, ics))


@pos("scheduled", "computrabajo", "es-AR", "Distribuidora Mediterránea S.A.", None,
     "Tue 2026-04-28 09:30", CBA,
     "Computrabajo interview notice after the candidate confirmed attendance: 28/04/2026 09:30, in person in "
     "Córdoba (UTC-3); only a first name for the contact, no address -> contact null")
def m18():
    h = t("""
        <html><body style="background:#eef1f5;margin:0">
        <table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#222">
        <tr><td style="background:#0b4ea2;padding:14px"><img src="https://ar.computrabajo.com/img/logo-ct.png" alt="Computrabajo" height="26"></td></tr>
        <tr><td style="padding:22px">
        <h2 style="font-size:20px;margin:0 0 12px">¡Hola Martina! Confirmaste tu asistencia a la entrevista</h2>
        <p><b>Distribuidora Mediterránea S.A.</b> te espera para una entrevista presencial por la oferta
        <b>Analista de Datos Sr.</b></p>
        <table style="font-size:15px" cellpadding="3">
        <tr><td>📅 Fecha:</td><td><b>28/04/2026</b></td></tr>
        <tr><td>🕘 Hora:</td><td><b>09:30</b></td></tr>
        <tr><td>📍 Lugar:</td><td>Bv. San Juan 1120, 2° piso - Córdoba Capital</td></tr>
        <tr><td>👤 Preguntar por:</td><td>Marcela (RR.HH.)</td></tr>
        </table>
        <p>Recordá llevar tu CV impreso y DNI.</p>
        <p><a href="https://candidato.ar.computrabajo.com/candidate/interviews" style="background:#ff6d00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Ver mis entrevistas</a></p>
        <p style="font-size:12px;color:#777">Si ya no podés asistir, avisá a la empresa desde tu cuenta.</p>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#999">Computrabajo Argentina. Recibís este correo porque tenés una cuenta en Computrabajo.
        <a href="https://ar.computrabajo.com/unsubscribe">Configurar notificaciones</a></td></tr>
        </table></body></html>
        """)
    hs = head(addr("Computrabajo", "noreply@computrabajo.com"),
              "Confirmaste tu entrevista con Distribuidora Mediterránea S.A.", "2026-04-23 14:00", CBA,
              "<20260423170000.b71e03a9c5@mailer.computrabajo.com>",
              "from mailer.computrabajo.com (mailer.computrabajo.com [158.69.201.34])",
              extra=[("List-Unsubscribe", "<https://ar.computrabajo.com/unsubscribe>")])
    return message(hs, html(h, cte="base64"))


@pos("scheduled", "html_formal", "es-AR", "Meridiano Consultores", "vsanz@meridianoconsultores.com.ar",
     "Mon 2026-05-04 09:00", BA,
     "Formal HTML-only iso-8859-1 letter: 'lunes 4 de mayo a las 9 hs.', 'duración de 90 minutos' -> 10:30, "
     "Buenos Aires (UTC-3); sender is a shared mailbox, contact = the person named in the body",
     local_end="2026-05-04 10:30")
def m19():
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Georgia,serif;font-size:14px">
        <p>Estimada Martina:</p>
        <p>Por medio de la presente confirmamos su entrevista de caso para el puesto de <b>Data Scientist &ndash; Práctica de
        Analytics</b>, el día <b>lunes 4 de mayo a las 9 hs.</b>, en nuestras oficinas de Della Paolera 261, piso 12, Ciudad
        Autónoma de Buenos Aires.</p>
        <p>La entrevista tendrá una duración de 90 minutos y estará a cargo de dos socios de la práctica. Se le presentará un
        caso de negocio que deberá resolver en forma oral; no es necesario traer computadora. Le solicitamos presentarse
        con 10 minutos de anticipación y con documento de identidad.</p>
        <p>Ante cualquier consulta, comunicarse con Verónica Sanz (<a href="mailto:vsanz@meridianoconsultores.com.ar">vsanz@meridianoconsultores.com.ar</a>).</p>
        <p>Atentamente,</p>
        <p>Departamento de Reclutamiento<br>Meridiano Consultores</p>
        <p style="font-size:10px;color:#888">Este mensaje es confidencial y está dirigido exclusivamente a su destinatario.</p>
        </body></html>
        """)
    hs = head(addr("Reclutamiento Meridiano", "reclutamiento@meridianoconsultores.com.ar"),
              "Confirmación entrevista de caso - Data Scientist", "2026-04-28 12:00", BA,
              "<5f2c0b9e7a1d4e33@meridianoconsultores.com.ar>",
              "from smtp.meridianoconsultores.com.ar (smtp.meridianoconsultores.com.ar [200.69.141.22])")
    return message(hs, html(h, charset="iso-8859-1"))


@pos("cancelled", "workable", "en", "Saltmarsh Analytics", "jenna.morrow@saltmarsh.io",
     "Fri 2026-03-13 11:00", BA,
     "Workable cancellation; the time is shown in the candidate's zone (America/Argentina/Buenos_Aires) "
     "11:00-11:30 = 14:00Z; METHOD:CANCEL ICS in UTC; Reply-To is a Workable relay, contact = the "
     "recruiter's address written in her note", local_end="2026-03-13 11:30")
def m20():
    plain = t("""
        Hi Martina,

        Your interview for the Data Scientist position at Saltmarsh Analytics, scheduled for
        Friday, March 13, 2026 at 11:00 AM - 11:30 AM (America/Argentina/Buenos_Aires), has been cancelled.

        Message from Jenna Morrow:
        "Martina, apologies - our hiring manager is out sick this week. I'll reach out with new options soon.
        If you need me in the meantime: jenna.morrow@saltmarsh.io"

        Thanks,
        Saltmarsh Analytics Hiring Team

        --
        Powered by Workable
        """)
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Events//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:workable-event-7a62c1f0e9d4@workable.com
        DTSTAMP:20260311T125000Z
        DTSTART:20260313T140000Z
        DTEND:20260313T143000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview with Saltmarsh Analytics - Data Scientist
        ORGANIZER;CN=Saltmarsh Analytics:mailto:saltmarsh-analytics+c3f91e@candidates.workablemail.com
        ATTENDEE;CN=Martina Quiroga:mailto:martina.quiroga@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Saltmarsh Analytics", "noreply@candidates.workablemail.com"),
              "Interview cancelled: Data Scientist at Saltmarsh Analytics", "2026-03-11 08:50", NY,
              "<0102019ce1a4d7f2-5b3c1a8e-2f90-4d17-a6e3-8c0b9f2e1d44-000000@eu-west-1.amazonses.com>",
              "from a7-15.smtp-out.eu-west-1.amazonses.com (a7-15.smtp-out.eu-west-1.amazonses.com [54.240.7.15])",
              extra=[("Reply-To", "saltmarsh-analytics+c3f91e@candidates.workablemail.com")])
    return message(hs, mixed(alt(text(plain), html(h)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@pos("rescheduled", "calendly", "es-AR", "Mburucuyá AI", "federico.sarmiento@mburucuya.ai",
     "Mon 2026-05-11 14:00", BA,
     "Calendly 'reprogramado' in Spanish: old Fri 8 May 11:00 struck, new 14:00-14:45 Mon 11 May, Hora de "
     "Argentina (UTC-3); contact = Reply-To host", local_end="2026-05-11 14:45", days=(("Fri", "2026-05-08"),))
def m21():
    plain = t("""
        Hola Martina Quiroga:

        Se reprogramó tu evento con Federico Sarmiento.

        Nombre del evento:
        Entrevista con Hiring Manager (45 min)

        Fecha/Hora anterior:
        11:00 - 11:45, viernes, 8 de mayo de 2026 (Hora de Argentina)  (cancelado)

        Nueva fecha/hora:
        14:00 - 14:45, lunes, 11 de mayo de 2026 (Hora de Argentina)

        Motivo del cambio:
        "Perdón Martina, me surgió un viaje el viernes. ¡Nos vemos el lunes!"

        Ubicación:
        Google Meet (el enlace está en la invitación de calendario)

        Con tecnología de Calendly.com
        """)
    h = t("""
        <table width="100%" style="font-family:Helvetica,sans-serif;color:#4d5055"><tr><td>
        <p>Hola Martina Quiroga:</p><p>Se reprogramó tu evento con Federico Sarmiento.</p>
        <p><b>Nombre del evento:</b><br>Entrevista con Hiring Manager (45 min)</p>
        <p><b>Fecha/Hora anterior:</b><br><s>11:00 - 11:45, viernes, 8 de mayo de 2026 (Hora de Argentina)</s></p>
        <p><b>Nueva fecha/hora:</b><br>14:00 - 14:45, lunes, 11 de mayo de 2026 (Hora de Argentina)</p>
        <p><b>Motivo del cambio:</b><br>"Perdón Martina, me surgió un viaje el viernes. ¡Nos vemos el lunes!"</p>
        <p><b>Ubicación:</b><br>Google Meet</p>
        <p style="font-size:11px">Con tecnología de Calendly.com</p></td></tr></table>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Actualizado: Entrevista con Hiring Manager (45 min) ahora es el lunes, 11 de mayo de 2026",
              "2026-05-07 18:30", BA,
              "<0100018f5b2c9e4a-7d1e3f60-bb24-4c8a-9e17-5f0a2d6c8b93-000000@email.amazonses.com>",
              "from a48-113.smtp-out.amazonses.com (a48-113.smtp-out.amazonses.com [54.240.48.113])",
              extra=[("Reply-To", addr("Federico Sarmiento", "federico.sarmiento@mburucuya.ai"))])
    return message(hs, alt(text(plain), html(h)))


@pos("scheduled", "human_reply_quoted", "es-AR", "Algarrobo Software", "florencia.paz@algarrobosoftware.com",
     "Tue 2026-06-09 16:00", CBA,
     "HR replies 'Perfecto, agendado' on top of the candidate's choice 'el martes 9 a las 16 hs' (thread "
     "dated June 2026, Córdoba UTC-3); the time is only in the quoted text; no duration -> end null")
def m22():
    body = t("""
        Perfecto, agendado 👍 En un rato te llega la invitación de Meet.
        Saludos!
        Flor

        El jue, 4 jun 2026 a las 8:52, Martina Quiroga (<martina.quiroga@example.org>) escribió:
        > Hola Flor! Me viene bien el martes 9 a las 16 hs.
        > Gracias!!
        > Martina
        >
        > El mié, 3 jun 2026 a las 11:02, Florencia Paz (<florencia.paz@algarrobosoftware.com>) escribió:
        >> Hola Martina, ¿cómo estás?
        >> Te escribo para coordinar la entrevista con Diego, nuestro líder de Data.
        >> ¿Te queda bien el martes 9/6 a las 16 hs o el miércoles 10/6 a las 10 hs?
        >> Saludos,
        >> Florencia Paz
        >> Talent | Algarrobo Software
        """)
    hs = head(addr("Florencia Paz", "florencia.paz@algarrobosoftware.com"),
              "Re: Entrevista con el líder de Data - Algarrobo Software", "2026-06-04 09:15", CBA,
              "<CAO2pLk8s7vZ1dW@mail.gmail.com>",
              "from mail-vs1-f44.google.com (mail-vs1-f44.google.com [209.85.217.44])",
              extra=[("In-Reply-To", "<CAHq9Bn3Tz7e@mail.gmail.com>"),
                     ("References", "<CAO1fR2aLq0x@mail.gmail.com> <CAHq9Bn3Tz7e@mail.gmail.com>")])
    return message(hs, gmail(body))


@pos("scheduled", "gupy", "pt-BR", "Jabuticaba Pay", "beatriz.lima@jabuticabapay.com.br",
     "Tue 2026-05-12 10:00", SP,
     "Gupy (Brazilian ATS) notice: 12/05/2026 10:00 às 11:00 horário de Brasília (UTC-3, no DST) = 13:00Z; "
     "sender no-reply, recruiter's address in the body", local_end="2026-05-12 11:00")
def m23():
    plain = t("""
        Olá, Martina!

        Sua entrevista para a vaga Cientista de Dados Sênior (Remoto - LATAM) na Jabuticaba Pay foi agendada.

        Data: terça-feira, 12/05/2026
        Horário: 10:00 às 11:00 (horário de Brasília)
        Local: Google Meet - https://meet.google.com/hwm-qcjd-uzb
        Entrevistador(a): Thiago Albuquerque - Head de Dados

        Em caso de dúvidas, fale com a recrutadora responsável: beatriz.lima@jabuticabapay.com.br

        Boa sorte!
        Time de Pessoas | Jabuticaba Pay

        Este é um e-mail automático enviado pela Gupy. Não responda esta mensagem.
        """)
    h = ("<html><body style=\"font-family:Roboto,Arial,sans-serif;color:#333\"><div style=\"max-width:600px\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) +
         "</div></body></html>\n")
    hs = head(addr("Jabuticaba Pay via Gupy", "no-reply@gupy.io"),
              "Entrevista agendada - Cientista de Dados Sênior", "2026-05-06 15:40", SP,
              "<01000196a8b3f2d1-3e0c7a15-6d2b-4f8e-91a4-c5b7e0d2f813-000000@email.amazonses.com>",
              "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])")
    return message(hs, alt(text(plain), html(h)))


# =========================================================================== negatives


@neg("job_alert", "es-AR", None, "LinkedIn job alert in Spanish; 'Reclutando activamente' badges, no interview")
def m24():
    plain = t("""
        Tu alerta de empleo para data scientist en Buenos Aires, Argentina
        14 empleos nuevos coinciden con tus preferencias.

        Data Scientist Sr - Riesgo Crediticio
        Banco Pampeano · Buenos Aires, Argentina (Híbrido)
        Reclutando activamente
        https://www.linkedin.com/comm/jobs/view/4102388812

        Científica/o de Datos - Marketing Analytics
        Yaguareté Retail · Ciudad Autónoma de Buenos Aires (Presencial)
        Sé de los primeros 25 solicitantes
        https://www.linkedin.com/comm/jobs/view/4102417750

        Machine Learning Engineer (LATAM, remoto)
        Halcyon Ledger · Argentina (En remoto)
        Solicitud sencilla
        https://www.linkedin.com/comm/jobs/view/4101996023

        Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?savedSearchId=18822019

        Recibes alertas de empleo para data scientist.
        Darse de baja: https://www.linkedin.com/comm/jobs/alerts
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    h = ("<html><body style=\"font-family:-apple-system,system-ui,Arial\"><table width=\"512\">" +
         "".join(f"<tr><td style=\"padding:8px 0\">{p.replace(chr(10), '<br>')}</td></tr>"
                 for p in plain.strip().split("\n\n")) + "</table></body></html>\n")
    hs = head(addr("Alertas de empleo de LinkedIn", "jobalerts-noreply@linkedin.com"),
              "“data scientist”: 14 empleos nuevos en Buenos Aires", "2026-03-09 07:31", BA,
              "<1722930118.5511442.1773052260012@ltx1-app9021.prod.linkedin.com>",
              "from mailb-dc.linkedin.com (mailb-dc.linkedin.com [108.174.3.205])",
              extra=[("List-Unsubscribe", "<https://www.linkedin.com/comm/jobs/alerts?unsub=1>"),
                     ("X-LinkedIn-Class", "JOB-ALERT")])
    return message(hs, alt(text(plain), html(h)))


@neg("application_ack", "es-AR", "Logística Tehuelche",
     "Bumeran application receipt; an interview is only hypothetical ('se va a contactar con vos')")
def m25():
    h = t("""
        <html><body style="margin:0;background:#f5f5f5">
        <table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:15px">
        <tr><td style="padding:16px;background:#1a3b8c"><img src="https://www.bumeran.com.ar/static/logo-bumeran-white.png" alt="Bumeran" height="28"></td></tr>
        <tr><td style="padding:24px">
        <h1 style="font-size:22px">¡Listo, Martina! Tu postulación fue enviada</h1>
        <p>Te postulaste al aviso <b>Data Scientist Semi Senior</b> de <b>Logística Tehuelche S.A.</b></p>
        <p>Salario pretendido informado: $ 3.200.000 brutos</p>
        <p>¿Qué sigue? La empresa va a revisar tu CV. Si tu perfil avanza, se va a contactar con vos para coordinar una
        entrevista. Podés seguir el estado de tu postulación desde <a href="https://www.bumeran.com.ar/postulantes/postulaciones">Mis postulaciones</a>.</p>
        <p>Mientras tanto, mirá estos avisos similares:</p>
        <ul><li>Analista de Datos Sr - Tanino Alimentos</li><li>Data Scientist - Fintech (Remoto)</li></ul>
        </td></tr>
        <tr><td style="padding:12px;font-size:11px;color:#888">Bumeran Argentina · Recibís este mail porque te postulaste a un aviso.</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Bumeran", "no-reply@bumeran.com.ar"),
              "Te postulaste a Data Scientist Semi Senior en Logística Tehuelche S.A.", "2026-03-10 22:14", BA,
              "<20260311011400.8a31fc2e@mail.bumeran.com.ar>",
              "from mta12.bumeran.com.ar (mta12.bumeran.com.ar [190.210.9.12])")
    return message(hs, html(h))


@neg("rejection", "en", "Quillfeather Labs", "Post-interview rejection from the company of the 10 Mar interview",
     days=(("Tue", "2026-03-10"),))
def m26():
    body = t("""
        Hi Martina,

        Thank you again for taking the time to speak with Owen on Tuesday, March 10. We really appreciated
        learning about your work on credit-risk models.

        After a lot of discussion, we've decided to move forward with candidates whose experience is a closer
        match to the growth-experimentation focus of this role. This was a difficult decision, and we'd be glad
        to stay in touch for future openings.

        Wishing you the best in your search,
        Dana Whitfield
        Technical Recruiter, Quillfeather Labs
        """)
    hs = head(addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"),
              "Your application to Quillfeather Labs", "2026-03-20 12:02", NY,
              "<0100019d0aa1.c4e7b912-33f0-4a61-8e2d-7b90c1f5a6e2@us.greenhouse-mail.io>",
              "from o1.ptr4412.greenhouse-mail.io (o1.ptr4412.greenhouse-mail.io [167.89.44.12])",
              extra=[("Reply-To", addr("Dana Whitfield", "dana.whitfield@quillfeather.io"))])
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                                            + "</p></body></html>\n")))


@neg("offer", "es-AR", "Tandil Pagos",
     "Job offer with a reply deadline and a start date; no interview",
     days=(("Fri", "2026-04-10"), ("Mon", "2026-05-04")))
def m27():
    body = t("""
        Hola Martina!

        ¡Qué alegría escribirte esto! Después de las entrevistas con el equipo, queremos hacerte una propuesta
        formal para sumarte como Data Scientist Sr en el equipo de Riesgo y Fraude.

        Te adjunto la carta oferta con el detalle (remuneración, beneficios, esquema híbrido 2x3). Si podés,
        respondenos antes del viernes 10/4. Si todo va bien, la idea sería que arranques el lunes 4/5.

        Cualquier duda que tengas la charlamos cuando quieras, por acá o por teléfono.

        Un abrazo,
        Sofía Ledesma
        Talent Acquisition | Tandil Pagos
        """)
    att = raw_part([("Content-Type", 'application/pdf; name="Carta_Oferta_MQuiroga.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Carta_Oferta_MQuiroga.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = head(addr("Sofía Ledesma", "sofia.ledesma@tandilpagos.com.ar"),
              "Propuesta laboral - Data Scientist Sr 🎉", "2026-04-06 16:45", BA,
              "<CAKv3tQe0Hx9Jm2pLw4Zr8Sd1Ny@mail.gmail.com>",
              "from mail-ua1-f54.google.com (mail-ua1-f54.google.com [209.85.222.54])")
    return message(hs, mixed(gmail(body), att))


@neg("recruiter_outreach", "es-AR", "Búsquedas Norte",
     "LinkedIn InMail notification from a consultora; asks for 15 minutes 'esta semana', nothing fixed")
def m28():
    plain = t("""
        Rocío Álvarez te envió un mensaje

        Rocío Álvarez
        Senior IT Recruiter en Búsquedas Norte

        Hola Martina! Cómo estás? Vi tu perfil y me pareció súper interesante para una búsqueda que tengo
        abierta de Data Scientist para un cliente del sector agro (híbrido, zona norte). ¿Tenés 15 minutos
        esta semana para una llamada rápida? Decime qué día y horario te queda mejor y te llamo.

        Responder: https://www.linkedin.com/messaging/thread/2-YjQ1ZDk4MmEtOGY/

        Este mensaje se envió a Martina Quiroga (Data Scientist en Logística Austral).
        Darse de baja: https://www.linkedin.com/psettings/email-unsubscribe
        © 2026 LinkedIn Corporation
        """)
    h = ("<html><body style=\"font-family:-apple-system,system-ui,Arial\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("Rocío Álvarez vía LinkedIn", "inmail-hit-reply@linkedin.com"),
              "Rocío: Búsqueda Data Scientist - sector agro", "2026-03-17 10:05", BA,
              "<1092837165.611204.1773752700128@ltx1-app6603.prod.linkedin.com>",
              "from mailb-dd.linkedin.com (mailb-dd.linkedin.com [108.174.3.206])")
    return message(hs, alt(text(plain), html(h)))


@neg("scheduling_link", "en", "Ledgerly",
     "Greenhouse self-schedule request: 'choose a time' link, window of days offered, nothing booked",
     days=(("Mon", "2026-04-20"), ("Fri", "2026-04-24")))
def m29():
    plain = t("""
        Hi Martina,

        Thanks for your interest in the Senior Data Scientist role at Ledgerly! We'd like to invite you to a
        60-minute technical interview with two members of our Data team.

        Please use the link below to pick a time that works for you. Available slots are between Monday,
        April 20 and Friday, April 24; times will be shown in your local time zone.

        Select a time: https://app.greenhouse.io/scheduling/select/3f7c1e92-aa04-4d6b-9e0f-55b1d2c8a7f3

        If none of the slots work, just reply and we'll find something else.

        Best,
        Morgan Ellis
        Recruiting Coordinator, Ledgerly
        """)
    h = ("<html><body style=\"font-family:Arial,sans-serif\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("Ledgerly Recruiting", "no-reply@us.greenhouse-mail.io"),
              "Ledgerly: please choose a time for your technical interview", "2026-04-14 13:20", NY,
              "<0100019d8f02.0b7a3c5e-1d2f-4e60-97b8-a3c4d5e6f701@us.greenhouse-mail.io>",
              "from o2.ptr4412.greenhouse-mail.io (o2.ptr4412.greenhouse-mail.io [167.89.44.13])",
              extra=[("Reply-To", addr("Morgan Ellis", "morgan.ellis@ledgerly.com"))])
    return message(hs, alt(text(plain), html(h)))


@neg("slot_proposal", "es-AR", "Algarrobo Software",
     "HR proposes two alternative slots (Tue 9/6 16 hs or Wed 10/6 10 hs); nothing agreed yet",
     days=(("Tue", "2026-06-09"), ("Wed", "2026-06-10")))
def m30():
    body = t("""
        Hola Martina, ¿cómo estás?

        Te escribo para coordinar la entrevista con Diego, nuestro líder de Data.
        ¿Te queda bien el martes 9/6 a las 16 hs o el miércoles 10/6 a las 10 hs? Es por Meet, dura más o menos
        una hora.

        Saludos,
        Florencia Paz
        Talent | Algarrobo Software
        """)
    hs = head(addr("Florencia Paz", "florencia.paz@algarrobosoftware.com"),
              "Entrevista con el líder de Data - Algarrobo Software", "2026-06-03 11:02", CBA,
              "<CAO1fR2aLq0x@mail.gmail.com>",
              "from mail-vs1-f41.google.com (mail-vs1-f41.google.com [209.85.217.41])")
    return message(hs, gmail(body))


@neg("take_home", "es-AR", "Quebracho Labs",
     "Take-home challenge with a deadline 'lunes 20/4 a las 23:59'; the follow-up talk has no time",
     days=(("Mon", "2026-04-20"),))
def m31():
    body = t("""
        Hola Martu, cómo va?

        Gracias por la charla de ayer, al equipo le gustó mucho. Como siguiente paso te paso el challenge:
        https://github.com/quebracholabs/ds-challenge-2026 (dataset de pedidos + enunciado en el README).

        Tenés hasta el lunes 20/4 a las 23:59 para mandarlo (repo privado o zip, como prefieras). No le dediques
        más de 4-5 hs, no buscamos perfección. Después lo charlamos juntos y coordinamos la entrevista final.

        Abrazo,
        Nico
        """)
    hs = head(addr("Nicolás Ferreyra", "nico@quebracholabs.com"), "Challenge técnico - Quebracho Labs",
              "2026-04-16 12:30", CBA, "<B81D3F2A-6C4E-4F9B-A021-3C7D8E9F0B12@quebracholabs.com>",
              "from mail-qt1-f174.google.com (mail-qt1-f174.google.com [209.85.160.174])")
    return message(hs, text(body, cte="8bit"))


@neg("assessment", "en", "Bellwether Grid",
     "HackerRank assessment invite: 7 days to complete, 90-minute test, no scheduled time")
def m32():
    plain = t("""
        Hi Martina,

        Bellwether Grid has invited you to take the "Data Science - Forecasting & SQL" assessment as part of your
        application for Senior Data Scientist.

        Test duration: 90 minutes
        Please complete the test within 7 days of receiving this email.

        Start the test: https://www.hackerrank.com/tests/bg-ds-forecast-2026/login?b=eyJ1c2VybmFtZSI6Im1hcnRp

        Tips:
        - Use a stable internet connection and a laptop/desktop.
        - You can take a sample test first to get familiar with the environment.

        Good luck!
        Team HackerRank, on behalf of Bellwether Grid
        """)
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("Bellwether Grid via HackerRank", "support@hackerrankforwork.com"),
              "Invitation: Data Science - Forecasting & SQL test from Bellwether Grid", "2026-10-13 09:12", CHI,
              "<6718f0a2e5b41_3c9a2b7d1e@hrw-mailer-7.mail>",
              "from o7.email.hackerrankforwork.com (o7.email.hackerrankforwork.com [167.89.101.7])")
    return message(hs, alt(text(plain), html(h)))


@neg("non_interview_calendar", "es-AR", None,
     "Dentist appointment reminder with ICS: confirmed time, not an interview", days=(("Thu", "2026-04-09"),))
def m33():
    plain = t("""
        Hola Martina,

        Te recordamos tu turno:

        Profesional: Dra. Paula Ré - Odontología general
        Fecha: jueves 9 de abril de 2026
        Hora: 18:30 hs
        Lugar: Odontología Belgrano - Av. Cabildo 2040, 1° B, CABA

        Si no podés asistir, por favor cancelá con 24 hs de anticipación respondiendo este mail o desde
        https://turnos.odontologiabelgrano.com.ar

        ¡Te esperamos!
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//TurnosWeb//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:turno-558102@odontologiabelgrano.com.ar
        DTSTAMP:20260406T130000Z
        DTSTART:20260409T213000Z
        DTEND:20260409T221500Z
        SUMMARY:Turno odontológico - Dra. Paula Ré
        LOCATION:Av. Cabildo 2040\\, 1° B\\, CABA
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Odontología Belgrano", "turnos@odontologiabelgrano.com.ar"),
              "Recordatorio de turno - jueves 09/04 18:30 hs", "2026-04-06 10:00", BA,
              "<turno-558102-recordatorio@odontologiabelgrano.com.ar>",
              "from smtp.turnosweb.com.ar (smtp.turnosweb.com.ar [181.119.112.40])")
    return message(hs, mixed(text(plain), calendar(ics, method="PUBLISH", cte="8bit", filename="turno.ics",
                                                   disposition="attachment")))


@neg("non_interview_calendar", "es-AR", None,
     "Google Calendar invite to the current team's daily stand-up (recurring); not an interview")
def m34():
    plain = t("""
        Se te invitó al siguiente evento.

        Daily Data Team
        Diariamente de 9:30 a 9:45 desde lunes, 2 de marzo de 2026 hasta viernes, 29 de mayo de 2026, excepto sábados y domingos
        Hora estándar de Argentina - Buenos Aires

        Unirse con Google Meet
        meet.google.com/dgy-aopc-rnn

        Daily de siempre, ahora 9:30 así llegan los de Rosario. Hernán

        Organizador
        Hernán Vidal
        hernan.vidal@logisticaaustral.com.ar

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    h = ("<div style=\"font-family:Roboto,Arial\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</div>\n")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {ind(VTZ_BA_GOOGLE)}
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Buenos_Aires:20260302T093000
        DTEND;TZID=America/Argentina/Buenos_Aires:20260302T094500
        RRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20260530T025959Z;BYDAY=FR,MO,TH,TU,WE
        DTSTAMP:20260227T191200Z
        ORGANIZER;CN=Hernán Vidal:mailto:hernan.vidal@logisticaaustral.com.ar
        UID:0b8v2ekq6pm1r9s3t4nnq7f2aa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.quiroga@logisticaaustral.com.ar;X-NUM-GUESTS=0:mailto:martina.quiroga@logisticaaustral.com.ar
        DESCRIPTION:Daily de siempre\\, ahora 9:30 así llegan los de Rosario. Hernán
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Daily Data Team
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Hernán Vidal", "hernan.vidal@logisticaaustral.com.ar"),
              "Invitación: Daily Data Team @ Diariamente de 9:30 a 9:45 desde lun 2 mar a vie 29 may (GMT-3) "
              "(martina.quiroga@logisticaaustral.com.ar)", "2026-02-27 16:12", BA,
              "<calendar-f01e7a3c-9b22-4d18-8c61-0a5e3d2b7f94@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              to=addr(MEN, "martina.quiroga@logisticaaustral.com.ar"),
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Hernán Vidal", "hernan.vidal@logisticaaustral.com.ar"))])
    return message(hs, google_invite(plain, h, ics))


@neg("non_interview_calendar", "es-AR", None,
     "Outlook weekly 1:1 with the current manager ('Argentina Standard Time'); not an interview")
def m35():
    plain = t("""
        Martu, te muevo el 1:1 a los jueves que los martes se me superpone con el comité. Mismo horario.
        H.

        Cuándo: Se repite cada semana el jueves de 17:00 a 17:30 desde 12/03/2026 hasta 25/06/2026. (UTC-03:00) Ciudad de Buenos Aires.
        Dónde: Sala Tehuelche / Microsoft Teams
        """)
    h = ("<html><body><div style=\"font-family:Calibri,sans-serif\">" + plain.replace("\n", "<br>\n") +
         "</div></body></html>\n")
    ics = t(f"""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        {ind(VTZ_BA_EXCHANGE)}
        BEGIN:VEVENT
        ORGANIZER;CN=Hernán Vidal:mailto:hernan.vidal@logisticaaustral.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martina Quiroga:mailto:martina.quiroga@logisticaaustral.com.ar
        RRULE:FREQ=WEEKLY;UNTIL=20260625T200000Z;INTERVAL=1;BYDAY=TH;WKST=SU
        UID:040000008200E00074C5B7101A82E008000000003071D0C2A2A7DC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
        SUMMARY;LANGUAGE=es-AR:1:1 Martina / Hernán
        DTSTART;TZID=Argentina Standard Time:20260312T170000
        DTEND;TZID=Argentina Standard Time:20260312T173000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260309T141100Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-AR:Sala Tehuelche / Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Hernán Vidal", "hernan.vidal@logisticaaustral.com.ar"), "Actualizado: 1:1 Martina / Hernán",
              "2026-03-09 11:11", BA, "<CP4PR80MB7120D3F1A0B9C8E7@CP4PR80MB7120.lamprd80.prod.outlook.com>",
              "from BRA01-CP2-obe.outbound.protection.outlook.com (mail-cp2bra01on2112.outbound.protection.outlook.com [40.107.29.112])",
              to=addr(MEN, "martina.quiroga@logisticaaustral.com.ar"),
              extra=[("Thread-Topic", enc("1:1 Martina / Hernán")), ("Content-Language", "es-AR")])
    return message(hs, outlook_invite(plain, h, ics))


@neg("non_interview_calendar", "es-AR", None,
     "Real-estate portal confirms an apartment viewing on Sat 18 Apr 11:00; not an interview",
     days=(("Sat", "2026-04-18"),))
def m36():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;background:#fafafa">
        <table width="580" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h2 style="color:#f25c05">¡Tu visita está confirmada!</h2>
        <p>Hola Martina, el anunciante confirmó la visita que pediste.</p>
        <p><b>Departamento 2 ambientes con balcón - Colegiales</b><br>Conde 1450, 5° A · USD 520 + expensas</p>
        <p>📅 sábado 18 de abril · 11:00 hs<br>👤 Te recibe: Walter (Inmobiliaria Del Parque)</p>
        <p>Si no podés ir, avisale al anunciante desde la app.</p>
        <p style="font-size:11px;color:#999">Zonaprop · No respondas este correo.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Zonaprop", "no-reply@zonaprop.com.ar"), "Visita confirmada: Conde 1450, Colegiales",
              "2026-04-15 19:40", BA, "<20260415224000.3e9b71@mail.zonaprop.com.ar>",
              "from mta3.zonaprop.com.ar (mta3.zonaprop.com.ar [190.210.88.3])")
    return message(hs, html(h, cte="base64"))


@neg("meetup", "es-AR", None,
     "Meetup RSVP for a talk titled like an interview ('Entrevistas técnicas en Data'); a public event",
     days=(("Thu", "2026-04-23"),))
def m37():
    plain = t("""
        ¡Vas a ir!

        Data Science Buenos Aires
        Entrevistas técnicas en Data: cómo prepararte (y qué evaluamos del otro lado)

        jueves, 23 de abril de 2026
        19:00 a 21:00 -03

        Auditorio Palermo Valley, Honduras 5500, CABA

        Charlan: Daniela Ocampo (Head of Data, Yaguareté Retail) y Matías Reynoso (Staff DS, Halcyon Ledger).
        Después hay pizza y networking. Traé DNI para entrar al edificio.

        Agregar al calendario: https://www.meetup.com/data-science-buenos-aires/events/307711843/ical/
        Ver evento: https://www.meetup.com/data-science-buenos-aires/events/307711843/

        Meetup · Desuscribirse de este tipo de mails
        """)
    h = ("<html><body style=\"font-family:Graphik,Helvetica,Arial\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("Meetup", "info@meetup.com"),
              "Confirmado: Entrevistas técnicas en Data: cómo prepararte (y qué evaluamos del otro lado)",
              "2026-04-11 13:05", BA, "<1234.5678.MEETUP-RSVP-307711843@email.meetup.com>",
              "from o1.email.meetup.com (o1.email.meetup.com [192.254.118.63])",
              extra=[("List-Unsubscribe", "<https://www.meetup.com/account/comm/unsub/>")])
    return message(hs, alt(text(plain), html(h)))


@neg("marketing_webinar", "es-AR", None,
     "Zoom webinar registration: 'Entrevista en vivo con la Head of Data...' is a public talk, not a job interview",
     days=(("Wed", "2026-05-06"),))
def m38():
    plain = t("""
        Hola Martina Quiroga:

        Gracias por registrarse en "Entrevista en vivo: la Head of Data de Ñandú Fintech cuenta cómo arma su equipo".

        Envíe sus preguntas por adelantado a: comunidad@datosconmate.com.ar

        Fecha y hora: 6 may 2026 06:00 p. m. Buenos Aires, Georgetown

        Unirse desde PC, Mac, iPad, o Android:
        https://us02web.zoom.us/w/85510923377?tk=qG7r2vX0aLk

        Código de acceso: 771204

        Añadir al calendario: https://us02web.zoom.us/webinar/tZ0rcOqtqDkiH9wB/ics

        Puede cancelar su inscripción en cualquier momento.
        """)
    h = ("<html><body style=\"font-family:Lato,Arial\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</body></html>\n")
    hs = head(addr("Datos con Mate", "no-reply@zoom.us"),
              "Confirmación de inscripción en Entrevista en vivo: la Head of Data de Ñandú Fintech",
              "2026-04-29 10:22", BA, "<zoom-webinar-85510923377-reg-9921@zoom.us>",
              "from mailsender02.zoom.us (mailsender02.zoom.us [170.114.52.2])",
              extra=[("Reply-To", "comunidad@datosconmate.com.ar")])
    return message(hs, alt(text(plain), html(h)))


@neg("mock_interview", "es-AR", None,
     "Calendly booking with a career coach for a mock interview ('Simulacro'): confirmed time, not a job interview")
def m39():
    plain = t("""
        Hola Martina Quiroga:

        Se programó un nuevo evento.

        Nombre del evento:
        Simulacro de entrevista técnica DS (60 min)

        Fecha/Hora del evento:
        18:00 - 19:00, martes, 31 de marzo de 2026 (Hora de Argentina)

        Ubicación:
        Google Meet

        Anfitrión:
        Carla Méndez - Coaching de carrera en tecnología

        Preguntas:
        ¿Para qué empresa/rol te estás preparando?
        Varias, roles de DS Sr. Me preocupa la parte de ML system design.

        Con tecnología de Calendly.com
        """)
    h = ("<table><tr><td style=\"font-family:Helvetica\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</td></tr></table>\n")
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmado: Simulacro de entrevista técnica DS (60 min) con Carla Méndez el martes, 31 de marzo de 2026",
              "2026-03-26 22:03", BA, "<0100018e7d22a0f1-9a3b4c5d-ee12-4a7b-8c9d-1e2f3a4b5c6d-000000@email.amazonses.com>",
              "from a48-114.smtp-out.amazonses.com (a48-114.smtp-out.amazonses.com [54.240.48.114])",
              extra=[("Reply-To", addr("Carla Méndez", "carla@carlamendezcoaching.com"))])
    return message(hs, alt(text(plain), html(h)))


@neg("podcast", "es-AR", None,
     "Podcast host confirms a recording where the user is interviewed ('entrevista charlada'); not a job interview",
     days=(("Tue", "2026-05-12"),))
def m40():
    body = t("""
        Genial Martina!! Quedamos el martes 12/5 a las 19 hs para grabar el episodio 🎙️

        Es una entrevista charlada de unos 40 min sobre tu camino en data science, el paso de economía a datos y
        el proyecto de fraude que contaste en la meetup. Grabamos por Riverside, te mando el link el mismo día.
        Usá auriculares con mic si tenés!

        Abrazo,
        Tomi
        Datos con Mate - el podcast
        """)
    hs = head(addr("Tomás Iturralde", "tomi@datosconmate.com.ar"), "Re: Invitación al podcast Datos con Mate",
              "2026-05-05 20:11", BA, "<CAM4nWq2Zr7v1XcE9yPb0tLd@mail.gmail.com>",
              "from mail-lj1-f169.google.com (mail-lj1-f169.google.com [209.85.208.169])",
              extra=[("In-Reply-To", "<CAHq8sPn1Qz@mail.gmail.com>")])
    return message(hs, gmail(body))


@neg("user_is_interviewer", "es-AR", None,
     "Invite at the current employer where the user interviews a candidate (she is the interviewer)",
     days=(("Fri", "2026-04-17"),))
def m41():
    plain = t("""
        Se te invitó al siguiente evento.

        Entrevista técnica - Juan Cruz Olmedo (Data Analyst Jr)
        viernes, 17 de abril de 2026⋅11:00 – 12:00
        Hora estándar de Argentina - Buenos Aires

        Martu, sos entrevistadora técnica en esta instancia junto con Leo. El CV y la scorecard están en el
        kit de Greenhouse: https://logisticaaustral.greenhouse.io/guides/88210/interview_kit
        Cargá el feedback antes del lunes porfa! Vicky (People)

        Organizador
        Victoria Ponce
        victoria.ponce@logisticaaustral.com.ar

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    h = ("<div style=\"font-family:Roboto,Arial\">" +
         "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")) + "</div>\n")
    ics = t(f"""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {ind(VTZ_BA_GOOGLE)}
        BEGIN:VEVENT
        DTSTART;TZID=America/Argentina/Buenos_Aires:20260417T110000
        DTEND;TZID=America/Argentina/Buenos_Aires:20260417T120000
        DTSTAMP:20260413T150200Z
        ORGANIZER;CN=Victoria Ponce:mailto:victoria.ponce@logisticaaustral.com.ar
        UID:7kq2m0v9p4h6r1s8t3u5w2x0yz@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martina.quiroga@logisticaaustral.com.ar;X-NUM-GUESTS=0:mailto:martina.quiroga@logisticaaustral.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Juan Cruz Olmedo;X-NUM-GUESTS=0:mailto:jcolmedo.96@example.net
        DESCRIPTION:Martu\\, sos entrevistadora técnica en esta instancia junto con Leo.
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica - Juan Cruz Olmedo (Data Analyst Jr)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Victoria Ponce", "victoria.ponce@logisticaaustral.com.ar"),
              "Invitación: Entrevista técnica - Juan Cruz Olmedo (Data Analyst Jr) @ vie 17 abr 2026 11:00 - 12:00 "
              "(GMT-3) (martina.quiroga@logisticaaustral.com.ar)", "2026-04-13 12:02", BA,
              "<calendar-3c9d0e1f-2a4b-4c5d-8e6f-7a8b9c0d1e2f@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              to=addr(MEN, "martina.quiroga@logisticaaustral.com.ar"),
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Victoria Ponce", "victoria.ponce@logisticaaustral.com.ar"))])
    return message(hs, google_invite(plain, h, ics))


@neg("reference_call", "en", None,
     "The user is a reference for a former colleague; the call is confirmed but it is not her interview",
     days=(("Thu", "2026-04-30"),))
def m42():
    body = t("""
        Hi Martina,

        Thanks so much for agreeing to be a reference for Tomás Benítez - he speaks very highly of you.
        Confirming our call for Thursday, April 30 at 4:00 PM your time (3:00 PM ET). I'll call you on
        +54 9 11 5xxx xxxx; it should take about 20 minutes.

        Talk soon,
        Jordan Pike
        Talent Acquisition, Greyfield Labs
        """)
    hs = head(addr("Jordan Pike", "jordan.pike@greyfieldlabs.com"), "Reference call for Tomás Benítez",
              "2026-04-27 09:48", NY, "<CAB7xQ2mTp9n@mail.gmail.com>",
              "from mail-io1-f49.google.com (mail-io1-f49.google.com [209.85.166.49])")
    return message(hs, gmail(body))


@neg("auto_reply", "es-AR", "Banco Pampeano",
     "Out-of-office auto-reply from the bank's hiring manager (Auto-Submitted: auto-replied)")
def m43():
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy fuera de la oficina desde el 22/04 hasta el 04/05 inclusive, con acceso limitado al correo.
        Para temas urgentes de Analytics escribir a Verónica Lamas (vlamas@bancopampeano.com.ar).

        Saludos,
        Gustavo Rinaldi
        """)
    hs = head(addr("Gustavo Rinaldi", "grinaldi@bancopampeano.com.ar"),
              "Respuesta automática: Gracias por la entrevista de ayer", "2026-04-22 18:02", BA,
              "<CP6PR80MB5230A7E1F2@CP6PR80MB5230.lamprd80.prod.outlook.com>",
              "from BRA01-CP3-obe.outbound.protection.outlook.com (mail-cp3bra01on2131.outbound.protection.outlook.com [40.107.30.131])",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAHq8sPo2Rw@mail.gmail.com>"), ("Content-Language", "es-AR")])
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html("<html><body><p>" + body.replace("\n", "<br>\n") + "</p></body></html>\n",
                                charset="iso-8859-1")))


@neg("bounce", "es-AR", None,
     "Gmail delivery failure for the candidate's own confirmation sent to a misspelled address; the bounced "
     "copy says 'confirmo el jueves 19 a las 11 hs' but nothing is confirmed by this mail",
     days=(("Thu", "2026-03-19"),))
def m44():
    orig = message([
        ("From", addr(MEN, ME)), ("To", addr("Lucía Barrios", "lucia.barios@talentosur.com.ar")),
        ("Subject", "Re: Entrevista presencial - Data Scientist (cliente consumo masivo)"),
        ("Date", date("2026-03-16 09:58", BA)), ("Message-ID", "<CAF3kV0oNq2b@mail.gmail.com>"),
    ], text(t("""
        Hola Lucía! Gracias por escribirme.
        Confirmo el jueves 19 a las 11 hs en la oficina, si les queda bien.
        Saludos,
        Martina
        """)))
    report = text(t("""
        ** No se ha encontrado la dirección **

        Tu mensaje no se ha entregado a lucia.barios@talentosur.com.ar porque no se ha encontrado la dirección o
        esta no puede recibir correo.

        La respuesta del servidor remoto fue:
        550 5.1.1 <lucia.barios@talentosur.com.ar>: Recipient address rejected: User unknown in virtual mailbox table
        """))
    dsn = raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; googlemail.com
        Received-From-MTA: dns; martina.quiroga@example.org
        Arrival-Date: Mon, 16 Mar 2026 05:58:12 -0700 (PDT)
        X-Original-Message-ID: <CAF3kV0oNq2b@mail.gmail.com>

        Final-Recipient: rfc822; lucia.barios@talentosur.com.ar
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.talentosur.com.ar. (200.45.190.7, the server for the domain talentosur.com.ar.)
        Diagnostic-Code: smtp; 550 5.1.1 <lucia.barios@talentosur.com.ar>: Recipient address rejected: User unknown
        Last-Attempt-Date: Mon, 16 Mar 2026 05:58:14 -0700 (PDT)
        """))
    hs = head(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
              "Delivery Status Notification (Failure)", "2026-03-16 09:58", BA,
              "<69b7fa36.5d0a2e.1f3c@mx.google.com>", "from mail-sor-f41.google.com by mx.google.com",
              extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, multipart("report", report, dsn, attached_message(orig),
                                 params="report-type=delivery-status"))


@neg("newsletter_tips", "es-AR", None,
     "Substack newsletter about data-science interview questions (List-Unsubscribe); confirms nothing")
def m45():
    body = t("""
        DATA EN CASTELLANO · Edición #87

        5 preguntas que te van a hacer en una entrevista de data science (y cómo responderlas sin chamuyar)

        1. "Contame un proyecto del que estés orgulloso/a." Tené una historia de 2 minutos con problema, decisión y
           resultado medible.
        2. "¿Cómo explicarías un p-valor a alguien de negocio?" Practicalo en voz alta, en serio.
        3. "¿Qué harías si el modelo anda bien offline y mal en producción?" Hablá de drift, de datos y de monitoreo.
        4. El clásico de SQL con window functions. Sí, todavía lo toman.
        5. "¿Tenés alguna pregunta para nosotros?" Siempre tené dos.

        Bonus: la semana que viene hacemos un vivo sobre entrevistas de ML system design. Los suscriptores pagos
        reciben el link.

        Gracias por leer Data en Castellano. Suscribite gratis para recibir nuevos posts.
        Desuscribirse: https://dataencastellano.substack.com/action/disable_email
        """)
    hs = head(addr("Data en Castellano", "dataencastellano@substack.com"),
              "5 preguntas que te van a hacer en una entrevista de data science", "2026-04-19 08:00", BA,
              "<20260419110000.3.7a1bc2d3e4f5a6b7@mg-d1.substack.com>",
              "from mg-d1.substack.com (mg-d1.substack.com [198.61.254.21])",
              extra=[("List-Unsubscribe", "<https://dataencastellano.substack.com/action/disable_email>"),
                     ("List-Id", "<dataencastellano.substack.com>"), ("Precedence", "bulk")])
    return message(hs, alt(text(body, charset="windows-1252"),
                           html("<html><body style=\"font-family:Georgia\">" + body.replace("\n", "<br>\n") +
                                "</body></html>\n", charset="windows-1252")))


@neg("application_status", "es-AR", "Textiles del Valle",
     "Computrabajo status update 'la empresa vio tu CV'; no interview")
def m46():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px">
        <table width="600" align="center"><tr><td style="padding:20px">
        <h2>¡Buenas noticias, Martina!</h2>
        <p><b>Textiles del Valle</b> vio tu CV para la oferta <b>Analista de BI / Data</b> (Tucumán - Remoto).</p>
        <p>Estado de tu postulación: <b>CV visto</b> → En proceso → Finalista</p>
        <p>Si la empresa quiere conocerte, te vamos a avisar por acá y desde la app.</p>
        <p><a href="https://candidato.ar.computrabajo.com/candidate/applications">Ver mis postulaciones</a></p>
        <p style="font-size:11px;color:#999">Computrabajo Argentina</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Computrabajo", "noreply@computrabajo.com"), "Textiles del Valle vio tu CV", "2026-04-03 11:27",
              BA, "<20260403142700.c8d2e1f0a9@mailer.computrabajo.com>",
              "from mailer.computrabajo.com (mailer.computrabajo.com [158.69.201.34])")
    return message(hs, html(h))


@neg("post_interview", "es-AR", "Mburucuyá AI", "Post-interview thanks: 'esta semana definimos'; no new time")
def m47():
    body = t("""
        Gracias por tu tiempo hoy Martina! Fue una muy buena charla, me gustó mucho cómo encaraste lo del modelo de
        scoring. Esta semana lo definimos con el equipo y te escribo, seguro antes del viernes.

        Fede

        --
        Federico Sarmiento
        CTO & Co-founder | Mburucuyá AI
        """)
    hs = head(addr("Federico Sarmiento", "federico.sarmiento@mburucuya.ai"), "Gracias!", "2026-05-11 18:42", BA,
              "<CAGp0Fe5mLq3Ta@mail.gmail.com>",
              "from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])")
    return message(hs, gmail(body))


@neg("next_steps", "en", "Saltmarsh Analytics",
     "Workable 'moving forward' message; the recruiter will reach out to find a time, nothing fixed")
def m48():
    plain = t("""
        Hi Martina,

        Good news! The Saltmarsh Analytics team would like to move you forward to the next stage for the Data
        Scientist position. Jenna will be in touch in the next few days to find a time that works for a
        conversation with our Head of Analytics.

        Thanks,
        Saltmarsh Analytics Hiring Team

        --
        Powered by Workable
        """)
    hs = head(addr("Saltmarsh Analytics", "noreply@candidates.workablemail.com"),
              "Next steps for Data Scientist at Saltmarsh Analytics", "2026-03-18 14:10", NY,
              "<0102019cf6c3a1d8-7e2f9b40-1c5a-4d38-b6e7-2a9f0c8d1e55-000000@eu-west-1.amazonses.com>",
              "from a7-16.smtp-out.eu-west-1.amazonses.com (a7-16.smtp-out.eu-west-1.amazonses.com [54.240.7.16])",
              extra=[("Reply-To", "saltmarsh-analytics+c3f91e@candidates.workablemail.com")])
    return message(hs, alt(text(plain), html("<html><body><p>" + plain.replace("\n\n", "</p><p>") +
                                             "</p></body></html>\n")))


@neg("job_alert", "es-AR", None, "ZonaJobs job alert, HTML only, base64; 'entrevistas' only in ad copy")
def m49():
    h = t("""
        <html><body style="background:#f0f0f0"><table width="600" align="center" style="background:#fff;font-family:Arial">
        <tr><td style="padding:18px;background:#00a3a8;color:#fff;font-size:20px">ZonaJobs · Nuevos avisos para vos</td></tr>
        <tr><td style="padding:16px">
        <p>Hola Martina, estos avisos coinciden con tu búsqueda <b>"data scientist"</b>:</p>
        <p><b>Data Scientist Jr/Ssr</b> - Consultora confidencial · Capital Federal<br>
        <span style="color:#888">¡Entrevistas esta semana! Postulate hoy.</span></p>
        <p><b>Científico de Datos</b> - Yaguareté Retail · Vicente López</p>
        <p><b>Analytics Engineer</b> - Tanino Alimentos · Rosario (Híbrido)</p>
        <p><a href="https://www.zonajobs.com.ar/empleos-busqueda-data-scientist.html">Ver todos los avisos</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999;padding:12px">Recibís este mail por tu alerta de empleo.
        <a href="https://www.zonajobs.com.ar/alertas/baja">Dar de baja</a></td></tr></table></body></html>
        """)
    hs = head(addr("ZonaJobs", "avisos@zonajobs.com.ar"), "Nuevos avisos de data scientist para vos",
              "2026-04-27 07:15", BA, "<20260427101500.aa41bf@mail.zonajobs.com.ar>",
              "from mta5.zonajobs.com.ar (mta5.zonajobs.com.ar [190.210.9.45])",
              extra=[("List-Unsubscribe", "<https://www.zonajobs.com.ar/alertas/baja>")])
    return message(hs, html(h, cte="base64"))


@neg("pre_employment_exam", "es-AR", "Tandil Pagos",
     "Pre-employment medical exam (examen preocupacional) after the offer: confirmed time, not an interview",
     days=(("Wed", "2026-04-15"),))
def m50():
    body = t("""
        Hola Martina, ¿cómo estás? ¡Qué bueno que aceptaste!

        Te confirmo el turno para el examen preocupacional:
        Miércoles 15/4 a las 8:00 hs
        Centro Médico Laboral Almagro - Av. Rivadavia 3820, CABA

        Tenés que ir en ayunas (8 hs) y con DNI. Tarda aprox. 2 horas entre análisis, placa y electro.
        Cualquier cosa me avisás.

        Saludos,
        Sofi
        """)
    hs = head(addr("Sofía Ledesma", "sofia.ledesma@tandilpagos.com.ar"), "Turno examen preocupacional",
              "2026-04-09 15:30", BA, "<CAKv3tRf8Jp1Ls@mail.gmail.com>",
              "from mail-ua1-f51.google.com (mail-ua1-f51.google.com [209.85.222.51])")
    return message(hs, gmail(body))
