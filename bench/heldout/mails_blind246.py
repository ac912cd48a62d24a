"""blind246: 50 hand-written mails from the inbox of Iker Goñi, a renewable-energy project
controller in Pamplona (Europe/Madrid), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Keys 1-23 are
the positives, 24-50 the negatives; file numbers are a fixed shuffle of the writing order.
Build and check: ``python3 bench/heldout/make_blind.py blind246``.
"""

from __future__ import annotations

import hashlib
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
    received,
    t,
    text,
    utc,
)

SET = "blind246"
ORDER = random.Random(2460246).sample(range(1, 51), 50)
ME = "iker.goni@example.org"
ME_H = addr("Iker Goñi", ME)
MAD = "Europe/Madrid"

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


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def reg(key: int, *, local: str | None = None, local_end: str | None = None, zone: str = MAD, **kw):
    """make.mail under this set's file name; start/end computed from the local time as written."""
    if local:
        kw["start"] = utc(local.split(" ", 1)[1], zone)
        kw["zone"] = zone
    if local_end:
        kw["end"] = utc(local_end, zone)
    return make.mail(name(key), local=local, local_end=local_end, **kw)


def _id(key: int, n: int = 16) -> str:
    return hashlib.sha256(f"{SET}-{key}".encode()).hexdigest()[:n]


def head(key: int, *, frm: str, subject: str, when: str, zone: str = MAD, mx: str, msgid: str,
         to: str = ME_H, extra: tuple[tuple[str, str], ...] = (), rcpt: str = ME, lag: int = 4,
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then the extra headers."""
    rid = _id(key, 12)
    return [
        ("Delivered-To", rcpt),
        ("Received", received(mx, when, zone, f"mx2.example.org (Postfix) with ESMTPS id {rid.upper()}",
                              rcpt, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def page(inner: str, lang: str = "es") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f"{inner}\n</body></html>\n")


# =========================================================================== positives (1-23)


# ---- 1: Greenhouse, English, remote team (Dublin) ------------------------------------------
@reg(1, family="greenhouse", lang="en", interview=True, kind="scheduled", company="Windward Grid",
     contact="siobhan.kearney@windwardgrid.ie", local="Thu 2026-09-10 16:00", local_end="2026-09-10 16:45",
     note="Greenhouse confirmation 'Thursday, September 10, 2026, 4:00 PM - 4:45 PM CEST' (the candidate's "
          "zone; 3:00 PM IST Dublin also stated) -> 14:00-14:45Z; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Iker,

        Thanks for making time to speak with us about the Senior Project Controller (Remote, EMEA)
        role at Windward Grid. Your interview is confirmed:

        Interview: Hiring Manager Conversation
        Date: Thursday, September 10, 2026
        Time: 4:00 PM - 4:45 PM CEST (3:00 PM - 3:45 PM IST, Dublin)
        Location: Google Meet - https://meet.google.com/wdg-kpqz-tse

        You'll be speaking with:
          Cormac Doyle - Head of Portfolio Controls

        If anything comes up, just reply to this email and it will reach me.

        Best,
        Siobhán Kearney
        Talent Partner, Windward Grid
        """)
    h = page(t("""
        <p>Hi Iker,</p>
        <p>Thanks for making time to speak with us about the <b>Senior Project Controller (Remote, EMEA)</b>
        role at Windward Grid. Your interview is confirmed:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Hiring Manager Conversation</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, September 10, 2026</td></tr>
        <tr><td><b>Time</b></td><td>4:00 PM - 4:45 PM CEST (3:00 PM - 3:45 PM IST, Dublin)</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/wdg-kpqz-tse">Google Meet</a></td></tr>
        </table>
        <p>You'll be speaking with:<br>&nbsp;&nbsp;Cormac Doyle &ndash; Head of Portfolio Controls</p>
        <p>If anything comes up, just reply to this email and it will reach me.</p>
        <p>Best,<br>Siobh&aacute;n Kearney<br>Talent Partner, Windward Grid</p>
        <img src="https://us.greenhouse-mail.io/o/3f9a1c.gif" width="1" height="1" alt="">"""), "en")
    hs = head(1, frm=addr("Windward Grid", "no-reply@us.greenhouse-mail.io"),
              subject="Interview Confirmation: Senior Project Controller (Remote, EMEA) at Windward Grid",
              when="2026-09-08 11:04", zone="Europe/Dublin",
              mx="from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.12.44])",
              msgid="<0100019246a1c3d2-5b2e8f10-7c1d-4e0a-9b35-2f6d1e7a8c44-000000@email.amazonses.com>",
              extra=(("Reply-To", addr("Siobhán Kearney", "siobhan.kearney@windwardgrid.ie")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body), html(h)))


# ---- 2: recruiter prose (tú), confirms the proposal of key 24 -----------------------------
@reg(2, family="human_prose", lang="es", interview=True, kind="scheduled", company="Eólica Arga",
     contact="amaia.urdiain@eolicaarga.es", local="Tue 2026-09-22 12:00",
     note="Reply closing the thread of key 24: 'quedamos el martes 22 a las 12:00' in Mutilva (Europe/Madrid, "
          "CEST) -> 10:00Z; 'una horita más o menos' is approximate, so end null; contact = human sender")
def m02() -> bytes:
    body = t("""
        Genial Iker!

        Pues quedamos el martes 22 a las 12:00 en nuestra oficina de Mutilva (Polígono Mutilva Baja,
        calle H nº 14, 2ª planta). Pregunta por mí en recepción. Estaremos Josu Ardaiz (director de
        operaciones) y yo, será una horita más o menos.

        Si tienes cualquier cosa me llamas al 648 21 77 09.

        Un abrazo,
        Amaia

        --
        Amaia Urdiain
        Personas y Talento · Eólica Arga
        amaia.urdiain@eolicaarga.es

        El mié, 16 sept 2026 a las 19:03, Iker Goñi (<iker.goni@example.org>) escribió:
        > Hola Amaia,
        >
        > Sí, el martes a las 12 me cuadra perfectamente. ¿Me pasas la dirección?
        >
        > Gracias!
        > Iker
        >
        > El mié, 16 sept 2026 a las 9:12, Amaia Urdiain (<amaia.urdiain@eolicaarga.es>) escribió:
        >> Kaixo Iker,
        >> Josu ha visto tu CV y le gustaría conoceros en persona. ¿Te cuadra el martes a las 12?
        >> Si no, el miércoles a primera hora también podríamos.
        """)
    hs = head(2, frm=addr("Amaia Urdiain", "amaia.urdiain@eolicaarga.es"),
              subject="Re: Puesto Project Controller - Eólica Arga", when="2026-09-17 08:47",
              mx="from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])",
              msgid="<CAJx8Lr2q+9bN1tVw0eKpZ3x_QmUu7dA4hG5s@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAH7vQp0s1TbWq3@mail.gmail.com>"),
                     ("References", "<CAB4rT0pKk2eYxQ9m_Lz1hF8vS@mail.gmail.com>\r\n"
                                    " <CAH7vQp0s1TbWq3@mail.gmail.com>")))
    return message(hs, text(body, cte="8bit"))


# ---- 3: SmartRecruiters, Spanish, in person in Noáin ----------------------------------------
@reg(3, family="smartrecruiters", lang="es", interview=True, kind="scheduled",
     company="Navarra Solar Tracking", contact="iratxe.lizarraga@navarrasolartracking.com",
     local="Thu 2026-09-24 10:30", local_end="2026-09-24 11:30",
     note="SmartRecruiters, 'jueves, 24 de septiembre de 2026 a las 10:30 (hora peninsular, CEST)', "
          "'Duración: 1 hora' -> 08:30-09:30Z; sender no-reply, contact = recruiter address in the signature")
def m03() -> bytes:
    body = t("""
        Hola Iker,

        Gracias por tu interés en la posición de Project Controller - Plantas Solares. Nos complace
        confirmarte tu entrevista:

        Fecha: jueves, 24 de septiembre de 2026
        Hora: 10:30 (hora peninsular, CEST)
        Duración: 1 hora
        Tipo: presencial
        Lugar: Navarra Solar Tracking, Ciudad del Transporte, calle B 7, 31119 Imárcoain (Noáin)

        Entrevistadores: Fermín Goñi (Director Financiero) e Iratxe Lizarraga (Talent Acquisition)

        Trae, si puedes, un ejemplo de informe de seguimiento de proyecto (anonimizado).

        Un saludo,
        Iratxe Lizarraga
        Talent Acquisition - Navarra Solar Tracking
        iratxe.lizarraga@navarrasolartracking.com

        Este mensaje se ha enviado a través de SmartRecruiters. Por favor, no respondas a este correo.
        """)
    h = page(t("""
        <div style="max-width:600px;margin:0 auto">
        <p>Hola Iker,</p>
        <p>Gracias por tu interés en la posición de <strong>Project Controller - Plantas Solares</strong>.
        Nos complace confirmarte tu entrevista:</p>
        <table style="border:1px solid #ddd;padding:8px">
        <tr><td>Fecha</td><td><strong>jueves, 24 de septiembre de 2026</strong></td></tr>
        <tr><td>Hora</td><td><strong>10:30 (hora peninsular, CEST)</strong></td></tr>
        <tr><td>Duración</td><td>1 hora</td></tr>
        <tr><td>Tipo</td><td>presencial</td></tr>
        <tr><td>Lugar</td><td>Navarra Solar Tracking, Ciudad del Transporte, calle B 7, 31119 Imárcoain (Noáin)</td></tr>
        </table>
        <p>Entrevistadores: Fermín Goñi (Director Financiero) e Iratxe Lizarraga (Talent Acquisition)</p>
        <p>Trae, si puedes, un ejemplo de informe de seguimiento de proyecto (anonimizado).</p>
        <p>Un saludo,<br>Iratxe Lizarraga<br>Talent Acquisition - Navarra Solar Tracking<br>
        <a href="mailto:iratxe.lizarraga@navarrasolartracking.com">iratxe.lizarraga@navarrasolartracking.com</a></p>
        <p style="color:#888;font-size:11px">Este mensaje se ha enviado a través de SmartRecruiters.
        Por favor, no respondas a este correo.</p>
        </div>"""))
    hs = head(3, frm=addr("Navarra Solar Tracking", "noreply@smartrecruiters.com"),
              subject="Confirmación de entrevista - Project Controller - Plantas Solares",
              when="2026-09-18 13:31",
              mx="from mail-a.smartrecruiters.com (mail-a.smartrecruiters.com [54.240.8.17])",
              msgid="<sr.3c7f1e2a9b.20260918113101@smartrecruiters.com>")
    return message(hs, alt(text(body), html(h)))


# ---- 4: Workday, Spanish, HTML only, base64 ------------------------------------------------
@reg(4, family="workday", lang="es", interview=True, kind="scheduled", company="Ibervento Renovables",
     contact="ainhoa.etxeberria@ibervento.eus", local="Mon 2026-10-05 09:30",
     note="Workday HTML-only (base64): 'lunes 5 de octubre de 2026 a las 9:30 h' in Bilbao (CEST) -> 07:30Z; "
          "'duración aproximada de 45 minutos' -> end null; contact = recruiter address in the body")
def m04() -> bytes:
    h = page(t("""
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="border:1px solid #e0e0e0">
        <tr><td style="background:#00594f;color:#fff;padding:16px;font-size:18px">Ibervento Renovables</td></tr>
        <tr><td style="padding:20px">
        <p>Estimado/a Iker Goñi:</p>
        <p>Le confirmamos la entrevista para la posición <b>R-20931 Controller de Proyectos Eólicos (Bilbao)</b>.</p>
        <p><b>Fecha y hora:</b> lunes 5 de octubre de 2026 a las 9:30 h<br>
        <b>Lugar:</b> Torre Ibervento, Plaza Euskadi 3, planta 14, 48009 Bilbao<br>
        <b>Formato:</b> presencial, duración aproximada de 45 minutos</p>
        <p>Le recibirán Ainhoa Etxeberria (Selección) y Gorka Uriarte (Jefe de Control de Proyectos).
        Para cualquier cambio puede escribir a
        <a href="mailto:ainhoa.etxeberria@ibervento.eus">ainhoa.etxeberria@ibervento.eus</a>.</p>
        <p>Recuerde traer su DNI para el acceso al edificio.</p>
        <p>Atentamente,<br>Equipo de Selección de Ibervento Renovables</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#777;padding:12px">Este correo se ha generado automáticamente desde
        Workday. No responda a este mensaje.</td></tr>
        </table></td></tr></table>"""))
    hs = head(4, frm=addr("Ibervento Renovables", "ibervento@myworkday.com"),
              subject="Ibervento Renovables: confirmación de entrevista R-20931", when="2026-09-28 10:15",
              mx="from wd5-mta02.myworkday.com (wd5-mta02.myworkday.com [69.10.28.33])",
              msgid="<1234409876.481920.1790590500012@wd5-prod-mta02>",
              extra=(("X-Workday-Tenant", "ibervento"),))
    return message(hs, html(h, cte="base64"))


# ---- 5: Teamtailor, Spanish, relay Reply-To, ORGANIZER human ---------------------------------
@reg(5, family="teamtailor", lang="es", interview=True, kind="scheduled", company="Basoa Biomasa",
     contact="garazi.azpiazu@basoabiomasa.eus", local="Wed 2026-10-07 16:00", local_end="2026-10-07 16:45",
     note="Teamtailor 'mié 7 oct · 16:00–16:45 (Europe/Madrid)', ICS TZID Europe/Madrid -> 14:00-14:45Z; "
          "Reply-To is a Teamtailor relay, contact = human ICS ORGANIZER")
def m05() -> bytes:
    body = t("""
        Hola Iker,

        ¡Tu entrevista está reservada!

        Entrevista por vídeo - Técnico/a de Control de Proyectos (Donostia)
        mié 7 oct · 16:00–16:45 (Europe/Madrid)
        Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bsb7Yk2
        Con: Garazi Azpiazu, Beñat Iturrioz

        Hemos añadido la invitación a este correo para que la guardes en tu calendario.

        Ondo izan,
        Garazi Azpiazu
        Basoa Biomasa
        """)
    h = page(t("""
        <div style="max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:24px">
        <h2 style="font-size:20px">¡Tu entrevista está reservada!</h2>
        <p><strong>Entrevista por vídeo - Técnico/a de Control de Proyectos (Donostia)</strong></p>
        <p>&#128197; mié 7 oct · 16:00–16:45 (Europe/Madrid)<br>
        &#128205; <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_bsb7Yk2">Microsoft Teams</a><br>
        &#128101; Garazi Azpiazu, Beñat Iturrioz</p>
        <p>Hemos añadido la invitación a este correo para que la guardes en tu calendario.</p>
        <p>Ondo izan,<br>Garazi Azpiazu<br>Basoa Biomasa</p>
        <p style="font-size:11px;color:#999">Enviado con Teamtailor</p>
        </div>"""))
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Interviews//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_VTZ}
BEGIN:VEVENT
UID:tt-interview-5581923@teamtailor.com
DTSTAMP:20261001T150200Z
DTSTART;TZID=Europe/Madrid:20261007T160000
DTEND;TZID=Europe/Madrid:20261007T164500
SUMMARY:Entrevista por vídeo - Técnico/a de Control de Proyectos (Donostia)
LOCATION:Microsoft Teams
ORGANIZER;CN=Garazi Azpiazu:mailto:garazi.azpiazu@basoabiomasa.eus
ATTENDEE;CN=Iker Goñi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.goni@example.org
ATTENDEE;CN=Beñat Iturrioz;ROLE=REQ-PARTICIPANT:mailto:benat.iturrioz@basoabiomasa.eus
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(5, frm=addr("Basoa Biomasa", "no-reply@teamtailor-mail.com"),
              subject="Entrevista reservada: Técnico/a de Control de Proyectos (Donostia)",
              when="2026-10-01 17:02",
              mx="from mta-13.teamtailor-mail.com (mta-13.teamtailor-mail.com [185.211.120.13])",
              msgid="<6f2c91ab3e7d4a51.1790866920@teamtailor-mail.com>",
              extra=(("Reply-To", addr("Basoa Biomasa", "reply+c5581923.e1f07a@teamtailor-mail.com")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# ---- 6: Personio, Spanish, ICS in Europe/Berlin ---------------------------------------------
@reg(6, family="personio", lang="es", interview=True, kind="scheduled", company="Solterra Energy",
     contact="lucia.benito@solterra-energy.com", local="Wed 2026-10-14 17:00", local_end="2026-10-14 18:00",
     note="Personio: 'miércoles, 14 de octubre de 2026, 17:00 (CEST)', 'Duración: 60 minutos' -> 15:00-16:00Z; "
          "the ICS uses TZID Europe/Berlin (same offset); Reply-To is a Personio relay, contact = ORGANIZER")
def m06() -> bytes:
    body = t("""
        Hola Iker:

        Te confirmamos la siguiente entrevista para el puesto de Project Controller Senior (Madrid / híbrido):

        Fecha: miércoles, 14 de octubre de 2026
        Hora: 17:00 (CEST)
        Duración: 60 minutos
        Formato: videollamada (Google Meet) - el enlace está en la invitación adjunta

        Participantes: Lucía Benito (People & Culture), Álvaro Sanz (Head of PMO)

        Saludos cordiales,
        Lucía Benito
        Solterra Energy S.L. · Paseo de la Castellana 141, 28046 Madrid

        Datos protegidos conforme al RGPD. Powered by Personio.
        """)
    h = page(t("""
        <p>Hola Iker:</p>
        <p>Te confirmamos la siguiente entrevista para el puesto de <b>Project Controller Senior (Madrid / híbrido)</b>:</p>
        <ul>
        <li>Fecha: miércoles, 14 de octubre de 2026</li>
        <li>Hora: 17:00 (CEST)</li>
        <li>Duración: 60 minutos</li>
        <li>Formato: videollamada (Google Meet) - el enlace está en la invitación adjunta</li>
        </ul>
        <p>Participantes: Lucía Benito (People &amp; Culture), Álvaro Sanz (Head of PMO)</p>
        <p>Saludos cordiales,<br>Lucía Benito<br>Solterra Energy S.L. · Paseo de la Castellana 141, 28046 Madrid</p>
        <p style="font-size:10px;color:#999">Datos protegidos conforme al RGPD. Powered by Personio.</p>"""))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:personio-event-20261014-88412
DTSTAMP:20261008T104000Z
DTSTART;TZID=Europe/Berlin:20261014T170000
DTEND;TZID=Europe/Berlin:20261014T180000
SUMMARY:Entrevista Project Controller Senior - Iker Goñi
DESCRIPTION:Google Meet: https://meet.google.com/slt-ovbe-qra
ORGANIZER;CN=Lucía Benito:mailto:lucia.benito@solterra-energy.com
ATTENDEE;CN=Iker Goñi;RSVP=TRUE:mailto:iker.goni@example.org
ATTENDEE;CN=Álvaro Sanz:mailto:alvaro.sanz@solterra-energy.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(6, frm=addr("Solterra Energy", "no-reply@mail.personio.de"),
              subject="Invitación a entrevista: Project Controller Senior (Madrid / híbrido)",
              when="2026-10-08 12:40",
              mx="from mail.personio.de (mail.personio.de [185.228.91.20])",
              msgid="<20261008104000.88412.a7c2e9@mail.personio.de>",
              extra=(("Reply-To", "solterra-energy+app-3319027@recruiting.personio.de"),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="entrevista.ics", disposition="attachment",
                                      cte="quoted-printable")))


# ---- 7: Microsoft Bookings, Spanish, standard-offset label in summer ------------------------
@reg(7, family="ms_bookings", lang="es", interview=True, kind="scheduled",
     company="Deusto Grid Consulting", contact=None, local="Fri 2026-10-16 12:00", local_end="2026-10-16 12:30",
     note="Microsoft Bookings: 'viernes, 16 de octubre de 2026 12:00 - 12:30 (UTC+01:00) Bruselas, Copenhague, "
          "Madrid, París' - the label shows the standard offset but 16 Oct is CEST, so 10:00-10:30Z (the ICS, "
          "Romance Standard Time, agrees); Bookings mailbox and staff name only -> contact null")
def m07() -> bytes:
    h = page(t("""
        <div style="font-family:'Segoe UI',sans-serif">
        <p style="font-size:20px">Su reserva está confirmada</p>
        <p>Hola Iker Goñi,</p>
        <p>Gracias por reservar con Deusto Grid Consulting. Estos son los detalles:</p>
        <table>
        <tr><td>Servicio</td><td><b>Entrevista – Project Controller (1ª fase)</b></td></tr>
        <tr><td>Fecha y hora</td><td>viernes, 16 de octubre de 2026 12:00 - 12:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td>Personal</td><td>Mikel Arrieta</td></tr>
        <tr><td>Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_dgc4">Unirse a la reunión de Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/DeustoGridSeleccion@deustogrid.eus/bookings/">Administrar reserva</a></p>
        <p>Deusto Grid Consulting · Avenida de las Universidades 24, 48007 Bilbao</p>
        </div>"""))
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Selección Deusto Grid:mailto:DeustoGridSeleccion@deustogrid.eus
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iker Goñi:mailto:iker.goni@example.org
DESCRIPTION;LANGUAGE=es-ES:Entrevista – Project Controller (1ª fase) con Mikel Arrieta
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6D901000000000000000010000000F2
SUMMARY;LANGUAGE=es-ES:Entrevista – Project Controller (1ª fase)
DTSTART;TZID=Romance Standard Time:20261016T120000
DTEND;TZID=Romance Standard Time:20261016T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261010T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = head(7, frm=addr("Deusto Grid Consulting", "DeustoGridSeleccion@deustogrid.eus"),
              subject="Reserva confirmada: Entrevista – Project Controller (1ª fase)",
              when="2026-10-10 11:15",
              mx="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound."
                 "protection.outlook.com [40.107.20.71])",
              msgid="<AM9PR02MB7443C1E2F58B6A0D3C@AM9PR02MB7443.eurprd02.prod.outlook.com>",
              extra=(("X-MS-Exchange-Organization-BookingsRequest", "true"),))
    return message(hs, alt(html(h), calendar(ics, cte="base64")))


# ---- 8: Exchange / Teams meeting request, English, time only in the ICS, DST edge -----------
@reg(8, family="exchange_teams", lang="en", interview=True, kind="scheduled",
     company="Cantábrico Offshore Wind", contact="jon.ugalde@cantabricooffshore.com",
     local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00",
     note="Outlook meeting request sent Thu 22 Oct (CEST); the time is only in the ICS: DTSTART;TZID=Romance "
          "Standard Time 20261026T100000 - Europe back to CET on 25 Oct, so 09:00-10:00Z; contact = organizer/sender")
def m08() -> bytes:
    body = t("""
        Hi Iker,

        As discussed on the phone, here is the invite for your interview with our PMO lead, Carmen
        Ibarra. Looking forward to it.

        Kind regards,
        Jon Ugalde
        Talent Acquisition | Cantábrico Offshore Wind
        Alameda Mazarredo 61, 48009 Bilbao

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_cow81>
        Meeting ID: 318 552 904 117
        Passcode: q7XkP3
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options
        ________________________________________________________________________________
        """)
    h = page(t("""
        <div class="WordSection1">
        <p class="MsoNormal">Hi Iker,</p>
        <p class="MsoNormal">As discussed on the phone, here is the invite for your interview with our PMO lead,
        Carmen Ibarra. Looking forward to it.</p>
        <p class="MsoNormal">Kind regards,<br>Jon Ugalde<br>Talent Acquisition | Cantábrico Offshore Wind<br>
        Alameda Mazarredo 61, 48009 Bilbao</p>
        <div style="max-width:520px">
        <p>________________________________________________________________________________</p>
        <p><b>Microsoft Teams meeting</b></p>
        <p>Join on your computer, mobile app or room device<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_cow81">Click here to join the meeting</a></p>
        <p>Meeting ID: 318 552 904 117<br>Passcode: q7XkP3</p>
        <p>________________________________________________________________________________</p>
        </div></div>"""), "en")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Jon Ugalde:mailto:jon.ugalde@cantabricooffshore.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iker Goñi:mailto:iker.goni@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Carmen Ibarra:mailto:carmen.ibarra@cantabricooffshore.com
DESCRIPTION;LANGUAGE=en-US:Microsoft Teams meeting\\nMeeting ID: 318 552 904 117\\nPasscode: q7XkP3\\n
UID:040000008200E00074C5B7101A82E0080000000050C9E3A14A66DD01000000000000000010000000B7
SUMMARY;LANGUAGE=en-US:Interview - Iker Goñi / Project Controller
DTSTART;TZID=Romance Standard Time:20261026T100000
DTEND;TZID=Romance Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T130500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119384416
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(8, frm=addr("Jon Ugalde", "jon.ugalde@cantabricooffshore.com"),
              subject="Interview - Iker Goñi / Project Controller", when="2026-10-22 15:05",
              to=f"{ME_H}, {addr('Carmen Ibarra', 'carmen.ibarra@cantabricooffshore.com')}",
              mx="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2112.outbound."
                 "protection.outlook.com [40.107.105.112])",
              msgid="<DB9PR08MB6587E2C1A4F0D92B1E@DB9PR08MB6587.eurprd08.prod.outlook.com>",
              extra=(("Thread-Topic", enc("Interview - Iker Goñi / Project Controller")),
                     ("Accept-Language", "en-US, es-ES"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(h), calendar(ics, cte="base64")))


# ---- 9: Calendly invitee confirmation, English, host in New York -------------------------------
@reg(9, family="calendly", lang="en", interview=True, kind="scheduled", company="Helioscope Analytics",
     contact="dana@helioscope-analytics.com", local="Tue 2026-11-03 15:00", local_end="2026-11-03 15:30",
     note="Calendly, '3:00pm - 3:30pm (Central European Time) on Tuesday, November 3, 2026' -> 14:00-14:30Z; "
          "host note '9am for me in New York' agrees (EST from 1 Nov, mail sent Fri 30 Oct while NY was on "
          "EDT); contact = human Reply-To host")
def m09() -> bytes:
    body = t("""
        Hi Iker Goñi,

        A new event has been scheduled.

        Event Type:
        Interview: Project Controls Lead (30 min)

        Invitee:
        Iker Goñi

        Invitee Email:
        iker.goni@example.org

        Event Date/Time:
        3:00pm - 3:30pm (Central European Time) on Tuesday, November 3, 2026

        Location:
        This is a Zoom web conference.
        https://helioscope.zoom.us/j/88120455731

        Invitee Time Zone:
        Central European Time

        A note from Dana:
        Looking forward to it! I'm in New York, so this will be 9am for me - early coffee.

        View event in Calendly: https://calendly.com/events/3d0e4c6a-81a2/invitee
        Cancel: https://calendly.com/cancellations/3d0e4c6a-81a2
        Reschedule: https://calendly.com/reschedulings/3d0e4c6a-81a2

        Sent from Calendly
        """)
    h = page(t("""
        <div style="max-width:560px;margin:0 auto;font-family:Helvetica,Arial">
        <p>Hi Iker Goñi,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Interview: Project Controls Lead (30 min)</p>
        <p><b>Invitee:</b><br>Iker Goñi</p>
        <p><b>Invitee Email:</b><br><a href="mailto:iker.goni@example.org">iker.goni@example.org</a></p>
        <p><b>Event Date/Time:</b><br>3:00pm - 3:30pm (Central European Time) on Tuesday, November 3, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://helioscope.zoom.us/j/88120455731">https://helioscope.zoom.us/j/88120455731</a></p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>A note from Dana:</b><br>Looking forward to it! I'm in New York, so this will be 9am for me - early
        coffee.</p>
        <p><a href="https://calendly.com/cancellations/3d0e4c6a-81a2">Cancel</a> |
        <a href="https://calendly.com/reschedulings/3d0e4c6a-81a2">Reschedule</a></p>
        <p style="color:#999">Sent from Calendly</p></div>"""), "en")
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261030T184100Z
UID:3d0e4c6a-81a2-4f1e-9c22-7b50a1d96e08@calendly.com
DTSTART:20261103T140000Z
DTEND:20261103T143000Z
SUMMARY:Interview: Project Controls Lead between Dana Whitfield and Iker Goñi
LOCATION:https://helioscope.zoom.us/j/88120455731
ORGANIZER;CN=Dana Whitfield:mailto:dana@helioscope-analytics.com
ATTENDEE;CN=Iker Goñi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:iker.goni@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(9, frm=addr("Calendly", "notifications@calendly.com"),
              subject="Confirmed: Interview: Project Controls Lead between Dana Whitfield and Iker Goñi "
                      "@ Tue Nov 3, 2026 3pm - 3:30pm (CET)",
              when="2026-10-30 19:41",
              mx="from o1.email.calendly.com (o1.email.calendly.com [167.89.84.9])",
              msgid="<vY3kQm8pT0yH2Jd4cW1Zbg@geopod-ismtpd-3-0>",
              extra=(("Reply-To", addr("Dana Whitfield", "dana@helioscope-analytics.com")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# ---- 10: Google Calendar invitation, Spanish (Zaragoza) -----------------------------------------
@reg(10, family="google_calendar", lang="es", interview=True, kind="scheduled", company="Ebro Hidrógeno",
     contact="marta.lasheras@ebrohidrogeno.es", local="Mon 2026-11-09 11:00", local_end="2026-11-09 12:00",
     note="Google Calendar invitation 'lunes, 9 de noviembre · 11:00 – 12:00, Zona horaria: Hora de Europa "
          "Central - Madrid' (CET) -> 10:00-11:00Z, ICS Europe/Madrid agrees; contact = organizer")
def m10() -> bytes:
    body = t("""
        Entrevista Iker Goñi - Controller de Proyectos H2 (Zaragoza)
        lunes, 9 de noviembre · 11:00 – 12:00
        Zona horaria: Hora de Europa Central - Madrid
        Ubicación: Ebro Hidrógeno - Av. de Ranillas 3A, planta 2, 50018 Zaragoza
        https://www.google.com/maps/search/Av.+de+Ranillas+3A

        Primera entrevista con Marta (Selección) y Sergio Bielsa (Director de Proyectos).
        Si vienes en coche hay aparcamiento en la calle de atrás.

        Organizador
        Marta Lasheras
        marta.lasheras@ebrohidrogeno.es

        Invitados
        Marta Lasheras - organizador
        sergio.bielsa@ebrohidrogeno.es
        iker.goni@example.org

        Ver todos los detalles de la invitación: https://calendar.google.com/calendar/event?action=VIEW&eid=ZWhpLTQ4OA

        ¿Vas a asistir? Sí: https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Quizás: https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eres un invitado del evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    h = page(t("""
        <div style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:600px">
        <h2 style="font-size:22px;font-weight:400">Entrevista Iker Goñi - Controller de Proyectos H2 (Zaragoza)</h2>
        <p>lunes, 9 de noviembre · 11:00 – 12:00<br>
        <span style="color:#70757a">Zona horaria: Hora de Europa Central - Madrid</span></p>
        <p>Ebro Hidrógeno - Av. de Ranillas 3A, planta 2, 50018 Zaragoza</p>
        <p>Primera entrevista con Marta (Selección) y Sergio Bielsa (Director de Proyectos).<br>
        Si vienes en coche hay aparcamiento en la calle de atrás.</p>
        <p><b>Organizador</b><br>Marta Lasheras<br>marta.lasheras@ebrohidrogeno.es</p>
        <p><b>Invitados</b><br>Marta Lasheras - organizador<br>sergio.bielsa@ebrohidrogeno.es<br>iker.goni@example.org</p>
        <p>¿Vas a asistir? <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Sí</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">No</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Quizás</a></p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p></div>"""))
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_VTZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261109T110000
DTEND;TZID=Europe/Madrid:20261109T120000
DTSTAMP:20261102T083000Z
ORGANIZER;CN=Marta Lasheras:mailto:marta.lasheras@ebrohidrogeno.es
UID:4f7kq2m0b1c9r8s6t5u3v2w1x0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Lasheras;X-NUM-GUESTS=0:mailto:marta.lasheras@ebrohidrogeno.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sergio.bielsa@ebrohidrogeno.es;X-NUM-GUESTS=0:mailto:sergio.bielsa@ebrohidrogeno.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=iker.goni@example.org;X-NUM-GUESTS=0:mailto:iker.goni@example.org
CREATED:20261102T082915Z
DESCRIPTION:Primera entrevista con Marta (Selección) y Sergio Bielsa (Director de Proyectos).\\nSi vienes en coche hay aparcamiento en la calle de atrás.
LAST-MODIFIED:20261102T083000Z
LOCATION:Ebro Hidrógeno - Av. de Ranillas 3A\\, planta 2\\, 50018 Zaragoza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Iker Goñi - Controller de Proyectos H2 (Zaragoza)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(10, frm=addr("Marta Lasheras", "marta.lasheras@ebrohidrogeno.es"),
              subject="Invitación: Entrevista Iker Goñi - Controller de Proyectos H2 (Zaragoza) "
                      "@ lun 9 nov 2026 11:00 - 12:00 (CET) (iker.goni@example.org)",
              when="2026-11-02 09:30",
              mx="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              msgid="<calendar-5e2b9c1d-7a40-4c8e-b1f3-0d6e9a2c4b87@google.com>",
              extra=(("Reply-To", addr("Marta Lasheras", "marta.lasheras@ebrohidrogeno.es")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(h), calendar(ics, cte="8bit")),
                             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# ---- 11: French employer in Bayonne, French, ISO-8859-15 -----------------------------------------
@reg(11, family="human_prose", lang="fr", interview=True, kind="scheduled", company="Adour Énergies Marines",
     contact="s.etcheverry@adour-em.fr", local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00",
     zone="Europe/Paris",
     note="French reply confirming 'jeudi 12 novembre à 14h00 (heure de Paris)', 'd'une heure' -> 13:00-14:00Z "
          "(CET); thread of key 49, later moved by key 20; contact = human sender")
def m11() -> bytes:
    body = t("""
        Bonjour Monsieur Goñi,

        Merci pour votre retour rapide. C'est donc confirmé : nous vous recevrons le jeudi 12 novembre
        à 14h00 (heure de Paris) dans nos locaux, 12 allée Marines, 64100 Bayonne. L'entretien, d'une
        heure, se fera avec M. Laurent Dufau, directeur des opérations, et moi-même.

        Le parking visiteurs est à l'entrée du bâtiment B. Pensez à vous munir d'une pièce d'identité.

        Bien cordialement,

        Sylvie Etcheverry
        Responsable Ressources Humaines
        Adour Énergies Marines - 12 allée Marines - 64100 Bayonne
        Tél. : +33 5 59 00 41 27

        -----Message d'origine-----
        De : Iker Goñi <iker.goni@example.org>
        Envoyé : lundi 2 novembre 2026 18:22
        À : Sylvie Etcheverry <s.etcheverry@adour-em.fr>
        Objet : RE: Candidature - Contrôleur de projets (H/F)

        Bonjour Madame Etcheverry,
        Le jeudi 12 à 14h00 me convient parfaitement.
        Cordialement,
        Iker Goñi
        """)
    hs = head(11, frm=addr("Sylvie Etcheverry", "s.etcheverry@adour-em.fr"),
              subject="RE: Candidature - Contrôleur de projets (H/F)", when="2026-11-03 10:20",
              zone="Europe/Paris", charset="iso-8859-15",
              mx="from smtp.adour-em.fr (smtp.adour-em.fr [193.252.22.61])",
              msgid="<000a01dc4b91$6e21f0c0$4a65d240$@adour-em.fr>",
              extra=(("In-Reply-To", "<CAH7vQp1x9ZyS2@mail.gmail.com>"),
                     ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbS5Fu4T2k9xZcR0mW1bq3E8gA=="),
                     ("Content-Language", "fr")))
    return message(hs, text(body, charset="iso-8859-15"))


# ---- 12: phone-written confirmation (usted), Basque company, all-day ICS -----------------------
@reg(12, family="human_prose", lang="es", interview=True, kind="scheduled",
     company="Txorierri Power Electronics", contact="inaki.bengoetxea@txorierripe.com",
     local="Thu 2026-11-19 08:30",
     note="Phone reply sent Tue 17 Nov: 'pasado mañana a primera hora, a las 8:30 h' = Thu 19 Nov 08:30 CET -> "
          "07:30Z; the attached iPhone event is all-day (VALUE=DATE 20261119), time only in the text; "
          "'una hora aproximadamente' -> end null; contact = human sender")
def m12() -> bytes:
    body = t("""
        Buenas tardes Iker:

        Le confirmo la entrevista pasado mañana a primera hora, a las 8:30 h, en nuestras
        instalaciones del Parque Tecnológico de Zamudio, edificio 204 (al lado de la rotonda grande).
        Pregunte por mí en recepción. Una hora aproximadamente.

        Le mando también la cita al calendario para que no se le pase.

        Un saludo

        Iñaki Bengoetxea
        Txorierri Power Electronics

        Enviado desde mi iPhone

        > El 17 nov 2026, a las 12:05, Iker Goñi <iker.goni@example.org> escribió:
        >
        > Buenos días Iñaki, gracias por la llamada. Quedo a la espera de la confirmación.
        > Un saludo, Iker
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
VERSION:2.0
BEGIN:VEVENT
UID:7C1E4A02-93B5-4F1D-B0A8-2E61D5C7F934
DTSTART;VALUE=DATE:20261119
DTEND;VALUE=DATE:20261120
DTSTAMP:20261117T185200Z
SUMMARY:Entrevista Iker Goñi
LOCATION:Parque Tecnológico de Zamudio\\, edificio 204
ORGANIZER;CN=Iñaki Bengoetxea:mailto:inaki.bengoetxea@txorierripe.com
ATTENDEE;CN=Iker Goñi;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:iker.goni@example.org
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = head(12, frm=addr("Iñaki Bengoetxea", "inaki.bengoetxea@txorierripe.com"),
              subject="Re: Entrevista", when="2026-11-17 19:52",
              mx="from smtp.txorierripe.com (smtp.txorierripe.com [91.126.44.18])",
              msgid="<5B0E7F1C-4D3A-4E8B-9C62-A1D0F3B7E245@txorierripe.com>",
              extra=(("X-Mailer", "iPhone Mail (22G86)"),
                     ("In-Reply-To", "<CAH7vQp4q8Lm2@mail.gmail.com>")))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64",
                                      name_param=True)))


# ---- 13: GoodTime itinerary, English, thread of key 40 ----------------------------------------
@reg(13, family="goodtime", lang="en", interview=True, kind="scheduled", company="Lumen Grid Software",
     contact="priya.natarajan@lumengrid.io", local="Mon 2026-11-23 16:00", local_end="2026-11-23 17:30",
     note="GoodTime itinerary, two back-to-back sessions 4:00-4:45 PM and 4:45-5:30 PM CET on Monday, "
          "November 23 -> first start to last end 15:00-16:30Z (one ICS block); follows the pick-a-slot "
          "request of key 40; contact = human Reply-To coordinator")
def m13() -> bytes:
    body = t("""
        Hi Iker,

        Your interviews with Lumen Grid Software are confirmed. Here is your itinerary:

        Monday, November 23, 2026 (Central European Time)

          4:00 PM - 4:45 PM   Rosa Jiménez, Director of Engineering Finance
          4:45 PM - 5:30 PM   Tom Becker, VP Operations

        Where: Zoom - https://lumengrid.zoom.us/j/93017725510 (same link for both sessions)

        A calendar invite is attached. Need to make a change? Reply to this email and I'll sort it out.

        Cheers,
        Priya Natarajan
        Recruiting Coordinator, Lumen Grid Software

        Powered by GoodTime
        """)
    h = page(t("""
        <div style="max-width:600px;margin:0 auto">
        <p>Hi Iker,</p>
        <p>Your interviews with <b>Lumen Grid Software</b> are confirmed. Here is your itinerary:</p>
        <p><b>Monday, November 23, 2026</b> (Central European Time)</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e5e5e5">
        <tr><td>4:00 PM - 4:45 PM</td><td>Rosa Jiménez, Director of Engineering Finance</td></tr>
        <tr><td>4:45 PM - 5:30 PM</td><td>Tom Becker, VP Operations</td></tr>
        </table>
        <p>Where: <a href="https://lumengrid.zoom.us/j/93017725510">Zoom</a> (same link for both sessions)</p>
        <p>A calendar invite is attached. Need to make a change? Reply to this email and I'll sort it out.</p>
        <p>Cheers,<br>Priya Natarajan<br>Recruiting Coordinator, Lumen Grid Software</p>
        <p style="font-size:11px;color:#aaa">Powered by GoodTime</p></div>"""), "en")
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
{MADRID_VTZ}
BEGIN:VEVENT
UID:gt-7f3a0c9e-1b2d-4e6f-8a91-lumengrid@goodtime.io
DTSTAMP:20261116T090200Z
DTSTART;TZID=Europe/Madrid:20261123T160000
DTEND;TZID=Europe/Madrid:20261123T173000
SUMMARY:Lumen Grid Software - Interviews with Iker Goñi
DESCRIPTION:4:00 PM - 4:45 PM Rosa Jiménez\\n4:45 PM - 5:30 PM Tom Becker\\nhttps://lumengrid.zoom.us/j/93017725510
LOCATION:https://lumengrid.zoom.us/j/93017725510
ORGANIZER;CN=Lumen Grid Recruiting:mailto:scheduling@lumengrid.io
ATTENDEE;CN=Iker Goñi;RSVP=TRUE:mailto:iker.goni@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(13, frm=addr("Lumen Grid Software", "no-reply@goodtime.io"),
              subject="Your interviews with Lumen Grid Software are confirmed", when="2026-11-16 10:02",
              mx="from mail.goodtime.io (mail.goodtime.io [198.2.180.91])",
              msgid="<gt.itinerary.7f3a0c9e@goodtime.io>",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@lumengrid.io")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="8bit")))


# ---- 14: recruiter prose with a pasted Zoom block, English (Oslo, remote) ------------------------
@reg(14, family="zoom", lang="en", interview=True, kind="scheduled", company="Fjordline Storage",
     contact="ingrid.solberg@fjordline-storage.no", local="Wed 2026-12-02 09:00",
     note="Recruiter mail from Oslo with pasted Zoom block 'Time: Dec 2, 2026 09:00 AM Madrid' (CET) -> 08:00Z; "
          "'roughly an hour' -> end null; contact = human sender")
def m14() -> bytes:
    body = t("""
        Hi Iker,

        Great news - the team would like to move you to the case interview. As agreed on the phone,
        we'll do it next Wednesday at 9:00 your time (same time for us in Oslo). Plan for roughly an
        hour; you'll walk Henrik and me through the budget-vs-actuals case I'll send on Monday.

        Ingrid Solberg is inviting you to a scheduled Zoom meeting.

        Topic: Fjordline Storage - case interview Iker Goni
        Time: Dec 2, 2026 09:00 AM Madrid

        Join Zoom Meeting
        https://fjordline.zoom.us/j/81249037716?pwd=cU1xRk5aYlhLOHpJ

        Meeting ID: 812 4903 7716
        Passcode: 442190

        Best regards,
        Ingrid

        Ingrid Solberg | Talent Acquisition | Fjordline Storage AS
        ingrid.solberg@fjordline-storage.no | +47 913 44 210
        """)
    hs = head(14, frm=addr("Ingrid Solberg", "ingrid.solberg@fjordline-storage.no"),
              subject="Case interview - Wednesday", when="2026-11-25 14:10", zone="Europe/Oslo",
              mx="from mail-lf1-f46.google.com (mail-lf1-f46.google.com [209.85.167.46])",
              msgid="<CAF3nK8a0vXq_p2tR7yW1uJ9sD4mE6bH@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 15: New Zealand, English, local date another day in UTC ----------------------------------
@reg(15, family="human_prose", lang="en", interview=True, kind="scheduled", company="Kōwhai Renewables",
     contact="hemi.walker@kowhairenewables.co.nz", local="Wed 2026-12-09 07:30", local_end="2026-12-09 08:15",
     zone="Pacific/Auckland",
     note="Sent Thu 3 Dec 08:15 NZDT (Wed 2 Dec in UTC): 'Wednesday 9 December, 7:30am NZDT' = 'Tuesday 8 "
          "December 7:30pm in Pamplona' -> 2026-12-08T18:30Z; '45 minutes' exact -> end 19:15Z; contact = sender")
def m15() -> bytes:
    body = t("""
        Kia ora Iker,

        Thanks for getting back to me so quickly. Let's lock it in: Wednesday next week, 9 December,
        7:30am NZDT - which is Tuesday 8 December, 7:30pm your time in Pamplona. I know it's late
        for you, so we'll keep it to 45 minutes. Google Meet link: https://meet.google.com/kwh-rnzq-pmc

        You'll meet me and Aroha Te Rangi (our Head of Delivery for the Spanish portfolio).

        Ngā mihi,
        Hemi

        Hemi Walker
        People Lead | Kōwhai Renewables
        Level 4, 55 Shortland Street, Auckland 1010

        On Wed, 2 Dec 2026 at 21:40, Iker Goñi <iker.goni@example.org> wrote:
        > Hi Hemi, any evening next week works for me from 18:00 CET. Just send me the time.
        > Best, Iker
        """)
    hs = head(15, frm=addr("Hemi Walker", "hemi.walker@kowhairenewables.co.nz"),
              subject="Re: Remote Project Controller - Spain portfolio", when="2026-12-03 08:15",
              zone="Pacific/Auckland",
              mx="from mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])",
              msgid="<CAM5tW2k9LmYq4=Hx1vBz0pN7cRf@mail.gmail.com>",
              extra=(("In-Reply-To", "<CAH7vQp9d3Xw1@mail.gmail.com>"),))
    return message(hs, text(body))


# ---- 16: forward to self of a headhunter's confirmation (message/rfc822) ---------------------
@reg(16, family="forward_self", lang="es", interview=True, kind="scheduled",
     company="Aragón Redes Eléctricas", contact="raquel.moreno@zubiri-talent.es", local="Thu 2026-12-10 13:00",
     note="Iker forwards (example.net -> example.org) a headhunter's mail: 'jueves 10/12 a las 13:00' at the "
          "client in Zaragoza (CET) -> 12:00Z; 'calcula hora y media más o menos' -> end null; sender is the "
          "candidate, so contact = headhunter in the forwarded header; company = the hiring client")
def m16() -> bytes:
    inner_body = t("""
        Hola Iker!

        Te confirmo la entrevista con Aragón Redes Eléctricas (ARESA) para el puesto de Responsable de
        Control de Proyectos: jueves 10/12 a las 13:00 en su sede de Zaragoza (Paseo de la
        Independencia 28, 5ª planta). Te recibirán Elena Casaus (directora financiera) y Pablo Urrea
        (RR. HH.). Calcula hora y media más o menos.

        Llámame el miércoles y lo preparamos un poco.

        Un abrazo,
        Raquel

        Raquel Moreno
        Senior Consultant · Zubiri Talent
        raquel.moreno@zubiri-talent.es · 676 30 18 52
        """)
    inner = message([
        ("From", addr("Raquel Moreno", "raquel.moreno@zubiri-talent.es")),
        ("To", addr("Iker Goñi", "iker.goni@example.net")),
        ("Subject", "Entrevista ARESA - jueves 10/12"),
        ("Date", date("2026-12-02 17:30", MAD)),
        ("Message-ID", "<AS8PR05MB9128D3E0F1A2B7C6@AS8PR05MB9128.eurprd05.prod.outlook.com>"),
    ], text(inner_body, charset="iso-8859-1"))
    note = t("""
        pa tenerlo aquí tb

        Enviado desde mi móvil
        """)
    hs = head(16, frm=addr("Iker Goñi", "iker.goni@example.net"), subject="Fwd: Entrevista ARESA - jueves 10/12",
              when="2026-12-02 22:14",
              mx="from smtp.example.net (smtp.example.net [203.0.113.25])",
              msgid="<8f1e2c3a-54b7-4d0e-a9c1-6b2f7d8e0a13@example.net>")
    return message(hs, mixed(text(note, cte="8bit"), attached_message(inner, "Entrevista ARESA.eml")))


# ---- 17: Ashby reschedule, English, old and new time ------------------------------------------
@reg(17, family="ashby", lang="en", interview=True, kind="rescheduled", company="Voltaic Ops",
     contact="carlos.vidal@voltaicops.com", local="Thu 2026-11-19 16:30", local_end="2026-11-19 17:15",
     note="Ashby reschedule: old 'Wednesday, November 18, 3:00 PM CET' struck, new 'Thursday, November 19, "
          "2026, 4:30 PM - 5:15 PM CET' -> 15:30-16:15Z (ICS SEQUENCE:1 agrees); contact = human Reply-To")
def m17() -> bytes:
    body = t("""
        Hi Iker,

        Your interview has been rescheduled. Sorry for the shuffle - one of the panelists had a
        conflict come up.

        Previously: Wednesday, November 18, 2026, 3:00 PM - 3:45 PM CET
        New time:   Thursday, November 19, 2026, 4:30 PM - 5:15 PM CET

        Finance Business Partnering Interview
        Google Meet: https://meet.google.com/vlt-hqpa-xmr

        You'll meet with:
          Marisa Ocaña - Controller, Southern Europe

        An updated calendar invitation is attached. Questions? Just reply and it will reach Carlos Vidal.

        Thanks,
        Voltaic Ops Recruiting
        """)
    h = page(t("""
        <p>Hi Iker,</p>
        <p>Your interview has been rescheduled. Sorry for the shuffle - one of the panelists had a conflict come up.</p>
        <p><span style="text-decoration:line-through;color:#888">Wednesday, November 18, 2026, 3:00 PM - 3:45 PM CET</span><br>
        <b>Thursday, November 19, 2026, 4:30 PM - 5:15 PM CET</b></p>
        <p>Finance Business Partnering Interview<br>
        <a href="https://meet.google.com/vlt-hqpa-xmr">Google Meet</a></p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Marisa Ocaña &mdash; Controller, Southern Europe</p>
        <p>An updated calendar invitation is attached. Questions? Just reply and it will reach Carlos Vidal.</p>
        <p>Thanks,<br>Voltaic Ops Recruiting</p>"""), "en")
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:a9c1e7f2-3b4d-4f60-8e21-5d7c9b0a1e34
DTSTAMP:20261113T110000Z
DTSTART:20261119T153000Z
DTEND:20261119T161500Z
SEQUENCE:1
SUMMARY:Voltaic Ops - Finance Business Partnering Interview (Iker Goñi)
LOCATION:https://meet.google.com/vlt-hqpa-xmr
ORGANIZER;CN=Carlos Vidal:mailto:carlos.vidal@voltaicops.com
ATTENDEE;CN=Iker Goñi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:iker.goni@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(17, frm=addr("Voltaic Ops", "no-reply@ashbyhq.com"),
              subject="Interview rescheduled: Finance Business Partner at Voltaic Ops", when="2026-11-13 12:00",
              mx="from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
              msgid="<0100019325c7aa10-8d4f2b61-0c3e-47a9-b2d8-61f0e9c3a7d5-000000@email.amazonses.com>",
              extra=(("Reply-To", addr("Carlos Vidal", "carlos.vidal@voltaicops.com")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(h, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# ---- 18: Workable reschedule, Spanish, relay Reply-To -----------------------------------------
@reg(18, family="workable", lang="es", interview=True, kind="rescheduled", company="Moncayo Solar",
     contact="pilar.gracia@moncayosolar.es", local="Tue 2026-12-01 12:30", local_end="2026-12-01 13:00",
     note="Workable: 'lun 30 nov, 10:00' cancelled and 'mar 1 dic, 12:30 - 13:00 (CET, Madrid)' -> 11:30-12:00Z; "
          "Reply-To is a Workable relay, contact = recruiter address written in the body")
def m18() -> bytes:
    body = t("""
        Hola Iker,

        Hemos tenido que cambiar la hora de tu entrevista para el puesto de Project Controller
        (Zaragoza).

        Antes: lun 30 nov, 10:00 - 10:30
        Ahora: mar 1 dic, 12:30 - 13:00 (CET, Madrid)

        Tipo: videollamada (Microsoft Teams). El enlace sigue siendo el mismo:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_mcy220

        Disculpa las molestias. Si necesitas algo, escríbeme directamente a pilar.gracia@moncayosolar.es.

        Saludos,
        Pilar Gracia
        Moncayo Solar
        """)
    h = page(t("""
        <table width="100%" style="background:#f4f5f7"><tr><td align="center">
        <table width="580" style="background:#fff;padding:24px">
        <tr><td>
        <p>Hola Iker,</p>
        <p>Hemos tenido que cambiar la hora de tu entrevista para el puesto de <b>Project Controller (Zaragoza)</b>.</p>
        <p style="color:#999"><s>lun 30 nov, 10:00 - 10:30</s></p>
        <p><b>mar 1 dic, 12:30 - 13:00 (CET, Madrid)</b></p>
        <p>Tipo: videollamada (Microsoft Teams). El enlace sigue siendo el mismo:<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_mcy220">Unirse a la reunión</a></p>
        <p>Disculpa las molestias. Si necesitas algo, escríbeme directamente a
        <a href="mailto:pilar.gracia@moncayosolar.es">pilar.gracia@moncayosolar.es</a>.</p>
        <p>Saludos,<br>Pilar Gracia<br>Moncayo Solar</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#aaa">Powered by Workable</td></tr>
        </table></td></tr></table>"""))
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3f81c2d0-moncayo
DTSTAMP:20261126T100000Z
DTSTART:20261201T113000Z
DTEND:20261201T120000Z
SEQUENCE:1
SUMMARY:Entrevista: Iker Goñi - Project Controller (Zaragoza)
LOCATION:Microsoft Teams
ORGANIZER;CN=Moncayo Solar:mailto:moncayo-solar+c4e5a1@candidates.workablemail.com
ATTENDEE;CN=Iker Goñi;RSVP=TRUE:mailto:iker.goni@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(18, frm=addr("Moncayo Solar", "noreply@workablemail.com"),
              subject="Cambio de hora: entrevista Project Controller (Zaragoza)", when="2026-11-26 11:00",
              mx="from mail-a12.workablemail.com (mail-a12.workablemail.com [50.31.36.212])",
              msgid="<5f2e7c90a1b34d8e@workablemail.com>",
              extra=(("Reply-To", addr("Moncayo Solar", "moncayo-solar+c4e5a1@candidates.workablemail.com")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# ---- 19: recruiter prose reschedule, 'el lunes que viene', tú, typos ----------------------------
@reg(19, family="human_prose", lang="es", interview=True, kind="rescheduled", company="Berrilan Ingeniería",
     contact="oihana@berrilan.eus", local="Mon 2026-12-07 09:30", days=(("Fri", "2026-12-04"), ("Mon", "2026-12-07")),
     note="Sent Thu 3 Dec: tomorrow Friday 12:00 is moved to 'el lunes que viene (lun 7 dic) a las 9:30 h' in "
          "Donostia (CET) -> 08:30Z; no length; contact = human sender")
def m19() -> bytes:
    body = t("""
        Kaixo Iker,

        Te ecribo porque nos ha surgido un imprevisto con la entrevista de mañana viernes a las 12 (Nerea
        tiene que ir a Madrid a una reunion con cliente). La pasamos al lunes que viene, lun 7 dic, a las
        9:30 h, en el mismo sitio (Paseo de Miramón 170, Donostia, 3ª planta). Ya lo he hablado con Nerea
        y le cuadra. Si a ti no te encaja dimelo y lo vemos, pero en principio queda así.

        Perdona el cambio!

        Oihana Zabaleta
        Berrilan Ingeniería · Personas
        943 00 27 14
        """)
    hs = head(19, frm=addr("Oihana Zabaleta", "oihana@berrilan.eus"),
              subject="Cambio entrevista", when="2026-12-03 13:22",
              mx="from smtp.berrilan.eus (smtp.berrilan.eus [82.223.14.190])",
              msgid="<e3b0c442-98fc-1c14-9afb-4c8996fb9242@berrilan.eus>",
              extra=(("User-Agent", "Mozilla/5.0 Thunderbird/128.5.0"),))
    return message(hs, text(body, params="format=flowed"))


# ---- 20: French employer in Bayonne writing Spanish, reschedule of key 11 ----------------------
@reg(20, family="human_prose", lang="es", interview=True, kind="rescheduled", company="Adour Énergies Marines",
     contact="maite.larralde@adour-em.fr", local="Fri 2026-11-13 10:00", local_end="2026-11-13 11:00",
     zone="Europe/Paris", days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")),
     note="Bayonne employer writing Spanish: interview moved from 'jueves 12 a las 14 h' to 'viernes 13 de "
          "noviembre a las 10 h' (Paris = Madrid time, CET) -> 09:00Z, 'también de una hora' -> end 10:00Z; "
          "contact = human sender")
def m20() -> bytes:
    body = t("""
        Buenos días Sr. Goñi:

        Soy Maite Larralde, de Recursos Humanos de Adour Énergies Marines (trabajo con Sylvie
        Etcheverry). Como le he comentado esta mañana por teléfono, el Sr. Dufau tiene que estar en
        Burdeos el jueves, así que le confirmo el cambio: la entrevista pasa del jueves 12 a las 14 h al
        viernes 13 de noviembre a las 10 h (la hora de Bayona es la misma que la de Pamplona). Será
        también de una hora, en nuestra oficina de la allée Marines.

        Gracias por su flexibilidad y hasta el viernes.

        Un cordial saludo,

        Maite Larralde
        Chargée RH / Técnica de RR. HH.
        Adour Énergies Marines - 64100 Bayonne
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="ES" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Buenos días Sr. Goñi:</p>
        <p>Soy Maite Larralde, de Recursos Humanos de Adour Énergies Marines (trabajo con Sylvie Etcheverry).
        Como le he comentado esta mañana por teléfono, el Sr. Dufau tiene que estar en Burdeos el jueves, así que
        le confirmo el cambio: la entrevista pasa del <s>jueves 12 a las 14 h</s> al <b>viernes 13 de noviembre a
        las 10 h</b> (la hora de Bayona es la misma que la de Pamplona). Será también de una hora, en nuestra
        oficina de la allée Marines.</p>
        <p>Gracias por su flexibilidad y hasta el viernes.</p>
        <p>Un cordial saludo,</p>
        <p>Maite Larralde<br>Chargée RH / Técnica de RR. HH.<br>Adour Énergies Marines - 64100 Bayonne</p>
        </body></html>
        """)
    hs = head(20, frm=addr("Maite Larralde", "maite.larralde@adour-em.fr", "windows-1252"),
              subject="Cambio de fecha - entrevista Adour Énergies Marines", when="2026-11-10 09:05",
              zone="Europe/Paris", charset="windows-1252",
              to=f"{ME_H}, {addr('Sylvie Etcheverry', 's.etcheverry@adour-em.fr')}",
              mx="from smtp.adour-em.fr (smtp.adour-em.fr [193.252.22.61])",
              msgid="<001b01dc5309$a4c2e1f0$ee48a5d0$@adour-em.fr>",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")))
    return message(hs, alt(text(body, charset="windows-1252"), html(h, charset="windows-1252")))


# ---- 21: iCIMS cancellation, English, no new time ----------------------------------------------
@reg(21, family="icims", lang="en", interview=True, kind="cancelled", company="Meridian Transmission",
     contact=None, local="Tue 2026-10-06 17:00", local_end="2026-10-06 17:45",
     note="iCIMS cancellation of 'Tuesday, October 6, 2026 5:00 PM - 5:45 PM (GMT+02:00) Madrid' -> 15:00-15:45Z, "
          "ICS METHOD:CANCEL in UTC agrees; no new time; only a team signature, no human address -> contact null")
def m21() -> bytes:
    body = t("""
        Dear Iker,

        We regret to inform you that the following interview has been cancelled:

        Position: Project Controls Specialist - Iberia (Req ID 2026-14873)
        Date/Time: Tuesday, October 6, 2026 5:00 PM - 5:45 PM (GMT+02:00) Madrid
        Interviewer(s): Daniel Whitaker, Nuria Fuster

        The requisition has been placed on hold. We will contact you if the position reopens.

        Thank you for your interest in Meridian Transmission.

        Talent Acquisition Team
        Meridian Transmission

        This message was sent by iCIMS on behalf of Meridian Transmission. Please do not reply.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:icims-2026-14873-int-55012@meridiantransmission.icims.com
DTSTAMP:20261002T142000Z
DTSTART:20261006T150000Z
DTEND:20261006T154500Z
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:CANCELLED: Interview - Project Controls Specialist - Iberia
ORGANIZER;CN=Meridian Transmission:mailto:meridiantransmission@talent.icims.com
ATTENDEE;CN=Iker Goñi:mailto:iker.goni@example.org
END:VEVENT
END:VCALENDAR"""
    hs = head(21, frm=addr("Meridian Transmission", "meridiantransmission@talent.icims.com"),
              subject="Interview Cancelled - Project Controls Specialist - Iberia", when="2026-10-02 16:20",
              mx="from mta1.talent.icims.com (mta1.talent.icims.com [64.132.94.21])",
              msgid="<1790952000123.55012.JavaMail.icims@talent.icims.com>")
    return message(hs, mixed(text(body, charset="us-ascii", cte="7bit"),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment",
                                      cte="base64")))


# ---- 22: recruiter prose cancellation, 'pasado mañana ... a las diez y media', windows-1252 -------
@reg(22, family="human_prose", lang="es", interview=True, kind="cancelled", company="Bidasoa Hidráulica",
     contact="xabier.olano@bidasoahidraulica.com", local="Wed 2026-11-25 10:30",
     note="Sent Mon 23 Nov: cancels 'la entrevista de pasado mañana, miércoles, a las diez y media' (Irun, CET) "
          "-> 10:30 local = 09:30Z; hiring frozen, no new time; contact = human sender")
def m22() -> bytes:
    body = t("""
        Hola Iker:

        Siento mucho tener que escribirte esto. Tenemos que anular la entrevista de pasado mañana,
        miércoles, a las diez y media. La dirección ha congelado la contratación del puesto de
        Project Controller hasta nuevo aviso y no queremos hacerte venir hasta Irun para nada.

        Si el proceso se reactiva en 2027 serás el primero al que llame.

        Un saludo y perdona las molestias,

        Xabier Olano
        Responsable de RR. HH. - Bidasoa Hidráulica S.A.
        Polígono Araso, calle Bidasoa 9 - 20305 Irun
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hola Iker:</p>
        <p class="MsoNormal">Siento mucho tener que escribirte esto. Tenemos que anular la entrevista de pasado
        mañana, miércoles, a las diez y media. La dirección ha congelado la contratación del puesto de Project
        Controller hasta nuevo aviso y no queremos hacerte venir hasta Irun para nada.</p>
        <p class="MsoNormal">Si el proceso se reactiva en 2027 serás el primero al que llame.</p>
        <p class="MsoNormal">Un saludo y perdona las molestias,</p>
        <p class="MsoNormal"><b>Xabier Olano</b><br>Responsable de RR. HH. – Bidasoa Hidráulica S.A.<br>
        Polígono Araso, calle Bidasoa 9 – 20305 Irun</p>
        </div></body></html>
        """)
    hs = head(22, frm=addr("Xabier Olano", "xabier.olano@bidasoahidraulica.com"),
              subject="Entrevista miércoles - anulada", when="2026-11-23 17:40", charset="windows-1252",
              mx="from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2090.outbound."
                 "protection.outlook.com [40.107.241.90])",
              msgid="<PAXPR07MB8815A2C40E7B19D3F6@PAXPR07MB8815.eurprd07.prod.outlook.com>",
              extra=(("Thread-Topic", "Entrevista miercoles - anulada"), ("Content-Language", "es-ES")))
    return message(hs, alt(text(body, charset="windows-1252"), html(h, charset="windows-1252")))


# ---- 23: Google Calendar cancellation (METHOD:CANCEL), second round; a new invite announced ------
@reg(23, family="google_calendar", lang="es", interview=True, kind="cancelled", company="Ebro Hidrógeno",
     contact="marta.lasheras@ebrohidrogeno.es", local="Tue 2026-12-15 16:00", local_end="2026-12-15 17:00",
     days=(("Thu", "2026-12-17"),),
     note="Google Calendar 'Evento cancelado' for 'mar 15 dic 2026 16:00 - 17:00 (CET)' -> 15:00-16:00Z, "
          "METHOD:CANCEL; the organizer's note announces a separate new invite for Thu 17 Dec 10:00, which this "
          "mail does not itself send -> cancelled (the cancelled slot); contact = organizer")
def m23() -> bytes:
    body = t("""
        Se ha cancelado este evento y se ha quitado de tu calendario.

        Entrevista 2ª fase - Iker Goñi (Ebro Hidrógeno)
        martes, 15 de diciembre · 16:00 – 17:00
        Zona horaria: Hora de Europa Central - Madrid

        Nota de Marta Lasheras:
        Iker, Sergio no puede el martes. Te llega ahora otra invitación para el jueves 17 a las 10:00.
        Perdona!

        Organizador
        Marta Lasheras
        marta.lasheras@ebrohidrogeno.es

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Has recibido este correo electrónico porque eras un invitado de este evento.
        """)
    h = page(t("""
        <div style="border:1px solid #dadce0;border-radius:8px;padding:24px;max-width:600px">
        <p style="color:#d93025">Se ha cancelado este evento y se ha quitado de tu calendario.</p>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">Entrevista 2ª fase - Iker Goñi (Ebro Hidrógeno)</h2>
        <p>martes, 15 de diciembre · 16:00 – 17:00<br>
        <span style="color:#70757a">Zona horaria: Hora de Europa Central - Madrid</span></p>
        <p><b>Nota de Marta Lasheras:</b><br>Iker, Sergio no puede el martes. Te llega ahora otra invitación para
        el jueves 17 a las 10:00. Perdona!</p>
        <p><b>Organizador</b><br>Marta Lasheras<br>marta.lasheras@ebrohidrogeno.es</p>
        <p style="font-size:11px;color:#70757a">Invitación de Google Calendar</p></div>"""))
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{MADRID_VTZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261215T160000
DTEND;TZID=Europe/Madrid:20261215T170000
DTSTAMP:20261211T080300Z
ORGANIZER;CN=Marta Lasheras:mailto:marta.lasheras@ebrohidrogeno.es
UID:7h2p9c4d1e8f3g6j0k5l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=iker.goni@example.org;X-NUM-GUESTS=0:mailto:iker.goni@example.org
CREATED:20261130T101500Z
LAST-MODIFIED:20261211T080300Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Entrevista 2ª fase - Iker Goñi (Ebro Hidrógeno)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(23, frm=addr("Marta Lasheras", "marta.lasheras@ebrohidrogeno.es"),
              subject="Evento cancelado: Entrevista 2ª fase - Iker Goñi (Ebro Hidrógeno) "
                      "@ mar 15 dic 2026 16:00 - 17:00 (CET) (iker.goni@example.org)",
              when="2026-12-11 09:03",
              mx="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              msgid="<calendar-b71e0c3f-5d29-4a6e-9f80-2c4d1a7e6b93@google.com>",
              extra=(("Reply-To", addr("Marta Lasheras", "marta.lasheras@ebrohidrogeno.es")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(h), calendar(ics, method="CANCEL", cte="8bit")),
                             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# =========================================================================== negatives (24-50)


# ---- 24: recruiter proposes a time, not yet confirmed (thread of key 2) ---------------------------
@reg(24, family="proposal_unconfirmed", lang="es", interview=False, company="Eólica Arga",
     note="'¿Te cuadra el martes a las 12? Si no, el miércoles a primera hora' - a proposal with two options, "
          "nothing confirmed yet (key 2 confirms it later)")
def m24() -> bytes:
    body = t("""
        Kaixo Iker,

        Josu ha visto tu CV y le gustaría conoceros en persona. ¿Te cuadra el martes a las 12? Si no,
        el miércoles a primera hora también podríamos.

        Dime algo y te paso la dirección.

        Amaia

        --
        Amaia Urdiain
        Personas y Talento · Eólica Arga
        amaia.urdiain@eolicaarga.es
        """)
    hs = head(24, frm=addr("Amaia Urdiain", "amaia.urdiain@eolicaarga.es"),
              subject="Puesto Project Controller - Eólica Arga", when="2026-09-16 09:12",
              mx="from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])",
              msgid="<CAB4rT0pKk2eYxQ9m_Lz1hF8vS@mail.gmail.com>")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


# ---- 25: job-centre appointment (Servicio Navarro de Empleo), fixed time, ISO-8859-1 -------------
@reg(25, family="job_centre", lang="es", interview=False, company=None, days=(("Tue", "2026-09-29"),),
     note="Public employment service appointment 'martes 29/09/2026 a las 9:40 h' - an 'entrevista con su "
          "orientador/a' at the job centre, not a job interview")
def m25() -> bytes:
    body = t("""
        SERVICIO NAVARRO DE EMPLEO - NAFAR LANSARE

        Confirmación de cita previa

        Estimado/a IKER GOÑI ARRAIZA:

        Le confirmamos la siguiente cita:

          Oficina: Oficina de Empleo de Pamplona - Rochapea
          Dirección: C/ Bernardino Tirapu 2, 31014 Pamplona
          Día: martes 29/09/2026
          Hora: 9:40 h
          Trámite: Entrevista de orientación laboral (Renovación de la demanda y plan personalizado)

        Acuda con su DNI/NIE y con el documento de alta como demandante de empleo.
        Si no puede acudir, anule la cita en https://www.navarra.es/citaprevia o llamando al 848 42 44 00.

        Este mensaje se ha generado automáticamente. No responda a esta dirección.
        """)
    hs = head(25, frm=addr("Cita Previa SNE", "citaprevia.sne@navarra.es"),
              subject="Confirmación de cita previa - Servicio Navarro de Empleo", when="2026-09-21 12:03",
              charset="iso-8859-1",
              mx="from smtp2.navarra.es (smtp2.navarra.es [185.21.149.30])",
              msgid="<20260921100311.CP.884201@citaprevia.navarra.es>")
    return message(hs, text(body, charset="iso-8859-1"))


# ---- 26: a journalist interviews Iker (press) ---------------------------------------------------
@reg(26, family="press_interview", lang="es", interview=False, company=None, days=(("Thu", "2026-10-01"),),
     note="A reporter confirms 'la entrevista para el reportaje: jueves 1 de octubre a las 11:00, por teléfono' "
          "- a press interview of Iker, not a job interview")
def m26() -> bytes:
    body = t("""
        Hola Iker,

        Muchas gracias por aceptar. Te confirmo la entrevista para el reportaje sobre la repotenciación
        del parque de Aibar: jueves 1 de octubre a las 11:00, por teléfono (te llamo yo al móvil). Serán
        unos 20 minutos. Si tienes alguna foto de la obra que podamos usar, mándamela antes.

        Un saludo,

        Leire Ollo
        Redacción de Economía · Diario del Arga
        leire.ollo@diariodelarga.es · 948 22 10 40
        """)
    hs = head(26, frm=addr("Leire Ollo", "leire.ollo@diariodelarga.es"),
              subject="Entrevista para el reportaje del parque de Aibar", when="2026-09-28 13:45",
              mx="from mail.diariodelarga.es (mail.diariodelarga.es [212.80.144.77])",
              msgid="<b2f6a0e4-1c3d-4e5f-8a9b-0c1d2e3f4a5b@diariodelarga.es>")
    return message(hs, text(body))


# ---- 27: Executive MBA admissions interview, English ----------------------------------------------
@reg(27, family="admission_interview", lang="en", interview=False, company=None, days=(("Fri", "2026-10-09"),),
     note="Executive MBA admissions interview 'Friday, October 9, 2026 at 6:00 PM (CEST)' - a school admission "
          "interview, not a job interview")
def m27() -> bytes:
    body = t("""
        Dear Iker,

        Thank you for your application to the Executive MBA (Bilbao, part-time, intake January 2027).
        We are pleased to confirm your admissions interview:

        Date: Friday, October 9, 2026
        Time: 6:00 PM (CEST)
        Format: online, Zoom (link below)
        Interviewer: Prof. Amaia Garaikoetxea, Academic Director

        https://ebs-edu.zoom.us/j/96412078833

        Please have your ID ready. The interview is one of the last steps of the admissions process;
        you will receive the committee's decision within two weeks.

        Kind regards,
        Admissions Office
        Ebro Business School
        """)
    h = page(t("""
        <p>Dear Iker,</p>
        <p>Thank you for your application to the <b>Executive MBA (Bilbao, part-time, intake January 2027)</b>.
        We are pleased to confirm your admissions interview:</p>
        <p>Date: Friday, October 9, 2026<br>Time: 6:00 PM (CEST)<br>Format: online, Zoom<br>
        Interviewer: Prof. Amaia Garaikoetxea, Academic Director</p>
        <p><a href="https://ebs-edu.zoom.us/j/96412078833">Join the interview</a></p>
        <p>Please have your ID ready. The interview is one of the last steps of the admissions process;
        you will receive the committee's decision within two weeks.</p>
        <p>Kind regards,<br>Admissions Office<br>Ebro Business School</p>"""), "en")
    hs = head(27, frm=addr("EBS Admissions", "admissions@ebs-edu.es"),
              subject="Your Executive MBA admissions interview - confirmation", when="2026-10-02 10:30",
              mx="from mail.ebs-edu.es (mail.ebs-edu.es [91.216.63.12])",
              msgid="<2026100208300.7781@crm.ebs-edu.es>")
    return message(hs, alt(text(body), html(h)))


# ---- 28: choir audition -------------------------------------------------------------------------
@reg(28, family="audition", lang="es", interview=False, company=None, days=(("Thu", "2026-10-15"),),
     note="Choir voice audition 'jueves 15 de octubre a las 20:00' - fixed time, not a job interview")
def m28() -> bytes:
    body = t("""
        Kaixo Iker!

        Gracias por apuntarte. La prueba de voz (entzunaldia) será el jueves 15 de octubre a las 20:00 en
        el local de ensayo (Casa de Cultura de Burlada, aula 3). Es algo informal: una escala, una pieza
        que tú elijas y un poco de lectura. No hace falta que traigas partitura.

        Si estás de acuerdo, te esperamos. Si no puedes, avísame y buscamos otro día.

        Besarkada bat,
        Edurne Zubiri
        Abesbatza Iruñerria - secretaría
        """)
    hs = head(28, frm=addr("Edurne Zubiri", "idazkaritza@abesbatzairunerria.eus"),
              subject="Prueba de voz - Abesbatza Iruñerria", when="2026-10-07 21:16",
              mx="from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])",
              msgid="<CAE1kP0tXq8r7nM3bV6cZ2yW9uL4sD5fG@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 29: car service appointment, HTML only, windows-1252 -----------------------------------------
@reg(29, family="car_service", lang="es", interview=False, company=None, days=(("Mon", "2026-10-19"),),
     note="Garage booking 'lunes 19/10/2026 - 08:00' for a service - fixed time, not an interview")
def m29() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <table width="600" cellpadding="10" style="border:1px solid #ccc">
        <tr><td style="background:#c00;color:#fff;font-size:18px"><b>Talleres Landaben</b> · Servicio Oficial</td></tr>
        <tr><td>
        <p>Estimado cliente IKER GOÑI,</p>
        <p>Le confirmamos su cita en nuestro taller:</p>
        <table>
        <tr><td>Vehículo:</td><td>SKODA OCTAVIA COMBI 2.0 TDI · 4417 KLZ</td></tr>
        <tr><td>Fecha:</td><td><b>lunes 19/10/2026 - 08:00</b></td></tr>
        <tr><td>Trabajos:</td><td>Revisión 60.000 km + cambio de neumáticos de invierno</td></tr>
        <tr><td>Presupuesto estimado:</td><td>385,00 € (IVA incl.)</td></tr>
        </table>
        <p>Le rogamos deje el vehículo en recepción entre las 7:45 y las 8:15. Disponemos de vehículo de
        cortesía bajo petición.</p>
        <p>Calle E, 12 · Polígono Landaben · 31012 Pamplona · Tel. 948 18 44 02</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(29, frm=addr("Talleres Landaben", "citas@tallereslandaben.com"),
              subject="Confirmación de cita en taller - 4417 KLZ", when="2026-10-13 16:48", charset="windows-1252",
              mx="from mail.tallereslandaben.com (mail.tallereslandaben.com [84.124.3.201])",
              msgid="<20261013144812.0A3F2@tallereslandaben.com>")
    return message(hs, html(h, charset="windows-1252"))


# ---- 30: tax-office appointment (Hacienda Foral de Navarra) --------------------------------------
@reg(30, family="tax_office", lang="es", interview=False, company=None, days=(("Thu", "2026-10-22"),),
     note="Tax office 'cita previa' 'jueves, 22 de octubre de 2026, 12:15' about registering as self-employed - "
          "fixed time, not an interview")
def m30() -> bytes:
    body = t("""
        HACIENDA FORAL DE NAVARRA - NAFARROAKO OGASUNA

        Justificante de cita previa

        Nombre: IKER GOÑI ARRAIZA
        Servicio: Censos - Alta de actividad (modelo 036/037)
        Oficina: Pamplona, C/ Esquíroz 20
        Fecha: jueves, 22 de octubre de 2026
        Hora: 12:15
        Número de cita: HFN-2026-0417733

        Preséntese 5 minutos antes con su DNI. Puede anular o cambiar la cita en la sede electrónica.
        """)
    hs = head(30, frm=addr("Hacienda Foral de Navarra", "no-responder@hacienda.navarra.es"),
              subject="Justificante de cita previa HFN-2026-0417733", when="2026-10-16 09:27",
              mx="from smtp2.navarra.es (smtp2.navarra.es [185.21.149.30])",
              msgid="<HFN-2026-0417733.20261016072701@hacienda.navarra.es>")
    return message(hs, text(body, cte="base64"))


# ---- 31: coach's mock-interview session booked through Calendly -----------------------------------
@reg(31, family="mock_interview", lang="es", interview=False, company=None, days=(("Tue", "2026-10-27"),),
     note="Calendly booking of a 'Simulacro de entrevista' with a career coach, 'martes, 27 de octubre de 2026, "
          "18:00 - 19:00 (hora de Europa central)' - practice, not a job interview")
def m31() -> bytes:
    body = t("""
        Hola Iker Goñi:

        Se ha programado un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista (60 min) - Sesión 2 del bono

        Invitado:
        Iker Goñi

        Fecha y hora del evento:
        18:00 - 19:00 (hora de Europa central) el martes, 27 de octubre de 2026

        Ubicación:
        Google Meet (el enlace se enviará antes de la sesión)

        Nota de Arantxa:
        Trae la oferta de Lumen Grid y practicamos las preguntas de competencias. ¡Ánimo!

        Enviado desde Calendly
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261023T090000Z
UID:cc81f3a2-44d0-4b6e-a0f7-1e9d5b3c2a60@calendly.com
DTSTART:20261027T170000Z
DTEND:20261027T180000Z
SUMMARY:Simulacro de entrevista (60 min) entre Arantxa Goikoetxea e Iker Goñi
ORGANIZER;CN=Arantxa Goikoetxea:mailto:arantxa@goikoetxeacoaching.com
ATTENDEE;CN=Iker Goñi;PARTSTAT=ACCEPTED:mailto:iker.goni@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(31, frm=addr("Calendly", "notifications@calendly.com"),
              subject="Confirmado: Simulacro de entrevista (60 min) entre Arantxa Goikoetxea e Iker Goñi "
                      "@ mar 27 oct 2026 18:00 - 19:00 (CET)",
              when="2026-10-23 11:00",
              mx="from o2.email.calendly.com (o2.email.calendly.com [167.89.84.10])",
              msgid="<R7pXw2mKQe6Hs0Jz4c9Ybq@geopod-ismtpd-5-1>",
              extra=(("Reply-To", addr("Arantxa Goikoetxea", "arantxa@goikoetxeacoaching.com")),))
    return message(hs, mixed(text(body),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


# ---- 32: headhunter proposes times, English, nothing fixed -------------------------------------
@reg(32, family="recruiter_outreach", lang="en", interview=False, company="Kestrel Search Partners",
     note="Headhunter outreach: 'would Tuesday at 10 work, or Wednesday afternoon?' - a proposal, no fixed time")
def m32() -> bytes:
    body = t("""
        Hi Iker,

        I'm working on a retained search for a Head of Project Controls at a fast-growing battery
        storage developer (Madrid HQ, 2-3 days remote). Your background at Hegoalde across wind and
        solar portfolios looks like a strong fit.

        Could we have a quick 20-minute chat next week? Would Tuesday at 10 work, or Wednesday
        afternoon? Happy to fit around you.

        Best,
        Oliver Grant
        Partner, Energy & Infrastructure
        Kestrel Search Partners | London · Madrid
        oliver.grant@kestrelsearch.co.uk | +44 20 7946 0321
        """)
    hs = head(32, frm=addr("Oliver Grant", "oliver.grant@kestrelsearch.co.uk"),
              subject="Head of Project Controls - battery storage (Madrid)", when="2026-10-29 09:40",
              zone="Europe/London",
              mx="from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
              msgid="<CAK2nQ8p1vZ3x_Rt6yH0uW4mB9sE7cL@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 33: a friend forwards his own confirmed interview, asking for tips ---------------------------
@reg(33, family="forwarded_other", lang="es", interview=False, company=None, days=(("Thu", "2026-11-05"),),
     note="Friend forwards his own Greenhouse confirmation (Thursday, November 5, 11:00 AM CET) asking for tips - "
          "a confirmed interview, but not Iker's")
def m33() -> bytes:
    body = t("""
        Aupa Iker!

        Mira lo que me ha llegado, al final me han llamado de Tramontana. Tú estuviste allí de prácticas,
        ¿no? ¿Algún consejo? ¿Qué tal es el tal Pere? Te invito a un café el miércoles y me cuentas.

        Unai

        ---------- Forwarded message ---------
        De: Tramontana Wind <no-reply@us.greenhouse-mail.io>
        Date: dom, 1 nov 2026 a las 10:02
        Subject: Interview Confirmation: Financial Analyst at Tramontana Wind
        To: Unai Mendioroz <unai.mendioroz@example.net>

        Hi Unai,

        Your interview is confirmed:

        Date: Thursday, November 5, 2026
        Time: 11:00 AM - 11:45 AM CET
        Location: Tramontana Wind, Passeig de Gràcia 54, Barcelona (or Google Meet on request)
        Interviewer: Pere Soler - FP&A Manager

        Best,
        Núria Vives
        Talent Acquisition, Tramontana Wind
        """)
    hs = head(33, frm=addr("Unai Mendioroz", "unai.mendioroz@example.net"),
              subject="Fwd: Interview Confirmation: Financial Analyst at Tramontana Wind", when="2026-11-01 12:37",
              mx="from mail-ed1-f50.google.com (mail-ed1-f50.google.com [209.85.208.50])",
              msgid="<CAP9xK3m2Lq0vR8tW5yB1nZ7cH4dF6g@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 34: Iker interviews a candidate at his current job (Exchange meeting request) ---------------
@reg(34, family="interviewer_invite", lang="es", interview=False, company=None, days=(("Mon", "2026-11-09"),),
     note="Outlook meeting request from HR at Iker's current employer: he is on the panel interviewing a "
          "candidate (Mon 9 Nov 12:00-13:00, W. Europe Standard Time) - an interview he conducts, not his own")
def m34() -> bytes:
    body = t("""
        Hola Iker,

        Como hablamos, te incluyo en el panel de la entrevista con Leire Sarasa (candidata a Técnica de
        Control de Proyectos, junior). Tienes su CV y la hoja de evaluación en la carpeta de Selección.
        Por favor, rellena la hoja antes del miércoles.

        Gracias,
        Begoña Azcona
        Personas · Hegoalde Renovables
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Begoña Azcona:mailto:begona.azcona@hegoalderenovables.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iker Goñi:mailto:iker.goni@hegoalderenovables.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Leire Sarasa:mailto:leire.sarasa@example.com
UID:040000008200E00074C5B7101A82E00800000000C3D9E8F17A66DD01000000000000000010000000A9
SUMMARY;LANGUAGE=es-ES:Entrevista candidata - Técnica de Control de Proyectos (Leire Sarasa)
DTSTART;TZID=W. Europe Standard Time:20261109T120000
DTEND;TZID=W. Europe Standard Time:20261109T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T081000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Irati (planta 1)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = head(34, frm=addr("Begoña Azcona", "begona.azcona@hegoalderenovables.com"),
              subject="Entrevista candidata - Técnica de Control de Proyectos (Leire Sarasa)",
              when="2026-11-04 09:10", to=addr("Iker Goñi", "iker.goni@hegoalderenovables.com"),
              mx="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2131.outbound."
                 "protection.outlook.com [40.107.22.131])",
              msgid="<VI1PR06MB6433F0B8C2D1E4A97B@VI1PR06MB6433.eurprd06.prod.outlook.com>",
              extra=(("X-Forwarded-To", ME),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# ---- 35: rejection via Recruitee ------------------------------------------------------------------
@reg(35, family="rejection", lang="es", interview=False, company="Cierzo Energía",
     note="Recruitee rejection after a first interview; no time")
def m35() -> bytes:
    body = t("""
        Hola Iker,

        Gracias por el tiempo que nos has dedicado durante el proceso para Project Controller en Cierzo
        Energía y por la conversación de la semana pasada.

        Tras valorar todas las candidaturas, hemos decidido continuar con otros perfiles que encajan algo
        mejor con lo que necesitamos ahora mismo. Ha sido una decisión difícil.

        Guardaremos tu CV para futuras posiciones, si nos das permiso.

        Un saludo,
        Equipo de Personas de Cierzo Energía
        """)
    h = page(t("""
        <div style="max-width:600px;margin:0 auto">
        <img src="https://cdn.recruitee.com/companies/cierzo/logo.png" alt="Cierzo Energía" height="40">
        <p>Hola Iker,</p>
        <p>Gracias por el tiempo que nos has dedicado durante el proceso para Project Controller en Cierzo
        Energía y por la conversación de la semana pasada.</p>
        <p>Tras valorar todas las candidaturas, hemos decidido continuar con otros perfiles que encajan algo
        mejor con lo que necesitamos ahora mismo. Ha sido una decisión difícil.</p>
        <p>Guardaremos tu CV para futuras posiciones, si nos das permiso.</p>
        <p>Un saludo,<br>Equipo de Personas de Cierzo Energía</p>
        <p style="font-size:11px;color:#999">Enviado a través de Recruitee</p></div>"""))
    hs = head(35, frm=addr("Cierzo Energía", "noreply@mailer.recruitee.com"),
              subject="Tu candidatura en Cierzo Energía", when="2026-11-10 15:22",
              mx="from mailer.recruitee.com (mailer.recruitee.com [159.135.228.10])",
              msgid="<rt.20261110142200.c91e4b@mailer.recruitee.com>",
              extra=(("Reply-To", "cierzo-energia+c9a7e1@inbound.recruitee.com"),))
    return message(hs, alt(text(body), html(h)))


# ---- 36: offer from Helioscope, with a call to walk through it (English) ---------------------------
@reg(36, family="offer", lang="en", interview=False, company="Helioscope Analytics",
     note="Offer e-mail; a 20-minute call 'Wednesday at 5pm CET' to walk through the package is fixed, but it is "
          "an offer call, not an interview")
def m36() -> bytes:
    body = t("""
        Hi Iker,

        I'm thrilled to let you know that we'd like to offer you the role of Project Controls Lead at
        Helioscope Analytics! The offer letter is attached via DocuSign; headline numbers:

          - Base salary: EUR 68,000 gross per year
          - Annual bonus target: 10%
          - Start date: flexible, ideally February 1, 2027
          - Fully remote, contracted through our Spanish entity

        I've put 20 minutes in our calendars for Wednesday at 5pm CET to walk you through the package
        and answer questions. No need to decide on the call!

        Congratulations - the whole panel was impressed.

        Dana

        Dana Whitfield
        Head of Talent, Helioscope Analytics
        dana@helioscope-analytics.com
        """)
    hs = head(36, frm=addr("Dana Whitfield", "dana@helioscope-analytics.com"),
              subject="Offer - Project Controls Lead at Helioscope Analytics", when="2026-12-14 09:05",
              zone="America/New_York",
              mx="from mail-qk1-f181.google.com (mail-qk1-f181.google.com [209.85.222.181])",
              msgid="<CAN0eW4r7Yt2q_Lm9xZ1kP3vB8sD6hJ@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 37: application receipt via Taleo -----------------------------------------------------------
@reg(37, family="application_receipt", lang="es", interview=False, company="Aldaia Energy Group",
     note="Taleo application acknowledgement; mentions that shortlisted candidates will be contacted for an "
          "interview, nothing scheduled")
def m37() -> bytes:
    body = t("""
        Estimado/a Iker Goñi:

        Hemos recibido correctamente su candidatura para el puesto 2600318 - Project Controller
        Renovables (Madrid).

        Nuestro equipo de selección revisará su perfil. Si su candidatura avanza, nos pondremos en
        contacto con usted para concertar una entrevista.

        Puede consultar el estado de su candidatura en cualquier momento en nuestra web de empleo.

        Atentamente,
        Selección - Aldaia Energy Group

        ** Este es un mensaje automático. Por favor, no responda. **
        """)
    hs = head(37, frm=addr("Aldaia Energy Group", "aldaiaenergy@taleo.net"),
              subject="Candidatura recibida - 2600318 Project Controller Renovables (Madrid)",
              when="2026-09-08 22:47",
              mx="from mx.taleo.net (mx.taleo.net [160.34.10.100])",
              msgid="<1790617620012.2600318.JavaMail.taleo@tlo-prod-mail03>")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


# ---- 38: JOIN job alert ---------------------------------------------------------------------------
@reg(38, family="job_alert", lang="es", interview=False, company=None,
     note="JOIN job alert with five postings; no interview")
def m38() -> bytes:
    h = page(t("""
        <table width="600" align="center" style="font-family:Arial">
        <tr><td><h2>5 nuevos empleos para «Project Controller» cerca de Pamplona</h2></td></tr>
        <tr><td><b>Project Controller (m/f/d)</b> · Wattio Sistemas · Pamplona · Híbrido<br>
        <a href="https://join.com/companies/wattio/1288401">Ver empleo</a></td></tr>
        <tr><td><b>Controller de Proyectos Eólicos</b> · Aerogenerador Norte · Sarriguren<br>
        <a href="https://join.com/companies/aeronorte/1288777">Ver empleo</a></td></tr>
        <tr><td><b>PMO Analyst - Renewables</b> · Ubarra Capital · Bilbao<br>
        <a href="https://join.com/companies/ubarra/1289012">Ver empleo</a></td></tr>
        <tr><td><b>Cost Controller</b> · Hidro Leitzaran · Andoain<br>
        <a href="https://join.com/companies/leitzaran/1289310">Ver empleo</a></td></tr>
        <tr><td><b>Project Controls Engineer (Remote)</b> · Gridbeam · Remoto<br>
        <a href="https://join.com/companies/gridbeam/1289544">Ver empleo</a></td></tr>
        <tr><td style="font-size:11px;color:#888">Recibes este correo porque creaste una alerta en JOIN.
        <a href="https://join.com/alerts/unsubscribe?t=8f1a">Darse de baja</a></td></tr>
        </table>"""))
    hs = head(38, frm=addr("JOIN", "no-reply@join.com"),
              subject="5 nuevos empleos: Project Controller en Pamplona", when="2026-09-14 07:00",
              mx="from mail.join.com (mail.join.com [185.92.8.61])",
              msgid="<alert.8f1a3c.20260914050000@join.com>",
              extra=(("List-Unsubscribe", "<https://join.com/alerts/unsubscribe?t=8f1a>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(h))


# ---- 39: newsletter / blog post about interviews (mailing list) ----------------------------------
@reg(39, family="newsletter_tips", lang="es", interview=False, company=None, days=(("Thu", "2026-10-22"),),
     note="Sector newsletter with a blog post on preparing a project-controller interview and a live Q&A "
          "'el jueves 22 a las 18:30'; mailing-list mail, no interview")
def m39() -> bytes:
    body = t("""
        RENOVABLES HOY · Boletín semanal nº 212

        EN PORTADA
        Cómo preparar tu entrevista de project controller en renovables: 7 preguntas que siempre salen
        «Cuéntame un desvío de presupuesto que detectaste tarde» es la pregunta estrella. Te explicamos
        cómo responderla con el método STAR y qué esperan oír los directores de proyecto...
        Leer más: https://renovableshoy.es/blog/entrevista-project-controller

        DIRECTO EN LINKEDIN
        «Entrevistas por competencias»: el jueves 22 a las 18:30, con la headhunter Marta Irigoyen.

        MERCADO
        Navarra supera los 2 GW eólicos instalados · El PERTE de hidrógeno abre nueva convocatoria

        --
        Recibes este boletín porque te suscribiste en renovableshoy.es.
        Darte de baja: https://renovableshoy.es/baja?u=7731
        """)
    hs = head(39, frm=addr("Renovables Hoy", "boletin@renovableshoy.es"),
              subject="Las 7 preguntas que siempre salen en una entrevista de project controller",
              when="2026-10-06 08:00",
              mx="from mail180-12.suw41.mandrillapp.com (mail180-12.suw41.mandrillapp.com [198.2.180.12])",
              msgid="<5a9e2c71f04b4d8fa1c3@renovableshoy.mandrillapp.com>",
              extra=(("List-Id", "Boletin Renovables Hoy <boletin.renovableshoy.es>"),
                     ("List-Unsubscribe", "<https://renovableshoy.es/baja?u=7731>"), ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 40: GoodTime availability request (pick a slot), English -------------------------------------
@reg(40, family="self_schedule", lang="en", interview=False, company="Lumen Grid Software",
     note="GoodTime availability request: 'please select the times that work for you' in the next two weeks - "
          "no fixed time (key 13 confirms later)")
def m40() -> bytes:
    body = t("""
        Hi Iker,

        Great news - the team would like to invite you to the next stage for Senior Project Controller
        (Remote, Spain). This round is two back-to-back 45-minute conversations (90 minutes in total).

        Please select the times that work for you over the next two weeks:
        https://lumengrid.goodtime.io/availability/8d31e0c4

        Once you've submitted your availability, we'll confirm the final schedule by email.

        Thanks,
        Priya Natarajan
        Recruiting Coordinator, Lumen Grid Software

        Powered by GoodTime
        """)
    h = page(t("""
        <p>Hi Iker,</p>
        <p>Great news - the team would like to invite you to the next stage for <b>Senior Project Controller
        (Remote, Spain)</b>. This round is two back-to-back 45-minute conversations (90 minutes in total).</p>
        <p style="text-align:center"><a href="https://lumengrid.goodtime.io/availability/8d31e0c4"
        style="background:#3b5bdb;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none">Select
        your availability</a></p>
        <p>Once you've submitted your availability, we'll confirm the final schedule by email.</p>
        <p>Thanks,<br>Priya Natarajan<br>Recruiting Coordinator, Lumen Grid Software</p>
        <p style="font-size:11px;color:#aaa">Powered by GoodTime</p>"""), "en")
    hs = head(40, frm=addr("Lumen Grid Software", "no-reply@goodtime.io"),
              subject="Lumen Grid Software: please share your availability", when="2026-11-12 17:31",
              mx="from mail.goodtime.io (mail.goodtime.io [198.2.180.91])",
              msgid="<gt.availability.8d31e0c4@goodtime.io>",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@lumengrid.io")),))
    return message(hs, alt(text(body), html(h)))


# ---- 41: out-of-office auto-reply -----------------------------------------------------------------
@reg(41, family="auto_reply", lang="es", interview=False, company=None, days=(("Mon", "2026-11-16"),),
     note="Recruiter's out-of-office auto-reply to Iker's mail about an interview; return date 'lunes 16 de "
          "noviembre', no interview time")
def m41() -> bytes:
    body = t("""
        Gracias por tu mensaje. Estoy fuera de la oficina hasta el lunes 16 de noviembre, con acceso
        limitado al correo. Para temas urgentes de selección puedes escribir a personas@irunasmartgrids.com.

        Eskerrik asko / Thank you for your message. I am out of the office until Monday 16 November.

        Ane Elizalde
        Iruña Smart Grids
        """)
    hs = head(41, frm=addr("Ane Elizalde", "ane.elizalde@irunasmartgrids.com"),
              subject="Respuesta automática: Entrevista Project Controller - disponibilidad",
              when="2026-11-11 18:02",
              mx="from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2094.outbound."
                 "protection.outlook.com [40.107.7.94])",
              msgid="<AM0PR10MB3012B6E1C4A0F7D85E@AM0PR10MB3012.eurprd10.prod.outlook.com>",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAH7vQp7r2Nk5@mail.gmail.com>")))
    return message(hs, text(body))


# ---- 42: bounce of Iker's thank-you mail (multipart/report) ------------------------------------
@reg(42, family="bounce", lang="es", interview=False, company=None,
     note="Mailer-daemon bounce of Iker's thank-you note after an interview ('la entrevista de ayer'); "
          "delivery failure, no interview time")
def m42() -> bytes:
    original = message([
        ("From", ME_H),
        ("To", "rrhh@txantreasolar.es"),
        ("Subject", "Gracias por la entrevista"),
        ("Date", date("2026-11-20 09:14", MAD)),
        ("Message-ID", "<CAH7vQp2bN8e@mail.gmail.com>"),
    ], text(t("""
        Buenos días,

        Muchas gracias por la entrevista de ayer. Me gustó mucho conocer el proyecto de Txantrea Solar
        y quedo a vuestra disposición para lo que necesitéis.

        Un saludo,
        Iker Goñi
        """)))
    explain = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <rrhh@txantreasolar.es>: host mail.txantreasolar.es[81.45.200.17] said: 550
            5.1.1 <rrhh@txantreasolar.es>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = make.raw_part([("Content-Description", "Delivery report"),
                            ("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Xk9P21RzTz1
        Arrival-Date: Fri, 20 Nov 2026 09:14:03 +0100 (CET)

        Final-Recipient: rfc822; rrhh@txantreasolar.es
        Original-Recipient: rfc822;rrhh@txantreasolar.es
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.txantreasolar.es
        Diagnostic-Code: smtp; 550 5.1.1 <rrhh@txantreasolar.es>: Recipient address
            rejected: User unknown in virtual mailbox table
        """))
    hs = head(42, frm=addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.org"),
              subject="Undelivered Mail Returned to Sender", when="2026-11-20 09:14",
              mx="from localhost (localhost [127.0.0.1])",
              msgid="<20261120081406.4Xk9P21RzTz2@mx2.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    report = make.multipart("report", text(explain, charset="us-ascii", cte="7bit",
                                           extra=(("Content-Description", "Notification"),)),
                            status, attached_message(original), params="report-type=delivery-status")
    return message(hs, report)


# ---- 43: webinar registration (Zoom) with ICS -----------------------------------------------------
@reg(43, family="webinar", lang="es", interview=False, company=None, days=(("Thu", "2026-11-26"),),
     note="Zoom webinar registration 'Entrevistas por competencias en el sector energético', 'jueves, 26 de "
          "noviembre de 2026, 18:00 Madrid' with ICS - a webinar, not an interview")
def m43() -> bytes:
    body = t("""
        Hola Iker,

        Gracias por inscribirte en «Entrevistas por competencias en el sector energético: cómo
        superarlas».

        Fecha y hora: jueves, 26 de noviembre de 2026, 18:00 Madrid
        Organiza: Clúster de Energía de Navarra

        Únete desde PC, Mac, iPad o Android:
        https://us06web.zoom.us/w/84402218867?tk=Xy9aB3

        Código de acceso: 557120

        Añadir a calendario: descarga el archivo .ics adjunto.

        Puedes cancelar tu inscripción en cualquier momento.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{MADRID_VTZ}
BEGIN:VEVENT
DTSTAMP:20261116T110500Z
DTSTART;TZID=Europe/Madrid:20261126T180000
DTEND;TZID=Europe/Madrid:20261126T193000
SUMMARY:Entrevistas por competencias en el sector energético: cómo superarlas
UID:20261116T110500Z-84402218867@fe80:0:0:0:c4d:ba1a:3e8f:77e1ens5
DESCRIPTION:https://us06web.zoom.us/w/84402218867?tk=Xy9aB3
LOCATION:https://us06web.zoom.us/w/84402218867
END:VEVENT
END:VCALENDAR"""
    hs = head(43, frm=addr("Clúster de Energía de Navarra", "no-reply@zoom.us"),
              subject="Confirmación de inscripción: Entrevistas por competencias en el sector energético",
              when="2026-11-16 12:05",
              mx="from mail-s1.zoom.us (mail-s1.zoom.us [170.114.10.81])",
              msgid="<webinar.84402218867.reg.7c2f@zoom.us>")
    return message(hs, mixed(text(body), calendar(ics, method=None, ctype="application/ics",
                                                  filename="webinar.ics", disposition="attachment",
                                                  cte="base64")))


# ---- 44: vet appointment for the dog --------------------------------------------------------------
@reg(44, family="vet_appointment", lang="es", interview=False, company=None, days=(("Fri", "2026-11-27"),),
     note="Vet reminder 'vie 27/11 a las 17:15' for the dog's vaccine - fixed time, not an interview")
def m44() -> bytes:
    body = t("""
        Clínica Veterinaria Ezkaba

        Recordatorio de cita
        Paciente: TXURI (canino, border collie)
        Propietario: Iker Goñi
        Cita: vie 27/11 a las 17:15
        Motivo: vacuna anual + revisión

        Para cambiar la cita llámenos al 948 13 62 90. ¡Hasta pronto!
        """)
    hs = head(44, frm=addr("Clínica Veterinaria Ezkaba", "citas@vetezkaba.es"),
              subject="Recordatorio de cita - TXURI", when="2026-11-24 10:00",
              mx="from smtp.vetezkaba.es (smtp.vetezkaba.es [217.76.128.44])",
              msgid="<recordatorio.55217.20261124@vetezkaba.es>")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


# ---- 45: parent-teacher meeting, 'el lunes que viene' ---------------------------------------------
@reg(45, family="parent_teacher", lang="es", interview=False, company=None, days=(("Mon", "2026-11-30"),),
     note="School tutor: 'la tutoría ... el lunes que viene a las 17:00' (Mon 30 Nov) - parent-teacher meeting, "
          "not an interview")
def m45() -> bytes:
    body = t("""
        Kaixo Iker eta Garazi,

        Os escribo para la tutoría individual del primer trimestre de Maddi (3º de Primaria). Si os
        viene bien, os espero el lunes que viene a las 17:00 en el aula de 3ºB. Serán unos 20 minutos.

        Si no podéis, decidme otro día de esa semana por la tarde.

        Ondo izan,
        Edurne Lakuntza
        Tutora 3ºB - Ikastola Arga Ibaia
        """)
    hs = head(45, frm=addr("Edurne Lakuntza", "edurne.lakuntza@argaibaia.eus"),
              to=f"{ME_H}, {addr('Garazi Etxeberria', 'garazi.etxeberria@example.com')}",
              subject="Tutoría Maddi - 3ºB", when="2026-11-25 13:40",
              mx="from smtp.argaibaia.eus (smtp.argaibaia.eus [185.47.12.9])",
              msgid="<9c0f4e21-7a3b-4d58-b6e2-1f0a9d8c7b65@argaibaia.eus>")
    return message(hs, text(body, cte="8bit"))


# ---- 46: team Christmas dinner at the current job (Google Calendar invite) ------------------------
@reg(46, family="team_event", lang="es", interview=False, company=None, days=(("Fri", "2026-12-18"),),
     note="Google Calendar invitation to the team's Christmas dinner at Iker's current employer, 'viernes, 18 de "
          "diciembre · 21:00 – 23:30' - fixed time, not an interview")
def m46() -> bytes:
    body = t("""
        Cena de Navidad equipo Control de Proyectos
        viernes, 18 de diciembre · 21:00 – 23:30
        Zona horaria: Hora de Europa Central - Madrid
        Ubicación: Asador Kaskallo, calle San Nicolás 11, Pamplona

        Reservado para 14. Menú cerrado 45 €, lo paga la empresa (las copas no, jeje).

        Organizador
        Patxi Echeverría
        patxi.echeverria@hegoalderenovables.com

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_VTZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261218T210000
DTEND;TZID=Europe/Madrid:20261218T233000
DTSTAMP:20261201T104400Z
ORGANIZER;CN=Patxi Echeverría:mailto:patxi.echeverria@hegoalderenovables.com
UID:2q9w8e7r6t5y4u3i2o1p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=iker.goni@example.org;X-NUM-GUESTS=0:mailto:iker.goni@example.org
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cena de Navidad equipo Control de Proyectos
LOCATION:Asador Kaskallo\\, calle San Nicolás 11\\, Pamplona
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(46, frm=addr("Patxi Echeverría", "patxi.echeverria@hegoalderenovables.com"),
              subject="Invitación: Cena de Navidad equipo Control de Proyectos @ vie 18 dic 2026 21:00 - 23:30 "
                      "(CET) (iker.goni@example.org)",
              when="2026-12-01 11:44",
              mx="from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              msgid="<calendar-0d4f7a91-3c2e-4b8a-95f6-e1a7c3b92d04@google.com>",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="8bit")),
                             calendar(ics, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


# ---- 47: mortgage adviser meeting at the bank (Microsoft Bookings) -------------------------------
@reg(47, family="bank_appointment", lang="es", interview=False, company=None, days=(("Wed", "2026-12-02"),),
     note="Bank booking through Microsoft Bookings: 'Estudio de hipoteca' with a mortgage adviser, 'miércoles, 2 "
          "de diciembre de 2026 10:00 - 11:00' with ICS - fixed time, not an interview")
def m47() -> bytes:
    h = page(t("""
        <div style="font-family:'Segoe UI',sans-serif">
        <p style="font-size:20px">Su reserva está confirmada</p>
        <p>Hola Iker Goñi,</p>
        <p>Gracias por reservar con Caja Rural del Arga - Oficina Iturrama.</p>
        <table>
        <tr><td>Servicio</td><td><b>Estudio de hipoteca con su gestor</b></td></tr>
        <tr><td>Fecha y hora</td><td>miércoles, 2 de diciembre de 2026 10:00 - 11:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td>Personal</td><td>Javier Lacarra</td></tr>
        <tr><td>Ubicación</td><td>Avenida de Sancho el Fuerte 40, Pamplona</td></tr>
        </table>
        <p>Traiga sus tres últimas nóminas, la declaración de la renta y la nota simple de la vivienda.</p>
        </div>"""))
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_VTZ}
BEGIN:VEVENT
ORGANIZER;CN=Oficina Iturrama:mailto:OficinaIturrama@cajaruralarga.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Iker Goñi:mailto:iker.goni@example.org
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DD01000000000000000010000000C4
SUMMARY;LANGUAGE=es-ES:Estudio de hipoteca con su gestor
DTSTART;TZID=Romance Standard Time:20261202T100000
DTEND;TZID=Romance Standard Time:20261202T110000
DTSTAMP:20261127T123000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Avenida de Sancho el Fuerte 40\\, Pamplona
END:VEVENT
END:VCALENDAR"""
    hs = head(47, frm=addr("Caja Rural del Arga - Oficina Iturrama", "OficinaIturrama@cajaruralarga.es"),
              subject="Reserva confirmada: Estudio de hipoteca con su gestor", when="2026-11-27 13:30",
              mx="from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2101.outbound."
                 "protection.outlook.com [40.107.13.101])",
              msgid="<DU0PR03MB8841A7D2E9C0F1B64A@DU0PR03MB8841.eurprd03.prod.outlook.com>")
    return message(hs, alt(html(h), calendar(ics, cte="base64")))


# ---- 48: rugby club try-out --------------------------------------------------------------------
@reg(48, family="sports_tryout", lang="es", interview=False, company=None, days=(("Sat", "2026-12-12"),),
     note="Veterans' rugby club try-out 'sábado 12/12 a las 10:00' - fixed time, not a job interview")
def m48() -> bytes:
    body = t("""
        Aupa Iker,

        Te apuntamos a la prueba del equipo de veteranos: sábado 12/12 a las 10:00 en el campo de
        San Jorge. Trae botas de tacos y ropa para mojarte, que el parte da lluvia. Después hay
        tercer tiempo en el bar del club.

        Nos vemos,
        Mikel Oroz
        Club Rugby Iruñea - Veteranos
        """)
    hs = head(48, frm=addr("Mikel Oroz", "mikel.oroz@example.com"),
              subject="Prueba veteranos sábado", when="2026-12-06 20:31",
              mx="from mail-yw1-f173.google.com (mail-yw1-f173.google.com [209.85.128.173])",
              msgid="<CAD6pM1v0xQ3n_Zr8tW2yK5bL7cF4hG@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


# ---- 49: French employer proposes two slots, not confirmed (thread of key 11) ---------------------
@reg(49, family="proposal_unconfirmed", lang="fr", interview=False, company="Adour Énergies Marines",
     days=(("Thu", "2026-11-12"), ("Fri", "2026-11-13")),
     note="French proposal: 'seriez-vous disponible le jeudi 12 novembre à 14h00 ou le vendredi 13 à 10h00 ?' - "
          "two options, nothing confirmed (key 11 confirms later)")
def m49() -> bytes:
    body = t("""
        Bonjour Monsieur Goñi,

        Nous avons bien reçu votre candidature au poste de Contrôleur de projets (H/F) basé à Bayonne,
        et votre profil a retenu toute notre attention.

        Nous souhaiterions vous rencontrer dans nos locaux. Seriez-vous disponible le jeudi 12 novembre
        à 14h00 ou le vendredi 13 à 10h00 ? Merci de me confirmer le créneau qui vous convient.

        Bien cordialement,

        Sylvie Etcheverry
        Responsable Ressources Humaines
        Adour Énergies Marines - 12 allée Marines - 64100 Bayonne
        """)
    hs = head(49, frm=addr("Sylvie Etcheverry", "s.etcheverry@adour-em.fr"),
              subject="Candidature - Contrôleur de projets (H/F)", when="2026-10-30 16:40", zone="Europe/Paris",
              charset="iso-8859-15",
              mx="from smtp.adour-em.fr (smtp.adour-em.fr [193.252.22.61])",
              msgid="<000301dc4877$2b9f6e80$82de4b80$@adour-em.fr>",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")))
    return message(hs, text(body, charset="iso-8859-15"))


# ---- 50: podcast recording as a guest, English ---------------------------------------------------
@reg(50, family="podcast", lang="en", interview=False, company=None, days=(("Wed", "2026-12-16"),),
     note="Podcast producer confirms Iker's guest recording 'Wednesday, December 16 at 5:00 PM CET' - an "
          "interview on a podcast, not a job interview")
def m50() -> bytes:
    body = t("""
        Hi Iker,

        Thanks again for agreeing to come on Grid Talk! You're confirmed for our episode on cost control
        in wind repowering:

        Recording: Wednesday, December 16 at 5:00 PM CET (about an hour, including a sound check)
        Studio link: https://riverside.fm/studio/grid-talk?t=7a1c

        Please use headphones and a wired connection if you can. Our host, Sam, will send a few
        questions in advance - nothing scripted, it's a relaxed conversation.

        Cheers,
        Lotte van Dijk
        Producer, Grid Talk podcast
        """)
    hs = head(50, frm=addr("Lotte van Dijk", "lotte@gridtalkpodcast.com"),
              subject="Grid Talk - your recording is confirmed", when="2026-12-07 15:12", zone="Europe/Amsterdam",
              mx="from mail-ot1-f50.google.com (mail-ot1-f50.google.com [209.85.210.50])",
              msgid="<CAG8rN2p5Wq1v_Xt3yM0kB7zL9cD4fH@mail.gmail.com>")
    return message(hs, text(body))
