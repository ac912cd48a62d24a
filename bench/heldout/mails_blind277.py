"""blind277: a blind 50-mail held-out set, the inbox of Friederike Sommer, logistics controller in
Erfurt (Europe/Berlin), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the intro / "How it was made" /
"Mix" / label-convention / traps / judgement-call sections of bench/heldout/README.md, the dev corpus
README, dev/labels.json, dev_002.eml, dev_009.eml and score.py. It did not read the detector, its
tests, any other held-out set or its mails, and never ran the detector. Every mail below is written
by hand, one function per mail; keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled),
keys 24-50 negatives (the rest of a job-hunter's inbox and the ordinary fixed-time mail of a life).
Mostly German (Thuringia, Saxony, Bavaria, Austria; Du and Sie), some English (international firms,
a London recruiter on Europe/London time). All companies and people are fictional.
"""

from __future__ import annotations

import hashlib
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
    multipart,
    received,
    t,
    text,
    utc,
)

SET = "blind277"
ORDER = random.Random(2770277).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "friederike.sommer@example.com"
ME_OLD = "f.sommer@example.org"
ME_ADDR = addr("Friederike Sommer", ME)
MX = "mx01.mail.example.com"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = ME_ADDR,
         extra: tuple[tuple[str, str], ...] = (), rcv: str | None = None,
         charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = []
    if rcv:
        hs.append(("Received", received(rcv, when, zone, f"{MX} with ESMTPS id {hashlib.sha1(mid.encode(), usedforsecurity=False).hexdigest()[:12]}", ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def vtz(name: str) -> str:
    """A Google/Thunderbird-style CET/CEST VTIMEZONE under another IANA name."""
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", name)


VTZ_DUBLIN = """BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE"""


# =========================================================================== positives


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-15 10:00", "Europe/Berlin"), end=utc("2026-09-15 11:00", "Europe/Berlin"),
           contact="jana.koehler@kyffhaeuser-logistik.de", company="Kyffhäuser Kontraktlogistik GmbH",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone="Europe/Berlin",
           note="Personio invitation (Sie), on site in Erfurt, 10:00-11:00 German summer time (CEST, UTC+2); "
                "contact = human Reply-To (the HR business partner)")
def m01() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        vielen Dank für Ihr Interesse an der Position Controller Logistik (m/w/d) bei der
        Kyffhäuser Kontraktlogistik GmbH.

        Gerne bestätigen wir Ihnen den Termin für Ihr persönliches Vorstellungsgespräch:

        Datum:   Dienstag, 15.09.2026
        Uhrzeit: 10:00 - 11:00 Uhr
        Ort:     Kyffhäuser Kontraktlogistik GmbH, Am Güterverkehrszentrum 14, 99092 Erfurt
                 (Verwaltungsgebäude, 2. OG, bitte am Empfang melden)

        Ihre Gesprächspartner:
        - Jana Köhler, HR Business Partner
        - Dirk Stollberg, Leiter Finanzen & Controlling

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte direkt auf diese
        E-Mail.

        Mit freundlichen Grüßen
        Jana Köhler
        Kyffhäuser Kontraktlogistik GmbH

        Diese Nachricht wurde über Personio versendet.
        """)
    html_body = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Sehr geehrte Frau Sommer,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Controller Logistik (m/w/d)</b> bei der
        Kyffhäuser Kontraktlogistik GmbH.</p>
        <p>Gerne bestätigen wir Ihnen den Termin für Ihr persönliches Vorstellungsgespräch:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum:</b></td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Kyffhäuser Kontraktlogistik GmbH, Am Güterverkehrszentrum 14, 99092 Erfurt<br>
        (Verwaltungsgebäude, 2. OG, bitte am Empfang melden)</td></tr>
        </table>
        <p>Ihre Gesprächspartner:<br>- Jana Köhler, HR Business Partner<br>- Dirk Stollberg, Leiter Finanzen &amp; Controlling</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte direkt auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Jana Köhler<br>Kyffhäuser Kontraktlogistik GmbH</p>
        <p style="color:#888;font-size:11px">Diese Nachricht wurde über Personio versendet.</p>
        </body></html>
        """)
    hs = head(addr("Kyffhäuser Kontraktlogistik GmbH", "no-reply@mail.personio.de"),
              "Einladung zum Vorstellungsgespräch – Controller Logistik (m/w/d)",
              "2026-09-08 10:14", "Europe/Berlin", "<a81c2f04-5d1e-4b7a-9e0c-0d3f6c1b2e77@mail.personio.de>",
              rcv="from mail.personio.de (mail.personio.de [185.87.21.40])",
              extra=(("Reply-To", addr("Jana Köhler", "jana.koehler@kyffhaeuser-logistik.de")),))
    return message(hs, alt(text(body), html(html_body)))


EXCHANGE_DE_FOOTER = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil
Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>
Besprechungs-ID: {mid}
Kennung: {pw}
________________________________________________________________________________"""


@make.mail(N(2), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-27 09:30", "Europe/Berlin"), end=utc("2026-10-27 10:30", "Europe/Berlin"),
           contact="m.rentsch@elbtal-spedition.de", company="Elbtal Spedition GmbH",
           local="Tue 2026-10-27 09:30", local_end="2026-10-27 10:30", zone="Europe/Berlin",
           note="Exchange meeting request (TZID W. Europe Standard Time) sent Thu 22 Oct in CEST for Tue 27 Oct, "
                "after the change back to CET on 25 Oct: 09:30 CET = 08:30Z; contact = ORGANIZER / sender (hiring manager)")
def m02() -> bytes:
    footer = EXCHANGE_DE_FOOTER.format(id="NmQ4ZTk1YjEtYWI3Zi00", mid="372 118 905 641", pw="xK7bQ2")
    body = t("""
        Sehr geehrte Frau Sommer,

        wie heute Vormittag telefonisch besprochen, sende ich Ihnen hiermit die Einladung zu
        unserem Gespräch über Microsoft Teams. Mit dabei ist Frau Hartmann aus der Personalabteilung.

        Ich freue mich auf das Gespräch.

        Mit freundlichen Grüßen
        Matthias Rentsch
        Leiter Kontraktlogistik
        Elbtal Spedition GmbH | Hafenstraße 22 | 01067 Dresden

        """) + footer + "\n"
    cal = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rentsch Matthias:mailto:m.rentsch@elbtal-spedition.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=friederike.sommer@example.com:mailto:friederike.sommer@example.com
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hartmann Ines:mailto:i.hartmann@elbtal-spedition.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Sommer,\\n\\nwie heute Vormittag telefonisch besprochen\\, sende ich Ihnen hiermit die Einladung zu unserem Gespräch über Microsoft Teams.\\n
        UID:040000008200E00074C5B7101A82E0080000000070D2A3B1F461DC01000000000000000010000000A5E1C9F0B3D84A4F8E2C6B1D7A9F3E21
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Controller Kontraktlogistik - Frau Sommer
        DTSTART;TZID=W. Europe Standard Time:20261027T093000
        DTEND;TZID=W. Europe Standard Time:20261027T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T120512Z
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
        X-MICROSOFT-ONLINEMEETINGINFORMATIONAL;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Rentsch, Matthias", "m.rentsch@elbtal-spedition.de"),
              "Vorstellungsgespräch Controller Kontraktlogistik - Frau Sommer",
              "2026-10-22 14:05", "Europe/Berlin",
              "<DB9PR03MB7340A1C2E4F5B6D7C8E9F0A1B2C3D4E5@DB9PR03MB7340.eurprd03.prod.outlook.com>",
              rcv="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Controller Kontraktlogistik - Frau Sommer")),
                     ("Thread-Index", "AdxMgTq7yVw3bH1kQ2uJ8m4Rz0Pn5A=="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    html_body = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + \
        "</div></body></html>\n"
    return message(hs, alt(text(body), html(html_body),
                           calendar(cal, method="REQUEST", cte="base64")))


@make.mail(N(3), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-05 14:00", "Europe/Amsterdam"), end=utc("2026-10-05 14:45", "Europe/Amsterdam"),
           contact="sanne.devries@corvane.com", company="Corvane Logistics",
           local="Mon 2026-10-05 14:00", local_end="2026-10-05 14:45", zone="Europe/Amsterdam",
           note="Greenhouse confirmation, 2:00-2:45 PM CEST (Amsterdam, same offset as Erfurt, UTC+2) with invite.ics "
                "(TZID Europe/Amsterdam); contact = Reply-To recruiter")
def m03() -> bytes:
    body = t("""
        Hi Friederike,

        Thanks for making time to speak with us! Your interview for Regional Logistics Controller
        (DACH) is confirmed:

        Monday, October 5th, 2026
        2:00 PM - 2:45 PM CEST

        Interviewer: Pieter Janssen, Head of FP&A Europe
        Location: Google Meet - https://meet.google.com/qxe-hwtm-bza

        A calendar invitation is attached. If you need to reschedule, just reply to this email
        and it will reach me.

        Best,
        Sanne de Vries
        Talent Acquisition, Corvane Logistics
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse//Greenhouse Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + vtz("Europe/Amsterdam") + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-int-88412097-corvane
        DTSTAMP:20260929T142011Z
        DTSTART;TZID=Europe/Amsterdam:20261005T140000
        DTEND;TZID=Europe/Amsterdam:20261005T144500
        SUMMARY:Interview: Friederike Sommer / Pieter Janssen (Corvane Logistics)
        LOCATION:https://meet.google.com/qxe-hwtm-bza
        ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@corvane.com
        ATTENDEE;CN=Friederike Sommer;RSVP=TRUE:mailto:friederike.sommer@example.com
        ATTENDEE;CN=Pieter Janssen:mailto:pieter.janssen@corvane.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Corvane Logistics", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Regional Logistics Controller (DACH) at Corvane Logistics",
              "2026-09-29 16:20", "Europe/Berlin", "<gh.0b5e1c7a92.88412097@us.greenhouse-mail.io>",
              rcv="from o1.greenhouse-mail.io (o1.greenhouse-mail.io [167.89.24.113])",
              extra=(("Reply-To", addr("Sanne de Vries", "sanne.devries@corvane.com")),))
    html_body = t("""
        <html><body><div style="font-family:Helvetica,Arial,sans-serif">
        <p>Hi Friederike,</p>
        <p>Thanks for making time to speak with us! Your interview for <strong>Regional Logistics Controller (DACH)</strong> is confirmed:</p>
        <p><strong>Monday, October 5th, 2026</strong><br>2:00 PM - 2:45 PM CEST</p>
        <p>Interviewer: Pieter Janssen, Head of FP&amp;A Europe<br>
        Location: <a href="https://meet.google.com/qxe-hwtm-bza">Google Meet</a></p>
        <p>A calendar invitation is attached. If you need to reschedule, just reply to this email and it will reach me.</p>
        <p>Best,<br>Sanne de Vries<br>Talent Acquisition, Corvane Logistics</p>
        </div></body></html>
        """)
    return message(hs, mixed(alt(text(body), html(html_body)),
                             calendar(ics, method="REQUEST", cte="base64", ctype="text/calendar",
                                      filename="invite.ics", disposition="attachment")))


@make.mail(N(4), family="human_prose", lang="en", interview=True, kind="scheduled",
           start=utc("2026-10-15 14:00", "Europe/London"), end=utc("2026-10-15 14:45", "Europe/London"),
           contact="oliver.pennington@harrowgatesearch.co.uk", company="Brightwater Supply Chain Ltd",
           local="Thu 2026-10-15 14:00", local_end="2026-10-15 14:45", zone="Europe/London",
           note="London agency recruiter: 'Thursday at 2pm UK time (3pm for you)' resolved against Date Mon 12 Oct; "
                "BST (UTC+1) -> 13:00Z; 45 minutes stated; company = the client (hiring company), contact = recruiter")
def m04() -> bytes:
    body = t("""
        Hi Friederike,

        Great news - Brightwater have come back and would like to meet you. I've locked in
        Thursday at 2pm UK time (3pm for you in Erfurt) with Graham Ashworth, their Finance
        Director for Continental Europe, and Katja Meier from the Leipzig site.

        It'll be a 45 minute video call on Teams; Graham's PA will send the link separately.
        Expect a fair bit on warehouse cost-to-serve and how you built the KPI pack at your
        current place - he loves a good dashboard story.

        Give me a ring beforehand if you want to run through anything.

        Cheers,
        Oliver

        Oliver Pennington
        Senior Consultant - Supply Chain & Logistics
        Harrowgate Search Partners | 14 Cannon Street, London EC4M 6XH
        +44 20 7946 0321
        """)
    hs = head(addr("Oliver Pennington", "oliver.pennington@harrowgatesearch.co.uk"),
              "Brightwater - interview confirmed for Thursday",
              "2026-10-12 09:47", "Europe/London",
              "<LO2P265MB5120F3A9C1E2D4B6A8C0E2F4A6B8C0D2@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>",
              rcv="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2112.outbound.protection.outlook.com [40.107.10.112])",
              extra=(("Content-Language", "en-GB"),))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(5), family="recruitee", lang="de", interview=True, kind="scheduled",
           start=utc("2026-10-07 16:00", "Europe/Berlin"), end=utc("2026-10-07 16:30", "Europe/Berlin"),
           contact="lisa.brandner@paketwerk.de", company="Paketwerk GmbH",
           local="Wed 2026-10-07 16:00", local_end="2026-10-07 16:30", zone="Europe/Berlin",
           note="Recruitee confirmation (Du) of a 30-minute video call, 16:00-16:30 CEST; From is a Recruitee relay, "
                "contact = the recruiter's address in the body")
def m05() -> bytes:
    body = t("""
        Hey Friederike,

        danke, dass du dir einen Termin ausgesucht hast! Dein Kennenlerngespräch mit Paketwerk
        steht:

        📅 Mittwoch, 7. Oktober 2026
        🕓 16:00 – 16:30 Uhr (Europe/Berlin)
        📍 Videocall – den Link bekommst du 15 Minuten vorher per Mail

        Mit dabei: Lisa Brandner (People & Culture) und Jonas Albrecht (Head of Operations).

        Falls etwas dazwischenkommt, schreib mir einfach an lisa.brandner@paketwerk.de.

        Bis Mittwoch!
        Lisa von Paketwerk
        Paketwerk GmbH · Karl-Heine-Straße 97 · 04229 Leipzig
        """)
    html_body = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#fff;padding:24px;font-family:Arial,sans-serif;font-size:15px">
        <tr><td>
        <p>Hey Friederike,</p>
        <p>danke, dass du dir einen Termin ausgesucht hast! Dein Kennenlerngespräch mit Paketwerk steht:</p>
        <p>📅 <b>Mittwoch, 7. Oktober 2026</b><br>🕓 16:00 – 16:30 Uhr (Europe/Berlin)<br>📍 Videocall – den Link bekommst du 15 Minuten vorher per Mail</p>
        <p>Mit dabei: Lisa Brandner (People &amp; Culture) und Jonas Albrecht (Head of Operations).</p>
        <p>Falls etwas dazwischenkommt, schreib mir einfach an <a href="mailto:lisa.brandner@paketwerk.de">lisa.brandner@paketwerk.de</a>.</p>
        <p>Bis Mittwoch!<br>Lisa von Paketwerk</p>
        </td></tr>
        <tr><td style="color:#999;font-size:11px;padding-top:16px">Paketwerk GmbH · Karl-Heine-Straße 97 · 04229 Leipzig · Powered by Recruitee</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Lisa von Paketwerk", "paketwerk-8f3k2@mail.recruitee.com"),
              "Dein Kennenlerngespräch bei Paketwerk ist bestätigt ✅",
              "2026-10-02 11:30", "Europe/Berlin", "<20261002093012.1.3b6e0f5d2c1a9e87@mail.recruitee.com>",
              rcv="from mail.recruitee.com (mail.recruitee.com [159.135.228.10])")
    return message(hs, alt(text(body, cte="base64"), html(html_body, cte="base64")))


@make.mail(N(6), family="workday", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-03 09:00", "America/Chicago"), end=utc("2026-11-03 10:00", "America/Chicago"),
           contact="dana.whitfield@halvorsenfreight.com", company="Halvorsen Freight Systems",
           local="Tue 2026-11-03 09:00", local_end="2026-11-03 10:00", zone="America/Chicago",
           note="Workday notice sent Wed 28 Oct in CDT for Tue 3 Nov, after the US change back on 1 Nov: "
                "9:00 AM CST (UTC-6) = 15:00Z = 16:00 CET as the body says; contact = recruiter address in the body")
def m06() -> bytes:
    body = t("""
        Dear Friederike Sommer,

        Your interview for the position Finance Business Partner - EMEA Logistics (R-0048217) has
        been scheduled.

        Interview Details
        Date: Tuesday, November 3, 2026
        Time: 9:00 AM - 10:00 AM (Central Standard Time)
              (4:00 PM - 5:00 PM Central European Time)
        Format: Microsoft Teams (link in the calendar invitation sent by your interviewer)
        Interviewers: Greg Lindqvist, Director Finance EMEA; Dana Whitfield, Recruiter

        If you have questions, please contact your recruiter, Dana Whitfield
        (dana.whitfield@halvorsenfreight.com).

        To view your application, sign in to the Halvorsen Freight Systems Candidate Home:
        https://halvorsen.wd5.myworkdayjobs.com/en-US/Careers/userHome

        Thank you,
        Halvorsen Freight Systems Talent Acquisition

        This email was sent from an unmonitored mailbox.
        """)
    hs = head(addr("Halvorsen Freight Systems", "halvorsen@myworkday.com"),
              "Interview Scheduled - Finance Business Partner - EMEA Logistics",
              "2026-10-28 10:15", "America/Chicago", "<1479052981.88123.1793200500123@wd5-prod-mta02.myworkday.com>",
              rcv="from wd5-prod-mta02.myworkday.com (wd5-prod-mta02.myworkday.com [209.177.164.33])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(7), family="calendly", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-11 10:30", "Europe/Berlin"), end=utc("2026-09-11 11:00", "Europe/Berlin"),
           contact="tobias.huber@isarkontor.de", company="Isarkontor Personalberatung",
           local="Fri 2026-09-11 10:30", local_end="2026-09-11 11:00", zone="Europe/Berlin",
           note="Calendly invitee confirmation (German UI), telephone interview with an agency consultant for a named role; "
                "10:30-11:00 MESZ (UTC+2); client not named, so company = the agency; contact = Reply-To host")
def m07() -> bytes:
    body = t("""
        Hallo Friederike Sommer,

        Ihr Termin ist geplant.

        Telefoninterview: Controller Logistik (m/w/d), Raum Regensburg
        Tobias Huber

        10:30 - 11:00, Freitag, 11. September 2026 (Mitteleuropäische Zeit)

        Ort: Tobias Huber ruft Sie unter +49 151 23456789 an.

        Ergänzende Informationen:
        Bitte halten Sie Ihren Lebenslauf bereit. Wir sprechen über die Position bei unserem
        Mandanten und Ihre Gehaltsvorstellung.

        Termin stornieren: https://calendly.com/cancellations/7f3a2c9e-1d4b-4e8a-b6c5-2a9d0f1e3b47
        Termin verschieben: https://calendly.com/reschedulings/7f3a2c9e-1d4b-4e8a-b6c5-2a9d0f1e3b47

        Powered by Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Telefoninterview: Controller Logistik (m/w/d), Raum Regensburg mit Tobias Huber am Freitag, 11. September 2026",
              "2026-09-07 20:31", "Europe/Berlin", "<6f2b1e0a9d7c.20260907183112@calendly.com>",
              rcv="from o3.email.calendly.com (o3.email.calendly.com [167.89.107.84])",
              extra=(("Reply-To", addr("Tobias Huber", "tobias.huber@isarkontor.de")),))
    html_body = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Arial,sans-serif">')
    return message(hs, alt(text(body), html(html_body)))


@make.mail(N(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-23 10:00", "Europe/Vienna"), end=utc("2026-09-23 11:00", "Europe/Vienna"),
           contact="katrin.leitner@donauhafen-logistik.at", company="Donauhafen Logistik GmbH",
           local="Wed 2026-09-23 10:00", local_end="2026-09-23 11:00", zone="Europe/Vienna",
           note="Google Calendar invitation (German UI) from an Austrian employer, 10:00-11:00 MESZ Europe/Vienna (UTC+2); "
                "contact = ORGANIZER / sender")
def m08() -> bytes:
    body = t("""
        Katrin Leitner hat Sie zu einem Termin eingeladen.

        Zweitgespräch Controlling Linz – Friederike Sommer
        Mittwoch, 23. September 2026 · 10:00–11:00
        Zeitzone: Europe/Vienna
        Google Meet: https://meet.google.com/kzu-rbfp-wne

        Grüß Gott Frau Sommer, wie besprochen das Zweitgespräch mit Herrn Mayrhofer (CFO).
        Bitte bereiten Sie eine kurze Präsentation (10 Min.) zu Ihrem KPI-Reporting vor.

        Organisator
        Katrin Leitner - katrin.leitner@donauhafen-logistik.at

        Gäste
        Katrin Leitner – Organisator
        Florian Mayrhofer
        friederike.sommer@example.com

        Antworten für friederike.sommer@example.com: Ja / Nein / Vielleicht

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + vtz("Europe/Vienna") + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Vienna:20260923T100000
        DTEND;TZID=Europe/Vienna:20260923T110000
        DTSTAMP:20260917T110205Z
        ORGANIZER;CN=Katrin Leitner:mailto:katrin.leitner@donauhafen-logistik.at
        UID:2p9k4v1m0s7q3c8e5h6j1n2b4d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Katrin Leitner;X-NUM-GUESTS=0:mailto:katrin.leitner@donauhafen-logistik.at
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Florian Mayrhofer;X-NUM-GUESTS=0:mailto:florian.mayrhofer@donauhafen-logistik.at
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=friederike.sommer@example.com;X-NUM-GUESTS=0:mailto:friederike.sommer@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/kzu-rbfp-wne
        CREATED:20260917T110203Z
        DESCRIPTION:Grüß Gott Frau Sommer\\, wie besprochen das Zweitgespräch mit Herrn Mayrhofer (CFO).
        LAST-MODIFIED:20260917T110204Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Zweitgespräch Controlling Linz – Friederike Sommer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Katrin Leitner", "katrin.leitner@donauhafen-logistik.at"),
              "Einladung: Zweitgespräch Controlling Linz – Friederike Sommer @ Mi. 23. Sept. 2026 10:00 - 11:00 (MESZ) (friederike.sommer@example.com)",
              "2026-09-17 13:02", "Europe/Vienna", "<calendar-4b1e9a07-2d3c-4f5e-8a6b-7c9d0e1f2a3b@google.com>",
              rcv="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Katrin Leitner", "katrin.leitner@donauhafen-logistik.at"))))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)),
                                 calendar(ics, method="REQUEST", cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(9), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start=utc("2026-09-25 13:00", "Europe/Berlin"), end=utc("2026-09-25 13:45", "Europe/Berlin"),
           contact=None, company="Saale-Logistikpark Halle GmbH",
           local="Fri 2026-09-25 13:00", local_end="2026-09-25 13:45", zone="Europe/Berlin",
           note="Microsoft Bookings from a shared mailbox; the body's zone label shows '(UTC+01:00) Amsterdam, Berlin...' "
                "in September, but it is CEST (UTC+2), as the ICS (W. Europe Standard Time) confirms -> 11:00Z; staff "
                "name only, no personal address -> contact null")
def m09() -> bytes:
    html_body = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p style="font-size:20px">Ihre Buchung wurde bestätigt</p>
        <p>Hallo Friederike Sommer,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Saale-Logistikpark Halle – Bewerbungsgespräche</b>.</p>
        <table cellpadding="3">
        <tr><td>Dienst</td><td>Vorstellungsgespräch Controlling (45 Min.)</td></tr>
        <tr><td>Datum und Uhrzeit</td><td>25.09.2026 13:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Dauer</td><td>45 Minuten</td></tr>
        <tr><td>Mitarbeiter</td><td>Sven Pohl</td></tr>
        <tr><td>Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/SaaleLogistikparkBewerbung@saale-logistikpark.de/bookings/">Buchung verwalten</a></p>
        <p>Wir freuen uns auf Sie!</p>
        <p style="color:#605e5c;font-size:12px">Saale-Logistikpark Halle GmbH · Berliner Chaussee 8 · 06112 Halle (Saale)</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Saale-Logistikpark Halle – Bewerbungsgespräche:mailto:SaaleLogistikparkBewerbung@saale-logistikpark.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Friederike Sommer:mailto:friederike.sommer@example.com
        DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch Controlling mit Sven Pohl
        UID:040000008200E00074C5B7101A82E00800000000B1C7E2F0A4E6DC01000000000000000010000000C3D5E7F9A1B3C5D7E9F1A3B5C7D9E1F3
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Controlling
        DTSTART;TZID=W. Europe Standard Time:20260925T130000
        DTEND;TZID=W. Europe Standard Time:20260925T134500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260921T064411Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Saale-Logistikpark Halle – Bewerbungsgespräche", "SaaleLogistikparkBewerbung@saale-logistikpark.de"),
              "Ihre Buchung wurde bestätigt: Vorstellungsgespräch Controlling am 25.09.2026",
              "2026-09-21 08:44", "Europe/Berlin",
              "<AM9PR06MB7716D2E4F6A8B0C2D4E6F8A0B2C4D6E8@AM9PR06MB7716.eurprd06.prod.outlook.com>",
              rcv="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2090.outbound.protection.outlook.com [40.107.247.90])")
    return message(hs, alt(html(html_body, cte="base64"), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(10), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-16 11:00", "Europe/Berlin"), end=utc("2026-11-16 12:00", "Europe/Berlin"),
           contact="priya.raman@vantorcoldchain.com", company="Vantor Cold Chain GmbH",
           local="Mon 2026-11-16 11:00", local_end="2026-11-16 12:00", zone="Europe/Berlin",
           note="SmartRecruiters HTML-only (base64) confirmation, 11:00-12:00 CET (UTC+1); no-reply sender, "
                "contact = interviewer's address in the body")
def m10() -> bytes:
    html_body = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Interview confirmed</title></head>
        <body style="margin:0;padding:0;background:#eef1f4">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2b36">
        <tr><td style="padding:24px 32px;border-bottom:3px solid #0a6ebd"><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/vantor.png" alt="Vantor Cold Chain" height="32"></td></tr>
        <tr><td style="padding:24px 32px">
        <p>Dear Friederike,</p>
        <p>Thank you for confirming your availability. Your interview for <b>Senior Controller Operations (f/m/d) – Erfurt</b> is scheduled as follows:</p>
        <table role="presentation" style="background:#f6f8fa;width:100%;padding:12px">
        <tr><td style="width:110px;color:#5b6b79">Date</td><td>Monday, 16 November 2026</td></tr>
        <tr><td style="color:#5b6b79">Time</td><td>11:00 AM – 12:00 PM (GMT+01:00) Berlin</td></tr>
        <tr><td style="color:#5b6b79">Where</td><td>Vantor Cold Chain GmbH, Konrad-Zuse-Str. 3, 99099 Erfurt</td></tr>
        <tr><td style="color:#5b6b79">Interviewer</td><td>Priya Raman, Finance Director Central Europe<br><a href="mailto:priya.raman@vantorcoldchain.com">priya.raman@vantorcoldchain.com</a></td></tr>
        </table>
        <p>Please bring a valid ID for the visitor registration at the gate.</p>
        <p>Kind regards,<br>The Vantor Cold Chain Hiring Team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#8a99a6">This message was sent via SmartRecruiters on behalf of Vantor Cold Chain GmbH. Please do not reply to this email.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Vantor Cold Chain GmbH", "noreply@smartrecruiters.com"),
              "Your interview with Vantor Cold Chain GmbH is confirmed",
              "2026-11-10 15:12", "Europe/Berlin", "<0100019a7c3e5b2f-4d1e8f7a-2c3b-4a5d-9e8f-6b7c8d9e0f1a-000000@email.smartrecruiters.com>",
              rcv="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])")
    return message(hs, html(html_body, cte="base64"))


@make.mail(N(11), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-24 14:00", "Europe/Berlin"), end=utc("2026-11-24 15:00", "Europe/Berlin"),
           contact="malin.berg@fjordlast.com", company="Fjordlast Logistik GmbH",
           local="Tue 2026-11-24 14:00", local_end="2026-11-24 15:00", zone="Europe/Berlin",
           note="Teamtailor confirmation in German (Du) with ICS in Europe/Stockholm (same CET offset): 14:00-15:00 MEZ = "
                "13:00Z; contact = human Reply-To / ORGANIZER")
def m11() -> bytes:
    body = t("""
        Hallo Friederike,

        super, dass es geklappt hat! Hier noch einmal alle Infos zu deinem Interview:

        Stelle: Controller Netzwerkplanung (m/w/d)
        Wann: Dienstag, 24. November 2026, 14:00–15:00 (MEZ)
        Wo: Fjordlast Logistik GmbH, Hermsdorfer Straße 5, 99099 Erfurt – Eingang Bürotrakt
        Wer: Malin Berg (Talent Acquisition) und Uwe Hesse (Standortleiter)

        Eine Kalendereinladung hängt an. Bei Fragen antworte einfach auf diese Mail.

        Viele Grüße
        Malin

        Fjordlast Logistik GmbH · Teil der Fjordlast Group, Göteborg
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Meetings//EN
        METHOD:REQUEST
        """) + VTZ["Europe/Stockholm"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-5581932@teamtailor.com
        DTSTAMP:20261119T082000Z
        DTSTART;TZID=Europe/Stockholm:20261124T140000
        DTEND;TZID=Europe/Stockholm:20261124T150000
        SUMMARY:Interview Fjordlast – Friederike Sommer
        LOCATION:Hermsdorfer Straße 5\\, 99099 Erfurt
        ORGANIZER;CN=Malin Berg:mailto:malin.berg@fjordlast.com
        ATTENDEE;CN=Friederike Sommer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:friederike.sommer@example.com
        ATTENDEE;CN=Uwe Hesse;PARTSTAT=ACCEPTED:mailto:uwe.hesse@fjordlast.com
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Malin Berg | Fjordlast", "no-reply@teamtailor-mail.com"),
              "Interview bei Fjordlast: Dienstag, 24. November um 14:00",
              "2026-11-19 09:20", "Europe/Berlin", "<5f8a1c2e3d4b@teamtailor-mail.com>",
              rcv="from mail.teamtailor-mail.com (mail.teamtailor-mail.com [198.2.131.77])",
              extra=(("Reply-To", addr("Malin Berg", "malin.berg@fjordlast.com")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64",
                                      filename="interview.ics", disposition="attachment", name_param=True)))


@make.mail(N(12), family="rfc822_attachment", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-09 13:30", "Europe/Berlin"), end=None,
           contact="claudia.fuchs@wartburg-al.de", company="Wartburg Automotive Logistics GmbH",
           local="Mon 2026-11-09 13:30", zone="Europe/Berlin",
           note="Forward to self from her old address, confirmation attached as message/rfc822 (iso-8859-15, QP); "
                "13:30 CET = 12:30Z; 'ca. eine Stunde' is approximate -> end null; contact = the inner human sender")
def m12() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Sommer,

        vielen Dank für das nette Telefonat eben. Hiermit bestätige ich Ihnen den Termin für
        Ihr Vorstellungsgespräch am

            Montag, 09.11.2026, um 13:30 Uhr

        bei uns im Werk Eisenach, Rennbahn 20, 99817 Eisenach (Verwaltung, Raum 1.14).
        Das Gespräch wird ca. eine Stunde dauern. Gesprächspartner sind Herr Krauße
        (kaufm. Leiter) und ich.

        Parkplätze finden Sie vor dem Haupttor; bitte melden Sie sich am Pförtner.

        Mit freundlichen Grüßen

        Claudia Fuchs
        Personalreferentin
        Wartburg Automotive Logistics GmbH
        Tel. 03691 88 21-40
        """)
    inner = message(
        [("From", addr("Fuchs, Claudia", "claudia.fuchs@wartburg-al.de")),
         ("To", addr("Friederike Sommer", ME_OLD)),
         ("Subject", enc("Ihr Vorstellungsgespräch am 09.11.2026", "iso-8859-15")),
         ("Date", date("2026-11-04 15:22", "Europe/Berlin")),
         ("Message-ID", "<7E1C4A2B9F0D4E3A8B6C5D4E3F2A1B0C@EXCH01.wartburg-al.local>"),
         ("X-Mailer", "Microsoft Outlook 16.0")],
        text(inner_body, charset="iso-8859-15"))
    outer_body = t("""
        zur Sicherheit an mich selbst – Eisenach, Mo 9.11.

        --
        Friederike Sommer
        """)
    hs = head(addr("Friederike Sommer", ME_OLD), "WG: Ihr Vorstellungsgespräch am 09.11.2026",
              "2026-11-04 19:10", "Europe/Berlin", "<e0c1f5b2-3a4d-4c9e-a1b7-9d2e8f6c4a30@example.org>",
              to=ME_ADDR, extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, mixed(text(outer_body, cte="8bit"),
                             attached_message(inner, filename="Ihr Vorstellungsgespraech am 09.11.2026.eml")))


@make.mail(N(13), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           start=utc("2026-11-19 09:30", "Europe/Berlin"), end=None,
           contact="ralf.ott@fld-gmbh.de", company="Fichtelgebirge Lager & Distribution GmbH",
           local="Thu 2026-11-19 09:30", zone="Europe/Berlin",
           note="Short reply (Sie) on top of her quoted proposal: 'Donnerstag um 9:30' resolved against Date Fri 13 Nov "
                "-> Thu 19 Nov, quote says 19.11.; 09:30 CET = 08:30Z; no length -> end null; contact = human sender")
def m13() -> bytes:
    body = t("""
        Guten Morgen Frau Sommer,

        passt mir sehr gut – dann sprechen wir am Donnerstag um 9:30 Uhr per Teams. Die
        Einladung mit dem Link schickt Ihnen meine Assistentin, Frau Döring, heute noch.

        Schönes Wochenende schon mal und viele Grüße aus Wunsiedel
        Ralf Ott
        Leiter Finanzen
        Fichtelgebirge Lager & Distribution GmbH

        Am 12.11.2026 um 18:47 schrieb Friederike Sommer <friederike.sommer@example.com>:
        > Sehr geehrter Herr Ott,
        >
        > vielen Dank für Ihre Nachricht. Von Ihren Vorschlägen würde mir Donnerstag,
        > der 19.11., ab 9:30 Uhr am besten passen. Alternativ ginge auch Freitag, 20.11.,
        > nachmittags.
        >
        > Mit freundlichen Grüßen
        > Friederike Sommer
        >
        > Am 12.11.2026 um 11:03 schrieb Ralf Ott <ralf.ott@fld-gmbh.de>:
        >> Sehr geehrte Frau Sommer,
        >>
        >> gern würde ich Sie in einem ersten Gespräch per Teams kennenlernen. Wie sieht es
        >> bei Ihnen kommende Woche Mittwoch oder Donnerstag vormittags aus?
        >>
        >> Viele Grüße
        >> Ralf Ott
        """)
    hs = head(addr("Ralf Ott", "ralf.ott@fld-gmbh.de"), "AW: Ihre Bewerbung als Controller (m/w/d)",
              "2026-11-13 10:05", "Europe/Berlin",
              "<FR2P281MB1877E3C1A0B9D8F7E6C5B4A3D2C1B0A9@FR2P281MB1877.DEUP281.PROD.OUTLOOK.COM>",
              rcv="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2119.outbound.protection.outlook.com [40.107.135.119])",
              extra=(("In-Reply-To", "<3c9e7d21-0b4f-4a8e-9f12-5d6e7a8b9c01@example.com>"),
                     ("References", "<FR2P281MB1877A0B1C2D3E4F5A6B7C8D9E0F1A2B3@FR2P281MB1877.DEUP281.PROD.OUTLOOK.COM> "
                                    "<3c9e7d21-0b4f-4a8e-9f12-5d6e7a8b9c01@example.com>"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(14), family="ashby", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-18 11:30", "Europe/Berlin"), end=utc("2026-11-18 12:15", "Europe/Berlin"),
           contact="hannah.weiss@loopcargo.io", company="Loopcargo GmbH",
           local="Wed 2026-11-18 11:30", local_end="2026-11-18 12:15", zone="Europe/Berlin",
           note="Ashby confirmation in English from a Berlin startup, 11:30-12:15 CET (UTC+1) with invite.ics; "
                "contact = Reply-To / ORGANIZER")
def m14() -> bytes:
    body = t("""
        Hi Friederike,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, November 18, 2026, 11:30 AM – 12:15 PM CET
        Google Meet: https://meet.google.com/vbn-qpsa-ktr

        You'll meet with:
          Hannah Weiss — Finance Lead
          Emre Yilmaz — VP Operations

        Stage: Case Interview (Unit Economics)

        Questions? Just reply and it will reach Hannah Weiss.

        Thanks,
        Loopcargo Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:8e2d41c7-5a3b-4f90-b1d6-0c7e9f2a4b13
        DTSTAMP:20261111T114000Z
        DTSTART;TZID=Europe/Berlin:20261118T113000
        DTEND;TZID=Europe/Berlin:20261118T121500
        SEQUENCE:0
        SUMMARY:Loopcargo – Case Interview (Friederike Sommer)
        LOCATION:https://meet.google.com/vbn-qpsa-ktr
        ORGANIZER;CN=Hannah Weiss:mailto:hannah.weiss@loopcargo.io
        ATTENDEE;CN=Friederike Sommer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:friederike.sommer@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Loopcargo", "no-reply@ashbyhq.com"),
              "Interview confirmed: Controlling Manager (Network Finance) at Loopcargo",
              "2026-11-11 12:40", "Europe/Berlin",
              "<010001935e7b2a41-9c8d7e6f-5a4b-3c2d-1e0f-a9b8c7d6e5f4-000000@email.amazonses.com>",
              rcv="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
              extra=(("Reply-To", addr("Hannah Weiss", "hannah.weiss@loopcargo.io")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@make.mail(N(15), family="human_prose", lang="de", interview=True, kind="scheduled",
           start=utc("2026-12-01 14:00", "Europe/Berlin"), end=None,
           contact="d.schubert@czl-chemnitz.de", company="Chemnitzer Zuliefer-Logistik GmbH",
           local="Tue 2026-12-01 14:00", zone="Europe/Berlin",
           note="Saxon HR prose (Sie, iso-8859-1, 8bit): 'morgen, Dienstag, um 14:00 Uhr' resolved against Date "
                "Mon 30 Nov 08:52 -> Tue 1 Dec 14:00 CET = 13:00Z; 'ca. 30 Minuten' -> end null")
def m15() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        wie eben am Telefon besprochen, bestätige ich Ihnen hiermit den Termin für das
        telefonische Vorabgespräch morgen, Dienstag, um 14:00 Uhr. Ich rufe Sie auf Ihrer
        Mobilnummer an. Planen Sie bitte ca. 30 Minuten ein.

        Themen: Ihr bisheriger Werdegang, Ihre Erfahrung mit SAP CO und die Gehaltsvorstellung.
        Im Anschluss entscheiden wir gemeinsam mit Herrn Löschner über ein persönliches Gespräch
        in Chemnitz.

        Mit freundlichen Grüßen

        Doreen Schubert
        Personal
        Chemnitzer Zuliefer-Logistik GmbH
        Blankenauer Straße 74 · 09113 Chemnitz
        Tel. 0371 4400 215
        """)
    hs = head(addr("Doreen Schubert", "d.schubert@czl-chemnitz.de"), "Telefontermin morgen",
              "2026-11-30 08:52", "Europe/Berlin", "<002301db4a7e$5c1f0a30$145d1e90$@czl-chemnitz.de>",
              rcv="from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])",
              extra=(("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "de")))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(16), family="icims", lang="en", interview=True, kind="scheduled",
           start=utc("2026-11-05 10:00", "America/New_York"), end=utc("2026-11-05 11:00", "America/New_York"),
           contact="marcus.bell@keystoneparcel.com", company="Keystone Parcel Group",
           local="Thu 2026-11-05 10:00", local_end="2026-11-05 11:00", zone="America/New_York",
           note="iCIMS: body gives only the US date 11/05/2026 (5 November); the time is only in the attached ICS "
                "(TZID Eastern Standard Time, 10:00-11:00): after the 1 Nov change that is EST (UTC-5) = 15:00Z, though the "
                "mail was sent in EDT; contact = the human ICS ORGANIZER")
def m16() -> bytes:
    html_body = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Friederike,</p>
        <p>Thank you for your interest in the <b>Financial Analyst II – European Hub Operations</b> (Req #2026-4471) position with Keystone Parcel Group.</p>
        <p>We are pleased to invite you to a video interview on <b>11/05/2026</b> with Marcus Bell, Senior Manager FP&amp;A.
        Please accept the attached calendar invitation; the Microsoft Teams link and your interview time are included in it.</p>
        <p>If you need to make changes, please reply to this message or contact your recruiter.</p>
        <p>Sincerely,<br>Keystone Parcel Group Talent Acquisition</p>
        <p style="font-size:10px;color:#777">Keystone Parcel Group is an Equal Opportunity Employer.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:-//iCIMS//Calendar//EN
        VERSION:2.0
        """) + VTZ["Eastern Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-evt-2026-4471-99310
        DTSTAMP:20261029T143201Z
        DTSTART;TZID=Eastern Standard Time:20261105T100000
        DTEND;TZID=Eastern Standard Time:20261105T110000
        SUMMARY:Interview - Friederike Sommer - Financial Analyst II
        ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@keystoneparcel.com
        ATTENDEE;CN=Friederike Sommer;RSVP=TRUE:mailto:friederike.sommer@example.com
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zk3NTg%40thread.v2/0
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Keystone Parcel Group", "keystoneparcel@talent.icims.com"),
              "Interview Invitation - Financial Analyst II - European Hub Operations",
              "2026-10-29 10:32", "America/New_York", "<1793284321.4471.99310@talent.icims.com>",
              rcv="from mta-out7.icims.com (mta-out7.icims.com [64.106.231.57])")
    return message(hs, mixed(html(html_body),
                             calendar(ics, method="REQUEST", cte="base64", filename="Interview.ics",
                                      disposition="attachment", name_param=True)))


# --------------------------------------------------------------------------- rescheduled


@make.mail(N(17), family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
           start=utc("2026-09-21 15:00", "Europe/Vienna"), end=utc("2026-09-21 16:00", "Europe/Vienna"),
           contact="bernhard.gruber@salzach-intermodal.at", company="Salzach Intermodal GmbH",
           local="Mon 2026-09-21 15:00", local_end="2026-09-21 16:00", zone="Europe/Vienna",
           days=(("Fri", "2026-09-18"),),
           note="Exchange update 'Aktualisiert:' with SEQUENCE:1 (W. Europe Standard Time): moved from Fri 18.09. 10:00 to "
                "Mon 21.09. 15:00-16:00 MESZ (UTC+2) = 13:00Z; contact = ORGANIZER / sender")
def m17() -> bytes:
    footer = EXCHANGE_DE_FOOTER.format(id="ZTg1YjA3ZGQtNmM0NS00", mid="391 804 552 716", pw="Vu3pN8")
    body = t("""
        Sehr geehrte Frau Sommer,

        leider muss ich unseren Termin am Freitag, 18.09., um 10:00 Uhr verschieben, da unser
        Geschäftsführer an diesem Tag kurzfristig in Wien sein muss. Neuer Termin ist Montag,
        21.09.2026, 15:00 bis 16:00 Uhr. Ich hoffe, das passt Ihnen ebenso.

        Liebe Grüße aus Salzburg
        Bernhard Gruber
        Leitung Rechnungswesen & Controlling
        Salzach Intermodal GmbH

        """) + footer + "\n"
    cal = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gruber Bernhard:mailto:bernhard.gruber@salzach-intermodal.at
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Friederike Sommer:mailto:friederike.sommer@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aigner Wolfgang:mailto:wolfgang.aigner@salzach-intermodal.at
        UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC01000000000000000010000000E7F9A1B3C5D7E9F1A3B5C7D9E1F3A5B7
        SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Controlling – Fr. Sommer
        DTSTART;TZID=W. Europe Standard Time:20260921T150000
        DTEND;TZID=W. Europe Standard Time:20260921T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260914T143012Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2118734509
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Gruber, Bernhard", "bernhard.gruber@salzach-intermodal.at"),
              "Aktualisiert: Vorstellungsgespräch Controlling – Fr. Sommer",
              "2026-09-14 16:30", "Europe/Vienna",
              "<VI1PR08MB5326B7C9D1E3F5A7B9C1D3E5F7A9B1C3@VI1PR08MB5326.eurprd08.prod.outlook.com>",
              rcv="from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2102.outbound.protection.outlook.com [40.107.103.102])",
              extra=(("Content-Language", "de-AT"),))
    html_body = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + \
        "</div></body></html>\n"
    return message(hs, alt(text(body), html(html_body), calendar(cal, method="REQUEST", cte="base64")))


@make.mail(N(18), family="lever", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-12-10 15:00", "Europe/Warsaw"), end=utc("2026-12-10 15:45", "Europe/Warsaw"),
           contact="tomasz.nowak@meridianrailcargo.com", company="Meridian Rail Cargo",
           local="Thu 2026-12-10 15:00", local_end="2026-12-10 15:45", zone="Europe/Warsaw",
           days=(("Tue", "2026-12-08"),),
           note="Lever reschedule with SEQUENCE:1 ICS (TZID Europe/Warsaw, CET like Erfurt): old Tue 8 Dec 10:00, new "
                "Thu 10 Dec 3:00-3:45 PM CET = 14:00Z; contact = Reply-To / ORGANIZER")
def m18() -> bytes:
    body = t("""
        Hi Friederike,

        Your interview with Meridian Rail Cargo has been rescheduled.

        NEW TIME
        Thursday, December 10, 2026
        3:00 PM - 3:45 PM CET

        Previously: Tuesday, December 8, 2026, 10:00 AM - 10:45 AM CET

        Interview: Hiring Manager Interview - Controller Intermodal Network (Poland/Germany)
        With: Agnieszka Wróbel, Head of Controlling
        Where: Zoom - https://meridianrailcargo.zoom.us/j/84512739016?pwd=cE1xR3pWbHdMZ0V1

        Reply to this email with any questions.

        Meridian Rail Cargo Recruiting
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + vtz("Europe/Warsaw") + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-iv-3f0c8a61-2b7d-4e19-8c5a-d4e6f1a2b3c4
        DTSTAMP:20261204T100012Z
        DTSTART;TZID=Europe/Warsaw:20261210T150000
        DTEND;TZID=Europe/Warsaw:20261210T154500
        SEQUENCE:1
        SUMMARY:Interview: Friederike Sommer <> Agnieszka Wróbel (Meridian Rail Cargo)
        LOCATION:https://meridianrailcargo.zoom.us/j/84512739016
        ORGANIZER;CN=Tomasz Nowak:mailto:tomasz.nowak@meridianrailcargo.com
        ATTENDEE;CN=Friederike Sommer;RSVP=TRUE:mailto:friederike.sommer@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Meridian Rail Cargo", "no-reply@hire.lever.co"),
              "Updated: Interview with Meridian Rail Cargo on Thursday, December 10",
              "2026-12-04 11:00", "Europe/Berlin", "<lever.0c1d2e3f4a5b6c7d.3f0c8a61@hire.lever.co>",
              rcv="from mail.hire.lever.co (mail.hire.lever.co [198.21.0.142])",
              extra=(("Reply-To", addr("Tomasz Nowak", "tomasz.nowak@meridianrailcargo.com")),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                      disposition="attachment")))


@make.mail(N(19), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start=utc("2026-10-19 11:00", "Europe/London"), end=utc("2026-10-19 11:45", "Europe/London"),
           contact="oliver.pennington@harrowgatesearch.co.uk", company="Brightwater Supply Chain Ltd",
           local="Mon 2026-10-19 11:00", local_end="2026-10-19 11:45", zone="Europe/London",
           days=(("Thu", "2026-10-15"),),
           note="Same agency thread: Thursday 2pm moved to Mon 19 October 11am UK time (12 noon in Germany), BST "
                "(UTC+1) = 10:00Z, 'same 45 minutes'; contact = recruiter, company = client")
def m19() -> bytes:
    body = t("""
        Hi Friederike,

        Apologies for the shuffle - Graham has been pulled into a board meeting on Thursday, so
        tomorrow's 2pm slot is off. Brightwater have offered Monday 19 October at 11am UK time
        instead (12 noon for you), same 45 minutes, same Teams format. I've said yes on your
        behalf as you told me Mondays are easy - shout if that's a problem.

        His PA will re-send the invite today.

        Cheers,
        Oliver

        Oliver Pennington
        Senior Consultant - Supply Chain & Logistics
        Harrowgate Search Partners | 14 Cannon Street, London EC4M 6XH

        -----Original Message-----
        From: Oliver Pennington
        Sent: Monday, October 12, 2026 9:47 AM
        To: Friederike Sommer <friederike.sommer@example.com>
        Subject: Brightwater - interview confirmed for Thursday

        Hi Friederike,

        Great news - Brightwater have come back and would like to meet you. I've locked in
        Thursday at 2pm UK time (3pm for you in Erfurt) with Graham Ashworth, ...
        """)
    hs = head(addr("Oliver Pennington", "oliver.pennington@harrowgatesearch.co.uk"),
              "RE: Brightwater - interview confirmed for Thursday",
              "2026-10-14 17:02", "Europe/London",
              "<LO2P265MB5120C8D0E2F4A6B8C0D2E4F6A8B0C2D4@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>",
              rcv="from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2113.outbound.protection.outlook.com [40.107.10.113])",
              extra=(("In-Reply-To", "<LO2P265MB5120F3A9C1E2D4B6A8C0E2F4A6B8C0D2@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>"),
                     ("Content-Language", "en-GB")))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"),
                           html("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif\">"
                                + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                .replace("\n", "<br>\n") + "</div></body></html>\n")))


@make.mail(N(20), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start=utc("2026-11-27 13:00", "Europe/Berlin"), end=None,
           contact="max@isarflow.de", company="Isarflow GmbH",
           local="Fri 2026-11-27 13:00", zone="Europe/Berlin", days=(("Thu", "2026-11-26"),),
           note="Bavarian founder (Du): on-site meeting moved from Do 26.11. 10 Uhr to Fr 27.11. 13 Uhr in München "
                "(CET) = 12:00Z; old and new time in the same mail; no length -> end null")
def m20() -> bytes:
    body = t("""
        Servus Friederike,

        blöde Nachricht vorweg: unser Investor hat den Donnerstag (26.11.) komplett blockiert,
        d. h. 10 Uhr klappt leider nicht. Können wir dein Vor-Ort-Gespräch auf Freitag, 27.11.,
        um 13 Uhr verschieben? Vroni aus dem Ops-Team und ich haben uns das schon geblockt, also
        nehm ich das jetzt einfach mal als fix – wenn's für dich gar nicht geht, ruf mich an
        (0176 4432 9871).

        Adresse bleibt gleich: Isarflow, Atelierstraße 10, 81671 München (Werksviertel),
        3. Stock. Vom Ostbahnhof sind's 5 Minuten zu Fuß.

        Pfiat di und bis Freitag
        Max

        --
        Maximilian Bauer · Co-Founder & CFO · Isarflow GmbH
        """)
    hs = head(addr("Max Bauer", "max@isarflow.de"), "Unser Treffen in München – neuer Termin",
              "2026-11-23 18:12", "Europe/Berlin", "<CAF7xq2Lb3mN0pQ9rT5vW1yZ4aB6cD8eG0hJ2kL4nP6@mail.gmail.com>",
              rcv="from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


# --------------------------------------------------------------------------- cancelled


@make.mail(N(21), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start=utc("2026-10-29 14:00", "Europe/Dublin"), end=utc("2026-10-29 15:00", "Europe/Dublin"),
           contact="aoife.byrne@tidewell.ie", company="Tidewell Analytics",
           local="Thu 2026-10-29 14:00", local_end="2026-10-29 15:00", zone="Europe/Dublin",
           note="Google Calendar cancellation (English UI), METHOD:CANCEL; Dublin after 25 Oct is GMT (UTC+0), so "
                "2pm-3pm = 14:00Z (15:00 in Erfurt); cancelled slot labelled; contact = ORGANIZER")
def m21() -> bytes:
    body = t("""
        This event has been canceled.

        Interview: Logistics Finance Analyst – Friederike Sommer
        Thursday Oct 29, 2026 ⋅ 2pm – 3pm
        Greenwich Mean Time - Dublin

        Organizer
        Aoife Byrne - aoife.byrne@tidewell.ie

        Guests
        Aoife Byrne - organizer
        Cian Doherty
        friederike.sommer@example.com

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ_DUBLIN + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Dublin:20261029T140000
        DTEND;TZID=Europe/Dublin:20261029T150000
        DTSTAMP:20261026T100044Z
        ORGANIZER;CN=Aoife Byrne:mailto:aoife.byrne@tidewell.ie
        UID:6t1r9s2h0q4m7b3k8v5c2n1x0z@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=friederike.sommer@example.com;X-NUM-GUESTS=0:mailto:friederike.sommer@example.com
        CREATED:20261019T131502Z
        LAST-MODIFIED:20261026T100043Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Logistics Finance Analyst – Friederike Sommer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Aoife Byrne", "aoife.byrne@tidewell.ie"),
              "Canceled event: Interview: Logistics Finance Analyst – Friederike Sommer @ Thu Oct 29, 2026 2pm - 3pm (GMT) (friederike.sommer@example.com)",
              "2026-10-26 10:00", "Europe/Dublin", "<calendar-9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@google.com>",
              rcv="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(22), family="workable", lang="de", interview=True, kind="cancelled",
           start=utc("2026-10-08 11:00", "Europe/Berlin"), end=None,
           contact="susanne.wolf@hainich-frische.de", company="Hainich Frischelogistik GmbH",
           local="Thu 2026-10-08 11:00", zone="Europe/Berlin",
           note="Workable mail (Sie) cancelling Thu 8 Oct 11:00 CEST (09:00Z) because the post was filled internally, "
                "no new time; Reply-To is a Workable relay -> contact = HR address in the body")
def m22() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        leider müssen wir Ihr Vorstellungsgespräch am Donnerstag, 8. Oktober 2026, um 11:00 Uhr
        absagen. Die Position „Teamleiter Controlling Frischelogistik (m/w/d)“ konnten wir
        kurzfristig intern besetzen.

        Wir bedauern das sehr, zumal uns Ihr Profil gut gefallen hat. Gern würden wir Ihre
        Unterlagen für künftige Vakanzen in unserem Talentpool behalten.

        Bei Rückfragen erreichen Sie mich unter susanne.wolf@hainich-frische.de.

        Mit freundlichen Grüßen
        Susanne Wolf
        Personalleitung
        Hainich Frischelogistik GmbH, Mühlhausen
        """)
    hs = head(addr("Susanne Wolf – Hainich Frischelogistik GmbH", "jobs-noreply@workablemail.com"),
              "Absage Ihres Vorstellungsgesprächs am 08.10.2026",
              "2026-10-06 09:15", "Europe/Berlin", "<wk.5c7e9a1b3d.20261006071500@workablemail.com>",
              rcv="from mail.workablemail.com (mail.workablemail.com [50.31.38.52])",
              extra=(("Reply-To", "hainich-frischelogistik+c7f3e1d9@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(23), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start=utc("2026-12-09 10:00", "Europe/Berlin"), end=utc("2026-12-09 11:00", "Europe/Berlin"),
           contact="heike.lorenz@vogtland-kuehllogistik.de", company="Vogtland Kühllogistik GmbH",
           local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:00", zone="Europe/Berlin",
           note="Exchange 'Abgesagt:' METHOD:CANCEL (W. Europe Standard Time), the cancelled slot Wed 9 Dec 10:00-11:00 "
                "CET = 09:00Z; contact = ORGANIZER / sender")
def m23() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        aufgrund einer Erkrankung im Team müssen wir den Termin am Mittwoch leider absagen. Ich
        melde mich in der kommenden Woche mit neuen Terminvorschlägen bei Ihnen.

        Mit freundlichen Grüßen
        Heike Lorenz
        Personalreferentin
        Vogtland Kühllogistik GmbH · Plauen
        """)
    cal = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lorenz Heike:mailto:heike.lorenz@vogtland-kuehllogistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=friederike.sommer@example.com:mailto:friederike.sommer@example.com
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010000000B2C4D6E8F0A2B4C6D8E0F2A4B6C8D0E2
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Controller (m/w/d)
        DTSTART;TZID=W. Europe Standard Time:20261209T100000
        DTEND;TZID=W. Europe Standard Time:20261209T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261204T124512Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        LOCATION;LANGUAGE=de-DE:Plauen\\, Besprechungsraum Elster
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lorenz, Heike", "heike.lorenz@vogtland-kuehllogistik.de"),
              "Abgesagt: Vorstellungsgespräch Controller (m/w/d)",
              "2026-12-04 13:45", "Europe/Berlin",
              "<BE1P281MB2270D4E6F8A0B2C4D6E8F0A2B4C6D8E0@BE1P281MB2270.DEUP281.PROD.OUTLOOK.COM>",
              rcv="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2131.outbound.protection.outlook.com [40.107.127.131])",
              extra=(("Importance", "high"), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(cal, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="de", interview=False, company="Kyffhäuser Kontraktlogistik GmbH",
           days=(("Tue", "2026-09-15"),),
           note="Personio rejection after the 15 Sep interview (thread with the Personio invitation); no time to confirm")
def m24() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        nochmals vielen Dank für das angenehme Gespräch am Dienstag, 15.09., und die Zeit, die Sie
        sich für uns genommen haben.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil
        noch etwas genauer zu den Anforderungen der Position passt. Diese Entscheidung ist uns
        nicht leichtgefallen.

        Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

        Mit freundlichen Grüßen
        Jana Köhler
        Kyffhäuser Kontraktlogistik GmbH

        Diese Nachricht wurde über Personio versendet.
        """)
    hs = head(addr("Kyffhäuser Kontraktlogistik GmbH", "no-reply@mail.personio.de"),
              "Ihre Bewerbung als Controller Logistik (m/w/d)",
              "2026-09-29 15:40", "Europe/Berlin", "<c3d9e1f7-2a4b-4c6d-8e0f-1a2b3c4d5e6f@mail.personio.de>",
              rcv="from mail.personio.de (mail.personio.de [185.87.21.40])",
              extra=(("Reply-To", addr("Jana Köhler", "jana.koehler@kyffhaeuser-logistik.de")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(25), family="application_receipt", lang="de", interview=False,
           company="Thüringer Wald Spedition GmbH & Co. KG",
           note="softgarden application receipt (Sie): 'we will be in touch', nothing scheduled")
def m25() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        vielen Dank für Ihre Bewerbung als Leiterin Controlling (m/w/d) und das damit verbundene
        Interesse an der Thüringer Wald Spedition.

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und
        melden uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen. Den Status Ihrer
        Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

        Mit freundlichen Grüßen
        Ihr Personalteam der Thüringer Wald Spedition GmbH & Co. KG
        Suhl

        Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
        """)
    hs = head(addr("Thüringer Wald Spedition GmbH & Co. KG", "noreply@softgarden.io"),
              "Eingangsbestätigung Ihrer Bewerbung – Leiterin Controlling (m/w/d)",
              "2026-09-03 21:18", "Europe/Berlin", "<sg.20260903191812.a7b3c9@softgarden.io>",
              rcv="from mx-out2.softgarden.io (mx-out2.softgarden.io [91.216.248.22])",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(26), family="job_alert", lang="de", interview=False, company=None,
           note="Job board alert (HTML + text): new postings for 'Controller Logistik' near Erfurt")
def m26() -> bytes:
    body = t("""
        Hallo Friederike,

        für Ihren Suchauftrag „Controller Logistik, Erfurt + 50 km“ gibt es 6 neue Jobs:

        Controller (m/w/d) Supply Chain
        Gerstenberg Mälzerei GmbH · Bamberg · Vollzeit · vor 1 Tag

        Kaufmännischer Leiter Lager (m/w/d)
        NordThür Logistik GmbH · Nordhausen · Vollzeit · vor 2 Tagen

        Business Analyst Transportkosten (m/w/d)
        Ilmtal Verkehrsbetriebe · Weimar · Vollzeit / Homeoffice · vor 2 Tagen

        Senior Controller (m/w/d) Kontraktlogistik
        Saale-Logistikpark Halle GmbH · Halle (Saale) · Vollzeit · vor 3 Tagen

        Controller Netzwerkplanung (m/w/d)
        Fjordlast Logistik GmbH · Erfurt · Vollzeit · vor 3 Tagen

        Referent Finanzen (m/w/d)
        Kreiswerke Gotha · Gotha · Teilzeit · vor 4 Tagen

        Alle Jobs ansehen: https://www.jobkompass.de/suchauftrag/8812734

        Suchauftrag bearbeiten oder abbestellen: https://www.jobkompass.de/konto/suchauftraege
        Jobkompass GmbH · Theaterplatz 2 · 99423 Weimar
        """)
    hs = head(addr("Jobkompass", "jobagent@news.jobkompass.de"),
              "6 neue Jobs für „Controller Logistik“ in Erfurt",
              "2026-09-10 06:30", "Europe/Berlin", "<ja.8812734.20260910043000@news.jobkompass.de>",
              rcv="from mta12.news.jobkompass.de (mta12.news.jobkompass.de [185.41.28.12])",
              extra=(("List-Unsubscribe", "<https://www.jobkompass.de/unsub/8812734>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(27), family="job_alert", lang="en", interview=False, company=None,
           note="English professional-network job alert; lists jobs and 'apply in one click', nothing scheduled")
def m27() -> bytes:
    html_body = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;background:#f3f2ef">
        <table width="600" align="center" style="background:#fff;padding:20px">
        <tr><td><h2 style="font-weight:600">Logistics Controller: 9 new jobs in Germany</h2></td></tr>
        <tr><td><p><b>Regional Finance Controller – Road Freight</b><br>Aurelian Global Logistics · Frankfurt am Main (Hybrid)<br><span style="color:#057642">Actively recruiting</span></p>
        <p><b>FP&amp;A Manager, Fulfilment Network</b><br>Loopcargo · Berlin (Hybrid)<br>12 applicants</p>
        <p><b>Cost Controller – Warehousing DACH</b><br>Vantor Cold Chain · Erfurt (On-site)<br>Easy Apply</p>
        <p><a href="https://www.talentbridge.example.net/jobs/search/?alertId=55120934">See all jobs</a></p></td></tr>
        <tr><td style="font-size:11px;color:#666">You are receiving Job Alert emails. <a href="https://www.talentbridge.example.net/settings/alerts">Manage alerts</a> · Talentbridge, Dublin 2, Ireland</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Talentbridge Job Alerts", "jobalerts-noreply@talentbridge.example.net"),
              "Logistics Controller: 9 new jobs in Germany",
              "2026-10-20 08:02", "Europe/Dublin", "<1421839906.55120934.1792483320000@talentbridge.example.net>",
              extra=(("List-Unsubscribe", "<https://www.talentbridge.example.net/unsub?a=55120934>"),
                     ("Precedence", "bulk")))
    return message(hs, html(html_body))


@make.mail(N(28), family="newsletter_tips", lang="de", interview=False, company=None,
           note="Career magazine newsletter about interview questions; 'Vorstellungsgespräch' everywhere, no appointment")
def m28() -> bytes:
    body = t("""
        Karriereblick - Ihr Newsletter am Donnerstag

        1. Die 7 Fragen, die im Vorstellungsgespräch garantiert kommen - und wie Sie antworten
           »Wo sehen Sie sich in fünf Jahren?« ist nicht tot. Wir zeigen, was Personaler wirklich
           hören wollen.

        2. Gehaltsverhandlung im Controlling: Was ist 2027 drin?
           Neue Zahlen aus unserer Gehaltsstudie für Thüringen, Sachsen und Sachsen-Anhalt.

        3. Video-Interview: Licht, Ton, Hintergrund - die Checkliste
           Damit beim Teams-Call nichts schiefgeht.

        4. Webinar-Tipp: »Souverän im Zweitgespräch«, jeden ersten Dienstag im Monat.

        Weiterlesen: https://www.karriereblick.de/newsletter/2026-10-01

        Sie erhalten diesen Newsletter, weil Sie sich auf karriereblick.de angemeldet haben.
        Abmelden: https://www.karriereblick.de/abmelden?u=f7a2c1
        """)
    hs = head(addr("Karriereblick", "newsletter@karriereblick.de"),
              "Die 7 Fragen, die im Vorstellungsgespräch garantiert kommen",
              "2026-10-01 07:15", "Europe/Berlin", "<nl-20261001-f7a2c1@karriereblick.de>",
              extra=(("List-Unsubscribe", "<https://www.karriereblick.de/abmelden?u=f7a2c1>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, charset="iso-8859-15"), html(gmail_html(body), charset="iso-8859-15")))


@make.mail(N(29), family="recruiter_outreach", lang="en", interview=False, company="Harrowgate Search Partners",
           note="London agency first contact asking for availability for a call; nothing fixed yet (thread start)")
def m29() -> bytes:
    body = t("""
        Hi Friederike,

        I hope you don't mind the direct approach - I came across your profile and think you'd
        be a strong fit for a Financial Controller role I'm working on for a UK-headquartered
        supply chain business expanding its German operations (Leipzig and Erfurt hubs).

        German-speaking, hands-on with SAP CO, comfortable presenting to a UK board: that's you,
        I suspect. Package is very competitive, hybrid.

        Would you be open to a quick 20-minute call this week? Let me know a couple of times that
        suit and I'll work around you - I'm on UK time, so an hour behind you.

        Best regards,
        Oliver

        Oliver Pennington
        Senior Consultant - Supply Chain & Logistics
        Harrowgate Search Partners | 14 Cannon Street, London EC4M 6XH
        """)
    hs = head(addr("Oliver Pennington", "oliver.pennington@harrowgatesearch.co.uk"),
              "Financial Controller - UK supply chain group, German hubs",
              "2026-10-05 08:31", "Europe/London",
              "<LO2P265MB5120A1B2C3D4E5F6A7B8C9D0E1F2A3B4@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>")
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(30), family="proposal_unconfirmed", lang="de", interview=False, company="Elbtal Spedition GmbH",
           days=(("Tue", "2026-10-27"), ("Wed", "2026-10-28")),
           note="Hiring manager proposes two slots (Di 27.10. 9:30 or Mi 28.10. 14:00) and asks her to choose; "
                "not yet confirmed (the invitation follows in another mail)")
def m30() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        vielen Dank für Ihre Bewerbung, die mich sehr angesprochen hat. Gern würde ich Sie in
        einem ersten Gespräch per Teams kennenlernen. Folgende Termine kann ich Ihnen anbieten:

          - Dienstag, 27.10.2026, 9:30 Uhr
          - Mittwoch, 28.10.2026, 14:00 Uhr

        Bitte teilen Sie mir kurz mit, welcher Termin Ihnen passt, dann schicke ich Ihnen die
        Einladung.

        Mit freundlichen Grüßen
        Matthias Rentsch
        Leiter Kontraktlogistik
        Elbtal Spedition GmbH | Hafenstraße 22 | 01067 Dresden
        """)
    hs = head(addr("Rentsch, Matthias", "m.rentsch@elbtal-spedition.de"),
              "Ihre Bewerbung – Terminvorschläge für ein Gespräch",
              "2026-10-15 11:20", "Europe/Berlin",
              "<DB9PR03MB73409F8E7D6C5B4A3F2E1D0C9B8A7F6E@DB9PR03MB7340.eurprd03.prod.outlook.com>",
              extra=(("Content-Language", "de-DE"),))
    return message(hs, text(body, cte="quoted-printable"))


@make.mail(N(31), family="availability_request", lang="en", interview=False, company="Corvane Logistics",
           note="Greenhouse availability request: pick times in a link; nothing scheduled yet")
def m31() -> bytes:
    body = t("""
        Hi Friederike,

        Thanks again for your application for Regional Logistics Controller (DACH). We'd love to
        set up a 45-minute conversation with Pieter Janssen, our Head of FP&A Europe.

        Please submit your availability for the next two weeks using the link below. Times are
        shown in your local time zone.

        https://app.greenhouse.io/availability/c1f5e9a3b7d2/submit

        Best,
        Sanne de Vries
        Talent Acquisition, Corvane Logistics
        """)
    hs = head(addr("Corvane Logistics", "no-reply@us.greenhouse-mail.io"),
              "Please provide your availability - Corvane Logistics",
              "2026-09-24 10:05", "Europe/Amsterdam", "<gh.7a6b5c4d3e.88412097@us.greenhouse-mail.io>",
              extra=(("Reply-To", addr("Sanne de Vries", "sanne.devries@corvane.com")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="scheduling_link", lang="de", interview=False, company="Paketwerk GmbH",
           note="Recruiter (Du) sends her Calendly link to book a call; nothing booked yet")
def m32() -> bytes:
    body = t("""
        Hi Friederike,

        danke für deine Bewerbung bei Paketwerk – wir würden dich gern kennenlernen! 🙌

        Such dir einfach über meinen Kalender einen 30-Minuten-Slot für nächste Woche aus:
        https://calendly.com/lisa-brandner-paketwerk/kennenlernen

        Liebe Grüße aus Plagwitz
        Lisa Brandner
        People & Culture · Paketwerk GmbH
        """)
    hs = head(addr("Lisa Brandner", "lisa.brandner@paketwerk.de"), "Kennenlernen bei Paketwerk? 📦",
              "2026-09-28 14:45", "Europe/Berlin", "<CAH3pX9sRk2mW7qN1bT4yV8zD0fG6jL3oP5sU7wY9aC1@mail.gmail.com>",
              rcv="from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="out_of_office", lang="en", interview=False, company="Corvane Logistics",
           days=(("Mon", "2026-10-12"),),
           note="Auto-reply to her thank-you note after the 5 Oct interview; return date only")
def m33() -> bytes:
    body = t("""
        Thank you for your message. I am out of the office until Monday, 12 October, with
        limited access to email. For urgent recruiting matters please contact
        talent@corvane.com.

        Met vriendelijke groet / Kind regards,
        Sanne de Vries
        """)
    hs = head(addr("Sanne de Vries", "sanne.devries@corvane.com"),
              "Automatic reply: Thank you – interview on Monday",
              "2026-10-06 09:12", "Europe/Amsterdam",
              "<AS8PR04MB8321E0F1A2B3C4D5E6F7A8B9C0D1E2F3@AS8PR04MB8321.eurprd04.prod.outlook.com>",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<8b2f7c3a-61d4-4e9a-b0c5-3d2e1f0a9b87@example.com>")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(34), family="bounce", lang="en", interview=False, company=None,
           note="DSN (multipart/report) of her thank-you mail to a mistyped recruiter address; the quoted mail "
                "mentions yesterday's call only")
def m34() -> bytes:
    orig = message(
        [("From", ME_ADDR), ("To", addr("Lisa Brandner", "lisa.brander@paketwerk.de")),
         ("Subject", enc("Danke für das Gespräch!")), ("Date", date("2026-10-08 17:04", "Europe/Berlin")),
         ("Message-ID", "<5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a@example.com>")],
        text(t("""
            Hallo Lisa,

            vielen Dank für das nette Gespräch gestern mit dir und Jonas! Ich freue mich, von euch
            zu hören.

            Viele Grüße
            Friederike
            """)))
    human = t("""
        This is the mail system at host smtp.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <lisa.brander@paketwerk.de>: host mx.paketwerk.de[185.199.40.21] said: 550 5.1.1
            <lisa.brander@paketwerk.de>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.com
        X-Postfix-Queue-ID: 4Bz7kQ1rTmz9vNp
        Arrival-Date: Thu,  8 Oct 2026 17:04:11 +0200 (CEST)

        Final-Recipient: rfc822; lisa.brander@paketwerk.de
        Original-Recipient: rfc822;lisa.brander@paketwerk.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.paketwerk.de
        Diagnostic-Code: smtp; 550 5.1.1 <lisa.brander@paketwerk.de>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    report = multipart("report",
                       make.Part([("Content-Description", "Notification"),
                                  ("Content-Type", 'text/plain; charset="us-ascii"')],
                                 human.replace("\n", "\r\n").encode()),
                       make.Part([("Content-Description", "Delivery report"),
                                  ("Content-Type", "message/delivery-status")],
                                 status.replace("\n", "\r\n").encode()),
                       make.Part([("Content-Description", "Undelivered Message"),
                                  ("Content-Type", "message/rfc822")], orig),
                       params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.com"),
              "Undelivered Mail Returned to Sender", "2026-10-08 17:04", "Europe/Berlin",
              "<20261008150412.4Bz7kQ1rTmz9vNp@smtp.example.com>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@make.mail(N(35), family="offer", lang="de", interview=False, company="Elbtal Spedition GmbH",
           days=(("Fri", "2026-11-20"),),
           note="Job offer after the 27 Oct interview (thread): contract attached, answer requested by Fri 20 Nov; "
                "a deadline, not an appointment")
def m35() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        nach den Gesprächen mit Herrn Rentsch und Herrn Dr. Seifert freuen wir uns sehr, Ihnen die
        Position Controller Kontraktlogistik (m/w/d) anbieten zu können.

        Im Anhang finden Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung (Eintritt zum
        01.02.2027, Jahresbruttogehalt 68.500 €, 30 Tage Urlaub, zwei Tage mobiles Arbeiten pro
        Woche). Bitte senden Sie uns ein unterschriebenes Exemplar bis Freitag, 20.11.2026, zurück
        oder melden Sie sich bei Fragen jederzeit bei mir.

        Wir freuen uns auf die Zusammenarbeit!

        Mit freundlichen Grüßen
        Ines Hartmann
        Personalabteilung
        Elbtal Spedition GmbH | Hafenstraße 22 | 01067 Dresden
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Arbeitsvertrag_Sommer.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Arbeitsvertrag_Sommer.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjcKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\r\n"
                    b"YmoKJSVFT0YK\r\n")
    hs = head(addr("Hartmann, Ines", "i.hartmann@elbtal-spedition.de"),
              "Ihr Vertragsangebot – Controller Kontraktlogistik",
              "2026-11-10 10:02", "Europe/Berlin",
              "<DB9PR03MB7340E5F6A7B8C9D0E1F2A3B4C5D6E7F8@DB9PR03MB7340.eurprd03.prod.outlook.com>",
              rcv="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2072.outbound.protection.outlook.com [40.107.20.72])")
    return message(hs, mixed(text(body), pdf))


@make.mail(N(36), family="candidate_survey", lang="en", interview=False, company="Halvorsen Freight Systems",
           note="Workday candidate-experience survey after the 3 Nov interview; looks back, nothing to schedule")
def m36() -> bytes:
    body = t("""
        Dear Friederike,

        Thank you for interviewing with Halvorsen Freight Systems. We'd value your feedback on
        your interview experience. The survey takes about 3 minutes and is anonymous.

        Start the survey: https://halvorsen.wd5.myworkdaysite.com/survey/cx?t=9f1e2d3c4b5a

        Your feedback does not affect your candidacy.

        Halvorsen Freight Systems Talent Acquisition
        """)
    hs = head(addr("Halvorsen Freight Systems", "halvorsen@myworkday.com"),
              "How was your interview experience?", "2026-11-05 12:00", "America/Chicago",
              "<1479052981.90417.1793901600456@wd5-prod-mta02.myworkday.com>",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@make.mail(N(37), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Thu", "2026-10-01"),),
           note="Dentist appointment confirmation with ICS (Do 01.10. 08:15): a confirmed time, not an interview")
def m37() -> bytes:
    body = t("""
        Guten Tag Frau Sommer,

        hiermit bestätigen wir Ihren Termin:

        Zahnarztpraxis Dr. Anke Reinhardt
        Kontrolluntersuchung mit professioneller Zahnreinigung
        Donnerstag, 01.10.2026 um 08:15 Uhr
        Johannesstraße 41, 99084 Erfurt

        Bitte bringen Sie Ihre Versichertenkarte mit. Können Sie den Termin nicht wahrnehmen,
        sagen Sie ihn bitte mindestens 24 Stunden vorher ab.

        Ihr Praxisteam
        (versendet über Praxistermin24)
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Praxistermin24//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:pt24-5518823@praxistermin24.de
        DTSTAMP:20260922T161000Z
        DTSTART;TZID=Europe/Berlin:20261001T081500
        DTEND;TZID=Europe/Berlin:20261001T091500
        SUMMARY:Zahnarzt Dr. Reinhardt – Kontrolle + PZR
        LOCATION:Johannesstraße 41\\, 99084 Erfurt
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Praxistermin24", "noreply@praxistermin24.de"),
              "Terminbestätigung: Zahnarztpraxis Dr. Anke Reinhardt am 01.10.2026",
              "2026-09-22 18:10", "Europe/Berlin", "<pt24.5518823.1789877400@praxistermin24.de>")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="8bit", filename="termin.ics",
                                                  disposition="attachment")))


@make.mail(N(38), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Sat", "2026-10-17"),),
           note="Car workshop appointment (Hauptuntersuchung, Sa 17.10. 9:00); fixed time, not an interview")
def m38() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        vielen Dank für Ihre Online-Terminanfrage. Wir bestätigen Ihren Werkstatttermin:

        Fahrzeug:  EF-FS 312 (VW Golf)
        Leistung:  Hauptuntersuchung inkl. AU, Inspektion nach Herstellervorgabe
        Termin:    Samstag, 17.10.2026, 09:00 Uhr (Fahrzeugannahme)
        Abholung:  voraussichtlich ab 13:00 Uhr

        Ihr Autohaus Gebhardt
        Weimarische Straße 112 · 99099 Erfurt · Tel. 0361 555 71 0
        """)
    hs = head(addr("Autohaus Gebhardt Service", "service@autohaus-gebhardt-erfurt.de"),
              "Ihr Werkstatttermin am 17.10.2026",
              "2026-10-09 12:31", "Europe/Berlin", "<20261009103108.77123@autohaus-gebhardt-erfurt.de>")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(39), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-12"),),
           note="Exchange meeting request (W. Europe Standard Time) from a regional logistics network for an evening "
                "meet-up; a calendar invite, not an interview")
def m39() -> bytes:
    body = t("""
        Liebe Mitglieder und Gäste der Regionalgruppe Thüringen,

        herzliche Einladung zu unserem nächsten Treffen am Donnerstag, 12.11.2026, 18:00 bis
        20:00 Uhr, diesmal bei der Fjordlast Logistik GmbH in Erfurt.

        Thema: „KI im Lagercontrolling – Hype oder Hebel?“
        Impuls: Uwe Hesse (Standortleiter Fjordlast), anschließend Werksführung und Imbiss.

        Wer nicht vor Ort sein kann, ist per Teams dabei.

        Viele Grüße
        Sabine Trautmann
        Sprecherin Regionalgruppe Thüringen, Logistiknetz Mitteldeutschland e.V.
        """)
    cal = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2016
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Trautmann Sabine:mailto:s.trautmann@logistiknetz-md.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Regionalgruppe Thüringen:mailto:rg-thueringen@logistiknetz-md.de
        UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000D4E6F8A0B2C4D6E8F0A2B4C6D8E0F2A4
        SUMMARY;LANGUAGE=de-DE:Regionalgruppe Thüringen: KI im Lagercontrolling
        DTSTART;TZID=W. Europe Standard Time:20261112T180000
        DTEND;TZID=W. Europe Standard Time:20261112T200000
        DTSTAMP:20261027T091500Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Fjordlast Logistik GmbH\\, Hermsdorfer Straße 5\\, Erfurt / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Trautmann, Sabine", "s.trautmann@logistiknetz-md.de"),
              "Regionalgruppe Thüringen: KI im Lagercontrolling",
              "2026-10-27 10:15", "Europe/Berlin",
              "<FR3P281MB2650A0B1C2D3E4F5A6B7C8D9E0F1A2B3@FR3P281MB2650.DEUP281.PROD.OUTLOOK.COM>",
              to=addr("Regionalgruppe Thüringen", "rg-thueringen@logistiknetz-md.de"))
    return message(hs, alt(text(body), calendar(cal, method="REQUEST", cte="base64")))


@make.mail(N(40), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Mon", "2026-11-02"), ("Thu", "2026-11-05"), ("Mon", "2026-11-09"), ("Thu", "2026-11-12")),
           note="Physiotherapy appointment series (four fixed times); personal, not an interview")
def m40() -> bytes:
    body = t("""
        Liebe Frau Sommer,

        anbei Ihre Termine für die verordnete Krankengymnastik (6x KG, davon 4 vergeben):

        Mo, 02.11.2026  07:30 Uhr  bei Herrn Wendt
        Do, 05.11.2026  07:30 Uhr  bei Herrn Wendt
        Mo, 09.11.2026  07:30 Uhr  bei Frau Schaller
        Do, 12.11.2026  07:30 Uhr  bei Herrn Wendt

        Die restlichen zwei Termine vereinbaren wir beim nächsten Besuch. Bitte bringen Sie
        ein Handtuch mit.

        Ihre Physiotherapie am Anger
        Anger 52 · 99084 Erfurt
        """)
    hs = head(addr("Physiotherapie am Anger", "termine@physio-am-anger.de"), "Ihre Termine",
              "2026-10-28 16:48", "Europe/Berlin", "<000b01db2a11$7e3c9d40$7ab5d7c0$@physio-am-anger.de>")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@make.mail(N(41), family="personal", lang="de", interview=False, company=None,
           days=(("Sat", "2026-11-21"),),
           note="Friend's mail (Du) fixing a games evening on Saturday 19 Uhr and asking about the job hunt; personal")
def m41() -> bytes:
    body = t("""
        Hey Frieda,

        also abgemacht: Samstag (21.11.) ab 19 Uhr Spieleabend bei uns, Jonas macht Käsespätzle.
        Bring gern den Wein von letztem Mal mit 😄

        Und erzähl dann mal, wie deine ganzen Vorstellungsgespräche laufen – Anne meinte, du
        fährst nächste Woche nach München?

        Drück dich
        Anja
        """)
    hs = head(addr("Anja Kretschmer", "anja.kretschmer@example.net"), "Samstag 🎲",
              "2026-11-16 21:05", "Europe/Berlin", "<8A1C5E2F-7B3D-4E9A-9C6B-2D1F0E8A7C34@example.net>",
              extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    return message(hs, text(body, cte="8bit"))


@make.mail(N(42), family="non_interview_calendar", lang="de", interview=False, company=None,
           days=(("Sat", "2026-09-12"),),
           note="Photo studio confirms an appointment for application photos (Sa 12.09. 10:30); not an interview")
def m42() -> bytes:
    body = t("""
        Hallo Frau Sommer,

        danke für Ihre Buchung! Ihr Termin für Bewerbungsfotos:

        Samstag, 12. September 2026, 10:30 Uhr (ca. 45 Minuten)
        Fotostudio Lichtblick, Marktstraße 7, 99084 Erfurt

        Tipp: Bringen Sie gern zwei Oberteile in unterschiedlichen Farben mit. Die bearbeiteten
        Bilder erhalten Sie innerhalb von drei Werktagen als Download.

        Bis Samstag!
        Katja vom Fotostudio Lichtblick
        """)
    hs = head(addr("Fotostudio Lichtblick", "hallo@fotostudio-lichtblick.de"),
              "Terminbestätigung Bewerbungsfotos – Sa, 12.09. um 10:30 Uhr",
              "2026-09-06 19:22", "Europe/Berlin", "<b7e1a9c3-4d2f-4e8b-a6c0-9f1e3d5b7a92@fotostudio-lichtblick.de>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="training", lang="de", interview=False, company=None,
           days=(("Tue", "2026-10-20"),),
           note="Registration confirmation for a one-day online seminar with Zoom details; an event, not an interview")
def m43() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        vielen Dank für Ihre Anmeldung. Hiermit bestätigen wir Ihre Teilnahme am Online-Seminar

        »Kennzahlen im Lagercontrolling - vom Kommissionierpicking bis Cost-to-Serve«
        Dienstag, 20.10.2026, 09:00 - 16:00 Uhr
        Referent: Prof. Dr. Henning Voß

        Zugang (Zoom): https://us06web.zoom.us/j/83311457720?pwd=bGtBZ3RkS1ZrQ2pT
        Meeting-ID: 833 1145 7720 · Kenncode: 461902

        Die Rechnung über 390,00 € zzgl. USt. erhalten Sie separat.

        Mit freundlichen Grüßen
        Logistikakademie Mitteldeutschland GmbH
        Seminarorganisation
        """)
    hs = head(addr("Logistikakademie Mitteldeutschland", "seminare@logistikakademie-md.de"),
              "Anmeldebestätigung: Kennzahlen im Lagercontrolling (20.10.2026)",
              "2026-10-02 09:40", "Europe/Berlin", "<anm-2026-1187@logistikakademie-md.de>")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@make.mail(N(44), family="assessment", lang="en", interview=False, company="Vantor Cold Chain GmbH",
           days=(("Sun", "2026-11-08"),),
           note="Online assessment to complete by Sun 8 Nov 23:59 CET; a deadline, no interview time")
def m44() -> bytes:
    body = t("""
        Dear Friederike,

        As the next step in your application for Senior Controller Operations (f/m/d) – Erfurt,
        Vantor Cold Chain GmbH invites you to complete an online assessment (numerical reasoning
        and a short business case).

        Please complete it by Sunday, 8 November 2026, 23:59 CET. It takes about 50 minutes and
        can be done at any time before the deadline.

        Start assessment: https://candidate.assessly.example.net/start/VCC-77120-FS

        Good luck!
        Assessly on behalf of Vantor Cold Chain GmbH
        """)
    hs = head(addr("Vantor Cold Chain via Assessly", "no-reply@assessly.example.net"),
              "Action required: complete your assessment for Vantor Cold Chain",
              "2026-11-03 08:20", "Europe/Berlin", "<as-77120-fs-20261103@assessly.example.net>")
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(45), family="post_interview", lang="de", interview=False,
           company="Fichtelgebirge Lager & Distribution GmbH",
           note="Thank-you after today's interview (thread with the 19 Nov reply); 'we'll be in touch by end of next week'")
def m45() -> bytes:
    body = t("""
        Sehr geehrte Frau Sommer,

        herzlichen Dank für das offene und angenehme Gespräch heute Vormittag. Ihre Erfahrungen
        mit der Einführung der Prozesskostenrechnung haben uns sehr interessiert.

        Wir führen in dieser Woche noch zwei weitere Gespräche und melden uns spätestens Ende
        nächster Woche mit einer Rückmeldung bei Ihnen.

        Viele Grüße aus Wunsiedel
        Ralf Ott
        """)
    hs = head(addr("Ralf Ott", "ralf.ott@fld-gmbh.de"), "Unser Gespräch heute",
              "2026-11-19 15:31", "Europe/Berlin",
              "<FR2P281MB1877B5C6D7E8F9A0B1C2D3E4F5A6B7C8@FR2P281MB1877.DEUP281.PROD.OUTLOOK.COM>")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(46), family="platform_notification", lang="de", interview=False, company=None,
           note="Professional-network notification: a recruiter sent a message (teaser only)")
def m46() -> bytes:
    body = t("""
        Hallo Friederike,

        Tobias Huber (Senior Consultant, Isarkontor Personalberatung) hat Ihnen eine Nachricht
        geschickt:

        „Guten Tag Frau Sommer, für einen Mandanten im Raum Regensburg suche ich eine/n
        Controller/in Logistik. Hätten Sie Interesse an einem kurzen Telefonat? …“

        Nachricht lesen und antworten: https://www.berufsnetz.example.net/messages/3381092

        Ihr Berufsnetz-Team
        Benachrichtigungen verwalten: https://www.berufsnetz.example.net/settings/notifications
        """)
    hs = head(addr("Berufsnetz", "benachrichtigung@mail.berufsnetz.example.net"),
              "Tobias Huber hat Ihnen eine Nachricht gesendet",
              "2026-09-04 11:47", "Europe/Berlin", "<msg.3381092.20260904094700@mail.berufsnetz.example.net>",
              extra=(("Precedence", "bulk"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="rejection", lang="en", interview=False, company="Aurelian Global Logistics",
           note="Taleo rejection without interview")
def m47() -> bytes:
    body = t("""
        Dear Friederike Sommer,

        Thank you for your interest in the Regional Finance Controller – Road Freight position
        (Requisition 26000519) at Aurelian Global Logistics.

        After careful review, we have decided to move forward with other candidates whose
        qualifications more closely match the requirements of this role. We encourage you to
        apply for future openings that match your skills.

        Best regards,
        Aurelian Global Logistics – Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    hs = head(addr("Aurelian Global Logistics", "aurelian@taleo.net"),
              "Your application for Regional Finance Controller – Road Freight",
              "2026-10-22 14:11", "Europe/Berlin", "<1603812.26000519.1792678260@taleo.net>")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@make.mail(N(48), family="application_receipt", lang="en", interview=False, company="Keystone Parcel Group",
           note="iCIMS application receipt, US sender; nothing scheduled")
def m48() -> bytes:
    html_body = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Dear Friederike,</p>
        <p>Thank you for applying for the <b>Financial Analyst II – European Hub Operations</b> position (Req #2026-4471) at Keystone Parcel Group. We have received your application.</p>
        <p>Our recruiting team will review your qualifications, and if there is a match we will contact you about next steps.</p>
        <p>Sincerely,<br>Keystone Parcel Group Talent Acquisition</p>
        </body></html>
        """)
    hs = head(addr("Keystone Parcel Group", "keystoneparcel@talent.icims.com"),
              "Thank you for applying to Keystone Parcel Group",
              "2026-10-08 09:03", "America/New_York", "<1791464580.4471.88120@talent.icims.com>")
    return message(hs, html(html_body))


@make.mail(N(49), family="travel_booking", lang="de", interview=False, company=None,
           days=(("Thu", "2026-11-26"), ("Fri", "2026-11-27")),
           note="Hotel booking for the Munich trip (arrival Thu 26.11., departure Fri 27.11.); travel, not an interview")
def m49() -> bytes:
    html_body = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;color:#333">
        <h2>Buchungsbestätigung Nr. HWV-2611-0438</h2>
        <p>Liebe Frau Sommer,</p>
        <p>vielen Dank für Ihre Buchung. Wir freuen uns auf Ihren Besuch!</p>
        <table cellpadding="4">
        <tr><td>Anreise</td><td>Donnerstag, 26.11.2026, ab 15:00 Uhr</td></tr>
        <tr><td>Abreise</td><td>Freitag, 27.11.2026, bis 11:00 Uhr</td></tr>
        <tr><td>Zimmer</td><td>1 Komfort-Einzelzimmer inkl. Frühstück</td></tr>
        <tr><td>Preis</td><td>129,00 € (kostenfrei stornierbar bis 25.11.2026, 18:00 Uhr)</td></tr>
        </table>
        <p>Ihr Gepäck können Sie am Abreisetag gern bei uns an der Rezeption lassen.</p>
        <p>Herzliche Grüße<br>Hotel am Werksviertel · Friedenstraße 18 · 81671 München</p>
        </body></html>
        """)
    hs = head(addr("Hotel am Werksviertel", "reservierung@hotel-am-werksviertel.de"),
              "Buchungsbestätigung HWV-2611-0438",
              "2026-11-23 21:40", "Europe/Berlin", "<hwv-2611-0438.1795552800@hotel-am-werksviertel.de>")
    return message(hs, html(html_body, cte="base64"))


@make.mail(N(50), family="webinar", lang="en", interview=False, company=None,
           days=(("Wed", "2026-12-02"),),
           note="Zoom webinar registration (year-end inventory valuation); fixed time, not an interview")
def m50() -> bytes:
    body = t("""
        Hi Friederike,

        Thank you for registering for "Year-End Inventory Valuation: Pitfalls for Logistics
        Controllers".

        Date & Time: Dec 2, 2026 04:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/89451230774?tk=Qm9Xa2l4T2pLN0Zz

        Webinar ID: 894 5123 0774
        Passcode: 220914

        Add to calendar: https://us02web.zoom.us/webinar/tJ0ocuqvqTMs/ics

        Hosted by the Supply Chain Controlling Forum
        """)
    hs = head(addr("Supply Chain Controlling Forum", "no-reply@zoom.us"),
              "Supply Chain Controlling Forum Webinar Confirmation",
              "2026-11-24 13:05", "Europe/Berlin", "<zm.wbn.89451230774.fs.20261124@zoom.us>",
              extra=(("Reply-To", addr("SCC Forum", "events@scc-forum.example.net")),))
    return message(hs, alt(text(body), html(gmail_html(body))))
