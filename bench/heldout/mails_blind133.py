"""blind133: a blind 50-mail set, the inbox of Jan Petersen (Hamburg), September-December 2026.

One function per mail; each registers itself with ``make.mail`` under the set name ``blind133``.
Written blind (without reading the detector, its tests or the earlier held-out mails); build and
check with ``python3 bench/heldout/make_blind.py blind133``.
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
    raw_part,
    received,
    t,
    text,
    utc,
)

SET = "blind133"
ORDER = random.Random(1330133).sample(range(1, 51), 50)
JAN = "jan.petersen@example.org"
JAN_TO = "Jan Petersen <jan.petersen@example.org>"
BER = "Europe/Berlin"
CPH = "Europe/Copenhagen"
MX = "mx01.example.org (Postfix)"

VTZ_CPH = """BEGIN:VTIMEZONE
TZID:Europe/Copenhagen
X-LIC-LOCATION:Europe/Copenhagen
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


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def pos(key: int, *, family: str, lang: str, company: str | None, note: str, kind: str, local: str,
        zone: str, contact: str | None, local_end: str | None = None):
    """A positive: start/end computed from the local time as written (checked again by make.py)."""
    rest = local.split(" ", 1)[1]
    end = utc(local_end, zone) if local_end else None
    return mail(name(key), family=family, lang=lang, interview=True, company=company, note=note, kind=kind,
                start=utc(rest, zone), end=end, contact=contact, local=local, local_end=local_end, zone=zone)


def neg(key: int, *, family: str, lang: str, company: str | None, note: str,
        days: tuple[tuple[str, str], ...] = ()):
    return mail(name(key), family=family, lang=lang, interview=False, company=company, note=note, days=days)


def hdr(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = JAN_TO, via: str | None = None,
        extra: list[tuple[str, str]] | None = None, charset: str = "utf-8") -> list[tuple[str, str]]:
    """Common top headers: Received (if via), From, To, Subject, Date, Message-ID, then extras."""
    hs: list[tuple[str, str]] = []
    if via:
        hs.append(("Received", received(via, when, zone, MX, JAN)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += extra or []
    return hs


# =========================================================================== positives (keys 1-23)


@pos(1, family="greenhouse", lang="en", company="Kranwerk Logistics", kind="scheduled",
     local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BER,
     contact="svenja.kruse@kranwerk-logistics.de",
     note="Greenhouse confirmation, 'Tuesday, September 15, 2026, 10:00 AM - 11:00 AM CEST' = 08:00-09:00Z; "
          "ICS in UTC agrees; contact = human Reply-To (sender is no-reply@greenhouse.io)")
def m01() -> bytes:
    body = t("""
        Hi Jan,

        Thank you for scheduling your interview with Kranwerk Logistics! We're looking forward to
        speaking with you about the Senior Backend Engineer (Terminal Operations) role.

        Interview details
        -----------------
        Date:  Tuesday, September 15, 2026
        Time:  10:00 AM - 11:00 AM CEST
        Where: Google Meet - https://meet.google.com/kwl-rtsx-pqa
        With:  Malte Hinrichsen (Engineering Lead, Yard Systems)
               Svenja Kruse (Talent Acquisition)

        This is a technical conversation about a system you have built; no live coding. A calendar
        invitation is attached.

        If anything comes up, simply reply to this email and it will reach Svenja.

        Best regards,
        The Kranwerk Logistics Recruiting Team

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jan,</p>
        <p>Thank you for scheduling your interview with Kranwerk Logistics! We&#39;re looking forward to
        speaking with you about the <b>Senior Backend Engineer (Terminal Operations)</b> role.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:00 AM - 11:00 AM CEST</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/kwl-rtsx-pqa">Google Meet</a></td></tr>
        <tr><td><b>With</b></td><td>Malte Hinrichsen (Engineering Lead, Yard Systems)<br>Svenja Kruse (Talent Acquisition)</td></tr>
        </table>
        <p>This is a technical conversation about a system you have built; no live coding. A calendar
        invitation is attached.</p>
        <p>If anything comes up, simply reply to this email and it will reach Svenja.</p>
        <p>Best regards,<br>The Kranwerk Logistics Recruiting Team</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-4471920-20260915@greenhouse.io
        DTSTAMP:20260909T122214Z
        DTSTART:20260915T080000Z
        DTEND:20260915T090000Z
        SUMMARY:Interview: Jan Petersen / Kranwerk Logistics - Senior Backend Engineer
        LOCATION:https://meet.google.com/kwl-rtsx-pqa
        ORGANIZER;CN=Svenja Kruse:mailto:svenja.kruse@kranwerk-logistics.de
        ATTENDEE;CN=Jan Petersen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jan.petersen@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Kranwerk Logistics <no-reply@greenhouse.io>",
             "Interview Confirmation: Senior Backend Engineer (Terminal Operations) at Kranwerk Logistics",
             "2026-09-09 14:22:14", BER, "<gh.4471920.7c1e0a55b2@sendgrid.greenhouse.io>",
             via="from o3.email.greenhouse.io (o3.email.greenhouse.io [167.89.40.211])",
             extra=[("Reply-To", "Svenja Kruse <svenja.kruse@kranwerk-logistics.de>")])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@pos(2, family="personio", lang="de", company="Reederei Albers GmbH", kind="scheduled",
     local="Thu 2026-09-24 14:00", zone=BER, contact="maren.schulte@reederei-albers.de",
     note="Personio invitation, HTML only (base64): 'Donnerstag, 24.09.2026, 14:00 Uhr' CEST = 12:00Z; "
          "'etwa eine Stunde' is approximate so end null; contact = Reply-To recruiter")
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;background:#f4f5f7;font-family:'Helvetica Neue',Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;padding:32px">
        <tr><td><img src="https://reederei-albers.jobs.personio.de/logo.png" alt="Reederei Albers" width="140"></td></tr>
        <tr><td style="font-size:15px;line-height:22px;color:#1d1d1f">
        <p>Sehr geehrter Herr Petersen,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Softwareentwickler (m/w/d) Flottenmanagement</b> und Ihr
        Interesse an der Reederei Albers.</p>
        <p>Gern möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:</p>
        <p style="background:#eef3f8;padding:12px">
        <b>Termin:</b> Donnerstag, 24.09.2026, 14:00 Uhr<br>
        <b>Ort:</b> Reederei Albers GmbH, Große Elbstraße 146, 22767 Hamburg, 4. OG<br>
        <b>Gesprächspartner:</b> Henning Albers (Leitung IT), Maren Schulte (Personal)</p>
        <p>Für das Gespräch sollten Sie etwa eine Stunde einplanen. Bitte melden Sie sich am Empfang.</p>
        <p>Sollte Ihnen der Termin nicht möglich sein, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Maren Schulte<br>Personal &amp; Organisation</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a8a8a;padding-top:24px">Diese E-Mail wurde über Personio versendet.
        Informationen zum Datenschutz finden Sie <a href="https://reederei-albers.jobs.personio.de/privacy">hier</a>.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = hdr(addr("Reederei Albers GmbH", "no-reply@personio.de"),
             "Einladung zum Vorstellungsgespräch – Reederei Albers GmbH",
             "2026-09-18 11:05:41", BER, "<0102019a3c5e1f22-5d3b6c8e-personio-mail-000000@eu-central-1.amazonses.com>",
             via="from a27-14.smtp-out.eu-central-1.amazonses.com (a27-14.smtp-out.eu-central-1.amazonses.com [54.240.27.14])",
             extra=[("Reply-To", addr("Maren Schulte", "maren.schulte@reederei-albers.de"))])
    return message(hs, html(page, cte="base64"))


@pos(3, family="human_prose", lang="de", company="Elbkai Digital", kind="scheduled",
     local="Tue 2026-09-29 10:30", zone=BER, contact="hauke.jessen@elbkai-digital.de",
     note="Hanseatic du-reply: 'Dienstag in einer Woche um halb elf, also am 29.9.' from Date Mon 21 Sep = "
          "Tue 29 Sep 10:30 CEST = 08:30Z (the explicit date confirms 'in einer Woche'); no length; contact = sender")
def m03() -> bytes:
    body = t("""
        Moin Jan,

        top, dann machen wir das so: Dienstag in einer Woche um halb elf, also am 29.9., bei uns im
        Kontor am Sandtorkai 23, 3. Stock (Klingel "Elbkai"). Ole aus dem Plattform-Team ist auch
        dabei, bring gern deinen Laptop mit, falls du was zeigen magst – muss aber nicht.

        Kaffee gibt's, Franzbrötchen wenn du Glück hast.

        Bis denn
        Hauke

        --
        Hauke Jessen
        CTO | Elbkai Digital GmbH
        Sandtorkai 23, 20457 Hamburg
        +49 40 6094 1120

        Am 21.09.2026 um 09:12 schrieb Jan Petersen <jan.petersen@example.org>:
        > Moin Hauke,
        >
        > danke für deinen Anruf vorhin. Ein persönliches Gespräch fände ich super, nächste Woche
        > bin ich bis auf Montag flexibel.
        >
        > Viele Grüße
        > Jan
        """)
    hs = hdr(addr("Hauke Jessen", "hauke.jessen@elbkai-digital.de"), "Re: Bewerbung Backend-Entwicklung",
             "2026-09-21 16:47:03", BER, "<6E0B2C1A-88D1-4B1E-9C6A-2F0E51A7D3B4@elbkai-digital.de>",
             via="from mail.elbkai-digital.de (mail.elbkai-digital.de [185.26.156.41])",
             extra=[("In-Reply-To", "<a81c7e92-0f4d-4f1b-9d55-1e0d7a9b11c2@example.org>"),
                    ("References", "<a81c7e92-0f4d-4f1b-9d55-1e0d7a9b11c2@example.org>"),
                    ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")])
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@pos(4, family="teamtailor", lang="en", company="Oresund Cargo Systems", kind="scheduled",
     local="Wed 2026-10-07 13:00", local_end="2026-10-07 13:45", zone=CPH,
     contact="freja.lindholm@oresundcargo.dk",
     note="Teamtailor booking: the time is only in the attached ICS, DTSTART;TZID=Europe/Copenhagen "
          "20261007T130000 (CEST) = 11:00Z, DTEND 13:45 = 11:45Z; contact = Reply-To recruiter")
def m04() -> bytes:
    body = t("""
        Hi Jan,

        Your interview with Oresund Cargo Systems has been booked.

        You will meet Freja Lindholm (Talent Partner) and Mikkel Dahl (Head of Engineering). The date,
        time and video link are in the attached calendar invitation, so please add it to your calendar.

        Need to change something? Just reply to this email.

        Kind regards,
        Oresund Cargo Systems

        --
        Sent with Teamtailor · Unsubscribe from candidate emails:
        https://oresundcargo.teamtailor.com/candidate/unsubscribe/8c1f44d2
        """)
    page = t("""
        <div style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1f1f1f;max-width:560px">
        <p>Hi Jan,</p>
        <p>Your interview with <strong>Oresund Cargo Systems</strong> has been booked.</p>
        <p>You will meet Freja Lindholm (Talent Partner) and Mikkel Dahl (Head of Engineering). The date,
        time and video link are in the attached calendar invitation, so please add it to your calendar.</p>
        <p>Need to change something? Just reply to this email.</p>
        <p>Kind regards,<br>Oresund Cargo Systems</p>
        <p style="font-size:12px;color:#9b9b9b">Sent with Teamtailor &middot;
        <a href="https://oresundcargo.teamtailor.com/candidate/unsubscribe/8c1f44d2">Unsubscribe</a></p>
        </div>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Meetings//EN", "METHOD:REQUEST", VTZ_CPH,
        "BEGIN:VEVENT", "UID:tt-meeting-2391184@teamtailor.com", "DTSTAMP:20261001T071422Z",
        "DTSTART;TZID=Europe/Copenhagen:20261007T130000", "DTEND;TZID=Europe/Copenhagen:20261007T134500",
        "SUMMARY:Interview: Backend Developer - Jan Petersen",
        "LOCATION:https://oresundcargo.teamtailor.com/meet/2391184",
        "ORGANIZER;CN=Freja Lindholm:mailto:freja.lindholm@oresundcargo.dk",
        "ATTENDEE;CN=Jan Petersen;RSVP=TRUE:mailto:jan.petersen@example.org",
        "ATTENDEE;CN=Mikkel Dahl:mailto:mikkel.dahl@oresundcargo.dk",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr("Oresund Cargo Systems <no-reply@teamtailor-mail.com>",
             "Interview booked: Backend Developer at Oresund Cargo Systems",
             "2026-10-01 09:14:22", CPH, "<tt.2391184.6f03b9@teamtailor-mail.com>",
             via="from mail-199-15.teamtailor-mail.com (mail-199-15.teamtailor-mail.com [198.2.199.15])",
             extra=[("Reply-To", "Freja Lindholm <freja.lindholm@oresundcargo.dk>")])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@pos(5, family="human_prose", lang="da", company="Kattegat Port Software A/S", kind="scheduled",
     local="Tue 2026-10-13 09:30", local_end="2026-10-13 10:30", zone=CPH,
     contact="mette.kjaergaard@kattegatport.dk",
     note="Danish recruiter confirmation (iso-8859-1 QP): 'tirsdag den 13. oktober kl. 9.30-10.30' Copenhagen "
          "CEST = 07:30-08:30Z; contact = sender")
def m05() -> bytes:
    body = t("""
        Hej Jan

        Tak for en god snak i telefonen i dag.

        Som aftalt bekræfter jeg hermed din samtale til stillingen som backendudvikler i vores
        havneplanlægningsteam:

        Tirsdag den 13. oktober kl. 9.30-10.30
        Kattegat Port Software A/S, Helsinkigade 14, 2150 København Nordhavn

        Du skal tale med mig og vores udviklingschef, Søren Vestergaard. Meld dig i receptionen i
        stueetagen, så henter vi dig.

        Har du spørgsmål inden, er du velkommen til at ringe på 33 12 48 90.

        Med venlig hilsen
        Mette Kjærgaard
        Rekrutteringspartner
        Kattegat Port Software A/S
        """)
    hs = hdr(addr("Mette Kjærgaard", "mette.kjaergaard@kattegatport.dk", "iso-8859-1"),
             "Bekræftelse af samtale hos Kattegat Port Software", "2026-10-06 15:32:48", CPH,
             "<AM9P192MB0918B2E55E1A4C0D8B7F3E2AD1A20@AM9P192MB0918.EURP192.PROD.OUTLOOK.COM>",
             via="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
             extra=[("Content-Language", "da-DK")], charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@pos(6, family="workday", lang="en", company="Baltic Freight Systems SE", kind="scheduled",
     local="Mon 2026-10-19 15:30", local_end="2026-10-19 16:30", zone=BER, contact=None,
     note="Workday HTML-only notice, 'Date: 19/10/2026' (DD/MM), '15:30 CEST - 16:30 CEST' = 13:30-14:30Z; "
          "Date header in +0000; only the Workday mailbox and a role address, no human address -> contact null")
def m06() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <table width="640" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #dcdcdc">
        <tr><td style="background:#0b3a5b;color:#fff;padding:14px 20px;font-size:18px">Baltic Freight Systems</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Jan Petersen,</p>
        <p>Thank you for your interest in the position <b>Software Engineer, Vessel Planning (R-10482)</b>.
        We are pleased to confirm your interview.</p>
        <p><b>Interview Details</b><br>
        Date: 19/10/2026<br>
        Start Time: 15:30 CEST<br>
        End Time: 16:30 CEST<br>
        Location: Microsoft Teams (the link will be sent by your interviewer)<br>
        Interviewer(s): Katarzyna Nowak, Engineering Manager</p>
        <p>To view the status of your application, please sign in to our
        <a href="https://wd3.myworkdaysite.com/recruiting/balticfreight/External">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Baltic Freight Systems SE</p>
        <p style="color:#777;font-size:11px">This is an automated message, please do not reply. For questions
        contact talent@balticfreight.eu.</p>
        </td></tr></table></div></body></html>
        """)
    hs = hdr("Baltic Freight Systems <balticfreight@myworkday.com>",
             "Interview Scheduled - Software Engineer, Vessel Planning (R-10482)",
             "2026-10-12 06:03:11", "UTC", "<1817461022.2190473.1791784991178@wd3-prod-mail.myworkday.com>",
             via="from wd3-smtp-out-07.myworkday.com (wd3-smtp-out-07.myworkday.com [216.6.9.27])")
    return message(hs, html(page))


TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams Benötigen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>
    Besprechung jetzt beitreten<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjRhZTk1>
    Besprechungs-ID: 371 904 558 213 4
    Kennung: 7aQ2bX
    ________________________________________________________________________________
    Für Organisatoren: Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@pos(7, family="exchange", lang="de", company="Hanse Terminal Systems GmbH", kind="scheduled",
     local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=BER,
     contact="frauke.behrens@hanse-terminal.de",
     note="Outlook/Exchange Teams request sent Thu 22 Oct in CEST (+0200) for Mon 26 Oct, the day after the "
          "switch to CET: 09:00-10:00 CET = 08:00-09:00Z (not 07:00Z); ICS TZID 'W. Europe Standard Time' agrees; "
          "contact = organizer/sender")
def m07() -> bytes:
    body = t("""
        Hallo Herr Petersen,

        wie eben telefonisch besprochen, hier die Einladung für unser Gespräch zur Stelle
        "Softwareentwickler (m/w/d) Terminal Operating System". Mit dabei ist Björn Rademacher aus
        meinem Team.

        Ich freue mich auf das Gespräch!

        Viele Grüße
        Frauke Behrens

        Dr. Frauke Behrens
        Teamleitung TOS-Entwicklung
        Hanse Terminal Systems GmbH | Am Ballinkai 1 | 21129 Hamburg

        """) + TEAMS_DE
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE" style="word-wrap:break-word"><div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Petersen,</p>
        <p class="MsoNormal">wie eben telefonisch besprochen, hier die Einladung für unser Gespräch zur Stelle
        &#8222;Softwareentwickler (m/w/d) Terminal Operating System&#8220;. Mit dabei ist Björn Rademacher aus
        meinem Team.</p>
        <p class="MsoNormal">Ich freue mich auf das Gespräch!</p>
        <p class="MsoNormal">Viele Grüße<br>Frauke Behrens</p>
        <p class="MsoNormal" style="font-size:9pt;color:#595959">Dr. Frauke Behrens<br>Teamleitung TOS-Entwicklung<br>
        Hanse Terminal Systems GmbH | Am Ballinkai 1 | 21129 Hamburg</p>
        <div style="margin-top:24px">________________________________________________________________________________<br>
        <span style="font-size:18pt">Microsoft Teams</span> <a href="https://aka.ms/JoinTeamsMeeting?omkt=de-DE">Benötigen Sie Hilfe?</a><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjRhZTk1">Besprechung jetzt beitreten</a><br>
        Besprechungs-ID: 371 904 558 213 4<br>Kennung: 7aQ2bX</div>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Behrens\\, Frauke:mailto:frauke.behrens@hanse-terminal.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jan.petersen@example.org:mailto:jan.petersen@example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rademacher\\, Björn:mailto:bjoern.rademacher@hanse-terminal.de",
        "DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Petersen\\,\\n\\nwie eben telefonisch besprochen\\, hier die Einladung für unser Gespräch.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000B07D4E3E2B66DC01000000000000000010000000A1C4E7F2",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Jan Petersen – Softwareentwickler TOS",
        "DTSTART;TZID=W. Europe Standard Time:20261026T090000",
        "DTEND;TZID=W. Europe Standard Time:20261026T100000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261022T154012Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2118463022",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr(addr("Behrens, Frauke", "frauke.behrens@hanse-terminal.de"),
             "Vorstellungsgespräch Jan Petersen – Softwareentwickler TOS", "2026-10-22 17:40:12", BER,
             "<FR2P281MB0163C1D1E5B94E0AA3B1D2F6C8A90@FR2P281MB0163.DEUP281.PROD.OUTLOOK.COM>",
             via="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2109.outbound.protection.outlook.com [40.107.135.109])",
             to="\"jan.petersen@example.org\" <jan.petersen@example.org>",
             extra=[("CC", addr("Rademacher, Björn", "bjoern.rademacher@hanse-terminal.de")),
                    ("Thread-Topic", enc("Vorstellungsgespräch Jan Petersen – Softwareentwickler TOS")),
                    ("Thread-Index", "AdxkM7PqYg1kF2rHTvu0b0l9uV2s1w=="),
                    ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")])
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@pos(8, family="google_calendar", lang="de", company="Spreehafen Analytics GmbH", kind="scheduled",
     local="Tue 2026-11-03 11:00", zone=BER, contact="lars.wendt@spreehafen-analytics.de",
     note="Google Calendar invitation to an ALL-DAY event (DTSTART;VALUE=DATE:20261103); the time is only in "
          "the description: 'wir starten um 11 Uhr' CET = 10:00Z; 'Ende gegen 15 Uhr' is approximate so end null; "
          "contact = organizer")
def m08() -> bytes:
    desc = ("Hallo Jan,\n\nwir freuen uns auf deinen Besuch in Berlin! Wir starten um 11 Uhr am Empfang "
            "(Stralauer Allee 7, Aufgang B), danach Pairing mit dem Routing-Team und gemeinsames Mittagessen. "
            "Ende gegen 15 Uhr, dein Zug zurück sollte also entspannt klappen.\n\nLars")
    body = t("""
        Jan Petersen, Sie wurden zu folgendem Termin eingeladen.

        Kennenlernen vor Ort – Jan Petersen
        Di. 3. Nov. 2026

        Organisator: Lars Wendt <lars.wendt@spreehafen-analytics.de>

        """) + desc + t("""


        Gäste
        Lars Wendt - Organisator
        jan.petersen@example.org
        nadine.pohl@spreehafen-analytics.de

        Termin ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=M2s4cDF2

        Teilnahme bestätigen für jan.petersen@example.org: Ja - Vielleicht - Nein

        Einladung von Google Calendar: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie Antworten des
        Organisators erhalten möchten, müssen Sie sich bei Google Calendar anmelden.
        """)
    page = ("<div style=\"font-family:Roboto,Arial,sans-serif\"><p>Jan Petersen, Sie wurden zu folgendem Termin "
            "eingeladen.</p><h2 style=\"font-weight:400\">Kennenlernen vor Ort – Jan Petersen</h2>"
            "<p><b>Wann</b><br>Di. 3. Nov. 2026</p><p><b>Organisator</b><br>Lars Wendt "
            "&lt;lars.wendt@spreehafen-analytics.de&gt;</p><p>" + desc.replace("\n", "<br>") + "</p>"
            "<p><b>Gäste</b><br>Lars Wendt - Organisator<br>jan.petersen@example.org<br>"
            "nadine.pohl@spreehafen-analytics.de</p><p style=\"font-size:11px;color:#777\">Einladung von "
            "Google Calendar</p></div>\n")
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261103", "DTEND;VALUE=DATE:20261104",
        "DTSTAMP:20261028T091208Z",
        "ORGANIZER;CN=Lars Wendt:mailto:lars.wendt@spreehafen-analytics.de",
        "UID:3k8p1vq0h7n2r5t9s6a4c1d0e2@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jan.petersen@example.org;X-NUM-GUESTS=0:mailto:jan.petersen@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lars Wendt;X-NUM-GUESTS=0:mailto:lars.wendt@spreehafen-analytics.de",
        "CREATED:20261028T090955Z",
        "DESCRIPTION:" + desc.replace(",", "\\,").replace("\n", "\\n"),
        "LAST-MODIFIED:20261028T091208Z", "LOCATION:Spreehafen Analytics\\, Stralauer Allee 7\\, Berlin",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Kennenlernen vor Ort – Jan Petersen", "TRANSP:TRANSPARENT",
        "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr(addr("Lars Wendt", "lars.wendt@spreehafen-analytics.de"),
             "Einladung: Kennenlernen vor Ort – Jan Petersen @ Di. 3. Nov. 2026 (jan.petersen@example.org)",
             "2026-10-28 10:12:08", BER, "<calendar-6a1f3e77-0b2d-4c5e-9a8f-3d2e1c0b9a87@google.com>",
             via="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=[("Reply-To", addr("Lars Wendt", "lars.wendt@spreehafen-analytics.de")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>")])
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@pos(9, family="calendly", lang="en", company="Tidewater Logistics", kind="scheduled",
     local="Thu 2026-10-29 16:00", local_end="2026-10-29 16:30", zone=BER,
     contact="dana.whitfield@tidewaterlogistics.com",
     note="Calendly invitee confirmation shown in the invitee's zone: '4:00pm - 4:30pm (Central European Time)' "
          "on Thu 29 Oct = 15:00-15:30Z; the week Europe is already on CET but the US still on EDT (host's 11:00am "
          "EDT); ICS in UTC agrees; contact = Reply-To host")
def m09() -> bytes:
    body = t("""
        Hi Jan Petersen,

        Your Technical Screen (30 min) with Dana Whitfield at 4:00pm - 4:30pm (Central European Time)
        on Thursday, October 29, 2026 is scheduled.

        Event Name: Technical Screen (30 min)
        Location: This is a Zoom web conference.
        https://tidewater.zoom.us/j/88102347765?pwd=cWk4dGx0

        Questions:
        Which role are you interviewing for?
        Senior Software Engineer, Drayage Platform (remote EU)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c2e9a41-0b5d-4f1e
        Reschedule: https://calendly.com/reschedulings/7c2e9a41-0b5d-4f1e

        Powered by Calendly.com
        """)
    page = t("""
        <div style="font-family:Proxima Nova,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Jan Petersen,</p>
        <p>Your <b>Technical Screen (30 min)</b> with <b>Dana Whitfield</b> at <b>4:00pm - 4:30pm (Central European Time)</b>
        on <b>Thursday, October 29, 2026</b> is scheduled.</p>
        <p><b>Location:</b> This is a Zoom web conference.<br>
        <a href="https://tidewater.zoom.us/j/88102347765?pwd=cWk4dGx0">https://tidewater.zoom.us/j/88102347765?pwd=cWk4dGx0</a></p>
        <p><b>Which role are you interviewing for?</b><br>Senior Software Engineer, Drayage Platform (remote EU)</p>
        <p><a href="https://calendly.com/cancellations/7c2e9a41-0b5d-4f1e">Cancel</a> &middot;
        <a href="https://calendly.com/reschedulings/7c2e9a41-0b5d-4f1e">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p></div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7c2e9a41-0b5d-4f1e-8a27-cc31d9e0f6b2@calendly.com
        DTSTAMP:20261026T114006Z
        DTSTART:20261029T150000Z
        DTEND:20261029T153000Z
        SUMMARY:Technical Screen (30 min) between Dana Whitfield and Jan Petersen
        LOCATION:https://tidewater.zoom.us/j/88102347765?pwd=cWk4dGx0
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@tidewaterlogistics.com
        ATTENDEE;CN=Jan Petersen;RSVP=TRUE:mailto:jan.petersen@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Calendly <notifications@calendly.com>",
             "Confirmed: Technical Screen (30 min) with Dana Whitfield on Thursday, October 29, 2026",
             "2026-10-26 12:40:06", BER, "<20261026114006.7c2e9a41@calendly.com>",
             via="from o1.ptr8214.calendly.com (o1.ptr8214.calendly.com [167.89.101.52])",
             extra=[("Reply-To", "Dana Whitfield <dana.whitfield@tidewaterlogistics.com>")])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@pos(10, family="lever", lang="en", company="Coral Sea Freight Tech", kind="scheduled",
     local="Tue 2026-11-17 08:00", local_end="2026-11-17 08:45", zone="Australia/Sydney",
     contact="bronwyn.ellery@coralseafreight.com.au",
     note="Lever confirmation from a Sydney remote team: 'Tuesday 17 November, 8:00-8:45 am AEDT' (+11) = "
          "Mon 16 Nov 21:00-21:45Z, i.e. the previous day in UTC (body also gives 'Monday 16 November, 10:00 pm CET'); "
          "ICS in UTC agrees; contact = Reply-To recruiter")
def m10() -> bytes:
    body = t("""
        Hi Jan,

        Great news - your interview with Coral Sea Freight Tech is confirmed.

        When:   Tuesday 17 November 2026, 8:00 am - 8:45 am AEDT (Sydney)
                (that's Monday 16 November, 10:00 pm - 10:45 pm CET in Hamburg)
        Where:  Google Meet - https://meet.google.com/csf-qpnz-mow
        Who:    Bronwyn Ellery, Talent Lead, and Raj Menon, Principal Engineer

        We know the evening slot isn't ideal from Europe - thanks for making it work. If you need to
        change anything, reply to this email.

        Cheers,
        Bronwyn

        Coral Sea Freight Tech Pty Ltd, Level 9, 60 Martin Place, Sydney NSW 2000
        Sent via Lever
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:lever-iv-9f41c2e8-5b67-4a0d@hire.lever.co
        DTSTAMP:20261109T223002Z
        DTSTART:20261116T210000Z
        DTEND:20261116T214500Z
        SUMMARY:Interview - Coral Sea Freight Tech (Backend Engineer, Remote)
        LOCATION:https://meet.google.com/csf-qpnz-mow
        ORGANIZER;CN=Bronwyn Ellery:mailto:bronwyn.ellery@coralseafreight.com.au
        ATTENDEE;CN=Jan Petersen;RSVP=TRUE:mailto:jan.petersen@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Coral Sea Freight Tech <no-reply@hire.lever.co>",
             "Interview confirmed - Backend Engineer (Remote) at Coral Sea Freight Tech",
             "2026-11-10 09:30:02", "Australia/Sydney", "<lever.9f41c2e8.5b674a0d@hire.lever.co>",
             via="from mail-a.hire.lever.co (mail-a.hire.lever.co [52.41.213.77])",
             extra=[("Reply-To", "Bronwyn Ellery <bronwyn.ellery@coralseafreight.com.au>")])
    return message(hs, mixed(text(body, cte="7bit"), calendar(ics, filename="interview.ics",
                                                              disposition="attachment")))


@pos(11, family="ashby", lang="en", company="Förde Autonomy GmbH", kind="rescheduled",
     local="Fri 2026-11-13 15:00", local_end="2026-11-13 15:45", zone=BER,
     contact="lena.brodersen@foerde-autonomy.de",
     note="Ashby reschedule stating old (Thu 12 Nov 10:00 CET) and new time: 'Friday, November 13, 2026, "
          "3:00 PM - 3:45 PM CET' = 14:00-14:45Z; ICS SEQUENCE:1 TZID Europe/Berlin agrees; contact = Reply-To")
def m11() -> bytes:
    body = t("""
        Hi Jan,

        Your interview with Förde Autonomy has been rescheduled.

        Previously:  Thursday, November 12, 2026, 10:00 AM - 10:45 AM CET
        New time:    Friday, November 13, 2026, 3:00 PM - 3:45 PM CET

        Interview:   System Design with Jonas Asmussen (Staff Engineer)
        Location:    Google Meet (link in the calendar invitation)

        Sorry for the shuffle - Jonas is at a sea trial on Thursday. Questions? Just reply and it will
        reach Lena Brodersen.

        Thanks,
        Förde Autonomy Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jan,</p><p>Your interview with Förde Autonomy has been <b>rescheduled</b>.</p>
        <p><s>Thursday, November 12, 2026, 10:00 AM - 10:45 AM CET</s><br>
        <b>Friday, November 13, 2026, 3:00 PM - 3:45 PM CET</b></p>
        <p>System Design with Jonas Asmussen (Staff Engineer)<br>Google Meet (link in the calendar invitation)</p>
        <p>Sorry for the shuffle - Jonas is at a sea trial on Thursday. Questions? Just reply and it will reach Lena Brodersen.</p>
        <p>Thanks,<br>Förde Autonomy Recruiting</p></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:REQUEST", VTZ["Europe/Berlin"],
        "BEGIN:VEVENT", "UID:ashby-3e9d0c71-62a4-4b0f-b1e5-5a7f02c8d914", "DTSTAMP:20261109T152011Z",
        "DTSTART;TZID=Europe/Berlin:20261113T150000", "DTEND;TZID=Europe/Berlin:20261113T154500",
        "SEQUENCE:1", "SUMMARY:Förde Autonomy – System Design Interview (Jan Petersen)",
        "LOCATION:https://meet.google.com/fda-ynxk-tre",
        "ORGANIZER;CN=Lena Brodersen:mailto:lena.brodersen@foerde-autonomy.de",
        "ATTENDEE;CN=Jan Petersen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jan.petersen@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr(addr("Förde Autonomy", "no-reply@ashbyhq.com"),
             "Interview rescheduled: Senior Software Engineer, Fleet Autonomy at Förde Autonomy",
             "2026-11-09 16:20:11", BER, "<010001937c2a4f11-9d2b0e3c-0a55-4c71-8e0d-000000@email.amazonses.com>",
             via="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
             extra=[("Reply-To", addr("Lena Brodersen", "lena.brodersen@foerde-autonomy.de"))])
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@pos(12, family="human_prose", lang="de", company="Weserport IT GmbH", kind="scheduled",
     local="Thu 2026-11-19 14:00", zone=BER, contact="d.meinke@weserport-it.de",
     note="Phone-written Sie-reply (Von meinem iPhone gesendet): 'den Termin morgen um 14 Uhr' from Date "
          "Wed 18 Nov 07:52 CET = Thu 19 Nov 14:00 CET = 13:00Z; Jan's quoted mail offered Thursday afternoon; "
          "contact = sender")
def m12() -> bytes:
    body = t("""
        Guten Morgen Herr Petersen,

        gerne bestätige ich Ihnen den Termin morgen um 14 Uhr bei uns in der Überseestadt
        (Konsul-Smidt-Str. 8, 2. OG). Fragen Sie am Empfang einfach nach mir, Kollege Yilmaz aus der
        Entwicklung kommt dazu.

        Beste Grüße
        Dirk Meinke

        Von meinem iPhone gesendet

        > Am 17.11.2026 um 18:03 schrieb Jan Petersen <jan.petersen@example.org>:
        >
        > Sehr geehrter Herr Meinke,
        >
        > vielen Dank für Ihren Anruf. Am Donnerstag kann ich ab 13 Uhr jederzeit in Bremen sein.
        >
        > Mit freundlichen Grüßen
        > Jan Petersen
        """)
    hs = hdr(addr("Dirk Meinke", "d.meinke@weserport-it.de"), "AW: Ihre Bewerbung als Softwareentwickler",
             "2026-11-18 07:52:30", BER, "<3C0E7D22-51A9-4F2B-A3E1-90B4C7D1E6F8@weserport-it.de>",
             via="from smtp.weserport-it.de (smtp.weserport-it.de [212.227.17.21])",
             extra=[("In-Reply-To", "<f2b0c9d1-77e3-4a1c-b0d2-5c8e9a3f1b07@example.org>"),
                    ("References", "<f2b0c9d1-77e3-4a1c-b0d2-5c8e9a3f1b07@example.org>"),
                    ("X-Mailer", "iPhone Mail (22B91)")])
    return message(hs, text(body))


@pos(13, family="softgarden", lang="de", company="Nordlicht Marine Software GmbH", kind="scheduled",
     local="Mon 2026-11-23 10:15", local_end="2026-11-23 11:15", zone=BER,
     contact="imke.thomsen@nordlicht-marine.de",
     note="softgarden invitation (windows-1252 QP): 'Montag, 23.11.2026, 10:15 – 11:15 Uhr' CET = 09:15-10:15Z "
          "in Kiel; sender is no-reply, contact = the named contact's address in the body")
def m13() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Bewerbung als Softwareentwickler:in Schiffsautomation (Kiel). Wir freuen
        uns, Sie zu einem persönlichen Gespräch einzuladen. Der Termin ist für Sie reserviert:

        Datum:   Montag, 23.11.2026
        Uhrzeit: 10:15 – 11:15 Uhr
        Ort:     Nordlicht Marine Software GmbH, Kaistraße 54, 24114 Kiel (Eingang Hörn-Seite)

        Ihre Ansprechpartnerin: Imke Thomsen, HR Business Partnerin
        E-Mail: imke.thomsen@nordlicht-marine.de · Telefon: 0431 9902 417

        Reisekosten erstatten wir Ihnen gerne im Rahmen unserer Richtlinie (Bahnticket 2. Klasse).

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Nordlicht Marine Software GmbH

        Diese Nachricht wurde automatisch über softgarden versendet. Bitte antworten Sie nicht direkt
        auf diese E-Mail.
        """)
    page = t("""
        <html><head><meta http-equiv="content-type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Petersen,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Softwareentwickler:in Schiffsautomation (Kiel)</b>. Wir freuen
        uns, Sie zu einem persönlichen Gespräch einzuladen. Der Termin ist für Sie reserviert:</p>
        <table><tr><td>Datum:</td><td><b>Montag, 23.11.2026</b></td></tr>
        <tr><td>Uhrzeit:</td><td><b>10:15 – 11:15 Uhr</b></td></tr>
        <tr><td>Ort:</td><td>Nordlicht Marine Software GmbH, Kaistraße 54, 24114 Kiel (Eingang Hörn-Seite)</td></tr></table>
        <p>Ihre Ansprechpartnerin: Imke Thomsen, HR Business Partnerin<br>
        E-Mail: <a href="mailto:imke.thomsen@nordlicht-marine.de">imke.thomsen@nordlicht-marine.de</a> &middot; Telefon: 0431 9902 417</p>
        <p>Reisekosten erstatten wir Ihnen gerne im Rahmen unserer Richtlinie (Bahnticket 2. Klasse).</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Nordlicht Marine Software GmbH</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch über softgarden versendet.
        Bitte antworten Sie nicht direkt auf diese E-Mail.</p></body></html>
        """)
    hs = hdr(addr("Nordlicht Marine Software GmbH", "noreply@softgarden.io"),
             "Einladung zum Vorstellungsgespräch: Softwareentwickler:in Schiffsautomation (Kiel)",
             "2026-11-17 10:40:55", BER, "<sg.7731042.1a9e2f@mailer.softgarden.io>",
             via="from mailer.softgarden.io (mailer.softgarden.io [185.47.216.20])", charset="windows-1252")
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@pos(14, family="join", lang="de", company="Lotsenhaus Labs", kind="scheduled",
     local="Tue 2026-12-01 16:30", local_end="2026-12-01 17:15", zone=BER, contact="tjark@lotsenhaus-labs.de",
     note="JOIN du-confirmation 'Di., 1. Dez. · 16:30 – 17:15 Uhr (MEZ)' = 15:30-16:15Z; sender is JOIN's "
          "no-reply, contact = the founder's address in the body")
def m14() -> bytes:
    body = t("""
        Hi Jan,

        Tjark von Lotsenhaus Labs hat deinen Termin bestätigt. 🎉

        Kennenlern-Call: Fullstack Developer (Bremen / hybrid)
        Di., 1. Dez. · 16:30 – 17:15 Uhr (MEZ)
        Videocall – den Link bekommst du kurz vorher von Tjark.

        Fragen vorab? Schreib Tjark direkt: tjark@lotsenhaus-labs.de

        Viel Erfolg!
        Dein JOIN-Team

        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
        JOIN Solutions AG · Hardturmstrasse 11 · 8005 Zürich
        """)
    hs = hdr(addr("Lotsenhaus Labs via JOIN", "noreply@join.com"),
             "Dein Kennenlern-Call mit Lotsenhaus Labs ist bestätigt",
             "2026-11-25 12:10:37", BER, "<20261125111037.5f2a9c81e0d34b7a@join.com>",
             via="from mail-eu.join.com (mail-eu.join.com [159.135.228.11])")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@pos(15, family="smartrecruiters", lang="en", company="Nordic Bunker Solutions", kind="cancelled",
     local="Thu 2026-12-03 10:00", zone=BER, contact="astrid.halvorsen@nordicbunker.com",
     note="SmartRecruiters cancellation without a new time: the cancelled slot 'Thursday, December 3, 2026 at "
          "10:00 AM (CET)' = 09:00Z; ICS METHOD:CANCEL agrees; contact = recruiter's address in the body")
def m15() -> bytes:
    body = t("""
        Dear Jan,

        We are writing to let you know that your interview for Software Engineer - Route Optimization
        (Hamburg), scheduled for Thursday, December 3, 2026 at 10:00 AM (CET), has been cancelled.

        Your recruiter, Astrid Halvorsen, will be in touch about the next steps. You can also reach her
        directly at astrid.halvorsen@nordicbunker.com.

        Best regards,
        Nordic Bunker Solutions Talent Team

        This email was sent by SmartRecruiters on behalf of Nordic Bunker Solutions.
        Privacy Policy: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center"><tr><td>
        <p>Dear Jan,</p>
        <p>We are writing to let you know that your interview for <b>Software Engineer - Route Optimization
        (Hamburg)</b>, scheduled for <b>Thursday, December 3, 2026 at 10:00 AM (CET)</b>, has been cancelled.</p>
        <p>Your recruiter, Astrid Halvorsen, will be in touch about the next steps. You can also reach her directly at
        <a href="mailto:astrid.halvorsen@nordicbunker.com">astrid.halvorsen@nordicbunker.com</a>.</p>
        <p>Best regards,<br>Nordic Bunker Solutions Talent Team</p>
        <p style="font-size:11px;color:#999">This email was sent by SmartRecruiters on behalf of Nordic Bunker Solutions.</p>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:sr-interview-0c7f21e4-9a83-4d26-b5e1-44b0a9e2c310
        DTSTAMP:20261130T081744Z
        DTSTART:20261203T090000Z
        DTEND:20261203T100000Z
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Cancelled: Interview - Software Engineer - Route Optimization
        ORGANIZER;CN=Astrid Halvorsen:mailto:astrid.halvorsen@nordicbunker.com
        ATTENDEE;CN=Jan Petersen:mailto:jan.petersen@example.org
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Nordic Bunker Solutions <noreply@smartrecruiters.com>",
             "Interview cancelled: Software Engineer - Route Optimization (Hamburg)",
             "2026-11-30 09:17:44", BER, "<0100019a1f7e.sr-cancel.44b0a9e2c310@smartrecruiters.com>",
             via="from mta-out-22.smartrecruiters.com (mta-out-22.smartrecruiters.com [35.157.12.88])")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@pos(16, family="ms_bookings", lang="de", company="Elbe Crane Automation", kind="scheduled",
     local="Fri 2026-09-11 11:00", local_end="2026-09-11 11:45", zone=BER,
     contact="tobias.hartung@elbecrane.de",
     note="Microsoft Bookings (German): 'Freitag, 11. September 2026 11:00 (UTC+01:00) Amsterdam, Berlin, ...' - "
          "the label shows the standard offset but September is CEST, so 09:00Z (ICS W. Europe Standard Time agrees); "
          "'45 Minuten' exact -> end 09:45Z; sender is the Bookings mailbox, contact = staff member's address in body")
def m16() -> bytes:
    body = t("""
        Jan Petersen,

        vielen Dank für Ihre Buchung bei Elbe Crane Automation.

        Gebucht für:        Vorstellungsgespräch Softwareentwicklung (45 Minuten)
        Datum und Uhrzeit:  Freitag, 11. September 2026 11:00
                            (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Mitarbeiter:        Tobias Hartung
        Ort:                Microsoft Teams-Besprechung

        An Teams-Besprechung teilnehmen:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWNhYjQ3

        Bei Fragen zu Ihrem Termin: tobias.hartung@elbecrane.de

        Termin verwalten: https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@elbecrane.onmicrosoft.com/bookings/
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',sans-serif;font-size:14px">
        <p>Jan Petersen,</p><p>vielen Dank für Ihre Buchung bei Elbe Crane Automation.</p>
        <table cellpadding="3">
        <tr><td>Gebucht für</td><td>Vorstellungsgespräch Softwareentwicklung (45 Minuten)</td></tr>
        <tr><td>Datum und Uhrzeit</td><td>Freitag, 11. September 2026 11:00<br>(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Mitarbeiter</td><td>Tobias Hartung</td></tr>
        <tr><td>Ort</td><td>Microsoft Teams-Besprechung</td></tr></table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWNhYjQ3">An Teams-Besprechung teilnehmen</a></p>
        <p>Bei Fragen zu Ihrem Termin: tobias.hartung@elbecrane.de</p>
        <p><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@elbecrane.onmicrosoft.com/bookings/">Termin verwalten</a></p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Elbe Crane Automation - Bewerbungsgespräche:mailto:Bewerbungsgespraeche@elbecrane.onmicrosoft.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jan Petersen:mailto:jan.petersen@example.org",
        "UID:040000008200E00074C5B7101A82E0080000000052A1C8F0B23EDC010000000000000000100000003E1D7F0A",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Softwareentwicklung",
        "DTSTART;TZID=W. Europe Standard Time:20260911T110000",
        "DTEND;TZID=W. Europe Standard Time:20260911T114500",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260903T132611Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr(addr("Elbe Crane Automation - Bewerbungsgespräche", "Bewerbungsgespraeche@elbecrane.onmicrosoft.com"),
             "Ihr Termin wurde gebucht: Vorstellungsgespräch Softwareentwicklung",
             "2026-09-03 15:26:11", BER,
             "<AS8P189MB1782D7E3B0A44F2B8E1C9D0F5A6B7@AS8P189MB1782.EURP189.PROD.OUTLOOK.COM>",
             via="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2102.outbound.protection.outlook.com [40.107.105.102])",
             extra=[("Content-Language", "de-DE")])
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@pos(17, family="goodtime", lang="en", company="Alster Maritime Data", kind="scheduled",
     local="Wed 2026-12-09 10:00", local_end="2026-12-09 12:30", zone=BER,
     contact="helen.marsh@alster-maritime.com",
     note="GoodTime onsite itinerary, three sessions 'Wednesday, December 9, 2026 (all times CET)' 10:00-10:45, "
          "11:00-11:45, 12:00-12:30 -> first start 09:00Z to last end 11:30Z; contact = Reply-To coordinator")
def m17() -> bytes:
    body = t("""
        Hi Jan,

        We're excited to welcome you to Alster Maritime Data! Here is your interview schedule.

        Wednesday, December 9, 2026 (all times CET, Europe/Berlin)
        Location: Alster Maritime Data, An der Alster 42, 20099 Hamburg - please ask for Helen at reception

        10:00 - 10:45   Coding & data modelling       Priya Raman, Senior Engineer
        11:00 - 11:45   Architecture deep-dive        Ole Carstensen, Principal Engineer
        12:00 - 12:30   Hiring manager conversation   Greta Voss, VP Engineering

        Please bring a photo ID for the visitor badge. Lunch is on us afterwards if you have time.

        If you have any questions, reply to this email.

        Best,
        Helen Marsh
        Recruiting Coordinator, Alster Maritime Data

        Scheduled with GoodTime
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Jan,</p><p>We're excited to welcome you to Alster Maritime Data! Here is your interview schedule.</p>
        <p><b>Wednesday, December 9, 2026</b> (all times CET, Europe/Berlin)<br>
        Alster Maritime Data, An der Alster 42, 20099 Hamburg - please ask for Helen at reception</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>
        <tr><td>10:00 - 10:45</td><td>Coding &amp; data modelling</td><td>Priya Raman, Senior Engineer</td></tr>
        <tr><td>11:00 - 11:45</td><td>Architecture deep-dive</td><td>Ole Carstensen, Principal Engineer</td></tr>
        <tr><td>12:00 - 12:30</td><td>Hiring manager conversation</td><td>Greta Voss, VP Engineering</td></tr>
        </table>
        <p>Please bring a photo ID for the visitor badge. Lunch is on us afterwards if you have time.</p>
        <p>If you have any questions, reply to this email.</p>
        <p>Best,<br>Helen Marsh<br>Recruiting Coordinator, Alster Maritime Data</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p></div>
        """)
    hs = hdr("Alster Maritime Data <notifications@goodtime.io>",
             "Your interview schedule with Alster Maritime Data - Wednesday, December 9",
             "2026-12-02 14:05:30", BER, "<goodtime.itinerary.5c0a31f7e2@goodtime.io>",
             via="from o12.email.goodtime.io (o12.email.goodtime.io [149.72.33.190])",
             extra=[("Reply-To", "Helen Marsh <helen.marsh@alster-maritime.com>")])
    return message(hs, alt(text(body), html(page)))


@pos(18, family="zoom", lang="en", company="Prairie Port Software", kind="rescheduled",
     local="Fri 2026-11-06 09:00", local_end="2026-11-06 10:30", zone="America/Chicago",
     contact="kyle.brandt@prairieport.io",
     note="Recruiter prose + pasted Zoom block: moved from Thu Nov 5 3pm CT to 'Friday Nov 6 at 9am CT (4pm your "
          "time)'; mail sent Fri 30 Oct in CDT (-0500) but US DST ends 1 Nov, so 9:00 CST (-0600) = 15:00Z (= 16:00 "
          "CET); '90 minutes' exact -> end 16:30Z; contact = sender")
def m18() -> bytes:
    body = t("""
        Hi Jan,

        Quick change on our end - our VP got pulled into a board meeting, so we need to move your
        final round from Thursday Nov 5 at 3pm CT to Friday Nov 6 at 9am CT (4pm your time in
        Hamburg). Same panel, same 90 minutes. Heads-up that we go off daylight saving this Sunday,
        so the gap to you is back to 7 hours.

        Updated Zoom details below - the link hasn't changed.

        Thanks for being flexible!
        Kyle

        Kyle Brandt | Technical Recruiter
        Prairie Port Software | Chicago, IL
        kyle.brandt@prairieport.io

        -----
        Kyle Brandt is inviting you to a scheduled Zoom meeting.

        Topic: Prairie Port - Final Round - Jan Petersen
        Time: Nov 6, 2026 09:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://prairieport.zoom.us/j/93318420076?pwd=UXJ0c1dMbm

        Meeting ID: 933 1842 0076
        Passcode: 561204
        """)
    hs = hdr("Kyle Brandt <kyle.brandt@prairieport.io>",
             "Re: Final round - moving to Friday Nov 6", "2026-10-30 10:15:48", "America/Chicago",
             "<CAJp3Vq+xG7kRt0b1s9yWm2L0dPq4e_NvF8aZ1c6uH3oB@mail.gmail.com>",
             via="from mail-yw1-f171.google.com (mail-yw1-f171.google.com [209.85.128.171])",
             extra=[("In-Reply-To", "<CAJp3Vq+8hZ2kLr0c5s1t@mail.gmail.com>"),
                    ("References", "<CAJp3Vq+8hZ2kLr0c5s1t@mail.gmail.com>")])
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="quoted-printable")))


@pos(19, family="taleo", lang="de", company="Nordsee Reederei Holding AG", kind="rescheduled",
     local="Wed 2026-10-14 13:30", local_end="2026-10-14 14:30", zone=BER,
     contact="christian.lueders@nordsee-reederei.de",
     note="Taleo Terminänderung (iso-8859-15 QP, text only): old 'Dienstag, 13.10.2026, 09:00 Uhr', new "
          "'Mittwoch, 14.10.2026, 13:30 - 14:30 Uhr' CEST = 11:30-12:30Z; contact = named contact's address in body")
def m19() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        aus organisatorischen Gründen müssen wir Ihr Vorstellungsgespräch für die Position
        "Senior Softwareentwickler Chartering-Systeme" (Anforderungsnummer 2600417) leider verlegen.

        Ursprünglicher Termin:  Dienstag, 13.10.2026, 09:00 Uhr
        Neuer Termin:           Mittwoch, 14.10.2026, 13:30 - 14:30 Uhr
        Ort:                    Konzernzentrale, Ballindamm 9, 20095 Hamburg, Raum "Helgoland"

        Ihr Ansprechpartner ist weiterhin Herr Christian Lüders
        (christian.lueders@nordsee-reederei.de, Tel. 040 3019 2288).

        Wir bitten um Ihr Verständnis und freuen uns auf das Gespräch.

        Mit freundlichen Grüßen
        Personalabteilung
        Nordsee Reederei Holding AG

        Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.
        """)
    hs = hdr(addr("Nordsee Reederei Holding AG", "nordseereederei@taleo.net"),
             "Terminänderung: Ihr Vorstellungsgespräch - Anforderungsnummer 2600417",
             "2026-10-08 09:21:06", BER, "<1791450066123.2600417.JavaMail.taleo@phx-prd-mail02.taleo.net>",
             via="from smtp-out3.taleo.net (smtp-out3.taleo.net [160.34.8.53])", charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15"))


@pos(20, family="human_prose", lang="de", company="Kielwasser Systems GmbH", kind="rescheduled",
     local="Thu 2026-12-10 14:00", zone=BER, contact="soenke.harms@kielwasser.io",
     note="du-reply moving the second interview from Wed 9.12. 14 Uhr (quoted) to 'Do., 10.12. um 14 Uhr' CET = "
          "13:00Z ('Ich hab uns umgelegt', fixed by the interviewer); no length; contact = sender")
def m20() -> bytes:
    body = t("""
        Hi Jan,

        sorry, Mittwoch 14 Uhr klappt bei mir leider doch nicht mehr, mir ist ein Kundentermin in
        Flensburg dazwischengekommen. Ich hab uns auf Do., 10.12. um 14 Uhr umgelegt, gleicher
        Teams-Link, gleiche Runde (du, Anke und ich). Falls das bei dir gar nicht geht, ruf kurz
        durch – sonst sehen wir uns Donnerstag!

        Gruß
        Sönke

        Am Do., 3. Dez. 2026 um 17:21 Uhr schrieb Sönke Harms <soenke.harms@kielwasser.io>:
        > Moin Jan,
        >
        > danke nochmal für das gute erste Gespräch! Für die zweite Runde mit Anke (Product) dann
        > wie besprochen Mittwoch, 9.12., 14 Uhr per Teams. Einladung kommt separat.
        >
        > Sönke
        """)
    hs = hdr(addr("Sönke Harms", "soenke.harms@kielwasser.io"), "Re: Zweite Runde Kielwasser",
             "2026-12-07 08:45:19", BER, "<CAHk2xR0p9dW+7nqLgA3V1sJ5y0QeT_ZmB4uR8cF2o@mail.gmail.com>",
             via="from mail-wm1-f50.google.com (mail-wm1-f50.google.com [209.85.128.50])",
             extra=[("In-Reply-To", "<CAHk2xR0a1bC2dE3fG4@mail.gmail.com>"),
                    ("References", "<CAHk2xR0a1bC2dE3fG4@mail.gmail.com>")])
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@pos(21, family="exchange", lang="de", company="Elbfracht IT GmbH", kind="cancelled",
     local="Thu 2026-11-26 15:00", local_end="2026-11-26 16:00", zone=BER, contact="tanja.gerdes@elbfracht-it.de",
     note="Outlook 'Abgesagt:' meeting cancellation (METHOD:CANCEL, W. Europe Standard Time) for 'Donnerstag, "
          "26. November 2026 15:00-16:00' CET = 14:00-15:00Z; no new time (budget freeze); contact = organizer")
def m21() -> bytes:
    body = t("""
        Wann: Donnerstag, 26. November 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Elbfracht IT, Nagelsweg 33, Raum 4.12

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrter Herr Petersen,

        leider muss ich unser Gespräch am Donnerstag absagen: Die Stelle wird aufgrund eines kurzfristigen
        Budgetstopps vorerst nicht besetzt. Das tut mir sehr leid, zumal Ihr Profil sehr gut passt.
        Sobald sich etwas ändert, melde ich mich gern wieder bei Ihnen.

        Mit freundlichen Grüßen
        Tanja Gerdes
        Personalreferentin | Elbfracht IT GmbH
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:CANCEL", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Gerdes\\, Tanja:mailto:tanja.gerdes@elbfracht-it.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jan Petersen:mailto:jan.petersen@example.org",
        "UID:040000008200E00074C5B7101A82E008000000009F3B2A1C5E7EDC01000000000000000010000000D4C3B2A1",
        "SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Herr Petersen",
        "DTSTART;TZID=W. Europe Standard Time:20261126T150000",
        "DTEND;TZID=W. Europe Standard Time:20261126T160000",
        "CLASS:PUBLIC", "PRIORITY:1", "DTSTAMP:20261123T103004Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED",
        "SEQUENCE:1", "LOCATION;LANGUAGE=de-DE:Elbfracht IT\\, Nagelsweg 33\\, Raum 4.12",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr(addr("Gerdes, Tanja", "tanja.gerdes@elbfracht-it.de"), "Abgesagt: Vorstellungsgespräch Herr Petersen",
             "2026-11-23 11:30:04", BER,
             "<BE1P281MB2210E4A9C7D14B3F9A0E1D2C3B4A5@BE1P281MB2210.DEUP281.PROD.OUTLOOK.COM>",
             via="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2118.outbound.protection.outlook.com [40.107.127.118])",
             extra=[("Importance", "high"), ("Content-Language", "de-DE"),
                    ("Thread-Topic", enc("Vorstellungsgespräch Herr Petersen"))])
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@pos(22, family="recruitee", lang="de", company="Bremer Containerdienst GmbH", kind="cancelled",
     local="Fri 2026-10-23 11:00", zone=BER, contact="katrin.oltmanns@bcd-bremen.de",
     note="Recruitee message cancelling 'den für Freitag um 11 Uhr vereinbarten Termin' (position filled "
          "internally, no new time): Friday from Date Tue 20 Oct = 23 Oct 11:00 CEST = 09:00Z; contact = Reply-To")
def m22() -> bytes:
    body = t("""
        Hallo Herr Petersen,

        leider muss ich Ihnen mitteilen, dass wir den für Freitag um 11 Uhr vereinbarten Termin absagen
        müssen: Die Position als Backend-Entwickler (Disposition) konnten wir kurzfristig intern besetzen.

        Ich weiß, dass das ärgerlich ist, und entschuldige mich für die Umstände. Ihre Unterlagen würden
        wir gern für künftige Stellen behalten, sofern Sie einverstanden sind.

        Freundliche Grüße
        Katrin Oltmanns
        Personal | Bremer Containerdienst GmbH
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hallo Herr Petersen,</p>
        <p>leider muss ich Ihnen mitteilen, dass wir den für Freitag um 11 Uhr vereinbarten Termin absagen
        müssen: Die Position als Backend-Entwickler (Disposition) konnten wir kurzfristig intern besetzen.</p>
        <p>Ich weiß, dass das ärgerlich ist, und entschuldige mich für die Umstände. Ihre Unterlagen würden
        wir gern für künftige Stellen behalten, sofern Sie einverstanden sind.</p>
        <p>Freundliche Grüße<br>Katrin Oltmanns<br>Personal | Bremer Containerdienst GmbH</p>
        <hr><p style="font-size:11px;color:#999">Gesendet mit Recruitee &middot; Bremer Containerdienst GmbH Karriereseite</p>
        </div>
        """)
    hs = hdr(addr("Katrin Oltmanns | Bremer Containerdienst", "noreply@recruitee.com"),
             "Ihr Termin am Freitag – Bremer Containerdienst", "2026-10-20 14:02:51", BER,
             "<rc.msg.88120433.f17a2c@recruitee.com>",
             via="from mail.recruitee.com (mail.recruitee.com [159.112.242.16])",
             extra=[("Reply-To", addr("Katrin Oltmanns", "katrin.oltmanns@bcd-bremen.de"))])
    return message(hs, alt(text(body), html(page)))


@pos(23, family="forward_self", lang="de", company="Kreuzberg Fleet GmbH", kind="scheduled",
     local="Thu 2026-09-17 15:00", local_end="2026-09-17 16:00", zone=BER, contact="aylin.demir@kreuzberg-fleet.de",
     note="Jan forwards from his other address (example.net) an attached message/rfc822 invitation: "
          "'Donnerstag, 17. September, 15:00 bis 16:00 Uhr' CEST = 13:00-14:00Z; the forwarder is the candidate, so "
          "contact = the recruiter in the forwarded header")
def m23() -> bytes:
    inner_body = t("""
        Hallo Herr Petersen,

        wie heute Vormittag am Telefon besprochen, laden wir Sie herzlich zu einem Gespräch in unser
        Berliner Büro ein:

        Donnerstag, 17. September, 15:00 bis 16:00 Uhr
        Kreuzberg Fleet GmbH, Köpenicker Straße 145, 10997 Berlin (Hinterhaus, 2. OG)

        Sie sprechen mit Paul Winkler (Head of Telematics) und mir. Eine Aufwandsentschädigung für die
        Anreise aus Hamburg ist selbstverständlich.

        Herzliche Grüße
        Aylin Demir
        People & Culture | Kreuzberg Fleet GmbH
        """)
    inner = message([("From", addr("Aylin Demir", "aylin.demir@kreuzberg-fleet.de")),
                     ("To", "Jan Petersen <jan.petersen@example.net>"),
                     ("Subject", enc("Einladung zum Gespräch bei Kreuzberg Fleet")),
                     ("Date", date("2026-09-11 14:30:12", BER)),
                     ("Message-ID", "<20260911123012.4a7c@kreuzberg-fleet.de>")],
                    text(inner_body))
    outer = t("""
        für den Kalender – Berlin-Termin nächste Woche. Zug buchen!
        """)
    hs = hdr("Jan Petersen <jan.petersen@example.net>", "Fwd: Einladung zum Gespräch bei Kreuzberg Fleet",
             "2026-09-11 19:02:40", BER, "<8d21c4a0-5e3f-4b71-a9d2-0c6e1f7b3a55@example.net>",
             via="from smtp.example.net (smtp.example.net [192.0.2.25])")
    return message(hs, mixed(text(outer, cte="8bit"), attached_message(inner, "Einladung.eml")))


# =========================================================================== negatives (keys 24-50)


@neg(24, family="job_centre", lang="de", company=None, days=(("Tue", "2026-10-06"),),
     note="Agentur für Arbeit invitation ('Einladung zu einem Gespräch', Meldeaufforderung) with a fixed time "
          "(Di., 06.10.2026, 09:30 Uhr): an appointment at the employment agency, not a job interview")
def m24() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        ich möchte mit Ihnen über Ihr Bewerberangebot und Ihre aktuelle berufliche Situation sprechen.

        Bitte kommen Sie am

            Dienstag, 06.10.2026, um 09:30 Uhr

        in die Agentur für Arbeit Hamburg, Kurt-Schumacher-Allee 16, 20097 Hamburg, Haus 2, Zimmer 3.114.

        Bringen Sie bitte Ihren Personalausweis, Ihren aktuellen Lebenslauf und (falls vorhanden) Ihre
        Kündigungsbestätigung bzw. Ihren befristeten Arbeitsvertrag mit.

        Dies ist eine Einladung nach § 309 Sozialgesetzbuch Drittes Buch (SGB III). Wenn Sie ohne wichtigen
        Grund nicht erscheinen, kann eine Sperrzeit eintreten. Sollten Sie den Termin nicht wahrnehmen
        können, teilen Sie uns dies bitte vorher mit (eServices oder 0800 4 5555 00).

        Mit freundlichen Grüßen
        Ihre Arbeitsvermittlerin
        B. Schröder

        Diese Nachricht wurde maschinell erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    hs = hdr(addr("Agentur für Arbeit Hamburg", "noreply@arbeitsagentur.de"),
             "Einladung zu einem Gespräch – Ihre berufliche Situation", "2026-09-28 07:14:02", BER,
             "<BA.eServices.20260928071402.4471.ba5a2c@arbeitsagentur.de>",
             via="from mout.arbeitsagentur.de (mout.arbeitsagentur.de [194.25.122.16])")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@neg(25, family="press_interview", lang="de", company=None, days=(("Thu", "2026-10-15"),),
     note="A journalist confirms an interview WITH Jan (he is the interviewee for a newspaper series) on "
          "Do., 15.10., 11 Uhr: a fixed time, but not a job interview")
def m25() -> bytes:
    body = t("""
        Hallo Herr Petersen,

        vielen Dank, dass Sie sich für unsere Serie "Digitaler Hafen" Zeit nehmen! Hiermit bestätige ich
        unser Interview am Donnerstag, 15.10., um 11 Uhr. Ich komme gern zu Ihnen ins Büro nach
        Altona, unser Fotograf Jens stößt gegen 11:40 dazu.

        Themen wie besprochen: Wie Software den Containerumschlag verändert, was Entwickler:innen in der
        Logistik reizt – und gern auch Ihr persönlicher Weg vom Nautiker zum Softwareentwickler.

        Das fertige Stück schicke ich Ihnen vor Erscheinen zur Freigabe der Zitate.

        Beste Grüße
        Lina Brandes
        Redaktion Wirtschaft
        Hafenkurier Hamburg
        Tel. 040 5510 3372
        """)
    hs = hdr(addr("Lina Brandes", "l.brandes@hafenkurier.de"), "Interview für \"Digitaler Hafen\" – Bestätigung",
             "2026-10-08 16:22:09", BER, "<5b1c7e4a-2d9f-4e3a-8c71-0a6d9f3e2b11@hafenkurier.de>",
             via="from mx.hafenkurier.de (mx.hafenkurier.de [91.198.174.30])")
    return message(hs, text(body, cte="8bit"))


@neg(26, family="podcast", lang="en", company=None, days=(("Wed", "2026-10-21"),),
     note="Calendly confirmation for a podcast recording where Jan is the guest (Wed Oct 21, 5:00pm CEST): "
          "same shape as an interview booking, but not a job interview")
def m26() -> bytes:
    body = t("""
        Hi Jan Petersen,

        Your Podcast recording - Boxship Dev Talk with Marco Lindqvist at 5:00pm - 6:00pm (Central European
        Summer Time) on Wednesday, October 21, 2026 is scheduled.

        Event Name: Podcast recording - Boxship Dev Talk
        Location: Riverside.fm studio - https://riverside.fm/studio/boxship-dev-talk

        Questions:
        What would you like to talk about?
        Event sourcing for container tracking, and interviewing as a developer in logistics.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/b51d0e2a-77c4
        Reschedule: https://calendly.com/reschedulings/b51d0e2a-77c4

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:b51d0e2a-77c4-4a10-9e3b-1f2c6d8e0a94@calendly.com
        DTSTAMP:20261013T094418Z
        DTSTART:20261021T150000Z
        DTEND:20261021T160000Z
        SUMMARY:Podcast recording - Boxship Dev Talk between Marco Lindqvist and Jan Petersen
        LOCATION:https://riverside.fm/studio/boxship-dev-talk
        ORGANIZER;CN=Marco Lindqvist:mailto:marco@boxshipdevtalk.fm
        ATTENDEE;CN=Jan Petersen;RSVP=TRUE:mailto:jan.petersen@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = hdr("Calendly <notifications@calendly.com>",
             "Confirmed: Podcast recording - Boxship Dev Talk with Marco Lindqvist on Wednesday, October 21, 2026",
             "2026-10-13 11:44:18", BER, "<20261013094418.b51d0e2a@calendly.com>",
             via="from o1.ptr8214.calendly.com (o1.ptr8214.calendly.com [167.89.101.52])",
             extra=[("Reply-To", "Marco Lindqvist <marco@boxshipdevtalk.fm>")])
    return message(hs, mixed(text(body), calendar(ics, filename="invite.ics", disposition="attachment")))


@neg(27, family="admission_interview", lang="de", company=None, days=(("Fri", "2026-10-30"),),
     note="University admission: 'Einladung zum Auswahlgespräch' for a part-time master's programme, Fr., "
          "30.10.2026, 13:00 Uhr via Zoom: a fixed-time interview, but for study admission, not a job")
def m27() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        "Maritime Informatik (M.Sc.)" zum Sommersemester 2027.

        Ihre Unterlagen haben die Zulassungskommission überzeugt. Wir laden Sie daher zu einem
        Auswahlgespräch ein:

        Freitag, 30.10.2026, 13:00 Uhr (Dauer: 20 Minuten), online per Zoom
        Kommission: Prof. Dr. Wiebke Ahrens, Prof. Dr. Reinhard Zöllner

        Die Zugangsdaten erhalten Sie am Vortag. Bitte halten Sie einen Lichtbildausweis bereit.

        Mit freundlichen Grüßen
        Studierendensekretariat – Zulassung
        Hanseatische Hochschule für Logistik und Informatik
        """)
    hs = hdr(addr("HHLI Zulassung", "zulassung@hhli-hamburg.de"),
             "Einladung zum Auswahlgespräch – Master Maritime Informatik", "2026-10-19 10:48:33", BER,
             "<20261019084833.1F0A2C@mail.hhli-hamburg.de>",
             via="from mail.hhli-hamburg.de (mail.hhli-hamburg.de [141.22.192.20])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(28, family="sports_tryout", lang="de", company=None, days=(("Wed", "2026-09-16"),),
     note="Handball club: du-mail confirming a try-out ('Probetraining am Mittwoch um 19:30', from Date Mon "
          "14 Sep = 16 Sep): fixed time, not a job interview")
def m28() -> bytes:
    body = t("""
        Moin Jan,

        cool, dass du Bock hast! Komm gern am Mittwoch um 19:30 zum Probetraining in die Halle
        Bundesstraße (Eingang über den Schulhof). Bring Hallenschuhe und was zu trinken mit, Harz
        haben wir.

        Wir suchen für die 2. Herren vor allem noch jemanden für Rückraum links – mal schauen, wie du
        dich machst. Nach dem Training sitzen wir meist noch auf ein Alster im Vereinsheim.

        Sportliche Grüße
        Timo
        (Trainer 2. Herren, HSG Eimsbüttel)

        --
        Sent from my Galaxy
        """)
    hs = hdr(addr("Timo Albrecht", "timo.albrecht@hsg-eimsbuettel.de"), "Re: Probetraining 2. Herren",
             "2026-09-14 21:37:50", BER, "<f1e0d9c8-b7a6-4958-8473-62514a3b2c1d@hsg-eimsbuettel.de>",
             via="from mail.hsg-eimsbuettel.de (mail.hsg-eimsbuettel.de [85.13.150.11])",
             extra=[("In-Reply-To", "<c9a0b1e2-3d4f-4a5b-8c6d-7e8f9a0b1c2d@example.org>")])
    return message(hs, text(body, cte="8bit"))


@neg(29, family="car_service", lang="de", company=None, days=(("Tue", "2026-11-10"),),
     note="Car dealer reminder: Werkstatttermin 'morgen früh um 7:30 Uhr' (from Date Mon 9 Nov = Tue 10 Nov): "
          "fixed-time appointment, not a job interview")
def m29() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" cellpadding="16"><tr><td style="background:#1b2a41;color:#fff;font-size:20px">Autohaus Fleetmann</td></tr>
        <tr><td>
        <p>Guten Tag Herr Petersen,</p>
        <p>wir möchten Sie an Ihren Werkstatttermin <b>morgen früh um 7:30 Uhr</b> erinnern.</p>
        <p>Fahrzeug: VW Golf Variant, HH-JP 4711<br>
        Leistungen: Inspektion nach Herstellervorgabe, Räderwechsel auf Winterreifen (eingelagert)<br>
        Ihr Serviceberater: Herr Kowalczyk</p>
        <p>Ihr Fahrzeug ist voraussichtlich ab 16 Uhr abholbereit. Einen Ersatzwagen haben wir für Sie reserviert.</p>
        <p>Ihr Autohaus Fleetmann<br>Stresemannstraße 302, 22769 Hamburg</p>
        <p style="font-size:11px;color:#888">Sie erhalten diese E-Mail als Terminerinnerung. Abmelden: service@autohaus-fleetmann.de</p>
        </td></tr></table></body></html>
        """)
    hs = hdr(addr("Autohaus Fleetmann Service", "service@autohaus-fleetmann.de"),
             "Erinnerung: Ihr Werkstatttermin morgen", "2026-11-09 16:00:04", BER,
             "<reminder.2026110916.88214@autohaus-fleetmann.de>",
             via="from smtp.autohaus-fleetmann.de (smtp.autohaus-fleetmann.de [217.160.0.88])")
    return message(hs, html(page, charset="iso-8859-1"))


@neg(30, family="volunteer_interview", lang="de", company=None, days=(("Sat", "2026-10-10"),),
     note="Neighbourhood charity invites Jan to a 'Kennenlerngespräch' for a volunteer role (Sa., 10. Oktober, "
          "10 Uhr): a fixed-time conversation, but unpaid volunteering, not a job interview")
def m30() -> bytes:
    body = t("""
        Lieber Jan,

        schön, dass du dich bei uns als ehrenamtlicher IT-Pate für ältere Nachbar:innen engagieren
        möchtest! Bevor es losgeht, laden wir alle neuen Ehrenamtlichen zu einem kurzen
        Kennenlerngespräch ein. Dein Termin:

        Samstag, 10. Oktober, 10 Uhr
        Stadtteilzentrum Ottensen, Bei der Reitbahn 3, Raum 2

        Bring bitte ein erweitertes Führungszeugnis mit (den Antrag für die kostenlose Beantragung
        schicke ich dir im Anhang der nächsten Mail).

        Herzliche Grüße
        Gesa Lorenzen
        Koordination Ehrenamt
        Nachbarschaftshilfe Ottensen e.V.
        """)
    hs = hdr(addr("Gesa Lorenzen", "gesa.lorenzen@nachbarschaftshilfe-ottensen.de"),
             "Dein Kennenlerngespräch bei der Nachbarschaftshilfe", "2026-10-02 12:15:44", BER,
             "<8a1b2c3d-aa55-4e6f-9123-0fedcba98765@nachbarschaftshilfe-ottensen.de>",
             via="from mail.nachbarschaftshilfe-ottensen.de (mail.nachbarschaftshilfe-ottensen.de [85.13.140.7])")
    return message(hs, text(body, charset="iso-8859-1"))


@neg(31, family="mock_interview", lang="de", company=None, days=(("Wed", "2026-11-04"),),
     note="Career coach booking confirmation for an 'Interview-Simulation' (mock interview) Mi., 4. Nov., "
          "18:00-19:30 with ICS: coaching, not a job interview")
def m31() -> bytes:
    body = t("""
        Hallo Jan,

        danke für deine Buchung! Hier die Details:

        Leistung: Interview-Simulation (Bewerbungscoaching, 90 Min.)
        Termin:   Mi., 4. Nov. 2026, 18:00–19:30 Uhr
        Ort:      Online (Zoom-Link folgt 24 Stunden vorher)
        Coach:    Sabine Kröger

        Wir spielen ein komplettes Vorstellungsgespräch für eine Senior-Entwicklerrolle durch
        (inkl. "Erzählen Sie mal von sich" und Gehaltsfrage) und du bekommst direkt Feedback.
        Schick mir vorab gern die Stellenanzeige, auf die du dich vorbereitest.

        Stornierung bis 24 Stunden vorher kostenfrei.

        Bis Mittwoch!
        Sabine

        Karriere Kompass Hamburg · Sabine Kröger · Coaching für Fach- und Führungskräfte
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Karriere Kompass//Buchung//DE", "METHOD:REQUEST",
        VTZ["Europe/Berlin"], "BEGIN:VEVENT", "UID:kk-buchung-20261104-1800-jp@karriere-kompass.de",
        "DTSTAMP:20261027T192210Z", "DTSTART;TZID=Europe/Berlin:20261104T180000",
        "DTEND;TZID=Europe/Berlin:20261104T193000", "SUMMARY:Interview-Simulation mit Sabine Kröger",
        "ORGANIZER;CN=Sabine Kröger:mailto:sabine@karriere-kompass.de",
        "ATTENDEE;CN=Jan Petersen;RSVP=TRUE:mailto:jan.petersen@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr(addr("Sabine Kröger | Karriere Kompass", "sabine@karriere-kompass.de"),
             "Buchungsbestätigung: Interview-Simulation am 4. November", "2026-10-27 20:22:10", BER,
             "<kk.20261027192210.4d1c@karriere-kompass.de>",
             via="from smtp.karriere-kompass.de (smtp.karriere-kompass.de [85.13.155.29])")
    return message(hs, mixed(text(body), calendar(ics, cte="8bit", filename="termin.ics", disposition="attachment")))


@neg(32, family="proposed_times", lang="en", company="Skagerrak Shipping Tech", days=(("Tue", "2026-11-17"),),
     note="Recruiter PROPOSES times for a first call ('Would Tuesday at 10 work? ... or Wednesday at 2pm') and "
          "asks Jan to choose: nothing confirmed yet")
def m32() -> bytes:
    body = t("""
        Hi Jan,

        Thanks a lot for your application for the Platform Engineer role - the team liked your work on
        berth planning at your current employer.

        I'd love to set up a first 30-minute call to tell you more about us. Would Tuesday at 10 work
        for you (Copenhagen/Hamburg time)? Otherwise Wednesday at 2pm or any time Thursday morning is
        also open on my side. Let me know what suits and I'll send over an invite.

        Best,
        Sigrid

        Sigrid Aalto
        Senior Talent Partner | Skagerrak Shipping Tech
        Copenhagen · Gothenburg · Hamburg
        """)
    hs = hdr(addr("Sigrid Aalto", "sigrid.aalto@skagerrak-tech.com"), "Platform Engineer - first call?",
             "2026-11-12 15:48:27", CPH, "<DB9PR03MB7321A0B1C2D3E4F5A6B7C8D9E0F1@DB9PR03MB7321.eurprd03.prod.outlook.com>",
             via="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2090.outbound.protection.outlook.com [40.107.249.90])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(33, family="forwarded_other", lang="de", company=None, days=(("Fri", "2026-11-27"),),
     note="Flatmate forwards HER OWN Greenhouse interview confirmation (Fri Nov 27, 10:00 CET, addressed to "
          "mia.schuster@example.net) asking Jan for tips: a confirmed interview, but not Jan's")
def m33() -> bytes:
    body = t("""
        Hey Jan,

        kannst du mal kurz drüberschauen? Das ist das Interview bei Lagerlicht, von dem ich erzählt hab.
        "System Design" klingt nach deinem Ding – hast du heute Abend 20 Minuten, mir zu erklären, was
        die da hören wollen? Ich koch auch 🙂

        Mia

        ---------- Forwarded message ---------
        Von: Lagerlicht Robotics <no-reply@greenhouse.io>
        Date: Mo., 23. Nov. 2026 um 10:04 Uhr
        Subject: Interview Confirmation: Product Engineer at Lagerlicht Robotics
        To: Mia Schuster <mia.schuster@example.net>


        Hi Mia,

        Thank you for scheduling your interview with Lagerlicht Robotics!

        Date: Friday, November 27, 2026
        Time: 10:00 AM - 11:00 AM CET
        Location: Zoom - https://lagerlicht.zoom.us/j/81220945510
        Interview: System Design with Ruben Okafor

        If you need to reschedule, reply to this email and it will reach Clara Beck
        (clara.beck@lagerlicht-robotics.de).

        Best,
        Lagerlicht Robotics Recruiting
        """)
    hs = hdr(addr("Mia Schuster", "mia.schuster@example.net"), "Fwd: Interview Confirmation: Product Engineer at Lagerlicht Robotics",
             "2026-11-23 12:31:05", BER, "<CAF8mq2Zx0Lk+Vt4Wd1sRgP7uQ9eHy3cN6bA5oT2i@mail.gmail.com>",
             via="from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(34, family="hiring_panel_current_job", lang="de", company=None, days=(("Thu", "2026-11-19"),),
     note="Outlook request from HR at Jan's CURRENT employer (auto-forwarded from his work address): Jan sits "
          "on the interview panel for a candidate, Do. 19.11. 13:00-14:00; he is the interviewer, not the "
          "candidate. company null (not a hiring company for Jan)")
def m34() -> bytes:
    body = t("""
        Wann: Donnerstag, 19. November 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum "Kehrwieder" / Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Hallo Jan, hallo Sam,

        danke, dass ihr beim Fachinterview mit Lisa Meyer (Backend Developer, Schwerpunkt EDI) dabei seid!
        Lebenslauf und Interviewleitfaden liegen im Recruiting-Ordner auf SharePoint. Bitte füllt den
        Bewertungsbogen direkt im Anschluss aus.

        Viele Grüße
        Nele Hansen
        People Operations | Quayside Systems GmbH
        """) + TEAMS_DE
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Hansen\\, Nele:mailto:nele.hansen@quayside-systems.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Petersen\\, Jan:mailto:jan.petersen@quayside-systems.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Okafor\\, Sam:mailto:sam.okafor@quayside-systems.de",
        "UID:040000008200E00074C5B7101A82E00800000000C1A2B3C4D5E6DC01000000000000000010000000B2C3D4E5",
        "SUMMARY;LANGUAGE=de-DE:Interview Kandidatin L. Meyer – Backend (Panel: J. Petersen\\, S. Okafor)",
        "DTSTART;TZID=W. Europe Standard Time:20261119T130000",
        "DTEND;TZID=W. Europe Standard Time:20261119T140000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261112T091540Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Besprechungsraum \"Kehrwieder\" / Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr(addr("Hansen, Nele", "nele.hansen@quayside-systems.de"),
             "Interview Kandidatin L. Meyer – Backend (Panel: J. Petersen, S. Okafor)", "2026-11-12 10:15:40", BER,
             "<FR3P281MB1530A1B2C3D4E5F60718293A4B5C6@FR3P281MB1530.DEUP281.PROD.OUTLOOK.COM>",
             to="\"Petersen, Jan\" <jan.petersen@quayside-systems.de>",
             via="from mail.quayside-systems.de (mail.quayside-systems.de [195.201.33.17])",
             extra=[("CC", addr("Okafor, Sam", "sam.okafor@quayside-systems.de")),
                    ("X-Forwarded-To", JAN), ("X-Forwarded-For", "jan.petersen@quayside-systems.de jan.petersen@example.org"),
                    ("Content-Language", "de-DE")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@neg(35, family="rejection", lang="da", company="Kattegat Port Software A/S", days=(("Tue", "2026-10-13"),),
     note="Danish rejection after the interview of 13 October (thread with the Kattegat confirmation): "
          "mentions the past interview date, no new appointment")
def m35() -> bytes:
    body = t("""
        Hej Jan

        Tak fordi du tog dig tid til at besøge os i Nordhavn tirsdag den 13. oktober - både Søren og jeg
        var glade for samtalen.

        Vi har nu afsluttet forløbet, og vi har desværre valgt at gå videre med en anden kandidat, hvis
        erfaring med vores kajplanlægningssystem passer lidt bedre til opgaverne lige nu. Det var en svær
        beslutning.

        Vi vil meget gerne beholde dit CV i vores kandidatdatabase i 12 måneder, hvis det er i orden.

        Held og lykke med jobsøgningen!

        Med venlig hilsen
        Mette Kjærgaard
        Rekrutteringspartner
        Kattegat Port Software A/S
        """)
    hs = hdr(addr("Mette Kjærgaard", "mette.kjaergaard@kattegatport.dk", "iso-8859-1"),
             "Vedrørende din ansøgning hos Kattegat Port Software", "2026-10-21 13:05:17", CPH,
             "<AM9P192MB0918C4F1E2D3A4B5C6D7E8F9A0B10@AM9P192MB0918.EURP192.PROD.OUTLOOK.COM>",
             via="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2083.outbound.protection.outlook.com [40.107.20.83])",
             extra=[("Content-Language", "da-DK")], charset="iso-8859-1")
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@neg(36, family="offer", lang="de", company="Reederei Albers GmbH", days=(("Fri", "2026-10-09"),),
     note="Offer after the Personio interview of 24.09. (thread): contract attached, reply by Fr., 09.10.; "
          "no appointment with a fixed time")
def m36() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        nochmals vielen Dank für das angenehme Gespräch am 24. September. Wir freuen uns sehr, Ihnen die
        Position als Softwareentwickler (m/w/d) Flottenmanagement anbieten zu können!

        Anbei erhalten Sie unseren Vertragsentwurf: Eintritt zum 01.01.2027, unbefristet, 38,5 Stunden,
        zwei Tage Homeoffice pro Woche, Jahresbruttogehalt wie besprochen.

        Wir würden uns freuen, bis Freitag, 09.10., von Ihnen zu hören. Bei Fragen zum Vertrag rufen Sie
        mich gern jederzeit an.

        Mit freundlichen Grüßen
        Maren Schulte
        Personal & Organisation
        Reederei Albers GmbH
        Tel. 040 380 4417
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Vertragsentwurf_Petersen.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Vertragsentwurf_Petersen.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK\n"
                   "JSVFT0YK\n")
    hs = hdr(addr("Maren Schulte", "maren.schulte@reederei-albers.de"), "Ihr Vertragsangebot – Reederei Albers",
             "2026-10-01 15:40:22", BER, "<AM0P190MB0673E1F2A3B4C5D6E7F8091A2B3C4@AM0P190MB0673.EURP190.PROD.OUTLOOK.COM>",
             via="from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2110.outbound.protection.outlook.com [40.107.13.110])")
    return message(hs, mixed(text(body), pdf))


@neg(37, family="application_receipt", lang="en", company="Meridian Harbor Technologies",
     note="iCIMS application acknowledgement: 'a recruiter will contact you to schedule an interview' - "
          "no interview and no time")
def m37() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="620" align="center"><tr><td>
        <img src="https://careers-meridianharbor.icims.com/logo.png" alt="Meridian Harbor Technologies" width="180">
        <p>Dear Jan,</p>
        <p>Thank you for applying for the <b>Senior Software Engineer, Port Community Systems</b> position
        (Job ID 2026-4718) at Meridian Harbor Technologies. We have received your application.</p>
        <p>Our talent acquisition team is reviewing all applications. If your qualifications match the
        requirements of the role, a recruiter will contact you to schedule an interview. Due to the high
        volume of applications, we may not be able to respond to each applicant individually.</p>
        <p>You can check the status of your application at any time in our
        <a href="https://careers-meridianharbor.icims.com/jobs/login">candidate portal</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Meridian Harbor Technologies</p>
        <p style="font-size:10px;color:#999">Please do not reply to this message; this mailbox is not monitored.</p>
        </td></tr></table></body></html>
        """)
    hs = hdr("Meridian Harbor Technologies <meridianharbor@talent.icims.com>",
             "Thank you for applying - Senior Software Engineer, Port Community Systems",
             "2026-09-22 18:30:57", "America/New_York", "<1169882211.47181.1790116257@talent.icims.com>",
             via="from mail-out12.icims.com (mail-out12.icims.com [198.102.226.12])")
    return message(hs, html(page, cte="base64"))


@neg(38, family="job_alert", lang="de", company=None,
     note="Job-board alert (fictional Hafenjobs.de) listing new vacancies; 'Vorstellungsgespräch in 48 h' "
          "is marketing, no appointment")
def m38() -> bytes:
    body = t("""
        Hallo Jan,

        es gibt 6 neue Jobs für deine Suche "Softwareentwickler Logistik" in Hamburg (+50 km):

        1. Backend Developer (m/w/d) Hafenlogistik – Kaiport Software GmbH, Hamburg
           Schnellbewerbung · Vorstellungsgespräch in 48 h möglich
        2. Java-Entwickler Transportmanagement – Nordfracht Digital, Hamburg-Billbrook
        3. Senior Software Engineer Yard Management – CTX Terminals, Bremerhaven
        4. Fullstack Entwickler:in Schifffahrt – Seewind Systems, Kiel (remote möglich)
        5. Softwarearchitekt SAP EWM – Lagerwerk Consulting, Hamburg
        6. Entwickler C# / .NET Zollabwicklung – Zollpilot GmbH, Lüneburg

        Alle Jobs ansehen: https://www.hafenjobs.de/suche?q=softwareentwickler+logistik&ort=hamburg

        Tipp der Woche: Unternehmen mit dem Siegel "Schnelle Rückmeldung" melden sich im Schnitt
        innerhalb von 5 Tagen.

        Du erhältst diesen Jobagenten täglich. Abmelden: https://www.hafenjobs.de/jobagent/abmelden
        """)
    hs = hdr("Hafenjobs.de Jobagent <jobagent@hafenjobs.de>", "6 neue Jobs: Softwareentwickler Logistik in Hamburg",
             "2026-10-05 06:30:00", BER, "<jobagent.20261005.8812047@hafenjobs.de>",
             via="from mailout.hafenjobs.de (mailout.hafenjobs.de [185.15.192.44])",
             extra=[("List-Unsubscribe", "<https://www.hafenjobs.de/jobagent/abmelden?u=8812047>"),
                    ("Precedence", "bulk")])
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(39, family="newsletter_tips", lang="de", company=None,
     note="Career newsletter article about job interviews with example times ('Ihr Termin ist am Dienstag "
          "um 10 Uhr'): advice, no appointment")
def m39() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:640px">
        <p style="font-size:12px;color:#777">Entwicklerpost · Ausgabe 41/2026</p>
        <h1>Ihr Vorstellungsgespräch ist am Dienstag um 10 Uhr? So nutzen Sie die letzten 48 Stunden</h1>
        <p>Die Einladung ist da, der Termin steht: Dienstag, 10 Uhr, Teams. Was jetzt? Wir haben mit
        Recruiter:innen aus Hamburg und Berlin gesprochen.</p>
        <ol>
        <li><b>Montag:</b> Lesen Sie die Stellenanzeige noch einmal und notieren Sie drei Projekte, die passen.</li>
        <li><b>Am Vorabend:</b> Technik testen, Kamera auf Augenhöhe, Hintergrund aufräumen.</li>
        <li><b>Am Dienstag um 9:45 Uhr:</b> einwählen, Wasser bereitstellen, durchatmen.</li>
        </ol>
        <p>Außerdem in dieser Ausgabe: Gehaltsreport Logistik-IT 2026, und warum "Erzählen Sie mal von sich"
        keine Smalltalk-Frage ist.</p>
        <p><a href="https://www.entwicklerpost.de/karriere/vorstellungsgespraech-48-stunden">Weiterlesen</a></p>
        <p style="font-size:11px;color:#999">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
        <a href="https://www.entwicklerpost.de/newsletter/abmelden">Abmelden</a></p>
        </body></html>
        """)
    hs = hdr("Entwicklerpost Karriere <newsletter@entwicklerpost.de>",
             "Ihr Vorstellungsgespräch ist am Dienstag um 10 Uhr? So nutzen Sie die letzten 48 Stunden",
             "2026-10-09 07:00:12", BER, "<nl.41-2026.551920@entwicklerpost.de>",
             via="from mta5.newsletter.entwicklerpost.de (mta5.newsletter.entwicklerpost.de [5.45.102.19])",
             extra=[("List-Unsubscribe", "<https://www.entwicklerpost.de/newsletter/abmelden>"),
                    ("List-Id", "Entwicklerpost Karriere <karriere.entwicklerpost.de>"), ("Precedence", "bulk")])
    return message(hs, html(page))


@neg(40, family="workable_self_schedule", lang="en", company="Baltic Harbour AI",
     days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")),
     note="Workable self-scheduling request: 'pick a time' link with slots Mon 16 - Fri 20 Nov, nothing booked yet")
def m40() -> bytes:
    body = t("""
        Hi Jan,

        Thanks for your interest in the Machine Learning Engineer, Port Forecasting role at Baltic Harbour AI!

        We'd like to invite you to a 45-minute video interview with our Head of Data. Please pick a time
        that works for you - available slots are between Monday, November 16 and Friday, November 20.

        Choose a time: https://apply.workable.com/baltic-harbour-ai/j/5E1A0C77F2/schedule/c9b0d3

        Once you've picked a slot you'll receive a calendar invitation.

        Best regards,
        Ville Korhonen
        Baltic Harbour AI
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333;max-width:560px">
        <p>Hi Jan,</p>
        <p>Thanks for your interest in the <b>Machine Learning Engineer, Port Forecasting</b> role at Baltic Harbour AI!</p>
        <p>We'd like to invite you to a 45-minute video interview with our Head of Data. Please pick a time that works
        for you - available slots are between Monday, November 16 and Friday, November 20.</p>
        <p><a href="https://apply.workable.com/baltic-harbour-ai/j/5E1A0C77F2/schedule/c9b0d3"
        style="background:#00756a;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Choose a time</a></p>
        <p>Once you've picked a slot you'll receive a calendar invitation.</p>
        <p>Best regards,<br>Ville Korhonen<br>Baltic Harbour AI</p>
        <p style="font-size:11px;color:#aaa">Sent via Workable</p></div>
        """)
    hs = hdr("Ville Korhonen - Baltic Harbour AI <noreply@workablemail.com>",
             "Schedule your interview with Baltic Harbour AI", "2026-11-11 11:02:48", "Europe/Helsinki",
             "<wk.5E1A0C77F2.c9b0d3.1731317000@workablemail.com>",
             via="from mail192-28.workablemail.com (mail192-28.workablemail.com [198.2.192.28])",
             extra=[("Reply-To", "baltic-harbour-ai+c9b0d3@candidates.workablemail.com")])
    return message(hs, alt(text(body), html(page)))


@neg(41, family="outreach", lang="de", company="Hanse Tech Talents GmbH",
     note="Headhunter outreach asking for 'ein kurzes Telefonat diese oder nächste Woche' - no fixed time")
def m41() -> bytes:
    body = t("""
        Hallo Herr Petersen,

        ich bin über Ihr Profil gestolpert und war direkt begeistert: TOS-Erfahrung plus Kotlin ist in
        Hamburg wirklich selten!

        Ich betreue aktuell exklusiv eine Teamlead-Position bei einem inhabergeführten Terminalbetreiber
        im Hamburger Hafen (ca. 400 MA, hybrides Arbeiten, 95-110k). Hätten Sie diese oder nächste Woche
        Zeit für einen kurzen Austausch? 15 Minuten am Telefon reichen völlig, gern auch abends.

        Schreiben Sie mir einfach ein paar Zeitfenster, dann rufe ich an.

        Beste Grüße aus der HafenCity
        Philipp Stöver
        Senior Consultant IT | Hanse Tech Talents GmbH
        Mobil +49 171 4410 883
        """)
    hs = hdr(addr("Philipp Stöver", "p.stoever@hansetechtalents.de"), "Kurzer Austausch? Teamlead TOS (Hamburg)",
             "2026-11-04 09:12:38", BER, "<0e1d2c3b-4a59-4687-9a6b-5c4d3e2f1a0b@hansetechtalents.de>",
             via="from mail.hansetechtalents.de (mail.hansetechtalents.de [88.99.61.230])")
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@neg(42, family="dentist", lang="de", company=None, days=(("Thu", "2026-10-08"),),
     note="Dental practice booking confirmation with ICS (Do., 08.10.2026, 08:15 Uhr): a fixed-time appointment, "
          "not a job interview")
def m42() -> bytes:
    body = t("""
        Guten Tag Jan Petersen,

        Ihr Termin ist bestätigt.

        Zahnarztpraxis Dr. Lohmann & Kolleginnen
        Behandlung: Professionelle Zahnreinigung (ca. 45 Min.)
        Datum: Donnerstag, 08.10.2026
        Uhrzeit: 08:15 Uhr
        Adresse: Osterstraße 61, 20259 Hamburg

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen
        Sie ihn bitte spätestens 24 Stunden vorher ab.

        Ihr Praxisplaner-Team
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Praxisplaner//Termine//DE", "METHOD:PUBLISH",
        VTZ["Europe/Berlin"], "BEGIN:VEVENT", "UID:pp-7740193-20261008@praxisplaner.de",
        "DTSTAMP:20260930T120544Z", "DTSTART;TZID=Europe/Berlin:20261008T081500",
        "DTEND;TZID=Europe/Berlin:20261008T090000",
        "SUMMARY:Zahnreinigung - Zahnarztpraxis Dr. Lohmann", "LOCATION:Osterstraße 61\\, 20259 Hamburg",
        "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr("Praxisplaner <termine@praxisplaner.de>", "Terminbestätigung: Zahnarztpraxis Dr. Lohmann & Kolleginnen",
             "2026-09-30 14:05:44", BER, "<pp.confirm.7740193@praxisplaner.de>",
             via="from mx-out2.praxisplaner.de (mx-out2.praxisplaner.de [212.83.48.161])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="8bit", filename="termin.ics",
                                      disposition="attachment")))


@neg(43, family="flat_viewing", lang="de", company=None, days=(("Sat", "2026-11-21"),),
     note="Property manager confirms a flat viewing in Kiel (Sa., 21.11., 11:30 Uhr): fixed time, not an interview")
def m43() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in Kiel-Düsternbrook (Niemannsweg 88, 2. OG,
        62 m², Fördeblick).

        Gern bestätige ich Ihnen den Besichtigungstermin am Samstag, 21.11., um 11:30 Uhr. Treffpunkt ist
        vor dem Hauseingang. Bitte bringen Sie zur Besichtigung eine Selbstauskunft, die letzten drei
        Gehaltsnachweise und eine Mietschuldenfreiheitsbescheinigung mit.

        Mit freundlichen Grüßen
        Holger Paulsen
        Förde Immobilienverwaltung GmbH
        """)
    hs = hdr(addr("Holger Paulsen", "h.paulsen@foerde-immobilien.de"),
             "Besichtigungstermin Niemannsweg 88 – Bestätigung", "2026-11-16 17:21:09", BER,
             "<20261116162109.7B3C1@foerde-immobilien.de>",
             via="from mail.foerde-immobilien.de (mail.foerde-immobilien.de [81.169.145.97])")
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@neg(44, family="parent_teacher", lang="de", company=None, days=(("Tue", "2026-11-24"),),
     note="Class teacher confirms a parent-teacher meeting (Di., 24.11., 16:45 Uhr, 15 Minuten): fixed time, not "
          "a job interview")
def m44() -> bytes:
    body = t("""
        Liebe Eltern von Ella,

        vielen Dank für Ihre Rückmeldung. Ich bestätige Ihnen gern das Elterngespräch am

        Dienstag, 24.11., um 16:45 Uhr (15 Minuten)

        in unserem Klassenraum 3b (Altbau, 1. Stock). Wir sprechen über Ellas Lernentwicklung im
        ersten Halbjahr; das Zeugnisgespräch findet wie immer im Januar statt.

        Herzliche Grüße
        Annette Wiese
        Klassenlehrerin 3b
        Grundschule Arnkielstraße
        """)
    hs = hdr(addr("Annette Wiese", "a.wiese@gs-arnkielstrasse.hamburg.de"), "Elterngespräch Klasse 3b",
             "2026-11-17 19:48:30", BER, "<a1e5b7c9-0d2f-4e6a-8b1c-3d5f7a9b0c2e@gs-arnkielstrasse.hamburg.de>",
             via="from mail.schule.hamburg.de (mail.schule.hamburg.de [149.249.244.50])",
             to="Jan Petersen <jan.petersen@example.org>, Katharina Petersen <katharina.petersen@example.com>")
    return message(hs, text(body))


@neg(45, family="current_job_event", lang="de", company=None, days=(("Fri", "2026-12-11"),),
     note="Outlook invite from Jan's current employer (auto-forwarded) for the Christmas party, Fr. 11.12. "
          "17:00-23:00: a fixed-time team event, not a job interview; company null (current job)")
def m45() -> bytes:
    body = t("""
        Wann: Freitag, 11. Dezember 2026 17:00-23:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Feuerschiff LV 13, City-Sporthafen

        *~*~*~*~*~*~*~*~*~*

        Moin zusammen,

        auch dieses Jahr feiern wir gemeinsam auf dem Feuerschiff! Ab 17 Uhr gibt's Glühwein an Deck,
        um 18:30 Uhr das Buffet, danach Wichteln (Budget 15 €). Bitte sagt über die Einladung zu oder ab,
        damit wir die Plätze planen können.

        Euer Orga-Team
        Quayside Systems GmbH
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        VTZ["W. Europe Standard Time"], "BEGIN:VEVENT",
        "ORGANIZER;CN=Orga-Team Events:mailto:events@quayside-systems.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alle Mitarbeitenden:mailto:alle@quayside-systems.de",
        "UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010000000F1E2D3C4",
        "SUMMARY;LANGUAGE=de-DE:Weihnachtsfeier 2026 🎄",
        "DTSTART;TZID=W. Europe Standard Time:20261211T170000",
        "DTEND;TZID=W. Europe Standard Time:20261211T230000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261113T081200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=de-DE:Feuerschiff LV 13\\, City-Sporthafen",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr(addr("Orga-Team Events", "events@quayside-systems.de"), "Weihnachtsfeier 2026 🎄",
             "2026-11-13 09:12:00", BER,
             "<FR3P281MB1530F0E1D2C3B4A59687A1B2C3D4E@FR3P281MB1530.DEUP281.PROD.OUTLOOK.COM>",
             to="Alle Mitarbeitenden <alle@quayside-systems.de>",
             via="from mail.quayside-systems.de (mail.quayside-systems.de [195.201.33.17])",
             extra=[("X-Forwarded-To", JAN), ("Content-Language", "de-DE")])
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@neg(46, family="webinar", lang="de", company=None, days=(("Thu", "2026-11-12"),),
     note="Zoom webinar registration 'Vorstellungsgespräche in der IT meistern', Do., 12. Nov. 2026, 18:00 MEZ: "
          "a fixed time about interviews, but a webinar")
def m46() -> bytes:
    body = t("""
        Hallo Jan,

        vielen Dank für Ihre Registrierung für "Vorstellungsgespräche in der IT meistern – Live-Q&A mit
        Tech-Recruiter:innen".

        Datum und Uhrzeit: 12. Nov. 2026 06:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Über PC, Mac, iPad oder Android teilnehmen:
        https://us06web.zoom.us/w/84410293377?tk=Xb2m9QeLr7

        Passcode: 221126

        Zum Kalender hinzufügen: Google Kalender | Outlook-Kalender (.ics) | Yahoo Kalender

        Sie können Ihre Registrierung jederzeit stornieren.

        Veranstalter: Nordic Tech Careers Community
        """)
    hs = hdr("Nordic Tech Careers Community <no-reply@zoom.us>",
             "Bestätigung zu Vorstellungsgespräche in der IT meistern – Live-Q&A mit Tech-Recruiter:innen",
             "2026-11-05 20:14:51", BER, "<Mb4JxyX2S1yQ8f3aRr0n1g@geopod-ismtpd-3>",
             via="from o11.zoom.us (o11.zoom.us [149.72.125.53])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(47, family="mailing_list", lang="en", company=None,
     note="Mailing-list reply about what technical interviews at shipping companies look like, with a "
          "past example ('mine last Tuesday at 2pm'): discussion, not Jan's interview")
def m47() -> bytes:
    body = t("""
        On Mon, Nov 30, 2026 at 08:12, Ingrid Solberg wrote:
        > Has anyone done the technical interview loop at one of the big container lines recently?
        > Trying to figure out whether to expect LeetCode or domain stuff.

        Had mine last Tuesday at 2pm (remote, 90 minutes). Almost no algorithms: they gave me a
        simplified stowage plan and asked me to model reefer slots and hazmat segregation, then
        talked about how I'd handle EDI BAPLIE messages that arrive out of order. The second half was
        a design discussion about event sourcing for container status.

        My advice: read up on EDIFACT basics and be ready to talk about idempotency.

        Cheers,
        Tomás

        --
        maritime-devs mailing list
        maritime-devs@lists.opensea-devs.org
        https://lists.opensea-devs.org/mailman/listinfo/maritime-devs
        """)
    hs = hdr(addr("Tomás Ferreira", "tomas.ferreira@example.com"),
             "Re: [maritime-devs] Technical interviews at container lines - what to expect?",
             "2026-11-30 10:27:44", "Europe/Lisbon", "<CAE9bq7Tk2_Xy0m4Rw8dLz5N1sP6vA3jH9cU0oF@mail.gmail.com>",
             to="maritime-devs@lists.opensea-devs.org",
             via="from lists.opensea-devs.org (lists.opensea-devs.org [45.79.220.18])",
             extra=[("In-Reply-To", "<20261130071244.GA3321@solberg.example.net>"),
                    ("List-Id", "Maritime software developers <maritime-devs.lists.opensea-devs.org>"),
                    ("List-Post", "<mailto:maritime-devs@lists.opensea-devs.org>"),
                    ("List-Unsubscribe", "<https://lists.opensea-devs.org/mailman/options/maritime-devs>"),
                    ("Precedence", "list"),
                    ("Sender", "maritime-devs <maritime-devs-bounces@lists.opensea-devs.org>")])
    return message(hs, text(body, cte="8bit"))


@neg(48, family="auto_reply", lang="de", company="Nordsee Reederei Holding AG",
     days=(("Wed", "2026-10-14"),),
     note="Out-of-office auto-reply from the Taleo contact to Jan's question about the new 14.10. slot: no "
          "appointment in it (the Taleo mail itself is the positive)")
def m48() -> bytes:
    body = t("""
        Sehr geehrte Damen und Herren,

        vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 09.10.2026, nicht im Haus und
        habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an unser Personalteam unter personal@nordsee-reederei.de
        oder 040 3019 2200.

        Mit freundlichen Grüßen
        Christian Lüders
        """)
    hs = hdr(addr("Lüders, Christian", "christian.lueders@nordsee-reederei.de"),
             "Automatische Antwort: Rückfrage zum Termin am 14.10.", "2026-10-08 11:02:37", BER,
             "<FR4P281MB3320B7A8C9D0E1F2A3B4C5D6E7F80@FR4P281MB3320.DEUP281.PROD.OUTLOOK.COM>",
             via="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2131.outbound.protection.outlook.com [40.107.135.131])",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<b3c1e0f9-2a7d-4e58-9c16-7f0a2b4d6e81@example.org>"),
                    ("Content-Language", "de-DE")])
    return message(hs, text(body))


@neg(49, family="bounce", lang="de", company=None,
     note="German MAILER-DAEMON bounce of Jan's speculative application (unknown recipient), with the "
          "returned message attached: no appointment")
def m49() -> bytes:
    report = t("""
        Dies ist eine automatisch erstellte Nachricht des Mailservers mx01.example.org.

        Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.
        Es handelt sich um einen dauerhaften Fehler; weitere Zustellversuche finden nicht statt.

        <karriere@seehafen-digital.de>: host mx.seehafen-digital.de[88.198.51.4] said:
            550 5.1.1 <karriere@seehafen-digital.de>: Recipient address rejected: User unknown
            (in reply to RCPT TO command)
        """)
    status = ("Reporting-MTA: dns; mx01.example.org\n"
              "X-Postfix-Queue-ID: 4Nq8Zt1Vx2z9K\n"
              "Arrival-Date: Thu, 3 Sep 2026 20:41:13 +0200 (CEST)\n\n"
              "Final-Recipient: rfc822; karriere@seehafen-digital.de\n"
              "Original-Recipient: rfc822;karriere@seehafen-digital.de\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; mx.seehafen-digital.de\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <karriere@seehafen-digital.de>: Recipient address rejected: User unknown\n")
    orig = message([("From", JAN_TO), ("To", "karriere@seehafen-digital.de"),
                    ("Subject", "Initiativbewerbung Jan Petersen - Softwareentwicklung"),
                    ("Date", date("2026-09-03 20:41:10", BER)),
                    ("Message-ID", "<7f0e2d1c-9b8a-4c6d-a5e4-3f2b1c0d9e8f@example.org>")],
                   text(t("""
                       Sehr geehrte Damen und Herren,

                       anbei sende ich Ihnen meine Initiativbewerbung als Softwareentwickler. Über die
                       Gelegenheit zu einem persönlichen Gespräch würde ich mich sehr freuen.

                       Mit freundlichen Grüßen
                       Jan Petersen
                       """)))
    hs = hdr("MAILER-DAEMON@mx01.example.org (Mail Delivery System)", "Unzustellbar: Initiativbewerbung Jan Petersen - Softwareentwicklung",
             "2026-09-03 20:41:15", BER, "<20260903184115.4Nq8Zt1Vx2z9K@mx01.example.org>",
             extra=[("Auto-Submitted", "auto-replied")])
    body = mixed(text(report),
                 raw_part([("Content-Type", "message/delivery-status")], status),
                 attached_message(orig),
                 params='report-type=delivery-status')
    body.headers[0] = ("Content-Type", body.headers[0][1].replace("multipart/mixed", "multipart/report"))
    return message(hs, body)


@neg(50, family="bank_advisor", lang="de", company=None, days=(("Wed", "2026-12-02"),),
     note="Bank confirms an advisory appointment on building finance (Mi., 02.12.2026, 17:00 Uhr, with ICS): "
          "fixed time, 'Beratungsgespräch' is not a job interview")
def m50() -> bytes:
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
        <p>Sehr geehrter Herr Petersen,</p>
        <p>hiermit bestätigen wir Ihr <b>Beratungsgespräch zur Baufinanzierung</b>:</p>
        <p>Mittwoch, 02.12.2026, 17:00 Uhr<br>
        Filiale Eppendorf, Eppendorfer Baum 12, 20249 Hamburg<br>
        Ihr Berater: Herr Malte Clausen</p>
        <p>Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen, Ihren Arbeitsvertrag sowie das Exposé der
        Immobilie mit.</p>
        <p>Freundliche Grüße<br>Ihre Alsterbank eG</p>
        <p style="font-size:10px;color:#777">Diese E-Mail wurde automatisch erstellt. Alsterbank eG, Sitz Hamburg.</p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Alsterbank eG//Terminvereinbarung//DE", "METHOD:REQUEST",
        VTZ["Europe/Berlin"], "BEGIN:VEVENT", "UID:ab-termin-20261202-1700-88412@alsterbank.de",
        "DTSTAMP:20261125T101500Z", "DTSTART;TZID=Europe/Berlin:20261202T170000",
        "DTEND;TZID=Europe/Berlin:20261202T180000", "SUMMARY:Beratungsgespräch Baufinanzierung",
        "LOCATION:Alsterbank Filiale Eppendorf\\, Eppendorfer Baum 12",
        "ORGANIZER;CN=Malte Clausen:mailto:malte.clausen@alsterbank.de",
        "ATTENDEE;CN=Jan Petersen;RSVP=TRUE:mailto:jan.petersen@example.org",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""])
    hs = hdr("Alsterbank eG <termine@alsterbank.de>", "Terminbestätigung: Ihr Beratungsgespräch am 02.12.2026",
             "2026-11-25 11:15:00", BER, "<termin.88412.20261125@alsterbank.de>",
             via="from mailout.alsterbank.de (mailout.alsterbank.de [193.31.12.40])")
    return message(hs, mixed(html(page, charset="iso-8859-1", cte="base64"),
                             calendar(ics, cte="quoted-printable", filename="Beratungstermin.ics", disposition="attachment")))
