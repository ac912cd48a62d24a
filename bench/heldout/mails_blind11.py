# ruff: noqa: E501
"""blind11: a blind 50-mail held-out set, a realistic job seeker's inbox (Munich).

Inbox owner: Julia Nowak <julia.nowak@example.com>, QA / test engineer in Munich (Europe/Berlin),
Polish by origin, employed at Theresienwerk Software GmbH (fictional, Munich), whose work calendar
(julia.nowak@theresienwerk.de) is forwarded to this inbox.

Written blind (no detector code, tests, fixtures or other held-out mails read). Every mail's wording
is hand-written below, one function per mail; ``make.py`` does the MIME plumbing and the checks.
Keys 1-50 are the writing order (positives first); the file number is a fixed shuffle.

    python3 bench/heldout/make_blind.py blind11
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
    received,
    t,
    text,
)

SET = "blind11"
ORDER = random.Random(11011).sample(range(1, 51), 50)

ME = "julia.nowak@example.com"
TO_ME = addr("Julia Nowak", ME)
WORK = "julia.nowak@theresienwerk.de"


def M(key: int, **kw):
    """Register mail number ``key`` (writing order) under its shuffled file number."""
    return mail(f"{SET}_{ORDER[key - 1]:03d}", **kw)


def rcv(host: str, ip: str, when: str, zone: str, ident: str, to: str = ME, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx1.example.com with ESMTPS id {ident}", to, lag))


def iana_vtz(tzid: str) -> str:
    """Google/Apple style VTIMEZONE for a zone on the EU CET/CEST rules."""
    return make.VTZ["Europe/Berlin"].replace("Europe/Berlin", tzid)


def windows_vtz(tzid: str) -> str:
    """Exchange style VTIMEZONE (1601 anchors) for a Windows zone on the EU CET/CEST rules."""
    return make.VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", tzid)


def vcal(prodid: str, method: str | None, body: str, tz: str = "", head_first: bool = False) -> str:
    """Assemble a VCALENDAR from hand-written VEVENT text (unfolded, LF lines)."""
    head = [f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        head = ([f"METHOD:{method}"] + head) if head_first else (head + ["CALSCALE:GREGORIAN", f"METHOD:{method}"])
    lines = ["BEGIN:VCALENDAR", *head]
    if tz:
        lines.append(tz.strip("\n"))
    lines.append(t(body).strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


# =========================================================================== positives: scheduled


@M(1, family="personio", lang="de", interview=True, kind="scheduled", company="Nordhang Mobility GmbH",
   start="2026-02-12T09:00:00Z", end="2026-02-12T10:00:00Z", contact="theresa.lindner@nordhang-mobility.de",
   local="Thu 2026-02-12 10:00", local_end="2026-02-12 11:00", zone="Europe/Berlin",
   note="Personio invitation (de, Sie) sent by noreply@personio.de: 'Donnerstag, 12.02.2026, 10:00 - 11:00 Uhr' on site in Munich; February, so CET (UTC+1) -> 09:00Z-10:00Z. ICS attachment in Europe/Berlin agrees. Contact = the human Reply-To (also the ICS ORGANIZER). Thread: the receipt and the later rejection from Nordhang are in this set.")
def personio_invite() -> bytes:
    body = t("""
        Sehr geehrte Frau Nowak,

        vielen Dank für Ihre Bewerbung als Senior QA Engineer (m/w/d) und das nette
        Telefonat mit unserer Kollegin letzte Woche.

        Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem
        Vorstellungsgespräch ein:

          Datum:     Donnerstag, 12.02.2026
          Uhrzeit:   10:00 – 11:00 Uhr
          Ort:       Nordhang Mobility GmbH, Landsberger Str. 302, 80687 München
                     (3. OG, bitte am Empfang melden)
          Gespräch mit: Theresa Lindner (People & Culture) und
                        Dr. Markus Eibl (Head of Engineering)

        Eine Kalendereinladung haben wir dieser E-Mail angehängt. Falls Sie den Termin
        nicht wahrnehmen können, antworten Sie bitte einfach auf diese Nachricht.

        Wir freuen uns auf Sie!

        Viele Grüße
        Theresa Lindner
        People & Culture
        Nordhang Mobility GmbH

        --
        Diese E-Mail wurde über Personio versendet.
        Nordhang Mobility GmbH · Landsberger Str. 302 · 80687 München · HRB 251774
    """)
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Sehr geehrte Frau Nowak,</p>
        <p>vielen Dank für Ihre Bewerbung als Senior QA Engineer (m/w/d) und das nette Telefonat mit unserer Kollegin letzte Woche.</p>
        <p>Wir möchten Sie gerne persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:</p>
        <table cellpadding="3" style="font-size:14px">
        <tr><td><b>Datum:</b></td><td>Donnerstag, 12.02.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 &ndash; 11:00 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Nordhang Mobility GmbH, Landsberger Str. 302, 80687 München<br>(3. OG, bitte am Empfang melden)</td></tr>
        <tr><td><b>Gespräch mit:</b></td><td>Theresa Lindner (People &amp; Culture) und Dr. Markus Eibl (Head of Engineering)</td></tr>
        </table>
        <p>Eine Kalendereinladung haben wir dieser E-Mail angehängt. Falls Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese Nachricht.</p>
        <p>Wir freuen uns auf Sie!</p>
        <p>Viele Grüße<br>Theresa Lindner<br>People &amp; Culture<br>Nordhang Mobility GmbH</p>
        <p style="color:#8a8a8e;font-size:11px">Diese E-Mail wurde über Personio versendet.<br>Nordhang Mobility GmbH &middot; Landsberger Str. 302 &middot; 80687 München &middot; HRB 251774</p>
        </body></html>
    """)
    ics = vcal("-//Personio GmbH//Personio Recruiting//DE", "REQUEST", """
        BEGIN:VEVENT
        UID:pers-ev-7f3c1a92-5d0e-4b1c-9a77-20260212@personio.de
        DTSTAMP:20260205T081422Z
        DTSTART;TZID=Europe/Berlin:20260212T100000
        DTEND;TZID=Europe/Berlin:20260212T110000
        SUMMARY:Vorstellungsgespräch Senior QA Engineer (m/w/d) – Julia Nowak
        LOCATION:Nordhang Mobility GmbH\\, Landsberger Str. 302\\, 80687 München
        ORGANIZER;CN=Theresa Lindner:mailto:theresa.lindner@nordhang-mobility.de
        ATTENDEE;CN=Julia Nowak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julia.nowak@example.com
        ATTENDEE;CN=Markus Eibl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:markus.eibl@nordhang-mobility.de
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """, tz=make.VTZ["Europe/Berlin"])
    headers = [
        rcv("mail-eu1.personio.de", "185.68.12.40", "2026-02-05 09:14:22", "Europe/Berlin", "4Fk2Lq0xYbz9"),
        ("From", "Nordhang Mobility GmbH <noreply@personio.de>"),
        ("Reply-To", "Theresa Lindner <theresa.lindner@nordhang-mobility.de>"),
        ("To", TO_ME),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Senior QA Engineer (m/w/d)")),
        ("Date", date("2026-02-05 09:14:22", "Europe/Berlin")),
        ("Message-ID", "<0102019c2d4e7a11-3b9f8e2c-6c1d-4d2a-b0f1-7c62e1a9d0b4-000000@eu-central-1.amazonses.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, cte="base64", filename="einladung.ics", disposition="attachment", name_param=True),
    ))


@M(2, family="softgarden", lang="de", interview=True, kind="scheduled", company="Pegnitz Medical GmbH",
   start="2026-03-31T12:30:00Z", end=None, contact="sabine.woerlein@pegnitz-medical.de",
   local="Tue 2026-03-31 14:30", zone="Europe/Berlin",
   note="softgarden invitation, HTML only (QP): 'Dienstag, 31. März 2026, 14:30 Uhr' via Microsoft Teams. Sent on 23 March in CET, but the interview is two days after the 29 March change, so CEST (UTC+2) -> 12:30Z. 'ca. 45 Minuten' is approximate -> end null. Sender is a no-reply system address; contact = the recruiter's address in the signature. The button asks her to confirm, but the time is fixed by the employer.")
def softgarden_invite() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung zum Videointerview</title></head>
        <body style="margin:0;padding:0;background:#f2f4f7">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2b2b">
        <tr><td style="border-bottom:4px solid #00857c"><img src="https://static.softgarden.io/assets/pegnitz-medical/logo.png" alt="Pegnitz Medical" width="160"></td></tr>
        <tr><td>
        <p>Sehr geehrte Frau Nowak,</p>
        <p>herzlichen Dank für Ihre Bewerbung als <b>Software Test Engineer (m/w/d) – Medizinprodukte</b>. Ihr Profil hat uns überzeugt, und wir würden Sie gerne in einem Videointerview näher kennenlernen.</p>
        <p style="background:#e8f4f3;padding:12px 16px;border-left:3px solid #00857c">
        <b>Termin:</b> Dienstag, 31. März 2026, 14:30 Uhr<br>
        <b>Dauer:</b> ca. 45 Minuten<br>
        <b>Format:</b> Microsoft Teams (den Link erhalten Sie am Vortag)<br>
        <b>Ihre Gesprächspartner:</b> Sabine Wörlein (Talent Acquisition), Jürgen Pfeiffer (Teamleiter Verifikation &amp; Validierung)
        </p>
        <p>Bitte bestätigen Sie uns den Termin kurz über den folgenden Button:</p>
        <p><a href="https://pegnitz-medical.softgarden.io/de/appointment/confirm/3f7a0c2e9b" style="background:#00857c;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Termin bestätigen</a></p>
        <p>Sollte Ihnen der Termin wider Erwarten nicht passen, schreiben Sie mir bitte direkt an <a href="mailto:sabine.woerlein@pegnitz-medical.de">sabine.woerlein@pegnitz-medical.de</a>.</p>
        <p>Mit freundlichen Grüßen<br>
        Sabine Wörlein<br>
        Talent Acquisition<br>
        Pegnitz Medical GmbH · Frankenstraße 152 · 90461 Nürnberg</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8c8c8c">Diese Nachricht wurde über softgarden e-recruiting versendet. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
        </table>
        </td></tr></table>
        </body></html>
    """)
    headers = [
        rcv("out-17.mail.softgarden.io", "91.208.74.17", "2026-03-23 16:40:05", "Europe/Berlin", "4dPv9n2RkTz3"),
        ("From", "Pegnitz Medical GmbH <no-reply@softgarden.io>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Ihre Bewerbung als Software Test Engineer (m/w/d) – Einladung zum Videointerview")),
        ("Date", date("2026-03-23 16:40:05", "Europe/Berlin")),
        ("Message-ID", "<sg.9b41e07f.20260323154005.36178@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, html(body_html))


@M(3, family="rexx", lang="de", interview=True, kind="scheduled", company="Donaustrom Software GmbH",
   start="2026-01-13T08:30:00Z", end="2026-01-13T10:00:00Z", contact="lukas.pichler@donaustrom.at",
   local="Tue 2026-01-13 09:30", local_end="2026-01-13 11:00", zone="Europe/Vienna",
   note="rexx mail (Austrian German, 'Jänner', iso-8859-1 8bit, plain text) from the role address bewerbung@: 'Dienstag, 13. Jänner 2026, von 9:30 bis 11:00 Uhr' on site in Vienna; January, CET -> 08:30Z-10:00Z. Contact = the HR person's address in the signature (role sender). Follows the Doodle poll (a negative in this set).")
def rexx_invite() -> bytes:
    body = t("""
        Sehr geehrte Frau Nowak,

        vielen Dank, dass Sie bei unserer Terminumfrage mitgemacht haben. Wir freuen uns,
        Sie zu einem persönlichen Gespräch bei uns in Wien einladen zu dürfen:

        Termin:   Dienstag, 13. Jänner 2026, von 9:30 bis 11:00 Uhr
        Ort:      Donaustrom Software GmbH
                  Wiedner Hauptstraße 120, 1050 Wien, 4. Stock
        Gespräch: Mag. Lukas Pichler (Human Resources)
                  DI Verena Hofbauer (Leitung Qualitätssicherung)

        Im zweiten Teil des Gesprächs möchten wir mit Ihnen gemeinsam einen kurzen Testfall
        aus unserer Praxis durchgehen - eine Vorbereitung ist dafür nicht notwendig.

        Ihre Reisekosten (Bahn 2. Klasse ab München) übernehmen wir selbstverständlich;
        bitte bringen Sie die Belege zum Termin mit.

        Sollte Ihnen etwas dazwischenkommen, erreichen Sie mich unter
        lukas.pichler@donaustrom.at oder telefonisch unter +43 1 5046 220-31.

        Wir freuen uns auf Ihren Besuch!

        Mit freundlichen Grüßen

        Mag. Lukas Pichler
        Human Resources

        Donaustrom Software GmbH
        Wiedner Hauptstraße 120, 1050 Wien
        FN 312884 k, Handelsgericht Wien
        www.donaustrom.at

        Kennziffer: 2025-118 | QA Engineer (w/m/d)
    """)
    headers = [
        rcv("mail.donaustrom.at", "193.81.44.20", "2026-01-07 14:02:48", "Europe/Vienna", "4dLm0w7CcQz1"),
        ("From", "Donaustrom Software GmbH <bewerbung@donaustrom.at>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", enc("Einladung zum Bewerbungsgespräch | QA Engineer (w/m/d) | Kennziffer 2025-118", "iso-8859-1")),
        ("Date", date("2026-01-07 14:02:48", "Europe/Vienna")),
        ("Message-ID", "<rexx.20260107140248.7721.bewerbermanagement@donaustrom.at>"),
        ("X-Mailer", "rexx systems Recruiting"),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


@M(4, family="successfactors", lang="de", interview=True, kind="scheduled", company="Limmat Rück AG",
   start="2026-04-27T07:30:00Z", end="2026-04-27T08:30:00Z", contact="nadine.brunner@limmat-rueck.ch",
   local="Mon 2026-04-27 09:30", local_end="2026-04-27 10:30", zone="Europe/Zurich",
   note="SAP SuccessFactors interview scheduling mail (Swiss German: 'Grüsse', no ß) from noreply@successfactors.eu: 'Montag, 27.04.2026, 09:30 – 10:30 (Zürich, MESZ)' via Webex -> 07:30Z-08:30Z. ICS in Europe/Zurich agrees. Contact = the human ICS ORGANIZER (also named in the body); no Reply-To.")
def successfactors_invite() -> bytes:
    body = t("""
        Grüezi Frau Nowak

        Sie wurden zu einem Interview für die folgende Stelle eingeladen:

        Stelle:        Test Automation Engineer (80–100 %)
        Job-ID:        41877
        Datum:         Montag, 27.04.2026
        Zeit:          09:30 – 10:30 (Zürich, MESZ)
        Ort:           Webex (Link in der Kalendereinladung)
        Interviewende: Nadine Brunner (Talent Acquisition), Reto Baumann (Head of Test Factory)

        Bitte nehmen Sie die Kalendereinladung im Anhang an. Bei Fragen wenden Sie sich an
        Nadine Brunner, nadine.brunner@limmat-rueck.ch.

        Freundliche Grüsse
        Ihr Recruiting-Team der Limmat Rück AG

        Limmat Rück AG | Mythenquai 64 | 8002 Zürich

        Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
    """)
    ics = vcal("-//SAP SuccessFactors//Interview Scheduling//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:SFIS-41877-20260427-0930-b1e5@successfactors.eu
        DTSTAMP:20260417T092011Z
        DTSTART;TZID=Europe/Zurich:20260427T093000
        DTEND;TZID=Europe/Zurich:20260427T103000
        SUMMARY:Interview: Test Automation Engineer (80–100 %) – Julia Nowak
        LOCATION:Webex
        DESCRIPTION:Webex-Meeting beitreten: https://limmat-rueck.webex.com/meet/nadine.brunner\\nMeeting-Nummer: 2741 558 9060
        ORGANIZER;CN=Nadine Brunner:mailto:nadine.brunner@limmat-rueck.ch
        ATTENDEE;CN=Julia Nowak;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julia.nowak@example.com
        ATTENDEE;CN=Reto Baumann;ROLE=REQ-PARTICIPANT:mailto:reto.baumann@limmat-rueck.ch
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
    """, tz=iana_vtz("Europe/Zurich"))
    headers = [
        rcv("mta-eu2.successfactors.eu", "155.56.146.21", "2026-04-17 11:20:11", "Europe/Zurich", "4fXb2Ys6hLz7"),
        ("From", addr("Limmat Rück AG Recruiting", "noreply@successfactors.eu")),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Einladung zum Interview: Test Automation Engineer (80–100 %)")),
        ("Date", date("2026-04-17 11:20:11", "Europe/Zurich")),
        ("Message-ID", "<1433079812.88213.1776417611530@sfapi-eu2.successfactors.eu>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, cte="quoted-printable", filename="Interview.ics", disposition="attachment"),
    ))


@M(5, family="workday", lang="en", interview=True, kind="scheduled", company="Prairieline Insurance",
   start="2026-03-10T15:00:00Z", end="2026-03-10T16:00:00Z", contact="ashley.brennan@prairieline.com",
   local="Tue 2026-03-10 10:00", local_end="2026-03-10 11:00", zone="America/Chicago",
   note="Workday 'Interview Scheduled' (US-remote role) from prairieline@myworkday.com: '03/10/2026 10:00 AM - 11:00 AM CDT'. Chicago is on daylight time from 8 March (UTC-5) -> 15:00Z-16:00Z; the coordinator's note gives 4:00 PM CET for Munich (Europe still on standard time), which agrees. Contact = coordinator's address in the body.")
def workday_invite() -> bytes:
    body = t("""
        Hello Julia,

        An interview has been scheduled for you.

        Job Requisition: R-10482 Senior QA Engineer (Remote - US/EU hours)
        Interview Type:  Hiring Manager Interview (Video)

        Date:     03/10/2026
        Time:     10:00 AM - 11:00 AM CDT
        Location: Microsoft Teams - the join link is in the calendar invitation you will receive separately

        Interviewer(s):
          Derek Sorensen, Director of Quality Engineering

        Message from your Recruiting Coordinator:
        Hi Julia - quick heads-up since you're in Munich: the US moves to daylight saving time on
        Sunday, March 8, and Europe doesn't until the end of the month, so this slot will be
        4:00 PM your time (not 5:00 PM). If anything comes up, just email me at
        ashley.brennan@prairieline.com. - Ashley

        To view the details of this interview, sign in to your candidate home:
        https://prairieline.wd5.myworkdayjobs.com/en-US/Careers/userHome

        Thank you,
        Prairieline Insurance Talent Acquisition

        This is a system-generated message. Please do not reply to this email.
    """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Hello Julia,</p>
        <p>An interview has been scheduled for you.</p>
        <table border="0" cellpadding="4">
        <tr><td><b>Job Requisition</b></td><td>R-10482 Senior QA Engineer (Remote - US/EU hours)</td></tr>
        <tr><td><b>Interview Type</b></td><td>Hiring Manager Interview (Video)</td></tr>
        <tr><td><b>Date</b></td><td>03/10/2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM CDT</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams - the join link is in the calendar invitation you will receive separately</td></tr>
        <tr><td><b>Interviewer(s)</b></td><td>Derek Sorensen, Director of Quality Engineering</td></tr>
        </table>
        <p><b>Message from your Recruiting Coordinator:</b><br>
        Hi Julia - quick heads-up since you're in Munich: the US moves to daylight saving time on Sunday, March 8, and Europe doesn't until the end of the month, so this slot will be 4:00 PM your time (not 5:00 PM). If anything comes up, just email me at ashley.brennan@prairieline.com. - Ashley</p>
        <p><a href="https://prairieline.wd5.myworkdayjobs.com/en-US/Careers/userHome">Go to candidate home</a></p>
        <p>Thank you,<br>Prairieline Insurance Talent Acquisition</p>
        <p style="font-size:11px;color:#777">This is a system-generated message. Please do not reply to this email.</p>
        </body></html>
    """)
    headers = [
        rcv("mail-out5.myworkday.com", "198.38.122.15", "2026-03-04 09:12:37", "America/Chicago", "4dR7sK1pWwz5"),
        ("From", "Prairieline Insurance <prairieline@myworkday.com>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", "Interview Scheduled - R-10482 Senior QA Engineer (Remote - US/EU hours)"),
        ("Date", date("2026-03-04 09:12:37", "America/Chicago")),
        ("Message-ID", "<1913372610.1058822.1772637157113.JavaMail.wdprod@wd5-prod-notif-14>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body, cte="base64"), html(body_html, cte="base64")))


@M(6, family="greenhouse", lang="en", interview=True, kind="scheduled", company="Havnelys ApS",
   start="2026-06-11T11:00:00Z", end="2026-06-11T12:00:00Z", contact="mette.kjaergaard@havnelys.dk",
   local="Thu 2026-06-11 13:00", local_end="2026-06-11 14:00", zone="Europe/Copenhagen",
   note="Greenhouse confirmation (Copenhagen company, English): 'Thursday, June 11, 2026, 1:00 PM - 2:00 PM CEST (Copenhagen)' on Google Meet -> 11:00Z-12:00Z; ICS attachment in UTC agrees. Contact = human Reply-To (non-ASCII display name). Thread: the rejection after this interview and a bounced thank-you note are in this set.")
def greenhouse_invite() -> bytes:
    body = t("""
        Hi Julia,

        Thanks for scheduling time with us! Here are the details of your upcoming interview
        with Havnelys.

        Role:         QA Engineer, Mobile
        Date:         Thursday, June 11, 2026
        Time:         1:00 PM - 2:00 PM CEST (Copenhagen)
        Location:     Google Meet - https://meet.google.com/xkq-ruvd-pha
        Interviewers: Mette Kjærgaard (Talent Partner)
                      Anders Bech (Engineering Manager, Mobile)

        In the first half Anders will ask about how you approach testing on iOS and Android;
        in the second half there's time for your questions.

        If you need to reschedule, simply reply to this email.

        Best,
        Mette Kjærgaard
        Havnelys ApS
    """)
    body_html = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Julia,</p>
        <p>Thanks for scheduling time with us! Here are the details of your upcoming interview with Havnelys.</p>
        <p><strong>Role:</strong> QA Engineer, Mobile<br>
        <strong>Date:</strong> Thursday, June 11, 2026<br>
        <strong>Time:</strong> 1:00 PM - 2:00 PM CEST (Copenhagen)<br>
        <strong>Location:</strong> Google Meet - <a href="https://meet.google.com/xkq-ruvd-pha">https://meet.google.com/xkq-ruvd-pha</a><br>
        <strong>Interviewers:</strong> Mette Kjærgaard (Talent Partner), Anders Bech (Engineering Manager, Mobile)</p>
        <p>In the first half Anders will ask about how you approach testing on iOS and Android; in the second half there's time for your questions.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best,<br>Mette Kjærgaard<br>Havnelys ApS</p>
        </div>
    """)
    ics = vcal("-//Greenhouse//Greenhouse Calendar//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:gh-interview-58817402-2026061111@greenhouse.io
        DTSTAMP:20260603T114702Z
        DTSTART:20260611T110000Z
        DTEND:20260611T120000Z
        SUMMARY:Interview: Julia Nowak for QA Engineer\\, Mobile (Havnelys)
        LOCATION:https://meet.google.com/xkq-ruvd-pha
        ORGANIZER;CN=Mette Kjærgaard:mailto:mette.kjaergaard@havnelys.dk
        ATTENDEE;CN=Julia Nowak;RSVP=TRUE:mailto:julia.nowak@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """)
    headers = [
        rcv("mail189-12.suw21.mandrillapp.com", "198.2.189.12", "2026-06-03 13:47:02", "Europe/Copenhagen", "4gB0vS3yNqz2"),
        ("From", "Havnelys <no-reply@greenhouse.io>"),
        ("Reply-To", addr("Mette Kjærgaard", "mette.kjaergaard@havnelys.dk")),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "Interview confirmation: QA Engineer, Mobile - Havnelys"),
        ("Date", date("2026-06-03 13:47:02", "Europe/Copenhagen")),
        ("Message-ID", "<20260603114702.1.5C9E2A7B3D114F60@greenhouse.io>"),
    ]
    return message(headers, mixed(
        alt(text(body, cte="base64"), html(body_html, cte="base64")),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@M(7, family="ashby", lang="en", interview=True, kind="scheduled", company="Quillmark",
   start="2026-11-02T16:00:00Z", end="2026-11-02T16:45:00Z", contact="dana.whitfield@quillmark.com",
   local="Mon 2026-11-02 17:00", local_end="2026-11-02 17:45", zone="Europe/Berlin",
   note="Ashby confirmation, HTML only (base64), sent 28 October from New York in EDT. Times shown in the candidate's zone: 'Monday, November 2 · 5:00 PM – 5:45 PM CET' (Munich is on CET since 25 October) -> 16:00Z-16:45Z; the interviewer line '11:00 AM EST' agrees (US back to EST on 1 November). ICS in UTC agrees. Contact = Reply-To recruiter. Thread: the offer from Quillmark is in this set.")
def ashby_invite() -> bytes:
    body_html = t("""
        <!doctype html>
        <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#fafafa;font-family:Inter,Helvetica,Arial,sans-serif;color:#111">
        <div style="max-width:560px;margin:0 auto;padding:32px 24px;background:#fff">
        <p style="font-size:13px;color:#6b6b6b;margin:0 0 24px">Quillmark</p>
        <h1 style="font-size:20px;margin:0 0 16px">Your interview is confirmed</h1>
        <p>Hi Julia,</p>
        <p>You're all set for your <b>Technical Interview (Test Strategy)</b> for the <b>Senior QA Engineer (Remote, EU)</b> role. Here are the details:</p>
        <div style="border:1px solid #e6e6e6;border-radius:8px;padding:16px;margin:16px 0">
        <div style="font-weight:600">Monday, November 2</div>
        <div>5:00 PM &ndash; 5:45 PM CET</div>
        <div style="font-size:12px;color:#6b6b6b;margin-top:4px">Times are shown in your time zone (Central European Time). Your interviewers are in New York, where it will be 11:00 AM EST &mdash; heads-up that US clocks go back on November 1.</div>
        <div style="margin-top:12px"><a href="https://quillmark.zoom.us/j/92817346502">Join with Zoom</a></div>
        </div>
        <p><b>Interviewers</b><br>Marcus Liang &middot; Staff QA Engineer<br>Rebecca Osei &middot; Engineering Manager, Platform</p>
        <p>Need to make a change? Reply to this email and Dana will help.</p>
        <p>Talk soon,<br>Dana Whitfield<br>Recruiting, Quillmark</p>
        <p style="font-size:11px;color:#9a9a9a;margin-top:32px">Sent via Ashby</p>
        </div>
        </body></html>
    """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:2c6a7d1e-84f3-4b0b-a9b5-5e0d6f3c9a21@ashbyhq.com
        DTSTAMP:20261028T190511Z
        DTSTART:20261102T160000Z
        DTEND:20261102T164500Z
        SUMMARY:Quillmark – Technical Interview (Test Strategy) with Julia Nowak
        LOCATION:https://quillmark.zoom.us/j/92817346502
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@quillmark.com
        ATTENDEE;CN=Julia Nowak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julia.nowak@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """)
    headers = [
        rcv("a48-93.smtp-out.amazonses.com", "54.240.48.93", "2026-10-28 15:05:11", "America/New_York", "4hN3kQ8mTtz6"),
        ("From", "Quillmark <no-reply@ashbyhq.com>"),
        ("Reply-To", "Dana Whitfield <dana.whitfield@quillmark.com>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "Interview confirmed: Senior QA Engineer (Remote, EU) at Quillmark"),
        ("Date", date("2026-10-28 15:05:11", "America/New_York")),
        ("Message-ID", "<0100019a2c1f4e6b-7d2e9b10-3a4f-4c8e-9f61-2b5d7e8a1c03-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(
        html(body_html, cte="base64"),
        calendar(ics, cte="base64", filename="invite.ics", disposition="attachment"),
    ))


@M(8, family="smartrecruiters", lang="pt", interview=True, kind="scheduled", company="Tejo Digital, S.A.",
   start="2026-05-21T14:00:00Z", end="2026-05-21T15:00:00Z", contact="ines.carvalho@tejodigital.pt",
   local="Thu 2026-05-21 15:00", local_end="2026-05-21 16:00", zone="Europe/Lisbon",
   note="SmartRecruiters invitation in European Portuguese: 'quinta-feira, 21 de maio de 2026, das 15h00 às 16h00 (hora de Lisboa)' -> WEST (UTC+1) -> 14:00Z-15:00Z; the '16h00 às 17h00 na Alemanha' line agrees. Sender is a no-reply; contact = recruiter's address in the body.")
def smartrecruiters_invite() -> bytes:
    body = t("""
        Olá Julia,

        Obrigada pelo seu interesse na Tejo Digital! Temos todo o gosto em convidá-la para uma
        entrevista para a posição de QA Automation Engineer (Lisboa / híbrido).

        Data:    quinta-feira, 21 de maio de 2026
        Hora:    das 15h00 às 16h00 (hora de Lisboa)
                 – ou seja, das 16h00 às 17h00 na Alemanha
        Local:   Microsoft Teams (o link segue abaixo)
        Com:     Inês Carvalho (Talent Acquisition) e Pedro Nunes (QA Lead)

        A entrevista decorre em inglês. Caso precise de reagendar, escreva-me diretamente para
        ines.carvalho@tejodigital.pt.

        Participar na reunião Microsoft Teams:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTdkYjM1ZjQtNTg1@thread.v2/0

        Com os melhores cumprimentos,
        Inês Carvalho
        Talent Acquisition | Tejo Digital, S.A.
        Av. Infante D. Henrique 333, 1800-282 Lisboa

        ---
        Esta mensagem foi enviada através da SmartRecruiters. Por favor não responda diretamente.
    """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Olá Julia,</p>
        <p>Obrigada pelo seu interesse na Tejo Digital! Temos todo o gosto em convidá-la para uma entrevista para a posição de <b>QA Automation Engineer (Lisboa / híbrido)</b>.</p>
        <p><b>Data:</b> quinta-feira, 21 de maio de 2026<br>
        <b>Hora:</b> das 15h00 às 16h00 (hora de Lisboa) &ndash; ou seja, das 16h00 às 17h00 na Alemanha<br>
        <b>Local:</b> Microsoft Teams (o link segue abaixo)<br>
        <b>Com:</b> Inês Carvalho (Talent Acquisition) e Pedro Nunes (QA Lead)</p>
        <p>A entrevista decorre em inglês. Caso precise de reagendar, escreva-me diretamente para <a href="mailto:ines.carvalho@tejodigital.pt">ines.carvalho@tejodigital.pt</a>.</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTdkYjM1ZjQtNTg1@thread.v2/0">Participar na reunião Microsoft Teams</a></p>
        <p>Com os melhores cumprimentos,<br>Inês Carvalho<br>Talent Acquisition | Tejo Digital, S.A.<br>Av. Infante D. Henrique 333, 1800-282 Lisboa</p>
        <p style="font-size:11px;color:#888">Esta mensagem foi enviada através da SmartRecruiters. Por favor não responda diretamente.</p>
        </body></html>
    """)
    headers = [
        rcv("mail-out-eu.smartrecruiters.com", "185.4.241.36", "2026-05-14 10:31:50", "Europe/Lisbon", "4gG8pD5aLrz4"),
        ("From", "Tejo Digital <noreply@smartrecruiters.com>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Convite para entrevista – QA Automation Engineer (Lisboa / híbrido)")),
        ("Date", date("2026-05-14 10:31:50", "Europe/Lisbon")),
        ("Message-ID", "<sr-msg.6e0f2a9c41b84d7e.1778751110@smartrecruiters.com>"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@M(9, family="workable", lang="en", interview=True, kind="scheduled", company="Revontuli Games Oy",
   start="2026-09-07T07:00:00Z", end="2026-09-07T08:00:00Z", contact="aino.virtanen@revontuligames.fi",
   local="Mon 2026-09-07 10:00", local_end="2026-09-07 11:00", zone="Europe/Helsinki",
   note="Workable interview invitation (Finnish company, English): 'Monday, September 7, 2026, 10:00 – 11:00 EEST (Helsinki time, UTC+3)' and 'will last 60 minutes' -> 07:00Z-08:00Z; the '09:00 – 10:00 in Munich' line agrees. Reply-To is a Workable candidate relay (not a person's mailbox) -> contact = recruiter's address in the body.")
def workable_invite() -> bytes:
    body = t("""
        Hi Julia,

        Thank you for applying for the QA Engineer (Game Services) position at Revontuli Games!
        We enjoyed reading your application and would like to invite you to a video interview.

        Date:      Monday, September 7, 2026
        Time:      10:00 – 11:00 EEST (Helsinki time, UTC+3)
                   – that is 09:00 – 10:00 in Munich
        Where:     Google Meet, https://meet.google.com/rvn-tqpe-hsk
        With:      Aino Virtanen (Talent Acquisition) and Ville Hämäläinen (Lead QA, Backend Services)

        The interview will last 60 minutes. We'll talk about your experience with test
        automation for backend services and load testing, and you'll hear more about how we
        ship updates to our games every two weeks.

        If the time doesn't work for you after all, please let me know directly at
        aino.virtanen@revontuligames.fi and we'll find another one.

        Kind regards,
        Aino Virtanen
        Talent Acquisition Partner
        Revontuli Games Oy, Helsinki
    """)
    body_html = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n\n")
    ).replace("\n", "<br>\n") + "<p style=\"color:#999;font-size:11px\">Powered by Workable</p></body></html>\n"
    headers = [
        rcv("mail-eu-13.workablemail.com", "52.29.184.13", "2026-09-01 10:22:31", "Europe/Helsinki", "4hB1mP0cVdz8"),
        ("From", "Revontuli Games <noreply@workablemail.com>"),
        ("Reply-To", "revontuli-games+c71d0f4e9a@candidates.workablemail.com"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "Interview invitation: QA Engineer (Game Services) at Revontuli Games"),
        ("Date", date("2026-09-01 10:22:31", "Europe/Helsinki")),
        ("Message-ID", "<wk.2f8c0b7e1a5d.20260901072231@workablemail.com>"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@M(10, family="teamtailor", lang="sv", interview=True, kind="scheduled", company="Saltsjö Betalningar AB",
   start="2026-09-15T11:00:00Z", end="2026-09-15T12:00:00Z", contact="elin.sandberg@saltsjo.se",
   local="Tue 2026-09-15 13:00", local_end="2026-09-15 14:00", zone="Europe/Stockholm",
   note="Teamtailor confirmation in Swedish with a short English summary: 'tisdag 15 september kl. 13.00–14.00 (svensk tid)' -> CEST -> 11:00Z-12:00Z; ICS attachment in Europe/Stockholm agrees. Contact = human Reply-To (also ORGANIZER).")
def teamtailor_invite() -> bytes:
    body = t("""
        Hej Julia!

        Tack för ett trevligt första samtal i förra veckan. Här kommer en bekräftelse på din
        intervju för tjänsten QA Engineer, Payments.

        När:  tisdag 15 september kl. 13.00–14.00 (svensk tid)
        Var:  Google Meet – länken finns i kalenderinbjudan
        Med:  Elin Sandberg (rekryterare) och Johan Ek (teamlead, Payments QA)

        Hör av dig om något dyker upp, så löser vi det.

        ---
        In English: this confirms your interview on Tuesday 15 September, 13:00–14:00
        Stockholm time (the same as Munich), on Google Meet. The calendar invite is attached.

        Vänliga hälsningar / Best regards
        Elin Sandberg
        Talent Acquisition, Saltsjö Betalningar AB
        Götgatan 14, 118 46 Stockholm
    """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <p>Hej Julia!</p>
        <p>Tack för ett trevligt första samtal i förra veckan. Här kommer en bekräftelse på din intervju för tjänsten <strong>QA Engineer, Payments</strong>.</p>
        <p><strong>När:</strong> tisdag 15 september kl. 13.00–14.00 (svensk tid)<br>
        <strong>Var:</strong> Google Meet – länken finns i kalenderinbjudan<br>
        <strong>Med:</strong> Elin Sandberg (rekryterare) och Johan Ek (teamlead, Payments QA)</p>
        <p>Hör av dig om något dyker upp, så löser vi det.</p>
        <hr>
        <p><em>In English:</em> this confirms your interview on Tuesday 15 September, 13:00–14:00 Stockholm time (the same as Munich), on Google Meet. The calendar invite is attached.</p>
        <p>Vänliga hälsningar / Best regards<br>Elin Sandberg<br>Talent Acquisition, Saltsjö Betalningar AB<br>Götgatan 14, 118 46 Stockholm</p>
        <p style="font-size:11px;color:#999">Skickat med Teamtailor</p>
        </body></html>
    """)
    ics = vcal("-//Teamtailor//Teamtailor Calendar//SV", "REQUEST", """
        BEGIN:VEVENT
        UID:tt-interview-1187342-48fd21@teamtailor.com
        DTSTAMP:20260909T121812Z
        DTSTART;TZID=Europe/Stockholm:20260915T130000
        DTEND;TZID=Europe/Stockholm:20260915T140000
        SUMMARY:Intervju: Julia Nowak – QA Engineer\\, Payments
        DESCRIPTION:Google Meet: https://meet.google.com/slt-bqwz-ymr
        LOCATION:Google Meet
        ORGANIZER;CN=Elin Sandberg:mailto:elin.sandberg@saltsjo.se
        ATTENDEE;CN=Julia Nowak;RSVP=TRUE:mailto:julia.nowak@example.com
        ATTENDEE;CN=Johan Ek:mailto:johan.ek@saltsjo.se
        SEQUENCE:0
        END:VEVENT
    """, tz=make.VTZ["Europe/Stockholm"])
    headers = [
        rcv("o7.mail.teamtailor-mail.com", "167.89.101.7", "2026-09-09 14:18:26", "Europe/Stockholm", "4hF6rW2qXkz1"),
        ("From", addr("Saltsjö Betalningar", "saltsjo-betalningar@teamtailor-mail.com")),
        ("Reply-To", "Elin Sandberg <elin.sandberg@saltsjo.se>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Bekräftelse: intervju för QA Engineer, Payments hos Saltsjö Betalningar")),
        ("Date", date("2026-09-09 14:18:26", "Europe/Stockholm")),
        ("Message-ID", "<tt.c3d5e7f9a1b2.1788956306@teamtailor-mail.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, cte="base64", filename="intervju.ics", disposition="attachment"),
    ))


@M(11, family="erecruiter", lang="pl", interview=True, kind="scheduled", company="Wawel Fintech sp. z o.o.",
   start="2026-04-14T08:00:00Z", end=None, contact="katarzyna.zielinska@wawelfintech.pl",
   local="Tue 2026-04-14 10:00", zone="Europe/Warsaw",
   note="eRecruiter invitation in Polish (iso-8859-2, QP): '14 kwietnia 2026 r. (wtorek), godz. 10:00', online -> Warsaw CEST -> 08:00Z; 'około godziny' is approximate -> end null. Sender is the platform's notification address; contact = HR person's address in the body. Thread: the application receipt from Wawel Fintech is in this set.")
def erecruiter_invite() -> bytes:
    body = t("""
        Szanowna Pani Julio,

        dziękujemy za aplikację na stanowisko Inżynier QA (Automatyzacja) w Wawel Fintech.
        Z przyjemnością zapraszamy Panią na rozmowę rekrutacyjną.

        Termin:         14 kwietnia 2026 r. (wtorek), godz. 10:00
        Forma:          spotkanie online (Microsoft Teams) - link prześlemy dzień wcześniej
        Czas trwania:   około godziny
        Uczestnicy:     Katarzyna Zielińska (HR Business Partner),
                        Tomasz Nowicki (QA Manager)

        Część techniczna rozmowy odbędzie się w języku angielskim.

        Prosimy o potwierdzenie obecności w odpowiedzi na tę wiadomość lub bezpośrednio
        na adres katarzyna.zielinska@wawelfintech.pl.

        Z poważaniem
        Zespół Rekrutacji
        Wawel Fintech sp. z o.o.
        ul. Kamieńskiego 47, 30-644 Kraków

        --
        Wiadomość wysłana za pośrednictwem systemu eRecruiter.
    """)
    headers = [
        rcv("smtp3.erecruiter.pl", "91.197.12.83", "2026-04-08 12:05:44", "Europe/Warsaw", "4fP2nB7dGsz0"),
        ("From", "Wawel Fintech <powiadomienia@erecruiter.pl>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Zaproszenie na rozmowę rekrutacyjną - Inżynier QA (Automatyzacja)", "iso-8859-2")),
        ("Date", date("2026-04-08 12:05:44", "Europe/Warsaw")),
        ("Message-ID", "<20260408100544.31877.erec@smtp3.erecruiter.pl>"),
    ]
    return message(headers, text(body, charset="iso-8859-2"))


@M(12, family="calendly", lang="en", interview=True, kind="scheduled", company="Kestrel Analytics",
   start="2026-01-21T13:30:00Z", end="2026-01-21T14:00:00Z", contact="priya.nair@kestrelanalytics.co.uk",
   local="Wed 2026-01-21 14:30", local_end="2026-01-21 15:00", zone="Europe/Berlin",
   note="Calendly invitee confirmation: '02:30pm - 03:00pm (Central European Time), Wednesday, January 21, 2026' -> 13:30Z-14:00Z (London host: 1:30pm GMT). ICS in UTC agrees. Contact = human Reply-To host. Thread: the Calendly link mail from Priya (negative) precedes it.")
def calendly_invite() -> bytes:
    body = t("""
        Hi Julia Nowak,

        Your Technical Screen (QA) with Priya Nair at 02:30pm (Central European Time) on
        Wednesday, January 21, 2026 is scheduled.

        Event Type:
        Technical Screen (QA)

        Event Date/Time:
        02:30pm - 03:00pm (Central European Time), Wednesday, January 21, 2026

        Location:
        This is a Microsoft Teams web conference. A link will be sent to you by email.

        Invitee Time Zone:
        Central European Time

        Questions:
        Please share anything that will help prepare for our meeting.
        I have mostly worked with Playwright and REST Assured; happy to talk about both.

        View event in Calendly: https://calendly.com/events/f3a7c2e1-0b9d-4d5e-8a61-2c7e9b1d4f08

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/f3a7c2e1-0b9d-4d5e-8a61-2c7e9b1d4f08
        Reschedule: https://calendly.com/reschedulings/f3a7c2e1-0b9d-4d5e-8a61-2c7e9b1d4f08

        Powered by Calendly.com
    """)
    body_html = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Julia Nowak,</p>
        <p>Your <b>Technical Screen (QA)</b> with <b>Priya Nair</b> at <b>02:30pm (Central European Time)</b> on <b>Wednesday, January 21, 2026</b> is scheduled.</p>
        <p><b>Event Type:</b><br>Technical Screen (QA)</p>
        <p><b>Event Date/Time:</b><br>02:30pm - 03:00pm (Central European Time), Wednesday, January 21, 2026</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference. A link will be sent to you by email.</p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>I have mostly worked with Playwright and REST Assured; happy to talk about both.</p>
        <p><a href="https://calendly.com/events/f3a7c2e1-0b9d-4d5e-8a61-2c7e9b1d4f08">View event in Calendly</a></p>
        <p>Need to make changes to this event?<br><a href="https://calendly.com/cancellations/f3a7c2e1-0b9d-4d5e-8a61-2c7e9b1d4f08">Cancel</a> &nbsp; <a href="https://calendly.com/reschedulings/f3a7c2e1-0b9d-4d5e-8a61-2c7e9b1d4f08">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
    """)
    ics = vcal("-//Calendly//Calendly Scheduling//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:f3a7c2e1-0b9d-4d5e-8a61-2c7e9b1d4f08@calendly.com
        DTSTAMP:20260113T172214Z
        DTSTART:20260121T133000Z
        DTEND:20260121T140000Z
        SUMMARY:Technical Screen (QA) between Priya Nair and Julia Nowak
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Priya Nair:mailto:priya.nair@kestrelanalytics.co.uk
        ATTENDEE;CN=Julia Nowak;RSVP=TRUE;PARTSTAT=ACCEPTED:mailto:julia.nowak@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """)
    headers = [
        rcv("o1.email.calendly.com", "149.72.123.24", "2026-01-13 17:22:14", "UTC", "4dNq7yT2mBz3"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Priya Nair <priya.nair@kestrelanalytics.co.uk>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "Confirmed: Technical Screen (QA) with Priya Nair on Wednesday, January 21, 2026"),
        ("Date", date("2026-01-13 17:22:14", "UTC")),
        ("Message-ID", "<calendly.invitee.6b1d8f3e2c@calendly.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html)),
        calendar(ics, filename="invite.ics", disposition="attachment", ctype="application/ics", method=None),
    ))


@M(13, family="exchange", lang="de", interview=True, kind="scheduled", company="Isarblick Versicherung AG",
   start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z", contact="florian.gruber@isarblick.de",
   local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/Berlin",
   note="Outlook/Exchange meeting request, German UI ('Wann: Montag, 26. Oktober 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien'), ICS with TZID 'W. Europe Standard Time'. Sent 21 October in CEST; the interview is the day after the 25 October change, so CET -> 09:00Z-10:00Z. Contact = human sender and ORGANIZER. Thread: the recruiter's out-of-office reply is in this set.")
def exchange_de_invite() -> bytes:
    body = t("""
        Wann: Montag, 26. Oktober 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        Hallo Frau Nowak,

        wie heute am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu unserem
        Vorstellungsgespräch für die Position Senior QA Engineer. Von Fachseite ist Frau
        Dr. Ulrike Sommer (Teamleitung Testmanagement) dabei.

        Viele Grüße
        Florian Gruber

        Florian Gruber
        Recruiting & Employer Branding
        Isarblick Versicherung AG | Arnulfstraße 199 | 80634 München
        Tel. +49 89 41 22 73-118 | florian.gruber@isarblick.de

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk5MjQ2YzEtMDNl@thread.v2/0>
        Besprechungs-ID: 364 918 220 517
        Kennung: Xy7pQ2
        Teams herunterladen <https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten <https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen <https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
    """)
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hallo Frau Nowak,<o:p></o:p></p>
        <p class="MsoNormal">wie heute am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu unserem Vorstellungsgespräch für die Position Senior QA Engineer. Von Fachseite ist Frau Dr. Ulrike Sommer (Teamleitung Testmanagement) dabei.<o:p></o:p></p>
        <p class="MsoNormal">Viele Grüße<br>Florian Gruber<o:p></o:p></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#5A5A5A">Florian Gruber<br>Recruiting &amp; Employer Branding<br>Isarblick Versicherung AG | Arnulfstraße 199 | 80634 München<br>Tel. +49 89 41 22 73-118 | florian.gruber@isarblick.de</span><o:p></o:p></p>
        <div style="margin-top:24px;margin-bottom:24px"><span style="color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:18pt;font-family:'Segoe UI'">Microsoft Teams-Besprechung</span></div>
        <div><span style="font-size:10.5pt;font-family:'Segoe UI'">Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk5MjQ2YzEtMDNl@thread.v2/0"><span style="font-size:10.5pt;font-family:'Segoe UI Semibold';color:#6264A7">Klicken Sie hier, um an der Besprechung teilzunehmen</span></a></div>
        <div><span style="font-size:10.5pt;font-family:'Segoe UI'">Besprechungs-ID: 364 918 220 517<br>Kennung: Xy7pQ2</span></div>
        <div><span style="color:#5F5F5F">________________________________________________________________________________</span></div>
        </div></body></html>
    """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Florian Gruber:mailto:florian.gruber@isarblick.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julia Nowak:mailto:julia.nowak@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Ulrike Sommer:mailto:ulrike.sommer@isarblick.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Nowak\\,\\n\\nwie heute am Telefon besprochen\\, sende ich Ihnen hiermit die Einladung zu unserem Vorstellungsgespräch für die Position Senior QA Engineer.\\n
        UID:040000008200E00074C5B7101A82E00800000000B07C5E0E4561DC01000000000000000010000000F1A2B3C4D5E6F708192A3B4C5D6E7F80
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Senior QA Engineer – Julia Nowak
        DTSTART;TZID=W. Europe Standard Time:20261026T100000
        DTEND;TZID=W. Europe Standard Time:20261026T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T143218Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118462911
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:florian.gruber@isarblick.de\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZTk5MjQ2YzEtMDNl-thread.v2
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
    """, tz=make.VTZ["W. Europe Standard Time"], head_first=True)
    headers = [
        rcv("mail-fr2deu01on2105.outbound.protection.outlook.com", "40.107.135.105", "2026-10-21 16:32:18", "Europe/Berlin", "4hY5kC9rFmz2"),
        ("From", "Florian Gruber <florian.gruber@isarblick.de>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", enc("Vorstellungsgespräch Senior QA Engineer – Julia Nowak")),
        ("Date", date("2026-10-21 16:32:18", "Europe/Berlin")),
        ("Message-ID", "<FR2P281MB1712A9C4E0B3D2F1E4A7C6B58D31@FR2P281MB1712.DEUP281.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", enc("Vorstellungsgespräch Senior QA Engineer – Julia Nowak")),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(headers, alt(
        text(body), html(body_html),
        calendar(ics, cte="base64"),
    ))


@M(14, family="human_prose", lang="pl", interview=True, kind="scheduled", company="Bałtyk Software sp. z o.o.",
   start="2026-02-19T09:00:00Z", end=None, contact="agnieszka.kowalczyk@baltyksoftware.pl",
   local="Thu 2026-02-19 10:00", zone="Europe/Warsaw",
   note="Polish recruiter, plain text windows-1250 8bit: 'potwierdzam ... jutro (czwartek) o 10:00'. 'jutro' resolves against the Date (Wed 18 Feb 2026, 08:40 CET) -> Thu 19 Feb, 10:00 Warsaw CET -> 09:00Z. 'ok. 45 minut' approximate -> end null. Contact = human sender.")
def polish_jutro() -> bytes:
    body = t("""
        Dzień dobry Pani Julio,

        dziękuję za wczorajszą rozmowę telefoniczną. Tak jak ustaliłyśmy, potwierdzam nasze
        spotkanie z zespołem jutro (czwartek) o 10:00. Rozmowa odbędzie się przez Google Meet:

        https://meet.google.com/bwq-zmtr-kfa

        Po naszej stronie będą Paweł Lewandowski (Head of QA) i ja. Rozmowa potrwa ok. 45 minut,
        część techniczna – po angielsku, bo Paweł ma w zespole dwie osoby z Indii i tak
        pracujemy na co dzień.

        Gdyby coś się zmieniło, proszę śmiało dzwonić: +48 58 732 41 90.

        Pozdrawiam serdecznie
        Agnieszka Kowalczyk
        Talent Acquisition Specialist
        Bałtyk Software sp. z o.o.
        al. Grunwaldzka 472, 80-309 Gdańsk
    """)
    headers = [
        rcv("mail.baltyksoftware.pl", "195.164.43.12", "2026-02-18 08:40:09", "Europe/Warsaw", "4dTx2vH8nKz6"),
        ("From", addr("Agnieszka Kowalczyk", "agnieszka.kowalczyk@baltyksoftware.pl")),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", enc("Potwierdzenie jutrzejszej rozmowy – Senior QA Engineer", "windows-1250")),
        ("Date", date("2026-02-18 08:40:09", "Europe/Warsaw")),
        ("Message-ID", "<5e1b7c0a-93f2-2d4e-8b6a-1f0c9d2e7a35@baltyksoftware.pl>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "pl"),
    ]
    return message(headers, text(body, charset="windows-1250", cte="8bit", params="format=flowed"))


@M(15, family="forward", lang="fr", interview=True, kind="scheduled", company="Léman Instruments SA",
   start="2026-09-09T12:00:00Z", end=None, contact="claudia.rochat@leman-instruments.ch",
   local="Wed 2026-09-09 14:00", zone="Europe/Zurich",
   note="Forward-to-self (Gmail, German UI) from her old address: a Swiss French HR mail 'mercredi 9 septembre 2026 à 14h00' on site in Lausanne -> CEST -> 12:00Z; 'environ une heure et demie' approximate -> end null. Sender and recipient are the candidate; contact = the HR person in the forwarded 'Von:' line. Forward Date (31 Aug) is 9 days before.")
def forward_lausanne() -> bytes:
    body = t("""
        Notiz an mich: Zug nach Lausanne buchen (ab München ca. 6 Std.), Pass mitnehmen,
        Reisekosten-Belege aufheben!

        ---------- Forwarded message ---------
        Von: Claudia Rochat <claudia.rochat@leman-instruments.ch>
        Date: Mo., 31. Aug. 2026 um 09:12 Uhr
        Subject: Entretien – Ingénieure QA Logiciel
        To: <julia.nowak@example.net>


        Madame,

        Suite à notre échange téléphonique de vendredi, nous avons le plaisir de vous confirmer
        votre entretien pour le poste d'Ingénieure QA Logiciel (CDI, 100 %) :

        mercredi 9 septembre 2026 à 14h00
        dans nos locaux : Avenue de Rhodanie 58, 1007 Lausanne (réception au rez-de-chaussée)

        Vous rencontrerez M. Olivier Favre, responsable Qualité Logiciel, ainsi que moi-même.
        L'entretien durera environ une heure et demie et comprendra une courte étude de cas.

        Vos frais de déplacement vous seront remboursés sur présentation des justificatifs.

        Nous nous réjouissons de faire votre connaissance.

        Meilleures salutations

        Claudia Rochat
        Spécialiste Ressources Humaines
        Léman Instruments SA
        Avenue de Rhodanie 58 | CH-1007 Lausanne
        +41 21 613 48 20
    """)
    headers = [
        rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-08-31 19:47:33", "Europe/Berlin", "4hA0eL6sWpz9"),
        ("From", "Julia Nowak <julia.nowak@example.net>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Fwd: Entretien – Ingénieure QA Logiciel")),
        ("Date", date("2026-08-31 19:47:33", "Europe/Berlin")),
        ("Message-ID", "<CAH8sKx4pQ0r7vYt2Lm9nB3wZ1fE6dU5cA8gJ0kT4hX2yR7sPvQ@mail.gmail.com>"),
        ("In-Reply-To", "<GV0P278MB0841E3D2C1B0A9F8E7D6@GV0P278MB0841.CHEP278.PROD.OUTLOOK.COM>"),
        ("References", "<GV0P278MB0841E3D2C1B0A9F8E7D6@GV0P278MB0841.CHEP278.PROD.OUTLOOK.COM>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@M(16, family="recruitee", lang="cs", interview=True, kind="scheduled", company="Vltavská Data s.r.o.",
   start="2026-06-12T08:00:00Z", end="2026-06-12T09:00:00Z", contact="tereza.dvorakova@vltavskadata.cz",
   local="Fri 2026-06-12 10:00", local_end="2026-06-12 11:00", zone="Europe/Prague",
   note="Recruitee invitation in Czech (iso-8859-2, QP): 'pátek 12. června 2026, 10:00–11:00 (SELČ, pražský čas)' on Teams -> 08:00Z-09:00Z. Contact = human Reply-To.")
def recruitee_cs() -> bytes:
    body = t("""
        Dobrý den, Julie,

        děkujeme za Váš zájem o pozici QA Engineer (automatizace testů) ve společnosti
        Vltavská Data. Rádi bychom Vás pozvali na pohovor:

        Datum:  pátek 12. června 2026
        Čas:    10:00-11:00 (SELČ, pražský čas - stejný jako v Mnichově)
        Místo:  online přes Microsoft Teams (odkaz níže)
        S kým:  Tereza Dvořáková (HR) a Ondřej Svoboda (vedoucí testování)

        Pohovor povedeme česky a anglicky, jak Vám to bude příjemnější.

        Připojit se ke schůzce Teams:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ1ZGE3NzAtOTk2@thread.v2/0

        Pokud Vám termín nevyhovuje, odpovězte prosím na tento e-mail.

        S pozdravem
        Tereza Dvořáková
        HR Business Partner
        Vltavská Data s.r.o., Karolinská 654/2, 186 00 Praha 8

        Odesláno přes Recruitee
    """)
    headers = [
        rcv("mail-eu.recruitee.com", "52.58.91.207", "2026-06-05 11:40:57", "Europe/Prague", "4gK3tN5wBvz7"),
        ("From", addr("Vltavská Data s.r.o.", "no-reply@mail.recruitee.com", "iso-8859-2")),
        ("Reply-To", addr("Tereza Dvořáková", "tereza.dvorakova@vltavskadata.cz", "iso-8859-2")),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Pozvánka na pohovor - QA Engineer (automatizace testů)", "iso-8859-2")),
        ("Date", date("2026-06-05 11:40:57", "Europe/Prague")),
        ("Message-ID", "<rt.offer-882104.cand-5519320.a7b3@mail.recruitee.com>"),
    ]
    return message(headers, text(body, charset="iso-8859-2"))


# =========================================================================== positives: rescheduled


@M(17, family="dvinci", lang="de", interview=True, kind="rescheduled", company="Elbkai Logistik AG",
   start="2026-05-08T11:30:00Z", end="2026-05-08T12:30:00Z", contact="kirsten.haase@elbkai-logistik.de",
   local="Fri 2026-05-08 13:30", local_end="2026-05-08 14:30", zone="Europe/Berlin",
   days=(("Wed", "2026-05-06"),),
   note="d.vinci mail (de, Sie, iso-8859-1 QP): the interview on 'Mittwoch, 6. Mai 2026, um 11:00 Uhr' is moved to 'Freitag, 8. Mai 2026, 13:30 bis 14:30 Uhr' (Hamburg, CEST) -> 11:30Z-12:30Z; labelled with the new time. Sender is the ATS address; contact = HR person's address in the body.")
def dvinci_reschedule() -> bytes:
    body = t("""
        Sehr geehrte Frau Nowak,

        leider müssen wir Ihr Vorstellungsgespräch am Mittwoch, 6. Mai 2026, um 11:00 Uhr
        verschieben, da unser Abteilungsleiter Test & Qualität an diesem Tag kurzfristig zu
        einem Kunden nach Rotterdam reisen muss. Wir bitten dafür um Entschuldigung.

        Wir haben Ihr Gespräch daher wie folgt neu angesetzt:

            Freitag, 8. Mai 2026, 13:30 bis 14:30 Uhr
            Elbkai Logistik AG, Am Sandtorkai 41, 20457 Hamburg
            Empfang Haus B, 2. OG

        Ihre Gesprächspartner bleiben unverändert: Herr Sönke Jacobsen (Abteilungsleiter Test &
        Qualität) und Frau Kirsten Haase (Personalreferentin).

        Die Kosten für die Bahnfahrt übernehmen wir wie besprochen. Falls Sie Ihr Ticket
        bereits gebucht hatten, senden Sie uns bitte die Stornobelege zu.

        Sollte Ihnen der neue Termin gar nicht möglich sein, melden Sie sich bitte bei
        Frau Haase: kirsten.haase@elbkai-logistik.de, Tel. 040 3861 55-214.

        Mit freundlichen Grüßen

        Ihr Recruiting-Team
        Elbkai Logistik AG

        ----------------------------------------------------------------
        Elbkai Logistik AG | Am Sandtorkai 41 | 20457 Hamburg
        Vorstand: Dr. Hauke Petersen (Vors.), Maren Ohlsen
        Aufsichtsratsvorsitzender: Jens-Uwe Brandt | HRB 118842, AG Hamburg
        Diese Nachricht wurde automatisch über d.vinci erstellt.
    """)
    headers = [
        rcv("mx-out2.dvinci-mail.com", "88.99.143.21", "2026-05-04 08:55:40", "Europe/Berlin", "4g7Hc2mQzRz4"),
        ("From", "Elbkai Logistik AG <elbkai-logistik@dvinci-mail.com>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", enc("Terminänderung: Ihr Vorstellungsgespräch bei der Elbkai Logistik AG", "iso-8859-1")),
        ("Date", date("2026-05-04 08:55:40", "Europe/Berlin")),
        ("Message-ID", "<dvinci.20260504065540.4471.cand-91822@dvinci-mail.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body, charset="iso-8859-1"))


@M(18, family="google_calendar", lang="pl", interview=True, kind="rescheduled", company="Odra Robotics sp. z o.o.",
   start="2026-05-26T12:00:00Z", end="2026-05-26T13:00:00Z", contact="marek.wojcik@odrarobotics.pl",
   local="Tue 2026-05-26 14:00", local_end="2026-05-26 15:00", zone="Europe/Warsaw",
   days=(("Mon", "2026-05-25"),),
   note="Google Calendar 'Zaktualizowane zaproszenie' in the Polish UI: 'Zmieniono: godzina', new 'wtorek 26 maja 2026 ⋅ 14:00–15:00 (czas środkowoeuropejski letni - Warszawa)', previously Monday 25 May 10:00. -> 12:00Z-13:00Z. ICS SEQUENCE:1 in Europe/Warsaw (inline and as invite.ics) agrees. Contact = ORGANIZER/sender (hiring manager). Thread: the take-home task from Odra precedes it.")
def google_pl_update() -> bytes:
    body = t("""
        To wydarzenie zostało zmienione
        Zmieniono: godzina

        Rozmowa techniczna – QA Engineer (Julia Nowak)
        Przenoszę na wtorek – w poniedziałek robimy release i nie chcę, żebyśmy rozmawiali w biegu. Sorry za zamieszanie! Marek

        Kiedy
        wtorek 26 maja 2026 ⋅ 14:00–15:00 (czas środkowoeuropejski letni - Warszawa)
        Wcześniej: poniedziałek 25 maja 2026 ⋅ 10:00–11:00

        Dołącz przez Google Meet
        meet.google.com/odr-qxtk-wmz

        Dołącz telefonicznie
        (PL) +48 22 104 03 17 PIN: 815 227 094#

        Goście
        Marek Wójcik - organizator
        Zofia Kamińska
        julia.nowak@example.com

        Wyświetl wszystkie szczegóły gościa: https://calendar.google.com/calendar/event?action=VIEW&eid=N2QxbzRlNmx

        Odpowiedz dla julia.nowak@example.com
        Tak: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2QxbzRlNmx&rst=1
        Nie: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2QxbzRlNmx&rst=2
        Może: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2QxbzRlNmx&rst=3

        Zaproszenie z Kalendarza Google: https://calendar.google.com/calendar/

        Otrzymujesz ten e-mail, ponieważ jesteś gościem tego wydarzenia. Aby nie otrzymywać
        aktualizacji tego wydarzenia, odrzuć je. Przekazanie tego zaproszenia dalej może
        umożliwić odbiorcy wysyłanie odpowiedzi do organizatora.
    """)
    body_html = t("""
        <html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px;color:#d93025">To wydarzenie zostało zmienione</div>
        <div style="font-size:12px">Zmieniono: <b>godzina</b></div>
        <h2 style="font-size:20px;font-weight:400;color:#202124">Rozmowa techniczna – QA Engineer (Julia Nowak)</h2>
        <div>Przenoszę na wtorek – w poniedziałek robimy release i nie chcę, żebyśmy rozmawiali w biegu. Sorry za zamieszanie! Marek</div>
        <table cellpadding="0" cellspacing="0" style="margin-top:16px;font-size:14px">
        <tr><td style="color:#70757a;padding-right:16px">Kiedy</td><td>wtorek 26 maja 2026 ⋅ 14:00–15:00 (czas środkowoeuropejski letni - Warszawa)<br><span style="color:#70757a;text-decoration:line-through">poniedziałek 25 maja 2026 ⋅ 10:00–11:00</span></td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Dołącz</td><td><a href="https://meet.google.com/odr-qxtk-wmz">meet.google.com/odr-qxtk-wmz</a></td></tr>
        <tr><td style="color:#70757a;padding-right:16px">Goście</td><td>Marek Wójcik - organizator<br>Zofia Kamińska<br>julia.nowak@example.com</td></tr>
        </table>
        <p style="font-size:12px;color:#70757a">Zaproszenie z <a href="https://calendar.google.com/calendar/">Kalendarza Google</a>. Otrzymujesz ten e-mail, ponieważ jesteś gościem tego wydarzenia.</p>
        </body></html>
    """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Warsaw:20260526T140000
        DTEND;TZID=Europe/Warsaw:20260526T150000
        DTSTAMP:20260522T070341Z
        ORGANIZER;CN=Marek Wójcik:mailto:marek.wojcik@odrarobotics.pl
        UID:7d1o4e6l2kq9b3n0v8s5c1hm2p@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marek Wójcik;X-NUM-GUESTS=0:mailto:marek.wojcik@odrarobotics.pl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zofia Kamińska;X-NUM-GUESTS=0:mailto:zofia.kaminska@odrarobotics.pl
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=julia.nowak@example.com;X-NUM-GUESTS=0:mailto:julia.nowak@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/odr-qxtk-wmz
        CREATED:20260519T151204Z
        DESCRIPTION:Przenoszę na wtorek – w poniedziałek robimy release i nie chcę\\, żebyśmy rozmawiali w biegu. Sorry za zamieszanie! Marek\\n\\nDołącz przez Google Meet: https://meet.google.com/odr-qxtk-wmz
        LAST-MODIFIED:20260522T070341Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Rozmowa techniczna – QA Engineer (Julia Nowak)
        TRANSP:OPAQUE
        END:VEVENT
    """, tz=iana_vtz("Europe/Warsaw"))
    subject = ("Zaktualizowane zaproszenie: Rozmowa techniczna – QA Engineer (Julia Nowak) "
               "@ wt. 26 maj 2026 14:00 - 15:00 (CEST) (julia.nowak@example.com)")
    headers = [
        rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-05-22 07:03:41", "UTC", "4gT9bV1xKcz5"),
        ("From", addr("Marek Wójcik", "marek.wojcik@odrarobotics.pl")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "marek.wojcik@odrarobotics.pl"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc(subject)),
        ("Date", date("2026-05-22 07:03:41", "UTC")),
        ("Message-ID", "<calendar-5b0e8d1f-2a7c-4e39-b6d4-91f3a0c2e7b8@google.com>"),
    ]
    return message(headers, mixed(
        alt(text(body), html(body_html), calendar(ics, cte="base64")),
        calendar(ics, cte="base64", method="REQUEST", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True),
    ))


@M(19, family="human_prose", lang="en", interview=True, kind="rescheduled", company="Cobalt Harbor Health",
   start="2026-11-17T15:00:00Z", end="2026-11-17T16:00:00Z", contact="ravi.subramanian@saffrontalent.in",
   local="Tue 2026-11-17 10:00", local_end="2026-11-17 11:00", zone="America/New_York",
   days=(("Mon", "2026-11-16"), ("Tue", "2026-11-10")),
   note="Indian staffing-agency recruiter (Indian English, Outlook reply on top of his own quoted first mail) rescheduling for a US client (US-remote role): earlier Monday 16 Nov 9:30 AM EST (also in the quoted mail), revised 'Tuesday, 17th November 2026, 10:00 AM – 11:00 AM EST (8:30 PM – 9:30 PM IST / 4:00 PM – 5:00 PM CET)' -> 15:00Z-16:00Z (all three zones agree; US on EST since 1 November). Contact = the agency recruiter (human sender); company = the client.")
def indian_agency_reschedule() -> bytes:
    body = t("""
        Hi Julia,

        Greetings from Saffron Talent Solutions!

        As discussed over WhatsApp, the client has requested to reschedule your 2nd round
        (technical panel) due to a conflict in the panel's calendar. Please find the revised
        schedule below:

        Client:        Cobalt Harbor Health (Boston, MA)
        Position:      Senior QA Engineer - Remote (EU time zones)
        Earlier slot:  Monday, 16th November 2026, 9:30 AM EST (3:30 PM CET)
        Revised slot:  Tuesday, 17th November 2026, 10:00 AM – 11:00 AM EST
                       (8:30 PM – 9:30 PM IST / 4:00 PM – 5:00 PM CET)
        Duration:      1 hour
        Panel:         Mr. Greg Halvorsen (Director, Quality Engineering)
                       Ms. Tanya Moore (Sr. SDET)
        Mode:          Zoom video call - kindly keep your camera on throughout the interview.

        PFB the Zoom details:

        Join Zoom Meeting
        https://cobaltharbor.zoom.us/j/84129377016?pwd=Qm5ZcW1hV2xvT3RjSXpYdz09
        Meeting ID: 841 2937 7016
        Passcode: 552190

        Kindly acknowledge this mail at the earliest and do let me know in case of any concerns.
        Please join 5 minutes before the scheduled time.

        Thanks & Regards,
        Ravi Subramanian
        Senior Technical Recruiter – US Staffing
        Saffron Talent Solutions Pvt. Ltd.
        4th Floor, Prestige Tech Park, Outer Ring Road, Bengaluru – 560103
        M: +91 98450 31277 | ravi.subramanian@saffrontalent.in

        From: Ravi Subramanian <ravi.subramanian@saffrontalent.in>
        Sent: Tuesday, November 10, 2026 4:12 PM
        To: Julia Nowak <julia.nowak@example.com>
        Subject: Interview Scheduled || Senior QA Engineer (Remote) || Cobalt Harbor Health

        Hi Julia,

        Congratulations! You have cleared the 1st round with Cobalt Harbor Health.

        Your 2nd round (technical panel) is scheduled on Monday, 16th November 2026 at
        9:30 AM EST (3:30 PM CET). Zoom details will be shared shortly.

        Kindly be prepared on Selenium/Playwright framework design, API testing and CI/CD.

        Thanks & Regards,
        Ravi Subramanian
    """)
    headers = [
        rcv("mail-sg2apc01on2112.outbound.protection.outlook.com", "40.107.215.112", "2026-11-13 18:45:02", "Asia/Kolkata", "4jC8wR3pNdz1"),
        ("From", "Ravi Subramanian <ravi.subramanian@saffrontalent.in>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "RE: Interview Rescheduled || Senior QA Engineer (Remote) || Cobalt Harbor Health"),
        ("Date", date("2026-11-13 18:45:02", "Asia/Kolkata")),
        ("Message-ID", "<SG2PR04MB5873C1A9D02E7B44F6D8A21C8F12@SG2PR04MB5873.apcprd04.prod.outlook.com>"),
        ("Thread-Topic", "Interview Rescheduled || Senior QA Engineer (Remote) || Cobalt Harbor Health"),
        ("Importance", "high"),
        ("X-Priority", "1"),
    ]
    return message(headers, text(body))


@M(20, family="human_prose", lang="de", interview=True, kind="rescheduled", company="Hopfenwerk Digital GmbH",
   start="2026-06-23T12:30:00Z", end=None, contact="felix.brandl@hopfenwerk.de",
   local="Tue 2026-06-23 14:30", zone="Europe/Berlin",
   days=(("Tue", "2026-06-23"), ("Sun", "2026-06-21"), ("Thu", "2026-06-18")),
   note="Team lead's reply (informal 'du') on top of a quoted thread: his earlier 'Dienstag, 23.6., um 10 Uhr' and her request to move; reply 'dann machen wir morgen 14:30 Uhr statt 10 Uhr'. 'morgen' resolves against the Date (Mon 22 Jun) -> Tue 23 Jun 14:30 CEST -> 12:30Z. 'ungefähr 1,5 Stunden' (quoted) is approximate -> end null. Contact = human sender.")
def german_du_reply() -> bytes:
    body = t("""
        Hi Julia,

        klar, gar kein Problem – dann machen wir morgen 14:30 Uhr statt 10 Uhr. Den
        Kalendereintrag hab ich bei uns schon angepasst, Tobi aus dem Team ist auch um halb drei
        dabei.

        Adresse bleibt gleich: Tumblingerstraße 23, Hinterhof, 3. Stock – einfach bei Hopfenwerk
        klingeln.

        Bis morgen!
        Felix

        Am So., 21. Juni 2026 um 20:14 Uhr schrieb Julia Nowak <julia.nowak@example.com>:
        > Hallo Felix,
        >
        > kurze Frage zu Dienstag: Bei mir ist um 10 Uhr leider ein Release-Termin reingerutscht,
        > den ich nicht verschieben kann. Wäre es möglich, dass wir uns am Nachmittag treffen,
        > z. B. um 14:30?
        >
        > Viele Grüße
        > Julia
        >
        > Am Do., 18. Juni 2026 um 17:02 Uhr schrieb Felix Brandl <felix.brandl@hopfenwerk.de>:
        >> Hi Julia,
        >>
        >> schön, dass es zeitlich klappt! Dann sehen wir uns am Dienstag, 23.6., um 10 Uhr bei
        >> uns im Büro. Plan ungefähr 1,5 Stunden ein – erst ein bisschen Kennenlernen, dann
        >> schauen wir gemeinsam auf unsere Testautomatisierung (Cypress, ein bisschen k6).
        >>
        >> Liebe Grüße
        >> Felix
        >>
        >> --
        >> Felix Brandl
        >> Team Lead Quality Engineering
        >> Hopfenwerk Digital GmbH · Tumblingerstraße 23 · 80337 München
    """)
    headers = [
        rcv("mail-wr1-f52.google.com", "209.85.221.52", "2026-06-22 11:05:47", "Europe/Berlin", "4gW4sF7jHmz8"),
        ("From", "Felix Brandl <felix.brandl@hopfenwerk.de>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "Re: Kennenlernen bei Hopfenwerk"),
        ("Date", date("2026-06-22 11:05:47", "Europe/Berlin")),
        ("Message-ID", "<CAF3vR9m0kQ+Lx2bN7cT1pW8sZ4yE6hU3dG5jA0qK9rV2nM8fXw@mail.gmail.com>"),
        ("In-Reply-To", "<d2e4a6c8-1b3f-4a5d-9e7c-0f2a4b6c8d1e@example.com>"),
        ("References", "<CAF3vR9kP2xL7qN0mB4cT9wE1sZ6yH3dU8gJ5aK2rV0nM7fXq@mail.gmail.com> <d2e4a6c8-1b3f-4a5d-9e7c-0f2a4b6c8d1e@example.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


# =========================================================================== positives: cancelled


@M(21, family="lever", lang="en", interview=True, kind="cancelled", company="Fenwick & Rye",
   start="2026-10-14T14:00:00Z", end="2026-10-14T14:45:00Z", contact="hannah.okafor@fenwickrye.co.uk",
   local="Wed 2026-10-14 15:00", local_end="2026-10-14 15:45", zone="Europe/London",
   note="Lever cancellation (UK English) with METHOD:CANCEL ICS in UTC: 'Wednesday, 14 October 2026, 15:00 – 15:45 BST (16:00 – 16:45 your time)' -> 14:00Z-14:45Z, the cancelled slot; a range is stated so end is set. New times only promised. Contact = Reply-To recruiter.")
def lever_cancel() -> bytes:
    body = t("""
        Hi Julia,

        Unfortunately we need to cancel your upcoming interview for QA Engineer (Payments
        Platform):

            Wednesday, 14 October 2026, 15:00 – 15:45 BST (16:00 – 16:45 your time)
            Interviewer: Callum Price, Engineering Lead

        Callum has been signed off sick for the rest of the week, and rather than hand you over
        to someone who hasn't read your CV, we'd like to rebook with him. I'll be in touch in the
        next few days with some new options – apologies for the short notice.

        Best wishes,
        Hannah Okafor
        Talent Partner, Fenwick & Rye
        12 Finsbury Square, London EC2A 1AS
    """)
    ics = vcal("-//Lever//Lever Hire//EN", "CANCEL", """
        BEGIN:VEVENT
        UID:lever-interview-9f2c1b7a-44e0-4d51-a3b8-5c7e2d0f9a61@hire.lever.co
        DTSTAMP:20261012T091409Z
        DTSTART:20261014T140000Z
        DTEND:20261014T144500Z
        SUMMARY:Interview: Julia Nowak – QA Engineer (Payments Platform)
        ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@fenwickrye.co.uk
        ATTENDEE;CN=Julia Nowak:mailto:julia.nowak@example.com
        STATUS:CANCELLED
        SEQUENCE:1
        END:VEVENT
    """)
    headers = [
        rcv("mail-out.hire.lever.co", "3.121.48.77", "2026-10-12 10:14:09", "Europe/London", "4hT2gD6nLsz0"),
        ("From", "Fenwick & Rye <no-reply@hire.lever.co>"),
        ("Reply-To", "Hannah Okafor <hannah.okafor@fenwickrye.co.uk>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", "Cancelled: your interview with Fenwick & Rye on Wednesday 14 October"),
        ("Date", date("2026-10-12 10:14:09", "Europe/London")),
        ("Message-ID", "<lever.notif.e7a1c3f5b9d2@hire.lever.co>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment"),
    ))


@M(22, family="microsoft_bookings", lang="en", interview=True, kind="cancelled", company="Nordlys Energi A/S",
   start="2026-08-21T08:00:00Z", end="2026-08-21T08:45:00Z", contact=None,
   local="Fri 2026-08-21 10:00", local_end="2026-08-21 10:45", zone="Europe/Copenhagen",
   note="Microsoft Bookings cancellation with METHOD:CANCEL ICS (TZID 'Romance Standard Time'). The body shows 'Friday, August 21, 2026 10:00 AM - 10:45 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris' — Bookings' standard-offset label; in August Copenhagen is on CEST -> 08:00Z-08:45Z, as the ICS confirms. Sender and ORGANIZER are the Bookings mailbox; the staff member is named without an address -> contact null.")
def bookings_cancel() -> bytes:
    body = t("""
        Your booking has been cancelled

        Hi Julia Nowak,

        Your booking with Nordlys Energi Recruitment has been cancelled.

        Service:        QA Engineer (Grid Software) – first interview
        Date and time:  Friday, August 21, 2026 10:00 AM - 10:45 AM
                        (UTC+01:00) Brussels, Copenhagen, Madrid, Paris
        Staff:          Rasmus Holm

        Message from Nordlys Energi Recruitment:
        We are sorry to let you know that the position has been filled internally, so we are
        cancelling all remaining first interviews for this role. Thank you for your interest in
        Nordlys Energi.

        Nordlys Energi Recruitment
        Kalvebod Brygge 45, 1560 København V
    """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:22px;font-weight:600;color:#a4262c;margin-bottom:12px">Your booking has been cancelled</div>
        <p>Hi Julia Nowak,</p>
        <p>Your booking with <b>Nordlys Energi Recruitment</b> has been cancelled.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Service</td><td>QA Engineer (Grid Software) &ndash; first interview</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Friday, August 21, 2026 10:00 AM - 10:45 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Rasmus Holm</td></tr>
        </table>
        <p><b>Message from Nordlys Energi Recruitment:</b><br>We are sorry to let you know that the position has been filled internally, so we are cancelling all remaining first interviews for this role. Thank you for your interest in Nordlys Energi.</p>
        <p style="color:#605e5c;font-size:12px">Nordlys Energi Recruitment<br>Kalvebod Brygge 45, 1560 København V</p>
        <p style="color:#a19f9d;font-size:11px">Powered by Microsoft Bookings</p>
        </body></html>
    """)
    ics = vcal("Microsoft Exchange Server 2010", "CANCEL", """
        BEGIN:VEVENT
        ORGANIZER;CN=Nordlys Energi Recruitment:mailto:NordlysEnergiRecruitment@nordlysenergi.dk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Julia Nowak:mailto:julia.nowak@example.com
        DESCRIPTION;LANGUAGE=en-US:QA Engineer (Grid Software) – first interview with Rasmus Holm\\n
        UID:040000008200E00074C5B7101A82E008000000004A1D2B7C9F26DC01000000000000000010000000A8B7C6D5E4F3021324354657687980
        SUMMARY;LANGUAGE=en-US:Canceled: QA Engineer (Grid Software) – first interview
        DTSTART;TZID=Romance Standard Time:20260821T100000
        DTEND;TZID=Romance Standard Time:20260821T104500
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260813T120217Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
    """, tz=windows_vtz("Romance Standard Time"), head_first=True)
    headers = [
        rcv("mail-db8eur05on2090.outbound.protection.outlook.com", "40.107.20.90", "2026-08-13 12:02:17", "UTC", "4h8Zq1fNwTz3"),
        ("From", "Nordlys Energi Recruitment <NordlysEnergiRecruitment@nordlysenergi.dk>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "Cancelled: QA Engineer (Grid Software) - first interview with Nordlys Energi"),
        ("Date", date("2026-08-13 12:02:17", "UTC")),
        ("Message-ID", "<DB8PR06MB6348B2E91C0D4F7A3E5B9C02A1F7@DB8PR06MB6348.eurprd06.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "True"),
    ]
    return message(headers, alt(text(body), html(body_html), calendar(ics, method="CANCEL", cte="base64")))


@M(23, family="human_prose", lang="en", interview=True, kind="cancelled", company="Näsi Systems Oy",
   start="2026-10-08T10:00:00Z", end=None, contact="mikko.lehtonen@nasisystems.fi",
   local="Thu 2026-10-08 13:00", zone="Europe/Helsinki",
   note="Finnish hiring manager (Nordic English, no ICS) cancels 'our interview on Thursday 8.10. at 13.00 Finnish time (12.00 in Germany)' because of a hiring freeze -> EEST -> 10:00Z, the cancelled slot; no length -> end null. Contact = human sender.")
def finnish_cancel() -> bytes:
    body = t("""
        Hei Julia,

        I'm sorry to write this so close to the date, but we have to cancel our interview on
        Thursday 8.10. at 13.00 Finnish time (12.00 in Germany).

        On Friday our management decided to freeze all new hires for the rest of the year, and
        unfortunately this includes the Test Automation Engineer position. I know you had already
        prepared the small exercise for the session, and I am really sorry about that.

        I enjoyed our first call a lot and I think you would have been a good fit for the team.
        If the situation changes in the spring, I'd be happy to contact you again – if that is
        ok for you.

        Ystävällisin terveisin / Best regards,
        Mikko Lehtonen
        Head of Quality Engineering
        Näsi Systems Oy
        Hatanpään valtatie 24, 33100 Tampere
        +358 40 718 2264
    """)
    headers = [
        rcv("mail.nasisystems.fi", "85.76.33.140", "2026-10-05 15:20:38", "Europe/Helsinki", "4hQ1wN8kCpz6"),
        ("From", addr("Mikko Lehtonen", "mikko.lehtonen@nasisystems.fi")),
        ("To", "julia.nowak@example.com"),
        ("Subject", "Interview on Thursday 8.10. - cancelled"),
        ("Date", date("2026-10-05 15:20:38", "Europe/Helsinki")),
        ("Message-ID", "<HE1P189MB04226F0D8A3C1B2E7D4F9A61@HE1P189MB0422.EURP189.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ]
    return message(headers, text(body, cte="8bit"))


# =========================================================================== negatives


@M(24, family="application_ack", lang="de", interview=False, company="Nordhang Mobility GmbH",
   note="Personio application receipt (Eingangsbestätigung); 'zu einem persönlichen Gespräch einladen' is only a possibility, no time. First mail of the Nordhang thread.")
def personio_receipt() -> bytes:
    body = t("""
        Hallo Frau Nowak,

        vielen Dank für Ihre Bewerbung als Senior QA Engineer (m/w/d) bei Nordhang Mobility!

        Wir haben Ihre Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.
        Spätestens in zwei Wochen hören Sie von uns. Wenn Ihr Profil zu unseren Anforderungen
        passt, laden wir Sie gerne zu einem ersten Telefonat und anschließend zu einem
        persönlichen Gespräch ein.

        Den Status Ihrer Bewerbung können Sie jederzeit hier einsehen:
        https://nordhang-mobility.jobs.personio.de/application/status/8c21f7d0

        Viele Grüße
        Ihr People & Culture Team
        Nordhang Mobility GmbH

        --
        Diese E-Mail wurde automatisch über Personio versendet. Informationen zum Datenschutz:
        https://nordhang-mobility.jobs.personio.de/privacy-policy
    """)
    headers = [
        rcv("mail-eu1.personio.de", "185.68.12.41", "2026-01-26 18:03:51", "Europe/Berlin", "4dQ3pZ0kLwz2"),
        ("From", "Nordhang Mobility GmbH <noreply@personio.de>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", "Ihre Bewerbung bei Nordhang Mobility GmbH"),
        ("Date", date("2026-01-26 18:03:51", "Europe/Berlin")),
        ("Message-ID", "<0102019bfb1c0e7d-51a2c3d4-8e9f-4a0b-b1c2-d3e4f5a6b7c8-000000@eu-central-1.amazonses.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body))


@M(25, family="rejection", lang="de", interview=False, company="Nordhang Mobility GmbH",
   days=(("Thu", "2026-02-12"),),
   note="Rejection after the 12 February interview (Personio, Reply-To the recruiter); mentions the past interview date only.")
def personio_rejection() -> bytes:
    body = t("""
        Sehr geehrte Frau Nowak,

        herzlichen Dank für das angenehme Gespräch am Donnerstag, 12. Februar, und für die Zeit,
        die Sie sich für uns genommen haben.

        Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns jedoch für
        eine Kandidatin entschieden, die etwas mehr Erfahrung mit Hardware-in-the-Loop-Tests
        mitbringt, die für unser aktuelles Projekt entscheidend sind.

        Ihr Profil hat uns trotzdem sehr gut gefallen. Wenn Sie einverstanden sind, würden wir
        Ihre Unterlagen gerne für zwölf Monate in unserem Talent-Pool behalten – dafür müssen Sie
        nichts weiter tun; widersprechen können Sie jederzeit mit einer kurzen Antwort.

        Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen
        Theresa Lindner
        People & Culture, Nordhang Mobility GmbH
    """)
    headers = [
        rcv("mail-eu1.personio.de", "185.68.12.40", "2026-02-19 14:40:12", "Europe/Berlin", "4dV8mK2sRtz4"),
        ("From", "Nordhang Mobility GmbH <noreply@personio.de>"),
        ("Reply-To", "Theresa Lindner <theresa.lindner@nordhang-mobility.de>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", "Ihre Bewerbung als Senior QA Engineer (m/w/d)"),
        ("Date", date("2026-02-19 14:40:12", "Europe/Berlin")),
        ("Message-ID", "<0102019c75e3a1f2-9d8c7b6a-5f4e-4d3c-a2b1-0e9f8d7c6b5a-000000@eu-central-1.amazonses.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body))


@M(26, family="application_ack", lang="pl", interview=False, company="Wawel Fintech sp. z o.o.",
   note="eRecruiter application receipt in Polish (iso-8859-2, base64) with the usual RODO clause; 'skontaktujemy się z wybranymi osobami' promises nothing. First mail of the Wawel Fintech thread.")
def erecruiter_receipt() -> bytes:
    body = t("""
        Dzień dobry,

        dziękujemy za przesłanie aplikacji na stanowisko Inżynier QA (Automatyzacja)
        w Wawel Fintech sp. z o.o. (nr ref. WF/QA/03/2026).

        Potwierdzamy, że Pani zgłoszenie trafiło do naszego systemu rekrutacyjnego. Aplikacje
        analizujemy na bieżąco; skontaktujemy się z wybranymi osobami, aby umówić termin
        rozmowy.

        Status aplikacji może Pani sprawdzić w swoim profilu kandydata:
        https://wawelfintech.erecruiter.pl/Profil.aspx

        Z poważaniem
        Zespół Rekrutacji Wawel Fintech

        Administratorem Pani danych osobowych jest Wawel Fintech sp. z o.o. z siedzibą
        w Krakowie, ul. Kamieńskiego 47, 30-644 Kraków. Dane przetwarzane są w celu
        przeprowadzenia bieżącego procesu rekrutacji. Więcej informacji:
        https://wawelfintech.pl/rodo

        Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
    """).replace("–", "-")
    headers = [
        rcv("smtp2.erecruiter.pl", "91.197.12.82", "2026-03-30 21:14:26", "Europe/Warsaw", "4fL6xV9hDnz3"),
        ("From", "Wawel Fintech <powiadomienia@erecruiter.pl>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Potwierdzenie otrzymania aplikacji - Inżynier QA (Automatyzacja)", "iso-8859-2")),
        ("Date", date("2026-03-30 21:14:26", "Europe/Warsaw")),
        ("Message-ID", "<20260330191426.88120.erec@smtp2.erecruiter.pl>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body, charset="iso-8859-2", cte="base64"))


@M(27, family="rejection", lang="en", interview=False, company="Havnelys ApS",
   note="Greenhouse rejection after the 11 June interview; past date only.")
def greenhouse_rejection() -> bytes:
    body = t("""
        Hi Julia,

        Thank you for taking the time to interview with us on June 11 and for the thoughtful
        questions you asked Anders about our release process.

        After a lot of discussion we have decided to move forward with another candidate whose
        experience with our device lab setup is a closer match for what the team needs right now.
        This was a close decision, and it has nothing to do with the quality of your
        conversation with us.

        We'd love to stay in touch – if a QA role opens on our web team later this year, I'll
        reach out to you directly.

        All the best,
        Mette Kjærgaard
        Talent Partner, Havnelys ApS
    """)
    headers = [
        rcv("mail189-14.suw21.mandrillapp.com", "198.2.189.14", "2026-06-24 16:20:44", "Europe/Copenhagen", "4gS2dR5vLqz7"),
        ("From", "Havnelys <no-reply@greenhouse.io>"),
        ("Reply-To", addr("Mette Kjærgaard", "mette.kjaergaard@havnelys.dk")),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "Your application for QA Engineer, Mobile at Havnelys"),
        ("Date", date("2026-06-24 16:20:44", "Europe/Copenhagen")),
        ("Message-ID", "<20260624142044.1.A93F0C2E7D5B4186@greenhouse.io>"),
    ]
    return message(headers, text(body))


@M(28, family="rejection", lang="pl", interview=False, company="Przystań IT sp. z o.o.",
   note="Traffit rejection in Polish (windows-1250, QP) before any interview.")
def traffit_rejection() -> bytes:
    body = t("""
        Dzień dobry Pani Julio,

        bardzo dziękujemy za zainteresowanie ofertą Senior QA Engineer (Playwright) w Przystań IT
        oraz za czas poświęcony na wypełnienie formularza.

        Po analizie wszystkich zgłoszeń zdecydowaliśmy się zaprosić do kolejnego etapu osoby,
        których doświadczenie najlepiej odpowiada obecnym potrzebom projektu (m.in. testy
        aplikacji mobilnych w sektorze bankowym).

        Pani dane pozostaną w naszej bazie przez 12 miesięcy, o ile wyraziła Pani na to zgodę.
        Zachęcamy do śledzenia naszych ofert – być może wkrótce pojawi się coś dla Pani.

        Pozdrawiamy serdecznie
        Zespół HR
        Przystań IT sp. z o.o.
        ul. Garbary 95, 61-757 Poznań

        Wiadomość wysłana z systemu TRAFFIT.
    """)
    headers = [
        rcv("mailer.traffit.com", "54.36.149.20", "2026-04-16 09:30:15", "Europe/Warsaw", "4fS9kM1cBgz5"),
        ("From", addr("Przystań IT – Rekrutacja", "no-reply@traffit.com", "windows-1250")),
        ("Reply-To", "rekrutacja@przystan-it.pl"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Dziękujemy za udział w rekrutacji – Senior QA Engineer (Playwright)", "windows-1250")),
        ("Date", date("2026-04-16 09:30:15", "Europe/Warsaw")),
        ("Message-ID", "<traffit.4f81a2c6e0b3@mailer.traffit.com>"),
    ]
    return message(headers, text(body, charset="windows-1250"))


@M(29, family="application_ack", lang="fi", interview=False, company="Aurajoki Medical Oy",
   note="ReachMee application receipt, Finnish with an English translation; says interviews will be arranged later, no time.")
def reachmee_receipt() -> bytes:
    body = t("""
        Hei Julia,

        Kiitos hakemuksestasi tehtävään Ohjelmistotestaaja / Software Test Engineer (Turku).
        Olemme vastaanottaneet hakemuksesi. Haku on auki 13.9.2026 asti, minkä jälkeen
        kutsumme valitut hakijat haastatteluun. Ilmoitamme kaikille hakijoille valinnoista
        sähköpostitse.

        Ystävällisin terveisin
        Aurajoki Medical Oy, HR

        ---

        Hi Julia,

        Thank you for your application for the position Software Test Engineer (Turku). We have
        received your application. The application period is open until 13 September 2026,
        after which we will invite selected candidates to interviews. All applicants will be
        informed of the outcome by email.

        Kind regards,
        Aurajoki Medical Oy, HR

        Tämä on automaattinen viesti, älä vastaa tähän viestiin. / This is an automatic message,
        please do not reply.
    """)
    headers = [
        rcv("smtp-out2.reachmee.com", "185.20.136.44", "2026-08-24 13:05:09", "Europe/Helsinki", "4h9Cq3rTkMz1"),
        ("From", "Aurajoki Medical Oy <noreply@reachmee.com>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", "Kiitos hakemuksestasi / Thank you for your application - Software Test Engineer"),
        ("Date", date("2026-08-24 13:05:09", "Europe/Helsinki")),
        ("Message-ID", "<rm.20260824100509.aurajoki.77311@reachmee.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body))


@M(30, family="job_alert", lang="de", interview=False, company=None,
   note="StepStone job agent digest with 'Schnell-Bewerbung' badges; nothing scheduled.")
def stepstone_alert() -> bytes:
    jobs = [
        ("QA Engineer (m/w/d) Testautomatisierung", "Alpenkamm Robotics GmbH", "München", "Homeoffice möglich"),
        ("Software Tester (w/m/d) Embedded", "Würmtal Elektronik AG", "Gräfelfing", "Schnell-Bewerbung"),
        ("Senior Test Engineer (all genders)", "Ludwigsvorstadt Health GmbH", "München", "Neu"),
        ("Testmanager:in Mobile Apps", "Schwabinger Verlagsgruppe", "München", "Teilweise Homeoffice"),
        ("QA Automation Engineer – Playwright", "Kaltenberg Commerce GmbH", "Remote / München", "Interview in 48 h*"),
    ]
    text_body = "Hallo Julia,\n\nIhr Job-Agent „QA Engineer“ in München (+ 30 km) hat 8 neue Jobs für Sie gefunden:\n\n"
    text_body += "".join(f"{a}\n{b} · {c} · {d}\nhttps://www.stepstone.de/stellenangebote--{i}\n\n" for i, (a, b, c, d) in enumerate(jobs, start=13807721))
    text_body += t("""
        Alle 8 Jobs ansehen: https://www.stepstone.de/jobagent/results/5a0e1c

        * Das Unternehmen meldet sich nach eigenen Angaben innerhalb von 48 Stunden nach Ihrer
        Bewerbung für ein erstes Gespräch.

        Sie erhalten diese E-Mail, weil Sie einen Job-Agenten bei StepStone angelegt haben.
        Job-Agent bearbeiten oder abmelden: https://www.stepstone.de/jobagent/manage
        StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
    """)
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5"><a href="https://www.stepstone.de/stellenangebote--{i}" style="font-size:16px;color:#0c2577;font-weight:bold;text-decoration:none">{a}</a><br>'
        f'<span style="color:#555">{b} · {c}</span><br><span style="background:#eef3ff;color:#0c2577;font-size:12px;padding:2px 6px">{d}</span></td></tr>\n'
        for i, (a, b, c, d) in enumerate(jobs, start=13807721))
    html_body = ('<html><body style="font-family:Arial,sans-serif;background:#f4f4f4"><table width="600" align="center" style="background:#fff;padding:20px">\n'
                 '<tr><td><p>Hallo Julia,</p><p>Ihr Job-Agent <b>„QA Engineer“ in München (+ 30 km)</b> hat <b>8 neue Jobs</b> für Sie gefunden:</p></td></tr>\n'
                 + rows +
                 '<tr><td><p><a href="https://www.stepstone.de/jobagent/results/5a0e1c">Alle 8 Jobs ansehen</a></p>'
                 '<p style="font-size:11px;color:#777">* Das Unternehmen meldet sich nach eigenen Angaben innerhalb von 48 Stunden nach Ihrer Bewerbung für ein erstes Gespräch.<br>'
                 'Sie erhalten diese E-Mail, weil Sie einen Job-Agenten bei StepStone angelegt haben. <a href="https://www.stepstone.de/jobagent/manage">Abmelden</a><br>'
                 'StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf</p></td></tr></table></body></html>\n')
    headers = [
        rcv("mta42.mail.stepstone.de", "194.145.52.42", "2026-02-03 06:12:30", "Europe/Berlin", "4dS0bY4nVrz8"),
        ("From", "StepStone Job-Agent <jobagent@mail.stepstone.de>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("8 neue Jobs für „QA Engineer“ in München")),
        ("Date", date("2026-02-03 06:12:30", "Europe/Berlin")),
        ("Message-ID", "<jobagent.5a0e1c.20260203051230@mail.stepstone.de>"),
        ("List-Unsubscribe", "<https://www.stepstone.de/jobagent/unsubscribe/5a0e1c>, <mailto:unsubscribe-5a0e1c@mail.stepstone.de>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(text_body), html(html_body)))


@M(31, family="job_alert", lang="en", interview=False, company=None,
   note="LinkedIn job alert ('Actively recruiting', 'Be an early applicant'); nothing scheduled.")
def linkedin_alert() -> bytes:
    body = t("""
        Your job alert for Test Automation Engineer in Munich, Bavaria, Germany
        6 new jobs match your preferences.

        Senior Test Automation Engineer
        Glockenbach Payments
        Munich, Bavaria, Germany (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4120938571/

        QA Engineer – Automotive Software
        Allach Mobility Solutions
        Munich, Bavaria, Germany (On-site)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4120977302/

        Test Automation Engineer (Python)
        Nymphenburg Analytics
        Germany (Remote)
        3 connections work here
        View job: https://www.linkedin.com/comm/jobs/view/4121004419/

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1772930115

        ----------------------------------------
        This email was intended for Julia Nowak (QA Engineer | Test Automation | Playwright, Cypress)
        You are receiving Job Alert emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
    """)
    headers = [
        rcv("mail-ed1-f68.linkedin.com", "108.174.0.68", "2026-03-22 07:40:03", "UTC", "4fJ7sQ2mXbz0"),
        ("From", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", enc("“Test Automation Engineer”: 6 new jobs in Munich")),
        ("Date", date("2026-03-22 07:40:03", "UTC")),
        ("Message-ID", "<1893245071.4471285.1774165203118@ltx1-app3319.prod.linkedin.com>"),
        ("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali>"),
    ]
    return message(headers, text(body))


@M(32, family="job_alert", lang="pl", interview=False, company=None,
   note="pracuj.pl offer alert in Polish; 'rekrutacja online' and 'rozmowa przez telefon' are job features, not appointments.")
def pracuj_alert() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;color:#1d1d1b">
        <p>Cześć Julia,</p>
        <p>mamy <b>5 nowych ofert</b> pasujących do Twojego powiadomienia <b>„Tester automatyzujący – praca zdalna”</b>:</p>
        <ul>
        <li><a href="https://www.pracuj.pl/praca/tester-automatyzujacy,oferta,1003918221">Tester automatyzujący (Java/Selenium)</a> – Sudety Software sp. z o.o., praca zdalna<br><small>rekrutacja zdalna · umowa B2B · 18 000–24 000 zł netto</small></li>
        <li><a href="https://www.pracuj.pl/praca/qa-engineer,oferta,1003918460">QA Engineer (Playwright)</a> – Mazurskie Systemy S.A., Warszawa / zdalnie<br><small>rekrutacja zdalna · umowa o pracę</small></li>
        <li><a href="https://www.pracuj.pl/praca/senior-qa,oferta,1003919002">Senior QA Engineer</a> – Rysy Cloud sp. z o.o., Kraków (hybrydowo)<br><small>szybki proces: 1 etap rozmów</small></li>
        </ul>
        <p><a href="https://www.pracuj.pl/powiadomienia/4410382">Zobacz wszystkie oferty</a></p>
        <p style="font-size:11px;color:#777">Otrzymujesz tę wiadomość, ponieważ ustawiłaś powiadomienie o ofertach w Pracuj.pl. <a href="https://www.pracuj.pl/powiadomienia/wypisz/4410382">Wypisz się</a><br>Grupa Pracuj S.A., ul. Prosta 68, 00-838 Warszawa</p>
        </body></html>
    """)
    headers = [
        rcv("mail5.pracuj.pl", "213.189.41.15", "2026-09-17 07:15:00", "Europe/Warsaw", "4hK5cP9xRvz2"),
        ("From", "Pracuj.pl <powiadomienia@pracuj.pl>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Nowe oferty dla Ciebie: Tester automatyzujący – praca zdalna")),
        ("Date", date("2026-09-17 07:15:00", "Europe/Warsaw")),
        ("Message-ID", "<alert.4410382.20260917051500@mail5.pracuj.pl>"),
        ("List-Unsubscribe", "<https://www.pracuj.pl/powiadomienia/wypisz/4410382>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, html(body_html, cte="base64"))


@M(33, family="recruiter_outreach", lang="de", interview=False, company="Talentwerk Süd Personalberatung GmbH",
   note="German headhunter's cold outreach for an unnamed client; asks for a short call 'Donnerstag oder Freitag ab 17 Uhr' without fixing one -> negative; company = the agency (client unnamed).")
def headhunter_de() -> bytes:
    body = t("""
        Sehr geehrte Frau Nowak,

        ich hoffe, Sie verzeihen die direkte Ansprache – Ihr Profil ist mir bei der Suche nach
        einer erfahrenen QA-Persönlichkeit für einen meiner Mandanten aufgefallen.

        Es handelt sich um ein inhabergeführtes Medizintechnik-Unternehmen im Münchner Süden
        (ca. 400 Mitarbeitende), das seine Softwareverifikation neu aufstellt und dafür eine
        Lead QA Engineer (m/w/d) sucht – mit echtem Gestaltungsspielraum, 2–3 Tagen Homeoffice
        und einem Gehaltsrahmen, der sich sehen lassen kann.

        Hätten Sie in den nächsten Tagen Zeit für ein kurzes, vertrauliches Telefonat? Mir würde
        zum Beispiel Donnerstag oder Freitag ab 17 Uhr gut passen – aber ich richte mich gerne
        nach Ihnen.

        Mit besten Grüßen aus Schwabing

        Andreas Vogt
        Senior Consultant IT & Engineering
        Talentwerk Süd Personalberatung GmbH
        Leopoldstraße 31 · 80802 München
        Tel. +49 89 2189 4470 · Mobil +49 171 5538 204
        andreas.vogt@talentwerk-sued.de
    """)
    headers = [
        rcv("mail.talentwerk-sued.de", "217.91.48.112", "2026-07-07 09:48:20", "Europe/Berlin", "4h2Fk7nSpWz6"),
        ("From", "Andreas Vogt <andreas.vogt@talentwerk-sued.de>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Vertraulich: Lead QA Engineer (m/w/d) – Medizintechnik, München-Süd")),
        ("Date", date("2026-07-07 09:48:20", "Europe/Berlin")),
        ("Message-ID", "<000a01dcf0e1$4b7c2d90$e27488b0$@talentwerk-sued.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ]
    return message(headers, text(body))


@M(34, family="recruiter_outreach", lang="en", interview=False, company="Hadley Cross Recruitment",
   note="UK agency outreach: the client 'hoping to interview next week', asks if she is free 'Thursday or Friday' for a chat or to use a Calendly link -> nothing fixed; company = the agency (client unnamed).")
def uk_agency_outreach() -> bytes:
    body = t("""
        Hi Julia,

        Hope you don't mind me reaching out out of the blue!

        I'm working with a Manchester-based health-tech scale-up (Series B, ~120 people) who are
        hiring a Senior QA Engineer to own their test automation strategy. It's fully remote
        within the EU, so Munich is absolutely fine, with a trip to Manchester once a quarter.

        Stack is TypeScript/Playwright, k6 for performance, GitHub Actions. Salary up to
        €85k plus equity.

        They're hoping to interview next week, so things could move quickly. Would you be free
        for a quick 15-minute chat on Thursday or Friday afternoon? If it's easier, just grab a
        slot here: https://calendly.com/sophie-turner-hadleycross/15min

        Cheers,
        Sophie

        Sophie Turner
        Principal Consultant – Quality Engineering
        Hadley Cross Recruitment Ltd
        M: +44 7700 900 418 | sophie.turner@hadleycross.co.uk
    """)
    headers = [
        rcv("mail-am6eur05on2102.outbound.protection.outlook.com", "40.107.22.102", "2026-09-22 14:37:55", "Europe/London", "4hM8vK2cTnz4"),
        ("From", "Sophie Turner <sophie.turner@hadleycross.co.uk>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", "Senior QA Engineer - remote (EU) - health-tech scale-up"),
        ("Date", date("2026-09-22 14:37:55", "Europe/London")),
        ("Message-ID", "<AM6PR10MB2841D7E3F0A1B9C2D4E5F6A7B8C9@AM6PR10MB2841.EURPRD10.PROD.OUTLOOK.COM>"),
    ]
    return message(headers, text(body))


@M(35, family="newsletter_tips", lang="de", interview=False, company=None,
   days=(("Tue", "2026-03-17"),),
   note="Career newsletter, HTML only (QP): interview tips plus a 'Live-Webinar am Dienstag, 17. März, 18 Uhr'; List-Unsubscribe; nothing of hers scheduled.")
def newsletter_de() -> bytes:
    body_html = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>karrierekompass</title></head>
        <body style="margin:0;background:#f6f3ee;font-family:Georgia,serif;color:#222">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="620" cellpadding="20" style="background:#ffffff">
        <tr><td style="font-family:Arial,sans-serif;font-size:12px;color:#888">karrierekompass · Ausgabe 11/2026 · <a href="https://www.karrierekompass.de/nl/web/2026-11">Im Browser ansehen</a></td></tr>
        <tr><td>
        <h1 style="font-size:26px">Vorstellungsgespräch am Montag? Diese 7 Fragen kommen garantiert</h1>
        <p>„Wo sehen Sie sich in fünf Jahren?“ – klingt nach Klischee, wird aber immer noch in fast jedem zweiten Gespräch gestellt. Wir haben mit 40 Recruiterinnen und Recruitern gesprochen und zeigen, welche Fragen 2026 wirklich kommen und wie Sie souverän antworten.</p>
        <p><a href="https://www.karrierekompass.de/artikel/7-fragen-vorstellungsgespraech">Weiterlesen →</a></p>
        <h2 style="font-size:20px">Gehaltsverhandlung: Die ersten 30 Sekunden entscheiden</h2>
        <p>Warum Sie die erste Zahl nennen sollten – und wann lieber nicht.</p>
        <div style="background:#fff4d6;padding:14px;font-family:Arial,sans-serif">
        <b>Live-Webinar: „Das Gespräch nach dem Gespräch“</b><br>
        Dienstag, 17. März, 18 Uhr · kostenlos · mit Karrierecoach Birgit Lanz<br>
        <a href="https://www.karrierekompass.de/webinar/nachfassen">Jetzt Platz sichern</a>
        </div>
        </td></tr>
        <tr><td style="font-family:Arial,sans-serif;font-size:11px;color:#999">Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.de angemeldet haben. <a href="https://www.karrierekompass.de/nl/abmelden?u=8812">Abmelden</a> · karrierekompass Medien GmbH, Hamburg</td></tr>
        </table></td></tr></table></body></html>
    """)
    headers = [
        rcv("mta3.newsletter.karrierekompass.de", "185.129.40.33", "2026-03-15 08:00:00", "Europe/Berlin", "4fD2nW8qJkz9"),
        ("From", "karrierekompass <newsletter@karrierekompass.de>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Vorstellungsgespräch am Montag? Diese 7 Fragen kommen garantiert")),
        ("Date", date("2026-03-15 08:00:00", "Europe/Berlin")),
        ("Message-ID", "<nl-2026-11.8812@newsletter.karrierekompass.de>"),
        ("List-Unsubscribe", "<https://www.karrierekompass.de/nl/abmelden?u=8812>, <mailto:abmelden@newsletter.karrierekompass.de?subject=8812>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", "karrierekompass Newsletter <newsletter.karrierekompass.de>"),
        ("Precedence", "bulk"),
    ]
    return message(headers, html(body_html))


@M(36, family="marketing_webinar", lang="pl", interview=False, company=None,
   days=(("Thu", "2026-03-12"),),
   note="Registration confirmation for a Polish community webinar about job interviews for testers ('czwartek, 12 marca 2026, 18:00') with an ICS; a confirmed time, but a webinar, not her interview.")
def webinar_pl() -> bytes:
    body = t("""
        Cześć Julia!

        Dziękujemy za rejestrację na webinar:

        „Rozmowa rekrutacyjna na testera – pytania, które naprawdę padają”

        Kiedy:      czwartek, 12 marca 2026, 18:00–19:30 (czasu polskiego)
        Gdzie:      online – link do transmisji wyślemy godzinę przed startem
        Prowadzący: Michał Grabowski (QA Lead, 12 lat w branży) i Ewa Sikora (rekruterka IT)

        Będzie symulacja rozmowy na żywo z widzami i sesja Q&A. Wydarzenie dodasz do kalendarza
        z załącznika.

        Do zobaczenia!
        Zespół TesterzyPL Akademia

        Nie chcesz otrzymywać wiadomości o wydarzeniach? https://testerzy-akademia.pl/wypisz?id=55210
    """)
    ics = vcal("-//TesterzyPL Akademia//Wydarzenia//PL", "PUBLISH", """
        BEGIN:VEVENT
        UID:webinar-2026-03-12-rozmowa@testerzy-akademia.pl
        DTSTAMP:20260309T171000Z
        DTSTART;TZID=Europe/Warsaw:20260312T180000
        DTEND;TZID=Europe/Warsaw:20260312T193000
        SUMMARY:Webinar: Rozmowa rekrutacyjna na testera – pytania\\, które naprawdę padają
        LOCATION:Online
        URL:https://testerzy-akademia.pl/webinary/rozmowa-rekrutacyjna
        END:VEVENT
    """, tz=iana_vtz("Europe/Warsaw"))
    headers = [
        rcv("mail.testerzy-akademia.pl", "94.152.10.61", "2026-03-09 18:10:00", "Europe/Warsaw", "4f0Bz6mLkTz1"),
        ("From", "TesterzyPL Akademia <wydarzenia@testerzy-akademia.pl>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Potwierdzenie rejestracji: webinar „Rozmowa rekrutacyjna na testera” – 12 marca, 18:00")),
        ("Date", date("2026-03-09 18:10:00", "Europe/Warsaw")),
        ("Message-ID", "<reg-55210-0312@testerzy-akademia.pl>"),
        ("List-Unsubscribe", "<https://testerzy-akademia.pl/wypisz?id=55210>"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics", disposition="attachment"),
    ))


@M(37, family="scheduling_link", lang="en", interview=False, company="Kestrel Analytics",
   note="Hiring manager sends a Calendly link to self-book a 30-minute screen; no time chosen yet. The booked confirmation follows in this set.")
def kestrel_link() -> bytes:
    body = t("""
        Hi Julia,

        Thanks for applying for the QA Engineer role at Kestrel – your background in API testing
        and the contract-testing work you mentioned caught my eye.

        The next step would be a 30-minute technical screen with me on Teams. Could you pick
        whatever slot suits you best here?

        https://calendly.com/priya-nair-kestrel/technical-screen-qa

        Calendly shows the times in your own time zone, so no need to convert from London time.
        If nothing fits, just reply and I'll open up a few more.

        Best,
        Priya

        Priya Nair
        QA Engineering Manager
        Kestrel Analytics Ltd · 40 Leman Street, London E1 8EU
    """)
    headers = [
        rcv("mail-wm1-f45.google.com", "209.85.128.45", "2026-01-12 15:31:27", "Europe/London", "4dMp6fR1wXz3"),
        ("From", "Priya Nair <priya.nair@kestrelanalytics.co.uk>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "QA Engineer at Kestrel - next step"),
        ("Date", date("2026-01-12 15:31:27", "Europe/London")),
        ("Message-ID", "<CAK7xN2pV0m+Rq3bT8cW1sZ5yF9hU4dE6jA2kL0rV7nM1gXq@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@M(38, family="availability_request", lang="de", interview=False, company="Donaustrom Software GmbH",
   days=(("Mon", "2026-01-12"), ("Tue", "2026-01-13"), ("Wed", "2026-01-14")),
   note="Doodle poll (German UI, 'du') from the Vienna HR manager offering three interview slots; nothing chosen yet. The rexx confirmation for one of the slots follows in this set. Company = the employer running the poll.")
def doodle_poll() -> bytes:
    body = t("""
        Hallo Julia Nowak,

        Lukas Pichler hat dich zu einer Terminumfrage eingeladen:

        Bewerbungsgespräch QA Engineer (w/m/d) – Terminfindung

        Nachricht von Lukas Pichler:
        „Sehr geehrte Frau Nowak, bitte kreuzen Sie alle Termine an, die für Sie möglich wären.
        Die Gespräche finden bei uns im Büro in Wien statt und dauern rund 90 Minuten. Ich
        bestätige Ihnen den fixen Termin dann gesondert per E-Mail. Danke und gutes neues Jahr!“

        Vorgeschlagene Zeiten (MEZ):
        Mo., 12. Jan. 2026   14:00 – 15:30
        Di., 13. Jan. 2026   09:30 – 11:00
        Mi., 14. Jan. 2026   10:00 – 11:30

        Jetzt abstimmen: https://doodle.com/meeting/participate/id/bYq2Lm7e

        Viel Spaß beim Planen!
        Dein Doodle-Team

        Du erhältst diese E-Mail, weil Lukas Pichler (lukas.pichler@donaustrom.at) dich zu einer
        Umfrage eingeladen hat. Doodle AG, Werdstrasse 21, 8021 Zürich
    """)
    headers = [
        rcv("mail-out.doodle.com", "52.208.14.190", "2026-01-02 10:15:40", "UTC", "4dJ0cS8pFkz5"),
        ("From", "Lukas Pichler via Doodle <mailer@doodle.com>"),
        ("Reply-To", "Lukas Pichler <lukas.pichler@donaustrom.at>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Lukas Pichler hat dich zu einer Umfrage eingeladen: Bewerbungsgespräch QA Engineer (w/m/d) – Terminfindung")),
        ("Date", date("2026-01-02 10:15:40", "UTC")),
        ("Message-ID", "<doodle.invite.bYq2Lm7e.0c81@doodle.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body))


@M(39, family="slot_proposal", lang="da", interview=False, company="Fjordlys Software ApS",
   days=(("Tue", "2026-03-03"), ("Wed", "2026-03-04"), ("Fri", "2026-03-06")),
   note="Danish recruiter proposes three interview slots ('tirsdag den 3. marts kl. 10.00', 'onsdag den 4. marts kl. 14.00', 'fredag den 6. marts kl. 9.00') and asks which suits; nothing confirmed.")
def danish_slots() -> bytes:
    body = t("""
        Hej Julia,

        Tak for din ansøgning til stillingen som QA Engineer hos Fjordlys – vi vil rigtig gerne
        tale med dig!

        Kunne et af disse tidspunkter passe dig til en første samtale på Teams (ca. 45 min.)?

          – tirsdag den 3. marts kl. 10.00
          – onsdag den 4. marts kl. 14.00
          – fredag den 6. marts kl. 9.00

        Alle tider er dansk tid, altså det samme som i München. Skriv endelig, hvis ingen af dem
        passer, så finder vi et andet tidspunkt. (And feel free to answer in English – the
        interview itself will be in English anyway.)

        Venlig hilsen
        Sofie Lund
        People & Talent
        Fjordlys Software ApS · Åboulevarden 38 · 8000 Aarhus C
    """)
    headers = [
        rcv("mail-db5eur03on2077.outbound.protection.outlook.com", "40.107.4.77", "2026-02-25 10:12:36", "Europe/Copenhagen", "4dZ3fH0qMvz6"),
        ("From", "Sofie Lund <sofie.lund@fjordlys.dk>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", enc("Samtale – QA Engineer hos Fjordlys")),
        ("Date", date("2026-02-25 10:12:36", "Europe/Copenhagen")),
        ("Message-ID", "<DB5PR07MB9318A4C2E7F01B3D6E9A5C78F241@DB5PR07MB9318.eurprd07.prod.outlook.com>"),
        ("Content-Language", "da-DK"),
    ]
    return message(headers, text(body, cte="8bit"))


@M(40, family="take_home", lang="en", interview=False, company="Odra Robotics sp. z o.o.",
   days=(("Tue", "2026-05-19"),),
   note="Take-home task with a submission deadline ('Tuesday 19 May, 23:59 CEST'); the technical interview is only 'tentatively the week of 25 May'. Thread: the Google Calendar reschedule from Odra is in this set.")
def odra_take_home() -> bytes:
    body = t("""
        Hi Julia,

        Great talking to you on Friday! As promised, here is the take-home part of our process.

        Repo: https://github.com/odra-robotics/qa-take-home (you should have a read-only invite)
        Task: write an automated test suite for the small fleet-status API in the repo – pick
              whatever tools you like; we care more about what you choose to test and why than
              about coverage numbers. Please add a short README with your reasoning.
        Time: it should take 3–4 hours. Please don't spend your whole weekend on it.

        Deadline: Tuesday 19 May, 23:59 CEST – just reply to this email with a link to your fork
        or a zip.

        Once Zofia and I have gone through it, we'll set up the technical interview, where we'd
        talk through your solution together. We're tentatively looking at the week of 25 May.

        Powodzenia!
        Marek

        Marek Wójcik
        Head of QA | Odra Robotics sp. z o.o.
        ul. Legnicka 55F, 54-203 Wrocław
    """)
    headers = [
        rcv("mail-wr1-f49.google.com", "209.85.221.49", "2026-05-11 13:20:18", "Europe/Warsaw", "4gD7hN3vBqz2"),
        ("From", addr("Marek Wójcik", "marek.wojcik@odrarobotics.pl")),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "Odra Robotics - QA take-home task"),
        ("Date", date("2026-05-11 13:20:18", "Europe/Warsaw")),
        ("Message-ID", "<CAN5qM8wT1x+Pb0cR7dV2sY4zG9hE3jU6kA0mL5rW8nQ2fXv@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@M(41, family="one_way_video", lang="de", interview=False, company="Neckarfeld AG",
   days=(("Sun", "2026-03-22"),),
   note="One-way (asynchronous) video interview to record 'bis Sonntag, 22. März 2026, 23:59 Uhr' at any time she chooses; a deadline, no appointment.")
def one_way_video() -> bytes:
    body = t("""
        Guten Tag Frau Nowak,

        vielen Dank für Ihre Bewerbung als Test Engineer Fahrzeugsoftware (m/w/d) bei der
        Neckarfeld AG.

        Als nächsten Schritt laden wir Sie zu einem zeitversetzten Videointerview ein. Sie
        beantworten dabei fünf kurze Fragen per Video – wann und wo es Ihnen passt. Für jede
        Antwort haben Sie bis zu zwei Minuten Zeit und können vorab beliebig oft üben.

        Bitte schließen Sie das Videointerview bis Sonntag, 22. März 2026, 23:59 Uhr ab:
        https://interview.clipwise.de/i/neckarfeld/7Hq2xLm9

        Technische Voraussetzungen: aktueller Browser (Chrome, Edge, Firefox oder Safari),
        Kamera und Mikrofon.

        Bei technischen Fragen hilft Ihnen unser Support unter support@clipwise.de.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Neckarfeld AG

        Diese E-Mail wurde über Clipwise versendet. Bitte antworten Sie nicht auf diese Nachricht.
    """)
    headers = [
        rcv("mail.clipwise.de", "46.4.118.203", "2026-03-16 09:00:12", "Europe/Berlin", "4fF5rB2kXmz7"),
        ("From", "Neckarfeld AG Karriere <no-reply@clipwise.de>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", "Ihr zeitversetztes Videointerview bei der Neckarfeld AG"),
        ("Date", date("2026-03-16 09:00:12", "Europe/Berlin")),
        ("Message-ID", "<cw.inv.7Hq2xLm9.1773648012@clipwise.de>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body))


@M(42, family="offer", lang="en", interview=False, company="Quillmark",
   days=(("Thu", "2026-11-19"),),
   note="Job offer after the November interviews; a signing deadline ('Thursday, November 19') and an open offer to talk, no appointment.")
def quillmark_offer() -> bytes:
    body = t("""
        Hi Julia,

        I'm so happy to be writing this one: on behalf of everyone at Quillmark, I'd like to
        offer you the position of Senior QA Engineer (Remote, EU)!

        Marcus and Rebecca both came out of your interviews raving about your test strategy
        exercise – in Rebecca's words, "the first candidate who asked what we're NOT going to
        test".

        The highlights:
          - Annual base salary: EUR 92,000, paid through our employer-of-record partner in Germany
          - Equity: 6,000 stock options (4-year vesting, 1-year cliff)
          - 30 days of paid vacation plus German public holidays
          - Home-office budget of USD 1,500 and a yearly team offsite
          - Start date: January 11, 2027 (flexible)

        The full offer letter is in DocuSign (separate email). Please review and sign by
        Thursday, November 19. If you have any questions – about the equity, the contract or
        anything else – I'm happy to get on a call; just send me a couple of times that work.

        Welcome (hopefully!) to the team,
        Dana

        Dana Whitfield
        Senior Recruiter, Quillmark
        dana.whitfield@quillmark.com
    """)
    headers = [
        rcv("mail-qt1-f171.google.com", "209.85.160.171", "2026-11-12 14:30:49", "America/New_York", "4jA4mT7wRsz3"),
        ("From", "Dana Whitfield <dana.whitfield@quillmark.com>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", "Offer - Senior QA Engineer (Remote, EU) at Quillmark"),
        ("Date", date("2026-11-12 14:30:49", "America/New_York")),
        ("Message-ID", "<CAJ9pR4xN2m+Vb7cT0dW5sQ1zH8yE3jU6kL2aM9rV4nP7gXt@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@M(43, family="auto_reply", lang="de", interview=False, company="Isarblick Versicherung AG",
   days=(("Fri", "2026-10-23"), ("Mon", "2026-10-26")),
   note="Exchange out-of-office (Abwesenheitsnotiz) from the Isarblick recruiter in reply to her acceptance; 'ab Montag, 26.10.' is his return date (the interview day), not an appointment. Auto-Submitted: auto-replied.")
def isarblick_ooo() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 23.10.2026, nicht im Büro und habe keinen Zugriff auf
        meine E-Mails. Ab Montag, 26.10., bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an recruiting@isarblick.de oder telefonisch an
        +49 89 41 22 73-100.

        Thank you for your message. I am out of the office until Friday, 23 October 2026, and will
        be back on Monday, 26 October. For urgent matters please contact recruiting@isarblick.de.

        Mit freundlichen Grüßen
        Florian Gruber
        Isarblick Versicherung AG
    """)
    headers = [
        rcv("mail-fr2deu01on2093.outbound.protection.outlook.com", "40.107.135.93", "2026-10-22 08:03:11", "Europe/Berlin", "4hZ0bD3sNfz8"),
        ("From", "Florian Gruber <florian.gruber@isarblick.de>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", enc("Automatische Antwort: Vorstellungsgespräch Senior QA Engineer – Julia Nowak")),
        ("Date", date("2026-10-22 08:03:11", "Europe/Berlin")),
        ("Message-ID", "<FR2P281MB17120C3E9A5B7D1F2E8C4A6B9D02@FR2P281MB1712.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<7a3c5e9f-2b4d-4e6a-8c0f-1d3b5a7c9e2f@example.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "florian.gruber@isarblick.de"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, text(body))


@M(44, family="bounce", lang="en", interview=False, company=None,
   note="Postfix bounce (multipart/report): her thank-you note after the Havnelys interview went to a mistyped domain. The returned message only thanks for a past conversation.")
def bounce() -> bytes:
    original = message([
        ("From", "Julia Nowak <julia.nowak@example.com>"),
        ("To", "Anders Bech <anders.bech@havnelys.com>"),
        ("Subject", "Thank you for today's conversation"),
        ("Date", date("2026-06-11 17:52:01", "Europe/Berlin")),
        ("Message-ID", "<4b8d2f6a-9c1e-4a3b-b5d7-e0f2a4c6b8d1@example.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Hi Anders,

        Thank you for taking the time to talk with me today - I really enjoyed the discussion
        about flaky UI tests on your device farm, and the idea of quarantining them per release
        train has stuck with me all afternoon.

        I'm very much looking forward to hearing from you and Mette.

        Best regards,
        Julia
    """), cte="7bit", params="format=flowed"))
    notice = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <anders.bech@havnelys.com>: Host or domain name not found. Name service error
            for name=havnelys.com type=A: Host not found
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4gR7tB2wKxz3
        X-Postfix-Sender: rfc822; julia.nowak@example.com
        Arrival-Date: Thu, 11 Jun 2026 17:52:02 +0200 (CEST)

        Final-Recipient: rfc822; anders.bech@havnelys.com
        Original-Recipient: rfc822;anders.bech@havnelys.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=havnelys.com type=A: Host not found
    """)
    returned = attached_message(original)
    returned.headers.insert(0, ("Content-Description", "Undelivered Message"))
    report = make.multipart(
        "report",
        make.Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                  notice.replace("\n", "\r\n").encode("ascii")),
        make.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  status.replace("\n", "\r\n").encode("ascii")),
        returned,
        params="report-type=delivery-status",
    )
    headers = [
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.com (Mail Delivery System)"),
        ("To", "julia.nowak@example.com"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-06-11 17:52:04", "Europe/Berlin")),
        ("Message-ID", "<20260611155204.5C11A2E0412@mx1.example.com>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(headers, report)


@M(45, family="non_interview_calendar", lang="de", interview=False, company=None,
   note="Exchange meeting request from her current employer (German UI, W. Europe Standard Time): a sprint review, forwarded from her work address. A confirmed time, not a job interview; company null as for the dev set's employer invites.")
def employer_sprint_review() -> bytes:
    body = t("""
        Wann: Donnerstag, 5. März 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum Wiesn (3. OG) / Microsoft Teams-Besprechung

        Hallo zusammen,

        Sprint Review für Sprint 2026-05 – bitte bringt eure Demos mit. Julia, magst du die neuen
        Contract-Tests für den Payment-Service zeigen? 10 Minuten reichen.

        Danke & Grüße
        Katrin

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Klicken Sie hier, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4YzUxZDEtYjQ0@thread.v2/0>
        Besprechungs-ID: 318 227 406 951
        Kennung: tR4mW8
        ________________________________________________________________________________
    """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Katrin Obermaier:mailto:katrin.obermaier@theresienwerk.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julia Nowak:mailto:julia.nowak@theresienwerk.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team Checkout:mailto:team-checkout@theresienwerk.de
        UID:040000008200E00074C5B7101A82E00800000000D2C61F8E4AA7DC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6
        SUMMARY;LANGUAGE=de-DE:Sprint Review – Team Checkout (Sprint 2026-05)
        DTSTART;TZID=W. Europe Standard Time:20260305T140000
        DTEND;TZID=W. Europe Standard Time:20260305T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260303T102011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Wiesn (3. OG) / Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
    """, tz=make.VTZ["W. Europe Standard Time"], head_first=True)
    headers = [
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{WORK} {ME}"),
        rcv("mail-fr3deu01on2118.outbound.protection.outlook.com", "40.107.136.118", "2026-03-03 11:20:11", "Europe/Berlin", "4dW2kP6sLnz0"),
        ("From", "Katrin Obermaier <katrin.obermaier@theresienwerk.de>"),
        ("To", f"Team Checkout <team-checkout@theresienwerk.de>, Julia Nowak <{WORK}>"),
        ("Subject", enc("Sprint Review – Team Checkout (Sprint 2026-05)")),
        ("Date", date("2026-03-03 11:20:11", "Europe/Berlin")),
        ("Message-ID", "<FR3P281MB2204C8A1E5D3B7F9A2C6E4D8B1F3@FR3P281MB2204.DEUP281.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", enc("Sprint Review – Team Checkout (Sprint 2026-05)")),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, alt(text(body), calendar(ics, cte="base64")))


@M(46, family="non_interview_calendar", lang="de", interview=False, company=None,
   days=(("Thu", "2026-04-16"),),
   note="Doctolib Terminbestätigung for a GP appointment ('Do., 16. April 2026 um 08:15'); confirmed time, not a job interview.")
def doctolib() -> bytes:
    body = t("""
        Terminbestätigung

        Hallo Julia Nowak,

        Ihr Termin ist bestätigt.

        Do., 16. April 2026 um 08:15
        Dr. med. Sabine Aigner – Fachärztin für Allgemeinmedizin
        Leopoldstraße 88, 80802 München

        Grund des Termins: Check-up / Gesundheitsuntersuchung

        Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).

        Termin verschieben oder absagen: https://www.doctolib.de/appointments/6f3a9b21
        Bitte sagen Sie Termine, die Sie nicht wahrnehmen können, mindestens 24 Stunden
        vorher ab.

        Ihr Doctolib-Team
    """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;color:#107aca">
        <div style="max-width:560px;margin:auto;color:#1a1a1a">
        <h2 style="color:#107aca">Terminbestätigung</h2>
        <p>Hallo Julia Nowak,</p>
        <p>Ihr Termin ist bestätigt.</p>
        <div style="border:1px solid #d9e6f2;border-radius:6px;padding:12px">
        <b>Do., 16. April 2026 um 08:15</b><br>
        Dr. med. Sabine Aigner – Fachärztin für Allgemeinmedizin<br>
        Leopoldstraße 88, 80802 München<br>
        <span style="color:#555">Grund des Termins: Check-up / Gesundheitsuntersuchung</span>
        </div>
        <p>Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).</p>
        <p><a href="https://www.doctolib.de/appointments/6f3a9b21">Termin verschieben oder absagen</a></p>
        <p style="font-size:12px;color:#777">Bitte sagen Sie Termine, die Sie nicht wahrnehmen können, mindestens 24 Stunden vorher ab.<br>Ihr Doctolib-Team</p>
        </div></body></html>
    """)
    headers = [
        rcv("mail-out.doctolib.de", "185.19.36.41", "2026-04-07 19:22:05", "Europe/Berlin", "4fQ8vD0nKtz4"),
        ("From", "Doctolib <no-reply@doctolib.de>"),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Terminbestätigung: Dr. med. Sabine Aigner am 16.04.2026 um 08:15")),
        ("Date", date("2026-04-07 19:22:05", "Europe/Berlin")),
        ("Message-ID", "<appt-confirm.6f3a9b21@doctolib.de>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, alt(text(body), html(body_html)))


@M(47, family="non_interview_calendar", lang="de", interview=False, company=None,
   days=(("Wed", "2026-07-08"),),
   note="Munich city office (Bürgerbüro) Terminbestätigung for a change of address, with an ICS; a confirmed appointment, not a job interview.")
def buergerbuero() -> bytes:
    body = t("""
        Sehr geehrte Frau Nowak,

        hiermit bestätigen wir Ihren Termin:

        Anliegen:        Wohnsitz ummelden (Umzug innerhalb Münchens), 1 Person
        Datum:           Mittwoch, 08.07.2026
        Uhrzeit:         09:40 Uhr
        Ort:             Bürgerbüro Ruppertstraße, Ruppertstraße 19, 80466 München
        Vorgangsnummer:  BB-2026-0708-1174

        Bitte bringen Sie folgende Unterlagen mit:
        - gültiger Reisepass oder Personalausweis
        - Wohnungsgeberbestätigung des Vermieters

        Bitte erscheinen Sie pünktlich. Wenn Sie den Termin nicht wahrnehmen können, sagen Sie
        ihn bitte über den folgenden Link ab, damit er anderen Bürgerinnen und Bürgern zur
        Verfügung steht: https://terminvereinbarung.muenchen.de/bba/absage?v=BB-2026-0708-1174

        Mit freundlichen Grüßen
        Landeshauptstadt München
        Kreisverwaltungsreferat – Bürgerbüro

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
    """)
    ics = vcal("-//Landeshauptstadt Muenchen//Terminvereinbarung//DE", "PUBLISH", """
        BEGIN:VEVENT
        UID:BB-2026-0708-1174@terminvereinbarung.muenchen.de
        DTSTAMP:20260625T081503Z
        DTSTART;TZID=Europe/Berlin:20260708T094000
        DTEND;TZID=Europe/Berlin:20260708T095500
        SUMMARY:Bürgerbüro: Wohnsitz ummelden
        LOCATION:Bürgerbüro Ruppertstraße\\, Ruppertstraße 19\\, 80466 München
        END:VEVENT
    """, tz=make.VTZ["Europe/Berlin"])
    headers = [
        rcv("mx-out.muenchen.de", "195.200.47.12", "2026-06-25 10:15:03", "Europe/Berlin", "4gZ6nC1rHwz9"),
        ("From", addr("Landeshauptstadt München – Terminvereinbarung", "noreply@terminvereinbarung.muenchen.de")),
        ("To", "julia.nowak@example.com"),
        ("Subject", enc("Terminbestätigung – Bürgerbüro Ruppertstraße, 08.07.2026, 09:40 Uhr")),
        ("Date", date("2026-06-25 10:15:03", "Europe/Berlin")),
        ("Message-ID", "<tv.BB-2026-0708-1174.confirm@terminvereinbarung.muenchen.de>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, mixed(
        text(body),
        calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics", disposition="attachment"),
    ))


@M(48, family="social_calendar", lang="pl", interview=False, company=None,
   days=(("Sat", "2026-07-18"),),
   note="Apple Calendar invitation from a friend (Polish) to a birthday dinner in Munich, 'sobota, 18 lipca 2026, 19:00'; not an interview.")
def apple_birthday() -> bytes:
    body = t("""
        Kasia Mazur zaprasza Cię na wydarzenie:

        30. urodziny Kasi 🎂
        sobota, 18 lipca 2026, 19:00 – 23:30
        Biergarten am Muffatwerk, Zellstraße 4, 81667 München

        Juleczka, będzie mi bardzo miło, jeśli wpadniesz! Stolik zarezerwowany na moje nazwisko,
        prezentów NIE trzeba, serio 😊 Daj znać w kalendarzu, czy dasz radę.

        Buziaki, K.
    """)
    ics = vcal("-//Apple Inc.//macOS 15.5//EN", "REQUEST", """
        BEGIN:VEVENT
        CREATED:20260704T091244Z
        DTEND;TZID=Europe/Berlin:20260718T233000
        DTSTAMP:20260704T091302Z
        DTSTART;TZID=Europe/Berlin:20260718T190000
        LAST-MODIFIED:20260704T091302Z
        LOCATION:Biergarten am Muffatwerk\\, Zellstraße 4\\, 81667 München
        ORGANIZER;CN="Kasia Mazur";EMAIL="kasia.mazur@example.net":mailto:kasia.mazur@example.net
        ATTENDEE;CN="Julia Nowak";CUTYPE=INDIVIDUAL;EMAIL="julia.nowak@example.com";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:julia.nowak@example.com
        SEQUENCE:0
        SUMMARY:30. urodziny Kasi 🎂
        TRANSP:OPAQUE
        UID:4E1B7C2A-9D3F-4B8E-A6C5-0F2D8E1A3B7C
        X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
        END:VEVENT
    """, tz=iana_vtz("Europe/Berlin"))
    headers = [
        rcv("mail.example.net", "192.0.2.88", "2026-07-04 11:13:02", "Europe/Berlin", "4h0Tq5mXcBz1"),
        ("From", "Kasia Mazur <kasia.mazur@example.net>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Subject", enc("Zaproszenie: 30. urodziny Kasi 🎂 (sob., 18 lip 2026, 19:00)")),
        ("Date", date("2026-07-04 11:13:02", "Europe/Berlin")),
        ("Message-ID", "<6C2E9A41-7B3D-4F8A-9E1C-5D0B2A7F3E64@example.net>"),
        ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
    ]
    return message(headers, mixed(
        text(body, cte="quoted-printable"),
        calendar(ics, cte="quoted-printable", filename="invite.ics", disposition="attachment"),
    ))


@M(49, family="interview_panel", lang="de", interview=False, company=None,
   days=(("Thu", "2026-09-17"),),
   note="Exchange invite (German UI) from HR at her current employer putting her on the panel for a working-student candidate ('Interview: Jonas Reiter – Werkstudent QA'); she is the interviewer, so not her job interview. Company null as for employer invites.")
def employer_panel() -> bytes:
    body = t("""
        Wann: Donnerstag, 17. September 2026 11:00-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum Theresienhöhe (2. OG)

        Hallo Julia,

        danke, dass du beim Interview mit Jonas Reiter (Werkstudent QA, m/w/d) als
        Fachinterviewerin dabei bist! Lebenslauf, Anschreiben und den Interviewleitfaden findest
        du in Personio unter „Meine Interviews“. Bitte trag dein Feedback bis Freitagmittag dort
        ein.

        Ablauf: 10 Min. Kennenlernen (ich), 35 Min. fachlicher Teil (du), 15 Min. Fragen von Jonas.

        Viele Grüße
        Miriam

        Miriam Schäfer
        People & Culture | Theresienwerk Software GmbH
        Theresienhöhe 13a · 80339 München
    """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Miriam Schäfer:mailto:miriam.schaefer@theresienwerk.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Julia Nowak:mailto:julia.nowak@theresienwerk.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Obermaier:mailto:katrin.obermaier@theresienwerk.de
        UID:040000008200E00074C5B7101A82E008000000003E9A7B21C543DD01000000000000000010000000C4D5E6F7A8B9C0D1E2F3A4B5C6D7E8F9
        SUMMARY;LANGUAGE=de-DE:Interview: Jonas Reiter – Werkstudent QA (m/w/d)
        DTSTART;TZID=W. Europe Standard Time:20260917T110000
        DTEND;TZID=W. Europe Standard Time:20260917T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260914T080514Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Theresienhöhe (2. OG)
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
    """, tz=make.VTZ["W. Europe Standard Time"], head_first=True)
    headers = [
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{WORK} {ME}"),
        rcv("mail-fr3deu01on2131.outbound.protection.outlook.com", "40.107.136.131", "2026-09-14 10:05:14", "Europe/Berlin", "4hJ3wF8mDkz2"),
        ("From", addr("Miriam Schäfer", "miriam.schaefer@theresienwerk.de")),
        ("To", f"Julia Nowak <{WORK}>"),
        ("Cc", "Katrin Obermaier <katrin.obermaier@theresienwerk.de>"),
        ("Subject", enc("Interview: Jonas Reiter – Werkstudent QA (m/w/d)")),
        ("Date", date("2026-09-14 10:05:14", "Europe/Berlin")),
        ("Message-ID", "<FR3P281MB22044E7C1A9B3D5F8E2C6A0B4D7F@FR3P281MB2204.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, alt(text(body), calendar(ics, cte="base64")))


@M(50, family="mock_interview", lang="en", interview=False, company=None,
   days=(("Thu", "2026-03-05"),),
   note="A mentoring programme confirms a mock interview with her mentor ('Thursday 5 March, 18:30–19:30'); a fixed time, but practice, not a job interview.")
def mock_interview() -> bytes:
    body = t("""
        Hi Julia,

        Good news – your mock interview is booked!

        Mentor:   Claire Dubois (Principal SDET, 14 years in QA)
        When:     Thursday 5 March, 18:30–19:30
        Where:    Werksviertel co-working space, Atelierstraße 10, 81671 München, room "Kiln"
        Format:   45 minutes of a realistic technical interview for a Senior QA role, then
                  15 minutes of feedback

        Claire asked you to bring the job ad of a role you're actually applying for, so she can
        tailor the questions. Please also fill in the short pre-session form:
        https://womenintesting-muc.org/mentoring/form?s=2026-03-05-jn

        If you can't make it, please let us know at least 48 hours before so another mentee can
        take the slot.

        Happy practising!
        Lea Hartmann
        Mentoring Programme Coordinator
        Women in Testing Munich e.V.
    """)
    headers = [
        rcv("mail-ej1-f50.google.com", "209.85.218.50", "2026-02-27 20:41:16", "Europe/Berlin", "4dZ7cR2pVnz5"),
        ("From", "Lea Hartmann <lea.hartmann@womenintesting-muc.org>"),
        ("To", "Julia Nowak <julia.nowak@example.com>"),
        ("Cc", "Claire Dubois <claire.dubois@example.org>"),
        ("Subject", "Mock interview confirmed: Thursday 5 March with Claire"),
        ("Date", date("2026-02-27 20:41:16", "Europe/Berlin")),
        ("Message-ID", "<CAM2vK7xP9n+Qb4cR1dT6sW0zE8yH3jU5mA2kL7rV0nN4gXs@mail.gmail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))
