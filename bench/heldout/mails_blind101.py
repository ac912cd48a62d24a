"""blind101: 50 hand-written mails from the inbox of Finn Hollmann <finn.hollmann@example.org>, a
mechanical design engineer in Bremen (Europe/Berlin), September to mid-December 2026.

Written blind (without reading the detector, its tests, or the other held-out mails); built and
checked with ``python3 bench/heldout/make_blind.py blind101``. Keys 1-23 are positives (16
scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives; the file number of the mail written
``key``-th is ``ORDER[key - 1]``.
"""

from __future__ import annotations

import base64
import hashlib
import random
from html import escape

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

ORDER = random.Random(1010101).sample(range(1, 51), 50)
FINN = "finn.hollmann@example.org"
FINN_TO = addr("Finn Hollmann", FINN)
B = "Europe/Berlin"


def name(key: int) -> str:
    return f"blind101_{ORDER[key - 1]:03d}"


def _id(seed: str, n: int = 14) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, hop: str, to: str = FINN_TO,
         extra: tuple[tuple[str, str], ...] = (), lag: int = 3, charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then ``extra``."""
    ident = f"mx1.example.org (Postfix) with ESMTPS id 4{_id(mid, 11)}"
    return [
        ("Delivered-To", FINN),
        ("Received", received(hop, when, zone, ident, FINN, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def iana_cet(tzid: str) -> str:
    """Google/Apple-style VTIMEZONE for a zone on Central European rules."""
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", tzid)


LONDON = """BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def ics(prodid: str, method: str | None, body: str, *tz: str) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [*tz, t(body).strip("\n"), "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives: scheduled


# 1 -- Personio, German, Bremen, with ICS
@mail(name(1), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z", contact="svenja.kroeger@weser-antrieb.de",
      company="Weser Antriebstechnik GmbH", local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=B,
      note="Personio invitation from the noreply system address; Reply-To is the recruiter (human). "
           "'Di., 15. September 2026, 10:00 - 11:00 Uhr' Europe/Berlin in CEST (+02:00) -> 08:00-09:00Z; "
           "the ICS (TZID Europe/Berlin) agrees.")
def m01() -> bytes:
    body = t("""
        Hallo Herr Hollmann,

        vielen Dank für Ihre Bewerbung als Konstrukteur (m/w/d) Getriebetechnik. Wir freuen uns,
        Sie zu einem persönlichen Vorstellungsgespräch einzuladen, und bestätigen hiermit den
        folgenden Termin:

        Datum:     Di., 15. September 2026
        Uhrzeit:   10:00 - 11:00 Uhr
        Ort:       Weser Antriebstechnik GmbH, Hemelinger Hafendamm 22, 28309 Bremen
                   (bitte am Empfang in Gebäude B melden)
        Gesprächspartner: Svenja Kröger (HR), Dr. Arne Wübbenhorst (Leitung Konstruktion)

        Eine Kalendereinladung finden Sie im Anhang. Sollten Sie den Termin nicht wahrnehmen
        können, antworten Sie bitte einfach auf diese E-Mail.

        Viele Grüße
        Svenja Kröger
        Personalreferentin

        Weser Antriebstechnik GmbH | Hemelinger Hafendamm 22 | 28309 Bremen
        Diese Nachricht wurde über Personio versendet.
    """)
    hbody = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hallo Herr Hollmann,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>Konstrukteur (m/w/d) Getriebetechnik</b>. Wir freuen uns,
        Sie zu einem persönlichen Vorstellungsgespräch einzuladen, und bestätigen hiermit den folgenden Termin:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum</b></td><td>Di., 15. September 2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Weser Antriebstechnik GmbH, Hemelinger Hafendamm 22, 28309 Bremen<br>
        (bitte am Empfang in Geb&auml;ude B melden)</td></tr>
        <tr><td><b>Gespr&auml;chspartner</b></td><td>Svenja Kr&ouml;ger (HR), Dr. Arne W&uuml;bbenhorst (Leitung Konstruktion)</td></tr>
        </table>
        <p>Eine Kalendereinladung finden Sie im Anhang. Sollten Sie den Termin nicht wahrnehmen k&ouml;nnen,
        antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Viele Gr&uuml;&szlig;e<br>Svenja Kr&ouml;ger<br>Personalreferentin</p>
        <p style="color:#8a94a6;font-size:11px">Weser Antriebstechnik GmbH | Hemelinger Hafendamm 22 | 28309 Bremen<br>
        Diese Nachricht wurde &uuml;ber Personio versendet.</p>
        </body></html>
    """)
    cal = ics("-//Personio GmbH//Recruiting//DE", "REQUEST", """
        BEGIN:VEVENT
        UID:personio-interview-5f1c2a0e-81d4-4c11-9a57-2b0f7d11c3e9
        DTSTAMP:20260909T122210Z
        DTSTART;TZID=Europe/Berlin:20260915T100000
        DTEND;TZID=Europe/Berlin:20260915T110000
        SUMMARY:Vorstellungsgespräch Finn Hollmann - Konstrukteur (m/w/d) Getriebetechnik
        LOCATION:Weser Antriebstechnik GmbH\\, Hemelinger Hafendamm 22\\, 28309 Bremen
        ORGANIZER;CN=Svenja Kröger:mailto:svenja.kroeger@weser-antrieb.de
        ATTENDEE;CN=Finn Hollmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:finn.hollmann@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """, VTZ["Europe/Berlin"])
    h = head(addr("Weser Antriebstechnik GmbH", "noreply@jobs.personio.de"),
             "Einladung zum Vorstellungsgespräch – Konstrukteur (m/w/d) Getriebetechnik",
             "2026-09-09 14:22:07", B, "<0102019a1c2f7e3b-6d2a9b1e-77c1-4f0e-bf3e-3a61f2c0d9aa-000000@eu-central-1.amazonses.com>",
             hop="from a27-44.smtp-out.eu-central-1.amazonses.com (a27-44.smtp-out.eu-central-1.amazonses.com [54.240.27.44])",
             extra=(("Reply-To", addr("Svenja Kröger", "svenja.kroeger@weser-antrieb.de")),
                    ("X-Personio-Message-Type", "application.interview.invitation")))
    return message(h, mixed(alt(text(body), html(hbody)),
                            calendar(cal, method="REQUEST", cte="8bit", filename="einladung.ics",
                                     disposition="attachment")))


# 2 -- Greenhouse, English, Danish wind company in Aarhus, Europe/Copenhagen
@mail(name(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-21T11:30:00Z", end="2026-09-21T12:15:00Z", contact="mette.skovgaard@kattegatwind.dk",
      company="Kattegat Wind Systems A/S", local="Mon 2026-09-21 13:30", local_end="2026-09-21 14:15",
      zone="Europe/Copenhagen",
      note="Greenhouse confirmation, base64 text+HTML; Reply-To recruiter. '1:30 PM - 2:15 PM CEST' on Monday "
           "21 September in Aarhus (Europe/Copenhagen, +02:00) -> 11:30-12:15Z; ICS TZID Europe/Copenhagen agrees.")
def m02() -> bytes:
    body = t("""
        Hi Finn,

        Thanks for making time to speak with us! Your interview for Senior Mechanical Design
        Engineer - Nacelle Structures has been scheduled. Details below.

        Monday, September 21, 2026
        1:30 PM - 2:15 PM CEST (Copenhagen)

        Format: Microsoft Teams (link in the calendar invitation)
        Interviewers:
          - Mads Kjærgaard, Lead Engineer, Nacelle Structures
          - Mette Skovgaard, Talent Acquisition Partner

        If you need to reschedule, simply reply to this email.

        Best regards,
        Mette Skovgaard
        Kattegat Wind Systems A/S
        Søren Frichs Vej 41, 8230 Åbyhøj, Denmark
    """)
    hbody = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Finn,</p>
        <p>Thanks for making time to speak with us! Your interview for <strong>Senior Mechanical Design Engineer - Nacelle Structures</strong> has been scheduled. Details below.</p>
        <p><strong>Monday, September 21, 2026</strong><br>1:30 PM - 2:15 PM CEST (Copenhagen)</p>
        <p>Format: Microsoft Teams (link in the calendar invitation)</p>
        <p>Interviewers:</p>
        <ul><li>Mads Kjærgaard, Lead Engineer, Nacelle Structures</li><li>Mette Skovgaard, Talent Acquisition Partner</li></ul>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Mette Skovgaard<br>Kattegat Wind Systems A/S<br>Søren Frichs Vej 41, 8230 Åbyhøj, Denmark</p>
        </div>
    """)
    cal = ics("-//Greenhouse Software//Greenhouse Scheduler//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:gh-sched-88213407-3@greenhouse.io
        DTSTAMP:20260914T080512Z
        DTSTART;TZID=Europe/Copenhagen:20260921T133000
        DTEND;TZID=Europe/Copenhagen:20260921T141500
        SUMMARY:Interview: Finn Hollmann - Senior Mechanical Design Engineer (Kattegat Wind Systems)
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Join on your computer\\, mobile app or room device: https://teams.microsoft.com/l/meetup-join/19%3ameeting_kws88213407
        ORGANIZER;CN=Mette Skovgaard:mailto:mette.skovgaard@kattegatwind.dk
        ATTENDEE;CN=Finn Hollmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:finn.hollmann@example.org
        ATTENDEE;CN=Mads Kjærgaard;ROLE=REQ-PARTICIPANT:mailto:mads.kjaergaard@kattegatwind.dk
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
    """, iana_cet("Europe/Copenhagen"))
    h = head(addr("Kattegat Wind Systems", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Senior Mechanical Design Engineer - Nacelle Structures",
             "2026-09-14 10:05:12", "Europe/Copenhagen", "<7c2e1d9a.20260914080512.88213407@greenhouse-mail.io>",
             hop="from o1.ptr4411.greenhouse-mail.io (o1.ptr4411.greenhouse-mail.io [167.89.44.11])",
             extra=(("Reply-To", addr("Mette Skovgaard", "mette.skovgaard@kattegatwind.dk")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
                            calendar(cal, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


# 3 -- hiring manager prose, iso-8859-1 8bit, "kommenden Donnerstag um halb drei"
@mail(name(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-24T12:30:00Z", end=None, contact="h.jansen@nordmole-hafentechnik.de",
      company="Nordmole Hafentechnik GmbH", local="Thu 2026-09-24 14:30", zone=B,
      note="Hiring manager's own words: 'kommenden Donnerstag um halb drei' resolved against the Date "
           "(Fri 18 Sep 2026, CEST) -> Thu 24 Sep 14:30 Europe/Berlin (+02:00) = 12:30Z. 'so anderthalb "
           "Stunden, eher mehr' is not an exact length -> end null. iso-8859-1, 8bit.")
def m03() -> bytes:
    body = t("""
        Moin Herr Hollmann,

        danke für das nette Telefonat gestern. Wie besprochen sehen wir uns dann kommenden
        Donnerstag um halb drei bei uns in Bremerhaven, Am Luneort 7, direkt gegenüber der
        Schleuse. Klingeln Sie einfach am Verwaltungsgebäude, ich hole Sie unten ab.

        Wir machen erst das Gespräch mit mir und Frau Dierks aus der Personalabteilung und danach
        zeig ich Ihnen noch die Montagehalle. Planen Sie so anderthalb Stunden ein, eher mehr.
        Gummistiefel brauchen Sie nicht ;-)

        Wenn was dazwischenkommt: 0471 / 9 24 18-30 oder einfach auf diese Mail antworten.

        Schönes Wochenende
        Hauke Jansen

        --
        Hauke Jansen
        Leiter Konstruktion Stahlwasserbau
        Nordmole Hafentechnik GmbH
        Am Luneort 7 · 27572 Bremerhaven
        Tel. 0471 / 9 24 18-30
    """)
    h = head(addr("Hauke Jansen", "h.jansen@nordmole-hafentechnik.de"),
             "Unser Gespräch", "2026-09-18 11:40:55", B,
             "<000c01dd2a77$4b1e0a80$e15a1f80$@nordmole-hafentechnik.de>",
             hop="from mail.nordmole-hafentechnik.de (mail.nordmole-hafentechnik.de [212.91.40.18])",
             extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdkqdzP8sO1lJ0hGQw2a9xv3b1cR4A==")))
    return message(h, text(body, charset="iso-8859-1", cte="8bit"))


# 4 -- Exchange / Outlook meeting request, Windows zone, time only in the ICS; first day of CET
@mail(name(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T08:30:00Z", end="2026-10-26T10:00:00Z", contact="katrin.mahnke@leinewerk.de",
      company="Leinewerk Fördertechnik AG", local="Mon 2026-10-26 09:30", local_end="2026-10-26 11:00", zone=B,
      note="Outlook meeting request; the body names no time at all ('anbei die Einladung'). ICS DTSTART;"
           "TZID=W. Europe Standard Time:20261026T093000 -> Europe/Berlin. Mail sent Wed 21 Oct in CEST, "
           "interview on the Monday after the switch to CET (25 Oct): 09:30 +01:00 = 08:30Z, DTEND 11:00 = 10:00Z. "
           "Thread: moved later by the update in key 18.")
def m04() -> bytes:
    body = t("""
        Guten Tag Herr Hollmann,

        vielen Dank für Ihr Interesse an der Position Konstrukteur (m/w/d) Stetigfördertechnik.
        Wie am Telefon besprochen sende ich Ihnen anbei die Einladung für unser Gespräch.
        Teilnehmen werden neben mir Herr Özdemir (Teamleiter Konstruktion) und Frau Behrens (HR).

        Bitte bringen Sie, wenn möglich, zwei, drei Zeichnungen oder Baugruppen aus Ihrer
        aktuellen Tätigkeit mit (gern auch am Laptop), über die wir sprechen können.

        Mit freundlichen Grüßen

        Dr.-Ing. Katrin Mahnke
        Leiterin Entwicklung & Konstruktion
        Leinewerk Fördertechnik AG
        Vahrenwalder Straße 301 | 30179 Hannover
        T +49 511 6350-214 | katrin.mahnke@leinewerk.de

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen
        Besprechungs-ID: 318 557 902 114
        Kennung: Q7xZ2m
        Alternativ vor Ort: Vahrenwalder Straße 301, Haus 2, Raum 2.14
        ________________________________________________________________________________
    """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Mahnke Katrin:mailto:katrin.mahnke@leinewerk.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Finn Hollmann:mailto:finn.hollmann@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Özdemir Cem:mailto:cem.oezdemir@leinewerk.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Behrens Julia:mailto:julia.behrens@leinewerk.de
        DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Hollmann\\,\\n\\nvielen Dank für Ihr Interesse an der Position Konstrukteur (m/w/d) Stetigfördertechnik.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0A7C1E96B61DD01000000000000000010000000E4A27FB1C55D6F4E9E3C2D8A51F0B7C2
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Konstrukteur (m/w/d) – Finn Hollmann
        DTSTART;TZID=W. Europe Standard Time:20261026T093000
        DTEND;TZID=W. Europe Standard Time:20261026T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T144830Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung / Haus 2\\, Raum 2.14
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119647208
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
    """, VTZ["W. Europe Standard Time"])
    h = head(addr("Mahnke, Katrin", "katrin.mahnke@leinewerk.de"),
             "Vorstellungsgespräch Konstrukteur (m/w/d) – Finn Hollmann",
             "2026-10-21 16:48:30", B, "<FR3P281MB1744E0C2A9B7D51F3E6C1A22B41A9@FR3P281MB1744.DEUP281.PROD.OUTLOOK.COM>",
             hop="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2091.outbound.protection.outlook.com [40.107.104.91])",
             extra=(("Thread-Topic", enc("Vorstellungsgespräch Konstrukteur (m/w/d) – Finn Hollmann")),
                    ("Thread-Index", "AdsB9k3xJ7f2aQ1nS0WbU2o8y3tN5Q=="),
                    ("Content-Language", "de-DE"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    hbody = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"DE\">\n" + \
        "".join(f"<p class=\"MsoNormal\">{escape(ln) or '&nbsp;'}</p>\n" for ln in body.rstrip("\n").split("\n")) + "</body></html>\n"
    return message(h, alt(text(body), html(hbody),
                          calendar(cal, method="REQUEST", cte="base64")))


# 5 -- Workday, English, Groningen, HTML only
@mail(name(5), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T13:00:00Z", end="2026-11-03T14:00:00Z", contact="anouk.devries@noorderzijl.nl",
      company="Noorderzijl Maritime B.V.", local="Tue 2026-11-03 14:00", local_end="2026-11-03 15:00",
      zone="Europe/Amsterdam",
      note="Workday notification from the tenant system address (HTML only, QP); recruiter's own address only "
           "in the body. 'Tuesday, 3 November 2026, 14:00 - 15:00 (CET, Amsterdam)' -> +01:00 -> 13:00-14:00Z. "
           "Thread: key 43 proposes a second round afterwards.")
def m05() -> bytes:
    hbody = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://noorderzijl.wd3.myworkdaysite.com/images/logo_noorderzijl.png" alt="Noorderzijl Maritime" width="160">
        <p>Dear Finn Hollmann,</p>
        <p>Thank you for your interest in the position <b>Mechanical Design Engineer – Deck Machinery (R-01187)</b>.
        We are pleased to confirm your interview:</p>
        <table cellpadding="6" style="border:1px solid #dde1e6;border-collapse:collapse">
        <tr><td style="background:#f0f3f7"><b>Date</b></td><td>Tuesday, 3 November 2026</td></tr>
        <tr><td style="background:#f0f3f7"><b>Time</b></td><td>14:00 – 15:00 (CET, Amsterdam)</td></tr>
        <tr><td style="background:#f0f3f7"><b>Type</b></td><td>Video interview (Microsoft Teams)</td></tr>
        <tr><td style="background:#f0f3f7"><b>Interviewers</b></td><td>Anouk de Vries (Recruiter), Ruben Hoekstra (Engineering Manager)</td></tr>
        </table>
        <p>The Teams link will be sent separately by the interview team. If you have any questions, please contact
        Anouk de Vries at <a href="mailto:anouk.devries@noorderzijl.nl">anouk.devries@noorderzijl.nl</a>.</p>
        <p>You can review your application status at any time in the
        <a href="https://noorderzijl.wd3.myworkdaysite.com/recruiting/noorderzijl/Careers/userHome">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Noorderzijl Maritime B.V.</p>
        <p style="font-size:11px;color:#8a8a8a">This is an automatically generated message. Please do not reply to this email.</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
    """)
    h = head(addr("Noorderzijl Maritime", "noorderzijl@myworkday.com"),
             "Interview Scheduled: Mechanical Design Engineer – Deck Machinery (R-01187)",
             "2026-10-27 09:12:40", "Europe/Amsterdam",
             "<1433190411.98771.1792570360412@wd3-prod-int-mail.myworkday.com>",
             hop="from wd3-impl-smtp.myworkday.com (wd3-impl-smtp.myworkday.com [52.17.82.140])",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, html(hbody))


# 6 -- Calendly, German, booked slot, ICS in UTC
@mail(name(6), family="calendly", lang="de", interview=True, kind="scheduled",
      start="2026-11-09T08:30:00Z", end="2026-11-09T09:00:00Z", contact="jannik.ahlers@elbbruecke-engineering.de",
      company="Elbbrücke Engineering GmbH", local="Mon 2026-11-09 09:30", local_end="2026-11-09 10:00", zone=B,
      note="Calendly invitee confirmation in German, from notifications@calendly.com; Reply-To = host. "
           "'09:30 - 10:00, Montag, 9. November 2026 (Mitteleuropäische Zeit)' -> CET +01:00 -> 08:30-09:00Z; "
           "the ICS carries the same instant in UTC (Z).")
def m06() -> bytes:
    body = t("""
        Hallo Finn Hollmann,

        ein neues Ereignis wurde geplant.

        Ereignistyp:
        Erstes Interview – Konstrukteur Stahlwasserbau (30 Min.)

        Gastgeber:
        Jannik Ahlers

        Datum/Uhrzeit:
        09:30 - 10:00, Montag, 9. November 2026 (Mitteleuropäische Zeit)

        Ort:
        Microsoft Teams – Der Link wird Ihnen vom Gastgeber zugeschickt.

        Fragen:
        Warum interessieren Sie sich für die Stelle?
        Ich arbeite seit sechs Jahren in der Fördertechnik und möchte in den Wasserbau wechseln.

        Ereignis im Kalender ansehen
        Stornieren oder neu planen: https://calendly.com/cancellations/3f8c1e2a-77d0-4b6f-9a51-c0e8d2f1aa04

        Powered by Calendly.com
    """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hallo Finn Hollmann,</p>
        <p>ein neues Ereignis wurde geplant.</p>
        <p><b>Ereignistyp:</b><br>Erstes Interview – Konstrukteur Stahlwasserbau (30 Min.)</p>
        <p><b>Gastgeber:</b><br>Jannik Ahlers</p>
        <p><b>Datum/Uhrzeit:</b><br>09:30 - 10:00, Montag, 9. November 2026 (Mitteleuropäische Zeit)</p>
        <p><b>Ort:</b><br>Microsoft Teams – Der Link wird Ihnen vom Gastgeber zugeschickt.</p>
        <p><b>Fragen:</b><br>Warum interessieren Sie sich für die Stelle?<br>
        Ich arbeite seit sechs Jahren in der Fördertechnik und möchte in den Wasserbau wechseln.</p>
        <p><a href="https://calendly.com/events/3f8c1e2a-77d0-4b6f-9a51-c0e8d2f1aa04">Ereignis im Kalender ansehen</a> ·
        <a href="https://calendly.com/cancellations/3f8c1e2a-77d0-4b6f-9a51-c0e8d2f1aa04">Stornieren</a> ·
        <a href="https://calendly.com/reschedulings/3f8c1e2a-77d0-4b6f-9a51-c0e8d2f1aa04">Neu planen</a></p>
        <p style="color:#888;font-size:12px">Powered by Calendly.com</p>
        </body></html>
    """)
    cal = ics("-//Calendly//Calendly//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTAMP:20261105T193122Z
        UID:3f8c1e2a-77d0-4b6f-9a51-c0e8d2f1aa04@calendly.com
        DTSTART:20261109T083000Z
        DTEND:20261109T090000Z
        SUMMARY:Erstes Interview – Konstrukteur Stahlwasserbau zwischen Jannik Ahlers und Finn Hollmann
        ORGANIZER;CN=Jannik Ahlers:mailto:jannik.ahlers@elbbruecke-engineering.de
        ATTENDEE;CN=Finn Hollmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:finn.hollmann@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """)
    h = head(addr("Calendly", "notifications@calendly.com"),
             "Neues Ereignis: Jannik Ahlers - 09:30 Mo., 9. Nov. 2026 - Erstes Interview – Konstrukteur Stahlwasserbau",
             "2026-11-05 20:31:22", B, "<20261105193122.1.4F0C77A2B91E5D30@mail.calendly.com>",
             hop="from o3.email.calendly.com (o3.email.calendly.com [167.89.118.53])",
             extra=(("Reply-To", addr("Jannik Ahlers", "jannik.ahlers@elbbruecke-engineering.de")),))
    return message(h, mixed(alt(text(body), html(hbody)),
                            calendar(cal, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


# 7 -- Microsoft Bookings, German, standard-offset label in summer, no personal address
@mail(name(7), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-09-16T11:00:00Z", end="2026-09-16T11:45:00Z", contact=None,
      company="Huntetal Landtechnik GmbH", local="Wed 2026-09-16 13:00", local_end="2026-09-16 13:45", zone=B,
      note="Bookings confirmation (HTML only, base64) from the shared Bookings mailbox; staff member named "
           "without an address -> contact null. Zone label '(UTC+01:00) Amsterdam, Berlin, ...' is the Windows "
           "display name; in September Berlin is on CEST, so 13:00 = 11:00Z, which the ICS (W. Europe Standard "
           "Time) confirms.")
def m07() -> bytes:
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="max-width:560px">
        <h2 style="font-weight:600">Ihre Buchung wurde bestätigt</h2>
        <p>Hallo Finn Hollmann,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Huntetal Landtechnik GmbH – Bewerbungsgespräche</b>.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Dienst</td><td>Bewerbungsgespräch Konstruktion (45 Minuten)</td></tr>
        <tr><td style="color:#605e5c">Datum</td><td>Mittwoch, 16. September 2026</td></tr>
        <tr><td style="color:#605e5c">Uhrzeit</td><td>13:00 - 13:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Torben Wilkens</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Huntetal Landtechnik GmbH, Industriestraße 14, 26180 Rastede (Oldenburg)</td></tr>
        </table>
        <p>Bitte bringen Sie ein Ausweisdokument mit und melden Sie sich an der Pforte.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@huntetal-landtechnik.de/bookings/">Buchung verwalten</a>
        &nbsp;|&nbsp; <a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@huntetal-landtechnik.de/bookings/cancel">Stornieren</a></p>
        <p style="color:#8a8886;font-size:12px">Huntetal Landtechnik GmbH · Industriestraße 14 · 26180 Rastede<br>
        Dies ist eine automatisch erstellte Nachricht von Microsoft Bookings.</p>
        </div></body></html>
    """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Huntetal Landtechnik GmbH - Bewerbungsgespräche:mailto:Bewerbungsgespraeche@huntetal-landtechnik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Finn Hollmann:mailto:finn.hollmann@example.org
        UID:040000008200E00074C5B7101A82E0080000000020D54A0D1943DD01000000000000000010000000A39C55E0C4C83F4DB2D7E1F57D0A6C88
        SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Konstruktion
        DTSTART;TZID=W. Europe Standard Time:20260916T130000
        DTEND;TZID=W. Europe Standard Time:20260916T134500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260910T060311Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Huntetal Landtechnik GmbH\\, Industriestraße 14\\, 26180 Rastede
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
    """, VTZ["W. Europe Standard Time"])
    h = head(addr("Huntetal Landtechnik GmbH - Bewerbungsgespräche", "Bewerbungsgespraeche@huntetal-landtechnik.de"),
             "Ihre Buchung wurde bestätigt: Bewerbungsgespräch Konstruktion",
             "2026-09-10 08:03:11", B, "<AM9PR02MB7329C1A0E5F2D8B4C61EE077A2B54@AM9PR02MB7329.eurprd02.prod.outlook.com>",
             hop="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2120.outbound.protection.outlook.com [40.107.22.120])",
             extra=(("Content-Language", "de-DE"), ("X-MS-Exchange-Organization-BookingsMessage", "Confirmation")))
    return message(h, mixed(html(hbody, cte="base64"),
                            calendar(cal, method="REQUEST", cte="base64", filename="Buchung.ics",
                                     disposition="attachment", name_param=True)))


# 8 -- Google Calendar invitation, English, remote team in the UK (BST)
@mail(name(8), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-10-01T14:00:00Z", end="2026-10-01T15:00:00Z", contact="oliver.pryce@fathomloop.co.uk",
      company="Fathom Loop Ltd", local="Thu 2026-10-01 15:00", local_end="2026-10-01 16:00", zone="Europe/London",
      note="Google Calendar invitation from the organizer (human). 'Thursday 1 Oct 2026 ⋅ 15:00 – 16:00 (British "
           "Summer Time - London)' -> +01:00 -> 14:00-15:00Z (16:00 in Bremen); ICS TZID Europe/London agrees.")
def m08() -> bytes:
    body = t("""
        You have been invited to the following event.

        Interview: Finn Hollmann / Senior Mechanical Engineer (Remote, EU)
        When
        Thursday 1 Oct 2026 ⋅ 15:00 – 16:00 (British Summer Time - London)

        Joining info
        Join with Google Meet
        meet.google.com/qwx-hbnd-tre

        Join by phone
        (GB) +44 20 3957 1884 PIN: 771 204 339#

        Calendar
        finn.hollmann@example.org

        Who
        Oliver Pryce - organiser
        Hannah Cole
        finn.hollmann@example.org

        Hi Finn - this is the technical interview with Hannah (Head of Mechanical) and me. We'll
        spend about half of it on the pressure-housing case study you sent. Looking forward to it!

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=Njd0cXJ2

        Reply for finn.hollmann@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTART;TZID=Europe/London:20261001T150000
        DTEND;TZID=Europe/London:20261001T160000
        DTSTAMP:20260925T121744Z
        ORGANIZER;CN=Oliver Pryce:mailto:oliver.pryce@fathomloop.co.uk
        UID:67tqrv2m1c0u5hq9d1b5l3k8pa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Oliver Pryce;X-NUM-GUESTS=0:mailto:oliver.pryce@fathomloop.co.uk
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Cole;X-NUM-GUESTS=0:mailto:hannah.cole@fathomloop.co.uk
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=finn.hollmann@example.org;X-NUM-GUESTS=0:mailto:finn.hollmann@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/qwx-hbnd-tre
        CREATED:20260925T121743Z
        DESCRIPTION:Hi Finn - this is the technical interview with Hannah (Head of Mechanical) and me.
        LAST-MODIFIED:20260925T121743Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Finn Hollmann / Senior Mechanical Engineer (Remote\\, EU)
        TRANSP:OPAQUE
        END:VEVENT
    """, LONDON)
    h = head(addr("Oliver Pryce", "oliver.pryce@fathomloop.co.uk"),
             "Invitation: Interview: Finn Hollmann / Senior Mechanical Engineer (Remote, EU) @ Thu 1 Oct 2026 "
             "15:00 - 16:00 (BST) (finn.hollmann@example.org)",
             "2026-09-25 13:17:44", "Europe/London", "<calendar-7a3d20f1-5c4e-4b8a-9f21-0d6c3be19e54@google.com>",
             hop="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
             extra=(("Reply-To", addr("Oliver Pryce", "oliver.pryce@fathomloop.co.uk")),
                    ("Sender", "Google Calendar <calendar-notification@google.com>"),
                    ("Auto-Submitted", "auto-generated")))
    return message(h, mixed(alt(text(body, charset="UTF-8"), html(gmail_html(body)),
                                calendar(cal, method="REQUEST", cte="7bit")),
                            calendar(cal, method=None, ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# 9 -- JOIN, German phone interview, recruiter's address only in the body
@mail(name(9), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-10-07T09:15:00Z", end="2026-10-07T09:45:00Z", contact="merle.timm@alsterkran.de",
      company="Alsterkran Hebetechnik GmbH", local="Wed 2026-10-07 11:15", local_end="2026-10-07 11:45", zone=B,
      note="JOIN notification from noreply@join.com; the recruiter's address appears in the body. "
           "'Mi., 7. Okt. 2026, 11:15 Uhr (MESZ)', 'Dauer: 30 Minuten' -> +02:00 -> 09:15-09:45Z. "
           "Thread: key 37 is the offer from the same company.")
def m09() -> bytes:
    body = t("""
        Hallo Finn,

        Alsterkran Hebetechnik GmbH hat einen Termin mit dir vereinbart.

        Telefoninterview – Konstrukteur*in Krananlagen (Hamburg)

        Wann:   Mi., 7. Okt. 2026, 11:15 Uhr (MESZ)
        Dauer:  30 Minuten
        Wie:    Merle Timm ruft dich unter +49 160 5512 ... 87 an

        Deine Ansprechpartnerin:
        Merle Timm, Recruiting
        merle.timm@alsterkran.de

        Du kannst den Termin nicht wahrnehmen? Bitte gib Merle rechtzeitig Bescheid.

        Viel Erfolg!
        Dein JOIN Team

        JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich
        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
    """)
    hbody = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;background:#f7f7fb;padding:24px">
        <div style="background:#fff;border-radius:8px;padding:24px;max-width:520px">
        <p>Hallo Finn,</p>
        <p><b>Alsterkran Hebetechnik GmbH</b> hat einen Termin mit dir vereinbart.</p>
        <h3 style="margin:16px 0 8px">Telefoninterview – Konstrukteur*in Krananlagen (Hamburg)</h3>
        <p>&#128197; Mi., 7. Okt. 2026, 11:15 Uhr (MESZ)<br>
        &#9201; Dauer: 30 Minuten<br>
        &#128222; Merle Timm ruft dich unter +49 160 5512 ... 87 an</p>
        <p>Deine Ansprechpartnerin:<br>Merle Timm, Recruiting<br>
        <a href="mailto:merle.timm@alsterkran.de">merle.timm@alsterkran.de</a></p>
        <p>Du kannst den Termin nicht wahrnehmen? Bitte gib Merle rechtzeitig Bescheid.</p>
        <p>Viel Erfolg!<br>Dein JOIN Team</p>
        </div>
        <p style="font-size:11px;color:#999">JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich<br>
        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.</p>
        </body></html>
    """)
    h = head(addr("Alsterkran Hebetechnik GmbH via JOIN", "noreply@join.com"),
             "Dein Termin mit Alsterkran Hebetechnik GmbH: Mi., 7. Okt., 11:15",
             "2026-10-01 15:40:18", B, "<0107019a3f1d2c55-91ab7e2e-3c1f-4a6d-8e0b-51d2a9f0c7e1-000000@eu-west-1.amazonses.com>",
             hop="from a7-19.smtp-out.eu-west-1.amazonses.com (a7-19.smtp-out.eu-west-1.amazonses.com [54.240.7.19])",
             extra=(("List-Unsubscribe", "<https://join.com/unsubscribe?t=c2b1e7>"),))
    return message(h, alt(text(body), html(hbody)))


# 10 -- phone-written reply, "morgen früh um 8", quoted thread
@mail(name(10), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-10-13T06:00:00Z", end=None, contact="ole.brinkmann@wuemme-kunststoff.de",
      company="Wümme Kunststofftechnik GmbH", local="Tue 2026-10-13 08:00", zone=B,
      note="Short reply written on a phone at 06:52 on Mon 12 Oct (CEST): 'morgen früh um 8' resolved against the "
           "Date's local day -> Tue 13 Oct 08:00 +02:00 = 06:00Z. Confirms the second interview asked about in "
           "the quoted mail. No length -> end null. Human sender = contact.")
def m10() -> bytes:
    body = t("""
        Moin Herr Hollmann,

        passt gut, dann machen wir das morgen früh um 8. Kommen Sie direkt zu Halle 3, die
        Kollegin am Empfang weiß Bescheid. Sicherheitsschuhe haben wir da.

        Gruß
        Ole Brinkmann

        Von meinem iPhone gesendet

        > Am 11.10.2026 um 19:26 schrieb Finn Hollmann <finn.hollmann@example.org>:
        >
        > Guten Abend Herr Brinkmann,
        >
        > vielen Dank für die Einladung zum zweiten Gespräch mit Werksrundgang. Dienstag würde
        > bei mir gut passen, am liebsten früh, da ich danach noch ins Büro muss.
        >
        > Viele Grüße
        > Finn Hollmann
    """)
    h = head(addr("Ole Brinkmann", "ole.brinkmann@wuemme-kunststoff.de"),
             "Re: Zweites Gespräch / Werksrundgang", "2026-10-12 06:52:09", B,
             "<5E0B7C2A-19D4-4F3E-A1C7-3B8E22D9F0A4@wuemme-kunststoff.de>",
             hop="from mout.kundenserver.de (mout.kundenserver.de [212.227.126.131])",
             extra=(("In-Reply-To", "<c81f3e0a-6b2d-4e77-9d1e-2fa4b8c0e915@example.org>"),
                    ("References", "<c81f3e0a-6b2d-4e77-9d1e-2fa4b8c0e915@example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(h, text(body, cte="8bit"))


# 11 -- forward to self from the old address, original attached as message/rfc822
@mail(name(11), family="forward_self", lang="en", interview=True, kind="scheduled",
      start="2026-11-18T09:00:00Z", end="2026-11-18T10:00:00Z", contact="sofie.brandt@limfjordgear.dk",
      company="Limfjord Gear A/S", local="Wed 2026-11-18 10:00", local_end="2026-11-18 11:00",
      zone="Europe/Copenhagen",
      note="Finn forwards the recruiter's confirmation from his old example.net address to himself (attached "
           "message/rfc822). The candidate is never the contact: the human sender of the attached mail is. "
           "'Wednesday 18 November, 10:00-11:00 Danish time (CET)' -> +01:00 -> 09:00-10:00Z.")
def m11() -> bytes:
    inner_body = t("""
        Dear Finn,

        Thank you for a good conversation last week. I'm happy to confirm your second interview
        with our engineering team:

        Wednesday 18 November, 10:00-11:00 Danish time (CET)
        On site: Limfjord Gear A/S, Hasselager Centervej 12, 8260 Viby J (Aarhus)

        You will meet Lars Bech Nielsen (Head of Gearbox Design) and Karoline Due (Senior Design
        Engineer). We will reimburse your travel; please keep the train tickets.

        If anything changes, just write or call me on +45 87 34 12 90.

        Best regards
        Sofie Brandt
        HR Business Partner, Limfjord Gear A/S
    """)
    inner = message([
        ("From", addr("Sofie Brandt", "sofie.brandt@limfjordgear.dk")),
        ("To", addr("Finn Hollmann", "finn.hollmann@example.net")),
        ("Subject", "Second interview - Limfjord Gear"),
        ("Date", date("2026-11-10 11:02:44", "Europe/Copenhagen")),
        ("Message-ID", "<DB9PR05MB8123A1F0C2E7B44D90C5E1B7F0A12@DB9PR05MB8123.eurprd05.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], text(body=inner_body, cte="quoted-printable"))
    outer_body = t("""
        nach example.org, damit ich es im Kalender habe. Zug nach Aarhus buchen!
    """)
    h = head(addr("Finn Hollmann", "finn.hollmann@example.net"),
             "Fwd: Second interview - Limfjord Gear", "2026-11-10 19:30:02", B,
             "<b6e2c4a1-0f7d-4b3e-8a5c-7d91f2e0c3b8@example.net>",
             hop="from mail.example.net (mail.example.net [192.0.2.44])")
    return message(h, mixed(text(outer_body, cte="7bit"),
                            attached_message(inner, filename="Second interview - Limfjord Gear.eml")))


# 12 -- Lever, English, remote team in Boston; US still on EDT, Europe already on CET
@mail(name(12), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z", contact="dana.whitfield@harbormasterrobotics.com",
      company="Harbormaster Robotics Inc.", local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45",
      zone="America/New_York",
      note="Lever confirmation, Reply-To recruiter. Sent Thu 29 Oct in EDT (-04:00); the interview is on Tue 3 Nov "
           "after the US switch to EST (1 Nov): '10:00am - 10:45am EST' -> -05:00 -> 15:00-15:45Z, i.e. 16:00 in "
           "Bremen as the body says. ICS TZID America/New_York agrees.")
def m12() -> bytes:
    body = t("""
        Hi Finn,

        Your video interview with Harbormaster Robotics has been scheduled!

        Role: Senior Mechanical Design Engineer (Remote - Europe)
        When: Tuesday, November 3rd, 10:00am - 10:45am EST
              (that's 4:00pm - 4:45pm for you in Bremen)
        Where: Google Meet - https://meet.google.com/hbr-ekqv-tzm
        With: Dana Whitfield (Technical Recruiter), Marcus Olsen (Director of Hardware)

        Heads up: the US switches back to standard time on November 1st, so the gap to Germany is
        back to 6 hours by the time we talk.

        Need to make changes? Just reply to this email.

        Cheers,
        Dana

        --
        Sent via Lever on behalf of Harbormaster Robotics
    """)
    hbody = t("""
        <div style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#2b2b2b">
        <p>Hi Finn,</p>
        <p>Your video interview with <b>Harbormaster Robotics</b> has been scheduled!</p>
        <p><b>Role:</b> Senior Mechanical Design Engineer (Remote - Europe)<br>
        <b>When:</b> Tuesday, November 3rd, 10:00am - 10:45am EST<br>
        &nbsp;&nbsp;&nbsp;&nbsp;(that's 4:00pm - 4:45pm for you in Bremen)<br>
        <b>Where:</b> Google Meet - <a href="https://meet.google.com/hbr-ekqv-tzm">meet.google.com/hbr-ekqv-tzm</a><br>
        <b>With:</b> Dana Whitfield (Technical Recruiter), Marcus Olsen (Director of Hardware)</p>
        <p>Heads up: the US switches back to standard time on November 1st, so the gap to Germany is back to 6 hours by the time we talk.</p>
        <p>Need to make changes? Just reply to this email.</p>
        <p>Cheers,<br>Dana</p>
        <p style="color:#999;font-size:12px">Sent via Lever on behalf of Harbormaster Robotics</p>
        </div>
    """)
    cal = ics("-//Lever//Lever Hire//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:lever-interview-0b7e5d21-44c9-4c6a-a0f3-9d2e61b7c8f4
        DTSTAMP:20261029T182015Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T104500
        SUMMARY:Harbormaster Robotics - Finn Hollmann - Video Interview
        LOCATION:https://meet.google.com/hbr-ekqv-tzm
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@harbormasterrobotics.com
        ATTENDEE;CN=Finn Hollmann;RSVP=TRUE:mailto:finn.hollmann@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """, VTZ["America/New_York"])
    h = head(addr("Dana Whitfield", "no-reply@hire.lever.co"),
             "Interview scheduled: Harbormaster Robotics - Senior Mechanical Design Engineer",
             "2026-10-29 14:20:15", "America/New_York", "<0100019a2c81f7d4-6c3b0e59-58a1-4e2f-b7d2-0c4f1a9e3b66-000000@email.amazonses.com>",
             hop="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
             extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@harbormasterrobotics.com")),))
    return message(h, mixed(alt(text(body), html(hbody)),
                            calendar(cal, method="REQUEST", filename="interview.ics", disposition="attachment")))


# 13 -- Google Calendar all-day event (German), the time only in the description
@mail(name(13), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-11-20T08:30:00Z", end=None, contact="wiebke.rohlfs@jadebusen-windservice.de",
      company="Jadebusen Windservice GmbH", local="Fri 2026-11-20 09:30", zone=B,
      note="Google Calendar invitation for an all-day event (DTSTART;VALUE=DATE:20261120); the time is only in the "
           "description: 'Start 9:30 Uhr an der Pforte' -> CET +01:00 -> 08:30Z. 'bis ca. 14 Uhr' is approximate "
           "-> end null. ORGANIZER = human sender.")
def m13() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vorstellungsgespräch + Rundgang Service-Basis: Finn Hollmann
        Wann
        Freitag, 20. Nov. 2026

        Kalender
        finn.hollmann@example.org

        Teilnehmer
        Wiebke Rohlfs – Organisator
        Enno Gerdes
        finn.hollmann@example.org

        Moin Finn,
        wie besprochen der Termin bei uns in Bremerhaven. Start 9:30 Uhr an der Pforte
        (Labradorstraße 5, Fischereihafen), erst das Gespräch mit Enno und mir, danach
        Rundgang durch die Werkstatt und Mittag in der Kantine. Wir sind bis ca. 14 Uhr fertig.
        Bitte Personalausweis mitbringen, das Gelände ist ISPS-Sperrgebiet.
        Gruß, Wiebke

        Alle Gastinformationen ansehen https://calendar.google.com/calendar/event?action=VIEW&eid=MnJ0b2Zs

        Antworten für finn.hollmann@example.org
        Ja  Nein  Vielleicht  Weitere Optionen

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie keine Updates
        mehr zu diesem Termin erhalten möchten, lehnen Sie ihn ab.
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", """
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261120
        DTEND;VALUE=DATE:20261121
        DTSTAMP:20261112T160512Z
        ORGANIZER;CN=Wiebke Rohlfs:mailto:wiebke.rohlfs@jadebusen-windservice.de
        UID:2rtofl8c0e6q4m1v9j3b7h5d2k@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wiebke Rohlfs;X-NUM-GUESTS=0:mailto:wiebke.rohlfs@jadebusen-windservice.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Enno Gerdes;X-NUM-GUESTS=0:mailto:enno.gerdes@jadebusen-windservice.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=finn.hollmann@example.org;X-NUM-GUESTS=0:mailto:finn.hollmann@example.org
        CREATED:20261112T160511Z
        DESCRIPTION:Moin Finn\\,\\nwie besprochen der Termin bei uns in Bremerhaven. Start 9:30 Uhr an der Pforte (Labradorstraße 5\\, Fischereihafen)\\, erst das Gespräch mit Enno und mir\\, danach Rundgang durch die Werkstatt und Mittag in der Kantine. Wir sind bis ca. 14 Uhr fertig.\\nBitte Personalausweis mitbringen\\, das Gelände ist ISPS-Sperrgebiet.\\nGruß\\, Wiebke
        LAST-MODIFIED:20261112T160511Z
        LOCATION:Jadebusen Windservice GmbH\\, Labradorstraße 5\\, 27572 Bremerhaven
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Vorstellungsgespräch + Rundgang Service-Basis: Finn Hollmann
        TRANSP:TRANSPARENT
        END:VEVENT
    """)
    h = head(addr("Wiebke Rohlfs", "wiebke.rohlfs@jadebusen-windservice.de"),
             "Einladung: Vorstellungsgespräch + Rundgang Service-Basis: Finn Hollmann @ Fr. 20. Nov. 2026 "
             "(finn.hollmann@example.org)",
             "2026-11-12 17:05:12", B, "<calendar-e3b9a6d4-2c71-4f08-8d5e-b1f7c0a94e22@google.com>",
             hop="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
             extra=(("Reply-To", addr("Wiebke Rohlfs", "wiebke.rohlfs@jadebusen-windservice.de")),
                    ("Sender", "Google Kalender <calendar-notification@google.com>"),
                    ("Auto-Submitted", "auto-generated")))
    return message(h, mixed(alt(text(body), html(gmail_html(body)),
                                calendar(cal, method="REQUEST", cte="base64")),
                            calendar(cal, method=None, ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# 14 -- GoodTime itinerary, English, three sessions in Aarhus time
@mail(name(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-08T08:00:00Z", end="2026-12-08T10:30:00Z", contact="freja.holm@nordhavn-cables.dk",
      company="Nordhavn Offshore Cables A/S", local="Tue 2026-12-08 09:00", local_end="2026-12-08 11:30",
      zone="Europe/Copenhagen",
      note="GoodTime itinerary with three sessions, 09:00-09:45, 10:00-10:45, 11:00-11:30 CET (Copenhagen, "
           "+01:00): start = first session 08:00Z, end = last session end 10:30Z. Sent from the GoodTime "
           "system address; Reply-To is the coordinator (human).")
def m14() -> bytes:
    body = t("""
        Hi Finn,

        Your interview with Nordhavn Offshore Cables is confirmed. Here is your itinerary.

        Tuesday, December 8, 2026 - Central European Time (Copenhagen)

        09:00 - 09:45  Engineering deep-dive         Jesper Thorsen, Principal Engineer
        10:00 - 10:45  Design review: cable protection system
                                                     Ida Mikkelsen, Lead Mechanical Engineer
        11:00 - 11:30  Wrap-up and your questions    Freja Holm, Recruiting Coordinator

        All sessions take place in Microsoft Teams; each interviewer will send a separate
        meeting link.

        Questions about logistics? Reply to this email to reach Freja.

        Good luck!
        Nordhavn Offshore Cables Talent Team

        Powered by GoodTime
    """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Finn,</p>
        <p>Your interview with <b>Nordhavn Offshore Cables</b> is confirmed. Here is your itinerary.</p>
        <p><b>Tuesday, December 8, 2026</b> - Central European Time (Copenhagen)</p>
        <table cellpadding="6" style="border-collapse:collapse;border:1px solid #e3e3e3">
        <tr><td>09:00 - 09:45</td><td>Engineering deep-dive</td><td>Jesper Thorsen, Principal Engineer</td></tr>
        <tr><td>10:00 - 10:45</td><td>Design review: cable protection system</td><td>Ida Mikkelsen, Lead Mechanical Engineer</td></tr>
        <tr><td>11:00 - 11:30</td><td>Wrap-up and your questions</td><td>Freja Holm, Recruiting Coordinator</td></tr>
        </table>
        <p>All sessions take place in Microsoft Teams; each interviewer will send a separate meeting link.</p>
        <p>Questions about logistics? Reply to this email to reach Freja.</p>
        <p>Good luck!<br>Nordhavn Offshore Cables Talent Team</p>
        <p style="font-size:11px;color:#999">Powered by GoodTime</p>
        </body></html>
    """)
    h = head(addr("Nordhavn Offshore Cables Talent Team", "notifications@goodtime.io"),
             "Your interview itinerary - Senior Mechanical Engineer, Cable Protection",
             "2026-11-30 10:00:37", "Europe/Copenhagen", "<20261130090037.c1e7a2f4b9d34e56@goodtime.io>",
             hop="from o168.sendgrid.goodtime.io (o168.sendgrid.goodtime.io [149.72.34.168])",
             extra=(("Reply-To", addr("Freja Holm", "freja.holm@nordhavn-cables.dk")),))
    return message(h, alt(text(body, cte="base64"), html(hbody, cte="base64")))


# 15 -- recruiter's confirmation with a pasted German Zoom invitation, windows-1252
@mail(name(15), family="zoom", lang="de", interview=True, kind="scheduled",
      start="2026-11-18T13:00:00Z", end=None, contact="lena.ossenbruegge@ochtum-anlagenbau.de",
      company="Ochtum Anlagenbau GmbH", local="Wed 2026-11-18 14:00", zone=B,
      note="Recruiter picks one of the two slots she offered in key 31 ('dann bleibt es bei Mittwoch, 18.11., um "
           "14:00 Uhr'); the pasted Zoom block says '18.Nov..2026 02:00 PM Amsterdam, Berlin, Rom, Stockholm, "
           "Wien' -> CET +01:00 -> 13:00Z. No length -> end null. windows-1252 QP.")
def m15() -> bytes:
    body = t("""
        Hallo Herr Hollmann,

        danke für Ihre schnelle Rückmeldung – dann bleibt es bei Mittwoch, 18.11., um 14:00 Uhr.
        Herr Lürßen (Bereichsleiter Anlagenbau) und ich freuen uns auf das Gespräch. Hier die
        Zugangsdaten:

        ----------------------------------------------------------------
        Lena Ossenbrügge lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Vorstellungsgespräch Konstrukteur Rohrleitungsbau – Hollmann
        Zeit: 18.Nov..2026 02:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://us06web.zoom.us/j/84417203356?pwd=Uk5vT2xRbE1wQ1dLbmh3Zz09

        Meeting-ID: 844 1720 3356
        Kenncode: 518204
        ----------------------------------------------------------------

        Falls die Technik streikt, erreichen Sie mich unter 0421 / 87 63 50-12.

        Mit freundlichen Grüßen
        Lena Ossenbrügge
        Personalreferentin
        Ochtum Anlagenbau GmbH · Senator-Bölken-Str. 9 · 28816 Stuhr
    """)
    quote = t("""

        -----Ursprüngliche Nachricht-----
        Von: Finn Hollmann <finn.hollmann@example.org>
        Gesendet: Donnerstag, 12. November 2026 21:14
        An: Lena Ossenbrügge <lena.ossenbruegge@ochtum-anlagenbau.de>
        Betreff: AW: Ihre Bewerbung – Terminvorschläge

        Hallo Frau Ossenbrügge,
        gerne, der Mittwoch um 14 Uhr passt mir besser.
        Viele Grüße, Finn Hollmann
    """)
    full = body + quote
    hbody = "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "".join(f"<div>{escape(ln) or '&nbsp;'}</div>\n" for ln in full.rstrip("\n").split("\n")) + "</body></html>\n"
    h = head(addr("Lena Ossenbrügge", "lena.ossenbruegge@ochtum-anlagenbau.de", "windows-1252"),
             "AW: Ihre Bewerbung – Terminvorschläge", "2026-11-13 09:47:26", B,
             "<BE1P281MB2317D0A5C7E94F11B2C3A8E06F4D2@BE1P281MB2317.DEUP281.PROD.OUTLOOK.COM>",
             hop="from FRA01-BE1-obe.outbound.protection.outlook.com (mail-be1deu01on2101.outbound.protection.outlook.com [40.107.131.101])",
             charset="windows-1252",
             extra=(("In-Reply-To", "<4a7c2e18-d3b5-49f0-8e61-0f2b9d7c5a13@example.org>"),
                    ("References", "<BE1P281MB2317A2C81F0E63B9D7C4E51A0B9E7@BE1P281MB2317.DEUP281.PROD.OUTLOOK.COM> "
                                   "<4a7c2e18-d3b5-49f0-8e61-0f2b9d7c5a13@example.org>"),
                    ("Content-Language", "de-DE")))
    return message(h, alt(text(full, charset="windows-1252"), html(hbody, charset="windows-1252")))


# 16 -- Ashby, English, remote team in Auckland: the local date is the next day, NZ daylight time begins
@mail(name(16), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-09-29T19:00:00Z", end="2026-09-29T19:45:00Z", contact="aroha.ngata@kowhaimarine.co.nz",
      company="Kōwhai Marine Robotics Ltd", local="Wed 2026-09-30 08:00", local_end="2026-09-30 08:45",
      zone="Pacific/Auckland",
      note="Ashby confirmation for a remote team in Auckland. Sent Thu 24 Sep in NZST (+12:00); New Zealand moves "
           "to NZDT (+13:00) on Sun 27 Sep, so 'Wednesday, 30 September 2026, 8:00 AM - 8:45 AM NZDT' = Tue 29 Sep "
           "19:00-19:45Z (21:00 CEST in Bremen, as the body says): the local date is a day after the UTC date. "
           "ICS TZID Pacific/Auckland agrees.")
def m16() -> bytes:
    body = t("""
        Kia ora Finn,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, 30 September 2026, 8:00 AM – 8:45 AM NZDT
        (for you in Bremen: Tuesday, 29 September, 9:00 PM – 9:45 PM CEST)

        Google Meet: https://meet.google.com/kwh-mrbt-zqa

        You'll meet with:
          Tama Wiremu – Mechanical Lead, Subsea Vehicles

        Note: New Zealand moves to daylight time on Sunday 27 September, which is why the gap to
        Europe is 11 hours for this call.

        Questions? Just reply and it will reach Aroha Ngata.

        Ngā mihi,
        Kōwhai Marine Robotics Recruiting
    """)
    hbody = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Kia ora Finn,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <p><b>Wednesday, 30 September 2026, 8:00 AM – 8:45 AM NZDT</b><br>
        (for you in Bremen: Tuesday, 29 September, 9:00 PM – 9:45 PM CEST)</p>
        <p>Google Meet: <a href="https://meet.google.com/kwh-mrbt-zqa">meet.google.com/kwh-mrbt-zqa</a></p>
        <p>You'll meet with:<br>&nbsp;&nbsp;Tama Wiremu – Mechanical Lead, Subsea Vehicles</p>
        <p>Note: New Zealand moves to daylight time on Sunday 27 September, which is why the gap to Europe is 11 hours for this call.</p>
        <p>Questions? Just reply and it will reach Aroha Ngata.</p>
        <p>Ngā mihi,<br>Kōwhai Marine Robotics Recruiting</p>
        </body></html>
    """)
    cal = ics("-//Ashby//Ashby Scheduling//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:b51d7e0c-2a94-4f63-8c1e-7f3a0d9b6e21
        DTSTAMP:20260923T211502Z
        DTSTART;TZID=Pacific/Auckland:20260930T080000
        DTEND;TZID=Pacific/Auckland:20260930T084500
        SEQUENCE:0
        SUMMARY:Kōwhai Marine Robotics – Senior Mechanical Engineer (Remote) Interview
        LOCATION:https://meet.google.com/kwh-mrbt-zqa
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhaimarine.co.nz
        ATTENDEE;CN=Finn Hollmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:finn.hollmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
    """, VTZ["Pacific/Auckland"])
    h = head(addr("Kōwhai Marine Robotics", "no-reply@ashbyhq.com"),
             "Interview confirmed: Senior Mechanical Engineer (Remote) at Kōwhai Marine Robotics",
             "2026-09-24 09:15:02", "Pacific/Auckland",
             "<010001929f3c5e1a-7b20d4c8-91e6-4f3a-b2d5-6e8c1f0a7d93-000000@email.amazonses.com>",
             hop="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
             extra=(("Reply-To", addr("Aroha Ngata", "aroha.ngata@kowhaimarine.co.nz")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
                            calendar(cal, method="REQUEST", cte="base64", filename="invite.ics",
                                     disposition="attachment")))


# =========================================================================== positives: rescheduled


# 17 -- Greenhouse reschedule, English, old and new time, ICS SEQUENCE:1
@mail(name(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start="2026-10-13T13:00:00Z", end="2026-10-13T14:00:00Z", contact="marten.visser@hb-offshore.de",
      company="Helgoland Bight Offshore GmbH", local="Tue 2026-10-13 15:00", local_end="2026-10-13 16:00", zone=B,
      note="Greenhouse reschedule: previous time (Thu 8 Oct, 11:00 AM) and new time both in the body; the new one "
           "counts. 'Tuesday, October 13, 2026, 3:00 PM - 4:00 PM CEST' -> +02:00 -> 13:00-14:00Z; ICS "
           "SEQUENCE:1 (Europe/Berlin) agrees. Reply-To recruiter.")
def m17() -> bytes:
    body = t("""
        Hi Finn,

        Your interview for Mechanical Design Engineer - Foundations & Secondary Steel has been
        rescheduled.

        Previously: Thursday, October 8, 2026, 11:00 AM - 12:00 PM CEST
        New time:   Tuesday, October 13, 2026, 3:00 PM - 4:00 PM CEST

        Location: Helgoland Bight Offshore GmbH, Großer Burstah 31, 20457 Hamburg, 4th floor
        Interviewers: Jonas Petersen (Head of Engineering), Marten Visser (Talent Acquisition)

        Thanks for your flexibility - Jonas had to fly out to the Borkum site on short notice.
        An updated calendar invitation is attached.

        Kind regards,
        Marten Visser
        Helgoland Bight Offshore GmbH
    """)
    hbody = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Finn,</p>
        <p>Your interview for <strong>Mechanical Design Engineer - Foundations &amp; Secondary Steel</strong> has been rescheduled.</p>
        <p><span style="color:#888"><s>Previously: Thursday, October 8, 2026, 11:00 AM - 12:00 PM CEST</s></span><br>
        <strong>New time: Tuesday, October 13, 2026, 3:00 PM - 4:00 PM CEST</strong></p>
        <p>Location: Helgoland Bight Offshore GmbH, Großer Burstah 31, 20457 Hamburg, 4th floor<br>
        Interviewers: Jonas Petersen (Head of Engineering), Marten Visser (Talent Acquisition)</p>
        <p>Thanks for your flexibility - Jonas had to fly out to the Borkum site on short notice. An updated calendar invitation is attached.</p>
        <p>Kind regards,<br>Marten Visser<br>Helgoland Bight Offshore GmbH</p>
        </div>
    """)
    cal = ics("-//Greenhouse Software//Greenhouse Scheduler//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:gh-sched-90417725-1@greenhouse.io
        DTSTAMP:20261007T143011Z
        DTSTART;TZID=Europe/Berlin:20261013T150000
        DTEND;TZID=Europe/Berlin:20261013T160000
        SUMMARY:Interview: Finn Hollmann - Mechanical Design Engineer (Helgoland Bight Offshore)
        LOCATION:Großer Burstah 31\\, 20457 Hamburg
        ORGANIZER;CN=Marten Visser:mailto:marten.visser@hb-offshore.de
        ATTENDEE;CN=Finn Hollmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:finn.hollmann@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
    """, VTZ["Europe/Berlin"])
    h = head(addr("Helgoland Bight Offshore", "no-reply@us.greenhouse-mail.io"),
             "Interview Rescheduled: Mechanical Design Engineer - Foundations & Secondary Steel",
             "2026-10-07 16:30:11", B, "<3f91a0c7.20261007143011.90417725@greenhouse-mail.io>",
             hop="from o2.ptr4411.greenhouse-mail.io (o2.ptr4411.greenhouse-mail.io [167.89.44.12])",
             extra=(("Reply-To", addr("Marten Visser", "marten.visser@hb-offshore.de")),))
    return message(h, mixed(alt(text(body), html(hbody)),
                            calendar(cal, method="REQUEST", cte="quoted-printable", filename="invite.ics",
                                     disposition="attachment")))


# 18 -- Exchange update of key 4's meeting (same UID, SEQUENCE:1), moved into the CET week
@mail(name(18), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
      start="2026-10-28T12:00:00Z", end="2026-10-28T13:30:00Z", contact="katrin.mahnke@leinewerk.de",
      company="Leinewerk Fördertechnik AG", local="Wed 2026-10-28 13:00", local_end="2026-10-28 14:30", zone=B,
      note="Updated Outlook meeting request (same UID as key 4, SEQUENCE:1). Body: 'statt Montag, 26.10., 9:30 Uhr "
           "nun Mittwoch, 28.10., 13:00 bis 14:30 Uhr'. Sent Fri 23 Oct in CEST; Wednesday 28 Oct is already CET "
           "(+01:00) -> 12:00-13:30Z; ICS (W. Europe Standard Time) agrees.")
def m18() -> bytes:
    body = t("""
        Guten Tag Herr Hollmann,

        leider muss ich unser Gespräch verschieben – Herr Özdemir ist am Montag kurzfristig auf
        einer Abnahme beim Kunden. Neuer Termin ist statt Montag, 26.10., 9:30 Uhr nun

            Mittwoch, 28.10., 13:00 bis 14:30 Uhr

        gleicher Ort (Haus 2, Raum 2.14) bzw. Teams. Die aktualisierte Einladung ist angehängt.
        Ich hoffe, das passt bei Ihnen – sonst melden Sie sich gern.

        Mit freundlichen Grüßen

        Dr.-Ing. Katrin Mahnke
        Leiterin Entwicklung & Konstruktion
        Leinewerk Fördertechnik AG
        Vahrenwalder Straße 301 | 30179 Hannover
        T +49 511 6350-214 | katrin.mahnke@leinewerk.de

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen
        Besprechungs-ID: 318 557 902 114
        Kennung: Q7xZ2m
        ________________________________________________________________________________
    """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Mahnke Katrin:mailto:katrin.mahnke@leinewerk.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Finn Hollmann:mailto:finn.hollmann@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Özdemir Cem:mailto:cem.oezdemir@leinewerk.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Behrens Julia:mailto:julia.behrens@leinewerk.de
        DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Hollmann\\,\\n\\nleider muss ich unser Gespräch verschieben.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0A7C1E96B61DD01000000000000000010000000E4A27FB1C55D6F4E9E3C2D8A51F0B7C2
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Konstrukteur (m/w/d) – Finn Hollmann
        DTSTART;TZID=W. Europe Standard Time:20261028T130000
        DTEND;TZID=W. Europe Standard Time:20261028T143000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T101003Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung / Haus 2\\, Raum 2.14
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2119647208
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
    """, VTZ["W. Europe Standard Time"])
    h = head(addr("Mahnke, Katrin", "katrin.mahnke@leinewerk.de"),
             "Aktualisiert: Vorstellungsgespräch Konstrukteur (m/w/d) – Finn Hollmann",
             "2026-10-23 12:10:03", B, "<FR3P281MB1744A7D3E1B04C92F8E5D6B10C3E7@FR3P281MB1744.DEUP281.PROD.OUTLOOK.COM>",
             hop="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com [40.107.104.112])",
             extra=(("Thread-Topic", enc("Vorstellungsgespräch Konstrukteur (m/w/d) – Finn Hollmann")),
                    ("Thread-Index", "AdsB9k3xJ7f2aQ1nS0WbU2o8y3tN5QAEh7Kw"),
                    ("Content-Language", "de-DE")))
    hbody = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=\"DE\">\n" + \
        "".join(f"<p class=\"MsoNormal\">{escape(ln) or '&nbsp;'}</p>\n" for ln in body.rstrip("\n").split("\n")) + "</body></html>\n"
    return message(h, alt(text(body), html(hbody), calendar(cal, method="REQUEST", cte="base64")))


# 19 -- Workable reschedule, German, same wall time across the end of summer time
@mail(name(19), family="workable", lang="de", interview=True, kind="rescheduled",
      start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z", contact="jonas.hasselbring@lesum-fahrzeugbau.de",
      company="Lesum Fahrzeugbau GmbH", local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=B,
      note="Workable reschedule. Reply-To is a Workable relay (+...@candidates.workablemail.com), not a person; "
           "contact = the hiring manager's address in the signature. Old slot Fri 23 Oct 10:00 (CEST, 08:00Z), new "
           "slot Tue 27 Oct 10:00-11:00 after the switch to CET (+01:00) -> 09:00-10:00Z: same wall time, "
           "different UTC. ICS SEQUENCE:1 agrees.")
def m19() -> bytes:
    body = t("""
        Hallo Finn,

        dein Interview für die Position Fahrzeugkonstrukteur (m/w/d) Aufbauten wurde verschoben.

        Bisher:  Freitag, 23. Oktober 2026, 10:00 – 11:00 (MESZ)
        Neu:     Dienstag, 27. Oktober 2026, 10:00 – 11:00 (MEZ)

        Ort: Lesum Fahrzeugbau GmbH, Am Burgdamm 80, 28717 Bremen

        Anmerkung von Jonas Hasselbring:
        "Sorry für die Verschiebung, am Freitag ist bei uns TÜV-Abnahme. Dienstag gleiche Uhrzeit
        klappt bei uns sicher. Bei Fragen: jonas.hasselbring@lesum-fahrzeugbau.de"

        Die aktualisierte Kalendereinladung ist angehängt.

        Viele Grüße
        Lesum Fahrzeugbau GmbH

        --
        Gesendet über Workable. Antworten auf diese E-Mail werden an das Recruiting-Team
        von Lesum Fahrzeugbau GmbH weitergeleitet.
    """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hallo Finn,</p>
        <p>dein Interview für die Position <b>Fahrzeugkonstrukteur (m/w/d) Aufbauten</b> wurde verschoben.</p>
        <table cellpadding="4">
        <tr><td style="color:#999">Bisher</td><td style="color:#999"><s>Freitag, 23. Oktober 2026, 10:00 – 11:00 (MESZ)</s></td></tr>
        <tr><td><b>Neu</b></td><td><b>Dienstag, 27. Oktober 2026, 10:00 – 11:00 (MEZ)</b></td></tr>
        <tr><td>Ort</td><td>Lesum Fahrzeugbau GmbH, Am Burgdamm 80, 28717 Bremen</td></tr>
        </table>
        <p>Anmerkung von Jonas Hasselbring:<br><i>"Sorry für die Verschiebung, am Freitag ist bei uns TÜV-Abnahme. Dienstag gleiche Uhrzeit klappt bei uns sicher. Bei Fragen: jonas.hasselbring@lesum-fahrzeugbau.de"</i></p>
        <p>Die aktualisierte Kalendereinladung ist angehängt.</p>
        <p>Viele Grüße<br>Lesum Fahrzeugbau GmbH</p>
        <p style="font-size:11px;color:#aaa">Gesendet über Workable. Antworten auf diese E-Mail werden an das Recruiting-Team von Lesum Fahrzeugbau GmbH weitergeleitet.</p>
        </body></html>
    """)
    cal = ics("-//Workable//Workable Calendar//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:wkbl-evt-6c2f91d0a7b3@workable.com
        DTSTAMP:20261019T084408Z
        DTSTART;TZID=Europe/Berlin:20261027T100000
        DTEND;TZID=Europe/Berlin:20261027T110000
        SUMMARY:Interview: Finn Hollmann - Fahrzeugkonstrukteur (m/w/d) Aufbauten
        LOCATION:Am Burgdamm 80\\, 28717 Bremen
        ORGANIZER;CN=Lesum Fahrzeugbau GmbH:mailto:lesum-fahrzeugbau+c7e2a91f@candidates.workablemail.com
        ATTENDEE;CN=Finn Hollmann;RSVP=TRUE:mailto:finn.hollmann@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
    """, VTZ["Europe/Berlin"])
    h = head(addr("Lesum Fahrzeugbau GmbH", "noreply@candidates.workablemail.com"),
             "Dein Interview wurde verschoben – Fahrzeugkonstrukteur (m/w/d) Aufbauten",
             "2026-10-19 10:44:08", B, "<6c2f91d0a7b3.1792399448@candidates.workablemail.com>",
             hop="from mail-200.workablemail.com (mail-200.workablemail.com [198.2.180.200])",
             extra=(("Reply-To", "lesum-fahrzeugbau+c7e2a91f@candidates.workablemail.com"),))
    return message(h, mixed(alt(text(body), html(hbody)),
                            calendar(cal, method="REQUEST", filename="invite.ics", disposition="attachment")))


# 20 -- hiring manager moves the interview by mail after a call, quoted original, windows-1252
@mail(name(20), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-12-03T09:30:00Z", end=None, contact="b.oltmanns@ammerland-pumpen.de",
      company="Ammerland Pumpen GmbH", local="Thu 2026-12-03 10:30", zone=B,
      note="Prose reschedule after a phone call: 'von morgen (Di., 1.12.) auf Donnerstag, 3.12., gleiche Uhrzeit, "
           "also 10:30 Uhr'; sent Mon 30 Nov, CET (+01:00) -> 09:30Z. The quoted original confirmation (Tue 1 Dec "
           "10:30) is the old slot. No length -> end null. windows-1252 QP, text+HTML.")
def m20() -> bytes:
    body = t("""
        Guten Morgen Herr Hollmann,

        wie eben am Telefon besprochen verschieben wir unser Gespräch von morgen (Di., 1.12.) auf
        Donnerstag, 3.12., gleiche Uhrzeit, also 10:30 Uhr. Ort bleibt wie gehabt bei uns in
        Westerstede, Raiffeisenstraße 40.

        Danke für Ihre Flexibilität und bis Donnerstag!

        Freundliche Grüße
        Birte Oltmanns
        Leitung Produktentwicklung
        Ammerland Pumpen GmbH · Raiffeisenstraße 40 · 26655 Westerstede
        Tel. 04488 / 52 07-31

        -----Ursprüngliche Nachricht-----
        Von: Birte Oltmanns <b.oltmanns@ammerland-pumpen.de>
        Gesendet: Mittwoch, 25. November 2026 14:02
        An: Finn Hollmann <finn.hollmann@example.org>
        Betreff: Einladung Vorstellungsgespräch

        Sehr geehrter Herr Hollmann,

        hiermit bestätige ich Ihnen den Termin für Ihr Vorstellungsgespräch am Dienstag,
        1. Dezember 2026, um 10:30 Uhr bei uns in Westerstede.

        Freundliche Grüße
        Birte Oltmanns
    """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n" + \
        "".join(f"<div>{escape(ln) or '&nbsp;'}</div>\n" for ln in body.rstrip("\n").split("\n")) + "</body></html>\n"
    h = head(addr("Birte Oltmanns", "b.oltmanns@ammerland-pumpen.de"),
             "AW: Einladung Vorstellungsgespräch – neuer Termin", "2026-11-30 08:17:52", B,
             "<002d01dd60b1$7c3e9a10$74bbce30$@ammerland-pumpen.de>",
             hop="from mail.ammerland-pumpen.de (mail.ammerland-pumpen.de [85.214.61.7])", charset="windows-1252",
             extra=(("In-Reply-To", "<001a01dd5cd4$2e0f5b70$8a2e1250$@ammerland-pumpen.de>"),
                    ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(h, alt(text(body, charset="windows-1252"), html(hbody, charset="windows-1252")))


# =========================================================================== positives: cancelled


# 21 -- Google Calendar cancellation, German, METHOD:CANCEL
@mail(name(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-11-16T10:00:00Z", end="2026-11-16T11:00:00Z", contact="malte.eilers@deichtor-fluidtechnik.de",
      company="Deichtor Fluidtechnik GmbH", local="Mon 2026-11-16 11:00", local_end="2026-11-16 12:00", zone=B,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'Mo. 16. Nov. 2026 11:00 - 12:00 "
           "(MEZ)' -> +01:00 -> cancelled slot 10:00-11:00Z. Organizer's note promises new dates but names none.")
def m21() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Interview Finn Hollmann – Konstruktion Hydraulikaggregate
        Wann
        Montag, 16. Nov. 2026 ⋅ 11:00 – 12:00 (Mitteleuropäische Normalzeit - Berlin)

        Organisator
        Malte Eilers
        malte.eilers@deichtor-fluidtechnik.de

        Nachricht von Malte Eilers:
        Hallo Finn, sorry – wir müssen den Termin am Montag absagen, unser Teamleiter ist krank.
        Ich melde mich nächste Woche mit neuen Vorschlägen.

        Teilnehmer
        Malte Eilers – Organisator
        finn.hollmann@example.org

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
    """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", """
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261116T110000
        DTEND;TZID=Europe/Berlin:20261116T120000
        DTSTAMP:20261111T172218Z
        ORGANIZER;CN=Malte Eilers:mailto:malte.eilers@deichtor-fluidtechnik.de
        UID:5m0e1lrs7d2k9p4b6q3a8c1f0h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=finn.hollmann@example.org;X-NUM-GUESTS=0:mailto:finn.hollmann@example.org
        CREATED:20261104T091502Z
        LAST-MODIFIED:20261111T172217Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Finn Hollmann – Konstruktion Hydraulikaggregate
        TRANSP:OPAQUE
        END:VEVENT
    """, VTZ["Europe/Berlin"])
    h = head(addr("Malte Eilers", "malte.eilers@deichtor-fluidtechnik.de"),
             "Abgesagter Termin: Interview Finn Hollmann – Konstruktion Hydraulikaggregate @ Mo. 16. Nov. 2026 "
             "11:00 - 12:00 (MEZ) (finn.hollmann@example.org)",
             "2026-11-11 18:22:18", B, "<calendar-0f6d2b8e-93a1-4c57-b4e0-2d8f71c5a3e9@google.com>",
             hop="from mail-sor-f71.google.com (mail-sor-f71.google.com [209.85.220.71])",
             extra=(("Reply-To", addr("Malte Eilers", "malte.eilers@deichtor-fluidtechnik.de")),
                    ("Sender", "Google Kalender <calendar-notification@google.com>"),
                    ("Auto-Submitted", "auto-generated")))
    return message(h, mixed(alt(text(body), html(gmail_html(body)), calendar(cal, method="CANCEL", cte="base64")),
                            calendar(cal, method=None, ctype="application/ics", cte="base64",
                                     filename="invite.ics", disposition="attachment", name_param=True)))


# 22 -- prose cancellation, position filled internally, iso-8859-15
@mail(name(22), family="human_prose", lang="de", interview=True, kind="cancelled",
      start="2026-12-10T12:00:00Z", end=None, contact="gesa.thielker@wesermarsch-kaelte.de",
      company="Wesermarsch Kältetechnik GmbH", local="Thu 2026-12-10 13:00", zone=B,
      note="Prose cancellation: 'unser Gespräch am Do., 10. Dezember um 13 Uhr ... absagen', the role was filled "
           "internally, no new time. CET +01:00 -> cancelled slot 12:00Z. iso-8859-15 QP, text only.")
def m22() -> bytes:
    body = t("""
        Sehr geehrter Herr Hollmann,

        leider muss ich Ihnen mitteilen, dass wir unser Gespräch am Do., 10. Dezember um 13 Uhr
        absagen müssen. Wir haben die Stelle des Konstrukteurs Kälteanlagen kurzfristig intern
        nachbesetzt. Das tut mir wirklich leid, zumal Ihr Profil sehr gut gepasst hätte.

        Wenn Sie einverstanden sind, behalten wir Ihre Unterlagen für künftige Ausschreibungen
        (Anfang 2027 ist eine weitere Stelle im Bereich Schiffskälte geplant).

        Mit freundlichen Grüßen

        Gesa Thielker
        Personal
        Wesermarsch Kältetechnik GmbH
        Fährstraße 3 · 26919 Brake (Unterweser)
        Telefon 04401 / 93 18-0
        USt-IdNr. DE 281 774 190 · Geschäftsführer: Henning Addicks · 5 % Skonto bei Zahlung
        binnen 10 Tagen · Rechnungen bitte in € an buchhaltung@wesermarsch-kaelte.de
    """)
    h = head(addr("Gesa Thielker", "gesa.thielker@wesermarsch-kaelte.de"),
             "Absage des Termins am 10.12.", "2026-12-07 15:02:40", B,
             "<9d4e2a71-5b0c-4f83-a6e1-3c7f8b2d0e94@wesermarsch-kaelte.de>",
             hop="from smtp.wesermarsch-kaelte.de (smtp.wesermarsch-kaelte.de [62.153.71.20])",
             extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
                    ("Content-Language", "de-DE")))
    return message(h, text(body, charset="iso-8859-15"))


# 23 -- iCIMS cancellation, English, Dutch company, METHOD:CANCEL, new times promised
@mail(name(23), family="icims", lang="en", interview=True, kind="cancelled",
      start="2026-12-04T08:00:00Z", end="2026-12-04T09:00:00Z", contact="thijs.bakker@eemshaven-offshore.nl",
      company="Eemshaven Offshore Services B.V.", local="Fri 2026-12-04 09:00", local_end="2026-12-04 10:00",
      zone="Europe/Amsterdam",
      note="iCIMS cancellation from the system address; recruiter's address only in the body. 'Friday, December 4, "
           "2026 at 9:00 AM - 10:00 AM (CET)' -> +01:00 -> cancelled slot 08:00-09:00Z; ICS METHOD:CANCEL "
           "(TZID Europe/Amsterdam) agrees. 'will reach out with new times' names none.")
def m23() -> bytes:
    body = t("""
        Dear Finn,

        We regret to inform you that your interview for the position Mechanical Engineer - Vessel
        Conversion (Req ID 2026-0419) scheduled for Friday, December 4, 2026 at 9:00 AM - 10:00 AM
        (CET) has been cancelled.

        Our recruiting team will reach out with new times shortly. We apologise for any
        inconvenience.

        Your recruiter: Thijs Bakker (thijs.bakker@eemshaven-offshore.nl)

        Sincerely,
        Eemshaven Offshore Services B.V.
        Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
    """)
    cal = ics("-//iCIMS//iCIMS Talent Platform//EN", "CANCEL", """
        BEGIN:VEVENT
        UID:icims-evt-2026-0419-00731@talent.icims.com
        DTSTAMP:20261201T154011Z
        DTSTART;TZID=Europe/Amsterdam:20261204T090000
        DTEND;TZID=Europe/Amsterdam:20261204T100000
        SUMMARY:CANCELLED: Interview - Mechanical Engineer - Vessel Conversion
        ORGANIZER;CN=Eemshaven Offshore Talent Acquisition:mailto:no-reply@talent.icims.com
        ATTENDEE;CN=Finn Hollmann:mailto:finn.hollmann@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        END:VEVENT
    """, iana_cet("Europe/Amsterdam"))
    h = head(addr("Eemshaven Offshore Services", "no-reply@talent.icims.com"),
             "Interview Cancelled: Mechanical Engineer - Vessel Conversion",
             "2026-12-01 16:40:11", "Europe/Amsterdam", "<1480297711.41873.1796139611022.JavaMail.icims@talent.icims.com>",
             hop="from mta-out17.icims.com (mta-out17.icims.com [64.95.130.17])")
    return message(h, mixed(text(body, charset="us-ascii", cte="7bit"),
                            calendar(cal, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


# 24 -- Agentur für Arbeit appointment: fixed time, "Gespräch", bring your CV -- not a job interview
@mail(name(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Appointment at the employment agency (Finn registered as job-seeking because his fixed-term contract "
           "ends): fixed time 'Dienstag, 22.09.2026 um 09:30 Uhr', asks for CV and applications, but it is an "
           "advisory meeting with the agency, not a job interview with an employer.")
def m24() -> bytes:
    body = t("""
        Agentur für Arbeit Bremen-Bremerhaven
        Ihre Kundennummer: 271D418833
        Ihr Zeichen / Bearbeitung: 412 - Frau Lüders

        Einladung

        Sehr geehrter Herr Hollmann,

        bitte kommen Sie am

            Dienstag, 22.09.2026 um 09:30 Uhr

        in die Agentur für Arbeit Bremen, Doventorsteinweg 48-52, 28195 Bremen, Haus A,
        2. Etage, Zimmer A.2.17.

        Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation und Ihre Bewerbungsaktivitäten
        sprechen (Gespräch nach Arbeitsuchendmeldung, § 38 SGB III).

        Bitte bringen Sie folgende Unterlagen mit:
        - Personalausweis oder Reisepass
        - Ihren aktuellen Lebenslauf
        - Ihren befristeten Arbeitsvertrag
        - Nachweise über Ihre bisherigen Bewerbungen

        Falls Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher mit
        (Telefon 0800 4 5555 00, gebührenfrei, oder über das Postfach in Ihrem Online-Konto).

        Mit freundlichen Grüßen
        Im Auftrag
        Lüders

        Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.
        Bitte antworten Sie nicht auf diese E-Mail.
    """)
    h = head(addr("Agentur für Arbeit Bremen-Bremerhaven", "Bremen-Bremerhaven.noreply@arbeitsagentur.de"),
             "Einladung zu einem Gesprächstermin am 22.09.2026", "2026-09-14 10:31:48", B,
             "<1473820771.88412.1789374708112@ba-mailout-03.arbeitsagentur.de>",
             hop="from mailout03.arbeitsagentur.de (mailout03.arbeitsagentur.de [194.25.140.43])",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, text(body, charset="iso-8859-1"))


# 25 -- a reporter interviews Finn (confirmed time)
@mail(name(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-02"),),
      note="Local reporter confirms an interview with Finn about his solar-boat hobby project, 'Freitag, 2.10., um "
           "16 Uhr': a confirmed time, but press, not a job interview.")
def m25() -> bytes:
    body = t("""
        Hallo Herr Hollmann,

        super, dass es klappt! Dann komme ich am Freitag, 2.10., um 16 Uhr zu Ihnen in die
        Werkstatt in der Hemmstraße, zusammen mit unserem Fotografen Kai. Für das Interview
        selbst reichen uns etwa 45 Minuten, danach würden wir gern noch ein paar Bilder vom Boot
        auf dem Hänger machen, solange es hell ist.

        Der Text erscheint in unserer Serie „Tüftler aus Findorff“, voraussichtlich in der
        Wochenendausgabe am 10. Oktober.

        Beste Grüße
        Jana Petersen
        Redaktion Stadtteile
        Weser-Rundschau · Martinistraße 41 · 28195 Bremen
        Tel. 0421 / 36 71-284
    """)
    h = head(addr("Jana Petersen", "j.petersen@weser-rundschau.de"),
             "Re: Interview für „Tüftler aus Findorff“", "2026-09-28 12:05:37", B,
             "<7b1c9e04-3a6f-4d28-91e5-0c2d8a4f6b17@weser-rundschau.de>",
             hop="from mail.weser-rundschau.de (mail.weser-rundschau.de [91.198.52.14])",
             extra=(("In-Reply-To", "<e2a5d0c8-71f3-4b9e-a6d4-5f18c3b7e092@example.org>"),))
    return message(h, alt(text(body), html(gmail_html(body))))


# 26 -- university admission interview for a part-time master's, with ICS
@mail(name(26), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Selection interview ('Auswahlgespräch') for a part-time master's programme, 'Do., 15.10.2026, 17:30 - "
           "18:00 Uhr', with an ICS: an admission interview, not a job interview.")
def m26() -> bytes:
    body = t("""
        Sehr geehrter Herr Hollmann,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden
        Masterstudiengang Windenergietechnik (M.Eng.) zum Sommersemester 2027.

        Wir laden Sie herzlich zu einem Auswahlgespräch ein:

        Termin:  Do., 15.10.2026, 17:30 - 18:00 Uhr
        Format:  Online (Zoom), Link folgt am Vortag
        Kommission: Prof. Dr.-Ing. Heike Bruns, Prof. Dr. Lennart Fock

        Im Gespräch geht es um Ihre Motivation, Ihre berufliche Praxis und die Vereinbarkeit von
        Studium und Beruf. Eine Terminbestätigung für Ihren Kalender finden Sie im Anhang.

        Mit freundlichen Grüßen
        Studierendenservice / Zulassung Weiterbildung
        Hochschule Weserland
        Am Wall 120 · 28195 Bremen
    """)
    cal = ics("-//Hochschule Weserland//Zulassung//DE", "PUBLISH", """
        BEGIN:VEVENT
        UID:hwl-auswahl-2027ss-0381@hs-weserland.de
        DTSTAMP:20261005T081200Z
        DTSTART;TZID=Europe/Berlin:20261015T173000
        DTEND;TZID=Europe/Berlin:20261015T180000
        SUMMARY:Auswahlgespräch M.Eng. Windenergietechnik (berufsbegleitend)
        LOCATION:Zoom
        END:VEVENT
    """, VTZ["Europe/Berlin"])
    h = head(addr("Hochschule Weserland – Zulassung", "zulassung-weiterbildung@hs-weserland.de"),
             "Einladung zum Auswahlgespräch – M.Eng. Windenergietechnik", "2026-10-05 10:12:00", B,
             "<5a3e81f2c0d94b7e@hs-weserland.de>",
             hop="from mx-out.hs-weserland.de (mx-out.hs-weserland.de [134.102.20.15])")
    return message(h, mixed(text(body, cte="8bit"),
                            calendar(cal, method="PUBLISH", cte="8bit", filename="auswahlgespraech.ics",
                                     disposition="attachment")))


# 27 -- sports club try-out, short du-mail
@mail(name(27), family="sports_tryout", lang="de", interview=False, company=None,
      note="Handball club trainer confirms a try-out ('Probetraining am Donnerstag um 19:30'): fixed time, not a job.")
def m27() -> bytes:
    body = t("""
        Moin Finn,

        klar, komm gern zum Probetraining bei der Zweiten! Donnerstag um 19:30 in der Halle
        Hemmstraße, Eingang über den Schulhof. Sei so 10 Minuten früher da, dann stell ich dich
        kurz vor. Hallenschuhe mitbringen (keine schwarzen Sohlen!), Harz haben wir.

        Wenn's dir gefällt, kannst du danach direkt den Mitgliedsantrag ausfüllen.

        Sportliche Grüße
        Timo
        TV Findorff von 1898 e.V. – Handball, 2. Herren
    """)
    h = head(addr("Timo Brockmann", "timo.brockmann@tv-findorff-handball.de"),
             "Re: Probetraining 2. Herren", "2026-09-07 21:12:44", B,
             "<CAH3x9kPq1L0v4Y7s2Bf8mRz6t-NwQe5J8dU0c@mail.gmail.com>",
             hop="from mail-lj1-f173.google.com (mail-lj1-f173.google.com [209.85.208.173])",
             extra=(("In-Reply-To", "<0f9c3e27-b41a-48d5-9e60-7a2c1d8f5b34@example.org>"),))
    return message(h, alt(text(body, cte="8bit"), html(gmail_html(body))))


# 28 -- car service appointment (HTML only) with ICS
@mail(name(28), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Garage confirms a service appointment 'Mo., 12.10.2026, 07:30 Uhr' with an ICS: fixed time, not an "
           "interview.")
def m28() -> bytes:
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" cellpadding="16" style="border:1px solid #ddd"><tr><td>
        <h2 style="color:#003366;margin:0">Ihr Werkstatttermin ist bestätigt</h2>
        <p>Sehr geehrter Herr Hollmann,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihnen folgenden Termin:</p>
        <table cellpadding="4">
        <tr><td><b>Termin</b></td><td>Mo., 12.10.2026, 07:30 Uhr (Fahrzeugannahme)</td></tr>
        <tr><td><b>Fahrzeug</b></td><td>Skoda Octavia Combi, HB-FH 2207</td></tr>
        <tr><td><b>Leistungen</b></td><td>Inspektion nach Herstellervorgabe, Räderwechsel (Winterräder einlagern/ausgeben)</td></tr>
        <tr><td><b>Abholung</b></td><td>voraussichtlich ab 16:00 Uhr</td></tr>
        <tr><td><b>Ersatzmobilität</b></td><td>Leihfahrrad (kostenlos)</td></tr>
        </table>
        <p>Bitte bringen Sie das Serviceheft und den Fahrzeugschein mit.</p>
        <p>Ihr Serviceteam<br><b>Autohaus Kattenturm GmbH</b><br>Kattenturmer Heerstraße 210 · 28277 Bremen · Tel. 0421 / 87 41 70</p>
        </td></tr></table>
        </body></html>
    """)
    cal = ics("-//Autohaus Kattenturm//Online-Terminbuchung//DE", "PUBLISH", """
        BEGIN:VEVENT
        UID:wt-2026-10-12-0730-hbfh2207@autohaus-kattenturm.de
        DTSTAMP:20261006T133000Z
        DTSTART;TZID=Europe/Berlin:20261012T073000
        DTEND;TZID=Europe/Berlin:20261012T080000
        SUMMARY:Werkstatttermin Autohaus Kattenturm (Inspektion + Räderwechsel)
        LOCATION:Kattenturmer Heerstraße 210\\, 28277 Bremen
        END:VEVENT
    """, VTZ["Europe/Berlin"])
    h = head(addr("Autohaus Kattenturm Service", "service@autohaus-kattenturm.de"),
             "Terminbestätigung Werkstatt – Mo., 12.10.2026, 07:30 Uhr", "2026-10-06 15:30:00", B,
             "<20261006133000.7712.werkstatt@autohaus-kattenturm.de>",
             hop="from mailer.autohaus-kattenturm.de (mailer.autohaus-kattenturm.de [178.254.10.88])")
    return message(h, mixed(html(hbody),
                            calendar(cal, method="PUBLISH", cte="base64", filename="werkstatttermin.ics",
                                     disposition="attachment")))


# 29 -- bank advisor appointment (mortgage), mentions the new job
@mail(name(29), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Bank adviser confirms a mortgage consultation 'Mi., 4.11.2026, 17:00 Uhr'; mentions a possible job "
           "change and an employment contract, but it is not a job interview.")
def m29() -> bytes:
    body = t("""
        Guten Tag Herr Hollmann,

        hiermit bestätige ich Ihnen gern unseren Beratungstermin:

        Mi., 4.11.2026, 17:00 Uhr
        Filiale Findorff, Hemmstraße 201, 28215 Bremen
        Thema: Baufinanzierung / Finanzierungsbestätigung Eigentumswohnung

        Bitte bringen Sie die letzten drei Gehaltsabrechnungen und Ihren Arbeitsvertrag mit.
        Sie hatten erwähnt, dass Sie sich beruflich verändern möchten - falls bis dahin ein neuer
        Vertrag unterschrieben ist, bringen Sie ihn bitte ebenfalls mit; eine Probezeit müssen wir
        bei der Finanzierung berücksichtigen.

        Mit freundlichen Grüßen

        Hendrik Schnackenberg
        Baufinanzierungsberater
        Weser-Volksbank eG
        Tel. 0421 / 33 09-451
    """)
    h = head(addr("Schnackenberg, Hendrik", "hendrik.schnackenberg@weser-volksbank.de"),
             "Terminbestätigung Beratungsgespräch am 04.11.", "2026-10-29 11:26:05", B,
             "<OF5C2B7A91.3E0D4F18-ONC1258A2B.003E7F12-C1258A2B.003F01A4@weser-volksbank.de>",
             hop="from mx2.weser-volksbank.de (mx2.weser-volksbank.de [193.28.66.12])")
    return message(h, text(body, charset="iso-8859-15"))


# 30 -- coach confirms a mock interview, names the real upcoming interview
@mail(name(30), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Career coach confirms a mock interview ('Probe-Interview am Montag, 19.10., 18:00-19:00 Uhr', Zoom) to "
           "prepare Finn's real interview in Hanover: a confirmed time, but coaching, not a job interview.")
def m30() -> bytes:
    body = t("""
        Hallo Herr Hollmann,

        wie besprochen habe ich unser Probe-Interview eingetragen:

        Montag, 19.10., 18:00–19:00 Uhr
        Zoom: https://us02web.zoom.us/j/86622019471 (Kenncode 4471)

        Wir simulieren das Gespräch bei dem Fördertechnik-Hersteller in Hannover Ende Oktober:
        ich übernehme die Rolle der Entwicklungsleiterin, mein Kollege Herr Vöge die des
        Teamleiters. Bitte halten Sie Ihre zwei Projektbeispiele bereit (Fahrwerk Brückenkran,
        Schwenkarm-Greifer) und nehmen Sie sich 10 Minuten für die Gehaltsfrage.

        Anschließend gebe ich Ihnen schriftliches Feedback; die Sitzung wird über Ihren
        Coaching-Gutschein (AVGS) abgerechnet.

        Herzliche Grüße
        Katharina Wendt
        Karrierecoaching Nord · Schlachte 15 · 28195 Bremen
    """)
    h = head(addr("Katharina Wendt", "kontakt@karrierecoaching-nord.de"),
             "Unser Probe-Interview am Montag", "2026-10-14 09:02:31", B,
             "<c0d7a5e2-4f19-4b83-8e6a-92b1f0e7d3c5@karrierecoaching-nord.de>",
             hop="from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])")
    return message(h, text(body, cte="base64"))


# 31 -- recruiter proposes two slots; nothing confirmed yet (thread with key 15)
@mail(name(31), family="interview_proposal", lang="de", interview=False, company="Ochtum Anlagenbau GmbH",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Recruiter offers two alternatives ('Dienstag, 17.11., um 10 Uhr' or 'Mittwoch, 18.11., um 14 Uhr') and "
           "asks which suits: proposed, not confirmed. Key 15 is the later confirmation.")
def m31() -> bytes:
    body = t("""
        Sehr geehrter Herr Hollmann,

        vielen Dank für Ihre Bewerbung als Konstrukteur (m/w/d) Rohrleitungsbau. Ihr Profil hat
        uns gut gefallen, und wir würden Sie gern in einem ersten Gespräch per Zoom kennenlernen.

        Würde Ihnen Dienstag, 17.11., um 10 Uhr passen? Alternativ ginge auch Mittwoch, 18.11.,
        um 14 Uhr. Das Gespräch führen Herr Lürßen (Bereichsleiter Anlagenbau) und ich.

        Geben Sie mir einfach kurz Bescheid, welcher Termin Ihnen lieber ist – die Zugangsdaten
        schicke ich Ihnen dann zu.

        Mit freundlichen Grüßen
        Lena Ossenbrügge
        Personalreferentin
        Ochtum Anlagenbau GmbH · Senator-Bölken-Str. 9 · 28816 Stuhr
        Tel. 0421 / 87 63 50-12
    """)
    hbody = "<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + \
        "".join(f"<div>{escape(ln) or '&nbsp;'}</div>\n" for ln in body.rstrip("\n").split("\n")) + "</body></html>\n"
    h = head(addr("Lena Ossenbrügge", "lena.ossenbruegge@ochtum-anlagenbau.de", "windows-1252"),
             "Ihre Bewerbung – Terminvorschläge", "2026-11-11 16:05:49", B,
             "<BE1P281MB2317A2C81F0E63B9D7C4E51A0B9E7@BE1P281MB2317.DEUP281.PROD.OUTLOOK.COM>",
             hop="from FRA01-BE1-obe.outbound.protection.outlook.com (mail-be1deu01on2098.outbound.protection.outlook.com [40.107.131.98])",
             charset="windows-1252", extra=(("Content-Language", "de-DE"),))
    return message(h, alt(text(body, charset="windows-1252"), html(hbody, charset="windows-1252")))


# 32 -- partner forwards HER confirmed interview, for information
@mail(name(32), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Finn's partner forwards her own interview confirmation ('Donnerstag, 22.10.2026, 11:00 Uhr') asking him "
           "to pick up their son: a confirmed interview, but not Finn's.")
def m32() -> bytes:
    body = t("""
        Hey, FYI – das Gespräch ist jetzt fix, siehe unten. Kannst du Mats an dem Tag von der
        Kita holen? Ich weiß nicht, wie lange das dauert, und danach muss ich noch ins Büro.

        Drück mir die Daumen :)
        S.

        ---------- Forwarded message ---------
        Von: Anja Gröning <a.groening@blocklander-logistik.de>
        Date: Do., 15. Okt. 2026 um 17:41 Uhr
        Subject: Ihr Vorstellungsgespräch bei der Blocklander Logistik GmbH
        To: Swantje Meiners <swantje.meiners@example.net>


        Sehr geehrte Frau Meiners,

        hiermit bestätigen wir Ihnen Ihr Vorstellungsgespräch für die Position Teamleitung
        Disposition am Donnerstag, 22.10.2026, 11:00 Uhr in unserem Büro in der
        Hüttenstraße 12, 28237 Bremen.

        Mit freundlichen Grüßen
        Anja Gröning
        Personalabteilung
    """)
    h = head(addr("Swantje Meiners", "swantje.meiners@example.net"),
             "Fwd: Ihr Vorstellungsgespräch bei der Blocklander Logistik GmbH", "2026-10-16 07:58:13", B,
             "<CAF7sJ2xT0mQ4b9Hc-Lq1pW8eR3yN5vZ6kD2uA@mail.gmail.com>",
             hop="from mail-wm1-f45.google.com (mail-wm1-f45.google.com [209.85.128.45])")
    return message(h, alt(text(body), html(gmail_html(body))))


# 33 -- Finn asked to sit on an interview panel at his current job (work mail forwarded by rule)
@mail(name(33), family="interview_panel_current_job", lang="de", interview=False, company=None,
      note="Exchange meeting request from HR at Finn's current employer asking him to join the interview of a "
           "candidate (Tue 29 Sep, 13:00-14:00): a job interview at a fixed time, but Finn is the interviewer, "
           "not the candidate. Arrives via his own forwarding rule from the work mailbox.")
def m33() -> bytes:
    body = t("""
        Hallo Finn,

        kannst du am Dienstag als Fachvertreter Konstruktion beim Vorstellungsgespräch mit
        Herrn Yılmaz dabei sein? Jörn ist im Urlaub. Lebenslauf und Zeugnisse liegen im
        Teams-Kanal „Recruiting Konstruktion“ – bitte nicht weiterleiten.

        Bereite gern zwei, drei Fachfragen zu Schweißkonstruktionen und Toleranzen vor, ich
        übernehme den allgemeinen Teil.

        Danke dir!
        Imke

        Imke Schwarting
        Personalreferentin
        Weserport Fördertechnik GmbH
        Überseetor 18 · 28217 Bremen
    """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Schwarting Imke:mailto:imke.schwarting@weserport-foerdertechnik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hollmann Finn:mailto:finn.hollmann@weserport-foerdertechnik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Besprechungsraum EG Hafenblick:mailto:raum.hafenblick@weserport-foerdertechnik.de
        UID:040000008200E00074C5B7101A82E00800000000D1C4F0A8D44BDD01000000000000000010000000B7E1D29A4F60C3448C1A7E55D2F90B31
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Konstrukteur (m/w/d) – Kandidat Emre Yılmaz
        DTSTART;TZID=W. Europe Standard Time:20260929T130000
        DTEND;TZID=W. Europe Standard Time:20260929T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260923T121008Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum EG Hafenblick
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
    """, VTZ["W. Europe Standard Time"])
    h = head(addr("Schwarting, Imke", "imke.schwarting@weserport-foerdertechnik.de"),
             "Vorstellungsgespräch Konstrukteur (m/w/d) – Kandidat Emre Yılmaz",
             "2026-09-23 14:10:08", B, "<BEZP281MB2406F3A1C9D2E07B5E41A6C3D0B18@BEZP281MB2406.DEUP281.PROD.OUTLOOK.COM>",
             hop="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2107.outbound.protection.outlook.com [40.107.135.107])",
             to=addr("Hollmann, Finn", "finn.hollmann@weserport-foerdertechnik.de"),
             extra=(("X-MS-Exchange-Inbox-Rules-Loop", "finn.hollmann@weserport-foerdertechnik.de"),
                    ("Content-Language", "de-DE")))
    return message(h, alt(text(body), calendar(cal, method="REQUEST", cte="base64")))


# 34 -- reference call: Finn is the reference for a former colleague (English, Dutch company)
@mail(name(34), family="reference_call", lang="en", interview=False, company="Dollard Engineering B.V.",
      days=(("Thu", "2026-10-15"),),
      note="HR at a Dutch employer confirms a reference call with Finn about a former colleague, 'Thursday 15 "
           "October at 16:00 CEST': fixed time, but Finn is the referee, not a candidate. company = the sender's "
           "employer (judgement call).")
def m34() -> bytes:
    body = t("""
        Dear Finn,

        Thank you for agreeing to act as a reference for Pieter Wolters, who has applied with us
        for the position of Lead Mechanical Engineer. As agreed, I will call you on Thursday
        15 October at 16:00 CEST on your mobile number (+49 171 ...). The call should take about
        20 minutes.

        I will mainly ask about the period you worked together at Weserport (2019-2023), his
        technical strengths and how he works in a team. Everything you tell me will be treated
        confidentially and only shared with the hiring manager.

        Kind regards,
        Femke Jansma
        HR Advisor | Dollard Engineering B.V.
        Zernike Campus, Nijenborgh 16, 9747 AG Groningen
        T +31 50 207 44 18
    """)
    h = head(addr("Femke Jansma", "f.jansma@dollard-engineering.nl"),
             "Reference call for Pieter Wolters - Thursday 15 October", "2026-10-09 11:48:22", "Europe/Amsterdam",
             "<AM0PR06MB6417B5C0D3E24F18A9C7E2D41F6A3@AM0PR06MB6417.eurprd06.prod.outlook.com>",
             hop="from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2131.outbound.protection.outlook.com [40.107.12.131])",
             extra=(("Content-Language", "en-GB"),))
    return message(h, alt(text(body), html(gmail_html(body))))


# 35 -- bounce of Finn's own question about the interview (wrong address)
@mail(name(35), family="bounce", lang="en", interview=False, company=None,
      days=(("Mon", "2026-10-26"),),
      note="Delivery failure report (multipart/report) for Finn's own mail to a mistyped address; the returned "
           "message asks about parking for 'Montag, 26.10., um 9:30 Uhr'. A bounce confirms nothing (the interview "
           "itself is key 4).")
def m35() -> bytes:
    original = message([
        ("From", FINN_TO),
        ("To", "k.mahnke@leinewerk.de"),
        ("Subject", enc("Rückfrage zum Gespräch am 26.10.")),
        ("Date", date("2026-10-22 20:15:02", B)),
        ("Message-ID", "<8e2c1f5a-47b0-4d93-a1e6-3f0b9c7d2e58@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Sehr geehrte Frau Dr. Mahnke,

        vielen Dank für die Einladung. Eine kurze Rückfrage: Gibt es für das Gespräch am Montag,
        26.10., um 9:30 Uhr einen Besucherparkplatz auf dem Gelände, oder sollte ich lieber mit
        der Stadtbahn kommen?

        Viele Grüße
        Finn Hollmann
    """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <k.mahnke@leinewerk.de>: host leinewerk-de.mail.protection.outlook.com[52.101.68.3]
            said: 550 5.4.1 Recipient address rejected: Access denied. For more
            information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A5C.eurprd04.prod.outlook.com]
            (in reply to RCPT TO command)
    """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4F2kLm0Qz7z9sVb
        X-Postfix-Sender: rfc822; finn.hollmann@example.org
        Arrival-Date: Thu, 22 Oct 2026 20:15:03 +0200 (CEST)

        Final-Recipient: rfc822; k.mahnke@leinewerk.de
        Original-Recipient: rfc822;k.mahnke@leinewerk.de
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; leinewerk-de.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
    """)
    report = multipart("report",
                       text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    h = [
        ("Delivered-To", FINN),
        ("Received", "by mx1.example.org (Postfix)\r\n id 4F2kLp1Rc0z9sVd; Thu, 22 Oct 2026 18:15:09 +0000 (UTC)"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", FINN),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-22 20:15:09", B)),
        ("Message-ID", "<20261022181509.4F2kLp1Rc0z9sVd@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(h, report)


# 36 -- softgarden rejection after an interview
@mail(name(36), family="rejection", lang="de", interview=False, company="Vegesack Marinetechnik GmbH",
      note="Rejection after an interview ('nach unserem Gespräch am 2. Oktober'); sent via softgarden. "
           "Mentions a past interview only.")
def m36() -> bytes:
    body = t("""
        Sehr geehrter Herr Hollmann,

        vielen Dank für Ihr Interesse an der Vegesack Marinetechnik GmbH und die Zeit, die Sie
        sich für unser Gespräch am 2. Oktober genommen haben.

        Nach sorgfältiger Abwägung haben wir uns entschieden, die Position Konstrukteur (m/w/d)
        Schiffsausrüstung mit einer Kandidatin zu besetzen, deren Erfahrung im Bereich
        Klassifikationsgesellschaften noch besser zu unseren aktuellen Projekten passt.

        Diese Entscheidung ist uns nicht leichtgefallen. Wir wünschen Ihnen für Ihre weitere
        berufliche Zukunft alles Gute und würden uns freuen, wenn Sie unsere Stellenangebote
        weiterhin verfolgen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Vegesack Marinetechnik GmbH

        Diese E-Mail wurde über softgarden versendet. Ihre Daten werden gemäß unserer
        Datenschutzerklärung nach 6 Monaten gelöscht.
    """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + \
        "".join(f"<p>{escape(par).replace(chr(10), '<br>')}</p>\n" for par in body.strip().split("\n\n")) + \
        "</body></html>\n"
    h = head(addr("Vegesack Marinetechnik GmbH", "no-reply@softgarden.io"),
             "Ihre Bewerbung als Konstrukteur (m/w/d) Schiffsausrüstung", "2026-10-13 09:30:44", B,
             "<1812330644.77310.1792049444790@mail.softgarden.io>",
             hop="from mail-out2.softgarden.io (mail-out2.softgarden.io [185.12.66.42])",
             extra=(("Reply-To", "bewerbung@vegesack-marine.de"),))
    return message(h, alt(text(body), html(hbody)))


# 37 -- offer (thread with key 9), mentions past interviews and a deadline
@mail(name(37), family="offer", lang="de", interview=False, company="Alsterkran Hebetechnik GmbH",
      days=(("Fri", "2026-12-11"),),
      note="Job offer after two interviews; mentions past interview dates, a start date and a reply deadline "
           "('bis Freitag, 11.12.'); offers an optional call without fixing a time.")
def m37() -> bytes:
    body = t("""
        Hallo Finn,

        nach unseren Gesprächen am 7. und 21. Oktober und dem Probetag im November freuen wir uns
        sehr, dir heute ein Vertragsangebot als Konstrukteur Krananlagen zu machen. Die Details
        findest du im angehängten Angebotsschreiben:

        - Start: 1. März 2027 (früher gern nach Absprache)
        - Jahresbruttogehalt: 68.500 EUR, 30 Tage Urlaub, 2 Tage mobiles Arbeiten pro Woche
        - Arbeitsort: Hamburg-Billbrook

        Bitte gib uns bis Freitag, 11.12., Bescheid, ob du das Angebot annimmst. Wenn du vorher
        noch Fragen hast, können wir gern telefonieren – sag einfach, wann es dir passt.

        Viele Grüße aus Hamburg
        Merle Timm
        Recruiting · Alsterkran Hebetechnik GmbH
        Billbrookdeich 160 · 22113 Hamburg
    """)
    h = head(addr("Merle Timm", "merle.timm@alsterkran.de"),
             "Dein Vertragsangebot – Konstrukteur Krananlagen", "2026-12-02 11:05:19", B,
             "<a1f0c7e3-92d4-4b6e-8c15-7e3d0b9f2a68@alsterkran.de>",
             hop="from mail.alsterkran.de (mail.alsterkran.de [80.147.22.31])")
    pdf = b"%PDF-1.4\n% Angebotsschreiben (gekuerzt)\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    pdf_part = raw_part([("Content-Type", 'application/pdf; name="Angebot_Hollmann.pdf"'),
                         ("Content-Disposition", 'attachment; filename="Angebot_Hollmann.pdf"'),
                         ("Content-Transfer-Encoding", "base64")],
                        base64.encodebytes(pdf).decode("ascii"))
    return message(h, mixed(alt(text(body), html(gmail_html(body))), pdf_part))


# 38 -- Recruitee application receipt, English
@mail(name(38), family="application_ack", lang="en", interview=False, company="Reitdiep Composites B.V.",
      note="Recruitee application receipt; 'we will invite you for an interview' is conditional, nothing fixed.")
def m38() -> bytes:
    body = t("""
        Hi Finn,

        Thank you for applying for the Mechanical Design Engineer - Composite Blades position at
        Reitdiep Composites. We have received your application and our team will review it
        within the next two weeks.

        If your profile matches what we are looking for, we will invite you for a first
        interview (usually a 30-minute video call), followed by an on-site interview at our
        plant in Groningen.

        In the meantime, feel free to have a look at our engineering blog.

        Best regards,
        The Reitdiep Composites hiring team
    """)
    hbody = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n" + \
        "".join(f"<p>{escape(par).replace(chr(10), ' ')}</p>\n" for par in body.strip().split("\n\n")) + \
        "</body></html>\n"
    h = head(addr("Reitdiep Composites", "no-reply@recruitee.com"),
             "Thank you for your application - Mechanical Design Engineer - Composite Blades",
             "2026-09-03 17:21:09", "Europe/Amsterdam",
             "<0102019a01d5e8c2-4b7a0f13-2c6e-4d91-a5f8-1e3b9d7c0a54-000000@eu-west-1.amazonses.com>",
             hop="from a7-22.smtp-out.eu-west-1.amazonses.com (a7-22.smtp-out.eu-west-1.amazonses.com [54.240.7.22])",
             extra=(("Auto-Submitted", "auto-generated"),))
    return message(h, alt(text(body), html(hbody)))


# 39 -- job alert digest
@mail(name(39), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board digest with badges like 'Vorstellungsgespräch in 7 Tagen' and 'Interview per Video': no "
           "appointment.")
def m39() -> bytes:
    hbody = t("""
        <html><body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="620" cellpadding="18" style="background:#fff">
        <tr><td style="background:#0b4f6c;color:#fff;font-size:20px"><b>jobnordwest</b> &middot; Ihr Job-Agent</td></tr>
        <tr><td>
        <p>Hallo Finn,</p>
        <p><b>5 neue Jobs</b> für &bdquo;Konstrukteur&ldquo; in Bremen (+ 50 km):</p>
        <p><a href="https://www.jobnordwest.de/job/418872">Konstrukteur (m/w/d) Sondermaschinenbau</a><br>
        Delmetal Sondermaschinen GmbH &middot; Delmenhorst &middot; vor 1 Tag<br>
        <span style="background:#e3f4e8;color:#17693a;font-size:12px;padding:2px 6px">Schnelle Rückmeldung: Vorstellungsgespräch in 7 Tagen</span></p>
        <p><a href="https://www.jobnordwest.de/job/418930">Entwicklungsingenieur Mechanik Offshore (m/w/d)</a><br>
        Nordsee Tidal Systems GmbH &middot; Bremerhaven &middot; vor 2 Tagen<br>
        <span style="background:#e8eefc;color:#1e3f94;font-size:12px;padding:2px 6px">Interview per Video möglich</span></p>
        <p><a href="https://www.jobnordwest.de/job/419004">Konstrukteur Stahlbau / Anlagenbau</a><br>
        Hansa Stahlbau Achim GmbH &middot; Achim &middot; vor 2 Tagen</p>
        <p><a href="https://www.jobnordwest.de/job/419051">CAD-Konstrukteur Creo (m/w/d)</a><br>
        Lilienthal Präzisionsteile KG &middot; Lilienthal &middot; vor 3 Tagen</p>
        <p><a href="https://www.jobnordwest.de/job/419112">Teamleiter Konstruktion Fördertechnik</a><br>
        Weser-Ems Logistiksysteme GmbH &middot; Oldenburg &middot; vor 4 Tagen</p>
        <p><a href="https://www.jobnordwest.de/jobagent/edit?id=77120">Job-Agent bearbeiten</a> &middot;
        <a href="https://www.jobnordwest.de/jobagent/unsubscribe?id=77120">Abmelden</a></p>
        </td></tr></table></td></tr></table>
        </body></html>
    """)
    h = head(addr("jobnordwest Job-Agent", "jobagent@mail.jobnordwest.de"),
             "5 neue Jobs: Konstrukteur in Bremen", "2026-11-02 06:00:12", B,
             "<jobagent.77120.20261102050012@mail.jobnordwest.de>",
             hop="from mta14.mail.jobnordwest.de (mta14.mail.jobnordwest.de [185.45.144.14])",
             extra=(("List-Unsubscribe", "<https://www.jobnordwest.de/jobagent/unsubscribe?id=77120>, "
                                         "<mailto:unsubscribe-77120@mail.jobnordwest.de>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")))
    return message(h, html(hbody))


# 40 -- newsletter / blog post about interviews, example time in the text
@mail(name(40), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter ('Ihr Vorstellungsgespräch ist am Dienstag um 10 Uhr – und jetzt?'): a hypothetical "
           "example time in an article, nothing scheduled.")
def m40() -> bytes:
    body = t("""
        INGENIEURKARRIERE KOMPAKT – Ausgabe 40/2026

        Ihr Vorstellungsgespräch ist am Dienstag um 10 Uhr – und jetzt?

        Die Einladung ist da, der Termin steht. Was Sie in den Tagen davor tun sollten:

        1. Firma und Produkte recherchieren – nicht nur die Website, auch Patente und Messeauftritte.
        2. Zwei Projekte auswählen, die Sie in fünf Minuten mit Zeichnung erklären können.
        3. Die Fachfragen üben: Passungen, Werkstoffauswahl, FEM-Plausibilität.
        4. Gehaltsvorstellung festlegen (Median Konstrukteur Norddeutschland: 62.000 EUR).
        5. Anfahrt am Vortag prüfen – und 15 Minuten Puffer einplanen.

        Weiterlesen: https://www.ingenieurkarriere-kompakt.de/blog/vorstellungsgespraech-checkliste

        Außerdem in dieser Ausgabe:
        - Gehaltsreport 2026: Maschinenbau im Norden
        - Webinar-Tipp: Technische Interviews souverän meistern (Aufzeichnung)

        Sie erhalten diesen Newsletter, weil Sie sich auf ingenieurkarriere-kompakt.de angemeldet
        haben. Abmelden: https://www.ingenieurkarriere-kompakt.de/newsletter/abmelden?u=4f71c2
    """)
    hbody = "<html><body style=\"font-family:Georgia,serif;font-size:15px;max-width:640px\">\n" + \
        "".join(f"<p>{escape(par).replace(chr(10), '<br>')}</p>\n" for par in body.strip().split("\n\n")) + \
        "</body></html>\n"
    h = head(addr("Ingenieurkarriere kompakt", "newsletter@ingenieurkarriere-kompakt.de"),
             "Ihr Vorstellungsgespräch ist am Dienstag um 10 Uhr – und jetzt?", "2026-10-01 07:30:00", B,
             "<nl-40-2026.4f71c2@ingenieurkarriere-kompakt.de>",
             hop="from mx-out-07.rapidmail.net (mx-out-07.rapidmail.net [91.195.240.107])",
             extra=(("List-Unsubscribe", "<https://www.ingenieurkarriere-kompakt.de/newsletter/abmelden?u=4f71c2>"),
                    ("List-Id", "Ingenieurkarriere kompakt <newsletter.ingenieurkarriere-kompakt.de>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(hbody)))


# 41 -- Teamtailor: pick a slot yourself, no time chosen yet
@mail(name(41), family="scheduling_link", lang="de", interview=False, company="Moorfleet Robotics GmbH",
      note="Teamtailor self-scheduling request: 'Bitte wähle einen passenden Termin' with a window of days and "
           "hours; no slot booked yet.")
def m41() -> bytes:
    body = t("""
        Hi Finn,

        danke für deine Bewerbung als Mechanical Design Engineer (m/w/d) bei Moorfleet Robotics!
        Wir würden dich gern in einem 45-minütigen Video-Interview kennenlernen.

        Bitte wähle einen passenden Termin aus:
        https://moorfleet-robotics.teamtailor.com/meetings/pick/9c41e7d2

        Freie Zeitfenster gibt es vom 23. bis 27. November, jeweils zwischen 9 und 16 Uhr.
        Sobald du gebucht hast, bekommst du eine Bestätigung mit dem Link.

        Bis bald!
        Tjark Lüdemann
        People & Culture, Moorfleet Robotics GmbH
    """)
    hbody = "<html><body style=\"font-family:Inter,Helvetica,sans-serif;font-size:15px\">\n" + \
        "".join(f"<p>{escape(par).replace(chr(10), '<br>')}</p>\n" for par in body.strip().split("\n\n")) + \
        "<p><a href=\"https://moorfleet-robotics.teamtailor.com/meetings/pick/9c41e7d2\" " \
        "style=\"background:#1f1f1f;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none\">" \
        "Termin auswählen</a></p>\n</body></html>\n"
    h = head(addr("Tjark Lüdemann (Moorfleet Robotics)", "no-reply@teamtailor-mail.com"),
             "Wähle einen Termin für dein Interview bei Moorfleet Robotics", "2026-11-19 13:44:51", B,
             "<6739d1f2a8e5c_4b1e2f3c8d7a9@teamtailor-mail.com>",
             hop="from mail-a22.teamtailor-mail.com (mail-a22.teamtailor-mail.com [159.135.228.22])",
             extra=(("Reply-To", "moorfleet-robotics+c-4471902@inbound.teamtailor-mail.com"),))
    return message(h, alt(text(body), html(hbody)))


# 42 -- in-house recruiter outreach, English, no time fixed
@mail(name(42), family="recruiter_outreach", lang="en", interview=False, company="Vestkyst Turbines A/S",
      note="Cold outreach from an in-house recruiter in Denmark: 'a 20-minute chat sometime next week', asks for "
           "times; nothing fixed.")
def m42() -> bytes:
    body = t("""
        Hi Finn,

        I came across your profile and your work on crane runway structures caught my eye. I'm
        recruiting for a Senior Design Engineer - Nacelle & Hub at Vestkyst Turbines in Aarhus
        (hybrid, 2 days on site, relocation support available).

        Would you be open to a 20-minute chat sometime next week? If so, just send me a few
        times that work for you and I'll set up a Teams call. No CV needed at this stage.

        Best,
        Rasmus Kjeldsen
        Senior Talent Acquisition Partner
        Vestkyst Turbines A/S | Skejbyparken 200, 8200 Aarhus N
        +45 24 61 90 37
    """)
    h = head(addr("Rasmus Kjeldsen", "rasmus.kjeldsen@vestkyst-turbines.dk"),
             "Senior Design Engineer - Nacelle & Hub (Aarhus)", "2026-09-08 10:14:27", "Europe/Copenhagen",
             "<DB8PR02MB5930E1A7C3F4D29B6E0C8A15D7F42@DB8PR02MB5930.eurprd02.prod.outlook.com>",
             hop="from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2119.outbound.protection.outlook.com [40.107.15.119])")
    return message(h, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


# 43 -- hiring manager proposes a time for round two (thread with key 5), not confirmed
@mail(name(43), family="interview_proposal", lang="en", interview=False, company="Noorderzijl Maritime B.V.",
      days=(("Tue", "2026-11-10"),),
      note="After the first interview (key 5) the hiring manager asks 'Would Tuesday 10 November at 10:00 work?' "
           "and invites other slots: proposed, not confirmed.")
def m43() -> bytes:
    body = t("""
        Hi Finn,

        Thanks again for Tuesday - Anouk and I both enjoyed the conversation, and we'd like to
        invite you to a second round on site in Groningen with two of the deck machinery
        engineers and a short design exercise.

        Would Tuesday 10 November at 10:00 work for you? It would take most of the morning.
        If that doesn't fit, send me two or three alternatives in the week after and we'll
        make one of them work. Travel costs are on us of course.

        Best regards,
        Ruben

        Ruben Hoekstra
        Engineering Manager Deck Machinery | Noorderzijl Maritime B.V.
        Zeedijk 3, 9979 XA Eemshaven
    """)
    h = head(addr("Ruben Hoekstra", "ruben.hoekstra@noorderzijl.nl"),
             "Second round - Mechanical Design Engineer", "2026-11-06 15:20:33", "Europe/Amsterdam",
             "<AS8PR03MB7214C9E2A0B54D17F6A3E8C02B1D5@AS8PR03MB7214.eurprd03.prod.outlook.com>",
             hop="from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2108.outbound.protection.outlook.com [40.107.21.108])",
             extra=(("Cc", addr("Anouk de Vries", "anouk.devries@noorderzijl.nl")),))
    return message(h, alt(text(body), html(gmail_html(body))))


# 44 -- dentist appointment via a booking platform
@mail(name(44), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-24"),),
      note="Dentist appointment confirmation 'Do., 24.09.2026, 08:15 Uhr' from a booking platform: fixed time, "
           "not an interview.")
def m44() -> bytes:
    body = t("""
        Terminbestätigung

        Hallo Finn Hollmann,

        Ihr Termin wurde bestätigt:

        Do., 24.09.2026, 08:15 Uhr
        Zahnarztpraxis Dr. Meyer-Rathjen
        Professionelle Zahnreinigung (ca. 60 Min.)
        Findorffstraße 88, 28215 Bremen

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen
        können, sagen Sie ihn bitte spätestens 24 Stunden vorher ab:
        https://www.doxtermin.de/termine/verwalten/5T8K-2Q4M

        Ihr doxtermin-Team
    """)
    hbody = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + \
        "".join(f"<p>{escape(par).replace(chr(10), '<br>')}</p>\n" for par in body.strip().split("\n\n")) + \
        "</body></html>\n"
    h = head(addr("doxtermin", "noreply@doxtermin.de"),
             "Terminbestätigung: Do., 24.09.2026 um 08:15 Uhr", "2026-09-18 19:02:45", B,
             "<20260918170245.5T8K2Q4M@mail.doxtermin.de>",
             hop="from mail.doxtermin.de (mail.doxtermin.de [46.38.231.10])")
    return message(h, alt(text(body), html(hbody)))


# 45 -- flat viewing in Hamburg
@mail(name(45), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Property manager confirms a flat viewing 'Sa., 17.10., 11:30 Uhr' in Hamburg (Finn considering the "
           "move): fixed time, not an interview, even though it asks for proof of employment.")
def m45() -> bytes:
    body = t("""
        Sehr geehrter Herr Hollmann,

        vielen Dank für Ihre Anfrage zur 3-Zimmer-Wohnung in der Hamburger Straße 214
        (Barmbek-Süd, 2. OG, 78 m²). Gern bestätigen wir Ihnen den Besichtigungstermin am

            Sa., 17.10., 11:30 Uhr

        Treffpunkt vor dem Hauseingang. Bitte bringen Sie zur Besichtigung eine
        Selbstauskunft, eine SCHUFA-Auskunft sowie einen Einkommensnachweis bzw. Ihren
        (neuen) Arbeitsvertrag mit.

        Mit freundlichen Grüßen
        Hausverwaltung Osterbek GmbH
        i. A. Claudia Rehder
    """)
    h = head(addr("Hausverwaltung Osterbek – Vermietung", "vermietung@hv-osterbek.de"),
             "Besichtigung Hamburger Straße 214 – Terminbestätigung", "2026-10-12 14:37:10", B,
             "<3b7e0c91f2a4d85e@hv-osterbek.de>",
             hop="from mail.hv-osterbek.de (mail.hv-osterbek.de [217.160.0.77])")
    return message(h, text(body, charset="iso-8859-1"))


# 46 -- Kita development talk (parent-teacher type)
@mail(name(46), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Kita confirms the yearly development talk about Finn's son, 'Do., 19.11., um 16:30 Uhr': a parent "
           "meeting, not a job interview.")
def m46() -> bytes:
    body = t("""
        Liebe Familie Hollmann-Meiners,

        wie besprochen findet das Entwicklungsgespräch für Mats am Do., 19.11., um 16:30 Uhr bei
        uns in der Kita statt (Raum der Igelgruppe). Wir nehmen uns etwa eine halbe Stunde Zeit.
        Gesprächsgrundlage ist wie immer der Beobachtungsbogen, den wir Ihnen vorab mitgeben.

        Herzliche Grüße
        Frauke Lindemann
        Kita Am Torfkanal · Kanalstraße 3 · 28215 Bremen
    """)
    h = head(addr("Kita Am Torfkanal", "kita.torfkanal@kita-bremen-nord.de"),
             "Entwicklungsgespräch Mats", "2026-11-10 13:12:04", B,
             "<c2e79a4f-1b03-4d6e-9f58-0a7d3b1c8e26@kita-bremen-nord.de>",
             hop="from smtp.kita-bremen-nord.de (smtp.kita-bremen-nord.de [81.169.145.92])",
             to=", ".join([FINN_TO, addr("Swantje Meiners", "swantje.meiners@example.net")]))
    return message(h, text(body, cte="8bit"))


# 47 -- team Christmas party at the current job (Outlook invite, forwarded by rule)
@mail(name(47), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Outlook invitation to the department's Christmas dinner at Finn's current employer (Fri 11 Dec, 18:00, "
           "W. Europe Standard Time): a team event, not an interview.")
def m47() -> bytes:
    body = t("""
        Moin zusammen,

        wie jedes Jahr: Weihnachtsessen der Konstruktion! Wir haben im Hafenkontor an der
        Schlachte reserviert. Essen geht auf die Firma, Getränke auf die Kaffeekasse.
        Bitte sagt bis 30.11. zu oder ab, damit ich die Personenzahl durchgeben kann.

        Gruß
        Jörn
    """)
    cal = ics("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Rabe Jörn:mailto:joern.rabe@weserport-foerdertechnik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Konstruktion:mailto:konstruktion@weserport-foerdertechnik.de
        UID:040000008200E00074C5B7101A82E00800000000F2A8C31B6E57DD0100000000000000001000000091E3A7C04B52F6478A0D2E6C1B97F453
        SUMMARY;LANGUAGE=de-DE:Weihnachtsessen Konstruktion 2026
        DTSTART;TZID=W. Europe Standard Time:20261211T180000
        DTEND;TZID=W. Europe Standard Time:20261211T220000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116T094500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Hafenkontor\\, Schlachte 30\\, Bremen
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
    """, VTZ["W. Europe Standard Time"])
    h = head(addr("Rabe, Jörn", "joern.rabe@weserport-foerdertechnik.de"),
             "Weihnachtsessen Konstruktion 2026", "2026-11-16 10:45:00", B,
             "<BEZP281MB2406C07D2E9A3F41B8D5E61A2C9F0@BEZP281MB2406.DEUP281.PROD.OUTLOOK.COM>",
             hop="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2113.outbound.protection.outlook.com [40.107.135.113])",
             to=addr("Konstruktion", "konstruktion@weserport-foerdertechnik.de"),
             extra=(("X-MS-Exchange-Inbox-Rules-Loop", "finn.hollmann@weserport-foerdertechnik.de"),
                    ("Content-Language", "de-DE")))
    return message(h, alt(text(body), calendar(cal, method="REQUEST", cte="base64")))


# 48 -- webinar about technical interviews, registration with ICS
@mail(name(48), family="marketing_webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Registration confirmation for a webinar 'Das technische Vorstellungsgespräch' on 'Di., 10.11.2026, "
           "19:00 - 20:30 Uhr' with an ICS: about interviews, but a webinar.")
def m48() -> bytes:
    body = t("""
        Hallo Finn Hollmann,

        vielen Dank für Ihre Anmeldung zum Webinar

        „Das technische Vorstellungsgespräch: Konstruktionsaufgaben souverän lösen“

        Datum: Di., 10.11.2026
        Uhrzeit: 19:00 - 20:30 Uhr (MEZ)
        Referent: Dipl.-Ing. Thorsten Heitmann, Personalberater für Ingenieure

        Ihr persönlicher Zugangslink:
        https://us06web.zoom.us/w/89012755310?tk=Rk9r2Lm

        Den Termin können Sie mit der angehängten Datei in Ihren Kalender übernehmen.

        Ingenieurnetz Nord e.V. · Regionalgruppe Bremen
    """)
    cal = ics("-//Zoom Video Communications//Zoom Webinar//EN", "PUBLISH", """
        BEGIN:VEVENT
        UID:ZOOM89012755310-finn.hollmann
        DTSTAMP:20261103T174000Z
        DTSTART;TZID=Europe/Berlin:20261110T190000
        DTEND;TZID=Europe/Berlin:20261110T203000
        SUMMARY:Webinar: Das technische Vorstellungsgespräch
        LOCATION:https://us06web.zoom.us/w/89012755310
        END:VEVENT
    """, VTZ["Europe/Berlin"])
    h = head(addr("Ingenieurnetz Nord e.V.", "no-reply@zoom.us"),
             "Bestätigung: Webinar „Das technische Vorstellungsgespräch“", "2026-11-03 18:40:00", B,
             "<K9Q2cZfxT1ywL0n7bA4e3w@zoom.us>",
             hop="from mx-out-3.zoom.us (mx-out-3.zoom.us [170.114.10.83])",
             extra=(("Reply-To", "regionalgruppe-bremen@ingenieurnetz-nord.de"),))
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(cal, method="PUBLISH", cte="base64", filename="webinar.ics",
                                     disposition="attachment")))


# 49 -- out-of-office auto-reply to Finn's thank-you note (thread with key 1)
@mail(name(49), family="auto_reply", lang="de", interview=False, company="Weser Antriebstechnik GmbH",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the recruiter of key 1, quoting Finn's "
           "thank-you note about the past interview; nothing scheduled.")
def m49() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 25.09. nicht im Büro und habe keinen Zugriff auf meine E-Mails.
        Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
        personal@weser-antrieb.de oder 0421 / 45 80 9-0.

        Mit freundlichen Grüßen
        Svenja Kröger
    """)
    h = head(addr("Svenja Kröger", "svenja.kroeger@weser-antrieb.de"),
             "Automatische Antwort: Danke für das Gespräch", "2026-09-16 08:12:40", B,
             "<FR2P281MB0219E6B1C4A03D58F2E9B70A1C6D4@FR2P281MB0219.DEUP281.PROD.OUTLOOK.COM>",
             hop="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2099.outbound.protection.outlook.com [40.107.135.99])",
             extra=(("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<7d3a9f02-c6e1-4b58-a0d7-2e9f4c1b8a63@example.org>"),
                    ("Content-Language", "de-DE")))
    return message(h, text(body))


# 50 -- mailing list: engineers' meetup with a talk about interviews
@mail(name(50), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Mailman list post announcing a meetup 'Do. 8.10., 19 Uhr' with a talk about job interviews: a fixed "
           "time, but a meetup.")
def m50() -> bytes:
    body = t("""
        Moin in die Runde,

        der nächste Stammtisch ist am Do. 8.10., 19 Uhr, wieder im Kleinen Olymp in der Neustadt.
        Diesmal erzählt Anke, wie ihre Vorstellungsgespräche bei den Windkraft-Firmen gelaufen
        sind (inkl. der berüchtigten Konstruktionsaufgabe mit dem Flansch). Danach wie immer
        freies Fachsimpeln.

        Wer kommt, bitte kurz in die Umfrage eintragen: https://nuudel.digitalcourage.de/kn-stammtisch-okt

        Gruß
        Bernd

        _______________________________________________
        konstruktion-nord mailing list
        konstruktion-nord@lists.konstruktion-nord.de
        https://lists.konstruktion-nord.de/mailman/listinfo/konstruktion-nord
    """)
    h = head(addr("Bernd Wöltjen", "bernd.woeltjen@posteo.de"),
             "[konstruktion-nord] Stammtisch Do. 8.10. – Erfahrungen mit Vorstellungsgesprächen",
             "2026-10-01 20:48:11", B, "<f3a1c9e7-5d20-4b86-8e4f-1c7b0a9d2e53@posteo.de>",
             hop="from lists.konstruktion-nord.de (lists.konstruktion-nord.de [5.9.112.40])",
             to="konstruktion-nord@lists.konstruktion-nord.de",
             extra=(("List-Id", "Konstrukteure im Norden <konstruktion-nord.lists.konstruktion-nord.de>"),
                    ("List-Unsubscribe", "<https://lists.konstruktion-nord.de/mailman/options/konstruktion-nord>, "
                                         "<mailto:konstruktion-nord-request@lists.konstruktion-nord.de?subject=unsubscribe>"),
                    ("List-Post", "<mailto:konstruktion-nord@lists.konstruktion-nord.de>"),
                    ("Precedence", "list"),
                    ("Sender", '"konstruktion-nord" <konstruktion-nord-bounces@lists.konstruktion-nord.de>')))
    return message(h, text(body))
