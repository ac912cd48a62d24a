"""blind113: a blind 50-mail set, the inbox of Lena Scholz, solar-energy systems engineer, Freiburg.

One function per mail, written by hand; ``make.py`` does the MIME plumbing and the checks.
Keys 1-23 are positives, 24-50 negatives; the file number is ORDER[key - 1].
"""

from __future__ import annotations

import base64
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
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1130113).sample(range(1, 51), 50)
B = "Europe/Berlin"
Z = "Europe/Zurich"
P = "Europe/Paris"
LENA_ADDR = "lena.scholz@example.org"
LENA = addr("Lena Scholz", LENA_ADDR)


def N(key: int) -> str:
    return f"blind113_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx01.example.org (Postfix) with ESMTPS id {ident}", LENA_ADDR, lag))


# =========================================================================== positives


@make.mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-10 14:00", Z), end=utc("2026-09-10 15:00", Z),
           contact="corinne.hug@alpenstrom.ch", company="Alpenstrom Analytics AG",
           local="Thu 2026-09-10 14:00", local_end="2026-09-10 15:00", zone=Z,
           note="Greenhouse confirmation, 2:00-3:00 PM CEST in Zurich (UTC+2) = 12:00-13:00Z; ICS in UTC "
                "agrees; contact = Reply-To recruiter (sender is the Greenhouse no-reply)")
def m01() -> bytes:
    when = "2026-09-07 10:14"
    body = t("""
        Hi Lena,

        Thanks for scheduling time with us! Your interview for Senior PV Systems Engineer at
        Alpenstrom Analytics AG is confirmed. Here are the details:

        Thursday, September 10, 2026
        2:00 PM - 3:00 PM CEST (Europe/Zurich)

        Video call (Google Meet): https://meet.google.com/qzv-hbrm-wka

        Interviewers:
          Reto Ammann - Head of Grid Analytics
          Corinne Hug - Talent Partner

        If you need to make a change, just reply to this email and Corinne will help.

        We look forward to speaking with you!

        Alpenstrom Analytics AG
        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Lena,</p>
        <p>Thanks for scheduling time with us! Your interview for <b>Senior PV Systems Engineer</b> at
        Alpenstrom Analytics AG is confirmed. Here are the details:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Thursday, September 10, 2026<br>2:00 PM - 3:00 PM CEST (Europe/Zurich)</td></tr>
        <tr><td><b>Where</b></td><td>Video call (Google Meet): <a href="https://meet.google.com/qzv-hbrm-wka">meet.google.com/qzv-hbrm-wka</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Reto Ammann - Head of Grid Analytics<br>Corinne Hug - Talent Partner</td></tr>
        </table>
        <p>If you need to make a change, just reply to this email and Corinne will help.</p>
        <p>We look forward to speaking with you!</p>
        <p style="color:#999;font-size:11px">Alpenstrom Analytics AG &middot; Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-48213377-2026@greenhouse.io
        DTSTAMP:20260907T081400Z
        DTSTART:20260910T120000Z
        DTEND:20260910T130000Z
        SUMMARY:Interview: Lena Scholz <> Alpenstrom Analytics AG
        LOCATION:https://meet.google.com/qzv-hbrm-wka
        ORGANIZER;CN=Corinne Hug:mailto:corinne.hug@alpenstrom.ch
        ATTENDEE;CN=Lena Scholz;RSVP=TRUE:mailto:lena.scholz@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o12.us.greenhouse-mail.io", "167.89.14.22", when, Z, "4Q9bXk1m2Fz8"),
        ("From", addr("Alpenstrom Analytics AG", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Corinne Hug", "corinne.hug@alpenstrom.ch")),
        ("To", LENA),
        ("Subject", "Interview Confirmation: Senior PV Systems Engineer at Alpenstrom Analytics AG"),
        ("Date", date(when, Z)),
        ("Message-ID", "<gh.7f3c1a9e40.48213377@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u001.Wf8Zq2kHcT3yA9fN1m0xQw"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(2), family="personio", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-01 14:00", B), contact="m.kessler@kraichgau-energie.de",
           company="Kraichgau Energiesysteme GmbH", local="Thu 2026-10-01 14:00", zone=B,
           note="Personio-Einladung 'Do. 1.10. um 14 Uhr' in Karlsruhe, CEST (UTC+2) = 12:00Z; 'ca. 60 Minuten' "
                "ist ungefähr, also end null; contact = Reply-To der Personalerin")
def m02() -> bytes:
    when = "2026-09-25 15:32"
    body = t("""
        Guten Tag Frau Scholz,

        vielen Dank für Ihr Interesse an der Position Projektingenieur:in Photovoltaik-Großanlagen.

        Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen:

        Termin: Do. 1.10. um 14 Uhr
        Ort: Kraichgau Energiesysteme GmbH, Am Storrenacker 9, 76139 Karlsruhe
        Gesprächspartner: Miriam Kessler (HR), Dr. Felix Brandauer (Leitung Projektierung)
        Dauer: ca. 60 Minuten

        Bitte melden Sie sich am Empfang im Erdgeschoss. Parkplätze finden Sie direkt vor dem Gebäude.

        Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Miriam Kessler
        Kraichgau Energiesysteme GmbH

        --
        Diese E-Mail wurde über Personio versendet.
        """)
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#1f2933">
        <tr><td style="padding:32px">
        <p>Guten Tag Frau Scholz,</p>
        <p>vielen Dank für Ihr Interesse an der Position <strong>Projektingenieur:in Photovoltaik-Großanlagen</strong>.</p>
        <p>Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen:</p>
        <p><strong>Termin:</strong> Do. 1.10. um 14 Uhr<br>
        <strong>Ort:</strong> Kraichgau Energiesysteme GmbH, Am Storrenacker 9, 76139 Karlsruhe<br>
        <strong>Gesprächspartner:</strong> Miriam Kessler (HR), Dr. Felix Brandauer (Leitung Projektierung)<br>
        <strong>Dauer:</strong> ca. 60 Minuten</p>
        <p>Bitte melden Sie sich am Empfang im Erdgeschoss. Parkplätze finden Sie direkt vor dem Gebäude.</p>
        <p>Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Miriam Kessler<br>Kraichgau Energiesysteme GmbH</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:11px;color:#9aa5b1">Diese E-Mail wurde über Personio versendet.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        rcv("mail-a12.personio.de", "52.29.170.41", when, B, "4RkT0w2Hh9z3"),
        ("From", addr("Kraichgau Energiesysteme GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Miriam Kessler", "m.kessler@kraichgau-energie.de")),
        ("To", LENA),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Projektingenieur:in Photovoltaik-Großanlagen")),
        ("Date", date(when, B)),
        ("Message-ID", "<0102019a1c7e3f55-8b1d2c44-9e3a-4f7b-b0d1-5c2a9e8f7d61-000000@eu-central-1.amazonses.com>"),
    ], alt(text(body), html(page, cte="base64")))


@make.mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-21 10:15", B), contact="jonas@dachwerk-solar.de", company="Dachwerk Solar GmbH",
           local="Wed 2026-10-21 10:15", zone=B,
           note="Du-Mail vom Mi 14.10.: 'Mittwoch in acht Tagen um viertel elf' = Mi 21.10. 10:15 Freiburg, "
                "noch CEST (UTC+2) = 08:15Z; keine Dauer; contact = Gründer als Absender")
def m03() -> bytes:
    when = "2026-10-14 18:47"
    body = t("""
        Hey Lena,

        super, dass es mit dem ersten Telefonat so gut gepasst hat! Wie besprochen würden wir dich gern
        mal bei uns in der Werkhalle sehen, dann lernst du auch Svenja und Matze aus der Montageplanung
        kennen.

        Also fix: Mittwoch in acht Tagen um viertel elf bei uns in der Lörracher Str. 12 (Hinterhof,
        das Tor mit dem Solardach drauf, kannst du nicht verfehlen). Bring gern Arbeitsproben mit,
        wenn du welche zeigen darfst. Kaffee gibt's, Kuchen wahrscheinlich auch.

        Falls was dazwischenkommt, ruf mich einfach an: 0176 4419 2203

        Bis dann!
        Jonas

        --
        Jonas Riegger
        Geschäftsführer | Dachwerk Solar GmbH
        Lörracher Str. 12, 79115 Freiburg im Breisgau
        """)
    return message([
        rcv("mail-sor-f41.google.com", "209.85.220.41", when, B, "4RmZ8c0yPq1L"),
        ("From", addr("Jonas Riegger", "jonas@dachwerk-solar.de")),
        ("To", LENA),
        ("Subject", "Kennenlernen bei uns in der Halle"),
        ("Date", date(when, B)),
        ("Message-ID", "<CAJr7wXv0kq9Rt+Lm2cQhZ8n5aXy1p4eT3s@mail.gmail.com>"),
    ], text(body, cte="8bit"))


@make.mail(N(4), family="exchange", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-26 09:30", B), end=utc("2026-10-26 10:30", B),
           contact="petra.maier-lindner@neckarwatt.de", company="Neckarwatt AG",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=B,
           note="Exchange-Einladung (W. Europe Standard Time) am Do 22.10. in CEST verschickt; Termin Mo 26.10. "
                "09:30-10:30, nach Zeitumstellung am 25.10. also CET (UTC+1) = 08:30-09:30Z; contact = ORGANIZER")
def m04() -> bytes:
    when = "2026-10-22 11:05"
    body = t("""
        Sehr geehrte Frau Scholz,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Vorstellungsgespräch
        für die Stelle "Systemingenieur:in Batteriespeicher" per Microsoft Teams.

        Teilnehmer: Herr Dr. Kaltenbach (Bereichsleitung Speicher), Frau Maier-Lindner (Personal)

        Viele Grüße
        Petra Maier-Lindner
        Personalreferentin
        Neckarwatt AG | Heilbronner Str. 150 | 70191 Stuttgart

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjE4YjAtYTVkMy00YzJhLWE3NzgtOTMwYmFjZDU5OGY0%40thread.v2/0>
        Besprechungs-ID: 348 211 907 552
        Kennung: b7Tq4L
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrte Frau Scholz,<o:p></o:p></p>
        <p class="MsoNormal">wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Vorstellungsgespr&auml;ch
        f&uuml;r die Stelle &bdquo;Systemingenieur:in Batteriespeicher&ldquo; per Microsoft Teams.<o:p></o:p></p>
        <p class="MsoNormal">Teilnehmer: Herr Dr. Kaltenbach (Bereichsleitung Speicher), Frau Maier-Lindner (Personal)<o:p></o:p></p>
        <p class="MsoNormal">Viele Gr&uuml;&szlig;e<br>Petra Maier-Lindner<br>Personalreferentin<br>Neckarwatt AG | Heilbronner Str. 150 | 70191 Stuttgart<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjE4YjAtYTVkMy00YzJhLWE3NzgtOTMwYmFjZDU5OGY0%40thread.v2/0">Jetzt an der Besprechung teilnehmen</a></div>
        <div>Besprechungs-ID: 348 211 907 552 &nbsp; Kennung: b7Tq4L</div>
        </div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Petra Maier-Lindner:mailto:petra.maier-lindner@neckarwatt.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Scholz:mailto:lena.scholz@example.org
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Scholz\\,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Vorstellungsgespräch.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Lena Scholz – Systemingenieur:in Batteriespeicher
        DTSTART;TZID=W. Europe Standard Time:20261026T093000
        DTEND;TZID=W. Europe Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T090500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2124518802
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
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
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    return message([
        rcv("DE2PR07MB0123.eurprd07.prod.outlook.com", "40.107.8.93", when, B, "4RnK2v6Wcs0T"),
        ("From", addr("Maier-Lindner, Petra", "petra.maier-lindner@neckarwatt.de")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", enc("Vorstellungsgespräch Lena Scholz – Systemingenieur:in Batteriespeicher")),
        ("Thread-Topic", enc("Vorstellungsgespräch Lena Scholz – Systemingenieur:in Batteriespeicher")),
        ("Thread-Index", "AdtiB3xk9Q2mZt1vR8aB0c4eF7gHqA=="),
        ("Date", date(when, B)),
        ("Message-ID", "<DE2PR07MB0123F8A1B2C3D4E5F6A7B8C9D0E1F2A3@DE2PR07MB0123.eurprd07.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(N(5), family="calendly", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-03 10:00", B), end=utc("2026-11-03 10:45", B),
           contact="daan.visser@northlight-energy.io", company="Northlight Energy Software B.V.",
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone=B,
           note="Calendly invitee confirmation, 10:00am Central European Time on Tue 3 Nov (CET, UTC+1) = 09:00Z; "
                "event type says 45 min -> end 09:45Z; contact = host via Reply-To")
def m05() -> bytes:
    when = "2026-10-29 20:12"
    body = t("""
        Hi Lena Scholz,

        Your Technical interview - Solar Forecasting with Daan Visser at 10:00am (Central European Time) on
        Tuesday, November 3, 2026 is scheduled.

        Event Type:
        Technical interview - Solar Forecasting (45 min)

        Location:
        This is a Zoom web conference. A unique link will be shared in a calendar invite from Daan.

        Questions:
        What would you like to talk about?
        Irradiance nowcasting for rooftop fleets, and how you validate against inverter data.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8c2e6a90-3b1f-4d7e-a5c9-0f2b7d4e61aa
        Reschedule: https://calendly.com/reschedulings/8c2e6a90-3b1f-4d7e-a5c9-0f2b7d4e61aa

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,sans-serif;color:#1a1a1a">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Hi Lena Scholz,</p>
        <p>Your <b>Technical interview - Solar Forecasting</b> with Daan Visser at <b>10:00am (Central European Time) on
        Tuesday, November 3, 2026</b> is scheduled.</p>
        <div style="font-weight:bold">Event Type:</div><div>Technical interview - Solar Forecasting (45 min)</div><br>
        <div style="font-weight:bold">Location:</div><div>This is a Zoom web conference. A unique link will be shared in a calendar invite from Daan.</div><br>
        <div style="font-weight:bold">Questions:</div><div>What would you like to talk about?<br>Irradiance nowcasting for rooftop fleets, and how you validate against inverter data.</div><br>
        <p><a href="https://calendly.com/cancellations/8c2e6a90-3b1f-4d7e-a5c9-0f2b7d4e61aa">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/8c2e6a90-3b1f-4d7e-a5c9-0f2b7d4e61aa">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    return message([
        rcv("o1.email.calendly.com", "149.72.123.48", when, B, "4RqM1d5Tn3wP"),
        ("From", addr("Calendly", "no-reply@calendly.com")),
        ("Reply-To", addr("Daan Visser", "daan.visser@northlight-energy.io")),
        ("To", LENA),
        ("Subject", "Confirmed: Technical interview - Solar Forecasting with Daan Visser on Tuesday, "
                    "November 3, 2026"),
        ("Date", date(when, B)),
        ("Message-ID", "<20261029191207.3b1f4d7e0a11@calendly.com>"),
    ], alt(text(body), html(page)))


@make.mail(N(6), family="softgarden", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-24 13:30", B), end=utc("2026-11-24 15:00", B),
           contact="tobias.weinmann@rheinhafen-netz.de", company="Rheinhafen Netzservice GmbH",
           local="Tue 2026-11-24 13:30", local_end="2026-11-24 15:00", zone=B,
           note="softgarden, nur HTML in ISO-8859-15; 'Dienstag, 24.11.2026' + '13:30 - 15:00 Uhr' in Karlsruhe, CET = "
                "12:30-14:00Z; Reply-To ist das Sammelpostfach bewerbung@, contact = Personalreferent aus der Signatur")
def m06() -> bytes:
    when = "2026-11-16 08:40"
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,sans-serif;font-size:13px">
        <table width="640" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#003b5c;padding:14px;color:#fff;font-size:18px">Rheinhafen Netzservice GmbH</td></tr>
        <tr><td style="padding:20px">
        <p>Sehr geehrte Frau Scholz,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Ingenieurin / Ingenieur Netzanschluss erneuerbarer Energien (m/w/d)</b>.
        Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.</p>
        <p>Hiermit bestätigen wir Ihnen den vereinbarten Termin für das Vorstellungsgespräch:</p>
        <table cellpadding="3">
        <tr><td><b>Datum:</b></td><td>Dienstag, 24.11.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>13:30 - 15:00 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Werfthallenstraße 7, 76189 Karlsruhe, Gebäude B, 2. OG</td></tr>
        </table>
        <p>Im zweiten Teil des Gesprächs bitten wir Sie um eine kurze Präsentation (ca. 15 Minuten) zu einem
        Netzanschlussprojekt Ihrer Wahl. Ein Beamer ist vorhanden.</p>
        <p>Reisekosten erstatten wir Ihnen gerne nach Vorlage der Belege.</p>
        <p>Mit freundlichen Grüßen<br><br>
        Tobias Weinmann<br>Personalreferent<br>
        Tel. +49 721 5593-214<br>
        <a href="mailto:tobias.weinmann@rheinhafen-netz.de">tobias.weinmann@rheinhafen-netz.de</a></p>
        </td></tr>
        <tr><td style="padding:10px 20px;font-size:10px;color:#888">Rheinhafen Netzservice GmbH · Sitz Karlsruhe · HRB 712345 ·
        Diese Nachricht wurde mit softgarden versendet.</td></tr>
        </table></body></html>
        """)
    return message([
        rcv("mail.softgarden.io", "185.35.92.17", when, B, "4SbW0r7Lk2mA"),
        ("From", addr("Rheinhafen Netzservice GmbH", "no-reply@mail.softgarden.io")),
        ("Reply-To", "bewerbung@rheinhafen-netz.de"),
        ("To", LENA),
        ("Subject", enc("Terminbestätigung Vorstellungsgespräch - Ingenieurin / Ingenieur Netzanschluss",
                        "iso-8859-15")),
        ("Date", date(when, B)),
        ("Message-ID", "<sg.1f9a2b3c.20261116074000.551208@softgarden.io>"),
        ("X-Mailer", "softgarden e-recruiting"),
    ], html(page, charset="iso-8859-15"))


@make.mail(N(7), family="human_prose", lang="de-CH", interview=True, kind="scheduled",
           start=utc("2026-11-17 09:30", Z), contact="beat.sutter@rheinknie-energie.ch",
           company="Rheinknie Energie AG", local="Tue 2026-11-17 09:30", zone=Z,
           note="Schweizer Bestätigung 'Dienstag, 17. November, um 9.30 Uhr' in Basel, CET (UTC+1) = 08:30Z; "
                "'rund anderthalb Stunden' ist ungefähr -> end null; contact = Absender")
def m07() -> bytes:
    when = "2026-11-11 16:22"
    body = t("""
        Grüezi Frau Scholz

        Besten Dank für das angenehme Telefongespräch von heute Nachmittag. Gerne bestätige ich Ihnen
        hiermit das Gespräch am Dienstag, 17. November, um 9.30 Uhr bei uns an der Hochbergerstrasse 60,
        4057 Basel (Empfang Gebäude 3). Wir rechnen mit rund anderthalb Stunden, inklusive Rundgang
        durch die Leitwarte.

        Seitens Rheinknie Energie nehmen teil:
        - Frau Nadja Gysin, Leiterin Asset Management Solar
        - der Unterzeichnende

        Für die Anreise aus Freiburg empfehle ich Ihnen den Zug bis Basel Badischer Bahnhof, von dort
        sind es zehn Minuten mit dem Bus 36. Ihre ID genügt am Empfang.

        Bei Fragen erreichen Sie mich jederzeit unter +41 61 275 44 18.

        Freundliche Grüsse

        Beat Sutter
        HR Business Partner
        Rheinknie Energie AG
        Hochbergerstrasse 60, CH-4057 Basel
        """)
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p class=MsoNormal>{line or '&nbsp;'}</p>\n" for line in body.rstrip("\n").split("\n")) + "</div></body></html>\n"
    return message([
        rcv("ZR0P278MB0456.CHEP278.PROD.OUTLOOK.COM", "40.107.167.102", when, Z, "4SbY3n1Kq8vX"),
        ("From", addr("Sutter Beat", "beat.sutter@rheinknie-energie.ch")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", enc("Ihr Vorstellungsgespräch bei der Rheinknie Energie AG", "windows-1252")),
        ("Date", date(when, Z)),
        ("Message-ID", "<ZR0P278MB04561C2D3E4F5A6B7C8D9E0F1A2B@ZR0P278MB0456.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@make.mail(N(8), family="human_prose", lang="fr", interview=True, kind="scheduled",
           start=utc("2026-10-08 14:30", P), end=utc("2026-10-08 15:30", P),
           contact="claire.muller@energies-rhenanes.fr", company="Énergies Rhénanes SAS",
           local="Thu 2026-10-08 14:30", local_end="2026-10-08 15:30", zone=P,
           note="Confirmation en français 'jeudi 8 octobre à 14h30' à Strasbourg, CEST (UTC+2) = 12:30Z; "
                "'durera une heure' est une durée exacte -> end 13:30Z; contact = expéditrice")
def m08() -> bytes:
    when = "2026-10-02 09:58"
    body = t("""
        Bonjour Madame Scholz,

        Suite à notre échange téléphonique, je vous confirme notre entretien pour le poste d'ingénieure
        systèmes photovoltaïques le jeudi 8 octobre à 14h30, dans nos locaux au 4 rue du Havre,
        67100 Strasbourg (quartier du Port du Rhin, accès tram D arrêt « Port du Rhin »).

        L'entretien durera une heure. Vous rencontrerez M. Julien Roth, responsable du bureau d'études,
        et moi-même. Une partie de l'échange pourra se faire en allemand si vous le souhaitez.

        Merci de vous munir d'une pièce d'identité pour l'accueil.

        Bien cordialement,

        Claire Muller
        Chargée de recrutement
        Énergies Rhénanes SAS
        03 88 41 27 90
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<div>{line or '<br>'}</div>\n" for line in body.rstrip("\n").split("\n")) + "</body></html>\n"
    return message([
        rcv("smtp-out.energies-rhenanes.fr", "91.121.44.203", when, P, "4RcJ6t8Fm0aQ"),
        ("From", addr("Claire Muller", "claire.muller@energies-rhenanes.fr")),
        ("To", LENA),
        ("Subject", enc("Confirmation entretien - Ingénieure systèmes photovoltaïques", "iso-8859-1")),
        ("Date", date(when, P)),
        ("Message-ID", "<5f2a9c81-4d3e-7b16-a0e2-c9d8b7a6f501@energies-rhenanes.fr>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr"),
    ], alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@make.mail(N(9), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-09 08:00", "Pacific/Auckland"), end=utc("2026-12-09 08:30", "Pacific/Auckland"),
           contact="aroha.tane@kowhaigrid.co.nz", company="Kōwhai Grid Ltd",
           local="Wed 2026-12-09 08:00", local_end="2026-12-09 08:30", zone="Pacific/Auckland",
           note="Lever confirmation from Auckland: Wed 9 Dec 8:00 AM NZDT (UTC+13) = Tue 8 Dec 19:00Z, the "
                "previous day in UTC (20:00 Tuesday in Berlin, as the mail says); 30 minutes -> end 19:30Z; "
                "contact = Reply-To")
def m09() -> bytes:
    when = "2026-12-03 16:05"
    body = t("""
        Kia ora Lena,

        Thanks for picking a time! Here's a summary of your upcoming interview with Kōwhai Grid.

        Role: Senior Solar Performance Engineer (Remote, EU hours overlap)
        Interview: Hiring manager conversation (30 minutes)
        When: Wednesday 9 December 2026, 8:00 AM NZDT
              (that's Tuesday 8 December, 8:00 PM in Berlin)
        Where: Google Meet - https://meet.google.com/vkt-pwqe-zrn
        With: Hemi Walker, Head of Performance Engineering

        If something comes up, reply to this email and Aroha will sort out a new time.

        Ngā mihi,
        Aroha Tane
        Talent Lead, Kōwhai Grid

        Sent via Lever
        """)
    page = "<html><body style=\"font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px\">" + "".join(
        f"<p style=\"margin:0 0 6px\">{line or '&nbsp;'}</p>\n" for line in body.rstrip("\n").split("\n")) + "</body></html>\n"
    return message([
        rcv("mail-sndr-12.hire.lever.co", "198.21.6.77", when, "Pacific/Auckland", "4TlQ2h9Rb5xM"),
        ("From", addr("Aroha Tane (Kōwhai Grid)", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Aroha Tane", "aroha.tane@kowhaigrid.co.nz")),
        ("To", LENA),
        ("Subject", enc("Your interview with Kōwhai Grid is confirmed")),
        ("Date", date(when, "Pacific/Auckland")),
        ("Message-ID", "<lever.8f0c77b1-1e6a-4b2d-9d5f-3a7e21c0b4f9@hire.lever.co>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(N(10), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-12 11:00", B), end=utc("2026-10-12 11:45", B),
           contact="anna.graf@sunova-energie.de", company="Sunova Energiesysteme GmbH",
           local="Mon 2026-10-12 11:00", local_end="2026-10-12 11:45", zone=B,
           note="Teamtailor-Einladung 'Montag, 12. Oktober 2026, 11:00–11:45 (MESZ)' = 09:00-09:45Z, ICS in "
                "Europe/Berlin stimmt; Reply-To ist ein Teamtailor-Relay, contact = ORGANIZER")
def m10() -> bytes:
    when = "2026-10-05 13:20"
    body = t("""
        Hallo Lena,

        schön, dass es geklappt hat! Hier sind die Details zu deinem Interview:

        Video-Interview: Solar Systems Engineer (m/w/d)
        Montag, 12. Oktober 2026, 11:00–11:45 (MESZ)
        Link: https://sunova.teamtailor.com/meetings/join/7d1f0a

        Du sprichst mit Anna Graf (Recruiting) und Moritz Eberle (Teamlead Engineering).

        Eine Kalendereinladung findest du im Anhang.

        Liebe Grüße
        Anna von Sunova
        """)
    page = t("""
        <html><body style="background:#f6f6f6;font-family:Inter,Arial,sans-serif">
        <div style="max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:28px">
        <p>Hallo Lena,</p>
        <p>schön, dass es geklappt hat! Hier sind die Details zu deinem Interview:</p>
        <div style="border-left:4px solid #f4b400;padding-left:12px">
        <b>Video-Interview: Solar Systems Engineer (m/w/d)</b><br>
        Montag, 12. Oktober 2026, 11:00–11:45 (MESZ)<br>
        <a href="https://sunova.teamtailor.com/meetings/join/7d1f0a">Meeting beitreten</a></div>
        <p>Du sprichst mit Anna Graf (Recruiting) und Moritz Eberle (Teamlead Engineering).</p>
        <p>Eine Kalendereinladung findest du im Anhang.</p>
        <p>Liebe Grüße<br>Anna von Sunova</p>
        <p style="font-size:11px;color:#aaa">Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Meetings//EN\nMETHOD:REQUEST\n" + VTZ[B] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-7d1f0a@teamtailor.com
        DTSTAMP:20261005T112000Z
        DTSTART;TZID=Europe/Berlin:20261012T110000
        DTEND;TZID=Europe/Berlin:20261012T114500
        SUMMARY:Video-Interview Sunova – Lena Scholz
        ORGANIZER;CN=Anna Graf:mailto:anna.graf@sunova-energie.de
        ATTENDEE;CN=Lena Scholz;PARTSTAT=ACCEPTED:mailto:lena.scholz@example.org
        ATTENDEE;CN=Moritz Eberle:mailto:moritz.eberle@sunova-energie.de
        LOCATION:https://sunova.teamtailor.com/meetings/join/7d1f0a
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("m241-14.mailgun.net", "161.38.204.14", when, B, "4RgH5p3Cw1vN"),
        ("From", addr("Sunova Energiesysteme", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Anna Graf", "sunova-job-5521+c8e1f3a9@inbound.teamtailor-mail.com")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", enc("Dein Interview bei Sunova: Montag, 12. Oktober, 11:00")),
        ("Date", date(when, B)),
        ("Message-ID", "<20261005112000.1.C8E1F3A9B7D6@mg.teamtailor-mail.com>"),
        ("X-Mailgun-Tag", "candidate-meeting"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method=None, ctype="application/ics", filename="interview.ics",
                      disposition="attachment", cte="base64")))


@make.mail(N(11), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-29 15:00", B), end=utc("2026-10-29 15:45", B),
           contact="marcus.obi@brightmeadow.com", company="Brightmeadow Power Inc.",
           local="Thu 2026-10-29 15:00", local_end="2026-10-29 15:45", zone=B,
           note="Google Calendar invite shown in Lena's zone: Thu 29 Oct 3pm-3:45pm Central European Time; Berlin "
                "is already CET (UTC+1) but New York still EDT until 1 Nov, so 10am ET = 14:00Z; ICS in UTC "
                "agrees; contact = ORGANIZER")
def m11() -> bytes:
    when = "2026-10-23 17:30"
    ny = "America/New_York"
    body = t("""
        Marcus Obi has invited you to the following event.

        Lena Scholz / Brightmeadow - Technical interview (Storage Controls)
        Thursday Oct 29, 2026 ⋅ 3pm – 3:45pm
        Central European Time - Berlin

        Join with Google Meet
        meet.google.com/hru-xkqa-wtd

        Hi Lena - as discussed, this is the technical round with Priya and Tom from the controls team.
        I know the clocks are doing their annual dance this week: it's 10am for us in New York.
        Bring questions! - Marcus

        Organizer
        Marcus Obi
        marcus.obi@brightmeadow.com

        Guests
        Marcus Obi - organizer
        Priya Raman
        Tom Kessler
        lena.scholz@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NnQ4a3E

        Reply for lena.scholz@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px">Marcus Obi has invited you to the following event.</div>
        <h2 style="font-size:22px;font-weight:400;color:#202124">Lena Scholz / Brightmeadow - Technical interview (Storage Controls)</h2>
        <div><span>Thursday Oct 29, 2026 &#8901; 3pm &ndash; 3:45pm</span><br><span style="color:#70757a">Central European Time - Berlin</span></div>
        <p><a href="https://meet.google.com/hru-xkqa-wtd" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <div>Hi Lena - as discussed, this is the technical round with Priya and Tom from the controls team.<br>
        I know the clocks are doing their annual dance this week: it's 10am for us in New York.<br>Bring questions! - Marcus</div>
        <h3>Guests</h3><div>Marcus Obi - organizer<br>Priya Raman<br>Tom Kessler<br>lena.scholz@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261029T140000Z
        DTEND:20261029T144500Z
        DTSTAMP:20261023T213000Z
        ORGANIZER;CN=Marcus Obi:mailto:marcus.obi@brightmeadow.com
        UID:6t8kq2vhd0c4r1m7s9p3j5l0ab@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lena.scholz@example.org;X-NUM-GUESTS=0:mailto:lena.scholz@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Raman;X-NUM-GUESTS=0:mailto:priya.raman@brightmeadow.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Kessler;X-NUM-GUESTS=0:mailto:tom.kessler@brightmeadow.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/hru-xkqa-wtd
        CREATED:20261023T212900Z
        DESCRIPTION:Hi Lena - as discussed\\, this is the technical round with Priya and Tom from the controls team. It's 10am for us in New York.
        LAST-MODIFIED:20261023T213000Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Lena Scholz / Brightmeadow - Technical interview (Storage Controls)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-yw1-f201.google.com", "209.85.128.201", when, ny, "4RkV7b2Xy6pD"),
        ("From", addr("Marcus Obi", "marcus.obi@brightmeadow.com")),
        ("Reply-To", addr("Marcus Obi", "marcus.obi@brightmeadow.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", LENA_ADDR),
        ("Subject", "Invitation: Lena Scholz / Brightmeadow - Technical interview (Storage Controls) @ "
                    "Thu Oct 29, 2026 3pm - 3:45pm (CET) (lena.scholz@example.org)"),
        ("Date", date(when, ny)),
        ("Message-ID", "<calendar-5b7e0c2d-91fa-4a63-8d12-7f0e3c9b6a41@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64",
                      ctype="application/ics", name_param=True, method=None)))


@make.mail(N(12), family="forward_self", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-13 10:00", B), contact="k.voegele@oberrhein-solarparks.de",
           company="Oberrhein Solarparks GmbH", local="Fri 2026-11-13 10:00", zone=B,
           note="Lena leitet sich die Bestätigung von ihrer alten Adresse weiter (message/rfc822): 'Freitag, 13.11., "
                "10:00 Uhr' CET = 09:00Z; keine Dauer; contact = Recruiterin im weitergeleiteten Header, nie Lena")
def m12() -> bytes:
    when = "2026-11-10 21:40"
    inner_when = "2026-11-10 09:12"
    inner_body = t("""
        Liebe Frau Scholz,

        herzlichen Dank für Ihre schnelle Rückmeldung. Dann halten wir fest:

        Freitag, 13.11., 10:00 Uhr, Videocall über Zoom
        https://oberrhein-solarparks.zoom.us/j/84412907735?pwd=Tm9FbG5aQ2pyd2hLUT09
        Meeting-ID: 844 1290 7735, Kenncode: 513920

        Dabei sind Herr Hauser (technische Leitung) und ich. Planen Sie bitte etwa eine Stunde ein.

        Viele Grüße aus Breisach
        Katrin Vögele
        Personal & Organisation
        Oberrhein Solarparks GmbH
        """)
    inner = message([
        ("From", addr("Katrin Vögele", "k.voegele@oberrhein-solarparks.de", "iso-8859-15")),
        ("To", addr("Lena Scholz", "lena.scholz@example.net")),
        ("Subject", enc("AW: Ihre Bewerbung – Projektleitung Freiflächenanlagen")),
        ("Date", date(inner_when, B)),
        ("Message-ID", "<a91c2e7f4b0d@oberrhein-solarparks.de>"),
    ], text(inner_body, charset="iso-8859-15"))
    note = t("""
        fürs Handy, Kalender hat's nicht übernommen

        Gesendet von meinem Fairphone
        """)
    return message([
        rcv("mout.example.net", "212.227.17.10", when, B, "4SbQ9m4Jt2cR"),
        ("From", addr("Lena Scholz", "lena.scholz@example.net")),
        ("To", LENA),
        ("Subject", enc("WG: AW: Ihre Bewerbung – Projektleitung Freiflächenanlagen")),
        ("Date", date(when, B)),
        ("Message-ID", "<3c7d1e55-0b9a-4f3e-a2c1-88e0fa1b7d20@example.net>"),
    ], mixed(text(note, cte="8bit"), attached_message(inner, filename="AW_Ihre_Bewerbung.eml")))


@make.mail(N(13), family="join", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-10 11:00", B), contact="h.rombach@schwarzwald-pv.de",
           company="Schwarzwald PV Montage GmbH", local="Thu 2026-09-10 11:00", zone=B,
           note="Nachricht über JOIN vom Mi 9.9. 09:05: 'morgen um 11 Uhr' = Do 10.9. 11:00 CEST = 09:00Z; "
                "'ca. 30 Minuten' ungefähr -> end null; Absender ist noreply@join.com, contact = Adresse in der "
                "Signatur")
def m13() -> bytes:
    when = "2026-09-09 09:05"
    body = t("""
        Neue Nachricht von Schwarzwald PV Montage GmbH zu Ihrer Bewerbung als
        Planungsingenieur (m/w/d) PV-Aufdachanlagen:

        ----------------------------------------------------------------
        Hallo Frau Scholz,

        danke für den netten Austausch gestern. Wie besprochen rufe ich Sie dann morgen um 11 Uhr
        auf Ihrer Handynummer an (die aus dem Lebenslauf, 0157 ...). Wir brauchen ca. 30 Minuten,
        es geht v.a. um Ihre Erfahrung mit PV*SOL und um die Baustellenkoordination.

        Viele Grüße
        Heiko Rombach
        Teamleiter Planung
        h.rombach@schwarzwald-pv.de
        ----------------------------------------------------------------

        Antworten Sie direkt in JOIN: https://join.com/candidate/messages/5518203

        Sie erhalten diese E-Mail, weil Sie sich über JOIN beworben haben.
        JOIN Solutions AG, Hardturmstrasse 161, 8005 Zürich
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p style=\"margin:0\">{line or '&nbsp;'}</p>\n" for line in body.rstrip("\n").split("\n")) + "</body></html>\n"
    return message([
        rcv("mail.join.com", "3.121.42.19", when, B, "4QkT1x8Nd0bS"),
        ("From", addr("Schwarzwald PV Montage GmbH via JOIN", "noreply@join.com")),
        ("To", LENA),
        ("Subject", "Neue Nachricht zu Ihrer Bewerbung: Planungsingenieur (m/w/d) PV-Aufdachanlagen"),
        ("Date", date(when, B)),
        ("Message-ID", "<msg-5518203-88712@join.com>"),
    ], alt(text(body), html(page)))


@make.mail(N(14), family="human_reply", lang="de", interview=True, kind="scheduled",
           start=utc("2026-12-11 13:00", B), contact="s.eckert@hochrhein-stadtwerke.de",
           company="Hochrhein Stadtwerke GmbH", local="Fri 2026-12-11 13:00", zone=B,
           note="Kurze iPhone-Antwort vom Mo 7.12. 'Passt, dann bis Freitag um 13 Uhr' auf Lenas Vorschlag im Zitat; "
                "Freitag = 11.12., CET = 12:00Z; contact = Absenderin")
def m14() -> bytes:
    when = "2026-12-07 19:48"
    body = t("""
        Passt, dann bis Freitag um 13 Uhr bei uns im Verwaltungsgebäude, Raum 2.14. Wegbeschreibung steht auf der Homepage 😊

        LG Sabine Eckert

        Von meinem iPhone gesendet

        > Am 07.12.2026 um 18:02 schrieb Lena Scholz <lena.scholz@example.org>:
        >
        > Liebe Frau Eckert,
        >
        > vielen Dank für die Einladung! Freitag 13 Uhr würde mir sehr gut passen, alternativ ginge auch
        > Donnerstag vormittag.
        >
        > Viele Grüße
        > Lena Scholz
        >
        >> Am 07.12.2026 um 10:31 schrieb Sabine Eckert <s.eckert@hochrhein-stadtwerke.de>:
        >>
        >> Sehr geehrte Frau Scholz,
        >>
        >> wir würden Sie gern zu einem Gespräch für die Stelle Ingenieur/in Energieerzeugung nach
        >> Waldshut einladen. Hätten Sie diese Woche Donnerstag vormittag oder Freitag ab 13 Uhr Zeit?
        >>
        >> Freundliche Grüße
        >> Sabine Eckert
        >> Personalabteilung, Hochrhein Stadtwerke GmbH
        """)
    return message([
        rcv("mail-qt1-f172.google.com", "209.85.160.172", when, B, "4TpF6n0Rz3kW"),
        ("From", addr("Sabine Eckert", "s.eckert@hochrhein-stadtwerke.de")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", enc("Re: Ihre Bewerbung – Ingenieur/in Energieerzeugung")),
        ("Date", date(when, B)),
        ("Message-ID", "<C41B7E2A-9D3F-4E58-A6C1-0F2E8B7D5A93@hochrhein-stadtwerke.de>"),
        ("In-Reply-To", "<8e2f1c0a-77b3-4d19-9c5e-2a61f0d3b8e4@example.org>"),
        ("References", "<5b0d3e91a7c2@hochrhein-stadtwerke.de> <8e2f1c0a-77b3-4d19-9c5e-2a61f0d3b8e4@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body))


@make.mail(N(15), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-18 14:00", Z), end=utc("2026-11-18 15:00", Z),
           contact="noemi.frei@glarona.ch", company="Glarona Energy Systems AG",
           local="Wed 2026-11-18 14:00", local_end="2026-11-18 15:00", zone=Z,
           note="Recruiter reply picking the Wednesday slot from her own earlier proposal, pasted Zoom block "
                "'Nov 18, 2026 02:00 PM Zurich', CET = 13:00Z; 'will last 60 minutes' -> end 14:00Z; contact = sender")
def m15() -> bytes:
    when = "2026-11-13 09:31"
    body = t("""
        Hi Lena,

        Great, Wednesday it is - thank you for getting back to me so quickly. Please find the Zoom
        details below. The interview will last 60 minutes: 20 minutes with me, then 40 minutes with
        Luca Steiner (Lead Engineer, Storage Integration) on a short case about a PV + battery hybrid.

        Noemi Frei is inviting you to a scheduled Zoom meeting.

        Topic: Lena Scholz - Glarona Energy - Interview
        Time: Nov 18, 2026 02:00 PM Zurich

        Join Zoom Meeting
        https://glarona.zoom.us/j/93715520481?pwd=QmZ4cWxYb0R3bW1tS0E5dz09

        Meeting ID: 937 1552 0481
        Passcode: 602417

        Best regards,
        Noemi

        Noemi Frei
        Talent Acquisition | Glarona Energy Systems AG
        Pfingstweidstrasse 106, 8005 Zürich

        From: Lena Scholz <lena.scholz@example.org>
        Sent: Thursday, November 12, 2026 8:14 PM
        To: Noemi Frei <noemi.frei@glarona.ch>
        Subject: Re: Next steps - Senior Engineer Hybrid Plants

        Hi Noemi, Wednesday at 14:00 works best for me. Thanks, Lena
        """)
    return message([
        rcv("GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM", "40.107.23.51", when, Z, "4ScD2f7Hx9wK"),
        ("From", addr("Noemi Frei", "noemi.frei@glarona.ch")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", "RE: Next steps - Senior Engineer Hybrid Plants"),
        ("Date", date(when, Z)),
        ("Message-ID", "<GV0P278MB07184A1B9C2D3E4F5A6B@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<a7d2c9e0-5f31-4b8e-9d4c-1e6f0b2a3c58@example.org>"),
        ("Thread-Topic", "Next steps - Senior Engineer Hybrid Plants"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(16), family="goodtime", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-03 09:00", B), end=utc("2026-12-03 12:00", B),
           contact="helen.park@ostwind-se.com", company="Ostwind Hydrogen & Solar SE",
           local="Thu 2026-12-03 09:00", local_end="2026-12-03 12:00", zone=B,
           note="GoodTime itinerary of three sessions, 09:00-09:45, 10:00-11:00, 11:15-12:00 CET in Stuttgart: "
                "first start 08:00Z to last end 11:00Z; contact = Reply-To coordinator")
def m16() -> bytes:
    when = "2026-11-25 14:10"
    body = t("""
        Hello Lena,

        We are excited to confirm your onsite interview with Ostwind Hydrogen & Solar SE for the role of
        Lead Engineer, Hybrid Power Plants (Req. 26-0417).

        Date: Thursday, December 3, 2026
        Location: Ostwind Campus, Löffelstraße 44, 70597 Stuttgart - Building C, reception

        Your schedule (all times CET, UTC+01:00):
          09:00 - 09:45   Hiring manager conversation   Dr. Sven Albrecht
          10:00 - 11:00   Technical deep dive           Ines Baptista, Kai Moser
          11:15 - 12:00   Team & culture                Julia Neff

        Please bring a photo ID. Lunch with the team is optional and not part of the assessment.

        Questions? Reply to this email to reach your coordinator, Helen Park.

        Best,
        Ostwind Talent Acquisition

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <p>Hello Lena,</p>
        <p>We are excited to confirm your onsite interview with Ostwind Hydrogen &amp; Solar SE for the role of
        <b>Lead Engineer, Hybrid Power Plants</b> (Req. 26-0417).</p>
        <p><b>Date:</b> Thursday, December 3, 2026<br>
        <b>Location:</b> Ostwind Campus, Löffelstraße 44, 70597 Stuttgart - Building C, reception</p>
        <p><b>Your schedule</b> (all times CET, UTC+01:00):</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><td>09:00 - 09:45</td><td>Hiring manager conversation</td><td>Dr. Sven Albrecht</td></tr>
        <tr><td>10:00 - 11:00</td><td>Technical deep dive</td><td>Ines Baptista, Kai Moser</td></tr>
        <tr><td>11:15 - 12:00</td><td>Team &amp; culture</td><td>Julia Neff</td></tr>
        </table>
        <p>Please bring a photo ID. Lunch with the team is optional and not part of the assessment.</p>
        <p>Questions? Reply to this email to reach your coordinator, Helen Park.</p>
        <p>Best,<br>Ostwind Talent Acquisition</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        rcv("o7.mail.goodtime.io", "168.245.33.7", when, B, "4SmR8k2Vb6tJ"),
        ("From", addr("Ostwind Talent Acquisition", "no-reply@mail.goodtime.io")),
        ("Reply-To", addr("Helen Park", "helen.park@ostwind-se.com")),
        ("To", LENA),
        ("Subject", "Your interview schedule - Lead Engineer, Hybrid Power Plants - Thursday, December 3"),
        ("Date", date(when, B)),
        ("Message-ID", "<gt-itin-26-0417-b91e4@mail.goodtime.io>"),
    ], alt(text(body, cte="base64"), html(page)))


# --------------------------------------------------------------------------- rescheduled


@make.mail(N(17), family="ashby", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-15 14:00", "Europe/London"), end=utc("2026-10-15 14:45", "Europe/London"),
           contact="olivia.grant@tidewater-renewables.co.uk", company="Tidewater Renewables Ltd",
           local="Thu 2026-10-15 14:00", local_end="2026-10-15 14:45", zone="Europe/London",
           note="Ashby reschedule: old Tue 13 Oct 3:00 PM BST, new Thu 15 Oct 2:00-2:45 PM BST (UTC+1) = "
                "13:00-13:45Z; the Berlin hint 3:00 PM is CEST and agrees; ICS SEQUENCE:1 in UTC; "
                "contact = Reply-To")
def m17() -> bytes:
    when = "2026-10-12 16:40"
    lon = "Europe/London"
    body = t("""
        Hi Lena,

        Your interview for Solar Asset Performance Engineer at Tidewater Renewables has been rescheduled.

        Previously: Tuesday, October 13, 2026, 3:00 PM - 3:45 PM BST
        New time:   Thursday, October 15, 2026, 2:00 PM - 2:45 PM BST (Europe/London)
                    (3:00 PM - 3:45 PM in Berlin)

        Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk3ZmQ4%40thread.v2/0

        You'll meet with:
          Gareth Lloyd - Asset Performance Manager

        Sorry for the shuffle - Gareth is on site on Tuesday. Questions? Just reply and it will reach
        Olivia Grant.

        Thanks,
        Tidewater Renewables Recruiting
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">" + "".join(
        f"<div>{line or '<br>'}</div>\n" for line in body.rstrip("\n").split("\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-9c41e0d2-7b5a-4f18-8e26-d3a0b1c7f954
        DTSTAMP:20261012T154000Z
        DTSTART:20261015T130000Z
        DTEND:20261015T134500Z
        SEQUENCE:1
        SUMMARY:Tidewater Renewables - Solar Asset Performance Engineer Interview
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Olivia Grant:mailto:olivia.grant@tidewater-renewables.co.uk
        ATTENDEE;CN=Lena Scholz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena.scholz@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.ashbyhq.com", "108.233.221.103", when, lon, "4RgZ3m5Kc7yB"),
        ("From", addr("Tidewater Renewables", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Olivia Grant", "olivia.grant@tidewater-renewables.co.uk")),
        ("To", LENA),
        ("Subject", "Interview rescheduled: Solar Asset Performance Engineer at Tidewater Renewables"),
        ("Date", date(when, lon)),
        ("Message-ID", "<010201928fd0a1c2-3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7-000000@email.amazonses.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start=utc("2026-12-10 15:00", B), contact="ulrike.haag@filderstrom.de",
           company="Filderstrom Energietechnik GmbH", local="Thu 2026-12-10 15:00", zone=B,
           note="Verschiebung nach Telefonat: alt Di 8.12. 10 Uhr, neu Do 10.12. 15 Uhr, CET = 14:00Z; keine "
                "Dauer; contact = Absenderin (Thread mit der Abwesenheitsnotiz derselben Person)")
def m18() -> bytes:
    when = "2026-12-04 12:15"
    body = t("""
        Sehr geehrte Frau Scholz,

        wie eben telefonisch besprochen verschieben wir unser Gespräch vom Dienstag, 8.12., 10 Uhr
        auf Donnerstag, 10.12., 15 Uhr. Herr Pfleiderer (Leitung Service Photovoltaik) ist dann
        ebenfalls dabei, was uns beiden sehr recht ist.

        Ort bleibt unverändert: Filderstrom Energietechnik GmbH, Max-Lang-Str. 36,
        70771 Leinfelden-Echterdingen, bitte am Empfang nach mir fragen.

        Entschuldigen Sie nochmals die kurzfristige Änderung.

        Mit freundlichen Grüßen

        Dr. Ulrike Haag
        Leiterin Personal
        Filderstrom Energietechnik GmbH
        Telefon +49 711 9011-230
        """)
    return message([
        rcv("mx.filderstrom.de", "85.214.33.9", when, B, "4TmC1h4Pz8rV"),
        ("From", addr("Dr. Ulrike Haag", "ulrike.haag@filderstrom.de")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", enc("Neuer Termin für unser Gespräch: Do. 10.12., 15 Uhr", "iso-8859-1")),
        ("Date", date(when, B)),
        ("Message-ID", "<000c01db4a7e$3f9a2b10$bee08130$@filderstrom.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


@make.mail(N(19), family="google_calendar", lang="de", interview=True, kind="rescheduled",
           start=utc("2026-11-17 16:00", B), end=utc("2026-11-17 17:00", B),
           contact="felix.hug@solarlabor-vauban.de", company="Solarlabor Vauban GmbH",
           local="Tue 2026-11-17 16:00", local_end="2026-11-17 17:00", zone=B,
           note="Deutsche Google-Kalender-Aktualisierung: neu Di. 17. Nov. 16:00-17:00 MEZ (zuvor Mo. 16. Nov. "
                "14:00-15:00), CET = 15:00-16:00Z; ICS SEQUENCE:1 in UTC; contact = ORGANIZER")
def m19() -> bytes:
    when = "2026-11-12 11:03"
    body = t("""
        Diese Veranstaltung wurde geändert.

        Zweitgespräch Lena Scholz – Solarlabor Vauban
        Geändert: Uhrzeit
        Dienstag, 17. Nov. 2026 ⋅ 16:00 – 17:00
        Mitteleuropäische Zeit - Berlin
        Zuvor: Montag, 16. Nov. 2026 ⋅ 14:00 – 15:00

        Ort
        Solarlabor Vauban, Merzhauser Str. 177, 79100 Freiburg im Breisgau, Besprechungsraum "Sonnenschiff"

        Hallo Lena, Montag klappt bei Andrea leider nicht, daher Dienstag – hoffe das passt wie
        besprochen! Felix

        Organisator
        Felix Hug
        felix.hug@solarlabor-vauban.de

        Gäste
        Felix Hug – Organisator
        Andrea Winterhalter
        lena.scholz@example.org

        Antwort für lena.scholz@example.org
        Ja   Nein   Vielleicht   Weitere Optionen

        Einladung von Google Kalender
        """)
    page = "<html><body><div style=\"font-family:Roboto,Arial,sans-serif\">" + "".join(
        f"<div>{line or '<br>'}</div>\n" for line in body.rstrip("\n").split("\n")) + "</div></body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261117T150000Z
        DTEND:20261117T160000Z
        DTSTAMP:20261112T100300Z
        ORGANIZER;CN=Felix Hug:mailto:felix.hug@solarlabor-vauban.de
        UID:1q2w3e4r5t6y7u8i9o0pvauban@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lena.scholz@example.org:mailto:lena.scholz@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Andrea Winterhalter:mailto:andrea.winterhalter@solarlabor-vauban.de
        CREATED:20261105T081522Z
        LAST-MODIFIED:20261112T100300Z
        LOCATION:Solarlabor Vauban\\, Merzhauser Str. 177\\, 79100 Freiburg im Breisgau
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Zweitgespräch Lena Scholz – Solarlabor Vauban
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-pl1-f199.google.com", "209.85.214.199", when, B, "4Sc8Lw3Qm1nF"),
        ("From", addr("Felix Hug", "felix.hug@solarlabor-vauban.de")),
        ("Reply-To", addr("Felix Hug", "felix.hug@solarlabor-vauban.de")),
        ("Sender", "Google Kalender <calendar-notification@google.com>"),
        ("To", LENA_ADDR),
        ("Subject", enc("Aktualisierte Einladung: Zweitgespräch Lena Scholz – Solarlabor Vauban @ "
                        "Di. 17. Nov. 2026 16:00 - 17:00 (MEZ) (lena.scholz@example.org)")),
        ("Date", date(when, B)),
        ("Message-ID", "<calendar-a3f9e1c0-6b2d-4e7a-9c58-0d1f2e3a4b5c@google.com>"),
    ], alt(text(body), html(page), calendar(ics, cte="quoted-printable")))


@make.mail(N(20), family="recruitee", lang="fr", interview=True, kind="rescheduled",
           start=utc("2026-12-01 11:00", P), end=utc("2026-12-01 11:45", P),
           contact="m.schaller@wattelsass.fr", company="Watt'Elsass SAS",
           local="Tue 2026-12-01 11:00", local_end="2026-12-01 11:45", zone=P,
           note="Recruitee, report en français : lundi 30 novembre 10h00 -> mardi 1er décembre 11h00 (heure de "
                "Paris, CET = 10:00Z), durée 45 minutes -> end 10:45Z; contact = Reply-To")
def m20() -> bytes:
    when = "2026-11-25 17:45"
    body = t("""
        Bonjour Lena,

        Nous devons malheureusement modifier l'horaire de votre entretien pour le poste de
        Chargé(e) d'affaires photovoltaïque (H/F).

        Ancien créneau : lundi 30 novembre à 10h00
        Nouveau créneau : mardi 1er décembre à 11h00 (heure de Paris)
        Durée : 45 minutes
        Lieu : visioconférence Google Meet – https://meet.google.com/wqs-ydoc-pfa

        Vous échangerez avec Mathilde Schaller (RH) et Antoine Keller (directeur technique).

        Si ce nouveau créneau ne vous convient pas, répondez simplement à ce message.

        À très bientôt,
        L'équipe Watt'Elsass
        """)
    page = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p style=\"margin:0\">{line or '&nbsp;'}</p>\n" for line in body.rstrip("\n").split("\n")) + \
        "<p style=\"font-size:10px;color:#aaa\">Envoyé avec Recruitee</p></body></html>\n"
    return message([
        rcv("mail.recruitee.com", "18.196.71.205", when, P, "4Tb0Gk9Wn2dH"),
        ("From", addr("Watt'Elsass", "no-reply@recruitee.com")),
        ("Reply-To", addr("Mathilde Schaller", "m.schaller@wattelsass.fr")),
        ("To", LENA),
        ("Subject", enc("Modification de votre entretien – Chargé(e) d'affaires photovoltaïque")),
        ("Date", date(when, P)),
        ("Message-ID", "<rt-offer-88231-cand-4410297-resched@recruitee.com>"),
    ], alt(text(body), html(page)))


# --------------------------------------------------------------------------- cancelled


@make.mail(N(21), family="exchange", lang="de", interview=True, kind="cancelled",
           start=utc("2026-10-02 09:00", B), end=utc("2026-10-02 10:00", B),
           contact="bernd.oberle@albtal-smartgrid.de", company="Albtal Smart Grid GmbH",
           local="Fri 2026-10-02 09:00", local_end="2026-10-02 10:00", zone=B,
           note="Exchange METHOD:CANCEL; Text zeigt '(UTC+01:00) Amsterdam, Berlin…' obwohl Oktober noch CEST ist: "
                "09:00-10:00 CEST = 07:00-08:00Z, ICS (W. Europe Standard Time) stimmt; Stelle intern besetzt, "
                "kein neuer Termin; contact = ORGANIZER")
def m21() -> bytes:
    when = "2026-09-28 17:20"
    body = t("""
        Wann: Freitag, 2. Oktober 2026 09:00-10:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Albtal Smart Grid GmbH, Ettlinger Str. 2, Karlsruhe, Raum Rheinblick

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Scholz,

        leider müssen wir das Vorstellungsgespräch am Freitag absagen: Die Stelle wurde kurzfristig
        intern besetzt. Das tut mir sehr leid, zumal Ihr Profil sehr gut gepasst hätte. Ich nehme Sie
        gern in unseren Talentpool auf, wenn Sie einverstanden sind.

        Mit freundlichen Grüßen
        Bernd Oberle
        Teamleiter Netzplanung
        """)
    page = "<html><body lang=DE><div class=WordSection1>" + "".join(
        f"<p class=MsoNormal>{line or '&nbsp;'}</p>\n" for line in body.rstrip("\n").split("\n")) + "</div></body></html>\n"
    ics = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Oberle Bernd:mailto:bernd.oberle@albtal-smartgrid.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Scholz:mailto:lena.scholz@example.org
        UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DB01000000000000000010000000F1E2D3C4B5A697887766554433221100
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Frau Scholz
        DTSTART;TZID=W. Europe Standard Time:20261002T090000
        DTEND;TZID=W. Europe Standard Time:20261002T100000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260928T152000Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Albtal Smart Grid GmbH\\, Ettlinger Str. 2\\, Karlsruhe\\, Raum Rheinblick
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1740220917
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("FR3P281MB1522.DEUP281.PROD.OUTLOOK.COM", "40.107.135.48", when, B, "4R9Xp2Nb6sQe"),
        ("From", addr("Oberle Bernd", "bernd.oberle@albtal-smartgrid.de")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", enc("Abgesagt: Vorstellungsgespräch Frau Scholz")),
        ("Thread-Topic", enc("Vorstellungsgespräch Frau Scholz")),
        ("Thread-Index", "AQHbMk7x1aB2cD3eF4gH5iJ6kL7mNw=="),
        ("Date", date(when, B)),
        ("Message-ID", "<FR3P281MB15229E8D7C6B5A4F3E2D1C0B@FR3P281MB1522.DEUP281.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="de-CH", interview=True, kind="cancelled",
           start=utc("2026-11-23 16:00", Z), contact="reto@limmatsolar.ch", company="Limmatsolar GmbH",
           local="Mon 2026-11-23 16:00", zone=Z,
           note="Schweizer du-Absage vom Do 19.11.: 'unser Gespräch vom Montag um 16 Uhr' = Mo 23.11. 16:00 Zürich, "
                "CET = 15:00Z; kein neuer Termin ('melde mich'); contact = Absender")
def m22() -> bytes:
    when = "2026-11-19 07:58"
    body = t("""
        Hoi Lena

        Leider muss ich unser Gespräch vom Montag um 16 Uhr absagen. Wir haben gestern erfahren, dass
        ein grosser Kunde sein Projekt auf nächstes Jahr schiebt, und bis das geklärt ist, dürfen wir
        niemanden einstellen. Ärgerlich, gerade weil wir uns so auf dich gefreut hatten.

        Ich melde mich, sobald ich mehr weiss - hoffentlich noch vor Weihnachten.

        Liebe Grüsse und merci für dein Verständnis
        Reto

        Reto Brunner
        Mitgründer, Limmatsolar GmbH
        Hardstrasse 219, 8005 Zürich
        """)
    return message([
        rcv("mail.infomaniak.com", "83.166.143.44", when, Z, "4SkM7q0Dy5hC"),
        ("From", addr("Reto Brunner", "reto@limmatsolar.ch")),
        ("To", LENA),
        ("Subject", "Montag"),
        ("Date", date(when, Z)),
        ("Message-ID", "<b0c9d8e7-f6a5-4b3c-8d2e-1f0a9b8c7d6e@limmatsolar.ch>"),
        ("User-Agent", "Infomaniak Webmail"),
    ], text(body, cte="8bit"))


@make.mail(N(23), family="workday", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-21 13:30", Z), contact="sophie.luethi@helvion.ch",
           company="Helvion Energy Trading AG", local="Wed 2026-10-21 13:30", zone=Z,
           note="Workday cancellation of Wed 21 Oct 1:30 PM CEST (Basel, UTC+2) = 11:30Z; a possible new time "
                "('perhaps Friday afternoon') is only floated, so kind stays cancelled; METHOD:CANCEL ICS in UTC; "
                "sender is the Workday mailbox, contact = recruiter address in the body")
def m23() -> bytes:
    when = "2026-10-16 10:12"
    body = t("""
        Dear Lena Scholz,

        We regret to inform you that your interview for the position R-10442 Quantitative Analyst,
        Renewable Power Origination, scheduled for Wednesday, October 21, 2026 at 1:30 PM CEST, has been
        cancelled.

        Your recruiter, Sophie Lüthi (sophie.luethi@helvion.ch), will contact you to arrange a new
        time - perhaps Friday afternoon of the same week, subject to the panel's availability.

        You can review the status of your application at any time in our Candidate Home:
        https://helvion.wd3.myworkdayjobs.com/Helvion_Careers/userHome

        Kind regards,
        Talent Acquisition
        Helvion Energy Trading AG, Basel

        This is a system-generated message. Please do not reply.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workday//Recruiting//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:WD-INT-R10442-CAND88412-01@myworkday.com
        DTSTAMP:20261016T081200Z
        DTSTART:20261021T113000Z
        DTEND:20261021T123000Z
        SUMMARY:Interview - R-10442 Quantitative Analyst
        STATUS:CANCELLED
        SEQUENCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("wd3-impl-smtp.workday.com", "159.255.80.31", when, Z, "4RgW4j6Sc1bL"),
        ("From", addr("Helvion Energy Trading", "helvion@myworkday.com")),
        ("To", LENA_ADDR),
        ("Subject", "Interview Cancelled: R-10442 Quantitative Analyst, Renewable Power Origination"),
        ("Date", date(when, Z)),
        ("Message-ID", "<1797331452.88412.1792138320000@wd3-impl-smtp.workday.com>"),
    ], mixed(html("<html><body><pre style=\"font-family:Arial\">\n" + body + "</pre></body></html>\n"),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


@make.mail(N(24), family="job_centre", lang="de", interview=False, company=None,
           days=(("Mon", "2026-09-14"),),
           note="Einladung der Agentur für Arbeit zu einem Beratungsgespräch mit fester Zeit (Mo 14.09., 9:30): "
                "Behördentermin, kein Vorstellungsgespräch")
def m24() -> bytes:
    when = "2026-09-08 07:12"
    body = t("""
        Sehr geehrte Frau Scholz,

        wir laden Sie zu einem persönlichen Gespräch über Ihre berufliche Situation ein.

        Termin:        Montag, 14.09.2026, um 09:30 Uhr
        Ort:           Agentur für Arbeit Freiburg, Lehener Straße 77, Zimmer 2.108
        Ansprechpartnerin: Frau Bürkle, Arbeitsvermittlung (Team Akademische Berufe)

        Bitte bringen Sie folgende Unterlagen mit:
        - aktuellen Lebenslauf
        - Ihre Kündigungsbestätigung bzw. Ihren Arbeitsvertrag
        - Personalausweis

        Im Gespräch möchten wir mit Ihnen Ihre Bewerbungsstrategie besprechen und, falls gewünscht,
        Vorstellungsgespräche vorbereiten.

        Rechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund nicht zu dem Termin erscheinen, kann dies
        zu einer Sperrzeit führen (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III).

        Können Sie den Termin nicht wahrnehmen, teilen Sie uns dies bitte rechtzeitig mit.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Freiburg

        Diese Nachricht wurde automatisch erstellt. Antworten Sie bitte nicht auf diese E-Mail.
        Nutzen Sie für Nachrichten an uns das Postfach in Ihrem Online-Konto.
        """)
    return message([
        rcv("mail.arbeitsagentur.de", "62.153.12.80", when, B, "4QnB5r9Vd2kP"),
        ("From", addr("Agentur für Arbeit Freiburg", "noreply@arbeitsagentur.de")),
        ("To", LENA_ADDR),
        ("Subject", enc("Einladung zu einem Gesprächstermin am 14.09.2026")),
        ("Date", date(when, B)),
        ("Message-ID", "<BA.20260908.071200.883412@arbeitsagentur.de>"),
    ], text(body, charset="iso-8859-1"))


@make.mail(N(25), family="press_interview", lang="de", interview=False, company=None,
           days=(("Thu", "2026-09-24"),),
           note="Journalistin bestätigt ein Interview mit Lena (Balkonkraftwerke, Energiegenossenschaft) am "
                "Donnerstag um 15 Uhr: feste Zeit, aber Presse, kein Vorstellungsgespräch")
def m25() -> bytes:
    when = "2026-09-21 12:44"
    body = t("""
        Liebe Frau Scholz,

        prima, dann machen wir es so: Interview am Donnerstag um 15 Uhr im Café Légère am Stühlinger
        Kirchplatz. Ich bringe unseren Fotografen mit, der ein paar Bilder auf dem Dach der
        Genossenschaft machen würde, falls das bis dahin geklappt hat mit dem Schlüssel.

        Themen wie besprochen: Balkonkraftwerke im Mietshaus, was die neue Regelung für Freiburger
        Mieter bedeutet, und warum Sie sich ehrenamtlich in der Bürgerenergie engagieren. Wir brauchen
        etwa 45 Minuten. Der Artikel soll in der Samstagsausgabe am 3.10. erscheinen.

        Herzliche Grüße
        Miriam Fehrenbach
        Redaktion Lokales, Breisgauer Tagblatt
        Tel. 0761 496-3318
        """)
    return message([
        rcv("mail.breisgauer-tagblatt.de", "91.198.46.23", when, B, "4QsH3k7Lp5mT"),
        ("From", addr("Miriam Fehrenbach", "m.fehrenbach@breisgauer-tagblatt.de")),
        ("To", LENA),
        ("Subject", enc("Re: Interview Balkonkraftwerke / Bürgerenergie")),
        ("Date", date(when, B)),
        ("Message-ID", "<6e1f2a3b-4c5d-6e7f-8091-a2b3c4d5e6f7@breisgauer-tagblatt.de>"),
        ("In-Reply-To", "<0d9a8b7c-1e2f-4a3b-9c8d-7e6f5a4b3c2d@example.org>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(26), family="podcast", lang="en", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Podcast recording confirmed for Tue 6 Oct 5:00 PM CEST with an ICS: Lena is the guest being "
                "'interviewed' on a show, not a job interview")
def m26() -> bytes:
    when = "2026-09-30 21:03"
    body = t("""
        Hey Lena,

        You're officially booked for The Watt Hour! Here's everything you need:

        Episode: "Rooftops, inverters and the people who fix them" (guest interview)
        Recording: Tuesday, October 6, 2026, 5:00 PM CEST (about 60 min incl. sound check)
        Studio link: https://riverside.fm/studio/the-watt-hour?t=a81f4c

        A few tips for the recording:
        - wired headphones, please (no AirPods)
        - a quiet room with soft furnishings
        - Chrome on a laptop works best

        I'll send the questions on Friday so you can prepare. No trick questions, promise.

        Cheers,
        Ben Achterberg
        Host, The Watt Hour - conversations on the energy transition
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Riverside//Studio//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:rv-thewatthour-ep112@riverside.fm
        DTSTAMP:20260930T190300Z
        DTSTART:20261006T150000Z
        DTEND:20261006T160000Z
        SUMMARY:The Watt Hour - recording with Lena Scholz
        ORGANIZER;CN=Ben Achterberg:mailto:ben@watthourpodcast.com
        ATTENDEE;CN=Lena Scholz:mailto:lena.scholz@example.org
        LOCATION:https://riverside.fm/studio/the-watt-hour?t=a81f4c
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-ej1-f54.google.com", "209.85.218.54", when, B, "4RbP8w1Hs4vZ"),
        ("From", addr("Ben Achterberg", "ben@watthourpodcast.com")),
        ("To", LENA),
        ("Subject", "You're booked: The Watt Hour recording, Tue Oct 6"),
        ("Date", date(when, B)),
        ("Message-ID", "<CAHr3pT0b8Yv+QxW6mLc7ZnD1eF4sGkJ9uA@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, filename="watt-hour-recording.ics", disposition="attachment")))


@make.mail(N(27), family="admission_interview", lang="de", interview=False, company=None,
           days=(("Fri", "2026-10-16"),),
           note="Auswahlgespräch für einen berufsbegleitenden Master/MBA am Fr 16.10. 15 Uhr per Zoom: "
                "Hochschul-Zulassung, kein Vorstellungsgespräch bei einem Arbeitgeber")
def m27() -> bytes:
    when = "2026-10-07 10:30"
    body = t("""
        Sehr geehrte Frau Scholz,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        "MBA Energiewirtschaft & Nachhaltiges Management" (Start Sommersemester 2027).

        Wir freuen uns, Sie zum Auswahlgespräch einladen zu dürfen:

            Freitag, 16.10.2026, 15:00 Uhr
            per Zoom (Link folgt einen Tag vorher)
            Kommission: Prof. Dr. Hanna Zähringer, Prof. Dr. Markus Ebner

        Das Gespräch dauert 20 Minuten. Bitte bereiten Sie eine kurze Vorstellung Ihrer
        Studienmotivation (max. 5 Minuten) vor.

        Mit freundlichen Grüßen
        Studienservice Weiterbildung
        Hochschule am Kaiserstuhl
        """)
    return message([
        rcv("mx1.hs-kaiserstuhl.de", "141.79.12.4", when, B, "4RfT2c5Nb8yK"),
        ("From", addr("Studienservice Weiterbildung", "weiterbildung@hs-kaiserstuhl.de")),
        ("To", LENA),
        ("Subject", enc("Einladung zum Auswahlgespräch – MBA Energiewirtschaft")),
        ("Date", date(when, B)),
        ("Message-ID", "<20261007083012.GA19822@hs-kaiserstuhl.de>"),
    ], text(body, cte="quoted-printable", charset="iso-8859-15"))


@make.mail(N(28), family="sports_tryout", lang="de", interview=False, company=None,
           days=(("Tue", "2026-09-22"),),
           note="Volleyballverein bestätigt ein Probetraining am Dienstag um 19:30: Vereinstermin, kein Job")
def m28() -> bytes:
    when = "2026-09-17 22:14"
    body = t("""
        Hallo Lena,

        cool, dass du Lust hast! Komm gern am Dienstag um 19:30 zum Probetraining in die Halle der
        Emil-Thoma-Schule (Eingang Hofseite). Wir sind grad 9 Leute in der Damen 2, Bezirksliga,
        und suchen vor allem jemand für Außen/Annahme. Halle ist bis 21:45.

        Sportsachen, Hallenschuhe, Wasser. Knieschoner hab ich zur Not noch welche.

        Danach gehen wir meistens noch auf ein Radler ins "Feierling", musst aber nicht 😄

        Sportliche Grüße
        Verena
        Trainerin Damen 2, TuS Wiehre 1889 e.V.
        """)
    return message([
        rcv("mout.gmx.net", "212.227.17.21", when, B, "4RxK1d8Fm3pQ"),
        ("From", addr("Verena Kiefer", "verena.kiefer@example.com")),
        ("To", LENA),
        ("Subject", "Re: Probetraining Volleyball Damen"),
        ("Date", date(when, B)),
        ("Message-ID", "<trinity-7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d-1789769640@3c-app-gmx-bs12>"),
    ], text(body, cte="base64"))


@make.mail(N(29), family="car_service", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Werkstatttermin im Autohaus am Do. 22.10. um 7:30 Uhr mit ICS: feste Zeit, kein Interview")
def m29() -> bytes:
    when = "2026-10-15 16:51"
    body = t("""
        Sehr geehrte Frau Scholz,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Fahrzeug:    Kia e-Niro, FR-LS 2207
        Leistung:    Inspektion 60.000 km, Wechsel auf Winterreifen (eingelagert)
        Termin:      Do. 22.10. um 7:30 Uhr (Fahrzeugannahme)
        Abholung:    voraussichtlich ab 16:00 Uhr

        Ein Ersatzfahrzeug ist für Sie reserviert. Bitte denken Sie an Fahrzeugschein und
        Serviceheft.

        Ihr Serviceteam
        Autohaus Dreisam GmbH · Zähringer Str. 340 · 79108 Freiburg
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Autohaus Dreisam//Werkstattplaner//DE\n" + VTZ[B] + "\n" + t("""
        BEGIN:VEVENT
        UID:ws-2026-10-22-0730-frls2207@autohaus-dreisam.de
        DTSTAMP:20261015T145100Z
        DTSTART;TZID=Europe/Berlin:20261022T073000
        DTEND;TZID=Europe/Berlin:20261022T080000
        SUMMARY:Werkstatttermin Autohaus Dreisam (Inspektion + Reifenwechsel)
        LOCATION:Zähringer Str. 340\\, 79108 Freiburg
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.autohaus-dreisam.de", "85.13.150.22", when, B, "4RgM6t0Wc9sD"),
        ("From", addr("Autohaus Dreisam Service", "service@autohaus-dreisam.de")),
        ("To", LENA),
        ("Subject", enc("Terminbestätigung Werkstatt – Do. 22.10., 7:30 Uhr")),
        ("Date", date(when, B)),
        ("Message-ID", "<ws.20261015145100.77120@autohaus-dreisam.de>"),
    ], mixed(text(body, charset="windows-1252"),
             calendar(ics, method=None, filename="Werkstatttermin.ics", disposition="attachment", cte="base64")))


@make.mail(N(30), family="ms_bookings", lang="de", interview=False, company=None,
           days=(("Wed", "2026-11-04"),),
           note="Microsoft-Bookings-Bestätigung einer Baufinanzierungsberatung bei der Bank am Mi 4.11. 17:00 "
                "mit ICS: Bankberatung, kein Vorstellungsgespräch")
def m30() -> bytes:
    when = "2026-10-27 09:14"
    body = t("""
        Ihre Buchung wurde bestätigt

        Dreisamtaler Volksbank eG – Beratungscenter Wiehre

        Dienst:     Erstgespräch Baufinanzierung (60 Minuten)
        Datum:      Mittwoch, 4. November 2026
        Uhrzeit:    17:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Mitarbeiter: Thomas Ruf

        Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und eine Aufstellung Ihres
        Eigenkapitals mit.

        Termin ändern oder stornieren:
        https://outlook.office365.com/owa/calendar/DreisamtalerVolksbank@dreisamtaler-vb.de/bookings/

        Diese E-Mail wurde von Microsoft Bookings gesendet.
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Dreisamtaler Volksbank eG:mailto:DreisamtalerVolksbank@dreisamtaler-vb.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Scholz:mailto:lena.scholz@example.org
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
        SUMMARY;LANGUAGE=de-DE:Erstgespräch Baufinanzierung – Lena Scholz
        DTSTART;TZID=W. Europe Standard Time:20261104T170000
        DTEND;TZID=W. Europe Standard Time:20261104T180000
        DTSTAMP:20261027T081400Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Beratungscenter Wiehre\\, Günterstalstr. 18\\, Freiburg
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("AM0PR02MB5587.eurprd02.prod.outlook.com", "40.107.6.110", when, B, "4RmQ4z8Jh1tB"),
        ("From", addr("Dreisamtaler Volksbank eG", "DreisamtalerVolksbank@dreisamtaler-vb.de")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", enc("Gebucht: Erstgespräch Baufinanzierung für Lena Scholz")),
        ("Date", date(when, B)),
        ("Message-ID", "<AM0PR02MB5587B1C2D3E4F5A6@AM0PR02MB5587.eurprd02.prod.outlook.com>"),
    ], alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n"),
           calendar(ics, cte="base64")))


@make.mail(N(31), family="mock_interview", lang="de", interview=False, company=None,
           days=(("Wed", "2026-10-28"),),
           note="Bewerbungscoach bestätigt ein Probe-Vorstellungsgespräch (Mock Interview) am Mi 28.10. 17 Uhr "
                "und bietet Pakete an: Coaching, kein echtes Interview")
def m31() -> bytes:
    when = "2026-10-22 08:05"
    body = t("""
        Liebe Frau Scholz,

        schön, dass Sie sich für das Interviewtraining entschieden haben! Ich bestätige Ihnen unseren
        Termin für das simulierte Vorstellungsgespräch:

        Mittwoch, 28.10., 17:00–18:30 Uhr, in meiner Praxis in der Gartenstraße 9 (2. OG, Klingel "Lais").

        Wir spielen ein komplettes Gespräch für die Stelle bei Neckarwatt durch, inklusive der
        typischen Fragen zu Gehalt und Wechselmotivation, und ich gebe Ihnen danach ausführliches
        Feedback, auf Wunsch mit Videoaufzeichnung.

        Falls Sie danach weitermachen möchten: das 3er-Paket "Interview-Fit" kostet 390 €, die heutige
        Sitzung wird angerechnet.

        Herzliche Grüße
        Karin Lais
        Karriere- und Bewerbungscoaching, Freiburg
        www.lais-coaching.de
        """)
    return message([
        rcv("smtp.ionos.de", "217.72.192.78", when, B, "4RkD9p3Tz6wH"),
        ("From", addr("Karin Lais Coaching", "kontakt@lais-coaching.de")),
        ("To", LENA),
        ("Subject", enc("Ihr Interviewtraining am 28.10.")),
        ("Date", date(when, B)),
        ("Message-ID", "<7b2c91e0f4a3d856@lais-coaching.de>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="proposal_unconfirmed", lang="en", interview=False, company="Glarona Energy Systems AG",
           days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
           note="Recruiter proposes two slots (Tue 17 Nov 10:00 or Wed 18 Nov 14:00 Zurich time) and asks which "
                "works: nothing confirmed yet (the confirmation is a later mail in the same thread)")
def m32() -> bytes:
    when = "2026-11-12 16:05"
    body = t("""
        Hi Lena,

        Thank you for your application for Senior Engineer Hybrid Plants - Luca and I enjoyed reading
        about your work on the Breisgau agri-PV pilot.

        We'd love to invite you to a first interview (video, about an hour). Would Tuesday 17 November
        at 10:00 or Wednesday 18 November at 14:00 (Zurich time) work for you? If neither fits, just send
        me two or three alternatives next week.

        Best regards,
        Noemi

        Noemi Frei
        Talent Acquisition | Glarona Energy Systems AG
        Pfingstweidstrasse 106, 8005 Zürich
        """)
    return message([
        rcv("GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM", "40.107.23.51", when, Z, "4ScA7g2Lk0xS"),
        ("From", addr("Noemi Frei", "noemi.frei@glarona.ch")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", "Next steps - Senior Engineer Hybrid Plants"),
        ("Date", date(when, Z)),
        ("Message-ID", "<GV0P278MB07183F2E1D0C9B8A7F6E@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", "Next steps - Senior Engineer Hybrid Plants"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="forwarded_other", lang="de", interview=False, company=None,
           days=(("Tue", "2026-12-08"),),
           note="Lenas Bruder leitet seine eigene Interview-Bestätigung (Di 8.12., 10:00) zur Info weiter: "
                "bestätigtes Interview, aber nicht Lenas")
def m33() -> bytes:
    when = "2026-12-02 19:26"
    body = t("""
        Hey Schwesterherz,

        schau mal, hat doch was gebracht mit deinen Tipps zum Anschreiben! Drück mir die Daumen 🤞
        Können wir am Wochenende mal kurz telefonieren, du hast ja gerade Übung in sowas 😅

        Jan

        ---------- Forwarded message ---------
        Von: Talent Team Bodensee Logistik <noreply@bodensee-logistik.de>
        Date: Mi., 2. Dez. 2026 um 14:02
        Subject: Interview confirmed: Teamleiter Disposition (m/w/d)
        To: <jan.scholz@example.net>

        Hallo Jan Scholz,

        Ihr Interview ist bestätigt:

        Dienstag, 8. Dezember 2026, 10:00 – 11:00 Uhr
        Bodensee Logistik GmbH, Hafenstraße 5, 88045 Friedrichshafen
        Gesprächspartnerin: Saskia Thoma (saskia.thoma@bodensee-logistik.de)

        Wir freuen uns auf Sie!
        Ihr Talent Team
        """)
    return message([
        rcv("mail-wm1-f48.google.com", "209.85.128.48", when, B, "4SpW3b7Rf1nG"),
        ("From", addr("Jan Scholz", "jan.scholz@example.net")),
        ("To", LENA),
        ("Subject", "Fwd: Interview confirmed: Teamleiter Disposition (m/w/d)"),
        ("Date", date(when, B)),
        ("Message-ID", "<CAF8xZ1qK2wP+n3vR7mT0yLb4cD5eG6hJ9sA@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="rejection", lang="de", interview=False, company="Kraichgau Energiesysteme GmbH",
           days=(("Thu", "2026-10-01"),),
           note="Personio-Absage nach dem Gespräch vom 1.10.: erwähnt ein vergangenes Interview, kein Termin")
def m34() -> bytes:
    when = "2026-10-12 14:27"
    body = t("""
        Guten Tag Frau Scholz,

        nochmals vielen Dank für das offene und angenehme Gespräch am Donnerstag, 1.10., und die Zeit,
        die Sie sich für uns genommen haben.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Erfahrung im
        Bereich Umspannwerksplanung noch etwas besser zu unseren aktuellen Projekten passt. Diese
        Entscheidung ist uns nicht leichtgefallen.

        Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten. Sie
        können dem jederzeit widersprechen.

        Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

        Mit freundlichen Grüßen
        Miriam Kessler
        Kraichgau Energiesysteme GmbH
        """)
    return message([
        rcv("mail-a12.personio.de", "52.29.170.41", when, B, "4RgT8n3Hk5z1"),
        ("From", addr("Kraichgau Energiesysteme GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Miriam Kessler", "m.kessler@kraichgau-energie.de")),
        ("To", LENA),
        ("Subject", enc("Ihre Bewerbung als Projektingenieur:in Photovoltaik-Großanlagen")),
        ("Date", date(when, B)),
        ("Message-ID", "<0102019a2e4b7c11-5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e-000000@eu-central-1.amazonses.com>"),
    ], alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                            + "</p></body></html>\n", cte="base64")))


@make.mail(N(35), family="offer", lang="de-CH", interview=False, company="Rheinknie Energie AG",
           days=(("Mon", "2026-11-30"),),
           note="Schweizer Vertragsangebot nach den Gesprächen, mit fest vereinbartem Telefonat am Montag um "
                "10 Uhr zur Besprechung des Vertrags: Angebot, kein Interview")
def m35() -> bytes:
    when = "2026-11-25 15:48"
    body = t("""
        Grüezi Frau Scholz

        Ich freue mich sehr, Ihnen im Namen der Rheinknie Energie AG die Stelle als Senior Engineer
        Asset Management Solar anbieten zu dürfen. Der Vertragsentwurf liegt diesem Mail bei
        (Pensum 100 %, Stellenantritt nach Vereinbarung, frühestens 1. März 2027).

        Wie telefonisch abgemacht, gehen wir die Details - Lohn, Grenzgängerbewilligung, Homeoffice-
        Regelung - am Montag um 10 Uhr telefonisch durch. Ich rufe Sie auf Ihrer Mobilnummer an.

        Frau Gysin lässt Sie herzlich grüssen; das ganze Team hat sich einstimmig für Sie ausgesprochen.

        Freundliche Grüsse

        Beat Sutter
        HR Business Partner
        Rheinknie Energie AG
        """)
    return message([
        rcv("ZR0P278MB0456.CHEP278.PROD.OUTLOOK.COM", "40.107.167.102", when, Z, "4SnF5r2Kc8vQ"),
        ("From", addr("Sutter Beat", "beat.sutter@rheinknie-energie.ch")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", "Vertragsangebot Senior Engineer Asset Management Solar"),
        ("Date", date(when, Z)),
        ("Message-ID", "<ZR0P278MB04567A8B9C0D1E2F3A4B@ZR0P278MB0456.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
    ], mixed(text(body, charset="windows-1252"),
             pdf_part("Vertragsentwurf_Scholz.pdf")))


def pdf_part(name: str) -> make.Part:
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    return make.Part([("Content-Type", f'application/pdf; name="{name}"'),
                      ("Content-Disposition", f'attachment; filename="{name}"'),
                      ("Content-Transfer-Encoding", "base64")],
                     base64.encodebytes(pdf).replace(b"\n", b"\r\n"))


@make.mail(N(36), family="application_receipt", lang="de", interview=False, company="Remstal Photonics GmbH",
           note="softgarden-Eingangsbestätigung: nennt mögliche spätere Vorstellungsgespräche, aber keinen Termin")
def m36() -> bytes:
    when = "2026-09-15 23:41"
    body = t("""
        Sehr geehrte Frau Scholz,

        vielen Dank für Ihre Bewerbung als Entwicklungsingenieurin Leistungselektronik (m/w/d) und Ihr
        Interesse an der Remstal Photonics GmbH.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns
        in der Regel innerhalb von drei Wochen bei Ihnen. Wenn Ihr Profil passt, laden wir Sie zunächst
        zu einem telefonischen Vorgespräch und anschließend zu einem Vorstellungsgespräch an unserem
        Standort in Waiblingen ein.

        Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Remstal Photonics GmbH
        """)
    return message([
        rcv("mail.softgarden.io", "185.35.92.17", when, B, "4QrV2m8Jd6wE"),
        ("From", addr("Remstal Photonics GmbH", "no-reply@mail.softgarden.io")),
        ("Reply-To", "bewerbung@remstal-photonics.de"),
        ("To", LENA),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Entwicklungsingenieurin Leistungselektronik")),
        ("Date", date(when, B)),
        ("Message-ID", "<sg.3a4b5c6d.20260915214100.118833@softgarden.io>"),
    ], html("<html><body style=\"font-family:Verdana\"><p>" + body.replace("\n\n", "</p><p>")
            .replace("\n", " ") + "</p></body></html>\n"))


@make.mail(N(37), family="job_alert", lang="de", interview=False, company=None,
           note="Jobagent einer Jobbörse mit neuen Stellen ('Vorstellungsgespräch in 2 Wochen' als Werbeslogan): "
                "keine Bewerbung, kein Termin")
def m37() -> bytes:
    when = "2026-10-19 06:00"
    page = t("""
        <html><body style="font-family:Arial;background:#eef3f0">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h2 style="color:#1d7a4c">7 neue Jobs für „PV Ingenieur" in Freiburg + 50 km</h2>
        <p><b>Projektingenieur Photovoltaik (m/w/d)</b><br>Eichstetten Solar GmbH · Eichstetten · vor 1 Tag</p>
        <p><b>Systemingenieur Batteriespeicher (w/m/d)</b><br>Markgräfler Stadtwerke · Müllheim · vor 2 Tagen</p>
        <p><b>Technical Sales Engineer PV (m/w/d)</b><br>Rhine Valley Trading SA · Basel · vor 2 Tagen</p>
        <p><b>Ingénieur études PV (H/F)</b><br>Colmar Énergies · Colmar · vor 3 Tagen</p>
        <p><a href="https://www.gruenejobs-suedwest.de/jobagent/ergebnisse?id=8812">Alle 7 Jobs ansehen</a></p>
        <p style="background:#fef6d8;padding:10px">Tipp: Mit dem Premium-Profil sind Sie schneller beim
        Vorstellungsgespräch – im Schnitt in nur 2 Wochen!</p>
        <p style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie den Jobagent „PV Ingenieur" angelegt haben.
        <a href="https://www.gruenejobs-suedwest.de/jobagent/abmelden?id=8812">Abmelden</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mailout3.gruenejobs-suedwest.de", "194.25.134.9", when, B, "4RjY0p6Bs2cF"),
        ("From", addr("GrüneJobs Südwest Jobagent", "jobagent@gruenejobs-suedwest.de")),
        ("To", LENA_ADDR),
        ("Subject", enc("7 neue Jobs für „PV Ingenieur\" in Freiburg")),
        ("Date", date(when, B)),
        ("Message-ID", "<jobagent.8812.20261019040000@gruenejobs-suedwest.de>"),
        ("List-Unsubscribe", "<https://www.gruenejobs-suedwest.de/jobagent/abmelden?id=8812>"),
        ("Precedence", "bulk"),
    ], html(page))


@make.mail(N(38), family="newsletter_tips", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Careers newsletter with interview tips and a live Q&A on Thursday 6pm CET: no interview of Lena's")
def m38() -> bytes:
    when = "2026-11-09 07:30"
    body = t("""
        CLEAN ENERGY CAREERS WEEKLY - Issue #87

        This week: how to ace the technical interview for solar and storage roles

        1. Know your single-line diagram. Interviewers at utility-scale developers will ask you to walk
           through one, from the module string to the point of interconnection.
        2. Prepare one failure story. "The inverter that kept tripping" beats any textbook answer.
        3. Ask about the O&M budget. It tells you more about the company than the careers page.

        LIVE Q&A: "Your interview is confirmed - now what?"
        Thursday, November 12, 6:00 PM CET, with recruiter Dana Whitfield. Free for subscribers.
        Save your seat: https://cleanenergycareers.example.net/live/87

        Job of the week: Senior PV Engineer, Lisbon (remote-friendly)

        You're receiving this because you subscribed at cleanenergycareers.example.net.
        Unsubscribe: https://cleanenergycareers.example.net/u/9f2e
        """)
    return message([
        rcv("mail142-7.suw41.mandrillapp.com", "198.2.142.7", when, B, "4SbF1n9Gq3tY"),
        ("From", addr("Clean Energy Careers Weekly", "newsletter@cleanenergycareers.example.net")),
        ("To", LENA_ADDR),
        ("Subject", "#87: Ace the technical interview (+ live Q&A Thursday)"),
        ("Date", date(when, B)),
        ("Message-ID", "<20261109063000.87.9f2e@mandrillapp.com>"),
        ("List-Unsubscribe", "<https://cleanenergycareers.example.net/u/9f2e>"),
        ("List-Id", "Clean Energy Careers Weekly <weekly.cleanenergycareers.example.net>"),
    ], alt(text(body), html("<html><body><pre>" + body + "</pre></body></html>\n")))


@make.mail(N(39), family="self_schedule", lang="de", interview=False, company="Murgtal Energie GmbH",
           days=(("Mon", "2026-12-07"), ("Fri", "2026-12-11")),
           note="Workable-Link zur Terminwahl ('wählen Sie einen Termin zwischen Mo 7.12. und Fr 11.12.'): "
                "noch kein fester Termin")
def m39() -> bytes:
    when = "2026-12-01 11:19"
    body = t("""
        Hallo Lena,

        vielen Dank für Ihre Bewerbung als Betriebsingenieur:in Wasserkraft & PV bei der Murgtal Energie
        GmbH. Wir würden Sie gern in einem ersten Video-Interview (45 Minuten) kennenlernen.

        Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen Mo 7.12. und Fr 11.12.
        aus:

        https://apply.workable.com/murgtal-energie/j/4C1D9E2F7A/schedule/8b3e0f

        Die Uhrzeiten werden Ihnen automatisch in Ihrer Zeitzone angezeigt. Sobald Sie gebucht haben,
        erhalten Sie eine Bestätigung mit dem Link zum Gespräch.

        Viele Grüße
        Carina Wäldele
        Murgtal Energie GmbH
        """)
    return message([
        rcv("mail-relay.workablemail.com", "50.31.56.12", when, B, "4TaC7k2Vm8pR"),
        ("From", addr("Carina Wäldele (Murgtal Energie GmbH)", "murgtal-energie@candidates.workablemail.com")),
        ("Reply-To", "murgtal-energie+c7d8e9f0a1b2@candidates.workablemail.com"),
        ("To", LENA),
        ("Subject", enc("Bitte Termin für Ihr Interview wählen - Betriebsingenieur:in Wasserkraft & PV")),
        ("Date", date(when, B)),
        ("Message-ID", "<wk.4C1D9E2F7A.8b3e0f.1796032740@workablemail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(40), family="recruiter_outreach", lang="de", interview=False, company="Königsbau Consulting GmbH",
           note="Personalberater aus Stuttgart schlägt 'nächste Woche' ein Telefonat vor, ohne feste Zeit")
def m40() -> bytes:
    when = "2026-09-23 13:02"
    body = t("""
        Hallo Frau Scholz,

        über Ihr Profil bin ich auf Sie aufmerksam geworden. Ich betreue exklusiv die Besetzung einer
        Position als Head of Engineering Photovoltaik bei einem mittelständischen Projektentwickler in
        der Region Stuttgart (ca. 120 MA, inhabergeführt, stark im Bereich Agri-PV).

        Hätten Sie nächste Woche Lust auf ein unverbindliches Telefonat? Sagen Sie mir gern, wann es
        Ihnen passt - ich richte mich ganz nach Ihnen.

        Beste Grüße
        Oliver Stäbler
        Senior Consultant Energy & Utilities
        Königsbau Consulting GmbH | Königstraße 26 | 70173 Stuttgart
        """)
    return message([
        rcv("mail-out.koenigsbau-consulting.de", "80.237.133.61", when, B, "4RaD5w8Nt2kJ"),
        ("From", addr("Oliver Stäbler", "o.staebler@koenigsbau-consulting.de")),
        ("To", LENA),
        ("Subject", "Vertrauliche Anfrage: Head of Engineering PV, Region Stuttgart"),
        ("Date", date(when, B)),
        ("Message-ID", "<KC.2026092313021.4471@koenigsbau-consulting.de>"),
    ], text(body, cte="8bit"))


@make.mail(N(41), family="medical_appointment", lang="de", interview=False, company=None,
           days=(("Wed", "2026-11-18"),),
           note="Terminbestätigung einer Hausarztpraxis am Mi 18.11. um 8:15 Uhr: fester Termin, kein Interview")
def m41() -> bytes:
    when = "2026-11-10 12:00"
    body = t("""
        Guten Tag Lena Scholz,

        Ihr Termin ist bestätigt.

        Praxis Dr. med. Eva Stierlin, Allgemeinmedizin
        Mi. 18.11.2026 um 08:15 Uhr
        Anlass: Gesundheits-Check-up
        Adresse: Basler Str. 61, 79100 Freiburg im Breisgau

        Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern.

        Termin absagen: https://praxisplaner.example.com/t/55aa21

        Ihr Praxisplaner-Team
        """)
    return message([
        rcv("out.praxisplaner.example.com", "185.98.66.4", when, B, "4SgT3c1Lm7vW"),
        ("From", addr("Praxisplaner", "no-reply@praxisplaner.example.com")),
        ("To", LENA_ADDR),
        ("Subject", enc("Terminbestätigung: Mi. 18.11. 08:15 – Praxis Dr. med. Eva Stierlin")),
        ("Date", date(when, B)),
        ("Message-ID", "<pp-55aa21-conf@praxisplaner.example.com>"),
    ], alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n")))


@make.mail(N(42), family="flat_viewing", lang="de", interview=False, company=None,
           days=(("Sat", "2026-11-07"),),
           note="Hausverwaltung bestätigt eine Wohnungsbesichtigung in Karlsruhe am Sa. 7.11. um 11 Uhr: kein Job")
def m42() -> bytes:
    when = "2026-11-03 17:36"
    body = t("""
        Sehr geehrte Frau Scholz,

        gerne bestätigen wir Ihnen den Besichtigungstermin für die 3-Zimmer-Wohnung in der
        Karlsruher Südweststadt (Kriegsstraße 112, 2. OG, 78 m²):

        Samstag, 7.11., 11:00 Uhr - bitte am Haupteingang klingeln (Hausmeister Herr Kunz).

        Bitte bringen Sie zur Besichtigung eine Selbstauskunft, die letzten drei Gehaltsnachweise
        sowie eine Mietschuldenfreiheitsbescheinigung mit.

        Mit freundlichen Grüßen
        Hausverwaltung Fächer GmbH
        Sandra Maisch
        """)
    return message([
        rcv("smtp.hv-faecher.de", "178.254.10.77", when, B, "4SaN9d4Kx1hT"),
        ("From", addr("Sandra Maisch", "s.maisch@hv-faecher.de")),
        ("To", LENA),
        ("Subject", enc("Besichtigungstermin Kriegsstraße 112")),
        ("Date", date(when, B)),
        ("Message-ID", "<20261103163601.5521@hv-faecher.de>"),
    ], text(body, charset="iso-8859-1"))


@make.mail(N(43), family="reference_call", lang="en", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="Recruiter confirms a reference call on Thu 17 Sep at 4pm CEST where Lena is the referee for a "
                "former colleague: fixed time, but not Lena's interview; company null (not her application)")
def m43() -> bytes:
    when = "2026-09-14 11:22"
    body = t("""
        Hi Lena,

        Thanks so much for agreeing to act as a reference for Jonas Weber - he speaks very highly of the
        two years you worked together on the Kaiserstuhl agri-PV project.

        Confirming our reference call for Thursday (17 Sept) at 4pm CEST. I'll call you on the number
        Jonas gave us; it should take no more than 20 minutes. I'll mostly ask about his technical
        ownership, how he handles site conflicts, and whether you'd hire him again.

        Everything you tell me stays confidential and won't be shared with Jonas verbatim.

        Many thanks,
        Fiona Doyle
        Talent Partner, Kestrel Wind Ltd
        fiona.doyle@kestrelwind.ie
        """)
    return message([
        rcv("mail-db8eur05on2090.outbound.protection.outlook.com", "40.107.20.90", when, "Europe/Dublin",
            "4QqL6c2Wn9rY"),
        ("From", addr("Fiona Doyle", "fiona.doyle@kestrelwind.ie")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", "Reference for Jonas Weber - call on Thursday"),
        ("Date", date(when, "Europe/Dublin")),
        ("Message-ID", "<DB8P195MB0611A2B3C4D5E6F7@DB8P195MB0611.EURP195.PROD.OUTLOOK.COM>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(N(44), family="interviewer_panel", lang="de", interview=False, company=None,
           days=(("Wed", "2026-09-30"),),
           note="Exchange-Einladung beim aktuellen Arbeitgeber: Lena sitzt als Interviewerin im Gespräch mit einem "
                "Werkstudenten-Kandidaten (Mi 30.09. 14:00): Interview mit fester Zeit, aber nicht ihres")
def m44() -> bytes:
    when = "2026-09-24 09:41"
    body = t("""
        Hallo Lena,

        danke, dass du spontan einspringst! Der Kandidat ist Tim Albers (Master Erneuerbare Energien,
        Uni Freiburg), Lebenslauf und Anschreiben liegen im Teams-Kanal "Recruiting Werkstudenten".
        Bitte übernimm den fachlichen Teil (PV-Auslegung, ca. 20 Min.), ich mache den Rest.

        Gruß
        Vanessa

        Vanessa Kury | HR | Solarbau Markgräflerland GmbH
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kury Vanessa:mailto:v.kury@solarbau-mgl.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Scholz Lena:mailto:lena.scholz@solarbau-mgl.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Albers Tim:mailto:tim.albers@example.com
        UID:040000008200E00074C5B7101A82E0080000000011223344556677DB01000000000000000010000000AABBCCDDEEFF00112233445566778899
        SUMMARY;LANGUAGE=de-DE:Interview Werkstudent Netzplanung - Tim Albers
        DTSTART;TZID=W. Europe Standard Time:20260930T140000
        DTEND;TZID=W. Europe Standard Time:20260930T150000
        DTSTAMP:20260924T074100Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Belchen (EG)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("X-Forwarded-To", LENA_ADDR),
        ("X-Forwarded-For", f"lena.scholz@solarbau-mgl.de {LENA_ADDR}"),
        rcv("mail.solarbau-mgl.de", "46.4.118.33", when, B, "4RcT1g8Hp4kN"),
        ("From", addr("Kury Vanessa", "v.kury@solarbau-mgl.de")),
        ("To", addr("Scholz Lena", "lena.scholz@solarbau-mgl.de")),
        ("Subject", "Interview Werkstudent Netzplanung - Tim Albers"),
        ("Date", date(when, B)),
        ("Message-ID", "<7A1B2C3D4E5F6071@EXMBX02.solarbau-mgl.local>"),
        ("Thread-Topic", "Interview Werkstudent Netzplanung - Tim Albers"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n"),
           calendar(ics, cte="base64")))


@make.mail(N(45), family="exit_interview", lang="de", interview=False, company=None,
           days=(("Tue", "2026-12-15"),),
           note="HR des aktuellen Arbeitgebers lädt nach Lenas Kündigung zum Austrittsgespräch (Di. 15.12., 14 Uhr): "
                "Exit-Interview, kein Vorstellungsgespräch")
def m45() -> bytes:
    when = "2026-12-09 10:05"
    body = t("""
        Hallo Lena,

        schade, dass du uns verlässt - aber herzlichen Glückwunsch zur neuen Stelle in Basel!

        Wie bei allen Austritten würden wir gern ein kurzes Austrittsgespräch (Exit-Interview) mit dir
        führen: Di. 15.12., 14 Uhr, bei mir im Büro. Es geht uns darum, was wir als Arbeitgeber besser
        machen können; das Gespräch ist freiwillig und vertraulich.

        Außerdem: Resturlaub, Laptop-Rückgabe und Zeugnis besprechen wir gleich mit.

        Viele Grüße
        Vanessa

        Vanessa Kury | HR | Solarbau Markgräflerland GmbH
        """)
    return message([
        ("X-Forwarded-To", LENA_ADDR),
        rcv("mail.solarbau-mgl.de", "46.4.118.33", when, B, "4TqR5d0Kc2wB"),
        ("From", addr("Kury Vanessa", "v.kury@solarbau-mgl.de")),
        ("To", addr("Scholz Lena", "lena.scholz@solarbau-mgl.de")),
        ("Subject", enc("Austrittsgespräch")),
        ("Date", date(when, B)),
        ("Message-ID", "<8B2C3D4E5F607182@EXMBX02.solarbau-mgl.local>"),
    ], text(body))


@make.mail(N(46), family="auto_reply", lang="de", interview=False, company="Filderstrom Energietechnik GmbH",
           days=(("Tue", "2026-12-08"),),
           note="Abwesenheitsnotiz der Personalleiterin auf Lenas Mail 'Re: Einladung zum Vorstellungsgespräch "
                "am 8.12. um 10 Uhr': automatische Antwort, bestätigt nichts")
def m46() -> bytes:
    when = "2026-12-01 20:33"
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Donnerstag, 3.12., nicht im Büro und habe nur eingeschränkt Zugriff
        auf meine E-Mails. Ab Freitag bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an personal@filderstrom.de oder +49 711 9011-200.

        Mit freundlichen Grüßen
        Dr. Ulrike Haag
        Leiterin Personal, Filderstrom Energietechnik GmbH
        """)
    return message([
        rcv("mx.filderstrom.de", "85.214.33.9", when, B, "4TbE8s3Gn6yX"),
        ("From", addr("Dr. Ulrike Haag", "ulrike.haag@filderstrom.de")),
        ("To", addr("Lena Scholz", LENA_ADDR)),
        ("Subject", enc("Automatische Antwort: Re: Einladung zum Vorstellungsgespräch am 8.12. um 10 Uhr")),
        ("Date", date(when, B)),
        ("Message-ID", "<000d01db4a11$9c8b7a60$d5a26f20$@filderstrom.de>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<f0e1d2c3-b4a5-4697-8877-665544332211@example.org>"),
    ], text(body, charset="iso-8859-1"))


@make.mail(N(47), family="bounce", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Postfix bounce of Lena's own reply ('Dienstag 24.11. 13:30 passt mir') to a mistyped address; "
                "the original is attached: a delivery failure, not a confirmation")
def m47() -> bytes:
    when = "2026-11-16 09:02"
    orig = message([
        ("From", LENA),
        ("To", "t.weinman@rheinhafen-netz.de"),
        ("Subject", enc("Re: Terminbestätigung Vorstellungsgespräch")),
        ("Date", date("2026-11-16 09:01", B)),
        ("Message-ID", "<4b5c6d7e-8f90-41a2-b3c4-d5e6f7a8b9c0@example.org>"),
    ], text(t("""
        Sehr geehrter Herr Weinmann,

        vielen Dank, der Termin am Dienstag, 24.11., um 13:30 Uhr passt mir sehr gut. Ich freue mich
        auf das Gespräch und bringe die Präsentation auf einem USB-Stick mit.

        Viele Grüße
        Lena Scholz
        """)))
    note = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <t.weinman@rheinhafen-netz.de>: host mx.rheinhafen-netz.de[81.169.145.92]
            said: 550 5.1.1 <t.weinman@rheinhafen-netz.de>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO
            command)
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4SbW7q2Lm9xA
        Arrival-Date: Mon, 16 Nov 2026 09:01:12 +0100 (CET)

        Final-Recipient: rfc822; t.weinman@rheinhafen-netz.de
        Original-Recipient: rfc822;t.weinman@rheinhafen-netz.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.rheinhafen-netz.de
        Diagnostic-Code: smtp; 550 5.1.1 <t.weinman@rheinhafen-netz.de>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = multipart(
        "report",
        make.Part([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')],
                  note.replace("\n", "\r\n").encode("ascii")),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        make.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status")
    return message([
        ("From", "MAILER-DAEMON@mx01.example.org (Mail Delivery System)"),
        ("To", LENA_ADDR),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, B)),
        ("Message-ID", "<20261116080200.8C1D2E3F4A@mx01.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@make.mail(N(48), family="mailing_list", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Mailingliste eines Solar-Stammtischs: Treffen Do. 8.10. 19 Uhr zum Thema "
                "Bewerbungsgespräche in der Energiebranche: Meetup, kein Interview")
def m48() -> bytes:
    when = "2026-10-02 18:10"
    body = t("""
        Hallo zusammen,

        unser nächster Stammtisch ist am Do. 8.10. um 19 Uhr im Hinterzimmer der "Grünen Sonne"
        (Wiehre). Thema diesmal, weil es gerade so viele betrifft:

            "Bewerbungsgespräche in der Energiebranche - was wird gefragt, was verdient man?"

        Markus (Stadtwerke) und Ayşe (Projektierer aus Emmendingen) erzählen, wie Interviews bei ihnen
        ablaufen und worauf sie als Interviewer achten. Danach offene Runde.

        Bitte kurz per Reply an mich, wer kommt, damit ich genug Platz reservieren kann.

        Sonnige Grüße
        Tobi

        --
        solar-stammtisch-fr mailing list
        solar-stammtisch-fr@lists.example.org
        https://lists.example.org/mailman/listinfo/solar-stammtisch-fr
        """)
    return message([
        rcv("lists.example.org", "93.184.216.40", when, B, "4RcS6v1Jm3tW"),
        ("From", addr("Tobias Grieshaber", "tobi.grieshaber@example.com")),
        ("To", "solar-stammtisch-fr@lists.example.org"),
        ("Subject", enc("[solar-stammtisch-fr] Stammtisch Do. 8.10.: Bewerbungsgespräche in der Energiebranche")),
        ("Date", date(when, B)),
        ("Message-ID", "<5d4c3b2a-1908-4f7e-8d6c-5b4a39281706@example.com>"),
        ("List-Id", "Solar-Stammtisch Freiburg <solar-stammtisch-fr.lists.example.org>"),
        ("List-Post", "<mailto:solar-stammtisch-fr@lists.example.org>"),
        ("List-Unsubscribe", "<https://lists.example.org/mailman/options/solar-stammtisch-fr>"),
        ("Precedence", "list"),
        ("Sender", "solar-stammtisch-fr-bounces@lists.example.org"),
    ], text(body, cte="8bit"))


@make.mail(N(49), family="webinar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-09-30"),),
           note="Zoom webinar registration 'Cracking the Clean-Tech Interview', Wed Sep 30 12:00 PM CEST, with ICS: "
                "a webinar about interviews, not an interview")
def m49() -> bytes:
    when = "2026-09-22 14:45"
    body = t("""
        Hi Lena,

        Thank you for registering for "Cracking the Clean-Tech Interview: what hiring managers at solar
        and storage companies really ask".

        Date & Time: Sep 30, 2026 12:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86620194457?tk=Vb3zQ_webinar_token

        Passcode: 771204

        Add to calendar: see attachment.

        You can cancel your registration at any time.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20260922T124500Z
        DTSTART:20260930T100000Z
        DTEND:20260930T110000Z
        SUMMARY:Cracking the Clean-Tech Interview
        UID:20260922T124500Z-86620194457@fe80:0:0:0:b0:zoom
        LOCATION:https://us06web.zoom.us/w/86620194457
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail-out.zoom.us", "170.114.10.14", when, B, "4QxM2n7Ps5fC"),
        ("From", addr("Greentech Careers Network", "no-reply@zoom.us")),
        ("Reply-To", "events@greentech-careers.example.com"),
        ("To", LENA),
        ("Subject", "Cracking the Clean-Tech Interview Confirmation"),
        ("Date", date(when, B)),
        ("Message-ID", "<webinar.86620194457.reg.5512@zoom.us>"),
    ], mixed(alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n")),
             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment")))


@make.mail(N(50), family="rejection", lang="fr", interview=False, company="Énergies Rhénanes SAS",
           days=(("Thu", "2026-10-08"),),
           note="Refus en français après l'entretien du jeudi 8 octobre : évoque un entretien passé, aucun rendez-vous")
def m50() -> bytes:
    when = "2026-10-20 10:17"
    body = t("""
        Bonjour Madame Scholz,

        Nous vous remercions encore pour l'entretien du jeudi 8 octobre et pour l'intérêt que vous portez
        à Énergies Rhénanes.

        Après mûre réflexion, nous avons le regret de vous informer que nous ne donnerons pas suite à
        votre candidature pour le poste d'ingénieure systèmes photovoltaïques. Votre profil a néanmoins
        retenu toute notre attention, et nous nous permettrons de revenir vers vous si un poste
        correspondant se libère.

        Nous vous souhaitons pleine réussite dans vos recherches.

        Bien cordialement,

        Claire Muller
        Chargée de recrutement
        Énergies Rhénanes SAS
        """)
    return message([
        rcv("smtp-out.energies-rhenanes.fr", "91.121.44.203", when, P, "4RjK0x5Cn8dV"),
        ("From", addr("Claire Muller", "claire.muller@energies-rhenanes.fr")),
        ("To", LENA),
        ("Subject", enc("Votre candidature - Ingénieure systèmes photovoltaïques", "iso-8859-1")),
        ("Date", date(when, P)),
        ("Message-ID", "<a7c9e2f1-3b5d-4f80-9e1c-2d4b6a8f0c35@energies-rhenanes.fr>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, charset="iso-8859-1", cte="8bit"))
