"""blind64: a blind 50-mail held-out set, the inbox of an embedded-software developer in Stuttgart.

Inbox owner: Jonas Weidenbach <jonas.weidenbach@example.org> (old address j.weidenbach@example.com;
work address at his current employer forwarded into the same mailbox), Stuttgart, Europe/Berlin.
Mechanical engineer turned embedded-software developer, applying in autumn 2026 to car makers,
suppliers, machine builders, engineering service providers and startups (Stuttgart, Munich,
Ingolstadt, Karlsruhe, Zürich, Graz, Gothenburg) and to a few US/UK remote roles.

Every mail's wording is written by hand, one function per mail; ``make.py`` (imported unchanged)
does the MIME plumbing and the checks. File numbers are a fixed shuffle of the writing order:
key k (1..50, positives first) is written to ``blind64_{ORDER[k-1]:03d}.eml``.
Written without reading the detector, its tests, or the other held-out sets.
"""

from __future__ import annotations

import base64
import hashlib
import random
from datetime import UTC
from email.utils import format_datetime, parseaddr

from make import (
    VTZ,
    addr,
    alt,
    at,
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

ORDER = random.Random(64064).sample(range(1, 51), 50)

ME = "jonas.weidenbach@example.org"
ME_NAME = "Jonas Weidenbach"
MX = "mx01.example.org (Postfix)"


def nm(key: int) -> str:
    return f"blind64_{ORDER[key - 1]:03d}"


def dutc(local: str, zone: str) -> str:
    """Date header the way Exchange Online / big senders write it: in UTC, +0000."""
    return format_datetime(at(local, zone).astimezone(UTC))


def stamp(local: str, zone: str) -> str:
    """ICS DTSTAMP / UTC time value."""
    return at(local, zone).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def rcv(src: str, when: str, zone: str, qid: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(src, when, zone, f"{MX} with ESMTPS id {qid}", ME, lag))


def _qid(seed: str) -> str:
    """A Postfix-style queue id derived from the Message-ID (deterministic)."""
    digest = base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip("=")
    return "4" + digest[:11].replace("0", "k").replace("1", "q")


def base(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str | None = None,
         src: str = "", qid: str = "", ret: str | None = None, exchange: bool = False,
         extra: tuple = ()) -> list[tuple[str, str]]:
    """Transport headers (Return-Path, Delivered-To, Received) + From/To/Subject/Date/Message-ID."""
    path = ret if ret is not None else parseaddr(frm)[1]
    hs: list[tuple[str, str]] = [("Return-Path", f"<{path}>"), ("Delivered-To", ME)]
    if src:
        hs.append(rcv(src, when, zone, qid or _qid(msgid)))
    hs += [
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject)),
        ("Date", dutc(when, zone) if exchange else date(when, zone)),
        ("Message-ID", msgid),
    ]
    hs += list(extra)
    return hs


VTZ_ZURICH = """BEGIN:VTIMEZONE
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

VTZ_VIENNA = VTZ_ZURICH.replace("Europe/Zurich", "Europe/Vienna")

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Besprechungs-ID: {bid}
Kennung: {pw}
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d>
Meeting ID: {bid}
Passcode: {pw}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def exchange_headers(topic: str, index: str, org: str, lang: str = "de-DE") -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", enc(topic)),
        ("Thread-Index", index),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-Originating-Org", org),
    ]


def teams_html(body_html: str, teams: str) -> str:
    """A minimal Outlook HTML body with the Teams block as the plain-text twin has it."""
    import html as _h

    block = "<br>\n".join(_h.escape(x) for x in teams.strip("\n").split("\n"))
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>\n'
        '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        + body_html.strip("\n") + "\n"
        + '<div style="font-family:\'Segoe UI\';font-size:10.5pt;color:#252424">\n'
        + block + "\n</div>\n</div>\n</body>\n</html>\n"
    )


# =========================================================================== positives (keys 1-23)


@mail(nm(1), family="successfactors", lang="de", interview=True, kind="scheduled",
      start="2026-10-13T08:00:00Z", end="2026-10-13T09:00:00Z",
      contact="melanie.dorn@kessler-fahrzeugtechnik.de", company="Kessler Fahrzeugtechnik AG",
      local="Tue 2026-10-13 10:00", local_end="2026-10-13 11:00", zone="Europe/Berlin",
      days=(("Tue", "2026-10-13"), ("Fri", "2026-10-09")),
      note="SAP SuccessFactors invitation (formal Sie-letter) to a first video interview, 'Dienstag, "
           "13.10.2026, 10:00 - 11:00 Uhr (MESZ)' = CEST UTC+2 -> 08:00-09:00Z; the 'please confirm' "
           "link does not make the fixed slot less fixed; no-reply sender, contact = HR partner "
           "address in the signature")
def kessler_invitation() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        vielen Dank für Ihre Bewerbung als Softwareentwickler Embedded Systems Bremsregelsysteme
        (m/w/d) (Req.-ID 48213) und Ihr Interesse an der Kessler Fahrzeugtechnik AG.

        Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.
        Hiermit laden wir Sie herzlich zu einem ersten Vorstellungsgespräch per Videokonferenz ein:

        Datum:             Dienstag, 13.10.2026
        Uhrzeit:           10:00 - 11:00 Uhr (MESZ)
        Format:            Videointerview über Microsoft Teams
        Gesprächspartner:  Dr. Ralf Pfleiderer (Gruppenleiter Software Bremsregelsysteme)
                           Melanie Dorn (HR Business Partner Engineering)

        Den Einwahllink erhalten Sie rechtzeitig vor dem Gespräch in einer separaten
        Kalendereinladung. Bitte bestätigen Sie uns den Termin über den folgenden Link:

        https://career5.successfactors.eu/career?company=kesslerfzP&career_ns=interview&rcm_id=48213&ivw=confirm

        Sollte Ihnen der Termin nicht möglich sein, geben Sie uns bitte bis spätestens Freitag,
        09.10.2026, Bescheid, damit wir gemeinsam einen Alternativtermin finden können.

        Wir freuen uns auf das Gespräch mit Ihnen!

        Mit freundlichen Grüßen

        Melanie Dorn
        HR Business Partner Engineering
        Kessler Fahrzeugtechnik AG
        Borsigstraße 40 | 70469 Stuttgart
        Tel.: +49 711 8830-4412
        E-Mail: melanie.dorn@kessler-fahrzeugtechnik.de

        ------------------------------------------------------------------------
        Kessler Fahrzeugtechnik AG, Sitz: Stuttgart, Registergericht: Amtsgericht
        Stuttgart HRB 730155, Vorsitzender des Aufsichtsrats: Dr. Wolfgang Ebinger,
        Vorstand: Dr. Katrin Maier-Lenz (Vors.), Thomas Hägele, Dr. Jens Olbrich

        Diese Nachricht wurde automatisch über unser Bewerbermanagementsystem versendet.
        Bitte antworten Sie nicht direkt auf diese E-Mail.
        """)
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Einladung zum Vorstellungsgespräch</title></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2"><tr><td align="center">
        <table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a">
        <tr><td style="background:#003b6f;padding:18px 24px"><img src="https://career5.successfactors.eu/career/images/kesslerfzP/logo_white.png" alt="Kessler Fahrzeugtechnik" width="180"></td></tr>
        <tr><td style="padding:24px">
        <p>Sehr geehrter Herr Weidenbach,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Softwareentwickler Embedded Systems Bremsregelsysteme (m/w/d)</b> (Req.-ID 48213) und Ihr Interesse an der Kessler Fahrzeugtechnik AG.</p>
        <p>Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen. Hiermit laden wir Sie herzlich zu einem ersten Vorstellungsgespräch per Videokonferenz ein:</p>
        <table cellpadding="4" cellspacing="0" border="0" style="font-size:14px">
        <tr><td width="150"><b>Datum:</b></td><td>Dienstag, 13.10.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 - 11:00 Uhr (MESZ)</td></tr>
        <tr><td><b>Format:</b></td><td>Videointerview über Microsoft Teams</td></tr>
        <tr><td valign="top"><b>Gesprächspartner:</b></td><td>Dr. Ralf Pfleiderer (Gruppenleiter Software Bremsregelsysteme)<br>Melanie Dorn (HR Business Partner Engineering)</td></tr>
        </table>
        <p>Den Einwahllink erhalten Sie rechtzeitig vor dem Gespräch in einer separaten Kalendereinladung. Bitte bestätigen Sie uns den Termin über den folgenden Button:</p>
        <p><a href="https://career5.successfactors.eu/career?company=kesslerfzP&amp;career_ns=interview&amp;rcm_id=48213&amp;ivw=confirm" style="background:#e2001a;color:#ffffff;padding:10px 18px;text-decoration:none;display:inline-block">Termin bestätigen</a></p>
        <p>Sollte Ihnen der Termin nicht möglich sein, geben Sie uns bitte bis spätestens Freitag, 09.10.2026, Bescheid, damit wir gemeinsam einen Alternativtermin finden können.</p>
        <p>Wir freuen uns auf das Gespräch mit Ihnen!</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Melanie Dorn<br>HR Business Partner Engineering<br>Kessler Fahrzeugtechnik AG<br>Borsigstraße 40 | 70469 Stuttgart<br>Tel.: +49 711 8830-4412<br>E-Mail: <a href="mailto:melanie.dorn@kessler-fahrzeugtechnik.de">melanie.dorn@kessler-fahrzeugtechnik.de</a></p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#777777;border-top:1px solid #dddddd">Kessler Fahrzeugtechnik AG, Sitz: Stuttgart, Registergericht: Amtsgericht Stuttgart HRB 730155, Vorsitzender des Aufsichtsrats: Dr. Wolfgang Ebinger, Vorstand: Dr. Katrin Maier-Lenz (Vors.), Thomas Hägele, Dr. Jens Olbrich<br><br>Diese Nachricht wurde automatisch über unser Bewerbermanagementsystem versendet. Bitte antworten Sie nicht direkt auf diese E-Mail.</td></tr>
        </table>
        </td></tr></table>
        </body></html>
        """)
    hs = base(addr("Kessler Fahrzeugtechnik AG", "noreply@successfactors.eu"),
              "Einladung zum Vorstellungsgespräch – Softwareentwickler Embedded Systems Bremsregelsysteme (m/w/d)",
              "2026-10-05 10:12:41", "Europe/Berlin",
              "<1284772311.118830.1791187961402@pc12bsfapi07.successfactors.eu>",
              src="from mta11.successfactors.eu (mta11.successfactors.eu [155.56.64.211])",
              ret="bounce-kesslerfzP@successfactors.eu",
              extra=(("X-SF-Company", "kesslerfzP"), ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(body), html(page)))


@mail(nm(2), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-10-29T12:30:00Z", end="2026-10-29T14:00:00Z",
      contact="ralf.pfleiderer@kessler-fahrzeugtechnik.de", company="Kessler Fahrzeugtechnik AG",
      local="Thu 2026-10-29 13:30", local_end="2026-10-29 15:00", zone="Europe/Berlin",
      days=(("Thu", "2026-10-29"),),
      note="Outlook/Exchange meeting request from the hiring manager for the second-round "
           "'Fachgespräch' on site; sent in CEST (21 Oct) for a slot after the switch to CET "
           "(25 Oct): 29.10. 13:30-15:00 W. Europe Standard Time = UTC+1 -> 12:30-14:00Z; "
           "contact = ORGANIZER = sender")
def kessler_fachgespraech() -> bytes:
    teams = TEAMS_DE.format(mid="NmQ5ZTkxYzItMzAxZi00YjQ1LWE4ZmUtZDc3NDg3MmE1ZTIx",
                            tid="5f1e44c3-9b2d-4a8e-8d0a-3b61f2cd9e07", bid="318 552 904 771", pw="Xq7mN2")
    body = t("""
        Hallo Herr Weidenbach,

        wie mit Frau Dorn besprochen, lade ich Sie hiermit zum Fachgespräch zu uns nach Feuerbach ein
        (Do., 29.10., 13:30 – 15:00 Uhr). Mit dabei sind Herr Kaltenbach aus der Funktionsentwicklung
        ESP und Frau Yilmaz (Testmanagement HIL).

        Grober Ablauf:
        - kurze Vorstellung gegenseitig
        - technischer Teil: C / Embedded C++, AUTOSAR Classic (RTE, BSW-Konfiguration),
          funktionale Sicherheit nach ISO 26262
        - kleine Code-Review-Übung (bitte nichts vorbereiten)
        - Rundgang durchs HIL-Labor

        Bitte melden Sie sich ca. 10 Minuten vorher an der Pforte Tor 3 (Borsigstraße 40), dort
        liegt ein Besucherausweis für Sie bereit. Den Teams-Link habe ich nur für Frau Yilmaz
        angehängt, die evtl. remote aus Abstatt zugeschaltet wird.

        Viele Grüße
        Ralf Pfleiderer

        """) + teams
    body_html = t("""
        <p class="MsoNormal">Hallo Herr Weidenbach,</p>
        <p class="MsoNormal">wie mit Frau Dorn besprochen, lade ich Sie hiermit zum Fachgespräch zu uns nach Feuerbach ein (Do., 29.10., 13:30 – 15:00 Uhr). Mit dabei sind Herr Kaltenbach aus der Funktionsentwicklung ESP und Frau Yilmaz (Testmanagement HIL).</p>
        <p class="MsoNormal">Grober Ablauf:</p>
        <ul><li>kurze Vorstellung gegenseitig</li><li>technischer Teil: C / Embedded C++, AUTOSAR Classic (RTE, BSW-Konfiguration), funktionale Sicherheit nach ISO 26262</li><li>kleine Code-Review-Übung (bitte nichts vorbereiten)</li><li>Rundgang durchs HIL-Labor</li></ul>
        <p class="MsoNormal">Bitte melden Sie sich ca. 10 Minuten vorher an der Pforte Tor 3 (Borsigstraße 40), dort liegt ein Besucherausweis für Sie bereit. Den Teams-Link habe ich nur für Frau Yilmaz angehängt, die evtl. remote aus Abstatt zugeschaltet wird.</p>
        <p class="MsoNormal">Viele Grüße<br>Ralf Pfleiderer</p>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Pfleiderer Ralf (KFT/EBS2)\":mailto:Ralf.Pfleiderer@kessler-fahrzeugtechnik.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.weidenbach@example.org:mailto:jonas.weidenbach@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Kaltenbach Michael (KFT/EBF1)\":mailto:Michael.Kaltenbach@kessler-fahrzeugtechnik.de",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Yilmaz Derya (KFT/EBT3)\":mailto:Derya.Yilmaz@kessler-fahrzeugtechnik.de",
        "DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Weidenbach\\,\\n\\nwie mit Frau Dorn besprochen\\, lade ich Sie hiermit zum Fachgespräch zu uns nach Feuerbach ein (Do.\\, 29.10.\\, 13:30 – 15:00 Uhr).\\n",
        "UID:040000008200E00074C5B7101A82E00800000000D0B1F6C1A365DD01000000000000000010000000A4F1E0C0D5B9B84C8E5E4F0B3C2D7A19",
        "SUMMARY;LANGUAGE=de-DE:Fachgespräch Embedded SW Bremsregelsysteme – Herr Weidenbach",
        "DTSTART;TZID=W. Europe Standard Time:20261029T133000",
        "DTEND;TZID=W. Europe Standard Time:20261029T150000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:" + stamp("2026-10-21 16:40:05", "Europe/Berlin"),
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Feuerbach Geb. 112 / BR 3.14 \"Nürburgring\"; Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:2118337140",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Feuerbach Geb. 112 / BR 3.14 \\\"Nürburgring\\\"\",\"LocationAnnotation\":\"\",\"LocationUri\":\"\",\"LocationStreet\":\"\",\"LocationCity\":\"\",\"LocationState\":\"\",\"LocationCountry\":\"\",\"LocationPostalCode\":\"\",\"LocationFullAddress\":\"\"}]",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = base(addr("Pfleiderer Ralf (KFT/EBS2)", "Ralf.Pfleiderer@kessler-fahrzeugtechnik.de"),
              "Fachgespräch Embedded SW Bremsregelsysteme – Herr Weidenbach",
              "2026-10-21 16:40:05", "Europe/Berlin",
              "<FR3P281MB1754C2E0A8F3D41B7C9A01E5D8E32@FR3P281MB1754.DEUP281.PROD.OUTLOOK.COM>",
              src="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2107.outbound.protection.outlook.com [40.107.104.107])",
              exchange=True,
              extra=tuple(exchange_headers("Fachgespräch Embedded SW Bremsregelsysteme – Herr Weidenbach",
                                           "AdljYe3Rk2c4bm9UQ1OuXkz2gJ8Fqw==", "kessler-fahrzeugtechnik.de")))
    return message(hs, alt(text(body), html(teams_html(body_html, teams)),
                           calendar(ics, cte="base64")))


@mail(nm(3), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-11-11T08:30:00Z", end="2026-11-11T09:30:00Z",
      contact="sabine.obermeier@brennwald-automotive.de", company="Brennwald Automotive GmbH",
      local="Wed 2026-11-11 09:30", local_end="2026-11-11 10:30", zone="Europe/Berlin",
      note="Workday 'Interview Scheduled' notification (English template, German employer): "
           "'Wednesday, November 11, 2026, 9:30 AM - 10:30 AM (GMT+01:00) Central European Time "
           "(Berlin)' -> 08:30-09:30Z; sent from the tenant mailbox, contact = recruiter address "
           "in the body")
def brennwald_workday() -> bytes:
    body = t("""
        Dear Jonas Weidenbach,

        Thank you for your interest in Brennwald Automotive. We are pleased to confirm your interview
        for the following position:

        Embedded Software Engineer Battery Management Systems (m/f/d) - R-0027391
        Location: München-Freimann

        Interview details
        -----------------
        Date:         Wednesday, November 11, 2026
        Time:         9:30 AM - 10:30 AM (GMT+01:00) Central European Time (Berlin)
        Interview:    Technical Interview (Round 1)
        Location:     Microsoft Teams - your interviewer will send the meeting link separately
        Interviewers: Stefan Ganghofer (Team Lead BMS Software)
                      Sabine Obermeier (Talent Acquisition Partner)

        If you have questions or are unable to attend, please contact Sabine Obermeier at
        sabine.obermeier@brennwald-automotive.de.

        You can review the status of your application at any time on our Career Site:
        https://brennwald.wd3.myworkdayjobs.com/de-DE/Brennwald_Careers/userHome

        Kind regards,

        Talent Acquisition
        Brennwald Automotive GmbH

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <div style="max-width:600px">
        <p>Dear Jonas Weidenbach,</p>
        <p>Thank you for your interest in Brennwald Automotive. We are pleased to confirm your interview for the following position:</p>
        <p><b>Embedded Software Engineer Battery Management Systems (m/f/d) - R-0027391</b><br>Location: München-Freimann</p>
        <p style="font-size:15px;color:#00558c"><b>Interview details</b></p>
        <table style="font-size:13px" cellpadding="3">
        <tr><td><b>Date:</b></td><td>Wednesday, November 11, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:30 AM - 10:30 AM (GMT+01:00) Central European Time (Berlin)</td></tr>
        <tr><td><b>Interview:</b></td><td>Technical Interview (Round 1)</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams - your interviewer will send the meeting link separately</td></tr>
        <tr><td valign="top"><b>Interviewers:</b></td><td>Stefan Ganghofer (Team Lead BMS Software)<br>Sabine Obermeier (Talent Acquisition Partner)</td></tr>
        </table>
        <p>If you have questions or are unable to attend, please contact Sabine Obermeier at <a href="mailto:sabine.obermeier@brennwald-automotive.de">sabine.obermeier@brennwald-automotive.de</a>.</p>
        <p>You can review the status of your application at any time on our <a href="https://brennwald.wd3.myworkdayjobs.com/de-DE/Brennwald_Careers/userHome">Career Site</a>.</p>
        <p>Kind regards,</p>
        <p>Talent Acquisition<br>Brennwald Automotive GmbH</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </div></body></html>
        """)
    hs = base(addr("Brennwald Automotive", "brennwald@myworkday.com"),
              "Interview Scheduled: Embedded Software Engineer Battery Management Systems (m/f/d)",
              "2026-11-05 14:03:27", "Europe/Berlin",
              "<1662411058.4471209.1793970207115@wd3-prod-mailer-17.myworkday.com>",
              src="from wd3-smtp-out-4.myworkday.com (wd3-smtp-out-4.myworkday.com [198.51.100.44])",
              exchange=True, ret="bounces+brennwald@myworkday.com")
    return message(hs, alt(text(body, cte="8bit"), html(page)))


@mail(nm(4), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-10-08T14:00:00Z", end="2026-10-08T14:45:00Z",
      contact="laura.kienle@vireon-drive.de", company="Vireon Drive Systems GmbH",
      local="Thu 2026-10-08 16:00", local_end="2026-10-08 16:45", zone="Europe/Berlin",
      note="Personio interview invitation (startup, du-form) with invite.ics: 'Donnerstag, "
           "08.10.2026, 16:00 - 16:45 Uhr' Berlin in CEST -> 14:00-14:45Z; contact = human Reply-To")
def vireon_personio() -> bytes:
    body = t("""
        Hallo Jonas,

        danke nochmal für deine Bewerbung als Embedded Software Engineer – Motor Control (m/w/d)!
        Wir würden dich gerne näher kennenlernen und laden dich zu einem ersten Gespräch ein.

        Wann:  Donnerstag, 08.10.2026, 16:00 - 16:45 Uhr
        Wo:    Google Meet – https://meet.google.com/xqv-hnbt-kpe
        Mit:   Laura Kienle (People & Culture), Henrik Sailer (CTO)

        Eine Kalendereinladung hängt an dieser Mail. Falls etwas dazwischenkommt, antworte einfach
        auf diese Nachricht.

        Bis Donnerstag!
        Laura

        --
        Laura Kienle
        People & Culture | Vireon Drive Systems GmbH
        Lichtenbergstraße 8, 85748 Garching b. München

        Gesendet über Personio
        """)
    page = t("""
        <div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2d3d;max-width:560px">
        <p>Hallo Jonas,</p>
        <p>danke nochmal für deine Bewerbung als Embedded Software Engineer – Motor Control (m/w/d)! Wir würden dich gerne näher kennenlernen und laden dich zu einem ersten Gespräch ein.</p>
        <div style="background:#f5f7fa;border-radius:6px;padding:12px 16px">
        <b>Wann:</b> Donnerstag, 08.10.2026, 16:00 - 16:45 Uhr<br>
        <b>Wo:</b> Google Meet – <a href="https://meet.google.com/xqv-hnbt-kpe">https://meet.google.com/xqv-hnbt-kpe</a><br>
        <b>Mit:</b> Laura Kienle (People &amp; Culture), Henrik Sailer (CTO)
        </div>
        <p>Eine Kalendereinladung hängt an dieser Mail. Falls etwas dazwischenkommt, antworte einfach auf diese Nachricht.</p>
        <p>Bis Donnerstag!<br>Laura</p>
        <p style="color:#8492a6;font-size:12px">Laura Kienle<br>People &amp; Culture | Vireon Drive Systems GmbH<br>Lichtenbergstraße 8, 85748 Garching b. München</p>
        <p style="color:#c0ccda;font-size:11px">Gesendet über Personio</p>
        </div>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Personio GmbH//Recruiting//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "UID:personio-ivw-7d41c2a8-3f0e-4b55-9d2e-61a0c4b8f921",
        "DTSTAMP:" + stamp("2026-10-02 11:20:09", "Europe/Berlin"),
        "DTSTART;TZID=Europe/Berlin:20261008T160000",
        "DTEND;TZID=Europe/Berlin:20261008T164500",
        "SUMMARY:Interview Vireon Drive Systems – Jonas Weidenbach",
        "DESCRIPTION:Erstes Kennenlernen (45 min) mit Laura Kienle und Henrik Sailer.\\nGoogle Meet: https://meet.google.com/xqv-hnbt-kpe",
        "LOCATION:https://meet.google.com/xqv-hnbt-kpe",
        "ORGANIZER;CN=Laura Kienle:mailto:laura.kienle@vireon-drive.de",
        "ATTENDEE;CN=Jonas Weidenbach;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.weidenbach@example.org",
        "ATTENDEE;CN=Henrik Sailer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:henrik.sailer@vireon-drive.de",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = base(addr("Laura Kienle (Vireon Drive Systems)", "no-reply@mail.personio.de"),
              "Einladung zum Interview: Embedded Software Engineer – Motor Control (m/w/d)",
              "2026-10-02 11:20:09", "Europe/Berlin",
              "<0102019a4f7c2e11-6c3b2d1e-92f4-4c1b-a8e0-3f5d7e21b944-000000@eu-central-1.amazonses.com>",
              src="from a7-11.smtp-out.eu-central-1.amazonses.com (a7-11.smtp-out.eu-central-1.amazonses.com [54.240.7.11])",
              ret="0102019a4f7c2e11@eu-central-1.amazonses.com",
              extra=(("Reply-To", addr("Laura Kienle", "laura.kienle@vireon-drive.de")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment", name_param=True)))


@mail(nm(5), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-11-06T12:30:00Z", end="2026-11-06T13:30:00Z",
      contact="petra.gaiser@hauber-maschinenbau.de", company="Hauber Maschinenbau GmbH",
      local="Fri 2026-11-06 13:30", local_end="2026-11-06 14:30", zone="Europe/Berlin",
      note="softgarden booking confirmation after the candidate picked a slot: 'Fr., 06.11.2026, "
           "13:30 – 14:30 Uhr' in Karlsruhe, CET -> 12:30-13:30Z; ICS attached; contact = HR "
           "address in the body (sender is the platform)")
def hauber_softgarden() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        vielen Dank, dass Sie sich einen Termin für Ihr Vorstellungsgespräch ausgewählt haben.
        Hiermit bestätigen wir Ihnen verbindlich folgenden Termin:

          Fr., 06.11.2026
          13:30 – 14:30 Uhr
          Hauber Maschinenbau GmbH, Werftstraße 17, 76189 Karlsruhe
          (Verwaltungsgebäude, bitte am Empfang melden)

        Ihre Gesprächspartner:
          Petra Gaiser – Personalreferentin
          Dipl.-Ing. (FH) Uwe Stierle – Leiter Steuerungs- und Antriebssoftware

        Stelle: Embedded Software Entwickler (m/w/d) Steuerungstechnik

        Einen Kalendereintrag finden Sie im Anhang. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie ihn bitte spätestens 24 Stunden vorher über den folgenden Link ab:
        https://hauber-maschinenbau.softgarden.io/de/appointment/cancel/58117204?t=hK3pX9

        Bei Rückfragen erreichen Sie Frau Gaiser telefonisch unter 0721 95310-218 oder per E-Mail
        an petra.gaiser@hauber-maschinenbau.de.

        Wir freuen uns auf Ihren Besuch!

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Hauber Maschinenbau GmbH

        --
        Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//softgarden e-recruiting GmbH//Appointment//DE",
        "METHOD:PUBLISH",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "UID:sg-appointment-58117204@softgarden.io",
        "DTSTAMP:" + stamp("2026-10-28 09:05:51", "Europe/Berlin"),
        "DTSTART;TZID=Europe/Berlin:20261106T133000",
        "DTEND;TZID=Europe/Berlin:20261106T143000",
        "SUMMARY:Vorstellungsgespräch Hauber Maschinenbau GmbH",
        "LOCATION:Hauber Maschinenbau GmbH\\, Werftstraße 17\\, 76189 Karlsruhe",
        "DESCRIPTION:Gesprächspartner: Petra Gaiser\\, Uwe Stierle",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = base(addr("Hauber Maschinenbau GmbH", "no-reply@softgarden.io"),
              "Terminbestätigung: Ihr Vorstellungsgespräch bei der Hauber Maschinenbau GmbH",
              "2026-10-28 09:05:51", "Europe/Berlin",
              "<sg.58117204.1793088351.c1f0@mailer02.softgarden.io>",
              src="from mailer02.softgarden.io (mailer02.softgarden.io [185.117.40.62])",
              ret="bounces@softgarden.io")
    return message(hs, mixed(text(body),
                             calendar(ics, method=None, ctype="text/calendar", cte="quoted-printable",
                                      filename="Vorstellungsgespraech.ics", disposition="attachment",
                                      name_param=True)))


@mail(nm(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T14:30:00Z",
      contact="kayla.brennan@nimbusmotion.com", company="Nimbus Motion Inc.",
      local="Thu 2026-10-29 15:00", local_end="2026-10-29 15:30", zone="Europe/Berlin",
      note="Calendly invitee confirmation shown in the invitee's zone: '3:00pm - 3:30pm (Central "
           "European Time) Thursday, October 29, 2026' = CET after 25 Oct -> 14:00-14:30Z (10am in "
           "Boston, still EDT until 1 Nov); booked on 23 Oct in CEST; contact = host Reply-To")
def nimbus_calendly() -> bytes:
    body = t("""
        Hi Jonas Weidenbach,

        Your Intro call – Embedded Firmware Engineer (Remote, EU) with Kayla Brennan at 3:00pm
        (Central European Time) on Thursday, October 29, 2026 is scheduled.

        Event Type:
        Intro call – Embedded Firmware Engineer (Remote, EU)

        Event Date/Time:
        3:00pm - 3:30pm (Central European Time), Thursday, October 29, 2026

        Location:
        This is a Zoom web conference.
        https://nimbusmotion.zoom.us/j/84301275519?pwd=bW9aT2N4cGtLd1Z4aHZTRkFrZz09

        Invitee Time Zone:
        Central European Time

        Description:
        A 30-minute chat with our recruiting team about the role, your background and what we're
        building at Nimbus. No preparation needed.

        Questions on this page:
        LinkedIn profile
        linkedin.com/in/jonas-weidenbach-embedded

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7b0c4d1e-2f55-4a63-9d0b-8c1e7f9a2b64
        Reschedule: https://calendly.com/reschedulings/7b0c4d1e-2f55-4a63-9d0b-8c1e7f9a2b64

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="background:#f6f8fa;margin:0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
        <table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e5e7eb;border-radius:8px;font-family:'Helvetica Neue',Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <tr><td style="padding:32px">
        <p>Hi Jonas Weidenbach,</p>
        <p>Your <b>Intro call – Embedded Firmware Engineer (Remote, EU)</b> with <b>Kayla Brennan</b> at <b>3:00pm (Central European Time)</b> on <b>Thursday, October 29, 2026</b> is scheduled.</p>
        <p style="margin-bottom:2px"><b>Event Type:</b></p><p style="margin-top:0">Intro call – Embedded Firmware Engineer (Remote, EU)</p>
        <p style="margin-bottom:2px"><b>Event Date/Time:</b></p><p style="margin-top:0">3:00pm - 3:30pm (Central European Time), Thursday, October 29, 2026</p>
        <p style="margin-bottom:2px"><b>Location:</b></p><p style="margin-top:0">This is a Zoom web conference.<br><a href="https://nimbusmotion.zoom.us/j/84301275519?pwd=bW9aT2N4cGtLd1Z4aHZTRkFrZz09">https://nimbusmotion.zoom.us/j/84301275519</a></p>
        <p style="margin-bottom:2px"><b>Invitee Time Zone:</b></p><p style="margin-top:0">Central European Time</p>
        <p style="margin-bottom:2px"><b>Description:</b></p><p style="margin-top:0">A 30-minute chat with our recruiting team about the role, your background and what we're building at Nimbus. No preparation needed.</p>
        <p><a href="https://calendly.com/cancellations/7b0c4d1e-2f55-4a63-9d0b-8c1e7f9a2b64">Cancel</a> &nbsp;|&nbsp; <a href="https://calendly.com/reschedulings/7b0c4d1e-2f55-4a63-9d0b-8c1e7f9a2b64">Reschedule</a></p>
        </td></tr></table>
        <p style="font-family:Arial,sans-serif;font-size:12px;color:#999">Powered by <a href="https://calendly.com" style="color:#999">Calendly.com</a></p>
        </td></tr></table>
        </body></html>
        """)
    hs = base(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Intro call – Embedded Firmware Engineer (Remote, EU) with Kayla Brennan on "
              "Thursday, October 29, 2026",
              "2026-10-23 19:12:40", "Europe/Berlin",
              "<20261023171240.1.5E9A2C7D41B3F068@mg.calendly.com>",
              src="from m228-61.mailgun.net (m228-61.mailgun.net [159.135.228.61])",
              exchange=True, ret="bounce+8d41e2.3c7a-jonas.weidenbach=example.org@mg.calendly.com",
              extra=(("Reply-To", addr("Kayla Brennan", "kayla.brennan@nimbusmotion.com")),))
    return message(hs, alt(text(body), html(page)))


@mail(nm(7), family="human_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T14:00:00Z", end="2026-11-03T14:45:00Z",
      contact="tom.ashworth@harrowgate-embedded.co.uk", company="Harrowgate Embedded Ltd",
      local="Tue 2026-11-03 14:00", local_end="2026-11-03 14:45", zone="Europe/London",
      days=(("Tue", "2026-11-03"),),
      note="UK recruiter's Outlook reply on top of the thread: 'Tuesday 3rd Nov at 2pm UK time (3pm "
           "for you)', 'It'll be 45 mins' -> GMT = UTC in November -> 14:00-14:45Z; contact = sender")
def harrowgate_confirm() -> bytes:
    body = t("""
        Hi Jonas,

        Perfect – you're booked in for Tuesday 3rd Nov at 2pm UK time (3pm for you in Stuttgart).
        It'll be 45 mins on Teams with Priya Natarajan (Head of Firmware) and me, Priya will send the
        invite from her calendar later today.

        Nothing to prepare really. Priya likes to ask people to talk through a bit of C they've
        written recently, so have something in mind (doesn't need to be work code).

        Cheers,
        Tom

        Tom Ashworth | Talent Partner
        Harrowgate Embedded Ltd | St John's Innovation Centre, Cambridge CB4 0WS
        +44 1223 550 731

        From: Jonas Weidenbach <jonas.weidenbach@example.org>
        Sent: 29 October 2026 13:05
        To: Tom Ashworth <tom.ashworth@harrowgate-embedded.co.uk>
        Subject: Re: Firmware Engineer (Remote, EU) - next steps

        Hi Tom,

        thanks for getting back to me so quickly! Tuesday afternoon works well for me, anything
        between 2 and 5pm my time (CET). Wednesday would be more difficult.

        Best regards
        Jonas

        From: Tom Ashworth <tom.ashworth@harrowgate-embedded.co.uk>
        Sent: 28 October 2026 17:48
        To: jonas.weidenbach@example.org
        Subject: Firmware Engineer (Remote, EU) - next steps

        Hi Jonas,

        Thanks for applying for the Firmware Engineer role, we liked your CV a lot – especially the
        move from mechanical design into motor-control firmware. Would you be free for a first chat
        with our Head of Firmware early next week? Tuesday or Wednesday afternoon would suit us best.

        Best,
        Tom
        """)
    hs = base(addr("Tom Ashworth", "tom.ashworth@harrowgate-embedded.co.uk"),
              "RE: Firmware Engineer (Remote, EU) - next steps",
              "2026-10-29 16:22:09", "Europe/London",
              "<LO4P265MB59127A3E0C2B1D8F44E1C5A0B9D12@LO4P265MB5912.GBRP265.PROD.OUTLOOK.COM>",
              src="from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2119.outbound.protection.outlook.com [40.107.122.119])",
              exchange=True,
              extra=(("In-Reply-To", "<CAM7x0pQ3uZ1r8kLwN2e@mail.example.org>"),
                     ("References", "<LO4P265MB5912F0A1B2C3D4E5F6A7B8C9D0E1@LO4P265MB5912.GBRP265.PROD.OUTLOOK.COM> "
                                    "<CAM7x0pQ3uZ1r8kLwN2e@mail.example.org>"),
                     ("Thread-Topic", "Firmware Engineer (Remote, EU) - next steps"),
                     ("Content-Language", "en-GB")))
    return message(hs, text(body))


@mail(nm(8), family="agency_recruiter", lang="de", interview=True, kind="scheduled",
      start="2026-11-19T13:00:00Z", end=None,
      contact="sven.koehler@corvus-personal.de", company="Donautal Elektronik GmbH",
      local="Thu 2026-11-19 14:00", zone="Europe/Berlin",
      days=(("Fri", "2026-11-13"),),
      note="Agency recruiter's short Outlook reply (windows-1252): 'Do. 14 Uhr passt, Termin ist "
           "fix' at the client in Ingolstadt; 'Do.' resolved against Date Mon 16 Nov -> Thu 19 Nov "
           "14:00 CET -> 13:00Z; company = the client, contact = the agency recruiter (sender)")
def corvus_confirm() -> bytes:
    body = t("""
        Hallo Herr Weidenbach,

        kurze Rückmeldung vom Kunden: Do. 14 Uhr passt, Termin ist fix!

        Donautal Elektronik GmbH
        Am Auwaldsee 12
        85053 Ingolstadt

        Ansprechpartner vor Ort ist Herr Bergmüller (Abteilungsleiter Steuergeräte-Software), einfach
        am Empfang nach ihm fragen. Parkplätze gibt’s direkt vorm Gebäude.

        Rufen Sie mich gern danach kurz an, wie’s gelaufen ist.

        Viele Grüße
        Sven Köhler

        Sven Köhler
        Senior Recruitment Consultant Engineering
        Corvus Personal GmbH | Niederlassung Stuttgart
        Königstraße 26 | 70173 Stuttgart
        T +49 711 220918-34 | M +49 171 2208417
        sven.koehler@corvus-personal.de | www.corvus-personal.de

        Von: Jonas Weidenbach <jonas.weidenbach@example.org>
        Gesendet: Freitag, 13. November 2026 17:12
        An: Köhler, Sven <sven.koehler@corvus-personal.de>
        Betreff: Re: Donautal Elektronik – Vorstellungsgespräch

        Hallo Herr Köhler,

        nächste Woche Donnerstag ab mittags oder Freitagvormittag würde bei mir gehen, Anfang der Woche
        bin ich leider im Projekt gebunden.

        Viele Grüße
        Jonas Weidenbach
        """)
    hs = base(addr("Köhler, Sven", "sven.koehler@corvus-personal.de", charset="iso-8859-1"),
              "AW: Donautal Elektronik – Vorstellungsgespräch",
              "2026-11-16 08:47:33", "Europe/Berlin",
              "<AM9PR03MB7411B9E2C5A04D3F1E6B8C2AD4F71@AM9PR03MB7411.eurprd03.prod.outlook.com>",
              src="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound.protection.outlook.com [40.107.22.91])",
              exchange=True,
              extra=(("In-Reply-To", "<CAM7x0pR9hT2wq4mZxK1@mail.example.org>"),
                     ("References", "<CAM7x0pR9hT2wq4mZxK1@mail.example.org>"),
                     ("Thread-Topic", enc("Donautal Elektronik – Vorstellungsgespräch")),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, text(body, charset="windows-1252"))


@mail(nm(9), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-18T09:00:00Z", end="2026-11-18T10:30:00Z",
      contact="nina.baumgartner@alpenrad.ch", company="Alpenrad Robotics AG",
      local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:30", zone="Europe/Zurich",
      note="Google Calendar invitation from a Zürich startup: 'Wednesday 18 Nov 2026 10:00 - 11:30 "
           "Central European Time - Zurich' -> CET UTC+1 -> 09:00-10:30Z; ICS TZID Europe/Zurich; "
           "contact = ORGANIZER")
def alpenrad_gcal() -> bytes:
    title = "Technical interview – Embedded Software Engineer (Jonas Weidenbach)"
    desc = ("Hi Jonas, as discussed: 90 minutes with Reto (firmware lead) and me. First half a deep "
            "dive into your CANopen project, second half a live debugging exercise on an STM32 board "
            "that we share via screen. Looking forward! Nina")
    body = t("""
        {title}
        Wednesday 18 Nov 2026 ⋅ 10:00 – 11:30
        Central European Time - Zurich

        Join with Google Meet
        https://meet.google.com/rkz-ymfa-uxo

        Join by phone
        (CH) +41 43 456 95 12
        PIN: 418 227 590#

        More phone numbers
        https://tel.meet/rkz-ymfa-uxo?pin=4182275901234

        {desc}

        Organiser
        Nina Baumgartner
        nina.baumgartner@alpenrad.ch

        Guests
        Nina Baumgartner - organiser
        reto.caduff@alpenrad.ch
        jonas.weidenbach@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NWY4a2RuY3AzNHQ5bW1qN2Y1Z2VhcjEwb2Mgam9uYXMud2VpZGVuYmFjaEBleGFtcGxlLm9yZw&tok=MjgjbmluYS5iYXVtZ2FydG5lckBhbHBlbnJhZC5jaA&ctz=Europe%2FZurich&hl=en_GB&es=1

        Reply for jonas.weidenbach@example.org and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=NWY4a2RuY3AzNHQ5bW1qN2Y1Z2VhcjEwb2Mgam9uYXMud2VpZGVuYmFjaEBleGFtcGxlLm9yZw&ctz=Europe%2FZurich&hl=en_GB&es=1
        Your attendance is optional.

        ~~//~~
        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser, be
        added to the guest list, invite others regardless of their own invitation status or modify
        your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """).format(title=title, desc=desc)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <h2 style="font-size:22px;font-weight:400;color:#3c4043">{title}</h2>
        <div style="font-size:14px">Wednesday 18 Nov 2026 ⋅ 10:00 – 11:30 (Central European Time - Zurich)</div>
        <p><a href="https://meet.google.com/rkz-ymfa-uxo" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
        <p style="font-size:14px">{desc}</p>
        <div style="font-size:14px"><b>Guests</b><br>Nina Baumgartner – organiser<br>reto.caduff@alpenrad.ch<br>jonas.weidenbach@example.org</div>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
        </div></body></html>
        """).format(title=title, desc=desc)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_ZURICH,
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Zurich:20261118T100000",
        "DTEND;TZID=Europe/Zurich:20261118T113000",
        "DTSTAMP:" + stamp("2026-11-11 09:31:22", "Europe/Zurich"),
        "ORGANIZER;CN=Nina Baumgartner:mailto:nina.baumgartner@alpenrad.ch",
        "UID:5f8kdncp34t9mmj7f5gear10oc@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Nina Baumgartner;X-NUM-GUESTS=0:mailto:nina.baumgartner@alpenrad.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.caduff@alpenrad.ch;X-NUM-GUESTS=0:mailto:reto.caduff@alpenrad.ch",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.weidenbach@example.org;X-NUM-GUESTS=0:mailto:jonas.weidenbach@example.org",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/rkz-ymfa-uxo",
        "CREATED:" + stamp("2026-11-11 09:30:58", "Europe/Zurich"),
        "DESCRIPTION:" + desc.replace(",", "\\,") + "\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: https://meet.google.com/rkz-ymfa-uxo\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
        "LAST-MODIFIED:" + stamp("2026-11-11 09:31:21", "Europe/Zurich"),
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:" + title,
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = f"Invitation: {title} @ Wed 18 Nov 2026 10:00 - 11:30 (CET) (jonas.weidenbach@example.org)"
    hs = base(addr("Nina Baumgartner", "nina.baumgartner@alpenrad.ch"), subject,
              "2026-11-11 09:31:22", "Europe/Zurich",
              "<calendar-0b8e6b2a-41f7-4c3d-a5e2-9d81f07c6e34@google.com>",
              src="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ret="3Gs9rZBcKAhk8GA8Nf-zGN4z-Nf-0m1AzH65Nf-EAr01NAEr8.AEr@calendar-server.bounces.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Nina Baumgartner", "nina.baumgartner@alpenrad.ch"))))
    inner = alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                calendar(ics, method="REQUEST", cte="base64"))
    return message(hs, mixed(inner, calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                             filename="invite.ics", disposition="attachment",
                                             name_param=True)))


@mail(nm(10), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-10-09T07:00:00Z", end="2026-10-09T08:00:00Z",
      contact="elin.sjoberg@kastanjmobility.se", company="Kastanj Mobility AB",
      local="Fri 2026-10-09 09:00", local_end="2026-10-09 10:00", zone="Europe/Stockholm",
      days=(("Fri", "2026-10-09"),),
      note="Outlook meeting request from a Gothenburg recruiter (English, Swedish sign-off): 'Friday "
           "9 October, 09:00-10:00 (Swedish time - same as Stuttgart)', ICS in W. Europe Standard "
           "Time, CEST -> 07:00-08:00Z; contact = ORGANIZER = sender")
def kastanj_invite() -> bytes:
    teams = TEAMS_EN.format(mid="YTk3ZDJlMTAtNGM1Yy00ZGQ2LWJmMDItZTAyYjhlNDg1Y2Fh",
                            tid="c2a7e0f1-64b8-4d3e-9a51-0f7e2b9c4d18", bid="392 174 660 518", pw="Ju8Ve3")
    body = t("""
        Hi Jonas,

        Thanks for the nice call on Monday! As promised, here is the invite for the interview with
        Anders Lindqvist (Group Manager, Powertrain Controls) and Maja Holm from his team.

        Friday 9 October, 09:00-10:00 (Swedish time - same as Stuttgart), on Teams.

        Anders will mostly ask about your experience with model-based development and the move from
        mechanical design into software, Maja about C and testing on target. Let me know if anything
        comes up!

        Med vänliga hälsningar / Best regards
        Elin Sjöberg
        Talent Acquisition Partner
        Kastanj Mobility AB | Lindholmspiren 9, 417 56 Göteborg
        +46 31 788 42 10

        """) + teams
    body_html = t("""
        <p class="MsoNormal">Hi Jonas,</p>
        <p class="MsoNormal">Thanks for the nice call on Monday! As promised, here is the invite for the interview with Anders Lindqvist (Group Manager, Powertrain Controls) and Maja Holm from his team.</p>
        <p class="MsoNormal"><b>Friday 9 October, 09:00-10:00 (Swedish time - same as Stuttgart)</b>, on Teams.</p>
        <p class="MsoNormal">Anders will mostly ask about your experience with model-based development and the move from mechanical design into software, Maja about C and testing on target. Let me know if anything comes up!</p>
        <p class="MsoNormal">Med vänliga hälsningar / Best regards<br>Elin Sjöberg<br>Talent Acquisition Partner<br>Kastanj Mobility AB | Lindholmspiren 9, 417 56 Göteborg<br>+46 31 788 42 10</p>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Elin Sjöberg:mailto:elin.sjoberg@kastanjmobility.se",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Weidenbach:mailto:jonas.weidenbach@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anders Lindqvist:mailto:anders.lindqvist@kastanjmobility.se",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maja Holm:mailto:maja.holm@kastanjmobility.se",
        "DESCRIPTION;LANGUAGE=en-US:Hi Jonas\\,\\n\\nThanks for the nice call on Monday! As promised\\, here is the invite for the interview with Anders Lindqvist and Maja Holm.\\n",
        "UID:040000008200E00074C5B7101A82E008000000004A6F7E2C8F4DDD010000000000000000100000003B9E07D1E2A5F44D9C1E6A0F7B2D4C81",
        "SUMMARY;LANGUAGE=en-US:Interview: Embedded Software Engineer\\, Powertrain Controls – Jonas Weidenbach",
        "DTSTART;TZID=W. Europe Standard Time:20261009T090000",
        "DTEND;TZID=W. Europe Standard Time:20261009T100000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:" + stamp("2026-10-01 13:15:02", "Europe/Stockholm"),
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
        "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:elin.sjoberg@kastanjmobility.se\\;gruu\\;opaque=app:conf:focus:id:teams:2:0!19:meeting_YTk3ZDJlMTAtNGM1Yy00ZGQ2LWJmMDItZTAyYjhlNDg1Y2Fh-thread.v2",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subj = "Interview: Embedded Software Engineer, Powertrain Controls – Jonas Weidenbach"
    hs = base(addr("Elin Sjöberg", "elin.sjoberg@kastanjmobility.se"), subj,
              "2026-10-01 13:15:02", "Europe/Stockholm",
              "<DB9P189MB1822E4A7C0B35F6D2E91A8C4F0B73@DB9P189MB1822.EURP189.PROD.OUTLOOK.COM>",
              src="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2130.outbound.protection.outlook.com [40.107.249.130])",
              exchange=True,
              extra=tuple(exchange_headers(subj, "AdlR9x3bZ7Kc0Qv1SgKx5B0mE2Y7pA==", "kastanjmobility.se",
                                           lang="en-US")))
    return message(hs, alt(text(body), html(teams_html(body_html, teams)), calendar(ics, cte="base64")))


@mail(nm(11), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-12-01T08:45:00Z", end=None,
      contact="c.hofer-pichler@murtal-antriebe.at", company="Murtal Antriebstechnik GmbH",
      local="Tue 2026-12-01 09:45", zone="Europe/Vienna",
      days=(("Tue", "2026-12-01"), ("Sat", "2026-11-21")),
      note="Austrian HR reply (Outlook) fixing the slot the candidate picked: 'Dienstag, 1. Dezember, "
           "um dreiviertel zehn' = 09:45 in Graz, CET -> 08:45Z; 'ca. zwei Stunden' -> end null; "
           "contact = sender")
def murtal_confirm() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        herzlichen Dank für Ihre rasche Rückmeldung! Dann halten wir den Dienstag, 1. Dezember, um
        dreiviertel zehn bei uns in Graz-Puntigam fix.

        Adresse: Murtal Antriebstechnik GmbH, Triester Straße 388, 8055 Graz. Am besten kommen Sie
        mit der S-Bahn bis Graz Puntigam, von dort sind es ca. fünf Minuten zu Fuß. Falls Sie mit dem
        Auto anreisen: Besucherparkplätze sind beim Tor 2 ausgeschildert.

        Eingeplant sind ca. zwei Stunden, inklusive einer kurzen Führung durch die Prüfstandshalle.
        Von unserer Seite sind DI Gernot Pucher (Leitung Embedded Software) und ich dabei.

        Die Reisekosten (Bahn 2. Klasse bzw. amtliches Kilometergeld) übernehmen wir selbstverständlich,
        bitte bringen Sie die Belege einfach mit.

        Schöne Grüße aus Graz
        Claudia Hofer-Pichler

        Mag. Claudia Hofer-Pichler
        Human Resources | Recruiting
        Murtal Antriebstechnik GmbH
        Triester Straße 388 | 8055 Graz | Österreich
        T +43 316 4718-205
        c.hofer-pichler@murtal-antriebe.at | www.murtal-antriebe.at
        FN 214877 s, Landesgericht für ZRS Graz

        -----Ursprüngliche Nachricht-----
        Von: Jonas Weidenbach <jonas.weidenbach@example.org>
        Gesendet: Samstag, 21. November 2026 11:40
        An: Hofer-Pichler Claudia <c.hofer-pichler@murtal-antriebe.at>
        Betreff: Re: Ihre Bewerbung als Embedded Software Engineer (m/w/d) - Terminvorschläge

        Sehr geehrte Frau Hofer-Pichler,

        vielen Dank für die Einladung nach Graz! Ihr erster Vorschlag am Dienstag passt mir sehr gut,
        ich würde dann am Vorabend anreisen.

        Mit freundlichen Grüßen
        Jonas Weidenbach
        """)
    hs = base(addr("Hofer-Pichler Claudia", "c.hofer-pichler@murtal-antriebe.at"),
              "AW: Ihre Bewerbung als Embedded Software Engineer (m/w/d) - Terminvorschläge",
              "2026-11-23 10:05:47", "Europe/Vienna",
              "<VI1PR08MB3391A6C2E8F04B7D19E5C3A0B2F68@VI1PR08MB3391.eurprd08.prod.outlook.com>",
              src="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2072.outbound.protection.outlook.com [40.107.8.72])",
              exchange=True,
              extra=(("In-Reply-To", "<CAM7x0pT2vB8nc5qYxL4@mail.example.org>"),
                     ("References", "<VI1PR08MB339155E0A1D2C3B4F5E6A7B8C9D04@VI1PR08MB3391.eurprd08.prod.outlook.com> "
                                    "<CAM7x0pT2vB8nc5qYxL4@mail.example.org>"),
                     ("Thread-Topic", enc("Ihre Bewerbung als Embedded Software Engineer (m/w/d) - Terminvorschläge")),
                     ("Content-Language", "de-AT")))
    page = "<html><body>" + "".join(
        f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.replace("&", "&amp;").replace(
            "<", "&lt;").replace(">", "&gt;").split("\n")) + "</body></html>\n"
    return message(hs, alt(text(body), html(page)))


@mail(nm(12), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-10-23T08:00:00Z", end="2026-10-23T08:45:00Z",
      contact=None, company="Steinach Engineering Services GmbH",
      local="Fri 2026-10-23 10:00", local_end="2026-10-23 10:45", zone="Europe/Berlin",
      note="Microsoft Bookings confirmation; the body's zone label '(UTC+01:00) Amsterdam, Berlin, "
           "Bern, Rom, Stockholm, Wien' shows the standard offset, but 23 Oct is still CEST (UTC+2, "
           "switch on 25 Oct): 10:00-10:45 -> 08:00-08:45Z, as the ICS in W. Europe Standard Time "
           "says; only a Bookings mailbox and a staff name, no personal address -> contact null")
def steinach_bookings() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;font-family:'Segoe UI',Tahoma,sans-serif;color:#323130">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#faf9f8"><tr><td align="center" style="padding:20px">
        <table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff">
        <tr><td style="padding:24px 28px;border-bottom:1px solid #edebe9;font-size:20px;font-weight:600">Steinach Engineering Services GmbH</td></tr>
        <tr><td style="padding:24px 28px">
        <div style="font-size:24px;font-weight:600;color:#0f6cbd">Ihre Buchung wurde bestätigt</div>
        <p style="font-size:14px">Hallo Jonas Weidenbach,</p>
        <p style="font-size:14px">vielen Dank für Ihre Buchung. Wir freuen uns auf das Gespräch mit Ihnen.</p>
        <table role="presentation" cellpadding="0" cellspacing="0" style="font-size:14px">
        <tr><td style="padding:4px 0;font-weight:600">Kennenlerngespräch Embedded Software (Teams, 45 Min.)</td></tr>
        <tr><td style="padding:4px 0">Freitag, 23. Oktober 2026</td></tr>
        <tr><td style="padding:4px 0">10:00 - 10:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="padding:4px 0">Mitarbeiter: Jana Rupp</td></tr>
        </table>
        <p style="font-size:14px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDc4M2U5NTAtYjE0Ni00Y2EyLWE4NGEtZmE1YmQwYTk3OWQ0%40thread.v2/0" style="color:#0f6cbd">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p style="font-size:14px">Bitte halten Sie Ihren Lebenslauf bereit. Wir sprechen über Ihre Erfahrung, mögliche Kundenprojekte im Raum Stuttgart/Sindelfingen und Ihre Gehaltsvorstellung.</p>
        <p style="font-size:14px"><a href="https://outlook.office365.com/owa/calendar/SteinachEngineeringServicesGmbH@steinach-es.de/bookings/s/Xh2kP0o7R0G1a1b9yT3Q4w2" style="color:#0f6cbd">Buchung verwalten</a> &nbsp; <a href="https://outlook.office365.com/owa/calendar/SteinachEngineeringServicesGmbH@steinach-es.de/bookings/s/Xh2kP0o7R0G1a1b9yT3Q4w2?cancel=1" style="color:#0f6cbd">Stornieren</a></p>
        </td></tr>
        <tr><td style="padding:16px 28px;border-top:1px solid #edebe9;font-size:12px;color:#605e5c">Steinach Engineering Services GmbH · Industriestraße 21 · 70565 Stuttgart · +49 711 782940-0<br>Dieser Termin wurde mit Microsoft Bookings gebucht.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Steinach Engineering Services GmbH:mailto:SteinachEngineeringServicesGmbH@steinach-es.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Weidenbach:mailto:jonas.weidenbach@example.org",
        "DESCRIPTION;LANGUAGE=de-DE:Kennenlerngespräch Embedded Software (Teams\\, 45 Min.)\\nMitarbeiter: Jana Rupp\\n",
        "UID:040000008200E00074C5B7101A82E00800000000B61A2F0E5F5DDD01000000000000000010000000E4C9B1F7A2D3054C8B6E1D9F0A7C3B52",
        "SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Embedded Software (Teams\\, 45 Min.)",
        "DTSTART;TZID=W. Europe Standard Time:20261023T100000",
        "DTEND;TZID=W. Europe Standard Time:20261023T104500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:" + stamp("2026-10-16 12:30:14", "Europe/Berlin"),
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DISALLOW-COUNTER:TRUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = base(addr("Steinach Engineering Services GmbH", "SteinachEngineeringServicesGmbH@steinach-es.de"),
              "Buchung bestätigt: Kennenlerngespräch Embedded Software (Teams, 45 Min.) am Freitag, 23. Oktober 2026",
              "2026-10-16 12:30:14", "Europe/Berlin",
              "<AS8PR02MB9514D7B1A0E3F2C64B8E5A9C1F0D2@AS8PR02MB9514.eurprd02.prod.outlook.com>",
              src="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2120.outbound.protection.outlook.com [40.107.247.120])",
              exchange=True,
              extra=(("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "de-DE"),
                     ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAC2Gi8OX13dAQAAAAAAAAAAEAAAAA==")))
    return message(hs, alt(html(page, cte="base64"), calendar(ics, cte="base64")))


@mail(nm(13), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T17:00:00Z",
      contact="marisol.vega@fathomavionics.com", company="Fathom Avionics Inc.",
      local="Mon 2026-11-02 08:00", local_end="2026-11-02 09:00", zone="America/Los_Angeles",
      days=(("Mon", "2026-11-02"),),
      note="Greenhouse interview confirmation sent from Seattle in PDT (27 Oct) for 'Monday, November 2, "
           "2026, 8:00 AM - 9:00 AM PST' (US back on standard time from 1 Nov, UTC-8) -> 16:00-17:00Z; "
           "the body's '5:00 PM CET' agrees; contact = Reply-To coordinator (also ORGANIZER)")
def fathom_greenhouse() -> bytes:
    body = t("""
        Hi Jonas,

        Thank you for taking the time to interview with Fathom Avionics! Here are the details for your
        upcoming interview for Embedded Software Engineer, Flight Controls (Remote - EU):

        Technical Screen - Embedded C
        Monday, November 2, 2026
        8:00 AM - 9:00 AM PST

        Interviewer: Derek Lindholm, Staff Firmware Engineer
        Location: Zoom - https://fathomavionics.zoom.us/j/96120458831?pwd=Rk1ZcFh6d0tLS2hCUW9tUnN2b3h4Zz09

        Heads-up since you're in Germany: the US switches back to standard time on November 1, so this
        will be 5:00 PM CET for you.

        If you need to make any changes, just reply to this email.

        Best,
        Marisol Vega
        Recruiting Coordinator | Fathom Avionics
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jonas,</p>
        <p>Thank you for taking the time to interview with Fathom Avionics! Here are the details for your upcoming interview for <strong>Embedded Software Engineer, Flight Controls (Remote - EU)</strong>:</p>
        <table style="border-left:3px solid #24a47f;padding-left:12px;font-size:14px"><tr><td>
        <strong>Technical Screen - Embedded C</strong><br>
        Monday, November 2, 2026<br>
        8:00 AM - 9:00 AM PST<br><br>
        Interviewer: Derek Lindholm, Staff Firmware Engineer<br>
        Location: <a href="https://fathomavionics.zoom.us/j/96120458831?pwd=Rk1ZcFh6d0tLS2hCUW9tUnN2b3h4Zz09">Zoom</a>
        </td></tr></table>
        <p>Heads-up since you're in Germany: the US switches back to standard time on November 1, so this will be 5:00 PM CET for you.</p>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Marisol Vega<br>Recruiting Coordinator | Fathom Avionics</p>
        </div>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_LA,
        "BEGIN:VEVENT",
        "UID:gh-interview-88213450-fathomavionics@greenhouse.io",
        "DTSTAMP:" + stamp("2026-10-27 10:14:33", "America/Los_Angeles"),
        "DTSTART;TZID=America/Los_Angeles:20261102T080000",
        "DTEND;TZID=America/Los_Angeles:20261102T090000",
        "SUMMARY:Fathom Avionics - Technical Screen - Embedded C (Jonas Weidenbach)",
        "LOCATION:https://fathomavionics.zoom.us/j/96120458831",
        "ORGANIZER;CN=Marisol Vega:mailto:marisol.vega@fathomavionics.com",
        "ATTENDEE;CN=Jonas Weidenbach;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:jonas.weidenbach@example.org",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = base(addr("Marisol Vega", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Fathom Avionics - Embedded Software Engineer, Flight Controls",
              "2026-10-27 10:14:33", "America/Los_Angeles",
              "<6e2b1c0a.88213450.20261027171433@us.greenhouse-mail.io>",
              src="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [149.72.140.3])",
              ret="bounces+1188203-9a2e-jonas.weidenbach=example.org@us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Marisol Vega", "marisol.vega@fathomavionics.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(nm(14), family="forward_to_self", lang="de", interview=True, kind="scheduled",
      start="2026-11-12T08:30:00Z", end=None,
      contact="anja.brenner@sielmann-sensorik.de", company="Sielmann Sensorik GmbH",
      local="Thu 2026-11-12 09:30", zone="Europe/Berlin",
      note="Candidate forwards (Thunderbird, old address -> main address) an HR confirmation 'am "
           "Donnerstag, den 12. November 2026, um 9.30 Uhr' in Stuttgart-Weilimdorf, CET -> 08:30Z; "
           "'ca. 1,5 Stunden' -> end null; sender and recipient are both the candidate, contact = "
           "HR address in the forwarded header")
def sielmann_forward() -> bytes:
    body = t("""
        nicht vergessen: Zeugnisse ausdrucken + Perso mitnehmen (Besucheranmeldung)!


        -------- Weitergeleitete Nachricht --------
        Betreff: \tIhr Vorstellungsgespräch am 12.11. - Sielmann Sensorik
        Datum: \tThu, 5 Nov 2026 15:40:18 +0100
        Von: \tAnja Brenner <anja.brenner@sielmann-sensorik.de>
        An: \tj.weidenbach@example.com



        Sehr geehrter Herr Weidenbach,

        wie soeben telefonisch besprochen, bestätige ich Ihnen gerne den Termin für Ihr
        Vorstellungsgespräch am Donnerstag, den 12. November 2026, um 9.30 Uhr bei uns in
        Stuttgart-Weilimdorf.

        Adresse: Sielmann Sensorik GmbH, Solitudestraße 240, 70499 Stuttgart, Gebäude B, Empfang im EG.
        Parkmöglichkeiten finden Sie auf dem Besucherparkplatz gegenüber.

        Ihre Gesprächspartner sind Herr Dr. Haug (Leiter Elektronikentwicklung) und ich. Planen Sie
        bitte ca. 1,5 Stunden ein. Bringen Sie gerne Ihre Zeugnisse als Kopie mit.

        Mit freundlichen Grüßen

        Anja Brenner
        Personalreferentin

        Sielmann Sensorik GmbH
        Solitudestraße 240 | 70499 Stuttgart
        Telefon +49 711 860592-31
        anja.brenner@sielmann-sensorik.de | www.sielmann-sensorik.de
        Geschäftsführer: Dipl.-Ing. Bernd Sielmann, Dr. Ute Kächele | Amtsgericht Stuttgart HRB 21377
        """)
    hs = base(addr(ME_NAME, "j.weidenbach@example.com"),
              "Fwd: Ihr Vorstellungsgespräch am 12.11. - Sielmann Sensorik",
              "2026-11-06 19:02:55", "Europe/Berlin",
              "<a7c31e02-5b9d-4f18-8c2e-0d6b3f4e9a15@example.com>",
              src="from mout.example.com (mout.example.com [192.0.2.25])",
              extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")))
    return message(hs, text(body, params="format=flowed", cte="8bit"))


@mail(nm(15), family="exchange", lang="de", interview=True, kind="rescheduled",
      start="2026-11-03T08:00:00Z", end="2026-11-03T09:30:00Z",
      contact="ralf.pfleiderer@kessler-fahrzeugtechnik.de", company="Kessler Fahrzeugtechnik AG",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:30", zone="Europe/Berlin",
      days=(("Thu", "2026-10-29"), ("Tue", "2026-11-03")),
      note="Exchange update (same UID, SEQUENCE:1) moving the Fachgespräch from Do. 29.10. 13:30 to "
           "'Dienstag, 03.11., 9:00 - 10:30 Uhr', CET -> 08:00-09:30Z (new time); contact = ORGANIZER")
def kessler_moved() -> bytes:
    teams = TEAMS_DE.format(mid="NmQ5ZTkxYzItMzAxZi00YjQ1LWE4ZmUtZDc3NDg3MmE1ZTIx",
                            tid="5f1e44c3-9b2d-4a8e-8d0a-3b61f2cd9e07", bid="318 552 904 771", pw="Xq7mN2")
    body = t("""
        Hallo Herr Weidenbach,

        leider muss ich unser Fachgespräch verschieben – mir ist für Donnerstag, 29.10., ein
        Eskalationstermin beim Kunden in Ingolstadt dazwischengekommen, den ich nicht delegieren kann.

        Neuer Termin: Dienstag, 03.11., 9:00 - 10:30 Uhr, gleicher Ort (Feuerbach, Geb. 112, BR 3.14).
        Herr Kaltenbach und Frau Yilmaz haben bereits zugesagt.

        Ich hoffe, das passt bei Ihnen – falls nicht, geben Sie mir oder Frau Dorn bitte kurz Bescheid.
        Entschuldigen Sie die Umstände!

        Viele Grüße
        Ralf Pfleiderer

        """) + teams
    body_html = t("""
        <p class="MsoNormal">Hallo Herr Weidenbach,</p>
        <p class="MsoNormal">leider muss ich unser Fachgespräch verschieben – mir ist für Donnerstag, 29.10., ein Eskalationstermin beim Kunden in Ingolstadt dazwischengekommen, den ich nicht delegieren kann.</p>
        <p class="MsoNormal"><b>Neuer Termin: Dienstag, 03.11., 9:00 - 10:30 Uhr</b>, gleicher Ort (Feuerbach, Geb. 112, BR 3.14). Herr Kaltenbach und Frau Yilmaz haben bereits zugesagt.</p>
        <p class="MsoNormal">Ich hoffe, das passt bei Ihnen – falls nicht, geben Sie mir oder Frau Dorn bitte kurz Bescheid. Entschuldigen Sie die Umstände!</p>
        <p class="MsoNormal">Viele Grüße<br>Ralf Pfleiderer</p>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Pfleiderer Ralf (KFT/EBS2)\":mailto:Ralf.Pfleiderer@kessler-fahrzeugtechnik.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.weidenbach@example.org:mailto:jonas.weidenbach@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Kaltenbach Michael (KFT/EBF1)\":mailto:Michael.Kaltenbach@kessler-fahrzeugtechnik.de",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=\"Yilmaz Derya (KFT/EBT3)\":mailto:Derya.Yilmaz@kessler-fahrzeugtechnik.de",
        "DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Weidenbach\\,\\n\\nleider muss ich unser Fachgespräch verschieben.\\n\\nNeuer Termin: Dienstag\\, 03.11.\\, 9:00 - 10:30 Uhr\\, gleicher Ort.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000D0B1F6C1A365DD01000000000000000010000000A4F1E0C0D5B9B84C8E5E4F0B3C2D7A19",
        "SUMMARY;LANGUAGE=de-DE:Fachgespräch Embedded SW Bremsregelsysteme – Herr Weidenbach",
        "DTSTART;TZID=W. Europe Standard Time:20261103T090000",
        "DTEND;TZID=W. Europe Standard Time:20261103T103000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:" + stamp("2026-10-26 08:15:40", "Europe/Berlin"),
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=de-DE:Feuerbach Geb. 112 / BR 3.14 \"Nürburgring\"; Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
        "X-MICROSOFT-CDO-OWNERAPPTID:2118337140",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subj = "Fachgespräch Embedded SW Bremsregelsysteme – Herr Weidenbach"
    hs = base(addr("Pfleiderer Ralf (KFT/EBS2)", "Ralf.Pfleiderer@kessler-fahrzeugtechnik.de"), subj,
              "2026-10-26 08:15:40", "Europe/Berlin",
              "<FR3P281MB17548E1D0C6B2A4F93E7B5D1C0A64@FR3P281MB1754.DEUP281.PROD.OUTLOOK.COM>",
              src="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2121.outbound.protection.outlook.com [40.107.104.121])",
              exchange=True,
              extra=tuple(exchange_headers(subj, "AdljYe3Rk2c4bm9UQ1OuXkz2gJ8FqwD1Hh2A", "kessler-fahrzeugtechnik.de")))
    return message(hs, alt(text(body), html(teams_html(body_html, teams)), calendar(ics, cte="base64")))


@mail(nm(16), family="agency_recruiter", lang="de", interview=True, kind="rescheduled",
      start="2026-11-25T08:30:00Z", end=None,
      contact="sven.koehler@corvus-personal.de", company="Donautal Elektronik GmbH",
      local="Wed 2026-11-25 09:30", zone="Europe/Berlin",
      days=(("Wed", "2026-11-25"),),
      note="Agency recruiter's iPhone mail: tomorrow's 'Do. 14 Uhr' at the client is off, 'Neuer "
           "Termin: Mi., 25.11., 9.30 Uhr' already fixed with the client, CET -> 08:30Z; contact = "
           "sender, company = the client")
def corvus_moved() -> bytes:
    body = t("""
        Hallo Herr Weidenbach,

        sorry für die Kurzfristigkeit – Herr Bergmüller muss morgen zu einem Kunden, der Termin Do. 14 Uhr
        fällt deshalb leider aus.

        Neuer Termin: Mi., 25.11., 9.30 Uhr, gleiche Adresse. Hab ich mit dem Kunden schon so fix
        gemacht, da Sie ja gesagt hatten, vormittags ist bei Ihnen meistens gut. Wenn's doch nicht
        geht, rufen Sie mich bitte kurz an.

        VG Sven Köhler

        Von meinem iPhone gesendet
        """)
    hs = base(addr("Sven Köhler", "sven.koehler@corvus-personal.de"),
              "Donautal – Termin verschoben",
              "2026-11-18 17:55:12", "Europe/Berlin",
              "<3B1D7F2A-9C4E-4E61-A0B8-5D2F9C7E1A43@corvus-personal.de>",
              src="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2102.outbound.protection.outlook.com [40.107.22.102])",
              extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    return message(hs, text(body, cte="quoted-printable"))


@mail(nm(17), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-11-16T08:15:00Z", end=None,
      contact="henrik.sailer@vireon-drive.de", company="Vireon Drive Systems GmbH",
      local="Mon 2026-11-16 09:15", zone="Europe/Berlin",
      days=(("Wed", "2026-11-04"), ("Fri", "2026-11-13"), ("Mon", "2026-11-16")),
      note="CTO's Gmail reply-all (du-form) moving the onsite from the quoted 'Freitag, 13.11., 14:00 "
           "- 17:00 Uhr' to 'Montag – 16.11. um viertel nach neun' = 09:15 CET -> 08:15Z (new time); "
           "no length for the new slot -> end null; contact = sender")
def vireon_moved() -> bytes:
    body = t("""
        Hi Jonas,

        blöde Nachricht: Ich muss am Freitag kurzfristig zu unserem Kunden nach Zwickau
        (Prototypen-Abnahme, lässt sich leider nicht schieben). Lass uns dein Onsite deshalb auf
        Montag verlegen – 16.11. um viertel nach neun bei uns in Garching, Ablauf bleibt gleich
        (Systemdesign-Session, danach Mittagessen mit dem Team). Laura meinte, Montag hättest du
        in deiner letzten Mail auch als möglich genannt, daher hab ich den Kalender schon umgestellt.

        Falls es doch nicht klappt, sag einfach Bescheid.

        Grüße
        Henrik

        --
        Henrik Sailer
        CTO | Vireon Drive Systems GmbH
        +49 89 4161 3302

        Am Mi., 4. Nov. 2026 um 18:02 Uhr schrieb Laura Kienle <laura.kienle@vireon-drive.de>:
        > Hallo Jonas,
        >
        > wie am Telefon besprochen, hier die Details für dein Onsite bei uns:
        >
        > Freitag, 13.11., 14:00 - 17:00 Uhr
        > Vireon Drive Systems, Lichtenbergstraße 8, 85748 Garching (Gebäude 2, 1. OG)
        >
        > Henrik und Tobias aus dem Motor-Control-Team machen mit dir eine Systemdesign-Session,
        > danach gibt es noch eine Runde mit dem Team. Fahrtkosten erstatten wir dir natürlich.
        >
        > Viele Grüße
        > Laura
        """)
    hs = base(addr("Henrik Sailer", "henrik.sailer@vireon-drive.de"),
              "Re: Dein Onsite bei Vireon",
              "2026-11-11 21:40:03", "Europe/Berlin",
              "<CAJx7pM3k1RvQ0e9Yw2LbN5tFhZ8aS4uC6dG@mail.gmail.com>",
              src="from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])",
              extra=(("Cc", addr("Laura Kienle", "laura.kienle@vireon-drive.de")),
                     ("In-Reply-To", "<CAH2bXk9P0wq7Lr4sT1nVmE3yG8cJ5fA2dK@mail.gmail.com>"),
                     ("References", "<CAH2bXk9P0wq7Lr4sT1nVmE3yG8cJ5fA2dK@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(18), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-11-05T15:30:00Z", end="2026-11-05T16:30:00Z",
      contact="marisol.vega@fathomavionics.com", company="Fathom Avionics Inc.",
      local="Thu 2026-11-05 07:30", local_end="2026-11-05 08:30", zone="America/Los_Angeles",
      days=(("Thu", "2026-11-05"), ("Mon", "2026-11-02")),
      note="Greenhouse reschedule sent in PDT (30 Oct): new 'Thursday, November 5, 2026, 7:30 AM - "
           "8:30 AM PST' -> UTC-8 -> 15:30-16:30Z, previous Monday slot also shown; ICS SEQUENCE:1; "
           "contact = Reply-To")
def fathom_moved() -> bytes:
    body = t("""
        Hi Jonas,

        Your interview with Fathom Avionics has been rescheduled - Derek is out on Monday, so we moved
        your Technical Screen to Thursday. Updated details below.

        Technical Screen - Embedded C
        Thursday, November 5, 2026
        7:30 AM - 8:30 AM PST

        Previously scheduled: Monday, November 2, 2026, 8:00 AM - 9:00 AM PST

        Interviewer: Derek Lindholm, Staff Firmware Engineer
        Location: Zoom - https://fathomavionics.zoom.us/j/96120458831?pwd=Rk1ZcFh6d0tLS2hCUW9tUnN2b3h4Zz09

        Sorry for the shuffle! Just reply to this email if the new time doesn't work.

        Best,
        Marisol Vega
        Recruiting Coordinator | Fathom Avionics
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jonas,</p>
        <p>Your interview with Fathom Avionics has been <strong>rescheduled</strong> - Derek is out on Monday, so we moved your Technical Screen to Thursday. Updated details below.</p>
        <table style="border-left:3px solid #24a47f;padding-left:12px;font-size:14px"><tr><td>
        <strong>Technical Screen - Embedded C</strong><br>
        Thursday, November 5, 2026<br>
        7:30 AM - 8:30 AM PST<br><br>
        <span style="color:#888"><s>Monday, November 2, 2026, 8:00 AM - 9:00 AM PST</s></span><br><br>
        Interviewer: Derek Lindholm, Staff Firmware Engineer<br>
        Location: <a href="https://fathomavionics.zoom.us/j/96120458831?pwd=Rk1ZcFh6d0tLS2hCUW9tUnN2b3h4Zz09">Zoom</a>
        </td></tr></table>
        <p>Sorry for the shuffle! Just reply to this email if the new time doesn't work.</p>
        <p>Best,<br>Marisol Vega<br>Recruiting Coordinator | Fathom Avionics</p>
        </div>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ_LA,
        "BEGIN:VEVENT",
        "UID:gh-interview-88213450-fathomavionics@greenhouse.io",
        "DTSTAMP:" + stamp("2026-10-30 09:02:18", "America/Los_Angeles"),
        "DTSTART;TZID=America/Los_Angeles:20261105T073000",
        "DTEND;TZID=America/Los_Angeles:20261105T083000",
        "SUMMARY:Fathom Avionics - Technical Screen - Embedded C (Jonas Weidenbach)",
        "LOCATION:https://fathomavionics.zoom.us/j/96120458831",
        "ORGANIZER;CN=Marisol Vega:mailto:marisol.vega@fathomavionics.com",
        "ATTENDEE;CN=Jonas Weidenbach;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:jonas.weidenbach@example.org",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = base(addr("Marisol Vega", "no-reply@us.greenhouse-mail.io"),
              "Updated: Interview with Fathom Avionics - Embedded Software Engineer, Flight Controls",
              "2026-10-30 09:02:18", "America/Los_Angeles",
              "<9f4d2a71.88213450.20261030160218@us.greenhouse-mail.io>",
              src="from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [149.72.140.3])",
              ret="bounces+1188203-4c1f-jonas.weidenbach=example.org@us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Marisol Vega", "marisol.vega@fathomavionics.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(nm(19), family="exchange", lang="en", interview=True, kind="cancelled",
      start="2026-10-27T12:00:00Z", end="2026-10-27T13:30:00Z",
      contact="elin.sjoberg@kastanjmobility.se", company="Kastanj Mobility AB",
      local="Tue 2026-10-27 13:00", local_end="2026-10-27 14:30", zone="Europe/Stockholm",
      days=(("Tue", "2026-10-27"),),
      note="Exchange cancellation (METHOD:CANCEL) of the second interview, sent on 22 Oct in CEST for "
           "'Tuesday 27 October' 13:00-14:30 W. Europe Standard Time, already CET after 25 Oct -> "
           "12:00-13:30Z (cancelled slot); headcount freeze; contact = ORGANIZER = sender")
def kastanj_cancel() -> bytes:
    body = t("""
        Hi Jonas,

        I'm sorry to have to cancel our second interview on Tuesday 27 October (13:00-14:30). We were
        told this morning that the Powertrain Controls headcount in Gothenburg is frozen until further
        notice, so all open positions in the team are on hold for now.

        I know this is disappointing after two good conversations – Anders was really positive about
        you. If the role opens up again in Q1, I will reach out to you directly.

        Med vänliga hälsningar
        Elin

        Elin Sjöberg
        Talent Acquisition Partner
        Kastanj Mobility AB | Lindholmspiren 9, 417 56 Göteborg
        """)
    body_html = "".join(f"<p class=\"MsoNormal\">{x}</p>\n" for x in body.split("\n\n"))
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:CANCEL",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Elin Sjöberg:mailto:elin.sjoberg@kastanjmobility.se",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jonas Weidenbach:mailto:jonas.weidenbach@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Anders Lindqvist:mailto:anders.lindqvist@kastanjmobility.se",
        "DESCRIPTION;LANGUAGE=en-US:Hi Jonas\\,\\n\\nI'm sorry to have to cancel our second interview on Tuesday 27 October.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000F25C9A3E1E56DD01000000000000000010000000C7A1D4E2B9F0364A8D5E2C1B7F9A0E36",
        "SUMMARY;LANGUAGE=en-US:Canceled: Interview round 2 – Embedded Software Engineer\\, Powertrain Controls",
        "DTSTART;TZID=W. Europe Standard Time:20261027T130000",
        "DTEND;TZID=W. Europe Standard Time:20261027T143000",
        "CLASS:PUBLIC",
        "PRIORITY:1",
        "DTSTAMP:" + stamp("2026-10-22 15:48:30", "Europe/Stockholm"),
        "TRANSP:TRANSPARENT",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "LOCATION;LANGUAGE=en-US:Lindholmen\\, room Saga / Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subj = "Canceled: Interview round 2 – Embedded Software Engineer, Powertrain Controls"
    hs = base(addr("Elin Sjöberg", "elin.sjoberg@kastanjmobility.se"), subj,
              "2026-10-22 15:48:30", "Europe/Stockholm",
              "<DB9P189MB18220B7E4D1A9C3F2E6B5A8D0C1F7@DB9P189MB1822.EURP189.PROD.OUTLOOK.COM>",
              src="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2109.outbound.protection.outlook.com [40.107.249.109])",
              exchange=True,
              extra=tuple(exchange_headers(subj[len("Canceled: "):], "AdlmQ7c0ZtYwN0m3Q1a1k1P9gH3x0g==",
                                           "kastanjmobility.se", lang="en-US")) + (("Importance", "high"),))
    return message(hs, alt(text(body), html(teams_html(body_html, "")), calendar(ics, method="CANCEL", cte="base64")))


@mail(nm(20), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-11-03T14:00:00Z", end=None,
      contact="tom.ashworth@harrowgate-embedded.co.uk", company="Harrowgate Embedded Ltd",
      local="Tue 2026-11-03 14:00", zone="Europe/London",
      note="UK recruiter cancels 'tomorrow's 2pm' (Date Mon 2 Nov, GMT) -> Tue 3 Nov 14:00 GMT = "
           "14:00Z (cancelled slot; no length in this mail -> end null); role no longer remote; "
           "contact = sender")
def harrowgate_cancel() -> bytes:
    body = t("""
        Hi Jonas,

        I'm really sorry to do this at such short notice, but I have to cancel tomorrow's 2pm with
        Priya. We found out on Friday evening that the firmware role is going to be based in our
        Cambridge office after all (no remote), and as you told me relocating to the UK isn't an
        option for you at the moment, it wouldn't be fair on you to go ahead with the interview.

        If the remote set-up changes again I would love to get back in touch – you were one of the
        strongest profiles we've seen for this role.

        Sorry again, and thanks for being so flexible with the time.

        Best,
        Tom

        Tom Ashworth | Talent Partner
        Harrowgate Embedded Ltd | St John's Innovation Centre, Cambridge CB4 0WS
        +44 1223 550 731
        """)
    hs = base(addr("Tom Ashworth", "tom.ashworth@harrowgate-embedded.co.uk"),
              "Tuesday's call - sorry",
              "2026-11-02 09:10:44", "Europe/London",
              "<LO4P265MB5912C3F9A1E07B2D6E48A5C0D7B39@LO4P265MB5912.GBRP265.PROD.OUTLOOK.COM>",
              src="from GBR01-LO4-obe.outbound.protection.outlook.com (mail-lo4gbr01on2098.outbound.protection.outlook.com [40.107.122.98])",
              exchange=True, extra=(("Content-Language", "en-GB"),))
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
            + "</div></body></html>\n")
    return message(hs, alt(text(body), html(page)))


@mail(nm(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-11-13T07:30:00Z", end="2026-11-13T08:15:00Z",
      contact="moritz.eberle@lenzwerk.de", company="Lenzwerk GmbH",
      local="Fri 2026-11-13 08:30", local_end="2026-11-13 09:15", zone="Europe/Berlin",
      note="Google Calendar cancellation in German locale (METHOD:CANCEL) of a coffee chat with the "
           "hiring manager: 'Freitag, 13. Nov. 2026 ⋅ 08:30–09:15 Mitteleuropäische Zeit' -> "
           "07:30-08:15Z (cancelled slot, no new time yet); contact = ORGANIZER")
def lenzwerk_gcal_cancel() -> bytes:
    title = "Kaffee & Kennenlernen: Jonas Weidenbach / Moritz Eberle (Teamlead BMS-Firmware)"
    note = ("Hi Jonas, sorry – ich liege mit Grippe flach und muss unseren Kaffee am Freitag leider "
            "absagen. Tanja meldet sich bei dir wegen eines neuen Termins. VG Moritz")
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        {title}
        Freitag, 13. Nov. 2026 ⋅ 08:30–09:15
        Mitteleuropäische Zeit - Berlin

        Ort
        Kaffeehaus am Marienplatz, Marienplatz 12, 70178 Stuttgart
        https://www.google.com/maps/search/Kaffeehaus+am+Marienplatz,+Marienplatz+12,+70178+Stuttgart?hl=de

        {note}

        Organisator
        Moritz Eberle
        moritz.eberle@lenzwerk.de

        Gäste
        Moritz Eberle – Organisator
        jonas.weidenbach@example.org

        ~~//~~
        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.

        Wenn Sie diese Einladung weiterleiten, kann jeder Empfänger dem Organisator eine Antwort
        senden, zur Gästeliste hinzugefügt werden, andere unabhängig vom eigenen Einladungsstatus
        einladen oder Ihre Teilnahmebestätigung ändern. Weitere Informationen
        https://support.google.com/calendar/answer/37135#forwarding
        """).format(title=title, note=note)
    page = t("""
        <!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;max-width:600px">
        <div style="background:#fce8e6;color:#c5221f;padding:8px 12px;font-size:14px">Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.</div>
        <h2 style="font-size:22px;font-weight:400;text-decoration:line-through">{title}</h2>
        <div style="font-size:14px">Freitag, 13. Nov. 2026 ⋅ 08:30–09:15 (Mitteleuropäische Zeit - Berlin)</div>
        <div style="font-size:14px;margin-top:8px"><b>Ort</b><br>Kaffeehaus am Marienplatz, Marienplatz 12, 70178 Stuttgart</div>
        <p style="font-size:14px">{note}</p>
        <div style="font-size:14px"><b>Gäste</b><br>Moritz Eberle – Organisator<br>jonas.weidenbach@example.org</div>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender. Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.</p>
        </div></body></html>
        """).format(title=title, note=note)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:CANCEL",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20261113T083000",
        "DTEND;TZID=Europe/Berlin:20261113T091500",
        "DTSTAMP:" + stamp("2026-11-10 17:22:48", "Europe/Berlin"),
        "ORGANIZER;CN=Moritz Eberle:mailto:moritz.eberle@lenzwerk.de",
        "UID:2q9b7ckd0m4vj1s8tfr6e3lh5a@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=jonas.weidenbach@example.org;X-NUM-GUESTS=0:mailto:jonas.weidenbach@example.org",
        "CREATED:" + stamp("2026-11-03 12:05:10", "Europe/Berlin"),
        "DESCRIPTION:" + note.replace(",", "\\,"),
        "LAST-MODIFIED:" + stamp("2026-11-10 17:22:47", "Europe/Berlin"),
        "LOCATION:Kaffeehaus am Marienplatz\\, Marienplatz 12\\, 70178 Stuttgart",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:" + title,
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subject = f"Abgesagter Termin: {title} @ Fr. 13. Nov. 2026 08:30 - 09:15 (MEZ) (jonas.weidenbach@example.org)"
    hs = base(addr("Moritz Eberle", "moritz.eberle@lenzwerk.de"), subject,
              "2026-11-10 17:22:48", "Europe/Berlin",
              "<calendar-8d1f3a52-7e0b-4c69-b2a4-1f5c9e03d7b8@google.com>",
              src="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              ret="3mKp8ZBcKAi0xyt0Ir-oyQ3o-Ir-pCqo3C2Ir-EtsK0tsOEs0r.EtsK@calendar-server.bounces.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Moritz Eberle", "moritz.eberle@lenzwerk.de"))))
    inner = alt(text(body, cte="base64"), html(page), calendar(ics, method="CANCEL", cte="base64"))
    return message(hs, mixed(inner, calendar(ics, method="CANCEL", ctype="application/ics", cte="base64",
                                             filename="invite.ics", disposition="attachment",
                                             name_param=True)))


@mail(nm(22), family="webex", lang="de", interview=True, kind="scheduled",
      start="2026-11-17T12:00:00Z", end="2026-11-17T13:00:00Z",
      contact="katrin.lechner@donau-motorenwerke.de", company="Donau Motorenwerke AG",
      local="Tue 2026-11-17 13:00", local_end="2026-11-17 14:00", zone="Europe/Berlin",
      note="Webex meeting invitation (German) for a 'digitales Vorstellungsgespräch': 'Dienstag, 17. "
           "November 2026 13:00 | (UTC+01:00) Amsterdam, Berlin, ... | 1 Stunde', CET -> "
           "12:00-13:00Z; sent via messenger@webex.com, contact = human Reply-To (host)")
def donau_webex() -> bytes:
    host_msg = ("Sehr geehrter Herr Weidenbach, vielen Dank für Ihre Teilnahme am Online-Assessment. "
                "Wie telefonisch besprochen, erhalten Sie hiermit die Einladung zu unserem digitalen "
                "Vorstellungsgespräch mit Herrn Dr. Winkler (Leiter Hauptabteilung Antriebsstrang-"
                "Software) und mir. Mit freundlichen Grüßen, Katrin Lechner, Personalmarketing & "
                "Recruiting, Donau Motorenwerke AG")
    body = t("""
        Hallo Jonas Weidenbach,

        Katrin Lechner lädt Sie zu diesem Webex-Meeting ein.

        Digitales Vorstellungsgespräch - Jonas Weidenbach (Entwickler Steuergeräte-Software)
        Gastgeber: Katrin Lechner
        Dienstag, 17. November 2026 13:00 | (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien | 1 Stunde

        Meeting beitreten
        https://donau-motorenwerke.webex.com/donau-motorenwerke/j.php?MTID=m4c2b9e71f08d3a56b1c7e2d4f9a0b385

        Mehr Möglichkeiten zum Beitreten:

        Über Meeting-Link beitreten
        https://donau-motorenwerke.webex.com/donau-motorenwerke/j.php?MTID=m4c2b9e71f08d3a56b1c7e2d4f9a0b385

        Über Meeting-Kennnummer beitreten
        Meeting-Kennnummer (Zugriffscode): 2741 884 3915
        Meeting-Passwort: Vg7RkM2pq4 (84757260 über Telefon und Videosysteme)

        Zum Beitreten über Mobilgerät tippen (nur für Teilnehmer)
        +49-619-6781-9736,,27418843915#84757260# Deutschland Toll

        Nachricht des Gastgebers:
        {msg}

        Sie benötigen Hilfe? Gehen Sie zu https://help.webex.com
        """).format(msg=host_msg)
    page = t("""
        <html><body style="background:#f7f7f7;font-family:Arial,Helvetica,sans-serif">
        <table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;color:#121212">
        <tr><td style="padding:24px 32px;font-size:14px">Hallo Jonas Weidenbach,<br><br>Katrin Lechner lädt Sie zu diesem Webex-Meeting ein.</td></tr>
        <tr><td style="padding:0 32px;font-size:20px;font-weight:bold">Digitales Vorstellungsgespräch - Jonas Weidenbach (Entwickler Steuergeräte-Software)</td></tr>
        <tr><td style="padding:8px 32px;font-size:14px;color:#545454">Gastgeber: Katrin Lechner</td></tr>
        <tr><td style="padding:8px 32px;font-size:14px">Dienstag, 17. November 2026 13:00 | (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien | 1 Stunde</td></tr>
        <tr><td style="padding:16px 32px"><a href="https://donau-motorenwerke.webex.com/donau-motorenwerke/j.php?MTID=m4c2b9e71f08d3a56b1c7e2d4f9a0b385" style="background:#00823b;color:#ffffff;padding:10px 24px;border-radius:20px;text-decoration:none">Meeting beitreten</a></td></tr>
        <tr><td style="padding:8px 32px;font-size:13px">Meeting-Kennnummer (Zugriffscode): 2741 884 3915<br>Meeting-Passwort: Vg7RkM2pq4 (84757260 über Telefon und Videosysteme)</td></tr>
        <tr><td style="padding:16px 32px;font-size:13px"><b>Nachricht des Gastgebers:</b><br>{msg}</td></tr>
        <tr><td style="padding:16px 32px;font-size:12px;color:#707070">Sie benötigen Hilfe? Gehen Sie zu <a href="https://help.webex.com">https://help.webex.com</a></td></tr>
        </table></body></html>
        """).format(msg=host_msg.replace("&", "&amp;"))
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Cisco//Webex Meetings//DE",
        "VERSION:2.0",
        "METHOD:REQUEST",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "UID:27418843915-d4f0c61a9b@donau-motorenwerke.webex.com",
        "DTSTAMP:" + stamp("2026-11-09 11:00:37", "Europe/Berlin"),
        "DTSTART;TZID=Europe/Berlin:20261117T130000",
        "DTEND;TZID=Europe/Berlin:20261117T140000",
        "SUMMARY:Digitales Vorstellungsgespräch - Jonas Weidenbach (Entwickler Steuergeräte-Software)",
        "LOCATION:https://donau-motorenwerke.webex.com/donau-motorenwerke/j.php?MTID=m4c2b9e71f08d3a56b1c7e2d4f9a0b385",
        "ORGANIZER;CN=Katrin Lechner:mailto:katrin.lechner@donau-motorenwerke.de",
        "ATTENDEE;CN=Jonas Weidenbach;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.weidenbach@example.org",
        "ATTENDEE;CN=Dr. Florian Winkler;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:florian.winkler@donau-motorenwerke.de",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT10M",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = base(addr("Katrin Lechner", "messenger@webex.com"),
              "Meeting-Einladung: Digitales Vorstellungsgespräch - Jonas Weidenbach (Entwickler Steuergeräte-Software)",
              "2026-11-09 11:00:37", "Europe/Berlin",
              "<1528807441.2291734.1794218437120@fra1-wxt-mta-12.webex.com>",
              src="from fra1-wxt-mta-12.webex.com (fra1-wxt-mta-12.webex.com [170.72.28.77])",
              exchange=True, ret="bounce@webex.com",
              extra=(("Reply-To", addr("Katrin Lechner", "katrin.lechner@donau-motorenwerke.de")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="REQUEST", cte="quoted-printable", filename="meeting.ics",
                                      disposition="attachment", name_param=True)))


@mail(nm(23), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-12-07T08:15:00Z", end=None,
      contact="gunnar.wettstein@fifk-karlsruhe.de",
      company="Forschungsinstitut für Fahrzeugelektronik Karlsruhe",
      local="Mon 2026-12-07 09:15", zone="Europe/Berlin",
      note="Research institute's HTML-only iso-8859-1 invitation before a selection committee: 'am "
           "Montag, den 7. Dezember (KW 50), um 9 Uhr c.t.' - c.t. = cum tempore, 15 minutes after "
           "the hour -> 09:15 CET -> 08:15Z; 'bis ca. 10:30 Uhr' is approximate -> end null; "
           "contact = sender")
def fifk_invitation() -> bytes:
    page = t("""
        <html>
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
        </head>
        <body style="font-family:Arial,sans-serif;font-size:10pt">
        <p>Sehr geehrter Herr Weidenbach,</p>
        <p>vielen Dank für Ihre Bewerbung auf die Stelle als wissenschaftlicher Mitarbeiter (m/w/d) im Bereich
        <i>Embedded Systems für Fahrzeugelektronik</i> (Kennziffer 47/2026).</p>
        <p>Gerne möchten wir Sie zu einem persönlichen Gespräch einladen, und zwar am <b>Montag, den 7. Dezember (KW 50),
        um 9 Uhr c.t.</b> im Institutsgebäude, Kaiserstraße 89a, 76133 Karlsruhe, Raum 204 (2. OG).</p>
        <p>Das Gespräch findet vor der Auswahlkommission statt (Prof. Dr.-Ing. Renate Albrecht, ich sowie eine Vertreterin
        des Personalrats und die Beauftragte für Chancengleichheit). Bitte bereiten Sie einen Kurzvortrag von ca. 10 Minuten
        über ein Projekt Ihrer Wahl vor, ein Beamer ist vorhanden. Wir rechnen mit einer Gesamtdauer bis ca. 10:30 Uhr.</p>
        <p>Leider können wir Ihnen entstehende Reisekosten nicht erstatten.</p>
        <p>Bitte bestätigen Sie uns Ihre Teilnahme kurz per E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>
        Gunnar Wettstein</p>
        <p style="font-size:8pt;color:#555555">--<br>
        Dr.-Ing. Gunnar Wettstein<br>
        Gruppenleiter Eingebettete Systeme<br>
        Forschungsinstitut für Fahrzeugelektronik Karlsruhe (FIFK)<br>
        Kaiserstraße 89a, 76133 Karlsruhe<br>
        Tel. +49 721 608-41277<br>
        <a href="mailto:gunnar.wettstein@fifk-karlsruhe.de">gunnar.wettstein@fifk-karlsruhe.de</a></p>
        </body>
        </html>
        """)
    hs = base(addr("Gunnar Wettstein", "gunnar.wettstein@fifk-karlsruhe.de"),
              "Einladung Vorstellungsgespräch - Wiss. Mitarbeiter/in Embedded Systems (Kennziffer 47/2026)",
              "2026-11-30 14:20:16", "Europe/Berlin",
              "<5c0e7a1d-3b84-9f21-6d4e-a92c18f07b35@fifk-karlsruhe.de>",
              src="from smtp.fifk-karlsruhe.de (smtp.fifk-karlsruhe.de [141.3.44.19])",
              extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
                     ("Content-Language", "de-DE")))
    return message(hs, html(page, charset="iso-8859-1", cte="quoted-printable"))


# =========================================================================== negatives (keys 24-50)


@mail(nm(24), family="job_alert", lang="de", interview=False, company=None,
      note="StepStone JobAgent digest (14 new jobs, some from companies the candidate is in "
           "process with); nothing scheduled")
def stepstone_jobagent() -> bytes:
    jobs = [
        ("Embedded Software Entwickler (m/w/d) Bremsregelsysteme", "Kessler Fahrzeugtechnik AG",
         "Stuttgart", "vor 2 Tagen"),
        ("Softwareentwickler Embedded C/C++ (m/w/d) Steuerungstechnik", "Hauber Maschinenbau GmbH",
         "Karlsruhe", "vor 3 Tagen"),
        ("Embedded Software Engineer AUTOSAR (m/w/d)", "Steinach Engineering Services GmbH",
         "Stuttgart-Vaihingen", "Neu"),
        ("Entwicklungsingenieur Firmware Sensorik (m/w/d)", "Sielmann Sensorik GmbH",
         "Stuttgart-Weilimdorf", "vor 5 Tagen"),
        ("Embedded Software Developer E-Mobility (m/w/d) – Schnellbewerbung möglich", "Aldinger Ladetechnik GmbH",
         "Leinfelden-Echterdingen", "vor 1 Woche"),
    ]
    lines = ["Hallo Jonas Weidenbach,", "",
             "Ihr JobAgent \"Embedded Software Entwickler\" hat 14 neue Jobs in Stuttgart (+ 30 km) "
             "für Sie gefunden.", ""]
    for (title, comp, loc, age), jid in zip(jobs, (11853207, 11849315, 11861042, 11838776, 11822950), strict=True):
        lines += [title, f"{comp} · {loc} · {age}",
                  "https://www.stepstone.de/stellenangebote--" + title.split(" (")[0].replace(" ", "-")
                  + f"--{jid}-inline.html", ""]
    lines += ["Alle 14 Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse?ja=8821471", "",
              "Tipp: Mit einem vollständigen Profil werden Sie von Recruitern schneller gefunden.", "",
              "Sie erhalten diese E-Mail, weil Sie einen JobAgent bei StepStone angelegt haben.",
              "JobAgent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/verwalten",
              "StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf"]
    body = "\n".join(lines) + "\n"
    rows = "".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5"><a href="https://www.stepstone.de/jobagent/r?j={i}" '
        f'style="font-size:16px;color:#0c2577;font-weight:bold;text-decoration:none">{title}</a><br>'
        f'<span style="font-size:13px;color:#555">{comp} · {loc}</span><br>'
        f'<span style="font-size:12px;color:#1f8a43">{age}</span></td></tr>\n'
        for i, (title, comp, loc, age) in enumerate(jobs, 1))
    page = ('<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" '
            'style="background:#fff;font-family:Arial,sans-serif" cellpadding="0" cellspacing="0">\n'
            '<tr><td style="padding:20px;background:#0c2577;color:#fff;font-size:20px">StepStone JobAgent</td></tr>\n'
            '<tr><td style="padding:20px;font-size:14px">Hallo Jonas Weidenbach,<br><br>Ihr JobAgent '
            '<b>"Embedded Software Entwickler"</b> hat <b>14 neue Jobs</b> in Stuttgart (+ 30 km) für Sie gefunden.'
            '</td></tr>\n<tr><td style="padding:0 20px"><table width="100%">\n' + rows + '</table></td></tr>\n'
            '<tr><td style="padding:20px"><a href="https://www.stepstone.de/jobagent/ergebnisse?ja=8821471" '
            'style="background:#ff7500;color:#fff;padding:10px 20px;text-decoration:none">Alle 14 Jobs ansehen</a></td></tr>\n'
            '<tr><td style="padding:20px;font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie einen JobAgent '
            'bei StepStone angelegt haben. <a href="https://www.stepstone.de/jobagent/verwalten">Abbestellen</a><br>'
            'StepStone Deutschland GmbH, Völklinger Straße 1, 40219 Düsseldorf</td></tr>\n</table></body></html>\n')
    hs = base(addr("StepStone JobAgent", "jobagent@stepstone.de"),
              "14 neue Jobs für \"Embedded Software Entwickler\" in Stuttgart",
              "2026-09-08 07:02:11", "Europe/Berlin",
              "<20260908050211.8821471.jobagent@mailing.stepstone.de>",
              src="from mta-51.mailing.stepstone.de (mta-51.mailing.stepstone.de [185.22.208.51])",
              exchange=True, ret="bounce-8821471@mailing.stepstone.de",
              extra=(("List-Unsubscribe", "<https://www.stepstone.de/jobagent/verwalten?u=8821471>, "
                                          "<mailto:unsubscribe-8821471@mailing.stepstone.de>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(nm(25), family="job_alert", lang="en", interview=False, company=None,
      note="LinkedIn job alert; 'Actively recruiting' / 'Be an early applicant' badges confirm nothing")
def linkedin_alert() -> bytes:
    body = t("""
        Your job alert for embedded software engineer in Stuttgart Region
        6 new jobs match your preferences.

        Embedded Software Engineer – Motor Control (m/f/d)
        Vireon Drive Systems GmbH
        Garching bei München, Bavaria, Germany (Hybrid)
        Actively recruiting
        View job: https://www.linkedin.com/comm/jobs/view/4102875531/?trackingId=Qm1kZ2xQ%3D%3D&refId=ja

        Firmware Engineer (Remote, EU)
        Harrowgate Embedded Ltd
        European Union (Remote)
        Be an early applicant
        View job: https://www.linkedin.com/comm/jobs/view/4103119846/?trackingId=Ux9aLmRw%3D%3D&refId=ja

        Embedded Firmware Engineer (Remote, EU)
        Nimbus Motion Inc.
        Germany (Remote)
        Easy Apply
        View job: https://www.linkedin.com/comm/jobs/view/4101664207/?trackingId=K2pSeTvA%3D%3D&refId=ja

        Software Engineer Embedded Linux (m/w/d)
        Lenzwerk GmbH
        Stuttgart, Baden-Württemberg, Germany (On-site)
        3 school alumni work here
        View job: https://www.linkedin.com/comm/jobs/view/4102230918/?trackingId=Zm3bEwQq%3D%3D&refId=ja

        See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1733209481

        ----------------------------------------

        This email was intended for Jonas Weidenbach (Embedded Software Developer | ex mechanical design | C, AUTOSAR, Motor Control)
        Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
        You are receiving Job Alert emails.
        Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        LinkedIn is a registered business name of LinkedIn Ireland Unlimited Company.
        """)
    page = "<html><body style=\"font-family:-apple-system,system-ui,Arial,sans-serif\">" + "".join(
        f"<p style=\"margin:0 0 6px 0\">{x}</p>\n" if x else "<br>\n"
        for x in body.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    hs = base(addr("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "“embedded software engineer”: Vireon Drive Systems GmbH - Embedded Software Engineer – Motor Control (m/f/d) and more",
              "2026-09-13 18:30:52", "Europe/Berlin",
              "<1408755312.21870544.1789317052116@ltx1-app38841.prod.linkedin.com>",
              src="from mailb-ad.linkedin.com (mailb-ad.linkedin.com [108.174.3.183])",
              exchange=True, ret="s-3k1x2x6yk4mfd3p@bounce.linkedin.com",
              extra=(("List-Unsubscribe", "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_alert>"),
                     ("X-LinkedIn-Class", "JOBS-TO-MBR"),
                     ("X-LinkedIn-Template", "jobs_jymbii_digest")))
    return message(hs, alt(text(body), html(page)))


@mail(nm(26), family="recruiter_outreach", lang="de", interview=False, company="Lenzwerk GmbH",
      note="XING message notification: in-house sourcer asks for a short call 'in den nächsten Tagen', "
           "no time fixed")
def xing_outreach() -> bytes:
    body = t("""
        Hallo Jonas Weidenbach,

        Sie haben eine neue Nachricht von Tanja Reuter:

        Tanja Reuter
        Talent Sourcing · Lenzwerk GmbH

        "Hallo Herr Weidenbach, ich bin über Ihr XING-Profil auf Sie aufmerksam geworden – Ihr Weg
        vom Maschinenbau in die Embedded-Software finde ich spannend! Wir bauen bei Lenzwerk gerade
        das Team für unsere BMS-Firmware aus (Batteriespeicher für Industrie und Gewerbe, ca. 80
        Leute, Stuttgart-Wangen). Hätten Sie in den nächsten Tagen Lust auf ein kurzes, unverbindliches
        Telefonat (15 Min.)? Schreiben Sie mir gerne, wann es Ihnen passt. Viele Grüße, Tanja Reuter"

        Nachricht lesen und antworten:
        https://www.xing.com/chats/9c71e4b2?sc_o=mail_notification_message_reply

        Ihr XING-Team

        --
        Sie erhalten diese E-Mail, weil Sie Benachrichtigungen zu neuen Nachrichten aktiviert haben.
        Einstellungen ändern: https://www.xing.com/settings/notifications
        New Work SE, Am Strandkai 1, 20457 Hamburg
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">" + "".join(
        f"<p style=\"margin:0 0 8px 0\">{x}</p>\n" if x else "" for x in body.split("\n")) + "</body></html>\n"
    hs = base(addr("XING", "mailrobot@mail.xing.com"),
              "Neue Nachricht von Tanja Reuter",
              "2026-09-23 11:48:09", "Europe/Berlin",
              "<6e2a1f0c4b7d9.message_notification.20260923094809@mail.xing.com>",
              src="from mail-out-39.xing.com (mail-out-39.xing.com [213.165.67.39])",
              exchange=True, ret="bounces@mail.xing.com",
              extra=(("List-Unsubscribe", "<https://www.xing.com/settings/notifications?unsubscribe=messages>"),))
    return message(hs, alt(text(body), html(page)))


@mail(nm(27), family="application_ack", lang="de", interview=False, company="Kessler Fahrzeugtechnik AG",
      note="SAP SuccessFactors application receipt ('wir melden uns in den nächsten zwei bis drei "
           "Wochen'); nothing scheduled")
def kessler_receipt() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        vielen Dank für Ihre Bewerbung als Softwareentwickler Embedded Systems Bremsregelsysteme (m/w/d)
        (Req.-ID 48213) und das damit verbundene Interesse an der Kessler Fahrzeugtechnik AG.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung nun sorgfältig
        gemeinsam mit der Fachabteilung und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

        Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen:
        https://career5.successfactors.eu/career?company=kesslerfzP&career_ns=job_application_list

        Mit freundlichen Grüßen

        Ihr Recruiting-Team
        Kessler Fahrzeugtechnik AG

        ------------------------------------------------------------------------
        Kessler Fahrzeugtechnik AG, Sitz: Stuttgart, Registergericht: Amtsgericht
        Stuttgart HRB 730155
        Informationen zum Datenschutz im Bewerbungsprozess: https://www.kessler-fahrzeugtechnik.de/datenschutz-bewerber

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    hs = base(addr("Kessler Fahrzeugtechnik AG", "noreply@successfactors.eu"),
              "Eingangsbestätigung Ihrer Bewerbung – Softwareentwickler Embedded Systems Bremsregelsysteme (m/w/d)",
              "2026-09-15 21:14:06", "Europe/Berlin",
              "<1102947733.97311.1789499646218@pc12bsfapi03.successfactors.eu>",
              src="from mta11.successfactors.eu (mta11.successfactors.eu [155.56.64.211])",
              ret="bounce-kesslerfzP@successfactors.eu",
              extra=(("X-SF-Company", "kesslerfzP"), ("Auto-Submitted", "auto-generated")))
    return message(hs, text(body))


@mail(nm(28), family="application_ack", lang="de", interview=False, company="Altaïr Ingénierie",
      note="Beetween application receipt, German + French; 'un entretien' / 'Gespräch' only "
           "hypothetical")
def altair_beetween() -> bytes:
    body = t("""
        Bonjour Jonas Weidenbach, Hallo Jonas Weidenbach,

        (Deutsche Version unten)

        Nous avons bien reçu votre candidature pour le poste « Ingénieur logiciel embarqué AUTOSAR
        (H/F) – Stuttgart » (réf. ALT-STR-2026-118) et nous vous en remercions.

        Notre équipe recrutement étudie votre profil avec attention. Si celui-ci correspond à nos
        besoins, un(e) chargé(e) de recrutement vous contactera afin de convenir d'un entretien.

        ----------------------------------------------------------------

        vielen Dank für Ihre Bewerbung als „Embedded Software Ingenieur AUTOSAR (m/w/d) – Stuttgart“
        (Ref. ALT-STR-2026-118).

        Unser Recruiting-Team prüft Ihr Profil sorgfältig. Sollte es zu unseren Anforderungen passen,
        meldet sich eine Recruiterin oder ein Recruiter bei Ihnen, um ein Gespräch zu vereinbaren.

        Cordialement / Mit freundlichen Grüßen
        L'équipe Recrutement / Ihr Recruiting-Team
        Altaïr Ingénierie – Agence de Stuttgart, Leitzstraße 45, 70469 Stuttgart

        Ce message vous a été envoyé via Beetween. Merci de ne pas y répondre.
        Diese Nachricht wurde über Beetween versendet. Bitte antworten Sie nicht darauf.
        """)
    page = "<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">" + "".join(
        f"<p>{x.replace(chr(10), ' ')}</p>\n" for x in body.split("\n\n")) + "</body></html>\n"
    hs = base(addr("Altaïr Ingénierie", "noreply@beetween.com"),
              "Votre candidature / Ihre Bewerbung – Ingénieur logiciel embarqué AUTOSAR (H/F) – Stuttgart",
              "2026-09-21 09:33:40", "Europe/Paris",
              "<20260921073340.5f1e9c.altair-ingenierie@beetween.com>",
              src="from smtp2.beetween.com (smtp2.beetween.com [51.159.26.112])",
              ret="bounce@beetween.com", extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(nm(29), family="rejection", lang="de", interview=False, company="Brennwald Automotive GmbH",
      days=(("Wed", "2026-11-11"),),
      note="Workday rejection after the interview 'am Mittwoch, 11. November' (a past date); nothing "
           "scheduled")
def brennwald_rejection() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        vielen Dank für Ihr Interesse an der Position Embedded Software Engineer Battery Management
        Systems (m/w/d) (R-0027391) und für das angenehme Gespräch am Mittwoch, 11. November.

        Nach sorgfältiger Abwägung haben wir uns entschieden, den weiteren Prozess mit einer Kandidatin
        fortzusetzen, deren Erfahrung mit Zellchemie-Modellen noch etwas besser zu den aktuellen
        Anforderungen des Teams passt. Diese Entscheidung ist uns nicht leichtgefallen.

        Gerne würden wir Ihr Profil in unserem Talentpool behalten. Sie können dem jederzeit in Ihrem
        Kandidatenkonto widersprechen:
        https://brennwald.wd3.myworkdayjobs.com/de-DE/Brennwald_Careers/userHome

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen

        Sabine Obermeier
        Talent Acquisition
        Brennwald Automotive GmbH

        Diese E-Mail wurde von einem nicht überwachten Postfach gesendet.
        """)
    hs = base(addr("Brennwald Automotive", "brennwald@myworkday.com"),
              "Ihre Bewerbung bei Brennwald Automotive",
              "2026-11-24 10:41:15", "Europe/Berlin",
              "<733901518.5528614.1795513275007@wd3-prod-mailer-09.myworkday.com>",
              src="from wd3-smtp-out-2.myworkday.com (wd3-smtp-out-2.myworkday.com [198.51.100.42])",
              exchange=True, ret="bounces+brennwald@myworkday.com")
    return message(hs, alt(text(body), html("<html><body style=\"font-family:Arial;font-size:13px\">"
                                            + "".join(f"<p>{x}</p>\n" for x in body.split("\n\n"))
                                            + "</body></html>\n")))


@mail(nm(30), family="rejection", lang="de", interview=False, company="Gebr. Wälde Sondermaschinenbau GmbH",
      note="rexx formal rejection before any interview (iso-8859-1 QP)")
def waelde_rejection() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        nochmals vielen Dank für Ihre Bewerbung als SPS- und Embedded-Softwareentwickler (m/w/d) im
        Bereich Sondermaschinenbau und für das Vertrauen, das Sie unserem Unternehmen damit
        entgegengebracht haben.

        Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
        Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist
        keine Bewertung Ihrer Qualifikation; wir hatten jedoch Bewerberinnen und Bewerber, deren Profil
        hinsichtlich Inbetriebnahmeerfahrung beim Kunden noch besser zu unseren Anforderungen passt.

        Ihre Bewerbungsunterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf
        von sechs Monaten löschen.

        Für Ihren weiteren beruflichen und privaten Lebensweg wünschen wir Ihnen alles Gute und viel
        Erfolg.

        Mit freundlichen Grüßen

        i. A. Heike Schäfer
        Personalabteilung

        Gebr. Wälde Sondermaschinenbau GmbH
        Plochinger Straße 112 · 73730 Esslingen am Neckar
        Geschäftsführer: Dipl.-Ing. Martin Wälde, Dipl.-Kfm. Jürgen Wälde
        Registergericht Stuttgart HRB 211904
        """)
    hs = base(addr("Gebr. Wälde Sondermaschinenbau GmbH", "bewerbermanagement@waelde-sondermaschinen.de",
                   charset="iso-8859-1"),
              "Ihre Bewerbung als SPS- und Embedded-Softwareentwickler (m/w/d)",
              "2026-10-01 16:05:22", "Europe/Berlin",
              "<rexx.20261001160522.41877.c92a@waelde-sondermaschinen.de>",
              src="from mail.rexx-hosting.de (mail.rexx-hosting.de [217.110.62.18])",
              extra=(("X-Mailer", "rexx systems Recruitment"), ("Auto-Submitted", "auto-generated")))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(nm(31), family="offer", lang="de", interview=False, company="Vireon Drive Systems GmbH",
      days=(("Fri", "2026-12-04"), ("Mon", "2026-11-30")),
      note="Job offer after the onsite (du-form) with a reply deadline and an optional call 'Montag um "
           "17 Uhr' to go through open questions: a fixed time, but not an interview")
def vireon_offer() -> bytes:
    body = t("""
        Hallo Jonas,

        wir freuen uns riesig, dir heute ein Angebot als Embedded Software Engineer – Motor Control bei
        Vireon machen zu können! Nach deinem Onsite war das ganze Team sich schnell einig.

        Die Eckdaten:
        - Start: 1. März 2027 (oder früher, wenn es bei dir geht)
        - Jahresgehalt: 74.000 € brutto fix + virtuelle Anteile (VSOP), Details im Vertrag
        - 30 Urlaubstage, 2 Tage/Woche remote, Deutschlandticket
        - Standort: Garching b. München

        Den Vertragsentwurf und das VSOP-Factsheet findest du im Anhang. Wir würden uns freuen, bis
        Freitag, 4.12., von dir zu hören.

        Henrik hat angeboten, am Montag um 17 Uhr noch kurz mit dir zu telefonieren, falls du Fragen
        zum Team oder zur Roadmap hast – gib einfach Bescheid, ob dir das passt.

        Viele Grüße
        Laura

        --
        Laura Kienle
        People & Culture | Vireon Drive Systems GmbH
        Lichtenbergstraße 8, 85748 Garching b. München
        """)
    pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
           "trailer<</Root 1 0 R>>\n%%EOF\n")
    att = raw_part([("Content-Type", 'application/pdf; name="Vertragsentwurf_Weidenbach.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Vertragsentwurf_Weidenbach.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   base64.encodebytes(pdf.encode()).decode())
    hs = base(addr("Laura Kienle", "laura.kienle@vireon-drive.de"),
              "Dein Angebot von Vireon 🎉",
              "2026-11-27 16:30:55", "Europe/Berlin",
              "<CAH2bXk7Lw3pQz0eR9sVnB1yT6cJ4fM8dA@mail.gmail.com>",
              src="from mail-wm1-f45.google.com (mail-wm1-f45.google.com [209.85.128.45])",
              extra=(("Cc", addr("Henrik Sailer", "henrik.sailer@vireon-drive.de")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(nm(32), family="recruiter_outreach", lang="de", interview=False,
      company="Quadrant Engineering Services GmbH",
      note="Engineering-service agency outreach: asks for a call, gives reachable hours ('Mi. und Do. "
           "ab 16 Uhr'), nothing agreed")
def quadrant_outreach() -> bytes:
    body = t("""
        Hallo Herr Weidenbach,

        ich bin über XING auf Ihr Profil aufmerksam geworden und hätte eine Position, die sehr gut zu
        Ihrem Werdegang passen könnte: Embedded Software Entwickler (m/w/d) für ein
        Steuergeräteprojekt bei einem namhaften OEM in Sindelfingen, unbefristete Festanstellung bei
        uns, Einsatz zu 60 % remote möglich.

        Hätten Sie diese oder nächste Woche Zeit für ein kurzes Telefonat? Ich bin Mi. und Do. ab
        16 Uhr gut erreichbar, gerne auch per Teams. Schicken Sie mir einfach ein, zwei Zeitfenster,
        die Ihnen passen.

        Beste Grüße aus Vaihingen

        Dennis Krautter
        Personalberater Automotive
        Quadrant Engineering Services GmbH
        Nobelstraße 15 | 70569 Stuttgart
        Mobil: +49 160 9182 4437
        dennis.krautter@quadrant-es.de
        """)
    hs = base(addr("Krautter, Dennis", "dennis.krautter@quadrant-es.de"),
              "Embedded Software Entwickler (m/w/d) – Festanstellung, Raum Sindelfingen",
              "2026-09-22 13:10:37", "Europe/Berlin",
              "<FR2P281MB0172D0A4C1B7E93F5A26E8D4B0C15@FR2P281MB0172.DEUP281.PROD.OUTLOOK.COM>",
              src="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2093.outbound.protection.outlook.com [40.107.135.93])",
              exchange=True, extra=(("Content-Language", "de-DE"),))
    return message(hs, text(body, charset="windows-1252"))


@mail(nm(33), family="scheduling_link", lang="en", interview=False, company="Nimbus Motion Inc.",
      note="US recruiter asks the candidate to pick a slot on her Calendly page; nothing booked yet")
def nimbus_link() -> bytes:
    body = t("""
        Hi Jonas,

        Thanks so much for applying to the Embedded Firmware Engineer (Remote, EU) role at Nimbus
        Motion! Your background in motor control and mechanical design caught our eye.

        As a next step I'd love to set up a 30-minute intro call. You can grab any open slot on my
        calendar here: https://calendly.com/kayla-nimbusmotion/intro-call-eu

        I've opened up morning slots in Boston (= afternoon for you in Germany) for next week. Heads
        up that Europe changes clocks a week before we do, so please double-check the time Calendly
        shows you.

        Talk soon,
        Kayla

        Kayla Brennan
        Technical Recruiter | Nimbus Motion Inc.
        Somerville, MA
        """)
    hs = base(addr("Kayla Brennan", "kayla.brennan@nimbusmotion.com"),
              "Nimbus Motion - next steps for Embedded Firmware Engineer",
              "2026-10-20 16:05:29", "America/New_York",
              "<CAF9kWq2n8YbR3mT0vXe1sLp7Hz4dJ6uQgA@mail.gmail.com>",
              src="from mail-yw1-f178.google.com (mail-yw1-f178.google.com [209.85.128.178])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(34), family="scheduling_link", lang="de", interview=False, company="Hauber Maschinenbau GmbH",
      note="softgarden self-scheduling request: pick a slot between 03.11. and 13.11.2026 via link, "
           "nothing booked yet")
def hauber_pick_slot() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        vielen Dank für Ihre Bewerbung als Embedded Software Entwickler (m/w/d) Steuerungstechnik. Ihr
        Profil hat uns gut gefallen und wir möchten Sie gerne persönlich kennenlernen!

        Bitte wählen Sie über den folgenden Link einen passenden Termin für ein Vorstellungsgespräch bei
        uns in Karlsruhe aus. Zur Auswahl stehen Termine im Zeitraum vom 03.11. bis 13.11.2026, jeweils
        zwischen 9:00 und 15:30 Uhr (Dauer ca. 60 Minuten):

        Termin auswählen:
        https://hauber-maschinenbau.softgarden.io/de/appointment/select/58117204?t=hK3pX9

        Wir bitten Sie, Ihre Auswahl bis zum 30.10.2026 zu treffen. Sollte keiner der angebotenen
        Termine für Sie möglich sein, melden Sie sich gerne bei Frau Gaiser
        (petra.gaiser@hauber-maschinenbau.de).

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Hauber Maschinenbau GmbH

        --
        Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;background:#ffffff">
        <table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:16px 0;border-bottom:3px solid #c8102e"><img src="https://hauber-maschinenbau.softgarden.io/assets/logo.png" alt="Hauber Maschinenbau" height="40"></td></tr>
        <tr><td style="padding:16px 0">
        <p>Sehr geehrter Herr Weidenbach,</p>
        <p>vielen Dank für Ihre Bewerbung als Embedded Software Entwickler (m/w/d) Steuerungstechnik. Ihr Profil hat uns gut gefallen und wir möchten Sie gerne persönlich kennenlernen!</p>
        <p>Bitte wählen Sie über den folgenden Link einen passenden Termin für ein Vorstellungsgespräch bei uns in Karlsruhe aus. Zur Auswahl stehen Termine im Zeitraum vom 03.11. bis 13.11.2026, jeweils zwischen 9:00 und 15:30 Uhr (Dauer ca. 60 Minuten):</p>
        <p><a href="https://hauber-maschinenbau.softgarden.io/de/appointment/select/58117204?t=hK3pX9" style="background:#c8102e;color:#ffffff;padding:10px 20px;text-decoration:none">Termin auswählen</a></p>
        <p>Wir bitten Sie, Ihre Auswahl bis zum 30.10.2026 zu treffen. Sollte keiner der angebotenen Termine für Sie möglich sein, melden Sie sich gerne bei Frau Gaiser (<a href="mailto:petra.gaiser@hauber-maschinenbau.de">petra.gaiser@hauber-maschinenbau.de</a>).</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Hauber Maschinenbau GmbH</p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </td></tr></table></body></html>
        """)
    hs = base(addr("Hauber Maschinenbau GmbH", "no-reply@softgarden.io"),
              "Ihre Bewerbung bei der Hauber Maschinenbau GmbH – bitte Termin auswählen",
              "2026-10-26 14:12:03", "Europe/Berlin",
              "<sg.58117204.1792933923.7a2e@mailer01.softgarden.io>",
              src="from mailer01.softgarden.io (mailer01.softgarden.io [185.117.40.61])",
              ret="bounces@softgarden.io")
    return message(hs, alt(text(body), html(page)))


@mail(nm(35), family="slot_proposal", lang="de", interview=False, company="Murtal Antriebstechnik GmbH",
      days=(("Tue", "2026-12-01"), ("Wed", "2026-12-02"), ("Fri", "2026-12-04")),
      note="Austrian HR proposes three on-site slots (1., 2. or 4. Dezember) and asks which one suits; "
           "nothing agreed yet")
def murtal_slots() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        vielen Dank für das angenehme Telefonat am Mittwoch! Wie besprochen möchten wir Sie gerne zu
        einem persönlichen Gespräch zu uns nach Graz einladen. Folgende Termine könnten wir Ihnen
        anbieten:

        • Dienstag, 1. Dezember, 9:45 Uhr
        • Mittwoch, 2. Dezember, 14:00 Uhr
        • Freitag, 4. Dezember, 10:30 Uhr

        Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen am besten passt. Falls keiner davon
        möglich ist, finden wir sicher eine Alternative – gerne auch in der Woche darauf.

        Schöne Grüße aus Graz
        Claudia Hofer-Pichler

        Mag. Claudia Hofer-Pichler
        Human Resources | Recruiting
        Murtal Antriebstechnik GmbH
        Triester Straße 388 | 8055 Graz | Österreich
        T +43 316 4718-205
        c.hofer-pichler@murtal-antriebe.at | www.murtal-antriebe.at
        """)
    hs = base(addr("Hofer-Pichler Claudia", "c.hofer-pichler@murtal-antriebe.at"),
              "Ihre Bewerbung als Embedded Software Engineer (m/w/d) - Terminvorschläge",
              "2026-11-20 15:30:12", "Europe/Vienna",
              "<VI1PR08MB339155E0A1D2C3B4F5E6A7B8C9D04@VI1PR08MB3391.eurprd08.prod.outlook.com>",
              src="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2061.outbound.protection.outlook.com [40.107.8.61])",
              exchange=True, extra=(("Content-Language", "de-AT"),))
    page = ("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
            + "".join(f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
            + "</div></body></html>\n")
    return message(hs, alt(text(body), html(page)))


@mail(nm(36), family="take_home", lang="en", interview=False, company="Alpenrad Robotics AG",
      days=(("Wed", "2026-11-25"),),
      note="Take-home exercise after the technical interview, deadline 'Wednesday 25 November, 18:00 "
           "CET'; the review call will be set up later")
def alpenrad_takehome() -> bytes:
    body = t("""
        Hi Jonas,

        thanks again for yesterday – Reto and I really enjoyed the debugging session, and you found the
        race in the encoder ISR faster than most!

        As the next step we'd like you to do our take-home exercise: a small motor ramp controller for
        an STM32G4 (HAL and a simulated encoder are provided, it all runs in Renode, no hardware
        needed). I've sent an invitation to your GitHub account for the repo
        alpenrad-hiring/takehome-rampctl.

        Please push your solution by Wednesday 25 November, 18:00 CET. It should take around 3-4
        hours; please don't spend much more than that, we really mean it. Once you've submitted, we'll
        find a slot for a 60-minute review call with the team.

        Any questions, just reply here.

        Cheers,
        Nina

        Nina Baumgartner
        Head of People | Alpenrad Robotics AG
        Hardturmstrasse 161, 8005 Zürich
        """)
    hs = base(addr("Nina Baumgartner", "nina.baumgartner@alpenrad.ch"),
              "Alpenrad – take-home exercise",
              "2026-11-19 16:45:20", "Europe/Zurich",
              "<CAN4s8QvX2mZp7bRk1tWy0LeH3cU9dF5gJo@mail.gmail.com>",
              src="from mail-lf1-f48.google.com (mail-lf1-f48.google.com [209.85.167.48])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(nm(37), family="assessment", lang="de", interview=False, company="Donau Motorenwerke AG",
      days=(("Wed", "2026-11-04"),),
      note="Avature online-assessment invitation, to be done any time until 'Mittwoch, 04.11.2026, "
           "23:59 Uhr'; a deadline, not an appointment")
def donau_assessment() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eeeeee">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#262626">
        <tr><td style="background:#1c3f94;padding:20px 28px;color:#ffffff;font-size:18px;letter-spacing:1px">DONAU MOTORENWERKE · KARRIERE</td></tr>
        <tr><td style="padding:28px">
        <p>Sehr geehrter Herr Weidenbach,</p>
        <p>vielen Dank für Ihre Bewerbung bei der Donau Motorenwerke AG als <b>Entwickler Steuergeräte-Software (w/m/d)</b>, Stellen-ID 118204.</p>
        <p>Im nächsten Schritt unseres Auswahlverfahrens bitten wir Sie, an unserem Online-Assessment teilzunehmen. Es besteht aus einem Programmierteil (C, ca. 60 Minuten) und einem Fragebogen zu Ihrer Arbeitsweise (ca. 20 Minuten).</p>
        <p>Sie können das Assessment jederzeit bis einschließlich <b>Mittwoch, 04.11.2026, 23:59 Uhr</b> durchführen.</p>
        <p><a href="https://donaumotorenwerke.avature.net/de_DE/careers/Assessment?token=5b1f0e92c4a7d3" style="background:#1c3f94;color:#ffffff;padding:10px 22px;text-decoration:none">Zum Online-Assessment</a></p>
        <p>Bitte planen Sie die Bearbeitung am Stück ein, eine Unterbrechung ist nicht möglich. Wir empfehlen einen aktuellen Browser (Chrome oder Edge) und eine stabile Internetverbindung.</p>
        <p>Nach Auswertung Ihrer Ergebnisse melden wir uns bei Ihnen zum weiteren Vorgehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Donau Motorenwerke AG</p>
        </td></tr>
        <tr><td style="padding:16px 28px;font-size:11px;color:#777777;border-top:1px solid #dddddd">Donau Motorenwerke AG · Ettinger Straße 70 · 85057 Ingolstadt · Vorsitzender des Aufsichtsrats: Prof. Dr. Hubert Rainer · Vorstand: Dr. Eva Lindner (Vors.) · Sitz: Ingolstadt · Amtsgericht Ingolstadt HRB 1877<br>Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = base(addr("Donau Motorenwerke Karriere", "no-reply@avature.net"),
              "Ihre Bewerbung – Einladung zum Online-Assessment (Stellen-ID 118204)",
              "2026-10-28 09:15:48", "Europe/Berlin",
              "<20261028081548.118204.4410982@donaumotorenwerke.avature.net>",
              src="from mx-out3.avature.net (mx-out3.avature.net [64.79.153.83])",
              exchange=True, ret="bounce-donaumotorenwerke@avature.net",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


@mail(nm(38), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Dentist appointment confirmation 'Dienstag, 10.11.2026, 08:15 Uhr' (iso-8859-15): a "
           "confirmed time, not an interview")
def dentist() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        hiermit bestätigen wir Ihren Termin in unserer Praxis:

        Datum:       Dienstag, 10.11.2026
        Uhrzeit:     08:15 Uhr
        Behandlung:  Kontrolluntersuchung + professionelle Zahnreinigung (ca. 60 Min.)
        Behandlerin: Dr. med. dent. Miriam Schäfer-Ilg

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie bitte mindestens 24 Stunden vorher ab - nicht rechtzeitig abgesagte Termine müssen
        wir Ihnen leider mit 60 € in Rechnung stellen.

        Ihr Praxisteam
        Zahnarztpraxis Dr. Schäfer-Ilg
        Rotebühlstraße 121 · 70178 Stuttgart
        Tel. 0711 6152280 · Online-Terminbuchung: www.zahnarzt-schaefer-ilg.de
        """)
    hs = base(addr("Zahnarztpraxis Dr. Schäfer-Ilg", "praxis@zahnarzt-schaefer-ilg.de", charset="iso-8859-15"),
              "Terminbestätigung: Ihr Termin am 10.11.2026 um 08:15 Uhr",
              "2026-10-30 11:20:05", "Europe/Berlin",
              "<20261030112005.3F2A1C@praxis-server.zahnarzt-schaefer-ilg.de>",
              src="from smtp.ionos.de (smtp.ionos.de [212.227.126.133])",
              extra=(("X-Mailer", "Praxissoftware Terminmodul 4.2"),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(nm(39), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Recurring daily stand-up at the current employer (Exchange, RRULE weekdays 9:15, 15 min), "
           "sent to the forwarded work address; not an interview")
def standup() -> bytes:
    teams = TEAMS_DE.format(mid="M2Y0ZTVhYjEtYzYwOC00MTNiLTkyZDctNWE4ZjMwYjE3ZDQ2",
                            tid="a9c3e5d1-2f47-4b80-b6e1-7d0c92f4a5e3", bid="367 220 195 804", pw="tR5bK8")
    body = t("""
        Hallo zusammen,

        ab Montag verlegen wir unser Daily auf 9:15 Uhr, damit die Kollegen aus Pune besser teilnehmen
        können. Wie immer max. 15 Minuten, bitte pünktlich sein :)

        VG Stefanie

        """) + teams
    body_html = t("""
        <p class="MsoNormal">Hallo zusammen,</p>
        <p class="MsoNormal">ab Montag verlegen wir unser Daily auf 9:15 Uhr, damit die Kollegen aus Pune besser teilnehmen können. Wie immer max. 15 Minuten, bitte pünktlich sein :)</p>
        <p class="MsoNormal">VG Stefanie</p>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Maier, Stefanie\":mailto:stefanie.maier@hollerbach-technik.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Weidenbach, Jonas\":mailto:jonas.weidenbach@hollerbach-technik.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"TEAM-Antriebssteuerung\":mailto:team-antriebssteuerung@hollerbach-technik.de",
        "DESCRIPTION;LANGUAGE=de-DE:Hallo zusammen\\,\\n\\nab Montag verlegen wir unser Daily auf 9:15 Uhr.\\n",
        "RRULE:FREQ=WEEKLY;UNTIL=20261218T081500Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR;WKST=MO",
        "UID:040000008200E00074C5B7101A82E00800000000E3F1C6A2A83CDD01000000000000000010000000D8B2A7F4C1E0954B9A3C6E2F1D0B7C48",
        "SUMMARY;LANGUAGE=de-DE:Daily Stand-up Team Antriebssteuerung",
        "DTSTART;TZID=W. Europe Standard Time:20260907T091500",
        "DTEND;TZID=W. Europe Standard Time:20260907T093000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:" + stamp("2026-09-04 14:02:31", "Europe/Berlin"),
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:3",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:3",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:1",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subj = "Daily Stand-up Team Antriebssteuerung"
    hs = base(addr("Maier, Stefanie", "stefanie.maier@hollerbach-technik.de"), subj,
              "2026-09-04 14:02:31", "Europe/Berlin",
              "<BE1P281MB2290F7A3C1D04E6B82A9E5C0D1B46@BE1P281MB2290.DEUP281.PROD.OUTLOOK.COM>",
              to=addr("TEAM-Antriebssteuerung", "team-antriebssteuerung@hollerbach-technik.de"),
              src="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2110.outbound.protection.outlook.com [40.107.127.110])",
              exchange=True,
              extra=tuple(exchange_headers(subj, "AdkcN0YfV2t8Rm9XS1G0aQ2fZ3K1tw==", "hollerbach-technik.de"))
              + (("X-Forwarded-For", "jonas.weidenbach@hollerbach-technik.de jonas.weidenbach@example.org"),))
    return message(hs, alt(text(body), html(teams_html(body_html, teams)), calendar(ics, cte="base64")))


@mail(nm(40), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Annual review ('Jahresgespräch / Mitarbeitergespräch') with the current team lead, Exchange "
           "invite: a 'Gespräch' at a fixed time, but not a job interview")
def annual_review() -> bytes:
    body = t("""
        Hallo Jonas,

        wie jedes Jahr im Herbst: unser Jahres- und Zielvereinbarungsgespräch. Bitte füll vorab die
        Selbsteinschätzung im HR-Portal aus (Reiter "Mitarbeitergespräch 2026"), dann können wir die
        Stunde gut nutzen. Themen von meiner Seite: Rückblick Projekt X47-Inverter, deine
        Weiterbildungswünsche (du hattest den AUTOSAR-Adaptive-Kurs erwähnt) und die Gehaltsrunde 2027.

        Wir können uns in 2.07 treffen, Teams-Link ist zur Sicherheit dabei.

        Gruß
        Markus
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Kuhnle, Markus\":mailto:markus.kuhnle@hollerbach-technik.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Weidenbach, Jonas\":mailto:jonas.weidenbach@hollerbach-technik.de",
        "DESCRIPTION;LANGUAGE=de-DE:Hallo Jonas\\,\\n\\nwie jedes Jahr im Herbst: unser Jahres- und Zielvereinbarungsgespräch.\\n",
        "UID:040000008200E00074C5B7101A82E008000000005D4E2F1B3D58DD01000000000000000010000000F6A1C8E3D2B7A04F9E5C1B0A7D3F2E61",
        "SUMMARY;LANGUAGE=de-DE:Jahresgespräch 2026 Jonas / Markus",
        "DTSTART;TZID=W. Europe Standard Time:20261022T150000",
        "DTEND;TZID=W. Europe Standard Time:20261022T160000",
        "CLASS:PRIVATE",
        "PRIORITY:5",
        "DTSTAMP:" + stamp("2026-10-12 10:30:19", "Europe/Berlin"),
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Vaihingen 2.07 / Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subj = "Jahresgespräch 2026 Jonas / Markus"
    hs = base(addr("Kuhnle, Markus", "markus.kuhnle@hollerbach-technik.de"), subj,
              "2026-10-12 10:30:19", "Europe/Berlin",
              "<BE1P281MB22905C9D0E1F2A3B4C5D6E7F8A9B0@BE1P281MB2290.DEUP281.PROD.OUTLOOK.COM>",
              to=addr("Weidenbach, Jonas", "jonas.weidenbach@hollerbach-technik.de"),
              src="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2104.outbound.protection.outlook.com [40.107.127.104])",
              exchange=True,
              extra=tuple(exchange_headers(subj, "AdlaE4k9qR3mS0x2Rk6hY1uP7Ww5Jg==", "hollerbach-technik.de"))
              + (("Sensitivity", "Private"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(nm(41), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Property manager confirms an apartment viewing in Munich 'Donnerstag, 03.12.2026, um 18:00 "
           "Uhr' (asks for the new employment contract): not an interview")
def apartment_viewing() -> bytes:
    body = t("""
        Sehr geehrter Herr Weidenbach,

        vielen Dank für Ihre Anfrage über ImmoScout24 zur 2-Zimmer-Wohnung in der Passauerstraße 41
        (München-Sendling), 3. OG, 58 m².

        Gerne bestätige ich Ihnen den Besichtigungstermin am Donnerstag, 03.12.2026, um 18:00 Uhr.
        Treffpunkt ist vor dem Hauseingang; die Besichtigung findet als Gruppentermin statt (ca. 20
        Minuten).

        Bitte bringen Sie folgende Unterlagen mit:
        - ausgefüllte Mieterselbstauskunft (siehe Anhang)
        - Einkommensnachweise der letzten drei Monate bzw. Arbeitsvertrag
        - SCHUFA-Bonitätsauskunft (nicht älter als 3 Monate)
        - Kopie des Personalausweises

        Mit freundlichen Grüßen

        Veronika Gruber
        Vermietung
        Hausverwaltung Pfanzelt GmbH
        Lindwurmstraße 88 · 80337 München
        Tel. 089 7466 1020
        """)
    hs = base(addr("Veronika Gruber | Hausverwaltung Pfanzelt", "vermietung@pfanzelt-hv.de"),
              "Besichtigungstermin Passauerstraße 41, 2-Zi.-Whg. 3. OG",
              "2026-11-28 10:12:44", "Europe/Berlin",
              "<000001db4a1f$7c3e2b10$74ba8130$@pfanzelt-hv.de>",
              src="from mout.kundenserver.de (mout.kundenserver.de [212.227.17.10])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtKH3w+KxC0nZ1mS8eFqQ6fXJ0p7g==")))
    return message(hs, alt(text(body), html("<html><body style=\"font-family:Arial;font-size:10pt\">"
                                            + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>\n"
                                                      for x in body.strip().split("\n\n"))
                                            + "</body></html>\n")))


@mail(nm(42), family="meetup", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Meetup RSVP confirmation with ICS for a community talk evening (Thu 15 Oct, 18:30): not an "
           "interview")
def meetup() -> bytes:
    body = t("""
        Sie haben zugesagt!

        Embedded Stuttgart #31 – Rust auf Mikrocontrollern (embassy & RTIC in der Praxis)
        Donnerstag, 15. Oktober 2026, 18:30 bis 21:00 MESZ

        CoWork Stuttgart-Mitte
        Tübinger Straße 43, 70178 Stuttgart

        Programm:
        18:30  Ankommen, Pizza & Getränke (danke an unseren Sponsor!)
        19:00  "Von C nach Rust – ein Erfahrungsbericht aus der Serienentwicklung" (Lisa Brenninger)
        19:45  Lightning Talks (meldet euch gern spontan)
        20:15  Networking

        Zu Ihrem Kalender hinzufügen: im Anhang (event.ics)

        Veranstaltung ansehen: https://www.meetup.com/de-DE/embedded-stuttgart/events/303518842/

        Sie können Ihre Zusage jederzeit ändern.

        --
        Meetup, Postfach 2246, New York, NY 10163
        Benachrichtigungseinstellungen: https://www.meetup.com/de-DE/account/comm-prefs/
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Meetup//Meetup Events v1.0//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "DTSTAMP:" + stamp("2026-10-06 19:40:02", "Europe/Berlin"),
        "DTSTART;TZID=Europe/Berlin:20261015T183000",
        "DTEND;TZID=Europe/Berlin:20261015T210000",
        "SUMMARY:Embedded Stuttgart #31 – Rust auf Mikrocontrollern",
        "LOCATION:CoWork Stuttgart-Mitte (Tübinger Straße 43\\, Stuttgart)",
        "URL:https://www.meetup.com/de-DE/embedded-stuttgart/events/303518842/",
        "UID:event_303518842@meetup.com",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = base(addr("Meetup", "info@email.meetup.com"),
              "Sie haben zugesagt: Embedded Stuttgart #31 – Rust auf Mikrocontrollern",
              "2026-10-06 19:40:02", "Europe/Berlin",
              "<0100019a62b1c3d4-8e7f6a5b-4c3d-2e1f-a0b9-c8d7e6f5a4b3-000000@email.amazonses.com>",
              src="from a8-22.smtp-out.amazonses.com (a8-22.smtp-out.amazonses.com [54.240.8.22])",
              exchange=True, ret="0100019a62b1c3d4@amazonses.com",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/de-DE/account/comm-prefs/>"),))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="event.ics",
                                                  disposition="attachment")))


@mail(nm(43), family="marketing_webinar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Zoom webinar registration 'Live-Interview: Wie Quereinsteiger im Vorstellungsgespräch "
           "überzeugen' with ICS: titled like an interview, but a career webinar")
def webinar() -> bytes:
    title = "Live-Interview: Wie Quereinsteiger im Vorstellungsgespräch überzeugen"
    body = t("""
        Hallo Jonas,

        vielen Dank für Ihre Anmeldung zu „{title}“.

        Datum & Uhrzeit: 08.10.2026 05:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Im Gespräch: Dr. Sandra Vogt (Leiterin Recruiting Engineering eines großen Zulieferers) und
        Karriere-Coach Till Berner. Wir sprechen über typische Fragen an Quereinsteiger, den Umgang mit
        Lücken im Lebenslauf und darüber, wie man Projekterfahrung aus dem Maschinenbau in der
        Software-Welt verkauft. Fragen können Sie live im Q&A stellen.

        Über diesen Link beitreten: https://us06web.zoom.us/w/85522017364?tk=Yv4sP0d2nQe1kR9t&uuid=WN_8cL2mVqSRe2r0xTQ1kfb8w
        Kenncode: 882145

        Zum Kalender hinzufügen: Anhang (webinar.ics)

        Sie können Ihre Anmeldung jederzeit stornieren.

        Viele Grüße
        Ihr Team von ingenieurkarriere LIVE
        """).format(title=title)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//zoom.us//iCalendar Event//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "DTSTAMP:" + stamp("2026-09-29 12:00:41", "Europe/Berlin"),
        "DTSTART;TZID=Europe/Berlin:20261008T170000",
        "DTEND;TZID=Europe/Berlin:20261008T180000",
        "SUMMARY:" + title,
        "UID:ZOOM85522017364WN_8cL2mVqSRe2r0xTQ1kfb8w",
        "DESCRIPTION:Webinar von ingenieurkarriere LIVE.\\nBeitreten: https://us06web.zoom.us/w/85522017364",
        "LOCATION:https://us06web.zoom.us/w/85522017364",
        "ORGANIZER;CN=ingenieurkarriere LIVE:mailto:no-reply@zoom.us",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    hs = base(addr("ingenieurkarriere LIVE", "no-reply@zoom.us"),
              f"Bestätigung: {title}",
              "2026-09-29 12:00:41", "Europe/Berlin",
              "<Eh7tT0xqR4Cq8a2W1b3v0Q@geopod-ismtpd-3>",
              src="from o1.ptr2791.zoom.us (o1.ptr2791.zoom.us [149.72.126.143])",
              exchange=True, ret="bounces+7103-5d1e-jonas.weidenbach=example.org@zoom.us")
    return message(hs, mixed(alt(text(body), html("<html><body style=\"font-family:Lato,Arial;font-size:14px\">"
                                                  + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>\n"
                                                            for x in body.strip().split("\n\n"))
                                                  + "</body></html>\n")),
                             calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                      disposition="attachment")))


@mail(nm(44), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Calendly booking (German) of a paid mock interview with a career coach, 'Mittwoch, 7. "
           "Oktober 2026, 18:00': a confirmed time, but practice, not a job interview")
def mock_interview() -> bytes:
    body = t("""
        Hallo Jonas Weidenbach,

        Ihr Termin Probe-Vorstellungsgespräch (Mock Interview, 60 Min.) mit Carola Wendt um 18:00
        (Mitteleuropäische Sommerzeit) am Mittwoch, 7. Oktober 2026 ist geplant.

        Termintyp:
        Probe-Vorstellungsgespräch (Mock Interview, 60 Min.)

        Datum/Uhrzeit des Termins:
        18:00 - 19:00 (Mitteleuropäische Sommerzeit), Mittwoch, 7. Oktober 2026

        Ort:
        Zoom – der Link kommt am Vortag per Mail.

        Beschreibung:
        Wir simulieren ein technisches Vorstellungsgespräch für Ihre Zielposition (bitte eine
        Stellenanzeige mitbringen) inkl. Stressfragen und Gehaltsverhandlung. Danach 15 Minuten
        Feedback. Rechnung folgt nach dem Termin.

        Änderungen an diesem Termin erforderlich?
        Stornieren: https://calendly.com/cancellations/c2e19d7a-4b0f-4e85-a6d3-1f8b9e2c0a57
        Verschieben: https://calendly.com/reschedulings/c2e19d7a-4b0f-4e85-a6d3-1f8b9e2c0a57

        Unterstützt von Calendly.com
        """)
    hs = base(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Probe-Vorstellungsgespräch (Mock Interview, 60 Min.) mit Carola Wendt am "
              "Mittwoch, 7. Oktober 2026",
              "2026-09-30 20:14:58", "Europe/Berlin",
              "<20260930181458.1.9C0D3E5F7A1B2468@mg.calendly.com>",
              src="from m228-61.mailgun.net (m228-61.mailgun.net [159.135.228.61])",
              exchange=True, ret="bounce+1f02c4.3c7a-jonas.weidenbach=example.org@mg.calendly.com",
              extra=(("Reply-To", addr("Carola Wendt", "carola@wendt-karrierecoaching.de")),))
    page = ("<html><body style=\"font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1a1a1a\">"
            + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>\n" for x in body.strip().split("\n\n"))
            + "</body></html>\n")
    return message(hs, alt(text(body), html(page)))


@mail(nm(45), family="podcast", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Podcast host confirms the recording of an 'Interview' about the candidate's career change, "
           "'Mittwoch, 14.10., 17 Uhr': not a job interview")
def podcast() -> bytes:
    body = t("""
        Hi Jonas,

        super, dass du dabei bist! Hiermit bestätige ich unseren Aufnahmetermin fürs Interview:

        Mittwoch, 14.10., 17 Uhr – remote über Riverside, den Link schick ich dir am Vortag.

        Wir reden ca. 45 Minuten über deinen Wechsel vom Maschinenbau in die Embedded-Software: wie
        du angefangen hast (Arduino im Keller? 😄), welche Weiterbildungen sich gelohnt haben und was du
        Leuten rätst, die denselben Schritt überlegen. Die Folge erscheint voraussichtlich Anfang
        Dezember.

        Technik: ein USB-Mikro oder ein gutes Headset reicht völlig, bitte kein Laptop-Mikro. Und wenn
        möglich ein Raum ohne viel Hall.

        Bis dann & liebe Grüße
        Pia

        --
        Pia Lorenz
        Host „Quer eingestiegen – der Podcast für Ingenieur*innen im Wandel“
        https://quer-eingestiegen.de
        """)
    hs = base(addr("Pia Lorenz", "pia.lorenz@quer-eingestiegen.de"),
              "Aufnahmetermin Podcast-Interview 🎙️",
              "2026-10-05 09:40:27", "Europe/Berlin",
              "<a8f3c2e1-7d64-4b09-9e15-3c0b2f7d6a48@quer-eingestiegen.de>",
              src="from mout-p-201.mailbox.org (mout-p-201.mailbox.org [80.241.56.171])",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit"))


@mail(nm(46), family="interviewer_side", lang="de", interview=False, company=None,
      note="Exchange invite from the current employer's HR: the candidate is an interviewer for a "
           "working-student applicant (Thu 22 Oct 10:00): someone else's interview")
def interviewer_side() -> bytes:
    teams = TEAMS_DE.format(mid="OGI1ZDQ3YzEtMGE5ZS00ZjJhLWI4YTQtM2M2ZTE1ZDc5MGIy",
                            tid="a9c3e5d1-2f47-4b80-b6e1-7d0c92f4a5e3", bid="384 061 527 993", pw="Qm2xW7")
    body = t("""
        Hallo Markus, hallo Jonas,

        anbei die Einladung zum Vorstellungsgespräch mit Frau Lea Marković (Werkstudentin Embedded
        Testing, 20 h/Woche, Start Januar). Lebenslauf und Zeugnisse findet ihr im Bewerberportal.

        Vorschlag zum Ablauf: 10 Min. Vorstellung Hollerbach (ich), 30 Min. Fachliches (Jonas: Python,
        Testautomatisierung am HIL, Grundlagen CAN), 15 Min. Fragen der Bewerberin.

        Bitte tragt eure Bewertung bis Montag nach dem Gespräch im Portal ein.

        Danke euch!
        Ines

        """) + teams
    body_html = t("""
        <p class="MsoNormal">Hallo Markus, hallo Jonas,</p>
        <p class="MsoNormal">anbei die Einladung zum Vorstellungsgespräch mit Frau Lea Marković (Werkstudentin Embedded Testing, 20 h/Woche, Start Januar). Lebenslauf und Zeugnisse findet ihr im Bewerberportal.</p>
        <p class="MsoNormal">Vorschlag zum Ablauf: 10 Min. Vorstellung Hollerbach (ich), 30 Min. Fachliches (Jonas: Python, Testautomatisierung am HIL, Grundlagen CAN), 15 Min. Fragen der Bewerberin.</p>
        <p class="MsoNormal">Bitte tragt eure Bewertung bis Montag nach dem Gespräch im Portal ein.</p>
        <p class="MsoNormal">Danke euch!<br>Ines</p>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Rössler, Ines (HR)\":mailto:ines.roessler@hollerbach-technik.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Kuhnle, Markus\":mailto:markus.kuhnle@hollerbach-technik.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Weidenbach, Jonas\":mailto:jonas.weidenbach@hollerbach-technik.de",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.markovic@example.net:mailto:lea.markovic@example.net",
        "DESCRIPTION;LANGUAGE=de-DE:Hallo Markus\\, hallo Jonas\\,\\n\\nanbei die Einladung zum Vorstellungsgespräch mit Frau Lea Marković.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E55EDD01000000000000000010000000B7E4F1A0C9D3286E5F2A1C0B9E8D7F34",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Lea Marković – Werkstudentin Embedded Testing (Interviewer: M. Kuhnle\\, J. Weidenbach)",
        "DTSTART;TZID=W. Europe Standard Time:20261022T100000",
        "DTEND;TZID=W. Europe Standard Time:20261022T110000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:" + stamp("2026-10-19 13:05:50", "Europe/Berlin"),
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Vaihingen Besprechungsraum 1.12 \"Neckar\"",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    subj = "Vorstellungsgespräch Lea Marković – Werkstudentin Embedded Testing (Interviewer: M. Kuhnle, J. Weidenbach)"
    hs = base(addr("Rössler, Ines (HR)", "ines.roessler@hollerbach-technik.de"), subj,
              "2026-10-19 13:05:50", "Europe/Berlin",
              "<BE1P281MB2290A4B3C2D1E0F9A8B7C6D5E4F30@BE1P281MB2290.DEUP281.PROD.OUTLOOK.COM>",
              to=", ".join([addr("Kuhnle, Markus", "markus.kuhnle@hollerbach-technik.de"),
                            addr("Weidenbach, Jonas", "jonas.weidenbach@hollerbach-technik.de")]),
              src="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2117.outbound.protection.outlook.com [40.107.127.117])",
              exchange=True,
              extra=tuple(exchange_headers(subj, "AdlhBq1zPm4sR7cWQ0y2XkE5vN8fUg==", "hollerbach-technik.de")))
    return message(hs, alt(text(body), html(teams_html(body_html, teams)), calendar(ics, cte="base64")))


@mail(nm(47), family="reference_call", lang="de", interview=False, company=None,
      note="Former boss (Swabian colouring) says he has the reference call with the startup 'morge um "
           "elfe': a fixed call, but between the referee and the employer, not the candidate's interview")
def reference_call() -> bytes:
    body = t("""
        Servus Jonas,

        kurz zur Info: dr Herr Sailer vo dere Vireon hat sich heut bei mir gmeldet, mir telefoniered
        morge um elfe wege dr Referenz. Ich sag natürlich nur Guts, gell – au wenn du mir damals d
        Konstruktion im Stich glassa hasch 😉

        Gibt's irgendwas, was ich bsonders betone soll? Und falls er nach Schwäche fragt: ich dät
        sage, dass du manchmal z'gründlich bisch, des isch ja eigentlich koi Schwäche.

        Drück dr d Daume!

        Grüßle
        Achim

        --
        Achim Bräuninger
        Bräuninger Konstruktion & Anlagenplanung
        Mobil 0172 8804 319
        """)
    hs = base(addr("Achim Bräuninger", "achim.braeuninger@example.net"),
              "Referenz Vireon",
              "2026-11-24 19:25:06", "Europe/Berlin",
              "<D9E2F1C0-4A7B-4E3D-9C18-5B0A7F2E6D31@example.net>",
              src="from mout.example.net (mout.example.net [198.51.100.80])",
              extra=(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),))
    return message(hs, text(body, cte="quoted-printable"))


@mail(nm(48), family="auto_reply", lang="de", interview=False, company="Brennwald Automotive GmbH",
      days=(("Mon", "2026-11-09"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to the candidate's reply on the "
           "Workday interview thread; 'Interview Scheduled' only in the quoted subject")
def ooo_reply() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 09.11.2026, nicht im Büro und habe in dieser Zeit nur
        eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden
        Fällen wenden Sie sich bitte an unser Talent-Acquisition-Team unter talent@brennwald-automotive.de.

        Thank you for your message. I am out of the office until Monday, 9 November 2026, with limited
        access to e-mail. For urgent matters please contact talent@brennwald-automotive.de.

        Sabine Obermeier
        Talent Acquisition Partner
        Brennwald Automotive GmbH · Frankfurter Ring 193 · 80807 München
        """)
    hs = base(addr("Obermeier, Sabine", "sabine.obermeier@brennwald-automotive.de"),
              "Automatische Antwort: Re: Interview Scheduled: Embedded Software Engineer Battery Management Systems (m/f/d)",
              "2026-11-06 08:12:40", "Europe/Berlin",
              "<AM0PR10MB35887A1C4D2E0F3B9E5C6A7D8B9C0@AM0PR10MB3588.EURPRD10.PROD.OUTLOOK.COM>",
              src="from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2128.outbound.protection.outlook.com [40.107.21.128])",
              exchange=True, ret="",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAM7x0pW5cN1qe8rZyT3@mail.example.org>"),
                     ("References", "<CAM7x0pW5cN1qe8rZyT3@mail.example.org>"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "sabine.obermeier@brennwald-automotive.de"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body))


@mail(nm(49), family="bounce", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Postfix bounce (multipart/report) of the candidate's own mail to a mistyped HR address; the "
           "returned message quotes the interview time, but the bounce itself confirms nothing")
def bounce() -> bytes:
    orig_body = t("""
        Sehr geehrte Frau Gaiser,

        vielen Dank für die Terminbestätigung – ich freue mich auf unser Gespräch am Freitag, 6.11.,
        um 13:30 Uhr in Karlsruhe.

        Eine kurze Frage noch: Gibt es vor Ort Besucherparkplätze, oder sollte ich besser mit der Bahn
        anreisen?

        Mit freundlichen Grüßen
        Jonas Weidenbach
        """)
    orig = message([
        ("Return-Path", f"<{ME}>"),
        ("From", addr(ME_NAME, ME)),
        ("To", "petra.gaisr@hauber-maschinenbau.de"),
        ("Subject", enc("Frage zum Vorstellungsgespräch am 06.11.")),
        ("Date", date("2026-10-28 10:02:11", "Europe/Berlin")),
        ("Message-ID", "<CAM7x0pZ8kD2vr6sQwN9@mail.example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(orig_body, params="format=flowed", cte="8bit"))
    explain = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <petra.gaisr@hauber-maschinenbau.de>: host
            hauber-maschinenbau-de.mail.protection.outlook.com[52.101.68.17] said: 550
            5.4.1 Recipient address rejected: Access denied.
            [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-10-28T09:02:14.512Z
            08DEF1A2B3C4D5E6] (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4Q8rTz1KqWz9Lm
        X-Postfix-Sender: rfc822; jonas.weidenbach@example.org
        Arrival-Date: Wed, 28 Oct 2026 10:02:12 +0100 (CET)

        Final-Recipient: rfc822; petra.gaisr@hauber-maschinenbau.de
        Original-Recipient: rfc822;petra.gaisr@hauber-maschinenbau.de
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; hauber-maschinenbau-de.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
        """)
    report = make_multipart_report(
        raw_part([("Content-Description", "Notification"),
                  ("Content-Type", 'text/plain; charset="us-ascii"')], explain),
        raw_part([("Content-Description", "Delivery report"),
                  ("Content-Type", "message/delivery-status")], status),
        attached_message(orig),
    )
    hs = base(addr("Mail Delivery System", "MAILER-DAEMON@mx01.example.org"),
              "Undelivered Mail Returned to Sender",
              "2026-10-28 10:02:15", "Europe/Berlin",
              "<20261028090215.8C1A2B3D4E@mx01.example.org>", ret="",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


def make_multipart_report(*parts):
    from make import multipart

    return multipart("report", *parts, params="report-type=delivery-status")


@mail(nm(50), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Career newsletter about interview questions, with a teaser for the next live webinar "
           "('Donnerstag, 22.10., 17 Uhr'); List-Unsubscribe; confirms nothing")
def newsletter() -> bytes:
    body = t("""
        ingenieurkarriere – Der Newsletter für Ingenieurinnen und Ingenieure
        Ausgabe 42/2026

        DIE 10 HÄUFIGSTEN FRAGEN IM VORSTELLUNGSGESPRÄCH – UND WIE INGENIEURE PUNKTEN

        „Erzählen Sie etwas über sich“ – klingt harmlos, ist aber die Frage, an der die meisten
        Gespräche schon in den ersten fünf Minuten kippen. Wir haben mit Personalerinnen aus Automotive
        und Maschinenbau gesprochen und die Klassiker gesammelt: von der Gehaltsfrage über „Warum
        wollen Sie wechseln?“ bis zur gefürchteten Live-Coding-Aufgabe.
        Weiterlesen: https://www.ingenieurkarriere-news.de/ratgeber/10-fragen-vorstellungsgespraech

        QUEREINSTIEG IN DIE SOFTWARE: LOHNT SICH DER MASTER?
        Drei Ingenieure erzählen, wie sie ohne Informatikstudium in der Embedded-Entwicklung
        gelandet sind.
        Weiterlesen: https://www.ingenieurkarriere-news.de/ratgeber/quereinstieg-software

        GEHALTSREPORT 2026: SO VIEL VERDIENEN EMBEDDED-ENTWICKLER IN BADEN-WÜRTTEMBERG
        Weiterlesen: https://www.ingenieurkarriere-news.de/gehalt/embedded-2026

        TERMIN-TIPP
        Nächstes Live-Interview mit Recruiting-Expertin Dr. Sandra Vogt: Donnerstag, 22.10., 17 Uhr.
        Jetzt kostenlos anmelden: https://www.ingenieurkarriere-news.de/live

        --
        Sie erhalten diesen Newsletter, weil Sie sich auf ingenieurkarriere-news.de angemeldet haben.
        Abmelden: https://www.ingenieurkarriere-news.de/newsletter/abmelden?id=a71c9e
        ingenieurkarriere Medien GmbH · Kronenstraße 30 · 70174 Stuttgart
        """)
    page = ("<html><body style=\"margin:0;background:#f0f3f6\"><table width=\"640\" align=\"center\" "
            "cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;font-family:Georgia,serif;font-size:15px\">\n"
            + "".join(f"<tr><td style=\"padding:10px 28px\">{x.replace(chr(10), '<br>')}</td></tr>\n"
                      for x in body.strip().split("\n\n"))
            + "</table></body></html>\n")
    hs = base(addr("ingenieurkarriere Newsletter", "newsletter@ingenieurkarriere-news.de"),
              "Die 10 häufigsten Fragen im Vorstellungsgespräch – und wie Ingenieure punkten",
              "2026-10-18 08:00:04", "Europe/Berlin",
              "<nl-42-2026.a71c9e.20261018060004@news.ingenieurkarriere-news.de>",
              src="from mail.news.ingenieurkarriere-news.de (mail.news.ingenieurkarriere-news.de [185.15.244.71])",
              exchange=True, ret="bounce-a71c9e@news.ingenieurkarriere-news.de",
              extra=(("List-Unsubscribe", "<https://www.ingenieurkarriere-news.de/newsletter/abmelden?id=a71c9e>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))
