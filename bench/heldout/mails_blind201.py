"""blind201: a blind 50-mail held-out set, the inbox of a medical-imaging developer in Würzburg.

Every mail is written by hand below (one function per mail); ``make.py`` does the MIME plumbing
and the label checks. Build and check with ``python3 bench/heldout/make_blind.py blind201``.
Written blind: without reading the detector, its tests and fixtures, or the other held-out mails.
"""

from __future__ import annotations

import random
from email.utils import parseaddr

from make import (
    VTZ,
    addr,
    alt,
    attached_message,
    calendar,
    date,
    enc,
    html,
    mail,
    message,
    mixed,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(2010201).sample(range(1, 51), 50)

ME = "tobias.schneider@example.org"
ME_H = "Tobias Schneider <tobias.schneider@example.org>"
BER = "Europe/Berlin"
VIE = "Europe/Vienna"


def n(key: int) -> str:
    """The file name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"blind201_{ORDER[key - 1]:03d}"


def hdrs(frm: str, subject: str, when: str, mid: str, *, zone: str = BER, to: str = ME_H,
         relay: str = "from mail.example.net (mail.example.net [192.0.2.10])",
         reply_to: str | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    if not frm.isascii():
        name, address = parseaddr(frm)
        frm = addr(name, address)
    hs = [
        ("Return-Path", "<bounce@example.net>"),
        ("Received", received(relay, when, zone, "mx1.example.org (Postfix) with ESMTPS id 4Q8x", ME)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
    ]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += list(extra)
    return hs


def vcal(prodid: str, method: str | None, body: str, tz: str | None = None) -> str:
    head = f"BEGIN:VCALENDAR\nPRODID:{prodid}\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
    if method:
        head += f"METHOD:{method}\n"
    if tz:
        head += VTZ[tz] + "\n"
    return head + t(body).strip("\n") + "\nEND:VCALENDAR\n"


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", BER), end=utc("2026-09-15 11:00", BER),
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BER,
      contact="julia.hofmann@pegnitz-vision.de", company="Pegnitz Vision GmbH",
      note="Personio interview confirmation 'Dienstag, 15.09.2026, 10:00 - 11:00 Uhr' in Nuremberg, "
           "CEST (UTC+2) -> 08:00Z-09:00Z; ICS agrees; contact = human Reply-To (sender is no-reply).")
def p01() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die
        Position Softwareentwickler (m/w/d) Medizinische Bildverarbeitung:

        Datum:    Dienstag, 15.09.2026
        Uhrzeit:  10:00 - 11:00 Uhr
        Ort:      Pegnitz Vision GmbH, Fürther Straße 212, 90429 Nürnberg, 3. OG (Empfang)
        Gesprächspartner: Julia Hofmann (People & Culture), Dr. Matthias Weigand (Teamleitung Software)

        Bitte melden Sie sich kurz am Empfang. Parkplätze finden Sie im Hof, Zufahrt über die
        Kohlenhofstraße. Falls Sie den Termin nicht wahrnehmen können, antworten Sie einfach auf
        diese E-Mail.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen
        Julia Hofmann
        People & Culture | Pegnitz Vision GmbH

        --
        Diese Nachricht wurde über Personio versendet. Datenschutzhinweise: https://pegnitz-vision.jobs.personio.de/privacy-policy
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <p>Sehr geehrter Herr Schneider,</p>
        <p>vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die
        Position <b>Softwareentwickler (m/w/d) Medizinische Bildverarbeitung</b>:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum</b></td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Pegnitz Vision GmbH, Fürther Straße 212, 90429 Nürnberg, 3. OG (Empfang)</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Julia Hofmann (People &amp; Culture), Dr. Matthias Weigand (Teamleitung Software)</td></tr>
        </table>
        <p>Bitte melden Sie sich kurz am Empfang. Parkplätze finden Sie im Hof, Zufahrt über die
        Kohlenhofstraße. Falls Sie den Termin nicht wahrnehmen können, antworten Sie einfach auf
        diese E-Mail.</p>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Mit freundlichen Grüßen<br>Julia Hofmann<br>People &amp; Culture | Pegnitz Vision GmbH</p>
        <p style="color:#888;font-size:11px">Diese Nachricht wurde über Personio versendet.</p>
        </body></html>
        """)
    ics = vcal("-//Personio GmbH//Personio Recruiting//DE", "REQUEST", """
        BEGIN:VEVENT
        UID:interview-6612047-20260915@personio.de
        DTSTAMP:20260908T121200Z
        DTSTART;TZID=Europe/Berlin:20260915T100000
        DTEND;TZID=Europe/Berlin:20260915T110000
        SUMMARY:Vorstellungsgespräch Tobias Schneider - Softwareentwickler (m/w/d)
        LOCATION:Pegnitz Vision GmbH\\, Fürther Straße 212\\, 90429 Nürnberg
        ORGANIZER;CN=Julia Hofmann:mailto:julia.hofmann@pegnitz-vision.de
        ATTENDEE;CN=Tobias Schneider;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tobias.schneider@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """, tz="Europe/Berlin")
    return message(
        hdrs("Pegnitz Vision GmbH <no-reply@personio.de>",
             "Bestätigung Ihres Vorstellungsgesprächs – Softwareentwickler (m/w/d) Medizinische Bildverarbeitung",
             "2026-09-08 14:12", "<0102019a3c1d.7f3e2b14-personio-mail-6612047@eu-central-1.amazonses.com>",
             relay="from a27-41.smtp-out.eu-central-1.amazonses.com (a27-41.smtp-out.eu-central-1.amazonses.com [54.240.27.41])",
             reply_to="Julia Hofmann <julia.hofmann@pegnitz-vision.de>",
             extra=(("X-Mailer", "Personio"),)),
        mixed(alt(text(body), html(page)),
              calendar(ics, cte="base64", filename="einladung.ics", disposition="attachment")))


@mail(n(2), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 10:30", BER), end=None, local="Tue 2026-09-22 10:30", zone=BER,
      contact="florian.bauer@residenzlabor.de", company="Residenzlabor GmbH",
      days=(("Sat", "2026-09-12"), ("Fri", "2026-09-11")),
      note="Franconian phone reply, du: 'übernächsten Dienstag um halb elf'. Date Sat 12 Sep: next Tuesday "
           "is 15 Sep, the one after that 22 Sep; 10:30 CEST -> 08:30Z. '1–1,5 Std.' is not an exact "
           "length, so end null. Contact = human sender.")
def p02() -> bytes:
    body = t("""
        Servus Tobias,

        passt scho, dann mach mer's so: übernächsten Dienstag um halb elf bei uns in der Semmelstraße, 2. Stock, klingel einfach bei Residenzlabor. Der Ralf von der Entwicklung is auch dabei, plan mal so 1–1,5 Std. ein. Kaffee gibt's 😉

        Bis dann
        Flo

        Von meinem iPhone gesendet

        > Am 11.09.2026 um 17:02 schrieb Tobias Schneider <tobias.schneider@example.org>:
        >
        > Hallo Florian,
        >
        > danke für den Anruf heute! Dienstag in eineinhalb Wochen vormittags würde mir gut passen, ab 10 Uhr bin ich flexibel.
        >
        > Viele Grüße
        > Tobias
        """)
    return message(
        hdrs("Florian Bauer <florian.bauer@residenzlabor.de>", "Re: Kennenlernen Residenzlabor",
             "2026-09-12 11:20", "<A7F2C1D4-3B9E-4C2A-9D11-6E0F5B7A8C21@residenzlabor.de>",
             relay="from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])",
             extra=(("In-Reply-To", "<CAH7p0vZq1=tobias.schneider.3341@mail.example.org>"),
                    ("References", "<CAH7p0vZq1=tobias.schneider.3341@mail.example.org>"),
                    ("X-Mailer", "iPhone Mail (21G93)"))),
        text(body, cte="8bit"))


@mail(n(3), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 08:30", "Pacific/Auckland"), end=utc("2026-11-18 09:15", "Pacific/Auckland"),
      local="Wed 2026-11-18 08:30", local_end="2026-11-18 09:15", zone="Pacific/Auckland",
      contact="aroha.ngata@harbourline.co.nz", company="Harbourline Imaging",
      note="Greenhouse confirmation from an Auckland remote team: Wed 18 Nov 8:30-9:15 AM NZDT (UTC+13) "
           "= Tue 17 Nov 19:30Z-20:15Z, the previous day in UTC (the body also gives Tue 20:30 CET). "
           "Contact = human Reply-To.")
def p03() -> bytes:
    body = t("""
        Kia ora Tobias,

        Thanks for choosing a time - your interview with Harbourline Imaging is confirmed.

        Position: Senior Software Engineer, Viewer Platform (Remote, EU)
        When: Wednesday, November 18, 2026, 8:30 AM - 9:15 AM NZDT
              (that is Tuesday evening, November 17, 20:30 - 21:15 CET for you)
        Where: Google Meet - https://meet.google.com/xkv-qpfr-hta
        Interviewers: Wiremu Tane (Engineering Manager), Sophie Lin (Staff Engineer)

        This is a technical conversation about rendering large DICOM series in the browser - no
        live coding, but feel free to have a few examples of your own work ready to share.

        If you need to reschedule, just reply to this email.

        Nga mihi,
        Aroha Ngata
        Talent Partner, Harbourline Imaging

        Powered by Greenhouse
        """)
    page = ("<html><body><div style=\"font-family:Helvetica,Arial,sans-serif\">"
            + "".join(f"<p>{line}</p>" if line else "" for line in body.replace("&", "&amp;").split("\n"))
            + "</div></body></html>\n")
    return message(
        hdrs("Harbourline Imaging <no-reply@us.greenhouse-mail.io>",
             "Interview Confirmation: Senior Software Engineer, Viewer Platform",
             "2026-11-12 09:15", "<68f1a2c4e9b3d_7a1c3fd6b8e2a4c81234@greenhouse-mail.io>",
             zone="Pacific/Auckland",
             relay="from o1678.us.greenhouse-mail.io (o1678.us.greenhouse-mail.io [167.89.18.207])",
             reply_to="Aroha Ngata <aroha.ngata@harbourline.co.nz>"),
        alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(4), family="exchange_outlook", lang="de-AT", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", VIE), end=utc("2026-10-26 10:00", VIE),
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=VIE,
      contact="katharina.pichler@donaukanal-med.at", company="Donaukanal Medizinsoftware GmbH",
      note="Austrian Exchange meeting request (Windows zone 'W. Europe Standard Time'), Teams. Mon 26 Oct "
           "9:00-10:00 Vienna, the day after the switch back to CET (25 Oct) -> 08:00Z-09:00Z; the mail "
           "was sent in CEST. Contact = ORGANIZER/sender.")
def p04() -> bytes:
    body = t("""
        Grüß Gott Herr Schneider,

        wie heute telefonisch besprochen darf ich Sie herzlich zu unserem Zweitgespräch für die Stelle
        „Senior Developer DICOM/PACS“ einladen:

        Montag, 26. Oktober 2026, 9:00 bis 10:00 Uhr, via Microsoft Teams

        Mit dabei sind Herr DI Lukas Gruber (Head of Engineering) und ich. Bitte beachten Sie, dass am
        Wochenende davor die Uhren auf Winterzeit umgestellt werden – der Termin ist 9 Uhr Wiener Zeit,
        also bei Ihnen in Würzburg ebenfalls 9 Uhr.

        Mit freundlichen Grüßen
        Mag. Katharina Pichler
        Talent Acquisition
        Donaukanal Medizinsoftware GmbH | Obere Donaustraße 63 | 1020 Wien
        T +43 1 2145 330-17

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil.
        Klicken Sie hier, um an der Besprechung teilzunehmen
        Besprechungs-ID: 391 224 870 115
        Kennung: Qk7vW2
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE-AT"><div class="WordSection1">
        <p class="MsoNormal">Grüß Gott Herr Schneider,</p>
        <p class="MsoNormal">wie heute telefonisch besprochen darf ich Sie herzlich zu unserem Zweitgespräch für die Stelle
        „Senior Developer DICOM/PACS“ einladen:</p>
        <p class="MsoNormal"><b>Montag, 26. Oktober 2026, 9:00 bis 10:00 Uhr, via Microsoft Teams</b></p>
        <p class="MsoNormal">Mit dabei sind Herr DI Lukas Gruber (Head of Engineering) und ich. Bitte beachten Sie, dass am
        Wochenende davor die Uhren auf Winterzeit umgestellt werden – der Termin ist 9 Uhr Wiener Zeit,
        also bei Ihnen in Würzburg ebenfalls 9 Uhr.</p>
        <p class="MsoNormal">Mit freundlichen Grüßen<br>Mag. Katharina Pichler<br>Talent Acquisition<br>
        Donaukanal Medizinsoftware GmbH | Obere Donaustraße 63 | 1020 Wien</p>
        <div style="margin-top:24px"><p>Microsoft Teams-Besprechung</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZGE5">Klicken Sie hier, um an der Besprechung teilzunehmen</a></p>
        <p>Besprechungs-ID: 391 224 870 115<br>Kennung: Qk7vW2</p></div>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Katharina Pichler:mailto:katharina.pichler@donaukanal-med.at
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Schneider:mailto:tobias.schneider@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Gruber:mailto:lukas.gruber@donaukanal-med.at
        DESCRIPTION;LANGUAGE=de-AT:Zweitgespräch Senior Developer DICOM/PACS\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F3C2B1E55EDD01000000000000000010000000C5D1A7E2B0F4
        SUMMARY;LANGUAGE=de-AT:Zweitgespräch Tobias Schneider – Senior Developer DICOM/PACS
        DTSTART;TZID=W. Europe Standard Time:20261026T090000
        DTEND;TZID=W. Europe Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020T130300Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2121874431
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
        """, tz="W. Europe Standard Time").replace("CALSCALE:GREGORIAN\n", "")
    return message(
        hdrs(addr("Katharina Pichler", "katharina.pichler@donaukanal-med.at"),
             "Zweitgespräch Senior Developer DICOM/PACS – Donaukanal Medizinsoftware",
             "2026-10-20 15:03", "<VI1PR06MB5133A1B2C3D4E5F6071829304BC@VI1PR06MB5133.eurprd06.prod.outlook.com>",
             zone=VIE,
             relay="from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2071.outbound.protection.outlook.com [40.107.21.71])",
             extra=(("Thread-Topic", enc("Zweitgespräch Senior Developer DICOM/PACS – Donaukanal Medizinsoftware")),
                    ("Thread-Index", "AdtC8xRk3n2G0jv1Q7e4yLhM5p9uVw=="),
                    ("Content-Language", "de-AT"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""))),
        alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-30 16:30", BER), end=utc("2026-09-30 17:00", BER),
      local="Wed 2026-09-30 16:30", local_end="2026-09-30 17:00", zone=BER,
      contact="daniel.okafor@taunusblick-dx.com", company="Taunusblick Diagnostics GmbH",
      note="Calendly invitee confirmation '04:30pm - 05:00pm (Central European Time) Wednesday, September "
           "30, 2026'; 'Central European Time' is Calendly's label for Europe/Berlin, CEST in September "
           "-> 14:30Z-15:00Z; ICS in UTC agrees. Contact = organizer (Reply-To).")
def p05() -> bytes:
    body = t("""
        Hi Tobias Schneider,

        Your event has been scheduled.

        Event Type:
        Intro call - Imaging Platform Engineer (30 min)

        Event Date/Time:
        04:30pm - 05:00pm (Central European Time) Wednesday, September 30, 2026

        Invitee Time Zone:
        Central European Time

        Location:
        This is a Microsoft Teams web conference. The link will be provided by Daniel Okafor.

        Questions:
        Anything you would like us to know before the call?
        Mostly curious about the on-prem vs. cloud split of your PACS integrations.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7c1f3b2a-55d0-4c3e-9b8e-0a2f91d4c6e1
        Reschedule: https://calendly.com/reschedulings/7c1f3b2a-55d0-4c3e-9b8e-0a2f91d4c6e1

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="background:#f6f7f9"><table width="100%"><tr><td align="center">
        <table width="520" style="background:#fff;font-family:Arial,sans-serif;font-size:15px">
        <tr><td style="padding:24px">
        <p>Hi Tobias Schneider,</p><p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Imaging Platform Engineer (30 min)</p>
        <p><b>Event Date/Time:</b><br>04:30pm - 05:00pm (Central European Time) Wednesday, September 30, 2026</p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference. The link will be provided by Daniel Okafor.</p>
        <p><a href="https://calendly.com/cancellations/7c1f3b2a-55d0-4c3e-9b8e-0a2f91d4c6e1">Cancel</a> |
        <a href="https://calendly.com/reschedulings/7c1f3b2a-55d0-4c3e-9b8e-0a2f91d4c6e1">Reschedule</a></p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:7c1f3b2a-55d0-4c3e-9b8e-0a2f91d4c6e1@calendly.com
        DTSTAMP:20260923T094100Z
        DTSTART:20260930T143000Z
        DTEND:20260930T150000Z
        SUMMARY:Intro call - Imaging Platform Engineer between Daniel Okafor and Tobias Schneider
        ORGANIZER;CN=Daniel Okafor:mailto:daniel.okafor@taunusblick-dx.com
        ATTENDEE;CN=Tobias Schneider;RSVP=TRUE:mailto:tobias.schneider@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """)
    return message(
        hdrs("Calendly <notifications@calendly.com>",
             "Confirmed: Intro call - Imaging Platform Engineer with Daniel Okafor on Wednesday, September 30, 2026",
             "2026-09-23 11:41", "<20260923094102.1.6A3F0C2E7B91D4A5@calendly.com>",
             relay="from o3.email.calendly.com (o3.email.calendly.com [167.89.101.44])",
             reply_to="Daniel Okafor <daniel.okafor@taunusblick-dx.com>"),
        mixed(alt(text(body), html(page)),
              calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(6), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-03 14:45", BER), end=utc("2026-12-03 15:45", BER),
      local="Thu 2026-12-03 14:45", local_end="2026-12-03 15:45", zone=BER,
      contact="sabine.kraus@regnitztal-health.de", company="Regnitztal Healthineering AG",
      note="Workday, HTML only, base64: 'Do., 3.12., 14:45 Uhr', 'Dauer: 60 Minuten' (exact) -> "
           "13:45Z-14:45Z (CET). Year from the Date header (27 Nov 2026). Contact = recruiter address "
           "in the body (sender is the Workday tenant mailbox).")
def p06() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333">
        <div style="background:#005f87;color:#fff;padding:14px 20px;font-size:18px">Regnitztal Healthineering – Karriere</div>
        <div style="padding:20px">
        <p>Guten Tag Tobias Schneider,</p>
        <p>Ihr Interview für die Stelle <b>Software Engineer – CT Reconstruction (R-0047113)</b> wurde geplant.</p>
        <table style="border:1px solid #ddd" cellpadding="6">
        <tr><td>Termin</td><td><b>Do., 3.12., 14:45 Uhr</b></td></tr>
        <tr><td>Dauer</td><td>60 Minuten</td></tr>
        <tr><td>Format</td><td>vor Ort</td></tr>
        <tr><td>Adresse</td><td>Regnitztal Healthineering AG, Campus Süd, Gebäude 7, Allee am Röthelheimpark 20, 91052 Erlangen</td></tr>
        </table>
        <p>Bitte bringen Sie einen gültigen Lichtbildausweis mit; der Empfang stellt Ihnen einen Besucherausweis aus.</p>
        <p>Ihre Ansprechpartnerin: Sabine Kraus, <a href="mailto:sabine.kraus@regnitztal-health.de">sabine.kraus@regnitztal-health.de</a></p>
        <p>Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem <a href="https://regnitztal.wd3.myworkdayjobs.com/de-DE/Careers/userHome">Kandidatenprofil</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team</p>
        <p style="font-size:11px;color:#999">Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </div></body></html>
        """)
    return message(
        hdrs("Regnitztal Healthineering <regnitztal@myworkday.com>",
             "Ihr Interview bei Regnitztal Healthineering – Software Engineer – CT Reconstruction",
             "2026-11-27 09:02", "<1471830226.88112.1796198520411@wd3-prod-mailer-19.myworkday.com>",
             relay="from mx-out-wd3.myworkday.com (mx-out-wd3.myworkday.com [198.51.100.77])"),
        html(page, cte="base64"))


@mail(n(7), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-16 13:30", BER), end=None, local="Fri 2026-10-16 13:30", zone=BER,
      contact="stefan.reuss@mainfranken-medtech.de", company="Mainfranken Medtech AG",
      days=(("Wed", "2026-10-14"), ("Mon", "2026-10-12"), ("Thu", "2026-10-08")),
      note="Outlook reply, windows-1252 QP: the hiring manager moves 'Mittwoch (14.10.) um 9 Uhr' to "
           "'Freitag, 16.10., um 13:30 Uhr', already agreed by phone -> rescheduled, new time 11:30Z (CEST). "
           "Contact = human sender.")
def p07() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        leider muss ich unseren Termin am Mittwoch (14.10.) um 9 Uhr verschieben – uns ist kurzfristig
        ein Lieferantenaudit dazwischengekommen, bei dem ich dabei sein muss.

        Wie mit Frau Lang heute früh telefonisch abgestimmt, habe ich das Gespräch deshalb auf
        Freitag, 16.10., um 13:30 Uhr verlegt. Ort bleibt unverändert (Friedrich-Bergius-Ring 30,
        Haus B, Besprechungsraum „Marienberg“). Vielen Dank für Ihre Flexibilität!

        Freundliche Grüße
        Stefan Reuß

        Dr. Stefan Reuß
        Leiter Softwareentwicklung Bildgebung
        Mainfranken Medtech AG
        Friedrich-Bergius-Ring 30 · 97076 Würzburg
        Tel. +49 931 4402-231

        -----Ursprüngliche Nachricht-----
        Von: Lang, Miriam <miriam.lang@mainfranken-medtech.de>
        Gesendet: Donnerstag, 8. Oktober 2026 10:12
        An: Tobias Schneider <tobias.schneider@example.org>
        Cc: Reuß, Stefan <stefan.reuss@mainfranken-medtech.de>
        Betreff: Einladung Vorstellungsgespräch – Softwareentwickler C++ (m/w/d)

        Sehr geehrter Herr Schneider,

        wir freuen uns, Sie am Mittwoch, 14.10.2026, um 9:00 Uhr zu einem persönlichen Gespräch
        bei uns in Würzburg begrüßen zu dürfen.

        Mit freundlichen Grüßen
        Miriam Lang
        Personal
        """)
    return message(
        hdrs(addr("Reuß, Stefan", "stefan.reuss@mainfranken-medtech.de"),
             "AW: Einladung Vorstellungsgespräch – Softwareentwickler C++ (m/w/d) – neuer Termin",
             "2026-10-12 08:37", "<AM0PR10MB2987F3C1D6E24B8A90C7D11E5A9F2@AM0PR10MB2987.EURPRD10.PROD.OUTLOOK.COM>",
             relay="from mail.mainfranken-medtech.de (mail.mainfranken-medtech.de [203.0.113.61])",
             to=ME_H,
             extra=(("Cc", "Lang, Miriam <miriam.lang@mainfranken-medtech.de>"),
                    ("In-Reply-To", "<AM0PR10MB29871A2B3C4D5E6F@AM0PR10MB2987.EURPRD10.PROD.OUTLOOK.COM>"),
                    ("X-Priority", "1"),
                    ("Importance", "high"))),
        text(body, charset="windows-1252"))


@mail(n(8), family="google_calendar", lang="en", interview=True, kind="cancelled",
      start=utc("2026-11-10 15:00", BER), end=utc("2026-11-10 16:00", BER),
      local="Tue 2026-11-10 15:00", local_end="2026-11-10 16:00", zone=BER,
      contact="priya.raman@lumenstein.ai", company="Lumenstein AI GmbH",
      note="Google Calendar cancellation (METHOD:CANCEL) of 'Tue Nov 10, 2026 3pm - 4pm (CET)' -> "
           "14:00Z-15:00Z; no new time. Contact = organizer (sender address).")
def p08() -> bytes:
    body = t("""
        This event has been canceled and removed from your calendar.

        Technical interview – Tobias Schneider
        Tuesday Nov 10, 2026 ⋅ 3pm – 4pm
        Central European Time - Berlin

        Organizer
        Priya Raman
        priya.raman@lumenstein.ai

        Guests
        Priya Raman - organizer
        Jan Olbrich
        tobias.schneider@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:16px">This event has been canceled and removed from your calendar.</p>
        <h2 style="font-size:20px;font-weight:400;text-decoration:line-through">Technical interview – Tobias Schneider</h2>
        <p>Tuesday Nov 10, 2026 ⋅ 3pm – 4pm<br>Central European Time - Berlin</p>
        <p><b>Organizer</b><br>Priya Raman<br>priya.raman@lumenstein.ai</p>
        <p><b>Guests</b><br>Priya Raman - organizer<br>Jan Olbrich<br>tobias.schneider@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", """
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261110T150000
        DTEND;TZID=Europe/Berlin:20261110T160000
        DTSTAMP:20261105T092000Z
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@lumenstein.ai
        UID:4k2p9c1rj0m7v3h5t8bq6d2s1e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tobias.schneider@example.org;X-NUM-GUESTS=0:mailto:tobias.schneider@example.org
        CREATED:20261028T151102Z
        LAST-MODIFIED:20261105T092000Z
        LOCATION:
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Technical interview – Tobias Schneider
        TRANSP:OPAQUE
        END:VEVENT
        """, tz="Europe/Berlin")
    return message(
        hdrs(addr("Priya Raman", "priya.raman@lumenstein.ai"),
             "Canceled event: Technical interview – Tobias Schneider @ Tue Nov 10, 2026 3pm - 4pm (CET) (tobias.schneider@example.org)",
             "2026-11-05 10:20", "<calendar-5d1c7e2a-9b3f-4a61-8c0e-2f7b1a9d4e36@google.com>",
             relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
              calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                       filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-07 11:00", BER), end=utc("2026-10-07 11:45", BER),
      local="Wed 2026-10-07 11:00", local_end="2026-10-07 11:45", zone=BER,
      contact="lisa.scheuring@frankenpixel.de", company="Frankenpixel GmbH",
      note="Teamtailor, du-form: 'Mittwoch, 7. Oktober 2026, 11:00 - 11:45 (Europe/Berlin)', CEST -> "
           "09:00Z-09:45Z. Contact = human Reply-To.")
def p09() -> bytes:
    body = t("""
        Hi Tobias,

        super, dass es geklappt hat! Hier nochmal alle Infos zu unserem Gespräch:

        📅 Mittwoch, 7. Oktober 2026
        🕚 11:00 - 11:45 (Europe/Berlin)
        📍 Google Meet: https://meet.google.com/fpx-wqet-kzd

        Du sprichst mit Lisa (People) und Emre (Tech Lead Frontend). Wir wollen dich vor allem
        kennenlernen und dir zeigen, woran das Team gerade baut – du musst nichts vorbereiten.

        Falls was dazwischenkommt, antworte einfach auf diese Mail.

        Bis Mittwoch!
        Lisa Scheuring
        People & Culture @ Frankenpixel

        ---
        Frankenpixel GmbH · Karriereseite: https://karriere.frankenpixel.de
        Diese E-Mail wurde mit Teamtailor verschickt.
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
        <p>Hi Tobias,</p>
        <p>super, dass es geklappt hat! Hier nochmal alle Infos zu unserem Gespräch:</p>
        <p>📅 Mittwoch, 7. Oktober 2026<br>🕚 11:00 - 11:45 (Europe/Berlin)<br>
        📍 Google Meet: <a href="https://meet.google.com/fpx-wqet-kzd">meet.google.com/fpx-wqet-kzd</a></p>
        <p>Du sprichst mit Lisa (People) und Emre (Tech Lead Frontend). Wir wollen dich vor allem
        kennenlernen und dir zeigen, woran das Team gerade baut – du musst nichts vorbereiten.</p>
        <p>Falls was dazwischenkommt, antworte einfach auf diese Mail.</p>
        <p>Bis Mittwoch!<br>Lisa Scheuring<br>People &amp; Culture @ Frankenpixel</p>
        <p style="color:#999;font-size:12px">Frankenpixel GmbH · Diese E-Mail wurde mit Teamtailor verschickt.</p>
        </body></html>
        """)
    return message(
        hdrs("Frankenpixel <no-reply@teamtailor-mail.com>",
             "Dein Gespräch mit Frankenpixel am 7. Oktober",
             "2026-09-30 16:05", "<6f0a4d2c-1b7e-4e59-a3c8-9d25f0e71b44@teamtailor-mail.com>",
             relay="from m41-88.mailgun.net (m41-88.mailgun.net [69.72.41.88])",
             reply_to="Lisa Scheuring <lisa.scheuring@frankenpixel.de>"),
        alt(text(body), html(page)))


@mail(n(10), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-19 10:00", BER), end=None, local="Thu 2026-11-19 10:00", zone=BER,
      contact="andreas.pfeuffer@kobaltwerk-imaging.de", company="Kobaltwerk Medical Imaging GmbH",
      days=(("Fri", "2026-11-13"), ("Thu", "2026-11-12")),
      note="Hiring manager's prose, Sie, iso-8859-1: 'am kommenden Donnerstagvormittag gegen zehn' "
           "from Fri 13 Nov -> Thu 19 Nov 10:00 CET -> 09:00Z; 'gegen zehn' read as 10:00, no end. "
           "Contact = human sender.")
def p10() -> bytes:
    body = t("""
        Hallo Herr Schneider,

        danke für die schnelle Rückmeldung. Dann halten wir das so fest: Sie kommen am kommenden
        Donnerstagvormittag gegen zehn zu uns nach Erlangen, Am Wetterkreuz 15, 2. OG. Ich hole Sie
        unten am Empfang ab. Wir sind zu dritt (Frau Dr. Haas aus der Applikation, Herr Nguyen aus
        dem Team und ich), rechnen Sie grob mit dem Vormittag.

        Wenn Sie mögen, bringen Sie Ihr Notebook mit - wir würden gern kurz in Ihr
        Segmentierungsprojekt reinschauen, das Sie im Lebenslauf erwähnen.

        Viele Grüße aus Erlangen
        Andreas Pfeuffer
        Teamleiter Algorithmen
        Kobaltwerk Medical Imaging GmbH

        Am 12.11.2026 um 18:47 schrieb Tobias Schneider:
        > Sehr geehrter Herr Pfeuffer,
        >
        > vielen Dank für die Einladung. Nächste Woche passt mir am besten Donnerstag oder
        > Freitag vormittags.
        >
        > Mit freundlichen Grüßen
        > Tobias Schneider
        """)
    return message(
        hdrs(addr("Andreas Pfeuffer", "andreas.pfeuffer@kobaltwerk-imaging.de"),
             "Re: Einladung zum Gespräch / Algorithmenentwicklung",
             "2026-11-13 12:40", "<b3c91e0f-7a2d-44c1-9e8b-51d6f2a07c3e@kobaltwerk-imaging.de>",
             relay="from mx.kobaltwerk-imaging.de (mx.kobaltwerk-imaging.de [198.51.100.140])",
             extra=(("In-Reply-To", "<3f7e91c2-tobias-0044@example.org>"),
                    ("References", "<a1b2c3d4-pfeuffer-0031@kobaltwerk-imaging.de> <3f7e91c2-tobias-0044@example.org>"),
                    ("User-Agent", "Mozilla Thunderbird"),
                    ("Content-Language", "de-DE"))),
        text(body, charset="iso-8859-1", params="format=flowed"))


@mail(n(11), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 14:00", "Europe/London"), end=utc("2026-11-02 15:00", "Europe/London"),
      local="Mon 2026-11-02 14:00", local_end="2026-11-02 15:00", zone="Europe/London",
      contact="tom.ashworth@northlight.health", company="Northlight Health Ltd",
      note="Ashby confirmation from a London team: 'Monday, November 2, 2026 · 2:00 PM – 3:00 PM GMT' "
           "(UK back on GMT since 25 Oct) -> 14:00Z-15:00Z (body also says 15:00 CET); ICS in UTC "
           "agrees. Contact = human Reply-To.")
def p11() -> bytes:
    body = t("""
        Hi Tobias,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, November 2, 2026 · 2:00 PM – 3:00 PM GMT (15:00 – 16:00 CET)
        Systems design: DICOMweb ingestion pipeline
        Video call: https://northlight.zoom.us/j/84120077312

        You'll meet with:
          Grace Obi — Principal Engineer
          Marek Nowak — Senior Engineer, Platform

        Questions? Just reply and it will reach Tom Ashworth.

        Thanks,
        Northlight Health Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tobias,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Monday, November 2, 2026 · 2:00 PM – 3:00 PM GMT</strong> (15:00 – 16:00 CET)<br>
        Systems design: DICOMweb ingestion pipeline<br>
        <a href="https://northlight.zoom.us/j/84120077312">Video call</a></p>
        <p>You&#x27;ll meet with:<br>Grace Obi — Principal Engineer<br>Marek Nowak — Senior Engineer, Platform</p>
        <p>Questions? Just reply and it will reach Tom Ashworth.</p>
        <p>Thanks,<br>Northlight Health Recruiting</p>
        </body></html>
        """)
    ics = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:1f9b3c7e-44a2-4d0b-8e61-27c5a9d0f312
        DTSTAMP:20261027T173000Z
        DTSTART:20261102T140000Z
        DTEND:20261102T150000Z
        SEQUENCE:0
        SUMMARY:Northlight Health – Systems design interview (Tobias Schneider)
        LOCATION:https://northlight.zoom.us/j/84120077312
        ORGANIZER;CN=Tom Ashworth:mailto:tom.ashworth@northlight.health
        ATTENDEE;CN=Tobias Schneider;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.schneider@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """)
    return message(
        hdrs("Northlight Health <no-reply@ashbyhq.com>",
             "Interview confirmed: Senior Backend Engineer (Imaging) at Northlight Health",
             "2026-10-27 17:30", "<010201930c5e7a1b-3e2d4c61-8f0a-4b7e-9c12-5d6e7f8091a2-000000@email.amazonses.com>",
             zone="Europe/London",
             relay="from mail.ashbyhq.com (mail.ashbyhq.com [23.251.234.18])",
             reply_to="Tom Ashworth <tom.ashworth@northlight.health>"),
        mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(12), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-30 13:00", BER), end=None, local="Mon 2026-11-30 13:00", zone=BER,
      contact="lena.brueckner@klinikdaten-wue.de", company="Würzburger Klinikdaten GmbH",
      note="The candidate forwards to himself (example.net -> example.org) a Recruitee invitation as a "
           "message/rfc822 attachment: 'Montag, 30. November 2026 um 13:00 Uhr', CET -> 12:00Z; no "
           "length. Contact = the human sender of the forwarded message (never the candidate).")
def p12() -> bytes:
    inner_body = t("""
        Lieber Herr Schneider,

        herzlichen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d) Klinische Datenplattform.
        Wie telefonisch besprochen bestätige ich Ihnen hiermit unser Gespräch:

        Montag, 30. November 2026 um 13:00 Uhr
        Würzburger Klinikdaten GmbH, Josef-Schneider-Straße 2 (Gebäude D7), 97080 Würzburg

        Gesprächspartner sind Herr Kilian Rösch (CTO) und ich. Melden Sie sich bitte an der Pforte,
        wir holen Sie dort ab.

        Herzliche Grüße
        Lena Brückner
        Personalreferentin
        Würzburger Klinikdaten GmbH
        """)
    inner = message([
        ("From", addr("Lena Brückner", "lena.brueckner@klinikdaten-wue.de")),
        ("To", "Tobias Schneider <tobias.schneider@example.net>"),
        ("Subject", enc("Bestätigung Gesprächstermin – Backend-Entwickler (m/w/d)")),
        ("Date", date("2026-11-24 15:30", BER)),
        ("Message-ID", "<cand.9918273.5521@mail.recruitee.com>"),
        ("X-Mailer", "Recruitee"),
    ], alt(text(inner_body), html("<html><body><pre style=\"font-family:Arial\">"
                                  + inner_body.replace("&", "&amp;") + "</pre></body></html>\n")))
    outer = t("""
        fwd an mich selbst, damit's im richtigen Postfach liegt.
        Termin in Kalender eintragen! Unterlagen ausdrucken.

        """)
    return message(
        hdrs("Tobias Schneider <tobias.schneider@example.net>",
             "Fwd: Bestätigung Gesprächstermin – Backend-Entwickler (m/w/d)",
             "2026-11-24 21:10", "<2f8c3a1d-0b7e-4b2a-9e55-tobias-fwd@example.net>",
             relay="from smtp.example.net (smtp.example.net [192.0.2.25])", to=ME_H),
        mixed(text(outer, cte="8bit"), attached_message(inner)))


@mail(n(13), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-19 15:00", BER), end=utc("2026-10-19 15:30", BER),
      local="Mon 2026-10-19 15:00", local_end="2026-10-19 15:30", zone=BER,
      contact=None, company="Steigerwald Software GmbH",
      note="JOIN confirmation 'Mo., 19.10.2026, 15:00–15:30 Uhr', CEST -> 13:00Z-13:30Z. The contact "
           "person is named without an address and the sender is noreply@join.com -> contact null.")
def p13() -> bytes:
    body = t("""
        Hallo Tobias Schneider,

        Ihr Interviewtermin bei Steigerwald Software GmbH ist bestätigt.

        Stelle: Softwareentwickler .NET / DICOM (m/w/d)
        Termin: Mo., 19.10.2026, 15:00–15:30 Uhr
        Art: Telefoninterview – wir rufen Sie unter der angegebenen Nummer an
        Ansprechpartnerin: Carina Dörfler, HR

        Sie können Ihren Termin bis 24 Stunden vorher über Ihr JOIN-Profil verschieben.

        Viel Erfolg!
        Ihr JOIN Team im Auftrag von Steigerwald Software GmbH

        JOIN Solutions AG · Zürich · Diese E-Mail wurde automatisch versendet.
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;background:#f4f5f7">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
        <p>Hallo Tobias Schneider,</p>
        <p>Ihr Interviewtermin bei <b>Steigerwald Software GmbH</b> ist bestätigt.</p>
        <div style="border-left:4px solid #2e64fe;padding-left:12px">
        <p>Stelle: Softwareentwickler .NET / DICOM (m/w/d)<br>
        Termin: <b>Mo., 19.10.2026, 15:00–15:30 Uhr</b><br>
        Art: Telefoninterview – wir rufen Sie unter der angegebenen Nummer an<br>
        Ansprechpartnerin: Carina Dörfler, HR</p></div>
        <p>Sie können Ihren Termin bis 24 Stunden vorher über Ihr <a href="https://join.com/candidate">JOIN-Profil</a> verschieben.</p>
        <p>Viel Erfolg!<br>Ihr JOIN Team im Auftrag von Steigerwald Software GmbH</p>
        </div></body></html>
        """)
    return message(
        hdrs("Steigerwald Software GmbH via JOIN <noreply@join.com>",
             "Interview bestätigt: Softwareentwickler .NET / DICOM (m/w/d)",
             "2026-10-13 10:00", "<20261013080004.9c1f2e7a5b3d@join.com>",
             relay="from mail-out.join.com (mail-out.join.com [185.12.65.33])"),
        alt(text(body), html(page)))


@mail(n(14), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:30", BER), end=None, local="Tue 2026-10-27 09:30", zone=BER,
      contact="m.eberle@rm-radiologie-it.de", company="Rhein-Main Radiologie-IT GmbH",
      note="softgarden, iso-8859-15 QP: 'Dienstag, 27.10.2026, 9:30 Uhr' in Frankfurt; sent 22 Oct in "
           "CEST, interview after the switch to CET on 25 Oct -> 08:30Z. 'ca. 90 Minuten' -> end null. "
           "Contact = human Reply-To.")
def p14() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        vielen Dank für Ihr Interesse an der Position "Softwareentwickler (m/w/d) RIS/PACS-Integration".
        Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einladen zu dürfen:

        Termin: Dienstag, 27.10.2026, 9:30 Uhr
        Dauer: ca. 90 Minuten
        Ort: Rhein-Main Radiologie-IT GmbH, Mainzer Landstraße 176, 60327 Frankfurt am Main, 5. Etage

        Ihre Gesprächspartner: Markus Eberle (Leitung Entwicklung), Petra Sommer (Personal).

        Fahrtkosten für die Anreise mit der Bahn (2. Klasse) erstatten wir Ihnen gern.
        Für Rückfragen steht Ihnen Herr Eberle unter 069 9043 118-20 zur Verfügung.

        Mit freundlichen Grüßen

        Petra Sommer
        Personal
        Rhein-Main Radiologie-IT GmbH

        ____
        Diese E-Mail wurde über softgarden versendet. Ihre Bewerbung verwalten Sie unter
        https://rm-radiologie-it.softgarden.io/de/login
        """)
    return message(
        hdrs("Rhein-Main Radiologie-IT GmbH <noreply@softgarden.io>",
             "Einladung zum Vorstellungsgespräch - Softwareentwickler (m/w/d) RIS/PACS-Integration",
             "2026-10-22 14:30", "<1198772.344112.1792672200000.JavaMail.softgarden@app-mail-07>",
             relay="from mail07.softgarden.io (mail07.softgarden.io [91.198.2.107])",
             reply_to="Markus Eberle <m.eberle@rm-radiologie-it.de>",
             charset="iso-8859-15"),
        text(body, charset="iso-8859-15"))


@mail(n(15), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:00", BER), end=utc("2026-12-08 11:45", BER),
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:45", zone=BER,
      contact="hannah.whitfield@vireonmedical.com", company="Vireon Medical Imaging",
      note="GoodTime itinerary, two sessions on Tue 8 Dec 10:00-10:45 and 11:00-11:45 CET -> first start "
           "09:00Z to last end 10:45Z. Contact = coordinator (Reply-To).")
def p15() -> bytes:
    body = t("""
        Hi Tobias,

        Your interview with Vireon Medical Imaging has been scheduled. Please find your itinerary below.

        Tuesday, December 8, 2026 (all times Central European Time, CET)

        10:00 AM - 10:45 AM   C++ deep dive          Ravi Menon, Staff Engineer
        10:45 AM - 11:00 AM   Break
        11:00 AM - 11:45 AM   Product & collaboration Anja Köhler, Director R&D Nuremberg

        Location: Vireon Medical Imaging, Nordostpark 12, 90411 Nuremberg - ask for Hannah at reception.

        If anything changes on your side, reply to this email and I'll sort it out.

        Best,
        Hannah Whitfield
        Recruiting Coordinator, Vireon Medical Imaging

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Tobias,</p>
        <p>Your interview with Vireon Medical Imaging has been scheduled. Please find your itinerary below.</p>
        <p><b>Tuesday, December 8, 2026</b> (all times Central European Time, CET)</p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>
        <tr><td>10:00 AM - 10:45 AM</td><td>C++ deep dive</td><td>Ravi Menon, Staff Engineer</td></tr>
        <tr><td>10:45 AM - 11:00 AM</td><td>Break</td><td></td></tr>
        <tr><td>11:00 AM - 11:45 AM</td><td>Product &amp; collaboration</td><td>Anja Köhler, Director R&amp;D Nuremberg</td></tr>
        </table>
        <p>Location: Vireon Medical Imaging, Nordostpark 12, 90411 Nuremberg - ask for Hannah at reception.</p>
        <p>If anything changes on your side, reply to this email and I&#39;ll sort it out.</p>
        <p>Best,<br>Hannah Whitfield<br>Recruiting Coordinator, Vireon Medical Imaging</p>
        <p style="color:#aaa;font-size:11px">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message(
        hdrs("Hannah Whitfield <no-reply@goodtime.io>",
             "Interview Itinerary: Vireon Medical Imaging - Tuesday, December 8",
             "2026-12-01 16:00", "<goodtime.itinerary.5f2a9c71e3@goodtime.io>",
             relay="from o2.mail.goodtime.io (o2.mail.goodtime.io [149.72.140.17])",
             reply_to="Hannah Whitfield <hannah.whitfield@vireonmedical.com>"),
        alt(text(body), html(page)))


@mail(n(16), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-17 14:00", BER), end=utc("2026-09-17 14:45", BER),
      local="Thu 2026-09-17 14:00", local_end="2026-09-17 14:45", zone=BER,
      contact=None, company="Frankonia Med-IT GmbH",
      note="Microsoft Bookings: '14:00 - 14:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien' "
           "on 17 Sep: the zone label shows the standard offset, but in September Berlin is CEST -> "
           "12:00Z-12:45Z, as the ICS (W. Europe Standard Time) says. Only a staff name, the sender is "
           "the Bookings mailbox -> contact null.")
def p16() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#212121;max-width:600px">
        <h2 style="font-weight:600">Ihre Buchung wurde bestätigt</h2>
        <p>Hallo Tobias Schneider,</p>
        <p>vielen Dank für Ihre Buchung bei Frankonia Med-IT GmbH.</p>
        <table cellpadding="4">
        <tr><td>Dienstleistung</td><td>Vorstellungsgespräch Softwareentwicklung (45 Min.)</td></tr>
        <tr><td>Mitarbeiter</td><td>Holger Seubert</td></tr>
        <tr><td>Datum und Uhrzeit</td><td>Donnerstag, 17. September 2026 14:00 - 14:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@frankoniamedit.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        <p>Frankonia Med-IT GmbH · Ohmstraße 9 · 97076 Würzburg</p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Bewerbungsgespräche Frankonia Med-IT:mailto:Bewerbungsgespraeche@frankoniamedit.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Schneider:mailto:tobias.schneider@example.org
        UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC01000000000000000010000000AA71C09E
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Softwareentwicklung (45 Min.)
        DTSTART;TZID=W. Europe Standard Time:20260917T140000
        DTEND;TZID=W. Europe Standard Time:20260917T144500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260911T074500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tz="W. Europe Standard Time")
    return message(
        hdrs(addr("Bewerbungsgespräche Frankonia Med-IT", "Bewerbungsgespraeche@frankoniamedit.onmicrosoft.com"),
             "Ihre Buchung wurde bestätigt: Vorstellungsgespräch Softwareentwicklung (45 Min.)",
             "2026-09-11 09:45", "<FR2P281MB0123B4C5D6E7F8091A2B3C4D5E6F7@FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM>",
             relay="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2090.outbound.protection.outlook.com [40.107.135.90])",
             extra=(("X-MS-Exchange-Organization-SCL", "1"), ("X-MS-Has-Attach", "yes"))),
        mixed(html(page),
              calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(17), family="lever", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-05 11:30", "America/New_York"), end=utc("2026-11-05 12:15", "America/New_York"),
      local="Thu 2026-11-05 11:30", local_end="2026-11-05 12:15", zone="America/New_York",
      contact="megan.castillo@brightwaterrad.com", company="Brightwater Radiology Software",
      days=(("Wed", "2026-11-04"),),
      note="Lever reschedule from New York: old 'Wednesday, November 4 at 10:00 AM ET', new 'Thursday, "
           "November 5, 11:30 AM - 12:15 PM ET' (EST since 1 Nov) -> 16:30Z-17:15Z, also written as "
           "5:30-6:15 PM CET. Contact = human Reply-To.")
def p17() -> bytes:
    body = t("""
        Hi Tobias,

        Our hiring manager had a conflict come up, so we've moved your interview. Sorry for the shuffle!

        Previously: Wednesday, November 4 at 10:00 AM ET
        New time:   Thursday, November 5, 2026, 11:30 AM - 12:15 PM ET
                    (5:30 PM - 6:15 PM CET in Würzburg)

        Interview: Hiring manager conversation with Ben Adler (VP Engineering)
        Location: Zoom - https://brightwaterrad.zoom.us/j/93017745120

        An updated calendar invite is on its way. If the new time doesn't work, just reply here.

        Thanks,
        Megan Castillo
        Technical Recruiter | Brightwater Radiology Software
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Tobias,</p>
        <p>Our hiring manager had a conflict come up, so we&#39;ve moved your interview. Sorry for the shuffle!</p>
        <p><s>Previously: Wednesday, November 4 at 10:00 AM ET</s><br>
        <b>New time: Thursday, November 5, 2026, 11:30 AM - 12:15 PM ET</b><br>(5:30 PM - 6:15 PM CET in Würzburg)</p>
        <p>Interview: Hiring manager conversation with Ben Adler (VP Engineering)<br>
        Location: <a href="https://brightwaterrad.zoom.us/j/93017745120">Zoom</a></p>
        <p>An updated calendar invite is on its way. If the new time doesn&#39;t work, just reply here.</p>
        <p>Thanks,<br>Megan Castillo<br>Technical Recruiter | Brightwater Radiology Software</p>
        <img src="https://hire.lever.co/email/open/5c3a91e2.gif" width="1" height="1" alt="">
        </body></html>
        """)
    return message(
        hdrs("Brightwater Radiology Software <no-reply@hire.lever.co>",
             "Updated: Your interview with Brightwater Radiology Software",
             "2026-11-02 09:15", "<0100019a4b7f2c1e-5d8a7e21-1c3b-4f6a-b90e-2d7c8e1f4a35-000000@email.amazonses.com>",
             zone="America/New_York",
             relay="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
             reply_to="Megan Castillo <megan.castillo@brightwaterrad.com>"),
        alt(text(body), html(page)))


@mail(n(18), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-09-25 08:30", BER), end=utc("2026-09-25 09:30", BER),
      local="Fri 2026-09-25 08:30", local_end="2026-09-25 09:30", zone=BER,
      contact="bernd.hoerner@mainschleife-dx.de", company="Mainschleife Diagnostics GmbH",
      days=(("Thu", "2026-09-24"),),
      note="Exchange update (SEQUENCE:1), 'Wann: Freitag, 25. September 2026 08:30-09:30 (UTC+01:00) "
           "Amsterdam, Berlin...' - standard offset in the label, but CEST in September -> 06:30Z-07:30Z, "
           "as the ICS (W. Europe Standard Time) says. Old time Thursday 24 Sep 10:00 also in the body. "
           "Contact = ORGANIZER/sender.")
def p18() -> bytes:
    body = t("""
        Wann: Freitag, 25. September 2026 08:30-09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Schneider,

        kleine Änderung: ich habe unser technisches Interview von Donnerstag (24.09., 10:00 Uhr) auf
        Freitag früh um 8:30 Uhr verschoben, weil ich am Donnerstag kurzfristig zu einem Kunden muss.
        Herr Klüpfel aus dem QA-Team ist weiterhin dabei. Danke für Ihr Verständnis!

        Beste Grüße
        Bernd Hörner
        Head of Software, Mainschleife Diagnostics GmbH

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil.
        Klicken Sie hier, um an der Besprechung teilzunehmen
        Besprechungs-ID: 344 101 982 776
        Kennung: 9bZk4N
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Bernd Hörner:mailto:bernd.hoerner@mainschleife-dx.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Schneider:mailto:tobias.schneider@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Klüpfel:mailto:jonas.kluepfel@mainschleife-dx.de
        UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F44CDD0100000000000000001000000077E1A3B5
        SUMMARY;LANGUAGE=de-DE:Technisches Interview Tobias Schneider
        DTSTART;TZID=W. Europe Standard Time:20260925T083000
        DTEND;TZID=W. Europe Standard Time:20260925T093000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260921T142000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTSEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """, tz="W. Europe Standard Time").replace("CALSCALE:GREGORIAN\n", "")
    return message(
        hdrs(addr("Bernd Hörner", "bernd.hoerner@mainschleife-dx.de"),
             "Aktualisiert: Technisches Interview Tobias Schneider",
             "2026-09-21 16:20", "<DB9PR08MB6522C1B2A3D4E5F60718293A4B5C6@DB9PR08MB6522.eurprd08.prod.outlook.com>",
             relay="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2052.outbound.protection.outlook.com [40.107.104.52])",
             extra=(("Thread-Topic", "Technisches Interview Tobias Schneider"),
                    ("Content-Language", "de-DE"))),
        alt(text(body), calendar(ics, cte="base64")))


@mail(n(19), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-02 11:00", BER), end=None, local="Wed 2026-12-02 11:00", zone=BER,
      contact="sebastian.froehlich@zellkern-analytics.de", company="Zellkern Analytics GmbH",
      note="Gmail prose, du: cancels 'morgen um 11' (Date Tue 1 Dec 08:05 -> Wed 2 Dec 11:00 CET -> "
           "10:00Z) because the role is filled internally; no new time. Contact = human sender.")
def p19() -> bytes:
    body = t("""
        Hi Tobias,

        ich muss dir leider für morgen um 11 absagen 😕 Gestern Abend kam die Entscheidung, dass wir die
        Stelle intern besetzen – jemand aus dem Analytics-Team wechselt rüber. Tut mir echt leid,
        gerade weil das erste Gespräch so gut lief.

        Ich halte dich auf jeden Fall auf dem Schirm, im Frühjahr kommt vermutlich noch eine
        Backend-Stelle dazu. Meld dich gern, wenn du Fragen hast.

        Viele Grüße
        Sebastian

        --
        Sebastian Fröhlich | Engineering Lead
        Zellkern Analytics GmbH | Friedrich-Ebert-Ring 12 | 97072 Würzburg
        """)
    from make import gmail_html
    return message(
        hdrs(addr("Sebastian Fröhlich", "sebastian.froehlich@zellkern-analytics.de"),
             "Absage für morgen",
             "2026-12-01 08:05", "<CAF9x2mK8vQ0pL3nR7tY1wZ=Ab4cD5eF6gH7iJ8kL9@mail.gmail.com>",
             relay="from mail-lf1-f46.google.com (mail-lf1-f46.google.com [209.85.167.46])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(20), family="workable", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-09 15:00", "Europe/Amsterdam"), end=utc("2026-10-09 15:45", "Europe/Amsterdam"),
      local="Fri 2026-10-09 15:00", local_end="2026-10-09 15:45", zone="Europe/Amsterdam",
      contact="femke.devries@quaysideimaging.nl", company="Quayside Imaging B.V.",
      note="Workable cancellation with METHOD:CANCEL: 'Friday, October 9, 2026, 15:00 - 15:45 (CEST)' "
           "-> 13:00Z-13:45Z; new options promised, none given. Reply-To is a Workable +relay, not a "
           "human mailbox; contact = the talent lead's address in the signature.")
def p20() -> bytes:
    body = t("""
        Hi Tobias,

        Unfortunately we need to cancel your interview for the Imaging Software Engineer (Remote) role
        that was scheduled for Friday, October 9, 2026, 15:00 - 15:45 (CEST).

        Our hiring manager is out sick this week. We'll send you new options as soon as she's back -
        apologies for the inconvenience.

        Best regards,
        Femke de Vries
        Talent Lead, Quayside Imaging
        femke.devries@quaysideimaging.nl

        Sent via Workable
        """)
    ics = vcal("-//Workable//Workable Calendar//EN", "CANCEL", """
        BEGIN:VEVENT
        UID:wk-evt-3c71a9e0f2b4@workable.com
        DTSTAMP:20261006T100000Z
        DTSTART:20261009T130000Z
        DTEND:20261009T134500Z
        SUMMARY:Interview: Tobias Schneider - Imaging Software Engineer (Remote)
        ORGANIZER;CN=Quayside Imaging:mailto:quayside-imaging+3c71a9e0@candidates.workablemail.com
        ATTENDEE;CN=Tobias Schneider:mailto:tobias.schneider@example.org
        STATUS:CANCELLED
        SEQUENCE:2
        END:VEVENT
        """)
    return message(
        hdrs("Quayside Imaging <noreply@workablemail.com>",
             "Interview cancelled: Imaging Software Engineer (Remote)",
             "2026-10-06 12:00", "<wk.3c71a9e0f2b4.cancel@workablemail.com>",
             zone="Europe/Amsterdam",
             relay="from mta-171.workablemail.com (mta-171.workablemail.com [149.72.171.12])",
             reply_to="Quayside Imaging <quayside-imaging+3c71a9e0@candidates.workablemail.com>"),
        mixed(text(body),
              calendar(ics, method="CANCEL", filename="invite.ics", disposition="attachment")))


@mail(n(21), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-30 08:00", "America/Chicago"), end=None,
      local="Fri 2026-10-30 08:00", zone="America/Chicago",
      contact="derek.lindqvist@prairiescan.com", company="PrairieScan Health",
      note="Hiring manager in Chicago pastes a Zoom block 'Oct 30, 2026 08:00 AM Central Time (US and "
           "Canada)': US still on CDT (UTC-5) until 1 Nov -> 13:00Z, which is 14:00 CET in Würzburg "
           "(Europe already back on CET) as the body says. No length. Contact = human sender.")
def p21() -> bytes:
    body = t("""
        Hi Tobias,

        Great, Friday works. Locking it in: 8am my time, which should be 2pm for you - you guys
        switched your clocks back last weekend and we don't until Sunday, so the gap is 6 hours
        this week instead of the usual 7. Invite below.

        I'll bring Kayla from our PACS team. Nothing to prep, we just want to dig into the
        viewer work you did at your current place.

        Cheers,
        Derek

        Derek Lindqvist
        Director of Engineering, PrairieScan Health
        derek.lindqvist@prairiescan.com

        ---
        Derek Lindqvist is inviting you to a scheduled Zoom meeting.

        Topic: PrairieScan <> Tobias Schneider
        Time: Oct 30, 2026 08:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://prairiescan.zoom.us/j/81734420961?pwd=Qm9vY2tZb0xWd2xqS2p0

        Meeting ID: 817 3442 0961
        Passcode: 448120
        """)
    from make import gmail_html
    return message(
        hdrs(addr("Derek Lindqvist", "derek.lindqvist@prairiescan.com"),
             "Re: Intro call",
             "2026-10-27 09:10", "<CAB4kq9W7nE2tR1yU8iO3pA6sD0fG5hJ2kL7zXc@mail.gmail.com>",
             zone="America/Chicago",
             relay="from mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])",
             extra=(("In-Reply-To", "<tobias.0192.intro@example.org>"),)),
        alt(text(body), html(gmail_html(body))))


@mail(n(22), family="icims", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-11 10:15", BER), end=None, local="Fri 2026-12-11 10:15", zone=BER,
      contact="yannick.becker@nidda-medical.de", company="Nidda Medical Systems GmbH",
      days=(("Wed", "2026-12-09"),),
      note="iCIMS reschedule, iso-8859-1 base64: old 'Mittwoch, 9. Dezember 2026, 14:00 Uhr', new "
           "'Freitag, 11. Dezember 2026, 10:15 Uhr MEZ' -> 09:15Z. Contact = recruiter address in the body.")
def p22() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        Ihr Interview für die Stelle Senior Software Engineer Bildrekonstruktion (Req. 2026-1184)
        wurde verschoben.

        Ursprünglicher Termin:  Mittwoch, 9. Dezember 2026, 14:00 Uhr
        Neuer Termin:           Freitag, 11. Dezember 2026, 10:15 Uhr MEZ
        Ort:                    Nidda Medical Systems GmbH, Hanauer Landstraße 291, 60314 Frankfurt am Main

        Bei Rückfragen wenden Sie sich bitte an Ihren Recruiter Yannick Becker
        (yannick.becker@nidda-medical.de).

        Mit freundlichen Grüßen
        Nidda Medical Systems - Talent Acquisition

        Diese Nachricht wurde automatisch generiert. Antworten an diese Adresse werden nicht gelesen.
        """)
    return message(
        hdrs("Nidda Medical Systems <nidda-medical@talent.icims.com>",
             "Ihr Interview wurde verschoben - Senior Software Engineer Bildrekonstruktion",
             "2026-12-04 10:30", "<1733301000.8812.icims.careers-niddamedical@talent.icims.com>",
             relay="from smtp-out-18.icims.com (smtp-out-18.icims.com [206.132.4.18])"),
        text(body, charset="iso-8859-1", cte="base64"))


@mail(n(23), family="recruiter_ics_allday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-10 09:30", BER), end=None, local="Thu 2026-12-10 09:30", zone=BER,
      contact="nadine.albrecht@spessart-systems.de", company="Spessart Systems GmbH",
      note="Recruiter mail with an all-day calendar event (DTSTART;VALUE=DATE 20261210); the time is "
           "only in the text: 'um 9:30 Uhr am Empfang' on Do., 10.12. -> 08:30Z (CET). 'bis ca. 15 Uhr' "
           "is approximate -> end null. Contact = human sender/ORGANIZER.")
def p23() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        wie besprochen erhalten Sie anbei die Kalendereinladung für Ihren Kennenlerntag bei uns am
        Do., 10.12.

        Wir erwarten Sie um 9:30 Uhr am Empfang (Hanauer Straße 48, Frankfurt-Ost). Der Tag endet
        voraussichtlich gegen 15 Uhr; für ein Mittagessen ist gesorgt. Ablauf:
        - Vorstellung des Teams und der Produkte
        - Pair-Programming-Session mit zwei Entwicklern
        - Gespräch mit unserer Geschäftsführung

        Mit freundlichen Grüßen
        Nadine Albrecht
        Recruiting | Spessart Systems GmbH
        Tel. 069 2470 553-12
        """)
    ics = vcal("-//Apple Inc.//macOS 15.6//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:8E2C4B71-1F3A-4D6E-9C20-5A7B3E9D1F04
        DTSTAMP:20261203T100000Z
        DTSTART;VALUE=DATE:20261210
        DTEND;VALUE=DATE:20261211
        SUMMARY:Kennenlerntag Spessart Systems – Tobias Schneider
        LOCATION:Spessart Systems GmbH\\, Hanauer Straße 48\\, Frankfurt am Main
        ORGANIZER;CN=Nadine Albrecht:mailto:nadine.albrecht@spessart-systems.de
        ATTENDEE;CN=Tobias Schneider;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:tobias.schneider@example.org
        TRANSP:TRANSPARENT
        SEQUENCE:0
        END:VEVENT
        """)
    return message(
        hdrs(addr("Nadine Albrecht", "nadine.albrecht@spessart-systems.de"),
             "Einladung: Kennenlerntag am 10.12.",
             "2026-12-03 11:00", "<5B8D2E10-77C4-4A92-8F3E-0C1D9A6B2E47@spessart-systems.de>",
             relay="from smtp.spessart-systems.de (smtp.spessart-systems.de [203.0.113.88])",
             extra=(("X-Mailer", "Apple Mail (2.3826.600.51)"),)),
        mixed(text(body, params="format=flowed"),
              calendar(ics, cte="quoted-printable", filename="Kennenlerntag.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-05"), ("Tue", "2026-09-29")),
      note="Agentur für Arbeit invitation (Meldepflicht) to a counselling talk 'Montag, 05.10.2026 um "
           "08:30 Uhr', room given: a fixed appointment, but with the job agency, not a job interview.")
def n24() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        Einladung

        ich möchte mit Ihnen über Ihr Bewerberangebot bzw. Ihre berufliche Situation sprechen. Bitte
        kommen Sie am

        Montag, 05.10.2026 um 08:30 Uhr

        in die Agentur für Arbeit Würzburg, Ludwigkai 3, 97072 Würzburg, Zimmer 214 (2. OG).

        Bitte bringen Sie zu diesem Termin mit:
        - Ihren Personalausweis
        - Ihren aktuellen Lebenslauf
        - Nachweise über Ihre Eigenbemühungen (Bewerbungen, Einladungen zu Vorstellungsgesprächen)

        Diese Einladung erfolgt nach § 309 Abs. 1 SGB III. Wenn Sie ohne wichtigen Grund nicht
        erscheinen, kann eine Sperrzeit von einer Woche eintreten (Rechtsfolgenbelehrung siehe Anhang
        in Ihrem Postfach unter www.arbeitsagentur.de/eservices).

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Würzburg
        Team Arbeitsvermittlung 412

        Dies ist eine automatisch versandte Benachrichtigung. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    return message(
        hdrs("Agentur für Arbeit Würzburg <no-reply@arbeitsagentur.de>",
             "Neue Nachricht in Ihrem Postfach: Einladung zu einem Gespräch am 05.10.2026",
             "2026-09-29 07:14", "<20260929051402.44A1.eservices@arbeitsagentur.de>",
             relay="from mout.arbeitsagentur.de (mout.arbeitsagentur.de [195.50.155.20])"),
        text(body, charset="iso-8859-1"))


@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"), ("Thu", "2026-10-15")),
      note="A local reporter confirms interviewing Tobias about a health hackathon he co-organised "
           "('Dienstag um 16 Uhr im Café'): a fixed 'Interview', but he is the interviewee for a "
           "newspaper, not a job candidate.")
def n25() -> bytes:
    body = t("""
        Hallo Herr Schneider,

        super, dann treffen wir uns am Dienstag um 16 Uhr im Café am Dom für das Interview zum
        Würzburger Health-Hackathon. Ich rechne mit etwa 30 Minuten, unser Fotograf Max kommt gegen
        Ende dazu und macht ein, zwei Bilder von Ihnen und Frau Ortmann.

        Ein paar Fragen schon vorab, damit Sie sich nicht überrumpelt fühlen:
        - Wie kam es zur Idee, Radiologen und Entwickler an einen Tisch zu holen?
        - Welches Projekt hat Sie am meisten überrascht?
        - Gibt es nächstes Jahr eine Neuauflage?

        Der Artikel soll am Samstag im Lokalteil erscheinen.

        Beste Grüße
        Carolin Endres
        Redaktion Stadt & Region
        Mainfranken-Kurier
        """)
    return message(
        hdrs(addr("Carolin Endres", "c.endres@mainfranken-kurier.de"),
             "Re: Interview Health-Hackathon",
             "2026-10-15 13:22", "<5e1f7a20-c2b9-4d31-8c5a-redaktion-0815@mainfranken-kurier.de>",
             relay="from mail.mainfranken-kurier.de (mail.mainfranken-kurier.de [203.0.113.201])",
             extra=(("In-Reply-To", "<tobias.hack.0931@example.org>"),)),
        text(body))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Podcast host confirms a recording slot 'Thursday, November 12 at 6:00 PM CET' (Riverside): "
           "a confirmed time and the word 'interview', but it is a podcast guest appearance.")
def n26() -> bytes:
    body = t("""
        Hey Tobias,

        Awesome - you're booked for Pixel & Pathology! Here are the details for our interview:

        Recording: Thursday, November 12 at 6:00 PM CET (about an hour, we edit it down to ~40 min)
        Studio link: https://riverside.fm/studio/pixel-and-pathology?t=7d1a92
        Topic: Building zero-footprint DICOM viewers that radiologists actually like

        A few tips: use headphones, a wired connection if you can, and close Slack :)
        Episode should go live early December. I'll send you the draft show notes before then.

        Cheers,
        Maya Hollander
        Host, Pixel & Pathology
        """)
    page = ("<html><body><div style=\"font-family:Georgia,serif;font-size:15px\">"
            + "<br>\n".join(body.replace("&", "&amp;").split("\n")) + "</div></body></html>\n")
    return message(
        hdrs(addr("Maya Hollander", "maya@pixelandpathology.fm"),
             "You're booked! Pixel & Pathology recording",
             "2026-11-04 20:05", "<CAM1p4xR8+hollander.booking.77@mail.gmail.com>",
             zone="Europe/Dublin",
             relay="from mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])"),
        alt(text(body), html(page)))


@mail(n(27), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="A university invites Tobias to a selection interview ('Auswahlgespräch') for a part-time "
           "Master's programme on 'Freitag, 6. November 2026, 14:00 Uhr': an admission interview, not a "
           "job interview.")
def n27() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        „Medizinische Informatik (M.Sc.)“ zum Sommersemester 2027.

        Wir laden Sie hiermit zum Auswahlgespräch ein:

        Termin: Freitag, 6. November 2026, 14:00 Uhr (ca. 20 Minuten)
        Format: Videokonferenz (Zoom), Zugangsdaten folgen am Vortag
        Kommission: Prof. Dr. Birgit Lahner, Prof. Dr. Tarek Youssef

        Im Gespräch möchten wir Ihre Motivation und Ihre bisherige Berufserfahrung kennenlernen.
        Bitte halten Sie einen Lichtbildausweis bereit.

        Mit freundlichen Grüßen
        Studierendenservice – Weiterbildende Studiengänge
        Hochschule Obermain
        """)
    return message(
        hdrs("Hochschule Obermain – Studierendenservice <weiterbildung@hs-obermain.de>",
             "Einladung zum Auswahlgespräch – M.Sc. Medizinische Informatik (berufsbegleitend)",
             "2026-10-28 11:05", "<20261028100512.5521@hs-obermain.de>",
             relay="from mx1.hs-obermain.de (mx1.hs-obermain.de [198.51.100.33])"),
        text(body, cte="base64"))


@mail(n(28), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-17"),),
      note="Volleyball club trainer confirms a try-out training ('Probetraining') on Thursday 19:30: "
           "fixed time, not a job interview.")
def n28() -> bytes:
    body = t("""
        Hi Tobias,

        klar, komm gern zum Probetraining vorbei! Wir trainieren Donnerstag (17.9.) ab 19:30 in der
        Sporthalle am Hubland, Halle 2. Bring Hallenschuhe und was zu trinken mit. Wenn's passt,
        kannst du ab Oktober in der Bezirksliga-Mannschaft mitspielen, wir suchen dringend einen
        Zuspieler 🏐

        Sportliche Grüße
        Micha
        Trainer Herren 2 – TSV Frauenland Volleyball
        """)
    return message(
        hdrs(addr("Michael Zirkelbach", "m.zirkelbach@example.net"),
             "Re: Probetraining Herren 2",
             "2026-09-14 22:31", "<4d2b9f01-volley-7711@example.net>",
             relay="from smtp.example.net (smtp.example.net [192.0.2.25])"),
        text(body, cte="8bit"))


@mail(n(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Car-service booking confirmation 'Mi., 14.10.2026, 07:30 Uhr' at a dealership workshop: fixed "
           "appointment, not an interview.")
def n29() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:

        Termin:      Mi., 14.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:    WÜ-TS 482
        Leistungen:  Inspektion nach Herstellervorgabe, Räderwechsel Sommer → Winter (eingelagerte Räder)
        Ersatzmobilität: Leihfahrrad (kostenlos)

        Voraussichtliche Abholung: ab 16:00 Uhr. Bitte denken Sie an das Serviceheft.

        Ihr Serviceteam
        Autohaus Mainblick GmbH · Nürnberger Straße 99 · 97076 Würzburg
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h3>Terminbestätigung</h3>
        <p>Sehr geehrter Herr Schneider,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:</p>
        <p><b>Mi., 14.10.2026, 07:30 Uhr</b> (Fahrzeugannahme)<br>Fahrzeug: WÜ-TS 482<br>
        Leistungen: Inspektion nach Herstellervorgabe, Räderwechsel Sommer → Winter</p>
        <p>Ihr Serviceteam<br>Autohaus Mainblick GmbH</p>
        </body></html>
        """)
    return message(
        hdrs("Autohaus Mainblick Service <service@autohaus-mainblick.de>",
             "Terminbestätigung Werkstatt – Mi., 14.10.2026, 07:30 Uhr",
             "2026-10-06 18:12", "<termin.88412.20261006@dms.autohaus-mainblick.de>",
             relay="from dms-mailer.autohaus-mainblick.de (dms-mailer.autohaus-mainblick.de [203.0.113.17])"),
        alt(text(body), html(page)))


@mail(n(30), family="tax_office", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Tax-office service-centre appointment 'Donnerstag, 12.11.2026, 10:20 Uhr': fixed time, not an "
           "interview.")
def n30() -> bytes:
    body = t("""
        Terminbestätigung

        Guten Tag,

        Ihr Termin im Servicezentrum wurde gebucht.

        Dienststelle:  Finanzamt Würzburg, Servicezentrum, Ludwigstraße 25
        Anliegen:      Abgabe / Besprechung Einkommensteuererklärung
        Datum:         Donnerstag, 12.11.2026
        Uhrzeit:       10:20 Uhr
        Vorgangsnummer: FA-WUE-2026-118274

        Bitte erscheinen Sie pünktlich und bringen Sie Ihre Steuer-ID sowie die vollständigen
        Unterlagen mit. Eine Absage ist über den Link in dieser E-Mail möglich.

        Dies ist eine automatisch erzeugte E-Mail.
        """)
    return message(
        hdrs("Terminvereinbarung Finanzamt <noreply@termine.finanzamt-wuerzburg.example>",
             "Terminbestätigung FA-WUE-2026-118274",
             "2026-11-03 20:44", "<FA-WUE-2026-118274@termine.finanzamt-wuerzburg.example>",
             relay="from termine.finanzamt-wuerzburg.example (termine.finanzamt-wuerzburg.example [192.0.2.90])"),
        text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(31), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="A career coach confirms a paid mock interview ('Probe-Interview') 'Montag, 12.10., 18:00 - "
           "19:00 Uhr' via Zoom: fixed time, interview practice, not a job interview.")
def n31() -> bytes:
    body = t("""
        Hallo Tobias,

        schön, dass du dich für das Interview-Training entschieden hast! Hier die Bestätigung für
        unser Probe-Interview:

        Montag, 12.10., 18:00 - 19:00 Uhr
        Zoom: https://us06web.zoom.us/j/86630014452

        Wir simulieren ein technisches Vorstellungsgespräch für eine Senior-Rolle (inkl. der
        typischen Fragen zu Gehaltsvorstellung und Wechselmotivation). Danach bekommst du ein
        schriftliches Feedback. Schick mir bitte vorher die Stellenanzeige, auf die wir uns vorbereiten.

        Die Rechnung (149 € inkl. MwSt.) kommt separat.

        Liebe Grüße
        Sonja Wirsing
        Karriere-Coaching Wirsing · Würzburg
        """)
    return message(
        hdrs(addr("Sonja Wirsing", "sonja@karriere-wirsing.de"),
             "Bestätigung: dein Probe-Interview am 12.10.",
             "2026-10-05 09:30", "<c9a1e5b2-coach-2026-1005@karriere-wirsing.de>",
             relay="from smtp.ionos.de (smtp.ionos.de [212.227.17.10])"),
        alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>")
                             + "</p></body></html>\n")))


@mail(n(32), family="proposal_unconfirmed", lang="de", interview=False, company="Mainkopf Personalberatung",
      days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")),
      note="Agency recruiter proposes 'Dienstag, 10.11., um 10 Uhr' or 'Mittwoch 14 Uhr' with the client "
           "and asks which suits; nothing confirmed yet.")
def n32() -> bytes:
    body = t("""
        Hallo Herr Schneider,

        gute Nachrichten: mein Kunde (Medizintechnik, Erlangen – Name wie besprochen erst nach dem
        ersten Gespräch) möchte Sie gern kennenlernen!

        Würde Ihnen Dienstag, 10.11., um 10 Uhr passen? Alternativ ginge Mittwoch um 14 Uhr. Das
        Gespräch wäre per Teams, ca. 45 Minuten, mit dem Bereichsleiter Software.

        Sobald Sie mir einen der beiden Termine bestätigen, schicke ich Ihnen die Einladung.

        Beste Grüße aus Nürnberg
        Daniela Kreß
        Senior Consultant Life Sciences
        Mainkopf Personalberatung GmbH
        Tel. +49 911 2330 4471
        """)
    return message(
        hdrs(addr("Daniela Kreß", "daniela.kress@mainkopf-personal.de"),
             "Terminvorschlag Erstgespräch – Senior Software Engineer Medizintechnik",
             "2026-11-04 15:47", "<DB7PR02MB4621E1D2C3B4A59687@DB7PR02MB4621.eurprd02.prod.outlook.com>",
             relay="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2061.outbound.protection.outlook.com [40.107.0.61])"),
        text(body, charset="windows-1252"))


@mail(n(33), family="forwarded_other", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-01"), ("Sun", "2026-09-27")),
      note="A friend forwards HIS OWN interview confirmation (Pegnitz Vision, 'Donnerstag, 01.10.2026, "
           "14:00 - 15:00 Uhr') asking for tips: a confirmed interview, but someone else's.")
def n33() -> bytes:
    body = t("""
        Servus Tobi,

        du warst doch im September auch bei denen, oder? Hab jetzt auch ne Einladung bekommen (siehe
        unten). Was haben die dich so gefragt? Eher Theorie oder Live-Coding? Wär cool, wenn du mir
        kurz was erzählen könntest, gern auch beim Bier am Freitag 🍺

        Jonas

        ---------- Forwarded message ---------
        Von: Pegnitz Vision GmbH <no-reply@personio.de>
        Date: Fr., 25. Sept. 2026 um 11:04 Uhr
        Subject: Bestätigung Ihres Vorstellungsgesprächs – Werkstudent (m/w/d) Bildverarbeitung
        To: Jonas Wild <jonas.wild@example.com>

        Sehr geehrter Herr Wild,

        vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch:

        Datum:    Donnerstag, 01.10.2026
        Uhrzeit:  14:00 - 15:00 Uhr
        Ort:      Pegnitz Vision GmbH, Fürther Straße 212, 90429 Nürnberg

        Mit freundlichen Grüßen
        Julia Hofmann
        People & Culture | Pegnitz Vision GmbH
        """)
    from make import gmail_html
    return message(
        hdrs(addr("Jonas Wild", "jonas.wild@example.com"),
             "Fwd: Bestätigung Ihres Vorstellungsgesprächs – Werkstudent (m/w/d) Bildverarbeitung",
             "2026-09-27 21:00", "<CAJw1Ld0+fwd.9921.jonas@mail.gmail.com>",
             relay="from mail-yw1-f182.google.com (mail-yw1-f182.google.com [209.85.128.182])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(34), family="rejection", lang="de", interview=False, company="Pegnitz Vision GmbH",
      days=(("Tue", "2026-09-15"),),
      note="Personio rejection after the interview of 15.09. (a past date in the body): negative.")
def n34() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        nochmals vielen Dank für das angenehme Gespräch am 15.09. und das Interesse an der Position
        Softwareentwickler (m/w/d) Medizinische Bildverarbeitung.

        Nach sorgfältiger Abwägung haben wir uns für einen anderen Kandidaten entschieden, dessen
        Profil noch etwas besser zu den aktuellen Anforderungen im Bereich Röntgen-Firmware passt.
        Diese Entscheidung ist uns nicht leichtgefallen.

        Gern würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten; Ihre
        Zustimmung können Sie jederzeit über Ihr Bewerberprofil widerrufen.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Julia Hofmann
        People & Culture | Pegnitz Vision GmbH
        """)
    return message(
        hdrs("Pegnitz Vision GmbH <no-reply@personio.de>",
             "Ihre Bewerbung bei Pegnitz Vision GmbH",
             "2026-09-28 10:15", "<0102019a5e8f.a1c3d7e9-personio-mail-6612047-r@eu-central-1.amazonses.com>",
             relay="from a27-44.smtp-out.eu-central-1.amazonses.com (a27-44.smtp-out.eu-central-1.amazonses.com [54.240.27.44])",
             reply_to="Julia Hofmann <julia.hofmann@pegnitz-vision.de>"),
        alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", " ")
                             + "</p></body></html>\n")))


@mail(n(35), family="offer", lang="en", interview=False, company="Harbourline Imaging",
      days=(("Fri", "2026-12-11"), ("Mon", "2027-02-01")),
      note="Offer after the final interview: dates are a start date and a reply deadline, no meeting.")
def n35() -> bytes:
    body = t("""
        Kia ora Tobias,

        I'm delighted to let you know that the team would love to have you join Harbourline Imaging as
        Senior Software Engineer, Viewer Platform (Remote, EU)!

        Your offer letter is attached via our e-signature portal. A quick summary:
          - Base salary: EUR 92,000 per year, employed through our EU employer-of-record partner
          - Start date: Monday, 1 February 2027 (flexible)
          - 30 days of annual leave plus German public holidays

        If you could let us know by Friday, 11 December, that would be fantastic. Happy to answer any
        questions by email, or we can find a time for a quick chat with Wiremu - whatever suits you.

        Nga mihi nui,
        Aroha Ngata
        Talent Partner, Harbourline Imaging
        """)
    return message(
        hdrs(addr("Aroha Ngata", "aroha.ngata@harbourline.co.nz"),
             "Offer - Senior Software Engineer, Viewer Platform",
             "2026-12-02 08:30", "<CAHb9q2+offer.harbourline.5512@mail.gmail.com>",
             zone="Pacific/Auckland",
             relay="from mail-pf1-f176.google.com (mail-pf1-f176.google.com [209.85.210.176])"),
        text(body, cte="7bit"))


@mail(n(36), family="application_receipt", lang="de", interview=False, company="Regnitztal Healthineering AG",
      note="Workday application receipt ('Vielen Dank für Ihre Bewerbung'); mentions that interviews may "
           "follow, no time.")
def n36() -> bytes:
    page = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333">
        <div style="background:#005f87;color:#fff;padding:14px 20px;font-size:18px">Regnitztal Healthineering – Karriere</div>
        <div style="padding:20px">
        <p>Guten Tag Tobias Schneider,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Software Engineer – CT Reconstruction (R-0047113)</b>.</p>
        <p>Wir haben Ihre Unterlagen erhalten und prüfen sie sorgfältig. Wenn Ihr Profil zu unseren
        Anforderungen passt, melden wir uns bei Ihnen, um die nächsten Schritte – zum Beispiel ein
        erstes Interview – zu vereinbaren. Bitte haben Sie Verständnis, dass dies bis zu drei Wochen
        dauern kann.</p>
        <p>Den Status Ihrer Bewerbung sehen Sie jederzeit in Ihrem <a href="https://regnitztal.wd3.myworkdayjobs.com/de-DE/Careers/userHome">Kandidatenprofil</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team</p>
        <p style="font-size:11px;color:#999">Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </div></body></html>
        """)
    return message(
        hdrs("Regnitztal Healthineering <regnitztal@myworkday.com>",
             "Vielen Dank für Ihre Bewerbung – Software Engineer – CT Reconstruction",
             "2026-11-03 14:00", "<1471830226.80331.1793710800112@wd3-prod-mailer-07.myworkday.com>",
             relay="from mx-out-wd3.myworkday.com (mx-out-wd3.myworkday.com [198.51.100.77])"),
        html(page, cte="base64"))


@mail(n(37), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert with five new postings; no appointment.")
def n37() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef1f4">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h2 style="color:#0b5394">5 neue Jobs für „Softwareentwickler Medizintechnik“ in 50 km um Würzburg</h2>
        <p><a href="https://www.jobradar-franken.de/job/88121">Softwareentwickler C++ Bildverarbeitung (m/w/d)</a><br>
        Kobaltwerk Medical Imaging GmbH · Erlangen · vor 2 Tagen</p>
        <p><a href="https://www.jobradar-franken.de/job/88174">Backend Developer Healthcare (m/w/d) – Remote möglich</a><br>
        Würzburger Klinikdaten GmbH · Würzburg · vor 1 Tag</p>
        <p><a href="https://www.jobradar-franken.de/job/88190">Senior DevOps Engineer Medical Cloud (m/w/d)</a><br>
        Taunusblick Diagnostics GmbH · Frankfurt am Main · neu</p>
        <p><a href="https://www.jobradar-franken.de/job/88203">Software Architect PACS (m/w/d)</a><br>
        Vireon Medical Imaging · Nürnberg · neu</p>
        <p><a href="https://www.jobradar-franken.de/job/88211">Werkstudent Software Testing (m/w/d)</a><br>
        Steigerwald Software GmbH · Nürnberg · neu</p>
        <p style="background:#fff4cc;padding:8px">Tipp: Mit einem vollständigen Profil bekommen Sie bis zu 3x mehr Einladungen zum Vorstellungsgespräch!</p>
        <p style="font-size:11px;color:#777">Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
        <a href="https://www.jobradar-franken.de/alerts/unsubscribe?id=5521">Abmelden</a></p>
        </td></tr></table></body></html>
        """)
    return message(
        hdrs("JobRadar Franken <alerts@jobradar-franken.de>",
             "5 neue Jobs: Softwareentwickler Medizintechnik",
             "2026-10-01 06:00", "<alert.5521.20261001040000@mailer.jobradar-franken.de>",
             relay="from mailer.jobradar-franken.de (mailer.jobradar-franken.de [198.51.100.201])",
             extra=(("List-Unsubscribe", "<https://www.jobradar-franken.de/alerts/unsubscribe?id=5521>"),
                    ("Precedence", "bulk"))),
        html(page))


@mail(n(38), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Career newsletter about technical interviews, with a live Q&A 'Do., 8.10. um 18 Uhr': "
           "content and a webinar-like event, no interview of the reader.")
def n38() -> bytes:
    body = t("""
        DEV-KARRIERE WEEKLY · Ausgabe 41

        Das technische Interview: 7 Fehler, die selbst Seniors machen

        Du hast die Einladung zum Vorstellungsgespräch? Glückwunsch! Jetzt kommt der schwierige Teil.
        Wir haben mit zwölf Hiring Managern aus Nürnberg, München und Wien gesprochen – und immer
        wieder dieselben Stolpersteine gehört:

        1. Zu schnell losprogrammieren, ohne Rückfragen zu stellen.
        2. Die eigenen Projekte nicht in zwei Sätzen erklären können.
        3. „Ich habe keine Schwächen.“
        ...

        Weiterlesen: https://devkarriere.substack.com/p/das-technische-interview

        LIVE-Q&A: Am Do., 8.10. um 18 Uhr beantworten wir eure Fragen zu Gehaltsverhandlungen im
        Livestream. Kein Anmelden nötig: https://devkarriere.substack.com/live

        Du bekommst diese Mail, weil du Dev-Karriere Weekly abonniert hast. Abbestellen:
        https://devkarriere.substack.com/action/disable_email
        """)
    return message(
        hdrs("Dev-Karriere Weekly <devkarriere@substack.com>",
             "Das technische Interview: 7 Fehler, die selbst Seniors machen",
             "2026-10-06 07:30", "<20261006053000.3.ce81b11d9a7f4c20@mg2.substack.com>",
             relay="from mg-d0.substack.com (mg-d0.substack.com [159.135.228.10])",
             extra=(("List-Unsubscribe", "<https://devkarriere.substack.com/action/disable_email>"),
                    ("List-Id", "<devkarriere.substack.com>"))),
        alt(text(body), html("<html><body style=\"font-family:Georgia,serif\"><p>"
                             + body.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", " ")
                             + "</p></body></html>\n")))


@mail(n(39), family="self_schedule_link", lang="en", interview=False, company="Northlight Health Ltd",
      note="Greenhouse availability request ('please select times ... between Oct 28 and Nov 4'): a link "
           "to pick a slot, no fixed time yet.")
def n39() -> bytes:
    body = t("""
        Hi Tobias,

        Thanks for speaking with me last week! The team would like to move you forward to a systems
        design interview (60 minutes, video call).

        Please use the link below to let us know your availability between October 28 and November 4.
        Pick as many slots as you can - I'll confirm one of them with the interviewers.

        https://app.greenhouse.io/tokens/4b1f9c27e0a3d6f2/availability

        Best,
        Tom Ashworth
        Senior Recruiter, Northlight Health
        """)
    return message(
        hdrs("Tom Ashworth <no-reply@us.greenhouse-mail.io>",
             "Northlight Health - please share your availability",
             "2026-10-22 11:00", "<5f9d0e2ab7c14_3a1f2c9d8e7b6a50011@greenhouse-mail.io>",
             zone="Europe/London",
             relay="from o1678.us.greenhouse-mail.io (o1678.us.greenhouse-mail.io [167.89.18.207])",
             reply_to="Tom Ashworth <tom.ashworth@northlight.health>"),
        alt(text(body), html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", " ")
                             + "</p></body></html>\n")))


@mail(n(40), family="recruiter_outreach", lang="de", interview=False, company="Fichtelgold Medical GmbH",
      note="In-house recruiter cold outreach, asks for a call 'in den nächsten Tagen', nothing fixed.")
def n40() -> bytes:
    body = t("""
        Hallo Herr Schneider,

        ich bin über Ihr GitHub-Profil (der DICOM-Anonymisierer!) auf Sie aufmerksam geworden. Wir bauen
        in Nürnberg gerade ein neues Team für unsere Ultraschall-Plattform auf und suchen erfahrene
        C++/Qt-Entwickler:innen – auch remote mit 1–2 Tagen vor Ort pro Monat.

        Hätten Sie Lust auf ein unverbindliches Telefonat in den nächsten Tagen? Sagen Sie mir gern,
        wann es Ihnen passt, ich richte mich nach Ihnen.

        Viele Grüße
        Mathilde Seitz
        Talent Acquisition · Fichtelgold Medical GmbH
        mathilde.seitz@fichtelgold-medical.de · +49 911 8801 2234
        """)
    return message(
        hdrs(addr("Mathilde Seitz", "mathilde.seitz@fichtelgold-medical.de"),
             "Ultraschall-Plattform in Nürnberg – kurzer Austausch?",
             "2026-11-18 09:12", "<8a6c1f3e-outreach-4471@fichtelgold-medical.de>",
             relay="from mail.fichtelgold-medical.de (mail.fichtelgold-medical.de [203.0.113.144])"),
        text(body, cte="base64"))


@mail(n(41), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Doctor's practice reminder 'morgen, Di., 20.10.2026 um 08:15 Uhr' with an ICS: fixed time, not "
           "an interview.")
def n41() -> bytes:
    body = t("""
        Guten Tag Herr Schneider,

        wir möchten Sie an Ihren Termin erinnern:

        morgen, Di., 20.10.2026 um 08:15 Uhr
        Hausarztpraxis Dr. med. Ulrike Hahn, Augustinerstraße 7, 97070 Würzburg
        Grund: Gesundheits-Check-up (bitte nüchtern erscheinen)

        Wenn Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis spätestens 24 Stunden vorher ab.

        Ihr Praxisteam
        """)
    ics = vcal("-//Praxisportal//Terminbuchung//DE", "PUBLISH", """
        BEGIN:VEVENT
        UID:pp-2026-10-20-0815-hahn@praxisportal.example
        DTSTAMP:20261019160000Z
        DTSTART;TZID=Europe/Berlin:20261020T081500
        DTEND;TZID=Europe/Berlin:20261020T084500
        SUMMARY:Arzttermin Dr. Hahn
        LOCATION:Augustinerstraße 7\\, 97070 Würzburg
        END:VEVENT
        """, tz="Europe/Berlin")
    return message(
        hdrs("Praxis Dr. Hahn via Praxisportal <erinnerung@praxisportal.example>",
             "Erinnerung: Ihr Termin morgen um 08:15 Uhr",
             "2026-10-19 18:00", "<reminder.774120.20261019@praxisportal.example>",
             relay="from out.praxisportal.example (out.praxisportal.example [192.0.2.140])"),
        mixed(text(body),
              calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics", disposition="attachment")))


@mail(n(42), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Landlord confirms a flat viewing in Nuremberg 'Samstag, 24.10., um 11:30 Uhr': fixed time, not "
           "an interview.")
def n42() -> bytes:
    body = t("""
        Guten Tag Herr Schneider,

        gerne bestätige ich Ihnen den Besichtigungstermin für die 3-Zimmer-Wohnung in der
        Gostenhofer Hauptstraße 41 (3. OG links):

        Samstag, 24.10., um 11:30 Uhr

        Bitte bringen Sie eine Selbstauskunft, die letzten drei Gehaltsnachweise und eine
        Mietschuldenfreiheitsbescheinigung mit. Klingeln Sie bitte bei "Hausverwaltung".

        Mit freundlichen Grüßen
        Renate Lindner
        Hausverwaltung Lindner, Nürnberg

        --
        Diese Nachricht wurde über das Kontaktformular von WohnFranken.de gesendet.
        """)
    return message(
        hdrs("Renate Lindner via WohnFranken <kontakt@wohnfranken.example>",
             "Besichtigung Gostenhofer Hauptstraße 41 – Terminbestätigung",
             "2026-10-19 17:25", "<msg.3319204.lindner@wohnfranken.example>",
             relay="from mail.wohnfranken.example (mail.wohnfranken.example [192.0.2.171])",
             reply_to="Renate Lindner <r.lindner@hv-lindner.example>"),
        text(body, charset="iso-8859-1"))


@mail(n(43), family="school_meeting", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Primary school confirms a parent-teacher slot 'Do., 26.11., 17:40 - 17:50 Uhr': fixed time, "
           "not an interview.")
def n43() -> bytes:
    body = t("""
        Liebe Eltern von Lina Schneider,

        hiermit bestätigen wir Ihren Termin für den Elternsprechtag:

        Lehrkraft: Frau Heilmann (Klassenleitung 2b)
        Zeit: Do., 26.11., 17:40 - 17:50 Uhr
        Raum: 1.14 (Altbau, 1. Stock)

        Bitte beachten Sie, dass die Gespräche im 10-Minuten-Takt stattfinden. Falls Sie verhindert
        sind, geben Sie bitte im Sekretariat Bescheid.

        Mit freundlichen Grüßen
        Sekretariat Grundschule am Hubland
        """)
    return message(
        hdrs("Grundschule am Hubland <sekretariat@gs-hubland.example>",
             "Elternsprechtag: Ihr Termin bei Frau Heilmann",
             "2026-11-19 13:10", "<esp2026.2b.0177@gs-hubland.example>",
             relay="from schulmanager.example (schulmanager.example [192.0.2.66])"),
        text(body))


@mail(n(44), family="team_event", lang="en", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation from a colleague at the current job to the team Christmas dinner "
           "'Fri Dec 11, 2026 7pm - 11pm (CET)' with ICS: a fixed-time work social event.")
def n44() -> bytes:
    body = t("""
        Team X-mas dinner 🎄
        Friday Dec 11, 2026 ⋅ 7pm – 11pm
        Central European Time - Berlin

        Location
        Gasthaus Zum Stachel, Gressengasse 1, 97070 Würzburg

        Table for 14 booked, menu choice by Dec 4 please (form in Slack). Partners welcome!

        Organizer
        Elif Demir
        elif.demir.kb@gmail.com

        Guests
        Elif Demir - organizer
        tobias.schneider@example.org
        View all guest info

        Reply for tobias.schneider@example.org
        Yes / No / Maybe

        Invitation from Google Calendar
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261211T190000
        DTEND;TZID=Europe/Berlin:20261211T230000
        DTSTAMP:20261120T151200Z
        ORGANIZER;CN=Elif Demir:mailto:elif.demir.kb@gmail.com
        UID:0q7s1b4n9f2c6k3m8v5x1z0p2r@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.schneider@example.org;X-NUM-GUESTS=0:mailto:tobias.schneider@example.org
        DESCRIPTION:Table for 14 booked\\, menu choice by Dec 4 please (form in Slack). Partners welcome!
        LOCATION:Gasthaus Zum Stachel\\, Gressengasse 1\\, 97070 Würzburg
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Team X-mas dinner 🎄
        TRANSP:OPAQUE
        END:VEVENT
        """, tz="Europe/Berlin")
    return message(
        hdrs(addr("Elif Demir", "elif.demir.kb@gmail.com"),
             "Invitation: Team X-mas dinner 🎄 @ Fri Dec 11, 2026 7pm - 11pm (CET) (tobias.schneider@example.org)",
             "2026-11-20 16:12", "<calendar-a81e0c47-6d2f-4b93-9e15-3c7a0f8d21b6@google.com>",
             relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),)),
        mixed(alt(text(body), calendar(ics, cte="base64")),
              calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                       disposition="attachment", name_param=True)))


@mail(n(45), family="interviewer_request", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Exchange meeting request auto-forwarded from the current job: Tobias is asked to sit in as "
           "technical INTERVIEWER for a candidate ('Vorstellungsgespräch Jana Mertens', Mi., 25.11., "
           "10:00-11:00). A confirmed interview, but not his own.")
def n45() -> bytes:
    body = t("""
        Wann: Mittwoch, 25. November 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum Festung (2. OG)

        *~*~*~*~*~*~*~*~*~*

        Hallo Tobias,

        für die Junior-Stelle im Viewer-Team haben wir eine vielversprechende Kandidatin: Jana Mertens
        (Lebenslauf im Recruiting-Ordner). Kannst du den fachlichen Teil des Vorstellungsgesprächs
        übernehmen? Ich mache die Begrüßung und den HR-Teil, du ab ca. 10:20 die Technikfragen.

        Danke dir!
        Anke

        Anke Wolfrum | Personal
        Kiliansblick Medical Software GmbH
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Anke Wolfrum:mailto:anke.wolfrum@kiliansblick-med.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Schneider:mailto:tobias.schneider@kiliansblick-med.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Mertens:mailto:jana.mertens@example.com
        UID:040000008200E00074C5B7101A82E00800000000B7A6C5D4E3F2DC010000000000000000100000009C3D21F0
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Jana Mertens (Junior Softwareentwicklerin Viewer)
        DTSTART;TZID=W. Europe Standard Time:20261125T100000
        DTEND;TZID=W. Europe Standard Time:20261125T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261118T083000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Festung (2. OG)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        """, tz="W. Europe Standard Time").replace("CALSCALE:GREGORIAN\n", "")
    return message(
        hdrs(addr("Wolfrum, Anke", "anke.wolfrum@kiliansblick-med.de"),
             "Vorstellungsgespräch Jana Mertens (Junior Softwareentwicklerin Viewer)",
             "2026-11-18 09:30", "<FR3P281MB1822D0C1B2A3948576@FR3P281MB1822.DEUP281.PROD.OUTLOOK.COM>",
             to="Schneider, Tobias <tobias.schneider@kiliansblick-med.de>",
             relay="from mail.kiliansblick-med.de (mail.kiliansblick-med.de [203.0.113.12])",
             extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"tobias.schneider@kiliansblick-med.de {ME}"),
                    ("Content-Language", "de-DE"))),
        alt(text(body), calendar(ics, cte="base64")))


@mail(n(46), family="webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Webinar registration 'Interviewing for imaging roles', 'Wednesday, November 11, 2026 5:00 PM "
           "Berlin' with ICS: fixed time and the word interview, but a webinar.")
def n46() -> bytes:
    body = t("""
        Hi Tobias,

        Thank you for registering for "Interviewing for imaging roles: what hiring managers actually
        look for".

        Date & Time: Wednesday, November 11, 2026 5:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna
        Host: DICOM Developers Forum

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/89912340055?tk=h4Qm2bV9 (Webinar ID: 899 1234 0055)

        Add to calendar: see attachment.

        You can cancel your registration at any time.
        """)
    ics = vcal("-//zoom.us//iCalendar Event//EN", "PUBLISH", """
        BEGIN:VEVENT
        DTSTAMP:20261103T120000Z
        DTSTART:20261111T160000Z
        DTEND:20261111T170000Z
        SUMMARY:Interviewing for imaging roles: what hiring managers actually look for
        UID:20261103T120000Z-89912340055@fe80:0:0:0:0:0:0:1
        TZID:Europe/Berlin
        DESCRIPTION:Webinar ID: 899 1234 0055
        LOCATION:https://us02web.zoom.us/w/89912340055
        BEGIN:VALARM
        TRIGGER:-PT10M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        """)
    return message(
        hdrs("DICOM Developers Forum <no-reply@zoom.us>",
             "Interviewing for imaging roles: what hiring managers actually look for Confirmation",
             "2026-11-03 13:00", "<zoom.webinar.reg.89912340055.5521@zoom.us>",
             relay="from mail.zoom.us (mail.zoom.us [170.114.10.90])"),
        mixed(text(body), calendar(ics, method=None, filename="iCalendar.ics", disposition="attachment")))


@mail(n(47), family="auto_reply", lang="de", interview=False, company="Mainfranken Medtech AG",
      days=(("Fri", "2026-10-16"),),
      note="Out-of-office reply from the HR contact to Tobias's mail about 'Freitag, 16.10., 13:30 Uhr'; "
           "the quoted subject names the interview, but the auto-reply confirms nothing.")
def n47() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 19.10.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine
        E-Mails. In dringenden Personalangelegenheiten wenden Sie sich bitte an personal@mainfranken-medtech.de.

        Mit freundlichen Grüßen
        Miriam Lang
        """)
    return message(
        hdrs(addr("Lang, Miriam", "miriam.lang@mainfranken-medtech.de"),
             "Automatische Antwort: Bestätigung neuer Termin Freitag, 16.10., 13:30 Uhr",
             "2026-10-12 09:02", "<AM0PR10MB2987AA01BB02CC03@AM0PR10MB2987.EURPRD10.PROD.OUTLOOK.COM>",
             relay="from mail.mainfranken-medtech.de (mail.mainfranken-medtech.de [203.0.113.61])",
             extra=(("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<tobias.0412.reuss@example.org>"))),
        text(body, charset="windows-1252"))


@mail(n(48), family="bounce", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Delivery failure for Tobias's own mail confirming 'Dienstag, 3.11. um 10 Uhr' to a recruiter "
           "(typo in the domain): the returned message is his, and the confirmation never arrived.")
def n48() -> bytes:
    from make import multipart, raw_part
    notice = t("""
        Dies ist eine automatisch erstellte Nachricht des Mailservers mx1.example.org.

        Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:

        <vanessa.hartung@taunusblick-dx.cmo>: Host or domain name not found. Name service
            error for name=taunusblick-dx.cmo type=A: Host not found

        Die ursprüngliche Nachricht ist angehängt.
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4R2kT91xq7z
        Arrival-Date: Thu, 29 Oct 2026 19:41:07 +0100 (CET)

        Final-Recipient: rfc822; vanessa.hartung@taunusblick-dx.cmo
        Original-Recipient: rfc822;vanessa.hartung@taunusblick-dx.cmo
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=taunusblick-dx.cmo type=A: Host not found
        """)
    orig_body = t("""
        Hallo Frau Hartung,

        vielen Dank, den Termin am Dienstag, 3.11. um 10 Uhr bestätige ich gern. Ich komme dann
        zu Ihnen nach Frankfurt.

        Viele Grüße
        Tobias Schneider
        """)
    orig = message([
        ("From", ME_H),
        ("To", "Vanessa Hartung <vanessa.hartung@taunusblick-dx.cmo>"),
        ("Subject", "Re: Terminvorschlag Zweitgespraech"),
        ("Date", date("2026-10-29 19:41", BER)),
        ("Message-ID", "<tobias.0788.hartung@example.org>"),
    ], text(orig_body))
    report = multipart("report",
                       text(notice, cte="8bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    return message(
        hdrs("Mail Delivery System <MAILER-DAEMON@mx1.example.org>",
             "Unzustellbar: Re: Terminvorschlag Zweitgespraech",
             "2026-10-29 19:41", "<20261029184108.9A1C2E0F3B@mx1.example.org>",
             relay="from localhost (localhost [127.0.0.1])",
             extra=(("Auto-Submitted", "auto-replied"),)),
        report)


@mail(n(49), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Bank advisor appointment 'Freitag, 16.10.2026, 16:00 Uhr' about retirement savings: fixed "
           "time, not an interview.")
def n49() -> bytes:
    body = t("""
        Sehr geehrter Herr Schneider,

        vielen Dank für Ihre Terminanfrage. Gern bestätige ich Ihnen unser Beratungsgespräch zum Thema
        Altersvorsorge und Vermögensaufbau:

        Freitag, 16.10.2026, 16:00 Uhr
        Filiale Sanderstraße 14, 97070 Würzburg, Beratungsraum 2

        Falls Sie einen Arbeitgeberwechsel planen, bringen Sie bitte Ihre Unterlagen zur
        betrieblichen Altersvorsorge mit - dann schauen wir gemeinsam, was mitgenommen werden kann.

        Mit freundlichen Grüßen
        Florian Wächter
        Privatkundenberater
        Mainufer Bank eG
        """)
    return message(
        hdrs(addr("Florian Wächter", "florian.waechter@mainufer-bank.example"),
             "Terminbestätigung Beratungsgespräch 16.10.2026",
             "2026-10-09 11:48", "<d5e2f9a1.2026.beratung@mainufer-bank.example>",
             relay="from mx.mainufer-bank.example (mx.mainufer-bank.example [192.0.2.200])"),
        text(body, charset="iso-8859-15", cte="base64"))


@mail(n(50), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Local Python user-group mailing list announces its meetup 'Mi., 21.10., 19 Uhr', with a talk "
           "about surviving a first tech interview: a meetup, not an interview.")
def n50() -> bytes:
    body = t("""
        Hallo zusammen,

        unser Oktober-Treffen steht:

        Wann: Mi., 21.10., 19 Uhr (Einlass ab 18:30)
        Wo:   Zentrum für Digitale Innovationen, Rottendorfer Straße 20, Würzburg

        Programm:
        - "Wie ich mein erstes Tech-Interview überlebt habe" (Lightning Talk, Nele)
        - pydicom + Polars: 40 GB Studien-Metadaten in 3 Minuten (Tobias S.)
        - Pizza & Networking

        Bitte tragt euch im Pad ein, damit wir genug Pizza bestellen:
        https://pad.example.org/franken-py-2026-10

        Grüße
        Kathi

        _______________________________________________
        franken-py mailing list
        franken-py@lists.example.org
        https://lists.example.org/mailman/listinfo/franken-py
        """)
    return message(
        hdrs(addr("Katharina Bär", "kathi.baer@example.com"),
             "[franken-py] Treffen im Oktober: Mi., 21.10., 19 Uhr",
             "2026-10-10 12:00", "<7b1d4e22-kathi.frankenpy@example.com>",
             to="franken-py@lists.example.org",
             relay="from lists.example.org (lists.example.org [192.0.2.77])",
             extra=(("List-Id", "Python-Stammtisch Mainfranken <franken-py.lists.example.org>"),
                    ("List-Unsubscribe", "<https://lists.example.org/mailman/options/franken-py>"),
                    ("List-Post", "<mailto:franken-py@lists.example.org>"),
                    ("Precedence", "list"),
                    ("Sender", "franken-py <franken-py-bounces@lists.example.org>"))),
        text(body, cte="8bit"))
