# ruff: noqa: E501 - mail texts and labels read better unwrapped
"""blind2: 50 hand-written mails for the second blind held-out set (see make_blind2.py).

Inbox owner: Inês Carvalho <ines.carvalho@example.com>, a data analyst living in Lisbon who
applies in several countries and languages. Written 2026-11-26 without reading the detector, its
tests/fixtures or the earlier held-out mails; every company and person is fictional.
"""

from __future__ import annotations

import hashlib

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

ME_NAME, ME = "Inês Carvalho", "ines.carvalho@example.com"
TO = addr(ME_NAME, ME)

# VTIMEZONE blocks not in make.VTZ (IANA names, as Google / Apple / Thunderbird write them)
TZ = dict(VTZ)
TZ["Europe/London"] = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""
TZ["America/Mexico_City"] = """BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""
TZ["America/Vancouver"] = """BEGIN:VTIMEZONE
TZID:America/Vancouver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""
TZ["Australia/Sydney"] = """BEGIN:VTIMEZONE
TZID:Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""


def _h(s: str, n: int = 20) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def hd(name: str, frm: str, subject: str, when: str, zone: str, *, host: str, to: str = TO,
       reply_to: str | None = None, cc: str | None = None, extra: tuple = (), charset: str = "utf-8",
       msgid: str | None = None, delivered: str = ME) -> list[tuple[str, str]]:
    """Top-level headers as the candidate's mailbox stores them."""
    ip = int(_h(name, 4), 16) % 250 + 2
    hs = [("Delivered-To", delivered),
          ("Received", received(f"from {host} ({host} [198.51.100.{ip}])", when, zone,
                                f"mx.example.com with ESMTPS id {_h(name + 'r', 12)}", delivered))]
    hs += [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid or f"<{_h(name)}@{host}>")]
    hs += list(extra)
    return hs


def vcal(events: str, *, method: str | None = "REQUEST", prodid: str = "-//followupd blind2//EN",
         tz: tuple[str, ...] = ()) -> str:
    head = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
    if method:
        head += f"METHOD:{method}\n"
    for z in tz:
        head += TZ[z] + "\n"
    return head + t(events).strip("\n") + "\nEND:VCALENDAR\n"


# ============================================================================ positives


@mail("blind2_001", family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-07-14T21:30:00Z", end="2026-07-14T22:15:00Z", contact="dana.whitfield@lumenfield.ai",
      company="Lumenfield Robotics", local="Tue 2026-07-14 14:30", local_end="2026-07-14 15:15",
      zone="America/Los_Angeles",
      note="Greenhouse (no-reply) with the recruiter in Reply-To; 'Tuesday, July 14th, 2:30 - 3:15 PM PT' "
           "in July is PDT (UTC-7); explicit range -> end")
def b001():
    body = t("""
        Hi Inês,

        Thanks for confirming your availability! Your interview for Senior Data Analyst
        (Req #4471) is all set:

          Tuesday, July 14th
          2:30 - 3:15 PM PT
          Zoom: https://lumenfield.zoom.us/j/81244390172?pwd=Zk1uRmVx

        You'll be speaking with Marcus Oyelaran (Analytics Lead). It's a mix of SQL
        walk-through and product sense -- no need to prepare slides.

        If anything changes just reply to this email and it'll come straight to me.

        Best,
        Dana Whitfield
        Recruiting Coordinator, Lumenfield Robotics
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Inês,</p>
        <p>Thanks for confirming your availability! Your interview for <b>Senior Data Analyst</b>
        (Req #4471) is all set:</p>
        <table cellpadding="6" style="border:1px solid #ddd">
        <tr><td><b>Date</b></td><td>Tuesday, July 14th</td></tr>
        <tr><td><b>Time</b></td><td>2:30 - 3:15 PM PT</td></tr>
        <tr><td><b>Location</b></td><td><a href="https://lumenfield.zoom.us/j/81244390172?pwd=Zk1uRmVx">Zoom</a></td></tr>
        <tr><td><b>Interviewer</b></td><td>Marcus Oyelaran (Analytics Lead)</td></tr>
        </table>
        <p>It's a mix of SQL walk-through and product sense -- no need to prepare slides.</p>
        <p>If anything changes just reply to this email and it'll come straight to me.</p>
        <p>Best,<br>Dana Whitfield<br>Recruiting Coordinator, Lumenfield Robotics</p>
        </body></html>
        """)
    hs = hd("b001", addr("Lumenfield Robotics", "no-reply@us.greenhouse-mail.io"),
            "Interview Confirmation: Senior Data Analyst at Lumenfield Robotics",
            "2026-07-08 11:42:07", "America/Los_Angeles", host="mail.us.greenhouse-mail.io",
            reply_to=addr("Dana Whitfield", "dana.whitfield@lumenfield.ai"))
    return message(hs, alt(text(body), html(page)))


@mail("blind2_002", family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-10-22T14:00:00Z", end="2026-10-22T15:00:00Z", contact="olivia.pritchard@harbourline.co.uk",
      company="Harbourline Insurance", local="Thu 2026-10-22 15:00", local_end="2026-10-22 16:00",
      zone="Europe/London", days=(("Tue", "2026-10-20"),),
      note="Lever reschedule, UK: old Tue 20 Oct 11:00 replaced by Thu 22 Oct 15:00-16:00 UK time; still BST "
           "(UK clocks go back 25 Oct) -> 14:00Z; ICS SEQUENCE:2 in Europe/London; contact = Reply-To/ORGANIZER")
def b002():
    body = t("""
        Hi Inês,

        Apologies for the shuffle - one of the panel has a clash on Tuesday, so we've
        moved your interview.

        NEW TIME: Thursday 22 October 2026, 15:00 - 16:00 (UK time)
        (was: Tuesday 20 October, 11:00)

        Format: panel interview, Microsoft Teams (link in the calendar invite)
        Panel: Olivia Pritchard (Talent Partner), Gareth Lowe (Head of Pricing Analytics)

        If the new slot doesn't suit, just reply and we'll sort something out.

        Kind regards,
        Olivia

        Olivia Pritchard | Talent Partner | Harbourline Insurance
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    ics = vcal("""
        BEGIN:VEVENT
        UID:lever-iv-7f3a21c9-harbourline@hire.lever.co
        DTSTAMP:20261016T080500Z
        SEQUENCE:2
        DTSTART;TZID=Europe/London:20261022T150000
        DTEND;TZID=Europe/London:20261022T160000
        SUMMARY:Interview: Inês Carvalho - Pricing Data Analyst (Harbourline)
        ORGANIZER;CN=Olivia Pritchard:mailto:olivia.pritchard@harbourline.co.uk
        ATTENDEE;CN=Inês Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvalho@example.com
        ATTENDEE;CN=Gareth Lowe;ROLE=REQ-PARTICIPANT:mailto:gareth.lowe@harbourline.co.uk
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        """, prodid="-//Lever//Interview Scheduling//EN", tz=("Europe/London",))
    hs = hd("b002", addr("Harbourline Insurance", "no-reply@hire.lever.co"),
            "Updated: your interview with Harbourline Insurance has moved", "2026-10-16 09:05:12",
            "Europe/London", host="mail.hire.lever.co",
            reply_to=addr("Olivia Pritchard", "olivia.pritchard@harbourline.co.uk"))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail("blind2_003", family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-09-30T14:00:00Z", end="2026-09-30T15:00:00Z", contact="priya.sandhu@maplewire.ca",
      company="Maplewire Health", local="Wed 2026-09-30 10:00", local_end="2026-09-30 11:00",
      zone="America/Toronto",
      note="Ashby, HTML-only base64 with a table; Toronto EDT; no Reply-To, the recruiter's address is only "
           "in the footer text")
def b003():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f6f7f9">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" cellpadding="24" style="background:#ffffff;font-family:Inter,Helvetica,sans-serif">
        <tr><td>
        <h2 style="margin:0 0 12px 0">You're confirmed!</h2>
        <p>Hi Inês, your interview with <strong>Maplewire Health</strong> has been booked.</p>
        <table cellpadding="4">
        <tr><td style="color:#666">Interview</td><td>Analytics Case Study</td></tr>
        <tr><td style="color:#666">When</td><td>Wednesday, September 30, 2026<br>10:00 AM&nbsp;&ndash;&nbsp;11:00 AM EDT</td></tr>
        <tr><td style="color:#666">Where</td><td>Google Meet &middot; meet.google.com/wfa-ktqe-pzd</td></tr>
        <tr><td style="color:#666">Interviewers</td><td>Yusuf Adeyemi, Claire Bouchard</td></tr>
        </table>
        <p>Need to reschedule? Reach out to your recruiter, Priya Sandhu
        (<a href="mailto:priya.sandhu@maplewire.ca">priya.sandhu@maplewire.ca</a>).</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Sent via Ashby on behalf of Maplewire Health</td></tr>
        </table>
        </td></tr></table>
        </body></html>
        """)
    hs = hd("b003", addr("Maplewire Health", "no-reply@ashbyhq.com"),
            "Interview confirmed: Analytics Case Study with Maplewire Health", "2026-09-21 16:20:44",
            "America/Toronto", host="mail.ashbyhq.com")
    return message(hs, html(page, cte="base64"))


@mail("blind2_004", family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-08-18T09:00:00Z", end="2026-08-18T10:00:00Z", contact=None,
      company="Sahyadri Fintech", local="Tue 2026-08-18 14:30", local_end="2026-08-18 15:30",
      zone="Asia/Kolkata",
      note="Workday, Indian English ('1430 hrs IST', 'Kindly'); 60 minutes stated -> end; only role "
           "mailboxes (Workday tenant sender, talent.acquisition@) -> contact null")
def b004():
    body = t("""
        Dear Ines Carvalho,

        Greetings from Sahyadri Fintech Ltd.!

        With reference to your application for the position of Senior Analyst - Risk
        Analytics (Job Req ID: R-20417), we are pleased to inform you that you have been
        shortlisted for the Technical Round of interview. The schedule is as below:

        Date      : 18-Aug-2026 (Tuesday)
        Time      : 1430 hrs IST
        Duration  : 60 minutes
        Mode      : Microsoft Teams (link will be shared by the panel)
        Panel     : Mr. Anand Kulkarni, Ms. Deepa Nair

        Kindly keep your updated resume, a valid photo ID and a stable internet
        connection ready. Please join 10 minutes prior to the scheduled time.

        For any queries kindly write to talent.acquisition@sahyadrifintech.in quoting
        the Job Req ID.

        Warm Regards,
        Talent Acquisition Team
        Sahyadri Fintech Ltd., Pune

        This is a system generated mail from Workday. Please do not reply to this mail.
        """)
    hs = hd("b004", addr("Sahyadri Fintech Careers", "sahyadri@myworkday.com"),
            "Interview Schedule - Technical Round - Senior Analyst - Risk Analytics (R-20417)",
            "2026-08-12 10:15:31", "Asia/Kolkata", host="mail.myworkday.com")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail("blind2_005", family="smartrecruiters", lang="es", interview=True, kind="scheduled",
      start="2026-05-12T08:30:00Z", end="2026-05-12T09:15:00Z", contact="lucia.ferrer@grupoalborada.es",
      company="Grupo Alborada", local="Tue 2026-05-12 10:30", local_end="2026-05-12 11:15",
      zone="Europe/Madrid",
      note="SmartRecruiters in Spanish (Spain), 'martes, 12 de mayo, de 10:30 a 11:15 (hora peninsular)' = CEST; "
           ".ics attachment in UTC; contact = Reply-To / ORGANIZER")
def b005():
    body = t("""
        Hola Inês:

        Te confirmamos la entrevista para el puesto de Analista de Datos (Madrid):

        Fecha: martes, 12 de mayo de 2026
        Hora: de 10:30 a 11:15 (hora peninsular española)
        Lugar: Paseo de la Castellana 141, planta 9 - pregunta por Lucía en recepción
        Entrevistadores: Lucía Ferrer (Talento) y Álvaro Sanz (Responsable de BI)

        Te adjuntamos la convocatoria para que la añadas a tu calendario. Si necesitas
        cambiarla, responde a este correo.

        Un saludo,
        Lucía Ferrer
        Grupo Alborada - Selección y Talento
        """)
    page = "<html><body>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>\n"
    ics = vcal("""
        BEGIN:VEVENT
        UID:sr-int-5521937@smartrecruiters.com
        DTSTAMP:20260507T103000Z
        DTSTART:20260512T083000Z
        DTEND:20260512T091500Z
        SUMMARY:Entrevista - Analista de Datos - Grupo Alborada
        LOCATION:Paseo de la Castellana 141\\, planta 9\\, Madrid
        ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@grupoalborada.es
        ATTENDEE;CN=Inês Carvalho;RSVP=TRUE:mailto:ines.carvalho@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """, prodid="-//SmartRecruiters//Interview Scheduler//ES")
    hs = hd("b005", addr("Grupo Alborada", "noreply@smartrecruiters.com"),
            "Confirmación de entrevista - Analista de Datos", "2026-05-07 12:30:02", "Europe/Madrid",
            host="mail.smartrecruiters.com", reply_to=addr("Lucía Ferrer", "lucia.ferrer@grupoalborada.es"))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="quoted-printable", filename="entrevista.ics", disposition="attachment",
                                      name_param=True)))


@mail("blind2_006", family="icims", lang="en", interview=True, kind="cancelled",
      start="2026-06-04T16:00:00Z", contact="marcus.reyes@saguaromutual.com", company="Saguaro Mutual",
      local="Thu 2026-06-04 09:00", zone="America/Phoenix",
      note="iCIMS cancellation, US date 06/04/2026 = 4 June; 9:00 AM Arizona time = MST all year (UTC-7) "
           "-> 16:00Z; the recruiter's address is in the body")
def b006():
    body = t("""
        Dear Ines,

        We regret to inform you that your interview for Data Quality Analyst (Job ID
        2026-3318), scheduled for Thursday, 06/04/2026 at 9:00 AM (Arizona - MST), has
        been cancelled due to an unexpected change in the hiring team's availability.

        Your application remains active. Your recruiter, Marcus Reyes
        (marcus.reyes@saguaromutual.com), will be in touch about next steps.

        Sincerely,
        Saguaro Mutual Talent Acquisition
        """)
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <img src="https://careers-saguaromutual.icims.com/logo.png" alt="Saguaro Mutual"><br>
        <p>Dear Ines,</p>
        <p>We regret to inform you that your interview for <b>Data Quality Analyst</b> (Job ID 2026-3318),
        scheduled for <b>Thursday, 06/04/2026 at 9:00 AM (Arizona - MST)</b>, has been cancelled due to an
        unexpected change in the hiring team's availability.</p>
        <p>Your application remains active. Your recruiter, Marcus Reyes
        (<a href="mailto:marcus.reyes@saguaromutual.com">marcus.reyes@saguaromutual.com</a>), will be in
        touch about next steps.</p>
        <p>Sincerely,<br>Saguaro Mutual Talent Acquisition</p>
        </body></html>
        """)
    hs = hd("b006", addr("Saguaro Mutual Talent", "noreply+saguaro@talent.icims.com"),
            "Interview Cancelled - Data Quality Analyst (2026-3318)", "2026-06-01 14:00:55",
            "America/Phoenix", host="smtp.talent.icims.com")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(page)))


@mail("blind2_007", family="taleo", lang="en", interview=True, kind="scheduled",
      start="2026-09-11T07:00:00Z", end="2026-09-11T08:00:00Z", contact="huimin.tan@straitsmaritime.com.sg",
      company="Straits Maritime Holdings", local="Fri 2026-09-11 15:00", local_end="2026-09-11 16:00",
      zone="Asia/Singapore",
      note="Taleo confirmation (Singapore English, 3:00 PM - 4:00 PM SGT/GMT+8) forwarded by the candidate "
           "from her old address as a message/rfc822 attachment; contact = person named with address in the "
           "attached body (never the candidate)")
def b007():
    inner_body = t("""
        Dear Ms Ines Carvalho,

        Thank you for your interest in Straits Maritime Holdings.

        We are pleased to invite you for a face-to-face interview for the position of
        Business Intelligence Analyst (Requisition 26001877).

        Date:    Friday, 11 September 2026
        Time:    3:00 PM - 4:00 PM (Singapore Time, GMT+8)
        Venue:   10 Marina Boulevard, Tower 2, Level 18, Singapore 018983
        Contact: Ms Tan Hui Min, Talent Acquisition (huimin.tan@straitsmaritime.com.sg,
                 +65 6221 4410)

        Kindly bring along your NRIC/passport and certificates for verification.
        Please register at the Level 18 reception 15 minutes before your appointment.

        Yours sincerely,
        Talent Acquisition
        Straits Maritime Holdings

        Please do not reply to this system-generated e-mail.
        """)
    inner = message([
        ("From", addr("Straits Maritime Holdings", "noreply@taleo.net")),
        ("To", addr("Ines Carvalho", "ines.c@example.org")),
        ("Subject", "Interview Invitation - Business Intelligence Analyst (26001877)"),
        ("Date", date("2026-09-04 17:31:09", "Asia/Singapore")),
        ("Message-ID", "<TALEO.26001877.4417721@straitsmaritime.taleo.net>"),
    ], text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    note = t("""
        forwarding from the old address so it lands in the right inbox
        """)
    hs = hd("b007", addr(ME_NAME, "ines.c@example.org"), "Fwd: Interview Invitation - Business Intelligence "
            "Analyst (26001877)", "2026-09-05 08:10:40", "Europe/Lisbon", host="smtp.example.org")
    return message(hs, mixed(text(note, charset="us-ascii", cte="7bit"),
                              attached_message(inner, "Interview Invitation.eml")))


@mail("blind2_008", family="successfactors", lang="de", interview=True, kind="rescheduled",
      start="2026-11-25T12:30:00Z", end="2026-11-25T13:30:00Z", contact="katrin.ebner@vossberg.de",
      company="Vossberg Maschinenbau AG", local="Wed 2026-11-25 13:30", local_end="2026-11-25 14:30",
      zone="Europe/Berlin", days=(("Mon", "2026-11-23"),),
      note="SuccessFactors Terminänderung, iso-8859-1 QP; old Mo 23.11. 10:00 -> new Mi 25.11.2026 "
           "13:30-14:30 Uhr (CET) -> 12:30Z; ICS SEQUENCE:1 with TZID W. Europe Standard Time")
def b008():
    body = t("""
        Sehr geehrte Frau Carvalho,

        aufgrund einer kurzfristigen Terminüberschneidung im Fachbereich müssen wir Ihr
        Vorstellungsgespräch für die Position "Data Analyst Produktion (m/w/d)" leider
        verschieben.

        Bisheriger Termin: Montag, 23.11.2026, 10:00 Uhr
        Neuer Termin:      Mittwoch, 25.11.2026, 13:30 - 14:30 Uhr
        Ort:               Vossberg Maschinenbau AG, Werk 2, Gebäude C, Raum 2.17,
                           Industriestraße 12, 85748 Garching

        Bitte melden Sie sich am Empfang von Gebäude C. Sollte Ihnen der neue Termin
        nicht passen, antworten Sie bitte direkt auf diese E-Mail.

        Mit freundlichen Grüßen
        Katrin Ebner
        Personalreferentin Recruiting
        Vossberg Maschinenbau AG
        """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:SF-IVS-00918273-VOSSBERG
        DTSTAMP:20261119T141000Z
        SEQUENCE:1
        DTSTART;TZID="W. Europe Standard Time":20261125T133000
        DTEND;TZID="W. Europe Standard Time":20261125T143000
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Carvalho - Data Analyst Produktion
        LOCATION:Werk 2\\, Gebäude C\\, Raum 2.17
        ORGANIZER;CN="Ebner, Katrin":mailto:katrin.ebner@vossberg.de
        ATTENDEE;CN=Inês Carvalho;RSVP=TRUE:mailto:ines.carvalho@example.com
        STATUS:CONFIRMED
        END:VEVENT
        """, prodid="-//SAP SuccessFactors//Interview Scheduling//DE", tz=("W. Europe Standard Time",))
    hs = hd("b008", addr("Vossberg Maschinenbau AG", "no_reply@successfactors.eu"),
            "Terminänderung: Ihr Vorstellungsgespräch bei der Vossberg Maschinenbau AG",
            "2026-11-19 15:10:27", "Europe/Berlin", host="mail2.successfactors.eu", charset="iso-8859-1",
            reply_to=addr("Katrin Ebner", "katrin.ebner@vossberg.de"))
    return message(hs, mixed(text(body, charset="iso-8859-1"),
                             calendar(ics, cte="base64", filename="Termin.ics", disposition="attachment")))


@mail("blind2_009", family="jobvite", lang="en", interview=True, kind="scheduled",
      start="2026-04-07T00:00:00Z", contact="rebecca.lawson@wattlefinch.com.au", company="Wattle & Finch",
      local="Tue 2026-04-07 10:00", zone="Australia/Melbourne",
      note="Jobvite, Australian English; mail sent in AEDT (+11) before the Easter long weekend, interview "
           "Tue 7 April 10:00am Melbourne time = AEST (+10, DST ended 5 April) -> 00:00Z; 'approximately 45 "
           "minutes' -> end null")
def b009():
    body = t("""
        Hi Ines,

        Lovely to speak with you this arvo! As promised, here are the details for your
        interview with our Insights team:

        When: Tuesday 7 April at 10:00am (Melbourne time) - straight after the Easter
              long weekend
        Where: Level 4, 180 Flinders Lane, Melbourne VIC 3000 (or Teams if you're still
               overseas - let me know and I'll send a link)
        Who: Bec Lawson (Talent) and Sunil Varghese (Head of Customer Insights)

        The interview will run for approximately 45 minutes. Any dramas, just hit reply.

        Cheers,
        Bec

        Rebecca Lawson | Talent Acquisition Partner | Wattle & Finch
        """)
    hs = hd("b009", addr("Wattle & Finch Careers", "notification@jobvite.com"),
            "Interview details - Customer Insights Analyst - Wattle & Finch", "2026-04-02 16:45:18",
            "Australia/Melbourne", host="mail.jobvite.com",
            reply_to=addr("Rebecca Lawson", "rebecca.lawson@wattlefinch.com.au"))
    page = "<html><body><p>" + body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>") \
        + "</p></body></html>\n"
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii")))


@mail("blind2_010", family="breezy", lang="en", interview=True, kind="scheduled",
      start="2026-03-10T14:00:00Z", contact="jenna.kowalski@prairieloop.com", company="Prairie Loop Logistics",
      local="Tue 2026-03-10 09:00", zone="America/Chicago",
      note="Breezy HR message, chatty; 'tomorrow morning at 9 (Central)' resolved against the Date "
           "(Mon 9 Mar 07:40 CDT, US DST began 8 Mar) -> Tue 10 Mar 09:00 CDT = 14:00Z; 'should take 30 min' "
           "is hedged -> end null")
def b010():
    body = t("""
        Morning Ines!

        Quick one - Dave had a cancellation so we're locking you in for tomorrow morning
        at 9 (Central) for the ops round. He'll video call you from the link below, should
        take 30 min or so.

        https://prairieloop.whereby.com/dave-ops

        Heads up that we just switched to daylight time here so double check your
        calendar math :)

        Thanks!!
        Jenna

        Jenna Kowalski
        People Ops @ Prairie Loop Logistics
        jenna.kowalski@prairieloop.com
        --
        Sent via Breezy HR. Reply to this message to respond to Jenna.
        """)
    hs = hd("b010", addr("Jenna Kowalski (Prairie Loop Logistics)", "jenna-kowalski@messages.breezy.hr"),
            "Ops interview - tomorrow AM", "2026-03-09 07:40:03", "America/Chicago", host="messages.breezy.hr",
            reply_to=addr("Jenna Kowalski", "jenna.kowalski@prairieloop.com"))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


def _p(body: str) -> str:
    """Minimal HTML twin of a plain body."""
    import html as _html
    paras = _html.escape(body).split("\n\n")
    return "<html><body>" + "".join("<p>" + p.replace("\n", "<br>") + "</p>" for p in paras) + "</body></html>\n"


@mail("blind2_011", family="pinpoint", lang="en", interview=True, kind="scheduled",
      start="2026-10-15T13:30:00Z", end="2026-10-15T14:30:00Z", contact="tom.ashworth@fenwickhale.co.uk",
      company="Fenwick & Hale Architects", local="Thu 2026-10-15 14:30", local_end="2026-10-15 15:30",
      zone="Europe/London",
      note="Pinpoint, British English, time only as 'half past two in the afternoon' (unambiguous) on Thursday "
           "15 October, BST -> 13:30Z; 'will last one hour' -> end; contact in the signature")
def b011():
    body = t("""
        Dear Inês,

        Thank you for your application for the role of Data & Systems Coordinator.

        We are delighted to confirm your interview at our Manchester studio (3rd floor,
        Hatton House, 22 Lever Street, M1 1BY) on Thursday 15 October at half past two
        in the afternoon. It will last one hour and will be with myself and Priya Lal,
        one of our Associate Directors.

        There is no need to prepare a presentation, but do bring a couple of examples
        of reporting you are proud of.

        Should you need to get in touch beforehand, my email is
        tom.ashworth@fenwickhale.co.uk.

        Kind regards,

        Tom Ashworth
        Studio Manager
        Fenwick & Hale Architects
        """)
    hs = hd("b011", addr("Fenwick & Hale Architects", "no-reply@pinpointhq.com"),
            "Interview confirmation - Data & Systems Coordinator", "2026-10-12 10:00:31", "Europe/London",
            host="mailer.pinpointhq.com")
    return message(hs, alt(text(body), html(_p(body))))


@mail("blind2_012", family="homerun", lang="nl", interview=True, kind="scheduled",
      start="2026-06-04T11:00:00Z", end="2026-06-04T11:45:00Z", contact="sanne@duinzicht.nl",
      company="Duinzicht Design", local="Thu 2026-06-04 13:00", local_end="2026-06-04 13:45",
      zone="Europe/Amsterdam",
      note="Homerun in Dutch, 'donderdag 4 juni om 13.00 uur (tot 13.45 uur)', CEST -> 11:00Z; contact = "
           "Reply-To")
def b012():
    body = t("""
        Hoi Inês,

        Leuk dat je langskomt! Hierbij de bevestiging van je sollicitatiegesprek voor de
        functie Data Analist:

        Wanneer: donderdag 4 juni om 13.00 uur (tot 13.45 uur)
        Waar: ons kantoor, Oudegracht 214, Utrecht (bel aan bij Duinzicht)
        Met wie: Sanne de Vries (Office & People) en Bram Hoekstra (Lead Data)

        Heb je vragen of lukt het toch niet? Beantwoord dan gewoon deze mail.

        Tot donderdag!
        Sanne

        Verstuurd via Homerun
        """)
    hs = hd("b012", addr("Duinzicht Design", "no-reply@homerun.co"),
            "Bevestiging: je sollicitatiegesprek bij Duinzicht Design", "2026-05-29 11:00:12", "Europe/Amsterdam",
            host="mail.homerun.co", reply_to=addr("Sanne de Vries", "sanne@duinzicht.nl"))
    return message(hs, alt(text(body), html(_p(body))))


@mail("blind2_013", family="join", lang="de", interview=True, kind="scheduled",
      start="2026-07-14T07:30:00Z", end="2026-07-14T08:15:00Z", contact="reto.brunner@bergsicht.ch",
      company="Bergsicht Software GmbH", local="Tue 2026-07-14 09:30", local_end="2026-07-14 10:15",
      zone="Europe/Zurich",
      note="JOIN, Swiss German ('Grüsse', no ß), date only as 'Di, 14.07.' without year, 09:30-10:15 Uhr "
           "(Zürich, CEST) -> 07:30Z; contact from the body")
def b013():
    body = t("""
        Guten Tag Frau Carvalho

        Vielen Dank für Ihr Interesse an der Stelle "Data Engineer (80-100%)".
        Ihr Gespräch ist bestätigt:

        Termin: Di, 14.07., 09:30-10:15 Uhr
        Ort: Bergsicht Software GmbH, Hardturmstrasse 161, 8005 Zürich
        Gesprächspartner: Reto Brunner (CTO), Nadja Frei (HR)

        Falls Sie verhindert sind, melden Sie sich bitte direkt bei Reto Brunner:
        reto.brunner@bergsicht.ch

        Freundliche Grüsse
        Ihr Bergsicht-Team

        Diese Nachricht wurde über JOIN versendet. Antworten auf diese Adresse werden
        nicht gelesen.
        """)
    hs = hd("b013", addr("Bergsicht Software GmbH via JOIN", "noreply@join.com"),
            "Ihr Gespräch bei Bergsicht Software GmbH ist bestätigt", "2026-07-06 14:00:48", "Europe/Zurich",
            host="mail.join.com")
    return message(hs, alt(text(body, cte="base64"), html(_p(body), cte="base64")))


@mail("blind2_014", family="personio", lang="de", interview=True, kind="cancelled",
      start="2026-03-06T10:00:00Z", contact="eva.hofbauer@lindwurm-energie.at", company="Lindwurm Energie GmbH",
      local="Fri 2026-03-06 11:00", zone="Europe/Vienna",
      note="Personio, Austrian German, windows-1252 8bit; interview Fr 6. März 11:00 (CET) cancelled because "
           "the position was filled internally; no new time")
def b014():
    body = t("""
        Sehr geehrte Frau Carvalho,

        leider müssen wir Ihnen mitteilen, dass wir Ihren Termin für das Vorstellungs-
        gespräch am Freitag, 6. März 2026 um 11:00 Uhr absagen müssen. Die Position
        „Energiedatenanalyst*in“ konnte kurzfristig intern nachbesetzt werden.

        Wir bedauern die Umstände sehr und würden Ihre Unterlagen – Ihr Einverständnis
        vorausgesetzt – gerne für künftige Ausschreibungen in Evidenz halten.

        Mit freundlichen Grüßen

        Mag. Eva Hofbauer
        Human Resources
        Lindwurm Energie GmbH | Klagenfurt
        """)
    hs = hd("b014", addr("Lindwurm Energie GmbH", "no-reply@personio.de"),
            "Absage Ihres Termins – Energiedatenanalyst*in", "2026-03-03 08:30:19", "Europe/Vienna",
            host="mail.personio.de", charset="windows-1252",
            reply_to=addr("Eva Hofbauer", "eva.hofbauer@lindwurm-energie.at"))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail("blind2_015", family="teamtailor", lang="pl", interview=True, kind="scheduled",
      start="2026-09-09T09:00:00Z", end="2026-09-09T10:00:00Z", contact="katarzyna.nowak@wislaanalytics.pl",
      company="Wisła Analytics", local="Wed 2026-09-09 11:00", local_end="2026-09-09 12:00",
      zone="Europe/Warsaw",
      note="Teamtailor in Polish, 'środa, 9 września 2026, godz. 11:00–12:00 (czasu warszawskiego)', CEST -> "
           "09:00Z; text/calendar inside the alternative in UTC; contact = Reply-To / ORGANIZER")
def b015():
    body = t("""
        Dzień dobry Pani Inês,

        dziękujemy za zainteresowanie ofertą pracy na stanowisku Młodszy Analityk Danych.
        Z przyjemnością potwierdzamy termin rozmowy kwalifikacyjnej:

        Termin: środa, 9 września 2026, godz. 11:00–12:00 (czasu warszawskiego)
        Forma: Google Meet – link w zaproszeniu kalendarzowym
        Rozmowę poprowadzą: Katarzyna Nowak (HR Business Partner), Piotr Zieliński (Head of Data)

        W razie pytań prosimy o odpowiedź na tę wiadomość.

        Pozdrawiamy serdecznie,
        Katarzyna Nowak
        Wisła Analytics sp. z o.o.
        """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:tt-interview-88213@teamtailor.com
        DTSTAMP:20260903T120000Z
        DTSTART:20260909T090000Z
        DTEND:20260909T100000Z
        SUMMARY:Rozmowa kwalifikacyjna – Wisła Analytics
        ORGANIZER;CN=Katarzyna Nowak:mailto:katarzyna.nowak@wislaanalytics.pl
        ATTENDEE;CN=Inês Carvalho;RSVP=TRUE:mailto:ines.carvalho@example.com
        LOCATION:https://meet.google.com/xoq-bfrd-uzm
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """, prodid="-//Teamtailor//Interviews//PL")
    hs = hd("b015", addr("Wisła Analytics", "no-reply@teamtailor-mail.com"),
            "Potwierdzenie rozmowy kwalifikacyjnej – Wisła Analytics", "2026-09-03 14:00:05", "Europe/Warsaw",
            host="mail.teamtailor-mail.com", reply_to=addr("Katarzyna Nowak", "katarzyna.nowak@wislaanalytics.pl"))
    return message(hs, alt(text(body), html(_p(body)), calendar(ics, cte="base64")))


@mail("blind2_016", family="workable", lang="pt", interview=True, kind="scheduled",
      start="2026-08-20T18:00:00Z", end="2026-08-20T19:00:00Z", contact="rafael.moura@ipetecnologia.com.br",
      company="Ipê Tecnologia", local="Thu 2026-08-20 15:00", local_end="2026-08-20 16:00",
      zone="America/Sao_Paulo",
      note="Workable in Brazilian Portuguese, 'quinta-feira, 20 de agosto, às 15h (horário de Brasília)', "
           "UTC-3 (no DST since 2019); 'Duração: 1 hora' -> end; Reply-To is a Workable relay, contact = the "
           "manager's address in the body")
def b016():
    body = t("""
        Olá Inês,

        Tudo bem? Sua entrevista para a vaga de Analista de Dados Pleno está confirmada!

        Data: quinta-feira, 20 de agosto de 2026
        Horário: às 15h (horário de Brasília)
        Duração: 1 hora
        Local: Google Meet – https://meet.google.com/rqk-ujmd-vhe
        Entrevistador: Rafael Moura, Gerente de Dados (rafael.moura@ipetecnologia.com.br)

        Qualquer imprevisto, é só responder este e-mail.

        Abraços,
        Time de Pessoas – Ipê Tecnologia
        """)
    hs = hd("b016", addr("Ipê Tecnologia", "noreply@workablemail.com"),
            "Entrevista confirmada – Analista de Dados Pleno", "2026-08-14 10:22:40", "America/Sao_Paulo",
            host="mail.workablemail.com", reply_to="ipe-tecnologia+9f2k71@candidates.workablemail.com")
    return message(hs, alt(text(body), html(_p(body))))


@mail("blind2_017", family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T15:00:00Z", end="2026-11-02T15:30:00Z", contact="marcus.hale@brightwatermedia.com",
      company="Brightwater Media", local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:30",
      zone="America/New_York",
      note="Calendly invitee confirmation sent Thu 29 Oct in EDT; interview Mon 2 Nov 10:00am Eastern, after "
           "the 1 Nov switch to EST (UTC-5) -> 15:00Z; contact = Reply-To host")
def b017():
    body = t("""
        Hi Inês,

        A new event has been scheduled.

        Event Type:
        Hiring Manager Interview - Audience Analytics

        Invitee:
        Inês Carvalho
        ines.carvalho@example.com

        Event Date/Time:
        10:00am - 10:30am (Eastern Time - US & Canada) on Monday, November 2, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/nvb-qhtr-kzc

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1e0b6a-2c44-4f1e-a0e4-2b7f6f3d9b11
        Reschedule: https://calendly.com/reschedulings/7c1e0b6a-2c44-4f1e-a0e4-2b7f6f3d9b11

        Powered by Calendly.com
        """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:7c1e0b6a-2c44-4f1e-a0e4-2b7f6f3d9b11@calendly.com
        DTSTAMP:20261029T171200Z
        DTSTART:20261102T150000Z
        DTEND:20261102T153000Z
        SUMMARY:Hiring Manager Interview - Audience Analytics (Marcus Hale)
        ORGANIZER;CN=Marcus Hale:mailto:marcus.hale@brightwatermedia.com
        ATTENDEE;CN=Inês Carvalho:mailto:ines.carvalho@example.com
        LOCATION:https://meet.google.com/nvb-qhtr-kzc
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """, prodid="-//Calendly//EN")
    hs = hd("b017", addr("Calendly", "notifications@calendly.com"),
            "Confirmed: Hiring Manager Interview - Audience Analytics with Marcus Hale on Monday, November 2, 2026",
            "2026-10-29 13:12:09", "America/New_York", host="mail.calendly.com",
            reply_to=addr("Marcus Hale", "marcus.hale@brightwatermedia.com"))
    return message(hs, mixed(alt(text(body), html(_p(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail("blind2_018", family="cal_com", lang="en", interview=True, kind="rescheduled",
      start="2026-03-26T15:00:00Z", end="2026-03-26T16:00:00Z", contact="jonas@nordlichtlabs.io",
      company="Nordlicht Labs", local="Thu 2026-03-26 15:00", local_end="2026-03-26 16:00",
      zone="Europe/Lisbon", days=(("Tue", "2026-03-24"),),
      note="Cal.com reschedule shown in the attendee's zone (Europe/Lisbon, WET = UTC); the Berlin host's "
           "time would be 16:00 CET; old Tue 24 Mar struck; ICS in UTC; contact = Reply-To organiser")
def b018():
    body = t("""
        Your event has been rescheduled.

        What
        Technical Interview between Jonas Feld and Inês Carvalho

        When
        Thursday, March 26, 2026 | 3:00pm - 4:00pm (Europe/Lisbon)
        Previously: Tuesday, March 24, 2026 | 11:00am - 12:00pm (Europe/Lisbon)

        Who
        Jonas Feld - Organizer - jonas@nordlichtlabs.io
        Inês Carvalho - ines.carvalho@example.com

        Where
        Cal Video: https://app.cal.com/video/pQ8d2hWnVt1x

        Reason for reschedule
        "Sorry, board meeting moved - Thursday works better. J."

        Need to make a change? Reschedule or Cancel: https://app.cal.com/booking/pQ8d2hWnVt1x
        """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:pQ8d2hWnVt1x@Cal.com
        DTSTAMP:20260320T094000Z
        DTSTART:20260326T150000Z
        DTEND:20260326T160000Z
        SEQUENCE:1
        SUMMARY:Technical Interview between Jonas Feld and Inês Carvalho
        ORGANIZER;CN=Jonas Feld:mailto:jonas@nordlichtlabs.io
        ATTENDEE;CN=Inês Carvalho;PARTSTAT=ACCEPTED:mailto:ines.carvalho@example.com
        LOCATION:https://app.cal.com/video/pQ8d2hWnVt1x
        STATUS:CONFIRMED
        END:VEVENT
        """, prodid="-//Cal.com Inc.//Cal.com Event//EN")
    hs = hd("b018", addr("Cal.com", "no-reply@cal.com"),
            "Rescheduled: Technical Interview between Jonas Feld and Inês Carvalho", "2026-03-20 09:40:22",
            "Europe/Lisbon", host="mail.cal.com", reply_to=addr("Jonas Feld", "jonas@nordlichtlabs.io"))
    return message(hs, mixed(alt(text(body), html(_p(body))),
                             calendar(ics, cte="base64", filename="event.ics", disposition="attachment")))


@mail("blind2_019", family="savvycal", lang="en", interview=True, kind="scheduled",
      start="2026-05-15T19:00:00Z", end="2026-05-15T20:30:00Z", contact="alyssa@pinecrestoutdoor.com",
      company="Pinecrest Outdoor Co.", local="Fri 2026-05-15 13:00", local_end="2026-05-15 14:30",
      zone="America/Denver",
      note="SavvyCal confirmation, 'Friday, May 15, 2026 · 1:00 PM – 2:30 PM MDT' -> 19:00Z; contact = "
           "Reply-To (the scheduler owner)")
def b019():
    body = t("""
        You're booked!

        Final round - Pinecrest Outdoor Co.
        with Alyssa Grant

        Friday, May 15, 2026 · 1:00 PM – 2:30 PM MDT

        Zoom: https://pinecrestoutdoor.zoom.us/j/96610042817

        Notes from Alyssa:
        90 minutes: 30 with me, 60 with the analytics crew (case + Q&A). Grab a coffee!

        Add to calendar · Reschedule · Cancel
        Sent by SavvyCal on behalf of Alyssa Grant
        """)
    hs = hd("b019", addr("SavvyCal", "notifications@savvycal.com"),
            "Confirmed: Final round - Pinecrest Outdoor Co. on Fri, May 15", "2026-05-11 16:05:51",
            "America/Denver", host="mail.savvycal.com", reply_to=addr("Alyssa Grant", "alyssa@pinecrestoutdoor.com"))
    return message(hs, alt(text(body), html(_p(body))))


@mail("blind2_020", family="google_calendar", lang="es", interview=True, kind="scheduled",
      start="2026-07-23T17:00:00Z", end="2026-07-23T18:00:00Z", contact="valeria.ortiz@cactuspay.mx",
      company="Cactus Pay", local="Thu 2026-07-23 11:00", local_end="2026-07-23 12:00",
      zone="America/Mexico_City",
      note="Google Calendar invitation in Mexican Spanish UI; 'jue 23 jul 2026 11:00 - 12:00 (CST)' = hora "
           "del centro, Mexico has had no DST since 2022 (UTC-6) -> 17:00Z; ICS TZID America/Mexico_City")
def b020():
    body = t("""
        Valeria Ortiz te invitó a este evento.

        Entrevista técnica – Inês Carvalho / Cactus Pay
        jueves, 23 de julio de 2026 · 11:00 – 12:00
        Zona horaria: Hora del centro - Ciudad de México

        Unirse con Google Meet
        https://meet.google.com/hbw-pmsa-rgo

        Organizador
        Valeria Ortiz - valeria.ortiz@cactuspay.mx

        Invitados
        Valeria Ortiz - organizador
        Inês Carvalho
        Héctor Salinas

        ¿Asistirás? Sí - Quizás - No

        Invitación de Google Calendar
        Recibes este correo porque eres un invitado de este evento.
        """)
    ics = vcal("""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20260723T110000
        DTEND;TZID=America/Mexico_City:20260723T120000
        DTSTAMP:20260717T152233Z
        ORGANIZER;CN=Valeria Ortiz:mailto:valeria.ortiz@cactuspay.mx
        UID:6tq0m8e4vkp1d3hs2a9b7c5f1g@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvalho@example.com;X-NUM-GUESTS=0:mailto:ines.carvalho@example.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valeria Ortiz;X-NUM-GUESTS=0:mailto:valeria.ortiz@cactuspay.mx
        X-GOOGLE-CONFERENCE:https://meet.google.com/hbw-pmsa-rgo
        CREATED:20260717T152230Z
        DESCRIPTION:Entrevista técnica (SQL + caso de negocio).
        LAST-MODIFIED:20260717T152232Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista técnica – Inês Carvalho / Cactus Pay
        TRANSP:OPAQUE
        END:VEVENT
        """, prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=("America/Mexico_City",))
    hs = hd("b020", addr("Valeria Ortiz", "valeria.ortiz@cactuspay.mx"),
            "Invitación: Entrevista técnica – Inês Carvalho / Cactus Pay @ jue 23 jul 2026 11:00 - 12:00 (CST) "
            "(ines.carvalho@example.com)", "2026-07-17 09:22:33", "America/Mexico_City",
            host="mail-sor-f69.google.com", reply_to="valeria.ortiz@cactuspay.mx",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(_p(body)), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail("blind2_021", family="outlook_calendar", lang="fr", interview=True, kind="scheduled",
      start="2026-09-29T18:00:00Z", end="2026-09-29T19:00:00Z", contact="genevieve.tremblay@borealassurances.ca",
      company="Boréal Assurances", local="Tue 2026-09-29 14:00", local_end="2026-09-29 15:00",
      zone="America/Toronto",
      note="Outlook/Exchange meeting request in Canadian French ('Entrevue'); the body shows Exchange's "
           "'(UTC-05:00) Est (É.-U. et Canada)' label although the date is in EDT; ICS TZID Eastern Standard "
           "Time -> 18:00Z")
def b021():
    body = t("""
        Bonjour Inês,

        Tel que convenu au téléphone, voici l'invitation pour votre entrevue avec l'équipe
        Actuariat et analytique. Vous rencontrerez Mathieu Gagnon (directeur) et moi-même.

        Au plaisir,
        Geneviève Tremblay
        Conseillère principale, Acquisition de talents
        Boréal Assurances | Montréal

        Quand : mardi 29 septembre 2026 14:00-15:00 (UTC-05:00) Est (É.-U. et Canada).
        Où : Réunion Microsoft Teams

        ________________________________________________________________________________
        Réunion Microsoft Teams
        Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
        Cliquez ici pour rejoindre la réunion
        ID de réunion : 271 604 118 93
        Code secret : 8kQ2sV
        ________________________________________________________________________________
        """)
    ics = vcal("""
        BEGIN:VEVENT
        ORGANIZER;CN=Geneviève Tremblay:mailto:genevieve.tremblay@borealassurances.ca
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inês Carvalho:mailto:ines.carvalho@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Gagnon:mailto:mathieu.gagnon@borealassurances.ca
        DESCRIPTION;LANGUAGE=fr-CA:Entrevue – Analyste de données\\n
        UID:040000008200E00074C5B7101A82E008000000007A3B1C9E2F4FDC01000000000000000010000000C3A1E5F7B2D4A9468F1E2D3C4B5A6978
        SUMMARY;LANGUAGE=fr-CA:Entrevue – Analyste de données (Inês Carvalho)
        DTSTART;TZID=Eastern Standard Time:20260929T140000
        DTEND;TZID=Eastern Standard Time:20260929T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260923T154512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        """, prodid="Microsoft Exchange Server 2010", tz=("Eastern Standard Time",))
    hs = hd("b021", addr("Geneviève Tremblay", "genevieve.tremblay@borealassurances.ca"),
            "Entrevue – Analyste de données (Inês Carvalho)", "2026-09-23 11:45:12", "America/Toronto",
            host="mail-yt3can01on2101.outbound.protection.outlook.com",
            extra=(("Thread-Topic", enc("Entrevue – Analyste de données (Inês Carvalho)")),
                   ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "fr-CA")))
    return message(hs, alt(text(body), html(_p(body)), calendar(ics, cte="base64")))


@mail("blind2_022", family="apple_calendar", lang="en", interview=True, kind="cancelled",
      start="2026-06-12T18:00:00Z", end="2026-06-12T19:00:00Z", contact="noah@coastlinegames.ca",
      company="Coastline Games", local="Fri 2026-06-12 11:00", local_end="2026-06-12 12:00",
      zone="America/Vancouver",
      note="Apple Calendar (iCloud) cancellation with METHOD:CANCEL .ics attachment, TZID America/Vancouver "
           "(PDT) 11:00-12:00 -> 18:00Z; cancelled slot labelled; contact = organiser/sender")
def b022():
    body = t("""
        Hi Inês - sorry, I have to cancel Friday's chat. We've paused hiring for the
        analyst role until our next funding round closes. I'll reach out if that
        changes. Really sorry for the short notice.

        Noah
        """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:5B0E2C61-94D7-4A1F-8E0B-3F2A9C7D1E44
        DTSTAMP:20260608T221530Z
        SEQUENCE:1
        DTSTART;TZID=America/Vancouver:20260612T110000
        DTEND;TZID=America/Vancouver:20260612T120000
        SUMMARY:Interview – Coastline Games (Inês)
        ORGANIZER;CN="Noah Baptiste";EMAIL="noah@coastlinegames.ca":mailto:noah@coastlinegames.ca
        ATTENDEE;CN="Inês Carvalho";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT:mailto:ines.carvalho@example.com
        STATUS:CANCELLED
        END:VEVENT
        """, method="CANCEL", prodid="-//Apple Inc.//macOS 16.1//EN", tz=("America/Vancouver",))
    hs = hd("b022", addr("Noah Baptiste", "noah@coastlinegames.ca"),
            "Cancelled: Interview – Coastline Games (Inês) @ Fri 12 Jun 2026 11:00", "2026-06-08 15:15:30",
            "America/Vancouver", host="mr85p00im-zteg06021901.me.com",
            extra=(("X-Mailer", "Apple Mail (2.3826.700.81)"),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method="CANCEL", cte="base64", filename="iCal-20260608-151530.ics",
                                      disposition="attachment", name_param=True)))


@mail("blind2_023", family="zoom_scheduler", lang="en", interview=True, kind="scheduled",
      start="2026-06-24T00:00:00Z", end="2026-06-24T01:00:00Z", contact="kenji.morita@sakuramobility.jp",
      company="Sakura Mobility", local="Wed 2026-06-24 09:00", local_end="2026-06-24 10:00",
      zone="Asia/Tokyo",
      note="Zoom Scheduler booking, '(GMT+9:00) Osaka, Sapporo, Tokyo' 9:00-10:00 AM -> 00:00Z the same UTC "
           "date; host's address in the body")
def b023():
    body = t("""
        Your appointment is confirmed

        Case interview (60 min) with Kenji Morita

        Wednesday, June 24, 2026
        9:00 AM - 10:00 AM (GMT+9:00) Osaka, Sapporo, Tokyo

        Host: Kenji Morita (kenji.morita@sakuramobility.jp)
        Sakura Mobility K.K. - Strategy & Analytics

        Join Zoom Meeting
        https://sakuramobility.zoom.us/j/84420019377

        Need to make a change? Reschedule | Cancel

        Zoom Scheduler - This message was sent from an unmonitored address.
        """)
    hs = hd("b023", addr("Zoom", "no-reply@zoom.us"), "Confirmed: Case interview (60 min) with Kenji Morita",
            "2026-06-20 14:08:17", "Asia/Tokyo", host="mail.zoom.us")
    return message(hs, alt(text(body), html(_p(body))))


@mail("blind2_024", family="reply_quoted", lang="en", interview=True, kind="scheduled",
      start="2026-06-30T21:30:00Z", contact="ravi@quillstack.dev", company="Quillstack",
      local="Tue 2026-06-30 14:30", zone="America/Los_Angeles", days=(("Wed", "2026-07-01"),),
      note="Terse hiring-manager reply 'Confirmed for Tue 2:30 PT.' on top of the candidate's quoted offer of "
           "two slots (Tue 6/30 2:30pm PT or Wed 7/1 10am PT): Tue 30 Jun 14:30 PDT -> 21:30Z; no length")
def b024():
    body = t("""
        Confirmed for Tue 2:30 PT. Cal invite to follow.

        Ravi

        On Thu, Jun 25, 2026 at 6:02 PM Inês Carvalho <ines.carvalho@example.com> wrote:
        > Hi Ravi,
        >
        > Thanks for the quick turnaround! For the onsite loop I could do either
        > Tue 6/30 2:30pm PT or Wed 7/1 10am PT. Happy to travel to the SF office.
        >
        > Best,
        > Inês
        """)
    hs = hd("b024", addr("Ravi Menon", "ravi@quillstack.dev"), "Re: Next steps - onsite loop",
            "2026-06-26 09:14:55", "America/Los_Angeles", host="mail-pj1-f54.google.com",
            extra=(("In-Reply-To", "<CAF3k9Qx7b2=ines.onsite@mail.gmail.com>"),
                   ("References", "<CAF3k9Qx7b2=ines.onsite@mail.gmail.com>")))
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail("blind2_025", family="human_prose", lang="it", interview=True, kind="scheduled",
      start="2026-10-19T09:00:00Z", contact="chiara.rinaldi@bellandi.it", company="Fonderie Bellandi",
      local="Mon 2026-10-19 11:00", zone="Europe/Rome",
      note="Executive assistant confirms an interview with the CEO, Italian, windows-1252 QP; 'lunedì 19 "
           "ottobre alle ore 11:00' (CEST) -> 09:00Z; 'circa un'ora' -> end null; contact = the assistant")
def b025():
    body = t("""
        Gentile Dott.ssa Carvalho,

        su incarico dell'Ing. Paolo Bellandi, Amministratore Delegato, Le confermo il
        colloquio per la posizione di Responsabile Controllo di Gestione per lunedì
        19 ottobre alle ore 11:00, presso la nostra sede di Via Cesare Battisti 40,
        Lumezzane (BS).

        Il colloquio durerà circa un'ora. Al Suo arrivo chieda pure di me in portineria;
        per qualsiasi necessità può scrivermi a questo indirizzo o chiamarmi al
        030 871 2290.

        Cordiali saluti,

        Chiara Rinaldi
        Segreteria di Direzione
        Fonderie Bellandi S.p.A.
        """)
    hs = hd("b025", addr("Chiara Rinaldi", "chiara.rinaldi@bellandi.it"),
            "Conferma colloquio – Ing. Bellandi – lunedì 19/10", "2026-10-13 16:48:02", "Europe/Rome",
            host="smtp.bellandi.it", charset="windows-1252",
            extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail("blind2_026", family="forwarded", lang="fr", interview=True, kind="scheduled",
      start="2026-11-12T09:00:00Z", end="2026-11-12T10:00:00Z", contact="j.marchand@talentis-conseil.fr",
      company="Maison Verlaine", local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00",
      zone="Europe/Paris",
      note="Candidate forwards (Gmail 'Message transféré', French UI) an agency recruiter's confirmation to "
           "herself: jeudi 12 novembre à 10h00 Paris (CET) -> 09:00Z, 'durera 1h' -> end; company = the "
           "agency's client; contact = the agency recruiter in the forwarded header")
def b026():
    body = t("""
        à garder sous la main

        ---------- Message transféré ---------
        De : Julien Marchand <j.marchand@talentis-conseil.fr>
        Date: lun. 9 nov. 2026 à 17:02
        Subject: Confirmation entretien Maison Verlaine
        To: Inês Carvalho <ines.carvalho@example.com>


        Bonjour Inês,

        Comme convenu par téléphone, je vous confirme votre entretien avec Mme Sophie
        Aubert, DRH de Maison Verlaine, pour le poste de Contrôleuse de gestion :

        jeudi 12 novembre à 10h00
        14 rue de Provence, 75009 Paris (2e étage, sonner « Verlaine »)

        L'entretien durera 1h. N'hésitez pas à m'appeler juste après pour me faire
        un retour.

        Bien cordialement,

        Julien Marchand
        Consultant Senior Finance
        Talentis Conseil
        06 12 48 77 30
        """)
    hs = hd("b026", TO, "Fwd: Confirmation entretien Maison Verlaine", "2026-11-10 08:05:44", "Europe/Lisbon",
            host="mail-wr1-f41.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail("blind2_027", family="career_centre", lang="en", interview=True, kind="scheduled",
      start="2026-11-11T10:40:00Z", end="2026-11-11T11:10:00Z", contact="h.price@northbridge.ac.uk",
      company="Albion Rail", local="Wed 2026-11-11 10:40", local_end="2026-11-11 11:10",
      zone="Europe/London",
      note="University careers service books the candidate into an employer's on-campus interview day: Wed 11 "
           "November 10:40-11:10, GMT -> 10:40Z; contact = the careers consultant who sent it (human)")
def b027():
    body = t("""
        Dear Inês,

        Good news - Albion Rail have shortlisted you from the CV drop for their Graduate
        Data Scheme, and your first-round interview on their on-campus day is now
        confirmed:

          Wednesday 11 November
          10:40-11:10
          Careers Hub, Room G.14 (ground floor, Student Services Building)

        The interview is with two members of Albion Rail's Early Careers team and will
        be competency-based. Please arrive 10 minutes early and sign in at the Careers
        Hub reception.

        If you can no longer attend, please let me know by reply as soon as possible so
        we can offer the slot to another student.

        Best wishes,
        Hannah Price
        Careers Consultant (Engineering & Data)
        Careers & Employability Service, University of Northbridge
        """)
    hs = hd("b027", addr("Hannah Price", "h.price@northbridge.ac.uk"),
            "Confirmed: Albion Rail on-campus interview - Wed 11 Nov", "2026-11-05 12:31:09", "Europe/London",
            host="mail-am6eur05on2072.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(_p(body))))


@mail("blind2_028", family="human_prose", lang="es", interview=True, kind="rescheduled",
      start="2026-08-05T19:30:00Z", contact="mgomez@pampadatos.com.ar", company="Pampa Datos",
      local="Wed 2026-08-05 16:30", zone="America/Argentina/Buenos_Aires", days=(("Mon", "2026-08-03"),),
      note="Argentinian Spanish (voseo), dates as 3/8 and 5/8 (day/month): moved from lun 3/8 15 hs to mié 5/8 "
           "16:30 hs (hora de Buenos Aires, UTC-3) -> 19:30Z")
def b028():
    body = t("""
        ¡Hola Inês! ¿Cómo andás?

        Te escribo porque tuvimos que mover la entrevista con el equipo de Data del
        lunes 3/8 a las 15 hs. Quedó para el miércoles 5/8 a las 16:30 hs (hora de
        Buenos Aires), ya lo dejé agendado así, mismo link de Meet que te pasé.
        Si no te sirve avisame y lo vemos.

        Abrazo,
        Martín

        --
        Martín Gómez
        Talent Acquisition | Pampa Datos S.A.
        mgomez@pampadatos.com.ar
        """)
    hs = hd("b028", addr("Martín Gómez", "mgomez@pampadatos.com.ar"), "Cambio de horario entrevista",
            "2026-07-30 11:17:26", "America/Argentina/Buenos_Aires", host="mail-qt1-f178.google.com")
    return message(hs, text(body, cte="8bit"))


# ============================================================================ negatives


def _neg(name, **kw):
    return mail(name, interview=False, **kw)


@_neg("blind2_029", family="rejection", lang="en", company="Tallgrass Analytics", days=(("Thu", "2026-06-11"),),
      note="Greenhouse rejection after an interview; mentions the past interview date and time")
def b029():
    body = t("""
        Hi Inês,

        Thank you for taking the time to interview with us on Thursday, June 11 at
        3:00 PM CT for the Analytics Engineer role. The team enjoyed the conversation.

        After careful consideration we've decided to move forward with other candidates
        whose experience more closely matches our current needs. We'll keep your profile
        on file and may reach out about future openings.

        Best of luck in your search,
        Tallgrass Analytics Recruiting
        """)
    hs = hd("b029", addr("Tallgrass Analytics", "no-reply@us.greenhouse-mail.io"),
            "Update on your application to Tallgrass Analytics", "2026-06-15 10:02:11", "America/Chicago",
            host="mail.us.greenhouse-mail.io")
    return message(hs, alt(text(body), html(_p(body))))


@_neg("blind2_030", family="rejection", lang="de", company="Elbufer Logistik GmbH", days=(("Tue", "2026-07-14"),),
      note="German rejection after the interview 'am Dienstag, 14.07. um 10 Uhr'")
def b030():
    body = t("""
        Liebe Frau Carvalho,

        vielen Dank für das angenehme Gespräch am Dienstag, 14.07. um 10 Uhr und Ihr
        Interesse an unserem Unternehmen.

        Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin
        entschieden haben, deren Profil noch etwas besser zu unseren Anforderungen passt.
        Diese Entscheidung ist uns nicht leicht gefallen.

        Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

        Viele Grüße
        Miriam Köhler
        Recruiting | Elbufer Logistik GmbH | Hamburg
        """)
    hs = hd("b030", addr("Miriam Köhler", "m.koehler@elbufer-logistik.de"), "Ihre Bewerbung als Data Analyst",
            "2026-07-17 13:40:00", "Europe/Berlin", host="mail.elbufer-logistik.de")
    return message(hs, text(body))


@_neg("blind2_031", family="offer", lang="en", company="Harrowgate Partners",
      days=(("Tue", "2026-11-03"), ("Fri", "2026-11-13"), ("Mon", "2027-01-04")),
      note="UK offer letter: past final interview, signature deadline and start date; no interview scheduled")
def b031():
    body = t("""
        Dear Inês,

        Following your final interview on Tuesday 3 November, I'm delighted to offer you
        the position of Senior Insight Analyst at Harrowgate Partners.

        Your offer letter and contract are attached via DocuSign. The headline terms:
          - Salary: GBP 62,000 per annum
          - Proposed start date: Monday 4 January 2027
          - Hybrid working, 3 days in our Leeds office

        Please return the signed contract by Friday 13 November at 5pm. If you'd like to
        talk anything through, just reply and we'll find a time.

        Congratulations!
        Amelia Brooks
        Head of People, Harrowgate Partners
        """)
    hs = hd("b031", addr("Amelia Brooks", "amelia.brooks@harrowgate.co.uk"),
            "Your offer from Harrowgate Partners", "2026-11-06 15:30:00", "Europe/London",
            host="mail.harrowgate.co.uk")
    return message(hs, alt(text(body), html(_p(body))))


@_neg("blind2_032", family="scheduling_link", lang="en", company="Orchard Bio",
      days=(("Tue", "2026-07-14"), ("Fri", "2026-07-17")),
      note="Recruiter asks the candidate to pick a slot via a SavvyCal link; nothing booked yet")
def b032():
    body = t("""
        Hey Ines,

        Great news - the team would love to move you to the technical interview (45 min,
        live SQL + a short stats discussion).

        Please grab whichever slot suits you here:
        https://savvycal.com/orchardbio/technical-interview

        Slots are open Tue 14 Jul through Fri 17 Jul, all times shown in your local zone.
        Once you've booked you'll get a calendar invite automatically.

        Thanks,
        Lena Park
        Talent Partner, Orchard Bio
        """)
    hs = hd("b032", addr("Lena Park", "lena.park@orchardbio.com"), "Next step: technical interview - pick a time",
            "2026-07-08 17:55:41", "America/New_York", host="mail.orchardbio.com")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@_neg("blind2_033", family="recruiter_outreach", lang="en", company="Lionpoint Capital",
      days=(("Tue", "2026-08-25"), ("Wed", "2026-08-26")),
      note="Singapore recruiter outreach proposing two times for an intro call; nothing confirmed")
def b033():
    body = t("""
        Hi Ines,

        Hope you're well. I came across your profile and thought you'd be a strong fit for
        a Quant Data Analyst role we're hiring for in our Singapore office.

        Would Tue 25 Aug 3pm or Wed 26 Aug 10am (SGT) work for a quick 20-min intro call?
        Happy to work around your timezone too.

        Cheers,
        Wei Jie Lim
        Talent Acquisition, Lionpoint Capital
        """)
    hs = hd("b033", addr("Wei Jie Lim", "weijie.lim@lionpointcapital.sg"), "Quant Data Analyst role - quick chat?",
            "2026-08-20 09:12:40", "Asia/Singapore", host="mail.lionpointcapital.sg")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@_neg("blind2_034", family="candidate_proposal", lang="en", company="Kitewell Energy",
      days=(("Thu", "2026-09-10"), ("Fri", "2026-09-11")),
      note="The candidate's own mail (Bcc to herself) proposing times to the recruiter; nothing confirmed yet; "
           "company = the employer it is addressed to")
def b034():
    body = t("""
        Hi Tom,

        Thanks so much for getting back to me! For the second-round interview I could do
        Thursday 10 September at 10:00 or 14:00 BST, or Friday 11 Sept any time after
        13:00. Let me know what works best for the panel.

        Best regards,
        Inês

        On Mon, 7 Sept 2026 at 16:20, Tom Hargreaves <tom.hargreaves@kitewell.energy> wrote:
        > Hi Inês, we'd love to invite you to a second round. Could you send me a few
        > times that work for you next week?
        """)
    hs = hd("b034", TO, "Re: Second round - availability", "2026-09-07 18:03:22", "Europe/Lisbon",
            host="mail-wm1-f45.google.com", to=addr("Tom Hargreaves", "tom.hargreaves@kitewell.energy"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@_neg("blind2_035", family="newsletter_tips", lang="fr", company=None, days=(("Thu", "2026-09-17"),),
      note="French careers newsletter (HTML only with tables) on job-interview tips, with a workshop date")
def b035():
    page = t("""
        <html><body style="margin:0;background:#fff8f0">
        <table width="600" align="center" cellpadding="16" style="font-family:Georgia,serif">
        <tr><td><h1>Le Mag Carrière</h1><p style="color:#777">Édition du mardi</p></td></tr>
        <tr><td>
        <h2>Entretien d'embauche : les 7 questions pièges (et comment y répondre)</h2>
        <p>« Quel est votre plus grand défaut ? » Vous avez votre entretien dans trois jours et
        cette question vous angoisse déjà ? Nos recruteurs partenaires vous livrent leurs conseils.</p>
        <p><a href="https://lemagcarriere.fr/articles/questions-pieges">Lire l'article</a></p>
        </td></tr>
        <tr><td style="background:#ffe7cc">
        <h3>Atelier en ligne : simulez votre entretien</h3>
        <table><tr><td>Quand</td><td>jeudi 17 septembre, 18h30</td></tr>
        <tr><td>Où</td><td>en ligne (lien envoyé après inscription)</td></tr></table>
        <p><a href="https://lemagcarriere.fr/atelier">Je m'inscris</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">Vous recevez cette lettre car vous êtes inscrite au Mag Carrière.
        <a href="https://lemagcarriere.fr/desinscription">Se désinscrire</a></td></tr>
        </table></body></html>
        """)
    hs = hd("b035", addr("Le Mag Carrière", "newsletter@lemagcarriere.fr"),
            "Entretien d'embauche : les 7 questions pièges 🎯", "2026-09-08 07:00:00", "Europe/Paris",
            host="mta12.lemagcarriere.fr",
            extra=(("List-Unsubscribe", "<https://lemagcarriere.fr/desinscription>"), ("Precedence", "bulk")))
    return message(hs, html(page))


@_neg("blind2_036", family="job_fair", lang="nl", company=None, days=(("Thu", "2026-10-08"),),
      note="Dutch job-fair invitation (Carrièrebeurs, 'sollicitatiegesprekken ter plekke') with a date and hours")
def b036():
    body = t("""
        Beste Inês,

        Op donderdag 8 oktober 2026 organiseren we weer de Carrièrebeurs Techniek & Data
        in de Evoluon, Eindhoven, van 10.00 tot 16.00 uur.

        Meer dan 60 werkgevers zijn aanwezig en een deel voert ter plekke korte
        sollicitatiegesprekken. Neem dus een paar geprinte cv's mee!

        Aanmelden (gratis): https://carrieredienst-kempen.nl/beurs2026

        Met vriendelijke groet,
        Carrièredienst Hogeschool Kempen
        """)
    hs = hd("b036", addr("Carrièredienst Hogeschool Kempen", "carriere@hogeschoolkempen.nl"),
            "Uitnodiging Carrièrebeurs Techniek & Data – 8 oktober", "2026-09-24 10:00:00", "Europe/Amsterdam",
            host="mail.hogeschoolkempen.nl")
    return message(hs, alt(text(body), html(_p(body))))


@_neg("blind2_037", family="marketing_webinar", lang="es", company=None, days=(("Tue", "2026-09-15"),),
      note="Spanish webinar 'Cómo superar la entrevista técnica' with an ICS REQUEST; a confirmed time, but not "
           "a job interview")
def b037():
    body = t("""
        ¡Hola Inês!

        Tu plaza en el webinar está confirmada:

        «Cómo superar la entrevista técnica de datos»
        martes, 15 de septiembre, 18:00 (hora de Madrid)
        Duración: 60 minutos

        Te adjuntamos la invitación para tu calendario. El enlace de acceso llegará
        una hora antes del inicio.

        El equipo de Aula Empleo
        """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:webinar-entrevista-tecnica-20260915@aulaempleo.es
        DTSTAMP:20260909T080000Z
        DTSTART:20260915T160000Z
        DTEND:20260915T170000Z
        SUMMARY:Webinar: Cómo superar la entrevista técnica de datos
        ORGANIZER;CN=Aula Empleo:mailto:eventos@aulaempleo.es
        ATTENDEE;CN=Inês Carvalho:mailto:ines.carvalho@example.com
        STATUS:CONFIRMED
        END:VEVENT
        """, prodid="-//Aula Empleo//Webinars//ES")
    hs = hd("b037", addr("Aula Empleo", "eventos@aulaempleo.es"), "Confirmación: webinar «Cómo superar la "
            "entrevista técnica»", "2026-09-09 10:00:00", "Europe/Madrid", host="mail.aulaempleo.es")
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="webinar.ics",
                                                  disposition="attachment")))


@_neg("blind2_038", family="non_interview_calendar", lang="en", company=None,
      note="Outlook meeting request for a weekly 1:1 with the current manager (RRULE); not an interview")
def b038():
    body = t("""
        Moving our weekly 1:1 to Thursdays from next week - same time.

        When: Occurs every Thursday from 10:30 to 11:00 effective 17/09/2026. (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Where: Microsoft Teams Meeting
        """)
    ics = vcal("""
        BEGIN:VEVENT
        ORGANIZER;CN=Dana Silva:mailto:dana.silva@ridgewayfoods.pt
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Inês Carvalho:mailto:ines.carvalho@example.com
        RRULE:FREQ=WEEKLY;BYDAY=TH;WKST=MO
        UID:040000008200E00074C5B7101A82E00800000000D1F0A2B3C4D5E6010000000000000000100000009988776655443322110099AABBCCDDEE
        SUMMARY;LANGUAGE=en-GB:1:1 Dana / Inês
        DTSTART;TZID=GMT Standard Time:20260917T103000
        DTEND;TZID=GMT Standard Time:20260917T110000
        DTSTAMP:20260911T091500Z
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        """, prodid="Microsoft Exchange Server 2010", tz=("GMT Standard Time",))
    hs = hd("b038", addr("Dana Silva", "dana.silva@ridgewayfoods.pt"), "1:1 Dana / Inês", "2026-09-11 10:15:00",
            "Europe/Lisbon", host="mail-db8eur05on2101.outbound.protection.outlook.com")
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@_neg("blind2_039", family="non_interview_calendar", lang="en", company=None,
      days=(("Thu", "2026-09-24"),),
      note="Google Calendar invitation to a sprint review whose agenda mentions 'user interview findings'; "
           "Australian team; not a job interview")
def b039():
    body = t("""
        Liam O'Connor has invited you to an event.

        Sprint 42 Review
        Thursday 24 Sept 2026 · 2pm – 3pm (Australian Eastern Standard Time - Sydney)

        Agenda:
        - demo: churn dashboard v2
        - user interview findings (Priya)
        - retro actions

        Join with Google Meet: https://meet.google.com/ktd-wqpe-nmc

        Invitation from Google Calendar
        """)
    ics = vcal("""
        BEGIN:VEVENT
        DTSTART;TZID=Australia/Sydney:20260924T140000
        DTEND;TZID=Australia/Sydney:20260924T150000
        DTSTAMP:20260918T003000Z
        ORGANIZER;CN=Liam O'Connor:mailto:liam.oconnor@saltbushapps.com.au
        UID:2k9v7r1q5m3h8d6f4s2a0p1x3z@google.com
        ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvalho@example.com:mailto:ines.carvalho@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Sprint 42 Review
        END:VEVENT
        """, prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=("Australia/Sydney",))
    hs = hd("b039", addr("Liam O'Connor", "liam.oconnor@saltbushapps.com.au"),
            "Invitation: Sprint 42 Review @ Thu 24 Sept 2026 2pm - 3pm (AEST) (ines.carvalho@example.com)",
            "2026-09-18 10:30:00", "Australia/Sydney", host="mail-sor-f41.google.com",
            extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@_neg("blind2_040", family="non_interview_calendar", lang="en", company=None, days=(("Tue", "2026-10-06"),),
      note="Car service 'Appointment confirmed' (Canadian dealership); not an interview")
def b040():
    body = t("""
        Hi Ines,

        Your service appointment is confirmed!

        Tuesday, October 6 at 8:30 AM
        Winter tire changeover + oil change - 2019 Honda Fit
        Lakeshore Honda, 1905 Lake Shore Blvd W, Toronto

        Estimated duration: 1.5 hours. Shuttle service available on request.

        Reply C to confirm, or call 416-555-0148 to reschedule.
        """)
    hs = hd("b040", addr("Lakeshore Honda Service", "service@lakeshorehonda.ca"),
            "Appointment confirmed: Tue Oct 6, 8:30 AM", "2026-10-01 12:00:00", "America/Toronto",
            host="mail.xtime.com")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@_neg("blind2_041", family="non_interview_calendar", lang="it", company=None, days=(("Thu", "2026-10-22"),),
      note="Italian medical appointment 'Appuntamento confermato' (latin-1 QP); not an interview")
def b041():
    body = t("""
        Gentile Inês Carvalho,

        Le confermiamo il seguente appuntamento:

        Prestazione: visita cardiologica con ECG
        Data: giovedì 22 ottobre 2026, ore 9:40
        Sede: Centro Medico San Luca, Corso Buenos Aires 12, Milano

        Si presenti 15 minuti prima con la tessera sanitaria. Per disdire risponda DISDICI
        o chiami lo 02 4455 6677 almeno 24 ore prima.

        Centro Medico San Luca - Prenotazioni
        """)
    hs = hd("b041", addr("Centro Medico San Luca", "prenotazioni@cmsanluca.it"),
            "Appuntamento confermato - giovedì 22/10 ore 9:40", "2026-10-15 08:00:00", "Europe/Rome",
            host="mail.cmsanluca.it", charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@_neg("blind2_042", family="podcast", lang="en", company=None, days=(("Thu", "2026-08-06"),),
      note="Podcast guest interview confirmed with an ICS; a confirmed 'interview' time but not a job interview")
def b042():
    body = t("""
        Hi Inês,

        You're confirmed as a guest on Data Career Chats! Recording details:

        Thursday, August 6 at 10:00 AM ET (45 min)
        Riverside studio link: https://riverside.fm/studio/data-career-chats

        The interview is relaxed - we'll talk about your move from consulting into
        analytics and your tips for people switching careers. A calendar invite is attached.

        Thanks!
        Morgan Ellis, host
        """)
    ics = vcal("""
        BEGIN:VEVENT
        UID:dcc-ep118-guest@datacareerchats.com
        DTSTAMP:20260731T150000Z
        DTSTART:20260806T140000Z
        DTEND:20260806T144500Z
        SUMMARY:Podcast interview: Data Career Chats x Inês Carvalho
        ORGANIZER;CN=Morgan Ellis:mailto:morgan@datacareerchats.com
        ATTENDEE;CN=Inês Carvalho:mailto:ines.carvalho@example.com
        STATUS:CONFIRMED
        END:VEVENT
        """, prodid="-//Google Inc//Google Calendar 70.9054//EN")
    hs = hd("b042", addr("Morgan Ellis", "morgan@datacareerchats.com"),
            "You're confirmed: Data Career Chats interview, Thu Aug 6", "2026-07-31 11:00:00", "America/New_York",
            host="mail-oi1-f172.google.com")
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="invite.ics",
                                                  disposition="attachment")))


@_neg("blind2_043", family="press_interview", lang="sv", company=None, days=(("Wed", "2026-10-14"),),
      note="Swedish journalist confirms a press interview ('intervju') at a fixed time; not a job interview")
def b043():
    body = t("""
        Hej Inês!

        Tack för att du ställer upp på en intervju om kvinnor i datavetenskap. Då kör vi
        onsdag 14 oktober kl. 13.00 (svensk tid) över Teams, ungefär 30 minuter.
        Artikeln publiceras i Teknikbladet i november.

        Vänliga hälsningar
        Johanna Lindqvist
        Reporter, Teknikbladet
        """)
    hs = hd("b043", addr("Johanna Lindqvist", "johanna.lindqvist@teknikbladet.se"),
            "Intervju onsdag 14/10 kl. 13", "2026-10-09 14:20:00", "Europe/Stockholm", host="mail.teknikbladet.se")
    return message(hs, text(body))


@_neg("blind2_044", family="one_way_video", lang="en", company="Halcyon Retail", days=(("Fri", "2026-05-22"),),
      note="One-way (asynchronous) video interview invitation with a completion deadline; no live time")
def b044():
    body = t("""
        Hi Ines,

        Halcyon Retail has invited you to complete a one-way video interview for the
        Merchandising Analyst position.

        - 5 questions, up to 2 minutes per answer
        - Complete anytime before Friday, May 22 at 11:59 PM CT
        - You can practice as many times as you like before recording

        Start your interview: https://app.sparkhire.com/interview/Hx72kQ

        Good luck!
        The Spark Hire team, on behalf of Halcyon Retail
        """)
    hs = hd("b044", addr("Halcyon Retail via Spark Hire", "no-reply@sparkhire.com"),
            "Your video interview for Halcyon Retail", "2026-05-18 09:00:00", "America/Chicago",
            host="mail.sparkhire.com")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(_p(body), charset="us-ascii")))


@_neg("blind2_045", family="assessment_deadline", lang="en", company="Deccan Cloud", days=(("Tue", "2026-10-20"),),
      note="HackerRank coding test invitation (India) with an expiry date/time and a 90-minute duration; a "
           "deadline, not an interview")
def b045():
    body = t("""
        Dear Candidate,

        Deccan Cloud Pvt. Ltd. has invited you to take the test "Data Engineer - Online
        Assessment (Round 1)".

        Test duration : 90 minutes
        Link expires  : Tuesday, 20 Oct 2026, 23:59 IST

        Kindly attempt the test from a laptop with a stable internet connection. Once
        started, the timer cannot be paused. Shortlisted candidates will be contacted
        for the interview rounds.

        Take the test: https://www.hackerrank.com/tests/dc-de-r1/login

        Regards,
        HackerRank, on behalf of Deccan Cloud
        """)
    hs = hd("b045", addr("Deccan Cloud via HackerRank", "no-reply@hackerrankmail.com"),
            "Invitation: Data Engineer - Online Assessment (Round 1) | Deccan Cloud", "2026-10-16 11:30:00",
            "Asia/Kolkata", host="mail.hackerrankmail.com")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@_neg("blind2_046", family="reference_check", lang="en", company="Thames Reach Housing",
      days=(("Wed", "2026-10-21"),),
      note="The candidate is a referee: a confirmed reference call about a former colleague's application; a "
           "confirmed time but not her job interview; company = the sender's organisation")
def b046():
    body = t("""
        Dear Inês,

        Thank you for agreeing to act as a referee for Jamie Lin, who has applied for the
        role of Data Officer with us.

        I can confirm our reference call for Wednesday 21 October at 3pm (UK time). I'll
        ring you on +351 912 000 418; it should take no more than 20 minutes.

        Kind regards,
        Sophie Grant
        HR Advisor, Thames Reach Housing
        """)
    hs = hd("b046", addr("Sophie Grant", "sophie.grant@thamesreach.org.uk"),
            "Reference for Jamie Lin - call confirmed", "2026-10-15 09:45:00", "Europe/London",
            host="mail.thamesreach.org.uk")
    return message(hs, text(body))


@_neg("blind2_047", family="background_check", lang="en", company="Summit Ridge Credit Union",
      days=(("Mon", "2026-12-07"),),
      note="Background-check notice after an offer (Checkr); asks to submit information by a date; no interview")
def b047():
    body = t("""
        Hi Ines,

        Summit Ridge Credit Union has requested a background check as part of your
        employment process. To get started, please confirm your information and
        authorize the check by Monday, December 7.

        Start here: https://applicant.checkr.com/invitation/7f2a19cc

        Most checks complete within 3-5 business days. You'll receive a copy of your
        report once it's done.

        The Checkr Team
        """)
    hs = hd("b047", addr("Checkr", "no-reply@checkr.com"),
            "Action required: Summit Ridge Credit Union background check", "2026-11-30 13:00:00",
            "America/Denver", host="mail.checkr.com")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(_p(body), charset="us-ascii")))


@_neg("blind2_048", family="auto_reply", lang="fr", company="Atelier Lumen", days=(("Mon", "2026-11-09"),),
      note="French out-of-office auto-reply to the candidate's thank-you for Thursday's interview; "
           "Auto-Submitted: auto-replied")
def b048():
    body = t("""
        Bonjour,

        Je suis absente du lundi 2 au vendredi 6 novembre inclus, avec un accès limité à
        ma messagerie. Je vous répondrai dès mon retour, le lundi 9 novembre.

        Pour toute urgence, merci de contacter rh@atelierlumen.fr.

        Claire Dubois
        Responsable RH – Atelier Lumen
        """)
    hs = hd("b048", addr("Claire Dubois", "claire.dubois@atelierlumen.fr"),
            "Réponse automatique : Merci pour l'entretien de jeudi", "2026-11-03 09:12:00", "Europe/Paris",
            host="mail.atelierlumen.fr",
            extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<CAF8q2Zx0merci.entretien@mail.gmail.com>")))
    return message(hs, text(body))


@_neg("blind2_049", family="bounce", lang="en", company=None,
      note="multipart/report DSN for the candidate's own reply 'Re: Interview confirmed - Thursday 10:00' "
           "(typo in the address); the returned headers mention an interview time but nothing is confirmed to her")
def b049():
    human = t("""
        This is the mail system at host mail-wm1-f45.google.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <priya.shah@nimbusfreigth.com>: Host or domain name not found. Name service
            error for name=nimbusfreigth.com type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mail-wm1-f45.google.com
        Arrival-Date: Mon, 21 Sep 2026 09:30:12 +0100

        Final-Recipient: rfc822; priya.shah@nimbusfreigth.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: X-Postfix; Host or domain name not found
        """)
    orig = t("""
        From: =?utf-8?q?In=C3=AAs_Carvalho?= <ines.carvalho@example.com>
        To: Priya Shah <priya.shah@nimbusfreigth.com>
        Subject: Re: Interview confirmed - Thursday 10:00
        Date: Mon, 21 Sep 2026 09:30:10 +0100
        Message-ID: <CAF8q2Zx1thanks.priya@mail.gmail.com>
        """)
    hs = hd("b049", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
            "Delivery Status Notification (Failure)", "2026-09-21 09:30:14", "Europe/Lisbon",
            host="mail-sor-f69.google.com", extra=(("Auto-Submitted", "auto-replied"),))
    body = multipart("report", text(human, charset="us-ascii", cte="7bit"),
                     raw_part([("Content-Type", "message/delivery-status")], status),
                     raw_part([("Content-Type", "text/rfc822-headers")], orig),
                     params="report-type=delivery-status")
    return message(hs, body)


@_neg("blind2_050", family="calendar_reply", lang="en", company=None,
      note="Outlook 'Accepted:' METHOD:REPLY from a colleague: the candidate (at her current job, work mail "
           "auto-forwarded) organised an interview with someone else's candidate; she is the interviewer, so not "
           "her job interview and not addressed to her as a candidate")
def b050():
    body = t("""
        Tom Berger has accepted this meeting.

        When: Thursday, 8 October 2026 15:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Where: Microsoft Teams Meeting
        """)
    ics = vcal("""
        BEGIN:VEVENT
        ATTENDEE;PARTSTAT=ACCEPTED;CN=Tom Berger:mailto:tom.berger@ridgewayfoods.pt
        COMMENT;LANGUAGE=en-GB:
        SUMMARY;LANGUAGE=en-GB:Accepted: Interview - Lukas Meyer (Junior Data Analyst)
        DTSTART;TZID=GMT Standard Time:20261008T150000
        DTEND;TZID=GMT Standard Time:20261008T160000
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000001122334455667788990011AABBCCDDEE
        ORGANIZER;CN=Inês Carvalho:mailto:ines.carvalho@ridgewayfoods.pt
        DTSTAMP:20261002T101500Z
        SEQUENCE:0
        END:VEVENT
        """, method="REPLY", prodid="Microsoft Exchange Server 2010", tz=("GMT Standard Time",))
    hs = hd("b050", addr("Tom Berger", "tom.berger@ridgewayfoods.pt"),
            "Accepted: Interview - Lukas Meyer (Junior Data Analyst)", "2026-10-02 11:15:00", "Europe/Lisbon",
            host="mail-db8eur05on2101.outbound.protection.outlook.com",
            to=addr(ME_NAME, "ines.carvalho@ridgewayfoods.pt"),
            extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"ines.carvalho@ridgewayfoods.pt {ME}")))
    return message(hs, alt(text(body), calendar(ics, method="REPLY", cte="base64")))
