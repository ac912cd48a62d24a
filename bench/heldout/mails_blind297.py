"""blind297: a blind 50-mail held-out set, the inbox of Paul Schirmer, grid planner (Netzplaner) at an
energy utility in Cottbus (Europe/Berlin), September to December 2026.

Written by a helper session that read only make.py, make_blind.py, the non-score parts of the
held-out README, the dev corpus README, dev labels, dev_002/dev_009 and score.py; it did not read
the detector, its tests, the other held-out mails, and never ran the detector. Every mail is written
by hand below, one function each; keys 1-23 are positives, 24-50 negatives. Mostly German
(Brandenburg, Berlin, Saxony, Bavaria, Austria; Du and Sie), some English (US, UK, Oslo, Warsaw).
"""

from __future__ import annotations

import base64
import hashlib
import random

import make
from make import addr, alt, attached_message, calendar, enc, gmail_html, html, mixed, raw_part, t, text

SET = "blind297"
ORDER = random.Random(2970297).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "paul.schirmer@example.com"
ME_FULL = addr("Paul Schirmer", ME)
ME_ALT = "p.schirmer@example.org"


def _h(seed: str, n: int = 16) -> str:
    return hashlib.sha1(f"{SET}-{seed}".encode(), usedforsecurity=False).hexdigest()[:n]


def rcv(host: str, ip: str, when: str, zone: str, seed: str) -> tuple[str, str]:
    by = f"mx1.example.com (Postfix) with ESMTPS id {_h(seed, 11).upper()}"
    return ("Received", make.received(f"from {host} ({host} [{ip}])", when, zone, by, ME))


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, host: str, ip: str,
         to: str = ME_FULL, extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [rcv(host, ip, when, zone, msgid), ("From", frm), ("To", to), ("Subject", enc(subject)),
            ("Date", make.date(when, zone)), ("Message-ID", msgid), *extra]


TZ_OSLO = """BEGIN:VTIMEZONE
TZID:Europe/Oslo
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

TZ_LONDON = """BEGIN:VTIMEZONE
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

TZ_CE_WIN = """BEGIN:VTIMEZONE
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

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil
Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Besprechungs-ID: {bid}
Passcode: {pc}
Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {bid}
Passcode: {pc}
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams(tpl: str, seed: str) -> str:
    n = int(_h(seed, 12), 16)
    bid = f"{n % 1000:03d} {n // 1000 % 1000:03d} {n // 10**6 % 1000:03d} {n // 10**9 % 1000:03d}"
    return tpl.format(mid=_h(seed + "m", 32), bid=bid, pc=_h(seed + "p", 6))


# =========================================================================== positives


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z", local="Tue 2026-09-15 10:00",
           local_end="2026-09-15 11:00", zone="Europe/Berlin", contact="katrin.noack@spreewald-netz.de",
           company="Spreewald Netz GmbH",
           note="Personio confirmation from no-reply, Reply-To the HR officer; 10:00-11:00 Cottbus in "
                "September = CEST (UTC+2) -> 08:00-09:00Z; on site; ICS Europe/Berlin agrees")
def m01() -> bytes:
    body = t("""
        Sehr geehrter Herr Schirmer,

        vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die
        Position „Netzplaner (m/w/d) Mittel- und Niederspannung“:

        Datum: Dienstag, 15.09.2026
        Uhrzeit: 10:00 – 11:00 Uhr
        Ort: Spreewald Netz GmbH, Am Spreeufer 12, 03046 Cottbus, Haus B, 2. OG, Raum 2.14
        Gesprächspartner: Katrin Noack (Personalreferentin), Dr. Uwe Lindner (Leiter Netzplanung)

        Bitte melden Sie sich zehn Minuten vorher am Empfang. Besucherparkplätze finden Sie im Innenhof.
        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Katrin Noack
        Personalreferentin
        Spreewald Netz GmbH

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Sehr geehrter Herr Schirmer,</p>
        <p>vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die
        Position &bdquo;Netzplaner (m/w/d) Mittel- und Niederspannung&ldquo;:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum</b></td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 &ndash; 11:00 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Spreewald Netz GmbH, Am Spreeufer 12, 03046 Cottbus, Haus B, 2. OG, Raum 2.14</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Katrin Noack (Personalreferentin), Dr. Uwe Lindner (Leiter Netzplanung)</td></tr>
        </table>
        <p>Bitte melden Sie sich zehn Minuten vorher am Empfang. Besucherparkplätze finden Sie im Innenhof.
        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br><br>Katrin Noack<br>Personalreferentin<br>Spreewald Netz GmbH</p>
        <p style="color:#9aa5b1;font-size:11px">Diese Nachricht wurde über Personio versendet.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:{_h("m01uid", 24)}@personio.de
DTSTAMP:20260908T081402Z
DTSTART;TZID=Europe/Berlin:20260915T100000
DTEND;TZID=Europe/Berlin:20260915T110000
SUMMARY:Vorstellungsgespräch Netzplaner (m/w/d) – Spreewald Netz GmbH
LOCATION:Am Spreeufer 12\\, 03046 Cottbus\\, Haus B\\, Raum 2.14
ORGANIZER;CN=Katrin Noack:mailto:katrin.noack@spreewald-netz.de
ATTENDEE;CN=Paul Schirmer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Spreewald Netz GmbH", "no-reply@personio.de"),
              "Terminbestätigung: Ihr Vorstellungsgespräch bei der Spreewald Netz GmbH",
              "2026-09-08 10:14:02", "Europe/Berlin", f"<{_h('m01', 24)}@mail.personio.de>",
              host="mail-out-3.personio.de", ip="185.21.40.13",
              extra=(("Reply-To", addr("Katrin Noack", "katrin.noack@spreewald-netz.de")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="einladung.ics",
                                           disposition="attachment", name_param=True)))


@make.mail(N(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-11-03T15:00:00Z", end="2026-11-03T16:00:00Z", local="Tue 2026-11-03 09:00",
           local_end="2026-11-03 10:00", zone="America/Chicago", contact="megan.castellano@veridianpower.com",
           company="Veridian Power Systems",
           note="Greenhouse confirmation sent in CDT (29 Oct); the interview is after the US change on "
                "1 Nov, so 9:00-10:00 AM CST = UTC-6 -> 15:00-16:00Z (16:00 CET, as the mail says); "
                "ICS America/Chicago agrees; contact = Reply-To recruiter")
def m02() -> bytes:
    body = t("""
        Hi Paul,

        Thanks for confirming your availability. Your interview for Senior Transmission Planning
        Engineer (Europe) is scheduled:

        Tuesday, November 3, 2026
        9:00 AM - 10:00 AM Central Time (CST)
        (4:00 PM - 5:00 PM in Cottbus)

        Interviewer: Dana Whitfield, Director, Interconnection Studies
        Location: Zoom - https://veridianpower.zoom.us/j/83310427765?pwd=Yk9xR2Vm

        Please note that clocks in the US go back one hour on Sunday, November 1, so the gap to
        Central European Time is seven hours on the day of your interview.

        If anything changes on your side, just reply to this email.

        Best,
        Megan Castellano
        Talent Acquisition Partner | Veridian Power Systems
        Houston, TX
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:20px">
        <p>Hi Paul,</p>
        <p>Thanks for confirming your availability. Your interview for <strong>Senior Transmission Planning
        Engineer (Europe)</strong> is scheduled:</p>
        <p><strong>Tuesday, November 3, 2026</strong><br>9:00 AM - 10:00 AM Central Time (CST)<br>
        (4:00 PM - 5:00 PM in Cottbus)</p>
        <p>Interviewer: Dana Whitfield, Director, Interconnection Studies<br>
        Location: Zoom - <a href="https://veridianpower.zoom.us/j/83310427765?pwd=Yk9xR2Vm">https://veridianpower.zoom.us/j/83310427765</a></p>
        <p>Please note that clocks in the US go back one hour on Sunday, November 1, so the gap to
        Central European Time is seven hours on the day of your interview.</p>
        <p>If anything changes on your side, just reply to this email.</p>
        <p>Best,<br>Megan Castellano<br>Talent Acquisition Partner | Veridian Power Systems<br>Houston, TX</p>
        </div>
        <img src="https://us.greenhouse-mail.io/o/{h}.gif" width="1" height="1" alt="">
        """).replace("{h}", _h("m02px", 20))
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{make.VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:gh-interview-{_h("m02uid", 12)}@greenhouse.io
DTSTAMP:20261029T150511Z
DTSTART;TZID=America/Chicago:20261103T090000
DTEND;TZID=America/Chicago:20261103T100000
SUMMARY:Interview: Paul Schirmer / Veridian Power Systems
LOCATION:https://veridianpower.zoom.us/j/83310427765
ORGANIZER;CN=Megan Castellano:mailto:megan.castellano@veridianpower.com
ATTENDEE;CN=Paul Schirmer;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@veridianpower.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Veridian Power Systems", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Transmission Planning Engineer (Europe)",
              "2026-10-29 10:05:11", "America/Chicago", f"<{_h('m02', 20)}.{_h('m02b', 8)}@us.greenhouse-mail.io>",
              host="o12.us.greenhouse-mail.io", ip="167.89.40.112",
              extra=(("Reply-To", addr("Megan Castellano", "megan.castellano@veridianpower.com")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, filename="invite.ics", disposition="attachment")))


def _elbtal_ics(seq: int, start: str, end: str, stamp: str) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Schubert, Matthias":mailto:matthias.schubert@elbtal-energienetze.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul Schirmer:mailto:{ME}
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogel, Susanne":mailto:susanne.vogel@elbtal-energienetze.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Schirmer,\\n\\nwie telefonisch besprochen\\, anbei die Einladung zum Vorstellungsgespräch.\\n
UID:040000008200E00074C5B7101A82E00800000000{_h("elbtal-uid", 32).upper()}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Netzplaner (m/w/d) – Paul Schirmer
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-OWNERAPPTID:-1834621147
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


@make.mail(N(3), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-10-27T08:30:00Z", end="2026-10-27T09:30:00Z", local="Tue 2026-10-27 09:30",
           local_end="2026-10-27 10:30", zone="Europe/Berlin",
           contact="matthias.schubert@elbtal-energienetze.de", company="Elbtal Energienetze GmbH",
           note="Exchange meeting request, TZID W. Europe Standard Time; sent 19 Oct in CEST but the "
                "interview is after the 25 Oct change, so 09:30 CET = UTC+1 -> 08:30Z; organizer = "
                "hiring manager (human sender)")
def m03() -> bytes:
    body = t("""
        Guten Tag Herr Schirmer,

        wie eben telefonisch besprochen, sende ich Ihnen hiermit die Einladung zu unserem
        Vorstellungsgespräch für die Stelle Netzplaner (m/w/d) im Bereich Hochspannung/Umspannwerke.
        Das Gespräch führen wir per Teams; neben mir nimmt Frau Vogel aus dem Personalbereich teil.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen
        Matthias Schubert
        Teamleiter Netzplanung Hochspannung
        Elbtal Energienetze GmbH | Friedrichstraße 40 | 01067 Dresden

        """) + teams(TEAMS_DE, "m03")
    page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + \
        "".join(f"<div>{line or '&nbsp;'}</div>\n" for line in body.split("\n")) + "</body></html>\n"
    when = t("""
        Wann: Dienstag, 27. Oktober 2026 09:30-10:30. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        """)
    hs = head(addr("Schubert, Matthias", "matthias.schubert@elbtal-energienetze.de"),
              "Vorstellungsgespräch Netzplaner (m/w/d) – Paul Schirmer",
              "2026-10-19 14:22:37", "Europe/Berlin",
              f"<BEZP281MB{_h('m03', 4).upper()}{_h('m03n', 6).upper()}@BEZP281MB2139.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-be0deu01on2112.outbound.protection.outlook.com", ip="52.101.79.112",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Netzplaner (m/w/d) – Paul Schirmer")),
                     ("Thread-Index", "AdtB" + _h("m03ti", 24)),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return make.message(hs, alt(text(when + body), html(page),
                                calendar(_elbtal_ics(0, "20261027T093000", "20261027T103000",
                                                     "20261019T122237Z"), cte="base64")))


@make.mail(N(4), family="outlook_calendar", lang="de", interview=True, kind="rescheduled",
           start="2026-10-29T12:00:00Z", end="2026-10-29T13:00:00Z", local="Thu 2026-10-29 13:00",
           local_end="2026-10-29 14:00", zone="Europe/Berlin",
           contact="matthias.schubert@elbtal-energienetze.de", company="Elbtal Energienetze GmbH",
           note="Exchange update (SEQUENCE:1, subject 'Aktualisiert:') moving the 27 Oct interview to "
                "Thu 29 Oct 13:00-14:00; sent in CEST, new slot in CET (UTC+1) -> 12:00-13:00Z")
def m04() -> bytes:
    body = t("""
        Guten Tag Herr Schirmer,

        leider ist bei mir am Dienstag ein Termin im Umspannwerk dazwischengekommen. Ich habe unser
        Gespräch daher auf Donnerstag, 29.10., 13:00 Uhr verschoben – Sie hatten diesen Termin ja
        als Alternative genannt. Der Teams-Link bleibt unverändert.

        Viele Grüße
        Matthias Schubert

        """) + teams(TEAMS_DE, "m03")
    when = t("""
        Wann: Donnerstag, 29. Oktober 2026 13:00-14:00. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        """)
    page = "<html><body>\n" + "".join(f"<p>{line or '&nbsp;'}</p>\n" for line in body.split("\n")) + \
        "</body></html>\n"
    hs = head(addr("Schubert, Matthias", "matthias.schubert@elbtal-energienetze.de"),
              "Aktualisiert: Vorstellungsgespräch Netzplaner (m/w/d) – Paul Schirmer",
              "2026-10-23 11:05:48", "Europe/Berlin",
              f"<BEZP281MB{_h('m04', 4).upper()}{_h('m04n', 6).upper()}@BEZP281MB2139.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-be0deu01on2119.outbound.protection.outlook.com", ip="52.101.79.119",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Netzplaner (m/w/d) – Paul Schirmer")),
                     ("Thread-Index", "AdtB" + _h("m03ti", 24) + "AAB" + _h("m04ti", 8)),
                     ("Content-Language", "de-DE")))
    return make.message(hs, alt(text(when + body), html(page),
                                calendar(_elbtal_ics(1, "20261029T130000", "20261029T140000",
                                                     "20261023T090548Z"), cte="base64")))


@make.mail(N(5), family="teamtailor", lang="en", interview=True, kind="scheduled",
           start="2026-09-23T12:00:00Z", end="2026-09-23T12:45:00Z", local="Wed 2026-09-23 14:00",
           local_end="2026-09-23 14:45", zone="Europe/Oslo", contact="ingrid.haugen@nordlyskraftnett.no",
           company="Nordlys Kraftnett AS",
           note="Teamtailor confirmation from no-reply; 14:00-14:45 Oslo time in September = CEST "
                "(UTC+2) -> 12:00-12:45Z, same clock time as Cottbus; contact = recruiter address in body")
def m05() -> bytes:
    body = t("""
        Hi Paul,

        Your interview with Nordlys Kraftnett is booked.

        Job: Senior Grid Planning Engineer – Distribution
        When: Wednesday 23 September 2026, 14:00–14:45 (Oslo time, CEST)
        Where: Google Meet – https://meet.google.com/kvr-oqtb-xne
        Interviewers: Ingrid Haugen (Talent Acquisition), Eirik Solberg (Head of Network Development)

        Questions before the interview? Write to Ingrid at ingrid.haugen@nordlyskraftnett.no.

        Kind regards,
        Nordlys Kraftnett AS

        You can add the interview to your calendar with the attached file.
        Powered by Teamtailor
        """)
    page = t("""
        <!DOCTYPE html><html><body style="margin:0;background:#f4f4f5">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;color:#111">
        <tr><td style="padding:32px">
        <p>Hi Paul,</p>
        <p>Your interview with Nordlys Kraftnett is booked.</p>
        <p><b>Job:</b> Senior Grid Planning Engineer &ndash; Distribution<br>
        <b>When:</b> Wednesday 23 September 2026, 14:00&ndash;14:45 (Oslo time, CEST)<br>
        <b>Where:</b> Google Meet &ndash; <a href="https://meet.google.com/kvr-oqtb-xne">meet.google.com/kvr-oqtb-xne</a><br>
        <b>Interviewers:</b> Ingrid Haugen (Talent Acquisition), Eirik Solberg (Head of Network Development)</p>
        <p>Questions before the interview? Write to Ingrid at
        <a href="mailto:ingrid.haugen@nordlyskraftnett.no">ingrid.haugen@nordlyskraftnett.no</a>.</p>
        <p>Kind regards,<br>Nordlys Kraftnett AS</p>
        <p style="font-size:12px;color:#71717a">You can add the interview to your calendar with the attached file.<br>Powered by Teamtailor</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interviews//EN
METHOD:REQUEST
{TZ_OSLO}
BEGIN:VEVENT
UID:tt-{_h("m05uid", 20)}
DTSTAMP:20260916T114012Z
DTSTART;TZID=Europe/Oslo:20260923T140000
DTEND;TZID=Europe/Oslo:20260923T144500
SUMMARY:Interview: Senior Grid Planning Engineer – Nordlys Kraftnett
LOCATION:https://meet.google.com/kvr-oqtb-xne
ORGANIZER;CN=Ingrid Haugen:mailto:ingrid.haugen@nordlyskraftnett.no
ATTENDEE;CN=Paul Schirmer;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nordlys Kraftnett", "no-reply@teamtailor-mail.com"),
              "Interview booked: Senior Grid Planning Engineer – Distribution",
              "2026-09-16 13:40:12", "Europe/Oslo", f"<{_h('m05', 24)}@teamtailor-mail.com>",
              host="a27-61.smtp-out.eu-west-1.amazonses.com", ip="54.240.27.61")
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, method=None, cte="base64", ctype="application/ics",
                                           filename="interview.ics", disposition="attachment")))


@make.mail(N(6), family="outlook_calendar", lang="en", interview=True, kind="scheduled",
           start="2026-11-12T10:00:00Z", end="2026-11-12T11:00:00Z", local="Thu 2026-11-12 11:00",
           local_end="2026-11-12 12:00", zone="Europe/Warsaw",
           contact="agnieszka.wroblewska@wislagrid.pl", company="Wisła Grid Solutions",
           note="Exchange request from Warsaw, TZID 'Central European Standard Time' (= Europe/Warsaw); "
                "11:00-12:00 in November = CET (UTC+1) -> 10:00-11:00Z; RFC 2047 organizer name")
def m06() -> bytes:
    body = t("""
        Dear Paul,

        Thank you for your time on the phone earlier. As agreed, please find below the invitation to
        the technical interview for the Senior Power System Planner position. You will meet
        Tomasz Zielinski (Head of Grid Studies) and me.

        Best regards,
        Agnieszka Wróblewska
        HR Business Partner
        Wisła Grid Solutions Sp. z o.o. | ul. Prosta 51 | 00-838 Warszawa

        """) + teams(TEAMS_EN, "m06")
    when = t("""
        When: Thursday, 12 November 2026 11:00-12:00. (UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_CE_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Agnieszka Wróblewska:mailto:agnieszka.wroblewska@wislagrid.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul Schirmer:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomasz Zielinski:mailto:tomasz.zielinski@wislagrid.pl
UID:040000008200E00074C5B7101A82E00800000000{_h("m06uid", 32).upper()}
SUMMARY;LANGUAGE=en-US:Technical interview – Senior Power System Planner – Paul Schirmer
DTSTART;TZID=Central European Standard Time:20261112T110000
DTEND;TZID=Central European Standard Time:20261112T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261103T081230Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    page = "<html><body>\n" + "".join(f"<p class=MsoNormal>{line or '&nbsp;'}</p>\n"
                                      for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Agnieszka Wróblewska", "agnieszka.wroblewska@wislagrid.pl"),
              "Technical interview – Senior Power System Planner – Paul Schirmer",
              "2026-11-03 09:12:30", "Europe/Warsaw",
              f"<AM9PR07MB{_h('m06', 4).upper()}{_h('m06n', 6).upper()}@AM9PR07MB7731.eurprd07.prod.outlook.com>",
              host="mail-am6eur05on2085.outbound.protection.outlook.com", ip="40.107.22.85",
              extra=(("Content-Language", "en-US"),))
    return make.message(hs, alt(text(when + body), html(page), calendar(ics, cte="base64")))


@make.mail(N(7), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-08T13:00:00Z", local="Thu 2026-10-08 15:00", zone="Europe/Berlin",
           contact="jonas.brettschneider@kiezstrom.de", company="Kiezstrom eG",
           note="Du-reply from the co-op's board member on Monday 5 Oct: 'Donnerstag um 15 Uhr' "
                "resolves to Thu 8 Oct (CEST, UTC+2) -> 13:00Z; 'so anderthalb Stunden' is approximate, "
                "end null; the two options are only in the quoted proposal")
def m07() -> bytes:
    body = t("""
        Hi Paul,

        super, dann machen wir Donnerstag um 15 Uhr – bei uns im Büro in der Wiener Straße 18,
        Hinterhaus, 3. Stock (Klingel „Kiezstrom“). Mit dabei sind Mira aus der Netzplanung und ich.
        Plan mal so anderthalb Stunden ein, wir zeigen dir danach noch kurz unser Quartiersprojekt.

        Falls du mit dem Zug kommst: vom Ostbahnhof sind's zehn Minuten mit der U1.

        Bis Donnerstag!
        Jonas

        --
        Jonas Brettschneider
        Vorstand | Kiezstrom eG
        Wiener Straße 18 · 10999 Berlin

        Am Mo., 5. Okt. 2026 um 09:12 Uhr schrieb Paul Schirmer <paul.schirmer@example.com>:
        > Hallo Jonas,
        >
        > danke für die schnelle Rückmeldung! Donnerstag um 15 Uhr passt mir sehr gut, Freitag
        > ginge zur Not auch.
        >
        > Viele Grüße
        > Paul
        >
        > Am Do., 1. Okt. 2026 um 17:03 Uhr schrieb Jonas Brettschneider <jonas.brettschneider@kiezstrom.de>:
        >> Hallo Paul,
        >>
        >> hättest du nächste Woche Zeit, mal bei uns vorbeizukommen? Donnerstag 15 Uhr oder
        >> Freitag 10 Uhr würde bei uns gehen.
        >>
        >> Jonas
        """)
    hs = head(addr("Jonas Brettschneider", "jonas.brettschneider@kiezstrom.de"),
              "Re: Deine Bewerbung als Netzplaner:in bei Kiezstrom",
              "2026-10-05 17:40:09", "Europe/Berlin", f"<CAF{_h('m07', 30)}@mail.gmail.com>",
              host="mail-wm1-f52.google.com", ip="209.85.128.52",
              extra=(("In-Reply-To", f"<{_h('m07p', 20)}@example.com>"),
                     ("References", f"<CAF{_h('n34', 30)}@mail.gmail.com> <{_h('m07p', 20)}@example.com>")))
    return make.message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(8), family="agency_prose", lang="de", interview=True, kind="scheduled",
           start="2026-11-18T09:00:00Z", local="Wed 2026-11-18 10:00", zone="Europe/Berlin",
           contact="s.kuehnel@voltwerk-personal.de", company="Saalenetz GmbH",
           note="Agency recruiter (human sender) writes Tue 17 Nov 07:48: 'morgen, Mittwoch, um 10:00 "
                "Uhr' -> Wed 18 Nov, CET (UTC+1) -> 09:00Z; 'ca. 60 Minuten' approximate, end null; "
                "company = the client Saalenetz, not the agency; windows-1252 QP")
def m08() -> bytes:
    body = t("""
        Guten Morgen Herr Schirmer,

        kurze Bestätigung: Ihr Gespräch mit der Saalenetz GmbH findet wie besprochen morgen,
        Mittwoch, um 10:00 Uhr per Microsoft Teams statt. Den Link schickt Ihnen Herr Dr. Franke
        (Bereichsleiter Netzentwicklung) direkt; falls er bis heute Abend nicht bei Ihnen ist,
        melden Sie sich bitte kurz bei mir.

        Gesprächspartner: Dr. Holger Franke, Frau Anja Seidel (Personal)
        Dauer: ca. 60 Minuten

        Inhaltlich wird es vor allem um Ihre Erfahrung mit Zielnetzplanung und Netzanschlussprüfungen
        für PV-Parks gehen – genau das, was wir am Telefon besprochen haben.

        Ich drücke Ihnen die Daumen und rufe Sie morgen Nachmittag kurz an!

        Mit freundlichen Grüßen

        Sandra Kühnel
        Senior Consultant Energiewirtschaft
        Voltwerk Personalberatung GmbH
        Käthe-Kollwitz-Straße 64 · 04109 Leipzig
        Tel. +49 341 2270 418 · s.kuehnel@voltwerk-personal.de
        """)
    hs = head(addr("Sandra Kühnel", "s.kuehnel@voltwerk-personal.de"),
              "Ihr Gespräch bei der Saalenetz GmbH – morgen 10:00 Uhr",
              "2026-11-17 07:48:51", "Europe/Berlin",
              f"<FR3P281MB{_h('m08', 10).upper()}@FR3P281MB1570.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-fr2deu01on2102.outbound.protection.outlook.com", ip="52.101.70.102",
              extra=(("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")))
    page = "<html><body style=\"font-family:Calibri,sans-serif\">\n" + "".join(
        f"<p class=MsoNormal>{line or '&nbsp;'}</p>\n" for line in body.split("\n")) + "</body></html>\n"
    return make.message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@make.mail(N(9), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
           start="2026-09-28T11:30:00Z", end="2026-09-28T12:30:00Z", local="Mon 2026-09-28 13:30",
           local_end="2026-09-28 14:30", zone="Europe/Berlin", contact="veronika.huber@isarwerk-netze.de",
           company="Isarwerk Netze GmbH",
           note="SmartRecruiters confirmation from noreply; Munich, 13:30-14:30 CEST (UTC+2) -> "
                "11:30-12:30Z; ICS inline; contact = recruiter address in the body")
def m09() -> bytes:
    body = t("""
        Hallo Herr Schirmer,

        vielen Dank, dass Sie einen Termin ausgewählt haben. Ihr Videointerview ist bestätigt:

        Stelle: Ingenieur Netzplanung Hochspannung (m/w/d)
        Datum: Montag, 28. September 2026
        Uhrzeit: 13:30 - 14:30 (MESZ)
        Format: Microsoft Teams (Link in der Kalendereinladung)
        Gesprächspartner: Veronika Huber (Recruiting), Stefan Obermaier (Abteilungsleiter Netzplanung)

        Bei Rückfragen erreichen Sie mich unter veronika.huber@isarwerk-netze.de oder
        +49 89 2381 5521.

        Viele Grüße aus München
        Veronika Huber
        Isarwerk Netze GmbH

        Diese E-Mail wurde über SmartRecruiters versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hallo Herr Schirmer,</p>
        <p>vielen Dank, dass Sie einen Termin ausgewählt haben. Ihr Videointerview ist bestätigt:</p>
        <p><b>Stelle:</b> Ingenieur Netzplanung Hochspannung (m/w/d)<br>
        <b>Datum:</b> Montag, 28. September 2026<br>
        <b>Uhrzeit:</b> 13:30 - 14:30 (MESZ)<br>
        <b>Format:</b> Microsoft Teams (Link in der Kalendereinladung)<br>
        <b>Gesprächspartner:</b> Veronika Huber (Recruiting), Stefan Obermaier (Abteilungsleiter Netzplanung)</p>
        <p>Bei Rückfragen erreichen Sie mich unter
        <a href="mailto:veronika.huber@isarwerk-netze.de">veronika.huber@isarwerk-netze.de</a> oder +49 89 2381 5521.</p>
        <p>Viele Grüße aus München<br>Veronika Huber<br>Isarwerk Netze GmbH</p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde über SmartRecruiters versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:{_h("isar-uid", 8)}-{_h("isar-uid2", 4)}-{_h("isar-uid3", 12)}@smartrecruiters.com
DTSTAMP:20260921T071500Z
DTSTART;TZID=Europe/Berlin:20260928T133000
DTEND;TZID=Europe/Berlin:20260928T143000
SUMMARY:Videointerview Isarwerk Netze GmbH – Paul Schirmer
DESCRIPTION:Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{_h("isar-t", 24)}%40thread.v2/0
ORGANIZER;CN=Veronika Huber:mailto:veronika.huber@isarwerk-netze.de
ATTENDEE;CN=Paul Schirmer;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Isarwerk Netze GmbH", "noreply@smartrecruiters.com"),
              "Interviewbestätigung: Ingenieur Netzplanung Hochspannung (m/w/d)",
              "2026-09-21 09:15:00", "Europe/Berlin", f"<{_h('m09', 32)}@smartrecruiters.com>",
              host="mta-12.smartrecruiters.com", ip="198.2.180.12")
    return make.message(hs, alt(text(body), html(page), calendar(ics, cte="8bit")))


@make.mail(N(10), family="smartrecruiters", lang="de", interview=True, kind="cancelled",
           start="2026-09-28T11:30:00Z", end="2026-09-28T12:30:00Z", local="Mon 2026-09-28 13:30",
           local_end="2026-09-28 14:30", zone="Europe/Berlin", contact="veronika.huber@isarwerk-netze.de",
           company="Isarwerk Netze GmbH",
           note="SmartRecruiters cancellation with METHOD:CANCEL ICS (the position is on hold, no new "
                "time); the cancelled slot is 28 Sep 13:30-14:30 CEST -> 11:30-12:30Z")
def m10() -> bytes:
    body = t("""
        Hallo Herr Schirmer,

        leider müssen wir Ihr Videointerview am Montag, 28.09.2026 um 13:30 Uhr absagen. Die
        Besetzung der Stelle „Ingenieur Netzplanung Hochspannung (m/w/d)“ wurde aufgrund einer
        internen Umstrukturierung vorerst zurückgestellt.

        Wir bedauern das sehr und melden uns bei Ihnen, sobald wir die Stelle wieder ausschreiben.
        Ihre Unterlagen würden wir gern – Ihr Einverständnis vorausgesetzt – bis dahin in unserem
        Talentpool behalten.

        Viele Grüße
        Veronika Huber
        Isarwerk Netze GmbH · veronika.huber@isarwerk-netze.de

        Diese E-Mail wurde über SmartRecruiters versendet.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:{_h("isar-uid", 8)}-{_h("isar-uid2", 4)}-{_h("isar-uid3", 12)}@smartrecruiters.com
DTSTAMP:20260924T140200Z
DTSTART;TZID=Europe/Berlin:20260928T133000
DTEND;TZID=Europe/Berlin:20260928T143000
SUMMARY:Abgesagt: Videointerview Isarwerk Netze GmbH – Paul Schirmer
ORGANIZER;CN=Veronika Huber:mailto:veronika.huber@isarwerk-netze.de
ATTENDEE;CN=Paul Schirmer:mailto:{ME}
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Isarwerk Netze GmbH", "noreply@smartrecruiters.com"),
              "Absage Ihres Interviewtermins – Ingenieur Netzplanung Hochspannung (m/w/d)",
              "2026-09-24 16:02:44", "Europe/Berlin", f"<{_h('m10', 32)}@smartrecruiters.com>",
              host="mta-07.smartrecruiters.com", ip="198.2.180.7")
    return make.message(hs, mixed(text(body), calendar(ics, method="CANCEL", cte="base64",
                                                       filename="absage.ics", disposition="attachment")))


@make.mail(N(11), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-10-21T09:00:00Z", end="2026-10-21T09:45:00Z", local="Wed 2026-10-21 11:00",
           local_end="2026-10-21 11:45", zone="Europe/Berlin", contact="lena.okafor@tesseragrid.io",
           company="Tessera Grid Analytics",
           note="Ashby confirmation, Berlin start-up in English; 11:00-11:45 CEST (UTC+2, before the "
                "25 Oct change) -> 09:00-09:45Z; contact = Reply-To recruiter = ICS organizer")
def m11() -> bytes:
    body = t("""
        Hi Paul,

        You're all set! Here are the details of your upcoming interview with Tessera Grid Analytics.

        Hosting-capacity deep dive (45 min)
        Wednesday, October 21, 2026
        11:00 AM - 11:45 AM CEST
        Google Meet: https://meet.google.com/wdx-fhzr-kpa

        You'll be meeting with:
        Jakob Stein - Staff Engineer, Power Flow

        Need to reschedule? Just reply to this email and Lena will help.

        Tessera Grid Analytics
        """)
    page = t("""
        <!DOCTYPE html><html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#1c1c1c">
        <p>Hi Paul,</p>
        <p>You're all set! Here are the details of your upcoming interview with Tessera Grid Analytics.</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:16px">
        <div style="font-weight:600">Hosting-capacity deep dive (45 min)</div>
        <div>Wednesday, October 21, 2026</div><div>11:00 AM - 11:45 AM CEST</div>
        <div>Google Meet: <a href="https://meet.google.com/wdx-fhzr-kpa">meet.google.com/wdx-fhzr-kpa</a></div>
        </div>
        <p>You'll be meeting with:<br>Jakob Stein - Staff Engineer, Power Flow</p>
        <p>Need to reschedule? Just reply to this email and Lena will help.</p>
        <p>Tessera Grid Analytics</p></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:{_h("m11a", 8)}-{_h("m11b", 4)}-{_h("m11c", 4)}-{_h("m11d", 12)}
DTSTAMP:20261014T142044Z
DTSTART:20261021T090000Z
DTEND:20261021T094500Z
SEQUENCE:0
SUMMARY:Tessera Grid Analytics – Hosting-capacity deep dive (Paul Schirmer)
LOCATION:https://meet.google.com/wdx-fhzr-kpa
ORGANIZER;CN=Lena Okafor:mailto:lena.okafor@tesseragrid.io
ATTENDEE;CN=Paul Schirmer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tessera Grid Analytics", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Power Systems Engineer at Tessera Grid Analytics",
              "2026-10-14 16:20:44", "Europe/Berlin",
              f"<0100019{_h('m11', 9)}-{_h('m11x', 8)}-{_h('m11y', 4)}-000000@email.amazonses.com>",
              host="a8-25.smtp-out.amazonses.com", ip="54.240.8.25",
              extra=(("Reply-To", addr("Lena Okafor", "lena.okafor@tesseragrid.io")),))
    return make.message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(12), family="lever", lang="en", interview=True, kind="scheduled",
           start="2026-10-13T14:00:00Z", end="2026-10-13T15:00:00Z", local="Tue 2026-10-13 15:00",
           local_end="2026-10-13 16:00", zone="Europe/London",
           contact="oliver.pennington@kestrelrenewables.co.uk", company="Kestrel Renewables",
           note="Lever confirmation from London; '3:00pm - 4:00pm (BST)' = UTC+1 -> 14:00-15:00Z "
                "(16:00 in Cottbus); no ICS; contact = Reply-To recruiter")
def m12() -> bytes:
    body = t("""
        Hi Paul,

        Thanks for choosing a time - your interview for Grid Connections Lead (Germany) is confirmed.

        Date: Tuesday 13 October 2026
        Time: 3:00pm - 4:00pm (BST) / 4:00pm - 5:00pm CEST
        Video: https://kestrelrenewables.zoom.us/j/92184470316
        Panel: Hannah Rees (Head of Grid, Continental Europe), Oliver Pennington (Talent)

        We'll talk through a grid-connection application you've worked on, so feel free to bring a
        redacted example.

        Cheers,
        Oliver Pennington
        Talent Partner, Kestrel Renewables Ltd
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px">
        <p>Hi Paul,</p>
        <p>Thanks for choosing a time - your interview for <b>Grid Connections Lead (Germany)</b> is confirmed.</p>
        <ul><li>Date: Tuesday 13 October 2026</li>
        <li>Time: 3:00pm - 4:00pm (BST) / 4:00pm - 5:00pm CEST</li>
        <li>Video: <a href="https://kestrelrenewables.zoom.us/j/92184470316">kestrelrenewables.zoom.us/j/92184470316</a></li>
        <li>Panel: Hannah Rees (Head of Grid, Continental Europe), Oliver Pennington (Talent)</li></ul>
        <p>We'll talk through a grid-connection application you've worked on, so feel free to bring a
        redacted example.</p>
        <p>Cheers,<br>Oliver Pennington<br>Talent Partner, Kestrel Renewables Ltd</p>
        <img src="https://hire.lever.co/email/open/{h}" width="1" height="1">
        </body></html>
        """).replace("{h}", _h("m12px", 24))
    hs = head(addr("Kestrel Renewables", "no-reply@hire.lever.co"),
              "Your interview with Kestrel Renewables is confirmed",
              "2026-10-05 11:30:26", "Europe/London", f"<{_h('m12', 24)}@hire.lever.co>",
              host="mail-a.hire.lever.co", ip="159.183.2.71",
              extra=(("Reply-To", addr("Oliver Pennington", "oliver.pennington@kestrelrenewables.co.uk")),))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(13), family="google_calendar", lang="en", interview=True, kind="cancelled",
           start="2026-10-13T14:00:00Z", end="2026-10-13T15:00:00Z", local="Tue 2026-10-13 15:00",
           local_end="2026-10-13 16:00", zone="Europe/London", contact="hannah.rees@kestrelrenewables.co.uk",
           company="Kestrel Renewables",
           note="Google Calendar cancellation (METHOD:CANCEL) of the Lever-booked panel; the slot "
                "3pm-4pm BST = 14:00-15:00Z; contact = organizer (Reply-To), the hiring manager")
def m13() -> bytes:
    body = t("""
        This event has been cancelled.

        Kestrel Renewables – Interview Paul Schirmer (Grid Connections Lead)
        Tuesday 13 Oct 2026 ⋅ 3pm – 4pm (British Summer Time)

        Organiser
        Hannah Rees
        hannah.rees@kestrelrenewables.co.uk

        Guests
        Hannah Rees - organiser
        Oliver Pennington
        paul.schirmer@example.com

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser,
        be added to the guest list, invite others regardless of their own invitation status, or
        modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Cancelled event"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="color:#d93025;font-size:16px">This event has been cancelled.</h2>
        <h3>Kestrel Renewables &ndash; Interview Paul Schirmer (Grid Connections Lead)</h3>
        <p>Tuesday 13 Oct 2026 &sdot; 3pm &ndash; 4pm (British Summer Time)</p>
        <p><b>Organiser</b><br>Hannah Rees<br>hannah.rees@kestrelrenewables.co.uk</p>
        <p><b>Guests</b><br>Hannah Rees - organiser<br>Oliver Pennington<br>paul.schirmer@example.com</p>
        <p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{TZ_LONDON}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261013T150000
DTEND;TZID=Europe/London:20261013T160000
DTSTAMP:20261009T090014Z
ORGANIZER;CN=Hannah Rees:mailto:hannah.rees@kestrelrenewables.co.uk
UID:{_h("m13uid", 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paul Schirmer;X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261005T103112Z
LAST-MODIFIED:20261009T090014Z
LOCATION:https://kestrelrenewables.zoom.us/j/92184470316
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Kestrel Renewables – Interview Paul Schirmer (Grid Connections Lead)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Hannah Rees", "hannah.rees@kestrelrenewables.co.uk"),
              "Cancelled event: Kestrel Renewables – Interview Paul Schirmer (Grid Connections Lead) "
              "@ Tue 13 Oct 2026 3pm - 4pm (BST) (paul.schirmer@example.com)",
              "2026-10-09 10:00:14", "Europe/London", f"<calendar-{_h('m13', 8)}-{_h('m13b', 4)}@google.com>",
              host="mail-sor-f73.google.com", ip="209.85.220.73",
              extra=(("Reply-To", addr("Hannah Rees", "hannah.rees@kestrelrenewables.co.uk")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return make.message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                                  calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(14), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-09-17T08:00:00Z", end="2026-09-17T08:45:00Z", local="Thu 2026-09-17 10:00",
           local_end="2026-09-17 10:45", zone="Europe/Berlin", contact=None,
           company="Lausitz Wasserstoff Hub GmbH",
           note="Microsoft Bookings confirmation from a shared booking mailbox; the body shows "
                "'(UTC+01:00) Amsterdam, Berlin...' though 17 Sep is CEST (UTC+2): 10:00 -> 08:00Z, "
                "the ICS (W. Europe Standard Time) agrees; staff only by name -> contact null")
def m14() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #edebe9">
        <tr><td style="background:#0f6e4d;color:#fff;padding:16px;font-size:20px">Lausitz Wasserstoff Hub – Karrieretermine</td></tr>
        <tr><td style="padding:20px">
        <p>Hallo Paul Schirmer,</p>
        <p>vielen Dank für Ihre Buchung. Ihr Termin ist bestätigt.</p>
        <p><b>Kennenlerngespräch Projektingenieur Netzanschluss (m/w/d)</b><br>
        Donnerstag, 17. September 2026<br>
        10:00 - 10:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</p>
        <p><b>Mitarbeiter:</b> Thomas Richter</p>
        <p><b>Ort:</b> Microsoft Teams-Besprechung<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h}%40thread.v2/0">An Teams-Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/Karrieretermine@lausitz-h2hub.de/bookings/">Termin verschieben</a> |
        <a href="https://outlook.office365.com/owa/calendar/Karrieretermine@lausitz-h2hub.de/bookings/">Termin absagen</a></p>
        <p>Lausitz Wasserstoff Hub GmbH<br>Karl-Liebknecht-Straße 130, 03046 Cottbus</p>
        </td></tr></table>
        <p style="font-size:11px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </body></html>
        """).replace("{h}", _h("m14t", 24))
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Lausitz Wasserstoff Hub – Karrieretermine:mailto:Karrieretermine@lausitz-h2hub.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul Schirmer:mailto:{ME}
UID:040000008200E00074C5B7101A82E00800000000{_h("m14uid", 32).upper()}
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Projektingenieur Netzanschluss (m/w/d)
DTSTART;TZID=W. Europe Standard Time:20260917T100000
DTEND;TZID=W. Europe Standard Time:20260917T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260910T104012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lausitz Wasserstoff Hub – Karrieretermine", "Karrieretermine@lausitz-h2hub.de"),
              "Gebuchter Termin: Kennenlerngespräch Projektingenieur Netzanschluss (m/w/d)",
              "2026-09-10 12:40:12", "Europe/Berlin",
              f"<FR2P281MB{_h('m14', 10).upper()}@FR2P281MB0993.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-fr2deu01on2097.outbound.protection.outlook.com", ip="52.101.70.97")
    return make.message(hs, alt(html(page, cte="base64"), calendar(ics, cte="base64")))


@make.mail(N(15), family="workable", lang="de", interview=True, kind="scheduled",
           start="2026-11-20T09:00:00Z", end="2026-11-20T09:45:00Z", local="Fri 2026-11-20 10:00",
           local_end="2026-11-20 10:45", zone="Europe/Berlin", contact="florian.weiss@fichtelwerk.de",
           company="Fichtelwerk Energie GmbH",
           note="Workable confirmation, Bayreuth; 10:00 MEZ, 'Dauer: 45 Minuten' -> 09:00-09:45Z "
                "(CET, UTC+1); Reply-To is a Workable relay, so contact = hiring manager in the body")
def m15() -> bytes:
    body = t("""
        Hallo Paul,

        Ihr Interview für die Stelle Netzplaner Verteilnetz (m/w/d) bei Fichtelwerk Energie GmbH
        ist bestätigt.

        Freitag, 20. November 2026, 10:00 Uhr (MEZ)
        Dauer: 45 Minuten
        Art: Telefoninterview – wir rufen Sie unter +49 151 2046 7788 an.

        Ihr Gesprächspartner ist Florian Weiß, Leiter Netzplanung (florian.weiss@fichtelwerk.de).

        Falls Sie den Termin ändern müssen, antworten Sie bitte auf diese E-Mail.

        Viele Grüße
        Das Team von Fichtelwerk Energie GmbH

        --
        Gesendet mit Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hallo Paul,</p>
        <p>Ihr Interview für die Stelle <b>Netzplaner Verteilnetz (m/w/d)</b> bei Fichtelwerk Energie GmbH ist bestätigt.</p>
        <p style="background:#f5f7f8;padding:12px"><b>Freitag, 20. November 2026, 10:00 Uhr (MEZ)</b><br>
        Dauer: 45 Minuten<br>Art: Telefoninterview &ndash; wir rufen Sie unter +49 151 2046 7788 an.</p>
        <p>Ihr Gesprächspartner ist Florian Weiß, Leiter Netzplanung
        (<a href="mailto:florian.weiss@fichtelwerk.de">florian.weiss@fichtelwerk.de</a>).</p>
        <p>Falls Sie den Termin ändern müssen, antworten Sie bitte auf diese E-Mail.</p>
        <p>Viele Grüße<br>Das Team von Fichtelwerk Energie GmbH</p>
        <p style="font-size:11px;color:#999">Gesendet mit Workable</p></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{_h("m15uid", 20)}@workable.com
DTSTAMP:20261112T080512Z
DTSTART:20261120T090000Z
DTEND:20261120T094500Z
SUMMARY:Telefoninterview: Paul Schirmer – Netzplaner Verteilnetz (m/w/d)
ORGANIZER;CN=Fichtelwerk Energie GmbH:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Paul Schirmer;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    relay = f"fichtelwerk-energie+{_h('m15r', 10)}@candidates.workablemail.com"
    hs = head(addr("Fichtelwerk Energie GmbH", "noreply@candidates.workablemail.com"),
              "Interview bestätigt: Netzplaner Verteilnetz (m/w/d)",
              "2026-11-12 09:05:12", "Europe/Berlin", f"<{_h('m15', 24)}@candidates.workablemail.com>",
              host="o3.candidates.workablemail.com", ip="149.72.161.33",
              extra=(("Reply-To", addr("Fichtelwerk Energie GmbH", relay)),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@make.mail(N(16), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-11-10T13:00:00Z", end="2026-11-10T14:00:00Z", local="Tue 2026-11-10 14:00",
           local_end="2026-11-10 15:00", zone="Europe/Berlin",
           contact="claudia.behrendt@uckermark-windnetz.de", company="Uckermark Wind Netz GmbH",
           note="Google Calendar invitation with German UI, '14:00 - 15:00 (MEZ)' -> CET (UTC+1) "
                "-> 13:00-14:00Z; contact = organizer (human sender/Reply-To)")
def m16() -> bytes:
    body = t("""
        Fachgespräch Netzplanung – Paul Schirmer
        Dienstag, 10. Nov. 2026 ⋅ 14:00–15:00
        Mitteleuropäische Normalzeit - Berlin

        Ort: Uckermark Wind Netz GmbH, Brüssower Allee 90, 17291 Prenzlau, Besprechungsraum „Windpark“

        Lieber Herr Schirmer, wie besprochen das Fachgespräch vor Ort mit Herrn Dahlke (Technischer
        Leiter) und mir. Bitte bringen Sie gern ein Beispiel einer Netzberechnung mit. Viele Grüße,
        Claudia Behrendt

        Organisator
        Claudia Behrendt
        claudia.behrendt@uckermark-windnetz.de

        Gäste
        Claudia Behrendt – Organisator
        Rainer Dahlke
        paul.schirmer@example.com

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Lehnen Sie den Termin ab,
        um keine weiteren Updates dazu zu erhalten.
        """)
    page = gmail_html(body)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261110T140000
DTEND;TZID=Europe/Berlin:20261110T150000
DTSTAMP:20261102T131055Z
ORGANIZER;CN=Claudia Behrendt:mailto:claudia.behrendt@uckermark-windnetz.de
UID:{_h("m16uid", 26)}@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claudia Behrendt;X-NUM-GUESTS=0:mailto:claudia.behrendt@uckermark-windnetz.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rainer Dahlke;X-NUM-GUESTS=0:mailto:rainer.dahlke@uckermark-windnetz.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=paul.schirmer@example.com;X-NUM-GUESTS=0:mailto:{ME}
DESCRIPTION:Lieber Herr Schirmer\\, wie besprochen das Fachgespräch vor Ort mit Herrn Dahlke (Technischer Leiter) und mir.
LOCATION:Uckermark Wind Netz GmbH\\, Brüssower Allee 90\\, 17291 Prenzlau
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fachgespräch Netzplanung – Paul Schirmer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Claudia Behrendt", "claudia.behrendt@uckermark-windnetz.de"),
              "Einladung: Fachgespräch Netzplanung – Paul Schirmer @ Di. 10. Nov. 2026 14:00 - 15:00 "
              "(MEZ) (paul.schirmer@example.com)",
              "2026-11-02 14:10:55", "Europe/Berlin", f"<calendar-{_h('m16', 8)}-{_h('m16b', 4)}@google.com>",
              host="mail-sor-f69.google.com", ip="209.85.220.69",
              extra=(("Reply-To", addr("Claudia Behrendt", "claudia.behrendt@uckermark-windnetz.de")),
                     ("Sender", addr("Google Kalender", "calendar-notification@google.com"))))
    return make.message(hs, mixed(alt(text(body), html(page), calendar(ics, cte="base64")),
                                  calendar(ics, cte="base64", ctype="application/ics", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


@make.mail(N(17), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T13:00:00Z", end="2026-10-29T15:30:00Z", local="Thu 2026-10-29 09:00",
           local_end="2026-10-29 11:30", zone="America/New_York", contact="rachel.dunmore@cobaltline.com",
           company="Cobalt Line Transmission",
           note="GoodTime three-session virtual onsite, Boston; 29 Oct is between the European (25 Oct) "
                "and US (1 Nov) changes: 9:00 AM EDT (UTC-4) = 13:00Z = 14:00 CET, as the mail says; "
                "start = first session, end = last (11:30 AM EDT = 15:30Z); contact = Reply-To coordinator")
def m17() -> bytes:
    body = t("""
        Hi Paul,

        Your virtual onsite with Cobalt Line Transmission is confirmed. All times below are Eastern
        Time (EDT, UTC-4). Heads-up: Europe has already switched back to standard time but the US
        has not, so on Thursday the difference to Cottbus is only five hours (9:00 AM EDT = 2:00 PM
        CET).

        Thursday, October 29, 2026

        9:00 AM - 9:45 AM EDT    Planning Methods       Priya Raman, Principal Engineer
        10:00 AM - 10:45 AM EDT  Interconnection Queue  Marcus Boyle, Manager, Interconnection
        10:45 AM - 11:30 AM EDT  Hiring Manager         Theresa Kowalczyk, VP Transmission Planning

        One Microsoft Teams link works for all three sessions:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_{link}%40thread.v2/0

        If you have any questions, reply to this email or reach me directly.

        Rachel Dunmore
        Recruiting Coordinator, Cobalt Line Transmission
        rachel.dunmore@cobaltline.com

        Sent via GoodTime
        """).replace("{link}", _h("m17t", 24))
    rows = [("9:00 AM - 9:45 AM EDT", "Planning Methods", "Priya Raman, Principal Engineer"),
            ("10:00 AM - 10:45 AM EDT", "Interconnection Queue", "Marcus Boyle, Manager, Interconnection"),
            ("10:45 AM - 11:30 AM EDT", "Hiring Manager", "Theresa Kowalczyk, VP Transmission Planning")]
    page = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n<p>Hi Paul,</p>\n"
            "<p>Your virtual onsite with Cobalt Line Transmission is confirmed. All times below are Eastern "
            "Time (EDT, UTC-4). Heads-up: Europe has already switched back to standard time but the US has "
            "not, so on Thursday the difference to Cottbus is only five hours (9:00 AM EDT = 2:00 PM CET).</p>\n"
            "<h3>Thursday, October 29, 2026</h3>\n<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">\n"
            + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>\n" for a, b, c in rows)
            + "</table>\n<p>One Microsoft Teams link works for all three sessions.</p>\n"
            "<p>Rachel Dunmore<br>Recruiting Coordinator, Cobalt Line Transmission<br>"
            "<a href=\"mailto:rachel.dunmore@cobaltline.com\">rachel.dunmore@cobaltline.com</a></p>\n"
            "<p style=\"font-size:11px;color:#888\">Sent via GoodTime</p>\n</body></html>\n")
    hs = head(addr("Cobalt Line Transmission", "no-reply@goodtime.io"),
              "Confirmed: Your Virtual Onsite with Cobalt Line Transmission - Thursday, October 29",
              "2026-10-21 11:03:40", "America/New_York", f"<{_h('m17', 24)}@goodtime.io>",
              host="mail1.goodtime.io", ip="168.245.98.14",
              extra=(("Reply-To", addr("Rachel Dunmore", "rachel.dunmore@cobaltline.com")),))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(18), family="rfc822_attachment", lang="en", interview=True, kind="scheduled",
           start="2026-12-07T15:00:00Z", end="2026-12-07T16:00:00Z", local="Mon 2026-12-07 16:00",
           local_end="2026-12-07 17:00", zone="Europe/Berlin", contact="sanne.devries@meridiangrid.eu",
           company="Meridian Grid Europe",
           note="Paul forwards an iCIMS confirmation from his other address to himself as a "
                "message/rfc822 attachment (German one-line note); inner mail: Mon 7 Dec 4:00-5:00 PM "
                "'(GMT+01:00) Amsterdam, Berlin' -> 15:00-16:00Z; contact = recruiter address in the "
                "inner body (the outer sender is the candidate)")
def m18() -> bytes:
    inner_page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Dear Paul Schirmer,</p>
        <p>Thank you for your interest in the position <b>Lead Engineer Grid Integration (R-10482)</b>
        at Meridian Grid Europe. We are pleased to confirm your interview:</p>
        <table cellpadding="3">
        <tr><td>Date:</td><td>Monday, December 07, 2026</td></tr>
        <tr><td>Time:</td><td>4:00 PM - 5:00 PM (GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</td></tr>
        <tr><td>Interview type:</td><td>Video (Microsoft Teams, link to follow from the interviewer)</td></tr>
        <tr><td>Interviewers:</td><td>Pieter Janssen, Head of Grid Integration; Sanne de Vries, Recruiter</td></tr>
        </table>
        <p>Should you have any questions, please contact Sanne de Vries at
        <a href="mailto:sanne.devries@meridiangrid.eu">sanne.devries@meridiangrid.eu</a>.</p>
        <p>Kind regards,<br>Meridian Grid Europe Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This is an automated message from our recruitment system. Please do not reply.</p>
        </body></html>
        """)
    inner = make.message([
        ("From", addr("Meridian Grid Europe", "meridiangrideurope@talent.icims.com")),
        ("To", addr("Paul Schirmer", ME_ALT)),
        ("Subject", "Interview Confirmation - Lead Engineer Grid Integration (R-10482)"),
        ("Date", make.date("2026-12-01 15:02:18", "Europe/Amsterdam")),
        ("Message-ID", f"<{_h('m18i', 20)}.JavaMail.icims@talent.icims.com>"),
    ], html(inner_page, charset="iso-8859-1", cte="base64"))
    note = t("""
        Termin Meridian Mo 7.12. 16 Uhr – zur Ablage.

        Gesendet von meinem Telefon
        """)
    hs = head(addr("Paul Schirmer", ME_ALT), "Fwd: Interview Confirmation - Lead Engineer Grid Integration (R-10482)",
              "2026-12-01 20:14:33", "Europe/Berlin", f"<{_h('m18', 24)}@example.org>",
              host="smtp.example.org", ip="192.0.2.44")
    return make.message(hs, mixed(text(note, cte="8bit"), attached_message(inner, "Interview Confirmation.eml")))


@make.mail(N(19), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           start="2026-12-04T08:00:00Z", local="Fri 2026-12-04 09:00", zone="Europe/Vienna",
           contact="elisabeth.pichler@donaukraft-netz.at", company="Donaukraft Netz Austria GmbH",
           note="Austrian recruiter's reply on top of the quoted thread: 'Freitag, den 4. Dezember, um "
                "9:00 Uhr fix' -> CET (UTC+1) -> 08:00Z; 'rund eine Stunde' approximate, end null; "
                "iso-8859-15 QP")
def m19() -> bytes:
    body = t("""
        Sehr geehrter Herr Schirmer,

        vielen Dank für Ihre rasche Rückmeldung – dann halten wir Freitag, den 4. Dezember, um
        9:00 Uhr fix. Das Gespräch findet bei uns in Linz statt (Hafenstraße 47, 4020 Linz, bitte
        beim Portier melden). Eingeplant ist rund eine Stunde; Gesprächspartner sind DI Gerald
        Aigner (Leitung Netzplanung) und ich.

        Die Reisekosten für die Anreise ab Cottbus übernehmen wir selbstverständlich, bitte heben
        Sie die Belege auf.

        Mit freundlichen Grüßen
        Mag. Elisabeth Pichler
        Recruiting & Employer Branding
        Donaukraft Netz Austria GmbH

        -----Ursprüngliche Nachricht-----
        Von: Paul Schirmer <paul.schirmer@example.com>
        Gesendet: Mittwoch, 25. November 2026 21:08
        An: Pichler Elisabeth <elisabeth.pichler@donaukraft-netz.at>
        Betreff: Re: Einladung zum persönlichen Gespräch – Netzplaner/in Hochspannung

        Sehr geehrte Frau Pichler,

        herzlichen Dank für die Einladung. Der Freitag, 4. Dezember, 9:00 Uhr passt mir sehr gut.

        Mit freundlichen Grüßen
        Paul Schirmer

        -----Ursprüngliche Nachricht-----
        Von: Pichler Elisabeth <elisabeth.pichler@donaukraft-netz.at>
        Gesendet: Dienstag, 24. November 2026 10:31

        Sehr geehrter Herr Schirmer,

        wir würden Sie gerne zu einem persönlichen Gespräch nach Linz einladen. Möglich wären
        Donnerstag, 3. Dezember, 14:00 Uhr oder Freitag, 4. Dezember, 9:00 Uhr.
        """)
    hs = head(addr("Pichler Elisabeth", "elisabeth.pichler@donaukraft-netz.at"),
              "AW: Einladung zum persönlichen Gespräch – Netzplaner/in Hochspannung",
              "2026-11-26 09:30:05", "Europe/Vienna", f"<{_h('m19', 12).upper()}@exch02.donaukraft-netz.at>",
              host="mx.donaukraft-netz.at", ip="193.81.12.40",
              extra=(("In-Reply-To", f"<{_h('m19p', 20)}@example.com>"),
                     ("Thread-Topic", enc("Einladung zum persönlichen Gespräch – Netzplaner/in Hochspannung")),
                     ("Content-Language", "de-AT")))
    return make.message(hs, text(body.replace("–", "-"), charset="iso-8859-15"))


@make.mail(N(20), family="human_prose", lang="de", interview=True, kind="cancelled",
           start="2026-12-04T08:00:00Z", local="Fri 2026-12-04 09:00", zone="Europe/Vienna",
           contact="elisabeth.pichler@donaukraft-netz.at", company="Donaukraft Netz Austria GmbH",
           note="Austrian recruiter cancels the Friday 4 Dec 9:00 meeting (position filled internally, no "
                "new time); cancelled slot 09:00 CET -> 08:00Z; no ICS")
def m20() -> bytes:
    body = t("""
        Sehr geehrter Herr Schirmer,

        leider muss ich Ihnen mitteilen, dass wir unser Gespräch am Freitag, 4. Dezember, um 9:00 Uhr
        absagen müssen. Die Position wurde kurzfristig intern nachbesetzt - eine Entscheidung, die
        auch für uns überraschend kam.

        Es tut mir sehr leid, zumal Sie die Anreise bereits geplant hatten. Bitte stornieren Sie Ihre
        Bahnfahrt; etwaige Stornogebühren übernehmen wir gegen Beleg.

        Ich würde mich freuen, wenn wir bei künftigen Ausschreibungen auf Sie zukommen dürfen.

        Mit freundlichen Grüßen
        Mag. Elisabeth Pichler
        Recruiting & Employer Branding
        Donaukraft Netz Austria GmbH
        Hafenstraße 47, 4020 Linz
        """)
    hs = head(addr("Pichler Elisabeth", "elisabeth.pichler@donaukraft-netz.at"),
              "Absage unseres Gesprächs am 4. Dezember",
              "2026-12-01 14:45:30", "Europe/Vienna", f"<{_h('m20', 12).upper()}@exch02.donaukraft-netz.at>",
              host="mx.donaukraft-netz.at", ip="193.81.12.40", extra=(("Content-Language", "de-AT"),))
    return make.message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(21), family="human_prose", lang="en", interview=True, kind="rescheduled",
           start="2026-11-04T14:30:00Z", end="2026-11-04T15:30:00Z", local="Wed 2026-11-04 08:30",
           local_end="2026-11-04 09:30", zone="America/Chicago", contact="megan.castellano@veridianpower.com",
           company="Veridian Power Systems",
           note="Recruiter moves the Tuesday interview to Wed 4 Nov 8:30 AM Central, 'still 60 minutes'; "
                "sent Fri 30 Oct in CDT but the new slot is CST (UTC-6) -> 14:30-15:30Z = 3:30 PM CET, "
                "as written; old time also mentioned")
def m21() -> bytes:
    body = t("""
        Hi Paul,

        Quick change, I'm afraid: Dana has been pulled into a FERC filing on Tuesday, so I've moved
        your interview from Tuesday, November 3 at 9:00 AM to Wednesday, November 4 at 8:30 AM
        Central - that's 3:30 PM for you in Germany (our clocks go back this Sunday). Still 60
        minutes, same Zoom link. An updated calendar invite will follow from Greenhouse.

        Sorry for the shuffle, and thanks for being flexible!

        Megan

        Megan Castellano
        Talent Acquisition Partner | Veridian Power Systems
        megan.castellano@veridianpower.com | +1 713 555 0148
        """)
    hs = head(addr("Megan Castellano", "megan.castellano@veridianpower.com"),
              "Interview moved to Wednesday 11/4", "2026-10-30 11:40:02", "America/Chicago",
              f"<CH3PR17MB{_h('m21', 10).upper()}@CH3PR17MB6542.namprd17.prod.outlook.com>",
              host="mail-dm6nam12on2102.outbound.protection.outlook.com", ip="40.107.243.102",
              extra=(("Content-Language", "en-US"),))
    page = "<html><body style=\"font-family:Aptos,Calibri,sans-serif\">\n" + "".join(
        f"<p class=MsoNormal>{line or '&nbsp;'}</p>\n" for line in body.split("\n")) + "</body></html>\n"
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(22), family="calendly", lang="de", interview=True, kind="rescheduled",
           start="2026-11-02T09:30:00Z", end="2026-11-02T10:00:00Z", local="Mon 2026-11-02 10:30",
           local_end="2026-11-02 11:00", zone="Europe/Vienna", contact="markus.gruber@kaerntner-netz.at",
           company="Kärntner Netz GmbH",
           note="Calendly 'neu geplant' (German UI): new Mon 2 Nov 10:30-11:00 Mitteleuropäische Zeit "
                "(CET, UTC+1) -> 09:30-10:00Z; former Fri 30 Oct 14:00 shown struck through; ICS in UTC; "
                "contact = host via Reply-To")
def m22() -> bytes:
    body = t("""
        Hallo Paul Schirmer,

        Ihr Ereignis wurde neu geplant.

        Ereignistyp:
        Erstgespräch Netzplanung (30 Min.)

        Eingeladen von:
        Markus Gruber

        Neues Datum/neue Uhrzeit:
        10:30 - 11:00, Montag, 2. November 2026 (Mitteleuropäische Zeit)

        Vorheriges Datum/vorherige Uhrzeit (abgesagt):
        14:00 - 14:30, Freitag, 30. Oktober 2026 (Mitteleuropäische Zeit)

        Ort:
        Microsoft Teams – Details folgen per Kalendereinladung

        Grund für die Änderung:
        „Leider Terminkollision am Freitag – danke fürs Verständnis! Markus“

        Absagen: https://calendly.com/cancellations/{u}
        Neu planen: https://calendly.com/reschedulings/{u}

        Powered by Calendly.com
        """).replace("{u}", _h("m22u", 16))
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hallo Paul Schirmer,</p><p>Ihr Ereignis wurde neu geplant.</p>
        <p><b>Ereignistyp:</b><br>Erstgespräch Netzplanung (30 Min.)</p>
        <p><b>Eingeladen von:</b><br>Markus Gruber</p>
        <p><b>Neues Datum/neue Uhrzeit:</b><br>10:30 - 11:00, Montag, 2. November 2026 (Mitteleuropäische Zeit)</p>
        <p><b>Vorheriges Datum/vorherige Uhrzeit (abgesagt):</b><br><s>14:00 - 14:30, Freitag, 30. Oktober 2026 (Mitteleuropäische Zeit)</s></p>
        <p><b>Ort:</b><br>Microsoft Teams &ndash; Details folgen per Kalendereinladung</p>
        <p><b>Grund für die Änderung:</b><br>&bdquo;Leider Terminkollision am Freitag &ndash; danke fürs Verständnis! Markus&ldquo;</p>
        <p><a href="https://calendly.com/cancellations/{u}">Absagen</a> | <a href="https://calendly.com/reschedulings/{u}">Neu planen</a></p>
        <p style="font-size:12px;color:#666">Powered by Calendly.com</p></body></html>
        """).replace("{u}", _h("m22u", 16))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:{_h("m22uid", 32)}@calendly.com
DTSTAMP:20261027T075012Z
DTSTART:20261102T093000Z
DTEND:20261102T100000Z
SEQUENCE:1
SUMMARY:Erstgespräch Netzplanung zwischen Markus Gruber und Paul Schirmer
ORGANIZER;CN=Markus Gruber:mailto:markus.gruber@kaerntner-netz.at
ATTENDEE;CN=Paul Schirmer;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Aktualisiert: Erstgespräch Netzplanung mit Markus Gruber am Montag, 2. November 2026",
              "2026-10-27 08:50:12", "Europe/Berlin", f"<{_h('m22', 24)}@calendly.com>",
              host="o1.email.calendly.com", ip="167.89.115.56",
              extra=(("Reply-To", addr("Markus Gruber", "markus.gruber@kaerntner-netz.at")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@make.mail(N(23), family="workday", lang="de", interview=True, kind="rescheduled",
           start="2026-12-11T10:00:00Z", end="2026-12-11T11:00:00Z", local="Fri 2026-12-11 11:00",
           local_end="2026-12-11 12:00", zone="Europe/Berlin", contact="nadine.krueger@havelstrom.de",
           company="Havelstrom Verteilnetz AG",
           note="Workday notification (HTML only, base64) 'Ihr Interviewtermin wurde geändert': new Fri "
                "11 Dec 11:00-12:00 MEZ -> 10:00-11:00Z; old Tue 8 Dec 13:00 also shown; contact = "
                "recruiter in the body")
def m23() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <table width="640" cellpadding="0" cellspacing="0"><tr><td style="border-top:4px solid #005a9c;padding:20px">
        <p>Sehr geehrter Herr Schirmer,</p>
        <p>Ihr Interviewtermin für die Stelle <b>Netzplaner Strom (m/w/d) – JR-2026-0871</b> wurde geändert.</p>
        <p><b>Neuer Termin:</b><br>Freitag, 11. Dezember 2026, 11:00 – 12:00 Uhr (MEZ)</p>
        <p><b>Bisheriger Termin (entfällt):</b><br>Dienstag, 08. Dezember 2026, 13:00 – 14:00 Uhr</p>
        <p><b>Ort:</b> Havelstrom Verteilnetz AG, Zeppelinstraße 136, 14471 Potsdam, Gebäude C, Raum 1.08</p>
        <p>Ihre Ansprechpartnerin für Rückfragen: Nadine Krüger, Recruiting,
        <a href="mailto:nadine.krueger@havelstrom.de">nadine.krueger@havelstrom.de</a>, Tel. 0331 2804-1127</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Havelstrom Verteilnetz AG</p>
        <p style="font-size:11px;color:#888">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Havelstrom Verteilnetz AG", "havelstrom@myworkday.com"),
              "Ihr Interviewtermin wurde geändert – Netzplaner Strom (m/w/d)",
              "2026-12-02 16:10:27", "Europe/Berlin", f"<{_h('m23', 20)}.{_h('m23b', 6)}.JavaMail.wd@myworkday.com>",
              host="wd5-impl-mta.myworkday.com", ip="216.52.21.40")
    return make.message(hs, html(page, cte="base64"))


# =========================================================================== negatives


@make.mail(N(24), family="application_ack", lang="de", interview=False, company="Spreewald Netz GmbH",
           note="Personio receipt of the application (2 Sep), before the interview invitation; nothing "
                "scheduled")
def m24() -> bytes:
    body = t("""
        Sehr geehrter Herr Schirmer,

        vielen Dank für Ihre Bewerbung als Netzplaner (m/w/d) Mittel- und Niederspannung und Ihr
        Interesse an der Spreewald Netz GmbH.

        Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. In der Regel melden wir
        uns innerhalb von zwei Wochen bei Ihnen. Sollten wir Sie zu einem Vorstellungsgespräch
        einladen wollen, erhalten Sie dazu eine gesonderte Nachricht.

        Mit freundlichen Grüßen
        Ihr Personalteam der Spreewald Netz GmbH

        --
        Diese Nachricht wurde automatisch über Personio versendet. Informationen zum Datenschutz:
        https://spreewald-netz.jobs.personio.de/privacy-policy
        """)
    hs = head(addr("Spreewald Netz GmbH", "no-reply@personio.de"),
              "Eingangsbestätigung Ihrer Bewerbung – Netzplaner (m/w/d)",
              "2026-09-02 19:47:10", "Europe/Berlin", f"<{_h('n24', 24)}@mail.personio.de>",
              host="mail-out-1.personio.de", ip="185.21.40.11")
    return make.message(hs, text(body))


@make.mail(N(25), family="application_ack", lang="de", interview=False, company="Erzgebirge Energie AG",
           note="Taleo receipt (Chemnitz); the process description mentions interviews only in general")
def m25() -> bytes:
    body = t("""
        Sehr geehrter Herr Schirmer,

        vielen Dank für Ihre Bewerbung auf die Stelle

        Referent Netzentwicklungsplanung (m/w/d) - Anforderungsnummer 26000412

        Ihre Bewerbung ist vollständig bei uns eingegangen. Der Auswahlprozess besteht in der Regel aus
        einer Vorauswahl durch die Fachabteilung, einem ersten Interview und einem Fachgespräch vor
        Ort. Den aktuellen Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal
        einsehen.

        Mit freundlichen Grüßen
        Erzgebirge Energie AG
        Personalgewinnung

        Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.
        """)
    hs = head(addr("Erzgebirge Energie AG", "erzgebirge-energie@taleo.net"),
              "Ihre Bewerbung: Referent Netzentwicklungsplanung (m/w/d) (26000412)",
              "2026-09-14 22:03:51", "Europe/Berlin", f"<{_h('n25', 10)}.JavaMail.taleo@taleo.net>",
              host="smtp-out2.taleo.net", ip="160.34.17.22")
    return make.message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@make.mail(N(26), family="rejection", lang="de", interview=False, company="Stadtwerke Oderland GmbH",
           note="Recruitee rejection after an interview ('nach unserem Gespräch'); no date to keep")
def m26() -> bytes:
    body = t("""
        Sehr geehrter Herr Schirmer,

        nochmals vielen Dank für das angenehme Gespräch und die Zeit, die Sie sich für uns genommen
        haben. Die Entscheidung ist uns nicht leichtgefallen: Wir haben uns für eine Kandidatin
        entschieden, die bereits Erfahrung mit unserem Netzleitsystem mitbringt.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und würden uns freuen, Sie bei einer
        passenden Stelle wieder in unserem Bewerbungsprozess zu sehen.

        Mit freundlichen Grüßen
        Jana Wolter
        Personal
        Stadtwerke Oderland GmbH
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{line}</p>" for line in body.split("\n\n")) + "</body></html>\n"
    hs = head(addr("Jana Wolter | Stadtwerke Oderland", "jobs@stadtwerke-oderland.recruitee.com"),
              "Ihre Bewerbung als Netzplaner (m/w/d)", "2026-11-23 10:12:00", "Europe/Berlin",
              f"<{_h('n26', 24)}@recruitee.com>", host="mail.recruitee.com", ip="104.47.1.33")
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(27), family="rejection", lang="en", interview=False, company="Nordlys Kraftnett AS",
           note="Teamtailor rejection after the 23 Sep interview")
def m27() -> bytes:
    body = t("""
        Hi Paul,

        Thank you for taking the time to talk to us about the Senior Grid Planning Engineer role, and
        for the thoughtful questions about our reinforcement plans in the Oslofjord region.

        After careful consideration we have decided to move forward with a candidate whose Norwegian
        regulatory experience is a closer match for this position. It was a difficult decision.

        We'd love to stay in touch – you are welcome to join our talent community.

        Best regards,
        Ingrid Haugen
        Nordlys Kraftnett AS

        Powered by Teamtailor
        """)
    hs = head(addr("Nordlys Kraftnett", "no-reply@teamtailor-mail.com"),
              "Update on your application – Senior Grid Planning Engineer",
              "2026-10-06 10:22:41", "Europe/Oslo", f"<{_h('n27', 24)}@teamtailor-mail.com>",
              host="a27-70.smtp-out.eu-west-1.amazonses.com", ip="54.240.27.70")
    return make.message(hs, text(body))


@make.mail(N(28), family="rejection", lang="en", interview=False, company="Veridian Power Systems",
           note="Greenhouse rejection after the November interviews")
def m28() -> bytes:
    body = t("""
        Hi Paul,

        Thank you again for interviewing with us for the Senior Transmission Planning Engineer (Europe)
        role. Dana and the team enjoyed the conversation about hosting-capacity studies.

        Unfortunately, we've decided to pause the European hire until the second half of 2027, so we
        won't be moving forward at this time. We'll reach out if the role reopens.

        All the best,
        Megan Castellano
        Veridian Power Systems
        """)
    page = "<div style=\"font-family:Helvetica,Arial,sans-serif\">" + "".join(
        f"<p>{line}</p>" for line in body.split("\n\n")) + "</div>\n"
    hs = head(addr("Veridian Power Systems", "no-reply@us.greenhouse-mail.io"),
              "Your application to Veridian Power Systems", "2026-12-09 13:31:07", "America/Chicago",
              f"<{_h('n28', 20)}.{_h('n28b', 8)}@us.greenhouse-mail.io>",
              host="o12.us.greenhouse-mail.io", ip="167.89.40.112",
              extra=(("Reply-To", addr("Megan Castellano", "megan.castellano@veridianpower.com")),))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(29), family="job_alert", lang="de", interview=False, company=None,
           note="Job-board alert for grid-planning jobs around Cottbus; 'Vorstellungsgespräch' only in "
                "an advice teaser")
def m29() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h2 style="color:#004b87">6 neue Jobs für „Netzplaner“ in Cottbus (+ 100 km)</h2>
        <p><b>Netzplaner Strom (m/w/d)</b><br>Havelstrom Verteilnetz AG · Potsdam · Vollzeit · vor 2 Tagen</p>
        <p><b>Ingenieur Netzanschluss Erneuerbare (m/w/d)</b><br>Lausitzer Solarpark Service GmbH · Senftenberg · vor 3 Tagen</p>
        <p><b>Projektingenieur Umspannwerke (m/w/d)</b><br>Elbtal Energienetze GmbH · Dresden · vor 4 Tagen</p>
        <p><b>Asset Manager Verteilnetz (m/w/d)</b><br>Stadtwerke Oderland GmbH · Frankfurt (Oder) · vor 5 Tagen</p>
        <p><b>Teamleiter Netzdokumentation (m/w/d)</b><br>Spreenetz Service GmbH · Lübben · vor 6 Tagen</p>
        <p><b>Netzberechnungsingenieur (m/w/d)</b><br>Berliner Kabelnetz GmbH · Berlin · vor 6 Tagen</p>
        <p style="background:#eef5fb;padding:10px">Ratgeber: Die 10 häufigsten Fragen im Vorstellungsgespräch – und wie Sie überzeugen</p>
        <p style="font-size:11px;color:#777">Sie erhalten diese E-Mail, weil Sie den Job-Agenten „Netzplaner, Cottbus“ angelegt haben.
        <a href="https://www.stellenwerk-energie.de/jobagent/abmelden">Abmelden</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Stellenwerk Energie Job-Agent", "jobagent@mail.stellenwerk-energie.de"),
              "6 neue Jobs: Netzplaner in Cottbus", "2026-10-12 06:31:00", "Europe/Berlin",
              f"<{_h('n29', 24)}@mail.stellenwerk-energie.de>", host="mta3.mail.stellenwerk-energie.de",
              ip="94.143.8.3",
              extra=(("List-Unsubscribe", "<https://www.stellenwerk-energie.de/jobagent/abmelden>"),
                     ("Precedence", "bulk")))
    return make.message(hs, html(page))


@make.mail(N(30), family="job_alert", lang="en", interview=False, company=None,
           note="English job-network digest; 'Actively interviewing' badges are not confirmations")
def m30() -> bytes:
    body = t("""
        Power systems jobs for you – week 44

        Grid Integration Engineer – Offshore Wind
        Helgoland Offshore Partners · Hamburg (Hybrid) · Actively interviewing

        Transmission Planning Engineer
        Baltic Link Interconnectors · Gdańsk · Easy apply

        Power Systems Consultant (DIgSILENT)
        Ampere Advisory · Remote (EU)

        Distribution Network Planner
        Nordlys Kraftnett AS · Bergen · Actively interviewing

        See all 23 jobs: https://careerline.example.net/jobs/alerts/grid

        You're receiving this because you turned on job alerts. Unsubscribe:
        https://careerline.example.net/settings/alerts
        """)
    hs = head(addr("Careerline Job Alerts", "alerts@mail.careerline.example.net"),
              "23 new jobs for 'grid planning engineer'", "2026-10-26 08:02:11", "Europe/London",
              f"<{_h('n30', 24)}@mail.careerline.example.net>", host="out-22.mail.careerline.example.net",
              ip="203.0.113.22",
              extra=(("List-Unsubscribe", "<https://careerline.example.net/settings/alerts>"),
                     ("Precedence", "bulk")))
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(31), family="newsletter", lang="de", interview=False, company=None,
           note="Trade newsletter with event dates (Fachtagung, Webinar); nothing booked for Paul",
           days=(("Thu", "2026-11-12"), ("Tue", "2026-11-24")))
def m31() -> bytes:
    body = t("""
        NETZPRAXIS AKTUELL – Ausgabe 41/2026

        Themen dieser Woche:

        * Netzanschlussbegehren: BNetzA legt Eckpunkte zum Überbauungsmodell vor
        * §14a EnWG in der Praxis – erste Erfahrungen aus Brandenburger Verteilnetzen
        * Interview mit Dr. Karin Seeliger: „Die Zielnetzplanung muss schneller werden“
        * Stellenmarkt: 48 neue Angebote in der Netzplanung

        Termine:
        Donnerstag, 12. November 2026, 9:30 Uhr – Fachtagung Verteilnetzplanung, Leipzig
        Dienstag, 24. November 2026, 14:00 Uhr – Webinar: Redispatch-Daten richtig nutzen

        Jetzt anmelden unter https://www.netzpraxis-aktuell.de/termine

        Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
        Abmelden: https://www.netzpraxis-aktuell.de/newsletter/abmelden
        """)
    hs = head(addr("Netzpraxis Aktuell", "newsletter@netzpraxis-aktuell.de"),
              "Netzpraxis Aktuell 41/2026: Überbauung, §14a, Zielnetzplanung",
              "2026-10-09 07:00:00", "Europe/Berlin", f"<{_h('n31', 24)}@newsletter.netzpraxis-aktuell.de>",
              host="mail.newsletter.netzpraxis-aktuell.de", ip="81.169.145.90",
              extra=(("List-Unsubscribe", "<https://www.netzpraxis-aktuell.de/newsletter/abmelden>"),
                     ("Precedence", "bulk")))
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(32), family="recruiter_outreach", lang="en", interview=False, company=None,
           note="London headhunter proposes a call on one of two slots; nothing confirmed",
           days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")))
def m32() -> bytes:
    body = t("""
        Hi Paul,

        I hope you don't mind the direct approach. I'm retained by a European transmission developer
        that is building out a grid-planning team in Berlin, and your background in distribution and
        110 kV planning in Lusatia looks like a strong fit.

        Would you be open to a 20-minute confidential call? I could do Tuesday 10 November at
        14:00 CET or Wednesday 11 November at 10:00 CET - or suggest another time that suits you.

        Best regards,
        James Whitaker
        Partner, Energy & Infrastructure
        Northgate Energy Search Ltd | London
        +44 20 7946 0321
        """)
    hs = head(addr("James Whitaker", "james.whitaker@northgate-search.co.uk"),
              "Confidential: grid planning leadership role, Berlin", "2026-11-04 16:48:02", "Europe/London",
              f"<LO2P265MB{_h('n32', 10).upper()}@LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM>",
              host="mail-lo2gbr01on2093.outbound.protection.outlook.com", ip="52.101.99.93")
    return make.message(hs, text(body, cte="7bit", charset="us-ascii"))


@make.mail(N(33), family="recruiter_outreach", lang="de", interview=False, company=None,
           note="Executive-search outreach, asks for a short phone call 'in den nächsten Tagen'; no time")
def m33() -> bytes:
    body = t("""
        Sehr geehrter Herr Schirmer,

        im Auftrag eines bayerischen Verteilnetzbetreibers suche ich eine erfahrene Persönlichkeit für
        die Leitung der Netzplanung Mittelspannung (ca. 12 Mitarbeitende, Standort Regensburg).

        Ihr Profil - insbesondere Ihre Erfahrung mit der Integration großer PV- und Windparks in das
        Lausitzer Netz - hat mich sehr angesprochen. Hätten Sie in den nächsten Tagen Zeit für ein
        kurzes, vertrauliches Telefonat? Nennen Sie mir gern ein paar Zeitfenster, die Ihnen passen.

        Mit besten Grüßen
        Dr. Christine Bergmann
        Bergmann & Roth Executive Search GmbH
        Maximilianstraße 31 · 80539 München
        """)
    hs = head(addr("Dr. Christine Bergmann", "c.bergmann@bergmann-roth.de"),
              "Vertrauliche Anfrage: Leitung Netzplanung Mittelspannung (Bayern)",
              "2026-09-29 11:17:45", "Europe/Berlin", f"<{_h('n33', 16)}@bergmann-roth.de>",
              host="mout.kundenserver.de", ip="212.227.126.187")
    return make.message(hs, text(body, charset="iso-8859-15"))


@make.mail(N(34), family="proposal", lang="de", interview=False, company="Kiezstrom eG",
           note="Du-mail proposing two slots (Thursday 15:00 or Friday 10:00 next week); not confirmed "
                "yet - the confirmation comes later in the thread",
           days=(("Thu", "2026-10-08"), ("Fri", "2026-10-09")))
def m34() -> bytes:
    body = t("""
        Hallo Paul,

        danke für deine Bewerbung – wir fanden dein Anschreiben echt gut, vor allem das mit dem
        Netzanschluss für die Bürgerenergie-Anlage in Burg.

        Hättest du nächste Woche Zeit, mal bei uns vorbeizukommen? Donnerstag (8.10.) 15 Uhr oder
        Freitag (9.10.) 10 Uhr würde bei uns gehen. Sag einfach, was dir besser passt.

        Viele Grüße
        Jonas

        --
        Jonas Brettschneider
        Vorstand | Kiezstrom eG
        Wiener Straße 18 · 10999 Berlin
        """)
    hs = head(addr("Jonas Brettschneider", "jonas.brettschneider@kiezstrom.de"),
              "Deine Bewerbung als Netzplaner:in bei Kiezstrom", "2026-10-01 17:03:28", "Europe/Berlin",
              f"<CAF{_h('n34', 30)}@mail.gmail.com>", host="mail-wm1-f47.google.com", ip="209.85.128.47")
    return make.message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@make.mail(N(35), family="scheduling_link", lang="en", interview=False, company="Tessera Grid Analytics",
           note="Ashby self-scheduling request: pick a slot, nothing booked yet")
def m35() -> bytes:
    body = t("""
        Hi Paul,

        Great news - the team would like to move forward with a technical interview for the Senior
        Power Systems Engineer role!

        Please use the link below to choose a time that works for you. The interview takes 45 minutes
        and will be held on Google Meet.

        Choose a time: https://app.ashbyhq.com/interview-scheduling/{u}

        Available slots are shown in your local time zone.

        Thanks,
        Lena Okafor
        Tessera Grid Analytics
        """).replace("{u}", _h("n35u", 24))
    hs = head(addr("Tessera Grid Analytics", "no-reply@ashbyhq.com"),
              "Please schedule your interview with Tessera Grid Analytics", "2026-10-09 15:12:09",
              "Europe/Berlin", f"<0100019{_h('n35', 9)}-{_h('n35x', 8)}-000000@email.amazonses.com>",
              host="a8-31.smtp-out.amazonses.com", ip="54.240.8.31",
              extra=(("Reply-To", addr("Lena Okafor", "lena.okafor@tesseragrid.io")),))
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(36), family="scheduling_link", lang="de", interview=False, company="Kärntner Netz GmbH",
           note="Austrian recruiter sends a Calendly link to book a first call; no time chosen")
def m36() -> bytes:
    body = t("""
        Grüß Gott Herr Schirmer,

        danke für Ihre Bewerbung als Netzplaner (m/w/d) in Klagenfurt. Gerne würde ich Sie in einem
        kurzen Erstgespräch (30 Minuten, via Teams) näher kennenlernen.

        Bitte suchen Sie sich über folgenden Link einen passenden Termin aus:
        https://calendly.com/markus-gruber-kaerntner-netz/erstgespraech-netzplanung

        Liebe Grüße aus Kärnten
        Markus Gruber
        Talent Acquisition | Kärntner Netz GmbH
        """)
    hs = head(addr("Gruber Markus", "markus.gruber@kaerntner-netz.at"),
              "Ihre Bewerbung – Terminvereinbarung Erstgespräch", "2026-10-20 13:55:14", "Europe/Vienna",
              f"<VI1PR08MB{_h('n36', 10).upper()}@VI1PR08MB5310.eurprd08.prod.outlook.com>",
              host="mail-vi1eur05on2110.outbound.protection.outlook.com", ip="40.107.21.110",
              extra=(("Content-Language", "de-AT"),))
    return make.message(hs, text(body))


@make.mail(N(37), family="auto_reply", lang="de", interview=False, company=None,
           note="Out-of-office reply to Paul's thank-you mail, 'bis einschließlich 6. November'",
           days=(("Fri", "2026-11-06"),))
def m37() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 6. November 2026, nicht im Büro und habe keinen Zugriff auf
        meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Personalangelegenheiten
        wenden Sie sich bitte an personal@elbtal-energienetze.de.

        Mit freundlichen Grüßen
        Susanne Vogel
        Personalreferentin | Elbtal Energienetze GmbH
        """)
    hs = head(addr("Vogel, Susanne", "susanne.vogel@elbtal-energienetze.de"),
              "Automatische Antwort: Vielen Dank für das Gespräch", "2026-10-29 18:36:02", "Europe/Berlin",
              f"<BEZP281MB{_h('n37', 10).upper()}@BEZP281MB2139.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-be0deu01on2121.outbound.protection.outlook.com", ip="52.101.79.121",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", f"<{_h('n37p', 20)}@example.com>")))
    return make.message(hs, text(body))


@make.mail(N(38), family="bounce", lang="en", interview=False, company=None,
           note="DSN: Paul's thank-you after Thursday's interview bounced (misspelt address); the "
                "returned mail mentions the interview but nothing is scheduled")
def m38() -> bytes:
    orig_body = t("""
        Dear Agnieszka,

        thank you for today's interview and for the insight into your grid studies team. I enjoyed
        the discussion with Tomasz about the 400 kV reinforcement in Masovia.

        I look forward to hearing from you.

        Best regards,
        Paul Schirmer
        """)
    orig = make.message([
        ("From", ME_FULL), ("To", addr("Agnieszka Wroblewska", "agnieszka.wroblewski@wislagrid.pl")),
        ("Subject", "Thank you - Senior Power System Planner"),
        ("Date", make.date("2026-11-12 17:05:44", "Europe/Berlin")),
        ("Message-ID", f"<{_h('n38o', 20)}@example.com>"),
    ], text(orig_body, cte="7bit", charset="us-ascii"))
    human = t("""
        This is the mail system at host mx1.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <agnieszka.wroblewski@wislagrid.pl>: host
            wislagrid-pl.mail.protection.outlook.com[52.101.68.10] said: 550 5.1.10
            RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
            (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.com
        X-Postfix-Queue-ID: 4Dg7K21xQvz9sWn
        X-Postfix-Sender: rfc822; paul.schirmer@example.com
        Arrival-Date: Thu, 12 Nov 2026 17:05:45 +0100 (CET)

        Final-Recipient: rfc822; agnieszka.wroblewski@wislagrid.pl
        Original-Recipient: rfc822;agnieszka.wroblewski@wislagrid.pl
        Action: failed
        Status: 5.1.10
        Remote-MTA: dns; wislagrid-pl.mail.protection.outlook.com
        Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
            found by SMTP address lookup
        """)
    hs = [rcv("mx1.example.com", "192.0.2.10", "2026-11-12 17:05:47", "Europe/Berlin", "n38"),
          ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.com")), ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", make.date("2026-11-12 17:05:47", "Europe/Berlin")),
          ("Message-ID", "<20261112160547.4Dg7K21xQvz9sWn@mx1.example.com>"),
          ("Auto-Submitted", "auto-replied")]
    report = make.multipart("report", text(human, cte="7bit", charset="us-ascii",
                                           extra=(("Content-Description", "Notification"),)),
                            raw_part([("Content-Description", "Delivery report"),
                                      ("Content-Type", "message/delivery-status")], status),
                            attached_message(orig), params="report-type=delivery-status",
                            preamble="This is a MIME-encapsulated message.\n")
    return make.message(hs, report)


@make.mail(N(39), family="offer", lang="de", interview=False, company="Elbtal Energienetze GmbH",
           note="Contract offer after the interviews, PDF attached, answer requested by Friday 18 Dec",
           days=(("Fri", "2026-12-18"), ("Mon", "2027-02-01")))
def m39() -> bytes:
    body = t("""
        Sehr geehrter Herr Schirmer,

        wir freuen uns sehr, Ihnen nach den Gesprächen im Oktober und November die Stelle als
        Netzplaner (m/w/d) Hochspannung/Umspannwerke bei der Elbtal Energienetze GmbH anbieten zu
        können. Das Vertragsangebot finden Sie im Anhang; als Eintrittstermin haben wir Montag,
        1. Februar 2027, vorgesehen.

        Wir würden uns über Ihre Rückmeldung bis Freitag, 18. Dezember 2026, freuen. Für Fragen zum
        Vertrag steht Ihnen Frau Vogel gern zur Verfügung.

        Mit freundlichen Grüßen
        Matthias Schubert
        Teamleiter Netzplanung Hochspannung
        Elbtal Energienetze GmbH
        """)
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
           b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    att = make.Part([("Content-Type", 'application/pdf; name="Vertragsangebot_Schirmer.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Vertragsangebot_Schirmer.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    base64.encodebytes(pdf).replace(b"\n", b"\r\n"))
    hs = head(addr("Schubert, Matthias", "matthias.schubert@elbtal-energienetze.de"),
              "Vertragsangebot Netzplaner (m/w/d) – Elbtal Energienetze GmbH", "2026-12-10 15:20:19",
              "Europe/Berlin", f"<BEZP281MB{_h('n39', 10).upper()}@BEZP281MB2139.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-be0deu01on2114.outbound.protection.outlook.com", ip="52.101.79.114",
              extra=(("Cc", addr("Vogel, Susanne", "susanne.vogel@elbtal-energienetze.de")),
                     ("Content-Language", "de-DE")))
    return make.message(hs, mixed(text(body), att))


@make.mail(N(40), family="personal_appointment", lang="de", interview=False, company=None,
           note="Dentist appointment confirmation; a confirmed time, but not an interview",
           days=(("Tue", "2026-10-06"),))
def m40() -> bytes:
    body = t("""
        Sehr geehrter Herr Schirmer,

        hiermit bestätigen wir Ihren Termin:

        Kontrolluntersuchung und professionelle Zahnreinigung
        Dienstag, 06.10.2026, 08:15 Uhr

        Zahnarztpraxis Dr. med. dent. Anja Lehmann
        Berliner Straße 22, 03046 Cottbus

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie bitte mindestens 24 Stunden vorher ab.

        Ihr Praxisteam
        """)
    hs = head(addr("Zahnarztpraxis Dr. Lehmann", "termine@zahnarzt-lehmann-cottbus.de"),
              "Terminbestätigung für Dienstag, 06.10.2026", "2026-09-29 12:04:55", "Europe/Berlin",
              f"<{_h('n40', 20)}@zahnarzt-lehmann-cottbus.de>", host="smtp.zahnarzt-lehmann-cottbus.de",
              ip="85.13.150.21")
    return make.message(hs, text(body))


@make.mail(N(41), family="non_interview_calendar", lang="de", interview=False, company=None,
           note="Exchange meeting request for an engineers' association working group (Paul is a "
                "member); a fixed time, not an interview",
           days=(("Wed", "2026-10-14"),))
def m41() -> bytes:
    body = t("""
        Liebe Mitglieder des Arbeitskreises Netzplanung,

        unser nächstes Treffen findet am Mittwoch, 14.10., 18:00–19:30 Uhr im Seminarraum der BTU
        (Zentralcampus, Hauptgebäude, Raum 0.21) statt. Thema: Erfahrungen mit dem
        Netzanschlussportal und den neuen Mindestanforderungen an Netzberechnungen. Im Anschluss
        wie immer Ausklang im „Altmarktkeller“.

        Viele Grüße
        Heike Kaiser
        Sprecherin AK Netzplanung, Ingenieurverein Lausitz e.V.
        """)
    when = t("""
        Wann: Mittwoch, 14. Oktober 2026 18:00-19:30. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: BTU Zentralcampus, Hauptgebäude, Raum 0.21

        *~*~*~*~*~*~*~*~*~*

        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN="Kaiser, Heike":mailto:heike.kaiser@ingenieurverein-lausitz.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paul Schirmer:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Robert Lange:mailto:robert.lange@example.net
UID:040000008200E00074C5B7101A82E00800000000{_h("n41uid", 32).upper()}
SUMMARY;LANGUAGE=de-DE:AK Netzplanung – Treffen Oktober
DTSTART;TZID=W. Europe Standard Time:20261014T180000
DTEND;TZID=W. Europe Standard Time:20261014T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261007T065512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BTU Zentralcampus\\, Hauptgebäude\\, Raum 0.21
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kaiser, Heike", "heike.kaiser@ingenieurverein-lausitz.de"),
              "AK Netzplanung – Treffen Oktober", "2026-10-07 08:55:12", "Europe/Berlin",
              f"<FR4P281MB{_h('n41', 10).upper()}@FR4P281MB3417.DEUP281.PROD.OUTLOOK.COM>",
              host="mail-fr4deu01on2108.outbound.protection.outlook.com", ip="52.101.71.108",
              extra=(("Content-Language", "de-DE"),))
    return make.message(hs, alt(text(when + body), calendar(ics, cte="base64")))


@make.mail(N(42), family="personal_appointment", lang="de", interview=False, company=None,
           note="Garage confirms a tyre change on Saturday 17 Oct 08:30; iso-8859-1 8bit",
           days=(("Sat", "2026-10-17"),))
def m42() -> bytes:
    body = t("""
        Guten Tag Herr Schirmer,

        vielen Dank für Ihre Online-Terminanfrage. Wir bestätigen Ihren Termin:

        Leistung: Räderwechsel Sommer/Winter inkl. Einlagerung
        Fahrzeug: CB-PS 412
        Termin: Samstag, 17.10.2026, 08:30 Uhr
        Dauer: ca. 45 Minuten

        Bitte bringen Sie Ihren Einlagerungsschein mit.

        Freundliche Grüße
        Ihr Team vom Autohaus Spreeblick
        Werkstatt · Gewerbepark Süd 5 · 03048 Cottbus
        """)
    hs = head(addr("Autohaus Spreeblick Werkstatt", "werkstatt@autohaus-spreeblick.de"),
              "Terminbestätigung Räderwechsel 17.10.2026", "2026-10-10 09:41:03", "Europe/Berlin",
              f"<{_h('n42', 20)}@autohaus-spreeblick.de>", host="smtp.autohaus-spreeblick.de", ip="85.13.141.9")
    return make.message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@make.mail(N(43), family="event_registration", lang="de", interview=False, company=None,
           note="Conference registration with an ICS for the event day; a fixed time, not an interview",
           days=(("Thu", "2026-11-05"),))
def m43() -> bytes:
    body = t("""
        Hallo Paul Schirmer,

        vielen Dank für Ihre Anmeldung zum Lausitz Energy Forum 2026!

        Donnerstag, 5. November 2026, 09:00–17:30 Uhr
        Stadthalle Cottbus, Berliner Platz 6, 03046 Cottbus

        Ticket: Fachbesucher (Frühbucher) – Bestellnummer LEF-26-08813
        Programm-Highlight: 11:30 Uhr Podium „Netzausbau in der Lausitz – wer plant die Zukunft?“
        und 15:00 Uhr Karriere-Speeddating mit regionalen Netzbetreibern.

        Ihren Kalendereintrag finden Sie im Anhang. Ihr Ticket mit QR-Code erhalten Sie eine Woche
        vor der Veranstaltung.

        Wir freuen uns auf Sie!
        Ihr Team des Lausitz Energy Forum
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lausitz Energy Forum//Tickets//DE
METHOD:PUBLISH
{make.VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:lef-2026-{_h("n43uid", 12)}@lausitz-energy-forum.de
DTSTAMP:20260922T101500Z
DTSTART;TZID=Europe/Berlin:20261105T090000
DTEND;TZID=Europe/Berlin:20261105T173000
SUMMARY:Lausitz Energy Forum 2026
LOCATION:Stadthalle Cottbus\\, Berliner Platz 6\\, 03046 Cottbus
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lausitz Energy Forum", "tickets@lausitz-energy-forum.de"),
              "Anmeldebestätigung: Lausitz Energy Forum 2026", "2026-09-22 12:15:00", "Europe/Berlin",
              f"<{_h('n43', 24)}@lausitz-energy-forum.de>", host="mail.lausitz-energy-forum.de",
              ip="46.38.243.71")
    return make.message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64",
                                                       filename="LEF2026.ics", disposition="attachment")))


@make.mail(N(44), family="travel_booking", lang="de", interview=False, company=None,
           note="Train booking Cottbus-Berlin on the day of the Kiezstrom interview; a travel receipt, "
                "not an interview",
           days=(("Thu", "2026-10-08"),))
def m44() -> bytes:
    body = t("""
        Buchungsbestätigung

        Auftragsnummer: 7XK4PQ
        Reisender: Paul Schirmer

        Hinfahrt: Donnerstag, 08.10.2026
        Cottbus Hbf ab 12:08   Gleis 3   RE 2
        Berlin Ostbahnhof an 13:31

        Rückfahrt: Donnerstag, 08.10.2026
        Berlin Ostbahnhof ab 18:27   RE 2
        Cottbus Hbf an 19:52

        Preis: 38,60 EUR (Flexpreis, 2. Klasse) – bezahlt mit PayPal

        Ihr Online-Ticket finden Sie im Anhang bzw. in der App. Bitte halten Sie bei der Kontrolle
        einen Lichtbildausweis bereit.

        Gute Fahrt wünscht Ihnen
        Ihr Ostdeutsche Regionalbahn Online-Ticket-Service
        """)
    hs = head(addr("ORB Online-Ticket", "buchung@orb-ticket.example.net"),
              "Ihre Buchungsbestätigung (Auftrag 7XK4PQ) – Cottbus Hbf → Berlin Ostbahnhof",
              "2026-10-06 21:14:09", "Europe/Berlin", f"<{_h('n44', 24)}@orb-ticket.example.net>",
              host="mail.orb-ticket.example.net", ip="203.0.113.80")
    return make.message(hs, text(body, cte="base64"))


@make.mail(N(45), family="survey", lang="en", interview=False, company="Cobalt Line Transmission",
           note="Candidate-experience survey after the virtual onsite; refers to the past interview only")
def m45() -> bytes:
    body = t("""
        Hi Paul,

        Thank you for interviewing with Cobalt Line Transmission yesterday. We'd love to hear about
        your experience - the survey takes about two minutes and your answers are anonymous.

        How was your interview experience? https://survey.goodtime.io/r/{u}

        Thanks,
        The Cobalt Line Transmission Recruiting Team
        """).replace("{u}", _h("n45u", 20))
    hs = head(addr("Cobalt Line Transmission", "no-reply@goodtime.io"),
              "How was your interview with Cobalt Line Transmission?", "2026-10-30 10:00:00",
              "America/New_York", f"<{_h('n45', 24)}@goodtime.io>", host="mail1.goodtime.io", ip="168.245.98.14")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(46), family="assessment", lang="en", interview=False, company="Tessera Grid Analytics",
           note="Take-home case study with a submission deadline (Mon 26 Oct 18:00 CET); not an interview",
           days=(("Mon", "2026-10-26"),))
def m46() -> bytes:
    body = t("""
        Hi Paul,

        Thanks again for Wednesday's conversation - Jakob was impressed! As the next step we'd like
        you to work on a short case study: a hosting-capacity assessment for a rural 20 kV feeder
        (data set and task description attached as a link below).

        Please submit your results by Monday, 26 October, 18:00 CET. We don't expect more than
        three to four hours of work.

        Case study: https://files.tesseragrid.io/s/{u}

        Best,
        Lena
        """).replace("{u}", _h("n46u", 16))
    hs = head(addr("Lena Okafor", "lena.okafor@tesseragrid.io"), "Next step: case study",
              "2026-10-22 12:40:31", "Europe/Berlin", f"<CAH{_h('n46', 30)}@mail.gmail.com>",
              host="mail-ej1-f44.google.com", ip="209.85.218.44")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(47), family="personal", lang="de", interview=False, company=None,
           note="Sister's Du-mail about grandma's 80th birthday on Sunday at 15 Uhr",
           days=(("Sun", "2026-11-22"),))
def m47() -> bytes:
    body = t("""
        Hey Paulchen,

        nicht vergessen: Omas 80. feiern wir am Sonntag, 22.11., ab 15 Uhr im Gasthaus „Zur Spreewaldperle“
        in Burg. Kannst du Mama und Papa aus Peitz mitnehmen? Die trauen sich im Dunkeln nicht mehr so
        gern ans Steuer.

        Und erzähl mal, wie lief's eigentlich mit den Bewerbungen? Mama fragt ständig.

        Drück dich
        Lisa
        """)
    hs = head(addr("Lisa Schirmer", "lisa.schirmer@example.org"), "Omas Geburtstag Sonntag",
              "2026-11-16 19:22:47", "Europe/Berlin", f"<{_h('n47', 20)}@example.org>",
              host="smtp.example.org", ip="192.0.2.45")
    return make.message(hs, text(body, cte="8bit"))


@make.mail(N(48), family="personal", lang="de", interview=False, company=None,
           note="School invitation to a parents' evening (Elternabend) Tuesday 22 Sep 19:00",
           days=(("Tue", "2026-09-22"),))
def m48() -> bytes:
    body = t("""
        Liebe Eltern der Klasse 3b,

        hiermit lade ich Sie herzlich zum ersten Elternabend des Schuljahres ein:

        Dienstag, 22. September 2026, 19:00 Uhr, Raum 104

        Tagesordnung:
        1. Rückblick auf die ersten Schulwochen
        2. Wahl der Elternsprecher
        3. Klassenfahrt nach Lübbenau im Mai
        4. Verschiedenes

        Ich freue mich auf Ihr Kommen.

        Mit freundlichen Grüßen
        Birgit Hoffmann, Klassenleiterin 3b
        Grundschule am Spreewaldbahnhof, Cottbus
        """)
    hs = head(addr("Birgit Hoffmann", "b.hoffmann@gs-spreewaldbahnhof.example.org"),
              "Einladung Elternabend Klasse 3b", "2026-09-14 16:05:30", "Europe/Berlin",
              f"<{_h('n48', 20)}@gs-spreewaldbahnhof.example.org>", host="mail.schulportal.example.org",
              ip="192.0.2.60", to=enc("Eltern 3b") + ":;")
    return make.message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(49), family="receipt", lang="de", interview=False, company=None,
           note="Photo studio invoice for application photos; mentions applications, no date to keep")
def m49() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Hallo Herr Schirmer,</p>
        <p>vielen Dank für Ihren Besuch! Anbei Ihre Rechnung sowie der Download-Link zu Ihren Bewerbungsfotos.</p>
        <table border="1" cellpadding="4" style="border-collapse:collapse">
        <tr><th>Pos.</th><th>Leistung</th><th>Betrag</th></tr>
        <tr><td>1</td><td>Business-Shooting „Bewerbung Premium“ inkl. 3 bearbeiteter Bilder</td><td>89,00 €</td></tr>
        <tr><td>2</td><td>Zusatzbild digital</td><td>15,00 €</td></tr>
        <tr><td></td><td><b>Gesamt (inkl. 19 % MwSt.)</b></td><td><b>104,00 €</b></td></tr>
        </table>
        <p>Rechnungsnummer: 2026-0917 · bezahlt per EC-Karte</p>
        <p>Viel Erfolg bei Ihren Bewerbungen!<br>Fotostudio Lichtblick · Spremberger Straße 9 · 03046 Cottbus</p>
        </body></html>
        """)
    hs = head(addr("Fotostudio Lichtblick", "info@fotostudio-lichtblick.example.net"),
              "Ihre Rechnung 2026-0917 und Ihre Bewerbungsfotos", "2026-09-05 14:31:20", "Europe/Berlin",
              f"<{_h('n49', 20)}@fotostudio-lichtblick.example.net>", host="smtp.fotostudio-lichtblick.example.net",
              ip="203.0.113.91")
    return make.message(hs, html(page, charset="windows-1252"))


@make.mail(N(50), family="webinar", lang="en", interview=False, company=None,
           note="Zoom webinar registration (grid-planning topic) with a fixed time; not an interview",
           days=(("Wed", "2026-12-02"),))
def m50() -> bytes:
    body = t("""
        Hi Paul,

        Thank you for registering for "Probabilistic Hosting Capacity for DSOs".

        Date & Time: Dec 2, 2026 04:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/88120447391?tk={u}

        Passcode: 417903

        Add to calendar: https://us06web.zoom.us/webinar/tJcuc-{v}/ics

        You can cancel your registration at any time.

        GridEdge Academy
        """).replace("{u}", _h("n50u", 20)).replace("{v}", _h("n50v", 12))
    hs = head(addr("GridEdge Academy", "no-reply@zoom.us"),
              "Probabilistic Hosting Capacity for DSOs Confirmation", "2026-11-25 09:12:44", "Europe/Berlin",
              f"<{_h('n50', 24)}@zoom.us>", host="mail-n1.zoom.us", ip="170.114.10.80",
              extra=(("Reply-To", addr("GridEdge Academy", "webinars@gridedge-academy.example.net")),))
    return make.message(hs, alt(text(body), html(gmail_html(body))))
