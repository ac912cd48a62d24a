"""blind350: a blind 50-mail set, the realistic inbox of Lucía Sanz (tourism and events manager,
Segovia), September to December 2026. Keys 1-23 are positives, 24-50 negatives; the file number of
key k is ORDER[k - 1]. Every mail's wording is hand-written here; make.py does the MIME plumbing.
Written on 2026-11-28 by a helper session without reading the detector or other held-out mails.
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import random
from email.utils import parseaddr

import make
from make import (
    Part,
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
    utc,
)

SET = "blind350"
ORDER = random.Random(3500350).sample(range(1, 51), 50)
make.REGISTRY.setdefault(SET, [])

ME = "lucia.sanz@example.org"
ME2 = "luciasanz@example.com"
ME_TO = addr("Lucía Sanz", ME)
ME2_TO = addr("Lucía Sanz", ME2)
MAD = "Europe/Madrid"
CAN = "Atlantic/Canary"
LON = "Europe/London"
MEX = "America/Mexico_City"


def name(k: int) -> str:
    return f"{SET}_{ORDER[k - 1]:03d}"


def pos(k, *, family, lang, kind, local, zone, company, contact, note, local_end=None, days=()):
    rest = local.split(" ", 1)[1]
    return make.mail(name(k), family=family, lang=lang, interview=True, kind=kind,
                     start=utc(rest, zone), end=utc(local_end, zone) if local_end else None,
                     contact=contact, company=company, note=note, local=local, local_end=local_end,
                     zone=zone, days=days)


def neg(k, *, family, lang, company, note, days=()):
    return make.mail(name(k), family=family, lang=lang, interview=False, company=company, note=note,
                     days=days)


def _id(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


def head(frm, to, subject, when, zone, mid, via, rcpt=ME, extra=()):
    mx = "mx2.example.com (Postfix)" if rcpt == ME2 else "mx1.example.org (Postfix)"
    return [
        ("Return-Path", f"<{parseaddr(frm)[1]}>"),
        ("Received", received(via, when, zone, f"{mx} with ESMTPS id {_id(mid)}", rcpt)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# --------------------------------------------------------------------------- ICS time zones

TZ_ROMANCE = """BEGIN:VTIMEZONE
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

TZ_MEXICO_WIN = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""


def tz_iana(zone: str, std: str, dst: str, off_std: str, off_dst: str, h_dst: str, h_std: str,
            lic: bool = True) -> str:
    lic_line = f"X-LIC-LOCATION:{zone}\n" if lic else ""
    return (f"BEGIN:VTIMEZONE\nTZID:{zone}\n{lic_line}BEGIN:DAYLIGHT\nTZOFFSETFROM:{off_std}\n"
            f"TZOFFSETTO:{off_dst}\nTZNAME:{dst}\nDTSTART:19700329T{h_dst}\n"
            f"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
            f"TZOFFSETFROM:{off_dst}\nTZOFFSETTO:{off_std}\nTZNAME:{std}\n"
            f"DTSTART:19701025T{h_std}\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\n"
            f"END:VTIMEZONE")


TZ_MADRID = tz_iana(MAD, "CET", "CEST", "+0100", "+0200", "020000", "030000")
TZ_CANARY = tz_iana(CAN, "WET", "WEST", "+0000", "+0100", "010000", "020000")
TZ_LONDON = tz_iana(LON, "GMT", "BST", "+0000", "+0100", "010000", "020000", lic=False)

TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Únase desde el equipo o la aplicación móvil
Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Id. de reunión: {num}
Código de acceso: {code}
________________________________
¿Necesita ayuda?<https://aka.ms/JoinTeamsMeeting?omkt=es-ES> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives


@pos(1, family="greenhouse", lang="es", kind="scheduled", local="Mon 2026-09-14 10:00", zone=MAD,
     local_end="2026-09-14 11:00", company="Grupo Hotelero Almenara",
     contact="marta.quiroga@almenarahoteles.es",
     note="Greenhouse confirmation in Spanish (usted), in person in Madrid, 10:00-11:00 CEST; "
          "contact = human Reply-To")
def k01():
    body = t("""
        Hola, Lucía:

        Gracias por su interés en el puesto de Responsable de Eventos y Grupos (Madrid). Le
        confirmamos los detalles de su entrevista:

        Fecha: lunes, 14 de septiembre de 2026
        Hora: 10:00 – 11:00 (CEST, hora peninsular)
        Lugar: Oficinas centrales de Grupo Hotelero Almenara
               Paseo de la Castellana 141, planta 9, 28046 Madrid
        Entrevistadores: Marta Quiroga (Talent Acquisition) y Jorge Lillo (Director de
        Operaciones MICE)

        Al llegar, identifíquese en la recepción del edificio con su DNI y le acompañarán a la
        planta 9. Le recomendamos llegar 10 minutos antes.

        Si necesita modificar la cita, basta con responder a este correo.

        Un cordial saludo,

        Marta Quiroga
        Talent Acquisition | Grupo Hotelero Almenara

        --
        Powered by Greenhouse. Este mensaje se ha enviado a lucia.sanz@example.org en relación
        con su candidatura. Política de privacidad: https://almenarahoteles.es/privacidad
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d">
        <p>Hola, Lucía:</p>
        <p>Gracias por su interés en el puesto de <b>Responsable de Eventos y Grupos (Madrid)</b>.
        Le confirmamos los detalles de su entrevista:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Fecha</b></td><td>lunes, 14 de septiembre de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>10:00 &ndash; 11:00 (CEST, hora peninsular)</td></tr>
        <tr><td><b>Lugar</b></td><td>Oficinas centrales de Grupo Hotelero Almenara<br>
        Paseo de la Castellana 141, planta 9, 28046 Madrid</td></tr>
        <tr><td><b>Entrevistadores</b></td><td>Marta Quiroga (Talent Acquisition) y Jorge Lillo
        (Director de Operaciones MICE)</td></tr>
        </table>
        <p>Al llegar, identifíquese en la recepción del edificio con su DNI y le acompañarán a la
        planta 9. Le recomendamos llegar 10 minutos antes.</p>
        <p>Si necesita modificar la cita, basta con responder a este correo.</p>
        <p>Un cordial saludo,<br><br>Marta Quiroga<br>Talent Acquisition | Grupo Hotelero Almenara</p>
        <p style="color:#888;font-size:11px">Powered by Greenhouse.</p>
        </body></html>
        """)
    mid = "<2c81f0d4e7a1.1789374871@greenhouse-mail.io>"
    hs = head(addr("Grupo Hotelero Almenara", "no-reply@us.greenhouse-mail.io"), ME_TO,
              "Confirmación de entrevista – Grupo Hotelero Almenara", "2026-09-08 12:14", MAD, mid,
              "from o7.ptr4415.greenhouse-mail.io (o7.ptr4415.greenhouse-mail.io [149.72.40.18])",
              extra=[("Reply-To", addr("Marta Quiroga", "marta.quiroga@almenarahoteles.es"))])
    return message(hs, alt(text(body), html(htm)))


@pos(2, family="greenhouse", lang="es", kind="rescheduled", local="Wed 2026-09-16 12:30", zone=MAD,
     local_end="2026-09-16 13:30", company="Grupo Hotelero Almenara",
     contact="marta.quiroga@almenarahoteles.es", days=(("Mon", "2026-09-14"),),
     note="Greenhouse reschedule: old slot Mon 14 Sep 10:00 cancelled, new slot Wed 16 Sep "
          "12:30-13:30 CEST; contact = Reply-To recruiter")
def k02():
    body = t("""
        Hola, Lucía:

        Por un imprevisto en la agenda de Jorge Lillo hemos tenido que cambiar la fecha de su
        entrevista para el puesto de Responsable de Eventos y Grupos. Disculpe las molestias.

        NUEVA FECHA Y HORA
        miércoles, 16 de septiembre de 2026
        12:30 – 13:30 (CEST)

        Lugar: el mismo (Paseo de la Castellana 141, planta 9, Madrid)
        Entrevistadores: Marta Quiroga y Jorge Lillo

        La cita anterior (lunes, 14 de septiembre a las 10:00) queda anulada.

        Si el nuevo horario no le viniera bien, responda a este correo y buscaremos otra opción.

        Un cordial saludo,
        Marta Quiroga
        Grupo Hotelero Almenara

        --
        Powered by Greenhouse
        """)
    mid = "<8e03b7c2a914.1789550302@greenhouse-mail.io>"
    hs = head(addr("Grupo Hotelero Almenara", "no-reply@us.greenhouse-mail.io"), ME_TO,
              "Cambio de fecha: su entrevista con Grupo Hotelero Almenara", "2026-09-11 09:38", MAD,
              mid, "from o7.ptr4415.greenhouse-mail.io (o7.ptr4415.greenhouse-mail.io [149.72.40.18])",
              extra=[("Reply-To", addr("Marta Quiroga", "marta.quiroga@almenarahoteles.es"))])
    return message(hs, text(body))


@pos(3, family="lever", lang="en", kind="scheduled", local="Tue 2026-10-06 10:00", zone=LON,
     local_end="2026-10-06 10:45", company="Thistledown Travel",
     contact="james.whitcombe@thistledowntravel.co.uk",
     note="Lever confirmation, 10:00-10:45 BST (11:00 in Madrid); ICS Europe/London; contact = "
          "Reply-To / ORGANIZER hiring manager")
def k03():
    body = t("""
        Hi Lucía,

        Your interview with Thistledown Travel has been scheduled. Here are the details:

        Events Programme Manager (Spain & Portugal)
        Tuesday, October 6, 2026
        10:00 AM - 10:45 AM (BST - London)

        Location: Google Meet - https://meet.google.com/vrk-pqoe-hzd

        You'll be meeting with:
        - James Whitcombe, Head of Groups & Events

        Times are shown in UK time. For you in Madrid that's 11:00 AM.

        A calendar invitation is attached. If you need to reschedule, just reply to this email.

        Best,
        The Thistledown Travel Talent Team

        Sent via Lever
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Interview Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_LONDON}
BEGIN:VEVENT
UID:lever-int-7f3e1a0c-55b2-4c1e-9d11-thistledown
DTSTAMP:20260929T133105Z
DTSTART;TZID=Europe/London:20261006T100000
DTEND;TZID=Europe/London:20261006T104500
SUMMARY:Interview: Lucía Sanz <> Thistledown Travel
DESCRIPTION:Events Programme Manager (Spain & Portugal)\\nGoogle Meet: https:
 //meet.google.com/vrk-pqoe-hzd
LOCATION:https://meet.google.com/vrk-pqoe-hzd
ORGANIZER;CN=James Whitcombe:mailto:james.whitcombe@thistledowntravel.co.uk
ATTENDEE;CN=Lucía Sanz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.sanz@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    ics = ics.replace("https:\n //", "https://")
    mid = "<01020199a1c2b3d4-thistledown-lever@email.lever.co>"
    hs = head(addr("Thistledown Travel", "no-reply@hire.lever.co"), ME_TO,
              "Interview confirmed: Events Programme Manager (Spain & Portugal) – Thistledown Travel",
              "2026-09-29 14:31", LON, mid, "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=[("Reply-To", addr("James Whitcombe", "james.whitcombe@thistledowntravel.co.uk"))])
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@pos(4, family="reply_quoted", lang="en", kind="scheduled", local="Thu 2026-10-22 14:00", zone=LON,
     company="Thistledown Travel", contact="james.whitcombe@thistledowntravel.co.uk",
     days=(("Wed", "2026-10-21"), ("Thu", "2026-10-22"), ("Wed", "2026-10-14"), ("Tue", "2026-10-13")),
     note="Hiring manager's reply on top of the quoted thread: 'that's confirmed' for Thursday 22 "
          "October at 2pm London (BST, 13:00 UTC); 'about 90 minutes' so no end")
def k04():
    body = t("""
        Hi Lucía,

        Perfect, that's confirmed then - Thursday 22 October at 2pm at our London office
        (4th floor, 27 Leman Street, E1 8PT). You'll meet me and Sophie Akinde, our Commercial
        Director. We'll keep it to about 90 minutes, including your short presentation on the
        brief I sent (15 mins max, no need for anything fancy).

        Just give your name at reception and they'll call up.

        Safe travels!
        James

        --
        James Whitcombe
        Head of Groups & Events | Thistledown Travel Ltd
        +44 20 7946 0321 | thistledowntravel.co.uk

        On Wed, 14 Oct 2026 at 19:02, Lucía Sanz <lucia.sanz@example.org> wrote:
        > Hi James,
        >
        > Thanks so much, great news! Thursday 22nd at 2pm suits me best, I'll fly in the day
        > before.
        >
        > Best,
        > Lucía
        >
        > El mar, 13 oct 2026 a las 16:20, James Whitcombe (<james.whitcombe@thistledowntravel.co.uk>) escribió:
        > > Hi Lucía,
        > >
        > > Thanks again for Tuesday's chat. We'd love to invite you to a final stage in person
        > > in London. Could you do Wednesday 21st at 11am or Thursday 22nd at 2pm (UK time)?
        > >
        > > James
        """)
    mid = "<CAF3kq9Ve0=Hd2wYt1xLzQm8P+oRr4@mail.gmail.com>"
    hs = head(addr("James Whitcombe", "james.whitcombe@thistledowntravel.co.uk"), ME_TO,
              "Re: Final stage - Thistledown Travel", "2026-10-15 09:47", LON, mid,
              "from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
              extra=[("In-Reply-To", "<CAJ8sLuc1a_0wQm5nXw=ZrT2@mail.gmail.com>"),
                     ("References", "<CAF3kq9Vd1pQ@mail.gmail.com> <CAJ8sLuc1a_0wQm5nXw=ZrT2@mail.gmail.com>")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(5, family="workable", lang="es", kind="scheduled", local="Wed 2026-09-23 09:00", zone=MEX,
     local_end="2026-09-23 09:45", company="Viajes Quetzal",
     contact="ximena.robles@viajesquetzal.mx",
     note="Workable, Mexican Spanish; 9:00-9:45 hora del centro de México (UTC-6 all year, no DST "
          "since 2022) = 15:00Z; Reply-To is a Workable relay, contact = address in the body")
def k05():
    body = t("""
        Hola Lucía,

        ¡Gracias por agendar su entrevista con Viajes Quetzal!

        Puesto: Gerente de Grupos y Convenciones (remoto, mercado europeo)
        Fecha: miércoles 23 de septiembre de 2026
        Hora: 9:00 a. m. – 9:45 a. m. (hora del centro de México, GMT-6)
        Para usted en Madrid: 17:00 – 17:45

        Videollamada: https://meet.google.com/tsx-bbqa-nuf
        Le entrevistará: Ximena Robles, Líder de Talento

        Si tiene alguna duda, puede escribir directamente a ximena.robles@viajesquetzal.mx.

        Saludos cordiales,
        Equipo de Talento – Viajes Quetzal

        Enviado con Workable
        """)
    htm = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hola Lucía,</p>
        <p>¡Gracias por agendar su entrevista con <strong>Viajes Quetzal</strong>!</p>
        <p><strong>Puesto:</strong> Gerente de Grupos y Convenciones (remoto, mercado europeo)<br>
        <strong>Fecha:</strong> miércoles 23 de septiembre de 2026<br>
        <strong>Hora:</strong> 9:00 a. m. – 9:45 a. m. (hora del centro de México, GMT-6)<br>
        <strong>Para usted en Madrid:</strong> 17:00 – 17:45</p>
        <p>Videollamada: <a href="https://meet.google.com/tsx-bbqa-nuf">meet.google.com/tsx-bbqa-nuf</a><br>
        Le entrevistará: Ximena Robles, Líder de Talento</p>
        <p>Si tiene alguna duda, puede escribir directamente a
        <a href="mailto:ximena.robles@viajesquetzal.mx">ximena.robles@viajesquetzal.mx</a>.</p>
        <p>Saludos cordiales,<br>Equipo de Talento – Viajes Quetzal</p>
        <p style="font-size:11px;color:#999">Enviado con Workable</p>
        </div>
        """)
    mid = "<ek3.q8f1c0a7d2.20260916@workablemail.com>"
    hs = head(addr("Viajes Quetzal", "noreply@candidates.workablemail.com"), ME_TO,
              "Entrevista confirmada: Gerente de Grupos y Convenciones – Viajes Quetzal",
              "2026-09-16 10:12", MEX, mid,
              "from mail-out.workablemail.com (mail-out.workablemail.com [23.249.219.7])",
              extra=[("Reply-To", "viajes-quetzal+c7f2a91e@candidates.workablemail.com")])
    return message(hs, alt(text(body), html(htm)))


@pos(6, family="human_prose", lang="es", kind="rescheduled", local="Fri 2026-09-25 10:00", zone=MEX,
     company="Viajes Quetzal", contact="ximena.robles@viajesquetzal.mx",
     days=(("Wed", "2026-09-23"),),
     note="Recruiter prose (Mexico, usted): interview moved from Wednesday to viernes 25 a las "
          "10:00 hora del centro de México (UTC-6) = 16:00Z, 18:00 in Spain as stated")
def k06():
    body = t("""
        Buenos días, Lucía:

        Espero que se encuentre muy bien. Le escribo porque a nuestra directora comercial, Paulina
        Garza, le surgió un viaje a Cancún y no va a poder estar el miércoles 23, y nos interesa
        mucho que la conozca.

        Movimos la entrevista al viernes 25 de septiembre a las 10:00 hrs (hora del centro de
        México), que en España serían las 18:00. La liga de Meet es la misma y ya le debe haber
        llegado la invitación actualizada.

        Una disculpa por el cambio y muchas gracias por su flexibilidad.

        Saludos,

        Ximena Robles
        Líder de Talento | Viajes Quetzal S.A. de C.V.
        Av. Insurgentes Sur 1602, piso 7, Col. Crédito Constructor, CDMX
        Tel. +52 55 5090 1187

        AVISO DE PRIVACIDAD: La información contenida en este correo es confidencial y para uso
        exclusivo de su destinatario. Consulte nuestro aviso de privacidad en viajesquetzal.mx.
        """)
    mid = "<MN2PR11MB4398A1C5E7F0B29D3E6A11C2B9402@MN2PR11MB4398.namprd11.prod.outlook.com>"
    hs = head(addr("Ximena Robles", "ximena.robles@viajesquetzal.mx"), ME_TO,
              "Cambio de horario – entrevista Viajes Quetzal", "2026-09-21 11:05", MEX, mid,
              "from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2101.outbound.protection.outlook.com [40.107.223.101])",
              extra=[("Content-Language", "es-MX")])
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@pos(7, family="teamtailor", lang="es", kind="scheduled", local="Thu 2026-10-01 12:00", zone=CAN,
     local_end="2026-10-01 12:45", company="Atlántida Congresos y Eventos",
     contact="nayra.perdomo@atlantidacongresos.es",
     note="Teamtailor booking confirmation, 12:00-12:45 hora de Canarias (WEST, UTC+1) = 11:00Z; "
          "body also gives 13:00 peninsular; ICS Atlantic/Canary; contact = Reply-To")
def k07():
    body = t("""
        Hola, Lucía:

        ¡Gracias por reservar tu entrevista con Atlántida Congresos y Eventos!

        Puesto: Dirección de Cuentas MICE
        Cuándo: jueves, 1 de octubre de 2026 · 12:00 – 12:45 (hora de Canarias)
        Dónde: Microsoft Teams (encontrarás el enlace en la invitación adjunta)
        Con: Nayra Perdomo, Responsable de Personas

        Recuerda que en Canarias tenemos una hora menos que en la Península: para ti serán
        las 13:00.

        ¿Necesitas cambiar la hora? Puedes hacerlo desde aquí:
        https://atlantidacongresos.teamtailor.com/meetings/b7c1e0/reschedule

        ¡Nos vemos pronto!
        Nayra
        Atlántida Congresos y Eventos · Las Palmas de Gran Canaria
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{TZ_CANARY}
BEGIN:VEVENT
UID:tt-meeting-4410987@teamtailor.com
DTSTAMP:20260924T081522Z
DTSTART;TZID=Atlantic/Canary:20261001T120000
DTEND;TZID=Atlantic/Canary:20261001T124500
SUMMARY:Entrevista Atlántida Congresos y Eventos – Lucía Sanz
LOCATION:Microsoft Teams
DESCRIPTION:Únete: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1
ORGANIZER;CN=Nayra Perdomo:mailto:nayra.perdomo@atlantidacongresos.es
ATTENDEE;CN=Lucía Sanz;RSVP=TRUE:mailto:lucia.sanz@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    mid = "<tt.5f2a8e91c0d4@teamtailor-mail.com>"
    hs = head(addr("Atlántida Congresos y Eventos", "no-reply@teamtailor-mail.com"), ME_TO,
              "Tu entrevista con Atlántida Congresos y Eventos está confirmada", "2026-09-24 09:15",
              CAN, mid, "from mta-11.teamtailor-mail.com (mta-11.teamtailor-mail.com [159.135.224.11])",
              extra=[("Reply-To", addr("Nayra Perdomo", "nayra.perdomo@atlantidacongresos.es"))])
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="entrevista.ics",
                                                  disposition="attachment", name_param=True)))


def _gcal_ics(method, status, seq, stamp):
    return f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:{method}
{TZ_CANARY}
BEGIN:VEVENT
DTSTART;TZID=Atlantic/Canary:20261027T100000
DTEND;TZID=Atlantic/Canary:20261027T110000
DTSTAMP:{stamp}
ORGANIZER;CN=Himar Déniz:mailto:himar.deniz@atlantidacongresos.es
UID:5q1n0v7c2kq8l3h9r4t6m1s0ab@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Himar Déniz;X-NUM-GUESTS=0:mailto:himar.deniz@atlantidacongresos.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nayra Perdomo;X-NUM-GUESTS=0:mailto:nayra.perdomo@atlantidacongresos.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.sanz@example.org;X-NUM-GUESTS=0:mailto:lucia.sanz@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/qwd-fksz-tbn
CREATED:20261019T081044Z
DESCRIPTION:Segunda entrevista para Dirección de Cuentas MICE. Nos acompañará Carmen Rosa Ojeda (Directora General).
LAST-MODIFIED:{stamp}
LOCATION:
SEQUENCE:{seq}
STATUS:{status}
SUMMARY:Segunda entrevista – Lucía Sanz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


@pos(8, family="google_calendar", lang="es", kind="scheduled", local="Tue 2026-10-27 10:00", zone=CAN,
     local_end="2026-10-27 11:00", company="Atlántida Congresos y Eventos",
     contact="himar.deniz@atlantidacongresos.es",
     note="Google Calendar invitation (Spanish UI), 10:00-11:00 Canary time two days after the "
          "25 Oct DST change (WET = UTC) while the mail is sent in WEST; contact = ORGANIZER")
def k08():
    body = t("""
        Himar Déniz te ha invitado a un evento.

        Segunda entrevista – Lucía Sanz
        Cuándo
        martes, 27 de octubre de 2026 · 10:00 – 11:00
        Hora de Europa occidental - Canarias

        Información para unirse con Google Meet
        Enlace de la videollamada: https://meet.google.com/qwd-fksz-tbn

        Invitados
        Himar Déniz - organizador
        Nayra Perdomo
        lucia.sanz@example.org

        Descripción
        Segunda entrevista para Dirección de Cuentas MICE. Nos acompañará Carmen Rosa Ojeda
        (Directora General).

        ¿Vas a asistir? Sí - Quizás - No

        Invitación de Google Calendar

        Recibes este correo porque eres un invitado del evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    htm = t("""
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p>Himar Déniz te ha invitado a un evento.</p>
        <h2 style="font-weight:400">Segunda entrevista – Lucía Sanz</h2>
        <p><b>Cuándo</b><br>martes, 27 de octubre de 2026 · 10:00 – 11:00<br>
        Hora de Europa occidental - Canarias</p>
        <p><a href="https://meet.google.com/qwd-fksz-tbn">Unirse con Google Meet</a></p>
        <p><b>Invitados</b><br>Himar Déniz - organizador<br>Nayra Perdomo<br>lucia.sanz@example.org</p>
        <p>Segunda entrevista para Dirección de Cuentas MICE. Nos acompañará Carmen Rosa Ojeda
        (Directora General).</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </div>
        """)
    ics = _gcal_ics("REQUEST", "CONFIRMED", 0, "20261019T081229Z")
    mid = "<calendar-8c2e4d1a-77b0-4a5e-b1f3-0e9d6c2a4411@google.com>"
    hs = head(addr("Himar Déniz", "himar.deniz@atlantidacongresos.es"), ME,
              "Invitación: Segunda entrevista – Lucía Sanz @ mar 27 oct 2026 10:00 - 11:00 (WET) "
              "(lucia.sanz@example.org)", "2026-10-19 09:12", CAN, mid,
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Himar Déniz", "himar.deniz@atlantidacongresos.es"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(htm, cte="base64"),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(9, family="google_calendar", lang="es", kind="cancelled", local="Tue 2026-10-27 10:00", zone=CAN,
     local_end="2026-10-27 11:00", company="Atlántida Congresos y Eventos",
     contact="himar.deniz@atlantidacongresos.es",
     note="Google Calendar cancellation (METHOD:CANCEL, SEQUENCE:1) of the second interview; "
          "cancelled slot 10:00-11:00 WET = 10:00Z; the organizer's note says the process is paused")
def k09():
    body = t("""
        Este evento se ha cancelado y se ha eliminado de tu calendario.

        Segunda entrevista – Lucía Sanz
        Cuándo
        martes, 27 de octubre de 2026 · 10:00 – 11:00
        Hora de Europa occidental - Canarias

        Mensaje de Himar Déniz:
        "Lo siento mucho, Lucía. La dirección ha decidido congelar la contratación de este puesto
        hasta el nuevo presupuesto, así que tenemos que cancelar la entrevista del martes. Te
        escribo en cuanto sepa algo más."

        Invitados
        Himar Déniz - organizador
        Nayra Perdomo
        lucia.sanz@example.org

        Invitación de Google Calendar
        """)
    ics = _gcal_ics("CANCEL", "CANCELLED", 1, "20261023T154402Z")
    mid = "<calendar-0f4b9a73-21d6-4e88-9c5a-5b8e17d2c903@google.com>"
    hs = head(addr("Himar Déniz", "himar.deniz@atlantidacongresos.es"), ME,
              "Evento cancelado: Segunda entrevista – Lucía Sanz @ mar 27 oct 2026 10:00 - 11:00 "
              "(WET) (lucia.sanz@example.org)", "2026-10-23 16:44", CAN, mid,
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Himar Déniz", "himar.deniz@atlantidacongresos.es"))])
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


def _outlook_ics(seq, start, end, stamp, status="CONFIRMED"):
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Elena Vidal Ortega:mailto:evidal@congresosibericos.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Sanz:mailto:lucia.sanz@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ramón Aguado Pérez:mailto:raguado@congresosibericos.com
DESCRIPTION;LANGUAGE=es-ES:Entrevista para el puesto de Jefa de Proyectos MICE.\\n
UID:040000008200E00074C5B7101A82E008000000003A9C1E4F2D67DC01000000000000000010000000A4E2C8B75F1D3E46A1D09B2F7E6C3A55
SUMMARY;LANGUAGE=es-ES:Entrevista: Jefa de Proyectos MICE – Lucía Sanz
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:{seq}
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:-1846203341
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Reunión de Microsoft Teams","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


def _outlook_headers(subject, when, mid, topic_index):
    return head(addr("Elena Vidal Ortega", "evidal@congresosibericos.com"), ME_TO, subject, when, MAD,
                mid, "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2108.outbound.protection.outlook.com [40.107.22.108])",
                extra=[("Thread-Topic", enc("Entrevista: Jefa de Proyectos MICE – Lucía Sanz")),
                       ("Thread-Index", topic_index),
                       ("Accept-Language", "es-ES, en-US"),
                       ("Content-Language", "es-ES"),
                       ("X-MS-Has-Attach", ""),
                       ("X-MS-TNEF-Correlator", ""),
                       ("X-MS-Exchange-Organization-AuthAs", "Anonymous")])


@pos(10, family="outlook_calendar", lang="es", kind="scheduled", local="Thu 2026-11-05 16:00", zone=MAD,
     local_end="2026-11-05 17:00", company="Congresos Ibéricos",
     contact="evidal@congresosibericos.com",
     note="Exchange meeting request, TZID 'Romance Standard Time' (Madrid), 16:00-17:00 CET after "
          "the October change = 15:00Z; Spanish Teams boilerplate; contact = organizer")
def k10():
    body = t("""
        Hola, Lucía:

        Como hablamos por teléfono, te envío la convocatoria para la entrevista con Ramón Aguado
        (Director de Operaciones) y conmigo. Será por Teams, de 16:00 a 17:00. Si tuvieras
        cualquier problema con la conexión, llámame al 91 398 27 40.

        Un saludo,
        Elena

        Elena Vidal Ortega
        Responsable de Personas y Talento
        Congresos Ibéricos, S.L. · C/ Orense 34, 28020 Madrid

        Cuándo: jueves, 5 de noviembre de 2026 16:00-17:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        """) + TEAMS_ES.format(mid="NjE4ZWQ3MzEtYjg1Ny00ZTIx", num="364 118 905 227", code="Xr7pQk")
    ics = _outlook_ics(0, "20261105T160000", "20261105T170000", "20261028T104511Z")
    mid = "<AM6PR05MB6120F3C8D1A94B7E2C5D0E44A1B92@AM6PR05MB6120.eurprd05.prod.outlook.com>"
    hs = _outlook_headers("Entrevista: Jefa de Proyectos MICE – Lucía Sanz", "2026-10-28 11:45", mid,
                          "AQHdR2x3kVYp0b8sTkq9mQ6lxPZ2Vw==")
    return message(hs, alt(text(body, cte="quoted-printable"),
                           html("<html><body><div>" + _html.escape(body).replace("\n", "<br>\n") + "</div></body></html>\n"),
                           calendar(ics, cte="base64")))


@pos(11, family="outlook_calendar", lang="es", kind="rescheduled", local="Fri 2026-11-06 09:30", zone=MAD,
     local_end="2026-11-06 10:30", company="Congresos Ibéricos",
     contact="evidal@congresosibericos.com", days=(("Thu", "2026-11-05"),),
     note="Exchange update (same UID, SEQUENCE:1, subject 'Actualizado:'), moved from Thu 16:00 "
          "to Fri 6 Nov 09:30-10:30 Romance Standard Time (CET) = 08:30Z")
def k11():
    body = t("""
        Lucía, perdona el cambio: a Ramón le han convocado el jueves en Sevilla para un congreso
        y no vuelve a tiempo. Lo pasamos al viernes a primera hora. Si no te encaja, dímelo y lo
        movemos.

        Elena

        Cuándo: viernes, 6 de noviembre de 2026 9:30-10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        """) + TEAMS_ES.format(mid="NjE4ZWQ3MzEtYjg1Ny00ZTIx", num="364 118 905 227", code="Xr7pQk")
    ics = _outlook_ics(1, "20261106T093000", "20261106T103000", "20261102T083107Z")
    mid = "<AM6PR05MB61207D2A0E5C19B84F3E6D21A1B93@AM6PR05MB6120.eurprd05.prod.outlook.com>"
    hs = _outlook_headers("Actualizado: Entrevista: Jefa de Proyectos MICE – Lucía Sanz",
                          "2026-11-02 09:31", mid, "AQHdR2x3kVYp0b8sTkq9mQ6lxPZ2VwG8tRmA")
    return message(hs, alt(text(body, cte="quoted-printable"),
                           html("<html><body><div>" + _html.escape(body).replace("\n", "<br>\n") + "</div></body></html>\n"),
                           calendar(ics, cte="base64")))


@pos(12, family="ashby", lang="en", kind="scheduled", local="Tue 2026-11-10 16:00", zone=MAD,
     local_end="2026-11-10 16:45", company="Brightwater Experiences",
     contact="tom.hale@brightwater-experiences.com",
     note="Ashby confirmation shown in the candidate's zone, 4:00-4:45 PM CET (Madrid) = 15:00Z; "
          "contact = Reply-To talent partner")
def k12():
    body = t("""
        Hi Lucía,

        Thanks for picking a time! Your interview for Senior Destination Events Manager (Spain)
        at Brightwater Experiences is confirmed.

        Tuesday, November 10, 2026
        4:00 PM - 4:45 PM CET (Central European Standard Time)

        Location: Zoom - https://brightwater.zoom.us/j/84120977365

        Interviewers:
          Tom Hale - Talent Partner
          Ines Barros - Director of Destination Events

        Need to make a change? Reschedule here:
        https://app.ashbyhq.com/interview-schedule/7c0b9e1d/reschedule

        Any questions, just reply to this email and it'll reach Tom.

        Cheers,
        Brightwater Experiences Talent Team
        """)
    htm = t("""
        <!DOCTYPE html><html><body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Lucía,</p>
        <p>Thanks for picking a time! Your interview for <b>Senior Destination Events Manager (Spain)</b>
        at Brightwater Experiences is confirmed.</p>
        <p><b>Tuesday, November 10, 2026</b><br>4:00 PM &ndash; 4:45 PM CET (Central European Standard Time)</p>
        <p>Location: <a href="https://brightwater.zoom.us/j/84120977365">Zoom</a></p>
        <p>Interviewers:<br>Tom Hale &mdash; Talent Partner<br>Ines Barros &mdash; Director of Destination Events</p>
        <p><a href="https://app.ashbyhq.com/interview-schedule/7c0b9e1d/reschedule">Reschedule</a></p>
        <p>Any questions, just reply to this email and it&#x27;ll reach Tom.</p>
        <p>Cheers,<br>Brightwater Experiences Talent Team</p>
        </body></html>
        """)
    mid = "<0100019a0f5c7e21-3b8d2c14-9e0a-4f6b-a7c2-51e8d0f4b9a3-000000@email.amazonses.com>"
    hs = head(addr("Brightwater Experiences", "no-reply@ashbyhq.com"), ME_TO,
              "Interview confirmed: Senior Destination Events Manager (Spain)", "2026-11-03 10:20", LON,
              mid, "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              extra=[("Reply-To", addr("Tom Hale", "tom.hale@brightwater-experiences.com"))])
    return message(hs, alt(text(body, cte="base64"), html(htm, cte="base64")))


@pos(13, family="smartrecruiters", lang="es", kind="cancelled", local="Thu 2026-10-15 11:00", zone=MAD,
     local_end="2026-10-15 12:00", company="Hoteles Atalaya",
     contact="beatriz.olmedo@hotelesatalaya.es",
     note="SmartRecruiters cancellation (usted) with METHOD:CANCEL ICS; cancelled slot 11:00-12:00 "
          "hora peninsular = 09:00Z; role filled internally; contact = address in the body")
def k13():
    body = t("""
        Estimada Lucía:

        Lamentamos comunicarle que la entrevista prevista para el jueves, 15 de octubre de 2026,
        de 11:00 a 12:00 (hora peninsular), para el puesto de Coordinador/a de Eventos y
        Banquetes en Hotel Atalaya Salamanca, ha sido cancelada.

        La vacante se ha cubierto finalmente mediante promoción interna. Sentimos mucho las
        molestias y le agradecemos sinceramente el interés mostrado en Hoteles Atalaya.

        Si tiene cualquier consulta, puede dirigirse a Beatriz Olmedo
        (beatriz.olmedo@hotelesatalaya.es).

        Atentamente,
        Departamento de Personas
        Hoteles Atalaya

        Este correo se ha enviado desde SmartRecruiters. Por favor, no responda a este mensaje.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview//ES
VERSION:2.0
METHOD:CANCEL
{TZ_MADRID}
BEGIN:VEVENT
UID:sr-interview-3e77a0b2-1c54-4f8e-8d62-atalaya
DTSTAMP:20261009T091207Z
DTSTART;TZID=Europe/Madrid:20261015T110000
DTEND;TZID=Europe/Madrid:20261015T120000
SUMMARY:Entrevista – Coordinador/a de Eventos y Banquetes
ORGANIZER;CN=Hoteles Atalaya:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Lucía Sanz:mailto:lucia.sanz@example.org
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR"""
    mid = "<20261009091207.7a3c1e90b2.sr@smartrecruiters.com>"
    hs = head(addr("Hoteles Atalaya", "noreply@smartrecruiters.com"), ME_TO,
              "Cancelación de entrevista – Coordinador/a de Eventos y Banquetes", "2026-10-09 11:12", MAD,
              mid, "from mail2.smartrecruiters.com (mail2.smartrecruiters.com [185.43.144.21])")
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="8bit"),
                             calendar(ics, method="CANCEL", cte="quoted-printable", filename="cancel.ics",
                                      disposition="attachment")))


@pos(14, family="workday", lang="es", kind="scheduled", local="Wed 2026-12-02 09:30", zone=CAN,
     local_end="2026-12-02 10:30", company="Solaria Resorts",
     contact="candelaria.hernandez@solariaresorts.com",
     note="Workday notice with numeric date 02/12/2026 (day first), 09:30 hora de Canarias (WET = "
          "UTC in December), 60 minutes; contact = coordinator's address in the body")
def k14():
    body = t("""
        Hola Lucía Sanz:

        Se ha programado una entrevista para tu solicitud de empleo.

        Solicitud: JR-04417 Directora de Eventos y Grupos (Costa Adeje, Tenerife)
        Fecha: 02/12/2026
        Hora de inicio: 09:30 (hora de Canarias) – 10:30 hora peninsular
        Duración: 60 minutos
        Formato: Videoconferencia (Microsoft Teams). Recibirás el enlace en un correo aparte.
        Entrevistadora: Candelaria Hernández Rguez., HR Business Partner

        Si necesitas cambiar la fecha, escribe a candelaria.hernandez@solariaresorts.com.

        Puedes consultar el estado de tu candidatura en cualquier momento en
        https://solariaresorts.wd3.myworkdayjobs.com/es-ES/Careers/userHome

        Gracias,
        Selección – Solaria Resorts & Spa

        Este mensaje se ha generado automáticamente. No respondas a este correo.
        """)
    mid = "<1427338812.88213.1795771801550.JavaMail.wd@wd3-prod-mail-07>"
    hs = head(addr("Solaria Resorts", "solariaresorts@myworkday.com"), ME_TO,
              "Entrevista programada: Directora de Eventos y Grupos", "2026-11-24 08:50", CAN, mid,
              "from wd3-mta04.myworkday.com (wd3-mta04.myworkday.com [216.6.27.104])")
    return message(hs, text(body, cte="8bit"))


@pos(15, family="icims", lang="en", kind="scheduled", local="Thu 2026-09-17 14:30", zone=LON,
     local_end="2026-09-17 15:15", company="Kingsbridge Venues Group",
     contact="olivia.stanton@kingsbridgevenues.co.uk",
     note="iCIMS HTML-only confirmation, 2:30-3:15 PM BST (3:30 in Madrid) = 13:30Z; contact = "
          "recruiter's address in the body")
def k15():
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><table width="600" align="center" style="font-family:Georgia,serif;font-size:15px">
        <tr><td><img src="https://careers-kingsbridgevenues.icims.com/logo.png" alt="Kingsbridge Venues Group"></td></tr>
        <tr><td>
        <p>Dear Lucía,</p>
        <p>Thank you for completing your video interview for the position of <b>Senior Events Manager,
        Madrid (Req 2026-1184)</b>. We are pleased to confirm your interview with our hiring team:</p>
        <p><b>Date:</b> Thursday, 17 September 2026<br>
        <b>Time:</b> 2:30 PM &ndash; 3:15 PM (BST, UK time) / 3:30 PM &ndash; 4:15 PM in Madrid<br>
        <b>Format:</b> Microsoft Teams (link to follow from the interviewer)<br>
        <b>Interviewers:</b> Olivia Stanton, Talent Acquisition Partner; Marcus Reid, VP Venue Sales EMEA</p>
        <p>If you have any questions, please contact Olivia at
        <a href="mailto:olivia.stanton@kingsbridgevenues.co.uk">olivia.stanton@kingsbridgevenues.co.uk</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Kingsbridge Venues Group</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#777">This email was sent by iCIMS on behalf of
        Kingsbridge Venues Group. Kingsbridge Venues Group Ltd, registered in England and Wales.</td></tr>
        </table></body></html>
        """)
    mid = "<1789123456789.51133.icims.kingsbridgevenues@talent.icims.com>"
    hs = head(addr("Kingsbridge Venues Group", "kingsbridgevenues@talent.icims.com"), ME_TO,
              "Interview Confirmation - Senior Events Manager, Madrid (Req 2026-1184)", "2026-09-11 16:03",
              LON, mid, "from mail-out2.icims.com (mail-out2.icims.com [64.236.140.72])")
    return message(hs, html(htm))


@pos(16, family="personio", lang="es", kind="scheduled", local="Mon 2026-09-28 17:00", zone=MAD,
     local_end="2026-09-28 17:30", company="Meseta Rutas",
     contact="andrea.calvo@mesetarutas.es",
     note="Personio invitation with German-style date 28.09.2026, 17:00-17:30 Europe/Madrid (CEST) "
          "= 15:00Z; ICS attachment; contact = Reply-To recruiter")
def k16():
    body = t("""
        Hola Lucía:

        ¡Gracias por tu candidatura para Coordinador/a de Turismo Activo y Eventos! Nos encantaría
        conocerte, así que te confirmamos la entrevista:

        Fecha: lunes, 28.09.2026
        Hora: 17:00 - 17:30 (Europe/Madrid)
        Lugar: videollamada (Google Meet): https://meet.google.com/hgn-wupo-kcx
        Entrevistadora: Andrea Calvo, Responsable de RR. HH.

        Te adjuntamos la invitación para tu calendario. Si te surge algo, contesta a este correo.

        ¡Hasta el lunes!
        El equipo de Meseta Rutas
        Meseta Rutas S.L. · Calle Santiago 19, 47001 Valladolid
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio//Recruiting//DE
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
UID:personio-9b41e2a7-mesetarutas-application-118204
DTSTAMP:20260921T133014Z
DTSTART;TZID=Europe/Madrid:20260928T170000
DTEND;TZID=Europe/Madrid:20260928T173000
SUMMARY:Entrevista Meseta Rutas – Lucía Sanz
LOCATION:https://meet.google.com/hgn-wupo-kcx
ORGANIZER;CN=Andrea Calvo:mailto:andrea.calvo@mesetarutas.es
ATTENDEE;CN=Lucía Sanz;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.sanz@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    mid = "<a9f0e31c8b2d47e5.recruiting@mail.personio.de>"
    hs = head(addr("Meseta Rutas S.L.", "no-reply@mail.personio.de"), ME_TO,
              "Invitación a entrevista: Coordinador/a de Turismo Activo y Eventos", "2026-09-21 15:30",
              MAD, mid, "from mail.personio.de (mail.personio.de [3.120.181.90])",
              extra=[("Reply-To", addr("Andrea Calvo", "andrea.calvo@mesetarutas.es"))])
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="invitation.ics",
                                                  disposition="attachment")))


@pos(17, family="recruitee", lang="es", kind="scheduled", local="Wed 2026-10-21 12:30", zone=MAD,
     local_end="2026-10-21 13:15", company="Acueducto Live Producciones",
     contact="rodrigo@acueductolive.es",
     note="Recruitee booking confirmation after the self-scheduling link; in person in Segovia, "
          "12:30-13:15 CEST = 10:30Z; contact = Reply-To hiring manager")
def k17():
    body = t("""
        Hola Lucía,

        ¡Gracias por elegir un hueco! Tu entrevista queda confirmada:

        Cuándo: miércoles 21 de octubre de 2026, de 12:30 a 13:15
        Dónde: nuestra oficina, Calle Juan Bravo 32, 2.º, Segovia (junto a la Casa de los Picos)
        Te entrevistará: Rodrigo Sacristán, Director de Producción

        Si necesitas cambiarla, usa este enlace:
        https://acueductolive.recruitee.com/o/producer-eventos/interviews/8841/reschedule

        ¡Hasta pronto!
        Acueducto Live Producciones

        --
        Enviado con Recruitee
        """)
    mid = "<66f2b0c1a93e4_1c2d3e@recruitee-mailer.mail>"
    hs = head(addr("Acueducto Live Producciones", "no-reply@recruitee.com"), ME_TO,
              "Entrevista confirmada – Producer de Eventos", "2026-10-14 18:02", MAD, mid,
              "from mail-201.recruitee.com (mail-201.recruitee.com [185.250.239.201])",
              extra=[("Reply-To", addr("Rodrigo Sacristán", "rodrigo@acueductolive.es"))])
    return message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:sans-serif">'))))


@pos(18, family="calendly", lang="es", kind="rescheduled", local="Mon 2026-11-16 13:00", zone=MAD,
     local_end="2026-11-16 13:30", company="Bodegas Ribera Alta",
     contact="alvaro.cuesta@riberaalta.es", days=(("Fri", "2026-11-13"),),
     note="Calendly 'reprogramado' (Spanish), new 13:00-13:30 Monday 16 Nov hora de Europa central "
          "= 12:00Z; old slot (Fri 13 Nov 12:00) also shown; contact = host's address")
def k18():
    body = t("""
        Hola, Lucía Sanz:

        Álvaro Cuesta ha reprogramado el siguiente evento.

        Tipo de evento:
        Entrevista – Responsable de Enoturismo (30 min)

        Anfitrión:
        Álvaro Cuesta (alvaro.cuesta@riberaalta.es)

        Fecha/hora del evento:
        13:00 - lunes, 16 de noviembre de 2026 (Hora de Europa central)

        Anteriormente:
        12:00 - viernes, 13 de noviembre de 2026 (Hora de Europa central)

        Ubicación:
        Bodegas Ribera Alta, Ctra. de Pesquera km 4, Peñafiel (Valladolid)

        Motivo:
        "Me coincide el viernes con una cata con importadores, perdona. El lunes a la una te va
        bien? Si no, dime. Álvaro"

        Ver evento en Calendly
        Cancelar | Reprogramar

        Programa reuniones sin tener que escribir correos. Calendly
        """)
    mid = "<20261111165204.e1a9f7b2c3d4@calendly.com>"
    hs = head(addr("Calendly", "no-reply@calendly.com"), ME_TO,
              "Actualizado: Entrevista – Responsable de Enoturismo con Álvaro Cuesta el lunes, 16 de "
              "noviembre de 2026", "2026-11-11 17:52", MAD, mid,
              "from o1.email.calendly.com (o1.email.calendly.com [167.89.101.234])",
              extra=[("Reply-To", addr("Álvaro Cuesta", "alvaro.cuesta@riberaalta.es"))])
    return message(hs, text(body))


@pos(19, family="ms_bookings", lang="es", kind="scheduled", local="Thu 2026-11-19 10:00", zone=MEX,
     local_end="2026-11-19 10:45", company="Hoteles Nahual",
     contact=None,
     note="Microsoft Bookings (Mexico), 10:00 '(UTC-06:00) Guadalajara, Ciudad de México, Monterrey', "
          "45 minutes = 16:00Z; ICS TZID 'Central Standard Time (Mexico)'; only a shared mailbox "
          "and a staff name, so contact null")
def k19():
    body = t("""
        Hola, Lucía Sanz:

        Gracias por reservar con Reclutamiento Corporativo Hoteles Nahual.

        Entrevista – Gerente de Ventas de Grupos (Riviera Maya)
        jueves, 19 de noviembre de 2026
        10:00 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey
        45 minutos

        Personal: Lic. Fernanda Ríos

        Unirse a la reunión de Microsoft Teams:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg1NjQ3

        Administrar la reserva: Cancelar reserva | Reprogramar reserva

        Si necesitas ayuda, llama al +52 998 881 4400 ext. 215.

        Reclutamiento Corporativo Hoteles Nahual
        Blvd. Kukulcán km 12.5, Zona Hotelera, Cancún, Q. Roo
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_MEXICO_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Reclutamiento Corporativo Hoteles Nahual:mailto:ReclutamientoCorporativo@hotelesnahual.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Sanz:mailto:lucia.sanz@example.org
DESCRIPTION;LANGUAGE=es-MX:Entrevista – Gerente de Ventas de Grupos (Riviera Maya)\\n
UID:040000008200E00074C5B7101A82E00800000000B1E4A3D92F73DC01000000000000000010000000F2A98C41B7D04E2C8A5E13D6C4B0E771
SUMMARY;LANGUAGE=es-MX:Entrevista – Gerente de Ventas de Grupos (Riviera Maya)
DTSTART;TZID=Central Standard Time (Mexico):20261119T100000
DTEND;TZID=Central Standard Time (Mexico):20261119T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T171944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    mid = "<BN8PR19MB2947C0D5E9A1F4B3A2E7B16C9D3A0@BN8PR19MB2947.namprd19.prod.outlook.com>"
    hs = head(addr("Reclutamiento Corporativo Hoteles Nahual", "ReclutamientoCorporativo@hotelesnahual.com.mx"),
              ME_TO, "Cita reservada con Reclutamiento Corporativo Hoteles Nahual", "2026-11-12 11:19", MEX,
              mid, "from NAM04-BN8-obe.outbound.protection.outlook.com (mail-bn8nam04on2119.outbound.protection.outlook.com [40.107.100.119])",
              extra=[("Content-Language", "es-MX")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@pos(20, family="human_prose", lang="es", kind="scheduled", local="Wed 2026-11-25 16:00", zone=MAD,
     company="Hoteles Cibeles Collection", contact="daniel.ferrer@adelanteseleccion.es",
     days=(("Fri", "2026-11-20"),),
     note="Search consultant's prose (usted): 'el próximo miércoles, día 25, a las 16:00' resolved "
          "against the Date (Fri 20 Nov) = 15:00Z CET; hiring company is the client; contact = "
          "the consultant who sent it")
def k20():
    body = t("""
        Buenas tardes, Lucía:

        Tal y como le adelanté por teléfono, le confirmo la entrevista con Hoteles Cibeles
        Collection para la posición de Directora de Eventos Corporativos:

        - Día: el próximo miércoles, día 25, a las 16:00 h.
        - Lugar: sede central de Hoteles Cibeles Collection, calle de Serrano 91, 3.ª planta,
          Madrid. Pregunte por María José Benavente, directora de RR. HH.
        - Duración aproximada: una hora.

        Le recomiendo llevar preparado algún ejemplo de evento corporativo de más de 300
        asistentes que haya coordinado de principio a fin; es lo que más les interesa.

        Después de la entrevista, llámeme y me cuenta qué tal.

        Un cordial saludo,

        Daniel Ferrer Casals
        Consultor Senior – Hospitality & Travel
        Adelante Selección
        T. 91 555 08 62 | M. 600 418 273

        ----------
        AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
        destinatario y pueden contener información confidencial. Si no es usted el destinatario
        indicado, queda notificado de que la utilización, divulgación o copia sin autorización
        está prohibida. De conformidad con el RGPD (UE) 2016/679, le informamos de que sus datos
        serán tratados por ADELANTE SELECCIÓN, S.L. con la finalidad de gestionar procesos de
        selección. Puede ejercer sus derechos en protecciondatos@adelanteseleccion.es.
        """)
    mid = "<000b01dd5c2e$7a1f3c40$6e5db4c0$@adelanteseleccion.es>"
    hs = head(addr("Daniel Ferrer Casals", "daniel.ferrer@adelanteseleccion.es"), ME_TO,
              "Entrevista Hoteles Cibeles Collection - confirmación", "2026-11-20 13:40", MAD, mid,
              "from smtp.adelanteseleccion.es (smtp.adelanteseleccion.es [212.170.34.18])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")])
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@pos(21, family="forwarded", lang="en", kind="scheduled", local="Wed 2026-12-09 11:00", zone=LON,
     local_end="2026-12-09 12:00", company="Northcourt Hospitality",
     contact="priya.lal@northcourthospitality.co.uk",
     note="Owner forwards a GoodTime confirmation to her second address (Gmail, Spanish UI); "
          "11:00 AM-12:00 PM GMT = 11:00Z (12:00 in Madrid as her note says); contact = "
          "coordinator in the forwarded Reply-To/body")
def k21():
    body = t("""
        Para tenerlo también aquí. Ojo: son las 12:00 hora de Madrid.

        ---------- Forwarded message ---------
        De: Northcourt Hospitality <no-reply@goodtime.io>
        Date: mar, 1 dic 2026 a las 18:02
        Subject: Interview Confirmed: Northcourt Hospitality - Regional Events Lead (Iberia)
        To: <lucia.sanz@example.org>
        Reply-To: Priya Lal <priya.lal@northcourthospitality.co.uk>


        Hi Lucía,

        Your interview has been confirmed!

        Regional Events Lead (Iberia)
        Wednesday, December 9, 2026
        11:00 AM - 12:00 PM GMT (Europe/London)

        Video call: Microsoft Teams (join link in the calendar invite)

        Your interview panel:
        11:00 AM - 11:30 AM  Daniel Okafor, Director of Events EMEA
        11:30 AM - 12:00 PM  Rebecca Shaw, Head of Client Services

        If you need to make any changes, please reply to Priya Lal
        (priya.lal@northcourthospitality.co.uk).

        Good luck!
        Northcourt Hospitality Recruiting

        Powered by GoodTime
        """)
    mid = "<CAHw7s2KpY0dZ9x4fQe+GnB1vT6oLcE3@mail.gmail.com>"
    hs = head(ME_TO, ME2_TO,
              "Fwd: Interview Confirmed: Northcourt Hospitality - Regional Events Lead (Iberia)",
              "2026-12-01 21:14", MAD, mid,
              "from mail-lf1-f52.google.com (mail-lf1-f52.google.com [209.85.167.52])", rcpt=ME2)
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(22, family="rfc822_attachment", lang="es", kind="scheduled", local="Thu 2026-12-03 10:00", zone=MAD,
     company="Hoteles Cibeles Collection", contact="daniel.ferrer@adelanteseleccion.es",
     days=(("Fri", "2026-11-27"),),
     note="Consultant forwards the client's confirmation as a message/rfc822 attachment: second "
          "interview jueves 3 de diciembre a las 10:00 (CET) = 09:00Z; 'una hora y media "
          "aproximadamente' so no end; contact = human sender (consultant) per rule order")
def k22():
    inner_body = t("""
        Hola, Daniel:

        Confirmamos a Lucía Sanz para la segunda entrevista el jueves 3 de diciembre a las 10:00,
        aquí en Serrano. Estaremos Íñigo Sáez de Ibarra (director general) y yo. Calculad una
        hora y media aproximadamente; le pediremos que nos presente la propuesta para la
        convención de enero que le comentamos.

        Gracias y buen fin de semana,

        María José Benavente
        Directora de Recursos Humanos
        Hoteles Cibeles Collection
        """)
    inner = message([
        ("From", addr("María José Benavente", "mj.benavente@hotelescibeles.com")),
        ("To", addr("Daniel Ferrer Casals", "daniel.ferrer@adelanteseleccion.es")),
        ("Subject", enc("Segunda entrevista Lucía Sanz")),
        ("Date", date("2026-11-27 14:05", MAD)),
        ("Message-ID", "<DB9PR02MB7340E1A2C3B4D5F6@DB9PR02MB7340.eurprd02.prod.outlook.com>"),
        ("Content-Language", "es-ES"),
    ], text(inner_body))
    body = t("""
        Buenos días, Lucía:

        Le reenvío adjunta la confirmación de Hoteles Cibeles para la segunda entrevista: jueves 3
        de diciembre a las 10:00, en las mismas oficinas de Serrano. Esta vez estará también el
        director general.

        Cualquier cosa, me llama.

        Un saludo,
        Daniel

        Daniel Ferrer Casals
        Consultor Senior – Hospitality & Travel | Adelante Selección
        T. 91 555 08 62 | M. 600 418 273
        """)
    mid = "<001c01dd6127$2b8e4a10$82cade30$@adelanteseleccion.es>"
    hs = head(addr("Daniel Ferrer Casals", "daniel.ferrer@adelanteseleccion.es"), ME_TO,
              "RV: Segunda entrevista Lucía Sanz", "2026-11-30 09:12", MAD, mid,
              "from smtp.adelanteseleccion.es (smtp.adelanteseleccion.es [212.170.34.18])",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, mixed(text(body, charset="windows-1252"),
                             attached_message(inner, "Segunda entrevista Lucia Sanz.eml")))


@pos(23, family="human_prose", lang="en", kind="cancelled", local="Tue 2026-11-10 16:00", zone=MAD,
     company="Brightwater Experiences", contact="tom.hale@brightwater-experiences.com",
     days=(("Tue", "2026-11-10"),),
     note="Talent partner's prose cancelling Tuesday's interview ('3:00pm UK / 4:00pm your time' "
          "on 10 Nov, GMT = 15:00Z) because the role is on hold")
def k23():
    body = t("""
        Hi Lucía,

        I'm really sorry to be writing this, but we need to cancel your interview on Tuesday
        (10 November, 3:00pm UK / 4:00pm your time). We found out this afternoon that the Spain
        role has been put on hold until the 2027 budget is signed off, and I didn't want you
        spending your weekend preparing for it.

        This is genuinely about timing and not about you - Ines was really looking forward to
        meeting you. If the role reopens in January I'll be in touch with you first.

        Apologies again, and have a good weekend.

        Tom

        Tom Hale
        Talent Partner | Brightwater Experiences
        """)
    mid = "<CAE2mUq0Hb8=tRk5wZpX7LsN3cJf@mail.gmail.com>"
    hs = head(addr("Tom Hale", "tom.hale@brightwater-experiences.com"), ME_TO,
              "Tuesday's interview", "2026-11-06 17:25", LON, mid,
              "from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@neg(24, family="rejection", lang="es", company="Grupo Hotelero Almenara",
     note="Greenhouse rejection after the interview; no time")
def k24():
    body = t("""
        Estimada Lucía:

        Queremos agradecerle sinceramente el tiempo y el interés que ha dedicado al proceso de
        selección para Responsable de Eventos y Grupos en Grupo Hotelero Almenara.

        Tras valorar con detenimiento todas las candidaturas, hemos decidido continuar el proceso
        con otras personas cuyo perfil se ajusta más a las necesidades actuales del puesto.

        Conservaremos su currículum para futuras oportunidades y le deseamos mucha suerte en su
        búsqueda.

        Un cordial saludo,
        Marta Quiroga
        Talent Acquisition | Grupo Hotelero Almenara

        --
        Powered by Greenhouse
        """)
    mid = "<5d1e9a0b3c77.1791019811@greenhouse-mail.io>"
    hs = head(addr("Grupo Hotelero Almenara", "no-reply@us.greenhouse-mail.io"), ME_TO,
              "Su candidatura en Grupo Hotelero Almenara", "2026-10-02 11:30", MAD, mid,
              "from o7.ptr4415.greenhouse-mail.io (o7.ptr4415.greenhouse-mail.io [149.72.40.18])",
              extra=[("Reply-To", addr("Marta Quiroga", "marta.quiroga@almenarahoteles.es"))])
    return message(hs, text(body))


@neg(25, family="offer", lang="en", company="Thistledown Travel",
     days=(("Fri", "2026-11-13"),),
     note="Offer of employment with a PDF and a reply-by date; no interview")
def k25():
    body = t("""
        Dear Lucía,

        Following your final interview with Sophie and me, I'm delighted to offer you the role of
        Events Programme Manager (Spain & Portugal) at Thistledown Travel.

        The formal offer letter is attached, with the salary, the remote-working arrangement from
        Segovia and the start date we discussed (1 February 2027). It's subject to references.

        Could you let us know your decision by Friday 13 November? I'm happy to jump on a call
        any time before then if you have questions - just let me know what suits.

        We all really hope you'll say yes.

        Warm regards,
        James

        James Whitcombe
        Head of Groups & Events | Thistledown Travel Ltd
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
           b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           b"trailer<</Root 1 0 R>>\n%%EOF\n")
    att = Part([("Content-Type", 'application/pdf; name="Offer_Lucia_Sanz.pdf"'),
                ("Content-Disposition", 'attachment; filename="Offer_Lucia_Sanz.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    mid = "<CAF3kq9Wq1mX0t=Offer8HbP2sYz@mail.gmail.com>"
    hs = head(addr("James Whitcombe", "james.whitcombe@thistledowntravel.co.uk"), ME_TO,
              "Offer - Events Programme Manager (Spain & Portugal)", "2026-11-02 15:10", LON, mid,
              "from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@neg(26, family="rejection", lang="es", company="Congresos Ibéricos",
     note="Rejection in prose after the rescheduled interview")
def k26():
    body = t("""
        Hola, Lucía:

        Muchas gracias por tu tiempo el viernes 6 y por la propuesta tan trabajada que nos
        presentaste. De verdad que nos costó decidir.

        Al final hemos optado por otra candidata con más recorrido en congresos médicos, que es
        la mayor parte de nuestra cartera para 2027. Ramón y yo nos quedamos con muy buena
        impresión y, si te parece bien, me gustaría contar contigo para futuras vacantes.

        Un abrazo y mucha suerte,
        Elena

        Elena Vidal Ortega
        Responsable de Personas y Talento
        Congresos Ibéricos, S.L.
        """)
    mid = "<AM6PR05MB6120A0B1C2D3E4F5A6B7C8D9E0F1A@AM6PR05MB6120.eurprd05.prod.outlook.com>"
    hs = head(addr("Elena Vidal Ortega", "evidal@congresosibericos.com"), ME_TO,
              "Proceso Jefa de Proyectos MICE", "2026-11-19 17:05", MAD, mid,
              "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2108.outbound.protection.outlook.com [40.107.22.108])",
              extra=[("Content-Language", "es-ES")])
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>\n")))


@neg(27, family="availability_request", lang="es", company="Viajes Quetzal",
     days=(("Tue", "2026-10-06"), ("Thu", "2026-10-08")),
     note="Asks for availability for the next round with two options; nothing fixed")
def k27():
    body = t("""
        Hola Lucía, buenas tardes:

        ¡Buenas noticias! A Paulina le encantó la conversación del viernes y nos gustaría avanzar
        a la siguiente etapa con nuestro director general, Emilio Castañeda.

        ¿Podría compartirnos su disponibilidad? Él tiene libre:
        - martes 6 de octubre, 9:00 hrs (CDMX)
        - jueves 8 de octubre, 11:00 hrs (CDMX)

        Si ninguna le funciona, díganos qué horarios le acomodan y lo coordinamos.

        Saludos,
        Ximena Robles
        Líder de Talento | Viajes Quetzal S.A. de C.V.
        """)
    mid = "<MN2PR11MB43987B2C0D1E9F8A7B6C5D4E3F2A1@MN2PR11MB4398.namprd11.prod.outlook.com>"
    hs = head(addr("Ximena Robles", "ximena.robles@viajesquetzal.mx"), ME_TO,
              "Siguiente etapa – Viajes Quetzal", "2026-10-01 12:20", MEX, mid,
              "from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2101.outbound.protection.outlook.com [40.107.223.101])")
    return message(hs, text(body, charset="iso-8859-1"))


@neg(28, family="application_receipt", lang="en", company="Lantern & Oak Journeys",
     note="JazzHR application acknowledgement; no interview")
def k28():
    body = t("""
        Hi Lucia,

        Thank you for applying for the Head of Group Events position at Lantern & Oak Journeys.

        We have received your application and our team will review it carefully over the coming
        weeks. Due to the volume of applications we may not be able to respond to everyone
        individually, but if your experience is a match we'll be in touch to arrange a call.

        Thanks again for your interest in joining us.

        Lantern & Oak Journeys
        Edinburgh | www.lanternandoak.co.uk

        This message was sent from an unmonitored address via JazzHR.
        """)
    mid = "<20260902094512.31417.jazzhr@applytojob.com>"
    hs = head(addr("Lantern & Oak Journeys", "noreply@applytojob.com"), ME2_TO,
              "Thank you for applying - Head of Group Events", "2026-09-02 10:45", LON, mid,
              "from mail.applytojob.com (mail.applytojob.com [52.45.117.62])", rcpt=ME2)
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(29, family="application_receipt", lang="es", company="Hoteles Atalaya",
     note="SmartRecruiters receipt of the application (usted); no time")
def k29():
    body = t("""
        Estimada Lucía:

        Hemos recibido correctamente su candidatura para el puesto de Coordinador/a de Eventos y
        Banquetes (Hotel Atalaya Salamanca).

        Nuestro equipo revisará su perfil y, si encaja con lo que buscamos, nos pondremos en
        contacto con usted para concertar una entrevista.

        Gracias por su interés en formar parte de Hoteles Atalaya.

        Atentamente,
        Departamento de Personas
        Hoteles Atalaya

        Este correo se ha enviado desde SmartRecruiters. Por favor, no responda a este mensaje.
        """)
    mid = "<20260907164411.1b2c3d4e5f.sr@smartrecruiters.com>"
    hs = head(addr("Hoteles Atalaya", "noreply@smartrecruiters.com"), ME_TO,
              "Hemos recibido su candidatura", "2026-09-07 18:44", MAD, mid,
              "from mail2.smartrecruiters.com (mail2.smartrecruiters.com [185.43.144.21])")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@neg(30, family="job_alert", lang="es", company=None,
     note="Job board alert; 'entrevista inmediata' in a listing, no interview of hers")
def k30():
    body = t("""
        Hola, Lucía:

        Tenemos 4 ofertas nuevas para tu alerta "eventos turismo" en Segovia, Madrid y Valladolid:

        ▸ Coordinador/a de Bodas y Eventos – Finca El Encinar (Segovia)
          Jornada completa · 26.000 – 30.000 € · Incorporación inmediata

        ▸ Event Manager – Hotel Plaza Mayor 4* (Valladolid)
          Contrato indefinido · Entrevista inmediata para perfiles con inglés C1

        ▸ Técnico/a de Turismo – Ayuntamiento (bolsa de empleo, Madrid)
          Plazo de solicitudes hasta el 20 de octubre

        ▸ Responsable de Grupos MICE – Agencia receptiva (Madrid)
          Híbrido · 35.000 € + variable

        Ver todas las ofertas: https://www.empleotur.es/alertas/88213

        Recibes este correo porque creaste una alerta en EmpleoTur. Darse de baja.
        """)
    htm = "<html><body><pre style=\"font-family:Arial\">" + body + "</pre></body></html>\n"
    mid = "<alert.88213.20261005@mailing.empleotur.es>"
    hs = head(addr("EmpleoTur", "alertas@mailing.empleotur.es"), ME2_TO,
              "4 ofertas nuevas: eventos turismo", "2026-10-05 07:02", MAD, mid,
              "from mailing.empleotur.es (mailing.empleotur.es [91.121.33.48])", rcpt=ME2,
              extra=[("List-Unsubscribe", "<https://www.empleotur.es/baja/88213>")])
    return message(hs, alt(text(body), html(htm)))


@neg(31, family="job_alert", lang="en", company=None,
     note="English job alert for event manager roles; no interview")
def k31():
    body = t("""
        Your job alert: "event manager" in Spain, United Kingdom (remote)

        8 new jobs match your preferences.

        Events Manager, Southern Europe - Wayfarer Collective - Remote (EMEA)
        Apply easily - 2 days ago

        Senior Conference Producer - Meridian Summits - London (hybrid)
        Be an early applicant

        MICE Sales Manager - Hotel Lumen Gran Canaria - Las Palmas
        Actively recruiting

        Destination Manager, Spain - Coastline DMC - Madrid
        Promoted

        See all jobs: https://jobs.hirewell.example/alerts/ev-mgr-es

        You are receiving Job Alert emails. Unsubscribe | Help
        Hirewell Jobs, 1 Market Street, Dublin 2, Ireland
        """)
    mid = "<1543218769.4417.1795302300912@hirewell-mailer>"
    hs = head(addr("Hirewell Job Alerts", "jobalerts-noreply@hirewell.example"), ME2_TO,
              "8 new jobs for \"event manager\"", "2026-11-16 08:05", MAD, mid,
              "from mail-out.hirewell.example (mail-out.hirewell.example [198.51.100.44])", rcpt=ME2)
    return message(hs, text(body, cte="base64"))


@neg(32, family="newsletter_tips", lang="es", company=None,
     note="Trade newsletter with an article on job interview questions; no appointment")
def k32():
    htm = t("""
        <html><body style="font-family:Georgia,serif;max-width:640px">
        <h1>Destinos Pro · Boletín semanal</h1>
        <h2>Las 7 preguntas que te harán en una entrevista para dirigir eventos</h2>
        <p>«¿Cuál ha sido el evento que peor te ha salido?» Los responsables de selección de las
        grandes cadenas nos cuentan qué buscan de verdad en una entrevista de trabajo y cómo
        preparar ejemplos concretos con cifras.</p>
        <h2>Canarias bate su récord de congresos en otoño</h2>
        <p>Gran Canaria y Tenerife acumulan ya 140 reuniones internacionales confirmadas para 2027.</p>
        <h2>Entrevista: «El turismo de interior necesita profesionales de eventos»</h2>
        <p>Hablamos con la presidenta de la asociación de hoteleros de Castilla y León.</p>
        <p style="font-size:11px;color:#888">Recibes este boletín porque te suscribiste en
        destinospro.es. <a href="https://destinospro.es/baja">Darse de baja</a></p>
        </body></html>
        """)
    mid = "<newsletter-2026-41.7c1a@envios.destinospro.es>"
    hs = head(addr("Destinos Pro", "boletin@envios.destinospro.es"), ME_TO,
              "Las 7 preguntas de una entrevista para dirigir eventos | Destinos Pro", "2026-10-13 08:30",
              MAD, mid, "from envios.destinospro.es (envios.destinospro.es [185.23.19.77])",
              extra=[("List-Unsubscribe", "<https://destinospro.es/baja>"), ("Precedence", "bulk")])
    return message(hs, html(htm, charset="iso-8859-15"))


@neg(33, family="recruiter_outreach", lang="en", company="Harbour & Finch Recruitment",
     note="Cold recruiter outreach proposing a chat 'next week'; no fixed time")
def k33():
    body = t("""
        Hi Lucia,

        I came across your profile and your work on the Segovia wedding and incentive market
        really stood out. I'm recruiting for a UK-based luxury DMC who are building a Spain team
        and want someone senior on the ground in Castilla y Leon / Madrid.

        Would you be open to a quick 15-minute chat next week? Happy to work around you - just
        let me know a couple of times that suit and I'll send an invite.

        Best,
        Oliver Pennington
        Senior Consultant, Travel & Events
        Harbour & Finch Recruitment | London
        """)
    mid = "<LO2P265MB5120D6E1F0A9B8C7D6E5F4A3B2C1D@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>"
    hs = head(addr("Oliver Pennington", "oliver.pennington@harbourfinch.co.uk"), ME_TO,
              "Luxury DMC - Spain lead role", "2026-09-30 11:48", LON, mid,
              "from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2110.outbound.protection.outlook.com [40.107.10.110])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(34, family="scheduling_link", lang="es", company="Acueducto Live Producciones",
     days=(("Mon", "2026-10-19"), ("Fri", "2026-10-23")),
     note="Recruitee self-scheduling invitation: pick a slot between 19 and 23 October; nothing booked")
def k34():
    body = t("""
        Hola Lucía,

        ¡Gracias por tu candidatura para Producer de Eventos! Nos gustaría conocerte en persona.

        Elige el hueco que mejor te venga para una entrevista de 45 minutos en nuestra oficina de
        Segovia. Hay disponibilidad entre el lunes 19 y el viernes 23 de octubre:

        https://acueductolive.recruitee.com/o/producer-eventos/interviews/8841/book

        Cuando lo reserves te llegará la confirmación.

        Un saludo,
        Rodrigo Sacristán
        Acueducto Live Producciones

        --
        Enviado con Recruitee
        """)
    mid = "<66e1a9f0b72c3_0a1b2c@recruitee-mailer.mail>"
    hs = head(addr("Acueducto Live Producciones", "no-reply@recruitee.com"), ME_TO,
              "Reserva tu entrevista – Producer de Eventos", "2026-10-08 10:25", MAD, mid,
              "from mail-201.recruitee.com (mail-201.recruitee.com [185.250.239.201])",
              extra=[("Reply-To", addr("Rodrigo Sacristán", "rodrigo@acueductolive.es"))])
    return message(hs, text(body))


@neg(35, family="proposal_unconfirmed", lang="es", company="Bodegas Ribera Alta",
     days=(("Fri", "2026-11-13"),),
     note="Hiring manager proposes Friday 13 at 12:00 and sends a Calendly link to book; not yet confirmed")
def k35():
    body = t("""
        Hola Lucía!

        Muchas gracias por mandarme el CV, me ha gustado mucho lo que hiciste con las rutas
        del acueducto. Me encantaría que vinieras a la bodega, conocerte y enseñarte lo que
        tenemos montado.

        ¿Te vendría bien el viernes 13 sobre las 12:00? Si no, te paso mi Calendly y eliges tú el
        día que mejor te cuadre: https://calendly.com/alvaro-riberaalta/entrevista

        Un saludo,
        Álvaro

        Álvaro Cuesta
        Director de Enoturismo · Bodegas Ribera Alta
        Peñafiel (Valladolid) · 983 88 14 52

        Enviado desde mi iPhone
        """)
    mid = "<8B1F2C6E-4D0A-4E9B-9F31-7C5A2E0D1B44@riberaalta.es>"
    hs = head(addr("Álvaro Cuesta", "alvaro.cuesta@riberaalta.es"), ME_TO,
              "Re: Candidatura Responsable de Enoturismo", "2026-11-04 20:16", MAD, mid,
              "from smtp.riberaalta.es (smtp.riberaalta.es [80.58.61.250])",
              extra=[("X-Mailer", "iPhone Mail (22A3354)")])
    return message(hs, text(body, cte="8bit"))


@neg(36, family="auto_reply", lang="es", company="Grupo Hotelero Almenara",
     days=(("Mon", "2026-09-21"),),
     note="Out-of-office auto-reply to the owner's thank-you note")
def k36():
    body = t("""
        Gracias por su mensaje.

        Estaré fuera de la oficina hasta el lunes 21 de septiembre, con acceso limitado al
        correo. Para asuntos urgentes de selección puede escribir a
        seleccion@almenarahoteles.es.

        Un saludo,
        Marta Quiroga
        """)
    mid = "<a1c3e5f7-0b2d-4f6a-8c9e-almenara-autoreply@almenarahoteles.es>"
    hs = head(addr("Marta Quiroga", "marta.quiroga@almenarahoteles.es"), ME_TO,
              "Respuesta automática: Gracias por la entrevista de ayer", "2026-09-17 08:02", MAD, mid,
              "from mail.almenarahoteles.es (mail.almenarahoteles.es [195.77.203.12])",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAK9x1LuciaThx0916@mail.gmail.com>")])
    return message(hs, text(body))


@neg(37, family="bounce", lang="en", company=None,
     note="Delivery failure for the owner's thank-you (mistyped domain); the returned mail "
          "mentions the interview that already took place")
def k37():
    report = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <sophie.akinde@thistledowntravle.co.uk>: Host or domain name not found. Name
            service error for name=thistledowntravle.co.uk type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Gx2Ld0Zq1z9sQ
        Arrival-Date: Fri, 23 Oct 2026 08:14:02 +0200 (CEST)

        Final-Recipient: rfc822; sophie.akinde@thistledowntravle.co.uk
        Original-Recipient: rfc822;sophie.akinde@thistledowntravle.co.uk
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=thistledowntravle.co.uk type=AAAA: Host not found
        """)
    orig_body = t("""
        Dear Sophie,

        Thank you very much for your time yesterday afternoon and for the tour of the office.
        I really enjoyed our conversation about the Portugal programme and I'm even more excited
        about the role after meeting the team.

        Best regards,
        Lucía Sanz
        """)
    orig = message([
        ("From", ME_TO),
        ("To", "sophie.akinde@thistledowntravle.co.uk"),
        ("Subject", "Thank you - yesterday's interview"),
        ("Date", date("2026-10-23 08:13", MAD)),
        ("Message-ID", "<CAK9x1LuciaThx1023@mail.gmail.com>"),
    ], text(orig_body))
    mid = "<20261023061402.4Gx2Ld0Zq1z9sQ@mx1.example.org>"
    hs = [("Return-Path", "<>"),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-10-23 08:14", MAD)),
          ("Message-ID", mid),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, multipart(
        "report",
        text(report, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        attached_message(orig),
        params="report-type=delivery-status"))


@neg(38, family="non_interview_calendar", lang="es", company=None,
     days=(("Thu", "2026-10-08"),),
     note="Medical appointment reminder with a fixed time; not an interview")
def k38():
    body = t("""
        Centro Médico Juan Bravo - Recordatorio de cita

        Estimada paciente: LUCÍA SANZ

        Le recordamos su cita:
        Especialidad: Dermatología, Dra. Pilar Arribas
        Día: jueves 08/10/2026
        Hora: 17:30
        Lugar: C/ Juan Bravo 51, 1.º, Segovia

        Si no puede acudir, por favor anule la cita llamando al 921 46 02 17 o desde el área
        de pacientes. Recuerde traer su tarjeta sanitaria o la de su aseguradora.

        Este es un mensaje automático, por favor no responda. Importe de la consulta: 60 €
        """)
    mid = "<cita.55813.20261005@citas.cmjuanbravo.es>"
    hs = head(addr("Centro Médico Juan Bravo", "citas@cmjuanbravo.es"), ME_TO,
              "Recordatorio de cita – jueves 08/10/2026", "2026-10-05 10:00", MAD, mid,
              "from citas.cmjuanbravo.es (citas.cmjuanbravo.es [84.124.15.90])")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@neg(39, family="non_interview_calendar", lang="es", company=None,
     days=(("Tue", "2026-11-03"),),
     note="Vehicle inspection (ITV) booking with ICS; not an interview")
def k39():
    body = t("""
        Confirmación de cita ITV

        Hola, LUCÍA SANZ:

        Tu cita para la inspección técnica de tu vehículo ha quedado registrada.

        Estación: ITV Valle del Eresma – Polígono de Hontoria, Segovia
        Fecha: martes, 3 de noviembre de 2026
        Hora: 08:40
        Matrícula: 4821 KLM
        Tipo de inspección: Periódica – Turismo
        Importe: 41,65 € (pago en estación)

        Recuerda traer el permiso de circulación y la tarjeta ITV. Añade la cita a tu calendario
        con el archivo adjunto.
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ITV Valle del Eresma//Citas//ES
METHOD:PUBLISH
{TZ_MADRID}
BEGIN:VEVENT
UID:itv-cita-2026110308404821KLM@itvvalleeresma.es
DTSTAMP:20261026T091500Z
DTSTART;TZID=Europe/Madrid:20261103T084000
DTEND;TZID=Europe/Madrid:20261103T090000
SUMMARY:Cita ITV – 4821 KLM
LOCATION:ITV Valle del Eresma\\, Polígono de Hontoria\\, Segovia
END:VEVENT
END:VCALENDAR"""
    mid = "<cita-itv-4821klm-20261026@itvvalleeresma.es>"
    hs = head(addr("ITV Valle del Eresma", "citas@itvvalleeresma.es"), ME_TO,
              "Confirmación de cita ITV – 03/11/2026 08:40", "2026-10-26 10:15", MAD, mid,
              "from smtp.itvvalleeresma.es (smtp.itvvalleeresma.es [62.82.10.55])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64",
                                                  filename="cita_itv.ics", disposition="attachment")))


def _work_ics(uid, organizer_cn, organizer, summary, start, end, stamp, location):
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN={organizer_cn}:mailto:{organizer}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Sanz:mailto:lucia.sanz@example.org
UID:{uid}
SUMMARY;LANGUAGE=es-ES:{summary}
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""


@neg(40, family="non_interview_calendar", lang="es", company=None,
     days=(("Thu", "2026-10-29"),),
     note="Current job's internal meeting (Exchange request) about an event she runs; not an interview")
def k40():
    body = t("""
        Lucía, te mando la convocatoria para repasar con el equipo de sala y cocina el Congreso
        de Enoturismo del 12-14 de noviembre. Trae por favor el plano de montaje actualizado y
        el rooming definitivo.

        Gracias,
        Pablo

        Cuándo: jueves, 29 de octubre de 2026 10:00-11:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala Alcázar (1.ª planta)
        """)
    ics = _work_ics("040000008200E00074C5B7101A82E00800000000C3D2E1F0A9B8DC0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
                    "Pablo Herrero Gil", "pherrero@realalcazarhotel.es",
                    "Coordinación Congreso Enoturismo – sala y cocina", "20261029T100000",
                    "20261029T110000", "20261022T121040Z", "Sala Alcázar (1.ª planta)")
    mid = "<VI1PR03MB4512B0C9D8E7F6A5B4C3D2E1F0A9@VI1PR03MB4512.eurprd03.prod.outlook.com>"
    hs = head(addr("Pablo Herrero Gil", "pherrero@realalcazarhotel.es"), ME_TO,
              "Coordinación Congreso Enoturismo – sala y cocina", "2026-10-22 14:10", MAD, mid,
              "from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2095.outbound.protection.outlook.com [40.107.103.95])",
              extra=[("Content-Language", "es-ES"), ("X-MS-Has-Attach", "")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@neg(41, family="non_interview_calendar", lang="es", company=None,
     days=(("Tue", "2026-12-15"),),
     note="Annual performance review at her current employer ('entrevista de evaluación del "
          "desempeño'), Exchange request; a look-alike, not a job interview")
def k41():
    body = t("""
        Hola, Lucía:

        Como cada año, te convocamos a la entrevista de evaluación del desempeño 2026 con tu
        responsable directo, Pablo Herrero, y conmigo. Revisaremos los objetivos del año y
        fijaremos los de 2027.

        Antes de la reunión, completa por favor la autoevaluación en el portal del empleado.

        Un saludo,
        Sonia Llorente
        Recursos Humanos · Hotel Real Alcázar Segovia

        Cuándo: martes, 15 de diciembre de 2026 12:00-12:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Despacho de Dirección
        """)
    ics = _work_ics("040000008200E00074C5B7101A82E00800000000D4E3F2A1B0C9DC0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
                    "Sonia Llorente", "sllorente@realalcazarhotel.es",
                    "Entrevista de evaluación del desempeño 2026 – Lucía Sanz", "20261215T120000",
                    "20261215T124500", "20261204T094502Z", "Despacho de Dirección")
    mid = "<VI1PR03MB4512C1D2E3F4A5B6C7D8E9F0A1B2@VI1PR03MB4512.eurprd03.prod.outlook.com>"
    hs = head(addr("Sonia Llorente", "sllorente@realalcazarhotel.es"), ME_TO,
              "Entrevista de evaluación del desempeño 2026 – Lucía Sanz", "2026-12-04 10:45", MAD, mid,
              "from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2095.outbound.protection.outlook.com [40.107.103.95])",
              extra=[("Content-Language", "es-ES")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@neg(42, family="event_ticket", lang="en", company=None,
     days=(("Tue", "2026-11-17"), ("Thu", "2026-11-19")),
     note="Trade show visitor badge with fixed dates; not an interview")
def k42():
    body = t("""
        Your visitor badge for MeetEx Madrid 2026

        Hi Lucía,

        You're registered! Show the QR code below at any entrance to collect your badge.

        MeetEx Madrid 2026 - The Iberian Meetings & Events Show
        Tuesday 17 - Thursday 19 November 2026, 9:30am - 6:30pm
        Pavilion 8, Madrid Exhibition Centre

        Registration ID: MX26-V-448120
        Badge type: Trade Visitor (Hosted Buyer programme: not selected)

        Tip: book your 1:1 appointments with exhibitors in the MeetEx app from 2 November.

        See you in Madrid!
        The MeetEx team
        """)
    mid = "<reg.MX26-V-448120@mail.meetex-events.example>"
    hs = head(addr("MeetEx Madrid", "registration@mail.meetex-events.example"), ME_TO,
              "Your visitor badge for MeetEx Madrid 2026", "2026-11-09 12:00", MAD, mid,
              "from mail.meetex-events.example (mail.meetex-events.example [203.0.113.25])")
    return message(hs, alt(text(body), html("<html><body><p>" + body.replace("\n", "<br>\n") + "</p></body></html>\n")))


@neg(43, family="travel", lang="es", company=None,
     days=(("Wed", "2026-09-16"),),
     note="Train ticket Segovia-Madrid on the day of the rescheduled interview; travel, not an interview")
def k43():
    body = t("""
        ¡Gracias por viajar con AltaVía!

        Localizador: K7Q2MX

        IDA – miércoles 16/09/2026
        Segovia-Guiomar 10:05 → Madrid-Chamartín 10:32
        Tren AV 08214 · Coche 4 · Plaza 07A · Tarifa Básica

        VUELTA – miércoles 16/09/2026
        Madrid-Chamartín 17:40 → Segovia-Guiomar 18:07
        Tren AV 08251 · Coche 2 · Plaza 12C · Tarifa Básica

        Pasajera: LUCÍA SANZ
        Importe total: 24,60 €

        Presenta tu billete (adjunto o en la app) en el control de acceso. El acceso se cierra
        2 minutos antes de la salida.
        """)
    mid = "<billete.K7Q2MX.20260912@altavia-trenes.example>"
    hs = head(addr("AltaVía Trenes", "billetes@altavia-trenes.example"), ME_TO,
              "Tu billete K7Q2MX · Segovia-Guiomar ⇄ Madrid-Chamartín", "2026-09-12 19:33", MAD, mid,
              "from mta.altavia-trenes.example (mta.altavia-trenes.example [203.0.113.80])")
    return message(hs, text(body, cte="base64"))


@neg(44, family="travel", lang="en", company=None,
     days=(("Wed", "2026-10-21"), ("Fri", "2026-10-23")),
     note="Flight booking to London before the final interview; travel, not an interview")
def k44():
    body = t("""
        Booking confirmed - have a great trip, Lucia!

        Booking reference: SK4Z9P

        OUTBOUND  Wed 21 Oct 2026
        SK 2381  Madrid (MAD) T1  15:40  ->  London Gatwick (LGW) N  17:05
        Seat 14C - 1 x cabin bag

        RETURN  Fri 23 Oct 2026
        SK 2388  London Gatwick (LGW) N  11:25  ->  Madrid (MAD) T1  14:40
        Seat 9A - 1 x cabin bag

        Passenger: MS LUCIA SANZ
        Total paid: EUR 187.46

        Online check-in opens 24 hours before departure.

        Skylark Airways Ltd. Please don't reply to this email.
        """)
    mid = "<SK4Z9P.confirm.20261009@booking.skylark-air.example>"
    hs = head(addr("Skylark Airways", "no-reply@booking.skylark-air.example"), ME_TO,
              "Your booking SK4Z9P: Madrid - London Gatwick", "2026-10-09 21:02", MAD, mid,
              "from booking.skylark-air.example (booking.skylark-air.example [198.51.100.9])")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(45, family="personal", lang="es", company=None,
     days=(("Fri", "2026-10-16"),),
     note="Friend's dinner invitation with a fixed time; personal")
def k45():
    body = t("""
        Luci!!

        Que al final lo hacemos este viernes, el 16, en mi casa a las 21:30. Vienen Jaime, Bea y los
        de Valladolid. Tú trae postre si puedes (el de queso de la última vez, porfa 😍)

        Y cuéntame lo de Londres que me tienes en ascuas!!

        Besos,
        Irene
        """)
    mid = "<CAM2pIreneCena16oct@mail.gmail.com>"
    hs = head(addr("Irene Marcos", "irene.marcos.v@example.net"), ME2_TO,
              "Cena viernes!!", "2026-10-13 22:41", MAD, mid,
              "from mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])", rcpt=ME2)
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(46, family="webinar", lang="en", company=None,
     days=(("Thu", "2026-09-24"),),
     note="Webinar registration about panel interviews, fixed time; not her interview")
def k46():
    body = t("""
        You're registered!

        Hospitality Careers Live: Nailing the panel interview
        Thursday 24 September 2026, 6:00pm - 7:00pm BST

        Join from your browser: https://events.hospitalitycareerslive.example/w/8821

        Our panel of hotel and events recruiters will walk you through how panel interviews
        really work, what each interviewer is listening for, and how to handle the case-study
        question. Bring your questions for the live Q&A.

        Can't make it? Everyone who registers gets the recording.

        Hospitality Careers Live
        """)
    mid = "<webinar-8821-reg-33190@events.hospitalitycareerslive.example>"
    hs = head(addr("Hospitality Careers Live", "events@hospitalitycareerslive.example"), ME2_TO,
              "Confirmed: Nailing the panel interview (Thu 24 Sep)", "2026-09-18 13:00", LON, mid,
              "from events.hospitalitycareerslive.example (events.hospitalitycareerslive.example [203.0.113.140])",
              rcpt=ME2)
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(47, family="press_interview", lang="es", company=None,
     days=(("Tue", "2026-12-01"),),
     note="Local radio confirms a live interview about the Christmas market she organises; "
          "media interview, not a job interview")
def k47():
    body = t("""
        Hola, Lucía:

        Te confirmo la entrevista en directo en "Segovia al Día" el martes 1 de diciembre a las
        12:10. Serán unos 10 minutos para hablar del mercado navideño de la Plaza Mayor y de las
        actividades del puente.

        Si puedes, pásate por el estudio (C/ Cervantes 12) a las 12:00; si no, te llamamos al
        móvil a esa hora.

        ¡Gracias!
        Marisa Benito
        Producción · Radio Segovia Norte 98.3 FM
        """)
    mid = "<3f9a1b7c-radio-entrevista@radiosegovianorte.example>"
    hs = head(addr("Marisa Benito", "produccion@radiosegovianorte.example"), ME_TO,
              "Entrevista martes 1 – Segovia al Día", "2026-11-26 13:20", MAD, mid,
              "from smtp.radiosegovianorte.example (smtp.radiosegovianorte.example [192.0.2.61])")
    return message(hs, text(body, cte="8bit"))


@neg(48, family="mock_interview", lang="en", company=None,
     days=(("Mon", "2026-11-02"),),
     note="Calendly booking of a paid mock interview with a career coach; practice, not a job interview")
def k48():
    body = t("""
        Hi Lucía Sanz,

        A new event has been scheduled.

        Event Type:
        Mock interview + feedback (60 min)

        Invitee:
        Lucía Sanz

        Event Date/Time:
        6:00pm - Monday, November 2, 2026 (Central European Time)

        Location:
        This is a Zoom web conference. Join: https://us06web.zoom.us/j/81755320411

        Host:
        Hannah Reeve Coaching

        Questions:
        What role are you preparing for? - Senior Destination Events Manager (Spain), UK
        experiences company (first interview)

        View event in Calendly

        Sent from Calendly
        """)
    mid = "<20261029115533.9c8d7e6f5a4b@calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"), ME_TO,
              "New Event: Lucía Sanz - 06:00pm Mon, Nov 2, 2026 - Mock interview + feedback (60 min)",
              "2026-10-29 12:55", MAD, mid,
              "from o1.email.calendly.com (o1.email.calendly.com [167.89.101.234])",
              extra=[("Reply-To", "hannah@hannahreevecoaching.example")])
    return message(hs, text(body))


@neg(49, family="newsletter", lang="en", company=None,
     note="Industry newsletter with an 'Interview:' feature; no appointment")
def k49():
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;max-width:600px">
        <p style="font-size:12px;color:#888">EventBiz Weekly &middot; 3 December 2026</p>
        <h1>Five trends that will shape MICE in 2027</h1>
        <p>Hybrid is out, "hyper-local" is in: planners tell us why smaller, regional venues are
        winning incentive business from the big capitals.</p>
        <h2>Interview: the Canary Islands' congress comeback</h2>
        <p>We sat down with the head of the Gran Canaria convention bureau to talk airlift,
        off-season pricing and what's next.</p>
        <h2>Jobs board</h2>
        <p>Head of Events (London), Congress PCO Director (Lisbon), Incentive Manager (Madrid) and
        more &rarr;</p>
        <p style="font-size:11px;color:#999">You're receiving this because you subscribed to
        EventBiz Weekly. <a href="https://eventbizweekly.example/unsub">Unsubscribe</a></p>
        </body></html>
        """)
    mid = "<ebw-2026-48.a1b2c3@news.eventbizweekly.example>"
    hs = head(addr("EventBiz Weekly", "news@eventbizweekly.example"), ME2_TO,
              "Five trends that will shape MICE in 2027", "2026-12-03 07:00", LON, mid,
              "from news.eventbizweekly.example (news.eventbizweekly.example [198.51.100.200])", rcpt=ME2,
              extra=[("List-Unsubscribe", "<https://eventbizweekly.example/unsub>"), ("Precedence", "bulk")])
    return message(hs, alt(text("View this email in your browser: https://eventbizweekly.example/2026-48\n"),
                           html(htm)))


@neg(50, family="one_way_video", lang="en", company="Kingsbridge Venues Group",
     days=(("Wed", "2026-09-09"),),
     note="One-way recorded video interview to complete by a deadline; no live interview at a fixed time")
def k50():
    htm = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px">
        <p>Dear Lucía,</p>
        <p>Thank you for your application for <b>Senior Events Manager, Madrid (Req 2026-1184)</b>.
        As the next step, we invite you to complete a short recorded video interview.</p>
        <p>You will be asked four questions and will have up to three minutes to answer each. You
        can complete it at any time that suits you, but please do so <b>by 11:59 PM (BST) on
        Wednesday, 9 September 2026</b>.</p>
        <p><a href="https://kingsbridgevenues.videointerview.example/start/4f1e9c">Start your video interview</a></p>
        <p>Kind regards,<br>Talent Acquisition<br>Kingsbridge Venues Group</p>
        <p style="font-size:11px;color:#777">This email was sent by iCIMS on behalf of Kingsbridge Venues Group.</p>
        </body></html>
        """)
    mid = "<1788451200123.50877.icims.kingsbridgevenues@talent.icims.com>"
    hs = head(addr("Kingsbridge Venues Group", "kingsbridgevenues@talent.icims.com"), ME_TO,
              "Next step: your video interview - Senior Events Manager, Madrid", "2026-09-03 10:40", LON,
              mid, "from mail-out2.icims.com (mail-out2.icims.com [64.236.140.72])")
    return message(hs, html(htm))
