"""blind96: a blind 50-mail held-out set -- the inbox of Jana Vogel, an electrical engineer in Dresden.

Every mail is written by hand, one function per mail; ``make.py`` does the MIME plumbing and the
label checks. Build and check with ``python3 bench/heldout/make_blind.py blind96``.

File numbers are a fixed shuffle of the writing order: the mail written ``key``-th is
``blind96_{ORDER[key-1]:03d}.eml``. Keys 1-23 are positives, 24-50 negatives.
All companies and people are fictional; the candidate uses example.org / example.net / example.com.
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

SET = "blind96"
ORDER = random.Random(96096).sample(range(1, 51), 50)
ME = "jana.vogel@example.org"
JANA = addr("Jana Vogel", ME)
MX = "mx01.example.org (Postfix) with ESMTPS id"


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def mid(key: int, domain: str, style: str = "hex") -> str:
    h = hashlib.sha256(f"{SET}-{key}-{domain}".encode()).hexdigest()
    if style == "gmail":
        return f"<CA{h[:10]}+{h[10:30]}=x{h[30:36]}@mail.gmail.com>"
    if style == "outlook":
        return f"<{h[:4].upper()}PR0{h[4:5]}MB{h[5:9]}{h[9:30].upper()}@{domain}>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def qid(key: int) -> str:
    return hashlib.sha256(f"q{key}".encode()).hexdigest()[:12].upper()


def rcv(key: int, host: str, ip: str, when: str, zone: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host} ({host} [{ip}])", when, zone, f"{MX} {qid(key)}", ME, lag))


def cet(tzid: str) -> str:
    """A CET/CEST VTIMEZONE block (same rules as Berlin) under another IANA name."""
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", tzid)


# =========================================================================== positives


@mail(name(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-11T08:00:00Z", end="2026-09-11T09:00:00Z",
      contact="marta.lindqvist@lumoraphotonics.com", company="Lumora Photonics",
      local="Fri 2026-09-11 10:00", local_end="2026-09-11 11:00", zone="Europe/Berlin",
      note="Greenhouse scheduled notice from no-reply, times in CEST (UTC+2, September); "
           "contact = Reply-To recruiter, also ICS ORGANIZER; ICS DTSTART in UTC")
def k01() -> bytes:
    body = t("""
        Hi Jana,

        Thanks again for your interest in Lumora Photonics! Your interview has been scheduled.
        Please find the details below.

        Interview: Technical Interview - Senior Hardware Engineer (Laser Drivers)
        Date: Friday, September 11, 2026
        Time: 10:00 AM - 11:00 AM CEST (Europe/Berlin)
        Location: Google Meet - https://meet.google.com/xqe-rtwn-kpa

        Interviewers:
        Jonas Berglund - Staff Electronics Engineer
        Aylin Kaya - Engineering Manager, Driver Electronics

        If you need to make changes, simply reply to this email and it will reach Marta.

        Best regards,
        Marta Lindqvist
        Talent Partner, Lumora Photonics

        Powered by Greenhouse
    """)
    htm = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Jana,</p>
        <p>Thanks again for your interest in Lumora Photonics! Your interview has been scheduled.
        Please find the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Interview - Senior Hardware Engineer (Laser Drivers)</td></tr>
        <tr><td><b>Date:</b></td><td>Friday, September 11, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM CEST (Europe/Berlin)</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/xqe-rtwn-kpa">Google Meet</a></td></tr>
        </table>
        <p><b>Interviewers:</b><br>Jonas Berglund - Staff Electronics Engineer<br>
        Aylin Kaya - Engineering Manager, Driver Electronics</p>
        <p>If you need to make changes, simply reply to this email and it will reach Marta.</p>
        <p>Best regards,<br>Marta Lindqvist<br>Talent Partner, Lumora Photonics</p>
        <p style="color:#9aa5b1;font-size:11px">Powered by Greenhouse</p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-8841203-lumoraphotonics@greenhouse.io
        DTSTAMP:20260908T141200Z
        DTSTART:20260911T080000Z
        DTEND:20260911T090000Z
        SUMMARY:Technical Interview - Jana Vogel - Lumora Photonics
        LOCATION:https://meet.google.com/xqe-rtwn-kpa
        ORGANIZER;CN=Marta Lindqvist:mailto:marta.lindqvist@lumoraphotonics.com
        ATTENDEE;CN=Jana Vogel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jana.vogel@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-09-08 16:12:07", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(1, "o1.ptr4417.us.greenhouse-mail.io", "167.89.12.40", when, z),
        ("From", addr("Lumora Photonics", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Marta Lindqvist", "marta.lindqvist@lumoraphotonics.com")),
        ("To", JANA),
        ("Subject", "Interview Confirmation: Senior Hardware Engineer (Laser Drivers) at Lumora Photonics"),
        ("Date", date(when, z)),
        ("Message-ID", mid(1, "geopod-ismtpd-3-9.greenhouse-mail.io")),
        ("X-SG-EID", "rUQm1bT7Yh9vC0sq2ViO8yJm4T2yQk6l3nYq8BfHqkE="),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method="REQUEST", ctype="text/calendar", filename="invite.ics",
                      disposition="attachment", cte="base64")))


@mail(name(2), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-16T08:00:00Z", end="2026-09-16T09:00:00Z",
      contact="katrin.seidel@elbflorenz-sensorik.de", company="Elbflorenz Sensorik GmbH",
      local="Wed 2026-09-16 10:00", local_end="2026-09-16 11:00", zone="Europe/Berlin",
      note="Personio invitation, '16.09.2026, 10:00 - 11:00 Uhr' in Dresden, CEST (UTC+2); the attached "
           "ICS is an all-day event (VALUE=DATE), the time is only in the text; Reply-To is a Personio "
           "relay, contact = the recruiter's address in the signature")
def k02() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        vielen Dank für Ihre Bewerbung als Entwicklungsingenieurin Sensorelektronik (m/w/d)
        und das freundliche Telefonat letzte Woche.

        Hiermit bestätigen wir Ihnen Ihren Termin für das persönliche Vorstellungsgespräch:

            Datum:      Mittwoch, 16.09.2026
            Uhrzeit:    10:00 - 11:00 Uhr
            Ort:        Elbflorenz Sensorik GmbH, Manfred-von-Ardenne-Ring 12, 01099 Dresden
                        (Empfang im Erdgeschoss, Besucherparkplätze vor dem Haus)
            Gesprächspartner: Dr. Frank Heinig (Leitung Entwicklung), Katrin Seidel (HR)

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid.

        Mit freundlichen Grüßen

        Katrin Seidel
        Personalreferentin
        Elbflorenz Sensorik GmbH
        Tel. +49 351 4127 0
        katrin.seidel@elbflorenz-sensorik.de

        --
        Diese E-Mail wurde über Personio versendet.
    """)
    htm = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Sehr geehrte Frau Vogel,</p>
        <p>vielen Dank für Ihre Bewerbung als Entwicklungsingenieurin Sensorelektronik (m/w/d)
        und das freundliche Telefonat letzte Woche.</p>
        <p>Hiermit bestätigen wir Ihnen Ihren Termin für das persönliche Vorstellungsgespräch:</p>
        <table style="margin-left:20px">
        <tr><td>Datum:</td><td><strong>Mittwoch, 16.09.2026</strong></td></tr>
        <tr><td>Uhrzeit:</td><td><strong>10:00 - 11:00 Uhr</strong></td></tr>
        <tr><td>Ort:</td><td>Elbflorenz Sensorik GmbH, Manfred-von-Ardenne-Ring 12, 01099 Dresden<br>
        (Empfang im Erdgeschoss, Besucherparkplätze vor dem Haus)</td></tr>
        <tr><td>Gesprächspartner:</td><td>Dr. Frank Heinig (Leitung Entwicklung), Katrin Seidel (HR)</td></tr>
        </table>
        <p>Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Katrin Seidel<br>Personalreferentin<br>Elbflorenz Sensorik GmbH<br>Tel. +49 351 4127 0<br>
        <a href="mailto:katrin.seidel@elbflorenz-sensorik.de">katrin.seidel@elbflorenz-sensorik.de</a></p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet.</p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:personio-event-5521907@personio.de
        DTSTAMP:20260914T090512Z
        DTSTART;VALUE=DATE:20260916
        DTEND;VALUE=DATE:20260917
        SUMMARY:Vorstellungsgespräch Elbflorenz Sensorik GmbH
        LOCATION:Manfred-von-Ardenne-Ring 12\\, 01099 Dresden
        DESCRIPTION:Uhrzeit siehe E-Mail.
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-09-14 11:05:33", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(2, "mail-out-2.personio.de", "18.192.44.7", when, z),
        ("From", addr("Elbflorenz Sensorik GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", "reply-7c1e0a9f52@elbflorenz-sensorik.jobs.personio.de"),
        ("To", JANA),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Entwicklungsingenieurin Sensorelektronik")),
        ("Date", date(when, z)),
        ("Message-ID", mid(2, "mail.personio.de")),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method=None, filename="termin.ics", disposition="attachment",
                      cte="base64")))


@mail(name(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-24T12:00:00Z", end=None,
      contact="ronny.matthes@pleissenwerk.de", company="Pleißenwerk Antriebstechnik GmbH",
      local="Thu 2026-09-24 14:00", zone="Europe/Berlin",
      note="Phone-written reply in Saxon register, du: 'übermorgen um 14 Uhr' resolved against Date "
           "(Tue 22 Sep 2026, 19:48 CEST) -> Thu 24 Sep 14:00 CEST = 12:00Z; 'so ne Stunde' is "
           "approximate so end null; iso-8859-1 8bit, text only")
def k03() -> bytes:
    body = t("""
        Hallo Jana,

        nu gut, dann machmer das so: übermorgen um 14 Uhr bei uns in Plagwitz, Halle 3,
        erster Stock. Unten klingeln bei "Pleißenwerk Entwicklung", ich hol dich ab.
        Rechne mal mit so ne Stunde, danach zeig ich dir noch die Prüffelder wenn du magst.

        Parken is schwierig, nimm lieber die 14 bis Karl-Heine-Straße.

        Bis Donnerstag!
        Ronny

        Von meinem iPhone gesendet

        > Am 22.09.2026 um 18:31 schrieb Jana Vogel <jana.vogel@example.org>:
        >
        > Hallo Ronny,
        >
        > danke für den Anruf heute! Donnerstag Nachmittag würde bei mir gut gehen,
        > ab 13 Uhr bin ich flexibel.
        >
        > Viele Grüße
        > Jana
    """)
    when, z = "2026-09-22 19:48:12", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(3, "mout.kundenserver.de", "212.227.126.131", when, z),
        ("From", addr("Ronny Matthes", "ronny.matthes@pleissenwerk.de")),
        ("To", JANA),
        ("Subject", "Re: " + enc("Gespräch Entwicklung Antriebe", "iso-8859-1")),
        ("Date", date(when, z)),
        ("Message-ID", mid(3, "pleissenwerk.de")),
        ("In-Reply-To", "<7F3A0C21-55B1-4E0B-9A1C-1D0E2B3F4A5C@example.org>"),
        ("References", "<7F3A0C21-55B1-4E0B-9A1C-1D0E2B3F4A5C@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


EXCHANGE_TEAMS_DE = t("""
    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
    Klicken Sie hier, um an der Besprechung teilzunehmen
    <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE0ZmQ2@thread.v2/0>
    Besprechungs-ID: 361 884 205 917
    Passcode: qR7bW2
    Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten
    ________________________________________________________________________________
""")


@mail(name(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T09:00:00Z",
      contact="sabine.froehlich@kappel-mikro.de", company="Kappel Mikrosysteme GmbH",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone="Europe/Berlin",
      note="Exchange meeting request with TZID 'W. Europe Standard Time'; DST edge: sent Thu 22 Oct in "
           "CEST, interview Mon 26 Oct after the switch to CET on 25 Oct, so 09:00 = 08:00Z; contact = "
           "organizer/sender")
def k04() -> bytes:
    body = t("""
        Hallo Frau Vogel,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch
        für die Position Entwicklungsingenieur/in Leistungselektronik. Das Gespräch findet per
        Teams statt, mit dabei ist Herr Oehme aus dem Bereich Hardware.

        Bitte denken Sie daran, dass am Wochenende die Uhren umgestellt werden.

        Viele Grüße aus Chemnitz
        Sabine Fröhlich
        Recruiting | Kappel Mikrosysteme GmbH
        Annaberger Str. 240, 09125 Chemnitz

    """) + EXCHANGE_TEAMS_DE
    htm = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Hallo Frau Vogel,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum
        Vorstellungsgespräch für die Position Entwicklungsingenieur/in Leistungselektronik. Das Gespräch
        findet per Teams statt, mit dabei ist Herr Oehme aus dem Bereich Hardware.</p>
        <p class="MsoNormal">Bitte denken Sie daran, dass am Wochenende die Uhren umgestellt werden.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Viele Grüße aus Chemnitz<br>Sabine Fröhlich<br>
        Recruiting | Kappel Mikrosysteme GmbH<br>Annaberger Str. 240, 09125 Chemnitz</p>
        <div style="margin-top:24px"><p class="MsoNormal">________________________________________</p>
        <p class="MsoNormal"><b><span style="font-size:18pt">Microsoft Teams-Besprechung</span></b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE0ZmQ2@thread.v2/0">
        Klicken Sie hier, um an der Besprechung teilzunehmen</a></p>
        <p class="MsoNormal">Besprechungs-ID: 361 884 205 917<br>Passcode: qR7bW2</p></div>
        </div></body></html>
    """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sabine Fröhlich:mailto:sabine.froehlich@kappel-mikro.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.vogel@example.org:mailto:jana.vogel@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Oehme:mailto:tobias.oehme@kappel-mikro.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Vogel\\,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A1C2B3E465DC01000000000000000010000000F4E2A1
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Jana Vogel – Entwicklungsingenieur/in Leistungselektronik
        DTSTART;TZID=W. Europe Standard Time:20261026T090000
        DTEND;TZID=W. Europe Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T122958Z
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
        END:VCALENDAR
    """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    when, z = "2026-10-22 14:29:58", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(4, "mail-fr2deu01on2112.outbound.protection.outlook.com", "40.107.135.112", when, z),
        ("From", addr("Sabine Fröhlich", "sabine.froehlich@kappel-mikro.de")),
        ("To", addr("Vogel, Jana", ME)),
        ("CC", addr("Oehme, Tobias", "tobias.oehme@kappel-mikro.de")),
        ("Subject", enc("Vorstellungsgespräch Jana Vogel – Entwicklungsingenieur/in Leistungselektronik")),
        ("Thread-Topic", enc("Vorstellungsgespräch Jana Vogel – Entwicklungsingenieur/in Leistungselektronik")),
        ("Thread-Index", "AdtGfq3W2nT0c0p7QmWzP8s1K1Xv9A=="),
        ("Date", date(when, z)),
        ("Message-ID", mid(4, "FR2P281MB1234.DEUP281.PROD.OUTLOOK.COM", "outlook")),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ], alt(text(body, cte="base64"), html(htm, cte="base64"),
           calendar(ics, method="REQUEST", cte="base64")))


@mail(name(5), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-10-06T12:00:00Z", end="2026-10-06T13:00:00Z",
      contact="tomas.novak@vltava-embedded.cz", company="Vltava Embedded s.r.o.",
      local="Tue 2026-10-06 14:00", local_end="2026-10-06 15:00", zone="Europe/Prague",
      note="Google Calendar invitation from a Prague company, '2pm - 3pm (Central European Time - Prague)' "
           "= CEST (UTC+2) on 6 Oct; ICS DTSTART in UTC; contact = ORGANIZER (interviewer); RFC 2047 "
           "display name")
def k05() -> bytes:
    body = t("""
        You have been invited to the following event.

        Technical interview – Jana Vogel / Embedded HW Engineer
        When
        Tuesday Oct 6, 2026 ⋅ 2pm – 3pm (Central European Time - Prague)

        Joining info
        Join with Google Meet
        meet.google.com/hbd-qwst-zkm

        Calendar
        jana.vogel@example.org

        Who
        Tomáš Novák - organizer
        Lucie Horáková
        jana.vogel@example.org

        Hi Jana, as agreed on the phone – 60 min with me and Lucie (HW lead). We'll go through
        your motor-control board and a short schematic review. Looking forward! Tomáš

        View all event details: https://calendar.google.com/calendar/event?action=VIEW&eid=NWZqZzk2

        Reply for jana.vogel@example.org
        Yes  No  Maybe  More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
    """)
    htm = t("""
        <html><head></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <span itemprop="name">You have been invited to the following event.</span>
        <h2 style="font-size:22px">Technical interview – Jana Vogel / Embedded HW Engineer</h2>
        <table><tr><td><b>When</b></td><td>Tuesday Oct 6, 2026 ⋅ 2pm – 3pm (Central European Time - Prague)</td></tr>
        <tr><td><b>Joining info</b></td><td><a href="https://meet.google.com/hbd-qwst-zkm">meet.google.com/hbd-qwst-zkm</a></td></tr>
        <tr><td><b>Who</b></td><td>Tomáš Novák - organizer<br>Lucie Horáková<br>jana.vogel@example.org</td></tr></table>
        <p>Hi Jana, as agreed on the phone – 60 min with me and Lucie (HW lead). We'll go through
        your motor-control board and a short schematic review. Looking forward! Tomáš</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261006T120000Z
        DTEND:20261006T130000Z
        DTSTAMP:20261001T082011Z
        ORGANIZER;CN=Tomáš Novák:mailto:tomas.novak@vltava-embedded.cz
        UID:5fjg96q0c1n7u2k3b4aavq0mtd@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomáš Novák;X-NUM-GUESTS=0:mailto:tomas.novak@vltava-embedded.cz
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucie Horáková;X-NUM-GUESTS=0:mailto:lucie.horakova@vltava-embedded.cz
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.vogel@example.org;X-NUM-GUESTS=0:mailto:jana.vogel@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hbd-qwst-zkm
        CREATED:20261001T081955Z
        DESCRIPTION:Hi Jana\\, as agreed on the phone – 60 min with me and Lucie (HW lead).
        LAST-MODIFIED:20261001T082011Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Technical interview – Jana Vogel / Embedded HW Engineer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-10-01 10:20:11", "Europe/Prague"
    return message([
        ("Delivered-To", ME),
        rcv(5, "mail-sor-f73.google.com", "209.85.220.73", when, z),
        ("From", addr("Tomáš Novák", "tomas.novak@vltava-embedded.cz")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "tomas.novak@vltava-embedded.cz"),
        ("To", ME),
        ("Subject", enc("Invitation: Technical interview – Jana Vogel / Embedded HW Engineer @ "
                        "Tue Oct 6, 2026 2pm - 3pm (CEST) (jana.vogel@example.org)")),
        ("Date", date(when, z)),
        ("Message-ID", "<calendar-4c2b7e0a-93d1-4f7b-8a62-1e5f0c9b3d27@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(htm, cte="quoted-printable"),
                 calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


def prague_like(tzid: str) -> str:
    return cet(tzid)


@mail(name(6), family="workable", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T09:00:00Z", end="2026-11-05T09:45:00Z",
      contact="katarzyna.wojcik@odradrive.pl", company="Odra Drive Systems",
      local="Thu 2026-11-05 10:00", local_end="2026-11-05 10:45", zone="Europe/Warsaw",
      note="Workable interview invite from a Wroclaw company, '10:00 AM CET (Europe/Warsaw)', "
           "'Duration: 45 minutes' -> end; November so CET = UTC+1; Reply-To is a Workable relay, "
           "contact = the interviewer's address in the body; ICS with TZID Europe/Warsaw")
def k06() -> bytes:
    body = t("""
        Hi Jana,

        Katarzyna Wójcik from Odra Drive Systems has scheduled an interview with you for the
        Hardware Design Engineer (Inverters) position.

        Thursday, November 5, 2026
        10:00 AM CET (Europe/Warsaw)
        Duration: 45 minutes
        Type: Video call (Microsoft Teams - link in the calendar invitation)

        Message from Katarzyna:
        "Hi Jana, looking forward to our conversation. Piotr from our power stage team will
        join as well. If anything comes up, you can also reach me directly at
        katarzyna.wojcik@odradrive.pl. Best, Kasia"

        Add to calendar: the invitation is attached.

        Odra Drive Systems
        ul. Strzegomska 140, 54-429 Wrocław, Poland

        Powered by Workable
    """)
    htm = t("""
        <html><body style="background:#f4f5f7;margin:0">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#333">
        <tr><td style="padding:24px"><p>Hi Jana,</p>
        <p>Katarzyna Wójcik from Odra Drive Systems has scheduled an interview with you for the
        <b>Hardware Design Engineer (Inverters)</b> position.</p>
        <div style="border:1px solid #e1e4e8;border-radius:6px;padding:16px">
        <div style="font-size:18px;font-weight:bold">Thursday, November 5, 2026</div>
        <div>10:00 AM CET (Europe/Warsaw)</div><div>Duration: 45 minutes</div>
        <div>Type: Video call (Microsoft Teams - link in the calendar invitation)</div></div>
        <p><b>Message from Katarzyna:</b><br>"Hi Jana, looking forward to our conversation. Piotr from our
        power stage team will join as well. If anything comes up, you can also reach me directly at
        <a href="mailto:katarzyna.wojcik@odradrive.pl">katarzyna.wojcik@odradrive.pl</a>. Best, Kasia"</p>
        <p style="color:#999;font-size:12px">Odra Drive Systems · ul. Strzegomska 140, 54-429 Wrocław, Poland<br>
        Powered by Workable</p></td></tr></table></td></tr></table></body></html>
    """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Workable//Workable Calendar//EN\nMETHOD:REQUEST\n" + \
        prague_like("Europe/Warsaw") + "\n" + t("""
        BEGIN:VEVENT
        UID:workable-interview-3f9c1d22a7@workable.com
        DTSTAMP:20261102T081400Z
        DTSTART;TZID=Europe/Warsaw:20261105T100000
        DTEND;TZID=Europe/Warsaw:20261105T104500
        SUMMARY:Interview: Jana Vogel / Hardware Design Engineer (Inverters) - Odra Drive Systems
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Odra Drive Systems:mailto:odra-drive-systems+b71f2e9a@candidates.workablemail.com
        ATTENDEE;CN=Jana Vogel;RSVP=TRUE:mailto:jana.vogel@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-11-02 09:14:40", "Europe/Warsaw"
    return message([
        ("Delivered-To", ME),
        rcv(6, "mail-246-18.workablemail.com", "50.31.246.18", when, z),
        ("From", addr("Odra Drive Systems", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Odra Drive Systems", "odra-drive-systems+b71f2e9a@candidates.workablemail.com")),
        ("To", JANA),
        ("Subject", "Interview invitation: Hardware Design Engineer (Inverters) at Odra Drive Systems"),
        ("Date", date(when, z)),
        ("Message-ID", mid(6, "candidates.workablemail.com")),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment",
                      cte="base64")))


@mail(name(7), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start="2026-10-15T09:30:00Z", end="2026-10-15T10:15:00Z",
      contact="deniz@kiezstrom.de", company="Kiezstrom GmbH",
      local="Thu 2026-10-15 11:30", local_end="2026-10-15 12:15", zone="Europe/Berlin",
      note="Teamtailor confirmation, HTML only, base64, du: 'Do, 15. Okt. · 11:30–12:15 (MESZ)' = "
           "CEST (UTC+2); sender and Reply-To are Teamtailor system/relay addresses, contact = the "
           "hiring manager's address in the body")
def k07() -> bytes:
    htm = t("""
        <!doctype html><html lang="de"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width"><title>Interview bestätigt</title></head>
        <body style="margin:0;background:#fafafa">
        <div style="max-width:560px;margin:0 auto;background:#ffffff;font-family:-apple-system,Segoe UI,Roboto,sans-serif;
        font-size:16px;line-height:24px;color:#1c1c1c;padding:32px">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo/kiezstrom.png" alt="Kiezstrom" width="120">
        <h1 style="font-size:22px">Dein Interview ist bestätigt 🎉</h1>
        <p>Hey Jana,</p>
        <p>super, dass es geklappt hat! Hier nochmal alles auf einen Blick:</p>
        <table style="background:#f3f0ff;border-radius:8px;padding:12px;width:100%">
        <tr><td>📅</td><td><b>Do, 15. Okt. · 11:30–12:15 (MESZ)</b></td></tr>
        <tr><td>📍</td><td>Google Meet – den Link bekommst du per Kalendereinladung</td></tr>
        <tr><td>👋</td><td>Mit: Deniz Aydın (Head of Hardware) &amp; Mia Schulte (People)</td></tr>
        </table>
        <p>Kurz zum Ablauf: erst erzählst du ein bisschen von dir, dann quatschen wir über unseren
        Batteriespeicher fürs Mehrfamilienhaus und zum Schluss hast du Zeit für deine Fragen.
        Keine Fangfragen, versprochen.</p>
        <p>Wenn was ist, schreib Deniz einfach direkt: <a href="mailto:deniz@kiezstrom.de">deniz@kiezstrom.de</a></p>
        <p>Bis denne!<br>Dein Kiezstrom-Team</p>
        <p style="font-size:12px;color:#8a8a8a">Kiezstrom GmbH · Gerichtstraße 23 · 13347 Berlin<br>
        Du erhältst diese E-Mail, weil du dich bei Kiezstrom beworben hast.
        <a href="https://kiezstrom.teamtailor.com/connect/privacy">Datenschutz</a></p>
        </div></body></html>
    """)
    when, z = "2026-10-09 13:02:51", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(7, "o3.sg.teamtailor-mail.com", "149.72.151.220", when, z),
        ("From", addr("Kiezstrom", "no-reply@kiezstrom.teamtailor-mail.com")),
        ("Reply-To", addr("Kiezstrom", "reply+c9d41a7e3b@kiezstrom.teamtailor-mail.com")),
        ("To", JANA),
        ("Subject", enc("Dein Interview bei Kiezstrom ist bestätigt 🎉")),
        ("Date", date(when, z)),
        ("Message-ID", mid(7, "kiezstrom.teamtailor-mail.com")),
        ("List-Unsubscribe", "<https://kiezstrom.teamtailor.com/connect/unsubscribe/a7e3b>"),
    ], html(htm, cte="base64"))


@mail(name(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T14:00:00Z", end="2026-11-02T14:30:00Z",
      contact="dana.whitfield@brightlinegrid.com", company="Brightline Grid Inc.",
      local="Mon 2026-11-02 15:00", local_end="2026-11-02 15:30", zone="Europe/Berlin",
      note="Calendly invitee confirmation shown in the invitee's zone '3:00pm - 3:30pm (Central European "
           "Time)' on Mon 2 Nov = CET (UTC+1) = 14:00Z; DST edge: Europe switched 25 Oct, the US on "
           "1 Nov, the body's '9:00am Eastern' agrees (EST, UTC-5); sent Thu 29 Oct when the gap was "
           "5 h; contact = Reply-To host")
def k08() -> bytes:
    body = t("""
        Hi Jana Vogel,

        Your Hardware Engineer - Phone Screen with Dana Whitfield at 03:00pm (Central European
        Time) on Monday, November 2, 2026 is scheduled.

        Event Type:
        Hardware Engineer - Phone Screen

        Invitee:
        Jana Vogel

        Invitee Email:
        jana.vogel@example.org

        Event Date/Time:
        03:00pm - 03:30pm (Central European Time) on Monday, November 2, 2026

        Location:
        This is a Zoom web conference.
        https://brightlinegrid.zoom.us/j/86120439175?pwd=Qm9sdGVk

        Additional note from Dana:
        Hi Jana - I'm in Boston, so that's 9:00am Eastern for me. Note the US clocks change
        this Sunday, so the gap goes back to 6 hours. Talk soon!

        Questions? Reply to this email to reach Dana Whitfield.

        View event in Calendly
        https://calendly.com/events/7d1c9e42/invitee

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7d1c9e42
        Reschedule: https://calendly.com/reschedulings/7d1c9e42

        Powered by Calendly.com
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Events//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:7d1c9e42-0a4b-4e2f-9b61-c7e0f5a3d210@calendly.com
        DTSTAMP:20261029T164012Z
        DTSTART:20261102T140000Z
        DTEND:20261102T143000Z
        SUMMARY:Hardware Engineer - Phone Screen (Jana Vogel and Dana Whitfield)
        LOCATION:https://brightlinegrid.zoom.us/j/86120439175?pwd=Qm9sdGVk
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@brightlinegrid.com
        ATTENDEE;CN=Jana Vogel;RSVP=TRUE:mailto:jana.vogel@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-10-29 17:40:12", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(8, "o7.email.calendly.com", "168.245.9.157", when, z),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Dana Whitfield", "dana.whitfield@brightlinegrid.com")),
        ("To", ME),
        ("Subject", "Confirmed: Hardware Engineer - Phone Screen with Dana Whitfield on Monday, November 2, 2026"),
        ("Date", date(when, z)),
        ("Message-ID", mid(8, "calendly.com")),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                      ctype="application/ics", cte="base64")))


@mail(name(9), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-09-29T11:00:00Z", end="2026-09-29T11:45:00Z",
      contact="heiko.brandt@muldental-energie.de", company="Muldental Energie GmbH",
      local="Tue 2026-09-29 13:00", local_end="2026-09-29 13:45", zone="Europe/Berlin",
      note="Microsoft Bookings confirmation; the body's zone label shows the standard offset "
           "'(UTC+01:00) Amsterdam, Berlin...' although 29 Sep is CEST (UTC+2): 13:00 CEST = 11:00Z, "
           "which the ICS (W. Europe Standard Time) confirms; 'Dauer: 45 Minuten' -> end; sender and "
           "ORGANIZER are the Bookings mailbox, contact = the staff member's address in the body")
def k09() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <table width="100%" style="max-width:640px"><tr><td style="background:#0f6cbd;color:#fff;padding:16px;font-size:20px">
        Muldental Energie – Karriere</td></tr>
        <tr><td style="padding:16px">
        <p style="font-size:18px">Ihr Termin wurde bestätigt.</p>
        <p>Hallo Jana Vogel,</p>
        <p>vielen Dank für Ihre Buchung bei Muldental Energie – Karriere.</p>
        <table cellpadding="3">
        <tr><td style="color:#616161">Dienstleistung</td><td>Kennenlerngespräch Ingenieur/in Netzleittechnik</td></tr>
        <tr><td style="color:#616161">Datum und Uhrzeit</td><td>Dienstag, 29. September 2026 13:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#616161">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#616161">Mitarbeiter</td><td>Heiko Brandt</td></tr>
        <tr><td style="color:#616161">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjM3NzQ1@thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p>Zusätzliche Informationen: Bei Rückfragen zum Gespräch erreichen Sie Herrn Brandt unter
        heiko.brandt@muldental-energie.de oder 0371 5522-410.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/Karriere@muldentalenergie.onmicrosoft.com/bookings/s/manage">Buchung verwalten</a></p>
        </td></tr></table>
        <p style="font-size:11px;color:#8a8886">Mit Microsoft Bookings erstellt</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
    """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Muldental Energie – Karriere:mailto:Karriere@muldentalenergie.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Vogel:mailto:jana.vogel@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Heiko Brandt:mailto:heiko.brandt@muldental-energie.de
        UID:040000008200E00074C5B7101A82E0080000000030B8F1AF2C4BDC010000000000000000100000007C1A
        SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Ingenieur/in Netzleittechnik
        DTSTART;TZID=W. Europe Standard Time:20260929T130000
        DTEND;TZID=W. Europe Standard Time:20260929T134500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260924T060315Z
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
    when, z = "2026-09-24 08:03:15", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(9, "mail-be0deu01on2095.outbound.protection.outlook.com", "40.107.127.95", when, z),
        ("From", addr("Muldental Energie – Karriere", "Karriere@muldentalenergie.onmicrosoft.com")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", enc("Termin bestätigt: Kennenlerngespräch Ingenieur/in Netzleittechnik")),
        ("Date", date(when, z)),
        ("Message-ID", mid(9, "BE1P281MB2231.DEUP281.PROD.OUTLOOK.COM", "outlook")),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-Auto-Response-Suppress", "All"),
    ], alt(html(htm, cte="base64"), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(10), family="workday", lang="de", interview=True, kind="scheduled",
      start="2026-11-04T08:30:00Z", end="2026-11-04T10:00:00Z",
      contact="franziska.koehler@elbsilizium.de", company="Elbsilizium Halbleiter GmbH",
      local="Wed 2026-11-04 09:30", local_end="2026-11-04 11:00", zone="Europe/Berlin",
      note="Workday notification from the tenant mailbox @myworkday.com: 'Mi, 4. Nov. 2026, "
           "09:30 – 11:00 MEZ' = CET (UTC+1); contact = recruiter address in the body")
def k10() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        wir freuen uns, Sie zu einem persönlichen Gespräch für die Stelle
        "Prozessingenieur (w/m/d) Elektrische Charakterisierung" (R-10447) einzuladen.

        Datum:    Mi, 4. Nov. 2026
        Uhrzeit:  09:30 – 11:00 MEZ
        Ort:      Werk Dresden-Klotzsche, Gebäude B, Empfang (Besucherausweis bitte mit
                  Personalausweis abholen)
        Teilnehmende: Dr. Uwe Petzold (Teamleitung), Franziska Köhler (Talent Acquisition)

        Bitte planen Sie etwa 15 Minuten für die Sicherheitsunterweisung am Empfang ein.

        Für Rückfragen steht Ihnen Franziska Köhler zur Verfügung:
        franziska.koehler@elbsilizium.de | +49 351 8870 2214

        Den aktuellen Stand Ihrer Bewerbung finden Sie jederzeit in Ihrem Kandidatenkonto:
        https://elbsilizium.wd3.myworkdayjobs.com/de-DE/Careers/userHome

        Mit freundlichen Grüßen
        Ihr Talent-Acquisition-Team
        Elbsilizium Halbleiter GmbH

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
    """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Sehr geehrte Frau Vogel,</p>
        <p>wir freuen uns, Sie zu einem persönlichen Gespräch für die Stelle
        „Prozessingenieur (w/m/d) Elektrische Charakterisierung“ (R-10447) einzuladen.</p>
        <table border="0" cellpadding="2">
        <tr><td><b>Datum:</b></td><td>Mi, 4. Nov. 2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>09:30 – 11:00 MEZ</td></tr>
        <tr><td><b>Ort:</b></td><td>Werk Dresden-Klotzsche, Gebäude B, Empfang (Besucherausweis bitte mit
        Personalausweis abholen)</td></tr>
        <tr><td><b>Teilnehmende:</b></td><td>Dr. Uwe Petzold (Teamleitung), Franziska Köhler (Talent Acquisition)</td></tr>
        </table>
        <p>Bitte planen Sie etwa 15 Minuten für die Sicherheitsunterweisung am Empfang ein.</p>
        <p>Für Rückfragen steht Ihnen Franziska Köhler zur Verfügung:<br>
        <a href="mailto:franziska.koehler@elbsilizium.de">franziska.koehler@elbsilizium.de</a> | +49 351 8870 2214</p>
        <p><a href="https://elbsilizium.wd3.myworkdayjobs.com/de-DE/Careers/userHome">Zum Kandidatenkonto</a></p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Elbsilizium Halbleiter GmbH</p>
        <p style="color:#777;font-size:11px">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </body></html>
    """)
    when, z = "2026-10-30 15:20:44", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(10, "wd3-mta-impl-01.myworkday.com", "185.111.38.21", when, z),
        ("From", addr("Elbsilizium Halbleiter GmbH", "elbsilizium@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – R-10447 Prozessingenieur (w/m/d)")),
        ("Date", date(when, z)),
        ("Message-ID", f"<{qid(10).lower()}.1688.1793456444@wd3-mta-impl-01.myworkday.com>"),
    ], alt(text(body), html(htm)))


@mail(name(11), family="human_ics_only", lang="de", interview=True, kind="scheduled",
      start="2026-11-19T13:00:00Z", end="2026-11-19T14:00:00Z",
      contact="lukas.reinhardt@spreewerk-robotics.de", company="Spreewerk Robotics GmbH",
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone="Europe/Berlin",
      note="Short human mail ('anbei die Einladung für Donnerstag') whose time is only in the attached "
           "Thunderbird ICS: DTSTART;TZID=Europe/Berlin 20261119T140000 = CET (UTC+1) 13:00Z; "
           "contact = sender / ORGANIZER")
def k11() -> bytes:
    body = t("""
        Hallo Frau Vogel,

        wie eben am Telefon besprochen, anbei die Einladung für Donnerstag. Melden Sie
        sich bitte am Empfang in der Rudower Chaussee 29, ich hole Sie dort ab. Mit dabei
        ist dann noch unser Teamleiter Elektronik, Herr Bachmann.

        Bis Donnerstag und beste Grüße
        Lukas Reinhardt

        --
        Lukas Reinhardt
        Talent Acquisition
        Spreewerk Robotics GmbH | Rudower Chaussee 29 | 12489 Berlin
        T +49 30 6392 7715
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
        VERSION:2.0
        METHOD:REQUEST
    """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        CREATED:20261116T085822Z
        LAST-MODIFIED:20261116T090105Z
        DTSTAMP:20261116T090105Z
        UID:3b8e7f2a-1c4d-4e9a-b0f6-5d2c8a1e7b90
        SUMMARY:Vorstellungsgespräch Frau Vogel (Hardware-Entwicklung)
        ORGANIZER;CN=Lukas Reinhardt:mailto:lukas.reinhardt@spreewerk-robotics.de
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Jana Vogel:mailto:jana.vogel@example.org
        ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Henrik Bachmann:mailto:henrik.bachmann@spreewerk-robotics.de
        DTSTART;TZID=Europe/Berlin:20261119T140000
        DTEND;TZID=Europe/Berlin:20261119T150000
        LOCATION:Spreewerk Robotics\\, Rudower Chaussee 29\\, Raum 2.07
        SEQUENCE:0
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-11-16 10:01:05", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(11, "smtp.spreewerk-robotics.de", "85.13.150.44", when, z),
        ("From", addr("Lukas Reinhardt", "lukas.reinhardt@spreewerk-robotics.de")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", enc("Einladung: Vorstellungsgespräch Frau Vogel (Hardware-Entwicklung) @ Do 19. Nov. 2026")),
        ("Date", date(when, z)),
        ("Message-ID", mid(11, "spreewerk-robotics.de")),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
    ], mixed(text(body, cte="8bit", params="format=flowed"),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                      cte="8bit", name_param=True)))


@mail(name(12), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-12-01T13:00:00Z", end="2026-12-01T14:00:00Z",
      contact="annett.schubert@saxonia-messtechnik.de", company="Saxonia Messtechnik GmbH",
      local="Tue 2026-12-01 14:00", local_end="2026-12-01 15:00", zone="Europe/Berlin",
      note="softgarden invitation, Sie, 'Dienstag, 01.12.2026, 14:00 - 15:00 Uhr' in Dresden, CET "
           "(UTC+1); iso-8859-15 quoted-printable; sender no-reply, contact = recruiter address in body")
def k12() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        vielen Dank für Ihr Interesse an der Position "Hardwareentwicklerin / Hardwareentwickler
        Messsysteme" (Kennziffer 2026-114). Gern möchten wir Sie persönlich kennenlernen und laden
        Sie hiermit zu einem Vorstellungsgespräch ein:

        Termin:   Dienstag, 01.12.2026, 14:00 - 15:00 Uhr
        Ort:      Saxonia Messtechnik GmbH, Königsbrücker Landstraße 96, 01109 Dresden
                  Haus 2, Besprechungsraum "Elbe"
        Ihre Gesprächspartner: Herr Steffen Kunze (Bereichsleiter Entwicklung),
                  Frau Annett Schubert (Personal)

        Die Anreise mit Straßenbahnlinie 7 bis Haltestelle Industriegelände ist am bequemsten.
        Fahrtkosten werden nicht erstattet.

        Bitte bestätigen Sie uns den Termin über den folgenden Link:
        https://saxonia-messtechnik.softgarden.io/de/interview/confirm/8a1e33c0

        Bei Fragen erreichen Sie mich unter annett.schubert@saxonia-messtechnik.de oder
        telefonisch unter 0351 88 20 31-12.

        Mit freundlichen Grüßen

        Annett Schubert
        Personal
        Saxonia Messtechnik GmbH

        ----------------------------------------------------------------
        Diese E-Mail wurde über softgarden versendet. Antworten an diese
        Adresse können nicht bearbeitet werden.
    """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px">
        <p>Sehr geehrte Frau Vogel,</p>
        <p>vielen Dank für Ihr Interesse an der Position &quot;Hardwareentwicklerin / Hardwareentwickler
        Messsysteme&quot; (Kennziffer 2026-114). Gern möchten wir Sie persönlich kennenlernen und laden
        Sie hiermit zu einem Vorstellungsgespräch ein:</p>
        <p><b>Termin:</b> Dienstag, 01.12.2026, 14:00 - 15:00 Uhr<br>
        <b>Ort:</b> Saxonia Messtechnik GmbH, Königsbrücker Landstraße 96, 01109 Dresden, Haus 2,
        Besprechungsraum &quot;Elbe&quot;<br>
        <b>Ihre Gesprächspartner:</b> Herr Steffen Kunze (Bereichsleiter Entwicklung),
        Frau Annett Schubert (Personal)</p>
        <p>Die Anreise mit Straßenbahnlinie 7 bis Haltestelle Industriegelände ist am bequemsten.
        Fahrtkosten werden nicht erstattet.</p>
        <p><a href="https://saxonia-messtechnik.softgarden.io/de/interview/confirm/8a1e33c0"
        style="background:#e30613;color:#fff;padding:8px 14px;text-decoration:none">Termin bestätigen</a></p>
        <p>Bei Fragen erreichen Sie mich unter
        <a href="mailto:annett.schubert@saxonia-messtechnik.de">annett.schubert@saxonia-messtechnik.de</a>
        oder telefonisch unter 0351 88 20 31-12.</p>
        <p>Mit freundlichen Grüßen</p><p>Annett Schubert<br>Personal<br>Saxonia Messtechnik GmbH</p>
        <hr><p style="font-size:10px;color:#666">Diese E-Mail wurde über softgarden versendet.
        Antworten an diese Adresse können nicht bearbeitet werden.</p>
        </body></html>
    """)
    when, z = "2026-11-26 09:41:19", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(12, "mta-2.softgarden.io", "37.120.180.61", when, z),
        ("From", addr("Saxonia Messtechnik GmbH", "noreply@softgarden.io")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Hardwareentwicklerin Messsysteme", "iso-8859-15")),
        ("Date", date(when, z)),
        ("Message-ID", mid(12, "softgarden.io")),
    ], alt(text(body, charset="iso-8859-15"), html(htm, charset="iso-8859-15")))


@mail(name(13), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-11-12T08:30:00Z", end=None,
      contact="marco@kabelsalat-labs.de", company="Kabelsalat Labs GmbH",
      local="Thu 2026-11-12 09:30", zone="Europe/Berlin",
      note="Berlin-register reply, du: 'Donnerstag halb zehn' closes a quoted thread (his proposal "
           "'Do 9:30 oder Fr 15 Uhr', her 'Donnerstag 9:30 passt'); Thursday resolved against Date "
           "(Mon 9 Nov 2026) -> 12 Nov 09:30 CET = 08:30Z; no length -> end null; Gmail text+html")
def k13() -> bytes:
    body = t("""
        Jut, dann Donnerstag halb zehn bei uns. Ratiborstraße 14, zweiter Hinterhof,
        Aufgang C, ganz oben. Klingel is kaputt, ruf einfach kurz an (0176 2298 4410),
        dann komm ich runter.

        Bring gern was mit, woran du gebaut hast, wir sind da eher so Hands-on.
        Kaffee gibts, Kekse eventuell.

        Bis Donnerstag
        Marco

        Am Mo., 9. Nov. 2026 um 17:05 Uhr schrieb Jana Vogel <jana.vogel@example.org>:
        > Hi Marco,
        >
        > Donnerstag 9:30 passt mir super! Soll ich irgendwas vorbereiten?
        >
        > Viele Grüße
        > Jana
        >
        > Am Mo., 9. Nov. 2026 um 11:48 Uhr schrieb Marco Lehmann <marco@kabelsalat-labs.de>:
        >> Hi Jana,
        >>
        >> danke für deine Bewerbung, klingt richtig gut! Hast du Lust, mal bei uns in
        >> Kreuzberg vorbeizukommen? Ich könnte Donnerstag 9:30 oder Freitag 15 Uhr.
        >>
        >> Marco
    """)
    when, z = "2026-11-09 18:22:37", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(13, "mail-wr1-f54.google.com", "209.85.221.54", when, z),
        ("From", addr("Marco Lehmann", "marco@kabelsalat-labs.de")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", "Re: Bewerbung Hardware-Entwicklerin"),
        ("Date", date(when, z)),
        ("Message-ID", mid(13, "mail.gmail.com", "gmail")),
        ("In-Reply-To", mid(1301, "mail.gmail.com", "gmail")),
        ("References", mid(1300, "mail.gmail.com", "gmail") + " " + mid(1301, "mail.gmail.com", "gmail")),
    ], alt(text(body), html(gmail_html(body))))


@mail(name(14), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-23T20:00:00Z", end="2026-11-23T20:45:00Z",
      contact="aroha.ngata@kaurigrid.co.nz", company="Kauri Grid Technologies Ltd",
      local="Tue 2026-11-24 09:00", local_end="2026-11-24 09:45", zone="Pacific/Auckland",
      note="Recruiter in Auckland with a pasted Zoom block: Tue 24 Nov 09:00 NZDT (UTC+13) = Mon 23 Nov "
           "20:00Z, the previous day in UTC (the body also says 'Monday 23 November at 9pm your time', "
           "CET); 'We've set aside 45 minutes' -> end; Date is Wed 18 Nov NZDT (still the 18th in UTC)")
def k14() -> bytes:
    body = t("""
        Kia ora Jana,

        Lovely to hear back from you. I've locked in your first interview with our hardware team
        for Tuesday 24 November at 9:00am NZDT, which should be Monday 23 November at 9pm your
        time in Dresden - hope that isn't too late in the evening for you! We've set aside 45
        minutes.

        You'll meet Sam Whitcombe (Principal Hardware Engineer) and me. Zoom details below.

        Ngā mihi,
        Aroha

        Aroha Ngata | Talent Lead
        Kauri Grid Technologies Ltd | Level 4, 12 Customs Street East, Auckland 1010
        aroha.ngata@kaurigrid.co.nz | +64 9 555 0142

        -----
        Aroha Ngata is inviting you to a scheduled Zoom meeting.

        Topic: Kauri Grid - Interview Jana Vogel (Hardware)
        Time: Nov 24, 2026 09:00 AM Auckland, Wellington

        Join Zoom Meeting
        https://kaurigrid.zoom.us/j/83315570921?pwd=a2F1cmk

        Meeting ID: 833 1557 0921
        Passcode: 552901
    """)
    htm = t("""
        <html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Kia ora Jana,</p>
        <p>Lovely to hear back from you. I've locked in your first interview with our hardware team
        for <b>Tuesday 24 November at 9:00am NZDT</b>, which should be Monday 23 November at 9pm your
        time in Dresden - hope that isn't too late in the evening for you! We've set aside 45 minutes.</p>
        <p>You'll meet Sam Whitcombe (Principal Hardware Engineer) and me. Zoom details below.</p>
        <p>Ngā mihi,<br>Aroha</p>
        <p style="color:#555">Aroha Ngata | Talent Lead<br>Kauri Grid Technologies Ltd | Level 4, 12 Customs Street East, Auckland 1010<br>
        aroha.ngata@kaurigrid.co.nz | +64 9 555 0142</p>
        <hr>
        <p>Aroha Ngata is inviting you to a scheduled Zoom meeting.</p>
        <p>Topic: Kauri Grid - Interview Jana Vogel (Hardware)<br>Time: Nov 24, 2026 09:00 AM Auckland, Wellington</p>
        <p>Join Zoom Meeting<br><a href="https://kaurigrid.zoom.us/j/83315570921?pwd=a2F1cmk">https://kaurigrid.zoom.us/j/83315570921?pwd=a2F1cmk</a></p>
        <p>Meeting ID: 833 1557 0921<br>Passcode: 552901</p>
        </div></body></html>
    """)
    when, z = "2026-11-18 14:05:09", "Pacific/Auckland"
    return message([
        ("Delivered-To", ME),
        rcv(14, "mail-sy4aus01on2070.outbound.protection.outlook.com", "40.107.107.70", when, z),
        ("From", addr("Aroha Ngata", "aroha.ngata@kaurigrid.co.nz")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", "Kauri Grid - your first interview (Tue 24 Nov NZ time)"),
        ("Date", date(when, z)),
        ("Message-ID", mid(14, "SY4P282MB3310.AUSP282.PROD.OUTLOOK.COM", "outlook")),
        ("Content-Language", "en-NZ"),
    ], alt(text(body), html(htm)))


@mail(name(15), family="ashby_forward", lang="en", interview=True, kind="scheduled",
      start="2026-12-10T09:00:00Z", end="2026-12-10T10:30:00Z",
      contact="ines.carvalho@nordlicht-mobility.com", company="Nordlicht Mobility GmbH",
      local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:30", zone="Europe/Berlin",
      note="Jana forwards an Ashby confirmation from her phone address to herself as an attached "
           "message/rfc822; inner body 'Thursday, December 10, 2026, 10:00 AM - 11:30 AM CET' = 09:00Z; "
           "contact = the recruiter in the forwarded message's Reply-To (the outer sender is the "
           "candidate herself)")
def k15() -> bytes:
    inner_body = t("""
        Hi Jana,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, December 10, 2026, 10:00 AM – 11:30 AM CET
        Google Meet: https://meet.google.com/nzk-pwfa-oje

        You'll meet with:
          Henning Albers — Lead Electronics Engineer, Charging
          Ines Carvalho — Senior Recruiter

        Questions? Just reply and it will reach Ines Carvalho.

        Thanks,
        Nordlicht Mobility Recruiting
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
    """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:a7c21e0f-93b4-4c8a-b51e-0d6f2e9a1b44
        DTSTAMP:20261201T095805Z
        DTSTART;TZID=Europe/Berlin:20261210T100000
        DTEND;TZID=Europe/Berlin:20261210T113000
        SEQUENCE:0
        SUMMARY:Nordlicht Mobility – Electronics Engineer (Charging) Interview
        LOCATION:Google Meet
        ORGANIZER;CN=Ines Carvalho:mailto:ines.carvalho@nordlicht-mobility.com
        ATTENDEE;CN=Jana Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.vogel@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    iw, z = "2026-12-01 10:58:05", "Europe/Berlin"
    inner = message([
        ("From", addr("Nordlicht Mobility", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Ines Carvalho", "ines.carvalho@nordlicht-mobility.com")),
        ("To", addr("Jana Vogel", "jana.vogel@example.net")),
        ("Subject", "Interview confirmed: Electronics Engineer (Charging) at Nordlicht Mobility"),
        ("Date", date(iw, z)),
        ("Message-ID", "<0100019a3c1f6e88-3b7a1c44-8e0d-4f12-a9c6-5b2e7d1f0a93-000000@email.amazonses.com>"),
    ], mixed(text(inner_body, cte="base64"),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                      cte="base64")))
    outer = t("""
        an mich selbst, damit's im richtigen Kalender landet. Do 10.12. 10 Uhr!!

        --\x20
        Gesendet mit K-9 Mail
    """)
    when = "2026-12-01 11:31:40"
    return message([
        ("Delivered-To", ME),
        rcv(15, "mout.example.net", "198.51.100.23", when, z),
        ("From", addr("Jana Vogel", "jana.vogel@example.net")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", "Fwd: Interview confirmed: Electronics Engineer (Charging) at Nordlicht Mobility"),
        ("Date", date(when, z)),
        ("Message-ID", mid(15, "example.net")),
        ("User-Agent", "K-9 Mail for Android"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Interview confirmed.eml")))


@mail(name(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-08T14:00:00Z", end="2026-12-08T16:30:00Z",
      contact="priya.natarajan@corvane.com", company="Corvane Semiconductor",
      local="Tue 2026-12-08 15:00", local_end="2026-12-08 17:30", zone="Europe/Berlin",
      note="GoodTime virtual onsite itinerary, three sessions 3:00 PM - 5:30 PM 'Central European "
           "Standard Time (GMT+01:00)': start = first session, end = last session's end (CET, 14:00Z-"
           "16:30Z); interviewers' US Central times also shown; contact = Reply-To coordinator")
def k16() -> bytes:
    body = t("""
        Hi Jana,

        Your virtual onsite with Corvane Semiconductor is confirmed. All times below are shown
        in your time zone, Central European Standard Time (GMT+01:00).

        Tuesday, December 8, 2026

          3:00 PM - 3:45 PM   Mixed-signal design deep dive
                              with Rahul Menon, Senior Design Engineer
          3:45 PM - 4:30 PM   Board bring-up & debugging
                              with Claire Dubois, Hardware Engineering Manager
          4:45 PM - 5:30 PM   Hiring manager conversation
                              with Mark Ellison, Director, Power Products

        (Your interviewers are in Austin: 8:00 AM - 10:30 AM CST.)

        All sessions use the same Zoom link:
        https://corvane.zoom.us/j/91733025588

        Please have a pen and paper ready for the design session. If you need anything before
        the day, reply to this email and it will reach your coordinator, Priya Natarajan.

        Good luck!
        Corvane Recruiting

        Sent via GoodTime
    """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jana,</p>
        <p>Your virtual onsite with Corvane Semiconductor is confirmed. All times below are shown in your
        time zone, <b>Central European Standard Time (GMT+01:00)</b>.</p>
        <h3>Tuesday, December 8, 2026</h3>
        <table cellpadding="6" style="border:1px solid #ddd">
        <tr><td>3:00 PM - 3:45 PM</td><td>Mixed-signal design deep dive<br><small>with Rahul Menon, Senior Design Engineer</small></td></tr>
        <tr><td>3:45 PM - 4:30 PM</td><td>Board bring-up &amp; debugging<br><small>with Claire Dubois, Hardware Engineering Manager</small></td></tr>
        <tr><td>4:45 PM - 5:30 PM</td><td>Hiring manager conversation<br><small>with Mark Ellison, Director, Power Products</small></td></tr>
        </table>
        <p>(Your interviewers are in Austin: 8:00 AM - 10:30 AM CST.)</p>
        <p>All sessions use the same Zoom link: <a href="https://corvane.zoom.us/j/91733025588">https://corvane.zoom.us/j/91733025588</a></p>
        <p>Please have a pen and paper ready for the design session. If you need anything before the day,
        reply to this email and it will reach your coordinator, Priya Natarajan.</p>
        <p>Good luck!<br>Corvane Recruiting</p>
        <p style="font-size:11px;color:#999">Sent via GoodTime</p>
        </body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gt-itinerary-61f0c2d8a4@goodtime.io
        DTSTAMP:20261204T181012Z
        DTSTART:20261208T140000Z
        DTEND:20261208T163000Z
        SUMMARY:Corvane Semiconductor - Virtual Onsite (Jana Vogel)
        LOCATION:https://corvane.zoom.us/j/91733025588
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@corvane.com
        ATTENDEE;CN=Jana Vogel;RSVP=TRUE:mailto:jana.vogel@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-12-04 19:10:12", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(16, "o12.mail.goodtime.io", "149.72.34.198", when, z),
        ("From", addr("Corvane Recruiting", "notifications@goodtime.io")),
        ("Reply-To", addr("Priya Natarajan", "priya.natarajan@corvane.com")),
        ("To", ME),
        ("Subject", "Your interview schedule with Corvane Semiconductor - Tue, Dec 8"),
        ("Date", date(when, z)),
        ("Message-ID", mid(16, "goodtime.io")),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment",
                      cte="base64")))


@mail(name(17), family="google_calendar", lang="de", interview=True, kind="rescheduled",
      start="2026-10-23T08:00:00Z", end="2026-10-23T09:30:00Z",
      contact="stefanie.wagner@auensee-elektronik.de", company="Auensee Elektronik GmbH",
      local="Fri 2026-10-23 10:00", local_end="2026-10-23 11:30", zone="Europe/Berlin",
      note="German Google Calendar 'Aktualisierte Einladung': moved from Do 22 Okt 14:00 to Fr 23 Okt "
           "10:00-11:30 (CEST, UTC+2, two days before the switch to CET) = 08:00Z; ICS SEQUENCE:1 with "
           "TZID Europe/Berlin; start = new time; contact = ORGANIZER")
def k17() -> bytes:
    body = t("""
        Diese Veranstaltung wurde geändert.

        Zweitgespräch Hardware-Entwicklung – Jana Vogel
        Geändert: Wann
        Freitag, 23. Okt. 2026 ⋅ 10:00 – 11:30 (Mitteleuropäische Zeit - Berlin)
        Bisher: Donnerstag, 22. Okt. 2026 ⋅ 14:00 – 15:30

        Ort
        Auensee Elektronik GmbH, Gustav-Esche-Straße 4, 04159 Leipzig

        Kalender
        jana.vogel@example.org

        Teilnehmer
        Stefanie Wagner – Organisator
        Ralf Kühnel
        jana.vogel@example.org

        Hallo Frau Vogel, wie besprochen auf Freitag verschoben – Herr Kühnel ist Donnerstag
        doch auf Dienstreise. Danke für Ihre Flexibilität! S. Wagner

        Alle Termindetails ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=M2xrdDRn

        Antworten für jana.vogel@example.org
        Ja  Nein  Vielleicht  Weitere Optionen

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie Teilnehmer dieser Veranstaltung sind.
    """)
    htm = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p>Diese Veranstaltung wurde geändert.</p>
        <h2 style="font-size:22px">Zweitgespräch Hardware-Entwicklung – Jana Vogel</h2>
        <table><tr><td><b>Wann</b> <span style="color:#d93025">Geändert</span></td>
        <td>Freitag, 23. Okt. 2026 ⋅ 10:00 – 11:30 (Mitteleuropäische Zeit - Berlin)<br>
        <span style="text-decoration:line-through;color:#70757a">Donnerstag, 22. Okt. 2026 ⋅ 14:00 – 15:30</span></td></tr>
        <tr><td><b>Ort</b></td><td>Auensee Elektronik GmbH, Gustav-Esche-Straße 4, 04159 Leipzig</td></tr>
        <tr><td><b>Teilnehmer</b></td><td>Stefanie Wagner – Organisator<br>Ralf Kühnel<br>jana.vogel@example.org</td></tr></table>
        <p>Hallo Frau Vogel, wie besprochen auf Freitag verschoben – Herr Kühnel ist Donnerstag doch auf
        Dienstreise. Danke für Ihre Flexibilität! S. Wagner</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
    """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261023T100000
        DTEND;TZID=Europe/Berlin:20261023T113000
        DTSTAMP:20261019T144502Z
        ORGANIZER;CN=Stefanie Wagner:mailto:stefanie.wagner@auensee-elektronik.de
        UID:3lkt4g0b7r9e2q1s5m6a8c0d2f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stefanie Wagner;X-NUM-GUESTS=0:mailto:stefanie.wagner@auensee-elektronik.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ralf Kühnel;X-NUM-GUESTS=0:mailto:ralf.kuehnel@auensee-elektronik.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.vogel@example.org;X-NUM-GUESTS=0:mailto:jana.vogel@example.org
        CREATED:20261012T091233Z
        DESCRIPTION:Hallo Frau Vogel\\, wie besprochen auf Freitag verschoben.
        LAST-MODIFIED:20261019T144502Z
        LOCATION:Auensee Elektronik GmbH\\, Gustav-Esche-Straße 4\\, 04159 Leipzig
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Zweitgespräch Hardware-Entwicklung – Jana Vogel
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-10-19 16:45:02", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(17, "mail-sor-f69.google.com", "209.85.220.69", when, z),
        ("From", addr("Stefanie Wagner", "stefanie.wagner@auensee-elektronik.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "stefanie.wagner@auensee-elektronik.de"),
        ("To", ME),
        ("Subject", enc("Aktualisierte Einladung: Zweitgespräch Hardware-Entwicklung – Jana Vogel @ "
                        "Fr. 23. Okt. 2026 10:00 - 11:30 (MESZ) (jana.vogel@example.org)")),
        ("Date", date(when, z)),
        ("Message-ID", "<calendar-9e1b3f70-2c5d-4a8e-b7f1-6d0c2e4a9b15@google.com>"),
    ], mixed(alt(text(body, cte="base64"), html(htm, cte="base64"),
                 calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(name(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-10-15T11:30:00Z", end=None,
      contact="matthias.uhlig@schoenherr-anlagenbau.de", company="Schönherr Anlagenbau GmbH",
      local="Thu 2026-10-15 13:30", zone="Europe/Berlin",
      note="Prose reschedule, Sie: Di 13.10. 10 Uhr moved to 'kommenden Donnerstag (15.10.) um "
           "13:30 Uhr', resolved against Date (Fri 9 Oct 2026), CEST (UTC+2) = 11:30Z; 'ca. eine "
           "Stunde' -> end null; windows-1252 quoted-printable, text only")
def k18() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        leider muss ich unseren Termin am Dienstag, den 13.10., um 10 Uhr verschieben – bei uns
        steht kurzfristig ein Kundenaudit an, bei dem ich nicht fehlen kann. Bitte entschuldigen
        Sie die Umstände.

        Wie eben telefonisch mit Ihnen abgestimmt, treffen wir uns stattdessen kommenden
        Donnerstag (15.10.) um 13:30 Uhr, wieder bei uns in der Neefestraße 88, Chemnitz.
        Wir rechnen mit ca. einer Stunde inklusive kurzem Rundgang durch die Fertigung.

        Ich freue mich auf das Gespräch.

        Mit freundlichen Grüßen

        Dr.-Ing. Matthias Uhlig
        Leiter Elektrokonstruktion
        Schönherr Anlagenbau GmbH
        Neefestraße 88 · 09119 Chemnitz
        Tel. 0371 3394-120
        matthias.uhlig@schoenherr-anlagenbau.de

        Geschäftsführer: Dipl.-Ing. Rainer Schönherr · Amtsgericht Chemnitz HRB 18842
    """)
    when, z = "2026-10-09 11:20:31", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(18, "mail.schoenherr-anlagenbau.de", "92.204.55.17", when, z),
        ("From", addr("Uhlig, Matthias", "matthias.uhlig@schoenherr-anlagenbau.de")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", enc("Verschiebung unseres Gesprächs am 13.10.", "windows-1252")),
        ("Date", date(when, z)),
        ("Message-ID", mid(18, "SRV-EXCH01.schoenherr.local", "outlook")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Importance", "high"),
    ], text(body, charset="windows-1252", cte="quoted-printable"))


@mail(name(19), family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-11-18T12:00:00Z", end="2026-11-18T13:00:00Z",
      contact="petra.dvorakova@karlinmicrowave.cz", company="Karlín Microwave s.r.o.",
      local="Wed 2026-11-18 13:00", local_end="2026-11-18 14:00", zone="Europe/Prague",
      note="Lever reschedule from a Prague company: new time Wed 18 Nov 1:00-2:00 PM CET (UTC+1) = "
           "12:00Z, previous Tue 17 Nov 10:00 AM also stated (a Czech public holiday); ICS SEQUENCE:1 "
           "TZID Europe/Prague; contact = Reply-To recruiter")
def k19() -> bytes:
    body = t("""
        Hi Jana,

        Your interview with Karlín Microwave has been rescheduled.

        NEW TIME
        Wednesday, November 18, 2026
        1:00 PM - 2:00 PM CET (Prague)

        PREVIOUSLY
        Tuesday, November 17, 2026, 10:00 AM CET

        Apologies - we overlooked that 17 November is a public holiday in Czechia and the
        office will be closed. The format stays the same: onsite at Karlín Microwave,
        Pernerova 691/42, Prague 8, with Jiří Beneš (RF Team Lead) and Petra Dvořáková.

        Reply to this email if the new time doesn't work for you.

        Best,
        Petra Dvořáková
        Karlín Microwave s.r.o.

        Sent with Lever
    """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Jana,</p><p>Your interview with Karlín Microwave has been <b>rescheduled</b>.</p>
        <p style="font-size:12px;color:#579f6e;letter-spacing:1px">NEW TIME</p>
        <p><b>Wednesday, November 18, 2026<br>1:00 PM - 2:00 PM CET (Prague)</b></p>
        <p style="font-size:12px;color:#999;letter-spacing:1px">PREVIOUSLY</p>
        <p style="text-decoration:line-through;color:#999">Tuesday, November 17, 2026, 10:00 AM CET</p>
        <p>Apologies - we overlooked that 17 November is a public holiday in Czechia and the office will be
        closed. The format stays the same: onsite at Karlín Microwave, Pernerova 691/42, Prague 8, with
        Jiří Beneš (RF Team Lead) and Petra Dvořáková.</p>
        <p>Reply to this email if the new time doesn't work for you.</p>
        <p>Best,<br>Petra Dvořáková<br>Karlín Microwave s.r.o.</p>
        <p style="font-size:11px;color:#aaa">Sent with Lever</p></body></html>
    """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Lever//Interview Scheduling//EN\nMETHOD:REQUEST\n" + \
        cet("Europe/Prague") + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-interview-0b7e3c11-5d2a-4f60-9e8b-2a1c4d7f9e30
        DTSTAMP:20261112T150004Z
        DTSTART;TZID=Europe/Prague:20261118T130000
        DTEND;TZID=Europe/Prague:20261118T140000
        SEQUENCE:1
        SUMMARY:Interview: Jana Vogel - RF Hardware Engineer (Karlín Microwave)
        LOCATION:Karlín Microwave\\, Pernerova 691/42\\, Praha 8
        ORGANIZER;CN=Petra Dvořáková:mailto:petra.dvorakova@karlinmicrowave.cz
        ATTENDEE;CN=Jana Vogel;RSVP=TRUE:mailto:jana.vogel@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-11-12 16:00:04", "Europe/Prague"
    return message([
        ("Delivered-To", ME),
        rcv(19, "mail-a8-145.smtp-out.amazonses.com", "54.240.8.145", when, z),
        ("From", addr("Karlín Microwave", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Petra Dvořáková", "petra.dvorakova@karlinmicrowave.cz")),
        ("To", ME),
        ("Subject", enc("Rescheduled: Interview with Karlín Microwave - Wed, Nov 18")),
        ("Date", date(when, z)),
        ("Message-ID", "<0100019b2f7c1a44-5e1d8b30-7c2f-4a91-b6e0-3d9a1f2c8e77-000000@email.amazonses.com>"),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                      cte="base64")))


@mail(name(20), family="recruitee", lang="de", interview=True, kind="rescheduled",
      start="2026-12-07T14:30:00Z", end="2026-12-07T15:15:00Z",
      contact="julia.hempel@mdl-ladetechnik.de", company="Mitteldeutsche Ladetechnik GmbH",
      local="Mon 2026-12-07 15:30", local_end="2026-12-07 16:15", zone="Europe/Berlin",
      note="Recruitee 'Interview verschoben', du: new 'Mo, 7. Dez. 2026, 15:30 – 16:15 Uhr (MEZ)' "
           "= 14:30Z, old Fri 4 Dec 11:00 also stated; ICS SEQUENCE:2; contact = Reply-To recruiter")
def k20() -> bytes:
    body = t("""
        Hallo Jana,

        dein Interview für "Hardware-Entwickler:in Ladeelektronik" wurde verschoben.

        Neuer Termin:  Mo, 7. Dez. 2026, 15:30 – 16:15 Uhr (MEZ)
        Alter Termin:  Fr, 4. Dez. 2026, 11:00 Uhr (entfällt)
        Ort:           Video-Call (Link in der Kalendereinladung)
        Mit:           Julia Hempel, Tino Graupner

        Julia schreibt dazu: "Sorry für das Hin und Her! Tino ist Freitag beim Kunden in
        Halle, Montag passt's dann aber sicher."

        Bei Fragen antworte einfach auf diese E-Mail.

        Viele Grüße aus Leipzig
        Dein MDL-Team
    """)
    htm = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#222">
        <p>Hallo Jana,</p>
        <p>dein Interview für „Hardware-Entwickler:in Ladeelektronik“ wurde <b>verschoben</b>.</p>
        <table cellpadding="4">
        <tr><td>Neuer Termin:</td><td><b>Mo, 7. Dez. 2026, 15:30 – 16:15 Uhr (MEZ)</b></td></tr>
        <tr><td>Alter Termin:</td><td><s>Fr, 4. Dez. 2026, 11:00 Uhr</s> (entfällt)</td></tr>
        <tr><td>Ort:</td><td>Video-Call (Link in der Kalendereinladung)</td></tr>
        <tr><td>Mit:</td><td>Julia Hempel, Tino Graupner</td></tr></table>
        <p>Julia schreibt dazu: „Sorry für das Hin und Her! Tino ist Freitag beim Kunden in Halle, Montag
        passt's dann aber sicher.“</p>
        <p>Bei Fragen antworte einfach auf diese E-Mail.</p>
        <p>Viele Grüße aus Leipzig<br>Dein MDL-Team</p>
        <p style="font-size:11px;color:#999">Gesendet mit Recruitee</p></body></html>
    """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Recruitee//Recruitee Calendar//EN\nMETHOD:REQUEST\n" + \
        VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-774120@recruitee.com
        DTSTAMP:20261202T081200Z
        DTSTART;TZID=Europe/Berlin:20261207T153000
        DTEND;TZID=Europe/Berlin:20261207T161500
        SEQUENCE:2
        SUMMARY:Interview Jana Vogel – Hardware-Entwickler:in Ladeelektronik
        ORGANIZER;CN=Julia Hempel:mailto:julia.hempel@mdl-ladetechnik.de
        ATTENDEE;CN=Jana Vogel;RSVP=TRUE:mailto:jana.vogel@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-12-02 09:12:26", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(20, "mail.recruitee.com", "52.29.14.201", when, z),
        ("From", addr("Mitteldeutsche Ladetechnik", "noreply@mail.recruitee.com")),
        ("Reply-To", addr("Julia Hempel", "julia.hempel@mdl-ladetechnik.de")),
        ("To", JANA),
        ("Subject", enc("Dein Interview wurde verschoben – Mo, 7. Dez., 15:30 Uhr")),
        ("Date", date(when, z)),
        ("Message-ID", mid(20, "mail.recruitee.com")),
    ], mixed(alt(text(body), html(htm)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                      cte="base64")))


@mail(name(21), family="exchange_outlook", lang="de", interview=True, kind="cancelled",
      start="2026-09-17T08:00:00Z", end="2026-09-17T09:00:00Z",
      contact="carola.pietsch@elbtal-antriebe.de", company="Elbtal Antriebstechnik AG",
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone="Europe/Berlin",
      note="Exchange cancellation 'Abgesagt:' with METHOD:CANCEL / STATUS:CANCELLED, TZID 'W. Europe "
           "Standard Time'; body shows '(UTC+01:00)' although 17 Sep is CEST: 10:00 CEST = 08:00Z; "
           "role put on hold, no new time; start = cancelled slot; contact = organizer")
def k21() -> bytes:
    body = t("""
        Wann: Donnerstag, 17. September 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Elbtal Antriebstechnik AG, Bodenbacher Str. 150, 01277 Dresden, Raum A1.12

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Vogel,

        leider müssen wir das für Donnerstag geplante Gespräch absagen. Die Stelle wird im Zuge
        einer internen Umstrukturierung vorerst nicht besetzt. Das tut mir sehr leid, zumal Ihr
        Profil uns wirklich überzeugt hat.

        Mit Ihrem Einverständnis würden wir Ihre Unterlagen gern für künftige Vakanzen behalten.

        Mit freundlichen Grüßen
        Carola Pietsch
        Personalabteilung | Elbtal Antriebstechnik AG
    """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal"><b>Wann:</b> Donnerstag, 17. September 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.<br>
        <b>Wo:</b> Elbtal Antriebstechnik AG, Bodenbacher Str. 150, 01277 Dresden, Raum A1.12</p>
        <p class="MsoNormal">*~*~*~*~*~*~*~*~*~*</p>
        <p class="MsoNormal">Sehr geehrte Frau Vogel,</p>
        <p class="MsoNormal">leider müssen wir das für Donnerstag geplante Gespräch absagen. Die Stelle wird im
        Zuge einer internen Umstrukturierung vorerst nicht besetzt. Das tut mir sehr leid, zumal Ihr Profil uns
        wirklich überzeugt hat.</p>
        <p class="MsoNormal">Mit Ihrem Einverständnis würden wir Ihre Unterlagen gern für künftige Vakanzen behalten.</p>
        <p class="MsoNormal">Mit freundlichen Grüßen<br>Carola Pietsch<br>Personalabteilung | Elbtal Antriebstechnik AG</p>
        </div></body></html>
    """)
    ics = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Pietsch, Carola:mailto:carola.pietsch@elbtal-antriebe.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Vogel:mailto:jana.vogel@example.org
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogel\\,\\nleider müssen wir das für Donnerstag geplante Gespräch absagen.\\n
        UID:040000008200E00074C5B7101A82E00800000000A01F3E5C7E3ADC01000000000000000010000000B2C9D4
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Hardware-Ingenieurin (Jana Vogel)
        DTSTART;TZID=W. Europe Standard Time:20260917T100000
        DTEND;TZID=W. Europe Standard Time:20260917T110000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20260914T150512Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Raum A1.12
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-09-14 17:05:12", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(21, "mail-fr3deu01on2099.outbound.protection.outlook.com", "40.107.128.99", when, z),
        ("From", addr("Pietsch, Carola", "carola.pietsch@elbtal-antriebe.de")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", enc("Abgesagt: Vorstellungsgespräch Hardware-Ingenieurin (Jana Vogel)")),
        ("Thread-Topic", enc("Vorstellungsgespräch Hardware-Ingenieurin (Jana Vogel)")),
        ("Thread-Index", "AQHdJ3kq1x9mYbF0Qk2m7cA8Rz4XyQ=="),
        ("Date", date(when, z)),
        ("Message-ID", mid(21, "FR3P281MB0872.DEUP281.PROD.OUTLOOK.COM", "outlook")),
        ("Importance", "high"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body, cte="quoted-printable"), html(htm, cte="quoted-printable"),
           calendar(ics, method="CANCEL", cte="base64")))


@mail(name(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-12-14T10:00:00Z", end=None,
      contact="michal.zielinski@silesiapowertech.pl", company="Silesia PowerTech sp. z o.o.",
      local="Mon 2026-12-14 11:00", zone="Europe/Warsaw",
      note="Plain cancellation from a Wroclaw hiring manager: 'Monday 14 December at 11:00 (CET)' = "
           "10:00Z, headcount frozen, no new time; start = cancelled slot; contact = human sender")
def k22() -> bytes:
    body = t("""
        Dear Jana,

        I'm sorry to let you know that we have to cancel our interview planned for Monday
        14 December at 11:00 (CET). Our headcount for 2027 was frozen at this morning's
        board meeting and I'm not allowed to continue hiring for the power electronics role
        for now.

        This has nothing to do with you - I really enjoyed our first call and I'll reach
        out personally if the position opens again in Q2.

        Apologies for the short notice, and all the best,

        Michał Zieliński
        Head of Power Electronics
        Silesia PowerTech sp. z o.o. | ul. Legnicka 55F, 54-203 Wrocław
        michal.zielinski@silesiapowertech.pl
    """)
    htm = t("""
        <html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
        <p>Dear Jana,</p>
        <p>I'm sorry to let you know that we have to cancel our interview planned for Monday 14 December at
        11:00 (CET). Our headcount for 2027 was frozen at this morning's board meeting and I'm not allowed to
        continue hiring for the power electronics role for now.</p>
        <p>This has nothing to do with you - I really enjoyed our first call and I'll reach out personally if
        the position opens again in Q2.</p>
        <p>Apologies for the short notice, and all the best,</p>
        <p>Michał Zieliński<br>Head of Power Electronics<br>Silesia PowerTech sp. z o.o. | ul. Legnicka 55F,
        54-203 Wrocław<br>michal.zielinski@silesiapowertech.pl</p>
        </div></body></html>
    """)
    when, z = "2026-12-09 15:30:48", "Europe/Warsaw"
    return message([
        ("Delivered-To", ME),
        rcv(22, "mail-vi1eur05on2101.outbound.protection.outlook.com", "40.107.21.101", when, z),
        ("From", addr("Michał Zieliński", "michal.zielinski@silesiapowertech.pl")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", "Interview on Monday - cancelled, sorry"),
        ("Date", date(when, z)),
        ("Message-ID", mid(22, "VI1PR05MB7721.eurprd05.prod.outlook.com", "outlook")),
        ("Content-Language", "pl-PL"),
    ], alt(text(body), html(htm, cte="base64")))


@mail(name(23), family="icims", lang="de", interview=True, kind="cancelled",
      start="2026-11-25T15:00:00Z", end="2026-11-25T16:00:00Z",
      contact="sven.albrecht@kronberg-medical.de", company="Kronberg Medical Devices GmbH",
      local="Wed 2026-11-25 16:00", local_end="2026-11-25 17:00", zone="Europe/Berlin",
      note="iCIMS cancellation with METHOD:CANCEL for Wed 25 Nov 16:00-17:00 MEZ (UTC+1) = 15:00Z; the "
           "text also names the new slot (Fri 27 Nov 9:00) that comes in a separate invitation - this "
           "mail cancels, so kind cancelled, start = cancelled slot; sender is the iCIMS tenant mailbox, "
           "contact = human ICS ORGANIZER (also in the body)")
def k23() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        leider müssen wir Ihren Termin für das Vorstellungsgespräch

            Senior Elektronikentwickler (m/w/d) – Medizintechnik, Req. 2026-4471
            Mittwoch, 25. November 2026, 16:00 – 17:00 Uhr (MEZ)

        absagen. Unser Fachbereich ist an diesem Tag kurzfristig auf der Messe in Düsseldorf.

        Wie telefonisch besprochen, erhalten Sie eine separate Einladung für den neuen Termin am
        Freitag, 27. November, um 9:00 Uhr. Bitte nehmen Sie diese Einladung gesondert an – der
        hier abgesagte Kalendereintrag wird automatisch entfernt.

        Bei Fragen wenden Sie sich bitte an Sven Albrecht (sven.albrecht@kronberg-medical.de).

        Mit freundlichen Grüßen
        Talent Acquisition
        Kronberg Medical Devices GmbH, Berlin

        Bitte antworten Sie nicht direkt auf diese automatisch generierte Nachricht.
    """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//iCIMS//iCIMS Calendar//EN\nVERSION:2.0\nMETHOD:CANCEL\n" + \
        VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-interview-2026-4471-88120@icims.com
        DTSTAMP:20261123T093012Z
        DTSTART;TZID=Europe/Berlin:20261125T160000
        DTEND;TZID=Europe/Berlin:20261125T170000
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Vorstellungsgespräch Jana Vogel - Req. 2026-4471
        ORGANIZER;CN=Sven Albrecht:mailto:sven.albrecht@kronberg-medical.de
        ATTENDEE;CN=Jana Vogel:mailto:jana.vogel@example.org
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-11-23 10:30:12", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(23, "mail-out4.icims.com", "63.128.165.41", when, z),
        ("From", addr("Kronberg Medical Devices", "kronbergmedical@talent.icims.com")),
        ("To", JANA),
        ("Subject", enc("Absage Termin: Vorstellungsgespräch am 25.11.2026 – Req. 2026-4471")),
        ("Date", date(when, z)),
        ("Message-ID", mid(23, "talent.icims.com")),
    ], mixed(text(body, charset="windows-1252", cte="quoted-printable"),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment",
                      cte="base64")))


# =========================================================================== negatives


@mail(name(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"), ("Thu", "2026-12-31")),
      note="Employment agency invitation (Meldeaufforderung) for a counselling appointment at a fixed "
           "time, 'Dienstag, 06.10.2026 um 09:15 Uhr' - an appointment about her job search, not a job "
           "interview; authority, so company null")
def k24() -> bytes:
    body = t("""
        Agentur für Arbeit Dresden
        Team Arbeitsvermittlung 412

        Ihre Kundennummer: 412D118734
        Ihr Zeichen: Arbeitsuchendmeldung vom 21.09.2026

        Einladung

        Sehr geehrte Frau Vogel,

        Sie haben sich arbeitsuchend gemeldet, da Ihr Arbeitsverhältnis zum 31.12.2026 endet.
        Ich möchte mit Ihnen über Ihr Bewerberangebot und Ihre berufliche Situation sprechen.

        Bitte kommen Sie am

            Dienstag, 06.10.2026 um 09:15 Uhr
            in die Agentur für Arbeit Dresden, Eingang B, 2. Etage, Zimmer 2.114

        Wenn Sie möchten, können wir das Gespräch auch telefonisch führen. Rufen Sie dazu bitte
        bis zum Vortag unter der Servicenummer an.

        Bitte bringen Sie zu dem Termin folgende Unterlagen mit:
        - Personalausweis oder Reisepass
        - Lebenslauf und aktuelle Bewerbungsunterlagen
        - Kündigung bzw. befristeten Arbeitsvertrag

        Rechtsfolgenbelehrung: Kommen Sie ohne wichtigen Grund nicht zu diesem Termin, tritt eine
        Sperrzeit ein (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III). Diese Einladung erfolgt nach § 309 SGB III.

        Mit freundlichen Grüßen
        Im Auftrag
        D. Kaltofen
        Arbeitsvermittlerin

        Diese Nachricht wurde aus dem elektronischen Postfach der Agentur versendet.
        Bitte antworten Sie nicht auf diese E-Mail.
    """)
    when, z = "2026-09-30 10:12:54", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(24, "mailout3.arbeitsagentur.example", "192.0.2.45", when, z),
        ("From", addr("Agentur für Arbeit Dresden", "noreply-postfach@arbeitsagentur.example")),
        ("To", ME),
        ("Subject", enc("Einladung zu einem Gespräch am 06.10.2026 – Kundennummer 412D118734")),
        ("Date", date(when, z)),
        ("Message-ID", mid(24, "arbeitsagentur.example")),
    ], text(body, charset="utf-8", cte="8bit"))


@mail(name(25), family="podcast", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Google Calendar invitation to record a podcast 'Interview' episode, Do 5. Nov 18:00 - a "
           "confirmed time, but the candidate is the guest of a podcast, not a job interview")
def k25() -> bytes:
    body = t("""
        Sie wurden zu folgender Veranstaltung eingeladen.

        Aufnahme Schaltkreis #58 – Interview mit Jana Vogel
        Wann
        Donnerstag, 5. Nov. 2026 ⋅ 18:00 – 19:00 (Mitteleuropäische Normalzeit - Berlin)

        Ort
        https://riverside.fm/studio/schaltkreis-podcast

        Teilnehmer
        Felix Brandner – Organisator
        jana.vogel@example.org

        Hi Jana! Wie besprochen: wir reden über GaN-Ladegeräte und deinen Weg von der
        Lehre zur Ingenieurin. Kopfhörer mitbringen, Kamera ist optional. Ich schick dir
        vorher noch die Fragen. Felix

        Einladung von Google Kalender
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261105T170000Z
        DTEND:20261105T180000Z
        DTSTAMP:20261030T110215Z
        ORGANIZER;CN=Felix Brandner:mailto:felix@schaltkreis-podcast.de
        UID:6pq1r0c2e8a4m3b5n7o9s1t2u4@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.vogel@example.org;X-NUM-GUESTS=0:mailto:jana.vogel@example.org
        DESCRIPTION:Hi Jana! Wie besprochen: wir reden über GaN-Ladegeräte und deinen Weg von der Lehre zur Ingenieurin.
        LOCATION:https://riverside.fm/studio/schaltkreis-podcast
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Aufnahme Schaltkreis #58 – Interview mit Jana Vogel
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-10-30 12:02:15", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(25, "mail-sor-f41.google.com", "209.85.220.41", when, z),
        ("From", addr("Felix Brandner", "felix@schaltkreis-podcast.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", enc("Einladung: Aufnahme Schaltkreis #58 – Interview mit Jana Vogel @ Do. 5. Nov. 2026 "
                        "18:00 - 19:00 (MEZ) (jana.vogel@example.org)")),
        ("Date", date(when, z)),
        ("Message-ID", "<calendar-1f7d0c3a-6e2b-4b9d-8a51-c4e7f2d0a936@google.com>"),
    ], mixed(alt(text(body), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


@mail(name(26), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="University admission interview ('Auswahlgespräch') for a part-time master's programme at a "
           "fixed time, Fr 16.10. 10:30 - not a job interview; university, company null")
def k26() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden
        Masterstudiengang Elektromobilität und Energiesysteme (M.Eng.) zum Sommersemester 2027.

        Nach Sichtung Ihrer Unterlagen laden wir Sie herzlich zum Auswahlgespräch ein:

            Freitag, 16.10.2026, 10:30 Uhr
            Hochschule Elbtal, Campus Friedrichstadt, Haus Z, Raum Z 214

        Das Gespräch dauert etwa 20 Minuten. Die Auswahlkommission besteht aus zwei
        Professor:innen des Studiengangs. Bitte bringen Sie Ihr Abschlusszeugnis im Original mit.

        Bitte bestätigen Sie Ihre Teilnahme bis zum 12.10.2026 per Antwort auf diese E-Mail.

        Mit freundlichen Grüßen
        Dr. Kerstin Lange
        Studiengangskoordination Elektromobilität
        Hochschule Elbtal
    """)
    when, z = "2026-10-08 13:37:02", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(26, "mx-out.hs-elbtal.de", "141.56.7.12", when, z),
        ("From", addr("Kerstin Lange", "kerstin.lange@hs-elbtal.de")),
        ("Reply-To", "masterbewerbung@hs-elbtal.de"),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", enc("Einladung zum Auswahlgespräch – Master Elektromobilität (M.Eng.)")),
        ("Date", date(when, z)),
        ("Message-ID", mid(26, "hs-elbtal.de")),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(27), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Volleyball club coach confirms a try-out ('Probetraining') on Thursday 19:30 in Saxon "
           "register - a fixed time, but a sports try-out, not a job interview")
def k27() -> bytes:
    body = t("""
        Hallo Jana,

        nu klar, gomm gerne vorbei! Probetraining is am Donnerstag (5.11.) um halb acht,
        also 19:30, in der Turnhalle Wittenberger Straße, Eingang übern Hof. Mir gucken
        uns das ganz entspannt an, und wenn's passt, kannste ab Januar bei der Zweiten
        mitspielen. Punktspiele sind meistens samstags.

        Bring Hallenschuhe mit, Knieschoner ham mer ne Kiste da. Umziehen geht vorne links.

        Sportliche Grüße
        Uwe

        --
        Uwe Kretzschmar
        Trainer Damen 2 | SV Blau-Weiß Striesen e.V., Abt. Volleyball
        0172 4418 902
    """)
    when, z = "2026-11-02 21:14:33", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(27, "mout-xforward.web.example", "203.0.113.17", when, z),
        ("From", addr("Uwe Kretzschmar", "u.kretzschmar@sv-striesen-volleyball.de")),
        ("To", ME),
        ("Subject", "Re: Probetraining Damen"),
        ("Date", date(when, z)),
        ("Message-ID", mid(27, "sv-striesen-volleyball.de")),
        ("X-Mailer", "WEB.DE Mail"),
    ], text(body, charset="iso-8859-15", cte="8bit"))


@mail(name(28), family="car_service", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Car dealership confirms a workshop appointment, Mo 12.10.2026 07:30 - a fixed time, "
           "not an interview; personal appointment, company null")
def k28() -> bytes:
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Terminbestätigung</title></head>
        <body style="margin:0;background:#eeeeee">
        <table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#003a70;color:#fff;padding:18px;font-size:20px">Autohaus Pohland · Service</td></tr>
        <tr><td style="padding:20px">
        <p>Sehr geehrte Frau Vogel,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:</p>
        <table cellpadding="4" style="background:#f5f7fa;width:100%">
        <tr><td>Termin</td><td><b>Montag, 12.10.2026, 07:30 Uhr</b> (Fahrzeugannahme)</td></tr>
        <tr><td>Fahrzeug</td><td>Skoda Fabia, DD-JV 318</td></tr>
        <tr><td>Leistungen</td><td>Inspektion nach Herstellervorgabe, Räderwechsel (Winterräder eingelagert)</td></tr>
        <tr><td>Voraussichtliche Fertigstellung</td><td>ca. 15:00 Uhr</td></tr>
        <tr><td>Ihr Serviceberater</td><td>Herr Schwenke</td></tr>
        </table>
        <p>Ein kostenloser Shuttle zur Straßenbahnhaltestelle steht bereit. Bitte denken Sie an Fahrzeugschein
        und Serviceheft.</p>
        <p>Termin verschieben oder absagen: <a href="https://termine.autohaus-pohland.de/b/7Q2KX">termine.autohaus-pohland.de</a></p>
        <p>Ihr Serviceteam<br>Autohaus Pohland GmbH · Löbtauer Str. 48 · 01159 Dresden</p>
        </td></tr></table></body></html>
    """)
    when, z = "2026-10-05 18:02:11", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(28, "mail.termine.autohaus-pohland.de", "94.130.22.8", when, z),
        ("From", addr("Autohaus Pohland Service", "noreply@termine.autohaus-pohland.de")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung Werkstatt: Mo, 12.10.2026, 07:30 Uhr")),
        ("Date", date(when, z)),
        ("Message-ID", mid(28, "termine.autohaus-pohland.de")),
    ], html(htm, cte="quoted-printable"))


@mail(name(29), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Calendly confirmation (German locale) of a paid mock interview ('Probe-"
           "Vorstellungsgespräch') with a career coach, Do 1. Okt 17:00 with ICS - a confirmed time, "
           "but interview practice, not a job interview")
def k29() -> bytes:
    body = t("""
        Hallo Jana Vogel,

        Ihr Termin Probe-Vorstellungsgespräch (60 Min) mit Claudia Ebert am Donnerstag,
        1. Oktober 2026 um 17:00 (Mitteleuropäische Zeit) ist geplant.

        Ereignistyp:
        Probe-Vorstellungsgespräch (60 Min)

        Datum/Uhrzeit des Ereignisses:
        17:00 - 18:00 (Mitteleuropäische Zeit) am Donnerstag, 1. Oktober 2026

        Ort:
        Zoom, der Link folgt eine Stunde vorher.

        Fragen:
        Für welche Stelle möchten Sie üben?
        Hardware-Entwicklung, technische Fragen + Gehalt

        Hinweis von Claudia:
        Wir simulieren ein komplettes Erstgespräch inklusive Feedback und Video-Aufzeichnung.
        Bitte halten Sie eine Stellenanzeige bereit, auf die Sie sich aktuell bewerben.

        Änderungen an diesem Ereignis?
        Absagen: https://calendly.com/cancellations/a1e94b07
        Umplanen: https://calendly.com/reschedulings/a1e94b07

        Powered by Calendly.com
    """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly Events//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:a1e94b07-7c3e-4d1a-9f02-6b8e2c5d1f47@calendly.com
        DTSTAMP:20260925T101530Z
        DTSTART:20261001T150000Z
        DTEND:20261001T160000Z
        SUMMARY:Probe-Vorstellungsgespräch (60 Min) (Jana Vogel und Claudia Ebert)
        ORGANIZER;CN=Claudia Ebert:mailto:kontakt@coaching-ebert.de
        ATTENDEE;CN=Jana Vogel;RSVP=TRUE:mailto:jana.vogel@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-09-25 12:15:30", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(29, "o7.email.calendly.com", "168.245.9.157", when, z),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Claudia Ebert", "kontakt@coaching-ebert.de")),
        ("To", ME),
        ("Subject", enc("Bestätigt: Probe-Vorstellungsgespräch (60 Min) mit Claudia Ebert am Donnerstag, "
                        "1. Oktober 2026")),
        ("Date", date(when, z)),
        ("Message-ID", mid(29, "calendly.com")),
    ], mixed(text(body, cte="quoted-printable"),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment",
                      cte="base64")))


@mail(name(30), family="interview_proposed", lang="de", interview=False,
      company="Lößnitz Rail Electronics GmbH",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")),
      note="Recruiter proposes two slots ('Hätten Sie am Dienstag, 20.10., um 10 Uhr Zeit? Alternativ "
           "Mittwoch, 21.10., 14 Uhr') and will send the invitation once she chooses - not yet confirmed")
def k30() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        herzlichen Dank für Ihre Bewerbung als Hardwareentwicklerin Leittechnik. Ihr Profil
        passt sehr gut zu unserem Team, und Herr Dr. Naumann würde Sie gern kennenlernen.

        Hätten Sie am Dienstag, 20.10., um 10 Uhr Zeit? Alternativ ginge auch Mittwoch,
        21.10., um 14 Uhr. Das Gespräch würde bei uns in Radebeul stattfinden, auf Wunsch
        auch per Teams.

        Geben Sie mir einfach kurz Bescheid, was Ihnen lieber ist – dann schicke ich Ihnen
        die Einladung mit allen Details.

        Freundliche Grüße
        Ines Schwarze
        Personal & Recruiting
        Lößnitz Rail Electronics GmbH
        Meißner Str. 210, 01445 Radebeul
        ines.schwarze@loessnitz-rail.de
    """)
    when, z = "2026-10-15 15:48:20", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(30, "mail-fr2deu01on2136.outbound.protection.outlook.com", "40.107.135.136", when, z),
        ("From", addr("Ines Schwarze", "ines.schwarze@loessnitz-rail.de")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", "AW: Bewerbung als Hardwareentwicklerin Leittechnik (Kennziffer HW-26-07)"),
        ("Date", date(when, z)),
        ("Message-ID", mid(30, "FR2P281MB2208.DEUP281.PROD.OUTLOOK.COM", "outlook")),
        ("Content-Language", "de-DE"),
    ], alt(text(body, cte="quoted-printable"),
           html("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
                + "".join(f"<p>{line}</p>" if line else "<p>&nbsp;</p>" for line in body.split("\n"))
                + "</div></body></html>\n", cte="quoted-printable")))


@mail(name(31), family="forwarded_other_candidate", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="A friend forwards his own Greenhouse interview confirmation (addressed to him, Wed 11 Nov "
           "11:00 CET) 'zur Info, drück mir die Daumen' - a confirmed interview, but not the inbox "
           "owner's; sender is a friend, company null")
def k31() -> bytes:
    body = t("""
        Jaaa, es hat geklappt!! Mittwoch geht's los, drück mir die Daumen 🤞
        Hast du nen Tipp, was die bei Vireo so fragen? Du warst doch da letztes Jahr
        auch im Gespräch, oder?

        Paul

        ---------- Forwarded message ---------
        Von: Vireo Automation <no-reply@us.greenhouse-mail.io>
        Date: Do., 5. Nov. 2026 um 14:10 Uhr
        Subject: Interview Confirmation: Test Engineer at Vireo Automation
        To: <paul.hartmann@example.com>

        Hi Paul,

        Thanks for your interest in Vireo Automation! Your interview has been scheduled.

        Interview: Onsite Interview - Test Engineer
        Date: Wednesday, November 11, 2026
        Time: 11:00 AM - 12:30 PM CET (Europe/Berlin)
        Location: Vireo Automation, Torgauer Str. 231, 04347 Leipzig

        If you need to make changes, simply reply to this email.

        Best regards,
        Vireo Automation Recruiting
    """)
    when, z = "2026-11-05 19:44:02", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(31, "mail-ej1-f47.google.com", "209.85.218.47", when, z),
        ("From", addr("Paul Hartmann", "paul.hartmann@example.com")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", "Fwd: Interview Confirmation: Test Engineer at Vireo Automation"),
        ("Date", date(when, z)),
        ("Message-ID", mid(31, "mail.gmail.com", "gmail")),
    ], alt(text(body), html(gmail_html(body))))


@mail(name(32), family="interviewer_panel", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Exchange meeting request from HR at her current employer (work address, auto-forwarded) "
           "asking her to sit on the panel for a student candidate's interview, Fr 20 Nov 13:00 - she "
           "is the interviewer, not the candidate; internal meeting, company null")
def k32() -> bytes:
    body = t("""
        Hallo Jana,

        danke, dass du beim Gespräch mit Herrn Becker (Werkstudent Hardware-Test) dabei bist!
        Thomas übernimmt den fachlichen Teil, du bitte die Fragen zu Messtechnik und Layout.
        Lebenslauf und Anschreiben liegen im SharePoint unter Recruiting > 2026 > WS-HW-03.

        Bewertungsbogen bitte bis Montag ausfüllen.

        Viele Grüße
        Ute

        Ute Rößler | Personal
        Dresdner Relaistechnik GmbH

    """) + EXCHANGE_TEAMS_DE
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rößler, Ute:mailto:u.roessler@relaistechnik-dd.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Vogel, Jana:mailto:j.vogel@relaistechnik-dd.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lindner, Thomas:mailto:t.lindner@relaistechnik-dd.de
        UID:040000008200E00074C5B7101A82E00800000000E7D0C4127F57DC01000000000000000010000000A9F3B2
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hr. M. Becker – Werkstudent Hardware-Test (Interviewer: J. Vogel\\, T. Lindner)
        DTSTART;TZID=W. Europe Standard Time:20261120T130000
        DTEND;TZID=W. Europe Standard Time:20261120T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116T075901Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Meißen / Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-11-16 08:59:01", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"j.vogel@relaistechnik-dd.de {ME}"),
        rcv(32, "mail-fr3deu01on2117.outbound.protection.outlook.com", "40.107.128.117", when, z),
        ("From", addr("Rößler, Ute", "u.roessler@relaistechnik-dd.de")),
        ("To", addr("Vogel, Jana", "j.vogel@relaistechnik-dd.de") + ", "
         + addr("Lindner, Thomas", "t.lindner@relaistechnik-dd.de")),
        ("Subject", enc("Vorstellungsgespräch Hr. M. Becker – Werkstudent Hardware-Test "
                        "(Interviewer: J. Vogel, T. Lindner)")),
        ("Date", date(when, z)),
        ("Message-ID", mid(32, "FR3P281MB1540.DEUP281.PROD.OUTLOOK.COM", "outlook")),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body, cte="base64"), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(33), family="rejection", lang="de", interview=False,
      company="Bautzner Leistungshalbleiter GmbH",
      note="SmartRecruiters rejection after an interview ('für das angenehme Gespräch am 2. Oktober') "
           "- no new appointment")
def k33() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        vielen Dank für das angenehme Gespräch am 2. Oktober und Ihr Interesse an der Position
        Applikationsingenieurin / Applikationsingenieur IGBT-Module.

        Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer Kandidatin
        fortzusetzen, deren Erfahrung noch etwas genauer zu den aktuellen Anforderungen passt.
        Diese Entscheidung ist uns nicht leichtgefallen.

        Gern würden wir Ihr Profil in unserem Talentpool behalten. Sie können dem jederzeit in
        Ihrem Kandidatenprofil widersprechen.

        Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Bautzner Leistungshalbleiter GmbH
    """)
    htm = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <p>Sehr geehrte Frau Vogel,</p>
        <p>vielen Dank für das angenehme Gespräch am 2. Oktober und Ihr Interesse an der Position
        Applikationsingenieurin / Applikationsingenieur IGBT-Module.</p>
        <p>Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer Kandidatin
        fortzusetzen, deren Erfahrung noch etwas genauer zu den aktuellen Anforderungen passt.
        Diese Entscheidung ist uns nicht leichtgefallen.</p>
        <p>Gern würden wir Ihr Profil in unserem Talentpool behalten. Sie können dem jederzeit in
        Ihrem <a href="https://jobs.smartrecruiters.com/me/profile">Kandidatenprofil</a> widersprechen.</p>
        <p>Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Bautzner Leistungshalbleiter GmbH</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p></body></html>
    """)
    when, z = "2026-10-09 16:31:07", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(33, "mail-eu1.smartrecruiters.com", "35.157.90.12", when, z),
        ("From", addr("Bautzner Leistungshalbleiter", "noreply@smartrecruiters.com")),
        ("Reply-To", "noreply@smartrecruiters.com"),
        ("To", JANA),
        ("Subject", enc("Ihre Bewerbung bei Bautzner Leistungshalbleiter GmbH")),
        ("Date", date(when, z)),
        ("Message-ID", mid(33, "smartrecruiters.com")),
    ], alt(text(body, cte="base64"), html(htm, cte="base64")))


@mail(name(34), family="offer", lang="en", interview=False, company="Lumora Photonics",
      days=(("Wed", "2026-10-07"),),
      note="Job offer after the interviews (thread with the Greenhouse confirmation): deadline 'Wednesday, "
           "October 7' and a link to pick a call slot - nothing scheduled")
def k34() -> bytes:
    body = t("""
        Hi Jana,

        I'm thrilled to share some good news: after your interviews with Jonas, Aylin and the
        team, we would love for you to join Lumora Photonics as Senior Hardware Engineer
        (Laser Drivers)!

        Your offer letter is waiting for you in DocuSign - you should have a separate email
        from DocuSign in your inbox. Headline numbers: EUR 78,000 base, 30 days of vacation,
        remote-first with a monthly trip to our Berlin lab, start date 1 January 2027.

        We'd appreciate your decision by Wednesday, October 7. If you'd like to talk anything
        through, grab any slot that suits you here: https://calendly.com/marta-lumora/offer-chat

        Congratulations again - everyone was really impressed.

        Marta

        Marta Lindqvist | Talent Partner | Lumora Photonics
    """)
    when, z = "2026-09-30 17:55:41", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(34, "mail-yw1-f178.google.com", "209.85.128.178", when, z),
        ("From", addr("Marta Lindqvist", "marta.lindqvist@lumoraphotonics.com")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", enc("Your offer from Lumora Photonics 🎉")),
        ("Date", date(when, z)),
        ("Message-ID", mid(34, "mail.gmail.com", "gmail")),
    ], alt(text(body), html(gmail_html(body))))


@mail(name(35), family="application_ack", lang="de", interview=False,
      company="Meridian Semiconductor Dresden GmbH",
      note="Taleo application receipt; 'werden wir Sie zu einem Vorstellungsgespräch einladen' is "
           "conditional - nothing scheduled")
def k35() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        vielen Dank für Ihre Bewerbung auf die Stelle

            Equipment Engineer Electrical (m/w/d) - Referenznummer 2600871

        bei der Meridian Semiconductor Dresden GmbH. Ihre Unterlagen sind vollständig bei uns
        eingegangen.

        Wir prüfen Ihre Bewerbung sorgfältig. Sollte Ihr Profil unseren Anforderungen entsprechen,
        werden wir Sie zu einem Vorstellungsgespräch einladen. Bitte haben Sie Verständnis dafür,
        dass dies einige Wochen dauern kann.

        Den Status Ihrer Bewerbung können Sie jederzeit im Karriereportal einsehen:
        https://meridiansemi.taleo.net/careersection/ext/mysubmissions.ftl?lang=de

        Mit freundlichen Grüßen
        Human Resources
        Meridian Semiconductor Dresden GmbH

        Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf.
        ---------------------------------------------------------------------
        Thank you for your application. This is an automatically generated message.
    """)
    when, z = "2026-09-03 22:17:45", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(35, "smtp-out2.taleo.net", "160.34.9.214", when, z),
        ("From", addr("Meridian Semiconductor Dresden", "do-not-reply@taleo.net")),
        ("To", ME),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Referenznummer 2600871")),
        ("Date", date(when, z)),
        ("Message-ID", f"<{qid(35)}.JavaMail.taleo@tlo-app-7.taleo.net>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(36), family="job_alert", lang="de", interview=False, company=None,
      note="JOIN job alert digest ('Neue Jobs für dich'); badges like 'Schnelles Interview' are "
           "not an appointment")
def k36() -> bytes:
    jobs = [
        ("Hardware Engineer Leistungselektronik (m/w/d)", "Voltaic Drives GmbH", "Dresden", "vor 2 Tagen",
         "Schnelles Interview – Feedback in 48h"),
        ("Embedded Hardware Developer", "Nordstern IoT", "Remote (DE)", "vor 3 Tagen", ""),
        ("Elektronikentwickler:in Analog", "Moritzburg Audio", "Dresden", "vor 5 Tagen", "Top-Arbeitgeber"),
        ("Testingenieur E-Mobilität", "Vogtland EV Systems", "Chemnitz", "vor 1 Woche",
         "Interviews laufen gerade"),
        ("Hardware Engineer (FPGA Boards)", "Brno Signal a.s.", "Prag / Remote", "vor 1 Woche", ""),
    ]
    lines = ["Hallo Jana,", "", 'hier sind neue Jobs passend zu deinem Suchauftrag "Hardware Engineer" '
             "in Dresden + 50 km und Remote:", ""]
    rows = []
    for title, comp, loc, age, badge in jobs:
        lines += [f"- {title}", f"  {comp} · {loc} · {age}" + (f" · {badge}" if badge else ""), ""]
        rows.append(f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><b>{title}</b><br>'
                    f'<span style="color:#666">{comp} · {loc} · {age}</span>'
                    + (f'<br><span style="background:#e6f4ea;color:#137333;font-size:12px;padding:2px 6px">'
                       f"{badge}</span>" if badge else "") + "</td></tr>")
    lines += ["Alle Jobs ansehen: https://join.com/jobs/alerts/31f2c0", "",
              "Du erhältst diese E-Mail, weil du einen Job-Alert bei JOIN angelegt hast.",
              "Abmelden: https://join.com/unsubscribe/alerts/31f2c0"]
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
           '<p>Hallo Jana,</p><p>hier sind neue Jobs passend zu deinem Suchauftrag '
           '&quot;Hardware Engineer&quot; in Dresden + 50 km und Remote:</p><table width="100%">'
           + "\n".join(rows) + '</table><p><a href="https://join.com/jobs/alerts/31f2c0">Alle Jobs ansehen</a></p>'
           '<p style="font-size:11px;color:#999">Du erhältst diese E-Mail, weil du einen Job-Alert bei JOIN '
           'angelegt hast. <a href="https://join.com/unsubscribe/alerts/31f2c0">Abmelden</a></p></body></html>\n')
    when, z = "2026-10-20 07:00:03", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(36, "mail1.join.com", "3.120.55.9", when, z),
        ("From", addr("JOIN Job-Alert", "alerts@join.com")),
        ("To", ME),
        ("Subject", enc("5 neue Jobs für dich: Hardware Engineer in Dresden")),
        ("Date", date(when, z)),
        ("Message-ID", mid(36, "join.com")),
        ("List-Unsubscribe", "<https://join.com/unsubscribe/alerts/31f2c0>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text("\n".join(lines) + "\n"), html(htm)))


@mail(name(37), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Career newsletter about job interviews with a live webinar 'am Donnerstag, 22.10., um 18 Uhr' "
           "- bulk mail, nothing confirmed for the reader")
def k37() -> bytes:
    htm = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ingenieur-Kompass</title></head>
        <body style="margin:0;background:#f2f2f2">
        <table width="620" align="center" style="background:#fff;font-family:Georgia,serif;font-size:16px;color:#222">
        <tr><td style="padding:24px;border-bottom:4px solid #f39c12"><b style="font-size:24px">Ingenieur-Kompass</b>
        <br><span style="font-size:12px;color:#777">Der Karriere-Newsletter für Ingenieurinnen und Ingenieure · Ausgabe 42/2026</span></td></tr>
        <tr><td style="padding:24px">
        <h2>So überzeugst du im Vorstellungsgespräch: 7 Fragen, die Hardware-Teams immer stellen</h2>
        <p>„Erzählen Sie mal von einem Board, das nicht funktioniert hat.“ Wer diese Frage im Interview
        bekommt, sollte eine gute Geschichte parat haben. Wir haben mit Entwicklungsleiterinnen aus
        Dresden, Leipzig und Berlin gesprochen, was sie im Gespräch wirklich hören wollen …</p>
        <p><a href="https://ingenieur-kompass.example/artikel/7-fragen-hardware">Weiterlesen →</a></p>
        <h3>Live-Webinar: Gehalt verhandeln nach dem Interview</h3>
        <p>Am Donnerstag, 22.10., um 18 Uhr zeigt Karrierecoach Anja Wendt, wie du nach dem zweiten
        Gespräch souverän über Geld sprichst. Kostenlos, 45 Minuten, mit Q&amp;A.</p>
        <p><a href="https://ingenieur-kompass.example/webinar/gehalt" style="background:#f39c12;color:#fff;padding:10px 16px;text-decoration:none">Jetzt Platz sichern</a></p>
        <h3>Außerdem</h3>
        <ul><li>Gehaltsreport 2026: Was Elektroingenieur:innen in Sachsen verdienen</li>
        <li>Nachfassen nach dem Interview – wann und wie?</li></ul>
        </td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#999">Du erhältst diesen Newsletter, weil du dich auf
        ingenieur-kompass.example angemeldet hast. <a href="https://ingenieur-kompass.example/abmelden?u=8812">Abmelden</a></td></tr>
        </table></body></html>
    """)
    when, z = "2026-10-17 08:30:00", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(37, "mta12.newsletter.ingenieur-kompass.example", "198.51.100.140", when, z),
        ("From", addr("Ingenieur-Kompass", "newsletter@ingenieur-kompass.example")),
        ("To", ME),
        ("Subject", enc("Vorstellungsgespräch: 7 Fragen, die Hardware-Teams immer stellen + Webinar am Do")),
        ("Date", date(when, z)),
        ("Message-ID", mid(37, "newsletter.ingenieur-kompass.example")),
        ("List-Id", "Ingenieur-Kompass <newsletter.ingenieur-kompass.example>"),
        ("List-Unsubscribe", "<https://ingenieur-kompass.example/abmelden?u=8812>, "
                             "<mailto:unsubscribe@ingenieur-kompass.example?subject=8812>"),
        ("Precedence", "bulk"),
    ], html(htm, cte="quoted-printable"))


@mail(name(38), family="scheduling_link", lang="en", interview=False, company="Corvane Semiconductor",
      note="GoodTime availability request for the virtual onsite ('week of December 7'): the candidate "
           "still has to pick times - nothing booked (the itinerary comes in a later mail)")
def k38() -> bytes:
    body = t("""
        Hi Jana,

        Great news - the team would like to move you forward to a virtual onsite for the
        Senior Power Electronics Engineer role!

        The onsite consists of three 45-minute conversations back to back. We're aiming for
        the week of December 7. Please share your availability using the link below - select
        as many windows as you can, ideally in your afternoon so our Austin team can join.

        Share your availability:
        https://app.goodtime.io/availability/corvane/4e91b7c2

        Once we've matched your availability with the interviewers' calendars, you'll receive
        a confirmed itinerary with all the details.

        Thanks,
        Priya Natarajan
        Recruiting Coordinator, Corvane Semiconductor

        Sent via GoodTime
    """)
    when, z = "2026-11-27 17:22:40", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(38, "o12.mail.goodtime.io", "149.72.34.198", when, z),
        ("From", addr("Corvane Recruiting", "notifications@goodtime.io")),
        ("Reply-To", addr("Priya Natarajan", "priya.natarajan@corvane.com")),
        ("To", ME),
        ("Subject", "Corvane Semiconductor: please share your availability for your virtual onsite"),
        ("Date", date(when, z)),
        ("Message-ID", mid(38, "goodtime.io")),
    ], text(body, cte="7bit"))


@mail(name(39), family="scheduling_link", lang="de", interview=False, company="Kiezstrom GmbH",
      days=(("Tue", "2026-10-13"), ("Thu", "2026-10-15")),
      note="Teamtailor self-scheduling invitation, du: 'Wähle einen Termin' between Di 13. and "
           "Do 15. Okt. - no slot chosen yet (the confirmation comes in a later mail)")
def k39() -> bytes:
    body = t("""
        Hey Jana,

        danke für deine Bewerbung als Hardware-Entwickler:in Batteriespeicher! Deniz und Mia
        würden dich gern in einem Video-Call kennenlernen (45 Minuten).

        Such dir einfach einen Termin aus, der dir passt - freie Slots gibt's zwischen
        Di, 13. und Do, 15. Okt.:

        Termin wählen: https://kiezstrom.teamtailor.com/meetings/book/9f1c22e0

        Sobald du gebucht hast, bekommst du eine Bestätigung mit Kalendereinladung.

        Bis bald!
        Dein Kiezstrom-Team
    """)
    htm = t("""
        <!doctype html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#fafafa"><div style="max-width:560px;margin:0 auto;background:#fff;
        font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:16px;line-height:24px;padding:32px">
        <p>Hey Jana,</p>
        <p>danke für deine Bewerbung als Hardware-Entwickler:in Batteriespeicher! Deniz und Mia würden dich
        gern in einem Video-Call kennenlernen (45 Minuten).</p>
        <p>Such dir einfach einen Termin aus, der dir passt – freie Slots gibt's zwischen
        <b>Di, 13. und Do, 15. Okt.</b></p>
        <p><a href="https://kiezstrom.teamtailor.com/meetings/book/9f1c22e0" style="background:#6c4cff;color:#fff;
        padding:12px 20px;border-radius:6px;text-decoration:none">Termin wählen</a></p>
        <p>Sobald du gebucht hast, bekommst du eine Bestätigung mit Kalendereinladung.</p>
        <p>Bis bald!<br>Dein Kiezstrom-Team</p></div></body></html>
    """)
    when, z = "2026-10-05 11:47:19", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(39, "o3.sg.teamtailor-mail.com", "149.72.151.220", when, z),
        ("From", addr("Kiezstrom", "no-reply@kiezstrom.teamtailor-mail.com")),
        ("Reply-To", addr("Kiezstrom", "reply+5b20e9d14c@kiezstrom.teamtailor-mail.com")),
        ("To", JANA),
        ("Subject", enc("Wähle einen Termin für dein Interview bei Kiezstrom")),
        ("Date", date(when, z)),
        ("Message-ID", mid(39, "kiezstrom.teamtailor-mail.com")),
    ], alt(text(body), html(htm)))


@mail(name(40), family="recruiter_outreach", lang="en", interview=False,
      company="Bohemia Talent Partners",
      note="Cold outreach from a Prague recruiting agency: 'Would you be open to a quick call next "
           "week?' - no time fixed")
def k40() -> bytes:
    body = t("""
        Hi Jana,

        I came across your profile and your talk on GaN half-bridges at the Dresden hardware
        meetup - really impressive work.

        I'm currently helping a fast-growing e-mobility company in Prague build out their power
        electronics team (hybrid, 2 days onsite, relocation support available, or fully remote
        from Germany for the right person). The role is a senior / lead position reporting to
        the CTO.

        Would you be open to a quick 20-minute call next week? Just let me know a couple of
        times that suit you, or tell me if the timing isn't right.

        Best regards,
        Jakub Král
        Senior Consultant, Engineering
        Bohemia Talent Partners s.r.o. | Vinohradská 2405/190, Praha 3
        +420 602 118 447
    """)
    when, z = "2026-09-09 09:41:55", "Europe/Prague"
    return message([
        ("Delivered-To", ME),
        rcv(40, "mail-eopbgr80102.outbound.protection.outlook.com", "40.107.8.102", when, z),
        ("From", addr("Jakub Král", "jakub.kral@bohemiatalent.cz")),
        ("To", ME),
        ("Subject", "Power electronics lead role - Prague / remote"),
        ("Date", date(when, z)),
        ("Message-ID", mid(40, "AM9PR02MB7741.eurprd02.prod.outlook.com", "outlook")),
    ], text(body, cte="quoted-printable"))


@mail(name(41), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Doctor's appointment booked through an online booking platform, Mi, 11. Nov. 2026 um 08:40 "
           "- a fixed time, not an interview")
def k41() -> bytes:
    body = t("""
        Ihr Termin ist bestätigt

        Hallo Jana Vogel,

        Ihr Termin bei Hausarztpraxis Dr. med. Ines Lorenz ist bestätigt.

        Mi, 11. Nov. 2026 um 08:40
        Grippeschutzimpfung / Check-up

        Adresse: Schandauer Straße 41, 01277 Dresden

        Bitte bringen Sie Ihre Versichertenkarte und Ihren Impfpass mit.

        Sie können nicht kommen? Bitte sagen Sie Ihren Termin spätestens 24 Stunden
        vorher ab: https://praxisplaner.example/termine/ab48k2

        Ihr Praxisplaner-Team
    """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f0f4f8">
        <div style="max-width:520px;margin:0 auto;background:#fff;padding:24px;border-radius:8px">
        <h2 style="color:#107aca">Ihr Termin ist bestätigt</h2>
        <p>Hallo Jana Vogel,</p>
        <p>Ihr Termin bei <b>Hausarztpraxis Dr. med. Ines Lorenz</b> ist bestätigt.</p>
        <p style="font-size:18px"><b>Mi, 11. Nov. 2026 um 08:40</b><br>Grippeschutzimpfung / Check-up</p>
        <p>Adresse: Schandauer Straße 41, 01277 Dresden</p>
        <p>Bitte bringen Sie Ihre Versichertenkarte und Ihren Impfpass mit.</p>
        <p><a href="https://praxisplaner.example/termine/ab48k2">Termin absagen</a></p>
        <p style="color:#888;font-size:12px">Ihr Praxisplaner-Team</p></div></body></html>
    """)
    when, z = "2026-11-04 20:13:27", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(41, "mail.praxisplaner.example", "198.51.100.77", when, z),
        ("From", addr("Praxisplaner", "no-reply@praxisplaner.example")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung: Hausarztpraxis Dr. med. Ines Lorenz, Mi, 11. Nov. 08:40")),
        ("Date", date(when, z)),
        ("Message-ID", mid(41, "praxisplaner.example")),
    ], alt(text(body), html(htm)))


@mail(name(42), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="Private landlord confirms a flat viewing plus 'kurzes Kennenlerngespräch' with prospective "
           "tenants, Sa, 21.11. 11:00 in Leipzig, asks for salary slips - the landlord 'interviews' "
           "tenants, not a job interview")
def k42() -> bytes:
    body = t("""
        Sehr geehrte Frau Vogel,

        vielen Dank für Ihr Interesse an der 2-Raum-Wohnung in der Karl-Heine-Straße 77
        (2. OG links, 61 m², Balkon).

        Gern bestätige ich Ihnen den Besichtigungstermin am Samstag, 21.11., um 11:00 Uhr.
        Ich möchte meine Mieter gern vorher persönlich kennenlernen, daher nehme ich mir im
        Anschluss an die Besichtigung noch ein paar Minuten für ein kurzes Kennenlerngespräch.

        Bitte bringen Sie mit:
        - ausgefüllte Mieterselbstauskunft (anbei)
        - die letzten drei Gehaltsnachweise bzw. Ihren Arbeitsvertrag
        - eine aktuelle Bonitätsauskunft

        Klingeln Sie bitte bei "Thieme", ich komme dann runter.

        Mit freundlichen Grüßen
        Gisela Thieme
    """)
    when, z = "2026-11-16 19:30:55", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(42, "mailout.t-online.example", "203.0.113.88", when, z),
        ("From", addr("Gisela Thieme", "gisela.thieme@t-online.example")),
        ("To", ME),
        ("Subject", "Re: Wohnung Karl-Heine-Str. 77 - Besichtigung"),
        ("Date", date(when, z)),
        ("Message-ID", mid(42, "t-online.example")),
        ("X-Mailer", "T-Online eMail 6.x"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(name(43), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Colleague at her current job announces the department's Christmas party, Freitag, "
           "11.12., ab 17 Uhr - a team event at a fixed time, not an interview")
def k43() -> bytes:
    body = t("""
        Hallo ihr Lieben,

        es is wieder soweit: unsere Weihnachtsfeier der Abteilung Leistungselektronik steigt
        am Freitag, 11.12., ab 17 Uhr im Brauhaus am Elbufer (oberer Saal). Für Essen ist
        gesorgt, Getränke gehen bis 21 Uhr auf die Firma.

        Wichteln wie jedes Jahr: max. 10 Euro, bitte nix Selbstgelötetes mehr nach dem
        Vorfall mit dem blinkenden Rentier letztes Jahr 😄

        Tragt euch bitte bis Freitag in die Liste im Teams-Kanal ein, damit ich dem Wirt
        Bescheid geben kann.

        Vorweihnachtliche Grüße
        Peggy

        --
        Peggy Wendler | Teamassistenz Leistungselektronik
        Dresdner Relaistechnik GmbH
    """)
    when, z = "2026-11-24 10:05:18", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"j.vogel@relaistechnik-dd.de {ME}"),
        rcv(43, "mail-fr3deu01on2121.outbound.protection.outlook.com", "40.107.128.121", when, z),
        ("From", addr("Wendler, Peggy", "p.wendler@relaistechnik-dd.de")),
        ("To", "LE-Abteilung <le-abteilung@relaistechnik-dd.de>"),
        ("Subject", enc("Weihnachtsfeier LE am 11.12. 🎄")),
        ("Date", date(when, z)),
        ("Message-ID", mid(43, "FR3P281MB2210.DEUP281.PROD.OUTLOOK.COM", "outlook")),
    ], text(body, cte="base64"))


@mail(name(44), family="webinar", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Zoom webinar registration 'Interviewtraining für Ingenieurinnen', Di, 17.11.2026 18:00 with "
           "an ICS - a confirmed time, but a webinar about interviews, not a job interview")
def k44() -> bytes:
    body = t("""
        Hallo Jana,

        vielen Dank für Ihre Anmeldung zu "Interviewtraining für Ingenieurinnen: Souverän im
        Vorstellungsgespräch".

        Bei Fragen wenden Sie sich bitte an: veranstaltungen@etv-sachsen.example

        Datum und Uhrzeit: 17. Nov. 2026 06:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Bitte am Computer, Tablet oder Smartphone teilnehmen:
        https://etv-sachsen.zoom.us/w/98127744310?tk=Rm9vYmFy

        Kennung: 981 2774 4310
        Kenncode: 712443

        Zum Kalender hinzufügen: siehe Anhang (webinar.ics)

        Sie können Ihre Registrierung jederzeit stornieren.
    """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        DTSTAMP:20261110T150233Z
        DTSTART:20261117T170000Z
        DTEND:20261117T183000Z
        SUMMARY:Interviewtraining für Ingenieurinnen: Souverän im Vorstellungsgespräch
        UID:ZOOM98127744310-webinar@zoom.us
        LOCATION:https://etv-sachsen.zoom.us/w/98127744310?tk=Rm9vYmFy
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-11-10 16:02:33", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(44, "mx-out.zoom.us", "170.114.10.90", when, z),
        ("From", addr("Elektrotechnischer Verein Sachsen", "no-reply@zoom.us")),
        ("Reply-To", "veranstaltungen@etv-sachsen.example"),
        ("To", ME),
        ("Subject", enc("Bestätigung für Interviewtraining für Ingenieurinnen: Souverän im Vorstellungsgespräch")),
        ("Date", date(when, z)),
        ("Message-ID", mid(44, "zoom.us")),
    ], mixed(text(body, cte="base64"),
             calendar(ics, method=None, filename="webinar.ics", disposition="attachment", cte="base64")))


@mail(name(45), family="interviewer_training", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-07"),),
      note="Exchange invitation from HR at her current employer to a mandatory interviewer training "
           "'Strukturierte Interviews führen', Mi 7. Okt 13:00-16:00 - not a job interview")
def k45() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Liebe Kolleginnen und Kollegen,</p>
        <p class="MsoNormal">da ihr ab dem nächsten Quartal in Auswahlgesprächen mitwirkt, laden wir euch
        zur Pflichtschulung <b>„Strukturierte Interviews führen“</b> ein. Inhalte: Interviewleitfaden,
        Bewertungsbogen, AGG und Beurteilungsfehler. Mit Rollenspielen – ihr seid mal Interviewer, mal
        Kandidat.</p>
        <p class="MsoNormal">Mittwoch, 7. Oktober 2026, 13:00–16:00 Uhr, Schulungsraum EG / Teams.</p>
        <p class="MsoNormal">Viele Grüße<br>Ute Rößler | Personal<br>Dresdner Relaistechnik GmbH</p>
        </div></body></html>
    """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + \
        VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Rößler, Ute:mailto:u.roessler@relaistechnik-dd.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Vogel, Jana:mailto:j.vogel@relaistechnik-dd.de
        UID:040000008200E00074C5B7101A82E00800000000C3A8E51B4F4ADC01000000000000000010000000D47E11
        SUMMARY;LANGUAGE=de-DE:Pflichtschulung: Strukturierte Interviews führen
        DTSTART;TZID=W. Europe Standard Time:20261007T130000
        DTEND;TZID=W. Europe Standard Time:20261007T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260928T071122Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Schulungsraum EG / Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
    """)
    when, z = "2026-09-28 09:11:22", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"j.vogel@relaistechnik-dd.de {ME}"),
        rcv(45, "mail-fr3deu01on2130.outbound.protection.outlook.com", "40.107.128.130", when, z),
        ("From", addr("Rößler, Ute", "u.roessler@relaistechnik-dd.de")),
        ("To", "Interviewer-Pool <interviewer-pool@relaistechnik-dd.de>"),
        ("Subject", enc("Pflichtschulung: Strukturierte Interviews führen")),
        ("Date", date(when, z)),
        ("Message-ID", mid(45, "FR3P281MB1541.DEUP281.PROD.OUTLOOK.COM", "outlook")),
    ], alt(html(htm, cte="quoted-printable"), calendar(ics, method="REQUEST", cte="base64")))


@mail(name(46), family="auto_reply", lang="de", interview=False, company="Elbflorenz Sensorik GmbH",
      days=(("Fri", "2026-09-25"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied), German/English, to her thank-you "
           "after the interview; return date only")
def k46() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 25.09.2026, nicht im
        Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden
        Sie sich bitte an bewerbung@elbflorenz-sensorik.de.

        Thank you for your message. I am out of the office until Friday, 25 September 2026, with
        limited access to e-mail. For urgent matters please contact bewerbung@elbflorenz-sensorik.de.

        Katrin Seidel
        Elbflorenz Sensorik GmbH
    """)
    when, z = "2026-09-17 08:12:40", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(46, "mail-out.elbflorenz-sensorik.de", "85.214.77.30", when, z),
        ("From", addr("Katrin Seidel", "katrin.seidel@elbflorenz-sensorik.de")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", enc("Automatische Antwort: Danke für das Gespräch gestern")),
        ("Date", date(when, z)),
        ("Message-ID", mid(46, "elbflorenz-sensorik.de")),
        ("In-Reply-To", "<4b1e9f02-77c3-4a1d-b5e8-0f2c6d9a3e11@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "auto_reply"),
    ], text(body, cte="quoted-printable"))


@mail(name(47), family="bounce", lang="de", interview=False, company=None,
      note="Delivery failure (multipart/report) for her own mail to a mistyped address; the returned "
           "message proposes 'Donnerstag um 14 Uhr?' - a bounce, nothing confirmed")
def k47() -> bytes:
    report = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <r.matthes@pleissenwerk.de>: host mx00.kundenserver.de[212.227.15.41] said:
            550 Requested action not taken: mailbox unavailable (in reply to RCPT TO
            command)
    """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4bKp2m1Q7yz9sWc
        Arrival-Date: Tue, 22 Sep 2026 16:29:02 +0000 (UTC)

        Final-Recipient: rfc822; r.matthes@pleissenwerk.de
        Original-Recipient: rfc822;r.matthes@pleissenwerk.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx00.kundenserver.de
        Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable
    """)
    orig_body = t("""
        Hallo Herr Matthes,

        vielen Dank für Ihren Anruf heute! Wäre Donnerstag um 14 Uhr bei Ihnen in Plagwitz
        in Ordnung? Alternativ ginge auch Freitagvormittag.

        Viele Grüße
        Jana Vogel
    """)
    z = "Europe/Berlin"
    orig = message([
        ("From", JANA),
        ("To", "r.matthes@pleissenwerk.de"),
        ("Subject", enc("Gespräch Entwicklung Antriebe")),
        ("Date", date("2026-09-22 18:29:01", z)),
        ("Message-ID", "<0c7d2e55-91ab-4f3e-8d61-2b9a7e4c1f08@example.org>"),
    ], text(orig_body, cte="quoted-printable"))
    when = "2026-09-22 18:29:04"
    return message([
        ("Delivered-To", ME),
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx01.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, z)),
        ("Message-ID", "<20260922162904.7E1A2C0F31@mx01.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], multipart("report",
                 text(report, cte="7bit", extra=(("Content-Description", "Notification"),)),
                 raw_part([("Content-Description", "Delivery report"),
                           ("Content-Type", "message/delivery-status")], status),
                 attached_message(orig),
                 params="report-type=delivery-status"))


@mail(name(48), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="A newspaper reporter confirms an interview with her for a series on women in engineering, "
           "'Donnerstag, 3.12., um 11 Uhr' by phone - she is the interviewee of the press, not a job "
           "candidate")
def k48() -> bytes:
    body = t("""
        Liebe Frau Vogel,

        ganz herzlichen Dank, dass Sie bei unserer Serie "Frauen in der Technik" mitmachen!
        Dann halten wir fest: Interview am Donnerstag, 3.12., um 11 Uhr, telefonisch. Ich rufe
        Sie auf der Handynummer an, die Sie mir genannt haben. Wir brauchen etwa 30 bis 40
        Minuten.

        Themen wären grob: Ihr Weg in die Leistungselektronik, wie es sich anfühlt, oft die
        einzige Frau im Labor zu sein, und was sich in der Branche in Dresden gerade tut.
        Unser Fotograf würde sich dann separat wegen eines Porträts melden.

        Herzliche Grüße
        Susanne Bär
        Redaktion Wirtschaft | Elbland Kurier
        Tel. 0351 4864-2231
    """)
    when, z = "2026-11-27 14:48:06", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(48, "mail.elbland-kurier.de", "91.198.24.66", when, z),
        ("From", addr("Susanne Bär", "s.baer@elbland-kurier.de")),
        ("To", addr("Jana Vogel", ME)),
        ("Subject", enc("Interview für „Frauen in der Technik“ – Termin")),
        ("Date", date(when, z)),
        ("Message-ID", mid(48, "elbland-kurier.de")),
    ], alt(text(body, charset="windows-1252", cte="quoted-printable"),
           html("<html><body style=\"font-family:Arial\">" + "".join(
               f"<p>{x}</p>" for x in body.split("\n\n")) + "</body></html>\n",
               charset="windows-1252", cte="quoted-printable")))


@mail(name(49), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Bank adviser appointment confirmation (Baufinanzierung), Mo, 14.09.2026, 16:30 Uhr - a "
           "fixed-time 'Beratungsgespräch', not an interview; iso-8859-1 HTML only")
def k49() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600"><tr><td style="border-bottom:3px solid #005e3c;padding:12px">
        <b style="font-size:18px;color:#005e3c">Stadtbank Elbtal eG</b></td></tr>
        <tr><td style="padding:12px">
        <p>Sehr geehrte Frau Vogel,</p>
        <p>hiermit bestätigen wir Ihren Termin für ein persönliches Beratungsgespräch:</p>
        <p><b>Montag, 14.09.2026, 16:30 Uhr</b><br>
        Filiale Striesen, Schandauer Straße 12, 01309 Dresden<br>
        Ihr Berater: Herr Falk Mehnert<br>
        Thema: Baufinanzierung / Eigenkapitalplanung</p>
        <p>Damit wir die Zeit optimal nutzen können, bringen Sie bitte Ihre letzten drei
        Gehaltsabrechnungen sowie einen Überblick über Ihr Vermögen mit.</p>
        <p>Freundliche Grüße<br>Ihre Stadtbank Elbtal eG</p>
        <p style="font-size:10px;color:#888">Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.</p>
        </td></tr></table></body></html>
    """)
    when, z = "2026-09-08 11:20:39", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        rcv(49, "mailgw2.stadtbank-elbtal.example", "192.0.2.140", when, z),
        ("From", addr("Stadtbank Elbtal eG", "terminservice@stadtbank-elbtal.example")),
        ("To", ME),
        ("Subject", enc("Ihr Beratungstermin am 14.09.2026 um 16:30 Uhr", "iso-8859-1")),
        ("Date", date(when, z)),
        ("Message-ID", mid(49, "stadtbank-elbtal.example")),
    ], html(htm, charset="iso-8859-1", cte="quoted-printable"))


@mail(name(50), family="mailing_list", lang="en", interview=False, company=None,
      note="Mailing-list reply (List-Id, Precedence: list) in a thread about interview questions; "
           "mentions someone else's past interview 'on Tuesday at 10' - nothing for the reader")
def k50() -> bytes:
    body = t("""
        On 25/11/2026 21:02, Lena Fiedler wrote:
        > Has anyone here interviewed for power electronics roles at the fabs recently?
        > What kind of technical questions should I expect?

        I had my onsite at one of the Klotzsche fabs on Tuesday at 10 - four hours, three
        sessions. Expect:

        - gate driver design: dead time, Miller plateau, why negative turn-off voltage
        - a whiteboard buck converter, with a component-selection discussion
        - "walk us through a failure analysis you did" (bring real waveforms!)
        - lots of questions about EMC pre-compliance

        They didn't ask any leetcode-style stuff. Good luck!

        Martin

        _______________________________________________
        hw-dresden mailing list
        hw-dresden@lists.example.net
        https://lists.example.net/mailman/listinfo/hw-dresden
    """)
    when, z = "2026-11-26 08:14:51", "Europe/Berlin"
    return message([
        ("Delivered-To", ME),
        ("Return-Path", "<hw-dresden-bounces@lists.example.net>"),
        rcv(50, "lists.example.net", "198.51.100.9", when, z),
        ("From", addr("Martin Seifert", "martin.seifert@example.com")),
        ("To", "hw-dresden@lists.example.net"),
        ("Subject", "Re: [hw-dresden] Interview questions for power electronics roles?"),
        ("Date", date(when, z)),
        ("Message-ID", mid(50, "example.com")),
        ("In-Reply-To", "<b2e0d7a4-0c61-4f93-9a3d-8e2b1c7f5a60@example.net>"),
        ("List-Id", "Hardware people in Dresden <hw-dresden.lists.example.net>"),
        ("List-Unsubscribe", "<https://lists.example.net/mailman/options/hw-dresden>, "
                             "<mailto:hw-dresden-request@lists.example.net?subject=unsubscribe>"),
        ("List-Post", "<mailto:hw-dresden@lists.example.net>"),
        ("Precedence", "list"),
        ("Sender", "hw-dresden <hw-dresden-bounces@lists.example.net>"),
    ], text(body, cte="8bit", params="format=flowed"))
