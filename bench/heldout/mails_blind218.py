"""blind218: a blind 50-mail held-out set, the inbox of Florencia Giménez, a wine-logistics ERP
developer in Mendoza (America/Argentina/Mendoza, UTC-3 all year), September-December 2026.

Every mail is written by hand below; ``make.py`` does the MIME plumbing and the checks. Build:

    python3 bench/heldout/make_blind.py blind218

Written blind: without reading the detector, its tests or any other held-out mails.
"""

from __future__ import annotations

import hashlib
import random

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

SET = "blind218"
ORDER = random.Random(2180218).sample(range(1, 51), 50)
ME = "florencia.gimenez@example.org"
ME_NAME = "Florencia Giménez"
MZA = "America/Argentina/Mendoza"
BA = "America/Argentina/Buenos_Aires"
SCL = "America/Santiago"
MAD = "Europe/Madrid"
LA = "America/Los_Angeles"
CHI = "America/Chicago"
NY = "America/New_York"
TOR = "America/Toronto"


def nm(key: int) -> str:
    """File name of the mail written key-th (keys 1-23 positive, 24-50 negative)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def me() -> str:
    return addr(ME_NAME, ME)


def mid(seed: str, domain: str, n: int = 24) -> str:
    h = hashlib.sha256(f"{SET}:{seed}".encode()).hexdigest()[:n]
    return f"<{h}@{domain}>"


def mx(host: str, ip: str, when: str, zone: str, seed: str, lag: int = 4) -> str:
    ident = hashlib.sha256(seed.encode()).hexdigest()[:12]
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx1.example.org (Postfix) with ESMTPS id {ident.upper()}", ME, lag)


def _a(value: str | None) -> str | None:
    """'Name <address>' -> RFC 2047-encoded display name when it is not ASCII."""
    if value is None or value.isascii():
        return value
    out = []
    for one in value.split(", "):
        name, _, address = one.rpartition(" <")
        out.append(addr(name.strip('"'), address.rstrip(">")) if name else one)
    return ", ".join(out)


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str | None = None,
         reply_to: str | None = None, cc: str | None = None, rcv: str | None = None,
         pre: tuple[tuple[str, str], ...] = (), extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = list(pre)
    if rcv:
        hs.append(("Received", rcv))
    hs += [("From", _a(frm)), ("To", _a(to) or me())]
    if cc:
        hs.append(("Cc", _a(cc)))
    hs += [("Subject", enc(subject, charset)), ("Date", date(when, zone)), ("Message-ID", msgid)]
    if reply_to:
        hs.append(("Reply-To", _a(reply_to)))
    hs += list(extra)
    return hs


def pos(key: int, *, local: str, zone: str, local_end: str | None = None, **kw):
    """Register a positive: start/end are computed from the local time as written."""
    rest = local.split(" ", 1)[1]
    return mail(nm(key), interview=True, local=local, zone=zone, local_end=local_end,
                start=utc(rest, zone), end=utc(local_end, zone) if local_end else None, **kw)


def neg(key: int, **kw):
    return mail(nm(key), interview=False, **kw)


# --------------------------------------------------------------------------- time zones for ICS

VTZ_LA = """BEGIN:VTIMEZONE
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

VTZ_TOR = VTZ["America/New_York"].replace("America/New_York", "America/Toronto")

VTZ_ART_WIN = """BEGIN:VTIMEZONE
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

VTZ_SCL_WIN = """BEGIN:VTIMEZONE
TZID:Pacific SA Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=9
END:DAYLIGHT
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

TEAMS_ES = """________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el equipo, la aplicación móvil o la Web
Hacer clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>
Id. de reunión: {mid}
Código de acceso: {pw}
________________________________________________________________________________
"""


# =========================================================================== positives


# 1 ------------------------------------------------------------------ Greenhouse, Pacific, DST edge
@pos(1, family="greenhouse", lang="en", kind="scheduled", company="Halyard Freight Systems",
     contact="priya.raman@halyardfreight.com",
     local="Tue 2026-11-03 16:30", local_end="2026-11-03 17:15", zone=LA,
     note="Greenhouse confirmation sent Wed 28 Oct in PDT for Tue 3 Nov 4:30-5:15 PM PST: US clocks "
          "fall back on 1 Nov, so UTC-8 -> 00:30Z on Wed 4 Nov (21:30 in Mendoza, another UTC day); "
          "ICS in UTC agrees; contact = Reply-To recruiter")
def g1():
    when = "2026-10-28 10:12"
    body = t("""
        Hi Florencia,

        Thanks again for your time with us so far! Here are the details for your next
        interview for the Senior Backend Engineer, Bonded Inventory role at Halyard Freight
        Systems.

        Interview: Technical Deep Dive (Marcus Lee, Ana Petrova)
        Date: Tuesday, November 3, 2026
        Time: 4:30 PM - 5:15 PM PST
        Location: Google Meet - https://meet.google.com/hfs-qkrt-zmv

        Please come ready to walk through a system you built end to end - the bonded
        warehouse / customs story from your resume would be perfect. No live coding in this
        round.

        If anything comes up, just reply to this email and it will reach Priya.

        Best,
        Priya Raman
        Recruiting | Halyard Freight Systems
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Florencia,</p>
        <p>Thanks again for your time with us so far! Here are the details for your next interview
        for the <b>Senior Backend Engineer, Bonded Inventory</b> role at Halyard Freight Systems.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview</b></td><td>Technical Deep Dive (Marcus Lee, Ana Petrova)</td></tr>
        <tr><td><b>Date</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time</b></td><td>4:30 PM - 5:15 PM PST</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://meet.google.com/hfs-qkrt-zmv">Google Meet</a></td></tr>
        </table>
        <p>Please come ready to walk through a system you built end to end - the bonded warehouse /
        customs story from your resume would be perfect. No live coding in this round.</p>
        <p>If anything comes up, just reply to this email and it will reach Priya.</p>
        <p>Best,<br>Priya Raman<br>Recruiting | Halyard Freight Systems</p>
        <img src="https://u2930418.ct.sendgrid.net/wf/open?upn=hfs-7c1e" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48213377@greenhouse.io
        DTSTAMP:20261028T171200Z
        DTSTART:20261104T003000Z
        DTEND:20261104T011500Z
        SUMMARY:Interview: Florencia Giménez - Senior Backend Engineer, Bonded Inventory
        LOCATION:https://meet.google.com/hfs-qkrt-zmv
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@halyardfreight.com
        ATTENDEE;CN=Florencia Giménez;RSVP=TRUE:mailto:florencia.gimenez@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Halyard Freight Systems <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Backend Engineer, Bonded Inventory at Halyard Freight Systems",
              when, LA, mid("g1", "geopod-ismtpd-4-7"),
              reply_to="Priya Raman <priya.raman@halyardfreight.com>",
              rcv=mx("o12.ptr4471.us.greenhouse-mail.io", "149.72.133.18", when, LA, "g1"),
              extra=(("X-SG-EID", "u001.Zq8mYbV3eTgkR1hX0pWc"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# 2 ------------------------------------------------------------------ Lever, Buenos Aires
@pos(2, family="lever", lang="es", kind="scheduled", company="Quebracho Pagos",
     contact="martina.sosa@quebrachopagos.com.ar",
     local="Thu 2026-09-17 15:00", local_end="2026-09-17 15:45", zone=BA,
     note="Lever confirmation (base64) 'jueves, 17 de septiembre de 2026, 15:00 - 15:45 (GMT-03:00)'; "
          "Argentina has no DST -> 18:00Z-18:45Z; contact = Reply-To recruiter")
def g2():
    when = "2026-09-09 11:20"
    body = t("""
        Hola Florencia,

        ¡Tu entrevista con Quebracho Pagos está confirmada!

        Puesto: Desarrolladora / Desarrollador Backend (Conciliaciones)
        Cuándo: jueves, 17 de septiembre de 2026, 15:00 - 15:45 (GMT-03:00) Hora de Argentina
        Dónde: Google Meet - https://meet.google.com/qbp-mwxa-tre
        Con: Martina Sosa (Talent Acquisition) y Hernán Villalba (Tech Lead)

        Si necesitás cambiar el horario, respondé a este correo.

        Saludos,
        El equipo de Quebracho Pagos

        --
        Enviado con Lever
        """)
    page = t("""
        <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#333;padding:24px">
        <tr><td>
        <p>Hola Florencia,</p>
        <p>¡Tu entrevista con <strong>Quebracho Pagos</strong> está confirmada!</p>
        <p><strong>Puesto:</strong> Desarrolladora / Desarrollador Backend (Conciliaciones)<br>
        <strong>Cuándo:</strong> jueves, 17 de septiembre de 2026, 15:00 - 15:45 (GMT-03:00) Hora de Argentina<br>
        <strong>Dónde:</strong> <a href="https://meet.google.com/qbp-mwxa-tre">Google Meet</a><br>
        <strong>Con:</strong> Martina Sosa (Talent Acquisition) y Hernán Villalba (Tech Lead)</p>
        <p>Si necesitás cambiar el horario, respondé a este correo.</p>
        <p>Saludos,<br>El equipo de Quebracho Pagos</p>
        <p style="color:#999;font-size:11px">Enviado con Lever</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    hs = head("Quebracho Pagos <no-reply@hire.lever.co>",
              "Entrevista confirmada: Quebracho Pagos – Desarrolladora Backend (Conciliaciones)",
              when, BA, mid("g2", "hire.lever.co"),
              reply_to="Martina Sosa <martina.sosa@quebrachopagos.com.ar>",
              rcv=mx("mail-n2.hire.lever.co", "54.240.27.61", when, BA, "g2"))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# 3 ------------------------------------------------------------------ Ashby, Toronto
@pos(3, family="ashby", lang="en", kind="scheduled", company="Larchwood Commerce",
     contact="owen.tremblay@larchwood.ca",
     local="Thu 2026-10-08 13:00", local_end="2026-10-08 14:00", zone=TOR,
     note="Ashby confirmation 'Thursday, October 8, 2026 1:00 PM - 2:00 PM EDT (2:00 PM - 3:00 PM ART)': "
          "EDT is UTC-4 -> 17:00Z-18:00Z, the ART line agrees; ICS TZID America/Toronto; contact = "
          "Reply-To / ORGANIZER recruiter")
def g3():
    when = "2026-10-01 14:05"
    body = t("""
        Hi Florencia,

        Your interview is confirmed. We're looking forward to speaking with you!

        Larchwood Commerce - Staff Engineer, Order Management
        Thursday, October 8, 2026
        1:00 PM - 2:00 PM EDT (2:00 PM - 3:00 PM ART, your time zone)
        Zoom: https://larchwood.zoom.us/j/83311902274

        You'll meet with:
          Owen Tremblay - Technical Recruiter
          Sasha Novak - Director of Engineering

        Questions? Just reply and it will reach Owen Tremblay.

        Thanks,
        Larchwood Commerce Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Florencia,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e3e3e8;border-radius:8px;padding:16px">
        <div style="font-weight:600">Larchwood Commerce - Staff Engineer, Order Management</div>
        <div>Thursday, October 8, 2026</div>
        <div>1:00 PM - 2:00 PM EDT <span style="color:#777">(2:00 PM - 3:00 PM ART, your time zone)</span></div>
        <div><a href="https://larchwood.zoom.us/j/83311902274">Join Zoom meeting</a></div>
        </div>
        <p>You&#x27;ll meet with:<br>Owen Tremblay - Technical Recruiter<br>Sasha Novak - Director of Engineering</p>
        <p>Questions? Just reply and it will reach Owen Tremblay.</p>
        <p>Thanks,<br>Larchwood Commerce Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_TOR + "\n" + t("""
        BEGIN:VEVENT
        UID:3f0b7c2e-9d41-4b8a-a7e5-2c61d0e94b18
        DTSTAMP:20261001T180500Z
        DTSTART;TZID=America/Toronto:20261008T130000
        DTEND;TZID=America/Toronto:20261008T140000
        SEQUENCE:0
        SUMMARY:Larchwood Commerce - Staff Engineer, Order Management Interview
        LOCATION:https://larchwood.zoom.us/j/83311902274
        ORGANIZER;CN=Owen Tremblay:mailto:owen.tremblay@larchwood.ca
        ATTENDEE;CN=Florencia Giménez;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:florencia.gimenez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Larchwood Commerce <no-reply@ashbyhq.com>",
              "Interview confirmed: Staff Engineer, Order Management at Larchwood Commerce",
              when, TOR, "<0100019a3c7d2e41-5b1c9e0a-77f2-4c3d-9a18-b2e4f1d0c6a5-000000@email.amazonses.com>",
              reply_to="Owen Tremblay <owen.tremblay@larchwood.ca>",
              rcv=mx("a48-112.smtp-out.amazonses.com", "54.240.48.112", when, TOR, "g3"))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


# 4 ------------------------------------------------------------------ Workday, Santiago
@pos(4, family="workday", lang="es", kind="scheduled", company="Viña Austral",
     contact="catalina.munoz@vinaaustral.cl",
     local="Tue 2026-09-22 10:00", local_end="2026-09-22 11:00", zone=SCL,
     note="Workday HTML-only invitation 'martes 22/09/2026, 10:00 hrs (hora de Chile continental)', "
          "'Duración: 60 minutos'; Chile is on summer time (UTC-3) since 6 Sep -> 13:00Z-14:00Z; "
          "sender is the Workday mailbox, contact = recruiter address in the body. Later moved (thread)")
def g4():
    when = "2026-09-14 09:31"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:Arial,sans-serif;font-size:13px">
        <img src="https://wd3.myworkday.com/vinaaustral/assets/logo.png" alt="Viña Austral" height="40"><br><br>
        Estimada Florencia:<br><br>
        Junto con saludar, queremos invitarte a la entrevista técnica para el cargo
        <b>Analista Senior de Sistemas Logísticos (R-00418)</b>, con el siguiente detalle:<br><br>
        <table border="0" cellpadding="3">
        <tr><td>Fecha:</td><td>martes 22/09/2026</td></tr>
        <tr><td>Hora:</td><td>10:00 hrs (hora de Chile continental)</td></tr>
        <tr><td>Duración:</td><td>60 minutos</td></tr>
        <tr><td>Modalidad:</td><td>Microsoft Teams (el enlace te llegará en una invitación aparte)</td></tr>
        <tr><td>Entrevistadores:</td><td>Rodrigo Valdés (Jefe de Sistemas Logísticos) y Catalina Muñoz (Reclutamiento TI)</td></tr>
        </table><br>
        Te pedimos revisar tus tareas pendientes en el portal de candidatos y completar el
        formulario de antecedentes antes de la entrevista.<br><br>
        Consultas: Catalina Muñoz, Reclutamiento TI &ndash;
        <a href="mailto:catalina.munoz@vinaaustral.cl">catalina.munoz@vinaaustral.cl</a><br><br>
        Saludos cordiales,<br>
        Gerencia de Personas<br>Viña Austral S.A.<br><br>
        <span style="font-size:10px;color:#888">Este correo fue generado automáticamente por Workday. Por favor no respondas a este mensaje.</span>
        </div></body></html>
        """)
    hs = head("Viña Austral <vinaaustral@myworkday.com>",
              "Invitación a entrevista – Analista Senior de Sistemas Logísticos (R-00418)",
              when, SCL, mid("g4", "myworkday.com", 32),
              rcv=mx("mail-out-3.myworkday.com", "198.51.100.23", when, SCL, "g4"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page))


# 5 ------------------------------------------------------------------ SmartRecruiters, Madrid, EU DST edge
@pos(5, family="smartrecruiters", lang="es", kind="scheduled", company="Cierzo Tecnologías",
     contact="lucia.ferrer@cierzo.es",
     local="Tue 2026-10-27 16:00", local_end="2026-10-27 17:00", zone=MAD,
     note="SmartRecruiters, Spain: sent Wed 21 Oct in CEST for 'martes, 27 de octubre, 16:00 - 17:00 "
          "(hora peninsular, CET)'; Spain falls back on 25 Oct -> UTC+1 -> 15:00Z-16:00Z, and the "
          "'12:00 en Mendoza' line agrees; contact = Reply-To recruiter")
def g5():
    when = "2026-10-21 10:15"
    body = t("""
        Hola Florencia:

        ¡Gracias por tu interés en Cierzo Tecnologías! Te confirmamos la entrevista para la
        posición de Ingeniera/o de Software - Integraciones EDI.

        Fecha: martes, 27 de octubre de 2026
        Hora: 16:00 - 17:00 (hora peninsular, CET)
        Formato: videollamada (Google Meet). Recibirás el enlace el mismo día por la mañana.
        Entrevistadoras: Lucía Ferrer (Talent) y Nerea Olabarria (Engineering Manager)

        Ten en cuenta que este domingo 25 cambiamos al horario de invierno: para ti, en
        Mendoza, la entrevista será a las 12:00.

        Si necesitas cualquier cosa, responde a este correo.

        Un saludo,
        Lucía Ferrer
        Talent Acquisition · Cierzo Tecnologías
        """)
    page = "<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("Lucía Ferrer (Cierzo Tecnologías)", "no-reply@smartrecruiters.com"),
              "Confirmación de entrevista: Ingeniera/o de Software – Integraciones EDI",
              when, MAD, mid("g5", "smartrecruiters.com"),
              reply_to=addr("Lucía Ferrer", "lucia.ferrer@cierzo.es"),
              rcv=mx("mta-07.smartrecruiters.com", "185.12.80.7", when, MAD, "g5"))
    return message(hs, alt(text(body), html(page)))


# 6 ------------------------------------------------------------------ iCIMS, Chicago, US DST edge, MM/DD
@pos(6, family="icims", lang="en", kind="scheduled", company="Tallow Creek Foods",
     contact="brandon.miller@tallowcreek.com",
     local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone=CHI,
     note="iCIMS (windows-1252 QP), sent Wed 28 Oct in CDT; 'Monday, 11/02/2026' is US MM/DD = 2 Nov, "
          "the day after US clocks fall back -> 9:00-10:00 AM CST = 15:00Z-16:00Z (12:00 Mendoza); "
          "contact = interviewer address in the body")
def g6():
    when = "2026-10-28 15:40"
    body = t("""
        Dear Florencia,

        Thank you for your interest in the Software Engineer II, Distribution Systems position
        (Req #2026-4471) at Tallow Creek Foods. We are pleased to confirm your video interview:

            Date:         Monday, 11/02/2026
            Time:         9:00 AM – 10:00 AM Central Time
            Format:       Microsoft Teams (link below)
            Interviewer:  Brandon Miller, Engineering Manager – Warehouse Systems

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TCF4471%40thread.v2/0

        If you need to reschedule, please contact Brandon Miller directly at
        brandon.miller@tallowcreek.com at least 24 hours in advance.

        Sincerely,
        Talent Acquisition
        Tallow Creek Foods

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = "<html><body style=\"font-family:Calibri,sans-serif\"><pre style=\"font-family:Calibri,sans-serif\">" + \
        body.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>\n"
    hs = head("Tallow Creek Foods <tallowcreek-talent@talent.icims.com>",
              "Interview Scheduled - Software Engineer II, Distribution Systems (Req #2026-4471)",
              when, CHI, mid("g6", "talent.icims.com"),
              rcv=mx("mail1.talent.icims.com", "192.0.2.71", when, CHI, "g6"))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


# 7 ------------------------------------------------------------------ Workable, relay Reply-To
@pos(7, family="workable", lang="es", kind="scheduled", company="Pampa Cargo Tech",
     contact="rocio.pereyra@pampacargo.com.ar",
     local="Mon 2026-10-05 11:30", zone=BA,
     note="Workable message, recruiter prose 'lunes 05/10 a las 11:30 (hora Argentina)' -> 14:30Z; "
          "'calculá una hora más o menos' is approximate -> end null; Reply-To is a Workable relay, "
          "contact = recruiter address in the body")
def g7():
    when = "2026-09-30 16:02"
    body = t("""
        Hola Florencia!

        Buenísimo, te confirmo entonces la entrevista con Nico Ferraro (nuestro CTO) para el
        lunes 05/10 a las 11:30 (hora Argentina). Es por Google Meet:
        https://meet.google.com/pct-vbnu-hoa

        Calculá una hora más o menos. Nico va a querer charlar sobre integraciones con
        aduana y trazabilidad de pallets, así que si tenés algo para mostrar, mejor.

        Cualquier cosa escribime a rocio.pereyra@pampacargo.com.ar o respondé este mail.

        Abrazo,
        Rocío Pereyra
        People & Talent – Pampa Cargo Tech

        --
        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hola Florencia!</p>
        <p>Buenísimo, te confirmo entonces la entrevista con Nico Ferraro (nuestro CTO) para el lunes 05/10 a las 11:30 (hora Argentina). Es por Google Meet: <a href="https://meet.google.com/pct-vbnu-hoa">https://meet.google.com/pct-vbnu-hoa</a></p>
        <p>Calculá una hora más o menos. Nico va a querer charlar sobre integraciones con aduana y trazabilidad de pallets, así que si tenés algo para mostrar, mejor.</p>
        <p>Cualquier cosa escribime a <a href="mailto:rocio.pereyra@pampacargo.com.ar">rocio.pereyra@pampacargo.com.ar</a> o respondé este mail.</p>
        <p>Abrazo,<br>Rocío Pereyra<br>People &amp; Talent – Pampa Cargo Tech</p>
        <p style="color:#9aa;font-size:11px">Powered by Workable</p>
        </body></html>
        """)
    hs = head(addr("Rocío Pereyra - Pampa Cargo Tech", "pampa-cargo-tech@workablemail.com"),
              "Re: Entrevista – Desarrolladora ERP / Integraciones", when, BA,
              mid("g7", "workablemail.com"),
              reply_to="pampa-cargo-tech+c4f9e2a1d7@candidates.workablemail.com",
              rcv=mx("mail-out.workablemail.com", "198.51.100.88", when, BA, "g7"))
    return message(hs, alt(text(body, cte="8bit"), html(page, cte="8bit")))


# 8 ------------------------------------------------------------------ Calendly, invitee in Argentina time
@pos(8, family="calendly", lang="en", kind="scheduled", company="Prairie Vintners Supply",
     contact="dan.kowalski@prairievintners.com",
     local="Wed 2026-09-16 13:30", local_end="2026-09-16 14:00", zone=BA,
     note="Calendly invitee confirmation shown in the invitee's zone '1:30pm - 2:00pm (Argentina Time)' "
          "-> 16:30Z-17:00Z (the Chicago host's 11:30am CDT); Date is in UTC; contact = Reply-To host")
def g8():
    when = "2026-09-08 19:47"
    body = t("""
        Hi Florencia Giménez,

        Your Hiring Screen - Integrations Engineer with Dan Kowalski at 1:30pm - 2:00pm
        (Argentina Time) on Wednesday, September 16, 2026 is scheduled.

        Event Type:
        Hiring Screen - Integrations Engineer

        Event Date/Time:
        1:30pm - 2:00pm (Argentina Time), Wednesday, September 16, 2026

        Location:
        This is a Zoom web conference.
        https://prairievintners.zoom.us/j/92048113675

        Invitee Time Zone:
        Argentina Time

        Questions:
        Anything you'd like Dan to know beforehand?
        I currently run EDI and bonded-warehouse integrations for a wine logistics operator.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8f1d2c3b-4a5e-4f60-9b7c-d8e9f0a1b2c3
        Reschedule: https://calendly.com/reschedulings/8f1d2c3b-4a5e-4f60-9b7c-d8e9f0a1b2c3

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Florencia Giménez,</p>
        <p>Your Hiring Screen - Integrations Engineer with Dan Kowalski at 1:30pm - 2:00pm (Argentina Time) on Wednesday, September 16, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Screen - Integrations Engineer</p>
        <p><b>Event Date/Time:</b><br>1:30pm - 2:00pm (Argentina Time), Wednesday, September 16, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://prairievintners.zoom.us/j/92048113675">https://prairievintners.zoom.us/j/92048113675</a></p>
        <p><b>Invitee Time Zone:</b><br>Argentina Time</p>
        <p><a href="https://calendly.com/cancellations/8f1d2c3b-4a5e-4f60-9b7c-d8e9f0a1b2c3">Cancel</a> |
        <a href="https://calendly.com/reschedulings/8f1d2c3b-4a5e-4f60-9b7c-d8e9f0a1b2c3">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8f1d2c3b-4a5e-4f60-9b7c-d8e9f0a1b2c3@calendly.com
        DTSTAMP:20260908T194700Z
        DTSTART:20260916T163000Z
        DTEND:20260916T170000Z
        SUMMARY:Hiring Screen - Integrations Engineer between Dan Kowalski and Florencia Giménez
        LOCATION:https://prairievintners.zoom.us/j/92048113675
        ORGANIZER;CN=Dan Kowalski:mailto:dan.kowalski@prairievintners.com
        ATTENDEE;CN=Florencia Giménez;RSVP=TRUE:mailto:florencia.gimenez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Hiring Screen - Integrations Engineer with Dan Kowalski on Wednesday, "
              "September 16, 2026",
              when, "UTC", mid("g8", "calendly.com"),
              reply_to="Dan Kowalski <dan.kowalski@prairievintners.com>",
              rcv=mx("o1.email.calendly.com", "167.89.64.21", when, "UTC", "g8"))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="8bit", filename="invite.ics", disposition="attachment")))


# 9 ------------------------------------------------------------------ hiring manager prose, "next Monday", ET
@pos(9, family="human_prose", lang="en", kind="scheduled", company="Oriole Supply Chain",
     contact="jasmine.okafor@oriolesc.com",
     local="Mon 2026-11-09 10:00", local_end="2026-11-09 10:45", zone=NY,
     note="Reply sent Tue 3 Nov: 'next Monday at 10 ET' = Mon 9 Nov, EST (UTC-5, clocks went back on "
          "1 Nov) -> 15:00Z, and 'noon for you in Mendoza' agrees; 'We'll need 45 minutes' is an exact "
          "length -> end 15:45Z; contact = sender")
def g9():
    when = "2026-11-03 09:14"
    body = t("""
        Hi Florencia,

        Great - you're locked in for next Monday at 10 ET with me and Raj (our VP of
        Operations Engineering). That should be noon for you in Mendoza now that our clocks
        went back - we were only an hour apart last week, which confused me too.

        We'll need 45 minutes. I'll send a Zoom link the day before.

        Talk soon,
        Jasmine

        --
        Jasmine Okafor | Engineering Manager, Fulfillment Platform
        Oriole Supply Chain | New York, NY

        On Mon, Nov 2, 2026 at 6:41 PM Florencia Giménez <florencia.gimenez@example.org> wrote:
        > Hi Jasmine,
        >
        > Thanks for the quick turnaround! Monday or Tuesday morning your time both work
        > for me next week - whatever suits Raj best.
        >
        > Best,
        > Florencia
        >
        > On Mon, Nov 2, 2026 at 4:05 PM Jasmine Okafor <jasmine.okafor@oriolesc.com> wrote:
        >> Hi Florencia - Raj would love to meet you before we make a decision. Could you
        >> send me a couple of options for next week?
        """)
    hs = head("Jasmine Okafor <jasmine.okafor@oriolesc.com>", "Re: Next step - Oriole Supply Chain",
              when, NY, "<CAJx7wq1Hk0pR9o+Zt3mE2yLxQv8b5nWd0Fh@mail.gmail.com>",
              rcv=mx("mail-yw1-f178.google.com", "209.85.128.178", when, NY, "g9"),
              extra=(("In-Reply-To", "<CAFg0mz8Q2tVJrq1cWkXb4a9Hn@mail.gmail.com>"),
                     ("References", "<CAJx7wq0aa1pL3s@mail.gmail.com> <CAFg0mz8Q2tVJrq1cWkXb4a9Hn@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 10 ----------------------------------------------------------------- Microsoft Bookings, Santiago, standard-offset label
@pos(10, family="microsoft_bookings", lang="es", kind="scheduled", company="Copihue Logística",
     contact="ignacio.rojas@copihue.cl",
     local="Thu 2026-10-15 09:30", local_end="2026-10-15 10:15", zone=SCL,
     note="Bookings confirmation; the label '(UTC-04:00) Santiago' is the Windows standard offset but "
          "Chile is on summer time (UTC-3) in October -> 12:30Z-13:15Z, which the ICS (TZID Pacific SA "
          "Standard Time) confirms; From is the Bookings mailbox, contact = staff address in the body")
def g10():
    when = "2026-10-07 21:18"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <table style="width:600px"><tr><td>
        <h2 style="font-weight:600">Se ha confirmado su reserva</h2>
        <p>Hola Florencia Giménez:</p>
        <p>Gracias por reservar con Copihue Logística. Los detalles de su cita:</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista técnica - Desarrollo WMS</td></tr>
        <tr><td style="color:#605e5c">Fecha</td><td>jueves, 15 de octubre de 2026</td></tr>
        <tr><td style="color:#605e5c">Hora</td><td>9:30 - 10:15 (UTC-04:00) Santiago</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Ignacio Rojas</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_COPI1015%40thread.v2/0">Unirse a la reunión de Teams</a></p>
        <p>Contacto: Ignacio Rojas, Jefe de Desarrollo &middot;
        <a href="mailto:ignacio.rojas@copihue.cl">ignacio.rojas@copihue.cl</a> &middot; +56 2 2940 7711</p>
        <p><a href="https://outlook.office365.com/owa/calendar/EntrevistasTI@copihue.cl/bookings/">Administrar la reserva</a></p>
        <p style="font-size:11px;color:#8a8886">Con la tecnología de Microsoft Bookings</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_SCL_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Copihue Logística - Entrevistas:mailto:EntrevistasTI@copihue.cl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Giménez:mailto:florencia.gimenez@example.org
        DESCRIPTION;LANGUAGE=es-CL:Entrevista técnica - Desarrollo WMS con Ignacio Rojas
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A7080000000000000000100000001A2B3C4D5E6F
        SUMMARY;LANGUAGE=es-CL:Entrevista técnica - Desarrollo WMS
        DTSTART;TZID=Pacific SA Standard Time:20261015T093000
        DTEND;TZID=Pacific SA Standard Time:20261015T101500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261008T001800Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Copihue Logística - Entrevistas <EntrevistasTI@copihue.cl>",
              "Reserva confirmada: Entrevista técnica - Desarrollo WMS", when, "UTC",
              "<SCYP152MB60840D7E1F2C3B4A5D6E7F80919@SCYP152MB6084.LAMP152.PROD.OUTLOOK.COM>",
              rcv=mx("mail-scyp152cu001.outbound.protection.outlook.com", "52.101.10.44", when, "UTC", "g10"),
              extra=(("X-MS-Has-Attach", "yes"), ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", name_param=True)))


# 11 ----------------------------------------------------------------- Outlook meeting request, time only in the ICS
@pos(11, family="exchange_outlook", lang="es", kind="scheduled", company="Banco Andino del Plata",
     contact="gpereyra@bancoandino.com.ar",
     local="Tue 2026-10-20 14:30", local_end="2026-10-20 15:30", zone=BA,
     note="Outlook meeting request whose body has no date or time (only Teams boilerplate); ICS "
          "DTSTART;TZID=Argentina Standard Time 20261020T143000, DTEND 15:30 -> 17:30Z-18:30Z; "
          "contact = organizer/sender. Moved two days later (thread)")
def g11():
    when = "2026-10-14 10:05"
    body = t("""
        Florencia, como hablamos por teléfono te mando la invitación para la entrevista técnica
        con el equipo de Comercio Exterior (Marcela Quiroga y yo). Cualquier cosa me avisás.

        Saludos,
        Gustavo

        """) + TEAMS_ES.format(code="MjQ5OTdlZTgtNzA1", mid="274 118 553 902", pw="Qh7rT2") + t("""

        Gustavo Pereyra
        Gerencia de Sistemas – Comercio Exterior
        Banco Andino del Plata
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ART_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gustavo Pereyra:mailto:gpereyra@bancoandino.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florencia.gimenez@example.org:mailto:florencia.gimenez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcela Quiroga:mailto:mquiroga@bancoandino.com.ar
        DESCRIPTION;LANGUAGE=es-AR:Florencia\\, como hablamos por teléfono te mando la invitación para la entrevista técnica con el equipo de Comercio Exterior.\\n
        UID:040000008200E00074C5B7101A82E00800000000C07E2B7E6A5BDC01000000000000000010000000E4A1F2B3C4D5E6F708
        SUMMARY;LANGUAGE=es-AR:Entrevista técnica - Florencia Giménez - Analista Sr. Comercio Exterior
        DTSTART;TZID=Argentina Standard Time:20261020T143000
        DTEND;TZID=Argentina Standard Time:20261020T153000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261014T130500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117834559
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
    hs = head("Gustavo Pereyra <gpereyra@bancoandino.com.ar>",
              "Entrevista técnica - Florencia Giménez - Analista Sr. Comercio Exterior", when, BA,
              "<CP2PR80MB4478A1C9E2F3B4D5A6C7E8F9@CP2PR80MB4478.lamprd80.prod.outlook.com>",
              rcv=mx("mail-cp2pr80cu001.outbound.protection.outlook.com", "52.101.201.12", when, BA, "g11"),
              extra=(("Thread-Topic", enc("Entrevista técnica - Florencia Giménez - Analista Sr. Comercio Exterior")),
                     ("Thread-Index", "AdtO0pN1x2Yw8kQ7T0mFq3wZ9aBcDw=="),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("Content-Language", "es-AR")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# 12 ----------------------------------------------------------------- forward to self, Zoom invitation pasted, Córdoba
def _g12_inner() -> bytes:
    when = "2026-11-27 12:40"
    body = t("""
        Hola Florencia, ¿cómo estás?

        Como quedamos por teléfono, te paso el link para la entrevista del jueves 3 a las 16.
        Vamos a estar Pablo Carranza (líder técnico) y yo; dura 45 minutos.

        Valentina Ludueña le está invitando a una reunión de Zoom programada.

        Tema: Entrevista Florencia Giménez - Sr. Developer ERP
        Hora: 3 dic 2026 04:00 p. m. Buenos Aires, Georgetown

        Unirse a la reunión Zoom
        https://us06web.zoom.us/j/87720341198?pwd=SmNhc2lDaGljYXMyMDI2

        ID de reunión: 877 2034 1198
        Código de acceso: 551903

        Saludos!
        Valentina Ludueña
        Recursos Humanos | Sierras Chicas Software
        Córdoba, Argentina
        """)
    hs = head("Valentina Ludueña <valentina.luduena@sierraschicas.com.ar>",
              "Entrevista con Sierras Chicas Software", when, BA,
              "<CAMp4y2Vz1c9K0qWx@mail.gmail.com>", to="Florencia Gimenez <flor.gimenez@example.net>")
    return message(hs, text(body, cte="8bit"))


@pos(12, family="zoom", lang="es", kind="scheduled", company="Sierras Chicas Software",
     contact="valentina.luduena@sierraschicas.com.ar",
     local="Thu 2026-12-03 16:00", local_end="2026-12-03 16:45", zone=BA,
     note="Florencia forwards (message/rfc822) a recruiter mail from her other mailbox to herself; Zoom "
          "block 'Hora: 3 dic 2026 04:00 p. m. Buenos Aires' and 'el jueves 3 a las 16' -> 19:00Z; "
          "'dura 45 minutos' -> end 19:45Z; the sender is the candidate, contact = recruiter in the "
          "forwarded header")
def g12():
    when = "2026-11-27 20:15"
    note = t("""
        me lo reenvío para tenerlo en esta casilla

        Enviado desde mi Galaxy
        """)
    hs = head("Florencia Gimenez <flor.gimenez@example.net>", "Fwd: Entrevista con Sierras Chicas Software",
              when, MZA, mid("g12", "mail.example.net"))
    return message(hs, mixed(text(note),
                             attached_message(_g12_inner(), "Entrevista con Sierras Chicas Software.eml")))


# 13 ----------------------------------------------------------------- Google Calendar all-day event, time in the text
@pos(13, family="google_calendar", lang="es", kind="scheduled", company="Bodega Los Alerces de Agrelo",
     contact="sofia.bustos@losalerces.com.ar",
     local="Fri 2026-09-11 17:00", zone=MZA,
     note="Google Calendar invitation for an ALL-DAY event on vie 11 sept; the description says 'el "
          "viernes de la semana que viene a las 17 hs' (sent Wed 2 Sep -> Fri 11 Sep, the all-day date "
          "agrees) -> 17:00 Mendoza = 20:00Z; no end; contact = organizer")
def g13():
    when = "2026-09-02 15:22"
    body = t("""
        Sofía Bustos te invitó a un evento.

        Entrevista Florencia Giménez - Analista ERP Logística
        Cuándo
        vie 11 sept 2026

        Ubicación
        Bodega Los Alerces, Ruta Prov. 15 km 23, Agrelo, Luján de Cuyo
        https://maps.google.com/maps?q=Bodega+Los+Alerces+Agrelo

        Organizador
        Sofía Bustos
        sofia.bustos@losalerces.com.ar

        Invitados
        Sofía Bustos - organizador
        florencia.gimenez@example.org
        marcelo.funes@losalerces.com.ar

        Flor, te bloqueo el día en el calendario para que no se te pise con nada. La
        entrevista es el viernes de la semana que viene a las 17 hs acá en la bodega, con
        Marcelo Funes (gerente de logística) y conmigo. Preguntá por mí en la garita.

        Ver todos los detalles del evento
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2xhbGVyY2VzMjAyNjA5MTE

        Invitación de Google Calendar
        Recibes este correo electrónico porque eres un invitado del evento. Para dejar de
        recibir actualizaciones de este evento, rechaza la invitación.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p>Sofía Bustos te invitó a un evento.</p>
        <h2 style="font-size:20px;font-weight:400">Entrevista Florencia Giménez - Analista ERP Logística</h2>
        <table><tr><td style="color:#70757a">Cuándo</td><td>vie 11 sept 2026</td></tr>
        <tr><td style="color:#70757a">Ubicación</td><td>Bodega Los Alerces, Ruta Prov. 15 km 23, Agrelo, Luján de Cuyo</td></tr>
        <tr><td style="color:#70757a">Organizador</td><td>Sofía Bustos<br>sofia.bustos@losalerces.com.ar</td></tr>
        <tr><td style="color:#70757a">Invitados</td><td>Sofía Bustos - organizador<br>florencia.gimenez@example.org<br>marcelo.funes@losalerces.com.ar</td></tr></table>
        <p>Flor, te bloqueo el día en el calendario para que no se te pise con nada. La entrevista es el viernes de la semana que viene a las 17 hs acá en la bodega, con Marcelo Funes (gerente de logística) y conmigo. Preguntá por mí en la garita.</p>
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
        DTSTART;VALUE=DATE:20260911
        DTEND;VALUE=DATE:20260912
        DTSTAMP:20260902T182200Z
        ORGANIZER;CN=Sofía Bustos:mailto:sofia.bustos@losalerces.com.ar
        UID:7lalerces20260911agrelo@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florencia.gimenez@example.org;X-NUM-GUESTS=0:mailto:florencia.gimenez@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcelo Funes;X-NUM-GUESTS=0:mailto:marcelo.funes@losalerces.com.ar
        DESCRIPTION:Flor\\, te bloqueo el día en el calendario para que no se te pise con nada. La entrevista es el viernes de la semana que viene a las 17 hs acá en la bodega.
        LOCATION:Bodega Los Alerces\\, Ruta Prov. 15 km 23\\, Agrelo\\, Luján de Cuyo
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Florencia Giménez - Analista ERP Logística
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Sofía Bustos <sofia.bustos@losalerces.com.ar>",
              "Invitación: Entrevista Florencia Giménez - Analista ERP Logística @ vie 11 sept 2026 "
              "(florencia.gimenez@example.org)", when, MZA,
              "<calendar-5b1f0e6a-2c7d-4e9b-9a01-3f4d2e8c7b6a@google.com>",
              reply_to="sofia.bustos@losalerces.com.ar",
              rcv=mx("mail-sor-f73.google.com", "209.85.220.73", when, MZA, "g13"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(page),
                                 calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# 14 ----------------------------------------------------------------- phone reply, "mañana a primera hora, 8.30"
@pos(14, family="human_prose", lang="es", kind="scheduled", company="Fletes Cuyanos",
     contact="darancibia@fletescuyanos.com.ar",
     local="Tue 2026-11-17 08:30", zone=MZA,
     note="Phone reply sent Mon 16 Nov 07:02 (-0300): 'mañana a primera hora entonces, 8.30' = Tue 17 "
          "Nov 08:30 Mendoza -> 11:30Z; no length; contact = sender (hiring manager)")
def g14():
    when = "2026-11-16 07:02"
    body = t("""
        Dale Florencia, mañana a primera hora entonces, 8.30, en la oficina de Godoy Cruz
        (Rodríguez Peña 2450, 1er piso). Preguntá por mí en recepción. Traete la notebook
        si querés mostrar algo del WMS.

        Diego

        Enviado desde mi iPhone

        > El 15 nov 2026, a las 21:48, Florencia Giménez <florencia.gimenez@example.org> escribió:
        >
        > Hola Diego, gracias por la respuesta. ¿Podría ser el martes temprano? Después
        > de las 10 tengo que estar en la oficina.
        >
        > Saludos,
        > Florencia
        >
        >> El 13 nov 2026, a las 17:20, Diego Arancibia <darancibia@fletescuyanos.com.ar> escribió:
        >>
        >> Florencia, ¿cómo va? Vi tu CV para Responsable de Sistemas. ¿Tenés un rato
        >> la semana que viene para venir a charlar?
        """)
    hs = head("Diego Arancibia <darancibia@fletescuyanos.com.ar>",
              "Re: Entrevista – Responsable de Sistemas", when, MZA,
              "<8D3F1A2B-77C4-4E0A-9B5E-2C1D4F6A8E90@fletescuyanos.com.ar>",
              rcv=mx("smtp.fletescuyanos.com.ar", "200.45.118.9", when, MZA, "g14"),
              extra=(("In-Reply-To", "<CAFg9vN2p7Q@mail.gmail.com>"), ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, params="format=flowed"))


# 15 ----------------------------------------------------------------- consultant, usted, "a las nueve menos cuarto", latin-1
@pos(15, family="human_prose", lang="es", kind="scheduled", company="Grupo Uco Alimentos",
     contact="bhidalgo@hidalgoconsultores.com.ar",
     local="Wed 2026-12-09 08:45", zone=MZA,
     note="Search consultant (iso-8859-1 QP) confirms the interview with her client: 'el mié. 9 de "
          "diciembre a las nueve menos cuarto' = 08:45 Mendoza -> 11:45Z; 'aproximadamente una hora' "
          "-> end null; company = the hiring client; contact = sender")
def g15():
    when = "2026-12-03 18:10"
    body = t("""
        Estimada Sra. Giménez:

        Tengo el agrado de confirmarle la entrevista con el Directorio de Grupo Uco Alimentos
        para la posición de Gerente de Sistemas y Logística. La misma se realizará el
        mié. 9 de diciembre a las nueve menos cuarto, en nuestras oficinas de Av. Colón 531,
        4º piso, Ciudad de Mendoza.

        Le ruego puntualidad, ya que a continuación el Directorio tiene otra reunión. La
        entrevista durará aproximadamente una hora. Le sugiero traer una copia impresa de su CV.

        Quedo a su disposición ante cualquier consulta.

        Cordialmente,

        Lic. Beatriz Hidalgo
        Socia Directora
        Hidalgo & Asociados – Consultores en Búsqueda de Ejecutivos
        Av. Colón 531, 4º piso – (5500) Mendoza
        Tel. (0261) 429-5530
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body lang="ES-AR"><div class="WordSection1">
        <p class="MsoNormal">Estimada Sra. Giménez:</p>
        <p class="MsoNormal">Tengo el agrado de confirmarle la entrevista con el Directorio de Grupo Uco Alimentos para la posición de Gerente de Sistemas y Logística. La misma se realizará el <b>mié. 9 de diciembre a las nueve menos cuarto</b>, en nuestras oficinas de Av. Colón 531, 4º piso, Ciudad de Mendoza.</p>
        <p class="MsoNormal">Le ruego puntualidad, ya que a continuación el Directorio tiene otra reunión. La entrevista durará aproximadamente una hora. Le sugiero traer una copia impresa de su CV.</p>
        <p class="MsoNormal">Quedo a su disposición ante cualquier consulta.</p>
        <p class="MsoNormal">Cordialmente,</p>
        <p class="MsoNormal"><b>Lic. Beatriz Hidalgo</b><br>Socia Directora<br>Hidalgo &amp; Asociados – Consultores en Búsqueda de Ejecutivos<br>Av. Colón 531, 4º piso – (5500) Mendoza<br>Tel. (0261) 429-5530</p>
        </div></body></html>
        """).replace("–", "-")
    body = body.replace("–", "-")
    hs = head("Lic. Beatriz Hidalgo <bhidalgo@hidalgoconsultores.com.ar>",
              "Confirmación entrevista - Grupo Uco Alimentos", when, MZA,
              "<000c01dd6a3f$4b2e1c90$e18a55b0$@hidalgoconsultores.com.ar>",
              rcv=mx("mail.hidalgoconsultores.com.ar", "200.69.22.140", when, MZA, "g15"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtFw2Q1aB9xZ3NcRk2Y7pL0eHqUvA=="),
                     ("Content-Language", "es-ar")),
              charset="iso-8859-1")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


# 16 ----------------------------------------------------------------- GoodTime, virtual onsite itinerary, Eastern
@pos(16, family="goodtime", lang="en", kind="scheduled", company="Keel & Compass Software",
     contact="marisol.vega@keelcompass.com",
     local="Thu 2026-12-10 10:00", local_end="2026-12-10 12:45", zone=NY,
     note="GoodTime itinerary (HTML only, base64), three sessions on Thu 10 Dec, 'All times Eastern "
          "Time (ET)', EST = UTC-5: first start 10:00 -> 15:00Z, last end 12:45 -> 17:45Z; contact = "
          "Reply-To coordinator")
def g16():
    when = "2026-12-01 13:20"
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Your interview itinerary</title></head>
        <body style="margin:0;background:#f6f7fb;font-family:Helvetica,Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
        <tr><td style="padding:24px 32px;font-size:15px;color:#2d3748">
        <p>Hi Florencia,</p>
        <p>Your virtual onsite for <strong>Senior Software Engineer, Fleet Data</strong> with Keel &amp; Compass Software is confirmed. Here is your itinerary:</p>
        <p style="font-size:17px;font-weight:bold">Thursday, December 10, 2026</p>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr style="background:#edf2f7"><th align="left">Time (ET)</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>10:00 AM &ndash; 10:45 AM</td><td>System Design</td><td>Tomas Whitfield</td></tr>
        <tr><td>11:00 AM &ndash; 11:45 AM</td><td>Coding (shared editor)</td><td>Hannah Brooks</td></tr>
        <tr><td>12:00 PM &ndash; 12:45 PM</td><td>Hiring Manager</td><td>Greg Odell</td></tr>
        </table>
        <p style="color:#718096;font-size:13px">All times Eastern Time (ET). Each session has its own Zoom link in the calendar invitations you will receive separately.</p>
        <p>Questions or need an accommodation? Reply to this email to reach your coordinator, Marisol Vega.</p>
        <p>Good luck!<br>Keel &amp; Compass Recruiting</p>
        </td></tr></table>
        <p style="font-size:11px;color:#a0aec0">Sent via GoodTime</p>
        </td></tr></table></body></html>
        """)
    hs = head("Keel & Compass Recruiting <scheduling@goodtime.io>",
              "Your virtual onsite with Keel & Compass Software is confirmed", when, NY,
              mid("g16", "goodtime.io"),
              reply_to="Marisol Vega <marisol.vega@keelcompass.com>",
              rcv=mx("o3.mail.goodtime.io", "168.245.9.33", when, NY, "g16"))
    return message(hs, html(page, cte="base64"))


# 17 ----------------------------------------------------------------- Outlook update of #11, old and new time
@pos(17, family="exchange_outlook", lang="es", kind="rescheduled", company="Banco Andino del Plata",
     contact="gpereyra@bancoandino.com.ar",
     local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=BA,
     note="Outlook update (same UID, SEQUENCE:1) of the 20 Oct interview: body 'del martes 20/10 a las "
          "14:30 al jueves 22/10 a las 10:00'; ICS Argentina Standard Time 10:00-11:00 -> 13:00Z-14:00Z; "
          "labelled with the new time; contact = organizer/sender")
def g17():
    when = "2026-10-16 17:40"
    body = t("""
        Florencia, disculpá: se nos complicó la agenda del martes por una auditoría. Pasamos la
        entrevista del martes 20/10 a las 14:30 al jueves 22/10 a las 10:00. Mismo link de
        Teams, y se suma también Marcela.

        Perdón por el cambio y gracias por la flexibilidad.

        Gustavo

        """) + TEAMS_ES.format(code="MjQ5OTdlZTgtNzA1", mid="274 118 553 902", pw="Qh7rT2")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ART_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gustavo Pereyra:mailto:gpereyra@bancoandino.com.ar
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florencia.gimenez@example.org:mailto:florencia.gimenez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcela Quiroga:mailto:mquiroga@bancoandino.com.ar
        UID:040000008200E00074C5B7101A82E00800000000C07E2B7E6A5BDC01000000000000000010000000E4A1F2B3C4D5E6F708
        SUMMARY;LANGUAGE=es-AR:Entrevista técnica - Florencia Giménez - Analista Sr. Comercio Exterior
        DTSTART;TZID=Argentina Standard Time:20261022T100000
        DTEND;TZID=Argentina Standard Time:20261022T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261016T204000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2117834559
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Gustavo Pereyra <gpereyra@bancoandino.com.ar>",
              "Entrevista técnica - Florencia Giménez - Analista Sr. Comercio Exterior", when, BA,
              "<CP2PR80MB4478F0E1D2C3B4A5968778695A4B@CP2PR80MB4478.lamprd80.prod.outlook.com>",
              rcv=mx("mail-cp2pr80cu002.outbound.protection.outlook.com", "52.101.201.19", when, BA, "g17"),
              extra=(("Thread-Topic", enc("Entrevista técnica - Florencia Giménez - Analista Sr. Comercio Exterior")),
                     ("Thread-Index", "AdtO0pN1x2Yw8kQ7T0mFq3wZ9aBcDwAQx1Rk"),
                     ("Content-Language", "es-AR")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# 18 ----------------------------------------------------------------- Chilean recruiter moves #4
@pos(18, family="human_prose", lang="es", kind="rescheduled", company="Viña Austral",
     contact="catalina.munoz@vinaaustral.cl",
     local="Wed 2026-09-23 16:00", local_end="2026-09-23 17:00", zone=SCL,
     note="Recruiter (Santiago) moves the Workday interview 'del martes 22/09 a las 10:00 para el "
          "miércoles 23/09 a las 16:00 hrs (hora de Chile)'; Chile UTC-3 since 6 Sep -> 19:00Z; "
          "'la duración se mantiene: 60 minutos' -> 20:00Z; contact = sender")
def g18():
    when = "2026-09-18 12:05"
    body = t("""
        Hola Florencia:

        Junto con saludar, te escribo porque Rodrigo tuvo que viajar a la planta de Curicó el
        martes. Reprogramamos tu entrevista del martes 22/09 a las 10:00 para el miércoles
        23/09 a las 16:00 hrs (hora de Chile; en Mendoza también son las 16:00, ahora que
        acá estamos con horario de verano).

        La duración se mantiene: 60 minutos. Te llegará una nueva invitación de Teams y la
        anterior quedará anulada.

        Disculpa las molestias. Quedo atenta.

        Saludos cordiales,

        Catalina Muñoz Araya
        Reclutamiento TI | Gerencia de Personas
        Viña Austral S.A.
        +56 9 6120 4478
        """)
    page = "<html><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n"
    hs = head("Catalina Muñoz Araya <catalina.munoz@vinaaustral.cl>",
              "Reprogramación entrevista - Analista Senior de Sistemas Logísticos", when, SCL,
              "<SCXP152MB5321B7C1E0A94F2D8E6A0C3F7B11@SCXP152MB5321.LAMP152.PROD.OUTLOOK.COM>",
              rcv=mx("mail-scxp152cu003.outbound.protection.outlook.com", "52.101.12.30", when, SCL, "g18"),
              extra=(("Content-Language", "es-CL"),))
    return message(hs, alt(text(body), html(page)))


# 19 ----------------------------------------------------------------- Google Calendar update across the US DST change
@pos(19, family="google_calendar", lang="en", kind="rescheduled", company="Redwood Lane Software",
     contact="kyle.brennan@redwoodlane.io",
     local="Thu 2026-11-05 15:00", local_end="2026-11-05 16:00", zone=BA,
     note="Google Calendar 'Updated invitation' rendered in the invitee's zone: 'Thursday Nov 5, 2026 "
          "3pm - 4pm (Argentina Standard Time - Buenos Aires)' -> 18:00Z-19:00Z; ICS 10:00 "
          "America/Los_Angeles (PST after 1 Nov) agrees; the note states the old slot (Oct 29, 2pm "
          "ART); contact = organizer")
def g19():
    when = "2026-10-27 11:30"
    body = t("""
        This event has been updated
        Changed: date

        Final round - Redwood Lane Software (Florencia Giménez)
        When
        Changed: Thursday Nov 5, 2026 ⋅ 3pm – 4pm (Argentina Standard Time - Buenos Aires)

        Joining info
        Join with Google Meet
        meet.google.com/rls-tpgk-wxe

        Organizer
        Kyle Brennan
        kyle.brennan@redwoodlane.io

        Guests
        Kyle Brennan - organizer
        florencia.gimenez@example.org
        ines.calloway@redwoodlane.io

        Moving this from Thursday Oct 29 (2pm your time) to the following Thursday so Ines
        can join after her trip. Same Meet link. Heads-up that it lands after our DST
        change, so it's 10am Pacific for us but 3pm for you.

        Reply for florencia.gimenez@example.org
        Yes   No   Maybe   More options
        https://calendar.google.com/calendar/event?action=RESPOND&eid=cmxzZmluYWwyMDI2

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px;color:#70757a">This event has been updated<br>Changed: date</p>
        <h2 style="font-weight:400">Final round - Redwood Lane Software (Florencia Giménez)</h2>
        <table>
        <tr><td style="color:#70757a">When</td><td><span style="color:#d93025">Changed:</span> Thursday Nov 5, 2026 &#8901; 3pm &ndash; 4pm (Argentina Standard Time - Buenos Aires)</td></tr>
        <tr><td style="color:#70757a">Joining info</td><td><a href="https://meet.google.com/rls-tpgk-wxe">meet.google.com/rls-tpgk-wxe</a></td></tr>
        <tr><td style="color:#70757a">Organizer</td><td>Kyle Brennan<br>kyle.brennan@redwoodlane.io</td></tr>
        </table>
        <p>Moving this from Thursday Oct 29 (2pm your time) to the following Thursday so Ines can join after her trip. Same Meet link. Heads-up that it lands after our DST change, so it&#39;s 10am Pacific for us but 3pm for you.</p>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_LA + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Los_Angeles:20261105T100000
        DTEND;TZID=America/Los_Angeles:20261105T110000
        DTSTAMP:20261027T183000Z
        ORGANIZER;CN=Kyle Brennan:mailto:kyle.brennan@redwoodlane.io
        UID:3rl5final0fg2026@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=florencia.gimenez@example.org;X-NUM-GUESTS=0:mailto:florencia.gimenez@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ines Calloway;X-NUM-GUESTS=0:mailto:ines.calloway@redwoodlane.io
        DESCRIPTION:Moving this from Thursday Oct 29 (2pm your time) to the following Thursday so Ines can join after her trip.
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Final round - Redwood Lane Software (Florencia Giménez)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Kyle Brennan <kyle.brennan@redwoodlane.io>",
              "Updated invitation: Final round - Redwood Lane Software (Florencia Giménez) @ Thu Nov 5, "
              "2026 3pm - 4pm (ART) (florencia.gimenez@example.org)", when, LA,
              "<calendar-0d6e2f1c-8b3a-4c5d-9e7f-a1b2c3d4e5f6@google.com>",
              reply_to="kyle.brennan@redwoodlane.io",
              rcv=mx("mail-sor-f69.google.com", "209.85.220.69", when, LA, "g19"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# 20 ----------------------------------------------------------------- Personio reschedule, Madrid
VTZ_MAD = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")


@pos(20, family="personio", lang="es", kind="rescheduled", company="Vendimia Cloud S.L.",
     contact="alvaro.reyes@vendimiacloud.es",
     local="Fri 2026-11-20 15:30", local_end="2026-11-20 16:15", zone=MAD,
     note="Personio 'ha sido reprogramada': old 'jueves, 19/11/2026, 10:00', new 'viernes, 20/11/2026, "
          "15:30 - 16:15 (Europe/Madrid)'; CET = UTC+1 -> 14:30Z-15:15Z; ICS agrees; contact = "
          "interviewer address in the body")
def g20():
    when = "2026-11-16 09:02"
    body = t("""
        Hola Florencia:

        Te informamos de que tu entrevista para el puesto Backend Developer (Trazabilidad)
        en Vendimia Cloud S.L. ha sido reprogramada.

        Fecha anterior:  jueves, 19/11/2026, 10:00
        Nueva fecha:     viernes, 20/11/2026, 15:30 - 16:15 (Europe/Madrid)
        Lugar:           Videollamada (Microsoft Teams)
        Entrevistador:   Álvaro Reyes

        Encontrarás la invitación actualizada en el archivo adjunto.

        Si tienes alguna pregunta, escribe a Álvaro Reyes (alvaro.reyes@vendimiacloud.es).

        Un saludo,
        El equipo de Vendimia Cloud S.L.

        Este correo se ha enviado a través de Personio. Por favor, no respondas a este mensaje.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//ES
        METHOD:REQUEST
        """) + VTZ_MAD + "\n" + t("""
        BEGIN:VEVENT
        UID:personio-interview-5548120@personio.de
        DTSTAMP:20261116T080200Z
        DTSTART;TZID=Europe/Madrid:20261120T153000
        DTEND;TZID=Europe/Madrid:20261120T161500
        SEQUENCE:1
        SUMMARY:Entrevista: Backend Developer (Trazabilidad) - Vendimia Cloud S.L.
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Vendimia Cloud S.L.:mailto:no-reply@personio.de
        ATTENDEE;CN=Florencia Giménez;RSVP=TRUE:mailto:florencia.gimenez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Vendimia Cloud S.L. <no-reply@personio.de>",
              "Cambio en tu entrevista – Vendimia Cloud S.L.", when, MAD, mid("g20", "personio.de"),
              rcv=mx("mail-eu1.personio.de", "185.44.12.90", when, MAD, "g20"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="entrevista.ics",
                                      disposition="attachment")))


# 21 ----------------------------------------------------------------- Google Calendar cancellation, Central
@pos(21, family="google_calendar", lang="en", kind="cancelled", company="Bluestem Grain Co.",
     contact="megan.hollis@bluestemgrain.com",
     local="Tue 2026-12-08 13:00", local_end="2026-12-08 14:00", zone=BA,
     note="Google Calendar 'Canceled event' rendered in ART: 'Tue Dec 8, 2026 1pm - 2pm' -> 16:00Z-17:00Z "
          "(ICS 10:00 America/Chicago, CST); METHOD:CANCEL; the req is paused, no new time; contact = "
          "organizer")
def g21():
    when = "2026-12-03 08:50"
    body = t("""
        This event has been canceled.

        Technical interview - Bluestem Grain Co. / Florencia Giménez
        When
        Tuesday Dec 8, 2026 ⋅ 1pm – 2pm (Argentina Standard Time - Buenos Aires)

        Organizer
        Megan Hollis
        megan.hollis@bluestemgrain.com

        Note from the organizer:
        Hi Florencia - I'm so sorry. Our 2027 hiring plan changed this week and we're pausing
        this requisition, so I have to cancel Tuesday. If it reopens I'll reach out to you first.

        Invitation from Google Calendar
        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["America/Chicago"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Chicago:20261208T100000
        DTEND;TZID=America/Chicago:20261208T110000
        DTSTAMP:20261203T145000Z
        ORGANIZER;CN=Megan Hollis:mailto:megan.hollis@bluestemgrain.com
        UID:5bsg8tech1208fgim@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=florencia.gimenez@example.org;X-NUM-GUESTS=0:mailto:florencia.gimenez@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Technical interview - Bluestem Grain Co. / Florencia Giménez
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Megan Hollis <megan.hollis@bluestemgrain.com>",
              "Canceled event: Technical interview - Bluestem Grain Co. / Florencia Giménez @ Tue Dec 8, "
              "2026 1pm - 2pm (ART) (florencia.gimenez@example.org)", when, CHI,
              "<calendar-9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4@google.com>",
              reply_to="megan.hollis@bluestemgrain.com",
              rcv=mx("mail-sor-f41.google.com", "209.85.220.41", when, CHI, "g21"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# 22 ----------------------------------------------------------------- Mendoza employer cancels, no new time
@pos(22, family="human_prose", lang="es", kind="cancelled", company="Agroinsumos del Valle de Uco",
     contact="rtello@agrouco.com.ar",
     local="Thu 2026-11-12 10:00", zone=MZA,
     note="Plain text (windows-1252, 8bit): 'suspender la entrevista del jueves 12/11 a las 10 hs', the "
          "search is on hold, no new time -> cancelled; 10:00 Mendoza = 13:00Z; contact = sender")
def g22():
    when = "2026-11-09 19:30"
    body = t("""
        Hola Florencia,

        Te escribo para avisarte que tenemos que suspender la entrevista del jueves 12/11 a
        las 10 hs. La búsqueda quedó en pausa por una reestructuración interna y todavía no
        sabemos cuándo se reactiva.

        Te pido disculpas por avisarte con tan poco margen. Si se reabre, sos la primera a la
        que llamo.

        Saludos,

        Ramiro Tello
        Jefe de Administración
        Agroinsumos del Valle de Uco S.A.
        Tunuyán, Mendoza - Tel. (02622) 42-1187
        """)
    hs = head("Ramiro Tello <rtello@agrouco.com.ar>", "Entrevista del jueves", when, MZA,
              "<20261109223012.Horde.kT3pW8xQ1ZaN@webmail.agrouco.com.ar>",
              rcv=mx("webmail.agrouco.com.ar", "181.117.4.66", when, MZA, "g22"),
              extra=(("User-Agent", "Horde Application Framework 5"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


# 23 ----------------------------------------------------------------- Exchange cancellation, Madrid, new slot sent separately
@pos(23, family="exchange_outlook", lang="es", kind="cancelled", company="Tramontana Sistemas",
     contact="elena.castano@tramontana.es",
     local="Thu 2026-12-10 17:00", local_end="2026-12-10 18:00", zone=MAD,
     note="Exchange cancellation (METHOD:CANCEL, TZID Romance Standard Time) of 'jueves, 10 de diciembre "
          "de 2026 17:00-18:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París' -> 16:00Z-17:00Z; the "
          "body mentions a new invitation for Fri 11 at 10:00 sent separately, but this message cancels "
          "the 10 Dec slot -> cancelled; contact = organizer")
def g23():
    when = "2026-12-04 11:20"
    body = t("""
        Cuándo: jueves, 10 de diciembre de 2026 17:00-18:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hola Florencia:

        Cancelo esta convocatoria del jueves 10 a las 17:00 porque a Jorge le ha coincidido con
        el comité de dirección. Te acabo de enviar otra invitación para el viernes 11 a las
        10:00 (hora de Madrid; las 6:00 en Mendoza, lo siento por el madrugón).

        Un saludo,
        Elena Castaño
        People Partner · Tramontana Sistemas
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ROMANCE + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Elena Castaño:mailto:elena.castano@tramontana.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Giménez:mailto:florencia.gimenez@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jorge Llorente:mailto:jorge.llorente@tramontana.es
        UID:040000008200E00074C5B7101A82E0080000000090D1E2F3A4B5DC01000000000000000010000000A9B8C7D6E5F4
        SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista final - Florencia Giménez
        DTSTART;TZID=Romance Standard Time:20261210T170000
        DTEND;TZID=Romance Standard Time:20261210T180000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261204T102000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Elena Castaño <elena.castano@tramontana.es>",
              "Cancelada: Entrevista final - Florencia Giménez", when, MAD,
              "<PAXPR08MB7093C1D2E3F4A5B6C7D8E9F0A1B2@PAXPR08MB7093.eurprd08.prod.outlook.com>",
              rcv=mx("mail-paxpr08cu001.outbound.protection.outlook.com", "52.101.66.7", when, MAD, "g23"),
              extra=(("Importance", "high"), ("X-Priority", "1"),
                     ("Thread-Topic", enc("Entrevista final - Florencia Giménez")),
                     ("Content-Language", "es-ES")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


# 24 ----------------------------------------------------------------- rejection after #1
@neg(24, family="rejection", lang="en", company="Halyard Freight Systems",
     note="Greenhouse rejection after the 3 Nov interview: mentions 'your interview on November 3' in "
          "the past, no new time")
def g24():
    when = "2026-11-10 16:48"
    body = t("""
        Hi Florencia,

        Thank you for taking the time to interview for the Senior Backend Engineer, Bonded
        Inventory role, and for staying up late for your interview on November 3 - the team
        noticed and appreciated it.

        After a lot of discussion we've decided to move forward with another candidate whose
        experience with our US customs tooling is a closer match for what we need right now.
        This was a difficult decision.

        We'd love to keep in touch for future roles, especially as we expand our LATAM
        operations next year.

        All the best,
        Priya Raman
        Recruiting | Halyard Freight Systems
        """)
    hs = head("Halyard Freight Systems <no-reply@us.greenhouse-mail.io>",
              "Update on your application - Halyard Freight Systems", when, LA,
              mid("g24", "geopod-ismtpd-2-1"),
              reply_to="Priya Raman <priya.raman@halyardfreight.com>",
              rcv=mx("o12.ptr4471.us.greenhouse-mail.io", "149.72.133.18", when, LA, "g24"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 25 ----------------------------------------------------------------- offer, with a fixed call to go over it
@neg(25, family="offer", lang="es", company="Pampa Cargo Tech",
     days=(("Thu", "2026-10-22"), ("Fri", "2026-10-23")),
     note="Offer letter (PDF mentioned) after the October interview; proposes a fixed call 'el jueves "
          "22/10 a las 11' to go over the offer - not an interview")
def g25():
    when = "2026-10-16 13:10"
    body = t("""
        Hola Flor!

        ¡Qué alegría escribirte esto! Después de las entrevistas con Nico y con el equipo,
        queremos hacerte una oferta formal para sumarte como Desarrolladora Senior de
        Integraciones. Te adjunto la propuesta con el detalle de la remuneración, la
        modalidad híbrida y los beneficios.

        Si te parece, lo charlamos el jueves 22/10 a las 11 por Meet (el mismo link de la
        otra vez) y te saco todas las dudas. Te pedimos una respuesta antes del viernes 23/10.

        ¡Abrazo grande!
        Rocío Pereyra
        People & Talent – Pampa Cargo Tech
        rocio.pereyra@pampacargo.com.ar
        """)
    hs = head("Rocío Pereyra <rocio.pereyra@pampacargo.com.ar>",
              "Propuesta – Pampa Cargo Tech 🎉", when, BA, "<CAOq1x9PampaOferta2026x@mail.gmail.com>",
              rcv=mx("mail-wr1-f52.google.com", "209.85.221.52", when, BA, "g25"))
    pdf = raw_part([("Content-Type", 'application/pdf; name="Propuesta_FGimenez.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Propuesta_FGimenez.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCnRyYWls\n"
                   "ZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


# 26 ----------------------------------------------------------------- softgarden application receipt
@neg(26, family="application_receipt", lang="es", company="Weinberg Logistik",
     note="softgarden acknowledgement of an application (Madrid office of a German company); says "
          "'si tu perfil encaja te invitaremos a una entrevista' - nothing scheduled")
def g26():
    when = "2026-09-04 14:03"
    body = t("""
        Hola Florencia Giménez:

        Muchas gracias por tu candidatura al puesto de SAP EWM Consultant (m/f/d) – Madrid /
        remoto en Weinberg Logistik GmbH.

        Hemos recibido correctamente tu documentación. Nuestro equipo de selección la
        revisará en las próximas dos semanas y, si tu perfil encaja, te invitaremos a una
        primera entrevista por videollamada.

        Puedes consultar el estado de tu candidatura en cualquier momento en tu perfil:
        https://weinberg-logistik.softgarden.io/es/candidate/status

        Un cordial saludo,
        Tu equipo de Recursos Humanos
        Weinberg Logistik GmbH · Oficina Madrid

        Este correo ha sido generado automáticamente. Powered by softgarden.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head("Weinberg Logistik GmbH <noreply@softgarden.io>",
              "Tu candidatura: SAP EWM Consultant (m/f/d) – Madrid / remoto", when, MAD,
              mid("g26", "softgarden.io"),
              rcv=mx("mx-out-2.softgarden.io", "185.107.48.22", when, MAD, "g26"),
              extra=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


# 27 ----------------------------------------------------------------- job alert
@neg(27, family="job_alert", lang="es", company=None,
     note="Job-board alert listing new ERP/logistics jobs; 'entrevistas esta semana' is ad copy, no "
          "appointment")
def g27():
    when = "2026-10-05 07:00"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
        <table width="600" align="center" style="background:#fff;padding:16px">
        <tr><td>
        <h2 style="color:#7b1e3c">EmpleosCuyo</h2>
        <p>Hola Florencia, hay <b>7 nuevos empleos</b> para tu búsqueda <i>"desarrollador ERP" en Mendoza</i>.</p>
        <hr>
        <p><b>Analista Funcional SAP MM/WM</b> – Bodega de la Cumbre S.A. – Luján de Cuyo<br>
        Publicado hace 2 días · Híbrido · <span style="color:#2e7d32">Entrevistas esta semana</span></p>
        <p><b>Desarrollador/a .NET – Logística</b> – TransAndes Cargas – Guaymallén<br>
        Publicado hace 1 día · Presencial · Postulación rápida</p>
        <p><b>Líder Técnico ERP Odoo</b> – Consultora confidencial – Remoto (Argentina)<br>
        Publicado hoy · Remoto · Salario a convenir</p>
        <p><b>Programador/a ABAP Sr.</b> – Olivícola del Sur – Maipú<br>
        Publicado hace 3 días · Híbrido</p>
        <p><a href="https://www.empleoscuyo.example/alertas/ver?id=4471">Ver los 7 empleos</a></p>
        <hr>
        <p style="font-size:11px;color:#777">Recibís este correo porque creaste una alerta en EmpleosCuyo.
        <a href="https://www.empleoscuyo.example/alertas/baja?id=4471">Darte de baja</a></p>
        </td></tr></table></body></html>
        """)
    hs = head("EmpleosCuyo <alertas@empleoscuyo.example>",
              "7 nuevos empleos para \"desarrollador ERP\" en Mendoza", when, MZA,
              mid("g27", "empleoscuyo.example"),
              rcv=mx("mta3.empleoscuyo.example", "203.0.113.41", when, MZA, "g27"),
              extra=(("List-Unsubscribe", "<https://www.empleoscuyo.example/alertas/baja?id=4471>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


# 28 ----------------------------------------------------------------- newsletter about interviews
@neg(28, family="newsletter_tips", lang="en", company=None,
     note="Career newsletter about interviewing; example sentences like 'Tuesday at 10am ET works "
          "great' are advice, not an appointment")
def g28():
    when = "2026-09-29 06:30"
    body = t("""
        THE OFFER LETTER - Issue #112
        Interviewing across time zones without losing your mind

        Hi there,

        More of you are interviewing with companies three, five, even twelve hours away. A
        few habits from readers who did it this year:

        1. Always confirm in BOTH time zones. Instead of "Tuesday at 10 works", write
           "Tuesday at 10am ET (noon in Buenos Aires) works great". It saves one panicked
           email.

        2. Watch the DST weeks. The US falls back on November 1 and Europe a week earlier -
           for a few days, the gap between you and your interviewer changes.

        3. Put the invite in your own calendar yourself. Don't trust the recruiter's.

        4. Ask for the interview plan. "Who will I meet and for how long?" is a normal
           question.

        This week's reader question: "Should I accept a 7am interview to look keen?"
        (Short answer: no. Long answer on the blog.)

        Read more: https://theofferletter.example/issues/112

        You're receiving this because you subscribed at theofferletter.example.
        Unsubscribe: https://theofferletter.example/unsubscribe
        """)
    hs = head("The Offer Letter <hello@theofferletter.example>",
              "Interviewing across time zones without losing your mind", when, NY,
              mid("g28", "mail.theofferletter.example"),
              rcv=mx("mail.theofferletter.example", "198.51.100.140", when, NY, "g28"),
              extra=(("List-Unsubscribe", "<https://theofferletter.example/unsubscribe>"),
                     ("List-Id", "The Offer Letter <newsletter.theofferletter.example>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 29 ----------------------------------------------------------------- Recruitee self-scheduling, pick a slot
@neg(29, family="self_schedule", lang="en", company="Maplestone Wine Software",
     note="Recruitee self-scheduling invitation: lists candidate slots (Nov 24-26, Eastern time) and asks "
          "her to pick one - nothing booked yet")
def g29():
    when = "2026-11-18 10:05"
    body = t("""
        Hi Florencia,

        Thanks for applying to Maplestone Wine Software! We'd like to invite you to a 30-minute
        intro call with our Head of Product, Julien Gagnon.

        Please pick a time that works for you:
        https://maplestone.recruitee.com/o/backend-developer/schedule/7f3e2a

        Available slots (Eastern Time):
          Tue, Nov 24 - 9:00 AM, 9:30 AM, 2:00 PM
          Wed, Nov 25 - 11:00 AM, 3:30 PM
          Thu, Nov 26 - 10:00 AM

        Slots are first come, first served. Once you choose, you'll receive a calendar
        invitation.

        Best regards,
        Maplestone Wine Software Talent Team
        """)
    hs = head("Maplestone Wine Software <jobs@maplestone.recruitee.com>",
              "Schedule your interview with Maplestone Wine Software", when, TOR,
              mid("g29", "recruitee.com"),
              rcv=mx("mail.recruitee.com", "185.14.184.33", when, TOR, "g29"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 30 ----------------------------------------------------------------- outreach, Chilean in-house recruiter
@neg(30, family="recruiter_outreach", lang="es", company="Frutícola del Maule",
     note="Cold outreach from a Chilean in-house recruiter asking for 20 minutes 'esta semana o la "
          "próxima'; no time fixed")
def g30():
    when = "2026-10-26 10:44"
    body = t("""
        Hola Florencia, ¿cómo estás?

        Soy Constanza Lagos, del equipo de Personas de Frutícola del Maule. Vi tu perfil y tu
        experiencia con trazabilidad y exportación de vinos, y creo que podrías calzar muy bien
        con una posición de Líder de Sistemas de Exportación que estamos abriendo en Talca
        (con opción de trabajo remoto desde Mendoza, viajando una vez al mes).

        ¿Tendrías 20 minutos esta semana o la próxima para conversar? Me acomodo a tu horario
        (ahora estamos con la misma hora que ustedes).

        ¡Saludos!
        Constanza Lagos
        Atracción de Talento · Frutícola del Maule
        """)
    hs = head("Constanza Lagos <constanza.lagos@fruticolamaule.cl>",
              "Posición Líder de Sistemas de Exportación – Frutícola del Maule", when, SCL,
              "<CAN7kq2ConstanzaLg0aW1@mail.gmail.com>",
              rcv=mx("mail-ej1-f44.google.com", "209.85.218.44", when, SCL, "g30"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 31 ----------------------------------------------------------------- podcast recording, fixed time
@neg(31, family="podcast", lang="en", company=None,
     days=(("Thu", "2026-10-22"),),
     note="A podcast confirms a recording with her as guest on Thu Oct 22 at 2pm ET - a fixed time, but "
          "an interview for a show, not a job interview")
def g31():
    when = "2026-10-14 12:20"
    body = t("""
        Hi Florencia,

        Thrilled you said yes! You're confirmed as our guest on Supply Chain Builders:

          Recording: Thursday, October 22, 2:00 PM ET (3:00 PM in Mendoza)
          Length: 50 minutes
          Studio: https://riverside.fm/studio/supply-chain-builders (link goes live 15 min before)

        Topic: "Bonded warehouses and wine exports - what the ERP never tells you."

        A few tips: wired headphones, a quiet room, and Chrome. We'll do a 5-minute sound
        check before we start recording. The episode should go out mid-November.

        Cheers,
        Tom Reyes
        Host, Supply Chain Builders
        """)
    hs = head("Tom Reyes <tom@supplychainbuilders.example>",
              "You're confirmed: Supply Chain Builders recording, Oct 22", when, NY,
              mid("g31", "supplychainbuilders.example"),
              rcv=mx("smtp.supplychainbuilders.example", "198.51.100.201", when, NY, "g31"))
    return message(hs, text(body, cte="7bit"))


# 32 ----------------------------------------------------------------- doctor appointment
@neg(32, family="medical_appointment", lang="es", company=None,
     days=(("Thu", "2026-09-24"),),
     note="Clinic appointment confirmation (turno) with a fixed time - not an interview")
def g32():
    when = "2026-09-17 18:02"
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <table width="560" style="border:1px solid #ccd">
        <tr><td style="background:#0b6e8a;color:#fff;padding:10px"><b>Clínica Los Olivos</b> · Turnos online</td></tr>
        <tr><td style="padding:14px">
        <p>Hola <b>FLORENCIA GIMENEZ</b>,</p>
        <p>Tu turno quedó <b>confirmado</b>:</p>
        <p>Especialidad: Dermatología<br>
        Profesional: Dra. Paula Segura<br>
        Fecha: jueves 24/09/2026<br>
        Hora: 10:40 hs<br>
        Sede: Av. San Martín Sur 2150, Godoy Cruz - Consultorio 12</p>
        <p>Presentate 15 minutos antes con tu credencial de la obra social y DNI.
        Si no podés asistir, cancelá el turno con 24 hs de anticipación.</p>
        <p style="font-size:11px;color:#888">Este es un mensaje automático, no lo respondas.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Clínica Los Olivos - Turnos <turnos@clinicalosolivos.example>",
              "Turno confirmado - Dermatología - 24/09/2026 10:40", when, MZA,
              mid("g32", "clinicalosolivos.example"),
              rcv=mx("smtp.clinicalosolivos.example", "203.0.113.77", when, MZA, "g32"))
    return message(hs, html(page, charset="iso-8859-15"))


# 33 ----------------------------------------------------------------- flat viewing
@neg(33, family="property_viewing", lang="es", company=None,
     days=(("Sat", "2026-10-10"),),
     note="Estate agent confirms a flat viewing 'el sábado 10/10 a las 11' - fixed time, not an interview")
def g33():
    when = "2026-10-06 17:25"
    body = t("""
        Hola Florencia, ¿qué tal?

        Te confirmo la visita al departamento de calle Arístides Villanueva 480 (2 dormitorios,
        cochera) para el sábado 10/10 a las 11. Te espera Gonzalo en la puerta del edificio;
        cualquier cosa su celu es 261 555-0142.

        Acordate de traer recibo de sueldo si querés avanzar con la reserva.

        Saludos,
        Mariela Gil
        Inmobiliaria Gil & Sosa – Mendoza
        """)
    hs = head("Mariela Gil <mariela@gilsosa-propiedades.example>",
              "Visita depto Arístides Villanueva 480", when, MZA,
              mid("g33", "gilsosa-propiedades.example"),
              rcv=mx("mail.gilsosa-propiedades.example", "203.0.113.90", when, MZA, "g33"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 34 ----------------------------------------------------------------- car service
@neg(34, family="car_service", lang="es", company=None,
     days=(("Mon", "2026-10-26"),),
     note="Dealer workshop confirms a service appointment 'lunes 26/10 a las 8:00 hs' - not an interview")
def g34():
    when = "2026-10-20 11:15"
    body = t("""
        CUYO MOTORS - Servicio Posventa

        Estimada/o FLORENCIA GIMENEZ:

        Su turno de servicio quedó registrado.

          Vehículo:   Peugeot 208 Allure - AF 412 KD
          Servicio:   Mantenimiento 40.000 km + alineación y balanceo
          Fecha:      lunes 26/10/2026
          Recepción:  8:00 hs
          Duración estimada: 4 a 5 horas
          Taller:     Acceso Este 3280, Guaymallén

        Le pedimos puntualidad en la recepción. Contamos con servicio de traslado al centro.

        Para reprogramar, responda este mensaje o llame al 0810-555-2896.

        Cuyo Motors S.A.
        """)
    hs = head("Cuyo Motors Posventa <posventa@cuyomotors.example>",
              "Confirmación de turno de servicio - AF 412 KD", when, MZA,
              mid("g34", "cuyomotors.example"),
              rcv=mx("mail.cuyomotors.example", "203.0.113.15", when, MZA, "g34"))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


# 35 ----------------------------------------------------------------- summer-camp interview for her teenager
@neg(35, family="non_candidate_interview", lang="es", company=None,
     days=(("Sat", "2026-11-14"),),
     note="Summer camp confirms an interview for her 17-year-old son Tomás (camp helper) 'el sábado "
          "14/11 a las 10' - a confirmed job interview, but not hers")
def g35():
    when = "2026-11-09 20:05"
    body = t("""
        Estimada Florencia:

        Le escribimos como responsable de Tomás Giménez, ya que es menor de edad. Nos alegra
        contarle que Tomás quedó preseleccionado como ayudante de la Colonia de Verano 2027.

        Le confirmamos la entrevista de Tomás con la coordinación el sábado 14/11 a las 10,
        en la sede del club (San Francisco del Monte 1320). Tomás debe traer el DNI y el
        certificado de curso de primeros auxilios. No es necesario que usted asista, aunque
        puede acompañarlo si lo desea.

        Atentamente,
        Coordinación Colonia de Verano
        Club Social y Deportivo Los Cerrillos
        """)
    hs = head("Colonia Los Cerrillos <colonia@clubloscerrillos.example>",
              "Entrevista ayudantes de colonia - Tomás Giménez", when, MZA,
              mid("g35", "clubloscerrillos.example"),
              rcv=mx("smtp.clubloscerrillos.example", "203.0.113.120", when, MZA, "g35"))
    return message(hs, text(body, cte="8bit"))


# 36 ----------------------------------------------------------------- team event at the current job (Google Calendar)
@neg(36, family="non_interview_calendar", lang="es", company=None,
     note="Google Calendar invitation from a colleague for the IT team's end-of-year asado (vie 11 dic "
          "20:30-23:30 ART) at her current job - fixed time, not an interview")
def g36():
    when = "2026-11-30 12:40"
    body = t("""
        Joaquín Lucero te invitó a un evento.

        Asado fin de año - equipo Sistemas 🍖
        Cuándo
        vie 11 dic 2026 ⋅ 20:30 – 23:30 (hora de Argentina)

        Ubicación
        Quincho de lo de Joaco, Chacras de Coria

        Organizador
        Joaquín Lucero
        joaco.lucero@example.com

        Cada uno trae su bebida. Carne y ensaladas corren por la empresa. ¡Confirmen así
        calculamos!

        Invitación de Google Calendar
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261211T233000Z
        DTEND:20261212T023000Z
        DTSTAMP:20261130T154000Z
        ORGANIZER;CN=Joaquín Lucero:mailto:joaco.lucero@example.com
        UID:asadosistemas2026dic@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florencia.gimenez@example.org:mailto:florencia.gimenez@example.org
        DESCRIPTION:Cada uno trae su bebida. Carne y ensaladas corren por la empresa.
        LOCATION:Quincho de lo de Joaco\\, Chacras de Coria
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Asado fin de año - equipo Sistemas
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Joaquín Lucero <joaco.lucero@example.com>",
              "Invitación: Asado fin de año - equipo Sistemas 🍖 @ vie 11 dic 2026 20:30 - 23:30 (ART) "
              "(florencia.gimenez@example.org)", when, MZA,
              "<calendar-4e3d2c1b-0a9f-8e7d-6c5b-4a3f2e1d0c9b@google.com>",
              reply_to="joaco.lucero@example.com",
              rcv=mx("mail-sor-f65.google.com", "209.85.220.65", when, MZA, "g36"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# 37 ----------------------------------------------------------------- she is on the interview panel at her current job
@neg(37, family="interviewer_invite", lang="es", company=None,
     note="HR at her current employer (work mail forwarded to this inbox) invites HER to interview a "
          "junior candidate, mié 25/11 15:00 ART with ICS - she is the interviewer, not the candidate")
def g37():
    when = "2026-11-19 09:12"
    body = t("""
        Hola Flor, Matías:

        Les paso la entrevista técnica del candidato Lautaro Ibáñez para la vacante de
        Analista Jr. WMS. Les adjunto el CV y la guía de preguntas. Flor, ¿podés encargarte
        del ejercicio de SQL? Después cada uno carga la devolución en el formulario.

        Cuándo: miércoles, 25 de noviembre de 2026 15:00-16:00 (UTC-03:00) Ciudad de Buenos Aires.

        Gracias!
        Noelia Castro
        Capital Humano – Cuyo Logística Vitivinícola S.A.

        """) + TEAMS_ES.format(code="Y2x2LWludGVydmlld", mid="331 902 447 160", pw="Lb4kW9")
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ_ART_WIN + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Noelia Castro:mailto:ncastro@cuyolv.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florencia Giménez:mailto:fgimenez@cuyolv.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matías Ortiz:mailto:mortiz@cuyolv.example
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lautaro Ibáñez:mailto:lautaro.ibanez@example.net
        UID:040000008200E00074C5B7101A82E008000000003344AABBCCDDDC01000000000000000010000000F1E2D3C4B5A6
        SUMMARY;LANGUAGE=es-AR:Entrevista técnica - Lautaro Ibáñez (Analista Jr. WMS)
        DTSTART;TZID=Argentina Standard Time:20261125T150000
        DTEND;TZID=Argentina Standard Time:20261125T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261119T121200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Noelia Castro <ncastro@cuyolv.example>",
              "Entrevista técnica - Lautaro Ibáñez (Analista Jr. WMS)", when, MZA,
              "<CP6PR80MB5512D4E5F6A7B8C9D0E1F2A3B4C5@CP6PR80MB5512.lamprd80.prod.outlook.com>",
              to="Florencia Giménez <fgimenez@cuyolv.example>, Matías Ortiz <mortiz@cuyolv.example>",
              pre=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"fgimenez@cuyolv.example {ME}")),
              rcv=mx("mx.cuyolv.example", "203.0.113.200", when, MZA, "g37"),
              extra=(("Thread-Topic", enc("Entrevista técnica - Lautaro Ibáñez (Analista Jr. WMS)")),
                     ("Content-Language", "es-AR")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


# 38 ----------------------------------------------------------------- webinar on interview prep
@neg(38, family="webinar", lang="es", company=None,
     days=(("Thu", "2026-10-08"),),
     note="Webinar registration confirmation ('Cómo preparar tu entrevista técnica en inglés', jue 8/10 "
          "19 hs ART) - fixed time, not a job interview")
def g38():
    when = "2026-10-01 19:34"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#232333">
        <p>Hola Florencia,</p>
        <p>¡Gracias por registrarte en <b>"Cómo preparar tu entrevista técnica en inglés"</b>!</p>
        <p><b>Fecha y hora:</b> jueves 8 de octubre de 2026, 19:00 (hora de Argentina)<br>
        <b>Oradora:</b> Carla Montes, Tech Recruiter<br>
        <b>Formato:</b> Seminario web de Zoom</p>
        <p>Podés unirte desde tu PC, Mac, iPad o Android:<br>
        <a href="https://us02web.zoom.us/w/81234567890?tk=talentia">Hacé clic aquí para unirte</a><br>
        Código de acceso: 260810</p>
        <p>Agregar a: <a href="https://us02web.zoom.us/webinar/tZ0/ics">Calendario de Google</a> ·
        <a href="https://us02web.zoom.us/webinar/tZ0/ics?type=outlook">Outlook</a></p>
        <p>Talentia Academy</p>
        <p style="font-size:11px;color:#747487">Puede cancelar su inscripción en cualquier momento.</p>
        </body></html>
        """)
    hs = head("Talentia Academy <no-reply@zoom.us>",
              "Confirmación de inscripción al seminario web: Cómo preparar tu entrevista técnica en inglés",
              when, BA, mid("g38", "zoom.us"),
              reply_to="Talentia Academy <eventos@talentia-academy.example>",
              rcv=mx("mailout1.zoom.us", "170.114.10.65", when, BA, "g38"))
    return message(hs, html(page, cte="base64"))


# 39 ----------------------------------------------------------------- language-exchange meetup
@neg(39, family="meetup", lang="es", company=None,
     days=(("Thu", "2026-10-29"),),
     note="Meetup RSVP confirmation for a language exchange (jueves 29/10, 20:00) - not an interview")
def g39():
    when = "2026-10-23 21:02"
    body = t("""
        ¡Vas a ir!

        Intercambio de idiomas Mendoza / Language Exchange Mendoza

        Tandem night: español – english – português
        jueves, 29 de octubre de 2026 · 20:00 a 22:30 (GMT-3)
        Bar La Alameda, Av. San Martín 1860, Mendoza

        Mesas por idioma, cada 30 minutos se rota. Traé ganas de charlar.
        If you are practising for job interviews in English, there is a table for that too!

        Ver evento: https://www.meetup.com/intercambio-idiomas-mendoza/events/303118842/

        No respondas a este mensaje. Administrá tus notificaciones en la configuración.
        """)
    hs = head("Meetup <info@email.meetup.com>",
              "Vas a ir a: Tandem night: español – english – português", when, MZA,
              mid("g39", "email.meetup.com"),
              rcv=mx("o5.email.meetup.com", "167.89.92.5", when, MZA, "g39"),
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 40 ----------------------------------------------------------------- journalist interviewing her
@neg(40, family="press", lang="es", company=None,
     days=(("Tue", "2026-10-13"),),
     note="A newspaper journalist confirms an interview with her for an article ('el martes 13/10 a las "
          "18') - she is the interviewee of the press, not a job candidate")
def g40():
    when = "2026-10-08 13:50"
    body = t("""
        Hola Florencia,

        ¡Mil gracias por aceptar! Entonces quedamos para la entrevista el martes 13/10 a las
        18 en el café de la esquina de Plaza Independencia (el de Chile y Espejo). Es para la
        nota del suplemento Economía sobre mujeres en tecnología en la industria del vino.

        Va a ir también Lucas, el fotógrafo, para hacerte un par de fotos. Calculo una hora.

        Un abrazo,
        Agustina Vera
        Periodista – Diario El Cuyano
        """)
    hs = head("Agustina Vera <avera@elcuyano.example>",
              "Entrevista para la nota - mujeres en tecnología", when, MZA,
              "<CAEbK2n8AgustinaV3ra@mail.gmail.com>",
              rcv=mx("mail-qt1-f170.google.com", "209.85.160.170", when, MZA, "g40"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 41 ----------------------------------------------------------------- career coach, mock interview
@neg(41, family="mock_interview", lang="es", company=None,
     days=(("Thu", "2026-11-19"),),
     note="Career coach confirms a paid mock-interview session ('simulacro de entrevista', jueves 19/11 "
          "18 hs, 60 min) - practice, not a job interview")
def g41():
    when = "2026-11-12 10:30"
    body = t("""
        ¡Hola Flor!

        Te confirmo la sesión de simulacro de entrevista para el jueves 19/11 a las 18 hs
        (60 minutos, por Meet). Vamos a hacer una entrevista técnica en inglés como si fuera
        la final de una empresa de Estados Unidos, y después 20 minutos de devolución.

        Para prepararla, mandame antes del martes la descripción del puesto que más te
        interese y tu CV actualizado. El pago lo podés hacer por transferencia al alias
        VALE.COACH.CARRERA.

        ¡Nos vemos!
        Valeria Sáez
        Coach de carrera · Reinvención profesional en tecnología
        """)
    hs = head("Valeria Sáez <valeria@saezcoaching.example>",
              "Confirmado: simulacro de entrevista 19/11", when, MZA,
              mid("g41", "saezcoaching.example"),
              rcv=mx("smtp.saezcoaching.example", "198.51.100.66", when, MZA, "g41"))
    return message(hs, text(body, cte="base64"))


# 42 ----------------------------------------------------------------- out-of-office auto-reply
@neg(42, family="auto_reply", lang="es", company="Quebracho Pagos",
     days=(("Mon", "2026-09-28"),),
     note="Out-of-office auto-reply from the Quebracho Pagos recruiter to her thank-you note; a return "
          "date, no appointment")
def g42():
    when = "2026-09-18 09:41"
    body = t("""
        ¡Hola! Gracias por tu mensaje.

        Estoy de vacaciones hasta el lunes 28/09 inclusive, con acceso limitado al correo.
        Si tu consulta es sobre un proceso de selección en curso, escribinos a
        talento@quebrachopagos.com.ar y alguien del equipo te responde.

        Martina Sosa
        Talent Acquisition – Quebracho Pagos
        """)
    hs = head("Martina Sosa <martina.sosa@quebrachopagos.com.ar>",
              "Respuesta automática: Gracias por la entrevista de ayer", when, BA,
              "<SN7PR80MB0012AUTO44F1E2D3C4B5@SN7PR80MB0012.lamprd80.prod.outlook.com>",
              rcv=mx("mail-sn7pr80cu001.outbound.protection.outlook.com", "52.101.200.3", when, BA, "g42"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAFg0mz8GraciasQP@mail.gmail.com>")))
    return message(hs, text(body))


# 43 ----------------------------------------------------------------- bounce of her own confirmation
def _g43_original() -> bytes:
    when = "2026-10-01 16:58"
    body = t("""
        Hola Marta,

        Confirmo la entrevista del martes 6/10 a las 11 hs en la bodega. ¡Muchas gracias!

        Saludos,
        Florencia Giménez
        """)
    hs = head(me(), "Re: Entrevista Jefa de Logística - Bodega El Cóndor", when, MZA,
              "<CAFg0mz8ConfirmoCondor6oct@mail.gmail.com>",
              to="Marta Ruiz <mruiz@bodegaelcondor.com.arr>")
    return message(hs, text(body))


@neg(43, family="bounce", lang="en", company=None,
     days=(("Tue", "2026-10-06"),),
     note="MAILER-DAEMON bounce of HER OWN reply confirming 'martes 6/10 a las 11' (typo in the domain, "
          "'.com.arr'); a delivery failure, not a confirmation from an employer")
def g43():
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <mruiz@bodegaelcondor.com.arr>: Host or domain name not found. Name service
            error for name=bodegaelcondor.com.arr type=MX: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F2A81C0E3
        X-Postfix-Sender: rfc822; florencia.gimenez@example.org
        Arrival-Date: Thu,  1 Oct 2026 19:58:02 +0000 (UTC)

        Final-Recipient: rfc822; mruiz@bodegaelcondor.com.arr
        Original-Recipient: rfc822;mruiz@bodegaelcondor.com.arr
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=bodegaelcondor.com.arr type=MX: Host not found
        """)
    report = multipart("report",
                       text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(_g43_original()),
                       params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-10-01 19:58", "UTC",
              "<20261001195803.9B3E21C0F1@mx1.example.org>", to=ME,
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


# 44 ----------------------------------------------------------------- mailing-list discussion
@neg(44, family="mailing_list", lang="es", company=None,
     note="Local developers' mailing list thread about interviewing at Quebracho Pagos; someone recalls "
          "'la técnica el jueves a las 15' - list chatter, not addressed to her, nothing scheduled")
def g44():
    when = "2026-09-20 22:14"
    body = t("""
        Yo tuve la técnica con ellos el jueves a las 15, igual que vos Flor creo. Fue tranqui:
        media hora de preguntas de SQL y conciliaciones, después arquitectura. No hubo live
        coding. El feedback me llegó a los 3 días.

        Ojo que el proceso completo tiene 4 instancias, así que paciencia.

        Saludos,
        Bruno

        El sáb, 19 sept 2026 a las 18:02, Florencia Giménez (<florencia.gimenez@example.org>) escribió:
        > ¿Alguien pasó por el proceso de Quebracho Pagos? ¿Cuántas entrevistas son?

        --
        Has recibido este mensaje porque estás suscrito al grupo "devs-mendoza".
        Para cancelar la suscripción, enviá un correo a devs-mendoza+unsubscribe@googlegroups.com.
        """)
    hs = head("Bruno Castellino <bruno.castellino@example.net>",
              "Re: [devs-mendoza] ¿Alguien pasó por el proceso de Quebracho Pagos?", when, MZA,
              "<CAB9xq2BrunoCastDevsMza@mail.gmail.com>", to="devs-mendoza <devs-mendoza@googlegroups.com>",
              rcv=mx("mail-sor-f57.google.com", "209.85.220.57", when, MZA, "g44"),
              extra=(("Sender", "devs-mendoza@googlegroups.com"),
                     ("List-Id", "<devs-mendoza.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/devs-mendoza/post>, "
                                   "<mailto:devs-mendoza@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:devs-mendoza+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list"), ("Mailing-list", "list devs-mendoza@googlegroups.com")))
    return message(hs, text(body))


# 45 ----------------------------------------------------------------- municipal job office appointment
@neg(45, family="job_centre", lang="es", company=None,
     days=(("Mon", "2026-09-07"),),
     note="Municipal employment office confirms an 'entrevista de orientación laboral' on lunes 07/09 "
          "09:30 - a fixed-time appointment with the job centre, not a job interview with an employer")
def g45():
    when = "2026-09-03 10:12"
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p><b>MUNICIPALIDAD DE GODOY CRUZ</b><br>Dirección de Empleo y Capacitación – Oficina de Empleo</p>
        <p>Sra./Sr. GIMENEZ, FLORENCIA – DNI ***.***.412</p>
        <p>Le informamos que se ha asignado el siguiente turno:</p>
        <table border="1" cellpadding="5" style="border-collapse:collapse">
        <tr><td>Trámite</td><td>Entrevista de orientación laboral e inscripción en la Plataforma de Empleo</td></tr>
        <tr><td>Fecha</td><td>lunes 07/09/2026</td></tr>
        <tr><td>Hora</td><td>09:30</td></tr>
        <tr><td>Lugar</td><td>Oficina de Empleo – Perito Moreno 72, Godoy Cruz</td></tr>
        </table>
        <p>Documentación: DNI, CV impreso, constancia de CUIL. La entrevista con la orientadora
        laboral dura aproximadamente 40 minutos.</p>
        <p>Este correo se envía automáticamente. No responda a esta dirección.</p>
        </body></html>
        """)
    hs = head("Oficina de Empleo Godoy Cruz <turnos.empleo@godoycruz.example>",
              "Turno asignado - Oficina de Empleo", when, MZA, mid("g45", "godoycruz.example"),
              rcv=mx("correo.godoycruz.example", "203.0.113.55", when, MZA, "g45"))
    return message(hs, html(page, charset="windows-1252"))


# 46 ----------------------------------------------------------------- Executive MBA admission interview
@neg(46, family="admission_interview", lang="es", company=None,
     note="Business school confirms an Executive MBA admission interview (jue 8/10, 19:00 ART) with an ICS "
          "- an interview at a fixed time, but for a degree programme, not a job")
def g46():
    when = "2026-10-02 16:30"
    body = t("""
        Estimada Florencia:

        Nos complace informarle que su postulación al Executive MBA 2027 de la Escuela de
        Negocios de Cuyo avanzó a la etapa de entrevista de admisión.

        Día: jueves 8 de octubre de 2026
        Hora: 19:00 a 19:40
        Entrevistador: Dr. Federico Lanzone, Director Académico
        Lugar: Campus ENC, Emilio Civit 390, Mendoza (Aula 3)

        Le adjuntamos la invitación para su calendario. Ante cualquier cambio, escriba a
        admisiones@enc.example.

        Cordialmente,
        Admisiones – Escuela de Negocios de Cuyo
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//ENC Admisiones//ES
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:enc-admision-2027-0488@enc.example
        DTSTAMP:20261002T193000Z
        DTSTART:20261008T220000Z
        DTEND:20261008T224000Z
        SUMMARY:Entrevista de admisión Executive MBA - Florencia Giménez
        LOCATION:Campus ENC\\, Emilio Civit 390\\, Mendoza (Aula 3)
        ORGANIZER;CN=Admisiones ENC:mailto:admisiones@enc.example
        ATTENDEE;CN=Florencia Giménez;RSVP=TRUE:mailto:florencia.gimenez@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Admisiones ENC <admisiones@enc.example>",
              "Entrevista de admisión - Executive MBA 2027", when, MZA, mid("g46", "enc.example"),
              rcv=mx("mail.enc.example", "198.51.100.9", when, MZA, "g46"))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="entrevista_admision.ics",
                                      disposition="attachment")))


# 47 ----------------------------------------------------------------- sports club try-out
@neg(47, family="sports_tryout", lang="es", company=None,
     days=(("Sat", "2026-09-26"),),
     note="Hockey club confirms her try-out for the veterans' squad ('prueba', sábado 26/09 10 hs) - "
          "fixed time, not a job interview")
def g47():
    when = "2026-09-21 21:47"
    body = t("""
        Hola chicas!! 🏑

        Les confirmo la prueba para el plantel de Mamis Hockey de este año: sábado 26/09 a las
        10 hs en la cancha sintética del club. Vengan 9.40 para entrar en calor.

        Anotadas: Caro P., Flor Giménez, Lu Tapia, Vicky R. y Pau Sosa.

        Traigan canilleras, bucal y agua. Después hay mate y facturas 😉

        Besos,
        Sole – Coordinadora Hockey Mamis
        Club Atlético Chacras de Coria
        """)
    hs = head("Sole Arce <sole.arce@example.com>", "Prueba Mamis Hockey - sábado 26/09", when, MZA,
              "<CAHc5mTSoleArceHockey26@mail.gmail.com>",
              to="Caro Pereyra <caro.p@example.com>, Florencia Giménez <florencia.gimenez@example.org>, "
                 "Lucía Tapia <lu.tapia@example.net>",
              rcv=mx("mail-pj1-f47.google.com", "209.85.216.47", when, MZA, "g47"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 48 ----------------------------------------------------------------- bank advisor meeting
@neg(48, family="bank_appointment", lang="es", company=None,
     days=(("Wed", "2026-10-14"),),
     note="Bank confirms a meeting with her account officer about a mortgage pre-approval (miércoles "
          "14/10, 11:30) - fixed time, not an interview")
def g48():
    when = "2026-10-09 12:00"
    page = t("""
        <html><body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#333">
        <table width="600" style="border-top:4px solid #00594f">
        <tr><td style="padding:14px">
        <p><b>Banco Cuyano</b></p>
        <p>Hola Florencia,</p>
        <p>Te confirmamos tu reunión con tu Oficial de Cuentas para conversar sobre la
        precalificación de tu crédito hipotecario UVA.</p>
        <p><b>Día:</b> miércoles 14/10/2026<br>
        <b>Hora:</b> 11:30<br>
        <b>Sucursal:</b> Chacras de Coria – Viamonte 4920<br>
        <b>Oficial:</b> Martín Ledesma</p>
        <p>Recordá llevar tus últimos tres recibos de sueldo y el DNI.</p>
        <p style="font-size:11px;color:#888">Banco Cuyano nunca te va a pedir claves ni códigos por correo electrónico.</p>
        </td></tr></table></body></html>
        """)
    hs = head("Banco Cuyano <avisos@bancocuyano.example>", "Tu reunión con tu Oficial de Cuentas",
              when, MZA, mid("g48", "bancocuyano.example"),
              rcv=mx("mta.bancocuyano.example", "203.0.113.3", when, MZA, "g48"))
    return message(hs, html(page, cte="base64"))


# 49 ----------------------------------------------------------------- a friend's confirmed interview, forwarded for info
@neg(49, family="forwarded_other", lang="es", company=None,
     days=(("Thu", "2026-10-01"),),
     note="A friend forwards HER OWN Lever confirmation at Quebracho Pagos (Julieta, jueves 1 de octubre "
          "10:00-10:45) to ask for tips - a confirmed interview, but not Florencia's")
def g49():
    when = "2026-09-24 19:20"
    body = t("""
        Floooor!! Me llamaron de Quebracho Pagos 😱 Vos que ya pasaste, ¿qué me pueden preguntar
        en esta primera? Te reenvío el mail. ¿Un café el finde y me contás?

        Juli

        ---------- Forwarded message ---------
        De: Quebracho Pagos <no-reply@hire.lever.co>
        Date: jue, 24 sept 2026 a las 16:05
        Subject: Entrevista confirmada: Quebracho Pagos – Analista de Datos
        To: Julieta Ferreyra <juli.ferreyra@example.com>

        Hola Julieta,

        ¡Tu entrevista con Quebracho Pagos está confirmada!

        Puesto: Analista de Datos
        Cuándo: jueves, 1 de octubre de 2026, 10:00 - 10:45 (GMT-03:00) Hora de Argentina
        Dónde: Google Meet - https://meet.google.com/qbp-jlfr-aaa
        Con: Martina Sosa (Talent Acquisition)

        Si necesitás cambiar el horario, respondé a este correo.

        Saludos,
        El equipo de Quebracho Pagos
        """)
    hs = head("Julieta Ferreyra <juli.ferreyra@example.com>",
              "Fwd: Entrevista confirmada: Quebracho Pagos – Analista de Datos", when, MZA,
              "<CAJuli9FwdQuebracho2026@mail.gmail.com>",
              rcv=mx("mail-lf1-f49.google.com", "209.85.167.49", when, MZA, "g49"))
    return message(hs, alt(text(body), html(gmail_html(body))))


# 50 ----------------------------------------------------------------- proposed times, not confirmed (thread with #8)
@neg(50, family="proposed_not_confirmed", lang="en", company="Prairie Vintners Supply",
     days=(("Tue", "2026-09-22"), ("Wed", "2026-09-23")),
     note="After the Calendly screen the hiring manager proposes the panel 'next Tuesday (9/22) at 10am "
          "CT' or 'Wednesday at 2pm CT' and waits for her answer - nothing confirmed")
def g50():
    when = "2026-09-17 17:05"
    body = t("""
        Hi Florencia,

        Really enjoyed our chat yesterday - the team is keen to move you to the panel round.

        Would next Tuesday (9/22) at 10am CT work? That should be noon for you. If not,
        Wednesday at 2pm CT is open too. Let me know which one suits you and I'll send the
        invite with the Zoom link.

        Thanks,
        Dan

        Dan Kowalski
        Director of Engineering | Prairie Vintners Supply
        Chicago, IL
        """)
    hs = head("Dan Kowalski <dan.kowalski@prairievintners.com>", "Next step - panel interview", when, CHI,
              "<MN2PR11MB4477DK0917A1B2C3D4E5F6@MN2PR11MB4477.namprd11.prod.outlook.com>",
              rcv=mx("mail-mn2pr11cu002.outbound.protection.outlook.com", "52.101.56.12", when, CHI, "g50"),
              extra=(("Thread-Topic", "Next step - panel interview"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))
