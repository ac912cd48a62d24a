"""blind117: a blind 50-mail held-out set, the inbox of Jonas Weber (industrial automation, Mannheim).

Built by ``python3 bench/heldout/make_blind.py blind117``. Every mail is written by hand below, one
function per mail; keys 1-23 are positives, 24-50 negatives, and file numbers are a fixed shuffle of
the writing order (ORDER). Written blind: without reading the detector, its tests, its fixtures or
any other held-out set.
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
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind117"
ORDER = random.Random(1170117).sample(range(1, 51), 50)
ME = "jonas.weber@example.org"
JONAS = addr("Jonas Weber", ME)
BER = "Europe/Berlin"
VIE = "Europe/Vienna"
MX = "mx02.mailbox.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    """File stem of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 4) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {qid}", ME, lag)


VTZ_VIENNA = """BEGIN:VTIMEZONE
TZID:Europe/Vienna
X-LIC-LOCATION:Europe/Vienna
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

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Besprechungs-ID: {code}
Kennung: {pw}
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {code}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives


@make.mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-10 14:00", BER), end=utc("2026-09-10 14:45", BER),
           local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone=BER,
           contact="carla.brenner@mainfeld-logistics.de", company="Mainfeld Logistics Automation GmbH",
           note="Greenhouse confirmation, US-style date 'Thursday, September 10, 2026 2:00 PM - 2:45 PM "
                "CEST' = 12:00-12:45Z; ICS Europe/Berlin agrees; contact = human Reply-To (recruiter)")
def p01() -> bytes:
    body = t("""
        Hi Jonas,

        Thank you for your interest in the Senior Automation Engineer (Intralogistics) role at
        Mainfeld Logistics Automation. This email confirms the following interview:

        Video Interview - Hiring Manager
        Thursday, September 10, 2026
        2:00 PM - 2:45 PM CEST

        Interviewer: Stefan Köhler (Head of Controls Engineering)
        Location: Microsoft Teams - the link is in the attached calendar invitation

        Please plan a few minutes to walk us through one of your commissioning projects (no slides
        needed). If you need to reschedule, simply reply to this email.

        Best regards,
        Carla Brenner
        Talent Acquisition | Mainfeld Logistics Automation GmbH
        Hanauer Landstraße 212, 60314 Frankfurt am Main
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Hi Jonas,</p>
        <p>Thank you for your interest in the Senior Automation Engineer (Intralogistics) role at
        Mainfeld Logistics Automation. This email confirms the following interview:</p>
        <table cellpadding="6" style="border:1px solid #e3e3e3;background:#fafafa">
        <tr><td><strong>Video Interview - Hiring Manager</strong></td></tr>
        <tr><td>Thursday, September 10, 2026<br>2:00 PM - 2:45 PM CEST</td></tr>
        <tr><td>Interviewer: Stefan K&ouml;hler (Head of Controls Engineering)</td></tr>
        <tr><td>Location: Microsoft Teams - the link is in the attached calendar invitation</td></tr>
        </table>
        <p>Please plan a few minutes to walk us through one of your commissioning projects (no slides
        needed). If you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Carla Brenner<br>Talent Acquisition | Mainfeld Logistics Automation GmbH<br>
        Hanauer Landstra&szlig;e 212, 60314 Frankfurt am Main</p>
        <p style="font-size:11px;color:#999">Powered by Greenhouse</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software Inc//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:gh-interview-51873302-4471@greenhouse.io
DTSTAMP:20260907T091402Z
DTSTART;TZID=Europe/Berlin:20260910T140000
DTEND;TZID=Europe/Berlin:20260910T144500
SUMMARY:Video Interview - Hiring Manager (Mainfeld Logistics Automation)
DESCRIPTION:Interview with Stefan Köhler\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzA5ZTk1\\nQuestions: carla.brenner@mainfeld-logistics.de
LOCATION:Microsoft Teams
ORGANIZER;CN=Carla Brenner:mailto:carla.brenner@mainfeld-logistics.de
ATTENDEE;CN=Jonas Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.weber@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("o1.ptr4471.us.greenhouse-mail.io", "167.89.12.44", "2026-09-07 09:14:02", "UTC",
                         "4MgT2q1bJ7z9v")),
        ("From", addr("Mainfeld Logistics Automation", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Carla Brenner", "carla.brenner@mainfeld-logistics.de")),
        ("To", JONAS),
        ("Subject", "Interview Confirmation: Senior Automation Engineer (Intralogistics) at Mainfeld "
                    "Logistics Automation"),
        ("Date", date("2026-09-07 09:14:02", "UTC")),
        ("Message-ID", "<SG.aF3kQ9w2TmeU0p7xLr@geopod-ismtpd-7-1>"),
        ("X-SG-EID", "u001.Zq7Xn2MbW0e8vU4y"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True,
                      cte="quoted-printable")))


@make.mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:30", BER), end=utc("2026-09-15 11:30", BER),
           local="Tue 2026-09-15 10:30", local_end="2026-09-15 11:30", zone=BER,
           contact="miriam.kessler@quadratwerk-automation.de", company="Quadratwerk Automation GmbH",
           note="Personio invitation, HTML only in base64: 'Dienstag, 15.09.2026, 10:30 - 11:30 Uhr' in "
                "Mannheim, CEST -> 08:30-09:30Z; contact = human Reply-To")
def p02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <title>Einladung</title></head>
        <body style="margin:0;background:#f4f5f7;font-family:'Helvetica Neue',Arial,sans-serif">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px">
        <img src="https://quadratwerk.jobs.personio.de/logo.png" alt="Quadratwerk Automation" height="40">
        <p>Hallo Herr Weber,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Automatisierungsingenieur SPS / Robotik (m/w/d)</b>.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen, und bestätigen hiermit
        den Termin:</p>
        <table style="border-left:3px solid #1d6fdc;padding-left:12px">
        <tr><td style="color:#777">Datum</td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td style="color:#777">Uhrzeit</td><td>10:30 - 11:30 Uhr</td></tr>
        <tr><td style="color:#777">Ort</td><td>Quadratwerk Automation GmbH, N7 13, 68161 Mannheim
        (Empfang im 2. OG)</td></tr>
        <tr><td style="color:#777">Gesprächspartner</td><td>Dirk Sauer (Teamleiter Inbetriebnahme),
        Miriam Kessler (HR)</td></tr>
        </table>
        <p>Parkplätze gibt es im Parkhaus N7 direkt gegenüber. Falls Sie den Termin nicht wahrnehmen
        können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Viele Grüße<br>Miriam Kessler<br>People &amp; Culture</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Diese Nachricht wurde über Personio versendet.
        Informationen zum Datenschutz finden Sie unter quadratwerk.jobs.personio.de/privacy-policy.</p>
        </div></body></html>
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-eu1.personio.de", "52.57.118.3", "2026-09-09 15:02:41", BER, "4MhW9c3kR1z2L")),
        ("From", addr("Quadratwerk Automation GmbH", "noreply@personio.de")),
        ("Reply-To", addr("Miriam Kessler", "miriam.kessler@quadratwerk-automation.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Automatisierungsingenieur SPS / Robotik (m/w/d)")),
        ("Date", date("2026-09-09 15:02:41", BER)),
        ("Message-ID", "<0102019182c4a7f1-9e1d5f3a-77b0-4c1e-a0d4-5b2e8f6c1a90-000000@eu-central-1.amazonses.com>"),
    ], html(page, cte="base64"))


@make.mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-25 14:30", BER), local="Fri 2026-09-25 14:30", zone=BER,
           contact="timo.schreiner@rheinufer-prozesstechnik.de", company="Rheinufer Prozesstechnik GmbH",
           days=(("Thu", "2026-09-24"), ("Fri", "2026-09-25")),
           note="Hiring manager's reply (du, Kurpfalz) sent Wed 23 Sep 00:17 CEST (= Tue 22:17Z): "
                "'übermorgen ... um halb drei' resolves against the local date Wed -> Fri 25 Sep 14:30 CEST = "
                "12:30Z (the UTC date would give Thursday, which the quoted mail also offers); no length")
def p03() -> bytes:
    body = t("""
        Hi Jonas,

        sorry fer die späte Antwort, ich hock noch bei der Inbetriebnahme in Frankenthal, die
        Pumpensteuerung will heut net so wie mir.

        Übermorgen passt uns gut. Dann sehen wir uns um halb drei bei uns in der Industriestraße 18,
        meld dich einfach am Empfang, die rufen mich dann. Mit dabei ist noch der Uwe aus der
        Prozessleittechnik, wir reden so ne gute Stunde über die Stelle und deine Projekte. Bring gern
        des Beispiel mit dem S7-Umbau mit, des interessiert uns.

        Gruß
        Timo

        --
        Timo Schreiner
        Leiter Automatisierung
        Rheinufer Prozesstechnik GmbH | Industriestraße 18 | 67063 Ludwigshafen am Rhein
        Tel. +49 621 5590 2214 | Mobil +49 171 4481 207

        Am 22.09.2026 um 18:03 schrieb Jonas Weber <jonas.weber@example.org>:
        > Hallo Timo,
        >
        > danke für den Anruf heute! Wie besprochen schick ich dir noch meine Verfügbarkeit für ein
        > Kennenlerngespräch zur Stelle als Automatisierungsingenieur: ich könnte diese Woche am
        > Donnerstag oder am Freitag jeweils ab 13 Uhr, nächste Woche wird's eher schwierig.
        >
        > Viele Grüße
        > Jonas
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mout.kundenserver.de", "212.227.126.131", "2026-09-23 00:17:09", BER, "4MjB0x5tHsz7Q")),
        ("From", addr("Timo Schreiner", "timo.schreiner@rheinufer-prozesstechnik.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Re: Kennenlerngespräch Automatisierung")),
        ("Date", date("2026-09-23 00:17:09", BER)),
        ("Message-ID", "<7c1b2e04-5f9a-4d8e-b1a6-3e0f9d2c8a71@rheinufer-prozesstechnik.de>"),
        ("In-Reply-To", "<a9f0c3e2-11d4-4b57-9e8a-2c6b7d1f0e35@example.org>"),
        ("References", "<a9f0c3e2-11d4-4b57-9e8a-2c6b7d1f0e35@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body, cte="8bit", params="format=flowed"))


@make.mail(n(4), family="exchange_teams", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-26 09:00", BER), end=utc("2026-10-26 10:00", BER),
           local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=BER,
           contact="sabine.vogt@albtal-robotik.de", company="Albtal Robotik AG",
           note="Outlook meeting request; the time is only in the ICS (W. Europe Standard Time "
                "20261026T090000-100000). Sent in CEST on 20 Oct, but the interview is the day after the "
                "switch to CET (25 Oct) -> 08:00-09:00Z; contact = human ORGANIZER/sender")
def p04() -> bytes:
    teams = TEAMS_DE.format(mid="NzQ1YmUwZDMtOGE0Ny00YzFiLWI2ZTUtYzA5NmI2ZDNmMTQy",
                            tid="8a3f1c20-6b5d-4e2a-9f71-0c4d2b8e6a15", code="374 992 118 650", pw="Vb7qXz")
    body = t("""
        Sehr geehrter Herr Weber,

        wie heute Vormittag telefonisch besprochen, sende ich Ihnen hiermit die Einladung zu unserem
        Vorstellungsgespräch für die Position Robotik-Ingenieur (m/w/d) Schweißzellen. Teilnehmen werden
        Herr Dr. Lutz (Leiter Robotik) und ich. Das Gespräch findet per Microsoft Teams statt; bitte
        halten Sie Ihr Zeugnis der letzten Station bereit, falls Herr Dr. Lutz Rückfragen hat.

        Bitte nehmen Sie die Einladung kurz an, damit der Termin in unseren Kalendern fix ist.

        Mit freundlichen Grüßen
        Sabine Vogt
        Personalreferentin
        Albtal Robotik AG | Am Storrenacker 9 | 76139 Karlsruhe
        Tel. +49 721 6604 318

        """) + teams
    page = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"></head><body lang="DE" link="#0563C1"><div class="WordSection1">\n'
            + "\n".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>'
                        for line in body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .split("\n"))
            + "\n</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Vogt Sabine:mailto:sabine.vogt@albtal-robotik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Weber:mailto:jonas.weber@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lutz Dr. Matthias:mailto:matthias.lutz@albtal-robotik.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Weber\\,\\n\\nwie heute Vormittag telefonisch besprochen\\, sende ich Ihnen hiermit die Einladung zu unserem Vorstellungsgespräch.\\n
UID:040000008200E00074C5B7101A82E00800000000D0B4C1A3F160DD01000000000000000010000000A7C3D5E8F9B24C1E8D6F0A2B3C4D5E6F
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Jonas Weber – Robotik-Ingenieur (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20261026T090000
DTEND;TZID=W. Europe Standard Time:20261026T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T074112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117432981
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
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-fr2deu01on2105.outbound.protection.outlook.com", "40.107.135.105",
                         "2026-10-20 09:41:12", BER, "4N2kQ7vD0pz3M")),
        ("From", addr("Vogt, Sabine", "sabine.vogt@albtal-robotik.de")),
        ("To", addr("Jonas Weber", ME)),
        ("CC", addr("Lutz, Dr. Matthias", "matthias.lutz@albtal-robotik.de")),
        ("Subject", enc("Vorstellungsgespräch Jonas Weber – Robotik-Ingenieur (m/w/d)")),
        ("Thread-Topic", enc("Vorstellungsgespräch Jonas Weber – Robotik-Ingenieur (m/w/d)")),
        ("Thread-Index", "AdtA3xKp7mVq2C1bT0iFQ5w8RZ9cLg=="),
        ("Date", date("2026-10-20 09:41:12", BER)),
        ("Message-ID", "<FR2P281MB1734A0E3C9D1B7F2C6E8A41DC2B92@FR2P281MB1734.DEUP281.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(n(5), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-14 16:00", BER), local="Wed 2026-10-14 16:00", zone=BER,
           contact=None, company="Rheintal Drives SE",
           note="Workday notification with US-style '10/14/2026' and '4:00 PM (GMT+02:00) Central European "
                "Summer Time (Berlin)' = 14:00Z; no end; only a recruiter name, no human address -> contact null")
def p05() -> bytes:
    body = t("""
        Dear Jonas,

        Thank you for your continued interest in Rheintal Drives SE. We are pleased to confirm your
        interview for the position below.

        Job Requisition: R-0042871 Automation Engineer, Test Systems (m/f/d)
        Interview Type: Virtual Interview (Microsoft Teams)
        Interview Date: Wednesday, 10/14/2026
        Start Time: 4:00 PM
        Time Zone: (GMT+02:00) Central European Summer Time (Berlin)
        Interviewers: Dana Kowalczyk (Recruiter), Henrik Baumgart (Team Lead Test Automation)

        The meeting link will be shared by your recruiter before the interview. Should you have
        questions, please reach out to your recruiter via your Candidate Home account:
        https://wd3.myworkdaysite.com/recruiting/rheintaldrives/External/userHome

        Kind regards,
        Talent Acquisition
        Rheintal Drives SE

        This is a system-generated message. Please do not reply to this email.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Jonas,</p>
        <p>Thank you for your continued interest in Rheintal Drives SE. We are pleased to confirm your
        interview for the position below.</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Job Requisition:</b></td><td>R-0042871 Automation Engineer, Test Systems (m/f/d)</td></tr>
        <tr><td><b>Interview Type:</b></td><td>Virtual Interview (Microsoft Teams)</td></tr>
        <tr><td><b>Interview Date:</b></td><td>Wednesday, 10/14/2026</td></tr>
        <tr><td><b>Start Time:</b></td><td>4:00 PM</td></tr>
        <tr><td><b>Time Zone:</b></td><td>(GMT+02:00) Central European Summer Time (Berlin)</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Dana Kowalczyk (Recruiter), Henrik Baumgart (Team Lead Test
        Automation)</td></tr>
        </table>
        <p>The meeting link will be shared by your recruiter before the interview. Should you have
        questions, please reach out to your recruiter via your
        <a href="https://wd3.myworkdaysite.com/recruiting/rheintaldrives/External/userHome">Candidate Home</a>
        account.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Rheintal Drives SE</p>
        <p style="color:#888;font-size:11px">This is a system-generated message. Please do not reply to
        this email.</p>
        </body></html>
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("wd3-impl-smtp.myworkday.com", "198.187.89.61", "2026-10-08 17:22:37", BER,
                         "4N0cG1rS8fz5K")),
        ("From", addr("Rheintal Drives", "rheintaldrives@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Automation Engineer, Test Systems (m/f/d) (R-0042871)"),
        ("Date", date("2026-10-08 15:22:37", "UTC")),
        ("Message-ID", "<1877205113.8844312.1791473557401@wd3-prod-sender-14>"),
    ], alt(text(body, charset="us-ascii", cte="7bit"), html(page, charset="us-ascii", cte="7bit")))


@make.mail(n(6), family="exchange_teams", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-03 10:00", "America/Chicago"), end=utc("2026-11-03 11:00", "America/Chicago"),
           local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="America/Chicago",
           contact="megan.ostrowski@prairielinecontrols.com", company="Prairie Line Controls Inc.",
           note="Outlook request from Chicago sent Thu 29 Oct in CDT; 'Tuesday, November 3, 2026 10:00 AM-11:00 "
                "AM (UTC-06:00) Central Time' is after the US switch back (1 Nov), so CST -> 16:00-17:00Z "
                "(17:00 CET as the note says); ICS Central Standard Time agrees")
def p06() -> bytes:
    teams = TEAMS_EN.format(mid="ZGI3YzE1ODAtNjBhMS00ZWM1LWI4NTMtOTQwYWQ2MjFmNzc5",
                            tid="2f6c9b1e-74d0-4a38-8e5b-c1d0f93a7e42", code="221 604 887 139", pw="kT3mQ8")
    body = t("""
        When: Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-06:00) Central Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Jonas,

        As promised, here is the invite for your technical interview for the Senior Controls Engineer
        (Remote, EMEA) role. You'll be meeting with Rick Alvarado (Director, Controls) and Sunita Rao
        (Lead, MES Integration). Expect a deep dive on Rockwell/Siemens migration projects and a short
        whiteboard exercise on a conveyor merge.

        Heads-up on the time: that is 5:00 PM your time in Mannheim. We fall back from daylight time
        this Sunday, so the gap is 7 hours again rather than the 6 it has been this week.

        Thanks,
        Megan

        Megan Ostrowski | Senior Technical Recruiter
        Prairie Line Controls Inc. | 330 N Wabash Ave, Chicago, IL 60611
        megan.ostrowski@prairielinecontrols.com | +1 312 555 0148

        """) + teams
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(f"<p>{line or '&nbsp;'}</p>"
                        for line in body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .split("\n"))
            + "\n</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Megan Ostrowski:mailto:megan.ostrowski@prairielinecontrols.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.weber@example.org:mailto:jonas.weber@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rick Alvarado:mailto:rick.alvarado@prairielinecontrols.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sunita Rao:mailto:sunita.rao@prairielinecontrols.com
DESCRIPTION;LANGUAGE=en-US:Hi Jonas\\,\\n\\nAs promised\\, here is the invite for your technical interview for the Senior Controls Engineer (Remote\\, EMEA) role.\\n
UID:040000008200E00074C5B7101A82E008000000005E2F3A4B9C6ADD0100000000000000001000000031B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:Technical Interview - Jonas Weber (Senior Controls Engineer)
DTSTART;TZID=Central Standard Time:20261103T100000
DTEND;TZID=Central Standard Time:20261103T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T130512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-dm6nam11on2092.outbound.protection.outlook.com", "40.107.223.92",
                         "2026-10-29 08:05:12", "America/Chicago", "4N6xS2pL4vz1R")),
        ("From", addr("Megan Ostrowski", "megan.ostrowski@prairielinecontrols.com")),
        ("To", ME),
        ("CC", "rick.alvarado@prairielinecontrols.com, sunita.rao@prairielinecontrols.com"),
        ("Subject", "Technical Interview - Jonas Weber (Senior Controls Engineer)"),
        ("Thread-Topic", "Technical Interview - Jonas Weber (Senior Controls Engineer)"),
        ("Thread-Index", "AdtB9q0zk3R1xU7nSCmZx2fLw4VbHA=="),
        ("Date", date("2026-10-29 08:05:12", "America/Chicago")),
        ("Message-ID", "<DM6PR11MB4017C3D2E9F0A7B15E2D8C0A95F1@DM6PR11MB4017.namprd11.prod.outlook.com>"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@make.mail(n(7), family="calendly", lang="de-AT", interview=True, kind="scheduled",
           start=utc("2026-10-07 11:00", VIE), end=utc("2026-10-07 11:30", VIE),
           local="Wed 2026-10-07 11:00", local_end="2026-10-07 11:30", zone=VIE,
           contact="lea.hartmann@donaukanal-robotics.at", company="Donaukanal Robotics GmbH",
           note="Calendly invitee confirmation in German (Vienna host), '11:00 - 11:30, Mittwoch, 7. Oktober "
                "2026 (Mitteleuropäische Sommerzeit)' = 09:00-09:30Z; ICS in UTC agrees; contact = host in "
                "Reply-To")
def p07() -> bytes:
    body = t("""
        Hallo Jonas Weber,

        Ihr Termin ist eingeplant.

        Ereignistyp:
        Erstgespräch Steuerungstechniker:in (Wien / hybrid)

        Mit:
        Lea Hartmann

        Datum/Uhrzeit:
        11:00 - 11:30, Mittwoch, 7. Oktober 2026 (Mitteleuropäische Sommerzeit)

        Ort:
        Dieses Gespräch findet per Microsoft Teams statt. Der Link folgt in einer separaten Einladung.

        Beantwortete Fragen:
        Woran arbeiten Sie gerade?
        Retrofit einer Abfüllanlage (S7-1500, WinCC Unified), Inbetriebnahme beim Kunden.

        Ereignis auf Ihrem Kalender anzeigen:
        https://calendly.com/events/7b2e91c4-0f3d-4a55-9e61-28d4c0a1b6f9/google

        Benötigen Sie Änderungen für dieses Ereignis?
        Absagen: https://calendly.com/cancellations/7b2e91c4-0f3d-4a55-9e61-28d4c0a1b6f9
        Neu planen: https://calendly.com/reschedulings/7b2e91c4-0f3d-4a55-9e61-28d4c0a1b6f9

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
        <div style="max-width:560px;margin:auto">
        <p>Hallo Jonas Weber,</p>
        <p>Ihr Termin ist eingeplant.</p>
        <p><b>Ereignistyp:</b><br>Erstgespräch Steuerungstechniker:in (Wien / hybrid)</p>
        <p><b>Mit:</b><br>Lea Hartmann</p>
        <p><b>Datum/Uhrzeit:</b><br>11:00 - 11:30, Mittwoch, 7. Oktober 2026 (Mitteleuropäische Sommerzeit)</p>
        <p><b>Ort:</b><br>Dieses Gespräch findet per Microsoft Teams statt. Der Link folgt in einer
        separaten Einladung.</p>
        <p><b>Beantwortete Fragen:</b><br>Woran arbeiten Sie gerade?<br>Retrofit einer Abfüllanlage
        (S7-1500, WinCC Unified), Inbetriebnahme beim Kunden.</p>
        <p><a href="https://calendly.com/events/7b2e91c4-0f3d-4a55-9e61-28d4c0a1b6f9/google">Ereignis auf
        Ihrem Kalender anzeigen</a></p>
        <p>Benötigen Sie Änderungen für dieses Ereignis?<br>
        <a href="https://calendly.com/cancellations/7b2e91c4-0f3d-4a55-9e61-28d4c0a1b6f9">Absagen</a> |
        <a href="https://calendly.com/reschedulings/7b2e91c4-0f3d-4a55-9e61-28d4c0a1b6f9">Neu planen</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7b2e91c4-0f3d-4a55-9e61-28d4c0a1b6f9@calendly.com
DTSTAMP:20261005T134812Z
DTSTART:20261007T090000Z
DTEND:20261007T093000Z
SUMMARY:Erstgespräch Steuerungstechniker:in (Wien / hybrid) zwischen Lea Hartmann und Jonas Weber
ORGANIZER;CN=Lea Hartmann:mailto:lea.hartmann@donaukanal-robotics.at
ATTENDEE;CN=Jonas Weber;PARTSTAT=ACCEPTED:mailto:jonas.weber@example.org
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("o7.email.calendly.com", "167.89.101.27", "2026-10-05 13:48:12", "UTC", "4N0Kc6wB2qz8T")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Lea Hartmann", "lea.hartmann@donaukanal-robotics.at")),
        ("To", ME),
        ("Subject", enc("Bestätigt: Erstgespräch Steuerungstechniker:in mit Lea Hartmann am Mittwoch, "
                        "7. Oktober 2026")),
        ("Date", date("2026-10-05 13:48:12", "UTC")),
        ("Message-ID", "<4f8a2c19e07b41d6a3c5@calendly.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="8bit")))


@make.mail(n(8), family="softgarden", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-22 13:00", BER), end=utc("2026-10-22 14:30", BER),
           local="Thu 2026-10-22 13:00", local_end="2026-10-22 14:30", zone=BER,
           contact="katrin.albers@neckarbogen-medizintechnik.de", company="Neckarbogen Medizintechnik GmbH",
           note="softgarden confirmation after the candidate picked a slot (thread with the pick-a-slot mail): "
                "'Do., 22.10.2026, 13:00 - 14:30 Uhr' in Heidelberg, CEST -> 11:00-12:30Z. Reply-To is the "
                "shared bewerbung@ mailbox, so contact = the HR person's address in the signature; "
                "windows-1252 quoted-printable")
def p08() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        vielen Dank, dass Sie sich einen Termin ausgewählt haben. Hiermit bestätigen wir Ihr
        Vorstellungsgespräch für die Position

            Ingenieur Automatisierung Prüfanlagen (m/w/d) – Heidelberg

        Termin:   Do., 22.10.2026, 13:00 – 14:30 Uhr
        Ort:      Neckarbogen Medizintechnik GmbH, Czernyring 31, 69115 Heidelberg, Gebäude B, Empfang

        Ihre Gesprächspartner sind Herr Jens Moosbrugger (Leitung Testsysteme) und ich. Im Anschluss
        zeigen wir Ihnen gern unsere Fertigung. Bitte bringen Sie einen Lichtbildausweis mit, da der
        Zugang zum Reinraumbereich registriert wird.

        Sollten Sie verhindert sein, geben Sie uns bitte rechtzeitig Bescheid.

        Mit freundlichen Grüßen

        Dr. Katrin Albers
        Personalreferentin
        Neckarbogen Medizintechnik GmbH
        Tel. +49 6221 43 870-112
        katrin.albers@neckarbogen-medizintechnik.de

        Diese E-Mail wurde über softgarden e-recruiting versendet.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Verdana,sans-serif;font-size:12px">
        <p>Sehr geehrter Herr Weber,</p>
        <p>vielen Dank, dass Sie sich einen Termin ausgewählt haben. Hiermit bestätigen wir Ihr
        Vorstellungsgespräch für die Position</p>
        <p style="margin-left:20px"><b>Ingenieur Automatisierung Prüfanlagen (m/w/d) – Heidelberg</b></p>
        <p><b>Termin:</b> Do., 22.10.2026, 13:00 – 14:30 Uhr<br>
        <b>Ort:</b> Neckarbogen Medizintechnik GmbH, Czernyring 31, 69115 Heidelberg, Gebäude B, Empfang</p>
        <p>Ihre Gesprächspartner sind Herr Jens Moosbrugger (Leitung Testsysteme) und ich. Im Anschluss
        zeigen wir Ihnen gern unsere Fertigung. Bitte bringen Sie einen Lichtbildausweis mit, da der
        Zugang zum Reinraumbereich registriert wird.</p>
        <p>Sollten Sie verhindert sein, geben Sie uns bitte rechtzeitig Bescheid.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Dr. Katrin Albers<br>Personalreferentin<br>Neckarbogen Medizintechnik GmbH<br>
        Tel. +49 6221 43 870-112<br>
        <a href="mailto:katrin.albers@neckarbogen-medizintechnik.de">katrin.albers@neckarbogen-medizintechnik.de</a></p>
        <p style="color:#999;font-size:10px">Diese E-Mail wurde über softgarden e-recruiting versendet.</p>
        </body></html>
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mta-out3.softgarden.io", "185.67.44.203", "2026-10-16 10:05:33", BER, "4N1pZ3dF6kz4W")),
        ("From", addr("Neckarbogen Medizintechnik GmbH", "noreply@softgarden.io")),
        ("Reply-To", "bewerbung@neckarbogen-medizintechnik.de"),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs am 22.10.2026", "windows-1252")),
        ("Date", date("2026-10-16 10:05:33", BER)),
        ("Message-ID", "<sg.2026101608053.88213.candidate@softgarden.io>"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@make.mail(n(9), family="join", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-18 09:00", BER), local="Wed 2026-11-18 09:00", zone=BER,
           contact="felix.brandl@jungbusch-sensorik.de", company="Jungbusch Sensorik GmbH",
           note="Message relayed by JOIN from the startup's founder (du): 'Mittwoch, 18.11., 9 Uhr' in "
                "Mannheim, CET -> 08:00Z; 'ca. eine Stunde' is approximate, so no end; contact = human "
                "Reply-To")
def p09() -> bytes:
    body = t("""
        Felix Brandl von Jungbusch Sensorik GmbH hat dir eine Nachricht zu deiner Bewerbung
        "Embedded- & Automatisierungsingenieur (m/w/d)" geschickt:

        ------------------------------------------------------------

        Hey Jonas,

        danke für die schnelle Rückmeldung! Dann machen wir's fix: Mittwoch, 18.11., 9 Uhr bei uns im
        Büro in der Hafenstraße 49 (Hinterhaus, 3. Stock, Klingel "JBS"). Kaffee gibt's, Hardware zum
        Anfassen auch. Dabei sind Aylin (Hardware) und ich, wir planen ca. eine Stunde ein.

        Falls was dazwischen kommt, schreib mir einfach direkt.

        Bis Mittwoch!
        Felix

        ------------------------------------------------------------

        Du kannst direkt auf diese E-Mail antworten. Deine Antwort geht an Felix Brandl.

        JOIN Solutions AG · Sihlquai 131 · 8005 Zürich
        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
        """)
    page = t("""
        <html><body style="background:#f6f7fb;font-family:Inter,Arial,sans-serif;font-size:15px">
        <div style="max-width:580px;margin:24px auto;background:#fff;border-radius:8px;padding:28px">
        <p style="color:#666">Felix Brandl von <b>Jungbusch Sensorik GmbH</b> hat dir eine Nachricht zu deiner
        Bewerbung &quot;Embedded- &amp; Automatisierungsingenieur (m/w/d)&quot; geschickt:</p>
        <div style="border-left:4px solid #3b5bfd;padding:4px 16px;margin:18px 0">
        <p>Hey Jonas,</p>
        <p>danke für die schnelle Rückmeldung! Dann machen wir's fix: Mittwoch, 18.11., 9 Uhr bei uns im
        Büro in der Hafenstraße 49 (Hinterhaus, 3. Stock, Klingel &quot;JBS&quot;). Kaffee gibt's, Hardware zum
        Anfassen auch. Dabei sind Aylin (Hardware) und ich, wir planen ca. eine Stunde ein.</p>
        <p>Falls was dazwischen kommt, schreib mir einfach direkt.</p>
        <p>Bis Mittwoch!<br>Felix</p>
        </div>
        <p style="font-size:13px;color:#888">Du kannst direkt auf diese E-Mail antworten. Deine Antwort geht an
        Felix Brandl.</p>
        <p style="font-size:11px;color:#aaa">JOIN Solutions AG · Sihlquai 131 · 8005 Zürich<br>
        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.</p>
        </div></body></html>
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.join.com", "159.135.228.17", "2026-11-12 16:30:52", BER, "4N9fT0yH3wz6P")),
        ("From", addr("Felix Brandl via JOIN", "noreply@join.com")),
        ("Reply-To", addr("Felix Brandl", "felix.brandl@jungbusch-sensorik.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Neue Nachricht von Jungbusch Sensorik GmbH: Embedded- & Automatisierungsingenieur "
                        "(m/w/d)")),
        ("Date", date("2026-11-12 15:30:52", "UTC")),
        ("Message-ID", "<20261112153052.6d1f0a92c4b3@mail.join.com>"),
    ], alt(text(body), html(page)))


@make.mail(n(10), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-27 16:00", BER), end=utc("2026-11-27 17:00", BER),
           local="Fri 2026-11-27 16:00", local_end="2026-11-27 17:00", zone=BER,
           contact="oliver.pryce@fenwicklabs.co.uk", company="Fenwick Labs Ltd",
           note="Google Calendar invitation from a London organizer rendered in the guest's zone: 'Fri 27 Nov "
                "2026 16:00 - 17:00 (Central European Time - Berlin)' = 15:00-16:00Z (15:00 London); ICS in "
                "UTC agrees; contact = organizer")
def p10() -> bytes:
    body = t("""
        Oliver Pryce has invited you to the following event with note:

        Hi Jonas - great speaking on Tuesday. This is the technical round with Amara (our robotics lead)
        and me: a look at your AGV fleet-control work and a short live exercise on a PLC state machine.
        No prep needed beyond that. Speak Friday!

        Fenwick Labs - Technical interview (Jonas Weber)

        Friday 27 Nov 2026 ⋅ 16:00 – 17:00 (Central European Time - Berlin)

        Join with Google Meet
        meet.google.com/qzp-ruwt-hkd

        Join by phone
        (GB) +44 20 3956 1873 PIN: 418 220 953#

        More phone numbers: https://tel.meet/qzp-ruwt-hkd?pin=9072214390581

        Organiser
        Oliver Pryce - organiser
        oliver.pryce@fenwicklabs.co.uk

        Guests
        Oliver Pryce - organiser
        amara.okafor@fenwicklabs.co.uk
        jonas.weber@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2NkNmI4c2VhZ3Zi

        Reply for jonas.weber@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving future
        updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be added
        to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
        """)
    page = gmail_html(body)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261127T150000Z
DTEND:20261127T160000Z
DTSTAMP:20261123T103107Z
ORGANIZER;CN=Oliver Pryce:mailto:oliver.pryce@fenwicklabs.co.uk
UID:3cd6b8seagvb1q9o0m7kf2r4tu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oliver Pryce;X-NUM-GUESTS=0:mailto:oliver.pryce@fenwicklabs.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=amara.okafor@fenwicklabs.co.uk;X-NUM-GUESTS=0:mailto:amara.okafor@fenwicklabs.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.weber@example.org;X-NUM-GUESTS=0:mailto:jonas.weber@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/qzp-ruwt-hkd
CREATED:20261123T103015Z
DESCRIPTION:Hi Jonas - great speaking on Tuesday. This is the technical round with Amara (our robotics lead) and me.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/qzp-ruwt-hkd\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20261123T103107Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fenwick Labs - Technical interview (Jonas Weber)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-11-23 10:31:07", "UTC", "4NBx1m7Q5cz2D")),
        ("From", addr("Oliver Pryce", "oliver.pryce@fenwicklabs.co.uk")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "oliver.pryce@fenwicklabs.co.uk"),
        ("To", ME),
        ("Subject", "Invitation: Fenwick Labs - Technical interview (Jonas Weber) @ Fri 27 Nov 2026 16:00 - 17:00 "
                    "(CET) (jonas.weber@example.org)"),
        ("Date", date("2026-11-23 10:31:07", "UTC")),
        ("Message-ID", "<calendar-5e1c7a40-92b3-4f6d-8a0e-b7c2d9f31e56@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, charset="UTF-8")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      cte="base64", charset="UTF-8", name_param=True)))


@make.mail(n(11), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-12-03 10:00", BER), end=utc("2026-12-03 12:00", BER),
           local="Thu 2026-12-03 10:00", local_end="2026-12-03 12:00", zone=BER,
           contact="priya.raman@lumengrid.energy", company="Lumen Grid Energy GmbH",
           note="Ashby itinerary of two sessions on Thu 3 Dec, 10:00-10:45 and 11:00-12:00 CET: first start to "
                "last end -> 09:00-11:00Z; no ICS; base64 bodies; contact = human Reply-To")
def p11() -> bytes:
    body = t("""
        Hi Jonas,

        Your final-round interviews with Lumen Grid Energy are confirmed. Here is your itinerary:

        Thursday, December 3, 2026 (all times CET, UTC+1)

        10:00 – 10:45  System design: battery-storage site controller
                       with Jakob Reinholz, Staff Engineer
        10:45 – 11:00  Break
        11:00 – 12:00  Team & values conversation
                       with Ines Marquardt, VP Engineering, and Priya Raman, Talent Partner

        All sessions take place on Google Meet: https://meet.google.com/vhe-qmbn-xte

        Anything unclear or need to move something? Just reply to this email and it will reach Priya.

        Good luck - we're looking forward to it!
        The Lumen Grid Energy Team
        """)
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Jonas,</p>
        <p>Your final-round interviews with <strong>Lumen Grid Energy</strong> are confirmed. Here is your
        itinerary:</p>
        <h3 style="margin-bottom:4px">Thursday, December 3, 2026</h3>
        <p style="color:#6e7781;margin-top:0">All times CET (UTC+1)</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>10:00 – 10:45</td><td>System design: battery-storage site controller<br>
        <span style="color:#6e7781">with Jakob Reinholz, Staff Engineer</span></td></tr>
        <tr><td>10:45 – 11:00</td><td>Break</td></tr>
        <tr><td>11:00 – 12:00</td><td>Team &amp; values conversation<br>
        <span style="color:#6e7781">with Ines Marquardt, VP Engineering, and Priya Raman, Talent
        Partner</span></td></tr>
        </table>
        <p>All sessions take place on Google Meet:
        <a href="https://meet.google.com/vhe-qmbn-xte">meet.google.com/vhe-qmbn-xte</a></p>
        <p>Anything unclear or need to move something? Just reply to this email and it will reach Priya.</p>
        <p>Good luck - we're looking forward to it!<br>The Lumen Grid Energy Team</p>
        <p style="font-size:11px;color:#8c959f">Sent with Ashby</p>
        </body></html>
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("a8-31.smtp-out.amazonses.com", "54.240.8.31", "2026-11-30 14:10:26", "UTC",
                         "4NDq8r2W1gz9F")),
        ("From", addr("Lumen Grid Energy", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Priya Raman", "priya.raman@lumengrid.energy")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "Your interview itinerary - Lumen Grid Energy (Senior Controls Engineer, Storage)"),
        ("Date", date("2026-11-30 14:10:26", "UTC")),
        ("Message-ID", "<010701938f5c2a77-d41b6e08-3c9a-4f17-8e25-a90c6b3d7f12-000000@email.amazonses.com>"),
    ], alt(text(body, cte="base64"), html(page, cte="base64")))


@make.mail(n(12), family="taleo", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-09 13:30", BER), local="Mon 2026-11-09 13:30", zone=BER,
           contact="andreas.goett@kurpfalz-energie.de", company="Kurpfalz Energie AG",
           note="Taleo invitation, iso-8859-1: 'Montag, 09.11.2026, um 13:30 Uhr' in Mannheim, CET -> 12:30Z; "
                "the attached ICS is an all-day event (VALUE=DATE 20261109) with the time only in the text; "
                "'rund zwei Stunden' is approximate, no end; contact = named contact person in the body")
def p12() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        vielen Dank für Ihre Bewerbung auf die Stelle

        Ingenieur Leittechnik Kraftwerksanlagen (w/m/d)
        Anforderungsnummer: 26000417

        Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen:

        am Montag, 09.11.2026, um 13:30 Uhr
        Kurpfalz Energie AG, Luisenring 49, 68159 Mannheim, Haus 2, Besprechungsraum "Friesenheim"

        Für das Gespräch inklusive einer kurzen Fachaufgabe sollten Sie rund zwei Stunden einplanen.
        Eine Kalenderdatei für Ihren Terminkalender haben wir beigefügt. Reisekosten erstatten wir
        Ihnen gerne gegen Vorlage der Belege.

        Ihr Ansprechpartner für Rückfragen:
        Herr Andreas Gött, Personalgewinnung
        Telefon 0621 290 4417
        E-Mail andreas.goett@kurpfalz-energie.de

        Mit freundlichen Grüßen

        Ihre Personalgewinnung
        Kurpfalz Energie AG

        Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body><font face="Arial" size="2">
        <p>Sehr geehrter Herr Weber,</p>
        <p>vielen Dank für Ihre Bewerbung auf die Stelle</p>
        <p><b>Ingenieur Leittechnik Kraftwerksanlagen (w/m/d)</b><br>Anforderungsnummer: 26000417</p>
        <p>Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen:</p>
        <p><b>am Montag, 09.11.2026, um 13:30 Uhr</b><br>
        Kurpfalz Energie AG, Luisenring 49, 68159 Mannheim, Haus 2, Besprechungsraum &quot;Friesenheim&quot;</p>
        <p>Für das Gespräch inklusive einer kurzen Fachaufgabe sollten Sie rund zwei Stunden einplanen.
        Eine Kalenderdatei für Ihren Terminkalender haben wir beigefügt. Reisekosten erstatten wir
        Ihnen gerne gegen Vorlage der Belege.</p>
        <p>Ihr Ansprechpartner für Rückfragen:<br>Herr Andreas Gött, Personalgewinnung<br>
        Telefon 0621 290 4417<br>E-Mail andreas.goett@kurpfalz-energie.de</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Ihre Personalgewinnung<br>Kurpfalz Energie AG</p>
        <p><i>Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.</i></p>
        </font></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oracle//Taleo Enterprise//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:TEE-26000417-588120-INTV1@taleo.net
DTSTAMP:20261102T071244Z
DTSTART;VALUE=DATE:20261109
DTEND;VALUE=DATE:20261110
SUMMARY:Vorstellungsgespraech Kurpfalz Energie AG
LOCATION:Luisenring 49, 68159 Mannheim, Haus 2
DESCRIPTION:Vorstellungsgespraech Ingenieur Leittechnik Kraftwerksanlagen (w/m/d)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp-eu2.taleo.net", "141.146.18.92", "2026-11-02 08:12:44", BER, "4N7mW4kD9sz1C")),
        ("From", addr("Kurpfalz Energie AG", "kurpfalzenergie@taleo.net")),
        ("To", ME),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Anforderung 26000417", "iso-8859-1")),
        ("Date", date("2026-11-02 08:12:44", BER)),
        ("Message-ID", "<1434988127.221871.1793603564220.JavaMail.taleo@tee2.taleo.net>"),
    ], mixed(alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")),
             calendar(ics, method=None, filename="Vorstellungsgespraech.ics", disposition="attachment",
                      name_param=True)))


@make.mail(n(13), family="teamtailor", lang="de-AT", interview=True, kind="scheduled",
           start=utc("2026-12-01 15:00", VIE), end=utc("2026-12-01 15:45", VIE),
           local="Tue 2026-12-01 15:00", local_end="2026-12-01 15:45", zone=VIE,
           contact="rebecca.hofbauer@praterstern-automation.at", company="Praterstern Automation GmbH",
           note="Teamtailor (Vienna, du): 'Dienstag, 1. Dezember 2026, 15:00 - 15:45 (Wiener Zeit)' = CET -> "
                "14:00-14:45Z; ICS Europe/Vienna agrees; contact = human Reply-To")
def p13() -> bytes:
    body = t("""
        Servus Jonas,

        schön, dass es so schnell geklappt hat! Hiermit ist unser Gespräch fix:

        Stelle: Automatisierungstechniker:in Gebäudeleittechnik (Wien oder remote)
        Wann: Dienstag, 1. Dezember 2026, 15:00 - 15:45 (Wiener Zeit)
        Wo: Videocall, Link: https://praterstern-automation.teamtailor.com/meet/8d2f-44a1
        Mit: Rebecca Hofbauer (Recruiting) und Stefan Gruber (Teamlead BMS)

        Wir plaudern über deinen bisherigen Werdegang, deine Erfahrungen mit BACnet und KNX und
        natürlich darüber, wie bei uns so gearbeitet wird. Bitte gib uns kurz Bescheid, falls sich an
        deiner Seite etwas ändert.

        Bis bald und liebe Grüße aus Wien
        Rebecca

        Praterstern Automation GmbH · Lassallestraße 7b · 1020 Wien
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px;color:#222">
        <div style="max-width:600px;margin:0 auto">
        <p>Servus Jonas,</p>
        <p>schön, dass es so schnell geklappt hat! Hiermit ist unser Gespräch fix:</p>
        <ul>
        <li><b>Stelle:</b> Automatisierungstechniker:in Gebäudeleittechnik (Wien oder remote)</li>
        <li><b>Wann:</b> Dienstag, 1. Dezember 2026, 15:00 - 15:45 (Wiener Zeit)</li>
        <li><b>Wo:</b> Videocall, <a href="https://praterstern-automation.teamtailor.com/meet/8d2f-44a1">Link zum
        Meeting</a></li>
        <li><b>Mit:</b> Rebecca Hofbauer (Recruiting) und Stefan Gruber (Teamlead BMS)</li>
        </ul>
        <p>Wir plaudern über deinen bisherigen Werdegang, deine Erfahrungen mit BACnet und KNX und
        natürlich darüber, wie bei uns so gearbeitet wird. Bitte gib uns kurz Bescheid, falls sich an
        deiner Seite etwas ändert.</p>
        <p>Bis bald und liebe Grüße aus Wien<br>Rebecca</p>
        <p style="font-size:12px;color:#888">Praterstern Automation GmbH · Lassallestraße 7b · 1020 Wien</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
{VTZ_VIENNA}
BEGIN:VEVENT
UID:tt-interview-2749113@teamtailor.com
DTSTAMP:20261125T083011Z
DTSTART;TZID=Europe/Vienna:20261201T150000
DTEND;TZID=Europe/Vienna:20261201T154500
SUMMARY:Praterstern Automation x Jonas Weber
LOCATION:https://praterstern-automation.teamtailor.com/meet/8d2f-44a1
ORGANIZER;CN=Rebecca Hofbauer:mailto:rebecca.hofbauer@praterstern-automation.at
ATTENDEE;CN=Jonas Weber;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:jonas.weber@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("m241-17.mailgun.net", "161.38.204.17", "2026-11-25 09:30:11", VIE, "4NCg5t8L2hz3X")),
        ("From", addr("Rebecca Hofbauer via Teamtailor", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Rebecca Hofbauer", "rebecca.hofbauer@praterstern-automation.at")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Unser Gespräch am 1. Dezember – Praterstern Automation")),
        ("Date", date("2026-11-25 09:30:11", VIE)),
        ("Message-ID", "<20261125083011.1.A7E3C0F49B2D16E8@mg.teamtailor-mail.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@make.mail(n(14), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-18 11:00", BER), end=utc("2026-09-18 12:00", BER),
           local="Fri 2026-09-18 11:00", local_end="2026-09-18 12:00", zone=BER,
           contact=None, company="Taunusblick Industrieservice GmbH",
           note="Microsoft Bookings confirmation from the shared booking mailbox; body label '(UTC+01:00) "
                "Amsterdam, Berlin, ...' shows the standard offset, but 18 Sep is CEST -> 09:00-10:00Z, as the "
                "ICS (W. Europe Standard Time) says; staff name only, no personal address -> contact null")
def p14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <table width="100%" style="max-width:640px"><tr><td>
        <h2 style="font-weight:400">Ihre Buchung wurde bestätigt</h2>
        <p>Hallo Jonas Weber,</p>
        <p>vielen Dank für Ihre Buchung bei Taunusblick Industrieservice GmbH.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Dienst</td><td>Vorstellungsgespräch Servicetechniker:in Automatisierung</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>18.09.2026 11:00 (UTC+01:00) Amsterdam, Berlin,
        Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>60 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Thomas Reuter</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Online-Besprechung (Microsoft Teams)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ1ZjA2ZDAtYjM2Ny00">An der
        Teams-Besprechung teilnehmen</a></p>
        <p>Müssen Sie Änderungen vornehmen? <a href="https://outlook.office365.com/book/Bewerbungsgespraeche@taunusblick-industrieservice.de/">Buchung
        verwalten</a></p>
        <p style="font-size:12px;color:#605e5c">Taunusblick Industrieservice GmbH · Eschborner Landstraße 42 ·
        60489 Frankfurt am Main</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Taunusblick Bewerbungsgespräche:mailto:Bewerbungsgespraeche@taunusblick-industrieservice.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Weber:mailto:jonas.weber@example.org
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Servicetechniker:in Automatisierung
DTSTART;TZID=W. Europe Standard Time:20260918T110000
DTEND;TZID=W. Europe Standard Time:20260918T120000
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC01000000000000000010000000C0FFEE00BADC0DE01234567890ABCDEF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260914T170308Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-be0deu01on2131.outbound.protection.outlook.com", "40.107.127.131",
                         "2026-09-14 19:03:08", BER, "4MkR7n2C0bz5V")),
        ("From", addr("Taunusblick Bewerbungsgespräche", "Bewerbungsgespraeche@taunusblick-industrieservice.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Ihre Buchung wurde bestätigt: Vorstellungsgespräch Servicetechniker:in Automatisierung "
                        "am 18.09.2026")),
        ("Date", date("2026-09-14 19:03:08", BER)),
        ("Message-ID", "<BE1P281MB2290F0C9A8E1D2B3C4A5968778E1@BE1P281MB2290.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], mixed(html(page), calendar(ics, cte="base64")))


@make.mail(n(15), family="zoom_agency_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-05 09:30", BER), local="Thu 2026-11-05 09:30", zone=BER,
           contact="ben.hartley@ironbridge-talent.com", company="Hafenkran Systems GmbH",
           note="Agency recruiter's phone reply 'tomorrow 9:30' sent Wed 4 Nov 08:10 CET + pasted Zoom block "
                "'Nov 5, 2026 09:30 AM Amsterdam, Berlin, Rome, Stockholm, Vienna' -> 08:30Z; no length; "
                "company = the client; contact = the recruiter (human sender)")
def p15() -> bytes:
    body = t("""
        Hi Jonas

        Good news - Hafenkran confirmed, they can do tomorrow 9:30 with Marco Vitale (Head of Crane
        Automation) + someone from their drives team. Invite below, i'll also forward the calendar
        thing once I'm at my desk. Keep it practical, they loved the Profinet redundancy stuff on
        your CV.

        Call me after if you can!
        Ben

        ---

        Ben Hartley is inviting you to a scheduled Zoom meeting.

        Topic: Hafenkran Systems / Jonas Weber - Controls Lead
        Time: Nov 5, 2026 09:30 AM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://us06web.zoom.us/j/84172093316?pwd=QkNxbE1vV0JrcG9uTnB1Z0t3dz09

        Meeting ID: 841 7209 3316
        Passcode: 552190

        ---

        Sent from my iPhone

        Ben Hartley | Principal Consultant, Engineering & Automation
        Ironbridge Talent GmbH | Frankfurt
        +49 69 2573 8840
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-ej1-f54.google.com", "209.85.218.54", "2026-11-04 08:10:30", BER, "4N8aS9vK1mz7J")),
        ("From", addr("Ben Hartley", "ben.hartley@ironbridge-talent.com")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "Re: Hafenkran - interview"),
        ("Date", date("2026-11-04 08:10:30", BER)),
        ("Message-ID", "<6C0B4E8A-72F1-4C39-9D85-2B1E7A30F4D6@ironbridge-talent.com>"),
        ("In-Reply-To", "<CAFk2pz3YmN0qW7@mail.gmail.com>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(n(16), family="forward_icims", lang="de", interview=True, kind="scheduled",
           start=utc("2026-12-14 10:00", BER), end=utc("2026-12-14 11:30", BER),
           local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:30", zone=BER,
           contact="nadine.fuchs@kraichgau-systems.com", company="Kraichgau Systems GmbH",
           note="The candidate forwards an iCIMS confirmation from his old address to himself as "
                "message/rfc822; inner text 'Montag, 14. Dezember 2026, 10:00 - 11:30 Uhr (MEZ)' in Heidelberg "
                "-> 09:00-10:30Z; outer Date 7 Dec; contact = the hiring manager's address in the forwarded "
                "body (the iCIMS sender is a system address, the forwarder is the candidate)")
def p16() -> bytes:
    inner_body = t("""
        Sehr geehrter Herr Weber,

        hiermit bestätigen wir Ihr Vorstellungsgespräch für die Position
        Senior Automation Engineer – Test & Validation (m/w/d), Req. 2026-3318.

        Datum:  Montag, 14. Dezember 2026
        Uhrzeit: 10:00 - 11:30 Uhr (MEZ)
        Ort:    Kraichgau Systems GmbH, Speyerer Straße 4, 69115 Heidelberg, 4. OG
        Gesprächspartner: Nadine Fuchs (Engineering Manager), Ole Hansen (Senior Test Engineer)

        Sollten Sie den Termin verschieben müssen, wenden Sie sich bitte direkt an Frau Fuchs unter
        nadine.fuchs@kraichgau-systems.com.

        Mit freundlichen Grüßen
        Talent Acquisition Team
        Kraichgau Systems GmbH

        Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
        """)
    inner = make.message([
        ("Return-Path", "<kraichgausystems@talent.icims.com>"),
        ("From", addr("Kraichgau Systems Talent Acquisition", "kraichgausystems@talent.icims.com")),
        ("To", addr("Jonas Weber", "jonas.weber@example.net")),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs – Kraichgau Systems GmbH")),
        ("Date", date("2026-12-04 16:47:03", "America/New_York")),
        ("Message-ID", "<1791045602.ICIMS.3318.88122@talent.icims.com>"),
    ], text(inner_body))
    outer = t("""
        für den Kalender - Montag in einer Woche, Heidelberg.
        Anzug? eher nicht, aber Hemd.

        --\x20
        Von unterwegs gesendet
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mout.gmx.net", "212.227.17.20", "2026-12-07 07:52:10", BER, "4NFw3h6R8dz0B")),
        ("From", addr("Jonas Weber", "jonas.weber@example.net")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("WG: Bestätigung Ihres Vorstellungsgesprächs – Kraichgau Systems GmbH")),
        ("Date", date("2026-12-07 07:52:10", BER)),
        ("Message-ID", "<trinity-4e2b91d7-0c8a-4f63-b5e1-73a9d2c6f0b8-1796712730441@3c-app-gmx-bs41>"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Bestaetigung_Vorstellungsgespraech.eml")))


@make.mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-15 10:00", BER), end=utc("2026-10-15 11:00", BER),
           local="Thu 2026-10-15 10:00", local_end="2026-10-15 11:00", zone=BER,
           contact="hannah.lindqvist@brightwatercontrols.com", company="Brightwater Controls",
           days=(("Tue", "2026-10-13"),),
           note="GoodTime reschedule: old Tue 13 Oct 3:00 PM CEST (listed first), new Thu 15 Oct 10:00-11:00 AM "
                "CEST -> 08:00-09:00Z; ICS SEQUENCE 2 carries the new time; contact = coordinator Reply-To")
def p17() -> bytes:
    body = t("""
        Hi Jonas,

        Your interview with Brightwater Controls has been rescheduled at the interviewer's request.
        We're sorry for any inconvenience.

        PREVIOUS TIME (cancelled)
        Tuesday, October 13, 2026
        3:00 PM - 4:00 PM CEST

        NEW TIME
        Thursday, October 15, 2026
        10:00 AM - 11:00 AM Central European Summer Time (Europe/Berlin)

        Interview: Panel - Field Automation (Frankfurt office)
        Interviewers: Laura Nemeth, Kwame Asante
        Location: Brightwater Controls, Mainzer Landstraße 50, 60325 Frankfurt, 11th floor

        An updated calendar invitation is attached. If the new time doesn't work, reply to this email
        and Hannah will find another slot.

        Best,
        Hannah Lindqvist
        Recruiting Coordinator, EMEA - Brightwater Controls

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Jonas,</p>
        <p>Your interview with Brightwater Controls has been <b>rescheduled</b> at the interviewer's request.
        We're sorry for any inconvenience.</p>
        <p style="color:#999"><s>Tuesday, October 13, 2026<br>3:00 PM - 4:00 PM CEST</s> (cancelled)</p>
        <p><b>New time</b><br>Thursday, October 15, 2026<br>10:00 AM - 11:00 AM Central European Summer Time
        (Europe/Berlin)</p>
        <p>Interview: Panel - Field Automation (Frankfurt office)<br>Interviewers: Laura Nemeth, Kwame Asante<br>
        Location: Brightwater Controls, Mainzer Landstraße 50, 60325 Frankfurt, 11th floor</p>
        <p>An updated calendar invitation is attached. If the new time doesn't work, reply to this email and
        Hannah will find another slot.</p>
        <p>Best,<br>Hannah Lindqvist<br>Recruiting Coordinator, EMEA - Brightwater Controls</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Hire//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:goodtime-9c41e7a2-5d08-4b3f-a6e1-0f2d8c7b4a93
DTSTAMP:20261009T162004Z
DTSTART;TZID=Europe/Berlin:20261015T100000
DTEND;TZID=Europe/Berlin:20261015T110000
SUMMARY:Brightwater Controls - Panel - Field Automation (Jonas Weber)
LOCATION:Brightwater Controls, Mainzer Landstrasse 50, 60325 Frankfurt
ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist@brightwatercontrols.com
ATTENDEE;CN=Jonas Weber;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.weber@example.org
SEQUENCE:2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-out.goodtime.io", "149.72.188.40", "2026-10-09 16:20:04", "UTC", "4N0tB1cX6yz2H")),
        ("From", addr("Hannah Lindqvist (via GoodTime)", "scheduling@goodtime.io")),
        ("Reply-To", addr("Hannah Lindqvist", "hannah.lindqvist@brightwatercontrols.com")),
        ("To", ME),
        ("Subject", "Rescheduled: Panel - Field Automation with Brightwater Controls"),
        ("Date", date("2026-10-09 16:20:04", "UTC")),
        ("Message-ID", "<gt.resched.9c41e7a2.2@goodtime.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="quoted-printable")))


@make.mail(n(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start=utc("2026-11-17 14:00", BER), local="Tue 2026-11-17 14:00", zone=BER,
           contact="g.maurer@rheinau-antriebe.de", company="Rheinau Antriebe GmbH",
           days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17")),
           note="HR's prose reschedule (Sie), windows-1252: old 'Montag, 16.11., um 10:00 Uhr', new 'kommenden "
                "Dienstag, 17. Nov., um 14:00 Uhr' (sent Thu 12 Nov) -> CET 13:00Z; no length; thread with the "
                "earlier proposal mail; contact = human sender")
def p18() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        leider muss unser Technischer Leiter, Herr Bauer, kurzfristig zu einem Kunden nach Breslau und
        ist Anfang nächster Woche nicht im Haus. Wir müssen deshalb unseren Termin am Montag, 16.11.,
        um 10:00 Uhr verschieben - das tut mir sehr leid.

        Neuer Termin: kommenden Dienstag, 17. Nov., um 14:00 Uhr
        Ort bleibt unverändert: Rheinauer Ring 42, 68219 Mannheim, Verwaltungsgebäude, Raum 1.07

        Herr Bauer hat mir zugesagt, dass es diesmal sicher klappt. Falls Ihnen der Dienstag nicht
        passt, rufen Sie mich bitte kurz an, dann finden wir eine Lösung.

        Mit freundlichen Grüßen aus Rheinau

        Gerlinde Maurer
        Personalabteilung

        Rheinau Antriebe GmbH
        Rheinauer Ring 42 · 68219 Mannheim
        Tel.: 0621 87 61-230 · Fax: 0621 87 61-299
        g.maurer@rheinau-antriebe.de

        Geschäftsführer: Dipl.-Ing. Klaus Rettig · Amtsgericht Mannheim HRB 70 1123
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.rheinau-antriebe.de", "89.246.62.14", "2026-11-12 11:48:22", BER, "4N9Wn5tF2kz8S")),
        ("From", addr("Maurer, Gerlinde", "g.maurer@rheinau-antriebe.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Verschiebung Ihres Vorstellungsgesprächs", "windows-1252")),
        ("Date", date("2026-11-12 11:48:22", BER)),
        ("Message-ID", "<000a01dd7482$3f2c1e50$bd845af0$@rheinau-antriebe.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
        ("Thread-Index", "AQHcV3xG5pB1nmLrT0y4KfQw2Hc8Ag=="),
    ], text(body, charset="windows-1252"))


@make.mail(n(19), family="exchange", lang="de", interview=True, kind="rescheduled",
           start=utc("2026-12-04 08:30", BER), end=utc("2026-12-04 09:30", BER),
           local="Fri 2026-12-04 08:30", local_end="2026-12-04 09:30", zone=BER,
           contact="petra.lindner@rheinhafen-chemie.de", company="Rheinhafen Chemieanlagen GmbH",
           days=(("Wed", "2026-12-02"), ("Fri", "2026-12-04")),
           note="Outlook meeting update 'Aktualisiert:' from Ludwigshafen: old Mi 02.12. 13 Uhr, new 'Freitag, 4. "
                "Dezember 2026 08:30-09:30' W. Europe Standard Time -> CET 07:30-08:30Z; ICS SEQUENCE 1 agrees; "
                "contact = organizer")
def p19() -> bytes:
    body = t("""
        Wann: Freitag, 4. Dezember 2026 08:30-09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Rheinhafen Chemieanlagen GmbH, Tor 3, Gebäude L 412, Besprechungsraum 2

        Hallo Herr Weber,

        wie eben telefonisch besprochen, verlegen wir unser Gespräch von Mittwoch (02.12., 13 Uhr) auf
        Freitag früh. Herr Dr. Hain und Frau Celik aus der Prozessleittechnik sind dabei.

        Bitte melden Sie sich an der Pforte Tor 3 (Anfahrt über die Rheinuferstraße), Sie werden dort
        abgeholt. Für das Werksgelände benötigen wir Ihren Personalausweis.

        Viele Grüße
        Petra Lindner
        Personalmarketing & Recruiting
        Rheinhafen Chemieanlagen GmbH | 67059 Ludwigshafen am Rhein
        """)
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>'
            '<body lang="DE"><div class="WordSection1">\n'
            + "\n".join(f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in body.split("\n"))
            + "\n</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Lindner Petra:mailto:petra.lindner@rheinhafen-chemie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Weber:mailto:jonas.weber@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hain Dr. Robert:mailto:robert.hain@rheinhafen-chemie.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Weber\\,\\n\\nwie eben telefonisch besprochen\\, verlegen wir unser Gespräch von Mittwoch (02.12.\\, 13 Uhr) auf Freitag früh.\\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Prozessleittechnik - Jonas Weber
DTSTART;TZID=W. Europe Standard Time:20261204T083000
DTEND;TZID=W. Europe Standard Time:20261204T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261127T120244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Rheinhafen Chemieanlagen GmbH\\, Tor 3\\, Gebäude L 412\\, Besprechungsraum 2
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTSEQ:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-fr3deu01on2118.outbound.protection.outlook.com", "40.107.136.118",
                         "2026-11-27 13:02:44", BER, "4NDc0k7M3xz6G")),
        ("From", addr("Lindner, Petra", "petra.lindner@rheinhafen-chemie.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Aktualisiert: Vorstellungsgespräch Prozessleittechnik - Jonas Weber", "iso-8859-15")),
        ("Date", date("2026-11-27 13:02:44", BER)),
        ("Message-ID", "<FR3P281MB2114C7D8E9F0A1B2C3D4E5F60718@FR3P281MB2114.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15"),
           calendar(ics, cte="base64")))


AKL = "Pacific/Auckland"


@make.mail(n(20), family="lever", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-11 08:30", AKL), end=utc("2026-12-11 09:15", AKL),
           local="Fri 2026-12-11 08:30", local_end="2026-12-11 09:15", zone=AKL,
           contact="aroha.ngata@kowhai-automation.co.nz", company="Kōwhai Automation Ltd",
           days=(("Thu", "2026-12-10"), ("Wed", "2026-12-09")),
           note="Lever reschedule from Auckland (NZDT, +13): new 'Friday 11 December, 8:30 - 9:15am NZDT' = Thu "
                "10 Dec 19:30-20:15Z (20:30 CET, as the mail says), a local date one day after the UTC date; old "
                "Thu 10 Dec 9:00am NZDT also stated; ICS Pacific/Auckland agrees; contact = human Reply-To")
def p20() -> bytes:
    body = t("""
        Kia ora Jonas,

        Thanks for your patience - we need to move your second interview for the Senior PLC Engineer
        (Remote, Europe) role, as Tama is flying to our Christchurch site that morning.

        Old time: Thursday 10 December, 9:00am NZDT (Wednesday 9 December, 21:00 your time)
        New time: Friday 11 December, 8:30 - 9:15am NZDT

        In Mannheim that's Thursday 10 December, 20:30 - 21:15 (CET). I know evenings aren't ideal -
        thank you for making the overlap work.

        You'll meet Tama Wiremu (Head of Engineering) and Grace Liu (Controls Lead). The Zoom link is in
        the updated invite.

        Ngā mihi,
        Aroha Ngata
        Talent Partner | Kōwhai Automation
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Kia ora Jonas,</p>
        <p>Thanks for your patience - we need to move your second interview for the Senior PLC Engineer
        (Remote, Europe) role, as Tama is flying to our Christchurch site that morning.</p>
        <p><b>Old time:</b> <s>Thursday 10 December, 9:00am NZDT</s> (Wednesday 9 December, 21:00 your time)<br>
        <b>New time:</b> Friday 11 December, 8:30 - 9:15am NZDT</p>
        <p>In Mannheim that's Thursday 10 December, 20:30 - 21:15 (CET). I know evenings aren't ideal -
        thank you for making the overlap work.</p>
        <p>You'll meet Tama Wiremu (Head of Engineering) and Grace Liu (Controls Lead). The Zoom link is in
        the updated invite.</p>
        <p>Ngā mihi,<br>Aroha Ngata<br>Talent Partner | Kōwhai Automation</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
UID:lever-interview-6f1d3a2e-8c47-4b90-a5e3-d2c1b0f98e77
DTSTAMP:20261207T010512Z
DTSTART;TZID=Pacific/Auckland:20261211T083000
DTEND;TZID=Pacific/Auckland:20261211T091500
SUMMARY:Kōwhai Automation - Second interview (Jonas Weber)
LOCATION:https://kowhai.zoom.us/j/92218840573
ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhai-automation.co.nz
ATTENDEE;CN=Jonas Weber;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.weber@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-out.hire.lever.co", "23.249.210.80", "2026-12-07 14:05:12", AKL, "4NFq6v1T9jz4N")),
        ("From", addr("Kōwhai Automation", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Aroha Ngata", "aroha.ngata@kowhai-automation.co.nz")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Updated: your interview with Kōwhai Automation has moved")),
        ("Date", date("2026-12-07 14:05:12", AKL)),
        ("Message-ID", "<lever.0f3b2c91a7d84e65@hire.lever.co>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@make.mail(n(21), family="workable", lang="en", interview=True, kind="cancelled",
           start=utc("2026-09-29 11:00", VIE), end=utc("2026-09-29 11:45", VIE),
           local="Tue 2026-09-29 11:00", local_end="2026-09-29 11:45", zone=VIE,
           contact="julia.wimmer@sternwarte-vision.at", company="Sternwarte Vision Systems GmbH",
           days=(("Fri", "2026-10-02"),),
           note="Workable cancellation of 'Tuesday, Sep 29, 11:00 - 11:45 AM (Europe/Vienna)' = 09:00-09:45Z "
                "(ICS METHOD:CANCEL in UTC); a new slot (Fri 2 Oct 2 PM) is only offered, not confirmed, so "
                "kind stays cancelled; Reply-To is a Workable relay, contact = recruiter's address in the body")
def p21() -> bytes:
    body = t("""
        Hi Jonas,

        Unfortunately we have to cancel your interview for the Machine Vision Engineer position, which
        was scheduled for:

        Tuesday, Sep 29, 11:00 - 11:45 AM (Europe/Vienna)

        Our CTO, who was going to join the call, is out sick this week. We are really sorry for the short
        notice.

        We would still love to talk to you. Would Friday, Oct 2 at 2:00 PM work instead? If so, just let
        me know and I'll send a new invitation - or write to me directly at
        julia.wimmer@sternwarte-vision.at with a couple of times that suit you.

        Best regards,
        Julia Wimmer
        Talent Acquisition, Sternwarte Vision Systems GmbH

        --
        Sent via Workable. Reply to this email to contact Sternwarte Vision Systems.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Jonas,</p>
        <p>Unfortunately we have to cancel your interview for the <b>Machine Vision Engineer</b> position,
        which was scheduled for:</p>
        <p style="padding:8px;background:#f3f3f3">Tuesday, Sep 29, 11:00 - 11:45 AM (Europe/Vienna)</p>
        <p>Our CTO, who was going to join the call, is out sick this week. We are really sorry for the short
        notice.</p>
        <p>We would still love to talk to you. Would Friday, Oct 2 at 2:00 PM work instead? If so, just let me
        know and I'll send a new invitation - or write to me directly at
        <a href="mailto:julia.wimmer@sternwarte-vision.at">julia.wimmer@sternwarte-vision.at</a> with a couple
        of times that suit you.</p>
        <p>Best regards,<br>Julia Wimmer<br>Talent Acquisition, Sternwarte Vision Systems GmbH</p>
        <p style="font-size:11px;color:#999">Sent via Workable. Reply to this email to contact Sternwarte Vision
        Systems.</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Workable//Workable Events//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:wkbl-evt-3b8f7e21c0d94a56@workable.com
DTSTAMP:20260927T151000Z
DTSTART:20260929T090000Z
DTEND:20260929T094500Z
SUMMARY:Interview: Jonas Weber - Machine Vision Engineer
ORGANIZER;CN=Julia Wimmer:mailto:sternwarte-vision-systems+e7d2a90b@candidates.workablemail.com
ATTENDEE;CN=Jonas Weber:mailto:jonas.weber@example.org
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-a.workablemail.com", "34.253.80.12", "2026-09-27 15:10:00", "UTC", "4MmF2c8V5nz1K")),
        ("From", addr("Julia Wimmer - Sternwarte Vision Systems", "noreply@candidates.workablemail.com")),
        ("Reply-To", "sternwarte-vision-systems+e7d2a90b@candidates.workablemail.com"),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "Interview cancelled: Machine Vision Engineer at Sternwarte Vision Systems"),
        ("Date", date("2026-09-27 15:10:00", "UTC")),
        ("Message-ID", "<wkbl.7a1c9e3f.20260927151000@workablemail.com>"),
    ], mixed(alt(text(body), html(page)), calendar(ics, method="CANCEL", filename="cancel.ics",
                                                    disposition="attachment")))


@make.mail(n(22), family="human_prose", lang="de-AT", interview=True, kind="cancelled",
           start=utc("2026-11-24 10:00", VIE), local="Tue 2026-11-24 10:00", zone=VIE,
           contact="markus.pichler@ennstal-anlagenbau.at", company="Ennstal Anlagenbau GmbH",
           note="Austrian hiring manager (du) cancels 'unseren Termin morgen um 10' (sent Mon 23 Nov, Vienna) "
                "because the role was filled internally; the quoted confirmation says 'Di., 24.11., 10:00 Uhr' "
                "-> CET 09:00Z; no new time; contact = human sender")
def p22() -> bytes:
    body = t("""
        Servus Jonas,

        leider muss ich unseren Termin morgen um 10 absagen. Die Stelle wurde gestern doch intern
        nachbesetzt, ein Kollege aus Linz wechselt zu uns nach Wien. Tut mir echt leid, dass du dich
        schon vorbereitet hast.

        Ich hab mir dein Profil aber notiert und meld mich, sobald wir im Frühjahr die zweite Stelle im
        Inbetriebnahme-Team ausschreiben.

        LG Markus

        Gesendet von Outlook für Android
        ________________________________
        From: Markus Pichler <markus.pichler@ennstal-anlagenbau.at>
        Sent: Tuesday, November 17, 2026 4:12:09 PM
        To: Jonas Weber <jonas.weber@example.org>
        Subject: AW: Bewerbung Inbetriebnahmeingenieur

        Hallo Jonas,

        passt perfekt, dann fixieren wir Di., 24.11., 10:00 Uhr per Teams. Den Link schick ich dir noch.

        LG Markus

        Markus Pichler
        Leitung Inbetriebnahme | Ennstal Anlagenbau GmbH
        Wienerbergstraße 11, 1100 Wien
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-vi1eur05on2070.outbound.protection.outlook.com", "40.107.21.70",
                         "2026-11-23 08:34:51", VIE, "4NCc4p0W7rz2F")),
        ("From", addr("Markus Pichler", "markus.pichler@ennstal-anlagenbau.at")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "AW: Bewerbung Inbetriebnahmeingenieur"),
        ("Date", date("2026-11-23 08:34:51", VIE)),
        ("Message-ID", "<VI1PR05MB6231E2F8C9A0B1D3E5F7081AB9C2@VI1PR05MB6231.eurprd05.prod.outlook.com>"),
        ("In-Reply-To", "<VI1PR05MB6231B7A2C4E6F80913D5A7C9E1F0@VI1PR05MB6231.eurprd05.prod.outlook.com>"),
        ("X-Mailer", "Outlook for Android"),
    ], text(body, cte="8bit"))


@make.mail(n(23), family="google_calendar", lang="de", interview=True, kind="cancelled",
           start=utc("2026-12-10 14:00", BER), end=utc("2026-12-10 15:00", BER),
           local="Thu 2026-12-10 14:00", local_end="2026-12-10 15:00", zone=BER,
           contact="svenja.kuhn@faecherstadt-embedded.de", company="Fächerstadt Embedded GmbH",
           note="German Google Calendar cancellation (METHOD:CANCEL) of 'Do. 10. Dez. 2026 14:00 - 15:00 (MEZ)' = "
                "13:00-14:00Z; the organizer's note promises a new date 'vermutlich nächste Woche' but fixes "
                "none -> cancelled; contact = organizer")
def p23() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Notiz von Svenja Kuhn:
        Hallo Jonas, sorry für die kurzfristige Absage - Daniel ist krank. Wir schicken dir einen neuen
        Termin, vermutlich nächste Woche. Viele Grüße, Svenja

        Technisches Interview – Jonas Weber (Embedded Automation Engineer)

        Donnerstag, 10. Dezember 2026 ⋅ 14:00–15:00
        Mitteleuropäische Normalzeit - Berlin

        Organisator
        Svenja Kuhn
        svenja.kuhn@faecherstadt-embedded.de

        Gäste
        Svenja Kuhn - Organisator
        daniel.marx@faecherstadt-embedded.de
        jonas.weber@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.

        Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator eine Antwort senden,
        zur Gästeliste hinzugefügt werden, andere unabhängig vom eigenen Einladungsstatus einladen oder Ihre
        Antwort ändern.
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261210T130000Z
DTEND:20261210T140000Z
DTSTAMP:20261207T082011Z
ORGANIZER;CN=Svenja Kuhn:mailto:svenja.kuhn@faecherstadt-embedded.de
UID:7hq2m0b5nv1k9c3r8t6p4dsl2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=jonas.weber@example.org;X-NUM-GUESTS=0:mailto:jonas.weber@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=daniel.marx@faecherstadt-embedded.de;X-NUM-GUESTS=0:mailto:daniel.marx@faecherstadt-embedded.de
CREATED:20261201T091544Z
DESCRIPTION:
LAST-MODIFIED:20261207T082011Z
LOCATION:Fächerstadt Embedded GmbH, Haid-und-Neu-Straße 7, 76131 Karlsruhe
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Technisches Interview – Jonas Weber (Embedded Automation Engineer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-12-07 08:20:11", "UTC", "4NFx0r3B6sz9Y")),
        ("From", addr("Svenja Kuhn", "svenja.kuhn@faecherstadt-embedded.de")),
        ("Sender", "Google Kalender <calendar-notification@google.com>"),
        ("Reply-To", "svenja.kuhn@faecherstadt-embedded.de"),
        ("To", ME),
        ("Subject", enc("Abgesagter Termin mit Notiz: Technisches Interview – Jonas Weber (Embedded Automation "
                        "Engineer) @ Do. 10. Dez. 2026 14:00 - 15:00 (MEZ) (jonas.weber@example.org)")),
        ("Date", date("2026-12-07 08:20:11", "UTC")),
        ("Message-ID", "<calendar-a0c4e9f1-3b27-48d6-9e15-6f2b8d7c0a43@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      cte="base64", name_param=True)))


# =========================================================================== negatives


@make.mail(n(24), family="recruitee_rejection", lang="de", interview=False, company="Bergstraße Fördertechnik GmbH",
           days=(("Mon", "2026-09-28"),),
           note="Recruitee rejection after an interview that already took place (Mon 28.09.); no upcoming time")
def n24() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        nochmals vielen Dank für das angenehme und offene Gespräch am Montag, 28.09., und für die Zeit,
        die Sie sich für uns genommen haben.

        Nach reiflicher Überlegung haben wir uns für einen anderen Kandidaten entschieden, dessen Profil
        noch etwas besser zu den Anforderungen im Bereich Fördertechnik-Retrofit passt. Diese
        Entscheidung ist uns nicht leichtgefallen.

        Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten. Sie
        können Ihre Einwilligung jederzeit über den Link unten widerrufen.

        Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

        Mit freundlichen Grüßen
        Annette Hofmeister
        Personal
        Bergstraße Fördertechnik GmbH · Weinheim

        Datenschutz / Einwilligung widerrufen: https://bergstrasse-foerdertechnik.recruitee.com/o/privacy
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.recruitee.com", "185.101.98.57", "2026-10-02 10:12:40", BER, "4Mn2Tq5Y8vz3A")),
        ("From", addr("Bergstraße Fördertechnik GmbH", "noreply@recruitee.com")),
        ("Reply-To", addr("Annette Hofmeister", "job.0c7e1b@inbound.recruitee.com")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Ihre Bewerbung als Automatisierungsingenieur Fördertechnik (m/w/d)")),
        ("Date", date("2026-10-02 10:12:40", BER)),
        ("Message-ID", "<5f2e8c1a-47d3-4b90-8e6a-c31d0b9f7a24@recruitee.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(25), family="offer", lang="en", interview=False, company="Mainfeld Logistics Automation GmbH",
           days=(("Fri", "2026-10-02"),),
           note="Offer mail from the recruiter of an earlier interview thread; the fixed 'Friday (Oct 2) at 11:00' "
                "call is to walk through the offer, not an interview")
def n25() -> bytes:
    body = t("""
        Hi Jonas,

        I'm delighted to let you know that the team would like to offer you the position of Senior
        Automation Engineer (Intralogistics)! Stefan and the panel were really impressed with both
        interviews, especially your take on the shuttle-system commissioning.

        You'll find the written offer attached. In short: 84,000 EUR base, 10% bonus target, 30 days of
        holiday, hybrid with 2 office days in Frankfurt, start 1 January 2027 or as your notice allows.

        I've put a call in for Friday (Oct 2) at 11:00 so we can walk through the details and answer any
        questions - Stefan will join for the first 15 minutes. If that doesn't suit, just suggest another
        time.

        Congratulations again - we really hope you'll join us!

        Best,
        Carla

        Carla Brenner
        Talent Acquisition | Mainfeld Logistics Automation GmbH
        carla.brenner@mainfeld-logistics.de | +49 69 4005 2281
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-wr1-f45.google.com", "209.85.221.45", "2026-09-29 17:40:19", BER, "4MmV8d1P0cz7E")),
        ("From", addr("Carla Brenner", "carla.brenner@mainfeld-logistics.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "Your offer from Mainfeld Logistics Automation"),
        ("Date", date("2026-09-29 17:40:19", BER)),
        ("Message-ID", "<CAH7xQ2f9kL0pVw3nR8sT1yZ4bM6cE5dA@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             raw_part([("Content-Type", 'application/pdf; name="Offer_Jonas_Weber.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Offer_Jonas_Weber.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4KZW5k\n"
                      "b2JqCjIgMCBvYmoKPDwvVHlwZS9QYWdlcy9LaWRzW10vQ291bnQgMD4+CmVuZG9iagp0cmFpbGVyCjw8\n"
                      "L1Jvb3QgMSAwIFI+PgolJUVPRgo=\n")))


@make.mail(n(26), family="smartrecruiters_receipt", lang="de", interview=False, company="Pfalzkraft Energie AG",
           note="SmartRecruiters application receipt that describes the process (phone screen, on-site "
                "interview) in general terms; nothing is scheduled")
def n26() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:600px;margin:auto">
        <p>Sehr geehrter Herr Weber,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Automatisierungsingenieur Anlagenmodernisierung (m/w/d)</b> bei
        der Pfalzkraft Energie AG in Ludwigshafen. Ihre Unterlagen sind vollständig bei uns eingegangen.</p>
        <p><b>Wie geht es weiter?</b></p>
        <ol>
        <li>Unser Fachbereich sichtet Ihre Unterlagen - in der Regel innerhalb von zwei Wochen.</li>
        <li>Passt Ihr Profil, laden wir Sie zu einem ca. 30-minütigen telefonischen Erstgespräch ein.</li>
        <li>Danach folgt ein Vorstellungsgespräch vor Ort mit Fachbereich und HR (ca. 90 Minuten).</li>
        </ol>
        <p>Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Pfalzkraft Energie AG</p>
        <p style="font-size:11px;color:#999">Diese E-Mail wurde automatisch über SmartRecruiters versendet.
        Bitte antworten Sie nicht auf diese Nachricht.</p>
        </div></body></html>
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail208-17.smartrecruiters.com", "198.2.208.17", "2026-09-14 09:31:05", BER,
                         "4MkB3r6N1tz4D")),
        ("From", addr("Pfalzkraft Energie AG", "noreply@smartrecruiters.com")),
        ("To", ME),
        ("Subject", enc("Vielen Dank für Ihre Bewerbung bei Pfalzkraft Energie AG")),
        ("Date", date("2026-09-14 07:31:05", "UTC")),
        ("Message-ID", "<0100019190d7e4a2-sr-9a3c71f0-ack@email.smartrecruiters.com>"),
    ], html(page))


@make.mail(n(27), family="job_alert", lang="de", interview=False, company=None,
           note="StepStone job alert; 'Vorstellungsgespräch in 48h' is a marketing badge, no appointment")
def n27() -> bytes:
    body = t("""
        Hallo Jonas,

        dein Job-Agent "Automatisierungsingenieur, Mannheim + 50 km" hat 7 neue Jobs gefunden:

        1. SPS-Programmierer / Automatisierungsingenieur (m/w/d)
           Rhein-Neckar Verpackungstechnik GmbH - Heddesheim
           ⚡ Schnellbewerbung · Vorstellungsgespräch in 48h möglich

        2. Inbetriebnahmeingenieur Robotik (w/m/d)
           Albtal Robotik AG - Karlsruhe
           Homeoffice möglich

        3. Projektingenieur Leittechnik (m/w/d)
           Kurpfalz Energie AG - Mannheim
           Gestern veröffentlicht

        4. Automation Engineer Test Systems (m/f/d)
           Rheintal Drives SE - Mannheim
           English speaking team

        5. Softwareentwickler TIA Portal (m/w/d)
           Odenwald Maschinenbau GmbH - Weinheim

        6. Teamleitung Elektrokonstruktion (m/w/d)
           Vorderpfalz Anlagenbau GmbH - Speyer

        7. Servicetechniker Automatisierung (m/w/d)
           Taunusblick Industrieservice GmbH - Frankfurt am Main

        Alle Jobs ansehen: https://www.stepstone.de/jobagent/results?id=7f21c9

        Viel Erfolg bei deiner Jobsuche!
        Dein StepStone Team

        Du erhältst diese E-Mail, weil du einen Job-Agenten angelegt hast. Abmelden:
        https://www.stepstone.de/jobagent/unsubscribe?id=7f21c9
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mta12.mail.stepstone.de", "91.211.75.12", "2026-10-06 06:02:17", BER, "4N0Fz8hD3wz5R")),
        ("From", addr("StepStone Job-Agent", "jobagent@mail.stepstone.de")),
        ("To", ME),
        ("Subject", "7 neue Jobs: Automatisierungsingenieur in Mannheim"),
        ("Date", date("2026-10-06 06:02:17", BER)),
        ("Message-ID", "<ja.7f21c9.20261006040217@mail.stepstone.de>"),
        ("List-Unsubscribe", "<https://www.stepstone.de/jobagent/unsubscribe?id=7f21c9>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
           note="Substack newsletter about preparing for a controls-engineering interview; the author's own "
                "'interview on Tuesday at 10' is not the reader's")
def n28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:17px;line-height:1.6;color:#111">
        <div style="max-width:620px;margin:auto">
        <h1 style="font-size:28px">How I prep for a controls-engineering interview</h1>
        <h3 style="color:#666;font-weight:400">(and the PLC question almost everyone fumbles)</h3>
        <p><i>The Control Loop · Issue #61 · Oct 18, 2026</i></p>
        <p>Full disclosure: I'm back on the market myself. My own interview is on Tuesday at 10, with a
        packaging-machine builder, so this issue is partly me thinking out loud.</p>
        <p><b>1. Bring one project you can draw.</b> Interviewers don't want your CV read back to them. They want
        to see you sketch the I/O, the safety chain and what went wrong during commissioning.</p>
        <p><b>2. Know your scan cycle.</b> "What happens if a sensor pulse is shorter than your scan time?" is
        still the question that separates people who have debugged a line at 3 a.m. from everyone else.</p>
        <p><b>3. Ask about the FAT/SAT process.</b> It tells you how much time you will spend on site.</p>
        <p><b>4. Time-box the small talk.</b> A 45-minute slot goes fast.</p>
        <p>Next week: negotiating a contract when you're paid per commissioning day.</p>
        <p><a href="https://thecontrolloop.substack.com/p/how-i-prep-for-a-controls-interview">Read in app</a> ·
        <a href="https://substack.com/@thecontrolloop">Share</a></p>
        <p style="font-size:12px;color:#999">© 2026 Marek Dvořák · Unsubscribe:
        https://thecontrolloop.substack.com/action/disable_email</p>
        </div></body></html>
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-out-31.substack.com", "205.201.130.31", "2026-10-18 13:00:06", "UTC", "4N3Hb9yC2kz8M")),
        ("From", addr("The Control Loop", "thecontrolloop@substack.com")),
        ("Reply-To", addr("The Control Loop", "reply+2c9e1f&7d4b@substack.com")),
        ("To", ME),
        ("Subject", "How I prep for a controls-engineering interview"),
        ("Date", date("2026-10-18 13:00:06", "UTC")),
        ("Message-ID", "<20261018130006.3.5d9c1a4e7b2f0836@substack.com>"),
        ("List-Unsubscribe", "<https://thecontrolloop.substack.com/action/disable_email>"),
        ("List-Id", "<thecontrolloop.substack.com>"),
    ], html(page, cte="base64"))


@make.mail(n(29), family="softgarden_pick_slot", lang="de", interview=False,
           company="Neckarbogen Medizintechnik GmbH",
           days=(("Wed", "2026-10-21"), ("Thu", "2026-10-22"), ("Fri", "2026-10-23")),
           note="softgarden self-scheduling mail listing three open slots; nothing is fixed until the candidate "
                "picks one (the confirmation is a separate mail)")
def n29() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        vielen Dank für Ihre Bewerbung als Ingenieur Automatisierung Prüfanlagen (m/w/d). Wir möchten
        Sie gerne kennenlernen!

        Bitte wählen Sie über den folgenden Link einen passenden Termin für ein Vorstellungsgespräch in
        Heidelberg aus. Aktuell sind folgende Zeitfenster frei:

          - Mi., 21.10.2026, 09:00 - 10:30 Uhr
          - Do., 22.10.2026, 13:00 - 14:30 Uhr
          - Fr., 23.10.2026, 10:30 - 12:00 Uhr

        Termin auswählen: https://neckarbogen.softgarden.io/de/interview/select/5c0e9a71

        Die Zeitfenster werden nach dem Prinzip "wer zuerst kommt" vergeben. Sobald Sie gewählt haben,
        erhalten Sie eine Bestätigung.

        Mit freundlichen Grüßen

        Dr. Katrin Albers
        Personalreferentin
        Neckarbogen Medizintechnik GmbH

        Diese E-Mail wurde über softgarden e-recruiting versendet.
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mta-out1.softgarden.io", "185.67.44.201", "2026-10-12 14:20:09", BER, "4N1Cv7kA4pz2T")),
        ("From", addr("Neckarbogen Medizintechnik GmbH", "noreply@softgarden.io")),
        ("Reply-To", "bewerbung@neckarbogen-medizintechnik.de"),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Bitte wählen Sie einen Termin für Ihr Vorstellungsgespräch", "iso-8859-1")),
        ("Date", date("2026-10-12 14:20:09", BER)),
        ("Message-ID", "<sg.2026101212200.88213.select@softgarden.io>"),
    ], text(body, charset="iso-8859-1"))


@make.mail(n(30), family="recruiter_outreach", lang="de", interview=False,
           company="Rheinschiene Personalberatung GmbH",
           note="Agency cold outreach asking for two or three time windows for a call; no time fixed")
def n30() -> bytes:
    body = t("""
        Hallo Herr Weber,

        ich bin über Ihr Profil auf XING auf Sie aufmerksam geworden. Für einen mittelständischen
        Sondermaschinenbauer in der Vorderpfalz (ca. 350 MA, familiengeführt) suche ich aktuell eine
        Leitung Softwareentwicklung Steuerungstechnik - Ihr Hintergrund mit TIA Portal, Safety und
        Teamverantwortung in der Inbetriebnahme passt aus meiner Sicht sehr gut.

        Hätten Sie in den nächsten Tagen Zeit für ein kurzes, unverbindliches Telefonat? Schicken Sie
        mir gern zwei, drei Zeitfenster, die Ihnen passen, oder buchen Sie sich direkt einen Slot in
        meinem Kalender: https://outlook.office365.com/book/RheinschienePersonal/

        Selbstverständlich behandle ich Ihre Anfrage absolut vertraulich.

        Beste Grüße
        Nicole Brückner
        Senior Consultant Engineering
        Rheinschiene Personalberatung GmbH | O4 7 | 68161 Mannheim
        Tel. +49 621 1509 3341
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-am6eur05on2102.outbound.protection.outlook.com", "40.107.22.102",
                         "2026-10-21 10:55:31", BER, "4N4Rm2dX7bz6Q")),
        ("From", addr("Nicole Brückner", "n.brueckner@rheinschiene-personal.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Vertraulich: Leitung Softwareentwicklung Steuerungstechnik (Vorderpfalz)")),
        ("Date", date("2026-10-21 10:55:31", BER)),
        ("Message-ID", "<AM6PR05MB5512D9F0E1A2B3C4D5E6F708192A@AM6PR05MB5512.eurprd05.prod.outlook.com>"),
    ], text(body, charset="iso-8859-15"))


@make.mail(n(31), family="proposed_not_confirmed", lang="de", interview=False, company="Rheinau Antriebe GmbH",
           days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17")),
           note="HR proposes two possible interview slots ('Würde Ihnen ... passen? Alternativ ...') and asks "
                "the candidate to choose; not confirmed")
def n31() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        vielen Dank für Ihre Bewerbung als Elektro- und Automatisierungsingenieur (m/w/d). Ihre Unterlagen
        haben uns überzeugt und wir würden Sie gerne persönlich kennenlernen.

        Würde Ihnen Montag, 16.11., um 10:00 Uhr passen? Alternativ könnten wir Dienstag, 17.11., um
        14:00 Uhr anbieten. Das Gespräch würde bei uns in Mannheim-Rheinau stattfinden, Gesprächspartner
        wären unser Technischer Leiter Herr Bauer und ich.

        Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen lieber ist, dann bestätige ich Ihnen den
        Termin verbindlich.

        Mit freundlichen Grüßen aus Rheinau

        Gerlinde Maurer
        Personalabteilung
        Rheinau Antriebe GmbH
        Rheinauer Ring 42 · 68219 Mannheim
        Tel.: 0621 87 61-230
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.rheinau-antriebe.de", "89.246.62.14", "2026-11-03 15:26:08", BER, "4N7pK3vG8dz1W")),
        ("From", addr("Maurer, Gerlinde", "g.maurer@rheinau-antriebe.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Ihre Bewerbung – Terminvorschlag Vorstellungsgespräch", "windows-1252")),
        ("Date", date("2026-11-03 15:26:08", BER)),
        ("Message-ID", "<000601dd6b1e$8c4f2a70$a4ed7f50$@rheinau-antriebe.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252"))


@make.mail(n(32), family="jobcentre_appointment", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-08"),),
           note="Agentur für Arbeit invitation to a counselling appointment with a fixed time (Meldepflicht); "
                "an appointment about the job search, not a job interview")
def n32() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        Sie haben sich zum 31.12.2026 arbeitsuchend gemeldet. Wir möchten mit Ihnen über Ihr
        Bewerberangebot und Ihre berufliche Situation sprechen.

        Bitte kommen Sie am

            Donnerstag, 08.10.2026, um 09:15 Uhr

        in die Agentur für Arbeit Mannheim, M 3a, 68161 Mannheim, Eingangszone, Zimmer 2.114,
        zu Frau Steinbach (Arbeitsvermittlung, Team 151).

        Bitte bringen Sie mit: Personalausweis, Lebenslauf, Arbeitszeugnisse, Kündigungsschreiben bzw.
        Aufhebungsvertrag.

        Rechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund dieser Einladung nicht Folge leisten, tritt
        eine Sperrzeit wegen Meldeversäumnis von einer Woche ein (§ 159 Absatz 1 Satz 2 Nummer 6 SGB III).
        Können Sie den Termin nicht wahrnehmen, teilen Sie uns dies bitte vorher mit.

        Diese Nachricht wurde Ihnen zusätzlich in Ihr Postfach auf arbeitsagentur.de zugestellt.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Mannheim

        Bitte antworten Sie nicht auf diese E-Mail. Nutzen Sie für Rückfragen Ihr Postfach unter
        https://www.arbeitsagentur.de/eservices
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-out2.arbeitsagentur.de", "194.126.221.12", "2026-10-02 11:44:57", BER,
                         "4Mn6Zc1R9qz0U")),
        ("From", addr("Agentur für Arbeit Mannheim", "noreply@arbeitsagentur.de", "iso-8859-1")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Einladung zu einem Gesprächstermin am 08.10.2026", "iso-8859-1")),
        ("Date", date("2026-10-02 11:44:57", BER)),
        ("Message-ID", "<ba.eservices.8837241.1791373497@arbeitsagentur.de>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(n(33), family="admission_interview", lang="en", interview=False, company=None,
           days=(("Wed", "2026-10-21"),),
           note="Business-school admission interview for a part-time MBA with a fixed time (Wed 21 Oct, 5:30 PM "
                "CEST); an admission interview, not a job interview")
def n33() -> bytes:
    body = t("""
        Dear Mr Weber,

        Thank you for your application to the Part-Time Executive MBA (Intake March 2027). We are pleased
        to invite you to the admission interview, which is the final step of our selection process.

        Date: Wednesday, 21 October 2026
        Time: 5:30 PM - 6:15 PM (CEST)
        Format: Zoom, with Prof. Dr. Ulrich Berner (Academic Director) and a member of the admissions
        committee
        Zoom link: https://quadrate-som.zoom.us/j/93381027746

        The interview focuses on your motivation, your leadership experience and how you plan to combine
        the programme with your job. Please have your passport or ID card ready for identification.

        If you have any questions, please contact me at helen.park@quadrate-som.de.

        Kind regards,
        Dr. Helen Park
        Admissions Manager, Executive Education
        Quadrate School of Management · L 9, 1 · 68161 Mannheim
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mx-out.quadrate-som.de", "141.89.64.23", "2026-10-15 09:12:50", BER, "4N2Av0nF5hz7L")),
        ("From", addr("QSM Admissions", "admissions@quadrate-som.de")),
        ("Reply-To", addr("Helen Park", "helen.park@quadrate-som.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "Your admission interview - Part-Time Executive MBA"),
        ("Date", date("2026-10-15 09:12:50", BER)),
        ("Message-ID", "<admissions.20261015.5512@quadrate-som.de>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(34), family="sports_tryout", lang="de", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="Handball club coach confirms a try-out training 'Donnerstag, 17.9., um halb acht'; a sports "
                "try-out, not a job interview")
def n34() -> bytes:
    body = t("""
        Hi Jonas,

        freut mich, dass du wieder einsteigen willst! Komm einfach am Donnerstag, 17.9., um halb acht zum
        Probetraining in die Herzogenriedhalle (Halle 2, Eingang über den Parkplatz). Bring Hallenschuhe
        und was zu trinken mit, Harz haben wir.

        Wir trainieren bis ca. 21:30, danach sitzen wir meistens noch im Vereinsheim. Wenn's dir gefällt,
        kümmern wir uns um den Spielerpass, die Zweite sucht eh noch einen Rückraum-Linken.

        Sportliche Grüße
        Ralf

        --
        Ralf Dörr
        Trainer 2. Herren · SG Neckarstadt 1908 e.V. – Abteilung Handball
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-lj1-f171.google.com", "209.85.208.171", "2026-09-14 21:40:26", BER, "4MkY1x3C8rz5N")),
        ("From", addr("Ralf Dörr", "ralf.doerr@example.com")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "Re: Probetraining Handball"),
        ("Date", date("2026-09-14 21:40:26", BER)),
        ("Message-ID", "<CAJx8kPq4WmV1bT2rN0sZ9yL7cF3dH6gE@mail.gmail.com>"),
        ("In-Reply-To", "<d1e4b7a2-9c30-4f58-b6e1-2a8f0c7d3e95@example.org>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(35), family="car_service", lang="de", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Car dealer's workshop appointment with ICS (Sa., 17.10.2026, 08:00 Uhr, tyre change and "
                "inspection); a fixed appointment, not an interview")
def n35() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        vielen Dank für Ihre Terminanfrage. Hiermit bestätigen wir Ihren Werkstatttermin:

        Termin:     Samstag, 17.10.2026, 08:00 Uhr (Fahrzeugannahme)
        Fahrzeug:   VW Golf Variant, MA-JW 2208
        Leistungen: Inspektion mit Ölwechsel, Räderwechsel auf Winterräder (eingelagert)
        Abholung:   voraussichtlich ab 12:00 Uhr

        Bitte bringen Sie das Serviceheft und den Radschlossadapter mit. Einen Kalendereintrag finden Sie
        im Anhang.

        Ihr Serviceteam
        Autohaus Kurpfalz-Süd GmbH
        Casterfeldstraße 120 · 68199 Mannheim · Tel. 0621 8419 70
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Autohaus Kurpfalz-Sued//Werkstattplaner//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:wsp-20261017-0800-MAJW2208@autohaus-kurpfalz-sued.de
DTSTAMP:20261012T081544Z
DTSTART;TZID=Europe/Berlin:20261017T080000
DTEND;TZID=Europe/Berlin:20261017T083000
SUMMARY:Werkstatttermin Autohaus Kurpfalz-Süd (Fahrzeugannahme)
LOCATION:Casterfeldstraße 120, 68199 Mannheim
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp.autohaus-kurpfalz-sued.de", "85.13.150.44", "2026-10-12 10:15:44", BER,
                         "4N1Bt4fW0mz9K")),
        ("From", addr("Autohaus Kurpfalz-Süd Service", "service@autohaus-kurpfalz-sued.de")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung Werkstatt – Sa., 17.10.2026, 08:00 Uhr")),
        ("Date", date("2026-10-12 10:15:44", BER)),
        ("Message-ID", "<20261012081544.4411@autohaus-kurpfalz-sued.de>"),
    ], mixed(text(body), calendar(ics, method="PUBLISH", filename="Werkstatttermin.ics", disposition="attachment",
                                  cte="quoted-printable")))


@make.mail(n(36), family="occupational_health", lang="de", interview=False, company=None,
           days=(("Fri", "2026-12-11"),),
           note="Occupational-health provider books the pre-employment medical check for a future employer "
                "(Fr., 11.12.2026, 07:45 Uhr); part of hiring but not an interview; sender is not the employer")
def n36() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        im Auftrag der Albtal Robotik AG laden wir Sie zur arbeitsmedizinischen Einstellungsuntersuchung
        (Angebotsvorsorge Bildschirmarbeit, Lärm) ein:

        Freitag, 11.12.2026, 07:45 Uhr
        ArbeitsMed Rhein-Neckar GmbH, Zentrum Karlsruhe, Brauerstraße 12, 76135 Karlsruhe

        Bitte erscheinen Sie nüchtern (Blutabnahme) und bringen Sie Ihren Impfpass, ggf. Ihre Brille bzw.
        Kontaktlinsen sowie den beigefügten, ausgefüllten Anamnesebogen mit. Die Untersuchung dauert etwa
        eine Stunde.

        Bei Verhinderung sagen Sie den Termin bitte mindestens 24 Stunden vorher unter 0721 9133 400 ab.

        Mit freundlichen Grüßen
        Ihr Praxisteam
        ArbeitsMed Rhein-Neckar GmbH
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.arbeitsmed-rn.de", "81.169.145.97", "2026-11-30 08:58:13", BER, "4NDr1b8Q4vz2P")),
        ("From", addr("ArbeitsMed Rhein-Neckar – Zentrum Karlsruhe", "termine@arbeitsmed-rn.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Ihr Termin zur Einstellungsuntersuchung am 11.12.2026")),
        ("Date", date("2026-11-30 08:58:13", BER)),
        ("Message-ID", "<termin.55120.20261130@arbeitsmed-rn.de>"),
    ], mixed(text(body, cte="base64"),
             raw_part([("Content-Type", 'application/pdf; name="Anamnesebogen.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Anamnesebogen.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      "JVBERi0xLjQKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEg\n"
                      "MCBSPj4KJSVFT0YK\n")))


@make.mail(n(37), family="coach_mock_interview", lang="de", interview=False, company=None,
           days=(("Wed", "2026-09-30"),),
           note="Job coach confirms a paid mock interview ('Probe-Vorstellungsgespräch', Mi., 30.09., 18:00 "
                "Uhr, Zoom); practice, not a real interview")
def n37() -> bytes:
    body = t("""
        Hallo Jonas,

        super, dann halten wir den Termin für dein Probe-Vorstellungsgespräch fest: Mi., 30.09., 18:00 Uhr,
        90 Minuten per Zoom. Ich spiele die Personalerin, mein Kollege Thorsten (früher Werksleiter) übernimmt
        die Fachfragen. Danach gibt es ausführliches Feedback und die Aufzeichnung für dich.

        Schick mir bitte bis Montag die Stellenanzeige, auf die wir uns vorbereiten sollen, und deinen
        aktuellen Lebenslauf.

        Sandra Keller lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Probeinterview Jonas Weber
        Uhrzeit: 30.Sept..2026 06:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://us02web.zoom.us/j/87740219835?pwd=bWtZc0RkU1lyV2ZpQ3JQ

        Meeting-ID: 877 4021 9835
        Kenncode: 300918

        Viele Grüße
        Sandra

        Sandra Keller · Karriere- & Bewerbungscoaching · Heidelberg
        www.keller-karrierecoaching.de
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mo4-p00-ob.smtp.rzone.de", "85.215.255.20", "2026-09-24 12:08:55", BER, "4MmB6s0H2tz4C")),
        ("From", addr("Sandra Keller", "kontakt@keller-karrierecoaching.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "Dein Probeinterview am 30.09."),
        ("Date", date("2026-09-24 12:08:55", BER)),
        ("Message-ID", "<8e3f0d1c-62b9-4a7e-9c15-d04b2e7f81a6@keller-karrierecoaching.de>"),
        ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
    ], text(body, cte="8bit", params="format=flowed"))


@make.mail(n(38), family="press_interview", lang="de", interview=False, company=None,
           days=(("Fri", "2026-11-13"),),
           note="Local newspaper reporter confirms a phone interview with the user about skills shortage "
                "(Freitag, 13.11., 11 Uhr); the user is interviewed as a source, not for a job")
def n38() -> bytes:
    body = t("""
        Hallo Herr Weber,

        vielen Dank, dass Sie so kurzfristig zugesagt haben! Dann rufe ich Sie wie besprochen am Freitag,
        13.11., um 11 Uhr auf Ihrem Handy an. Wir brauchen etwa 20 Minuten.

        Für unsere Serie "Arbeit in der Region" interessiert mich vor allem: Wie erleben Sie als Ingenieur
        den Fachkräftemangel in der Automatisierung, wie läuft die Jobsuche heute (Stichwort
        Bewerbungsgespräche per Video), und was wünschen Sie sich von Arbeitgebern? Den fertigen Text
        schicke ich Ihnen vor Veröffentlichung zur Freigabe der Zitate.

        Ein Foto bräuchten wir auch - unser Fotograf würde sich dafür separat melden.

        Beste Grüße
        Lisa Hammann
        Redaktion Wirtschaft
        Rhein-Neckar-Bote · Dudenstraße 12–26 · 68167 Mannheim
        Tel. 0621 392 1184
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.rhein-neckar-bote.de", "62.159.87.40", "2026-11-10 16:37:02", BER, "4N8yQ5wM1az3V")),
        ("From", addr("Lisa Hammann", "lisa.hammann@rhein-neckar-bote.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Interview für unsere Serie „Arbeit in der Region“")),
        ("Date", date("2026-11-10 16:37:02", BER)),
        ("Message-ID", "<a5d2f1c8-0b3e-4e79-8c61-93f7b2a04d1e@rhein-neckar-bote.de>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(39), family="podcast_guest", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Podcast host confirms the user's guest recording with ICS (Thu 19 Nov, 18:00-19:00 CET); the "
                "user is the podcast guest, not a job candidate")
def n39() -> bytes:
    body = t("""
        Hi Jonas,

        Thrilled to have you on Automation Unplugged! Here are the details for our interview recording:

        Date: Thursday, November 19, 2026
        Time: 6:00 PM - 7:00 PM CET (Berlin)
        Where: Riverside studio - https://riverside.fm/studio/automation-unplugged?t=4b1e90

        Topic: "Retrofitting brownfield lines without stopping production" - the story of your S7-300 to
        S7-1500 migration talk at the Rhein-Neckar meetup.

        Please use headphones and a wired connection if you can. I'll send a short list of questions
        beforehand; we'll edit out any stumbles, so no pressure.

        Cheers,
        Mara

        Mara Quinlan | Host, Automation Unplugged
        mara@automationunplugged.fm
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:5C1E0B7A-9D42-4E83-A6F1-2B7C9E0D3F58
DTSTAMP:20261113T094403Z
DTSTART;TZID=Europe/Berlin:20261119T180000
DTEND;TZID=Europe/Berlin:20261119T190000
SUMMARY:Automation Unplugged - interview recording with Jonas Weber
LOCATION:https://riverside.fm/studio/automation-unplugged?t=4b1e90
ORGANIZER;CN=Mara Quinlan:mailto:mara@automationunplugged.fm
ATTENDEE;CN=Jonas Weber;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.weber@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("st43p00im-zteg10063401.me.com", "17.58.63.178", "2026-11-13 09:44:03", "Europe/Dublin",
                         "4N9zH2cL7nz6X")),
        ("From", addr("Mara Quinlan", "mara@automationunplugged.fm")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "Confirmed: your Automation Unplugged interview recording (Nov 19)"),
        ("Date", date("2026-11-13 09:44:03", "Europe/Dublin")),
        ("Message-ID", "<0F8E7A61-3C2B-4D19-B5A0-6E4F2D1C9B87@automationunplugged.fm>"),
        ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, filename="invite.ics", disposition="attachment")))


@make.mail(n(40), family="forwarded_other", lang="de", interview=False, company=None,
           days=(("Mon", "2026-11-02"),),
           note="The user's sister forwards her own interview confirmation (Klinikum, Mon 2 Nov 11:00) to share "
                "the news; a confirmed interview, but not the inbox owner's")
def n40() -> bytes:
    body = t("""
        Jonaaaas!! Schau mal, die haben sich tatsächlich gemeldet 🙂 Montag hab ich das Gespräch. Kannst du
        am Sonntag mal mit mir üben? Du hast ja grad Routine mit sowas 😅

        Lena

        ---------- Forwarded message ---------
        Von: Pflegedirektion Klinikum Karlsruhe-Süd <bewerbung-pflege@klinikum-ka-sued.de>
        Date: Do., 29. Okt. 2026 um 14:02 Uhr
        Subject: Einladung zum Vorstellungsgespräch
        To: <lena.weber@example.net>

        Sehr geehrte Frau Weber,

        vielen Dank für Ihre Bewerbung als Gesundheits- und Krankenpflegerin (m/w/d) für unsere
        Intensivstation. Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

        Montag, 2. November 2026, um 11:00 Uhr
        Klinikum Karlsruhe-Süd, Verwaltungsgebäude, Raum 0.14

        Ihre Gesprächspartner sind Frau Degen (Pflegedienstleitung) und Herr Sommer (Stationsleitung).

        Mit freundlichen Grüßen
        Pflegedirektion
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-pj1-f52.google.com", "209.85.216.52", "2026-10-29 20:14:47", BER, "4N6Rk9pB3xz1Y")),
        ("From", addr("Lena Weber", "lena.weber@example.net")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch")),
        ("Date", date("2026-10-29 20:14:47", BER)),
        ("Message-ID", "<CAB3n9vQxR7Tz2Lk8mW0pY4dF1sH6jG5c@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(41), family="interviewer_request", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="The user forwards from his work account a request to sit in as technical interviewer for a "
                "working-student candidate (Do., 1.10., 14:00-15:00); he is the interviewer, not the candidate")
def n41() -> bytes:
    body = t("""
        zur Info, damit ich's privat im Kalender hab.

        Mit freundlichen Grüßen / Best regards
        Jonas Weber
        Automatisierung / Inbetriebnahme
        Neckarstahl Anlagenbau GmbH | Industriehafen, Bonadiesstraße 20 | 68169 Mannheim

        Von: Hörner, Anja <anja.hoerner@neckarstahl-anlagenbau.de>
        Gesendet: Montag, 28. September 2026 16:48
        An: Weber, Jonas <jonas.weber@neckarstahl-anlagenbau.de>
        Cc: Krämer, Bernd <bernd.kraemer@neckarstahl-anlagenbau.de>
        Betreff: Interview Werkstudentin Automatisierung - Fachinterviewer

        Hallo Jonas,

        Bernd hat dich als Fachinterviewer für unsere Werkstudentenstelle in der Automatisierung
        vorgeschlagen. Das Gespräch mit Frau Yilmaz (Mechatronik, 5. Semester, DHBW Mannheim) ist am
        Donnerstag, 1.10., von 14:00 bis 15:00 Uhr im Besprechungsraum "Kran 2". Ich übernehme den
        HR-Teil, du bitte die Fachfragen (SPS-Grundlagen, ein kleines Schaltplan-Beispiel).

        Den Interviewleitfaden und den Lebenslauf findest du im Teams-Kanal "Recruiting".

        Danke dir!
        Anja

        Anja Hörner
        HR Business Partner
        Neckarstahl Anlagenbau GmbH
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-db8eur05on2097.outbound.protection.outlook.com", "40.107.20.97",
                         "2026-09-28 17:05:19", BER, "4MmP0t7E6gz8R")),
        ("From", addr("Weber, Jonas", "jonas.weber@neckarstahl-anlagenbau.de")),
        ("To", ME),
        ("Subject", "WG: Interview Werkstudentin Automatisierung - Fachinterviewer"),
        ("Date", date("2026-09-28 17:05:19", BER)),
        ("Message-ID", "<DB8PR05MB6651A3E0F1C2B3D4E5F6A7B8C9D0@DB8PR05MB6651.eurprd05.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ], text(body, charset="windows-1252"))


@make.mail(n(42), family="team_event", lang="de", interview=False, company=None,
           days=(("Fri", "2026-12-11"),),
           note="Google Calendar invitation from a colleague to the team's Christmas party (Fr. 11. Dez., "
                "18:30-23:00 MEZ); a fixed time at the current job, not an interview")
def n42() -> bytes:
    body = t("""
        Dominik Roth hat Sie zu folgendem Termin eingeladen, mit Notiz:

        Servus zusammen, wie jedes Jahr: Weihnachtsfeier vom Team Automatisierung/IBN! Tisch ist im
        "Alten Kranen" im Jungbusch reserviert, danach wer mag noch auf ein Bier. Partner:innen sind herzlich
        willkommen, gebt mir bis 4.12. Bescheid wegen der Plätze. Wichtelgeschenk max. 15 €.

        Weihnachtsfeier Team Automatisierung 🎄

        Freitag, 11. Dezember 2026 ⋅ 18:30–23:00
        Mitteleuropäische Normalzeit - Berlin

        Ort
        Zum Alten Kranen, Jungbuschstraße 14, 68159 Mannheim

        Organisator
        Dominik Roth
        dominik.roth@example.com

        Gäste
        Dominik Roth - Organisator
        jonas.weber@example.org
        ...weitere 11 Gäste

        Antworten für jonas.weber@example.org
        Ja https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        Nein https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Vielleicht https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261211T173000Z
DTEND:20261211T220000Z
DTSTAMP:20261130T120214Z
ORGANIZER;CN=Dominik Roth:mailto:dominik.roth@example.com
UID:1k8f0v2n7q4s9m3d6b5h0r2t1c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.weber@example.org;X-NUM-GUESTS=0:mailto:jonas.weber@example.org
CREATED:20261130T120102Z
LAST-MODIFIED:20261130T120214Z
LOCATION:Zum Alten Kranen, Jungbuschstraße 14, 68159 Mannheim
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Weihnachtsfeier Team Automatisierung 🎄
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-11-30 12:02:14", "UTC", "4NDs9w2K5pz7H")),
        ("From", addr("Dominik Roth", "dominik.roth@example.com")),
        ("Sender", "Google Kalender <calendar-notification@google.com>"),
        ("Reply-To", "dominik.roth@example.com"),
        ("To", ME),
        ("Subject", enc("Einladung: Weihnachtsfeier Team Automatisierung 🎄 @ Fr. 11. Dez. 2026 18:30 - 23:00 (MEZ) "
                        "(jonas.weber@example.org)")),
        ("Date", date("2026-11-30 12:02:14", "UTC")),
        ("Message-ID", "<calendar-77e3b0d2-5a16-4c9f-8e40-b1d6c2f9a803@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")),
             calendar(ics, method=None, ctype="application/ics", filename="invite.ics", disposition="attachment",
                      cte="base64", name_param=True)))


@make.mail(n(43), family="auto_reply", lang="de", interview=False, company="Quadratwerk Automation GmbH",
           days=(("Mon", "2026-09-14"),),
           note="Out-of-office auto-reply from the recruiter, subject echoes 'Vorstellungsgespräch am 15.09.'; "
                "nothing new is confirmed by it")
def n43() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 14.09.2026, nicht im Büro und habe keinen Zugriff auf meine
        E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an bewerbung@quadratwerk-automation.de oder telefonisch
        an 0621 1789 40-0.

        Mit freundlichen Grüßen
        Miriam Kessler
        People & Culture · Quadratwerk Automation GmbH
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail-fr2deu01on2059.outbound.protection.outlook.com", "40.107.135.59",
                         "2026-09-11 08:03:27", BER, "4MhZ4y1F7kz0J")),
        ("From", addr("Miriam Kessler", "miriam.kessler@quadratwerk-automation.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Automatische Antwort: Vorstellungsgespräch am 15.09. – Rückfrage Anfahrt")),
        ("Date", date("2026-09-11 08:03:27", BER)),
        ("Message-ID", "<FR2P281MB0977E3A4B5C6D7E8F9A0B1C2D3E4@FR2P281MB0977.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<3b7e0d91-c2a4-4f18-9e65-a1d8f0b7c342@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "de-DE"),
    ], text(body))


@make.mail(n(44), family="bounce", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Delivery failure for the user's own reply confirming 'Do., 22.10., um 13 Uhr' (typo in the "
                "recipient domain); the returned message is his own mail, and a bounce confirms nothing")
def n44() -> bytes:
    original = make.message([
        ("From", addr("Jonas Weber", ME)),
        ("To", addr("Dr. Katrin Albers", "katrin.albers@neckarbogen-medizintechnik.com")),
        ("Subject", enc("Re: Bestätigung Ihres Vorstellungsgesprächs am 22.10.2026")),
        ("Date", date("2026-10-16 10:41:09", BER)),
        ("Message-ID", "<f0c9a3e1-7b42-4d85-a6e0-2c1b9d8f7e54@example.org>"),
    ], text(t("""
        Sehr geehrte Frau Dr. Albers,

        vielen Dank für die Bestätigung. Ich freue mich auf das Gespräch am Do., 22.10., um 13 Uhr und
        bringe meinen Personalausweis mit.

        Mit freundlichen Grüßen
        Jonas Weber
        """)))
    report = t("""
        Dies ist eine automatisch erstellte Nachricht des Mailsystems von mailbox.example.org.

        Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
        Dies ist ein dauerhafter Fehler.

        <katrin.albers@neckarbogen-medizintechnik.com>:
        Host or domain name not found. Name service error for name=neckarbogen-medizintechnik.com
        type=MX: Host not found

        Die ursprüngliche Nachricht ist angehängt.
        """)
    status = t("""
        Reporting-MTA: dns; mout.mailbox.example.org
        X-Postfix-Queue-ID: 4N1q0L2cWvz5B
        Arrival-Date: Fri, 16 Oct 2026 10:41:10 +0200 (CEST)

        Final-Recipient: rfc822; katrin.albers@neckarbogen-medizintechnik.com
        Original-Recipient: rfc822;katrin.albers@neckarbogen-medizintechnik.com
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=neckarbogen-medizintechnik.com type=MX: Host not found
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mout.mailbox.example.org")),
        ("To", ME),
        ("Subject", enc("Unzustellbar: Re: Bestätigung Ihres Vorstellungsgesprächs am 22.10.2026")),
        ("Date", date("2026-10-16 10:41:12", BER)),
        ("Message-ID", "<20261016084112.5C1E22D004B@mout.mailbox.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(report, cte="8bit"),
                 raw_part([("Content-Type", "message/delivery-status")], status),
                 attached_message(original),
                 params="report-type=delivery-status"))


@make.mail(n(45), family="mailing_list", lang="en", interview=False, company=None,
           note="Mailing-list reply in a thread about interview questions; the poster's own 'interview on "
                "Thursday at 2pm' is someone else's")
def n45() -> bytes:
    body = t("""
        On Tue, Nov 10, 2026 at 9:12 AM Pieter Claes <pieter.claes@example.com> wrote:
        > Anyone have a list of typical questions for a senior controls role? Mostly machine builders.

        Funny timing - I have an interview on Thursday at 2pm with a machine builder here in Ohio, so
        I've been collecting these. The ones I got last round:

        - Walk me through how you'd structure a PackML state machine.
        - A servo axis faults intermittently only at high speed. Where do you start?
        - How do you version-control PLC code? (They really cared about this one.)
        - Safety: what's the difference between PL d and SIL 2, and when does it matter to you?
        - Describe a time you disagreed with the mechanical team during commissioning.

        Happy to compare notes afterwards.

        Dave

        _______________________________________________
        plc-talk mailing list
        plc-talk@lists.controlsforum.org
        https://lists.controlsforum.org/mailman/listinfo/plc-talk
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("lists.controlsforum.org", "66.135.41.9", "2026-11-11 14:22:40", "America/New_York",
                         "4N9C7m0S2bz4F")),
        ("From", addr("Dave Okafor", "dave.okafor@example.com")),
        ("To", "plc-talk@lists.controlsforum.org"),
        ("Subject", "Re: [plc-talk] Interview questions for a controls engineer?"),
        ("Date", date("2026-11-11 14:22:40", "America/New_York")),
        ("Message-ID", "<CAE2x7pLmQ4vR9tN1sW8yZ0bK3cF6dH5g@mail.gmail.com>"),
        ("In-Reply-To", "<8b2d4f60-1c9e-47a3-b5d8-0e7f3a9c2d16@example.com>"),
        ("List-Id", "Discussion of PLCs and industrial controls <plc-talk.lists.controlsforum.org>"),
        ("List-Post", "<mailto:plc-talk@lists.controlsforum.org>"),
        ("List-Unsubscribe", "<https://lists.controlsforum.org/mailman/options/plc-talk>, "
                             "<mailto:plc-talk-request@lists.controlsforum.org?subject=unsubscribe>"),
        ("Precedence", "list"),
        ("Sender", "plc-talk <plc-talk-bounces@lists.controlsforum.org>"),
        ("Errors-To", "plc-talk-bounces@lists.controlsforum.org"),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(n(46), family="webinar", lang="de", interview=False, company=None,
           days=(("Tue", "2026-10-06"),),
           note="Zoom webinar registration (engineers' association) about job interviews, fixed time Tue 6 Oct "
                "18:00 with ICS; a webinar, not an interview")
def n46() -> bytes:
    body = t("""
        Hallo Jonas Weber,

        vielen Dank für Ihre Registrierung für „Das Vorstellungsgespräch für Ingenieur:innen – Fachfragen,
        Gehalt, Probezeit“.

        Bei Fragen wenden Sie sich bitte an: veranstaltungen@ivrn.de

        Datum und Uhrzeit: 06.Okt..2026 06:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Diesem Webinar über PC, Mac, iPad, iPhone oder Android-Gerät beitreten:
        Klicken Sie hier, um teilzunehmen: https://us06web.zoom.us/w/88112045391?tk=q7Rk2Lm
        Kenncode: IVRN26

        Zu Kalender hinzufügen: siehe Anhang

        Sie können Ihre Registrierung jederzeit stornieren.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTAMP:20260930T072210Z
DTSTART;TZID=Europe/Berlin:20261006T180000
DTEND;TZID=Europe/Berlin:20261006T193000
SUMMARY:Das Vorstellungsgespräch für Ingenieur:innen – Fachfragen\\, Gehalt\\, Probezeit
UID:20260930T072210Z-88112045391@fe80:0:0:0:2e0:4cff:fe68:1b4%eth0
DESCRIPTION:https://us06web.zoom.us/w/88112045391?tk=q7Rk2Lm
LOCATION:https://us06web.zoom.us/w/88112045391?tk=q7Rk2Lm
ORGANIZER;CN=Ingenieurverband Rhein-Neckar:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR"""
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.zoom.us", "170.114.10.71", "2026-09-30 07:22:10", "UTC", "4MmY8c4T1dz6S")),
        ("From", addr("Ingenieurverband Rhein-Neckar", "no-reply@zoom.us")),
        ("Reply-To", "veranstaltungen@ivrn.de"),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Bestätigung: Das Vorstellungsgespräch für Ingenieur:innen – Fachfragen, Gehalt, Probezeit")),
        ("Date", date("2026-09-30 07:22:10", "UTC")),
        ("Message-ID", "<zoom.webinar.reg.88112045391.4471@zoom.us>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method=None, ctype="application/ics", filename="webinar.ics", disposition="attachment",
                      cte="base64")))


@make.mail(n(47), family="meetup", lang="de", interview=False, company=None,
           days=(("Tue", "2026-11-24"),),
           note="Meetup RSVP confirmation for a local industrial-IoT meetup (Di., 24. Nov., 18:30); an event, "
                "not an interview")
def n47() -> bytes:
    page = t("""
        <html><body style="font-family:Graphik,Helvetica,Arial,sans-serif;font-size:15px;color:#212121">
        <div style="max-width:600px;margin:auto">
        <h2>Du bist dabei!</h2>
        <p><b>Industrial IoT Meetup Rhein-Neckar #23: OPC UA in der Praxis &amp; Lightning Talks</b></p>
        <p>Di., 24. Nov. 2026 · 18:30 MEZ<br>
        Jungbusch Sensorik GmbH, Hafenstraße 49, 68159 Mannheim</p>
        <p>Gastgeber: Industrial IoT Rhein-Neckar · 38 Teilnehmer</p>
        <p>Programm: 18:30 Ankommen &amp; Pizza · 19:00 „OPC UA PubSub auf dem Shopfloor“ · 19:45 Lightning
        Talks (5 min, meldet euch!) · danach Networking.</p>
        <p><a href="https://www.meetup.com/iiot-rhein-neckar/events/311478220/">Event ansehen</a> ·
        <a href="https://www.meetup.com/iiot-rhein-neckar/events/311478220/attendees/">Teilnehmerliste</a></p>
        <p style="font-size:12px;color:#757575">Du kannst deine Zusage jederzeit ändern. Meetup LLC, POB 4668
        #37895, New York, NY 10163-4668</p>
        </div></body></html>
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail176-41.suw11.mandrillapp.com", "198.2.176.41", "2026-11-13 18:05:33", "UTC",
                         "4N9zV3gD8mz2Q")),
        ("From", addr("Meetup", "info@email.meetup.com")),
        ("To", ME),
        ("Subject", enc("Du bist dabei: Industrial IoT Meetup Rhein-Neckar #23 – Di., 24. Nov.")),
        ("Date", date("2026-11-13 18:05:33", "UTC")),
        ("Message-ID", "<rsvp.311478220.c41e9f.1794679533@email.meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ], html(page))


@make.mail(n(48), family="bank_advisor", lang="de", interview=False, company=None,
           days=(("Wed", "2026-11-25"),),
           note="Bank confirms a mortgage advisory appointment (Mi., 25.11.2026, 16:30 Uhr); 'Gespräch' with a "
                "fixed time but not an interview")
def n48() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center"><tr><td>
        <p style="color:#0066b3;font-size:18px">Ihr Beratungstermin ist bestätigt</p>
        <p>Sehr geehrter Herr Weber,</p>
        <p>vielen Dank für Ihre Terminanfrage über unser Online-Banking. Wir bestätigen Ihnen folgendes
        Beratungsgespräch:</p>
        <table cellpadding="4">
        <tr><td>Thema:</td><td>Baufinanzierung (Erstgespräch)</td></tr>
        <tr><td>Termin:</td><td>Mittwoch, 25.11.2026, 16:30 Uhr</td></tr>
        <tr><td>Berater:</td><td>Emre Özdemir, Immobilienfinanzierung</td></tr>
        <tr><td>Ort:</td><td>Filiale Lindenhof, Meerfeldstraße 31, 68163 Mannheim</td></tr>
        </table>
        <p>Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen, Ihren Arbeitsvertrag und ggf. das
        Exposé der Immobilie mit. Falls sich bei Ihnen beruflich gerade etwas ändert, besprechen wir
        gerne, was das für die Finanzierung bedeutet.</p>
        <p>Freundliche Grüße<br>Ihre Kurpfälzer Volksbank eG</p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde automatisch versandt. Bitte nutzen Sie für
        Nachrichten an uns das Postfach im Online-Banking.</p>
        </td></tr></table></body></html>
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mx-out.kurpfaelzer-vb.de", "193.31.26.88", "2026-11-19 11:20:05", BER, "4NBm2q6W0fz9T")),
        ("From", addr("Kurpfälzer Volksbank eG", "terminservice@kurpfaelzer-vb.de", "iso-8859-15")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", enc("Terminbestätigung: Ihr Beratungsgespräch am 25.11.2026", "iso-8859-15")),
        ("Date", date("2026-11-19 11:20:05", BER)),
        ("Message-ID", "<termin.bfin.77310452@kurpfaelzer-vb.de>"),
    ], html(page, charset="iso-8859-15"))


@make.mail(n(49), family="flat_viewing", lang="de", interview=False, company=None,
           days=(("Sat", "2026-12-05"),),
           note="Property manager confirms a flat viewing in Heidelberg (Sa., 5.12., 11:15 Uhr); asks about the "
                "employer for the tenant self-disclosure; not an interview")
def n49() -> bytes:
    body = t("""
        Guten Tag Herr Weber,

        vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Bergheimer Straße 88 (3. OG links,
        78 m², Kaltmiete 1.140 €).

        Gerne bestätige ich Ihnen den Besichtigungstermin am Samstag, 5.12., um 11:15 Uhr. Bitte klingeln
        Sie bei "Hausverwaltung", ich erwarte Sie im Treppenhaus. Es handelt sich um eine
        Einzelbesichtigung, ca. 20 Minuten.

        Falls Sie Interesse haben, bringen Sie bitte die ausgefüllte Mieterselbstauskunft mit (Angaben zum
        aktuellen bzw. künftigen Arbeitgeber, Einkommensnachweise der letzten drei Monate, SCHUFA-Auskunft).

        Mit freundlichen Grüßen
        Birgit Lorenz
        Hausverwaltung Bergheim GmbH
        Poststraße 15 · 69115 Heidelberg · Tel. 06221 58 22 90
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("smtp.hv-bergheim.de", "178.254.10.77", "2026-12-01 09:47:31", BER, "4NDv5k1R3cz6M")),
        ("From", addr("Birgit Lorenz", "b.lorenz@hv-bergheim.de")),
        ("To", ME),
        ("Subject", "Besichtigung Bergheimer Str. 88, 3. OG links"),
        ("Date", date("2026-12-01 09:47:31", BER)),
        ("Message-ID", "<001f01dd83c2$5b8a9e40$12bfdac0$@hv-bergheim.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-15"))


@make.mail(n(50), family="parent_teacher", lang="de", interview=False, company=None,
           days=(("Thu", "2026-12-03"),),
           note="School portal confirms a parent-teacher slot on Elternsprechtag (Do., 03.12.2026, 17:40-17:50 "
                "Uhr); fixed time, not an interview")
def n50() -> bytes:
    body = t("""
        Sehr geehrter Herr Weber,

        Ihre Terminbuchung für den Elternsprechtag wurde gespeichert.

        Schüler/in:  Mia Weber, Klasse 3b
        Lehrkraft:   Frau Seitz (Klassenleitung)
        Termin:      Donnerstag, 03.12.2026, 17:40 – 17:50 Uhr
        Raum:        112 (1. OG, Altbau)

        Bitte seien Sie pünktlich, da die Gespräche eng getaktet sind. Eine Änderung oder Stornierung ist
        bis zum 01.12.2026 im Elternportal möglich.

        Mit freundlichen Grüßen
        Waldschule Feudenheim – Grundschule
        Sekretariat

        Diese Nachricht wurde automatisch vom Elternportal versendet.
        """)
    return make.message([
        ("Delivered-To", ME),
        ("Received", rcv("mail.elternportal-bw.de", "5.9.88.140", "2026-11-25 19:33:02", BER, "4NCh1t9J6wz3R")),
        ("From", addr("Elternportal Waldschule Feudenheim", "noreply@elternportal-bw.de")),
        ("To", addr("Jonas Weber", ME)),
        ("Subject", "Elternsprechtag: Terminbuchung bestaetigt"),
        ("Date", date("2026-11-25 19:33:02", BER)),
        ("Message-ID", "<ep.sprechtag.4412.97715@elternportal-bw.de>"),
    ], text(body, cte="base64"))
