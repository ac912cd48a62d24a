"""blind130: 50 hand-written mails from the inbox of Lucía Ferrer, a port-logistics data analyst in
Valencia (Europe/Madrid), September to December 2026. Built by ``make_blind.py blind130``.

Written blind: without reading the detector, its tests, or any other held-out set's mails.
Keys 1-23 are the positives (writing order), 24-50 the negatives; file numbers are a fixed
shuffle of the writing order.
"""

from __future__ import annotations

import base64
import random
from email.utils import parseaddr

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
    raw_part,
    received,
    t,
    text,
)

ORDER = random.Random(1300130).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"blind130_{ORDER[key - 1]:03d}"


LUCIA = "lucia.ferrer@example.org"
TO = addr("Lucía Ferrer", LUCIA)
MAD = "Europe/Madrid"
LIS = "Europe/Lisbon"

ROMANCE = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
MADRID_TZ = VTZ["Europe/Paris"].replace("Europe/Paris", "Europe/Madrid")
LISBON_TZ = """BEGIN:VTIMEZONE
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


def head(frm: str, subject: str, when: str, zone: str, msgid: str, relay: str, *,
         to: str = TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         mx_id: str = "4Gv1", rp: str | None = None) -> list[tuple[str, str]]:
    """The headers every delivered mail carries, in the order Postfix + the sender leave them."""
    return [
        ("Return-Path", f"<{rp or parseaddr(frm)[1]}>"),
        ("Delivered-To", LUCIA),
        ("Received", received(relay, when, zone, f"mx2.example.org (Postfix) with ESMTPS id {mx_id}", LUCIA)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


def vcal(prodid: str, method: str | None, vevent: str, tz: str | None = None) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(tz)
    lines += ["BEGIN:VEVENT", t(vevent).strip("\n"), "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="es", interview=True, kind="scheduled",
      start="2026-09-18T09:00:00Z", end="2026-09-18T10:00:00Z",
      contact="marta.soler@navaliafreight.com", company="Navalia Freight",
      local="Fri 2026-09-18 11:00", local_end="2026-09-18 12:00", zone=MAD,
      note="Greenhouse confirmation in Spanish, 'viernes, 18 de septiembre de 2026, 11:00 - 12:00 (hora "
           "peninsular, CEST)' = UTC+2 -> 09:00Z-10:00Z; the ICS (TZID Europe/Madrid) agrees. Contact = "
           "human Reply-To (the sender is Greenhouse's no-reply).")
def m01() -> bytes:
    body = t("""
        Hola Lucía:

        Muchas gracias por tu interés en Navalia Freight. Te confirmamos la entrevista para el puesto
        de Data Analyst – Ocean Freight.

        Fecha: viernes, 18 de septiembre de 2026
        Hora: 11:00 - 12:00 (hora peninsular, CEST)
        Formato: videollamada (Google Meet)
        Enlace: https://meet.google.com/xqk-rtbd-puv

        Te entrevistarán:
          - Marta Soler, Talent Acquisition
          - Iván Prieto, Head of Data & Analytics

        Adjuntamos una invitación de calendario. Si necesitas cambiar la hora, responde a este correo
        y lo vemos.

        Un saludo,
        Marta Soler
        Talent Acquisition · Navalia Freight
        C/ de Alcalá 214, 28028 Madrid
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hola Lucía:</p>
        <p>Muchas gracias por tu interés en Navalia Freight. Te confirmamos la entrevista para el puesto de
        <strong>Data Analyst – Ocean Freight</strong>.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Fecha:</b></td><td>viernes, 18 de septiembre de 2026</td></tr>
        <tr><td><b>Hora:</b></td><td>11:00 - 12:00 (hora peninsular, CEST)</td></tr>
        <tr><td><b>Formato:</b></td><td>videollamada (Google Meet)</td></tr>
        <tr><td><b>Enlace:</b></td><td><a href="https://meet.google.com/xqk-rtbd-puv">meet.google.com/xqk-rtbd-puv</a></td></tr>
        </table>
        <p>Te entrevistarán:<br>- Marta Soler, Talent Acquisition<br>- Iván Prieto, Head of Data &amp; Analytics</p>
        <p>Adjuntamos una invitación de calendario. Si necesitas cambiar la hora, responde a este correo y lo vemos.</p>
        <p>Un saludo,<br>Marta Soler<br>Talent Acquisition · Navalia Freight<br>C/ de Alcalá 214, 28028 Madrid</p>
        <img src="https://u1234567.ct.sendgrid.net/wf/open?upn=xk2Lq9" width="1" height="1" alt="">
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST", """
        UID:gh-int-58211940-navalia@greenhouse.io
        DTSTAMP:20260914T081207Z
        DTSTART;TZID=Europe/Madrid:20260918T110000
        DTEND;TZID=Europe/Madrid:20260918T120000
        SUMMARY:Entrevista: Lucía Ferrer – Data Analyst – Ocean Freight (Navalia Freight)
        LOCATION:https://meet.google.com/xqk-rtbd-puv
        ORGANIZER;CN=Marta Soler:mailto:marta.soler@navaliafreight.com
        ATTENDEE;CN=Lucía Ferrer;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.ferrer@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        """, tz=MADRID_TZ)
    hs = head(addr("Marta Soler", "no-reply@greenhouse.io"),
              "Confirmación de entrevista: Data Analyst – Ocean Freight (Navalia Freight)",
              "2026-09-14 10:12", MAD, "<gh.58211940.20260914081207.4f1c@greenhouse.io>",
              "from o3.ptr8812.greenhouse.io (o3.ptr8812.greenhouse.io [167.89.47.12])",
              extra=(("Reply-To", addr("Marta Soler", "marta.soler@navaliafreight.com")),
                     ("X-SG-EID", "u7Qp3vK1mTzN0aZxW5yR2g=="),
                     ("X-Entity-ID", "b3Jk9Lw2QnR4sT6v")), mx_id="4GqL1")
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, method="REQUEST", cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(2), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-10-07T19:30:00Z", end="2026-10-07T20:15:00Z",
      contact="aroha.ngata@tidewatersystems.co.nz", company="Tidewater Systems",
      local="Thu 2026-10-08 08:30", local_end="2026-10-08 09:15", zone="Pacific/Auckland",
      note="Lever confirmation from an Auckland company: 'Thursday, October 8, 2026, 8:30am - 9:15am NZDT' "
           "(New Zealand daylight time since 27 Sep, UTC+13) = Wednesday 7 Oct 19:30Z-20:15Z, which the "
           "mail also gives as 9:30pm-10:15pm in Madrid (CEST). The local date is the next day in UTC "
           "terms. Contact = human Reply-To.")
def m02() -> bytes:
    body = t("""
        Hi Lucía,

        Thanks for making time to talk with us! Here are the details for your upcoming interview with
        Tidewater Systems for the Port Data Analyst (Remote - EU) role.

        When: Thursday, October 8, 2026, 8:30am - 9:15am NZDT (Auckland)
              (that's Wednesday, October 7, 9:30pm - 10:15pm for you in Madrid)
        Where: Google Meet - https://meet.google.com/tdw-hbxe-qmc
        Who: Aroha Ngata (Talent Partner) and Sam Whitcombe (Data Lead, Terminal Products)

        We know the time difference isn't kind - thank you for doing an evening call.

        Need to make a change? Just reply to this email and it will go straight to Aroha.

        Cheers,
        The Tidewater Systems Talent Team

        --
        Sent via Lever (https://www.lever.co)
        """)
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:24px;font-family:-apple-system,Helvetica,Arial,sans-serif;color:#1f2933">
        <p>Hi Lucía,</p>
        <p>Thanks for making time to talk with us! Here are the details for your upcoming interview with
        Tidewater Systems for the <b>Port Data Analyst (Remote - EU)</b> role.</p>
        <div style="border-left:3px solid #2d8cf0;padding-left:12px">
        <p><b>When:</b> Thursday, October 8, 2026, 8:30am - 9:15am NZDT (Auckland)<br>
        <span style="color:#6b7785">(that's Wednesday, October 7, 9:30pm - 10:15pm for you in Madrid)</span></p>
        <p><b>Where:</b> Google Meet - <a href="https://meet.google.com/tdw-hbxe-qmc">https://meet.google.com/tdw-hbxe-qmc</a></p>
        <p><b>Who:</b> Aroha Ngata (Talent Partner) and Sam Whitcombe (Data Lead, Terminal Products)</p>
        </div>
        <p>We know the time difference isn't kind - thank you for doing an evening call.</p>
        <p>Need to make a change? Just reply to this email and it will go straight to Aroha.</p>
        <p>Cheers,<br>The Tidewater Systems Talent Team</p>
        <p style="font-size:11px;color:#9aa5b1">Sent via <a href="https://www.lever.co">Lever</a></p>
        </body></html>
        """)
    hs = head(addr("Tidewater Systems", "no-reply@hire.lever.co"),
              "Interview confirmed: Port Data Analyst (Remote - EU) at Tidewater Systems",
              "2026-10-02 08:14", "UTC", "<0100019a2b7c4e11-6c0f2d9e-8a1b-4f3e-9c7d-1e2f3a4b5c6d-000000@email.amazonses.com>",
              "from a8-41.smtp-out.amazonses.com (a8-41.smtp-out.amazonses.com [54.240.8.41])",
              extra=(("Reply-To", addr("Aroha Ngata", "aroha.ngata@tidewatersystems.co.nz")),
                     ("Feedback-ID", "1.us-east-1.LeverHire=:AmazonSES")), mx_id="4HbT7")
    return message(hs, alt(text(body, cte="base64"), html(hbody, cte="base64")))


@mail(N(3), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-11-19T14:00:00Z", end="2026-11-19T14:45:00Z",
      contact="ines.carvalho@mareanalytics.pt", company="Maré Analytics",
      local="Thu 2026-11-19 15:00", local_end="2026-11-19 15:45", zone=MAD,
      note="Ashby confirmation from a Lisbon company. The text shows the candidate's zone: '3:00 PM - "
           "3:45 PM CET' (Madrid, UTC+1 in November) = 14:00Z-14:45Z; the attached ICS uses "
           "TZID=Europe/Lisbon 14:00-14:45 (WET, UTC+0), the same instant. Contact = human Reply-To.")
def m03() -> bytes:
    body = t("""
        Hi Lucía,

        Your interview is confirmed. We're looking forward to speaking with you!

        Senior Data Analyst, Port Operations
        Thursday, November 19, 2026
        3:00 PM - 3:45 PM CET (Central European Time)
        Microsoft Teams - link in the calendar invite

        You'll meet with:
          Tiago Pereira - Head of Analytics
          Inês Carvalho - Talent Acquisition

        Questions? Just reply and it will reach Inês Carvalho.

        Thanks,
        Maré Analytics Recruiting
        """)
    hbody = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Lucía,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Senior Data Analyst, Port Operations</strong><br>
        Thursday, November 19, 2026<br>
        3:00 PM - 3:45 PM CET (Central European Time)<br>
        Microsoft Teams - link in the calendar invite</p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Tiago Pereira - Head of Analytics<br>&nbsp;&nbsp;Inês Carvalho - Talent Acquisition</p>
        <p>Questions? Just reply and it will reach Inês Carvalho.</p>
        <p>Thanks,<br>Maré Analytics Recruiting</p>
        </body></html>
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        UID:8d1f4c2a-7b3e-4e59-a0c6-2f9e1d7b5a43
        DTSTAMP:20261112T112005Z
        DTSTART;TZID=Europe/Lisbon:20261119T140000
        DTEND;TZID=Europe/Lisbon:20261119T144500
        SEQUENCE:0
        SUMMARY:Maré Analytics - Senior Data Analyst\\, Port Operations Interview
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmY4ZTk0@thread.v2/0
        ORGANIZER;CN=Inês Carvalho:mailto:ines.carvalho@mareanalytics.pt
        ATTENDEE;CN=Lucía Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.ferrer@example.org
        STATUS:CONFIRMED
        """, tz=LISBON_TZ)
    hs = head(addr("Maré Analytics", "no-reply@ashbyhq.com"),
              "Interview Confirmation: Senior Data Analyst, Port Operations at Maré Analytics",
              "2026-11-12 11:20", LIS, "<010001933f2a8c44-0b7e5d21-3c9a-4b8f-a6e2-7d1c0f9b3e58-000000@email.amazonses.com>",
              "from mail.ashbyhq.com (mail.ashbyhq.com [54.240.27.19])",
              extra=(("Reply-To", addr("Inês Carvalho", "ines.carvalho@mareanalytics.pt")),), mx_id="5Aq2")
    return message(hs, mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(4), family="workday", lang="es", interview=True, kind="scheduled",
      start="2026-10-06T14:00:00Z", end="2026-10-06T15:00:00Z",
      contact="laia.puig@transmedterminals.com", company="Transmed Terminals",
      local="Tue 2026-10-06 16:00", local_end="2026-10-06 17:00", zone=MAD,
      note="Workday HTML-only notice, Spanish day-first dates: '06/10/2026', 16:00-17:00 'hora de Europa "
           "central (CEST)' in Barcelona = 14:00Z-15:00Z. The sender is a Workday tenant address; contact "
           "= the recruiter's address written in the body.")
def m04() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:13px;color:#333">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
        <tr><td style="background:#0b3a5b;color:#fff;padding:14px 20px;font-size:16px">Transmed Terminals · Careers</td></tr>
        <tr><td style="padding:20px">
        <p>Hola, Lucía Ferrer:</p>
        <p>Se ha programado una entrevista para tu candidatura <b>R-0049213 Analista de Datos de Operaciones Portuarias</b>.</p>
        <table cellpadding="3">
        <tr><td>Tipo de entrevista:</td><td>Entrevista presencial – Ronda 2</td></tr>
        <tr><td>Fecha:</td><td>06/10/2026</td></tr>
        <tr><td>Hora de inicio:</td><td>16:00</td></tr>
        <tr><td>Hora de finalización:</td><td>17:00</td></tr>
        <tr><td>Zona horaria:</td><td>Hora de Europa central (CEST) – Madrid</td></tr>
        <tr><td>Ubicación:</td><td>Edificio Transmed, Moll Sud s/n, 08039 Barcelona (recepción, planta 0)</td></tr>
        <tr><td>Entrevistadores:</td><td>Jordi Casals (Operations Director), Laia Puig (Talent Acquisition)</td></tr>
        </table>
        <p>Trae un documento de identidad para acceder a la zona portuaria.</p>
        <p>Si tienes cualquier duda, escribe a tu reclutadora, Laia Puig (<a href="mailto:laia.puig@transmedterminals.com">laia.puig@transmedterminals.com</a>).</p>
        <p>Para ver los detalles de tu candidatura, inicia sesión en el
        <a href="https://wd3.myworkdaysite.com/recruiting/transmed/Careers/userHome">sitio de empleo de Transmed Terminals</a>.</p>
        <p style="color:#888;font-size:11px">Este mensaje se ha generado automáticamente. No respondas a este correo.</p>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Transmed Terminals", "transmed@myworkday.com"),
              "Entrevista programada: Analista de Datos de Operaciones Portuarias",
              "2026-09-30 13:47", MAD, "<1948230571.882104.1791893220114@wd3-prod-notif02.myworkday.com>",
              "from mail-out3.myworkday.com (mail-out3.myworkday.com [148.62.40.23])", mx_id="4Hx9")
    return message(hs, html(hbody))


@mail(N(5), family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-10-15T08:00:00Z", end="2026-10-15T08:45:00Z",
      contact="jorge.mendieta@levantereefer.com", company="Levante Reefer Lines",
      local="Thu 2026-10-15 10:00", local_end="2026-10-15 10:45", zone=MAD,
      note="SmartRecruiters HTML-only (base64): 'jueves, 15 de octubre de 2026 · 10:00 - 10:45 (GMT+02:00) "
           "Europe/Madrid' = 08:00Z-08:45Z. Contact = human Reply-To. Cancelled later by the same recruiter "
           "(thread with blind130_048).")
def m05() -> bytes:
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="UTF-8"><title>Entrevista</title></head>
        <body style="background:#f4f6f8;margin:0;padding:0">
        <div style="max-width:560px;margin:0 auto;background:#fff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#2b2b2b;padding:28px">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/levantereefer.png" alt="Levante Reefer Lines" height="40">
        <h2 style="font-weight:400">Tu entrevista está confirmada</h2>
        <p>Hola Lucía,</p>
        <p>Has reservado una entrevista para el puesto de <b>Analista de Datos – Cadena de Frío (Valencia)</b>.</p>
        <p style="background:#eef6ff;padding:12px;border-radius:4px">
        <b>jueves, 15 de octubre de 2026 · 10:00 - 10:45</b><br>
        (GMT+02:00) Europe/Madrid<br>
        Presencial: Levante Reefer Lines, Av. del Puerto 301, 2ª planta, 46024 Valencia</p>
        <p>Entrevistador: Jorge Mendieta, Responsable de Selección</p>
        <p>¿Necesitas cambiarla? Responde a este mensaje.</p>
        <p style="font-size:12px;color:#777">Enviado con SmartRecruiters en nombre de Levante Reefer Lines ·
        <a href="https://www.smartrecruiters.com/privacy-policy">Política de privacidad</a></p>
        </div></body></html>
        """)
    hs = head(addr("Levante Reefer Lines", "noreply@smartrecruiters.com"),
              "Entrevista confirmada – Analista de Datos (Cadena de Frío)",
              "2026-10-09 12:31", MAD, "<20261009103144.4c2a91f0e7b3d815@smartrecruiters.com>",
              "from mta-11.smartrecruiters.com (mta-11.smartrecruiters.com [52.28.201.17])",
              extra=(("Reply-To", addr("Jorge Mendieta", "jorge.mendieta@levantereefer.com")),), mx_id="4Jc3")
    return message(hs, html(hbody, cte="base64"))


@mail(N(6), family="personio", lang="es", interview=True, kind="scheduled",
      start="2026-11-24T09:30:00Z", end=None,
      contact="sandra.quiles@alicantehub.es", company="Alicante Hub Logística",
      local="Tue 2026-11-24 10:30", zone=MAD,
      note="Personio invitation (Spanish), in person in Alicante: 'martes, 24 de noviembre de 2026, a las "
           "10:30' (CET, UTC+1) = 09:30Z. 'Duración aproximada: 1 hora' is approximate -> end null. "
           "Contact = human Reply-To.")
def m06() -> bytes:
    body = t("""
        Hola Lucía,

        ¡Gracias por tu candidatura para el puesto de Analista de Datos de Transporte en Alicante Hub
        Logística!

        Te confirmamos la cita para la entrevista personal:

          Día: martes, 24 de noviembre de 2026
          Hora: a las 10:30
          Lugar: Alicante Hub Logística, Polígono Las Atalayas, C/ del Franco 12, 03114 Alicante
          Duración aproximada: 1 hora
          Con: Sandra Quiles (RR. HH.) y Héctor Brotons (Jefe de Tráfico)

        Al llegar, pregunta por Sandra en la recepción de la nave 3. Hay aparcamiento para visitas.

        Si te surge cualquier imprevisto, contesta a este correo.

        Saludos cordiales,
        Sandra Quiles
        Recursos Humanos
        Alicante Hub Logística S.L.

        ---
        Este correo se ha enviado a través de Personio.
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1a1a1a">
        <p>Hola Lucía,</p>
        <p>¡Gracias por tu candidatura para el puesto de Analista de Datos de Transporte en Alicante Hub Logística!</p>
        <p>Te confirmamos la cita para la entrevista personal:</p>
        <ul>
        <li><b>Día:</b> martes, 24 de noviembre de 2026</li>
        <li><b>Hora:</b> a las 10:30</li>
        <li><b>Lugar:</b> Alicante Hub Logística, Polígono Las Atalayas, C/ del Franco 12, 03114 Alicante</li>
        <li><b>Duración aproximada:</b> 1 hora</li>
        <li><b>Con:</b> Sandra Quiles (RR. HH.) y Héctor Brotons (Jefe de Tráfico)</li>
        </ul>
        <p>Al llegar, pregunta por Sandra en la recepción de la nave 3. Hay aparcamiento para visitas.</p>
        <p>Si te surge cualquier imprevisto, contesta a este correo.</p>
        <p>Saludos cordiales,<br>Sandra Quiles<br>Recursos Humanos<br>Alicante Hub Logística S.L.</p>
        <p style="font-size:11px;color:#999">Este correo se ha enviado a través de Personio.</p>
        </body></html>
        """)
    hs = head(addr("Alicante Hub Logística", "noreply@personio.de"),
              "Tu entrevista en Alicante Hub Logística",
              "2026-11-17 09:05", MAD, "<a7c1e93b5d2f4e08b61c@mail.personio.de>",
              "from mail.personio.de (mail.personio.de [18.185.77.210])",
              extra=(("Reply-To", addr("Sandra Quiles", "sandra.quiles@alicantehub.es")),), mx_id="5Bt0")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(7), family="teamtailor", lang="es", interview=True, kind="scheduled",
      start="2026-10-02T07:30:00Z", end="2026-10-02T08:15:00Z",
      contact="vicent.llorens@frigoalbufera.es", company="Frigoríficos Albufera",
      local="Fri 2026-10-02 09:30", local_end="2026-10-02 10:15", zone=MAD,
      note="Teamtailor message (RFC 2047 subject): 'el viernes 2/10 a las 9:30' (day-first 2/10 = 2 October, "
           "CEST) for '45 minutos' = 07:30Z-08:15Z. Reply-To is Teamtailor's inbound relay, not a person; "
           "contact = the recruiter's own address in the signature. Rescheduled by blind130_021.")
def m07() -> bytes:
    body = t("""
        Hola Lucía,

        ¡Buenas noticias! Nos encantaría conocerte en persona para el puesto de Analista de datos de
        cadena de frío.

        Te esperamos el viernes 2/10 a las 9:30 en nuestras oficinas de Silla (Camí Reial 48, nave B).
        La entrevista durará 45 minutos y estaremos Amparo Martí (directora de RR. HH.) y yo.

        Cuando llegues, llama al timbre de oficinas; la puerta de muelles es solo para camiones :)

        Un abrazo,

        Vicent Llorens
        Talent & People · Frigoríficos Albufera
        vicent.llorens@frigoalbufera.es · 961 20 44 87
        """)
    hbody = t("""
        <div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#222;max-width:600px">
        <p>Hola Lucía,</p>
        <p>¡Buenas noticias! Nos encantaría conocerte en persona para el puesto de <b>Analista de datos de cadena de frío</b>.</p>
        <p>Te esperamos el <b>viernes 2/10 a las 9:30</b> en nuestras oficinas de Silla (Camí Reial 48, nave B).
        La entrevista durará 45 minutos y estaremos Amparo Martí (directora de RR. HH.) y yo.</p>
        <p>Cuando llegues, llama al timbre de oficinas; la puerta de muelles es solo para camiones :)</p>
        <p>Un abrazo,</p>
        <p>Vicent Llorens<br>Talent &amp; People · Frigoríficos Albufera<br>
        <a href="mailto:vicent.llorens@frigoalbufera.es">vicent.llorens@frigoalbufera.es</a> · 961 20 44 87</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#aaa">Enviado con Teamtailor · <a href="https://frigoalbufera.teamtailor.com/connect">Únete a nuestra comunidad de talento</a></p>
        </div>
        """)
    hs = head(addr("Vicent Llorens – Frigoríficos Albufera", "no-reply@teamtailor-mail.com"),
              "Entrevista confirmada – Analista de datos de cadena de frío",
              "2026-09-28 16:22", MAD, "<5f3e9a0c2b7d1e46@teamtailor-mail.com>",
              "from m42-118.mailgun.net (m42-118.mailgun.net [161.38.204.118])",
              extra=(("Reply-To", "reply+c81f2a9e47b3@inbound.teamtailor-mail.com"),
                     ("X-Mailgun-Tag", "candidate_message")), mx_id="4Fz8")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(8), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T09:45:00Z",
      contact="jonas.weber@hafenblick-data.de", company="Hafenblick Data",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 10:45", zone="Europe/Berlin",
      note="Workable confirmation sent Thu 22 Oct (CEST) for Mon 26 Oct 10:00-10:45 CET (Berlin), the day "
           "after Europe leaves summer time: UTC+1 -> 09:00Z-09:45Z (not 08:00Z). ICS TZID=Europe/Berlin "
           "agrees. Reply-To is a Workable relay; contact = the hiring manager's address in the body.")
def m08() -> bytes:
    body = t("""
        Hi Lucía,

        Thank you for booking a time with Hafenblick Data. Your video interview for the position of
        Data Analyst - Port Community Systems (Remote, EU) is confirmed:

        Monday, 26 October 2026
        10:00 - 10:45 CET (Berlin time)
        Google Meet: https://meet.google.com/hfb-wqrn-xad

        Interviewer: Jonas Weber, Head of Data

        If you have any questions before the interview you can reach Jonas directly at
        jonas.weber@hafenblick-data.de.

        Best regards,
        Hafenblick Data GmbH

        Powered by Workable
        """)
    hbody = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Lucía,</p>
        <p>Thank you for booking a time with Hafenblick Data. Your video interview for the position of
        <b>Data Analyst - Port Community Systems (Remote, EU)</b> is confirmed:</p>
        <p style="font-size:15px"><b>Monday, 26 October 2026</b><br><b>10:00 - 10:45 CET (Berlin time)</b><br>
        Google Meet: <a href="https://meet.google.com/hfb-wqrn-xad">https://meet.google.com/hfb-wqrn-xad</a></p>
        <p>Interviewer: Jonas Weber, Head of Data</p>
        <p>If you have any questions before the interview you can reach Jonas directly at
        <a href="mailto:jonas.weber@hafenblick-data.de">jonas.weber@hafenblick-data.de</a>.</p>
        <p>Best regards,<br>Hafenblick Data GmbH</p>
        <p style="font-size:11px;color:#aaa">Powered by <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    ics = vcal("-//Workable//Workable Calendar//EN", "REQUEST", """
        UID:wk-evt-6f2a91d3c8@workable.com
        DTSTAMP:20261022T154011Z
        DTSTART;TZID=Europe/Berlin:20261026T100000
        DTEND;TZID=Europe/Berlin:20261026T104500
        SUMMARY:Video interview: Lucía Ferrer / Hafenblick Data
        LOCATION:https://meet.google.com/hfb-wqrn-xad
        ORGANIZER;CN=Hafenblick Data:mailto:noreply@candidates.workablemail.com
        ATTENDEE;CN=Lucía Ferrer;RSVP=TRUE:mailto:lucia.ferrer@example.org
        ATTENDEE;CN=Jonas Weber:mailto:jonas.weber@hafenblick-data.de
        STATUS:CONFIRMED
        SEQUENCE:0
        """, tz=VTZ["Europe/Berlin"])
    hs = head(addr("Hafenblick Data", "noreply@candidates.workablemail.com"),
              "Interview confirmed: Data Analyst - Port Community Systems",
              "2026-10-22 17:40", "Europe/Berlin", "<6f2a91d3c8.20261022154011@candidates.workablemail.com>",
              "from mail-o12.workablemail.com (mail-o12.workablemail.com [198.21.5.112])",
              extra=(("Reply-To", addr("Hafenblick Data", "hafenblick-data+c4e81a7709@candidates.workablemail.com")),),
              mx_id="4Kd1")
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, method="REQUEST", cte="8bit", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(9), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-20T12:00:00Z", end="2026-11-20T13:00:00Z",
      contact="megan.ruiz@atlanticbridgeshipping.com", company="Atlantic Bridge Shipping",
      local="Fri 2026-11-20 13:00", local_end="2026-11-20 14:00", zone=MAD,
      note="iCIMS HTML-only (windows-1252, quoted-printable) from a US shipping line, sent in EST: 'Friday, "
           "November 20, 2026 at 1:00 PM Central European Time (7:00 AM Eastern)' for '60 minutes' = "
           "12:00Z-13:00Z. Contact = the coordinator's address in the body (the sender is an iCIMS "
           "role address).")
def m09() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Dear Lucía,</p>
        <p>Thank you for your interest in the <b>Senior Analyst, Network Planning (Barcelona)</b> position
        (Requisition ID 2026-11873) at Atlantic Bridge Shipping.</p>
        <p>We are pleased to confirm your virtual interview:</p>
        <p><b>Date:</b> Friday, November 20, 2026<br>
        <b>Time:</b> 1:00 PM Central European Time (7:00 AM Eastern)<br>
        <b>Length:</b> 60 minutes<br>
        <b>Platform:</b> Microsoft Teams – a link will be sent by your interviewer's calendar<br>
        <b>Panel:</b> Greg Halloran (VP Network Planning), Núria Soler (Barcelona Office Lead)</p>
        <p>Should you have any questions, please don’t hesitate to contact me at
        <a href="mailto:megan.ruiz@atlanticbridgeshipping.com">megan.ruiz@atlanticbridgeshipping.com</a>.</p>
        <p>Kind regards,<br>Megan Ruiz<br>Recruiting Coordinator, EMEA<br>Atlantic Bridge Shipping</p>
        <p><font size="1" color="#808080">This message was sent via iCIMS on behalf of Atlantic Bridge Shipping.
        Please do not reply to this automated message.</font></p>
        </font></body></html>
        """)
    hs = head(addr("Atlantic Bridge Shipping", "atlanticbridgeshipping@talent.icims.com"),
              "Interview Confirmation - Senior Analyst, Network Planning (Barcelona)",
              "2026-11-16 14:02", "America/New_York", "<1637201.88412.1795374120551.JavaMail.icims@app31.icims.com>",
              "from mail31.icims.com (mail31.icims.com [63.116.56.31])", mx_id="5Cr4")
    return message(hs, html(hbody, charset="windows-1252"))


@mail(N(10), family="exchange", lang="es", interview=True, kind="scheduled",
      start="2026-11-05T08:30:00Z", end="2026-11-05T09:30:00Z",
      contact="raquel.gimeno@saguntumbulk.es", company="Saguntum Bulk Terminal",
      local="Thu 2026-11-05 09:30", local_end="2026-11-05 10:30", zone=MAD,
      note="Outlook/Exchange meeting request with Teams boilerplate; the body states no time at all: it is "
           "only in the ICS, DTSTART;TZID=Romance Standard Time:20261105T093000 (Windows name for Madrid, "
           "CET UTC+1) -> 08:30Z-09:30Z. Contact = the human organizer and sender.")
def m10() -> bytes:
    body = t("""
        Hola Lucía,

        Tal y como hablamos por teléfono, te envío la convocatoria para la entrevista técnica con el equipo de
        Operaciones. Estaremos Toni Alcañiz (jefe de Planificación de Atraques) y yo. Puedes conectarte desde
        el enlace de Teams de abajo.

        Un saludo,
        Raquel

        Raquel Gimeno Sanz
        Recursos Humanos | Saguntum Bulk Terminal
        Muelle Norte, Puerto de Sagunto · 46520 Sagunto (Valencia)

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el equipo, la aplicación móvil o un dispositivo de sala
        Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA2MTQ5OGQt@thread.v2/0?context=%7b%22Tid%22%3a%2241c7%22%7d>
        Id. de la reunión: 384 211 905 772
        Código de acceso: Xk7b9Q
        Descargar Teams<https://www.microsoft.com/es-es/microsoft-teams/download-app> | Unirse en la web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p>Hola Lucía,</p>
        <p>Tal y como hablamos por teléfono, te envío la convocatoria para la entrevista técnica con el equipo de Operaciones.
        Estaremos Toni Alcañiz (jefe de Planificación de Atraques) y yo. Puedes conectarte desde el enlace de Teams de abajo.</p>
        <p>Un saludo,<br>Raquel</p>
        <p style="color:#1f3864"><b>Raquel Gimeno Sanz</b><br>Recursos Humanos | Saguntum Bulk Terminal<br>
        Muelle Norte, Puerto de Sagunto · 46520 Sagunto (Valencia)</p>
        <div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span>
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Reunión de Microsoft Teams</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA2MTQ5OGQt@thread.v2/0?context=%7b%22Tid%22%3a%2241c7%22%7d">Haga clic aquí para unirse a la reunión</a></div>
        <div>Id. de la reunión: 384 211 905 772<br>Código de acceso: Xk7b9Q</div>
        </div></div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Raquel Gimeno Sanz:mailto:raquel.gimeno@saguntumbulk.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer:mailto:lucia.ferrer@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Toni Alcañiz Puig:mailto:toni.alcaniz@saguntumbulk.es
        DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\\,\\n\\nTal y como hablamos por teléfono\\, te envío la convocatoria para la entrevista técnica con el equipo de Operaciones.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0F1C2D3E4F5D901000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=es-ES:Entrevista técnica – Analista de datos (Lucía Ferrer)
        DTSTART;TZID=Romance Standard Time:20261105T093000
        DTEND;TZID=Romance Standard Time:20261105T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261102T111800Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA2MTQ5OGQt@thread.v2/0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """).strip("\n")])
    hs = head(addr("Raquel Gimeno Sanz", "raquel.gimeno@saguntumbulk.es"),
              "Entrevista técnica – Analista de datos (Lucía Ferrer)",
              "2026-11-02 12:18", MAD, "<DB9PR04MB8412A3C1F07E2D5B9C4E1A77D6F52@DB9PR04MB8412.eurprd04.prod.outlook.com>",
              "from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
              extra=(("Thread-Topic", enc("Entrevista técnica – Analista de datos (Lucía Ferrer)")),
                     ("Thread-Index", "AdsN4k2Vb0y7lq3ZQ8mWc1xR5tP2Ag=="),
                     ("Accept-Language", "es-ES, en-US"),
                     ("Content-Language", "es-ES"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")), mx_id="5Dd6")
    return message(hs, alt(text(body), html(hbody),
                           calendar(ics, method="REQUEST", cte="base64")))


@mail(N(11), family="ms_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-09-21T08:00:00Z", end="2026-09-21T08:30:00Z",
      contact=None, company="Norai Consulting",
      local="Mon 2026-09-21 10:00", local_end="2026-09-21 10:30", zone=MAD,
      note="Microsoft Bookings confirmation: 'lunes, 21 de septiembre de 2026 10:00 - 10:30 (UTC+01:00) "
           "Bruselas, Copenhague, Madrid, París'. Bookings shows the standard offset in the zone label even "
           "in summer; Madrid is on CEST (UTC+2) on 21 Sep, so 08:00Z-08:30Z, as the ICS (Romance Standard "
           "Time) confirms. Only a staff name, no personal address; the sender is a Bookings mailbox -> "
           "contact null.")
def m11() -> bytes:
    hbody = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#201f1e">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <div style="font-size:20px;font-weight:600">Su reserva está confirmada</div>
        <p>Hola Lucía Ferrer:</p>
        <p>Gracias por reservar con Norai Consulting. Estos son los detalles de su cita.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista inicial – Analista de Datos (Logística)</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Álvaro Recio</td></tr>
        <tr><td style="color:#605e5c">Fecha y hora</td><td>lunes, 21 de septiembre de 2026 10:00 - 10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yjk3MmFh@thread.v2/0" style="background:#5b5fc7;color:#fff;padding:8px 14px;text-decoration:none">Unirse a la reunión de Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/EntrevistasNorai@noraiconsulting.onmicrosoft.com/bookings/s/manage?id=3kQ9xV">Administrar reserva</a></p>
        <p style="font-size:12px;color:#605e5c">Norai Consulting · Paseo de la Castellana 141, 28046 Madrid</p>
        <p style="font-size:11px;color:#a19f9d">Con tecnología de Microsoft Bookings</p>
        </td></tr></table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Norai Consulting - Entrevistas:mailto:EntrevistasNorai@noraiconsulting.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer:mailto:lucia.ferrer@example.org
        UID:040000008200E00074C5B7101A82E008000000007A6B5C4D3E2FD901000000000000000010000000C0FFEE1234567890ABCDEF0123456789
        SUMMARY;LANGUAGE=es-ES:Entrevista inicial – Analista de Datos (Logística)
        DTSTART;TZID=Romance Standard Time:20260921T100000
        DTEND;TZID=Romance Standard Time:20260921T103000
        DTSTAMP:20260915T074012Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """).strip("\n")])
    hs = head(addr("Norai Consulting - Entrevistas", "EntrevistasNorai@noraiconsulting.onmicrosoft.com"),
              "Reserva confirmada: Entrevista inicial – Analista de Datos (Logística)",
              "2026-09-15 09:40", MAD, "<PAXPR09MB7745E0B1D2C3F4A5@PAXPR09MB7745.eurprd09.prod.outlook.com>",
              "from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2102.outbound.protection.outlook.com [40.107.247.102])",
              extra=(("Content-Language", "es-ES"),), mx_id="4Lm2")
    return message(hs, mixed(html(hbody, cte="base64"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(12), family="human_prose", lang="ca", interview=True, kind="scheduled",
      start="2026-09-29T08:00:00Z", end=None,
      contact="nuria.ballester@planalogistica.es", company="Plana Logística",
      local="Tue 2026-09-29 10:00", zone=MAD,
      note="Valencian prose from Gmail, sent Wed 23 Sep: 'dimarts que ve a les deu del matí' = the next "
           "Tuesday, 29 Sep, 10:00 CEST = 08:00Z. 'uns tres quarts d'hora' is approximate -> end null. "
           "Contact = human sender.")
def m12() -> bytes:
    body = t("""
        Bon dia Lucía,

        Com hem parlat per telèfon adés, et confirme l'entrevista per al lloc d'analista de dades
        logístiques: dimarts que ve a les deu del matí, a les nostres oficines de Vila-real (Camí
        Collet 22, al costat de l'estació de mercaderies). Estarem el Pasqual Font, cap d'operacions, i jo.

        Serà una conversa d'uns tres quarts d'hora, i després si vols et fem una volta pel magatzem.

        Si per el que siga no pots vindre, avisa'm per ací o al 964 51 20 33.

        Salutacions,

        Núria Ballester
        Persones i Organització · Plana Logística
        """)
    hs = head(addr("Núria Ballester", "nuria.ballester@planalogistica.es"),
              "Entrevista dimarts – Plana Logística",
              "2026-09-23 13:05", MAD, "<CAJm4bq1Zt7nVx0w9Kc3pE2hR8sD5fG6aL1yU0iOq4Nm7Xz@mail.gmail.com>",
              "from mail-wr1-f53.google.com (mail-wr1-f53.google.com [209.85.221.53])",
              mx_id="4Ep5")
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(N(13), family="human_prose", lang="pt", interview=True, kind="scheduled",
      start="2026-09-10T14:00:00Z", end="2026-09-10T15:00:00Z",
      contact="rui.mendes@tejocargo.pt", company="Tejo Cargo Analytics",
      local="Thu 2026-09-10 15:00", local_end="2026-09-10 16:00", zone=LIS,
      note="Portuguese prose (iso-8859-1, quoted-printable) from Lisbon: 'quinta-feira, 10 de setembro, às "
           "15h (hora de Lisboa), ou seja 16h em Valência', 'terá a duração de uma hora' (exact). Lisbon is "
           "on WEST (UTC+1) in September -> 14:00Z-15:00Z. Contact = human sender.")
def m13() -> bytes:
    body = t("""
        Olá Lucía,

        Obrigado pela conversa de sexta-feira. Tal como combinado, confirmo a entrevista com a nossa
        equipa de dados:

        quinta-feira, 10 de setembro, às 15h (hora de Lisboa), ou seja 16h em Valência.

        A entrevista terá a duração de uma hora, por Zoom:
        https://us06web.zoom.us/j/81234455066?pwd=Tj2cK9aWq

        Vamos estar eu e a Joana Ribeiro (Diretora de Operações). Pode falar em espanhol ou em inglês,
        como preferir.

        Cumprimentos,
        Rui Mendes
        Talent Acquisition | Tejo Cargo Analytics
        Av. 24 de Julho 98, 1200-870 Lisboa
        """)
    hs = head(addr("Rui Mendes", "rui.mendes@tejocargo.pt", charset="iso-8859-1"),
              "Entrevista - Analista de Dados (Tejo Cargo Analytics)",
              "2026-09-07 10:40", LIS, "<AM6PR02MB4421B7E1D92F3C56A0A8E9F1B3D82@AM6PR02MB4421.eurprd02.prod.outlook.com>",
              "from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2081.outbound.protection.outlook.com [40.107.105.81])",
              extra=(("Content-Language", "pt-PT"),), mx_id="4Ca0")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(14), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-10-14T14:30:00Z", end=None,
      contact="paco.sanchis@tvexpress.es", company="TransValencia Express",
      local="Wed 2026-10-14 16:30", zone=MAD,
      note="Phone-written reply (iPhone Mail, 8bit, format=flowed) sent Tue 13 Oct 10:05: 'mañana a las "
           "cuatro y media' = Wed 14 Oct 16:30 CEST = 14:30Z; the quoted message from Lucía only offers "
           "'mañana por la tarde'. No duration. Contact = human sender.")
def m14() -> bytes:
    body = t("""
        Perfecto Lucía, pues mañana a las cuatro y media te esperamos en la nave de Riba-roja (polígono
        El Oliveral, calle K, 14). Pregunta por mí en la entrada, que aviso al vigilante.

        Trae el portátil si quieres enseñarnos lo del cuadro de mando de atraques q me comentaste.

        Un saludo

        Paco

        Enviado desde mi iPhone

        > El 13 oct 2026, a las 9:48, Lucía Ferrer <lucia.ferrer@example.org> escribió:
        >
        > Hola Paco,
        >
        > Gracias por llamarme ayer. Sí, mañana por la tarde puedo sin problema. ¿A qué hora os va
        > bien?
        >
        > Un saludo,
        > Lucía
        """)
    hs = head(addr("Paco Sanchis", "paco.sanchis@tvexpress.es"),
              "Re: Entrevista jefe/a de datos – TransValencia Express",
              "2026-10-13 10:05", MAD, "<A41F3E2B-7C9D-4E10-B5A6-2F8E9D0C1B37@tvexpress.es>",
              "from smtp.tvexpress.es (smtp.tvexpress.es [185.42.104.17])",
              extra=(("In-Reply-To", "<b81c2e74-09f1-4d3a-a5e6-ef0d21c9a4b2@example.org>"),
                     ("References", "<b81c2e74-09f1-4d3a-a5e6-ef0d21c9a4b2@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3370)")), mx_id="4Ng8")
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(N(15), family="taleo", lang="es", interview=True, kind="scheduled",
      start="2026-11-25T11:00:00Z", end="2026-11-25T11:45:00Z",
      contact="raul.ibanez@meridionaladuanas.com", company="Meridional Aduanas",
      local="Wed 2026-11-25 12:00", local_end="2026-11-25 12:45", zone=MAD,
      note="Lucía forwards to herself (from her example.net account) a Taleo convocation as an attached "
           "message/rfc822: 'miércoles 25/11/2026, 12:00 (hora peninsular)', 'duración: 45 minutos' -> CET "
           "UTC+1 -> 11:00Z-11:45Z. The outer Date (Mon 23 Nov) is 2 days before. Sender and From of the "
           "outer mail are the candidate; the Taleo mail is no-reply; contact = the human address in the "
           "forwarded body.")
def m15() -> bytes:
    inner_body = t("""
        Estimada Sra. Ferrer:

        En relación con su candidatura al puesto de Técnico/a de Análisis de Datos Aduaneros (ref. 2600417),
        nos complace convocarle a una entrevista personal por videoconferencia.

        Fecha: miércoles 25/11/2026
        Hora: 12:00 (hora peninsular)
        Duración: 45 minutos
        Modalidad: Microsoft Teams. Recibirá el enlace el día anterior.

        Le rogamos que tenga a mano su DNI. Para cualquier consulta puede dirigirse a D. Raúl Ibáñez
        Cuesta (raul.ibanez@meridionaladuanas.com).

        Atentamente,

        Departamento de Selección
        Meridional Aduanas, S.A.

        Por favor, no responda a este mensaje: ha sido generado automáticamente por Oracle Taleo.
        """)
    inner_hs = [
        ("From", addr("Meridional Aduanas", "no-reply@tbe.taleo.net")),
        ("To", addr("Lucía Ferrer", "lferrer@example.net")),
        ("Subject", enc("Convocatoria de entrevista – Técnico/a de Análisis de Datos Aduaneros")),
        ("Date", date("2026-11-20 17:30", MAD)),
        ("Message-ID", "<1305548872.220471.1795710600412.JavaMail.taleo@tbe.taleo.net>"),
    ]
    inner = message(inner_hs, text(inner_body, charset="iso-8859-15"))
    body = t("""
        Me lo reenvío para tenerlo también en el correo nuevo.

        --
        Enviado desde mi teléfono
        """)
    hs = head(addr("Lucía Ferrer", "lferrer@example.net"),
              "Fwd: Convocatoria de entrevista – Técnico/a de Análisis de Datos Aduaneros",
              "2026-11-23 08:15", MAD, "<e2b74a1c-5f83-49d6-9c0e-71a8d3f2b6e5@example.net>",
              "from smtp.example.net (smtp.example.net [203.0.113.25])", mx_id="5Ef9")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner, "Convocatoria.eml")))


@mail(N(16), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-10-28T15:00:00Z", end="2026-10-28T15:45:00Z",
      contact="dana.whitfield@hudsonquay.com", company="Hudson Quay Analytics",
      local="Wed 2026-10-28 11:00", local_end="2026-10-28 11:45", zone="America/New_York",
      note="Recruiter prose + pasted Zoom invitation, sent from New York in EDT. 'Wednesday, Oct 28 at "
           "11:00 AM ET' is in the week Europe is already back on CET (25 Oct) and the US is still on "
           "EDT (until 1 Nov): 15:00Z, which the mail gives as '4:00 PM your time' (Madrid, UTC+1). "
           "'45 minutes' exact -> end 15:45Z. Contact = human sender.")
def m16() -> bytes:
    body = t("""
        Hi Lucía,

        Great speaking with you on Monday. As promised, here's the invite for your conversation with
        Priya Natarajan, our Director of Maritime Analytics. We've blocked 45 minutes.

        Wednesday, Oct 28 at 11:00 AM ET - which should be 4:00 PM your time in Valencia (our clocks
        change a week after yours, so it's a 5-hour gap that week, not 6).

        Dana Whitfield is inviting you to a scheduled Zoom meeting.

        Topic: Hudson Quay | Lucía Ferrer <> Priya Natarajan
        Time: Oct 28, 2026 11:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://hudsonquay.zoom.us/j/93570214488?pwd=aWJ2cFhQd0tnS1lL

        Meeting ID: 935 7021 4488
        Passcode: 640281

        ---

        One tap mobile
        +13462487799,,93570214488#,,,,*640281# US (Houston)

        Talk soon,
        Dana

        Dana Whitfield
        Senior Technical Recruiter | Hudson Quay Analytics
        dana.whitfield@hudsonquay.com | +1 (646) 555-0148
        """)
    hs = head(addr("Dana Whitfield", "dana.whitfield@hudsonquay.com"),
              "Interview with Priya - Wed Oct 28",
              "2026-10-22 10:12", "America/New_York", "<CAH8p3wq5Xr2Lm9Nk0Ty7Ue4Vb6Zc1As3Dq8Fj@mail.gmail.com>",
              "from mail-qk1-f172.google.com (mail-qk1-f172.google.com [209.85.222.172])", mx_id="4Qw3")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(17), family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-10-05T10:00:00Z", end="2026-10-05T10:45:00Z",
      contact="vicent.llorens@frigoalbufera.es", company="Frigoríficos Albufera",
      local="Mon 2026-10-05 12:00", local_end="2026-10-05 12:45", zone=MAD,
      note="Reschedule in prose (Gmail, Thu 1 Oct): 'en vez del viernes 2 a las 9:30, te esperamos el lunes "
           "que viene (día 5) a las 12:00', 'misma duración (45 minutos)'. New time Mon 5 Oct 12:00 CEST = "
           "10:00Z-10:45Z; the old slot is also in the quoted Teamtailor text. Contact = human sender. "
           "Thread with blind130_038.")
def m17() -> bytes:
    body = t("""
        Hola Lucía,

        Como te he comentado por teléfono hace un rato, cambiamos la entrevista: en vez del viernes 2 a
        las 9:30, te esperamos el lunes que viene (día 5) a las 12:00. Mismo sitio (Silla, nave B) y misma
        duración (45 minutos). A Amparo le ha salido un viaje a Rotterdam y quería estar sí o sí.

        Gracias por la flexibilidad y perdona el lío.

        Vicent

        El lun, 28 sept 2026 a las 16:22, Vicent Llorens – Frigoríficos Albufera (<no-reply@teamtailor-mail.com>) escribió:
        > Hola Lucía,
        >
        > ¡Buenas noticias! Nos encantaría conocerte en persona para el puesto de Analista de datos de
        > cadena de frío.
        >
        > Te esperamos el viernes 2/10 a las 9:30 en nuestras oficinas de Silla (Camí Reial 48, nave B).
        > La entrevista durará 45 minutos y estaremos Amparo Martí (directora de RR. HH.) y yo.
        """)
    hs = head(addr("Vicent Llorens", "vicent.llorens@frigoalbufera.es"),
              "Re: Entrevista confirmada – Analista de datos de cadena de frío",
              "2026-10-01 11:50", MAD, "<CAF9k2Lz8w1Qn4Rt6Yp0Ue3Vc7Xb5Md2Sa9Gh@mail.gmail.com>",
              "from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])",
              extra=(("In-Reply-To", "<5f3e9a0c2b7d1e46@teamtailor-mail.com>"),
                     ("References", "<5f3e9a0c2b7d1e46@teamtailor-mail.com>")), mx_id="4Gh6")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(18), family="google_calendar", lang="es", interview=True, kind="rescheduled",
      start="2026-12-01T11:00:00Z", end=None,
      contact="elena.museros@azaharlogistica.es", company="Azahar Logística",
      local="Tue 2026-12-01 12:00", zone=MAD,
      note="Google Calendar 'Invitación actualizada' for an ALL-DAY event (DTSTART;VALUE=DATE:20261201, "
           "SEQUENCE:1) moved from Mon 30 Nov to Tue 1 Dec; the time is only in the description: 'a las "
           "12:00' (CET) = 11:00Z; 'calcula hora y pico' is approximate -> end null. Contact = organizer "
           "(human From/Reply-To; Sender is Google Calendar).")
def m18() -> bytes:
    body = t("""
        Se ha cambiado este evento.

        Entrevista presencial Lucía Ferrer – Azahar Logística
        Cuándo
        Modificado: martes 1 dic 2026
        Anteriormente: lunes 30 nov 2026

        Dónde
        Azahar Logística, Av. del Puerto 9, 12100 El Grau de Castelló

        Organizador
        Elena Museros
        elena.museros@azaharlogistica.es

        Invitados
        Elena Museros - organizador
        lucia.ferrer@example.org
        sergi.tena@azaharlogistica.es

        Descripción:
        Hola Lucía! Lo pasamos al martes porque el lunes Sergi está en la feria de Barcelona. Te
        esperamos a las 12:00 en recepción (planta baja). Calcula hora y pico.

        Ver todos los detalles del evento: https://calendar.google.com/calendar/event?action=VIEW&eid=NmJ0cTRrOGU

        Responder para lucia.ferrer@example.org: Sí | Quizás | No | Más opciones

        Invitación de Google Calendar (https://calendar.google.com/calendar/)

        Recibes este correo electrónico porque eres un invitado del evento. Para dejar de recibir
        actualizaciones de este evento, rechaza el evento.
        """)
    hbody = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px">Se ha cambiado este evento.</div>
        <h2 style="font-weight:400;color:#3c4043">Entrevista presencial Lucía Ferrer – Azahar Logística</h2>
        <table>
        <tr><td style="color:#70757a">Cuándo</td><td><span style="background:#e6f4ea">Modificado: martes 1 dic 2026</span><br>
        <span style="text-decoration:line-through">Anteriormente: lunes 30 nov 2026</span></td></tr>
        <tr><td style="color:#70757a">Dónde</td><td>Azahar Logística, Av. del Puerto 9, 12100 El Grau de Castelló</td></tr>
        <tr><td style="color:#70757a">Organizador</td><td>Elena Museros<br>elena.museros@azaharlogistica.es</td></tr>
        </table>
        <p>Hola Lucía! Lo pasamos al martes porque el lunes Sergi está en la feria de Barcelona. Te esperamos a las 12:00 en recepción (planta baja). Calcula hora y pico.</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </body></html>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        DTSTART;VALUE=DATE:20261201
        DTEND;VALUE=DATE:20261202
        DTSTAMP:20261126T121004Z
        ORGANIZER;CN=Elena Museros:mailto:elena.museros@azaharlogistica.es
        UID:6bt4q8e2n1k7r3o5m9v0c2d4f6@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elena Museros;X-NUM-GUESTS=0:mailto:elena.museros@azaharlogistica.es
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.ferrer@example.org;X-NUM-GUESTS=0:mailto:lucia.ferrer@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=sergi.tena@azaharlogistica.es;X-NUM-GUESTS=0:mailto:sergi.tena@azaharlogistica.es
        CREATED:20261119T090233Z
        DESCRIPTION:Hola Lucía! Lo pasamos al martes porque el lunes Sergi está en la feria de Barcelona. Te esperamos a las 12:00 en recepción (planta baja). Calcula hora y pico.
        LAST-MODIFIED:20261126T121003Z
        LOCATION:Azahar Logística\\, Av. del Puerto 9\\, 12100 El Grau de Castelló
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Entrevista presencial Lucía Ferrer – Azahar Logística
        TRANSP:TRANSPARENT
        """)
    hs = head(addr("Elena Museros", "elena.museros@azaharlogistica.es"),
              "Invitación actualizada: Entrevista presencial Lucía Ferrer – Azahar Logística - mar 1 dic 2026 "
              "(lucia.ferrer@example.org)",
              "2026-11-26 13:10", MAD, "<calendar-7e1d93a4-2b6c-4f08-9a15-c3e8d07f2b61@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Elena Museros", "elena.museros@azaharlogistica.es"))),
              rp="3ZxBmaQ4JCAk8yt7xq@calendar-server.bounces.google.com", mx_id="5Gk2")
    return message(hs, mixed(alt(text(body), html(hbody), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(19), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-12-03T09:00:00Z", end="2026-12-03T11:00:00Z",
      contact="clara.vidal@mistralsc.com", company="Mistral Supply Chain",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 12:00", zone=MAD,
      note="GoodTime 'updated itinerary': previously Tue 1 Dec, now Thu 3 Dec, two sessions 10:00-10:45 and "
           "11:00-12:00 CET (Barcelona, UTC+1) -> first start to last end 09:00Z-11:00Z. Contact = the "
           "coordinator's human Reply-To.")
def m19() -> bytes:
    body = t("""
        Hi Lucía,

        Your onsite interview with Mistral Supply Chain has been rescheduled. Your updated itinerary is
        below - the previous schedule (Tuesday, December 1) is no longer valid.

        THURSDAY, DECEMBER 3, 2026 - all times Central European Time (CET)

          10:00 AM - 10:45 AM   Analytics case study         Oriol Bassols, Lead Data Scientist
          11:00 AM - 12:00 PM   Operations panel             Carme Riera, Martí Font

        Location: Mistral Supply Chain, Carrer de Pallars 190, 4th floor, 08005 Barcelona
        Please check in at reception 10 minutes early with a photo ID.

        If you have questions, reply to this email to reach Clara Vidal, your recruiting coordinator.

        Good luck!
        Mistral Supply Chain Recruiting

        Scheduling powered by GoodTime
        """)
    hbody = t("""
        <html><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#2e3440">
        <p>Hi Lucía,</p>
        <p>Your onsite interview with Mistral Supply Chain has been <b>rescheduled</b>. Your updated itinerary is below -
        the previous schedule (Tuesday, December 1) is no longer valid.</p>
        <h3 style="margin-bottom:4px">Thursday, December 3, 2026</h3>
        <div style="color:#6b7280;font-size:12px">All times Central European Time (CET)</div>
        <table cellpadding="6" style="border-collapse:collapse;margin-top:8px">
        <tr style="border-bottom:1px solid #e5e7eb"><td>10:00 AM - 10:45 AM</td><td><b>Analytics case study</b><br>Oriol Bassols, Lead Data Scientist</td></tr>
        <tr><td>11:00 AM - 12:00 PM</td><td><b>Operations panel</b><br>Carme Riera, Martí Font</td></tr>
        </table>
        <p><b>Location:</b> Mistral Supply Chain, Carrer de Pallars 190, 4th floor, 08005 Barcelona<br>
        Please check in at reception 10 minutes early with a photo ID.</p>
        <p>If you have questions, reply to this email to reach Clara Vidal, your recruiting coordinator.</p>
        <p>Good luck!<br>Mistral Supply Chain Recruiting</p>
        <p style="font-size:11px;color:#9ca3af">Scheduling powered by GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Mistral Supply Chain Recruiting", "no-reply@goodtime.io"),
              "Updated: Your interview itinerary with Mistral Supply Chain",
              "2026-11-30 16:45", MAD, "<20261130154502.9f3c2e1a7b@goodtime.io>",
              "from o16.email.goodtime.io (o16.email.goodtime.io [149.72.160.16])",
              extra=(("Reply-To", addr("Clara Vidal", "clara.vidal@mistralsc.com")),), mx_id="5Hn7")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(20), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
      contact="sofia.carrasco@portline.digital", company="Portline Digital",
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone=MAD,
      note="Outlook updated meeting request (SEQUENCE:1) sent Wed 21 Oct in CEST: moved 'from this Friday "
           "(23 Oct, 15:00)' to 'next Tuesday, 27 October, same time, 15:00-16:00 Madrid time'. Across the "
           "25 Oct change: the new slot is CET (UTC+1) -> 14:00Z-15:00Z, not 13:00Z. ICS TZID=Romance "
           "Standard Time agrees. Contact = human organizer/sender.")
def m20() -> bytes:
    body = t("""
        Hi Lucía,

        As discussed on the phone, I'm moving our final round from this Friday (23 Oct, 15:00) to next
        Tuesday, 27 October, same time: 15:00-16:00 Madrid time. Our CTO Bruno is flying back from
        Singapore on Friday, and he really wants to be in the room.

        Same format: 20 minutes on your take-home, then Q&A with Bruno, Lena and me. Teams link below is
        unchanged.

        Best,
        Sofía

        Sofía Carrasco
        People Partner | Portline Digital
        Calle de Orense 34, 28020 Madrid

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg1ZWQ4MjIt@thread.v2/0>
        Meeting ID: 371 556 208 914
        Passcode: 9hWq2A
        Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hi Lucía,</p>
        <p>As discussed on the phone, I'm moving our final round from this Friday (23 Oct, 15:00) to next Tuesday,
        27 October, same time: 15:00-16:00 Madrid time. Our CTO Bruno is flying back from Singapore on Friday,
        and he really wants to be in the room.</p>
        <p>Same format: 20 minutes on your take-home, then Q&amp;A with Bruno, Lena and me. Teams link below is unchanged.</p>
        <p>Best,<br>Sofía</p>
        <p><b>Sofía Carrasco</b><br>People Partner | Portline Digital<br>Calle de Orense 34, 28020 Madrid</p>
        <div>________________________________________________________________________________</div>
        <div style="font-size:24px">Microsoft Teams meeting</div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg1ZWQ4MjIt@thread.v2/0">Click here to join the meeting</a></div>
        <div>Meeting ID: 371 556 208 914<br>Passcode: 9hWq2A</div>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sofía Carrasco:mailto:sofia.carrasco@portline.digital
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer:mailto:lucia.ferrer@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bruno Salgado:mailto:bruno.salgado@portline.digital
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Hoffmann:mailto:lena.hoffmann@portline.digital
        UID:040000008200E00074C5B7101A82E00800000000D4C3B2A19F8ED901000000000000000010000000FEDCBA98765432100123456789ABCDEF
        SUMMARY;LANGUAGE=en-US:Final interview – Lucía Ferrer / Portline Digital
        DTSTART;TZID=Romance Standard Time:20261027T150000
        DTEND;TZID=Romance Standard Time:20261027T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T160212Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2117392846
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """).strip("\n")])
    hs = head(addr("Sofía Carrasco", "sofia.carrasco@portline.digital"),
              "Updated: Final interview – Lucía Ferrer / Portline Digital",
              "2026-10-21 18:02", MAD, "<VI1PR08MB5325F2E9A41C7B3D6E0A9C88F1B27@VI1PR08MB5325.eurprd08.prod.outlook.com>",
              "from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2052.outbound.protection.outlook.com [40.107.8.52])",
              extra=(("Thread-Topic", enc("Final interview – Lucía Ferrer / Portline Digital")),
                     ("Thread-Index", "AdtBx9mQ2vK8Yp4cS1e7RnLw3hZ0uQAAFk2r"),
                     ("Accept-Language", "en-GB, es-ES"),
                     ("Content-Language", "en-GB"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")), mx_id="4Rt5")
    return message(hs, alt(text(body), html(hbody), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(21), family="calendly", lang="en", interview=True, kind="cancelled",
      start="2026-12-07T16:00:00Z", end="2026-12-07T16:30:00Z",
      contact="pieter.devries@bluewaterrouting.nl", company="Bluewater Routing",
      local="Mon 2026-12-07 17:00", local_end="2026-12-07 17:30", zone=MAD,
      note="Calendly cancellation by the host: '05:00pm - 05:30pm, Monday, December 7, 2026 (Central European "
           "Time)' = 16:00Z-16:30Z, the cancelled slot; no new time (a new link 'once she's back'). Sender "
           "is Calendly's notifications address; contact = the host's human Reply-To.")
def m21() -> bytes:
    body = t("""
        Hi Lucía Ferrer,

        Pieter de Vries has canceled the following event.

        Event Type:
        Second interview - Bluewater Routing (30 min)

        Event Date/Time:
        05:00pm - 05:30pm, Monday, December 7, 2026 (Central European Time)

        Canceled by:
        Pieter de Vries

        Reason for canceling:
        "So sorry Lucía - Anouk, our hiring manager, is out sick this week. I'll send you a fresh
        scheduling link once she's back."

        Sent from Calendly
        """)
    hbody = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hi Lucía Ferrer,</p>
        <p>Pieter de Vries has canceled the following event.</p>
        <p><b>Event Type:</b><br>Second interview - Bluewater Routing (30 min)</p>
        <p><b>Event Date/Time:</b><br><span style="text-decoration:line-through">05:00pm - 05:30pm, Monday, December 7, 2026 (Central European Time)</span></p>
        <p><b>Canceled by:</b><br>Pieter de Vries</p>
        <p><b>Reason for canceling:</b><br>"So sorry Lucía - Anouk, our hiring manager, is out sick this week. I'll send you a fresh scheduling link once she's back."</p>
        <p style="font-size:12px;color:#666">Sent from <a href="https://calendly.com">Calendly</a></p>
        </body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Canceled: Lucía Ferrer and Pieter de Vries @ Mon Dec 7, 2026 5pm - 5:30pm (CET)",
              "2026-12-02 09:31", MAD, "<0100019d8a1f2b3c-4d5e6f70-8192-4a3b-bc4d-5e6f7a8b9c0d-000000@email.amazonses.com>",
              "from a48-30.smtp-out.amazonses.com (a48-30.smtp-out.amazonses.com [54.240.48.30])",
              extra=(("Reply-To", addr("Pieter de Vries", "pieter.devries@bluewaterrouting.nl")),), mx_id="5Jp1")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(22), family="human_prose", lang="es", interview=True, kind="cancelled",
      start="2026-10-15T08:00:00Z", end=None,
      contact="jorge.mendieta@levantereefer.com", company="Levante Reefer Lines",
      local="Thu 2026-10-15 10:00", zone=MAD,
      note="Outlook prose (windows-1252, quoted-printable), Tue 13 Oct: 'tenemos que cancelar la entrevista "
           "del jueves 15 a las 10:00' because the position is frozen; no new time. Cancelled slot Thu 15 Oct "
           "10:00 CEST = 08:00Z; this mail gives no length -> end null. Contact = human sender. Thread "
           "with blind130_034.")
def m22() -> bytes:
    body = t("""
        Hola Lucía:

        Lamento mucho tener que escribirte esto. Tenemos que cancelar la entrevista del jueves 15 a las
        10:00: la dirección ha decidido congelar la contratación del puesto hasta que se cierre el
        presupuesto de 2027, y no queremos hacerte venir sin saber si la posición seguirá abierta.

        Guardamos tu candidatura y, si se reactiva, serás la primera persona a la que llamemos.

        Disculpa las molestias.

        Un saludo,

        Jorge Mendieta
        Responsable de Selección
        Levante Reefer Lines
        Av. del Puerto 301, 2ª planta · 46024 Valencia
        T. 963 55 71 02
        """)
    hs = head(addr("Jorge Mendieta", "jorge.mendieta@levantereefer.com", charset="windows-1252"),
              "Entrevista jueves 15 – cancelación",
              "2026-10-13 17:20", MAD, "<DU2PR07MB8123C4B1E0F9A27D3E5B6C01A9F84@DU2PR07MB8123.eurprd07.prod.outlook.com>",
              "from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2090.outbound.protection.outlook.com [40.107.249.90])",
              extra=(("Content-Language", "es-ES"),), charset="windows-1252", mx_id="4Nb2")
    return message(hs, text(body, charset="windows-1252"))


@mail(N(23), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-12-09T08:30:00Z", end="2026-12-09T09:15:00Z",
      contact="marc.esteve@lixativa.es", company="Logística Interior Xàtiva",
      local="Wed 2026-12-09 09:30", local_end="2026-12-09 10:15", zone=MAD,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED): 'mié. 9 de dic. de 2026 9:30 - "
           "10:15 (CET)' = 08:30Z-09:15Z, the cancelled slot; the organizer's note ('cancelo la del 9/12') "
           "gives no new time. Contact = organizer.")
def m23() -> bytes:
    body = t("""
        Este evento se ha cancelado y se ha eliminado de tu calendario.

        Entrevista Analista de Datos – LIX
        Cuándo
        miércoles 9 dic 2026 · 9:30 – 10:15 (hora estándar de Europa central)

        Organizador
        Marc Esteve
        marc.esteve@lixativa.es

        Mensaje de Marc Esteve:
        "Lucía, cancelo la del 9/12: al final hemos cerrado el proceso con una candidata interna. Perdona
        las molestias y mucha suerte."

        Invitación de Google Calendar (https://calendar.google.com/calendar/)

        Has recibido este correo electrónico porque eres un invitado del evento.
        """)
    hbody = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px">Este evento se ha cancelado y se ha eliminado de tu calendario.</div>
        <h2 style="font-weight:400;text-decoration:line-through">Entrevista Analista de Datos – LIX</h2>
        <table><tr><td style="color:#70757a">Cuándo</td><td>miércoles 9 dic 2026 · 9:30 – 10:15 (hora estándar de Europa central)</td></tr>
        <tr><td style="color:#70757a">Organizador</td><td>Marc Esteve<br>marc.esteve@lixativa.es</td></tr></table>
        <p>Mensaje de Marc Esteve:<br>"Lucía, cancelo la del 9/12: al final hemos cerrado el proceso con una candidata interna. Perdona las molestias y mucha suerte."</p>
        <p style="font-size:12px;color:#70757a">Invitación de Google Calendar</p>
        </body></html>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", """
        DTSTART:20261209T083000Z
        DTEND:20261209T091500Z
        DTSTAMP:20261204T090211Z
        ORGANIZER;CN=Marc Esteve:mailto:marc.esteve@lixativa.es
        UID:2k9f7h3m1p5q8s0t4v6x@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lucia.ferrer@example.org;X-NUM-GUESTS=0:mailto:lucia.ferrer@example.org
        CREATED:20261130T110514Z
        LAST-MODIFIED:20261204T090210Z
        LOCATION:https://meet.google.com/lix-pqtr-wmz
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista Analista de Datos – LIX
        TRANSP:OPAQUE
        """)
    hs = head(addr("Marc Esteve", "marc.esteve@lixativa.es"),
              "Evento cancelado: Entrevista Analista de Datos – LIX @ mié. 9 de dic. de 2026 9:30 - 10:15 (CET) "
              "(lucia.ferrer@example.org)",
              "2026-12-04 10:02", MAD, "<calendar-0c4a8e2f-91d7-4b3e-a65c-7f1e2d9b8a30@google.com>",
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Marc Esteve", "marc.esteve@lixativa.es"))),
              rp="3cQ1mZg8JCHs7xq2@calendar-server.bounces.google.com", mx_id="5Kq8")
    return message(hs, mixed(alt(text(body), html(hbody), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="rejection", lang="es", interview=False, company="Elbe Kontor Logistik",
      note="softgarden rejection after a first interview ('la entrevista del pasado martes'); no new "
           "appointment.")
def m24() -> bytes:
    body = t("""
        Estimada Lucía Ferrer:

        Muchas gracias por tu interés en Elbe Kontor Logistik y por el tiempo que dedicaste a la entrevista
        del pasado martes para el puesto de Data Analyst (m/f/d) – Valencia.

        Tras valorar detenidamente todas las candidaturas, hemos decidido continuar el proceso con otras
        personas cuyo perfil se ajusta más a los requisitos actuales del puesto. Esta decisión no supone
        una valoración de tu trayectoria profesional.

        Con tu consentimiento, conservaremos tus datos en nuestro talent pool durante 12 meses.

        Te deseamos mucho éxito en tu búsqueda.

        Un cordial saludo,
        Equipo de Recruiting
        Elbe Kontor Logistik GmbH – Sucursal en España
        """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + \
        "<p style=\"font-size:11px;color:#888\">powered by softgarden</p></body></html>\n"
    hs = head(addr("Elbe Kontor Logistik", "noreply@softgarden.io"),
              "Tu candidatura como Data Analyst (m/f/d) – Valencia",
              "2026-10-14 15:12", MAD, "<20261014131205.6d9a2c41@mailer.softgarden.io>",
              "from mailer3.softgarden.io (mailer3.softgarden.io [185.65.236.23])", mx_id="4Pf3")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(25), family="offer", lang="es", interview=False, company="Frigoríficos Albufera",
      days=(("Mon", "2026-11-02"), ("Wed", "2026-10-21")),
      note="Job offer after the interviews (blind130_038 and blind130_021); the fixed times are a start date 'lunes 2 de "
           "noviembre a las 9:00' and an answer deadline, not an interview.")
def m25() -> bytes:
    body = t("""
        Hola Lucía,

        Después de las entrevistas con Vicent y conmigo, nos alegra mucho ofrecerte el puesto de Analista
        de datos de cadena de frío en Frigoríficos Albufera.

        Te adjunto la carta de oferta con las condiciones que comentamos: contrato indefinido, 38.500 €
        brutos anuales, jornada intensiva los viernes y dos días de teletrabajo a la semana.

        Si te encaja, la incorporación sería el lunes 2 de noviembre a las 9:00 en Silla (el primer día
        lo dedicamos a acogida y a visitar las cámaras, así que trae ropa de abrigo).

        ¿Nos dices algo antes del miércoles 21 de octubre? Cualquier duda me llamas.

        Un abrazo,

        Amparo Martí
        Directora de Personas · Frigoríficos Albufera
        amparo.marti@frigoalbufera.es · 961 20 44 80
        """)
    pdf = b"%PDF-1.4\n% Carta de oferta (placeholder)\n%%EOF\n"
    att = Part([("Content-Type", 'application/pdf; name="Oferta_Lucia_Ferrer.pdf"'),
                ("Content-Disposition", 'attachment; filename="Oferta_Lucia_Ferrer.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Amparo Martí", "amparo.marti@frigoalbufera.es"),
              "Oferta – Analista de datos de cadena de frío",
              "2026-10-16 13:44", MAD, "<CAG2n8Xq4Lw0Vb7Tz1Kr5Mp9Sd3Hf6Jy2Ne8Ua@mail.gmail.com>",
              "from mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])", mx_id="4Qa9")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(N(26), family="application_receipt", lang="es", interview=False, company="Costa Blanca Freight",
      note="JOIN application receipt: 'te contactaremos para concertar una entrevista' but no time.")
def m26() -> bytes:
    hbody = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f7f7f9;font-family:Inter,Arial,sans-serif;color:#1d1d1f">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:32px;border-radius:8px">
        <p style="font-size:20px;font-weight:600">¡Gracias por tu candidatura, Lucía!</p>
        <p>Costa Blanca Freight ha recibido tu solicitud para el puesto <b>Analista de Datos de Tráfico Marítimo (Alicante)</b>.</p>
        <p>El equipo revisará tu perfil en los próximos días. Si encajas con lo que buscan, te contactarán directamente
        para concertar una entrevista.</p>
        <p><a href="https://join.com/candidates/applications" style="background:#4f46e5;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Ver mi candidatura</a></p>
        <p style="font-size:12px;color:#6e6e73">Este email se ha enviado a través de JOIN en nombre de Costa Blanca Freight S.L.<br>
        JOIN Solutions AG · Zúrich, Suiza</p>
        </div></body></html>
        """)
    hs = head(addr("Costa Blanca Freight via JOIN", "noreply@join.com"),
              "Tu candidatura ha sido enviada: Analista de Datos de Tráfico Marítimo",
              "2026-09-08 19:26", MAD, "<20260908172611.2f7b9e0c.join@join.com>",
              "from mail-out.join.com (mail-out.join.com [35.157.88.14])", mx_id="4Bq7")
    return message(hs, html(hbody, cte="base64"))


@mail(N(27), family="job_alert", lang="es", interview=False, company=None,
      note="Job-board alert (fictional PortalEmpleo Levante) listing matching vacancies; no appointment.")
def m27() -> bytes:
    body = t("""
        PortalEmpleo Levante · Tu alerta "analista datos logística"

        Hola Lucía, tenemos 4 ofertas nuevas que encajan con tu alerta:

        1. Analista de Datos – Operaciones Portuarias
           Terminal Marítima del Túria · Valencia · 32.000 - 38.000 €
           Entrevistas en la semana del 5 de octubre · Publicada hace 2 horas
           https://www.portalempleolevante.es/oferta/884120

        2. Data Analyst (Power BI) – Almacén automático
           Logiplaza Ribarroja · Riba-roja de Túria · Híbrido
           https://www.portalempleolevante.es/oferta/884097

        3. Técnico/a de planificación de transporte
           Grupo Canet Cargo · Castelló de la Plana
           https://www.portalempleolevante.es/oferta/884011

        4. Business Intelligence Analyst – Supply Chain
           Sabores del Mediterráneo · Alicante · 100% remoto
           https://www.portalempleolevante.es/oferta/883962

        Ver todas las ofertas: https://www.portalempleolevante.es/alertas/41127

        Recibes este correo porque creaste la alerta "analista datos logística". Gestionar alertas:
        https://www.portalempleolevante.es/cuenta/alertas
        """)
    hs = head(addr("PortalEmpleo Levante", "alertas@portalempleolevante.es"),
              "4 ofertas nuevas de «analista datos logística»",
              "2026-09-21 08:02", MAD, "<alerta.41127.20260921060200@portalempleolevante.es>",
              "from mta4.portalempleolevante.es (mta4.portalempleolevante.es [91.213.30.44])",
              extra=(("List-Unsubscribe", "<https://www.portalempleolevante.es/baja?u=41127>"),
                     ("Precedence", "bulk")), mx_id="4Dd2")
    return message(hs, alt(text(body), html("<html><body><pre style=\"font-family:Arial\">" + body
                                            + "</pre></body></html>\n")))


@mail(N(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Newsletter post about interviewing; it quotes a sample confirmation ('Your interview is "
           "confirmed for Tuesday at 10:00 CET') as an example, not an appointment of the reader.")
def m28() -> bytes:
    body = t("""
        THE QUAYSIDE ANALYST - Issue #58

        What to do in the 48 hours before a data interview

        Last month a reader forwarded me the email every candidate hopes for: "Your interview is
        confirmed for Tuesday at 10:00 CET with our Head of Analytics." Then she panicked. Here is the
        checklist I sent her.

        1. Re-read the job ad and circle three things you have actually done.
        2. Prepare one story about a messy dataset (AIS feeds, berth schedules, customs declarations...).
        3. Check the time zone twice. Half the "I missed my interview" stories I hear are DST mix-ups.
        4. Test the video link the day before.
        5. Write down two questions about how the team measures success.

        Also this week: our free live Q&A on case interviews is on Thursday at 18:00 CET - reply to this
        email if you want the link.

        Thanks for reading,
        Tom Keating

        You are receiving this because you subscribed to The Quayside Analyst.
        Unsubscribe: https://quaysideanalyst.substack.com/action/disable_email
        """)
    hs = head(addr("The Quayside Analyst", "quaysideanalyst@substack.com"),
              "What to do in the 48 hours before a data interview",
              "2026-10-11 07:30", "Europe/London", "<20261011063000.3.7f1a2b9c4d@substack.com>",
              "from mail.substack.com (mail.substack.com [167.89.115.20])",
              extra=(("List-Unsubscribe", "<https://quaysideanalyst.substack.com/action/disable_email>"),
                     ("List-Id", "<quaysideanalyst.substack.com>")), mx_id="4Mw0")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(29), family="self_schedule_link", lang="en", interview=False, company="Nordhavn Analytics",
      days=(("Tue", "2026-11-10"), ("Thu", "2026-11-12")),
      note="Recruitee 'pick a slot' message: slots offered between Tue 10 and Thu 12 Nov, nothing booked yet.")
def m29() -> bytes:
    body = t("""
        Hi Lucía,

        Thanks for applying for the Data Analyst - Terminal Automation role at Nordhavn Analytics. We'd
        love to set up a 30-minute video call with our Head of Data.

        Please pick a time that suits you from the available slots (Tuesday 10 November to Thursday 12
        November, between 09:00 and 16:00 Copenhagen time):

        https://nordhavnanalytics.recruitee.com/o/data-analyst-terminal-automation/c/schedule/9Bx2kQ

        Once you've picked a slot you'll get a calendar invitation.

        Best wishes,
        Mette Lund
        People Team, Nordhavn Analytics

        Sent with Recruitee
        """)
    hs = head(addr("Mette Lund (Nordhavn Analytics)", "mette.lund@nordhavnanalytics.recruitee.com"),
              "Book your interview with Nordhavn Analytics",
              "2026-11-05 10:14", "Europe/Copenhagen", "<recruitee.8812047.1762333640@mg.recruitee.com>",
              "from mg-a17.recruitee.com (mg-a17.recruitee.com [198.61.254.17])", mx_id="5Ab3")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="recruiter_outreach", lang="es", interview=False, company="Talentia Levante",
      note="Headhunter outreach: 'tomamos un café algún día de la semana que viene?' - no day or time fixed.")
def m30() -> bytes:
    body = t("""
        Hola Lucía,

        Soy Carla Bonet, de Talentia Levante. He visto tu perfil y tu charla sobre predicción de tiempos
        de escala en el Puerto de Valencia (¡muy buena!).

        Estoy trabajando en un par de procesos confidenciales para navieras que buscan perfiles de datos
        con experiencia en operaciones portuarias, y creo que podrían interesarte.

        ¿Te apetece que nos tomemos un café algún día de la semana que viene por Ruzafa y te cuento sin
        compromiso? Dime qué te viene mejor.

        Un saludo,

        Carla Bonet
        Senior Consultant · Talentia Levante
        carla.bonet@talentialevante.es · 655 31 28 90
        """)
    hs = head(addr("Carla Bonet", "carla.bonet@talentialevante.es"),
              "¿Un café? Procesos en navieras – perfil datos",
              "2026-10-06 12:58", MAD, "<0102019a5e4c1d2f-7b8a9c0d-1e2f-4a3b-8c9d-0e1f2a3b4c5d@talentialevante.es>",
              "from smtp.talentialevante.es (smtp.talentialevante.es [185.120.44.9])", mx_id="4Lr6")
    return message(hs, text(body, cte="8bit"))


@mail(N(31), family="proposed_times", lang="es", interview=False, company="Almacenes Centro Logístico",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Recruiter proposes two slots ('¿Te vendría bien el martes 17 a las 10:00 o el miércoles 18 a las "
           "16:00?') and asks for confirmation; nothing is fixed yet.")
def m31() -> bytes:
    body = t("""
        Buenos días, Lucía:

        Gracias por enviarnos el caso práctico, al equipo le ha gustado mucho el análisis de ocupación de
        los muelles de carga.

        Nos gustaría tener una segunda entrevista, ya con el director de operaciones, en nuestras
        oficinas de Coslada (Madrid). ¿Te vendría bien el martes 17 a las 10:00 o el miércoles 18 a las
        16:00? Si ninguna de las dos te encaja, dime qué días tienes libres la semana siguiente.

        En cuanto me confirmes te mando la invitación con la dirección exacta.

        Un saludo,

        Beatriz Lozano
        Técnico de Selección · ACL - Almacenes Centro Logístico
        beatriz.lozano@acl-logistica.es
        """)
    hs = head(addr("Beatriz Lozano", "beatriz.lozano@acl-logistica.es"),
              "Segunda entrevista – ACL",
              "2026-11-12 09:36", MAD, "<AS8PR03MB6891C1D2E3F4A5B6C7D8E9F0A1B2C@AS8PR03MB6891.eurprd03.prod.outlook.com>",
              "from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2119.outbound.protection.outlook.com [40.107.13.119])",
              mx_id="5Bb0")
    return message(hs, alt(text(body, charset="iso-8859-15"),
                           html("<html><body><div style=\"font-family:Calibri\">"
                                + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", " ")
                                + "</div></body></html>\n", charset="iso-8859-15")))


@mail(N(32), family="non_interview_appointment", lang="es", interview=False, company=None,
      note="Dentist reminder for 'esta tarde a las 17:20': a fixed time, not an interview.")
def m32() -> bytes:
    body = t("""
        Clínica Dental Russafa

        Hola Lucía,

        Te recordamos tu cita de hoy, esta tarde a las 17:20, con la Dra. Inma Soler (revisión y limpieza).

        Si no puedes venir, avísanos al 963 74 12 55 o responde a este correo.

        C/ Sueca 41, bajo · 46006 Valencia
        """)
    hs = head(addr("Clínica Dental Russafa", "citas@clinicadentalrussafa.es"),
              "Recordatorio: tu cita de hoy a las 17:20",
              "2026-09-24 09:00", MAD, "<rem-20260924-5531@clinicadentalrussafa.es>",
              "from smtp.clinicadentalrussafa.es (smtp.clinicadentalrussafa.es [217.76.150.31])", mx_id="4Ef4")
    return message(hs, text(body, cte="base64"))


@mail(N(33), family="non_interview_appointment", lang="es", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Estate agent confirms a flat viewing 'el sábado 10 de octubre a las 11:00': fixed time, not an "
           "interview.")
def m33() -> bytes:
    body = t("""
        Hola Lucía,

        Te confirmo la visita al piso de la calle Literato Azorín, 18 (3º, 2 habitaciones, con balcón) el
        sábado 10 de octubre a las 11:00. Te espero en el portal; si llegas antes, llámame al 644 20 91 37.

        Recuerda que el propietario pide nómina de los últimos tres meses y contrato de trabajo para la
        reserva.

        Un saludo,
        Rosa Pérez
        Fincas Russafa · Agente inmobiliaria
        """)
    hs = head(addr("Rosa Pérez - Fincas Russafa", "rosa.perez@fincasrussafa.es"),
              "Visita piso Literato Azorín – sábado 11:00",
              "2026-10-07 18:40", MAD, "<CAK7w2Rt9Lp3Xq8Vn1Mb6Zc4Sd0Hf5Jy7Ue2Pa@mail.gmail.com>",
              "from mail-lf1-f50.google.com (mail-lf1-f50.google.com [209.85.167.50])", mx_id="4Jt8")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(34), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Car-service booking with ICS ('jue. 19 de noviembre, 8:00', 60.000 km service): a confirmed "
           "time, not an interview.")
def m34() -> bytes:
    body = t("""
        Hola Lucía Ferrer,

        Tu cita en el taller está confirmada.

        Vehículo: Seat León 1.5 TSI · 4821 KVM
        Servicio: Revisión de los 60.000 km + cambio de pastillas delanteras
        Fecha: jue. 19 de noviembre de 2026, 8:00
        Taller: Talleres Benimaclet, C/ de l'Arquebisbe Company 9, 46020 Valencia

        Puedes dejar el coche a partir de las 7:45. Te avisaremos por SMS cuando esté listo.

        Gestionar cita: https://citas.talleresbenimaclet.es/c/7Rk2P9
        """)
    ics = vcal("-//Talleres Benimaclet//Citas//ES", "PUBLISH", """
        UID:cita-7Rk2P9@talleresbenimaclet.es
        DTSTAMP:20261113T161500Z
        DTSTART;TZID=Europe/Madrid:20261119T080000
        DTEND;TZID=Europe/Madrid:20261119T090000
        SUMMARY:Taller: revisión 60.000 km (Seat León)
        LOCATION:Talleres Benimaclet\\, C/ de l'Arquebisbe Company 9\\, 46020 Valencia
        STATUS:CONFIRMED
        """, tz=MADRID_TZ)
    hs = head(addr("Talleres Benimaclet", "citas@talleresbenimaclet.es"),
              "Cita confirmada: jue. 19 de noviembre, 8:00",
              "2026-11-13 17:15", MAD, "<cita-7Rk2P9-20261113161500@talleresbenimaclet.es>",
              "from mail.talleresbenimaclet.es (mail.talleresbenimaclet.es [91.142.210.66])", mx_id="5Cm4")
    return message(hs, mixed(text(body),
                             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="cita.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(35), family="non_interview_appointment", lang="ca", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Valencian: school tutor meeting ('reunió de tutoria, dijous 8 d'octubre a les 17:00'), not a job "
           "interview.")
def m35() -> bytes:
    body = t("""
        Benvolgudes famílies,

        Vos convoque a la reunió de tutoria individual per a parlar de l'adaptació de Marc al nou curs:

        Dia: dijous 8 d'octubre
        Hora: a les 17:00
        Lloc: aula de 2n B (edifici d'Infantil i primer cicle)

        Si no vos va bé, contesteu a aquest correu i busquem un altre moment.

        Una salutació,

        Empar Calatayud
        Tutora de 2n B · CEIP Les Moreres de Benimaclet
        """)
    hs = head(addr("Empar Calatayud", "ecalatayud@ceiplesmoreres.es"),
              "Reunió de tutoria – Marc Navarro Ferrer (2n B)",
              "2026-10-01 14:10", MAD, "<f1c9b2a7-3e58-4d06-9b1a-6c7d8e9f0a12@ceiplesmoreres.es>",
              "from smtp.ceiplesmoreres.es (smtp.ceiplesmoreres.es [80.58.61.250])",
              to=addr("Lucía Ferrer", LUCIA) + ", " + addr("Jordi Navarro", "jordi.navarro@example.com"),
              mx_id="4Hs1")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(36), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Exchange meeting request from the current employer (Valport Data Services): sprint review + team "
           "lunch, Romance Standard Time. Fixed time, not a job interview.")
def m36() -> bytes:
    body = t("""
        Equipo,

        Cerramos el sprint 46 con la review de siempre y luego comida juntos en La Pepica para celebrar
        la entrega del modelo de ocupación de atraques. Reservado para 14.

        Orden del día:
          - Demo del cuadro de mando de escalas (Lucía)
          - Estado de la integración con el PCS (Álex)
          - Retro rápida

        Saludos,
        Mireia
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Mireia Gascó:mailto:mireia.gasco@valportdata.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo Analítica:mailto:analitica@valportdata.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer:mailto:lucia.ferrer@valportdata.es
        UID:040000008200E00074C5B7101A82E0080000000011223344556677D901000000000000000010000000AABBCCDDEEFF00112233445566778899
        SUMMARY;LANGUAGE=es-ES:Sprint 46 review + comida de equipo
        DTSTART;TZID=Romance Standard Time:20261120T120000
        DTEND;TZID=Romance Standard Time:20261120T160000
        DTSTAMP:20261116T084500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala Nazaret (planta 2) y después La Pepica
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """).strip("\n")])
    hs = head(addr("Mireia Gascó", "mireia.gasco@valportdata.es"),
              "Sprint 46 review + comida de equipo",
              "2026-11-16 09:45", MAD, "<PR3PR06MB6715D2C3B4A59687F1E0D9C8B7A65@PR3PR06MB6715.eurprd06.prod.outlook.com>",
              "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2133.outbound.protection.outlook.com [40.107.22.133])",
              to=addr("Equipo Analítica", "analitica@valportdata.es"),
              extra=(("Content-Language", "es-ES"), ("Thread-Topic", "Sprint 46 review + comida de equipo")),
              mx_id="5Dn0")
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(37), family="webinar", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Zoom webinar registration 'Cómo superar la entrevista por competencias', jueves 22 de octubre "
           "18:30: a talk about interviews, not an interview.")
def m37() -> bytes:
    body = t("""
        Hola Lucía Ferrer:

        Gracias por inscribirte en "Cómo superar la entrevista por competencias (método STAR)".

        Fecha y hora: 22 oct 2026 06:30 PM Madrid

        Únete desde PC, Mac, iPad o Android:
        https://us02web.zoom.us/w/86611203345?tk=Qx9b2Lm0

        Código de acceso: 511274

        Puedes cancelar tu inscripción en cualquier momento.

        Organiza: Alumni UPV – Servicio de Empleo
        Ponente: Nuria Cabanes, headhunter en Mediterráneo Talent

        Recordatorio: el jueves 22 de octubre a las 18:30 recibirás un aviso una hora antes.
        """)
    hbody = t("""
        <html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <p>Hola Lucía Ferrer:</p>
        <p>Gracias por inscribirte en <b>"Cómo superar la entrevista por competencias (método STAR)"</b>.</p>
        <p><b>Fecha y hora:</b> 22 oct 2026 06:30 PM Madrid</p>
        <p><a href="https://us02web.zoom.us/w/86611203345?tk=Qx9b2Lm0" style="background:#0e72ed;color:#fff;padding:8px 16px;border-radius:8px;text-decoration:none">Unirse al seminario web</a></p>
        <p>Código de acceso: 511274</p>
        <p>Organiza: Alumni UPV – Servicio de Empleo<br>Ponente: Nuria Cabanes, headhunter en Mediterráneo Talent</p>
        </body></html>
        """)
    hs = head(addr("Alumni UPV – Servicio de Empleo", "no-reply@zoom.us"),
              "Confirmación de Cómo superar la entrevista por competencias (método STAR)",
              "2026-10-15 11:03", MAD, "<zm.webinar.86611203345.20261015090300.a1b2@zoom.us>",
              "from zmmailsnd142.zoom.us (zmmailsnd142.zoom.us [170.114.10.142])", mx_id="4Pa2")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(38), family="mock_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Calendly booking with a career coach: 'Mock interview (60 min)', Tuesday, November 10, 2026 "
           "6:00pm CET. A confirmed time, but a practice session, not a job interview.")
def m38() -> bytes:
    body = t("""
        Hi Lucía Ferrer,

        A new event has been scheduled.

        Event Type:
        Mock interview - data & analytics roles (60 min)

        Invitee:
        Lucía Ferrer

        Event Date/Time:
        06:00pm - 07:00pm, Tuesday, November 10, 2026 (Central European Time)

        Location:
        Zoom - link in the calendar invite

        Questions:
        What kind of interview are you preparing for?
        "Panel interview with a terminal operator, case study on berth planning."

        Helen Marsh Careers - interview coaching for analysts
        Sent from Calendly
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "New Event: Lucía Ferrer - 06:00pm Tue, Nov 10, 2026 - Mock interview - data & analytics roles",
              "2026-11-03 20:11", MAD, "<0100019c1b2a3d4e-5f6a7b8c-9d0e-4f1a-2b3c-4d5e6f7a8b9c-000000@email.amazonses.com>",
              "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Helen Marsh", "helen@helenmarshcareers.co.uk")),), mx_id="5Ak9")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(39), family="interviewer_invite", lang="es", interview=False, company=None,
      days=(("Wed", "2026-12-02"),),
      note="Current employer's Exchange invitation where Lucía is an INTERVIEWER of a junior candidate "
           "(Wed 2 Dec 11:00, Romance Standard Time): an interview at a fixed time, but not her own job "
           "interview.")
def m39() -> bytes:
    body = t("""
        Hola Lucía,

        Te añado como entrevistadora técnica para el candidato a Analista Junior (Sergio Martínez Albiol).
        Yo llevo la parte de encaje y tú la prueba de SQL y el mini-caso de escalas. Te paso su CV por
        Teams.

        Gracias!
        Mireia
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        ROMANCE,
        t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Mireia Gascó:mailto:mireia.gasco@valportdata.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Ferrer:mailto:lucia.ferrer@valportdata.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sergio Martínez Albiol:mailto:sergio.martinez.albiol@example.net
        UID:040000008200E00074C5B7101A82E00800000000998877665544D901000000000000000010000000123412341234ABCDABCDABCD56785678
        SUMMARY;LANGUAGE=es-ES:Entrevista candidato – Analista Junior (Sergio Martínez)
        DTSTART;TZID=Romance Standard Time:20261202T110000
        DTEND;TZID=Romance Standard Time:20261202T120000
        DTSTAMP:20261125T154000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala Malvarrosa (planta 1)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """).strip("\n")])
    hs = head(addr("Mireia Gascó", "mireia.gasco@valportdata.es"),
              "Entrevista candidato – Analista Junior (Sergio Martínez)",
              "2026-11-25 16:40", MAD, "<PR3PR06MB6715A9B8C7D6E5F4A3B2C1D0E9F87@PR3PR06MB6715.eurprd06.prod.outlook.com>",
              "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2133.outbound.protection.outlook.com [40.107.22.133])",
              to=addr("Lucía Ferrer", "lucia.ferrer@valportdata.es"),
              extra=(("Cc", LUCIA), ("Content-Language", "es-ES")), mx_id="5Gp3")
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(N(40), family="auto_reply", lang="en", interview=False, company="Transmed Terminals",
      days=(("Mon", "2026-10-12"),),
      note="Out-of-office auto-reply from the Workday recruiter (blind130_020) to Lucía's thank-you note; only a "
           "return date.")
def m40() -> bytes:
    body = t("""
        Hola / Hello,

        Estoy fuera de la oficina hasta el lunes 12 de octubre, con acceso limitado al correo.
        I'm out of the office until Monday 12 October with limited access to email.

        Para temas urgentes de selección / For urgent recruiting matters: talent@transmedterminals.com

        Laia Puig
        Talent Acquisition · Transmed Terminals
        """)
    hs = head(addr("Laia Puig", "laia.puig@transmedterminals.com"),
              "Automatic reply: Gracias por la entrevista de hoy",
              "2026-10-06 19:02", MAD, "<AM0PR01MB5420E3F2D1C0B9A8@AM0PR01MB5420.eurprd01.prod.outlook.com>",
              "from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2045.outbound.protection.outlook.com [40.107.14.45])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<7d2e1f0a-b3c4-4d5e-8f9a-0b1c2d3e4f5a@example.org>")), rp="", mx_id="4Hy2")
    return message(hs, text(body))


@mail(N(41), family="bounce", lang="en", interview=False, company=None,
      note="Mailer-daemon bounce of Lucía's spontaneous application to a mistyped HR address; the "
           "returned message has no appointment.")
def m41() -> bytes:
    human = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <rrhh@portsagunt-logistica.es>: host mx.portsagunt-logistica.es[185.17.200.4]
            said: 550 5.1.1 <rrhh@portsagunt-logistica.es>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4Tz9
        Arrival-Date: Thu, 17 Sep 2026 08:21:40 +0000 (UTC)

        Final-Recipient: rfc822; rrhh@portsagunt-logistica.es
        Original-Recipient: rfc822;rrhh@portsagunt-logistica.es
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.portsagunt-logistica.es
        Diagnostic-Code: smtp; 550 5.1.1 <rrhh@portsagunt-logistica.es>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Buenos días:

        Les escribo para presentar mi candidatura espontánea al área de datos de Port Sagunt Logística.
        Trabajo desde hace cuatro años como analista en Valport Data Services (previsión de escalas y
        ocupación de atraques). Adjunto mi CV y quedo a su disposición para una entrevista cuando les
        venga bien.

        Atentamente,
        Lucía Ferrer
        """)
    orig = message([
        ("From", addr("Lucía Ferrer", LUCIA)),
        ("To", "rrhh@portsagunt-logistica.es"),
        ("Subject", enc("Candidatura espontánea – Analista de datos")),
        ("Date", date("2026-09-17 10:21", MAD)),
        ("Message-ID", "<3a9c1e7f-2d4b-4f8a-b6c0-e15d27f9a8b3@example.org>"),
    ], text(orig_body))
    report = multipart("report",
                       text(human, cte="7bit", params="", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message"),
                                 ("Content-Type", "message/rfc822")], orig.decode("ascii")),
                       params="report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("Delivered-To", LUCIA),
          ("From", "MAILER-DAEMON@mx2.example.org (Mail Delivery System)"),
          ("To", LUCIA),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-09-17 10:21", MAD)),
          ("Message-ID", "<20260917082142.5Rk1@mx2.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    return message(hs, report)


@mail(N(42), family="mailing_list", lang="es", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Google Groups mailing-list post announcing a PyData meetup ('jueves 19 de noviembre a las "
           "19:00'); a fixed time, not an interview.")
def m42() -> bytes:
    body = t("""
        ¡Hola, comunidad!

        Ya tenemos fecha para el Meetup #41:

        Jueves 19 de noviembre a las 19:00, en Las Naves (C/ Joan Verdeguer 16, València).

        - "Predicción de ETA de buques con datos AIS y gradient boosting" - Pau Sendra (Valenciaport)
        - "Lo que aprendí entrevistando a 60 candidatos de datos" - Irene Llopis (Zubi Labs)
        - Networking con pizza y cerveza

        Inscripción (aforo 80): https://www.meetup.com/pydata-valencia/events/312448019/

        Nos vemos,
        El equipo de PyData València

        --
        Has recibido este mensaje porque estás suscrito al grupo "PyData València" de Grupos de Google.
        Para anular la suscripción a este grupo y dejar de recibir sus mensajes, envía un correo
        electrónico a pydata-valencia+unsubscribe@googlegroups.com.
        """)
    hs = head(addr("Irene Llopis", "irene.llopis@zubilabs.io"),
              "[pydata-vlc] Meetup #41: jueves 19 de noviembre, 19:00 – ETA de buques + entrevistas de datos",
              "2026-11-06 13:22", MAD, "<CAM3p8Wq2Zx7Lk0Vb5Tn9Rc1Sd4Hf6Jy3Ue8Pq@mail.gmail.com>",
              "from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])",
              to=addr("PyData València", "pydata-valencia@googlegroups.com"),
              extra=(("Sender", "pydata-valencia@googlegroups.com"),
                     ("Mailing-list", "list pydata-valencia@googlegroups.com; contact pydata-valencia+owners@googlegroups.com"),
                     ("List-ID", "<pydata-valencia.googlegroups.com>"),
                     ("List-Post", "<https://groups.google.com/group/pydata-valencia/post>, <mailto:pydata-valencia@googlegroups.com>"),
                     ("List-Unsubscribe", "<mailto:googlegroups-manage+558812003411+unsubscribe@googlegroups.com>"),
                     ("Precedence", "list")),
              rp="pydata-valencia+bncBD4XK3GQ2YLBBXV7@googlegroups.com", mx_id="5Ba6")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(43), family="job_centre", lang="es", interview=False, company=None,
      days=(("Wed", "2026-09-30"),),
      note="Public employment service appointment: 'Entrevista de diagnóstico ocupacional', miércoles 30 de "
           "septiembre de 2026 a las 9:30. Fixed time and the word 'entrevista', but it is a job-centre "
           "appointment, not a job interview.")
def m43() -> bytes:
    body = t("""
        CITA PREVIA - CONFIRMACIÓN

        Estimada Sra. LUCÍA FERRER BLASCO:

        Le confirmamos la siguiente cita en su Espai d'Ocupació:

        Trámite: Entrevista de diagnóstico ocupacional (demandante de mejora de empleo)
        Fecha: miércoles 30 de septiembre de 2026
        Hora: 9:30
        Oficina: Espai d'Ocupació València-Russafa, C/ de Cádiz 58, 46006 València

        Deberá presentar su DNI/NIE y, si lo tiene, su currículum actualizado.

        Si no puede acudir, anule la cita en https://citaprevia.espaiocupacio.es o llamando al 012.

        Este es un mensaje automático. No responda a este correo.
        """)
    hs = head(addr("Cita Previa Espai d'Ocupació", "noreply@citaprevia.espaiocupacio.es"),
              "Confirmación de cita previa – 30/09/2026 09:30",
              "2026-09-22 11:47", MAD, "<CP-2026-0922-00418871@citaprevia.espaiocupacio.es>",
              "from smtp.espaiocupacio.es (smtp.espaiocupacio.es [195.77.16.40])", mx_id="4Fd5")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(44), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Business-school admissions interview for an executive MBA, Friday 6 November 2026 17:00 CET via "
           "Zoom: an interview at a fixed time, but an admission interview, not a job interview.")
def m44() -> bytes:
    body = t("""
        Dear Lucía,

        Thank you for your application to the Executive MBA in Global Supply Chain (Madrid, intake
        January 2027). We are pleased to invite you to the admissions interview, the final step of the
        admissions process.

        Your interview is confirmed for Friday 6 November 2026 at 17:00 CET (Madrid time), on Zoom. It
        will last 40 minutes and will be conducted by Dr. Ana Beltrán, Associate Director of Admissions,
        and an alumnus of the programme.

        Zoom link: https://emn-edu.zoom.us/j/84419022731

        Please have your GMAT waiver confirmation at hand.

        Kind regards,
        Admissions Office
        Escuela Mediterránea de Negocios (EMN) · Madrid
        """)
    hbody = "<html><body style=\"font-family:Georgia,serif;font-size:15px\">" + "".join(
        f"<p>{p.replace(chr(10), ' ')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    hs = head(addr("EMN Admissions", "admissions@emn-edu.es"),
              "Executive MBA – your admissions interview is confirmed",
              "2026-10-29 12:05", MAD, "<a0e9d8c7-b6a5-4f43-9210-fedcba987654@emn-edu.es>",
              "from mail.emn-edu.es (mail.emn-edu.es [46.24.110.92])", mx_id="4Zc1")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(45), family="sports_tryout", lang="es", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Rowing-club try-out ('prueba de nivel... sábado 12 de septiembre a las 8:00'); fixed time, not "
           "an interview.")
def m45() -> bytes:
    body = t("""
        Hola Lucía!

        Gracias por apuntarte. La prueba de nivel para entrar en el equipo de banco fijo (llaüt) es el
        sábado 12 de septiembre a las 8:00, en la rampa del club en la dársena. Trae ropa que se pueda
        mojar, agua y crema solar. Son 2.000 m en ergómetro y luego salimos al agua con el entrenador.

        Si vas justa de tiempo avísame por WhatsApp.

        Salut i rem!
        Quique
        Secció de Rem – Club Nàutic Natzaret
        """)
    hs = head(addr("Quique Martínez", "rem@clubnauticnatzaret.es"),
              "Prueba de nivel banco fijo – sábado",
              "2026-09-08 22:14", MAD, "<20260908201402.GA11823@clubnauticnatzaret.es>",
              "from smtp.clubnauticnatzaret.es (smtp.clubnauticnatzaret.es [80.28.190.12])",
              extra=(("User-Agent", "Roundcube Webmail/1.6.9"),), mx_id="4Aq4")
    return message(hs, text(body, cte="8bit"))


@mail(N(46), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Bank adviser appointment with ICS ('martes 1 de diciembre, 13:15', mortgage review): fixed time, "
           "not an interview.")
def m46() -> bytes:
    body = t("""
        Hola Lucía,

        Tu cita con tu gestora está confirmada:

        Martes 1 de diciembre de 2026 · 13:15
        Gestora: Pilar Sorní
        Oficina 0412 – Valencia Gran Vía, Gran Vía Marqués del Turia 39
        Motivo: revisión de hipoteca y condiciones de la cuenta nómina

        Te hemos añadido el evento a tu calendario.

        Caixa Túria
        Este correo se ha enviado desde una dirección que no admite respuestas.
        """)
    ics = vcal("-//Caixa Turia//Citas Oficina//ES", "REQUEST", """
        UID:cita-0412-88120@caixaturia.es
        DTSTAMP:20261123T103000Z
        DTSTART:20261201T121500Z
        DTEND:20261201T124500Z
        SUMMARY:Cita con tu gestora (Caixa Túria)
        LOCATION:Oficina 0412 – Valencia Gran Vía
        ORGANIZER;CN=Caixa Túria:mailto:noreply@caixaturia.es
        ATTENDEE;CN=Lucía Ferrer;RSVP=TRUE:mailto:lucia.ferrer@example.org
        STATUS:CONFIRMED
        """)
    hs = head(addr("Caixa Túria", "noreply@caixaturia.es"),
              "Cita confirmada con tu gestora – 1 de diciembre, 13:15",
              "2026-11-23 11:30", MAD, "<cita.0412.88120.20261123@caixaturia.es>",
              "from mailer.caixaturia.es (mailer.caixaturia.es [193.110.128.7])", mx_id="5Fa8")
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="quoted-printable")),
                             calendar(ics, method="REQUEST", cte="base64", filename="cita.ics",
                                      disposition="attachment")))


@mail(N(47), family="press_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="A journalist confirms she will interview Lucía for a trade-magazine feature ('jueves 3 de "
           "diciembre a las 10:00, por teléfono'): a confirmed interview, but press, not a job interview.")
def m47() -> bytes:
    body = t("""
        Hola Lucía,

        ¡Genial, gracias por aceptar! Entonces quedamos así para la entrevista del reportaje "Mujeres
        que programan el puerto": el jueves 3 de diciembre a las 10:00, por teléfono. Te llamo yo al
        número que me diste. Serán unos 30 minutos.

        Si te parece bien, un fotógrafo se pasaría otro día por la terminal para hacerte un par de fotos.

        Un abrazo,

        Ana Roig
        Redactora · Revista Puerto & Logística
        ana.roig@puertoylogistica.es
        """)
    hs = head(addr("Ana Roig", "ana.roig@puertoylogistica.es"),
              "Re: Entrevista para el reportaje – Puerto & Logística",
              "2026-11-27 17:32", MAD, "<CAP5t1Rq9Xw3Lm7Vn0Kb2Zc8Sd6Hf4Jy1Ue9Pw@mail.gmail.com>",
              "from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])",
              extra=(("In-Reply-To", "<9e1d2c3b-4a5f-4678-9abc-def012345678@example.org>"),), mx_id="5Hb4")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(48), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Podcast recording confirmed (guest interview on 'Dockside Data', Tuesday 17 November at 4pm "
           "CET): not a job interview.")
def m48() -> bytes:
    body = t("""
        Hi Lucía,

        Brilliant - you're booked in as a guest on Dockside Data!

        Recording: Tuesday 17 November, 4pm CET (3pm UK), about an hour
        Studio link (Riverside): https://riverside.fm/studio/dockside-data?t=7aQ2
        Topic: forecasting berth occupancy with messy AIS data

        It's a relaxed conversation, no prep needed - I'll send three or four question prompts the
        week before. Headphones with a mic make a big difference.

        Cheers,
        Owen Price
        Host, Dockside Data - a podcast about data in ports and shipping
        """)
    hs = head(addr("Owen Price", "owen@docksidedata.fm"),
              "You're on! Dockside Data recording - Tue 17 Nov",
              "2026-11-04 15:21", "Europe/London", "<20261104152102.owen.7f3a@docksidedata.fm>",
              "from mail-yw1-f182.google.com (mail-yw1-f182.google.com [209.85.128.182])", mx_id="5Ac6")
    return message(hs, text(body))


@mail(N(49), family="forwarded_other", lang="es", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Lucía's partner Jordi forwards HIS OWN Greenhouse interview confirmation (jueves 29 de octubre a "
           "las 10:00, Cobalto Pagos) 'para el calendario común'. A confirmed interview, but not the inbox "
           "owner's.")
def m49() -> bytes:
    body = t("""
        Mira!! Me han llamado de Cobalto. El jueves 29 por la mañana tengo la entrevista, así que ese día
        llevas tú a Marc al cole, vale? Lo apunto en el calendario común.

        Besos
        J.

        ---------- Forwarded message ---------
        De: Cobalto Pagos <no-reply@greenhouse.io>
        Date: lun, 26 oct 2026 a las 12:40
        Subject: Confirmación de entrevista: Backend Engineer – Cobalto Pagos
        To: Jordi Navarro <jordi.navarro@example.com>


        Hola Jordi:

        Te confirmamos la entrevista para el puesto de Backend Engineer.

        Fecha: jueves, 29 de octubre de 2026
        Hora: 10:00 - 11:00 (hora peninsular)
        Formato: videollamada (Google Meet)

        Un saludo,
        Equipo de Talento · Cobalto Pagos
        """)
    hs = head(addr("Jordi Navarro", "jordi.navarro@example.com"),
              "Fwd: Confirmación de entrevista: Backend Engineer – Cobalto Pagos",
              "2026-10-26 13:05", MAD, "<CAJn4q8Lw2Xz7Vb0Tk5Rm9Sc1Pd3Hf6Ey8Ua2Q@mail.gmail.com>",
              "from mail-oi1-f171.google.com (mail-oi1-f171.google.com [209.85.167.171])", mx_id="4Ut2")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(50), family="rejection", lang="pt", interview=False, company="Maré Analytics",
      note="Portuguese rejection after the Ashby interview (blind130_019); no appointment.")
def m50() -> bytes:
    body = t("""
        Olá Lucía,

        Muito obrigada pelo tempo que dedicou à entrevista da semana passada com o Tiago e comigo.
        Gostámos muito da conversa e do seu trabalho com dados de escalas de navios.

        Infelizmente, decidimos avançar com outra candidata cujo perfil está mais alinhado com as
        necessidades imediatas da equipa de Lisboa.

        Se concordar, gostaríamos de manter o seu currículo para futuras oportunidades, sobretudo para a
        equipa de Valência que vamos abrir em 2027.

        Com os melhores cumprimentos,
        Inês Carvalho
        Talent Acquisition · Maré Analytics
        """)
    hs = head(addr("Inês Carvalho", "ines.carvalho@mareanalytics.pt"),
              "Candidatura - Senior Data Analyst, Port Operations",
              "2026-11-27 16:08", LIS, "<DB8PR10MB3561F0E1D2C3B4A5968778695A4B3@DB8PR10MB3561.eurprd10.prod.outlook.com>",
              "from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2110.outbound.protection.outlook.com [40.107.6.110])",
              extra=(("Content-Language", "pt-PT"),), mx_id="5Jc0")
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html("<html><body><div style=\"font-family:Calibri\">"
                                + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", " ")
                                + "</div></body></html>\n", charset="iso-8859-1")))
