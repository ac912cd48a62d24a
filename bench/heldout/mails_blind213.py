"""blind213: 50 hand-written mails from the inbox of Felix Wagner, a lab-automation engineer in Konstanz.

Written blind (without reading the detector, its tests or the other held-out mails); built and
checked by ``python3 bench/heldout/make_blind.py blind213``. Keys 1-23 are the positives, 24-50 the
negatives; the file number of the mail written key-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import base64
import random

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
    utc,
)

ORDER = random.Random(2130213).sample(range(1, 51), 50)

ME = "felix.wagner@example.org"
ME_H = addr("Felix Wagner", ME)
BER = "Europe/Berlin"
ZRH = "Europe/Zurich"


def n(key: int) -> str:
    return f"blind213_{ORDER[key - 1]:03d}"


def rx(frm: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(frm, when, zone, f"mx01.example.org (Postfix) with ESMTPS id {ident}", ME, lag))


def raw_pdf(name: str) -> Part:
    """A tiny stand-in PDF attachment (base64)."""
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" \
          b"trailer<</Root 1 0 R>>\n%%EOF\n"
    body = base64.encodebytes(pdf).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{name}"'),
                 ("Content-Disposition", f'attachment; filename="{name}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


ZURICH_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
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

LONDON_VTZ = """BEGIN:VTIMEZONE
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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:30", BER), end=utc("2026-09-15 11:30", BER),
      contact="katharina.ebner@seerhein-diagnostics.de", company="Seerhein Diagnostics GmbH",
      local="Tue 2026-09-15 10:30", local_end="2026-09-15 11:30", zone=BER,
      note="Personio invitation, 'Di., 15.09.2026, 10:30 - 11:30 Uhr' in Konstanz (CEST, UTC+2); "
           "contact = human Reply-To (the sender is Personio's no-reply)")
def p01() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        vielen Dank für Ihr Interesse an der Position "Automatisierungsingenieur Liquid Handling (m/w/d)".
        Gerne laden wir Sie zu einem persönlichen Gespräch an unserem Standort in Konstanz ein.

        Termin:       Di., 15.09.2026, 10:30 - 11:30 Uhr
        Ort:          Seerhein Diagnostics GmbH, Seerheinweg 12, 78467 Konstanz
                      (Eingang Laborgebäude, bitte am Empfang melden)
        Gesprächspartner: Dr. Jonas Brecht (Teamleitung Laborautomation),
                      Katharina Ebner (People & Culture)

        Bitte bringen Sie einen gültigen Ausweis mit. Parkplätze finden Sie direkt vor dem Gebäude.

        Falls Sie den Termin nicht wahrnehmen können, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Katharina Ebner
        People & Culture

        Seerhein Diagnostics GmbH | Seerheinweg 12 | 78467 Konstanz
        Amtsgericht Freiburg HRB 712345 | Geschäftsführer: Dr. Martin Hüther

        --
        Diese E-Mail wurde über Personio versendet.
        """)
    markup = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a37">
        <table width="600" cellpadding="0" cellspacing="0" style="margin:0 auto"><tr><td>
        <p>Sehr geehrter Herr Wagner,</p>
        <p>vielen Dank für Ihr Interesse an der Position &bdquo;Automatisierungsingenieur Liquid Handling
        (m/w/d)&ldquo;. Gerne laden wir Sie zu einem persönlichen Gespräch an unserem Standort in Konstanz ein.</p>
        <table cellpadding="4" style="border-collapse:collapse;background:#f4f6f8">
        <tr><td><b>Termin</b></td><td>Di., 15.09.2026, 10:30 - 11:30 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Seerhein Diagnostics GmbH, Seerheinweg 12, 78467 Konstanz<br>
        (Eingang Laborgebäude, bitte am Empfang melden)</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Dr. Jonas Brecht (Teamleitung Laborautomation),<br>
        Katharina Ebner (People &amp; Culture)</td></tr>
        </table>
        <p>Bitte bringen Sie einen gültigen Ausweis mit. Parkplätze finden Sie direkt vor dem Gebäude.</p>
        <p>Falls Sie den Termin nicht wahrnehmen können, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Katharina Ebner<br>People &amp; Culture</p>
        <p style="font-size:11px;color:#6b7280">Seerhein Diagnostics GmbH | Seerheinweg 12 | 78467 Konstanz<br>
        Amtsgericht Freiburg HRB 712345 | Geschäftsführer: Dr. Martin Hüther</p>
        <p style="font-size:11px;color:#9ca3af">Diese E-Mail wurde über Personio versendet.</p>
        </td></tr></table></body></html>
        """)
    return message([
        rx("from mail-out-3.personio.de (mail-out-3.personio.de [3.72.140.18])", "2026-09-09 14:12", BER,
           "4Rm2kq0Wz7z9sT"),
        ("From", addr("Seerhein Diagnostics GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Katharina Ebner", "katharina.ebner@seerhein-diagnostics.de")),
        ("To", ME_H),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Automatisierungsingenieur Liquid Handling")),
        ("Date", date("2026-09-09 14:12", BER)),
        ("Message-ID", "<0107019a2f4c8e1d-5b1e2c77-91a4-4d0e-b3f1-8c2d7e6a9f10-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Template", "interview_invitation"),
    ], alt(text(body), html(markup)))


@mail(n(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", ZRH), end=utc("2026-09-22 14:45", ZRH),
      contact="noemi.frischknecht@limmat-bioworks.ch", company="Limmat Bioworks AG",
      local="Tue 2026-09-22 14:00", local_end="2026-09-22 14:45", zone=ZRH,
      note="Greenhouse confirmation, 'Tuesday, September 22nd 2026, 2:00 PM - 2:45 PM CEST' (Zurich, "
           "UTC+2); contact = Reply-To recruiter")
def p02() -> bytes:
    body = t("""
        Hi Felix,

        Thanks for sharing your availability. Your interview with Limmat Bioworks is confirmed:

        Position: Automation Scientist, High-Throughput Screening
        Date: Tuesday, September 22nd 2026
        Time: 2:00 PM - 2:45 PM CEST
        Location: Video call (Google Meet) - https://meet.google.com/wpr-kxbt-sue

        You'll be speaking with:
          Reto Ammann, Head of Screening Automation
          Ines Carvalho, Senior Automation Scientist

        The conversation will focus on your experience with liquid handlers, scheduling software and
        integrating new instruments into existing workcells. No preparation needed beyond that.

        If anything changes, just reply to this email.

        Best regards,
        Noemi Frischknecht
        Talent Acquisition | Limmat Bioworks AG | Hardturmstrasse 161, 8005 Zürich
        """)
    markup = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Felix,</p>
        <p>Thanks for sharing your availability. Your interview with Limmat Bioworks is confirmed:</p>
        <p><strong>Position:</strong> Automation Scientist, High-Throughput Screening<br>
        <strong>Date:</strong> Tuesday, September 22nd 2026<br>
        <strong>Time:</strong> 2:00 PM - 2:45 PM CEST<br>
        <strong>Location:</strong> Video call (Google Meet) -
        <a href="https://meet.google.com/wpr-kxbt-sue">https://meet.google.com/wpr-kxbt-sue</a></p>
        <p>You'll be speaking with:<br>&nbsp;&nbsp;Reto Ammann, Head of Screening Automation<br>
        &nbsp;&nbsp;Ines Carvalho, Senior Automation Scientist</p>
        <p>The conversation will focus on your experience with liquid handlers, scheduling software and
        integrating new instruments into existing workcells. No preparation needed beyond that.</p>
        <p>If anything changes, just reply to this email.</p>
        <p>Best regards,<br>Noemi Frischknecht<br>
        Talent Acquisition | Limmat Bioworks AG | Hardturmstrasse 161, 8005 Zürich</p>
        <img src="https://app.greenhouse.io/email_tracking/open/7c1f0e2a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        rx("from mail200.greenhouse.io (mail200.greenhouse.io [198.21.4.200])", "2026-09-16 09:41", ZRH,
           "4Rr8Ld1TqHz2Kp"),
        ("From", addr("Noemi Frischknecht", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Noemi Frischknecht", "noemi.frischknecht@limmat-bioworks.ch")),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Automation Scientist, High-Throughput Screening at Limmat Bioworks"),
        ("Date", date("2026-09-16 09:41", ZRH)),
        ("Message-ID", "<66e7f1b2a4c03_1a2b3c4d5e6f@greenhouse-mailer-7d9f8b6c5-xk2lp.mail>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body, cte="8bit"), html(markup)))


@mail(n(3), family="human_prose_allday_ics", lang="de-CH", interview=True, kind="scheduled",
      start=utc("2026-10-01 11:15", ZRH), end=None,
      contact="beat.schaerer@rheinknie-pharma.ch", company="Rheinknie Pharma AG",
      local="Thu 2026-10-01 11:15", zone=ZRH,
      note="Swiss hiring manager, 'am Donnerstag um Viertel nach elf' resolved against the Date "
           "(Tue 29 Sep 2026) -> Thu 1 Oct 11:15 Basel (CEST, UTC+2); the attached ICS is an all-day "
           "event on that day, the time is only in the text; 'gut eine Stunde' is approximate -> end null")
def p03() -> bytes:
    body = t("""
        Grüezi Herr Wagner

        Besten Dank für das angenehme Telefonat von vorhin. Wie besprochen treffen wir uns am
        Donnerstag um Viertel nach elf bei uns in Basel für das Gespräch zur Stelle als
        Automation Engineer in der Prozessentwicklung. Rechnen Sie mit gut einer Stunde; danach
        zeige ich Ihnen gerne noch das Pilotlabor.

        Adresse: Rheinknie Pharma AG, Klybeckstrasse 210, 4057 Basel, Bau 412, 3. Stock.
        Am Empfang nach mir fragen. Vom Badischen Bahnhof sind es zehn Minuten zu Fuss.

        Ich habe Ihnen den Tag als Erinnerung in den Kalender gelegt (siehe Anhang).

        Freundliche Grüsse
        Beat Schärer
        Leiter Automation Prozessentwicklung
        Rheinknie Pharma AG
        Tel. +41 61 555 41 20
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.6//EN
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:3F1D2C4B-9A7E-4C1B-8E2D-5A6B7C8D9E01
        DTSTAMP:20260929T144205Z
        DTSTART;VALUE=DATE:20261001
        DTEND;VALUE=DATE:20261002
        SUMMARY:Gespräch F. Wagner (Rheinknie\\, Basel)
        LOCATION:Klybeckstrasse 210\\, 4057 Basel\\, Bau 412
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rx("from smtp.rheinknie-pharma.ch (smtp.rheinknie-pharma.ch [194.56.218.33])", "2026-09-29 16:42", ZRH,
           "4Sb1Nm6vRcz1Qw"),
        ("From", addr("Schärer Beat", "beat.schaerer@rheinknie-pharma.ch", "iso-8859-1")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Gespräch am Donnerstag", "iso-8859-1")),
        ("Date", date("2026-09-29 16:42", ZRH)),
        ("Message-ID", "<ZRHPR02MB7741C3A90B5E1F2D4A8B6C1E9F3D0@ZRHPR02MB7741.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, method=None, filename="Gespraech.ics", disposition="attachment",
                      name_param=True, cte="quoted-printable")))


@mail(n(4), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", BER), end=utc("2026-10-26 10:00", BER),
      contact="martina.kessler@zeppelin-messtechnik.de", company="Zeppelin Messtechnik GmbH",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=BER,
      note="Exchange meeting request sent Thu 22 Oct in CEST; the time is only in the ICS "
           "(W. Europe Standard Time 20261026T090000), the day after Europe's switch back to CET -> "
           "08:00Z, not 07:00Z; contact = ORGANIZER/sender")
def p04() -> bytes:
    body = t("""
        Hallo Herr Wagner,

        wie heute Vormittag telefonisch besprochen, erhalten Sie hiermit die Einladung zu unserem
        Vorstellungsgespräch per Teams. Mit dabei ist Herr Dr. Ostertag aus der Entwicklung.

        Viele Grüße
        Martina Keßler
        Personalreferentin
        Zeppelin Messtechnik GmbH | Allmannsweilerstraße 40 | 88046 Friedrichshafen

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2ZjQ1MWQtZDg3Yy00@thread.v2/0?context=%7b%22Tid%22%3a%228e1f%22%7d>
        Besprechungs-ID: 351 882 604 117
        Passcode: vQ7hZp
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    markup = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Wagner,</p>
        <p class="MsoNormal">wie heute Vormittag telefonisch besprochen, erhalten Sie hiermit die Einladung zu unserem
        Vorstellungsgespräch per Teams. Mit dabei ist Herr Dr. Ostertag aus der Entwicklung.</p>
        <p class="MsoNormal">Viele Grüße<br>Martina Keßler<br>Personalreferentin<br>
        Zeppelin Messtechnik GmbH | Allmannsweilerstraße 40 | 88046 Friedrichshafen</p>
        <div style="max-width:1024px">
        <p>________________________________________________________________________________</p>
        <p><span style="font-size:18pt;color:#252424">Microsoft Teams-Besprechung</span></p>
        <p><b>Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil</b></p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2ZjQ1MWQtZDg3Yy00@thread.v2/0">Klicken Sie hier, um an der Besprechung teilzunehmen</a></p>
        <p>Besprechungs-ID: 351 882 604 117<br>Passcode: vQ7hZp</p>
        <p>________________________________________________________________________________</p>
        </div></div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Keßler Martina:mailto:martina.kessler@zeppelin-messtechnik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Wagner:mailto:felix.wagner@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ostertag Dr. Florian:mailto:florian.ostertag@zeppelin-messtechnik.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Wagner\\,\\n\\nwie heute Vormittag telefonisch besprochen\\, erhalten Sie hiermit die Einladung zu unserem Vorstellungsgespräch per Teams.\\n
        UID:040000008200E00074C5B7101A82E00800000000D07C1E3F9A63DC01000000000000000010000000B1E2F4A3C5D6E7F8091A2B3C4D5E6F70
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Felix Wagner - Ingenieur Laborautomatisierung
        DTSTART;TZID=W. Europe Standard Time:20261026T090000
        DTEND;TZID=W. Europe Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T094712Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118465233
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:martina.kessler@zeppelin-messtechnik.de\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_YTk2ZjQ1MWQtZDg3Yy00-thread.v2
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
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    return message([
        rx("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2110.outbound.protection.outlook.com"
           " [40.107.104.110])", "2026-10-22 11:47", BER, "4T9xQv2bLmz3Hd"),
        ("From", addr("Keßler Martina", "martina.kessler@zeppelin-messtechnik.de")),
        ("To", addr("Felix Wagner", ME)),
        ("CC", addr("Ostertag Dr. Florian", "florian.ostertag@zeppelin-messtechnik.de")),
        ("Subject", enc("Vorstellungsgespräch Felix Wagner - Ingenieur Laborautomatisierung")),
        ("Thread-Topic", enc("Vorstellungsgespräch Felix Wagner - Ingenieur Laborautomatisierung")),
        ("Thread-Index", "AdtF3Kq1m0zQ2r7bT4uYp8wE6sJx1A=="),
        ("Date", date("2026-10-22 11:47", BER)),
        ("Message-ID", "<FR3P281MB1632A8C1E4D2B7F90C3E5A6D1B8F2@FR3P281MB1632.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ], alt(text(body, cte="quoted-printable"), html(markup),
           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(5), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", "America/New_York"), end=utc("2026-11-03 11:00", "America/New_York"),
      contact="dana.whitcomb@quillfield.com", company="Quillfield Robotics",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/New_York",
      note="Lever confirmation sent Thu 29 Oct in EDT; interview Tue 3 Nov 10:00-11:00 AM EST (US back "
           "to standard time on 1 Nov) = 15:00Z; the 'your time' line says 4:00 PM CET, consistent; "
           "contact = Reply-To")
def p05() -> bytes:
    body = t("""
        Hi Felix,

        Your interview for Senior Lab Automation Engineer (Remote - Europe) at Quillfield Robotics is
        confirmed. A calendar invitation is attached.

        Technical interview with Sam Okafor and Lucia Ferrante
        Tue, Nov 3, 2026 10:00 AM - 11:00 AM EST
        (4:00 PM - 5:00 PM CET, your local time)

        Zoom: https://quillfield.zoom.us/j/83417720561?pwd=Zm9vYmFy

        Questions? Reply to this email to reach Dana Whitcomb.

        - The Quillfield Robotics Team

        Sent via Lever | Privacy: https://www.lever.co/privacy-notice
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Lever//Lever Interview Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + \
        VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-iv-5b7c91d2-0f3e-4a61-9b2d-7e8f1a2c3d4e
        DTSTAMP:20261029T170512Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T110000
        SUMMARY:Quillfield Robotics - Technical interview (Felix Wagner)
        LOCATION:https://quillfield.zoom.us/j/83417720561
        ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@quillfield.com
        ATTENDEE;CN=Felix Wagner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:felix.wagner@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rx("from mail-a1.hire.lever.co (mail-a1.hire.lever.co [54.240.8.61])", "2026-10-29 13:05",
           "America/New_York", "4TGk1Bz0Wnz4Ff"),
        ("From", addr("Quillfield Robotics", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@quillfield.com")),
        ("To", ME),
        ("Subject", "Interview confirmed: Senior Lab Automation Engineer (Remote - Europe)"),
        ("Date", date("2026-10-29 13:05", "America/New_York")),
        ("Message-ID", "<0100019a31c7d2e8-77b1d0a4-2c9e-4f6b-a1d3-5e8c9b0f2a47-000000@email.amazonses.com>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(6), family="calendly", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-14 09:30", ZRH), end=utc("2026-10-14 10:15", ZRH),
      contact="sabine.looser@saentis-labtech.ch", company="Säntis Labtech AG",
      local="Wed 2026-10-14 09:30", local_end="2026-10-14 10:15", zone=ZRH,
      note="Calendly invitee confirmation (German UI): '09:30 - 10:15, Mittwoch, 14. Oktober 2026 "
           "(Mitteleuropäische Zeit)'; the label says 'Mitteleuropäische Zeit' but on 14 Oct Zurich is on "
           "CEST (UTC+2) -> 07:30Z; contact = Reply-To host")
def p06() -> bytes:
    body = t("""
        Hallo Felix Wagner,

        Ein neues Ereignis wurde eingeplant.

        Ereignistyp:
        Interview Laborautomation (1. Runde)

        Einladender:
        Sabine Looser

        Ereignisdatum/-uhrzeit:
        09:30 - 10:15, Mittwoch, 14. Oktober 2026 (Mitteleuropäische Zeit)

        Ort:
        Microsoft Teams – der Link folgt separat per Kalendereinladung.

        Eingeladene Person:
        Felix Wagner
        felix.wagner@example.org

        Ereignis absagen: https://calendly.com/cancellations/7d1e0c2a-44b1-4f0e-a8c9-2b3d4e5f6a7b
        Ereignis verschieben: https://calendly.com/reschedulings/7d1e0c2a-44b1-4f0e-a8c9-2b3d4e5f6a7b

        Unterstützt durch Calendly.com
        """)
    markup = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:560px;margin:0 auto">
        <p>Hallo Felix Wagner,</p>
        <p>Ein neues Ereignis wurde eingeplant.</p>
        <p><b>Ereignistyp:</b><br>Interview Laborautomation (1. Runde)</p>
        <p><b>Einladender:</b><br>Sabine Looser</p>
        <p><b>Ereignisdatum/-uhrzeit:</b><br>09:30 - 10:15, Mittwoch, 14. Oktober 2026 (Mitteleuropäische Zeit)</p>
        <p><b>Ort:</b><br>Microsoft Teams – der Link folgt separat per Kalendereinladung.</p>
        <p><b>Eingeladene Person:</b><br>Felix Wagner<br>
        <a href="mailto:felix.wagner@example.org">felix.wagner@example.org</a></p>
        <p><a href="https://calendly.com/cancellations/7d1e0c2a-44b1-4f0e-a8c9-2b3d4e5f6a7b">Ereignis absagen</a> |
        <a href="https://calendly.com/reschedulings/7d1e0c2a-44b1-4f0e-a8c9-2b3d4e5f6a7b">Ereignis verschieben</a></p>
        <p style="color:#666;font-size:12px">Unterstützt durch <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    return message([
        rx("from o1.ptr4412.calendly.com (o1.ptr4412.calendly.com [167.89.10.55])", "2026-10-08 20:14", ZRH,
           "4TLc5Wp7Xkz6Nn"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Sabine Looser", "sabine.looser@saentis-labtech.ch")),
        ("To", ME),
        ("Subject", enc("Neues Ereignis: Felix Wagner - 09:30 Mi., 14. Okt. 2026 - Interview Laborautomation "
                        "(1. Runde)")),
        ("Date", date("2026-10-08 20:14", ZRH)),
        ("Message-ID", "<SG3kPq7RTy2mW9aXb1cD4e@geopod-ismtpd-12>"),
        ("X-SG-EID", "u001.Pn4o2Yq8k3m1Lr7Zx0VbNw"),
    ], alt(text(body), html(markup)))


@mail(n(7), family="ashby", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-06 10:00", ZRH), end=utc("2026-11-06 11:00", ZRH),
      contact="mireille.schaub@dreiland-genomics.ch", company="Dreiland Genomics AG",
      local="Fri 2026-11-06 10:00", local_end="2026-11-06 11:00", zone=ZRH,
      note="Ashby reschedule; old Thu 5 Nov 2:00 PM CET, new Fri 6 Nov 10:00-11:00 AM CET (Basel, UTC+1) "
           "= 09:00Z; ICS SEQUENCE:1 with TZID Europe/Zurich; contact = Reply-To / ORGANIZER")
def p07() -> bytes:
    body = t("""
        Hi Felix,

        Your onsite interview with Dreiland Genomics has been moved. We're sorry for the change -
        one of the panelists is travelling on Thursday.

        Previously:  Thursday, November 5, 2026, 2:00 PM - 3:00 PM CET
        New time:    Friday, November 6, 2026, 10:00 AM - 11:00 AM CET (Europe/Zurich)

        Location: Dreiland Genomics AG, Hochbergerstrasse 60C, 4057 Basel (Technologiepark, Building B)

        You'll meet:
          Matthias Grieder - Director, Lab Automation
          Yuki Tanabe - Staff Software Engineer, Scheduling

        An updated calendar invitation is attached. Questions? Just reply and it will reach
        Mireille Schaub.

        Thanks,
        Dreiland Genomics Recruiting
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Ashby//Ashby Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:REQUEST\n" + ZURICH_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:b3e1a9c7-5d2f-4e80-9a1b-c4d5e6f70812
        DTSTAMP:20261103T152002Z
        DTSTART;TZID=Europe/Zurich:20261106T100000
        DTEND;TZID=Europe/Zurich:20261106T110000
        SEQUENCE:1
        SUMMARY:Dreiland Genomics - Onsite Interview (Felix Wagner)
        LOCATION:Hochbergerstrasse 60C\\, 4057 Basel
        ORGANIZER;CN=Mireille Schaub:mailto:mireille.schaub@dreiland-genomics.ch
        ATTENDEE;CN=Felix Wagner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:felix.wagner@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    inner = alt(text(body, cte="base64"), html(gmail_html(body).replace('<div dir="ltr">', '<div>'), cte="base64"))
    return message([
        rx("from a48-11.smtp-out.amazonses.com (a48-11.smtp-out.amazonses.com [54.240.48.11])", "2026-11-03 16:20",
           ZRH, "4TQ0hJx8Svz7Cc"),
        ("From", addr("Dreiland Genomics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Mireille Schaub", "mireille.schaub@dreiland-genomics.ch")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Updated: Your interview with Dreiland Genomics has been rescheduled"),
        ("Date", date("2026-11-03 16:20", ZRH)),
        ("Message-ID", "<0102019a4a8b3f10-c2d9e7a1-6b4f-4e3a-9d8c-1f2e3a4b5c6d-000000@eu-west-1.amazonses.com>"),
    ], mixed(inner, calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                             cte="base64")))


@mail(n(8), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-11 13:00", BER), end=utc("2026-11-11 14:30", BER),
      contact="tobias.rief@schussental-mt.de", company="Schussental Medizintechnik GmbH",
      local="Wed 2026-11-11 13:00", local_end="2026-11-11 14:30", zone=BER,
      note="Workday invitation, HTML only (base64): 'Mittwoch, 11. November 2026, 13:00 – 14:30 Uhr (MEZ)' "
           "in Ravensburg (CET, UTC+1) -> 12:00Z; sender is the Workday tenant mailbox, contact = the "
           "HR person's address in the body")
def p08() -> bytes:
    markup = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:10pt">
        <img src="https://wd3.myworkday.com/schussental/img/logo.png" alt="Schussental Medizintechnik" height="40">
        <p>Sehr geehrter Herr Wagner,</p>
        <p>wir freuen uns, Sie im Rahmen Ihrer Bewerbung als <b>Ingenieur Laborautomation (m/w/d)</b>
        (Stellen-ID R-10482) zu einem persönlichen Gespräch einzuladen. Der folgende Termin ist für Sie reserviert:</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Datum:</b></td><td>Mittwoch, 11. November 2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>13:00 – 14:30 Uhr (MEZ)</td></tr>
        <tr><td><b>Ort:</b></td><td>Schussental Medizintechnik GmbH, Gartenstraße 88, 88212 Ravensburg,
        Empfang Gebäude B</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Dr. Ulrike Baader (Leitung Automatisierung), Tobias Rief (Human Resources)</td></tr>
        </table>
        <p>Reisekosten erstatten wir Ihnen gerne im Rahmen unserer Richtlinie (2. Klasse Bahn bzw. 0,30 EUR/km).</p>
        <p>Bei Fragen wenden Sie sich bitte an Tobias Rief,
        <a href="mailto:tobias.rief@schussental-mt.de">tobias.rief@schussental-mt.de</a>, Tel. +49 751 555 2290.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Schussental Medizintechnik GmbH</p>
        <p style="font-size:8pt;color:#777">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht
        auf diese E-Mail. Ihren Bewerbungsstatus sehen Sie jederzeit in Ihrem
        <a href="https://wd3.myworkday.com/schussental/d/home.htmld">Kandidatenkonto</a>.</p>
        </div></body></html>
        """)
    return message([
        rx("from mail-wd3.myworkday.com (mail-wd3.myworkday.com [209.177.165.12])", "2026-11-04 09:30", BER,
           "4TQyT2m5Gcz8Vb"),
        ("From", addr("Schussental Medizintechnik", "schussental@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Ingenieur Laborautomation (m/w/d) – R-10482")),
        ("Date", date("2026-11-04 09:30", BER)),
        ("Message-ID", "<1839472615.88213.1793781000412@wd3-prod-notify-14.myworkday.com>"),
        ("X-Workday-Tenant", "schussental"),
    ], html(markup, cte="base64"))


@mail(n(9), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:00", "Pacific/Auckland"), end=utc("2026-11-19 09:45", "Pacific/Auckland"),
      contact="aroha.ngata@kaurilab.co.nz", company="Kauri Lab Automation Ltd",
      local="Thu 2026-11-19 09:00", local_end="2026-11-19 09:45", zone="Pacific/Auckland",
      note="SmartRecruiters invite from an Auckland company: 'Thursday, 19 November 2026, 9:00-9:45 AM "
           "NZDT' (UTC+13) = Wed 18 Nov 20:00Z, a day earlier in UTC and in Konstanz (the mail also says "
           "21:00 CET Wednesday); contact = hiring manager's address in the body")
def p09() -> bytes:
    body = t("""
        Kia ora Felix,

        Great news - your video interview for the role of Lab Automation Engineer (EU remote) has been
        scheduled.

        When:   Thursday, 19 November 2026, 9:00 - 9:45 AM NZDT (Auckland)
                That is Wednesday 18 November, 21:00 - 21:45 CET for you in Konstanz.
        Where:  Microsoft Teams (link in the calendar invitation)
        With:   Aroha Ngata, Engineering Manager, and Tom Whitaker, Principal Engineer

        Aroha has asked us to pass on that you are welcome to contact her directly beforehand at
        aroha.ngata@kaurilab.co.nz if you have questions about the team or the role.

        Kind regards,
        Talent Team
        Kauri Lab Automation Ltd | 12 Nugent Street, Grafton, Auckland 1023

        This email was sent by SmartRecruiters on behalf of Kauri Lab Automation Ltd.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//SmartRecruiters//Interview Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + \
        VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:sr-interview-8d2f7a91c3e4@smartrecruiters.com
        DTSTAMP:20261113012044Z
        DTSTART;TZID=Pacific/Auckland:20261119T090000
        DTEND;TZID=Pacific/Auckland:20261119T094500
        SUMMARY:Interview: Lab Automation Engineer (EU remote) - Felix Wagner
        LOCATION:Microsoft Teams
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4\\nMeeting ID: 418 220 115 906
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kaurilab.co.nz
        ATTENDEE;CN=Felix Wagner;RSVP=TRUE:mailto:felix.wagner@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """).replace("DTSTAMP:20261113012044Z", "DTSTAMP:20261113T012044Z")
    return message([
        rx("from mta-out-12.smartrecruiters.com (mta-out-12.smartrecruiters.com [52.28.111.40])",
           "2026-11-13 14:20", "Pacific/Auckland", "4TWd0Pm9Jtz2Rr"),
        ("From", addr("Kauri Lab Automation Ltd", "noreply@smartrecruiters.com")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Your interview with Kauri Lab Automation Ltd is scheduled"),
        ("Date", date("2026-11-13 14:20", "Pacific/Auckland")),
        ("Message-ID", "<20261113012000.8d2f7a91c3e4.15539@smartrecruiters.com>"),
        ("X-SR-Template", "INTERVIEW_SCHEDULED_CANDIDATE"),
    ], mixed(text(body, cte="quoted-printable"),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


@mail(n(10), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-03 16:00", BER), end=utc("2026-12-03 16:45", BER),
      contact="lisa.mohr@hegau-robotics.de", company="Hegau Robotics GmbH",
      local="Thu 2026-12-03 16:00", local_end="2026-12-03 16:45", zone=BER,
      note="Teamtailor, du-form: 'Donnerstag, 3. Dezember 2026, 16:00–16:45' Konstanz (CET, UTC+1) -> "
           "15:00Z; ICS Europe/Berlin agrees; contact = Reply-To recruiter")
def p10() -> bytes:
    body = t("""
        Hey Felix,

        super, dass es klappt! Hier nochmal alle Infos zu deinem Interview bei Hegau Robotics:

        📅 Donnerstag, 3. Dezember 2026, 16:00–16:45
        📍 Hegau Robotics, Max-Stromeyer-Straße 116, 78467 Konstanz (2. OG, klingel bei "Hegau")
        👋 Mit Lisa (Recruiting) und Deniz (CTO)

        Wir zeigen dir danach gern noch kurz unsere Testzelle. Eine Kalendereinladung hängt an.

        Bis bald!
        Lisa Mohr
        Hegau Robotics

        --
        Sent with Teamtailor · Datenschutz: https://hegau-robotics.teamtailor.com/privacy
        """)
    markup = t("""
        <!doctype html><html><body style="margin:0;background:#f5f5f7">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="560" style="background:#fff;border-radius:8px;padding:32px;font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <tr><td>
        <p>Hey Felix,</p>
        <p>super, dass es klappt! Hier nochmal alle Infos zu deinem Interview bei Hegau Robotics:</p>
        <p>📅 <strong>Donnerstag, 3. Dezember 2026, 16:00–16:45</strong><br>
        📍 Hegau Robotics, Max-Stromeyer-Straße 116, 78467 Konstanz (2. OG, klingel bei &quot;Hegau&quot;)<br>
        👋 Mit Lisa (Recruiting) und Deniz (CTO)</p>
        <p>Wir zeigen dir danach gern noch kurz unsere Testzelle. Eine Kalendereinladung hängt an.</p>
        <p>Bis bald!<br>Lisa Mohr<br>Hegau Robotics</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999">Sent with Teamtailor</p>
        </td></tr></table></body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Meetings//EN\nMETHOD:REQUEST\n" + \
        VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-2719384@teamtailor.com
        DTSTAMP:20261127T103011Z
        DTSTART;TZID=Europe/Berlin:20261203T160000
        DTEND;TZID=Europe/Berlin:20261203T164500
        SUMMARY:Interview Felix Wagner <> Hegau Robotics
        LOCATION:Max-Stromeyer-Straße 116\\, 78467 Konstanz
        ORGANIZER;CN=Lisa Mohr:mailto:lisa.mohr@hegau-robotics.de
        ATTENDEE;CN=Felix Wagner;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:felix.wagner@example.org
        ATTENDEE;CN=Deniz Arslan;PARTSTAT=ACCEPTED:mailto:deniz.arslan@hegau-robotics.de
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rx("from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [185.211.2.77])", "2026-11-27 11:30",
           BER, "4V1nXs3Kqbz9Yt"),
        ("From", addr("Lisa Mohr (Hegau Robotics)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Lisa Mohr", "lisa.mohr@hegau-robotics.de")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Dein Interview bei Hegau Robotics am 3. Dezember 🎉")),
        ("Date", date("2026-11-27 11:30", BER)),
        ("Message-ID", "<656478a1e2f3_7b5c2d1ae0ff1@teamtailor-mailer-5f7d9c.mail>"),
        ("List-Unsubscribe", "<https://hegau-robotics.teamtailor.com/unsubscribe/c7f1e2d3>"),
    ], mixed(alt(text(body, cte="quoted-printable"), html(markup)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(11), family="human_prose_phone", lang="gsw", interview=True, kind="scheduled",
      start=utc("2026-12-01 14:00", ZRH), end=None,
      contact="simon.baumgartner@gallus-lab.ch", company="Gallus Lab Systems AG",
      local="Tue 2026-12-01 14:00", zone=ZRH,
      note="Short phone reply in Swiss German: 'Passt, denn am Dienstag drauf um 14 Uhr' - 'drauf' refers "
           "to the quoted 'Montag, 30.11.', so Tue 1 Dec 14:00 St. Gallen (CET, UTC+1) -> 13:00Z; "
           "contact = sender")
def p11() -> bytes:
    body = t("""
        Hoi Felix

        Passt, denn am Dienstag drauf um 14 Uhr bi üs im Büro. Ich nimm de Remo (Software) no mit dezue.
        Adresse isch Lerchenfeldstrasse 5, 9014 St. Gallen, bi de Reception mälde.

        Gruess
        Simon

        Von meinem iPhone gesendet

        > Am 26.11.2026 um 18:52 schrieb Felix Wagner <felix.wagner@example.org>:
        >
        > Hoi Simon,
        >
        > danke für die schnelle Rückmeldung! Am Montag, 30.11. bin ich leider den ganzen Tag in Basel.
        > Ginge auch der Dienstag drauf, am liebsten am Nachmittag?
        >
        > Viele Grüße
        > Felix
        >
        >> Am 26.11.2026 um 10:15 schrieb Simon Baumgartner <simon.baumgartner@gallus-lab.ch>:
        >>
        >> Hoi Felix, danke für dis Dossier. Mir würded di gern persönlich kenneläre.
        >> Würd dir de Mäntig, 30.11. am Nomittag gah?
        >>
        >> Simon Baumgartner
        >> Head of Engineering, Gallus Lab Systems AG
        """)
    return message([
        rx("from mail-eopbgr120071.outbound.protection.outlook.com ([40.107.12.71])", "2026-11-26 21:03", ZRH,
           "4V0q7Tn2Bwz5Lm"),
        ("From", addr("Simon Baumgartner", "simon.baumgartner@gallus-lab.ch")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Re: Bewerbung Automation Engineer"),
        ("Date", date("2026-11-26 21:03", ZRH)),
        ("Message-ID", "<6C1E2F3A-8B9D-4E0F-A1B2-C3D4E5F6A7B8@gallus-lab.ch>"),
        ("In-Reply-To", "<CAF3kd8Xq1w2e3r4t5y6u7i8o9p0@mail.example.org>"),
        ("References", "<A1B2C3D4-0000-4E0F-A1B2-9F8E7D6C5B4A@gallus-lab.ch> "
                       "<CAF3kd8Xq1w2e3r4t5y6u7i8o9p0@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, charset="utf-8", cte="8bit"))


@mail(n(12), family="ms_bookings", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-21 10:00", BER), end=utc("2026-10-21 11:00", BER),
      contact="jana.roth@bodan-analytics.de", company="Bodan Analytics GmbH",
      local="Wed 2026-10-21 10:00", local_end="2026-10-21 11:00", zone=BER,
      note="Microsoft Bookings 'Buchung aktualisiert': old Mo 19.10. 14:00, new Mi 21.10.2026 10:00, "
           "'Dauer: 60 Minuten'; the zone label reads '(UTC+01:00) Amsterdam, Berlin...' (standard offset) "
           "but 21 Oct is CEST, so 08:00Z, which the ICS confirms; sender is the Bookings mailbox, "
           "contact = the address in the body")
def p12() -> bytes:
    body = t("""
        Ihre Buchung wurde aktualisiert

        Hallo Felix Wagner,

        Ihre Buchung bei Bodan Analytics GmbH wurde geändert.

        Bisher:  Montag, 19. Oktober 2026 14:00
        Neu:     Mittwoch, 21. Oktober 2026 10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Dienst:        Bewerbungsgespräch Laborautomation
        Dauer:         60 Minuten
        Mitarbeiter:   Jana Roth
        Ort:           Bodan Analytics GmbH, Fritz-Arnold-Straße 2, 78467 Konstanz

        Falls Sie Fragen haben, wenden Sie sich bitte an Jana Roth (jana.roth@bodan-analytics.de).

        Buchung verwalten: https://outlook.office365.com/owa/calendar/BewerbungsgespraecheBodan@bodan-analytics.de/bookings/

        Unterstützt von Microsoft Bookings
        """)
    markup = "<html><body style=\"font-family:'Segoe UI',sans-serif\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Bodan Analytics Bewerbungsgespräche:mailto:BewerbungsgespraecheBodan@bodan-analytics.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Wagner:mailto:felix.wagner@example.org
        UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000100000007A8B9C0D1E2F3A4B5C6D7E8F90A1B2C3
        SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Laborautomation
        DTSTART;TZID=W. Europe Standard Time:20261021T100000
        DTEND;TZID=W. Europe Standard Time:20261021T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261015T131522Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=de-DE:Bodan Analytics GmbH\\, Fritz-Arnold-Straße 2\\, 78467 Konstanz
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rx("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2090.outbound.protection.outlook.com"
           " [40.107.127.90])", "2026-10-15 15:15", BER, "4TNr2Kx6Dpz1Wq"),
        ("From", addr("Bodan Analytics Bewerbungsgespräche", "BewerbungsgespraecheBodan@bodan-analytics.de")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Aktualisierte Buchung mit Bodan Analytics GmbH: Bewerbungsgespräch Laborautomation")),
        ("Date", date("2026-10-15 15:15", BER)),
        ("Message-ID", "<BE1P281MB2874F1E2D3C4B5A69788A1B2C3D4E@BE1P281MB2874.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Bookings", "Update"),
    ], mixed(alt(text(body), html(markup)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(13), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 15:00", "Europe/London"), end=utc("2026-09-10 16:00", "Europe/London"),
      contact="priya.nair@haldenbio.co.uk", company="Halden Biosystems Ltd",
      local="Thu 2026-09-10 15:00", local_end="2026-09-10 16:00", zone="Europe/London",
      note="Google Calendar invitation from a UK remote team: 'Thursday 10 Sep 2026 ⋅ 3pm – 4pm (British "
           "Summer Time)' = 14:00Z (16:00 in Konstanz); ICS TZID Europe/London; contact = organizer")
def p13() -> bytes:
    body = t("""
        Felix Wagner (Halden) - Technical interview
        Thursday 10 Sep 2026 ⋅ 3pm – 4pm (British Summer Time)

        Join with Google Meet
        meet.google.com/ofz-qmae-tkr

        Hi Felix - as discussed, this is the technical round with Ed and me. We'll go through the
        plate-handling case study you sent over. Looking forward to it!
        Priya

        Organiser
        Priya Nair
        priya.nair@haldenbio.co.uk

        Guests
        Priya Nair - organiser
        Edward Lockhart
        felix.wagner@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWE3YzFhMmI

        Reply for felix.wagner@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.
        """)
    markup = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span itemprop="object" itemscope itemtype="http://schema.org/Event">
        <meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>
        <meta itemprop="startDate" content="2026-09-10T14:00:00Z"/><meta itemprop="endDate" content="2026-09-10T15:00:00Z"/></span></span>
        <table cellspacing="0" cellpadding="8" style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <tr><td><h2 style="font-size:20px;font-weight:400">Felix Wagner (Halden) - Technical interview</h2>
        <div style="font-size:14px">Thursday 10 Sep 2026 ⋅ 3pm – 4pm (British Summer Time)</div>
        <p><a href="https://meet.google.com/ofz-qmae-tkr">Join with Google Meet</a></p>
        <p>Hi Felix - as discussed, this is the technical round with Ed and me. We'll go through the
        plate-handling case study you sent over. Looking forward to it!<br>Priya</p>
        <p><b>Organiser</b><br>Priya Nair<br>priya.nair@haldenbio.co.uk</p>
        <p><b>Guests</b><br>Priya Nair - organiser<br>Edward Lockhart<br>felix.wagner@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </td></tr></table>
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:REQUEST\n" + LONDON_VTZ + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20260910T150000
        DTEND;TZID=Europe/London:20260910T160000
        DTSTAMP:20260903T082130Z
        ORGANIZER;CN=Priya Nair:mailto:priya.nair@haldenbio.co.uk
        UID:5a7c1a2b9e3d4f60@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Priya Nair;X-NUM-GUESTS=0:mailto:priya.nair@haldenbio.co.uk
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Edward Lockhart;X-NUM-GUESTS=0:mailto:edward.lockhart@haldenbio.co.uk
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=felix.wagner@example.org;X-NUM-GUESTS=0:mailto:felix.wagner@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/ofz-qmae-tkr
        CREATED:20260903T082119Z
        DESCRIPTION:Hi Felix - as discussed\\, this is the technical round with Ed and me.
        LAST-MODIFIED:20260903T082129Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Felix Wagner (Halden) - Technical interview
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", received("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                              "2026-09-03 09:21", "Europe/London",
                              "mx01.example.org (Postfix) with ESMTPS id 4RkW7yP1Tcz3Dd", ME, 5)),
        ("From", addr("Priya Nair", "priya.nair@haldenbio.co.uk")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "priya.nair@haldenbio.co.uk"),
        ("To", ME),
        ("Subject", enc("Invitation: Felix Wagner (Halden) - Technical interview @ Thu 10 Sep 2026 3pm - 4pm "
                        "(BST) (felix.wagner@example.org)")),
        ("Date", date("2026-09-03 09:21", "Europe/London")),
        ("Message-ID", "<calendar-5a7c1a2b-9e3d-4f60-8b1c-2d3e4f5a6b7c@google.com>"),
    ], mixed(alt(text(body, cte="quoted-printable"), html(markup, cte="quoted-printable"),
                 calendar(ics, method="REQUEST")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(14), family="google_calendar_cancel", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-02 09:00", BER), end=utc("2026-10-02 10:00", BER),
      contact="jan.reiser@argen-bioprocess.de", company="Argen Bioprocess GmbH",
      local="Fri 2026-10-02 09:00", local_end="2026-10-02 10:00", zone=BER,
      note="Google Calendar cancellation (German UI), METHOD:CANCEL / STATUS:CANCELLED, for 'Fr. 2. Okt. "
           "2026 09:00 – 10:00 (Mitteleuropäische Sommerzeit)' -> 07:00Z; no new time; contact = organizer")
def p14() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Vorstellungsgespräch Felix Wagner / Argen Bioprocess
        Freitag, 2. Okt. 2026 ⋅ 09:00 – 10:00 (Mitteleuropäische Sommerzeit)

        Hallo Herr Wagner, leider muss ich unser Gespräch absagen, die Stelle wird intern
        umstrukturiert. Ich melde mich, sobald es Neuigkeiten gibt. Viele Grüße, Jan Reiser

        Organisator
        Jan Reiser
        jan.reiser@argen-bioprocess.de

        Gäste
        Jan Reiser – Organisator
        felix.wagner@example.org

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n" \
        "METHOD:CANCEL\n" + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261002T090000
        DTEND;TZID=Europe/Berlin:20261002T100000
        DTSTAMP:20260928T061744Z
        ORGANIZER;CN=Jan Reiser:mailto:jan.reiser@argen-bioprocess.de
        UID:0q9p8o7n6m5l4k3j2i1h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=felix.wagner@example.org;X-NUM-GUESTS=0:mailto:felix.wagner@example.org
        CREATED:20260921T120501Z
        DESCRIPTION:Hallo Herr Wagner\\, leider muss ich unser Gespräch absagen.
        LAST-MODIFIED:20260928T061744Z
        LOCATION:Argen Bioprocess GmbH\\, Schützenstraße 35\\, 88212 Ravensburg
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Vorstellungsgespräch Felix Wagner / Argen Bioprocess
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", received("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                              "2026-09-28 08:17", BER, "mx01.example.org (Postfix) with ESMTPS id 4SZ3Qv8Lrmz4Tt",
                              ME, 6)),
        ("From", addr("Jan Reiser", "jan.reiser@argen-bioprocess.de")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", "jan.reiser@argen-bioprocess.de"),
        ("To", ME),
        ("Subject", enc("Abgesagter Termin: Vorstellungsgespräch Felix Wagner / Argen Bioprocess @ Fr. 2. Okt. "
                        "2026 09:00 - 10:00 (MESZ) (felix.wagner@example.org)")),
        ("Date", date("2026-09-28 08:17", BER)),
        ("Message-ID", "<calendar-cancel-0q9p8o7n-6m5l-4k3j-2i1h@google.com>"),
    ], mixed(alt(text(body, cte="base64"), calendar(ics, method="CANCEL", cte="8bit")),
             calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-07 13:00", ZRH), end=utc("2026-10-07 16:00", ZRH),
      contact="chiara.luethi@birsfeld-tx.com", company="Birsfeld Therapeutics AG",
      local="Wed 2026-10-07 13:00", local_end="2026-10-07 16:00", zone=ZRH,
      note="GoodTime itinerary with three sessions on Wed 7 Oct in Basel (CEST, UTC+2): 13:00-13:45, "
           "14:00-14:45, 15:00-16:00 -> first start 11:00Z to last end 14:00Z; contact = Reply-To "
           "coordinator")
def p15() -> bytes:
    body = t("""
        Hi Felix,

        We're excited to host you at Birsfeld Therapeutics! Here is your interview itinerary for the
        Senior Automation Engineer, Cell Therapy Manufacturing role.

        Wednesday, October 7, 2026 - all times Central European Summer Time (Basel)

          1:00 PM - 1:45 PM   Hiring manager conversation - Dr. Anja Vögtli
          2:00 PM - 2:45 PM   Automation deep dive - Kwame Asante, Pavel Horak
          3:00 PM - 4:00 PM   Lab tour & team lunch debrief - Lab Operations

        Location: Birsfeld Therapeutics, Hohenrainstrasse 24, 4133 Pratteln. Please sign in at
        reception in Building 3 by 12:45 PM.

        Your coordinator for the day is Chiara Lüthi - reply to this email or call +41 61 555 88 02.

        Powered by GoodTime
        """)
    markup = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Felix,</p>
        <p>We're excited to host you at Birsfeld Therapeutics! Here is your interview itinerary for the
        Senior Automation Engineer, Cell Therapy Manufacturing role.</p>
        <p><b>Wednesday, October 7, 2026</b> - all times Central European Summer Time (Basel)</p>
        <table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
        <tr><td>1:00 PM - 1:45 PM</td><td>Hiring manager conversation - Dr. Anja Vögtli</td></tr>
        <tr><td>2:00 PM - 2:45 PM</td><td>Automation deep dive - Kwame Asante, Pavel Horak</td></tr>
        <tr><td>3:00 PM - 4:00 PM</td><td>Lab tour &amp; team lunch debrief - Lab Operations</td></tr>
        </table>
        <p>Location: Birsfeld Therapeutics, Hohenrainstrasse 24, 4133 Pratteln. Please sign in at
        reception in Building 3 by 12:45 PM.</p>
        <p>Your coordinator for the day is Chiara Lüthi - reply to this email or call +41 61 555 88 02.</p>
        <p style="font-size:11px;color:#888">Powered by GoodTime</p>
        </body></html>
        """)
    return message([
        rx("from o7.email.goodtime.io (o7.email.goodtime.io [149.72.44.81])", "2026-09-30 17:02", ZRH,
           "4SbZ1Kc4Xrz6Pp"),
        ("From", addr("Birsfeld Therapeutics Recruiting", "scheduling@goodtime.io")),
        ("Reply-To", addr("Chiara Lüthi", "chiara.luethi@birsfeld-tx.com")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Your interview itinerary - Birsfeld Therapeutics, Wednesday October 7"),
        ("Date", date("2026-09-30 17:02", ZRH)),
        ("Message-ID", "<SG.itin.9f2e1d0c-b3a4-4c5d-8e7f-6a5b4c3d2e1f@goodtime.io>"),
    ], alt(text(body, cte="quoted-printable"), html(markup)))


@mail(n(16), family="zoom", lang="de-CH", interview=True, kind="scheduled",
      start=utc("2026-12-10 08:30", ZRH), end=None,
      contact="corinne.meier@glattal-instruments.ch", company="Glattal Instruments AG",
      local="Thu 2026-12-10 08:30", zone=ZRH,
      note="Swiss recruiter (Sie, 'Grüezi') with a pasted Zoom block 'Time: Dec 10, 2026 08:30 AM Zurich' "
           "(CET, UTC+1) -> 07:30Z; 'rund 45 Minuten' is approximate -> end null; contact = sender")
def p16() -> bytes:
    body = t("""
        Grüezi Herr Wagner

        Vielen Dank für Ihre Bewerbung als Automation Engineer Life Sciences. Gerne bestätige ich
        Ihnen das Video-Interview mit unserem Teamleiter, Herrn Lukas Widmer, am Donnerstag,
        10. Dezember, um 08:30 Uhr. Planen Sie rund 45 Minuten ein.

        Untenstehend finden Sie die Zugangsdaten:

        Corinne Meier is inviting you to a scheduled Zoom meeting.

        Topic: Interview Felix Wagner - Automation Engineer Life Sciences
        Time: Dec 10, 2026 08:30 AM Zurich

        Join Zoom Meeting
        https://glattal-instruments.zoom.us/j/94821057736?pwd=aGVsbG9mZWxpeA

        Meeting ID: 948 2105 7736
        Passcode: 520417

        ---

        One tap mobile
        +41315281588,,94821057736#,,,,*520417# Switzerland
        +41434560701,,94821057736#,,,,*520417# Switzerland

        Freundliche Grüsse

        Corinne Meier
        HR Business Partner
        Glattal Instruments AG | Überlandstrasse 129 | 8600 Dübendorf
        T +41 44 555 17 30 | corinne.meier@glattal-instruments.ch
        """)
    return message([
        rx("from mail.glattal-instruments.ch (mail.glattal-instruments.ch [195.186.4.121])", "2026-12-03 14:48",
           ZRH, "4VBw6Jm1Nhz2Xx"),
        ("From", addr("Meier Corinne", "corinne.meier@glattal-instruments.ch")),
        ("To", addr("'Felix Wagner'", ME)),
        ("Subject", "Video-Interview Automation Engineer Life Sciences"),
        ("Date", date("2026-12-03 14:48", ZRH)),
        ("Message-ID", "<8d41f2a0c7e34b1fa93e5d6c2b1a0f9e@GLIEX02.glattal.local>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], alt(text(body, charset="windows-1252", cte="quoted-printable"),
           html(gmail_html(body).replace('<div dir="ltr">', '<div class="WordSection1">'), charset="windows-1252")))


@mail(n(17), family="workable", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-14 09:00", BER), end=utc("2026-12-14 10:00", BER),
      contact="nadine.hofer@bodensee-cytomics.de", company="Bodensee Cytomics GmbH",
      local="Mon 2026-12-14 09:00", local_end="2026-12-14 10:00", zone=BER,
      note="Workable confirmation 'Mo., 14. Dezember 2026, 09:00 - 10:00 (Europe/Berlin)' -> 08:00Z; "
           "Reply-To is a Workable relay (+...@candidates.workablemail.com), so contact = the recruiter's "
           "own address in the body")
def p17() -> bytes:
    body = t("""
        Hallo Felix,

        Ihr Interview ist bestätigt.

        Bodensee Cytomics GmbH – Senior Engineer Laborautomation
        Mo., 14. Dezember 2026, 09:00 - 10:00 (Europe/Berlin)
        Ort: Bodensee Cytomics, Blarerstraße 56, 78462 Konstanz (Altstadt, 3. OG)

        Persönliche Nachricht von Nadine Hofer:
        "Lieber Herr Wagner, wir freuen uns auf Sie! Sie treffen neben mir unseren Head of Lab,
        Dr. Pirmin Strasser. Falls etwas dazwischenkommt, erreichen Sie mich direkt unter
        nadine.hofer@bodensee-cytomics.de oder 07531 555 914."

        Zum Kalender hinzufügen: https://apply.workable.com/bodensee-cytomics/j/4E1F2A3B5C/calendar.ics

        Viel Erfolg!
        Bodensee Cytomics GmbH

        --
        Powered by Workable
        """)
    markup = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#212b36">
        <div style="max-width:600px;margin:auto;padding:24px">
        <p>Hallo Felix,</p>
        <p><strong>Ihr Interview ist bestätigt.</strong></p>
        <div style="border:1px solid #dfe3e8;border-radius:4px;padding:16px">
        <div style="font-weight:600">Bodensee Cytomics GmbH – Senior Engineer Laborautomation</div>
        <div>Mo., 14. Dezember 2026, 09:00 - 10:00 (Europe/Berlin)</div>
        <div>Ort: Bodensee Cytomics, Blarerstraße 56, 78462 Konstanz (Altstadt, 3. OG)</div>
        </div>
        <p><em>Persönliche Nachricht von Nadine Hofer:</em><br>&bdquo;Lieber Herr Wagner, wir freuen uns auf Sie!
        Sie treffen neben mir unseren Head of Lab, Dr. Pirmin Strasser. Falls etwas dazwischenkommt, erreichen Sie
        mich direkt unter <a href="mailto:nadine.hofer@bodensee-cytomics.de">nadine.hofer@bodensee-cytomics.de</a>
        oder 07531 555 914.&ldquo;</p>
        <p><a href="https://apply.workable.com/bodensee-cytomics/j/4E1F2A3B5C/calendar.ics">Zum Kalender hinzufügen</a></p>
        <p>Viel Erfolg!<br>Bodensee Cytomics GmbH</p>
        <p style="font-size:12px;color:#919eab">Powered by Workable</p>
        </div></body></html>
        """)
    return message([
        rx("from mail-180-12.workablemail.com (mail-180-12.workablemail.com [52.207.14.180])", "2026-12-08 10:26",
           BER, "4VGq3Xw8Mtz1Bb"),
        ("From", addr("Bodensee Cytomics GmbH", "noreply@candidates.workablemail.com")),
        ("Reply-To", "bodensee-cytomics+c7d8e9f0a1b2@candidates.workablemail.com"),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Interview bestätigt: Senior Engineer Laborautomation – Bodensee Cytomics GmbH")),
        ("Date", date("2026-12-08 10:26", BER)),
        ("Message-ID", "<wk-4e1f2a3b5c.interview.8812734@workablemail.com>"),
    ], alt(text(body), html(markup)))


@mail(n(18), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-25 08:30", "America/Chicago"), end=utc("2026-11-25 09:30", "America/Chicago"),
      contact="megan.kowalski@lakeshorelabops.com", company="Lakeshore LabOps Inc.",
      local="Wed 2026-11-25 08:30", local_end="2026-11-25 09:30", zone="America/Chicago",
      note="iCIMS reschedule from a Chicago company: old Tue 11/24 9:00 AM CST, new Wed 11/25/2026 "
           "8:30-9:30 AM CST (UTC-6) -> 14:30Z (15:30 in Konstanz); ICS with Windows zone 'Central "
           "Standard Time'; contact = recruiter address in the body")
def p18() -> bytes:
    body = t("""
        Dear Felix,

        Due to a scheduling conflict on our side, your interview for Automation Engineer II - Lab
        Robotics (Req #2026-4417) has been rescheduled.

        ORIGINAL:     Tuesday, 11/24/2026, 9:00 AM - 10:00 AM Central Standard Time
        RESCHEDULED:  Wednesday, 11/25/2026, 8:30 AM - 9:30 AM Central Standard Time

        Interview type: Video (Microsoft Teams) - panel
        Interviewers: Greg Halvorsen (Sr. Manager, Automation), Renee Dubois (Lead Engineer)

        Please accept the updated meeting invitation. If the new time does not work for you, contact
        your recruiter, Megan Kowalski, at megan.kowalski@lakeshorelabops.com.

        Sincerely,
        Lakeshore LabOps Talent Acquisition

        This message was sent from an unmonitored mailbox. Please do not reply.
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:-//iCIMS//Interview Scheduling//EN\nVERSION:2.0\n" + \
        VTZ["Central Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-int-2026-4417-118273@talent.icims.com
        DTSTAMP:20261119T171012Z
        DTSTART;TZID="Central Standard Time":20261125T083000
        DTEND;TZID="Central Standard Time":20261125T093000
        SEQUENCE:1
        SUMMARY:Interview - Felix Wagner - Automation Engineer II - Lab Robotics
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN=Megan Kowalski:mailto:megan.kowalski@lakeshorelabops.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Felix Wagner:mailto:felix.wagner@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rx("from mail41.icims.com (mail41.icims.com [64.94.215.41])", "2026-11-19 11:10", "America/Chicago",
           "4TXp8Fv2Hkz3Gg"),
        ("From", addr("Lakeshore LabOps Talent Acquisition", "lakeshorelabops@talent.icims.com")),
        ("To", ME),
        ("Subject", "UPDATED: Interview Rescheduled - Automation Engineer II - Lab Robotics"),
        ("Date", date("2026-11-19 11:10", "America/Chicago")),
        ("Message-ID", "<1763572212345.118273.JavaMail.icims@app41.icims.com>"),
    ], mixed(alt(text(body, charset="us-ascii", cte="7bit"),
                 html("<html><body><pre style=\"font-family:Arial\">" + body + "</pre></body></html>\n")),
             calendar(ics, method="REQUEST", filename="Interview.ics", disposition="attachment")))


@mail(n(19), family="human_prose_cancel", lang="de-CH", interview=True, kind="cancelled",
      start=utc("2026-10-13 09:30", ZRH), end=None,
      contact="daniela.rueegg@augst-bioanalytik.ch", company="Augst BioAnalytik AG",
      local="Tue 2026-10-13 09:30", zone=ZRH,
      note="Swiss recruiter cancels 'unser Gespräch von morgen, 9:30 Uhr' - 'morgen' against the Date "
           "(Mon 12 Oct 2026, 08:10) -> Tue 13 Oct 09:30 CEST -> 07:30Z; position on hold, no new time; "
           "contact = sender")
def p19() -> bytes:
    body = t("""
        Grüezi Herr Wagner

        Leider muss ich Ihnen kurzfristig mitteilen, dass wir unser Gespräch von morgen, 9:30 Uhr,
        absagen müssen. Die Stelle als Automation Specialist wurde gestern von der Geschäftsleitung
        vorerst sistiert (Budgetstopp bis Ende Jahr).

        Es tut mir sehr leid, zumal Sie extra einen Tag frei genommen haben. Sobald die Stelle wieder
        freigegeben ist, melde ich mich als Erstes bei Ihnen.

        Freundliche Grüsse

        Daniela Rüegg
        HR Fachfrau
        Augst BioAnalytik AG
        Giebenacherstrasse 9 | 4302 Augst
        """)
    markup = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + \
        "</body></html>\n"
    return message([
        rx("from smtp.augst-bioanalytik.ch (smtp.augst-bioanalytik.ch [212.25.1.44])", "2026-10-12 08:10", ZRH,
           "4TLq5Dn7Pvz8Kk"),
        ("From", addr("Daniela Rüegg", "daniela.rueegg@augst-bioanalytik.ch", "iso-8859-15")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Absage Gespräch morgen - Automation Specialist", "iso-8859-15")),
        ("Date", date("2026-10-12 08:10", ZRH)),
        ("Message-ID", "<000b01dc3a2f$4e1d2c30$ea588490$@augst-bioanalytik.ch>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Importance", "High"),
    ], alt(text(body, charset="iso-8859-15"), html(markup, charset="iso-8859-15")))


@mail(n(20), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-16 11:00", BER), end=utc("2026-10-16 11:30", BER),
      contact="markus.buehler@veitsburg-automation.de", company="Veitsburg Automation GmbH",
      local="Fri 2026-10-16 11:00", local_end="2026-10-16 11:30", zone=BER,
      note="JOIN, HTML only: 'Freitag, 16. Oktober 2026 um 11:00 Uhr', 'Dauer: 30 Minuten', Ravensburg "
           "(CEST, UTC+2) -> 09:00Z-09:30Z; contact = Reply-To hiring manager")
def p20() -> bytes:
    markup = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Interview bestätigt</title></head>
        <body style="margin:0;padding:0;background:#f2f4f7;font-family:'Open Sans',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
        <table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
        <tr><td style="padding:28px 32px 8px"><img src="https://cdn.join.com/static/email/logo.png" alt="JOIN" width="72"></td></tr>
        <tr><td style="padding:8px 32px;font-size:20px;font-weight:700;color:#0b1a33">Dein Interview ist bestätigt</td></tr>
        <tr><td style="padding:8px 32px;font-size:15px;line-height:22px;color:#33415c">
        Hallo Felix,<br><br>
        Veitsburg Automation GmbH freut sich auf das Gespräch mit dir zur Stelle
        <b>Inbetriebnahme-Ingenieur Laborautomation (m/w/d)</b>.<br><br>
        <b>Wann:</b> Freitag, 16. Oktober 2026 um 11:00 Uhr<br>
        <b>Dauer:</b> 30 Minuten<br>
        <b>Art:</b> Telefoninterview – Markus ruft dich unter deiner hinterlegten Nummer an<br>
        <b>Ansprechpartner:</b> Markus Bühler, Teamleiter Inbetriebnahme<br><br>
        Du kannst direkt auf diese E-Mail antworten, um Markus zu erreichen.
        </td></tr>
        <tr><td style="padding:16px 32px 28px;font-size:12px;color:#8392ab">
        Diese E-Mail wurde dir über JOIN gesendet. JOIN Solutions AG, Hardturmstrasse 253, 8005 Zürich.
        </td></tr></table></td></tr></table></body></html>
        """)
    return message([
        rx("from mail-out.join.com (mail-out.join.com [18.157.92.14])", "2026-10-09 16:44", BER, "4TKd9Wq0Csz5Jj"),
        ("From", addr("Veitsburg Automation GmbH via JOIN", "noreply@join.com")),
        ("Reply-To", addr("Markus Bühler", "markus.buehler@veitsburg-automation.de")),
        ("To", ME),
        ("Subject", enc("Interview bestätigt: Inbetriebnahme-Ingenieur Laborautomation (m/w/d)")),
        ("Date", date("2026-10-09 16:44", BER)),
        ("Message-ID", "<01070199cc2d8a41-3f5e7a9b-1c2d-4e6f-8a0b-c1d2e3f4a5b6-000000@eu-central-1.amazonses.com>"),
    ], html(markup))


@mail(n(21), family="human_prose_alemannic", lang="gsw", interview=True, kind="rescheduled",
      start=utc("2026-10-30 08:00", BER), end=None,
      contact="alois.gmeiner@seewald-labortechnik.de", company="Seewald Labortechnik GmbH",
      local="Fri 2026-10-30 08:00", zone=BER,
      note="Alemannic hiring manager moves the meeting from 'Dienstag, 27.10. um 10' to 'nächsten Freitag in "
           "der Früh um acht (30.10.)' - Date Fri 23 Oct in CEST, new slot after the switch to CET -> "
           "07:00Z; contact = sender")
def p21() -> bytes:
    body = t("""
        Grüß Gott Herr Wagner,

        leider isch mir für Dienstag (27.10., 10 Uhr) ebbes dazwischekomme, i muss zum Kunde nach
        Lindau. I hab unser Gespräch drum verlegt uf nächsten Freitag in der Früh um acht (30.10.),
        gleicher Ort, Pforte Tor 3, Sie sind beim Pförtner agmeldet.

        Mir nehmet uns Zeit, Sie bekommet au glei d'Fertigung zum sehe.

        Nix für unguet und schönes Wochenend
        Alois Gmeiner
        Leiter Gerätebau
        Seewald Labortechnik GmbH · Riedleparkstraße 28 · 88045 Friedrichshafen

        -----Ursprüngliche Nachricht-----
        Von: Gmeiner Alois <alois.gmeiner@seewald-labortechnik.de>
        Gesendet: Montag, 19. Oktober 2026 15:02
        An: Felix Wagner <felix.wagner@example.org>
        Betreff: Ihre Bewerbung als Projektingenieur Automatisierung

        Sehr geehrter Herr Wagner,
        gerne bestätige ich Ihnen den Termin am Dienstag, 27.10., um 10 Uhr bei uns in Friedrichshafen.
        """)
    return message([
        rx("from mx.seewald-labortechnik.de (mx.seewald-labortechnik.de [91.198.67.30])", "2026-10-23 07:55", BER,
           "4T7hN3r5Qwz2Ee"),
        ("From", addr("Gmeiner Alois", "alois.gmeiner@seewald-labortechnik.de")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "AW: Ihre Bewerbung als Projektingenieur Automatisierung"),
        ("Date", date("2026-10-23 07:55", BER)),
        ("Message-ID", "<7F3A1C2E9B8D4E5F@SLT-EXCH01.seewald.local>"),
        ("In-Reply-To", "<5E2D1C0B9A8F7E6D@SLT-EXCH01.seewald.local>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252", cte="8bit"))


def _p22_inner() -> bytes:
    body = t("""
        Hi Felix,

        Your interview with Rosenberg Biotech AG has been scheduled.

        Role:      Process Automation Engineer (80-100%)
        Date:      Monday, 23 November 2026
        Time:      15:30 – 16:30 (Europe/Zurich)
        Location:  Rosenberg Biotech AG, Rorschacher Strasse 150, 9000 St. Gallen
        With:      Lea Künzle (Talent Acquisition), Dr. Urs Brändle (Head of Process Automation)

        Need to change something? Reply to this email and Lea will get back to you.

        Best,
        Rosenberg Biotech AG

        Sent with Recruitee
        """)
    return message([
        ("From", addr("Rosenberg Biotech AG", "noreply@mail.recruitee.com")),
        ("Reply-To", addr("Lea Künzle", "lea.kuenzle@rosenberg-biotech.ch")),
        ("To", addr("Felix Wagner", "felix.wagner@example.net")),
        ("Subject", "Interview scheduled: Process Automation Engineer (80-100%)"),
        ("Date", date("2026-11-17 16:05", ZRH)),
        ("Message-ID", "<rc-5f4e3d2c1b0a.offer-31877.iv@mail.recruitee.com>"),
    ], text(body, cte="quoted-printable"))


@mail(n(22), family="forward_recruitee", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-23 15:30", ZRH), end=utc("2026-11-23 16:30", ZRH),
      contact="lea.kuenzle@rosenberg-biotech.ch", company="Rosenberg Biotech AG",
      local="Mon 2026-11-23 15:30", local_end="2026-11-23 16:30", zone=ZRH,
      note="Felix forwards to himself (work address -> private) a Recruitee confirmation as an attached "
           "message/rfc822: 'Monday, 23 November 2026, 15:30 – 16:30 (Europe/Zurich)' -> 14:30Z; contact "
           "= the inner mail's human Reply-To (never the candidate, who is the outer sender)")
def p22() -> bytes:
    note = t("""
        zur Sicherheit auch an die private Adresse.

        --
        Felix Wagner
        """)
    return message([
        rx("from smtp.example.net (smtp.example.net [203.0.113.25])", "2026-11-17 19:40", BER, "4TVb2Ls6Ymz7Hh"),
        ("From", addr("Felix Wagner", "felix.wagner@example.net")),
        ("To", ME),
        ("Subject", "Fwd: Interview scheduled: Process Automation Engineer (80-100%)"),
        ("Date", date("2026-11-17 19:40", BER)),
        ("Message-ID", "<b27e9f0c-1d3a-4c5b-9e8f-7a6b5c4d3e2f@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(note, cte="7bit", params="format=flowed"),
             attached_message(_p22_inner(), "Interview scheduled.eml")))


@mail(n(23), family="taleo", lang="de-CH", interview=True, kind="cancelled",
      start=utc("2026-12-02 13:30", ZRH), end=None,
      contact="sandra.vonlanthen@merian-ls.ch", company="Merian Life Sciences AG",
      local="Wed 2026-12-02 13:30", zone=ZRH, days=(("Thu", "2026-12-10"),),
      note="Taleo mail cancelling the agreed 'Mittwoch, 2. Dezember 2026, um 13:30 Uhr' (Basel, CET, UTC+1 "
           "-> 12:30Z); it only offers Thu 10 Dec 10:00 as an alternative to be confirmed, so kind = "
           "cancelled with the cancelled slot; contact = the recruiter's address in the body")
def p23() -> bytes:
    body = t("""
        Grüezi Herr Wagner

        Wir bedauern, Ihnen mitteilen zu müssen, dass wir den vereinbarten Interviewtermin für die
        Position "Senior Engineer Automation & Robotics (Req. ID 26-0871)" am Mittwoch,
        2. Dezember 2026, um 13:30 Uhr absagen müssen, da die zuständige Hiring Managerin
        kurzfristig verhindert ist.

        Als Alternative könnten wir Ihnen Donnerstag, 10. Dezember, 10:00 Uhr anbieten. Bitte teilen
        Sie uns mit, ob Ihnen dieser Termin passt; andernfalls schlagen wir Ihnen gerne weitere
        Möglichkeiten vor.

        Für Rückfragen steht Ihnen Sandra Vonlanthen (sandra.vonlanthen@merian-ls.ch) zur Verfügung.

        Freundliche Grüsse
        Talent Acquisition
        Merian Life Sciences AG, Basel

        Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
        """)
    return message([
        rx("from ext-mail3.taleo.net (ext-mail3.taleo.net [160.34.20.113])", "2026-11-27 14:58", ZRH,
           "4V1s4Gx7Rnz6Uu"),
        ("From", addr("Merian Life Sciences AG", "merianls@taleo.net")),
        ("To", ME),
        ("Subject", enc("Absage Ihres Interviewtermins vom 2. Dezember 2026 – Req. ID 26-0871")),
        ("Date", date("2026-11-27 14:58", ZRH)),
        ("Message-ID", "<1732716012873.JavaMail.taleo@tbe-ext-mail3>"),
    ], alt(text(body, charset="iso-8859-1", cte="quoted-printable"),
           html("<html><body>" + body.replace("\n\n", "<br><br>") + "</body></html>\n", charset="iso-8859-1")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="softgarden_receipt", lang="de", interview=False, company="Fischbach Labtech GmbH",
      note="softgarden application receipt: no interview, no time ('in den nächsten zwei Wochen')")
def n24() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        vielen Dank für Ihre Bewerbung als "Entwicklungsingenieur Laborautomation (m/w/d)" und das damit
        verbundene Interesse an der Fischbach Labtech GmbH.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig und melden uns
        in den nächsten zwei Wochen bei Ihnen. Sollten wir Sie zu einem Vorstellungsgespräch einladen
        wollen, erhalten Sie von uns eine separate Nachricht mit Terminvorschlägen.

        Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
        https://fischbach-labtech.softgarden.io/de/login

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Fischbach Labtech GmbH · Eisenbahnstraße 14 · 88048 Friedrichshafen

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    markup = "<html><body style=\"font-family:Arial;font-size:13px\">" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        rx("from mailout2.softgarden.io (mailout2.softgarden.io [185.40.88.12])", "2026-09-07 22:31", BER,
           "4RkQ0Zx3Bnz1Aa"),
        ("From", addr("Fischbach Labtech GmbH", "noreply@softgarden.io")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Entwicklungsingenieur Laborautomation (m/w/d)")),
        ("Date", date("2026-09-07 22:31", BER)),
        ("Message-ID", "<sg.2026090720310.448812.app@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body, charset="iso-8859-15"), html(markup, charset="iso-8859-15")))


@mail(n(25), family="personio_rejection", lang="de", interview=False, company="Seerhein Diagnostics GmbH",
      days=(("Tue", "2026-09-15"),),
      note="Rejection after the interview of Di., 15.09. (the thread of the Personio invitation); the date "
           "is in the past, nothing is scheduled")
def n25() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        nochmals vielen Dank für Ihre Zeit und das offene Gespräch am Dienstag, 15.09., mit Dr. Brecht
        und mir.

        Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer anderen Kandidatin
        fortzusetzen, deren Erfahrung mit unserer Validierungsumgebung noch etwas näher an unseren
        aktuellen Anforderungen liegt. Diese Entscheidung ist uns ausdrücklich nicht leicht gefallen.

        Gerne würden wir Ihre Unterlagen für künftige Positionen in unserem Talent-Pool behalten.
        Falls Sie damit nicht einverstanden sind, genügt eine kurze Antwort.

        Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen
        Katharina Ebner
        People & Culture
        Seerhein Diagnostics GmbH
        """)
    return message([
        rx("from mail-out-1.personio.de (mail-out-1.personio.de [3.72.140.16])", "2026-09-24 11:05", BER,
           "4RzF3Pn8Kqz2Cc"),
        ("From", addr("Seerhein Diagnostics GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Katharina Ebner", "katharina.ebner@seerhein-diagnostics.de")),
        ("To", ME_H),
        ("Subject", enc("Ihre Bewerbung als Automatisierungsingenieur Liquid Handling")),
        ("Date", date("2026-09-24 11:05", BER)),
        ("Message-ID", "<0107019a7c1d2e3f-9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d-000000@eu-central-1.amazonses.com>"),
    ], text(body, cte="base64"))


@mail(n(26), family="offer", lang="en", interview=False, company="Limmat Bioworks AG",
      days=(("Fri", "2026-10-30"),),
      note="Offer letter (CHF salary, start date, 'let us know by Friday, 30 October'); a call is offered "
           "but no time is fixed -> negative")
def n26() -> bytes:
    body = t("""
        Dear Felix,

        On behalf of everyone you met, I am delighted to offer you the position of Automation Scientist,
        High-Throughput Screening at Limmat Bioworks AG in Zurich.

        The key terms:
          - Annual base salary: CHF 118'000 (13 monthly payments), plus a target bonus of 8%
          - Pensum: 100%, hybrid (3 days on site in Zurich-West)
          - Start date: 1 February 2027, or earlier by mutual agreement
          - Relocation support: up to CHF 6'000 and 3 months of temporary housing

        Your formal contract is attached. We would be grateful if you could let us know by Friday,
        30 October. If it helps, Reto is happy to jump on a call to talk through the team plans - just
        send me two or three times that would suit you.

        We really hope you'll join us!

        Warm regards,
        Noemi Frischknecht
        Talent Acquisition | Limmat Bioworks AG
        """)
    return message([
        rx("from mail.limmat-bioworks.ch (mail.limmat-bioworks.ch [185.17.70.9])", "2026-10-20 17:12", ZRH,
           "4TPa6Vz1Lwz9Qq"),
        ("From", addr("Noemi Frischknecht", "noemi.frischknecht@limmat-bioworks.ch")),
        ("To", ME_H),
        ("Subject", "Your offer from Limmat Bioworks"),
        ("Date", date("2026-10-20 17:12", ZRH)),
        ("Message-ID", "<CAH9r2kE1w7p3mFqL0sXy8bVn5cTz4aJ6dGu@mail.gmail.com>"),
    ], mixed(alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")),
             raw_pdf("Offer_Felix_Wagner_LimmatBioworks.pdf")))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert with five listings ('Interviews innerhalb von 48 Stunden' is marketing); "
           "no appointment")
def n27() -> bytes:
    markup = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef1f5">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="padding:20px"><h2 style="color:#0c2d57">5 neue Jobs für „Laborautomation“ rund um Konstanz</h2>
        <p>Hallo Felix, hier sind die neuesten Stellen zu deinem Suchauftrag (Umkreis 50 km, Vollzeit).</p>
        <ul>
        <li><a href="https://www.seejobs.example/job/88123">Automatisierungsingenieur Labor (m/w/d)</a> – Kreuzlingen (CH) – vor 1 Tag</li>
        <li><a href="https://www.seejobs.example/job/88119">Applikationsspezialist Liquid Handling</a> – Singen – vor 2 Tagen</li>
        <li><a href="https://www.seejobs.example/job/88101">Software Engineer Lab Orchestration</a> – Remote/Zürich – vor 2 Tagen</li>
        <li><a href="https://www.seejobs.example/job/88097">Service-Techniker Analysengeräte</a> – Ravensburg – vor 3 Tagen</li>
        <li><a href="https://www.seejobs.example/job/88090">Process Engineer Upstream</a> – Basel – vor 4 Tagen</li>
        </ul>
        <p style="background:#fff4d6;padding:10px"><b>Neu: Schnellbewerbung</b> – viele Arbeitgeber laden
        innerhalb von 48 Stunden zum Interview ein. Jetzt Profil vervollständigen!</p>
        <p style="font-size:11px;color:#888">Du erhältst diese E-Mail, weil du einen Suchauftrag bei SeeJobs
        angelegt hast. <a href="https://www.seejobs.example/unsubscribe?u=77a1">Abmelden</a></p>
        </td></tr></table></body></html>
        """)
    return message([
        rx("from mta7.seejobs-mail.de (mta7.seejobs-mail.de [185.133.40.7])", "2026-09-18 06:02", BER,
           "4RvD8Yt2Jmz5Nn"),
        ("From", addr("SeeJobs Suchauftrag", "suchauftrag@seejobs-mail.de")),
        ("To", ME),
        ("Subject", enc("5 neue Jobs für „Laborautomation“ – Konstanz + 50 km")),
        ("Date", date("2026-09-18 06:02", BER)),
        ("Message-ID", "<alert.77a1.20260918040200@seejobs-mail.de>"),
        ("List-Unsubscribe", "<https://www.seejobs.example/unsubscribe?u=77a1>"),
        ("Precedence", "bulk"),
    ], html(markup))


@mail(n(28), family="newsletter_blog", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Career newsletter / blog post about interviews; quotes a sample confirmation mail ('am Dienstag, "
           "10. November, um 10:00 Uhr') as a template - not Felix's interview")
def n28() -> bytes:
    body = t("""
        KARRIERE-BRIEF Nr. 41 · Oktober 2026

        Die perfekte Antwort auf eine Interview-Einladung

        Sie haben eine Einladung zum Vorstellungsgespräch bekommen? Glückwunsch! Jetzt zählt eine
        schnelle, klare Antwort. Unser Muster:

          "Sehr geehrte Frau Muster, vielen Dank für die Einladung. Gerne bestätige ich Ihnen das
          Vorstellungsgespräch am Dienstag, 10. November, um 10:00 Uhr in Ihren Räumen. Ich freue
          mich auf unser Gespräch. Mit freundlichen Grüßen, Max Beispiel"

        Drei Fehler, die Sie vermeiden sollten:
        1. Zu lange warten - antworten Sie innerhalb von 24 Stunden.
        2. Den Termin nicht wiederholen - so vermeiden Sie Missverständnisse.
        3. Keine Telefonnummer angeben.

        Außerdem in dieser Ausgabe:
        - Gehaltsverhandlung in der Schweiz: Was ist ein 13. Monatslohn?
        - Grenzgänger-Besteuerung Konstanz/Kreuzlingen 2027

        Sie erhalten diesen Newsletter, weil Sie sich auf karrierebrief.example angemeldet haben.
        Abmelden: https://karrierebrief.example/abmelden
        """)
    return message([
        rx("from out.mailjet-eu.example (out.mailjet-eu.example [87.253.232.51])", "2026-10-27 07:30", BER,
           "4TDk1Qs9Wpz3Mm"),
        ("From", addr("Karriere-Brief", "newsletter@karrierebrief.example")),
        ("To", ME),
        ("Subject", enc("Die perfekte Antwort auf eine Interview-Einladung (+ Muster)")),
        ("Date", date("2026-10-27 07:30", BER)),
        ("Message-ID", "<nl41.8f2e1d@karrierebrief.example>"),
        ("List-Id", "Karriere-Brief <newsletter.karrierebrief.example>"),
        ("List-Unsubscribe", "<https://karrierebrief.example/abmelden>"),
        ("Precedence", "list"),
    ], alt(text(body, charset="utf-8", cte="quoted-printable"),
           html("<html><body><pre>" + body + "</pre></body></html>\n")))


@mail(n(29), family="ashby_self_schedule", lang="en", interview=False, company="Dreiland Genomics AG",
      days=(("Mon", "2026-10-26"), ("Fri", "2026-11-06")),
      note="Ashby self-scheduling link: 'pick a time' in a window, no time fixed yet -> negative")
def n29() -> bytes:
    body = t("""
        Hi Felix,

        Thanks for speaking with us! The next step is an onsite interview in Basel with our Lab
        Automation team (about 60 minutes).

        Please pick a time that works for you using the link below. Slots are available between
        Monday, October 26 and Friday, November 6.

        Schedule your interview: https://jobs.ashbyhq.com/dreiland-genomics/interview/self-schedule/2f9e8d7c

        Once you've picked a slot, you'll receive a calendar invitation.

        Best,
        Mireille Schaub
        Dreiland Genomics Recruiting
        """)
    return message([
        rx("from a48-30.smtp-out.amazonses.com (a48-30.smtp-out.amazonses.com [54.240.48.30])", "2026-10-21 10:03",
           ZRH, "4TQ2Bx5Ckz1Vv"),
        ("From", addr("Dreiland Genomics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Mireille Schaub", "mireille.schaub@dreiland-genomics.ch")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Schedule your onsite interview with Dreiland Genomics"),
        ("Date", date("2026-10-21 10:03", ZRH)),
        ("Message-ID", "<0102019a0b7c2d3e-4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b7c8-000000@eu-west-1.amazonses.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(30), family="proposal_unconfirmed", lang="de", interview=False, company="Zeppelin Messtechnik GmbH",
      days=(("Mon", "2026-10-26"), ("Tue", "2026-10-27")),
      note="Recruiter proposes two slots ('Würde Ihnen Montag, 26.10. um 9 Uhr passen? Alternativ ...') - "
           "nothing confirmed yet (the confirmed invitation comes later in the Exchange request)")
def n30() -> bytes:
    body = t("""
        Hallo Herr Wagner,

        vielen Dank für Ihre Bewerbung als Ingenieur Laborautomatisierung, die uns sehr angesprochen hat.
        Wir würden Sie gerne in einem ersten Gespräch (per Teams, ca. eine Stunde) kennenlernen.

        Würde Ihnen Montag, 26.10. um 9 Uhr passen? Alternativ ginge auch Dienstag, 27.10. um 14 Uhr.
        Gerne können Sie mich auch kurz anrufen, dann stimmen wir das telefonisch ab.

        Viele Grüße
        Martina Keßler
        Personalreferentin
        Zeppelin Messtechnik GmbH | Allmannsweilerstraße 40 | 88046 Friedrichshafen
        Tel. +49 7541 555 3318
        """)
    return message([
        rx("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2102.outbound.protection.outlook.com"
           " [40.107.104.102])", "2026-10-20 16:20", BER, "4TPc0Nw4Rsz6Ww"),
        ("From", addr("Keßler Martina", "martina.kessler@zeppelin-messtechnik.de")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Ihre Bewerbung - Ingenieur Laborautomatisierung"),
        ("Date", date("2026-10-20 16:20", BER)),
        ("Message-ID", "<FR3P281MB1632D1E2F3A4B5C6D7E8F9A0B1C2D@FR3P281MB1632.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(31), family="job_centre", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Agentur für Arbeit: invitation to a counselling appointment with a fixed time ('Einladung', "
           "'Gespräch über Ihre berufliche Situation') - confirmed time, but not a job interview")
def n31() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        ich möchte mit Ihnen über Ihr Bewerberangebot bzw. Ihre berufliche Situation sprechen.
        Bitte kommen Sie am

            Mittwoch, 14.10.2026, um 09:30 Uhr

        in die Agentur für Arbeit Konstanz, Stromeyersdorfstraße 1, 78467 Konstanz, Zimmer 2.114,
        zu Ihrer Ansprechpartnerin Frau Schwendemann (Arbeitsvermittlung, Team 431).

        Bitte bringen Sie mit: Personalausweis, Lebenslauf, Nachweise Ihrer Eigenbemühungen seit
        der Arbeitsuchendmeldung.

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher mit. Die
        Rechtsfolgenbelehrung finden Sie in der angehängten Einladung (PDF) und in Ihrem Postfach
        auf www.arbeitsagentur.de.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Konstanz-Ravensburg

        Diese E-Mail wurde automatisch erzeugt.
        """)
    return message([
        rx("from mx-out.arbeitsagentur.de (mx-out.arbeitsagentur.de [194.95.12.40])", "2026-10-02 13:14", BER,
           "4SeR5Ty3Hbz2Ss"),
        ("From", addr("Agentur für Arbeit Konstanz-Ravensburg", "noreply@arbeitsagentur.de")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Einladung – Ihr Termin am 14.10.2026 um 09:30 Uhr")),
        ("Date", date("2026-10-02 13:14", BER)),
        ("Message-ID", "<BA.20261002.131400.7781234@postfach.arbeitsagentur.de>"),
    ], mixed(text(body, charset="iso-8859-1", cte="quoted-printable"), raw_pdf("Einladung_14102026.pdf")))


@mail(n(32), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="A local journalist confirms an interview with Felix for a newspaper portrait ('unser Interview "
           "am Donnerstag, 5.11., um 10 Uhr') - press interview, not a job interview")
def n32() -> bytes:
    body = t("""
        Hallo Herr Wagner,

        super, dann halten wir das so fest: unser Interview für die Serie "Köpfe am See" am
        Donnerstag, 5.11., um 10 Uhr im Café Seeglück am Hafen. Es geht vor allem um Ihr
        Ehrenamt beim Schülerforschungszentrum und die Roboter-AG. Unsere Fotografin Elif
        kommt gegen halb elf dazu.

        Das Gespräch dauert etwa 45 Minuten. Vor Veröffentlichung bekommen Sie die Zitate zur
        Freigabe.

        Beste Grüße
        Tamara Vollmer
        Redaktion Konstanz | Seeblick Zeitung
        Tel. 07531 555 208
        """)
    return message([
        rx("from mail.seeblick-zeitung.example (mail.seeblick-zeitung.example [198.51.100.77])", "2026-10-29 15:36",
           BER, "4TGd2Xq5Rkz4Pp"),
        ("From", addr("Tamara Vollmer", "t.vollmer@seeblick-zeitung.example")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Interview „Köpfe am See“ – Donnerstag")),
        ("Date", date("2026-10-29 15:36", BER)),
        ("Message-ID", "<a71c0e2f-3b4d-4e5f-8a9b-0c1d2e3f4a5b@seeblick-zeitung.example>"),
        ("In-Reply-To", "<CAF3kd8Zz9y8x7w6v5u4t3s2r1q0@mail.example.org>"),
    ], text(body, cte="quoted-printable"))


@mail(n(33), family="podcast_invite", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Podcast host sends a calendar invite for recording an interview episode with Felix (fixed "
           "time, ICS) - a podcast, not a job interview")
def n33() -> bytes:
    body = t("""
        Hi Felix,

        Thrilled you're up for it! I've sent a calendar hold for the recording:

        "Plates & Pipettes" podcast - guest interview with Felix Wagner
        Tuesday, November 17, 5:00 PM - 6:00 PM CET
        Riverside studio link: https://riverside.fm/studio/plates-and-pipettes

        Rough outline: how you got into lab automation, open-source liquid handling, and what you'd
        tell a wet-lab scientist who wants to learn Python. Headphones with a wired mic are ideal.

        Cheers,
        Jonah Whitfield
        Host, Plates & Pipettes
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nMETHOD:REQUEST\n" + \
        VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261117T170000
        DTEND;TZID=Europe/Berlin:20261117T180000
        DTSTAMP:20261110T191502Z
        ORGANIZER;CN=Jonah Whitfield:mailto:jonah@platesandpipettes.fm
        UID:7h6g5f4e3d2c1b0a@google.com
        ATTENDEE;CN=felix.wagner@example.org;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:felix.wagner@example.org
        SUMMARY:Podcast recording - Plates & Pipettes x Felix Wagner
        LOCATION:https://riverside.fm/studio/plates-and-pipettes
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rx("from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])", "2026-11-10 20:15", BER,
           "4TTk7Rb0Xcz8Ll"),
        ("From", addr("Jonah Whitfield", "jonah@platesandpipettes.fm")),
        ("To", ME),
        ("Subject", "Re: Guest episode on Plates & Pipettes?"),
        ("Date", date("2026-11-10 20:15", BER)),
        ("Message-ID", "<CAJw7n2p9Q4e1XkLmZ8r3sT6uVbN0cYd5fGh@mail.gmail.com>"),
    ], mixed(alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(34), family="admission_interview", lang="de-CH", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Business school admission interview for an Executive MBA, fixed time with ICS - an admission "
           "interview, not a job interview")
def n34() -> bytes:
    body = t("""
        Grüezi Herr Wagner

        Vielen Dank für Ihre Bewerbung für das Executive MBA (Start März 2027). Gerne bestätigen wir
        Ihnen Ihr Aufnahmegespräch:

        Datum:   Freitag, 6. November 2026
        Zeit:    14:00 – 14:45 Uhr
        Ort:     Säntis School of Management, Rosenbergstrasse 59, 9000 St. Gallen, Raum 2.07
        Panel:   Prof. Dr. Regula Hangartner (Programmleitung), Marco Zellweger (Alumni)

        Die Kalendereinladung finden Sie im Anhang. Die Anmeldegebühr von CHF 200 wurde bereits verbucht.

        Freundliche Grüsse
        Admissions Office
        Säntis School of Management
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//SSM Admissions//Slate//EN\nMETHOD:REQUEST\n" + ZURICH_VTZ + \
        "\n" + t("""
        BEGIN:VEVENT
        UID:ssm-admit-2027-0412@saentis-sm.ch
        DTSTAMP:20261028T090000Z
        DTSTART;TZID=Europe/Zurich:20261106T140000
        DTEND;TZID=Europe/Zurich:20261106T144500
        SUMMARY:EMBA Aufnahmegespräch - Felix Wagner
        LOCATION:Rosenbergstrasse 59\\, 9000 St. Gallen\\, Raum 2.07
        ORGANIZER;CN=SSM Admissions:mailto:admissions@saentis-sm.ch
        ATTENDEE;CN=Felix Wagner;RSVP=TRUE:mailto:felix.wagner@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rx("from mail.saentis-sm.ch (mail.saentis-sm.ch [193.246.80.14])", "2026-10-28 10:00", ZRH,
           "4TFb3Wc6Nvz9Rr"),
        ("From", addr("SSM Admissions", "admissions@saentis-sm.ch")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Executive MBA: Bestätigung Ihres Aufnahmegesprächs")),
        ("Date", date("2026-10-28 10:00", ZRH)),
        ("Message-ID", "<slate.admit.0412.20261028090000@saentis-sm.ch>"),
    ], mixed(text(body, cte="quoted-printable"),
             calendar(ics, method="REQUEST", filename="Aufnahmegespraech.ics", disposition="attachment",
                      cte="base64")))


@mail(n(35), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Volleyball club confirms a try-out training ('Probetraining am Donnerstag um 19:30') - fixed "
           "time, not a job interview")
def n35() -> bytes:
    body = t("""
        Hi Felix,

        cool, dass du bei uns reinschnuppern willst! Komm einfach am Donnerstag (17.9.) um 19:30 zum
        Probetraining in die Sporthalle am Seerhein, Halle 2. Wir spielen bis ca. 21:30, danach geht's
        meistens noch auf ein Radler ins Vereinsheim.

        Bring Hallenschuhe mit, Bälle haben wir. Wenn's dir gefällt, können wir über die
        Mannschaftsmeldung (Bezirksliga Herren 2) reden.

        Sportliche Grüße
        Basti
        Abteilungsleiter Volleyball, TV Allmannsdorf 1889 e.V.
        """)
    return message([
        rx("from mout.gmx.example (mout.gmx.example [212.227.17.22])", "2026-09-14 21:48", BER, "4RrA0Kx2Gfz7Yy"),
        ("From", addr("Sebastian Haller", "basti.haller@gmx.example")),
        ("To", ME),
        ("Subject", "Re: Probetraining Volleyball"),
        ("Date", date("2026-09-14 21:48", BER)),
        ("Message-ID", "<trinity-5c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f-1789415280@3c-app-gmx-bs41>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(36), family="car_service", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Garage confirms a service appointment 'Di., 20.10.2026, 07:30 Uhr' with ICS - a fixed time, "
           "not an interview")
def n36() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Termin:      Di., 20.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:    VW Golf Variant, KN-FW 412
        Leistungen:  Inspektion mit Ölwechsel, Räderwechsel auf Winterreifen (eingelagert)
        Abholung:    voraussichtlich ab 16:00 Uhr

        Ersatzmobilität: Auf Wunsch stellen wir Ihnen ein E-Bike zur Verfügung.

        Ihr Serviceteam
        Autohaus Seeblick GmbH · Reichenaustraße 190 · 78467 Konstanz · Tel. 07531 555 600
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Autohaus Seeblick//DMS Termin//DE\nMETHOD:PUBLISH\n" + \
        VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:ws-20261020-0730-KNFW412@autohaus-seeblick.example
        DTSTAMP:20261013T081500Z
        DTSTART;TZID=Europe/Berlin:20261020T073000
        DTEND;TZID=Europe/Berlin:20261020T074500
        SUMMARY:Werkstatttermin Autohaus Seeblick (KN-FW 412)
        LOCATION:Reichenaustraße 190\\, 78467 Konstanz
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rx("from dms-mail.autohaus-seeblick.example (dms-mail.autohaus-seeblick.example [198.51.100.14])",
           "2026-10-13 10:15", BER, "4TMc2Hv9Bqz1Zz"),
        ("From", addr("Autohaus Seeblick Service", "service@autohaus-seeblick.example")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Terminbestätigung Werkstatt – 20.10.2026, 07:30 Uhr")),
        ("Date", date("2026-10-13 10:15", BER)),
        ("Message-ID", "<DMS.WS.20261013101500.44172@autohaus-seeblick.example>"),
    ], mixed(html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n", charset="windows-1252"),
             calendar(ics, method="PUBLISH", filename="Werkstatttermin.ics", disposition="attachment",
                      cte="quoted-printable")))


@mail(n(37), family="recruiter_outreach", lang="en", interview=False, company="Uetliberg Search Partners AG",
      note="Headhunter cold outreach: 'open to a 15-minute chat?' with a booking link - no time fixed")
def n37() -> bytes:
    body = t("""
        Hi Felix,

        I hope you don't mind the direct note - your talk on scheduler integration at the SLAS Europe
        meetup came up when I was speaking to a client.

        I'm partnering with a Zurich-based med-tech scale-up (Series C, ~180 people) that is building its
        first in-house lab automation team. They're looking for a founding Senior Automation Engineer,
        hybrid, CHF 125-145k + equity.

        Would you be open to a 15-minute chat this week or next? If so, feel free to grab any slot
        that suits you here: https://calendly.com/lvogel-usp/15min

        Best,
        Laura Vogel
        Partner, Life Sciences Practice
        Uetliberg Search Partners AG | Bahnhofstrasse 42 | 8001 Zürich
        """)
    return message([
        rx("from mail-eu.uetliberg-search.ch (mail-eu.uetliberg-search.ch [185.12.60.31])", "2026-11-02 08:44",
           ZRH, "4THq5Fd1Wxz6Ab"),
        ("From", addr("Laura Vogel", "laura.vogel@uetliberg-search.ch")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Founding automation role in Zurich - quick chat?"),
        ("Date", date("2026-11-02 08:44", ZRH)),
        ("Message-ID", "<AM9P195MB1287E3F4A5B6C7D8E9F0A1B2C3D4E@AM9P195MB1287.EURP195.PROD.OUTLOOK.COM>"),
    ], alt(text(body, charset="utf-8", cte="8bit"), html(gmail_html(body))))


@mail(n(38), family="mock_interview_coach", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-09"),),
      note="Career coach confirms a paid mock interview ('Probe-Interview am Montag, 9.11., 18:00-19:30 "
           "Uhr') - a coaching session, not a job interview")
def n38() -> bytes:
    body = t("""
        Lieber Felix,

        danke für deine Buchung! Hiermit bestätige ich dein Probe-Interview (Mock Interview):

        Montag, 9.11., 18:00–19:30 Uhr, per Zoom
        https://zoom.us/j/71144082217 (Kenncode 8821)

        Wir simulieren ein Gespräch für eine Senior-Stelle in der Laborautomation, inkl. Gehaltsfrage
        und einer Fallstudie. Danach gibt's 20 Minuten Feedback. Schick mir bis Freitag bitte die
        Stellenanzeige, auf die du dich gerade am meisten freust.

        Die Rechnung (149 EUR) kommt separat.

        Herzliche Grüße
        Miriam Laible
        Karrierecoaching am Bodensee · www.coaching-laible.example
        """)
    return message([
        rx("from smtp.coaching-laible.example (smtp.coaching-laible.example [198.51.100.140])", "2026-11-03 12:20",
           BER, "4TJr2Vb5Lkz0Cd"),
        ("From", addr("Miriam Laible", "kontakt@coaching-laible.example")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Bestätigung: Dein Probe-Interview am 9.11.")),
        ("Date", date("2026-11-03 12:20", BER)),
        ("Message-ID", "<20261103112000.4f2a@coaching-laible.example>"),
    ], alt(text(body), html(gmail_html(body))))


def _n39_inner() -> bytes:
    body = t("""
        Hi Jana,

        Thanks for sharing your availability. Your interview with Isar Data Labs is confirmed:

        Position: Data Analyst, Clinical Operations
        Date: Thursday, November 12th 2026
        Time: 10:00 AM - 11:00 AM CET
        Location: Isar Data Labs, Rosenheimer Str. 141, 81671 München

        Best regards,
        Talent Team, Isar Data Labs
        """)
    return message([
        ("From", addr("Isar Data Labs", "no-reply@greenhouse.io")),
        ("Reply-To", addr("Tobias Lechner", "tobias.lechner@isardatalabs.example")),
        ("To", addr("Jana Wagner", "jana.wagner@example.com")),
        ("Subject", "Interview Confirmation: Data Analyst, Clinical Operations at Isar Data Labs"),
        ("Date", date("2026-11-05 09:12", BER)),
        ("Message-ID", "<672a1f0c3e9d_4b2c@greenhouse-mailer-55c8f-9qz4t.mail>"),
    ], text(body, cte="quoted-printable"))


@mail(n(39), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Felix's sister forwards HER OWN Greenhouse interview confirmation (Thu 12 Nov, Munich) and asks "
           "for tips - a confirmed interview, but not the inbox owner's")
def n39() -> bytes:
    body = t("""
        Hey Brüderchen,

        schau mal, es hat geklappt!! Ich hab nächste Woche Donnerstag mein Interview in München 🙈
        Du hast doch letztens so viele Gespräche gehabt - hast du Tipps, was die bei Data-Analyst-Stellen
        so fragen? Können wir am Wochenende mal telefonieren?

        Drück mir die Daumen!
        Jana
        """)
    return message([
        rx("from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])", "2026-11-05 19:31", BER,
           "4TLm8Sg3Pjz2Ef"),
        ("From", addr("Jana Wagner", "jana.wagner@example.com")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Fwd: Interview Confirmation: Data Analyst, Clinical Operations at Isar Data Labs"),
        ("Date", date("2026-11-05 19:31", BER)),
        ("Message-ID", "<CAKp2m9Ew4r5T6y7U8i9O0pA1sD2fG3hJ4kL@mail.gmail.com>"),
    ], mixed(text(body, cte="quoted-printable"), attached_message(_n39_inner())))


@mail(n(40), family="interviewer_invite_current_job", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Exchange invite from HR at Felix's current employer asking him to sit on the panel interviewing "
           "a candidate (Thu 19 Nov 13:00) - he is the interviewer, not the candidate")
def n40() -> bytes:
    body = t("""
        Hallo Felix,

        wie mit Stefan besprochen, bitte ich dich, beim Zweitgespräch mit Frau Mira Jovanović
        (Junior Engineer Laborautomation) als Fachinterviewer dabei zu sein. Ihren Lebenslauf und den
        Interviewleitfaden findest du im Recruiting-Ordner auf SharePoint. Bitte gib deine Bewertung bis
        Freitag im Formular ein.

        Danke dir!
        Sophie

        Sophie Brandl | HR Business Partner
        Lacustris Biotech GmbH | Konstanz
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Brandl Sophie:mailto:sophie.brandl@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wagner Felix:mailto:felix.wagner@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kuhn Stefan:mailto:stefan.kuhn@example.net
        UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDC0100000000000000001000000099887766554433221100AABBCCDDEEFF
        SUMMARY;LANGUAGE=de-DE:Interview Mira Jovanović - Junior Engineer Laborautomation (Panel)
        DTSTART;TZID=W. Europe Standard Time:20261119T130000
        DTEND;TZID=W. Europe Standard Time:20261119T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261112T083011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:KN-Besprechungsraum Mainau (2.14)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", "from FR2P281MB0099.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:4a::12) by\r\n"
                     " FR2P281MB0100.DEUP281.PROD.OUTLOOK.COM with HTTPS; Thu, 12 Nov 2026 08:30:14 +0000"),
        ("From", addr("Brandl Sophie", "sophie.brandl@example.net")),
        ("To", addr("Wagner Felix", "felix.wagner@example.net")),
        ("CC", addr("Kuhn Stefan", "stefan.kuhn@example.net")),
        ("Subject", enc("Interview Mira Jovanović - Junior Engineer Laborautomation (Panel)")),
        ("Date", date("2026-11-12 09:30", BER)),
        ("Message-ID", "<FR2P281MB0099A1B2C3D4E5F6A7B8C9D0E1F2A@FR2P281MB0099.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(41), family="auto_reply", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Out-of-office auto-reply from a recruiter (German/English), back on Monday 19 October - no "
           "appointment")
def n41() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschliesslich Freitag, 16. Oktober, abwesend und
        ab Montag, 19. Oktober, wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an
        recruiting@dreiland-genomics.ch.

        Thank you for your message. I am out of the office until Friday, 16 October, and will be back
        on Monday, 19 October. For urgent matters, please contact recruiting@dreiland-genomics.ch.

        Mireille Schaub
        """)
    return message([
        rx("from mail.dreiland-genomics.ch (mail.dreiland-genomics.ch [185.98.33.4])", "2026-10-12 21:06", ZRH,
           "4TLz0Pw8Mnz3Gh"),
        ("From", addr("Mireille Schaub", "mireille.schaub@dreiland-genomics.ch")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Automatische Antwort: Application - Felix Wagner - Lab Automation Engineer"),
        ("Date", date("2026-10-12 21:06", ZRH)),
        ("Message-ID", "<e1a2b3c4d5e6f708a9b0c1d2e3f4a5b6@mail.dreiland-genomics.ch>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body, cte="quoted-printable"))


def _n42_original() -> bytes:
    body = t("""
        Sehr geehrte Frau Meier,

        vielen Dank für das angenehme Video-Interview heute Morgen mit Herrn Widmer. Das Gespräch hat
        mein Interesse an der Stelle noch verstärkt, besonders die geplante Erweiterung der
        Probenlogistik in Dübendorf.

        Ich freue mich, von Ihnen zu hören.

        Freundliche Grüße
        Felix Wagner
        """)
    return message([
        ("From", addr("Felix Wagner", ME)),
        ("To", addr("Corinne Meier", "corinne.meier@glatal-instruments.ch")),
        ("Subject", enc("Vielen Dank für das Gespräch – Automation Engineer Life Sciences")),
        ("Date", date("2026-12-10 10:02", BER)),
        ("Message-ID", "<4b8e2f1a-9c3d-4e7f-a2b1-6d5c4e3f2a10@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, cte="8bit", params="format=flowed"))


@mail(n(42), family="bounce", lang="de", interview=False, company=None,
      note="Delivery failure for Felix's thank-you note after an interview (typo in the domain); the "
           "returned original talks about an interview that already happened - nothing scheduled")
def n42() -> bytes:
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <corinne.meier@glatal-instruments.ch>: Host or domain name not found. Name
            service error for name=glatal-instruments.ch type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4VCq1Rz3Tfz9Kx
        X-Postfix-Sender: rfc822; felix.wagner@example.org
        Arrival-Date: Thu, 10 Dec 2026 10:02:07 +0100 (CET)

        Final-Recipient: rfc822; corinne.meier@glatal-instruments.ch
        Original-Recipient: rfc822;corinne.meier@glatal-instruments.ch
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=glatal-instruments.ch type=AAAA: Host not found
        """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(_n42_original()),
                       params="report-type=delivery-status")
    return message([
        ("Received", "by smtp.example.org (Postfix)\r\n id 4VCq1Sz0Wgz9Ly; Thu, 10 Dec 2026 10:02:08 +0100 (CET)"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-12-10 10:02", BER)),
        ("Message-ID", "<4VCq1Sz0Wgz9Ly@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(43), family="mailing_list_meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Mailing-list announcement of a lab-automation meetup (Thu 12 Nov, 18:30, Basel) - an event with "
           "a fixed time, not an interview")
def n43() -> bytes:
    body = t("""
        Hi all,

        Our next Basel meetup is on Thursday, 12 November, 18:30 at the Dreispitz Innovation Hub
        (Room "Lab 3"). Agenda:

          18:30  Doors, pizza
          19:00  "SiLA 2 in practice: three years of connecting devices" - Yuki Tanabe
          19:40  "Scheduling for cell therapy manufacturing" - Kwame Asante
          20:20  Lightning talks (sign up in the thread!)

        We'll also have a short "hiring corner" - companies can pitch open roles in 60 seconds, and
        people can set up informal chats afterwards. No interviews on site, promise.

        RSVP: https://meetup.example/lab-automation-ch/events/3119

        Cheers,
        Pascale (co-organiser)

        _______________________________________________
        lab-automation-ch mailing list
        lab-automation-ch@lists.labautomation.example
        https://lists.labautomation.example/mailman/listinfo/lab-automation-ch
        """)
    return message([
        rx("from lists.labautomation.example (lists.labautomation.example [192.0.2.45])", "2026-10-30 14:07", ZRH,
           "4TGy6Kt1Hmz5Rs"),
        ("From", addr("Pascale Roux", "pascale.roux@example.com")),
        ("To", "lab-automation-ch@lists.labautomation.example"),
        ("Subject", "[lab-automation-ch] Basel meetup Thu 12 Nov: SiLA 2 in practice + scheduling talk"),
        ("Date", date("2026-10-30 14:07", ZRH)),
        ("Message-ID", "<7a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9@example.com>"),
        ("List-Id", "Swiss lab automation community <lab-automation-ch.lists.labautomation.example>"),
        ("List-Post", "<mailto:lab-automation-ch@lists.labautomation.example>"),
        ("List-Unsubscribe", "<https://lists.labautomation.example/mailman/options/lab-automation-ch>"),
        ("Precedence", "list"),
        ("Sender", "\"lab-automation-ch\" <lab-automation-ch-bounces@lists.labautomation.example>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(44), family="webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Zoom webinar registration: 'Vorstellungsgespräche in der Schweiz meistern', Di., 29.09.2026, "
           "12:00 Uhr - a webinar about interviews, not an interview")
def n44() -> bytes:
    body = t("""
        Hallo Felix,

        Vielen Dank für Ihre Anmeldung zu "Vorstellungsgespräche in der Schweiz meistern – Tipps für
        Grenzgänger".

        Bitte senden Sie Ihre Fragen an: events@alpenjobs.example

        Datum und Uhrzeit: 29. Sep. 2026 12:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Webinar-ID: 862 4410 9917
        Passcode: 305511

        Sie können diese Registrierung jederzeit stornieren.

        Von einem PC, Mac, iPad, iPhone oder Android-Gerät aus teilnehmen:
        Klicken Sie hier, um teilzunehmen: https://us06web.zoom.us/w/86244109917?tk=abc123

        Zu Kalender hinzufügen: https://us06web.zoom.us/webinar/tZ0sd-ics?icsToken=98tyK

        Alpenjobs.example – Ihr Karriereportal für die Ostschweiz
        """)
    return message([
        rx("from zoom.us (mail-ssc1.zoom.us [170.114.10.72])", "2026-09-21 18:40", BER, "4Rx9Fd2Qbz1Tt"),
        ("From", addr("Alpenjobs Events", "no-reply@zoom.us")),
        ("Reply-To", "events@alpenjobs.example"),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Bestätigung für Vorstellungsgespräche in der Schweiz meistern – Tipps für Grenzgänger")),
        ("Date", date("2026-09-21 18:40", BER)),
        ("Message-ID", "<WEB.86244109917.reg.7788@zoom.us>"),
    ], alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n")))


@mail(n(45), family="team_event_current_job", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Outlook invite from a colleague at the current employer: sprint review + Glühwein, "
           "Fri 11 Dec 15:00 - internal meeting, not an interview")
def n45() -> bytes:
    body = t("""
        Servus zusammen,

        letzter Sprint vor Weihnachten: Review der neuen Plattenhotel-Integration, danach Glühwein im
        Innenhof. Wer Demo-Material hat, bitte bis Donnerstag bei mir melden.

        Grüße
        Stefan
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kuhn Stefan:mailto:stefan.kuhn@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team Automatisierung:mailto:team-automatisierung@example.net
        UID:040000008200E00074C5B7101A82E00800000000FFEEDDCCBBAA99881100000000000000100000000123456789ABCDEF0123456789ABCDEF
        SUMMARY;LANGUAGE=de-DE:Sprint Review 26-24 + Glühwein
        DTSTART;TZID=W. Europe Standard Time:20261211T150000
        DTEND;TZID=W. Europe Standard Time:20261211T170000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261203T154012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:KN-Labor 1 / Innenhof
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", "from FR2P281MB0101.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:4b::9) by\r\n"
                     " FR2P281MB0100.DEUP281.PROD.OUTLOOK.COM with HTTPS; Thu, 3 Dec 2026 15:40:15 +0000"),
        ("From", addr("Kuhn Stefan", "stefan.kuhn@example.net")),
        ("To", addr("Team Automatisierung", "team-automatisierung@example.net")),
        ("Subject", enc("Sprint Review 26-24 + Glühwein")),
        ("Date", date("2026-12-03 16:40", BER)),
        ("Message-ID", "<FR2P281MB0101C0FFEE1234ABCD5678EF90AB12@FR2P281MB0101.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(46), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="School booking tool confirms a parent-teacher slot ('Do., 26.11.2026, 16:40–16:50 Uhr') - "
           "fixed time, not an interview")
def n46() -> bytes:
    body = t("""
        Guten Tag Herr Wagner,

        Ihre Buchung für den Elternsprechtag wurde gespeichert:

          Lehrkraft:  Frau Keller (Klassenlehrerin 2b)
          Kind:       Mats Wagner
          Termin:     Do., 26.11.2026, 16:40-16:50 Uhr
          Raum:       E.12 (Erdgeschoss, Altbau)

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Eine Stornierung ist bis zum
        24.11. über den Link in dieser E-Mail möglich.

        Grundschule am Rheinsteig Konstanz
        -- versendet mit Sprechtag-Planer
        """)
    return message([
        rx("from mail.sprechtag-planer.example (mail.sprechtag-planer.example [192.0.2.88])", "2026-11-16 20:55",
           BER, "4TYb4Sq7Zrz2Hu"),
        ("From", addr("Sprechtag-Planer", "noreply@sprechtag-planer.example")),
        ("To", ME),
        ("Subject", enc("Ihre Buchung: Elternsprechtag Grundschule am Rheinsteig")),
        ("Date", date("2026-11-16 20:55", BER)),
        ("Message-ID", "<booking.1129.2b.keller.44@sprechtag-planer.example>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(47), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Bank confirms a mortgage consultation ('Beratungsgespräch Baufinanzierung', Di., 17.11.2026, "
           "17:00 Uhr) with ICS - a fixed-time 'Gespräch', not a job interview")
def n47() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihr Beratungsgespräch:

        Thema:     Baufinanzierung / Anschlussfinanzierung
        Termin:    Dienstag, 17.11.2026, 17:00 Uhr (ca. 60 Minuten)
        Ort:       Seeufer Bank eG, Filiale Wollmatingen, Radolfzeller Straße 21, 78467 Konstanz
        Berater:   Thomas Bohner

        Bitte bringen Sie die letzten drei Gehaltsabrechnungen sowie Ihren Arbeitsvertrag mit.

        Mit freundlichen Grüßen
        Ihre Seeufer Bank eG
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Seeufer Bank eG//Terminvereinbarung//DE\nMETHOD:PUBLISH\n" + \
        VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tv-2026-11-17-1700-bohner-88122@seeufer-bank.example
        DTSTAMP:20261109T101200Z
        DTSTART;TZID=Europe/Berlin:20261117T170000
        DTEND;TZID=Europe/Berlin:20261117T180000
        SUMMARY:Beratungsgespräch Baufinanzierung - Seeufer Bank eG
        LOCATION:Radolfzeller Straße 21\\, 78467 Konstanz
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rx("from mx.seeufer-bank.example (mx.seeufer-bank.example [198.51.100.201])", "2026-11-09 11:12", BER,
           "4TSc9Mn3Wpz6Jv"),
        ("From", addr("Seeufer Bank eG", "termine@seeufer-bank.example")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Terminbestätigung: Ihr Beratungsgespräch am 17.11.2026")),
        ("Date", date("2026-11-09 11:12", BER)),
        ("Message-ID", "<TV.88122.20261109101200@seeufer-bank.example>"),
    ], mixed(alt(text(body), html("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>\n")),
             calendar(ics, method="PUBLISH", filename="Termin.ics", disposition="attachment", cte="base64")))


@mail(n(48), family="flat_viewing", lang="de-CH", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Zurich property manager confirms a flat viewing (Sa, 10. Oktober, 11:00-11:20) - a fixed "
           "time, not an interview")
def n48() -> bytes:
    body = t("""
        Grüezi Herr Wagner

        Gerne bestätigen wir Ihnen den Besichtigungstermin für die 3.5-Zimmer-Wohnung an der
        Schaffhauserstrasse 331, 8050 Zürich-Oerlikon (4. OG, CHF 2'890.– inkl. NK):

        Samstag, 10. Oktober, 11:00 – 11:20 Uhr

        Treffpunkt ist vor dem Hauseingang. Bitte bringen Sie, falls Sie sich bewerben möchten, den
        Betreibungsregisterauszug (nicht älter als 3 Monate) und eine Kopie des Ausweises mit.

        Freundliche Grüsse
        Nadja Sutter
        Bewirtschaftung
        Züriberg Immobilien AG | Seefeldstrasse 88 | 8008 Zürich
        """)
    return message([
        rx("from mail.zueriberg-immo.example (mail.zueriberg-immo.example [198.51.100.60])", "2026-10-06 09:31", ZRH,
           "4TH1Vc8Kfz0Ww"),
        ("From", addr("Sutter Nadja", "n.sutter@zueriberg-immo.example")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", "Besichtigung Schaffhauserstrasse 331, 3.5 Zi."),
        ("Date", date("2026-10-06 09:31", ZRH)),
        ("Message-ID", "<003a01dc3661$9e2b1c40$da7f54c0$@zueriberg-immo.example>"),
    ], alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(n(49), family="candidate_survey", lang="en", interview=False, company="Limmat Bioworks AG",
      days=(("Tue", "2026-09-22"),),
      note="Greenhouse candidate-experience survey after the interview of Tuesday, September 22 (past) - "
           "nothing scheduled")
def n49() -> bytes:
    body = t("""
        Hi Felix,

        Thank you for interviewing with Limmat Bioworks on Tuesday, September 22. We'd love to hear
        about your experience - the survey takes about 2 minutes and your answers are anonymous.

        Take the survey: https://app.greenhouse.io/survey/candidate/7c1f0e2a-88d1

        This does not affect your application in any way. The team will be in touch about next steps.

        Limmat Bioworks AG
        """)
    return message([
        rx("from mail201.greenhouse.io (mail201.greenhouse.io [198.21.4.201])", "2026-09-24 15:03", ZRH,
           "4RzH1Xb6Mrz4Dd"),
        ("From", addr("Limmat Bioworks", "no-reply@greenhouse.io")),
        ("To", ME),
        ("Subject", "How was your interview with Limmat Bioworks?"),
        ("Date", date("2026-09-24 15:03", ZRH)),
        ("Message-ID", "<66f2b8a7c1e04_9d8e7f6a@greenhouse-mailer-7d9f8b6c5-pq3mn.mail>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(50), family="orchestra_audition", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Orchestra confirms Felix's audition slot as a substitute cellist ('Probespiel', Sa, 24.10.2026, "
           "10:40 Uhr) - an audition, not a job interview")
def n50() -> bytes:
    body = t("""
        Sehr geehrter Herr Wagner,

        vielen Dank für Ihre Bewerbung für unsere Aushilfenliste Violoncello. Wir laden Sie herzlich zum
        Probespiel ein:

        Samstag, 24.10.2026, Einspielzeit ab 10:10 Uhr, Ihr Vorspiel um 10:40 Uhr
        Probensaal der Kammerphilharmonie am Bodensee, Laube 12, Konstanz

        Pflichtstücke: Haydn, Konzert D-Dur, 1. Satz (Exposition), sowie die Orchesterstellen gemäß
        Anhang. Eine Klavierbegleitung wird gestellt.

        Mit freundlichen Grüßen
        Orchesterbüro
        Kammerphilharmonie am Bodensee e.V.
        """)
    return message([
        rx("from mail.kammerphil-bodensee.example (mail.kammerphil-bodensee.example [192.0.2.150])",
           "2026-10-08 13:25", BER, "4TKq7Ne2Lsz5Fg"),
        ("From", addr("Orchesterbüro Kammerphilharmonie", "orchesterbuero@kammerphil-bodensee.example")),
        ("To", addr("Felix Wagner", ME)),
        ("Subject", enc("Einladung zum Probespiel Aushilfen Violoncello am 24.10.2026")),
        ("Date", date("2026-10-08 13:25", BER)),
        ("Message-ID", "<5f1e2d3c-orch-4b5a-9c8d-7e6f5a4b3c2d@kammerphil-bodensee.example>"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))
