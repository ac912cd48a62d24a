"""blind241: 50 hand-written mails from the inbox of Jannik Petersen, a wind-turbine service planning
engineer in Flensburg (Europe/Berlin), September to mid-December 2026.

Written blind by a helper session: it did not read the detector, its tests or fixtures, or any
other held-out set's mails. Build and check with ``python3 bench/heldout/make_blind.py blind241``.
Keys 1-23 are positives, 24-50 negatives; file numbers are a fixed shuffle of the writing order.
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

ORDER = random.Random(2410241).sample(range(1, 51), 50)
ME = "jannik.petersen@example.org"
ME_TO = addr("Jannik Petersen", ME)
BER = "Europe/Berlin"


def n(key: int) -> str:
    return f"blind241_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME_TO,
         mx_from: str = "from mail.example.net (mail.example.net [192.0.2.10])", lag: int = 4,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8") -> list[tuple[str, str]]:
    hs = [
        ("Delivered-To", ME),
        ("Received", received(mx_from, when, zone, "mx01.example.org with ESMTPS id 4Qx" + msgid[:6], ME,
                              lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{msgid}>"),
    ]
    return hs + list(extra)


def _vtz_copy(name: str, template: str = "Europe/Berlin") -> str:
    return VTZ[template].replace(f"TZID:{template}", f"TZID:{name}").replace(
        f"X-LIC-LOCATION:{template}", f"X-LIC-LOCATION:{name}")


ROMANCE = VTZ["W. Europe Standard Time"].replace("TZID:W. Europe Standard Time", "TZID:Romance Standard Time")
AMSTERDAM = _vtz_copy("Europe/Amsterdam")
DENVER = """BEGIN:VTIMEZONE
TZID:America/Denver
X-LIC-LOCATION:America/Denver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
TZNAME:MDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", "America/New_York"), end=utc("2026-10-29 10:45", "America/New_York"),
      contact="dana.whitcombe@gridlake.io", company="Gridlake Analytics",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone="America/New_York",
      note="Greenhouse confirmation, 10:00-10:45 AM EDT on Thu 29 Oct: the US is still on EDT (UTC-4) "
           "until 1 Nov while Europe fell back on 25 Oct, so 14:00Z (15:00 CET, which the mail also says); "
           "contact = human Reply-To")
def p01() -> bytes:
    body = t("""
        Hi Jannik,

        Thanks for making time to speak with us! Your interview for Wind Fleet Reliability
        Engineer (Remote, EMEA) is confirmed:

        Thursday, October 29, 2026
        10:00 AM - 10:45 AM EDT (UTC-04:00)

        That is 3:00 PM - 3:45 PM for you in Flensburg. Heads-up: Europe goes back to standard
        time on October 25 and the US only on November 1, so for that one week the gap is five
        hours, not six.

        Format: Video call (Google Meet)
        Link: https://meet.google.com/ksv-qrtd-wpm

        Interviewers:
          Marcus Oyelaran - Director, Fleet Analytics
          Heidi Sandvik - Senior Reliability Engineer

        If you need to reschedule, just reply to this email and it will reach Dana.

        Best,
        Dana Whitcombe
        Recruiting Coordinator, Gridlake Analytics
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2a37">
        <p>Hi Jannik,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Wind Fleet Reliability Engineer
        (Remote, EMEA)</b> is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #d7dce2">
        <tr><td><b>When</b></td><td>Thursday, October 29, 2026<br>10:00 AM &ndash; 10:45 AM EDT (UTC-04:00)</td></tr>
        <tr><td><b>Format</b></td><td>Video call (Google Meet)<br>
        <a href="https://meet.google.com/ksv-qrtd-wpm">https://meet.google.com/ksv-qrtd-wpm</a></td></tr>
        <tr><td><b>Interviewers</b></td><td>Marcus Oyelaran &ndash; Director, Fleet Analytics<br>
        Heidi Sandvik &ndash; Senior Reliability Engineer</td></tr>
        </table>
        <p>That is 3:00 PM &ndash; 3:45 PM for you in Flensburg. Heads-up: Europe goes back to standard time on
        October 25 and the US only on November 1, so for that one week the gap is five hours, not six.</p>
        <p>If you need to reschedule, just reply to this email and it will reach Dana.</p>
        <p>Best,<br>Dana Whitcombe<br>Recruiting Coordinator, Gridlake Analytics</p>
        <img src="https://app.greenhouse.io/email_open/5f2c7a1e.gif" width="1" height="1" alt="">
        </body></html>
        """)
    hs = head("Gridlake Analytics <no-reply@greenhouse.io>",
              "Interview Confirmation: Gridlake Analytics - Wind Fleet Reliability Engineer",
              "2026-10-22 11:14", "America/New_York", "gh.0a7c51e9b2.1029@greenhouse.io",
              mx_from="from o7.email.greenhouse.io (o7.email.greenhouse.io [198.51.100.77])",
              extra=(("Reply-To", "Dana Whitcombe <dana.whitcombe@gridlake.io>"),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body), html(h)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:30", BER), end=utc("2026-09-15 11:30", BER),
      contact="kirsten.lueders@elbwerk-rotor.de", company="Elbwerk Rotor Services GmbH",
      local="Tue 2026-09-15 10:30", local_end="2026-09-15 11:30", zone=BER,
      note="Personio Einladung, Di. 15.09.2026 10:30-11:30 Uhr Hamburg (CEST, UTC+2) -> 08:30Z-09:30Z; "
           "ICS agrees; contact = human Reply-To (also the ICS organizer)")
def p02() -> bytes:
    body = t("""
        Guten Tag Herr Petersen,

        vielen Dank für Ihr Interesse an der Position „Serviceplaner Onshore (m/w/d)“. Wir freuen
        uns, Sie persönlich kennenzulernen, und bestätigen Ihnen folgenden Termin:

        Datum:   Dienstag, 15.09.2026
        Uhrzeit: 10:30 – 11:30 Uhr
        Ort:     Elbwerk Rotor Services GmbH, Am Sandtorkai 41, 20457 Hamburg, 3. OG
        Gesprächspartner: Kirsten Lüders (Recruiting), Jörn Tietjen (Leitung Serviceplanung)

        Eine Kalendereinladung finden Sie im Anhang. Bitte melden Sie sich am Empfang.

        Bei Rückfragen antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Kirsten Lüders
        Elbwerk Rotor Services GmbH

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    h = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222">
        <div style="max-width:600px;margin:0 auto">
        <p>Guten Tag Herr Petersen,</p>
        <p>vielen Dank für Ihr Interesse an der Position „Serviceplaner Onshore (m/w/d)“. Wir freuen uns, Sie
        persönlich kennenzulernen, und bestätigen Ihnen folgenden Termin:</p>
        <p><strong>Datum:</strong> Dienstag, 15.09.2026<br>
        <strong>Uhrzeit:</strong> 10:30 – 11:30 Uhr<br>
        <strong>Ort:</strong> Elbwerk Rotor Services GmbH, Am Sandtorkai 41, 20457 Hamburg, 3. OG<br>
        <strong>Gesprächspartner:</strong> Kirsten Lüders (Recruiting), Jörn Tietjen (Leitung Serviceplanung)</p>
        <p>Eine Kalendereinladung finden Sie im Anhang. Bitte melden Sie sich am Empfang.</p>
        <p>Bei Rückfragen antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Kirsten Lüders<br>Elbwerk Rotor Services GmbH</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde über Personio versendet.</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:personio-ev-3381927-elbwerk
DTSTAMP:20260908T122210Z
DTSTART;TZID=Europe/Berlin:20260915T103000
DTEND;TZID=Europe/Berlin:20260915T113000
SUMMARY:Vorstellungsgespräch Jannik Petersen – Serviceplaner Onshore
LOCATION:Am Sandtorkai 41\\, 20457 Hamburg
ORGANIZER;CN=Kirsten Lüders:mailto:kirsten.lueders@elbwerk-rotor.de
ATTENDEE;CN=Jannik Petersen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head("Elbwerk Rotor Services GmbH <noreply@mail.personio.de>",
              "Einladung zum Vorstellungsgespräch – Serviceplaner Onshore (m/w/d)",
              "2026-09-08 14:22", BER, "20260908122206.3381927.elbwerk@mail.personio.de",
              mx_from="from mail.personio.de (mail.personio.de [203.0.113.41])",
              extra=(("Reply-To", addr("Kirsten Lüders", "kirsten.lueders@elbwerk-rotor.de")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, cte="base64", filename="einladung.ics", disposition="attachment")))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-24 15:15", BER), end=None,
      contact="h.jessen@husumer-turbinenwerk.de", company="Husumer Turbinenwerk GmbH",
      local="Thu 2026-09-24 15:15", zone=BER,
      note="Platt-flavoured reply from the phone: 'Donnerstag um viertel nach drei' resolved against the "
           "Date Mon 21 Sep -> Thu 24 Sep 15:15 CEST = 13:15Z; no length; contact = human sender")
def p03() -> bytes:
    body = t("""
        Moin Jannik,

        dat passt. Denn sehn wi uns Donnerstag um viertel nach drei bi uns im Werk, Am Außenhafen 12
        in Husum. Kumm man to Halle 3, ik hol di an de Pforte af. Bring gern dien Zeugnisse mit, und
        wenn du hest, wat Beispiele von dien Einsatzplanung (gern ohne Kundennamen).

        Unser Werkstattleiter Broder is ok dorbi, denn kannst di glieks de Halle ankieken.

        Bet Donnerstag
        Hauke

        Von meinem iPhone gesendet

        > Am 21.09.2026 um 16:02 schrieb Jannik Petersen <jannik.petersen@example.org>:
        >
        > Moin Herr Jessen,
        > Donnerstag Nachmittag geht bei mir gut, ab 14 Uhr bin ich frei.
        > Viele Grüße
        > Jannik Petersen
        """)
    hs = head(addr("Hauke Jessen", "h.jessen@husumer-turbinenwerk.de"), "Re: Kennenlernen Husum",
              "2026-09-21 17:48", BER, "5E0C2B7A-91D4-4F0B-8A1E-2D6B1D3C0E11@husumer-turbinenwerk.de",
              extra=(("In-Reply-To", "<a1b2c3d4e5@example.org>"), ("References", "<a1b2c3d4e5@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


def _kattegat_ics(start: str, end: str, seq: int, uid: str, stamp: str) -> str:
    return f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN=Mette Kjærgaard:mailto:mkj@kattegatvind.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jannik Petersen:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Microsoft Teams meeting\\nJoin on your computer or mobile app\\n
SUMMARY;LANGUAGE=en-US:Interview: Service Planning Lead – Kattegat Vind
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
UID:{uid}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""


KATTEGAT_UID = "040000008200E00074C5B7101A82E008000000004A1C7E3B2F4BDC01000000000000000010000000C1D3"


@mail(n(4), family="exchange", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-05 09:00", "Europe/Copenhagen"), end=utc("2026-10-05 10:00", "Europe/Copenhagen"),
      contact="mkj@kattegatvind.dk", company="Kattegat Vind A/S",
      local="Mon 2026-10-05 09:00", local_end="2026-10-05 10:00", zone="Europe/Copenhagen",
      note="Exchange meeting request from Aarhus, 'Romance Standard Time' (Copenhagen, CEST UTC+2 on 5 Oct) "
           "09:00-10:00 -> 07:00Z-08:00Z; English with a German sign-off; contact = sender / ORGANIZER")
def p04() -> bytes:
    body = t("""
        Hi Jannik,

        As discussed on the phone, I'm sending you the invitation for our first interview for the
        Service Planning Lead role: Monday 5 October, 09:00-10:00 Danish time (same time zone as
        Flensburg). You will meet me and Anders Bech, our Head of Service Operations.

        Please accept the invite so it lands in your calendar.

        Viele Grüße aus Aarhus - my German is better in writing than speaking, so we'll keep it
        in English :-)

        Mette Kjærgaard
        Senior Talent Partner | Kattegat Vind A/S
        Skovvejen 18, 8000 Aarhus C | +45 86 12 40 77

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting
        Meeting ID: 381 556 204 117
        Passcode: Vx7qLp
        ________________________________________________________________________________
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="EN-US"><div class="WordSection1">
        <p class="MsoNormal">Hi Jannik,</p>
        <p class="MsoNormal">As discussed on the phone, I'm sending you the invitation for our first interview for the
        Service Planning Lead role: Monday 5 October, 09:00-10:00 Danish time (same time zone as Flensburg).
        You will meet me and Anders Bech, our Head of Service Operations.</p>
        <p class="MsoNormal">Please accept the invite so it lands in your calendar.</p>
        <p class="MsoNormal">Viele Grüße aus Aarhus – my German is better in writing than speaking, so we'll keep it
        in English :-)</p>
        <p class="MsoNormal">Mette Kjærgaard<br>Senior Talent Partner | Kattegat Vind A/S<br>
        Skovvejen 18, 8000 Aarhus C | +45 86 12 40 77</p>
        <div style="margin-bottom:24px">________________________________________________________________________________</div>
        <div><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_kv381556">Click here to join the meeting</a></div>
        <div>Meeting ID: 381 556 204 117<br>Passcode: Vx7qLp</div>
        </div></body></html>
        """)
    ics = _kattegat_ics("20261005T090000", "20261005T100000", 0, KATTEGAT_UID, "20260928T133012Z")
    hs = head(addr("Mette Kjærgaard", "mkj@kattegatvind.dk"),
              "Interview: Service Planning Lead – Kattegat Vind",
              "2026-09-28 15:30", "Europe/Copenhagen", "DB9PR02MB7418A3C1E6F4B2D77C0D9E41A2@DB9PR02MB7418.eurprd02.prod.outlook.com",
              mx_from="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2101.outbound.protection.outlook.com [40.107.20.101])",
              extra=(("Thread-Topic", "Interview: Service Planning Lead – Kattegat Vind".replace("–", "-")),
                     ("Accept-Language", "da-DK, en-US"), ("Content-Language", "en-US"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(h), calendar(ics, cte="base64")))


@mail(n(5), family="exchange", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-07 13:30", "Europe/Copenhagen"), end=utc("2026-10-07 14:30", "Europe/Copenhagen"),
      contact="mkj@kattegatvind.dk", company="Kattegat Vind A/S",
      local="Wed 2026-10-07 13:30", local_end="2026-10-07 14:30", zone="Europe/Copenhagen",
      note="Exchange update (SEQUENCE 1) moving Mon 5 Oct 09:00 to Wed 7 Oct 13:30-14:30 Copenhagen time "
           "(CEST) -> 11:30Z-12:30Z; body states old and new time; same UID as the first invite")
def p05() -> bytes:
    body = t("""
        Hi Jannik,

        Sorry for the shuffle - Anders has to be on site in Grenaa on Monday morning, so I have
        moved our interview from Monday 5 October 09:00 to Wednesday 7 October, 13:30-14:30
        (Danish time = your time). Same Teams link as before.

        Thanks for being flexible, and bis Mittwoch!

        Mette

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Meeting ID: 381 556 204 117
        Passcode: Vx7qLp
        ________________________________________________________________________________
        """)
    ics = _kattegat_ics("20261007T133000", "20261007T143000", 1, KATTEGAT_UID, "20261001T081201Z")
    hs = head(addr("Mette Kjærgaard", "mkj@kattegatvind.dk"),
              "Updated: Interview: Service Planning Lead – Kattegat Vind",
              "2026-10-01 10:12", "Europe/Copenhagen", "DB9PR02MB7418F1B06A2C94E3D5A7B802C1@DB9PR02MB7418.eurprd02.prod.outlook.com",
              mx_from="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2110.outbound.protection.outlook.com [40.107.20.110])",
              extra=(("Thread-Topic", "Interview: Service Planning Lead - Kattegat Vind"),
                     ("Accept-Language", "da-DK, en-US"), ("Content-Language", "en-US")))
    return message(hs, alt(text(body, cte="base64"), calendar(ics, cte="base64")))


@mail(n(6), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-07 11:15", BER), end=None,
      contact="merle.hansen@alster-offshore.de", company="Alster Offshore Logistics GmbH",
      local="Mon 2026-12-07 11:15", zone=BER,
      note="Workday HTML-only (base64): 'Mo., 07.12.2026 um 11:15 Uhr' Hamburg, CET (UTC+1) -> 10:15Z; no "
           "length; sender is the Workday tenant address, contact = the recruiter's address in the body")
def p06() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="20" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px">
        <tr><td><img src="https://alsteroffshore.wd3.myworkdayjobs.com/logo.png" alt="Alster Offshore Logistics" height="40"></td></tr>
        <tr><td>
        <p>Hallo Jannik Petersen,</p>
        <p>Ihr Vorstellungsgespräch für die Stelle <b>R-00417 Teamleiter Serviceplanung Offshore (m/w/d)</b>
        wurde geplant.</p>
        <p><b>Termin:</b> Mo., 07.12.2026 um 11:15 Uhr (Mitteleuropäische Zeit)<br>
        <b>Ort:</b> Alster Offshore Logistics GmbH, Große Elbstraße 145, 22767 Hamburg<br>
        <b>Teilnehmende:</b> Merle Hansen (Talent Acquisition), Dr. Keno Oltmanns (Bereichsleitung Offshore)</p>
        <p>Bitte bringen Sie einen gültigen Lichtbildausweis mit.</p>
        <p>Sie können den Status Ihrer Bewerbung jederzeit in Ihrem
        <a href="https://alsteroffshore.wd3.myworkdayjobs.com/de-DE/Karriere/userHome">Kandidatenkonto</a> einsehen.</p>
        <p>Bei Fragen erreichen Sie Ihre Ansprechpartnerin Merle Hansen unter
        <a href="mailto:merle.hansen@alster-offshore.de">merle.hansen@alster-offshore.de</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Alster Offshore Logistics GmbH</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#777">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie
        nicht auf diese E-Mail.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head("Alster Offshore Logistics <alsteroffshore@myworkday.com>",
              "Einladung: Vorstellungsgespräch R-00417 Teamleiter Serviceplanung Offshore (m/w/d)",
              "2026-12-02 09:40", BER, "1820716093.55201.1796200800412@wd3-impl-prod.myworkday.com",
              mx_from="from wd3-smtp.myworkday.com (wd3-smtp.myworkday.com [198.51.100.203])")
    return message(hs, html(h, cte="base64"))


@mail(n(7), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:00", "Europe/London"), end=utc("2026-11-10 15:00", "Europe/London"),
      contact="fraser.doig@northsea-assetcare.co.uk", company="Northsea Asset Care Ltd",
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 15:00", zone="Europe/London",
      note="SmartRecruiters: 'Tue, Nov 10, 2026 2:00 PM - 3:00 PM GMT' (UK on GMT in November) -> "
           "14:00Z-15:00Z (15:00 in Flensburg); ICS in UTC agrees; no-reply sender, contact = human ICS ORGANIZER")
def p07() -> bytes:
    body = t("""
        Hello Jannik,

        Your interview has been scheduled.

        Job: Maintenance Planning Engineer - Offshore Wind (Remote / Aberdeen)
        Date: Tue, Nov 10, 2026
        Time: 2:00 PM - 3:00 PM GMT
        Location: Microsoft Teams (link in the calendar invitation)
        Interviewers: Fraser Doig, Ailsa Buchanan

        Add this interview to your calendar with the attached .ics file.

        Good luck!
        Northsea Asset Care Hiring Team

        Powered by SmartRecruiters
        You are receiving this email because you applied for a position at Northsea Asset Care Ltd.
        """)
    h = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;color:#333">
        <h2 style="font-weight:400">Your interview has been scheduled</h2>
        <p>Hello Jannik,</p>
        <table cellpadding="6">
        <tr><td style="color:#888">Job</td><td>Maintenance Planning Engineer - Offshore Wind (Remote / Aberdeen)</td></tr>
        <tr><td style="color:#888">Date</td><td>Tue, Nov 10, 2026</td></tr>
        <tr><td style="color:#888">Time</td><td>2:00 PM - 3:00 PM GMT</td></tr>
        <tr><td style="color:#888">Location</td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        <tr><td style="color:#888">Interviewers</td><td>Fraser Doig, Ailsa Buchanan</td></tr>
        </table>
        <p>Add this interview to your calendar with the attached .ics file.</p>
        <p>Good luck!<br>Northsea Asset Care Hiring Team</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-7f61c0d2-4a3e-4b1c-9d0e-2b8a6f3c1e55
DTSTAMP:20261104T160500Z
DTSTART:20261110T140000Z
DTEND:20261110T150000Z
SUMMARY:Interview - Maintenance Planning Engineer - Offshore Wind
ORGANIZER;CN=Fraser Doig:mailto:fraser.doig@northsea-assetcare.co.uk
ATTENDEE;CN=Jannik Petersen;RSVP=TRUE:mailto:{ME}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Northsea Asset Care <noreply@smartrecruiters.com>",
              "Interview scheduled: Maintenance Planning Engineer - Offshore Wind",
              "2026-11-04 16:05", "Europe/London", "0102019a4f7c2e61-8d3b5c77-e1b0-4f2a-a9c6-6b1e0f4d2a93-000000@eu-west-1.amazonses.com",
              mx_from="from a27-44.smtp-out.eu-west-1.amazonses.com (a27-44.smtp-out.eu-west-1.amazonses.com [54.240.27.44])")
    return message(hs, mixed(alt(text(body, cte="7bit"), html(h)),
                             calendar(ics, method=None, ctype="application/ics", filename="interview.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(8), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-18 09:00", BER), end=utc("2026-11-18 09:45", BER),
      contact="svenja.carstensen@foerde-energie.de", company="Förde Energie Systeme GmbH",
      local="Wed 2026-11-18 09:00", local_end="2026-11-18 09:45", zone=BER,
      note="Jannik forwards (message/rfc822) a Teamtailor confirmation from his old address to himself: "
           "Mi., 18. November 2026, 09:00-09:45 Kiel (CET) -> 08:00Z-08:45Z; Teamtailor relay Reply-To is "
           "not a human mailbox, contact = the recruiter's address in the forwarded body")
def p08() -> bytes:
    inner_body = t("""
        Hallo Jannik,

        vielen Dank, dass Sie sich einen Termin ausgesucht haben. Ihr Interview ist bestätigt:

        Serviceplaner:in Windenergie (Kiel)
        Mittwoch, 18. November 2026
        09:00–09:45 (Europe/Berlin)
        Videointerview über Teamtailor Meetings:
        https://foerde-energie.teamtailor.com/meetings/3c9e1f02

        Sie sprechen mit Svenja Carstensen (People & Culture) und Malte Rehder (Teamleitung
        Service).

        Falls etwas dazwischenkommt, schreiben Sie mir gern direkt:
        svenja.carstensen@foerde-energie.de

        Herzliche Grüße
        Svenja Carstensen
        Förde Energie Systeme GmbH
        """)
    inner_html = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1b1b1b">
        <p>Hallo Jannik,</p>
        <p>vielen Dank, dass Sie sich einen Termin ausgesucht haben. Ihr Interview ist bestätigt:</p>
        <div style="border-radius:8px;background:#f3f0ff;padding:16px">
        <b>Serviceplaner:in Windenergie (Kiel)</b><br>
        Mittwoch, 18. November 2026<br>09:00–09:45 (Europe/Berlin)<br>
        Videointerview über Teamtailor Meetings:
        <a href="https://foerde-energie.teamtailor.com/meetings/3c9e1f02">Meeting beitreten</a></div>
        <p>Sie sprechen mit Svenja Carstensen (People &amp; Culture) und Malte Rehder (Teamleitung Service).</p>
        <p>Falls etwas dazwischenkommt, schreiben Sie mir gern direkt:
        <a href="mailto:svenja.carstensen@foerde-energie.de">svenja.carstensen@foerde-energie.de</a></p>
        <p>Herzliche Grüße<br>Svenja Carstensen<br>Förde Energie Systeme GmbH</p>
        </body></html>
        """)
    inner_hs = [
        ("From", addr("Förde Energie Systeme", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c7a90e41d2b3@teamtailor-mail.com"),
        ("To", addr("Jannik Petersen", "jannik.petersen@example.net")),
        ("Subject", enc("Ihr Interview bei Förde Energie Systeme ist bestätigt")),
        ("Date", date("2026-11-12 10:03", BER)),
        ("Message-ID", "<6f3e8c1a-0b2d-4e9f-8a71-5c2d9e0b4f18@teamtailor-mail.com>"),
    ]
    inner = message(inner_hs, alt(text(inner_body), html(inner_html)))
    outer_body = t("""
        Zur Sicherheit an die Hauptadresse - die alte Adresse lese ich bald nicht mehr.
        """)
    hs = head(addr("Jannik Petersen", "jannik.petersen@example.net"),
              "Fwd: Ihr Interview bei Förde Energie Systeme ist bestätigt",
              "2026-11-12 19:20", BER, "b8d1e2f3-71aa-4c0e-9d55-0e7f2a6c3b19@example.net")
    return message(hs, mixed(text(outer_body, cte="7bit"), attached_message(inner, "Ihr Interview.eml")))


@mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-02 15:00", BER), end=utc("2026-11-02 15:45", BER),
      contact="tyler@windscope.io", company="Windscope Inc.",
      local="Mon 2026-11-02 15:00", local_end="2026-11-02 15:45", zone=BER,
      note="Calendly invitee confirmation in the invitee's zone: 3:00pm-3:45pm Central European Time on Mon "
           "2 Nov -> 14:00Z-14:45Z (the host in Chicago is on CST from 1 Nov, 8:00am); ICS in UTC agrees; "
           "contact = host's Reply-To")
def p09() -> bytes:
    body = t("""
        Hi Jannik Petersen,

        Your Technical Screen - Field Ops Scheduling with Tyler Brandvold at 3:00pm - 3:45pm
        (Central European Time) on Monday, November 2, 2026 is scheduled.

        Event Name:
        Technical Screen - Field Ops Scheduling

        Event Date/Time:
        3:00pm - 3:45pm (Central European Time) on Monday, November 2, 2026

        Location:
        This is a Zoom web conference.
        Attendees can join this meeting from a computer, tablet or smartphone.
        https://windscope.zoom.us/j/86120447731

        Invitee Email:
        jannik.petersen@example.org

        Questions:
        Anything you'd like us to know before the call?
        I currently plan ~140 turbines in Schleswig-Holstein; happy to walk through a week plan.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b3f1a2e-8c4d
        Reschedule: https://calendly.com/reschedulings/6b3f1a2e-8c4d

        Powered by Calendly.com
        """)
    h = gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Proxima Nova,Arial">')
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:6b3f1a2e-8c4d-4a77-b1f9-0d25e3c8a914@calendly.com
DTSTAMP:20261028T131240Z
DTSTART:20261102T140000Z
DTEND:20261102T144500Z
SUMMARY:Technical Screen - Field Ops Scheduling (Tyler Brandvold and Jannik Petersen)
ORGANIZER;CN=Tyler Brandvold:mailto:tyler@windscope.io
ATTENDEE;CN=Jannik Petersen;PARTSTAT=ACCEPTED:mailto:{ME}
LOCATION:https://windscope.zoom.us/j/86120447731
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Technical Screen - Field Ops Scheduling with Tyler Brandvold on Monday, November 2, 2026",
              "2026-10-28 13:12", "UTC", "calendly.invitee.6b3f1a2e8c4d@mail.calendly.com",
              mx_from="from mail.calendly.com (mail.calendly.com [192.0.2.88])",
              extra=(("Reply-To", "Tyler Brandvold <tyler@windscope.io>"),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(10), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-16 13:00", BER), end=None,
      contact="finn.albers@rotorlog.de", company="Rotorlog GmbH",
      local="Fri 2026-10-16 13:00", zone=BER,
      note="Google Calendar invitation for an all-day event (DTSTART;VALUE=DATE 2026-10-16); the time is "
           "only in the description: 'Beginn 13:00 Uhr' Hamburg, CEST -> 11:00Z; 'ca. 2 Stunden' is "
           "approximate, end null; contact = organizer (Reply-To / ORGANIZER)")
def p10() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vorstellungsgespräch Jannik Petersen – Rotorlog
        Wann
        Freitag, 16. Okt. 2026 (ganztägig)
        Wo
        Rotorlog GmbH, Stresemannstraße 23, 22769 Hamburg (Karte: https://www.google.com/maps/search/Stresemannstra%C3%9Fe+23)
        Kalender
        jannik.petersen@example.org
        Teilnehmer
        * Finn Albers - Organisator
        * jannik.petersen@example.org

        Moin Jannik, ich hab's als Ganztagstermin eingetragen, damit du die Anreise aus Flensburg
        mit im Kalender hast. Beginn ist um 13:00 Uhr bei uns im Büro, wir rechnen mit ca. 2 Stunden
        inkl. Rundgang durch die Werkstatt. Bei Fragen: 0151 2294 8830. Finn

        Teilnehmen? Ja - Vielleicht - Nein    Weitere Optionen:
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NGdxM2Q&tok=MTk

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie "Nein" ablehnen,
        erhalten Sie keine weiteren Updates zu diesem Termin.
        """)
    h = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><meta itemprop="description" content="Vorstellungsgespräch Jannik Petersen – Rotorlog"></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif"><table cellpadding="0" cellspacing="0">
        <tr><td><h2 style="font-weight:400;font-size:22px">Vorstellungsgespräch Jannik Petersen – Rotorlog</h2></td></tr>
        <tr><td><b>Wann</b></td><td>Freitag, 16. Okt. 2026 (ganztägig)</td></tr>
        <tr><td><b>Wo</b></td><td>Rotorlog GmbH, Stresemannstraße 23, 22769 Hamburg</td></tr>
        <tr><td><b>Teilnehmer</b></td><td><ul><li>Finn Albers - Organisator</li><li>jannik.petersen@example.org</li></ul></td></tr>
        </table>
        <p>Moin Jannik, ich hab's als Ganztagstermin eingetragen, damit du die Anreise aus Flensburg mit im Kalender
        hast. Beginn ist um 13:00 Uhr bei uns im Büro, wir rechnen mit ca. 2 Stunden inkl. Rundgang durch die
        Werkstatt. Bei Fragen: 0151 2294 8830. Finn</p>
        <p style="color:#777;font-size:12px">Einladung von Google Kalender</p></div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261016
DTEND;VALUE=DATE:20261017
DTSTAMP:20261010T092011Z
ORGANIZER;CN=Finn Albers:mailto:finn.albers@rotorlog.de
UID:4gq3d7v0k1n2m8s5r6t9b0c1e2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Finn Albers;X-NUM-GUESTS=0:mailto:finn.albers@rotorlog.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261010T092010Z
DESCRIPTION:Moin Jannik\\, ich hab's als Ganztagstermin eingetragen\\, damit du die Anreise aus Flensburg mit im Kalender hast. Beginn ist um 13:00 Uhr bei uns im Büro\\, wir rechnen mit ca. 2 Stunden inkl. Rundgang durch die Werkstatt. Bei Fragen: 0151 2294 8830. Finn
LAST-MODIFIED:20261010T092010Z
LOCATION:Rotorlog GmbH\\, Stresemannstraße 23\\, 22769 Hamburg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Jannik Petersen – Rotorlog
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    subject = ("Einladung: Vorstellungsgespräch Jannik Petersen – Rotorlog @ Fr. 16. Okt. 2026 (ganztägig) "
               "(jannik.petersen@example.org)")
    hs = head(addr("Finn Albers", "finn.albers@rotorlog.de"), subject, "2026-10-10 11:20", BER,
              "0000000000004a1f2b0605c3d7e8@google.com",
              mx_from="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Reply-To", "finn.albers@rotorlog.de"),
                     ("Sender", "Google Calendar <calendar-notification@google.com>")))
    return message(hs, mixed(alt(text(body), html(h), calendar(ics, cte="quoted-printable")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True, cte="base64")))


@mail(n(11), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-17 08:30", BER), end=utc("2026-09-17 09:15", BER),
      contact=None, company="Fördestadt Netze GmbH",
      local="Thu 2026-09-17 08:30", local_end="2026-09-17 09:15", zone=BER,
      note="Microsoft Bookings: Do., 17.09.2026 08:30, 'Dauer: 45 Minuten', zone label shows the standard "
           "offset '(UTC+01:00) Amsterdam, Berlin...' but September is CEST -> 06:30Z-07:15Z, which the ICS "
           "(W. Europe Standard Time) confirms; Bookings mailbox and staff name only -> contact null")
def p11() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#201f1e">
        <p style="font-size:20px">Ihre Buchung ist bestätigt</p>
        <p>Hallo Jannik Petersen,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Fördestadt Netze – Bewerbungsgespräche</b>.</p>
        <table cellpadding="4">
        <tr><td>Dienst</td><td>Vorstellungsgespräch Netzleitstelle / Einsatzplanung</td></tr>
        <tr><td>Datum und Uhrzeit</td><td>Donnerstag, 17. September 2026 08:30</td></tr>
        <tr><td>Zeitzone</td><td>(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Dauer</td><td>45 Minuten</td></tr>
        <tr><td>Mitarbeiter</td><td>Torben Ketelsen</td></tr>
        <tr><td>Ort</td><td>Fördestadt Netze GmbH, Batteriestraße 48, 24939 Flensburg, Haus B, Raum 2.14</td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/FoerdestadtNetze@foerdestadtnetze.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        <p>Wir freuen uns auf Sie!</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Fördestadt Netze – Bewerbungsgespräche:mailto:Bewerbungsgespraeche@foerdestadtnetze.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jannik Petersen:mailto:{ME}
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Netzleitstelle / Einsatzplanung
DTSTART;TZID=W. Europe Standard Time:20260917T083000
DTEND;TZID=W. Europe Standard Time:20260917T091500
UID:040000008200E00074C5B7101A82E00800000000B1F0D6A2C946DC01000000000000000010000000F3A1
DTSTAMP:20260911T100003Z
LOCATION;LANGUAGE=de-DE:Batteriestraße 48\\, 24939 Flensburg
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Fördestadt Netze – Bewerbungsgespräche", "Bewerbungsgespraeche@foerdestadtnetze.onmicrosoft.com"),
              "Ihre Buchung bei Fördestadt Netze – Bewerbungsgespräche ist bestätigt",
              "2026-09-11 12:00", BER, "AM0PR03MB6021D2F4B81C3AE9B1E07C55A3@AM0PR03MB6021.eurprd03.prod.outlook.com",
              mx_from="from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2070.outbound.protection.outlook.com [40.107.105.70])")
    return message(hs, mixed(html(h, cte="base64"), calendar(ics, cte="base64", filename="invite.ics",
                                                            disposition="attachment")))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-24 16:30", "Europe/London"), end=None,
      contact="priya.raman@tidewise.co.uk", company="Tidewise Ltd",
      local="Tue 2026-11-24 16:30", zone="Europe/London",
      note="Recruiter mail with a pasted Zoom invitation: 'Nov 24, 2026 04:30 PM London' (GMT) -> 16:30Z, "
           "also '5:30pm for you'; no length; contact = human sender")
def p12() -> bytes:
    body = t("""
        Hi Jannik,

        Great news - Tom and Grace would like to meet you for the second round. As agreed on
        the phone, we're locking in Tuesday 24th at 4:30pm UK time (5:30pm for you in
        Flensburg). Invite details below.

        The session is a case study: we'll share a week of fault tickets from a 60-turbine
        portfolio and ask you to build a crew plan. No preparation needed.

        Cheers,
        Priya

        Priya Raman | Talent Lead | Tidewise Ltd
        priya.raman@tidewise.co.uk | +44 20 3890 1154

        ---
        Priya Raman is inviting you to a scheduled Zoom meeting.

        Topic: Tidewise - Jannik Petersen - Round 2 (Case Study)
        Time: Nov 24, 2026 04:30 PM London

        Join Zoom Meeting
        https://tidewise.zoom.us/j/91457730218?pwd=cWx0b2x2bmVzdA

        Meeting ID: 914 5773 0218
        Passcode: 442917
        """)
    h = t("""
        <div dir="ltr"><div>Hi Jannik,</div><div><br></div>
        <div>Great news - Tom and Grace would like to meet you for the second round. As agreed on the phone,
        we're locking in Tuesday 24th at 4:30pm UK time (5:30pm for you in Flensburg). Invite details below.</div>
        <div><br></div><div>The session is a case study: we'll share a week of fault tickets from a 60-turbine
        portfolio and ask you to build a crew plan. No preparation needed.</div><div><br></div>
        <div>Cheers,<br>Priya</div><div><br></div>
        <div style="color:#666">Priya Raman | Talent Lead | Tidewise Ltd<br>priya.raman@tidewise.co.uk | +44 20 3890 1154</div>
        <div>---</div>
        <div>Priya Raman is inviting you to a scheduled Zoom meeting.<br><br>Topic: Tidewise - Jannik Petersen - Round 2 (Case Study)<br>
        Time: Nov 24, 2026 04:30 PM London<br><br>Join Zoom Meeting<br>
        <a href="https://tidewise.zoom.us/j/91457730218?pwd=cWx0b2x2bmVzdA">https://tidewise.zoom.us/j/91457730218?pwd=cWx0b2x2bmVzdA</a><br><br>
        Meeting ID: 914 5773 0218<br>Passcode: 442917</div></div>
        """)
    hs = head(addr("Priya Raman", "priya.raman@tidewise.co.uk"), "Round 2 - Tuesday 24th",
              "2026-11-18 11:02", "Europe/London", "CAHr7mX1pQ9vT0e4Wbq+Zz2kYV8f3nN6s@mail.gmail.com",
              mx_from="from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])")
    return message(hs, alt(text(body, cte="7bit"), html(h)))


@mail(n(13), family="workable", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", BER), end=utc("2026-10-26 11:00", BER),
      contact="o.thomsen@marschwind-service.de", company="Marschwind Service GmbH",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=BER,
      note="Workable, sent Thu 22 Oct in CEST for Mon 26 Oct 10:00-11:00 MEZ, the day after the switch back "
           "-> 09:00Z-10:00Z (not 08:00Z); Reply-To is a Workable relay, contact = address in the signature")
def p13() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        wir freuen uns, Sie zu einem Gespräch für die Position Disponent Serviceeinsätze
        Windenergie (m/w/d) in Husum einzuladen. Ihr gewählter Termin ist bestätigt:

        Montag, 26. Oktober 2026
        10:00 - 11:00 MEZ
        Marschwind Service GmbH, Osterhusumer Straße 74, 25813 Husum

        Bitte beachten Sie: In der Nacht zum 25. Oktober werden die Uhren auf Winterzeit
        umgestellt.

        Mit freundlichen Grüßen

        Ole Thomsen
        Personal & Organisation
        Marschwind Service GmbH
        o.thomsen@marschwind-service.de | 04841 77 31 20

        ---
        Sent via Workable
        """)
    h = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Petersen,</p>
        <p>wir freuen uns, Sie zu einem Gespräch für die Position <b>Disponent Serviceeinsätze Windenergie (m/w/d)</b>
        in Husum einzuladen. Ihr gewählter Termin ist bestätigt:</p>
        <p style="background:#f2f6f8;padding:12px">Montag, 26. Oktober 2026<br>10:00 - 11:00 MEZ<br>
        Marschwind Service GmbH, Osterhusumer Straße 74, 25813 Husum</p>
        <p>Bitte beachten Sie: In der Nacht zum 25. Oktober werden die Uhren auf Winterzeit umgestellt.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Ole Thomsen<br>Personal &amp; Organisation<br>Marschwind Service GmbH<br>
        <a href="mailto:o.thomsen@marschwind-service.de">o.thomsen@marschwind-service.de</a> | 04841 77 31 20</p>
        <p style="font-size:11px;color:#8a8a8a">Sent via <a href="https://www.workable.com">Workable</a></p>
        </body></html>
        """)
    hs = head("Marschwind Service GmbH <noreply@candidates.workablemail.com>",
              "Ihr Gesprächstermin bei Marschwind Service GmbH",
              "2026-10-22 13:37", BER, "wk.3b7f9e0d2c4a.83321@candidates.workablemail.com",
              mx_from="from mail-out.workablemail.com (mail-out.workablemail.com [198.51.100.145])",
              extra=(("Reply-To", "marschwind-service+a6c2f81e90@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(h)))


@mail(n(14), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-27 09:00", BER), end=None,
      contact="anke.voss@kieler-kabeltechnik.de", company="Kieler Kabeltechnik GmbH",
      local="Fri 2026-11-27 09:00", zone=BER,
      note="JOIN message relay, Date Thu 26 Nov 07:12: 'morgen um Punkt neun' -> Fri 27 Nov 09:00 CET = "
           "08:00Z; relay sender, contact = recruiter's address in the body")
def p14() -> bytes:
    body = t("""
        Kieler Kabeltechnik GmbH hat Ihnen eine Nachricht geschickt:

        ----------------------------------------------------------------
        Guten Morgen Herr Petersen,

        wie gestern am Telefon besprochen: Wir sehen uns morgen um Punkt neun bei uns in
        Kiel-Wellingdorf (Schönberger Straße 9, Eingang über den Hof). Das Gespräch führen
        Herr Brandt aus der Einsatzplanung und ich.

        Parken können Sie direkt vor Halle 2.

        Beste Grüße
        Anke Voß
        Personalreferentin
        anke.voss@kieler-kabeltechnik.de
        ----------------------------------------------------------------

        Antworten Sie direkt auf diese E-Mail oder in Ihrem JOIN-Konto:
        https://join.com/candidate/messages/7712034

        JOIN Solutions AG · Diese E-Mail wurde automatisch versendet.
        """)
    hs = head("Kieler Kabeltechnik GmbH via JOIN <noreply@join.com>",
              "Neue Nachricht von Kieler Kabeltechnik GmbH",
              "2026-11-26 07:12", BER, "msg-7712034-20261126061207@mailer.join.com",
              mx_from="from mailer.join.com (mailer.join.com [203.0.113.19])",
              extra=(("Reply-To", "msg-7712034.c4e1@reply.join.com"),))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(15), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 14:00", BER), end=utc("2026-10-08 15:30", BER),
      contact="insa.rohwer@hanseblade.de", company="HanseBlade Engineering GmbH",
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:30", zone=BER,
      note="softgarden (ISO-8859-15, quoted-printable): 'am 08.10.2026 von 14:00 bis 15:30 Uhr' Hamburg, CEST "
           "-> 12:00Z-13:30Z; contact = human Reply-To")
def p15() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Terminauswahl. Ihr Vorstellungsgespräch für die Stelle
        "Ingenieur Instandhaltungsplanung Rotorblätter (m/w/d)" ist wie folgt bestätigt:

        Termin: Donnerstag, 08.10.2026 von 14:00 bis 15:30 Uhr
        Ort: HanseBlade Engineering GmbH, Hermann-Blohm-Straße 3, 20457 Hamburg
        Ansprechpartnerin: Dr. Insa Rohwer, Leitung Engineering Services

        Der Termin besteht aus einem Gespräch (ca. 60 Minuten) und einer kurzen Führung
        durch unser Prüflabor.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig
        Bescheid.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der HanseBlade Engineering GmbH

        ---
        Diese E-Mail wurde über softgarden versendet.
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Petersen,</p>
        <p>vielen Dank für Ihre Terminauswahl. Ihr Vorstellungsgespräch für die Stelle
        &quot;Ingenieur Instandhaltungsplanung Rotorblätter (m/w/d)&quot; ist wie folgt bestätigt:</p>
        <p><b>Termin:</b> Donnerstag, 08.10.2026 von 14:00 bis 15:30 Uhr<br>
        <b>Ort:</b> HanseBlade Engineering GmbH, Hermann-Blohm-Straße 3, 20457 Hamburg<br>
        <b>Ansprechpartnerin:</b> Dr. Insa Rohwer, Leitung Engineering Services</p>
        <p>Der Termin besteht aus einem Gespräch (ca. 60 Minuten) und einer kurzen Führung durch unser Prüflabor.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig Bescheid.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der HanseBlade Engineering GmbH</p>
        <p style="color:#999;font-size:10px">Diese E-Mail wurde über softgarden versendet.</p>
        </body></html>
        """)
    hs = head("HanseBlade Engineering GmbH <noreply@softgarden.io>",
              "Ihr Vorstellungsgespräch bei der HanseBlade Engineering GmbH", "2026-10-02 09:15", BER,
              "sg.1a2b3c4d.26481@mail.softgarden.io", charset="iso-8859-15",
              mx_from="from mail.softgarden.io (mail.softgarden.io [203.0.113.67])",
              extra=(("Reply-To", addr("Dr. Insa Rohwer", "insa.rohwer@hanseblade.de")),))
    return message(hs, alt(text(body, charset="iso-8859-15"), html(h, charset="iso-8859-15")))


@mail(n(16), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-03 10:00", "America/New_York"), end=utc("2026-11-03 10:45", "America/New_York"),
      contact="dana.whitcombe@gridlake.io", company="Gridlake Analytics",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
      note="Greenhouse reschedule sent in EDT: old Thu 29 Oct 10:00 EDT, new Tue 3 Nov 10:00-10:45 AM EST "
           "(US back on standard time from 1 Nov, UTC-5) -> 15:00Z-15:45Z (16:00 CET); contact = Reply-To")
def p16() -> bytes:
    body = t("""
        Hi Jannik,

        Marcus has been pulled into a customer escalation on Thursday, so we need to move your
        interview. Thank you for being flexible!

        Previously: Thursday, October 29, 2026, 10:00 AM - 10:45 AM EDT
        New time:   Tuesday, November 3, 2026, 10:00 AM - 10:45 AM EST (UTC-05:00)

        For you that is 4:00 PM - 4:45 PM CET - by then both sides are back on standard time.

        The Google Meet link stays the same:
        https://meet.google.com/ksv-qrtd-wpm

        Best,
        Dana Whitcombe
        Recruiting Coordinator, Gridlake Analytics
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f2a37">
        <p>Hi Jannik,</p>
        <p>Marcus has been pulled into a customer escalation on Thursday, so we need to move your interview.
        Thank you for being flexible!</p>
        <p><s>Thursday, October 29, 2026, 10:00 AM &ndash; 10:45 AM EDT</s><br>
        <b>Tuesday, November 3, 2026, 10:00 AM &ndash; 10:45 AM EST (UTC-05:00)</b></p>
        <p>For you that is 4:00 PM &ndash; 4:45 PM CET &ndash; by then both sides are back on standard time.</p>
        <p>The Google Meet link stays the same:
        <a href="https://meet.google.com/ksv-qrtd-wpm">https://meet.google.com/ksv-qrtd-wpm</a></p>
        <p>Best,<br>Dana Whitcombe<br>Recruiting Coordinator, Gridlake Analytics</p>
        </body></html>
        """)
    hs = head("Gridlake Analytics <no-reply@greenhouse.io>",
              "Updated Interview Time: Gridlake Analytics - Wind Fleet Reliability Engineer",
              "2026-10-27 09:02", "America/New_York", "gh.0a7c51e9b2.1103@greenhouse.io",
              mx_from="from o7.email.greenhouse.io (o7.email.greenhouse.io [198.51.100.77])",
              extra=(("Reply-To", "Dana Whitcombe <dana.whitcombe@gridlake.io>"),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, alt(text(body, cte="base64"), html(h, cte="base64")))


@mail(n(17), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 08:00", "Pacific/Auckland"), end=utc("2026-12-08 09:00", "Pacific/Auckland"),
      contact="aroha.ngata@kowhaiwind.co.nz", company="Kōwhai Wind Ltd",
      local="Tue 2026-12-08 08:00", local_end="2026-12-08 09:00", zone="Pacific/Auckland",
      note="Lever, Wellington: Tue 8 Dec 08:00-09:00 NZDT (UTC+13) -> Mon 7 Dec 19:00Z-20:00Z (Mon 20:00 in "
           "Flensburg, as the mail says): the local date is the next day in UTC terms; ICS agrees; contact = "
           "human Reply-To")
def p17() -> bytes:
    body = t("""
        Kia ora Jannik,

        Thanks for picking a time - your video interview with Kōwhai Wind is booked.

        Role: Remote Service Planning Engineer (EU fleet)
        When: Tuesday 8 December 2026, 8:00 - 9:00 AM NZDT
              (that's Monday 7 December, 8:00 - 9:00 PM in Germany)
        Where: Google Meet - https://meet.google.com/kwh-ptrn-jzd
        With: Aroha Ngata (Talent) and Liam Fitzgerald (Head of Asset Management)

        We know it's an evening slot for you - thanks for making it work across 12 hours.

        Ngā mihi,
        Aroha Ngata
        Talent Partner, Kōwhai Wind Ltd
        """)
    h = t("""
        <html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Kia ora Jannik,</p>
        <p>Thanks for picking a time - your video interview with Kōwhai Wind is booked.</p>
        <ul>
        <li><b>Role:</b> Remote Service Planning Engineer (EU fleet)</li>
        <li><b>When:</b> Tuesday 8 December 2026, 8:00 - 9:00 AM NZDT<br>
        (that's Monday 7 December, 8:00 - 9:00 PM in Germany)</li>
        <li><b>Where:</b> Google Meet - <a href="https://meet.google.com/kwh-ptrn-jzd">meet.google.com/kwh-ptrn-jzd</a></li>
        <li><b>With:</b> Aroha Ngata (Talent) and Liam Fitzgerald (Head of Asset Management)</li>
        </ul>
        <p>We know it's an evening slot for you - thanks for making it work across 12 hours.</p>
        <p>Ngā mihi,<br>Aroha Ngata<br>Talent Partner, Kōwhai Wind Ltd</p>
        <p style="font-size:11px;color:#999">Sent with Lever</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Interview//EN
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
UID:lever-iv-2f7d3c91-kowhai
DTSTAMP:20261130T210500Z
DTSTART;TZID=Pacific/Auckland:20261208T080000
DTEND;TZID=Pacific/Auckland:20261208T090000
SUMMARY:Interview: Jannik Petersen - Remote Service Planning Engineer (EU fleet)
ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@kowhaiwind.co.nz
ATTENDEE;CN=Jannik Petersen;RSVP=TRUE:mailto:{ME}
LOCATION:https://meet.google.com/kwh-ptrn-jzd
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kōwhai Wind", "no-reply@hire.lever.co"),
              "Your interview with Kōwhai Wind is confirmed", "2026-12-01 10:05", "Pacific/Auckland",
              "lever.20261130210500.8c1f@hire.lever.co",
              mx_from="from mail.hire.lever.co (mail.hire.lever.co [198.51.100.12])",
              extra=(("Reply-To", addr("Aroha Ngata", "aroha.ngata@kowhaiwind.co.nz")),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="interview.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(18), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-02 08:00", "America/Denver"), end=utc("2026-12-02 09:00", "America/Denver"),
      contact="kayla.moreno@borealisturbine.com", company="Borealis Turbine Services",
      local="Wed 2026-12-02 08:00", local_end="2026-12-02 09:00", zone="America/Denver",
      note="iCIMS: the body only says the details are in the attached invitation; the ICS has "
           "DTSTART;TZID=America/Denver 2026-12-02 08:00-09:00 (MST, UTC-7) -> 15:00Z-16:00Z; contact = "
           "human ICS ORGANIZER")
def p18() -> bytes:
    body = t("""
        Dear Jannik,

        Thank you for your interest in the Remote Wind Service Planner (EMEA) position at
        Borealis Turbine Services.

        Your interview has been scheduled. The date, time and dial-in details are in the attached
        calendar invitation - please open it to add the interview to your calendar.

        If you have any questions, reply to the calendar invitation and it will reach your
        recruiter.

        Sincerely,
        Talent Acquisition
        Borealis Turbine Services

        This message was sent by iCIMS on behalf of Borealis Turbine Services.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{DENVER}
BEGIN:VEVENT
UID:icims-ie-5520913-borealis
DTSTAMP:20261124T193000Z
DTSTART;TZID=America/Denver:20261202T080000
DTEND;TZID=America/Denver:20261202T090000
SUMMARY:Interview - Remote Wind Service Planner (EMEA) - Jannik Petersen
DESCRIPTION:Panel interview with Kayla Moreno (Recruiter) and Russ Albrecht (Director\\, Service Planning).\\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_br5520913
ORGANIZER;CN=Kayla Moreno:mailto:kayla.moreno@borealisturbine.com
ATTENDEE;CN=Jannik Petersen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head("Borealis Turbine Services <borealisturbine@talent.icims.com>",
              "Interview Scheduled - Remote Wind Service Planner (EMEA)",
              "2026-11-24 12:30", "America/Denver", "icims.5520913.1764012600@talent.icims.com",
              mx_from="from mta12.icims.com (mta12.icims.com [198.51.100.230])")
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="Interview.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-09 14:30", BER), end=None,
      contact="soenke@gluecksburg-rotor.de", company="Glücksburg Rotor Inspektion GmbH",
      local="Wed 2026-12-09 14:30", zone=BER,
      note="Du-Mail eines Geschäftsführers mit zitiertem Verlauf: 'Mi., 9.12. um 14:30 statt Dienstag 10 Uhr' "
           "(Dienstag = 8.12.), CET -> 13:30Z; Jannik hatte 14:30 zugesagt, also fix; contact = sender")
def p19() -> bytes:
    body = t("""
        Top, dann ist es fix: Mi., 9.12. um 14:30 statt Dienstag 10 Uhr. Wir treffen uns wie
        gehabt bei uns in der Halle am Sandwig, Kaffee steht bereit.

        Gruß
        Sönke

        --
        Sönke Matthiesen
        Geschäftsführer
        Glücksburg Rotor Inspektion GmbH
        Tel. 04631 44 08 19

        Am Do., 3. Dez. 2026 um 17:41 Uhr schrieb Jannik Petersen <jannik.petersen@example.org>:
        > Moin Sönke,
        > Mittwoch 14:30 geht bei mir, da hab ich eh Gleitzeit.
        > Gruß Jannik
        >
        > Am Do., 3. Dez. 2026 um 15:10 Uhr schrieb Sönke Matthiesen <soenke@gluecksburg-rotor.de>:
        >> Moin Jannik,
        >> Dienstag um 10 klappt bei uns doch nicht, unser Drohnenteam ist auf Pellworm.
        >> Könntest du stattdessen Mittwoch um halb drei?
        >> Gruß Sönke
        """)
    hs = head(addr("Sönke Matthiesen", "soenke@gluecksburg-rotor.de"),
              "Re: Gespräch nächste Woche", "2026-12-03 18:05", BER,
              "CAK7sM0e-3r1Gq4+JpLx2Vb8nH5d0uYt@mail.gmail.com",
              mx_from="from mail-ej1-f43.google.com (mail-ej1-f43.google.com [209.85.218.43])",
              extra=(("In-Reply-To", "<d41c7a2f-0f5b-4ae2-9c1e-7b3e55aa0c21@example.org>"),
                     ("References", "<CAK7sM0e-0a9Pq1+xxY@mail.gmail.com> "
                                    "<d41c7a2f-0f5b-4ae2-9c1e-7b3e55aa0c21@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(20), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-13 11:00", "Europe/Amsterdam"), end=utc("2026-11-13 12:00", "Europe/Amsterdam"),
      contact="sanne.devries@lumengrid.nl", company="Lumen Grid Software B.V.",
      local="Fri 2026-11-13 11:00", local_end="2026-11-13 12:00", zone="Europe/Amsterdam",
      note="GoodTime reschedule: old Thu 12 Nov 15:00 CET, new Fri 13 Nov 11:00-12:00 CET (Amsterdam) -> "
           "10:00Z-11:00Z; ICS SEQUENCE 2 agrees; sender is the scheduling mailbox, contact = human Reply-To")
def p20() -> bytes:
    body = t("""
        Hi Jannik,

        Your interview with Lumen Grid Software has been rescheduled.

        Original time: Thursday, November 12, 2026 3:00 PM - 4:00 PM CET
        Updated time:  Friday, November 13, 2026 11:00 AM - 12:00 PM CET (Amsterdam)

        Interview: Product Deep Dive - Maintenance Scheduling
        Interviewers: Joost Verbeek (Product Lead), Eline Bakker (Staff Engineer)
        Location: Zoom - https://lumengrid.zoom.us/j/83310452296

        An updated calendar invitation is attached. If the new time does not work, please reply
        to Sanne.

        Thanks,
        Sanne de Vries
        Recruiting Coordinator | Lumen Grid Software
        """)
    h = gmail_html(body)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Hire//EN
METHOD:REQUEST
{AMSTERDAM}
BEGIN:VEVENT
UID:goodtime-1f0b77e2-9a3c-4d58-8d41-lumengrid
DTSTAMP:20261109T084400Z
DTSTART;TZID=Europe/Amsterdam:20261113T110000
DTEND;TZID=Europe/Amsterdam:20261113T120000
SUMMARY:Lumen Grid Software - Product Deep Dive (Jannik Petersen)
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@lumengrid.nl
ATTENDEE;CN=Jannik Petersen;RSVP=TRUE:mailto:{ME}
LOCATION:https://lumengrid.zoom.us/j/83310452296
STATUS:CONFIRMED
SEQUENCE:2
END:VEVENT
END:VCALENDAR"""
    hs = head("Lumen Grid Software <scheduling@goodtime.io>",
              "Rescheduled: Lumen Grid Software interview - Friday, November 13",
              "2026-11-09 09:44", "Europe/Amsterdam", "gt-resched-1f0b77e2@mail.goodtime.io",
              mx_from="from mail.goodtime.io (mail.goodtime.io [192.0.2.150])",
              extra=(("Reply-To", "Sanne de Vries <sanne.devries@lumengrid.nl>"),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(21), family="recruitee", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-05 10:00", BER), end=None,
      contact="imke.hansen@nf-energie.de", company="Nordfriesland Energie eG",
      local="Thu 2026-11-05 10:00", zone=BER,
      note="Recruitee cancellation of 'Donnerstag, 05.11.2026 um 10:00 Uhr' (CET) -> 09:00Z, position filled "
           "internally, no new time; contact = human Reply-To")
def p21() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        leider müssen wir Ihnen mitteilen, dass wir das für Donnerstag, 05.11.2026 um 10:00 Uhr
        vereinbarte Vorstellungsgespräch für die Position „Koordinator Netzanschluss Windparks“
        absagen müssen. Die Stelle konnte kurzfristig intern besetzt werden.

        Wir bedauern das sehr und würden Ihre Unterlagen gern – Ihr Einverständnis vorausgesetzt –
        für künftige Stellen in unserem Talentpool behalten.

        Mit freundlichen Grüßen
        Imke Hansen
        Personal, Nordfriesland Energie eG
        """)
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Sehr geehrter Herr Petersen,</p>
        <p>leider müssen wir Ihnen mitteilen, dass wir das für <b>Donnerstag, 05.11.2026 um 10:00 Uhr</b>
        vereinbarte Vorstellungsgespräch für die Position „Koordinator Netzanschluss Windparks“ absagen müssen.
        Die Stelle konnte kurzfristig intern besetzt werden.</p>
        <p>Wir bedauern das sehr und würden Ihre Unterlagen gern – Ihr Einverständnis vorausgesetzt – für künftige
        Stellen in unserem Talentpool behalten.</p>
        <p>Mit freundlichen Grüßen<br>Imke Hansen<br>Personal, Nordfriesland Energie eG</p>
        <p style="font-size:11px;color:#aaa">Powered by Recruitee</p>
        </body></html>
        """)
    hs = head("Nordfriesland Energie eG <nordfriesland-energie@mail.recruitee.com>",
              "Absage Ihres Gesprächstermins am 05.11.2026", "2026-10-30 15:12", BER,
              "rt.c0ffee42.9917@mail.recruitee.com",
              mx_from="from mail.recruitee.com (mail.recruitee.com [203.0.113.90])",
              extra=(("Reply-To", addr("Imke Hansen", "imke.hansen@nf-energie.de")),))
    return message(hs, alt(text(body), html(h)))


@mail(n(22), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-19 15:00", BER), end=utc("2026-11-19 16:00", BER),
      contact="bjarne.clausen@windpark-service-nord.de", company="Windpark Service Nord GmbH",
      local="Thu 2026-11-19 15:00", local_end="2026-11-19 16:00", zone=BER,
      note="Google Calendar cancellation (METHOD:CANCEL), 'Do. 19. Nov. 2026 15:00 - 16:00 (MEZ)' -> "
           "14:00Z-15:00Z; a new date is promised but not given; contact = organizer")
def p22() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Vorstellungsgespräch Jannik Petersen / WSN
        Wann
        Donnerstag, 19. Nov. 2026 15:00 – 16:00 (Mitteleuropäische Normalzeit - Berlin)
        Wo
        Windpark Service Nord GmbH, Wischhofstraße 1-3, 24148 Kiel
        Teilnehmer
        * Bjarne Clausen - Organisator
        * jannik.petersen@example.org

        Nachricht des Organisators:
        Hallo Herr Petersen, wegen eines Sturmschadens im Park Fehmarn-Süd muss ich den Termin
        leider absagen. Ich melde mich Anfang nächster Woche mit einem neuen Vorschlag.
        Beste Grüße, Bjarne Clausen

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261119T150000
DTEND;TZID=Europe/Berlin:20261119T160000
DTSTAMP:20261116T073100Z
ORGANIZER;CN=Bjarne Clausen:mailto:bjarne.clausen@windpark-service-nord.de
UID:7nq1c4v8d2m0a6x3k9s5t2b1f4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261109T101500Z
LAST-MODIFIED:20261116T073100Z
LOCATION:Windpark Service Nord GmbH\\, Wischhofstraße 1-3\\, 24148 Kiel
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Vorstellungsgespräch Jannik Petersen / WSN
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Abgesagter Termin: Vorstellungsgespräch Jannik Petersen / WSN @ Do. 19. Nov. 2026 15:00 - 16:00 "
               "(MEZ) (jannik.petersen@example.org)")
    hs = head(addr("Bjarne Clausen", "bjarne.clausen@windpark-service-nord.de"), subject,
              "2026-11-16 08:31", BER, "000000000000b7e3f10605d1a2c4@google.com",
              mx_from="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="quoted-printable")),
                             calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                                      disposition="attachment", name_param=True, cte="base64")))


@mail(n(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-22 10:00", BER), end=None,
      contact="kirsten.lueders@elbwerk-rotor.de", company="Elbwerk Rotor Services GmbH",
      local="Thu 2026-10-22 10:00", zone=BER,
      note="Recruiter (windows-1252) cancels the second round 'Do., 22.10. um 10:00 Uhr' (CEST) -> 08:00Z and "
           "only proposes Tue 27.10. 14 Uhr, not confirmed -> cancelled, start = cancelled slot; contact = sender")
def p23() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        leider muss ich unseren Termin für die zweite Gesprächsrunde am Do., 22.10. um 10:00 Uhr
        absagen – Herr Tietjen ist an dem Tag kurzfristig auf einer Baustelle in Cuxhaven
        gebunden. Das tut mir sehr leid.

        Würde Ihnen stattdessen Dienstag, der 27.10., um 14 Uhr passen? Geben Sie mir bitte kurz
        Bescheid, dann schicke ich eine neue Einladung.

        Mit freundlichen Grüßen
        Kirsten Lüders
        Recruiting | Elbwerk Rotor Services GmbH
        Am Sandtorkai 41 · 20457 Hamburg
        """)
    hs = head(addr("Kirsten Lüders", "kirsten.lueders@elbwerk-rotor.de", "windows-1252"),
              "Absage 2. Gesprächsrunde am 22.10.", "2026-10-19 16:47", BER,
              "VI1PR08MB5327E0C2A9D11F4B6E3D7A90B8@VI1PR08MB5327.eurprd08.prod.outlook.com",
              mx_from="from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2081.outbound.protection.outlook.com [40.107.8.81])",
              extra=(("Thread-Topic", "Absage 2. Gesprächsrunde am 22.10.".replace("ä", "ae")),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body, charset="windows-1252"))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="taleo_rejection", lang="de", interview=False, company="Nordic Offshore Holding",
      note="Taleo rejection before any interview ('nicht zu einem Vorstellungsgespräch einladen'); no time")
def p24() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Bewerbung als Senior Planner Offshore Maintenance (Req. 26-0412)
        und das damit verbundene Interesse an der Nordic Offshore Holding.

        Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir
        Sie für diese Position nicht zu einem Vorstellungsgespräch einladen können. Diese
        Entscheidung ist keine Bewertung Ihrer Qualifikation.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Talent Acquisition
        Nordic Offshore Holding

        Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.
        """)
    hs = head("Nordic Offshore Holding <nordicoffshore@taleo.net>",
              "Ihre Bewerbung: Senior Planner Offshore Maintenance (26-0412)", "2026-09-14 08:03", BER,
              "1789372980123.JavaMail.taleo@phx-tlprd-app07",
              mx_from="from smtp-out.taleo.net (smtp-out.taleo.net [198.51.100.31])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(25), family="offer", lang="en", interview=False, company="Tidewise Ltd",
      note="Offer after the interviews; the start date (Mon 4 Jan 2027) and 'a call this week' are not an "
           "interview", days=(("Mon", "2026-12-07"),))
def p25() -> bytes:
    body = t("""
        Hi Jannik,

        I'm delighted to tell you that Tom, Grace and the team would love you to join Tidewise as
        Senior Service Planning Engineer (remote, Germany-based). Your written offer is attached -
        the headline numbers are as we discussed, with a start date of Monday 4 January 2027 or
        whatever notice period works for you.

        Please have a read over the weekend. I'm free most of the week if you'd like to talk it
        through - just grab any time that suits in my calendar, or call me.

        The offer is valid until Monday 7 December.

        Congratulations!
        Priya

        Priya Raman | Talent Lead | Tidewise Ltd
        priya.raman@tidewise.co.uk | +44 20 3890 1154
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Tidewise_Offer_JPetersen.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Tidewise_Offer_JPetersen.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK\n")
    hs = head(addr("Priya Raman", "priya.raman@tidewise.co.uk"), "Your offer from Tidewise 🎉",
              "2026-12-04 15:26", "Europe/London", "CAHr7mX1pQ9vT0e4Wbq+Offer77s@mail.gmail.com",
              mx_from="from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf))


@mail(n(26), family="softgarden_receipt", lang="de", interview=False, company="Kiellinie Energie AG",
      note="softgarden application receipt; mentions that interviews follow later, no time")
def p26() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Bewerbung als Einsatzplaner Windenergie (m/w/d) bei der Kiellinie
        Energie AG. Ihre Unterlagen sind vollständig bei uns eingegangen.

        Wie geht es weiter? Unser Fachbereich sichtet alle Bewerbungen in den nächsten zwei bis
        drei Wochen. Passt Ihr Profil, laden wir Sie zu einem ersten Telefoninterview ein und
        schlagen Ihnen dafür Termine vor.

        Den Stand Ihrer Bewerbung sehen Sie jederzeit unter
        https://kiellinie-energie.softgarden.io/de/candidate

        Mit freundlichen Grüßen
        Ihr Personalteam der Kiellinie Energie AG
        """)
    hs = head("Kiellinie Energie AG <noreply@softgarden.io>",
              "Eingangsbestätigung Ihrer Bewerbung – Einsatzplaner Windenergie (m/w/d)", "2026-09-03 21:14",
              BER, "sg.9f8e7d6c.11802@mail.softgarden.io",
              mx_from="from mail.softgarden.io (mail.softgarden.io [203.0.113.67])")
    return message(hs, alt(text(body, charset="iso-8859-15"),
                           html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", " ")
                                + "</p></body></html>\n", charset="iso-8859-15")))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-alert digest from a job board; 'Vorstellungsgespräch in 7 Tagen' is a marketing phrase")
def p27() -> bytes:
    h = t("""
        <html><body style="font-family:Arial,sans-serif;background:#eef2f5">
        <table width="620" align="center" style="background:#fff" cellpadding="14">
        <tr><td><h2 style="color:#0a4d68">5 neue Jobs für „Serviceplanung Windenergie“ in Schleswig-Holstein &amp; Hamburg</h2></td></tr>
        <tr><td><b><a href="https://www.stellennord.de/job/88120">Serviceplaner (m/w/d) Onshore-Wind</a></b><br>
        Husum · Vollzeit · vor 2 Tagen · <i>Schnell-Bewerbung: Vorstellungsgespräch in 7 Tagen</i></td></tr>
        <tr><td><b><a href="https://www.stellennord.de/job/88131">Technischer Disponent Windparks</a></b><br>
        Kiel · Vollzeit · gestern</td></tr>
        <tr><td><b><a href="https://www.stellennord.de/job/88164">Maintenance Planner Offshore (English)</a></b><br>
        Hamburg · Hybrid · heute</td></tr>
        <tr><td><b><a href="https://www.stellennord.de/job/88170">Leitung Einsatzplanung Service</a></b><br>
        Flensburg · Vollzeit · heute</td></tr>
        <tr><td><b><a href="https://www.stellennord.de/job/88175">Koordinator Großkomponententausch</a></b><br>
        Rendsburg · Vollzeit · heute</td></tr>
        <tr><td style="font-size:11px;color:#888">Sie erhalten diesen Job-Alert, weil Sie ihn am 02.09.2026 angelegt haben.
        <a href="https://www.stellennord.de/alerts/unsubscribe?id=55120">Abmelden</a></td></tr>
        </table></body></html>
        """)
    hs = head("StellenNord Job-Alert <alerts@stellennord.de>",
              "5 neue Jobs: Serviceplanung Windenergie", "2026-10-12 06:30", BER,
              "alert.55120.20261012@stellennord.de",
              extra=(("List-Unsubscribe", "<https://www.stellennord.de/alerts/unsubscribe?id=55120>"),
                     ("Precedence", "bulk")))
    return message(hs, html(h))


@mail(n(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Mailing-list newsletter about job interviews with a live Q&A at a fixed time; not an interview",
      days=(("Tue", "2026-11-10"),))
def p28() -> bytes:
    body = t("""
        WindKarriere Nord - Newsletter November

        1) Das Vorstellungsgespräch in der Windbranche: 7 Fragen, die Serviceplaner immer hören
           "Wie priorisieren Sie, wenn drei Anlagen gleichzeitig stehen?" - Personalerin Gesa
           Lorenzen erzählt im Interview, worauf sie achtet.

        2) Live-Q&A: Dienstag, 10.11., um 18 Uhr auf unserem YouTube-Kanal - schickt eure Fragen
           zum Thema Gehaltsverhandlung vorab an die Redaktion.

        3) Termine: Job-Messe "Energiewende Nord" in Rendsburg, 21.11.

        --
        Ihr erhaltet diesen Newsletter als Mitglied der Liste windkarriere-nord.
        Abmelden: https://lists.windkarriere-nord.de/mailman/options/news
        """)
    hs = head("WindKarriere Nord <news@windkarriere-nord.de>",
              "[WindKarriere Nord] 7 Fragen im Vorstellungsgespräch + Live-Q&A am Dienstag",
              "2026-11-03 07:00", BER, "list.news.2026-11.0042@lists.windkarriere-nord.de",
              to="news@lists.windkarriere-nord.de",
              extra=(("List-Id", "WindKarriere Nord Newsletter <news.lists.windkarriere-nord.de>"),
                     ("List-Unsubscribe", "<https://lists.windkarriere-nord.de/mailman/options/news>"),
                     ("Precedence", "list")))
    return message(hs, text(body, cte="8bit"))


@mail(n(29), family="ashby_self_schedule", lang="en", interview=False, company="Brightfell Energy",
      note="Ashby self-scheduling link: pick a slot, nothing fixed yet")
def p29() -> bytes:
    body = t("""
        Hi Jannik,

        Thanks for your application for Asset Operations Planner (Remote, EU). We'd love to set
        up a 30-minute intro call with Hannah from our Operations team.

        Please choose a time that works for you here:
        https://jobs.ashbyhq.com/brightfell/schedule/2b9e7c31-0d4f

        Slots are shown in your local time zone. If none of them work, just reply and we'll find
        something else.

        Best,
        Brightfell Energy Talent Team
        """)
    hs = head("Brightfell Energy <no-reply@ashbyhq.com>",
              "Schedule your intro call with Brightfell Energy", "2026-10-14 10:22", "Europe/London",
              "0100019b12ca4e8f-ashby-self-schedule-2b9e7c31@email.amazonses.com",
              mx_from="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              extra=(("Reply-To", "Brightfell Talent <talent@brightfell.energy>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="de", interview=False, company="Nordlicht Personal GmbH",
      note="Agency outreach in du; asks for a call 'diese Woche', nothing fixed")
def p30() -> bytes:
    body = t("""
        Moin Jannik,

        ich bin über dein Profil gestolpert – Serviceplanung bei einem Windturbinen-Dienstleister
        in Flensburg, genau das suchen gerade zwei meiner Kunden (ein Hersteller in Hamburg, ein
        Betreiber in Husum). Beide wollen zügig Gespräche führen.

        Hast du Lust auf einen kurzen Call diese Woche? Schreib mir einfach, wann es dir passt,
        gern auch abends.

        Beste Grüße
        Tjark Feddersen
        Senior Consultant Energy & Utilities
        Nordlicht Personal GmbH · Holstenstraße 12 · 24103 Kiel
        """)
    hs = head(addr("Tjark Feddersen", "t.feddersen@nordlicht-personal.de"),
              "Zwei spannende Serviceplanungs-Rollen im Norden", "2026-09-09 12:41", BER,
              "2026090912410.ab77@nordlicht-personal.de")
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(31), family="recruiter_proposal", lang="de", interview=False, company="Förde Energie Systeme GmbH",
      note="Recruiter proposes times ('Würde Ihnen Dienstag kommender Woche um 10 Uhr passen?') and a "
           "booking link: not yet confirmed", days=(("Tue", "2026-11-10"), ("Wed", "2026-11-11")))
def p31() -> bytes:
    body = t("""
        Hallo Herr Petersen,

        vielen Dank für Ihre Bewerbung als Serviceplaner:in Windenergie in Kiel – Ihr Profil hat
        uns sehr gut gefallen!

        Wir würden Sie gern in einem 45-minütigen Videointerview kennenlernen. Würde Ihnen
        Dienstag kommender Woche (10.11.) um 10 Uhr passen? Alternativ ginge Mittwoch, der 11.11.,
        um 14 Uhr. Sie können sich auch direkt über den folgenden Link einen Termin aussuchen:
        https://foerde-energie.teamtailor.com/meetings/book/3c9e

        Herzliche Grüße
        Svenja Carstensen
        People & Culture, Förde Energie Systeme GmbH
        svenja.carstensen@foerde-energie.de
        """)
    hs = head(addr("Förde Energie Systeme", "no-reply@teamtailor-mail.com"),
              "Förde Energie Systeme: Terminvorschlag für ein Kennenlernen", "2026-11-05 14:18", BER,
              "2b1a9e40-5c3d-4f1e-8d6a-91b0c7e2f3a4@teamtailor-mail.com",
              extra=(("Reply-To", "reply+c7a90e41d2b3@teamtailor-mail.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Doctor's appointment confirmation with ICS: fixed time, not an interview",
      days=(("Tue", "2026-09-22"),))
def p32() -> bytes:
    body = t("""
        Guten Tag Herr Petersen,

        Ihr Termin ist bestätigt:

        Praxis Dr. med. Wiebke Asmussen (Allgemeinmedizin)
        Di., 22.09.2026, 08:15 Uhr
        Rathausstraße 7, 24937 Flensburg

        Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen
        können, sagen Sie ihn bitte mindestens 24 Stunden vorher ab.

        Ihr Praxisteam
        (gebucht über TerminNord)
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TerminNord//Praxis//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:tn-88412-asmussen
DTSTAMP:20260916T071000Z
DTSTART:{utc("2026-09-22 08:15", BER).replace("-", "").replace(":", "")}
DTEND:{utc("2026-09-22 08:30", BER).replace("-", "").replace(":", "")}
SUMMARY:Arzttermin Praxis Dr. Asmussen
LOCATION:Rathausstraße 7\\, 24937 Flensburg
END:VEVENT
END:VCALENDAR"""
    hs = head("TerminNord <noreply@terminnord.de>", "Terminbestätigung: Praxis Dr. med. Wiebke Asmussen",
              "2026-09-16 09:10", BER, "tn.88412.1726470600@terminnord.de")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                                  disposition="attachment")))


@mail(n(33), family="personal_appointment", lang="de", interview=False, company=None,
      note="Flat viewing in Hamburg at a fixed time ('Sa., 10.10. um 11:30 Uhr'); not an interview",
      days=(("Sat", "2026-10-10"),))
def p33() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Bahrenfelder Straße 88
        (Hamburg-Ottensen, 3. OG, 58 m²).

        Gern bestätigen wir Ihnen den Besichtigungstermin am Sa., 10.10. um 11:30 Uhr. Bitte
        bringen Sie eine Selbstauskunft, die letzten drei Gehaltsnachweise und eine
        Mietschuldenfreiheitsbescheinigung mit.

        Mit freundlichen Grüßen
        Jana Köster
        Elbblick Immobilienverwaltung GmbH
        """)
    hs = head(addr("Jana Köster", "j.koester@elbblick-immobilien.de"),
              "Besichtigungstermin Bahrenfelder Straße 88", "2026-10-06 17:02", BER,
              "7c2e51b0a1.elbblick@elbblick-immobilien.de")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(34), family="personal_appointment", lang="de", interview=False, company=None,
      note="Car-service appointment at a fixed time (ISO-8859-1, 8bit); not an interview",
      days=(("Mon", "2026-10-19"),))
def p34() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Fahrzeug:  VW Caddy, FL-JP 417
        Leistung:  Inspektion + Wechsel auf Winterreifen (eingelagert)
        Termin:    Montag, 19.10.2026, Annahme um 7:30 Uhr
        Abholung:  voraussichtlich ab 16:00 Uhr

        Ein Ersatzfahrzeug steht nicht zur Verfügung; unser Hol- und Bringservice fährt Sie gern
        zum Bahnhof.

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Mürwik GmbH & Co. KG · Mürwiker Straße 160 · 24943 Flensburg
        """)
    hs = head(addr("Autohaus Mürwik Service", "service@autohaus-muerwik.de", "iso-8859-1"),
              "Ihr Werkstatttermin am 19.10.2026", "2026-10-13 11:55", BER,
              "AH-WT-2026-10-13-5581@autohaus-muerwik.de", charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(35), family="personal_appointment", lang="de", interview=False, company=None,
      note="Parent-teacher meeting slot (Elternsprechtag, Do., 26.11., 16:40 Uhr); the word 'Gespräch' but "
           "not a job interview", days=(("Thu", "2026-11-26"),))
def p35() -> bytes:
    body = t("""
        Liebe Eltern von Ida Petersen,

        vielen Dank für Ihre Anmeldung zum Elternsprechtag. Ihr Gesprächstermin bei Frau Nissen
        (Klassenlehrerin 2b) ist am Donnerstag, 26.11., um 16:40 Uhr in Raum 104. Für jedes
        Gespräch sind 10 Minuten vorgesehen – bitte seien Sie pünktlich, da die Termine direkt
        aufeinander folgen.

        Mit freundlichen Grüßen
        Sekretariat der Grundschule Fruerlund
        """)
    hs = head(addr("Grundschule Fruerlund – Sekretariat", "sekretariat@gs-fruerlund.example.de"),
              "Elternsprechtag – Ihr Termin", "2026-11-19 12:20", BER,
              "esp-2026-2b-ida@gs-fruerlund.example.de")
    return message(hs, text(body))


@mail(n(36), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Recurring Exchange meeting at the current employer (weekly service planning sync); not an "
           "interview", days=(("Mon", "2026-09-07"),))
def p36() -> bytes:
    body = t("""
        Moin zusammen,

        ab nächster Woche machen wir die Wochenplanung wieder montags um 8:30 Uhr, 30 Minuten, in
        Teams – damit die Monteure vor dem Ausrücken alles haben. Bitte vorher die offenen
        Störmeldungen im SAP PM durchsehen.

        Danke und Gruß
        Wiebke

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie am Computer, in der mobilen App oder im Raumgerät teil.
        Besprechungs-ID: 312 008 771 450
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Wiebke Sönnichsen:mailto:w.soennichsen@nordstrand-wind.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Service-Planung Nord:mailto:serviceplanung@nordstrand-wind.de
RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO
SUMMARY;LANGUAGE=de-DE:Wochenplanung Serviceeinsätze
DTSTART;TZID=W. Europe Standard Time:20260907T083000
DTEND;TZID=W. Europe Standard Time:20260907T090000
UID:040000008200E00074C5B7101A82E00800000000D2E4A61B7746DC01000000000000000010000000AA12
DTSTAMP:20260904T101500Z
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Wiebke Sönnichsen", "w.soennichsen@nordstrand-wind.de"), "Wochenplanung Serviceeinsätze",
              "2026-09-04 12:15", BER, "FR3P281MB1563C0A7E9D2B4F61E8A0D33C7@FR3P281MB1563.DEUP281.PROD.OUTLOOK.COM",
              to="Service-Planung Nord <serviceplanung@nordstrand-wind.de>")
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(37), family="webinar", lang="de", interview=False, company=None,
      note="Webinar registration about job interviews, fixed time (Do., 01.10., 17:00 Uhr); not an interview",
      days=(("Thu", "2026-10-01"),))
def p37() -> bytes:
    h = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Anmeldung bestätigt: „Souverän im Vorstellungsgespräch – Karriere in der Energiewende“</h2>
        <p>Hallo Jannik,</p>
        <p>vielen Dank für Ihre Anmeldung. Das Webinar findet statt am</p>
        <p style="font-size:18px"><b>Donnerstag, 01.10.2026, 17:00 – 18:15 Uhr (MESZ)</b></p>
        <p>Referentin: Dr. Anna-Lena Wree, Karrierecoach. Themen: typische Interviewfragen in Technik-Berufen,
        Gehaltsverhandlung, Probearbeitstag.</p>
        <p><a href="https://global.gotowebinar.com/join/4471902233/781552019">Am Webinar teilnehmen</a></p>
        <p>Kalender: <a href="https://global.gotowebinar.com/icsCalendar.tmpl?webinar=4471902233">Outlook</a> ·
        <a href="https://global.gotowebinar.com/gcal?webinar=4471902233">Google</a></p>
        <p>EE-Jobs Akademie</p>
        </body></html>
        """)
    hs = head("EE-Jobs Akademie <customercare@gotowebinar.com>",
              "Anmeldung bestätigt: Souverän im Vorstellungsgespräch – Karriere in der Energiewende",
              "2026-09-24 20:11", BER, "gtw.reg.4471902233.781552019@gotowebinar.com",
              extra=(("Reply-To", "EE-Jobs Akademie <akademie@ee-jobs.example.de>"),))
    return message(hs, html(h))


@mail(n(38), family="mock_interview", lang="de", interview=False, company=None,
      note="Calendly booking with a career coach for a mock interview ('Probe-Vorstellungsgespräch', "
           "Do. 12.11. 18:00); a confirmed time, but not a job interview", days=(("Thu", "2026-11-12"),))
def p38() -> bytes:
    body = t("""
        Hallo Jannik Petersen,

        Ihr Termin Probe-Vorstellungsgespräch (60 Min.) mit Birte Lorenzen um 18:00 - 19:00
        (Mitteleuropäische Zeit) am Donnerstag, 12. November 2026 ist eingeplant.

        Veranstaltungsname:
        Probe-Vorstellungsgespräch (60 Min.)

        Ort:
        Zoom – Zugangsdaten folgen per Mail

        Fragen:
        Für welche Stelle möchten Sie üben?
        Serviceplanung Windenergie, Gespräch bei einem Betreiber in Kiel

        Möchten Sie etwas an dieser Veranstaltung ändern?
        Absagen: https://calendly.com/cancellations/91c2-ab7e
        Verschieben: https://calendly.com/reschedulings/91c2-ab7e

        Unterstützt von Calendly.com
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Bestätigt: Probe-Vorstellungsgespräch (60 Min.) mit Birte Lorenzen am Donnerstag, 12. November 2026",
              "2026-11-06 08:47", "UTC", "calendly.invitee.91c2ab7e@mail.calendly.com",
              extra=(("Reply-To", "Birte Lorenzen <birte@coaching-kueste.de>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(39), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Teams invite at the current employer: Jannik is an interviewer for a working-student candidate "
           "(Fr., 23.10., 13:00); an interview, but not his own", days=(("Fri", "2026-10-23"),))
def p39() -> bytes:
    body = t("""
        Hi Jannik,

        wie im Jour fixe besprochen: Kannst du beim Interview mit der Kandidatin für die
        Werkstudentenstelle Serviceplanung dabei sein? Ich hab uns für Freitag, 23.10., 13:00 bis
        13:45 Uhr im Raum Amrum eingetragen. Lebenslauf hängt im Bewerbermanagement. Du
        übernimmst bitte die Fachfragen zur Einsatzplanung.

        Danke dir!
        Hendrik

        Hendrik Paulsen | Teamleitung Service Nord
        Nordstrand Wind Services GmbH
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Hendrik Paulsen:mailto:h.paulsen@nordstrand-wind.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jannik Petersen:mailto:j.petersen@nordstrand-wind.de
SUMMARY;LANGUAGE=de-DE:Interview Werkstudent:in Serviceplanung (Kandidatin L. Martens)
DTSTART;TZID=W. Europe Standard Time:20261023T130000
DTEND;TZID=W. Europe Standard Time:20261023T134500
UID:040000008200E00074C5B7101A82E00800000000E7A1C3D09D62DC01000000000000000010000000BB07
DTSTAMP:20261020T090200Z
LOCATION;LANGUAGE=de-DE:Besprechungsraum Amrum
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Hendrik Paulsen", "h.paulsen@nordstrand-wind.de"),
              "Interview Werkstudent:in Serviceplanung (Kandidatin L. Martens)", "2026-10-20 11:02", BER,
              "FR3P281MB15639B1E02C7A4D5F0B6E2A1C4@FR3P281MB1563.DEUP281.PROD.OUTLOOK.COM",
              to="Jannik Petersen <j.petersen@nordstrand-wind.de>",
              extra=(("Resent-To", ME),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(40), family="auto_reply", lang="de", interview=False, company="Marschwind Service GmbH",
      note="Out-of-office auto-reply from the Marschwind recruiter to Jannik's mail about the 26.10. "
           "interview; it confirms nothing (company = the sender's employer, a judgement call)",
      days=(("Sun", "2026-10-25"),))
def p40() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Sonntag, 25.10.2026, nicht im Büro und habe keinen Zugriff auf
        meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@marschwind-service.de
        oder telefonisch an 04841 77 31 00.

        Mit freundlichen Grüßen
        Ole Thomsen
        """)
    hs = head(addr("Ole Thomsen", "o.thomsen@marschwind-service.de"),
              "Automatische Antwort: Re: Ihr Gesprächstermin bei Marschwind Service GmbH",
              "2026-10-23 08:14", BER, "AS8PR04MB7765A1B2C3D4E5F60718293A4B@AS8PR04MB7765.eurprd04.prod.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<f19c2e7a-3b0d-4a61-9e85-2c7d0b1a9e44@example.org>")))
    return message(hs, text(body))


@mail(n(41), family="bounce", lang="en", interview=False, company=None,
      note="Bounce of Jannik's own reply ('Donnerstag Nachmittag geht') for the mistyped cc address only; "
           "not from an employer and confirms nothing")
def p41() -> bytes:
    report = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <broder.lassen@husumer-turbinewerk.de>: Host or domain name not found. Name service
            error for name=husumer-turbinewerk.de type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4Qx9F2b3Lmz1
        Arrival-Date: Mon, 21 Sep 2026 16:02:11 +0200 (CEST)

        Final-Recipient: rfc822; broder.lassen@husumer-turbinewerk.de
        Original-Recipient: rfc822;broder.lassen@husumer-turbinewerk.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found.
        """)
    orig = message([
        ("From", addr("Jannik Petersen", ME)),
        ("To", "h.jessen@husumer-turbinenwerk.de"),
        ("Cc", "broder.lassen@husumer-turbinewerk.de"),
        ("Subject", "Re: Kennenlernen Husum"),
        ("Date", date("2026-09-21 16:02", BER)),
        ("Message-ID", "<a1b2c3d4e5@example.org>"),
    ], text(t("""
        Moin Herr Jessen,
        Donnerstag Nachmittag geht bei mir gut, ab 14 Uhr bin ich frei.
        Viele Grüße
        Jannik Petersen
        """)))
    hs = head("Mail Delivery System <MAILER-DAEMON@mx01.example.org>",
              "Undelivered Mail Returned to Sender", "2026-09-21 16:02", BER,
              "20260921140212.4Qx9F2b3Lmz1@mx01.example.org",
              extra=(("Auto-Submitted", "auto-replied"),))
    body = _report(report, status, orig)
    return message(hs, body)


def _report(report: str, status: str, orig: bytes):
    from make import multipart

    return multipart("report", text(report, cte="7bit"),
                     raw_part([("Content-Type", "message/delivery-status")], status),
                     attached_message(orig), params="report-type=delivery-status")


@mail(n(42), family="jobcenter_appointment", lang="de", interview=False, company=None,
      note="Employment-agency invitation ('Einladung zu einem Gespräch über Ihre berufliche Situation', "
           "Di., 29.09.2026, 09:30 Uhr): a fixed time, but not a job interview",
      days=(("Tue", "2026-09-29"),))
def p42() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        Sie haben sich bei uns arbeitsuchend gemeldet. Bitte kommen Sie zu einem Gespräch über
        Ihre berufliche Situation und Ihre Bewerbungsaktivitäten:

        Termin:   Dienstag, 29.09.2026, 09:30 Uhr
        Ort:      Arbeitsvermittlung Flensburg, Waldstraße 2, Eingang B, Zimmer 214
        Ihr/e Ansprechpartner/in: Frau Thiesen

        Bitte bringen Sie mit: Personalausweis, Lebenslauf, Ihren aktuellen Arbeitsvertrag bzw.
        die Kündigung.

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns das bitte vorher mit.
        Rechtsfolgenbelehrung: siehe Anlage.

        Mit freundlichen Grüßen
        Ihre Arbeitsvermittlung Flensburg

        Diese Nachricht wurde über Ihr Postfach im Online-Portal zugestellt. Antworten auf diese
        E-Mail werden nicht gelesen.
        """)
    hs = head("Arbeitsvermittlung Flensburg <noreply@postfach.arbeitsvermittlung.example.de>",
              "Einladung zu einem Gespräch am 29.09.2026", "2026-09-15 10:04", BER,
              "pf-2026-09-15-7731902@postfach.arbeitsvermittlung.example.de")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(43), family="press_interview", lang="de", interview=False, company=None,
      note="A local reporter confirms an interview with Jannik for an article ('Freitag um 10 Uhr', i.e. "
           "Fri 30 Oct); a confirmed interview, but press, not a job interview", days=(("Fri", "2026-10-30"),))
def p43() -> bytes:
    body = t("""
        Moin Herr Petersen,

        danke für die schnelle Zusage! Dann bleibt es bei unserem Interview am Freitag um 10 Uhr
        bei uns in der Redaktion (Nikolaistraße 7, 2. Stock). Fotograf Jens kommt gegen halb elf
        dazu, für das Bild gern in Arbeitsjacke.

        Thema wie besprochen: „Wer plant eigentlich, wann der Techniker auf die Anlage steigt?“ –
        Serie „Arbeit in der Energiewende“, erscheint voraussichtlich am 7.11.

        Bis Freitag
        Maren Schütt
        Redaktion Förde-Kurier, Lokales Flensburg
        0461 808 14 52
        """)
    hs = head(addr("Maren Schütt", "m.schuett@foerde-kurier.example.de"), "Re: Interview für unsere Serie",
              "2026-10-27 14:36", BER, "c2a8f9e1-44b0-4d7e-a3c1-5e9b0f2d7a61@foerde-kurier.example.de",
              extra=(("In-Reply-To", "<8e41b0c2-77d3-4b2e-a1f0-3c9d2e5b6a17@example.org>"),))
    return message(hs, text(body, cte="8bit"))


@mail(n(44), family="admission_interview", lang="en", interview=False, company=None,
      note="Part-time MBA admission interview confirmed (Thu 3 Dec 17:00 CET); a fixed interview, but for "
           "a study programme, not a job", days=(("Thu", "2026-12-03"),))
def p44() -> bytes:
    body = t("""
        Dear Jannik,

        Thank you for your application to the Part-time MBA in Energy Management (intake April
        2027). We are pleased to invite you to the admission interview, which is confirmed for:

        Thursday, 3 December 2026, 17:00-17:30 CET
        Online via Zoom (link to follow 24 hours before)
        Panel: Prof. Dr. Henrike Baltzer, Academic Director; Ms Claire Boateng, Admissions

        The interview focuses on your motivation, your leadership experience and how you plan
        to combine the programme with your work.

        Kind regards,
        Admissions Office
        Nordsee Business School, Bremerhaven
        """)
    hs = head("Nordsee Business School Admissions <admissions@nordsee-bs.example.de>",
              "Admission interview - Part-time MBA in Energy Management", "2026-11-25 10:10", BER,
              "nbs-adm-2027-0419@nordsee-bs.example.de")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(45), family="sports_tryout", lang="de", interview=False, company=None,
      note="Handball club try-out in Platt ('Dienstag um halb acht', Tue 29 Sep); a fixed time, not a job "
           "interview", days=(("Tue", "2026-09-29"),))
def p45() -> bytes:
    body = t("""
        Moin Jannik,

        schön, dat du mal bi uns Ü35 vörbikieken wullt! Probetraining is Dienstag um halb acht in
        de Adelbyer Halle, Eingang achtern bi'n Parkplatz. Bring Hallenschoh un wat to drinken
        mit, Harz hebbt wi.

        Wenn di dat gefallt, snackt wi no'n Training över'n Vereinsbeitritt.

        Bit Dienstag
        Claas
        TSV Adelby – Handball Ü35

        Von meinem Samsung Galaxy Smartphone gesendet.
        """)
    hs = head(addr("Claas Hinrichsen", "claas.hinrichsen@example.com"), "Probetraining Ü35",
              "2026-09-25 21:47", BER, "ccl.8812.4420@example.com")
    return message(hs, text(body, cte="base64"))


@mail(n(46), family="personal_appointment", lang="de", interview=False, company=None,
      note="Bank advisor meeting (Beratungsgespräch Baufinanzierung, Mi., 14.10.2026, 16:00 Uhr) with ICS; "
           "not a job interview", days=(("Wed", "2026-10-14"),))
def p46() -> bytes:
    h = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Petersen,</p>
        <p>hiermit bestätigen wir Ihr <b>Beratungsgespräch zur Baufinanzierung</b>:</p>
        <p>Mittwoch, 14.10.2026, 16:00 – 17:00 Uhr<br>
        Fördebank eG, Filiale Flensburg-Mürwik, Kielseng 30<br>
        Ihr Berater: Lasse Jürgensen</p>
        <p>Bitte bringen Sie Ihre Einkommensnachweise und das Exposé der Immobilie mit.</p>
        <p>Mit freundlichen Grüßen<br>Ihre Fördebank eG</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Foerdebank eG//Terminvereinbarung//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:fb-termin-20261014-1600-jp
DTSTAMP:20261008T081500Z
DTSTART;TZID=Europe/Berlin:20261014T160000
DTEND;TZID=Europe/Berlin:20261014T170000
SUMMARY:Beratungsgespräch Baufinanzierung – Fördebank eG
LOCATION:Kielseng 30\\, 24937 Flensburg
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Fördebank eG", "termine@foerdebank.example.de"), "Terminbestätigung: Ihr Beratungsgespräch",
              "2026-10-08 10:15", BER, "fb.termin.20261008.55172@foerdebank.example.de")
    return message(hs, mixed(html(h), calendar(ics, method="PUBLISH", cte="quoted-printable",
                                               filename="termin.ics", disposition="attachment")))


@mail(n(47), family="forwarded_other", lang="de", interview=False, company=None,
      note="Jannik's brother forwards HIS OWN Greenhouse interview confirmation (Wed 25 Nov 11:00 CET) for "
           "tips; a confirmed interview, but not the inbox owner's", days=(("Wed", "2026-11-25"),))
def p47() -> bytes:
    inner_body = t("""
        Hi Lars,

        Your interview for Data Analyst, Grid Operations is confirmed:

        Wednesday, November 25, 2026
        11:00 AM - 12:00 PM CET
        Baltic Grid Analytics, Große Bleichen 21, Hamburg

        Best,
        Rosa Lindqvist
        Baltic Grid Analytics
        """)
    inner = message([
        ("From", "Baltic Grid Analytics <no-reply@greenhouse.io>"),
        ("Reply-To", "Rosa Lindqvist <rosa.lindqvist@balticgrid.example.com>"),
        ("To", "Lars Petersen <lars.petersen@example.net>"),
        ("Subject", "Interview Confirmation: Baltic Grid Analytics"),
        ("Date", date("2026-11-17 16:40", BER)),
        ("Message-ID", "<gh.77b2e1.1125@greenhouse.io>"),
    ], text(inner_body))
    body = t("""
        Moin Bruderherz,

        guck mal, ich hab tatsächlich ein Gespräch in Hamburg! Du hast ja grad Übung darin – hast
        du am Wochenende mal ne halbe Stunde, mir ein paar Tipps zu geben? Was fragen die so?

        Lars
        """)
    hs = head(addr("Lars Petersen", "lars.petersen@example.net"),
              "Fwd: Interview Confirmation: Baltic Grid Analytics", "2026-11-18 19:03", BER,
              "e61f0a2b-9c8d-4e7f-b1a0-2d3c4b5a6f70@example.net")
    return message(hs, mixed(text(body), attached_message(inner)))


@mail(n(48), family="podcast", lang="de", interview=False, company=None,
      note="Podcast recording confirmed (Mi., 02.12., 19:00 Uhr); Jannik is the guest, not a job interview",
      days=(("Wed", "2026-12-02"),))
def p48() -> bytes:
    body = t("""
        Hallo Jannik,

        super, dass du dabei bist! Hier nochmal alles für unsere Aufnahme von „Küstenstrom – der
        Podcast über Menschen in der Energiewende“:

        Aufnahme: Mi., 02.12., 19:00 Uhr (ca. 60–75 Minuten)
        Wo: Riverside, Link: https://riverside.fm/studio/kuestenstrom
        Bitte mit Kopfhörern und, wenn möglich, per LAN-Kabel.

        Wir reden über deinen Weg vom Mechatroniker zum Serviceplaner und darüber, wie ein
        Wintertag in der Einsatzplanung aussieht. Das Interview wird vorab nicht geschnitten
        freigegeben – du bekommst aber die Folge vor Veröffentlichung.

        Bis Mittwoch!
        Merle & Tade
        """)
    hs = head(addr("Küstenstrom Podcast", "hallo@kuestenstrom-podcast.example.de"),
              "Unsere Aufnahme am Mittwoch 🎙️", "2026-11-26 18:22", BER,
              "ks-podcast-folge-41@kuestenstrom-podcast.example.de")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="personal_appointment", lang="de", interview=False, company=None,
      note="Moving company's estimate visit (Sa., 12.12.2026, 10:00 Uhr); fixed time, not an interview",
      days=(("Sat", "2026-12-12"),))
def p49() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Anfrage. Für ein verbindliches Festpreisangebot schauen wir uns Ihre
        Wohnung gern vor Ort an. Unser Disponent Herr Rasmussen kommt am Sa., 12.12.2026, um
        10:00 Uhr zur Besichtigung (Dauer etwa 30 Minuten).

        Adresse laut Anfrage: Friesische Straße 41, 24937 Flensburg, 2. OG links.

        Mit freundlichen Grüßen
        Umzüge Rasmussen GmbH · Flensburg – Hamburg – Aarhus
        """)
    hs = head(addr("Umzüge Rasmussen", "anfrage@umzuege-rasmussen.example.de", "windows-1252"),
              "Besichtigungstermin für Ihr Umzugsangebot", "2026-12-05 09:31", BER,
              "ur-anfrage-2026-1188@umzuege-rasmussen.example.de")
    return message(hs, text(body, charset="windows-1252"))


@mail(n(50), family="thesis_defence", lang="de", interview=False, company=None,
      note="University asks Jannik to sit on a bachelor-thesis colloquium as second examiner (Fr., 11.12.2026, "
           "13:00 Uhr); fixed time, but he is the examiner, not a job candidate", days=(("Fri", "2026-12-11"),))
def p50() -> bytes:
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank, dass Sie die Zweitbegutachtung der Bachelorarbeit von Frau Merle Andresen
        („Prädiktive Einsatzplanung für Servicetechniker in Onshore-Windparks“) übernommen haben.

        Das Kolloquium ist wie folgt festgelegt:

        Freitag, 11.12.2026, 13:00 – 14:00 Uhr
        Gebäude H, Raum H 112
        Erstprüfer: Prof. Dr.-Ing. Bahne Clausen

        Bitte senden Sie Ihr Gutachten bis zum 04.12. an das Prüfungsamt.

        Mit freundlichen Grüßen
        Prüfungsamt Fachbereich Energie und Biotechnologie
        Fachhochschule an der Förde
        """)
    hs = head(addr("Prüfungsamt FB 2", "pruefungsamt-fb2@fh-foerde.example.de"),
              "Kolloquium Bachelorarbeit Andresen – Festlegung des Termins", "2026-12-01 11:48", BER,
              "pa-fb2-2026-12-01-0193@fh-foerde.example.de")
    return message(hs, text(body))
