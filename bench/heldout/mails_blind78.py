"""blind78: 50 hand-written mails from the inbox of Santiago Restrepo, a mobile developer in Medellín.

Written blind (without reading the detector, its tests, fixtures or the other held-out mails) by a
helper session on 2026-11-26. Build and check with ``python3 bench/heldout/make_blind.py blind78``.
File numbers are a fixed shuffle of the writing order: keys 1-23 are positives, 24-50 negatives.
"""

from __future__ import annotations

import hashlib
import html as _html
import random
from email.utils import parseaddr

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

ORDER = random.Random(78078).sample(range(1, 51), 50)


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind78_{ORDER[key - 1]:03d}"


ME = "santiago.restrepo@example.org"
ME_H = addr("Santiago Restrepo", ME)
BOG = "America/Bogota"
MEX = "America/Mexico_City"
MAD = "Europe/Madrid"
PTY = "America/Panama"
NYC = "America/New_York"
TOR = "America/Toronto"
CHI = "America/Chicago"
LAX = "America/Los_Angeles"
VAN = "America/Vancouver"


def _id(seed: str, k: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:k]


def hdrs(frm: str, subject: str, when: str, zone: str, msgid: str, mx_from: str, *,
         to: str = ME_H, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 4, rp: str | None = None) -> list[tuple[str, str]]:
    """The usual header block of a mail delivered to Santiago's mailbox."""
    ident = f"mx2.example.org (Postfix) with ESMTPS id {_id(msgid, 10).upper()}"
    return [
        ("Return-Path", rp or f"<{parseaddr(frm)[1]}>"),
        ("Delivered-To", ME),
        ("Received", received(mx_from, when, zone, ident, ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def paras(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> inside."""
    ps = []
    for block in body.strip("\n").split("\n\n"):
        ps.append("<p>" + "<br>\n".join(_html.escape(x) for x in block.split("\n")) + "</p>")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            + "\n".join(ps) + "\n</body></html>\n")


TZ_BOG = """BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TZ_TOR = """BEGIN:VTIMEZONE
TZID:America/Toronto
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""

TZ_MAD = """BEGIN:VTIMEZONE
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

TZ_NYC = """BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives
# --------------------------------------------------------------------------- 1 Greenhouse, US Central, DST edge


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T16:00:00Z", end="2026-11-03T17:00:00Z",
      contact="megan.kowalski@pennanthealth.com", company="Pennant Health",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone=CHI,
      note="Greenhouse confirmation sent Fri 30 Oct in CDT; the interview is Tue 3 Nov 10:00-11:00 CST "
           "(US clocks fall back on 1 Nov) = 16:00Z; the body also says 11:00 Medellín time and the ICS "
           "is in UTC. Contact = Reply-To recruiter.")
def m01():
    body = t("""
        Hi Santiago,

        Thanks for finding time to meet with the Pennant Health team! Your interview is confirmed.

        Technical Interview - Mobile Architecture
        Senior Mobile Engineer (React Native), Remote - US/LatAm

        When: Tuesday, November 3, 2026
              10:00 AM - 11:00 AM CST (Central Time - Chicago)
        Where: Google Meet - https://meet.google.com/xpa-rwqe-bnd

        Interviewers:
          Tyler Haas, Staff Engineer, Mobile Platform
          Ifeoma Bello, Engineering Manager

        Heads-up: clocks in the US go back one hour on Sunday, November 1, so for you in Medellin
        this is 11:00 AM (Bogota time).

        If you need to make any changes, just reply to this email.

        Best,
        Megan Kowalski
        Senior Technical Recruiter, Pennant Health
        """)
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;line-height:20px;color:#1d1d1d">
        <p>Hi Santiago,</p>
        <p>Thanks for finding time to meet with the Pennant Health team! Your interview is confirmed.</p>
        <table cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3;border-radius:4px;padding:12px">
        <tr><td colspan="2"><strong>Technical Interview - Mobile Architecture</strong><br>Senior Mobile Engineer (React Native), Remote - US/LatAm</td></tr>
        <tr><td style="padding-right:12px;color:#777">When</td><td>Tuesday, November 3, 2026<br>10:00 AM - 11:00 AM CST (Central Time - Chicago)</td></tr>
        <tr><td style="padding-right:12px;color:#777">Where</td><td><a href="https://meet.google.com/xpa-rwqe-bnd">Google Meet</a></td></tr>
        <tr><td style="padding-right:12px;color:#777">Interviewers</td><td>Tyler Haas, Staff Engineer, Mobile Platform<br>Ifeoma Bello, Engineering Manager</td></tr>
        </table>
        <p>Heads-up: clocks in the US go back one hour on Sunday, November 1, so for you in Medellin this is 11:00 AM (Bogota time).</p>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Megan Kowalski<br>Senior Technical Recruiter, Pennant Health</p>
        </div>
        <img src="https://app.greenhouse.io/email_tracking/o/8f1c2d9a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:greenhouse-interview-88231754@greenhouse.io
        DTSTAMP:20261030T191200Z
        DTSTART:20261103T160000Z
        DTEND:20261103T170000Z
        SUMMARY:Technical Interview - Mobile Architecture (Pennant Health)
        DESCRIPTION:Senior Mobile Engineer (React Native). Google Meet: https://meet.google.com/xpa-rwqe-bnd
        LOCATION:https://meet.google.com/xpa-rwqe-bnd
        ORGANIZER;CN=Megan Kowalski:mailto:megan.kowalski@pennanthealth.com
        ATTENDEE;CN=Santiago Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:santiago.restrepo@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<2f9d1c0a.88231754.1604@us.greenhouse-mail.io>"
    h = hdrs(addr("Megan Kowalski", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Senior Mobile Engineer (React Native) at Pennant Health",
             "2026-10-30 14:12:07", CHI, mid,
             "from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [149.72.190.14])",
             extra=(("Reply-To", addr("Megan Kowalski", "megan.kowalski@pennanthealth.com")),
                    ("X-Mailer", "Greenhouse"),
                    ("List-Unsubscribe", "<mailto:unsubscribe@us.greenhouse-mail.io?subject=88231754>")))
    body_part = mixed(alt(text(body), html(html_body)),
                      calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                               name_param=True))
    return message(h, body_part)


# --------------------------------------------------------------------------- 2 Lever, Bogotá, Spanish


@mail(n(2), family="lever", lang="es", interview=True, kind="scheduled",
      start="2026-09-17T20:00:00Z", end="2026-09-17T20:45:00Z",
      contact="juliana.cardenas@cobaltopagos.co", company="Cobalto Pagos",
      local="Thu 2026-09-17 15:00", local_end="2026-09-17 15:45", zone=BOG,
      note="Lever (Spanish template): jueves 17 de septiembre 3:00-3:45 p. m. hora de Colombia (UTC-5, "
           "no DST) = 20:00Z-20:45Z. Contact = Reply-To recruiter.")
def m02():
    body = t("""
        Hola Santiago,

        ¡Tu entrevista con Cobalto Pagos está confirmada!

        Cargo: Desarrollador(a) Mobile Senior (Kotlin / Swift)
        Fecha: jueves, 17 de septiembre de 2026
        Hora: 3:00 p. m. - 3:45 p. m. (hora de Colombia, GMT-5)
        Lugar: Google Meet - https://meet.google.com/cqd-hmzt-uwa

        Vas a hablar con:
        - Andrés Felipe Mejía, Líder de Mobile
        - Juliana Cárdenas, Talent Partner

        Si necesitas cambiar el horario, responde a este correo y te ayudamos.

        Saludos,
        Equipo de Talento de Cobalto Pagos

        --
        Enviado con Lever · https://www.lever.co
        """)
    mid = "<0100019195b1e6c4-6e3f1b52-41a7-4c1e-9a0b-77c2d8e1f305-000000@email.amazonses.com>"
    h = hdrs(addr("Cobalto Pagos", "no-reply@hire.lever.co"),
             "Entrevista confirmada: Desarrollador(a) Mobile Senior – Cobalto Pagos",
             "2026-09-11 10:05:41", BOG, mid,
             "from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
             rp="<0100019195b1e6c4-6e3f1b52-41a7-4c1e-9a0b-77c2d8e1f305-000000@amazonses.com>",
             extra=(("Reply-To", addr("Juliana Cárdenas", "juliana.cardenas@cobaltopagos.co")),
                    ("X-SES-Outgoing", "2026.09.11-54.240.48.93")))
    return message(h, alt(text(body), html(paras(body))))


# --------------------------------------------------------------------------- 3 Ashby, Toronto, shown in Bogotá time


@mail(n(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-14T15:00:00Z", end="2026-10-14T15:45:00Z",
      contact="priya.natarajan@northlake.dev", company="Northlake Software",
      local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:45", zone=BOG,
      note="Ashby shows the slot in the candidate's zone: Wed 14 Oct 10:00-10:45 AM (GMT-05:00) Bogota = "
           "15:00Z; the ICS has the organiser's zone, 11:00 America/Toronto (EDT) = 15:00Z. Contact = "
           "Reply-To recruiter.")
def m03():
    body = t("""
        Interview Confirmed

        Hi Santiago,

        Your interview for Senior Android Engineer at Northlake Software has been scheduled.

        Wednesday, October 14, 2026
        10:00 AM - 10:45 AM (GMT-05:00) Bogota

        Hiring Manager Conversation
        with Dmitri Volkov (Director of Engineering)

        Video call: https://northlake.zoom.us/j/84512093377

        Need to reschedule? Reply to this email and Priya will help.

        Northlake Software
        Powered by Ashby
        """)
    html_body = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f6f7f9">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" cellspacing="0" style="background:#fff;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;color:#1f2328">
        <tr><td>
        <h2 style="margin:0 0 16px 0;font-size:20px">Interview Confirmed</h2>
        <p>Hi Santiago,</p>
        <p>Your interview for <b>Senior Android Engineer</b> at Northlake Software has been scheduled.</p>
        <div style="border-left:3px solid #4f46e5;padding:8px 12px;margin:16px 0">
        <div style="font-weight:600">Wednesday, October 14, 2026</div>
        <div>10:00 AM &ndash; 10:45 AM (GMT-05:00) Bogota</div>
        <div style="margin-top:8px">Hiring Manager Conversation<br>with Dmitri Volkov (Director of Engineering)</div>
        <div style="margin-top:8px"><a href="https://northlake.zoom.us/j/84512093377">Join video call</a></div>
        </div>
        <p>Need to reschedule? Reply to this email and Priya will help.</p>
        <p style="color:#8b8f98;font-size:12px">Northlake Software &middot; Powered by Ashby</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_TOR + "\n" + t("""
        BEGIN:VEVENT
        UID:5d0b6f0e-3a7c-4b8e-9e61-0c5f2a7d9b41
        DTSTAMP:20261008T133100Z
        DTSTART;TZID=America/Toronto:20261014T110000
        DTEND;TZID=America/Toronto:20261014T114500
        SEQUENCE:0
        SUMMARY:Northlake Software - Hiring Manager Conversation (Santiago Restrepo)
        LOCATION:https://northlake.zoom.us/j/84512093377
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@northlake.dev
        ATTENDEE;CN=Santiago Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:santiago.restrepo@example.org
        ATTENDEE;CN=Dmitri Volkov;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dmitri.volkov@northlake.dev
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<01000192731aa8f2-d81b33c0-2b5e-4f0e-8f3a-1e2c9a6b7d55-000000@email.amazonses.com>"
    h = hdrs(addr("Northlake Software", "no-reply@ashbyhq.com"),
             "Interview confirmed: Senior Android Engineer at Northlake Software",
             "2026-10-08 09:31:12", TOR, mid,
             "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
             rp="<01000192731aa8f2-d81b33c0-2b5e-4f0e-8f3a-1e2c9a6b7d55-000000@amazonses.com>",
             extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@northlake.dev")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(html_body, cte="base64")),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 4 Workday, CDMX, HTML only


@mail(n(4), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-10-06T16:00:00Z", end=None,
      contact="mariana.velasco@gfaltiplano.com.mx", company="Grupo Financiero Altiplano",
      local="Tue 2026-10-06 10:00", zone=MEX,
      note="Workday (HTML only, base64): martes 6 de octubre 10:00 hrs, hora del centro de México (UTC-6, "
           "no DST since 2022) = 16:00Z; 'duración aproximada de 60 minutos' -> end null. Sender is the "
           "Workday system mailbox; contact = recruiter address in the body.")
def m04():
    body = t("""
        <html>
        <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333333">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #dddddd">
        <tr><td style="background:#0b3d6b;padding:14px 20px;color:#ffffff;font-size:18px">Grupo Financiero Altiplano &middot; Carreras</td></tr>
        <tr><td style="padding:20px">
        <p>Estimado(a) Santiago Restrepo:</p>
        <p>Por medio del presente te confirmamos tu entrevista para la vacante <b>Desarrollador Mobile Sr. (iOS/Android) &ndash; R-0048213</b>.</p>
        <table cellpadding="4" cellspacing="0" style="font-size:13px">
        <tr><td><b>Fecha:</b></td><td>martes, 6 de octubre de 2026</td></tr>
        <tr><td><b>Hora:</b></td><td>10:00 hrs (hora del centro de M&eacute;xico)</td></tr>
        <tr><td><b>Duraci&oacute;n:</b></td><td>aproximadamente 60 minutos</td></tr>
        <tr><td><b>Modalidad:</b></td><td>Virtual &ndash; Microsoft Teams (recibir&aacute;s la liga por separado)</td></tr>
        <tr><td><b>Entrevistadores:</b></td><td>Ing. Rodrigo Sandoval (Gerente de Canales Digitales)</td></tr>
        </table>
        <p>Te pedimos conectarte 5 minutos antes y tener a la mano tu identificaci&oacute;n oficial.</p>
        <p>Si tienes alguna duda, comun&iacute;cate con Mariana Velasco, Atracci&oacute;n de Talento, al correo
        <a href="mailto:mariana.velasco@gfaltiplano.com.mx">mariana.velasco@gfaltiplano.com.mx</a>.</p>
        <p>&iexcl;Mucho &eacute;xito!</p>
        <p style="font-size:11px;color:#888888">Este mensaje fue enviado desde una cuenta no monitoreada. Para ver el estatus de tu postulaci&oacute;n ingresa a
        <a href="https://gfaltiplano.wd5.myworkdayjobs.com/es-MX/Carreras">nuestro portal de carreras</a>.</p>
        </td></tr></table>
        </body></html>
        """)
    mid = "<1735929411.91827.1759270806632@wd5-prod-mail03.myworkday.com>"
    h = hdrs(addr("Grupo Financiero Altiplano", "gfaltiplano@myworkday.com"),
             "Confirmación de entrevista – Desarrollador Mobile Sr. (iOS/Android)",
             "2026-09-30 18:20:06", MEX, mid,
             "from wd5-prod-mail03.myworkday.com (wd5-prod-mail03.myworkday.com [198.51.100.41])",
             extra=(("X-Workday-Tenant", "gfaltiplano"),))
    return message(h, html(body, cte="base64"))


# --------------------------------------------------------------------------- 5 SmartRecruiters, Madrid, DST edge


@mail(n(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-26T15:00:00Z", end="2026-10-26T15:45:00Z",
      contact="nerea.etxeberria@ondarreta.es", company="Ondarreta Mobility",
      local="Mon 2026-10-26 16:00", local_end="2026-10-26 16:45", zone=MAD,
      note="SmartRecruiters mail sent Thu 22 Oct (CEST); interview lunes 26 de octubre 16:00-16:45 hora "
           "peninsular, already CET after the 25 Oct change = 15:00Z (the body says 10:00 in Medellín, "
           "which agrees). Contact = recruiter address in the signature (sender is no-reply).")
def m05():
    body = t("""
        Hola Santiago:

        ¡Gracias por reservar tu entrevista con Ondarreta Mobility! Te dejamos los detalles:

        Puesto: Ingeniero/a Flutter Senior (remoto desde LATAM)
        Fecha: lunes, 26 de octubre de 2026
        Hora: 16:00 – 16:45 (hora peninsular española)
        Duración: 45 minutos
        Formato: videollamada por Google Meet (el enlace va en la invitación de calendario)

        Ojo: el domingo 25 de octubre España pasa al horario de invierno, así que para ti en Medellín
        la entrevista será a las 10:00 de la mañana.

        Si te surge cualquier imprevisto, escríbeme directamente.

        Un saludo,

        Nerea Etxeberria
        Talent Acquisition · Ondarreta Mobility
        nerea.etxeberria@ondarreta.es | +34 910 55 21 87
        """)
    mid = "<SR-5f2e0c1d9a7b4e38.1761129600@mail.smartrecruiters.com>"
    h = hdrs(addr("Ondarreta Mobility", "noreply@smartrecruiters.com"),
             "Confirmación de entrevista: Ingeniero/a Flutter Senior",
             "2026-10-22 12:40:33", MAD, mid,
             "from mail.smartrecruiters.com (mail.smartrecruiters.com [192.0.2.77])")
    return message(h, alt(text(body), html(paras(body, "font-family:'Open Sans',Arial,sans-serif;font-size:14px"))))


# --------------------------------------------------------------------------- 6 Workable, Medellín, on site


@mail(n(6), family="workable", lang="es", interview=True, kind="scheduled",
      start="2026-10-02T14:00:00Z", end="2026-10-02T15:30:00Z",
      contact="camila.zuluaga@arrierolabs.co", company="Arriero Labs",
      local="Fri 2026-10-02 09:00", local_end="2026-10-02 10:30", zone=BOG,
      note="Workable, on-site in El Poblado: viernes 2 de octubre 9:00-10:30 a. m. hora de Colombia = "
           "14:00Z-15:30Z (ICS in UTC agrees). Reply-To is a Workable relay, not a person; contact = the "
           "hiring manager's address written in the body.")
def m06():
    body = t("""
        Hola Santiago,

        Camila Zuluaga te ha programado una entrevista para el cargo de Desarrollador iOS en Arriero Labs.

        Entrevista presencial
        Viernes, 2 de octubre de 2026, 9:00 a. m. – 10:30 a. m. (America/Bogota)
        Carrera 43A # 7-50, piso 9, El Poblado, Medellín

        Mensaje de Camila:
        "Santi, pregunta en la portería por Arriero Labs y sube al 9. Vamos a hacer una parte de
        pair programming, traete tu portátil. Cualquier cosa me escribes a camila.zuluaga@arrierolabs.co"

        Agregar a mi calendario: se adjunta el archivo .ics

        ---
        Arriero Labs usa Workable para sus procesos de selección.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Workable Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:wk-evt-7c1e52a9b3@workable.com
        DTSTAMP:20260928T210200Z
        DTSTART:20261002T140000Z
        DTEND:20261002T153000Z
        SUMMARY:Entrevista presencial: Santiago Restrepo - Desarrollador iOS
        LOCATION:Carrera 43A # 7-50\\, piso 9\\, El Poblado\\, Medellín
        ORGANIZER;CN=Arriero Labs:mailto:noreply@candidates.workablemail.com
        ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE:mailto:santiago.restrepo@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<wk.7c1e52a9b3.20260928210200@candidates.workablemail.com>"
    h = hdrs(addr("Arriero Labs", "noreply@candidates.workablemail.com"),
             "Entrevista con Arriero Labs para Desarrollador iOS",
             "2026-09-28 16:02:19", BOG, mid,
             "from mta-12.workablemail.com (mta-12.workablemail.com [203.0.113.12])",
             extra=(("Reply-To", addr("Arriero Labs", "arriero-labs+7c1e52a9b3@candidates.workablemail.com")),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, cte="quoted-printable", filename="invite.ics",
                                     disposition="attachment")))


# --------------------------------------------------------------------------- 7 iCIMS, Miami, US MM/DD


@mail(n(7), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-09T18:00:00Z", end="2026-11-09T18:30:00Z",
      contact="daniel.ortega@brickellmutual.com", company="Brickell Mutual",
      local="Mon 2026-11-09 13:00", local_end="2026-11-09 13:30", zone=NYC,
      note="iCIMS phone screen, US date 11/09/2026 at 1:00 PM ET, 'scheduled for 30 minutes'; after the "
           "1 Nov change Miami is EST (UTC-5) = 18:00Z-18:30Z. Sender is an iCIMS system address; contact "
           "= the recruiter address in the body.")
def m07():
    body = t("""
        Dear Santiago,

        Thank you for your interest in the Mobile Application Developer II position (Req #2026-4471) at
        Brickell Mutual. This message confirms your phone screen:

        Date: Monday, 11/09/2026
        Time: 1:00 PM Eastern Time (ET)
        Length: scheduled for 30 minutes
        Interviewer: Daniel Ortega, Talent Acquisition Partner

        Daniel will call you at +57 300 555 0148. If this number is not correct, or if you need
        to reschedule, please contact Daniel at daniel.ortega@brickellmutual.com.

        Sincerely,
        Brickell Mutual Talent Acquisition

        Please do not reply to this automated message.
        """)
    mid = "<1762374012.4471.20261105202012.JavaMail.icims@talent.icims.com>"
    h = hdrs(addr("Brickell Mutual Talent Acquisition", "brickellmutual+autoreply@talent.icims.com"),
             "Phone Screen Confirmation - Mobile Application Developer II (Req #2026-4471)",
             "2026-11-05 15:20:12", NYC, mid,
             "from mail.talent.icims.com (mail.talent.icims.com [198.18.12.40])")
    return message(h, alt(text(body, cte="7bit"), html(paras(body, "font-family:Tahoma,Arial;font-size:12px"))))


# --------------------------------------------------------------------------- 8 Taleo, CDMX, iso-8859-1, no human address


@mail(n(8), family="taleo", lang="es", interview=True, kind="scheduled",
      start="2026-11-19T23:00:00Z", end=None, contact=None, company="Grupo Comercial Anáhuac",
      local="Thu 2026-11-19 17:00", zone=MEX,
      note="Taleo (iso-8859-1 QP): jueves 19 de noviembre 17:00 hrs, hora del Centro (GMT-6) = 23:00Z; "
           "no length stated. Only a no-reply sender and a name without address -> contact null.")
def m08():
    body = t("""
        Estimado(a) Santiago Restrepo,

        Le confirmamos que ha sido seleccionado(a) para continuar en el proceso de la posición
        Líder Técnico de Aplicaciones Móviles (Req. 2600517).

        Su entrevista con el área de Tecnología quedó programada de la siguiente manera:

           Fecha:        jueves 19 de noviembre de 2026
           Hora:         17:00 hrs (hora del Centro, GMT-6)
           Modalidad:    videollamada (Microsoft Teams)
           Entrevistará: Lic. Rocío Palafox, Subdirectora de Canales Digitales

        Le recomendamos conectarse con 10 minutos de anticipación.

        Atentamente,
        Atracción de Talento
        Grupo Comercial Anáhuac

        Este correo se genera de forma automática; por favor no responda a esta dirección.
        """)
    mid = "<1863120180.2600517.1763053380417.JavaMail.taleo@tlo-mail-04.taleo.net>"
    h = hdrs(addr("Grupo Comercial Anáhuac", "gcanahuac@taleo.net", "iso-8859-1"),
             "Confirmación de entrevista - Líder Técnico de Aplicaciones Móviles (Req. 2600517)",
             "2026-11-12 11:03:00", MEX, mid,
             "from tlo-mail-04.taleo.net (tlo-mail-04.taleo.net [160.34.8.104])", charset="iso-8859-1")
    return message(h, alt(text(body, charset="iso-8859-1"),
                          html(paras(body, "font-family:Verdana;font-size:12px").replace('charset="utf-8"', 'charset="iso-8859-1"'),
                               charset="iso-8859-1")))


# --------------------------------------------------------------------------- 9 Calendly, Bogotá, Spanish


@mail(n(9), family="calendly", lang="es", interview=True, kind="scheduled",
      start="2026-09-08T15:00:00Z", end="2026-09-08T15:30:00Z",
      contact="valentina.gomez@chivalogistica.co", company="Chiva Logística",
      local="Tue 2026-09-08 10:00", local_end="2026-09-08 10:30", zone=BOG,
      note="Calendly invitee confirmation in Spanish: 10:00-10:30, martes 8 de septiembre, Hora de Colombia "
           "(UTC-5) = 15:00Z-15:30Z. From notifications@calendly.com; contact = Reply-To host.")
def m09():
    body = t("""
        Hola, Santiago Restrepo:

        Se programó un nuevo evento.

        Tipo de evento:
        Entrevista inicial – Desarrollador(a) Mobile (30 min)

        Anfitriona:
        Valentina Gómez

        Fecha/hora del evento:
        10:00 - 10:30 (Hora de Colombia) el martes, 8 de septiembre de 2026

        Ubicación:
        Esta es una reunión de Google Meet. Enlace: https://meet.google.com/vwe-dkqs-fto

        Respuestas del invitado:
        ¿Desde qué ciudad te conectas?: Medellín

        Cancelar o reprogramar: https://calendly.com/cancellations/6b1a0d6e-5f57-4e02-a1b9-3c0e8d2f4a11

        Enviado desde Calendly
        """)
    html_body = t("""
        <html><head><meta charset="UTF-8"></head>
        <body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hola, Santiago Restrepo:</p>
        <p>Se programó un nuevo evento.</p>
        <p style="margin-bottom:0"><strong>Tipo de evento:</strong></p>
        <p style="margin-top:0">Entrevista inicial &ndash; Desarrollador(a) Mobile (30 min)</p>
        <p style="margin-bottom:0"><strong>Anfitriona:</strong></p>
        <p style="margin-top:0">Valentina G&oacute;mez</p>
        <p style="margin-bottom:0"><strong>Fecha/hora del evento:</strong></p>
        <p style="margin-top:0">10:00 - 10:30 (Hora de Colombia) el martes, 8 de septiembre de 2026</p>
        <p style="margin-bottom:0"><strong>Ubicaci&oacute;n:</strong></p>
        <p style="margin-top:0">Esta es una reuni&oacute;n de Google Meet. <a href="https://meet.google.com/vwe-dkqs-fto">Unirse</a></p>
        <p style="margin-bottom:0"><strong>Respuestas del invitado:</strong></p>
        <p style="margin-top:0">&iquest;Desde qu&eacute; ciudad te conectas?: Medell&iacute;n</p>
        <p><a href="https://calendly.com/cancellations/6b1a0d6e-5f57-4e02-a1b9-3c0e8d2f4a11">Cancelar</a> &middot;
        <a href="https://calendly.com/reschedulings/6b1a0d6e-5f57-4e02-a1b9-3c0e8d2f4a11">Reprogramar</a></p>
        <p style="color:#666;font-size:12px">Enviado desde <a href="https://calendly.com">Calendly</a></p>
        </div></body></html>
        """)
    mid = "<6b1a0d6e5f574e02.invitee.confirmation@calendly.com>"
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmado: Entrevista inicial – Desarrollador(a) Mobile (30 min) con Valentina Gómez el martes, "
             "8 de septiembre de 2026",
             "2026-09-03 17:48:55", BOG, mid,
             "from o1.email.calendly.com (o1.email.calendly.com [167.89.33.10])",
             extra=(("Reply-To", addr("Valentina Gómez", "valentina.gomez@chivalogistica.co")),))
    return message(h, alt(text(body), html(html_body)))


# --------------------------------------------------------------------------- 10 GoodTime, Seattle, itinerary


@mail(n(10), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-03T17:00:00Z", end="2026-12-03T19:00:00Z",
      contact="jenna.liu@salmonberrygames.com", company="Salmonberry Games",
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 11:00", zone=LAX,
      note="GoodTime itinerary, two sessions Thu 3 Dec 9:00-10:00 and 10:15-11:00 AM PST (UTC-8) -> "
           "start = first session 17:00Z, end = last session end 19:00Z. Contact = Reply-To coordinator.")
def m10():
    body = t("""
        Hi Santiago,

        We're excited to host your virtual onsite for the Senior Mobile Engineer (Android) role at
        Salmonberry Games! Here is your itinerary. All times are shown in Pacific Time (PST).

        Thursday, December 3, 2026

          9:00 AM - 10:00 AM PST   Coding: Android & Kotlin
                                   with Marcus Reyes, Senior Android Engineer
          10:15 AM - 11:00 AM PST  Values & Collaboration
                                   with Hannah Sato, Producer

        Join link (same for both sessions): https://salmonberry.zoom.us/j/93017744120

        Please join a couple of minutes early. Calendar invites for each session will follow from
        your interviewers.

        If anything comes up, reply to this email and I'll sort it out.

        Cheers,
        Jenna Liu
        Recruiting Coordinator | Salmonberry Games

        Sent via GoodTime
        """)
    html_body = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Santiago,</p>
        <p>We're excited to host your virtual onsite for the <b>Senior Mobile Engineer (Android)</b> role at Salmonberry Games!
        Here is your itinerary. All times are shown in Pacific Time (PST).</p>
        <h3 style="font-size:15px;margin-bottom:4px">Thursday, December 3, 2026</h3>
        <table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
        <tr style="border-bottom:1px solid #eee"><td style="white-space:nowrap">9:00 AM - 10:00 AM PST</td>
        <td><b>Coding: Android &amp; Kotlin</b><br>with Marcus Reyes, Senior Android Engineer</td></tr>
        <tr><td style="white-space:nowrap">10:15 AM - 11:00 AM PST</td>
        <td><b>Values &amp; Collaboration</b><br>with Hannah Sato, Producer</td></tr>
        </table>
        <p>Join link (same for both sessions): <a href="https://salmonberry.zoom.us/j/93017744120">https://salmonberry.zoom.us/j/93017744120</a></p>
        <p>Please join a couple of minutes early. Calendar invites for each session will follow from your interviewers.</p>
        <p>If anything comes up, reply to this email and I'll sort it out.</p>
        <p>Cheers,<br>Jenna Liu<br>Recruiting Coordinator | Salmonberry Games</p>
        <p style="color:#999;font-size:11px">Sent via GoodTime</p>
        </body></html>
        """)
    mid = "<itinerary.4f71c0e2a9.20261125@mail.goodtime.io>"
    h = hdrs(addr("Jenna Liu (via GoodTime)", "scheduling@mail.goodtime.io"),
             "Your virtual onsite itinerary - Salmonberry Games",
             "2026-11-25 13:05:48", LAX, mid,
             "from o2.mail.goodtime.io (o2.mail.goodtime.io [149.72.44.19])",
             extra=(("Reply-To", addr("Jenna Liu", "jenna.liu@salmonberrygames.com")),))
    return message(h, alt(text(body), html(html_body)))


# --------------------------------------------------------------------------- 11 Microsoft Bookings, Toronto


@mail(n(11), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start="2026-09-30T18:00:00Z", end="2026-09-30T18:30:00Z", contact=None,
      company="Lakeshore Credit Union",
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 14:30", zone=TOR,
      note="Microsoft Bookings: 2:00 PM '(UTC-05:00) Eastern Time (US & Canada)' on Wed 30 Sep - the label "
           "shows the standard offset but Toronto is on EDT (UTC-4) then, so 18:00Z; ICS TZID 'Eastern "
           "Standard Time' agrees. Sender is a Bookings mailbox and the staff member has no address -> "
           "contact null.")
def m11():
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p>Hi Santiago Restrepo,</p>
        <p>Thanks for booking with Lakeshore Credit Union - Talent. Your booking is confirmed.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>Technical screen - Mobile Developer</td></tr>
        <tr><td style="color:#605e5c">Date</td><td>Wednesday, September 30, 2026</td></tr>
        <tr><td style="color:#605e5c">Time</td><td>2:00 PM - 2:30 PM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Aaron Mitchell</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1NjQ4@thread.v2/0">Join your appointment</a></p>
        <p>Need to make changes? <a href="https://outlook.office365.com/owa/calendar/LakeshoreTalent@lakeshorecu.ca/bookings/">Manage booking</a></p>
        <p style="font-size:12px;color:#8a8886">Lakeshore Credit Union - Talent, 200 Queens Quay W, Toronto, ON</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lakeshore Credit Union - Talent:mailto:LakeshoreTalent@lakeshorecu.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Restrepo:mailto:santiago.restrepo@example.org
        DESCRIPTION;LANGUAGE=en-US:Technical screen - Mobile Developer\\nStaff: Aaron Mitchell\\n
        UID:040000008200E00074C5B7101A82E008000000009B2C4E1F5E4FDC01000000000000000010000000F3D1
        SUMMARY;LANGUAGE=en-US:Technical screen - Mobile Developer
        DTSTART;TZID=Eastern Standard Time:20260930T140000
        DTEND;TZID=Eastern Standard Time:20260930T143000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T141200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<YT2PR01MB8841C2E7A5D1F0B3A9E6C4D1B7A12@YT2PR01MB8841.CANPRD01.PROD.OUTLOOK.COM>"
    h = hdrs(addr("Lakeshore Credit Union - Talent", "LakeshoreTalent@lakeshorecu.ca"),
             "Booking confirmed: Technical screen - Mobile Developer",
             "2026-09-24 10:12:30", TOR, mid,
             "from CAN01-YT3-obe.outbound.protection.outlook.com (mail-yt3can01on2071.outbound.protection.outlook.com [40.107.115.71])",
             extra=(("Thread-Topic", "Booking confirmed: Technical screen - Mobile Developer"),
                    ("X-MS-Has-Attach", "yes"),
                    ("X-MS-Exchange-Calendar-Originator-Id", "3b7e5c2a-11d0-4f6a-9a3e-6d2c8b1f0e47")))
    return message(h, mixed(html(html_body),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                     name_param=True)))


# --------------------------------------------------------------------------- 12 Google Calendar, Medellín, Spanish


@mail(n(12), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-09-21T20:00:00Z", end="2026-09-21T21:00:00Z",
      contact="mateo.arango@nubloq.com", company="Nubloq",
      local="Mon 2026-09-21 15:00", local_end="2026-09-21 16:00", zone=BOG,
      note="Google Calendar invitation (Spanish): lun 21 sept 2026 3pm-4pm hora de Colombia (UTC-5) = "
           "20:00Z-21:00Z; ICS TZID America/Bogota. Contact = ORGANIZER / sender (the hiring manager).")
def m12():
    body = t("""
        Te invitaron al siguiente evento.

        Entrevista técnica: Santiago Restrepo / Nubloq
        lunes, 21 de septiembre de 2026 ⋅ 3:00pm – 4:00pm
        Hora de Colombia

        Unirse con Google Meet
        https://meet.google.com/pkn-ybmo-uzs

        Organizador
        Mateo Arango
        mateo.arango@nubloq.com

        Invitados
        Mateo Arango - organizador
        Sara Londoño
        santiago.restrepo@example.org

        Descripción:
        Hola Santi, revisamos tu prueba técnica y nos gustó mucho. En esta sesión vamos a hablar de
        la arquitectura que propusiste y de cómo manejarías el modo offline.

        ¿Asistirás? Sí - Quizás - No
        Ver todas las opciones de respuesta: https://calendar.google.com/calendar/event?action=RESPOND&eid=NmRy

        Invitación de Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_BOG + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Bogota:20260921T150000
        DTEND;TZID=America/Bogota:20260921T160000
        DTSTAMP:20260915T162231Z
        ORGANIZER;CN=Mateo Arango:mailto:mateo.arango@nubloq.com
        UID:6dr3kq8b1v0m2p5u9t7c4h2j1e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mateo Arango;X-NUM-GUESTS=0:mailto:mateo.arango@nubloq.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sara Londoño;X-NUM-GUESTS=0:mailto:sara.londono@nubloq.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santiago.restrepo@example.org;X-NUM-GUESTS=0:mailto:santiago.restrepo@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/pkn-ybmo-uzs
        CREATED:20260915T162229Z
        DESCRIPTION:Hola Santi\\, revisamos tu prueba técnica y nos gustó mucho. En esta sesión vamos a hablar de la arquitectura que propusiste y de cómo manejarías el modo offline.
        LAST-MODIFIED:20260915T162230Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica: Santiago Restrepo / Nubloq
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-2b8f4d61-7a0e-4c3b-9e55-1f6a0c2d7b93@google.com>"
    h = hdrs(addr("Mateo Arango", "mateo.arango@nubloq.com"),
             "Invitación: Entrevista técnica: Santiago Restrepo / Nubloq @ lun 21 sept 2026 3pm - 4pm (GMT-5) "
             "(santiago.restrepo@example.org)",
             "2026-09-15 11:22:31", BOG, mid,
             "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Mateo Arango", "mateo.arango@nubloq.com"))))
    cal = calendar(ics, cte="base64")
    att = calendar(ics, cte="base64", ctype="application/ics", method=None, filename="invite.ics",
                   disposition="attachment", name_param=True)
    return message(h, mixed(alt(text(body), html(gmail_html(body)), cal), att))


# --------------------------------------------------------------------------- 13 Zoom + prose, Vancouver, next UTC day


@mail(n(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-10-23T00:30:00Z", end=None,
      contact="liam.oconnor@driftwoodlabs.ca", company="Driftwood Labs",
      local="Thu 2026-10-22 17:30", zone=VAN,
      note="Hiring manager's mail (Mon 19 Oct, PDT) with a pasted Zoom block: 'this Thursday at 5:30 PM "
           "Pacific' = Thu 22 Oct 17:30 PDT (UTC-7) = Fri 23 Oct 00:30Z, the next day in UTC (7:30 PM in "
           "Bogotá, as he says). No length -> end null. Contact = sender.")
def m13():
    body = t("""
        Hi Santiago,

        Great, this Thursday at 5:30 PM Pacific works for us. I know that's 7:30 PM for you in
        Medellin - thanks for being flexible, our two iOS folks are in Victoria and Halifax so
        late afternoon is the only overlap.

        It'll be me and Aisha. Loosely: a walkthrough of something you've built, then some
        questions about SwiftUI + offline sync. No leetcode, promise.

        Zoom details below.

        Liam

        ---

        Liam O'Connor is inviting you to a scheduled Zoom meeting.

        Topic: Santiago Restrepo <> Driftwood Labs (iOS)
        Time: Oct 22, 2026 05:30 PM Pacific Time (US and Canada)

        Join Zoom Meeting
        https://driftwoodlabs.zoom.us/j/86120457391?pwd=QkRjc2pYbE1vT3FnVnlZdz09

        Meeting ID: 861 2045 7391
        Passcode: 402816

        --
        Liam O'Connor | Head of Mobile | Driftwood Labs
        Vancouver, BC

        On Sun, Oct 18, 2026 at 8:02 PM Santiago Restrepo <santiago.restrepo@example.org> wrote:
        > Hi Liam, thanks for getting back to me! Wednesday doesn't work for me, but Thursday
        > any time after 3 PM your time is fine.
        >
        > Best,
        > Santiago
        """)
    mid = "<CAF7s2qB9xZk3nQe4T1vHq0mW8pL5rYd6cJ2uNa7oE1gK3hS=w@mail.gmail.com>"
    h = hdrs(addr("Liam O'Connor", "liam.oconnor@driftwoodlabs.ca"),
             "Re: Driftwood Labs - iOS role, next step",
             "2026-10-19 10:14:02", VAN, mid,
             "from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])",
             extra=(("In-Reply-To", "<CAJ0tRm7HvW2sX4kLq9bN1eP8uYc3oZ6dGf5aT0rK2iM@mail.gmail.com>"),
                    ("References", "<CAJ0tRm7HvW2sX4kLq9bN1eP8uYc3oZ6dGf5aT0rK2iM@mail.gmail.com>")))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 14 paisa prose, phone reply


@mail(n(14), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-13T20:00:00Z", end=None,
      contact="juanpablo@parcerostudio.com", company="Parcero Studio",
      local="Tue 2026-10-13 15:00", zone=BOG,
      note="Phone-written paisa reply, Date Thu 8 Oct: 'el próximo martes a las 3 de la tarde' (the martes "
           "after the Monday 12 Oct holiday) = Tue 13 Oct 15:00 hora Colombia = 20:00Z; on site. No length. "
           "Contact = sender.")
def m14():
    body = t("""
        Listo Santi, quedamos entonces el próximo martes a las 3 de la tarde acá en la oficina, el
        martes después del festivo. Ciudad del Río, Cra 48 # 20-114, torre 2, oficina 905.
        Preguntá por mí en la recepción que allá te dan la ficha.

        Van a estar también Caro (la PM) y Felipe del equipo de Flutter. Traé el portátil si
        querés mostrarnos algo tuyo, eso suma mucho.

        Un abrazo parce

        Juan Pablo Ochoa
        Parcero Studio

        Enviado desde mi iPhone

        > El 8/10/2026, a las 6:51 p. m., Santiago Restrepo <santiago.restrepo@example.org> escribió:
        >
        > Juan Pablo, buenas tardes. Mil gracias por la llamada. El lunes es festivo, ¿les
        > sirve el martes en la tarde? Por ejemplo a las 3.
        >
        > Saludos,
        > Santiago
        >
        >> El 8/10/2026, a las 11:20 a. m., Juan Pablo Ochoa <juanpablo@parcerostudio.com> escribió:
        >>
        >> Santi qué más, ¿podés venir a la oficina la otra semana para conocer al equipo?
        """)
    mid = "<A3F1C0B2-7E44-4D9B-9C1A-5B2E8D07F6A3@parcerostudio.com>"
    h = hdrs(addr("Juan Pablo Ochoa", "juanpablo@parcerostudio.com"),
             "Re: Entrevista Parcero Studio",
             "2026-10-08 19:37:44", BOG, mid,
             "from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])",
             extra=(("In-Reply-To", "<D6E0F2A1-3B55-4A8C-8E20-9A1B7C46D0E2@example.org>"),
                    ("References", "<5C2B9E71-0A3D-4F6E-B1C8-2D7F9E30A4B5@parcerostudio.com> "
                                   "<D6E0F2A1-3B55-4A8C-8E20-9A1B7C46D0E2@example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(h, text(body, params="format=flowed; delsp=yes"))


# --------------------------------------------------------------------------- 15 Bogotá prose, usted, "mañana", windows-1252


@mail(n(15), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-11-11T14:00:00Z", end="2026-11-11T15:00:00Z",
      contact="lmpardo@segurosmonserrate.com.co", company="Seguros Monserrate",
      local="Wed 2026-11-11 09:00", local_end="2026-11-11 10:00", zone=BOG,
      note="Outlook mail in windows-1252, Date Tue 10 Nov 07:42: 'mañana miércoles de 9:00 a 10:00 a. m.' "
           "= Wed 11 Nov 09:00-10:00 hora Colombia = 14:00Z-15:00Z. Contact = sender.")
def m15():
    body = t("""
        Buenos días, Santiago:

        Tal como conversamos ayer por teléfono, le confirmo la entrevista con el comité técnico para
        mañana miércoles, de 9:00 a 10:00 a. m., por Microsoft Teams. En el transcurso de la mañana
        le llegará la invitación con el enlace.

        Estarán presentes el Ing. Germán Castañeda, Gerente de Transformación Digital, y la Ing.
        Diana Rojas, Arquitecta de Soluciones Móviles.

        Le agradezco confirmar la recepción de este mensaje.

        Cordialmente,

        Luz Marina Pardo Suárez
        Analista de Selección – Gestión Humana
        Seguros Monserrate S.A.
        PBX (601) 555 7700 ext. 2214
        Bogotá D.C.

        AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario.
        """)
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                 "<style>p.MsoNormal{margin:0;font-size:11.0pt;font-family:\"Calibri\",sans-serif}</style></head>\n"
                 "<body lang=\"ES-CO\"><div class=\"WordSection1\">\n"
                 + "\n".join(f"<p class=\"MsoNormal\">{_html.escape(x) if x else '&nbsp;'}</p>" for x in body.split("\n"))
                 + "\n</div></body></html>\n")
    mid = "<SJ0PR11MB5231D7A0E4C1F2B9E8D3A6F0C91B2@SJ0PR11MB5231.namprd11.prod.outlook.com>"
    h = hdrs(addr("Luz Marina Pardo Suárez", "lmpardo@segurosmonserrate.com.co", "windows-1252"),
             "Confirmación entrevista comité técnico - Desarrollador Móvil",
             "2026-11-10 07:42:18", BOG, mid,
             "from NAM11-CO1-obe.outbound.protection.outlook.com (mail-co1nam11on2102.outbound.protection.outlook.com [40.107.220.102])",
             charset="windows-1252",
             extra=(("Thread-Topic", "Confirmacion entrevista comite tecnico - Desarrollador Movil"),
                    ("Content-Language", "es-CO"), ("X-MS-Has-Attach", "")))
    return message(h, alt(text(body, charset="windows-1252", cte="8bit"),
                          html(html_body, charset="windows-1252", cte="quoted-printable")))


# --------------------------------------------------------------------------- 16 forward to self, all-day event, time in text


@mail(n(16), family="forward_self", lang="es", interview=True, kind="scheduled",
      start="2026-10-29T16:00:00Z", end="2026-10-29T17:00:00Z",
      contact="daniela.ospina@quimbaya.io", company="Quimbaya Fintech",
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 12:00", zone=BOG,
      note="iPhone forward to self (attachments dropped) of a Google Calendar invitation for an ALL-DAY "
           "event on jue 29 oct; the time is only in the description: 'a las 11:00 a. m. hora Colombia', "
           "'dura una hora' = 16:00Z-17:00Z. Sender is the candidate; contact = organizer in the "
           "forwarded header.")
def m16():
    body = t("""
        Para tenerlo en el correo principal.

        Enviado desde mi iPhone

        Inicio del mensaje reenviado:

        De: Daniela Ospina <daniela.ospina@quimbaya.io>
        Fecha: 23 de octubre de 2026, 4:52:10 p. m. GMT-5
        Para: santiago.restrepo@example.net
        Asunto: Invitación: Entrevista final - Santiago Restrepo @ jue 29 oct 2026 (santiago.restrepo@example.net)
        Responder a: Daniela Ospina <daniela.ospina@quimbaya.io>

        Te invitaron al siguiente evento.

        Entrevista final - Santiago Restrepo
        jueves, 29 de octubre de 2026

        Organizador
        Daniela Ospina
        daniela.ospina@quimbaya.io

        Invitados
        Daniela Ospina - organizador
        Tomás Quintero
        santiago.restrepo@example.net

        Descripción:
        Hola Santiago, te dejo bloqueado el día para que no se nos cruce nada. La entrevista final
        con Tomás (CTO) y conmigo es a las 11:00 a. m. hora Colombia, por Meet; dura una hora.
        Link: https://meet.google.com/hbq-zxtr-kaw

        ¿Asistirás? Sí - Quizás - No

        Invitación de Google Calendar
        """)
    mid = "<7E2D41B0-9C3A-4F18-A6E5-0B8D2C71F94E@example.net>"
    h = hdrs(addr("Santiago Restrepo", "santiago.restrepo@example.net"),
             "Fwd: Invitación: Entrevista final - Santiago Restrepo @ jue 29 oct 2026 "
             "(santiago.restrepo@example.net)",
             "2026-10-24 09:15:03", BOG, mid,
             "from smtp.example.net (smtp.example.net [192.0.2.25])",
             extra=(("X-Mailer", "iPhone Mail (22A3354)"),))
    return message(h, text(body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 17 reschedule, Mexican prose


@mail(n(17), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-10-15T18:00:00Z", end="2026-10-15T19:00:00Z",
      contact="ximena.herrera@nopaldigital.mx", company="Nopal Digital",
      local="Thu 2026-10-15 12:00", local_end="2026-10-15 13:00", zone=MEX,
      note="Mexican recruiter moves the interview from miércoles 14 a las 10:00 to 'jueves 15 de octubre a "
           "las 12:00 hrs (hora CDMX)', 'sigue siendo de una hora'; Mexico City is UTC-6 all year = "
           "18:00Z-19:00Z (13:00 in Colombia, as she writes). Start = new time. Contact = sender.")
def m17():
    body = t("""
        Hola Santiago, ¿qué tal tu fin?

        Como platicamos hace rato por teléfono, ya quedó movida tu entrevista con el Ing. Benítez:
        en lugar del miércoles 14 a las 10:00, ahora es el jueves 15 de octubre a las 12:00 hrs
        (hora CDMX), o sea 13:00 en Colombia. La duración sigue siendo de una hora.

        La liga de Teams es la misma que te mandé la semana pasada, no cambia nada más.

        Una disculpa por el cambio, a él le salió un viaje a Monterrey de último momento.

        Saludos!

        Ximena Herrera
        Talent Acquisition | Nopal Digital
        Av. Insurgentes Sur 1457, piso 12, CDMX
        """)
    mid = "<CAH4kVq9rP2sT7xN1bZ0mJc3eW5fGd8yLu6oA_iQ2hR9kE0vX@mail.gmail.com>"
    h = hdrs(addr("Ximena Herrera", "ximena.herrera@nopaldigital.mx"),
             "Cambio de horario - entrevista Nopal Digital",
             "2026-10-12 09:10:26", MEX, mid,
             "from mail-pl1-f182.google.com (mail-pl1-f182.google.com [209.85.214.182])")
    return message(h, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# --------------------------------------------------------------------------- 18 Google Calendar update, New York, DST edge


@mail(n(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T16:45:00Z",
      contact="rachel.stein@hudsonpike.com", company="Hudson & Pike",
      local="Mon 2026-11-02 11:00", local_end="2026-11-02 11:45", zone=NYC,
      note="Google Calendar 'Updated invitation' sent Thu 29 Oct (EDT): moved from Fri 30 Oct 11am EDT to "
           "Mon 2 Nov 11am-11:45am Eastern, which is EST after the 1 Nov change = 16:00Z-16:45Z; ICS "
           "SEQUENCE:1 agrees. Start = new time. Contact = ORGANIZER.")
def m18():
    body = t("""
        This event has been updated
        Changed: time

        Santiago Restrepo - Mobile Pairing Interview
        Monday Nov 2, 2026 ⋅ 11am – 11:45am
        Eastern Time - New York

        Join with Google Meet
        https://meet.google.com/ouj-tkmn-rsy

        Organizer
        Rachel Stein
        rachel.stein@hudsonpike.com

        Guests
        Rachel Stein - organizer
        Omar Haddad
        santiago.restrepo@example.org

        Moved from Fri Oct 30 at 11am ET - Omar is out on Friday. Sorry for the shuffle, and heads up
        that our clocks change on Sunday, so 11am ET on Monday is 11am in Medellin too. - Rachel

        Reply for santiago.restrepo@example.org
        Yes - Maybe - No
        More options: https://calendar.google.com/calendar/event?action=RESPOND&eid=M2Fh

        Invitation from Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + TZ_NYC + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261102T110000
        DTEND;TZID=America/New_York:20261102T114500
        DTSTAMP:20261029T204012Z
        ORGANIZER;CN=Rachel Stein:mailto:rachel.stein@hudsonpike.com
        UID:3aa9d0c4f7e21b56m8k2p0q4r6@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Rachel Stein;X-NUM-GUESTS=0:mailto:rachel.stein@hudsonpike.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Omar Haddad;X-NUM-GUESTS=0:mailto:omar.haddad@hudsonpike.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santiago.restrepo@example.org;X-NUM-GUESTS=0:mailto:santiago.restrepo@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/ouj-tkmn-rsy
        CREATED:20261022T150501Z
        DESCRIPTION:Moved from Fri Oct 30 at 11am ET - Omar is out on Friday. Sorry for the shuffle\\, and heads up that our clocks change on Sunday\\, so 11am ET on Monday is 11am in Medellin too. - Rachel
        LAST-MODIFIED:20261029T204011Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Santiago Restrepo - Mobile Pairing Interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-e41c8a27-55b0-4d9f-8c61-7f2a3b9d0e18@google.com>"
    h = hdrs(addr("Rachel Stein", "rachel.stein@hudsonpike.com"),
             "Updated invitation: Santiago Restrepo - Mobile Pairing Interview @ Mon Nov 2, 2026 11am - 11:45am "
             "(EST) (santiago.restrepo@example.org)",
             "2026-10-29 16:40:12", NYC, mid,
             "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Rachel Stein", "rachel.stein@hudsonpike.com"))))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics)),
                            calendar(ics, cte="base64", ctype="application/ics", method=None,
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 19 Personio reschedule, Madrid


@mail(n(19), family="personio", lang="es", interview=True, kind="rescheduled",
      start="2026-11-19T15:30:00Z", end="2026-11-19T16:15:00Z",
      contact="irene.campos@lumbreenergia.es", company="Lumbre Energía",
      local="Thu 2026-11-19 16:30", local_end="2026-11-19 17:15", zone=MAD,
      note="Personio reschedule: new slot jueves 19 de noviembre 16:30-17:15 (CET, UTC+1) = 15:30Z-16:15Z; "
           "the old slot (martes 17, 16:00-16:45) is also stated. ICS Europe/Madrid SEQUENCE:1. Sender is "
           "no-reply; contact = recruiter address in the signature.")
def m19():
    body = t("""
        Hola Santiago:

        Tu entrevista para el puesto de Desarrollador/a Android Senior en Lumbre Energía ha sido
        reprogramada.

        Nueva fecha:     jueves, 19 de noviembre de 2026, 16:30 – 17:15 (CET, hora de Madrid)
        Fecha anterior:  martes, 17 de noviembre de 2026, 16:00 – 16:45 (CET)

        Entrevistadores: Iker Olabarria (CTO), Irene Campos (People & Talent)
        Lugar: Google Meet – https://meet.google.com/sfe-qwbn-ipc

        Te adjuntamos la invitación actualizada. Si la nueva hora no te encaja, responde a Irene en
        irene.campos@lumbreenergia.es.

        Saludos,
        Irene Campos
        People & Talent · Lumbre Energía

        ¿Preguntas sobre la protección de tus datos? Consulta nuestra política de privacidad en
        https://lumbre-energia.jobs.personio.com/privacy-policy
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//ES
        METHOD:REQUEST
        """) + TZ_MAD + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-event-5519823@personio.de
        DTSTAMP:20261116T090500Z
        SEQUENCE:1
        DTSTART;TZID=Europe/Madrid:20261119T163000
        DTEND;TZID=Europe/Madrid:20261119T171500
        SUMMARY:Entrevista: Desarrollador/a Android Senior – Santiago Restrepo
        LOCATION:https://meet.google.com/sfe-qwbn-ipc
        ORGANIZER;CN=Irene Campos:mailto:irene.campos@lumbreenergia.es
        ATTENDEE;CN=Santiago Restrepo;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:santiago.restrepo@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<20261116090533.5519823.a7c2f1@mail.personio.de>"
    h = hdrs(addr("Lumbre Energía", "noreply@personio.de"),
             "Tu entrevista ha sido reprogramada – Desarrollador/a Android Senior",
             "2026-11-16 10:05:33", MAD, mid,
             "from mail.personio.de (mail.personio.de [185.12.64.20])")
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, cte="base64", filename="entrevista.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 20 forward as attachment, Panama reschedule


@mail(n(20), family="forward_self", lang="es", interview=True, kind="rescheduled",
      start="2026-11-12T15:00:00Z", end=None,
      contact="gabriela.arosemena@istmopay.com", company="Istmo Pay",
      local="Thu 2026-11-12 10:00", zone=PTY,
      note="Candidate forwards to himself (Outlook, original attached as message/rfc822) a Panamanian "
           "recruiter's move from miércoles 11 a las 3:00 p. m. to jueves 12 de noviembre 10:00 a. m. hora "
           "de Panamá (UTC-5, no DST) = 15:00Z. Start = new time; contact = recruiter in the attached mail.")
def m20():
    inner_body = t("""
        Hola Santiago, buen día.

        Te escribo para mover la entrevista con Ricardo Chen (VP de Producto): ya no sería el
        miércoles 11 a las 3:00 p. m., sino el jueves 12 de noviembre a las 10:00 a. m., hora de
        Panamá (la misma de Colombia). El enlace de Teams es el mismo.

        Quedo atenta, y disculpa el cambio.

        Gabriela Arosemena
        Reclutamiento | Istmo Pay
        Torre Global Bank, piso 30, Calle 50, Ciudad de Panamá
        """)
    inner = message([
        ("From", addr("Gabriela Arosemena", "gabriela.arosemena@istmopay.com")),
        ("To", addr("Santiago Restrepo", "santiago.restrepo@example.net")),
        ("Subject", enc("Cambio de hora – entrevista Istmo Pay")),
        ("Date", date("2026-11-09 08:31:40", PTY)),
        ("Message-ID", "<BY5PR19MB3914A7D2C0E4B1F6A9C3E8D7F2A0@BY5PR19MB3914.namprd19.prod.outlook.com>"),
        ("Content-Language", "es-PA"),
    ], text(inner_body))
    outer_body = t("""
        Reenvío para tenerlo a mano, se movió la de Istmo Pay.

        S.

        Obtener Outlook para Android
        """)
    mid = "<AM0PR02MB6123E4C1D7A9F0B2C8E5D3A16F47@AM0PR02MB6123.eurprd02.prod.outlook.com>"
    h = hdrs(addr("Santiago Restrepo", "santiago.restrepo@example.net"),
             "RV: Cambio de hora – entrevista Istmo Pay",
             "2026-11-09 12:02:55", BOG, mid,
             "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2105.outbound.protection.outlook.com [40.107.22.105])")
    return message(h, mixed(text(outer_body, cte="8bit"),
                            attached_message(inner, "Cambio de hora - entrevista Istmo Pay.eml")))


# --------------------------------------------------------------------------- 21 Google Calendar cancel, Bogotá


@mail(n(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-12-11T14:00:00Z", end="2026-12-11T15:00:00Z",
      contact="felipe.barrera@guaduahealth.co", company="Guadua Health",
      local="Fri 2026-12-11 09:00", local_end="2026-12-11 10:00", zone=BOG,
      note="Google Calendar 'Evento cancelado' with METHOD:CANCEL: the cancelled slot vie 11 dic 9am-10am "
           "hora de Colombia = 14:00Z-15:00Z; no new time (vacancy frozen until January). Contact = "
           "ORGANIZER.")
def m21():
    body = t("""
        Se canceló este evento y se quitó de tu calendario.

        Entrevista técnica - Santiago Restrepo
        viernes, 11 de diciembre de 2026 ⋅ 9:00am – 10:00am
        Hora de Colombia

        Organizador
        Felipe Barrera
        felipe.barrera@guaduahealth.co

        Felipe Barrera incluyó un mensaje:
        Santiago, mil disculpas: congelaron la vacante hasta enero por presupuesto. Apenas se
        reabra te escribo para retomar.

        Invitación de Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + TZ_BOG + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Bogota:20261211T090000
        DTEND;TZID=America/Bogota:20261211T100000
        DTSTAMP:20261207T230301Z
        ORGANIZER;CN=Felipe Barrera:mailto:felipe.barrera@guaduahealth.co
        UID:0t5vq7m2k9c4e1a8b6d3f0h2j4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=santiago.restrepo@example.org;X-NUM-GUESTS=0:mailto:santiago.restrepo@example.org
        CREATED:20261201T142205Z
        LAST-MODIFIED:20261207T230300Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista técnica - Santiago Restrepo
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-8d5f0e2b-19c4-4a7e-b3d6-0e9f1a2c4b75@google.com>"
    h = hdrs(addr("Felipe Barrera", "felipe.barrera@guaduahealth.co"),
             "Evento cancelado: Entrevista técnica - Santiago Restrepo @ vie 11 dic 2026 9am - 10am (GMT-5) "
             "(santiago.restrepo@example.org)",
             "2026-12-07 18:03:01", BOG, mid,
             "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Reply-To", addr("Felipe Barrera", "felipe.barrera@guaduahealth.co"))))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="8bit")),
                            calendar(ics, cte="base64", ctype="application/ics", method=None,
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- 22 cancel in prose, Miami, quoted confirmation


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-11-19T19:00:00Z", end=None,
      contact="nicole.alvarez@biscaynefreight.com", company="Biscayne Freight",
      local="Thu 2026-11-19 14:00", zone=NYC,
      note="Recruiter cancels 'your interview with Mark on Thursday at 2 PM ET' (Date Tue 17 Nov, EST) = "
           "Thu 19 Nov 14:00 EST = 19:00Z; headcount on hold, no new time. Her quoted earlier "
           "confirmation repeats the slot. Contact = sender.")
def m22():
    body = t("""
        Hi Santiago,

        I'm so sorry to do this, but I need to cancel your interview with Mark on Thursday at 2 PM ET.
        We just learned that the mobile headcount is on hold until Q1 while we finish budget planning.

        This has nothing to do with you - Mark was really looking forward to the conversation. If the
        role reopens in January I'll reach out first thing.

        Apologies again,
        Nicole

        Nicole Alvarez | Senior Recruiter
        Biscayne Freight | 801 Brickell Ave, Miami, FL

        From: Nicole Alvarez <nicole.alvarez@biscaynefreight.com>
        Sent: Thursday, November 12, 2026 10:04 AM
        To: Santiago Restrepo <santiago.restrepo@example.org>
        Subject: Interview with Mark Feldman - Mobile Developer

        Hi Santiago,

        You're confirmed for Thursday, November 19 at 2:00 PM ET with Mark Feldman, our Director of
        Engineering. It'll be a Teams call; the invite is on its way.

        Best,
        Nicole
        """)
    mid = "<MN2PR14MB4012C9E3D1A7B5F0E2D8C4A9B61E@MN2PR14MB4012.namprd14.prod.outlook.com>"
    h = hdrs(addr("Nicole Alvarez", "nicole.alvarez@biscaynefreight.com"),
             "RE: Interview with Mark Feldman - Mobile Developer",
             "2026-11-17 15:25:47", NYC, mid,
             "from NAM12-MW2-obe.outbound.protection.outlook.com (mail-mw2nam12on2119.outbound.protection.outlook.com [40.107.244.119])",
             extra=(("In-Reply-To", "<MN2PR14MB40127A1E3C5D9F0B8E2A6C4D3B1F@MN2PR14MB4012.namprd14.prod.outlook.com>"),
                    ("Thread-Topic", "Interview with Mark Feldman - Mobile Developer"),
                    ("Content-Language", "en-US")))
    return message(h, alt(text(body, cte="7bit"), html(paras(body, "font-family:Aptos,Calibri,sans-serif;font-size:12pt"))))


# --------------------------------------------------------------------------- 23 Exchange cancel, Madrid, time only in the ICS

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


@mail(n(23), family="exchange", lang="es", interview=True, kind="cancelled",
      start="2026-12-01T16:00:00Z", end="2026-12-01T17:00:00Z",
      contact="alvaro.ruizdelafuente@alcalaseguros.es", company="Alcalá Seguros",
      local="Tue 2026-12-01 17:00", local_end="2026-12-01 18:00", zone=MAD,
      note="Exchange 'Cancelada:' meeting cancellation; the body gives no time at all, the slot is only in "
           "the METHOD:CANCEL ICS: Tue 1 Dec 17:00-18:00 'Romance Standard Time' (Madrid, CET) = "
           "16:00Z-17:00Z. Contact = organizer/sender.")
def m23():
    body = t("""
        Hola Santiago,

        Siento tener que cancelar la entrevista. Esta semana hemos cerrado el proceso con una persona
        del equipo interno, así que no tiene sentido hacerte perder la tarde.

        Gracias por tu tiempo y mucha suerte con la búsqueda.

        Un saludo,
        Álvaro
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Álvaro Ruiz de la Fuente:mailto:alvaro.ruizdelafuente@alcalaseguros.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Restrepo:mailto:santiago.restrepo@example.org
        DESCRIPTION;LANGUAGE=es-ES:Hola Santiago\\,\\n\\nSiento tener que cancelar la entrevista. Esta semana hemos cerrado el proceso con una persona del equipo interno.\\n
        UID:040000008200E00074C5B7101A82E00800000000D41A7C2B6E7FDC01000000000000000010000000A8C3
        SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista Santiago Restrepo - Desarrollador iOS
        DTSTART;TZID=Romance Standard Time:20261201T170000
        DTEND;TZID=Romance Standard Time:20261201T180000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261127T121000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-OWNERAPPTID:-1693220514
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
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">\n'
                 + "\n".join(f"<div>{_html.escape(x) if x else '<br>'}</div>" for x in body.rstrip("\n").split("\n"))
                 + "\n</div></body></html>\n")
    mid = "<PA4PR08MB7051B3E9A2C1D0F4E7B8A5C2D9E3@PA4PR08MB7051.eurprd08.prod.outlook.com>"
    h = hdrs(addr("Álvaro Ruiz de la Fuente", "alvaro.ruizdelafuente@alcalaseguros.es"),
             "Cancelada: Entrevista Santiago Restrepo - Desarrollador iOS",
             "2026-11-27 13:10:09", MAD, mid,
             "from EUR03-PA4-obe.outbound.protection.outlook.com (mail-pa4eur03on2112.outbound.protection.outlook.com [40.107.9.112])",
             extra=(("Thread-Topic", "Entrevista Santiago Restrepo - Desarrollador iOS"),
                    ("Importance", "high"), ("Content-Language", "es-ES"),
                    ("X-MS-Exchange-Calendar-Originator-Id", "9f0b2c7d-4a1e-4e58-b3c6-2d8e7f1a0c95")))
    return message(h, alt(text(body), html(html_body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives
# --------------------------------------------------------------------------- 24 softgarden rejection after an interview


@mail(n(24), family="rejection", lang="es", interview=False, company="Kranich Mobility Iberia",
      days=(("Tue", "2026-10-13"),),
      note="softgarden rejection after an interview: names the past interview (martes 13 de octubre) but "
           "confirms nothing to come.")
def m24():
    body = t("""
        Hola Santiago:

        Muchas gracias por tu interés en Kranich Mobility Iberia y por el tiempo que dedicaste a la
        entrevista del pasado martes 13 de octubre con Jan y Lucía.

        Después de valorar con calma todas las candidaturas, hemos decidido continuar el proceso para
        el puesto de Senior Mobile Developer (Madrid / remoto) con otras personas cuyo perfil se ajusta
        algo más a lo que buscamos en este momento, sobre todo en experiencia con Kotlin Multiplatform.

        Nos ha encantado conocerte y nos gustaría guardar tu candidatura para futuras vacantes. Si no
        estás de acuerdo, puedes retirar tu consentimiento en cualquier momento desde tu perfil.

        Te deseamos mucho éxito.

        Un saludo cordial,
        Lucía Ferrer
        People & Culture · Kranich Mobility Iberia
        """)
    mid = "<sg.2026102009141.8f3a9e21c4@mail.softgarden.io>"
    h = hdrs(addr("Kranich Mobility Iberia", "noreply@mail.softgarden.io"),
             "Tu candidatura como Senior Mobile Developer (m/f/d)",
             "2026-10-20 09:14:27", MAD, mid,
             "from out-04.mail.softgarden.io (out-04.mail.softgarden.io [185.34.20.14])",
             extra=(("Reply-To", addr("Kranich Mobility Iberia", "kranich-iberia-3b91f2@reply.softgarden.io")),))
    return message(h, alt(text(body), html(paras(body, "font-family:Roboto,Arial,sans-serif;font-size:14px"))))


# --------------------------------------------------------------------------- 25 offer with an offer call at a fixed time


@mail(n(25), family="offer", lang="en", interview=False, company="Tidewater Analytics",
      days=(("Mon", "2026-11-30"), ("Tue", "2026-12-08"), ("Fri", "2026-12-11"), ("Mon", "2027-01-04")),
      note="Job offer after the final interview; it fixes an offer walkthrough call (Tue 8 Dec 11 AM ET), a "
           "signing deadline and a start date - none of them is an interview.")
def m25():
    body = t("""
        Hi Santiago,

        On behalf of everyone at Tidewater Analytics, I'm thrilled to offer you the position of Senior
        iOS Engineer! The whole panel came out of your final interview on Monday, November 30 saying
        the same thing: we want to work with you.

        Your offer letter is attached through DocuSign. Highlights:

          - Base salary: USD 118,000 per year, paid through our EOR partner in Colombia
          - Equity: 6,000 options, 4-year vesting with a 1-year cliff
          - Start date: Monday, January 4, 2027
          - Fully remote, core hours 10 AM - 3 PM ET

        I've put 30 minutes on your calendar for Tuesday, December 8 at 11:00 AM ET so Kelly from
        People Ops and I can walk you through the benefits and answer any questions. We'd love to
        have your signature by Friday, December 11.

        Congratulations - this is well deserved.

        Warmly,
        Ben Whitfield
        VP Engineering, Tidewater Analytics
        """)
    mid = "<CAB2vX7eM4pQ9kR1sT0yW3nL8cJ5hF6dGa2uE_oZ7iK4bN1mV@mail.gmail.com>"
    h = hdrs(addr("Ben Whitfield", "ben.whitfield@tidewateranalytics.com"),
             "Your offer from Tidewater Analytics",
             "2026-12-04 14:31:09", NYC, mid,
             "from mail-qk1-f178.google.com (mail-qk1-f178.google.com [209.85.222.178])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 26 Teamtailor application receipt, Panama


@mail(n(26), family="application_ack", lang="en", interview=False, company="Canopy Travel",
      note="Teamtailor application receipt; 'we'll invite you to a first interview' is conditional, no time.")
def m26():
    html_body = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0">
        <table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px">
        <tr><td style="padding:32px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:24px;color:#1b1b1b">
        <img src="https://assets.teamtailor-cdn.com/canopy-travel/logo.png" width="120" alt="Canopy Travel"><br><br>
        <p>Hi Santiago,</p>
        <p>Thanks for applying for <strong>Mobile Engineer (React Native)</strong> at Canopy Travel in Panama City!</p>
        <p>We review every application by hand, usually within two weeks. If your profile is a match, we'll invite you to a
        first interview - normally a 30-minute video call with someone from our mobile team.</p>
        <p>In the meantime, feel free to learn more about <a href="https://careers.canopytravel.com/people">the people you'd work with</a>.</p>
        <p>Best wishes,<br>The Canopy Travel team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-family:Arial,sans-serif;font-size:12px;color:#999999">
        You received this email because you applied for a job at Canopy Travel.
        <a href="https://careers.canopytravel.com/connect/unsubscribe" style="color:#999999">Manage your data</a>
        </td></tr></table></td></tr></table></body></html>
        """)
    mid = "<6f2a0c9d1b7e4a35.candidate.4418203@teamtailor-mail.com>"
    h = hdrs(addr("Canopy Travel", "no-reply@teamtailor-mail.com"),
             "Thanks for applying to Canopy Travel!",
             "2026-09-14 08:52:33", PTY, mid,
             "from mta-57.teamtailor-mail.com (mta-57.teamtailor-mail.com [192.0.2.57])")
    return message(h, html(html_body))


# --------------------------------------------------------------------------- 27 job alert


@mail(n(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board digest; 'Entrevista inmediata' / 'entrevistas esta semana' are listing badges.")
def m27():
    body = t("""
        Hola Santiago, estas son las vacantes nuevas para tu alerta "desarrollador móvil" en Medellín:

        1. Desarrollador Flutter Semi-Senior – Cooperativa Financiera del Valle de Aburrá
           Medellín (híbrido) · $9.000.000 - $11.000.000 · ★ Entrevista inmediata
        2. Ingeniero/a iOS – Agencia Guayacán
           Envigado · Remoto · Publicado hace 2 días
        3. Líder Técnico Mobile – Grupo Retail Andino
           Medellín · Presencial · "Estamos haciendo entrevistas esta semana"
        4. Desarrollador React Native – Startup de salud (confidencial)
           Remoto Colombia · Contrato a término indefinido

        Ver las 27 vacantes: https://www.empleoandino.co/alertas/92817?utm_source=email

        Recibes este correo porque creaste una alerta en Empleo Andino.
        Cancelar la alerta: https://www.empleoandino.co/alertas/92817/cancelar
        """)
    mid = "<alerta.92817.20261005@mailer.empleoandino.co>"
    h = hdrs(addr("Empleo Andino", "alertas@mailer.empleoandino.co"),
             "27 vacantes nuevas de desarrollador móvil en Medellín",
             "2026-10-05 06:30:02", BOG, mid,
             "from mailer.empleoandino.co (mailer.empleoandino.co [198.51.100.160])",
             extra=(("List-Unsubscribe", "<https://www.empleoandino.co/alertas/92817/cancelar>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(paras(body))))


# --------------------------------------------------------------------------- 28 newsletter / blog post about interviews


@mail(n(28), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Newsletter blog post about preparing for interviews with US companies; it quotes an example "
           "confirmation ('Tu entrevista está confirmada para el martes a las 10') that is not to Santiago.")
def m28():
    body = t("""
        CÓDIGO CAFÉ · Edición #112

        Entrevistas con empresas gringas: lo que nadie te dice de las zonas horarias

        Parceros y parceras, esta semana me escribieron tres personas con la misma historia: llegaron
        una hora tarde (¡o una hora antes!) a su entrevista porque en Estados Unidos cambiaron la hora
        y en Colombia no.

        Un ejemplo real (cambié los nombres). El reclutador escribió:

            "Tu entrevista está confirmada para el martes a las 10:00 a. m. ET."

        Y la persona puso 10:00 en su calendario, hora Colombia. Error: en octubre ET va una hora
        adelante de Bogotá; desde el primer domingo de noviembre quedan iguales.

        Mis tres reglas:
        1. Pide siempre la invitación de calendario, no solo el correo.
        2. Escribe la hora en las dos zonas cuando confirmes ("10 ET / 9 Colombia").
        3. Revisa las fechas de cambio de horario: marzo y noviembre en EE. UU., marzo y octubre en
           Europa.

        Nos leemos el próximo domingo.
        Mafe, de Código Café

        Te suscribiste en codigocafe.news · Darte de baja: https://codigocafe.news/baja?u=8812
        """)
    mid = "<edicion-112.8812@codigocafe.news>"
    h = hdrs(addr("Mafe de Código Café", "hola@codigocafe.news"),
             "Entrevistas con empresas gringas: lo que nadie te dice de las zonas horarias",
             "2026-10-11 08:00:00", BOG, mid,
             "from mta.codigocafe.news (mta.codigocafe.news [203.0.113.88])",
             extra=(("List-Unsubscribe", "<https://codigocafe.news/baja?u=8812>"),
                    ("List-Id", "Codigo Cafe <newsletter.codigocafe.news>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(paras(body, "font-family:Georgia,serif;font-size:16px;line-height:1.5"))))


# --------------------------------------------------------------------------- 29 scheduling link, Toronto


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Ridgeway Health",
      note="Recruiter asks Santiago to pick a slot on her Calendly page; ranges of availability, nothing booked.")
def m29():
    body = t("""
        Hi Santiago,

        Thanks for applying to the Mobile Developer (Flutter) role at Ridgeway Health - your fintech
        background caught our eye.

        Next step is a 30-minute intro call with me. Please grab whatever works best here:
        https://calendly.com/sam-okafor-ridgeway/intro-call

        I've opened slots next Tuesday through Thursday, 10 AM - 4 PM Eastern. If none of those work
        for you in Colombia, just reply and we'll find something.

        Talk soon,
        Samantha Okafor
        Talent Partner, Ridgeway Health
        Toronto, ON
        """)
    mid = "<CAPq3wY8mT2nK6rB0vX5zJ9cL1hE4dFg7sA_uO2iN8kW3bM@mail.gmail.com>"
    h = hdrs(addr("Samantha Okafor", "samantha.okafor@ridgewayhealth.ca"),
             "Ridgeway Health - Mobile Developer (Flutter): intro call",
             "2026-09-09 11:47:15", TOR, mid,
             "from mail-io1-f51.google.com (mail-io1-f51.google.com [209.85.166.51])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 30 JOIN self-scheduling, Madrid


@mail(n(30), family="scheduling_link", lang="es", interview=False, company="Brisa Software",
      days=(("Tue", "2026-11-03"), ("Fri", "2026-11-06")),
      note="JOIN 'elige un horario' mail: a booking link with a window (martes 3 - viernes 6 de noviembre), "
           "no slot chosen.")
def m30():
    body = t("""
        ¡Hola Santiago!

        Buenas noticias: a Brisa Software le ha gustado tu candidatura para Desarrollador/a React
        Native y quiere conocerte en una primera entrevista por videollamada (30 minutos).

        Elige el horario que mejor te venga:
        https://join.com/scheduling/brisa-software/8e21c0d4

        Hay huecos disponibles entre el martes 3 y el viernes 6 de noviembre, de 15:00 a 18:00
        (hora de Madrid). Reserva antes del domingo para asegurar tu plaza.

        ¡Mucha suerte!
        El equipo de JOIN, en nombre de Brisa Software
        """)
    mid = "<0102019b3e7c6a21-8e21c0d4-7f55-4b1a-a3d2-c91e0f6b2d48-000000@eu-west-1.amazonses.com>"
    h = hdrs(addr("Brisa Software vía JOIN", "noreply@join.com"),
             "Brisa Software quiere conocerte: elige un horario para tu entrevista",
             "2026-10-30 10:22:41", MAD, mid,
             "from a4-11.smtp-out.eu-west-1.amazonses.com (a4-11.smtp-out.eu-west-1.amazonses.com [54.240.4.11])",
             extra=(("Reply-To", addr("Brisa Software", "brisa-software.8e21c0d4@reply.join.com")),))
    return message(h, alt(text(body), html(paras(body, "font-family:Inter,Arial,sans-serif;font-size:15px"))))


# --------------------------------------------------------------------------- 31 agency outreach


@mail(n(31), family="recruiter_outreach", lang="es", interview=False, company="Talento Cordillera",
      note="Agency outreach: asks for 15 minutes 'esta semana o la próxima', nothing fixed.")
def m31():
    body = t("""
        Hola Santiago, ¿cómo estás?

        Soy Andrea, de Talento Cordillera. Vi tu perfil y tu app de turnos para peluquerías en la
        Play Store (¡muy bien hecha!). Estoy buscando un Desarrollador Android Senior para un cliente
        del sector asegurador en Bogotá, 100 % remoto, contrato directo y rango salarial competitivo.

        ¿Tendrías 15 minutos esta semana o la próxima para una llamada corta? Me cuentas qué estás
        buscando y yo te cuento los detalles del rol.

        Quedo atenta,

        Andrea Niño
        Senior Tech Recruiter | Talento Cordillera
        +57 310 555 2231
        """)
    mid = "<CAN1oX4vT8mR2qB6kY0wZ3pJ7cL9hD5eFs1uG_aI4nW8bK2mQ@mail.gmail.com>"
    h = hdrs(addr("Andrea Niño", "andrea.nino@talentocordillera.com"),
             "Oportunidad Android Senior - remoto (sector seguros)",
             "2026-09-22 15:06:52", BOG, mid,
             "from mail-vs1-f47.google.com (mail-vs1-f47.google.com [209.85.217.47])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 32 proposal not yet confirmed, paisa


@mail(n(32), family="proposal_unconfirmed", lang="es", interview=False, company="Mangostino Apps",
      days=(("Thu", "2026-10-22"),),
      note="Interview proposed ('¿te sirve el jueves 22 a las 10:00 a. m.?') with an alternative asked for; "
           "not confirmed yet.")
def m32():
    body = t("""
        Hola Santiago, qué más pues.

        Te cuento que Simón ya revisó la prueba y quiere hablar con vos. ¿Te sirve el jueves 22 a las
        10:00 a. m. para la entrevista con el equipo? Sería acá en la oficina de Laureles o por Meet,
        como te quede mejor.

        Si no podés, decime qué horarios tenés libres esa semana y cuadramos.

        Saludos,
        Manuela Giraldo
        Gestión Humana · Mangostino Apps
        """)
    mid = "<CAM7pY2wK9nR4sB1vT6xZ0qL3cJ8hE5dGa9uF_oI2kW7bN4mX@mail.gmail.com>"
    h = hdrs(addr("Manuela Giraldo", "manuela.giraldo@mangostinoapps.com"),
             "Entrevista con el equipo - Mangostino Apps",
             "2026-10-19 11:28:40", BOG, mid,
             "from mail-ua1-f44.google.com (mail-ua1-f44.google.com [209.85.222.44])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 33 two options offered, Miami


@mail(n(33), family="proposal_unconfirmed", lang="en", interview=False, company="Palmetto Robotics",
      days=(("Tue", "2026-12-01"), ("Wed", "2026-12-02")),
      note="Recruiter offers two slots (Tue 1 Dec 10 AM ET or Wed 2 Dec 2 PM ET) and waits for Santiago's "
           "choice: nothing confirmed.")
def m33():
    body = t("""
        Hi Santiago,

        Great news - the team would like to move you forward to the technical interview with our
        mobile lead, Priscilla Grant (60 minutes, over Zoom).

        Could you do either of these?

          - Tuesday, December 1 at 10:00 AM ET
          - Wednesday, December 2 at 2:00 PM ET

        Let me know which one works best and I'll send the calendar invite right away. If neither
        fits, send me a couple of windows that week.

        Thanks!
        Derek Mills
        Technical Recruiter | Palmetto Robotics
        Miami, FL
        """)
    mid = "<BL1PR13MB5528F0A3C6E2D9B1A7C4E8F5D3B2@BL1PR13MB5528.namprd13.prod.outlook.com>"
    h = hdrs(addr("Derek Mills", "derek.mills@palmettorobotics.com"),
             "Next step: technical interview - Palmetto Robotics",
             "2026-11-24 16:02:33", NYC, mid,
             "from NAM04-BL1-obe.outbound.protection.outlook.com (mail-bl1nam04on2090.outbound.protection.outlook.com [40.107.92.90])",
             extra=(("Thread-Topic", "Next step: technical interview - Palmetto Robotics"),))
    return message(h, alt(text(body, cte="7bit"), html(paras(body, "font-family:Calibri,sans-serif;font-size:11pt"))))


# --------------------------------------------------------------------------- 34 doctor appointment with ICS


@mail(n(34), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Medical appointment confirmation (medicina general) with a fixed time and an ICS: not an interview.")
def m34():
    body = t("""
        Señor(a) SANTIAGO RESTREPO:

        Le confirmamos su cita:

        Especialidad: MEDICINA GENERAL
        Profesional: Dra. Paula Andrea Vélez
        Fecha: martes 15 de septiembre de 2026
        Hora: 7:20 a. m.
        Sede: IPS Aburrá Salud - Laureles, Circular 1 # 70-12, consultorio 204

        Recuerde llegar 20 minutos antes con su documento de identidad. Si no puede asistir, cancele
        con mínimo 24 horas de anticipación respondiendo NO al mensaje de texto o en la app.

        IPS Aburrá Salud
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//IPS Aburra Salud//Citas//ES
        METHOD:PUBLISH
        """) + TZ_BOG + "\n" + t("""
        BEGIN:VEVENT
        UID:cita-88120391@aburrasalud.com.co
        DTSTAMP:20260910T140211Z
        DTSTART;TZID=America/Bogota:20260915T072000
        DTEND;TZID=America/Bogota:20260915T074000
        SUMMARY:Cita Medicina General - IPS Aburrá Salud Laureles
        LOCATION:Circular 1 # 70-12\\, consultorio 204\\, Medellín
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<cita.88120391.20260910@aburrasalud.com.co>"
    h = hdrs(addr("IPS Aburrá Salud", "citas@aburrasalud.com.co"),
             "Confirmación de cita - Medicina General",
             "2026-09-10 09:02:11", BOG, mid,
             "from smtp.aburrasalud.com.co (smtp.aburrasalud.com.co [198.51.100.210])")
    return message(h, mixed(text(body, charset="iso-8859-15"),
                            calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics",
                                     disposition="attachment")))


# --------------------------------------------------------------------------- 35 flat viewing


@mail(n(35), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-03"),),
      note="Real-estate agency confirms an apartment viewing at a fixed time: not an interview.")
def m35():
    body = t("""
        Buenas tardes don Santiago,

        Le confirmo la visita al apartamento 1204 del edificio Balcones de Laureles (Cra 76 # 33-40)
        para este sábado 3 de octubre a las 10:00 a. m. Lo espera en portería el asesor Carlos
        Montoya, cel. 311 555 0192.

        Le recuerdo que para el estudio de arrendamiento necesitamos certificado laboral o los
        extractos de los últimos tres meses, y un codeudor con finca raíz.

        Cordialmente,

        Gloria Patricia Henao
        Inmobiliaria Alto de Palmas
        """)
    mid = "<000001dc3a1f$7b2e4c10$71a8e430$@altodepalmas.com.co>"
    h = hdrs(addr("Inmobiliaria Alto de Palmas", "arriendos@altodepalmas.com.co"),
             "Confirmación visita apartamento 1204 - Balcones de Laureles",
             "2026-09-30 14:47:05", BOG, mid,
             "from mail.altodepalmas.com.co (mail.altodepalmas.com.co [203.0.113.140])",
             charset="iso-8859-1",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


# --------------------------------------------------------------------------- 36 car service


@mail(n(36), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="Car dealer's service appointment with a fixed time: not an interview.")
def m36():
    html_body = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" cellpadding="0" cellspacing="0" align="center">
        <tr><td style="background:#c8102e;color:#fff;padding:12px 18px;font-size:18px;font-weight:bold">Autoservicios Ruta 80</td></tr>
        <tr><td style="padding:18px">
        <p>Hola Santiago,</p>
        <p>Tu cita de taller quedó agendada:</p>
        <ul>
        <li><b>Servicio:</b> mantenimiento de 20.000 km</li>
        <li><b>Vehículo:</b> placa KZP-418</li>
        <li><b>Fecha y hora:</b> viernes 23 de octubre de 2026, 7:30 a. m.</li>
        <li><b>Sede:</b> Autopista Sur, Itagüí</li>
        <li><b>Asesor de servicio:</b> Wilmar Cano</li>
        </ul>
        <p>El servicio tarda aproximadamente 3 horas. Tenemos sala de espera con wifi.</p>
        <p>Para reprogramar responde a este correo o llama al (604) 555 8080.</p>
        </td></tr></table></body></html>
        """)
    mid = "<citas-taller-55120@ruta80.com.co>"
    h = hdrs(addr("Autoservicios Ruta 80", "citas@ruta80.com.co"),
             "Tu cita de taller: viernes 23 de octubre, 7:30 a. m.",
             "2026-10-19 17:15:55", BOG, mid,
             "from smtp.ruta80.com.co (smtp.ruta80.com.co [198.51.100.80])")
    return message(h, html(html_body, cte="quoted-printable"))


# --------------------------------------------------------------------------- 37 sports club try-out


@mail(n(37), family="club_tryout", lang="es", interview=False, company=None,
      days=(("Sun", "2026-09-27"),),
      note="Ultimate frisbee club try-out at a fixed time; 'te confirmamos' but it is a sports try-out, not "
           "a job interview.")
def m37():
    body = t("""
        ¡Hola Santi!

        Te confirmamos el cupo para las pruebas del equipo mixto de Aburrá Vuela Ultimate:

        Domingo 27 de septiembre, 8:00 a. m.
        Unidad Deportiva de Belén, cancha sintética 2

        Lleva guayos (sin taches metálicos), camiseta clara y otra oscura, y mucha
        agua. Las pruebas duran unas dos horas; al final hacemos una entrevista cortica con cada
        persona para conocer su disponibilidad de entrenos.

        ¡Nos vemos en la cancha!
        Comité deportivo – Aburrá Vuela Ultimate
        """)
    mid = "<CAK5nW2yP8mT1qR7vB3xZ6oJ0cL4hF9dGs2uE_aN8iK1bM7wQ@mail.gmail.com>"
    h = hdrs(addr("Aburrá Vuela Ultimate", "aburravuela.ultimate@example.com"),
             "Pruebas equipo mixto – confirmación de cupo",
             "2026-09-23 20:41:18", BOG, mid,
             "from mail-lj1-f175.google.com (mail-lj1-f175.google.com [209.85.208.175])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 38 retro at the current job (Exchange)


@mail(n(38), family="non_interview_calendar", lang="en", interview=False, company=None,
      note="Exchange meeting request from Santiago's current manager (sprint retro, Central Standard Time "
           "ICS): a fixed time at the current job, not an interview.")
def m38():
    body = t("""
        Hey team - moving the retro to Friday morning so Ana can join before her flight.
        Same format as always: what went well, what didn't, one thing to try.

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ1YzM5@thread.v2/0>
        Meeting ID: 271 448 906 512
        Passcode: kR7tW2
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Greg Lindqvist:mailto:greg.lindqvist@quokkadigital.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Restrepo:mailto:santiago.restrepo@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ana Kowal:mailto:ana.kowal@quokkadigital.com
        UID:040000008200E00074C5B7101A82E00800000000F1C2B3A45D6EDC01000000000000000010000000C2D7
        SUMMARY;LANGUAGE=en-US:Sprint 42 Retro
        DTSTART;TZID=Central Standard Time:20261016T100000
        DTEND;TZID=Central Standard Time:20261016T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261013T211500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<CH3PR11MB7894A2D0E5C1B9F3A6D8E4C2B7F1@CH3PR11MB7894.namprd11.prod.outlook.com>"
    h = hdrs(addr("Greg Lindqvist", "greg.lindqvist@quokkadigital.com"),
             "Updated: Sprint 42 Retro",
             "2026-10-13 16:15:00", CHI, mid,
             "from NAM10-DM6-obe.outbound.protection.outlook.com (mail-dm6nam10on2131.outbound.protection.outlook.com [40.107.93.131])",
             extra=(("Thread-Topic", "Sprint 42 Retro"), ("X-MS-Has-Attach", ""),
                    ("X-MS-Exchange-Calendar-Originator-Id", "c1a9e3f0-7b52-4d86-9e0a-3f4b2d8c6e17")))
    return message(h, alt(text(body), html(paras(body, "font-family:Aptos,sans-serif;font-size:12pt")),
                          calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- 39 Zoom webinar about interviews


@mail(n(39), family="marketing_webinar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Zoom webinar registration ('Cómo superar la entrevista técnica mobile') with a fixed time and "
           "ICS: a webinar, not a job interview.")
def m39():
    body = t("""
        Hola Santiago:

        Gracias por inscribirte en "Cómo superar la entrevista técnica mobile (iOS, Android y
        Flutter)".

        Fecha y hora: 29 oct 2026 07:00 PM Bogotá
        ID del seminario web: 842 1190 5573

        Para unirte desde una PC, Mac, iPad o dispositivo Android:
        https://us06web.zoom.us/w/84211905573?tk=pX0aLq

        Puedes cancelar tu inscripción en cualquier momento.

        Academia Pixel
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261021T004512Z
        DTSTART:20261030T000000Z
        DTEND:20261030T013000Z
        SUMMARY:Cómo superar la entrevista técnica mobile (iOS\\, Android y Flutter)
        UID:20261021T004512Z-84211905573@zoom.us
        DESCRIPTION:Academia Pixel - seminario web
        LOCATION:https://us06web.zoom.us/w/84211905573?tk=pX0aLq
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<W84211905573.reg.5cd02e@zoom.us>"
    h = hdrs(addr("Academia Pixel", "no-reply@zoom.us"),
             "Confirmación de Cómo superar la entrevista técnica mobile (iOS, Android y Flutter)",
             "2026-10-20 19:45:12", BOG, mid,
             "from so254-16.mailgun.net (so254-16.mailgun.net [198.61.254.16])")
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, method="PUBLISH", cte="base64", filename="iCalendar.ics",
                                     disposition="attachment")))


# --------------------------------------------------------------------------- 40 Meetup RSVP


@mail(n(40), family="meetup", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="Meetup RSVP confirmation for a community tech night (fixed time): not an interview.")
def m40():
    body = t("""
        You're going!

        Medellín Mobile Devs
        Flutter & Kotlin Multiplatform night: lightning talks + pizza

        Wednesday, November 18, 2026
        6:30 PM to 9:00 PM COT

        Ruta N, Calle 67 # 52-20, Medellín, Antioquia

        Talks:
          - "Shipping KMP in production at a Colombian neobank" - Laura Betancur
          - "Interviewing for US remote roles: what I wish I'd known" - panel

        Add to calendar: https://www.meetup.com/medellin-mobile-devs/events/304118873/ics/

        Can't make it anymore? Update your RSVP so someone on the waitlist can come.

        Meetup
        """)
    mid = "<evt-304118873.rsvp.7710293@meetup.com>"
    h = hdrs(addr("Meetup", "info@meetup.com"),
             "You're going to Flutter & Kotlin Multiplatform night: lightning talks + pizza",
             "2026-11-09 20:12:44", BOG, mid,
             "from mail146-4.us.mcsv.net (mail146-4.us.mcsv.net [198.2.146.4])",
             rp="<bounce-mc.us4_7710293.304118873-santiago.restrepo=example.org@mail146-4.us.mcsv.net>",
             extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/?unsub=7710293>"),))
    return message(h, alt(text(body), html(paras(body))))


# --------------------------------------------------------------------------- 41 podcast recording


@mail(n(41), family="podcast", lang="es", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast host confirms a recording ('la entrevista', martes 10 de noviembre 6:00 p. m.) with "
           "Santiago as the guest: a fixed time, but not a job interview.")
def m41():
    body = t("""
        ¡Quiubo Santi!

        Te confirmo la grabación del episodio de "Hecho en Medellín Tech" para el martes 10 de
        noviembre a las 6:00 p. m. en el estudio de Coworking La Setenta (Cra 70 # 44-15, piso 3).
        La entrevista dura más o menos una hora y después editamos.

        Temas que tengo anotados:
        - Cómo arrancaste con la app de turnos
        - Qué te han preguntado en entrevistas con empresas de afuera
        - Consejos para quien está empezando en mobile

        Si querés traer a alguien del equipo, bienvenido. Nos vemos.

        Sebas
        Hecho en Medellín Tech – el podcast
        """)
    mid = "<CAL8mQ3vT6nR0sB4kY9wZ2pJ5cL7hE1dGf3uH_oI6kW9bN2mR@mail.gmail.com>"
    h = hdrs(addr("Sebastián Cardona", "sebas@hechoenmedellin.tech"),
             "Grabación podcast - confirmado martes 10",
             "2026-11-03 21:05:37", BOG, mid,
             "from mail-oa1-f49.google.com (mail-oa1-f49.google.com [209.85.160.49])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 42 journalist interviewing Santiago


@mail(n(42), family="press", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="A journalist confirms an interview with Santiago for an article (Thu 5 Nov, 4 PM Bogotá): a "
           "press interview, not a job interview.")
def m42():
    body = t("""
        Hi Santiago,

        Thanks so much for agreeing to talk! Confirming our interview for Thursday, November 5 at
        4:00 PM Bogota time, on Zoom (link below). I'll need about 30 minutes.

        As I mentioned, the piece is about Colombian mobile developers who work for US and Canadian
        startups from Medellin - how you found the roles, what the hiring process looked like, pay,
        time zones. I'd like to record the call for accuracy; nothing goes in without your OK.

        https://us02web.zoom.us/j/81544720936

        Best,
        Hannah Whitcombe
        Contributing reporter, Southbound Tech
        """)
    mid = "<CAE9qR4wT1nK7sB2vY5xZ8pL0cJ3hF6dGa4uI_oM9kW2bN5mT@mail.gmail.com>"
    h = hdrs(addr("Hannah Whitcombe", "hannah@southboundtech.news"),
             "Interview for Southbound Tech - confirming Thursday",
             "2026-11-02 12:18:03", NYC, mid,
             "from mail-wm1-f48.google.com (mail-wm1-f48.google.com [209.85.128.48])")
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 43 mock interview booked through Calendly


@mail(n(43), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Sat", "2026-11-14"),),
      note="Calendly confirmation of a 'simulacro de entrevista' with a volunteer mentor: same layout as a "
           "real interview booking, but a mock interview.")
def m43():
    body = t("""
        Hola, Santiago Restrepo:

        Se programó un nuevo evento.

        Tipo de evento:
        Simulacro de entrevista técnica (45 min) – Mentorías Devs Paisas

        Anfitrión:
        Diego Arbeláez

        Fecha/hora del evento:
        9:00 - 9:45 (Hora de Colombia) el sábado, 14 de noviembre de 2026

        Ubicación:
        Esta es una reunión de Google Meet. Enlace: https://meet.google.com/rgt-mvpk-dsa

        Respuestas del invitado:
        ¿Para qué tipo de entrevista te quieres preparar?: System design mobile para una empresa de EE. UU.

        Cancelar o reprogramar: https://calendly.com/cancellations/0c9e71b4-2d3a-4f85-b6e0-7a1d5c3f8e92

        Enviado desde Calendly
        """)
    mid = "<0c9e71b42d3a4f85.invitee.confirmation@calendly.com>"
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmado: Simulacro de entrevista técnica (45 min) – Mentorías Devs Paisas con Diego Arbeláez "
             "el sábado, 14 de noviembre de 2026",
             "2026-11-08 16:33:20", BOG, mid,
             "from o1.email.calendly.com (o1.email.calendly.com [167.89.33.10])",
             extra=(("Reply-To", addr("Diego Arbeláez", "diego.arbelaez@example.com")),))
    return message(h, alt(text(body), html(paras(body, "font-family:'Proxima Nova',Helvetica,Arial,sans-serif;font-size:15px"))))


# --------------------------------------------------------------------------- 44 Santiago as the interviewer at his current job


@mail(n(44), family="interviewer_notice", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Greenhouse notice from Santiago's current employer: HE is the interviewer of a candidate (Wed "
           "4 Nov 10:00 COT), with an ICS. Not his job interview.")
def m44():
    body = t("""
        Hi Santiago,

        You've been scheduled to interview Laura Méndez for Mid-level Android Developer.

        Technical Interview (Android)
        Wednesday, November 4, 2026
        10:00 AM - 11:00 AM COT

        Google Meet: https://meet.google.com/yzd-ohpq-nwe

        Your interview kit, with the scorecard and suggested questions, is here:
        https://app.greenhouse.io/guides/29114025/people/71820943?application_id=88412007

        Please submit your scorecard within 24 hours of the interview.

        Thanks,
        Quokka Digital Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:greenhouse-interviewer-29114025-71820943@greenhouse.io
        DTSTAMP:20261030T143000Z
        DTSTART:20261104T150000Z
        DTEND:20261104T160000Z
        SUMMARY:Interview: Laura Méndez - Mid-level Android Developer (Technical Interview)
        LOCATION:https://meet.google.com/yzd-ohpq-nwe
        ORGANIZER;CN=Quokka Digital Recruiting:mailto:recruiting@quokkadigital.com
        ATTENDEE;CN=Santiago Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:santiago.restrepo@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<8c2e41f9.29114025.71820943@us.greenhouse-mail.io>"
    h = hdrs(addr("Quokka Digital Recruiting", "no-reply@us.greenhouse-mail.io"),
             "Interview scheduled: Laura Méndez for Mid-level Android Developer",
             "2026-10-30 09:30:00", BOG, mid,
             "from o4.us.greenhouse-mail.io (o4.us.greenhouse-mail.io [149.72.190.17])",
             extra=(("Reply-To", "recruiting@quokkadigital.com"),))
    return message(h, mixed(alt(text(body), html(paras(body))),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# --------------------------------------------------------------------------- 45 out-of-office auto-reply


@mail(n(45), family="auto_reply", lang="es", interview=False, company="Cobalto Pagos",
      days=(("Mon", "2026-09-28"),),
      note="Out-of-office auto-reply from a recruiter (Auto-Submitted: auto-replied) to Santiago's thank-you "
           "note; returns on a date, confirms nothing.")
def m45():
    body = t("""
        Hola, gracias por tu mensaje.

        Estoy de vacaciones y regreso el lunes 28 de septiembre. Durante mi ausencia tendré acceso
        limitado al correo. Para temas urgentes de procesos de selección escribe a
        talento@cobaltopagos.co.

        Juliana Cárdenas
        Talent Partner · Cobalto Pagos
        """)
    mid = "<autoreply.a81f0c.20260918@cobaltopagos.co>"
    h = hdrs(addr("Juliana Cárdenas", "juliana.cardenas@cobaltopagos.co"),
             "Respuesta automática: Gracias por la entrevista de ayer",
             "2026-09-18 08:04:51", BOG, mid,
             "from mail-pg1-f197.google.com (mail-pg1-f197.google.com [209.85.215.197])",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
                    ("In-Reply-To", "<F2C7A1E0-58B3-4D9A-9E61-3B0D7C2A4F85@example.org>")))
    return message(h, text(body))


# --------------------------------------------------------------------------- 46 bounce of a thank-you note


@mail(n(46), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce (multipart/report) of Santiago's thank-you note to a mistyped address; the "
           "returned message mentions the interview that already took place.")
def m46():
    original = message([
        ("Return-Path", "<santiago.restrepo@example.org>"),
        ("From", ME_H),
        ("To", addr("Liam O'Connor", "liam.oconor@driftwoodlabs.ca")),
        ("Subject", "Thank you - Driftwood Labs iOS interview"),
        ("Date", date("2026-10-23 09:12:04", BOG)),
        ("Message-ID", "<9B1E4C72-0D5A-4E3F-A8C6-71F2B0D94E15@example.org>"),
    ], text(t("""
        Hi Liam,

        Thanks again for the conversation last night - I really enjoyed the walkthrough with you and
        Aisha, and the offline-sync discussion gave me a lot to think about.

        Looking forward to hearing about next steps.

        Best,
        Santiago
        """), cte="7bit"))
    notice = text(t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <liam.oconor@driftwoodlabs.ca>: host aspmx.l.google.com[142.250.0.27] said:
            550-5.1.1 The email account that you tried to reach does not exist. (in
            reply to RCPT TO command)
        """), charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),))
    dsn = raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Fq2Rk1Zm7z9sWx
        X-Postfix-Sender: rfc822; santiago.restrepo@example.org
        Arrival-Date: Fri, 23 Oct 2026 14:12:05 +0000 (UTC)

        Final-Recipient: rfc822; liam.oconor@driftwoodlabs.ca
        Original-Recipient: rfc822;liam.oconor@driftwoodlabs.ca
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; aspmx.l.google.com
        Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
            not exist.
        """))
    returned = attached_message(original)
    returned.headers.insert(0, ("Content-Description", "Undelivered Message"))
    report = multipart("report", notice, dsn, returned, params="report-type=delivery-status")
    mid = "<4Fq2Rk3Bn1z9sWy@smtp.example.org>"
    h = hdrs("MAILER-DAEMON@smtp.example.org (Mail Delivery System)",
             "Undelivered Mail Returned to Sender",
             "2026-10-23 09:12:07", BOG, mid,
             "from smtp.example.org (smtp.example.org [192.0.2.10])", rp="<>",
             extra=(("Auto-Submitted", "auto-replied"),))
    return message(h, report)


# --------------------------------------------------------------------------- 47 mailing list thread


@mail(n(47), family="mailing_list", lang="es", interview=False, company=None,
      note="Google Groups list post by another member about HIS interview 'mañana a las 9'; list mail, not "
           "addressed to Santiago's own process.")
def m47():
    body = t("""
        Buenas, comunidad.

        Mañana tengo entrevista a las 9 con una fintech de Panamá (Flutter, remoto) y me piden hacer
        live coding con Riverpod. ¿Alguien ha pasado por ese proceso? ¿Qué tan pesado es?

        Y otra: me dijeron "9 a. m. hora de Panamá", eso es la misma hora de Colombia, ¿cierto?

        Gracias, parceros.
        Kevin

        --
        Recibiste este mensaje porque estás suscrito al grupo "Flutter Colombia" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus correos electrónicos, envía un
        correo electrónico a flutter-colombia+unsubscribe@googlegroups.com.
        Para ver este debate, visita https://groups.google.com/d/msgid/flutter-colombia/CAPk7rW2mT9n.
        """)
    mid = "<CAPk7rW2mT9nQ4sB8vY1xZ6pL3cJ0hE5dGb7uK_oN2iW4bM8mU@mail.gmail.com>"
    h = hdrs(addr("Kevin Mosquera", "kevin.mosquera.dev@example.com"),
             "[flutter-co] Entrevista con fintech de Panamá mañana - consejos?",
             "2026-11-05 21:47:10", BOG, mid,
             "from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
             to="Flutter Colombia <flutter-colombia@googlegroups.com>",
             extra=(("Reply-To", "flutter-colombia@googlegroups.com"),
                    ("Mailing-list", "list flutter-colombia@googlegroups.com; contact flutter-colombia+owners@googlegroups.com"),
                    ("List-ID", "<flutter-colombia.googlegroups.com>"),
                    ("List-Post", "<https://groups.google.com/group/flutter-colombia/post>, <mailto:flutter-colombia@googlegroups.com>"),
                    ("List-Unsubscribe", "<mailto:googlegroups-manage+661204@googlegroups.com?subject=unsubscribe>"),
                    ("Precedence", "list")))
    return message(h, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- 48 public employment agency appointment


@mail(n(48), family="employment_agency", lang="es", interview=False, company=None,
      days=(("Wed", "2026-09-09"),),
      note="Public employment agency (caja de compensación) confirms an 'entrevista de perfilamiento' / "
           "orientación ocupacional appointment at a fixed time: a job-centre appointment, not a job "
           "interview with an employer.")
def m48():
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333">
        <table width="620" cellpadding="0" cellspacing="0" align="center" style="border:1px solid #ccc">
        <tr><td style="background:#00843d;color:#fff;padding:12px;font-size:16px">Agencia de Empleo Cajantioquia &middot; Servicio P&uacute;blico de Empleo</td></tr>
        <tr><td style="padding:16px">
        <p>Apreciado(a) SANTIAGO RESTREPO,</p>
        <p>Su hoja de vida fue registrada con &eacute;xito. Le confirmamos su cita de <b>orientaci&oacute;n ocupacional y entrevista de perfilamiento</b>:</p>
        <p><b>Fecha:</b> mi&eacute;rcoles 9 de septiembre de 2026<br>
        <b>Hora:</b> 8:00 a.&nbsp;m.<br>
        <b>Sede:</b> Centro de Empleo San Ignacio, Cra 45 # 49-70, piso 2, Medell&iacute;n</p>
        <p>En esta cita un orientador revisar&aacute; su perfil, sus competencias y le explicar&aacute; c&oacute;mo postularse a las vacantes
        de la agencia. Traiga su documento de identidad y sus certificados de estudio.</p>
        <p>Los servicios de la Agencia de Empleo son gratuitos.</p>
        <p style="font-size:10px;color:#777">Prestador autorizado por la Unidad Administrativa Especial del Servicio P&uacute;blico de Empleo.</p>
        </td></tr></table></body></html>
        """)
    mid = "<20260903151204.77310.empleo@cajantioquia.com.co>"
    h = hdrs(addr("Agencia de Empleo Cajantioquia", "agenciadeempleo@cajantioquia.com.co"),
             "Confirmación de cita - Orientación ocupacional y entrevista de perfilamiento",
             "2026-09-03 10:12:04", BOG, mid,
             "from smtp2.cajantioquia.com.co (smtp2.cajantioquia.com.co [198.51.100.33])",
             charset="iso-8859-1")
    return message(h, html(html_body, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 49 MBA admissions interview, Madrid


@mail(n(49), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Business-school admissions interview confirmed for Thu 12 Nov 16:00 CET: a university "
           "admission interview, not a job interview.")
def m49():
    body = t("""
        Dear Santiago,

        Thank you for your application to the Global Executive MBA (Blended, Madrid). We are pleased
        to confirm your admissions interview:

          Date:        Thursday, 12 November 2026
          Time:        16:00 CET (10:00 in Bogota)
          Format:      Zoom, 30 minutes
          Interviewer: Prof. Marta Lasarte, Academic Director

        Please have your passport at hand for identity verification. The Admissions Committee will
        communicate its decision within three weeks of the interview.

        Kind regards,

        Admissions Office
        Escuela de Negocios Castellana (ENC)
        admissions@enc-business.es
        """)
    mid = "<adm-2026-11-3318.enc@enc-business.es>"
    h = hdrs(addr("ENC Admissions", "admissions@enc-business.es"),
             "Global Executive MBA - admissions interview confirmed",
             "2026-11-04 11:00:52", MAD, mid,
             "from mail.enc-business.es (mail.enc-business.es [192.0.2.140])")
    return message(h, alt(text(body, cte="7bit"), html(paras(body, "font-family:Georgia,serif;font-size:14px"))))


# --------------------------------------------------------------------------- 50 bank advisor meeting


@mail(n(50), family="personal_appointment", lang="es", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Bank mortgage-advisor appointment at a fixed time ('cita con su asesor'): not an interview.")
def m50():
    body = t("""
        Estimado Santiago,

        Su cita con el asesor de vivienda ha sido agendada:

        Lunes 30 de noviembre de 2026, 2:00 p. m.
        Oficina El Poblado – Cra 43A # 1 Sur-100, local 112
        Asesor: Jhon Fredy Osorio
        Tema: simulación de crédito hipotecario / leasing habitacional

        Para agilizar su solicitud, traiga certificado laboral o, si es independiente, declaración de
        renta y extractos de los últimos seis meses.

        Banco Cafetero
        Este es un mensaje automático. No responda a este correo.
        """)
    mid = "<cita-asesor.5510293.20261124@notificaciones.bancocafetero.com.co>"
    h = hdrs(addr("Banco Cafetero", "notificaciones@bancocafetero.com.co"),
             "Su cita con el asesor de vivienda está confirmada",
             "2026-11-24 08:41:29", BOG, mid,
             "from notificaciones.bancocafetero.com.co (notificaciones.bancocafetero.com.co [203.0.113.200])")
    return message(h, alt(text(body, charset="windows-1252", cte="quoted-printable"),
                          html(paras(body).replace('charset="utf-8"', 'charset="windows-1252"'),
                               charset="windows-1252", cte="quoted-printable")))
