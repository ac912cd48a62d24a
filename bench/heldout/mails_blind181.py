"""blind181: 50 hand-written mails from the inbox of Malte Henning (Göttingen), Sep-Dec 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Built and
checked with ``python3 bench/heldout/make_blind.py blind181``.
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
    received,
    t,
    text,
    utc,
)

SET = "blind181"
ORDER = random.Random(1810181).sample(range(1, 51), 50)
ME = "malte.henning@example.org"
ME_H = addr("Malte Henning", ME)
B = "Europe/Berlin"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(frm: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(frm, when, zone, ident, ME, lag))


def vtz(zone: str, as_name: str) -> str:
    """A VTIMEZONE block from the Berlin one under another CET zone name (same rules)."""
    return VTZ[zone].replace(f"TZID:{zone}", f"TZID:{as_name}").replace(
        f"X-LIC-LOCATION:{zone}", f"X-LIC-LOCATION:{as_name}")


# =========================================================================== positives


@make.mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-10 08:45", B), end=utc("2026-09-10 09:45", B),
           local="Thu 2026-09-10 08:45", local_end="2026-09-10 09:45", zone=B,
           contact="jana.wittkopf@nordlicht-labortechnik.de", company="Nordlicht Labortechnik GmbH",
           note="Personio invitation (Sie), 'Do., 10.09.2026, 8:45 bis 9:45 Uhr' in Göttingen, CEST "
                "(UTC+2) -> 06:45Z-07:45Z; sender is Personio's no-reply, contact = Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Guten Tag Herr Henning,

        vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d) Geräteintegration.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen.

        Termin:   Do., 10.09.2026, 8:45 bis 9:45 Uhr
        Ort:      Nordlicht Labortechnik GmbH, Hannah-Vogt-Straße 12, 37085 Göttingen
                  (Empfang im Erdgeschoss, Besucherparkplätze vor dem Haus)
        Gesprächspartner: Jana Wittkopf (People & Culture), Dr. Henrik Sauer (Leitung Software)

        Bitte bringen Sie einen Lichtbildausweis mit, für die Besucheranmeldung.

        Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Jana Wittkopf
        People & Culture | Nordlicht Labortechnik GmbH

        Diese E-Mail wurde über Personio versendet.
        """)
    hb = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Guten Tag Herr Henning,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Softwareentwickler (m/w/d) Geräteintegration</b>.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Termin:</b></td><td>Do., 10.09.2026, 8:45 bis 9:45&nbsp;Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Nordlicht Labortechnik GmbH, Hannah-Vogt-Straße 12, 37085 Göttingen<br>
        (Empfang im Erdgeschoss, Besucherparkplätze vor dem Haus)</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Jana Wittkopf (People &amp; Culture), Dr. Henrik Sauer (Leitung Software)</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit, für die Besucheranmeldung.</p>
        <p>Sollte Ihnen der Termin nicht passen, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Jana Wittkopf<br>People &amp; Culture | Nordlicht Labortechnik GmbH</p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet.</p>
        </body></html>
        """)
    return message([
        rcv("from mail-out-3.personio.de (mail-out-3.personio.de [185.113.46.20])", "2026-09-07 10:12:41", B,
            "mx01.example.org with ESMTPS id 4QmZ7r0xJkz9"),
        ("From", addr("Nordlicht Labortechnik GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Jana Wittkopf", "jana.wittkopf@nordlicht-labortechnik.de")),
        ("To", ME_H),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Softwareentwickler (m/w/d) Geräteintegration")),
        ("Date", date("2026-09-07 10:12:38", B)),
        ("Message-ID", "<0102019125d0a6b1-3f1c0e54-9a1b-4a8e-b9e2-71c7f0a2d4e1-000000@eu-central-1.amazonses.com>"),
        ("X-Mailer", "Personio Recruiting"),
    ], alt(text(body), html(hb)))


@make.mail(n(2), family="softgarden", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-24 14:00", B), end=None,
           local="Thu 2026-09-24 14:00", zone=B,
           contact="sabine.ortlepp@kasseler-messtechnik.de", company="Kasseler Messtechnik AG",
           note="softgarden mail, HTML only (base64). 'Donnerstag in einer Woche um 14:00 Uhr' sent on "
                "Thu 17.09. -> Thu 24.09.2026 14:00 CEST = 12:00Z; 'ca. 60 Minuten' -> end null; contact = "
                "the named recruiter's address in the body (sender is a no-reply)")
def m02() -> bytes:
    hb = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;padding:0;background:#f2f4f6">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#2b2b2b">
        <tr><td style="background:#00466e;color:#ffffff;font-size:18px"><b>Kasseler Messtechnik AG</b></td></tr>
        <tr><td>
        <p>Sehr geehrter Herr Henning,</p>
        <p>herzlichen Dank für Ihr Interesse an der Position <b>Embedded Software Engineer Sensorik (m/w/d)</b>.
        Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern kennenlernen.</p>
        <p>Wie heute am Telefon besprochen, findet das Gespräch <b>Donnerstag in einer Woche um 14:00&nbsp;Uhr</b>
        per Microsoft Teams statt. Den Link erhalten Sie am Vortag gesondert. Planen Sie bitte ca. 60 Minuten ein.</p>
        <p>Ihre Ansprechpartnerin bei Rückfragen ist Frau Dr. Sabine Ortlepp
        (<a href="mailto:sabine.ortlepp@kasseler-messtechnik.de">sabine.ortlepp@kasseler-messtechnik.de</a>,
        0561&nbsp;739&nbsp;20-118).</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Kasseler Messtechnik AG</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a8a8a">Kasseler Messtechnik AG · Wolfhager Straße 201 · 34127 Kassel ·
        Vorstand: Dr. Ulrich Pfeffer · Amtsgericht Kassel HRB 11873<br>
        Diese Nachricht wurde über softgarden e-recruiting versendet. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        rcv("from mta-2.softgarden.io (mta-2.softgarden.io [46.243.126.77])", "2026-09-17 16:40:12", B,
            "mx02.example.org with ESMTPS id 4Qt1Lb3sPyz2"),
        ("From", addr("Kasseler Messtechnik AG", "noreply@softgarden.io")),
        ("To", ME),
        ("Subject", enc("Ihre Bewerbung bei der Kasseler Messtechnik AG – Einladung")),
        ("Date", date("2026-09-17 16:40:09", B)),
        ("Message-ID", "<7f3a9e12.1d4c.4b0e.9a55.softgarden-mailer-20260917144009@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(hb, cte="base64"))


@make.mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-08 14:20", B), end=None,
           local="Thu 2026-10-08 14:20", zone=B,
           contact="lena.kowalczyk@pipettix.io", company="Pipettix GmbH",
           note="du-prose reply from the Berlin CTO: 'übermorgen um zwanzig nach zwei' sent Tue 06.10. "
                "-> Thu 08.10.2026 14:20 CEST = 12:20Z (the quoted mail says Donnerstag Nachmittag); "
                "plain text 8bit; contact = human sender")
def m03() -> bytes:
    body = t("""
        Hi Malte,

        super, dann machen wir das so: übermorgen um zwanzig nach zwei, per Google Meet.
        Mit dabei ist noch Deniz aus dem Hardware-Team, der will dir ein paar Fragen zu
        SiLA 2 und den Pipettierrobotern stellen. Einladung mit Link kommt gleich per Kalender.

        Falls was dazwischenkommt, schreib mir einfach kurz, Handy: 0176 48213307

        Bis Donnerstag!
        Lena

        --
        Lena Kowalczyk | CTO & Co-Founder
        Pipettix GmbH | Lohmühlenstraße 65 | 12435 Berlin

        Am Mo., 5. Okt. 2026 um 21:47 Uhr schrieb Malte Henning <malte.henning@example.org>:
        > Hallo Lena,
        >
        > danke für das nette Telefonat heute! Donnerstag Nachmittag ginge bei mir
        > ab 14 Uhr, Freitag leider gar nicht.
        >
        > Viele Grüße
        > Malte
        """)
    return message([
        rcv("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])", "2026-10-06 09:05:51", B,
            "mx01.example.org with ESMTPS id 4R2kTq1mWcz7"),
        ("From", addr("Lena Kowalczyk", "lena.kowalczyk@pipettix.io")),
        ("To", ME_H),
        ("Subject", "Re: Kennenlernen Pipettix"),
        ("Date", date("2026-10-06 09:05:47", B)),
        ("Message-ID", "<CAG8dQ4uPq1s3x7ZbN0R2Wv9kHyE5tLmJ6aFcX0oD@mail.gmail.com>"),
        ("In-Reply-To", "<a81f2c09-5e6d-4b7c-9f31-0d2e8c4b7a10@example.org>"),
        ("References", "<a81f2c09-5e6d-4b7c-9f31-0d2e8c4b7a10@example.org>"),
    ], text(body, cte="8bit"))


OKER_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Behrendt, Thorsten:mailto:t.behrendt@okerwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=malte.henning@example.org:mailto:malte.henning@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Grünwald, Petra:mailto:p.gruenwald@okerwerk.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Henning,\\n\\nwie telefonisch besprochen hier die Einladung zum Fachgespräch (Software Prozessanalytik).\\n\\nViele Grüße\\nThorsten Behrendt\\n
UID:040000008200E00074C5B7101A82E00800000000A0B3C1F2A4E2DC01000000000000000010000000D41E6B2C8F0A3B4C9E7D5F1A2B3C4D5E
SUMMARY;LANGUAGE=de-DE:Fachgespräch Softwareentwicklung – Malte Henning
DTSTART;TZID=W. Europe Standard Time:20261026T100000
DTEND;TZID=W. Europe Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T111700Z
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
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


@make.mail(n(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-26 10:00", B), end=utc("2026-10-26 11:00", B),
           local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=B,
           contact="t.behrendt@okerwerk.de", company="Okerwerk Prozessanalytik GmbH",
           note="Exchange meeting request (Teams), DST edge: sent Thu 22.10. in CEST, interview Mon 26.10. "
                "10:00-11:00 the day after Europe returns to CET (UTC+1) -> 09:00Z-10:00Z; ICS TZID "
                "'W. Europe Standard Time' agrees; contact = ORGANIZER/sender")
def m04() -> bytes:
    when = "Montag, 26. Oktober 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
    body = t(f"""
        Hallo Herr Henning,

        wie telefonisch besprochen hier die Einladung zum Fachgespräch (Software Prozessanalytik).

        Viele Grüße
        Thorsten Behrendt

        Wann: {when}
        Wo: Microsoft Teams-Besprechung

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät teil
        Jetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2ZTcxNmEtYzM4Ny00ZGE5LWI3ZTAtMmE4NmIxMGQ3ZjE0%40thread.v2/0>
        Besprechungs-ID: 364 918 220 417
        Kennung: m7Xq2b
        Hilfe<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    hb = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Wann: {when}<br>Wo: Microsoft Teams-Besprechung</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Hallo Herr Henning,</p>
        <p>wie telefonisch besprochen hier die Einladung zum Fachgespräch (Software Prozessanalytik).</p>
        <p>Viele Grüße<br>Thorsten Behrendt</p>
        <div style="width:100%">
        <span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span>
        <div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk2ZTcxNmEtYzM4Ny00ZGE5LWI3ZTAtMmE4NmIxMGQ3ZjE0%40thread.v2/0">Jetzt an der Besprechung teilnehmen</a></div>
        <div>Besprechungs-ID: 364 918 220 417<br>Kennung: m7Xq2b</div>
        </div></div></body></html>
        """)
    ics = OKER_ICS.format(vtz=VTZ["W. Europe Standard Time"])
    return message([
        rcv("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2091.outbound.protection."
            "outlook.com [40.107.104.91])", "2026-10-22 13:17:04", B, "mx02.example.org with ESMTPS id 4RFx0d5Qn3z1"),
        ("From", addr("Behrendt, Thorsten", "t.behrendt@okerwerk.de")),
        ("To", '"malte.henning@example.org" <malte.henning@example.org>'),
        ("CC", addr("Grünwald, Petra", "p.gruenwald@okerwerk.de")),
        ("Subject", enc("Fachgespräch Softwareentwicklung – Malte Henning")),
        ("Thread-Topic", enc("Fachgespräch Softwareentwicklung – Malte Henning")),
        ("Thread-Index", "AdtkBn4yq2Wv8RZcT0S2m1jH7vB3Ag=="),
        ("Date", "Thu, 22 Oct 2026 11:17:00 +0000"),
        ("Message-ID", "<AM9PR07MB7235C1F0E4D2A9B83C5E4F17A1B02@AM9PR07MB7235.eurprd07.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ], alt(text(body, cte="base64"), html(hb, cte="base64"),
           calendar(ics, method="REQUEST", cte="base64")))


AMS = "Europe/Amsterdam"


@make.mail(n(5), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-09-29 10:30", AMS), end=utc("2026-09-29 11:15", AMS),
           local="Tue 2026-09-29 10:30", local_end="2026-09-29 11:15", zone=AMS,
           contact="femke.degraaf@tulpwerk.nl", company="Tulpwerk Instruments B.V.",
           note="Greenhouse confirmation from a Dutch employer in English: 10:30-11:15 AM CEST "
                "(Europe/Amsterdam, UTC+2) -> 08:30Z-09:15Z; ICS with TZID Europe/Amsterdam agrees; "
                "contact = Reply-To recruiter")
def m05() -> bytes:
    body = t("""
        Hi Malte,

        Thanks for making time to speak with us! Your interview has been scheduled.

        Senior Software Engineer, Instrument Control (Remote / Utrecht)

        Tuesday, September 29th, 2026
        10:30 AM - 11:15 AM CEST (Europe/Amsterdam)

        Technical interview with Joost van Leeuwen (Engineering Lead)
        Video call: https://tulpwerk.zoom.us/j/84127730915?pwd=Q3pUdlVhTmFwR0hxZ2dD

        If you need to reschedule, please reply to this email and let us know.

        Best regards,
        Femke de Graaf
        Talent Acquisition, Tulpwerk Instruments
        """)
    hb = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Malte,</p>
        <p>Thanks for making time to speak with us! Your interview has been scheduled.</p>
        <p><strong>Senior Software Engineer, Instrument Control (Remote / Utrecht)</strong></p>
        <table style="border:1px solid #e1e1e1;padding:10px"><tr><td>
        <strong>Tuesday, September 29th, 2026</strong><br>
        10:30 AM - 11:15 AM CEST (Europe/Amsterdam)<br><br>
        Technical interview with Joost van Leeuwen (Engineering Lead)<br>
        Video call: <a href="https://tulpwerk.zoom.us/j/84127730915?pwd=Q3pUdlVhTmFwR0hxZ2dD">https://tulpwerk.zoom.us/j/84127730915</a>
        </td></tr></table>
        <p>If you need to reschedule, please reply to this email and let us know.</p>
        <p>Best regards,<br>Femke de Graaf<br>Talent Acquisition, Tulpwerk Instruments</p>
        </div>
        <img src="https://email.greenhouse.io/o/eJwNyDEOgCAMAMCvdCQxGk1jWHh/b6.gif" width="1" height="1" alt="">
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        {vtz}
        BEGIN:VEVENT
        UID:gh-interview-7713028004-5519920@greenhouse.io
        DTSTAMP:20260922T090300Z
        DTSTART;TZID=Europe/Amsterdam:20260929T103000
        DTEND;TZID=Europe/Amsterdam:20260929T111500
        SUMMARY:Interview: Malte Henning <> Tulpwerk Instruments (Technical)
        LOCATION:https://tulpwerk.zoom.us/j/84127730915
        ORGANIZER;CN=Femke de Graaf:mailto:femke.degraaf@tulpwerk.nl
        ATTENDEE;CN=Malte Henning;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:malte.henning@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=vtz("Europe/Berlin", AMS))
    return message([
        rcv("from o1.us.greenhouse-mail.io (o1.us.greenhouse-mail.io [167.89.101.17])", "2026-09-22 11:03:22", AMS,
            "mx01.example.org with ESMTPS id 4Qx7nM2kRvz4"),
        ("From", addr("Tulpwerk Instruments", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Femke de Graaf", "femke.degraaf@tulpwerk.nl")),
        ("To", ME_H),
        ("Subject", "Interview Confirmation: Senior Software Engineer, Instrument Control at Tulpwerk Instruments"),
        ("Date", date("2026-09-22 11:03:19", AMS)),
        ("Message-ID", "<gh.7713028004.5519920.3a1f@us.greenhouse-mail.io>"),
    ], mixed(alt(text(body), html(hb)),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


NY = "America/New_York"


@make.mail(n(6), family="lever", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-28 11:00", NY), end=utc("2026-10-28 11:45", NY),
           local="Wed 2026-10-28 11:00", local_end="2026-10-28 11:45", zone=NY,
           contact="dana.whitcomb@harborline-bio.com", company="Harborline Bioinstruments",
           note="Lever confirmation, DST gap week: 11:00-11:45 AM EDT on Wed 28 Oct (US still on "
                "daylight time, Europe already on CET) -> 15:00Z-15:45Z; the body's '4:00 PM CET' is "
                "consistent; no ICS; contact = Reply-To coordinator")
def m06() -> bytes:
    body = t("""
        Hi Malte,

        You're confirmed! Here are the details for your upcoming interview with Harborline Bioinstruments.

        Position: Software Engineer, Lab Automation (Remote, EU)
        Interview: Hiring Manager Screen
        When: Wednesday, October 28, 11:00 - 11:45 AM EDT
              (that is 4:00 - 4:45 PM CET for you in Göttingen; note the US clocks change a week after yours)
        Where: Google Meet - https://meet.google.com/hqv-ztmw-rjc
        Interviewer: Marcus Feld, Director of Software

        Need to make a change? Reply to this email and Dana will help you out.

        Cheers,
        Dana Whitcomb
        Recruiting Coordinator | Harborline Bioinstruments
        """)
    hb = "".join(f"<p>{p}</p>\n" for p in [
        "Hi Malte,",
        "You're confirmed! Here are the details for your upcoming interview with Harborline Bioinstruments.",
        "<b>Position:</b> Software Engineer, Lab Automation (Remote, EU)<br><b>Interview:</b> Hiring Manager Screen<br>"
        "<b>When:</b> Wednesday, October 28, 11:00 - 11:45 AM EDT<br>"
        "(that is 4:00 - 4:45 PM CET for you in Göttingen; note the US clocks change a week after yours)<br>"
        "<b>Where:</b> Google Meet - <a href=\"https://meet.google.com/hqv-ztmw-rjc\">meet.google.com/hqv-ztmw-rjc</a><br>"
        "<b>Interviewer:</b> Marcus Feld, Director of Software",
        "Need to make a change? Reply to this email and Dana will help you out.",
        "Cheers,<br>Dana Whitcomb<br>Recruiting Coordinator | Harborline Bioinstruments",
    ])
    return message([
        rcv("from mail232-9.suw31.mandrillapp.com (mail232-9.suw31.mandrillapp.com [198.2.132.9])",
            "2026-10-23 14:20:05", NY, "mx02.example.org with ESMTPS id 4RGm3V0Z7kz5"),
        ("From", addr("Harborline Bioinstruments", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@harborline-bio.com")),
        ("To", ME_H),
        ("Subject", "Interview confirmed: Software Engineer, Lab Automation"),
        ("Date", date("2026-10-23 14:20:01", NY)),
        ("Message-ID", "<20261023182001.2d7a9c40b1e3f5a6@hire.lever.co>"),
        ("X-Mailer", "Lever"),
    ], alt(text(body), html("<html><body style=\"font-family:Arial\">\n" + hb + "</body></html>\n")))


MEL = "Australia/Melbourne"


@make.mail(n(7), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-17 08:00", MEL), end=utc("2026-11-17 09:00", MEL),
           local="Tue 2026-11-17 08:00", local_end="2026-11-17 09:00", zone=MEL,
           contact="tom.hargreaves@quokkalab.com.au", company="Quokka Lab Systems",
           note="Ashby, Melbourne employer: Tue 17 Nov 8:00-9:00 AM AEDT (UTC+11) -> Mon 16 Nov 21:00Z-22:00Z, "
                "a different day in UTC (body also says Monday 10 PM in Berlin); ICS in UTC agrees; "
                "contact = Reply-To recruiter")
def m07() -> bytes:
    body = t("""
        Hi Malte,

        Your interview is confirmed. We're looking forward to speaking with you!

        Tuesday, 17 November 2026, 8:00 AM – 9:00 AM AEDT
        (Monday, 16 November, 10:00 PM – 11:00 PM Europe/Berlin)
        Zoom (link in the calendar invitation)

        You'll meet with:
          Shauna O'Brien — Head of Platform Engineering
          Vikram Desai — Senior Engineer, LIMS Integrations

        Questions? Just reply and it will reach Tom Hargreaves.

        Thanks,
        Quokka Lab Systems Recruiting
        """)
    hb = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Malte,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Tuesday, 17 November 2026, 8:00 AM – 9:00 AM AEDT</b><br>
        (Monday, 16 November, 10:00 PM – 11:00 PM Europe/Berlin)<br>Zoom (link in the calendar invitation)</p>
        <p>You&#x27;ll meet with:<br>Shauna O&#x27;Brien — Head of Platform Engineering<br>
        Vikram Desai — Senior Engineer, LIMS Integrations</p>
        <p>Questions? Just reply and it will reach Tom Hargreaves.</p>
        <p>Thanks,<br>Quokka Lab Systems Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:4c0b7e52-91a3-4f6d-8e2b-5d7a3f1c9e08
        DTSTAMP:20261111T230512Z
        DTSTART:20261116T210000Z
        DTEND:20261116T220000Z
        SEQUENCE:0
        SUMMARY:Quokka Lab Systems – Senior Software Engineer (Remote) Interview
        LOCATION:https://quokkalab.zoom.us/j/91822734410
        ORGANIZER;CN=Tom Hargreaves:mailto:tom.hargreaves@quokkalab.com.au
        ATTENDEE;CN=Malte Henning;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:malte.henning@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
            "2026-11-12 10:05:12", MEL, "mx01.example.org with ESMTPS id 4RWs8k1Hcdz3"),
        ("From", addr("Quokka Lab Systems", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Tom Hargreaves", "tom.hargreaves@quokkalab.com.au")),
        ("To", ME_H),
        ("Subject", "Interview confirmed: Senior Software Engineer (Remote) at Quokka Lab Systems"),
        ("Date", date("2026-11-12 10:05:08", MEL)),
        ("Message-ID", "<010001973b2e88c4-6f0a1d2e-3b4c-4d5e-8f90-a1b2c3d4e5f6-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(hb, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(n(8), family="workday", lang="de", interview=True, kind="scheduled",
           start=utc("2026-12-07 09:30", B), end=utc("2026-12-07 10:30", B),
           local="Mon 2026-12-07 09:30", local_end="2026-12-07 10:30", zone=B,
           contact="katrin.moeller@leinetal-diagnostik.de", company="Leinetal Diagnostik AG",
           note="Workday notification from the tenant mailbox: 'Mo., 7.12., 9:30 – 10:30 Uhr' (year from the "
                "Date, Wed 02.12.2026), CET (UTC+1) -> 08:30Z-09:30Z; contact = recruiter address in the body")
def m08() -> bytes:
    body = t("""
        Sehr geehrter Herr Henning,

        wir freuen uns, Ihnen den folgenden Gesprächstermin für die Stelle
        "Softwareentwickler Laborautomation (w/m/d) – JR-20417" zu bestätigen:

        Termin: Mo., 7.12., 9:30 – 10:30 Uhr
        Ort: Leinetal Diagnostik AG, Karl-Wiechert-Allee 44, 30625 Hannover, Gebäude C, Empfang
        Gesprächsteilnehmer: Katrin Möller (Talent Acquisition), Stefan Kröger (Teamleitung Software)

        Bitte melden Sie sich 10 Minuten vorher am Empfang. Bei Fragen erreichen Sie Frau Möller unter
        katrin.moeller@leinetal-diagnostik.de.

        Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenkonto:
        https://wd3.myworkdaysite.com/de-DE/recruiting/leinetal/Karriere

        Mit freundlichen Grüßen
        Ihr Talent-Acquisition-Team
        Leinetal Diagnostik AG
        """)
    hb = t("""
        <html><body><table width="600" style="font-family:Arial;font-size:13px"><tr><td>
        <p>Sehr geehrter Herr Henning,</p>
        <p>wir freuen uns, Ihnen den folgenden Gesprächstermin für die Stelle
        &quot;Softwareentwickler Laborautomation (w/m/d) – JR-20417&quot; zu bestätigen:</p>
        <p><b>Termin:</b> Mo., 7.12., 9:30 – 10:30 Uhr<br>
        <b>Ort:</b> Leinetal Diagnostik AG, Karl-Wiechert-Allee 44, 30625 Hannover, Gebäude C, Empfang<br>
        <b>Gesprächsteilnehmer:</b> Katrin Möller (Talent Acquisition), Stefan Kröger (Teamleitung Software)</p>
        <p>Bitte melden Sie sich 10 Minuten vorher am Empfang. Bei Fragen erreichen Sie Frau Möller unter
        <a href="mailto:katrin.moeller@leinetal-diagnostik.de">katrin.moeller@leinetal-diagnostik.de</a>.</p>
        <p>Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem
        <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/leinetal/Karriere">Kandidatenkonto</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Leinetal Diagnostik AG</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("from wd3-mta-out1.myworkday.com (wd3-mta-out1.myworkday.com [216.3.14.201])", "2026-12-02 15:48:33", B,
            "mx02.example.org with ESMTPS id 4Rm2cW6Gfqz8"),
        ("From", addr("Leinetal Diagnostik AG", "leinetal@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung: Vorstellungsgespräch JR-20417")),
        ("Date", date("2026-12-02 15:48:30", B)),
        ("Message-ID", "<1838271654.91827.1796222910431@wd3-prod-notif-12.myworkday.com>"),
    ], alt(text(body, charset="windows-1252"), html(hb, charset="windows-1252")))


def gcal_vevent(uid: str, start: str, end: str, summary: str, organizer: tuple[str, str], *,
                seq: int = 0, status: str = "CONFIRMED", stamp: str, location: str = "",
                zone: str = "Europe/Berlin") -> str:
    """A Google Calendar style VEVENT (IANA TZID)."""
    loc = f"LOCATION:{location}\n" if location else "LOCATION:\n"
    return (f"BEGIN:VEVENT\nDTSTART;TZID={zone}:{start}\nDTEND;TZID={zone}:{end}\nDTSTAMP:{stamp}\n"
            f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\nUID:{uid}\n"
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}\n"
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={organizer[0]};X-NUM-GUESTS=0:mailto:{organizer[1]}\n"
            f"CREATED:{stamp}\nLAST-MODIFIED:{stamp}\n{loc}SEQUENCE:{seq}\nSTATUS:{status}\nSUMMARY:{summary}\n"
            "TRANSP:OPAQUE\nEND:VEVENT")


@make.mail(n(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-11 13:00", B), end=utc("2026-11-11 14:00", B),
           local="Wed 2026-11-11 13:00", local_end="2026-11-11 14:00", zone=B,
           contact="mira.sievers@fuldaflux.de", company="Fuldaflux GmbH",
           note="Teamtailor interview invite (du): Mi., 11.11.2026 13:00-14:00 MEZ (UTC+1) -> 12:00Z-13:00Z; "
                "ICS TZID Europe/Berlin agrees; From is Teamtailor's no-reply, contact = Reply-To recruiter")
def m09() -> bytes:
    body = t("""
        Hey Malte,

        danke dir für das gute erste Gespräch! Wie versprochen kommt hier die Einladung zur
        zweiten Runde – diesmal bei uns vor Ort in Kassel, damit du das Team und das Labor kennenlernst.

        📅 Mittwoch, 11. November 2026
        🕐 13:00 – 14:00 (MEZ)
        📍 Fuldaflux GmbH, Sandershäuser Straße 34, 34123 Kassel

        Dabei sind Ole (Tech Lead Firmware) und Aylin (Product). Du musst nichts vorbereiten,
        wir schauen uns gemeinsam ein Stück unseres Geräte-Treibers an.

        Über den Link unten kannst du den Termin annehmen oder einen anderen vorschlagen.

        Bis bald!
        Mira Sievers
        Talent & Culture, Fuldaflux
        """)
    hb = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#1c1c1c">
        <p>Hey Malte,</p>
        <p>danke dir für das gute erste Gespräch! Wie versprochen kommt hier die Einladung zur
        zweiten Runde – diesmal bei uns vor Ort in Kassel, damit du das Team und das Labor kennenlernst.</p>
        <p>📅 <b>Mittwoch, 11. November 2026</b><br>🕐 13:00 – 14:00 (MEZ)<br>
        📍 Fuldaflux GmbH, Sandershäuser Straße 34, 34123 Kassel</p>
        <p>Dabei sind Ole (Tech Lead Firmware) und Aylin (Product). Du musst nichts vorbereiten,
        wir schauen uns gemeinsam ein Stück unseres Geräte-Treibers an.</p>
        <p><a href="https://fuldaflux.teamtailor.com/interviews/8f2c1d7e/respond" style="background:#3b2fd4;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Termin annehmen</a></p>
        <p>Bis bald!<br>Mira Sievers<br>Talent &amp; Culture, Fuldaflux</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </body></html>
        """)
    ev = gcal_vevent("tt-interview-8f2c1d7e@teamtailor.com", "20261111T130000", "20261111T140000",
                     "Interview: Malte Henning – Fuldaflux (2. Runde)", ("Mira Sievers", "mira.sievers@fuldaflux.de"),
                     stamp="20261102T162200Z", location="Sandershäuser Straße 34\\, 34123 Kassel")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Teamtailor//Interviews//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
           + VTZ["Europe/Berlin"] + "\n" + ev + "\nEND:VCALENDAR")
    return message([
        rcv("from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [185.12.80.41])", "2026-11-02 17:22:40", B,
            "mx01.example.org with ESMTPS id 4RP5t0dKk1z6"),
        ("From", addr("Mira Sievers (Fuldaflux)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Mira Sievers", "mira.sievers@fuldaflux.de")),
        ("To", ME_H),
        ("Subject", enc("Einladung zur 2. Runde bei Fuldaflux 🎉")),
        ("Date", date("2026-11-02 17:22:37", B)),
        ("Message-ID", "<6543c1a2e7f0b_7a1c2d3e4f5@teamtailor-mailer-7d9f.mail>"),
    ], mixed(alt(text(body), html(hb)),
             calendar(ics, method="REQUEST", cte="quoted-printable", filename="interview.ics",
                      disposition="attachment", name_param=True)))


@make.mail(n(10), family="calendly", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-02 10:00", B), end=utc("2026-10-02 10:30", B),
           local="Fri 2026-10-02 10:00", local_end="2026-10-02 10:30", zone=B,
           contact="jonas.petersen@zellkern-robotics.de", company="Zellkern Robotics GmbH",
           note="Calendly invitee confirmation in German. Trap: the zone label says 'Mitteleuropäische Zeit' "
                "although 2 Oct is CEST; 10:00-10:30 Göttingen wall clock -> 08:00Z-08:30Z, the ICS (UTC) agrees; "
                "contact = Reply-To host")
def m10() -> bytes:
    body = t("""
        Hallo Malte Henning,

        Ihr Termin ist geplant.

        Was: Kennenlernen Softwareentwicklung (30 Min.)
        Mit: Jonas Petersen
        Wann: 10:00 - 10:30, Freitag, 2. Oktober 2026 (Mitteleuropäische Zeit)
        Wo: Telefon – Jonas ruft Sie unter +49 551 2093318 an

        Beantwortete Fragen:
        Worüber möchten Sie sprechen?
        Die Stelle "Software Engineer Robotik-Steuerung" – ich habe über das Karriereportal der Uni davon erfahren.

        Zu Ihrem Kalender hinzufügen: Google · Outlook · iCal
        Absagen: https://calendly.com/cancellations/7d2e4b8a-1f3c-4e5d-9a0b-c1d2e3f4a5b6
        Neu planen: https://calendly.com/reschedulings/7d2e4b8a-1f3c-4e5d-9a0b-c1d2e3f4a5b6

        Terminplanung von Calendly
        """)
    hb = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:16px">
        <p>Hallo Malte Henning,</p><p>Ihr Termin ist geplant.</p>
        <p><b>Was:</b> Kennenlernen Softwareentwicklung (30 Min.)<br><b>Mit:</b> Jonas Petersen<br>
        <b>Wann:</b> 10:00 - 10:30, Freitag, 2. Oktober 2026 (Mitteleuropäische Zeit)<br>
        <b>Wo:</b> Telefon – Jonas ruft Sie unter +49 551 2093318 an</p>
        <p><a href="https://calendly.com/cancellations/7d2e4b8a-1f3c-4e5d-9a0b-c1d2e3f4a5b6">Absagen</a> ·
        <a href="https://calendly.com/reschedulings/7d2e4b8a-1f3c-4e5d-9a0b-c1d2e3f4a5b6">Neu planen</a></p>
        <p style="font-size:12px;color:#666">Terminplanung von <a href="https://calendly.com">Calendly</a></p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7d2e4b8a-1f3c-4e5d-9a0b-c1d2e3f4a5b6@calendly.com
        DTSTAMP:20260929T174400Z
        DTSTART:20261002T080000Z
        DTEND:20261002T083000Z
        SUMMARY:Malte Henning und Jonas Petersen
        ORGANIZER;CN=Jonas Petersen:mailto:jonas.petersen@zellkern-robotics.de
        ATTENDEE;CN=Malte Henning;PARTSTAT=ACCEPTED:mailto:malte.henning@example.org
        LOCATION:+49 551 2093318
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("from o7.email.calendly.com (o7.email.calendly.com [167.89.75.12])", "2026-09-29 19:44:21", B,
            "mx02.example.org with ESMTPS id 4Qz3pR7vX2z9"),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Jonas Petersen", "jonas.petersen@zellkern-robotics.de")),
        ("To", ME_H),
        ("Subject", enc("Bestätigt: Kennenlernen Softwareentwicklung (30 Min.) mit Jonas Petersen am "
                        "Freitag, 2. Oktober 2026")),
        ("Date", date("2026-09-29 19:44:18", B)),
        ("Message-ID", "<calendly.7d2e4b8a1f3c.invitee.scheduled@calendly.com>"),
    ], mixed(alt(text(body), html(hb)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


BOOK_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Brunsviga Sensorik Bewerbungsgespräche:mailto:Bewerbungsgespraeche@brunsvigasensorik.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Malte Henning:mailto:malte.henning@example.org
DESCRIPTION;LANGUAGE=de-DE:Telefoninterview Software Engineering\\nMitarbeiter: Olaf Rieckmann\\n
UID:040000008200E00074C5B7101A82E008000000004F1A2B3C5D3EDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Telefoninterview Software Engineering
DTSTART;TZID=W. Europe Standard Time:20260915T113000
DTEND;TZID=W. Europe Standard Time:20260915T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260909T060200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""


@make.mail(n(11), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-15 11:30", B), end=utc("2026-09-15 12:15", B),
           local="Tue 2026-09-15 11:30", local_end="2026-09-15 12:15", zone=B,
           contact=None, company="Brunsviga Sensorik GmbH",
           note="Microsoft Bookings confirmation (German). Trap: the zone label shows the standard offset "
                "'(UTC+01:00) Amsterdam, Berlin...' in September; 11:30 wall clock is CEST -> 09:30Z, 45 Minuten "
                "-> 10:15Z, as the ICS (W. Europe Standard Time) says. Only a Bookings mailbox and a staff "
                "name, no personal address -> contact null")
def m11() -> bytes:
    when = "Dienstag, 15. September 2026 11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
    hb = t(f"""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Ihre Buchung wurde bestätigt.</p>
        <p>Hallo Malte Henning,</p>
        <p>vielen Dank für Ihre Buchung bei Brunsviga Sensorik Bewerbungsgespräche.</p>
        <table cellpadding="3">
        <tr><td style="color:#605e5c">Dienst</td><td>Telefoninterview Software Engineering</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>{when}</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Olaf Rieckmann</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Wir rufen Sie unter der angegebenen Nummer an.</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/BrunsvigaSensorikBewerbungsgesprche@brunsvigasensorik.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        <p style="font-size:12px;color:#605e5c">Brunsviga Sensorik GmbH · Hansestraße 31 · 38112 Braunschweig</p>
        </div></body></html>
        """)
    ics = BOOK_ICS.format(vtz=VTZ["W. Europe Standard Time"])
    return message([
        rcv("from FR4P281MB3510.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:12c::9)", "2026-09-09 08:02:11", B,
            "mx01.example.org with ESMTPS id 4Qq4fT2bLmz1"),
        ("From", addr("Brunsviga Sensorik Bewerbungsgespräche",
                      "Bewerbungsgespraeche@brunsvigasensorik.onmicrosoft.com")),
        ("To", ME_H),
        ("Subject", enc("Gebuchter Termin mit Brunsviga Sensorik Bewerbungsgespräche: Telefoninterview "
                        "Software Engineering")),
        ("Date", "Wed, 9 Sep 2026 06:02:07 +0000"),
        ("Message-ID", "<FR4P281MB3510A7C2D1E04B9F8E3A61C2B7D4E@FR4P281MB3510.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("X-MS-Exchange-Organization-BookingsTemplate", "Confirmation"),
    ], alt(html(hb, cte="base64"), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(n(12), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-06 11:00", B), end=utc("2026-10-06 12:00", B),
           local="Tue 2026-10-06 11:00", local_end="2026-10-06 12:00", zone=B,
           contact="anja.heller@thueringer-spektral.de", company="Thüringer Spektral GmbH",
           note="Google Calendar invitation (German UI): Di. 6. Okt. 2026 11:00-12:00 MESZ (UTC+2) -> "
                "09:00Z-10:00Z; inline and attached ICS agree; contact = ORGANIZER/Reply-To. Same slot is "
                "cancelled later in this inbox (thread)")
def m12() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vorstellungsgespräch Malte Henning – Softwareentwickler Spektroskopie
        Dienstag, 6. Okt. 2026 ⋅ 11:00 – 12:00
        Mitteleuropäische Zeit - Berlin

        Ort
        Thüringer Spektral GmbH, Konrad-Zuse-Straße 14, 99099 Erfurt, Raum 2.07

        Hallo Herr Henning, wir freuen uns auf Sie! Bitte melden Sie sich am Empfang. Viele Grüße, Anja Heller

        Organisator
        Anja Heller
        anja.heller@thueringer-spektral.de

        Gäste
        Anja Heller – Organisator
        malte.henning@example.org
        Rüdiger Baumbach

        Antworten für malte.henning@example.org: Ja · Nein · Vielleicht · Weitere Optionen

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie zu diesem Termin eingeladen wurden.
        """)
    ev = gcal_vevent("0q7v3bl2k9hd1m4ncs8e5rjt0a@google.com", "20261006T110000", "20261006T120000",
                     "Vorstellungsgespräch Malte Henning – Softwareentwickler Spektroskopie",
                     ("Anja Heller", "anja.heller@thueringer-spektral.de"), stamp="20260928T140500Z",
                     location="Thüringer Spektral GmbH\\, Konrad-Zuse-Straße 14\\, 99099 Erfurt\\, Raum 2.07")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:REQUEST\n" + VTZ["Europe/Berlin"] + "\n" + ev + "\nEND:VCALENDAR")
    return message([
        rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-09-28 16:05:30", B,
            "mx02.example.org with ESMTPS id 4Qyb2K8sFdz4"),
        ("Sender", addr("Google Kalender", "calendar-notification@google.com")),
        ("From", addr("Anja Heller", "anja.heller@thueringer-spektral.de")),
        ("Reply-To", addr("Anja Heller", "anja.heller@thueringer-spektral.de")),
        ("To", ME),
        ("Subject", enc("Einladung: Vorstellungsgespräch Malte Henning – Softwareentwickler Spektroskopie "
                        "@ Di. 6. Okt. 2026 11:00 - 12:00 (MESZ) (malte.henning@example.org)")),
        ("Date", date("2026-09-28 16:05:27", B)),
        ("Message-ID", "<calendar-4b1d6e2a-8c3f-4a7b-9e5d-0f1a2b3c4d5e@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


CPH = "Europe/Copenhagen"


@make.mail(n(13), family="zoom", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-04 10:00", CPH), end=utc("2026-11-04 10:45", CPH),
           local="Wed 2026-11-04 10:00", local_end="2026-11-04 10:45", zone=CPH,
           contact="mette.kjaergaard@fjordlys.dk", company="Fjordlys Optics ApS",
           note="Danish employer writing in English with a pasted Zoom invitation: 'Nov 4, 2026 10:00 AM "
                "Copenhagen', the interview 'is 45 minutes' -> CET (UTC+1) 09:00Z-09:45Z; contact = human sender")
def m13() -> bytes:
    body = t("""
        Dear Malte,

        Thank you for your patience. I am happy to confirm your first interview for the position
        as Software Developer, Spectrometer Firmware, with our R&D manager Rasmus Holm.
        The interview is 45 minutes and will be in English.

        Below are the Zoom details:

        Mette Kjærgaard is inviting you to a scheduled Zoom meeting.

        Topic: Fjordlys Optics - interview Malte Henning
        Time: Nov 4, 2026 10:00 AM Copenhagen

        Join Zoom Meeting
        https://fjordlys.zoom.us/j/83310294417?pwd=bXQ4cU1XRWtZcWxXb0ZkV3R1N2pTUT09

        Meeting ID: 833 1029 4417
        Passcode: 561903

        ---

        One tap mobile
        +4589880568,,83310294417#,,,,*561903# Denmark
        +4969710491989,,83310294417#,,,,*561903# Germany

        Please let me know if anything comes up.

        Med venlig hilsen / Kind regards

        Mette Kjærgaard
        HR Partner
        Fjordlys Optics ApS | Lautrupbjerg 8 | 2750 Ballerup | Denmark
        +45 44 20 81 37
        """)
    return message([
        rcv("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2120.outbound.protection."
            "outlook.com [40.107.22.120])", "2026-10-30 13:10:45", CPH, "mx01.example.org with ESMTPS id 4RLq1y0t9pz3"),
        ("From", addr("Mette Kjærgaard", "mette.kjaergaard@fjordlys.dk")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", "Interview at Fjordlys Optics - Software Developer, Spectrometer Firmware"),
        ("Date", date("2026-10-30 13:10:41", CPH)),
        ("Message-ID", "<DB9PR03MB8390E1C7A2F44D1B9E5A7C3F8D2B1@DB9PR03MB8390.eurprd03.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], alt(text(body, charset="iso-8859-1"),
           html("<html><body><div style=\"font-family:Calibri\">" + body.replace("\n", "<br>\n")
                + "</div></body></html>\n", charset="iso-8859-1")))


@make.mail(n(14), family="human_prose", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-20 10:00", B), end=None,
           local="Fri 2026-11-20 10:00", zone=B,
           contact="frank.meyerhoff@hainberg-analytics.de", company="Hainberg Analytics GmbH",
           note="Phone-written reply (typos, 'Von meinem iPhone gesendet') on top of the quoted thread: 'dann "
                "freitag um 10' sent Wed 18.11. -> Fri 20.11.2026 10:00 CET = 09:00Z; no length; "
                "contact = human sender")
def m14() -> bytes:
    body = t("""
        Passt super. dann freitag um 10 bei uns in der Robert-Bosch-Breite, einfach am empfang nach mir fragen.
        Parken geht hinterm Haus

        Gruß Frank

        Von meinem iPhone gesendet

        > Am 17.11.2026 um 20:31 schrieb Malte Henning <malte.henning@example.org>:
        >
        > Hallo Herr Meyerhoff,
        >
        > vielen Dank für Ihre Rückmeldung! 10 Uhr wäre für mich ideal.
        >
        > Viele Grüße
        > Malte Henning
        >
        >> Am 17.11.2026 um 16:05 schrieb Frank Meyerhoff <frank.meyerhoff@hainberg-analytics.de>:
        >>
        >> Hallo Herr Henning,
        >>
        >> Ihr Profil passt gut zu dem, was wir im Team Datenanalyse suchen. Hätten Sie Lust, am Freitag
        >> Vormittag auf einen Kaffee und ein Gespräch vorbeizukommen? 10 oder 11 Uhr ginge bei mir.
        >>
        >> Beste Grüße
        >> Frank Meyerhoff
        >> Leiter Softwareentwicklung | Hainberg Analytics GmbH | Robert-Bosch-Breite 7 | 37079 Göttingen
        """)
    return message([
        rcv("from mout.kundenserver.de (mout.kundenserver.de [212.227.126.131])", "2026-11-18 07:12:58", B,
            "mx02.example.org with ESMTPS id 4RYd6n3qWsz2"),
        ("From", addr("Frank Meyerhoff", "frank.meyerhoff@hainberg-analytics.de")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Re: Gespräch Freitag")),
        ("Date", date("2026-11-18 07:12:51", B)),
        ("Message-ID", "<4F1C2E8B-7A3D-4C9E-B1F2-8D6E0A5C3B71@hainberg-analytics.de>"),
        ("In-Reply-To", "<b3e9a7c1-2d4f-4e8a-9c6b-1f0e2d3c4b5a@example.org>"),
        ("References", "<0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9@hainberg-analytics.de> "
                       "<b3e9a7c1-2d4f-4e8a-9c6b-1f0e2d3c4b5a@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, params="format=flowed; delsp=yes", cte="quoted-printable"))


@make.mail(n(15), family="recruitee", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-13 13:30", B), end=None,
           local="Tue 2026-10-13 13:30", zone=B,
           contact="hannah.reuter@calenberger-labortechnik.de", company="Calenberger Labortechnik GmbH",
           note="Recruitee invitation with an all-day ICS event (VALUE=DATE 13.10.); the time only in the text: "
                "'Dienstag, 13. Oktober, um 13:30 Uhr' (CEST, UTC+2) -> 11:30Z; no length; sender is the "
                "Recruitee relay, contact = the recruiter's address in the signature")
def m15() -> bytes:
    body = t("""
        Hallo Herr Henning,

        vielen Dank für das angenehme Telefonat. Hiermit bestätige ich Ihnen Ihr Vorstellungsgespräch
        am Dienstag, 13. Oktober, um 13:30 Uhr bei uns in Hannover-Linden (Davenstedter Straße 60).

        Sie sprechen mit mir und mit Herrn Okonkwo aus der Softwareentwicklung. Im Anhang finden Sie
        einen Kalendereintrag und eine Anfahrtsbeschreibung.

        Freundliche Grüße
        Hannah Reuter
        Personalreferentin
        Calenberger Labortechnik GmbH
        hannah.reuter@calenberger-labortechnik.de | 0511 924417-23
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Calendar//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:recruitee-event-30918274@recruitee.com
        DTSTAMP:20261009T093000Z
        DTSTART;VALUE=DATE:20261013
        DTEND;VALUE=DATE:20261014
        SUMMARY:Vorstellungsgespräch Calenberger Labortechnik
        DESCRIPTION:Vorstellungsgespräch mit Hannah Reuter und Chidi Okonkwo. Uhrzeit siehe E-Mail.
        LOCATION:Davenstedter Straße 60\\, 30453 Hannover
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hb = "<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in body.strip().split("\n\n")) + "</body></html>\n"
    return message([
        rcv("from mail.recruitee.com (mail.recruitee.com [18.196.25.188])", "2026-10-09 11:30:07", B,
            "mx01.example.org with ESMTPS id 4RB9mW1nTkz5"),
        ("From", addr("Hannah Reuter | Calenberger Labortechnik", "calenberger@mail.recruitee.com")),
        ("To", ME_H),
        ("Subject", enc("Ihr Vorstellungsgespräch bei Calenberger Labortechnik")),
        ("Date", date("2026-10-09 11:30:04", B)),
        ("Message-ID", "<mailer.30918274.7f2a1c@mail.recruitee.com>"),
    ], mixed(alt(text(body, cte="8bit"), html(hb, cte="8bit")),
             calendar(ics, method=None, cte="base64", filename="vorstellungsgespraech.ics", disposition="attachment"),
             text("Anfahrt: Stadtbahn Linie 9 bis Haltestelle Nieschlagstraße, dann 5 Minuten zu Fuß.\n",
                  cte="8bit", extra=(("Content-Disposition", 'attachment; filename="anfahrt.txt"'),))))


@make.mail(n(16), family="forward_to_self", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-26 11:00", B), end=None,
           local="Thu 2026-11-26 11:00", zone=B,
           contact="birgit.stolze@spreelicht-analytik.de", company="Spreelicht Analytik GmbH",
           note="The candidate forwards (message/rfc822) a confirmation received at his old address to himself: "
                "'Donnerstag, den 26.11.2026, um 11:00 Uhr' in Berlin, CET -> 10:00Z; no length; the candidate "
                "is never the contact -> the recruiter in the forwarded header")
def m16() -> bytes:
    inner_body = t("""
        Sehr geehrter Herr Henning,

        gern bestätigen wir Ihnen den Termin für Ihr Vorstellungsgespräch:

        Donnerstag, den 26.11.2026, um 11:00 Uhr
        Spreelicht Analytik GmbH, Rudower Chaussee 29, 12489 Berlin-Adlershof, Haus 3, 2. OG

        Die Fahrtkosten (Bahn, 2. Klasse) erstatten wir Ihnen gegen Vorlage der Belege.

        Mit freundlichen Grüßen

        Birgit Stolze
        Personalabteilung
        Spreelicht Analytik GmbH
        Tel. 030 6392 7710
        """)
    inner = message([
        ("From", addr("Birgit Stolze", "birgit.stolze@spreelicht-analytik.de")),
        ("To", addr("Malte Henning", "malte.henning@example.net")),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs am 26.11.2026")),
        ("Date", date("2026-11-20 10:14:02", B)),
        ("Message-ID", "<5d0e8a2f-1c3b-4e7d-a9f6-2b8c4d1e7a03@spreelicht-analytik.de>"),
    ], text(inner_body, charset="iso-8859-1", cte="quoted-printable"))
    outer = t("""
        zur Sicherheit auch hierher, die alte Adresse rufe ich kaum noch ab.
        Bahn: ICE 1091 ab Göttingen 8:02

        """)
    return message([
        rcv("from smtp.example.net (smtp.example.net [192.0.2.25])", "2026-11-20 18:30:17", B,
            "mx02.example.org with ESMTPS id 4RZn0w2fDhz8"),
        ("From", addr("Malte Henning", "malte.henning@example.net")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Fwd: Bestätigung Ihres Vorstellungsgesprächs am 26.11.2026")),
        ("Date", date("2026-11-20 18:30:14", B)),
        ("Message-ID", "<e71c2b9d-4a6f-4f1e-8d3c-5b7a9e0c1d24@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner)))


LON = "Europe/London"


@make.mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-11-23 15:30", LON), end=utc("2026-11-23 16:30", LON),
           local="Mon 2026-11-23 15:30", local_end="2026-11-23 16:30", zone=LON,
           contact="imogen.pryce@cobaltline.co.uk", company="Cobaltline Analytics Ltd",
           note="GoodTime reschedule, London employer: old slot Thu 19 Nov 2:00 PM GMT struck through, new "
                "Mon 23 Nov 3:30-4:30 PM GMT (UTC+0 in November) -> 15:30Z-16:30Z; ICS (UTC) SEQUENCE:1 agrees; "
                "contact = Reply-To coordinator")
def m17() -> bytes:
    body = t("""
        Hi Malte,

        Your interview with Cobaltline Analytics has been rescheduled. Please see the updated details below.

        PREVIOUS TIME (cancelled)
        Thursday, November 19, 2026, 2:00 PM - 3:00 PM GMT

        NEW TIME
        Monday, November 23, 2026
        3:30 PM - 4:30 PM GMT (Europe/London)
        4:30 PM - 5:30 PM CET (your time zone)

        System Design Interview
        Interviewers: Callum Reid (Principal Engineer), Ayesha Malik (Engineering Manager)
        Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2JhZjE4NTgtZDk0Ny00%40thread.v2/0

        An updated calendar invitation is attached. If this time no longer works, reply to this email.

        Best,
        Imogen Pryce
        Recruiting Coordinator, Cobaltline Analytics

        Sent via GoodTime
        """)
    hb = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Malte,</p>
        <p>Your interview with Cobaltline Analytics has been rescheduled. Please see the updated details below.</p>
        <p style="color:#999"><s>Thursday, November 19, 2026, 2:00 PM - 3:00 PM GMT</s></p>
        <p><b>Monday, November 23, 2026<br>3:30 PM - 4:30 PM GMT (Europe/London)</b><br>
        4:30 PM - 5:30 PM CET (your time zone)</p>
        <p>System Design Interview<br>Interviewers: Callum Reid (Principal Engineer), Ayesha Malik (Engineering Manager)</p>
        <p>An updated calendar invitation is attached. If this time no longer works, reply to this email.</p>
        <p>Best,<br>Imogen Pryce<br>Recruiting Coordinator, Cobaltline Analytics</p>
        <p style="font-size:11px;color:#aaa">Sent via GoodTime</p></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:goodtime-5f3c2a1b-9e8d-47c6-b5a4-3d2e1f0a9b8c
        DTSTAMP:20261117T120003Z
        DTSTART:20261123T153000Z
        DTEND:20261123T163000Z
        SEQUENCE:1
        SUMMARY:Cobaltline Analytics - System Design Interview - Malte Henning
        ORGANIZER;CN=Imogen Pryce:mailto:imogen.pryce@cobaltline.co.uk
        ATTENDEE;CN=Malte Henning;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:malte.henning@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("from mail.goodtime.io (mail.goodtime.io [149.72.183.14])", "2026-11-17 12:00:09", LON,
            "mx01.example.org with ESMTPS id 4RY0bQ6pLnz7"),
        ("From", addr("Cobaltline Analytics", "scheduling@goodtime.io")),
        ("Reply-To", addr("Imogen Pryce", "imogen.pryce@cobaltline.co.uk")),
        ("To", ME_H),
        ("Subject", "Rescheduled: System Design Interview with Cobaltline Analytics"),
        ("Date", date("2026-11-17 12:00:05", LON)),
        ("Message-ID", "<goodtime.5f3c2a1b9e8d.resched.1@goodtime.io>"),
    ], mixed(alt(text(body), html(hb)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@make.mail(n(18), family="smartrecruiters", lang="de", interview=True, kind="rescheduled",
           start=utc("2026-12-04 10:15", B), end=utc("2026-12-04 11:00", B),
           local="Fri 2026-12-04 10:15", local_end="2026-12-04 11:00", zone=B,
           contact="claudia.reimann@domberg-medtech.de", company="Domberg Medizintechnik GmbH",
           note="SmartRecruiters change notice: old Mi. 2.12. 14:00, new Fr. 4.12.2026 10:15-11:00 MEZ "
                "(UTC+1) -> 09:15Z-10:00Z; contact = recruiter address in the body")
def m18() -> bytes:
    body = t("""
        Hallo Malte,

        Ihr Interviewtermin für die Position "Softwareentwickler C#/.NET Laborgeräte (m/w/d)" wurde geändert.

        Neuer Termin:        Freitag, 4. Dezember 2026, 10:15 – 11:00 Uhr (MEZ)
        Ursprünglicher Termin: Mittwoch, 2. Dezember 2026, 14:00 Uhr (entfällt)
        Art:                 Videointerview (Microsoft Teams, der Link folgt per Kalendereinladung)

        Ihre Ansprechpartnerin: Claudia Reimann (claudia.reimann@domberg-medtech.de)

        Wir freuen uns auf das Gespräch!
        Domberg Medizintechnik GmbH · Erfurt

        Diese Nachricht wurde über SmartRecruiters gesendet. Antworten auf diese Adresse werden nicht gelesen.
        """)
    hb = t("""
        <html><body style="font-family:Arial;font-size:14px;color:#333">
        <p>Hallo Malte,</p>
        <p>Ihr Interviewtermin für die Position &bdquo;Softwareentwickler C#/.NET Laborgeräte (m/w/d)&ldquo; wurde geändert.</p>
        <table><tr><td><b>Neuer Termin:</b></td><td>Freitag, 4. Dezember 2026, 10:15 – 11:00 Uhr (MEZ)</td></tr>
        <tr><td style="color:#999">Ursprünglicher Termin:</td><td style="color:#999"><s>Mittwoch, 2. Dezember 2026, 14:00 Uhr</s></td></tr>
        <tr><td><b>Art:</b></td><td>Videointerview (Microsoft Teams, der Link folgt per Kalendereinladung)</td></tr></table>
        <p>Ihre Ansprechpartnerin: Claudia Reimann (<a href="mailto:claudia.reimann@domberg-medtech.de">claudia.reimann@domberg-medtech.de</a>)</p>
        <p>Wir freuen uns auf das Gespräch!<br>Domberg Medizintechnik GmbH · Erfurt</p>
        <p style="font-size:11px;color:#999">Diese Nachricht wurde über SmartRecruiters gesendet.</p></body></html>
        """)
    return message([
        rcv("from mail-de.smartrecruiters.com (mail-de.smartrecruiters.com [52.28.191.40])", "2026-11-30 09:20:44", B,
            "mx02.example.org with ESMTPS id 4RkR3t8YcVz1"),
        ("From", addr("Domberg Medizintechnik GmbH", "noreply@smartrecruiters.com")),
        ("To", ME),
        ("Subject", enc("Terminänderung: Ihr Interview bei Domberg Medizintechnik GmbH")),
        ("Date", date("2026-11-30 09:20:41", B)),
        ("Message-ID", "<sr-notif-20261130082041-6b4a2c@smartrecruiters.com>"),
    ], alt(text(body, cte="8bit"), html(hb)))


@make.mail(n(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start=utc("2026-11-17 15:30", B), end=None,
           local="Tue 2026-11-17 15:30", zone=B,
           contact="carsten.wolff@leinebogen-bio.de", company="Leinebogen Bioprozess GmbH",
           note="Prose reschedule (Sie), iso-8859-1 QP: from Mo., 16.11., 10 Uhr to 'Dienstag, 17.11., um "
                "15:30 Uhr' as agreed on the phone; CET -> 14:30Z; contact = human sender")
def m19() -> bytes:
    body = t("""
        Sehr geehrter Herr Henning,

        wie eben telefonisch besprochen, verschieben wir unser Gespräch vom Montag, 16.11., 10 Uhr
        auf Dienstag, 17.11., um 15:30 Uhr. Ort und Teilnehmer bleiben gleich (Gebäude B, Raum 114,
        Herr Dr. Quast und ich).

        Nochmals Entschuldigung für die kurzfristige Änderung, wir haben am Montag ein Audit im Haus.

        Mit freundlichen Grüßen
        Dr. Carsten Wolff
        Abteilungsleiter Automatisierung & IT
        Leinebogen Bioprozess GmbH
        Rudolf-Diesel-Straße 12 | 37075 Göttingen
        """)
    return message([
        rcv("from mail.leinebogen-bio.de (mail.leinebogen-bio.de [194.25.13.88])", "2026-11-13 14:02:37", B,
            "mx01.example.org with ESMTPS id 4RWq8c0mFbz4"),
        ("From", addr("Dr. Carsten Wolff", "carsten.wolff@leinebogen-bio.de")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Verschiebung unseres Gesprächs auf Dienstag", "iso-8859-1")),
        ("Date", date("2026-11-13 14:02:33", B)),
        ("Message-ID", "<000001dc7a3f$5e2b1c40$1a8154c0$@leinebogen-bio.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-1"))


NORD_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Rebecca Lindqvist:mailto:rebecca.lindqvist@nordhafen-genomics.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Malte Henning:mailto:malte.henning@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emre Aksoy:mailto:emre.aksoy@nordhafen-genomics.de
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B2DC0100000000000000001000000077AA12BB34CC56DD78EE90FF12AB34CD
SUMMARY;LANGUAGE=en-US:Technical Interview – Malte Henning
DTSTART;TZID=W. Europe Standard Time:20261027T140000
DTEND;TZID=W. Europe Standard Time:20261027T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T072900Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2119377410
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""


@make.mail(n(20), family="exchange_outlook", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-27 14:00", B), end=utc("2026-10-27 15:00", B),
           local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=B,
           contact="rebecca.lindqvist@nordhafen-genomics.de", company="Nordhafen Genomics GmbH",
           note="Exchange 'Updated:' meeting request across the DST change: was Fri 23 Oct 2:00 PM (CEST), "
                "now Tue 27 Oct 2:00-3:00 PM (CET, UTC+1) -> 13:00Z-14:00Z; SEQUENCE:1; contact = ORGANIZER")
def m20() -> bytes:
    new = "Tuesday, October 27, 2026 2:00 PM-3:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    old = "Friday, October 23, 2026 2:00 PM-3:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    body = t(f"""
        When: {new}
        Where: Microsoft Teams Meeting

        Changed from:
        When: {old}

        *~*~*~*~*~*~*~*~*~*

        Hi Malte,
        Emre is out sick on Friday, so I moved our technical interview to Tuesday. Same format, same link.
        Sorry for the shuffle!
        Rebecca

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk1NGE0YzQtYjM2Mi00%40thread.v2/0>
        Meeting ID: 318 550 947 226
        Passcode: Tx9w3Q
        ________________________________________________________________________________
        """)
    ics = NORD_ICS.format(vtz=VTZ["W. Europe Standard Time"])
    return message([
        rcv("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2103.outbound.protection."
            "outlook.com [40.107.241.103])", "2026-10-21 09:29:06", B, "mx02.example.org with ESMTPS id 4RF1hX2mQkz6"),
        ("From", addr("Rebecca Lindqvist", "rebecca.lindqvist@nordhafen-genomics.de")),
        ("To", addr("Malte Henning", ME)),
        ("CC", addr("Emre Aksoy", "emre.aksoy@nordhafen-genomics.de")),
        ("Subject", enc("Updated: Technical Interview – Malte Henning")),
        ("Thread-Topic", enc("Technical Interview – Malte Henning")),
        ("Date", "Wed, 21 Oct 2026 07:29:00 +0000"),
        ("Message-ID", "<VI1PR08MB5327B8D9E0F1A2C3D4E5F6A7B8C9D@VI1PR08MB5327.eurprd08.prod.outlook.com>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), html("<html><body><pre style=\"font-family:Calibri\">" + body.replace("<", "&lt;")
                            .replace(">", "&gt;") + "</pre></body></html>\n"),
           calendar(ics, method="REQUEST", cte="base64")))


@make.mail(n(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
           start=utc("2026-10-06 11:00", B), end=utc("2026-10-06 12:00", B),
           local="Tue 2026-10-06 11:00", local_end="2026-10-06 12:00", zone=B,
           contact="anja.heller@thueringer-spektral.de", company="Thüringer Spektral GmbH",
           note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Erfurt interview "
                "Di. 6. Okt. 11:00-12:00 MESZ -> 09:00Z-10:00Z (the cancelled slot); no new time; "
                "contact = ORGANIZER. Thread with the invitation in this inbox")
def m21() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Vorstellungsgespräch Malte Henning – Softwareentwickler Spektroskopie
        Dienstag, 6. Okt. 2026 ⋅ 11:00 – 12:00
        Mitteleuropäische Zeit - Berlin

        Nachricht des Organisators:
        Sehr geehrter Herr Henning, leider müssen wir das Gespräch absagen: die Stelle wird nun intern
        besetzt. Es tut mir sehr leid, gern behalten wir Ihr Profil für künftige Stellen. Anja Heller

        Organisator
        Anja Heller
        anja.heller@thueringer-spektral.de

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ev = gcal_vevent("0q7v3bl2k9hd1m4ncs8e5rjt0a@google.com", "20261006T110000", "20261006T120000",
                     "Vorstellungsgespräch Malte Henning – Softwareentwickler Spektroskopie",
                     ("Anja Heller", "anja.heller@thueringer-spektral.de"), seq=1, status="CANCELLED",
                     stamp="20261002T064000Z",
                     location="Thüringer Spektral GmbH\\, Konrad-Zuse-Straße 14\\, 99099 Erfurt\\, Raum 2.07")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
           "METHOD:CANCEL\n" + VTZ["Europe/Berlin"] + "\n" + ev + "\nEND:VCALENDAR")
    return message([
        rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-10-02 08:40:19", B,
            "mx01.example.org with ESMTPS id 4R06tS9kJxz2"),
        ("Sender", addr("Google Kalender", "calendar-notification@google.com")),
        ("From", addr("Anja Heller", "anja.heller@thueringer-spektral.de")),
        ("Reply-To", addr("Anja Heller", "anja.heller@thueringer-spektral.de")),
        ("To", ME),
        ("Subject", enc("Abgesagter Termin: Vorstellungsgespräch Malte Henning – Softwareentwickler Spektroskopie "
                        "@ Di. 6. Okt. 2026 11:00 - 12:00 (MESZ) (malte.henning@example.org)")),
        ("Date", date("2026-10-02 08:40:16", B)),
        ("Message-ID", "<calendar-9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b@google.com>"),
    ], mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@make.mail(n(22), family="taleo", lang="en", interview=True, kind="cancelled",
           start=utc("2026-12-03 09:00", B), end=None,
           local="Thu 2026-12-03 09:00", zone=B,
           contact="rachel.nguyen@meridianlife.com", company="Meridian Life Instruments",
           note="Taleo cancellation with a US-style date: '12/03/2026 09:00 AM (GMT+01:00) Berlin' = Thu 3 Dec, "
                "CET -> 08:00Z (the cancelled slot); no new time; contact = coordinator address in the body")
def m22() -> bytes:
    body = t("""
        Dear Malte Henning,

        We regret to inform you that the interview scheduled for the position of
        Software Engineer II - Instrument Connectivity (Requisition 2600417), Berlin, Germany

        Date/Time: 12/03/2026 09:00 AM (GMT+01:00) Berlin, Amsterdam, Rome
        Location: Meridian Life Instruments, Berlin Campus

        has been cancelled. A member of our Talent Acquisition team will contact you shortly
        regarding next steps.

        For questions please contact Rachel Nguyen, Interview Coordinator, at rachel.nguyen@meridianlife.com.

        Sincerely,
        Meridian Life Instruments Talent Acquisition

        This is an automated message. Please do not reply to this email.
        """)
    return message([
        rcv("from mta3.taleo.net (mta3.taleo.net [160.34.8.77])", "2026-11-30 16:02:55", B,
            "mx01.example.org with ESMTPS id 4RkbN0tTqRz3"),
        ("From", addr("Meridian Life Instruments", "meridianlife@invalidemail.com")),
        ("Sender", "noreply@taleo.net"),
        ("To", ME),
        ("Subject", "Interview Cancellation - Software Engineer II - Instrument Connectivity"),
        ("Date", date("2026-11-30 16:02:51", B)),
        ("Message-ID", "<1733128971345.91.JavaMail.taleo@tcp-prod-mta3>"),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(n(23), family="human_prose", lang="de", interview=True, kind="cancelled",
           start=utc("2026-10-01 08:30", B), end=None,
           local="Thu 2026-10-01 08:30", zone=B,
           contact="jan.tiedemann@ritterbrunnen-software.de", company="Ritterbrunnen Software GmbH",
           note="du-prose cancellation sent Tue 29.09.: 'unser Gespräch übermorgen Vormittag um halb neun' -> Thu 01.10.2026 "
                "08:30 CEST = 06:30Z (the cancelled slot); hiring freeze, no new time; contact = human sender")
def m23() -> bytes:
    body = t("""
        Hi Malte,

        leider muss ich unser Gespräch übermorgen Vormittag um halb neun absagen. Wir haben heute Mittag von der
        Geschäftsführung einen Einstellungsstopp bis mindestens Ende Q1 bekommen, und ich will dich
        nicht extra nach Braunschweig fahren lassen für eine Stelle, die es gerade nicht gibt.

        Tut mir echt leid, ich hätte dich gern kennengelernt. Sobald sich was tut, melde ich mich
        als Erstes bei dir.

        Viele Grüße
        Jan

        Jan Tiedemann
        Head of Engineering
        Ritterbrunnen Software GmbH · Braunschweig
        """)
    return message([
        rcv("from smtp-out.ritterbrunnen-software.de (smtp-out.ritterbrunnen-software.de [78.46.91.202])",
            "2026-09-29 17:55:20", B, "mx02.example.org with ESMTPS id 4R0Cq3pXv2z9"),
        ("From", addr("Jan Tiedemann", "jan.tiedemann@ritterbrunnen-software.de")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Unser Gespräch am Donnerstag – leider Absage")),
        ("Date", date("2026-09-29 17:55:16", B)),
        ("Message-ID", "<7c1e5a3d-2b9f-4a0e-8d6c-ff3e2a1b0c9d@ritterbrunnen-software.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


# =========================================================================== negatives


@make.mail(n(24), family="jobcenter_appointment", lang="de", interview=False, company=None,
           days=(("Wed", "2026-09-23"),),
           note="Agentur für Arbeit: 'Einladung' to a fixed counselling appointment (Mi., 23.09.2026, 8:45 Uhr) "
                "with Rechtsfolgenbelehrung; a fixed time and the word Gespräch, but not a job interview")
def m24() -> bytes:
    body = t("""
        Sehr geehrter Herr Henning,

        bitte kommen Sie zu einem persönlichen Gespräch:

        am Mittwoch, 23.09.2026, um 8:45 Uhr
        Agentur für Arbeit Göttingen, Bahnhofsallee 5, 37081 Göttingen, Eingang B, Zimmer 2.14
        Ihre Ansprechpartnerin: Frau Kühn, Arbeitsvermittlung (Team 312)

        Ich möchte mit Ihnen über Ihre berufliche Situation und Ihre Bewerbungsaktivitäten sprechen.
        Bitte bringen Sie mit: Personalausweis, Lebenslauf, Nachweise Ihrer Bewerbungen der letzten Wochen.

        Rechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund dieser Einladung nicht nachkommen, tritt eine
        Sperrzeit von einer Woche ein (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III). Die vollständige Belehrung finden
        Sie in Ihrem Postfach auf arbeitsagentur.de.

        Wenn Sie den Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Göttingen

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    return message([
        rcv("from mail.arbeitsagentur.de (mail.arbeitsagentur.de [194.95.62.21])", "2026-09-14 11:02:37", B,
            "mx01.example.org with ESMTPS id 4Qs0bT6rKpz1"),
        ("From", addr("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de")),
        ("To", ME),
        ("Subject", enc("Einladung zu einem persönlichen Gespräch am 23.09.2026")),
        ("Date", date("2026-09-14 11:02:33", B)),
        ("Message-ID", "<20260914090233.4711.BA-Postfach@arbeitsagentur.de>"),
    ], text(body, charset="iso-8859-15"))


@make.mail(n(25), family="press_interview", lang="de", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="A local reporter confirms an interview about the user's open-source lab software for Tuesday "
                "16 Uhr: a fixed interview time, but he is the interviewee of the press, not a job candidate")
def m25() -> bytes:
    body = t("""
        Hallo Herr Henning,

        prima, dann treffen wir uns am Dienstag (20.10.) um 16 Uhr im Café Botanik am Nikolausberger Weg.
        Ich bringe unseren Fotografen mit, wenn das für Sie in Ordnung ist, ca. 10 Minuten für ein paar Bilder.

        Für das Interview selbst plane ich etwa eine Stunde ein. Mich interessiert vor allem, wie aus Ihrem
        Feierabend-Projekt "labctl" ein Werkzeug wurde, das inzwischen in drei Göttinger Instituten läuft,
        und was Open Source für kleine Labore bedeutet.

        Der Artikel soll in der Wochenendausgabe am 31.10. erscheinen (Rubrik "Köpfe der Region").

        Viele Grüße
        Ines Bartels
        Redaktion Stadt & Wissenschaft
        Göttinger Abendblatt
        Tel. 0551 901-2247
        """)
    return message([
        rcv("from mail.goettinger-abendblatt.de (mail.goettinger-abendblatt.de [91.198.2.74])",
            "2026-10-15 12:44:08", B, "mx02.example.org with ESMTPS id 4RCv8n1qTwz6"),
        ("From", addr("Ines Bartels", "i.bartels@goettinger-abendblatt.de")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Re: Interview labctl / Köpfe der Region")),
        ("Date", date("2026-10-15 12:44:04", B)),
        ("Message-ID", "<f0a3c1e7-88b2-4d1e-9f6a-2c3b4d5e6f70@goettinger-abendblatt.de>"),
        ("In-Reply-To", "<9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a@example.org>"),
    ], text(body, cte="8bit"))


@make.mail(n(26), family="podcast", lang="en", interview=False, company=None,
           days=(("Thu", "2026-11-05"),),
           note="Podcast guest recording confirmed for Thursday, November 5, 5:00 PM CET with an ICS: a fixed "
                "time and 'interview' in the text, but a podcast appearance, not a job interview")
def m26() -> bytes:
    body = t("""
        Hey Malte,

        Thanks again for agreeing to come on The Bench Top! You're all set:

        Episode: "Glue code for the lab - open-source instrument drivers"
        Recording: Thursday, November 5, 2026 - 5:00 PM CET (Berlin), about 60 minutes
        Where: Riverside.fm studio link (below), please use headphones and Chrome

        The interview is pretty relaxed. I'll send 6-8 questions by Monday; nothing is live,
        and you'll get to review the edit before it airs.

        Studio: https://riverside.fm/studio/the-bench-top?t=4b1f9e

        Talk soon,
        Priya
        Host, The Bench Top - conversations about lab automation
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Apple Inc.//macOS 15.1//EN
        METHOD:REQUEST
        {vtz}
        BEGIN:VEVENT
        UID:3A7C1E92-5B4D-4F8E-A0C6-1D2E3F4A5B6C
        DTSTAMP:20261029T151200Z
        DTSTART;TZID=Europe/Berlin:20261105T170000
        DTEND;TZID=Europe/Berlin:20261105T180000
        SUMMARY:The Bench Top - podcast recording with Malte Henning
        ORGANIZER;CN=Priya Raman:mailto:priya@thebenchtop.fm
        ATTENDEE;CN=Malte Henning;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:malte.henning@example.org
        LOCATION:https://riverside.fm/studio/the-bench-top
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=VTZ["Europe/Berlin"])
    return message([
        rcv("from mail-pj1-f44.google.com (mail-pj1-f44.google.com [209.85.216.44])", "2026-10-29 16:12:30", B,
            "mx01.example.org with ESMTPS id 4RKx2c5HnVz7"),
        ("From", addr("Priya Raman", "priya@thebenchtop.fm")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", "You're booked on The Bench Top (Nov 5)"),
        ("Date", date("2026-10-29 16:12:26", B)),
        ("Message-ID", "<CAF3xR0b9yK2nT7wPq4sL1mZc8VhD6jE0gUoA5iN@mail.gmail.com>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@make.mail(n(27), family="admission_interview", lang="de", interview=False,
           company=None, days=(("Fri", "2026-10-09"),),
           note="University of applied sciences: selection interview ('Auswahlgespräch') for a part-time master's "
                "programme on Fr., 9.10., 15:00 Uhr via Zoom: an admission interview, not a job interview")
def m27() -> bytes:
    hb = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Henning,</p>
        <p>vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        <b>Data Science in den Lebenswissenschaften (M.Sc.)</b> zum Sommersemester 2027.</p>
        <p>Wir laden Sie hiermit zum <b>Auswahlgespräch</b> ein:</p>
        <p>Freitag, 9.10.2026, 15:00 &ndash; 15:30 Uhr<br>
        online via Zoom (Zugangsdaten erhalten Sie einen Tag vorher)</p>
        <p>Die Kommission besteht aus Prof. Dr. Meike Harms und Prof. Dr. Lutz Albrecht. Bitte halten Sie
        einen amtlichen Lichtbildausweis bereit.</p>
        <p>Mit freundlichen Grüßen<br>Studierendensekretariat &ndash; Weiterbildung<br>
        Hochschule Weserbergland für angewandte Wissenschaften</p>
        </body></html>
        """)
    return message([
        rcv("from mx.hs-weserbergland.de (mx.hs-weserbergland.de [141.41.3.12])", "2026-09-29 10:30:51", B,
            "mx02.example.org with ESMTPS id 4QzG1s9dBnz2"),
        ("From", addr("Studierendensekretariat Weiterbildung", "weiterbildung@hs-weserbergland.de")),
        ("To", ME_H),
        ("Subject", enc("Einladung zum Auswahlgespräch – M.Sc. Data Science in den Lebenswissenschaften")),
        ("Date", date("2026-09-29 10:30:47", B)),
        ("Message-ID", "<6c1f2b0a-ee3d-4c2b-b1a0-9f8e7d6c5b4a@hs-weserbergland.de>"),
    ], html(hb, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(n(28), family="sports_tryout", lang="de", interview=False, company=None,
           days=(("Thu", "2026-09-17"),),
           note="Handball club confirms a try-out ('Probetraining') on Donnerstag 17.09. um 19:30 Uhr: a fixed "
                "time, not a job interview")
def m28() -> bytes:
    body = t("""
        Moin Malte,

        cool, dass du Bock hast! Dann komm einfach Donnerstag (17.9.) um 19:30 zum Probetraining
        in die Sporthalle der IGS Geismar, Halle 2. Sportzeug, Hallenschuhe und was zu trinken
        reicht, Harz gibts bei uns.

        Wir trainieren bis 21:30, danach gehts meistens noch kurz ins Sportlerheim. Wenn du nach
        zwei, drei Mal Lust hast zu bleiben, kümmern wir uns um den Spielerpass.

        Sportliche Grüße
        Timo
        Trainer 2. Herren – SV Geismar 1911 e.V., Abteilung Handball
        """)
    return message([
        rcv("from smtp.svgeismar-handball.de (smtp.svgeismar-handball.de [85.13.155.20])", "2026-09-13 20:41:02", B,
            "mx01.example.org with ESMTPS id 4QrVq2c7Tnz4"),
        ("From", addr("Timo Reinecke", "t.reinecke@svgeismar-handball.de")),
        ("To", ME),
        ("Subject", "Re: Probetraining 2. Herren"),
        ("Date", date("2026-09-13 20:40:58", B)),
        ("Message-ID", "<5e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b@svgeismar-handball.de>"),
    ], text(body, cte="8bit"))


@make.mail(n(29), family="car_service", lang="de", interview=False, company=None,
           days=(("Mon", "2026-10-12"),),
           note="Car dealership workshop confirmation, Mo., 12.10.2026, 7:30 Uhr (inspection and tyre change); "
                "'Terminbestätigung' with a fixed time, not an interview")
def m29() -> bytes:
    hb = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" cellpadding="12"><tr><td style="background:#003b6f;color:#fff"><b>Autohaus Leinetal GmbH</b> &middot; Service</td></tr>
        <tr><td>
        <p>Guten Tag Herr Henning,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:</p>
        <table cellpadding="4">
        <tr><td>Termin:</td><td><b>Montag, 12.10.2026, 07:30 Uhr</b> (Fahrzeugannahme)</td></tr>
        <tr><td>Fahrzeug:</td><td>GÖ-MH 412, Skoda Octavia Combi</td></tr>
        <tr><td>Leistungen:</td><td>Inspektion nach Herstellervorgabe, Räderwechsel Sommer/Winter (Einlagerung)</td></tr>
        <tr><td>Ihr Serviceberater:</td><td>Herr Dominik Schaper</td></tr>
        <tr><td>Voraussichtliche Fertigstellung:</td><td>ca. 16:00 Uhr</td></tr>
        </table>
        <p>Ein Ersatzfahrzeug ist für Sie reserviert. Bitte bringen Sie Fahrzeugschein und Serviceheft mit.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Service-Team<br>Autohaus Leinetal GmbH, Hannoversche Straße 140, 37077 Göttingen</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("from smtp.autohaus-leinetal.de (smtp.autohaus-leinetal.de [85.13.141.9])", "2026-10-05 15:26:44", B,
            "mx02.example.org with ESMTPS id 4R1xL8qJ0mz3"),
        ("From", addr("Autohaus Leinetal Service", "service@autohaus-leinetal.de")),
        ("To", ME_H),
        ("Subject", enc("Terminbestätigung Werkstatt – Montag, 12.10.2026, 07:30 Uhr")),
        ("Date", date("2026-10-05 15:26:40", B)),
        ("Message-ID", "<20261005132640.AB12C3D4E5@smtp.autohaus-leinetal.de>"),
    ], html(hb, cte="base64"))


@make.mail(n(30), family="bank_advisor", lang="de", interview=False, company=None,
           days=(("Tue", "2026-11-03"),),
           note="Bank advisory appointment (Baufinanzierung) on Di., 03.11.2026, 17:00 Uhr with an ICS "
                "attachment: fixed time, 'Gespräch', not a job interview")
def m30() -> bytes:
    body = t("""
        Sehr geehrter Herr Henning,

        vielen Dank für Ihre Terminanfrage. Gern bestätige ich Ihnen unser Beratungsgespräch zum Thema
        Baufinanzierung:

        Dienstag, 03.11.2026, 17:00 Uhr bis ca. 18:30 Uhr
        Filiale Weende, Hennebergstraße 2, 37077 Göttingen

        Bitte bringen Sie, soweit vorhanden, Ihre letzten drei Gehaltsabrechnungen, den Arbeitsvertrag
        sowie das Exposé der Immobilie mit. Einen Kalendereintrag finden Sie im Anhang.

        Mit freundlichen Grüßen

        Sandra Gieseke
        Baufinanzierungsberaterin
        Volksbank Göttinger Land eG
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Volksbank Göttinger Land//Terminvereinbarung//DE
        METHOD:PUBLISH
        {vtz}
        BEGIN:VEVENT
        UID:vbgl-termin-20261103-1700-4471
        DTSTAMP:20261027T081500Z
        DTSTART;TZID=Europe/Berlin:20261103T170000
        DTEND;TZID=Europe/Berlin:20261103T183000
        SUMMARY:Beratungsgespräch Baufinanzierung – Volksbank Göttinger Land
        LOCATION:Filiale Weende\\, Hennebergstraße 2\\, 37077 Göttingen
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=VTZ["Europe/Berlin"])
    return message([
        rcv("from mx-out.vb-goettingerland.de (mx-out.vb-goettingerland.de [193.28.227.55])",
            "2026-10-27 09:15:30", B, "mx01.example.org with ESMTPS id 4RJ4fW7qLbz5"),
        ("From", addr("Gieseke, Sandra", "sandra.gieseke@vb-goettingerland.de")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Ihr Beratungstermin am 03.11.2026")),
        ("Date", date("2026-10-27 09:15:26", B)),
        ("Message-ID", "<OF4A1B2C3D.5E6F7A8B-ONC1258B2F.0031A4B2-C1258B2F.0031C8D1@vb-goettingerland.de>"),
    ], mixed(text(body, charset="iso-8859-15", cte="quoted-printable"),
             calendar(ics, method=None, cte="base64", filename="Termin.ics", disposition="attachment")))


@make.mail(n(31), family="coaching_mock_interview", lang="de", interview=False, company=None,
           days=(("Sat", "2026-11-14"),),
           note="Career coach confirms a paid mock interview ('Probe-Vorstellungsgespräch') on Samstag, 14.11., "
                "10:00 Uhr via Zoom: a fixed time, practice only, not a job interview")
def m31() -> bytes:
    body = t("""
        Lieber Malte,

        schön, dass es mit dem Paket "Interview-Training kompakt" klappt! Hier die Eckdaten:

        Probe-Vorstellungsgespräch (Rollenspiel mit Video-Feedback)
        Samstag, 14.11., 10:00 – 11:30 Uhr
        Zoom: https://us06web.zoom.us/j/86120934471 (Kenncode 2211)

        Schick mir bitte bis Donnerstag die Stellenanzeige, auf die wir üben wollen (gern die aus Kassel),
        und deinen aktuellen Lebenslauf. Ich spiele dann die Personalerin, mein Kollege Ralf den Fachbereich,
        mit allem, was dazugehört: Stärken/Schwächen, Gehaltsvorstellung, die Frage nach der Lücke im CV.

        Die Rechnung (179 € inkl. MwSt.) kommt nach dem Termin.

        Herzlich
        Birte Lammers
        Karriere- & Bewerbungscoaching · Göttingen
        www.birte-lammers-coaching.de
        """)
    return message([
        rcv("from smtp.ionos.de (smtp.ionos.de [212.227.15.41])", "2026-11-09 18:03:11", B,
            "mx02.example.org with ESMTPS id 4RTd0m3sXkz1"),
        ("From", addr("Birte Lammers", "kontakt@birte-lammers-coaching.de")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Dein Interview-Training am Samstag")),
        ("Date", date("2026-11-09 18:03:07", B)),
        ("Message-ID", "<d3c2b1a0-9f8e-4d7c-b6a5-4f3e2d1c0b9a@birte-lammers-coaching.de>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@make.mail(n(32), family="proposed_not_confirmed", lang="de", interview=False,
           company="Hermes Personalberatung GmbH", days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")),
           note="Headhunter proposes times ('Würde Ihnen Dienstag, 8.12., um 10 Uhr passen? Alternativ Mittwoch "
                "um 14 Uhr') for a client interview; nothing is confirmed yet -> negative")
def m32() -> bytes:
    body = t("""
        Sehr geehrter Herr Henning,

        gute Nachrichten: unser Mandant, ein Hersteller von Analysengeräten in Braunschweig, möchte Sie
        gern kennenlernen. Der Bereichsleiter Software hätte in der kommenden Woche zwei Fenster frei.

        Würde Ihnen Dienstag, 8.12., um 10 Uhr passen? Alternativ ginge Mittwoch, 9.12., um 14 Uhr.
        Das Gespräch fände vor Ort statt, Dauer etwa 90 Minuten inkl. Werksführung.

        Geben Sie mir gern kurz Bescheid, welcher Termin Ihnen lieber ist – dann lasse ich ihn
        vom Mandanten bestätigen und schicke Ihnen alle Details.

        Mit besten Grüßen

        Dr. Viktoria Sandmann
        Senior Consultant Life Science & Engineering
        Hermes Personalberatung GmbH | Georgstraße 36 | 30159 Hannover
        Tel. +49 511 3380 472 | v.sandmann@hermes-personal.de
        """)
    return message([
        rcv("from mail.hermes-personal.de (mail.hermes-personal.de [217.160.0.88])", "2026-12-01 11:47:22", B,
            "mx01.example.org with ESMTPS id 4RlF7v1pNbz6"),
        ("From", addr("Dr. Viktoria Sandmann", "v.sandmann@hermes-personal.de")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Interviewanfrage – Softwareentwicklung Analysengeräte (Braunschweig)")),
        ("Date", date("2026-12-01 11:47:18", B)),
        ("Message-ID", "<000b01dc63e1$4a2f7e10$de6e7a30$@hermes-personal.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], alt(text(body, charset="windows-1252"), html(
        "<html><body><div style=\"font-family:Calibri\">" + body.replace("\n", "<br>\n") + "</div></body></html>\n",
        charset="windows-1252")))


@make.mail(n(33), family="forwarded_someone_else", lang="de", interview=False, company=None,
           days=(("Mon", "2026-11-09"),),
           note="His sister forwards HER confirmed interview (Mo., 09.11.2026, 13:00 Uhr, Kassel) asking for "
                "advice: a real confirmation, but not the inbox owner's interview -> negative")
def m33() -> bytes:
    body = t("""
        Hey Brüderchen,

        guck mal, es hat geklappt!! Montag hab ich das Gespräch in Kassel. Kannst du mal drüber schauen,
        was die mit "Fallstudie" meinen? Du hast sowas doch letztes Jahr auch gemacht. Ruf mich heut abend an?

        Svenja

        ---------- Forwarded message ---------
        Von: Nordhessische Energie AG – Personalgewinnung <karriere@nh-energie.de>
        Date: Di., 3. Nov. 2026 um 14:12 Uhr
        Subject: Einladung zum Vorstellungsgespräch – Controllerin (m/w/d)
        To: <svenja.henning@example.net>

        Sehr geehrte Frau Henning,

        wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen:

        Montag, 09.11.2026, 13:00 – 14:30 Uhr
        Nordhessische Energie AG, Königstor 3, 34117 Kassel, Raum 4.12

        Bitte bereiten Sie eine kurze Fallstudie (15 Minuten) vor; die Unterlagen erhalten Sie vorab.

        Mit freundlichen Grüßen
        Stefanie Roth
        Personalgewinnung
        """)
    return message([
        rcv("from mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])", "2026-11-03 17:20:41", B,
            "mx02.example.org with ESMTPS id 4RQ2nC8tWvz2"),
        ("From", addr("Svenja Henning", "svenja.henning@example.net")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch – Controllerin (m/w/d)")),
        ("Date", date("2026-11-03 17:20:37", B)),
        ("Message-ID", "<CAH7eT2m4Rx9kLp1bZ0QwS8vN3yFd6uGj5cA2oE@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(34), family="rejection", lang="de", interview=False, company="Nordlicht Labortechnik GmbH",
           note="Personio rejection after the September interview (same company and thread as the earlier "
                "invitation); mentions the past interview date, confirms nothing")
def m34() -> bytes:
    body = t("""
        Guten Tag Herr Henning,

        nochmals vielen Dank für Ihr Interesse an der Position Softwareentwickler (m/w/d) Geräteintegration
        und für das angenehme Gespräch am 10. September bei uns in Göttingen.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch etwas
        besser zu unseren aktuellen Anforderungen im Bereich Medizinprodukte-Software (IEC 62304) passt.
        Diese Entscheidung ist uns nicht leichtgefallen.

        Mit Ihrem Einverständnis würden wir Ihre Unterlagen gern für zwölf Monate in unserem Talentpool
        speichern. Sie können dem jederzeit widersprechen.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Jana Wittkopf
        People & Culture | Nordlicht Labortechnik GmbH
        """)
    return message([
        rcv("from mail-out-3.personio.de (mail-out-3.personio.de [185.113.46.20])", "2026-09-24 14:31:09", B,
            "mx01.example.org with ESMTPS id 4QxN5s2dTrz8"),
        ("From", addr("Nordlicht Labortechnik GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Jana Wittkopf", "jana.wittkopf@nordlicht-labortechnik.de")),
        ("To", ME_H),
        ("Subject", enc("Ihre Bewerbung als Softwareentwickler (m/w/d) Geräteintegration")),
        ("Date", date("2026-09-24 14:31:05", B)),
        ("Message-ID", "<0102019213e4c8f2-7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d-000000@eu-central-1.amazonses.com>"),
        ("X-Mailer", "Personio Recruiting"),
    ], alt(text(body), html("<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


@make.mail(n(35), family="offer", lang="de", interview=False, company="Fuldaflux GmbH",
           days=(("Fri", "2026-11-27"),),
           note="Teamtailor-thread offer (du) after the Kassel interview on 11.11.: contract attached, reply "
                "deadline Fr., 27.11.; mentions the past interview and a deadline, confirms no interview")
def m35() -> bytes:
    body = t("""
        Hey Malte,

        wir haben uns nach deinem Besuch am 11.11. alle einstimmig gefreut – und machen dir hiermit
        sehr gern ein Angebot als Senior Firmware & Device Software Engineer bei Fuldaflux!

        Die Eckdaten (Details im angehängten Vertragsentwurf):
        - Start: 1. Februar 2027 (oder nach Absprache)
        - Gehalt: 74.000 € brutto p.a. + 5 % Bonus
        - 30 Tage Urlaub, 2 Tage/Woche remote, Jobrad, BahnCard 50 für die Strecke Göttingen–Kassel

        Gib uns doch bitte bis Freitag, 27.11., Bescheid. Wenn du Fragen hast, ruf mich oder Ole
        jederzeit an – wir nehmen uns gern Zeit.

        Wir drücken die Daumen!
        Mira

        Mira Sievers
        Talent & Culture, Fuldaflux
        """)
    return message([
        rcv("from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [185.12.80.41])", "2026-11-19 15:05:48", B,
            "mx01.example.org with ESMTPS id 4RZ3Lw7fHdz4"),
        ("From", addr("Mira Sievers (Fuldaflux)", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Mira Sievers", "mira.sievers@fuldaflux.de")),
        ("To", ME_H),
        ("Subject", enc("Dein Angebot von Fuldaflux 🚀")),
        ("Date", date("2026-11-19 15:05:45", B)),
        ("Message-ID", "<655a1f3e9b2c4_7a1c2d3e4f5@teamtailor-mailer-7d9f.mail>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             text("(Vertragsentwurf – siehe Kandidatenportal)\n", cte="8bit",
                  extra=(("Content-Disposition", 'attachment; filename="Vertragsentwurf_Henning.txt"'),))))


@make.mail(n(36), family="application_ack", lang="de", interview=False, company="Werra Sensortechnik GmbH",
           note="JOIN application receipt (du): 'Wir melden uns ... ggf. für ein Kennenlerngespräch'; "
                "nothing is scheduled")
def m36() -> bytes:
    hb = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1f2937;background:#f9fafb">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
        <p style="font-size:20px;font-weight:600">Deine Bewerbung ist angekommen ✔</p>
        <p>Hallo Malte,</p>
        <p>vielen Dank für deine Bewerbung als <b>Softwareentwickler:in Python / Qt (Messgeräte)</b> bei
        der <b>Werra Sensortechnik GmbH</b> in Eschwege.</p>
        <p>Das Team schaut sich deine Unterlagen in den nächsten Tagen an. Wenn dein Profil passt, meldet
        sich das Unternehmen direkt bei dir, ggf. für ein erstes Kennenlerngespräch per Telefon oder Video.</p>
        <p>Den Status deiner Bewerbung siehst du jederzeit in deinem JOIN-Profil.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#111827;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">Bewerbung ansehen</a></p>
        <p style="font-size:12px;color:#6b7280">JOIN Solutions AG · Sihlfeldstrasse 58 · 8003 Zürich<br>
        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.</p>
        </div></body></html>
        """)
    return message([
        rcv("from mail.join.com (mail.join.com [159.135.224.10])", "2026-09-08 21:14:33", B,
            "mx02.example.org with ESMTPS id 4QqR0b5mSdz7"),
        ("From", addr("Werra Sensortechnik GmbH via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", enc("Deine Bewerbung bei Werra Sensortechnik GmbH")),
        ("Date", date("2026-09-08 21:14:30", B)),
        ("Message-ID", "<20260908191430.d41e7a.candidate-application-received@join.com>"),
        ("List-Unsubscribe", "<https://join.com/unsubscribe?t=9f2b1c>"),
    ], html(hb))


@make.mail(n(37), family="job_alert", lang="de", interview=False, company=None,
           days=(("Mon", "2026-10-26"), ("Sun", "2026-10-25")),
           note="Job-board digest: 'Schnelle Rückmeldung – Vorstellungsgespräche diese Woche' badges and "
                "dates are listing metadata, nothing is confirmed")
def m37() -> bytes:
    body = t("""
        Stellenradar – 7 neue Jobs für "Softwareentwickler Labor" im Umkreis von 100 km um Göttingen

        1. Software Engineer Gerätesteuerung (m/w/d) – Sarto Messsysteme, Göttingen
           ⚡ Schnelle Rückmeldung: Vorstellungsgespräche finden diese Woche statt
           Veröffentlicht: Mo., 26.10.2026

        2. Entwickler C++/Qt Medizintechnik (w/m/d) – Heiligenstädter Optik, Heilbad Heiligenstadt
           Veröffentlicht: So., 25.10.2026

        3. Python-Entwickler:in Laborautomation – Fuldaflux GmbH, Kassel
           Frühe Bewerber:innen werden bevorzugt zum Interview eingeladen

        4. Softwarearchitekt IoT (m/w/d) – Okerwerk Prozessanalytik, Braunschweig

        5. Werkstudent Testautomatisierung – Campus Nord Labs, Göttingen

        … und 2 weitere Jobs

        Alle Jobs ansehen: https://www.stellenradar.de/suche?agent=88213

        Du erhältst diesen Suchauftrag täglich. Abbestellen: https://www.stellenradar.de/agent/88213/stop
        """)
    return message([
        rcv("from mailout2.stellenradar.de (mailout2.stellenradar.de [195.140.202.17])", "2026-10-27 06:00:12", B,
            "mx01.example.org with ESMTPS id 4RJ0Qd3mTvz5"),
        ("From", addr("Stellenradar Jobagent", "jobagent@stellenradar.de")),
        ("To", ME),
        ("Subject", enc("7 neue Jobs: Softwareentwickler Labor in Göttingen und Umgebung")),
        ("Date", date("2026-10-27 06:00:09", B)),
        ("Message-ID", "<agent-88213-20261027-0600@stellenradar.de>"),
        ("List-Unsubscribe", "<https://www.stellenradar.de/agent/88213/stop>, <mailto:unsubscribe@stellenradar.de>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(38), family="newsletter_blog", lang="en", interview=False, company=None,
           note="Engineering-careers newsletter ('How to follow up after your interview on Thursday at 3') "
                "with List-Id/List-Unsubscribe; example times in a blog post confirm nothing")
def m38() -> bytes:
    body = t("""
        THE HIRING LOOP - issue #112

        How to follow up after an interview (without being annoying)

        Say your final round was on Thursday at 3pm. When should you write? Our rule of thumb: a short
        thank-you the same evening, then silence until the date the recruiter gave you. If they said
        "by Friday next week", wait until Monday after that before a polite nudge.

        Template:
          "Hi <name>, thanks again for the conversation on Thursday. I'm still very excited about
           the role and would love to hear about next steps whenever you have an update."

        Also in this issue:
        - Why embedded and lab-software interviews still love whiteboard state machines
        - Salary bands in the German "Mittelstand": what 340 readers told us
        - Live AMA with two hiring managers, December 3 at 18:00 CET (recording for subscribers)

        You are receiving this because you subscribed at thehiringloop.dev.
        Unsubscribe: https://thehiringloop.dev/unsubscribe?u=5c2e91
        """)
    return message([
        rcv("from mail-a.buttondown.email (mail-a.buttondown.email [168.245.11.20])", "2026-11-26 07:30:03", B,
            "mx02.example.org with ESMTPS id 4RgB2t0cKpz3"),
        ("From", addr("The Hiring Loop", "newsletter@thehiringloop.dev")),
        ("To", ME),
        ("Subject", "How to follow up after an interview (without being annoying) | The Hiring Loop #112"),
        ("Date", date("2026-11-26 07:30:00", B)),
        ("Message-ID", "<0100019a7e1c2d3f-hiringloop-112@buttondown.email>"),
        ("List-Id", "The Hiring Loop <thehiringloop.buttondown.email>"),
        ("List-Unsubscribe", "<https://thehiringloop.dev/unsubscribe?u=5c2e91>"),
        ("Precedence", "list"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(39), family="scheduling_link", lang="en", interview=False, company="Kanaalzicht Robotics B.V.",
           note="Workable self-scheduling request from a Dutch employer: 'pick a time that works for you' with "
                "slot ranges but nothing booked -> negative")
def m39() -> bytes:
    body = t("""
        Hi Malte,

        Great news - the team at Kanaalzicht Robotics would like to invite you to a 30-minute video call
        with Sanne Visser (Engineering Manager) for the Software Engineer - Robot Control role.

        Please pick a time that works for you. Available slots are between Monday 16 and Friday 20
        November, 9:00-16:00 Amsterdam time.

        Choose a time slot: https://apply.workable.com/kanaalzicht-robotics/j/4F1E0C9A2B/schedule/8c2d1e

        If none of the slots suit you, just reply to this email.

        Kind regards,
        Kanaalzicht Robotics recruitment team
        """)
    return message([
        rcv("from mail-eu.workablemail.com (mail-eu.workablemail.com [35.157.202.91])", "2026-11-10 10:18:26", AMS,
            "mx01.example.org with ESMTPS id 4RTt8k2qRwz6"),
        ("From", addr("Kanaalzicht Robotics", "kanaalzicht-robotics@workablemail.com")),
        ("Reply-To", "kanaalzicht-robotics+b41f7e2c9d@candidates.workablemail.com"),
        ("To", ME_H),
        ("Subject", "Schedule your interview with Kanaalzicht Robotics"),
        ("Date", date("2026-11-10 10:18:22", AMS)),
        ("Message-ID", "<5f2e1d0c9b8a7f6e.workable.interview-request@workablemail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(40), family="recruiter_outreach", lang="en", interview=False, company="Talentbridge Search Ltd",
           note="Cold outreach from an agency recruiter: 'open to a quick chat next week?'; no time fixed")
def m40() -> bytes:
    body = t("""
        Hi Malte,

        I came across your labctl project on GitHub - really impressive work on the SiLA 2 drivers.

        I'm partnering with a well-funded Berlin scale-up building automated cell-culture systems. They're
        hiring a Staff Engineer for their device software platform (Python/Rust, fully remote within
        Germany, €95-110k). Given your background, I think you'd be a strong fit.

        Would you be open to a quick 15-minute chat sometime next week? Happy to work around your schedule;
        just let me know a couple of times that suit, or grab one here: https://calendly.com/talentbridge-oliver

        Best,
        Oliver Grant
        Principal Consultant, Life Science Tech
        Talentbridge Search Ltd | London · Berlin
        """)
    return message([
        rcv("from mail-ot1-f53.google.com (mail-ot1-f53.google.com [209.85.210.53])", "2026-10-13 16:41:12", LON,
            "mx02.example.org with ESMTPS id 4RCF1q6zVkz2"),
        ("From", addr("Oliver Grant", "oliver.grant@talentbridge-search.co.uk")),
        ("To", ME),
        ("Subject", "Staff Engineer, device software - Berlin scale-up (remote)"),
        ("Date", date("2026-10-13 16:41:08", LON)),
        ("Message-ID", "<CAJ2pK7xQ0vB3nE9rT5wYc1LmZ8fHs4uDg6aIo@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@make.mail(n(41), family="medical_appointment", lang="de", interview=False, company=None,
           days=(("Wed", "2026-11-25"),),
           note="Physiotherapy practice reminder, Mi., 25.11.2026, 18:20 Uhr: fixed time, not an interview")
def m41() -> bytes:
    body = t("""
        Terminerinnerung

        Hallo Malte Henning,

        wir erinnern Sie an Ihren Termin:

        Mi., 25.11.2026 um 18:20 Uhr
        Krankengymnastik (KG) – Rezept 3 von 6
        bei: Lea Ostermann
        Physiotherapie am Kiessee, Kiesseestraße 18, 37083 Göttingen

        Bitte bringen Sie ein Handtuch mit. Kann der Termin nicht wahrgenommen werden, sagen Sie bitte
        mindestens 24 Stunden vorher ab, sonst müssen wir ihn in Rechnung stellen.

        Termin absagen: https://termine.physio-kiessee.de/a/7XQ2M

        Ihr Team der Physiotherapie am Kiessee
        """)
    return message([
        rcv("from mailer.termine.physio-kiessee.de (mailer.termine.physio-kiessee.de [94.130.71.5])",
            "2026-11-23 18:20:05", B, "mx01.example.org with ESMTPS id 4RdV5m1bQtz8"),
        ("From", addr("Physiotherapie am Kiessee", "no-reply@termine.physio-kiessee.de")),
        ("To", ME),
        ("Subject", enc("Terminerinnerung: Mi., 25.11.2026 um 18:20 Uhr")),
        ("Date", date("2026-11-23 18:20:01", B)),
        ("Message-ID", "<reminder-7XQ2M-20261123172001@termine.physio-kiessee.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="utf-8", cte="base64"))


@make.mail(n(42), family="flatshare_casting", lang="de", interview=False, company=None,
           days=(("Sun", "2026-10-11"),),
           note="WG-Casting in Kassel confirmed for Sonntag (11.10.) um 17 Uhr ('Kennenlernen'): a fixed time "
                "and casting/interview vocabulary, but a flat-share viewing")
def m42() -> bytes:
    body = t("""
        Hi Malte,

        danke für deine Nachricht, klang sympathisch! Wir würden dich gern zum WG-Casting einladen:
        Sonntag (11.10.) um 17 Uhr, Friedrich-Ebert-Straße 112, 3. OG links (Klingel: Sommer/Abiodun/Frey).

        Wir sind zu dritt, kochen gern zusammen und suchen jemanden, der ab Januar (oder Februar, falls
        das mit deinem Job in Kassel klappt) einzieht. Das Zimmer hat 16 m², Warmmiete 420 €.

        Kurzes Kennenlernen, ca. 30 Minuten, wir zeigen dir alles und dann quatschen wir einfach.

        Liebe Grüße
        Johanna (für die WG)

        --
        Gesendet über WG-Zimmerbörse – Antworten gehen direkt an die Inserentin.
        """)
    return message([
        rcv("from relay.wg-zimmerboerse.de (relay.wg-zimmerboerse.de [88.99.4.182])", "2026-10-07 22:08:39", B,
            "mx02.example.org with ESMTPS id 4R3h2p9nXwz1"),
        ("From", addr("Johanna via WG-Zimmerbörse", "nachricht-5f1c9a@relay.wg-zimmerboerse.de")),
        ("To", ME),
        ("Subject", enc("Re: Zimmer in 3er-WG Kassel-Vorderer Westen ab 01.01.")),
        ("Date", date("2026-10-07 22:08:35", B)),
        ("Message-ID", "<msg-5f1c9a-20261007200835@wg-zimmerboerse.de>"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


WEENDE_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
{vtz}
BEGIN:VEVENT
ORGANIZER;CN=Albers, Nicole:mailto:n.albers@weende-analytik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Henning, Malte:mailto:m.henning@weende-analytik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sommerfeld, Kai:mailto:k.sommerfeld@weende-analytik.de
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C6F1DC010000000000000000100000003344AABB5566CCDD7788EEFF9900AA11
SUMMARY;LANGUAGE=de-DE:Interview Werkstudent Softwaretest – Kandidatin Sophie Brandes
DTSTART;TZID=W. Europe Standard Time:20261210T140000
DTEND;TZID=W. Europe Standard Time:20261210T150000
DTSTAMP:20261203T093000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Leine (EG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""


@make.mail(n(43), family="interviewer_current_job", lang="de", interview=False, company=None,
           days=(("Thu", "2026-12-10"),),
           note="The user forwards to himself an Exchange invite from his CURRENT employer asking him to sit in "
                "as interviewer for a student candidate (Do., 10.12., 14:00): a confirmed interview with an ICS, "
                "but he is the interviewer, not the candidate -> negative")
def m43() -> bytes:
    when = "Donnerstag, 10. Dezember 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
    inner_body = t(f"""
        Wann: {when}
        Wo: Besprechungsraum Leine (EG)

        *~*~*~*~*~*~*~*~*~*

        Hallo Malte, hallo Kai,

        Frau Brandes hat zugesagt. Malte, magst du die Fachfragen zu Testautomatisierung übernehmen?
        Ich mache den Einstieg und die organisatorischen Punkte. Unterlagen liegen im HR-Ordner.

        Danke euch!
        Nicole Albers
        Personal | Weende Analytik GmbH
        """)
    inner = message([
        ("From", addr("Albers, Nicole", "n.albers@weende-analytik.de")),
        ("To", addr("Henning, Malte", "m.henning@weende-analytik.de") + ", "
         + addr("Sommerfeld, Kai", "k.sommerfeld@weende-analytik.de")),
        ("Subject", enc("Interview Werkstudent Softwaretest – Kandidatin Sophie Brandes")),
        ("Date", "Thu, 3 Dec 2026 09:30:00 +0000"),
        ("Message-ID", "<FRYP281MB2476D1E2F3A4B5C6D7E8F9A0B1C2D@FRYP281MB2476.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ], alt(text(inner_body), calendar(WEENDE_ICS.format(vtz=VTZ["W. Europe Standard Time"]), cte="base64")))
    body = t("""
        (für den privaten Kalender, dienstlich bin ich ab Mittwoch im Homeoffice ohne VPN)
        """)
    return message([
        rcv("from FRYP281MB2476.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:5a::12)", "2026-12-03 10:45:30", B,
            "mx01.example.org with ESMTPS id 4RmQ1z4wKfz2"),
        ("From", addr("Henning, Malte", "m.henning@weende-analytik.de")),
        ("To", ME),
        ("Subject", enc("WG: Interview Werkstudent Softwaretest – Kandidatin Sophie Brandes")),
        ("Date", "Thu, 3 Dec 2026 09:45:26 +0000"),
        ("Message-ID", "<FRYP281MB2476E9F8A7B6C5D4E3F2A1B0C9D8E@FRYP281MB2476.DEUP281.PROD.OUTLOOK.COM>"),
    ], mixed(text(body), attached_message(inner, "Interview Werkstudent Softwaretest.eml")))


@make.mail(n(44), family="team_event", lang="de", interview=False, company=None,
           days=(("Fri", "2026-12-11"),),
           note="Christmas party invite from the current employer, Fr., 11.12., ab 18 Uhr, with an ICS; "
                "a non-interview calendar event")
def m44() -> bytes:
    body = t("""
        Liebe Kolleginnen und Kollegen,

        es ist wieder so weit: unsere Weihnachtsfeier findet am Freitag, 11.12., ab 18 Uhr im
        "Bowlingcenter am Kauf Park" statt. Für Essen und Getränke ist gesorgt, Partner:innen sind
        herzlich willkommen. Bitte sagt über die Kalendereinladung zu oder ab, damit wir die Bahnen
        buchen können.

        Weil nicht alle ihre Dienstadresse zu Hause abrufen, geht die Einladung dieses Jahr auch an
        die privaten Adressen.

        Wir freuen uns auf euch!
        Euer Orga-Team
        Weende Analytik GmbH
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        METHOD:REQUEST
        {vtz}
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261211T180000
        DTEND;TZID=Europe/Berlin:20261211T230000
        DTSTAMP:20261124T103000Z
        ORGANIZER;CN=Orga-Team Weende Analytik:mailto:orga@weende-analytik.de
        UID:6h1k2l3m4n5o6p7q8r9s0t1u2v@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:malte.henning@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Weihnachtsfeier 2026 🎄
        LOCATION:Bowlingcenter am Kauf Park\\, Göttingen
        END:VEVENT
        END:VCALENDAR
        """).format(vtz=VTZ["Europe/Berlin"])
    return message([
        rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-11-24 11:30:12", B,
            "mx02.example.org with ESMTPS id 4Rf2Zq8vCkz5"),
        ("Sender", addr("Google Kalender", "calendar-notification@google.com")),
        ("From", addr("Orga-Team Weende Analytik", "orga@weende-analytik.de")),
        ("To", ME),
        ("Subject", enc("Einladung: Weihnachtsfeier 2026 🎄 @ Fr. 11. Dez. 2026 18:00 - 23:00 (MEZ)")),
        ("Date", date("2026-11-24 11:30:09", B)),
        ("Message-ID", "<calendar-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@google.com>"),
    ], alt(text(body), html(gmail_html(body)), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(n(45), family="webinar", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-22"),),
           note="Zoom webinar registration 'Souverän ins Vorstellungsgespräch' on Do., 22.10.2026, 18:00 Uhr "
                "with an ICS: interview vocabulary and a fixed time, but a webinar")
def m45() -> bytes:
    body = t("""
        Hallo Malte,

        vielen Dank für Ihre Anmeldung zu "Souverän ins Vorstellungsgespräch – Gehaltsverhandlung für
        Ingenieur:innen und Entwickler:innen".

        Datum und Uhrzeit: 22. Okt. 2026 06:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Von einem PC, Mac, iPad, iPhone oder Android-Gerät aus teilnehmen:
        Klicken Sie hier, um teilzunehmen: https://us02web.zoom.us/w/87719203344?tk=aB3dE5
        Kenncode: 884120

        Zum Kalender hinzufügen: Google Kalender · Outlook-Kalender (.ics) · Yahoo Kalender

        Sie können Ihre Anmeldung jederzeit stornieren.

        Karrierewerk Akademie
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261016T080000Z
        DTSTART:20261022T160000Z
        DTEND:20261022T173000Z
        SUMMARY:Souverän ins Vorstellungsgespräch – Gehaltsverhandlung (Webinar)
        UID:20261016T080000Z-87719203344@fe80:0:0:0:1cd5:b7ff:fe8c:1a2b%ens5
        TZID:Europe/Berlin
        DESCRIPTION:Karrierewerk Akademie lädt Sie zu einem Zoom-Webinar ein.
        LOCATION:https://us02web.zoom.us/w/87719203344?tk=aB3dE5
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("from zoom-mail-out-15.zoom.us (zoom-mail-out-15.zoom.us [170.114.10.115])", "2026-10-16 10:00:08", B,
            "mx01.example.org with ESMTPS id 4RD0n1pX3kz2"),
        ("From", addr("Karrierewerk Akademie", "no-reply@zoom.us")),
        ("Reply-To", "webinare@karrierewerk-akademie.de"),
        ("To", ME_H),
        ("Subject", enc("Bestätigung für Souverän ins Vorstellungsgespräch – Gehaltsverhandlung")),
        ("Date", date("2026-10-16 10:00:04", B)),
        ("Message-ID", "<ZdV4x0a1S9yQ2mR7kL1nBw@zoom.us>"),
    ], mixed(alt(text(body), html(gmail_html(body))),
             calendar(ics, method=None, cte="base64", ctype="application/ics", filename="webinar.ics",
                      disposition="attachment")))


@make.mail(n(46), family="mailing_list_meetup", lang="en", interview=False, company=None,
           days=(("Tue", "2026-11-10"),),
           note="Mailing-list (List-Id, Mailman footer) meetup announcement, Tue Nov 10 at 19:00, talk 'How we "
                "interview lab software engineers': a fixed time, not his interview")
def m46() -> bytes:
    body = t("""
        Hi all,

        our November meetup is confirmed:

          Tuesday, November 10, 19:00-21:30
          Hannover, Lister Meile 41 (Coworking "Hafen 41"), 2nd floor
          Pizza from 18:30, thanks to our host

        Talks:
          1. "How we interview lab software engineers (and what we got wrong)" - Katja Brinkmann
          2. "Talking SiLA 2 to a 20-year-old HPLC" - lightning talk, speaker TBA

        RSVP on the wiki so we order enough food: https://lab-automation-de.org/wiki/Meetup2026-11

        Cheers,
        Dennis

        _______________________________________________
        lab-automation-de mailing list
        lab-automation-de@lists.lab-automation-de.org
        https://lists.lab-automation-de.org/mailman/listinfo/lab-automation-de
        """)
    return message([
        rcv("from lists.lab-automation-de.org (lists.lab-automation-de.org [116.203.45.19])", "2026-11-02 20:14:51",
            B, "mx02.example.org with ESMTPS id 4RP8k3nQz5z6"),
        ("From", addr("Dennis Hoppe", "dennis@hoppe-it.de")),
        ("To", "lab-automation-de@lists.lab-automation-de.org"),
        ("Subject", "[lab-automation-de] Meetup Hannover, Tue Nov 10: interviewing lab software engineers"),
        ("Date", date("2026-11-02 20:14:47", B)),
        ("Message-ID", "<a2b4c6d8-e0f2-4a4c-8e6f-1a3b5c7d9e0f@hoppe-it.de>"),
        ("List-Id", "Lab automation in Germany <lab-automation-de.lists.lab-automation-de.org>"),
        ("List-Unsubscribe", "<https://lists.lab-automation-de.org/mailman/options/lab-automation-de>, "
                             "<mailto:lab-automation-de-request@lists.lab-automation-de.org?subject=unsubscribe>"),
        ("List-Post", "<mailto:lab-automation-de@lists.lab-automation-de.org>"),
        ("Precedence", "list"),
        ("Sender", "lab-automation-de-bounces@lists.lab-automation-de.org"),
    ], text(body, charset="us-ascii", cte="7bit"))


@make.mail(n(47), family="auto_reply", lang="de", interview=False, company="Okerwerk Prozessanalytik GmbH",
           days=(("Fri", "2026-10-30"),),
           note="Out-of-office auto reply (Auto-Submitted: auto-replied) from the cc'd HR colleague to the user's "
                "acceptance of the Okerwerk interview; the quoted subject names the interview, nothing is confirmed")
def m47() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 30.10.2026, nicht im Haus und habe keinen Zugriff auf meine E-Mails.
        Ihre Nachricht wird nicht weitergeleitet. In dringenden Personalangelegenheiten wenden Sie sich bitte an
        personal@okerwerk.de oder 0531 28811-0.

        Mit freundlichen Grüßen
        Petra Grünwald
        Personalreferentin, Okerwerk Prozessanalytik GmbH
        """)
    return message([
        rcv("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2092.outbound.protection."
            "outlook.com [40.107.104.92])", "2026-10-22 13:41:09", B, "mx01.example.org with ESMTPS id 4RFxWq0mTnz4"),
        ("From", addr("Grünwald, Petra", "p.gruenwald@okerwerk.de")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Automatische Antwort: Angenommen: Fachgespräch Softwareentwicklung – Malte Henning")),
        ("Date", "Thu, 22 Oct 2026 11:41:05 +0000"),
        ("Message-ID", "<AM9PR07MB72358F1E2D3C4B5A69788A7B6C5D4@AM9PR07MB7235.eurprd07.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "p.gruenwald@okerwerk.de"),
    ], text(body, cte="quoted-printable"))


@make.mail(n(48), family="bounce", lang="en", interview=False, company=None,
           days=(("Fri", "2026-11-20"),),
           note="Mailer-daemon bounce (multipart/report) of the user's own reply 'Freitag, 20.11., um 10 Uhr' first sent to a "
                "mistyped address (he re-sent it correctly minutes later, see the Hainberg thread); the returned message mentions the interview time, but a DSN confirms nothing")
def m48() -> bytes:
    orig = message([
        ("From", addr("Malte Henning", ME)),
        ("To", addr("Frank Meyerhoff", "frank.meyerhof@hainberg-analytics.de")),
        ("Subject", enc("Re: Gespräch Freitag")),
        ("Date", date("2026-11-17 20:24:40", B)),
        ("Message-ID", "<77c0e5d2-9a1b-4f3c-8e2d-6b5a4c3d2e1f@example.org>"),
    ], text(t("""
        Hallo Herr Meyerhoff,

        vielen Dank für Ihre Rückmeldung! 10 Uhr wäre für mich ideal, also Freitag, 20.11., um 10 Uhr.

        Viele Grüße
        Malte Henning
        """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <frank.meyerhof@hainberg-analytics.de>: host mail.hainberg-analytics.de[212.227.126.140]
            said: 550 5.1.1 <frank.meyerhof@hainberg-analytics.de>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4RYQ0b2nW1z3
        X-Postfix-Sender: rfc822; malte.henning@example.org
        Arrival-Date: Tue, 17 Nov 2026 20:24:43 +0100 (CET)

        Final-Recipient: rfc822; frank.meyerhof@hainberg-analytics.de
        Original-Recipient: rfc822;frank.meyerhof@hainberg-analytics.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mail.hainberg-analytics.de
        Diagnostic-Code: smtp; 550 5.1.1 <frank.meyerhof@hainberg-analytics.de>:
            Recipient address rejected: User unknown in virtual mailbox table
        """)
    report = make.multipart("report", text(notice, charset="us-ascii", cte="7bit", extra=(
        ("Content-Description", "Notification"),)),
        make.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                      status),
        attached_message(orig), params="report-type=delivery-status")
    return message([
        rcv("from mx01.example.org (localhost [127.0.0.1])", "2026-11-17 20:24:45", B,
            "mx01.example.org (Postfix)", lag=1),
        ("From", "MAILER-DAEMON@mx01.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-17 20:24:44", B)),
        ("Message-ID", "<20261117192444.9A1B2C3D4E@mx01.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@make.mail(n(49), family="hr_meeting_current_job", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-19"),),
           note="Current employer's HR invites to a 'Personalgespräch' on Do., 19.11.2026, 14:00 Uhr (works "
                "council may attend): an employment meeting with a fixed time, not a job interview")
def m49() -> bytes:
    body = t("""
        Sehr geehrter Herr Henning,

        vorab per E-Mail an Ihre private Adresse, da Sie diese Woche Urlaub haben; das Schreiben geht Ihnen
        zusätzlich per Post zu.

        Hiermit laden wir Sie zu einem Personalgespräch ein:

        Donnerstag, 19.11.2026, 14:00 Uhr
        Weende Analytik GmbH, Besprechungsraum Geschäftsleitung (2. OG)
        Teilnehmende: Herr Dr. Lutz Brammer (Geschäftsführung), Frau Nicole Albers (Personal)

        Gegenstand des Gesprächs ist die geplante Neuorganisation des Bereichs Software und deren
        Auswirkungen auf Ihren Arbeitsplatz. Sie können ein Mitglied des Betriebsrats hinzuziehen.

        Mit freundlichen Grüßen
        i. A. Nicole Albers
        Personal
        Weende Analytik GmbH
        """)
    return message([
        rcv("from FRYP281MB2476.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:5a::12)", "2026-11-12 16:02:40", B,
            "mx02.example.org with ESMTPS id 4RWF3x8nTkz7"),
        ("From", addr("Albers, Nicole", "n.albers@weende-analytik.de")),
        ("To", addr("Malte Henning", ME)),
        ("Subject", enc("Einladung zum Personalgespräch")),
        ("Date", "Thu, 12 Nov 2026 15:02:36 +0000"),
        ("Message-ID", "<FRYP281MB24760A1B2C3D4E5F60718293A4B5C@FRYP281MB2476.DEUP281.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
    ], alt(text(body, charset="windows-1252"), html(
        "<html><body><div style=\"font-family:Calibri\">" + body.replace("\n", "<br>\n") + "</div></body></html>\n",
        charset="windows-1252")))


@make.mail(n(50), family="volunteer_intake", lang="de", interview=False, company=None,
           days=(("Mon", "2026-09-14"),),
           note="Volunteer fire brigade confirms an intake talk ('Aufnahmegespräch') on Mo., 14.09., 19:30 Uhr: "
                "fixed time, not a job interview")
def m50() -> bytes:
    body = t("""
        Hallo Malte,

        schön, dass du dich für die Freiwillige Feuerwehr interessierst! Wie am Telefon besprochen:
        Aufnahmegespräch am Mo., 14.09., um 19:30 Uhr im Gerätehaus Weende, Hennebergstraße 9
        (direkt vor dem Dienstabend, du kannst danach gleich mal reinschnuppern).

        Bring bitte deinen Personalausweis und, falls vorhanden, den Führerschein mit. Den Antrag auf
        Aufnahme und die Einwilligung zur G26-Untersuchung füllen wir zusammen aus.

        Kameradschaftliche Grüße
        Holger Brandt
        Ortsbrandmeister, Ortsfeuerwehr Göttingen-Weende
        """)
    return message([
        rcv("from mail.feuerwehr-weende.de (mail.feuerwehr-weende.de [85.13.163.41])", "2026-09-09 21:33:18", B,
            "mx01.example.org with ESMTPS id 4QpL8z1RkVz3"),
        ("From", addr("Holger Brandt", "ortsbrandmeister@feuerwehr-weende.de")),
        ("To", ME),
        ("Subject", enc("Aufnahmegespräch Montag")),
        ("Date", date("2026-09-09 21:33:14", B)),
        ("Message-ID", "<9c8b7a6f-5e4d-4c3b-a2a1-0f9e8d7c6b5a@feuerwehr-weende.de>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))
