"""blind84: 50 hand-written mails from the inbox of Katharina Huber, a data engineer in Munich.

    python3 bench/heldout/make_blind.py blind84            # (re)write blind84/, then check it
    python3 bench/heldout/make_blind.py blind84 --check    # only check the files on disk

One function per mail, registered with ``make.mail`` under the set name ``blind84``. Keys 1-23 are
the positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 the negatives. File numbers are a
fixed shuffle of the writing order. Written blind: without reading the detector, its tests, its
fixtures or the other held-out sets. All companies and people are fictional.
"""

from __future__ import annotations

import base64
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

ORDER = random.Random(84084).sample(range(1, 51), 50)


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind84_{ORDER[key - 1]:03d}"


ME = "katharina.huber@example.org"
KH = addr("Katharina Huber", ME)
B = "Europe/Berlin"
V = "Europe/Vienna"
Z = "Europe/Zurich"
L = "Europe/London"
NY = "America/New_York"

VTZ_VIENNA = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Vienna")


def mx(src: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    """Received: header of the inbox's own MX."""
    return received(src, when, zone, f"mx02.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", B), end=utc("2026-09-10 15:00", B),
      contact="lena.brandstaetter@isarwerk-analytics.de", company="Isarwerk Analytics",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 15:00", zone=B,
      note="Greenhouse confirmation in German: 'Donnerstag, 10. September 2026, 14:00 - 15:00 Uhr (MESZ)', "
           "CEST = UTC+2 -> 12:00Z-13:00Z; sender is no-reply, contact = the recruiter in Reply-To")
def k01() -> bytes:
    body = t("""
        Hallo Katharina,

        vielen Dank, dass Sie sich Zeit für ein Gespräch mit uns nehmen! Hiermit bestätigen wir Ihr
        Interview für die Position Data Engineer (m/w/d) - Plattform-Team bei Isarwerk Analytics.

        Datum:    Donnerstag, 10. September 2026
        Uhrzeit:  14:00 - 15:00 Uhr (MESZ)
        Ort:      Isarwerk Analytics GmbH, Zeppelinstraße 71, 81669 München, 4. OG

        Ihre Gesprächspartner:
          Lena Brandstätter - Talent Acquisition
          Dr. Florian Weigl - Head of Data Platform

        Bitte melden Sie sich kurz vorher am Empfang im Erdgeschoss. Wenn Sie Fragen haben oder der
        Termin doch nicht passt, antworten Sie einfach auf diese E-Mail.

        Wir freuen uns auf Sie!

        Viele Grüße
        Lena Brandstätter
        Isarwerk Analytics

        --
        Diese Nachricht wurde über Greenhouse versendet.
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Interviewbestätigung</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#24292f">
        <tr><td style="padding:28px 32px">
        <p>Hallo Katharina,</p>
        <p>vielen Dank, dass Sie sich Zeit für ein Gespräch mit uns nehmen! Hiermit bestätigen wir Ihr
        Interview für die Position <strong>Data Engineer (m/w/d) - Plattform-Team</strong> bei Isarwerk Analytics.</p>
        <table role="presentation" cellpadding="4" style="font-size:15px">
        <tr><td style="color:#6a737d">Datum</td><td>Donnerstag, 10. September 2026</td></tr>
        <tr><td style="color:#6a737d">Uhrzeit</td><td>14:00 - 15:00 Uhr (MESZ)</td></tr>
        <tr><td style="color:#6a737d">Ort</td><td>Isarwerk Analytics GmbH, Zeppelinstraße 71, 81669 München, 4. OG</td></tr>
        </table>
        <p>Ihre Gesprächspartner:<br>Lena Brandstätter - Talent Acquisition<br>Dr. Florian Weigl - Head of Data Platform</p>
        <p>Bitte melden Sie sich kurz vorher am Empfang im Erdgeschoss. Wenn Sie Fragen haben oder der
        Termin doch nicht passt, antworten Sie einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf Sie!</p>
        <p>Viele Grüße<br>Lena Brandstätter<br>Isarwerk Analytics</p>
        </td></tr>
        <tr><td style="padding:12px 32px;font-size:11px;color:#8b949e">Diese Nachricht wurde über Greenhouse versendet.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [198.51.100.27])",
                        "2026-09-07 09:12:41", B, "4MbQ2k1xYrz9tP")),
        ("From", addr("Isarwerk Analytics", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Lena Brandstätter", "lena.brandstaetter@isarwerk-analytics.de")),
        ("To", KH),
        ("Subject", enc("Interviewbestätigung: Data Engineer (m/w/d) - Plattform-Team")),
        ("Date", date("2026-09-07 09:12:38", B)),
        ("Message-ID", "<mtwu4Rk2Q9a0xv1yJ7pT3g@geopod-ismtpd-5>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 10:30", B), end=None,
      contact="sabine.woerle@lechfeld-logistik.de", company="Lechfeld Logistik",
      local="Tue 2026-09-22 10:30", zone=B,
      note="Personio invitation (HTML, base64) for an on-site interview in Augsburg, 'Dienstag, "
           "22.09.2026 um 10:30 Uhr', CEST -> 08:30Z; the attached Termin.ics is an all-day event (VALUE=DATE "
           "20260922), the time is only in the text; 'Dauer: ca. 90 Minuten' is approximate so end null; "
           "sender is the Personio recruiting relay (…-jobs@m-personio.de), contact = HR partner's address in the body")
def k02() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f1f1f">
        <div style="max-width:620px;margin:0 auto;padding:24px">
        <p>Sehr geehrte Frau Huber,</p>
        <p>vielen Dank für Ihre Bewerbung und das freundliche Telefonat letzte Woche. Wie besprochen laden wir
        Sie herzlich zu einem persönlichen Gespräch an unserem Standort in Augsburg ein:</p>
        <p><b>Termin:</b> Dienstag, 22.09.2026 um 10:30 Uhr<br>
        <b>Dauer:</b> ca. 90 Minuten (inkl. kurzer Führung durch unser Lager)<br>
        <b>Adresse:</b> Lechfeld Logistik GmbH, Haunstetter Straße 212, 86161 Augsburg - Empfang Gebäude B<br>
        <b>Gesprächspartner:</b> Sabine Wörle (HR Business Partnerin), Markus Gleich (Teamleiter BI &amp; Data)</p>
        <p>Parkplätze finden Sie direkt vor Gebäude B; vom Augsburger Hauptbahnhof fährt die Tram 3 bis
        zur Haltestelle Haunstetter Straße.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte kurz Bescheid - telefonisch
        unter 0821 455 78-210 oder per E-Mail an
        <a href="mailto:sabine.woerle@lechfeld-logistik.de">sabine.woerle@lechfeld-logistik.de</a>.</p>
        <p>Wir freuen uns darauf, Sie kennenzulernen!</p>
        <p>Mit freundlichen Grüßen<br><br>
        Sabine Wörle<br>HR Business Partnerin<br>
        Lechfeld Logistik GmbH | Haunstetter Straße 212 | 86161 Augsburg<br>
        Amtsgericht Augsburg HRB 31877 | Geschäftsführer: Thomas Lechner, Anja Riedl</p>
        </div>
        <div style="font-size:11px;color:#9a9a9a;text-align:center">Versendet mit Personio</div>
        </body></html>
        """)
    ics = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:personio-event-8815230-2026-09-22@personio.de
DTSTAMP:20260915T144012Z
DTSTART;VALUE=DATE:20260922
DTEND;VALUE=DATE:20260923
SUMMARY:Vorstellungsgespräch Lechfeld Logistik GmbH (Data Engineer)
LOCATION:Haunstetter Straße 212\\, 86161 Augsburg
DESCRIPTION:Beginn siehe Einladung. Empfang Gebäude B.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-out-b12.m-personio.de (mail-out-b12.m-personio.de [203.0.113.88])",
                        "2026-09-15 16:40:15", B, "4MgLqB0fG2z3KpW")),
        ("From", addr("Lechfeld Logistik GmbH", "lechfeld-logistik-jobs@m-personio.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Data Engineer (m/w/d) Augsburg")),
        ("Date", date("2026-09-15 16:40:12", B)),
        ("Message-ID", "<c2b7f0e4a1d84b5e9f37.1789483212@m-personio.de>"),
        ("X-Mailer", "Personio Recruiting"),
    ], mixed(html(page, cte="base64"),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Termin.ics",
                      disposition="attachment", name_param=True)))


@mail(n(3), family="human_prose", lang="de-AT", interview=True, kind="scheduled",
      start=utc("2026-09-30 09:00", V), end=None,
      contact="verena.hofbauer@donaukanal-data.at", company="Donaukanal Data",
      local="Wed 2026-09-30 09:00", zone=V,
      days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30"), ("Thu", "2026-10-01")),
      note="Viennese recruiter's prose reply (iso-8859-15, 8bit) fixing 'Mittwoch, 30. September 2026, 9:00 Uhr' "
           "in Vienna (CEST) -> 07:00Z; the quoted Outlook thread holds the candidate's two options (29.9. ab 14 Uhr "
           "or 30.9. um 9 Uhr); 'rund eine Stunde' is approximate -> end null; contact = human sender")
def k03() -> bytes:
    body = t("""
        Sehr geehrte Frau Huber,

        danke für die rasche Rückmeldung! Mittwoch passt bei uns sehr gut, ich habe das Gespräch
        jetzt fix eingetragen:

        Mittwoch, 30. September 2026, 9:00 Uhr
        bei uns im Büro, Obere Donaustraße 57, 1020 Wien, 4. Stock (bitte beim Empfang melden)

        Mit dabei sind DI Lukas Pramberger (Leitung Data Engineering) und ich. Wir haben rund eine
        Stunde eingeplant. Falls Sie mit dem Railjet aus München anreisen: vom Hauptbahnhof sind Sie
        mit der U1 in einer Viertelstunde bei uns, Station Schwedenplatz.

        Die Reisekosten (Bahnticket 2. Klasse) übernehmen wir selbstverständlich, bitte bringen Sie
        einfach die Belege mit.

        Ich freue mich auf das Kennenlernen!

        Mit freundlichen Grüßen aus Wien
        Verena Hofbauer

        Mag. Verena Hofbauer
        People & Culture
        Donaukanal Data GmbH
        Obere Donaustraße 57, 1020 Wien
        T +43 1 890 44 12-31
        verena.hofbauer@donaukanal-data.at

        -----Ursprüngliche Nachricht-----
        Von: Katharina Huber <katharina.huber@example.org>
        Gesendet: Mittwoch, 23. September 2026 19:12
        An: Hofbauer Verena <verena.hofbauer@donaukanal-data.at>
        Betreff: Re: Bewerbung als Data Engineer - Terminvorschläge

        Liebe Frau Hofbauer,

        vielen Dank für die Einladung! Von Ihren Vorschlägen würden mir Dienstag, 29.9. ab 14 Uhr
        oder Mittwoch, 30.9. um 9 Uhr gut passen. Donnerstag, 1.10. geht bei mir leider nicht.

        Viele Grüße
        Katharina Huber
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.donaukanal-data.at (mail.donaukanal-data.at [192.0.2.140])",
                        "2026-09-24 11:03:29", V, "4MhT0w5nC1z8QsV")),
        ("From", addr("Hofbauer Verena", "verena.hofbauer@donaukanal-data.at", "iso-8859-15")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("AW: Bewerbung als Data Engineer - Terminvorschläge", "iso-8859-15")),
        ("Date", date("2026-09-24 11:03:26", V)),
        ("Message-ID", "<VI1P190MB0733A1C4E2B8F09D3E5C7A44B1E92@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<8d1e4c7a-2f90-4b1b-9c11-5a0e6f3b7d21@example.org>"),
        ("References", "<8d1e4c7a-2f90-4b1b-9c11-5a0e6f3b7d21@example.org>"),
        ("Content-Language", "de-AT"),
        ("X-MS-Has-Attach", ""),
    ], text(body, charset="iso-8859-15", cte="8bit"))


@mail(n(4), family="exchange_outlook", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", L), end=utc("2026-10-26 11:00", L),
      contact="oliver.pennington@thamesbridge.co.uk", company="Thamesbridge Analytics",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=L,
      note="Exchange meeting request sent Thu 22 Oct in BST; the interview is Mon 26 Oct 10:00-11:00 London, "
           "the day after the UK returns to GMT (25 Oct) -> 10:00Z-11:00Z (body: 11:00 in Munich, also CET by then); "
           "ICS TZID 'GMT Standard Time'; contact = sender / ORGANIZER hiring manager")
def k04() -> bytes:
    body = t("""
        When: Monday, 26 October 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Katharina,

        Great to speak on Tuesday. As promised, here's the invite for the technical conversation with
        me and Priyanka, who leads our ingestion squad. We'll spend most of the hour on a pipeline
        design exercise - no prep needed beyond what we discussed.

        Both our clocks go back this weekend, so it's still 11:00 for you in Munich.

        Best,
        Oliver

        Oliver Pennington
        Head of Data Engineering | Thamesbridge Analytics
        22 Bankside Row, London SE1 9QT

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE5ZDItZjM0MS00ZTQ3LWI5ZWQtYjU4ODc3NTZmNDAx%40thread.v2/0>
        Meeting ID: 348 221 907 114
        Passcode: q7Ub3K
        Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="EN-GB" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hi Katharina,<o:p></o:p></p>
        <p class="MsoNormal">Great to speak on Tuesday. As promised, here&#8217;s the invite for the technical conversation with
        me and Priyanka, who leads our ingestion squad. We&#8217;ll spend most of the hour on a pipeline design exercise &#8211; no prep
        needed beyond what we discussed.<o:p></o:p></p>
        <p class="MsoNormal">Both our clocks go back this weekend, so it&#8217;s still 11:00 for you in Munich.<o:p></o:p></p>
        <p class="MsoNormal">Best,<br>Oliver<o:p></o:p></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Oliver Pennington<br>Head of Data Engineering | Thamesbridge Analytics<br>
        22 Bankside Row, London SE1 9QT</span><o:p></o:p></p>
        <div style="margin-bottom:.25in;overflow:hidden">
        <p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;color:#252424">Microsoft Teams meeting</span></b></p>
        <p class="MsoNormal"><b>Join on your computer, mobile app or room device</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE5ZDItZjM0MS00ZTQ3LWI5ZWQtYjU4ODc3NTZmNDAx%40thread.v2/0">Click here to join the meeting</a></p>
        <p class="MsoNormal">Meeting ID: 348 221 907 114<br>Passcode: q7Ub3K</p>
        </div></div></body></html>
        """)
    ics = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Oliver Pennington:mailto:oliver.pennington@thamesbridge.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katharina Huber:mailto:katharina.huber@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi@thamesbridge.co.uk
UID:040000008200E00074C5B7101A82E00800000000B0F3D1A9E461DD01000000000000000010000000C9A3B57E2F0D4B4F8E4D7A1E3C5B2F90
SUMMARY;LANGUAGE=en-GB:Interview: Senior Data Engineer - Katharina Huber / Thamesbridge
DTSTART;TZID=GMT Standard Time:20261026T100000
DTEND;TZID=GMT Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T142000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2126734911
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE5ZDItZjM0MS00ZTQ3LWI5ZWQtYjU4ODc3NTZmNDAx%40thread.v2/0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2091.outbound.protection.outlook.com [198.51.100.91])",
                        "2026-10-22 15:20:07", L, "4MkR9p2Hd4z6VwX")),
        ("From", addr("Oliver Pennington", "oliver.pennington@thamesbridge.co.uk")),
        ("To", KH),
        ("CC", addr("Priyanka Sethi", "priyanka.sethi@thamesbridge.co.uk")),
        ("Subject", "Interview: Senior Data Engineer - Katharina Huber / Thamesbridge"),
        ("Thread-Topic", "Interview: Senior Data Engineer - Katharina Huber / Thamesbridge"),
        ("Thread-Index", "AdtkRw1c7V2bQk9aQfy3nP0xM2R1Jw=="),
        ("Date", date("2026-10-22 15:20:03", L)),
        ("Message-ID", "<LO4P265MB61920B4E3D1A7F2C9E8B5D31A2C74@LO4P265MB6192.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(5), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 11:00", NY), end=utc("2026-10-29 11:45", NY),
      contact="dana.whitfield@hudsonline.io", company="Hudsonline",
      local="Thu 2026-10-29 11:00", local_end="2026-10-29 11:45", zone=NY,
      note="Lever confirmation: 'Thursday, October 29, 2026, 11:00 AM - 11:45 AM EDT' - New York is still on EDT "
           "(US clocks change 1 Nov) while Munich is already on CET, so the gap is 5 h: 15:00Z-15:45Z, body also says "
           "16:00-16:45 CET; ICS in UTC agrees; contact = Reply-To recruiter")
def k05() -> bytes:
    body = t("""
        Hi Katharina,

        Thanks for making time to meet with the Hudsonline team! Your interview is confirmed:

        Technical Interview: Data Modeling & SQL
        Thursday, October 29, 2026
        11:00 AM - 11:45 AM EDT (New York)
        16:00 - 16:45 CET (your local time)

        Interviewer: Sam Okoro, Staff Data Engineer
        Location: Google Meet - https://meet.google.com/qhx-wzra-pme

        A calendar invitation is attached. If anything comes up, just reply to this email and I'll
        sort it out.

        Best,
        Dana Whitfield
        Recruiting, Hudsonline

        Sent via Lever
        """)
    page = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Hi Katharina,</p>
        <p>Thanks for making time to meet with the Hudsonline team! Your interview is confirmed:</p>
        <div style="border:1px solid #e3e3e3;border-radius:6px;padding:12px 16px;margin:12px 0">
        <div style="font-weight:600">Technical Interview: Data Modeling &amp; SQL</div>
        <div>Thursday, October 29, 2026</div>
        <div>11:00 AM &ndash; 11:45 AM EDT (New York)</div>
        <div style="color:#666">16:00 &ndash; 16:45 CET (your local time)</div>
        <div style="margin-top:8px">Interviewer: Sam Okoro, Staff Data Engineer</div>
        <div>Location: <a href="https://meet.google.com/qhx-wzra-pme">Google Meet</a></div>
        </div>
        <p>A calendar invitation is attached. If anything comes up, just reply to this email and I&#39;ll sort it out.</p>
        <p>Best,<br>Dana Whitfield<br>Recruiting, Hudsonline</p>
        <p style="font-size:11px;color:#999">Sent via Lever</p>
        </div>
        """)
    ics = """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Interview Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-5b1f2c7e-93aa-4d3e-8f61-0c4e7d2a9b18
DTSTAMP:20261023T180500Z
DTSTART:20261029T150000Z
DTEND:20261029T154500Z
SUMMARY:Hudsonline - Technical Interview: Data Modeling & SQL (Katharina Huber)
LOCATION:https://meet.google.com/qhx-wzra-pme
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@hudsonline.io
ATTENDEE;CN=Katharina Huber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:katharina.huber@example.org
ATTENDEE;CN=Sam Okoro;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam.okoro@hudsonline.io
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-200.hire.lever.co (mail-200.hire.lever.co [198.51.100.200])",
                        "2026-10-23 14:05:19", NY, "4MkZ3c8Wq1z2LmN")),
        ("From", addr("Hudsonline", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@hudsonline.io")),
        ("To", KH),
        ("Subject", "Interview confirmed: Hudsonline - Senior Data Engineer (Remote, EU)"),
        ("Date", date("2026-10-23 14:05:16", NY)),
        ("Message-ID", "<0100019a1f6e2c4b-8e7d1a35-61f0-4c2b-9a8e-3d5f7b1c0e92-000000@email.lever.co>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(6), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-10 13:00", B), end=utc("2026-11-10 14:00", B),
      contact="melanie.schaefer@neckarwerk.de", company="Neckarwerk Automotive",
      local="Tue 2026-11-10 13:00", local_end="2026-11-10 14:00", zone=B,
      note="Workday invitation (HTML only, QP) from the tenant mailbox …@myworkday.com: 'Di., 10.11.2026, "
           "13:00 - 14:00 Uhr (MEZ)' -> CET = UTC+1 -> 12:00Z-13:00Z; contact = recruiter address written in the body")
def k06() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#003a70;padding:18px 24px;color:#ffffff;font-size:18px">Neckarwerk Automotive AG &middot; Karriere</td></tr>
        <tr><td style="padding:24px">
        <p>Sehr geehrte Frau Huber,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Senior Data Engineer (m/w/d) - Fahrzeugdatenplattform</b>
        (Stellen-ID JR-2026-04417). Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.</p>
        <table cellpadding="3" cellspacing="0" border="0" style="font-size:13px">
        <tr><td><b>Termin:</b></td><td>Di., 10.11.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>13:00 - 14:00 Uhr (MEZ)</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (den Link erhalten Sie separat von Ihren Gesprächspartnern)</td></tr>
        <tr><td valign="top"><b>Gesprächspartner:</b></td><td>Dr. Jan-Philipp Rau, Abteilungsleiter Data &amp; Analytics<br>Melanie Schäfer, Recruiting</td></tr>
        </table>
        <p>Der Termin ist in Ihrem Kandidatenprofil hinterlegt. Bei Rückfragen wenden Sie sich gerne an
        Melanie Schäfer, <a href="mailto:melanie.schaefer@neckarwerk.de">melanie.schaefer@neckarwerk.de</a>, Tel. +49 711 3405-2281.</p>
        <p>Wir wünschen Ihnen viel Erfolg und freuen uns auf das Gespräch.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Neckarwerk Automotive AG</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:10px;color:#888888">Neckarwerk Automotive AG, Pragstraße 140, 70376 Stuttgart.
        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
        </table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from myworkday.com (mx-out-fra3.myworkday.com [203.0.113.17])",
                        "2026-11-04 08:30:44", B, "4MqD7n3Jx5z1HyR")),
        ("From", addr("Neckarwerk Automotive", "neckarwerk@myworkday.com")),
        ("To", addr(None, ME)),
        ("Subject", enc("Einladung: Vorstellungsgespräch Senior Data Engineer (m/w/d) – JR-2026-04417")),
        ("Date", date("2026-11-04 08:30:41", B)),
        ("Message-ID", "<1917324557.88213.1793777441102@wd5-prod-notif-fra3.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page))


@mail(n(7), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-16 11:00", B), end=utc("2026-11-16 11:45", B),
      contact="jonas.reiter@kiesellabs.de", company="Kiesel Labs",
      local="Mon 2026-11-16 11:00", local_end="2026-11-16 11:45", zone=B,
      note="German Google Calendar invitation 'Mo. 16. Nov. 2026 11:00 - 11:45 (MEZ)' -> 10:00Z-10:45Z; inline "
           "text/calendar plus invite.ics, both TZID Europe/Berlin; contact = ORGANIZER / From (founder)")
def k07() -> bytes:
    body = t("""
        Kennenlernen Kiesel Labs x Katharina (Data Engineering)
        Montag, 16. November 2026 ⋅ 11:00 – 11:45
        Zeitzone: Europe/Berlin

        Google Meet-Teilnahmeinformationen
        Videoanruf-Link: https://meet.google.com/vbn-rkso-tyq
        Oder wählen Sie: (DE) +49 30 300195123 PIN: 774 129 306#

        Teilnehmer
        Jonas Reiter - Organisator
        katharina.huber@example.org
        lisa.moosbauer@kiesellabs.de

        Hi Katharina, wie am Telefon besprochen: erstes Gespräch mit Lisa (Head of Data) und mir.
        Ganz locker, wir erzählen dir was über uns und du uns über deine Pipelines :)
        Bis Montag!
        Jonas

        Antworten für katharina.huber@example.org
        Ja - Vielleicht - Nein - Weitere Optionen https://calendar.google.com/calendar/event?action=VIEW&eid=MDRyOGFnN3U

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie nicht mehr über diesen
        Termin benachrichtigt werden möchten, lehnen Sie ihn ab.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span itemprop="object" itemscope itemtype="http://schema.org/Event">
        <meta itemprop="eventStatus" content="http://schema.org/EventScheduled"></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:560px">
        <h2 style="font-size:20px;font-weight:400;color:#3c4043">Kennenlernen Kiesel Labs x Katharina (Data Engineering)</h2>
        <div style="font-size:14px">Montag, 16. November 2026 &#8901; 11:00 &ndash; 11:45<br>Zeitzone: Europe/Berlin</div>
        <p><a href="https://meet.google.com/vbn-rkso-tyq" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Mit Google Meet teilnehmen</a></p>
        <div style="font-size:14px">Teilnehmer<br>Jonas Reiter - Organisator<br>katharina.huber@example.org<br>lisa.moosbauer@kiesellabs.de</div>
        <p style="font-size:14px">Hi Katharina, wie am Telefon besprochen: erstes Gespräch mit Lisa (Head of Data) und mir.
        Ganz locker, wir erzählen dir was über uns und du uns über deine Pipelines :)<br>Bis Montag!<br>Jonas</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender. Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.</p>
        </div>
        """)
    ics = f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261116T110000
DTEND;TZID=Europe/Berlin:20261116T114500
DTSTAMP:20261110T160200Z
ORGANIZER;CN=Jonas Reiter:mailto:jonas.reiter@kiesellabs.de
UID:04r8ag7u2kq1v9m3dfl6s0c5bt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katharina.huber@example.org;X-NUM-GUESTS=0:mailto:katharina.huber@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lisa Moosbauer;X-NUM-GUESTS=0:mailto:lisa.moosbauer@kiesellabs.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonas Reiter;X-NUM-GUESTS=0:mailto:jonas.reiter@kiesellabs.de
X-GOOGLE-CONFERENCE:https://meet.google.com/vbn-rkso-tyq
CREATED:20261110T160158Z
DESCRIPTION:Hi Katharina\\, wie am Telefon besprochen: erstes Gespräch mit Lisa (Head of Data) und mir.
LAST-MODIFIED:20261110T160158Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Kiesel Labs x Katharina (Data Engineering)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        "2026-11-10 17:02:05", B, "4MvK1b6Tg8z4DcF")),
        ("From", addr("Jonas Reiter", "jonas.reiter@kiesellabs.de")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Jonas Reiter", "jonas.reiter@kiesellabs.de")),
        ("To", ME),
        ("Subject", "Einladung: Kennenlernen Kiesel Labs x Katharina (Data Engineering) @ Mo. 16. Nov. 2026 "
                    "11:00 - 11:45 (MEZ) (katharina.huber@example.org)"),
        ("Date", date("2026-11-10 17:02:02", B)),
        ("Message-ID", "<calendar-7f3b1d2e-5a9c-4e81-b0d6-2c8f4a1e9b73@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(8), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:30", B), end=utc("2026-11-19 10:30", B),
      contact="tobias.engelhardt@pegnitz-payments.de", company="Pegnitz Payments",
      local="Thu 2026-11-19 09:30", local_end="2026-11-19 10:30", zone=B,
      note="SmartRecruiters confirmation for an on-site interview in Nuremberg: 'Thursday, November 19, 2026, "
           "9:30 AM - 10:30 AM (GMT+01:00) Central European Time' -> 08:30Z-09:30Z; ICS TZID Europe/Berlin agrees; "
           "sender no-reply, contact = ICS ORGANIZER hiring manager (also in the body)")
def k08() -> bytes:
    page = t("""
        <!doctype html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eef1f4">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 8px">
        <table width="580" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;border-radius:4px;font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <tr><td style="padding:24px 28px 0"><img src="https://c.smartrecruiters.com/sr-company-logo-prod/pegnitz-payments.png" alt="Pegnitz Payments" height="36"></td></tr>
        <tr><td style="padding:16px 28px">
        <h1 style="font-size:20px;font-weight:normal">Your interview is confirmed</h1>
        <p>Hi Katharina,</p>
        <p>thank you for choosing a slot. We look forward to meeting you at our office in Nuremberg.</p>
        <table cellpadding="4" role="presentation" style="font-size:14px">
        <tr><td style="color:#777">Position</td><td>Data Engineer - Risk Platform (f/m/d)</td></tr>
        <tr><td style="color:#777">Date</td><td>Thursday, November 19, 2026</td></tr>
        <tr><td style="color:#777">Time</td><td>9:30 AM - 10:30 AM (GMT+01:00) Central European Time - Berlin</td></tr>
        <tr><td style="color:#777">Location</td><td>Pegnitz Payments GmbH, Frauentorgraben 12, 90443 Nürnberg, 3rd floor</td></tr>
        <tr><td style="color:#777">Interviewers</td><td>Tobias Engelhardt (Engineering Manager), Aylin Demir (Senior Data Engineer)</td></tr>
        </table>
        <p>Your contact person: Tobias Engelhardt, <a href="mailto:tobias.engelhardt@pegnitz-payments.de">tobias.engelhardt@pegnitz-payments.de</a></p>
        <p>We have attached a calendar file so you can add the appointment to your calendar.</p>
        <p>Kind regards,<br>Pegnitz Payments Talent Team</p>
        </td></tr>
        <tr><td style="padding:12px 28px 24px;font-size:11px;color:#999">Powered by SmartRecruiters &middot; This message was sent from a notification-only address.</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = f"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:sr-int-6b2e91f0a4c3d7e8@smartrecruiters.com
DTSTAMP:20261112T091500Z
DTSTART;TZID=Europe/Berlin:20261119T093000
DTEND;TZID=Europe/Berlin:20261119T103000
SUMMARY:Interview: Data Engineer - Risk Platform (f/m/d) - Pegnitz Payments
LOCATION:Pegnitz Payments GmbH\\, Frauentorgraben 12\\, 90443 Nürnberg
ORGANIZER;CN=Tobias Engelhardt:mailto:tobias.engelhardt@pegnitz-payments.de
ATTENDEE;CN=Katharina Huber;RSVP=TRUE:mailto:katharina.huber@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mta-22.smartrecruiters.com (mta-22.smartrecruiters.com [198.51.100.122])",
                        "2026-11-12 10:15:33", B, "4Mx04h2Rk7z9BvS")),
        ("From", addr("Pegnitz Payments", "noreply@smartrecruiters.com")),
        ("To", KH),
        ("Subject", "Interview confirmed: Data Engineer - Risk Platform (f/m/d)"),
        ("Date", date("2026-11-12 10:15:30", B)),
        ("Message-ID", "<20261112091530.7c1d4e2b9a0f3e56@smartrecruiters.com>"),
    ], mixed(html(page), calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                  disposition="attachment")))


@mail(n(9), family="teamtailor", lang="de-AT", interview=True, kind="scheduled",
      start=utc("2026-11-20 10:00", V), end=utc("2026-11-20 10:45", V),
      contact="magdalena.pichler@salzach-systems.at", company="Salzach Systems",
      local="Fri 2026-11-20 10:00", local_end="2026-11-20 10:45", zone=V,
      note="Teamtailor self-booking confirmation (du, Salzburg): 'Freitag, 20. November 2026, 10:00 - 10:45 "
           "(Europe/Vienna)' -> CET -> 09:00Z-09:45Z; ICS TZID Europe/Vienna; From/Reply-To are Teamtailor "
           "addresses, contact = the recruiter as ICS ORGANIZER")
def k09() -> bytes:
    body = t("""
        Servus Katharina,

        danke, dass du dir einen Termin ausgesucht hast! Hier nochmal alles auf einen Blick:

        📅 Freitag, 20. November 2026
        🕙 10:00 – 10:45 (Europe/Vienna)
        📍 Video-Call über Microsoft Teams – den Link findest du in der Kalendereinladung

        Du sprichst mit mir (Recruiting) und Bernhard Aigner (Team Lead Data). Wir wollen dich und
        deine Erfahrung mit Streaming-Pipelines besser kennenlernen – und natürlich alle deine Fragen
        zu Salzach Systems beantworten.

        Falls doch etwas dazwischenkommt, kannst du den Termin hier verschieben:
        https://salzach-systems.teamtailor.com/meetings/f3c9a2e1/reschedule

        Liebe Grüße aus Salzburg
        Magdalena Pichler
        Talent Acquisition | Salzach Systems GmbH
        """)
    page = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.6;color:#1c1c1c;max-width:560px;margin:0 auto">
        <p>Servus Katharina,</p>
        <p>danke, dass du dir einen Termin ausgesucht hast! Hier nochmal alles auf einen Blick:</p>
        <div style="background:#f6f5f2;border-radius:8px;padding:14px 18px">
        📅 <b>Freitag, 20. November 2026</b><br>
        🕙 10:00 – 10:45 (Europe/Vienna)<br>
        📍 Video-Call über Microsoft Teams – den Link findest du in der Kalendereinladung
        </div>
        <p>Du sprichst mit mir (Recruiting) und Bernhard Aigner (Team Lead Data). Wir wollen dich und deine Erfahrung
        mit Streaming-Pipelines besser kennenlernen – und natürlich alle deine Fragen zu Salzach Systems beantworten.</p>
        <p>Falls doch etwas dazwischenkommt, kannst du den Termin
        <a href="https://salzach-systems.teamtailor.com/meetings/f3c9a2e1/reschedule">hier verschieben</a>.</p>
        <p>Liebe Grüße aus Salzburg<br>Magdalena Pichler<br>Talent Acquisition | Salzach Systems GmbH</p>
        <p style="font-size:11px;color:#a3a3a3">Gesendet mit Teamtailor</p>
        </div>
        """)
    ics = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ_VIENNA}
BEGIN:VEVENT
UID:tt-meeting-f3c9a2e1-7b4d-4a10-9e62-c81d05f7a3b9
DTSTAMP:20261116T122700Z
DTSTART;TZID=Europe/Vienna:20261120T100000
DTEND;TZID=Europe/Vienna:20261120T104500
SUMMARY:Interview Salzach Systems - Katharina Huber
LOCATION:Microsoft Teams
DESCRIPTION:Teams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ1ZTc2%40thread.v2/0
ORGANIZER;CN=Magdalena Pichler:mailto:magdalena.pichler@salzach-systems.at
ATTENDEE;CN=Katharina Huber;PARTSTAT=ACCEPTED:mailto:katharina.huber@example.org
ATTENDEE;CN=Bernhard Aigner;PARTSTAT=ACCEPTED:mailto:bernhard.aigner@salzach-systems.at
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from m41-7.eu.mailgun.net (m41-7.eu.mailgun.net [198.51.100.41])",
                        "2026-11-16 13:27:52", V, "4Mz8Fq0Kc3z7NpT")),
        ("From", addr("Magdalena Pichler | Salzach Systems", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "salzach-systems+c81d05f7a3b9@inbound.teamtailor-mail.com"),
        ("To", KH),
        ("Subject", enc("Dein Interview bei Salzach Systems am 20. November ✔")),
        ("Date", date("2026-11-16 13:27:49", V)),
        ("Message-ID", "<6571a0c3e2b94.2a7d1f@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://salzach-systems.teamtailor.com/unsubscribe/f3c9a2e1>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(10), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-25 16:00", B), end=utc("2026-11-25 17:00", B),
      contact="florian.gschwendtner@wuermtal-software.de", company="Würmtal Software",
      local="Wed 2026-11-25 16:00", local_end="2026-11-25 17:00", zone=B,
      note="Employer message relayed by JOIN (base64 text + HTML): 'Mittwoch, 25.11.2026, 16:00 Uhr, Dauer: 60 "
           "Minuten' -> CET -> 15:00Z-16:00Z; From noreply@join.com and a JOIN reply relay, contact = the managing "
           "director's address written in his message")
def k10() -> bytes:
    body = t("""
        Hallo Frau Huber,

        Florian Gschwendtner von Würmtal Software GmbH hat Ihnen eine Nachricht zu Ihrer Bewerbung
        als "Data Engineer (m/w/d)" gesendet:

        ------------------------------------------------------------
        Hallo Frau Huber,

        vielen Dank für das nette Telefonat heute Vormittag. Wie vereinbart hier die Bestätigung für
        unser Fachgespräch:

        Mittwoch, 25.11.2026, 16:00 Uhr
        Dauer: 60 Minuten
        Google Meet: https://meet.google.com/kpw-ftxe-ubh

        Von unserer Seite sind Anna Lechner (Product Owner) und ich dabei. Bei Fragen erreichen Sie
        mich auch direkt unter florian.gschwendtner@wuermtal-software.de.

        Beste Grüße aus Gräfelfing
        Florian Gschwendtner
        Geschäftsführer, Würmtal Software GmbH
        ------------------------------------------------------------

        Antworten Sie einfach auf diese E-Mail, um Florian Gschwendtner zu antworten.

        Ihr JOIN Team
        Sie erhalten diese E-Mail, weil Sie sich über JOIN beworben haben.
        """)
    page = t("""
        <html><body style="background:#f7f7f9;margin:0">
        <div style="max-width:600px;margin:0 auto;background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;padding:28px">
        <p>Hallo Frau Huber,</p>
        <p><b>Florian Gschwendtner</b> von <b>Würmtal Software GmbH</b> hat Ihnen eine Nachricht zu Ihrer Bewerbung als
        &quot;Data Engineer (m/w/d)&quot; gesendet:</p>
        <div style="border-left:3px solid #5a4ff3;padding:4px 16px;margin:16px 0">
        <p>Hallo Frau Huber,</p>
        <p>vielen Dank für das nette Telefonat heute Vormittag. Wie vereinbart hier die Bestätigung für unser Fachgespräch:</p>
        <p>Mittwoch, 25.11.2026, 16:00 Uhr<br>Dauer: 60 Minuten<br>Google Meet: <a href="https://meet.google.com/kpw-ftxe-ubh">https://meet.google.com/kpw-ftxe-ubh</a></p>
        <p>Von unserer Seite sind Anna Lechner (Product Owner) und ich dabei. Bei Fragen erreichen Sie mich auch direkt unter
        florian.gschwendtner@wuermtal-software.de.</p>
        <p>Beste Grüße aus Gräfelfing<br>Florian Gschwendtner<br>Geschäftsführer, Würmtal Software GmbH</p>
        </div>
        <p><a href="mailto:reply+e7a0c4d2b9f1@messages.join.com" style="background:#5a4ff3;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Antworten</a></p>
        <p style="font-size:12px;color:#888">Ihr JOIN Team<br>Sie erhalten diese E-Mail, weil Sie sich über JOIN beworben haben.</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-eu.join.com (mail-eu.join.com [203.0.113.61])",
                        "2026-11-20 11:48:27", B, "4N1mTz6Qb2z5XrJ")),
        ("From", addr("Würmtal Software GmbH über JOIN", "noreply@join.com")),
        ("Reply-To", "reply+e7a0c4d2b9f1@messages.join.com"),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Neue Nachricht von Würmtal Software GmbH zu Ihrer Bewerbung")),
        ("Date", date("2026-11-20 11:48:24", B)),
        ("Message-ID", "<0102019b4d2a7f31-e7a0c4d2-b9f1-4c68-8a33-0d9e51b7c2f4-000000@eu-central-1.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(11), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-01 09:30", B), end=utc("2026-12-01 10:30", B),
      contact="petra.rosenberger@regnitz-medtech.de", company="Regnitz Medizintechnik",
      local="Tue 2026-12-01 09:30", local_end="2026-12-01 10:30", zone=B,
      note="softgarden invitation whose body (iso-8859-1 QP) gives no date or time at all: it is only in the "
           "attached Einladung.ics, DTSTART;TZID=Europe/Berlin 20261201T093000-103000 -> 08:30Z-09:30Z; Reply-To is "
           "the role address bewerbung@, contact = the HR officer as ICS ORGANIZER")
def k11() -> bytes:
    body = t("""
        Sehr geehrte Frau Huber,

        wir freuen uns über Ihr Interesse an der Stelle "Data Engineer Medizinische Bilddaten (m/w/d)"
        und möchten Sie gerne persönlich kennenlernen.

        Den Termin für Ihr Vorstellungsgespräch haben wir für Sie reserviert. Datum, Uhrzeit und
        Gesprächspartner entnehmen Sie bitte der beigefügten Kalendereinladung (Einladung.ics) - mit
        einem Klick übernehmen Sie den Termin in Ihren Kalender.

        Das Gespräch findet an unserem Standort in Erlangen statt:
        Regnitz Medizintechnik GmbH
        Am Röthelheimpark 9, 91052 Erlangen
        Gebäude 2, Empfang

        Ihre Fahrtkosten erstatten wir Ihnen gerne gemäß unserer Reisekostenrichtlinie.

        Mit freundlichen Grüßen

        Petra Rosenberger
        Personalreferentin
        Regnitz Medizintechnik GmbH

        Diese E-Mail wurde über softgarden versendet.
        """)
    ics = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//e-recruiting//DE
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:sg-appointment-4471902-3@softgarden.io
DTSTAMP:20261125T080500Z
DTSTART;TZID=Europe/Berlin:20261201T093000
DTEND;TZID=Europe/Berlin:20261201T103000
SUMMARY:Vorstellungsgespräch Data Engineer Medizinische Bilddaten - Katharina Huber
LOCATION:Regnitz Medizintechnik GmbH\\, Am Röthelheimpark 9\\, 91052 Erlangen\\, Gebäude 2
DESCRIPTION:Gesprächspartner: Petra Rosenberger (Personal)\\, Dr. Stefan Kunkel (Leitung Bildverarbeitung)
ORGANIZER;CN=Petra Rosenberger:mailto:petra.rosenberger@regnitz-medtech.de
ATTENDEE;CN=Katharina Huber;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:katharina.huber@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mout.softgarden.io (mout.softgarden.io [192.0.2.58])",
                        "2026-11-25 09:05:11", B, "4N4bCk1Vr9z3SdG")),
        ("From", addr("Regnitz Medizintechnik GmbH", "noreply@softgarden.io")),
        ("Reply-To", addr("Regnitz Medizintechnik Bewerbermanagement", "bewerbung@regnitz-medtech.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Data Engineer Medizinische Bilddaten (m/w/d)",
                        "iso-8859-1")),
        ("Date", date("2026-11-25 09:05:08", B)),
        ("Message-ID", "<1606.4471902.1795507508@app3.softgarden.io>"),
    ], mixed(text(body, charset="iso-8859-1"),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="Einladung.ics",
                      disposition="attachment", name_param=True)))


@mail(n(12), family="ms_bookings", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-29 11:00", Z), end=utc("2026-09-29 11:45", Z),
      contact=None, company="Sihlquai Insurance Services",
      local="Tue 2026-09-29 11:00", local_end="2026-09-29 11:45", zone=Z,
      note="Microsoft Bookings confirmation for a Zurich employer; the zone label reads '(UTC+01:00) Amsterdam, Berlin, "
           "Bern, Rome, Stockholm, Vienna' although 29 Sep is summer time (UTC+2): 11:00-11:45 CEST -> 09:00Z-09:45Z, as "
           "the ICS (W. Europe Standard Time) confirms; sent from the Bookings mailbox, staff member named without an "
           "address -> contact null")
def k12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:560px">
        <div style="font-size:24px;font-weight:600;padding:16px 0">Your booking has been confirmed</div>
        <div>Hi Katharina Huber,</div>
        <div style="padding-top:8px">Thank you for booking with Sihlquai Insurance Services - Talent Acquisition.</div>
        <table style="margin:16px 0;font-size:14px" cellpadding="4">
        <tr><td style="color:#605e5c">Service</td><td>Data Engineering - first interview (45 min)</td></tr>
        <tr><td style="color:#605e5c">Date and time</td><td>Tuesday, September 29, 2026 11:00 AM - 11:45 AM<br>(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</td></tr>
        <tr><td style="color:#605e5c">Staff</td><td>Nicole Frei</td></tr>
        <tr><td style="color:#605e5c">Location</td><td>Microsoft Teams meeting (join link in the calendar invite)</td></tr>
        </table>
        <div><a href="https://outlook.office365.com/owa/calendar/SihlquaiTalentAcquisition@sihlquai.ch/bookings/">Manage booking</a></div>
        <div style="padding-top:16px">Sihlquai Insurance Services AG<br>Sihlquai 131, 8005 Zürich</div>
        <div style="font-size:11px;color:#8a8886;padding-top:16px">Powered by Microsoft Bookings</div>
        </div></body></html>
        """)
    ics = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Sihlquai Talent Acquisition:mailto:SihlquaiTalentAcquisition@sihlquai.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katharina Huber:mailto:katharina.huber@example.org
DESCRIPTION;LANGUAGE=en-US:Data Engineering - first interview (45 min) with Nicole Frei
UID:040000008200E00074C5B7101A82E00800000000F1C2A7B3C94EDD010000000000000000100000004B7E29D1C0A35F4E8B61D0E93A2C7F15
SUMMARY;LANGUAGE=en-US:Data Engineering - first interview (45 min) - Katharina Huber
DTSTART;TZID=W. Europe Standard Time:20260929T110000
DTEND;TZID=W. Europe Standard Time:20260929T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T121000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2112.outbound.protection.outlook.com [198.51.100.112])",
                        "2026-09-23 14:10:36", Z, "4MhC2y7Ld0z1TqP")),
        ("From", addr("Sihlquai Talent Acquisition", "SihlquaiTalentAcquisition@sihlquai.ch")),
        ("To", KH),
        ("Subject", "Booking confirmed: Data Engineering - first interview (45 min) on Tuesday, September 29, 2026"),
        ("Date", date("2026-09-23 14:10:33", Z)),
        ("Message-ID", "<ZR0P278MB0912C3A1F4E27B6D0A9E1C55D83B0@ZR0P278MB0912.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ], mixed(html(page), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                  disposition="attachment")))


@mail(n(13), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:00", NY), end=None,
      contact="priya.natarajan@ledgerline.com", company="Ledgerline",
      local="Tue 2026-12-08 10:00", zone=NY,
      note="Recruiter prose plus a pasted Zoom invitation: 'next Tuesday, Dec 8 at 10am ET (4pm your time in "
           "Munich)', sent Wed 2 Dec; New York is on EST in December -> 15:00Z; no length given -> end null; "
           "contact = human sender")
def k13() -> bytes:
    body = t("""
        Hi Katharina,

        Thanks for your patience while we lined everything up on our side! Confirming your conversation
        with Ben Adler, our VP of Data, next Tuesday, Dec 8 at 10am ET (4pm your time in Munich). Zoom
        details below.

        Ben will mostly want to hear about the lakehouse migration you led and how you think about data
        contracts. Totally conversational, no live coding.

        Talk soon,
        Priya

        Priya Natarajan | Senior Technical Recruiter | Ledgerline
        priya.natarajan@ledgerline.com | 88 Varick St, New York, NY

        ----

        Priya Natarajan is inviting you to a scheduled Zoom meeting.

        Topic: Ledgerline | Katharina Huber <> Ben Adler
        Time: Dec 8, 2026 10:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://ledgerline.zoom.us/j/84410293377?pwd=bXJkR0pVb2N1TnBqY0x3V1ZtUT09

        Meeting ID: 844 1029 3377
        Passcode: 662914

        ---

        One tap mobile
        +16469313860,,84410293377#,,,,*662914# US
        +496971049922,,84410293377#,,,,*662914# Germany
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])",
                        "2026-12-02 12:40:58", NY, "4N7wQd3Mf6z8RkB")),
        ("From", addr("Priya Natarajan", "priya.natarajan@ledgerline.com")),
        ("To", addr("Katharina Huber", ME)),
        ("Cc", addr("Ben Adler", "ben.adler@ledgerline.com")),
        ("Subject", "Ledgerline - chat with Ben (VP Data) next Tuesday"),
        ("Date", date("2026-12-02 12:40:55", NY)),
        ("Message-ID", "<CAH7p2Lq0vR9s+Xk3tY8wNf4bZm1eJ6uA5cDg2hQo@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(14), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-16 14:00", B), end=None,
      contact="max.oberhauser@stadtbach-analytics.de", company="Stadtbach Analytics",
      local="Fri 2026-10-16 14:00", zone=B,
      note="CTO's reply from his phone at 00:47 on Wed 14 Oct (+0200; in UTC still Tue 13 Oct): 'übermorgen um 14 "
           "Uhr' resolves against the Date's local day -> Fri 16 Oct 14:00 CEST -> 12:00Z (the quoted thread says "
           "Friday is free, Thursday only until 12); '1-1,5 Stunden' is not exact -> end null")
def k14() -> bytes:
    body = t("""
        Servus Katharina,

        passt perfekt, dann machen mas übermorgen um 14 Uhr bei uns im Büro. Wir sitzen im
        Werksviertel, Atelierstraße 10, 3. Stock, einfach bei Stadtbach klingeln. Mit dabei ist noch
        die Vroni aus dem Data-Team, wir nehmen uns so 1-1,5 Stunden, kein Whiteboard-Quiz versprochen 😉

        Bis dann!
        Max

        Von meinem iPhone gesendet

        > Am 13.10.2026 um 21:18 schrieb Katharina Huber <katharina.huber@example.org>:
        >
        > Hallo Max,
        >
        > danke für die schnelle Antwort! Donnerstag geht bei mir leider nur bis 12, Freitag wäre ich
        > ganz flexibel.
        >
        > Viele Grüße
        > Katharina
        >
        >> Am 13.10.2026 um 18:02 schrieb Max Oberhauser <max.oberhauser@stadtbach-analytics.de>:
        >>
        >> Hi Katharina, magst du diese Woche noch auf einen Kaffee und ein richtiges Gespräch bei
        >> uns vorbeikommen? Donnerstag oder Freitag Nachmittag?
        >>
        >> Max
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.stadtbach-analytics.de (mail.stadtbach-analytics.de [203.0.113.204])",
                        "2026-10-14 00:47:21", B, "4MlS5k8Nh0z2WtC")),
        ("From", addr("Max Oberhauser", "max.oberhauser@stadtbach-analytics.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", "Re: Kaffee & Kennenlernen"),
        ("Date", date("2026-10-14 00:47:18", B)),
        ("Message-ID", "<A3F0C2E1-7B9D-4E5A-9C18-2D6F4B0E8A71@stadtbach-analytics.de>"),
        ("In-Reply-To", "<5b2d8f1e-0c47-4a39-b6e2-91d3c7a0f458@example.org>"),
        ("References", "<E1C7A4B2-3D58-4F0E-A29B-7C61D8E3F902@stadtbach-analytics.de> "
                       "<5b2d8f1e-0c47-4a39-b6e2-91d3c7a0f458@example.org>"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ], text(body, params="format=flowed; delsp=yes"))


@mail(n(15), family="taleo_forward", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:00", B), end=None,
      contact="claudia.brandl@suedstern-versicherung.de", company="Südstern Versicherung",
      local="Mon 2026-11-02 09:00", zone=B,
      note="The candidate forwards a Taleo invitation from her old address to herself (message/rfc822 attached); "
           "inner mail: 'Montag, 02.11.2026, 09:00 Uhr' -> CET (after 25 Oct) -> 08:00Z; no length -> end null; "
           "never the candidate: contact = the department head's address in the forwarded body")
def k15() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Huber,

        vielen Dank für Ihre Bewerbung als Data Engineer Schadenanalytik (w/m/d), Referenz 2600815.

        Gerne möchten wir Sie persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

        Datum:             Montag, 02.11.2026
        Uhrzeit:           09:00 Uhr
        Ort:               Südstern Versicherung AG, Leopoldstraße 244, 80807 München,
                           Haus A, Raum 4.12
        Gesprächspartner:  Dr. Claudia Brandl (Bereichsleiterin Data Office),
                           Kevin Lutz (Personalreferent)

        Bitte melden Sie sich 10 Minuten vor Beginn am Empfang in Haus A. Für Rückfragen steht Ihnen
        Frau Dr. Brandl unter claudia.brandl@suedstern-versicherung.de gerne zur Verfügung.

        Mit freundlichen Grüßen

        Südstern Versicherung AG
        Personalmarketing & Recruiting

        Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    inner = message([
        ("Return-Path", "<do-not-reply@taleo.net>"),
        ("From", addr("Südstern Versicherung AG", "do-not-reply@taleo.net", "iso-8859-1")),
        ("To", "k.huber@example.com"),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Referenz 2600815", "iso-8859-1")),
        ("Date", date("2026-10-26 17:30:02", B)),
        ("Message-ID", "<1603729802117.JavaMail.taleo@tlsmtp14.taleo.net>"),
    ], text(inner_body, charset="iso-8859-1"))
    note = t("""
        für den Kalender - Termin nächste Woche Montag früh

        K.
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mout.example.com (mout.example.com [192.0.2.19])",
                        "2026-10-27 07:58:40", B, "4MnX2f9Lc4z6BgH")),
        ("From", addr("Katharina Huber", "k.huber@example.com")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch - Referenz 2600815")),
        ("Date", date("2026-10-27 07:58:37", B)),
        ("Message-ID", "<2e8c5a71-94b0-4f3d-a6c2-7d10e9b84f26@example.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(note, cte="8bit"), attached_message(inner, "Einladung zum Vorstellungsgespraech.eml")))


@mail(n(16), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-10 14:00", B), end=utc("2026-12-10 15:00", B),
      contact="hannah.okafor@meridiangrid.com", company="Meridian Grid Solutions",
      local="Thu 2026-12-10 14:00", local_end="2026-12-10 15:00", zone=B,
      note="iCIMS confirmation for the Munich office: 'Thursday, December 10, 2026, 14:00 CET (Munich time), "
           "scheduled for 60 minutes' -> 13:00Z-14:00Z; a director joins from Houston (zone mentioned, not the "
           "interview's); sender is the iCIMS tenant address, contact = Reply-To talent partner")
def k16() -> bytes:
    body = t("""
        Dear Katharina,

        Thank you for your interest in Meridian Grid Solutions. This email confirms your interview for
        the Senior Data Engineer, Grid Analytics position (Req 2026-7741).

        Date:      Thursday, December 10, 2026
        Time:      14:00 CET (Munich time), scheduled for 60 minutes
        Location:  Meridian Grid Solutions GmbH, Arnulfstrasse 199, 80634 Munich
                   Please ask for Hannah Okafor at reception.
        Panel:     Hannah Okafor (Talent Partner EMEA)
                   Rajesh Kulkarni (Director, Grid Analytics - joining by video from Houston)

        Should you need to make any changes, please reply to this email.

        Sincerely,

        Hannah Okafor
        Talent Partner EMEA
        Meridian Grid Solutions
        """)
    page = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Dear Katharina,</p>
        <p>Thank you for your interest in Meridian Grid Solutions. This email confirms your interview for the
        <b>Senior Data Engineer, Grid Analytics</b> position (Req 2026-7741).</p>
        <table border="0" cellpadding="3" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <tr><td><b>Date:</b></td><td>Thursday, December 10, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>14:00 CET (Munich time), scheduled for 60 minutes</td></tr>
        <tr><td valign="top"><b>Location:</b></td><td>Meridian Grid Solutions GmbH, Arnulfstrasse 199, 80634 Munich<br>Please ask for Hannah Okafor at reception.</td></tr>
        <tr><td valign="top"><b>Panel:</b></td><td>Hannah Okafor (Talent Partner EMEA)<br>Rajesh Kulkarni (Director, Grid Analytics - joining by video from Houston)</td></tr>
        </table>
        <p>Should you need to make any changes, please reply to this email.</p>
        <p>Sincerely,<br><br>Hannah Okafor<br>Talent Partner EMEA<br>Meridian Grid Solutions</p>
        <img src="https://meridiangrid.icims.com/icims2/servlet/icims2?module=AppInert&amp;action=track&amp;id=88213" width="1" height="1" alt="">
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mailout3.icims.com (mailout3.icims.com [198.51.100.163])",
                        "2026-12-04 16:20:18", B, "4N9eHs0Tb5z1MwQ")),
        ("From", addr("Meridian Grid Solutions", "meridiangrid@talent.icims.com")),
        ("Reply-To", addr("Hannah Okafor", "hannah.okafor@meridiangrid.com")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", "Interview Confirmation - Senior Data Engineer, Grid Analytics (Req 2026-7741)"),
        ("Date", date("2026-12-04 16:20:15", B)),
        ("Message-ID", "<1796397615118.4471.icims.tm03@talent.icims.com>"),
    ], alt(text(body, cte="7bit"), html(page)))


# =========================================================================== positives: rescheduled


@mail(n(17), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-11-05 15:00", B), end=utc("2026-11-05 16:00", B),
      contact="stefan.obermaier@muehlbach-mobility.de", company="Mühlbach Mobility",
      local="Thu 2026-11-05 15:00", local_end="2026-11-05 16:00", zone=B,
      days=(("Wed", "2026-11-04"), ("Thu", "2026-11-05")),
      note="German Outlook meeting update (SEQUENCE:2): 'statt Mittwoch, 04.11. um 10:00 Uhr ... nun am Donnerstag, "
           "05.11. von 15:00 bis 16:00 Uhr', CET -> 14:00Z-15:00Z (the new time); ICS TZID W. Europe Standard Time; "
           "contact = sender / ORGANIZER team lead")
def k17() -> bytes:
    body = t("""
        Wann: Donnerstag, 5. November 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Mühlbach Mobility, Hanauer Straße 46, 80992 München - Raum "Isar" (3. OG)

        Hallo Frau Huber,

        wie eben telefonisch besprochen, verschieben wir unser Gespräch: statt Mittwoch, 04.11. um
        10:00 Uhr treffen wir uns nun am Donnerstag, 05.11. von 15:00 bis 16:00 Uhr. Ort und
        Teilnehmer bleiben gleich (Frau Yilmaz aus dem Recruiting und ich).

        Viele Grüße
        Stefan Obermaier
        Teamleiter Data Platform
        Mühlbach Mobility GmbH | Hanauer Straße 46 | 80992 München
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Hallo Frau Huber,<o:p></o:p></p>
        <p class="MsoNormal">wie eben telefonisch besprochen, verschieben wir unser Gespräch: statt Mittwoch, 04.11. um 10:00 Uhr
        treffen wir uns nun am <b>Donnerstag, 05.11. von 15:00 bis 16:00 Uhr</b>. Ort und Teilnehmer bleiben gleich
        (Frau Yilmaz aus dem Recruiting und ich).<o:p></o:p></p>
        <p class="MsoNormal">Viele Grüße<br>Stefan Obermaier<o:p></o:p></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Teamleiter Data Platform<br>
        Mühlbach Mobility GmbH | Hanauer Straße 46 | 80992 München</span><o:p></o:p></p>
        </div></body></html>
        """)
    ics = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Obermaier Stefan:mailto:stefan.obermaier@muehlbach-mobility.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katharina Huber:mailto:katharina.huber@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yilmaz Derya:mailto:derya.yilmaz@muehlbach-mobility.de
UID:040000008200E00074C5B7101A82E0080000000062A9D4E0F16BDD01000000000000000010000000E5B3C8A1D2F04E9B9A7C1F3E5D7B9A02
SUMMARY;LANGUAGE=de-DE:Interview Senior Data Engineer - Katharina Huber
DTSTART;TZID=W. Europe Standard Time:20261105T150000
DTEND;TZID=W. Europe Standard Time:20261105T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T094100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:Mühlbach Mobility\\, Hanauer Straße 46\\, 80992 München - Raum "Isar" (3. OG)
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1893421077
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
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2107.outbound.protection.outlook.com [198.51.100.107])",
                        "2026-10-30 10:41:24", B, "4MpA8r1Dx7z3KcL")),
        ("From", addr("Obermaier Stefan", "stefan.obermaier@muehlbach-mobility.de")),
        ("To", addr("Katharina Huber", ME)),
        ("CC", addr("Yilmaz Derya", "derya.yilmaz@muehlbach-mobility.de")),
        ("Subject", enc("Aktualisiert: Interview Senior Data Engineer - Katharina Huber")),
        ("Thread-Topic", "Interview Senior Data Engineer - Katharina Huber"),
        ("Thread-Index", "AdtHd0k2cE3rUq9ZQ1y8oP4wL6M9Bg=="),
        ("Date", date("2026-10-30 10:41:20", B)),
        ("Message-ID", "<FR2P281MB1744D09A3C7E5B1F2A4D8E60C91B7@FR2P281MB1744.DEUP281.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(18), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-18 14:00", B), end=utc("2026-11-18 15:45", B),
      contact="ellie.marsh@fenwickrowe.co.uk", company="Fenwick Rowe",
      local="Wed 2026-11-18 14:00", local_end="2026-11-18 15:45", zone=B,
      days=(("Tue", "2026-11-17"),),
      note="GoodTime reschedule of a London employer's final round, times shown in the candidate's zone: Wednesday 18 "
           "November, 14:00-14:45 and 15:00-15:45 CET -> first start to last end 13:00Z-14:45Z (the old day, Tuesday "
           "17 November, is named without times); contact = Reply-To coordinator")
def k18() -> bytes:
    body = t("""
        Hi Katharina,

        Your final round interview with Fenwick Rowe has been rescheduled. Please note the new date
        below - your previous schedule on Tuesday, 17 November is no longer valid.

        Wednesday, 18 November 2026
        All times shown in Central European Time (CET)

        14:00 - 14:45   System design - Tom Haskell, Principal Engineer
        15:00 - 15:45   Hiring manager conversation - Ruth Adebayo, Director of Data

        Join via Zoom: https://fenwickrowe.zoom.us/j/91377264018

        Your interviewers will send separate calendar invitations for each session.

        If you have any questions, simply reply to this email to reach Ellie Marsh (Recruiting
        Coordinator).

        Fenwick Rowe Talent Team

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="margin:0;background:#f3f4f6">
        <table width="100%" role="presentation"><tr><td align="center">
        <table width="600" role="presentation" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#111827">
        <tr><td style="padding:24px 32px">
        <p>Hi Katharina,</p>
        <p>Your final round interview with Fenwick Rowe has been <b>rescheduled</b>. Please note the new date below &ndash;
        your previous schedule on Tuesday, 17 November is no longer valid.</p>
        <p style="font-size:16px;font-weight:bold;margin-bottom:2px">Wednesday, 18 November 2026</p>
        <p style="color:#6b7280;margin-top:0">All times shown in Central European Time (CET)</p>
        <table role="presentation" cellpadding="6" style="font-size:14px;border-collapse:collapse">
        <tr style="border-top:1px solid #e5e7eb"><td>14:00 &ndash; 14:45</td><td>System design &ndash; Tom Haskell, Principal Engineer</td></tr>
        <tr style="border-top:1px solid #e5e7eb"><td>15:00 &ndash; 15:45</td><td>Hiring manager conversation &ndash; Ruth Adebayo, Director of Data</td></tr>
        </table>
        <p>Join via Zoom: <a href="https://fenwickrowe.zoom.us/j/91377264018">https://fenwickrowe.zoom.us/j/91377264018</a></p>
        <p>Your interviewers will send separate calendar invitations for each session.</p>
        <p>If you have any questions, simply reply to this email to reach Ellie Marsh (Recruiting Coordinator).</p>
        <p>Fenwick Rowe Talent Team</p>
        </td></tr>
        <tr><td style="padding:0 32px 24px;font-size:11px;color:#9ca3af">Powered by GoodTime</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from o1.email.goodtime.io (o1.email.goodtime.io [198.51.100.18])",
                        "2026-11-12 16:05:47", L, "4Mx6Rb9Fz1z4GnD")),
        ("From", addr("Fenwick Rowe Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Ellie Marsh", "ellie.marsh@fenwickrowe.co.uk")),
        ("To", KH),
        ("Subject", "Updated: your final interview with Fenwick Rowe has been rescheduled"),
        ("Date", date("2026-11-12 16:05:44", L)),
        ("Message-ID", "<gt.resched.3f81c0a9e2d54b7a@goodtime.io>"),
    ], alt(text(body), html(page)))


@mail(n(19), family="human_prose", lang="de-CH", interview=True, kind="rescheduled",
      start=utc("2026-12-07 10:30", Z), end=utc("2026-12-07 11:15", Z),
      contact="reto.baumgartner@seefeld-analytics.ch", company="Seefeld Analytics",
      local="Mon 2026-12-07 10:30", local_end="2026-12-07 11:15", zone=Z,
      days=(("Fri", "2026-12-04"),),
      note="Swiss standard German (no ß, 'Grüsse', '10.30 Uhr'), windows-1252 QP: 'neu auf Montag, 7. Dezember 2026, "
           "10.30 Uhr angesetzt (statt Freitag, 4. Dezember, 14.00 Uhr)', 'dauert 45 Minuten' -> Zurich CET -> "
           "09:30Z-10:15Z (the new time); contact = human sender")
def k19() -> bytes:
    body = t("""
        Grüezi Frau Huber

        Leider muss ich unser Gespräch vom kommenden Freitag verschieben – unser CTO ist an diesem Tag
        kurzfristig an einem Kundentermin in Basel.

        Ich habe das Gespräch deshalb neu auf Montag, 7. Dezember 2026, 10.30 Uhr angesetzt (statt
        Freitag, 4. Dezember, 14.00 Uhr). Es dauert 45 Minuten und findet wie geplant per Teams statt;
        die aktualisierte Einladung erhalten Sie separat.

        Besten Dank für Ihr Verständnis und bis Montag.

        Freundliche Grüsse

        Reto Baumgartner
        Head of People
        Seefeld Analytics AG
        Seefeldstrasse 224, 8008 Zürich
        +41 44 552 18 40
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.seefeld-analytics.ch (mail.seefeld-analytics.ch [192.0.2.224])",
                        "2026-12-01 08:52:33", Z, "4N6cWp4Hs8z2QfK")),
        ("From", addr("Reto Baumgartner", "reto.baumgartner@seefeld-analytics.ch")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Verschiebung unseres Gesprächs", "windows-1252")),
        ("Date", date("2026-12-01 08:52:30", Z)),
        ("Message-ID", "<ZRAP278MB04418E1B2C3D4F5A6B7C8D9E0F1A2@ZRAP278MB0441.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
    ], text(body, charset="windows-1252"))


@mail(n(20), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-09 11:00", B), end=utc("2026-12-09 11:30", B),
      contact="greta.lindqvist@nordlicht-games.de", company="Nordlicht Games",
      local="Wed 2026-12-09 11:00", local_end="2026-12-09 11:30", zone=B,
      days=(("Mon", "2026-12-07"),),
      note="Workable reschedule (base64): new time 'Wednesday, December 9, 2026, 11:00 - 11:30 (Europe/Berlin)', "
           "previous Monday 7 December 16:00-16:30 -> CET -> 10:00Z-10:30Z; From no-reply and Reply-To a Workable "
           "relay, contact = the interviewer's address quoted in her note")
def k20() -> bytes:
    body = t("""
        Hi Katharina,

        Your interview for the Data Engineer (Analytics Platform) role at Nordlicht Games has been
        rescheduled.

        New time:       Wednesday, December 9, 2026, 11:00 - 11:30 (Europe/Berlin)
        Previous time:  Monday, December 7, 2026, 16:00 - 16:30 (Europe/Berlin)

        Type:           Video call (Google Meet)
        Interviewer:    Greta Lindqvist, Engineering Manager

        Greta wrote:
        "Sorry for shuffling things around - our release slipped to Monday. Looking forward to
        Wednesday! If anything comes up you can also reach me at greta.lindqvist@nordlicht-games.de."

        Add to calendar: Google | Outlook | iCal

        Best regards,
        Nordlicht Games Hiring Team

        Sent with Workable
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1b1b1b">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Katharina,</p>
        <p>Your interview for the <b>Data Engineer (Analytics Platform)</b> role at Nordlicht Games has been rescheduled.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#6b6b6b">New time</td><td><b>Wednesday, December 9, 2026, 11:00 - 11:30 (Europe/Berlin)</b></td></tr>
        <tr><td style="color:#6b6b6b">Previous time</td><td><s>Monday, December 7, 2026, 16:00 - 16:30 (Europe/Berlin)</s></td></tr>
        <tr><td style="color:#6b6b6b">Type</td><td>Video call (Google Meet)</td></tr>
        <tr><td style="color:#6b6b6b">Interviewer</td><td>Greta Lindqvist, Engineering Manager</td></tr>
        </table>
        <p>Greta wrote:</p>
        <blockquote style="border-left:3px solid #00c88c;margin:0;padding-left:12px">Sorry for shuffling things around - our release
        slipped to Monday. Looking forward to Wednesday! If anything comes up you can also reach me at greta.lindqvist@nordlicht-games.de.</blockquote>
        <p>Add to calendar: <a href="https://apply.workable.com/nordlicht-games/calendar/google">Google</a> |
        <a href="https://apply.workable.com/nordlicht-games/calendar/outlook">Outlook</a> |
        <a href="https://apply.workable.com/nordlicht-games/calendar/ical">iCal</a></p>
        <p>Best regards,<br>Nordlicht Games Hiring Team</p>
        <p style="font-size:11px;color:#999">Sent with Workable</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail193-41.workablemail.com (mail193-41.workablemail.com [203.0.113.193])",
                        "2026-12-03 15:33:09", B, "4N8HxT2Bq6z9PdM")),
        ("From", addr("Nordlicht Games", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Nordlicht Games", "nordlicht-games+a7c3e91f0b@candidates.workablemail.com")),
        ("To", KH),
        ("Subject", "Your interview with Nordlicht Games has been rescheduled"),
        ("Date", date("2026-12-03 15:33:06", B)),
        ("Message-ID", "<wk.interview.updated.a7c3e91f0b.1796308386@workablemail.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-02 10:00", NY), end=utc("2026-11-02 11:00", NY),
      contact="marcus.feld@brightgauge.io", company="Brightgauge",
      local="Mon 2026-11-02 10:00", local_end="2026-11-02 11:00", zone=NY,
      note="Google Calendar cancellation (METHOD:CANCEL) sent Thu 29 Oct in EDT for 'Monday Nov 2, 2026 10am - 11am "
           "Eastern Time - New York': the US is back on EST from 1 Nov -> 15:00Z-16:00Z (the cancelled slot); "
           "no new time; contact = ORGANIZER")
def k21() -> bytes:
    body = t("""
        This event has been canceled.

        Brightgauge | Technical interview - Katharina Huber
        Monday Nov 2, 2026 ⋅ 10am – 11am
        Eastern Time - New York

        Hi Katharina, so sorry - I have to cancel Monday's session, I'm out on unexpected leave next
        week. Jess Moreno from our recruiting team will reach out about new times.

        Guests
        Marcus Feld - organizer
        katharina.huber@example.org

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span itemprop="object" itemscope itemtype="http://schema.org/Event">
        <meta itemprop="eventStatus" content="http://schema.org/EventCancelled"></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:560px">
        <div style="font-size:14px;color:#d93025">This event has been canceled.</div>
        <h2 style="font-size:20px;font-weight:400;text-decoration:line-through">Brightgauge | Technical interview - Katharina Huber</h2>
        <div style="font-size:14px">Monday Nov 2, 2026 &#8901; 10am &ndash; 11am<br>Eastern Time - New York</div>
        <p style="font-size:14px">Hi Katharina, so sorry - I have to cancel Monday&#39;s session, I&#39;m out on unexpected leave next week.
        Jess Moreno from our recruiting team will reach out about new times.</p>
        <div style="font-size:14px">Guests<br>Marcus Feld - organizer<br>katharina.huber@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div>
        """)
    ics = f"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["America/New_York"]}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261102T100000
DTEND;TZID=America/New_York:20261102T110000
DTSTAMP:20261029T131400Z
ORGANIZER;CN=Marcus Feld:mailto:marcus.feld@brightgauge.io
UID:6k2t9r1qfh0c5v8b3nm7adl4ps@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=katharina.huber@example.org;X-NUM-GUESTS=0:mailto:katharina.huber@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Feld;X-NUM-GUESTS=0:mailto:marcus.feld@brightgauge.io
CREATED:20261021T184512Z
DESCRIPTION:Technical interview (data pipelines & SQL).
LAST-MODIFIED:20261029T131400Z
LOCATION:https://meet.google.com/xre-hdqz-mfa
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Brightgauge | Technical interview - Katharina Huber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                        "2026-10-29 09:14:12", NY, "4MoB0v7Gj3z5TkW")),
        ("From", addr("Marcus Feld", "marcus.feld@brightgauge.io")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Reply-To", addr("Marcus Feld", "marcus.feld@brightgauge.io")),
        ("To", ME),
        ("Subject", "Canceled event: Brightgauge | Technical interview - Katharina Huber @ Mon Nov 2, 2026 "
                    "10am - 11am (EST) (katharina.huber@example.org)"),
        ("Date", date("2026-10-29 09:14:09", NY)),
        ("Message-ID", "<calendar-c41d8e2a-9b07-4f63-a5e1-7d2c9f0b6e38@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(22), family="recruitee", lang="de", interview=True, kind="cancelled",
      start=utc("2026-09-17 11:00", B), end=None,
      contact="nadine.gruber@perlach-cloud.de", company="Perlach Cloud",
      local="Thu 2026-09-17 11:00", zone=B,
      note="Recruitee mail cancelling 'das für Donnerstag, 17.09.2026, um 11:00 Uhr geplante Gespräch' because the role "
           "was filled internally (subject says 'Absage', but it is the interview that is called off) -> cancelled, "
           "CEST -> 09:00Z, no length -> end null; no new time; contact = recruiter address in the signature")
def k22() -> bytes:
    body = t("""
        Liebe Frau Huber,

        leider muss ich Ihnen mitteilen, dass wir das für Donnerstag, 17.09.2026, um 11:00 Uhr geplante
        Gespräch zur Position „Senior Data Engineer (m/w/d)“ absagen müssen. Die Stelle wurde in der
        Zwischenzeit intern besetzt – das kam auch für uns überraschend.

        Den Termin in Ihrem Kalender können Sie daher löschen. Es tut mir wirklich leid, dass ich Ihnen
        so kurzfristig Bescheid gebe. Wenn Sie einverstanden sind, würden wir Ihr Profil gerne in
        unserem Talentpool behalten und uns bei passenden Stellen wieder bei Ihnen melden.

        Viele Grüße
        Nadine Gruber
        Talent Acquisition
        Perlach Cloud GmbH | Carl-Wery-Straße 34 | 81739 München
        nadine.gruber@perlach-cloud.de
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Liebe Frau Huber,</p>
        <p>leider muss ich Ihnen mitteilen, dass wir das für Donnerstag, 17.09.2026, um 11:00 Uhr geplante Gespräch zur Position
        „Senior Data Engineer (m/w/d)“ absagen müssen. Die Stelle wurde in der Zwischenzeit intern besetzt – das kam auch für uns
        überraschend.</p>
        <p>Den Termin in Ihrem Kalender können Sie daher löschen. Es tut mir wirklich leid, dass ich Ihnen so kurzfristig Bescheid gebe.
        Wenn Sie einverstanden sind, würden wir Ihr Profil gerne in unserem Talentpool behalten und uns bei passenden Stellen wieder
        bei Ihnen melden.</p>
        <p>Viele Grüße<br>Nadine Gruber<br>Talent Acquisition<br>Perlach Cloud GmbH | Carl-Wery-Straße 34 | 81739 München<br>
        <a href="mailto:nadine.gruber@perlach-cloud.de">nadine.gruber@perlach-cloud.de</a></p>
        <p style="font-size:11px;color:#aaa">Gesendet mit Recruitee</p>
        </div>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.recruitee.com (mail.recruitee.com [203.0.113.240])",
                        "2026-09-14 14:02:51", B, "4MfP6d2Xw0z8CjR")),
        ("From", addr("Perlach Cloud GmbH", "no-reply@recruitee.com")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Absage unseres Gesprächstermins am 17.09.")),
        ("Date", date("2026-09-14 14:02:48", B)),
        ("Message-ID", "<6f0b3e9a21c84d57.perlachcloud@recruitee.com>"),
    ], alt(text(body), html(page)))


@mail(n(23), family="exchange_outlook", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-26 10:00", L), end=utc("2026-10-26 11:00", L),
      contact="oliver.pennington@thamesbridge.co.uk", company="Thamesbridge Analytics",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=L,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED) sent Fri 23 Oct in BST for Mon 26 Oct 10:00-11:00 "
           "'GMT Standard Time', the first day after the UK clock change -> 10:00Z-11:00Z (the cancelled slot; same "
           "thread as the original invitation); new slot only promised; contact = sender / ORGANIZER")
def k23() -> bytes:
    body = t("""
        When: Monday, 26 October 2026 10:00-11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        Where: Microsoft Teams Meeting

        Hi Katharina,

        Really sorry to do this - I've been pulled into a client offsite on Monday, so I have to cancel
        our session. Aisha from our talent team will be in touch early next week to find a new slot.

        Apologies again,
        Oliver
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-GB"><div class="WordSection1">
        <p class="MsoNormal">Hi Katharina,<o:p></o:p></p>
        <p class="MsoNormal">Really sorry to do this &#8211; I&#8217;ve been pulled into a client offsite on Monday, so I have to cancel
        our session. Aisha from our talent team will be in touch early next week to find a new slot.<o:p></o:p></p>
        <p class="MsoNormal">Apologies again,<br>Oliver<o:p></o:p></p>
        </div></body></html>
        """)
    ics = f"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["GMT Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Oliver Pennington:mailto:oliver.pennington@thamesbridge.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Katharina Huber:mailto:katharina.huber@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Priyanka Sethi:mailto:priyanka.sethi@thamesbridge.co.uk
UID:040000008200E00074C5B7101A82E00800000000B0F3D1A9E461DD01000000000000000010000000C9A3B57E2F0D4B4F8E4D7A1E3C5B2F90
SUMMARY;LANGUAGE=en-GB:Canceled: Interview: Senior Data Engineer - Katharina Huber / Thamesbridge
DTSTART;TZID=GMT Standard Time:20261026T100000
DTEND;TZID=GMT Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261023T111000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2126734911
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from GBR01-CWL-obe.outbound.protection.outlook.com (mail-cwlgbr01on2124.outbound.protection.outlook.com [198.51.100.124])",
                        "2026-10-23 12:10:15", L, "4MkZq3Nb8z2VxRt")),
        ("From", addr("Oliver Pennington", "oliver.pennington@thamesbridge.co.uk")),
        ("To", KH),
        ("CC", addr("Priyanka Sethi", "priyanka.sethi@thamesbridge.co.uk")),
        ("Subject", "Canceled: Interview: Senior Data Engineer - Katharina Huber / Thamesbridge"),
        ("Thread-Topic", "Interview: Senior Data Engineer - Katharina Huber / Thamesbridge"),
        ("Thread-Index", "AdtkRw1c7V2bQk9aQfy3nP0xM2R1JwAa5Kq0"),
        ("Date", date("2026-10-23 12:10:11", L)),
        ("Message-ID", "<LO4P265MB6192F7A1C3E9B5D2A0E4C8B71F36D@LO4P265MB6192.GBRP265.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(n(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Agentur für Arbeit invites the candidate (registered as job-seeking before her fixed-term contract ends) "
           "to a counselling appointment 'Mittwoch, 14.10.2026, 09:15 Uhr': a fixed time, and it mentions "
           "Vorstellungsgespräche, but it is not a job interview -> negative")
def k24() -> bytes:
    body = t("""
        Sehr geehrte Frau Huber,

        vielen Dank für Ihre Arbeitsuchendmeldung. Ich möchte mit Ihnen über Ihre berufliche Situation
        und Ihre bisherigen Bewerbungsaktivitäten sprechen und lade Sie hiermit zu einem persönlichen
        Beratungsgespräch ein:

        Termin:          Mittwoch, 14.10.2026, 09:15 Uhr
        Ort:             Agentur für Arbeit München, Dienststelle Mitte, Zimmer 3.118
        Ansprechpartner: Herr Wolfgang Eibl, Arbeitsvermittlung (Team 412)
        Kundennummer:    841D337152

        Bitte bringen Sie zu dem Termin mit:
        - Ihren Personalausweis
        - Ihren aktuellen Lebenslauf
        - Ihren Arbeitsvertrag (befristet bis 31.12.2026)
        - ggf. Einladungen zu Vorstellungsgesprächen und Absagen der letzten Wochen

        Wenn Sie den Termin aus einem wichtigen Grund - zum Beispiel wegen eines
        Vorstellungsgesprächs - nicht wahrnehmen können, teilen Sie mir dies bitte vorher mit.
        Einen neuen Termin können Sie auch über die Service-Nummer vereinbaren.

        Mit freundlichen Grüßen
        Im Auftrag
        Wolfgang Eibl
        Agentur für Arbeit München

        Dies ist eine automatisch versandte Nachricht. Die Rechtsfolgenbelehrung finden Sie in Ihrem
        Postfach unter www.arbeitsagentur.de/eservices.
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mx-out2.arbeitsagentur.de (mx-out2.arbeitsagentur.de [192.0.2.33])",
                        "2026-10-05 07:12:40", B, "4MjT8s3Ld1z7RwN")),
        ("From", addr("Agentur für Arbeit München", "noreply@arbeitsagentur.de", "iso-8859-1")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Einladung zum Beratungsgespräch - Ihre Arbeitsuchendmeldung", "iso-8859-1")),
        ("Date", date("2026-10-05 07:12:37", B)),
        ("Message-ID", "<20261005051237.8841D337152.vam@arbeitsagentur.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1"))


@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A freelance journalist confirms a phone interview with the candidate for a magazine portrait "
           "('Donnerstag, 8.10., um 17 Uhr'): confirmed time, the word Interview, but she is the interviewee of the "
           "press, not a job candidate -> negative")
def k25() -> bytes:
    body = t("""
        Hallo Katharina,

        super, dass es klappt! Dann telefonieren wir am Donnerstag, 8.10., um 17 Uhr - ich rufe dich
        auf dem Handy an. Das Interview dauert ca. 30 Minuten, ich nehme es auf (nur für meine
        Notizen) und schicke dir die Zitate vor Veröffentlichung zur Freigabe.

        Themen grob:
        - dein Weg von der Statistik ins Data Engineering
        - wie Teams in München gerade Data Engineers suchen und auswählen
        - was du Einsteigerinnen raten würdest

        Der Artikel erscheint in der Dezember-Ausgabe, Arbeitstitel "Die Frauen hinter den Pipelines".

        Viele Grüße
        Johanna

        --
        Johanna Weidinger
        Freie Journalistin | Datenwerk - Magazin für Datenkultur
        +49 170 5523 918
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-ej1-f44.google.com (mail-ej1-f44.google.com [209.85.218.44])",
                        "2026-10-02 16:20:09", B, "4MhZ1p6Wc9z4LtK")),
        ("From", addr("Johanna Weidinger", "j.weidinger@datenwerk-magazin.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Re: Interview für unser Porträt „Frauen in Data Engineering“")),
        ("Date", date("2026-10-02 16:20:06", B)),
        ("Message-ID", "<CAJw8fK2p9rX0m4Ls+Q7vHc1nTd5Ez3yB6uGa8oWk@mail.gmail.com>"),
        ("In-Reply-To", "<0e4f7b21-6c9a-4d83-b15e-a2d7c09f3e68@example.org>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Podcast host confirms a recording slot 'Tuesday 17 November at 5pm UK / 6pm CET' with an ICS attached: "
           "a confirmed time for the candidate as a guest, not a job interview -> negative")
def k26() -> bytes:
    body = t("""
        Hey Katharina,

        You're booked in! Recording for episode 87 ("Streaming in the real world") is Tuesday
        17 November at 5pm UK / 6pm CET. We'll use Riverside - link below. Please join 10 minutes
        early for a sound check and use headphones if you can.

        Studio link: https://riverside.fm/studio/pipelines-and-pints?t=8f2c1e

        We usually record for about an hour and edit it down to ~45 min. The episode goes out in early
        December, I'll send you the link before it's public.

        Cheers,
        Tom

        Tom Brennan
        Host, Pipelines & Pints - a podcast about data engineering
        """)
    ics = """
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261117T170000Z
DTEND:20261117T180000Z
DTSTAMP:20261110T180500Z
ORGANIZER;CN=Tom Brennan:mailto:tom@pipelinesandpints.fm
UID:2qk7d0v9f1e3m5b8n4c6hs2ra7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katharina.huber@example.org:mailto:katharina.huber@example.org
SUMMARY:Pipelines & Pints ep. 87 - recording with Katharina Huber
LOCATION:https://riverside.fm/studio/pipelines-and-pints?t=8f2c1e
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
                        "2026-11-10 19:05:31", B, "4MvQ7c2Hn5z0DrW")),
        ("From", addr("Tom Brennan", "tom@pipelinesandpints.fm")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", "Recording confirmed: Pipelines & Pints ep. 87 - Tue 17 Nov, 6pm CET"),
        ("Date", date("2026-11-10 19:05:28", B)),
        ("Message-ID", "<CAF3n7Yb1qW8s0Kx+Rz4pLm9dVc2Ht6eJ5gUo1aNe@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(27), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="Business school confirms an admission interview for a part-time Executive MBA ('Friday, 23 October 2026, "
           "16:00 - 16:45 CEST', interviewers named, Zoom): 'interview is confirmed' wording, but it is a study "
           "admission, not a job interview -> negative")
def k27() -> bytes:
    body = t("""
        Dear Ms Huber,

        Thank you for submitting your application for the Executive MBA (Part-time) programme, intake
        March 2027. We are pleased to invite you to the next step of our selection process, a personal
        admission interview.

        Your interview is confirmed for:
        Friday, 23 October 2026, 16:00 - 16:45 CEST
        Format: Zoom - https://isar-business-school.zoom.us/j/97512046683
        Interviewers: Prof. Dr. Andreas Koller (Academic Director) and Claire Whitmore (Admissions)

        The conversation will cover your professional experience, your motivation for the programme
        and how you plan to combine your studies with your work. Please have your passport or ID card
        ready for identity verification.

        We look forward to speaking with you.

        Kind regards,
        Claire Whitmore
        Admissions Manager, Executive Education
        Isar Business School | Munich
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1d2a3a">
        <div style="max-width:600px;margin:0 auto">
        <div style="border-bottom:3px solid #0b3d6b;padding:12px 0;font-size:20px;color:#0b3d6b">Isar Business School &middot; Admissions</div>
        <p>Dear Ms Huber,</p>
        <p>Thank you for submitting your application for the Executive MBA (Part-time) programme, intake March 2027.
        We are pleased to invite you to the next step of our selection process, a personal admission interview.</p>
        <p><b>Your interview is confirmed for:</b><br>Friday, 23 October 2026, 16:00 &ndash; 16:45 CEST<br>
        Format: Zoom &ndash; <a href="https://isar-business-school.zoom.us/j/97512046683">join link</a><br>
        Interviewers: Prof. Dr. Andreas Koller (Academic Director) and Claire Whitmore (Admissions)</p>
        <p>The conversation will cover your professional experience, your motivation for the programme and how you plan
        to combine your studies with your work. Please have your passport or ID card ready for identity verification.</p>
        <p>We look forward to speaking with you.</p>
        <p>Kind regards,<br>Claire Whitmore<br>Admissions Manager, Executive Education<br>Isar Business School | Munich</p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.isar-business-school.de (mail.isar-business-school.de [203.0.113.150])",
                        "2026-10-15 11:30:22", B, "4MlX0d5Pq8z2HcV")),
        ("From", addr("Isar Business School Admissions", "admissions@isar-business-school.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", "Your admission interview - Executive MBA (Part-time), intake March 2027"),
        ("Date", date("2026-10-15 11:30:19", B)),
        ("Message-ID", "<a71e3c09b5d2.admissions.20261015@isar-business-school.de>"),
    ], alt(text(body), html(page)))


@mail(n(28), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Volleyball club coach confirms a try-out 'am Dienstag, 06.10., von 19:30 bis 21:30 Uhr' and a chat "
           "afterwards 'ob's passt': a fixed-time try-out, not a job interview -> negative")
def k28() -> bytes:
    body = t("""
        Hi Katharina,

        danke für deine Nachricht über die Homepage! Klar kannst du mal vorbeischauen. Unser
        Probetraining für die Damen 2 (Bezirksliga) ist am Dienstag, 06.10., von 19:30 bis 21:30 Uhr
        in der Halle der Grundschule an der Waisenhausstraße (Eingang über den Pausenhof).

        Bring Hallenschuhe und was zu trinken mit. Nach dem Training reden wir kurz, ob's passt und
        ob wir noch einen Platz im Kader haben - die Saison hat ja schon angefangen.

        Sportliche Grüße
        Steffi

        Steffi Kerscher
        Trainerin Damen 2 | SV Nymphenburg 1921 e.V. - Abteilung Volleyball
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from smtp.sv-nymphenburg-volleyball.de (smtp.sv-nymphenburg-volleyball.de [192.0.2.77])",
                        "2026-10-01 21:14:50", B, "4MhK4w9Xb3z6FpS")),
        ("From", addr("Steffi Kerscher", "s.kerscher@sv-nymphenburg-volleyball.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", "Re: Probetraining Damen 2"),
        ("Date", date("2026-10-01 21:14:47", B)),
        ("Message-ID", "<3f1a9c72-e04b-4d6e-8b25-7c0d91a4e6b3@sv-nymphenburg-volleyball.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="Car dealer confirms a workshop appointment 'Fr., 09.10.2026, 07:45 Uhr' with an ICS: a fixed-time "
           "appointment that is not an interview -> negative")
def k29() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222">
        <table width="600" cellpadding="0" cellspacing="0">
        <tr><td style="background:#1b2f5c;color:#fff;padding:14px 18px;font-size:16px">Autohaus Brunnthaler &ndash; Service</td></tr>
        <tr><td style="padding:18px">
        <p>Sehr geehrte Frau Huber,</p>
        <p>vielen Dank für Ihre Online-Terminanfrage. Hiermit bestätigen wir Ihren Werkstatttermin:</p>
        <table cellpadding="3" style="font-size:12px">
        <tr><td><b>Datum:</b></td><td>Fr., 09.10.2026</td></tr>
        <tr><td><b>Fahrzeugannahme:</b></td><td>07:45 Uhr</td></tr>
        <tr><td><b>Fahrzeug:</b></td><td>VW Golf Variant, M-KH 2187</td></tr>
        <tr><td><b>Leistungen:</b></td><td>Inspektion, Radwechsel auf eingelagerte Winterräder</td></tr>
        <tr><td><b>Ihr Serviceberater:</b></td><td>Anton Zeiler</td></tr>
        <tr><td><b>Ersatzmobilität:</b></td><td>Leihwagen reserviert</td></tr>
        </table>
        <p>Die Abholung ist voraussichtlich ab 16:00 Uhr möglich. Wir melden uns, falls zusätzliche Arbeiten nötig sind.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Service-Team<br>Autohaus Brunnthaler GmbH &amp; Co. KG<br>Wolfratshauser Straße 210, 81479 München</p>
        </td></tr></table></body></html>
        """)
    ics = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brunnthaler//Werkstattplaner 4.2//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:wp-2026-10-09-0745-mkh2187@autohaus-brunnthaler.de
DTSTAMP:20261005T080200Z
DTSTART;TZID=Europe/Berlin:20261009T074500
DTEND;TZID=Europe/Berlin:20261009T080000
SUMMARY:Werkstatttermin Autohaus Brunnthaler (Inspektion / Radwechsel)
LOCATION:Wolfratshauser Straße 210\\, 81479 München
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.autohaus-brunnthaler.de (mail.autohaus-brunnthaler.de [203.0.113.39])",
                        "2026-10-05 10:02:14", B, "4MjW2n7Tf0z9QaB")),
        ("From", addr("Autohaus Brunnthaler Service", "service@autohaus-brunnthaler.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Terminbestätigung Werkstatt: Fr., 09.10.2026, 07:45 Uhr", "windows-1252")),
        ("Date", date("2026-10-05 10:02:11", B)),
        ("Message-ID", "<WP.20261005100211.44817@autohaus-brunnthaler.de>"),
    ], mixed(html(page, charset="windows-1252"),
             calendar(ics, method="PUBLISH", cte="base64", filename="Werkstatttermin.ics", disposition="attachment")))


@mail(n(30), family="recruiter_outreach", lang="de-AT", interview=False, company="Ringturm Pay",
      note="Cold outreach from a Viennese in-house recruiter: asks for 'zwei, drei Zeitfenster in den nächsten beiden "
           "Wochen' and links a booking page; nothing is fixed -> negative")
def k30() -> bytes:
    body = t("""
        Sehr geehrte Frau Huber,

        ich bin auf Ihr Profil gestoßen und war von Ihrer Erfahrung mit Kafka und dbt sehr angetan.
        Wir bauen gerade unser Data-Platform-Team in Wien auf (hybrid, zwei Tage im Büro am
        Schottenring, Unterstützung bei der Übersiedlung möglich).

        Hätten Sie Interesse an einem unverbindlichen Kennenlernen per Videocall? Gerne können Sie mir
        zwei, drei Zeitfenster in den nächsten beiden Wochen nennen - ich richte mich ganz nach Ihnen.
        Alternativ können Sie sich auch direkt einen Termin in meinem Kalender aussuchen:
        https://outlook.office365.com/book/RingturmPayTalent@ringturm-pay.at/

        Beste Grüße aus Wien
        Theresa Wallner

        Mag.a Theresa Wallner
        Senior Talent Acquisition Partner
        Ringturm Pay GmbH | Schottenring 19 | 1010 Wien
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from AUT01-VI1-obe.outbound.protection.outlook.com (mail-vi1aut01on2133.outbound.protection.outlook.com [198.51.100.133])",
                        "2026-09-08 10:44:05", V, "4McN9q2Jr7z1VsH")),
        ("From", addr("Wallner Theresa", "theresa.wallner@ringturm-pay.at")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Data Engineering bei Ringturm Pay – kurzes Kennenlernen?")),
        ("Date", date("2026-09-08 10:44:02", V)),
        ("Message-ID", "<VI1P195MB2281B7C0E4A9D3F15E2C6A08B47D1@VI1P195MB2281.EURP195.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-AT"),
    ], text(body))


@mail(n(31), family="coach_offer", lang="de", interview=False, company=None,
      note="Career coach's newsletter selling a package of three mock interviews, dates 'frei wählbar' via a booking "
           "link; no appointment fixed, and a mock interview is not a job interview -> negative")
def k31() -> bytes:
    body = t("""
        Liebe Katharina,

        der Herbst ist Bewerbungssaison - und mit ihr kommt bei vielen die Nervosität vor dem nächsten
        Vorstellungsgespräch. Genau dafür gibt es mein Herbst-Paket:

        ✔ drei Probe-Vorstellungsgespräche (je 60 Minuten) per Zoom
        ✔ realistische Fragen aus Tech-Interviews - inkl. System Design und Gehaltsfrage
        ✔ ausführliches schriftliches Feedback nach jedem Termin

        Die Termine sind frei wählbar, zum Beispiel abends ab 18 Uhr oder samstags vormittags. Wenn Sie
        bis Ende September buchen, gilt der Herbstpreis von 390 € statt 480 €.

        Jetzt ersten Termin buchen: https://calendly.com/sandra-vogl-coaching/mock-interview

        Herzliche Grüße
        Sandra Vogl
        Karriere-Coaching für Tech & Data | München

        Sie erhalten diesen Newsletter, weil Sie sich auf sandravogl-coaching.de eingetragen haben.
        Abmelden: https://sandravogl-coaching.de/newsletter/abmelden?u=6c2f1e
        """)
    page = t("""
        <html><body style="background:#faf7f2;margin:0">
        <div style="max-width:580px;margin:0 auto;background:#fff;padding:28px;font-family:Lato,Arial,sans-serif;font-size:15px;color:#2d2a26">
        <p>Liebe Katharina,</p>
        <p>der Herbst ist Bewerbungssaison &ndash; und mit ihr kommt bei vielen die Nervosität vor dem nächsten Vorstellungsgespräch.
        Genau dafür gibt es mein <b>Herbst-Paket</b>:</p>
        <ul><li>drei Probe-Vorstellungsgespräche (je 60 Minuten) per Zoom</li>
        <li>realistische Fragen aus Tech-Interviews &ndash; inkl. System Design und Gehaltsfrage</li>
        <li>ausführliches schriftliches Feedback nach jedem Termin</li></ul>
        <p>Die Termine sind frei wählbar, zum Beispiel abends ab 18 Uhr oder samstags vormittags. Wenn Sie bis Ende September buchen,
        gilt der Herbstpreis von 390&nbsp;&euro; statt 480&nbsp;&euro;.</p>
        <p><a href="https://calendly.com/sandra-vogl-coaching/mock-interview" style="background:#c0714f;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">Jetzt ersten Termin buchen</a></p>
        <p>Herzliche Grüße<br>Sandra Vogl<br>Karriere-Coaching für Tech &amp; Data | München</p>
        <p style="font-size:11px;color:#999">Sie erhalten diesen Newsletter, weil Sie sich auf sandravogl-coaching.de eingetragen haben.
        <a href="https://sandravogl-coaching.de/newsletter/abmelden?u=6c2f1e">Abmelden</a></p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail181.sea91.mcsv.net (mail181.sea91.mcsv.net [198.51.100.181])",
                        "2026-09-21 08:00:29", B, "4MgXr5Lc2z8WnQd")),
        ("From", addr("Sandra Vogl | Karriere-Coaching", "newsletter@sandravogl-coaching.de")),
        ("Reply-To", addr("Sandra Vogl", "sandra@sandravogl-coaching.de")),
        ("To", addr("Katharina", ME)),
        ("Subject", enc("Nervös vor dem nächsten Vorstellungsgespräch? 3 Mock-Interviews zum Herbstpreis")),
        ("Date", date("2026-09-21 08:00:26", B)),
        ("Message-ID", "<d4c1a8e7b2f9.6c2f1e.20260921@mail181.sea91.mcsv.net>"),
        ("List-Unsubscribe", "<https://sandravogl-coaching.de/newsletter/abmelden?u=6c2f1e>, "
                             "<mailto:unsubscribe@sandravogl-coaching.de?subject=6c2f1e>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(n(32), family="coaching_session", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Calendly confirmation of a booked mock-interview session with the career coach ('18:00 - 19:00, Mittwoch, "
           "21. Oktober 2026'), ICS attached; the booking answer even mentions her real final round on 26.10. - "
           "but this mail confirms coaching, not a job interview -> negative")
def k32() -> bytes:
    body = t("""
        Hallo Katharina Huber,

        Ihr Termin mit Sandra Vogl ist geplant.

        Ereignistyp:
        Mock-Interview & Feedback (60 Min)

        Datum/Uhrzeit:
        18:00 - 19:00, Mittwoch, 21. Oktober 2026 (Mitteleuropäische Sommerzeit)

        Ort:
        Zoom - der Link wird Ihnen vor dem Termin zugeschickt.

        Fragen:
        Wofür möchten Sie sich vorbereiten?
        Finale Runde bei einem Londoner Fintech am 26.10. (Pipeline-Design + Hiring Manager)

        Termin ändern oder absagen:
        https://calendly.com/cancellations/8e1b4f7a-2d3c-4b91-a6f0-5c9e2d7b1a34

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="background:#f8f8f8;margin:0">
        <table width="100%" role="presentation"><tr><td align="center" style="padding:24px">
        <table width="560" role="presentation" style="background:#fff;border:1px solid #e6e6e6;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <tr><td style="padding:24px">
        <p>Hallo Katharina Huber,</p>
        <p>Ihr Termin mit Sandra Vogl ist geplant.</p>
        <p><b>Ereignistyp:</b><br>Mock-Interview &amp; Feedback (60 Min)</p>
        <p><b>Datum/Uhrzeit:</b><br>18:00 - 19:00, Mittwoch, 21. Oktober 2026 (Mitteleuropäische Sommerzeit)</p>
        <p><b>Ort:</b><br>Zoom &ndash; der Link wird Ihnen vor dem Termin zugeschickt.</p>
        <p><b>Fragen:</b><br>Wofür möchten Sie sich vorbereiten?<br>Finale Runde bei einem Londoner Fintech am 26.10. (Pipeline-Design + Hiring Manager)</p>
        <p><a href="https://calendly.com/cancellations/8e1b4f7a-2d3c-4b91-a6f0-5c9e2d7b1a34">Termin ändern oder absagen</a></p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999">Powered by Calendly.com</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:8e1b4f7a-2d3c-4b91-a6f0-5c9e2d7b1a34@calendly.com
DTSTAMP:20261016T103100Z
DTSTART;TZID=Europe/Berlin:20261021T180000
DTEND;TZID=Europe/Berlin:20261021T190000
SUMMARY:Mock-Interview & Feedback (60 Min) - Katharina Huber und Sandra Vogl
ORGANIZER;CN=Sandra Vogl:mailto:sandra@sandravogl-coaching.de
ATTENDEE;CN=Katharina Huber;PARTSTAT=ACCEPTED:mailto:katharina.huber@example.org
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from o3.email.calendly.com (o3.email.calendly.com [198.51.100.3])",
                        "2026-10-16 12:31:40", B, "4MmB6t1Vx4z7PhF")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Sandra Vogl", "sandra@sandravogl-coaching.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Bestätigt: Mock-Interview & Feedback (60 Min) mit Sandra Vogl am Mittwoch, 21. Oktober 2026")),
        ("Date", date("2026-10-16 12:31:37", B)),
        ("Message-ID", "<calendly.invitee.8e1b4f7a2d3c@calendly.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(33), family="proposed_times", lang="en", interview=False, company="Thamesbridge Analytics",
      days=(("Tue", "2026-11-03"), ("Wed", "2026-11-04")),
      note="After the cancelled 26 Oct session, the London talent partner proposes 'Tuesday 3 November at 10:00 UK "
           "time' or Wednesday afternoon and will send an invite once the candidate picks one: proposed, not "
           "confirmed -> negative")
def k33() -> bytes:
    body = t("""
        Hi Katharina,

        Oliver's back from the offsite and keen to get the technical session rebooked. Would Tuesday
        3 November at 10:00 UK time (11:00 for you) work? If not, Wednesday 4 November any time after
        14:00 UK would also be fine on our side.

        Let me know which suits and I'll send a fresh invite.

        Thanks,
        Aisha

        Aisha Rahman
        Talent Partner | Thamesbridge Analytics
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div dir="ltr" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
        <div>Hi Katharina,</div><div><br></div>
        <div>Oliver's back from the offsite and keen to get the technical session rebooked. Would Tuesday 3 November at 10:00 UK time
        (11:00 for you) work? If not, Wednesday 4 November any time after 14:00 UK would also be fine on our side.</div><div><br></div>
        <div>Let me know which suits and I'll send a fresh invite.</div><div><br></div>
        <div>Thanks,</div><div>Aisha</div><div><br></div>
        <div style="font-size:10pt;color:#666">Aisha Rahman<br>Talent Partner | Thamesbridge Analytics</div>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2138.outbound.protection.outlook.com [198.51.100.138])",
                        "2026-10-28 09:40:26", L, "4MnR3x8Kd2z5WbT")),
        ("From", addr("Aisha Rahman", "aisha.rahman@thamesbridge.co.uk")),
        ("To", addr("Katharina Huber", ME)),
        ("CC", addr("Oliver Pennington", "oliver.pennington@thamesbridge.co.uk")),
        ("Subject", "Rebooking your technical interview"),
        ("Date", date("2026-10-28 09:40:23", L)),
        ("Message-ID", "<LO2P265MB5077A3E9C1D0B7F24E6A8C15D9F02@LO2P265MB5077.GBRP265.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-GB"),
    ], alt(text(body), html(page)))


@mail(n(34), family="forwarded_other_candidate", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="A friend forwards her own Ashby confirmation ('Wednesday, November 25, 2026, 3:00 PM - 3:45 PM CET', "
           "To: the friend) and asks how the inbox owner's interview there went: a confirmed interview, but someone "
           "else's -> negative")
def k34() -> bytes:
    body = t("""
        Hi Kathi,

        schau mal, jetzt hab ich auch ein Gespräch bei Kiesel Labs 😄 Du warst doch letzte Woche bei
        denen - wie war der Jonas so? Und haben die dich was Technisches gefragt oder war's nur
        Kennenlernen?

        Meins ist übermorgen, unten die Bestätigung.

        Bussi
        Miri

        ---------- Forwarded message ---------
        Von: Kiesel Labs <no-reply@ashbyhq.com>
        Date: Mo., 23. Nov. 2026 um 14:02 Uhr
        Subject: Interview confirmed: Kiesel Labs - Analytics Engineer
        To: <miriam.schoettl@example.com>


        Hi Miriam,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, November 25, 2026, 3:00 PM - 3:45 PM CET
        Google Meet

        You'll meet with:
          Jonas Reiter - Co-Founder & CTO
          Lisa Moosbauer - Head of Data

        Questions? Just reply and it will reach Jonas Reiter.

        Thanks,
        Kiesel Labs Recruiting
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])",
                        "2026-11-23 20:15:44", B, "4N3sFv0Qp9z1KmX")),
        ("From", addr("Miriam Schöttl", "miriam.schoettl@example.com")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", "Fwd: Interview confirmed: Kiesel Labs - Analytics Engineer"),
        ("Date", date("2026-11-23 20:15:41", B)),
        ("Message-ID", "<CAM4kPq7x2Vb9Lr0+Ts3nYe8Hd1Wg6fJc5oZa2Ui@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(35), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Current employer's recruiter (work address, forwarded to the private inbox) invites the inbox owner as "
           "INTERVIEWER for a candidate on 'Mittwoch, 7. Oktober 2026 13:00-14:00' (Exchange ICS): an interview at a "
           "fixed time, but not her own job interview -> negative")
def k35() -> bytes:
    body = t("""
        Wann: Mittwoch, 7. Oktober 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum Nymphenburg (2. OG) / Microsoft Teams

        Hallo Katharina,

        danke, dass du beim Interview mit Daniel Reuter (Junior Data Engineer) einspringst!
        Lebenslauf und Scorecard findest du in seinem Greenhouse-Profil. Du übernimmst bitte den
        SQL- und Modellierungsteil (ca. 30 Minuten), Markus den Rest.

        Bitte trag dein Feedback bis Donnerstagabend ein.

        Danke & viele Grüße
        Julia

        Julia Krämer
        Talent Acquisition
        """)
    ics = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Krämer Julia:mailto:julia.kraemer@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Huber Katharina:mailto:katharina.huber@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lindl Markus:mailto:markus.lindl@example.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Reuter:mailto:daniel.reuter@example.com
UID:040000008200E00074C5B7101A82E008000000003E7A91C2B04CDD0100000000000000001000000087C4E2A9B1D35F4C9E06A7B2D4C1E8F3
SUMMARY;LANGUAGE=de-DE:Interview: Daniel Reuter - Junior Data Engineer (Interviewerin: Katharina Huber)
DTSTART;TZID=W. Europe Standard Time:20261007T130000
DTEND;TZID=W. Europe Standard Time:20261007T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T122200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Nymphenburg (2. OG) / Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from relay.example.net (relay.example.net [192.0.2.10])",
                        "2026-10-01 14:22:35", B, "4MhH0k3Wr6z8TjP")),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"katharina.huber@example.net {ME}"),
        ("From", addr("Krämer Julia", "julia.kraemer@example.net")),
        ("To", addr("Huber Katharina", "katharina.huber@example.net")),
        ("CC", addr("Lindl Markus", "markus.lindl@example.net")),
        ("Subject", enc("Interview: Daniel Reuter – Junior Data Engineer (Interviewerin: Katharina Huber)")),
        ("Thread-Topic", "Interview: Daniel Reuter - Junior Data Engineer (Interviewerin: Katharina Huber)"),
        ("Date", date("2026-10-01 14:22:31", B)),
        ("Message-ID", "<AM9P191MB1650E2C4B7A19D03F5E8C6A1B2D47@AM9P191MB1650.EURP191.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(36), family="interviewer_training", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Current employer's People team invites all new interviewers to a two-hour interviewer training "
           "(Thursday 15 October 10:00-12:00, Exchange ICS), with mock interviews in pairs: not a job interview "
           "-> negative")
def k36() -> bytes:
    body = t("""
        When: Thursday, 15 October 2026 10:00-12:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Training room Theresienwiese (5th floor) / Microsoft Teams

        Hi all,

        As you're joining our interview panels this quarter, please attend this session before your
        first interview. We'll cover:

        - structured interviews and how to use the new scorecards
        - avoiding common biases when assessing candidates
        - practice: mock interviews in pairs, with feedback

        Lunch is provided afterwards. If you really can't make it, the next session is in January.

        Thanks,
        Laura

        Laura Brenner
        People Development
        """)
    ics = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Brenner Laura:mailto:laura.brenner@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=DL-Interviewers-Q4:mailto:dl-interviewers-q4@example.net
UID:040000008200E00074C5B7101A82E00800000000A4B8C1D2E35CDD01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-US:Interviewer Training: Structured Interviews & Fair Hiring
DTSTART;TZID=W. Europe Standard Time:20261015T100000
DTEND;TZID=W. Europe Standard Time:20261015T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261006T070300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Training room Theresienwiese (5th floor) / Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi all,</p>
        <p class="MsoNormal">As you&#8217;re joining our interview panels this quarter, please attend this session before your first interview. We&#8217;ll cover:</p>
        <ul><li>structured interviews and how to use the new scorecards</li>
        <li>avoiding common biases when assessing candidates</li>
        <li>practice: mock interviews in pairs, with feedback</li></ul>
        <p class="MsoNormal">Lunch is provided afterwards. If you really can&#8217;t make it, the next session is in January.</p>
        <p class="MsoNormal">Thanks,<br>Laura</p>
        <p class="MsoNormal"><span style="font-size:9pt;color:gray">Laura Brenner<br>People Development</span></p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from relay.example.net (relay.example.net [192.0.2.10])",
                        "2026-10-06 09:03:12", B, "4MjY7b2Ns4z0GqL")),
        ("X-Forwarded-To", ME),
        ("From", addr("Brenner Laura", "laura.brenner@example.net")),
        ("To", addr("DL-Interviewers-Q4", "dl-interviewers-q4@example.net")),
        ("Subject", "Interviewer Training: Structured Interviews & Fair Hiring"),
        ("Date", date("2026-10-06 09:03:08", B)),
        ("Message-ID", "<AM9P191MB1650B1F2A3C4D5E6F7081929A3B4C@AM9P191MB1650.EURP191.PROD.OUTLOOK.COM>"),
        ("Content-Language", "en-US"),
    ], alt(text(body), html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(37), family="team_event", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Team lead at the current job announces the Christmas party 'Do., 10.12. ab 18:30 Uhr': a fixed-time team "
           "event, not an interview -> negative")
def k37() -> bytes:
    body = t("""
        Servus miteinand,

        es ist wieder so weit: unsere Weihnachtsfeier vom Data-Platform-Team steigt am Do., 10.12.
        ab 18:30 Uhr im Gasthaus zum Kreuzwirt (Nebenzimmer ist reserviert). Partner/innen sind wie
        immer herzlich willkommen.

        Damit der Wirt planen kann, tragt euch bitte bis Freitag in die Liste ein (Schweinsbraten,
        Fisch oder vegetarisch):
        https://nuudel.example.net/weihnachtsfeier-2026

        Wichteln machen wir auch wieder, Grenze 15 €.

        Freu mich!
        Markus
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from relay.example.net (relay.example.net [192.0.2.10])",
                        "2026-11-30 11:15:03", B, "4N5fJz8Hb1z3LwS")),
        ("X-Forwarded-To", ME),
        ("From", addr("Lindl Markus", "markus.lindl@example.net")),
        ("To", addr("Team Data Platform", "team-dataplatform@example.net")),
        ("Subject", enc("Weihnachtsfeier 2026 🎄")),
        ("Date", date("2026-11-30 11:14:59", B)),
        ("Message-ID", "<AM9P191MB16507C2D1E0F9A8B7C6D5E4F3A2B1@AM9P191MB1650.EURP191.PROD.OUTLOOK.COM>"),
    ], text(body))


@mail(n(38), family="doctor", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Dental practice reminder 'Di., 06.10.2026 um 08:20 Uhr' for a cleaning: a fixed personal appointment, "
           "not an interview -> negative")
def k38() -> bytes:
    body = t("""
        Guten Tag Frau Huber,

        wir möchten Sie an Ihren nächsten Termin in unserer Praxis erinnern:

        Di., 06.10.2026 um 08:20 Uhr
        Professionelle Zahnreinigung (ca. 60 Min.) bei Frau Schmidbauer

        Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte spätestens 24 Stunden vorher ab -
        telefonisch unter 089 3061 447 oder über unser Online-Portal. Nicht rechtzeitig abgesagte
        Termine müssen wir leider in Rechnung stellen.

        Ihr Praxisteam
        Zahnarztpraxis Dr. med. dent. Eva Lindner
        Hohenzollernstraße 118, 80796 München

        Diese E-Mail wurde automatisch versendet.
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.zahnarzt-lindner.de (mail.zahnarzt-lindner.de [203.0.113.118])",
                        "2026-10-04 18:00:06", B, "4MjF1s9Dq5z7NvC")),
        ("From", addr("Zahnarztpraxis Dr. Lindner", "termine@zahnarzt-lindner.de")),
        ("To", ME),
        ("Subject", "Terminerinnerung: Di., 06.10.2026, 08:20 Uhr"),
        ("Date", date("2026-10-04 18:00:03", B)),
        ("Message-ID", "<reminder.4410.20261004160003@zahnarzt-lindner.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="8bit"))


@mail(n(39), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Property manager confirms a flat viewing 'Sa., 12.09.2026, 11:30 Uhr' and asks for salary slips and the "
           "employer's details: a fixed appointment, not a job interview -> negative")
def k39() -> bytes:
    body = t("""
        Sehr geehrte Frau Huber,

        vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Wörthstraße (Haidhausen, 3. OG,
        58 m²). Hiermit bestätigen wir Ihren Besichtigungstermin:

        Samstag, 12.09.2026, 11:30 Uhr
        Treffpunkt: vor dem Hauseingang, Wörthstraße 31

        Bitte bringen Sie zur Besichtigung folgende Unterlagen mit, damit wir Ihre Bewerbung direkt
        aufnehmen können:
        - ausgefüllte Mieterselbstauskunft (Formular im Anhang der Anzeige)
        - Gehaltsnachweise der letzten drei Monate bzw. Arbeitgeberbescheinigung
        - aktuelle SCHUFA-Auskunft

        Sollten Sie verhindert sein, geben Sie uns bitte kurz Bescheid, da die Nachfrage groß ist.

        Mit freundlichen Grüßen
        Corinna Pfaffinger
        Vermietung
        Hausverwaltung Gruber & Söhne GmbH
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.hv-gruber-soehne.de (mail.hv-gruber-soehne.de [192.0.2.201])",
                        "2026-09-09 17:45:18", B, "4McV5r0Gt8z2XhD")),
        ("From", addr("Hausverwaltung Gruber & Söhne", "vermietung@hv-gruber-soehne.de", "iso-8859-1")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Bestätigung Besichtigungstermin - 2-Zi.-Whg. Haidhausen, Sa. 12.09., 11:30 Uhr",
                        "iso-8859-1")),
        ("Date", date("2026-09-09 17:45:15", B)),
        ("Message-ID", "<000b01dd2f8a$3c9e1a40$b6da4ec0$@hv-gruber-soehne.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


@mail(n(40), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Primary school assigns a slot at the parent-teacher day 'Donnerstag, 19.11.2026, 16:40 - 16:50 Uhr' "
           "(base64 text): a fixed-time 'Gespräch', not a job interview -> negative")
def k40() -> bytes:
    body = t("""
        Sehr geehrte Frau Huber,

        für den Elternsprechtag haben wir Ihnen folgenden Gesprächstermin zugeteilt:

        Donnerstag, 19.11.2026, 16:40 - 16:50 Uhr
        bei Frau Kammerer (Klassenleitung 3b), Raum 112

        Bitte haben Sie Verständnis, dass die Gespräche pünktlich beginnen und enden müssen, damit
        alle Eltern an die Reihe kommen. Wenn Sie mehr Zeit benötigen, vereinbaren Sie bitte einen
        eigenen Termin über das Hausaufgabenheft.

        Mit freundlichen Grüßen
        Sekretariat der Grundschule am Luitpoldpark
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.gs-luitpoldpark.de (mail.gs-luitpoldpark.de [192.0.2.112])",
                        "2026-11-12 13:05:27", B, "4Mx0Ww6Mz3z8HbJ")),
        ("From", addr("Grundschule am Luitpoldpark - Sekretariat", "sekretariat@gs-luitpoldpark.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Elternsprechtag 19.11.2026 – Ihr Termin")),
        ("Date", date("2026-11-12 13:05:24", B)),
        ("Message-ID", "<8a2d71f0.4c3e.sprechtag.3b@gs-luitpoldpark.de>"),
    ], text(body, cte="base64"))


@mail(n(41), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Mon", "2026-09-28"),),
      note="Bank advisor confirms a consultation on pensions when changing employer 'Montag, 28.09.2026, 17:00 Uhr' "
           "(Exchange ICS attached): 'Beratungsgespräch' at a fixed time, not a job interview -> negative")
def k41() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,sans-serif;font-size:10pt;color:#000">
        <p>Sehr geehrte Frau Huber,</p>
        <p>vielen Dank für Ihre Terminanfrage über unsere Website. Gerne bestätige ich Ihnen unser Beratungsgespräch zum Thema
        <b>Altersvorsorge und betriebliche Altersvorsorge beim Arbeitgeberwechsel</b>:</p>
        <p>Montag, 28.09.2026, 17:00 Uhr<br>
        Isartaler Volksbank eG, Filiale Schwabing, Hohenzollernstraße 41, 80801 München</p>
        <p>Bitte bringen Sie die Unterlagen zu Ihrem bestehenden Vertrag und &ndash; falls schon vorhanden &ndash; das Angebot
        Ihres künftigen Arbeitgebers zur Entgeltumwandlung mit. Für das Gespräch sollten Sie etwa eine Stunde einplanen.</p>
        <p>Ich freue mich auf Sie.</p>
        <p>Mit freundlichen Grüßen<br><br>Florian Seidl<br>Privatkundenberater<br>Isartaler Volksbank eG<br>Tel. 089 2183-4417</p>
        </div></body></html>
        """)
    ics = f"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Seidl Florian:mailto:florian.seidl@isartaler-vb.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katharina.huber@example.org:mailto:katharina.huber@example.org
UID:040000008200E00074C5B7101A82E00800000000D2C3B4A5968EDC0100000000000000001000000012AB34CD56EF7890A1B2C3D4E5F60718
SUMMARY;LANGUAGE=de-DE:Beratungsgespräch Altersvorsorge - Frau Huber
DTSTART;TZID=W. Europe Standard Time:20260928T170000
DTEND;TZID=W. Europe Standard Time:20260928T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260922T152000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Filiale Schwabing\\, Hohenzollernstraße 41
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mx-out.isartaler-vb.de (mx-out.isartaler-vb.de [203.0.113.41])",
                        "2026-09-22 17:20:47", B, "4MgZ2c5Tn7z0QrB")),
        ("From", addr("Seidl Florian", "florian.seidl@isartaler-vb.de")),
        ("To", addr("katharina.huber@example.org", ME)),
        ("Subject", enc("Ihr Beratungstermin am Mo., 28.09.2026 um 17:00 Uhr")),
        ("Date", date("2026-09-22 17:20:44", B)),
        ("Message-ID", "<FR3P281MB2290E8D7C6B5A4F3E2D1C0B9A8F71@FR3P281MB2290.DEUP281.PROD.OUTLOOK.COM>"),
    ], alt(html(page), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(42), family="rejection", lang="en", interview=False, company="Hudsonline",
      note="Lever rejection after the 29 Oct technical interview: refers to a past interview, no new appointment "
           "-> negative")
def k42() -> bytes:
    body = t("""
        Hi Katharina,

        Thank you for taking the time to interview with us for the Senior Data Engineer (Remote, EU)
        role, and for the great conversation with Sam on October 29.

        After careful consideration, we've decided to move forward with candidates whose experience
        more closely matches what the team needs right now. This was a difficult decision - Sam was
        particularly impressed by your approach to slowly changing dimensions.

        We'd love to stay in touch, and I'll reach out if a role opens up that fits your background.

        All the best,
        Dana Whitfield
        Recruiting, Hudsonline

        Sent via Lever
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-201.hire.lever.co (mail-201.hire.lever.co [198.51.100.201])",
                        "2026-11-06 10:12:27", NY, "4MqT9e1Bs6z4JkR")),
        ("From", addr("Hudsonline", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@hudsonline.io")),
        ("To", KH),
        ("Subject", "Your application to Hudsonline"),
        ("Date", date("2026-11-06 10:12:24", NY)),
        ("Message-ID", "<0100019a5b8d1e7f-3c2a9b41-0d6e-4f18-b7a5-92e1c4d8f603-000000@email.lever.co>"),
    ], text(body, cte="7bit"))


@mail(n(43), family="offer", lang="de", interview=False, company="Isarwerk Analytics",
      days=(("Fri", "2026-10-16"),),
      note="Job offer after the interviews (10 September and a later round), PDF attached, answer requested 'bis "
           "Freitag, 16.10.2026, 12:00 Uhr': a deadline, not an interview -> negative")
def k43() -> bytes:
    body = t("""
        Liebe Frau Huber,

        nach den sehr positiven Gesprächen mit Ihnen - zuletzt am 10. September mit Florian Weigl und
        am 29. September mit unserem CTO - freuen wir uns sehr, Ihnen die Position Data Engineer
        (m/w/d) im Plattform-Team anbieten zu können.

        Im Anhang finden Sie unser Vertragsangebot (Eintritt zum 01.01.2027). Wir würden uns freuen,
        bis Freitag, 16.10.2026, 12:00 Uhr von Ihnen zu hören. Wenn Sie vorher noch Fragen zum Angebot
        haben, melden Sie sich jederzeit - Florian steht auch gerne für ein kurzes Telefonat zur
        Verfügung.

        Herzliche Grüße
        Lena Brandstätter
        Talent Acquisition
        Isarwerk Analytics GmbH | Zeppelinstraße 71 | 81669 München
        """)
    pdf = base64.encodebytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").decode("ascii")
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail-eopbgr130091.outbound.protection.outlook.com (mail-eopbgr130091.outbound.protection.outlook.com [198.51.100.91])",
                        "2026-10-09 15:40:38", B, "4MkB3q7Vx1z5DfN")),
        ("From", addr("Lena Brandstätter", "lena.brandstaetter@isarwerk-analytics.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Ihr Vertragsangebot – Data Engineer (m/w/d) Plattform-Team")),
        ("Date", date("2026-10-09 15:40:35", B)),
        ("Message-ID", "<DB9P190MB1480C7D2E1F0A9B8C7D6E5F4A3B2C@DB9P190MB1480.EURP190.PROD.OUTLOOK.COM>"),
    ], mixed(text(body),
             raw_part([("Content-Type", 'application/pdf; name="Vertragsangebot_Huber.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Vertragsangebot_Huber.pdf"'),
                       ("Content-Transfer-Encoding", "base64")], pdf)))


@mail(n(44), family="application_ack", lang="de", interview=False, company="Neckarwerk Automotive",
      note="Workday receipt for the application: 'Sollte Ihr Profil passen, laden wir Sie zu einem "
           "Vorstellungsgespräch ein' is hypothetical, nothing is scheduled -> negative")
def k44() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#003a70;padding:18px 24px;color:#ffffff;font-size:18px">Neckarwerk Automotive AG &middot; Karriere</td></tr>
        <tr><td style="padding:24px">
        <p>Sehr geehrte Frau Huber,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Senior Data Engineer (m/w/d) - Fahrzeugdatenplattform</b> (Stellen-ID JR-2026-04417)
        und Ihr Interesse an der Neckarwerk Automotive AG.</p>
        <p>Wir prüfen Ihre Unterlagen sorgfältig und melden uns in der Regel innerhalb von drei Wochen bei Ihnen. Sollte Ihr Profil
        zu unseren Anforderungen passen, laden wir Sie gerne zu einem Vorstellungsgespräch ein.</p>
        <p>Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in unserem Kandidatenportal einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Neckarwerk Automotive AG</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:10px;color:#888888">Neckarwerk Automotive AG, Pragstraße 140, 70376 Stuttgart.
        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
        </table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from myworkday.com (mx-out-fra3.myworkday.com [203.0.113.17])",
                        "2026-10-19 22:03:51", B, "4MmS8v4Cw2z9TbG")),
        ("From", addr("Neckarwerk Automotive", "neckarwerk@myworkday.com")),
        ("To", addr(None, ME)),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Senior Data Engineer (m/w/d) – JR-2026-04417")),
        ("Date", date("2026-10-19 22:03:48", B)),
        ("Message-ID", "<1781524810.55102.1792440228731@wd5-prod-notif-fra3.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page))


@mail(n(45), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert with badges 'Interviews diese Woche' and 'Vorstellungsgespräche ab 10.11.': nothing is "
           "confirmed for the candidate -> negative")
def k45() -> bytes:
    body = t("""
        Hallo Katharina,

        12 neue Jobs passen zu Ihrem Jobagenten „Data Engineer“ in München und Umgebung (+30 km):

        Senior Data Engineer (m/w/d)
        Brenner Mobility GmbH · München · vor 2 Tagen
        ⚡ Schnelle Bewerbung · Interviews diese Woche
        https://www.jobwelle.de/job/884120

        Data Engineer Cloud (w/m/d)
        Ampertal Versicherung AG · Fürstenfeldbruck · vor 3 Tagen
        Vorstellungsgespräche ab 10.11.
        https://www.jobwelle.de/job/883977

        Analytics Engineer (all genders)
        Lindwurm Labs · Remote (Deutschland) · vor 5 Tagen
        https://www.jobwelle.de/job/882410

        … und 9 weitere Jobs: https://www.jobwelle.de/jobagent/4f1c2e/treffer

        Jobagent bearbeiten oder abbestellen: https://www.jobwelle.de/jobagent/4f1c2e
        Jobwelle GmbH · Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.
        """)
    page = t("""
        <html><body style="margin:0;background:#eef3f8">
        <table width="100%" role="presentation"><tr><td align="center">
        <table width="600" role="presentation" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#1c2b39">
        <tr><td style="padding:20px 24px;background:#0a6ebd;color:#fff;font-size:18px">Jobwelle &middot; Ihr Jobagent</td></tr>
        <tr><td style="padding:20px 24px">
        <p>Hallo Katharina,</p>
        <p>12 neue Jobs passen zu Ihrem Jobagenten &bdquo;Data Engineer&ldquo; in München und Umgebung (+30&nbsp;km):</p>
        <p><a href="https://www.jobwelle.de/job/884120"><b>Senior Data Engineer (m/w/d)</b></a><br>Brenner Mobility GmbH &middot; München &middot; vor 2 Tagen<br>
        <span style="background:#fff3c4;padding:2px 6px;border-radius:3px">&#9889; Schnelle Bewerbung &middot; Interviews diese Woche</span></p>
        <p><a href="https://www.jobwelle.de/job/883977"><b>Data Engineer Cloud (w/m/d)</b></a><br>Ampertal Versicherung AG &middot; Fürstenfeldbruck &middot; vor 3 Tagen<br>
        <span style="color:#0a6ebd">Vorstellungsgespräche ab 10.11.</span></p>
        <p><a href="https://www.jobwelle.de/job/882410"><b>Analytics Engineer (all genders)</b></a><br>Lindwurm Labs &middot; Remote (Deutschland) &middot; vor 5 Tagen</p>
        <p><a href="https://www.jobwelle.de/jobagent/4f1c2e/treffer">&hellip; und 9 weitere Jobs</a></p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#8796a5"><a href="https://www.jobwelle.de/jobagent/4f1c2e">Jobagent bearbeiten oder abbestellen</a><br>
        Jobwelle GmbH &middot; Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mta7.mail.jobwelle.de (mta7.mail.jobwelle.de [203.0.113.7])",
                        "2026-11-02 06:30:14", B, "4MqB2h6Yn9z3WcK")),
        ("From", addr("Jobwelle Jobagent", "jobagent@mail.jobwelle.de")),
        ("To", ME),
        ("Subject", enc("12 neue Jobs für „Data Engineer“ in München und Umgebung")),
        ("Date", date("2026-11-02 06:30:11", B)),
        ("Message-ID", "<jobagent.4f1c2e.20261102053011@mail.jobwelle.de>"),
        ("List-Unsubscribe", "<https://www.jobwelle.de/jobagent/4f1c2e/abbestellen>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(n(46), family="newsletter_blog", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Newsletter issue with a first-person blog post about passing a system-design interview ('my final round "
           "was on a Thursday at 3pm') and a live Q&A 'Thursday, 26 November, 6pm GMT': nothing confirmed for the "
           "candidate -> negative")
def k46() -> bytes:
    body = t("""
        DATA ENGINEERING DIGEST - Issue #212

        How I passed my system design interview (and what I'd do differently)
        by Marta Kowalczyk, Staff Data Engineer

        When the recruiter confirmed my final round - a Thursday at 3pm, four back-to-back sessions - I
        had exactly six days to prepare. Here's what actually helped:

        1. Draw the data flow first, argue about tools later.
        2. Say your assumptions out loud: volumes, latency, who consumes the data.
        3. Have one war story about a backfill that went wrong. Everyone has one.
        4. Ask the interviewer what "done" looks like before you start designing.

        Read the full post: https://dataengdigest.news/p/system-design-interview

        ---------------------------------------------------------------

        LIVE Q&A: Marta answers your interview questions
        Thursday, 26 November, 6pm GMT - save your seat: https://dataengdigest.news/live

        ALSO THIS WEEK
        - Iceberg vs. Delta in 2026: a practical comparison
        - The hidden cost of "just one more dbt model"

        You're receiving this because you subscribed at dataengdigest.news.
        Unsubscribe: https://dataengdigest.news/unsubscribe?u=9d3e71
        """)
    page = t("""
        <html><body style="margin:0;background:#ffffff">
        <div style="max-width:620px;margin:0 auto;font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#222">
        <div style="font-family:Arial,sans-serif;font-size:12px;letter-spacing:2px;color:#888;padding:16px 0">DATA ENGINEERING DIGEST &middot; ISSUE #212</div>
        <h1 style="font-size:28px;line-height:1.2">How I passed my system design interview (and what I&#8217;d do differently)</h1>
        <div style="font-family:Arial,sans-serif;font-size:13px;color:#666">by Marta Kowalczyk, Staff Data Engineer</div>
        <p>When the recruiter confirmed my final round &ndash; a Thursday at 3pm, four back-to-back sessions &ndash; I had exactly six days
        to prepare. Here&#8217;s what actually helped:</p>
        <ol><li>Draw the data flow first, argue about tools later.</li>
        <li>Say your assumptions out loud: volumes, latency, who consumes the data.</li>
        <li>Have one war story about a backfill that went wrong. Everyone has one.</li>
        <li>Ask the interviewer what &#8220;done&#8221; looks like before you start designing.</li></ol>
        <p><a href="https://dataengdigest.news/p/system-design-interview">Read the full post</a></p>
        <hr>
        <p style="font-family:Arial,sans-serif"><b>LIVE Q&amp;A: Marta answers your interview questions</b><br>
        Thursday, 26 November, 6pm GMT &ndash; <a href="https://dataengdigest.news/live">save your seat</a></p>
        <p style="font-family:Arial,sans-serif;font-size:12px;color:#999">You&#8217;re receiving this because you subscribed at dataengdigest.news.
        <a href="https://dataengdigest.news/unsubscribe?u=9d3e71">Unsubscribe</a></p>
        </div></body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from mail.dataengdigest.news (mail.dataengdigest.news [198.51.100.212])",
                        "2026-11-21 08:00:05", B, "4N2kLp3Fd7z6RvM")),
        ("From", addr("Data Engineering Digest", "hello@dataengdigest.news")),
        ("To", ME),
        ("Subject", "#212: How I passed my system design interview (and what I'd do differently)"),
        ("Date", date("2026-11-21 07:00:02", "UTC")),
        ("Message-ID", "<20261121070002.9d3e71.212@dataengdigest.news>"),
        ("List-Unsubscribe", "<https://dataengdigest.news/unsubscribe?u=9d3e71>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body, cte="7bit"), html(page)))


@mail(n(47), family="scheduling_link", lang="en", interview=False, company="Limmat Robotics",
      note="Ashby self-scheduling request from a Zurich employer: 'Please select a time that works for you', link "
           "expires in 7 days; no slot chosen yet -> negative")
def k47() -> bytes:
    body = t("""
        Hi Katharina,

        Thanks again for your time with Fabienne last week! We'd love to move forward with a technical
        interview for the Data Engineer - Fleet Telemetry role.

        Interview: Technical interview (60 min) with Jan Vogt and Fabienne Keller
        Format: Video call

        Please select a time that works for you using the link below. Available times are shown in
        your local time zone.

        Select times: https://jobs.ashbyhq.com/limmat-robotics/interview/7c5d0e2a-9f14-4b83-a1e6-3d2f8b7c4a90

        This link will expire in 7 days.

        Best,
        Limmat Robotics Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Katharina,</p>
        <p>Thanks again for your time with Fabienne last week! We&#x27;d love to move forward with a technical interview for the
        Data Engineer &ndash; Fleet Telemetry role.</p>
        <p><b>Interview:</b> Technical interview (60 min) with Jan Vogt and Fabienne Keller<br><b>Format:</b> Video call</p>
        <p>Please select a time that works for you using the link below. Available times are shown in your local time zone.</p>
        <p><a href="https://jobs.ashbyhq.com/limmat-robotics/interview/7c5d0e2a-9f14-4b83-a1e6-3d2f8b7c4a90" style="background:#4f46e5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Select times</a></p>
        <p style="color:#666">This link will expire in 7 days.</p>
        <p>Best,<br>Limmat Robotics Recruiting</p>
        </body></html>
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [198.51.100.48])",
                        "2026-10-26 14:20:33", Z, "4MnF5w0Xk2z8QdP")),
        ("From", addr("Limmat Robotics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Fabienne Keller", "fabienne.keller@limmat-robotics.ch")),
        ("To", KH),
        ("Subject", "Schedule your interview with Limmat Robotics"),
        ("Date", date("2026-10-26 14:20:30", Z)),
        ("Message-ID", "<010701936e2b4c19-5f8a3d27-c6e1-4b09-9d72-1a4e8c3f5b60-000000@email.amazonses.com>"),
    ], alt(text(body), html(page)))


@mail(n(48), family="auto_reply", lang="de", interview=False, company="Mühlbach Mobility",
      days=(("Wed", "2026-11-04"),),
      note="Out-of-office reply from the team lead to the candidate's reply in the reschedule thread: away 'bis "
           "einschließlich Mittwoch, 04.11.2026', 'bereits vereinbarte Termine ab Donnerstag finden wie geplant statt' "
           "- restates nothing specific, Auto-Submitted: auto-replied -> negative")
def k48() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Mittwoch, 04.11.2026, nicht im Büro und habe nur eingeschränkt
        Zugriff auf meine E-Mails. Bereits vereinbarte Termine ab Donnerstag finden wie geplant statt.

        In dringenden Fällen wenden Sie sich bitte an Derya Yilmaz (derya.yilmaz@muehlbach-mobility.de).

        Viele Grüße
        Stefan Obermaier
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2101.outbound.protection.outlook.com [198.51.100.101])",
                        "2026-11-02 08:31:09", B, "4MqC0t5Rb8z1VhW")),
        ("From", addr("Obermaier Stefan", "stefan.obermaier@muehlbach-mobility.de")),
        ("To", addr("Katharina Huber", ME)),
        ("Subject", enc("Automatische Antwort: Aktualisiert: Interview Senior Data Engineer - Katharina Huber")),
        ("Thread-Topic", "Interview Senior Data Engineer - Katharina Huber"),
        ("Date", date("2026-11-02 08:31:06", B)),
        ("Message-ID", "<FR2P281MB17442C1B0A9F8E7D6C5B4A3F2E1D0@FR2P281MB1744.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<7a3c91e0-5b24-4d8f-a6e1-0c2b9d7f4e53@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "stefan.obermaier@muehlbach-mobility.de"),
        ("Content-Language", "de-DE"),
    ], text(body))


@mail(n(49), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Postfix bounce (multipart/report) of the candidate's own reply to a misspelled recruiter address; the "
           "returned message quotes 'Donnerstag, 10.09. um 14 Uhr', but a delivery failure confirms nothing -> negative")
def k49() -> bytes:
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <lena.brandstatter@isarwerk-analytics.de>: host
            mx1.isarwerk-analytics.de[203.0.113.71] said: 550 5.1.1
            <lena.brandstatter@isarwerk-analytics.de>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4McP7m1Rz3z2Kt9
        X-Postfix-Sender: rfc822; katharina.huber@example.org
        Arrival-Date: Tue,  8 Sep 2026 19:02:51 +0200 (CEST)

        Final-Recipient: rfc822; lena.brandstatter@isarwerk-analytics.de
        Original-Recipient: rfc822;lena.brandstatter@isarwerk-analytics.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.isarwerk-analytics.de
        Diagnostic-Code: smtp; 550 5.1.1 <lena.brandstatter@isarwerk-analytics.de>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    original_body = t("""
        Liebe Frau Brandstätter,

        vielen Dank für die Bestätigung! Ich freue mich auf Donnerstag, 10.09. um 14 Uhr. Eine kurze
        Frage noch: Soll ich für den Termin einen Laptop mitbringen?

        Viele Grüße
        Katharina Huber
        """)
    original = message([
        ("From", addr("Katharina Huber", ME)),
        ("To", "lena.brandstatter@isarwerk-analytics.de"),
        ("Subject", enc("Re: Interviewbestätigung: Data Engineer (m/w/d) - Plattform-Team")),
        ("Date", date("2026-09-08 19:02:49", B)),
        ("Message-ID", "<b41e7c2a-93d0-4f5b-8a16-e2c07d9b3f58@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(original_body, cte="8bit"))
    report = multipart("report",
                       text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message"),
                                 ("Content-Type", "message/rfc822"),
                                 ("Content-Transfer-Encoding", "8bit")], original.decode("utf-8")),
                       params='report-type=delivery-status')
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from smtp.example.org (smtp.example.org [192.0.2.25])", "2026-09-08 19:02:53", B,
                        "4McP7q0Hx8z2Mn4", lag=1)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.org")),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-08 19:02:53", B)),
        ("Message-ID", "<20260908170253.4McP7q0Hx8z2Mn4@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(50), family="mailing_list_meetup", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Mailman list post announcing a meetup 'am Di., 20.10., 18:30' with a talk 'Wie wir Data Engineers "
           "interviewen': list mail about interviews with a fixed time, not an interview -> negative")
def k50() -> bytes:
    body = t("""
        Hallo zusammen,

        unser nächstes Meetup steht:

        PyData München #58
        Di., 20.10., Einlass 18:00, Start 18:30
        bei Lindwurm Labs, Landsberger Straße 110, 5. OG

        Talks:
        1) "Wie wir Data Engineers interviewen - und was wir daraus gelernt haben"
           (Hiring-Managerin bei Lindwurm Labs; danach offene Fragerunde, gerne auch zu
           Bewerbungsprozessen)
        2) "DuckDB im Produktivbetrieb: drei Monate später"

        Anmeldung bitte über die Meetup-Seite, die Plätze sind auf 80 begrenzt:
        https://www.meetup.com/pydata-muenchen/events/58/

        Wie immer gibt's Pizza und Getränke dank unseres Gastgebers.

        Bis dann,
        Bene

        _______________________________________________
        pydata-muc mailing list
        pydata-muc@lists.pydata-muenchen.de
        https://lists.pydata-muenchen.de/mailman/listinfo/pydata-muc
        """)
    return message([
        ("Delivered-To", ME),
        ("Received", mx("from lists.pydata-muenchen.de (lists.pydata-muenchen.de [192.0.2.58])",
                        "2026-10-13 12:00:44", B, "4MlD9n2Wf5z7BxQ")),
        ("From", addr("Benedikt Sailer", "benedikt.sailer@example.com")),
        ("Sender", "pydata-muc-bounces@lists.pydata-muenchen.de"),
        ("To", "pydata-muc@lists.pydata-muenchen.de"),
        ("Subject", enc("[pydata-muc] Meetup #58 am Di., 20.10., 18:30 – „Wie wir Data Engineers interviewen“")),
        ("Date", date("2026-10-13 12:00:40", B)),
        ("Message-ID", "<e6b3c1a0-72d9-4f48-9b15-c8a4d2e07f31@example.com>"),
        ("List-Id", "PyData Muenchen <pydata-muc.lists.pydata-muenchen.de>"),
        ("List-Post", "<mailto:pydata-muc@lists.pydata-muenchen.de>"),
        ("List-Unsubscribe", "<https://lists.pydata-muenchen.de/mailman/options/pydata-muc>, "
                             "<mailto:pydata-muc-request@lists.pydata-muenchen.de?subject=unsubscribe>"),
        ("List-Archive", "<https://lists.pydata-muenchen.de/pipermail/pydata-muc/>"),
        ("Precedence", "list"),
        ("Errors-To", "pydata-muc-bounces@lists.pydata-muenchen.de"),
    ], text(body))
