"""blind197: 50 hand-written mails from the inbox of Lukas Maier (Ulm, commercial-vehicle embedded
engineer), September to mid-December 2026. Built and checked by ``make_blind.py blind197``.

Written blind: without reading the detector, its tests, its fixtures or the other held-out mails.
"""

from __future__ import annotations

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

ORDER = random.Random(1970197).sample(range(1, 51), 50)
ME = "lukas.maier@example.org"
ME_NAME = "Lukas Maier"
TO = addr(ME_NAME, ME)
MX = "mx02.example.org (Postfix) with ESMTPS id"
B = "Europe/Berlin"


def n(key: int) -> str:
    """File name of the mail written key-th."""
    return f"blind197_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, qid: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {qid}", ME, lag))


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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 14:00", B), end=utc("2026-09-15 15:00", B),
      contact="hannah.roth@kestreldrive.de", company="Kestrel Drive Systems",
      local="Tue 2026-09-15 14:00", local_end="2026-09-15 15:00", zone=B,
      note="Greenhouse confirmation sent from a greenhouse-mail relay; '2:00 PM - 3:00 PM CEST' on "
           "Tue 15 Sep (CEST = UTC+2) -> 12:00-13:00Z; contact = human Reply-To recruiter")
def k01() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for making the time - your interview with Kestrel Drive Systems is confirmed.

        Role: Embedded Software Engineer - Vehicle Control Units (Munich / hybrid)
        When: Tuesday, September 15, 2026, 2:00 PM - 3:00 PM CEST
        Where: Zoom
        https://kestreldrive.zoom.us/j/84512097731?pwd=bWx0RnRkS3ZQc1lYa2hWZ0
        Meeting ID: 845 1209 7731
        Passcode: 318604

        You'll meet:
        - Dr. Felix Anderl, Head of VCU Software
        - Hannah Roth, Talent Acquisition

        Expect a conversation about your work on J1939 stacks and AUTOSAR Classic, and a short
        code-reading exercise (no preparation needed).

        If anything changes on your side, just reply to this email.

        Best,
        Hannah Roth
        Talent Acquisition Partner | Kestrel Drive Systems GmbH
        Landsberger Str. 302, 80687 Munich
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Lukas,</p>
        <p>Thanks for making the time &ndash; your interview with <b>Kestrel Drive Systems</b> is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Role</b></td><td>Embedded Software Engineer &ndash; Vehicle Control Units (Munich / hybrid)</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026, 2:00 PM &ndash; 3:00 PM CEST</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://kestreldrive.zoom.us/j/84512097731?pwd=bWx0RnRkS3ZQc1lYa2hWZ0">Zoom</a>
        &middot; Meeting ID 845 1209 7731 &middot; Passcode 318604</td></tr>
        </table>
        <p>You&#39;ll meet:</p>
        <ul><li>Dr. Felix Anderl, Head of VCU Software</li><li>Hannah Roth, Talent Acquisition</li></ul>
        <p>Expect a conversation about your work on J1939 stacks and AUTOSAR Classic, and a short
        code-reading exercise (no preparation needed).</p>
        <p>If anything changes on your side, just reply to this email.</p>
        <p>Best,<br>Hannah Roth<br>Talent Acquisition Partner | Kestrel Drive Systems GmbH<br>
        Landsberger Str. 302, 80687 Munich</p>
        <img src="https://app.greenhouse.io/email_open/8f1c2a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    when = "2026-09-09 16:22:41"
    return message([
        rcv("mail-pf1-f198.us.greenhouse-mail.io", "198.2.180.41", when, B, "4Hq2Lm0Zt9z3"),
        ("From", addr("Hannah Roth", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Hannah Roth", "hannah.roth@kestreldrive.de")),
        ("To", TO),
        ("Subject", "Interview Confirmation: Embedded Software Engineer (Vehicle Control Units) - "
                    "Kestrel Drive Systems"),
        ("Date", date(when, B)),
        ("Message-ID", "<5f0e9c1d7a.20260909142241.gh.4471@us.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body), html(page)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-23 10:30", B), end=utc("2026-09-23 12:00", B),
      contact="sabine.koegel@albtrans.de", company="Albtrans Fahrzeugtechnik GmbH",
      local="Wed 2026-09-23 10:30", local_end="2026-09-23 12:00", zone=B,
      note="Personio invitation confirmed on site in Ulm; 'Mittwoch, 23.09.2026, 10:30 - 12:00 Uhr' "
           "is CEST (UTC+2) -> 08:30-10:00Z; contact = Reply-To HR person (sender is Personio no-reply)")
def k02() -> bytes:
    body = t("""
        Sehr geehrter Herr Maier,

        vielen Dank für Ihre Rückmeldung. Hiermit bestätigen wir Ihnen gerne den Termin für das
        persönliche Vorstellungsgespräch:

        Position: Softwareentwickler Embedded Systems Nutzfahrzeuge (m/w/d)
        Datum: Mittwoch, 23.09.2026
        Uhrzeit: 10:30 - 12:00 Uhr
        Ort: Albtrans Fahrzeugtechnik GmbH, Böfinger Steige 40, 89075 Ulm, Empfang Gebäude B

        Ihre Gesprächspartner sind Herr Dr. Reinhold Bayer (Leitung Elektrik/Elektronik) und ich.
        Parkplätze finden Sie direkt vor Gebäude B. Bitte melden Sie sich am Empfang.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Sabine Kögel
        Personalreferentin
        Albtrans Fahrzeugtechnik GmbH
        Tel. +49 731 55012-214

        --
        Diese E-Mail wurde über Personio versendet.
        """)
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7"><div style="max-width:600px;margin:0 auto;background:#fff;
        padding:24px;font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <p>Sehr geehrter Herr Maier,</p>
        <p>vielen Dank für Ihre Rückmeldung. Hiermit bestätigen wir Ihnen gerne den Termin für das
        persönliche Vorstellungsgespräch:</p>
        <p><strong>Position:</strong> Softwareentwickler Embedded Systems Nutzfahrzeuge (m/w/d)<br>
        <strong>Datum:</strong> Mittwoch, 23.09.2026<br>
        <strong>Uhrzeit:</strong> 10:30 - 12:00 Uhr<br>
        <strong>Ort:</strong> Albtrans Fahrzeugtechnik GmbH, Böfinger Steige 40, 89075 Ulm, Empfang Gebäude B</p>
        <p>Ihre Gesprächspartner sind Herr Dr. Reinhold Bayer (Leitung Elektrik/Elektronik) und ich.
        Parkplätze finden Sie direkt vor Gebäude B. Bitte melden Sie sich am Empfang.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Sabine Kögel<br>Personalreferentin<br>Albtrans Fahrzeugtechnik GmbH<br>Tel. +49 731 55012-214</p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet.</p>
        </div></body></html>
        """)
    when = "2026-09-17 11:05:12"
    return message([
        rcv("mail-a12.eu.personio.de", "185.211.21.12", when, B, "4Hs8Wc3RkYz1"),
        ("From", addr("Albtrans Fahrzeugtechnik GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Sabine Kögel", "sabine.koegel@albtrans.de")),
        ("To", TO),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs - Softwareentwickler Embedded Systems")),
        ("Date", date(when, B)),
        ("Message-ID", "<0102019a3f4e8c21-7d3e-4b1f-a2c0-personio-mail-9912@eu-central-1.amazonses.com>"),
    ], alt(text(body, cte="8bit"), html(page, cte="base64")))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 08:45", B), end=None,
      contact="g.haeberle@blautal-steuerung.de", company="Blautal Steuerungstechnik GmbH",
      local="Thu 2026-10-08 08:45", zone=B,
      days=(("Fri", "2026-10-02"), ("Thu", "2026-10-08"), ("Fri", "2026-10-09")),
      note="Swabian reply from the managing director's phone: 'kommende Woche Donnerstag um drei viertel "
           "neun' from a Date of Fri 2 Oct = Thu 8 Oct 08:45 CEST -> 06:45Z; 'so a Stund' is not an exact "
           "length -> end null; closes the proposal of the earlier mail in this thread")
def k03() -> bytes:
    body = t("""
        Grüß Gott Herr Maier,

        des passt mir guad. Dann machet mir's kommende Woche Donnerstag um drei viertel neun bei uns in Blaubeuren, Karlstraße 11, 1. Stock. Kaffee gibts. Rechnet Sie mal so a Stund, eher mehr, ich zeig Ihne danach noch d Werkstatt.

        Freitag geht bei mir net, da bin i in Friedrichshafen.

        Grüßle
        Gerhard Häberle

        Von meinem iPhone gesendet

        > Am 02.10.2026 um 17:58 schrieb Lukas Maier <lukas.maier@example.org>:
        >
        > Sehr geehrter Herr Häberle,
        >
        > vielen Dank für die Einladung. Donnerstag, 8.10., um 8:45 Uhr passt mir sehr gut,
        > alternativ ginge auch Freitag.
        >
        > Viele Grüße
        > Lukas Maier
        """)
    when = "2026-10-02 18:41:07"
    return message([
        rcv("mo4-p00-ob.smtp.rzone.de", "81.169.146.161", when, B, "4Hv1Nq6PbKz7"),
        ("From", addr("Gerhard Häberle", "g.haeberle@blautal-steuerung.de")),
        ("To", TO),
        ("Subject", "Re: Ihre Bewerbung als Embedded-Entwickler"),
        ("Date", date(when, B)),
        ("Message-ID", "<E3B7C1A0-5D2F-4A8E-9B61-0C2F7D4E8A19@blautal-steuerung.de>"),
        ("In-Reply-To", "<c9a1e7f2-3b44-4d1b-8f0e-4a2c71d3b5e0@example.org>"),
        ("References", "<7f2e11ab-91c3-4c5d-b0a8-d2c1e44f6a71@blautal-steuerung.de>\r\n"
                       " <c9a1e7f2-3b44-4d1b-8f0e-4a2c71d3b5e0@example.org>"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ], text(body, cte="quoted-printable"))


@mail(n(4), family="exchange", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", B), end=utc("2026-10-26 10:00", B),
      contact="markus.ostertag@donauwerk-nfz.de", company="Donauwerk Nutzfahrzeuge AG",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=B,
      note="Outlook/Teams meeting request whose body names no time: the time is only in the ICS "
           "(TZID W. Europe Standard Time, 20261026T090000). Sent Thu 22 Oct in CEST, but the clocks go "
           "back on Sun 25 Oct, so Mon 26 Oct 09:00 is CET (UTC+1) -> 08:00Z; contact = sender/ORGANIZER")
def k04() -> bytes:
    body = t("""
        Hallo Herr Maier,

        wie eben telefonisch besprochen anbei die Einladung zum Fachgespräch über Teams. Mit dabei ist
        Frau Yilmaz aus dem Team Bremssysteme.

        Viele Grüße
        Markus Ostertag
        Teamleiter Steuergerätesoftware
        Donauwerk Nutzfahrzeuge AG | Otto-Renner-Str. 3 | 89231 Neu-Ulm

        ________________________________________________________________________________
        Microsoft Teams Hilfe benötigt?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>
        Jetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE3ZTk2YjEtZmQ4My00@thread.v2/0?context=%7b%22Tid%22%3a%22a3c1%22%7d>
        Besprechungs-ID: 372 918 440 216
        Kennung: Xh7pQ2
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Maier,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">wie eben telefonisch besprochen anbei die Einladung zum Fachgespräch über Teams.
        Mit dabei ist Frau Yilmaz aus dem Team Bremssysteme.</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Viele Grüße<br>Markus Ostertag<br>Teamleiter Steuergerätesoftware<br>
        Donauwerk Nutzfahrzeuge AG | Otto-Renner-Str. 3 | 89231 Neu-Ulm</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams</span>
        <a href="https://aka.ms/JoinTeamsMeeting?omkt=de-DE">Hilfe benötigt?</a></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE3ZTk2YjEtZmQ4My00@thread.v2/0?context=%7b%22Tid%22%3a%22a3c1%22%7d" style="font-size:20px;font-weight:600;color:#5B5FC7">Jetzt an der Besprechung teilnehmen</a></div>
        <div>Besprechungs-ID: 372 918 440 216<br>Kennung: Xh7pQ2</div>
        </div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Ostertag Markus:mailto:markus.ostertag@donauwerk-nfz.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Maier:mailto:lukas.maier@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yilmaz Derya:mailto:derya.yilmaz@donauwerk-nfz.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Maier,\\n\\nwie eben telefonisch besprochen anbei die Einladung zum Fachgespräch über Teams.\\n
UID:040000008200E00074C5B7101A82E00800000000D0C3A9E4F75DDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Fachgespräch Embedded Software Engineer - Lukas Maier
DTSTART;TZID=W. Europe Standard Time:20261026T090000
DTEND;TZID=W. Europe Standard Time:20261026T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T131200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
END:VCALENDAR"""])
    when = "2026-10-22 15:12:33"
    return message([
        rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.71", when, B, "4Hy3Gt7RwNz2"),
        ("From", addr("Ostertag Markus", "markus.ostertag@donauwerk-nfz.de")),
        ("To", addr("Lukas Maier", ME)),
        ("CC", addr("Yilmaz Derya", "derya.yilmaz@donauwerk-nfz.de")),
        ("Subject", enc("Fachgespräch Embedded Software Engineer - Lukas Maier")),
        ("Thread-Topic", enc("Fachgespräch Embedded Software Engineer - Lukas Maier")),
        ("Thread-Index", "AdxkGq3MvR2tUe1nQ0i6pZkq9fC1Aw=="),
        ("Date", date(when, B)),
        ("Message-ID", "<AM9PR03MB7201C4E1B8D2A06F3E9D1C44A3922@AM9PR03MB7201.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, cte="base64"), html(page, cte="base64"),
           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(5), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-06 13:00", B), end=utc("2026-10-06 14:30", B),
      contact="melanie.brugger@heuberger-antriebe.de", company="Heuberger Antriebstechnik GmbH",
      local="Tue 2026-10-06 13:00", local_end="2026-10-06 14:30", zone=B,
      note="softgarden confirmation, HTML only (base64) plus termin.ics; 'Di., 06.10.2026, 13:00 - 14:30 "
           "Uhr' CEST -> 11:00-12:30Z; sender and ICS organizer are softgarden no-reply, so contact = the "
           "Ansprechpartnerin's address in the body")
def k05() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Terminbestätigung</title></head>
        <body style="margin:0;padding:0;background:#eef1f4">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <tr><td style="padding:20px 30px;border-bottom:3px solid #c8102e">
        <img src="https://static.softgarden.io/heuberger/logo.png" alt="Heuberger Antriebstechnik" height="36"></td></tr>
        <tr><td style="padding:24px 30px">
        <p>Sehr geehrter Herr Maier,</p>
        <p>vielen Dank, dass Sie einen Termin gewählt haben. Wir freuen uns, Sie zum Vorstellungsgespräch für die Stelle
        <b>Embedded Software Engineer Antriebssteuerung (m/w/d)</b> begrüßen zu dürfen.</p>
        <table cellspacing="0" cellpadding="6" style="background:#f6f7f9;width:100%">
        <tr><td width="120"><b>Termin</b></td><td>Di., 06.10.2026, 13:00 - 14:30 Uhr</td></tr>
        <tr><td><b>Art</b></td><td>Vor Ort</td></tr>
        <tr><td><b>Adresse</b></td><td>Heuberger Antriebstechnik GmbH, Allmannsweilerstraße 88, 88046 Friedrichshafen, Pforte Tor 3</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit, für den Werksrundgang erhalten Sie Sicherheitsschuhe vor Ort.</p>
        <p>Ihre Ansprechpartnerin: Melanie Brugger, Recruiting,
        <a href="mailto:melanie.brugger@heuberger-antriebe.de">melanie.brugger@heuberger-antriebe.de</a>, Tel. +49 7541 3380-112</p>
        <p>Den Termin finden Sie auch im Anhang zum Import in Ihren Kalender.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Heuberger Antriebstechnik GmbH</p>
        </td></tr>
        <tr><td style="padding:14px 30px;font-size:11px;color:#888;border-top:1px solid #ddd">
        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.<br>
        Powered by softgarden e-recruiting GmbH</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//appointment//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:sg-appt-7731904-55129@softgarden.io
DTSTAMP:20260929T071400Z
DTSTART;TZID=Europe/Berlin:20261006T130000
DTEND;TZID=Europe/Berlin:20261006T143000
SUMMARY:Vorstellungsgespräch Heuberger Antriebstechnik GmbH
LOCATION:Allmannsweilerstraße 88\\, 88046 Friedrichshafen\\, Pforte Tor 3
ORGANIZER;CN=Heuberger Antriebstechnik GmbH:mailto:noreply@softgarden.io
ATTENDEE;CN=Lukas Maier;RSVP=FALSE:mailto:lukas.maier@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-09-29 09:14:26"
    return message([
        rcv("mout.softgarden.io", "217.110.92.30", when, B, "4Hu7Pf2LqSz5"),
        ("From", addr("Heuberger Antriebstechnik GmbH", "noreply@softgarden.io")),
        ("To", TO),
        ("Subject", enc("Terminbestätigung: Ihr Vorstellungsgespräch bei der Heuberger Antriebstechnik GmbH")),
        ("Date", date(when, B)),
        ("Message-ID", "<sg.7731904.55129.1790666066@mout.softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(html(page, cte="base64"),
             calendar(ics, method="REQUEST", cte="base64", filename="termin.ics", disposition="attachment",
                      name_param=True)))


@mail(n(6), family="smartrecruiters", lang="de-CH", interview=True, kind="scheduled",
      start=utc("2026-11-13 09:30", "Europe/Zurich"), end=utc("2026-11-13 11:00", "Europe/Zurich"),
      contact="corinne.meier@limmat-fs.ch", company="Limmat Fahrzeugsysteme AG",
      local="Fri 2026-11-13 09:30", local_end="2026-11-13 11:00", zone="Europe/Zurich",
      note="Swiss employer via SmartRecruiters, Swiss spelling (no sharp s, '09.30 - 11.00 Uhr'); Zurich is "
           "CET (UTC+1) in November -> 08:30-10:00Z; ICS TZID Europe/Zurich agrees; contact = Reply-To")
def k06() -> bytes:
    body = t("""
        Grüezi Herr Maier

        Besten Dank für Ihr Interesse an der Stelle «Senior Embedded Software Engineer Nutzfahrzeuge (w/m/d)».
        Gerne bestätigen wir Ihnen das Vorstellungsgespräch wie folgt:

        Datum:        Freitag, 13. November 2026
        Zeit:         09.30 - 11.00 Uhr
        Ort:          Limmat Fahrzeugsysteme AG, Hohlstrasse 560, 8048 Zürich (Altstetten), Empfang Haus C
        Gesprächspartner: Reto Baumgartner (Leiter Software), Corinne Meier-Frei (HR Business Partner)

        Vom Bahnhof Zürich Altstetten sind es rund sieben Minuten zu Fuss. Die Reisekosten ab Ulm
        übernehmen wir selbstverständlich, bitte bewahren Sie die Belege auf.

        Bei Fragen antworten Sie einfach auf diese Nachricht.

        Freundliche Grüsse

        Corinne Meier-Frei
        HR Business Partner
        Limmat Fahrzeugsysteme AG
        """)
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Grüezi Herr Maier</p>
        <p>Besten Dank für Ihr Interesse an der Stelle «Senior Embedded Software Engineer Nutzfahrzeuge (w/m/d)».
        Gerne bestätigen wir Ihnen das Vorstellungsgespräch wie folgt:</p>
        <table cellpadding="3">
        <tr><td>Datum:</td><td>Freitag, 13. November 2026</td></tr>
        <tr><td>Zeit:</td><td>09.30 - 11.00 Uhr</td></tr>
        <tr><td>Ort:</td><td>Limmat Fahrzeugsysteme AG, Hohlstrasse 560, 8048 Zürich (Altstetten), Empfang Haus C</td></tr>
        <tr><td>Gesprächspartner:</td><td>Reto Baumgartner (Leiter Software), Corinne Meier-Frei (HR Business Partner)</td></tr>
        </table>
        <p>Vom Bahnhof Zürich Altstetten sind es rund sieben Minuten zu Fuss. Die Reisekosten ab Ulm
        übernehmen wir selbstverständlich, bitte bewahren Sie die Belege auf.</p>
        <p>Bei Fragen antworten Sie einfach auf diese Nachricht.</p>
        <p>Freundliche Grüsse</p>
        <p>Corinne Meier-Frei<br>HR Business Partner<br>Limmat Fahrzeugsysteme AG</p>
        <p style="color:#999;font-size:10px">Sent via SmartRecruiters</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH_VTZ + """
BEGIN:VEVENT
UID:e41b7a90-2f1d-4c6e-9a3b-smartrecruiters-interview-88213
DTSTAMP:20261105T093000Z
DTSTART;TZID=Europe/Zurich:20261113T093000
DTEND;TZID=Europe/Zurich:20261113T110000
SUMMARY:Vorstellungsgespräch Limmat Fahrzeugsysteme AG
LOCATION:Hohlstrasse 560\\, 8048 Zürich
ORGANIZER;CN=Corinne Meier-Frei:mailto:corinne.meier@limmat-fs.ch
ATTENDEE;CN=Lukas Maier;PARTSTAT=ACCEPTED:mailto:lukas.maier@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-05 10:30:55"
    z = "Europe/Zurich"
    return message([
        rcv("mail-out-7.smartrecruiters.com", "52.28.114.7", when, z, "4J2kWd8MfTz3"),
        ("From", addr("Limmat Fahrzeugsysteme AG", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Corinne Meier-Frei", "corinne.meier@limmat-fs.ch")),
        ("To", TO),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Limmat Fahrzeugsysteme AG", "iso-8859-1")),
        ("Date", date(when, z)),
        ("Message-ID", "<01070193f2a8c0de-sr-5b61e2c4-0a9d-4f8b-b3e7-000000@eu-west-1.amazonses.com>"),
    ], mixed(alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")),
             calendar(ics, method="REQUEST", cte="quoted-printable", filename="interview.ics",
                      disposition="attachment")))


@mail(n(7), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 09:00", B), end=utc("2026-12-03 09:30", B),
      contact="priya@fernwellrobotics.co.uk", company="Fernwell Robotics",
      local="Thu 2026-12-03 09:00", local_end="2026-12-03 09:30", zone=B,
      note="Calendly invitee confirmation for a remote UK team, shown in the invitee's zone: '09:00 - 09:30, "
           "Thursday, December 3, 2026 (Central European Time)' = 08:00-08:30Z (London would say 08:00); "
           "ICS in UTC agrees; contact = Reply-To host")
def k07() -> bytes:
    body = t("""
        Hi Lukas Maier,

        A new event has been scheduled.

        Event Type:
        Screening Interview - Firmware Lead (Remote, EU)

        Invitee:
        Lukas Maier

        Invitee Email:
        lukas.maier@example.org

        Event Date/Time:
        09:00 - 09:30, Thursday, December 3, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/kzr-pqxa-hbm

        Questions:
        Anything you'd like us to know before the call?
        I'm based in Ulm, notice period three months.

        View event in Calendly
        https://calendly.com/events/7b91e2f0-4d1a-4c33-a0b2-e6f91c08d5a1/google_meet

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/ad1f73c2-0e85-4b6a-9d10-4f8e2b7c61aa
        Reschedule: https://calendly.com/reschedulings/ad1f73c2-0e85-4b6a-9d10-4f8e2b7c61aa

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261130T180214Z
UID:ad1f73c2-0e85-4b6a-9d10-4f8e2b7c61aa@calendly.com
DTSTART:20261203T080000Z
DTEND:20261203T083000Z
SUMMARY:Screening Interview - Firmware Lead (Remote\\, EU) between Priya Nandakumar and Lukas Maier
ORGANIZER;CN=Priya Nandakumar:mailto:priya@fernwellrobotics.co.uk
ATTENDEE;CN=Lukas Maier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.maier@example.org
LOCATION:https://meet.google.com/kzr-pqxa-hbm
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-30 19:02:14"
    return message([
        rcv("o3.email.calendly.com", "167.89.101.12", when, B, "4J9xTb1HcVz8"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Priya Nandakumar", "priya@fernwellrobotics.co.uk")),
        ("To", ME),
        ("Subject", "New Event: Lukas Maier - 09:00 Thu, 3 Dec 2026 - Screening Interview - Firmware Lead "
                    "(Remote, EU)"),
        ("Date", date(when, B)),
        ("Message-ID", "<ad1f73c2.invitee.20261130180214@calendly.com>"),
    ], mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


ISAR_ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{vtz}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:{start}
DTEND;TZID=Europe/Berlin:{end}
DTSTAMP:{stamp}
ORGANIZER;CN=Julia Brandl:mailto:julia.brandl@isarlicht.de
UID:3k9v1q7m2c5fhd0t8bx4n6ra2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Julia Brandl;X-NUM-GUESTS=0:mailto:julia.brandl@isarlicht.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.maier@example.org;X-NUM-GUESTS=0:mailto:lukas.maier@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tim Oberholzer;X-NUM-GUESTS=0:mailto:tim.oberholzer@isarlicht.de
X-GOOGLE-CONFERENCE:https://meet.google.com/ywq-kdnp-rte
CREATED:20261202T133012Z
DESCRIPTION:Technisches Interview mit Tim (Lead Vehicle Software). Bitte halte Beispielcode zu CAN/J1939 bereit.
LAST-MODIFIED:{stamp}
LOCATION:
SEQUENCE:{seq}
STATUS:CONFIRMED
SUMMARY:Technisches Interview Lukas Maier / Isarlicht
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


@mail(n(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-09 11:15", B), end=utc("2026-12-09 12:15", B),
      contact="julia.brandl@isarlicht.de", company="Isarlicht Mobility GmbH",
      local="Wed 2026-12-09 11:15", local_end="2026-12-09 12:15", zone=B,
      note="German Google Calendar invitation 'Mi. 9. Dez. 2026 11:15 - 12:15 (MEZ)', CET (UTC+1) -> "
           "10:15-11:15Z; contact = ORGANIZER/sender recruiter; moved two days later (see the update)")
def k08() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Technisches Interview Lukas Maier / Isarlicht
        Mittwoch, 9. Dezember 2026 · 11:15–12:15
        Zeitzone: Europe/Berlin

        Google Meet-Teilnahmeinformationen
        Videoanruf-Link: https://meet.google.com/ywq-kdnp-rte
        Oder telefonisch: (DE) +49 30 300195032 PIN: 518 223 907#

        Organisator
        Julia Brandl
        julia.brandl@isarlicht.de

        Gäste
        Julia Brandl – Organisator
        lukas.maier@example.org
        Tim Oberholzer

        Technisches Interview mit Tim (Lead Vehicle Software). Bitte halte Beispielcode zu CAN/J1939 bereit.

        Antworten für lukas.maier@example.org
        Ja (https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s5djFxN20yYzVm&rst=1)
        Nein (https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s5djFxN20yYzVm&rst=2)
        Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&eid=M2s5djFxN20yYzVm&rst=3)

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie keine Updates
        mehr zu diesem Termin erhalten möchten, lehnen Sie ihn ab.
        """)
    ics = ISAR_ICS.format(vtz=VTZ["Europe/Berlin"], start="20261209T111500", end="20261209T121500",
                          stamp="20261202T133107Z", seq=0)
    when = "2026-12-02 14:31:07"
    subj = "Einladung: Technisches Interview Lukas Maier / Isarlicht @ Mi. 9. Dez. 2026 11:15 - 12:15 (MEZ) " \
           "(lukas.maier@example.org)"
    return message([
        rcv("mail-sor-f73.google.com", "209.85.220.73", when, B, "4JB2Rk5NpDz6"),
        ("From", addr("Julia Brandl", "julia.brandl@isarlicht.de")),
        ("Reply-To", "julia.brandl@isarlicht.de"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", subj),
        ("Date", date(when, B)),
        ("Message-ID", "<calendar-6c0b1f4e-23a9-4d7e-b5c1-7e28f9a04d13@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                 calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(9), family="google_calendar", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-10 14:00", B), end=utc("2026-12-10 15:00", B),
      contact="julia.brandl@isarlicht.de", company="Isarlicht Mobility GmbH",
      local="Thu 2026-12-10 14:00", local_end="2026-12-10 15:00", zone=B,
      note="Google Calendar 'Aktualisierte Einladung': old slot Mi. 9. Dez. 11:15 shown as 'zuvor', new slot "
           "Do. 10. Dez. 2026 14:00-15:00 MEZ -> 13:00-14:00Z; ICS SEQUENCE:1; contact = ORGANIZER")
def k09() -> bytes:
    body = t("""
        Dieser Termin wurde geändert.

        Technisches Interview Lukas Maier / Isarlicht
        Geändert: Donnerstag, 10. Dezember 2026 · 14:00–15:00
        Zuvor: Mittwoch, 9. Dezember 2026 · 11:15–12:15
        Zeitzone: Europe/Berlin

        Google Meet-Teilnahmeinformationen
        Videoanruf-Link: https://meet.google.com/ywq-kdnp-rte

        Organisator
        Julia Brandl
        julia.brandl@isarlicht.de

        Gäste
        Julia Brandl – Organisator
        lukas.maier@example.org
        Tim Oberholzer

        Technisches Interview mit Tim (Lead Vehicle Software). Bitte halte Beispielcode zu CAN/J1939 bereit.

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = ISAR_ICS.format(vtz=VTZ["Europe/Berlin"], start="20261210T140000", end="20261210T150000",
                          stamp="20261204T084811Z", seq=1)
    when = "2026-12-04 09:48:11"
    subj = "Aktualisierte Einladung: Technisches Interview Lukas Maier / Isarlicht @ Do. 10. Dez. 2026 " \
           "14:00 - 15:00 (MEZ) (lukas.maier@example.org)"
    return message([
        rcv("mail-sor-f69.google.com", "209.85.220.69", when, B, "4JC0Fs2QmRz4"),
        ("From", addr("Julia Brandl", "julia.brandl@isarlicht.de")),
        ("Reply-To", "julia.brandl@isarlicht.de"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", subj),
        ("Date", date(when, B)),
        ("Message-ID", "<calendar-1d5e9a70-8b2c-4f61-a3e4-0c9d2b7f5e88@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64"),
                 calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(10), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 10:00", B), end=utc("2026-11-10 11:00", B),
      contact="tobias.renner@sandhofer-tb.com", company="Sandhofer Truck & Bus SE",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:00", zone=B,
      note="Workday interview notification from the tenant mailbox; '10:00 AM - 11:00 AM (CET)' on Tue "
           "10 Nov -> 09:00-10:00Z; recruiter address only in the body -> contact")
def k10() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333">
        <div style="border-top:4px solid #0b3d6b;padding:18px">
        <p>Dear Lukas,</p>
        <p>Thank you for your interest in <b>Senior Software Engineer - Electrified Powertrain ECUs (R-0048812)</b>
        at Sandhofer Truck &amp; Bus SE. Your interview has been scheduled as follows:</p>
        <table style="font-size:14px" cellpadding="4">
        <tr><td><b>Interview Type:</b></td><td>Technical Interview (Virtual)</td></tr>
        <tr><td><b>Date:</b></td><td>Tuesday, 10 November 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM (CET)</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams - the link will be sent by your interviewers</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Dr. Ines Waldhör, Kai Brückner</td></tr>
        </table>
        <p>If you have any questions, please contact your recruiter, Tobias Renner
        (<a href="mailto:tobias.renner@sandhofer-tb.com">tobias.renner@sandhofer-tb.com</a>).</p>
        <p>You can view your application status at any time in our
        <a href="https://sandhofer.wd3.myworkdayjobs.com/Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Sandhofer Truck &amp; Bus SE, Stuttgart</p>
        <p style="font-size:11px;color:#888">This is a system-generated message. Please do not reply.</p>
        </div></body></html>
        """)
    body = t("""
        Dear Lukas,

        Thank you for your interest in Senior Software Engineer - Electrified Powertrain ECUs (R-0048812)
        at Sandhofer Truck & Bus SE. Your interview has been scheduled as follows:

        Interview Type: Technical Interview (Virtual)
        Date: Tuesday, 10 November 2026
        Time: 10:00 AM - 11:00 AM (CET)
        Location: Microsoft Teams - the link will be sent by your interviewers
        Interviewers: Dr. Ines Waldhör, Kai Brückner

        If you have any questions, please contact your recruiter, Tobias Renner
        (tobias.renner@sandhofer-tb.com).

        You can view your application status at any time in our Candidate Home:
        https://sandhofer.wd3.myworkdayjobs.com/Careers/userHome

        Kind regards,
        Talent Acquisition
        Sandhofer Truck & Bus SE, Stuttgart

        This is a system-generated message. Please do not reply.
        """)
    when = "2026-11-02 08:03:40"
    return message([
        rcv("mta-wd3-p12.myworkday.com", "199.127.18.44", when, B, "4J0vMa3KsLz9"),
        ("From", addr("Sandhofer Truck & Bus", "sandhofer@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled: Senior Software Engineer - Electrified Powertrain ECUs (R-0048812)"),
        ("Date", date(when, B)),
        ("Message-ID", "<1730127820417.2219.sandhofer@wd3-prod-notifications.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(body), html(page)))


@mail(n(11), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-07 09:00", "Pacific/Auckland"), end=utc("2026-10-07 10:00", "Pacific/Auckland"),
      contact="aroha.tane@kaurifleet.co.nz", company="Kauri Fleet Systems",
      local="Wed 2026-10-07 09:00", local_end="2026-10-07 10:00", zone="Pacific/Auckland",
      note="Ashby confirmation from a New Zealand remote team: 'Wednesday, October 7, 2026, 9:00 AM - 10:00 "
           "AM NZDT' (NZ daylight time since 27 Sep, UTC+13) -> Tue 6 Oct 20:00-21:00Z, which is Tuesday "
           "22:00 CEST for Lukas (the body says so); local date is the day after the UTC date; ICS "
           "TZID Pacific/Auckland agrees; contact = Reply-To")
def k11() -> bytes:
    body = t("""
        Hi Lukas,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, October 7, 2026, 9:00 AM - 10:00 AM NZDT
        (Your time: Tuesday, October 6, 10:00 PM - 11:00 PM CEST)
        Google Meet: https://meet.google.com/fhe-wtqo-ajk

        You'll meet with:
          Nikau Reweti - Principal Engineer, Haul Truck Autonomy
          Aroha Tane - Talent Partner

        We know this is late in your evening - thanks for making it work across the time zones.

        Questions? Just reply and it will reach Aroha Tane.

        Thanks,
        Kauri Fleet Systems Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Lukas,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Wednesday, October 7, 2026, 9:00 AM &ndash; 10:00 AM NZDT</b><br>
        (Your time: Tuesday, October 6, 10:00 PM &ndash; 11:00 PM CEST)<br>
        Google Meet: <a href="https://meet.google.com/fhe-wtqo-ajk">meet.google.com/fhe-wtqo-ajk</a></p>
        <p>You&#x27;ll meet with:<br>&nbsp;&nbsp;Nikau Reweti &mdash; Principal Engineer, Haul Truck Autonomy<br>
        &nbsp;&nbsp;Aroha Tane &mdash; Talent Partner</p>
        <p>We know this is late in your evening &ndash; thanks for making it work across the time zones.</p>
        <p>Questions? Just reply and it will reach Aroha Tane.</p>
        <p>Thanks,<br>Kauri Fleet Systems Recruiting</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Pacific/Auckland"] + """
BEGIN:VEVENT
UID:0c7d2e51-9a4b-4f3e-8d61-2b7e9c1a5f04
DTSTAMP:20261001T091000Z
DTSTART;TZID=Pacific/Auckland:20261007T090000
DTEND;TZID=Pacific/Auckland:20261007T100000
SEQUENCE:0
SUMMARY:Kauri Fleet Systems - Senior Embedded Engineer (Remote) Interview
LOCATION:https://meet.google.com/fhe-wtqo-ajk
ORGANIZER;CN=Aroha Tane:mailto:aroha.tane@kaurifleet.co.nz
ATTENDEE;CN=Lukas Maier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-01 22:10:00"
    z = "Pacific/Auckland"
    return message([
        rcv("a48-92.smtp-out.amazonses.com", "54.240.48.92", when, z, "4HvQ8Tn2WxZ1"),
        ("From", addr("Kauri Fleet Systems", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Aroha Tane", "aroha.tane@kaurifleet.co.nz")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Interview confirmed: Senior Embedded Engineer (Remote) at Kauri Fleet Systems"),
        ("Date", date(when, z)),
        ("Message-ID", "<0100019248b1c7e2-5d0f3a19-77e4-4c2b-9e31-8a6f0d2b4c17-000000@email.amazonses.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(12), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-30 15:00", B), end=utc("2026-11-30 15:45", B),
      contact="mira.schuster@lechwerk-robotics.de", company="Lechwerk Robotics GmbH",
      local="Mon 2026-11-30 15:00", local_end="2026-11-30 15:45", zone=B,
      note="Teamtailor, du-form startup in Augsburg: 'Mo., 30.11. um 15:00 Uhr (45 Minuten)' CET -> "
           "14:00-14:45Z; Reply-To is a Teamtailor relay, ICS ORGANIZER is the recruiter -> contact")
def k12() -> bytes:
    body = t("""
        Hey Lukas,

        super, dass es geklappt hat! Dein Interview bei Lechwerk Robotics steht:

        📅 Mo., 30.11. um 15:00 Uhr (45 Minuten)
        📍 Video-Call, den Link findest du in der Kalendereinladung im Anhang
        👋 Mit dabei: Mira (People & Culture) und Jonas (Tech Lead Motion Control)

        Wir wollen vor allem verstehen, wie du an Echtzeit-Themen rangehst - kein Leetcode, versprochen.

        Falls was dazwischenkommt, schreib mir einfach direkt: mira.schuster@lechwerk-robotics.de

        Bis Montag!
        Mira Schuster
        People & Culture, Lechwerk Robotics GmbH, Augsburg

        --
        Du erhältst diese E-Mail, weil du dich über career.lechwerk-robotics.de beworben hast.
        Datenschutz: https://career.lechwerk-robotics.de/privacy
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
""" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:tt-meeting-6612094@teamtailor.com
DTSTAMP:20261124T122200Z
DTSTART;TZID=Europe/Berlin:20261130T150000
DTEND;TZID=Europe/Berlin:20261130T154500
SUMMARY:Interview Lechwerk Robotics <> Lukas Maier
DESCRIPTION:Video: https://meet.teamtailor.com/lechwerk/6612094
ORGANIZER;CN=Mira Schuster:mailto:mira.schuster@lechwerk-robotics.de
ATTENDEE;CN=Lukas Maier;RSVP=TRUE:mailto:lukas.maier@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-24 13:22:09"
    return message([
        rcv("o1.mail.teamtailor-mail.com", "149.72.33.201", when, B, "4J7mHq0VsBz2"),
        ("From", addr("Mira Schuster | Lechwerk Robotics", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c7f3a2e9b0d14f6a@teamtailor-mail.com"),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Dein Interview bei Lechwerk Robotics ist bestätigt 🎉")),
        ("Date", date(when, B)),
        ("Message-ID", "<tt.6612094.c7f3a2e9b0d14f6a@teamtailor-mail.com>"),
    ], mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


@mail(n(13), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:30", B), end=utc("2026-09-22 15:30", B),
      contact="andreas.rieger@federsee-elektronik.de", company="Federsee Elektronik GmbH",
      local="Tue 2026-09-22 14:30", local_end="2026-09-22 15:30", zone=B,
      note="Microsoft Bookings confirmation; the zone label shows the standard offset "
           "'(UTC+01:00) Amsterdam, Berlin...' although 22 Sep is CEST, so 14:30 -> 12:30Z (ICS in W. Europe "
           "Standard Time agrees); sender is the Bookings mailbox, contact = staff address in the body")
def k13() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130;max-width:560px">
        <div style="font-size:20px;font-weight:600;padding:12px 0">Ihre Buchung wurde bestätigt</div>
        <p>Hallo Lukas Maier,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Federsee Elektronik GmbH - Bewerbungsgespräche</b>.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Dienst</td><td>Erstgespräch Softwareentwicklung (60 Minuten)</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Dienstag, 22. September 2026 14:30 - 15:30<br>
        (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Andreas Rieger (andreas.rieger@federsee-elektronik.de)</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVkZXJzZWUtYm9va2luZ3M@thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@federsee-elektronik.de/bookings/">Verwalten Sie Ihre Buchung</a></p>
        <p style="font-size:12px;color:#605e5c">Federsee Elektronik GmbH, Riedlinger Str. 61, 88400 Biberach an der Riß</p>
        </div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Federsee Elektronik GmbH - Bewerbungsgespräche:mailto:Bewerbungsgespraeche@federsee-elektronik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Maier:mailto:lukas.maier@example.org
SUMMARY;LANGUAGE=de-DE:Erstgespräch Softwareentwicklung
DTSTART;TZID=W. Europe Standard Time:20260922T143000
DTEND;TZID=W. Europe Standard Time:20260922T153000
UID:040000008200E00074C5B7101A82E00800000000F1B2A3C4D5E6DB010000000000000000100000007F3E2D1C0B9A8877
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260914T144000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""])
    when = "2026-09-14 16:40:02"
    return message([
        rcv("EUR05-VI1-obe.outbound.protection.outlook.com", "40.107.21.89", when, B, "4Ht2Xc9JdFz0"),
        ("From", addr("Federsee Elektronik GmbH - Bewerbungsgespräche",
                      "Bewerbungsgespraeche@federsee-elektronik.de")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Gebucht: Erstgespräch Softwareentwicklung für Lukas Maier")),
        ("Date", date(when, B)),
        ("Message-ID", "<DB9PR07MB8712A3F0C91E4D2B7A5C66E1B9D02@DB9PR07MB8712.eurprd07.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "true"),
    ], mixed(html(page), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                  disposition="attachment")))


@mail(n(14), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-21 11:15", B), end=None,
      contact="stefanie.wolf@bodensee-powertrain.de", company="Bodensee Powertrain GmbH",
      local="Wed 2026-10-21 11:15", zone=B,
      note="Lukas forwards the HR confirmation from his old address to himself as message/rfc822; inner "
           "'Mi., 21.10. um 11:15 Uhr' CEST -> 09:15Z; 'ca. zwei Stunden' -> end null; the candidate is never "
           "the contact, so contact = the HR sender inside the forwarded message")
def k14() -> bytes:
    inner_body = t("""
        Sehr geehrter Herr Maier,

        hiermit bestätige ich Ihnen den Termin für Ihr Vorstellungsgespräch am Mi., 21.10. um 11:15 Uhr
        bei uns in Friedrichshafen, Werk 2 (Colsmanstraße 20), Besprechungsraum "Hegau".

        Gesprächspartner: Herr Frank Lämmle (Abteilungsleiter Getriebesteuerung) und ich.
        Planen Sie bitte ca. zwei Stunden ein, inklusive einer kurzen Führung durch das Prüffeld.

        Für die Anreise mit der Bahn: Haltestelle Friedrichshafen-Manzell, dann fünf Minuten zu Fuß.

        Mit freundlichen Grüßen
        i. A. Stefanie Wolf
        Personalabteilung
        Bodensee Powertrain GmbH
        Colsmanstraße 20 · 88045 Friedrichshafen
        Telefon +49 7541 90441-31
        """)
    inner_when = "2026-10-12 11:02:47"
    inner = message([
        ("From", addr("Wolf, Stefanie", "stefanie.wolf@bodensee-powertrain.de")),
        ("To", addr("Lukas Maier", "lukas.maier@example.net")),
        ("Subject", enc("Ihr Vorstellungsgespräch am 21.10.2026", "iso-8859-1")),
        ("Date", date(inner_when, B)),
        ("Message-ID", "<7e0c2b1a94f54d3e8a01b6c2@EXCH02.bodensee-powertrain.de>"),
    ], text(inner_body, charset="iso-8859-1"))
    outer_body = t("""
        fürs Kalender-Postfach, Termin steht

        Gesendet von meinem Smartphone
        """)
    when = "2026-10-12 19:30:18"
    return message([
        rcv("mout.example.net", "212.227.17.10", when, B, "4Hy0Lk8TcQz3"),
        ("From", addr("Lukas Maier", "lukas.maier@example.net")),
        ("To", TO),
        ("Subject", enc("WG: Ihr Vorstellungsgespräch am 21.10.2026")),
        ("Date", date(when, B)),
        ("Message-ID", "<b1f6a0e3-52c4-4d8e-9e77-3a1c0d2f5b68@example.net>"),
    ], mixed(text(outer_body, cte="8bit"), attached_message(inner, "Ihr Vorstellungsgespraech.eml")))


@mail(n(15), family="calendar_allday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-18 14:00", B), end=None,
      contact="t.gruber@schwarzach-fahrzeugbau.de", company="Schwarzach Fahrzeugbau GmbH",
      local="Wed 2026-11-18 14:00", zone=B,
      note="Hiring manager sends an all-day calendar event (DTSTART;VALUE=DATE:20261118); the time is only in "
           "the text: 'Mi., 18.11., Beginn 14 Uhr' CET -> 13:00Z; 'bis ca. 16 Uhr' is approximate -> end "
           "null; contact = sender/ORGANIZER")
def k15() -> bytes:
    body = t("""
        Hallo Herr Maier,

        wie am Telefon besprochen: Vorstellungsgespräch am Mi., 18.11., Beginn 14 Uhr, bei uns in Ehingen
        (Schwarzach Fahrzeugbau, Lindenstraße 24, Verwaltung 2. OG). Ich hab's Ihnen als Ganztagestermin
        in den Kalender gestellt, die Uhrzeit steht hier. Wir werden bis ca. 16 Uhr brauchen, mit
        Rundgang durch die Endmontage.

        Dabei sind Herr Kienle (Geschäftsführung) und ich.

        Gruß aus Ehingen
        Thomas Gruber
        Leiter Elektrik/Elektronik
        Schwarzach Fahrzeugbau GmbH
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
METHOD:REQUEST
BEGIN:VEVENT
CREATED:20261112T160501Z
LAST-MODIFIED:20261112T160501Z
DTSTAMP:20261112T160501Z
UID:a0d4e7c2-6f19-4b3a-8e21-5c7f9d0b1e42
SUMMARY:Vorstellungsgespräch Herr Maier (Schwarzach)
ORGANIZER;CN=Thomas Gruber:mailto:t.gruber@schwarzach-fahrzeugbau.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Lukas Maier:mailto:lukas.maier@example.org
DTSTART;VALUE=DATE:20261118
DTEND;VALUE=DATE:20261119
LOCATION:Lindenstraße 24\\, 89584 Ehingen (Donau)
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-12 17:05:01"
    return message([
        rcv("mail.schwarzach-fahrzeugbau.de", "89.146.220.18", when, B, "4J3cVp6MnHz7"),
        ("From", addr("Thomas Gruber", "t.gruber@schwarzach-fahrzeugbau.de")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Einladung: Vorstellungsgespräch Herr Maier (Schwarzach) @ Mi 18. Nov 2026")),
        ("Date", date(when, B)),
        ("Message-ID", "<9a3e51c2-0b7d-4f16-a8c4-e2d05b91f7a3@schwarzach-fahrzeugbau.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(body, charset="iso-8859-15"),
             calendar(ics, method="REQUEST", cte="quoted-printable", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(16), family="icims", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-30 16:00", B), end=utc("2026-09-30 17:00", B),
      contact="daniela.kraus@meridianaxle.com", company="Meridian Axle GmbH",
      local="Wed 2026-09-30 16:00", local_end="2026-09-30 17:00", zone=B,
      note="iCIMS confirmation in German from the talent.icims.com mailbox: 'Mittwoch, 30.09.2026, 16:00 - "
           "17:00 Uhr (MESZ)' -> 14:00-15:00Z; recruiter address only in the body -> contact")
def k16() -> bytes:
    body = t("""
        Guten Tag Herr Maier,

        vielen Dank für Ihre Bewerbung auf die Position "Embedded Software Engineer - Achs- und
        Lenkungssteuerung (m/w/d)" (Job-ID 2026-4471) am Standort Stuttgart-Feuerbach.

        Ihr Interviewtermin ist bestätigt:

          Datum:    Mittwoch, 30.09.2026
          Uhrzeit:  16:00 - 17:00 Uhr (MESZ)
          Format:   Microsoft Teams (Link folgt separat durch das Interviewteam)
          Teilnehmer: Oliver Brandstetter (Engineering Manager), Daniela Kraus (Recruiting)

        Bei Rückfragen wenden Sie sich bitte an Daniela Kraus, daniela.kraus@meridianaxle.com.

        Freundliche Grüße
        Ihr Meridian Axle Talent Acquisition Team

        Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
        """)
    when = "2026-09-25 13:47:29"
    return message([
        rcv("mailout4.icims.com", "64.84.7.214", when, B, "4HtZ1Rm7KcVz"),
        ("From", addr("Meridian Axle Talent Acquisition", "meridianaxle+autoreply@talent.icims.com")),
        ("To", ME),
        ("Subject", enc("Bestätigung Ihres Interviewtermins - Embedded Software Engineer (2026-4471)")),
        ("Date", date(when, B)),
        ("Message-ID", "<icims.2026-4471.8821734.1790336849@talent.icims.com>"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(17), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:30", B), end=utc("2026-11-19 13:00", B),
      contact="emily.carter@northgateautonomy.com", company="Northgate Autonomy",
      local="Thu 2026-11-19 09:30", local_end="2026-11-19 13:00", zone=B,
      note="GoodTime onsite itinerary in Munich, four sessions 9:30 AM - 1:00 PM CET on Thu 19 Nov -> "
           "08:30-12:00Z (first start to last end); contact = Reply-To coordinator")
def k17() -> bytes:
    body = t("""
        Hi Lukas,

        Your onsite interview with Northgate Autonomy is confirmed. Here is your itinerary
        (all times Central European Time):

        Thursday, November 19, 2026
        Northgate Autonomy Munich Office, Werinherstr. 91, 81541 Munich, 4th floor reception

          9:30 AM - 10:15 AM   Hiring Manager Conversation - Stefan Oberndorfer
          10:15 AM - 11:15 AM  Technical Deep Dive: Safety-critical Firmware - Aylin Demir, Marek Novak
          11:30 AM - 12:15 PM  System Design: Brake-by-Wire Architecture - Dr. Chen Wei
          12:15 PM - 1:00 PM   Lunch with the Team

        Please bring a photo ID for the visitor badge. If you need to make changes, reply to this
        email and your coordinator will help.

        Emily Carter
        Recruiting Coordinator, Northgate Autonomy

        Sent with GoodTime
        """)
    when = "2026-11-12 15:20:44"
    return message([
        rcv("mail.goodtime.io", "168.245.93.17", when, B, "4J3bNx2FqLz1"),
        ("From", addr("Northgate Autonomy Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Emily Carter", "emily.carter@northgateautonomy.com")),
        ("To", ME),
        ("Subject", "Your Onsite Interview Itinerary - Northgate Autonomy (Thu, Nov 19)"),
        ("Date", date(when, B)),
        ("Message-ID", "<gt-itinerary-55c1e9a2-3f7b@goodtime.io>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-14 10:00", B), end=None,
      contact="jana.pfleiderer@remstal-fe.de", company="Remstal Fahrzeugelektronik GmbH",
      local="Wed 2026-10-14 10:00", zone=B,
      days=(("Tue", "2026-10-13"), ("Thu", "2026-10-08")),
      note="Outlook reply moving 'unser heutiges Gespräch um 14 Uhr' (Tue 13 Oct) to 'morgen Vormittag um "
           "zehn', resolved against the Date (Tue 13 Oct 08:12 CEST) = Wed 14 Oct 10:00 CEST -> 08:00Z; "
           "she has already moved the invitation, so it is fixed, not a proposal; the quoted original "
           "confirmation holds the old time; contact = sender")
def k18() -> bytes:
    body = t("""
        Guten Morgen Herr Maier,

        leider ist bei uns heute früh ein Lieferantenaudit reingerutscht, deshalb müssen wir unser
        heutiges Gespräch um 14 Uhr verschieben - tut mir sehr leid für die Kurzfristigkeit.

        Wir machen es stattdessen morgen Vormittag um zehn, gleicher Ort (Waiblingen, Gebäude 4,
        Raum Rems). Herr Dannecker hat sich den Termin schon geblockt, die Kalendereinladung habe ich
        eben auf morgen umgestellt. Falls es für Sie gar nicht gehen sollte, rufen Sie mich bitte kurz
        an: 07151 96688-40.

        Viele Grüße
        Jana Pfleiderer
        HR Recruiting
        Remstal Fahrzeugelektronik GmbH | Benzstraße 12 | 71332 Waiblingen

        Von: Pfleiderer, Jana <jana.pfleiderer@remstal-fe.de>
        Gesendet: Donnerstag, 8. Oktober 2026 15:36
        An: Lukas Maier <lukas.maier@example.org>
        Betreff: Vorstellungsgespräch Embedded Software Entwickler (m/w/d)

        Sehr geehrter Herr Maier,

        gerne bestätige ich Ihnen das Vorstellungsgespräch am Di., 13.10., um 14:00 Uhr bei uns in
        Waiblingen. Gesprächspartner ist Herr Dannecker, Leiter Softwareentwicklung.

        Viele Grüße
        Jana Pfleiderer
        """)
    when = "2026-10-13 08:12:55"
    return message([
        rcv("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.22.112", when, B, "4Hxz2Wk9RmLz"),
        ("From", addr("Pfleiderer, Jana", "jana.pfleiderer@remstal-fe.de")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("AW: Vorstellungsgespräch Embedded Software Entwickler (m/w/d)", "windows-1252")),
        ("Thread-Topic", enc("Vorstellungsgespräch Embedded Software Entwickler (m/w/d)", "windows-1252")),
        ("Date", date(when, B)),
        ("Message-ID", "<FR3P281MB1520D9C0A7E4B3F2E1C8D5A6B7F10@FR3P281MB1520.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<FR3P281MB152044B2E7C1A0D9F3B6E5C8A9D22@FR3P281MB1520.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], alt(text(body, charset="windows-1252"), html(gmail_html(body), charset="windows-1252")))


@mail(n(19), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-17 15:30", B), end=utc("2026-09-17 16:15", B),
      contact="sven.hollander@nordlicht-telematics.de", company="Nordlicht Telematics GmbH",
      local="Thu 2026-09-17 15:30", local_end="2026-09-17 16:15", zone=B,
      days=(("Wed", "2026-09-16"),),
      note="Workable reschedule: new 'Thursday, 17 September 2026, 15:30 - 16:15 (CEST)' -> 13:30-14:15Z, "
           "previous Wednesday 16 Sep 11:00 also stated; Reply-To is a Workable +relay, contact = the "
           "interviewer's address in the body")
def k19() -> bytes:
    body = t("""
        Hi Lukas,

        Your interview for Embedded Software Engineer - Telematics (Remote, Germany) at Nordlicht
        Telematics has been rescheduled.

        New time: Thursday, 17 September 2026, 15:30 - 16:15 (CEST)
        Previously: Wednesday, 16 September 2026, 11:00 - 11:45 (CEST)

        Interviewer: Sven Hollander, Engineering Lead (sven.hollander@nordlicht-telematics.de)
        Location: Video call - https://nordlicht-telematics.whereby.com/interviews

        An updated calendar invite will follow. Reply to this email if you have any questions.

        Best regards,
        Nordlicht Telematics Hiring Team

        --
        Sent by Workable on behalf of Nordlicht Telematics GmbH
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + gmail_html(body) + "</body></html>\n"
    when = "2026-09-14 10:01:37"
    return message([
        rcv("mail-e47.candidates.workablemail.com", "168.245.12.47", when, B, "4Ht1Dk5BnPz6"),
        ("From", addr("Nordlicht Telematics", "noreply@candidates.workablemail.com")),
        ("Reply-To", "nordlicht-telematics+c83e1a7d2f@candidates.workablemail.com"),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Your interview with Nordlicht Telematics has been rescheduled"),
        ("Date", date(when, B)),
        ("Message-ID", "<wk.interview.3317720.resched@candidates.workablemail.com>"),
    ], alt(text(body, cte="7bit"), html(page)))


@mail(n(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-29 10:00", "America/Detroit"), end=utc("2026-10-29 10:45", "America/Detroit"),
      contact="ryan.kowalski@halvardtelematics.com", company="Halvard Telematics",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone="America/Detroit",
      days=(("Wed", "2026-10-28"), ("Thu", "2026-10-22")),
      note="Detroit hiring manager moves the call to 'Thursday (Oct 29) at 10am ET', 45 minutes; between "
           "the European (25 Oct) and US (1 Nov) clock changes Detroit is still EDT (UTC-4) -> 14:00-14:45Z, "
           "i.e. 15:00 CET, as the body says; old slot Wed 11am ET in the quoted mail; contact = sender")
def k20() -> bytes:
    body = t("""
        Hi Lukas,

        Something came up on my end for Wednesday, so I've moved our call to Thursday (Oct 29) at 10am ET
        instead - same Teams link, same 45 minutes. Heads-up since your clocks changed yesterday and ours
        don't until next weekend: that's 3pm for you, not 4pm.

        Sorry for the shuffle!

        Ryan

        Ryan Kowalski
        Director, Embedded Platforms | Halvard Telematics
        Detroit, MI

        On Thu, Oct 22, 2026 at 4:05 PM Ryan Kowalski <ryan.kowalski@halvardtelematics.com> wrote:
        > Lukas - confirmed for Wednesday Oct 28, 11am ET / 4pm your time, 45 min on Teams.
        > Invite to follow from my calendar.
        >
        > Ryan
        """)
    when = "2026-10-26 09:14:50"
    z = "America/Detroit"
    return message([
        rcv("mail-yw1-f180.google.com", "209.85.128.180", when, z, "4Hy8Jm1SvTz5"),
        ("From", addr("Ryan Kowalski", "ryan.kowalski@halvardtelematics.com")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Re: Halvard - Embedded Platforms call"),
        ("Date", date(when, z)),
        ("Message-ID", "<CAH7x+Q3n0kPz2Ld_r8V1mEwqT5yJc4bA9sXo6uF@mail.gmail.com>"),
        ("In-Reply-To", "<CAH7x+Q1bV8rW4e9KpZt3LmN2qXy6sDu7oJc5aHf@mail.gmail.com>"),
        ("References", "<CAH7x+Q1bV8rW4e9KpZt3LmN2qXy6sDu7oJc5aHf@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(21), family="exchange", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-05 13:00", B), end=utc("2026-11-05 14:00", B),
      contact="claudia.haegele@filstal-mechatronik.de", company="Filstal Mechatronik AG",
      local="Thu 2026-11-05 13:00", local_end="2026-11-05 14:00", zone=B,
      note="Exchange 'Abgesagt:' with METHOD:CANCEL / STATUS:CANCELLED; cancelled slot 'Donnerstag, 5. "
           "November 2026 13:00-14:00 (UTC+01:00)' CET -> 12:00-13:00Z; a new proposal is promised but no "
           "time given; contact = sender/ORGANIZER")
def k21() -> bytes:
    body = t("""
        Wann: Donnerstag, 5. November 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Filstal Mechatronik AG, Göppingen, Gebäude E, Raum E.104

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Maier,

        leider muss ich unser Vorstellungsgespräch am Donnerstag absagen, Herr Schurr ist kurzfristig
        erkrankt. Ich melde mich bis Ende nächster Woche mit einem neuen Terminvorschlag.

        Entschuldigen Sie die Umstände.

        Claudia Hägele
        Personalreferentin | Filstal Mechatronik AG
        """)
    ics = VTZ["W. Europe Standard Time"].join(["""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""", """
BEGIN:VEVENT
ORGANIZER;CN=Hägele Claudia:mailto:claudia.haegele@filstal-mechatronik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Maier:mailto:lukas.maier@example.org
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Maier\\,\\n\\nleider muss ich unser Vorstellungsgespräch am Donnerstag absagen.\\n
UID:040000008200E00074C5B7101A82E00800000000A7C3E1F2B04DDB01000000000000000010000000C4D2E1F0A9B8C7D6
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Lukas Maier
DTSTART;TZID=W. Europe Standard Time:20261105T130000
DTEND;TZID=W. Europe Standard Time:20261105T140000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261103T162000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Filstal Mechatronik AG\\, Göppingen\\, Gebäude E\\, Raum E.104
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""])
    when = "2026-11-03 17:20:14"
    return message([
        rcv("EUR01-HE1-obe.outbound.protection.outlook.com", "40.107.13.58", when, B, "4J1bQr4XwKz8"),
        ("From", addr("Hägele Claudia", "claudia.haegele@filstal-mechatronik.de")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Abgesagt: Vorstellungsgespräch Lukas Maier")),
        ("Thread-Topic", enc("Vorstellungsgespräch Lukas Maier")),
        ("Date", date(when, B)),
        ("Message-ID", "<HE1PR0102MB3345F1A0C2D9E8B7A6C5D4E3F2019@HE1PR0102MB3345.eurprd01.prod.exchangelabs.com>"),
        ("Importance", "high"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-20 11:15", B), end=None,
      contact="benedikt.hoermann@allgaeu-drive.de", company="Allgäu Drive Electronics GmbH",
      local="Fri 2026-11-20 11:15", zone=B,
      note="Plain-text cancellation: 'das Gespräch am Fr., 20.11. um 11:15 Uhr' CET -> 10:15Z, dropped "
           "because the role was filled internally, no new time; no length stated -> end null; iso-8859-15 "
           "quoted-printable; contact = sender")
def k22() -> bytes:
    body = t("""
        Sehr geehrter Herr Maier,

        leider muss ich Ihnen mitteilen, dass wir das Gespräch am Fr., 20.11. um 11:15 Uhr absagen
        müssen. Die Stelle als Teamleiter Embedded Software wurde in der Zwischenzeit intern besetzt -
        das kam auch für mich überraschend.

        Ihre Unterlagen würde ich mit Ihrem Einverständnis gerne für künftige Positionen im Bereich
        Antriebselektronik bei uns in Kempten behalten. Es tut mir leid, dass Sie sich den Tag schon
        freigehalten hatten.

        Mit freundlichen Grüßen

        Benedikt Hörmann
        Leitung Personal
        Allgäu Drive Electronics GmbH
        Ursulasrieder Straße 9 · 87437 Kempten (Allgäu)
        """)
    when = "2026-11-17 16:03:22"
    return message([
        rcv("smtp.allgaeu-drive.de", "188.64.213.9", when, B, "4J5hTv3GrNz0"),
        ("From", addr("Benedikt Hörmann", "benedikt.hoermann@allgaeu-drive.de", "iso-8859-15")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Absage des Gesprächstermins am 20.11.", "iso-8859-15")),
        ("Date", date(when, B)),
        ("Message-ID", "<20261117150322.7A1C3B2E40@smtp.allgaeu-drive.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-15"))


@mail(n(23), family="recruitee", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-01 16:00", "Europe/Amsterdam"), end=utc("2026-12-01 16:45", "Europe/Amsterdam"),
      contact="sanne.devries@veldmark.nl", company="Veldmark Drive Labs",
      local="Tue 2026-12-01 16:00", local_end="2026-12-01 16:45", zone="Europe/Amsterdam",
      note="Recruitee cancellation from a Dutch company: 'Tuesday, 1 December, 16:00 - 16:45 (Amsterdam "
           "time)' CET -> 15:00-15:45Z; new slots promised but none given; METHOD:CANCEL ICS in UTC; "
           "contact = Reply-To recruiter")
def k23() -> bytes:
    body = t("""
        Hi Lukas,

        Unfortunately we need to cancel your interview for the position Embedded Software Engineer -
        Vehicle Dynamics, planned for Tuesday, 1 December, 16:00 - 16:45 (Amsterdam time).

        Our hiring manager has to travel to a customer site that day. We'd still very much like to talk
        to you and will send you new time slots early next week.

        Apologies for the inconvenience.

        Kind regards,
        Sanne de Vries
        Talent Acquisition | Veldmark Drive Labs B.V.
        Eindhoven / Munich
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Scheduler//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:recruitee-event-4410932@recruitee.com
DTSTAMP:20261127T101100Z
DTSTART:20261201T150000Z
DTEND:20261201T154500Z
SUMMARY:Interview Veldmark Drive Labs - Lukas Maier
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@veldmark.nl
ATTENDEE;CN=Lukas Maier:mailto:lukas.maier@example.org
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT
END:VCALENDAR"""
    when = "2026-11-27 11:11:40"
    return message([
        rcv("mail-out.recruitee.com", "159.135.140.22", when, B, "4J8aLs6DyWz4"),
        ("From", addr("Veldmark Drive Labs", "noreply@recruitee.com")),
        ("Reply-To", addr("Sanne de Vries", "sanne.devries@veldmark.nl")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Interview cancelled: Embedded Software Engineer - Vehicle Dynamics"),
        ("Date", date(when, B)),
        ("Message-ID", "<rc.4410932.cancel.1795774300@recruitee.com>"),
    ], mixed(alt(text(body, cte="7bit"), html(gmail_html(body))),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="en", interview=False, company="Veldmark Drive Labs",
      note="Recruitee rejection after the cancelled interview (same thread as the cancellation); mentions "
           "'our call on Tuesday' in the past, confirms nothing")
def k24() -> bytes:
    body = t("""
        Hi Lukas,

        Thank you for taking the time to speak with Joost and me on Tuesday, and again for your patience
        after we had to move things around.

        After a lot of consideration we have decided to continue with a candidate whose experience is
        closer to our vehicle-dynamics simulation stack. This was not an easy decision - your
        background in J1939 and functional safety impressed the team.

        We'd be happy to keep your profile in our talent pool for future roles in Munich.

        All the best,
        Sanne de Vries
        Talent Acquisition | Veldmark Drive Labs B.V.
        """)
    when = "2026-12-10 14:27:03"
    return message([
        rcv("mail-out.recruitee.com", "159.135.140.22", when, B, "4JF1Bm8NxQz2"),
        ("From", addr("Veldmark Drive Labs", "noreply@recruitee.com")),
        ("Reply-To", addr("Sanne de Vries", "sanne.devries@veldmark.nl")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Your application at Veldmark Drive Labs"),
        ("Date", date(when, B)),
        ("Message-ID", "<rc.4410932.disq.1796909223@recruitee.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(25), family="offer", lang="de", interview=False, company="Albtrans Fahrzeugtechnik GmbH",
      days=(("Wed", "2026-09-23"), ("Fri", "2026-10-16")),
      note="Contract offer after the Albtrans interview: mentions the past interview date, a reply deadline "
           "and an optional signing meeting without a time; not an interview confirmation")
def k25() -> bytes:
    body = t("""
        Sehr geehrter Herr Maier,

        nochmals vielen Dank für das angenehme Gespräch am Mittwoch, 23.09., mit Herrn Dr. Bayer und mir.
        Wir freuen uns sehr, Ihnen heute die Position als Softwareentwickler Embedded Systems
        Nutzfahrzeuge (m/w/d) anbieten zu können.

        Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Eckdaten:
        - Eintritt: 01.01.2027 (oder nach Vereinbarung)
        - Jahresbruttogehalt: 78.500 EUR zzgl. Erfolgsbeteiligung
        - 30 Tage Urlaub, Gleitzeit, zwei Tage mobiles Arbeiten pro Woche

        Bitte geben Sie uns bis Freitag, 16.10., Bescheid. Wenn Sie möchten, können wir auch gern einen
        Termin zur Vertragsunterzeichnung bei uns vereinbaren - sagen Sie mir einfach, was Ihnen passt.

        Mit freundlichen Grüßen
        Sabine Kögel
        Personalreferentin
        Albtrans Fahrzeugtechnik GmbH
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Vertragsangebot_Maier.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Vertragsangebot_Maier.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKMiAwIG9iago8PC9UeXBlL1BhZ2VzL0tpZHNbXS9Db3VudCAwPj4KZW5kb2JqCnRyYWlsZXIK\n"
                   "PDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    when = "2026-10-05 15:48:30"
    return message([
        rcv("mail.albtrans.de", "91.198.40.17", when, B, "4HvY3Km1PzRz"),
        ("From", addr("Sabine Kögel", "sabine.koegel@albtrans.de")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Ihr Vertragsangebot - Albtrans Fahrzeugtechnik GmbH")),
        ("Date", date(when, B)),
        ("Message-ID", "<a7c3e0f1-88b2-4d61-9f3e-2b1d0c4a7e95@albtrans.de>"),
    ], mixed(text(body, cte="8bit"), pdf))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Traxon Commercial Vehicles",
      note="Taleo application receipt; 'if your profile matches we will contact you to schedule an "
           "interview' is hypothetical")
def k26() -> bytes:
    body = t("""
        Dear Lukas Maier,

        Thank you for applying for the position of Senior Embedded Engineer - Chassis Control
        (Requisition ID 26-0412) at Traxon Commercial Vehicles, Stuttgart.

        We have received your application and our recruitment team will review it carefully. If your
        profile matches the requirements of the role, we will contact you to schedule an interview.
        Due to the high number of applications this may take up to three weeks.

        You can track the status of your application at any time in your candidate profile:
        https://traxon.taleo.net/careersection/ext/mysubmissions.ftl

        Sincerely,
        Traxon Commercial Vehicles Talent Acquisition

        This message was sent from an unattended mailbox. Please do not reply.
        """)
    when = "2026-09-03 21:16:08"
    return message([
        rcv("smtp-out2.taleo.net", "160.34.11.120", when, B, "4Hq0Yd2VnCz9"),
        ("From", addr("Traxon Commercial Vehicles", "noreply@taleo.net")),
        ("To", ME),
        ("Subject", "Traxon Commercial Vehicles - Application Received (26-0412)"),
        ("Date", date(when, B)),
        ("Message-ID", "<1790493368161.JavaMail.taleo@tlo2-ext-p04>"),
    ], html(gmail_html(body), charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="JOIN job alert with five roles around Ulm; 'Schnelle Rückmeldung / Interviews diese Woche' "
           "badges are not a confirmation")
def k27() -> bytes:
    body = t("""
        Hallo Lukas,

        wir haben 5 neue Jobs gefunden, die zu deinem Suchauftrag "Embedded Software Ulm" passen:

        1. Embedded Software Engineer (m/w/d) - Iller Sensorik GmbH, Senden
           Festanstellung · 65.000 - 80.000 EUR · Schnelle Rückmeldung
        2. Firmware-Entwickler Steuergeräte (m/w/d) - Donaumoos Automotive, Günzburg
           Festanstellung · Hybrid · Interviews diese Woche
        3. Software Architect AUTOSAR (m/w/d) - Kesselberg Engineering, Ulm
           Festanstellung · Remote möglich
        4. Testingenieur HiL (m/w/d) - Roggenburg Testsysteme, Neu-Ulm
           Festanstellung
        5. Embedded Linux Developer (m/w/d) - Brenz Vision GmbH, Heidenheim
           Festanstellung · 4-Tage-Woche

        Alle Jobs ansehen: https://join.com/jobs/alerts/8d31f0?utm_source=alert

        Du bekommst diese E-Mail, weil du einen Suchauftrag bei JOIN angelegt hast.
        Abmelden: https://join.com/unsubscribe/8d31f0
        """)
    when = "2026-09-08 07:30:00"
    return message([
        rcv("mail-out.join.com", "185.107.232.18", when, B, "4HrA1Gx7QwMz"),
        ("From", addr("JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", enc("5 neue Jobs für \"Embedded Software Ulm\"")),
        ("Date", date(when, B)),
        ("Message-ID", "<alert.8d31f0.20260908@join.com>"),
        ("List-Unsubscribe", "<https://join.com/unsubscribe/8d31f0>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter about job interviews; its example 'Ihr Gespräch ist am Dienstag um 10 Uhr' and "
           "a live-chat time are not an interview of Lukas")
def k28() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:640px">
        <h1 style="font-size:24px">Der Karrierebrief · Ausgabe 41/2026</h1>
        <h2>Das Vorstellungsgespräch am Dienstag um 10 Uhr: die letzten 24 Stunden</h2>
        <p>Stellen Sie sich vor, Ihr Gespräch ist am Dienstag um 10 Uhr. Was tun Sie am Montagabend?
        Unsere Checkliste: Unterlagen ausdrucken, Anfahrt prüfen, drei eigene Fragen notieren - und
        früh schlafen gehen.</p>
        <h2>7 Fragen, die Ingenieure im Interview immer gestellt bekommen</h2>
        <p>Von "Erzählen Sie etwas über sich" bis "Wo sehen Sie sich in fünf Jahren" - und wie Sie als
        Embedded-Entwickler mit konkreten Projekten punkten.</p>
        <h2>Live-Sprechstunde</h2>
        <p>Unsere Karriereberaterin beantwortet Ihre Fragen am Donnerstag, 22.10., ab 19 Uhr im Livestream.</p>
        <p style="font-size:12px;color:#777">Sie erhalten den Karrierebrief, weil Sie ihn abonniert haben.
        <a href="https://karrierebrief.example.com/abmelden?u=55e1">Abmelden</a></p>
        </body></html>
        """)
    when = "2026-10-20 06:00:00"
    return message([
        rcv("mta12.karrierebrief.example.com", "194.25.134.12", when, B, "4HxA2Rt4MvKz"),
        ("From", addr("Der Karrierebrief", "redaktion@karrierebrief.example.com")),
        ("To", ME),
        ("Subject", enc("Das Vorstellungsgespräch am Dienstag um 10 Uhr - und 7 Fragen, die immer kommen")),
        ("Date", date(when, B)),
        ("Message-ID", "<kb-41-2026.55e1@karrierebrief.example.com>"),
        ("List-Unsubscribe", "<https://karrierebrief.example.com/abmelden?u=55e1>"),
        ("List-Id", "Der Karrierebrief <karrierebrief.example.com>"),
        ("Precedence", "bulk"),
    ], html(page, charset="iso-8859-15"))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Wendelstein Vehicle Software",
      days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")),
      note="Lever self-scheduling request: pick a slot between Mon 16 and Fri 20 Nov; nothing booked yet")
def k29() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for your interest in the Embedded Software Engineer - Vehicle Motion role at Wendelstein
        Vehicle Software! We'd love to set up a 45-minute technical interview with our team.

        Please pick a time that works for you using the link below. Slots are available between
        Monday, November 16 and Friday, November 20 (Munich time).

        Choose a time: https://hire.lever.co/interviews/schedule/3f2a9c71-7e0d-4b51-a2c6-0e1f8d4b9a37

        Once you book a slot you'll receive a calendar invitation.

        Best,
        Laura Zehetmair
        Talent Partner, Wendelstein Vehicle Software
        """)
    when = "2026-11-09 11:42:18"
    return message([
        rcv("mail-s12.hire.lever.co", "198.21.4.112", when, B, "4J2yMx3FtBz5"),
        ("From", addr("Laura Zehetmair", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Laura Zehetmair", "laura.zehetmair@wendelstein-software.de")),
        ("To", ME),
        ("Subject", "Schedule your interview with Wendelstein Vehicle Software"),
        ("Date", date(when, B)),
        ("Message-ID", "<lever.3f2a9c71.sched@hire.lever.co>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="de", interview=False, company="Kessler Executive Search",
      note="Headhunter outreach asking for a call 'diese Woche', no time fixed")
def k30() -> bytes:
    body = t("""
        Hallo Herr Maier,

        ich bin auf Ihr Profil gestoßen und glaube, dass ich etwas Passendes für Sie habe: Ein
        Nutzfahrzeughersteller im Großraum Stuttgart sucht einen Lead Engineer Embedded Software
        (m/w/d) für die neue E-Achsen-Plattform. Sehr spannendes Umfeld, Gehaltsband deutlich über
        Marktniveau, 3 Tage Homeoffice.

        Hätten Sie diese oder nächste Woche Zeit für ein kurzes, vertrauliches Telefonat? Schicken Sie
        mir gern zwei, drei Zeitfenster, die Ihnen passen.

        Beste Grüße
        Dominik Kessler
        Partner | Kessler Executive Search GmbH
        Königstraße 28 · 70173 Stuttgart
        Mobil +49 171 4410298
        """)
    when = "2026-09-10 12:06:51"
    return message([
        rcv("mail.kessler-search.de", "217.160.0.88", when, B, "4Hr5Vc8WqLz2"),
        ("From", addr("Dominik Kessler", "d.kessler@kessler-search.de")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Lead Engineer Embedded Software (m/w/d) - Nutzfahrzeuge, Raum Stuttgart"),
        ("Date", date(when, B)),
        ("Message-ID", "<2b5e9f10-4c7a-4d3b-b1e8-7f0a6c2d9e31@kessler-search.de>"),
    ], text(body, cte="quoted-printable"))


@mail(n(31), family="interview_proposed", lang="de", interview=False,
      company="Blautal Steuerungstechnik GmbH",
      days=(("Thu", "2026-10-08"), ("Fri", "2026-10-09")),
      note="Two interview slots proposed ('Würde Ihnen ... passen? Alternativ ...'), nothing confirmed; the "
           "managing director confirms one of them in a later mail of this thread")
def k31() -> bytes:
    body = t("""
        Sehr geehrter Herr Maier,

        vielen Dank für Ihre Bewerbung, die hat mir gut gefallen. Ich würde Sie gerne kennenlernen.

        Würde Ihnen Donnerstag, 8.10., um 8:45 Uhr bei uns in Blaubeuren passen? Alternativ ginge
        Freitag, 9.10., um 13 Uhr. Geben Sie mir einfach kurz Bescheid, was Ihnen lieber ist.

        Mit freundlichen Grüßen
        Gerhard Häberle
        Geschäftsführer
        Blautal Steuerungstechnik GmbH · Karlstraße 11 · 89143 Blaubeuren
        """)
    when = "2026-09-29 10:20:36"
    return message([
        rcv("mo4-p00-ob.smtp.rzone.de", "81.169.146.161", when, B, "4HuB9Lr2DfMz"),
        ("From", addr("Gerhard Häberle", "g.haeberle@blautal-steuerung.de")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Ihre Bewerbung als Embedded-Entwickler"),
        ("Date", date(when, B)),
        ("Message-ID", "<7f2e11ab-91c3-4c5d-b0a8-d2c1e44f6a71@blautal-steuerung.de>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(32), family="jobcentre_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Employment agency invitation (registration as 'arbeitsuchend' during the notice period) with a "
           "fixed time, Mo. 12.10. 9:30 Uhr; an 'Einladung' to a 'Gespräch' but not a job interview")
def k32() -> bytes:
    body = t("""
        Sehr geehrter Herr Maier,

        vielen Dank für Ihre Meldung als arbeitsuchend. Ich lade Sie zu einem persönlichen Gespräch ein,
        um Ihre berufliche Situation und Ihre weiteren Pläne zu besprechen.

        Termin:   Montag, 12.10.2026, 09:30 Uhr
        Ort:      Agentur für Arbeit Ulm, Wichernstraße 5, 89073 Ulm, Zimmer 2.14
        Bei:      Frau Ramona Eberhardt, Arbeitsvermittlung

        Bitte bringen Sie mit: Personalausweis, Lebenslauf, Ihr aktuelles Arbeitszeugnis sowie das
        Kündigungsschreiben.

        Dies ist eine Einladung nach § 309 SGB III. Wenn Sie den Termin nicht wahrnehmen können,
        teilen Sie uns dies bitte vorher mit.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Ulm

        Diese Nachricht wurde automatisch erstellt. Antworten Sie bitte nicht auf diese E-Mail,
        sondern nutzen Sie das Postfach in Ihrem Online-Konto.
        """)
    when = "2026-10-01 10:04:12"
    return message([
        rcv("mailout.arbeitsagentur.example", "193.174.12.8", when, B, "4HvP1Sd8XmKz"),
        ("From", addr("Agentur für Arbeit Ulm", "noreply@arbeitsagentur.example")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Einladung zu einem Gespräch am 12.10.2026")),
        ("Date", date(when, B)),
        ("Message-ID", "<ba-eservice.20261001080412.77318@arbeitsagentur.example>"),
    ], text(body, charset="iso-8859-1"))


@mail(n(33), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Doctor's appointment booked on a booking platform, with ICS: a confirmed time, not an interview")
def k33() -> bytes:
    body = t("""
        Guten Tag Lukas Maier,

        Ihr Termin ist bestätigt.

        Hausarztpraxis am Münsterplatz - Dr. med. Irene Vogt
        Donnerstag, 24.09.2026, 08:15 Uhr
        Art: Gesundheits-Check-up (nüchtern erscheinen)
        Adresse: Münsterplatz 17, 89073 Ulm, 2. OG

        Bitte bringen Sie Ihre Versichertenkarte mit. Wenn Sie den Termin nicht wahrnehmen können,
        sagen Sie ihn bitte spätestens 24 Stunden vorher ab:
        https://praxistermin.example.com/termine/a81c3f

        Ihr Praxistermin-Team
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Praxistermin//Booking//DE
METHOD:PUBLISH
""" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:a81c3f-7720914@praxistermin.example.com
DTSTAMP:20260918T171100Z
DTSTART;TZID=Europe/Berlin:20260924T081500
DTEND;TZID=Europe/Berlin:20260924T084500
SUMMARY:Termin Dr. med. Irene Vogt (Check-up)
LOCATION:Münsterplatz 17\\, 89073 Ulm
END:VEVENT
END:VCALENDAR"""
    when = "2026-09-18 19:11:26"
    return message([
        rcv("out3.praxistermin.example.com", "94.130.71.23", when, B, "4HtP6Wq0LbNz"),
        ("From", addr("Praxistermin", "noreply@praxistermin.example.com")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung: Dr. med. Irene Vogt am 24.09.2026 um 08:15")),
        ("Date", date(when, B)),
        ("Message-ID", "<termin.a81c3f.confirm@praxistermin.example.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="termin.ics",
                      disposition="attachment")))


@mail(n(34), family="personal_appointment", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Flat viewing in Stuttgart-Vaihingen on Sa. 17.10. at 11:30, confirmed by the landlord; the "
           "'Selbstauskunft' and 'kurzes Kennenlernen' are not a job interview")
def k34() -> bytes:
    body = t("""
        Hallo Herr Maier,

        gerne bestätige ich Ihnen die Besichtigung der 3-Zimmer-Wohnung in der Robert-Leicht-Straße 44
        (Stuttgart-Vaihingen, 2. OG links) am Samstag, 17.10., um 11:30 Uhr. Klingeln Sie bitte bei
        "Hausverwaltung", ich komme dann runter.

        Bringen Sie, wenn möglich, die ausgefüllte Selbstauskunft und die letzten drei
        Gehaltsabrechnungen mit. Dann können wir uns nach der Besichtigung noch kurz kennenlernen.

        Freundliche Grüße
        Renate Schwenk
        """)
    when = "2026-10-13 20:44:09"
    return message([
        rcv("mout.gmx.example.net", "212.227.15.19", when, B, "4HxC0Ja3RtWz"),
        ("From", addr("Renate Schwenk", "renate.schwenk@gmx.example.net")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Re: Wohnung Robert-Leicht-Str. 44 - Besichtigung"),
        ("Date", date(when, B)),
        ("Message-ID", "<trinity-4e1d2a7c-91f0-4b3e-a6d8-2c5f0e7b9a11-1792003449@3c-app-gmx-bs52>"),
    ], text(body, cte="8bit"))


@mail(n(35), family="personal_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Car-service booking at a dealership (Mi. 4.11. 7:30 Uhr): confirmed time, not an interview; "
           "windows-1252 quoted-printable")
def k35() -> bytes:
    body = t("""
        Sehr geehrter Herr Maier,

        vielen Dank für Ihre Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:

        Datum/Uhrzeit:  Mittwoch, 04.11.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:       VW Passat Variant, UL-LM 482
        Leistungen:     Inspektion nach Herstellervorgabe, Räderwechsel auf Winterräder (eingelagert)
        Voraussichtliche Fertigstellung: ca. 16:00 Uhr

        Ein Ersatzfahrzeug ist für Sie reserviert. Bitte denken Sie an Ihren Führerschein.

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Brenner GmbH & Co. KG · Blaubeurer Straße 210 · 89081 Ulm
        """)
    when = "2026-10-28 09:37:55"
    return message([
        rcv("mail.autohaus-brenner.example.com", "85.25.142.66", when, B, "4Hyc7Nf1VqPz"),
        ("From", addr("Autohaus Brenner Service", "service@autohaus-brenner.example.com")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Ihr Werkstatttermin am 04.11.2026", "windows-1252")),
        ("Date", date(when, B)),
        ("Message-ID", "<SRV-2026-118273.confirm@autohaus-brenner.example.com>"),
    ], text(body, charset="windows-1252"))


@mail(n(36), family="personal_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Parent-teacher meeting slot (Elternsprechtag, Do. 26.11., 17:40-17:50) booked through a school "
           "portal: fixed time, not an interview")
def k36() -> bytes:
    body = t("""
        Liebe Eltern,

        für den Elternsprechtag am Donnerstag, 26.11.2026, wurden folgende Termine für Sie gebucht:

        Schüler/in: Emma Maier, Klasse 6b

        17:40 - 17:50  Frau Ströbele (Deutsch, Klassenlehrerin)  Raum 104
        18:20 - 18:30  Herr Kaltenmark (Mathematik)                Raum 211

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet.

        Mit freundlichen Grüßen
        Schulleitung Kepler-Gymnasium Ulm

        --
        Diese Nachricht wurde über Schulportal versendet. Antworten an diese Adresse werden nicht gelesen.
        """)
    when = "2026-11-19 18:05:40"
    return message([
        rcv("mx-out.schulportal.example.com", "185.26.156.40", when, B, "4J6dXt2PwRz7"),
        ("From", addr("Kepler-Gymnasium Ulm (Schulportal)", "noreply@schulportal.example.com")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Elternsprechtag 26.11.: Ihre gebuchten Termine")),
        ("Date", date(when, B)),
        ("Message-ID", "<sp.elternsprechtag.6b.maier.20261119@schulportal.example.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, cte="base64"))


IVE_TEAM_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN={org_cn}:mailto:{org}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maier Lukas:mailto:lukas.maier@example.org
SUMMARY;LANGUAGE=de-DE:{summary}
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
UID:{uid}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:{location}
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""


@mail(n(37), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Christmas party of Lukas's team at his current employer, Outlook invite with ICS (Fr. 11.12., "
           "18:00): fixed time, not an interview")
def k37() -> bytes:
    body = t("""
        Hallo zusammen,

        dieses Jahr feiern wir als Team E/E-Software am Freitag, 11.12., ab 18:00 Uhr in der
        Barfüßer Hausbrauerei in Neu-Ulm. Partner sind herzlich eingeladen - bitte sagt über die
        Einladung zu oder ab, damit ich bis 1.12. die Plätze durchgeben kann.

        Ich schicke das an eure privaten Adressen, weil einige von euch die Firmen-Mails nicht am
        Handy haben.

        Grüße
        Sandra
        --
        Sandra Weidle | Teamassistenz E/E | Iller Vehicle Electronics GmbH | Ulm
        """)
    ics = IVE_TEAM_ICS.format(
        vtz=VTZ["W. Europe Standard Time"], org_cn="Weidle Sandra", org="sandra.weidle@ive-ulm.example.com",
        summary="Weihnachtsfeier Team E/E-Software", start="20261211T180000", end="20261211T230000",
        uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F506DB0100000000000000001000000011AA22BB33CC44DD",
        stamp="20261125T091500Z", location="Barfüßer Hausbrauerei\\, Neu-Ulm")
    when = "2026-11-25 10:15:00"
    return message([
        rcv("mail.ive-ulm.example.com", "62.154.18.40", when, B, "4J7qBn5TzHz1"),
        ("From", addr("Weidle Sandra", "sandra.weidle@ive-ulm.example.com")),
        ("To", "team-ee-privat@lists.ive-ulm.example.com"),
        ("Subject", enc("Weihnachtsfeier Team E/E-Software")),
        ("Date", date(when, B)),
        ("Message-ID", "<VI1PR08MB4410AE2C7F13B0D9E5A6C1B2D3F44@VI1PR08MB4410.eurprd08.prod.outlook.com>"),
    ], alt(text(body), html(gmail_html(body)),
           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(38), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Lukas is asked to sit in as interviewer for a working-student candidate at his current employer "
           "(Exchange invite, Do. 26.11. 10:00-11:00): an interview at a fixed time, but not his own")
def k38() -> bytes:
    body = t("""
        Hallo Lukas,

        danke, dass du beim Interview mit Frau Elif Çelik (Werkstudentin Embedded Software, Studium
        Elektrotechnik an der THU) als Fachinterviewer dabei bist. Termin: Do., 26.11., 10:00-11:00 Uhr,
        Raum Donau 3.12. Lebenslauf und Zeugnisse findest du im Bewerbermanagement unter
        Vorgang WS-2026-118.

        Bitte schau dir vorab den Interviewleitfaden an (Fragen 4-9 sind deine) und trag deine
        Bewertung bis Freitag ein.

        Viele Grüße
        Petra Lang
        HR Recruiting | Iller Vehicle Electronics GmbH
        """)
    ics = IVE_TEAM_ICS.format(
        vtz=VTZ["W. Europe Standard Time"], org_cn="Lang Petra", org="petra.lang@ive-ulm.example.com",
        summary="Interview Werkstudentin Embedded Software - Elif Çelik (Interviewer: L. Maier)",
        start="20261126T100000", end="20261126T110000",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F60718DB0100000000000000001000000055EE66FF77AA88BB",
        stamp="20261120T140300Z", location="Raum Donau 3.12")
    when = "2026-11-20 15:03:27"
    return message([
        rcv("mail.ive-ulm.example.com", "62.154.18.40", when, B, "4J6kVr9QxDz3"),
        ("From", addr("Lang Petra", "petra.lang@ive-ulm.example.com")),
        ("To", addr("Maier Lukas", ME)),
        ("Subject", enc("Interview Werkstudentin Embedded Software - Elif Çelik (Interviewer: L. Maier)")),
        ("Date", date(when, B)),
        ("Message-ID", "<VI1PR08MB4410C1D2E3F4A5B6C7D8E9F0A1B22@VI1PR08MB4410.eurprd08.prod.outlook.com>"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(39), family="marketing_webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Registration confirmation for a webinar on salary negotiation and job interviews (Di. 20.10., "
           "18:00) with ICS; not a job interview")
def k39() -> bytes:
    body = t("""
        Hallo Lukas Maier,

        vielen Dank für Ihre Anmeldung zum Webinar

        "Vorstellungsgespräch & Gehaltsverhandlung für Ingenieurinnen und Ingenieure"
        Dienstag, 20. Oktober 2026, 18:00 - 19:30 Uhr (MESZ)

        Referentin: Dr. Katrin Wenzel, Karrierecoach
        Ihr persönlicher Zugangslink: https://webinar.ingenieurkarriere.example.com/j/5521908?tk=Lm9a

        Tipp: Notieren Sie sich schon jetzt Ihre Fragen - im Anschluss gibt es eine offene Fragerunde.

        Ihre Ingenieurkarriere Akademie
        Abmelden vom Newsletter: https://ingenieurkarriere.example.com/abmelden
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ingenieurkarriere Akademie//Webinar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-5521908@ingenieurkarriere.example.com
DTSTAMP:20261014T080000Z
DTSTART:20261020T160000Z
DTEND:20261020T173000Z
SUMMARY:Webinar: Vorstellungsgespräch & Gehaltsverhandlung für Ingenieure
URL:https://webinar.ingenieurkarriere.example.com/j/5521908
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-14 10:00:05"
    return message([
        rcv("mail.ingenieurkarriere.example.com", "5.9.121.200", when, B, "4HxJ3Wm6NbTz"),
        ("From", addr("Ingenieurkarriere Akademie", "webinare@ingenieurkarriere.example.com")),
        ("To", ME),
        ("Subject", enc("Anmeldebestätigung: Vorstellungsgespräch & Gehaltsverhandlung (20.10., 18 Uhr)")),
        ("Date", date(when, B)),
        ("Message-ID", "<wb5521908.reg.lm@ingenieurkarriere.example.com>"),
        ("List-Unsubscribe", "<https://ingenieurkarriere.example.com/abmelden>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="webinar.ics",
                      disposition="attachment")))


@mail(n(40), family="meetup", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Meetup RSVP reminder (Mi. 14.10., 19:00) whose programme includes an on-stage 'Interview mit' a "
           "speaker; not a job interview")
def k40() -> bytes:
    body = t("""
        Hallo Lukas,

        du bist dabei! Embedded Meetup Ulm #23 findet nächste Woche statt:

        Mittwoch, 14. Oktober 2026, 19:00 Uhr
        Verschwörhaus, Weinhof 9, 89073 Ulm

        Programm
        19:00  Ankommen, Pizza & Mate
        19:30  Talk: Zephyr auf Nutzfahrzeug-Steuergeräten - was geht, was (noch) nicht
        20:15  Bühnen-Interview mit Carla Mendes (Open-Source-Maintainerin CAN-Stack) - eure Fragen live
        21:00  Networking

        Du kannst nicht? Bitte gib deinen Platz frei: https://meetup.example.com/embedded-ulm/events/23/rsvp

        Bis Mittwoch!
        Das Orga-Team
        """)
    when = "2026-10-07 17:00:00"
    return message([
        rcv("mail-out.meetup.example.com", "52.16.98.31", when, B, "4HwD5Gq7LsVz"),
        ("From", addr("Embedded Meetup Ulm", "info@meetup.example.com")),
        ("To", ME),
        ("Subject", enc("Erinnerung: Embedded Meetup Ulm #23 - Zephyr & Bühnen-Interview")),
        ("Date", date(when, B)),
        ("Message-ID", "<evt23.rsvp.reminder.88120@meetup.example.com>"),
        ("List-Unsubscribe", "<https://meetup.example.com/unsubscribe/88120>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(41), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Podcast recording booked with Lukas as the guest (Tue 3 Nov, 17:00 CET), called an 'interview' "
           "by the host; confirmed time but not a job interview")
def k41() -> bytes:
    body = t("""
        Hi Lukas,

        Great - you're booked for our interview on Fleet Firmware, the podcast about software in trucks,
        buses and everything with air brakes.

        Recording: Tuesday, November 3, 2026, 17:00 - 18:00 CET
        Studio link: https://riverside.example.com/studio/fleet-firmware-ep-88
        Topic: "Twenty years of J1939 - and why it still won't die"

        Please use headphones and a wired connection if you can. We'll send the episode for your review
        before it goes live.

        Cheers,
        Matt Okafor
        Host, Fleet Firmware
        """)
    when = "2026-10-27 21:35:12"
    return message([
        rcv("mail-wr1-f54.google.com", "209.85.221.54", when, "Europe/London", "4HyK7Bc2RnWz"),
        ("From", addr("Matt Okafor", "matt@fleetfirmware.example.com")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "You're booked: Fleet Firmware podcast recording (Nov 3)"),
        ("Date", date(when, "Europe/London")),
        ("Message-ID", "<CAP9s+fR2kLm8yQ1t_zB7xWe4Nv0aH3cJu6oDg5i@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(42), family="press_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="A local journalist confirms a phone interview with Lukas (Mi. 16.9., 12:30) about autonomous "
           "trucks: a confirmed 'Interviewtermin', but press, not a job interview")
def k42() -> bytes:
    body = t("""
        Hallo Herr Maier,

        prima, dann halten wir es so: Ich rufe Sie am Mittwoch, 16.9., um 12:30 Uhr auf Ihrem Handy an,
        wir brauchen etwa 20 Minuten. Es geht um unsere Serie "Wie fährt der Lkw von morgen?" - mich
        interessiert vor allem, was Platooning auf der A8 praktisch bedeuten würde.

        Das Interview würde ich Ihnen vor Veröffentlichung zur Freigabe schicken. Ein Foto machen wir
        gerne separat.

        Viele Grüße
        Miriam Hartlieb
        Redaktion Wirtschaft
        Ulmer Abendpost
        """)
    when = "2026-09-11 14:52:33"
    return message([
        rcv("mail.ulmer-abendpost.example.com", "195.243.18.77", when, B, "4HrM2Xq5WcPz"),
        ("From", addr("Miriam Hartlieb", "m.hartlieb@ulmer-abendpost.example.com")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Re: Interviewanfrage Platooning / autonome Lkw"),
        ("Date", date(when, B)),
        ("Message-ID", "<3e9b0c1f-7a24-4d58-9f61-b0e2c7d4a853@ulmer-abendpost.example.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(43), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Calendly booking with a career coach for a mock interview (Mo. 2.11., 18:30-19:30) with ICS: same "
           "family and shape as a real screening, but coaching, not a job interview")
def k43() -> bytes:
    body = t("""
        Hallo Lukas Maier,

        Ein neuer Termin wurde geplant.

        Terminart:
        Mock-Interview (Probe-Vorstellungsgespräch) - 60 Min.

        Eingeladener:
        Lukas Maier

        Datum/Uhrzeit des Termins:
        18:30 - 19:30, Montag, 2. November 2026 (Mitteleuropäische Zeit)

        Ort:
        Zoom - der Link folgt per E-Mail von Petra Sailer.

        Fragen:
        Worauf sollen wir uns konzentrieren?
        Technisches Interview Embedded / Gehaltsfrage

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261028T121500Z
UID:5c0e2a91-b7d3-4f18-8a6e-c91d0f3b7e24@calendly.com
DTSTART:20261102T173000Z
DTEND:20261102T183000Z
SUMMARY:Mock-Interview (Probe-Vorstellungsgespräch) zwischen Petra Sailer und Lukas Maier
ORGANIZER;CN=Petra Sailer:mailto:kontakt@sailer-coaching.example.com
ATTENDEE;CN=Lukas Maier;PARTSTAT=ACCEPTED:mailto:lukas.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    when = "2026-10-28 13:15:02"
    return message([
        rcv("o3.email.calendly.com", "167.89.101.12", when, B, "4HycA1Tz9MkPz"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Petra Sailer", "kontakt@sailer-coaching.example.com")),
        ("To", ME),
        ("Subject", enc("Neuer Termin: Lukas Maier - 18:30 Mo., 2. Nov. 2026 - Mock-Interview "
                        "(Probe-Vorstellungsgespräch)")),
        ("Date", date(when, B)),
        ("Message-ID", "<5c0e2a91.invitee.20261028121502@calendly.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="REQUEST", cte="quoted-printable", filename="invite.ics",
                      disposition="attachment")))


@mail(n(44), family="auto_reply", lang="de", interview=False, company="Sandhofer Truck & Bus SE",
      days=(("Mon", "2026-11-09"), ("Tue", "2026-11-10")),
      note="Out-of-office auto-reply from the Sandhofer recruiter to Lukas's question about the 10.11. "
           "interview (quoted subject); Auto-Submitted: auto-replied, confirms nothing new")
def k44() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag, 09.11.2026, nicht im Büro und
        habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
        talent.stuttgart@sandhofer-tb.com.

        Thank you for your message. I am out of the office until Monday, 9 November 2026, with limited
        access to e-mail. For urgent matters please contact talent.stuttgart@sandhofer-tb.com.

        Tobias Renner
        Talent Acquisition | Sandhofer Truck & Bus SE
        """)
    when = "2026-11-03 20:12:45"
    return message([
        rcv("mail.sandhofer-tb.com", "145.253.70.21", when, B, "4J1c8Lm3WvDz"),
        ("From", addr("Renner, Tobias", "tobias.renner@sandhofer-tb.com")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Automatische Antwort: Frage zum Interview am 10.11."),
        ("Date", date(when, B)),
        ("Message-ID", "<3f0a1c2d9e8b4a57b6c5d4e3f2a1b0c9@EXSTR01.sandhofer-tb.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body))


@mail(n(45), family="bounce", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Delivery-status bounce of Lukas's own reply (to a mistyped address) that accepts the Bodensee "
           "Powertrain interview 'am Mi., 21.10. um 11:15 Uhr'; the returned text is his, nothing confirms "
           "it to him")
def k45() -> bytes:
    original = message([
        ("From", addr("Lukas Maier", ME)),
        ("To", "s.wolf@bodensee-powertrian.de"),
        ("Subject", enc("AW: Ihr Vorstellungsgespräch am 21.10.2026")),
        ("Date", date("2026-10-12 19:38:02", B)),
        ("Message-ID", "<0d4c9e2a-7b31-4f85-a6e0-1c2b3d4e5f60@example.org>"),
    ], text(t("""
        Sehr geehrte Frau Wolf,

        vielen Dank, den Termin am Mi., 21.10. um 11:15 Uhr bestätige ich gerne. Ich komme mit der Bahn.

        Viele Grüße
        Lukas Maier
        """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx02.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <s.wolf@bodensee-powertrian.de>: Host or domain name not found. Name service
            error for name=bodensee-powertrian.de type=MX: Host not found, try again
        """)
    status = raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                      t("""
        Reporting-MTA: dns; mx02.example.org
        X-Postfix-Queue-ID: 4Hy0Pq1ZtRz5
        Arrival-Date: Mon, 12 Oct 2026 19:38:03 +0200 (CEST)

        Final-Recipient: rfc822; s.wolf@bodensee-powertrian.de
        Original-Recipient: rfc822;s.wolf@bodensee-powertrian.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=bodensee-powertrian.de type=MX: Host not found, try again
        """))
    returned = attached_message(original)
    returned.headers.insert(0, ("Content-Description", "Undelivered Message"))
    when = "2026-10-12 19:38:04"
    return message([
        ("Received", "by mx02.example.org (Postfix)\r\n id 4Hy0Pq2AbXz7; " + date(when, B)),
        ("From", "MAILER-DAEMON@mx02.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, B)),
        ("Message-ID", "<20261012173804.4Hy0Pq2AbXz7@mx02.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                extra=(("Content-Description", "Notification"),)),
                 status, returned, params="report-type=delivery-status"))


@mail(n(46), family="mailing_list", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Open-source mailing-list mail announcing a monthly developer call at a fixed time (Thursday 16:00 "
           "UTC) and mentioning an 'interview' with a maintainer for the newsletter; not a job interview")
def k46() -> bytes:
    body = t("""
        Hi all,

        Reminder: the monthly openvehicle-fw dev call is this Thursday, November 12, at 16:00 UTC
        (17:00 CET), same Jitsi room as always: https://meet.jit.si/openvehicle-fw-devcall

        Agenda:
        1. CAN FD driver for the S32K3 port - status (Lukas, Ahmed)
        2. Release 3.2 freeze date
        3. The foundation newsletter wants a short interview with one of the maintainers about the
           J1939 transport-protocol rewrite - volunteers?

        Please add items to the wiki page before Wednesday.

        Cheers,
        Henrik

        _______________________________________________
        openvehicle-fw-dev mailing list
        openvehicle-fw-dev@lists.openvehicle.example.org
        https://lists.openvehicle.example.org/mailman/listinfo/openvehicle-fw-dev
        """)
    when = "2026-11-10 09:12:30"
    return message([
        rcv("lists.openvehicle.example.org", "46.4.117.2", when, "Europe/Stockholm", "4J2xYt8KqNz6"),
        ("From", addr("Henrik Lindqvist", "henrik@lindqvist.example.se")),
        ("To", "openvehicle-fw-dev@lists.openvehicle.example.org"),
        ("Subject", "[openvehicle-fw-dev] Dev call Thursday 16:00 UTC + newsletter interview"),
        ("Date", date(when, "Europe/Stockholm")),
        ("Message-ID", "<87h6k2x9qz.fsf@lindqvist.example.se>"),
        ("List-Id", "openvehicle firmware development <openvehicle-fw-dev.lists.openvehicle.example.org>"),
        ("List-Unsubscribe", "<https://lists.openvehicle.example.org/mailman/options/openvehicle-fw-dev>,\r\n"
                             " <mailto:openvehicle-fw-dev-request@lists.openvehicle.example.org?subject=unsubscribe>"),
        ("List-Post", "<mailto:openvehicle-fw-dev@lists.openvehicle.example.org>"),
        ("Precedence", "list"),
        ("Sender", "openvehicle-fw-dev <openvehicle-fw-dev-bounces@lists.openvehicle.example.org>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@mail(n(47), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-11-27"),),
      note="Executive MBA admission interview confirmed for Fri 27 Nov, 10:00 CET: an interview at a fixed "
           "time, but for a study programme, not a job")
def k47() -> bytes:
    body = t("""
        Dear Mr Maier,

        Thank you for your application to the Executive MBA in Technology Management (intake April 2027).

        We are pleased to confirm your admission interview:

        Date: Friday, 27 November 2026
        Time: 10:00 - 10:45 CET
        Format: in person, Isar School of Management, Leopoldstr. 180, 80804 Munich, Room 2.07
        Panel: Prof. Dr. Annette Gruber (Academic Director), Dr. Marc Lefèvre (Admissions)

        Please bring your passport and the original of your university degree.

        Kind regards,
        Clara Nussbaumer
        Admissions Office, Executive Education
        Isar School of Management
        """)
    when = "2026-11-18 11:40:00"
    return message([
        rcv("mail.isar-som.example.com", "141.84.20.9", when, B, "4J5rKx6YpCz8"),
        ("From", addr("Clara Nussbaumer", "c.nussbaumer@isar-som.example.com")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Executive MBA - confirmation of your admission interview"),
        ("Date", date(when, B)),
        ("Message-ID", "<admissions.emba27.4471@isar-som.example.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(n(48), family="tryout", lang="de", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Amateur ice-hockey club confirms a try-out (Probetraining) on Di. 8.12. at 20:15: fixed time, "
           "not a job interview")
def k48() -> bytes:
    body = t("""
        Servus Lukas,

        passt, dann komm am Dienstag, 8.12., zum Probetraining. Eiszeit ist um 20:15 Uhr, sei bitte um
        halb acht in der Kabine 3 in der Donau-Arena. Ausrüstung kannst du dir bei uns leihen, nur
        Schläger und Handschuhe solltest du selber mitbringen.

        Nach dem Training schauen wir kurz, ob du eher in die Hobby-Gruppe oder in die Ligamannschaft passt.

        Sportliche Grüße
        Flo
        Florian Brenner, Trainer Donau Wölfe Ulm e.V. (Hobby-Eishockey)
        """)
    when = "2026-12-01 22:03:18"
    return message([
        rcv("mail-ej1-f48.google.com", "209.85.218.48", when, B, "4JA8Nc2VrLz0"),
        ("From", addr("Florian Brenner", "flo.brenner.hockey@gmail.example.com")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Re: Probetraining Donau Wölfe")),
        ("Date", date(when, B)),
        ("Message-ID", "<CAM4p+Xn7Rz2tLq8_bW1kY9mEv3sGd0aJc6oHf5u@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(49), family="personal_appointment", lang="de", interview=False, company=None,
      days=(("Fri", "2026-09-18"),),
      note="Bank advisor meeting on a mortgage (Fr. 18.09.2026, 16:00 Uhr), called a 'Beratungsgespräch': a "
           "fixed time, not a job interview")
def k49() -> bytes:
    body = t("""
        Sehr geehrter Herr Maier,

        hiermit bestätige ich Ihnen unseren Termin zum Beratungsgespräch Baufinanzierung:

        Freitag, 18.09.2026, 16:00 Uhr
        Donau-Iller Bank eG, Filiale Ulm-Söflingen, Harthauser Straße 3

        Bitte bringen Sie die Unterlagen aus der Checkliste mit (Gehaltsnachweise der letzten drei
        Monate, Eigenkapitalnachweis, Exposé der Immobilie). Einen Arbeitgeberwechsel in der Probezeit
        sollten wir dabei offen besprechen.

        Freundliche Grüße
        Markus Vöhringer
        Baufinanzierungsberater
        Donau-Iller Bank eG
        """)
    when = "2026-09-14 09:26:41"
    return message([
        rcv("mx-out.donau-iller-bank.example.com", "194.25.12.90", when, B, "4HsQ3Lw8ZbKz"),
        ("From", addr("Markus Vöhringer", "markus.voehringer@donau-iller-bank.example.com")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", enc("Terminbestätigung Beratungsgespräch Baufinanzierung am 18.09.")),
        ("Date", date(when, B)),
        ("Message-ID", "<OFA1B2C3D4.E5F60718-ONC1258A3F.0031AB22@donau-iller-bank.example.com>"),
    ], alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(50), family="forwarded_other", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A friend forwards HIS OWN Greenhouse interview confirmation (Kestrel Drive, Thursday, October 22, "
           "10:00 AM CEST, addressed to jonas.weber@...) asking for tips: a confirmed interview, but not "
           "Lukas's")
def k50() -> bytes:
    body = t("""
        Servus Lukas,

        schau mal, ich hab jetzt auch ein Interview bei Kestrel Drive! Du warst doch im September bei
        denen - hast du Tipps, was der Anderl so fragt? Code-Reading in C oder eher Architektur?

        Bier geht auf mich.
        Jonas

        ---------- Forwarded message ---------
        From: Hannah Roth <no-reply@us.greenhouse-mail.io>
        Date: Fri, Oct 16, 2026 at 10:12 AM
        Subject: Interview Confirmation: Embedded Software Engineer (Diagnostics) - Kestrel Drive Systems
        To: <jonas.weber@example.net>

        Hi Jonas,

        Thanks for making the time - your interview with Kestrel Drive Systems is confirmed.

        Role: Embedded Software Engineer - Diagnostics (Munich / hybrid)
        When: Thursday, October 22, 2026, 10:00 AM - 11:00 AM CEST
        Where: Zoom
        https://kestreldrive.zoom.us/j/89021556310

        Best,
        Hannah Roth
        Talent Acquisition Partner | Kestrel Drive Systems GmbH
        """)
    when = "2026-10-16 18:47:29"
    return message([
        rcv("mail-lf1-f41.google.com", "209.85.167.41", when, B, "4HxQ9Wm2KtRz"),
        ("From", addr("Jonas Weber", "jonas.weber@example.net")),
        ("To", addr("Lukas Maier", ME)),
        ("Subject", "Fwd: Interview Confirmation: Embedded Software Engineer (Diagnostics) - Kestrel Drive Systems"),
        ("Date", date(when, B)),
        ("Message-ID", "<CAF2q+Wk8Lp3vNz7_dY4mRt1eXs9cB6aHu0oJg2i@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))
