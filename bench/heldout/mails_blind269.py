"""blind269: 50 hand-written mails from the inbox of Felix Schmidbauer, a polymer-materials test
engineer in Bayreuth (Europe/Berlin), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out mails); the MIME
plumbing and the checks are ``make.py``'s. Build and check with

    python3 bench/heldout/make_blind.py blind269

Keys 1-23 are the positives, 24-50 the negatives; the file number of the mail written key-th is
ORDER[key - 1].
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

SET = "blind269"
make.REGISTRY.setdefault(SET, [])
ORDER = random.Random(2690269).sample(range(1, 51), 50)

FELIX = "felix.schmidbauer@example.org"
ME = addr("Felix Schmidbauer", FELIX)
B = "Europe/Berlin"
PRG = "Europe/Prague"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def rx(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                                 f"mx01.example.org (Postfix) with ESMTPS id {ident}", FELIX, lag))


def top(when: str, zone: str, host: str, ip: str, ident: str, lag: int = 3) -> list[tuple[str, str]]:
    return [("Return-Path", f"<bounce-{ident.lower()}@{host}>"), ("Delivered-To", FELIX),
            rx(host, ip, when, zone, ident, lag)]


VTZ_CEUROPE = """BEGIN:VTIMEZONE
TZID:Central Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def simple_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    import html as _h

    paras = body.strip("\n").split("\n\n")
    inner = "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


# =========================================================================== positives (1-23)

# --------------------------------------------------------------------------- 1 Greenhouse, EN

P1_TXT = t("""
    Hi Felix,

    Thank you for your interest in Halvorsen Composites! This email confirms your interview for the
    Test Engineer - Polymer Materials position.

    Interview details
    Date: Tuesday, September 15, 2026
    Time: 10:00 AM - 11:00 AM CEST (Europe/Berlin)
    Location: Halvorsen Composites, Nuremberg office, Frankenstrasse 152, 3rd floor
              (please check in at reception, visitor parking is behind building B)

    You'll meet with:
      Maren Okafor - Talent Partner
      Dr. Ilse Brandner - Head of Materials Lab

    If you need to reschedule or have any questions, simply reply to this email.

    Best regards,
    Maren Okafor
    Halvorsen Composites
    """)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", B), end=utc("2026-09-15 11:00", B),
      contact="maren.okafor@halvorsen-composites.com", company="Halvorsen Composites",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=B,
      note="Greenhouse confirmation from no-reply@greenhouse.io; 10:00-11:00 CEST (Europe/Berlin) in "
           "September = 08:00-09:00Z, ICS in UTC agrees; contact = human Reply-To")
def p01() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-58230117-3391@greenhouse.io
        DTSTAMP:20260910T122200Z
        DTSTART:20260915T080000Z
        DTEND:20260915T090000Z
        SUMMARY:Interview: Felix Schmidbauer - Test Engineer - Polymer Materials
        LOCATION:Halvorsen Composites\\, Frankenstrasse 152\\, Nuremberg
        ORGANIZER;CN=Maren Okafor:mailto:maren.okafor@halvorsen-composites.com
        ATTENDEE;CN=Felix Schmidbauer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:felix.schmidbauer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(P1_TXT), html(simple_html(P1_TXT))),
                 calendar(ics, filename="invite.ics", disposition="attachment", name_param=True))
    return message([
        *top("2026-09-10 14:22", B, "mail-out.greenhouse.io", "198.51.100.24", "4F1A2C01"),
        ("From", "Halvorsen Composites <no-reply@greenhouse.io>"),
        ("Reply-To", addr("Maren Okafor", "maren.okafor@halvorsen-composites.com")),
        ("To", ME),
        ("Subject", "Interview Confirmation: Test Engineer - Polymer Materials at Halvorsen Composites"),
        ("Date", date("2026-09-10 14:22", B)),
        ("Message-ID", "<gh.58230117.3391.a81fce@greenhouse.io>"),
    ], body)


# --------------------------------------------------------------------------- 2 Personio, DE, html only

P2_HTML = t("""
    <!DOCTYPE html>
    <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
    <body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1d1d1f">
    <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
    <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
    <tr><td><img src="https://regnitz-kunststoff.jobs.personio.de/logo.png" alt="Regnitz Kunststofftechnik" height="40"></td></tr>
    <tr><td style="font-size:15px;line-height:22px">
    <p>Sehr geehrter Herr Schmidbauer,</p>
    <p>vielen Dank für Ihre Bewerbung als <b>Werkstoffprüfer / Prüfingenieur Kunststoffe (m/w/d)</b>.
    Wir möchten Sie gerne persönlich kennenlernen und bestätigen Ihnen hiermit den folgenden Termin
    für ein Vorstellungsgespräch:</p>
    <table cellpadding="4" cellspacing="0" style="font-size:15px">
    <tr><td style="color:#6e6e73">Datum</td><td>Mittwoch, 23.09.2026</td></tr>
    <tr><td style="color:#6e6e73">Uhrzeit</td><td>09:30 – 10:30 Uhr</td></tr>
    <tr><td style="color:#6e6e73">Ort</td><td>Regnitz Kunststofftechnik GmbH, Hafenstraße 41, 96052 Bamberg</td></tr>
    <tr><td style="color:#6e6e73">Gesprächspartner</td><td>Carina Hümmer (Personal), Wolfgang Stöcklein (Leitung Qualitätssicherung)</td></tr>
    </table>
    <p>Bitte melden Sie sich am Empfang im Verwaltungsgebäude. Parkplätze finden Sie direkt vor dem Haus.</p>
    <p>Sollte Ihnen der Termin nicht passen, antworten Sie bitte einfach auf diese E-Mail.</p>
    <p>Mit freundlichen Grüßen<br>Carina Hümmer<br>Personalreferentin</p>
    </td></tr>
    <tr><td style="font-size:11px;color:#86868b">Regnitz Kunststofftechnik GmbH · Hafenstraße 41 · 96052 Bamberg ·
    Amtsgericht Bamberg HRB 73310<br>Diese E-Mail wurde über Personio versendet.
    Informationen zum Datenschutz finden Sie in unserer Datenschutzerklärung.</td></tr>
    </table></td></tr></table>
    </body></html>
    """)


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-23 09:30", B), end=utc("2026-09-23 10:30", B),
      contact="c.huemmer@regnitz-kunststoff.de", company="Regnitz Kunststofftechnik GmbH",
      local="Wed 2026-09-23 09:30", local_end="2026-09-23 10:30", zone=B,
      note="Personio invitation, HTML only (base64): 'Mittwoch, 23.09.2026, 09:30 - 10:30 Uhr' in "
           "Bamberg, CEST = 07:30-08:30Z; contact = Reply-To (RFC 2047 name)")
def p02() -> bytes:
    return message([
        *top("2026-09-18 11:05", B, "mailout-eu.personio.de", "203.0.113.41", "7B22D0E4"),
        ("From", addr("Regnitz Kunststofftechnik GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Carina Hümmer", "c.huemmer@regnitz-kunststoff.de")),
        ("To", ME),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Werkstoffprüfer / Prüfingenieur Kunststoffe (m/w/d)")),
        ("Date", date("2026-09-18 11:05", B)),
        ("Message-ID", "<01070192c1f3.8842e1aa-63f1-4b1e-9d0e-5c4a2e7b1c90@mail.personio.de>"),
        ("X-Personio-Message-Type", "application.interview.invite"),
    ], html(P2_HTML, cte="base64"))


# --------------------------------------------------------------------------- 3 prose, Franconian du

P3_TXT = t("""
    Servus Felix,

    passt scho, dann machen wir's so: Donnerstag um dreiviertel drei bei uns in Erlangen,
    Gebbertstraße 17. Meld dich einfach unten am Empfang, ich hol dich dann ab.
    Plan mal so eineinhalb Stunden ein, hinterher zeig ich dir noch unser Prüflabor
    (die neue Zugprüfmaschine steht endlich, da bin ich a weng stolz drauf).

    Wenn was dazwischenkommt, ruf mich halt an: 09131 55 20 418

    Bis Donnerstag
    Jogi

    --
    Jürgen Wölfel
    Leitung Prüflabor
    Lamina Prüfsysteme GmbH | Gebbertstraße 17 | 91052 Erlangen

    Am 28.09.2026 um 08:12 schrieb Felix Schmidbauer <felix.schmidbauer@example.org>:
    > Hallo Herr Wölfel,
    >
    > vielen Dank für das nette Telefonat am Freitag. Für ein persönliches Gespräch
    > ginge es bei mir diese Woche am Donnerstag oder Freitag nachmittag, jeweils ab 14 Uhr.
    >
    > Viele Grüße
    > Felix Schmidbauer
    """)


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-01 14:45", B), end=None,
      contact="juergen.woelfel@lamina-pruef.de", company="Lamina Prüfsysteme GmbH",
      local="Thu 2026-10-01 14:45", zone=B,
      note="Hiring manager's du reply: 'Donnerstag um dreiviertel drei' = 14:45; Date is Mon 28 Sep 2026, "
           "so Thursday = 1 Oct, CEST = 12:45Z; 'so eineinhalb Stunden' is approximate, end null")
def p03() -> bytes:
    return message([
        *top("2026-09-28 19:48", B, "mail.lamina-pruef.de", "192.0.2.77", "A3C9E102"),
        ("From", addr("Jürgen Wölfel", "juergen.woelfel@lamina-pruef.de")),
        ("To", ME),
        ("Subject", enc("Re: Werkstoffprüfer bei Lamina – Termin")),
        ("Date", date("2026-09-28 19:48", B)),
        ("Message-ID", "<6d1f0c1e-2b8a-4a57-b1f3-0e9c4ad2f311@lamina-pruef.de>"),
        ("In-Reply-To", "<c81e2f10-77aa-4d09-9e1c-felix0928@example.org>"),
        ("References", "<c81e2f10-77aa-4d09-9e1c-felix0928@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
    ], text(P3_TXT, cte="8bit", params="format=flowed"))


# --------------------------------------------------------------------------- 4 Exchange/Teams, Pilsen, EN

TEAMS_BLOCK = t("""
    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2ZjM0NDEtNmUxZC00Y2E2LWJmMjMtZTI1NDdiYzU0OTk3%40thread.v2/0>
    Meeting ID: 348 221 905 117
    Passcode: q7Xk2m
    Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)

P4_TXT = t("""
    Dear Mr Schmidbauer,

    as agreed on the phone, I am sending you the invitation for the online interview with our
    plant quality team:

    Tuesday, 27 October 2026, 9:00-10:00 (Pilsen time - the same as in Bayreuth)

    Please note that the clocks change this Sunday; the meeting stays at 9:00 local time for both of us.

    Participants: Tereza Kučerová (HR), Ing. Martin Vrba (Quality Manager, plant Plzeň-Borská pole)

    Best regards
    Tereza Kučerová
    HR Business Partner
    Radbuza Plastics s.r.o. | Plzeň, Czech Republic
    +420 377 190 224

    """) + TEAMS_BLOCK

P4_UID = "040000008200E00074C5B7101A82E00800000000C0F5A1B34E62DD01000000000000000010000000A7F3B5C2E61D4E4B9C80D1F2A3B4C5D6"


def exchange_ics(uid: str, seq: int, start: str, end: str, stamp: str, summary: str, org: tuple[str, str],
                 desc: str, location: str, tzid: str, vtz: str, lang: str = "en-US",
                 method: str = "REQUEST", status: str = "CONFIRMED", allday: bool = False,
                 attendee: tuple[str, str] = ("Felix Schmidbauer", FELIX)) -> str:
    if allday:
        when = (f"DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
    else:
        when = f"DTSTART;TZID={tzid}:{start}\nDTEND;TZID={tzid}:{end}\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE"
    return (f"BEGIN:VCALENDAR\nMETHOD:{method}\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n"
            f"{vtz}\nBEGIN:VEVENT\nORGANIZER;CN={org[0]}:mailto:{org[1]}\n"
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={attendee[0]}:mailto:{attendee[1]}\n"
            f"DESCRIPTION;LANGUAGE={lang}:{desc}\nUID:{uid}\nSUMMARY;LANGUAGE={lang}:{summary}\n"
            f"{when}\nCLASS:PUBLIC\nPRIORITY:5\nDTSTAMP:{stamp}\nTRANSP:OPAQUE\nSTATUS:{status}\n"
            f"SEQUENCE:{seq}\nLOCATION;LANGUAGE={lang}:{location}\nX-MICROSOFT-CDO-APPT-SEQUENCE:{seq}\n"
            "X-MICROSOFT-CDO-OWNERAPPTID:2124551907\nX-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\n"
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INSTTYPE:0\n"
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\n"
            "BEGIN:VALARM\nDESCRIPTION:REMINDER\nTRIGGER;RELATED=START:-PT15M\nACTION:DISPLAY\nEND:VALARM\n"
            "END:VEVENT\nEND:VCALENDAR\n")


def ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def exchange_headers(topic: str, index: str) -> list[tuple[str, str]]:
    return [("Thread-Topic", topic), ("Thread-Index", index), ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Organization-SCL", "-1")]


@mail(n(4), family="exchange_teams", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:00", PRG), end=utc("2026-10-27 10:00", PRG),
      contact="tereza.kucerova@radbuza-plastics.cz", company="Radbuza Plastics s.r.o.",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00", zone=PRG,
      note="Exchange meeting request from Pilsen, TZID 'Central Europe Standard Time'; sent Thu 22 Oct in "
           "CEST, interview Tue 27 Oct after the 25 Oct change back to CET: 09:00 CET = 08:00Z (not 07:00Z); "
           "contact = human ORGANIZER/sender")
def p04() -> bytes:
    ics = exchange_ics(P4_UID, 0, "20261027T090000", "20261027T100000", "20261022T131000Z",
                       "Interview - Test Engineer Polymers / Felix Schmidbauer",
                       ("Tereza Kučerová", "tereza.kucerova@radbuza-plastics.cz"),
                       ics_text(P4_TXT), "Microsoft Teams Meeting", "Central Europe Standard Time",
                       VTZ_CEUROPE)
    body = alt(text(P4_TXT), html(simple_html(P4_TXT, "font-family:Calibri,sans-serif;font-size:11pt")),
               calendar(ics, cte="base64"))
    return message([
        *top("2026-10-22 15:10", PRG, "mail-db8eur05.outbound.protection.outlook.com", "52.100.14.38",
             "C4E19A77"),
        ("From", addr("Tereza Kučerová", "tereza.kucerova@radbuza-plastics.cz")),
        ("To", ME),
        ("Subject", "Interview - Test Engineer Polymers / Felix Schmidbauer"),
        ("Date", date("2026-10-22 15:10", PRG)),
        ("Message-ID", "<AM9PR03MB7721E0A4C3B1F28D5E0B9A1FC2A52@AM9PR03MB7721.eurprd03.prod.outlook.com>"),
        *exchange_headers("Interview - Test Engineer Polymers / Felix Schmidbauer",
                          "AdtiFX8z0b8qPMmtQrm0lIhA7xX1Aw=="),
        ("Content-Language", "en-US"),
        ("X-MS-Exchange-Calendar-Originator-Id", "9f1d2c77-3b0e-4d11-a8c5-5e2b1f0d9a31"),
    ], body)


# --------------------------------------------------------------------------- 5 Exchange reschedule, Pilsen, DE

P5_TXT = t("""
    Sehr geehrter Herr Schmidbauer,

    leider muss Herr Vrba morgen kurzfristig zu einem Kunden nach Linz. Wir müssen unser Gespräch
    deshalb verschieben:

    bisher: Dienstag, 27.10., 9:00 Uhr
    neu:    Donnerstag, 29.10.2026, 13:00-14:00 Uhr

    Ich hoffe, der neue Termin passt Ihnen. Die Einladung ist aktualisiert, der Teams-Link bleibt gleich.
    Entschuldigen Sie bitte die Umstände.

    Mit freundlichen Grüßen
    Tereza Kučerová
    HR Business Partner
    Radbuza Plastics s.r.o. | Plzeň

    """) + TEAMS_BLOCK


@mail(n(5), family="exchange_teams", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-29 13:00", PRG), end=utc("2026-10-29 14:00", PRG),
      contact="tereza.kucerova@radbuza-plastics.cz", company="Radbuza Plastics s.r.o.",
      local="Thu 2026-10-29 13:00", local_end="2026-10-29 14:00", zone=PRG,
      note="Same Exchange meeting, SEQUENCE 1, German: old Tue 27.10. 9:00, new Thu 29.10. 13:00-14:00 "
           "Prague time (CET after 25 Oct) = 12:00-13:00Z; labelled with the new time")
def p05() -> bytes:
    ics = exchange_ics(P4_UID, 1, "20261029T130000", "20261029T140000", "20261026T090200Z",
                       "Interview - Test Engineer Polymers / Felix Schmidbauer",
                       ("Tereza Kučerová", "tereza.kucerova@radbuza-plastics.cz"),
                       ics_text(P5_TXT), "Microsoft Teams Meeting", "Central Europe Standard Time",
                       VTZ_CEUROPE, lang="de-DE")
    body = alt(text(P5_TXT), html(simple_html(P5_TXT, "font-family:Calibri,sans-serif;font-size:11pt")),
               calendar(ics, cte="base64"))
    return message([
        *top("2026-10-26 10:02", PRG, "mail-am6eur05.outbound.protection.outlook.com", "52.100.14.61",
             "C4F0B312"),
        ("From", addr("Tereza Kučerová", "tereza.kucerova@radbuza-plastics.cz")),
        ("To", ME),
        ("Subject", "Interview - Test Engineer Polymers / Felix Schmidbauer"),
        ("Date", date("2026-10-26 10:02", PRG)),
        ("Message-ID", "<AM9PR03MB7721B18D2E6C47F0A3D5E8C1FC2A52@AM9PR03MB7721.eurprd03.prod.outlook.com>"),
        *exchange_headers("Interview - Test Engineer Polymers / Felix Schmidbauer",
                          "AdtiFX8z0b8qPMmtQrm0lIhA7xX1AwDXx2kQ"),
        ("Content-Language", "de-DE"),
    ], body)


# --------------------------------------------------------------------------- 6 Calendly invitee confirmation, EN

P6_TXT = t("""
    Hi Felix Schmidbauer,

    Your Screening interview with Hannah Price at 10:00am (Central European Time) on Tuesday,
    November 3, 2026 is scheduled.

    Event Type:
    Screening interview - Materials Test Engineer (remote)

    Invitee:
    Felix Schmidbauer
    felix.schmidbauer@example.org

    Event Date/Time:
    10:00am - 10:30am (Central European Time), Tuesday, November 3, 2026

    Location:
    This is a Google Meet web conference.
    https://meet.google.com/qjd-xkaw-pvn

    Invitee Time Zone:
    Central European Time

    Questions:
    Anything you'd like us to know before the call?
    Happy to talk about my DMA and creep-testing work.

    Need to make changes to this event?
    Cancel: https://calendly.com/cancellations/6e2b0d4f-1c8a-4e7f-9b31-2f5a0c7d8e11
    Reschedule: https://calendly.com/reschedulings/6e2b0d4f-1c8a-4e7f-9b31-2f5a0c7d8e11

    Powered by Calendly.com
    """)


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", B), end=utc("2026-11-03 10:30", B),
      contact="hannah.price@fenwicklabs.io", company="Fenwick Labs",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:30", zone=B,
      note="Calendly invitee confirmation (notifications@calendly.com); 10:00-10:30 'Central European "
           "Time' on 3 Nov (CET, after 25 Oct) = 09:00-09:30Z; ICS in UTC; contact = Reply-To host")
def p06() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:6e2b0d4f-1c8a-4e7f-9b31-2f5a0c7d8e11@calendly.com
        DTSTAMP:20261030T154100Z
        DTSTART:20261103T090000Z
        DTEND:20261103T093000Z
        SUMMARY:Screening interview - Materials Test Engineer (remote) (Felix Schmidbauer)
        LOCATION:https://meet.google.com/qjd-xkaw-pvn
        ORGANIZER;CN=Hannah Price:mailto:hannah.price@fenwicklabs.io
        ATTENDEE;CN=Felix Schmidbauer;PARTSTAT=ACCEPTED:mailto:felix.schmidbauer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(P6_TXT, cte="7bit"), html(simple_html(P6_TXT))),
                 calendar(ics, method=None, filename="invite.ics", disposition="attachment"))
    return message([
        *top("2026-10-30 16:41", B, "o1.ptr2714.calendly.com", "149.72.19.5", "D08E1F55"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Hannah Price", "hannah.price@fenwicklabs.io")),
        ("To", ME),
        ("Subject", "Confirmed: Screening interview with Hannah Price on Tuesday, November 3, 2026"),
        ("Date", date("2026-10-30 16:41", B)),
        ("Message-ID", "<calendly.invitee.6e2b0d4f@calendly.com>"),
        ("X-SG-EID", "u001.Fp3kQ2Zx8bq0r1vYt9nN3w"),
    ], body)


# --------------------------------------------------------------------------- 7 Workday, DE, no human address

P7_HTML = t("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
    <div style="max-width:640px">
    <div style="background:#00305e;padding:14px"><span style="color:#fff;font-size:18px">Pegnitz Industrial Group</span></div>
    <div style="padding:16px">
    <p>Hallo Felix,</p>
    <p>vielen Dank für Ihr Interesse an der Pegnitz Industrial Group. Wir freuen uns, Sie zu einem Interview einzuladen.</p>
    <p><b>Stelle:</b> Werkstoffprüfingenieur Kunststoffe (m/w/d) – R-20931<br>
    <b>Termin:</b> Donnerstag, 8. Oktober 2026, 14:00–15:00 MESZ<br>
    <b>Format:</b> Microsoft Teams (den Link erhalten Sie mit der separaten Kalendereinladung)<br>
    <b>Gesprächspartner:</b> Sabine Roth (Talent Acquisition), Dr. Henrik Lanz (Abteilungsleiter Werkstofftechnik)</p>
    <p>Bitte halten Sie Ihren Lebenslauf und ggf. Arbeitsproben bereit.</p>
    <p>Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen wenden Sie sich bitte über das
    <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/pegnitzgroup/Careers">Kandidatenportal</a> an uns.</p>
    <p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Pegnitz Industrial Group</p>
    </div></div>
    <img src="https://pegnitzgroup.myworkday.com/track/open/8f2a1c" width="1" height="1" alt="">
    </body></html>
    """)


@mail(n(7), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:00", B), end=utc("2026-10-08 15:00", B),
      contact=None, company="Pegnitz Industrial Group",
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone=B,
      note="Workday invitation (pegnitzgroup@myworkday.com), HTML only: 'Donnerstag, 8. Oktober 2026, "
           "14:00-15:00 MESZ' = 12:00-13:00Z; only names, no personal address: contact null")
def p07() -> bytes:
    return message([
        *top("2026-10-02 08:12", B, "mail-e52.myworkday.com", "198.51.100.152", "E1A70B3C"),
        ("From", addr("Pegnitz Industrial Group", "pegnitzgroup@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Einladung zum Interview – Werkstoffprüfingenieur Kunststoffe (m/w/d) – R-20931")),
        ("Date", date("2026-10-02 08:12", B)),
        ("Message-ID", "<1833220517.88214.1790921520311@wd3-prod-notify07>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(P7_HTML))


# --------------------------------------------------------------------------- 8 Google Calendar invitation, DE

P8_TXT = t("""
    Vorstellungsgespräch Felix Schmidbauer – Prüfingenieur Elastomere
    Dienstag, 13. Oktober 2026 ⋅ 10:00 – 11:00
    Mitteleuropäische Zeit - Berlin

    Rotmain Elastomere GmbH, Am Bauhof 9, 95445 Bayreuth, Deutschland

    Hallo Herr Schmidbauer, wie telefonisch besprochen hier die Einladung. Bitte melden Sie sich
    am Empfang in Halle 3. Frau Reichel aus der Personalabteilung ist auch dabei.
    Viele Grüße, Stefan Pöhlmann

    Gäste
    Stefan Pöhlmann - Organisator
    Anja Reichel
    Felix Schmidbauer
    Alle Gastinformationen ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=NjRmMmI1YzE

    Antworten für felix.schmidbauer@example.org
    Ja: https://calendar.google.com/calendar/event?action=RESPOND&eid=NjRmMmI1YzE&rst=1
    Nein: https://calendar.google.com/calendar/event?action=RESPOND&eid=NjRmMmI1YzE&rst=2
    Vielleicht: https://calendar.google.com/calendar/event?action=RESPOND&eid=NjRmMmI1YzE&rst=3

    Einladung von Google Kalender: https://calendar.google.com/calendar/

    Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind. Wenn Sie keine Benachrichtigungen
    mehr zu diesem Termin erhalten möchten, lehnen Sie ihn ab.
    """)


@mail(n(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-13 10:00", B), end=utc("2026-10-13 11:00", B),
      contact="stefan.poehlmann@rotmain-elastomere.de", company="Rotmain Elastomere GmbH",
      local="Tue 2026-10-13 10:00", local_end="2026-10-13 11:00", zone=B,
      note="Google Calendar invitation in German, 'Di. 13. Okt. 2026 10:00 - 11:00 (MESZ)', ICS TZID "
           "Europe/Berlin = 08:00-09:00Z; contact = organizer/sender")
def p08() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261013T100000
        DTEND;TZID=Europe/Berlin:20261013T110000
        DTSTAMP:20261006T071400Z
        ORGANIZER;CN=Stefan Pöhlmann:mailto:stefan.poehlmann@rotmain-elastomere.de
        UID:64f2b5c1a0d7e3@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stefan Pöhlmann;X-NUM-GUESTS=0:mailto:stefan.poehlmann@rotmain-elastomere.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anja Reichel;X-NUM-GUESTS=0:mailto:anja.reichel@rotmain-elastomere.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=felix.schmidbauer@example.org;X-NUM-GUESTS=0:mailto:felix.schmidbauer@example.org
        CREATED:20261006T071322Z
        DESCRIPTION:Hallo Herr Schmidbauer\\, wie telefonisch besprochen hier die Einladung. Bitte melden Sie sich am Empfang in Halle 3. Frau Reichel aus der Personalabteilung ist auch dabei.\\nViele Grüße\\, Stefan Pöhlmann
        LAST-MODIFIED:20261006T071400Z
        LOCATION:Rotmain Elastomere GmbH\\, Am Bauhof 9\\, 95445 Bayreuth\\, Deutschland
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Vorstellungsgespräch Felix Schmidbauer – Prüfingenieur Elastomere
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(P8_TXT, cte="base64"), html(simple_html(P8_TXT), cte="base64"),
                     calendar(ics, cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                          disposition="attachment", cte="base64", name_param=True))
    subj = ("Einladung: Vorstellungsgespräch Felix Schmidbauer – Prüfingenieur Elastomere @ "
            "Di. 13. Okt. 2026 10:00 - 11:00 (MESZ) (felix.schmidbauer@example.org)")
    return message([
        *top("2026-10-06 09:14", B, "mail-sor-f69.google.com", "209.85.220.69", "F2B61D08"),
        ("From", addr("Stefan Pöhlmann", "stefan.poehlmann@rotmain-elastomere.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Stefan Pöhlmann", "stefan.poehlmann@rotmain-elastomere.de")),
        ("To", FELIX),
        ("Subject", enc(subj)),
        ("Date", date("2026-10-06 09:14", B)),
        ("Message-ID", "<calendar-64f2b5c1-a0d7-4e3b-9f10-2c8d1e5a7b90@google.com>"),
    ], body)


# --------------------------------------------------------------------------- 9 Google Calendar cancellation, DE

P9_TXT = t("""
    Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

    Interview Felix Schmidbauer / Anwendungstechnik Compounds
    Donnerstag, 19. November 2026 ⋅ 14:00 – 15:00
    Mitteleuropäische Zeit - Berlin

    Nachricht von Lisa Brunner:
    Lieber Herr Schmidbauer, es tut mir wirklich leid: die Stelle wird jetzt doch intern besetzt,
    deshalb muss ich unser Gespräch am Donnerstag absagen. Ich melde mich, sobald wir wieder etwas
    Passendes ausschreiben. Beste Grüße aus Regensburg, Lisa Brunner

    Organisator
    Lisa Brunner
    lisa.brunner@donaulab-compounds.de

    Gäste
    Lisa Brunner - Organisator
    Felix Schmidbauer

    Einladung von Google Kalender: https://calendar.google.com/calendar/

    Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind.
    """)


@mail(n(9), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-19 14:00", B), end=utc("2026-11-19 15:00", B),
      contact="lisa.brunner@donaulab-compounds.de", company="Donaulab Compounds GmbH",
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone=B,
      note="Google Calendar 'Abgesagtes Ereignis', METHOD:CANCEL, role filled internally, no new time; "
           "cancelled slot Do 19 Nov 14:00-15:00 MEZ = 13:00-14:00Z")
def p09() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261119T140000
        DTEND;TZID=Europe/Berlin:20261119T150000
        DTSTAMP:20261116T162000Z
        ORGANIZER;CN=Lisa Brunner:mailto:lisa.brunner@donaulab-compounds.de
        UID:1b7e40d2c9aa51@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=felix.schmidbauer@example.org;X-NUM-GUESTS=0:mailto:felix.schmidbauer@example.org
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Felix Schmidbauer / Anwendungstechnik Compounds
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(P9_TXT), html(simple_html(P9_TXT)), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                          disposition="attachment", cte="base64", name_param=True))
    subj = ("Abgesagtes Ereignis: Interview Felix Schmidbauer / Anwendungstechnik Compounds @ "
            "Do. 19. Nov. 2026 14:00 - 15:00 (MEZ) (felix.schmidbauer@example.org)")
    return message([
        *top("2026-11-16 17:20", B, "mail-sor-f73.google.com", "209.85.220.73", "0A9C3E71"),
        ("From", "Lisa Brunner <lisa.brunner@donaulab-compounds.de>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", FELIX),
        ("Subject", enc(subj)),
        ("Date", date("2026-11-16 17:20", B)),
        ("Message-ID", "<calendar-1b7e40d2-c9aa-4f51-8d02-77e3b0a4c615@google.com>"),
    ], body)


# --------------------------------------------------------------------------- 10 Microsoft Bookings, DE

P10_TXT = t("""
    Ihre Buchung wurde bestätigt

    Hallo Felix Schmidbauer,

    vielen Dank für Ihre Buchung bei Keplerwerk Polymer AG – Karriere.

    Vorstellungsgespräch (Teams) – Werkstoffprüfung
    Donnerstag, 15. Oktober 2026
    11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
    45 Minuten
    Mitarbeiter: Nadine Seidl

    An der Onlinebesprechung teilnehmen:
    https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ4ZTY1NjgtYjA4Ny00ZDc0%40thread.v2/0

    Buchung verwalten: https://outlook.office365.com/owa/calendar/KeplerwerkKarriere@keplerwerk-polymer.de/bookings/
    Wenn Sie den Termin nicht wahrnehmen können, stornieren Sie ihn bitte über den Link oben.

    Keplerwerk Polymer AG – Karriere
    Im Gewerbepark D 40, 93059 Regensburg
    """)


@mail(n(10), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-15 11:00", B), end=utc("2026-10-15 11:45", B),
      contact=None, company="Keplerwerk Polymer AG",
      local="Thu 2026-10-15 11:00", local_end="2026-10-15 11:45", zone=B,
      note="Microsoft Bookings confirmation; the zone label shows the standard offset '(UTC+01:00) "
           "Amsterdam, Berlin...' but 15 Oct is CEST: 11:00 = 09:00Z, 45 Minuten -> 09:45Z, ICS (W. Europe "
           "Standard Time) agrees; Bookings mailbox and staff name only: contact null")
def p10() -> bytes:
    ics = exchange_ics("040000008200E00074C5B7101A82E008000000003E5F0A22C85ADD010000000000000000100000007C1E",
                       0, "20261015T110000", "20261015T114500", "20261009T183100Z",
                       "Vorstellungsgespräch (Teams) – Werkstoffprüfung",
                       ("Keplerwerk Polymer AG – Karriere", "KeplerwerkKarriere@keplerwerk-polymer.de"),
                       ics_text(P10_TXT), "Microsoft Teams-Besprechung", "W. Europe Standard Time",
                       VTZ["W. Europe Standard Time"], lang="de-DE")
    body = alt(text(P10_TXT), html(simple_html(P10_TXT, "font-family:'Segoe UI',sans-serif;font-size:14px")),
               calendar(ics, cte="base64"))
    return message([
        *top("2026-10-09 20:31", B, "mail-fr2deu01.outbound.protection.outlook.com", "52.100.9.12",
             "B7D2E640"),
        ("From", addr("Keplerwerk Polymer AG – Karriere", "KeplerwerkKarriere@keplerwerk-polymer.de")),
        ("To", ME),
        ("Subject", enc("Ihre Buchung wurde bestätigt: Vorstellungsgespräch (Teams) – Werkstoffprüfung")),
        ("Date", date("2026-10-09 20:31", B)),
        ("Message-ID", "<FR2P281MB1553A0C1D2E3F4A5B6C7D8E9F0A1B2C3@FR2P281MB1553.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-BookingsNotification", "Confirmation"),
        ("Content-Language", "de-DE"),
    ], body)


# --------------------------------------------------------------------------- 11 SmartRecruiters, DE

P11_TXT = t("""
    Hallo Felix,

    vielen Dank für Ihre Zeit am Telefon! Hiermit bestätigen wir Ihr Vorstellungsgespräch:

    Position: Projektingenieur Werkstoffprüfung Medizinprodukte (m/w/d)
    Datum: Montag, 9. November 2026
    Uhrzeit: 13:30 – 14:15 Uhr (MEZ)
    Ort: Medicor Kunststofftechnik GmbH, Am Weichselgarten 7, 91058 Erlangen, Gebäude 2, Raum 2.104
    Ihre Gesprächspartner: Tobias Meinel (Teamleiter Prüflabor), Sandra Gebhardt (HR)

    Bitte melden Sie sich 10 Minuten vorher an der Pforte, dort liegt ein Besucherausweis für Sie bereit.

    Viele Grüße
    Tobias Meinel
    Teamleiter Prüflabor
    Medicor Kunststofftechnik GmbH
    tobias.meinel@medicor-kt.de | +49 9131 77 640 12

    --
    Gesendet über SmartRecruiters. Antworten auf diese Nachricht werden dem Bewerbungsverlauf hinzugefügt.
    """)


@mail(n(11), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-09 13:30", B), end=utc("2026-11-09 14:15", B),
      contact="tobias.meinel@medicor-kt.de", company="Medicor Kunststofftechnik GmbH",
      local="Mon 2026-11-09 13:30", local_end="2026-11-09 14:15", zone=B,
      note="SmartRecruiters confirmation, 'Montag, 9. November 2026, 13:30 - 14:15 Uhr (MEZ)' = 12:30-13:15Z; "
           "Reply-To is a SmartRecruiters relay (not a person): contact = address in the signature")
def p11() -> bytes:
    return message([
        *top("2026-11-03 14:47", B, "mail2.smartrecruiters.com", "198.51.100.87", "5C3E8B21"),
        ("From", addr("Medicor Kunststofftechnik GmbH", "noreply@smartrecruiters.com")),
        ("Reply-To", "reply+a1f3e8c7d2b94c01@email.smartrecruiters.com"),
        ("To", ME),
        ("Subject", enc("Ihr Vorstellungsgespräch bei Medicor Kunststofftechnik – Bestätigung")),
        ("Date", date("2026-11-03 14:47", B)),
        ("Message-ID", "<sr.msg.a1f3e8c7d2b94c01.1793800020@smartrecruiters.com>"),
    ], alt(text(P11_TXT), html(simple_html(P11_TXT))))


# --------------------------------------------------------------------------- 12 Teamtailor reschedule, DE du

P12_TXT = t("""
    Hi Felix,

    leider müssen wir dein Interview verschieben – unser CTO Malte ist am Montag kurzfristig auf
    einer Messe in Düsseldorf.

    Alter Termin: Montag, 16. November 2026, 10:00 – 11:00
    Neuer Termin: Mittwoch, 18. November 2026, 15:30 – 16:30 (Europe/Berlin)
    Ort: Circulon GmbH, Sigmundstraße 18, 90431 Nürnberg (2. OG, einfach klingeln)

    Der Termin ist in deinem Kalender aktualisiert. Falls der neue Termin gar nicht passt,
    antworte einfach auf diese Mail.

    Liebe Grüße
    Jana

    Jana Wirth | People & Culture | Circulon GmbH

    Powered by Teamtailor
    """)


@mail(n(12), family="teamtailor", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-11-18 15:30", B), end=utc("2026-11-18 16:30", B),
      contact="jana.wirth@circulon.de", company="Circulon GmbH",
      local="Wed 2026-11-18 15:30", local_end="2026-11-18 16:30", zone=B,
      note="Teamtailor reschedule (du): old Mo 16.11. 10:00, new Mi 18.11. 15:30-16:30 Europe/Berlin (CET) = "
           "14:30-15:30Z, ICS SEQUENCE 1 agrees; contact = human Reply-To")
def p12() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-2290417@teamtailor.com
        DTSTAMP:20261112T102600Z
        DTSTART;TZID=Europe/Berlin:20261118T153000
        DTEND;TZID=Europe/Berlin:20261118T163000
        SEQUENCE:1
        SUMMARY:Interview Felix Schmidbauer - Circulon
        LOCATION:Circulon GmbH\\, Sigmundstraße 18\\, 90431 Nürnberg
        ORGANIZER;CN=Jana Wirth:mailto:jana.wirth@circulon.de
        ATTENDEE;CN=Felix Schmidbauer;RSVP=TRUE:mailto:felix.schmidbauer@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(P12_TXT), html(simple_html(P12_TXT))),
                 calendar(ics, filename="interview.ics", disposition="attachment", cte="base64"))
    return message([
        *top("2026-11-12 11:26", B, "mx-out3.teamtailor-mail.com", "198.51.100.201", "66E1A9F0"),
        ("From", "Circulon <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "Jana Wirth <jana.wirth@circulon.de>"),
        ("To", ME),
        ("Subject", enc("Neuer Termin für dein Interview bei Circulon")),
        ("Date", date("2026-11-12 11:26", B)),
        ("Message-ID", "<5f2e9c1a-88d0-4b3e-a7c2-0d1e6f4b9a22@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/5f2e9c1a>"),
    ], body)


# --------------------------------------------------------------------------- 13 phone reply, Upper Palatinate, Sie

P13_TXT = t("""
    Servus Herr Schmidbauer,

    passt, dann machen mir des nächste Woche Dienstag um 10 bei uns in Regensburg, Im Gewerbepark C 12.
    Fragen S' am Empfang nach mir, dann hol i Sie ab.

    Gruß
    A. Gmeiner

    Von meinem iPhone gesendet

    > Am 18.11.2026 um 21:40 schrieb Felix Schmidbauer <felix.schmidbauer@example.org>:
    >
    > Sehr geehrter Herr Gmeiner,
    >
    > vielen Dank für Ihren Anruf heute. Nächste Woche ginge es bei mir am Dienstag oder Mittwoch,
    > jeweils vormittags.
    >
    > Mit freundlichen Grüßen
    > Felix Schmidbauer
    """)


@mail(n(13), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-24 10:00", B), end=None,
      contact="a.gmeiner@vilsnaab-pruefzentrum.de", company="Vils-Naab Prüfzentrum GmbH",
      local="Tue 2026-11-24 10:00", zone=B,
      note="Phone-written reply in Upper Palatinate dialect: 'nächste Woche Dienstag um 10'; Date is Thu "
           "19 Nov 2026, so next week's Tuesday = 24 Nov, 10:00 CET = 09:00Z; no length given")
def p13() -> bytes:
    body = alt(text(P13_TXT), html(gmail_html(P13_TXT)))
    return message([
        *top("2026-11-19 07:12", B, "mout.kundenserver.de", "212.227.17.10", "8E4A1C93"),
        ("From", addr("Alois Gmeiner", "a.gmeiner@vilsnaab-pruefzentrum.de")),
        ("To", ME),
        ("Subject", enc("Re: Bewerbung Prüfingenieur – Terminvorschlag")),
        ("Date", date("2026-11-19 07:12", B)),
        ("Message-ID", "<7A1E4C20-93B1-4F0E-8D2A-1B5C6E7F8091@vilsnaab-pruefzentrum.de>"),
        ("In-Reply-To", "<f3a2b1c0-felix-1118@example.org>"),
        ("References", "<f3a2b1c0-felix-1118@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], body)


# --------------------------------------------------------------------------- 14 forwarded to self, rfc822 part

P14_INNER = t("""
    Sehr geehrter Herr Schmidbauer,

    wie eben telefonisch besprochen, bestätige ich Ihnen gerne den Termin für das
    Vorstellungsgespräch am Freitag, den 4. Dezember, um neun Uhr bei uns im Werk Hallstadt,
    Industriestraße 3, 96103 Hallstadt bei Bamberg.

    Das Gespräch führen Herr Lindner (Leitung Qualitätsprüfung Folien) und ich. Rechnen Sie mit
    etwa einer Stunde; im Anschluss zeigen wir Ihnen gerne noch das Prüflabor.

    Bitte bringen Sie Ihren Personalausweis mit, die Pforte stellt Ihnen damit einen Besucherausweis aus.

    Mit freundlichen Grüßen

    Sabine Dörfler
    Personalabteilung
    Domreiter Verpackungen GmbH
    Tel. 0951 40 81 226
    """)

P14_OUTER = t("""
    Fr 9 Uhr Hallstadt!! Perso + Zeugnisse mitnehmen.

    (an die private Adresse, damit ich's nicht verschlamp)
    """)


@mail(n(14), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-04 09:00", B), end=None,
      contact="s.doerfler@domreiter-verpackungen.de", company="Domreiter Verpackungen GmbH",
      local="Fri 2026-12-04 09:00", zone=B,
      note="Candidate forwards (as message/rfc822) an HR confirmation to his own other address: 'Freitag, den "
           "4. Dezember, um neun Uhr' = 08:00Z (CET); 'etwa einer Stunde' -> end null; contact = human "
           "sender of the forwarded message, never the candidate")
def p14() -> bytes:
    inner = message([
        ("Return-Path", "<s.doerfler@domreiter-verpackungen.de>"),
        ("From", addr("Sabine Dörfler", "s.doerfler@domreiter-verpackungen.de", "iso-8859-15")),
        ("To", "Felix Schmidbauer <felix.schmidbauer@example.net>"),
        ("Subject", enc("Ihr Vorstellungsgespräch am Freitag", "iso-8859-15")),
        ("Date", date("2026-11-30 10:14", B)),
        ("Message-ID", "<000c01dd5f2a$4b7e9a10$e27bce30$@domreiter-verpackungen.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ], text(P14_INNER, charset="iso-8859-15"))
    body = mixed(text(P14_OUTER, cte="8bit"),
                 attached_message(inner, filename="Ihr Vorstellungsgespraech am Freitag.eml"))
    return message([
        *top("2026-11-30 18:40", B, "smtp.example.net", "192.0.2.15", "9D1B2E44"),
        ("From", "Felix Schmidbauer <felix.schmidbauer@example.net>"),
        ("To", ME),
        ("Subject", enc("Fwd: Ihr Vorstellungsgespräch am Freitag")),
        ("Date", date("2026-11-30 18:40", B)),
        ("Message-ID", "<e8d0b7a2-4c1f-4a3e-b6d9-felixfwd1130@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], body)


# --------------------------------------------------------------------------- 15 Zoom, Chicago, US DST edge

CHI = "America/Chicago"

P15_TXT = t("""
    Hi Felix,

    Great talking with you on Tuesday. As promised, here's the confirmation for your technical
    interview with our lab director, Ray Okonkwo:

    Wednesday, November 4, 8:00-8:45 AM Central
    (that's 3:00 PM for you in Bayreuth - we switch back from daylight saving time this Sunday,
    so the gap is 7 hours again, not 6)

    Zoom details are below. Ray will probably want to walk through a DMA dataset with you, so have
    something ready you can screen-share.

    Best,
    Dana

    Dana Whitfield
    Senior Technical Recruiter | Lakeshore Resin Analytics
    dana.whitfield@lakeshoreresin.com | +1 312 555 0148

    -----

    Dana Whitfield is inviting you to a scheduled Zoom meeting.

    Topic: Felix Schmidbauer / Technical Interview - Polymer Test Engineer (Remote EU)
    Time: Nov 4, 2026 08:00 AM Central Time (US and Canada)

    Join Zoom Meeting
    https://lakeshoreresin.zoom.us/j/86420319577?pwd=Yk9xN2pQa0tVd3RzR1hQbmZ1dz09

    Meeting ID: 864 2031 9577
    Passcode: 512994

    ---

    One tap mobile
    +13126266799,,86420319577#,,,,*512994# US (Chicago)
    """)


@mail(n(15), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 08:00", CHI), end=utc("2026-11-04 08:45", CHI),
      contact="dana.whitfield@lakeshoreresin.com", company="Lakeshore Resin Analytics",
      local="Wed 2026-11-04 08:00", local_end="2026-11-04 08:45", zone=CHI,
      note="Recruiter mail sent Thu 29 Oct in CDT (-0500); interview Wed 4 Nov after the US change on 1 Nov: "
           "8:00-8:45 AM CST = 14:00-14:45Z (= 15:00 CET, as the mail says); contact = sender")
def p15() -> bytes:
    return message([
        *top("2026-10-29 10:05", CHI, "mail-bn8nam12.outbound.protection.outlook.com", "52.100.158.2",
             "2F7C0D18"),
        ("From", addr("Dana Whitfield", "dana.whitfield@lakeshoreresin.com")),
        ("To", ME),
        ("Subject", "Technical interview confirmed - Wed Nov 4, 8:00 AM CT"),
        ("Date", date("2026-10-29 10:05", CHI)),
        ("Message-ID", "<BN8PR12MB3380F1A2B3C4D5E6F7A8B9C0D1E2F3A4@BN8PR12MB3380.namprd12.prod.outlook.com>"),
        ("Content-Language", "en-US"),
    ], alt(text(P15_TXT, cte="7bit"), html(simple_html(P15_TXT, "font-family:Aptos,Calibri,sans-serif"))))


# --------------------------------------------------------------------------- 16 Lever, time only in the ICS

P16_TXT = t("""
    Hi Felix,

    Your interview for Senior Test Engineer, Polymers (Remote - EU) with Polderlab Materials has
    been scheduled. Please find the calendar invitation attached; it will show the time in your own
    time zone.

    You'll speak with:
    - Joost van Dijk, Talent Acquisition (30 min)
    - Dr. Anouk Smit, Lab Lead Mechanical Testing (30 min)

    Video link: https://meet.google.com/pvz-hqtr-ekn

    If anything comes up, just reply to this email.

    Looking forward to it,
    Joost
    """)


@mail(n(16), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-17 16:00", B), end=utc("2026-09-17 17:00", B),
      contact="joost.vandijk@polderlab.nl", company="Polderlab Materials B.V.",
      local="Thu 2026-09-17 16:00", local_end="2026-09-17 17:00", zone=B,
      note="Lever mail with the time only in the attached ICS (DTSTART 20260917T140000Z, DTEND 150000Z = "
           "16:00-17:00 CEST); contact = human Reply-To")
def p16() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Lever Hire//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-2c7f1e90-5ab3-4d2e-9c11-8e0b6f4a3d27
        DTSTAMP:20260911T110200Z
        DTSTART:20260917T140000Z
        DTEND:20260917T150000Z
        SUMMARY:Interview with Polderlab Materials - Felix Schmidbauer
        DESCRIPTION:Senior Test Engineer\\, Polymers (Remote - EU)\\nVideo: https://meet.google.com/pvz-hqtr-ekn
        LOCATION:https://meet.google.com/pvz-hqtr-ekn
        ORGANIZER;CN=Joost van Dijk:mailto:joost.vandijk@polderlab.nl
        ATTENDEE;CN=Felix Schmidbauer;RSVP=TRUE:mailto:felix.schmidbauer@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(P16_TXT, cte="7bit"), html(simple_html(P16_TXT))),
                 calendar(ics, filename="invite.ics", disposition="attachment"))
    return message([
        *top("2026-09-11 13:02", "Europe/Amsterdam", "mail-a.hire.lever.co", "198.51.100.60", "31B8F7A2"),
        ("From", "Joost van Dijk <no-reply@hire.lever.co>"),
        ("Reply-To", "Joost van Dijk <joost.vandijk@polderlab.nl>"),
        ("To", ME),
        ("Subject", "Interview scheduled: Senior Test Engineer, Polymers (Remote - EU) at Polderlab Materials"),
        ("Date", date("2026-09-11 13:02", "Europe/Amsterdam")),
        ("Message-ID", "<0100019b2f1e.lever.2c7f1e90@hire.lever.co>"),
    ], body)


# --------------------------------------------------------------------------- 17 Ashby cancellation, EN

P17_TXT = t("""
    Hi Felix,

    Unfortunately we need to cancel your upcoming interview:

    Materials Test Lead - Panel interview (virtual)
    Thursday, December 10, 2026, 11:00 AM - 12:00 PM CET

    We've paused hiring for this role until our Q1 budget is confirmed. Priya will reach out if and
    when the role reopens - we're sorry for the short notice and the inconvenience.

    Thanks,
    Tessaly Recruiting
    """)


@mail(n(17), family="ashby", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 11:00", B), end=utc("2026-12-10 12:00", B),
      contact="priya.raman@tessaly.io", company="Tessaly Materials",
      local="Thu 2026-12-10 11:00", local_end="2026-12-10 12:00", zone=B,
      note="Ashby cancellation (hiring paused, no new time); cancelled slot 11:00-12:00 CET = 10:00-11:00Z, "
           "ICS METHOD:CANCEL; contact = human Reply-To")
def p17() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:a7c3d1e0-9b24-4f6a-8e15-ashby-tessaly-5521
        DTSTAMP:20261207T084000Z
        DTSTART;TZID=Europe/Berlin:20261210T110000
        DTEND;TZID=Europe/Berlin:20261210T120000
        SEQUENCE:2
        SUMMARY:Tessaly Materials - Materials Test Lead Panel Interview
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@tessaly.io
        ATTENDEE;CN=Felix Schmidbauer:mailto:felix.schmidbauer@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(P17_TXT, cte="base64"), html(simple_html(P17_TXT), cte="base64")),
                 calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment", cte="base64"))
    return message([
        *top("2026-12-07 09:40", B, "a8-31.smtp-out.amazonses.com", "54.240.8.31", "47AD0C9E"),
        ("From", "Tessaly Materials <no-reply@ashbyhq.com>"),
        ("Reply-To", "Priya Raman <priya.raman@tessaly.io>"),
        ("To", ME),
        ("Subject", "Interview Cancelled: Materials Test Lead at Tessaly Materials"),
        ("Date", date("2026-12-07 09:40", B)),
        ("Message-ID", "<0100019c3f2d41aa-7e3b2c10-4d5e-4a6f-b7c8-d9e0f1a2b3c4-000000@email.amazonses.com>"),
    ], body)


# --------------------------------------------------------------------------- 18 softgarden reschedule, DE, latin-9

P18_TXT = t("""
    Sehr geehrter Herr Schmidbauer,

    leider müssen wir den vereinbarten Termin für Ihr Vorstellungsgespräch verschieben, da unser
    Laborleiter an diesem Tag zu einem Audit beim Kunden muss.

    Bisheriger Termin:  Mi 9.12., 09:30 Uhr
    Neuer Termin:       Fr 11.12., 13:00 Uhr

    Ort: Noris Prüfdienste GmbH, Witschelstraße 88, 90431 Nürnberg, Empfang Haus A
    Dauer: ca. 1 Stunde

    Bitte bestätigen Sie uns den neuen Termin kurz per Antwort auf diese E-Mail. Sollte er Ihnen
    nicht passen, finden wir selbstverständlich eine Alternative.

    Mit freundlichen Grüßen

    Melanie Kraus
    Recruiting
    Noris Prüfdienste GmbH

    Diese Nachricht wurde über softgarden versendet.
    """)


@mail(n(18), family="softgarden", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-11 13:00", B), end=None,
      contact="melanie.kraus@noris-pruefdienste.de", company="Noris Prüfdienste GmbH",
      local="Fri 2026-12-11 13:00", zone=B, days=(("Wed", "2026-12-09"), ("Fri", "2026-12-11")),
      note="softgarden reschedule, ISO-8859-15 QP: old 'Mi 9.12., 09:30', new 'Fr 11.12., 13:00 Uhr' (year "
           "from the Date, Dec 2026), CET = 12:00Z; 'ca. 1 Stunde' -> end null; contact = human Reply-To")
def p18() -> bytes:
    body = alt(text(P18_TXT, charset="iso-8859-15"),
               html(simple_html(P18_TXT).replace('charset="utf-8"', 'charset="iso-8859-15"'),
                    charset="iso-8859-15"))
    return message([
        *top("2026-12-03 16:05", B, "mail.softgarden.io", "198.51.100.33", "B9E3471D"),
        ("From", addr("Noris Prüfdienste GmbH", "noreply@softgarden.io", "iso-8859-15")),
        ("Reply-To", addr("Melanie Kraus", "melanie.kraus@noris-pruefdienste.de")),
        ("To", ME),
        ("Subject", enc("Terminänderung: Ihr Vorstellungsgespräch als Werkstoffprüfer (m/w/d)", "iso-8859-15")),
        ("Date", date("2026-12-03 16:05", B)),
        ("Message-ID", "<sg.4411902.88172.1796310300@softgarden.io>"),
    ], body)


# --------------------------------------------------------------------------- 19 GoodTime itinerary, London

P19_TXT = t("""
    Hi Felix,

    Your interviews with Thamesford Advanced Materials are confirmed. Here is your itinerary:

    Tuesday, December 1, 2026
    Times shown in your time zone: Central European Time (Europe/Berlin)
    (10:00 AM - 11:30 AM GMT in London)

    11:00 AM - 11:45 AM   Technical deep dive: fatigue & fracture testing
                          with Dr. Imran Qureshi, Principal Materials Scientist
    11:45 AM - 12:30 PM   Team fit & lab operations
                          with Claire Donovan, Lab Operations Manager

    Location: Microsoft Teams - a single link for both sessions:
    https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE0ZDE2ZjEtOWQ2%40thread.v2/0

    Need to make a change? Reply to this email and your coordinator, Oliver Hart, will help.

    Good luck!
    Thamesford Advanced Materials Talent Team

    Scheduled with GoodTime
    """)


@mail(n(19), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 11:00", B), end=utc("2026-12-01 12:30", B),
      contact="oliver.hart@thamesford-am.co.uk", company="Thamesford Advanced Materials",
      local="Tue 2026-12-01 11:00", local_end="2026-12-01 12:30", zone=B,
      note="GoodTime itinerary, two sessions shown in CET 11:00-12:30 (10:00-11:30 GMT); first start to last "
           "end = 10:00-11:30Z; contact = coordinator's Reply-To")
def p19() -> bytes:
    return message([
        *top("2026-11-25 15:30", "Europe/London", "o12.email.goodtime.io", "167.89.22.12", "1E8B5F03"),
        ("From", "Thamesford Advanced Materials <no-reply@goodtime.io>"),
        ("Reply-To", "Oliver Hart <oliver.hart@thamesford-am.co.uk>"),
        ("To", ME),
        ("Subject", "Your interview itinerary with Thamesford Advanced Materials - Tue, Dec 1"),
        ("Date", date("2026-11-25 15:30", "Europe/London")),
        ("Message-ID", "<gt.itin.8830211.4c9e@goodtime.io>"),
    ], alt(text(P19_TXT, cte="7bit"), html(simple_html(P19_TXT))))


# --------------------------------------------------------------------------- 20 Outlook all-day event, DE

P20_TXT = t("""
    Hallo Herr Schmidbauer,

    wie telefonisch besprochen, hier noch der Termin als Eintrag für Ihren Kalender:

    Vorstellungsgespräch am Donnerstag, 22.10., um 13:30 Uhr bei uns im Werk 2, Halle B
    (Dürrenhof Werkstofftechnik, Dürrenhofstraße 40, 90402 Nürnberg).

    Planen Sie ca. 2 Stunden ein, inklusive einer kleinen Laborführung. Parken können Sie auf dem
    Besucherparkplatz an Tor 3.

    Mit freundlichen Grüßen

    Matthias Zeilinger
    Gruppenleiter Kunststoffprüfung
    Dürrenhof Werkstofftechnik GmbH
    Tel. +49 911 20 44 73-15
    """)


@mail(n(20), family="exchange_allday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-22 13:30", B), end=None,
      contact="m.zeilinger@duerrenhof-wt.de", company="Dürrenhof Werkstofftechnik GmbH",
      local="Thu 2026-10-22 13:30", zone=B,
      note="Outlook meeting request as an all-day event (DTSTART;VALUE=DATE 20261022); the time is only in "
           "the text: 'Donnerstag, 22.10., um 13:30 Uhr' CEST = 11:30Z; 'ca. 2 Stunden' -> end null")
def p20() -> bytes:
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000F1D4C0E9B15ADD01000000000000000010000000D4E5",
                       0, "20261022", "20261023", "20261016T094800Z",
                       "Vorstellungsgespräch Hr. Schmidbauer (13:30, Werk 2)",
                       ("Matthias Zeilinger", "m.zeilinger@duerrenhof-wt.de"),
                       ics_text(P20_TXT), "Werk 2, Halle B", "W. Europe Standard Time",
                       VTZ["W. Europe Standard Time"], lang="de-DE", allday=True)
    body = alt(text(P20_TXT), html(simple_html(P20_TXT, "font-family:Calibri,sans-serif;font-size:11pt")),
               calendar(ics, cte="base64"))
    return message([
        *top("2026-10-16 11:48", B, "mail-fr3deu01.outbound.protection.outlook.com", "52.100.9.77", "7C0E5B2A"),
        ("From", addr("Zeilinger, Matthias", "m.zeilinger@duerrenhof-wt.de")),
        ("To", ME),
        ("Subject", "Vorstellungsgespraech Hr. Schmidbauer"),
        ("Date", date("2026-10-16 11:48", B)),
        ("Message-ID", "<FR3P281MB2210C9D8E7F6A5B4C3D2E1F0A9B8C7D6@FR3P281MB2210.DEUP281.PROD.OUTLOOK.COM>"),
        *exchange_headers("Vorstellungsgespraech Hr. Schmidbauer", "Adtf9s2X1kQ0mZyTQ0q0n5G1oB8e4g=="),
        ("Content-Language", "de-DE"),
    ], body)


# --------------------------------------------------------------------------- 21 Workable cancellation, DE

P21_TXT = t("""
    Sehr geehrter Herr Schmidbauer,

    Ihr Interview für die Position Werkstoffprüfer Schaumstoffe (m/w/d) am Dienstag,
    13. Oktober 2026 um 14:00 Uhr (MESZ) wurde abgesagt.

    Nachricht von Katrin Hofmann:
    "Leider ist unser Produktionsleiter kurzfristig ausgefallen, deshalb müssen wir den Termin am
    Dienstag absagen. Würde Ihnen stattdessen Donnerstag, 15.10., um 10 Uhr passen? Dann schicke
    ich Ihnen gleich eine neue Einladung. Bei Fragen erreichen Sie mich direkt unter
    katrin.hofmann@wiesent-schaum.de oder 09274 80 96-21."

    Mit freundlichen Grüßen
    Wiesent Schaumtechnik GmbH

    Powered by Workable
    """)


@mail(n(21), family="workable", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-13 14:00", B), end=None,
      contact="katrin.hofmann@wiesent-schaum.de", company="Wiesent Schaumtechnik GmbH",
      local="Tue 2026-10-13 14:00", zone=B, days=(("Thu", "2026-10-15"),),
      note="Workable cancellation of Di 13.10. 14:00 MESZ (= 12:00Z); a new time is only proposed "
           "('Würde Ihnen ... passen?'), so cancelled; Reply-To is a Workable relay: contact = address in body")
def p21() -> bytes:
    return message([
        *top("2026-10-09 15:22", B, "mail.workablemail.com", "198.51.100.95", "A06D3F18"),
        ("From", "Wiesent Schaumtechnik GmbH <noreply@candidates.workablemail.com>"),
        ("Reply-To", "wiesent-schaumtechnik+c7d1e2f94a@candidates.workablemail.com"),
        ("To", ME),
        ("Subject", enc("Interview abgesagt: Werkstoffprüfer Schaumstoffe (m/w/d)")),
        ("Date", date("2026-10-09 15:22", B)),
        ("Message-ID", "<wk.c7d1e2f94a.20261009132200@workablemail.com>"),
    ], alt(text(P21_TXT), html(simple_html(P21_TXT))))


# --------------------------------------------------------------------------- 22 Taleo reschedule, EN, windows-1252

P22_HTML = t("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
    <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
    <p>Dear Felix Schmidbauer,</p>
    <p>Your interview for the position <b>Senior Engineer Polymer Testing (f/m/d) – Req. 26-0417-ERL</b>
    has been rescheduled.</p>
    <table border="0" cellpadding="3">
    <tr><td><b>Previous date:</b></td><td><s>Thursday, November 26, 2026, 09:00 CET</s></td></tr>
    <tr><td><b>New date:</b></td><td>Monday, November 30, 2026, 14:00 – 15:00 CET</td></tr>
    <tr><td><b>Location:</b></td><td>Erlwerk Medical Devices SE, Building E3, Room 0.12, Erlangen</td></tr>
    </table>
    <p>We apologize for any inconvenience. If the new time does not suit you, please contact your recruiting
    coordinator Anja Bauernfeind (<a href="mailto:anja.bauernfeind@erlwerk-medical.com">anja.bauernfeind@erlwerk-medical.com</a>).</p>
    <p>Kind regards,<br>Erlwerk Medical Devices Talent Acquisition</p>
    <p style="font-size:10px;color:#777">This is an automated message. Please do not reply.</p>
    </body></html>
    """)


@mail(n(22), family="taleo", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-30 14:00", B), end=utc("2026-11-30 15:00", B),
      contact="anja.bauernfeind@erlwerk-medical.com", company="Erlwerk Medical Devices SE",
      local="Mon 2026-11-30 14:00", local_end="2026-11-30 15:00", zone=B,
      note="Taleo reschedule, HTML only in windows-1252 QP: previous Thu 26 Nov 09:00 CET (struck through), "
           "new Mon 30 Nov 14:00-15:00 CET = 13:00-14:00Z; contact = coordinator address in body")
def p22() -> bytes:
    return message([
        *top("2026-11-23 09:15", B, "smtp.tbe.taleo.net", "198.51.100.140", "D5A27C66"),
        ("From", "Erlwerk Medical Devices <no-reply@tbe.taleo.net>"),
        ("To", FELIX),
        ("Subject", "Interview Rescheduled - Senior Engineer Polymer Testing (f/m/d)"),
        ("Date", date("2026-11-23 09:15", B)),
        ("Message-ID", "<1418220931.55712.1795421700044.JavaMail.taleo@tbe-prod-mail03>"),
    ], html(P22_HTML, charset="windows-1252"))


# --------------------------------------------------------------------------- 23 Auckland, 'Thursday', previous day in UTC

NZ = "Pacific/Auckland"

P23_TXT = t("""
    Kia ora Felix,

    Awesome - you're confirmed for Thursday at 8:00am NZ time with me and our lab manager Sione Taufa.
    I know that lands on Wednesday evening for you (9pm in Bayreuth, if I've got the time difference
    right - we're 11 hours ahead of you at the moment).

    It'll be a relaxed video chat, about an hour. Google Meet: https://meet.google.com/wfk-ntqe-bzr

    Ngā mihi,
    Aroha

    Aroha Ngata | Talent & Culture Lead
    Kōwhai Materials Ltd | Auckland, New Zealand
    aroha.ngata@kowhaimaterials.co.nz

    On Tue, 6 Oct 2026 at 08:02, Felix Schmidbauer <felix.schmidbauer@example.org> wrote:
    > Hi Aroha,
    >
    > thanks for getting back to me. Thursday morning your time works well for me - any time
    > between 7 and 10am NZ time.
    >
    > Best regards
    > Felix
    """)


@mail(n(23), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 08:00", NZ), end=None,
      contact="aroha.ngata@kowhaimaterials.co.nz", company="Kōwhai Materials Ltd",
      local="Thu 2026-10-08 08:00", zone=NZ,
      note="Recruiter in Auckland, Date Tue 6 Oct 09:15 NZDT (+1300, NZ DST since 27 Sep): 'Thursday at "
           "8:00am NZ time' = Thu 8 Oct 08:00 NZDT = Wed 7 Oct 19:00Z (21:00 CEST, as she says); 'about an "
           "hour' -> end null")
def p23() -> bytes:
    return message([
        *top("2026-10-06 09:15", NZ, "mail-pj1-f54.google.com", "209.85.216.54", "3B90E1C7"),
        ("From", addr("Aroha Ngata", "aroha.ngata@kowhaimaterials.co.nz")),
        ("To", ME),
        ("Subject", "Re: Materials Test Engineer (remote) - next step"),
        ("Date", date("2026-10-06 09:15", NZ)),
        ("Message-ID", "<CAF7k2pQx8Zr1mN0vB3yT6wL9cH4dJ5sE2aG7uK1oP0iR3@mail.gmail.com>"),
        ("In-Reply-To", "<CAKp9d0felix1006@example.org>"),
        ("References", "<CAKp9d0felix1006@example.org>"),
    ], alt(text(P23_TXT, cte="8bit"), html(gmail_html(P23_TXT), cte="quoted-printable")))


# =========================================================================== negatives (24-50)

def pdf_part(filename: str, title: str) -> make.Part:
    import base64

    raw = (f"%PDF-1.4\n% {title}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").encode()
    body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    return make.Part([("Content-Type", f'application/pdf; name="{filename}"'),
                      ("Content-Disposition", f'attachment; filename="{filename}"'),
                      ("Content-Transfer-Encoding", "base64")], body)


# --------------------------------------------------------------------------- 24 Personio rejection, DE

N24_TXT = t("""
    Sehr geehrter Herr Schmidbauer,

    vielen Dank für Ihr Interesse an Regnitz Kunststofftechnik und für das angenehme Gespräch am
    23. September bei uns in Bamberg.

    Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einer Kandidatin zu
    besetzen, deren Erfahrung in der Medizintechnik-Zulassung noch etwas besser zu unseren
    aktuellen Projekten passt. Diese Entscheidung ist uns nicht leichtgefallen.

    Gerne würden wir Ihre Unterlagen für künftige Vakanzen in unserem Talent-Pool behalten. Wenn Sie
    damit nicht einverstanden sind, genügt eine kurze Nachricht.

    Wir wünschen Ihnen für Ihre weitere Suche alles Gute.

    Mit freundlichen Grüßen
    Carina Hümmer
    Personalreferentin

    Diese E-Mail wurde über Personio versendet.
    """)


@mail(n(24), family="rejection", lang="de", interview=False, company="Regnitz Kunststofftechnik GmbH",
      note="Personio rejection after the interview of 23 Sep (thread with the Personio invitation); "
           "a past interview date, nothing scheduled")
def n24() -> bytes:
    return message([
        *top("2026-10-02 10:31", B, "mailout-eu.personio.de", "203.0.113.41", "7B5510AA"),
        ("From", addr("Regnitz Kunststofftechnik GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Carina Hümmer", "c.huemmer@regnitz-kunststoff.de")),
        ("To", ME),
        ("Subject", enc("Ihre Bewerbung als Werkstoffprüfer / Prüfingenieur Kunststoffe (m/w/d)")),
        ("Date", date("2026-10-02 10:31", B)),
        ("Message-ID", "<01070192e2a7.1d0c55b2-83a0-4f27-b0d1-2a9e8c7f6b44@mail.personio.de>"),
    ], alt(text(N24_TXT), html(simple_html(N24_TXT), cte="base64")))


# --------------------------------------------------------------------------- 25 offer, DE du

N25_TXT = t("""
    Servus Felix,

    wie am Telefon schon angekündigt: anbei unser Vertragsangebot für die Stelle als Prüfingenieur
    in meinem Team. Eckdaten nochmal kurz:

    - Start: 1. Januar (früher geht leider nicht, das Labor ist zwischen den Jahren zu)
    - 38,5-Stunden-Woche, Gleitzeit, 30 Tage Urlaub
    - Gehalt wie besprochen, Details im PDF

    Gib mir bitte bis Freitag, 23.10., Bescheid, ob du dabei bist. Wenn du vorher noch Fragen hast,
    ruf mich einfach an, ich bin die ganze Woche im Haus.

    Ich würd mich echt freuen!
    Jogi

    --
    Jürgen Wölfel
    Leitung Prüflabor
    Lamina Prüfsysteme GmbH | Gebbertstraße 17 | 91052 Erlangen
    """)


@mail(n(25), family="offer", lang="de", interview=False, company="Lamina Prüfsysteme GmbH",
      days=(("Fri", "2026-10-23"),),
      note="Job offer (du) with a PDF and a reply deadline 'Freitag, 23.10.'; follows the interview of 1 Oct; "
           "no interview time")
def n25() -> bytes:
    body = mixed(text(N25_TXT, cte="8bit"), pdf_part("Vertragsangebot_Schmidbauer.pdf", "Vertragsangebot"))
    return message([
        *top("2026-10-16 12:04", B, "mail.lamina-pruef.de", "192.0.2.77", "A41F20C8"),
        ("From", addr("Jürgen Wölfel", "juergen.woelfel@lamina-pruef.de")),
        ("To", ME),
        ("Subject", enc("Vertragsangebot Prüfingenieur – Lamina")),
        ("Date", date("2026-10-16 12:04", B)),
        ("Message-ID", "<b0e3c9d1-5f2a-4c8e-a3b7-91d2e6f0a4c5@lamina-pruef.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], body)


# --------------------------------------------------------------------------- 26 JOIN application receipt, DE du

N26_TXT = t("""
    Hallo Felix,

    vielen Dank für deine Bewerbung als Prüfingenieur Additive Fertigung (m/w/d) bei der
    Maintal Additive GmbH!

    Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Innerhalb der nächsten zwei
    Wochen melden wir uns bei dir. Wenn wir dich zu einem Kennenlerngespräch einladen möchten,
    bekommst du von uns einen Terminvorschlag per E-Mail.

    Den Status deiner Bewerbung kannst du jederzeit hier einsehen:
    https://join.com/candidates/applications/4c0e19a7

    Viele Grüße
    Dein Team der Maintal Additive GmbH

    --
    Diese E-Mail wurde über JOIN versendet. JOIN Solutions AG
    """)


@mail(n(26), family="application_ack", lang="de", interview=False, company="Maintal Additive GmbH",
      note="JOIN application receipt; an interview is only hypothetical ('Wenn wir dich ... einladen möchten')")
def n26() -> bytes:
    return message([
        *top("2026-09-08 21:17", B, "mail.join.com", "198.51.100.177", "2D80F4B1"),
        ("From", addr("Maintal Additive GmbH via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", enc("Deine Bewerbung bei Maintal Additive GmbH ist eingegangen")),
        ("Date", date("2026-09-08 21:17", B)),
        ("Message-ID", "<20260908191703.4c0e19a7.candidate-ack@join.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], alt(text(N26_TXT), html(simple_html(N26_TXT))))


# --------------------------------------------------------------------------- 27 job alert, DE

N27_TXT = t("""
    7 neue Jobs für "Werkstoffprüfer Kunststoff" in Bayreuth + 50 km

    Prüfingenieur Kunststoffe (m/w/d)
    Fichtelnaab Polymer GmbH - Weiden i.d.OPf. - vor 1 Tag
    Schnelle Rückmeldung: Vorstellungsgespräch innerhalb von 48 Stunden!

    Werkstoffprüfer / Laborant Elastomere (m/w/d)
    Obermain Dichtungen KG - Lichtenfels - vor 2 Tagen
    Jetzt bewerben und schon am Dienstag zum Interview - ganz ohne Anschreiben

    Qualitätsingenieur Spritzguss (m/w/d)
    Rauhkopf Formteile GmbH - Kulmbach - vor 3 Tagen

    Technischer Mitarbeiter Materialprüfung (m/w/d)
    Universitätsnahes Prüfinstitut - Bayreuth - vor 3 Tagen

    ... und 3 weitere Treffer: https://jobradar-franken.de/suche/a81c2f

    Du erhältst diese E-Mail, weil du einen Suchauftrag angelegt hast.
    Suchauftrag bearbeiten oder abbestellen: https://jobradar-franken.de/alerts/a81c2f/edit
    """)


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board digest; 'Vorstellungsgespräch innerhalb von 48 Stunden' / 'schon am Dienstag zum "
           "Interview' are advertising copy, nothing confirmed")
def n27() -> bytes:
    return message([
        *top("2026-09-14 06:30", B, "mta2.jobradar-franken.de", "198.51.100.230", "6A1D93E0"),
        ("From", addr("jobradar franken", "alerts@jobradar-franken.de")),
        ("To", FELIX),
        ("Subject", enc("7 neue Jobs für „Werkstoffprüfer Kunststoff“ in Bayreuth")),
        ("Date", date("2026-09-14 06:30", B)),
        ("Message-ID", "<alert.a81c2f.20260914@jobradar-franken.de>"),
        ("List-Unsubscribe", "<https://jobradar-franken.de/alerts/a81c2f/unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(N27_TXT), html(simple_html(N27_TXT))))


# --------------------------------------------------------------------------- 28 newsletter, EN

N28_TXT = t("""
    THE TEST BENCH WEEKLY - Issue 112

    The night before your interview: a checklist for lab people

    You've got the invite: Tuesday, 9:00, panel interview with the lab manager and someone from
    quality. Now what? Here's the checklist I wish I'd had before my first interview as a
    test engineer:

    1. Re-read the job ad and map every requirement to one test you have actually run.
    2. Prepare one failure story: a test that went wrong, and what you changed.
    3. Know your standards cold: ISO 527, ISO 179, ASTM D638 - they will ask.
    4. Print your CV. Yes, really.
    5. Plan to arrive 15 minutes early - lab sites often have a gatehouse.

    Also this week: our free live Q&A "Salary talks for engineers" on Thursday at 18:00 CET.

    Read online: https://testbenchweekly.com/p/night-before-interview
    You are receiving this because you subscribed. Unsubscribe: https://testbenchweekly.com/unsubscribe
    """)


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Newsletter post about preparing for an interview ('Tuesday, 9:00' is an example); no interview")
def n28() -> bytes:
    return message([
        *top("2026-10-04 08:00", B, "mail.testbenchweekly.com", "198.51.100.12", "0F4C7B22"),
        ("From", "The Test Bench Weekly <newsletter@testbenchweekly.com>"),
        ("To", FELIX),
        ("Subject", "The night before your interview: a checklist for lab people"),
        ("Date", date("2026-10-04 08:00", B)),
        ("Message-ID", "<issue-112.20261004@testbenchweekly.com>"),
        ("List-Id", "The Test Bench Weekly <weekly.testbenchweekly.com>"),
        ("List-Unsubscribe", "<https://testbenchweekly.com/unsubscribe>"),
        ("Precedence", "bulk"),
    ], alt(text(N28_TXT, cte="7bit"), html(simple_html(N28_TXT))))


# --------------------------------------------------------------------------- 29 pick-a-slot link, EN

N29_TXT = t("""
    Hi Felix,

    Thanks for applying for the Materials Test Engineer role - your DMA and creep-testing background
    is exactly what we've been looking for.

    The next step is a 30-minute screening interview with me. Could you pick a slot that suits you here?
    https://calendly.com/fenwicklabs-hannah/screening-interview

    I have openings Monday to Wednesday next week, mostly mornings Central European Time.

    Cheers,
    Hannah

    Hannah Price
    Talent Partner | Fenwick Labs
    """)


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Fenwick Labs",
      note="Recruiter asks the candidate to pick a Calendly slot; no time chosen yet (the booking "
           "confirmation comes later in the same thread)")
def n29() -> bytes:
    return message([
        *top("2026-10-27 11:52", B, "mail-wr1-f47.google.com", "209.85.221.47", "C1E9A804"),
        ("From", addr("Hannah Price", "hannah.price@fenwicklabs.io")),
        ("To", ME),
        ("Subject", "Fenwick Labs - next step for the Materials Test Engineer role"),
        ("Date", date("2026-10-27 11:52", B)),
        ("Message-ID", "<CAH3p0rQ7vX2bN9mK4yT1cW8dE6fG0hJ5kL2sA3@mail.gmail.com>"),
    ], alt(text(N29_TXT, cte="7bit"), html(gmail_html(N29_TXT))))


# --------------------------------------------------------------------------- 30 times proposed, not confirmed, DE

N30_TXT = t("""
    Grüß Gott Herr Schmidbauer,

    vielen Dank für Ihre Bewerbung, die hat uns gut gefallen. Mir würden Sie gern persönlich
    kennenlernen, bei uns in Regensburg.

    Passt's Ihnen am 9. um halb zehn? Sonst ginge auch Do 10.12. um 14 Uhr.
    Geben S' mir kurz Bescheid, dann schick ich Ihnen die Einladung mit Anfahrtsbeschreibung.

    Mit freundlichen Grüßen

    Franziska Zierer
    Personal
    Naabtal Dichtungstechnik GmbH
    Im Gewerbepark A 7, 93059 Regensburg
    """)


@mail(n(30), family="recruiter_proposal", lang="de", interview=False, company="Naabtal Dichtungstechnik GmbH",
      days=(("Wed", "2026-12-09"), ("Thu", "2026-12-10")),
      note="Recruiter proposes two times ('Passt's Ihnen am 9. um halb zehn? Sonst ... Do 10.12. um 14 Uhr') "
           "and waits for the answer: not yet confirmed")
def n30() -> bytes:
    return message([
        *top("2026-12-02 14:18", B, "mout.kundenserver.de", "212.227.17.24", "F03A6D19"),
        ("From", addr("Franziska Zierer", "f.zierer@naabtal-dichtung.de")),
        ("To", ME),
        ("Subject", enc("Ihre Bewerbung – Terminvorschlag")),
        ("Date", date("2026-12-02 14:18", B)),
        ("Message-ID", "<000001dd6a1b$2c3d4e50$84b7eaf0$@naabtal-dichtung.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(N30_TXT, charset="windows-1252"))


# --------------------------------------------------------------------------- 31 employment agency appointment, DE

N31_TXT = t("""
    Sehr geehrter Herr Schmidbauer,

    Sie haben sich bei uns arbeitsuchend gemeldet. Ich lade Sie zu einem persönlichen Gespräch über
    Ihre berufliche Situation und Ihr Bewerberprofil ein.

    Termin: Dienstag, 10.11.2026, 08:30 Uhr
    Ort: Agentur für Arbeit Bayreuth-Hof, Geschäftsstelle Bayreuth, Zimmer 2.14
    Ansprechpartnerin: Frau Hagen, Arbeitsvermittlung

    Bitte bringen Sie folgende Unterlagen mit:
    - Personalausweis
    - aktuellen Lebenslauf und Zeugnisse
    - das Kündigungsschreiben bzw. den befristeten Arbeitsvertrag

    Gerne können wir in dem Gespräch auch Vermittlungsvorschläge und Ihre anstehenden
    Vorstellungsgespräche besprechen.

    Rechtsfolgenbelehrung: Kommen Sie der Einladung ohne wichtigen Grund nicht nach, kann dies eine
    Sperrzeit bei Meldeversäumnis zur Folge haben. Können Sie den Termin nicht wahrnehmen, teilen Sie
    uns dies bitte vorher mit.

    Mit freundlichen Grüßen
    Ihre Agentur für Arbeit Bayreuth-Hof

    Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail,
    sondern nutzen Sie das Postfach in Ihrem Online-Konto.
    """)


@mail(n(31), family="employment_agency", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Appointment at the employment agency (Meldetermin) at a fixed time; mentions 'Vorstellungsgespräche' "
           "but is not a job interview")
def n31() -> bytes:
    return message([
        *top("2026-10-27 07:55", B, "mail.arbeitsagentur.de", "203.0.113.9", "19BE7C40"),
        ("From", addr("Agentur für Arbeit Bayreuth-Hof", "noreply@arbeitsagentur.de")),
        ("To", FELIX),
        ("Subject", enc("Einladung – Ihr Termin bei der Agentur für Arbeit am 10.11.2026")),
        ("Date", date("2026-10-27 07:55", B)),
        ("Message-ID", "<ba.einladung.7734120.20261027065500@arbeitsagentur.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(N31_TXT, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 32 journalist interview, DE

N32_TXT = t("""
    Hallo Herr Schmidbauer,

    vielen Dank für Ihre Zusage! Dann bleibt es bei Freitag, 16. Oktober, 11 Uhr im Café am
    Sternplatz. Das Interview für unsere Serie "Bayreuth repariert" dauert etwa 45 Minuten, unser
    Fotograf Max kommt gegen halb zwölf dazu und macht ein paar Bilder im Repair-Café.

    Mich interessiert vor allem, wie Sie im Repair-Café kaputte Kunststoffteile prüfen und was man aus
    alten Gehäusen noch machen kann. Den Text schicke ich Ihnen vor Erscheinen zur Freigabe.

    Herzliche Grüße
    Lena Sperber
    Redaktion Lokales
    Fichtelgebirgs-Rundschau
    """)


@mail(n(32), family="press_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="A newspaper interviews the candidate about his volunteer repair-café work; confirmed time, "
           "but not a job interview")
def n32() -> bytes:
    return message([
        *top("2026-10-12 16:40", B, "mail.fg-rundschau.de", "192.0.2.140", "E22C07B5"),
        ("From", addr("Lena Sperber", "lena.sperber@fg-rundschau.de")),
        ("To", ME),
        ("Subject", "Re: Interview Repair-Cafe / Serie 'Bayreuth repariert'"),
        ("Date", date("2026-10-12 16:40", B)),
        ("Message-ID", "<5d1a22e0-8b4c-4f11-9c7e-fgr1012lsp@fg-rundschau.de>"),
        ("In-Reply-To", "<felix-1012-presse@example.org>"),
    ], text(N32_TXT))


# --------------------------------------------------------------------------- 33 podcast recording, DE du, with ICS

N33_TXT = t("""
    Servus Felix,

    super, dass du dabei bist! Die Aufnahme steht:

    Dienstag, 20.10., 17:00 Uhr, remote über Riverside
    Studio-Link: https://riverside.fm/studio/kunststoff-kantine

    Arbeitstitel der Folge: "Vom Prüflabor ins Vorstellungsgespräch – wie Werkstoffprüfer den
    Jobwechsel angehen". Ich schick dir vorher noch ein paar Leitfragen. Kopfhörer wären super,
    und wenn's geht kein WLAN, sondern Kabel.

    Die Kalendereinladung hängt an.

    Bis dann
    Bene

    Kunststoff-Kantine – der Podcast für Leute, die mit Polymeren arbeiten
    """)


@mail(n(33), family="podcast", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Podcast recording at a fixed time with an ICS; the episode is about job interviews, but it is "
           "not the candidate's interview")
def n33() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261020T170000
        DTEND;TZID=Europe/Berlin:20261020T181500
        DTSTAMP:20261014T092000Z
        ORGANIZER;CN=Benedikt Aures:mailto:bene@kunststoff-kantine.de
        UID:3c9f21e07d1b44@google.com
        ATTENDEE;CN=felix.schmidbauer@example.org;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:felix.schmidbauer@example.org
        SUMMARY:Aufnahme Kunststoff-Kantine #58 mit Felix Schmidbauer
        LOCATION:https://riverside.fm/studio/kunststoff-kantine
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(text(N33_TXT, cte="8bit"), calendar(ics, filename="invite.ics", disposition="attachment"))
    return message([
        *top("2026-10-14 11:20", B, "mail-ej1-f44.google.com", "209.85.218.44", "7DD1E3A5"),
        ("From", addr("Benedikt Aures", "bene@kunststoff-kantine.de")),
        ("To", ME),
        ("Subject", "Kunststoff-Kantine: Aufnahme am 20.10."),
        ("Date", date("2026-10-14 11:20", B)),
        ("Message-ID", "<CAM8v1yB2nK3pQ4rS5tU6vW7xY8zA9bC0dE1fG2@mail.gmail.com>"),
    ], body)


# --------------------------------------------------------------------------- 34 MBA admission interview, DE, with ICS

N34_TXT = t("""
    Sehr geehrter Herr Schmidbauer,

    vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden MBA
    "Technologie- und Innovationsmanagement" (Start März 2027).

    Gerne bestätigen wir Ihnen den Termin für Ihr Auswahlinterview:

    Mittwoch, 11. November 2026, 16:00 - 16:40 Uhr
    online via Zoom: https://frankenakademie.zoom.us/j/93120448710

    Im Gespräch mit Prof. Dr. Ulrike Bernreuther und einem Alumnus geht es um Ihre Motivation,
    Ihre bisherige Berufserfahrung und Ihre Ziele nach dem Studium. Eine Kalendereinladung finden
    Sie im Anhang.

    Mit freundlichen Grüßen
    Team Zulassung
    Frankenakademie Nürnberg – Executive Education
    """)


@mail(n(34), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Admission interview for a part-time MBA, fixed time and ICS; a study-place interview, not a job "
           "interview")
def n34() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Frankenakademie//Zulassung//DE
        METHOD:PUBLISH
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:zul-2027-0311-schmidbauer@frankenakademie-nuernberg.de
        DTSTAMP:20261105T131000Z
        DTSTART;TZID=Europe/Berlin:20261111T160000
        DTEND;TZID=Europe/Berlin:20261111T164000
        SUMMARY:Auswahlinterview MBA Technologie- und Innovationsmanagement
        LOCATION:https://frankenakademie.zoom.us/j/93120448710
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(N34_TXT), html(simple_html(N34_TXT))),
                 calendar(ics, method="PUBLISH", filename="Auswahlinterview.ics", disposition="attachment"))
    return message([
        *top("2026-11-05 14:10", B, "mail.frankenakademie-nuernberg.de", "192.0.2.201", "A8C31E07"),
        ("From", addr("Frankenakademie Nürnberg – Zulassung", "zulassung@frankenakademie-nuernberg.de")),
        ("To", ME),
        ("Subject", "Ihr Auswahlinterview MBA - Bestaetigung"),
        ("Date", date("2026-11-05 14:10", B)),
        ("Message-ID", "<zul.20261105141000.5521@frankenakademie-nuernberg.de>"),
    ], body)


# --------------------------------------------------------------------------- 35 curling try-out, DE du

N35_TXT = t("""
    Hi Felix,

    schön, dass du Lust auf Curling hast! Dann komm doch gleich zum Probetraining für unsere
    Liga-Mannschaft: Samstag, 7.11., um 10 Uhr in der Eishalle, Eingang Trainingsfläche.

    Saubere Hallenschuhe reichen fürs erste, Besen und Gleitsohle kriegst du von uns. Nach dem
    Training sitzen wir meistens noch im Stüberl, da können wir über die Mitgliedschaft reden.

    Gut Stein!
    Wolfgang
    Curling-Club Fichtelgebirge e.V. - Sportwart
    """)


@mail(n(35), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Curling-club try-out at a fixed time; not a job interview")
def n35() -> bytes:
    return message([
        *top("2026-11-01 19:02", B, "mout.gmx.net", "212.227.15.18", "0CB8E6F1"),
        ("From", addr("Wolfgang Pöhner", "sportwart@cc-fichtelgebirge.de")),
        ("To", ME),
        ("Subject", "Re: Curling ausprobieren?"),
        ("Date", date("2026-11-01 19:02", B)),
        ("Message-ID", "<trinity-3f1c8a2e-7b0d-4e95-a61c-1101cc@3c-app-gmx-bs42>"),
    ], text(N35_TXT, charset="iso-8859-15"))


# --------------------------------------------------------------------------- 36 winter tyres, DE, latin-1

N36_TXT = t("""
    Sehr geehrter Herr Schmidbauer,

    hiermit bestätigen wir Ihren Werkstatttermin:

    Leistung:   Räderwechsel auf Winterreifen inkl. Einlagerung der Sommerräder
    Fahrzeug:   Skoda Octavia Combi, BT-FS 4711
    Termin:     Do, 29.10.2026 um 07:30 Uhr
    Dauer:      ca. 45 Minuten - gerne können Sie in unserer Kundenlounge warten

    Bitte bringen Sie das Radschloss-Adapterstück mit, falls vorhanden.

    Mit freundlichen Grüßen
    Ihr Serviceteam
    Autohaus Roßner GmbH
    Bindlacher Straße 90, 95448 Bayreuth
    """)


@mail(n(36), family="car_service", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Workshop booking for the winter-tyre change at a fixed time; personal appointment")
def n36() -> bytes:
    return message([
        *top("2026-10-23 17:45", B, "mail.autohaus-rossner.de", "192.0.2.55", "55E0A1D3"),
        ("From", addr("Autohaus Roßner Service", "service@autohaus-rossner.de", "iso-8859-1")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung: Räderwechsel am 29.10.2026, 07:30 Uhr", "iso-8859-1")),
        ("Date", date("2026-10-23 17:45", B)),
        ("Message-ID", "<DMS.20261023174512.88201@autohaus-rossner.de>"),
    ], text(N36_TXT, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 37 passport appointment, DE, with ICS

N37_TXT = t("""
    Terminbestätigung

    Sehr geehrter Herr Schmidbauer,

    Ihr Termin im Bürgerbüro wurde erfolgreich gebucht.

    Anliegen:   Reisepass beantragen (1 Person)
    Datum:      Freitag, 04.12.2026
    Uhrzeit:    11:20 Uhr
    Ort:        Bürgerbüro, Neues Rathaus, Erdgeschoss
    Vorgangsnr: BB-2026-118842

    Bitte bringen Sie mit: Personalausweis oder alten Reisepass, ein aktuelles biometrisches
    Passbild, Gebühr (EC-Karte). Kommen Sie bitte pünktlich, bei Verspätung verfällt der Termin.

    Termin absagen: https://termine.buergerbuero-bt.de/cancel/BB-2026-118842

    Diese E-Mail wurde automatisch erzeugt.
    """)


@mail(n(37), family="public_office", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Passport appointment at the citizens' office, fixed time with ICS; not an interview")
def n37() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Terminvergabe Buergerbuero//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:BB-2026-118842@termine.buergerbuero-bt.de
        DTSTAMP:20261127T081500Z
        DTSTART:20261204T102000Z
        DTEND:20261204T103500Z
        SUMMARY:Bürgerbüro: Reisepass beantragen
        LOCATION:Bürgerbüro\\, Neues Rathaus\\, Erdgeschoss
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(text(N37_TXT), calendar(ics, method=None, filename="termin.ics", disposition="attachment",
                                         cte="quoted-printable"))
    return message([
        *top("2026-11-27 09:15", B, "termine.buergerbuero-bt.de", "192.0.2.90", "2E6F9B40"),
        ("From", addr("Terminvergabe Bürgerbüro", "noreply@termine.buergerbuero-bt.de")),
        ("To", FELIX),
        ("Subject", enc("Terminbestätigung Bürgerbüro – Reisepass beantragen")),
        ("Date", date("2026-11-27 09:15", B)),
        ("Message-ID", "<BB-2026-118842.confirm@termine.buergerbuero-bt.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], body)


# --------------------------------------------------------------------------- 38 mock interview via Calendly, DE

N38_TXT = t("""
    Hallo Felix Schmidbauer,

    Ihr Termin Probe-Vorstellungsgespräch (60 Min.) mit Claudia Reif am Mittwoch, 25. November 2026
    um 18:00 (Mitteleuropäische Zeit) ist geplant.

    Ereignistyp:
    Probe-Vorstellungsgespräch (60 Min.) - Bewerbungscoaching

    Datum/Uhrzeit des Ereignisses:
    18:00 - 19:00 (Mitteleuropäische Zeit), Mittwoch, 25. November 2026

    Ort:
    Zoom - der Link wird Ihnen 24 Stunden vorher zugeschickt.

    Fragen:
    Für welche Stelle möchten Sie üben?
    Prüfingenieur Kunststoffe, Gespräch bei einem Mittelständler in Regensburg

    Änderungen an diesem Ereignis?
    Absagen: https://calendly.com/cancellations/91d3a7c2-0b4e-4f5a-8c61-7e2d0f9b3a14
    Neu planen: https://calendly.com/reschedulings/91d3a7c2-0b4e-4f5a-8c61-7e2d0f9b3a14

    Powered by Calendly.com
    """)


@mail(n(38), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Calendly booking of a paid mock interview with a career coach; confirmed time, not a job interview")
def n38() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:91d3a7c2-0b4e-4f5a-8c61-7e2d0f9b3a14@calendly.com
        DTSTAMP:20261119T194400Z
        DTSTART:20261125T170000Z
        DTEND:20261125T180000Z
        SUMMARY:Probe-Vorstellungsgespräch (60 Min.) (Felix Schmidbauer)
        ORGANIZER;CN=Claudia Reif:mailto:kontakt@reif-coaching.de
        ATTENDEE;CN=Felix Schmidbauer;PARTSTAT=ACCEPTED:mailto:felix.schmidbauer@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(N38_TXT), html(simple_html(N38_TXT))),
                 calendar(ics, method=None, filename="invite.ics", disposition="attachment", cte="base64"))
    return message([
        *top("2026-11-19 20:44", B, "o1.ptr2714.calendly.com", "149.72.19.5", "91CA0E3D"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", addr("Claudia Reif", "kontakt@reif-coaching.de")),
        ("To", ME),
        ("Subject", enc("Bestätigt: Probe-Vorstellungsgespräch (60 Min.) mit Claudia Reif am Mittwoch, "
                        "25. November 2026")),
        ("Date", date("2026-11-19 20:44", B)),
        ("Message-ID", "<calendly.invitee.91d3a7c2@calendly.com>"),
    ], body)


# --------------------------------------------------------------------------- 39 a friend's interview, forwarded, DE

N39_TXT = t("""
    Hey Felix,

    schau mal - die haben mich auch eingeladen, gleiche Abteilung wie bei dir :-D
    Mittwoch um 10. Hast du Tipps, was der Lanz so fragt? Und wie lief's bei dir heute?

    Grüße
    Tobi

    ---------- Forwarded message ---------
    From: Pegnitz Industrial Group <pegnitzgroup@myworkday.com>
    Date: Thu, Oct 8, 2026 at 4:51 PM
    Subject: Einladung zum Interview – Prüftechniker Kunststoffe (m/w/d) – R-20977
    To: <tobias.knorr@example.com>

    Hallo Tobias,

    vielen Dank für Ihr Interesse an der Pegnitz Industrial Group. Wir freuen uns, Sie zu einem
    Interview einzuladen.

    Stelle: Prüftechniker Kunststoffe (m/w/d) – R-20977
    Termin: Mittwoch, 14. Oktober 2026, 10:00–11:00 MESZ
    Format: Microsoft Teams (den Link erhalten Sie mit der separaten Kalendereinladung)
    Gesprächspartner: Sabine Roth (Talent Acquisition), Dr. Henrik Lanz (Abteilungsleiter Werkstofftechnik)

    Mit freundlichen Grüßen
    Ihr Talent-Acquisition-Team
    Pegnitz Industrial Group
    """)


@mail(n(39), family="forwarded_other", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"), ("Thu", "2026-10-08")),
      note="A friend forwards HIS OWN Workday interview invitation (to tobias.knorr@) for information; a "
           "confirmed interview, but not the inbox owner's")
def n39() -> bytes:
    return message([
        *top("2026-10-08 20:12", B, "mail-lf1-f52.google.com", "209.85.167.52", "D4E0B7A9"),
        ("From", addr("Tobias Knorr", "tobias.knorr@example.com")),
        ("To", ME),
        ("Subject", enc("Fwd: Einladung zum Interview – Prüftechniker Kunststoffe (m/w/d) – R-20977")),
        ("Date", date("2026-10-08 20:12", B)),
        ("Message-ID", "<CAJx7mQ1nB2vC3xZ4lK5jH6gF7dS8aP9oI0uY1t@mail.gmail.com>"),
    ], alt(text(N39_TXT, cte="8bit"), html(gmail_html(N39_TXT))))


# --------------------------------------------------------------------------- 40 user interviews a candidate at work

N40_TXT = t("""
    Hallo Felix,

    wie besprochen bist du als Fachvertreter beim Vorstellungsgespräch mit Frau Elif Kaya dabei
    (Prüftechnikerin (m/w/d), Nachfolge Gerda). Termin: Donnerstag, 3.12., 10:00-11:00 Uhr,
    Besprechungsraum EG.

    Lebenslauf und Zeugnisse findest du im Bewerbermanagement unter der Kennziffer PT-2611.
    Bitte überleg dir zwei, drei fachliche Fragen zur Zugprüfung und zur Probenvorbereitung.

    Danke dir und viele Grüße
    Monika

    Monika Prell
    Personal
    Bayreuther Prüfinstitut für Kunststoffe GmbH
    """)


@mail(n(40), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Outlook meeting request at the current employer (forwarded work mailbox): the inbox owner is the "
           "INTERVIEWER of a candidate; not his own job interview")
def n40() -> bytes:
    ics = exchange_ics("040000008200E00074C5B7101A82E0080000000066A1C7E2A05CDD01000000000000000010000000E7F8",
                       0, "20261203T100000", "20261203T110000", "20261125T131500Z",
                       "Vorstellungsgespräch Frau Kaya – Prüftechnikerin (m/w/d)",
                       ("Prell, Monika", "monika.prell@bpk-pruefinstitut.de"),
                       ics_text(N40_TXT), "Besprechungsraum EG", "W. Europe Standard Time",
                       VTZ["W. Europe Standard Time"], lang="de-DE",
                       attendee=("Schmidbauer, Felix", "f.schmidbauer@bpk-pruefinstitut.de"))
    body = alt(text(N40_TXT), html(simple_html(N40_TXT, "font-family:Calibri,sans-serif;font-size:11pt")),
               calendar(ics, cte="base64"))
    return message([
        ("Delivered-To", FELIX),
        ("X-Forwarded-To", FELIX),
        ("X-Forwarded-For", f"f.schmidbauer@bpk-pruefinstitut.de {FELIX}"),
        rx("mail.bpk-pruefinstitut.de", "192.0.2.188", "2026-11-25 14:15", B, "0E7DA219"),
        ("From", addr("Prell, Monika", "monika.prell@bpk-pruefinstitut.de")),
        ("To", addr("Schmidbauer, Felix", "f.schmidbauer@bpk-pruefinstitut.de")),
        ("Subject", enc("Vorstellungsgespräch Frau Kaya – Prüftechnikerin (m/w/d)")),
        ("Date", date("2026-11-25 14:15", B)),
        ("Message-ID", "<8C2E0F1A9B3D4C5E@EXCH01.bpk-pruefinstitut.local>"),
        *exchange_headers(enc("Vorstellungsgespräch Frau Kaya – Prüftechnikerin (m/w/d)"),
                          "AdtdC4q7m0P1xYlXSb6u2k3zRrT8fQ=="),
        ("Content-Language", "de-DE"),
    ], body)


# --------------------------------------------------------------------------- 41 out-of-office, Pilsen, cs/en/de

N41_TXT = t("""
    Dobrý den,

    do 9. 11. 2026 jsem mimo kancelář. V naléhavých případech kontaktujte prosím hr@radbuza-plastics.cz.

    Hello,

    I am out of the office until 9 November 2026. For urgent matters please contact
    hr@radbuza-plastics.cz.

    Guten Tag,

    ich bin bis zum 9. November 2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an
    hr@radbuza-plastics.cz.

    Tereza Kučerová
    HR Business Partner | Radbuza Plastics s.r.o.
    """)


@mail(n(41), family="auto_reply", lang="cs", interview=False, company="Radbuza Plastics s.r.o.",
      note="Trilingual out-of-office reply to the candidate's thank-you for the interview of 29 Oct; "
           "nothing scheduled")
def n41() -> bytes:
    return message([
        *top("2026-11-02 09:31", PRG, "mail-db8eur05.outbound.protection.outlook.com", "52.100.14.38",
             "C55B9E02"),
        ("From", addr("Tereza Kučerová", "tereza.kucerova@radbuza-plastics.cz")),
        ("To", ME),
        ("Subject", enc("Automatická odpověď: Thank you – interview on 29 October")),
        ("Date", date("2026-11-02 09:31", PRG)),
        ("Message-ID", "<AM9PR03MB77210A1B2C3D4E5F6A7B8C9D0E1F2A@AM9PR03MB7721.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", "<felix-thanks-1101@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "tereza.kucerova@radbuza-plastics.cz"),
        ("Content-Language", "cs-CZ"),
    ], text(N41_TXT, cte="base64"))


# --------------------------------------------------------------------------- 42 bounce of the candidate's own confirmation

N42_ORIG = t("""
    Sehr geehrte Frau Hümmer,

    vielen Dank für die Einladung. Hiermit bestätige ich gerne den Termin für das
    Vorstellungsgespräch am Mittwoch, 23.09.2026, um 09:30 Uhr bei Ihnen in Bamberg.

    Mit freundlichen Grüßen
    Felix Schmidbauer
    """)

N42_TXT = t("""
    This is the mail system at host smtp.example.org.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <c.huemer@regnitz-kunststoff.de>: host mx.regnitz-kunststoff.de[192.0.2.61]
        said: 550 5.1.1 <c.huemer@regnitz-kunststoff.de>: Recipient address
        rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
    """)

N42_DSN = t("""
    Reporting-MTA: dns; smtp.example.org
    X-Postfix-Queue-ID: 4Fx2kQ0b7Lz9
    Arrival-Date: Fri, 18 Sep 2026 12:29:51 +0200 (CEST)

    Final-Recipient: rfc822; c.huemer@regnitz-kunststoff.de
    Original-Recipient: rfc822;c.huemer@regnitz-kunststoff.de
    Action: failed
    Status: 5.1.1
    Remote-MTA: dns; mx.regnitz-kunststoff.de
    Diagnostic-Code: smtp; 550 5.1.1 <c.huemer@regnitz-kunststoff.de>: Recipient
        address rejected: User unknown in virtual mailbox table
    """)


@mail(n(42), family="bounce", lang="en", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Postfix bounce (multipart/report) of the candidate's own confirmation mail sent to a mistyped "
           "address; the interview text is the candidate's, inside the returned message")
def n42() -> bytes:
    orig = message([
        ("From", ME),
        ("To", addr("Carina Hümmer", "c.huemer@regnitz-kunststoff.de")),
        ("Subject", enc("Re: Einladung zum Vorstellungsgespräch – Werkstoffprüfer / Prüfingenieur Kunststoffe (m/w/d)")),
        ("Date", date("2026-09-18 12:29", B)),
        ("Message-ID", "<a7c2e9f0-3b1d-4e8a-9c6f-felix0918@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(N42_ORIG, cte="8bit", params="format=flowed"))
    body = multipart("report",
                     text(N42_TXT, charset="us-ascii", cte="7bit",
                          extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], N42_DSN),
                     make.Part([("Content-Description", "Undelivered Message"),
                                ("Content-Type", "message/rfc822")], orig),
                     params="report-type=delivery-status")
    return message([
        ("Return-Path", "<>"),
        ("Delivered-To", FELIX),
        ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"),
        ("To", FELIX),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-09-18 12:29", B)),
        ("Message-ID", "<20260918102952.4Fx2kQ0b7Lz9@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], body)


# --------------------------------------------------------------------------- 43 webinar, DE, with ICS

N43_TXT = t("""
    Hallo Felix,

    du bist dabei! Hier die Daten zu unserem Live-Webinar:

    "Das technische Vorstellungsgespräch für Werkstoff-Ingenieur:innen"
    Donnerstag, 12.11.2026, 18:00 - 19:15 Uhr (MEZ)
    Referentin: Dr. Kerstin Mahr, Leiterin Prüflabor und langjährige Interviewerin

    Zugang: https://polymerpros-academy.de/live/tech-interview (der Link wird 15 Minuten vor Beginn aktiv)

    Was dich erwartet: typische Fachfragen zu Zugversuch, DSC und DMA, Live-Probeinterview mit
    einer Freiwilligen aus dem Publikum, Q&A.

    Den Kalendereintrag findest du im Anhang.

    Bis Donnerstag!
    Dein Team der PolymerPros Academy

    Abmelden: https://polymerpros-academy.de/newsletter/abmelden
    """)


@mail(n(43), family="webinar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Registration confirmation for a webinar about technical interviews, with ICS; not a job interview")
def n43() -> bytes:
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//PolymerPros Academy//Webinar//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:webinar-tech-interview-20261112@polymerpros-academy.de
        DTSTAMP:20261110T070000Z
        DTSTART:20261112T170000Z
        DTEND:20261112T181500Z
        SUMMARY:Live-Webinar: Das technische Vorstellungsgespräch
        LOCATION:https://polymerpros-academy.de/live/tech-interview
        END:VEVENT
        END:VCALENDAR
        """)
    body = mixed(alt(text(N43_TXT), html(simple_html(N43_TXT))),
                 calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment",
                          cte="quoted-printable"))
    return message([
        *top("2026-11-10 08:00", B, "mta.polymerpros-academy.de", "198.51.100.71", "3A7E0C55"),
        ("From", "PolymerPros Academy <webinare@polymerpros-academy.de>"),
        ("To", FELIX),
        ("Subject", enc("Du bist angemeldet: Das technische Vorstellungsgespräch – Do 12.11., 18 Uhr")),
        ("Date", date("2026-11-10 08:00", B)),
        ("Message-ID", "<reg.88120.tech-interview@polymerpros-academy.de>"),
        ("List-Unsubscribe", "<https://polymerpros-academy.de/newsletter/abmelden>"),
        ("Precedence", "bulk"),
    ], body)


# --------------------------------------------------------------------------- 44 mailing list, DE

N44_TXT = t("""
    Am 21.09.2026 um 17:03 schrieb Ralf Eckert:
    > Wie lange konditioniert ihr Charpy-Proben (PP, gekerbt) vor der Prüfung bei -30 °C?
    > Die Norm lässt da ja einiges offen.

    Hallo Ralf,

    wir fahren mindestens 6 Stunden in der Kältekammer, bei dickwandigen Proben über Nacht.
    Ich habe dazu letzte Woche drei befreundete Prüflabore sozusagen "interviewt" - zwei machen
    es genauso, eines konditioniert nur 2 Stunden und hat prompt Streuung ohne Ende.

    Wichtig: Zeit zwischen Entnahme und Schlag unter 5 Sekunden halten, sonst wärmt die Kerbe auf.

    Gruß aus Weiden
    Stefanie

    _______________________________________________
    kunststoffpruefung-l Mailingliste
    kunststoffpruefung-l@lists.werkstoffnetz.de
    https://lists.werkstoffnetz.de/mailman/listinfo/kunststoffpruefung-l
    """)


@mail(n(44), family="mailing_list", lang="de", interview=False, company=None,
      note="Mailing-list reply about Charpy conditioning; 'interviewt' used loosely, nothing scheduled")
def n44() -> bytes:
    return message([
        *top("2026-09-22 08:47", B, "lists.werkstoffnetz.de", "192.0.2.33", "8B14D2F6"),
        ("From", addr("Stefanie Lautenschlager", "s.lautenschlager@example.net")),
        ("To", "kunststoffpruefung-l@lists.werkstoffnetz.de"),
        ("Subject", enc("Re: [kunststoffpruefung-l] Charpy bei -30 °C – Konditionierzeit?")),
        ("Date", date("2026-09-22 08:47", B)),
        ("Message-ID", "<4e1b9d20-c3a7-48f2-a5d6-7f0e2c1b9a38@example.net>"),
        ("In-Reply-To", "<b2c1a0d9-ralf-0921@lists.werkstoffnetz.de>"),
        ("List-Id", "Kunststoffpruefung Diskussionsliste <kunststoffpruefung-l.lists.werkstoffnetz.de>"),
        ("List-Post", "<mailto:kunststoffpruefung-l@lists.werkstoffnetz.de>"),
        ("List-Unsubscribe", "<https://lists.werkstoffnetz.de/mailman/options/kunststoffpruefung-l>"),
        ("Precedence", "list"),
        ("Sender", '"kunststoffpruefung-l" <kunststoffpruefung-l-bounces@lists.werkstoffnetz.de>'),
    ], text(N44_TXT, params="format=flowed"))


# --------------------------------------------------------------------------- 45 bank advisor, DE, windows-1252 html

N45_HTML = t("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
    <body style="font-family:Arial,sans-serif;font-size:13px">
    <p>Sehr geehrter Herr Schmidbauer,</p>
    <p>vielen Dank für Ihre Terminanfrage. Gerne bestätigen wir Ihnen Ihr persönliches Beratungsgespräch:</p>
    <p><b>Thema:</b> Altersvorsorge &amp; Absicherung bei Jobwechsel<br>
    <b>Termin:</b> Donnerstag, 12.11.2026 um 16:00 Uhr<br>
    <b>Berater:</b> Herr Thomas Dötsch<br>
    <b>Ort:</b> Fichtelbank eG, Filiale Bayreuth-Altstadt, Beratungsraum 2</p>
    <p>Bitte bringen Sie Ihre letzte Renteninformation und – falls vorhanden – Unterlagen zu
    bestehenden Versicherungen mit.</p>
    <p>Mit freundlichen Grüßen<br>Ihre Fichtelbank eG</p>
    <p style="font-size:10px;color:#666">Diese E-Mail wurde automatisch versendet. Fichtelbank eG ·
    Genossenschaftsregister Bayreuth GnR 118</p>
    </body></html>
    """)


@mail(n(45), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Bank advisory appointment (pensions when changing jobs) at a fixed time; HTML only, windows-1252")
def n45() -> bytes:
    return message([
        *top("2026-11-09 10:05", B, "mail.fichtelbank.de", "192.0.2.150", "C08A3E71"),
        ("From", addr("Fichtelbank eG", "termine@fichtelbank.de")),
        ("To", FELIX),
        ("Subject", enc("Terminbestätigung: Ihr Beratungsgespräch am 12.11.2026", "windows-1252")),
        ("Date", date("2026-11-09 10:05", B)),
        ("Message-ID", "<termin.4471029.20261109@fichtelbank.de>"),
    ], html(N45_HTML, charset="windows-1252"))


# --------------------------------------------------------------------------- 46 parent-teacher evening, DE

N46_TXT = t("""
    Elternsprechabend Grundschule St. Georgen

    Liebe Eltern,

    Ihre Terminbuchung ist eingegangen:

    Kind:        Paula Schmidbauer (Klasse 3b)
    Lehrkraft:   Frau Weiß
    Termin:      Di 17.11., 17:40 - 17:50 Uhr
    Raum:        Klassenzimmer 3b, 1. OG

    Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Falls Sie mehr Zeit brauchen,
    vereinbaren Sie bitte einen gesonderten Termin.

    Ihr Elternportal-Team
    (automatisch erzeugte Nachricht)
    """)


@mail(n(46), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Parent-teacher evening slot booked through a school portal; fixed time, not an interview")
def n46() -> bytes:
    return message([
        *top("2026-11-11 21:33", B, "mail.elternportal-gs-stgeorgen.de", "192.0.2.171", "5F2D81B4"),
        ("From", addr("Elternportal GS St. Georgen", "noreply@elternportal-gs-stgeorgen.de")),
        ("To", FELIX),
        ("Subject", "Elternsprechabend: Ihr Termin am 17.11."),
        ("Date", date("2026-11-11 21:33", B)),
        ("Message-ID", "<ep.sprechabend.20261111213301.3b17@elternportal-gs-stgeorgen.de>"),
    ], text(N46_TXT, charset="iso-8859-1"))


# --------------------------------------------------------------------------- 47 babysitter, the owner interviews her

N47_TXT = t("""
    Hallo Herr Schmidbauer,

    danke für die schnelle Rückmeldung! Dann komme ich am Samstag um 15 Uhr zum Kennenlernen bei
    Ihnen vorbei, dann kann ich Paula auch gleich kennenlernen :)

    Zu Ihren Fragen: ich habe letztes Jahr einen Babysitterkurs beim Roten Kreuz gemacht und passe
    seit zwei Jahren regelmäßig auf die Kinder unserer Nachbarn auf. Unter der Woche kann ich ab
    16 Uhr, am Wochenende meistens ganz flexibel. Ein Referenzschreiben von meinen Nachbarn bringe
    ich mit.

    Liebe Grüße
    Mia Hacker
    """)


@mail(n(47), family="babysitter", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-28"),),
      note="A babysitter confirms Saturday 15:00 for a get-to-know meeting that the inbox owner holds; "
           "he is the one interviewing, not a job interview for him")
def n47() -> bytes:
    return message([
        *top("2026-11-25 16:58", B, "mail-pf1-f170.google.com", "209.85.210.170", "E5B0C413"),
        ("From", addr("Mia Hacker", "mia.hacker@example.net")),
        ("To", ME),
        ("Subject", enc("Re: Babysitter gesucht (Aushang Bäckerei)")),
        ("Date", date("2026-11-25 16:58", B)),
        ("Message-ID", "<CAN4r8sT1uV2wX3yZ4aB5cD6eF7gH8iJ9kL0mN1@mail.gmail.com>"),
        ("In-Reply-To", "<felix-babysitter-1125@example.org>"),
    ], alt(text(N47_TXT, cte="8bit"), html(gmail_html(N47_TXT))))


# --------------------------------------------------------------------------- 48 team Christmas party at the current job

N48_TXT = t("""
    Hallo zusammen,

    auch heuer wieder: Weihnachtsfeier vom Prüflabor!

    Freitag, 11.12., ab 18:00 Uhr im Gasthof Zur Mainaue (Nebenzimmer). Schäufele oder
    Krautwickerl, das Institut zahlt Essen und das erste Seidla. Bitte kurz zu- oder absagen,
    damit ich dem Wirt Bescheid geben kann.

    Wichteln wie immer, Limit 10 Euro.

    Viele Grüße
    Sandra
    """)


@mail(n(48), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Outlook invitation to the lab's Christmas party at the current employer (forwarded work mailbox)")
def n48() -> bytes:
    ics = exchange_ics("040000008200E00074C5B7101A82E00800000000A1B2C3D4E561DD01000000000000000010000000F0A1",
                       0, "20261211T180000", "20261211T230000", "20261130T073000Z",
                       "Weihnachtsfeier Prüflabor", ("Weißenberger, Sandra", "sandra.weissenberger@bpk-pruefinstitut.de"),
                       ics_text(N48_TXT), "Gasthof Zur Mainaue", "W. Europe Standard Time",
                       VTZ["W. Europe Standard Time"], lang="de-DE",
                       attendee=("Schmidbauer, Felix", "f.schmidbauer@bpk-pruefinstitut.de"))
    body = alt(text(N48_TXT), html(simple_html(N48_TXT, "font-family:Calibri,sans-serif;font-size:11pt")),
               calendar(ics, cte="base64"))
    return message([
        ("Delivered-To", FELIX),
        ("X-Forwarded-To", FELIX),
        ("X-Forwarded-For", f"f.schmidbauer@bpk-pruefinstitut.de {FELIX}"),
        rx("mail.bpk-pruefinstitut.de", "192.0.2.188", "2026-11-30 08:30", B, "0F11C6A2"),
        ("From", addr("Weißenberger, Sandra", "sandra.weissenberger@bpk-pruefinstitut.de")),
        ("To", "Prueflabor <prueflabor@bpk-pruefinstitut.de>"),
        ("Subject", enc("Weihnachtsfeier Prüflabor")),
        ("Date", date("2026-11-30 08:30", B)),
        ("Message-ID", "<3D4E5F6A7B8C9D0E@EXCH01.bpk-pruefinstitut.local>"),
        *exchange_headers(enc("Weihnachtsfeier Prüflabor"), "AdtgB7c1nE5fQ2xWTk6vYp0aZ9sD1w=="),
        ("Content-Language", "de-DE"),
    ], body)


# --------------------------------------------------------------------------- 49 headhunter outreach, EN

N49_TXT = t("""
    Hi Felix,

    I came across your profile and your work on long-term creep testing of glass-filled polyamides
    caught my eye.

    I'm currently partnering with a fast-growing composites manufacturer that is building a fully
    remote materials-testing team across the DACH region. They are looking for a Senior Materials
    Test Engineer to own their qualification programme - lots of autonomy, a new lab in Upper
    Franconia, and a very competitive package.

    Would you be open to a quick 15-minute call sometime next week? Just let me know what suits you,
    or grab a time directly: https://harrowgatesearch.com/book/ethan-cole

    Best regards,
    Ethan Cole
    Principal Consultant, Engineering & Materials
    Harrowgate Search | London - Munich
    """)


@mail(n(49), family="recruiter_outreach", lang="en", interview=False, company="Harrowgate Search",
      note="Headhunter cold outreach asking for a call 'sometime next week'; nothing fixed")
def n49() -> bytes:
    return message([
        *top("2026-09-09 10:14", "Europe/London", "mail-eopbgr100091.outbound.protection.outlook.com",
             "40.107.10.91", "2A9F6E18"),
        ("From", addr("Ethan Cole", "ethan.cole@harrowgatesearch.com")),
        ("To", ME),
        ("Subject", "Senior Materials Test Engineer (remote, DACH) - quick chat?"),
        ("Date", date("2026-09-09 10:14", "Europe/London")),
        ("Message-ID", "<LO2P265MB5123A1B2C3D4E5F6A7B8C9D0E1F2A3B4@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>"),
    ], alt(text(N49_TXT, cte="7bit"), html(simple_html(N49_TXT, "font-family:Calibri,sans-serif"))))


# --------------------------------------------------------------------------- 50 post-interview note, EN

N50_TXT = t("""
    Hi Felix,

    Thanks again for coming in yesterday - Ilse and I really enjoyed the conversation and the lab
    walk, and your questions about our climate chamber set-up were spot on.

    We're meeting one more candidate on Friday and will get back to you by Wednesday, 23 September
    at the latest. If anything comes up in the meantime, just drop me a line.

    Best,
    Maren

    Maren Okafor
    Talent Partner | Halvorsen Composites
    """)


@mail(n(50), family="post_interview", lang="en", interview=False, company="Halvorsen Composites",
      days=(("Wed", "2026-09-23"),),
      note="Post-interview note the day after the interview of 15 Sep (Greenhouse thread); a decision "
           "deadline, nothing scheduled")
def n50() -> bytes:
    return message([
        *top("2026-09-16 17:22", B, "mail-ot1-f48.google.com", "209.85.210.48", "4B7C1E90"),
        ("From", addr("Maren Okafor", "maren.okafor@halvorsen-composites.com")),
        ("To", ME),
        ("Subject", "Thank you - Test Engineer interview"),
        ("Date", date("2026-09-16 17:22", B)),
        ("Message-ID", "<CAG5t2hR8kL0pN3qS6vX9yZ1bC4dF7gJ0mP3rT6@mail.gmail.com>"),
    ], alt(text(N50_TXT, cte="7bit"), html(gmail_html(N50_TXT))))
