"""blind209: 50 hand-written mails from the inbox of Lena Hoffmann, a geodata platform engineer in
Potsdam (Europe/Berlin), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails) by a helper
session. One function per mail; ``make.py`` does the MIME plumbing and the checks. Keys 1-23 are
the positives (written first), 24-50 the negatives; file numbers are a fixed shuffle of the keys.

    python3 bench/heldout/make_blind.py blind209
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
)

ORDER = random.Random(2090209).sample(range(1, 51), 50)
LENA = "Lena Hoffmann <lena.hoffmann@example.org>"
ME = "lena.hoffmann@example.org"
MX = "mx1.example.org (Postfix)"
BER = "Europe/Berlin"


def N(key: int) -> str:
    return f"blind209_{ORDER[key - 1]:03d}"


def rcv(host: str, when: str, zone: str, ident: str, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(f"from {host}", when, zone, f"{MX} with ESMTPS id {ident}", ME, lag))


# Exchange writes this name for Warsaw; make.WINDOWS_ZONES maps it to Europe/Warsaw.
VTZ_CEST = """BEGIN:VTIMEZONE
TZID:Central European Standard Time
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


# =========================================================================== positives (keys 1-23)


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
      contact="mira.castell@kartenwerk-mobility.de", company="Kartenwerk Mobility",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BER,
      note="Greenhouse confirmation, '10:00 AM - 11:00 AM CEST' in Berlin (UTC+2); ICS in UTC agrees; "
           "contact = human Reply-To (the sender is a Greenhouse no-reply)")
def _k01() -> bytes:
    body = t("""
        Hi Lena,

        Thanks for finding time to speak with us! Your interview for the Senior Platform Engineer
        (Geodata) role at Kartenwerk Mobility is confirmed. Here are the details:

        Date: Tuesday, September 15th, 2026
        Time: 10:00 AM - 11:00 AM CEST
        Location: Google Meet (link below)
        https://meet.google.com/pwx-kqft-bne

        You'll be meeting with:
          Jakob Sorensen, Engineering Manager, Routing Platform
          Emine Yildiz, Staff Engineer

        The conversation is a mix of your background and a walk through a system you built. No
        live coding in this round.

        If you need to reschedule, just reply to this email.

        Best,
        Mira Castell
        Talent Partner, Kartenwerk Mobility
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Lena,</p>
        <p>Thanks for finding time to speak with us! Your interview for the <b>Senior Platform Engineer
        (Geodata)</b> role at Kartenwerk Mobility is confirmed. Here are the details:</p>
        <p><b>Date:</b> Tuesday, September 15th, 2026<br>
        <b>Time:</b> 10:00 AM - 11:00 AM CEST<br>
        <b>Location:</b> Google Meet (<a href="https://meet.google.com/pwx-kqft-bne">join</a>)</p>
        <p>You'll be meeting with:</p>
        <ul><li>Jakob Sorensen, Engineering Manager, Routing Platform</li>
        <li>Emine Yildiz, Staff Engineer</li></ul>
        <p>The conversation is a mix of your background and a walk through a system you built. No
        live coding in this round.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Mira Castell<br>Talent Partner, Kartenwerk Mobility</p>
        <img src="https://app.greenhouse.io/email_tracking/open/8c21f0.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Greenhouse Software//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-51227783-lena@greenhouse.io
        DTSTAMP:20260909T142200Z
        DTSTART:20260915T080000Z
        DTEND:20260915T090000Z
        SUMMARY:Interview: Lena Hoffmann / Kartenwerk Mobility
        LOCATION:https://meet.google.com/pwx-kqft-bne
        ORGANIZER;CN=Mira Castell:mailto:mira.castell@kartenwerk-mobility.de
        ATTENDEE;CN=Lena Hoffmann;RSVP=TRUE:mailto:lena.hoffmann@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("o12.sg.greenhouse-mail.io (o12.sg.greenhouse-mail.io [167.89.18.12])",
            "2026-09-09 16:22", BER, "4h1KpT0x7Zz"),
        ("From", "Kartenwerk Mobility <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Mira Castell <mira.castell@kartenwerk-mobility.de>"),
        ("To", LENA),
        ("Subject", "Interview Confirmation: Senior Platform Engineer (Geodata) at Kartenwerk Mobility"),
        ("Date", date("2026-09-09 16:22", BER)),
        ("Message-ID", "<gh.5f0c1e2a9b.51227783@us.greenhouse-mail.io>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(2), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-24T11:15:00Z", end="2026-09-24T12:00:00Z",
      contact="katrin.wendler@havelgeo.de", company="Havelgeo GmbH",
      local="Thu 2026-09-24 13:15", local_end="2026-09-24 14:00", zone=BER,
      note="Personio invitation, 'Donnerstag, 24.09.2026 um 13:15 Uhr', 'Dauer: 45 Minuten', Potsdam "
           "CEST (UTC+2); sender is a Personio no-reply, contact = recruiter address in the body")
def _k02() -> bytes:
    body = t("""
        Sehr geehrte Frau Hoffmann,

        vielen Dank für Ihre Bewerbung als Platform Engineer (m/w/d) Geodateninfrastruktur und Ihr
        Interesse an der Havelgeo GmbH.

        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen, und bestätigen Ihnen hiermit
        den folgenden Termin:

        Datum:    Donnerstag, 24.09.2026
        Uhrzeit:  13:15 Uhr
        Dauer:    45 Minuten
        Ort:      Havelgeo GmbH, August-Bebel-Straße 26, 14482 Potsdam (Haus 3, 2. OG)

        Ihre Gesprächspartner sind Herr Dr. Arne Lüdtke (Teamleitung Geodienste) und Frau Katrin
        Wendler (Personal). Parkplätze finden Sie auf dem Gelände, bitte melden Sie sich am Empfang.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid –
        am einfachsten per E-Mail an katrin.wendler@havelgeo.de oder telefonisch unter
        0331 58197-214.

        Mit freundlichen Grüßen

        Katrin Wendler
        Personalreferentin
        Havelgeo GmbH | August-Bebel-Straße 26 | 14482 Potsdam
        Geschäftsführer: Dr. Jens Rautenberg | HRB 31877 P, Amtsgericht Potsdam

        Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht direkt auf diese
        Nachricht.
        """)
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;padding:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <tr><td style="padding:24px">
        <p>Sehr geehrte Frau Hoffmann,</p>
        <p>vielen Dank für Ihre Bewerbung als Platform Engineer (m/w/d) Geodateninfrastruktur und Ihr
        Interesse an der Havelgeo GmbH.</p>
        <p>Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen, und bestätigen Ihnen hiermit
        den folgenden Termin:</p>
        <table style="font-size:14px">
        <tr><td style="padding-right:16px">Datum:</td><td>Donnerstag, 24.09.2026</td></tr>
        <tr><td style="padding-right:16px">Uhrzeit:</td><td>13:15 Uhr</td></tr>
        <tr><td style="padding-right:16px">Dauer:</td><td>45 Minuten</td></tr>
        <tr><td style="padding-right:16px">Ort:</td><td>Havelgeo GmbH, August-Bebel-Straße 26, 14482 Potsdam (Haus 3, 2. OG)</td></tr>
        </table>
        <p>Ihre Gesprächspartner sind Herr Dr. Arne Lüdtke (Teamleitung Geodienste) und Frau Katrin
        Wendler (Personal). Parkplätze finden Sie auf dem Gelände, bitte melden Sie sich am Empfang.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid –
        am einfachsten per E-Mail an <a href="mailto:katrin.wendler@havelgeo.de">katrin.wendler@havelgeo.de</a>
        oder telefonisch unter 0331 58197-214.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Katrin Wendler<br>Personalreferentin</p>
        <p style="font-size:11px;color:#888">Havelgeo GmbH | August-Bebel-Straße 26 | 14482 Potsdam<br>
        Geschäftsführer: Dr. Jens Rautenberg | HRB 31877 P, Amtsgericht Potsdam</p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    return message([
        rcv("mail-out.personio.de (mail-out.personio.de [185.56.21.40])", "2026-09-15 09:05", BER,
            "9QmR2cLw0Ht"),
        ("From", "Havelgeo GmbH <no-reply@personio.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Platform Engineer (m/w/d) Geodateninfrastruktur")),
        ("Date", date("2026-09-15 09:05", BER)),
        ("Message-ID", "<20260915070512.7b1c9a3f@havelgeo.jobs.personio.de>"),
    ], alt(text(body), html(page)))


@mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-23T10:00:00Z", end=None, contact="deniz@spreeraster.io", company="Spreeraster",
      local="Wed 2026-09-23 12:00", zone=BER,
      note="CTO's du-reply 'Mittwochmittag so gegen zwölf' closes the thread: Date is Thu 17.09., so "
           "Mittwoch = 23.09., 12:00 CEST (UTC+2); 'so gegen' only hedges the minute, no end")
def _k03() -> bytes:
    body = t("""
        Hey Lena,

        super, dann machen wir's so: Mittwochmittag so gegen zwölf bei uns im Büro, Gipsstraße 5,
        Hinterhaus, 3. Stock (die Klingel heißt noch "Raumfahrt", lange Geschichte). Bring gern
        Hunger mit, wir gehen danach meistens zum Vietnamesen um die Ecke.

        Mit dabei sind Ricarda (macht bei uns Backend + Tiles) und ich. Wir quatschen ca. eine
        Stunde, eher locker, kein Whiteboard-Gemetzel.

        Bis Mittwoch!
        Deniz

        --
        Deniz Aksoy · CTO · Spreeraster
        spreeraster.io · +49 30 2201 7730

        Am Do., 17. Sept. 2026 um 17:58 Uhr schrieb Lena Hoffmann <lena.hoffmann@example.org>:
        > Hallo Deniz,
        >
        > danke dir! Mittwoch ginge bei mir gut, Donnerstag eher nicht. Ab 11 bin ich flexibel.
        >
        > Viele Grüße
        > Lena
        >
        > Am Di., 15. Sept. 2026 um 10:12 Uhr schrieb Deniz Aksoy <deniz@spreeraster.io>:
        >> Hi Lena,
        >> hättest du nächste Woche Lust, mal bei uns vorbeizukommen? Mittwoch oder
        >> Donnerstag mittags wäre ideal.
        >> Deniz
        """)
    return message([
        rcv("mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])",
            "2026-09-17 18:40", BER, "Vx8pQ2ab91"),
        ("From", "Deniz Aksoy <deniz@spreeraster.io>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", "Re: Kennenlernen bei Spreeraster"),
        ("Date", date("2026-09-17 18:40", BER)),
        ("Message-ID", "<CAH8sQ2rT0kmP9=Zy1vDnEw3x@mail.gmail.com>"),
        ("In-Reply-To", "<7d1c2f0a-5b41-4bfe-a3c2-90e1f0b2c7aa@example.org>"),
        ("References", "<CAH8sQ2oF1xa+Qm0@mail.gmail.com> <7d1c2f0a-5b41-4bfe-a3c2-90e1f0b2c7aa@example.org>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(N(4), family="exchange_request", lang="en", interview=True, kind="scheduled",
      start="2026-10-08T13:00:00Z", end="2026-10-08T14:00:00Z",
      contact="agnieszka.zielinska@wislomap.pl", company="Wislomap",
      local="Thu 2026-10-08 15:00", local_end="2026-10-08 16:00", zone="Europe/Warsaw",
      note="Warsaw employer writing English; Exchange request whose text gives no date or time: the "
           "time is only in the ICS, TZID 'Central European Standard Time' (= Europe/Warsaw, CEST UTC+2 "
           "on 8 Oct) 15:00-16:00; organizer = sender")
def _k04() -> bytes:
    body = t("""
        Hello Lena,

        As discussed on the phone, here is the calendar invitation for the technical interview with
        our Spatial Data team. Paweł (our platform lead) will join as well. Please accept it so I can
        book the room for the others.

        Agnieszka

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjA2>
        Meeting ID: 381 552 907 114
        Passcode: b7Qk2R
        ________________________________________________________________________________
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hello Lena,</p>
        <p>As discussed on the phone, here is the calendar invitation for the technical interview with
        our Spatial Data team. Paweł (our platform lead) will join as well. Please accept it so I can
        book the room for the others.</p>
        <p>Agnieszka</p>
        <hr><p><b>Microsoft Teams meeting</b><br>Join on your computer, mobile app or room device<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjA2">Click here to join the meeting</a><br>
        Meeting ID: 381 552 907 114<br>Passcode: b7Qk2R</p><hr>
        </div></body></html>
        """)
    ics = VTZ_CEST + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Agnieszka Zielińska:mailto:agnieszka.zielinska@wislomap.pl
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Hoffmann:mailto:lena.hoffmann@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paweł Kowalczyk:mailto:pawel.kowalczyk@wislomap.pl
        DESCRIPTION;LANGUAGE=en-US:Hello Lena\\,\\n\\nAs discussed on the phone\\, here is the calendar invitation for the technical interview with our Spatial Data team.\\n
        UID:040000008200E00074C5B7101A82E0080000000080F1B2A6C24EDD01000000000000000010000000A9B3E1
        SUMMARY;LANGUAGE=en-US:Wislomap – technical interview (Spatial Data Platform) – Lena Hoffmann
        DTSTART;TZID=Central European Standard Time:20261008T150000
        DTEND;TZID=Central European Standard Time:20261008T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261002T091200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
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
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    return message([
        rcv("EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2071.outbound.protection.outlook.com "
            "[40.107.20.71])", "2026-10-02 11:12", "Europe/Warsaw", "k2Pz7WmQ3s"),
        ("From", addr("Agnieszka Zielińska", "agnieszka.zielinska@wislomap.pl")),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("CC", addr("Paweł Kowalczyk", "pawel.kowalczyk@wislomap.pl")),
        ("Subject", enc("Wislomap – technical interview (Spatial Data Platform) – Lena Hoffmann")),
        ("Thread-Topic", enc("Wislomap – technical interview (Spatial Data Platform) – Lena Hoffmann")),
        ("Thread-Index", "AdxSf0n3mQ8y1kXqTHeVb0o2Jd4Zkw=="),
        ("Date", date("2026-10-02 11:12", "Europe/Warsaw")),
        ("Message-ID", "<AM9PR07MB7211C4E0B2D7F3A19F0E5C2AD83A2@AM9PR07MB7211.eurprd07.prod.outlook.com>"),
        ("Accept-Language", "pl-PL, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(5), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-10-20T07:15:00Z", end=None, contact="u.kretzschmar@auenwerk-geo.de",
      company="Auenwerk Geoinformatik GmbH",
      local="Tue 2026-10-20 09:15", zone=BER,
      note="Leipzig hiring manager: 'Dienstag, den 20.10., um viertel zehn' (east-German 'viertel zehn' = "
           "09:15), CEST UTC+2; pasted Zoom block agrees (09:15 AM Amsterdam, Berlin...); 'rund eine "
           "Stunde' is approximate so no end; windows-1252 quoted-printable; the attached Outlook ICS is an "
           "all-day entry for 20.10. (VALUE=DATE), the time is only in the text")
def _k05() -> bytes:
    body = t("""
        Sehr geehrte Frau Hoffmann,

        wie heute früh am Telefon besprochen, sehen wir uns am Dienstag, den 20.10., um viertel
        zehn per Zoom. Wir rechnen mit rund einer Stunde; neben mir ist unser Architekt Herr Böhme
        dabei. Schauen Sie sich gern vorher unser Projekt "AuenPortal" an, darüber möchten wir
        ein bisschen fachsimpeln.

        Einladungslink anbei:

        Uwe Kretzschmar lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Gespräch Hoffmann / Auenwerk
        Uhrzeit: 20.Okt..2026 09:15 AM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://auenwerk-geo.zoom.us/j/86120457733?pwd=Q0pmV2lRa1RxN3BEbnB0

        Meeting-ID: 861 2045 7733
        Kenncode: 402917

        Mit freundlichen Grüßen aus Leipzig

        Uwe Kretzschmar
        Leiter Softwareentwicklung
        Auenwerk Geoinformatik GmbH
        Karl-Heine-Straße 99 · 04229 Leipzig
        Tel. 0341 4929 3310
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="DE" style="font-family:Arial;font-size:10pt">
        <p>Sehr geehrte Frau Hoffmann,</p>
        <p>wie heute früh am Telefon besprochen, sehen wir uns am Dienstag, den 20.10., um viertel
        zehn per Zoom. Wir rechnen mit rund einer Stunde; neben mir ist unser Architekt Herr Böhme
        dabei. Schauen Sie sich gern vorher unser Projekt „AuenPortal“ an, darüber möchten wir
        ein bisschen fachsimpeln.</p>
        <p>Einladungslink anbei:</p>
        <p>Uwe Kretzschmar lädt Sie zu einem geplanten Zoom-Meeting ein.</p>
        <p>Thema: Gespräch Hoffmann / Auenwerk<br>
        Uhrzeit: 20.Okt..2026 09:15 AM Amsterdam, Berlin, Rom, Stockholm, Wien</p>
        <p>Zoom-Meeting beitreten<br>
        <a href="https://auenwerk-geo.zoom.us/j/86120457733?pwd=Q0pmV2lRa1RxN3BEbnB0">https://auenwerk-geo.zoom.us/j/86120457733?pwd=Q0pmV2lRa1RxN3BEbnB0</a></p>
        <p>Meeting-ID: 861 2045 7733<br>Kenncode: 402917</p>
        <p>Mit freundlichen Grüßen aus Leipzig</p>
        <p><b>Uwe Kretzschmar</b><br>Leiter Softwareentwicklung<br>Auenwerk Geoinformatik GmbH<br>
        Karl-Heine-Straße 99 · 04229 Leipzig<br>Tel. 0341 4929 3310</p>
        </body></html>
        """)
    # Outlook all-day entry he created as a reminder: only the day, the time is in the text
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20261013T122900Z
        DESCRIPTION:Gespräch mit Frau Hoffmann per Zoom (Link siehe Mail)\\n
        DTSTART;VALUE=DATE:20261020
        DTEND;VALUE=DATE:20261021
        DTSTAMP:20261013T122900Z
        LOCATION:Zoom
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=de:Gespräch Hoffmann / Auenwerk
        TRANSP:TRANSPARENT
        UID:040000008200E00074C5B7101A82E00800000000C0E2A7F65A5FDD01000000000000000010000000D41E77
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mout.kundenserver.de (mout.kundenserver.de [212.227.17.13])", "2026-10-13 14:30", BER,
            "Lr0vB7nq2k"),
        ("From", "Uwe Kretzschmar <u.kretzschmar@auenwerk-geo.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Unser Gespräch am Dienstag", "iso-8859-15")),
        ("Date", date("2026-10-13 14:30", BER)),
        ("Message-ID", "<003101dc5f1a$8e2b7c40$aa8274c0$@auenwerk-geo.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
    ], mixed(alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Gespraech Hoffmann.ics",
                      disposition="attachment")))


@mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T15:00:00Z", end="2026-10-27T15:30:00Z",
      contact="priya.raman@tidewaterspatial.com", company="Tidewater Spatial",
      local="Tue 2026-10-27 16:00", local_end="2026-10-27 16:30", zone=BER,
      note="Calendly invitee confirmation in the invitee's zone: '4:00pm - 4:30pm (Central European "
           "Time)' on 27 Oct, two days after Europe left summer time (CET, UTC+1) while New York is "
           "still on EDT (host says 11am her time = 15:00Z); mail sent in CEST; contact = host Reply-To")
def _k06() -> bytes:
    body = t("""
        Hi Lena Hoffmann,

        A new event has been scheduled.

        Event Type:
        Intro call: Geospatial Platform Engineer

        Invitee:
        Lena Hoffmann

        Invitee Email:
        lena.hoffmann@example.org

        Event Date/Time:
        4:00pm - 4:30pm (Central European Time), Tuesday, October 27, 2026

        Location:
        This is a Zoom web conference.
        https://tidewaterspatial.zoom.us/j/93055128840

        Host:
        Priya Raman

        Note from Priya:
        Looking forward to it! Heads up that Europe changed its clocks this weekend and we don't
        until next Sunday, so this is 11am my time in Boston.

        View event in Calendly
        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/7e0b1f9c-41d4-4c71-a51f-0b2b6f1ac9d4
        Reschedule: https://calendly.com/reschedulings/7e0b1f9c-41d4-4c71-a51f-0b2b6f1ac9d4

        Powered by Calendly.com
        """)
    return message([
        rcv("o1.email.calendly.com (o1.email.calendly.com [167.89.50.201])", "2026-10-23 17:02", BER,
            "Ac3sH8dY0p"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Priya Raman <priya.raman@tidewaterspatial.com>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", "New Event: Lena Hoffmann - 04:00pm Tue, Oct 27, 2026 - Intro call: Geospatial Platform Engineer"),
        ("Date", date("2026-10-23 17:02", BER)),
        ("Message-ID", "<20261023150201.1.3c8d0b7f4a2e91d5@calendly.com>"),
        ("X-Mailgun-Tag", "invitee_confirmation"),
    ], text(body))


@mail(N(7), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-12-08T13:00:00Z", end="2026-12-08T14:30:00Z",
      contact="soenke.petersen@elbkarte.de", company="Elbkarte Logistik GmbH",
      local="Tue 2026-12-08 14:00", local_end="2026-12-08 15:30", zone=BER,
      note="Google Calendar invitation (German UI) 'Di., 8. Dez. 2026 14:00 – 15:30 (MEZ)', CET UTC+1; "
           "ICS TZID Europe/Berlin agrees; From is calendar-notification, contact = organizer")
def _k07() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Zweitgespräch Lena Hoffmann / Elbkarte – Plattform-Team
        Dienstag, 8. Dezember 2026 · 14:00 – 15:30
        Zeitzone: Europe/Berlin
        Ort: Elbkarte Logistik, Großer Grasbrook 9, 20457 Hamburg, Raum "Kehrwieder"

        Hallo Frau Hoffmann, wie besprochen das zweite Gespräch vor Ort, diesmal mit dem Team
        und einer kleinen Architekturübung. Fahrtkosten übernehmen wir. Viele Grüße, Sönke Petersen

        Teilnehmer
        Sönke Petersen - Organisator
        lena.hoffmann@example.org
        marit.claussen@elbkarte.de

        Alle Gäste anzeigen
        Antworten für lena.hoffmann@example.org
        Ja: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmRqN3E4&rst=1
        Nein: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmRqN3E4&rst=2
        Vielleicht: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmRqN3E4&rst=3

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie "Nein" auswählen,
        werden Sie aus der Gästeliste entfernt.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Einladung von Sönke Petersen"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif"><table cellpadding="0" cellspacing="0"><tr><td>
        <h2 style="font-size:22px;font-weight:400">Zweitgespräch Lena Hoffmann / Elbkarte – Plattform-Team</h2>
        <div>Dienstag, 8. Dezember 2026 · 14:00 – 15:30 (Mitteleuropäische Normalzeit – Berlin)</div>
        <div>Elbkarte Logistik, Großer Grasbrook 9, 20457 Hamburg, Raum &quot;Kehrwieder&quot;</div>
        <div style="margin-top:16px">Hallo Frau Hoffmann, wie besprochen das zweite Gespräch vor Ort, diesmal mit dem Team
        und einer kleinen Architekturübung. Fahrtkosten übernehmen wir. Viele Grüße, Sönke Petersen</div>
        <div style="margin-top:16px"><b>Teilnehmer</b><br>Sönke Petersen - Organisator<br>lena.hoffmann@example.org<br>marit.claussen@elbkarte.de</div>
        <div style="margin-top:16px">Antworten: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=MmRqN3E4&amp;rst=1">Ja</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=MmRqN3E4&amp;rst=2">Nein</a>
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=MmRqN3E4&amp;rst=3">Vielleicht</a></div>
        </td></tr></table></div>
        """)
    ics = VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261208T140000
        DTEND;TZID=Europe/Berlin:20261208T153000
        DTSTAMP:20261201T094700Z
        ORGANIZER;CN=Sönke Petersen:mailto:soenke.petersen@elbkarte.de
        UID:2dj7q8k1v0m3elbk@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sönke Petersen;X-NUM-GUESTS=0:mailto:soenke.petersen@elbkarte.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lena.hoffmann@example.org;X-NUM-GUESTS=0:mailto:lena.hoffmann@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marit.claussen@elbkarte.de;X-NUM-GUESTS=0:mailto:marit.claussen@elbkarte.de
        CREATED:20261201T094500Z
        DESCRIPTION:Hallo Frau Hoffmann\\, wie besprochen das zweite Gespräch vor Ort\\, diesmal mit dem Team und einer kleinen Architekturübung. Fahrtkosten übernehmen wir. Viele Grüße\\, Sönke Petersen
        LAST-MODIFIED:20261201T094700Z
        LOCATION:Elbkarte Logistik\\, Großer Grasbrook 9\\, 20457 Hamburg\\, Raum "Kehrwieder"
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Zweitgespräch Lena Hoffmann / Elbkarte – Plattform-Team
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n" + ics
    return message([
        rcv("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-12-01 10:47",
            BER, "Gc5mN1rT8w"),
        ("From", addr("Sönke Petersen", "calendar-notification@google.com")),
        ("Reply-To", "soenke.petersen@elbkarte.de"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Einladung: Zweitgespräch Lena Hoffmann / Elbkarte – Plattform-Team @ "
                        "Di., 8. Dez. 2026 14:00 - 15:30 (MEZ) (lena.hoffmann@example.org)")),
        ("Date", date("2026-12-01 10:47", BER)),
        ("Message-ID", "<calendar-6a1f0e2b-93c4-4d8e-b1a7-2f5c0d9e8a71@google.com>"),
    ], mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(8), family="lever", lang="en", interview=True, kind="scheduled",
      start="2026-11-09T20:00:00Z", end="2026-11-09T21:00:00Z",
      contact="aroha.ngata@kowhaimaps.co.nz", company="Kowhai Maps",
      local="Tue 2026-11-10 09:00", local_end="2026-11-10 10:00", zone="Pacific/Auckland",
      note="Lever confirmation from an Auckland remote team: 'Tuesday, November 10, 9:00 AM - 10:00 AM "
           "NZDT' (UTC+13) = Monday 9 Nov 20:00Z, the previous day in UTC (21:00 CET for Lena, as the "
           "body says); ICS TZID Pacific/Auckland agrees; contact = Reply-To")
def _k08() -> bytes:
    body = t("""
        Hi Lena,

        Thanks for booking a time with Kōwhai Maps. Your interview is confirmed:

        Video interview with Hemi Walker (Head of Platform)
        Tuesday, November 10, 2026
        9:00 AM - 10:00 AM NZDT (Pacific/Auckland)

        In your time zone that is Monday, November 9, 9:00 PM - 10:00 PM CET. We know it is an
        evening slot for you - thank you for making it work across 12 hours!

        Join: https://meet.google.com/hxr-tovb-qde

        If anything changes, reply to this email and it will reach me directly.

        Ngā mihi,
        Aroha Ngata
        People & Talent, Kōwhai Maps Ltd
        Level 3, 12 Madden Street, Auckland 1010
        """)
    ics = VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-int-0f6a2c91-5d3e-4b70-b8e2-7f41a9c0d513
        DTSTAMP:20261104T083000Z
        DTSTART;TZID=Pacific/Auckland:20261110T090000
        DTEND;TZID=Pacific/Auckland:20261110T100000
        SUMMARY:Interview with Kōwhai Maps - Lena Hoffmann
        LOCATION:https://meet.google.com/hxr-tovb-qde
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhaimaps.co.nz
        ATTENDEE;CN=Lena Hoffmann;PARTSTAT=NEEDS-ACTION:mailto:lena.hoffmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Lever//Interview Scheduling//EN\nMETHOD:REQUEST\n" + ics
    return message([
        rcv("mail-ot1.hire.lever.co (mail-ot1.hire.lever.co [198.2.186.117])", "2026-11-04 08:30",
            "UTC", "Hq2sD4lX7b"),
        ("From", addr("Kōwhai Maps", "no-reply@hire.lever.co")),
        ("Reply-To", "Aroha Ngata <aroha.ngata@kowhaimaps.co.nz>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", enc("Your interview with Kōwhai Maps is confirmed")),
        ("Date", date("2026-11-04 08:30", "UTC")),
        ("Message-ID", "<0100019a4b2c.e81f5d2a-77c4-4b1e-9d0a-3a52f7b1e6c4-000000@email.lever.co>"),
    ], mixed(text(body, cte="base64"),
             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(N(9), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-11-18T09:30:00Z", end="2026-11-18T10:30:00Z",
      contact="friederike.lange@hps-ag.de", company="Hanseatic Port Systems AG",
      local="Wed 2026-11-18 10:30", local_end="2026-11-18 11:30", zone=BER,
      note="Workday 'Interview Scheduled', HTML only (base64): 'Wednesday, November 18, 2026, 10:30 AM - "
           "11:30 AM (CET)', Hamburg UTC+1; sender is the tenant's myworkday.com address, contact = "
           "recruiter address in the body")
def _k09() -> bytes:
    page = t("""
        <html><head><meta charset="UTF-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;background:#eef1f5;font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 0">
        <table width="620" cellpadding="0" cellspacing="0" role="presentation" style="background:#fff;border-top:4px solid #003a70">
        <tr><td style="padding:20px 28px"><img src="https://wd3.myworkday.com/hps/images/logo.png" alt="Hanseatic Port Systems" height="32"></td></tr>
        <tr><td style="padding:0 28px 20px 28px">
        <p>Dear Lena,</p>
        <p>We are pleased to confirm your interview for the position <b>Senior Geospatial Engineer
        (R-10482)</b>.</p>
        <table cellpadding="4" style="border:1px solid #d9dee5;font-size:14px">
        <tr><td><b>Interview Type</b></td><td>On-site Interview (Hiring Team)</td></tr>
        <tr><td><b>Date</b></td><td>Wednesday, November 18, 2026</td></tr>
        <tr><td><b>Time</b></td><td>10:30 AM - 11:30 AM (CET)</td></tr>
        <tr><td><b>Location</b></td><td>Hanseatic Port Systems AG, Am Sandtorkai 41, 20457 Hamburg, Reception 1st floor</td></tr>
        <tr><td><b>Interviewers</b></td><td>Dr. Kai Ohlsen, Lead Architect; Birte Nommensen, Product Owner Terminal Data</td></tr>
        </table>
        <p>Please bring a valid photo ID for the visitor badge. If you have questions or need to
        change the appointment, please contact your recruiter, Friederike Lange
        (<a href="mailto:friederike.lange@hps-ag.de">friederike.lange@hps-ag.de</a>, +49 40 3087 1152).</p>
        <p>You can also review the status of your application in our
        <a href="https://wd3.myworkday.com/hps/d/home.htmld">Candidate Home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Hanseatic Port Systems AG</p>
        </td></tr>
        <tr><td style="padding:12px 28px;background:#f7f8fa;font-size:11px;color:#6b7480">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></td></tr></table></body></html>
        """)
    return message([
        rcv("wd3-smtp.myworkday.com (wd3-smtp.myworkday.com [216.32.191.88])", "2026-11-12 13:14", "UTC",
            "Pm3xW8qK1c"),
        ("From", "Hanseatic Port Systems <hps@myworkday.com>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", "Interview Scheduled: Senior Geospatial Engineer (R-10482)"),
        ("Date", date("2026-11-12 13:14", "UTC")),
        ("Message-ID", "<1893205547.318806.1794921240117@wd3-prod-notif-12.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(page, cte="base64"))


@mail(N(10), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start="2026-10-12T09:00:00Z", end="2026-10-12T10:00:00Z",
      contact="jan.vogt@gleisdreieck-energie.de", company="Gleisdreieck Energie GmbH",
      local="Mon 2026-10-12 11:00", local_end="2026-10-12 12:00", zone=BER,
      note="SmartRecruiters invitation, 'Montag, 12. Oktober 2026, 11:00 – 12:00 Uhr (MESZ)', Berlin "
           "UTC+2; ICS in UTC agrees; contact = human Reply-To (the hiring manager)")
def _k10() -> bytes:
    body = t("""
        Hallo Lena,

        danke, dass du dir einen Termin ausgesucht hast! Hier noch einmal alle Details zu unserem
        Gespräch:

        Position:       DevOps / Platform Engineer – Netzdaten (Berlin)
        Termin:         Montag, 12. Oktober 2026, 11:00 – 12:00 Uhr (MESZ)
        Art:            Videocall (Microsoft Teams, Link in der Kalendereinladung)
        Gesprächspartner: Jan Vogt (Teamlead Platform), Sibel Aydın (People & Culture)

        Den Termin kannst du über den Anhang in deinen Kalender übernehmen. Falls etwas
        dazwischenkommt, antworte einfach auf diese Mail.

        Viele Grüße
        Jan Vogt
        Gleisdreieck Energie GmbH

        ---
        Gesendet über SmartRecruiters im Auftrag von Gleisdreieck Energie GmbH.
        Datenschutz: https://jobs.smartrecruiters.com/GleisdreieckEnergie/privacy-policy
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hallo Lena,</p>
        <p>danke, dass du dir einen Termin ausgesucht hast! Hier noch einmal alle Details zu unserem Gespräch:</p>
        <table style="font-size:14px" cellpadding="3">
        <tr><td><b>Position</b></td><td>DevOps / Platform Engineer – Netzdaten (Berlin)</td></tr>
        <tr><td><b>Termin</b></td><td>Montag, 12. Oktober 2026, 11:00 – 12:00 Uhr (MESZ)</td></tr>
        <tr><td><b>Art</b></td><td>Videocall (Microsoft Teams, Link in der Kalendereinladung)</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Jan Vogt (Teamlead Platform), Sibel Aydın (People &amp; Culture)</td></tr>
        </table>
        <p>Den Termin kannst du über den Anhang in deinen Kalender übernehmen. Falls etwas dazwischenkommt,
        antworte einfach auf diese Mail.</p>
        <p>Viele Grüße<br>Jan Vogt<br>Gleisdreieck Energie GmbH</p>
        <p style="font-size:11px;color:#999">Gesendet über SmartRecruiters im Auftrag von Gleisdreieck Energie GmbH.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//SmartRecruiters//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:sr-5d9f3c0e-8b7a-4e1d-a2c6-b41f07e3d9a8
        DTSTAMP:20261005T065100Z
        DTSTART:20261012T090000Z
        DTEND:20261012T100000Z
        SUMMARY:Interview: DevOps / Platform Engineer – Netzdaten (Lena Hoffmann)
        LOCATION:Microsoft Teams
        DESCRIPTION:Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Gd3Yk
        ORGANIZER;CN=Jan Vogt:mailto:jan.vogt@gleisdreieck-energie.de
        ATTENDEE;CN=Lena Hoffmann;ROLE=REQ-PARTICIPANT:mailto:lena.hoffmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail5.smartrecruiters.com (mail5.smartrecruiters.com [54.240.4.12])", "2026-10-05 08:51",
            BER, "Yt6gC2mF4n"),
        ("From", "Gleisdreieck Energie GmbH <noreply@smartrecruiters.com>"),
        ("Reply-To", "Jan Vogt <jan.vogt@gleisdreieck-energie.de>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", enc("Bestätigung: dein Interview bei Gleisdreieck Energie am 12.10.")),
        ("Date", date("2026-10-05 08:51", BER)),
        ("Message-ID", "<01070199b2a1c4d8-1f3e5a77-0c6d-4e2b-9a55-71c2d3e8f0b4-000000@eu-central-1.amazonses.com>"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(N(11), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-10-30T09:00:00Z", end=None, contact="petra.kuehn@sanssouci-sensorik.de",
      company="Sanssouci Sensorik UG",
      local="Fri 2026-10-30 10:00", zone=BER,
      note="JOIN message, text only iso-8859-1 8bit: 'Freitag, 30.10.2026 um 10:00 Uhr' in Potsdam; sent "
           "on 22.10. in summer time (CEST) but the interview is after the 25.10. change, CET UTC+1 -> "
           "09:00Z; no duration; contact = address in the body")
def _k11() -> bytes:
    body = t("""
        Hallo Frau Hoffmann,

        Sanssouci Sensorik UG hat Ihnen über JOIN eine Nachricht zu Ihrer Bewerbung
        "Backend-Entwickler*in Geodaten (Vollzeit, Potsdam)" geschickt:

        ------------------------------------------------------------
        Liebe Frau Hoffmann,

        vielen Dank für das nette Telefonat! Wie besprochen laden wir Sie gern zu einem
        Kennenlernen in unser Büro ein:

        Freitag, 30.10.2026 um 10:00 Uhr
        Sanssouci Sensorik UG, Friedrich-Engels-Straße 24, 14473 Potsdam (Eingang über den Hof)

        Bitte geben Sie mir kurz Bescheid, falls das doch nicht klappen sollte:
        petra.kuehn@sanssouci-sensorik.de

        Herzliche Grüße
        Petra Kühn
        Geschäftsführerin
        ------------------------------------------------------------

        Antworten Sie direkt in JOIN: https://join.com/candidate/messages/6641902

        Sie erhalten diese E-Mail, weil Sie sich über JOIN beworben haben.
        JOIN Solutions AG, Zürich
        """)
    return message([
        rcv("mail.join.com (mail.join.com [159.183.1.44])", "2026-10-22 16:03", BER, "Rk1oE9vJ6x"),
        ("From", "Sanssouci Sensorik UG via JOIN <noreply@join.com>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Neue Nachricht von Sanssouci Sensorik UG zu Ihrer Bewerbung", "iso-8859-1")),
        ("Date", date("2026-10-22 16:03", BER)),
        ("Message-ID", "<6641902.1792678980.msg@join.com>"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


@mail(N(12), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-11-25T12:00:00Z", end="2026-11-25T13:30:00Z",
      contact="sabine.roth@mdn-netz.de", company="MDN Netzwerk Leipzig GmbH",
      local="Wed 2026-11-25 13:00", local_end="2026-11-25 14:30", zone=BER,
      note="softgarden interview invitation (Leipzig): 'Mi., 25.11.2026, 13:00 - 14:30 Uhr', CET UTC+1; "
           "sender is a softgarden no-reply, contact = Personalreferentin's address in the body")
def _k12() -> bytes:
    body = t("""
        Sehr geehrte Frau Hoffmann,

        herzlichen Dank für Ihr Interesse an der Position "Cloud Platform Engineer GIS (m/w/d)".
        Wir möchten Sie gern persönlich kennenlernen und laden Sie herzlich zu einem
        Vorstellungsgespräch ein.

        Termin:  Mi., 25.11.2026, 13:00 - 14:30 Uhr
        Ort:     MDN Netzwerk Leipzig GmbH, Prager Straße 112, 04317 Leipzig, Haus B, Raum 4.07
        Ablauf:  Vorstellung, Fachgespräch mit dem Team Netzinformation, Rundgang

        Reisekosten für die Anreise mit der Bahn (2. Klasse) erstatten wir Ihnen gern.

        Bei Rückfragen erreichen Sie mich unter sabine.roth@mdn-netz.de oder 0341 12170-455.

        Mit freundlichen Grüßen

        Sabine Roth
        Personalreferentin Recruiting
        MDN Netzwerk Leipzig GmbH

        --
        Diese Nachricht wurde über das Bewerbermanagementsystem softgarden versendet.
        Antworten auf diese E-Mail werden nicht gelesen.
        """)
    page = t("""
        <html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#222">
        <div style="max-width:640px;margin:0 auto">
        <div style="background:#00549f;color:#fff;padding:14px 20px;font-size:16px">MDN Netzwerk Leipzig GmbH – Karriere</div>
        <div style="padding:20px">
        <p>Sehr geehrte Frau Hoffmann,</p>
        <p>herzlichen Dank für Ihr Interesse an der Position „Cloud Platform Engineer GIS (m/w/d)“.
        Wir möchten Sie gern persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein.</p>
        <p><b>Termin:</b> Mi., 25.11.2026, 13:00 - 14:30 Uhr<br>
        <b>Ort:</b> MDN Netzwerk Leipzig GmbH, Prager Straße 112, 04317 Leipzig, Haus B, Raum 4.07<br>
        <b>Ablauf:</b> Vorstellung, Fachgespräch mit dem Team Netzinformation, Rundgang</p>
        <p>Reisekosten für die Anreise mit der Bahn (2. Klasse) erstatten wir Ihnen gern.</p>
        <p>Bei Rückfragen erreichen Sie mich unter <a href="mailto:sabine.roth@mdn-netz.de">sabine.roth@mdn-netz.de</a> oder 0341 12170-455.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Sabine Roth<br>Personalreferentin Recruiting<br>MDN Netzwerk Leipzig GmbH</p>
        </div>
        <div style="font-size:10px;color:#888;padding:0 20px 20px">Diese Nachricht wurde über das Bewerbermanagementsystem softgarden versendet. Antworten auf diese E-Mail werden nicht gelesen.</div>
        </div></body></html>
        """)
    return message([
        rcv("mx-out-2.softgarden.io (mx-out-2.softgarden.io [213.95.130.22])", "2026-11-18 11:20", BER,
            "Wb4tU7cN0s"),
        ("From", "MDN Netzwerk Leipzig GmbH <no-reply@softgarden.io>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", enc("Einladung zum Vorstellungsgespräch: Cloud Platform Engineer GIS (m/w/d)")),
        ("Date", date("2026-11-18 11:20", BER)),
        ("Message-ID", "<sg.mail.7a31c0.1795429200@softgarden.io>"),
    ], alt(text(body), html(page)))


@mail(N(13), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-10-01T07:30:00Z", end="2026-10-01T08:15:00Z", contact=None,
      company="Stadtdaten Berlin GmbH",
      local="Thu 2026-10-01 09:30", local_end="2026-10-01 10:15", zone=BER,
      note="Microsoft Bookings confirmation: '09:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
           "Stockholm, Wien' shows the standard offset, but 1 Oct is CEST (UTC+2) -> 07:30Z; ICS in "
           "W. Europe Standard Time agrees; only a Bookings mailbox and a staff name, contact null")
def _k13() -> bytes:
    body = t("""
        Hallo Lena Hoffmann,

        vielen Dank für Ihre Buchung. Ihr Termin bei Stadtdaten Berlin GmbH ist bestätigt.

        Erstgespräch Plattform-Engineering (45 Minuten)
        Donnerstag, 1. Oktober 2026
        09:30 - 10:15 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Mitarbeiter: Dr. Henrike Saß

        An Microsoft Teams-Besprechung teilnehmen
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2YzQ1

        Termin verwalten: https://outlook.office365.com/owa/calendar/BewerbungsgespraecheStadtdaten@stadtdaten-berlin.de/bookings/

        Stadtdaten Berlin GmbH
        Salzufer 6, 10587 Berlin
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#201f1e">
        <p>Hallo Lena Hoffmann,</p>
        <p>vielen Dank für Ihre Buchung. Ihr Termin bei <b>Stadtdaten Berlin GmbH</b> ist bestätigt.</p>
        <table style="border-left:4px solid #0078d4;padding-left:12px"><tr><td>
        <div style="font-size:16px;font-weight:600">Erstgespräch Plattform-Engineering (45 Minuten)</div>
        <div>Donnerstag, 1. Oktober 2026</div>
        <div>09:30 - 10:15 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        <div>Mitarbeiter: Dr. Henrike Saß</div></td></tr></table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2YzQ1">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/BewerbungsgespraecheStadtdaten@stadtdaten-berlin.de/bookings/">Termin verwalten</a></p>
        <p style="color:#605e5c">Stadtdaten Berlin GmbH<br>Salzufer 6, 10587 Berlin</p>
        </div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Stadtdaten Berlin Bewerbungsgespräche:mailto:BewerbungsgespraecheStadtdaten@stadtdaten-berlin.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Hoffmann:mailto:lena.hoffmann@example.org
        SUMMARY;LANGUAGE=de-DE:Erstgespräch Plattform-Engineering
        DTSTART;TZID=W. Europe Standard Time:20261001T093000
        DTEND;TZID=W. Europe Standard Time:20261001T101500
        UID:040000008200E00074C5B7101A82E00800000000B0D3C81E6A4FDD01000000000000000010000000C1D2E3
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260928T134400Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    return message([
        rcv("DB9PR02MB7050.eurprd02.prod.outlook.com (mail-am6eur05on2100.outbound.protection.outlook.com "
            "[40.107.22.100])", "2026-09-28 13:44", "UTC", "Fz0aL3pH9e"),
        ("From", addr("Stadtdaten Berlin Bewerbungsgespräche",
                      "BewerbungsgespraecheStadtdaten@stadtdaten-berlin.de")),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", enc("Gebuchter Termin mit Stadtdaten Berlin GmbH – Erstgespräch Plattform-Engineering")),
        ("Date", date("2026-09-28 13:44", "UTC")),
        ("Message-ID", "<DB9PR02MB7050A1B3C4D5E6F7@DB9PR02MB7050.eurprd02.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ], mixed(alt(text(body), html(page)),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(14), family="ashby", lang="en", interview=True, kind="scheduled",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
      contact="tom.achebe@meridianline.co.uk", company="Meridian Line Analytics",
      local="Thu 2026-10-29 14:00", local_end="2026-10-29 15:00", zone="Europe/London",
      note="Ashby confirmation for a London team: 'Thursday, October 29, 2026, 2:00 PM – 3:00 PM GMT'; "
           "mail sent on 23 Oct in BST (+0100), interview after the UK change on 25 Oct, GMT = UTC; "
           "ICS in UTC agrees (15:00 CET for Lena); contact = Reply-To")
def _k14() -> bytes:
    body = t("""
        Hi Lena,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 29, 2026, 2:00 PM – 3:00 PM GMT
        (3:00 PM – 4:00 PM CET)
        Google Meet: https://meet.google.com/ufe-pzqa-kcx

        You'll meet with:
          Oluwaseun Bakare — Head of Data Platform
          Grace Whitfield — Senior Engineer, Tiling

        Questions? Just reply and it will reach Tom Achebe.

        Thanks,
        Meridian Line Analytics Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Lena,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Thursday, October 29, 2026, 2:00 PM – 3:00 PM GMT</b><br>(3:00 PM – 4:00 PM CET)<br>
        Google Meet: <a href="https://meet.google.com/ufe-pzqa-kcx">meet.google.com/ufe-pzqa-kcx</a></p>
        <p>You&#x27;ll meet with:<br>Oluwaseun Bakare — Head of Data Platform<br>Grace Whitfield — Senior Engineer, Tiling</p>
        <p>Questions? Just reply and it will reach Tom Achebe.</p>
        <p>Thanks,<br>Meridian Line Analytics Recruiting</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:9b1e44f2-0a7c-4f38-b6d1-3c2e8a5f7d90
        DTSTAMP:20261023T090500Z
        DTSTART:20261029T140000Z
        DTEND:20261029T150000Z
        SEQUENCE:0
        SUMMARY:Meridian Line Analytics – Platform Engineer Interview
        LOCATION:https://meet.google.com/ufe-pzqa-kcx
        ORGANIZER;CN=Tom Achebe:mailto:tom.achebe@meridianline.co.uk
        ATTENDEE;CN=Lena Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena.hoffmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.110])", "2026-10-23 10:05", "Europe/London",
            "Nn5bQ1sV3y"),
        ("From", "Meridian Line Analytics <no-reply@ashbyhq.com>"),
        ("Reply-To", "Tom Achebe <tom.achebe@meridianline.co.uk>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", "Interview confirmed: Platform Engineer (Geospatial) at Meridian Line Analytics"),
        ("Date", date("2026-10-23 10:05", "Europe/London")),
        ("Message-ID", "<010201a9c3d4e5f6-4b7a1c2d-ee90-4f1b-8c3d-5a6b7c8d9e0f-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


def _k15_inner() -> bytes:
    body = t("""
        Hallo Lena,

        schön, dass es geklappt hat! Hiermit bestätige ich dir noch einmal unseren Termin:

        Dienstag, 3. November, 15:00 Uhr
        Lindenkiez Mobility, Kastanienallee 32, 10435 Berlin (2. Hinterhof, Aufgang C)

        Du triffst Noah (Engineering Lead) und mich. Plan ungefähr 90 Minuten ein, inklusive
        einer kurzen Tour durchs Büro.

        Falls du Fragen hast, schreib mir gern direkt an carla.neumann@lindenkiez.de.

        Liebe Grüße
        Carla Neumann
        Talent Acquisition · Lindenkiez Mobility
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <img src="https://assets.teamtailor-cdn.com/lindenkiez/logo.png" alt="Lindenkiez Mobility" height="28">
        <p>Hallo Lena,</p>
        <p>schön, dass es geklappt hat! Hiermit bestätige ich dir noch einmal unseren Termin:</p>
        <p><b>Dienstag, 3. November, 15:00 Uhr</b><br>Lindenkiez Mobility, Kastanienallee 32, 10435 Berlin (2. Hinterhof, Aufgang C)</p>
        <p>Du triffst Noah (Engineering Lead) und mich. Plan ungefähr 90 Minuten ein, inklusive einer kurzen Tour durchs Büro.</p>
        <p>Falls du Fragen hast, schreib mir gern direkt an carla.neumann@lindenkiez.de.</p>
        <p>Liebe Grüße<br>Carla Neumann<br>Talent Acquisition · Lindenkiez Mobility</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </div></body></html>
        """)
    return message([
        ("From", "Carla Neumann | Lindenkiez Mobility <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "lindenkiez-mobility-8f2c41a7@inbound.teamtailor-mail.com"),
        ("To", "lena.hoffmann@example.net"),
        ("Subject", enc("Unser Termin am Dienstag – Lindenkiez Mobility")),
        ("Date", date("2026-10-29 14:02", BER)),
        ("Message-ID", "<6c2b0f41d8e9.tt.lindenkiez@teamtailor-mail.com>"),
    ], alt(text(body), html(page)))


@mail(N(15), family="forward_self", lang="de", interview=True, kind="scheduled",
      start="2026-11-03T14:00:00Z", end=None, contact="carla.neumann@lindenkiez.de",
      company="Lindenkiez Mobility",
      local="Tue 2026-11-03 15:00", zone=BER,
      note="Lena forwards a Teamtailor message from her other address to herself (message/rfc822): "
           "'Dienstag, 3. November, 15:00 Uhr' Berlin, CET UTC+1; 'ungefähr 90 Minuten' -> no end; "
           "sender is the candidate and the inner Reply-To a Teamtailor relay, contact = address in the "
           "forwarded body")
def _k15() -> bytes:
    note = t("""
        zur Erinnerung fürs Postfach hier -- Di 15 Uhr Kastanienallee!! Laptop mitnehmen.

        """)
    return message([
        rcv("mout.example.net (mout.example.net [192.0.2.61])", "2026-10-29 21:14", BER, "Jd8kS0fA5u"),
        ("From", "Lena Hoffmann <lena.hoffmann@example.net>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Fwd: Unser Termin am Dienstag – Lindenkiez Mobility")),
        ("Date", date("2026-10-29 21:14", BER)),
        ("Message-ID", "<a7e0c9d2-3f15-4b86-9e4c-1d2f3a4b5c6d@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], mixed(text(note, cte="8bit"), attached_message(_k15_inner(), "Unser Termin am Dienstag.eml")))


@mail(N(16), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-12-07T12:15:00Z", end=None, contact="ole@stadtgruen-analytics.de",
      company="Stadtgrün Analytics",
      local="Mon 2026-12-07 13:15", zone=BER,
      note="phone-written du-reply 'Montag in zwei Wochen um 13:15 passt super' from a Friday (Date Fri "
           "27.11.) = Mon 7.12., as Lena's quoted offer 'Mo., 7.12. ab Mittag' confirms; CET UTC+1; "
           "contact = sender")
def _k16() -> bytes:
    body = t("""
        Montag in zwei Wochen um 13:15 passt super, dann bei uns in der Lindenstraße 54, klingel bei SGA. Freu mich!

        Ole

        Von meinem iPhone gesendet

        > Am 27.11.2026 um 17:41 schrieb Lena Hoffmann <lena.hoffmann@example.org>:
        >
        > Hi Ole,
        > nächste Woche bin ich leider komplett verplant. Mo., 7.12. hätte ich
        > ab Mittag Zeit, sonst Mi., 9.12. vormittags?
        > Viele Grüße, Lena
        >
        >> Am 26.11.2026 um 09:20 schrieb Ole Brinkmann <ole@stadtgruen-analytics.de>:
        >>
        >> Hallo Lena, Jule hat mir deinen Lebenslauf weitergeleitet, magst du mal auf einen
        >> Kaffee und ein Gespräch zur Stelle vorbeikommen? Wann passt es dir?
        >> Ole
        """)
    return message([
        rcv("mout.posteo.de (mout.posteo.de [185.67.36.65])", "2026-11-27 19:02", BER, "Tg2hY6wR4i"),
        ("From", "Ole Brinkmann <ole@stadtgruen-analytics.de>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", "Re: Stelle Geodaten / Kaffee"),
        ("Date", date("2026-11-27 19:02", BER)),
        ("Message-ID", "<5F1C2E7A-9B3D-4A8E-B6C0-2D4E6F8A0B1C@stadtgruen-analytics.de>"),
        ("In-Reply-To", "<e3b2a1c0-7f6e-4d5c-8b9a-0f1e2d3c4b5a@example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], text(body, cte="quoted-printable"))


@mail(N(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-10-01T16:00:00Z", end="2026-10-01T17:30:00Z",
      contact="hannah.kessler@northbeamgeo.com", company="Northbeam Geo",
      local="Thu 2026-10-01 18:00", local_end="2026-10-01 19:30", zone=BER,
      note="GoodTime reschedule: old slot Wed 30 Sep 17:00 CEST, new itinerary Thu 1 Oct 18:00-18:45 and "
           "18:45-19:30 CEST (UTC+2) -> first start to last end 16:00Z-17:30Z; the EDT times in brackets "
           "agree; contact = coordinator Reply-To")
def _k17() -> bytes:
    body = t("""
        Hi Lena,

        Your interview with Northbeam Geo has been rescheduled. Please note the new time below.

        PREVIOUS
        Wednesday, September 30, 2026
        5:00 PM - 6:00 PM CEST   (cancelled)

        NEW ITINERARY
        Thursday, October 1, 2026  (all times Central European Summer Time, Berlin)

          6:00 PM - 6:45 PM   Systems Design         with Marcus Bell
          6:45 PM - 7:30 PM   Team & Collaboration   with Dana Okafor

        For your interviewers in New York this is 12:00 PM - 1:30 PM EDT.

        Zoom: https://northbeamgeo.zoom.us/j/94410288711 (same link for both sessions)

        Sorry for the shuffle, one of the panelists had a conflict. If the new time doesn't work,
        reply to this email and I'll sort it out.

        Hannah Kessler
        Recruiting Coordinator, Northbeam Geo

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Lena,</p>
        <p>Your interview with Northbeam Geo has been <b>rescheduled</b>. Please note the new time below.</p>
        <p style="color:#8a94a6"><s>Wednesday, September 30, 2026 · 5:00 PM - 6:00 PM CEST</s> (cancelled)</p>
        <h3 style="margin-bottom:4px">Thursday, October 1, 2026</h3>
        <div style="color:#52606d">All times Central European Summer Time (Berlin)</div>
        <table cellpadding="6" style="font-size:14px;border-collapse:collapse">
        <tr><td>6:00 PM - 6:45 PM</td><td>Systems Design</td><td>Marcus Bell</td></tr>
        <tr><td>6:45 PM - 7:30 PM</td><td>Team &amp; Collaboration</td><td>Dana Okafor</td></tr>
        </table>
        <p>For your interviewers in New York this is 12:00 PM - 1:30 PM EDT.</p>
        <p>Zoom: <a href="https://northbeamgeo.zoom.us/j/94410288711">northbeamgeo.zoom.us/j/94410288711</a> (same link for both sessions)</p>
        <p>Sorry for the shuffle, one of the panelists had a conflict. If the new time doesn't work,
        reply to this email and I'll sort it out.</p>
        <p>Hannah Kessler<br>Recruiting Coordinator, Northbeam Geo</p>
        <p style="font-size:11px;color:#9aa5b1">Scheduled with GoodTime</p>
        </body></html>
        """)
    return message([
        rcv("mta-12.goodtime.io (mta-12.goodtime.io [52.8.144.19])", "2026-09-28 18:10", "UTC",
            "Bv9nK2qE6m"),
        ("From", "Northbeam Geo Recruiting <notifications@goodtime.io>"),
        ("Reply-To", "Hannah Kessler <hannah.kessler@northbeamgeo.com>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", "Updated: Your interview with Northbeam Geo has been rescheduled"),
        ("Date", date("2026-09-28 18:10", "UTC")),
        ("Message-ID", "<gt-resched-3a8f1b2c4d5e@goodtime.io>"),
    ], alt(text(body, cte="7bit"), html(page)))


@mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-11-19T14:30:00Z", end=None, contact="soenke.petersen@elbkarte.de",
      company="Elbkarte Logistik GmbH",
      local="Thu 2026-11-19 15:30", zone=BER,
      note="Hamburg recruiter moves the first interview: 'statt Dienstag, 17.11., um 10:00 Uhr nun am "
           "Donnerstag, 19.11., um 15:30 Uhr', CET UTC+1; 'etwa eine Stunde' -> no end; "
           "windows-1252 Outlook mail; same company as the December Google Calendar invitation")
def _k18() -> bytes:
    body = t("""
        Guten Morgen Frau Hoffmann,

        leider muss ich unser Gespräch verschieben – unser Bereichsleiter ist am Dienstag kurzfristig
        auf einem Kundentermin in Rotterdam. Statt Dienstag, 17.11., um 10:00 Uhr findet das Gespräch
        nun am Donnerstag, 19.11., um 15:30 Uhr statt. Sie hatten ja geschrieben, dass der
        Donnerstagnachmittag bei Ihnen grundsätzlich frei ist; ich habe den Termin daher schon fest
        eingetragen. Es bleibt bei Teams (der Link kommt separat) und bei etwa einer Stunde.

        Entschuldigen Sie die Umstände!

        Mit freundlichen Grüßen
        Sönke Petersen

        Sönke Petersen
        Senior Recruiter
        Elbkarte Logistik GmbH
        Großer Grasbrook 9 · 20457 Hamburg
        T +49 40 6077 2281
        soenke.petersen@elbkarte.de · www.elbkarte.de

        Elbkarte Logistik GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 148822
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body lang="DE"><div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Guten Morgen Frau Hoffmann,</p>
        <p>leider muss ich unser Gespräch verschieben – unser Bereichsleiter ist am Dienstag kurzfristig
        auf einem Kundentermin in Rotterdam. Statt Dienstag, 17.11., um 10:00 Uhr findet das Gespräch
        nun am <b>Donnerstag, 19.11., um 15:30 Uhr</b> statt. Sie hatten ja geschrieben, dass der
        Donnerstagnachmittag bei Ihnen grundsätzlich frei ist; ich habe den Termin daher schon fest
        eingetragen. Es bleibt bei Teams (der Link kommt separat) und bei etwa einer Stunde.</p>
        <p>Entschuldigen Sie die Umstände!</p>
        <p>Mit freundlichen Grüßen<br>Sönke Petersen</p>
        <p style="font-size:9pt;color:#595959"><b>Sönke Petersen</b><br>Senior Recruiter<br>Elbkarte Logistik GmbH<br>
        Großer Grasbrook 9 · 20457 Hamburg<br>T +49 40 6077 2281<br>
        <a href="mailto:soenke.petersen@elbkarte.de">soenke.petersen@elbkarte.de</a> · www.elbkarte.de</p>
        <p style="font-size:8pt;color:#7f7f7f">Elbkarte Logistik GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 148822</p>
        </div></body></html>
        """)
    return message([
        rcv("mail-fr2deu01on2112.outbound.protection.outlook.com ([40.107.135.112])", "2026-11-12 08:20",
            BER, "Cq4mV7xZ1a"),
        ("From", addr("Sönke Petersen", "soenke.petersen@elbkarte.de", "iso-8859-15")),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", enc("Verschiebung unseres Gesprächs auf Donnerstag, 19.11.", "iso-8859-15")),
        ("Date", date("2026-11-12 08:20", BER)),
        ("Message-ID", "<FR2P281MB2150C0D1E2F3A4B5@FR2P281MB2150.DEUP281.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", enc("Verschiebung unseres Gesprächs auf Donnerstag, 19.11.", "iso-8859-15")),
        ("Content-Language", "de-DE"),
    ], alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(N(19), family="exchange_update", lang="de", interview=True, kind="rescheduled",
      start="2026-10-26T13:00:00Z", end="2026-10-26T14:00:00Z",
      contact="thomas.graefe@landesnetz-bb.de", company="Landesnetz BB GmbH",
      local="Mon 2026-10-26 14:00", local_end="2026-10-26 15:00", zone=BER,
      note="Exchange update (SEQUENCE:1), German Outlook: moved from Fri 23.10. 14:00 CEST to Mon 26.10. "
           "14:00-15:00, the day after Europe left summer time -> CET UTC+1 = 13:00Z; mail sent in CEST; "
           "ICS in 'W. Europe Standard Time' agrees; organizer = sender")
def _k19() -> bytes:
    body = t("""
        Sehr geehrte Frau Hoffmann,

        wegen einer Terminüberschneidung im Vorstand müssen wir unser Gespräch leider von Freitag,
        23.10., 14:00 Uhr auf Montag, 26.10., 14:00 Uhr verlegen. Ort und Teilnehmer bleiben gleich.
        Ich hoffe, das passt bei Ihnen.

        Mit freundlichen Grüßen
        Thomas Gräfe
        Abteilungsleiter IT-Betrieb Geodaten
        Landesnetz BB GmbH · Heinrich-Mann-Allee 103 · 14473 Potsdam
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Wann: Montag, 26. Oktober 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien<br>
        Wo: Landesnetz BB, Heinrich-Mann-Allee 103, Haus 17, Raum 2.10</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Sehr geehrte Frau Hoffmann,</p>
        <p>wegen einer Terminüberschneidung im Vorstand müssen wir unser Gespräch leider von Freitag,
        23.10., 14:00 Uhr auf Montag, 26.10., 14:00 Uhr verlegen. Ort und Teilnehmer bleiben gleich.
        Ich hoffe, das passt bei Ihnen.</p>
        <p>Mit freundlichen Grüßen<br>Thomas Gräfe<br>Abteilungsleiter IT-Betrieb Geodaten<br>
        Landesnetz BB GmbH · Heinrich-Mann-Allee 103 · 14473 Potsdam</p>
        </div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Gräfe\\, Thomas:mailto:thomas.graefe@landesnetz-bb.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lena Hoffmann:mailto:lena.hoffmann@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wiechert\\, Sandra:mailto:sandra.wiechert@landesnetz-bb.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Hoffmann\\,\\n\\nwegen einer Terminüberschneidung im Vorstand müssen wir unser Gespräch leider von Freitag\\, 23.10.\\, 14:00 Uhr auf Montag\\, 26.10.\\, 14:00 Uhr verlegen.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0F1A4C37B5EDD01000000000000000010000000E7F8A9
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Lena Hoffmann – Plattform-Engineer Geodaten
        DTSTART;TZID=W. Europe Standard Time:20261026T140000
        DTEND;TZID=W. Europe Standard Time:20261026T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020T071200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Landesnetz BB\\, Heinrich-Mann-Allee 103\\, Haus 17\\, Raum 2.10
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2118273645
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    return message([
        rcv("exch-edge01.landesnetz-bb.de (exch-edge01.landesnetz-bb.de [194.94.12.40])",
            "2026-10-20 09:12", BER, "Pe7hJ3wN5t"),
        ("From", addr("Gräfe, Thomas", "thomas.graefe@landesnetz-bb.de")),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("CC", "\"Wiechert, Sandra\" <sandra.wiechert@landesnetz-bb.de>"),
        ("Subject", enc("Aktualisiert: Vorstellungsgespräch Lena Hoffmann – Plattform-Engineer Geodaten")),
        ("Thread-Topic", enc("Vorstellungsgespräch Lena Hoffmann – Plattform-Engineer Geodaten")),
        ("Thread-Index", "AdxUa8l2nB0kRf5mT4iJq1xYzWv0Pg=="),
        ("Date", date("2026-10-20 09:12", BER)),
        ("Message-ID", "<6F2E1D0C9B8A7F6E@EXCH-MBX02.landesnetz-bb.local>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ], alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(N(20), family="workable", lang="en", interview=True, kind="rescheduled",
      start="2026-11-20T15:00:00Z", end="2026-11-20T15:45:00Z",
      contact="maya.lindqvist@nordlicht-drones.de", company="Nordlicht Drones GmbH",
      local="Fri 2026-11-20 16:00", local_end="2026-11-20 16:45", zone=BER,
      note="Workable message: moved from Mon 16 Nov 11:00 to 'Friday 20 November at 16:00 (Berlin time)', "
           "'45 minutes', CET UTC+1; Reply-To is a Workable relay (not a person), contact = the manager's "
           "address written in the body")
def _k20() -> bytes:
    body = t("""
        Hi Lena,

        Quick change of plan on our side, sorry about that: we've moved your technical interview
        from Monday 16 November at 11:00 to Friday 20 November at 16:00 (Berlin time). Same Google
        Meet link as before, and it's still 45 minutes with me and Henrik from the flight-data team.

        Let me know if Friday is a problem. You can also reach me directly at
        maya.lindqvist@nordlicht-drones.de.

        Cheers,
        Maya Lindqvist
        Engineering Manager, Nordlicht Drones

        --
        Sent via Workable. Reply to this email to respond to Nordlicht Drones GmbH.
        """)
    page = t("""
        <html><body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Lena,</p>
        <p>Quick change of plan on our side, sorry about that: we've moved your technical interview
        from Monday 16 November at 11:00 to <b>Friday 20 November at 16:00 (Berlin time)</b>. Same Google
        Meet link as before, and it's still 45 minutes with me and Henrik from the flight-data team.</p>
        <p>Let me know if Friday is a problem. You can also reach me directly at
        <a href="mailto:maya.lindqvist@nordlicht-drones.de">maya.lindqvist@nordlicht-drones.de</a>.</p>
        <p>Cheers,<br>Maya Lindqvist<br>Engineering Manager, Nordlicht Drones</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Sent via Workable. Reply to this email to respond to Nordlicht Drones GmbH.</p>
        </body></html>
        """)
    return message([
        rcv("mail-a12.workablemail.com (mail-a12.workablemail.com [198.37.150.12])", "2026-11-13 10:33",
            "UTC", "Uo3fR8kL2d"),
        ("From", "Maya Lindqvist <noreply@candidates.workablemail.com>"),
        ("Reply-To", "nordlicht-drones+c7f2e91a4b@candidates.workablemail.com"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", "New time for your interview with Nordlicht Drones"),
        ("Date", date("2026-11-13 10:33", "UTC")),
        ("Message-ID", "<5a4e0b2d81f3.wk.nordlicht-drones@candidates.workablemail.com>"),
    ], alt(text(body), html(page)))


@mail(N(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-09-17T09:00:00Z", end="2026-09-17T10:00:00Z",
      contact="ines.baumgart@klimadaten-potsdam.de", company="Klimadaten Potsdam gGmbH",
      local="Thu 2026-09-17 11:00", local_end="2026-09-17 12:00", zone=BER,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED): 'Do., 17. Sep. 2026 11:00 - "
           "12:00 (MESZ)', CEST UTC+2; the position was filled internally, no new time; contact = "
           "organizer")
def _k21() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Vorstellungsgespräch Lena Hoffmann – Data Platform Engineer
        Donnerstag, 17. September 2026 · 11:00 – 12:00
        Zeitzone: Europe/Berlin
        Ort: Klimadaten Potsdam, Telegrafenberg A31, 14473 Potsdam

        Nachricht der Organisatorin:
        Liebe Frau Hoffmann, es tut mir sehr leid: Die Stelle wird nun doch intern besetzt, deshalb
        müssen wir das Gespräch am Donnerstag absagen. Ich melde mich, falls sich etwas Neues ergibt.
        Herzliche Grüße, Ines Baumgart

        Organisatorin
        Ines Baumgart - ines.baumgart@klimadaten-potsdam.de

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260917T110000
        DTEND;TZID=Europe/Berlin:20260917T120000
        DTSTAMP:20260914T153000Z
        ORGANIZER;CN=Ines Baumgart:mailto:ines.baumgart@klimadaten-potsdam.de
        UID:6q0c3n9v2k7klimadaten@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lena.hoffmann@example.org;X-NUM-GUESTS=0:mailto:lena.hoffmann@example.org
        DESCRIPTION:Liebe Frau Hoffmann\\, es tut mir sehr leid: Die Stelle wird nun doch intern besetzt.
        LOCATION:Klimadaten Potsdam\\, Telegrafenberg A31\\, 14473 Potsdam
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Vorstellungsgespräch Lena Hoffmann – Data Platform Engineer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:CANCEL\n" + ics
    return message([
        rcv("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-09-14 17:30",
            BER, "Km6vD1pS8q"),
        ("From", "Ines Baumgart <ines.baumgart@klimadaten-potsdam.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Abgesagter Termin: Vorstellungsgespräch Lena Hoffmann – Data Platform Engineer @ "
                        "Do., 17. Sep. 2026 11:00 - 12:00 (MESZ) (lena.hoffmann@example.org)")),
        ("Date", date("2026-09-14 17:30", BER)),
        ("Message-ID", "<calendar-0c7e9a1b-5d4f-4e21-a8b3-6f9d2c1e0b47@google.com>"),
    ], mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method=None, ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-12-10T13:00:00Z", end="2026-12-10T15:30:00Z",
      contact="rosa.delgado@tessellatelabs.com", company="Tessellate Labs",
      local="Thu 2026-12-10 14:00", local_end="2026-12-10 16:30", zone=BER,
      note="recruiter cancels 'your onsite on Thursday at 2pm' (Date Fri 4 Dec -> Thu 10 Dec), role on "
           "hold, no new time; the quoted confirmation gives 2:00-4:30 pm Berlin, CET UTC+1; contact = "
           "sender")
def _k22() -> bytes:
    body = t("""
        Hi Lena,

        I'm really sorry to do this, but I have to cancel your onsite on Thursday at 2pm. We found
        out this morning that the Platform Engineer headcount has been frozen until Q2, so we're
        putting the role on hold and pausing all interviews for it.

        This has nothing to do with you - the team liked you a lot after the first two rounds. If
        the role opens up again I'll reach out to you first, promise.

        Sorry again, and have a good weekend,
        Rosa

        Rosa Delgado | Senior Recruiter | Tessellate Labs
        Ohlauer Str. 43, 10999 Berlin

        On Mon, Nov 30, 2026 at 4:05 PM Rosa Delgado <rosa.delgado@tessellatelabs.com> wrote:
        > Hi Lena,
        > great news, you're confirmed for the final onsite:
        > Thursday, 10 December, 2:00 - 4:30 pm, at our office in Kreuzberg (Ohlauer Str. 43).
        > Lunch is before, so come hungry if you're early.
        > Rosa
        """)
    return message([
        rcv("mail-lj1-f171.google.com (mail-lj1-f171.google.com [209.85.208.171])", "2026-12-04 11:48",
            BER, "Rz2tW5cH0j"),
        ("From", "Rosa Delgado <rosa.delgado@tessellatelabs.com>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", "Re: Final onsite at Tessellate Labs"),
        ("Date", date("2026-12-04 11:48", BER)),
        ("Message-ID", "<CAJx7Lm2q+0UoW8c4RbZt3Ndf1kE@mail.gmail.com>"),
        ("In-Reply-To", "<CAJx7Lm0bQ5y9XfD@mail.gmail.com>"),
        ("References", "<CAJx7Lm0bQ5y9XfD@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(N(23), family="recruitee", lang="de", interview=True, kind="cancelled",
      start="2026-12-02T09:00:00Z", end="2026-12-02T10:00:00Z",
      contact="anouk.devries@umbramaps.com", company="Umbra Maps B.V.",
      local="Wed 2026-12-02 10:00", local_end="2026-12-02 11:00", zone=BER,
      note="Recruitee message + ICS METHOD:CANCEL: 'Mittwoch, 2.12., 10:00-11:00 Uhr' Berlin, CET UTC+1; "
           "new times promised but none fixed, so cancelled; contact = human Reply-To / ICS organizer")
def _k23() -> bytes:
    body = t("""
        Hallo Lena,

        leider müssen wir unseren Termin am Mittwoch, 2.12., von 10:00 bis 11:00 Uhr absagen –
        unser Teamlead Bram ist krank geworden. Die Kalendereinladung habe ich storniert.

        Wir melden uns in den nächsten Tagen mit neuen Terminvorschlägen, vermutlich für die Woche
        vor Weihnachten.

        Viele Grüße
        Anouk de Vries
        Recruiter DACH · Umbra Maps

        ---
        Diese Nachricht wurde über Recruitee gesendet.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:recruitee-event-2281734@recruitee.com
        DTSTAMP:20261126T141000Z
        DTSTART:20261202T090000Z
        DTEND:20261202T100000Z
        SUMMARY:Interview Umbra Maps – Lena Hoffmann
        ORGANIZER;CN=Anouk de Vries:mailto:anouk.devries@umbramaps.com
        ATTENDEE;CN=Lena Hoffmann:mailto:lena.hoffmann@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        rcv("mail.recruitee.com (mail.recruitee.com [149.72.33.18])", "2026-11-26 15:10", BER,
            "Hs8yN4oB6f"),
        ("From", "Anouk de Vries | Umbra Maps <no-reply@recruitee.com>"),
        ("Reply-To", "Anouk de Vries <anouk.devries@umbramaps.com>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Absage: Interview am Mittwoch, 2.12. – Umbra Maps")),
        ("Date", date("2026-11-26 15:10", BER)),
        ("Message-ID", "<msg-2281734-91c4@recruitee.com>"),
    ], mixed(text(body),
             calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


@mail(N(24), family="jobcentre_appointment", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Agentur für Arbeit: invitation to a counselling appointment ('Einladung', fixed time Di., "
           "06.10.2026, 08:45 Uhr, with legal consequences if missed) - it even asks for proof of "
           "'Vorstellungsgespräche', but it is not a job interview")
def _k24() -> bytes:
    body = t("""
        Sehr geehrte Frau Hoffmann,

        in Ihrem BA-Postfach liegt eine neue Nachricht für Sie:

        ------------------------------------------------------------
        Einladung

        Sehr geehrte Frau Hoffmann,

        bitte kommen Sie am

            Dienstag, 06.10.2026 um 08:45 Uhr

        in die Agentur für Arbeit Potsdam, Horstweg 102-108, 14478 Potsdam, Haus 1, Zimmer 2.114.

        Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation und Ihre Eingliederungs-
        vereinbarung sprechen. Bitte bringen Sie folgende Unterlagen mit:
          - Personalausweis
          - Nachweise über Ihre Bewerbungsbemühungen seit dem letzten Termin
            (Bewerbungsschreiben, Einladungen zu Vorstellungsgesprächen, Absagen)
          - Ihren aktuellen Lebenslauf

        Dies ist eine Einladung nach § 309 Sozialgesetzbuch Drittes Buch (SGB III). Wenn Sie ohne
        wichtigen Grund nicht erscheinen, tritt eine Sperrzeit von einer Woche ein (siehe
        Rechtsfolgenbelehrung im Anhang Ihres Postfachs).

        Mit freundlichen Grüßen
        Ihre Arbeitsvermittlerin
        M. Quandt
        ------------------------------------------------------------

        Sie können diese Nachricht auch unter https://web.arbeitsagentur.de/portal/postfach abrufen.
        Bitte antworten Sie nicht auf diese E-Mail.

        Ihre Bundesagentur für Arbeit
        """)
    return message([
        rcv("mailout3.arbeitsagentur.de (mailout3.arbeitsagentur.de [213.221.70.53])",
            "2026-09-28 07:02", BER, "Qa4rT9bF1c"),
        ("From", enc("Bundesagentur für Arbeit") + " <noreply@arbeitsagentur.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Neue Nachricht in Ihrem Postfach: Einladung – Agentur für Arbeit Potsdam")),
        ("Date", date("2026-09-28 07:02", BER)),
        ("Message-ID", "<ba-postfach-7731920455.20260928070211@arbeitsagentur.de>"),
    ], text(body))


@mail(N(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="local journalist confirms a phone interview with Lena about the open-data map project "
           "('Donnerstag, 16 Uhr'): a fixed time, but she is the one being interviewed by the press, "
           "not a job interview")
def _k25() -> bytes:
    body = t("""
        Liebe Frau Hoffmann,

        prima, dann bleibt es bei Donnerstag (5.11.), 16 Uhr - ich rufe Sie unter der Handynummer an,
        die Sie mir geschickt haben. Das Interview dauert etwa 20 Minuten. Es geht vor allem um die
        Baumkataster-Karte, die Ihre OSM-Gruppe für den Stadtteil Babelsberg gebaut hat, und darum,
        warum ehrenamtliche Geodaten für die Stadtverwaltung so wichtig geworden sind.

        Der Artikel erscheint voraussichtlich in der Wochenendausgabe. Ein Foto würden wir gern am
        Samstag beim Mapping-Spaziergang machen, wenn das für Sie in Ordnung ist.

        Herzliche Grüße
        Jana Ruhland
        Redaktion Lokales
        Potsdamer Tageskurier
        Tel. 0331 2840-612
        """)
    return message([
        rcv("smtp.tageskurier-potsdam.de (smtp.tageskurier-potsdam.de [91.198.4.27])",
            "2026-11-02 12:41", BER, "Vb5nJ0kW3s"),
        ("From", "Jana Ruhland <j.ruhland@tageskurier-potsdam.de>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", "Re: Interview Baumkataster / OSM Babelsberg"),
        ("Date", date("2026-11-02 12:41", BER)),
        ("Message-ID", "<3f9e1b27-40c8-4d55-9a6e-71b0c2d3e4f5@tageskurier-potsdam.de>"),
        ("In-Reply-To", "<c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d@example.org>"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(N(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="podcast host confirms a recording slot with an ICS (Tue 29 Sep, 18:00-19:00 CEST): a "
           "confirmed 'interview' for an episode, not a job interview")
def _k26() -> bytes:
    body = t("""
        Hey Lena,

        Awesome - you're booked for Tiles & Tables, episode 58 ("Running vector tiles on a shoestring").
        Calendar invite attached.

        Recording: Tuesday, September 29, 6:00 - 7:00 pm your time (Berlin)
        Studio link: https://riverside.fm/studio/tiles-and-tables?t=4c1f0e
        Please use headphones and a wired connection if you can. I'll send the rough question list
        on the weekend; the interview is pretty conversational.

        Thanks so much for doing this!
        Marcus

        Marcus Yeo
        Host, Tiles & Tables - a podcast about maps, data and the people who build them
        """)
    ics = VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-ep58-recording@tilesandtables.fm
        DTSTAMP:20260921T083000Z
        DTSTART;TZID=Europe/Berlin:20260929T180000
        DTEND;TZID=Europe/Berlin:20260929T190000
        SUMMARY:Tiles & Tables ep. 58 - recording with Lena Hoffmann
        LOCATION:https://riverside.fm/studio/tiles-and-tables?t=4c1f0e
        ORGANIZER;CN=Marcus Yeo:mailto:marcus@tilesandtables.fm
        ATTENDEE;CN=Lena Hoffmann;RSVP=TRUE:mailto:lena.hoffmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//macOS 15.6//EN\nMETHOD:REQUEST\n" + ics
    return message([
        rcv("mail-qk1-f182.google.com (mail-qk1-f182.google.com [209.85.222.182])", "2026-09-21 10:30",
            BER, "Yx1cM6pQ8r"),
        ("From", "Marcus Yeo <marcus@tilesandtables.fm>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", "You're on! Tiles & Tables recording, Sept 29"),
        ("Date", date("2026-09-21 10:30", BER)),
        ("Message-ID", "<CAPq1mF0Zk3+r7TgW2yLh9a@mail.gmail.com>"),
    ], mixed(text(body, cte="7bit"),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(N(27), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="university: 'Auswahlgespräch' for a part-time master's programme at a fixed time (Fr., "
           "16.10.2026, 15:20 Uhr, Zoom) - an admission interview, not a job interview")
def _k27() -> bytes:
    body = t("""
        Sehr geehrte Frau Hoffmann,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        Geoinformatik (M.Sc.) zum Sommersemester 2027.

        Nach Prüfung Ihrer Unterlagen laden wir Sie zu einem Auswahlgespräch ein:

          Termin:   Freitag, 16.10.2026, 15:20 Uhr (Dauer: 20 Minuten)
          Format:   Videokonferenz (Zoom), Zugangsdaten folgen einen Tag vorher
          Kommission: Prof. Dr. Frauke Wendt, Prof. Dr. Ralf Mielke

        Bitte halten Sie Ihren Personalausweis bereit. Im Gespräch geht es um Ihre Motivation, Ihre
        berufliche Erfahrung und Ihre Vorstellungen zur Masterarbeit.

        Mit freundlichen Grüßen
        im Auftrag
        Doreen Lehnert
        Studiengangskoordination Geoinformatik
        Hochschule Havelland – University of Applied Sciences
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Sehr geehrte Frau Hoffmann,</p>
        <p>vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        Geoinformatik (M.Sc.) zum Sommersemester 2027.</p>
        <p>Nach Prüfung Ihrer Unterlagen laden wir Sie zu einem Auswahlgespräch ein:</p>
        <ul><li>Termin: <b>Freitag, 16.10.2026, 15:20 Uhr</b> (Dauer: 20 Minuten)</li>
        <li>Format: Videokonferenz (Zoom), Zugangsdaten folgen einen Tag vorher</li>
        <li>Kommission: Prof. Dr. Frauke Wendt, Prof. Dr. Ralf Mielke</li></ul>
        <p>Bitte halten Sie Ihren Personalausweis bereit. Im Gespräch geht es um Ihre Motivation, Ihre
        berufliche Erfahrung und Ihre Vorstellungen zur Masterarbeit.</p>
        <p>Mit freundlichen Grüßen<br>im Auftrag<br>Doreen Lehnert<br>Studiengangskoordination Geoinformatik<br>
        Hochschule Havelland – University of Applied Sciences</p>
        </body></html>
        """)
    return message([
        rcv("mx.hs-havelland.de (mx.hs-havelland.de [141.45.3.19])", "2026-10-07 11:15", BER,
            "Lk2pF7tV0x"),
        ("From", "Studiengangskoordination Geoinformatik <geoinformatik-master@hs-havelland.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Einladung zum Auswahlgespräch – M.Sc. Geoinformatik (berufsbegleitend)")),
        ("Date", date("2026-10-07 11:15", BER)),
        ("Message-ID", "<20261007091502.GA18812@hs-havelland.de>"),
    ], alt(text(body), html(page)))


@mail(N(28), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="ultimate-frisbee club confirms a try-out training (Do., 10.9., 19:30 Uhr): fixed time, "
           "'Probetraining' / 'vorstellen', not a job interview")
def _k28() -> bytes:
    body = t("""
        Hi Lena,

        cool, dass du mal reinschnuppern willst! Probetraining ist diesen Donnerstag (10.9.) um 19:30
        in der Halle am Luftschiffhafen, Halle 3. Komm am besten 10 min früher, dann stell ich dich
        kurz der Truppe vor. Hallenschuhe mit heller Sohle, Scheibe haben wir.

        Wenn's dir gefällt, kannst du noch zweimal kostenlos mittrainieren, danach reden wir über
        die Mitgliedschaft.

        Bis Donnerstag!
        Kalle
        Potsdam Pelikane · Ultimate Frisbee
        """)
    return message([
        rcv("mout.gmx.net (mout.gmx.net [212.227.17.20])", "2026-09-07 21:33", BER, "Gh3kL8mN2p"),
        ("From", "Kalle Wernicke <kalle.w@gmx.example.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", "Re: Probetraining bei den Pelikanen?"),
        ("Date", date("2026-09-07 21:33", BER)),
        ("Message-ID", "<trinity-4f2a1c0e-9b8d-4e7f-a6c5-1d2e3f4a5b6c-1788816780123@3c-app-gmx-bs12>"),
    ], text(body, cte="8bit"))


@mail(N(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="garage confirms a service appointment (Di., 10.11.2026, 07:30 Uhr Dialogannahme): fixed time, "
           "not an interview")
def _k29() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0b2a4a;color:#fff;padding:16px;font-size:18px">Autohaus Kranich Potsdam</td></tr>
        <tr><td style="padding:20px">
        <p>Sehr geehrte Frau Hoffmann,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td><b>Termin</b></td><td>Dienstag, 10.11.2026, 07:30 Uhr (Dialogannahme)</td></tr>
        <tr><td><b>Fahrzeug</b></td><td>Skoda Fabia Combi, P-LH 2207</td></tr>
        <tr><td><b>Leistungen</b></td><td>Inspektion mit Ölwechsel, Wechsel auf Winterräder (eingelagert)</td></tr>
        <tr><td><b>Serviceberater</b></td><td>Herr Dombrowski</td></tr>
        <tr><td><b>Voraussichtliche Fertigstellung</b></td><td>ca. 16:00 Uhr</td></tr>
        </table>
        <p>Einen Ersatzwagen haben wir, wie gewünscht, nicht reserviert. Bitte bringen Sie Ihr
        Serviceheft und den Zweitschlüssel mit.</p>
        <p>Ihr Serviceteam<br>Autohaus Kranich GmbH · Zeppelinstraße 140 · 14471 Potsdam · Tel. 0331 97300-0</p>
        </td></tr></table></body></html>
        """)
    return message([
        rcv("mail.autohaus-kranich.de (mail.autohaus-kranich.de [85.13.140.82])", "2026-11-03 16:48",
            BER, "Ne6qR1sT4u"),
        ("From", "Autohaus Kranich Service <service@autohaus-kranich.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Terminbestätigung Werkstatt – Di., 10.11.2026, 07:30 Uhr")),
        ("Date", date("2026-11-03 16:48", BER)),
        ("Message-ID", "<termin.55129.1793720880@autohaus-kranich.de>"),
    ], html(page, cte="base64"))


@mail(N(30), family="tax_office", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="tax office online booking confirms a service-centre appointment (Mi., 23.09.2026, 10:40 Uhr): "
           "fixed time, not an interview")
def _k30() -> bytes:
    body = t("""
        Terminbestätigung

        Guten Tag Lena Hoffmann,

        hiermit bestätigen wir Ihren Termin im Servicezentrum des Finanzamts Potsdam.

        Anliegen:     Beratung Einkommensteuer / Lohnsteuer (Steuerklassenwechsel)
        Datum:        Mittwoch, 23.09.2026
        Uhrzeit:      10:40 Uhr
        Ort:          Finanzamt Potsdam, Steinstraße 104-106, 14480 Potsdam, Servicezentrum EG
        Vorgangsnr.:  FA-P-2026-0918-4471

        Bitte bringen Sie Ihren Personalausweis und Ihre Steuer-Identifikationsnummer mit. Wenn Sie
        den Termin nicht wahrnehmen können, sagen Sie ihn bitte über den folgenden Link ab:
        https://termine.finanzamt-potsdam.example/absage?v=FA-P-2026-0918-4471

        Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht bearbeitet.
        """)
    return message([
        rcv("termine.finanzamt-potsdam.example ([203.0.113.45])", "2026-09-18 14:02", BER, "Ow7rS2tU5v"),
        ("From", "Terminvergabe Finanzamt Potsdam <noreply@termine.finanzamt-potsdam.example>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Terminbestätigung Servicezentrum Finanzamt Potsdam – 23.09.2026 10:40")),
        ("Date", date("2026-09-18 14:02", BER)),
        ("Message-ID", "<FA-P-2026-0918-4471.confirm@termine.finanzamt-potsdam.example>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(N(31), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="career coach confirms a recorded mock interview ('Probe-Vorstellungsgespräch', Mi., 14.10., "
           "17:00-18:30 Uhr) paid by an AVGS voucher: preparation, not a job interview")
def _k31() -> bytes:
    body = t("""
        Liebe Frau Hoffmann,

        wie verabredet hier die Bestätigung für unsere nächste Coaching-Einheit:

        Probe-Vorstellungsgespräch mit Videoaufzeichnung
        Mittwoch, 14.10., 17:00 - 18:30 Uhr
        Karriereschmiede Babelsberg, Rudolf-Breitscheid-Straße 162, 14482 Potsdam

        Ich spiele die Hiring-Managerin eines Berliner Mobilitäts-Start-ups, meine Kollegin Frau Yüksel
        übernimmt die HR-Seite. Bitte bringen Sie die Stellenanzeige von Lindenkiez mit, dann üben
        wir gezielt dafür – inklusive der Gehaltsfrage. Im Anschluss schauen wir uns die Aufnahme
        gemeinsam an.

        Die Einheit läuft über Ihren AVGS-Gutschein (Einheit 6 von 12), es entstehen Ihnen keine Kosten.

        Herzliche Grüße
        Birgit Albers
        Karriere- und Bewerbungscoach
        Karriereschmiede Babelsberg · www.karriereschmiede-babelsberg.de
        """)
    return message([
        rcv("smtp.karriereschmiede-babelsberg.de ([81.169.145.97])", "2026-10-08 09:27", BER,
            "Pb8sT3uV6w"),
        ("From", "Birgit Albers <albers@karriereschmiede-babelsberg.de>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", enc("Bestätigung: Probe-Vorstellungsgespräch am 14.10.")),
        ("Date", date("2026-10-08 09:27", BER)),
        ("Message-ID", "<7e2c4a91-0b3f-4d8e-95a1-c6b7d8e9f0a1@karriereschmiede-babelsberg.de>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(32), family="interview_proposal", lang="de", interview=False, company="Spreeraster",
      note="CTO asks whether Lena would like to come by next week, 'Mittwoch oder Donnerstag mittags' - "
           "a proposal with no fixed time; the thread is closed later by the reply 'Mittwochmittag so "
           "gegen zwölf' (a positive)")
def _k32() -> bytes:
    body = t("""
        Hi Lena,

        danke für deine Bewerbung, die hat hier ziemlich Eindruck gemacht – wer Vektor-Tiles für
        ganz Brandenburg auf einem einzelnen Hetzner-Server ausliefert, mit dem wollen wir reden.

        Hättest du nächste Woche Lust, mal bei uns vorbeizukommen? Mittwoch oder Donnerstag mittags
        wäre ideal, dann kann Ricarda auch dazukommen. Sag einfach, was dir passt.

        Deniz

        --
        Deniz Aksoy · CTO · Spreeraster
        spreeraster.io · +49 30 2201 7730
        """)
    return message([
        rcv("mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])", "2026-09-15 10:12",
            BER, "Ux9pV4wX7y"),
        ("From", "Deniz Aksoy <deniz@spreeraster.io>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", "Kennenlernen bei Spreeraster"),
        ("Date", date("2026-09-15 10:12", BER)),
        ("Message-ID", "<CAH8sQ2oF1xa+Qm0@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(N(33), family="interview_proposal", lang="en", interview=False, company="Hanseatic Port Systems AG",
      days=(("Wed", "2026-11-18"), ("Tue", "2026-11-17")),
      note="recruiter proposes an on-site ('Would Wednesday 18 November at 10:30 work? Otherwise Tuesday "
           "the 17th at 10') and says the formal invitation follows from Workday: nothing confirmed yet "
           "(the later Workday mail is the positive)")
def _k33() -> bytes:
    body = t("""
        Hi Lena,

        Thanks for the call this morning - Kai and Birte would love to meet you in person in Hamburg.

        Would Wednesday 18 November at 10:30 work for you? If not, Tuesday the 17th at 10:00 is the
        other option we can offer; the team is travelling the week after. Once you let me know, you'll
        get the formal invitation from our Workday system with the address and the visitor details.

        We cover the train ticket, of course.

        Best regards,
        Friederike

        Friederike Lange
        Senior Talent Acquisition Partner
        Hanseatic Port Systems AG | Am Sandtorkai 41 | 20457 Hamburg
        +49 40 3087 1152
        """)
    return message([
        rcv("mail-eopbgr130089.outbound.protection.outlook.com ([40.107.13.89])", "2026-11-03 15:20",
            BER, "Iq2wE5rT8y"),
        ("From", "\"Lange, Friederike\" <friederike.lange@hps-ag.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", "Next step: on-site interview in Hamburg"),
        ("Date", date("2026-11-03 15:20", BER)),
        ("Message-ID", "<AS8PR04MB8711E2F3A4B5C6D7@AS8PR04MB8711.eurprd04.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(N(34), family="forwarded_other", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Lena's partner forwards HIS interview confirmation (Thursday 15 Oct, 9:00 CEST) to ask her "
           "to take their daughter to daycare: a confirmed job interview, but not the inbox owner's")
def _k34() -> bytes:
    body = t("""
        Hey,

        kannst du am Donnerstag Paula zur Kita bringen? Ich hab um 9 das Interview in Adlershof und
        muss spätestens 8:15 los. Details unten, nur zur Info. Drück mir die Daumen :)

        M.

        ---------- Forwarded message ---------
        From: Seeblick Energie <no-reply@us.greenhouse-mail.io>
        Date: Fri, Oct 9, 2026 at 2:11 PM
        Subject: Interview Confirmation: Electrical Project Engineer at Seeblick Energie
        To: <malte.janssen@example.net>

        Hi Malte,

        Your interview for the Electrical Project Engineer role at Seeblick Energie is confirmed.

        Date: Thursday, October 15th, 2026
        Time: 9:00 AM - 10:30 AM CEST
        Location: Seeblick Energie, Rudower Chaussee 29, 12489 Berlin-Adlershof

        You'll be meeting with Gerrit Pohl (Head of Grid Projects).

        Best,
        Yasemin Öztürk
        People Team, Seeblick Energie
        """)
    return message([
        rcv("mout.example.net (mout.example.net [192.0.2.61])", "2026-10-11 20:05", BER, "Aw3eR6tY9u"),
        ("From", "Malte Janssen <malte.janssen@example.net>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", "Fwd: Interview Confirmation: Electrical Project Engineer at Seeblick Energie"),
        ("Date", date("2026-10-11 20:05", BER)),
        ("Message-ID", "<CAMj5Jt9rP0x+Lk2Vq7@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(N(35), family="interviewer_invite", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="HR at Lena's current employer invites her to sit on a panel interviewing a candidate (Exchange "
           "request, Tue 24 Nov 10:00-11:00 W. Europe Standard Time): she is the interviewer, not the "
           "candidate")
def _k35() -> bytes:
    body = t("""
        Hi Lena,

        thanks for agreeing to join the panel for the Backend Engineer (Routing) role. Karol's CV and
        the interview scorecard are in the Personio profile; please submit your feedback by Wednesday
        noon. You will cover the system design part (approx. 25 minutes), Tobias does the coding
        exercise.

        Candidate: Karol Wiśniewski
        Panel: Tobias Ahrens, Lena Hoffmann, Yvonne Kaminski (HR)

        Thanks!
        Yvonne

        Yvonne Kaminski | HR Business Partner | Brandenburg Geodienste GmbH
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kaminski\\, Yvonne:mailto:y.kaminski@bg-dienste.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hoffmann\\, Lena:mailto:l.hoffmann@bg-dienste.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ahrens\\, Tobias:mailto:t.ahrens@bg-dienste.de
        SUMMARY;LANGUAGE=en-US:Interview: Karol Wiśniewski – Backend Engineer (Routing) – panel
        DTSTART;TZID=W. Europe Standard Time:20261124T100000
        DTEND;TZID=W. Europe Standard Time:20261124T110000
        UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DD01000000000000000010000000AB12CD
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261117T101500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:BGD Potsdam\\, Raum "Sanssouci" / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    return message([
        rcv("mail-fr3deu01on2050.outbound.protection.outlook.com ([40.107.136.50])", "2026-11-17 11:15",
            BER, "Zs4xC7vB0n"),
        ("From", "\"Kaminski, Yvonne\" <y.kaminski@bg-dienste.de>"),
        ("To", "\"Hoffmann, Lena\" <l.hoffmann@bg-dienste.de>, \"Ahrens, Tobias\" <t.ahrens@bg-dienste.de>"),
        ("Subject", enc("Interview: Karol Wiśniewski – Backend Engineer (Routing) – panel")),
        ("Date", date("2026-11-17 11:15", BER)),
        ("Message-ID", "<FR3P281MB1734D9E8F7A6B5C4@FR3P281MB1734.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", "lena.hoffmann@example.org"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(36), family="rejection", lang="de", interview=False, company="Nordost Netze AG",
      note="iCIMS rejection after the first interview: mentions the 'Vorstellungsgespräch' in the past, "
           "no upcoming time")
def _k36() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Sehr geehrte Frau Hoffmann,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Senior GIS Platform Engineer (m/w/d)</b> und
        für das angenehme Vorstellungsgespräch am vergangenen Donnerstag.</p>
        <p>Nach sorgfältiger Abwägung haben wir uns entschieden, den Auswahlprozess mit anderen
        Kandidatinnen und Kandidaten fortzusetzen, deren Profil noch etwas genauer zu unseren
        aktuellen Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.</p>
        <p>Gern würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool behalten. Sie
        können Ihre Einwilligung jederzeit in Ihrem Bewerberkonto widerrufen.</p>
        <p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Nordost Netze AG</p>
        <p style="font-size:11px;color:#777">Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</p>
        </body></html>
        """)
    return message([
        rcv("mta-out-7.icims.com (mta-out-7.icims.com [64.74.224.57])", "2026-10-19 16:40", BER,
            "Hj5kL8zX1c"),
        ("From", "Nordost Netze AG <nordostnetze@talent.icims.com>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Ihre Bewerbung als Senior GIS Platform Engineer (m/w/d) – Nordost Netze AG")),
        ("Date", date("2026-10-19 16:40", BER)),
        ("Message-ID", "<icims.1200477.8819320.1792420800@talent.icims.com>"),
    ], html(page, charset="windows-1252", cte="quoted-printable"))


@mail(N(37), family="offer", lang="en", interview=False, company="Meridian Line Analytics",
      note="offer after the interviews: 'happy to go through it on a call whenever suits you', no fixed "
           "time")
def _k37() -> bytes:
    body = t("""
        Hi Lena,

        I'm delighted to let you know that the team would like to offer you the role of Platform
        Engineer (Geospatial), fully remote from Germany via our EOR partner. The offer letter with the
        salary, equity and start-date details is attached to this email.

        Everyone who interviewed you was impressed, especially with how you talked through the
        tile-cache invalidation problem.

        I'm happy to go through the letter on a call whenever suits you this week - just let me know.
        We'd be grateful for an answer by Friday 20 November.

        Best wishes,
        Tom

        Tom Achebe
        Talent Lead, Meridian Line Analytics
        """)
    return message([
        rcv("mail-wr1-f50.google.com (mail-wr1-f50.google.com [209.85.221.50])", "2026-11-11 17:25",
            "Europe/London", "Kl6zX9cV2b"),
        ("From", "Tom Achebe <tom.achebe@meridianline.co.uk>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", "Offer - Platform Engineer (Geospatial) at Meridian Line Analytics"),
        ("Date", date("2026-11-11 17:25", "Europe/London")),
        ("Message-ID", "<CAN4rT7yQx+1pWz8@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(N(38), family="application_receipt", lang="de", interview=False,
      company="Nordhafen Aviation Services GmbH",
      note="Taleo acknowledgement of an application; says they will get in touch to arrange an "
           "interview if suitable - nothing fixed")
def _k38() -> bytes:
    body = t("""
        Sehr geehrte Frau Hoffmann,

        vielen Dank für Ihre Bewerbung auf die Stelle

            Platform Engineer Geodaten / Flugsicherungsdaten (m/w/d) – Referenz 2600318

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig
        und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Sollte Ihr Profil zu unseren
        Anforderungen passen, vereinbaren wir gern einen Termin für ein erstes Vorstellungsgespräch
        (telefonisch oder per Video).

        Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
        https://nordhafen.taleo.net/careersection/ex/mysubmissions.ftl

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Nordhafen Aviation Services GmbH

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
        """)
    return message([
        rcv("smtp-out.taleo.net (smtp-out.taleo.net [160.34.18.99])", "2026-09-03 08:17", "UTC",
            "Bn7xC0vM3q"),
        ("From", "Nordhafen Aviation Services <noreply@taleo.net>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Referenz 2600318")),
        ("Date", date("2026-09-03 08:17", "UTC")),
        ("Message-ID", "<1788430620117.NORDHAFEN.2600318@taleo.net>"),
    ], text(body, cte="base64"))


@mail(N(39), family="job_alert", lang="de", interview=False, company=None,
      note="job-board alert listing new postings ('Vorstellungsgespräch innerhalb von 7 Tagen', "
           "'Bewerbungsfrist 30.11.'): no appointment")
def _k39() -> bytes:
    body = t("""
        Hallo Lena,

        dein Jobagent "Platform Engineer GIS" hat 5 neue Jobs in Potsdam, Berlin und remote gefunden:

        1. Senior Platform Engineer (m/w/d) Geodaten
           Kartenwerk Mobility GmbH · Berlin · Teilweise Homeoffice
           "Schnelles Feedback: Vorstellungsgespräch innerhalb von 7 Tagen"

        2. DevOps Engineer Geodateninfrastruktur (m/w/d)
           Landesbetrieb Vermessung Ost · Potsdam · Bewerbungsfrist 30.11.2026

        3. Cloud Engineer GIS (all genders)
           Hafenwerk Digital GmbH · Hamburg · Vollzeit

        4. Backend Developer Spatial Data (remote, EU)
           Polaris Routing Sp. z o.o. · Warschau / remote

        5. Data Engineer Geo (m/w/d)
           Stadtwerke Leipzig Digital · Leipzig · ab sofort

        Alle Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse?id=88210437

        Du erhältst diese E-Mail, weil du einen Jobagenten angelegt hast.
        Jobagent bearbeiten oder abmelden: https://www.stepstone.de/jobagent/verwalten
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{line}</p>" for line in body.replace("&", "&amp;").split("\n\n")) + "</body></html>\n"
    return message([
        rcv("mail1.stepstone.de (mail1.stepstone.de [194.50.77.11])", "2026-11-16 06:31", BER,
            "Gt8yH1jK4l"),
        ("From", "StepStone Jobagent <jobagent@stepstone.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("5 neue Jobs für „Platform Engineer GIS“")),
        ("Date", date("2026-11-16 06:31", BER)),
        ("Message-ID", "<ja.88210437.20261116053100@stepstone.de>"),
        ("List-Unsubscribe", "<https://www.stepstone.de/jobagent/verwalten?u=88210437>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(page)))


@mail(N(40), family="newsletter_tips", lang="de", interview=False, company=None,
      note="career newsletter on technical interviews, with example times ('Dienstag um 10 Uhr', "
           "'30 Minuten vorher') in the advice text: no appointment")
def _k40() -> bytes:
    body = t("""
        KARRIEREKOMPASS GEO – Ausgabe 41 / Oktober 2026

        Das System-Design-Interview für Geo-Plattformen: 7 Dinge, die wirklich zählen

        Du hast die Einladung in der Tasche – Interview am Dienstag um 10 Uhr, 60 Minuten, drei
        Leute aus dem Plattformteam. Und jetzt? Wir haben mit Hiring-Managern aus Berlin, Hamburg
        und Warschau gesprochen:

        1. Fang mit den Datenmengen an. "Wie viele Features, wie oft aktualisiert?" ist die beste
           erste Frage.
        2. Tiles sind kein Detail. Erkläre, wann du vorrenderst und wann du on-the-fly schneidest.
        3. Sei 30 Minuten vorher bereit, teste Kamera und Screen-Sharing.
        4. ...

        Weiterlesen: https://karrierekompass-geo.de/artikel/system-design-interview-geo

        Außerdem in dieser Ausgabe:
        - Gehaltsreport 2026: Was GIS-Engineers in Leipzig, Potsdam und Hamburg verdienen
        - Webinar-Mitschnitt: "Vom Vermesser zur Platform Engineer"

        Du erhältst diesen Newsletter, weil du dich auf karrierekompass-geo.de angemeldet hast.
        Abmelden: https://karrierekompass-geo.de/newsletter/abmelden?u=5517
        """)
    return message([
        rcv("mail.sendinblue-out.com (mail.sendinblue-out.com [185.41.28.109])", "2026-10-15 07:00",
            BER, "Xp2kL5nB8m"),
        ("From", "Karrierekompass Geo <newsletter@karrierekompass-geo.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Das System-Design-Interview für Geo-Plattformen: 7 Dinge, die zählen")),
        ("Date", date("2026-10-15 07:00", BER)),
        ("Message-ID", "<nl41.5517.20261015@karrierekompass-geo.de>"),
        ("List-Unsubscribe", "<https://karrierekompass-geo.de/newsletter/abmelden?u=5517>"),
        ("List-Id", "Karrierekompass Geo <newsletter.karrierekompass-geo.de>"),
        ("Precedence", "bulk"),
    ], text(body))


@mail(N(41), family="self_schedule_link", lang="en", interview=False, company="Tidewater Spatial",
      note="recruiter sends a Calendly link to pick a slot; no time fixed (the later Calendly "
           "confirmation is the positive)")
def _k41() -> bytes:
    body = t("""
        Hi Lena,

        Thanks for applying to the Geospatial Platform Engineer role at Tidewater Spatial! Your
        background with PostGIS at scale caught our eye and I'd love to set up a 30-minute intro call.

        Please grab any slot that works for you here:
        https://calendly.com/priya-tidewater/intro-30

        The calendar shows times in your own time zone. Most of our engineering team is in Boston, so
        afternoons in Europe tend to work best.

        Talk soon,
        Priya Raman
        Senior Technical Recruiter, Tidewater Spatial
        """)
    return message([
        rcv("mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])", "2026-10-20 15:48",
            "America/New_York", "Ty5uI8oP1a"),
        ("From", "Priya Raman <priya.raman@tidewaterspatial.com>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", "Tidewater Spatial - intro call?"),
        ("Date", date("2026-10-20 15:48", "America/New_York")),
        ("Message-ID", "<CAB2q7Vt0Yw+Rr4kLm9@mail.gmail.com>"),
    ], alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(N(42), family="recruiter_outreach", lang="en", interview=False, company="Polaris Routing",
      note="Warsaw recruiter's cold outreach in English: 'open to a short chat sometime next week?', no "
           "fixed time")
def _k42() -> bytes:
    body = t("""
        Hi Lena,

        I hope you don't mind me reaching out directly. I'm hiring for Polaris Routing in Warsaw -
        we build routing and ETA services for logistics fleets across Central Europe, and we're
        looking for a Senior Platform Engineer to own our PostGIS and tile infrastructure. The team
        is half in Warsaw, half remote (Berlin, Prague, Vilnius), so Potsdam would be perfectly fine.

        Your talk at FOSSGIS about serving Brandenburg-wide vector tiles from a single box is
        exactly the kind of pragmatism we like.

        Would you be open to a short, no-pressure chat sometime next week? Happy to work around
        your schedule.

        Best regards,
        Szymon Wróbel
        Head of Talent, Polaris Routing Sp. z o.o.
        ul. Grzybowska 62, 00-844 Warszawa
        """)
    return message([
        rcv("mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])", "2026-09-24 09:41",
            "Europe/Warsaw", "Wd9fG2hJ5k"),
        ("From", addr("Szymon Wróbel", "szymon.wrobel@polarisrouting.pl")),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", "Senior Platform Engineer @ Polaris Routing (remote-friendly)"),
        ("Date", date("2026-09-24 09:41", "Europe/Warsaw")),
        ("Message-ID", "<CAF0kP9sWq+3xZr5Ny1@mail.gmail.com>"),
    ], alt(text(body), html(gmail_html(body))))


@mail(N(43), family="doctor_appointment", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-02"),),
      note="medical booking platform confirms a GP appointment (Fr., 2. Oktober 2026, 08:20): fixed "
           "time, not an interview")
def _k43() -> bytes:
    body = t("""
        Ihr Termin ist bestätigt

        Freitag, 2. Oktober 2026 um 08:20

        Dr. med. Annika Vogler
        Fachärztin für Allgemeinmedizin
        Brandenburger Straße 41, 14467 Potsdam

        Grund des Termins: Check-up 35 (Gesundheitsuntersuchung)
        Patientin: Lena Hoffmann

        Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).

        Sie können nicht kommen? Sagen Sie den Termin bitte bis spätestens 24 Stunden vorher ab,
        damit andere Patienten ihn nutzen können.
        Termin verwalten: https://www.doctolib.de/appointments/7712045/edit

        Ihr Doctolib-Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0f3b5f">
        <h2 style="color:#107aca">Ihr Termin ist bestätigt</h2>
        <p style="font-size:18px"><b>Freitag, 2. Oktober 2026 um 08:20</b></p>
        <p><b>Dr. med. Annika Vogler</b><br>Fachärztin für Allgemeinmedizin<br>Brandenburger Straße 41, 14467 Potsdam</p>
        <p>Grund des Termins: Check-up 35 (Gesundheitsuntersuchung)<br>Patientin: Lena Hoffmann</p>
        <p>Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).</p>
        <p><a href="https://www.doctolib.de/appointments/7712045/edit">Termin verwalten</a></p>
        <p>Ihr Doctolib-Team</p>
        </body></html>
        """)
    return message([
        rcv("mta-fr-12.doctolib.de (mta-fr-12.doctolib.de [185.189.236.12])", "2026-09-25 13:07", BER,
            "Ec3vB6nM9q"),
        ("From", "Doctolib <no-reply@doctolib.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Terminbestätigung: Dr. med. Annika Vogler am 02.10.2026 um 08:20")),
        ("Date", date("2026-09-25 13:07", BER)),
        ("Message-ID", "<appt-7712045-confirm@doctolib.de>"),
    ], alt(text(body), html(page)))


@mail(N(44), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-21"),),
      note="housing co-op confirms a flat viewing plus a short 'Kennenlerngespräch' with the board "
           "(Sa., 21.11., 11:30 Uhr): fixed time, not a job interview")
def _k44() -> bytes:
    body = t("""
        Sehr geehrte Frau Hoffmann,

        vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Zeppelinstraße 78, 2. OG links
        (Wohnungsnummer 078-21).

        Wir bestätigen Ihnen den Besichtigungstermin am Samstag, 21.11., um 11:30 Uhr. Im Anschluss
        findet ein kurzes Kennenlerngespräch mit einem Mitglied unseres Vorstands statt, da eine
        Vermietung nur an Mitglieder der Genossenschaft erfolgt. Bitte bringen Sie eine
        Mieterselbstauskunft, die letzten drei Gehaltsnachweise bzw. Ihren Arbeitsvertrag sowie
        eine SCHUFA-Auskunft mit.

        Mit freundlichen Grüßen

        Ramona Kuschel
        Vermietung
        Wohnungsgenossenschaft Havelblick eG
        Kiezstraße 18 · 14467 Potsdam
        """)
    return message([
        rcv("mail.wg-havelblick.de (mail.wg-havelblick.de [217.160.0.88])", "2026-11-16 10:55", BER,
            "Fr4tG7yH0j"),
        ("From", "Wohnungsgenossenschaft Havelblick eG <vermietung@wg-havelblick.de>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Besichtigungstermin Zeppelinstraße 78 – Bestätigung")),
        ("Date", date("2026-11-16 10:55", BER)),
        ("Message-ID", "<000a01dd5a0e$1c2d3e40$54687a80$@wg-havelblick.de>"),
    ], text(body, charset="windows-1252", cte="8bit"))


@mail(N(45), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="daycare confirms the annual 'Entwicklungsgespräch' about Lena's daughter (Do., 3.12., "
           "16:15 Uhr): a fixed-time 'Gespräch', not a job interview")
def _k45() -> bytes:
    body = t("""
        Liebe Familie Hoffmann/Janssen,

        hiermit bestätigen wir euch den Termin für das jährliche Entwicklungsgespräch zu Paula:

        Donnerstag, 3.12., 16:15 Uhr, im Gruppenraum der Igel (ca. 30 Minuten)

        Mit dabei sind Bezugserzieherin Steffi und ich. Wir schauen gemeinsam auf Paulas Entwicklung
        im letzten Jahr und besprechen den Übergang in die Vorschulgruppe. Geschwisterkinder können
        in der Zeit gern im Spätdienst bleiben.

        Viele Grüße aus der Kita
        Anja Bröse
        Leitung Kita Sonnenblume
        Weinbergstraße 7, 14469 Potsdam
        """)
    return message([
        rcv("smtprelay.kita-sonnenblume-potsdam.de ([176.9.31.140])", "2026-11-24 13:02", BER,
            "Jk5lZ8xC1v"),
        ("From", enc("Kita Sonnenblume – Leitung") + " <leitung@kita-sonnenblume-potsdam.de>"),
        ("To", "lena.hoffmann@example.org, malte.janssen@example.net"),
        ("Subject", enc("Entwicklungsgespräch Paula – Terminbestätigung")),
        ("Date", date("2026-11-24 13:02", BER)),
        ("Message-ID", "<b3c8e1d0-6a2f-47b9-9e15-2d0c4f7a8b61@kita-sonnenblume-potsdam.de>"),
    ], text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(N(46), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Exchange invitation to the team's Christmas party at Lena's current employer (Fr., 11.12., "
           "17:00-22:00, W. Europe Standard Time): a confirmed calendar event, not an interview")
def _k46() -> bytes:
    body = t("""
        Hallo zusammen,

        wie jedes Jahr: Weihnachtsfeier Team Geodienste! Wir haben den Raum im Brauhaus am
        Bassinplatz reserviert, Essen geht aufs Haus, Getränke bis 20 Uhr auch. Wichtelgeschenke
        bitte max. 10 €.

        Bitte sagt bis 30.11. zu oder ab, damit ich die Personenzahl durchgeben kann.

        Liebe Grüße
        Tobias
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Ahrens\\, Tobias:mailto:t.ahrens@bg-dienste.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team Geodienste:mailto:team-geodienste@bg-dienste.de
        SUMMARY;LANGUAGE=de-DE:Weihnachtsfeier Team Geodienste 🎄
        DTSTART;TZID=W. Europe Standard Time:20261211T170000
        DTEND;TZID=W. Europe Standard Time:20261211T220000
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DD01000000000000000010000000FE01DC
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261119T131800Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Brauhaus am Bassinplatz\\, Potsdam
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    return message([
        rcv("mail-fr3deu01on2061.outbound.protection.outlook.com ([40.107.136.61])", "2026-11-19 14:18",
            BER, "Mn6bV9cX2z"),
        ("From", "\"Ahrens, Tobias\" <t.ahrens@bg-dienste.de>"),
        ("To", "Team Geodienste <team-geodienste@bg-dienste.de>"),
        ("Subject", enc("Weihnachtsfeier Team Geodienste 🎄")),
        ("Date", date("2026-11-19 14:18", BER)),
        ("Message-ID", "<FR3P281MB0912A1B2C3D4E5F6@FR3P281MB0912.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", "lena.hoffmann@example.org"),
    ], alt(text(body), calendar(ics, cte="base64")))


@mail(N(47), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Mailman announcement of a geo meetup with lightning talks and a 'Jobbörse' where companies "
           "hold short get-to-know talks (Do., 12.11., ab 19:00): meetup, not an interview")
def _k47() -> bytes:
    body = t("""
        Moin zusammen,

        unser nächstes Treffen ist am Donnerstag, 12.11., ab 19:00 Uhr im Hinterzimmer der
        Kartenwerkstatt (Oranienstraße 185, Kreuzberg). Programm:

          19:15  Lightning Talks (je 5 Minuten, noch 2 Slots frei!)
                 - "MapLibre auf dem Raspberry Pi" (Jorinde)
                 - "OSM-Hausnummern in Brandenburg: ein Zwischenstand" (Lena H.)
          20:00  Jobbörse: fünf Berliner Geo-Firmen stellen sich vor und führen vor Ort kurze
                 Kennenlerngespräche – Lebenslauf mitbringen lohnt sich
          ab 21  Offenes Ende / Mate / Pizza

        Anmeldung nicht nötig, aber ein kurzes +1 im Pad hilft uns beim Pizza-Bestellen:
        https://pad.geo-berlin.example/p/treffen-2026-11

        Bis Donnerstag!
        Henning

        _______________________________________________
        geo-berlin mailing list
        geo-berlin@lists.geo-berlin.example
        https://lists.geo-berlin.example/mailman/listinfo/geo-berlin
        """)
    return message([
        rcv("lists.geo-berlin.example (lists.geo-berlin.example [198.51.100.23])", "2026-11-08 18:22",
            BER, "Op7nM0bV3c"),
        ("From", "Henning Sauer <henning@geo-berlin.example>"),
        ("To", "geo-berlin@lists.geo-berlin.example"),
        ("Subject", enc("[geo-berlin] Treffen am 12.11.: Lightning Talks + Jobbörse")),
        ("Date", date("2026-11-08 18:22", BER)),
        ("Message-ID", "<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@geo-berlin.example>"),
        ("List-Id", "Geo-Stammtisch Berlin <geo-berlin.lists.geo-berlin.example>"),
        ("List-Post", "<mailto:geo-berlin@lists.geo-berlin.example>"),
        ("List-Unsubscribe", "<https://lists.geo-berlin.example/mailman/options/geo-berlin>, "
                             "<mailto:geo-berlin-request@lists.geo-berlin.example?subject=unsubscribe>"),
        ("Precedence", "list"),
        ("Sender", "geo-berlin <geo-berlin-bounces@lists.geo-berlin.example>"),
    ], text(body, cte="8bit"))


@mail(N(48), family="auto_reply", lang="de", interview=False, company="Havelgeo GmbH",
      note="recruiter's out-of-office reply to Lena's mail about the interview on 24.09.; dates only "
           "of her absence, no appointment; company = the employer that sent it")
def _k48() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Dienstag, 22.09.2026, nicht im Büro und habe keinen Zugriff auf
        meine E-Mails. Ab Mittwoch, 23.09., bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an personal@havelgeo.de.

        Mit freundlichen Grüßen
        Katrin Wendler
        Havelgeo GmbH
        """)
    return message([
        rcv("mail.havelgeo.de (mail.havelgeo.de [46.38.231.77])", "2026-09-16 19:48", BER, "Qs8wE1rT4y"),
        ("From", "Katrin Wendler <katrin.wendler@havelgeo.de>"),
        ("To", "Lena Hoffmann <lena.hoffmann@example.org>"),
        ("Subject", enc("Automatische Antwort: Vorstellungsgespräch am 24.09. – Anfahrt/Parken")),
        ("Date", date("2026-09-16 19:48", BER)),
        ("Message-ID", "<2b7c9e0f4a1d4e6b8c3d5f7a9b1c3e5d@havelgeo.de>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@example.org>"),
    ], text(body))


def _k49_original() -> bytes:
    body = t("""
        Hello Agnieszka,

        thank you for the invitation - I confirm the technical interview on Thursday, 8 October, at
        15:00 (Warsaw/Berlin time) on Teams. Looking forward to meeting Paweł and the team.

        Best regards,
        Lena Hoffmann
        """)
    return message([
        ("From", LENA),
        ("To", addr("Agnieszka Zielińska", "agnieszka.zielinksa@wislomap.pl")),
        ("Subject", enc("Re: Wislomap – technical interview (Spatial Data Platform) – Lena Hoffmann")),
        ("Date", date("2026-10-02 12:04", BER)),
        ("Message-ID", "<0f3e5a7b-9c1d-4e2f-8a6b-4c2d0e8f6a4b@example.org>"),
    ], text(body, cte="8bit"))


@mail(N(49), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="delivery failure report for Lena's own reply (typo in the address) that confirms the Wislomap "
           "interview: the interview is real (labelled on its own invitation), but this mail is a "
           "bounce of the candidate's outgoing message, not a confirmation she received")
def _k49() -> bytes:
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <agnieszka.zielinksa@wislomap.pl>: host
            wislomap-pl.mail.protection.outlook.com[52.101.73.4] said: 550 5.4.1
            Recipient address rejected: Access denied. (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Kq2mT0x7Zz
        X-Postfix-Sender: rfc822; lena.hoffmann@example.org
        Arrival-Date: Fri,  2 Oct 2026 12:04:03 +0200 (CEST)

        Final-Recipient: rfc822; agnieszka.zielinksa@wislomap.pl
        Original-Recipient: rfc822;agnieszka.zielinksa@wislomap.pl
        Action: failed
        Status: 5.4.1
        Remote-MTA: dns; wislomap-pl.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
        """)
    report = multipart(
        "report", text(notice, charset="us-ascii", cte="7bit"),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                 status),
        attached_message(_k49_original()),
        params="report-type=delivery-status")
    return message([
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-02 12:04", BER)),
        ("Message-ID", "<20261002100406.5B1C23A0041@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(N(50), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="bank confirms an advisory meeting on a mortgage ('Beratungsgespräch', Fr., 04.12.2026, "
           "16:00 Uhr): a fixed-time 'Gespräch', not a job interview")
def _k50() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Sehr geehrte Frau Hoffmann,</p>
        <p>vielen Dank für Ihre Terminanfrage. Gern bestätigen wir Ihnen Ihr persönliches
        Beratungsgespräch zum Thema <b>Baufinanzierung</b>:</p>
        <p><b>Freitag, 04.12.2026, 16:00 Uhr</b><br>
        Filiale Potsdam-Babelsberg, Karl-Liebknecht-Straße 21<br>
        Ihr Berater: Herr Maik Stolzenburg</p>
        <p>Damit wir die Zeit gut nutzen können, bringen Sie bitte Ihre letzten drei Gehaltsabrechnungen,
        einen Eigenkapitalnachweis und – falls vorhanden – das Exposé der Immobilie mit. Da Sie sich
        derzeit beruflich verändern, ist auch ein neuer Arbeitsvertrag oder eine Zusage hilfreich.</p>
        <p>Freundliche Grüße<br>Ihre Havelländische Volksbank eG</p>
        <p style="font-size:11px;color:#777">Dies ist eine automatisch versandte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </body></html>
        """)
    return message([
        rcv("mailout.hvb-eg.example ([203.0.113.90])", "2026-11-27 08:34", BER, "Tu9yI2oP5a"),
        ("From", enc("Havelländische Volksbank eG") + " <terminservice@hvb-eg.example>"),
        ("To", "lena.hoffmann@example.org"),
        ("Subject", enc("Ihr Beratungstermin am 04.12.2026 um 16:00 Uhr")),
        ("Date", date("2026-11-27 08:34", BER)),
        ("Message-ID", "<termin-31188420@hvb-eg.example>"),
    ], html(page, cte="quoted-printable"))
