# ruff: noqa: E501
"""blind18: 50 hand-written mails, the inbox of Lucía Navarro, a financial analyst in Madrid.

Written blind (without reading the detector, its tests/fixtures or any other held-out set).
Keys 1-50 in writing order (positives first); file numbers are ORDER, a seeded shuffle.
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
    mail,
    message,
    mixed,
    raw_part,
    received,
    t,
    text,
)

SET = "blind18"
ORDER = random.Random(18018).sample(range(1, 51), 50)



ME = "lucia.navarro@example.org"
ME_H = addr("Lucía Navarro", ME)
MAD = "Europe/Madrid"


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def heads(frm: str, subject: str, when: str, zone: str, mid: str, to: str = ME_H,
          extra: tuple[tuple[str, str], ...] = (), rcv: str | None = None) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", received(rcv, when, zone, "mx.example.org (Postfix) with ESMTPS id " + mid[1:11].replace(".", "").upper(), ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject)), ("Date", date(when, zone)), ("Message-ID", mid)]
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

def joinvtz(vtz: str, parts: list[str]) -> str:
    """VCALENDAR head + VTIMEZONE + the VEVENT block (t() strips the leading newline)."""
    return parts[0] + vtz + "\n" + parts[1]


VTZ_ROMANCE = make.VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")


# =========================================================================== positives


@mail(name(1), family="infojobs", lang="es", interview=True, kind="scheduled",
      start="2026-02-10T09:00:00Z", end=None, contact="marta.gil@grupoalcora.es",
      company="Grupo Alcora Distribución", local="Tue 2026-02-10 10:00", zone=MAD,
      note="InfoJobs relays a message from the company: 'te confirmamos la entrevista' martes 10 de febrero a las 10:00 h en Madrid (CET, UTC+1) -> 09:00Z. No duration. Sender is InfoJobs no-reply; contact = recruiter address written in the body.")
def p01() -> bytes:
    body = t("""
        Hola Lucía:

        Grupo Alcora Distribución te ha enviado un mensaje sobre tu candidatura a la oferta
        "Analista Financiero/a - Control de Gestión (Madrid)".

        ----------------------------------------------------------------
        Buenos días, Lucía:

        Gracias por tu interés en la posición. Te confirmamos la entrevista presencial
        para el martes 10 de febrero a las 10:00 h en nuestras oficinas:

          Grupo Alcora Distribución
          Calle de Julián Camarillo, 29 - 3.ª planta
          28037 Madrid

        Te atenderán Marta Gil (Talento) y Enrique Sanz (Director Financiero).
        Pregunta por Marta en recepción y trae tu DNI para el control de acceso.

        Si te surge cualquier imprevisto, escríbeme a marta.gil@grupoalcora.es.

        Un saludo,
        Marta Gil
        Técnica de Selección
        ----------------------------------------------------------------

        Puedes responder a la empresa desde tu área de candidato:
        https://www.infojobs.net/candidate/applications/detail?id=a8f3c1d0e

        El equipo de InfoJobs
        Este es un mensaje automático, por favor no respondas a este correo.
        """)
    hb = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hola Lucía:</p>
        <p><b>Grupo Alcora Distribución</b> te ha enviado un mensaje sobre tu candidatura a la oferta
        <a href="https://www.infojobs.net/madrid/analista-financiero-control-gestion/of-i4c2f">Analista Financiero/a - Control de Gestión (Madrid)</a>.</p>
        <div style="border-left:3px solid #167db7;padding-left:12px;margin:16px 0">
        <p>Buenos días, Lucía:</p>
        <p>Gracias por tu interés en la posición. Te confirmamos la entrevista presencial
        para el <b>martes 10 de febrero a las 10:00 h</b> en nuestras oficinas:</p>
        <p>Grupo Alcora Distribución<br>Calle de Julián Camarillo, 29 - 3.ª planta<br>28037 Madrid</p>
        <p>Te atenderán Marta Gil (Talento) y Enrique Sanz (Director Financiero).
        Pregunta por Marta en recepción y trae tu DNI para el control de acceso.</p>
        <p>Si te surge cualquier imprevisto, escríbeme a <a href="mailto:marta.gil@grupoalcora.es">marta.gil@grupoalcora.es</a>.</p>
        <p>Un saludo,<br>Marta Gil<br>Técnica de Selección</p>
        </div>
        <p><a href="https://www.infojobs.net/candidate/applications/detail?id=a8f3c1d0e">Ver candidatura</a></p>
        <p style="color:#888;font-size:11px">El equipo de InfoJobs. Este es un mensaje automático, por favor no respondas a este correo.</p>
        </body></html>
        """)
    hs = heads(addr("InfoJobs", "noreply@infojobs.net"), "Grupo Alcora Distribución te ha enviado un mensaje",
               "2026-02-04 12:14", MAD, "<20260204111402.7c1e2a9f@mailer.infojobs.net>",
               rcv="from mailer.infojobs.net (mailer.infojobs.net [185.42.120.17])",
               extra=(("List-Unsubscribe", "<https://www.infojobs.net/candidate/settings/notifications>"),))
    return message(hs, alt(text(body), html(hb)))


@mail(name(2), family="factorial", lang="es", interview=True, kind="scheduled",
      start="2026-03-30T07:30:00Z", end="2026-03-30T08:15:00Z", contact="irene.prieto@verticerenovables.es",
      company="Vértice Renovables", local="Mon 2026-03-30 09:30", local_end="2026-03-30 10:15", zone=MAD,
      note="Factorial ATS confirmation sent in CET (25 March) for Monday 30 March 09:30-10:15, the day after Europe moved to CEST: 09:30 CEST = 07:30Z. ICS TZID Europe/Madrid agrees. Contact = human Reply-To.")
def p02() -> bytes:
    body = t("""
        Hola Lucía,

        Tu entrevista para el puesto de Analista de Planificación Financiera (FP&A) en
        Vértice Renovables ha sido programada.

        Fecha: lunes, 30 de marzo de 2026
        Hora: 09:30 - 10:15 (hora de Madrid)
        Tipo: Videollamada (Google Meet)
        Enlace: https://meet.google.com/vrt-kqpa-xme
        Entrevistadores: Irene Prieto (People) y Jorge Albendea (Head of FP&A)

        Hemos añadido una invitación de calendario a este correo.
        Si necesitas cambiar la hora, responde a este mensaje y le llegará a Irene.

        ¡Mucha suerte!
        Equipo de Personas de Vértice Renovables

        --
        Enviado con Factorial · factorialhr.es
        """)
    ics = joinvtz(VTZ_MADRID, ["BEGIN:VCALENDAR\nPRODID:-//Factorial HR//Recruitment//ES\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n", t("""

        BEGIN:VEVENT
        UID:ats-interview-51873@factorialhr.com
        DTSTAMP:20260325164012Z
        DTSTART;TZID=Europe/Madrid:20260330T093000
        DTEND;TZID=Europe/Madrid:20260330T101500
        SUMMARY:Entrevista Analista FP&A - Lucía Navarro
        LOCATION:https://meet.google.com/vrt-kqpa-xme
        ORGANIZER;CN=Irene Prieto:mailto:irene.prieto@verticerenovables.es
        ATTENDEE;CN=Lucía Navarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.navarro@example.org
        ATTENDEE;CN=Jorge Albendea;ROLE=REQ-PARTICIPANT:mailto:jorge.albendea@verticerenovables.es
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads(addr("Vértice Renovables", "no-reply@factorialhr.com"), "Entrevista programada: Analista de Planificación Financiera (FP&A)",
               "2026-03-25 17:40", MAD, "<0102018e7a3c41f2-ats-51873@email.factorialhr.com>",
               extra=(("Reply-To", addr("Irene Prieto", "irene.prieto@verticerenovables.es")),))
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(name(3), family="bizneo", lang="es", interview=True, kind="scheduled",
      start="2026-04-16T14:00:00Z", end="2026-04-16T14:30:00Z", contact="sergio.llorens@hortalia.es",
      company="Hortalia Foods", local="Thu 2026-04-16 16:00", local_end="2026-04-16 16:30", zone=MAD,
      note="Bizneo HR HTML-only (base64) videoentrevista en directo, jueves 16 de abril 16:00, duración 30 minutos; Valencia = peninsular time, CEST -> 14:00Z-14:30Z. Contact = 'Persona de contacto' address in the body.")
def p03() -> bytes:
    hb = t("""
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Videoentrevista</title></head>
        <body style="margin:0;background:#f3f5f8">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f8"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td><img src="https://cdn.bizneohr.com/logos/hortalia-foods.png" alt="Hortalia Foods" width="140"></td></tr>
        <tr><td>
        <h2 style="color:#0d6e3f;font-weight:normal">Tu videoentrevista está confirmada</h2>
        <p>Hola Lucía Navarro,</p>
        <p>Desde Hortalia Foods queremos agradecerte tu interés en la vacante <b>Analista Financiero/a Senior (Valencia - híbrido)</b>.
        Te confirmamos la videoentrevista en directo con el equipo de Finanzas:</p>
        <table cellpadding="6" style="border:1px solid #e3e3e3">
        <tr><td><b>Día</b></td><td>jueves, 16 de abril de 2026</td></tr>
        <tr><td><b>Hora</b></td><td>16:00 (hora peninsular española)</td></tr>
        <tr><td><b>Duración</b></td><td>30 minutos</td></tr>
        <tr><td><b>Sala</b></td><td><a href="https://hortalia.bizneohr.com/video/room/5f1c2e8a">Acceder a la sala</a></td></tr>
        </table>
        <p>Te recomendamos conectarte cinco minutos antes desde Chrome o Firefox y comprobar cámara y micrófono.</p>
        <p>Persona de contacto: Sergio Llorens, HR Business Partner &mdash; <a href="mailto:sergio.llorens@hortalia.es">sergio.llorens@hortalia.es</a></p>
        <p>Un saludo,<br>Equipo de Selección de Hortalia Foods</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Este correo se ha enviado a través de Bizneo HR. Si no deseas recibir más comunicaciones de este proceso, <a href="https://hortalia.bizneohr.com/unsubscribe/9a1b">haz clic aquí</a>.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = heads(addr("Hortalia Foods - Selección", "notificaciones@bizneohr.com"), "Confirmación de videoentrevista - Analista Financiero/a Senior",
               "2026-04-09 10:05", MAD, "<6617f2c1b8e4a_3f2a1c9d4e@bizneohr.com.mail>",
               extra=(("List-Unsubscribe", "<https://hortalia.bizneohr.com/unsubscribe/9a1b>"),))
    return message(hs, html(hb, cte="base64"))


@mail(name(4), family="successfactors", lang="pt", interview=True, kind="scheduled",
      start="2026-06-09T09:00:00Z", end="2026-06-09T10:00:00Z", contact="ana.ferreira@tejocapital.pt",
      company="Tejo Capital Partners", local="Tue 2026-06-09 10:00", local_end="2026-06-09 11:00", zone="Europe/Lisbon",
      note="SAP SuccessFactors, Portuguese: terça-feira 9 de junho, 10h00-11h00 hora de Lisboa (WEST, UTC+1) = 09:00Z; the mail also gives 11h00 em Madrid (CEST). Contact = human Reply-To.")
def p04() -> bytes:
    body = t("""
        Cara Lucía Navarro,

        Obrigado pela sua candidatura à função de Analista Financeira - Corporate Finance
        (Ref. 4471) na Tejo Capital Partners.

        Temos o prazer de confirmar a sua entrevista:

        Data: terça-feira, 9 de junho de 2026
        Hora: 10h00 - 11h00 (hora de Lisboa) / 11h00 - 12h00 em Madrid
        Formato: Microsoft Teams (o link será enviado pela equipa de Recrutamento)
        Entrevistadores: Ana Ferreira (Talent Acquisition) e Rui Marques (Diretor Financeiro)

        A entrevista decorrerá em inglês e português; se preferir, poderá responder em espanhol.

        Em caso de dúvida, responda a este e-mail.

        Com os melhores cumprimentos,
        Ana Ferreira
        Talent Acquisition | Tejo Capital Partners
        Av. da Liberdade 190, 1250-147 Lisboa

        Esta mensagem foi gerada automaticamente pelo sistema de recrutamento SAP SuccessFactors.
        """)
    hs = heads(addr("Tejo Capital Partners Recrutamento", "noreply@successfactors.eu"), "Confirmação de entrevista - Analista Financeira - Corporate Finance (Ref. 4471)",
               "2026-06-02 11:20", "Europe/Lisbon", "<1780396800123.4471.JavaMail.sfapp@pc12bsfapi08.successfactors.eu>",
               extra=(("Reply-To", addr("Ana Ferreira", "ana.ferreira@tejocapital.pt")),))
    return message(hs, text(body, cte="8bit"))


@mail(name(5), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-04-02T13:00:00Z", end="2026-04-02T14:00:00Z", contact="olivia.bennett@harrowgate-am.co.uk",
      company="Harrowgate Asset Management", local="Thu 2026-04-02 14:00", local_end="2026-04-02 15:00", zone="Europe/London",
      note="Workday interview confirmation sent on 27 March (GMT) for Thursday 2 April 14:00-15:00 UK time, which is BST after 29 March -> 13:00Z (15:00 in Madrid). ICS in UTC agrees. Sender is the Workday tenant mailbox; contact = recruiter address in the body.")
def p05() -> bytes:
    body = t("""
        Dear Lucía,

        Thank you for your interest in the Investment Performance Analyst position (R-20931)
        at Harrowgate Asset Management. We are pleased to confirm your interview.

        Interview Details
        Date:        Thursday, 2 April 2026
        Time:        14:00 - 15:00 (UK time)
        Location:    Microsoft Teams - joining details in the attached calendar invitation
        Interviewers: Priya Raman, Head of Performance & Risk
                      Callum Hughes, Senior Analyst

        Please note the clocks go forward in the UK on 29 March; the time above is British
        Summer Time.

        If you have any questions before the interview, please contact your recruiter,
        Olivia Bennett (olivia.bennett@harrowgate-am.co.uk).

        Kind regards,
        Harrowgate Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workday Inc.//Workday Recruiting//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:WD-INTERVIEW-R20931-000418@myworkday.com
        DTSTAMP:20260327160200Z
        DTSTART:20260402T130000Z
        DTEND:20260402T140000Z
        SUMMARY:Interview - Investment Performance Analyst (R-20931)
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZWQ1@thread.v2/0
        ORGANIZER;CN=Harrowgate Talent Acquisition:mailto:harrowgate@myworkday.com
        ATTENDEE;CN=Lucía Navarro;RSVP=TRUE:mailto:lucia.navarro@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Harrowgate Talent Acquisition", "harrowgate@myworkday.com"), "Interview Confirmation - Investment Performance Analyst (R-20931)",
               "2026-03-27 16:02", "Europe/London", "<1929284710.48213.1774627320118@wd5-prod-mail03.myworkday.com>",
               rcv="from wd5-prod-mail03.myworkday.com (wd5-prod-mail03.myworkday.com [52.40.12.9])")
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, cte="base64", filename="Interview.ics", disposition="attachment", name_param=True)))


@mail(name(6), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-09-16T13:30:00Z", end="2026-09-16T14:15:00Z", contact="jonas.lindqvist@fjordpay.com",
      company="Fjord Pay", local="Wed 2026-09-16 15:30", local_end="2026-09-16 16:15", zone=MAD,
      note="Teamtailor 'interview booked' for the Barcelona hub, Wednesday 16 September 15:30-16:15 CEST = 13:30Z; ICS TZID Europe/Madrid agrees. Reply-To is a Teamtailor relay (not human); contact = hiring manager's address in the body.")
def p06() -> bytes:
    body = t("""
        Hi Lucía,

        Your interview for Finance Analyst, Barcelona hub is booked. Here are the details:

        When: Wednesday 16 September 2026, 15:30 - 16:15 (Central European Summer Time)
        Where: Fjord Pay, Carrer de Pallars 108, 08018 Barcelona - 4th floor, ask for Jonas
        Who: Jonas Lindqvist (Finance Manager) and Mireia Soler (Accounting Lead)

        We've attached a calendar invite. If something comes up, let Jonas know directly at
        jonas.lindqvist@fjordpay.com or reply to this email.

        See you in Barcelona!
        The Fjord Pay team

        Powered by Teamtailor
        """)
    ics = joinvtz(VTZ_MADRID, ["BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Meetings//EN\nMETHOD:REQUEST\n", t("""

        BEGIN:VEVENT
        UID:meeting-8812734@teamtailor.com
        DTSTAMP:20260910123000Z
        DTSTART;TZID=Europe/Madrid:20260916T153000
        DTEND;TZID=Europe/Madrid:20260916T161500
        SUMMARY:Interview: Lucía Navarro / Fjord Pay
        LOCATION:Carrer de Pallars 108\\, 08018 Barcelona
        ORGANIZER;CN=Jonas Lindqvist:mailto:jonas.lindqvist@fjordpay.com
        ATTENDEE;CN=Lucía Navarro;RSVP=TRUE:mailto:lucia.navarro@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads(addr("Fjord Pay", "no-reply@teamtailor-mail.com"), "Interview booked: Finance Analyst, Barcelona hub",
               "2026-09-10 14:30", MAD, "<6f3e1b2a-9c84-4d17-b0a5-2e7d5f118c40@teamtailor-mail.com>",
               extra=(("Reply-To", "reply+c8812734-2f1e@teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="quoted-printable", filename="invite.ics", disposition="attachment")))


@mail(name(7), family="smartrecruiters", lang="fr", interview=True, kind="scheduled",
      start="2026-10-13T12:00:00Z", end="2026-10-13T13:00:00Z", contact="claire.morvan@ardanne.fr",
      company="Groupe Ardanne", local="Tue 2026-10-13 14:00", local_end="2026-10-13 15:00", zone="Europe/Paris",
      note="SmartRecruiters, French: mardi 13 octobre à 14h00 (heure de Paris), durée : 1 heure -> 12:00Z-13:00Z (CEST, before 25 October). Follows the slot proposal in the negatives. Contact = human Reply-To.")
def p07() -> bytes:
    body = t("""
        Bonjour Lucía,

        Merci d'avoir choisi un créneau. Votre entretien pour le poste de Contrôleuse
        financière - Filiale Espagne est confirmé :

          Date : mardi 13 octobre 2026
          Heure : 14h00 (heure de Paris)
          Durée : 1 heure
          Lieu : visioconférence Microsoft Teams (lien ci-dessous)
          Avec : Claire Morvan, Responsable Recrutement, et Hugo Delacroix, DAF Groupe

          https://teams.microsoft.com/l/meetup-join/19%3ameeting_ArdN3x@thread.v2/0

        Pour toute question, répondez simplement à ce message.

        Bien cordialement,
        Claire Morvan
        Groupe Ardanne - Direction des Ressources Humaines
        """)
    hs = heads(addr("Groupe Ardanne", "noreply@smartrecruiters.com"), "Confirmation de votre entretien - Contrôleuse financière",
               "2026-10-07 10:00", "Europe/Paris", "<0100019a3b2c7d4e-sr-ardanne-7718@email.smartrecruiters.com>",
               extra=(("Reply-To", addr("Claire Morvan", "claire.morvan@ardanne.fr")),))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(name(8), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T15:00:00Z", end="2026-03-10T15:45:00Z", contact="dana.whitfield@ledgerline.com",
      company="Ledgerline", local="Tue 2026-03-10 11:00", local_end="2026-03-10 11:45", zone="America/New_York",
      note="Greenhouse, US-remote role: Tuesday 10 March 11:00-11:45 AM Eastern. The US switched to EDT on 8 March (mail sent in EST), so 11:00 EDT = 15:00Z; the mail's 'your time' line says 4:00 PM CET, Madrid still on CET -> same instant. Contact = human Reply-To.")
def p08() -> bytes:
    body = t("""
        Hi Lucía,

        Thanks for sending over your availability! Your interview with Ledgerline is confirmed.

        Role: Senior Financial Analyst (Remote - EMEA)
        Interview: Hiring Manager Conversation
        Tuesday, March 10, 2026
        11:00 AM - 11:45 AM EDT (Eastern Time)
        = 4:00 PM - 4:45 PM CET (Madrid)

        Interviewer: Marcus Oyelaran, VP Finance
        Video: https://ledgerline.zoom.us/j/88120455617

        Heads up: US clocks change on March 8, so the gap to Madrid is 5 hours that week
        instead of the usual 6.

        If you need to reschedule, just reply to this email.

        Best,
        Dana Whitfield
        Recruiting Coordinator, Ledgerline
        """)
    hs = heads(addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"), "Interview Confirmation: Senior Financial Analyst at Ledgerline",
               "2026-03-04 09:30", "America/New_York", "<5c2d1a7e.3f91.4be2.a0c4.9e7f11aa2b05@us.greenhouse-mail.io>",
               extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@ledgerline.com")),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(name(9), family="calendly", lang="es", interview=True, kind="scheduled",
      start="2026-11-05T16:00:00Z", end="2026-11-05T16:45:00Z", contact="rodrigo.salinas@cordilleracapital.mx",
      company="Cordillera Capital México", local="Thu 2026-11-05 17:00", local_end="2026-11-05 17:45", zone=MAD,
      note="Calendly invitee confirmation in Spanish, shown in the invitee's zone: jueves 5 de noviembre 17:00-17:45 hora de Europa central (CET after 25 Oct) = 16:00Z; the host's time 10:00 Ciudad de México (UTC-6, no DST) is the same instant. Contact = host via Reply-To.")
def p09() -> bytes:
    body = t("""
        Hola, Lucía Navarro:

        Se ha programado un nuevo evento.

        Evento:
        Entrevista - Analista Financiera Sr. (45 min)

        Nombre del organizador:
        Rodrigo Salinas

        Fecha/hora del evento:
        17:00 - 17:45, jueves, 5 de noviembre de 2026 (Hora de Europa central)

        Ubicación:
        Zoom. Los detalles de la conferencia web se proporcionarán tras la reserva.
        https://cordilleracapital.zoom.us/j/94418820331

        Respuestas:
        Teléfono: +34 6** *** 418
        Horario de Rodrigo: 10:00 a. m. hora de la Ciudad de México

        Ver evento en Calendly:
        https://calendly.com/events/7d9e2f40-1a2b/invitee

        ¿Necesitas hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/7d9e2f40
        Reprogramar: https://calendly.com/reschedulings/7d9e2f40

        Desarrollado por Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//ES
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7d9e2f40-1a2b-4c5d-9e8f-03b1c2d4e5f6@calendly.com
        DTSTAMP:20261030172100Z
        DTSTART:20261105T160000Z
        DTEND:20261105T164500Z
        SUMMARY:Entrevista - Analista Financiera Sr. (45 min) entre Rodrigo Salinas y Lucía Navarro
        LOCATION:https://cordilleracapital.zoom.us/j/94418820331
        ORGANIZER;CN=Rodrigo Salinas:mailto:rodrigo.salinas@cordilleracapital.mx
        ATTENDEE;CN=Lucía Navarro;RSVP=TRUE:mailto:lucia.navarro@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = heads(addr("Calendly", "notifications@calendly.com"), "Nuevo evento: Entrevista - Analista Financiera Sr. (45 min) - jueves, 5 de noviembre de 2026",
               "2026-10-30 18:21", MAD, "<01000192de4f7a11-calendly-invitee-7d9e2f40@email.calendly.com>",
               extra=(("Reply-To", addr("Rodrigo Salinas", "rodrigo.salinas@cordilleracapital.mx")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(name(10), family="microsoft_bookings", lang="es", interview=True, kind="scheduled",
      start="2026-06-23T08:00:00Z", end="2026-06-23T08:30:00Z", contact=None,
      company="Meseta Auditores y Consultores", local="Tue 2026-06-23 10:00", local_end="2026-06-23 10:30", zone=MAD,
      note="Microsoft Bookings in Spanish from a shared mailbox. The body shows the standard-offset label '(UTC+01:00) Bruselas, Copenhague, Madrid, París' in June; the wall-clock 10:00-10:30 is CEST (UTC+2) -> 08:00Z, which the Romance Standard Time ICS confirms. Staff named without an address -> contact null.")
def p10() -> bytes:
    hb = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:560px">
        <p style="font-size:20px">Su reserva se ha confirmado</p>
        <p>Hola, Lucía Navarro:</p>
        <p>Gracias por reservar con <b>Meseta Auditores y Consultores - Selección</b>. Le esperamos.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Servicio</td><td>Entrevista técnica - Analista Senior de Transaction Services</td></tr>
        <tr><td style="color:#605e5c">Fecha</td><td>martes, 23 de junio de 2026</td></tr>
        <tr><td style="color:#605e5c">Hora</td><td>10:00 - 10:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París</td></tr>
        <tr><td style="color:#605e5c">Personal</td><td>Pablo Ortega</td></tr>
        <tr><td style="color:#605e5c">Ubicación</td><td>Reunión de Microsoft Teams</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE1Yj@thread.v2/0">Unirse a la reunión de Teams</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/Selecciin@mesetaconsultores.es/bookings/s/cancel/8a7f">Cancelar o reprogramar la reserva</a></p>
        <p style="font-size:12px;color:#8a8886">Meseta Auditores y Consultores, Paseo de la Castellana 95, 28046 Madrid</p>
        </div></body></html>
        """)
    ics = joinvtz(VTZ_ROMANCE, ["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n", t("""

        BEGIN:VEVENT
        ORGANIZER;CN=Meseta Auditores y Consultores - Selección:mailto:Seleccion@mesetaconsultores.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Navarro:mailto:lucia.navarro@example.org
        DESCRIPTION;LANGUAGE=es-ES:Entrevista técnica - Analista Senior de Transaction Services con Pablo Ortega
        UID:040000008200E00074C5B7101A82E0080000000060A1B2C3D4E5F601000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Analista Senior de Transaction Services
        DTSTART;TZID=Romance Standard Time:20260623T100000
        DTEND;TZID=Romance Standard Time:20260623T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260616110012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads(addr("Meseta Auditores y Consultores - Selección", "Seleccion@mesetaconsultores.es"), "Reserva confirmada: Entrevista técnica - Analista Senior de Transaction Services",
               "2026-06-16 13:00", MAD, "<AM9PR04MB8142A1F0E4C1B2D3@AM9PR04MB8142.eurprd04.prod.outlook.com>",
               extra=(("X-MS-Exchange-Organization-AuthAs", "Internal"),))
    return message(hs, mixed(html(hb), calendar(ics, cte="base64", ctype="text/calendar")))


@mail(name(11), family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-02-19T09:00:00Z", end="2026-02-19T10:00:00Z", contact="iker.mendizabal@navieracantabrico.com",
      company="Naviera Cantábrico", local="Thu 2026-02-19 10:00", local_end="2026-02-19 11:00", zone=MAD,
      note="Google Calendar invitation in the Spanish UI: 'jue 19 feb 2026 10:00 - 11:00 (CET)' -> 09:00Z-10:00Z; ICS TZID Europe/Madrid. Bilbao company, peninsular time. Contact = organizer (also the From).")
def p11() -> bytes:
    body = t("""
        Has recibido una invitación para el siguiente evento.

        Entrevista Lucía Navarro - Analista de Tesorería
        Jueves, 19 de febrero de 2026 · 10:00 – 11:00
        Zona horaria: Europe/Madrid
        Información para unirse a Google Meet
        Enlace de la videollamada: https://meet.google.com/nvc-pbtr-uzk

        Segunda entrevista con Amaia Goikoetxea (Directora Financiera). Duración: 1 hora.

        Organizador
        Iker Mendizabal
        iker.mendizabal@navieracantabrico.com

        Invitados
        Iker Mendizabal - organizador
        amaia.goikoetxea@navieracantabrico.com
        lucia.navarro@example.org

        Ver todos los detalles del invitado: https://calendar.google.com/calendar/event?action=VIEW&eid=N2s1bWQ

        ¿Vas a asistir?  Sí - Quizás - No   más opciones https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s1bWQ

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo porque estás invitado al evento. Para dejar de recibir
        actualizaciones de este evento, rechaza la invitación.
        """)
    ics = joinvtz(VTZ_MADRID, ["BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n", t("""

        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20260219T100000
        DTEND;TZID=Europe/Madrid:20260219T110000
        DTSTAMP:20260212154800Z
        ORGANIZER;CN=Iker Mendizabal:mailto:iker.mendizabal@navieracantabrico.com
        UID:7k5md2q0vbn3l0a9c8e6r1t4s2@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Iker Mendizabal;X-NUM-GUESTS=0:mailto:iker.mendizabal@navieracantabrico.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.navarro@example.org;X-NUM-GUESTS=0:mailto:lucia.navarro@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=amaia.goikoetxea@navieracantabrico.com;X-NUM-GUESTS=0:mailto:amaia.goikoetxea@navieracantabrico.com
        X-MICROSOFT-CDO-OWNERAPPTID:-1849206623
        CREATED:20260212154750Z
        DESCRIPTION:Segunda entrevista con Amaia Goikoetxea (Directora Financiera). Duración: 1 hora.
        LAST-MODIFIED:20260212154800Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Lucía Navarro - Analista de Tesorería
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads(addr("Iker Mendizabal", "iker.mendizabal@navieracantabrico.com"),
               "Invitación: Entrevista Lucía Navarro - Analista de Tesorería @ jue 19 feb 2026 10:00 - 11:00 (CET) (lucia.navarro@example.org)",
               "2026-02-12 16:48", MAD, "<calendar-2b7e1c44-91d0-4f3a-8e55-0d6c7a9b1f22@google.com>",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                      ("Reply-To", "iker.mendizabal@navieracantabrico.com")))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(name(12), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-04-23T08:00:00Z", end=None, contact="beatriz.cano@almacenesretiro.es",
      company="Almacenes Retiro", local="Thu 2026-04-23 10:00", zone=MAD, days=(("Mon", "2026-04-20"),),
      note="Spanish HR in tú, iso-8859-1 quoted-printable: 'quedamos el jueves a las 10:00 h'. Date is Monday 20 April (Madrid) -> Thursday 23 April 10:00 CEST = 08:00Z. 'una hora aproximadamente' -> end null. Contact = sender.")
def p12() -> bytes:
    body = t("""
        Hola Lucía:

        Tal y como hemos hablado por teléfono esta mañana, te confirmo la entrevista con
        Óscar Villalba (Controller de Tiendas) y conmigo: quedamos el jueves a las 10:00 h
        en nuestras oficinas centrales de la calle O'Donnell, 34 (5.ª planta).

        Calcula una hora aproximadamente. Haremos una parte más técnica sobre cierre mensual,
        análisis de desviaciones y reporting a dirección, así que si quieres traer algún
        ejemplo de cuadro de mando (anonimizado) será bienvenido.

        Cualquier cosa, me dices.

        Un abrazo,

        Beatriz Cano
        Responsable de Selección
        Almacenes Retiro, S.A.
        Tel. 91 555 83 20
        """)
    hs = heads(addr("Beatriz Cano", "beatriz.cano@almacenesretiro.es", "iso-8859-1"), "Entrevista jueves - Controller de Gestión",
               "2026-04-20 13:05", MAD, "<000001dcd0a1$7e2f4c10$7a8de430$@almacenesretiro.es>",
               extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzQoX4vTBCzL3aeR0SlqTH1xFZ2Ww==")))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(13), family="human_prose", lang="es", interview=True, kind="scheduled",
      start="2026-09-25T08:00:00Z", end=None, contact="yaiza.perez@atlanticahoteles.es",
      company="Atlántica Hoteles Canarias", local="Fri 2026-09-25 09:00", zone="Atlantic/Canary",
      note="Las Palmas HR in usted, windows-1252 8bit, sent Thursday 24 September 08:15 (Canary time): 'mañana viernes 25 a las 9:00 hora canaria (10:00 hora peninsular)'. Canary WEST UTC+1 -> 08:00Z; both zones agree. No duration. Contact = sender.")
def p13() -> bytes:
    body = t("""
        Estimada Sra. Navarro:

        Le confirmamos la entrevista con nuestra Dirección Financiera mañana, viernes 25,
        a las 9:00 hora canaria (10:00 hora peninsular). Como usted nos indicó que no podrá
        desplazarse a Gran Canaria, la realizaremos por videoconferencia; le enviaremos el
        enlace de Teams esta tarde.

        Le atenderán D. Carmelo Santana, Director Financiero, y quien suscribe.

        Agradeciéndole de antemano su puntualidad, reciba un cordial saludo.

        Yaiza Pérez Quintana
        Departamento de Recursos Humanos
        Atlántica Hoteles Canarias, S.L.
        C/ León y Castillo, 211 - 35005 Las Palmas de Gran Canaria
        """)
    hs = heads(addr("Yaiza Pérez Quintana", "yaiza.perez@atlanticahoteles.es", "windows-1252"), "Confirmación entrevista - Analista Financiero (Ref. AHC-26-031)",
               "2026-09-24 08:15", "Atlantic/Canary", "<AS8PR07MB7741E5F2B3C9A1D0@AS8PR07MB7741.eurprd07.prod.outlook.com>",
               extra=(("Importance", "high"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(name(14), family="headhunter", lang="es", interview=True, kind="scheduled",
      start="2026-05-12T15:00:00Z", end=None, contact="alvaro.munoz@talentiasearch.es",
      company="Castellana Patrimonio", local="Tue 2026-05-12 17:00", zone=MAD, days=(("Wed", "2026-05-06"),),
      note="Headhunter writing for his client, with the client's own confirmation attached as message/rfc822. Sent Wednesday 6 May: 'la semana que viene, el martes 12 a las 17:00' -> Tuesday 12 May 17:00 CEST = 15:00Z. Company = the client (hiring company). Contact = the headhunter (human sender).")
def p14() -> bytes:
    inner_body = t("""
        Álvaro,

        Perfecto, nos encaja. Recibimos a Lucía Navarro el martes 12 de mayo a las 17:00 en
        Castellana 141, planta 9. Estaremos Gonzalo Ruiz-Mateos (CFO) y yo.

        Gracias,
        Elena Vázquez
        Directora de RR. HH. | Castellana Patrimonio
        """)
    inner = message([("From", addr("Elena Vázquez", "elena.vazquez@castellanapatrimonio.es")),
                     ("To", addr("Álvaro Muñoz", "alvaro.munoz@talentiasearch.es")),
                     ("Subject", enc("RE: Candidata Analista de Inversiones - Lucía Navarro")),
                     ("Date", date("2026-05-06 17:52", MAD)),
                     ("Message-ID", "<PR3P195MB0712C1D2E3F4A5B6@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>")],
                    text(inner_body, cte="quoted-printable"))
    body = t("""
        Hola Lucía,

        ¡Buenas noticias! Castellana Patrimonio quiere conocerte. Te confirmo la entrevista
        con ellos la semana que viene, el martes 12 a las 17:00, en su sede de Paseo de la
        Castellana 141, planta 9. Te reciben Elena Vázquez (RR. HH.) y Gonzalo Ruiz-Mateos,
        el CFO. Te adjunto su correo para que lo tengas todo.

        El lunes te llamo para prepararla juntos: les interesa mucho tu experiencia en
        valoración de activos inmobiliarios y el modelo de cash flow que me comentaste.

        Un abrazo y mucha suerte,

        Álvaro Muñoz
        Senior Consultant - Finance & Real Estate
        Talentia Search Partners
        +34 610 22 47 93 | www.talentiasearch.es
        """)
    hs = heads(addr("Álvaro Muñoz", "alvaro.munoz@talentiasearch.es"), "Entrevista con Castellana Patrimonio - martes 12",
               "2026-05-06 18:30", MAD, "<CAF3pX9k2mT7v_Qw1RzL8hJ0yN5bE4sA6dG@mail.gmail.com>")
    return message(hs, mixed(text(body), attached_message(inner, "RE Candidata Analista de Inversiones.eml")))


@mail(name(15), family="human_prose", lang="ca", interview=True, kind="scheduled",
      start="2026-06-03T09:00:00Z", end=None, contact="nuria.puig@montsenyfarma.cat",
      company="Farmacèutica Montseny", local="Wed 2026-06-03 11:00", zone="Europe/Madrid",
      note="Catalan recruiter: 'Et confirmo l'entrevista per dimecres 3 de juny a les 11:00 h' at the Barcelona office, CEST -> 09:00Z. 'uns 45 minuts' is approximate -> end null. Contact = sender.")
def p15() -> bytes:
    body = t("""
        Bon dia, Lucía,

        Moltes gràcies per la trucada d'ahir. Et confirmo l'entrevista per dimecres 3 de juny
        a les 11:00 h a les nostres oficines de Barcelona (Av. Diagonal 523, 6a planta).
        Hi serem la Montse Ferrer, directora financera, i jo mateixa. Comptem uns 45 minuts.

        Si vens en tren des de Madrid i necessites moure l'hora una mica, avisa'm sense problema.

        Fins dimecres!

        Núria Puig i Vidal
        Talent & Cultura
        Farmacèutica Montseny, S.A.
        """)
    hs = heads(addr("Núria Puig i Vidal", "nuria.puig@montsenyfarma.cat"), "Entrevista dimecres 3 de juny - Analista Financera",
               "2026-05-28 12:00", MAD, "<8f1a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8@montsenyfarma.cat>",
               extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ca")))
    return message(hs, text(body, cte="8bit"))


@mail(name(16), family="human_reply_thread", lang="es", interview=True, kind="scheduled",
      start="2026-03-09T14:00:00Z", end="2026-03-09T15:00:00Z", contact="camila.restrepo@segurosmagdalena.com.co",
      company="Seguros del Magdalena", local="Mon 2026-03-09 09:00", local_end="2026-03-09 10:00", zone="America/Bogota",
      note="Colombian recruiter replying on top of the quoted thread: 'queda confirmada para el lunes 9 de marzo, 9:00 a 10:00 a. m. hora Bogotá (15:00 hora de Madrid)'. Bogotá UTC-5 -> 14:00Z; Madrid still CET -> 15:00. Contact = sender.")
def p16() -> bytes:
    body = t("""
        Hola Lucía, qué bueno.

        Perfecto, entonces queda confirmada la entrevista para el lunes 9 de marzo de 9:00 a
        10:00 a. m. hora Bogotá (15:00 a 16:00 hora de Madrid). Ya te llega la invitación de
        Teams de parte de Andrés Cárdenas, el gerente de Planeación Financiera.

        Un saludo muy especial,

        Camila Restrepo Ospina
        Analista de Talento Humano
        Seguros del Magdalena S.A.
        Bogotá D.C., Colombia

        El mar, 3 mar 2026 a las 13:12, Lucía Navarro (<lucia.navarro@example.org>) escribió:
        > Hola Camila:
        >
        > Muchas gracias. El lunes 9 me va bien a la primera hora que me propones (9:00 de
        > Bogotá, las 15:00 aquí). El viernes no podría, estoy en cierre trimestral.
        >
        > Un saludo,
        > Lucía
        >
        > El lun, 2 mar 2026 a las 17:40, Camila Restrepo Ospina (<camila.restrepo@segurosmagdalena.com.co>) escribió:
        >> Hola Lucía, buenas tardes.
        >>
        >> Te escribo de Seguros del Magdalena. Nos gustó mucho tu perfil para la vacante de
        >> Analista Financiera Senior (remoto). ¿Te quedaría bien el lunes 9 de marzo a las
        >> 9:00 a. m. o a las 11:00 a. m. hora Colombia, o el viernes 6 a la misma hora?
        >>
        >> Quedo atenta,
        >> Camila
        """)
    hs = heads(addr("Camila Restrepo Ospina", "camila.restrepo@segurosmagdalena.com.co"), "Re: Entrevista Analista Financiera Senior - Seguros del Magdalena",
               "2026-03-03 09:40", "America/Bogota", "<CAJ7qWm4vB2nX_8pKd1Ls0Yt3fR9gH5eC6aZ@mail.gmail.com>",
               extra=(("In-Reply-To", "<A1B2C3D4-lucia-7731@example.org>"),
                      ("References", "<CAJ7qWm1a2b3c4d5e6f7@mail.gmail.com> <A1B2C3D4-lucia-7731@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(17), family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-10-26T10:00:00Z", end="2026-10-26T11:00:00Z", contact="siobhan.kelly@corribanalytics.ie",
      company="Corrib Analytics", local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/Dublin",
      note="Lever reschedule from Dublin: old Thursday 22 October 14:00 IST, new Monday 26 October 10:00-11:00 Irish time, the day after clocks go back, so GMT = 10:00Z (11:00 Madrid CET, as the mail says). Contact = human Reply-To.")
def p17() -> bytes:
    body = t("""
        Hi Lucía,

        Apologies for the change at short notice: our CFO has been pulled into a board meeting
        on Thursday. We've moved your interview for Commercial Finance Analyst.

        Previously: Thursday, 22 October 2026, 14:00 - 15:00 (Dublin)
        New time:   Monday, 26 October 2026, 10:00 - 11:00 (Dublin)

        That's 11:00 - 12:00 in Madrid - Ireland goes back to winter time on the 25th, same
        as Spain, so the one-hour difference stays.

        Interviewers: Niamh Byrne (CFO), Declan O'Rourke (FP&A Lead)
        Video link: https://meet.google.com/crb-tqwe-lmo

        Reply to this email if the new time doesn't work.

        Thanks,
        Siobhán Kelly
        Talent Partner, Corrib Analytics

        Sent via Lever
        """)
    hs = heads(addr("Siobhán Kelly", "no-reply@hire.lever.co"), "Updated interview time - Commercial Finance Analyst at Corrib Analytics",
               "2026-10-21 15:05", "Europe/Dublin", "<0100019a0f6e2c3d-lever-interview-update-5521@email.lever.co>",
               extra=(("Reply-To", addr("Siobhán Kelly", "siobhan.kelly@corribanalytics.ie")),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(name(18), family="human_prose", lang="it", interview=True, kind="rescheduled",
      start="2026-05-15T08:00:00Z", end="2026-05-15T09:00:00Z", contact="giulia.bassi@ferrarislogistica.it",
      company="Ferraris Logistica", local="Fri 2026-05-15 10:00", local_end="2026-05-15 11:00", zone="Europe/Rome",
      days=(("Thu", "2026-05-14"),),
      note="Italian recruiter moves the colloquio from giovedì 14 maggio ore 15:00 to venerdì 15 maggio ore 10:00 (Milan, CEST), durata un'ora -> 08:00Z-09:00Z. Same clock in Madrid. Contact = sender.")
def p18() -> bytes:
    body = t("""
        Gentile Lucía,

        purtroppo giovedì 14 maggio alle ore 15:00 il nostro Direttore Amministrazione e
        Finanza sarà in trasferta a Genova. Le chiedo scusa per il cambio: possiamo spostare
        il colloquio a venerdì 15 maggio alle ore 10:00, stesso collegamento Teams.

        Ho già verificato con la Sua disponibilità indicata nella mail precedente, quindi Le
        confermo direttamente il nuovo orario. Durata prevista: un'ora.

        Cordiali saluti,

        Giulia Bassi
        HR Specialist
        Ferraris Logistica S.p.A.
        Via Mecenate 76, 20138 Milano
        """)
    hs = heads(addr("Giulia Bassi", "giulia.bassi@ferrarislogistica.it"), "Spostamento colloquio - Financial Analyst Spagna",
               "2026-05-08 16:20", "Europe/Rome", "<VI1PR09MB4410B7C6D5E4F3A2@VI1PR09MB4410.eurprd09.prod.outlook.com>")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(name(19), family="exchange_outlook", lang="es", interview=True, kind="rescheduled",
      start="2026-10-27T08:00:00Z", end="2026-10-27T09:00:00Z", contact="rocio.jimenez@cementosguadarrama.es",
      company="Cementos Guadarrama", local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00", zone=MAD,
      note="Outlook/Exchange update in Spanish ('Actualizado:', SEQUENCE 1) sent 22 October in CEST; the interview moves from lunes 26 to martes 27 de octubre 9:00-10:00, after Europe's change to CET -> 08:00Z. ICS uses 'Romance Standard Time' with VTIMEZONE. Contact = organizer/sender.")
def p19() -> bytes:
    body = t("""
        Hola Lucía:

        Te muevo la entrevista al martes 27 a las 9:00 (antes lunes 26 a las 12:00), porque
        el lunes tenemos comité de inversiones. Repasaremos juntos el caso práctico que nos
        enviaste.

        Cuándo: martes, 27 de octubre de 2026 9:00-10:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Reunión de Microsoft Teams

        Rocío Jiménez
        Talent Acquisition | Cementos Guadarrama

        ________________________________________________________________________________
        Reunión de Microsoft Teams
        Unirse desde el ordenador, aplicación móvil o dispositivo de sala
        Haga clic aquí para unirse a la reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2VtR3Vh@thread.v2/0>
        Id. de reunión: 381 552 904 117
        Código de acceso: Gq7Pz2
        ________________________________________________________________________________
        """)
    ics = joinvtz(VTZ_ROMANCE, ["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n", t("""

        BEGIN:VEVENT
        ORGANIZER;CN=Rocío Jiménez:mailto:rocio.jimenez@cementosguadarrama.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Navarro:mailto:lucia.navarro@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fernando Alcázar:mailto:fernando.alcazar@cementosguadarrama.es
        DESCRIPTION;LANGUAGE=es-ES:Te muevo la entrevista al martes 27 a las 9:00 (antes lunes 26 a las 12:00).
        UID:040000008200E00074C5B7101A82E00800000000D0C8F2A91F5EDC01000000000000000010000000B1A2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=es-ES:Entrevista - Analista de Tesorería (Lucía Navarro)
        DTSTART;TZID=Romance Standard Time:20261027T090000
        DTEND;TZID=Romance Standard Time:20261027T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022090012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTSEQ:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads(addr("Rocío Jiménez", "rocio.jimenez@cementosguadarrama.es"), "Actualizado: Entrevista - Analista de Tesorería (Lucía Navarro)",
               "2026-10-22 11:00", MAD, "<DB9PR02MB7353F0E1D2C3B4A5@DB9PR02MB7353.eurprd02.prod.outlook.com>",
               extra=(("Thread-Topic", enc("Entrevista - Analista de Tesorería (Lucía Navarro)")),
                      ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(name(20), family="forward_to_self", lang="es", interview=True, kind="rescheduled",
      start="2026-04-22T14:00:00Z", end=None, contact="francisca.soto@cordilleraholding.cl",
      company="Viña Cordillera Holding", local="Wed 2026-04-22 10:00", zone="America/Santiago",
      days=(("Mon", "2026-04-20"),),
      note="Forward-to-self (from her personal address) of a Chilean recruiter's reschedule: from lunes 20 de abril to miércoles 22 de abril, 10:00 hora de Chile. Chile left summer time on 5 April, so UTC-4 -> 14:00Z = 16:00 Madrid (CEST), as the recruiter writes. Contact = recruiter in the forwarded header, never the candidate.")
def p20() -> bytes:
    body = t("""
        para el calendario!!

        ---------- Forwarded message ---------
        De: Francisca Soto Barros <francisca.soto@cordilleraholding.cl>
        Date: jue, 16 abr 2026 a las 19:40
        Subject: Cambio de fecha entrevista - Analista Financiero Corporativo
        To: Lucía Navarro <lucia.navarro.m@example.com>


        Hola Lucía, ¿cómo estás?

        Te escribo porque tenemos que reagendar la entrevista del lunes 20 de abril. La
        movimos al miércoles 22 de abril a las 10:00 hrs. de Chile, que serían las 16:00 hrs.
        en Madrid (acá ya cambiamos al horario de invierno, así que la diferencia ahora es
        de 6 horas). El link de Zoom sigue siendo el mismo.

        Te entrevistan Ignacio Larraín (Gerente de Finanzas) y yo.

        Cariños,
        Francisca Soto Barros
        Reclutamiento y Selección
        Viña Cordillera Holding S.A. | Santiago, Chile
        """)
    hs = heads(addr("Lucía Navarro", "lucia.navarro.m@example.com"), "Fwd: Cambio de fecha entrevista - Analista Financiero Corporativo",
               "2026-04-16 20:05", MAD, "<CAG1fwdLN0x9Zr4_kT2pQ7mW3vB8sJ6dE5aH@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(21), family="google_calendar", lang="es", interview=True, kind="cancelled",
      start="2026-07-16T10:00:00Z", end="2026-07-16T11:00:00Z", contact="vicent.bosch@citricosdelturia.es",
      company="Cítricos del Turia", local="Thu 2026-07-16 12:00", local_end="2026-07-16 13:00", zone=MAD,
      note="Google Calendar cancellation in the Spanish UI with METHOD:CANCEL: 'jue 16 jul 2026 12:00 - 13:00 (CEST)' -> 10:00Z-11:00Z. Valencia company (same zone). Contact = organizer.")
def p21() -> bytes:
    body = t("""
        Se ha cancelado este evento y se ha eliminado de tu calendario.

        Entrevista Lucía Navarro - Controller Financiero
        Jueves, 16 de julio de 2026 · 12:00 – 13:00
        Zona horaria: Europe/Madrid

        Organizador
        Vicent Bosch
        vicent.bosch@citricosdelturia.es

        Invitados
        Vicent Bosch - organizador
        lucia.navarro@example.org

        Invitación de Google Calendar: https://calendar.google.com/calendar/

        Recibes este correo porque eres un invitado a este evento.
        """)
    ics = joinvtz(VTZ_MADRID, ["BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:CANCEL\n", t("""

        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20260716T120000
        DTEND;TZID=Europe/Madrid:20260716T130000
        DTSTAMP:20260713071000Z
        ORGANIZER;CN=Vicent Bosch:mailto:vicent.bosch@citricosdelturia.es
        UID:3q9vk1m5p7c2t8b0x4n6r2l1d0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lucia.navarro@example.org;X-NUM-GUESTS=0:mailto:lucia.navarro@example.org
        CREATED:20260706101500Z
        LAST-MODIFIED:20260713071000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Entrevista Lucía Navarro - Controller Financiero
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads(addr("Vicent Bosch", "vicent.bosch@citricosdelturia.es"),
               "Evento cancelado: Entrevista Lucía Navarro - Controller Financiero @ jue 16 jul 2026 12:00 - 13:00 (CEST) (lucia.navarro@example.org)",
               "2026-07-13 09:10", MAD, "<calendar-cancel-5e8a0f12-77b3-4c19-a2d6-91e4b0c3f7aa@google.com>",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(name(22), family="cornerstone", lang="es", interview=True, kind="cancelled",
      start="2026-11-19T10:30:00Z", end=None, contact="laura.santos@puertadelsolseguros.es",
      company="Aseguradora Puerta del Sol", local="Thu 2026-11-19 11:30", zone=MAD,
      note="Cornerstone cancellation without ICS: the entrevista del jueves 19 de noviembre a las 11:30 (Madrid, CET) is cancelled because the requisition is on hold -> cancelled slot 10:30Z. Contact = address given in the body.")
def p22() -> bytes:
    hb = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Estimada Lucía:</p>
        <p>Lamentamos comunicarle que la <b>entrevista prevista para el jueves 19 de noviembre de 2026 a las 11:30 h</b>
        para la posición <i>Analista de Reporting Financiero (REQ-11842)</i> queda <b>cancelada</b>.</p>
        <p>La vacante ha quedado en suspenso por una reorganización interna del área de Finanzas. Si el proceso se
        reactiva en los próximos meses, contactaremos con usted para proponerle una nueva fecha.</p>
        <p>Para cualquier consulta puede dirigirse a Laura Santos (<a href="mailto:laura.santos@puertadelsolseguros.es">laura.santos@puertadelsolseguros.es</a>).</p>
        <p>Atentamente,<br>Selección y Desarrollo<br>Aseguradora Puerta del Sol</p>
        <hr><p style="font-size:10px;color:#777">Mensaje generado automáticamente por Cornerstone OnDemand. No responda a esta dirección.</p>
        </body></html>
        """)
    hs = heads(addr("Aseguradora Puerta del Sol", "AutoNotify@csod.com"), "Cancelación de entrevista - Analista de Reporting Financiero (REQ-11842)",
               "2026-11-13 10:00", MAD, "<20261113090000.11842.cancel@mail.csod.com>",
               extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(hb, charset="windows-1252", cte="quoted-printable"))


@mail(name(23), family="exchange_outlook", lang="en", interview=True, kind="cancelled",
      start="2026-01-22T15:00:00Z", end="2026-01-22T16:00:00Z", contact="tom.ashworth@thamesbridgecap.co.uk",
      company="Thamesbridge Capital", local="Thu 2026-01-22 15:00", local_end="2026-01-22 16:00", zone="Europe/London",
      note="Outlook 'Cancelled:' meeting with METHOD:CANCEL and GMT Standard Time VTIMEZONE: Thursday 22 January 15:00-16:00 London (GMT) = 15:00Z (16:00 Madrid). Role filled internally. Contact = organizer/sender.")
def p23() -> bytes:
    body = t("""
        Hi Lucía,

        I'm sorry to cancel our interview on Thursday. We have filled the Portfolio Analyst
        role internally this week, so we won't be going ahead with external interviews.
        Thank you for your time so far - I'll keep your CV on file.

        Best regards,
        Tom Ashworth
        Head of Finance, Thamesbridge Capital
        """)
    ics = joinvtz(make.VTZ["GMT Standard Time"], ["BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n", t("""

        BEGIN:VEVENT
        ORGANIZER;CN=Tom Ashworth:mailto:tom.ashworth@thamesbridgecap.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Navarro:mailto:lucia.navarro@example.org
        DESCRIPTION;LANGUAGE=en-GB:I'm sorry to cancel our interview on Thursday.
        UID:040000008200E00074C5B7101A82E00800000000A0B9C8D7E6F5DC01000000000000000010000000
        SUMMARY;LANGUAGE=en-GB:Canceled: Interview - Portfolio Analyst - Lucía Navarro
        DTSTART;TZID=GMT Standard Time:20260122T150000
        DTEND;TZID=GMT Standard Time:20260122T160000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260119090000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-GB:Thamesbridge Capital\\, 20 Gresham Street\\, London
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads(addr("Tom Ashworth", "tom.ashworth@thamesbridgecap.co.uk"), "Canceled: Interview - Portfolio Analyst - Lucía Navarro",
               "2026-01-19 09:00", "Europe/London", "<LO2P265MB3344D9E8F7A6B5C4@LO2P265MB3344.GBRP265.PROD.OUTLOOK.COM>",
               extra=(("Importance", "high"),))
    return message(hs, alt(text(body, cte="8bit"), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(name(24), family="infojobs_receipt", lang="es", interview=False, company="Grupo Alcora Distribución",
      note="InfoJobs application receipt ('Tu candidatura se ha inscrito correctamente'); no interview, no time. Company = the employer she applied to (same thread as the later InfoJobs confirmation).")
def n24() -> bytes:
    body = t("""
        ¡Hola Lucía!

        Tu candidatura se ha inscrito correctamente en la oferta:

        Analista Financiero/a - Control de Gestión (Madrid)
        Grupo Alcora Distribución · Madrid · Contrato indefinido · 38.000 € - 45.000 € bruto/año

        ¿Y ahora qué?
        - La empresa revisará tu CV. Te avisaremos cuando lo lea.
        - Puedes seguir el estado de tu candidatura en "Mis candidaturas".
        - Mientras tanto, completa tu perfil: los CV completos reciben hasta 3 veces más visitas.

        Ver estado de la candidatura: https://www.infojobs.net/candidate/applications/detail?id=a8f3c1d0e

        Suerte,
        El equipo de InfoJobs
        """)
    hs = heads(addr("InfoJobs", "noreply@infojobs.net"), "Te has inscrito en la oferta Analista Financiero/a - Control de Gestión (Madrid)",
               "2026-01-28 21:47", MAD, "<20260128204708.1b9d4e7a@mailer.infojobs.net>",
               extra=(("List-Unsubscribe", "<https://www.infojobs.net/candidate/settings/notifications>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(25), family="ats_receipt", lang="es", interview=False, company="Vértice Renovables",
      note="Factorial receipt 'Hemos recibido tu candidatura'; says they will contact her 'en las próximas dos semanas' - no time. Same company as the later Factorial interview.")
def n25() -> bytes:
    body = t("""
        Hola Lucía,

        ¡Gracias por tu interés en Vértice Renovables! Hemos recibido tu candidatura para el
        puesto de Analista de Planificación Financiera (FP&A).

        Nuestro equipo de Personas revisará tu perfil y, si encaja con lo que buscamos, nos
        pondremos en contacto contigo en las próximas dos semanas para agendar una primera
        entrevista.

        Un saludo,
        Equipo de Personas de Vértice Renovables

        --
        Enviado con Factorial · factorialhr.es
        """)
    hs = heads(addr("Vértice Renovables", "no-reply@factorialhr.com"), "Hemos recibido tu candidatura - Analista de Planificación Financiera (FP&A)",
               "2026-03-09 08:02", MAD, "<0102018dd1e6a902-ats-51873-ack@email.factorialhr.com>",
               extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, cte="base64"))


@mail(name(26), family="rejection", lang="es", interview=False, company="Lumbre Energía",
      note="Personio rejection: 'no continuaremos con tu candidatura'. Mentions the interview held 'el pasado jueves' but no future time.")
def n26() -> bytes:
    body = t("""
        Hola Lucía:

        Muchas gracias por el tiempo que nos dedicaste el pasado jueves y por tu interés en
        el puesto de Analista Financiero/a en nuestra oficina de Bilbao.

        Tras valorar todas las candidaturas, hemos decidido no continuar con tu candidatura
        en esta ocasión: buscamos un perfil con más experiencia en mercados eléctricos y
        coberturas de energía.

        Guardaremos tus datos para futuros procesos, siempre que nos des tu consentimiento.

        Te deseamos mucha suerte,

        Ane Etxeberria
        People Partner | Lumbre Energía
        """)
    hs = heads(addr("Lumbre Energía", "no-reply@mail.personio.de"), "Tu candidatura en Lumbre Energía",
               "2026-06-01 11:30", MAD, "<personio.candidate.3381920.rejection@mail.personio.de>",
               extra=(("Reply-To", addr("Ane Etxeberria", "ane.etxeberria@lumbre-energia.eus")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(27), family="rejection", lang="en", interview=False, company="Harrowgate Asset Management",
      days=(("Thu", "2026-04-02"),),
      note="Workday rejection after the interview of Thursday 2 April (past date quoted). Same thread as the Workday confirmation; no future time.")
def n27() -> bytes:
    body = t("""
        Dear Lucía,

        Thank you for interviewing with us on Thursday, 2 April for the Investment Performance
        Analyst position (R-20931). We enjoyed speaking with you.

        After careful consideration, we have decided to move forward with another candidate
        whose experience more closely matches our current needs. This was a difficult
        decision given the strength of the shortlist.

        We wish you every success in your search.

        Kind regards,
        Harrowgate Talent Acquisition
        """)
    hs = heads(addr("Harrowgate Talent Acquisition", "harrowgate@myworkday.com"), "Your application for Investment Performance Analyst (R-20931)",
               "2026-04-14 17:20", "Europe/London", "<1929284710.51877.1776183600551@wd5-prod-mail03.myworkday.com>")
    return message(hs, text(body, cte="8bit"))


@mail(name(28), family="job_alert", lang="es", interview=False, company=None,
      note="InfoJobs job alert (list of offers, one says 'entrevista en el día'); no interview.")
def n28() -> bytes:
    hb = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hola Lucía, tenemos <b>12 ofertas nuevas</b> para tu alerta <b>"analista financiero" en Madrid</b>:</p>
        <table cellpadding="8">
        <tr><td><a href="https://www.infojobs.net/of-i9a1">Analista Financiero Junior/Senior</a><br>Logística Henares · Alcalá de Henares · 32.000 - 40.000 €</td></tr>
        <tr><td><a href="https://www.infojobs.net/of-i9a2">Financial Controller - Proceso ágil, entrevista en el día</a><br>ETT Consultora Meridia · Madrid · Temporal</td></tr>
        <tr><td><a href="https://www.infojobs.net/of-i9a3">Analista FP&amp;A (híbrido)</a><br>Sector Retail · Madrid · 45.000 €</td></tr>
        <tr><td><a href="https://www.infojobs.net/of-i9a4">Técnico/a de Tesorería</a><br>Grupo Constructor Jarama · Getafe · Indefinido</td></tr>
        </table>
        <p><a href="https://www.infojobs.net/ofertas-trabajo/madrid/analista-financiero">Ver las 12 ofertas</a></p>
        <p style="font-size:11px;color:#888">Recibes este email porque creaste una alerta en InfoJobs. <a href="https://www.infojobs.net/candidate/alerts">Gestionar alertas</a></p>
        </body></html>
        """)
    hs = heads(addr("Alertas InfoJobs", "alertas@infojobs.net"), "12 ofertas nuevas de analista financiero en Madrid",
               "2026-02-23 07:30", MAD, "<alert.20260223.0730.55192@mailer.infojobs.net>",
               extra=(("List-Unsubscribe", "<https://www.infojobs.net/candidate/alerts/unsubscribe?id=55192>, <mailto:unsubscribe@infojobs.net>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(hb, cte="base64"))


@mail(name(29), family="job_alert", lang="es", interview=False, company=None,
      note="LinkedIn job alert in Spanish (Barcelona/Madrid/remote roles); no interview.")
def n29() -> bytes:
    body = t("""
        Tu alerta de empleo para Financial Analyst en España

        15 nuevos empleos coinciden con tus preferencias.

        Senior Financial Analyst
        Bluewave Payments · Barcelona (híbrido)
        Solicitud sencilla · Hace 2 días

        FP&A Analyst - EMEA
        Northgrid Software · España (en remoto)
        Tu perfil encaja con las aptitudes del empleo

        Analista de Control de Gestión
        Hospitales Sierra Norte · Madrid
        Contratación activa

        Ver todos los empleos: https://www.linkedin.com/comm/jobs/search?savedSearchId=8812

        Este correo electrónico iba dirigido a Lucía Navarro (Financial Analyst en Distribuciones Manzanares).
        Darse de baja: https://www.linkedin.com/comm/psettings/email-unsubscribe
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublín 2.
        """)
    hs = heads(addr("Alertas de empleo de LinkedIn", "jobalerts-noreply@linkedin.com"), "«Financial Analyst»: 15 nuevos empleos en España",
               "2026-05-11 06:12", MAD, "<1093812245.3318271.1778472720412@lva1-app41221.prod.linkedin.com>",
               extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(30), family="job_alert", lang="es", interview=False, company=None,
      note="Indeed job alert; one listing says 'Contratación urgente'; no interview.")
def n30() -> bytes:
    body = t("""
        Empleos de controller financiero en Valencia, Valencia

        Controller Financiero/a
        Grupo Agroalimentario Levante - Valencia
        42.000 € - 50.000 € al año
        Contratación urgente

        Analista Financiero Senior
        Puerto Logística Mediterránea - Valencia
        Responde en 1 día normalmente

        Business Controller
        Cerámicas del Mijares - Castellón de la Plana

        Ver más empleos: https://es.indeed.com/jobs?q=controller+financiero&l=Valencia

        No quieres recibir más alertas: https://es.indeed.com/alert/unsubscribe?id=c7e1
        Indeed, Calle de Ejemplo s/n, Madrid
        """)
    hs = heads(addr("Indeed", "alert@indeed.com"), "Nuevos empleos de controller financiero en Valencia",
               "2026-08-31 08:00", MAD, "<0101018a4c2d7e11-indeed-alert-c7e1@email.indeed.com>",
               extra=(("List-Unsubscribe", "<https://es.indeed.com/alert/unsubscribe?id=c7e1>"),))
    return message(hs, text(body, cte="quoted-printable"))


@mail(name(31), family="recruiter_outreach", lang="es", interview=False, company=None,
      note="Headhunter outreach: asks whether she has '15 minutos esta semana' for a call about an undisclosed client; no fixed time. Company null: the search firm is not the employer and the client is not named.")
def n31() -> bytes:
    body = t("""
        Hola Lucía,

        Soy Marcos Vidal, de Quórum Executive Search. Estoy llevando en exclusiva la búsqueda
        de un/a Controller Financiero/a para un grupo industrial familiar con sede en Madrid
        (facturación ~300 M€, plan de expansión en Portugal y México).

        He visto tu perfil y creo que podrías encajar muy bien. ¿Tendrías 15 minutos esta
        semana para una llamada? Dime qué franja te viene mejor y te llamo.

        Un saludo,
        Marcos Vidal
        Associate Director | Quórum Executive Search
        +34 600 11 22 33
        """)
    hs = heads(addr("Marcos Vidal", "marcos.vidal@quorumsearch.es"), "Oportunidad confidencial - Controller Financiero (Madrid)",
               "2026-06-15 10:44", MAD, "<CAM4vId7Lp2_q9Xs3kR8tY1wN0eB6jG5hF@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(32), family="newsletter_tips", lang="es", interview=False, company=None,
      note="Career newsletter about interviews ('10 preguntas de una entrevista de FP&A', a live session 'el jueves a las 19:00'); not an interview of hers.")
def n32() -> bytes:
    hb = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
        <h1 style="font-size:22px">Carrera Financiera · Boletín n.º 112</h1>
        <h2>Las 10 preguntas que te harán en una entrevista de FP&amp;A</h2>
        <p>«¿Cómo explicarías una desviación de margen al comité?» Repasamos las preguntas más habituales en
        entrevistas para analistas financieros y cómo estructurar las respuestas con el método STAR.</p>
        <h2>Caso práctico en Excel: qué evalúan de verdad</h2>
        <p>Atajos, formatos, integridad del modelo... y por qué entregar a tiempo importa más que el último detalle.</p>
        <h2>Directo en LinkedIn</h2>
        <p>Este jueves a las 19:00 respondemos vuestras dudas sobre entrevistas en banca de inversión.</p>
        <p style="font-size:11px;color:#777">Recibes este boletín porque te suscribiste en carrerafinanciera.es.
        <a href="https://carrerafinanciera.es/baja?u=3f9e">Darse de baja</a></p>
        </body></html>
        """)
    hs = heads(addr("Carrera Financiera", "boletin@carrerafinanciera.es"), "Las 10 preguntas de una entrevista de FP&A (y cómo responderlas)",
               "2026-03-17 07:00", MAD, "<newsletter-112.3f9e@mail.carrerafinanciera.es>",
               extra=(("List-Unsubscribe", "<https://carrerafinanciera.es/baja?u=3f9e>"), ("Precedence", "bulk"),
                      ("List-Id", "Carrera Financiera <boletin.carrerafinanciera.es>")))
    return message(hs, html(hb))


@mail(name(33), family="availability_request", lang="en", interview=False, company="Ledgerline",
      note="Greenhouse availability request from Ledgerline (before the confirmation): asks her to submit availability for the next week; no fixed time.")
def n33() -> bytes:
    body = t("""
        Hi Lucía,

        Great news - the team would like to move forward with a 45-minute conversation with
        Marcus Oyelaran, our VP Finance, for the Senior Financial Analyst (Remote - EMEA) role.

        Please let us know when you're available over the next week or so using the link
        below. Times are shown in your local time zone.

        Submit your availability: https://app.greenhouse.io/availability/5c2d1a7e9f3b

        Best,
        Dana Whitfield
        Recruiting Coordinator, Ledgerline
        """)
    hs = heads(addr("Dana Whitfield", "no-reply@us.greenhouse-mail.io"), "Ledgerline - Please provide your availability",
               "2026-02-26 14:15", "America/New_York", "<4a1b9c3d.77e2.41f0.b8d5.2e6f0a9c1d44@us.greenhouse-mail.io>",
               extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@ledgerline.com")),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(name(34), family="availability_request", lang="es", interview=False, company="Cítricos del Turia",
      note="Spanish HR asks '¿qué disponibilidad tienes la semana del 13 de julio?' - availability request, no fixed time (the later Google Calendar invite was cancelled).")
def n34() -> bytes:
    body = t("""
        Bon dia Lucía,

        Soy Vicent Bosch, de Administración y Finanzas de Cítricos del Turia. Hemos revisado tu
        CV para la posición de Controller Financiero y nos gustaría hacerte una entrevista.

        ¿Qué disponibilidad tienes la semana del 13 de julio? Preferiblemente por la mañana,
        presencial en Alzira o por videollamada si te queda lejos.

        Quedo a la espera.

        Vicent Bosch
        Cítricos del Turia, S.A.
        """)
    hs = heads(addr("Vicent Bosch", "vicent.bosch@citricosdelturia.es"), "Entrevista Controller Financiero - disponibilidad",
               "2026-07-01 12:25", MAD, "<CAB8vB0sch_r3Ty5uQ9pL2wX7mK4nH1gF6dS@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(35), family="slot_proposal", lang="fr", interview=False, company="Groupe Ardanne",
      days=(("Tue", "2026-10-06"), ("Wed", "2026-10-07"), ("Thu", "2026-10-08")),
      note="French recruiter proposes three slots (mardi 6 octobre 10h, mercredi 7 à 14h, jeudi 8 à 16h) and asks her to choose; nothing fixed yet.")
def n35() -> bytes:
    body = t("""
        Bonjour Lucía,

        Suite à notre échange téléphonique, je vous propose les créneaux suivants pour un
        premier entretien avec notre DAF, Hugo Delacroix (heure de Paris, donc la même qu'à
        Madrid) :

          - mardi 6 octobre à 10h00
          - mercredi 7 octobre à 14h00
          - jeudi 8 octobre à 16h00

        Pourriez-vous me dire lequel vous convient ? Si aucun ne va, je vous enverrai un lien
        pour choisir un autre créneau.

        Bien à vous,
        Claire Morvan
        Responsable Recrutement - Groupe Ardanne
        """)
    hs = heads(addr("Claire Morvan", "claire.morvan@ardanne.fr"), "Entretien - Contrôleuse financière Filiale Espagne : vos disponibilités",
               "2026-10-01 09:15", "Europe/Paris", "<a3f8c1d2e4b5@ardanne.fr>")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(36), family="assessment", lang="es", interview=False, company="Cementos Guadarrama",
      days=(("Mon", "2026-10-19"),),
      note="Excel / financial-modelling case with a deadline (lunes 19 de octubre a las 23:59); a deadline, not an interview.")
def n36() -> bytes:
    body = t("""
        Hola Lucía:

        Como te comenté, la siguiente fase es un caso práctico. Te adjunto el enunciado y el
        fichero Excel con los datos de tesorería de una sociedad ficticia.

        Tendrás que preparar una previsión de tesorería a 13 semanas y una propuesta de
        financiación del circulante. Fecha límite de entrega: lunes 19 de octubre a las 23:59.
        Envíalo respondiendo a este correo.

        Después lo comentaremos en una entrevista con Fernando Alcázar, Tesorero del Grupo,
        que te propondré en cuanto lo recibamos.

        Un saludo,
        Rocío Jiménez
        Talent Acquisition | Cementos Guadarrama
        """)
    xlsx = raw_part([("Content-Type", 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="Caso_Tesoreria_CG.xlsx"'),
                     ("Content-Disposition", 'attachment; filename="Caso_Tesoreria_CG.xlsx"'),
                     ("Content-Transfer-Encoding", "base64")],
                    "UEsDBBQABgAIAAAAIQBi7p1oXgEAAJAEAAATAAgCW0NvbnRlbnRfVHlwZXNdLnhtbCCiBAIooAAC\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\n")
    hs = heads(addr("Rocío Jiménez", "rocio.jimenez@cementosguadarrama.es"), "Caso práctico - Analista de Tesorería",
               "2026-10-13 09:30", MAD, "<DB9PR02MB7353A1B2C3D4E5F6@DB9PR02MB7353.eurprd02.prod.outlook.com>")
    return message(hs, mixed(text(body), xlsx))


@mail(name(37), family="one_way_video", lang="es", interview=False, company="Banco Ribera",
      days=(("Sun", "2026-05-10"),),
      note="One-way (recorded) video interview invitation: complete it any time before domingo 10 de mayo 23:59; no live interview time.")
def n37() -> bytes:
    hb = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hola Lucía,</p>
        <p>Gracias por tu candidatura al <b>Programa de Analistas de Riesgo de Crédito</b> de Banco Ribera.</p>
        <p>El siguiente paso es una <b>videoentrevista diferida</b>: responderás a 5 preguntas grabando tus respuestas
        (2 minutos por pregunta, 30 segundos para pensar). Puedes hacerla cuando quieras, desde el ordenador o el móvil,
        <b>antes del domingo 10 de mayo a las 23:59</b>.</p>
        <p style="text-align:center"><a href="https://bancoribera.vidcruiter.example.net/i/9e2f1a" style="background:#004b87;color:#fff;padding:10px 18px;text-decoration:none">Empezar la videoentrevista</a></p>
        <p>Consejo: busca un lugar tranquilo y con buena luz. Puedes practicar con una pregunta de prueba antes.</p>
        <p>Equipo de Talento Joven<br>Banco Ribera</p>
        </body></html>
        """)
    hs = heads(addr("Banco Ribera - Talento", "no-reply@vidcruiter.example.net"), "Tu videoentrevista para Banco Ribera",
               "2026-05-04 10:00", MAD, "<vc-9e2f1a-20260504@vidcruiter.example.net>",
               extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(hb))


@mail(name(38), family="offer", lang="es", interview=False, company="Naviera Cantábrico",
      note="Offer letter (incorporación 1 de abril, firma antes del viernes); follows the Google Calendar interview. No interview.")
def n38() -> bytes:
    body = t("""
        Hola Lucía:

        ¡Enhorabuena! Después de las entrevistas con Amaia y conmigo, nos alegra mucho
        ofrecerte el puesto de Analista de Tesorería en Naviera Cantábrico.

        Te adjunto la carta de oferta con las condiciones: salario fijo de 46.000 € brutos
        anuales, retribución variable de hasta el 10 %, modelo híbrido (3 días en Bilbao) y
        fecha de incorporación prevista el 1 de abril.

        Si te encaja, necesitaríamos la carta firmada antes del viernes. Si quieres comentar
        cualquier punto, llámame cuando quieras.

        Un saludo,
        Iker Mendizabal
        Responsable de Personas | Naviera Cantábrico
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Carta_oferta_LNavarro.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Carta_oferta_LNavarro.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K\nZW5kb2JqCnRyYWlsZXIKPDwgL1Jvb3QgMSAwIFIgPj4KJSVFT0YK\n")
    hs = heads(addr("Iker Mendizabal", "iker.mendizabal@navieracantabrico.com"), "Oferta - Analista de Tesorería",
               "2026-03-02 13:40", MAD, "<CAK2iMz8bN4v_Q1pRt7Lx0Yw9eH3sD5aGf@mail.gmail.com>")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(name(39), family="out_of_office", lang="es", interview=False, company=None,
      days=(("Mon", "2026-05-04"),),
      note="Out-of-office auto-reply ('Estoy fuera de la oficina hasta el lunes 4 de mayo') from the recruiter of the tú confirmation, replying to Lucía's thank-you note.")
def n39() -> bytes:
    body = t("""
        Hola,

        Estoy fuera de la oficina hasta el lunes 4 de mayo, con acceso limitado al correo.
        Para temas urgentes de selección, por favor escribe a seleccion@almacenesretiro.es.

        Gracias,
        Beatriz Cano
        """)
    hs = heads(addr("Beatriz Cano", "beatriz.cano@almacenesretiro.es"), "Respuesta automática: Gracias por la entrevista",
               "2026-04-24 18:02", MAD, "<000001dcd3c5$2a1b0e40$7e5112c0$@almacenesretiro.es>",
               extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("In-Reply-To", "<lucia-thanks-4471@example.org>")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(name(40), family="bounce", lang="en", interview=False, company=None,
      note="Delivery failure (mailer-daemon) for her thank-you note to Tejo Capital with a mistyped address; the returned text mentions 'a entrevista de hoje' - no future interview.")
def n40() -> bytes:
    report = t("""
        This is the mail system at host mx.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <ana.fereira@tejocapital.pt>: host mx1.tejocapital.pt[193.136.4.20] said:
            550 5.1.1 <ana.fereira@tejocapital.pt>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx.example.org
        X-Postfix-Queue-ID: 4Gx7Lq1Zt9z9sWn
        Arrival-Date: Tue,  9 Jun 2026 13:02:11 +0200 (CEST)

        Final-Recipient: rfc822; ana.fereira@tejocapital.pt
        Original-Recipient: rfc822;ana.fereira@tejocapital.pt
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.tejocapital.pt
        Diagnostic-Code: smtp; 550 5.1.1 <ana.fereira@tejocapital.pt>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    orig_body = t("""
        Olá Ana,

        Muito obrigada pela entrevista de hoje e pela simpatia de toda a equipa. Fiquei ainda
        mais entusiasmada com a função.

        Com os melhores cumprimentos,
        Lucía Navarro
        """)
    orig = message([("From", ME_H), ("To", "ana.fereira@tejocapital.pt"), ("Subject", "Obrigada pela entrevista"),
                    ("Date", date("2026-06-09 13:02", MAD)), ("Message-ID", "<lucia-thanks-tejo-0609@example.org>")],
                   text(orig_body, cte="quoted-printable"))
    hs = heads("MAILER-DAEMON@mx.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
               "2026-06-09 13:02", MAD, "<20260609110212.4Gx7Lq1Zt9z9sWn@mx.example.org>",
               extra=(("Auto-Submitted", "auto-replied"),))
    rep = make.multipart("report", text(report, charset="us-ascii", cte="7bit"),
                         raw_part([("Content-Type", "message/delivery-status")], status),
                         attached_message(orig), params="report-type=delivery-status")
    return message(hs, rep)


@mail(name(41), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Work meeting invite from her current employer (Outlook, Romance Standard Time): 'Cierre mensual - revisión de desviaciones'. Confirmed time, not a job interview.")
def n41() -> bytes:
    body = t("""
        Revisamos las desviaciones de marzo por línea de negocio antes de enviar el pack a dirección.
        Traed la conciliación de intercompañías actualizada.

        Cuándo: martes, 31 de marzo de 2026 10:00-11:30 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala Retiro (planta 2) / Teams
        """)
    ics = joinvtz(VTZ_ROMANCE, ["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n", t("""

        BEGIN:VEVENT
        ORGANIZER;CN=Gonzalo Peña:mailto:gonzalo.pena@distmanzanares.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Navarro:mailto:lucia.navarro@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Equipo Control de Gestión:mailto:controlgestion@distmanzanares.es
        UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Cierre mensual - revisión de desviaciones
        DTSTART;TZID=Romance Standard Time:20260331T100000
        DTEND;TZID=Romance Standard Time:20260331T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260320081500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala Retiro (planta 2) / Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads(addr("Gonzalo Peña", "gonzalo.pena@distmanzanares.es"), "Cierre mensual - revisión de desviaciones",
               "2026-03-20 09:15", MAD, "<PAXPR03MB8190C0D1E2F3A4B5@PAXPR03MB8190.eurprd03.prod.outlook.com>",
               to=addr("Equipo Control de Gestión", "controlgestion@distmanzanares.es"))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(name(42), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-05-26"),),
      note="Doctor's appointment confirmation (dermatología, martes 26 de mayo 17:40) - confirmed time, not an interview.")
def n42() -> bytes:
    body = t("""
        Estimada paciente:

        Le confirmamos su cita:

        Especialidad: Dermatología
        Profesional: Dra. Carmen López Ayala
        Fecha: martes, 26 de mayo de 2026
        Hora: 17:40
        Centro: Centro Médico Arganzuela - Paseo de las Delicias 61, Madrid

        Por favor, acuda con 10 minutos de antelación y traiga su tarjeta sanitaria.
        Si no puede asistir, anule la cita respondiendo NO al SMS o desde el área de pacientes.

        Centro Médico Arganzuela
        """)
    hs = heads(addr("Centro Médico Arganzuela", "citas@cmarganzuela.es"), "Confirmación de cita - Dermatología",
               "2026-05-19 16:03", MAD, "<cita-778123-20260519@cmarganzuela.es>",
               extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(43), family="non_interview_calendar", lang="es", interview=False, company=None,
      days=(("Mon", "2026-09-07"),),
      note="Cita previa DNI/pasaporte (lunes 7 de septiembre 09:20, comisaría) with a small ICS; an appointment, not an interview.")
def n43() -> bytes:
    body = t("""
        CITA PREVIA DNI / PASAPORTE - JUSTIFICANTE

        Titular: NAVARRO ***** LUCÍA
        Trámite: Renovación DNI
        Oficina: Comisaría de Chamartín - C/ de Ramón Power, 1 - 28016 Madrid
        Fecha: lunes, 07/09/2026
        Hora: 09:20
        Localizador: DN-7K4Q2M

        Documentación: DNI anterior, fotografía reciente en color, tasa abonada.

        Este correo se ha generado automáticamente. No responda a este mensaje.
        """)
    ics = joinvtz(VTZ_MADRID, ["BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Cita Previa DNI//ES\nMETHOD:PUBLISH\n", t("""

        BEGIN:VEVENT
        UID:DN-7K4Q2M@citaprevia-dni.example.net
        DTSTAMP:20260902101200Z
        DTSTART;TZID=Europe/Madrid:20260907T092000
        DTEND;TZID=Europe/Madrid:20260907T094000
        SUMMARY:Cita DNI - Comisaría de Chamartín
        LOCATION:C/ de Ramón Power\\, 1\\, 28016 Madrid
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads("noreply@citaprevia-dni.example.net", "Justificante de cita previa DNI - DN-7K4Q2M",
               "2026-09-02 12:12", MAD, "<DN-7K4Q2M.20260902101200@citaprevia-dni.example.net>")
    return message(hs, mixed(text(body, charset="iso-8859-1", cte="8bit"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="cita.ics", disposition="attachment")))


@mail(name(44), family="non_interview_calendar", lang="es", interview=False, company=None,
      note="Google Calendar invite from a friend: 'Pádel + cañas' on Saturday 27 June 19:00. Social, not an interview.")
def n44() -> bytes:
    body = t("""
        Has recibido una invitación para el siguiente evento.

        Pádel + cañas
        Sábado, 27 de junio de 2026 · 19:00 – 21:00
        Zona horaria: Europe/Madrid
        Ubicación: Club de Pádel Casa de Campo

        Pista reservada de 19:00 a 20:30, luego cañas en La Bola. ¡Trae raqueta!

        Organizador
        Sara Molina
        sara.molina@example.com

        Invitación de Google Calendar: https://calendar.google.com/calendar/
        """)
    ics = joinvtz(VTZ_MADRID, ["BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n", t("""

        BEGIN:VEVENT
        DTSTART;TZID=Europe/Madrid:20260627T190000
        DTEND;TZID=Europe/Madrid:20260627T210000
        DTSTAMP:20260624180000Z
        ORGANIZER;CN=Sara Molina:mailto:sara.molina@example.com
        UID:1p8sd0k4m2q6v9x3c5b7n1l0t2@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.navarro@example.org;X-NUM-GUESTS=0:mailto:lucia.navarro@example.org
        LOCATION:Club de Pádel Casa de Campo
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Pádel + cañas
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = heads(addr("Sara Molina", "sara.molina@example.com"), "Invitación: Pádel + cañas @ sáb 27 jun 2026 19:00 - 21:00 (CEST) (lucia.navarro@example.org)",
               "2026-06-24 20:00", MAD, "<calendar-9d2e7f10-3b4c-4a5d-8e6f-7a8b9c0d1e2f@google.com>",
               extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(name(45), family="interviewer_side", lang="es", interview=False, company=None,
      note="Look-alike: her current employer invites HER as interviewer of a candidate ('Entrevista candidato - Analista Junior (Daniel Ortiz)', jueves 19 de noviembre 16:00, Romance Standard Time ICS). Confirmed time, but not her job interview.")
def n45() -> bytes:
    body = t("""
        Lucía, te incluyo en el panel para la entrevista del candidato a Analista Junior.
        Te paso su CV y la guía de preguntas; tú te encargas del bloque técnico (Excel y
        análisis de desviaciones), 20 minutos.

        Cuándo: jueves, 19 de noviembre de 2026 16:00-17:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
        Dónde: Sala Prado (planta 3)

        Natalia Herrero
        Recursos Humanos | Distribuciones Manzanares, S.A.
        """)
    ics = joinvtz(VTZ_ROMANCE, ["BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n", t("""

        BEGIN:VEVENT
        ORGANIZER;CN=Natalia Herrero:mailto:natalia.herrero@distmanzanares.es
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Navarro:mailto:lucia.navarro@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gonzalo Peña:mailto:gonzalo.pena@distmanzanares.es
        UID:040000008200E00074C5B7101A82E00800000000C3B4A5968778DC01000000000000000010000000
        SUMMARY;LANGUAGE=es-ES:Entrevista candidato - Analista Junior (Daniel Ortiz)
        DTSTART;TZID=Romance Standard Time:20261119T160000
        DTEND;TZID=Romance Standard Time:20261119T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116083000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-ES:Sala Prado (planta 3)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    cv = raw_part([("Content-Type", 'application/pdf; name="CV_Daniel_Ortiz.pdf"'),
                   ("Content-Disposition", 'attachment; filename="CV_Daniel_Ortiz.pdf"'),
                   ("Content-Transfer-Encoding", "base64")],
                  "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCiUlRU9GCg==\n")
    hs = heads(addr("Natalia Herrero", "natalia.herrero@distmanzanares.es"), "Entrevista candidato - Analista Junior (Daniel Ortiz)",
               "2026-11-16 09:30", MAD, "<PAXPR03MB8190E7F8A9B0C1D2@PAXPR03MB8190.eurprd03.prod.outlook.com>")
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")), cv))


@mail(name(46), family="podcast", lang="es", interview=False, company=None,
      days=(("Wed", "2026-07-22"),),
      note="Podcast guest booking: 'confirmamos la grabación de tu entrevista' miércoles 22 de julio 18:00. She is the interviewee of a podcast, not a job interview.")
def n46() -> bytes:
    body = t("""
        ¡Hola Lucía!

        Qué ganas. Te confirmamos la grabación de tu entrevista para "Finanzas con Café" el
        miércoles 22 de julio a las 18:00 (hora de Madrid), en remoto por Riverside:
        https://riverside.example.net/studio/finanzas-con-cafe

        El tema: cómo es el día a día de una analista de FP&A y qué herramientas usas (Excel,
        Power BI, algo de Python). Unos 40 minutos de charla; luego editamos.

        Un abrazo,
        Jaime Roldán
        Finanzas con Café - el podcast de finanzas corporativas
        """)
    hs = heads(addr("Jaime Roldán", "jaime@finanzasconcafe.es"), "Grabación del episodio - miércoles 22 de julio",
               "2026-07-15 11:05", MAD, "<CAP0dC4st_x7Yq2Wm9Lr5Kt1Nv8Bh3Js6Fe@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(47), family="mock_interview", lang="es", interview=False, company=None,
      days=(("Thu", "2026-02-12"),),
      note="University alumni career service confirms a 'simulacro de entrevista' (jueves 12 de febrero 17:00). Practice, not a job interview.")
def n47() -> bytes:
    body = t("""
        Hola Lucía,

        Te confirmamos tu plaza en el servicio de simulacros de entrevista para antiguos
        alumnos:

        Actividad: Simulacro de entrevista - perfil Finanzas Corporativas
        Día: jueves 12 de febrero de 2026
        Hora: 17:00 - 17:45
        Lugar: Edificio de Alumni, sala 2.04 (o por Zoom si lo prefieres; avísanos)
        Orientadora: Pilar Gámez

        Trae tu CV impreso y la descripción de una oferta real a la que te quieras presentar.

        Servicio de Orientación y Empleo - Alumni
        Universidad de Castilla Norte
        """)
    hs = heads(addr("Alumni Empleo UCN", "empleo.alumni@ucnorte.es"), "Confirmación: simulacro de entrevista",
               "2026-02-06 10:20", MAD, "<alumni-empleo-5531.20260206@ucnorte.es>")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(name(48), family="webinar", lang="es", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Webinar registration 'Cómo superar la entrevista de case study en banca', martes 29 de septiembre 19:00 CEST; not an interview.")
def n48() -> bytes:
    hb = t("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hola Lucía,</p>
        <p>¡Tu plaza está confirmada! Gracias por registrarte en el webinar:</p>
        <h2>Cómo superar la entrevista de case study en banca de inversión</h2>
        <p><b>Fecha:</b> martes, 29 de septiembre de 2026<br>
        <b>Hora:</b> 19:00 - 20:00 (CEST, Madrid)<br>
        <b>Ponente:</b> Andrea Gil, ex-Associate M&amp;A</p>
        <p><a href="https://zoom.example.net/w/88120012?tk=abc">Unirse al webinar</a></p>
        <p><a href="https://zoom.example.net/w/88120012/ics">Añadir al calendario</a></p>
        <p style="font-size:11px;color:#888">Escuela de Finanzas Aplicadas · <a href="https://efa.example.net/baja">Darse de baja</a></p>
        </body></html>
        """)
    hs = heads(addr("Escuela de Finanzas Aplicadas", "no-reply@zoom.example.net"), "Confirmación: Cómo superar la entrevista de case study en banca de inversión",
               "2026-09-21 12:00", MAD, "<webinar-88120012-reg-551@zoom.example.net>",
               extra=(("List-Unsubscribe", "<https://efa.example.net/baja>"),))
    return message(hs, html(hb))


@mail(name(49), family="job_fair", lang="es", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Job-fair ticket ('Feria de Empleo Finanzas y Banca Madrid 2026', miércoles 14 de octubre 10:00-18:00, 'entrevistas rápidas' with exhibitors). An event, not a confirmed interview.")
def n49() -> bytes:
    body = t("""
        ¡Hola Lucía!

        Tu inscripción en la Feria de Empleo Finanzas y Banca Madrid 2026 está confirmada.

        Cuándo: miércoles 14 de octubre, de 10:00 a 18:00
        Dónde: Pabellón 9, Recinto Ferial Norte, Madrid
        Tu código de acceso: FEFB26-20931

        Más de 40 empresas estarán haciendo entrevistas rápidas en sus stands: lleva varias
        copias de tu CV. A las 12:00 hay charla sobre cómo preparar una entrevista por
        competencias.

        ¡Nos vemos en la feria!
        Organización FEFB Madrid
        """)
    hs = heads(addr("Feria Empleo Finanzas y Banca", "info@feriaempleofinanzas.es"), "Tu entrada: Feria de Empleo Finanzas y Banca Madrid 2026",
               "2026-10-05 09:00", MAD, "<fefb26-20931-ticket@feriaempleofinanzas.es>",
               extra=(("List-Unsubscribe", "<mailto:baja@feriaempleofinanzas.es>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(name(50), family="self_schedule", lang="es", interview=False, company="Cordillera Capital México",
      note="Mexican recruiter sends a Calendly self-scheduling link ('agenda el horario que mejor te acomode'); no time fixed yet (the Calendly confirmation comes later).")
def n50() -> bytes:
    body = t("""
        Hola Lucía, ¿qué tal?

        Te escribo de Cordillera Capital. Nos encantó tu perfil para la posición de Analista
        Financiera Sr. (remoto desde España, reportando a CDMX). Me gustaría platicar contigo
        unos 45 minutos.

        Por favor agenda el horario que mejor te acomode en mi calendario; el sistema te
        muestra los horarios en tu zona:
        https://calendly.com/rodrigo-salinas-cordillera/entrevista-45

        Saludos cordiales,
        Rodrigo Salinas
        Talent Acquisition Lead | Cordillera Capital México
        Ciudad de México
        """)
    hs = heads(addr("Rodrigo Salinas", "rodrigo.salinas@cordilleracapital.mx"), "Entrevista Analista Financiera Sr. - Cordillera Capital",
               "2026-10-27 11:40", "America/Mexico_City", "<CAR0dSal1n4s_k8Qp3Wm7Lt2Yv9Bn4Hc6Dg@mail.gmail.com>")
    return message(hs, alt(text(body), html(gmail_html(body))))
