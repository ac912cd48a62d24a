"""blind345: a blind 50-mail held-out set, the inbox of Wiebke Krüger, ferry-terminal operations planner
in Rostock (Europe/Berlin), September to December 2026.

Written by a helper session (blind) that read only ``make.py``, ``make_blind.py``, the
non-score parts of ``bench/heldout/README.md`` and the dev corpus README, ``labels.json``,
``dev_002.eml``, ``dev_009.eml`` and ``score.py``; it did not read the detector, its tests, the
other held-out mails or sets, and never ran the detector. Each mail below is written by hand as
one function; keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50
negatives. File numbers are a fixed shuffle of the writing order (``ORDER``).

    python3 bench/heldout/make_blind.py blind345
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
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind345"
ORDER = random.Random(3450345).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "wiebke.krueger@example.com"
ME_TO = addr("Wiebke Krüger", ME)
B = "Europe/Berlin"
STO = "Europe/Stockholm"
CPH = "Europe/Copenhagen"
HEL = "Europe/Helsinki"
CHI = "America/Chicago"

VTZ_CPH = """BEGIN:VTIMEZONE
TZID:Europe/Copenhagen
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


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_TO,
         rcvd: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """The usual header block: Received (optional), From, To, Subject, Date, Message-ID, extras."""
    hs: list[tuple[str, str]] = []
    if rcvd:
        hs.append(("Received", received(rcvd[0], when, zone, rcvd[1], ME)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", msgid)]
    hs += list(extra)
    return hs


MX = "mx01.example.com (Postfix) with ESMTPS id {}"


def mx(ident: str) -> str:
    return MX.format(ident)


# =========================================================================== positives: scheduled


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
           contact="frauke.brodersen@elbkai-terminal.de", company="Elbkai Terminalservice GmbH",
           local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=B,
           note="Personio confirmation (Sie), 'Dienstag, 15.09.2026, 10:00 - 11:00 Uhr' in Hamburg, "
                "CEST (UTC+2) -> 08:00Z-09:00Z; contact = human Reply-To recruiter")
def m01():
    body = t("""
        Guten Tag Frau Krüger,

        vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch
        für die Position "Teamleitung Terminalplanung (m/w/d)":

        Datum:    Dienstag, 15.09.2026
        Uhrzeit:  10:00 - 11:00 Uhr
        Ort:      Elbkai Terminalservice GmbH, Am Kaiserkai 31, 20457 Hamburg, Empfang Haus B
        Gesprächspartner: Frauke Brodersen (HR), Timo Rasch (Leitung Terminalbetrieb)

        Bitte bringen Sie einen gültigen Lichtbildausweis mit, der Hafenbereich ist
        zugangskontrolliert.

        Bei Rückfragen antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Frauke Brodersen
        Elbkai Terminalservice GmbH

        --
        Diese E-Mail wurde über Personio versendet.
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Guten Tag Frau Krüger,</p>
        <p>vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die Position
        <strong>&quot;Teamleitung Terminalplanung (m/w/d)&quot;</strong>:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum</b></td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Elbkai Terminalservice GmbH, Am Kaiserkai 31, 20457 Hamburg, Empfang Haus B</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Frauke Brodersen (HR), Timo Rasch (Leitung Terminalbetrieb)</td></tr>
        </table>
        <p>Bitte bringen Sie einen gültigen Lichtbildausweis mit, der Hafenbereich ist zugangskontrolliert.</p>
        <p>Bei Rückfragen antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Frauke Brodersen<br>Elbkai Terminalservice GmbH</p>
        <p style="color:#9ca3af;font-size:11px">Diese E-Mail wurde über Personio versendet.</p>
        </body></html>
        """)
    hs = head(addr("Elbkai Terminalservice GmbH", "no-reply@mail.personio.de"),
              "Bestätigung Ihres Vorstellungsgesprächs – Teamleitung Terminalplanung (m/w/d)",
              "2026-09-09 14:12:07", B, "<0102019a3c1f7e55-5d1e8c3a-9f0b-4e2a-b6c1-3d8e2f71a0c4@eu-central-1.amazonses.com>",
              rcvd=("from a27-41.smtp-out.eu-central-1.amazonses.com (a27-41.smtp-out.eu-central-1.amazonses.com [54.240.27.41])",
                    mx("4Bq7kT1xZpz9sWd")),
              extra=(("Reply-To", addr("Frauke Brodersen", "frauke.brodersen@elbkai-terminal.de")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(2), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-09-24T12:00:00Z", end="2026-09-24T12:45:00Z",
           contact="johan.ekdahl@nordvikline.se", company="Nordvik Line AB",
           local="Thu 2026-09-24 14:00", local_end="2026-09-24 14:45", zone=STO,
           note="Teamtailor interview booking from Gothenburg, '14:00-14:45 (CEST, Stockholm time)' = "
                "UTC+2 -> 12:00Z-12:45Z, ICS TZID Europe/Stockholm agrees; contact = ICS ORGANIZER")
def m02():
    body = t("""
        Hi Wiebke,

        Thanks for booking a time with us! Here are the details for your interview for
        Terminal Operations Planner, Gothenburg / remote:

        Thursday 24 September 2026
        14:00 - 14:45 (CEST, Stockholm time)
        Microsoft Teams - the link is in the calendar invitation

        You will meet Johan Ekdahl, Head of Port Operations.

        Need to change the time? Use the link in your candidate profile.

        Best regards,
        Nordvik Line Talent Team
        """)
    page = t("""
        <html><body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#111">
        <tr><td style="padding:24px"><img src="https://assets.teamtailor-cdn.com/nordvik/logo.png" alt="Nordvik Line" width="120"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Hi Wiebke,</p>
        <p>Thanks for booking a time with us! Here are the details for your interview for <b>Terminal Operations Planner, Gothenburg / remote</b>:</p>
        <p style="font-size:17px"><b>Thursday 24 September 2026</b><br>14:00 - 14:45 (CEST, Stockholm time)<br>Microsoft Teams - the link is in the calendar invitation</p>
        <p>You will meet Johan Ekdahl, Head of Port Operations.</p>
        <p>Need to change the time? Use the link in your candidate profile.</p>
        <p>Best regards,<br>Nordvik Line Talent Team</p>
        </td></tr>
        <tr><td style="padding:24px;color:#888;font-size:12px">Sent with Teamtailor</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Teamtailor//Interview Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Stockholm"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-interview-8841735@teamtailor.com
        DTSTAMP:20260918T074012Z
        DTSTART;TZID=Europe/Stockholm:20260924T140000
        DTEND;TZID=Europe/Stockholm:20260924T144500
        SEQUENCE:0
        SUMMARY:Interview: Wiebke Krüger - Terminal Operations Planner (Nordvik Line)
        LOCATION:Microsoft Teams
        DESCRIPTION:Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yzk4NmQ2@thread.v2/0
        ORGANIZER;CN=Johan Ekdahl:mailto:johan.ekdahl@nordvikline.se
        ATTENDEE;CN=Wiebke Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wiebke.krueger@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Nordvik Line", "no-reply@teamtailor-mail.com"),
              "Your interview with Nordvik Line is booked", "2026-09-18 09:40:12", STO,
              "<6f1c0d2e8a4b4f7e.1726645212@teamtailor-mail.com>",
              rcvd=("from o1.ptr7731.teamtailor-mail.com (o1.ptr7731.teamtailor-mail.com [149.72.61.18])",
                    mx("4Bc2Lm0fQHz7qRt")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(3), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-10-26T08:30:00Z", end="2026-10-26T09:30:00Z",
           contact="m.jessen@fhk-kiel.de", company="Ostsee Fährhafen Kiel GmbH",
           local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=B,
           note="Exchange meeting request sent Thu 22 Oct (CEST); the interview is Mon 26 Oct, the day after "
                "Europe returned to CET, so 09:30 local = UTC+1 -> 08:30Z; TZID W. Europe Standard Time "
                "with VTIMEZONE agrees; contact = organizer/sender")
def m03():
    body = t("""
        Wann: Montag, 26. Oktober 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Krüger,

        wie telefonisch besprochen lade ich Sie hiermit zum Vorstellungsgespräch für die
        Stelle "Schichtleitung Fährterminal (m/w/d)" ein. Teilnehmen werden neben mir
        Frau Dr. Anke Thomsen (Geschäftsführung) und Herr Bent Lorenzen (Betriebsrat).

        Mit freundlichen Grüßen

        Malte Jessen
        Personalreferent
        Ostsee Fährhafen Kiel GmbH
        Schwedenkai 1 | 24103 Kiel
        Tel. +49 431 98 210-244

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTJiYzQ@thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>
        Besprechungs-ID: 348 221 907 116
        Passcode: hQ7xZ3
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Malte Jessen:mailto:m.jessen@fhk-kiel.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wiebke.krueger@example.com:mailto:wiebke.krueger@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anke Thomsen:mailto:a.thomsen@fhk-kiel.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Krüger,\\n\\nwie telefonisch besprochen lade ich Sie hiermit zum Vorstellungsgespräch ein.\\n
        UID:040000008200E00074C5B7101A82E00800000000D0A4D1C1E967DC01000000000000000010000000E3F2B1A4C6D84E43A2F7C9B0E1D2F3A4
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Schichtleitung Fährterminal – Wiebke Krüger
        DTSTART;TZID=W. Europe Standard Time:20261026T093000
        DTEND;TZID=W. Europe Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T140512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117453680
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
        END:VCALENDAR
        """)
    hs = head(addr("Malte Jessen", "m.jessen@fhk-kiel.de"),
              "Vorstellungsgespräch Schichtleitung Fährterminal – Wiebke Krüger", "2026-10-22 16:05:31", B,
              "<FR3P281MB1734A6C02E9D4B1F8E2C7A14D3B92@FR3P281MB1734.DEUP281.PROD.OUTLOOK.COM>",
              rcvd=("from EUR05-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2091.outbound.protection.outlook.com [40.107.135.91])",
                    mx("4Bk8Jd2rWsz3nVp")),
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Schichtleitung Fährterminal – Wiebke Krüger")),
                     ("Thread-Index", "AdtkZ2QxWm9Kc0pGR0h3dGtVbmRlcg=="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(4), family="google_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-10-07T08:00:00Z", end="2026-10-07T09:00:00Z",
           contact="aino.virtanen@balticropax.fi", company="Baltic Ro-Pax Oy",
           local="Wed 2026-10-07 11:00", local_end="2026-10-07 12:00", zone=HEL,
           note="Google Calendar invitation from Helsinki: '11:00 - 12:00 (Eastern European Time - Helsinki)', "
                "EEST = UTC+3 in October before the 25th -> 08:00Z (10:00 in Rostock); ICS in UTC agrees; "
                "contact = organizer")
def m04():
    body = t("""
        You have been invited to the following event.

        Interview: Wiebke Krüger / Terminal Operations Lead

        When
        Wednesday 7 Oct 2026 ⋅ 11:00 – 12:00 (Eastern European Time - Helsinki)

        Joining info
        Join with Google Meet
        https://meet.google.com/qfa-nrkt-wdx

        Organizer
        Aino Virtanen - aino.virtanen@balticropax.fi

        Guests
        Aino Virtanen - organizer
        Mikko Laaksonen
        wiebke.krueger@example.com

        First-round interview with our Head of Terminal Operations, Mikko Laaksonen.
        Please have your CV at hand - we will go through your shift-planning experience.

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXY0dGZ2

        Reply for wiebke.krueger@example.com
        Yes
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NXY0dGZ2&rst=1
        No
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NXY0dGZ2&rst=2
        Maybe
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NXY0dGZ2&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop
        receiving future updates for this event, decline this event.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Arial,sans-serif">
        <span itemscope itemtype="http://schema.org/InformAction"></span>
        <p>You have been invited to the following event.</p>
        <h2 style="font-size:20px;font-weight:400">Interview: Wiebke Krüger / Terminal Operations Lead</h2>
        <table><tr><td style="color:#70757a;width:100px">When</td><td>Wednesday 7 Oct 2026 &#8901; 11:00 &ndash; 12:00 (Eastern European Time - Helsinki)</td></tr>
        <tr><td style="color:#70757a">Joining info</td><td><a href="https://meet.google.com/qfa-nrkt-wdx">Join with Google Meet</a></td></tr>
        <tr><td style="color:#70757a">Organizer</td><td>Aino Virtanen - <a href="mailto:aino.virtanen@balticropax.fi">aino.virtanen@balticropax.fi</a></td></tr>
        <tr><td style="color:#70757a">Guests</td><td>Aino Virtanen - organizer<br>Mikko Laaksonen<br>wiebke.krueger@example.com</td></tr></table>
        <p>First-round interview with our Head of Terminal Operations, Mikko Laaksonen.<br>
        Please have your CV at hand - we will go through your shift-planning experience.</p>
        <p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261007T080000Z
        DTEND:20261007T090000Z
        DTSTAMP:20260930T071204Z
        ORGANIZER;CN=Aino Virtanen:mailto:aino.virtanen@balticropax.fi
        UID:5v4tfv2k0q3mb7r1h8dnl6ce9a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aino Virtanen;X-NUM-GUESTS=0:mailto:aino.virtanen@balticropax.fi
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mikko Laaksonen;X-NUM-GUESTS=0:mailto:mikko.laaksonen@balticropax.fi
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wiebke.krueger@example.com;X-NUM-GUESTS=0:mailto:wiebke.krueger@example.com
        X-GOOGLE-CONFERENCE:https://meet.google.com/qfa-nrkt-wdx
        CREATED:20260930T071151Z
        DESCRIPTION:First-round interview with our Head of Terminal Operations\\, Mikko Laaksonen.
        LAST-MODIFIED:20260930T071203Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview: Wiebke Krüger / Terminal Operations Lead
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Aino Virtanen", "aino.virtanen@balticropax.fi"),
              "Invitation: Interview: Wiebke Krüger / Terminal Operations Lead @ Wed 7 Oct 2026 11:00 - 12:00 (EEST) "
              "(wiebke.krueger@example.com)", "2026-09-30 10:12:04", HEL,
              "<calendar-5f0e2a1b-7c3d-4e8f-9a6b-2d1c0e9f8a7b@google.com>",
              rcvd=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", mx("4Bd9Xw3kTnz1mLq")),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Aino Virtanen", "aino.virtanen@balticropax.fi"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(5), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-01T13:00:00Z", end=None,
           contact="jonas@kajenwerk.io", company="Kajenwerk Software GmbH",
           local="Thu 2026-10-01 15:00", zone=B,
           note="Du-prose reply 'Donnerstag um 15 Uhr' sent Mon 28 Sep -> Thu 1 Oct 15:00 CEST -> 13:00Z; "
                "'ca. eine Stunde' is approximate so end null; contact = sender")
def m05():
    body = t("""
        Hi Wiebke,

        super, dann machen wir's so: Donnerstag um 15 Uhr per Google Meet, ca. eine Stunde,
        mit mir und Svenja aus dem Produktteam. Link kommt gleich per Kalendereinladung.

        Bring gern ein Beispiel mit, wie ihr bei euch am Terminal die Slots für die
        Lkw-Vorstauung plant – genau das wollen wir mit unserer Software besser machen.

        Bis Donnerstag!
        Jonas

        --
        Jonas Petersen · Co-Founder · Kajenwerk Software GmbH
        Lohmühlenstraße 65, 12435 Berlin

        Am Mo., 28. Sept. 2026 um 14:06 Uhr schrieb Wiebke Krüger <wiebke.krueger@example.com>:
        > Hallo Jonas,
        >
        > danke für die schnelle Rückmeldung! Diese Woche passt mir Donnerstag ab 14 Uhr
        > oder Freitagvormittag.
        >
        > Viele Grüße
        > Wiebke
        """)
    hs = head(addr("Jonas Petersen", "jonas@kajenwerk.io"), "Re: Kennenlernen Kajenwerk",
              "2026-09-28 17:48:22", B, "<CAF7x2kQm3pVdR9nW1z0sLh4e8yUoTgJbH5cN6aX@mail.gmail.com>",
              rcvd=("from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])", mx("4BM1Qz7pRfz2kWx")),
              extra=(("In-Reply-To", "<a3e1c8f0-5b2d-4a7e-9c61-0d4f2b8e7a19@example.com>"),
                     ("References", "<7d2c9e41-0a8b-4f3c-b5e6-1f9a2d3c4b50@kajenwerk.io>\r\n"
                                    " <a3e1c8f0-5b2d-4a7e-9c61-0d4f2b8e7a19@example.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(6), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T12:00:00Z", end="2026-11-03T13:00:00Z",
           contact="mette.sorensen@kattegatlinjen.dk", company="Kattegat Linjen A/S",
           local="Tue 2026-11-03 13:00", local_end="2026-11-03 14:00", zone=CPH,
           note="Workday HTML-only (base64) interview confirmation, Copenhagen: '1:00 PM - 2:00 PM CET' on "
                "3 Nov (CET, UTC+1) -> 12:00Z-13:00Z; contact = coordinator address in the body")
def m06():
    page = t("""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#003a63;padding:18px;color:#fff;font-size:18px">Kattegat Linjen</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Wiebke Krüger,</p>
        <p>We are pleased to confirm your interview for the position <b>Port Captain Assistant – Terminal Planning (R-10482)</b>.</p>
        <table cellpadding="6" style="border:1px solid #ddd;width:100%">
        <tr><td style="width:140px"><b>Date</b></td><td>Tuesday, November 3, 2026</td></tr>
        <tr><td><b>Time</b></td><td>1:00 PM - 2:00 PM CET</td></tr>
        <tr><td><b>Location</b></td><td>Kattegat Linjen A/S, Nordre Toldbod 18, 1259 København K, reception 2nd floor</td></tr>
        <tr><td><b>Interviewers</b></td><td>Rasmus Kjær (Terminal Manager), Mette Sørensen (Talent Acquisition)</td></tr>
        </table>
        <p>If you need to make changes, please contact your coordinator Mette Sørensen at
        <a href="mailto:mette.sorensen@kattegatlinjen.dk">mette.sorensen@kattegatlinjen.dk</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Kattegat Linjen A/S</p>
        <p style="font-size:11px;color:#999">This email was sent from an unmonitored mailbox. Please do not reply.
        Sign in to your <a href="https://kattegatlinjen.wd3.myworkdayjobs.com/Careers">candidate home</a> to view your application.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Kattegat Linjen", "kattegatlinjen@myworkday.com"),
              "Interview Confirmation – Port Captain Assistant – Terminal Planning", "2026-10-28 15:20:44", CPH,
              "<1287654321.44871.1793197244000@wd3-prod-app-041.myworkday.com>",
              rcvd=("from wd3-smtp-out07.myworkday.com (wd3-smtp-out07.myworkday.com [216.11.17.207])",
                    mx("4Bz0Ca5vNhz6dPs")))
    return message(hs, html(page, cte="base64"))


@make.mail(N(7), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T16:00:00Z", end="2026-11-02T16:45:00Z",
           contact="dana.whitfield@lakeshorefreight.com", company="Lakeshore Freight Systems",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:45", zone=CHI,
           note="Greenhouse confirmation from Chicago sent Tue 27 Oct (CDT); the interview is Mon 2 Nov, the "
                "day after US DST ended, so 10:00 AM Central = CST UTC-6 -> 16:00Z (17:00 in Rostock); "
                "contact = Reply-To recruiter")
def m07():
    body = t("""
        Hi Wiebke,

        Thanks for sharing your availability. Your interview for EMEA Port Solutions
        Consultant (Hamburg) has been scheduled:

        Monday, November 2, 2026
        10:00 AM - 10:45 AM Central Time (US & Canada)

        Interviewer: Carlos Medina, Director of Customer Success, EMEA
        Location: Zoom - https://lakeshorefreight.zoom.us/j/84733019925?pwd=Rk9zU2tWc0lH

        If anything comes up, reply to this email and it will reach me.

        Best,
        Dana Whitfield
        Senior Recruiter, Lakeshore Freight Systems
        """)
    page = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Wiebke,</p>
        <p>Thanks for sharing your availability. Your interview for <strong>EMEA Port Solutions Consultant (Hamburg)</strong> has been scheduled:</p>
        <p><strong>Monday, November 2, 2026</strong><br>10:00 AM - 10:45 AM Central Time (US &amp; Canada)</p>
        <p>Interviewer: Carlos Medina, Director of Customer Success, EMEA<br>
        Location: Zoom - <a href="https://lakeshorefreight.zoom.us/j/84733019925?pwd=Rk9zU2tWc0lH">https://lakeshorefreight.zoom.us/j/84733019925</a></p>
        <p>If anything comes up, reply to this email and it will reach me.</p>
        <p>Best,<br>Dana Whitfield<br>Senior Recruiter, Lakeshore Freight Systems</p>
        </div>
        <img src="https://us.greenhouse-mail.io/o/eJwNy0sKgDAMAMC7ZO0iaZPU.gif" width="1" height="1" alt="">
        """)
    hs = head(addr("Lakeshore Freight Systems", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: EMEA Port Solutions Consultant (Hamburg)", "2026-10-27 09:15:08", CHI,
              "<f3a9c2d7e1b84c05.20261027141508.a1b2c3@us.greenhouse-mail.io>",
              rcvd=("from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.101.37])", mx("4Bh6Vt8mKqz5xRb")),
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@lakeshorefreight.com")),))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(page)))


@make.mail(N(8), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-30T09:30:00Z", end="2026-10-30T10:00:00Z",
           contact="ida.lindqvist@skargardtalent.se", company="Vänern Shipping AB",
           local="Fri 2026-10-30 10:30", local_end="2026-10-30 11:00", zone=B,
           note="Calendly invitee confirmation, shown in the invitee's zone 'Central European Time' after the "
                "25 Oct change: 10:30 CET -> 09:30Z; agency screening for a named client, company = the "
                "client (hiring company); contact = Reply-To agency recruiter")
def m08():
    body = t("""
        Hi Wiebke Krüger,

        A new event has been scheduled.

        Event Type:
        Screening interview – Terminal Operations Manager (Vänern Shipping)

        Invitee:
        Wiebke Krüger

        Invitee Email:
        wiebke.krueger@example.com

        Event Date/Time:
        10:30 - 11:00, Friday, October 30, 2026 (Central European Time)

        Location:
        This is a Microsoft Teams web conference. Join here:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDc1YjE0@thread.v2/0

        Host:
        Ida Lindqvist, Skärgård Talent AB

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8c1e2f44-6a7b-4c9d-b0e1-f2a3b4c5d6e7
        Reschedule: https://calendly.com/reschedulings/8c1e2f44-6a7b-4c9d-b0e1-f2a3b4c5d6e7

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8c1e2f44-6a7b-4c9d-b0e1-f2a3b4c5d6e7@calendly.com
        DTSTAMP:20261026T110312Z
        DTSTART:20261030T093000Z
        DTEND:20261030T100000Z
        SUMMARY:Screening interview – Terminal Operations Manager (Vänern Shipping)
        ORGANIZER;CN=Ida Lindqvist:mailto:ida.lindqvist@skargardtalent.se
        ATTENDEE;CN=Wiebke Krüger;PARTSTAT=ACCEPTED:mailto:wiebke.krueger@example.com
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Screening interview – Terminal Operations Manager (Vänern Shipping) with Ida Lindqvist "
              "on Friday, October 30, 2026", "2026-10-26 12:03:12", B,
              "<0100019a20b9c1f4-3e7a9b12-5c4d-4e6f-8a9b-0c1d2e3f4a5b-000000@email.amazonses.com>",
              rcvd=("from a8-52.smtp-out.amazonses.com (a8-52.smtp-out.amazonses.com [54.240.8.52])", mx("4Bn3Ry6wLdz8tQc")),
              extra=(("Reply-To", addr("Ida Lindqvist", "ida.lindqvist@skargardtalent.se")),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(9), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-10-14T08:00:00Z", end="2026-10-14T08:45:00Z",
           contact=None, company="Hafenbetriebsgesellschaft Lübeck mbH",
           local="Wed 2026-10-14 10:00", local_end="2026-10-14 10:45", zone=B,
           note="Microsoft Bookings (German) from a shared mailbox; the body's zone label shows the standard "
                "offset '(UTC+01:00) Amsterdam, Berlin...' but 14 Oct is CEST, so 10:00 = 08:00Z as the ICS "
                "(W. Europe Standard Time) confirms; only a staff name, no personal address -> contact null")
def m09():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <p style="font-size:20px">Ihre Buchung wurde bestätigt</p>
        <p>Hallo Wiebke Krüger,</p>
        <p>vielen Dank für Ihre Buchung bei <b>HBL Karriere</b>. Ihr Termin ist bestätigt.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Dienst</td><td>Vorstellungsgespräch Disposition Skandinavienkai</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Mittwoch, 14. Oktober 2026 10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Kerstin Wulff</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Skandinavienkai, Verwaltungsgebäude, Raum 2.14, 23570 Lübeck-Travemünde</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/HBLKarriere@hbl-luebeck.de/bookings/s/Xq3v/manage">Buchung verwalten</a></p>
        <p>HBL Karriere<br>Hafenbetriebsgesellschaft Lübeck mbH</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=HBL Karriere:mailto:HBLKarriere@hbl-luebeck.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Wiebke Krüger:mailto:wiebke.krueger@example.com
        UID:040000008200E00074C5B7101A82E00800000000F1B9C2D4A35BDC01000000000000000010000000B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Disposition Skandinavienkai
        DTSTART;TZID=W. Europe Standard Time:20261014T100000
        DTEND;TZID=W. Europe Standard Time:20261014T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261009T093011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Skandinavienkai\\, Verwaltungsgebäude\\, Raum 2.14
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("HBL Karriere", "HBLKarriere@hbl-luebeck.de"),
              "Ihre Buchung wurde bestätigt: Vorstellungsgespräch Disposition Skandinavienkai mit Kerstin Wulff",
              "2026-10-09 11:30:11", B,
              "<AM9P195MB1442C3E07F1B6D2A9E4F83B1C7D52@AM9P195MB1442.EURP195.PROD.OUTLOOK.COM>",
              rcvd=("from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2101.outbound.protection.outlook.com [40.107.105.101])",
                    mx("4Bp5Gs1yHjz4cMw")),
              extra=(("Content-Language", "de-DE"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(10), family="forwarded", lang="de", interview=True, kind="scheduled",
           start="2026-11-12T13:00:00Z", end=None,
           contact="hauke.matthiesen@reederei-albers.de", company="Reederei Albers GmbH & Co. KG",
           local="Thu 2026-11-12 14:00", zone=B,
           note="Candidate forwards the company's confirmation to herself as a message/rfc822 attachment "
                "(Thunderbird); inner mail windows-1252 QP: 'Donnerstag, den 12. November 2026, um 14:00 Uhr' "
                "in Hamburg, CET -> 13:00Z; 'etwa 90 Minuten' approximate -> end null; contact = the sender "
                "of the attached message (never the candidate)")
def m10():
    inner_body = t("""
        Sehr geehrte Frau Krüger,

        vielen Dank für das angenehme Telefonat. Wie besprochen bestätige ich Ihnen hiermit
        den Termin für das Vorstellungsgespräch am Donnerstag, den 12. November 2026, um
        14:00 Uhr in unserem Büro am Baumwall 7, 20459 Hamburg (3. OG, bitte am Empfang melden).

        Am Gespräch nehmen Herr Kapitän Ole Behrens (Leitung Liniendienst Ostsee) und ich teil.
        Planen Sie bitte etwa 90 Minuten ein.

        Die Reisekosten (Bahn 2. Klasse) erstatten wir Ihnen selbstverständlich.

        Mit freundlichen Grüßen

        i. A. Dr. Hauke Matthiesen
        Personalleitung
        Reederei Albers GmbH & Co. KG
        Baumwall 7 · 20459 Hamburg
        Tel. +49 40 300 871-12
        """)
    inner = message([
        ("From", addr("Dr. Hauke Matthiesen", "hauke.matthiesen@reederei-albers.de", "windows-1252")),
        ("To", addr("Wiebke Krüger", "w.krueger.rostock@example.org", "windows-1252")),
        ("Subject", enc("Ihr Vorstellungsgespräch am 12.11.2026 – Disponentin Liniendienst Ostsee", "windows-1252")),
        ("Date", date("2026-11-09 11:02:40", B)),
        ("Message-ID", "<5A1C7E3F92B04D6E8F1A2B3C4D5E6F70@EXCH01.reederei-albers.local>"),
        ("Content-Language", "de-DE"),
    ], text(inner_body, charset="windows-1252"))
    note = t("""
        Zur Erinnerung an mich selbst (kam an die alte Adresse):
        Albers, Do 12.11. – Zug buchen, Zeugnisse ausdrucken!
        """)
    hs = head(addr("Wiebke Krüger", ME), "Fwd: Ihr Vorstellungsgespräch am 12.11.2026 – Disponentin Liniendienst Ostsee",
              "2026-11-09 20:14:55", B, "<b7d1e0a4-3c2f-4e19-8a5b-6f7c8d9e0a1b@example.com>",
              extra=(("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
                     ("Content-Language", "de-DE")))
    return message(hs, mixed(text(note, cte="8bit", params="format=flowed"),
                             attached_message(inner, "Ihr Vorstellungsgespräch am 12.11.2026.eml")))


@make.mail(N(11), family="reply_quoted", lang="en", interview=True, kind="scheduled",
           start="2026-11-24T08:00:00Z", end="2026-11-24T09:00:00Z",
           contact="lars.holmberg@kustfrakt.se", company="Kustfrakt AB",
           local="Tue 2026-11-24 09:00", local_end="2026-11-24 10:00", zone=STO,
           note="Hiring manager's short reply on top of a quoted thread, sent Thu 19 Nov from Stockholm: "
                "'Tuesday at 9:00 it is ... booked for 60 minutes' -> Tue 24 Nov 09:00 CET -> 08:00Z-09:00Z; "
                "contact = sender",
           days=(("Wed", "2026-11-18"),))
def m11():
    body = t("""
        Hi Wiebke,

        Tuesday at 9:00 it is. I have sent you a Teams invite; the call is booked for 60 minutes
        and our COO Karin Sjöberg will join for the second half.

        Have a good weekend,
        Lars

        Lars Holmberg
        Head of Terminal Operations | Kustfrakt AB
        Skeppsbron 12, 111 30 Stockholm
        +46 8 410 255 73

        From: Wiebke Krüger <wiebke.krueger@example.com>
        Sent: Wednesday, 18 November 2026 21:32
        To: Lars Holmberg <lars.holmberg@kustfrakt.se>
        Subject: Re: Terminal planning role - next conversation

        Hi Lars,

        thank you, that sounds great. Tuesday at 9:00 or Wednesday at 13:00 (your time) would both
        work for me.

        Best regards,
        Wiebke

        From: Lars Holmberg <lars.holmberg@kustfrakt.se>
        Sent: Wednesday, 18 November 2026 16:05
        To: Wiebke Krüger <wiebke.krueger@example.com>
        Subject: Terminal planning role - next conversation

        Hi Wiebke,

        thanks for your application to the Terminal Planning Lead role in Kapellskär. I'd like to
        have a first conversation next week - do you have an hour on Tuesday or Wednesday?

        Best,
        Lars
        """)
    hs = head(addr("Lars Holmberg", "lars.holmberg@kustfrakt.se"),
              "RE: Terminal planning role - next conversation", "2026-11-19 08:47:03", STO,
              "<HE1P190MB0409B2C6D1E84F7A9C3B2A1D0E9F8@HE1P190MB0409.EURP190.PROD.OUTLOOK.COM>",
              rcvd=("from EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur02on2119.outbound.protection.outlook.com [40.107.1.119])",
                    mx("4Bt7Nf2xPmz1wSd")),
              extra=(("In-Reply-To", "<e2b7a9c4-1d3f-4b6e-8a0c-5f9d2e1b7c83@example.com>"),
                     ("Thread-Topic", "Terminal planning role - next conversation"),
                     ("Content-Language", "en-GB")))
    return message(hs, text(body, cte="8bit"))


@make.mail(N(12), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
           start="2026-09-18T09:00:00Z", end="2026-09-18T10:00:00Z",
           contact="birte.hansen@foerdeland-logistik.de", company="Fördeland Logistik GmbH",
           local="Fri 2026-09-18 11:00", local_end="2026-09-18 12:00", zone=B,
           note="SmartRecruiters confirmation (German) 'Freitag, 18. September 2026, 11:00 – 12:00 Uhr (MESZ)' "
                "-> 09:00Z-10:00Z; closes the slot proposal of the same recruiter; contact = Reply-To")
def m12():
    body = t("""
        Hallo Wiebke Krüger,

        Ihr Interviewtermin bei Fördeland Logistik GmbH ist bestätigt.

        Stelle: Schichtkoordinator/in Ro-Ro-Terminal Flensburg
        Termin: Freitag, 18. September 2026, 11:00 – 12:00 Uhr (MESZ)
        Art: Vor-Ort-Gespräch
        Adresse: Harniskaispitze 4, 24937 Flensburg

        Ihre Ansprechpartnerin: Birte Hansen, Personalreferentin

        Sollten Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte rechtzeitig mit.

        Viele Grüße
        Ihr Recruiting-Team der Fördeland Logistik GmbH

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2b2b2b">
        <div style="max-width:600px;margin:0 auto">
        <p>Hallo Wiebke Krüger,</p>
        <p>Ihr Interviewtermin bei <b>Fördeland Logistik GmbH</b> ist bestätigt.</p>
        <div style="border-left:4px solid #0b6fb8;padding:8px 14px;background:#f3f8fc">
        <b>Stelle:</b> Schichtkoordinator/in Ro-Ro-Terminal Flensburg<br>
        <b>Termin:</b> Freitag, 18. September 2026, 11:00 – 12:00 Uhr (MESZ)<br>
        <b>Art:</b> Vor-Ort-Gespräch<br>
        <b>Adresse:</b> Harniskaispitze 4, 24937 Flensburg</div>
        <p>Ihre Ansprechpartnerin: Birte Hansen, Personalreferentin</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte rechtzeitig mit.</p>
        <p>Viele Grüße<br>Ihr Recruiting-Team der Fördeland Logistik GmbH</p>
        <p style="font-size:11px;color:#8a8a8a">Powered by SmartRecruiters</p>
        </div></body></html>
        """)
    hs = head(addr("Fördeland Logistik GmbH", "noreply@smartrecruiters.com"),
              "Ihr Interviewtermin bei Fördeland Logistik GmbH ist bestätigt", "2026-09-11 15:33:50", B,
              "<20260911133350.7c2e9f41a0b3@smartrecruiters.com>",
              rcvd=("from mail-eu.smartrecruiters.com (mail-eu.smartrecruiters.com [185.41.28.77])", mx("4Bf1Kp9tWvz6hNr")),
              extra=(("Reply-To", addr("Birte Hansen", "birte.hansen@foerdeland-logistik.de")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(13), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-12-08T14:00:00Z", end="2026-12-08T15:00:00Z",
           contact="nadine.oltmanns@hcl-shipping.com", company="Hanseatic Container Lines SE",
           local="Tue 2026-12-08 15:00", local_end="2026-12-08 16:00", zone=B,
           note="iCIMS HTML-only with ICS attachment; US template date '12/08/2026' is 8 December, "
                "'3:00 PM - 4:00 PM (GMT+01:00) Berlin' -> 14:00Z-15:00Z, ICS in UTC agrees; contact = ICS ORGANIZER")
def m13():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Dear Wiebke,</p>
        <p>Thank you for your interest in Hanseatic Container Lines. We would like to confirm the following interview:</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Position:</b></td><td>Manager Terminal Operations Baltic (Req #2026-4471)</td></tr>
        <tr><td><b>Date:</b></td><td>12/08/2026</td></tr>
        <tr><td><b>Time:</b></td><td>3:00 PM - 4:00 PM (GMT+01:00) Berlin</td></tr>
        <tr><td><b>Format:</b></td><td>Video interview (Microsoft Teams)</td></tr>
        <tr><td><b>Interview team:</b></td><td>Nadine Oltmanns, Dirk Hartwig</td></tr>
        </table>
        <p>A calendar invitation is attached to this message.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Hanseatic Container Lines SE</p>
        <p style="font-size:10px;color:#777">Please do not reply to this automated message.</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//iCIMS//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:icims-int-2026-4471-009183@icims.com
        DTSTAMP:20261202T090512Z
        DTSTART:20261208T140000Z
        DTEND:20261208T150000Z
        SUMMARY:Interview - Manager Terminal Operations Baltic - Wiebke Krüger
        LOCATION:Microsoft Teams
        ORGANIZER;CN=Nadine Oltmanns:mailto:nadine.oltmanns@hcl-shipping.com
        ATTENDEE;CN=Wiebke Krüger;RSVP=TRUE:mailto:wiebke.krueger@example.com
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Hanseatic Container Lines", "hcl-careers@talent.icims.com"),
              "Interview Confirmation - Manager Terminal Operations Baltic", "2026-12-02 10:05:12", B,
              "<1764666312.318822.icims.hcl@talent.icims.com>",
              rcvd=("from mta-out3.icims.com (mta-out3.icims.com [38.97.137.23])", mx("4Bw2Jh5sDkz3rFg")))
    return message(hs, mixed(html(page, charset="utf-8", cte="quoted-printable"),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment",
                                      name_param=True)))


@make.mail(N(14), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-15T11:00:00Z", end="2026-10-15T12:00:00Z",
           contact="signe.dahl@nordsoterminals.dk", company="Nordsø Terminals A/S",
           local="Thu 2026-10-15 13:00", local_end="2026-10-15 14:00", zone=CPH,
           note="Lever mail whose body gives no time ('see the attached calendar invitation'); the time is only "
                "in the ICS: DTSTART;TZID=Europe/Copenhagen 13:00 on 15 Oct (CEST) -> 11:00Z; contact = ICS ORGANIZER")
def m14():
    body = t("""
        Hi Wiebke,

        Your interview with Nordsø Terminals for the Operations Planner (Esbjerg) role has been
        scheduled. Please find the calendar invitation attached - it has the time and the video link.

        Interviewers:
        - Kasper Holm, Head of Operations
        - Signe Dahl, People Partner

        We're looking forward to speaking with you!

        Nordsø Terminals
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Lever//Lever Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ_CPH + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-interview-3b9f1c2e-7a4d-4e8b-9c0f-1e2d3c4b5a69
        DTSTAMP:20261008T144012Z
        DTSTART;TZID=Europe/Copenhagen:20261015T130000
        DTEND;TZID=Europe/Copenhagen:20261015T140000
        SUMMARY:Interview: Wiebke Krüger <> Nordsø Terminals (Operations Planner)
        DESCRIPTION:Video: https://meet.google.com/vbd-ueqx-pzh
        LOCATION:https://meet.google.com/vbd-ueqx-pzh
        ORGANIZER;CN=Signe Dahl:mailto:signe.dahl@nordsoterminals.dk
        ATTENDEE;CN=Wiebke Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:wiebke.krueger@example.com
        ATTENDEE;CN=Kasper Holm;ROLE=REQ-PARTICIPANT:mailto:kasper.holm@nordsoterminals.dk
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Nordsø Terminals", "no-reply@hire.lever.co"),
              "Interview scheduled: Operations Planner (Esbjerg) at Nordsø Terminals", "2026-10-08 16:40:12", CPH,
              "<0100019a4b6c7d8e-9f0a1b2c-3d4e-5f6a-7b8c-9d0e1f2a3b4c-000000@email.amazonses.com>",
              rcvd=("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])", mx("4Bg4Mz1cXtz7pLk")))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(15), family="workable", lang="de", interview=True, kind="scheduled",
           start="2026-10-19T11:30:00Z", end="2026-10-19T12:15:00Z",
           contact="soeren.lueth@trave-hafenlogistik.de", company="Trave Hafenlogistik GmbH",
           local="Mon 2026-10-19 13:30", local_end="2026-10-19 14:15", zone=B,
           note="Workable (German): 'Montag, 19. Oktober 2026, 13:30–14:15 Uhr (Europe/Berlin)' CEST -> "
                "11:30Z-12:15Z; Reply-To is a Workable relay, so contact = the address written in the body")
def m15():
    body = t("""
        Hallo Wiebke,

        vielen Dank für Ihre Bewerbung als Leitstand-Disponentin (m/w/d) bei der Trave Hafenlogistik GmbH.
        Ihr Interview ist bestätigt:

        Montag, 19. Oktober 2026, 13:30–14:15 Uhr (Europe/Berlin)
        Videocall: https://meet.google.com/kpz-tsfa-hmo

        Ansprechpartner: Sören Lüth, Teamleiter Leitstand – soeren.lueth@trave-hafenlogistik.de

        Viele Grüße
        Trave Hafenlogistik GmbH

        --
        Sie können auf diese E-Mail antworten, um das Hiring-Team zu erreichen.
        Gesendet über Workable
        """)
    hs = head(addr("Trave Hafenlogistik GmbH", "noreply@workablemail.com"),
              "Interview bestätigt: Leitstand-Disponentin (m/w/d)", "2026-10-13 09:20:35", B,
              "<5f2e8a1c9b3d.20261013072035.3@workablemail.com>",
              rcvd=("from mail-eu3.workablemail.com (mail-eu3.workablemail.com [52.58.147.9])", mx("4Bj0Sd7nGwz2fHm")),
              extra=(("Reply-To", "trave-hafenlogistik+c7f2a1e9@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Helvetica,Arial">'))))


@make.mail(N(16), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-11-10T07:30:00Z", end="2026-11-10T08:30:00Z",
           contact="a.rehberg@kuestenpersonal.de", company="Warnow Fährdienst GmbH",
           local="Tue 2026-11-10 08:30", local_end="2026-11-10 09:30", zone=B,
           note="Personnel-agency recruiter (Sie, iso-8859-1 QP) confirms the interview at her client: "
                "'Dienstag, 10. November 2026, um 8:30 Uhr ... für eine Stunde angesetzt' CET -> 07:30Z-08:30Z; "
                "company = the client, contact = the agency recruiter (sender)")
def m16():
    body = t("""
        Liebe Frau Krüger,

        gute Nachrichten: der Termin bei der Warnow Fährdienst GmbH steht!

        Dienstag, 10. November 2026, um 8:30 Uhr
        Verwaltungsgebäude Seehafen, Ost-West-Straße 32, 18147 Rostock, Raum 104

        Das Gespräch ist für eine Stunde angesetzt. Ihre Gesprächspartner sind Herr Grawe
        (Betriebsleiter) und Frau Pöhls (Personal). Ich bin telefonisch erreichbar, falls
        Sie vorher noch Fragen haben - und natürlich freue ich mich, wenn Sie mich danach
        kurz anrufen und erzählen, wie es gelaufen ist.

        Viel Erfolg!

        Herzliche Grüße
        Anja Rehberg
        Senior Consultant Logistik & Maritime

        Küstenpersonal GmbH · Lange Straße 1a · 18055 Rostock
        Tel. 0381 203 554-17 · www.kuestenpersonal.de
        """)
    hs = head(addr("Anja Rehberg", "a.rehberg@kuestenpersonal.de"),
              "Ihr Vorstellungsgespräch bei der Warnow Fährdienst GmbH", "2026-11-05 13:10:09", B,
              "<000c01db4f1e$7a8b9c00$6f8ad500$@kuestenpersonal.de>",
              rcvd=("from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])", mx("4Bl9Xc3kQrz5wJt")),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")))
    return message(hs, text(body, charset="iso-8859-1"))


# =========================================================================== positives: rescheduled


@make.mail(N(17), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z",
           contact="emma.bergstrom@oresundroro.se", company="Öresund Ro-Ro AB",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=STO,
           note="Exchange update (SEQUENCE:1) sent Tue 20 Oct (CEST) moving the interview from Thu 22 Oct 10:00 "
                "(CEST) to Tue 27 Oct 10:00, after the 25 Oct change, so CET UTC+1 -> 09:00Z; TZID W. Europe "
                "Standard Time agrees; contact = organizer",
           days=(("Thu", "2026-10-22"),))
def m17():
    body = t("""
        When: Tuesday, 27 October 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Wiebke,

        Apologies for the change - our Port Director has to be in Trelleborg on Thursday, so I have
        moved our interview from Thursday 22 October to Tuesday 27 October, same time (10:00 our time,
        which is also your time). The Teams link stays the same.

        Best regards,
        Emma Bergström
        Talent Acquisition Partner | Öresund Ro-Ro AB | Malmö

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE2ZmQ3@thread.v2/0>
        Meeting ID: 391 877 602 445
        Passcode: Ty8Ug2
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Emma Bergström:mailto:emma.bergstrom@oresundroro.se
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wiebke Krüger:mailto:wiebke.krueger@example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Per Axelsson:mailto:per.axelsson@oresundroro.se
        UID:040000008200E00074C5B7101A82E008000000003C7E1A2B9F5ADC01000000000000000010000000D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0A9
        SUMMARY;LANGUAGE=en-GB:Interview – Terminal Planner / Wiebke Krüger
        DTSTART;TZID=W. Europe Standard Time:20261027T100000
        DTEND;TZID=W. Europe Standard Time:20261027T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261020T122204Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Emma Bergström", "emma.bergstrom@oresundroro.se"),
              "Updated: Interview – Terminal Planner / Wiebke Krüger", "2026-10-20 14:22:04", STO,
              "<DB9P189MB1987F2A3B4C5D6E7F8091A2B3C4D5@DB9P189MB1987.EURP189.PROD.OUTLOOK.COM>",
              rcvd=("from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2105.outbound.protection.outlook.com [40.107.15.105])",
                    mx("4Bq3Hv6pZcz8kTn")),
              extra=(("Thread-Topic", enc("Interview – Terminal Planner / Wiebke Krüger")),
                     ("Content-Language", "en-GB")))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-11-06T10:00:00Z", end="2026-11-06T10:45:00Z",
           contact="merle@tidewise.de", company="Tidewise GmbH",
           local="Fri 2026-11-06 11:00", local_end="2026-11-06 11:45", zone=B,
           note="Du-prose (base64): 'neuer Termin: Freitag, 6. November, 11:00 Uhr' instead of Wednesday "
                "4 Nov 14:00, '45 Minuten' -> CET 10:00Z-10:45Z; old and new time in the same mail; contact = sender",
           days=(("Wed", "2026-11-04"), ("Fri", "2026-11-06")))
def m18():
    body = t("""
        Hey Wiebke,

        blöde Nachricht zuerst: wir müssen unser Gespräch am Mittwoch (4.11., 14 Uhr) leider
        verschieben, unser CTO Finn liegt mit Grippe flach und er soll unbedingt dabei sein.

        Neuer Termin: Freitag, 6. November, 11:00 Uhr, gleicher Zoom-Link, 45 Minuten.
        Ich hab die Kalendereinladung schon angepasst. Falls Freitag gar nicht geht, sag Bescheid,
        dann finden wir was in der Woche drauf.

        Sorry für das Hin und Her!
        Merle

        --
        Merle Schünemann | People & Culture | Tidewise GmbH
        Stubbenhuk 10, 20459 Hamburg
        """)
    hs = head(addr("Merle Schünemann", "merle@tidewise.de"), "Verschiebung unseres Gesprächs",
              "2026-11-02 10:31:47", B, "<CAJk9vR2fH7sNwP0qLx4mZbE3yTcUa8dG1iO5nKe@mail.gmail.com>",
              rcvd=("from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])", mx("4Bv8Tp2mLfz6gQx")))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@make.mail(N(19), family="google_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-11-16T09:00:00Z", end="2026-11-16T10:00:00Z",
           contact="thore.carstensen@marschfaehre.de", company="Marschfähre Nordfriesland GmbH",
           local="Mon 2026-11-16 10:00", local_end="2026-11-16 11:00", zone=B,
           note="Google Calendar 'Aktualisierte Einladung' in German UI, event moved to 'Montag, 16. November "
                "2026 ⋅ 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)' -> 09:00Z; ICS in UTC, SEQUENCE:2; "
                "contact = organizer",
           days=(("Fri", "2026-11-13"),))
def m19():
    body = t("""
        Diese Veranstaltung wurde geändert.

        Zweitgespräch Wiebke Krüger – Betriebsleitung Fährhafen Dagebüll

        Geändert: Datum/Uhrzeit
        Montag, 16. November 2026 ⋅ 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)
        (vorher: Freitag, 13. November 2026 ⋅ 13:00 – 14:00)

        Ort
        Marschfähre Nordfriesland, Am Fähranleger 1, 25899 Dagebüll

        Organisator
        Thore Carstensen - thore.carstensen@marschfaehre.de

        Gäste
        Thore Carstensen - Organisator
        Imke Jensen
        wiebke.krueger@example.com

        Liebe Frau Krüger, wie am Telefon besprochen verschieben wir auf Montag. Die Anreise mit
        dem Zug bis Dagebüll Mole klappt gut.

        Antworten für wiebke.krueger@example.com
        Ja
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M3pxN2Rt&rst=1
        Nein
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M3pxN2Rt&rst=2
        Vielleicht
        https://calendar.google.com/calendar/event?action=RESPOND&eid=M3pxN2Rt&rst=3

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei dieser Veranstaltung sind.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261116T090000Z
        DTEND:20261116T100000Z
        DTSTAMP:20261111T170312Z
        ORGANIZER;CN=Thore Carstensen:mailto:thore.carstensen@marschfaehre.de
        UID:3pq7dm1v8c2k9e4r6t0s5b1hxa@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thore Carstensen;X-NUM-GUESTS=0:mailto:thore.carstensen@marschfaehre.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Imke Jensen;X-NUM-GUESTS=0:mailto:imke.jensen@marschfaehre.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wiebke.krueger@example.com;X-NUM-GUESTS=0:mailto:wiebke.krueger@example.com
        CREATED:20261104T101522Z
        DESCRIPTION:Liebe Frau Krüger\\, wie am Telefon besprochen verschieben wir auf Montag.
        LAST-MODIFIED:20261111T170311Z
        LOCATION:Marschfähre Nordfriesland\\, Am Fähranleger 1\\, 25899 Dagebüll
        SEQUENCE:2
        STATUS:CONFIRMED
        SUMMARY:Zweitgespräch Wiebke Krüger – Betriebsleitung Fährhafen Dagebüll
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Thore Carstensen", "thore.carstensen@marschfaehre.de"),
              "Aktualisierte Einladung: Zweitgespräch Wiebke Krüger – Betriebsleitung Fährhafen Dagebüll @ "
              "Mo. 16. Nov. 2026 10:00 - 11:00 (MEZ) (wiebke.krueger@example.com)", "2026-11-11 18:03:12", B,
              "<calendar-9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@google.com>",
              rcvd=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", mx("4Bx1Wk7rNsz9jMd")),
              extra=(("Sender", "Google Kalender <calendar-notification@google.com>"),
                     ("Reply-To", addr("Thore Carstensen", "thore.carstensen@marschfaehre.de"))))
    return message(hs, mixed(alt(text(body), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-25T12:00:00Z", end="2026-11-25T13:30:00Z",
           contact="aino.virtanen@balticropax.fi", company="Baltic Ro-Pax Oy",
           local="Wed 2026-11-25 14:00", local_end="2026-11-25 15:30", zone=HEL,
           note="Prose from Helsinki moving the second round from Mon 23 Nov 10:00 to 'Wednesday 25 November at "
                "14:00 Helsinki time (13:00 in Rostock)', 90 minutes; EET UTC+2 -> 12:00Z-13:30Z; contact = sender",
           days=(("Mon", "2026-11-23"),))
def m20():
    body = t("""
        Dear Wiebke,

        I'm afraid we need to move your second-round interview. Our CEO has been called to the
        shipyard in Rauma on Monday, so instead of Monday 23 November at 10:00 we would like to
        meet you on Wednesday 25 November at 14:00 Helsinki time (13:00 in Rostock).

        The session is planned for 90 minutes: a case exercise on winter timetable planning with
        Mikko, then 30 minutes with our CEO Johanna Heikkinen. It stays on Google Meet, same link.

        I have already updated the invitation - thank you for being so flexible!

        Kind regards,
        Aino

        Aino Virtanen
        Senior HR Partner, Baltic Ro-Pax Oy
        Tehtaankatu 2, 00140 Helsinki
        """)
    hs = head(addr("Aino Virtanen", "aino.virtanen@balticropax.fi"),
              "New time for your second-round interview", "2026-11-20 12:15:40", HEL,
              "<CAH3mT8kW2vQp5nR0xZ7cLd1eYbUs9fG4jA6oNiP@mail.gmail.com>",
              rcvd=("from mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])", mx("4By6Ld0tHpz2vKc")))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


# =========================================================================== positives: cancelled


@make.mail(N(21), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-10-29T13:00:00Z", end="2026-10-29T14:00:00Z",
           contact="jens.kowalski@shu-stralsund.de", company="Stralsunder Hafen- und Umschlag GmbH",
           local="Thu 2026-10-29 14:00", local_end="2026-10-29 15:00", zone=B,
           note="Exchange 'Abgesagt:' with METHOD:CANCEL / STATUS:CANCELLED; cancelled slot Thu 29 Oct 14:00-15:00 "
                "(CET, after 25 Oct) -> 13:00Z-14:00Z; no new time; contact = organizer")
def m21():
    body = t("""
        Wann: Donnerstag, 29. Oktober 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Hafenverwaltung, Raum 3.02

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Krüger,

        leider muss ich unseren Termin am Donnerstag absagen – die Ausschreibung wird wegen einer
        internen Umstrukturierung überarbeitet. Ich melde mich, sobald feststeht, wie es weitergeht.

        Mit freundlichen Grüßen
        Jens Kowalski
        Personalabteilung
        Stralsunder Hafen- und Umschlag GmbH
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Jens Kowalski:mailto:jens.kowalski@shu-stralsund.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wiebke Krüger:mailto:wiebke.krueger@example.com
        UID:040000008200E00074C5B7101A82E0080000000071A2B3C4D558DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Wiebke Krüger
        DTSTART;TZID=W. Europe Standard Time:20261029T140000
        DTEND;TZID=W. Europe Standard Time:20261029T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261026T075012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Hafenverwaltung\\, Raum 3.02
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Jens Kowalski", "jens.kowalski@shu-stralsund.de"),
              "Abgesagt: Vorstellungsgespräch Wiebke Krüger", "2026-10-26 08:50:12", B,
              "<BE1P281MB2209C4D5E6F7A8B9C0D1E2F3A4B5C@BE1P281MB2209.DEUP281.PROD.OUTLOOK.COM>",
              rcvd=("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2093.outbound.protection.outlook.com [40.107.127.93])",
                    mx("4Bz5Nq3wFtz7cRk")),
              extra=(("Importance", "high"), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="recruitee", lang="en", interview=True, kind="cancelled",
           start="2026-12-02T09:00:00Z", end="2026-12-02T09:45:00Z",
           contact="priya.nair@spreekai.com", company="Spreekai Mobility GmbH",
           local="Wed 2026-12-02 10:00", local_end="2026-12-02 10:45", zone=B,
           note="Recruitee cancellation (Berlin startup, English): 'Wednesday, 2 December 2026, 10:00 - 10:45 (CET)' "
                "cancelled because the role is on hold -> 09:00Z-09:45Z; contact = Reply-To recruiter")
def m22():
    body = t("""
        Hi Wiebke,

        Unfortunately we have to cancel your interview for Operations Lead – Ferry & Micromobility
        Hubs, which was scheduled for:

        Wednesday, 2 December 2026, 10:00 - 10:45 (CET)

        The position has been put on hold for budget reasons. We're sorry for the short notice and
        will reach out if the role opens again.

        Kind regards,
        Priya Nair
        Spreekai Mobility

        Sent via Recruitee
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#1c1c1c">
        <div style="max-width:580px;margin:auto;padding:20px">
        <p>Hi Wiebke,</p>
        <p>Unfortunately we have to cancel your interview for <b>Operations Lead – Ferry &amp; Micromobility Hubs</b>, which was scheduled for:</p>
        <p style="background:#f6f7f9;padding:12px;border-radius:6px"><s>Wednesday, 2 December 2026, 10:00 - 10:45 (CET)</s></p>
        <p>The position has been put on hold for budget reasons. We're sorry for the short notice and will reach out if the role opens again.</p>
        <p>Kind regards,<br>Priya Nair<br>Spreekai Mobility</p>
        <p style="font-size:12px;color:#9aa0a6">Sent via Recruitee</p>
        </div></body></html>
        """)
    hs = head(addr("Spreekai Mobility", "no-reply@recruitee.com"),
              "Your interview with Spreekai Mobility has been cancelled", "2026-11-27 17:22:31", B,
              "<20261127162231.2f9e1a7c4b8d@mailer.recruitee.com>",
              rcvd=("from mailer.recruitee.com (mailer.recruitee.com [35.158.101.12])", mx("4Bb7Pf5yJkz4nWq")),
              extra=(("Reply-To", addr("Priya Nair", "priya.nair@spreekai.com")),))
    return message(hs, alt(text(body), html(page)))


@make.mail(N(23), family="human_prose", lang="de", interview=True, kind="cancelled",
           start="2026-12-07T09:00:00Z", end=None,
           contact="g.rathmann@hafen-wismar.de", company="Wismarer Hafenbetriebe GmbH",
           local="Mon 2026-12-07 10:00", zone=B,
           note="Sie-prose (iso-8859-15, 8bit) cancelling 'das für Montag, den 7. Dezember 2026, 10:00 Uhr vereinbarte "
                "Vorstellungsgespräch' because the post was filled internally; CET -> 09:00Z; no duration; contact = sender")
def m23():
    body = t("""
        Sehr geehrte Frau Krüger,

        leider müssen wir das für Montag, den 7. Dezember 2026, 10:00 Uhr vereinbarte
        Vorstellungsgespräch absagen. Die Stelle als Koordinatorin Hafenbetrieb wurde kurzfristig
        intern besetzt.

        Wir bedauern das sehr, zumal uns Ihre Unterlagen überzeugt haben, und würden Ihre
        Bewerbung gern - Ihr Einverständnis vorausgesetzt - für künftige Stellen vormerken.

        Mit freundlichen Grüßen

        Gesa Rathmann
        Personalwesen
        Wismarer Hafenbetriebe GmbH · Kopenhagener Straße 3 · 23966 Wismar
        """)
    hs = head(addr("Gesa Rathmann", "g.rathmann@hafen-wismar.de", "iso-8859-15"),
              "Absage des Vorstellungsgesprächs am 07.12.2026", "2026-12-02 16:40:21", B,
              "<4F2A8C1E.7B3D.4E9F.A0C1.D2E3F4A5B6C7@hafen-wismar.de>",
              rcvd=("from mail.hafen-wismar.de (mail.hafen-wismar.de [194.25.61.140])", mx("4Bc0Rm8sTvz1hXp")),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),), charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


# =========================================================================== negatives


@make.mail(N(24), family="rejection", lang="de", interview=False, company="Elbkai Terminalservice GmbH",
           note="Personio rejection after the Hamburg interview of 15 Sep; mentions that past date only")
def m24():
    body = t("""
        Guten Tag Frau Krüger,

        vielen Dank für das freundliche Gespräch am 15. September und das Interesse an der Position
        "Teamleitung Terminalplanung (m/w/d)".

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch
        etwas besser zu unseren aktuellen Anforderungen passt. Diese Entscheidung ist uns nicht
        leichtgefallen.

        Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Frauke Brodersen
        Elbkai Terminalservice GmbH
        """)
    hs = head(addr("Elbkai Terminalservice GmbH", "no-reply@mail.personio.de"),
              "Ihre Bewerbung als Teamleitung Terminalplanung (m/w/d)", "2026-09-24 10:02:51", B,
              "<0102019a6e3d2b11-8c4a7f2e-1d3b-4c5e-9a8f-7b6c5d4e3f2a@eu-central-1.amazonses.com>",
              rcvd=("from a27-44.smtp-out.eu-central-1.amazonses.com (a27-44.smtp-out.eu-central-1.amazonses.com [54.240.27.44])",
                    mx("4Bd2Wq8vKsz5mTj")),
              extra=(("Reply-To", addr("Frauke Brodersen", "frauke.brodersen@elbkai-terminal.de")),))
    return message(hs, text(body))


@make.mail(N(25), family="application_receipt", lang="en", interview=False, company="Kattegat Linjen A/S",
           note="Workday application receipt (Copenhagen); no interview, no time")
def m25():
    page = t("""
        <html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#333">
        <table width="600" align="center"><tr><td style="background:#003a63;padding:18px;color:#fff;font-size:18px">Kattegat Linjen</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Wiebke Krüger,</p>
        <p>Thank you for applying for the position <b>Port Captain Assistant – Terminal Planning (R-10482)</b>.
        We have received your application and our Talent Acquisition team will review it carefully.</p>
        <p>If your profile matches the requirements, we will contact you to arrange the next steps.
        You can follow the status of your application in your <a href="https://kattegatlinjen.wd3.myworkdayjobs.com/Careers">candidate home</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Kattegat Linjen A/S</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Kattegat Linjen", "kattegatlinjen@myworkday.com"),
              "Thank you for applying to Kattegat Linjen", "2026-10-12 21:47:09", CPH,
              "<1983746521.30021.1791834429000@wd3-prod-app-017.myworkday.com>",
              rcvd=("from wd3-smtp-out03.myworkday.com (wd3-smtp-out03.myworkday.com [216.11.17.203])", mx("4Bk1Fh4wPqz8sLn")))
    return message(hs, html(page, cte="base64"))


@make.mail(N(26), family="job_alert", lang="de", interview=False, company=None,
           note="Job-board alert (German) listing new vacancies; no appointment")
def m26():
    body = t("""
        Hallo Wiebke,

        7 neue Jobs passen zu Ihrem Suchauftrag "Disposition Fährverkehr" in Rostock (+ 150 km):

        1. Disponent/in Fähr- und Ro-Ro-Verkehr (m/w/d)
           Warnow Fährdienst GmbH – Rostock – Vollzeit
        2. Schichtleiter/in Terminalbetrieb
           Fördeland Logistik GmbH – Flensburg – Vollzeit, Schichtdienst
        3. Operations Planner (m/w/d) Short Sea
           Kajenwerk Software GmbH – Berlin/remote
        4. Koordinator/in Hafenbetrieb
           Wismarer Hafenbetriebe GmbH – Wismar
        5. Teamleitung Leitstand (m/w/d)
           Trave Hafenlogistik GmbH – Lübeck-Travemünde
        6. Sachbearbeiter/in Zoll & Verladung
           Baltic Cargo Agency GmbH – Rostock
        7. Fahrplanplaner/in Nahverkehr
           Verkehrsverbund Warnow – Rostock

        Alle Jobs ansehen: https://www.jobkompass.de/suchauftrag/8f2c1e?utm_source=alert

        Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei JobKompass angelegt haben.
        Suchauftrag ändern oder abbestellen: https://www.jobkompass.de/konto/suchauftraege
        """)
    hs = head(addr("JobKompass", "suchauftrag@mail.jobkompass.de"),
              "7 neue Jobs für „Disposition Fährverkehr“ in Rostock", "2026-10-05 07:01:33", B,
              "<20261005050133.6a1f9e2c@mail.jobkompass.de>",
              rcvd=("from mail.jobkompass.de (mail.jobkompass.de [91.198.174.33])", mx("4Bm7Dz2xCrz6nPq")),
              extra=(("List-Unsubscribe", "<https://www.jobkompass.de/konto/suchauftraege?u=8f2c1e>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(27), family="newsletter", lang="de", interview=False, company=None,
           note="Trade newsletter (maritime logistics news, German); mentions a conference date but no appointment "
                "of the reader",
           days=(("Thu", "2026-11-19"),))
def m27():
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1a1a1a;max-width:640px;margin:auto">
        <h1 style="font-size:22px">Hansa Logistik Kompakt – Ausgabe 41/2026</h1>
        <h2 style="font-size:17px">Rostock: Neuer Liegeplatz 62 geht in Betrieb</h2>
        <p>Der Seehafen Rostock hat den umgebauten Liegeplatz für RoPax-Schiffe übergeben. Damit können
        Fähren bis 240 Meter Länge gleichzeitig an drei Rampen abgefertigt werden.</p>
        <h2 style="font-size:17px">Winterfahrplan: weniger Abfahrten nach Skandinavien</h2>
        <p>Mehrere Reedereien dünnen ihre Ostsee-Fahrpläne ab November aus; Terminalbetreiber stellen sich
        auf geringere Auslastung und mehr Wartungsfenster ein.</p>
        <h2 style="font-size:17px">Termin</h2>
        <p>Die Fachtagung „Digitale Hafenprozesse“ findet am Donnerstag, 19. November 2026, in Kiel statt.
        Anmeldung über die Website des Veranstalters.</p>
        <p style="font-size:12px;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
        <a href="https://newsletter.hansa-logistik.example/abmelden">Abmelden</a></p>
        </body></html>
        """)
    hs = head(addr("Hansa Logistik Kompakt", "newsletter@hansa-logistik-kompakt.de"),
              "Hansa Logistik Kompakt 41/2026: Liegeplatz 62, Winterfahrplan, Fachtagung", "2026-10-09 06:30:00", B,
              "<nl-41-2026.wkrueger.3f9a@hansa-logistik-kompakt.de>",
              rcvd=("from mta12.newsletter2go.com (mta12.newsletter2go.com [185.156.168.12])", mx("4Bn2Ks6vTwz3gRd")),
              extra=(("List-Unsubscribe", "<https://newsletter.hansa-logistik.example/abmelden?id=3f9a>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@make.mail(N(28), family="newsletter_tips", lang="de", interview=False, company=None,
           note="Career newsletter with interview tips ('So überzeugen Sie im Vorstellungsgespräch'); no appointment")
def m28():
    body = t("""
        Karrierebrief Logistik – November 2026

        So überzeugen Sie im Vorstellungsgespräch

        1. Bereiten Sie zwei, drei konkrete Beispiele aus Ihrem Schichtalltag vor – etwa wie Sie
           bei Sturm eine Fährabfahrt umgeplant haben.
        2. Fragen Sie nach dem Schichtmodell und der Einarbeitung. Das zeigt Interesse.
        3. Üben Sie die Gehaltsfrage: nennen Sie eine Spanne, keine einzelne Zahl.
        4. Video-Interview? Testen Sie Kamera und Ton eine Viertelstunde vorher.

        Außerdem in dieser Ausgabe:
        - Was verdient eine Disponentin im Hafen? Unsere Gehaltsübersicht 2026
        - Weiterbildung: Zertifikatskurs "Terminalmanagement" startet im Januar

        Weiterlesen: https://www.karrierebrief-logistik.de/2026-11

        Abmelden: https://www.karrierebrief-logistik.de/abmelden
        """)
    hs = head(addr("Karrierebrief Logistik", "redaktion@karrierebrief-logistik.de"),
              "So überzeugen Sie im Vorstellungsgespräch – Karrierebrief November", "2026-11-03 08:00:00", B,
              "<kb-2026-11.0007731@karrierebrief-logistik.de>",
              rcvd=("from mx-out.karrierebrief-logistik.de (mx-out.karrierebrief-logistik.de [78.46.90.12])", mx("4Bp8Lt1yVxz7hSe")),
              extra=(("Precedence", "bulk"),
                     ("List-Unsubscribe", "<https://www.karrierebrief-logistik.de/abmelden>")))
    return message(hs, text(body))


@make.mail(N(29), family="recruiter_outreach", lang="en", interview=False, company="Brofjord Executive AB",
           note="Headhunter outreach from Stockholm asking for a call 'next week'; no time agreed")
def m29():
    body = t("""
        Hi Wiebke,

        I came across your profile while researching terminal planners with Baltic ferry experience.
        I'm working on a confidential search for a Nordic Ro-Pax operator that is building a new
        operations control centre and needs someone to lead the planning desk.

        Would you be open to a 20-minute call next week? Any time that suits you - just reply with a
        couple of options and I'll send an invite.

        Best regards,
        Henrik Strand
        Partner, Brofjord Executive AB
        Birger Jarlsgatan 18, Stockholm
        +46 70 312 44 90
        """)
    hs = head(addr("Henrik Strand", "henrik.strand@brofjord.se"),
              "Confidential: planning lead role, Nordic Ro-Pax operator", "2026-09-16 11:14:27", STO,
              "<VI1P190MB0711A2B3C4D5E6F708192A3B4C5D6@VI1P190MB0711.EURP190.PROD.OUTLOOK.COM>",
              rcvd=("from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2092.outbound.protection.outlook.com [40.107.8.92])",
                    mx("4Bq4Mv7zWyz2jTf")))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"),
                           html("<div style=\"font-family:Calibri,sans-serif\">" + gmail_html(body) + "</div>\n")))


@make.mail(N(30), family="availability_request", lang="de", interview=False, company="Fördeland Logistik GmbH",
           note="Recruiter proposes two interview slots (Thu 17 Sep 14:00, Fri 18 Sep 11:00) and asks which suits; "
                "not yet confirmed (the SmartRecruiters confirmation follows in another mail)",
           days=(("Thu", "2026-09-17"), ("Fri", "2026-09-18")))
def m30():
    body = t("""
        Sehr geehrte Frau Krüger,

        vielen Dank für Ihre Bewerbung als Schichtkoordinatorin Ro-Ro-Terminal. Wir würden Sie gern
        persönlich in Flensburg kennenlernen.

        Folgende Termine könnten wir Ihnen anbieten:

        - Donnerstag, 17.09.2026, 14:00 Uhr
        - Freitag, 18.09.2026, 11:00 Uhr

        Bitte teilen Sie mir mit, welcher Termin Ihnen besser passt. Sie erhalten dann eine
        Bestätigung über unser Bewerbermanagementsystem.

        Mit freundlichen Grüßen

        Birte Hansen
        Personalreferentin
        Fördeland Logistik GmbH
        Harniskaispitze 4 · 24937 Flensburg
        """)
    hs = head(addr("Birte Hansen", "birte.hansen@foerdeland-logistik.de"),
              "Terminvorschläge für ein Kennenlernen in Flensburg", "2026-09-08 10:44:19", B,
              "<AS8P193MB1285E0F1A2B3C4D5E6F7A8B9C0D1E@AS8P193MB1285.EURP193.PROD.OUTLOOK.COM>",
              rcvd=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2100.outbound.protection.outlook.com [40.107.22.100])",
                    mx("4Br9Nx3aXzz8kUg")),
              extra=(("Content-Language", "de-DE"),))
    return message(hs, text(body))


@make.mail(N(31), family="greenhouse_availability", lang="en", interview=False,
           company="Lakeshore Freight Systems",
           note="Greenhouse availability request ('let us know when you are free') before the 2 Nov interview; no time set")
def m31():
    body = t("""
        Hi Wiebke,

        Great news - the hiring team for EMEA Port Solutions Consultant (Hamburg) would like to
        move forward with a video interview with Carlos Medina.

        Please let us know your availability for a 45-minute conversation over the next two weeks
        using the link below. Times are shown in your local time zone.

        https://app.greenhouse.io/availability/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d

        Thanks,
        Dana Whitfield
        Senior Recruiter, Lakeshore Freight Systems
        """)
    hs = head(addr("Lakeshore Freight Systems", "no-reply@us.greenhouse-mail.io"),
              "Please share your availability: EMEA Port Solutions Consultant (Hamburg)", "2026-10-22 13:41:55", CHI,
              "<a7c3e9f1b5d24a60.20261022184155.d4e5f6@us.greenhouse-mail.io>",
              rcvd=("from o7.us.greenhouse-mail.io (o7.us.greenhouse-mail.io [167.89.101.37])", mx("4Bs3Pk9cYaz1mVh")),
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@lakeshorefreight.com")),))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(32), family="scheduling_link", lang="en", interview=False, company="Spreekai Mobility GmbH",
           note="Recruiter sends a Calendly booking link for a first interview; nothing booked in this mail")
def m32():
    body = t("""
        Hi Wiebke,

        thanks for applying to the Operations Lead role! We'd love to get to know you.

        Could you pick a 45-minute slot for a first interview with our COO here?
        https://calendly.com/spreekai-priya/first-interview

        Slots are shown in your time zone; anything in the next two weeks works for us.

        Cheers,
        Priya

        Priya Nair | Talent & People | Spreekai Mobility GmbH | Berlin
        """)
    hs = head(addr("Priya Nair", "priya.nair@spreekai.com"), "Next step: pick a time for your interview",
              "2026-11-18 15:07:41", B, "<CAB5fR9kT1mWq3nZ8xLc2eVbYs7dH4jG0uA6oPiN@mail.gmail.com>",
              rcvd=("from mail-yw1-f170.google.com (mail-yw1-f170.google.com [209.85.128.170])", mx("4Bt5Ql0dZbz4nWi")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(33), family="auto_reply", lang="de", interview=False, company=None,
           note="Out-of-office auto-reply from the Stralsund recruiter to the candidate's reply; return date only")
def m33():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 6. November 2026, nicht im Büro und habe keinen Zugriff
        auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@shu-stralsund.de.

        Mit freundlichen Grüßen
        Jens Kowalski
        """)
    hs = head(addr("Jens Kowalski", "jens.kowalski@shu-stralsund.de"),
              "Automatische Antwort: Abgesagt: Vorstellungsgespräch Wiebke Krüger", "2026-10-27 19:12:08", B,
              "<BE1P281MB2209AA11BB22CC33DD44EE55FF667@BE1P281MB2209.DEUP281.PROD.OUTLOOK.COM>",
              rcvd=("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2097.outbound.protection.outlook.com [40.107.127.97])",
                    mx("4Bv0Rm5eAcz6pXj")),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<d4f6a8c0-2b1e-4d3f-9a7c-5e8b0c1d2f34@example.com>"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body))


@make.mail(N(34), family="bounce", lang="en", interview=False, company=None,
           note="DSN bounce of the candidate's thank-you mail after the 24 Nov interview (typo in the domain)")
def m34():
    human = t("""
        This is the mail system at host mx01.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <lars.holmberg@kustfrackt.se>: Host or domain name not found. Name service
            error for name=kustfrackt.se type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.com
        X-Postfix-Queue-ID: 4Bw6Sn1fBdz9qYk
        X-Postfix-Sender: rfc822; wiebke.krueger@example.com
        Arrival-Date: Tue, 24 Nov 2026 12:31:05 +0100 (CET)

        Final-Recipient: rfc822; lars.holmberg@kustfrackt.se
        Original-Recipient: rfc822;lars.holmberg@kustfrackt.se
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=kustfrackt.se type=MX: Host not found, try again
        """)
    orig = t("""
        From: =?utf-8?q?Wiebke_Kr=C3=BCger?= <wiebke.krueger@example.com>
        To: Lars Holmberg <lars.holmberg@kustfrackt.se>
        Subject: Thank you for this morning
        Date: Tue, 24 Nov 2026 12:31:02 +0100
        Message-ID: <0c9e7a5b-3d1f-4e2a-8b6c-4f7e9d1a2b3c@example.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: quoted-printable
        """)
    hs = [("Received", "by mx01.example.com (Postfix)\r\n id 4Bw6Sn2gCez1rZl; Tue, 24 Nov 2026 12:31:09 +0100 (CET)"),
          ("From", "MAILER-DAEMON@mx01.example.com (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-11-24 12:31:09", B)),
          ("Message-ID", "<20261124113109.4Bw6Sn2gCez1rZl@mx01.example.com>"),
          ("Auto-Submitted", "auto-replied")]
    report = multipart("report",
                       text(human, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       raw_part([("Content-Description", "Undelivered Message Headers"),
                                 ("Content-Type", "text/rfc822-headers")], orig),
                       params="report-type=delivery-status")
    return message(hs, report)


@make.mail(N(35), family="offer", lang="de", interview=False, company="Reederei Albers GmbH & Co. KG",
           note="Job offer (Vertragsangebot) after the 12 Nov interview; start date and reply deadline, no appointment",
           days=(("Fri", "2026-11-27"),))
def m35():
    body = t("""
        Sehr geehrte Frau Krüger,

        wir freuen uns sehr, Ihnen nach dem guten Gespräch am 12. November die Position als
        Disponentin Liniendienst Ostsee anbieten zu können.

        Im Anhang finden Sie unser Vertragsangebot (Eintritt zum 1. Februar 2027, unbefristet,
        Jahresbruttogehalt wie besprochen). Bitte geben Sie uns bis Freitag, 27. November 2026,
        Bescheid, ob Sie das Angebot annehmen möchten. Für Rückfragen stehe ich Ihnen jederzeit
        gern zur Verfügung.

        Mit freundlichen Grüßen

        i. A. Dr. Hauke Matthiesen
        Personalleitung
        Reederei Albers GmbH & Co. KG
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Vertragsangebot_Krueger.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Vertragsangebot_Krueger.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4K\n"
                   "ZW5kb2JqCnRyYWlsZXIKPDwvUm9vdCAxIDAgUj4+CiUlRU9GCg==\n")
    hs = head(addr("Dr. Hauke Matthiesen", "hauke.matthiesen@reederei-albers.de"),
              "Ihr Vertragsangebot – Disponentin Liniendienst Ostsee", "2026-11-20 09:18:44", B,
              "<8E2B4D6F10A34C5E9B7D1F3A5C7E9B2D@EXCH01.reederei-albers.local>",
              rcvd=("from mail.reederei-albers.de (mail.reederei-albers.de [217.86.142.20])", mx("4Bx7Tp2hDfz3sAm")),
              extra=(("Content-Language", "de-DE"),))
    return message(hs, mixed(text(body, charset="windows-1252"), pdf))


@make.mail(N(36), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Dentist appointment confirmation with ICS: a confirmed time, not a job interview",
           days=(("Tue", "2026-10-06"),))
def m36():
    body = t("""
        Guten Tag Frau Krüger,

        hiermit bestätigen wir Ihren Termin:

        Praxis: Zahnarztpraxis Dr. Kühl, Kröpeliner Straße 48, 18055 Rostock
        Behandlung: Kontrolluntersuchung und professionelle Zahnreinigung
        Datum: Dienstag, 06.10.2026
        Uhrzeit: 08:15 Uhr

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen
        können, sagen Sie bitte mindestens 24 Stunden vorher ab.

        Ihr Praxisteam
        (gebucht über Praxistermin24)
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Praxistermin24//Terminbuchung//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:pt24-771204-kuehl@praxistermin24.de
        DTSTAMP:20260929T081500Z
        DTSTART:20261006T061500Z
        DTEND:20261006T071500Z
        SUMMARY:Zahnarzt Dr. Kühl – Kontrolle + PZR
        LOCATION:Kröpeliner Straße 48\\, 18055 Rostock
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Praxistermin24", "termine@praxistermin24.de"),
              "Terminbestätigung: Zahnarztpraxis Dr. Kühl am 06.10.2026", "2026-09-29 10:15:03", B,
              "<pt24.771204.20260929081503@praxistermin24.de>",
              rcvd=("from smtp.praxistermin24.de (smtp.praxistermin24.de [5.9.88.141])", mx("4By2Vq6iEgz5tBn")))
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="quoted-printable",
                                                  filename="termin.ics", disposition="attachment")))


@make.mail(N(37), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Exchange meeting request from a colleague at her current employer (winter timetable berth "
                "planning); work meeting, not a job interview",
           days=(("Thu", "2026-10-08"),))
def m37():
    body = t("""
        Wann: Donnerstag, 8. Oktober 2026 09:00-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Terminalgebäude, Besprechungsraum Warnow

        *~*~*~*~*~*~*~*~*~*

        Moin zusammen,

        wir müssen die Liegeplatzbelegung für den Winterfahrplan 2026/27 festzurren, bevor die
        Reedereien ihre Fahrpläne veröffentlichen. Bitte bringt eure Schichtpläne für November mit.

        Gruß
        Heiko
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Heiko Stahl:mailto:h.stahl@faehrterminal-rostock.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wiebke Krüger:mailto:wiebke.krueger@example.com
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E54FDC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
        SUMMARY;LANGUAGE=de-DE:Winterfahrplan 2026/27 – Abstimmung Liegeplätze
        DTSTART;TZID=W. Europe Standard Time:20261008T090000
        DTEND;TZID=W. Europe Standard Time:20261008T103000
        DTSTAMP:20261001T121004Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Terminalgebäude\\, Besprechungsraum Warnow
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Heiko Stahl", "h.stahl@faehrterminal-rostock.example.com"),
              "Winterfahrplan 2026/27 – Abstimmung Liegeplätze", "2026-10-01 14:10:04", B,
              "<FR2P281MB0217B1C2D3E4F5A6B7C8D9E0F1A2B@FR2P281MB0217.DEUP281.PROD.OUTLOOK.COM>",
              rcvd=("from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2110.outbound.protection.outlook.com [40.107.135.110])",
                    mx("4Bz8Wr0jFhz6uCo")),
              extra=(("Content-Language", "de-DE"),))
    return message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(38), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="City office (Bürgerbüro) appointment for a passport; iso-8859-1; confirmed time, not an interview",
           days=(("Fri", "2026-09-25"),))
def m38():
    body = t("""
        Sehr geehrte Frau Krüger,

        Ihr Termin im Bürgerbüro wurde gebucht:

        Dienstleistung: Reisepass beantragen
        Standort:       Bürgerbüro Lütten Klein, Warnowallee 31b, 18107 Rostock
        Datum:          Freitag, 25.09.2026
        Uhrzeit:        10:20 Uhr
        Vorgangsnummer: RST-2026-0914-3317

        Bitte bringen Sie Ihren bisherigen Ausweis und ein aktuelles biometrisches Passbild mit.

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

        Hanse- und Universitätsstadt Rostock
        Stadtamt
        """)
    hs = head(addr("Terminvergabe Stadt Rostock", "noreply-termine@rostock.example.org"),
              "Terminbestätigung Bürgerbüro: Reisepass beantragen", "2026-09-14 21:33:17", B,
              "<termin.RST-2026-0914-3317@rostock.example.org>",
              rcvd=("from termine.rostock.example.org (termine.rostock.example.org [195.37.12.44])", mx("4Bb3Xs4kGiz7vDp")),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(39), family="event_ticket", lang="de", interview=False, company=None,
           note="Theatre e-ticket receipt for a Saturday evening performance; an event, not an interview",
           days=(("Sat", "2026-10-17"),))
def m39():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#8b1d2c">Ihre Tickets für „Der Sturm“</h2>
        <p>Liebe Wiebke Krüger,</p>
        <p>vielen Dank für Ihre Bestellung. Ihre Print@Home-Tickets finden Sie im Anhang.</p>
        <table cellpadding="4">
        <tr><td><b>Vorstellung</b></td><td>Der Sturm – Schauspiel nach William Shakespeare</td></tr>
        <tr><td><b>Datum</b></td><td>Samstag, 17.10.2026, 19:30 Uhr (Einlass 19:00 Uhr)</td></tr>
        <tr><td><b>Ort</b></td><td>Theater am Stadthafen, Große Bühne</td></tr>
        <tr><td><b>Plätze</b></td><td>Parkett links, Reihe 7, Platz 12–13</td></tr>
        <tr><td><b>Summe</b></td><td>58,00 EUR (bezahlt per PayPal)</td></tr>
        </table>
        <p>Bestellnummer: TS-2026-118734</p>
        <p>Ihr Theater am Stadthafen Rostock</p>
        </body></html>
        """)
    hs = head(addr("Theater am Stadthafen Rostock", "tickets@theater-stadthafen.example.de"),
              "Bestellbestätigung TS-2026-118734 – Der Sturm, 17.10.2026", "2026-10-02 22:05:48", B,
              "<order-118734.1696@tickets.theater-stadthafen.example.de>",
              rcvd=("from mailout.eventim-inhouse.example.net (mailout.eventim-inhouse.example.net [193.17.80.9])",
                    mx("4Bc6Yt9lHjz1wEq")))
    return message(hs, html(page))


@make.mail(N(40), family="travel_booking", lang="de", interview=False, company=None,
           note="Train ticket Rostock-Hamburg for the day of the Albers interview (Thu 12 Nov); travel times, "
                "not the interview itself",
           days=(("Thu", "2026-11-12"),))
def m40():
    body = t("""
        Ihre Buchungsbestätigung

        Auftragsnummer: NB-7Q4K2M
        Reisende: Wiebke Krüger

        Hinfahrt am Donnerstag, 12.11.2026
          Rostock Hbf    ab 09:38   RE 5   Gleis 3
          Hamburg Hbf    an 11:44

        Rückfahrt am Donnerstag, 12.11.2026
          Hamburg Hbf    ab 17:16   RE 5   Gleis 8
          Rostock Hbf    an 19:24

        Flexpreis, 2. Klasse, inkl. City-Ticket
        Gesamtpreis: 76,40 EUR (bezahlt per SEPA-Lastschrift)

        Ihr Ticket ist im Anhang als PDF enthalten und in der App gespeichert.

        Gute Fahrt wünscht Ihnen
        Ihr Nordbahn Ticketservice
        """)
    hs = head(addr("Nordbahn Ticketservice", "buchung@nordbahn-tickets.example.de"),
              "Buchungsbestätigung NB-7Q4K2M: Rostock Hbf – Hamburg Hbf, 12.11.2026", "2026-11-09 20:31:02", B,
              "<buchung.NB-7Q4K2M.20261109193102@nordbahn-tickets.example.de>",
              rcvd=("from mail.nordbahn-tickets.example.de (mail.nordbahn-tickets.example.de [185.23.44.10])", mx("4Bd1Zu3mIkz4xFr")))
    return message(hs, text(body, cte="base64"))


@make.mail(N(41), family="assessment", lang="de", interview=False, company="Ostsee Fährhafen Kiel GmbH",
           note="Online aptitude test to complete by a deadline (Sun 18 Oct, 23:59); a deadline, not an appointment",
           days=(("Sun", "2026-10-18"),))
def m41():
    body = t("""
        Sehr geehrte Frau Krüger,

        im nächsten Schritt des Auswahlverfahrens für die Stelle "Schichtleitung Fährterminal (m/w/d)"
        bitten wir Sie, einen kurzen Online-Test zu absolvieren (ca. 40 Minuten: Zahlenreihen,
        Schichtplan-Aufgabe, Englisch).

        Bitte schließen Sie den Test bis Sonntag, 18. Oktober 2026, 23:59 Uhr ab:
        https://kompetenzcheck-online.example.de/t/fhk-2026-11873

        Sie können den Test jederzeit starten; eine Unterbrechung ist nicht möglich.

        Mit freundlichen Grüßen
        Malte Jessen
        Ostsee Fährhafen Kiel GmbH
        """)
    hs = head(addr("Malte Jessen", "m.jessen@fhk-kiel.de"), "Online-Test: Schichtleitung Fährterminal",
              "2026-10-12 11:26:38", B,
              "<FR3P281MB1734F9E8D7C6B5A4F3E2D1C0B9A88@FR3P281MB1734.DEUP281.PROD.OUTLOOK.COM>",
              rcvd=("from EUR05-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2095.outbound.protection.outlook.com [40.107.135.95])",
                    mx("4Bf5Av7nJlz8yGs")),
              extra=(("Content-Language", "de-DE"),))
    return message(hs, text(body))


@make.mail(N(42), family="rejection", lang="en", interview=False, company="Nordvik Line AB",
           note="Teamtailor rejection after the 24 Sep interview; mentions the past interview only")
def m42():
    body = t("""
        Hi Wiebke,

        Thank you for taking the time to meet Johan last month and for your interest in the Terminal
        Operations Planner role at Nordvik Line.

        After careful consideration we have decided to continue with another candidate whose
        experience is closer to our freight-only operation in Gothenburg. We really enjoyed our
        conversation and would be happy to keep your profile in our talent pool.

        All the best,
        Nordvik Line Talent Team
        """)
    hs = head(addr("Nordvik Line", "no-reply@teamtailor-mail.com"), "Update on your application at Nordvik Line",
              "2026-10-06 14:03:21", STO, "<8a2d4f6b1c3e5a7b.1791288201@teamtailor-mail.com>",
              rcvd=("from o1.ptr7731.teamtailor-mail.com (o1.ptr7731.teamtailor-mail.com [149.72.61.18])", mx("4Bg0Bw1oKmz2zHt")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(43), family="application_receipt", lang="de", interview=False, company="Deutsche Küstenhäfen AG",
           note="Taleo application receipt (German); no appointment")
def m43():
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#000">
        <p>Sehr geehrte Frau Krüger,</p>
        <p>vielen Dank für Ihre Online-Bewerbung auf die Position <b>Referentin Terminalsteuerung (Stellen-ID 2600417)</b>
        bei der Deutsche Küstenhäfen AG.</p>
        <p>Wir prüfen Ihre Unterlagen und melden uns in den nächsten drei bis vier Wochen bei Ihnen.
        Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Deutsche Küstenhäfen AG</p>
        <p style="font-size:10px;color:#666">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</p>
        </body></html>
        """)
    hs = head(addr("Deutsche Küstenhäfen AG", "kuestenhaefen@taleo.net"),
              "Eingangsbestätigung Ihrer Bewerbung – Referentin Terminalsteuerung", "2026-09-21 23:12:40", B,
              "<1184425760.129381.1790025160331.JavaMail.taleo@tlo-prod-mail03>",
              rcvd=("from tlo-prod-mail03.taleo.net (tlo-prod-mail03.taleo.net [199.87.118.62])", mx("4Bh4Cx5pLnz6aJu")))
    return message(hs, html(page, charset="iso-8859-1"))


@make.mail(N(44), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration (industry association); a fixed time, but a webinar, not an interview",
           days=(("Thu", "2026-11-26"),))
def m44():
    body = t("""
        Hi Wiebke,

        Thank you for registering for "Digital twins in ferry terminal operations".

        Date & Time: Nov 26, 2026 03:00 PM Copenhagen, Stockholm, Berlin

        Join from a PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88120047731?tk=Xq2v

        Passcode: 553109

        Add to calendar: https://us06web.zoom.us/webinar/tZUpcO2tqTso/ics

        You can cancel your registration at any time.

        Baltic Ports & Terminals Association
        """)
    hs = head(addr("Baltic Ports & Terminals Association", "no-reply@zoom.us"),
              "Digital twins in ferry terminal operations Confirmation", "2026-11-17 09:02:11", B,
              "<zoomwebinar.88120047731.4c7f@zoom.us>",
              rcvd=("from so254-31.mailgun.net (so254-31.mailgun.net [198.61.254.31])", mx("4Bi8Dy9qMoz1bKv")),
              extra=(("Reply-To", "events@balticports.example.org"),))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(45), family="status_update", lang="en", interview=False, company="Kustfrakt AB",
           note="Hiring manager's thanks after the 24 Nov interview, decision expected 'end of next week'; no appointment")
def m45():
    body = t("""
        Hi Wiebke,

        Thanks again for Tuesday - Karin and I both enjoyed the conversation, and your example of
        the storm day in Warnemünde stuck with us.

        We have two more candidates to meet this week and aim to make a decision by the end of next
        week. I'll get back to you either way.

        Best,
        Lars
        """)
    hs = head(addr("Lars Holmberg", "lars.holmberg@kustfrakt.se"), "Thanks for Tuesday",
              "2026-11-26 17:40:12", STO,
              "<HE1P190MB0409C7D8E9F0A1B2C3D4E5F6A7B8C@HE1P190MB0409.EURP190.PROD.OUTLOOK.COM>",
              rcvd=("from EUR02-HE1-obe.outbound.protection.outlook.com (mail-he1eur02on2123.outbound.protection.outlook.com [40.107.1.123])",
                    mx("4Bj2Ez3rNpz5cLw")))
    return message(hs, text(body, cte="8bit"))


@make.mail(N(46), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Google Calendar invitation from a friend (barbecue, German UI); private event",
           days=(("Sat", "2026-09-12"),))
def m46():
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Spätsommer-Grillen bei Jana & Tom

        Wann
        Samstag, 12. September 2026 ⋅ 17:00 – 22:00 (Mitteleuropäische Zeit - Berlin)

        Ort
        Kleingartenanlage „Am Schwanenteich“, Parzelle 41, Rostock

        Organisator
        Jana Behrendt - jana.behrendt@example.org

        Bringt gern Salat oder Nachtisch mit, Grillgut ist da! Bei Regen im Vereinsheim.

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20260912T150000Z
        DTEND:20260912T200000Z
        DTSTAMP:20260903T184522Z
        ORGANIZER;CN=Jana Behrendt:mailto:jana.behrendt@example.org
        UID:1k8f3m9q2v7c5b0x4n6h2d8s1t@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wiebke.krueger@example.com;X-NUM-GUESTS=0:mailto:wiebke.krueger@example.com
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Spätsommer-Grillen bei Jana & Tom
        LOCATION:Kleingartenanlage „Am Schwanenteich“\\, Parzelle 41\\, Rostock
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Jana Behrendt", "jana.behrendt@example.org"),
              "Einladung: Spätsommer-Grillen bei Jana & Tom @ Sa. 12. Sept. 2026 17:00 - 22:00 (MESZ) "
              "(wiebke.krueger@example.com)", "2026-09-03 20:45:22", B,
              "<calendar-2e4f6a8c-0b1d-4e3f-a5c7-9e1b3d5f7a9c@google.com>",
              rcvd=("from mail-sor-f65.google.com (mail-sor-f65.google.com [209.85.220.65])", mx("4Bk6Fa7sOqz9dMx")),
              extra=(("Sender", "Google Kalender <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@make.mail(N(47), family="document_request", lang="de", interview=False, company="Reederei Albers GmbH & Co. KG",
           note="Assistant asks for certificates after the interview (reply on top of quoted mail); no appointment")
def m47():
    body = t("""
        Sehr geehrte Frau Krüger,

        vielen Dank für Ihren Besuch gestern. Herr Dr. Matthiesen bat mich, Sie noch um Ihre
        Arbeitszeugnisse der letzten beiden Arbeitgeber sowie eine Kopie Ihres
        Hochschulabschlusses zu bitten. Gern als PDF an diese Adresse.

        Mit freundlichen Grüßen
        Svenja Kröger
        Assistenz der Personalleitung
        Reederei Albers GmbH & Co. KG

        -----Ursprüngliche Nachricht-----
        Von: Wiebke Krüger <wiebke.krueger@example.com>
        Gesendet: Donnerstag, 12. November 2026 19:05
        An: Dr. Hauke Matthiesen <hauke.matthiesen@reederei-albers.de>
        Betreff: Vielen Dank für das Gespräch

        Sehr geehrter Herr Dr. Matthiesen,

        herzlichen Dank für das offene Gespräch heute und die Führung über die Brücke der
        "Albers Hansa". Ich bin nach wie vor sehr an der Stelle interessiert.

        Mit freundlichen Grüßen
        Wiebke Krüger
        """)
    hs = head(addr("Svenja Kröger", "svenja.kroeger@reederei-albers.de"), "AW: Vielen Dank für das Gespräch",
              "2026-11-13 10:27:33", B, "<3C5E7A9B1D2F4A6C8E0B2D4F6A8C0E1B@EXCH01.reederei-albers.local>",
              rcvd=("from mail.reederei-albers.de (mail.reederei-albers.de [217.86.142.20])", mx("4Bm0Gb1tPrz3eNy")),
              extra=(("In-Reply-To", "<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@example.com>"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body, charset="windows-1252"))


@make.mail(N(48), family="job_fair", lang="de", interview=False, company=None,
           note="Registration for a maritime careers fair (Saturday, doors 10:00); an event, not an interview",
           days=(("Sat", "2026-10-10"),))
def m48():
    page = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <h2 style="color:#004b87">Maritime Karrieretage Hamburg 2026</h2>
        <p>Hallo Wiebke,</p>
        <p>vielen Dank für Ihre Anmeldung! Wir freuen uns auf Ihren Besuch am <b>Samstag, 10. Oktober 2026</b>,
        von 10:00 bis 17:00 Uhr im Cruise Center Altona.</p>
        <p>Über 60 Reedereien, Hafenbetriebe und Logistiker präsentieren sich. Tipp: Der CV-Check am Stand 14
        ist kostenlos, Sie brauchen nur Ihren Lebenslauf auf USB-Stick oder ausgedruckt.</p>
        <p>Ihr Eintrittsticket (QR-Code) finden Sie in Ihrem Konto.</p>
        <p>Bis bald!<br>Ihr Team der Maritimen Karrieretage</p>
        </body></html>
        """)
    hs = head(addr("Maritime Karrieretage", "info@maritime-karrieretage.example.de"),
              "Anmeldebestätigung: Maritime Karrieretage Hamburg, 10.10.2026", "2026-09-30 18:22:41", B,
              "<reg-20260930-44172@maritime-karrieretage.example.de>",
              rcvd=("from mail.maritime-karrieretage.example.de (mail.maritime-karrieretage.example.de [81.169.145.96])",
                    mx("4Bn4Hc5uQsz7fOz")))
    return message(hs, html(page))


@make.mail(N(49), family="reference_request", lang="en", interview=False, company="Baltic Ro-Pax Oy",
           note="Request for two references after the final interview; no appointment")
def m49():
    body = t("""
        Dear Wiebke,

        Thank you once more for Wednesday's session - the case exercise went down very well with
        Mikko and Johanna.

        As the next step, could you send me the names and contact details of two professional
        references, ideally one former line manager? We will only contact them with your go-ahead.

        Kind regards,
        Aino

        Aino Virtanen
        Senior HR Partner, Baltic Ro-Pax Oy
        """)
    hs = head(addr("Aino Virtanen", "aino.virtanen@balticropax.fi"), "References",
              "2026-11-27 09:55:06", HEL, "<CAH3mT8kX9pLr2sN5vQ0wYc7dZeFa1gB3hJ4iKoM@mail.gmail.com>",
              rcvd=("from mail-lf1-f51.google.com (mail-lf1-f51.google.com [209.85.167.51])", mx("4Bp8Id9vRtz1gPa")))
    return message(hs, alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


@make.mail(N(50), family="social_notification", lang="de", interview=False, company=None,
           note="Professional-network notification (profile views, a recruiter viewed the profile); no appointment")
def m50():
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hallo Wiebke,</p>
        <p><b>3 Personen</b> haben sich diese Woche Ihr Profil angesehen, darunter eine Recruiterin von
        <b>Hanseatic Container Lines SE</b>.</p>
        <p>Ihr Profil wurde in <b>12 Suchen</b> gefunden, u. a. nach „Terminalplanung“ und „Disposition Fähre“.</p>
        <p><a href="https://www.berufsnetz.example/profil/besucher">Alle Besucher ansehen</a></p>
        <p style="font-size:11px;color:#888">Berufsnetz GmbH · Benachrichtigungen verwalten</p>
        </body></html>
        """)
    hs = head(addr("Berufsnetz", "benachrichtigungen@mail.berufsnetz.example"),
              "3 Personen haben Ihr Profil besucht", "2026-11-22 10:00:04", B,
              "<notif.weekly.77120391@mail.berufsnetz.example>",
              rcvd=("from mail.berufsnetz.example (mail.berufsnetz.example [46.4.112.80])", mx("4Bq1Je2wSuz4hQb")),
              extra=(("List-Unsubscribe", "<https://www.berufsnetz.example/einstellungen/mail>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page, cte="base64"))
