"""blind321: a blind 50-mail held-out set, the inbox of Anna Seifert, insurance-claims team lead in
Gotha (Europe/Berlin), September to December 2026.

Written on 2026-11-26 by a helper session that read only make.py, make_blind.py, the head and the
Mix / label-convention / traps / judgement-call sections of bench/heldout/README.md, the dev
corpus README, dev labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the
detector, its tests, the other held-out mail modules or sets, and never ran the detector.
Every mail is written by hand, one function each; keys 1-23 are positives (scheduled 1-16,
rescheduled 17-20, cancelled 21-23), keys 24-50 negatives. File numbers are a fixed shuffle of
the writing order.
"""

from __future__ import annotations

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
)

ORDER = random.Random(3210321).sample(range(1, 51), 50)
SET = "blind321"


def N(key):
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "anna.seifert@example.com"
ANNA = addr("Anna Seifert", ME)
GMX_IN = "mx01.mail.example.com (mx01.mail.example.com [192.0.2.25])"


def head(frm, subject, when, zone, mid, by_from, ident, to=ANNA, extra=(), lag=3):
    return [
        ("Delivered-To", ME),
        ("Received", received(by_from, when, zone, f"{GMX_IN} with ESMTPS id {ident}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


BERLIN = VTZ["Europe/Berlin"]
WEURO = VTZ["W. Europe Standard Time"]
EASTERN = VTZ["Eastern Standard Time"]


# =========================================================================== positives: scheduled


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="katrin.baehr@wartburg-versicherung.de", company="Wartburg Versicherung AG",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone="Europe/Berlin",
           note="Personio invitation (Sie), 'Dienstag, 15. September 2026, 10:00 - 11:00 Uhr' in Erfurt, CEST = UTC+2; ICS Europe/Berlin agrees; contact = human Reply-To recruiter")
def m01():
    body = t("""
        Sehr geehrte Frau Seifert,

        vielen Dank für Ihre Bewerbung als Teamleiterin Schadenregulierung Kraftfahrt (m/w/d).
        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen, und bestätigen den Termin:

        Datum:        Dienstag, 15. September 2026
        Uhrzeit:      10:00 - 11:00 Uhr
        Ort:          Wartburg Versicherung AG, Juri-Gagarin-Ring 88, 99084 Erfurt, Empfang Haus B
        Gesprächspartner: Herr Dirk Sommerfeld (Abteilungsleiter Schaden), Frau Katrin Bähr (HR)

        Bitte bringen Sie einen Lichtbildausweis mit. Parkplätze finden Sie in der Tiefgarage
        (Einfahrt Stauffenbergallee); das Ticket wird am Empfang entwertet.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Katrin Bähr
        Personalgewinnung | Wartburg Versicherung AG

        Diese Nachricht wurde über Personio versendet.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1c1c1c">
        <p>Sehr geehrte Frau Seifert,</p>
        <p>vielen Dank für Ihre Bewerbung als Teamleiterin Schadenregulierung Kraftfahrt (m/w/d).
        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen, und bestätigen den Termin:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum</b></td><td>Dienstag, 15. September 2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Wartburg Versicherung AG, Juri-Gagarin-Ring 88, 99084 Erfurt, Empfang Haus B</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Herr Dirk Sommerfeld (Abteilungsleiter Schaden), Frau Katrin Bähr (HR)</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit. Parkplätze finden Sie in der Tiefgarage
        (Einfahrt Stauffenbergallee); das Ticket wird am Empfang entwertet.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Katrin Bähr<br>Personalgewinnung | Wartburg Versicherung AG</p>
        <p style="color:#888;font-size:11px">Diese Nachricht wurde über Personio versendet.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:personio-evt-7c1f0a52-5d1e-4e38-b3a9-wartburg
DTSTAMP:20260908T121200Z
DTSTART;TZID=Europe/Berlin:20260915T100000
DTEND;TZID=Europe/Berlin:20260915T110000
SEQUENCE:0
SUMMARY:Vorstellungsgespräch Anna Seifert - Wartburg Versicherung AG
LOCATION:Juri-Gagarin-Ring 88\\, 99084 Erfurt\\, Empfang Haus B
ORGANIZER;CN=Katrin Bähr:mailto:katrin.baehr@wartburg-versicherung.de
ATTENDEE;CN=Anna Seifert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:anna.seifert@example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Wartburg Versicherung AG", "no-reply@mail.personio.de"),
              "Einladung zum Vorstellungsgespräch – Teamleiterin Schadenregulierung Kraftfahrt",
              "2026-09-08 14:12:00", "Europe/Berlin", "<0102019a2c41e7d2-6f1b@eu-central-1.amazonses.com>",
              "from a8-31.smtp-out.eu-central-1.amazonses.com (a8-31.smtp-out.eu-central-1.amazonses.com [198.51.100.31])",
              "q8RtW21Kx5a",
              extra=[("Reply-To", addr("Katrin Bähr", "katrin.baehr@wartburg-versicherung.de"))])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="einladung.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(2), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-09-24T11:00:00Z", end="2026-09-24T12:00:00Z",
           contact="thomas.reinhold@inselsberg-versicherung.de", company="Inselsberg Versicherung AG",
           local="Thu 2026-09-24 13:00", local_end="2026-09-24 14:00", zone="Europe/Berlin",
           note="Google Calendar invitation (German UI) 'Do. 24. Sept. 2026 13:00 – 14:00 (Mitteleuropäische Sommerzeit)', CEST = UTC+2; ICS agrees; contact = human ORGANIZER (hiring manager)")
def m02():
    body = t("""
        Thomas Reinhold hat Sie zu folgendem Termin eingeladen

        Vorstellungsgespräch Teamleitung Sachschaden – Anna Seifert
        Donnerstag, 24. Sept. 2026 · 13:00 – 14:00
        Mitteleuropäische Sommerzeit - Berlin

        Ort
        Inselsberg Versicherung AG, Wartburgallee 41, 99817 Eisenach, 3. OG, Raum 3.14

        Hallo Frau Seifert,
        wie besprochen hier die Einladung für Donnerstag. Herr Kühn aus dem Vorstandsbereich
        Schaden wird ebenfalls dabei sein. Melden Sie sich bitte am Empfang.
        Viele Grüße, Thomas Reinhold

        Gäste
        Thomas Reinhold - Organisator
        Ralf Kühn
        anna.seifert@example.com

        Antworten für anna.seifert@example.com: Ja · Vielleicht · Nein · Weitere Optionen

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie auf "Ja" klicken,
        wird der Organisator über Ihre Antwort informiert.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p>Thomas Reinhold hat Sie zu folgendem Termin eingeladen</p>
        <h2 style="font-size:20px;font-weight:400">Vorstellungsgespräch Teamleitung Sachschaden – Anna Seifert</h2>
        <p>Donnerstag, 24. Sept. 2026 · 13:00 – 14:00<br>Mitteleuropäische Sommerzeit - Berlin</p>
        <p><b>Ort</b><br>Inselsberg Versicherung AG, Wartburgallee 41, 99817 Eisenach, 3. OG, Raum 3.14</p>
        <p>Hallo Frau Seifert,<br>wie besprochen hier die Einladung für Donnerstag. Herr Kühn aus dem Vorstandsbereich
        Schaden wird ebenfalls dabei sein. Melden Sie sich bitte am Empfang.<br>Viele Grüße, Thomas Reinhold</p>
        <p><b>Gäste</b><br>Thomas Reinhold - Organisator<br>Ralf Kühn<br>anna.seifert@example.com</p>
        <p style="color:#70757a;font-size:12px">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260924T130000
DTEND;TZID=Europe/Berlin:20260924T140000
DTSTAMP:20260921T142005Z
ORGANIZER;CN=Thomas Reinhold:mailto:thomas.reinhold@inselsberg-versicherung.de
UID:5q0h2k1bt9d7m3rj8v6c4n2a1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Reinhold;X-NUM-GUESTS=0:mailto:thomas.reinhold@inselsberg-versicherung.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ralf Kühn;X-NUM-GUESTS=0:mailto:ralf.kuehn@inselsberg-versicherung.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anna.seifert@example.com;X-NUM-GUESTS=0:mailto:anna.seifert@example.com
CREATED:20260921T141922Z
DESCRIPTION:Hallo Frau Seifert\\,\\nwie besprochen hier die Einladung für Donnerstag.
LAST-MODIFIED:20260921T142005Z
LOCATION:Inselsberg Versicherung AG\\, Wartburgallee 41\\, 99817 Eisenach
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Teamleitung Sachschaden – Anna Seifert
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Thomas Reinhold", "thomas.reinhold@inselsberg-versicherung.de"),
              "Einladung: Vorstellungsgespräch Teamleitung Sachschaden – Anna Seifert @ Do. 24. Sept. 2026 13:00 - 14:00 (MESZ) (anna.seifert@example.com)",
              "2026-09-21 16:20:05", "Europe/Berlin", "<calendar-8e0d1f4a-33b2-4c0e-9a61-2f7d5c1b9e40@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "c3Hq9ZrT0pLm",
              extra=[("Reply-To", addr("Thomas Reinhold", "thomas.reinhold@inselsberg-versicherung.de")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-01T12:00:00Z", end=None,
           contact="j.pfeiffer@ppm-leipzig.de", company="Auenwald Versicherung AG",
           local="Thu 2026-10-01 14:00", zone="Europe/Berlin",
           note="Agency recruiter (Du, Leipzig): 'Donnerstag um 14 Uhr' resolved against Date Mon 28 Sep -> Thu 1 Oct, CEST = UTC+2; 'ca. 90 Minuten' is approximate so end null; company = the client (hiring company)")
def m03():
    body = t("""
        Hi Anna,

        kurze Bestätigung, wie eben am Telefon besprochen: Donnerstag um 14 Uhr bist du bei
        Auenwald in Leipzig, Prager Straße 214 (Haupteingang, dann Empfang 1. Stock).

        Gesprächspartnerin ist Frau Dr. Heike Lindner, Leiterin Schaden Komposit, dazu kommt
        jemand aus der Personalabteilung. Plan mal ca. 90 Minuten ein, bei Auenwald dauert das
        erste Gespräch gern etwas länger. Die wollen vor allem hören, wie du dein Team durch die
        Umstellung auf das neue Schadensystem gebracht hast.

        Ruf mich gern vorher noch mal an, wenn du Fragen hast, und danach sowieso ;-)

        Viele Grüße
        Jonas

        --
        Jonas Pfeiffer
        Senior Consultant Versicherungen
        Personalpartner Mitteldeutschland GmbH
        Katharinenstraße 12, 04109 Leipzig
        Tel. +49 341 9265 4410 | mobil +49 172 3318 902
        j.pfeiffer@ppm-leipzig.de
        """)
    hs = head(addr("Jonas Pfeiffer", "j.pfeiffer@ppm-leipzig.de"),
              "Auenwald – Donnerstag 14 Uhr",
              "2026-09-28 17:45:10", "Europe/Berlin", "<9a3e2f71c0d84b7e@ppm-leipzig.de>",
              "from mail.ppm-leipzig.de (mail.ppm-leipzig.de [203.0.113.57])", "Lp3qX0a9Vb2",
              extra=[("User-Agent", "Mozilla Thunderbird")])
    return message(hs, text(body, cte="8bit"))


@make.mail(N(4), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-10-13T08:00:00Z", end="2026-10-13T08:45:00Z",
           contact="siobhan.nibhriain@liffey-re.ie", company="Liffey Re DAC",
           local="Tue 2026-10-13 09:00", local_end="2026-10-13 09:45", zone="Europe/Dublin",
           note="Greenhouse confirmation from Dublin: '9:00 AM - 9:45 AM Irish Standard Time (IST)' = Irish summer time UTC+1 in October (not India), = 10:00 CEST as the body adds; contact = human Reply-To")
def m04():
    body = t("""
        Hi Anna,

        Thanks for making time to speak with us! Your interview for Claims Team Lead, DACH
        Portfolio is confirmed.

        When: Tuesday, October 13, 2026, 9:00 AM - 9:45 AM Irish Standard Time (IST)
              (that's 10:00 - 10:45 for you in Germany)
        Where: Microsoft Teams - the link is below
        Interviewers: Conor Whelan (Head of Claims, Continental Europe)

        Join Microsoft Teams meeting:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_LiffeyRe_7d2c

        If you need to reschedule, please reply to this email and it will reach Siobhán.

        Best,
        Siobhán Ní Bhriain
        Talent Acquisition Partner, Liffey Re DAC
        Sir John Rogerson's Quay, Dublin 2
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Anna,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Claims Team Lead, DACH Portfolio</b> is confirmed.</p>
        <p><b>When:</b> Tuesday, October 13, 2026, 9:00 AM - 9:45 AM Irish Standard Time (IST)<br>
        (that's 10:00 - 10:45 for you in Germany)<br>
        <b>Where:</b> Microsoft Teams - the link is below<br>
        <b>Interviewers:</b> Conor Whelan (Head of Claims, Continental Europe)</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_LiffeyRe_7d2c">Join Microsoft Teams meeting</a></p>
        <p>If you need to reschedule, please reply to this email and it will reach Siobhán.</p>
        <p>Best,<br>Siobhán Ní Bhriain<br>Talent Acquisition Partner, Liffey Re DAC<br>Sir John Rogerson's Quay, Dublin 2</p>
        </body></html>
        """)
    hs = head(addr("Liffey Re", "no-reply@greenhouse.io"),
              "Interview Confirmation: Claims Team Lead, DACH Portfolio at Liffey Re",
              "2026-10-06 11:02:44", "Europe/Dublin", "<6f0e1a.8c2b.greenhouse-prod-mailer-2@greenhouse.io>",
              "from o13.email.greenhouse.io (o13.email.greenhouse.io [198.51.100.113])", "gH7d2LpQ0xr",
              extra=[("Reply-To", addr("Siobhán Ní Bhriain", "siobhan.nibhriain@liffey-re.ie"))])
    return message(hs, alt(text(body), html(page)))


@make.mail(N(5), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T10:30:00Z",
           contact="sabine.kretschmar@elbland-versicherung.de", company="Elbland Versicherung AG",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:30", zone="Europe/Berlin",
           note="Exchange meeting request (TZID W. Europe Standard Time), sent Wed 21 Oct in CEST, interview Tue 27 Oct after the 25 Oct change: 10:00 CET = 09:00Z; contact = human ORGANIZER/sender")
def m05():
    body = t("""
        Sehr geehrte Frau Seifert,

        wie telefonisch vereinbart lade ich Sie zum Vorstellungsgespräch für die Position
        Gruppenleitung Schadenservice Privatkunden nach Dresden ein.

        Termin: Dienstag, 27. Oktober 2026, 10:00 – 11:30 Uhr
        Ort: Elbland Versicherung AG, Ostra-Allee 9, 01067 Dresden, Raum E.204

        Am Gespräch nehmen Herr Matthias Wünsche (Bereichsleiter Schaden) und ich teil.
        Reisekosten (Bahn 2. Klasse) erstatten wir Ihnen gern.

        Mit freundlichen Grüßen
        Sabine Kretschmar
        Personalreferentin
        Elbland Versicherung AG
        Telefon +49 351 4872 2231
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrte Frau Seifert,</p>
        <p class="MsoNormal">wie telefonisch vereinbart lade ich Sie zum Vorstellungsgespräch für die Position
        Gruppenleitung Schadenservice Privatkunden nach Dresden ein.</p>
        <p class="MsoNormal">Termin: Dienstag, 27. Oktober 2026, 10:00 – 11:30 Uhr<br>
        Ort: Elbland Versicherung AG, Ostra-Allee 9, 01067 Dresden, Raum E.204</p>
        <p class="MsoNormal">Am Gespräch nehmen Herr Matthias Wünsche (Bereichsleiter Schaden) und ich teil.
        Reisekosten (Bahn 2. Klasse) erstatten wir Ihnen gern.</p>
        <p class="MsoNormal">Mit freundlichen Grüßen<br>Sabine Kretschmar<br>Personalreferentin<br>
        Elbland Versicherung AG<br>Telefon +49 351 4872 2231</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEURO}
BEGIN:VEVENT
ORGANIZER;CN=Kretschmar Sabine:mailto:sabine.kretschmar@elbland-versicherung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anna.seifert@example.com:mailto:anna.seifert@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wünsche Matthias:mailto:matthias.wuensche@elbland-versicherung.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Seifert\\,\\n\\nwie telefonisch vereinbart lade ich Sie zum Vorstellungsgespräch ein.\\n
UID:040000008200E00074C5B7101A82E00800000000B0A6F1E35A61DC01000000000000000010000000C7E2A6D4F1B03A4CB8E1D27F0C55A913
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Anna Seifert - Gruppenleitung Schadenservice
DTSTART;TZID=W. Europe Standard Time:20261027T100000
DTEND;TZID=W. Europe Standard Time:20261027T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T133012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Ostra-Allee 9\\, 01067 Dresden\\, Raum E.204
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121745033
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kretschmar, Sabine", "sabine.kretschmar@elbland-versicherung.de"),
              "Vorstellungsgespräch Anna Seifert - Gruppenleitung Schadenservice",
              "2026-10-21 15:30:12", "Europe/Berlin",
              "<FR3P281MB1456C2A0E7D14B9A8C3F1E22D9A40@FR3P281MB1456.DEUP281.PROD.OUTLOOK.COM>",
              "from EUR05-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2101.outbound.protection.outlook.com [203.0.113.101])",
              "Ex9vT2mQ4sd",
              extra=[("Thread-Topic", enc("Vorstellungsgespräch Anna Seifert - Gruppenleitung Schadenservice")),
                     ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(6), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-23T12:00:00Z", end="2026-10-23T13:00:00Z",
           contact="marco.bernasconi@limmat-assurance.ch", company="Limmat Assurance AG",
           local="Fri 2026-10-23 14:00", local_end="2026-10-23 15:00", zone="Europe/Zurich",
           note="Lever confirmation from Zurich: 'Friday, October 23, 2026, 2:00 PM - 3:00 PM CEST (Zurich)', still summer time (UTC+2) before 25 Oct; contact = human Reply-To recruiter. Later moved (reschedule mail in the same thread)")
def m06():
    body = t("""
        Hi Anna,

        Your interview with Limmat Assurance has been scheduled. Here are the details:

        Position: Head of Claims Operations DACH
        Date: Friday, October 23, 2026
        Time: 2:00 PM - 3:00 PM CEST (Zurich)
        Location: Video call (Microsoft Teams) - the invitation will follow from Dr. Regula Sutter
        Interviewer: Dr. Regula Sutter, Chief Claims Officer

        Please let me know if anything comes up.

        Kind regards,
        Marco Bernasconi
        Talent Acquisition | Limmat Assurance AG | Mythenquai 40, 8002 Zürich

        Sent via Lever
        """)
    hs = head(addr("Marco Bernasconi", "no-reply@hire.lever.co"),
              "Interview confirmed: Head of Claims Operations DACH - Limmat Assurance",
              "2026-10-15 10:20:31", "Europe/Zurich", "<20261015082031.1.9F3C2B7A41E0D56A@hire.lever.co>",
              "from mail-a22.hire.lever.co (mail-a22.hire.lever.co [198.51.100.22])", "Lv0pD5sQ8zk",
              extra=[("Reply-To", addr("Marco Bernasconi", "marco.bernasconi@limmat-assurance.ch"))])
    page = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px;line-height:20px">
        <p>Hi Anna,</p>
        <p>Your interview with Limmat Assurance has been scheduled. Here are the details:</p>
        <p><strong>Position:</strong> Head of Claims Operations DACH<br>
        <strong>Date:</strong> Friday, October 23, 2026<br>
        <strong>Time:</strong> 2:00 PM - 3:00 PM CEST (Zurich)<br>
        <strong>Location:</strong> Video call (Microsoft Teams) - the invitation will follow from Dr. Regula Sutter<br>
        <strong>Interviewer:</strong> Dr. Regula Sutter, Chief Claims Officer</p>
        <p>Please let me know if anything comes up.</p>
        <p>Kind regards,<br>Marco Bernasconi<br>Talent Acquisition | Limmat Assurance AG | Mythenquai 40, 8002 Zürich</p>
        <p style="color:#999;font-size:11px">Sent via Lever</p>
        </div>
        """)
    return message(hs, alt(text(body), html(page)))


@make.mail(N(7), family="workday", lang="de", interview=True, kind="scheduled",
           start="2026-11-11T12:30:00Z", end=None, contact=None, company="Taunus Versicherung AG",
           local="Wed 2026-11-11 13:30", zone="Europe/Berlin",
           note="Workday HTML-only (base64): 'Mittwoch, 11. November 2026, 13:30 Uhr (MEZ)', CET = UTC+1; no length given; only the Workday sender and a generic team signature, no human address -> contact null")
def m07():
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Taunus Versicherung</title></head>
        <body style="margin:0;background:#f2f4f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#00465f;color:#fff;font-size:18px">Taunus Versicherung AG – Karriere</td></tr>
        <tr><td>
        <p>Sehr geehrte Frau Seifert,</p>
        <p>wir freuen uns, Ihnen mitteilen zu können, dass wir Sie im Rahmen Ihrer Bewerbung auf die Stelle
        <b>Teamleiter/in Großschaden Gewerbe (R-2026-0418)</b> zu einem Videointerview einladen möchten.</p>
        <p><b>Termin:</b> Mittwoch, 11. November 2026, 13:30 Uhr (MEZ)<br>
        <b>Format:</b> Microsoft Teams – den Link erhalten Sie am Vortag per E-Mail<br>
        <b>Gesprächspartner:</b> Leitung Großschaden und Human Resources</p>
        <p>Bitte bestätigen Sie den Termin in Ihrem Kandidatenprofil unter <a href="https://taunusversicherung.wd3.myworkdayjobs.com/de-DE/Karriere">Meine Bewerbungen</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Taunus Versicherung AG<br>Rheinstraße 35, 65185 Wiesbaden</p>
        <p style="font-size:11px;color:#888">Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    hs = head(addr("Taunus Versicherung AG", "taunusversicherung@myworkday.com"),
              "Einladung zum Videointerview: Teamleiter/in Großschaden Gewerbe",
              "2026-11-02 08:30:19", "Europe/Berlin", "<1540098321.88217.1793611819001@wd3-prod-mailer.myworkday.com>",
              "from wd3-mta-07.myworkday.com (wd3-mta-07.myworkday.com [198.51.100.207])", "Wd7bN1cF5ae")
    return message(hs, html(page, cte="base64"))


@make.mail(N(8), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start="2026-11-12T08:00:00Z", end="2026-11-12T09:00:00Z",
           contact="christina.hofbauer@donautal-versicherung.at", company="Donautal Versicherung AG",
           local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:00", zone="Europe/Vienna",
           note="Teamtailor (Austria, Sie): 'Donnerstag, 12. November 2026, 09:00 – 10:00 Uhr (Wien)', CET = UTC+1; ICS in UTC agrees; contact = human Reply-To recruiter")
def m08():
    body = t("""
        Sehr geehrte Frau Seifert,

        herzlichen Dank für Ihr Interesse an der Position Leiterin Schadenteam Kfz (w/m/d)
        und für die Teilnahme an unserem Online-Test.

        Gerne bestätigen wir Ihnen das Kennenlerngespräch:

        Donnerstag, 12. November 2026, 09:00 – 10:00 Uhr (Wien)
        Videocall über Microsoft Teams
        Gesprächspartner: Mag. Stefan Leitner (Leitung Schaden Kfz), Mag. Christina Hofbauer (Recruiting)

        Eine Kalendereinladung finden Sie im Anhang. Bei Fragen antworten Sie gerne direkt auf diese Nachricht.

        Freundliche Grüße aus Linz
        Christina Hofbauer
        Donautal Versicherung AG | Untere Donaulände 21, 4020 Linz
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-3481907@teamtailor.com
DTSTAMP:20261105T081200Z
DTSTART:20261112T080000Z
DTEND:20261112T090000Z
SUMMARY:Kennenlerngespräch Donautal Versicherung – Anna Seifert
DESCRIPTION:Videocall über Microsoft Teams
ORGANIZER;CN=Christina Hofbauer:mailto:christina.hofbauer@donautal-versicherung.at
ATTENDEE;CN=Anna Seifert;RSVP=TRUE:mailto:anna.seifert@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Donautal Versicherung AG", "no-reply@teamtailor-mail.com"),
              "Bestätigung Ihres Gesprächstermins – Leiterin Schadenteam Kfz",
              "2026-11-05 09:12:00", "Europe/Vienna", "<tt.3481907.7f20b9@teamtailor-mail.com>",
              "from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [198.51.100.44])", "Tt2kR8mZ3wy",
              extra=[("Reply-To", addr("Christina Hofbauer", "christina.hofbauer@donautal-versicherung.at"))])
    return message(hs, mixed(text(body), calendar(ics, method="REQUEST", filename="interview.ics",
                                                  disposition="attachment", cte="base64")))


@make.mail(N(9), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T10:00:00Z", end="2026-11-03T10:45:00Z",
           contact="pieter@claimwise.nl", company="Claimwise B.V.",
           local="Tue 2026-11-03 11:00", local_end="2026-11-03 11:45", zone="Europe/Berlin",
           note="Calendly invitee confirmation, times shown in the invitee's zone 'Central European Time' (Berlin, CET after 25 Oct) = UTC+1; contact = host Reply-To")
def m09():
    body = t("""
        Hi Anna Seifert,

        A new event has been scheduled.

        Event Type:
        Interview: Claims Operations Lead

        Invitee:
        Anna Seifert

        Invitee Email:
        anna.seifert@example.com

        Event Date/Time:
        11:00am - 11:45am (Central European Time) on Tuesday, November 3, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/qkv-prtz-wdn

        Host:
        Pieter de Graaf, Claimwise

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7e1c2d3a-
        Reschedule: https://calendly.com/reschedulings/7e1c2d3a-

        Powered by Calendly.com
        """)
    page = "<html><body>" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Interview: Claims Operations Lead with Pieter de Graaf on Tuesday, November 3, 2026",
              "2026-10-31 20:14:27", "Europe/Berlin", "<c4f8e2b1-59d7-4e0b-b2c3-0f9a8e7d6c51@calendly.com>",
              "from o1.ptr4172.calendly.com (o1.ptr4172.calendly.com [198.51.100.172])", "Cd8pQ3nV1hj",
              extra=[("Reply-To", addr("Pieter de Graaf", "pieter@claimwise.nl"))])
    return message(hs, alt(text(body), html(page)))


@make.mail(N(10), family="ms_bookings", lang="en", interview=True, kind="scheduled",
           start="2026-11-05T14:00:00Z", end="2026-11-05T14:45:00Z", contact=None,
           company="Charter Oak Specialty Insurance",
           local="Thu 2026-11-05 09:00", local_end="2026-11-05 09:45", zone="America/New_York",
           note="Microsoft Bookings from Hartford, sent Thu 29 Oct in EDT; interview Thu 5 Nov after the US change on 1 Nov: 9:00 AM Eastern = EST UTC-5 = 14:00Z (15:00 in Gotha); ICS Eastern Standard Time agrees; only a Bookings mailbox and a staff name -> contact null")
def m10():
    page = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px">
        <p>Hello Anna Seifert,</p>
        <p>Your booking is confirmed.</p>
        <table cellpadding="4">
        <tr><td><b>Service</b></td><td>Virtual interview – European Claims Hub Lead</td></tr>
        <tr><td><b>Date</b></td><td>Thursday, November 5, 2026</td></tr>
        <tr><td><b>Time</b></td><td>9:00 AM - 9:45 AM (UTC-05:00) Eastern Time (US &amp; Canada)</td></tr>
        <tr><td><b>Staff</b></td><td>Megan Doyle</td></tr>
        <tr><td><b>Location</b></td><td>Microsoft Teams meeting</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_CharterOak_45bb">Join your appointment</a></p>
        <p>Need to make changes? <a href="https://outlook.office365.com/owa/calendar/CharterOakInterviews@charteroakspecialty.com/bookings/">Manage booking</a></p>
        <p>Charter Oak Specialty Insurance<br>One Constitution Plaza, Hartford, CT 06103</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN}
BEGIN:VEVENT
ORGANIZER;CN=Charter Oak Interviews:mailto:CharterOakInterviews@charteroakspecialty.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anna Seifert:mailto:anna.seifert@example.com
SUMMARY;LANGUAGE=en-US:Virtual interview – European Claims Hub Lead
DTSTART;TZID=Eastern Standard Time:20261105T090000
DTEND;TZID=Eastern Standard Time:20261105T094500
UID:040000008200E00074C5B7101A82E0080000000021F4D8B0C367DC01000000000000000010000000A3B1C9E0F27D4E43A1C0B6F3D2E8A514
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T180215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Charter Oak Interviews", "CharterOakInterviews@charteroakspecialty.com"),
              "Your booking is confirmed: Virtual interview – European Claims Hub Lead",
              "2026-10-29 14:02:15", "America/New_York",
              "<BN8PR04MB6210F3A1C9D0E84B7A2E5C1FD9B12@BN8PR04MB6210.namprd04.prod.outlook.com>",
              "from NAM10-BN7-obe.outbound.protection.outlook.com (mail-bn7nam10on2118.outbound.protection.outlook.com [203.0.113.118])",
              "Bk5mW9tL2qa")
    return message(hs, alt(html(page), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(11), family="forwarded", lang="de", interview=True, kind="scheduled",
           start="2026-11-19T10:00:00Z", end=None,
           contact="jana.koett@rhoen-assekuranz.de", company="Rhön Assekuranz VVaG",
           local="Thu 2026-11-19 11:00", zone="Europe/Berlin",
           note="Candidate forwards the confirmation from her old address to herself; 'Donnerstag, 19. November 2026, 11:00 Uhr' in Fulda, CET = UTC+1; 'etwa eine Stunde' -> end null; contact = the human in the forwarded header (the forwarder is the candidate)")
def m11():
    body = t("""
        zur Sicherheit auch an die neue Adresse.

        ---------- Weitergeleitete Nachricht ---------
        Von: Jana Kött <jana.koett@rhoen-assekuranz.de>
        Date: Di., 10. Nov. 2026 um 15:02 Uhr
        Subject: Ihr Vorstellungsgespräch bei der Rhön Assekuranz
        To: Anna Seifert <anna.seifert@example.org>


        Sehr geehrte Frau Seifert,

        vielen Dank für Ihre schnelle Rückmeldung. Hiermit bestätige ich Ihnen den Termin für
        das Vorstellungsgespräch am Donnerstag, 19. November 2026, um 11:00 Uhr.

        Adresse: Rhön Assekuranz VVaG, Heinrichstraße 52, 36037 Fulda
        Ihre Gesprächspartner: Herr Peter Hohmann (Leiter Schadenmanagement) und ich.
        Rechnen Sie bitte mit etwa einer Stunde.

        Mit freundlichen Grüßen

        Jana Kött
        Personalentwicklung & Recruiting
        Rhön Assekuranz VVaG
        Tel. 0661 2904-317
        """)
    hs = head(addr("Anna Seifert", "anna.seifert@example.org"),
              "Fwd: Ihr Vorstellungsgespräch bei der Rhön Assekuranz",
              "2026-11-10 21:30:48", "Europe/Berlin", "<CAF3r0Nq8pXk2m4dV7Ls1w_Hn9e5YbT0cJq6Rz@mail.gmail.com>",
              "from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])", "Fw4sK7dP0ga")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(12), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           start="2026-11-18T09:00:00Z", end="2026-11-18T10:30:00Z",
           contact="felix.wendt@saaletal-versicherung.de", company="Saaletal Versicherung AG",
           local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:30", zone="Europe/Berlin",
           note="Hiring manager's short reply (Du) on top of the quoted thread: 'Mittwoch um 10 Uhr' resolved against Date Fri 13 Nov -> Wed 18 Nov, CET = UTC+1; '90 Minuten geblockt' is an exact length; the quoted Friday alternative was not taken")
def m12():
    body = t("""
        Hallo Anna,

        super, dann machen wir das so: Mittwoch um 10 Uhr bei uns in Jena, Leutragraben 2, 5. Stock.
        Ich hab uns 90 Minuten geblockt, Jörg aus der Regulierung kommt für die zweite Hälfte dazu.
        Kaffee gibt's oben ;-)

        Bis Mittwoch
        Felix

        Am 13.11.2026 um 11:58 schrieb Anna Seifert <anna.seifert@example.com>:
        > Hallo Felix,
        >
        > danke dir! Mittwoch 10 Uhr passt mir gut, Freitag wäre schwieriger.
        >
        > Viele Grüße
        > Anna
        >
        > Am 12.11.2026 um 17:21 schrieb Felix Wendt <felix.wendt@saaletal-versicherung.de>:
        >> Hallo Anna,
        >>
        >> schön, dass es nach dem Telefonat weitergeht. Für das Gespräch vor Ort hätte ich
        >> Mittwoch, 10 Uhr oder Freitag, 14 Uhr. Was passt dir besser?
        >>
        >> Viele Grüße
        >> Felix Wendt
        >> Leiter Schaden Sach/HUK | Saaletal Versicherung AG
        """)
    hs = head(addr("Felix Wendt", "felix.wendt@saaletal-versicherung.de"),
              "AW: Gespräch Teamleitung Schaden Sach",
              "2026-11-13 16:40:02", "Europe/Berlin", "<7b2d91e0f5a34c8f9e12@saaletal-versicherung.de>",
              "from mx.saaletal-versicherung.de (mx.saaletal-versicherung.de [203.0.113.88])", "Rq1vF6yH9ut",
              extra=[("In-Reply-To", "<5c1e0a7f-2b9d-4f6e@example.com>"),
                     ("References", "<a90c3d2e41b7@saaletal-versicherung.de> <5c1e0a7f-2b9d-4f6e@example.com>")])
    return message(hs, text(body, cte="8bit"))


@make.mail(N(13), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-12-02T15:00:00Z", end="2026-12-02T15:30:00Z",
           contact="dana.whitfield@keystonemutual.com", company="Keystone Mutual Insurance",
           local="Wed 2026-12-02 10:00", local_end="2026-12-02 10:30", zone="America/New_York",
           note="iCIMS from Philadelphia, US date '12/02/2026 at 10:00 AM Eastern Time (ET)' = EST UTC-5 in December = 16:00 in Gotha; '30 minutes' exact; contact = recruiter address in the body (sender is the iCIMS system address)")
def m13():
    body = t("""
        Dear Anna,

        Thank you for your interest in the Claims Manager - International Programs (EMEA) position
        at Keystone Mutual Insurance.

        Your phone interview is scheduled for 12/02/2026 at 10:00 AM Eastern Time (ET). The call
        will last 30 minutes. Dana Whitfield will call you at +49 1520 4471 836.

        If you have any questions or need to reschedule, please contact Dana Whitfield at
        dana.whitfield@keystonemutual.com.

        Sincerely,
        Keystone Mutual Talent Acquisition
        1600 Market Street, Philadelphia, PA 19103

        Please do not reply to this message. This mailbox is not monitored.
        """)
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Dear Anna,</p>
        <p>Thank you for your interest in the <b>Claims Manager - International Programs (EMEA)</b> position
        at Keystone Mutual Insurance.</p>
        <p>Your phone interview is scheduled for <b>12/02/2026 at 10:00 AM Eastern Time (ET)</b>. The call
        will last 30 minutes. Dana Whitfield will call you at +49 1520 4471 836.</p>
        <p>If you have any questions or need to reschedule, please contact Dana Whitfield at
        <a href="mailto:dana.whitfield@keystonemutual.com">dana.whitfield@keystonemutual.com</a>.</p>
        <p>Sincerely,<br>Keystone Mutual Talent Acquisition<br>1600 Market Street, Philadelphia, PA 19103</p>
        <p style="font-size:10px;color:#777">Please do not reply to this message. This mailbox is not monitored.</p>
        </body></html>
        """)
    hs = head(addr("Keystone Mutual Careers", "keystonemutual@talent.icims.com"),
              "Phone Interview - Claims Manager - International Programs (EMEA)",
              "2026-11-23 11:15:37", "America/New_York", "<1793895337.4410.icims.keystonemutual@talent.icims.com>",
              "from smtp-out-07.icims.com (smtp-out-07.icims.com [198.51.100.7])", "Ic3nB8vK4pe")
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii", cte="7bit")))


@make.mail(N(14), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-12-01T08:00:00Z", end="2026-12-01T10:30:00Z",
           contact="lena.hartmann@amperfeld-re.com", company="Amperfeld Re SE",
           local="Tue 2026-12-01 09:00", local_end="2026-12-01 11:30", zone="Europe/Berlin",
           note="GoodTime virtual onsite in Munich, three sessions 09:00-09:45, 10:00-10:45, 11:00-11:30 CET (UTC+1): start = first, end = last end; contact = human Reply-To coordinator")
def m14():
    body = t("""
        Hi Anna,

        Your interviews with Amperfeld Re are confirmed. All times are shown in Central European
        Time (CET), Munich.

        Tuesday, December 1, 2026

        09:00 - 09:45 CET   Dr. Julian Amann, Global Head of Claims
        10:00 - 10:45 CET   Sophie Brenner, Head of Claims Operations Europe
        11:00 - 11:30 CET   Lena Hartmann, Talent Acquisition

        Each session has its own Zoom link; you will find them in the calendar invitations.
        Zoom: https://amperfeld-re.zoom.us/j/84412097755

        Questions? Reply to this email and it will reach Lena Hartmann, your recruiting coordinator.

        Amperfeld Re SE, Königinstraße 107, 80802 München
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Anna,</p>
        <p>Your interviews with Amperfeld Re are confirmed. All times are shown in Central European Time (CET), Munich.</p>
        <h3>Tuesday, December 1, 2026</h3>
        <table cellpadding="6" style="border:1px solid #ddd">
        <tr><td>09:00 - 09:45 CET</td><td>Dr. Julian Amann, Global Head of Claims</td></tr>
        <tr><td>10:00 - 10:45 CET</td><td>Sophie Brenner, Head of Claims Operations Europe</td></tr>
        <tr><td>11:00 - 11:30 CET</td><td>Lena Hartmann, Talent Acquisition</td></tr>
        </table>
        <p>Each session has its own Zoom link; you will find them in the calendar invitations.</p>
        <p>Questions? Reply to this email and it will reach Lena Hartmann, your recruiting coordinator.</p>
        <p style="color:#888;font-size:11px">Amperfeld Re SE, Königinstraße 107, 80802 München · Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Amperfeld Re Recruiting", "scheduling@goodtime.io"),
              "Interview Confirmation - Amperfeld Re - Senior Claims Manager Casualty",
              "2026-11-24 15:48:09", "Europe/Berlin", "<goodtime.itinerary.58f2a1c7@goodtime.io>",
              "from mail.goodtime.io (mail.goodtime.io [198.51.100.61])", "Gt6hN2cX8ro",
              extra=[("Reply-To", addr("Lena Hartmann", "lena.hartmann@amperfeld-re.com"))])
    return message(hs, alt(text(body), html(page)))


@make.mail(N(15), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-11-20T13:00:00Z", end="2026-11-20T13:45:00Z",
           contact="maja.lindqvist@hailstone.de", company="Hailstone Insurtech GmbH",
           local="Fri 2026-11-20 14:00", local_end="2026-11-20 14:45", zone="Europe/Berlin",
           note="Ashby confirmation from a Berlin insurtech: 'Friday, November 20, 2026, 2:00 PM – 2:45 PM CET' = UTC+1; ICS agrees; contact = human Reply-To / ORGANIZER")
def m15():
    body = t("""
        Hi Anna,

        Your interview is confirmed. We're looking forward to speaking with you!

        Friday, November 20, 2026, 2:00 PM – 2:45 PM CET
        Google Meet: https://meet.google.com/hst-wbrx-kqa

        You'll meet with:
          Tobias Rehm — VP Claims
          Maja Lindqvist — People & Talent

        Questions? Just reply and it will reach Maja Lindqvist.

        Thanks,
        Hailstone Recruiting
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:ashby-1f7c0e92-6b3d-4a51-8e0f-hailstone
DTSTAMP:20261112T170301Z
DTSTART;TZID=Europe/Berlin:20261120T140000
DTEND;TZID=Europe/Berlin:20261120T144500
SEQUENCE:0
SUMMARY:Hailstone – Claims Operations Lead Interview
LOCATION:Google Meet
ORGANIZER;CN=Maja Lindqvist:mailto:maja.lindqvist@hailstone.de
ATTENDEE;CN=Anna Seifert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:anna.seifert@example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Hailstone", "no-reply@ashbyhq.com"),
              "Interview confirmed: Claims Operations Lead at Hailstone",
              "2026-11-12 18:03:01", "Europe/Berlin", "<010001934b7e2a10-9c4d2e18-hailstone-000000@email.amazonses.com>",
              "from mail.ashbyhq.com (mail.ashbyhq.com [198.51.100.233])", "As9qL4kT7md",
              extra=[("Reply-To", addr("Maja Lindqvist", "maja.lindqvist@hailstone.de"))])
    return message(hs, mixed(text(body, cte="base64"),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(16), family="recruitee", lang="de", interview=True, kind="scheduled",
           start="2026-12-07T15:00:00Z", end="2026-12-07T15:45:00Z",
           contact="paula.engel@schadenfix.de", company="Schadenfix GmbH",
           local="Mon 2026-12-07 16:00", local_end="2026-12-07 16:45", zone="Europe/Berlin",
           note="Recruitee (Du, Leipzig insurtech): 'Montag, 7. Dezember 2026 um 16:00 Uhr (Europe/Berlin), Dauer: 45 Minuten', CET = UTC+1; ICS agrees; contact = human Reply-To")
def m16():
    body = t("""
        Hallo Anna,

        danke, dass du dir einen Termin ausgesucht hast! Hier nochmal alles auf einen Blick:

        Was: Videocall „Team Lead Claims Operations“ mit Paula (People) und Ben (Co-Founder)
        Wann: Montag, 7. Dezember 2026 um 16:00 Uhr (Europe/Berlin)
        Dauer: 45 Minuten
        Wo: https://whereby.com/schadenfix-interview

        Falls etwas dazwischenkommt, antworte einfach auf diese Mail.

        Bis bald!
        Paula Engel
        People & Culture, Schadenfix GmbH, Spinnereistraße 7, 04179 Leipzig
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Events//EN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:recruitee-event-88314022
DTSTAMP:20261201T090014Z
DTSTART;TZID=Europe/Berlin:20261207T160000
DTEND;TZID=Europe/Berlin:20261207T164500
SUMMARY:Videocall Schadenfix – Team Lead Claims Operations
LOCATION:https://whereby.com/schadenfix-interview
ORGANIZER;CN=Paula Engel:mailto:paula.engel@schadenfix.de
ATTENDEE;CN=Anna Seifert;RSVP=TRUE:mailto:anna.seifert@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Paula Engel (Schadenfix GmbH)", "no-reply@recruitee.com"),
              "Dein Termin mit Schadenfix am 7. Dezember",
              "2026-12-01 10:00:14", "Europe/Berlin", "<recruitee.88314022.1764579614@recruitee.com>",
              "from mta-eu2.recruitee.com (mta-eu2.recruitee.com [198.51.100.19])", "Rc4tM0bW6yn",
              extra=[("Reply-To", addr("Paula Engel", "paula.engel@schadenfix.de"))])
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="8bit", filename="termin.ics", disposition="attachment")))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="personio", lang="de", interview=True, kind="rescheduled",
           start="2026-09-17T12:30:00Z", end="2026-09-17T13:30:00Z",
           contact="katrin.baehr@wartburg-versicherung.de", company="Wartburg Versicherung AG",
           local="Thu 2026-09-17 14:30", local_end="2026-09-17 15:30", zone="Europe/Berlin",
           note="Personio reschedule in the Wartburg thread: old 'Dienstag, 15. September, 10:00 Uhr', new 'Donnerstag, 17. September 2026, 14:30 - 15:30 Uhr', CEST = UTC+2; updated ICS (same UID, SEQUENCE:1); label = new time; contact = Reply-To")
def m17():
    body = t("""
        Sehr geehrte Frau Seifert,

        leider ist Herr Sommerfeld am Dienstag, 15. September, kurzfristig verhindert. Wir müssen
        Ihr Vorstellungsgespräch daher verschieben und bitten um Ihr Verständnis.

        Neuer Termin:  Donnerstag, 17. September 2026, 14:30 - 15:30 Uhr
        Ort:           unverändert, Juri-Gagarin-Ring 88, 99084 Erfurt, Empfang Haus B

        Der ursprüngliche Termin am Dienstag um 10:00 Uhr entfällt. Die aktualisierte
        Kalendereinladung finden Sie im Anhang. Bitte geben Sie mir kurz Bescheid, ob der neue
        Termin für Sie passt.

        Mit freundlichen Grüßen
        Katrin Bähr
        Personalgewinnung | Wartburg Versicherung AG
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:personio-evt-7c1f0a52-5d1e-4e38-b3a9-wartburg
DTSTAMP:20260911T074002Z
DTSTART;TZID=Europe/Berlin:20260917T143000
DTEND;TZID=Europe/Berlin:20260917T153000
SEQUENCE:1
SUMMARY:Vorstellungsgespräch Anna Seifert - Wartburg Versicherung AG (verschoben)
LOCATION:Juri-Gagarin-Ring 88\\, 99084 Erfurt\\, Empfang Haus B
ORGANIZER;CN=Katrin Bähr:mailto:katrin.baehr@wartburg-versicherung.de
ATTENDEE;CN=Anna Seifert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:anna.seifert@example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Wartburg Versicherung AG", "no-reply@mail.personio.de"),
              "Terminänderung: Ihr Vorstellungsgespräch bei der Wartburg Versicherung AG",
              "2026-09-11 09:40:02", "Europe/Berlin", "<0102019a3b6f0c11-2d7e@eu-central-1.amazonses.com>",
              "from a8-31.smtp-out.eu-central-1.amazonses.com (a8-31.smtp-out.eu-central-1.amazonses.com [198.51.100.31])",
              "q9LmE44Tz0c",
              extra=[("Reply-To", addr("Katrin Bähr", "katrin.baehr@wartburg-versicherung.de"))])
    return message(hs, mixed(text(body),
                             calendar(ics, method="REQUEST", cte="base64", filename="einladung.ics",
                                      disposition="attachment", name_param=True)))


@make.mail(N(18), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-28T09:00:00Z", end="2026-10-28T10:00:00Z",
           contact="regula.sutter@limmat-assurance.ch", company="Limmat Assurance AG",
           local="Wed 2026-10-28 10:00", local_end="2026-10-28 11:00", zone="Europe/Zurich",
           note="Outlook update (SEQUENCE:1, W. Europe Standard Time) moving the Limmat interview from Fri 23 Oct 14:00 CEST to Wed 28 Oct 10:00, after the 25 Oct change: CET = UTC+1 = 09:00Z; body shows '(UTC+01:00) Amsterdam, Berlin, Bern...'; contact = human ORGANIZER/sender")
def m18():
    body = t("""
        Dear Anna,

        Unfortunately I have to move our conversation: Friday afternoon now clashes with our
        board meeting. I hope the new slot works for you - Marco is in copy.

        Previously: Friday, 23 October 2026, 14:00-15:00
        New:        Wednesday, 28 October 2026, 10:00-11:00

        Best regards,
        Regula Sutter

        When: Wednesday, 28 October 2026 10:00-11:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Where: Microsoft Teams Meeting

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Limmat_92af>
        Meeting ID: 384 117 559 021
        Passcode: zF7kQ2
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEURO}
BEGIN:VEVENT
ORGANIZER;CN=Sutter Regula:mailto:regula.sutter@limmat-assurance.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anna Seifert:mailto:anna.seifert@example.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bernasconi Marco:mailto:marco.bernasconi@limmat-assurance.ch
DESCRIPTION;LANGUAGE=en-US:Dear Anna\\,\\n\\nUnfortunately I have to move our conversation.\\n
UID:040000008200E00074C5B7101A82E00800000000D4C2B9A1F365DC01000000000000000010000000E91A7C3B02F64D8AA5D1C0E73B9F4C26
SUMMARY;LANGUAGE=en-US:Interview Anna Seifert - Head of Claims Operations DACH
DTSTART;TZID=W. Europe Standard Time:20261028T100000
DTEND;TZID=W. Europe Standard Time:20261028T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T150510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Sutter Regula", "regula.sutter@limmat-assurance.ch"),
              "Updated: Interview Anna Seifert - Head of Claims Operations DACH",
              "2026-10-20 17:05:10", "Europe/Zurich",
              "<ZR0P278MB0722A1E4B3C94D2F8B6A5C0E1D7F3@ZR0P278MB0722.CHEP278.PROD.OUTLOOK.COM>",
              "from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2122.outbound.protection.outlook.com [203.0.113.122])",
              "Ou2wR5nJ8kf",
              extra=[("Cc", addr("Bernasconi Marco", "marco.bernasconi@limmat-assurance.ch")),
                     ("Thread-Topic", "Interview Anna Seifert - Head of Claims Operations DACH"),
                     ("Content-Language", "en-US")])
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-11-16T08:30:00Z", end="2026-11-16T09:30:00Z",
           contact="f.gruber@kahlenberg-personal.at", company="Wienerwald Versicherung AG",
           local="Mon 2026-11-16 09:30", local_end="2026-11-16 10:30", zone="Europe/Vienna",
           note="Viennese agency (Sie, iso-8859-1 QP) moves the client interview from Thu 12 Nov 15:00 to 'Montag, 16. November 2026, 9:30 Uhr', 'Dauer: 60 Minuten', Vienna CET = UTC+1; label = new time; company = the client")
def m19():
    body = t("""
        Sehr geehrte Frau Seifert,

        ich darf mich in Sachen Wienerwald Versicherung bei Ihnen melden: Frau Dir. Pichler
        muss leider kurzfristig zu einer Vorstandsklausur, daher kann das für Donnerstag,
        12. November, 15:00 Uhr vereinbarte Gespräch nicht stattfinden.

        Wir haben gemeinsam einen Ersatztermin gefunden:

            Montag, 16. November 2026, 9:30 Uhr (Wiener Zeit)
            Videocall (Zoom), Dauer: 60 Minuten
            Teilnehmer: Dir. Elisabeth Pichler (Vorständin Schaden/Leistung), meine Wenigkeit

        Den Zoom-Link sende ich Ihnen am Freitag. Ich hoffe, der Montag passt Ihnen - falls nicht,
        rufen Sie mich bitte einfach an.

        Mit besten Grüßen aus Wien
        Florian Gruber

        Mag. Florian Gruber
        Kahlenberg Personalberatung GmbH
        Grinzinger Allee 18, 1190 Wien
        T +43 1 320 77 18-12
        f.gruber@kahlenberg-personal.at
        """)
    hs = head(addr("Mag. Florian Gruber", "f.gruber@kahlenberg-personal.at"),
              "Wienerwald Versicherung - Terminverschiebung",
              "2026-11-09 08:50:33", "Europe/Vienna", "<000001dc5261$3f0a1e70$bd1e5b50$@kahlenberg-personal.at>",
              "from mail.kahlenberg-personal.at (mail.kahlenberg-personal.at [203.0.113.140])", "Kp7xS1dQ4ev",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(20), family="google_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-09-25T07:30:00Z", end="2026-09-25T08:30:00Z",
           contact="thomas.reinhold@inselsberg-versicherung.de", company="Inselsberg Versicherung AG",
           local="Fri 2026-09-25 09:30", local_end="2026-09-25 10:30", zone="Europe/Berlin",
           note="Google Calendar 'Aktualisierte Einladung' (German UI) in the Inselsberg thread: moved from Do. 24. Sept. 13:00 to Fr. 25. Sept. 2026 9:30 - 10:30 (MESZ), CEST = UTC+2; SEQUENCE:1 same UID; contact = ORGANIZER")
def m20():
    body = t("""
        Dieser Termin wurde geändert.

        Vorstellungsgespräch Teamleitung Sachschaden – Anna Seifert
        Geändert: Freitag, 25. Sept. 2026 · 09:30 – 10:30
        Vorher: Donnerstag, 24. Sept. 2026 · 13:00 – 14:00
        Mitteleuropäische Sommerzeit - Berlin

        Ort
        Inselsberg Versicherung AG, Wartburgallee 41, 99817 Eisenach, 3. OG, Raum 3.14

        Liebe Frau Seifert, Herr Kühn kann nur am Freitagvormittag - ich hoffe, das passt Ihnen.
        Viele Grüße, Thomas Reinhold

        Gäste
        Thomas Reinhold - Organisator
        Ralf Kühn
        anna.seifert@example.com

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260925T093000
DTEND;TZID=Europe/Berlin:20260925T103000
DTSTAMP:20260923T061522Z
ORGANIZER;CN=Thomas Reinhold:mailto:thomas.reinhold@inselsberg-versicherung.de
UID:5q0h2k1bt9d7m3rj8v6c4n2a1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Reinhold;X-NUM-GUESTS=0:mailto:thomas.reinhold@inselsberg-versicherung.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ralf Kühn;X-NUM-GUESTS=0:mailto:ralf.kuehn@inselsberg-versicherung.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anna.seifert@example.com;X-NUM-GUESTS=0:mailto:anna.seifert@example.com
CREATED:20260921T141922Z
LAST-MODIFIED:20260923T061522Z
LOCATION:Inselsberg Versicherung AG\\, Wartburgallee 41\\, 99817 Eisenach
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Teamleitung Sachschaden – Anna Seifert
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Thomas Reinhold", "thomas.reinhold@inselsberg-versicherung.de"),
              "Aktualisierte Einladung: Vorstellungsgespräch Teamleitung Sachschaden – Anna Seifert @ Fr. 25. Sept. 2026 9:30 - 10:30 (MESZ) (anna.seifert@example.com)",
              "2026-09-23 08:15:22", "Europe/Berlin", "<calendar-2c7a9d15-0e4b-4f8a-b6d3-91e0c5a2f784@google.com>",
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "c9Kw1YpR3nBv",
              extra=[("Reply-To", addr("Thomas Reinhold", "thomas.reinhold@inselsberg-versicherung.de")),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method=None, cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T10:30:00Z",
           contact="sabine.kretschmar@elbland-versicherung.de", company="Elbland Versicherung AG",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:30", zone="Europe/Berlin",
           note="Exchange METHOD:CANCEL ('Abgesagt:') of the Dresden interview, sent Fri 23 Oct in CEST; the cancelled slot Tue 27 Oct 10:00-11:30 is CET (after 25 Oct) = 09:00Z; reason: filled internally; contact = ORGANIZER/sender")
def m21():
    body = t("""
        Sehr geehrte Frau Seifert,

        leider muss ich Ihnen mitteilen, dass wir das Vorstellungsgespräch am Dienstag,
        27. Oktober, absagen müssen. Die Position wurde kurzfristig intern besetzt.

        Das tut mir sehr leid, zumal Sie die Anreise bereits geplant hatten. Bitte schicken Sie mir
        Ihre Stornokosten für die Bahnfahrt, wir erstatten sie selbstverständlich.

        Mit freundlichen Grüßen
        Sabine Kretschmar
        Personalreferentin, Elbland Versicherung AG
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEURO}
BEGIN:VEVENT
ORGANIZER;CN=Kretschmar Sabine:mailto:sabine.kretschmar@elbland-versicherung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=anna.seifert@example.com:mailto:anna.seifert@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Wünsche Matthias:mailto:matthias.wuensche@elbland-versicherung.de
UID:040000008200E00074C5B7101A82E00800000000B0A6F1E35A61DC01000000000000000010000000C7E2A6D4F1B03A4CB8E1D27F0C55A913
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Anna Seifert - Gruppenleitung Schadenservice
DTSTART;TZID=W. Europe Standard Time:20261027T100000
DTEND;TZID=W. Europe Standard Time:20261027T113000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261023T090517Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Ostra-Allee 9\\, 01067 Dresden\\, Raum E.204
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kretschmar, Sabine", "sabine.kretschmar@elbland-versicherung.de"),
              "Abgesagt: Vorstellungsgespräch Anna Seifert - Gruppenleitung Schadenservice",
              "2026-10-23 11:05:17", "Europe/Berlin",
              "<FR3P281MB14568B1D0F2E74C6A9E3B5D70C2A1@FR3P281MB1456.DEUP281.PROD.OUTLOOK.COM>",
              "from EUR05-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2104.outbound.protection.outlook.com [203.0.113.104])",
              "Ex3kP8wB1vz",
              extra=[("Thread-Topic", enc("Vorstellungsgespräch Anna Seifert - Gruppenleitung Schadenservice")),
                     ("Importance", "high"), ("Content-Language", "de-DE")])
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="de", interview=True, kind="cancelled",
           start="2026-12-04T09:00:00Z", end=None,
           contact="carsten.vogt@mainblick-search.de", company="Mainufer Versicherung AG",
           local="Fri 2026-12-04 10:00", zone="Europe/Berlin",
           note="Frankfurt headhunter (Sie, windows-1252 8bit) cancels 'Freitag, 4. Dezember, 10:00 Uhr' at the client, CET = UTC+1; role put on hold, no new time; label = cancelled slot; company = the client")
def m22():
    body = t("""
        Sehr geehrte Frau Seifert,

        leider habe ich keine guten Nachrichten: Der Termin am Freitag, 4. Dezember, um 10:00 Uhr
        bei der Mainufer Versicherung muss entfallen. Der Vorstand hat die Besetzung der Position
        „Leitung Schadenservice Gewerbe“ gestern überraschend bis zur Budgetfreigabe im neuen
        Jahr auf Eis gelegt.

        Ich bedauere das sehr – Sie waren die Kandidatin, die ich Herrn Dr. Brandes am stärksten
        empfohlen hatte. Sobald es Neuigkeiten gibt, melde ich mich; und wenn Sie mögen, sprechen
        wir in der Zwischenzeit gern über zwei andere Mandate im Rhein-Main-Gebiet.

        Mit freundlichen Grüßen

        Dr. Carsten Vogt
        Partner
        Mainblick Executive Search GmbH
        Neue Mainzer Straße 66, 60311 Frankfurt am Main
        Tel. +49 69 7593 118-20
        """)
    hs = head(addr("Dr. Carsten Vogt", "carsten.vogt@mainblick-search.de"),
              "Mainufer Versicherung – Absage des Termins am 4.12.",
              "2026-11-30 12:20:45", "Europe/Berlin", "<002a01dc60e2$9b4c1f30$d1e45d90$@mainblick-search.de>",
              "from smtp.mainblick-search.de (smtp.mainblick-search.de [203.0.113.166])", "Mb6rT9cN2ax",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@make.mail(N(23), family="smartrecruiters", lang="en", interview=True, kind="cancelled",
           start="2026-12-14T14:00:00Z", end="2026-12-14T15:00:00Z",
           contact="claire.weber@castellan-insurance.lu", company="Castellan Insurance Europe S.A.",
           local="Mon 2026-12-14 15:00", local_end="2026-12-14 16:00", zone="Europe/Luxembourg",
           note="SmartRecruiters cancellation with METHOD:CANCEL ICS (UTC times): 'Monday, December 14, 2026, 3:00 PM - 4:00 PM CET' in Luxembourg = UTC+1; no new time; contact = human Reply-To")
def m23():
    body = t("""
        Dear Anna,

        We're writing to let you know that your interview for Claims Team Leader (German-speaking
        markets) on Monday, December 14, 2026, 3:00 PM - 4:00 PM CET has been cancelled.

        Our hiring team has decided to pause this requisition. We apologise for the inconvenience
        and will contact you should the position reopen.

        If you have questions, simply reply to this email to reach Claire Weber.

        Kind regards,
        Castellan Insurance Europe S.A.
        Talent Acquisition
        2, rue Jean Monnet, L-2180 Luxembourg

        Powered by SmartRecruiters
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:sr-int-6a1f33d0-5b8e-4c27-9d01-castellan
DTSTAMP:20261209T083004Z
DTSTART:20261214T140000Z
DTEND:20261214T150000Z
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Interview: Claims Team Leader (German-speaking markets) - Anna Seifert
ORGANIZER;CN=Claire Weber:mailto:claire.weber@castellan-insurance.lu
ATTENDEE;CN=Anna Seifert:mailto:anna.seifert@example.com
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Castellan Insurance Europe", "noreply@smartrecruiters.com"),
              "Interview cancelled: Claims Team Leader (German-speaking markets)",
              "2026-12-09 09:30:04", "Europe/Luxembourg", "<sr.0a8f2c71.1765269004@smartrecruiters.com>",
              "from mail-out.smartrecruiters.com (mail-out.smartrecruiters.com [198.51.100.88])", "Sr2eH7jV5qm",
              extra=[("Reply-To", addr("Claire Weber", "claire.weber@castellan-insurance.lu"))])
    return message(hs, mixed(text(body), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                  disposition="attachment")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="de", interview=False, company="Taunus Versicherung AG",
           note="Workday rejection (HTML only) after the video interview of 11 Nov; confirms nothing",
           days=(("Wed", "2026-11-11"),))
def m24():
    page = t("""
        <html lang="de"><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Sehr geehrte Frau Seifert,</p>
        <p>vielen Dank für das angenehme Gespräch am Mittwoch, 11. November 2026, und Ihr Interesse an der Position
        <b>Teamleiter/in Großschaden Gewerbe (R-2026-0418)</b>.</p>
        <p>Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Erfahrung im
        industriellen Großschaden noch etwas besser zu unseren aktuellen Anforderungen passt.</p>
        <p>Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Taunus Versicherung AG</p>
        </body></html>
        """)
    hs = head(addr("Taunus Versicherung AG", "taunusversicherung@myworkday.com"),
              "Ihre Bewerbung: Teamleiter/in Großschaden Gewerbe",
              "2026-11-18 16:02:55", "Europe/Berlin", "<1540098321.91733.1795100575002@wd3-prod-mailer.myworkday.com>",
              "from wd3-mta-07.myworkday.com (wd3-mta-07.myworkday.com [198.51.100.207])", "Wd2yK5hA8pf")
    return message(hs, html(page))


@make.mail(N(25), family="rejection", lang="en", interview=False, company="Liffey Re DAC",
           note="Greenhouse rejection from Liffey Re after the 13 Oct interview")
def m25():
    body = t("""
        Hi Anna,

        Thank you again for taking the time to speak with Conor about the Claims Team Lead, DACH
        Portfolio role. We really enjoyed learning about your experience leading the motor claims
        team in Gotha.

        After careful consideration, we've decided to move forward with another candidate whose
        reinsurance background is a closer match for this particular role.

        We'd love to stay in touch and will keep your profile on file for future openings.

        Best wishes,
        Siobhán Ní Bhriain
        Liffey Re DAC
        """)
    hs = head(addr("Liffey Re", "no-reply@greenhouse.io"),
              "Your application to Liffey Re",
              "2026-10-26 15:40:12", "Europe/Dublin", "<71ab3e.9d0c.greenhouse-prod-mailer-4@greenhouse.io>",
              "from o13.email.greenhouse.io (o13.email.greenhouse.io [198.51.100.113])", "gH1c8KsW4ny",
              extra=[("Reply-To", addr("Siobhán Ní Bhriain", "siobhan.nibhriain@liffey-re.ie"))])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(26), family="application_ack", lang="de", interview=False, company="Wartburg Versicherung AG",
           note="Personio application receipt (start of the Wartburg thread); no appointment")
def m26():
    body = t("""
        Sehr geehrte Frau Seifert,

        vielen Dank für Ihre Bewerbung als Teamleiterin Schadenregulierung Kraftfahrt (m/w/d) und
        Ihr Interesse an der Wartburg Versicherung AG.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden
        uns in der Regel innerhalb von zwei Wochen bei Ihnen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Wartburg Versicherung AG

        Diese Nachricht wurde automatisch erstellt.
        """)
    hs = head(addr("Wartburg Versicherung AG", "no-reply@mail.personio.de"),
              "Ihre Bewerbung bei der Wartburg Versicherung AG",
              "2026-09-01 19:03:40", "Europe/Berlin", "<0102019a0e55b7c3-1a4f@eu-central-1.amazonses.com>",
              "from a8-31.smtp-out.eu-central-1.amazonses.com (a8-31.smtp-out.eu-central-1.amazonses.com [198.51.100.31])",
              "q2HnC71Ya4u")
    return message(hs, text(body))


@make.mail(N(27), family="application_ack", lang="en", interview=False, company="Claimwise B.V.",
           note="Workable application receipt from Claimwise (the Calendly interview came later)")
def m27():
    body = t("""
        Hi Anna,

        Thanks for applying for the Claims Operations Lead position at Claimwise! We've received
        your application and our team will review it shortly.

        In the meantime, feel free to check out what we're building at claimwise.nl.

        Cheers,
        The Claimwise team
        Keizersgracht 520, Amsterdam
        """)
    hs = head(addr("Claimwise", "noreply@candidates.workablemail.com"),
              "Thanks for applying to Claimwise",
              "2026-10-19 13:27:51", "Europe/Amsterdam", "<wk.apply.9c2f7b10e3@candidates.workablemail.com>",
              "from mail-out.workablemail.com (mail-out.workablemail.com [198.51.100.150])", "Wk0dT6pM2sc",
              extra=[("Reply-To", "claimwise+c8841@candidates.workablemail.com")])
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body), charset="us-ascii", cte="7bit")))


@make.mail(N(28), family="job_alert", lang="de", interview=False, company=None,
           note="Job-board alert (fictional JobFuchs) for 'Teamleitung Schaden' in Thüringen; List-Unsubscribe")
def m28():
    body = t("""
        Hallo Anna,

        5 neue Jobs passen zu deinem Suchauftrag „Teamleitung Schaden“ – Thüringen, 50 km um Gotha:

        1. Teamleiter Schadenregulierung Kfz (m/w/d) – Wartburg Versicherung AG, Erfurt
        2. Gruppenleitung Leistung Krankenversicherung (m/w/d) – Thüringer Krankenkasse, Weimar
        3. Schadensachbearbeiter Haftpflicht (m/w/d) – Hörsel Versicherungsmakler GmbH, Gotha
        4. Teamleitung Kundenservice Schaden (m/w/d) – Saaletal Versicherung AG, Jena
        5. Claims Specialist Property (m/w/d) – Amperfeld Re SE, remote

        Alle Jobs ansehen: https://www.jobfuchs.example/suche/teamleitung-schaden

        Tipp: Mit vollständigem Profil wirst du 3x häufiger zum Vorstellungsgespräch eingeladen!

        Suchauftrag bearbeiten oder abbestellen: https://www.jobfuchs.example/suchauftraege
        """)
    hs = head(addr("JobFuchs", "jobalarm@mail.jobfuchs.example"),
              "5 neue Jobs: Teamleitung Schaden in Thüringen",
              "2026-09-14 07:00:11", "Europe/Berlin", "<alert-20260914-a1f4c8@mail.jobfuchs.example>",
              "from mta4.mail.jobfuchs.example (mta4.mail.jobfuchs.example [198.51.100.240])", "Jf5aR2nE9wl",
              extra=[("List-Unsubscribe", "<https://www.jobfuchs.example/u/a1f4c8>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(29), family="job_alert", lang="en", interview=False, company=None,
           note="English job-network alert (fictional Careerlane); mentions 'interview process' but fixes nothing")
def m29():
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Jobs you may be interested in</h2>
        <p><b>Claims Manager (German speaking)</b><br>Castellan Insurance Europe S.A. · Luxembourg · Hybrid<br>
        <span style="color:#0a66c2">Easy apply</span> · 2-stage interview process</p>
        <p><b>Head of Claims Operations DACH</b><br>Limmat Assurance AG · Zürich · On-site</p>
        <p><b>Claims Team Lead, DACH Portfolio</b><br>Liffey Re DAC · Dublin · Remote</p>
        <p><a href="https://careerlane.example/jobs/alerts">See all jobs</a></p>
        <p style="font-size:11px;color:#666">You are receiving Job Alert emails. <a href="https://careerlane.example/unsub">Unsubscribe</a></p>
        </body></html>
        """)
    hs = head(addr("Careerlane Job Alerts", "jobalerts-noreply@careerlane.example"),
              "“Claims Manager”: 3 new jobs in Europe",
              "2026-10-07 06:31:02", "Europe/Berlin", "<1793680262.77104.careerlane.alerts@careerlane.example>",
              "from mail-out-12.careerlane.example (mail-out-12.careerlane.example [198.51.100.12])", "Cl9wB3vF6mt",
              extra=[("List-Unsubscribe", "<https://careerlane.example/unsub>"), ("Precedence", "bulk")])
    return message(hs, html(page))


@make.mail(N(30), family="newsletter", lang="de", interview=False, company=None,
           note="Trade newsletter with 'Im Interview' (a press interview) and an event date; no job interview",
           days=(("Thu", "2026-11-12"),))
def m30():
    body = t("""
        VersicherungsBrief - Ausgabe 44/2026

        IM INTERVIEW
        "Schadenmanagement wird zur Datenfrage" - Vorständin Dr. Anke Roloff über KI in der
        Kfz-Regulierung, Fachkräftemangel und warum Teamleitungen mehr Freiraum brauchen.

        MARKT
        - Elementarschäden 2026: Bilanz nach dem Hochwassersommer
        - Werkstattpreise steigen weiter: +7,4 % bei Stundenverrechnungssätzen

        TERMINE
        Schadenforum Mitteldeutschland, Donnerstag, 12. November 2026, 09:30 Uhr, Leipzig
        Anmeldung: https://versicherungsbrief.example/schadenforum

        Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden:
        https://versicherungsbrief.example/abmelden
        """)
    hs = head(addr("VersicherungsBrief", "newsletter@versicherungsbrief.example"),
              "Im Interview: „Schadenmanagement wird zur Datenfrage“",
              "2026-11-05 06:45:00", "Europe/Berlin", "<nl-44-2026.7d1e@versicherungsbrief.example>",
              "from mailout.versicherungsbrief.example (mailout.versicherungsbrief.example [198.51.100.90])", "Vb4kP1zC7dq",
              extra=[("List-Unsubscribe", "<mailto:unsubscribe@versicherungsbrief.example>"), ("Precedence", "bulk")])
    return message(hs, alt(text(body, charset="iso-8859-15"), html(gmail_html(body), charset="iso-8859-15")))


@make.mail(N(31), family="recruiter_outreach", lang="de", interview=False, company="Kyffhäuser Versicherung AG",
           note="In-house recruiter outreach (Du) via a business network, asks for availability; nothing fixed")
def m31():
    body = t("""
        Hallo Anna,

        ich bin über dein Profil gestolpert und finde deinen Werdegang in der Kfz-Schadenregulierung
        richtig spannend. Wir bauen bei der Kyffhäuser Versicherung in Nordhausen gerade ein neues
        Team für Schadensteuerung auf und suchen dafür eine Teamleitung.

        Hättest du Lust auf ein unverbindliches Telefonat? Sag mir einfach, wann es dir nächste
        Woche passt – ich richte mich gern nach dir.

        Viele Grüße
        Melanie Stoltz
        Talent Acquisition, Kyffhäuser Versicherung AG
        """)
    hs = head(addr("Melanie Stoltz über Netzwerk", "mitteilungen@netzwerk-beruf.example"),
              "Melanie Stoltz hat Ihnen eine Nachricht gesendet",
              "2026-09-16 11:24:37", "Europe/Berlin", "<msg-4471093.6b2e@netzwerk-beruf.example>",
              "from out3.netzwerk-beruf.example (out3.netzwerk-beruf.example [198.51.100.133])", "Nw8cM2gL5ra")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="proposal", lang="de", interview=False, company="Rhön Assekuranz VVaG",
           note="Recruiter proposes two slots (Tue 17 Nov 10:00, Thu 19 Nov 11:00) and asks which fits; not yet confirmed (the confirmation is a separate mail)",
           days=(("Tue", "2026-11-17"), ("Thu", "2026-11-19")))
def m32():
    body = t("""
        Sehr geehrte Frau Seifert,

        vielen Dank für Ihre Bewerbung als Teamleitung Schadenmanagement Sach. Ihr Profil hat uns
        überzeugt, und wir würden Sie gern persönlich in Fulda kennenlernen.

        Hätten Sie an einem der folgenden Termine Zeit?

        - Dienstag, 17. November 2026, 10:00 Uhr
        - Donnerstag, 19. November 2026, 11:00 Uhr

        Ich freue mich auf Ihre Rückmeldung.

        Mit freundlichen Grüßen
        Jana Kött
        Personalentwicklung & Recruiting
        Rhön Assekuranz VVaG
        """)
    hs = head(addr("Jana Kött", "jana.koett@rhoen-assekuranz.de"),
              "Ihre Bewerbung – Terminvorschläge für ein Kennenlernen",
              "2026-11-06 10:17:29", "Europe/Berlin", "<b1c0e7a4d92f4e31@rhoen-assekuranz.de>",
              "from mail.rhoen-assekuranz.de (mail.rhoen-assekuranz.de [203.0.113.36])", "Rh3nV8xK1bs",
              to=addr("Anna Seifert", "anna.seifert@example.org"))
    return message(hs, text(body))


@make.mail(N(33), family="scheduling_link", lang="en", interview=False, company="Amperfeld Re SE",
           note="GoodTime availability request: asks the candidate to pick times, nothing fixed yet")
def m33():
    body = t("""
        Hi Anna,

        Great news - the team would like to invite you to a virtual onsite for the Senior Claims
        Manager Casualty role at Amperfeld Re.

        Please share your availability for the next two weeks using the link below. The onsite
        consists of three back-to-back conversations.

        Share my availability: https://app.goodtime.io/availability/7ac1e0f9

        Thanks,
        Lena Hartmann
        Talent Acquisition, Amperfeld Re SE
        """)
    hs = head(addr("Amperfeld Re Recruiting", "scheduling@goodtime.io"),
              "Action required: share your availability - Amperfeld Re",
              "2026-11-19 09:05:44", "Europe/Berlin", "<goodtime.avail.7ac1e0f9@goodtime.io>",
              "from mail.goodtime.io (mail.goodtime.io [198.51.100.61])", "Gt0pW4dS9ek",
              extra=[("Reply-To", addr("Lena Hartmann", "lena.hartmann@amperfeld-re.com"))])
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(34), family="out_of_office", lang="de", interview=False, company=None,
           note="Out-of-office auto-reply from the Wartburg recruiter to the candidate's thank-you; company null (auto-reply, not about hiring)",
           days=(("Fri", "2026-10-02"),))
def m34():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 2. Oktober 2026, nicht im Büro und habe nur
        eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
        bewerbung@wartburg-versicherung.de.

        Mit freundlichen Grüßen
        Katrin Bähr
        """)
    hs = head(addr("Bähr, Katrin", "katrin.baehr@wartburg-versicherung.de"),
              "Automatische Antwort: Vielen Dank für das Gespräch",
              "2026-09-18 08:01:22", "Europe/Berlin",
              "<FR2P281MB2210D1E3A0B74F5C9E8D6A41B0C7F@FR2P281MB2210.DEUP281.PROD.OUTLOOK.COM>",
              "from EUR04-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2110.outbound.protection.outlook.com [203.0.113.110])",
              "Oo5tG1rL8cw",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<3e8f1a02-c7b5-4d19@example.com>")])
    return message(hs, text(body))


@make.mail(N(35), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) returning the candidate's thank-you to a mistyped interviewer address; the returned mail mentions 'this morning's interview' but confirms nothing new")
def m35():
    orig_body = t("""
        Dear Siobhán,

        Thank you for organising this morning's interview with Conor - I really enjoyed the
        conversation about the DACH portfolio and the claims hub.

        Kind regards,
        Anna Seifert
        """)
    orig = message([
        ("From", ANNA),
        ("To", addr("Siobhán Ní Bhriain", "siobhan.nibriain@liffey-re.ie")),
        ("Subject", "Thank you - Claims Team Lead interview"),
        ("Date", date("2026-10-13 12:31:08", "Europe/Berlin")),
        ("Message-ID", "<8d4b0f7e-91c2-4a6d@example.com>"),
    ], text(orig_body))
    notice = t("""
        This is the mail system at host mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <siobhan.nibriain@liffey-re.ie>: host mx.liffey-re.ie[203.0.113.77] said:
            550 5.1.1 <siobhan.nibriain@liffey-re.ie>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.com
        X-Postfix-Queue-ID: 4F2C81A0312
        Arrival-Date: Tue, 13 Oct 2026 12:31:09 +0200 (CEST)

        Final-Recipient: rfc822; siobhan.nibriain@liffey-re.ie
        Original-Recipient: rfc822;siobhan.nibriain@liffey-re.ie
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.liffey-re.ie
        Diagnostic-Code: smtp; 550 5.1.1 <siobhan.nibriain@liffey-re.ie>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mail.example.com (Mail Delivery System)",
              "Undelivered Mail Returned to Sender",
              "2026-10-13 12:31:11", "Europe/Berlin", "<20261013103111.9A0B21A0340@mail.example.com>",
              "from mail.example.com (mail.example.com [192.0.2.10])", "Dn1sF4uQ7hz",
              extra=[("Auto-Submitted", "auto-replied")])
    return message(hs, report)


@make.mail(N(36), family="offer", lang="de", interview=False, company="Saaletal Versicherung AG",
           note="Written offer after the Jena interview: start date and reply deadline, no appointment",
           days=(("Fri", "2026-12-11"),))
def m36():
    body = t("""
        Sehr geehrte Frau Seifert,

        wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Wendt die Position
        Teamleitung Schaden Sach in Jena anbieten zu können.

        Eckdaten unseres Angebots:
        - Eintritt: 1. April 2027 (oder früher, je nach Ihrer Kündigungsfrist)
        - Jahresbruttogehalt: 78.500 EUR zzgl. variabler Vergütung (bis 10 %)
        - 30 Tage Urlaub, mobiles Arbeiten bis zu 3 Tage pro Woche

        Den Vertragsentwurf finden Sie im Anhang. Wir würden uns über Ihre Rückmeldung bis
        Freitag, 11. Dezember 2026, freuen.

        Mit freundlichen Grüßen
        Ines Martin
        Leiterin Personal, Saaletal Versicherung AG
        """)
    hs = head(addr("Ines Martin", "ines.martin@saaletal-versicherung.de"),
              "Vertragsangebot Teamleitung Schaden Sach",
              "2026-12-02 14:10:09", "Europe/Berlin", "<e41a09c2b7d84f55@saaletal-versicherung.de>",
              "from mx.saaletal-versicherung.de (mx.saaletal-versicherung.de [203.0.113.88])", "Rq7mJ3kD0wp",
              extra=[("Cc", addr("Felix Wendt", "felix.wendt@saaletal-versicherung.de"))])
    pdf = raw_part([("Content-Type", 'application/pdf; name="Vertragsentwurf_Seifert.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Vertragsentwurf_Seifert.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\nYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    return message(hs, mixed(text(body), pdf))


@make.mail(N(37), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Dentist appointment confirmation with ICS ('Termin bestätigt'); a fixed time but not an interview",
           days=(("Mon", "2026-10-05"),))
def m37():
    body = t("""
        Guten Tag Frau Seifert,

        Ihr Termin ist bestätigt:

        Montag, 05.10.2026, 08:15 Uhr
        Zahnarztpraxis Dr. med. dent. Kerstin Sommer, Erfurter Landstraße 12, 99867 Gotha
        Behandlung: Kontrolluntersuchung / professionelle Zahnreinigung

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie bitte mindestens 24 Stunden vorher ab.

        Ihr Praxisteam
        (gebucht über Praxisplaner)
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Praxisplaner//Termin//DE
METHOD:PUBLISH
{BERLIN}
BEGIN:VEVENT
UID:pp-5532091@praxisplaner.example
DTSTAMP:20260928T101500Z
DTSTART;TZID=Europe/Berlin:20261005T081500
DTEND;TZID=Europe/Berlin:20261005T090000
SUMMARY:Zahnarzt Dr. Sommer - Kontrolle/PZR
LOCATION:Erfurter Landstraße 12\\, 99867 Gotha
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Zahnarztpraxis Dr. Sommer", "termine@praxisplaner.example"),
              "Terminbestätigung: Mo., 05.10.2026, 08:15 Uhr",
              "2026-09-28 12:15:00", "Europe/Berlin", "<pp-5532091-confirm@praxisplaner.example>",
              "from smtp.praxisplaner.example (smtp.praxisplaner.example [198.51.100.201])", "Pp2hX6qB3rn")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="quoted-printable",
                                                  filename="termin.ics", disposition="attachment")))


@make.mail(N(38), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Car workshop appointment confirmation (winter tyres); fixed time, not an interview",
           days=(("Sat", "2026-10-10"),))
def m38():
    body = t("""
        Sehr geehrte Frau Seifert,

        wir bestätigen Ihren Werkstatttermin:

        Samstag, 10.10.2026, 08:00 Uhr
        Fahrzeug: VW Golf, GTH-AS 412
        Leistung: Räderwechsel Sommer/Winter inkl. Einlagerung, Sichtprüfung Bremsen

        Bitte geben Sie den Schlüssel an der Direktannahme ab. Die Dauer beträgt ca. 45 Minuten.

        Ihr Serviceteam
        Autohaus Brandt GmbH & Co. KG, Kindleber Straße 180, 99867 Gotha
        """)
    hs = head(addr("Autohaus Brandt Service", "service@autohaus-brandt-gotha.example"),
              "Ihr Werkstatttermin am 10.10.2026",
              "2026-10-06 17:32:14", "Europe/Berlin", "<wst-20261006-88127@autohaus-brandt-gotha.example>",
              "from mail.autohaus-brandt-gotha.example (mail.autohaus-brandt-gotha.example [198.51.100.210])",
              "Ab4cW8nT1yk")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(39), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Colleague's Outlook invitation (W. Europe Standard Time) to a farewell drink, sent to the private address; a meeting, not an interview",
           days=(("Fri", "2026-10-30"),))
def m39():
    body = t("""
        Hallo zusammen,

        Jürgen geht nach 31 Jahren in der Schadenabteilung in den Ruhestand! Wir verabschieden ihn
        am Freitag, 30. Oktober, ab 15:00 Uhr im Casino, 2. OG. Ich schicke die Einladung auch an
        eure privaten Adressen, weil einige von euch am Freitag im Homeoffice sind.

        Für das Geschenk sammelt Birgit.

        Viele Grüße
        Sandra
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEURO}
BEGIN:VEVENT
ORGANIZER;CN=Hesse Sandra:mailto:sandra.hesse@hainich-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anna.seifert@example.com:mailto:anna.seifert@example.com
SUMMARY;LANGUAGE=de-DE:Verabschiedung Jürgen Möller
DTSTART;TZID=W. Europe Standard Time:20261030T150000
DTEND;TZID=W. Europe Standard Time:20261030T170000
UID:040000008200E00074C5B7101A82E0080000000063A2B1C0E165DC01000000000000000010000000F0D4A2B91C7E4F6DA3B5E1C0D2A4F918
DTSTAMP:20261019T123307Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Casino 2. OG
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Hesse, Sandra", "sandra.hesse@hainich-versicherung.example"),
              "Verabschiedung Jürgen Möller",
              "2026-10-19 14:33:07", "Europe/Berlin",
              "<FR4P281MB3310A2C7E1D94B6F8A0C3E5D7B91@FR4P281MB3310.DEUP281.PROD.OUTLOOK.COM>",
              "from EUR03-FR4-obe.outbound.protection.outlook.com (mail-fr4deu01on2115.outbound.protection.outlook.com [203.0.113.115])",
              "Hv6sL0pM3dt")
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(40), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Primary-school parents' evening invitation (iso-8859-1 QP); fixed time, not an interview",
           days=(("Tue", "2026-09-22"),))
def m40():
    body = t("""
        Liebe Eltern der Klasse 3b,

        hiermit lade ich Sie herzlich zum ersten Elternabend des Schuljahres ein:

        Dienstag, 22. September 2026, 19:00 Uhr, Klassenzimmer 3b (Altbau, 1. Etage)

        Themen: Klassenfahrt im Mai, Schwimmunterricht, Wahl der Elternsprecher, Verschiedenes.

        Über eine kurze Rückmeldung, ob Sie teilnehmen, freue ich mich.

        Viele Grüße
        Martina Fleischer
        Klassenleiterin 3b, Grundschule am Schlosspark Gotha
        """)
    hs = head(addr("Martina Fleischer", "m.fleischer@gs-schlosspark-gotha.example"),
              "Einladung Elternabend Klasse 3b",
              "2026-09-10 20:12:45", "Europe/Berlin", "<5f2e9a71.48c3@gs-schlosspark-gotha.example>",
              "from mail.gs-schlosspark-gotha.example (mail.gs-schlosspark-gotha.example [198.51.100.171])",
              "Gs1pE5kQ9wb",
              to="eltern-3b@gs-schlosspark-gotha.example",
              extra=[("List-Id", "Eltern 3b <eltern-3b.gs-schlosspark-gotha.example>")])
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(41), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Bank advisory appointment (Baufinanzierung) confirmation with ICS; fixed time, not an interview",
           days=(("Thu", "2026-10-08"),))
def m41():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Sehr geehrte Frau Seifert,</p>
        <p>vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihr Beratungsgespräch:</p>
        <p><b>Thema:</b> Baufinanzierung<br>
        <b>Datum:</b> Donnerstag, 08.10.2026<br>
        <b>Uhrzeit:</b> 16:30 Uhr<br>
        <b>Berater:</b> Herr Andreas Kühnel<br>
        <b>Ort:</b> Residenzbank Gotha eG, Hauptmarkt 3, 99867 Gotha</p>
        <p>Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und den Exposé-Ausdruck mit.</p>
        <p>Mit freundlichen Grüßen<br>Ihre Residenzbank Gotha eG</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Residenzbank//Terminbuchung//DE
METHOD:PUBLISH
{BERLIN}
BEGIN:VEVENT
UID:rbg-termin-20261008-1630-77312
DTSTAMP:20261001T074005Z
DTSTART;TZID=Europe/Berlin:20261008T163000
DTEND;TZID=Europe/Berlin:20261008T173000
SUMMARY:Beratungsgespräch Baufinanzierung
LOCATION:Residenzbank Gotha eG\\, Hauptmarkt 3
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Residenzbank Gotha eG", "terminservice@residenzbank-gotha.example"),
              "Terminbestätigung Ihres Beratungsgesprächs",
              "2026-10-01 09:40:05", "Europe/Berlin", "<rbg.77312.20261001094005@residenzbank-gotha.example>",
              "from mx.residenzbank-gotha.example (mx.residenzbank-gotha.example [198.51.100.177])", "Rb8tC2mH5vx")
    return message(hs, mixed(html(page, charset="windows-1252"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="Termin.ics",
                                      disposition="attachment")))


@make.mail(N(42), family="travel_booking", lang="de", interview=False, company=None,
           note="Train booking Gotha -> Dresden for the day of the Dresden interview; a travel receipt with times, not an interview confirmation",
           days=(("Tue", "2026-10-27"),))
def m42():
    body = t("""
        Vielen Dank für Ihre Buchung, Frau Seifert!

        Auftragsnummer: RT-7Q4K2M

        Hinfahrt  Di., 27.10.2026
        ab 06:12  Gotha               Gleis 2   RE 16487
        an 06:36  Erfurt Hbf
        ab 06:51  Erfurt Hbf          Gleis 4   ICE 1546
        an 08:57  Dresden Hbf

        Rückfahrt Di., 27.10.2026
        ab 13:04  Dresden Hbf         ICE 1553
        an 15:21  Gotha

        Flexpreis, 2. Klasse, 1 Erwachsener: 139,80 EUR
        Zahlungsmittel: Kreditkarte

        Ihr Ticket finden Sie als PDF im Anhang sowie in der App.

        RegioTicket Reiseservice
        """)
    hs = head(addr("RegioTicket", "buchung@regioticket.example"),
              "Buchungsbestätigung (Auftrag RT-7Q4K2M)",
              "2026-10-22 19:46:30", "Europe/Berlin", "<rt-7q4k2m.confirm@regioticket.example>",
              "from mo2.regioticket.example (mo2.regioticket.example [198.51.100.52])", "Rt5gB9fN2kc")
    pdf = raw_part([("Content-Type", 'application/pdf; name="Ticket_RT-7Q4K2M.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Ticket_RT-7Q4K2M.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKJSVFT0YK\n")
    return message(hs, mixed(text(body, charset="iso-8859-15"), pdf))


@make.mail(N(43), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Municipal citizens' office appointment (passport); fixed time, not an interview",
           days=(("Wed", "2026-11-04"),))
def m43():
    body = t("""
        Terminbestätigung

        Sehr geehrte Frau Seifert,

        Ihr Termin im Bürgerbüro wurde gebucht.

        Anliegen: Reisepass beantragen
        Datum: Mittwoch, 04.11.2026
        Uhrzeit: 07:45 Uhr
        Ort: Bürgerbüro, Hauptmarkt 1, 99867 Gotha, Schalter laut Aufruf
        Vorgangsnummer: BB-26-118402

        Bitte bringen Sie ein biometrisches Passfoto und Ihren Personalausweis mit.
        Termin absagen: https://termine.buergerbuero-gotha.example/absage/BB-26-118402

        Diese E-Mail wurde automatisch erzeugt.
        """)
    hs = head(addr("Bürgerbüro Gotha", "noreply@termine.buergerbuero-gotha.example"),
              "Terminbestätigung Bürgerbüro – 04.11.2026 07:45",
              "2026-10-26 13:11:54", "Europe/Berlin", "<BB-26-118402.1793016714@termine.buergerbuero-gotha.example>",
              "from termine.buergerbuero-gotha.example (termine.buergerbuero-gotha.example [198.51.100.188])",
              "Bg3wK7rA0pz")
    return message(hs, text(body, cte="base64"))


@make.mail(N(44), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Yoga class booking confirmation; fixed time, not an interview",
           days=(("Sat", "2026-11-07"),))
def m44():
    body = t("""
        Hallo Anna,

        deine Buchung ist bestätigt:

        Hatha Yoga – sanft in den Tag
        Samstag, 07.11.2026, 10:00 – 11:15 Uhr
        Yogastudio Lotusblüte, Bürgeraue 4, Gotha
        Trainerin: Nele

        Bitte komm 10 Minuten früher und bring deine eigene Matte mit, falls du hast.
        Kostenlose Stornierung bis 12 Stunden vor Kursbeginn in der App.

        Namasté
        dein Lotusblüte-Team
        """)
    hs = head(addr("Yogastudio Lotusblüte", "buchung@kursbuch.example"),
              "Buchungsbestätigung: Hatha Yoga am 07.11.",
              "2026-11-02 21:05:38", "Europe/Berlin", "<kb-booking-5520187@kursbuch.example>",
              "from mail.kursbuch.example (mail.kursbuch.example [198.51.100.66])", "Kb2vN6sD4jq")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(45), family="assessment", lang="de", interview=False, company="Donautal Versicherung AG",
           note="Teamtailor online-test invitation with a completion deadline (Mon 2 Nov 23:59); a deadline, not an appointment",
           days=(("Mon", "2026-11-02"),))
def m45():
    body = t("""
        Sehr geehrte Frau Seifert,

        vielen Dank für Ihre Bewerbung als Leiterin Schadenteam Kfz (w/m/d). Als nächsten Schritt
        bitten wir Sie, unseren Online-Test (Fallbearbeitung und Persönlichkeitsfragebogen) zu
        absolvieren.

        Bearbeitungszeit: ca. 40 Minuten
        Bitte schließen Sie den Test bis Montag, 2. November 2026, 23:59 Uhr ab.

        Zum Test: https://donautal.teamtailor.com/assessments/8c0e71

        Freundliche Grüße
        Christina Hofbauer
        Donautal Versicherung AG
        """)
    hs = head(addr("Donautal Versicherung AG", "no-reply@teamtailor-mail.com"),
              "Ihr nächster Schritt: Online-Test",
              "2026-10-27 10:44:03", "Europe/Vienna", "<tt.3481907.2a91c4@teamtailor-mail.com>",
              "from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [198.51.100.44])", "Tt9bF3xP6ul",
              extra=[("Reply-To", addr("Christina Hofbauer", "christina.hofbauer@donautal-versicherung.at"))])
    return message(hs, text(body))


@make.mail(N(46), family="marketing_webinar", lang="de", interview=False, company=None,
           note="Software-vendor webinar registration with ICS; a fixed-time event, not an interview",
           days=(("Thu", "2026-11-26"),))
def m46():
    body = t("""
        Hallo Anna Seifert,

        vielen Dank für Ihre Anmeldung zum Webinar

        „KI in der Schadenbearbeitung: Was Teamleitungen 2027 wissen müssen“
        Donnerstag, 26. November 2026, 11:00 – 12:00 Uhr (MEZ)

        Ihr persönlicher Zugangslink: https://webinar.claimsoft.example/j/5521-aseifert

        Fügen Sie den Termin mit der angehängten Datei Ihrem Kalender hinzu.

        Ihr ClaimSoft-Team
        ClaimSoft GmbH · Kaiserstraße 10 · 60311 Frankfurt am Main
        Abmelden: https://claimsoft.example/abmelden
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ClaimSoft//Webinar//DE
METHOD:PUBLISH
{BERLIN}
BEGIN:VEVENT
UID:claimsoft-webinar-20261126@claimsoft.example
DTSTAMP:20261117T080000Z
DTSTART;TZID=Europe/Berlin:20261126T110000
DTEND;TZID=Europe/Berlin:20261126T120000
SUMMARY:Webinar: KI in der Schadenbearbeitung
LOCATION:https://webinar.claimsoft.example/j/5521-aseifert
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("ClaimSoft Webinare", "events@claimsoft.example"),
              "Anmeldebestätigung: KI in der Schadenbearbeitung (26.11.)",
              "2026-11-17 09:00:00", "Europe/Berlin", "<webinar-reg-5521@claimsoft.example>",
              "from mail.claimsoft.example (mail.claimsoft.example [198.51.100.79])", "Cs7dR1hV5mn",
              extra=[("List-Unsubscribe", "<https://claimsoft.example/abmelden>")])
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                      disposition="attachment")))


@make.mail(N(47), family="post_interview", lang="en", interview=False, company="Limmat Assurance AG",
           note="Hiring manager's thank-you after the 28 Oct interview, 'in touch by mid-November'; nothing scheduled")
def m47():
    body = t("""
        Dear Anna,

        Thank you for the open and very concrete conversation yesterday - your account of the
        claims-system migration in Gotha was exactly what we wanted to hear about.

        We are speaking with two more candidates this week and will be in touch by mid-November
        about next steps.

        Best regards,
        Regula Sutter
        Chief Claims Officer, Limmat Assurance AG
        """)
    hs = head(addr("Sutter Regula", "regula.sutter@limmat-assurance.ch"),
              "RE: Thank you",
              "2026-10-29 18:12:40", "Europe/Zurich",
              "<ZR0P278MB0722F0B3C1D24E6A9B7C5D3E1A2F8@ZR0P278MB0722.CHEP278.PROD.OUTLOOK.COM>",
              "from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2125.outbound.protection.outlook.com [203.0.113.125])",
              "Ou8kV2cT6ra",
              extra=[("In-Reply-To", "<b7e2c0d9-41fa-4c1e@example.com>")])
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(48), family="personal", lang="de", interview=False, company=None,
           note="Friend's birthday invitation (Du, 8bit) that also asks how the Fulda interview went; a party time, no interview",
           days=(("Sat", "2026-11-21"),))
def m48():
    body = t("""
        Hey Anni,

        wir feiern meinen 40. nach: Samstag, 21. November, ab 18 Uhr bei uns in Erfurt
        (Löberstraße 9). Bring gern Micha und die Kinder mit, Kai macht Feuerschale im Garten.

        Und jetzt erzähl: Wie lief das Vorstellungsgespräch in Fulda heute?? Ich will alles wissen!

        Drück dich
        Steffi
        """)
    hs = head(addr("Steffi Hartung", "steffi.hartung@example.net"),
              "Samstag! 🎉",
              "2026-11-19 19:48:23", "Europe/Berlin", "<CAM7pX2e9Kq0Lr4tYd1Vn8Zs6Fb3Wc5Hj@mail.gmail.com>",
              "from mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])", "St0hM4bC8qe")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(49), family="order_receipt", lang="de", interview=False, company=None,
           note="Online-shop order receipt (a blazer); delivery date only",
           days=(("Tue", "2026-09-22"),))
def m49():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:14px">
        <h2>Vielen Dank für Ihre Bestellung!</h2>
        <p>Bestellnummer: 400118-2026</p>
        <table cellpadding="4">
        <tr><td>Blazer Wolle-Mix, marine, Gr. 38</td><td>129,95 €</td></tr>
        <tr><td>Bluse Seide, weiß, Gr. 38</td><td>69,95 €</td></tr>
        <tr><td>Versand</td><td>0,00 €</td></tr>
        <tr><td><b>Gesamt</b></td><td><b>199,90 €</b></td></tr>
        </table>
        <p>Voraussichtliche Zustellung: Dienstag, 22.09.2026</p>
        <p>Modehaus Ritter Online · Kundenservice: service@modehaus-ritter.example</p>
        </body></html>
        """)
    hs = head(addr("Modehaus Ritter", "bestellung@modehaus-ritter.example"),
              "Ihre Bestellung 400118-2026",
              "2026-09-19 22:17:05", "Europe/Berlin", "<order-400118-2026@modehaus-ritter.example>",
              "from mailer.modehaus-ritter.example (mailer.modehaus-ritter.example [198.51.100.99])", "Mr6yT0kW2fb")
    return message(hs, html(page, cte="base64"))


@make.mail(N(50), family="candidate_survey", lang="en", interview=False, company="Hailstone Insurtech GmbH",
           note="Candidate-experience survey after the 20 Nov interview; no appointment")
def m50():
    body = t("""
        Hi Anna,

        Thanks for interviewing with Hailstone! We'd love to hear how it went. This 2-minute
        survey is anonymous and helps us improve our hiring process.

        How would you rate your interview experience? https://survey.ashbyhq.com/s/hailstone/5d0a

        Thank you,
        Hailstone Recruiting
        """)
    hs = head(addr("Hailstone", "no-reply@ashbyhq.com"),
              "How was your interview with Hailstone?",
              "2026-11-23 10:00:37", "Europe/Berlin", "<010001936a0f4c22-71e5b8d0-hailstone-000000@email.amazonses.com>",
              "from mail.ashbyhq.com (mail.ashbyhq.com [198.51.100.233])", "As3pG8wM1vc")
    return message(hs, alt(text(body), html(gmail_html(body))))
