"""blind66: 50 hand-written mails from the inbox of a backend developer in Santiago de Chile.

Built by ``python3 bench/heldout/make_blind.py blind66``; the MIME plumbing and the checks are
``make.py``'s, imported unchanged. Written blind (without reading the detector, its tests or the
other held-out mails). Inbox owner: Matías Contreras Lagos <matias.contreras.dev@example.org>,
America/Santiago (CLST -03 until Sun 5 April 2026, CLT -04 until Sun 6 September, then -03 again).

Keys 1..23 are positives, 24..50 negatives, in writing order; the file number of key k is
ORDER[k - 1], a fixed shuffle.
"""

from __future__ import annotations

import base64
import hashlib
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

SET = "blind66"
make.REGISTRY.setdefault(SET, [])
# Windows zone names written by Exchange in this set (the checks map them to IANA zones).
make.WINDOWS_ZONES.update({
    "Pacific SA Standard Time": "America/Santiago",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "SA Pacific Standard Time": "America/Bogota",
    "Argentina Standard Time": "America/Argentina/Buenos_Aires",
})

ORDER = random.Random(66066).sample(range(1, 51), 50)

OWNER = "Matías Contreras Lagos"
ME = "matias.contreras.dev@example.org"
WORK = "mcontreras@quillayretail.cl"

SCL = "America/Santiago"
BUE = "America/Argentina/Buenos_Aires"
LIM = "America/Lima"
BOG = "America/Bogota"
MEX = "America/Mexico_City"
SAO = "America/Sao_Paulo"
MAD = "Europe/Madrid"
NYC = "America/New_York"
LAX = "America/Los_Angeles"
UTCZ = "UTC"


def reg(key: int, **kw):
    """Register the mail written in position ``key`` under its shuffled file number."""
    return make.mail(f"{SET}_{ORDER[key - 1]:03d}", **kw)


def _id(seed: str, n: int = 16) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hdrs(frm: str, subject: str, when: str, zone: str, mid: str, relay: tuple[str, str], *,
         to: str | None = None, rcpt: str = ME, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8", lag: int = 3) -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then ``extra``."""
    host, ip = relay
    rcv = received(f"from {host} ({host} [{ip}])", when, zone,
                   f"mx1.example.org with ESMTPS id {_id(mid, 12)}", rcpt, lag)
    return [
        ("Delivered-To", rcpt),
        ("Received", rcv),
        ("From", frm),
        ("To", to or addr(OWNER, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def gmail(body: str, cte: str = "quoted-printable"):
    """A plain mail written in Gmail: text/plain plus Gmail's html twin."""
    return alt(text(body, cte=cte), html(gmail_html(body), cte=cte))


# --------------------------------------------------------------------------- VTIMEZONE blocks

VTZ = {
    "America/Santiago": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Pacific SA Standard Time": """BEGIN:VTIMEZONE
TZID:Pacific SA Standard Time
BEGIN:STANDARD
DTSTART:16010101T235959
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SA;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T235959
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SA;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE""",
    "Central Standard Time (Mexico)": """BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:DAYLIGHT
END:VTIMEZONE""",
    "America/Argentina/Buenos_Aires": """BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
X-LIC-LOCATION:America/Argentina/Buenos_Aires
BEGIN:STANDARD
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
TZNAME:-03
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "America/Los_Angeles": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
}

GCAL_FOOTER_ES = """\
Invitación de Google Calendar

Recibes este correo electrónico porque te invitaron a este evento. Para dejar de recibir \
actualizaciones de este evento, rechaza la invitación.

Si reenvías esta invitación, es posible que cualquier destinatario pueda enviar una \
respuesta al organizador, que se agregue a la lista de invitados, que invite a otras \
personas independientemente de su propio estado de invitación o que modifique tu \
respuesta a la confirmación de asistencia. Más información
https://support.google.com/calendar/answer/37135#forwarding
"""


# =========================================================================== positives


@reg(1, family="buk", lang="es", interview=True, kind="scheduled", company="Cóndor Pagos",
     start="2026-03-17T13:00:00Z", end="2026-03-17T14:00:00Z",
     contact="francisca.leiva@condorpagos.cl", local="Tue 2026-03-17 10:00",
     local_end="2026-03-17 11:00", zone=SCL,
     note="Buk interview notice from no-reply; 'martes 17 de marzo, 10:00 a 11:00 hrs (hora de Chile "
          "continental)', March = CLST -03 -> 13:00Z-14:00Z; contact = recruiter address in the body")
def m01():
    body = t("""
        Hola Matías,

        ¡Buenas noticias! Queremos conocerte mejor. Tu entrevista para el cargo
        Desarrollador/a Backend (Go) quedó agendada:

        Tipo de entrevista: Entrevista técnica (pair programming)
        Fecha: martes 17 de marzo de 2026
        Hora: 10:00 a 11:00 hrs (hora de Chile continental)
        Modalidad: Online - Google Meet
        Enlace: https://meet.google.com/qvt-hmzc-pwe
        Entrevistadores: Tomás Ibarra (Tech Lead) y Francisca Leiva (Talent Partner)

        Te recomendamos conectarte 5 minutos antes y tener a mano tu editor favorito:
        trabajaremos sobre un ejercicio corto en Go.

        Si necesitas reagendar, escríbele a Francisca Leiva (francisca.leiva@condorpagos.cl)
        con al menos 24 horas de anticipación.

        Saludos cordiales,
        Equipo de Personas - Cóndor Pagos SpA

        --
        Este correo fue enviado a través de Buk. Por favor no respondas a esta dirección.
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Buk</title></head>
        <body style="margin:0;background:#f4f6fb;font-family:'Open Sans',Arial,sans-serif;color:#2b2f3a">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;border-radius:8px">
        <tr><td><img src="https://cdn.buk.cl/empresas/condor-pagos/logo.png" alt="Cóndor Pagos" height="40"></td></tr>
        <tr><td>
        <p>Hola Matías,</p>
        <p>¡Buenas noticias! Queremos conocerte mejor. Tu entrevista para el cargo
        <b>Desarrollador/a Backend (Go)</b> quedó agendada:</p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td style="color:#6b7280">Tipo de entrevista</td><td>Entrevista técnica (pair programming)</td></tr>
        <tr><td style="color:#6b7280">Fecha</td><td>martes 17 de marzo de 2026</td></tr>
        <tr><td style="color:#6b7280">Hora</td><td>10:00 a 11:00 hrs (hora de Chile continental)</td></tr>
        <tr><td style="color:#6b7280">Modalidad</td><td>Online - Google Meet</td></tr>
        <tr><td style="color:#6b7280">Enlace</td><td><a href="https://meet.google.com/qvt-hmzc-pwe">meet.google.com/qvt-hmzc-pwe</a></td></tr>
        <tr><td style="color:#6b7280">Entrevistadores</td><td>Tomás Ibarra (Tech Lead) y Francisca Leiva (Talent Partner)</td></tr>
        </table>
        <p>Te recomendamos conectarte 5 minutos antes y tener a mano tu editor favorito:
        trabajaremos sobre un ejercicio corto en Go.</p>
        <p>Si necesitas reagendar, escríbele a Francisca Leiva
        (<a href="mailto:francisca.leiva@condorpagos.cl">francisca.leiva@condorpagos.cl</a>)
        con al menos 24 horas de anticipación.</p>
        <p>Saludos cordiales,<br>Equipo de Personas - Cóndor Pagos SpA</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#9ca3af">Este correo fue enviado a través de Buk.
        Por favor no respondas a esta dirección.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    h = hdrs(addr("Cóndor Pagos vía Buk", "no-reply@buk.cl"),
             "Cóndor Pagos te invita a una entrevista: Desarrollador/a Backend (Go)",
             "2026-03-12 16:20:41", SCL,
             "<0100018e3c2a9f1d-5b7e0c44-1a2b-4c8d-9e10-7f3a2b1c0d9e-000000@email.amazonses.com>",
             ("a48-112.smtp-out.amazonses.com", "54.240.48.112"),
             extra=(("X-Mailer", "Buk Notificaciones"),))
    return message(h, alt(text(body), html(page)))


@reg(2, family="google_calendar", lang="es", interview=True, kind="scheduled", company="Mercado Austral",
     start="2026-04-09T19:00:00Z", end="2026-04-09T20:00:00Z",
     contact="sebastian.vidal@mercadoaustral.cl", local="Thu 2026-04-09 15:00",
     local_end="2026-04-09 16:00", zone=SCL,
     note="Google Calendar invitation (UTC DTSTART); sent Fri 3 Apr in CLST -03, the interview is after "
          "Chile's DST end (Sun 5 Apr) so 15:00 is CLT -04 = 19:00Z (subject says GMT-4); "
          "contact = organizer")
def m02():
    eid = "NGsyajdxYnVyNTZtNnZkY2VvOHJpYnM1aGkgbWF0aWFzLmNvbnRyZXJhcy5kZXZAZXhhbXBsZS5vcmc"
    body = t(f"""
        Entrevista Backend Mercado Austral - Matías Contreras
        jueves, 9 de abril de 2026⋅15:00 – 16:00
        Hora estándar de Chile - Santiago

        Información para unirse a Google Meet
        Enlace de la videollamada: https://meet.google.com/ybn-rkwd-ocx
        O marca el: (CL) +56 2 2840 5512 PIN: 481 203 775#
        Más números de teléfono: https://tel.meet/ybn-rkwd-ocx?pin=4812037751234

        Hola Matías, te dejo la invitación para la entrevista con el equipo de Checkout.
        Vamos a conversar sobre tu experiencia y hacer un ejercicio corto de diseño de APIs.
        ¡Nos vemos!

        Organizador
        Sebastián Vidal
        sebastian.vidal@mercadoaustral.cl

        Invitados
        Sebastián Vidal - organizador
        Carolina Méndez
        matias.contreras.dev@example.org
        Ver todos los detalles de los invitados
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        Responder para matias.contreras.dev@example.org
        Sí
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2
        Quizás
        https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3
        Más opciones
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        """) + GCAL_FOOTER_ES
    page = t(f"""
        <html><head></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:22px;font-weight:400">Entrevista Backend Mercado Austral - Matías Contreras</h2>
        <p>jueves, 9 de abril de 2026⋅15:00 – 16:00<br>Hora estándar de Chile - Santiago</p>
        <p><a href="https://meet.google.com/ybn-rkwd-ocx">Unirse con Google Meet</a><br>
        meet.google.com/ybn-rkwd-ocx</p>
        <p>Hola Matías, te dejo la invitación para la entrevista con el equipo de Checkout.
        Vamos a conversar sobre tu experiencia y hacer un ejercicio corto de diseño de APIs.
        ¡Nos vemos!</p>
        <p><b>Organizador</b><br>Sebastián Vidal<br>sebastian.vidal@mercadoaustral.cl</p>
        <p><b>Invitados</b><br>Sebastián Vidal - organizador<br>Carolina Méndez<br>
        matias.contreras.dev@example.org</p>
        <p>¿Asistirás? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=1">Sí</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid={eid}&amp;rst=3">Quizás</a></p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar. Recibes este correo
        electrónico porque te invitaron a este evento.</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260409T190000Z
        DTEND:20260409T200000Z
        DTSTAMP:20260403T140512Z
        ORGANIZER;CN=Sebastián Vidal:mailto:sebastian.vidal@mercadoaustral.cl
        UID:4k2j7qbur56m6vdceo8ribs5hi@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sebastián Vidal;X-NUM-GUESTS=0:mailto:sebastian.vidal@mercadoaustral.cl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carolina Méndez;X-NUM-GUESTS=0:mailto:carolina.mendez@mercadoaustral.cl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=matias.contreras.dev@example.org;X-NUM-GUESTS=0:mailto:matias.contreras.dev@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/ybn-rkwd-ocx
        CREATED:20260403T140510Z
        DESCRIPTION:Hola Matías\\, te dejo la invitación para la entrevista con el equipo de Checkout. Vamos a conversar sobre tu experiencia y hacer un ejercicio corto de diseño de APIs. ¡Nos vemos!\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nÚnete con Google Meet: https://meet.google.com/ybn-rkwd-ocx\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
        LAST-MODIFIED:20260403T140511Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Backend Mercado Austral - Matías Contreras
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Sebastián Vidal", "sebastian.vidal@mercadoaustral.cl"),
             "Invitación: Entrevista Backend Mercado Austral - Matías Contreras @ jue 9 abr 2026 "
             "15:00 - 16:00 (GMT-4) (matias.contreras.dev@example.org)",
             "2026-04-03 11:05:12", SCL, "<calendar-2f9c1d6e-7a41-4b8e-a3c2-5e0d8f61b7a9@google.com>",
             ("mail-sor-f73.google.com", "209.85.220.73"),
             extra=(("Reply-To", addr("Sebastián Vidal", "sebastian.vidal@mercadoaustral.cl")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    body_alt = alt(text(body), html(page), calendar(ics, cte="quoted-printable"))
    return message(h, mixed(body_alt, calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                               filename="invite.ics", disposition="attachment",
                                               name_param=True)))


@reg(3, family="human_reply", lang="es", interview=True, kind="scheduled", company="Rocaviva",
     start="2026-04-23T20:00:00Z", contact="constanza.fuentes@rocaviva.cl",
     local="Thu 2026-04-23 16:00", zone=SCL, days=(("Tue", "2026-04-21"),),
     note="Recruiter reply on top of the thread: 'quedamos el jueves a las 4 de la tarde', Date Mon 20 Apr -> "
          "Thu 23 Apr (the quoted acceptance names 'jueves 23 a las 16:00'); April after DST end = CLT -04 "
          "-> 20:00Z; 'una hora aprox.' -> end null")
def m03():
    body = t("""
        Perfecto Matías, quedamos el jueves a las 4 de la tarde entonces 🙌
        Andrés (jefe del área de Plataformas) te va a mandar la invitación de Teams hoy o mañana.
        Es una conversación más bien técnica, de una hora aprox.

        Cualquier cosa me escribes o me llamas al +56 9 8765 4321.

        Saludos!
        Constanza

        El lun, 20 abr 2026 a las 9:12, Matías Contreras (<matias.contreras.dev@example.org>) escribió:
        > Hola Constanza,
        > Me acomoda más la opción del jueves 23 a las 16:00.
        > Saludos,
        > Matías
        >
        > El vie, 17 abr 2026 a las 18:03, Constanza Fuentes (<constanza.fuentes@rocaviva.cl>) escribió:
        >> Hola Matías! ¿Cómo estás?
        >> Para la conversación con Andrés te propongo dos opciones: martes 21 a las 11:00 o
        >> jueves 23 a las 16:00. Me cuentas cuál te sirve y te mando la invitación.
        >> Saludos,
        >> Constanza Fuentes | Talent Acquisition | Rocaviva
        """)
    h = hdrs(addr("Constanza Fuentes", "constanza.fuentes@rocaviva.cl"),
             "Re: Conversación con jefe de Plataformas - Rocaviva", "2026-04-20 09:47:03", SCL,
             "<CAH7r2kPq9w0xv3Lz+Fq1mDk8aVb2yTn6ZcR4eUo5sJ@mail.gmail.com>",
             ("mail-lf1-f47.google.com", "209.85.167.47"),
             extra=(("In-Reply-To", "<CAJx5tN0b8mQe3vKp7Lw2aRz9gYh1cDf4uXo6sHn@mail.gmail.com>"),
                    ("References", "<CAH7r2kN1a8Zw4Tq0pLm3vBc6xYe9fRd2uGs5hJk@mail.gmail.com>\r\n "
                                   "<CAJx5tN0b8mQe3vKp7Lw2aRz9gYh1cDf4uXo6sHn@mail.gmail.com>")))
    return message(h, gmail(body))


@reg(4, family="human_prose", lang="es", interview=True, kind="rescheduled", company="Pampa Pagos",
     start="2026-05-22T18:00:00Z", contact="lucia.bertolini@pampapagos.com.ar",
     local="Fri 2026-05-22 15:00", zone=BUE, days=(("Wed", "2026-05-20"),),
     note="Argentine recruiter moves the CTO interview from Wed 20 to 'viernes 22 a las 15 hs (hora "
          "Argentina)' = ART -03 -> 18:00Z (14 hs in Chile, CLT -04 in May); no length -> end null")
def m04():
    body = t("""
        Hola Matías, ¿cómo andás?

        Te escribo porque a Nico (nuestro CTO) se le superpuso la entrevista del miércoles 20
        con una reunión de directorio 😕. La pasamos para el viernes 22 a las 15 hs (hora
        Argentina); en Chile serían las 14 hs, ojo que en esta época ustedes tienen una hora
        menos que nosotros. El link de Meet es el mismo y ya te actualicé la invitación.

        Perdón por el cambio y gracias por la flexibilidad!

        Abrazo,
        Lu

        --
        Lucía Bertolini
        Talent Acquisition · Pampa Pagos
        Buenos Aires, Argentina
        """)
    h = hdrs(addr("Lucía Bertolini", "lucia.bertolini@pampapagos.com.ar"),
             "Re: Entrevista con Nicolás (CTO) - Pampa Pagos", "2026-05-18 12:10:27", BUE,
             "<CAF3kq8Zx1pW7mLt2yVb0nRc5gHd9sEo4aJu6iTk@mail.gmail.com>",
             ("mail-yw1-f180.google.com", "209.85.128.180"),
             extra=(("In-Reply-To", "<CAJx5tN3v6Qe1pLk8sWz0aRm2gYb7cDf9uXo4hTn@mail.gmail.com>"),
                    ("References", "<CAJx5tN3v6Qe1pLk8sWz0aRm2gYb7cDf9uXo4hTn@mail.gmail.com>")))
    return message(h, text(body, cte="8bit"))


@reg(5, family="greenhouse", lang="en", interview=True, kind="scheduled", company="Brightlane Payments",
     start="2026-03-11T13:00:00Z", end="2026-03-11T14:00:00Z",
     contact="karen.whitfield@brightlanepay.com", local="Wed 2026-03-11 09:00",
     local_end="2026-03-11 10:00", zone=NYC,
     note="Greenhouse confirmation sent Thu 5 Mar in EST; the interview is after US DST start (Sun 8 Mar) "
          "so 9:00-10:00 AM EDT -04 = 13:00Z-14:00Z; contact = Reply-To recruiter")
def m05():
    body = t("""
        Hi Matías,

        Thank you for your interest in Brightlane Payments! We're excited to confirm your
        upcoming interview for the Senior Backend Engineer (LATAM Remote) position.

        Wednesday, March 11, 2026
        9:00 AM - 10:00 AM EDT    Technical Interview - System Design with Daniel Okafor

        Location: Zoom - https://brightlanepay.zoom.us/j/84512093371?pwd=bWtlY2h4Q2ZzR1dBd3
        Meeting ID: 845 1209 3371

        Daniel is a Staff Engineer on our Ledger team. Expect to walk through the design of a
        payouts service; no need to prepare slides.

        If anything comes up, just reply to this email.

        Best,
        Karen Whitfield
        Technical Recruiter | Brightlane Payments
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hi Matías,</p>
        <p>Thank you for your interest in Brightlane Payments! We're excited to confirm your
        upcoming interview for the <strong>Senior Backend Engineer (LATAM Remote)</strong> position.</p>
        <table style="border-collapse:collapse" cellpadding="6">
        <tr><td colspan="2" style="font-weight:bold;border-bottom:1px solid #ddd">Wednesday, March 11, 2026</td></tr>
        <tr><td>9:00 AM - 10:00 AM EDT</td><td>Technical Interview - System Design with Daniel Okafor</td></tr>
        </table>
        <p>Location: Zoom - <a href="https://brightlanepay.zoom.us/j/84512093371?pwd=bWtlY2h4Q2ZzR1dBd3">https://brightlanepay.zoom.us/j/84512093371</a><br>
        Meeting ID: 845 1209 3371</p>
        <p>Daniel is a Staff Engineer on our Ledger team. Expect to walk through the design of a
        payouts service; no need to prepare slides.</p>
        <p>If anything comes up, just reply to this email.</p>
        <p>Best,<br>Karen Whitfield<br>Technical Recruiter | Brightlane Payments</p>
        <img src="https://app.greenhouse.io/email_tracking/open/5a9c21e7.gif" width="1" height="1" alt="">
        </body></html>
        """)
    h = hdrs(addr("Brightlane Payments", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Senior Backend Engineer (LATAM Remote) at Brightlane Payments",
             "2026-03-05 14:32:09", NYC, "<65e7a1b3c2d4e_5f1a2b3c4d5e6@greenhouse-app-mailer-7d9f.mail>",
             ("o12.us.greenhouse-mail.io", "167.89.101.12"),
             extra=(("Reply-To", addr("Karen Whitfield", "karen.whitfield@brightlanepay.com")),))
    return message(h, alt(text(body), html(page)))


@reg(6, family="exchange", lang="es", interview=True, kind="scheduled", company="Aconcagua Retail",
     start="2026-09-08T13:00:00Z", end="2026-09-08T14:30:00Z",
     contact="paula.cifuentes@aconcagua-retail.cl", local="Tue 2026-09-08 10:00",
     local_end="2026-09-08 11:30", zone=SCL,
     note="Exchange meeting request, TZID 'Pacific SA Standard Time'; sent Wed 2 Sep (CLT -04), the panel is "
          "after Chile's DST start (Sun 6 Sep): 10:00-11:30 CLST -03 = 13:00Z-14:30Z although the body's "
          "zone label reads '(UTC-04:00) Santiago'; contact = human ORGANIZER")
def m06():
    body = t("""
        Cuándo: martes, 8 de septiembre de 2026 10:00-11:30 (UTC-04:00) Santiago.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Estimado Matías:

        Junto con saludar, y según lo conversado, te envío la citación para la entrevista panel
        del proceso Desarrollador(a) Backend Senior. Participarán Hernán Valdivia (Subgerente de
        Arquitectura) y Claudia Reyes (Product Owner de e-commerce).

        Por favor confirma tu asistencia aceptando esta invitación.

        Saludos cordiales,

        Paula Cifuentes Rojas
        Analista de Selección | Gerencia de Personas
        Aconcagua Retail S.A.
        Av. Presidente Riesco 5435, Las Condes, Santiago

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo o la aplicación móvil
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZDk4Y2Et%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d>
        Id. de reunión: 245 781 903 112
        Código de acceso: Xk7pQ2
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
        <meta name="Generator" content="Microsoft Exchange Server"></head>
        <body>
        <div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Estimado Matías:</p>
        <p>Junto con saludar, y según lo conversado, te envío la citación para la entrevista panel
        del proceso Desarrollador(a) Backend Senior. Participarán Hernán Valdivia (Subgerente de
        Arquitectura) y Claudia Reyes (Product Owner de e-commerce).</p>
        <p>Por favor confirma tu asistencia aceptando esta invitación.</p>
        <p>Saludos cordiales,</p>
        <p><b>Paula Cifuentes Rojas</b><br>Analista de Selección | Gerencia de Personas<br>
        Aconcagua Retail S.A.<br>Av. Presidente Riesco 5435, Las Condes, Santiago</p>
        </div>
        <div style="width:100%">
        <hr>
        <div style="font-size:18pt;font-weight:bold">Reunión de Microsoft Teams</div>
        <div><b>Unirse desde el equipo o la aplicación móvil</b></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZDk4Y2Et%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2c3d4%22%7d">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de reunión: 245 781 903 112<br>Código de acceso: Xk7pQ2</div>
        <div><a href="https://aka.ms/JoinTeamsMeeting">Más información</a> |
        <a href="https://teams.microsoft.com/meetingOptions/">Opciones de reunión</a></div>
        <hr>
        </div>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Pacific SA Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Paula Cifuentes Rojas:mailto:paula.cifuentes@aconcagua-retail.cl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=matias.contreras.dev@example.org:mailto:matias.contreras.dev@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hernán Valdivia Soto:mailto:hernan.valdivia@aconcagua-retail.cl
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claudia Reyes Paredes:mailto:claudia.reyes@aconcagua-retail.cl
        DESCRIPTION;LANGUAGE=es-CL:Estimado Matías:\\n\\nJunto con saludar\\, y según lo conversado\\, te envío la citación para la entrevista panel del proceso Desarrollador(a) Backend Senior.\\n\\nSaludos cordiales\\,\\n\\nPaula Cifuentes Rojas\\n\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A4E5C7F63EDC01000000000000000010000000B4C1A7E2F0D94A4E8C2B6D0E9F1A3C55
        SUMMARY;LANGUAGE=es-CL:Entrevista panel – Desarrollador(a) Backend Senior – Matías Contreras
        DTSTART;TZID=Pacific SA Standard Time:20260908T100000
        DTEND;TZID=Pacific SA Standard Time:20260908T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260902T211533Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121347385
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1ZDk4Y2Et%40thread.v2/0
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:paula.cifuentes@aconcagua-retail.cl\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NjQ1ZDk4Y2Et
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
    h = hdrs(addr("Paula Cifuentes Rojas", "paula.cifuentes@aconcagua-retail.cl"),
             "Entrevista panel – Desarrollador(a) Backend Senior – Matías Contreras",
             "2026-09-02 21:15:33", UTCZ,
             "<SCXP216MB0893A1F2C4D5E6B7A8C9D0E1F2A3B4C5D6@SCXP216MB0893.CHLP216.PROD.OUTLOOK.COM>",
             ("CHL01-SCX-obe.outbound.protection.outlook.com", "40.107.155.81"),
             extra=(("Thread-Topic", enc("Entrevista panel – Desarrollador(a) Backend Senior – Matías Contreras")),
                    ("Thread-Index", "AdsfE4kq0Y2bG7xWQ1uT3m8pLrN9Zw=="),
                    ("Accept-Language", "es-CL, en-US"),
                    ("Content-Language", "es-CL"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(h, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1"),
                           calendar(ics, cte="base64")))


@reg(7, family="google_calendar", lang="es", interview=True, kind="cancelled", company="Pehuén Software",
     start="2026-07-01T15:00:00Z", end="2026-07-01T16:00:00Z",
     contact="ignacio.munoz@pehuensoftware.cl", local="Wed 2026-07-01 11:00",
     local_end="2026-07-01 12:00", zone=SCL,
     note="Google Calendar 'Evento cancelado' (METHOD:CANCEL) with the organizer's note (search paused); "
          "cancelled slot mié 1 jul 11:00-12:00 CLT -04 = 15:00Z-16:00Z; contact = organizer")
def m07():
    eid = "MmRxdTc0bWthYjNvMGYxOWQ1cTJ2OGVzaGwgbWF0aWFzLmNvbnRyZXJhcy5kZXZAZXhhbXBsZS5vcmc"
    body = t(f"""
        Este evento se canceló y se quitó de tu calendario.

        Entrevista técnica Pehuén Software
        miércoles, 1 de julio de 2026⋅11:00 – 12:00
        Hora estándar de Chile - Santiago

        Ignacio Muñoz agregó un mensaje:
        Hola Matías, lamentablemente tenemos que pausar la búsqueda para este cargo por un tema
        de presupuesto del segundo semestre. Te escribo apenas se reabra. Disculpa las molestias.

        Organizador
        Ignacio Muñoz
        ignacio.munoz@pehuensoftware.cl

        Invitados
        Ignacio Muñoz - organizador
        Rodrigo Alarcón
        matias.contreras.dev@example.org
        Ver todos los detalles de los invitados
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        """) + GCAL_FOOTER_ES
    page = t("""
        <html><head></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">Este evento se canceló y se quitó de tu calendario.</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Entrevista técnica Pehuén Software</h2>
        <p>miércoles, 1 de julio de 2026⋅11:00 – 12:00<br>Hora estándar de Chile - Santiago</p>
        <p><b>Ignacio Muñoz agregó un mensaje:</b><br>Hola Matías, lamentablemente tenemos que pausar
        la búsqueda para este cargo por un tema de presupuesto del segundo semestre. Te escribo apenas
        se reabra. Disculpa las molestias.</p>
        <p><b>Organizador</b><br>Ignacio Muñoz<br>ignacio.munoz@pehuensoftware.cl</p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20260701T150000Z
        DTEND:20260701T160000Z
        DTSTAMP:20260629T224018Z
        ORGANIZER;CN=Ignacio Muñoz:mailto:ignacio.munoz@pehuensoftware.cl
        UID:2dqu74mkab3o0f19d5q2v8eshl@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=matias.contreras.dev@example.org;X-NUM-GUESTS=0:mailto:matias.contreras.dev@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rodrigo Alarcón;X-NUM-GUESTS=0:mailto:rodrigo.alarcon@pehuensoftware.cl
        CREATED:20260622T151204Z
        DESCRIPTION:Entrevista técnica con Rodrigo (Tech Lead). Link de Meet en la invitación.
        LAST-MODIFIED:20260629T224018Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista técnica Pehuén Software
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Ignacio Muñoz", "ignacio.munoz@pehuensoftware.cl"),
             "Evento cancelado: Entrevista técnica Pehuén Software @ mié 1 jul 2026 11:00 - 12:00 (GMT-4) "
             "(matias.contreras.dev@example.org)",
             "2026-06-29 18:40:18", SCL, "<calendar-8e2b5c71-0d3f-4a96-b1e4-9c7a2f5d8e03@google.com>",
             ("mail-sor-f69.google.com", "209.85.220.69"),
             extra=(("Reply-To", addr("Ignacio Muñoz", "ignacio.munoz@pehuensoftware.cl")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    body_alt = alt(text(body), html(page), calendar(ics, method="CANCEL", cte="quoted-printable"))
    return message(h, mixed(body_alt, calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                               filename="invite.ics", disposition="attachment",
                                               name_param=True)))


@reg(8, family="calendly", lang="es", interview=True, kind="scheduled", company="Nopal Commerce",
     start="2026-06-16T14:30:00Z", end="2026-06-16T15:15:00Z",
     contact="daniela.ortega@nopalcommerce.mx", local="Tue 2026-06-16 10:30",
     local_end="2026-06-16 11:15", zone=SCL,
     note="Calendly invitee confirmation in the invitee's zone: 10:30-11:15 hora de Chile (CLT -04 in June) = "
          "14:30Z-15:15Z, also 8:30 CDMX (-06); Date in UTC; contact = Reply-To host")
def m08():
    body = t("""
        Hola Matías Contreras:

        Tu evento está agendado.

        Evento:
        Entrevista con Hiring Manager - Backend Sr

        Anfitrión:
        Daniela Ortega

        Fecha/hora del evento:
        10:30 - 11:15 (hora de Chile), martes, 16 de junio de 2026

        Ubicación:
        Este evento es por Google Meet. El enlace se agregó a la invitación del calendario.
        https://meet.google.com/fpa-xqzt-mkw

        Descripción del evento:
        Una plática de 45 minutos con Daniela (Engineering Manager, equipo Checkout) para
        conocernos y contarte del rol. Daniela está en Ciudad de México (8:30 hora CDMX).

        Cancelar: https://calendly.com/cancellations/7b1d2e9a-4c3f-4e8a-9b6d-1f0e2a3c4d5b
        Reprogramar: https://calendly.com/reschedulings/7b1d2e9a-4c3f-4e8a-9b6d-1f0e2a3c4d5b

        Desarrollado por Calendly.com
        """)
    page = t("""
        <html><body style="background:#f7f7f7;font-family:'Proxima Nova',Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;border-radius:4px">
        <p>Hola Matías Contreras:</p>
        <p>Tu evento está agendado.</p>
        <p><b>Evento:</b><br>Entrevista con Hiring Manager - Backend Sr</p>
        <p><b>Anfitrión:</b><br>Daniela Ortega</p>
        <p><b>Fecha/hora del evento:</b><br>10:30 - 11:15 (hora de Chile), martes, 16 de junio de 2026</p>
        <p><b>Ubicación:</b><br>Este evento es por Google Meet. El enlace se agregó a la invitación del calendario.<br>
        <a href="https://meet.google.com/fpa-xqzt-mkw">https://meet.google.com/fpa-xqzt-mkw</a></p>
        <p><b>Descripción del evento:</b><br>Una plática de 45 minutos con Daniela (Engineering Manager,
        equipo Checkout) para conocernos y contarte del rol. Daniela está en Ciudad de México (8:30 hora CDMX).</p>
        <p><a href="https://calendly.com/cancellations/7b1d2e9a-4c3f-4e8a-9b6d-1f0e2a3c4d5b">Cancelar</a> |
        <a href="https://calendly.com/reschedulings/7b1d2e9a-4c3f-4e8a-9b6d-1f0e2a3c4d5b">Reprogramar</a></p>
        <p style="font-size:12px;color:#888">Desarrollado por <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmado: Entrevista con Hiring Manager - Backend Sr con Daniela Ortega el martes, "
             "16 de junio de 2026",
             "2026-06-10 17:22:48", UTCZ, "<01000190a1b2c3d4-7e8f9a0b-1c2d-3e4f-5a6b-7c8d9e0f1a2b-000000@email.calendly.com>",
             ("o1.email.calendly.com", "149.72.134.18"),
             extra=(("Reply-To", addr("Daniela Ortega", "daniela.ortega@nopalcommerce.mx")),))
    return message(h, alt(text(body), html(page)))


@reg(9, family="zoom_prose", lang="es", interview=True, kind="scheduled", company="Cafetal Software",
     start="2026-07-09T14:00:00Z", end="2026-07-09T15:00:00Z",
     contact="valentina.restrepo@cafetalsoftware.co", local="Thu 2026-07-09 09:00",
     local_end="2026-07-09 10:00", zone=BOG,
     note="Colombian recruiter 'con gusto te confirmo' with a pasted Zoom invitation: jueves 9 de julio "
          "9:00 a.m. hora Colombia (COT -05) = 14:00Z = 10:00 in Chile (CLT -04); 'dura una hora' -> end 15:00Z")
def m09():
    body = t("""
        Hola Matías, ¿cómo estás?

        Con gusto te confirmo la entrevista técnica con Julián y Mateo del equipo de Plataforma
        para el jueves 9 de julio a las 9:00 a.m. hora Colombia (10:00 a.m. hora de Chile).
        La sesión dura una hora: unos 40 minutos de live coding y el resto para tus preguntas.

        Te comparto los datos de Zoom:

        Valentina Restrepo le está invitando a una reunión de Zoom programada.

        Tema: Entrevista técnica - Matías Contreras
        Hora: 9 jul 2026 09:00 a. m. Bogotá

        Unirse a la reunión Zoom
        https://cafetalsoftware.zoom.us/j/81234567890?pwd=Q2FmZXRhbFpvb20yMDI2

        ID de reunión: 812 3456 7890
        Código de acceso: 402917

        Quedo atenta a cualquier inquietud.

        Cordialmente,

        Valentina Restrepo Gómez
        Talent Acquisition Specialist | Cafetal Software
        Bogotá, Colombia
        """)
    h = hdrs(addr("Valentina Restrepo Gómez", "valentina.restrepo@cafetalsoftware.co"),
             "Entrevista técnica - Cafetal Software", "2026-07-03 15:05:44", BOG,
             "<CAMv8Ws2nQp4Zr7Xe1Lk0bTy9cHd3gFa5uJo6iRm@mail.gmail.com>",
             ("mail-pj1-f53.google.com", "209.85.216.53"))
    return message(h, gmail(body))


@reg(10, family="human_prose", lang="pt", interview=True, kind="scheduled", company="Banco Jatobá",
     start="2026-08-13T17:00:00Z", end="2026-08-13T18:30:00Z",
     contact="renata.albuquerque@jatoba.com.br", local="Thu 2026-08-13 14:00",
     local_end="2026-08-13 15:30", zone=SAO, days=(("Thu", "2026-08-13"),),
     note="Portuguese recruiter confirms the case interview 'quinta-feira, 13/08, às 14h (horário de "
          "Brasília)' = BRT -03 (no DST) -> 17:00Z (13h in Chile, CLT -04); 'Duração: 1h30' -> end 18:30Z; "
          "base64 body")
def m10():
    body = t("""
        Olá Matías, tudo bem?

        Conforme conversamos por telefone, confirmo sua entrevista de case com o time de
        Engenharia de Pagamentos na quinta-feira, 13/08, às 14h (horário de Brasília) - 13h
        no horário do Chile.

        Duração: 1h30
        Participantes: Thiago Nakamura (Tech Manager) e Bruna Lopes (Staff Engineer)
        Link: https://meet.google.com/jtb-case-qwe

        O case é sobre o desenho de uma API de Pix com idempotência; não precisa preparar nada
        antes, só trazer suas dúvidas 🙂

        Qualquer imprevisto, é só me avisar por aqui.

        Abraços,
        Renata Albuquerque
        Tech Recruiter | Banco Jatobá
        São Paulo - SP
        """)
    h = hdrs(addr("Renata Albuquerque", "renata.albuquerque@jatoba.com.br"),
             "Confirmação: entrevista de case – Banco Jatobá", "2026-08-10 10:12:05", SAO,
             "<CAGt5Rx7mWq2Lp9Ze4Kv1bNs8cYd0hFa3uJo6iTk@mail.gmail.com>",
             ("mail-qk1-f170.google.com", "209.85.222.170"))
    return message(h, gmail(body, cte="base64"))


@reg(11, family="outlook_prose", lang="es", interview=True, kind="scheduled", company="Ladrillo Digital",
     start="2026-03-30T14:00:00Z", contact="alvaro.sanz@ladrillodigital.es",
     local="Mon 2026-03-30 16:00", zone=MAD,
     note="Madrid recruiter (Outlook, windows-1252) sent Wed 25 Mar in CET; the interview 'lunes 30 de marzo "
          "a las 16:00 h, hora peninsular' is after Europe's DST start (29 Mar): CEST +02 = 14:00Z = 11:00 in "
          "Santiago (CLST -03); 'unos 45 minutos' -> end null")
def m11():
    body = t("""
        Hola Matías:

        Te confirmo la entrevista con Marta Iglesias (CTO) el lunes 30 de marzo a las 16:00 h,
        hora peninsular española (las 11:00 en Santiago, si no me equivoco con el cambio de hora
        del domingo). Será por Google Meet; te llegará la convocatoria desde su calendario.

        Durará unos 45 minutos. Marta querrá que le cuentes algún sistema que hayas diseñado de
        principio a fin, así que ve pensando en uno.

        Un saludo,

        Álvaro Sanz Moreno
        Talent Acquisition | Ladrillo Digital S.L.
        C/ de Alcalá 120, 28009 Madrid
        Tel. +34 911 23 45 67

        -----Mensaje original-----
        De: Matías Contreras <matias.contreras.dev@example.org>
        Enviado el: martes, 24 de marzo de 2026 22:41
        Para: Álvaro Sanz Moreno <alvaro.sanz@ladrillodigital.es>
        Asunto: Re: Proceso Backend Engineer – Ladrillo Digital

        Hola Álvaro, el lunes 30 por la tarde (hora de España) me viene perfecto. Quedo atento.
        Saludos,
        Matías
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="ES" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Hola Matías:</p>
        <p class="MsoNormal">Te confirmo la entrevista con Marta Iglesias (CTO) el lunes 30 de marzo a las
        16:00 h, hora peninsular española (las 11:00 en Santiago, si no me equivoco con el cambio de hora
        del domingo). Será por Google Meet; te llegará la convocatoria desde su calendario.</p>
        <p class="MsoNormal">Durará unos 45 minutos. Marta querrá que le cuentes algún sistema que hayas
        diseñado de principio a fin, así que ve pensando en uno.</p>
        <p class="MsoNormal">Un saludo,</p>
        <p class="MsoNormal"><b>Álvaro Sanz Moreno</b><br>Talent Acquisition | Ladrillo Digital S.L.<br>
        C/ de Alcalá 120, 28009 Madrid<br>Tel. +34 911 23 45 67</p>
        <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
        <p class="MsoNormal"><b>De:</b> Matías Contreras &lt;matias.contreras.dev@example.org&gt;<br>
        <b>Enviado el:</b> martes, 24 de marzo de 2026 22:41<br>
        <b>Para:</b> Álvaro Sanz Moreno &lt;alvaro.sanz@ladrillodigital.es&gt;<br>
        <b>Asunto:</b> Re: Proceso Backend Engineer – Ladrillo Digital</p></div>
        <p class="MsoNormal">Hola Álvaro, el lunes 30 por la tarde (hora de España) me viene perfecto.
        Quedo atento.<br>Saludos,<br>Matías</p>
        </div></body></html>
        """)
    h = hdrs(addr("Álvaro Sanz Moreno", "alvaro.sanz@ladrillodigital.es", "windows-1252"),
             "RE: Proceso Backend Engineer – Ladrillo Digital", "2026-03-25 13:30:52", MAD,
             "<DB9PR06MB7345E2A1C3B4D5E6F7A8B9C0D1E2F3A4@DB9PR06MB7345.eurprd06.prod.outlook.com>",
             ("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.92"), charset="windows-1252",
             extra=(("Thread-Topic", enc("Proceso Backend Engineer – Ladrillo Digital", "windows-1252")),
                    ("Thread-Index", "AQHcnE1k7yq3b0fXkU6d2Rz8mPq4AgAC1xWA"),
                    ("In-Reply-To", "<CAKr8Lw1pZ9x3Qe7Vb2mTn0cYd4gHf6uJa5sRo1k@mail.gmail.com>"),
                    ("References", "<CAKr8Lw1pZ9x3Qe7Vb2mTn0cYd4gHf6uJa5sRo1k@mail.gmail.com>"),
                    ("Content-Language", "es-ES")))
    return message(h, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@reg(12, family="workday", lang="es", interview=True, kind="scheduled", company="Banco Costanera",
     start="2026-05-06T13:30:00Z", end="2026-05-06T14:30:00Z", contact=None,
     local="Wed 2026-05-06 09:30", local_end="2026-05-06 10:30", zone=SCL,
     note="Workday HTML-only notice: 'Fecha: 06/05/2026' is day/month = Wed 6 May; '09:30 - 10:30 (GMT-04:00) "
          "Santiago' -> 13:30Z-14:30Z; only names, no human address -> contact null")
def m12():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333333">
        <table width="640" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e0e0e0">
        <tr><td style="background:#003b71;padding:16px"><img src="https://wd3.myworkdaycdn.com/bancocostanera/logo.png" alt="Banco Costanera" height="32"></td></tr>
        <tr><td style="padding:24px">
        <p>Estimado/a Matías Contreras Lagos:</p>
        <p>Nos complace informarle que ha sido seleccionado/a para una entrevista para el puesto de
        <b>Ingeniero/a de Software Backend</b> (R-04518).</p>
        <h3 style="color:#003b71">Detalles de la entrevista</h3>
        <table cellpadding="4" cellspacing="0">
        <tr><td><b>Fecha:</b></td><td>06/05/2026</td></tr>
        <tr><td><b>Hora:</b></td><td>09:30 - 10:30 (GMT-04:00) Santiago</td></tr>
        <tr><td><b>Tipo:</b></td><td>Entrevista técnica - Presencial</td></tr>
        <tr><td><b>Lugar:</b></td><td>Torre Costanera, Av. Apoquindo 3650, piso 14, Las Condes.
        Preséntese en recepción con su cédula de identidad.</td></tr>
        <tr><td><b>Entrevistadores:</b></td><td>Gonzalo Fernández (Jefe de Desarrollo),
        Rocío Paredes (Business Partner TI)</td></tr>
        </table>
        <p>Si necesita modificar el horario, comuníquese con su reclutador a través del
        <a href="https://wd3.myworkdaysite.com/recruiting/bancocostanera/Costanera_Careers/userHome">Centro de candidatos</a>.</p>
        <p>Atentamente,<br>Reclutamiento y Selección<br>Banco Costanera</p>
        <p style="font-size:11px;color:#888888">Este es un mensaje automático; por favor no responda a este correo.</p>
        </td></tr></table>
        </body></html>
        """)
    h = hdrs(addr("Banco Costanera", "bancocostanera@myworkday.com"),
             "Entrevista programada: Ingeniero/a de Software Backend (R-04518)", "2026-04-30 22:02:51", UTCZ,
             "<1522874905.40817.1777586571203.JavaMail.wdprod@wd3-prod-mailer-12>",
             ("wd3-smtp-out-4.myworkday.com", "198.51.100.74"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, html(page))


@reg(13, family="teamtailor", lang="es", interview=True, kind="rescheduled", company="Lúcuma Labs",
     start="2026-06-12T16:00:00Z", end="2026-06-12T16:45:00Z",
     contact="catalina.herrera@lucumalabs.cl", local="Fri 2026-06-12 12:00",
     local_end="2026-06-12 12:45", zone=SCL, days=(("Thu", "2026-06-11"),),
     note="Teamtailor reschedule: new time viernes 12 de junio 12:00-12:45 (America/Santiago, CLT -04) = "
          "16:00Z-16:45Z, old Thursday slot also listed; ICS in UTC with SEQUENCE:1; contact = Reply-To")
def m13():
    body = t("""
        Hola Matías,

        Catalina Herrera cambió la hora de tu entrevista para el cargo Backend Developer (Elixir/Go).

        Nueva hora
        viernes, 12 de junio de 2026
        12:00 – 12:45 (America/Santiago)

        Hora anterior
        jueves, 11 de junio de 2026, 15:00 – 15:45

        Mensaje de Catalina:
        «Matías, perdona el cambio: a Benja le tocó turno de on-call el jueves. ¡Nos vemos el viernes!»

        Ubicación: Google Meet - https://meet.google.com/lcm-vbqx-tyr

        Adjuntamos un archivo .ics con la nueva hora para tu calendario.

        Saludos,
        Lúcuma Labs

        Powered by Teamtailor
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;background:#fafafa">
        <div style="max-width:580px;margin:24px auto;background:#ffffff;padding:28px;border-radius:10px">
        <p>Hola Matías,</p>
        <p>Catalina Herrera cambió la hora de tu entrevista para el cargo <b>Backend Developer (Elixir/Go)</b>.</p>
        <p style="font-size:13px;color:#666">Nueva hora</p>
        <p style="font-size:16px"><b>viernes, 12 de junio de 2026</b><br>12:00 – 12:45 (America/Santiago)</p>
        <p style="font-size:13px;color:#666">Hora anterior</p>
        <p style="text-decoration:line-through;color:#999">jueves, 11 de junio de 2026, 15:00 – 15:45</p>
        <p><b>Mensaje de Catalina:</b><br>«Matías, perdona el cambio: a Benja le tocó turno de on-call el
        jueves. ¡Nos vemos el viernes!»</p>
        <p>Ubicación: Google Meet - <a href="https://meet.google.com/lcm-vbqx-tyr">https://meet.google.com/lcm-vbqx-tyr</a></p>
        <p>Adjuntamos un archivo .ics con la nueva hora para tu calendario.</p>
        <p>Saludos,<br>Lúcuma Labs</p>
        <p style="font-size:11px;color:#aaa">Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//ES
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-3391827@teamtailor.com
        DTSTAMP:20260608T194112Z
        SEQUENCE:1
        DTSTART:20260612T160000Z
        DTEND:20260612T164500Z
        SUMMARY:Entrevista: Backend Developer (Elixir/Go) - Lúcuma Labs
        LOCATION:https://meet.google.com/lcm-vbqx-tyr
        ORGANIZER;CN=Catalina Herrera:mailto:catalina.herrera@lucumalabs.cl
        ATTENDEE;CN=Matías Contreras Lagos;RSVP=TRUE:mailto:matias.contreras.dev@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Lúcuma Labs", "no-reply@lucumalabs.teamtailor-mail.com"),
             "Tu entrevista con Lúcuma Labs fue reprogramada", "2026-06-08 15:41:12", SCL,
             "<6664b1e8a7c2d_1f3a9b2c7d41e@teamtailor-mailer-5c8b7.mail>",
             ("mail-out-11.teamtailor-mail.com", "185.70.40.111"),
             extra=(("Reply-To", addr("Catalina Herrera", "catalina.herrera@lucumalabs.cl")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="entrevista.ics",
                                     disposition="attachment", name_param=True)))


@reg(14, family="job_board_message", lang="es", interview=True, kind="scheduled", company="Quinchamalí Data",
     start="2026-10-27T20:30:00Z", contact="josefina.urrutia@quinchamali.io",
     local="Tue 2026-10-27 17:30", zone=SCL,
     note="Get on Board message relay: recruiter 'te agendé la entrevista técnica para el martes 27 de octubre "
          "a las 17:30 hrs (hora Chile)', October = CLST -03 -> 20:30Z; '1 hora aprox.' -> end null; contact = "
          "the recruiter address in her signature (the sender is the platform)")
def m14():
    body = t("""
        Hola Matías,

        Tienes un nuevo mensaje de Josefina Urrutia (Quinchamalí Data) sobre tu postulación a
        Backend Engineer (Go):

        ----------------------------------------------------------------------
        Hola Matías! Te agendé la entrevista técnica para el martes 27 de octubre a las
        17:30 hrs (hora Chile) con el Fede y la Anto del equipo core. Dura 1 hora aprox. y es
        por Meet: https://meet.google.com/qnc-hdtb-fzk
        Si te complica el horario avísame porfa.
        Saludos!
        Jose

        Josefina Urrutia · People · Quinchamalí Data
        josefina.urrutia@quinchamali.io
        ----------------------------------------------------------------------

        Responde directamente desde Get on Board:
        https://www.getonbrd.com/messages/conversations/8f41c2a7

        Get on Board · Santiago, Chile
        Recibes este correo porque postulaste a un empleo publicado en Get on Board.
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222">
        <div style="max-width:600px;margin:auto">
        <p>Hola Matías,</p>
        <p>Tienes un nuevo mensaje de <b>Josefina Urrutia (Quinchamalí Data)</b> sobre tu postulación a
        <b>Backend Engineer (Go)</b>:</p>
        <blockquote style="border-left:4px solid #5c2d91;margin:0;padding:8px 16px;background:#f6f2fb">
        Hola Matías! Te agendé la entrevista técnica para el martes 27 de octubre a las 17:30 hrs (hora
        Chile) con el Fede y la Anto del equipo core. Dura 1 hora aprox. y es por Meet:
        <a href="https://meet.google.com/qnc-hdtb-fzk">https://meet.google.com/qnc-hdtb-fzk</a><br>
        Si te complica el horario avísame porfa.<br>Saludos!<br>Jose<br><br>
        Josefina Urrutia · People · Quinchamalí Data<br>
        <a href="mailto:josefina.urrutia@quinchamali.io">josefina.urrutia@quinchamali.io</a>
        </blockquote>
        <p><a href="https://www.getonbrd.com/messages/conversations/8f41c2a7"
        style="background:#5c2d91;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Responder</a></p>
        <p style="font-size:11px;color:#888">Get on Board · Santiago, Chile<br>
        Recibes este correo porque postulaste a un empleo publicado en Get on Board.</p>
        </div></body></html>
        """)
    h = hdrs(addr("Get on Board", "notifications@getonbrd.com"),
             "Quinchamalí Data te envió un mensaje sobre Backend Engineer (Go)", "2026-10-22 11:30:07", SCL,
             "<6717b6a3e1f0c_2a4b1c9d8e7f@getonbrd-app-7f9d.mail>",
             ("o7.sendgrid.getonbrd.com", "167.89.55.7"))
    return message(h, alt(text(body), html(page)))


@reg(15, family="lever", lang="en", interview=True, kind="scheduled", company="Harborview Data",
     start="2026-11-02T19:00:00Z", end="2026-11-02T20:00:00Z",
     contact="megan.cho@harborviewdata.com", local="Mon 2026-11-02 11:00",
     local_end="2026-11-02 12:00", zone=LAX,
     note="Lever confirmation sent Wed 28 Oct in PDT; the interview is the day after US DST end (Sun 1 Nov): "
          "11:00am-12:00pm PST -08 = 19:00Z-20:00Z (16:00 in Santiago, CLST -03); ICS with TZID "
          "America/Los_Angeles; contact = Reply-To coordinator")
def m15():
    body = t("""
        Hi Matías,

        You're confirmed for your interview with Harborview Data! Here are the details:

        Monday, November 2, 2026
        11:00am - 12:00pm PST

        Technical Deep Dive with Priya Raman and Tom Becker
        Google Meet: https://meet.google.com/hvd-tqpm-wzc

        We've attached a calendar invite. Please let me know if you have any questions or need
        to make any changes.

        Thanks,
        Megan Cho
        Recruiting Coordinator, Harborview Data
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Matías,</p>
        <p>You're confirmed for your interview with Harborview Data! Here are the details:</p>
        <p><strong>Monday, November 2, 2026</strong><br>11:00am - 12:00pm PST</p>
        <p>Technical Deep Dive with Priya Raman and Tom Becker<br>
        Google Meet: <a href="https://meet.google.com/hvd-tqpm-wzc">https://meet.google.com/hvd-tqpm-wzc</a></p>
        <p>We've attached a calendar invite. Please let me know if you have any questions or need
        to make any changes.</p>
        <p>Thanks,<br>Megan Cho<br>Recruiting Coordinator, Harborview Data</p>
        <p style="color:#999;font-size:11px">Sent via Lever</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/Los_Angeles"] + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-interview-0c7e9a12-55b4-4f3d-8a61-2d9e7b4c1f08
        DTSTAMP:20261028T234503Z
        DTSTART;TZID=America/Los_Angeles:20261102T110000
        DTEND;TZID=America/Los_Angeles:20261102T120000
        SUMMARY:Harborview Data - Technical Deep Dive (Matías Contreras)
        LOCATION:https://meet.google.com/hvd-tqpm-wzc
        ORGANIZER;CN=Megan Cho:mailto:megan.cho@harborviewdata.com
        ATTENDEE;CN=Matías Contreras;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:matias.contreras.dev@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Harborview Data", "no-reply@hire.lever.co"),
             "Interview confirmed: Senior Backend Engineer at Harborview Data", "2026-10-28 16:45:03", LAX,
             "<0100019a2f3e4d5c-8b7a6f5e-4d3c-2b1a-0f9e-8d7c6b5a4f3e-000000@email.lever.co>",
             ("a8-33.smtp-out.amazonses.com", "54.240.8.33"),
             extra=(("Reply-To", addr("Megan Cho", "megan.cho@harborviewdata.com")),))
    return message(h, mixed(alt(text(body), html(page)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@reg(16, family="note_to_self", lang="es", interview=True, kind="scheduled", company="Cobre Digital Andes",
     start="2026-07-16T14:30:00Z", contact="marcela.rios@hunterandino.cl",
     local="Thu 2026-07-16 10:30", zone=SCL,
     note="Mail to self with pasted WhatsApp lines from the agency recruiter: 'confirmado para el jueves 16 a "
          "las 10 y media' = CLT -04 -> 14:30Z; 'aprox 1 hora' -> end null; contact = the agency recruiter's "
          "address written in the note (never the candidate); company = the hiring company")
def m16():
    body = t("""
        para no perderlo, lo que me mandó la Marcela (Hunter Andino, marcela.rios@hunterandino.cl) por wsp:

        [14/7/26, 10:42:11] Marcela Ríos Hunter Andino: Matías!! confirmado para el jueves 16 a las 10 y media en Cobre Digital
        [14/7/26, 10:42:40] Marcela Ríos Hunter Andino: Av. Apoquindo 4501 piso 9, lleva carnet pa registrarte en recepción
        [14/7/26, 10:43:05] Marcela Ríos Hunter Andino: te entrevistan el gerente de TI (Jorge Zamorano) y alguien de RRHH, aprox 1 hora
        [14/7/26, 10:51:32] Matías Contreras: perfecto, ahí estaré 👍

        - imprimir CV
        - repasar lo de Kafka / outbox pattern
        - salir 9:45 (metro Escuela Militar)
        """)
    h = [
        ("Received", "by 2002:a05:7300:6c14:b0:1a4:5e2f:9b1c with SMTP id r20csp184213dyb;\r\n"
                     " " + date("2026-07-14 10:55:30", SCL)),
        ("From", addr("Matías Contreras", ME)),
        ("To", addr("Matías Contreras", ME)),
        ("Subject", "entrevista cobre digital jueves!!"),
        ("Date", date("2026-07-14 10:55:29", SCL)),
        ("Message-ID", "<CAN4mRw8pQ1zX7vLk2Tb9cYe0dHg5fJu3sAo6iRn@mail.example.org>"),
    ]
    return message(h, text(body, cte="8bit"))


@reg(17, family="human_prose", lang="es", interview=True, kind="scheduled", company="Inti Pagos",
     start="2026-08-21T14:00:00Z", end="2026-08-21T14:45:00Z", contact="gparedes@intipagos.pe",
     local="Fri 2026-08-21 09:00", local_end="2026-08-21 09:45", zone=LIM,
     note="Formal Peruvian HTML-only (base64) mail from a shared selection mailbox: 'viernes 21 de agosto a las "
          "9:00 a.m. (hora de Lima, PET)' = -05 -> 14:00Z, 'duración de 45 minutos' -> 14:45Z; contact = the "
          "analyst's address in the signature")
def m17():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
        <p>Estimado Matías:</p>
        <p>Reciba un cordial saludo de parte del equipo de Gestión del Talento de Inti Pagos.</p>
        <p>Por medio del presente le confirmamos su <b>entrevista final</b> con nuestro CTO, el
        Sr. Renzo Castañeda Flores, para el día <b>viernes 21 de agosto a las 9:00 a.m. (hora de Lima, PET)</b>.
        La reunión se realizará por Microsoft Teams y tendrá una duración de 45 minutos.</p>
        <p>Enlace de la reunión:
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTA3YjE0%40thread.v2/0">Unirse a la reunión</a></p>
        <p>Le agradeceremos confirmar su asistencia respondiendo este correo.</p>
        <p>Atentamente,</p>
        <p><b>Giuliana Paredes Vásquez</b><br>
        Analista de Gestión del Talento<br>
        Inti Pagos S.A.C. | Av. José Larco 1301, Miraflores, Lima<br>
        <a href="mailto:gparedes@intipagos.pe">gparedes@intipagos.pe</a> | +51 1 612 3400 anexo 215</p>
        <p style="font-size:8pt;color:#7f7f7f">Este mensaje y sus anexos son confidenciales y para uso
        exclusivo del destinatario.</p>
        </div></body></html>
        """)
    h = hdrs(addr("Selección Inti Pagos", "seleccion@intipagos.pe"),
             "Confirmación de entrevista final - Desarrollador Backend Senior", "2026-08-17 17:20:44", LIM,
             "<BN8PR12MB3377C1D2E3F4A5B6C7D8E9F0A1B2C3D4@BN8PR12MB3377.namprd12.prod.outlook.com>",
             ("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.55"),
             extra=(("Content-Language", "es-PE"),))
    return message(h, html(page, cte="base64"))


@reg(18, family="exchange", lang="es", interview=True, kind="cancelled", company="Grupo Maguey Digital",
     start="2026-09-22T17:00:00Z", end="2026-09-22T18:00:00Z",
     contact="ricardo.dominguez@grupomaguey.mx", local="Tue 2026-09-22 11:00",
     local_end="2026-09-22 12:00", zone=MEX,
     note="Exchange cancellation (METHOD:CANCEL) with TZID 'Central Standard Time (Mexico)': Mexico City has "
          "no DST since 2022, so martes 22 sep 11:00-12:00 -06 = 17:00Z-18:00Z; contact = human ORGANIZER")
def m18():
    body = t("""
        Cuándo: martes, 22 de septiembre de 2026 11:00-12:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Matías, buen día.

        Te ofrezco una disculpa: la vacante se congeló por presupuesto y tenemos que cancelar la
        entrevista del martes. Si se vuelve a abrir te busco de inmediato.

        Saludos,
        Ricardo Domínguez
        Gerente de Ingeniería | Grupo Maguey Digital
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time (Mexico)"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Ricardo Domínguez Lara:mailto:ricardo.dominguez@grupomaguey.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=matias.contreras.dev@example.org:mailto:matias.contreras.dev@example.org
        DESCRIPTION;LANGUAGE=es-MX:Matías\\, buen día.\\n\\nTe ofrezco una disculpa: la vacante se congeló por presupuesto y tenemos que cancelar la entrevista del martes.\\n
        UID:040000008200E00074C5B7101A82E008000000007E1C9A2B4D46DC01000000000000000010000000F2A8D1C3E5B7493A9C0E2F4A6B8D1E3F
        SUMMARY;LANGUAGE=es-MX:Cancelado: Entrevista técnica - Backend Sr. (Matías Contreras)
        DTSTART;TZID=Central Standard Time (Mexico):20260922T110000
        DTEND;TZID=Central Standard Time (Mexico):20260922T120000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260918T161240Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1893365412
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Matías, buen día.</p>
        <p>Te ofrezco una disculpa: la vacante se congeló por presupuesto y tenemos que cancelar la
        entrevista del martes. Si se vuelve a abrir te busco de inmediato.</p>
        <p>Saludos,<br>Ricardo Domínguez<br>Gerente de Ingeniería | Grupo Maguey Digital</p>
        </div></body></html>
        """)
    h = hdrs(addr("Ricardo Domínguez Lara", "ricardo.dominguez@grupomaguey.mx"),
             "Cancelado: Entrevista técnica - Backend Sr. (Matías Contreras)", "2026-09-18 16:12:40", UTCZ,
             "<MN2PR15MB4012B7C6D5E4F3A2B1C0D9E8F7A6B5C4@MN2PR15MB4012.namprd15.prod.outlook.com>",
             ("NAM15-MN2-obe.outbound.protection.outlook.com", "40.107.94.61"),
             extra=(("Thread-Topic", enc("Entrevista técnica - Backend Sr. (Matías Contreras)")),
                    ("Thread-Index", "AdsnM2q8k1vQe7pWR0a3uT9mLxZ4Bg=="),
                    ("Importance", "high"),
                    ("Content-Language", "es-MX")))
    return message(h, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@reg(19, family="google_calendar", lang="es", interview=True, kind="rescheduled", company="Yerba Labs",
     start="2026-09-10T17:00:00Z", end="2026-09-10T18:00:00Z",
     contact="facundo.rinaldi@yerbalabs.com.ar", local="Thu 2026-09-10 14:00",
     local_end="2026-09-10 15:00", zone=BUE, days=(("Wed", "2026-09-09"),),
     note="Google Calendar 'Invitación actualizada' from Buenos Aires: moved from Wed 9 Sep 11:00 to jueves 10 "
          "sep 14:00-15:00 hora de Argentina (-03) = 17:00Z-18:00Z (also 14:00 in Santiago, CLST -03 since "
          "6 Sep); ICS SEQUENCE:1 in UTC; contact = organizer")
def m19():
    eid = "N2Jxc2Y0bDFnOXZjMnRyMGVrNmhtdTNwYWQgbWF0aWFzLmNvbnRyZXJhcy5kZXZAZXhhbXBsZS5vcmc"
    body = t(f"""
        Se cambió este evento.

        Entrevista técnica - Yerba Labs
        Cambió: jueves, 10 de septiembre de 2026⋅14:00 – 15:00
        Hora estándar de Argentina - Buenos Aires
        Antes: miércoles, 9 de septiembre de 2026⋅11:00 – 12:00

        Facundo Rinaldi agregó un mensaje:
        Che Matías, la movimos al jueves así se suma Flor del equipo de datos. Mismo link.

        Información para unirse a Google Meet
        Enlace de la videollamada: https://meet.google.com/yrb-lbsx-qpt

        Organizador
        Facundo Rinaldi
        facundo.rinaldi@yerbalabs.com.ar

        Invitados
        Facundo Rinaldi - organizador
        Florencia Gaitán
        matias.contreras.dev@example.org
        Ver todos los detalles de los invitados
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        """) + GCAL_FOOTER_ES
    page = t("""
        <html><head></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="color:#1a73e8">Se cambió este evento.</p>
        <h2 style="font-size:22px;font-weight:400">Entrevista técnica - Yerba Labs</h2>
        <p><span style="background:#e6f4ea">Cambió:</span> jueves, 10 de septiembre de 2026⋅14:00 – 15:00<br>
        Hora estándar de Argentina - Buenos Aires<br>
        <span style="text-decoration:line-through;color:#80868b">miércoles, 9 de septiembre de 2026⋅11:00 – 12:00</span></p>
        <p><b>Facundo Rinaldi agregó un mensaje:</b><br>Che Matías, la movimos al jueves así se suma Flor
        del equipo de datos. Mismo link.</p>
        <p><a href="https://meet.google.com/yrb-lbsx-qpt">Unirse con Google Meet</a></p>
        <p><b>Organizador</b><br>Facundo Rinaldi<br>facundo.rinaldi@yerbalabs.com.ar</p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260910T170000Z
        DTEND:20260910T180000Z
        DTSTAMP:20260907T190021Z
        ORGANIZER;CN=Facundo Rinaldi:mailto:facundo.rinaldi@yerbalabs.com.ar
        UID:7bqsf4l1g9vc2tr0ek6hmu3pad@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Facundo Rinaldi;X-NUM-GUESTS=0:mailto:facundo.rinaldi@yerbalabs.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Gaitán;X-NUM-GUESTS=0:mailto:florencia.gaitan@yerbalabs.com.ar
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=matias.contreras.dev@example.org;X-NUM-GUESTS=0:mailto:matias.contreras.dev@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/yrb-lbsx-qpt
        CREATED:20260901T142233Z
        DESCRIPTION:Entrevista técnica con el equipo de plataforma de Yerba Labs.
        LAST-MODIFIED:20260907T190021Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica - Yerba Labs
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Facundo Rinaldi", "facundo.rinaldi@yerbalabs.com.ar"),
             "Invitación actualizada: Entrevista técnica - Yerba Labs @ jue 10 sept 2026 14:00 - 15:00 "
             "(GMT-3) (matias.contreras.dev@example.org)",
             "2026-09-07 16:00:21", BUE, "<calendar-c41e7a90-3b58-4d2f-9e16-a7b0c3d5e8f2@google.com>",
             ("mail-sor-f72.google.com", "209.85.220.72"),
             extra=(("Reply-To", addr("Facundo Rinaldi", "facundo.rinaldi@yerbalabs.com.ar")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    body_alt = alt(text(body), html(page), calendar(ics, cte="quoted-printable"))
    return message(h, mixed(body_alt, calendar(ics, cte="base64", ctype="application/ics",
                                               filename="invite.ics", disposition="attachment",
                                               name_param=True)))


@reg(20, family="human_reply", lang="en", interview=True, kind="cancelled", company="Northgate Ledger",
     start="2026-01-22T18:00:00Z", contact="jess.alvarez@northgateledger.com",
     local="Thu 2026-01-22 13:00", zone=NYC, days=(("Wed", "2026-01-14"),),
     note="Recruiter cancels 'our call this Thursday (Jan 22, 1:00pm ET)' because the req is on hold; "
          "January = EST -05 -> 18:00Z (3:00pm in Santiago, CLST -03, as the quoted confirmation says); "
          "no length -> end null")
def m20():
    body = t("""
        Hi Matías,

        I'm so sorry to do this, but the Staff Backend req was just put on hold by finance, so I
        have to cancel our call this Thursday (Jan 22, 1:00pm ET). I know you moved things around
        for it - apologies.

        I'll reach out as soon as it reopens, and I've flagged your profile for the next backend
        opening.

        Best,
        Jess

        Jessica Alvarez | Talent Partner | Northgate Ledger

        On Wed, Jan 14, 2026 at 4:12 PM Jessica Alvarez <jess.alvarez@northgateledger.com> wrote:
        > Great, you're all set for Thursday, January 22 at 1:00pm ET (3:00pm for you in
        > Santiago). I'll send a Zoom link the day before.
        >
        > Jess
        """)
    h = hdrs(addr("Jessica Alvarez", "jess.alvarez@northgateledger.com"),
             "Re: Recruiter screen - Northgate Ledger", "2026-01-19 08:55:16", NYC,
             "<CAPz3Ht6kWm1Lq8Xe2Vb9nRc0gYd5sFa7uJo4iTk@mail.gmail.com>",
             ("mail-oi1-f181.google.com", "209.85.167.181"),
             extra=(("In-Reply-To", "<CAPz3Ht2aQw7Lm0Xe5Vb1nRc8gYd3sFa9uJo2iTk@mail.gmail.com>"),
                    ("References", "<CAPz3Ht2aQw7Lm0Xe5Vb1nRc8gYd3sFa9uJo2iTk@mail.gmail.com>")))
    return message(h, gmail(body))


@reg(21, family="human_reply", lang="es", interview=True, kind="rescheduled", company="Austral Envíos",
     start="2026-12-07T19:00:00Z", contact="felipe.soto@australenvios.cl",
     local="Mon 2026-12-07 16:00", zone=SCL, days=(("Fri", "2026-12-04"), ("Tue", "2026-12-01")),
     note="Chilean texting-style reschedule from an iPhone: 'la pasamos pal lunes 7 de diciembre a las 16 hrs' "
          "(quoted old slot: viernes 4 de diciembre 12:00); December = CLST -03 -> 19:00Z; no length")
def m21():
    body = t("""
        Matías, cambio de planes po: la entrevista con el gerente la pasamos pal lunes 7 de
        diciembre a las 16 hrs, mismo link de Meet. Al Cristián le salió un viaje a Puerto Montt
        el viernes.
        Cachai? Cualquier cosa me avisas al wsp.
        Saludos!
        Felipe

        Enviado desde mi iPhone

        > El 1 dic 2026, a las 10:05, Felipe Soto <felipe.soto@australenvios.cl> escribió:
        >
        > Hola Matías, te confirmo la entrevista con Cristián Vergara (gerente TI) para el
        > viernes 4 de diciembre a las 12:00. Te mando el link de Meet.
        > Saludos,
        > Felipe Soto
        > Reclutamiento TI | Austral Envíos
        """)
    h = hdrs(addr("Felipe Soto", "felipe.soto@australenvios.cl"),
             "Re: Entrevista gerente TI - Austral Envíos", "2026-12-03 19:20:37", SCL,
             "<7E3B2A91-5C4D-4F6E-8A1B-2C3D4E5F6A7B@australenvios.cl>",
             ("mail-pf1-f172.google.com", "209.85.210.172"),
             extra=(("In-Reply-To", "<CAMh2Qw9pZ4x1Le7Vb3mTn8cYd0gHf5uJa2sRo6k@mail.gmail.com>"),
                    ("References", "<CAMh2Qw9pZ4x1Le7Vb3mTn8cYd0gHf5uJa2sRo6k@mail.gmail.com>"),
                    ("X-Mailer", "iPhone Mail (22B91)")))
    return message(h, text(body))


@reg(22, family="successfactors", lang="es", interview=True, kind="scheduled", company="Llullaillaco Digital",
     start="2026-10-19T18:00:00Z", end="2026-10-19T19:00:00Z",
     contact="daniela.pizarro@llullaillaco.cl", local="Mon 2026-10-19 15:00",
     local_end="2026-10-19 16:00", zone=SCL,
     note="SuccessFactors interview invitation from noreply with ICS (TZID America/Santiago): lunes 19 de "
          "octubre 15:00-16:00, CLST -03 -> 18:00Z-19:00Z; contact = human ICS ORGANIZER")
def m22():
    body = t("""
        Estimado(a) Matías Contreras Lagos,

        Gracias por su interés en el cargo Ingeniero/a de Software Backend (Req. 10482) en
        Llullaillaco Digital.

        Le confirmamos que su entrevista ha sido programada con los siguientes detalles:

        Fecha: lunes, 19 de octubre de 2026
        Hora: 15:00 - 16:00 (America/Santiago)
        Entrevistador(es): Daniela Pizarro Olivares; Marcos Tapia Ruiz
        Ubicación: Microsoft Teams (ver invitación adjunta)

        Adjuntamos una invitación de calendario (.ics).

        Saludos cordiales,
        Equipo de Reclutamiento
        Llullaillaco Digital

        Este correo ha sido generado automáticamente. Por favor no responda a este mensaje.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SuccessFactors//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/Santiago"] + "\n" + t("""
        BEGIN:VEVENT
        UID:SF-INT-10482-77310264@successfactors.com
        DTSTAMP:20261013T130412Z
        DTSTART;TZID=America/Santiago:20261019T150000
        DTEND;TZID=America/Santiago:20261019T160000
        SUMMARY:Entrevista - Ingeniero/a de Software Backend - Matías Contreras Lagos
        LOCATION:Microsoft Teams
        DESCRIPTION:Unirse a la reunión: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TGx1bGx
        ORGANIZER;CN=Daniela Pizarro Olivares:mailto:daniela.pizarro@llullaillaco.cl
        ATTENDEE;CN=Matías Contreras Lagos;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:matias.contreras.dev@example.org
        ATTENDEE;CN=Marcos Tapia Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marcos.tapia@llullaillaco.cl
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Llullaillaco Digital Reclutamiento", "noreply@successfactors.com"),
             "Invitación a entrevista: Ingeniero/a de Software Backend - Llullaillaco Digital",
             "2026-10-13 10:04:12", SCL, "<1216093452.118734.1792155852114@sfmail-dc12.successfactors.com>",
             ("mail12.successfactors.com", "155.56.128.12"),
             extra=(("X-SF-Notification", "INTERVIEW_SCHEDULED"),))
    return message(h, mixed(text(body), calendar(ics, cte="base64", filename="Entrevista.ics",
                                                 disposition="attachment", name_param=True)))


@reg(23, family="job_board_message", lang="es", interview=True, kind="scheduled", company="Tamarugal Analytics",
     start="2026-11-04T12:00:00Z", contact="projas@tamarugal.cl",
     local="Wed 2026-11-04 09:00", zone=SCL,
     note="Trabajando.com message relay (iso-8859-1 QP): in-person interview 'miércoles 4 de noviembre a las "
          "9:00 AM', CLST -03 -> 12:00Z; 'Se estima una duración de 1 hora y media' is an estimate -> end "
          "null; contact = the recruiter address in her signature")
def m23():
    body = t("""
        Hola Matías Contreras Lagos:

        Tamarugal Analytics te ha enviado un mensaje relacionado con tu postulación al cargo
        "Desarrollador Backend Semi Senior / Senior - Proyectos Mineros":

        ----------------------------------------------------------------
        Estimado Matías:

        Junto con saludar, le confirmamos su entrevista presencial para el miércoles 4 de
        noviembre a las 9:00 AM en nuestras oficinas de Av. Isidora Goyenechea 2800, piso 12,
        Las Condes. Lo recibirán Pamela Rojas (Jefa de Selección) y Esteban Muñoz (Líder
        Técnico). Se estima una duración de 1 hora y media.

        Favor traer cédula de identidad.

        Saludos cordiales,
        Pamela Rojas Díaz
        Jefa de Selección - Tamarugal Analytics
        projas@tamarugal.cl
        ----------------------------------------------------------------

        Para responder este mensaje ingresa a tu cuenta en www.trabajando.cl, sección
        "Mis postulaciones".

        Trabajando.com - Conectando talento
        Si no deseas recibir más notificaciones, modifica tus preferencias en tu cuenta.
        """)
    h = hdrs(addr("Trabajando.com", "notificaciones@trabajando.com"),
             "Tamarugal Analytics te ha enviado un mensaje", "2026-10-29 12:40:55", SCL,
             "<20261029154055.7A3F21C0E9@mailer2.trabajando.com>",
             ("mailer2.trabajando.com", "200.68.14.32"), charset="iso-8859-1")
    return message(h, text(body, charset="iso-8859-1"))


# =========================================================================== negatives


@reg(24, family="job_alert", lang="es", interview=False, company=None,
     note="LinkedIn job alert digest (badges 'Contratación activa', 'Solicitud sencilla'); nothing scheduled")
def m24():
    body = t("""
        Tus alertas de empleo para desarrollador backend
        10 nuevos empleos en Región Metropolitana de Santiago, Chile que coinciden con tus preferencias.

        Desarrollador/a Backend Senior
        Aconcagua Retail
        Las Condes, Región Metropolitana de Santiago, Chile (Híbrido)
        Contratación activa · Hace 2 días
        Ver empleo: https://www.linkedin.com/comm/jobs/view/4012345678/

        Backend Engineer (Go) - Pagos
        Cóndor Pagos
        Santiago, Región Metropolitana de Santiago, Chile (En remoto)
        Sé de los primeros 25 solicitantes · Solicitud sencilla
        Ver empleo: https://www.linkedin.com/comm/jobs/view/4012398811/

        Ingeniero de Software Java
        Minera Digital del Norte
        Santiago, Chile (Presencial)
        Tu perfil coincide con 8 de 10 aptitudes
        Ver empleo: https://www.linkedin.com/comm/jobs/view/4012411209/

        Senior Backend Developer - Node.js
        Tienda Viva
        Providencia, Región Metropolitana de Santiago, Chile (Híbrido)
        Hace 1 semana · 87 solicitudes
        Ver empleo: https://www.linkedin.com/comm/jobs/view/4011987634/

        Ver todos los empleos: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1893225

        ----------------------------------------
        Recibes alertas de empleo de LinkedIn.
        Cancelar suscripción: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn
        Ayuda: https://www.linkedin.com/help/linkedin/answer/67?lang=es
        © 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
        """)
    page = "<html><body style=\"font-family:-apple-system,system-ui,Arial,sans-serif\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    h = hdrs(addr("Alertas de empleo de LinkedIn", "jobalerts-noreply@linkedin.com"),
             "“desarrollador backend”: Aconcagua Retail y 9 empleos más en Región Metropolitana de Santiago",
             "2026-08-24 08:12:33", SCL, "<1483920571.4418812.1787573553721@ltx1-app3322.prod.linkedin.com>",
             ("mailb-ab.linkedin.com", "108.174.3.221"),
             extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("X-LinkedIn-Class", "JOBS-ALERT"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@reg(25, family="application_ack", lang="es", interview=False, company="Quinchamalí Data",
     note="Get on Board application receipt; 'te contactarán ... para coordinar una entrevista' is future, no time")
def m25():
    body = t("""
        ¡Tu postulación fue enviada! 🚀

        Backend Engineer (Go)
        Quinchamalí Data · Remoto (Chile) · USD 3.200 - 4.000 / mes

        ¿Qué viene ahora?
        Quinchamalí Data revisará tu perfil. Si avanzas en el proceso, te contactarán por este
        mismo medio para coordinar una entrevista.

        Tiempo de respuesta promedio de esta empresa: 4 días hábiles.

        Puedes seguir el estado de tu postulación aquí:
        https://www.getonbrd.com/myjobs/applications/4410982

        ¡Mucho éxito!
        El equipo de Get on Board
        """)
    h = hdrs(addr("Get on Board", "notifications@getonbrd.com"),
             "Postulaste a Backend Engineer (Go) en Quinchamalí Data", "2026-10-13 21:07:44", SCL,
             "<670c5f38a1b2c_3c4d5e6f7a8b@getonbrd-app-7f9d.mail>",
             ("o7.sendgrid.getonbrd.com", "167.89.55.7"))
    return message(h, text(body))


@reg(26, family="rejection", lang="es", interview=False, company="Mercado Austral",
     days=(("Thu", "2026-04-09"),),
     note="Buk rejection after the interview of 'jueves 9 de abril' (a past date); no new time")
def m26():
    body = t("""
        Hola Matías,

        Queremos agradecerte por participar en el proceso de selección para el cargo
        Desarrollador/a Backend Sr. - Checkout y por el tiempo que dedicaste a la entrevista del
        jueves 9 de abril con el equipo.

        Luego de evaluar cuidadosamente a todas las personas que participaron, hemos decidido
        continuar con otros candidatos cuyo perfil se ajusta más a lo que buscamos en esta etapa.

        Guardaremos tus datos en nuestra base para futuras oportunidades y te deseamos mucho
        éxito en tu búsqueda.

        Saludos cordiales,
        Equipo de Talento
        Mercado Austral

        --
        Este correo fue enviado a través de Buk. Por favor no respondas a esta dirección.
        """)
    h = hdrs(addr("Mercado Austral vía Buk", "no-reply@buk.cl"),
             "Actualización de tu postulación - Mercado Austral", "2026-04-20 12:30:18", SCL,
             "<0100018f0b4c7d2e-1a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d-000000@email.amazonses.com>",
             ("a48-114.smtp-out.amazonses.com", "54.240.48.114"))
    return message(h, text(body))


@reg(27, family="offer", lang="es", interview=False, company="Pampa Pagos", days=(("Fri", "2026-06-12"),),
     note="Argentine job offer with a PDF letter and an answer deadline 'viernes 12 de junio'; an optional call "
          "'decinos qué día te queda cómodo' has no time")
def m27():
    body = t("""
        Hola Matías!

        ¡Qué alegría escribirte esto! Después de las charlas con Nico y el equipo, queremos
        hacerte una propuesta para sumarte como Backend Engineer Sr. 🎉

        Te adjunto la carta oferta con el detalle: USD 4.800 brutos mensuales, contratación vía
        Deel como contractor, 100% remoto, 15 días hábiles de vacaciones y presupuesto anual
        para formación.

        Te pedimos que nos confirmes antes del viernes 12 de junio. Si querés, armamos una
        llamada con Nico para charlar dudas; decinos qué día te queda cómodo.

        Abrazo grande,
        Lu

        --
        Lucía Bertolini
        Talent Acquisition · Pampa Pagos
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
           b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n"
           b"%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Carta_oferta_Matias_Contreras.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Carta_oferta_Matias_Contreras.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    h = hdrs(addr("Lucía Bertolini", "lucia.bertolini@pampapagos.com.ar"),
             "Propuesta - Backend Engineer Sr - Pampa Pagos", "2026-06-03 17:45:02", BUE,
             "<CAF3kq8Wv2Lp9Zx4Mt7yNb1nRc6gHd0sEo5aJu3i@mail.gmail.com>",
             ("mail-yw1-f182.google.com", "209.85.128.182"))
    return message(h, mixed(gmail(body), att))


@reg(28, family="recruiter_outreach", lang="es", interview=False, company="TalentoSur Consultores",
     note="LinkedIn InMail from an agency recruiter asking for 15 minutes 'esta semana o la próxima'; no time")
def m28():
    body = t("""
        Ignacia Pérez te envió un mensaje

        Oportunidad Backend Sr – fintech en Santiago

        Hola Matías, ¿cómo estás?

        Vi tu perfil y tu experiencia con Go y Kafka me pareció muy alineada con una búsqueda
        que estamos haciendo para una fintech chilena en expansión (modalidad híbrida, Las
        Condes, renta competitiva). ¿Tendrías 15 minutos esta semana o la próxima para
        conversar? Si me compartes tu número te llamo cuando te acomode.

        Saludos,
        Ignacia Pérez
        Senior Tech Recruiter @ TalentoSur Consultores

        Responder: https://www.linkedin.com/messaging/thread/2-YjQ5ZTg3MmQtMzRkZi00/

        ----------------------------------------
        Este es un mensaje InMail de LinkedIn. Recibes mensajes InMail porque tu perfil está
        abierto a oportunidades.
        © 2026 LinkedIn Corporation
        """)
    h = hdrs(addr("Ignacia Pérez vía LinkedIn", "inmail-hit-reply@linkedin.com"),
             "Oportunidad Backend Sr – fintech en Santiago", "2026-02-10 09:30:41", SCL,
             "<1092837465.7712093.1770726641120@ltx1-app1187.prod.linkedin.com>",
             ("mailb-ac.linkedin.com", "108.174.3.222"),
             extra=(("X-LinkedIn-Class", "INMAIL"),))
    return message(h, text(body))


@reg(29, family="scheduling_link", lang="es", interview=False, company="Lúcuma Labs",
     note="Teamtailor self-scheduling request ('Elige el horario que más te acomode'); nothing booked yet")
def m29():
    body = t("""
        Hola Matías,

        ¡Gracias por postular a Backend Developer (Elixir/Go) en Lúcuma Labs! Nos gustaría
        conocerte.

        Elige el horario que más te acomode para una entrevista de 45 minutos con Catalina
        Herrera:

        Elegir horario: https://lucumalabs.teamtailor.com/meetings/book/6f2a9c1e-41b7

        Los horarios disponibles se muestran en tu zona horaria. El enlace vence en 7 días.

        Saludos,
        Lúcuma Labs

        Powered by Teamtailor
        """)
    page = t("""
        <html><body style="font-family:Inter,Helvetica,Arial,sans-serif;background:#fafafa">
        <div style="max-width:580px;margin:24px auto;background:#ffffff;padding:28px;border-radius:10px">
        <p>Hola Matías,</p>
        <p>¡Gracias por postular a <b>Backend Developer (Elixir/Go)</b> en Lúcuma Labs! Nos gustaría conocerte.</p>
        <p>Elige el horario que más te acomode para una entrevista de 45 minutos con Catalina Herrera:</p>
        <p><a href="https://lucumalabs.teamtailor.com/meetings/book/6f2a9c1e-41b7"
        style="background:#f46b45;color:#fff;padding:12px 22px;border-radius:6px;text-decoration:none">Elegir horario</a></p>
        <p style="font-size:13px;color:#666">Los horarios disponibles se muestran en tu zona horaria.
        El enlace vence en 7 días.</p>
        <p>Saludos,<br>Lúcuma Labs</p>
        <p style="font-size:11px;color:#aaa">Powered by Teamtailor</p>
        </div></body></html>
        """)
    h = hdrs(addr("Lúcuma Labs", "no-reply@lucumalabs.teamtailor-mail.com"),
             "Agenda tu entrevista con Lúcuma Labs", "2026-06-02 10:15:26", SCL,
             "<665c7f2e9b1d4_1f3a9b2c7d41e@teamtailor-mailer-5c8b7.mail>",
             ("mail-out-11.teamtailor-mail.com", "185.70.40.111"),
             extra=(("Reply-To", addr("Catalina Herrera", "catalina.herrera@lucumalabs.cl")),))
    return message(h, alt(text(body), html(page)))


@reg(30, family="slot_proposal", lang="es", interview=False, company="Rocaviva",
     days=(("Tue", "2026-04-21"), ("Thu", "2026-04-23")),
     note="Recruiter proposes two slots (martes 21 11:00 / jueves 23 16:00) and asks which one; not agreed yet "
          "(the acceptance and confirmation come later in the thread)")
def m30():
    body = t("""
        Hola Matías! ¿Cómo estás?
        Para la conversación con Andrés te propongo dos opciones: martes 21 a las 11:00 o
        jueves 23 a las 16:00. Me cuentas cuál te sirve y te mando la invitación.
        Saludos,
        Constanza Fuentes | Talent Acquisition | Rocaviva
        """)
    h = hdrs(addr("Constanza Fuentes", "constanza.fuentes@rocaviva.cl"),
             "Conversación con jefe de Plataformas - Rocaviva", "2026-04-17 18:03:12", SCL,
             "<CAH7r2kN1a8Zw4Tq0pLm3vBc6xYe9fRd2uGs5hJk@mail.gmail.com>",
             ("mail-lf1-f45.google.com", "209.85.167.45"))
    return message(h, gmail(body))


@reg(31, family="take_home", lang="es", interview=False, company="Cóndor Pagos",
     days=(("Mon", "2026-03-23"),),
     note="Take-home challenge with a submission deadline 'lunes 23 de marzo a las 23:59 (hora de Chile)'; "
          "the review session is still to be scheduled")
def m31():
    body = t("""
        Hola Matías:

        ¡Gracias por la entrevista de ayer! Al equipo le gustó mucho cómo abordaste el ejercicio.

        El siguiente paso es un desafío técnico para desarrollar en casa: una pequeña API de
        conciliación de pagos en Go (el detalle está en el README del repositorio). Ya te
        invitamos al repo privado:
        https://github.com/condorpagos-hiring/desafio-conciliacion-mcontreras

        Plazo de entrega: lunes 23 de marzo a las 23:59 (hora de Chile).
        Calculamos que toma entre 4 y 6 horas; no es necesario que lo termines al 100%.

        Una vez que lo envíes, agendamos una sesión de revisión con Tomás.

        Saludos,
        Francisca Leiva
        Talent Partner | Cóndor Pagos
        """)
    h = hdrs(addr("Francisca Leiva", "francisca.leiva@condorpagos.cl"),
             "Desafío técnico - Cóndor Pagos", "2026-03-18 12:05:50", SCL,
             "<CAB9x2Lm4pQw8Zr1Tn7Vb3kYc0dHe5fGa6uJs2oR@mail.gmail.com>",
             ("mail-ej1-f52.google.com", "209.85.218.52"))
    return message(h, gmail(body))


@reg(32, family="assessment", lang="en", interview=False, company="Brightlane Payments",
     days=(("Mon", "2026-03-02"),),
     note="HackerRank coding test invitation: 90-minute test, link expires Mar 2 11:59 PM EST; no interview")
def m32():
    body = t("""
        Hi Matías,

        Brightlane Payments has invited you to take the Backend Engineer - Coding Assessment.

        Test details
        Duration: 90 minutes
        Questions: 3 (2 coding, 1 SQL)
        Invite expires: Mon, Mar 2, 2026 11:59 PM EST

        Once you start, you must complete the test in one sitting. Make sure you have a stable
        internet connection. You can try a sample test first to get familiar with the environment.

        Start test: https://www.hackerrank.com/test/9k2m4q7p1/login?b=eyJ1c2VybmFtZSI6Im1hdGlhcyJ9

        Good luck!
        Team HackerRank, on behalf of Brightlane Payments
        """)
    h = hdrs(addr("Brightlane Payments via HackerRank", "no-reply@hackerrankforwork.com"),
             "Brightlane Payments has invited you to take a test: Backend Engineer - Coding Assessment",
             "2026-02-23 10:00:12", NYC, "<0100018c9d8e7f6a-2b3c4d5e-6f7a-8b9c-0d1e-2f3a4b5c6d7e-000000@email.hackerrank.com>",
             ("a9-41.smtp-out.amazonses.com", "54.240.9.41"))
    return message(h, text(body))


@reg(33, family="non_interview_calendar", lang="es", interview=False, company=None,
     days=(("Mon", "2026-04-13"),),
     note="Dental appointment confirmation with an ICS (lunes 13 de abril 09:00); confirmed time, not an interview")
def m33():
    body = t("""
        Hola Matías,

        Tu reserva está confirmada ✅

        Servicio: Control y limpieza dental
        Profesional: Dra. Paz Larraín
        Fecha: lunes 13 de abril de 2026
        Hora: 09:00 hrs
        Dirección: Av. Providencia 2133, oficina 504, Providencia

        Te recomendamos llegar 10 minutos antes. Si necesitas cancelar o cambiar tu hora,
        hazlo con al menos 24 horas de anticipación desde este enlace:
        https://clinicadentallosleones.agendapro.com/cl/reservas/8123774

        Clínica Dental Los Leones
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//AgendaPro//Reservas//ES
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:reserva-8123774@agendapro.com
        DTSTAMP:20260408T151522Z
        DTSTART:20260413T130000Z
        DTEND:20260413T134500Z
        SUMMARY:Control y limpieza dental - Clínica Dental Los Leones
        LOCATION:Av. Providencia 2133\\, oficina 504\\, Providencia
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Clínica Dental Los Leones", "notificaciones@agendapro.com"),
             "Tu reserva está confirmada - Clínica Dental Los Leones", "2026-04-08 11:15:22", SCL,
             "<20260408151522.c9a1b7e3f2d4@agendapro.com>",
             ("o3.mail.agendapro.com", "168.245.12.3"))
    return message(h, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="reserva.ics",
                                                  disposition="attachment")))


@reg(34, family="non_interview_calendar", lang="es", interview=False, company=None,
     days=(("Tue", "2026-05-05"), ("Tue", "2026-12-29")),
     note="Exchange weekly 1:1 with the current manager (RRULE, TZID Pacific SA Standard Time) sent to the work "
          "address; a meeting, not an interview")
def m34():
    body = t("""
        Cuándo: Se produce cada martes a partir del 05-05-2026 hasta el 29-12-2026 de 10:00 a 10:30 (UTC-04:00) Santiago.
        Dónde: Sala Licancabur, piso 6 / Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Mati, dejo agendado nuestro 1:1 semanal. La idea es revisar avances del sprint,
        bloqueos y tu plan de desarrollo para el segundo semestre.

        Rodrigo
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Pacific SA Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rodrigo Saavedra Pino:mailto:rsaavedra@quillayretail.cl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matías Contreras Lagos:mailto:mcontreras@quillayretail.cl
        DESCRIPTION;LANGUAGE=es-CL:Hola Mati\\, dejo agendado nuestro 1:1 semanal. La idea es revisar avances del sprint\\, bloqueos y tu plan de desarrollo para el segundo semestre.\\n\\nRodrigo\\n
        RRULE:FREQ=WEEKLY;UNTIL=20261229T130000Z;INTERVAL=1;BYDAY=TU;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000A1C3E5F7093FDC01000000000000000010000000C7D9E1F3A5B74C6D8E0F2A4B6C8D0E2F
        SUMMARY;LANGUAGE=es-CL:1:1 Rodrigo / Matías
        DTSTART;TZID=Pacific SA Standard Time:20260505T100000
        DTEND;TZID=Pacific SA Standard Time:20260505T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260504T200107Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-CL:Sala Licancabur\\, piso 6 / Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:1748203321
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:1
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
    h = hdrs(addr("Rodrigo Saavedra Pino", "rsaavedra@quillayretail.cl"), "1:1 Rodrigo / Matías",
             "2026-05-04 20:01:07", UTCZ,
             "<SCXP216MB1120D4E5F6A7B8C9D0E1F2A3B4C5D6E7@SCXP216MB1120.CHLP216.PROD.OUTLOOK.COM>",
             ("CHL01-SCX-obe.outbound.protection.outlook.com", "40.107.155.84"),
             to=addr("Matías Contreras Lagos", WORK), rcpt=WORK,
             extra=(("Thread-Topic", enc("1:1 Rodrigo / Matías")),
                    ("Thread-Index", "AdrS9b4Vx2k7qLm1T0pZ8nW3eYc6Rg=="),
                    ("Content-Language", "es-CL")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@reg(35, family="personal_appointment", lang="es", interview=False, company=None,
     days=(("Sat", "2026-05-16"),),
     note="Real-estate agent confirms an apartment viewing 'sábado 16 de mayo a las 11:00'; not an interview")
def m35():
    body = t("""
        Hola Matías, ¿cómo estás?

        Te confirmo la visita al departamento de Av. Irarrázaval 3100, depto 804 (Ñuñoa) para
        el sábado 16 de mayo a las 11:00. Me esperas en conserjería, yo llevo las llaves.

        Te recuerdo: arriendo $620.000 + gastos comunes aprox. $85.000. Si te interesa, trae
        tu carnet y tus últimas 3 liquidaciones de sueldo para adelantar la evaluación.

        Saludos,
        Carolina Baeza
        Corredora de Propiedades
        +56 9 7123 4455
        """)
    h = hdrs(addr("Carolina Baeza", "cbaeza@propiedadesirarrazaval.cl"),
             "Confirmación visita depto Irarrázaval 3100 #804", "2026-05-13 17:48:09", SCL,
             "<CAD4w7Kp2mZq9Xr1Lt8Vb0nYc3gHe6fSa5uJo4iT@mail.gmail.com>",
             ("mail-vs1-f44.google.com", "209.85.217.44"))
    return message(h, gmail(body))


@reg(36, family="meetup", lang="es", interview=False, company=None, days=(("Thu", "2026-06-18"),),
     note="Meetup RSVP for a backend meetup (one talk is about how a company interviews backend devs); an event, "
          "not the user's interview")
def m36():
    body = t("""
        ¡Estás en la lista!

        Santiago Backend Meetup #42 — Go en producción
        jueves, 18 de junio de 2026
        19:00 a 21:30 GMT-4

        Espacio Lúcuma Labs
        Av. Italia 1150, Providencia · Santiago

        Agenda
        19:00 Bienvenida y pizza 🍕
        19:20 "Observabilidad con OpenTelemetry sin morir en el intento" - Andrea Vásquez
        20:00 "Cómo entrevistamos a devs backend en Lúcuma (y qué buscamos)" - panel con el equipo de talento
        20:45 Networking

        Agregar al calendario: https://www.meetup.com/santiago-backend/events/301998877/ical/
        Ver evento: https://www.meetup.com/santiago-backend/events/301998877/

        ¿Ya no puedes asistir? Actualiza tu RSVP para liberar tu cupo.

        Meetup · Cancelar suscripción de estos correos: https://www.meetup.com/account/comm/
        """)
    h = hdrs(addr("Meetup", "info@meetup.com"),
             "Estás en la lista: Santiago Backend Meetup #42 — Go en producción", "2026-06-12 14:22:40", UTCZ,
             "<0100019012ab34cd-9e8f7a6b-5c4d-3e2f-1a0b-9c8d7e6f5a4b-000000@email.meetup.com>",
             ("a27-90.smtp-out.us-west-2.amazonses.com", "54.240.27.90"),
             extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
                    ("Precedence", "bulk")))
    return message(h, text(body))


@reg(37, family="marketing_webinar", lang="es", interview=False, company=None, days=(("Thu", "2026-05-28"),),
     note="Zoom webinar registration with ICS; the webinar is titled 'Tu entrevista técnica en inglés: "
          "simulación en vivo' (an English academy's marketing event), not a job interview")
def m37():
    body = t("""
        Hola Matías:

        Gracias por inscribirse en "Tu entrevista técnica en inglés: simulación en vivo".

        Envíe sus preguntas a: contacto@fluentandes.cl

        Fecha y hora: 28 may 2026 07:00 PM Santiago

        Unirse desde una PC, Mac, iPad, iPhone o dispositivo Android:
        Haga clic aquí para unirse: https://us06web.zoom.us/w/87421096633?tk=pZ1xQ8vL0mK3
        Nota: Este enlace no se debe compartir con otras personas; es exclusivo para usted.
        Código de acceso: 558210

        Agregar al calendario (.ics adjunto) | Agregar a Google Calendar | Agregar a Yahoo Calendar

        Descripción: En este webinar gratuito nuestra coach simula en vivo una entrevista técnica
        en inglés para un rol backend, con feedback en tiempo real y frases útiles. Al final te
        contamos sobre nuestro programa "English for Devs".

        Puede cancelar su inscripción en cualquier momento.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        """) + VTZ["America/Santiago"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTAMP:20260521T230455Z
        DTSTART;TZID=America/Santiago:20260528T190000
        DTEND;TZID=America/Santiago:20260528T200000
        SUMMARY:Tu entrevista técnica en inglés: simulación en vivo
        UID:20260521T230455Z-87421096633@fe80:0:0:0:c3f:8aff:fe21:11d5ens5
        TZID:America/Santiago
        DESCRIPTION:Haga clic aquí para unirse: https://us06web.zoom.us/w/87421096633?tk=pZ1xQ8vL0mK3\\nCódigo de acceso: 558210
        LOCATION:https://us06web.zoom.us/w/87421096633?tk=pZ1xQ8vL0mK3
        BEGIN:VALARM
        TRIGGER:-PT10M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Fluent Andes English Academy", "no-reply@zoom.us"),
             "Confirmación de inscripción a Tu entrevista técnica en inglés: simulación en vivo",
             "2026-05-21 19:04:55", SCL, "<ZmE2YzBiNjQtNTk3Ni00@zoom.us>",
             ("mx-out-3.zoom.us", "170.114.52.3"),
             extra=(("Reply-To", "contacto@fluentandes.cl"),))
    return message(h, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                                  disposition="attachment")))


@reg(38, family="mock_interview", lang="es", interview=False, company=None, days=(("Wed", "2026-06-24"),),
     note="Calendly confirmation of a bootcamp's mock technical interview with a career coach; practice, not a "
          "job interview")
def m38():
    body = t("""
        Hola Matías Contreras:

        Tu evento está agendado.

        Evento:
        Simulación de entrevista técnica (mock interview) - Career Services

        Anfitrión:
        Gonzalo Reyes

        Fecha/hora del evento:
        18:00 - 19:00 (hora de Chile), miércoles, 24 de junio de 2026

        Ubicación:
        Este evento es por Zoom. El enlace se agregó a la invitación del calendario.

        Descripción del evento:
        Sesión de práctica para egresados de Código Andino: simulamos una entrevista técnica
        backend (preguntas de sistemas + un ejercicio de código) y al final te damos feedback
        por escrito. Trae tu CV actualizado.

        Cancelar: https://calendly.com/cancellations/2c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f
        Reprogramar: https://calendly.com/reschedulings/2c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f

        Desarrollado por Calendly.com
        """)
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmado: Simulación de entrevista técnica (mock interview) con Gonzalo Reyes el miércoles, "
             "24 de junio de 2026", "2026-06-19 21:10:02", UTCZ,
             "<01000190b2c3d4e5-8f9a0b1c-2d3e-4f5a-6b7c-8d9e0f1a2b3c-000000@email.calendly.com>",
             ("o1.email.calendly.com", "149.72.134.18"),
             extra=(("Reply-To", addr("Gonzalo Reyes", "gonzalo.reyes@codigoandino.cl")),))
    return message(h, text(body))


@reg(39, family="podcast", lang="es", interview=False, company=None, days=(("Fri", "2026-08-14"),),
     note="Podcast host confirms the recording of an 'entrevista' for an episode (viernes 14 de agosto 16 hrs); "
          "press/podcast, not a job interview")
def m39():
    body = t("""
        Hola Matías!

        Te confirmo la grabación de la entrevista para el episodio 58 de Backend a la Chilena:
        viernes 14 de agosto a las 16 hrs (hora Chile). Grabamos por Riverside, te dejo el link:
        https://riverside.fm/studio/backend-a-la-chilena?t=c1a9e77

        Dura más o menos una hora. La idea es conversar de tu charla sobre el outbox pattern y
        de cómo es hacer backend en retail. Te mando las preguntas el miércoles. Audífonos con
        cable si puedes 🎧

        Abrazo,
        Nico
        Backend a la Chilena — el podcast
        """)
    h = hdrs(addr("Nicolás Araya", "nico@backendalachilena.cl"),
             "Grabación episodio 58 – Backend a la Chilena 🎙️", "2026-08-10 13:27:45", SCL,
             "<CAE8v3Lq5nWp2Zx7Kt1Vb9mYc4gHd0fRa6uJs3oP@mail.gmail.com>",
             ("mail-wm1-f41.google.com", "209.85.128.41"))
    return message(h, gmail(body))


@reg(40, family="interviewer_side", lang="es", interview=False, company=None, days=(("Thu", "2026-08-20"),),
     note="Google Calendar invitation from the current employer's recruiter, to the work address: the user is the "
          "INTERVIEWER of a candidate (scorecard in Greenhouse); not his own job interview")
def m40():
    eid = "M3Zya2w5cTJtYjdwMXhuZDRjOGZ0NmVqc2cgbWNvbnRyZXJhc0BxdWlsbGF5cmV0YWlsLmNs"
    body = t(f"""
        Entrevista técnica - Josefa Tapia (Backend Sr)
        jueves, 20 de agosto de 2026⋅11:00 – 12:00
        Hora estándar de Chile - Santiago

        Información para unirse a Google Meet
        Enlace de la videollamada: https://meet.google.com/qly-ntvw-bck

        Matías, te sumé como entrevistador técnico para la candidata Josefa Tapia. CV y
        scorecard en Greenhouse: https://quillayretail.greenhouse.io/people/58812231
        Por favor completa el scorecard dentro de 24 horas después de la entrevista. ¡Gracias!

        Organizador
        Daniela Fuentes
        dfuentes@quillayretail.cl

        Invitados
        Daniela Fuentes - organizador
        Matías Contreras Lagos
        Josefa Tapia
        Ver todos los detalles de los invitados
        https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

        """) + GCAL_FOOTER_ES
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260820T150000Z
        DTEND:20260820T160000Z
        DTSTAMP:20260814T183012Z
        ORGANIZER;CN=Daniela Fuentes:mailto:dfuentes@quillayretail.cl
        UID:3vrkl9q2mb7p1xnd4c8ft6ejsg@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Daniela Fuentes;X-NUM-GUESTS=0:mailto:dfuentes@quillayretail.cl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matías Contreras Lagos;X-NUM-GUESTS=0:mailto:mcontreras@quillayretail.cl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Josefa Tapia;X-NUM-GUESTS=0:mailto:josefa.tapia.r@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/qly-ntvw-bck
        CREATED:20260814T183010Z
        DESCRIPTION:Matías\\, te sumé como entrevistador técnico para la candidata Josefa Tapia. CV y scorecard en Greenhouse: https://quillayretail.greenhouse.io/people/58812231\\nPor favor completa el scorecard dentro de 24 horas después de la entrevista. ¡Gracias!
        LAST-MODIFIED:20260814T183011Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica - Josefa Tapia (Backend Sr)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    h = hdrs(addr("Daniela Fuentes", "dfuentes@quillayretail.cl"),
             "Invitación: Entrevista técnica - Josefa Tapia (Backend Sr) @ jue 20 ago 2026 11:00 - 12:00 "
             "(GMT-4) (mcontreras@quillayretail.cl)",
             "2026-08-14 14:30:12", SCL, "<calendar-5d7f9b1c-2e4a-4c6e-8a0c-3e5b7d9f1a2c@google.com>",
             ("mail-sor-f65.google.com", "209.85.220.65"), to=addr("Matías Contreras Lagos", WORK), rcpt=WORK,
             extra=(("Reply-To", addr("Daniela Fuentes", "dfuentes@quillayretail.cl")),
                    ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(h, mixed(alt(text(body), calendar(ics, cte="quoted-printable")),
                            calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                     disposition="attachment", name_param=True)))


@reg(41, family="reference_check", lang="es", interview=False, company="Cóndor Pagos",
     days=(("Thu", "2026-03-26"),),
     note="Recruiter confirms a reference call with the user's former boss on 'jueves 26 a las 12:00'; the user "
          "is not on the call")
def m41():
    body = t("""
        Hola Matías!

        Te cuento que el jueves 26 a las 12:00 hablaremos con Pablo Henríquez (tu jefe en Tienda
        Cordillera) para la referencia laboral; ya coordiné con él directamente. Gracias por
        facilitarnos el contacto.

        Si todo va bien, la próxima semana deberíamos tener novedades 🤞

        Saludos,
        Francisca Leiva
        Talent Partner | Cóndor Pagos
        """)
    h = hdrs(addr("Francisca Leiva", "francisca.leiva@condorpagos.cl"),
             "Referencias - Cóndor Pagos", "2026-03-24 15:20:31", SCL,
             "<CAB9x2Lm7rTw1Zq4Xn0Vb8kYc5dHe2fGa9uJs6oP@mail.gmail.com>",
             ("mail-ej1-f54.google.com", "209.85.218.54"))
    return message(h, gmail(body))


@reg(42, family="auto_reply", lang="es", interview=False, company="Aconcagua Retail",
     days=(("Thu", "2026-09-03"), ("Mon", "2026-09-07")),
     note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to the user's acceptance of the panel invite; "
          "the subject echoes the interview title but nothing is confirmed")
def m42():
    body = t("""
        Gracias por tu correo.

        Estaré fuera de la oficina desde el jueves 3 hasta el lunes 7 de septiembre, con acceso
        limitado al correo. Para temas relacionados con procesos de selección en curso, escribe a
        seleccion@aconcagua-retail.cl.

        Saludos cordiales,
        Paula Cifuentes Rojas
        Analista de Selección | Aconcagua Retail S.A.
        """)
    h = hdrs(addr("Paula Cifuentes Rojas", "paula.cifuentes@aconcagua-retail.cl"),
             "Respuesta automática: Aceptado: Entrevista panel – Desarrollador(a) Backend Senior – Matías Contreras",
             "2026-09-03 13:02:18", UTCZ,
             "<SCXP216MB08931E2D3C4B5A6F7E8D9C0B1A2F3E4D@SCXP216MB0893.CHLP216.PROD.OUTLOOK.COM>",
             ("CHL01-SCX-obe.outbound.protection.outlook.com", "40.107.155.82"),
             extra=(("In-Reply-To", "<CAN4mRw1aZ8x5Qe2Vb7mTn3cYd9gHf0uJs4sAo2k@mail.example.org>"),
                    ("References", "<CAN4mRw1aZ8x5Qe2Vb7mTn3cYd9gHf0uJs4sAo2k@mail.example.org>"),
                    ("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "paula.cifuentes@aconcagua-retail.cl"),
                    ("Content-Language", "es-CL")))
    return message(h, text(body, charset="iso-8859-1"))


@reg(43, family="bounce", lang="en", interview=False, company=None, days=(("Fri", "2026-08-21"),),
     note="Postfix bounce (multipart/report) of the user's own confirmation 'confirmo mi asistencia a la entrevista "
          "del viernes 21 de agosto a las 9:00 a.m. (hora de Lima)' sent to a mistyped domain; a delivery "
          "failure, not a confirmation received (the real confirmation is another mail)")
def m43():
    orig_body = t("""
        Estimada Giuliana:

        Muchas gracias. Confirmo mi asistencia a la entrevista del viernes 21 de agosto a las
        9:00 a.m. (hora de Lima).

        Saludos cordiales,
        Matías Contreras Lagos
        """)
    orig = message([
        ("From", addr("Matías Contreras Lagos", ME)),
        ("To", "gparedes@intipago.pe"),
        ("Subject", enc("Re: Confirmación de entrevista final - Desarrollador Backend Senior")),
        ("Date", date("2026-08-17 19:02:03", SCL)),
        ("Message-ID", "<CAN4mRw6pZ2x9Qe4Vb1mTn7cYd3gHf8uJs0sAo5k@mail.example.org>"),
        ("In-Reply-To", "<BN8PR12MB3377C1D2E3F4A5B6C7D8E9F0A1B2C3D4@BN8PR12MB3377.namprd12.prod.outlook.com>"),
    ], text(orig_body))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <gparedes@intipago.pe>: Host or domain name not found. Name service error for
            name=intipago.pe type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F2A81C0E3
        X-Postfix-Sender: rfc822; matias.contreras.dev@example.org
        Arrival-Date: Mon, 17 Aug 2026 19:02:04 -0400 (-04)

        Final-Recipient: rfc822; gparedes@intipago.pe
        Original-Recipient: rfc822;gparedes@intipago.pe
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=intipago.pe type=AAAA: Host not found
        """)
    report = multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit",
             extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        attached_message(orig),
        params="report-type=delivery-status",
    )
    h = [
        ("Return-Path", "<>"),
        ("Delivered-To", ME),
        ("Received", "by mx1.example.org (Postfix)\r\n id 5B3C91C0F1; " + date("2026-08-17 19:02:05", SCL)),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-08-17 19:02:05", SCL)),
        ("Message-ID", "<20260817230205.5B3C91C0F1@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(h, report)


@reg(44, family="newsletter_tips", lang="es", interview=False, company=None, days=(("Tue", "2026-05-19"),),
     note="Job-board newsletter about technical interviews (List-Unsubscribe), with a free online workshop "
          "'martes 19 de mayo, 19:00 hrs'; confirms nothing for the user")
def m44():
    body = t("""
        Laborum | Consejos para tu búsqueda

        📌 Entrevista técnica: 7 preguntas que te van a hacer (y cómo responderlas)

        1. "Cuéntame de un sistema que hayas diseñado"
        2. "¿Cómo manejarías un pago duplicado?"
        3. "¿Qué harías si la base de datos se pone lenta en Cyber Day?"
        ... y 4 más en el blog: https://www.laborum.cl/blog/entrevista-tecnica-backend

        ¿Tienes una entrevista pronto? Revisa también:
        - Cómo negociar tu renta en Chile (guía 2026)
        - Qué preguntar al final de una entrevista
        - 5 errores que cometes en tu CV

        Taller online gratuito "Prepara tu entrevista técnica"
        martes 19 de mayo, 19:00 hrs - inscríbete: https://www.laborum.cl/eventos/taller-entrevista

        Recibes este correo porque estás suscrito a las novedades de Laborum.
        Dejar de recibir: https://www.laborum.cl/newsletter/baja?u=7a1c3e
        """)
    page = t("""
        <html><body style="margin:0;background:#eef1f5;font-family:Arial,sans-serif">
        <table width="600" align="center" cellpadding="20" style="background:#fff">
        <tr><td style="background:#0a2e5c;color:#fff;font-size:20px">Laborum | Consejos para tu búsqueda</td></tr>
        <tr><td>
        <h1 style="font-size:22px">📌 Entrevista técnica: 7 preguntas que te van a hacer (y cómo responderlas)</h1>
        <ol><li>"Cuéntame de un sistema que hayas diseñado"</li>
        <li>"¿Cómo manejarías un pago duplicado?"</li>
        <li>"¿Qué harías si la base de datos se pone lenta en Cyber Day?"</li></ol>
        <p><a href="https://www.laborum.cl/blog/entrevista-tecnica-backend">Lee las 4 restantes en el blog</a></p>
        <h2 style="font-size:16px">¿Tienes una entrevista pronto? Revisa también:</h2>
        <ul><li>Cómo negociar tu renta en Chile (guía 2026)</li><li>Qué preguntar al final de una entrevista</li>
        <li>5 errores que cometes en tu CV</li></ul>
        <p style="background:#fff4d6;padding:12px"><b>Taller online gratuito "Prepara tu entrevista técnica"</b><br>
        martes 19 de mayo, 19:00 hrs - <a href="https://www.laborum.cl/eventos/taller-entrevista">inscríbete</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Recibes este correo porque estás suscrito a las novedades de
        Laborum. <a href="https://www.laborum.cl/newsletter/baja?u=7a1c3e">Dejar de recibir</a></td></tr>
        </table></body></html>
        """)
    h = hdrs(addr("Laborum", "newsletter@laborum.cl"),
             "📌 Entrevista técnica: 7 preguntas que te van a hacer (y cómo responderlas)",
             "2026-05-12 09:00:04", SCL, "<20260512130004.1f2e3d4c5b6a@mail.laborum.cl>",
             ("mta-12.mail.laborum.cl", "198.51.100.212"),
             extra=(("List-Unsubscribe", "<https://www.laborum.cl/newsletter/baja?u=7a1c3e>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(page)))


@reg(45, family="post_interview", lang="pt", interview=False, company="Banco Jatobá",
     days=(("Wed", "2026-08-19"),),
     note="Portuguese post-interview thanks ('obrigada pela conversa de ontem'); feedback promised by a date, "
          "no meeting")
def m45():
    body = t("""
        Oi Matías, tudo bem?

        Obrigada pela conversa de ontem com o Thiago e a Bruna! O time gostou bastante da sua
        abordagem no case.

        Estamos consolidando os feedbacks e te dou um retorno até a próxima quarta-feira, 19/08.

        Abraços,
        Renata
        """)
    h = hdrs(addr("Renata Albuquerque", "renata.albuquerque@jatoba.com.br"),
             "Re: Confirmação: entrevista de case – Banco Jatobá", "2026-08-14 11:40:19", SAO,
             "<CAGt5Rx2nQw8Lp4Ze7Kv6bNs1cYd5hFa9uJo0iTm@mail.gmail.com>",
             ("mail-qk1-f171.google.com", "209.85.222.171"),
             extra=(("In-Reply-To", "<CAGt5Rx7mWq2Lp9Ze4Kv1bNs8cYd0hFa3uJo6iTk@mail.gmail.com>"),
                    ("References", "<CAGt5Rx7mWq2Lp9Ze4Kv1bNs8cYd0hFa3uJo6iTk@mail.gmail.com>")))
    return message(h, gmail(body, cte="base64"))


@reg(46, family="application_ack", lang="en", interview=False, company="Copperline Commerce",
     note="Workday application received (HTML only); 'will reach out to schedule an interview' is conditional")
def m46():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <table width="640" align="center" cellpadding="24" style="border:1px solid #e5e5e5">
        <tr><td><img src="https://wd5.myworkdaycdn.com/copperline/logo.png" alt="Copperline Commerce" height="30"></td></tr>
        <tr><td>
        <p>Dear Matías,</p>
        <p>Thank you for your interest in the <b>Senior Backend Engineer (Remote - LATAM)</b> position (JR-22871)
        at Copperline Commerce.</p>
        <p>We have received your application and our recruiting team will review your qualifications. If your
        background is a match, a member of our team will reach out to schedule an interview.</p>
        <p>You can check the status of your application at any time on our
        <a href="https://copperline.wd5.myworkdayjobs.com/Copperline_Careers/userHome">Candidate Home</a>.</p>
        <p>Sincerely,<br>Copperline Talent Acquisition</p>
        <p style="font-size:11px;color:#999">Please do not reply to this automated message.</p>
        </td></tr></table>
        </body></html>
        """)
    h = hdrs(addr("Copperline Commerce", "copperline@myworkday.com"),
             "Thank you for applying to Copperline Commerce", "2026-09-29 19:41:27", UTCZ,
             "<902341887.55120.1790710887114.JavaMail.wdprod@wd5-prod-mailer-03>",
             ("wd5-smtp-out-2.myworkday.com", "198.51.100.52"),
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, html(page))


@reg(47, family="candidate_survey", lang="en", interview=False, company="Brightlane Payments",
     days=(("Wed", "2026-03-11"),),
     note="Greenhouse candidate-experience survey about the interview of 'Wednesday, March 11' (past)")
def m47():
    body = t("""
        Hi Matías,

        You recently interviewed with Brightlane Payments on Wednesday, March 11. We'd love to
        hear about your experience - it takes less than 2 minutes, and your answers are
        anonymous and won't affect your application.

        Take the survey: https://app.greenhouse.io/candidate_surveys/7f3e1a9c2b

        Thanks,
        Brightlane Payments Recruiting

        This survey is administered by Greenhouse on behalf of Brightlane Payments.
        """)
    h = hdrs(addr("Brightlane Payments", "no-reply@us.greenhouse-mail.io"),
             "How was your interview with Brightlane Payments?", "2026-03-12 10:00:31", NYC,
             "<65f05e07a9b1c_7e2d3c4b5a6f7@greenhouse-app-mailer-7d9f.mail>",
             ("o12.us.greenhouse-mail.io", "167.89.101.12"))
    return message(h, text(body))


@reg(48, family="pre_employment_exam", lang="es", interview=False, company="Tamarugal Analytics",
     days=(("Mon", "2026-11-23"),),
     note="After the offer, the employer books the pre-employment medical exams ('exámenes preocupacionales', "
          "lunes 23 de noviembre 08:00 hrs); a confirmed appointment, not an interview")
def m48():
    body = t("""
        Estimado Matías:

        Junto con saludar y darte nuevamente la bienvenida a Tamarugal Analytics, te informamos
        que quedaste citado para tus exámenes preocupacionales (incluye batería de altura
        geográfica, ya que el cargo considera visitas a faena):

        Fecha: lunes 23 de noviembre
        Hora: 08:00 hrs
        Lugar: Centro Médico Ocupacional Santa Lucía, Av. Libertador Bernardo O'Higgins 194, Santiago

        Debes asistir en ayunas de 8 horas y con tu cédula de identidad. El examen dura
        aproximadamente 3 horas; ya avisamos a tu futura jefatura.

        Saludos cordiales,
        Pamela Rojas Díaz
        Jefa de Selección - Tamarugal Analytics
        """)
    h = hdrs(addr("Pamela Rojas Díaz", "projas@tamarugal.cl", "iso-8859-1"),
             "Citación exámenes preocupacionales - Tamarugal Analytics", "2026-11-18 16:30:44", SCL,
             "<000001db3a7f$4c2e1b90$e48a52b0$@tamarugal.cl>",
             ("smtp.tamarugal.cl", "200.73.112.45"), charset="iso-8859-1",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="iso-8859-1"))


@reg(49, family="job_fair", lang="es", interview=False, company=None, days=(("Sat", "2026-09-05"),),
     note="Job-fair registration (sábado 5 de septiembre 10:00-17:00, companies doing quick interviews at their "
          "stands); an event ticket, no interview with a given employer at a fixed time")
def m49():
    page = t("""
        <html><body style="font-family:Montserrat,Arial,sans-serif;background:#101828;color:#101828">
        <div style="max-width:600px;margin:0 auto;background:#ffffff;padding:32px">
        <h1 style="color:#7c3aed">¡Tu inscripción está confirmada! 🎟️</h1>
        <p>Hola Matías, ya estás inscrito en la <b>Feria Laboral TI Santiago 2026</b>.</p>
        <p><b>Sábado 5 de septiembre</b>, de 10:00 a 17:00 hrs<br>
        Centro Cultural Estación Mapocho, Santiago</p>
        <p>Más de 40 empresas de fintech, retail, minería y software estarán recibiendo CVs y realizando
        entrevistas rápidas en sus stands. Revisa el listado de empresas y sus vacantes en
        <a href="https://www.ferialaboralti.cl/empresas">ferialaboralti.cl/empresas</a>.</p>
        <p>Presenta este código QR en la entrada:</p>
        <p><img src="https://www.ferialaboralti.cl/qr/FLTI26-08812.png" alt="FLTI26-08812" width="160"></p>
        <p>Tip: lleva tu CV impreso y tu pitch de 30 segundos preparado 😉</p>
        <p style="font-size:11px;color:#667085">Feria Laboral TI Santiago · No respondas a este correo.</p>
        </div></body></html>
        """)
    h = hdrs(addr("Feria Laboral TI Santiago", "inscripciones@ferialaboralti.cl"),
             "¡Tu inscripción está confirmada! Feria Laboral TI 2026", "2026-08-31 12:15:09", SCL,
             "<5f8a0e1c-7b2d-4c3e-9f4a-1b2c3d4e5f6a@ferialaboralti.cl>",
             ("mail.ferialaboralti.cl", "198.51.100.88"))
    return message(h, html(page, cte="base64"))


@reg(50, family="availability_request", lang="en", interview=False, company="Brightlane Payments",
     days=(("Wed", "2026-03-18"),),
     note="Greenhouse availability request for the final round (submit by Wednesday, March 18); no time chosen")
def m50():
    body = t("""
        Hi Matías,

        Congratulations on moving forward in our process! We'd like to schedule your final round:
        four 45-minute sessions (coding, system design, product sense and values) with the team.

        Please submit your availability for the next two weeks using the link below. All times
        are shown in your local time zone, so no need to convert to Eastern.

        Submit availability: https://app.greenhouse.io/availability/3c9e71a2-0b4f/candidate

        It would be great to have it by Wednesday, March 18.

        Best,
        Karen Whitfield
        Technical Recruiter | Brightlane Payments
        """)
    h = hdrs(addr("Brightlane Payments", "no-reply@us.greenhouse-mail.io"),
             "Brightlane Payments - Please share your availability for Final Round interviews",
             "2026-03-16 11:20:57", NYC, "<65f5b9d9c4e2a_5f1a2b3c4d5e6@greenhouse-app-mailer-7d9f.mail>",
             ("o12.us.greenhouse-mail.io", "167.89.101.12"),
             extra=(("Reply-To", addr("Karen Whitfield", "karen.whitfield@brightlanepay.com")),))
    return message(h, text(body))
