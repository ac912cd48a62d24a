"""blind157: 50 hand-written mails from the inbox of Tobias Huber, an automotive embedded-software
engineer in Regensburg (Europe/Berlin), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. One function per mail; ``make.py`` does the MIME plumbing and the checks. Build with
``python3 bench/heldout/make_blind.py blind157``. Keys 1-23 are positives, 24-50 negatives; the file
number of the mail written key-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import hashlib
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
)

ORDER = random.Random(1570157).sample(range(1, 51), 50)
SET = "blind157"
ME = "tobias.huber@example.org"
TOBIAS = addr("Tobias Huber", ME)
BER = "Europe/Berlin"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def hdr(frm: str, subject: str, when: str, zone: str, mid: str, *, via: str, to: str = TOBIAS,
        extra: tuple[tuple[str, str], ...] = (), lag: int = 3, charset: str = "utf-8") -> list:
    ident = "mx01.example.org (Postfix) with ESMTPS id " + hashlib.sha1(mid.encode(), usedforsecurity=False).hexdigest()[:11].upper()
    return [
        ("Delivered-To", ME),
        ("Received", received(via, when, zone, ident, ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def vtz(zone: str) -> str:
    """An IANA-named VTIMEZONE with the EU rules (Berlin, Vienna, Prague share them)."""
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", zone)


def paras(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222",
          charset: str = "utf-8") -> str:
    """A plain HTML twin of a text body: one <p> per paragraph, <br> inside."""
    import html as _html

    blocks = [b for b in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in b.split("\n")) + "</p>" for b in blocks)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-10T12:00:00Z", end="2026-09-10T13:00:00Z",
      contact="miriam.kessler@kestrel-mobility.de", company="Kestrel Mobility GmbH",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 15:00", zone=BER,
      note="Greenhouse confirmation sent from greenhouse-mail.io (Date in UTC); '2:00 PM - 3:00 PM CEST' "
           "on Thu 10 Sep = 12:00-13:00Z, ICS in UTC agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Tobias,

        Thank you for your interest in Kestrel Mobility! This email confirms your interview for the
        Embedded Software Engineer - Battery Management role.

        Interview details
        Date: Thursday, September 10, 2026
        Time: 2:00 PM - 3:00 PM CEST (Europe/Berlin)
        Location: Microsoft Teams (the link is in the attached calendar invitation)

        You will be meeting with:
        - Jakob Rauscher, Team Lead BMS Firmware
        - Miriam Kessler, Technical Recruiter

        If you need to reschedule, simply reply to this email and Miriam will help you find a new time.

        Best regards,
        Miriam Kessler
        Talent Acquisition | Kestrel Mobility GmbH
        Leopoldstrasse 212, 80807 Muenchen
    """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#24292f">
        <tr><td style="padding:24px 32px">
        <p>Hi Tobias,</p>
        <p>Thank you for your interest in Kestrel Mobility! This email confirms your interview for the
        <strong>Embedded Software Engineer - Battery Management</strong> role.</p>
        <h3 style="margin:24px 0 8px">Interview details</h3>
        <table role="presentation" cellpadding="4">
        <tr><td style="color:#57606a">Date</td><td>Thursday, September 10, 2026</td></tr>
        <tr><td style="color:#57606a">Time</td><td>2:00 PM - 3:00 PM CEST (Europe/Berlin)</td></tr>
        <tr><td style="color:#57606a">Location</td><td>Microsoft Teams (the link is in the attached calendar invitation)</td></tr>
        </table>
        <p>You will be meeting with:</p>
        <ul><li>Jakob Rauscher, Team Lead BMS Firmware</li><li>Miriam Kessler, Technical Recruiter</li></ul>
        <p>If you need to reschedule, simply reply to this email and Miriam will help you find a new time.</p>
        <p>Best regards,<br>Miriam Kessler<br>Talent Acquisition | Kestrel Mobility GmbH<br>
        Leopoldstrasse 212, 80807 Muenchen</p>
        </td></tr></table>
        <img src="https://u4821.ct.sendgrid.net/wf/open?upn=Kx7fQ2" width="1" height="1" alt="">
        </td></tr></table></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-58213377-2914@greenhouse.io
        DTSTAMP:20260908T081400Z
        DTSTART:20260910T120000Z
        DTEND:20260910T130000Z
        SUMMARY:Interview: Tobias Huber (Embedded Software Engineer - Battery Management)
        ORGANIZER;CN=Miriam Kessler:mailto:miriam.kessler@kestrel-mobility.de
        ATTENDEE;CN=Tobias Huber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.huber@example.org
        ATTENDEE;CN=Jakob Rauscher;ROLE=REQ-PARTICIPANT:mailto:jakob.rauscher@kestrel-mobility.de
        LOCATION:Microsoft Teams
        DESCRIPTION:Join on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_KsT42\\nMeeting ID: 318 554 902 117
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    return message(
        hdr("Kestrel Mobility <no-reply@us.greenhouse-mail.io>",
            "Interview Confirmation: Embedded Software Engineer - Battery Management at Kestrel Mobility",
            "2026-09-08 08:14", "UTC", "<fG7pQm2RTKa0x1BvH9cWqw@geopod-ismtpd-3-12>",
            via="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.44.12])",
            extra=(("Reply-To", "Miriam Kessler <miriam.kessler@kestrel-mobility.de>"),
                   ("X-SG-EID", "u001.Qk3v8d0PLm7hJ2"))),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)),
    )


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-22T07:30:00Z", end="2026-09-22T08:30:00Z",
      contact="lisa.brunner@donautal-sensorik.de", company="Donautal Sensorik GmbH",
      local="Tue 2026-09-22 09:30", local_end="2026-09-22 10:30", zone=BER,
      note="Personio Einladung in ISO-8859-1 quoted-printable: 'Dienstag, 22.09.2026, 09:30 - 10:30 Uhr' vor Ort "
           "in Regensburg, CEST (UTC+2) -> 07:30-08:30Z; contact = human Reply-To (Lisa Brunner)")
def m02() -> bytes:
    body = t("""
        Sehr geehrter Herr Huber,

        vielen Dank für Ihre Bewerbung als Embedded C Entwickler (m/w/d) und das nette Telefonat
        am Freitag. Hiermit bestätigen wir Ihnen den Termin für das persönliche Gespräch:

        Datum:   Dienstag, 22.09.2026
        Uhrzeit: 09:30 - 10:30 Uhr
        Ort:     Donautal Sensorik GmbH, Im Gewerbepark C 17, 93059 Regensburg
                 (Empfang im Erdgeschoss, Besucherparkplätze vor Haus C)

        Gesprächspartner: Herr Thomas Meindl (Teamleitung Firmware) und ich.

        Bitte bringen Sie, falls vorhanden, Ihre letzten Arbeitszeugnisse mit. Sollte Ihnen der
        Termin doch nicht passen, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Lisa Brunner
        Personalreferentin
        Donautal Sensorik GmbH
        Tel. +49 941 5559 1240

        Diese Nachricht wurde über Personio versendet.
    """)
    return message(
        hdr("Donautal Sensorik GmbH <no-reply@personio.de>",
            "Ihr Vorstellungsgespräch bei der Donautal Sensorik GmbH", "2026-09-14 11:02", BER,
            "<0102019a44c1b7e3-5c1f8a2e-7d55-4b0e-9f3a-2e61c7d0aa41-000000@eu-central-1.amazonses.com>",
            via="from a7-12.smtp-out.eu-central-1.amazonses.com (a7-12.smtp-out.eu-central-1.amazonses.com [23.251.234.12])",
            extra=(("Reply-To", "Lisa Brunner <lisa.brunner@donautal-sensorik.de>"),),
            charset="iso-8859-1"),
        alt(text(body, charset="iso-8859-1"),
            html(paras(body, charset="iso-8859-1"), charset="iso-8859-1")),
    )


@mail(n(3), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-09-24T13:00:00Z", end=None,
      contact="lisa.brunner@donautal-sensorik.de", company="Donautal Sensorik GmbH",
      local="Thu 2026-09-24 15:00", zone=BER,
      note="Outlook-Antwort (windows-1252) im Thread zu Donautal: neuer Termin 'Donnerstag, 24.09., 15:00 Uhr "
           "(statt Dienstag 09:30 Uhr)' fix, CEST -> 13:00Z; 'ca. eine Stunde' -> end null; contact = Absenderin")
def m03() -> bytes:
    body = t("""
        Hallo Herr Huber,

        vielen Dank für die schnelle Rückmeldung – dann machen wir das so: der neue Termin ist
        Donnerstag, 24.09., um 15:00 Uhr (statt Dienstag, 22.09., 09:30 Uhr). Herr Meindl hat sich
        den Nachmittag freigehalten, Dauer wie gehabt ca. eine Stunde, Ort unverändert.

        Nochmals Entschuldigung für die Umstände und bis Donnerstag!

        Viele Grüße
        Lisa Brunner

        Donautal Sensorik GmbH | Personal
        Im Gewerbepark C 17 | 93059 Regensburg
        Tel. +49 941 5559 1240

        -----Ursprüngliche Nachricht-----
        Von: Tobias Huber <tobias.huber@example.org>
        Gesendet: Freitag, 18. September 2026 13:51
        An: Lisa Brunner <lisa.brunner@donautal-sensorik.de>
        Betreff: AW: Terminverschiebung Vorstellungsgespräch

        Hallo Frau Brunner,

        kein Problem, Donnerstag um 15 Uhr passt mir gut.

        Viele Grüße
        Tobias Huber

        -----Ursprüngliche Nachricht-----
        Von: Lisa Brunner <lisa.brunner@donautal-sensorik.de>
        Gesendet: Freitag, 18. September 2026 11:20
        An: Tobias Huber <tobias.huber@example.org>
        Betreff: Terminverschiebung Vorstellungsgespräch

        Hallo Herr Huber,

        leider ist Herr Meindl am Dienstag kurzfristig auf Dienstreise. Wäre es für Sie möglich,
        statt Dienstag um 09:30 Uhr am Donnerstag, 24.09., um 15:00 Uhr zu kommen?

        Viele Grüße
        Lisa Brunner
    """)
    return message(
        hdr(addr("Lisa Brunner", "lisa.brunner@donautal-sensorik.de"),
            "AW: Terminverschiebung Vorstellungsgespräch", "2026-09-18 14:37", BER,
            "<AM9PR08MB7215C3E1F0A94D2B8C6E1A44D9A2@AM9PR08MB7215.eurprd08.prod.outlook.com>",
            via="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2107.outbound.protection.outlook.com [40.107.22.107])",
            extra=(("In-Reply-To", "<CAH3tb5Lr0xQ8@mail.example.org>"),
                   ("References", "<AM9PR08MB7215A1@AM9PR08MB7215.eurprd08.prod.outlook.com> <CAH3tb5Lr0xQ8@mail.example.org>"),
                   ("Thread-Topic", "Terminverschiebung =?windows-1252?Q?Vorstellungsgespr=E4ch?="),
                   ("Content-Language", "de-DE"),
                   ("X-MS-Has-Attach", "")),
            charset="windows-1252"),
        text(body, charset="windows-1252"),
    )


@mail(n(4), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start="2026-09-16T14:00:00Z", end="2026-09-16T14:45:00Z",
      contact="jonas.aigner@lumo-charging.de", company="Lumo Charging GmbH",
      local="Wed 2026-09-16 16:00", local_end="2026-09-16 16:45", zone=BER,
      note="Teamtailor-Bestätigung (du): 'Mittwoch, 16.09.2026 um 16:00 Uhr', '45 Minuten' -> end; CEST -> "
           "14:00-14:45Z; ICS in UTC agrees; contact = human Reply-To")
def m04() -> bytes:
    body = t("""
        Hey Tobias,

        schön, dass es geklappt hat! Hier nochmal alle Infos zu deinem Kennenlerngespräch für die
        Stelle als Firmware Engineer Ladeinfrastruktur (m/w/d):

        📅 Mittwoch, 16.09.2026 um 16:00 Uhr (45 Minuten)
        📍 Google Meet – https://meet.google.com/qvx-bmta-kzr

        Dabei sind Jonas (Talent) und Valentina (Head of Embedded). Wir wollen dich vor allem
        kennenlernen, ein bisschen über deine Projekte sprechen und dir zeigen, woran wir gerade
        bauen. Vorbereiten musst du nichts.

        Falls was dazwischenkommt, antworte einfach auf diese Mail.

        Bis Mittwoch!
        Jonas Aigner
        Lumo Charging GmbH

        --
        Gesendet mit Teamtailor · Datenschutz: https://lumo-charging.teamtailor.com/de/privacy
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-3318842@teamtailor.com
        DTSTAMP:20260910T154512Z
        DTSTART:20260916T140000Z
        DTEND:20260916T144500Z
        SUMMARY:Kennenlernen Lumo Charging – Tobias Huber
        LOCATION:https://meet.google.com/qvx-bmta-kzr
        ORGANIZER;CN=Jonas Aigner:mailto:jonas.aigner@lumo-charging.de
        ATTENDEE;CN=Tobias Huber;RSVP=TRUE:mailto:tobias.huber@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    return message(
        hdr("Jonas Aigner | Lumo Charging <no-reply@teamtailor-mail.com>",
            "Dein Kennenlerngespräch bei Lumo Charging 🚀", "2026-09-10 15:45", "UTC",
            "<64a1f0c2e5d7b_3f1a2c8e41@teamtailor-mail.com>",
            via="from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [198.2.131.17])",
            extra=(("Reply-To", "Jonas Aigner <jonas.aigner@lumo-charging.de>"),
                   ("X-Mailgun-Tag", "interview_invitation"))),
        mixed(alt(text(body), html(paras(body))),
              calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")),
    )


@mail(n(5), family="human_prose", lang="de", interview=True, kind="cancelled",
      start="2026-09-28T09:00:00Z", end=None,
      contact="jonas.aigner@lumo-charging.de", company="Lumo Charging GmbH",
      local="Mon 2026-09-28 11:00", zone=BER,
      note="Absage des zweiten Gesprächs ('unser Gespräch am Montag um 11 Uhr'); Montag = 28.09. laut Date "
           "(Do 24.09.) und zitierter Bestätigung, CEST -> 09:00Z; kein neuer Termin; contact = Absender")
def m05() -> bytes:
    body = t("""
        Hi Tobias,

        leider muss ich dir eine blöde Nachricht schreiben: unser Gespräch am Montag um 11 Uhr
        bei uns im Büro muss ich absagen. Wir haben die Stelle gestern intern besetzt – eine
        Kollegin aus dem Hardware-Team wechselt rüber. Das hat nichts mit dir zu tun, Valentina
        war nach eurem Call echt angetan.

        Wenn's für dich ok ist, würde ich dich gern in unserem Talent Pool behalten und mich
        melden, sobald wir im Q1 die nächste Firmware-Stelle aufmachen.

        Sorry nochmal und liebe Grüße
        Jonas

        Am Fr., 18. Sept. 2026 um 10:03 Uhr schrieb Jonas Aigner <jonas.aigner@lumo-charging.de>:
        > Hi Tobias,
        >
        > super, dann halten wir fest: zweite Runde am Montag, 28.09., um 11:00 Uhr bei uns in
        > der Landsberger Straße, ca. 2 Stunden inkl. Pairing-Session.
        >
        > Bis dann
        > Jonas
    """)
    return message(
        hdr(addr("Jonas Aigner", "jonas.aigner@lumo-charging.de"),
            "Re: Zweite Runde bei Lumo", "2026-09-24 09:12", BER,
            "<CAOa8mXq7Rb+p1dKe_3vT9LnG2yZc@mail.gmail.com>",
            via="from mail-ej1-f49.google.com (mail-ej1-f49.google.com [209.85.218.49])",
            extra=(("In-Reply-To", "<CAOa8mXp0nE7v@mail.gmail.com>"),
                   ("References", "<CAOa8mXp0nE7v@mail.gmail.com>"))),
        alt(text(body), html(gmail_html(body))),
    )


@mail(n(6), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-09-29T11:30:00Z", end="2026-09-29T13:00:00Z",
      contact="petra.novakova@radbuza-drive.cz", company="Radbuza Drive Systems s.r.o.",
      local="Tue 2026-09-29 13:30", local_end="2026-09-29 15:00", zone="Europe/Prague",
      note="Czech employer (Pilsen) writing in English via SmartRecruiters, HTML only, base64: 'Tuesday, "
           "29 September 2026, 13:30 - 15:00 (Prague time, CEST)' -> 11:30-13:00Z; contact = human Reply-To")
def m06() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="UTF-8"><title>Interview invitation</title></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333;background:#fafafa">
        <div style="max-width:620px;margin:0 auto;background:#fff;padding:28px">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/radbuza.png" alt="Radbuza Drive Systems" height="40">
        <p>Dear Tobias,</p>
        <p>thank you for your application for the position <b>Senior Embedded Software Engineer (Motor Control)</b>.
        We are happy to confirm your on-site interview in Pilsen:</p>
        <table style="border-collapse:collapse;margin:12px 0">
        <tr><td style="padding:4px 12px 4px 0;color:#777">When</td><td>Tuesday, 29 September 2026, 13:30 - 15:00 (Prague time, CEST)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#777">Where</td><td>Radbuza Drive Systems s.r.o., Technologick&aacute; 12, 301 00 Plze&#328;, building B, reception</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#777">With</td><td>Martin Dvo&#345;&aacute;k (R&amp;D Manager), Petra Nov&aacute;kov&aacute; (HR)</td></tr>
        </table>
        <p>Please bring an ID card for the visitor badge. Parking is available in front of building B.
        We reimburse travel costs from Regensburg (train or 0.25 EUR/km).</p>
        <p>If anything changes, just reply to this e-mail.</p>
        <p>Kind regards,<br>Petra Nov&aacute;kov&aacute;<br>HR Business Partner<br>Radbuza Drive Systems s.r.o.</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters &middot; You received this e-mail because you applied for a job at Radbuza Drive Systems.</p>
        </div></body></html>
    """)
    return message(
        hdr("Radbuza Drive Systems <noreply@smartrecruiters.com>",
            "Interview invitation - Senior Embedded Software Engineer (Motor Control)",
            "2026-09-22 09:30", "Europe/Prague", "<20260922073012.8f3e1c.41772@smartrecruiters.com>",
            via="from mta-193-47.smartrecruiters.com (mta-193-47.smartrecruiters.com [185.211.193.47])",
            extra=(("Reply-To", addr("Petra Nováková", "petra.novakova@radbuza-drive.cz")),)),
        html(page, cte="base64"),
    )


@mail(n(7), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-09-30T12:00:00Z", end="2026-09-30T13:00:00Z",
      contact="markus.egger@pegnitz-mobility.de", company="Pegnitz Mobility Solutions GmbH",
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 15:00", zone=BER,
      note="Microsoft Bookings (Shared Mailbox): Anzeige '(UTC+01:00) Amsterdam, Berlin...' zeigt den "
           "Standard-Offset, am 30.09. gilt aber CEST -> 14:00 = 12:00Z (ICS W. Europe Standard Time bestätigt); "
           "contact = persönliche Adresse im Text, nicht die Bookings-Mailbox")
def m07() -> bytes:
    body = t("""
        Hallo Tobias Huber,

        vielen Dank für Ihre Buchung bei Pegnitz Mobility Solutions – Recruiting.

        Ihre Buchung wurde bestätigt.

        Dienst:     Vorstellungsgespräch Embedded Software (Video)
        Datum:      Mittwoch, 30. September 2026
        Uhrzeit:    14:00 - 15:00
        Zeitzone:   (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Mitarbeiter: Markus Egger

        Über Microsoft Teams teilnehmen
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTk4ZGQ1

        Bei Rückfragen zum Gespräch erreichen Sie Herrn Egger direkt unter
        markus.egger@pegnitz-mobility.de.

        Buchung verwalten: https://outlook.office365.com/owa/calendar/PegnitzRecruiting@pegnitz-mobility.de/bookings/
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Pegnitz Mobility Recruiting:mailto:PegnitzRecruiting@pegnitz-mobility.de",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Huber:mailto:tobias.huber@example.org",
        "DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch Embedded Software (Video)\\nMitarbeiter: Markus Egger\\n",
        "UID:040000008200E00074C5B7101A82E00800000000B0E4A3F1C24BDC01000000000000000010000000F1C2",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Embedded Software (Video)",
        "DTSTART;TZID=W. Europe Standard Time:20260930T140000",
        "DTEND;TZID=W. Europe Standard Time:20260930T150000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260923T140512Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(
        hdr("Pegnitz Mobility Recruiting <PegnitzRecruiting@pegnitz-mobility.de>",
            "Ihre Buchung wurde bestätigt: Vorstellungsgespräch Embedded Software (Video)",
            "2026-09-23 16:05", BER,
            "<DB9PR02MB9610E0A1C3B1F3D2A9B7E4C8F7@DB9PR02MB9610.eurprd02.prod.outlook.com>",
            via="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2091.outbound.protection.outlook.com [40.107.249.91])",
            extra=(("Thread-Topic", enc("Ihre Buchung wurde bestätigt")),
                   ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
                   ("Content-Language", "de-DE"))),
        alt(text(body), html(paras(body, style="font-family:'Segoe UI',sans-serif;font-size:11pt")),
            calendar(ics, cte="base64")),
    )


@mail(n(8), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-10-07T08:30:00Z", end="2026-10-07T09:30:00Z",
      contact="sandra.woelfl@frankenwerk.de", company="Frankenwerk Antriebstechnik AG",
      local="Wed 2026-10-07 10:30", local_end="2026-10-07 11:30", zone=BER,
      note="softgarden, nur HTML, base64: 'Mittwoch, 07.10.2026, 10:30 – 11:30 Uhr' in Nürnberg, CEST -> "
           "08:30-09:30Z; contact = Reply-To (Name RFC 2047-kodiert)")
def m08() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#1d1d1b">
        <table width="640" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3">
        <tr><td style="background:#00457c;padding:16px 24px;color:#fff;font-size:18px">Frankenwerk Antriebstechnik AG</td></tr>
        <tr><td style="padding:24px">
        <p>Sehr geehrter Herr Huber,</p>
        <p>wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position
        <strong>Softwareentwickler Embedded Systems – Elektrische Antriebe (m/w/d)</strong> einzuladen,
        und bestätigen Ihnen hiermit den vereinbarten Termin:</p>
        <p style="background:#f2f6fa;padding:12px 16px;border-left:4px solid #00457c">
        <strong>Mittwoch, 07.10.2026, 10:30 – 11:30 Uhr</strong><br>
        Frankenwerk Antriebstechnik AG, Südwestpark 61, 90449 Nürnberg<br>
        Bitte melden Sie sich am Empfang in Gebäude 2.</p>
        <p>Ihre Gesprächspartner sind Herr Dr. Holger Baumgärtner (Leitung Softwareentwicklung) und
        Frau Sandra Wölfl (Personal).</p>
        <p>Reisekosten erstatten wir Ihnen gerne nach Vorlage der Belege.</p>
        <p>Mit freundlichen Grüßen<br>Sandra Wölfl<br>Human Resources</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:10px;color:#888;border-top:1px solid #e3e3e3">
        Diese E-Mail wurde über das Bewerbermanagement von softgarden versendet.
        <a href="https://frankenwerk.softgarden.io/de/privacy">Datenschutz</a></td></tr>
        </table></body></html>
    """)
    return message(
        hdr("Frankenwerk Antriebstechnik AG <noreply@softgarden.io>",
            "Einladung zum Vorstellungsgespräch – Softwareentwickler Embedded Systems",
            "2026-09-30 10:20", BER, "<1727684400123.44817.sg-mailer@softgarden.io>",
            via="from mx-out-2.softgarden.io (mx-out-2.softgarden.io [85.158.186.34])",
            extra=(("Reply-To", addr("Sandra Wölfl", "sandra.woelfl@frankenwerk.de")),)),
        html(page, cte="base64"),
    )


TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät teil
    Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
    Besprechungs-ID: {num}
    Passcode: {code}
    Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
""")


def outlook_ics(method: str, organizer: tuple[str, str], uid: str, summary: str, start: str, end: str,
                stamp: str, seq: int = 0, status: str = "CONFIRMED", location: str = "Microsoft Teams-Besprechung",
                attendees: tuple[tuple[str, str], ...] = (("Tobias Huber", ME),), extra: tuple[str, ...] = ()) -> str:
    """An Exchange/Outlook VCALENDAR with the Windows zone name W. Europe Standard Time."""
    lines = [
        "BEGIN:VCALENDAR",
        f"METHOD:{method}",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        *[f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a}:mailto:{b}" for a, b in attendees],
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=de-DE:{summary}",
        f"DTSTART;TZID=W. Europe Standard Time:{start}",
        f"DTEND;TZID=W. Europe Standard Time:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{status}",
        f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE=de-DE:{location}",
        *extra,
        "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq),
        "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines)


@mail(n(9), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-10-08T11:00:00Z", end="2026-10-08T13:00:00Z",
      contact="miriam.kessler@kestrel-mobility.de", company="Kestrel Mobility GmbH",
      local="Thu 2026-10-08 13:00", local_end="2026-10-08 15:00", zone=BER,
      note="Greenhouse reschedule (thread with the September confirmation): previous Tue 6 Oct 10:00 AM, new "
           "'Thursday, October 8, 2026, 1:00 PM - 3:00 PM CEST' -> 11:00-13:00Z (ICS SEQUENCE 1 agrees); "
           "contact = human Reply-To")
def m09() -> bytes:
    body = t("""
        Hi Tobias,

        Your onsite interview with Kestrel Mobility has been rescheduled. We're sorry for the change -
        one of the panelists is travelling to a customer on Tuesday.

        Previous time: Tuesday, October 6, 2026, 10:00 AM - 12:00 PM CEST
        New time:      Thursday, October 8, 2026, 1:00 PM - 3:00 PM CEST

        Location: Kestrel Mobility GmbH, Leopoldstrasse 212, 80807 Muenchen (4th floor, ask for Miriam)

        Agenda
        1:00 PM  System design: BMS state machine (Jakob Rauscher, Anja Feldmeier)
        2:00 PM  Coding exercise in C (Stefan Wirth)
        2:45 PM  Q&A and office tour (Miriam Kessler)

        An updated calendar invitation is attached. If the new time doesn't work, reply to this email.

        Best,
        Miriam
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software Inc//Greenhouse Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-58213377-3307@greenhouse.io
        DTSTAMP:20261002T075002Z
        DTSTART:20261008T110000Z
        DTEND:20261008T130000Z
        SUMMARY:Onsite Interview: Tobias Huber (Embedded Software Engineer - Battery Management)
        ORGANIZER;CN=Miriam Kessler:mailto:miriam.kessler@kestrel-mobility.de
        ATTENDEE;CN=Tobias Huber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.huber@example.org
        LOCATION:Kestrel Mobility GmbH\\, Leopoldstrasse 212\\, 80807 Muenchen
        STATUS:CONFIRMED
        SEQUENCE:1
        END:VEVENT
        END:VCALENDAR
    """)
    return message(
        hdr("Kestrel Mobility <no-reply@us.greenhouse-mail.io>",
            "Updated: Onsite Interview for Embedded Software Engineer - Battery Management",
            "2026-10-02 07:50", "UTC", "<Rq4dVn8sQ0-7HhY2cLkW1g@geopod-ismtpd-5-3>",
            via="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.44.12])",
            extra=(("Reply-To", "Miriam Kessler <miriam.kessler@kestrel-mobility.de>"),)),
        mixed(alt(text(body), html(paras(body))),
              calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)),
    )


@mail(n(10), family="human_prose", lang="de-bavarian", interview=True, kind="scheduled",
      start="2026-10-15T07:45:00Z", end=None,
      contact="sepp.dirnberger@oberpfalz-embedded.de", company="Oberpfalz Embedded Systems GmbH",
      local="Thu 2026-10-15 09:45", zone=BER,
      note="Bairische Handy-Antwort des Teamleiters: 'am Donnerstag um dreiviertel zehn' = 09:45; Date Mo "
           "12.10. -> Do 15.10., CEST -> 07:45Z; 'ca. ner Stunde' -> end null; contact = Absender")
def m10() -> bytes:
    body = t("""
        Servus Tobias,

        passt, dann sehn ma uns am Donnerstag um dreiviertel zehn bei uns in der Galgenbergstraße.
        Klingeln bei OES, 2. Stock, Parkplätze im Hof san meistens frei.

        Bring gern dein Laptop mit, dann schaun ma uns kurz was von deinem CAN-Treiber an. Rechne mit
        ca. ner Stunde, der Franz vom Test is a dabei.

        Gruß
        Sepp

        Von meinem iPhone gesendet

        > Am 12.10.2026 um 17:58 schrieb Tobias Huber <tobias.huber@example.org>:
        >
        > Servus Sepp,
        >
        > danke für den Anruf vorhin! Donnerstag Vormittag würd bei mir gehen, am liebsten vor
        > zehn, weil ich danach noch in die Arbeit muss.
        >
        > Viele Grüße
        > Tobias
    """)
    return message(
        hdr(addr("Sepp Dirnberger", "sepp.dirnberger@oberpfalz-embedded.de"),
            "Re: Gespräch bei OES", "2026-10-12 18:41", BER,
            "<7C1E2F0A-9B44-4E0D-8D6A-1F3C5B2A9E77@oberpfalz-embedded.de>",
            via="from mout.kundenserver.de (mout.kundenserver.de [212.227.17.13])",
            extra=(("In-Reply-To", "<b3f1c0de-22a1-4c77-a9d2-5e8f10c4d6b2@example.org>"),
                   ("X-Mailer", "iPhone Mail (22A3354)"))),
        text(body, cte="8bit"),
    )


@mail(n(11), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
      contact="claudia.reisinger@audax-fe.de", company="Audax Fahrzeugelektronik GmbH",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=BER,
      note="Outlook-Besprechungsanfrage, gesendet Do 22.10. in CEST; Termin Mo 26.10. nach der Umstellung auf "
           "MEZ (25.10.) -> 10:00 = 09:00Z; ICS mit TZID 'W. Europe Standard Time' bestätigt; contact = ORGANIZER/Absenderin")
def m11() -> bytes:
    teams = TEAMS_DE.format(mid="ZDk3YjE4NWEtOGQ5", num="372 915 448 210", code="wR7kQ2")
    body = t("""
        Hallo Herr Huber,

        wie heute Vormittag am Telefon besprochen sende ich Ihnen hiermit die Einladung zum
        Vorstellungsgespräch für die Stelle Embedded Software Engineer Steuergeräte (m/w/d).

        Termin: Montag, 26. Oktober 2026, 10:00 – 11:00 Uhr (per Microsoft Teams)
        Teilnehmer: Herr Ralf Obermeier (Abteilungsleitung Body Control), Frau Ivana Kostić (Software-
        Architektur) und ich.

        Bitte nehmen Sie die Einladung kurz an, damit sie in unserem Kalender als bestätigt erscheint.

        Mit freundlichen Grüßen
        Claudia Reisinger
        Recruiting
        Audax Fahrzeugelektronik GmbH | Ettinger Straße 70 | 85057 Ingolstadt

    """) + teams
    ics = outlook_ics("REQUEST", ("Claudia Reisinger", "claudia.reisinger@audax-fe.de"),
                      "040000008200E00074C5B7101A82E0080000000060F1D0AB6A62DC01000000000000000010000000A9F0",
                      "Vorstellungsgespräch Tobias Huber – Embedded Software Engineer Steuergeräte",
                      "20261026T100000", "20261026T110000", "20261022T093011Z",
                      attendees=(("Tobias Huber", ME), ("Ralf Obermeier", "ralf.obermeier@audax-fe.de"),
                                 ("Ivana Kostić", "ivana.kostic@audax-fe.de")))
    return message(
        hdr(addr("Reisinger, Claudia", "claudia.reisinger@audax-fe.de"),
            "Vorstellungsgespräch Tobias Huber – Embedded Software Engineer Steuergeräte",
            "2026-10-22 11:30", BER,
            "<FR3P281MB2744D7C0E83BC4A1F0C2B5D1E6A30@FR3P281MB2744.DEUP281.PROD.OUTLOOK.COM>",
            via="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2120.outbound.protection.outlook.com [40.107.135.120])",
            extra=(("Thread-Topic", enc("Vorstellungsgespräch Tobias Huber – Embedded Software Engineer Steuergeräte")),
                   ("Thread-Index", "AdtF3kq9bR2sLk7nQ0yVxZc4p1T8Ew=="),
                   ("Content-Language", "de-DE"),
                   ("X-MS-Has-Attach", ""),
                   ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
            calendar(ics, cte="base64")),
    )


@mail(n(12), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-04T08:00:00Z", end="2026-11-04T08:30:00Z",
      contact="ryan.castillo@brightfold.io", company="Brightfold Robotics",
      local="Wed 2026-11-04 09:00", local_end="2026-11-04 09:30", zone=BER,
      note="Calendly invitee confirmation shown in the invitee's zone: '09:00am - 09:30am, Wednesday, November "
           "4, 2026 (Central European Time)' -> 08:00-08:30Z (after the 25 Oct switch); ICS in UTC agrees; "
           "contact = Reply-To host (US remote team)")
def m12() -> bytes:
    body = t("""
        Hi Tobias Huber,

        Your Engineering Screen with Ryan Castillo at Brightfold Robotics is scheduled.

        Event Type:
        Engineering Screen (30 min)

        Event Date/Time:
        09:00am - 09:30am (Central European Time), Wednesday, November 4, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/hzk-rwpa-fme

        Invitee Time Zone:
        Central European Time

        Questions:
        Anything you'd like us to know before the call?
        I'm based in Regensburg, currently working on AUTOSAR Classic body ECUs.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8b0f6d2e-a71c-4f0e-b9d4-2c1a77e9f0d3
        Reschedule: https://calendly.com/reschedulings/8b0f6d2e-a71c-4f0e-b9d4-2c1a77e9f0d3

        Powered by Calendly.com
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261030T191122Z
        UID:8b0f6d2e-a71c-4f0e-b9d4-2c1a77e9f0d3@calendly.com
        DTSTART:20261104T080000Z
        DTEND:20261104T083000Z
        SUMMARY:Engineering Screen: Tobias Huber and Ryan Castillo
        ORGANIZER;CN=Ryan Castillo:mailto:ryan.castillo@brightfold.io
        ATTENDEE;CN=Tobias Huber;PARTSTAT=ACCEPTED:mailto:tobias.huber@example.org
        LOCATION:https://meet.google.com/hzk-rwpa-fme
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    return message(
        hdr("Calendly <notifications@calendly.com>",
            "Confirmed: Engineering Screen with Ryan Castillo on Wednesday, November 4, 2026",
            "2026-10-30 19:11", "UTC", "<0100018f3e6a2b1c-6a1d0f7e-2c4b-4e91-8f77-3a0c5e12d9b4-000000@email.amazonses.com>",
            via="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
            extra=(("Reply-To", "Ryan Castillo <ryan.castillo@brightfold.io>"),)),
        mixed(alt(text(body), html(paras(body, style="font-family:Proxima Nova,Arial,sans-serif;color:#4d5055"))),
              calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                       disposition="attachment", cte="base64")),
    )


@mail(n(13), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-11-06T13:00:00Z", end=None,
      contact="sabine.maier@walhalla-fahrzeugtechnik.de", company="Walhalla Fahrzeugtechnik GmbH",
      local="Fri 2026-11-06 14:00", zone=BER,
      note="JOIN-Nachricht (Date Do 29.10.): 'am Freitag in acht Tagen, also am 06.11., um 14:00 Uhr' in "
           "Donaustauf, MEZ -> 13:00Z; 'etwa 90 Minuten' -> end null; contact = Adresse in der Signatur")
def m13() -> bytes:
    body = t("""
        Hallo Tobias,

        Sie haben eine neue Nachricht von Sabine Maier (Walhalla Fahrzeugtechnik GmbH) zu Ihrer
        Bewerbung als „Embedded Software Entwickler Fahrwerkregelung (m/w/d)“:

        ------------------------------------------------------------
        Hallo Herr Huber,

        wie eben am Telefon besprochen bestätige ich Ihnen gerne das Vorstellungsgespräch am
        Freitag in acht Tagen, also am 06.11., um 14:00 Uhr bei uns in Donaustauf
        (Walhallastraße 48, Eingang Werkstor 2). Planen Sie bitte etwa 90 Minuten ein, Herr Kölbl
        aus der Entwicklung zeigt Ihnen im Anschluss noch den Prüfstand.

        Herzliche Grüße
        Sabine Maier
        Personalleitung
        sabine.maier@walhalla-fahrzeugtechnik.de | 09403 555 220
        ------------------------------------------------------------

        Direkt in JOIN antworten: https://join.com/candidate/messages/8812734

        Viel Erfolg!
        Ihr JOIN Team

        JOIN Solutions AG · Sie erhalten diese E-Mail, weil Sie sich über JOIN beworben haben.
    """)
    return message(
        hdr("Sabine Maier via JOIN <noreply@join.com>",
            "Neue Nachricht von Walhalla Fahrzeugtechnik GmbH", "2026-10-29 16:40", BER,
            "<20261029154012.6e1f0b7a9c3d@join.com>",
            via="from mail-out-3.join.com (mail-out-3.join.com [35.198.64.211])",
            extra=(("List-Unsubscribe", "<https://join.com/unsubscribe/c/8812734>"),)),
        alt(text(body), html(paras(body))),
    )


@mail(n(14), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
      start="2026-11-05T08:00:00Z", end="2026-11-05T09:00:00Z",
      contact="florian.gschwendtner@altmuehl-systems.de", company="Altmühl Systems GmbH",
      local="Thu 2026-11-05 09:00", local_end="2026-11-05 10:00", zone=BER,
      note="Outlook 'Aktualisiert:' (SEQUENCE 2): neu Do 05.11. 09:00-10:00 statt Di 03.11. 14:00, MEZ -> "
           "08:00-09:00Z; ICS W. Europe Standard Time stimmt; contact = ORGANIZER/Absender")
def m14() -> bytes:
    teams = TEAMS_DE.format(mid="MmE5ZjQ0YzEtNzI3", num="341 008 772 596", code="Xb3mTp")
    body = t("""
        Hallo Herr Huber,

        wie besprochen habe ich unseren Termin verschoben:

        neu:        Donnerstag, 05.11.2026, 09:00 – 10:00 Uhr
        bisher:     Dienstag, 03.11.2026, 14:00 – 15:00 Uhr

        Der Teams-Link bleibt derselbe. Mit dabei ist wie gehabt unser Teamleiter AUTOSAR-Basis-
        software, Herr Dr. Weigl.

        Viele Grüße aus Ingolstadt
        Florian Gschwendtner
        Talent Acquisition | Altmühl Systems GmbH

    """) + teams
    ics = outlook_ics("REQUEST", ("Gschwendtner, Florian", "florian.gschwendtner@altmuehl-systems.de"),
                      "040000008200E00074C5B7101A82E00800000000D08A1E35F45FDC01000000000000000010000000C3B1",
                      "Vorstellungsgespräch Tobias Huber – Embedded SW (AUTOSAR)",
                      "20261105T090000", "20261105T100000", "20261029T090511Z", seq=2)
    return message(
        hdr(addr("Gschwendtner, Florian", "florian.gschwendtner@altmuehl-systems.de"),
            "Aktualisiert: Vorstellungsgespräch Tobias Huber – Embedded SW (AUTOSAR)",
            "2026-10-29 10:05", BER,
            "<BE1P281MB1970A6C2F4E83D19B07E2C5A4D1F0@BE1P281MB1970.DEUP281.PROD.OUTLOOK.COM>",
            via="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2098.outbound.protection.outlook.com [40.107.127.98])",
            extra=(("Thread-Topic", enc("Vorstellungsgespräch Tobias Huber – Embedded SW (AUTOSAR)")),
                   ("Thread-Index", "AdtJ8pQ2mVx0Zc3nR1kLwY7bHs4T9gAAC1Qw"),
                   ("Content-Language", "de-DE"))),
        alt(text(body), calendar(ics, cte="base64")),
    )


@mail(n(15), family="google_calendar", lang="de-at", interview=True, kind="scheduled",
      start="2026-11-10T14:00:00Z", end="2026-11-10T15:00:00Z",
      contact="katharina.pichler@traunwerk.at", company="Traunwerk Automotive Software GmbH",
      local="Tue 2026-11-10 15:00", local_end="2026-11-10 16:00", zone="Europe/Vienna",
      note="Österreichischer Arbeitgeber (Linz), Google-Kalender-Einladung auf Deutsch: 'Dienstag, 10. "
           "November 2026 ⋅ 15:00–16:00, Zeitzone: Europa/Wien' -> MEZ -> 14:00-15:00Z; ICS TZID Europe/Vienna; "
           "contact = Organisatorin")
def m15() -> bytes:
    body = t("""
        Grüß Gott Herr Huber, anbei wie vereinbart die Einladung für unser technisches Gespräch. Wir freuen uns! Katharina Pichler

        Technisches Gespräch Tobias Huber / Traunwerk
        Dienstag, 10. November 2026 ⋅ 15:00–16:00
        Zeitzone: Europa/Wien

        An Videoanruf teilnehmen
        https://meet.google.com/ubt-jxqe-nwa

        Organisator
        Katharina Pichler
        katharina.pichler@traunwerk.at

        Gäste
        Katharina Pichler – Organisator
        Gerhard Hofstätter
        tobias.huber@example.org

        Antwort für tobias.huber@example.org ansehen: Ja - Vielleicht - Nein - Weitere Optionen
        https://calendar.google.com/calendar/event?action=RESPOND&eid=MnQ4cGY0

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Um keine Updates mehr für
        diesen Termin zu erhalten, lehnen Sie ihn ab.
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        vtz("Europe/Vienna"),
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Vienna:20261110T150000",
        "DTEND;TZID=Europe/Vienna:20261110T160000",
        "DTSTAMP:20261103T081233Z",
        "ORGANIZER;CN=Katharina Pichler:mailto:katharina.pichler@traunwerk.at",
        "UID:2t8pf4a1k9c0m7q3vbd6e5rs1o@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.huber@example.org;X-NUM-GUESTS=0:mailto:tobias.huber@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gerhard Hofstätter;X-NUM-GUESTS=0:mailto:gerhard.hofstaetter@traunwerk.at",
        "X-GOOGLE-CONFERENCE:https://meet.google.com/ubt-jxqe-nwa",
        "CREATED:20261103T081230Z",
        "DESCRIPTION:Grüß Gott Herr Huber\\, anbei wie vereinbart die Einladung für unser technisches Gespräch.",
        "LAST-MODIFIED:20261103T081232Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Technisches Gespräch Tobias Huber / Traunwerk",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(
        hdr(addr("Katharina Pichler", "katharina.pichler@traunwerk.at"),
            "Einladung: Technisches Gespräch Tobias Huber / Traunwerk @ Di. 10. Nov. 2026 15:00 - 16:00 "
            "(MEZ) (tobias.huber@example.org)", "2026-11-03 09:12", "Europe/Vienna",
            "<calendar-6f1e2a0b-44d7-4c19-9b3e-7a05d2c8f1e6@google.com>",
            via="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
            extra=(("Reply-To", "katharina.pichler@traunwerk.at"),
                   ("Sender", "Google Calendar <calendar-notification@google.com>"))),
        mixed(alt(text(body), html(paras(body, style="font-family:Roboto,Helvetica,Arial,sans-serif")),
                  calendar(ics, cte="base64")),
              calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", cte="base64", name_param=True)),
    )


@mail(n(16), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-11-12T10:00:00Z", end="2026-11-12T11:00:00Z",
      contact="lena.vogt@nordlicht-labs.de", company="Nordlicht Labs GmbH",
      local="Thu 2026-11-12 11:00", local_end="2026-11-12 12:00", zone=BER,
      note="Workable invitation whose body gives no time ('see the attached invitation'); the time is only in "
           "the ICS: DTSTART;TZID=Europe/Berlin 20261112T110000-120000 -> 10:00-11:00Z; Reply-To and ORGANIZER "
           "are the Workable relay, so contact = the recruiter's address in the body")
def m16() -> bytes:
    body = t("""
        Hi Tobias,

        Lena Vogt from Nordlicht Labs has invited you to an interview for the
        Embedded Rust Engineer (Remote, EU) position.

        Message from Lena:
        "Great talking to you last week! As promised, here's the technical round with Piotr and
        Anneke. The date, time and video link are in the attached calendar invitation - please
        accept it so it shows up on our side. If you have questions before then, write to me
        directly at lena.vogt@nordlicht-labs.de."

        Good luck!

        --
        Sent via Workable on behalf of Nordlicht Labs
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Workable//Workable Calendar//EN",
        "METHOD:REQUEST",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "UID:wk-event-5f2c91d0a7@workable.com",
        "DTSTAMP:20261105T124011Z",
        "DTSTART;TZID=Europe/Berlin:20261112T110000",
        "DTEND;TZID=Europe/Berlin:20261112T120000",
        "SUMMARY:Technical interview - Embedded Rust Engineer (Remote\\, EU) - Nordlicht Labs",
        "ORGANIZER;CN=Nordlicht Labs:mailto:nordlicht-labs+e7a21c90@candidates.workablemail.com",
        "ATTENDEE;CN=Tobias Huber;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:tobias.huber@example.org",
        "LOCATION:https://nordlicht-labs.whereby.com/tech-interview",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(
        hdr("Nordlicht Labs <noreply@workablemail.com>",
            "Interview invitation: Embedded Rust Engineer (Remote, EU) at Nordlicht Labs",
            "2026-11-05 13:40", BER, "<wk.5f2c91d0a7.1762346411@workablemail.com>",
            via="from mail-160-17.workablemail.com (mail-160-17.workablemail.com [149.72.160.17])",
            extra=(("Reply-To", "Nordlicht Labs <nordlicht-labs+e7a21c90@candidates.workablemail.com>"),)),
        mixed(alt(text(body), html(paras(body))),
              calendar(ics, filename="invitation.ics", disposition="attachment")),
    )


@mail(n(17), family="calendly", lang="en", interview=True, kind="rescheduled",
      start="2026-11-19T16:00:00Z", end="2026-11-19T16:45:00Z",
      contact="dana.whitfield@halcyonfleet.com", company="Halcyon Fleet Inc.",
      local="Thu 2026-11-19 17:00", local_end="2026-11-19 17:45", zone=BER,
      note="Calendly 'Updated' mail: new '05:00pm - 05:45pm (Central European Time), Thursday, November 19' "
           "(former Tue 17 Nov 04:00pm) -> 16:00-16:45Z; ICS in UTC agrees; contact = Reply-To host (US team)")
def m17() -> bytes:
    body = t("""
        Hi Tobias Huber,

        Your Technical Interview with Dana Whitfield has been rescheduled.

        Event Type:
        Technical Interview (45 min)

        Updated Event Date/Time:
        05:00pm - 05:45pm (Central European Time), Thursday, November 19, 2026

        Former Event Date/Time:
        04:00pm - 04:45pm (Central European Time), Tuesday, November 17, 2026

        Reason for rescheduling:
        "Sorry Tobias - a release review landed on my Tuesday. Thursday same link. Dana"

        Location:
        Zoom - https://halcyonfleet.zoom.us/j/93385120447

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/c41e77a0-5b2d-4f3e-9a61-0d8e2f4b7c19
        Reschedule: https://calendly.com/reschedulings/c41e77a0-5b2d-4f3e-9a61-0d8e2f4b7c19

        Powered by Calendly.com
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261113T163007Z
        UID:c41e77a0-5b2d-4f3e-9a61-0d8e2f4b7c19@calendly.com
        DTSTART:20261119T160000Z
        DTEND:20261119T164500Z
        SUMMARY:Technical Interview: Tobias Huber and Dana Whitfield
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@halcyonfleet.com
        ATTENDEE;CN=Tobias Huber;PARTSTAT=ACCEPTED:mailto:tobias.huber@example.org
        LOCATION:https://halcyonfleet.zoom.us/j/93385120447
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    return message(
        hdr("Calendly <notifications@calendly.com>",
            "Updated: Technical Interview with Dana Whitfield on Thursday, November 19, 2026",
            "2026-11-13 16:30", "UTC", "<0100018f9b21c0d4-3e7b55a1-9c02-4d7e-b1a8-64f0e2c7d315-000000@email.amazonses.com>",
            via="from a8-44.smtp-out.amazonses.com (a8-44.smtp-out.amazonses.com [54.240.8.44])",
            extra=(("Reply-To", "Dana Whitfield <dana.whitfield@halcyonfleet.com>"),)),
        mixed(text(body, cte="base64"),
              calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                       disposition="attachment", cte="base64")),
    )


@mail(n(18), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-19T13:00:00Z", end="2026-11-19T14:00:00Z",
      contact="aaron.mehta@corvane.eu", company="Corvane Technologies",
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone=BER,
      note="Forward to self (example.net -> example.org) of a recruiter mail with a pasted Zoom block: 'confirmed "
           "for tomorrow at 2pm Munich time', forwarded Date Wed 18 Nov -> Thu 19 Nov, CET -> 13:00Z; 'blocked "
           "60 minutes' -> end 14:00Z; sender is the candidate, so contact = the forwarded From")
def m18() -> bytes:
    body = t("""
        fürs Kalender-Sync

        ---------- Forwarded message ---------
        From: Aaron Mehta <aaron.mehta@corvane.eu>
        Date: Wed, 18 Nov 2026 at 07:58
        Subject: Tomorrow's interview - Zoom details
        To: Tobias Huber <tobias.huber@example.net>


        Hi Tobias,

        Good speaking yesterday. As discussed you're confirmed for tomorrow at 2pm Munich time with
        Rhea Lindqvist (Head of Vehicle Software) and me. We've blocked 60 minutes: 40 on your
        gateway project, the rest for your questions.

        Aaron Mehta is inviting you to a scheduled Zoom meeting.

        Topic: Corvane | Tobias Huber - Embedded Platform Engineer
        Time: Nov 19, 2026 02:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://corvane.zoom.us/j/84127730915?pwd=Qm9hR1p2dE5Zb0xrV3hKc2U3UT09

        Meeting ID: 841 2773 0915
        Passcode: 552817

        Best,
        Aaron
        --
        Aaron Mehta | Senior Technical Recruiter | Corvane Technologies
        Munich | London
    """)
    return message(
        hdr(addr("Tobias Huber", "tobias.huber@example.net"),
            "Fwd: Tomorrow's interview - Zoom details", "2026-11-18 08:20", BER,
            "<CAH7tb0Vq1mZpL3xR8fK2nE9wYc4sT6uB0d@mail.gmail.com>",
            via="from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])"),
        alt(text(body), html(gmail_html(body))),
    )


@mail(n(19), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-02T09:00:00Z", end="2026-12-02T11:30:00Z",
      contact="hannah.oberlechner@quellwerk.com", company="Quellwerk Semiconductors GmbH",
      local="Wed 2026-12-02 10:00", local_end="2026-12-02 12:30", zone=BER,
      note="GoodTime onsite itinerary, three sessions on Wed 2 Dec 10:00-10:45 / 11:00-11:45 / 12:00-12:30 CET: "
           "first start to last end -> 09:00-11:30Z; ICS one block in UTC; contact = Reply-To coordinator")
def m19() -> bytes:
    body = t("""
        Hi Tobias,

        Your onsite interview with Quellwerk Semiconductors is confirmed. Here is your itinerary.

        Wednesday, December 2, 2026 - all times CET (Munich)

        10:00 AM - 10:45 AM   Embedded C deep dive            Lukas Brandstetter
        11:00 AM - 11:45 AM   HW/SW integration & debugging   Mei Tanaka
        12:00 PM - 12:30 PM   Hiring manager conversation     Sven Aurich

        Location
        Quellwerk Semiconductors GmbH
        Parkring 31, 85748 Garching bei Muenchen - Building A, reception
        Please bring a photo ID; visitor parking is in P2.

        Your coordinator is Hannah Oberlechner - reply to this email to reach her.

        Good luck!
        The Quellwerk Recruiting Team

        Scheduled with GoodTime
    """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Tobias,</p>
        <p>Your onsite interview with <b>Quellwerk Semiconductors</b> is confirmed. Here is your itinerary.</p>
        <p><b>Wednesday, December 2, 2026</b> &ndash; all times CET (Munich)</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e5e7eb">
        <tr style="background:#f9fafb"><th align="left">Time</th><th align="left">Session</th><th align="left">Interviewer</th></tr>
        <tr><td>10:00 AM &ndash; 10:45 AM</td><td>Embedded C deep dive</td><td>Lukas Brandstetter</td></tr>
        <tr><td>11:00 AM &ndash; 11:45 AM</td><td>HW/SW integration &amp; debugging</td><td>Mei Tanaka</td></tr>
        <tr><td>12:00 PM &ndash; 12:30 PM</td><td>Hiring manager conversation</td><td>Sven Aurich</td></tr>
        </table>
        <p><b>Location</b><br>Quellwerk Semiconductors GmbH<br>Parkring 31, 85748 Garching bei M&uuml;nchen &ndash; Building A, reception<br>
        Please bring a photo ID; visitor parking is in P2.</p>
        <p>Your coordinator is Hannah Oberlechner &ndash; reply to this email to reach her.</p>
        <p>Good luck!<br>The Quellwerk Recruiting Team</p>
        <p style="font-size:11px;color:#9ca3af">Scheduled with GoodTime</p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:goodtime-7f3a9e21-onsite@goodtime.io
        DTSTAMP:20261125T140002Z
        DTSTART:20261202T090000Z
        DTEND:20261202T113000Z
        SUMMARY:Onsite Interview - Quellwerk Semiconductors
        LOCATION:Parkring 31\\, 85748 Garching bei Muenchen - Building A
        ORGANIZER;CN=Hannah Oberlechner:mailto:hannah.oberlechner@quellwerk.com
        ATTENDEE;CN=Tobias Huber;RSVP=TRUE:mailto:tobias.huber@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    return message(
        hdr("Quellwerk Semiconductors <no-reply@goodtime.io>",
            "Confirmed: Your onsite interview with Quellwerk Semiconductors on Wed, Dec 2",
            "2026-11-25 14:00", "UTC", "<01000193a6e0f4b2-8d21c7a3-5e9f-4b10-a6d4-7c3e19f02b88-000000@email.amazonses.com>",
            via="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
            extra=(("Reply-To", "Hannah Oberlechner <hannah.oberlechner@quellwerk.com>"),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="Quellwerk_Onsite_Interview.ics", disposition="attachment")),
    )


@mail(n(20), family="exchange_outlook", lang="de", interview=True, kind="cancelled",
      start="2026-12-01T12:00:00Z", end="2026-12-01T13:00:00Z",
      contact="andrea.schmidbauer@nordgau-sg.de", company="Nordgau Steuergeräte GmbH",
      local="Tue 2026-12-01 13:00", local_end="2026-12-01 14:00", zone=BER,
      note="Outlook 'Abgesagt:' (METHOD:CANCEL) für Di 01.12. 13:00-14:00 MEZ -> 12:00-13:00Z (der abgesagte "
           "Termin); eine neue Einladung 'voraussichtlich für Donnerstag' wird nur angekündigt, keine Uhrzeit -> "
           "cancelled; contact = ORGANIZER/Absenderin")
def m20() -> bytes:
    body = t("""
        Hallo Herr Huber,

        wie eben telefonisch besprochen nehme ich den Termin am Dienstag, 01.12., 13:00 - 14:00 Uhr
        heraus, weil Herr Pöllinger an dem Tag kurzfristig beim Kunden in Wolfsburg sein muss.

        Eine neue Einladung - voraussichtlich für Donnerstag - schicke ich Ihnen separat, sobald ich
        einen Raum habe.

        Viele Grüße
        Andrea Schmidbauer
        Personalabteilung
        Nordgau Steuergeräte GmbH | Vogelweiherstraße 18 | 90441 Nürnberg
    """)
    ics = outlook_ics("CANCEL", ("Schmidbauer, Andrea", "andrea.schmidbauer@nordgau-sg.de"),
                      "040000008200E00074C5B7101A82E00800000000E0B94C77AB7EDC01000000000000000010000000D712",
                      "Abgesagt: Vorstellungsgespräch Tobias Huber / Nordgau Steuergeräte",
                      "20261201T130000", "20261201T140000", "20261127T084011Z", seq=1, status="CANCELLED",
                      location="Nordgau Steuergeräte\\, Besprechungsraum Regnitz", extra=("PRIORITY:1",)
                      ).replace("PRIORITY:5\n", "")
    return message(
        hdr(addr("Schmidbauer, Andrea", "andrea.schmidbauer@nordgau-sg.de"),
            "Abgesagt: Vorstellungsgespräch Tobias Huber / Nordgau Steuergeräte",
            "2026-11-27 09:40", BER,
            "<AS8PR03MB6911B2E0C74F1D3A9E08C1F6D7E20@AS8PR03MB6911.eurprd03.prod.outlook.com>",
            via="from EUR03-AS8-obe.outbound.protection.outlook.com (mail-as8eur03on2114.outbound.protection.outlook.com [40.107.103.114])",
            extra=(("Thread-Topic", enc("Vorstellungsgespräch Tobias Huber / Nordgau Steuergeräte")),
                   ("Importance", "high"),
                   ("X-Priority", "1"),
                   ("Content-Language", "de-DE"))),
        alt(text(body, charset="iso-8859-15"), calendar(ics, method="CANCEL", cte="base64")),
    )


@mail(n(21), family="workday", lang="de", interview=True, kind="scheduled",
      start="2026-12-11T12:00:00Z", end="2026-12-11T13:30:00Z",
      contact="katrin.sommer@isarwerk-automotive.com", company="Isarwerk Automotive SE",
      local="Fri 2026-12-11 13:00", local_end="2026-12-11 14:30", zone=BER,
      note="Workday-Terminbestätigung: 'Fr., 11.12.2026, 13:00 – 14:30 Uhr (MEZ)' -> 12:00-13:30Z; Absender "
           "myworkday.com, keine Reply-To; contact = Ansprechpartnerin im Text")
def m21() -> bytes:
    body = t("""
        Hallo Tobias,

        vielen Dank, dass Sie einen Interviewtermin ausgewählt haben. Ihr Termin ist bestätigt:

        Stelle:       Senior Embedded Software Engineer Battery Systems (R-0048213)
        Termin:       Fr., 11.12.2026, 13:00 – 14:30 Uhr (MEZ)
        Interviewart: Vor-Ort-Interview
        Ort:          Isarwerk Automotive SE, Standort München-Freimann, Gebäude 5, Raum 5.214
        Interviewer:  Dr. Verena Lechner, Bernd Haslbeck

        Ihre Ansprechpartnerin bei Fragen: Katrin Sommer (katrin.sommer@isarwerk-automotive.com)

        Den aktuellen Stand Ihrer Bewerbung finden Sie jederzeit in Ihrem Kandidatenkonto:
        https://isarwerk.wd3.myworkdayjobs.com/de-DE/Isarwerk_Careers/userHome

        Mit freundlichen Grüßen
        Ihr Talent Acquisition Team
        Isarwerk Automotive SE

        Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
    """)
    return message(
        hdr("Isarwerk Automotive <isarwerk@myworkday.com>",
            "Terminbestätigung: Interview Senior Embedded Software Engineer Battery Systems (R-0048213)",
            "2026-12-03 09:00", "UTC", "<1144781226.28441.1764752400117@wd3-prod-mail-7.myworkday.com>",
            via="from wd3-smtp-out-7.myworkday.com (wd3-smtp-out-7.myworkday.com [198.135.162.77])",
            extra=(("X-Workday-Tenant", "isarwerk"),)),
        alt(text(body), html(paras(body, style="font-family:Arial,sans-serif;font-size:13px"))),
    )


@mail(n(22), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T19:00:00Z", end="2026-12-09T20:00:00Z",
      contact="mere.walker@kaurimobility.co.nz", company="Kauri Mobility Ltd",
      local="Thu 2026-12-10 08:00", local_end="2026-12-10 09:00", zone="Pacific/Auckland",
      note="Ashby confirmation from an Auckland company: 'Thursday, 10 December 2026, 8:00 AM - 9:00 AM NZDT' "
           "(UTC+13) = Wed 9 Dec 19:00-20:00Z, i.e. the previous day in UTC and 20:00 CET as the body says; "
           "ICS TZID Pacific/Auckland; contact = Reply-To")
def m22() -> bytes:
    body = t("""
        Kia ora Tobias,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, 10 December 2026, 8:00 AM - 9:00 AM NZDT
        (that's Wednesday, 9 December, 8:00 PM - 9:00 PM for you in Regensburg)
        Google Meet: https://meet.google.com/wkp-tzsa-hqe

        You'll meet with:
          Aroha Ngata - Principal Firmware Engineer
          Ben Whitcombe - Engineering Manager, Charging Platform

        Questions? Just reply and it will reach Mere Walker.

        Nga mihi,
        Kauri Mobility Recruiting
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Ashby//Ashby Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        VTZ["Pacific/Auckland"],
        "BEGIN:VEVENT",
        "UID:3c9e0f41-7a2b-4d8e-b5c6-1f0a9d27e813",
        "DTSTAMP:20261202T210512Z",
        "DTSTART;TZID=Pacific/Auckland:20261210T080000",
        "DTEND;TZID=Pacific/Auckland:20261210T090000",
        "SEQUENCE:0",
        "SUMMARY:Kauri Mobility - Senior Firmware Engineer (Remote EU) Interview",
        "LOCATION:Google Meet",
        "ORGANIZER;CN=Mere Walker:mailto:mere.walker@kaurimobility.co.nz",
        "ATTENDEE;CN=Tobias Huber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.huber@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(
        hdr("Kauri Mobility <no-reply@ashbyhq.com>",
            "Interview confirmed: Senior Firmware Engineer (Remote EU) at Kauri Mobility",
            "2026-12-03 10:05", "Pacific/Auckland",
            "<010001939d1c77e0-4b7a2e91-d3c0-4f25-8e61-0a9b3c5d7e12-000000@email.amazonses.com>",
            via="from mail.ashbyhq.com (mail.ashbyhq.com [54.240.27.19])",
            extra=(("Reply-To", "Mere Walker <mere.walker@kaurimobility.co.nz>"),)),
        mixed(alt(text(body, cte="base64"), html(paras(body), cte="base64")),
              calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")),
    )


@mail(n(23), family="google_calendar", lang="de-at", interview=True, kind="cancelled",
      start="2026-12-14T09:00:00Z", end="2026-12-14T10:30:00Z",
      contact="katharina.pichler@traunwerk.at", company="Traunwerk Automotive Software GmbH",
      local="Mon 2026-12-14 10:00", local_end="2026-12-14 11:30", zone="Europe/Vienna",
      note="Google-Kalender 'Abgesagter Termin' (METHOD:CANCEL) des Zweitgesprächs in Linz, Mo 14.12. "
           "10:00-11:30 MEZ (Europa/Wien) -> 09:00-10:30Z; Stelle eingefroren, kein neuer Termin; contact = Organisatorin")
def m23() -> bytes:
    body = t("""
        Lieber Herr Huber, wie telefonisch besprochen müssen wir das Zweitgespräch leider absagen – die Stelle ist bis auf Weiteres eingefroren. Ich melde mich im Jänner, sobald ich mehr weiß. Liebe Grüße, Katharina Pichler

        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Zweitgespräch Tobias Huber / Traunwerk
        Montag, 14. Dezember 2026 ⋅ 10:00–11:30
        Zeitzone: Europa/Wien
        Traunwerk Automotive Software GmbH, Peter-Behrens-Platz 9, 4020 Linz

        Organisator
        Katharina Pichler
        katharina.pichler@traunwerk.at

        Gäste
        Katharina Pichler – Organisator
        Gerhard Hofstätter
        Monika Eder
        tobias.huber@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:CANCEL",
        vtz("Europe/Vienna"),
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Vienna:20261214T100000",
        "DTEND;TZID=Europe/Vienna:20261214T113000",
        "DTSTAMP:20261209T152011Z",
        "ORGANIZER;CN=Katharina Pichler:mailto:katharina.pichler@traunwerk.at",
        "UID:5kq0v1m8b3d7h2e6s9c4a0tn3r@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tobias.huber@example.org;X-NUM-GUESTS=0:mailto:tobias.huber@example.org",
        "CREATED:20261120T101502Z",
        "LAST-MODIFIED:20261209T152010Z",
        "LOCATION:Traunwerk Automotive Software GmbH\\, Peter-Behrens-Platz 9\\, 4020 Linz",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:Zweitgespräch Tobias Huber / Traunwerk",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(
        hdr(addr("Katharina Pichler", "katharina.pichler@traunwerk.at"),
            "Abgesagter Termin: Zweitgespräch Tobias Huber / Traunwerk @ Mo. 14. Dez. 2026 10:00 - 11:30 "
            "(MEZ) (tobias.huber@example.org)", "2026-12-09 16:20", "Europe/Vienna",
            "<calendar-b80c1e57-92fa-4d03-8e1c-3f6a70d24c95@google.com>",
            via="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
            extra=(("Reply-To", "katharina.pichler@traunwerk.at"),
                   ("Sender", "Google Calendar <calendar-notification@google.com>"))),
        mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
              calendar(ics, method="CANCEL", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", cte="base64", name_param=True)),
    )


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Einladung der Agentur für Arbeit (Arbeitsuchendmeldung, befristeter Vertrag) mit festem Termin "
           "Di., 15.09.2026, 08:30 Uhr: fester Termin, aber kein Vorstellungsgespräch bei einem Arbeitgeber")
def m24() -> bytes:
    body = t("""
        Sehr geehrter Herr Huber,

        Sie haben sich bei uns arbeitsuchend gemeldet, da Ihr befristetes Arbeitsverhältnis zum
        31.12.2026 endet. Ich lade Sie hiermit zu einem persönlichen Gespräch ein:

        Termin:  Dienstag, 15.09.2026, um 08:30 Uhr
        Ort:     Agentur für Arbeit Regensburg, Galgenbergstraße 24, Zimmer 2.117
        Bei:     Frau Ertl, Arbeitsvermittlung (Team Akademische Berufe)

        Wir möchten mit Ihnen über Ihr Bewerberangebot und Ihre berufliche Situation sprechen.
        Bitte bringen Sie Ihren Lebenslauf, Ihre Zeugnisse und diese Einladung mit.

        Rechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund nicht zu dem Termin erscheinen, kann
        eine Sperrzeit von einer Woche eintreten (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III).

        Können Sie den Termin nicht wahrnehmen, teilen Sie uns dies bitte rechtzeitig mit.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Regensburg

        Diese E-Mail wurde automatisch erstellt. Antworten richten Sie bitte über Ihr Postfach
        in den eServices an uns.
    """)
    return message(
        hdr(addr("Agentur für Arbeit Regensburg", "noreply-eservices@arbeitsagentur.de"),
            "Einladung zu einem persönlichen Gespräch am 15.09.2026", "2026-09-02 10:15", BER,
            "<eservices.20260902101512.7741920@arbeitsagentur.de>",
            via="from mail-out2.arbeitsagentur.de (mail-out2.arbeitsagentur.de [62.225.151.42])",
            charset="iso-8859-15"),
        text(body, charset="iso-8859-15"),
    )


@mail(n(25), family="lever_rejection", lang="en", interview=False, company="Velacore Systems GmbH",
      note="Lever rejection after the application review; no interview, no time")
def m25() -> bytes:
    body = t("""
        Hi Tobias,

        Thank you for your interest in the Embedded Linux Engineer (Yocto/BSP) role at Velacore
        Systems and for the time you put into your application.

        After careful review, we've decided to move forward with candidates whose experience more
        closely matches the current needs of the team. This was not an easy decision - we received
        a large number of strong applications.

        We'll keep your profile on file and may reach out if a role opens up that fits your
        background in automotive body electronics.

        We wish you every success in your search.

        Best regards,
        Velacore Systems Talent Team
    """)
    return message(
        hdr("Velacore Systems <no-reply@hire.lever.co>",
            "Your application to Velacore Systems", "2026-09-07 14:22", "UTC",
            "<lever.2f8c01e4-6d1b-4a77-9e35-c0b2a8d4f1e9@hire.lever.co>",
            via="from mail-fa.lever.co (mail-fa.lever.co [159.183.77.20])"),
        alt(text(body), html(paras(body))),
    )


@mail(n(26), family="icims_receipt", lang="en", interview=False, company="Meridian Vehicle Electronics",
      note="iCIMS application receipt: 'a recruiter will contact you to schedule an interview' - nothing scheduled")
def m26() -> bytes:
    body = t("""
        Dear Tobias,

        Thank you for applying for the position of Embedded Software Engineer III - Nuremberg
        (Requisition ID 2026-14482) at Meridian Vehicle Electronics.

        We have received your application and our recruiting team will review it shortly. If your
        qualifications match the requirements of the role, a recruiter will contact you to schedule
        an interview. Due to the volume of applications we are not able to respond to every
        applicant individually.

        You can check the status of your application at any time in the Meridian Career Portal:
        https://careers-meridianve.icims.com/jobs/candidate/dashboard

        Sincerely,
        Meridian Vehicle Electronics
        Global Talent Acquisition

        Meridian Vehicle Electronics is an Equal Opportunity Employer.
        Please do not reply to this message; this mailbox is not monitored.
    """)
    return message(
        hdr("Meridian Vehicle Electronics <meridian@talent.icims.com>",
            "Thank you for applying: Embedded Software Engineer III - Nuremberg (2026-14482)",
            "2026-09-03 21:40", "UTC", "<20260903214006.1A2B3C4D5E@talent.icims.com>",
            via="from mta-b12.icims.com (mta-b12.icims.com [63.128.163.12])"),
        html(paras(body, style="font-family:Arial;font-size:12px"), cte="quoted-printable"),
    )


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-Alert eines Portals mit 'Vorstellungsgespräch innerhalb von 48 Stunden' als Werbezeile; kein Termin")
def m27() -> bytes:
    body = t("""
        Hallo Tobias,

        5 neue Jobs passend zu Ihrem Suchauftrag „Embedded Software, Regensburg + 80 km“:

        1. Embedded Software Engineer AUTOSAR (m/w/d) - Zulieferer, Regensburg
           Schnellbewerbung: Vorstellungsgespräch innerhalb von 48 Stunden!
        2. Firmware-Entwickler C/C++ Antriebstechnik (m/w/d) - Nürnberg
        3. Softwarearchitekt Body Electronics (m/w/d) - Ingolstadt, 2 Tage Homeoffice
        4. Embedded Linux Developer (m/w/d) - München, Remote möglich
        5. Testingenieur HIL (m/w/d) - Landshut

        Tipp der Woche: So überzeugen Sie im Vorstellungsgespräch - unsere Checkliste zum Download.

        Alle Jobs ansehen: https://www.jobradar-bayern.de/suche/embedded-regensburg
        Suchauftrag bearbeiten oder abbestellen: https://www.jobradar-bayern.de/alerts/84412

        Ihr JobRadar Bayern Team
    """)
    return message(
        hdr("JobRadar Bayern <alerts@jobradar-bayern.de>",
            "5 neue Jobs: Embedded Software, Regensburg", "2026-09-09 06:00", BER,
            "<alert.84412.20260909040002@jobradar-bayern.de>",
            via="from mailout.jobradar-bayern.de (mailout.jobradar-bayern.de [185.17.144.9])",
            extra=(("List-Unsubscribe", "<https://www.jobradar-bayern.de/alerts/84412/unsubscribe>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("Precedence", "bulk"))),
        alt(text(body), html(paras(body))),
    )


@mail(n(28), family="recruiter_proposal", lang="en", interview=False, company="Sylvan Motion GmbH",
      days=(("Tue", "2026-09-15"), ("Wed", "2026-09-16"), ("Thu", "2026-09-17")),
      note="Recruiter proposes times ('would Tuesday at 10 work? ... Wednesday afternoon ... Thursday 9:00') and "
           "will send an invite once the candidate picks one: not confirmed")
def m28() -> bytes:
    body = t("""
        Hi Tobias,

        thanks for sending over your CV - our VP Engineering liked what she saw, especially the
        ISO 26262 work. Next step would be a 45-minute video call with her and our lead for the
        motor-control firmware.

        Would Tuesday at 10 work for you? Otherwise Wednesday afternoon (anything after 2pm) or
        Thursday at 9:00 are also open. Just let me know what suits you and I'll send the
        calendar invite right away.

        Cheers,
        Clara

        Clara Jensen
        People & Talent | Sylvan Motion GmbH
        Munich
    """)
    return message(
        hdr(addr("Clara Jensen", "clara.jensen@sylvanmotion.com"),
            "Next step - call with our VP Engineering", "2026-09-14 09:05", BER,
            "<CAF8yQp2Lk0Vx3m_T7bR1nZc9eW4sJ6dA@mail.gmail.com>",
            via="from mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])"),
        alt(text(body), html(gmail_html(body))),
    )


@mail(n(29), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Karriere-Newsletter: Artikel über Fragen im Vorstellungsgespräch und ein Live-Q&A am Do., 17.09., "
           "18:00 Uhr - ein Webinar, kein Interview")
def m29() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;font-size:15px;color:#222;max-width:640px">
        <p style="font-size:12px;color:#888">Embedded Karriere-Brief &middot; Ausgabe 37/2026</p>
        <h1 style="font-size:24px">Vorstellungsgespräch als Embedded-Entwickler: 7 Fragen, die garantiert kommen</h1>
        <p>„Erklären Sie uns den Unterschied zwischen einem Mutex und einer Semaphore.“ Wer sich auf
        eine Stelle in der Automobilindustrie bewirbt, hört diesen Satz im technischen Interview fast
        immer. Wir haben mit fünf Teamleitern aus Regensburg, München und Nürnberg gesprochen, was sie
        im Gespräch wirklich wissen wollen &ndash; von volatile über ISR-Latenzen bis zu MISRA.</p>
        <p><a href="https://www.embedded-karriere.de/artikel/7-fragen">Weiterlesen &rarr;</a></p>
        <h2 style="font-size:18px">Live-Q&amp;A: Fragen Sie unsere Recruiterin</h2>
        <p>Am <b>Donnerstag, 17.09., um 18:00 Uhr</b> beantwortet Recruiterin Eva Landauer eine Stunde
        lang Ihre Fragen zum Bewerbungsgespr&auml;ch &ndash; live auf YouTube, ohne Anmeldung.</p>
        <p><a href="https://www.embedded-karriere.de/live">Zum Livestream &rarr;</a></p>
        <hr>
        <p style="font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn auf
        embedded-karriere.de abonniert haben. <a href="https://www.embedded-karriere.de/abmelden?u=tb8812">Abmelden</a></p>
        </body></html>
    """)
    return message(
        hdr("Embedded Karriere-Brief <newsletter@embedded-karriere.de>",
            "7 Fragen, die im Embedded-Interview garantiert kommen + Live-Q&A am Donnerstag",
            "2026-09-12 07:30", BER, "<nl-37-2026.tb8812@mailing.embedded-karriere.de>",
            via="from mailing.embedded-karriere.de (mailing.embedded-karriere.de [94.130.77.18])",
            extra=(("List-Unsubscribe", "<https://www.embedded-karriere.de/abmelden?u=tb8812>"),
                   ("List-Id", "Embedded Karriere-Brief <brief.embedded-karriere.de>"),
                   ("Precedence", "bulk"))),
        html(page),
    )


@mail(n(30), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Sat", "2026-09-19"),),
      note="Bewerbungscoach bestätigt ein Probe-Vorstellungsgespräch (Sa., 19.09., 10:00 Uhr): fester Termin, "
           "aber ein Übungsgespräch, kein Interview bei einem Arbeitgeber")
def m30() -> bytes:
    body = t("""
        Hallo Tobias,

        super, dann ist unser Probe-Vorstellungsgespräch fix: Samstag, 19.09., um 10:00 Uhr bei mir
        in der Praxis (Obere Bachgasse 7, 2. Stock, Klingel „Hallmeier Coaching“).

        Ich spiele die Personalerin von Donautal, mein Kollege Wolfgang übernimmt den Teamleiter mit
        den fiesen Technikfragen. Wir zeichnen das Gespräch auf Video auf und gehen es danach
        gemeinsam durch. Rechne mit 90 Minuten.

        Das Honorar (120 €) kannst du gern bar oder per Überweisung zahlen, die Rechnung schicke ich dir.

        Liebe Grüße und bis Samstag
        Birgit

        --
        Birgit Hallmeier · Karriere- & Bewerbungscoaching · Regensburg
        www.hallmeier-coaching.de
    """)
    return message(
        hdr(addr("Birgit Hallmeier", "birgit@hallmeier-coaching.de"),
            "Probe-Vorstellungsgespräch am Samstag", "2026-09-15 19:10", BER,
            "<a6e1d4f0-3b2c-4f19-9e8d-12c7b05fa3e4@hallmeier-coaching.de>",
            via="from smtp.ionos.de (smtp.ionos.de [212.227.15.41])",
            extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        text(body, charset="windows-1252"),
    )


@mail(n(31), family="press_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Lokaljournalist bestätigt ein Interview für einen Artikel (Mi., 23.09., 17:00 Uhr): Presseinterview, "
           "kein Vorstellungsgespräch")
def m31() -> bytes:
    body = t("""
        Hallo Herr Huber,

        vielen Dank, dass Sie sich Zeit nehmen! Dann halten wir fest: Interview für unsere Serie
        „Oberpfalz fährt elektrisch“ am Mittwoch, 23.09., um 17:00 Uhr im Café Brückenblick
        (Steinerne Brücke, Stadtamhof-Seite). Unsere Fotografin kommt gegen 17:45 Uhr dazu.

        Mich interessiert vor allem, wie der Embedded-Stammtisch entstanden ist und was Sie als
        Entwickler an der Softwarequalität in E-Autos umtreibt. Das Gespräch dauert etwa eine
        Dreiviertelstunde; Zitate lege ich Ihnen vor Veröffentlichung zur Freigabe vor.

        Beste Grüße
        Moritz Scheuerer
        Redaktion Wirtschaft
        Regensburger Tagblatt
        Tel. 0941 555 7720
    """)
    return message(
        hdr(addr("Moritz Scheuerer", "m.scheuerer@regensburger-tagblatt.de"),
            "Interview „Oberpfalz fährt elektrisch“ – Mittwoch 17 Uhr", "2026-09-17 11:48", BER,
            "<5f0c2b71-aa13-4e8a-b0d5-7c9e3f1a6d20@regensburger-tagblatt.de>",
            via="from mx.regensburger-tagblatt.de (mx.regensburger-tagblatt.de [81.169.145.90])"),
        text(body, cte="8bit"),
    )


@mail(n(32), family="recruitee_selfschedule", lang="de", interview=False,
      company="Regentaler Mechatronik GmbH", days=(("Wed", "2026-09-30"), ("Thu", "2026-10-01")),
      note="Recruitee-Selbstbuchung: Link und freie Zeitfenster 'Mitte nächster Woche' (Mi 30.09. / Do 01.10.), "
           "noch nichts gebucht -> negativ")
def m32() -> bytes:
    body = t("""
        Hallo Herr Huber,

        vielen Dank für Ihre Bewerbung als Embedded Software Entwickler Motorsteuerung (m/w/d). Wir
        würden Sie gerne in einem ersten Videogespräch (ca. 30 Minuten) kennenlernen.

        Bitte wählen Sie über den folgenden Link einen passenden Termin aus. Freie Zeitfenster
        haben wir Mitte nächster Woche:

          Mi., 30.09.: 09:00, 10:30 oder 14:00 Uhr
          Do., 01.10.: 11:00 oder 15:30 Uhr

        Termin auswählen: https://regentaler-mechatronik.recruitee.com/o/embedded-motor/schedule/7f21c

        Sobald Sie ein Zeitfenster gewählt haben, erhalten Sie eine Bestätigung mit dem Link zum
        Gespräch.

        Freundliche Grüße
        Julia Zankl
        Regentaler Mechatronik GmbH
    """)
    return message(
        hdr("Julia Zankl - Regentaler Mechatronik <no-reply@recruitee.com>",
            "Bitte wählen Sie einen Termin für Ihr Kennenlerngespräch", "2026-09-24 13:15", BER,
            "<6512f0c3a8e41_1c2f7b@recruitee.com>",
            via="from o1.mail.recruitee.com (o1.mail.recruitee.com [149.72.201.14])",
            extra=(("Reply-To", "Julia Zankl <julia.zankl@regentaler-mechatronik.de>"),)),
        alt(text(body), html(paras(body))),
    )


@mail(n(33), family="car_service", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Werkstatt-Terminbestätigung des Autohauses (Mo., 05.10.2026, 07:30 Uhr): fester Termin, kein Interview")
def m33() -> bytes:
    body = t("""
        Guten Tag Herr Huber,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:

        Termin:     Mo., 05.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:   Skoda Octavia Combi, R-TH 4711
        Leistungen: Inspektion nach Herstellervorgabe, Räderwechsel auf Winterräder (eingelagert)
        Abholung:   voraussichtlich ab 16:00 Uhr

        Ihr Serviceberater: Herr Schindler, Tel. 0941 555 4410

        Ersatzmobilität: Ein Leihfahrrad steht für Sie bereit.

        Ihr Autohaus Lindner GmbH
        Kirchmeierstraße 40, 93051 Regensburg
    """)
    return message(
        hdr("Autohaus Lindner Service <service@autohaus-lindner-regensburg.de>",
            "Terminbestätigung Werkstatt - Mo., 05.10.2026", "2026-09-28 17:02", BER,
            "<20260928150211.41C8F0@crm.autohaus-lindner-regensburg.de>",
            via="from crm.autohaus-lindner-regensburg.de (crm.autohaus-lindner-regensburg.de [89.246.172.30])"),
        alt(text(body, charset="iso-8859-1"), html(paras(body, charset="iso-8859-1"), charset="iso-8859-1")),
    )


@mail(n(34), family="sports_tryout", lang="de-bavarian", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Basketball-Verein bestätigt ein Probetraining ('am Dienstag um halb acht'): Try-out im Sport, kein Interview")
def m34() -> bytes:
    body = t("""
        Servus Tobias,

        freut mich, dass du bei uns mitspielen magst! Komm einfach am Dienstag um halb acht zum
        Probetraining in die Dreifachhalle an der Brandlberger Straße, Halle 2. Bring Hallenschuhe
        und was zum Trinken mit, Leibchen ham ma.

        Wir sind grad in der Bezirksklasse, ned zu ehrgeizig, aber scho mit Anspruch. Nach dem
        Training gehen a paar von uns meistens no auf a Radler.

        Bis Dienstag
        Andi

        --
        Andreas Gruber
        Trainer Herren 2 | DJK Sallern Basketball
    """)
    return message(
        hdr(addr("Andi Gruber", "andi.gruber@djk-sallern-basketball.de"),
            "Re: Probetraining Herren 2", "2026-10-01 21:37", BER,
            "<20261001213702.Horde.q7Zp1Lk0bEw@webmail.djk-sallern-basketball.de>",
            via="from webmail.djk-sallern-basketball.de (webmail.djk-sallern-basketball.de [185.26.156.41])",
            extra=(("User-Agent", "Horde Application Framework 5"),)),
        text(body, cte="8bit"),
    )


@mail(n(35), family="auto_reply", lang="de", interview=False, company="Frankenwerk Antriebstechnik AG",
      note="Abwesenheitsnotiz der Recruiterin (Auto-Submitted) auf eine Mail zum Gespräch am 07.10.; der "
           "Betreff nennt das Interview, bestätigt aber nichts")
def m35() -> bytes:
    body = t("""
        Sehr geehrte Damen und Herren,

        vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Dienstag, 06.10.2026, nicht im
        Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an bewerbung@frankenwerk.de oder telefonisch an
        0911 555 3000.

        Mit freundlichen Grüßen
        Sandra Wölfl
    """)
    return message(
        hdr(addr("Sandra Wölfl", "sandra.woelfl@frankenwerk.de"),
            "Automatische Antwort: Anreise zum Vorstellungsgespräch am 07.10.", "2026-10-05 08:02", BER,
            "<FR2P281MB0177AUTO5C3E1D9B2F4A7@FR2P281MB0177.DEUP281.PROD.OUTLOOK.COM>",
            via="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2101.outbound.protection.outlook.com [40.107.135.101])",
            extra=(("Auto-Submitted", "auto-replied"),
                   ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<f2b7c1d0-8e44-4a3b-9d1e-6c0f5a2e7b13@example.org>"),
                   ("Content-Language", "de-DE"))),
        text(body, charset="iso-8859-1"),
    )


@mail(n(36), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Podcast host confirms a recording ('Thursday, October 15 at 18:00 CEST'): a podcast interview, not a job interview")
def m36() -> bytes:
    body = t("""
        Hey Tobias,

        Brilliant - you're booked! Recording for Bits & Brakes is confirmed for Thursday, October 15
        at 18:00 CEST (that's 5pm for me in London). We usually talk for about 45 minutes and I edit
        it down to 35.

        Studio link (Riverside): https://riverside.fm/studio/bits-and-brakes?t=c2f81a
        Please use headphones and, if you can, a wired connection.

        Rough topics:
        - your talk at the Regensburg embedded meetup (AUTOSAR Classic vs. Zephyr)
        - what surprised you most moving from Tier 1 to OEM projects
        - one tool you'd take to a desert island

        Looking forward to it!
        Nadia

        Nadia Kowalski
        Host, Bits & Brakes - the automotive software podcast
    """)
    return message(
        hdr(addr("Nadia Kowalski", "nadia@bitsandbrakes.fm"),
            "Bits & Brakes recording - you're booked!", "2026-10-08 12:26", "Europe/London",
            "<CAJ0vQn8p3Lx5m_E2tR9bY7cK1wZ4sH6dF@mail.gmail.com>",
            via="from mail-pj1-f45.google.com (mail-pj1-f45.google.com [209.85.216.45])"),
        alt(text(body), html(gmail_html(body))),
    )


WORK = "Huber, Tobias <tobias.huber@rauchberg-ae.de>"


@mail(n(37), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Outlook-Einladung beim aktuellen Arbeitgeber (an die Dienstadresse, weitergeleitet): Tobias soll "
           "als Interviewer eine Bewerberin befragen (Mi. 21.10., 10:00-11:00) - nicht sein eigenes Interview")
def m37() -> bytes:
    teams = TEAMS_DE.format(mid="YjQ1ZTAyMDgtMWY2", num="385 220 417 903", code="Lq9vXe")
    body = t("""
        Hallo Tobias, hallo Kerstin,

        anbei der Termin für das Fachgespräch mit Frau Jana Köhler (Bewerberin Senior Embedded
        Software Developer, Ref. 2026-117). Tobias, kannst du bitte wie besprochen den technischen
        Teil übernehmen (C, CAN/LIN, Debugging am Target)? Kerstin macht Motivation und Team-Fit.
        Lebenslauf und Zeugnisse liegen im Teams-Kanal „Recruiting Body“.

        Bitte nach dem Gespräch den Bewertungsbogen bis Freitag ausfüllen.

        Danke euch!
        Verena Mühlbauer
        HR Business Partner | Rauchberg Automotive Electronics GmbH

    """) + teams
    ics = outlook_ics("REQUEST", ("Mühlbauer, Verena", "verena.muehlbauer@rauchberg-ae.de"),
                      "040000008200E00074C5B7101A82E00800000000F0A71C2B3E63DC01000000000000000010000000B8E4",
                      "Interview Jana Köhler – Fachgespräch Senior Embedded SW",
                      "20261021T100000", "20261021T110000", "20261014T132011Z",
                      attendees=(("Huber, Tobias", "tobias.huber@rauchberg-ae.de"),
                                 ("Vogl, Kerstin", "kerstin.vogl@rauchberg-ae.de")))
    return message(
        hdr(addr("Mühlbauer, Verena", "verena.muehlbauer@rauchberg-ae.de"),
            "Interview Jana Köhler – Fachgespräch Senior Embedded SW", "2026-10-14 15:20", BER,
            "<FR4P281MB3302C1D0A7E94F2B6C8D0E1F3A5B7@FR4P281MB3302.DEUP281.PROD.OUTLOOK.COM>",
            via="from mail.rauchberg-ae.de (mail.rauchberg-ae.de [194.25.110.34])",
            to=WORK + ", " + addr("Vogl, Kerstin", "kerstin.vogl@rauchberg-ae.de"),
            extra=(("X-Forwarded-To", ME),
                   ("Thread-Topic", enc("Interview Jana Köhler – Fachgespräch Senior Embedded SW")),
                   ("Content-Language", "de-DE"))),
        alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
            calendar(ics, cte="base64")),
    )


@mail(n(38), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="Hochschule lädt zum Auswahlgespräch für einen berufsbegleitenden Master (Fr., 23.10.2026, 14:00 "
           "Uhr): Zulassungsgespräch, kein Vorstellungsgespräch für eine Stelle")
def m38() -> bytes:
    body = t("""
        Sehr geehrter Herr Huber,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        Automotive Software Engineering (Start Sommersemester 2027).

        Ihre Unterlagen erfüllen die formalen Zugangsvoraussetzungen. Wir laden Sie daher zu einem
        Auswahlgespräch mit der Auswahlkommission ein:

        Termin:   Freitag, 23.10.2026, 14:00 Uhr (Dauer: 20 Minuten)
        Ort:      online via Zoom – der Link folgt am Vortag
        Kommission: Prof. Dr.-Ing. Reinhold Aschenbrenner, Prof. Dr. Sabine Trautmann

        Bitte halten Sie einen amtlichen Lichtbildausweis bereit. Eine Bestätigung ist nicht
        erforderlich; sollten Sie verhindert sein, geben Sie uns bitte bis 20.10. Bescheid.

        Mit freundlichen Grüßen
        Studiengangskoordination Automotive Software Engineering
        Hochschule Donau-Wald | Weiterbildungszentrum Regensburg
    """)
    return message(
        hdr("HS Donau-Wald Weiterbildung <master-ase@hs-donauwald.de>",
            "Einladung zum Auswahlgespräch – Master Automotive Software Engineering", "2026-10-13 11:05", BER,
            "<0a9f2c61-7d14-4b8e-a3c5-e2f10b6d8c47@hs-donauwald.de>",
            via="from mx1.hs-donauwald.de (mx1.hs-donauwald.de [193.174.32.18])"),
        alt(text(body), html(paras(body))),
    )


@mail(n(39), family="forward_other_person", lang="de-bavarian", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Der Schwager leitet seine eigene Einladung (message/rfc822) weiter: bestätigtes Vorstellungsgespräch "
           "Mo., 02.11.2026, 10:00 Uhr - aber für Michael Brandl, nicht für den Postfachinhaber -> negativ")
def m39() -> bytes:
    inner_body = t("""
        Sehr geehrter Herr Brandl,

        vielen Dank für Ihre Bewerbung als Disponent Nahverkehr (m/w/d). Gerne bestätigen wir
        Ihnen den Termin für ein persönliches Vorstellungsgespräch:

        Montag, 02.11.2026, 10:00 Uhr
        Bayerwald Logistik GmbH, Industriestraße 12, 94315 Straubing

        Ihr Ansprechpartner ist Herr Robert Frischholz (Leitung Disposition).

        Mit freundlichen Grüßen
        Petra Wenzl
        Personal | Bayerwald Logistik GmbH
        petra.wenzl@bayerwald-logistik.de
    """)
    inner = message([
        ("From", "Bayerwald Logistik GmbH <noreply@softgarden.io>"),
        ("Reply-To", "Petra Wenzl <petra.wenzl@bayerwald-logistik.de>"),
        ("To", "Michael Brandl <michi.brandl@example.net>"),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Disponent Nahverkehr")),
        ("Date", date("2026-10-26 14:31", BER)),
        ("Message-ID", "<1761485460554.30211.sg-mailer@softgarden.io>"),
    ], text(inner_body))
    body = t("""
        Servus Tobi,

        schau amal, hat endlich klappt! Am Montag hab i des Gespräch in Straubing. Hast du a paar
        Tipps, was die so fragen? Du hast ja grad a Übung mit dem Zeug 😉

        Grüß mir d'Steffi
        Michi
    """)
    return message(
        hdr(addr("Michael Brandl", "michi.brandl@example.net"),
            "Fwd: Einladung zum Vorstellungsgespräch – Disponent Nahverkehr", "2026-10-27 20:14", BER,
            "<3b1e0f77-9c2a-4d58-b6e1-0f4c8a2d7e95@example.net>",
            via="from mout.gmx.net (mout.gmx.net [212.227.15.19])"),
        mixed(text(body, cte="8bit"), attached_message(inner, filename="Einladung.eml")),
    )


@mail(n(40), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Elternsprechtag-Buchung über ein Schulportal (Do., 12.11.2026, 16:20-16:30 Uhr): fester Termin, kein Interview")
def m40() -> bytes:
    body = t("""
        Sehr geehrte Eltern,

        Ihre Buchung für den Elternsprechtag wurde gespeichert.

        Kind:        Lena Huber, Klasse 2b
        Lehrkraft:   Frau Heigl (Klassenleitung)
        Termin:      Donnerstag, 12.11.2026, 16:20 - 16:30 Uhr
        Raum:        104, 1. OG

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Falls Sie den Termin nicht
        wahrnehmen können, stornieren Sie ihn bitte im Portal, damit andere Eltern nachrücken können.

        Grundschule am Dörnbergpark, Regensburg
        -- Diese Nachricht wurde automatisch über SchulPost Bayern versendet. --
    """)
    return message(
        hdr("SchulPost Bayern <noreply@schulpost-bayern.de>",
            "Elternsprechtag: Ihr Termin bei Frau Heigl", "2026-11-04 19:45", BER,
            "<sp.4471021.20261104184503@schulpost-bayern.de>",
            via="from out.schulpost-bayern.de (out.schulpost-bayern.de [5.9.88.141])"),
        text(body, charset="iso-8859-1"),
    )


@mail(n(41), family="mailing_list", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Mailing-list reply: another member is 'interviewing candidates next Tuesday at 10' and asks for a CAN FD "
           "question; list headers; the interview is not the inbox owner's")
def m41() -> bytes:
    body = t("""
        On Sun, Nov 1, 2026 at 9:12 PM Tobias Huber <tobias.huber@example.org> wrote:
        > A question I like: "the bus runs at 500k/2M and you see error frames only above 60 C -
        > where do you look first?" Tells you quickly who has sat next to a scope.

        Thanks Tobias, that's a good one. I'm interviewing candidates next Tuesday at 10 and will
        steal it shamelessly. For the data phase I usually also ask why the sample point moves to
        ~70-80% and what the transceiver delay compensation does.

        If anyone has a good question on ISO-TP flow control, I'd love to hear it.

        Cheers,
        Henrik

        _______________________________________________
        canbus-tools mailing list
        canbus-tools@lists.canbus-tools.org
        https://lists.canbus-tools.org/mailman/listinfo/canbus-tools
    """)
    return message(
        hdr(addr("Henrik Aalto", "henrik.aalto@example.com"),
            "Re: [canbus-tools] interview questions on CAN FD bit timing", "2026-11-02 08:44", "Europe/Helsinki",
            "<CAE2nQp0Lr7Wx9v_K3bT5mYc1eZ8sJ4dG@mail.gmail.com>",
            via="from lists.canbus-tools.org (lists.canbus-tools.org [138.201.19.77])",
            to="canbus-tools@lists.canbus-tools.org",
            extra=(("In-Reply-To", "<9a0e4c21-5b7f-4d13-8e62-1c3f0b7a9d54@example.org>"),
                   ("List-Id", "CAN bus tooling discussion <canbus-tools.lists.canbus-tools.org>"),
                   ("List-Post", "<mailto:canbus-tools@lists.canbus-tools.org>"),
                   ("List-Unsubscribe", "<https://lists.canbus-tools.org/mailman/options/canbus-tools>"),
                   ("Precedence", "list"),
                   ("Sender", "canbus-tools <canbus-tools-bounces@lists.canbus-tools.org>"))),
        text(body, cte="7bit", charset="us-ascii"),
    )


@mail(n(42), family="offer", lang="en", interview=False, company="Kestrel Mobility GmbH",
      days=(("Fri", "2026-10-23"),),
      note="Job offer after the onsite (thread with the Kestrel interviews); the 'Friday at 4pm' call is to walk "
           "through the offer, not an interview")
def m42() -> bytes:
    body = t("""
        Hi Tobias,

        I'm thrilled to let you know that the team would like to offer you the position of
        Embedded Software Engineer - Battery Management at Kestrel Mobility!

        Everyone you met on the 8th was impressed, particularly by how you approached the contactor
        state machine. You'll find the offer letter and the draft contract in the candidate portal
        (link below); the headline numbers are the ones we discussed on the phone.

        I've put a short call in both our calendars for Friday at 4pm to walk you through the
        details (relocation support, the company car policy and the start date). If you'd like
        Jakob to join, just say so.

        We'd kindly ask you to let us know by October 30.

        Congratulations again!
        Miriam

        Offer portal: https://kestrel-mobility.greenhouse.io/offers/7Hq2Lp
    """)
    return message(
        hdr(addr("Miriam Kessler", "miriam.kessler@kestrel-mobility.de"),
            "Your offer from Kestrel Mobility", "2026-10-20 16:45", BER,
            "<CAGw7pT1Kx0nR4m_Z9bV2sYc8eL3qH5dN@mail.gmail.com>",
            via="from mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])"),
        alt(text(body), html(gmail_html(body))),
    )


@mail(n(43), family="tax_advisor", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Steuerkanzlei bestätigt einen Besprechungstermin mit ICS (Do., 19.11.2026, 08:15 Uhr): fester "
           "Termin, kein Interview")
def m43() -> bytes:
    body = t("""
        Sehr geehrter Herr Huber,

        hiermit bestätigen wir Ihren Termin in unserer Kanzlei:

        Donnerstag, 19.11.2026, 08:15 - 09:00 Uhr
        Besprechung Einkommensteuererklärung 2025 (doppelte Haushaltsführung, Arbeitszimmer)
        bei Frau Dipl.-Kffr. Renate Wiesent, Steuerberaterin

        Bitte bringen Sie die Belege zu Fahrtkosten und Miete der Zweitwohnung mit. Eine
        Kalenderdatei für Ihren Terminplaner finden Sie im Anhang.

        Mit freundlichen Grüßen
        Ihr Team der Steuerkanzlei Wiesent & Partner
        Maximilianstraße 21, 93047 Regensburg
    """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//DATEV//Kanzlei-Terminplaner//DE",
        "METHOD:PUBLISH",
        VTZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "UID:kanzlei-wiesent-20261119-0815-huber",
        "DTSTAMP:20261110T091200Z",
        "DTSTART;TZID=Europe/Berlin:20261119T081500",
        "DTEND;TZID=Europe/Berlin:20261119T090000",
        "SUMMARY:Steuerkanzlei Wiesent: Besprechung ESt 2025",
        "LOCATION:Maximilianstraße 21\\, 93047 Regensburg",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return message(
        hdr("Steuerkanzlei Wiesent & Partner <termine@stb-wiesent.de>",
            "Terminbestätigung 19.11.2026", "2026-11-10 10:12", BER,
            "<20261110091200.5531@stb-wiesent.de>",
            via="from smtp.stb-wiesent.de (smtp.stb-wiesent.de [217.160.0.88])"),
        mixed(text(body, charset="iso-8859-1"),
              calendar(ics, method="PUBLISH", filename="Termin.ics", disposition="attachment",
                       cte="quoted-printable")),
    )


@mail(n(44), family="recruiter_later", lang="de", interview=False, company="Brixen Automotive GmbH",
      note="Recruiter: Einstellungsstopp, 'melden Sie sich im Januar nochmal' - kein Termin")
def m44() -> bytes:
    body = t("""
        Hallo Herr Huber,

        danke für Ihre Nachfrage und sorry für die späte Antwort. Bei uns ist leider bis Jahresende
        ein Einstellungsstopp, auch für die Embedded-Stellen. Melden Sie sich gerne Anfang Januar
        nochmal direkt bei mir, dann schauen wir, ob wir ein Gespräch mit Herrn Dr. Kastl
        vereinbaren können - Ihr Profil passt eigentlich sehr gut.

        Viele Grüße
        Stefan Hölzl

        Gesendet von Outlook für Android
    """)
    return message(
        hdr(addr("Stefan Hölzl", "stefan.hoelzl@brixen-automotive.de"),
            "AW: Embedded Software Engineer - Stand meiner Bewerbung", "2026-11-20 07:52", BER,
            "<AM0PR10MB3412F7E0C2A91B4D8E6F0A1C2D3E4@AM0PR10MB3412.EURPRD10.PROD.OUTLOOK.COM>",
            via="from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2072.outbound.protection.outlook.com [40.107.14.72])",
            extra=(("In-Reply-To", "<c81f2a0e-44b9-4e7d-9a13-5f6b0d2c8e71@example.org>"),)),
        text(body, charset="windows-1252", cte="quoted-printable"),
    )


@mail(n(45), family="doctor_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Online-Terminbuchung beim Hausarzt (Grippeschutzimpfung, Mi., 25.11.2026, 17:40 Uhr): fester Termin, kein Interview")
def m45() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#0b2340">
        <div style="max-width:560px;margin:0 auto;border:1px solid #dfe6ee;border-radius:8px;padding:24px">
        <p style="font-size:18px;font-weight:bold">Ihr Termin ist bestätigt</p>
        <p>Hallo Tobias Huber,</p>
        <p>Ihr Termin bei <b>Dr. med. Anna Rieger, Fachärztin für Allgemeinmedizin</b> wurde bestätigt.</p>
        <table cellpadding="4">
        <tr><td>📅</td><td><b>Mittwoch, 25. November 2026 um 17:40</b></td></tr>
        <tr><td>💉</td><td>Grippeschutzimpfung (Saison 2026/27)</td></tr>
        <tr><td>📍</td><td>Hausarztpraxis Dr. Rieger, Augustenstraße 9, 93049 Regensburg</td></tr>
        </table>
        <p>Bitte bringen Sie Ihre Gesundheitskarte und Ihren Impfpass mit.</p>
        <p><a href="https://www.terminfix.de/termine/3c81e0" style="background:#0596de;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Termin verwalten</a></p>
        <p style="font-size:11px;color:#6b7a90">Absagen bitte bis spätestens 24 Stunden vorher. TerminFix GmbH</p>
        </div></body></html>
    """)
    return message(
        hdr("TerminFix <noreply@terminfix.de>",
            "Terminbestätigung: Dr. med. Anna Rieger am 25.11.2026", "2026-11-16 12:03", BER,
            "<tf-3c81e0-confirm.20261116110301@terminfix.de>",
            via="from mail-out.terminfix.de (mail-out.terminfix.de [52.29.140.71])"),
        html(page, cte="base64"),
    )


@mail(n(46), family="meetup", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Meetup-Zusage: Vortrag 'Wie wir Embedded-Entwickler interviewen' am Do., 26.11., 19:00 Uhr - "
           "Veranstaltung, kein Interview")
def m46() -> bytes:
    body = t("""
        Du bist dabei!

        Embedded Meetup Regensburg #14
        „Wie wir Embedded-Entwickler interviewen – und was wir dabei falsch gemacht haben“

        Donnerstag, 26. November 2026
        19:00 bis 21:30 MEZ

        TechCampus Regensburg, Franz-Mayer-Straße 1, Raum E.04

        Programm
        19:00  Ankommen, Pizza & Mate
        19:30  Talk: Livecoding im Interview – Fluch oder Segen? (Veronika Sturm)
        20:15  Panel mit drei Hiring Managern aus der Region
        21:00  Networking

        Kannst du doch nicht? Bitte sag ab, damit jemand von der Warteliste nachrücken kann:
        https://www.meetup.com/embedded-regensburg/events/314772201/

        Meetup · Einstellungen für E-Mails ändern
    """)
    return message(
        hdr("Embedded Meetup Regensburg <info@email.meetup.com>",
            "Du bist dabei: Embedded Meetup Regensburg #14", "2026-11-19 21:14", "UTC",
            "<20261119211402.a7e3c1.314772201@email.meetup.com>",
            via="from mail-out-17.email.meetup.com (mail-out-17.email.meetup.com [198.37.152.17])",
            extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),)),
        alt(text(body), html(paras(body))),
    )


@mail(n(47), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Bank bestätigt ein Jahresgespräch beim Berater (Fr., 04.12.2026, 16:00 Uhr): fester Termin, kein Interview")
def m47() -> bytes:
    body = t("""
        Sehr geehrter Herr Huber,

        vielen Dank für Ihre Terminvereinbarung. Gerne bestätige ich Ihnen unser Jahresgespräch
        "Vermögen & Vorsorge":

        Freitag, 04.12.2026, 16:00 Uhr
        Donau-Naab Bank eG, Filiale Regensburg-Kumpfmühl, Kumpfmühler Straße 50

        Wir sprechen über Ihren Fondssparplan, die Riester-Zulage 2026 und - wie von Ihnen
        angesprochen - die Absicherung bei einem möglichen Arbeitgeberwechsel.

        Ich freue mich auf unser Gespräch.

        Freundliche Grüße
        Lorenz Bachl
        Private Banking Berater
        Donau-Naab Bank eG

        Diese E-Mail wurde über das Online-Banking-Postfach versendet.
    """)
    return message(
        hdr(addr("Lorenz Bachl - Donau-Naab Bank eG", "lorenz.bachl@donau-naab-bank.de"),
            "Terminbestätigung: Jahresgespräch Vermögen & Vorsorge", "2026-11-26 14:18", BER,
            "<DNB.4f1e9a27c0.20261126131801@donau-naab-bank.de>",
            via="from mx-out.fiduciagad.de (mx-out.fiduciagad.de [193.109.4.33])"),
        alt(text(body, charset="iso-8859-15"), html(paras(body, charset="iso-8859-15"), charset="iso-8859-15")),
    )


@mail(n(48), family="bounce", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Unzustellbarkeitsmeldung (multipart/report) zu Tobias' eigener Bestätigungsmail an eine vertippte "
           "Adresse; der zurückgekommene Text nennt 'Freitag, 11.12., um 13:00 Uhr' (das Isarwerk-Interview), "
           "die Mail selbst ist aber ein Bounce vom Mailserver -> negativ")
def m48() -> bytes:
    orig_body = t("""
        Sehr geehrte Frau Sommer,

        vielen Dank für die Terminbestätigung - gerne bestätige ich das Interview am Freitag,
        11.12., um 13:00 Uhr in Freimann. Ist es möglich, mit dem Auto auf das Werksgelände zu
        fahren, oder sollte ich besser mit der U6 kommen?

        Mit freundlichen Grüßen
        Tobias Huber
    """)
    orig = message([
        ("From", TOBIAS),
        ("To", "Katrin Sommer <k.sommer@isarwerk-automotive.com>"),
        ("Subject", "Interview am 11.12. - Anfahrt"),
        ("Date", date("2026-12-04 18:11", BER)),
        ("Message-ID", "<e40b7c19-2f3a-4d6e-8b51-9c0a1f2e3d47@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(orig_body, cte="8bit"))
    notice = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <k.sommer@isarwerk-automotive.com>: host
            isarwerk-automotive-com.mail.protection.outlook.com[52.101.73.10] said:
            550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.sommer@isarwerk-automotive.com
            not found by SMTP address lookup (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4Fq2Lx0bT7z1xr
        Arrival-Date: Fri,  4 Dec 2026 18:11:52 +0100 (CET)

        Final-Recipient: rfc822; k.sommer@isarwerk-automotive.com
        Original-Recipient: rfc822;k.sommer@isarwerk-automotive.com
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; isarwerk-automotive-com.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
            k.sommer@isarwerk-automotive.com not found by SMTP address lookup
    """)
    return message(
        hdr("Mail Delivery System <MAILER-DAEMON@mx01.example.org>",
            "Undelivered Mail Returned to Sender", "2026-12-04 18:12", BER,
            "<20261204171203.8C1F24E0A3@mx01.example.org>",
            via="from localhost (localhost [127.0.0.1])",
            extra=(("Auto-Submitted", "auto-replied"),)),
        multipart("report",
                  text(notice, charset="us-ascii", cte="7bit",
                       extra=(("Content-Description", "Notification"),)),
                  raw_part([("Content-Description", "Delivery report"),
                            ("Content-Type", "message/delivery-status")], status),
                  attached_message(orig),
                  params="report-type=delivery-status"),
    )


@mail(n(49), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-18"),),
      note="Outlook-Einladung zur Weihnachtsfeier des Teams beim aktuellen Arbeitgeber (Fr., 18.12., 18:00 Uhr): "
           "fester Termin mit ICS, kein Interview")
def m49() -> bytes:
    body = t("""
        Servus miteinander,

        heuer feiern wir wieder im Kneitinger-Keller – Tisch ist ab 18 Uhr auf „Rauchberg Body“
        reserviert. Essen und die ersten zwei Getränke übernimmt die Firma, danach wie immer
        jeder selber. Wichtelgeschenke bitte nicht über 15 €.

        Bitte kurz zu- oder absagen, damit ich dem Wirt die Zahl durchgeben kann.

        Pfiat eich
        Gerlinde

        Gerlinde Stangl
        Teamleitung Body Electronics Software
        Rauchberg Automotive Electronics GmbH
    """)
    ics = outlook_ics("REQUEST", ("Stangl, Gerlinde", "gerlinde.stangl@rauchberg-ae.de"),
                      "040000008200E00074C5B7101A82E0080000000010F3A8D59C6BDC01000000000000000010000000E2A7",
                      "Weihnachtsfeier Team Body Electronics",
                      "20261218T180000", "20261218T230000", "20261207T083011Z",
                      location="Kneitinger-Keller\\, Galgenbergstraße 18\\, Regensburg",
                      attendees=(("Huber, Tobias", "tobias.huber@rauchberg-ae.de"),
                                 ("Body SW Team", "body-sw-team@rauchberg-ae.de")))
    return message(
        hdr(addr("Stangl, Gerlinde", "gerlinde.stangl@rauchberg-ae.de"),
            "Weihnachtsfeier Team Body Electronics", "2026-12-07 09:30", BER,
            "<FR4P281MB3302E8A0C1D74F9B2E6A0C3D5F7E9@FR4P281MB3302.DEUP281.PROD.OUTLOOK.COM>",
            via="from mail.rauchberg-ae.de (mail.rauchberg-ae.de [194.25.110.34])",
            to="Body SW Team <body-sw-team@rauchberg-ae.de>",
            extra=(("X-Forwarded-To", ME),
                   ("Thread-Topic", "Weihnachtsfeier Team Body Electronics"),
                   ("Content-Language", "de-DE"))),
        alt(text(body), html(paras(body, style="font-family:Calibri,sans-serif;font-size:11pt")),
            calendar(ics, cte="base64")),
    )


@mail(n(50), family="taleo_rejection", lang="de", interview=False, company="Altmühl Systems GmbH",
      note="Taleo-Absage nach dem Gespräch vom 05.11. (Thread mit der Altmühl-Verschiebung): erwähnt ein "
           "vergangenes Interview, keinen neuen Termin")
def m50() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Sehr geehrter Herr Huber,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Embedded Software Engineer AUTOSAR (m/w/d)</b>
        (Ausschreibungsnr. 26000731) und für das angenehme Gespräch am 05.11.2026.</p>
        <p>Nach sorgfältiger Abwägung müssen wir Ihnen heute leider mitteilen, dass wir uns für eine
        andere Kandidatin entschieden haben, deren Erfahrung mit der Basissoftware-Konfiguration noch
        besser zu unseren aktuellen Projekten passt.</p>
        <p>Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Gerne würden wir Ihre Daten
        für zukünftige Vakanzen in unserem Talentpool speichern &ndash; Ihre Zustimmung können Sie im
        Kandidatenportal erteilen.</p>
        <p>Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Altmühl Systems GmbH</p>
        <p><font size="1">Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.</font></p>
        </font></body></html>
    """)
    return message(
        hdr(addr("Altmühl Systems GmbH", "noreply@altmuehl-systems.taleo.net"),
            "Ihre Bewerbung als Embedded Software Engineer AUTOSAR (m/w/d)", "2026-12-10 11:05", BER,
            "<1765361100443.JavaMail.taleo@altmuehl-systems.taleo.net>",
            via="from smtp-out.taleo.net (smtp-out.taleo.net [160.34.17.210])"),
        html(page, charset="windows-1252"),
    )
