"""blind273: a blind 50-mail held-out set, the inbox of Katharina Aigner (Linz, Europe/Vienna).

Written by a helper session that had not read the detector, its tests, or the other held-out mails.
Each function builds one mail by hand; ``make.py`` does the MIME plumbing and checks the labels.
File numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
"""

from __future__ import annotations

import random

import make
from make import (
    alt,
    attached_message,
    calendar,
    date,
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

ORDER = random.Random(2730273).sample(range(1, 51), 50)
ME = "katharina.aigner@example.org"
KA = make.addr("Katharina Aigner", ME)
V = "Europe/Vienna"


def n(key: int) -> str:
    return f"blind273_{ORDER[key - 1]:03d}"


def mx(sender_host: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(f"from {sender_host}", when, zone, f"mx01.example.org with ESMTPS id {ident}", ME, lag)


VTZ_VIENNA = """BEGIN:VTIMEZONE
TZID:Europe/Vienna
X-LIC-LOCATION:Europe/Vienna
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


# =========================================================================== positives (keys 1-23)


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-15 09:00", V), contact="sabine.lechner@traunwerk.at",
      company="Traunwerk Anlagenbau GmbH", local="Tue 2026-09-15 09:00", zone=V,
      note="Personio invitation from a no-reply sender; 'Di., 15.09.2026 um 09:00 Uhr' in Wels is CEST "
           "(UTC+2) -> 07:00Z; 'ca. 60 Minuten' is approximate so end null; contact = human Reply-To")
def k01() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        vielen Dank für Ihre Bewerbung als Instandhaltungsplaner:in (m/w/d) am Standort Wels.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen, und bestätigen
        hiermit folgenden Termin:

        Datum:        Di., 15.09.2026
        Uhrzeit:      09:00 Uhr
        Ort:          Traunwerk Anlagenbau GmbH, Salzburger Straße 221, 4600 Wels
                      (Empfang Verwaltungsgebäude, Besucherparkplätze vor Tor 2)
        Dauer:        ca. 60 Minuten
        Gesprächspartner: Sabine Lechner (HR Business Partner), Ing. Rainer Hofstätter (Leitung Instandhaltung)

        Bitte bringen Sie einen Lichtbildausweis mit. Sollten Sie den Termin nicht wahrnehmen
        können, antworten Sie bitte direkt auf diese Nachricht.

        Mit freundlichen Grüßen
        Sabine Lechner
        HR Business Partner
        Traunwerk Anlagenbau GmbH

        --
        Diese Nachricht wurde über Personio versendet.
        Datenschutzhinweise: https://traunwerk.jobs.personio.de/privacy-policy
        """)
    h = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Sehr geehrte Frau Aigner,</p>
        <p>vielen Dank für Ihre Bewerbung als Instandhaltungsplaner:in (m/w/d) am Standort Wels.
        Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen, und bestätigen hiermit folgenden Termin:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum:</b></td><td>Di., 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>09:00 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Traunwerk Anlagenbau GmbH, Salzburger Straße 221, 4600 Wels<br>(Empfang Verwaltungsgebäude, Besucherparkplätze vor Tor 2)</td></tr>
        <tr><td><b>Dauer:</b></td><td>ca. 60 Minuten</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Sabine Lechner (HR Business Partner), Ing. Rainer Hofstätter (Leitung Instandhaltung)</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit. Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte direkt auf diese Nachricht.</p>
        <p>Mit freundlichen Grüßen<br>Sabine Lechner<br>HR Business Partner<br>Traunwerk Anlagenbau GmbH</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde über Personio versendet.
        <a href="https://traunwerk.jobs.personio.de/privacy-policy">Datenschutzhinweise</a></p>
        </body></html>
        """)
    return message([
        ("Received", mx("mail-eu.personio.de (mail-eu.personio.de [52.29.114.8])", "2026-09-09 14:12:40", V, "8Hq2LmZ0sTkA")),
        ("From", make.addr("Traunwerk Anlagenbau GmbH", "no-reply@mail.personio.de", "utf-8")),
        ("Reply-To", make.addr("Sabine Lechner", "sabine.lechner@traunwerk.at")),
        ("To", KA),
        ("Subject", make.enc("Einladung zum Vorstellungsgespräch – Instandhaltungsplaner:in (m/w/d)")),
        ("Date", date("2026-09-09 14:12:37", V)),
        ("Message-ID", "<0102019a1c2f7e33-5d1e0c55-8b9f-4a3e-9a41-7f1b6c2d9e01@eu-central-1.amazonses.com>"),
        ("X-Personio-Template", "interview_invitation"),
    ], alt(text(body), html(h)))


@mail(n(2), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-24 10:30", V), end=utc("2026-09-24 11:30", V),
      contact="markus.reiter@ennstal-hydraulik.at", company="Ennstal Hydraulik AG",
      local="Thu 2026-09-24 10:30", local_end="2026-09-24 11:30", zone=V,
      note="softgarden interview invitation with ICS (TZID Europe/Vienna); 'Do., 24.09.2026, 10:30 - 11:30 Uhr' "
           "CEST -> 08:30Z-09:30Z; sender is no-reply, contact = human ICS ORGANIZER (also named in body)")
def k02() -> bytes:
    body = t("""
        Guten Tag Frau Aigner,

        wir freuen uns über Ihr Interesse an der Position "Technische Planerin / Technischer Planer
        Instandhaltung (Werk Steyr)" und laden Sie herzlich zu einem Vorstellungsgespräch ein.

        Ihr Termin:
        Donnerstag, 24.09.2026, 10:30 - 11:30 Uhr
        Ennstal Hydraulik AG, Haager Straße 40, 4400 Steyr, Besprechungsraum "Enns" (1. OG)

        Ihr Gesprächspartner: Markus Reiter, Leiter Technik (markus.reiter@ennstal-hydraulik.at)

        Den Termin finden Sie auch als Kalendereintrag im Anhang dieser E-Mail.

        Viele Grüße
        Ihr Recruiting-Team der Ennstal Hydraulik AG

        Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_VIENNA}
BEGIN:VEVENT
UID:sg-appointment-7731904@softgarden.io
DTSTAMP:20260918T080512Z
DTSTART;TZID=Europe/Vienna:20260924T103000
DTEND;TZID=Europe/Vienna:20260924T113000
SUMMARY:Vorstellungsgespräch Ennstal Hydraulik AG – Katharina Aigner
LOCATION:Ennstal Hydraulik AG, Haager Straße 40, 4400 Steyr
ORGANIZER;CN=Markus Reiter:mailto:markus.reiter@ennstal-hydraulik.at
ATTENDEE;CN=Katharina Aigner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("mailout2.softgarden.io (mailout2.softgarden.io [185.45.110.22])", "2026-09-18 10:05:14", V, "rP4w9XbN1cQe")),
        ("From", make.addr("Ennstal Hydraulik AG", "noreply@softgarden.io")),
        ("To", KA),
        ("Subject", make.enc("Einladung zum Vorstellungsgespräch bei der Ennstal Hydraulik AG")),
        ("Date", date("2026-09-18 10:05:11", V)),
        ("Message-ID", "<sg.7731904.1789722311@softgarden.io>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed(text(body, cte="8bit"),
             calendar(ics, method="REQUEST", cte="base64", filename="termin.ics", disposition="attachment")))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-05 14:30", V), contact="f.pichler@pichler-instandhaltung.at",
      company="Pichler Instandhaltungstechnik GmbH", local="Mon 2026-10-05 14:30", zone=V,
      days=(("Wed", "2026-09-30"),),
      note="Phone-written du reply on top of the candidate's quoted availability; 'kommenden Montag um halb "
           "drei' resolved against Date Wed 30.9. -> Mon 5.10. 14:30 CEST -> 12:30Z; no length -> end null")
def k03() -> bytes:
    body = t("""
        Hi Katharina,

        passt perfekt, dann sehen wir uns kommenden Montag um halb drei bei uns in Wels (Dieselstraße 14, Halle 3, einfach beim Büro klingeln). Bring gern deine Zeugnisse mit, dann zeig ich dir nachher gleich die Werkstatt.

        LG Florian

        Von meinem iPhone gesendet

        > Am 30.09.2026 um 17:02 schrieb Katharina Aigner <katharina.aigner@example.org>:
        >
        > Hallo Florian,
        >
        > danke nochmal für den Anruf heute Mittag! Nächste Woche Montag oder Dienstag Nachmittag ginge bei mir gut, ab 14 Uhr bin ich flexibel.
        >
        > Liebe Grüße
        > Katharina
        """)
    return message([
        ("Received", mx("mail-out.world4you.com (mail-out.world4you.com [81.19.149.41])", "2026-09-30 19:48:21", V, "Zt7cK1oPq9Wd")),
        ("From", make.addr("Florian Pichler", "f.pichler@pichler-instandhaltung.at")),
        ("To", KA),
        ("Subject", "Re: Stelle Instandhaltung / Termin"),
        ("Date", date("2026-09-30 19:48:17", V)),
        ("Message-ID", "<5E0A7C2B-91D4-4F3B-A0C8-2B7E19D44F61@pichler-instandhaltung.at>"),
        ("In-Reply-To", "<CAH7x2kP0q1Lr8_aigner.katharina@mail.example.org>"),
        ("References", "<CAH7x2kP0q1Lr8_aigner.katharina@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="8bit"))


@mail(n(4), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", V), end=utc("2026-10-26 10:00", V),
      contact="elisabeth.brandstaetter@salzachtal-energie.at", company="Salzachtal Energie AG",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=V,
      note="Outlook/Exchange Teams meeting request, TZID 'W. Europe Standard Time'; sent Thu 22.10. in CEST, "
           "interview Mon 26.10. after the switch to CET on Sun 25.10. -> 09:00 CET = 08:00Z (not 07:00Z); "
           "contact = human organizer/sender")
def k04() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch für die Position Asset Managerin Instandhaltung Wasserkraft. Das Gespräch findet über Microsoft Teams statt; Herr DI Kofler aus der Kraftwerksleitung wird ebenfalls teilnehmen.

        Mit freundlichen Grüßen
        Elisabeth Brandstätter
        Personalentwicklung & Recruiting
        Salzachtal Energie AG | Rainerstraße 9 | 5020 Salzburg
        T +43 662 88 41-2170

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3YjE0ZTUtOWM2Zi00MmE1LWI2YzAtM2E5ZDFmOGIyYzQw%40thread.v2/0?context=%7b%22Tid%22%3a%22c0ffee00-1b2c-4d5e-8f90-a1b2c3d4e5f6%22%7d>
        Besprechungs-ID: 361 842 590 217
        Kennung: x8Qf3p
        Teams herunterladen <https://www.microsoft.com/de-at/microsoft-teams/download-app> | Im Web beitreten <https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen <https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    h = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE-AT" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrte Frau Aigner,</p>
        <p class="MsoNormal">wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch für die Position Asset Managerin Instandhaltung Wasserkraft. Das Gespräch findet über Microsoft Teams statt; Herr DI Kofler aus der Kraftwerksleitung wird ebenfalls teilnehmen.</p>
        <p class="MsoNormal">Mit freundlichen Grüßen<br>Elisabeth Brandstätter<br>Personalentwicklung &amp; Recruiting<br>Salzachtal Energie AG | Rainerstraße 9 | 5020 Salzburg<br>T +43 662 88 41-2170</p>
        <div style="margin-bottom:24px;overflow:hidden">
        <p style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3YjE0ZTUtOWM2Zi00MmE1LWI2YzAtM2E5ZDFmOGIyYzQw%40thread.v2/0">Jetzt an der Besprechung teilnehmen</a></p>
        <p>Besprechungs-ID: 361 842 590 217<br>Kennung: x8Qf3p</p>
        </div></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Brandstätter Elisabeth:mailto:elisabeth.brandstaetter@salzachtal-energie.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katharina.aigner@example.org:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kofler Andreas:mailto:andreas.kofler@salzachtal-energie.at
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Aigner\\,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch.\\n
UID:040000008200E00074C5B7101A82E008000000004A1F2C7E5A62DC01000000000000000010000000C3A91E2B7F0D6B4C9E8A1D2F3B4C5D6E
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Katharina Aigner – Asset Managerin Instandhaltung
DTSTART;TZID=W. Europe Standard Time:20261026T090000
DTEND;TZID=W. Europe Standard Time:20261026T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T092012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117398264
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2107.outbound.protection.outlook.com [40.107.105.107])",
                        "2026-10-22 11:20:14", V, "Qw3ErT5yU7iO")),
        ("From", make.addr("Brandstätter Elisabeth", "elisabeth.brandstaetter@salzachtal-energie.at")),
        ("To", make.addr("katharina.aigner@example.org", ME)),
        ("CC", make.addr("Kofler Andreas", "andreas.kofler@salzachtal-energie.at")),
        ("Subject", make.enc("Vorstellungsgespräch Katharina Aigner – Asset Managerin Instandhaltung")),
        ("Thread-Topic", make.enc("Vorstellungsgespräch Katharina Aigner – Asset Managerin Instandhaltung")),
        ("Thread-Index", "AdxCF2ry7eWq0m3HQyi3Ap1q9sLk0g=="),
        ("Date", date("2026-10-22 11:20:09", V)),
        ("Message-ID", "<AM9PR03MB7281C4E2A1B0F3D9E7A2C41B9F1A2@AM9PR03MB7281.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "de-AT, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(body), html(h), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(5), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:00", "America/New_York"), end=utc("2026-11-03 10:45", "America/New_York"),
      contact="dana.whitfield@fieldwise.io", company="Fieldwise Inc.",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
      note="Greenhouse confirmation sent Thu 29 Oct in EDT; interview Tue 3 Nov 10:00-10:45 AM Eastern, after the US "
           "switch to EST on 1 Nov -> 15:00Z-15:45Z (the body's 4:00 PM CET agrees); ICS TZID America/New_York; "
           "contact = Reply-To recruiter")
def k05() -> bytes:
    body = t("""
        Hi Katharina,

        Thanks for making time to chat with us! Your interview for Reliability Engineer, EMEA (Remote) has been scheduled. Please find the details below.

        Tuesday, November 3rd, 2026
        10:00 AM - 10:45 AM Eastern Time (US & Canada)
        (4:00 PM - 4:45 PM Central European Time)

        Interviewer: Marcus Okafor, Head of Field Reliability

        Video call: https://fieldwise.zoom.us/j/84126630917?pwd=Rk9xT2lBcUx3dGxZQ0p1aEp0Z0xNdz09

        If you need to reschedule, just reply to this email and I'll take care of it.

        Best,
        Dana Whitfield
        Recruiting Coordinator, Fieldwise
        """)
    h = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Katharina,</p>
        <p>Thanks for making time to chat with us! Your interview for <b>Reliability Engineer, EMEA (Remote)</b> has been scheduled. Please find the details below.</p>
        <p><b>Tuesday, November 3rd, 2026</b><br>10:00 AM - 10:45 AM Eastern Time (US &amp; Canada)<br>(4:00 PM - 4:45 PM Central European Time)</p>
        <p>Interviewer: Marcus Okafor, Head of Field Reliability</p>
        <p>Video call: <a href="https://fieldwise.zoom.us/j/84126630917?pwd=Rk9xT2lBcUx3dGxZQ0p1aEp0Z0xNdz09">https://fieldwise.zoom.us/j/84126630917</a></p>
        <p>If you need to reschedule, just reply to this email and I'll take care of it.</p>
        <p>Best,<br>Dana Whitfield<br>Recruiting Coordinator, Fieldwise</p>
        </div>
        <img src="https://app.greenhouse.io/email_tracking/open/8c1f0e2d.gif" width="1" height="1" alt="">
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Interview Scheduler//EN
METHOD:REQUEST
{make.VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-41877206-20261103@greenhouse.io
DTSTAMP:20261029T194211Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T104500
SUMMARY:Interview: Katharina Aigner / Fieldwise - Reliability Engineer\\, EMEA
LOCATION:https://fieldwise.zoom.us/j/84126630917
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@fieldwise.io
ATTENDEE;CN=Katharina Aigner;RSVP=TRUE:mailto:{ME}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("o5.sg.greenhouse.io (o5.sg.greenhouse.io [167.89.44.105])", "2026-10-29 15:42:13", "America/New_York", "Jk2Lm4Nb6Vc8")),
        ("From", make.addr("Dana Whitfield", "no-reply@greenhouse.io")),
        ("Reply-To", make.addr("Dana Whitfield", "dana.whitfield@fieldwise.io")),
        ("To", KA),
        ("Subject", "Interview Confirmation: Fieldwise - Reliability Engineer, EMEA (Remote)"),
        ("Date", date("2026-10-29 15:42:11", "America/New_York")),
        ("Message-ID", "<gh.5f2c91a7e0b34d18.41877206@greenhouse.io>"),
        ("X-SG-EID", "u001.Rk0xQ2Y3bDZrT0p5WmhBdw"),
    ], mixed(alt(text(body), html(h)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(6), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 13:00", V), end=utc("2026-10-08 14:00", V),
      contact="thomas.gruber@donauhafen-logistik.at", company="Donauhafen Logistik GmbH",
      local="Thu 2026-10-08 13:00", local_end="2026-10-08 14:00", zone=V,
      note="German Google Calendar invitation; subject '@ Do., 8. Okt. 2026 13:00 - 14:00 (MESZ)' -> 11:00Z-12:00Z; "
           "ICS TZID Europe/Vienna agrees; contact = ORGANIZER (hiring manager, also sender)")
def k06() -> bytes:
    body = t("""
        Zweitgespräch Instandhaltungsplanung – Katharina Aigner
        Donnerstag, 8. Oktober 2026 ⋅ 13:00 – 14:00
        Mitteleuropäische Zeit - Wien

        Ort
        Donauhafen Logistik, Regensburger Straße 7, 4020 Linz – Besprechungsraum Hafenblick

        Hallo Frau Aigner, wie besprochen das Zweitgespräch mit Frau Mag. Ecker (Geschäftsführung) und mir. Bitte melden Sie sich beim Portier an Tor 1. Beste Grüße, Thomas Gruber

        Organisator
        Thomas Gruber
        thomas.gruber@donauhafen-logistik.at

        Gäste
        Thomas Gruber – Organisator
        Ursula Ecker
        katharina.aigner@example.org

        Antworten für katharina.aigner@example.org
        Ja (https://calendar.google.com/calendar/event?action=RESPOND&eid=NGdzdDJ0a2Q&rst=1)
        Nein (https://calendar.google.com/calendar/event?action=RESPOND&eid=NGdzdDJ0a2Q&rst=2)
        Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&eid=NGdzdDJ0a2Q&rst=3)

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, da Sie ein Gast bei diesem Termin sind. Wenn Sie die Einladung ablehnen möchten, klicken Sie auf "Nein".
        """)
    h = t("""
        <html><body><div itemscope itemtype="http://schema.org/Event">
        <h2 style="font-size:22px;font-weight:400">Zweitgespräch Instandhaltungsplanung – Katharina Aigner</h2>
        <div>Donnerstag, 8. Oktober 2026 ⋅ 13:00 – 14:00<br>Mitteleuropäische Zeit - Wien</div>
        <h3>Ort</h3><div>Donauhafen Logistik, Regensburger Straße 7, 4020 Linz – Besprechungsraum Hafenblick</div>
        <div style="margin-top:16px">Hallo Frau Aigner, wie besprochen das Zweitgespräch mit Frau Mag. Ecker (Geschäftsführung) und mir. Bitte melden Sie sich beim Portier an Tor 1. Beste Grüße, Thomas Gruber</div>
        <h3>Organisator</h3><div>Thomas Gruber<br><a href="mailto:thomas.gruber@donauhafen-logistik.at">thomas.gruber@donauhafen-logistik.at</a></div>
        <h3>Gäste</h3><div>Thomas Gruber – Organisator<br>Ursula Ecker<br>katharina.aigner@example.org</div>
        <div style="margin-top:16px">Antworten: <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NGdzdDJ0a2Q&amp;rst=1">Ja</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NGdzdDJ0a2Q&amp;rst=2">Nein</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NGdzdDJ0a2Q&amp;rst=3">Vielleicht</a></div>
        <p style="color:#777;font-size:12px">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261008T130000
DTEND;TZID=Europe/Vienna:20261008T140000
DTSTAMP:20261001T124408Z
ORGANIZER;CN=Thomas Gruber:mailto:thomas.gruber@donauhafen-logistik.at
UID:4gst2tkd8v1q0mcl7a3bhd9e2s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Thomas Gruber;X-NUM-GUESTS=0:mailto:thomas.gruber@donauhafen-logistik.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ursula Ecker;X-NUM-GUESTS=0:mailto:ursula.ecker@donauhafen-logistik.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261001T124355Z
DESCRIPTION:Hallo Frau Aigner\\, wie besprochen das Zweitgespräch mit Frau Mag. Ecker (Geschäftsführung) und mir.
LAST-MODIFIED:20261001T124407Z
LOCATION:Donauhafen Logistik\\, Regensburger Straße 7\\, 4020 Linz – Besprechungsraum Hafenblick
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Instandhaltungsplanung – Katharina Aigner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = ("Einladung: Zweitgespräch Instandhaltungsplanung – Katharina Aigner @ Do., 8. Okt. 2026 "
            "13:00 - 14:00 (MESZ) (katharina.aigner@example.org)")
    return message([
        ("Received", mx("mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-10-01 14:44:09", V, "Hh5Gf6Dd7Ss8")),
        ("From", make.addr("Thomas Gruber", "thomas.gruber@donauhafen-logistik.at")),
        ("Sender", make.addr("Google Kalender", "calendar-notification@google.com")),
        ("Reply-To", make.addr("Thomas Gruber", "thomas.gruber@donauhafen-logistik.at")),
        ("To", ME),
        ("Subject", make.enc(subj)),
        ("Date", date("2026-10-01 14:44:08", V)),
        ("Message-ID", "<calendar-6b0e1f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b@google.com>"),
    ], mixed(alt(text(body), html(h), calendar(ics, method="REQUEST", cte="8bit")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(7), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 14:30", V), end=utc("2026-11-18 15:15", V),
      contact="freja.lund@tessvik.com", company="Tessvik ApS",
      local="Wed 2026-11-18 14:30", local_end="2026-11-18 15:15", zone=V,
      note="Ashby confirmation (base64 bodies) for a remote team in Copenhagen; '2:30 PM – 3:15 PM CET' in November "
           "-> 13:30Z-14:15Z; ICS in UTC agrees; contact = Reply-To recruiter / ORGANIZER")
def k07() -> bytes:
    body = t("""
        Hi Katharina,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, November 18, 2026, 2:30 PM – 3:15 PM CET
        Google Meet: https://meet.google.com/vkt-qzro-hpa

        You'll meet with:
          Jonas Mikkelsen — Engineering Lead, Asset Performance
          Freja Lund — Talent Partner

        Role: Maintenance Planning Specialist (Remote, EU)

        Questions? Just reply and it will reach Freja Lund.

        Thanks,
        Tessvik Recruiting
        """)
    h = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Katharina,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Wednesday, November 18, 2026, 2:30 PM – 3:15 PM CET</strong><br>
        Google Meet: <a href="https://meet.google.com/vkt-qzro-hpa">meet.google.com/vkt-qzro-hpa</a></p>
        <p>You&#x27;ll meet with:<br>Jonas Mikkelsen — Engineering Lead, Asset Performance<br>Freja Lund — Talent Partner</p>
        <p>Role: Maintenance Planning Specialist (Remote, EU)</p>
        <p>Questions? Just reply and it will reach Freja Lund.</p>
        <p>Thanks,<br>Tessvik Recruiting</p>
        <p style="font-size:11px;color:#999">Powered by Ashby</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c2e71f0a-94d3-4b6e-8f15-3a0d7be1c962
DTSTAMP:20261110T081205Z
DTSTART:20261118T133000Z
DTEND:20261118T141500Z
SEQUENCE:0
SUMMARY:Tessvik – Maintenance Planning Specialist Interview
LOCATION:https://meet.google.com/vkt-qzro-hpa
ORGANIZER;CN=Freja Lund:mailto:freja.lund@tessvik.com
ATTENDEE;CN=Katharina Aigner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])", "2026-11-10 09:12:07", V, "Uy8Tr6Ew4Qa2")),
        ("From", make.addr("Tessvik", "no-reply@ashbyhq.com")),
        ("Reply-To", make.addr("Freja Lund", "freja.lund@tessvik.com")),
        ("To", KA),
        ("Subject", "Interview confirmed: Maintenance Planning Specialist at Tessvik"),
        ("Date", date("2026-11-10 08:12:05", "UTC")),
        ("Message-ID", "<0100019a6e1c44f2-8d0e2a71-5b3c-4f6e-9a8d-71c2b0e4f3a9-000000@email.amazonses.com>"),
    ], mixed(alt(text(body, cte="base64"), html(h, cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(8), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-20 08:00", V), end=utc("2026-11-20 09:30", V),
      contact="verena.huemer@donaulaende.at", company="Donaulände Industrieservice AG",
      local="Fri 2026-11-20 08:00", local_end="2026-11-20 09:30", zone=V,
      note="Workday HTML-only notification from the tenant mailbox; 'Freitag, 20. November 2026, 08:00 – 09:30 Uhr "
           "(MEZ)' -> 07:00Z-08:30Z; contact = recruiter address written in the body")
def k08() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center">
        <table width="600" cellpadding="20" cellspacing="0" bgcolor="#ffffff" style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#004b87;color:#fff;font-size:18px">Donaulände Industrieservice AG – Karriere</td></tr>
        <tr><td>
        <p>Sehr geehrte Frau Aigner,</p>
        <p>wir laden Sie zu einem Vorstellungsgespräch für die Stelle <b>Arbeitsvorbereiter:in Instandhaltung (R-10482)</b> ein. Ihr Termin wurde wie folgt eingeplant:</p>
        <table cellpadding="3" style="font-size:14px">
        <tr><td>Termin:</td><td><b>Freitag, 20. November 2026, 08:00 – 09:30 Uhr (MEZ)</b></td></tr>
        <tr><td>Art:</td><td>Vor-Ort-Gespräch inkl. kurzer Fallstudie</td></tr>
        <tr><td>Adresse:</td><td>Industriezeile 56, 4020 Linz, Gebäude B, 2. Stock</td></tr>
        </table>
        <p>Bei Fragen zum Termin wenden Sie sich bitte an Frau Verena Huemer (<a href="mailto:verena.huemer@donaulaende.at">verena.huemer@donaulaende.at</a>, +43 732 6915-338).</p>
        <p>Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/donaulaende/Karriere/userHome">Kandidatenkonto</a> einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Talent Acquisition<br>Donaulände Industrieservice AG</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", mx("wd3-impl-smtp.workday.com (wd3-impl-smtp.workday.com [216.34.104.22])", "2026-11-12 08:03:44", V, "Pl0Ok9Ij8Uh7")),
        ("From", make.addr("Donaulände Industrieservice AG", "donaulaende@myworkday.com")),
        ("To", ME),
        ("Subject", make.enc("Einladung zum Vorstellungsgespräch: Arbeitsvorbereiter:in Instandhaltung (R-10482)")),
        ("Date", date("2026-11-12 08:03:41", V)),
        ("Message-ID", "<1894022541.418832.1794553421913@wd3-impl-mail.workday.com>"),
    ], html(h))


@mail(n(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-01 11:00", V), end=utc("2026-12-01 11:45", V),
      contact="julia.steinbichler@pyhrn-automation.at", company="Pyhrn Automation GmbH",
      local="Tue 2026-12-01 11:00", local_end="2026-12-01 11:45", zone=V,
      note="Teamtailor du-form confirmation; 'Di., 1. Dezember 2026 um 11:00 Uhr', 'Dauer: 45 Minuten' (exact) "
           "-> 10:00Z-10:45Z CET; contact = human Reply-To")
def k09() -> bytes:
    body = t("""
        Hallo Katharina,

        super, dein Interview ist fix! 🎉

        📅 Di., 1. Dezember 2026 um 11:00 Uhr
        ⏱ Dauer: 45 Minuten
        📍 Microsoft Teams (den Link bekommst du am Vortag)
        👥 Julia Steinbichler (People & Culture) und Bernhard Aichinger (Head of Service)

        Stelle: Maintenance Planner SPS-Anlagen (m/w/d) – Kirchdorf/Steyr

        Falls etwas dazwischenkommt, antworte einfach auf diese Mail.

        Bis bald!
        Julia von Pyhrn Automation

        --
        Pyhrn Automation GmbH · Industriestraße 3 · 4560 Kirchdorf an der Krems
        Du erhältst diese E-Mail, weil du dich über unsere Karriereseite beworben hast. Karriereseite: https://karriere.pyhrn-automation.at
        """)
    h = t("""
        <!doctype html><html><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#222">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <img src="https://assets.teamtailor-cdn.com/images/s3/teamtailor-production/logo_wide-v3/image_uploads/b7c1/pyhrn-logo.png" alt="Pyhrn Automation" width="160">
        <p>Hallo Katharina,</p>
        <p>super, dein Interview ist fix! 🎉</p>
        <p>📅 <b>Di., 1. Dezember 2026 um 11:00 Uhr</b><br>⏱ Dauer: 45 Minuten<br>📍 Microsoft Teams (den Link bekommst du am Vortag)<br>👥 Julia Steinbichler (People &amp; Culture) und Bernhard Aichinger (Head of Service)</p>
        <p>Stelle: Maintenance Planner SPS-Anlagen (m/w/d) – Kirchdorf/Steyr</p>
        <p>Falls etwas dazwischenkommt, antworte einfach auf diese Mail.</p>
        <p>Bis bald!<br>Julia von Pyhrn Automation</p>
        <hr><p style="font-size:11px;color:#888">Pyhrn Automation GmbH · Industriestraße 3 · 4560 Kirchdorf an der Krems<br>Du erhältst diese E-Mail, weil du dich über unsere <a href="https://karriere.pyhrn-automation.at">Karriereseite</a> beworben hast.</p>
        </div></body></html>
        """)
    return message([
        ("Received", mx("mail.teamtailor-mail.com (mail.teamtailor-mail.com [159.135.228.10])", "2026-11-25 13:30:52", V, "Mn3Bv5Cx7Za9")),
        ("From", make.addr("Julia Steinbichler | Pyhrn Automation", "no-reply@teamtailor-mail.com")),
        ("Reply-To", make.addr("Julia Steinbichler", "julia.steinbichler@pyhrn-automation.at")),
        ("To", KA),
        ("Subject", make.enc("Dein Interview bei Pyhrn Automation ist bestätigt ✔")),
        ("Date", date("2026-11-25 13:30:49", V)),
        ("Message-ID", "<656f1c0b8e2d4_3a7f2c1e4d9b@teamtailor-worker-7c9d.mail>"),
        ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c/8a1e0f>"),
    ], alt(text(body), html(h)))


@mail(n(10), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-16 16:00", V), end=utc("2026-09-16 16:30", V),
      contact="lena.hofer@gruenberg-recycling.at", company="Grünberg Recycling GmbH",
      local="Wed 2026-09-16 16:00", local_end="2026-09-16 16:30", zone=V,
      note="Calendly invitee confirmation after the candidate booked a slot; '4:00pm - 4:30pm ... (Central European "
           "Time)' while Vienna is on summer time -> 14:00Z-14:30Z (ICS in UTC agrees); contact = host via Reply-To")
def k10() -> bytes:
    body = t("""
        Hi Katharina Aigner,

        A new event has been scheduled.

        Event Type:
        Kennenlerngespräch Instandhaltung (30 min)

        Invitee:
        Katharina Aigner

        Invitee Email:
        katharina.aigner@example.org

        Event Date/Time:
        4:00pm - 4:30pm, Wednesday, September 16, 2026 (Central European Time)

        Location:
        This is a Microsoft Teams web conference. Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ5MGE1%40thread.v2/0

        Host:
        Lena Hofer (lena.hofer@gruenberg-recycling.at)

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f
        Reschedule: https://calendly.com/reschedulings/6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f

        Powered by Calendly.com
        """)
    h = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055">
        <p>Hi Katharina Aigner,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Kennenlerngespräch Instandhaltung (30 min)</p>
        <p><b>Invitee:</b><br>Katharina Aigner</p>
        <p><b>Invitee Email:</b><br><a href="mailto:katharina.aigner@example.org">katharina.aigner@example.org</a></p>
        <p><b>Event Date/Time:</b><br>4:00pm - 4:30pm, Wednesday, September 16, 2026 (Central European Time)</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference. <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ5MGE1%40thread.v2/0">Join</a></p>
        <p><b>Host:</b><br>Lena Hofer (lena.hofer@gruenberg-recycling.at)</p>
        <p><a href="https://calendly.com/cancellations/6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f">Cancel</a> · <a href="https://calendly.com/reschedulings/6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f@calendly.com
DTSTAMP:20260911T191512Z
DTSTART:20260916T140000Z
DTEND:20260916T143000Z
SUMMARY:Kennenlerngespräch Instandhaltung between Lena Hofer and Katharina Aigner
LOCATION:Microsoft Teams
ORGANIZER;CN=Lena Hofer:mailto:lena.hofer@gruenberg-recycling.at
ATTENDEE;CN=Katharina Aigner;PARTSTAT=ACCEPTED:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("o1.email.calendly.com (o1.email.calendly.com [167.89.123.58])", "2026-09-11 21:15:14", V, "Cal9Xz1Yw3Vu")),
        ("From", make.addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", make.addr("Lena Hofer", "lena.hofer@gruenberg-recycling.at")),
        ("To", ME),
        ("Subject", make.enc("Confirmed: Kennenlerngespräch Instandhaltung with Lena Hofer on Wednesday, September 16, 2026")),
        ("Date", date("2026-09-11 21:15:12", V)),
        ("Message-ID", "<20260911191512.1.7C3E0A1B2D4F6E8A@calendly.com>"),
    ], mixed(alt(text(body), html(h)),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(11), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-29 10:00", V), end=utc("2026-09-29 10:30", V),
      contact=None, company="Trauntaler Versorgung GmbH",
      local="Tue 2026-09-29 10:00", local_end="2026-09-29 10:30", zone=V,
      note="Microsoft Bookings confirmation from the shared Bookings mailbox; body zone label shows the standard "
           "offset '(UTC+01:00) Amsterdam, Berlin, ... Wien' but 29.9. is CEST -> 08:00Z-08:30Z, as the ICS "
           "(W. Europe Standard Time) says; staff named without an address -> contact null")
def k11() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#201f1e">
        <p style="font-size:20px">Ihre Buchung ist bestätigt</p>
        <p>Hallo Katharina Aigner,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Trauntaler Versorgung GmbH – Bewerbungsgespräche</b>.</p>
        <table cellpadding="4">
        <tr><td>Dienst</td><td>Erstgespräch Technik / Instandhaltung (30 Minuten)</td></tr>
        <tr><td>Datum und Uhrzeit</td><td>Dienstag, 29. September 2026 10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Mitarbeiter</td><td>Andrea Moser</td></tr>
        <tr><td>Ort</td><td>Online-Besprechung (Microsoft Teams) – <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTVhNGI2%40thread.v2/0">An Besprechung teilnehmen</a></td></tr>
        </table>
        <p><a href="https://outlook.office365.com/owa/calendar/TrauntalerVersorgungBewerbungsgesprche@trauntaler-versorgung.at/bookings/">Buchung verwalten</a></p>
        <p>Trauntaler Versorgung GmbH · Stadtplatz 18 · 4690 Schwanenstadt</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Trauntaler Versorgung GmbH - Bewerbungsgespräche:mailto:TrauntalerVersorgungBewerbungsgesprche@trauntaler-versorgung.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Katharina Aigner:mailto:{ME}
SUMMARY;LANGUAGE=de-DE:Erstgespräch Technik / Instandhaltung
DTSTART;TZID=W. Europe Standard Time:20260929T100000
DTEND;TZID=W. Europe Standard Time:20260929T103000
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260921T055512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    box = "TrauntalerVersorgungBewerbungsgesprche@trauntaler-versorgung.at"
    return message([
        ("Received", mx("EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2092.outbound.protection.outlook.com [40.107.20.92])",
                        "2026-09-21 07:55:16", V, "Bk2Nm4Lp6Ko8")),
        ("From", make.addr("Trauntaler Versorgung GmbH - Bewerbungsgespräche", box)),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Gebuchter Termin: Erstgespräch Technik / Instandhaltung – Dienstag, 29. September 2026")),
        ("Date", date("2026-09-21 07:55:12", V)),
        ("Message-ID", "<DB9PR05MB8123A0E1F2C3D4B5A6E7F8091A2B3@DB9PR05MB8123.eurprd05.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Has-Attach", "yes"),
    ], mixed(html(h, cte="base64"), calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                             disposition="attachment")))


@mail(n(12), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:00", "Europe/Stockholm"), end=utc("2026-11-12 09:45", "Europe/Stockholm"),
      contact="ingrid.sjoberg@norrvik.se", company="Norrvik Reliability AB",
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 09:45", zone="Europe/Stockholm",
      note="Recruiter prose with a pasted Zoom invitation 'Nov 12, 2026 09:00 AM Stockholm'; 'set aside 45 minutes' "
           "is an exact length -> 08:00Z-08:45Z (CET, same as Linz); contact = human sender (RFC 2047 name)")
def k12() -> bytes:
    body = t("""
        Hi Katharina,

        Great talking to you last week, and thanks for sending over the shutdown plan example - Henrik really liked it.

        As agreed, here's the invite for the technical round with Henrik Dahl (Head of Maintenance Engineering) and me. We've set aside 45 minutes. Nothing to prepare beyond what we discussed, though if you can share your screen for 5 min to walk us through your SAP PM work order flow, that would be great.

        Ingrid Sjöberg is inviting you to a scheduled Zoom meeting.

        Topic: Norrvik x Katharina Aigner - technical interview
        Time: Nov 12, 2026 09:00 AM Stockholm

        Join Zoom Meeting
        https://norrvik.zoom.us/j/97214450381?pwd=bXNoTjFxR0VxWmFyQnN0dUQ3a0hXUT09

        Meeting ID: 972 1445 0381
        Passcode: 583920

        ---

        One tap mobile
        +46850539728,,97214450381#,,,,*583920# Sweden
        +43670309062,,97214450381#,,,,*583920# Austria

        Looking forward to it!

        Best regards,
        Ingrid

        Ingrid Sjöberg
        Senior Talent Acquisition Partner
        Norrvik Reliability AB | Kungsgatan 44 | 111 35 Stockholm
        +46 70 318 22 41
        """)
    return message([
        ("Received", mx("mail-he1eur02on2104.outbound.protection.outlook.com (mail-he1eur02on2104.outbound.protection.outlook.com [40.107.7.104])",
                        "2026-11-04 16:22:31", "Europe/Stockholm", "Sw7Ed9Rf1Tg3")),
        ("From", make.addr("Ingrid Sjöberg", "ingrid.sjoberg@norrvik.se")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("CC", make.addr("Henrik Dahl", "henrik.dahl@norrvik.se")),
        ("Subject", "Technical interview on Thursday 12 Nov - Zoom details"),
        ("Date", date("2026-11-04 16:22:27", "Europe/Stockholm")),
        ("Message-ID", "<HE1PR02MB3321F0A9B8C7D6E5F4A3B2C1D0E9F@HE1PR02MB3321.eurprd02.prod.outlook.com>"),
        ("Content-Language", "en-GB"),
    ], alt(text(body), html(make.gmail_html(body))))


@mail(n(13), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 16:00", "Europe/Amsterdam"), end=utc("2026-12-03 17:00", "Europe/Amsterdam"),
      contact="joost.vandalen@corvanta.nl", company="Corvanta Asset Services B.V.",
      local="Thu 2026-12-03 16:00", local_end="2026-12-03 17:00", zone="Europe/Amsterdam",
      note="SmartRecruiters interview scheduled; 'Thursday, December 3, 2026 4:00 PM - 5:00 PM (GMT+01:00) Amsterdam' "
           "-> 15:00Z-16:00Z; ICS in UTC agrees; contact = human Reply-To")
def k13() -> bytes:
    body = t("""
        Dear Katharina,

        Thank you for your interest in the Maintenance Strategy Consultant (DACH) position at Corvanta Asset Services.

        We are pleased to confirm your interview:

        Date & time: Thursday, December 3, 2026 4:00 PM - 5:00 PM (GMT+01:00) Amsterdam
        Format: Video interview (Microsoft Teams, link in the calendar invitation)
        Interviewers: Joost van Dalen (Talent Acquisition), Femke Brouwer (Practice Lead Heavy Industry)

        Please accept the attached calendar invitation. Should you have any questions, simply reply to this message.

        Kind regards,
        Joost van Dalen
        Corvanta Asset Services B.V.

        This message was sent via SmartRecruiters on behalf of Corvanta Asset Services B.V.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-8f3e2d1c-0b9a-4c7d-a6e5-f4d3c2b1a098
DTSTAMP:20261125T090014Z
DTSTART:20261203T150000Z
DTEND:20261203T160000Z
SUMMARY:Interview: Maintenance Strategy Consultant (DACH) - Katharina Aigner
DESCRIPTION:Video interview with Joost van Dalen and Femke Brouwer.
LOCATION:Microsoft Teams
ORGANIZER;CN=Joost van Dalen:mailto:joost.vandalen@corvanta.nl
ATTENDEE;CN=Katharina Aigner;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("mail13.smartrecruiters.com (mail13.smartrecruiters.com [185.28.196.13])", "2026-11-25 10:00:17", V, "Sr5Tg7Yh9Uj1")),
        ("From", make.addr("Joost van Dalen (Corvanta Asset Services)", "noreply@smartrecruiters.com")),
        ("Reply-To", make.addr("Joost van Dalen", "joost.vandalen@corvanta.nl")),
        ("To", KA),
        ("Subject", "Interview confirmed - Maintenance Strategy Consultant (DACH)"),
        ("Date", date("2026-11-25 10:00:14", V)),
        ("Message-ID", "<sr.5d1c7e0a2f.1795597214@smartrecruiters.com>"),
    ], mixed(text(body, charset="us-ascii", cte="7bit"),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment")))


@mail(n(14), family="human_prose_allday_ics", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-09 08:30", V), contact="barbara.kogler@eisenwurzen-guss.at",
      company="Eisenwurzen Gießerei GmbH", local="Wed 2026-12-09 08:30", zone=V,
      note="HR prose (windows-1252, QP) with an ALL-DAY ICS (DTSTART;VALUE=DATE:20261209); the time is only in the "
           "text: 'Mi., 9.12., Beginn um 8:30 Uhr' CET -> 07:30Z; 'gegen 12 Uhr' is approximate so end null; "
           "contact = human sender")
def k14() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        herzlichen Dank für das nette Telefonat. Wie vereinbart bestätige ich Ihnen Ihr Vorstellungsgespräch für die Stelle „Instandhaltungsplaner:in Formanlagen“:

        Wann: Mi., 9.12., Beginn um 8:30 Uhr
        Wo: Eisenwurzen Gießerei GmbH, Werk 2, Schönauerstraße 5, 4400 Steyr – bitte beim Portier melden

        Ablauf:
        08:30  Begrüßung und Werksrundgang (Sicherheitsschuhe stellen wir Ihnen zur Verfügung)
        09:30  Fachgespräch mit Ing. Roland Sturm (Leitung Instandhaltung) und mir
        danach kurzes Gespräch mit der Werksleitung, Ende gegen 12 Uhr

        Im Anhang finden Sie einen Kalendereintrag für den Tag. Falls Sie Fragen haben, erreichen Sie mich unter 07252 / 45 110-23.

        Freundliche Grüße
        Barbara Kogler
        Personalabteilung
        Eisenwurzen Gießerei GmbH
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261201T084012Z
DESCRIPTION:Vorstellungsgespräch Eisenwurzen Gießerei – Beginn 8:30 Uhr beim Portier Werk 2
DTSTART;VALUE=DATE:20261209
DTEND;VALUE=DATE:20261210
DTSTAMP:20261201T084012Z
LOCATION:Eisenwurzen Gießerei GmbH\\, Werk 2\\, Schönauerstraße 5\\, 4400 Steyr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Vorstellungsgespräch Eisenwurzen Gießerei
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5DD01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("mail.eisenwurzen-guss.at (mail.eisenwurzen-guss.at [195.3.96.41])", "2026-12-01 09:40:33", V, "Eg1Ss3Dd5Ff7")),
        ("From", make.addr("Barbara Kogler", "barbara.kogler@eisenwurzen-guss.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Bestätigung Vorstellungsgespräch 9.12. - Instandhaltungsplanung", "iso-8859-1")),
        ("Date", date("2026-12-01 09:40:29", V)),
        ("Message-ID", "<000501dc4b2e$3f8a1c20$be9f5460$@eisenwurzen-guss.at>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHcS4k1Vq0r9m3HQyi3Ap1q9sLk0g=="),
    ], mixed(text(body, charset="windows-1252"),
             calendar(ics, method=None, cte="base64", filename="Vorstellungsgespraech.ics", disposition="attachment")))


@mail(n(15), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-07 08:00", "Australia/Sydney"), end=utc("2026-12-07 09:00", "Australia/Sydney"),
      contact="priya.nair@southgate-analytics.com.au", company="Southgate Asset Analytics Pty Ltd",
      local="Mon 2026-12-07 08:00", local_end="2026-12-07 09:00", zone="Australia/Sydney",
      note="Lever confirmation for a Sydney team: 'Monday, December 7, 2026, 8:00 AM - 9:00 AM AEDT' (UTC+11) -> "
           "Sun 6 Dec 21:00Z-22:00Z, i.e. the previous day in UTC (22:00 Sunday in Linz, as the body says); Date "
           "header in AEDT; contact = Reply-To recruiter")
def k15() -> bytes:
    body = t("""
        Hi Katharina,

        Thanks for confirming your availability! Here are the details for your interview with Southgate Asset Analytics.

        Position: Senior Maintenance Data Analyst (Remote, EMEA hours overlap)
        When: Monday, December 7, 2026, 8:00 AM - 9:00 AM AEDT
        (That's Sunday, December 6, 10:00 PM - 11:00 PM your time in Vienna - thanks again for accommodating the time difference!)
        Where: Google Meet - https://meet.google.com/sgt-ktaw-pmn
        Interviewers: Liam Costa (Director, Asset Analytics), Priya Nair (Talent)

        If you have any questions, just reply to this email.

        Cheers,
        Priya Nair
        Talent Acquisition | Southgate Asset Analytics
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0b7d3f5e-92a1-4c68-bd2e-7f1a0c9e8d63
DTSTAMP:20261129T231502Z
DTSTART:20261206T210000Z
DTEND:20261206T220000Z
SUMMARY:Interview - Katharina Aigner - Senior Maintenance Data Analyst
LOCATION:https://meet.google.com/sgt-ktaw-pmn
ORGANIZER;CN=Priya Nair:mailto:priya.nair@southgate-analytics.com.au
ATTENDEE;CN=Katharina Aigner;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("mail-a7.hire.lever.co (mail-a7.hire.lever.co [198.2.180.61])", "2026-11-30 10:15:05", "Australia/Sydney", "Lv2Mb4Nc6Xd8")),
        ("From", make.addr("Priya Nair", "no-reply@hire.lever.co")),
        ("Reply-To", make.addr("Priya Nair", "priya.nair@southgate-analytics.com.au")),
        ("To", KA),
        ("Subject", "Your interview with Southgate Asset Analytics is confirmed"),
        ("Date", date("2026-11-30 10:15:02", "Australia/Sydney")),
        ("Message-ID", "<lever.5f0e9d8c7b6a.1796076902@hire.lever.co>"),
    ], mixed(alt(text(body), html(make.gmail_html(body))),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


@mail(n(16), family="forward_to_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-22 10:00", V), contact="stefan.wimmer@salzburger-foerdertechnik.at",
      company="Salzburger Fördertechnik GmbH", local="Thu 2026-10-22 10:00", zone=V,
      days=(("Thu", "2026-10-22"),),
      note="Candidate forwards (as an attached message/rfc822) a recruiter's confirmation to herself 'für den "
           "Kalender'; inner mail: 'am Do., 22.10. um 10 Uhr' in Salzburg, CEST -> 08:00Z; contact = the human "
           "sender of the forwarded mail (never the candidate)")
def k16() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Aigner,

        wie soeben telefonisch besprochen bestätige ich Ihnen gerne den Termin für Ihr Vorstellungsgespräch am Do., 22.10. um 10 Uhr in unserem Werk in Salzburg-Liefering (Carl-Zuckmayer-Straße 12, Eingang Verwaltung). Am Gespräch nehmen neben mir auch Herr Ing. Gerhard Pöll (Leitung Service & Instandhaltung) teil.

        Parkplätze finden Sie direkt vor dem Gebäude. Bei Fragen erreichen Sie mich jederzeit unter 0662 43 17 80-55.

        Mit freundlichen Grüßen

        Mag. (FH) Stefan Wimmer
        Human Resources
        Salzburger Fördertechnik GmbH
        """)
    inner = message([
        ("From", make.addr("Stefan Wimmer", "stefan.wimmer@salzburger-foerdertechnik.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Terminbestätigung Vorstellungsgespräch Service-Planer:in")),
        ("Date", date("2026-10-13 17:02:44", V)),
        ("Message-ID", "<7a1f0c9e2b@salzburger-foerdertechnik.at>"),
    ], text(inner_body, charset="iso-8859-15"))
    outer = t("""
        für den Kalender

        Gesendet von Outlook für Android
        """)
    return message([
        ("Received", mx("mail-ej1-f52.example.org (mail-ej1-f52.example.org [10.12.4.52])", "2026-10-13 17:31:20", V, "Fw0Dd2Ss4Aa6")),
        ("From", KA),
        ("To", KA),
        ("Subject", make.enc("WG: Terminbestätigung Vorstellungsgespräch Service-Planer:in")),
        ("Date", date("2026-10-13 17:31:18", V)),
        ("Message-ID", "<AM0P190MB0738E4F1A2B3C4D5@AM0P190MB0738.EURP190.PROD.OUTLOOK.COM>"),
    ], mixed(text(outer, cte="8bit"), attached_message(inner, "Terminbestaetigung.eml")))


@mail(n(17), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-02 13:30", V), contact="herbert.ortner@linzer-kranbau.at",
      company="Linzer Kranbau GmbH", local="Fri 2026-10-02 13:30", zone=V,
      days=(("Thu", "2026-10-01"), ("Fri", "2026-10-02")),
      note="Hiring manager moves the interview (iso-8859-15, QP): old 'Do., 1.10. um 10 Uhr', new 'Fr., 2.10. "
           "um 13:30 Uhr' CEST -> 11:30Z; rescheduled labels the new time; contact = human sender")
def k17() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        leider muss ich unseren Termin am Do., 1.10. um 10 Uhr verschieben - wir haben an diesem Vormittag eine ungeplante Kranabnahme durch den TÜV, bei der ich dabei sein muss.

        Als Ersatztermin habe ich mit Frau Hinterberger schon alles fixiert: Fr., 2.10. um 13:30 Uhr, gleicher Ort (Hafenstraße 31, 4020 Linz, Bürotrakt 1. Stock). Ich hoffe sehr, das passt Ihnen, falls nicht, rufen Sie mich bitte kurz an.

        Entschuldigen Sie die Umstände.

        Mit freundlichen Grüßen
        Ing. Herbert Ortner
        Leitung Service & Montage
        Linzer Kranbau GmbH
        Tel. +43 732 77 12 04-15
        """)
    return message([
        ("Received", mx("smtp.linzer-kranbau.at (smtp.linzer-kranbau.at [91.114.22.7])", "2026-09-28 15:10:44", V, "Lk8Rb0Tc2Yd4")),
        ("From", make.addr("Ortner Herbert", "herbert.ortner@linzer-kranbau.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Verschiebung unseres Gesprächs – neuer Termin Fr., 2.10.")),
        ("Date", date("2026-09-28 15:10:40", V)),
        ("Message-ID", "<d4c1b7e0-55a2-4f3e-9c1d-2e8f7a6b5c40@linzer-kranbau.at>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-15"))


@mail(n(18), family="google_calendar", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-24 15:00", V), end=utc("2026-11-24 16:00", V),
      contact="ciaran.doyle@brightkeel.ie", company="Brightkeel Technologies Ltd",
      local="Tue 2026-11-24 15:00", local_end="2026-11-24 16:00", zone=V,
      note="Google Calendar 'Updated invitation' from a Dublin organizer; subject and body show the recipient's "
           "zone 'Tue Nov 24, 2026 3pm - 4pm (CET)' = 14:00Z-15:00Z, the ICS TZID Europe/Dublin 14:00 (GMT) agrees; "
           "old time (Mon Nov 23) shown struck through; contact = ORGANIZER")
def k18() -> bytes:
    body = t("""
        This event has been changed.

        Technical interview – Katharina Aigner (Brightkeel)
        When
        CHANGED: Tuesday Nov 24, 2026 ⋅ 3pm – 4pm (Central European Time - Vienna)
        (was: Monday Nov 23, 2026 ⋅ 3pm – 4pm)

        Joining info
        Join with Google Meet: https://meet.google.com/bkl-ywpd-xqe

        Organizer
        Ciarán Doyle
        ciaran.doyle@brightkeel.ie

        Guests
        Ciarán Doyle - organizer
        Siobhán Kearney
        katharina.aigner@example.org

        Note from Ciarán: Sorry for the shuffle Katharina - Siobhán is travelling Monday, so we've moved it to Tuesday, same time.

        Reply for katharina.aigner@example.org
        Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmJrbDN0&rst=1
        No: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmJrbDN0&rst=2
        Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=MmJrbDN0&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event.
        """)
    h = t("""
        <html><body><div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
        <p style="color:#d93025">This event has been changed.</p>
        <h2 style="font-weight:400">Technical interview – Katharina Aigner (Brightkeel)</h2>
        <p><b>When</b><br><span style="color:#d93025">CHANGED:</span> Tuesday Nov 24, 2026 ⋅ 3pm – 4pm (Central European Time - Vienna)<br>
        <span style="text-decoration:line-through">Monday Nov 23, 2026 ⋅ 3pm – 4pm</span></p>
        <p><b>Joining info</b><br><a href="https://meet.google.com/bkl-ywpd-xqe">meet.google.com/bkl-ywpd-xqe</a></p>
        <p><b>Organizer</b><br>Ciarán Doyle<br><a href="mailto:ciaran.doyle@brightkeel.ie">ciaran.doyle@brightkeel.ie</a></p>
        <p><b>Guests</b><br>Ciarán Doyle - organizer<br>Siobhán Kearney<br>katharina.aigner@example.org</p>
        <p>Note from Ciarán: Sorry for the shuffle Katharina - Siobhán is travelling Monday, so we've moved it to Tuesday, same time.</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20261124T140000
DTEND;TZID=Europe/Dublin:20261124T150000
DTSTAMP:20261120T110233Z
ORGANIZER;CN=Ciarán Doyle:mailto:ciaran.doyle@brightkeel.ie
UID:2bkl3t0v5n7p9r1t3v5x7z9b1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ciarán Doyle;X-NUM-GUESTS=0:mailto:ciaran.doyle@brightkeel.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhán Kearney;X-NUM-GUESTS=0:mailto:siobhan.kearney@brightkeel.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
CREATED:20261113T094410Z
DESCRIPTION:Sorry for the shuffle Katharina - Siobhán is travelling Monday\\, so we've moved it to Tuesday\\, same time.
LAST-MODIFIED:20261120T110232Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Technical interview – Katharina Aigner (Brightkeel)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subj = "Updated invitation: Technical interview – Katharina Aigner (Brightkeel) @ Tue Nov 24, 2026 3pm - 4pm (CET) (katharina.aigner@example.org)"
    return message([
        ("Received", mx("mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", "2026-11-20 11:02:35", "Europe/Dublin", "Gc3Up4Dt5Ed6")),
        ("From", make.addr("Ciarán Doyle", "ciaran.doyle@brightkeel.ie")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", make.addr("Ciarán Doyle", "ciaran.doyle@brightkeel.ie")),
        ("To", ME),
        ("Subject", make.enc(subj)),
        ("Date", date("2026-11-20 11:02:34", "Europe/Dublin")),
        ("Message-ID", "<calendar-9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b@google.com>"),
    ], mixed(alt(text(body), html(h), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(19), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-02 09:00", "America/Chicago"), end=utc("2026-11-02 10:00", "America/Chicago"),
      contact="marcus.bell@harrowindustrial.com", company="Harrow Industrial Services",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone="America/Chicago",
      days=(("Fri", "2026-10-30"),),
      note="iCIMS reschedule sent Wed 28 Oct (CDT) with old 'Friday, October 30, 9:00 AM CDT' and new 'Monday, "
           "November 2, 2026, 9:00 - 10:00 AM Central Time' = CST after the US switch on 1 Nov -> 15:00Z-16:00Z; "
           "ICS TZID 'Central Standard Time' (Windows) SEQUENCE:1; contact = recruiter in the body")
def k19() -> bytes:
    body = t("""
        Dear Katharina,

        Due to a scheduling conflict on our side, your interview for the position of Maintenance Planning Lead - European Operations (Req 2026-4471) has been rescheduled.

        Previous time: Friday, October 30, 2026, 9:00 AM CDT
        New time: Monday, November 2, 2026, 9:00 - 10:00 AM Central Time (4:00 - 5:00 PM in Vienna)

        Please note that daylight saving time ends in the US on November 1, so the new slot is 9:00 AM CST.

        Interview panel: Marcus Bell (Senior Recruiter), Dawn Kowalski (Director, Plant Engineering)
        Location: Microsoft Teams (see calendar invitation)

        If the new time does not work for you, please contact Marcus Bell at marcus.bell@harrowindustrial.com.

        We apologize for any inconvenience.

        Sincerely,
        Talent Acquisition
        Harrow Industrial Services

        ----------------------------------------
        This email was sent via iCIMS on behalf of Harrow Industrial Services. Please do not reply to this message.
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//iCIMS//iCIMS Scheduling//EN
VERSION:2.0
{make.VTZ["Central Standard Time"]}
BEGIN:VEVENT
UID:icims-sched-2026-4471-118274@icims.com
DTSTAMP:20261028T163014Z
DTSTART;TZID=Central Standard Time:20261102T090000
DTEND;TZID=Central Standard Time:20261102T100000
SEQUENCE:1
SUMMARY:Interview: Katharina Aigner - Maintenance Planning Lead\\, European Operations
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Marcus Bell:mailto:marcus.bell@harrowindustrial.com
ATTENDEE;CN=Katharina Aigner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("smtp-out-3.icims.com (smtp-out-3.icims.com [66.161.50.33])", "2026-10-28 11:30:17", "America/Chicago", "Ic1Ms3Re5Sc7")),
        ("From", make.addr("Harrow Industrial Talent Acquisition", "harrowindustrial@talent.icims.com")),
        ("To", KA),
        ("Subject", "Interview Rescheduled: Maintenance Planning Lead - European Operations"),
        ("Date", date("2026-10-28 11:30:14", "America/Chicago")),
        ("Message-ID", "<1182740.2026-4471.1793205014@talent.icims.com>"),
    ], mixed(alt(text(body, charset="us-ascii", cte="7bit"), html(make.gmail_html(body))),
             calendar(ics, method="REQUEST", filename="Interview.ics", disposition="attachment")))


@mail(n(20), family="recruitee", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-11-12 14:00", V), end=utc("2026-11-12 15:00", V),
      contact="christina.hartl@mkt-freistadt.at", company="Mühlviertler Kunststofftechnik GmbH",
      local="Thu 2026-11-12 14:00", local_end="2026-11-12 15:00", zone=V,
      days=(("Wed", "2026-11-11"),),
      note="Recruitee reschedule: new 'Do., 12.11.2026, 14:00–15:00 Uhr' (statt Mi., 11.11., 9:00) CET -> "
           "13:00Z-14:00Z; RFC 2047 sender name; contact = human Reply-To")
def k20() -> bytes:
    body = t("""
        Hallo Frau Aigner,

        wir mussten Ihr Vorstellungsgespräch leider verlegen. Hier der neue Termin:

        Neuer Termin: Do., 12.11.2026, 14:00–15:00 Uhr
        (statt Mi., 11.11.2026, 9:00 Uhr)

        Ort: Mühlviertler Kunststofftechnik GmbH, Zemannstraße 27, 4240 Freistadt
        Gesprächspartner: Christina Hartl (HR), DI Wolfgang Mayrhofer (Technischer Leiter)

        Bitte bestätigen Sie kurz, ob der neue Termin für Sie passt.

        Freundliche Grüße
        Christina Hartl
        Mühlviertler Kunststofftechnik GmbH

        --
        Gesendet mit Recruitee
        """)
    h = t("""
        <div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hallo Frau Aigner,</p>
        <p>wir mussten Ihr Vorstellungsgespräch leider verlegen. Hier der neue Termin:</p>
        <p><strong>Neuer Termin: Do., 12.11.2026, 14:00–15:00 Uhr</strong><br>(statt Mi., 11.11.2026, 9:00 Uhr)</p>
        <p>Ort: Mühlviertler Kunststofftechnik GmbH, Zemannstraße 27, 4240 Freistadt<br>Gesprächspartner: Christina Hartl (HR), DI Wolfgang Mayrhofer (Technischer Leiter)</p>
        <p>Bitte bestätigen Sie kurz, ob der neue Termin für Sie passt.</p>
        <p>Freundliche Grüße<br>Christina Hartl<br>Mühlviertler Kunststofftechnik GmbH</p>
        <p style="color:#999;font-size:11px">Gesendet mit Recruitee</p>
        </div>
        """)
    return message([
        ("Received", mx("mta-12.recruitee.com (mta-12.recruitee.com [35.157.84.212])", "2026-11-09 12:00:08", V, "Rt2Cu4Ie6Tr8")),
        ("From", make.addr("Mühlviertler Kunststofftechnik GmbH", "no-reply@recruitee.com")),
        ("Reply-To", make.addr("Christina Hartl", "christina.hartl@mkt-freistadt.at")),
        ("To", KA),
        ("Subject", make.enc("Neuer Termin für Ihr Vorstellungsgespräch – Instandhaltungstechniker:in")),
        ("Date", date("2026-11-09 12:00:05", V)),
        ("Message-ID", "<msg-7d3b1e09a4c2.recruitee.com>"),
    ], alt(text(body, cte="base64"), html(h)))


@mail(n(21), family="exchange_cancel", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-16 10:00", V), end=utc("2026-10-16 11:00", V),
      contact="martin.haslinger@voralpen-papier.at", company="Voralpen Papier AG",
      local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone=V,
      note="Outlook cancellation 'Abgesagt: ...' with METHOD:CANCEL / STATUS:CANCELLED, TZID W. Europe Standard Time; "
           "cancelled slot Fr., 16.10. 10:00-11:00 CEST -> 08:00Z-09:00Z; no new time (position frozen); "
           "contact = organizer")
def k21() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        leider muss ich unser Gespräch am Freitag absagen. Die Besetzung der Stelle wurde von der Geschäftsführung bis auf Weiteres ausgesetzt (Budgetstopp bis zum Jahresende). Sobald es Neuigkeiten gibt, melde ich mich gerne wieder bei Ihnen.

        Ich bedaure die kurzfristige Absage sehr.

        Mit freundlichen Grüßen
        DI Martin Haslinger
        Leitung Instandhaltung
        Voralpen Papier AG | Wehrgrabengasse 8 | 4400 Steyr
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Haslinger Martin:mailto:martin.haslinger@voralpen-papier.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Katharina Aigner:mailto:{ME}
DESCRIPTION;LANGUAGE=de-DE:Leider muss ich unser Gespräch am Freitag absagen.\\n
UID:040000008200E00074C5B7101A82E0080000000062E4A1C93C5CDC010000000000000000100000007B2E9D4F1A8C3B6E5D0F2A9C8B7E6D5F
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Instandhaltungsplanerin
DTSTART;TZID=W. Europe Standard Time:20261016T100000
DTEND;TZID=W. Europe Standard Time:20261016T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261012T144512Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:Besprechungsraum Enns\\, Verwaltung
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2131.outbound.protection.outlook.com [40.107.14.131])",
                        "2026-10-12 16:45:21", V, "Vp1Ap3Pe5Rr7")),
        ("From", make.addr("Haslinger Martin", "martin.haslinger@voralpen-papier.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Abgesagt: Vorstellungsgespräch Instandhaltungsplanerin")),
        ("Thread-Topic", make.enc("Vorstellungsgespräch Instandhaltungsplanerin")),
        ("Date", date("2026-10-12 16:45:17", V)),
        ("Message-ID", "<VI1PR01MB6543B2A1C0D9E8F7A6B5C4D3E2F1A@VI1PR01MB6543.eurprd01.prod.outlook.com>"),
        ("Importance", "high"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="goodtime", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-02 15:00", V), end=utc("2026-12-02 16:00", V),
      contact="nadia.petrova@quorrarobotics.com", company="Quorra Robotics GmbH",
      local="Wed 2026-12-02 15:00", local_end="2026-12-02 16:00", zone=V,
      note="GoodTime cancellation with METHOD:CANCEL ICS (UTC); cancelled slot 'Wednesday, December 2, 2026 3:00 PM - "
           "4:00 PM CET' -> 14:00Z-15:00Z; new times promised but none given; contact = coordinator via Reply-To")
def k22() -> bytes:
    body = t("""
        Hi Katharina,

        Unfortunately, we need to cancel the following interview:

        Onsite interview - Field Service Planning Manager
        Wednesday, December 2, 2026
        3:00 PM - 4:00 PM CET
        Quorra Robotics, Wienerbergstraße 11, 1100 Vienna

        One of our panelists is unexpectedly unavailable. We'll reach out shortly with new availability - apologies for the inconvenience.

        Best,
        Nadia Petrova
        Recruiting Coordinator, Quorra Robotics

        Scheduled with GoodTime
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:gt-evt-5c9a1e7f3b2d4f608a1c
DTSTAMP:20261126T080215Z
DTSTART:20261202T140000Z
DTEND:20261202T150000Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Quorra Robotics - Onsite interview - Katharina Aigner
LOCATION:Quorra Robotics\\, Wienerbergstraße 11\\, 1100 Vienna
ORGANIZER;CN=Nadia Petrova:mailto:nadia.petrova@quorrarobotics.com
ATTENDEE;CN=Katharina Aigner:mailto:{ME}
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("o12.email.goodtime.io (o12.email.goodtime.io [149.72.150.12])", "2026-11-26 09:02:18", V, "Gt7Ca9Nc1El3")),
        ("From", make.addr("Quorra Robotics Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", make.addr("Nadia Petrova", "nadia.petrova@quorrarobotics.com")),
        ("To", KA),
        ("Subject", "Cancelled: Onsite interview - Field Service Planning Manager (Wed, Dec 2)"),
        ("Date", date("2026-11-26 09:02:15", V)),
        ("Message-ID", "<gt.cancel.5c9a1e7f3b2d@goodtime.io>"),
    ], mixed(alt(text(body), html(make.gmail_html(body))),
             calendar(ics, method="CANCEL", cte="8bit", filename="cancel.ics", disposition="attachment")))


@mail(n(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-19 11:00", V), contact="manuel@schachinger-anlagen.at",
      company="Schachinger Anlagenservice KG", local="Thu 2026-11-19 11:00", zone=V,
      note="Short du-mail (windows-1252, 8bit) sent Wed 18.11. 07:50: 'unser Termin morgen um 11' cancelled because "
           "the job was filled internally -> Thu 19.11. 11:00 CET = 10:00Z; no new time; contact = human sender")
def k23() -> bytes:
    body = t("""
        Hallo Katharina,

        sorry für die kurzfristige Nachricht – unser Termin morgen um 11 muss leider entfallen. Wir haben die Stelle gestern doch intern nachbesetzt (ein Kollege aus der Schlosserei wechselt in die Planung), damit hat sich das Gespräch erledigt.

        Tut mir echt leid, du hättest sehr gut zu uns gepasst. Ich behalt dich im Hinterkopf, falls wir nächstes Jahr wie geplant erweitern.

        Schöne Grüße aus Ried
        Manuel

        --
        Manuel Schachinger
        Geschäftsführer
        Schachinger Anlagenservice KG
        Bahnhofstraße 40 | 4910 Ried im Innkreis
        """)
    return message([
        ("Received", mx("mx.schachinger-anlagen.at (mx.schachinger-anlagen.at [80.120.33.18])", "2026-11-18 07:50:29", V, "Sa2Ch4In6Ge8")),
        ("From", make.addr("Manuel Schachinger", "manuel@schachinger-anlagen.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", "Termin morgen"),
        ("Date", date("2026-11-18 07:50:26", V)),
        ("Message-ID", "<20261118075026.4F2A1C3E@schachinger-anlagen.at>"),
        ("X-Mailer", "Thunderbird 140.2.0"),
    ], text(body, charset="windows-1252", cte="8bit", params="format=flowed"))


# =========================================================================== negatives (keys 24-50)


@mail(n(24), family="rejection", lang="de", interview=False, company="Traunwerk Anlagenbau GmbH",
      days=(("Tue", "2026-09-15"),),
      note="Personio rejection after the interview of 15.9. (thread with the Personio invitation); mentions the past "
           "interview date but confirms nothing")
def k24() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        nochmals herzlichen Dank für Ihr Interesse und das angenehme Vorstellungsgespräch am Dienstag, 15.09.2026.

        Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch etwas besser zu den Anforderungen der Position passt. Diese Entscheidung ist uns nicht leicht gefallen.

        Mit Ihrem Einverständnis würden wir Ihre Unterlagen gerne für zwölf Monate in Evidenz halten. Wenn Sie damit nicht einverstanden sind, genügt eine kurze Nachricht.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Mit freundlichen Grüßen
        Sabine Lechner
        HR Business Partner
        Traunwerk Anlagenbau GmbH

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    return message([
        ("Received", mx("mail-eu.personio.de (mail-eu.personio.de [52.29.114.8])", "2026-10-01 10:31:05", V, "Pe3Rs5On7Io9")),
        ("From", make.addr("Traunwerk Anlagenbau GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", make.addr("Sabine Lechner", "sabine.lechner@traunwerk.at")),
        ("To", KA),
        ("Subject", make.enc("Ihre Bewerbung als Instandhaltungsplaner:in (m/w/d) – Traunwerk Anlagenbau GmbH")),
        ("Date", date("2026-10-01 10:31:02", V)),
        ("Message-ID", "<0102019a3f0c1d44-2e6b9c11-7d4a-4f0e-8b3c-5a9d1e2f3c4b@eu-central-1.amazonses.com>"),
    ], alt(text(body), html(make.gmail_html(body))))


@mail(n(25), family="offer", lang="de", interview=False, company="Ennstal Hydraulik AG",
      days=(("Fri", "2026-10-23"), ("Mon", "2026-10-26")),
      note="Job offer after the interviews; gives a reply deadline (Fr., 23.10.) and only proposes a signing date "
           "('z. B. Mo., 26.10. um 9 Uhr'), no interview")
def k25() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        nach den beiden sehr guten Gesprächen freue ich mich, Ihnen im Namen der Ennstal Hydraulik AG die Position "Technische Planerin Instandhaltung (Werk Steyr)" anbieten zu dürfen.

        Die wesentlichen Eckdaten:
        - Eintritt: 1. Februar 2027 (oder nach Vereinbarung)
        - Bruttomonatsgehalt: EUR 4.350,- (14 x jährlich), Einstufung KV Metallindustrie
        - Gleitzeit, 2 Tage Homeoffice pro Monat, Firmenparkplatz

        Das Angebot im Detail finden Sie im angehängten Schreiben. Wir bitten um Ihre Rückmeldung bis Fr., 23.10. Wenn Sie zusagen, könnten wir den Dienstvertrag z. B. am Mo., 26.10. um 9 Uhr gemeinsam unterschreiben – das können wir aber flexibel ausmachen.

        Mit besten Grüßen
        Markus Reiter
        Leiter Technik
        Ennstal Hydraulik AG
        """)
    return message([
        ("Received", mx("mail.ennstal-hydraulik.at (mail.ennstal-hydraulik.at [212.183.40.66])", "2026-10-14 15:20:48", V, "Of1Fe3Rr5Tt7")),
        ("From", make.addr("Markus Reiter", "markus.reiter@ennstal-hydraulik.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", "Angebot - Technische Planerin Instandhaltung"),
        ("Date", date("2026-10-14 15:20:44", V)),
        ("Message-ID", "<3c8e1a0f-7b2d-4e95-a6c4-0d1f9e8b7a62@ennstal-hydraulik.at>"),
    ], mixed(text(body),
             make.Part([("Content-Type", 'application/pdf; name="Angebot_Aigner.pdf"'),
                        ("Content-Disposition", 'attachment; filename="Angebot_Aigner.pdf"'),
                        ("Content-Transfer-Encoding", "base64")],
                       b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\r\n")))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Meridian Process Solutions",
      note="Taleo application receipt; 'if selected for an interview' is hypothetical, no time")
def k26() -> bytes:
    body = t("""
        Dear Katharina Aigner,

        Thank you for applying for the position of Reliability Planner - Central Europe (Job Number: 2600318) at Meridian Process Solutions.

        We have received your application and our recruiting team will review your qualifications. If your profile matches the requirements, a member of our team will contact you to schedule an interview. Due to the high volume of applications, we are unable to respond to every applicant individually.

        You can view the status of your application at any time by logging into your candidate profile:
        https://meridianprocess.taleo.net/careersection/ex/mysubmissions.ftl?lang=en

        Best regards,
        Meridian Process Solutions Talent Acquisition

        This is an automated message. Please do not reply to this email.
        """)
    return message([
        ("Received", mx("smtp-1.taleo.net (smtp-1.taleo.net [160.34.12.41])", "2026-09-03 13:44:20", "America/New_York", "Tl1Eo3Ap5Pp7")),
        ("From", make.addr("Meridian Process Solutions", "meridianprocess@taleo.net")),
        ("To", ME),
        ("Subject", "Thank you for your application - Reliability Planner - Central Europe"),
        ("Date", date("2026-09-03 13:44:17", "America/New_York")),
        ("Message-ID", "<1093827465.88213.1788457457000.JavaMail.taleo@tlsmtp01.taleo.net>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(make.gmail_html(body), charset="iso-8859-1"))


@mail(n(27), family="application_ack", lang="de", interview=False, company="Alpenlicht Solar GmbH",
      note="JOIN application receipt (du-form); says the company will invite to an interview if it fits, nothing fixed")
def k27() -> bytes:
    body = t("""
        Hallo Katharina,

        danke für deine Bewerbung als Service- und Instandhaltungskoordinator:in (m/w/d) bei Alpenlicht Solar GmbH in Salzburg!

        Deine Unterlagen sind bei uns angekommen und werden jetzt vom Team angeschaut. Wenn dein Profil passt, meldet sich Alpenlicht Solar in den nächsten zwei Wochen bei dir, um ein erstes Kennenlerngespräch zu vereinbaren.

        Den Status deiner Bewerbung siehst du jederzeit in deinem JOIN-Profil.

        Viel Erfolg!
        Dein JOIN Team im Namen von Alpenlicht Solar GmbH

        JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich
        """)
    return message([
        ("Received", mx("mail.join.com (mail.join.com [18.194.60.12])", "2026-09-07 20:17:41", V, "Jo1In3Ap5Ly7")),
        ("From", make.addr("Alpenlicht Solar GmbH via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", make.enc("Deine Bewerbung bei Alpenlicht Solar GmbH ist eingegangen ✅")),
        ("Date", date("2026-09-07 20:17:38", V)),
        ("Message-ID", "<20260907181738.a9e2c4d1f0b3@join.com>"),
    ], alt(text(body), html(make.gmail_html(body))))


@mail(n(28), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board digest; 'Schnelle Rückmeldung: Vorstellungsgespräche diese Woche' badges are not confirmations")
def k28() -> bytes:
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <h2 style="color:#e2001a">5 neue Jobs für "Instandhaltungsplanung" in Oberösterreich</h2>
        <p>Hallo Katharina, hier sind die neuesten Stellen zu deinem Suchauftrag:</p>
        <ul>
        <li><a href="https://www.stellenblick.at/job/88123">Instandhaltungsplaner:in Walzwerk</a> – Metallwerk Enns GmbH, Enns – <i>Schnelle Rückmeldung: Vorstellungsgespräche noch diese Woche</i></li>
        <li><a href="https://www.stellenblick.at/job/88140">Arbeitsvorbereiter:in Mechanik</a> – Kremstal Antriebe, Kirchdorf</li>
        <li><a href="https://www.stellenblick.at/job/88152">Technische:r Einkäufer:in Ersatzteile</a> – Innkreis Fördertechnik, Ried – <i>Bewerbung in 3 Minuten</i></li>
        <li><a href="https://www.stellenblick.at/job/88177">Reliability Engineer (m/w/d)</a> – Linz Chemiepark Services, Linz – ab EUR 4.100 brutto</li>
        <li><a href="https://www.stellenblick.at/job/88190">Schichtleiter:in Instandhaltung</a> – Welser Profile AG, Wels – <i>Interview am selben Tag möglich</i></li>
        </ul>
        <p><a href="https://www.stellenblick.at/suchauftrag/bearbeiten">Suchauftrag bearbeiten</a> · <a href="https://www.stellenblick.at/abmelden?t=7f3a">Abmelden</a></p>
        <p style="font-size:11px;color:#888">StellenBlick GmbH · Landstraße 49 · 4020 Linz</p>
        </body></html>
        """)
    return message([
        ("Received", mx("mailing.stellenblick.at (mailing.stellenblick.at [94.130.77.20])", "2026-10-05 06:30:12", V, "Sb1Jb3Al5Rt7")),
        ("From", make.addr("StellenBlick Jobagent", "jobagent@mailing.stellenblick.at")),
        ("To", ME),
        ("Subject", make.enc("5 neue Jobs: Instandhaltungsplanung in Oberösterreich")),
        ("Date", date("2026-10-05 06:30:09", V)),
        ("Message-ID", "<jobagent.20261005.7f3a91@mailing.stellenblick.at>"),
        ("List-Unsubscribe", "<https://www.stellenblick.at/abmelden?t=7f3a>, <mailto:unsubscribe@mailing.stellenblick.at>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], html(h))


@mail(n(29), family="post_interview", lang="en", interview=False, company="Norrvik Reliability AB",
      note="Thanks-for-yesterday follow-up after the Zoom interview of 12 Nov; promises news 'by the end of next week', "
           "confirms no new time")
def k29() -> bytes:
    body = t("""
        Hi Katharina,

        Thank you again for your time yesterday - Henrik and I really enjoyed the conversation, and your walkthrough of the work order flow was one of the clearest we've seen.

        We have two more candidates to speak with this week and will get back to you by the end of next week at the latest. If we move forward, the next step would be a short chat with our COO, which we'd schedule together with you.

        Have a great weekend!

        Best regards,
        Ingrid

        Ingrid Sjöberg
        Senior Talent Acquisition Partner
        Norrvik Reliability AB
        """)
    return message([
        ("Received", mx("mail-he1eur02on2104.outbound.protection.outlook.com (mail-he1eur02on2104.outbound.protection.outlook.com [40.107.7.104])",
                        "2026-11-13 10:05:30", "Europe/Stockholm", "No1Rv3Ik5Pi7")),
        ("From", make.addr("Ingrid Sjöberg", "ingrid.sjoberg@norrvik.se")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", "Thank you & next steps"),
        ("Date", date("2026-11-13 10:05:27", "Europe/Stockholm")),
        ("Message-ID", "<HE1PR02MB3321A7B6C5D4E3F2A1B0C9D8E7F6A@HE1PR02MB3321.eurprd02.prod.outlook.com>"),
    ], text(body, cte="8bit"))


@mail(n(30), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Career newsletter about interviews ('Montag, 9 Uhr: Ihr Vorstellungsgespräch...') plus a webinar date; "
           "bulk mail with List-Unsubscribe; nothing for the candidate")
def k30() -> bytes:
    body = t("""
        KARRIERE-KOMPASS · Ausgabe 42/2026

        Montag, 9 Uhr: Ihr Vorstellungsgespräch beginnt. Sind Sie bereit?

        Die ersten fünf Minuten entscheiden – das bestätigen Personalverantwortliche immer wieder. In dieser Ausgabe:

        1. Die 7 häufigsten Fragen im technischen Vorstellungsgespräch (und wie Sie sie souverän beantworten)
        2. Gehaltsverhandlung in der Metallindustrie: Was der KV wirklich hergibt
        3. Nach dem Interview: Wann und wie Sie nachfassen sollten

        LIVE-WEBINAR: "Überzeugen im Zweitgespräch"
        Do., 29.10., 18:00–19:00 Uhr, kostenlos – jetzt Platz sichern: https://karriere-kompass.at/webinar/zweitgespraech

        Viel Erfolg bei Ihrer Jobsuche!
        Ihr Team vom Karriere-Kompass

        Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.at angemeldet haben. Abmelden: https://karriere-kompass.at/nl/abmelden?u=4417
        """)
    return message([
        ("Received", mx("mta7.newsletter.karriere-kompass.at (mta7.newsletter.karriere-kompass.at [185.12.64.7])", "2026-10-20 07:00:05", V, "Kk1Nl3Ws5Lt7")),
        ("From", make.addr("Karriere-Kompass", "newsletter@karriere-kompass.at")),
        ("To", ME),
        ("Subject", make.enc("Montag, 9 Uhr: Ihr Vorstellungsgespräch beginnt 🕘")),
        ("Date", date("2026-10-20 07:00:02", V)),
        ("Message-ID", "<nl42.2026.4417@newsletter.karriere-kompass.at>"),
        ("List-Id", "Karriere-Kompass Newsletter <newsletter.karriere-kompass.at>"),
        ("List-Unsubscribe", "<https://karriere-kompass.at/nl/abmelden?u=4417>"),
        ("Precedence", "bulk"),
    ], alt(text(body), html(make.gmail_html(body))))


@mail(n(31), family="scheduling_link", lang="en", interview=False, company="Halvorsen Marine Services AS",
      days=(("Mon", "2026-11-16"), ("Fri", "2026-11-20")),
      note="Workable self-scheduling request: pick a slot between Mon 16 and Fri 20 Nov; no time chosen yet")
def k31() -> bytes:
    body = t("""
        Hi Katharina,

        Thanks for applying for the Maintenance Planner (Remote, CET) position at Halvorsen Marine Services. We'd like to invite you to a 30-minute video interview with our Technical Superintendent.

        Please choose a time that suits you from the available slots between Monday, November 16 and Friday, November 20:

        Pick a time: https://apply.workable.com/halvorsen-marine/s/7QxK2m

        Once you have picked a slot you will receive a confirmation with the video link.

        Kind regards,
        Eirik Solheim
        Halvorsen Marine Services AS
        """)
    return message([
        ("Received", mx("mail-out.workablemail.com (mail-out.workablemail.com [52.17.49.3])", "2026-11-11 09:40:25", "Europe/Oslo", "Wk1Ab3Le5Ml7")),
        ("From", make.addr("Eirik Solheim", "halvorsen-marine+a7c91e@candidates.workablemail.com")),
        ("To", ME),
        ("Subject", "Schedule your interview with Halvorsen Marine Services"),
        ("Date", date("2026-11-11 09:40:22", "Europe/Oslo")),
        ("Message-ID", "<wk.sched.7QxK2m.1794393622@workablemail.com>"),
    ], alt(text(body), html(make.gmail_html(body))))


@mail(n(32), family="scheduling_link", lang="de", interview=False, company="Tauern Bahntechnik GmbH",
      note="Recruiter asks the candidate to book an interview slot herself via a Microsoft Bookings page; nothing booked")
def k32() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        vielen Dank für Ihre Bewerbung als Instandhaltungsplanerin für unser Werk in Bischofshofen. Ihr Profil hat uns sehr angesprochen und wir würden Sie gerne persönlich kennenlernen.

        Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin für ein Erstgespräch (ca. 30 Minuten, via Teams) aus:
        https://outlook.office365.com/owa/calendar/TauernBahntechnikRecruiting@tauern-bahntechnik.at/bookings/

        Freie Termine gibt es derzeit in den nächsten beiden Wochen jeweils vormittags.

        Mit freundlichen Grüßen
        Nina Rohrmoser
        Recruiting
        Tauern Bahntechnik GmbH
        """)
    return message([
        ("Received", mx("mail.tauern-bahntechnik.at (mail.tauern-bahntechnik.at [83.65.10.140])", "2026-09-08 11:12:09", V, "Tb1Sl3In5Kk7")),
        ("From", make.addr("Nina Rohrmoser", "nina.rohrmoser@tauern-bahntechnik.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Ihre Bewerbung - Terminvereinbarung Erstgespräch", "iso-8859-1")),
        ("Date", date("2026-09-08 11:12:05", V)),
        ("Message-ID", "<AS8PR07MB7001D2C3B4A5968778695A4B3C2D1@AS8PR07MB7001.eurprd07.prod.outlook.com>"),
    ], alt(text(body, charset="iso-8859-1"), html(make.gmail_html(body), charset="iso-8859-1")))


@mail(n(33), family="proposed_times", lang="en", interview=False, company="Kelderman Engineering B.V.",
      days=(("Tue", "2026-09-22"),),
      note="Recruiter proposes 'next Tuesday at 10 (your time)?' and asks for confirmation; not confirmed yet")
def k33() -> bytes:
    body = t("""
        Hi Katharina,

        Thanks for the quick chat on LinkedIn! Our Head of Asset Management, Pieter, would love to have a first call with you about the planner role in our Eindhoven team (hybrid, 1 week/month on site).

        Would next Tuesday (22 Sep) at 10:00 your time work? If not, Wednesday afternoon is also open on his side. Just let me know and I'll send an invite.

        Cheers,
        Sanne de Wit
        Recruiter | Kelderman Engineering
        +31 6 4172 0938
        """)
    return message([
        ("Received", mx("mail-am6eur05on2090.outbound.protection.outlook.com (mail-am6eur05on2090.outbound.protection.outlook.com [40.107.22.90])",
                        "2026-09-17 14:27:50", "Europe/Amsterdam", "Kd1Ew3Pr5Op7")),
        ("From", make.addr("Sanne de Wit", "sanne.dewit@kelderman.nl")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", "First call with Pieter?"),
        ("Date", date("2026-09-17 14:27:46", "Europe/Amsterdam")),
        ("Message-ID", "<AM6PR05MB5521E9D8C7B6A5F4E3D2C1B0A9F8E@AM6PR05MB5521.eurprd05.prod.outlook.com>"),
    ], alt(text(body), html(make.gmail_html(body))))


@mail(n(34), family="proposed_times", lang="de", interview=False, company="Steyrer Antriebstechnik GmbH",
      days=(("Thu", "2026-11-05"), ("Fri", "2026-11-06")),
      note="Two candidate slots offered ('Do., 5.11. um 9 Uhr oder Fr., 6.11. um 13 Uhr') with a request to choose; "
           "nothing confirmed")
def k34() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        vielen Dank für Ihre Bewerbung als Instandhaltungsplanerin. Wir würden Sie gerne zu einem persönlichen Gespräch in unser Werk in Steyr-Münichholz einladen.

        Wäre Ihnen Do., 5.11. um 9 Uhr oder Fr., 6.11. um 13 Uhr recht? Bitte geben Sie mir kurz Bescheid, welcher Termin für Sie besser passt, dann schicke ich Ihnen die Einladung mit allen Details.

        Mit freundlichen Grüßen
        Sandra Kirchweger
        Personalabteilung
        Steyrer Antriebstechnik GmbH
        Tel. 07252 / 88 300-12
        """)
    return message([
        ("Received", mx("mail.steyrer-antriebe.at (mail.steyrer-antriebe.at [193.81.12.98])", "2026-10-30 10:44:02", V, "St1Ey3Rr5An7")),
        ("From", make.addr("Sandra Kirchweger", "sandra.kirchweger@steyrer-antriebe.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Einladung zum Gespräch – Terminvorschläge")),
        ("Date", date("2026-10-30 10:43:58", V)),
        ("Message-ID", "<001a01dc4a1b$6e2f3d40$4a8db7c0$@steyrer-antriebe.at>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-15"))


@mail(n(35), family="job_centre_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Unemployment-office counselling appointment with a fixed time ('Mo., 14.9.2026, 8:30 Uhr'); asks for "
           "proof of applications and 'Vorstellungsgespräche'; not a job interview")
def k35() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        wir laden Sie zu einem Beratungsgespräch in Ihrer Regionalstelle ein.

        Termin: Mo., 14.9.2026, 8:30 Uhr
        Ort: Arbeitsvermittlung Oberösterreich, Regionalstelle Linz, Bulgariplatz 17, 4020 Linz, 2. Stock, Zimmer 2.14
        Ihre Beraterin: Frau Gabriele Lindner

        Bitte bringen Sie mit:
        - einen amtlichen Lichtbildausweis
        - Nachweise über Ihre Bewerbungen und allfällige Vorstellungsgespräche seit dem letzten Termin
        - Ihren aktuellen Lebenslauf

        Wenn Sie den Termin aus wichtigem Grund nicht wahrnehmen können, melden Sie sich bitte rechtzeitig über Ihr eKonto ab. Ein unentschuldigtes Fernbleiben kann Auswirkungen auf den Bezug Ihrer Leistung haben.

        Mit freundlichen Grüßen
        Ihre Arbeitsvermittlung Oberösterreich

        Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
        """)
    return message([
        ("Received", mx("mailgw.avooe.at (mailgw.avooe.at [193.170.3.21])", "2026-09-07 09:02:41", V, "Av1Oo3Ek5On7")),
        ("From", make.addr("Arbeitsvermittlung OÖ – eKonto", "noreply@ekonto.avooe.at")),
        ("To", ME),
        ("Subject", make.enc("Einladung zum Beratungsgespräch am 14.09.2026")),
        ("Date", date("2026-09-07 09:02:38", V)),
        ("Message-ID", "<ekonto.9917342.20260907090238@avooe.at>"),
    ], text(body, charset="iso-8859-1"))


@mail(n(36), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="A journalist confirms an interview WITH the candidate for an article ('Donnerstag um 15 Uhr' = Thu 22.10.); "
           "a fixed time, but not a job interview")
def k36() -> bytes:
    body = t("""
        Liebe Frau Aigner,

        super, danke für die rasche Zusage! Dann machen wir das Interview für unsere Serie „Frauen in der Technik“ wie besprochen am Donnerstag um 15 Uhr bei uns in der Redaktion (Promenade 23, 3. Stock). Wir brauchen ca. eine Stunde, unser Fotograf Jakob macht im Anschluss noch ein paar Bilder – gerne in Arbeitskleidung, wenn Sie mögen.

        Die Fragen schicke ich Ihnen vorab bis Mittwoch.

        Herzliche Grüße
        Petra Wolfsgruber
        Redaktion Wirtschaft
        Linzer Wirtschaftsblatt
        """)
    return message([
        ("Received", mx("mail.wirtschaftsblatt-linz.at (mail.wirtschaftsblatt-linz.at [62.99.140.8])", "2026-10-19 12:16:30", V, "Pr1Es3Si5Nt7")),
        ("From", make.addr("Petra Wolfsgruber", "p.wolfsgruber@wirtschaftsblatt-linz.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Re: Interview „Frauen in der Technik“")),
        ("Date", date("2026-10-19 12:16:27", V)),
        ("Message-ID", "<9f2b4c1e-0d3a-4e5f-b6a7-c8d9e0f1a2b3@wirtschaftsblatt-linz.at>"),
        ("In-Reply-To", "<CAH7x2kPress1019@mail.example.org>"),
    ], text(body, cte="8bit"))


@mail(n(37), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Podcast recording confirmed with the candidate as guest ('Tuesday, 10 November at 17:00 CET'), ICS attached; "
           "an interview with a fixed time, but not a job interview")
def k37() -> bytes:
    body = t("""
        Hi Katharina,

        Thrilled you're joining us on Uptime Stories! Your recording session is confirmed:

        Episode: "Planning a blast furnace reline - lessons from the shop floor"
        Recording: Tuesday, 10 November at 17:00 CET (60 minutes)
        Studio link (Riverside): https://riverside.fm/studio/uptime-stories?t=8c1e02

        A few tips: wired headphones, a quiet room, and please close Slack/Teams notifications. We'll do a 5-minute sound check before we start the interview.

        Talk soon,
        Mateo Rinaldi
        Host, Uptime Stories - a podcast about maintenance & reliability
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Uptime Stories//Guest Booking//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:uptime-ep87-aigner@uptimestories.fm
DTSTAMP:20261103T103000Z
DTSTART:20261110T160000Z
DTEND:20261110T170000Z
SUMMARY:Uptime Stories podcast recording - guest interview with Katharina Aigner
LOCATION:https://riverside.fm/studio/uptime-stories
ORGANIZER;CN=Mateo Rinaldi:mailto:mateo@uptimestories.fm
ATTENDEE;CN=Katharina Aigner;RSVP=TRUE:mailto:{ME}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])", "2026-11-03 11:30:04", "Europe/Rome", "Po1Dc3As5Tt7")),
        ("From", make.addr("Mateo Rinaldi", "mateo@uptimestories.fm")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", "You're booked! Uptime Stories recording on Tue 10 Nov"),
        ("Date", date("2026-11-03 11:30:01", "Europe/Rome")),
        ("Message-ID", "<CAJ8mR3pQx0vUptime1103@mail.gmail.com>"),
    ], mixed(alt(text(body), html(make.gmail_html(body))),
             calendar(ics, method="REQUEST", filename="recording.ics", disposition="attachment")))


@mail(n(38), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Admission interview for a part-time MBA programme ('Auswahlgespräch', Mi., 25.11.2026, 17:30 Uhr); a fixed "
           "time, but a study admission, not a job interview")
def k38() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        vielen Dank für Ihre Bewerbung für den berufsbegleitenden Executive MBA "Industrial Management" (Start März 2027).

        Wir freuen uns, Sie zum Auswahlgespräch einzuladen:

        Datum: Mittwoch, 25.11.2026
        Uhrzeit: 17:30 Uhr
        Dauer: 30 Minuten
        Ort: Donau Business School, Campus Linz, Hafenstraße 47–51, Raum HS 3
        Kommission: Prof. Dr. Elke Reisinger (Studiengangsleitung), Mag. Peter Hackl

        Bitte bereiten Sie eine kurze Präsentation (max. 5 Minuten) zu Ihrer Motivation vor.

        Mit freundlichen Grüßen
        Mag. Anna Pühringer
        Admissions Office
        Donau Business School
        """)
    return message([
        ("Received", mx("mx.donau-bs.at (mx.donau-bs.at [193.171.96.12])", "2026-11-16 14:08:55", V, "Db1Ss3Ad5Mm7")),
        ("From", make.addr("Admissions Office – Donau Business School", "admissions@donau-bs.at")),
        ("Reply-To", make.addr("Anna Pühringer", "anna.puehringer@donau-bs.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Einladung zum Auswahlgespräch – Executive MBA Industrial Management")),
        ("Date", date("2026-11-16 14:08:51", V)),
        ("Message-ID", "<adm-2027-0318.1794834531@donau-bs.at>"),
    ], alt(text(body), html(make.gmail_html(body))))


@mail(n(39), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-15"),),
      note="Volleyball club invites to a try-out ('nächsten Dienstag um 19 Uhr' = Tue 15.9.); fixed time, not a job")
def k39() -> bytes:
    body = t("""
        Hi Katharina!

        Cool, dass du Lust hast bei uns mitzuspielen 🙂 Komm einfach nächsten Dienstag um 19 Uhr zum Probetraining in die Sporthalle Auhof (Eingang über den Parkplatz hinten). Halle ist bis 21 Uhr reserviert.

        Mitnehmen: Hallenschuhe, was zum Trinken, gute Laune. Knieschoner haben wir zur Not welche da.

        Falls du doch nicht kannst, schreib mir kurz auf WhatsApp: 0676 412 88 90

        Sportliche Grüße
        Verena
        Trainerin Damen 2 · SV Pöstlingberg Volleyball
        """)
    return message([
        ("Received", mx("mail-ed1-f41.google.com (mail-ed1-f41.google.com [209.85.208.41])", "2026-09-10 22:04:17", V, "Vb1Ll3Ey5Ba7")),
        ("From", make.addr("Verena Haider", "verena.haider.volley@example.net")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", "Probetraining Damen 2"),
        ("Date", date("2026-09-10 22:04:13", V)),
        ("Message-ID", "<CAF4vHh9zQ2mK1pVolley0910@mail.gmail.com>"),
    ], alt(text(body), html(make.gmail_html(body))))


@mail(n(40), family="car_service", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Car-workshop appointment confirmation (Mo., 2.11.2026, 7:30 Uhr, tyre change + service) with an ICS; "
           "fixed time, not an interview")
def k40() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:

        Termin: Montag, 02.11.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug: Škoda Octavia Combi, LL-472KA
        Leistungen: Jahresservice lt. Herstellervorgabe, Räderwechsel auf Winterreifen (eingelagert)
        Voraussichtliche Fertigstellung: 16:00 Uhr

        Ein Ersatzfahrzeug ist für Sie reserviert. Bitte bringen Sie das Serviceheft mit.

        Ihr Serviceberater: Michael Steininger, Tel. 0732 67 43 21-40

        Mit freundlichen Grüßen
        Autohaus Kreuzmayr GmbH
        Kremstalstraße 80, 4053 Haid
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kreuzmayr//Werkstattplaner//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:ws-2026-11-02-0730-LL472KA@autohaus-kreuzmayr.at
DTSTAMP:20261027T081500Z
DTSTART:20261102T063000Z
DTEND:20261102T150000Z
SUMMARY:Werkstatttermin Autohaus Kreuzmayr (Service + Räderwechsel)
LOCATION:Autohaus Kreuzmayr\\, Kremstalstraße 80\\, 4053 Haid
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("mail.autohaus-kreuzmayr.at (mail.autohaus-kreuzmayr.at [81.223.7.70])", "2026-10-27 09:15:06", V, "Ah1Kr3Ze5Uz7")),
        ("From", make.addr("Autohaus Kreuzmayr Service", "service@autohaus-kreuzmayr.at")),
        ("To", ME),
        ("Subject", make.enc("Terminbestätigung Werkstatt – Mo., 02.11.2026, 07:30 Uhr")),
        ("Date", date("2026-10-27 09:15:03", V)),
        ("Message-ID", "<ws.bestaetigung.58812@autohaus-kreuzmayr.at>"),
    ], mixed(html(make.gmail_html(body), charset="iso-8859-2"),
             calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Werkstatttermin.ics",
                      disposition="attachment")))


@mail(n(41), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Bank adviser confirms a mortgage consultation ('Fr., 4.12., um 16 Uhr', 'Beratungsgespräch'); fixed time, "
           "not a job interview")
def k41() -> bytes:
    body = t("""
        Sehr geehrte Frau Aigner,

        wie telefonisch vereinbart bestätige ich Ihnen unser Beratungsgespräch zur Wohnbaufinanzierung am Fr., 4.12., um 16 Uhr in unserer Filiale Linz-Urfahr (Hauptstraße 12).

        Damit wir die Zeit gut nutzen können, bringen Sie bitte folgende Unterlagen mit:
        - die letzten drei Gehaltszettel
        - Ihren aktuellen Dienstvertrag bzw. eine Bestätigung des Dienstgebers
        - Kaufvertragsentwurf bzw. Exposé der Wohnung

        Ich freue mich auf das Gespräch.

        Freundliche Grüße
        Thomas Enzenhofer
        Wohnbauberater
        Donaubank Linz eGen
        """)
    return message([
        ("Received", mx("smtp.donaubank-linz.at (smtp.donaubank-linz.at [194.232.104.9])", "2026-11-27 11:40:22", V, "Bk1Ad3Vi5Se7")),
        ("From", make.addr("Enzenhofer Thomas", "thomas.enzenhofer@donaubank-linz.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Terminbestätigung Beratungsgespräch Wohnbaufinanzierung", "iso-8859-1")),
        ("Date", date("2026-11-27 11:40:19", V)),
        ("Message-ID", "<OF7A2B3C4D.5E6F7A8B-ONC1258D2E.0041B2C3@donaubank-linz.at>"),
        ("X-Mailer", "HCL Notes Release 12.0.2 November 03, 2022"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(42), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"),),
      note="Career coach confirms a paid mock-interview session ('Probe-Vorstellungsgespräch', Di., 20.10., 18 Uhr, "
           "Zoom); fixed time, interview practice, not a job interview")
def k42() -> bytes:
    body = t("""
        Liebe Katharina,

        danke für deine Buchung! Unser Probe-Vorstellungsgespräch findet wie besprochen am Di., 20.10., um 18 Uhr via Zoom statt (90 Minuten).

        Ich schlüpfe dabei in die Rolle der Werksleiterin bei einem Stahlbetrieb und stelle dir die typischen Fragen – inklusive der unangenehmen ("Warum wollen Sie nach 9 Jahren weg?"). Danach besprechen wir gemeinsam, was gut lief und woran du noch feilen kannst.

        Zoom: https://us06web.zoom.us/j/83390217764 · Kenncode: coach26

        Bis Dienstag!
        Martina Wieser
        Karrierecoaching Wieser · Linz
        www.karrierecoaching-wieser.at
        """)
    return message([
        ("Received", mx("mail.karrierecoaching-wieser.at (mail.karrierecoaching-wieser.at [185.26.156.40])", "2026-10-13 20:51:12", V, "Mo1Ck3Co5Ac7")),
        ("From", make.addr("Martina Wieser", "martina@karrierecoaching-wieser.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Dein Probe-Vorstellungsgespräch am 20.10. – Bestätigung")),
        ("Date", date("2026-10-13 20:51:09", V)),
        ("Message-ID", "<b1e0c7a3-2f49-4d8e-9a61-5c3d7e2f1b08@karrierecoaching-wieser.at>"),
    ], alt(text(body, cte="base64"), html(make.gmail_html(body), cte="base64")))


@mail(n(43), family="forwarded_other", lang="de", interview=False, company=None,
      days=(("Wed", "2026-12-16"),),
      note="The candidate's brother forwards HIS confirmed interview ('Mi., 16.12. um 10 Uhr', Vienna) asking for tips; "
           "a real confirmation, but not the inbox owner's interview")
def k43() -> bytes:
    body = t("""
        Hey Kathi,

        schau, ich hab das Gespräch bei Brucker bekommen!! 😬 Hast du am Wochenende mal kurz Zeit zum Telefonieren? Du kennst dich mit dem ganzen Instandhaltungs-Zeug ja besser aus als ich, vielleicht kannst du mir ein paar Fragen stellen, die die so fragen könnten.

        Danke dir, lg Lukas

        ---------- Forwarded message ---------
        Von: Brucker Elektrotechnik GmbH – Personal <personal@brucker-elektro.at>
        Date: Di., 8. Dez. 2026 um 16:12
        Subject: Einladung zum Vorstellungsgespräch – Elektrotechniker Instandhaltung
        To: <lukas.aigner@example.net>

        Sehr geehrter Herr Aigner,

        wir freuen uns, Ihnen den Termin für Ihr Vorstellungsgespräch zu bestätigen:

        Mi., 16.12. um 10 Uhr
        Brucker Elektrotechnik GmbH, Industriestraße 44, 1230 Wien

        Ihr Gesprächspartner ist Herr Ing. Christian Brunner, Leitung Betriebstechnik.

        Mit freundlichen Grüßen
        Karin Stadler
        Personalabteilung
        """)
    return message([
        ("Received", mx("mail-lf1-f49.google.com (mail-lf1-f49.google.com [209.85.167.49])", "2026-12-09 19:33:40", V, "Fo1Rw3Br5Ot7")),
        ("From", make.addr("Lukas Aigner", "lukas.aigner@example.net")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Fwd: Einladung zum Vorstellungsgespräch – Elektrotechniker Instandhaltung")),
        ("Date", date("2026-12-09 19:33:37", V)),
        ("Message-ID", "<CAK9lA4rFwdBrucker1209x@mail.gmail.com>"),
    ], alt(text(body), html(make.gmail_html(body))))


@mail(n(44), family="interviewer_request", lang="de", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="At her CURRENT job the candidate is asked to sit on the panel interviewing an applicant ('kommenden "
           "Dienstag um 10', Tue 8.12.), Exchange invite attached; she is the interviewer, not the candidate")
def k44() -> bytes:
    body = t("""
        Servus Kathi,

        ich weiß, du bist diese Woche auf Zeitausgleich, darum schreib ich dir kurz privat: kannst du kommenden Dienstag um 10 beim Gespräch mit dem Bewerber für die Schichtleitung Instandhaltung Kokerei dabei sein? Fachlich bist du da einfach die Beste. Die Einladung von HR hängt unten dran, die landet eh auch in deinem Firmenkalender.

        Danke & lg
        Gerald

        Gerald Hametner
        Abteilungsleiter Instandhaltung Hochofen
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{make.VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Recruiting Linzer Hüttenwerke:mailto:recruiting@linzer-huettenwerke.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hametner Gerald:mailto:gerald.hametner@linzer-huettenwerke.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aigner Katharina:mailto:{ME}
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Schichtleitung IH Kokerei – Hr. Dominik Kastner (Interviewer: Hametner\\, Aigner)
DTSTART;TZID=W. Europe Standard Time:20261208T100000
DTEND;TZID=W. Europe Standard Time:20261208T110000
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DD01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
DTSTAMP:20261203T141500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum 4.12\\, Verwaltung Ost
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("mail-gw2.linzer-huettenwerke.at (mail-gw2.linzer-huettenwerke.at [194.48.132.20])", "2026-12-03 15:20:14", V, "Lh1Wi3Nt5Er7")),
        ("From", make.addr("Hametner Gerald", "gerald.hametner@linzer-huettenwerke.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Gespräch Schichtleitung Di. 10 Uhr – kannst du?")),
        ("Date", date("2026-12-03 15:20:11", V)),
        ("Message-ID", "<VI1PR09MB4410D5E6F7A8B9C0D1E2F3A4B5C6D@VI1PR09MB4410.eurprd09.prod.outlook.com>"),
    ], mixed(text(body),
             calendar(ics, method="REQUEST", cte="base64", filename="Bewerbungsgespraech.ics", disposition="attachment")))


@mail(n(45), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Google Calendar invitation to the maintenance department's Christmas party (Fr., 11.12., 18 Uhr); fixed time, "
           "current job social event")
def k45() -> bytes:
    body = t("""
        Weihnachtsfeier Instandhaltung 🎄
        Freitag, 11. Dezember 2026 ⋅ 18:00 – 23:00
        Mitteleuropäische Zeit - Wien

        Ort
        Gasthaus Zum Schwarzen Anker, Hauptplatz 9, 4020 Linz

        Liebe Leute, heuer wieder im Anker! Bitte bis 4.12. zusagen, damit ich reservieren kann. Wichteln: max. 15 Euro. LG Sonja

        Organisator
        Sonja Eder
        sonja.eder.linz@example.com

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261211T180000
DTEND;TZID=Europe/Vienna:20261211T230000
DTSTAMP:20261130T171204Z
ORGANIZER;CN=Sonja Eder:mailto:sonja.eder.linz@example.com
UID:7w1h2n3c4h5t6s7f8e9i0e1r2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME};X-NUM-GUESTS=0:mailto:{ME}
SUMMARY:Weihnachtsfeier Instandhaltung 🎄
LOCATION:Gasthaus Zum Schwarzen Anker\\, Hauptplatz 9\\, 4020 Linz
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    subj = "Einladung: Weihnachtsfeier Instandhaltung 🎄 @ Fr., 11. Dez. 2026 18:00 - 23:00 (MEZ) (katharina.aigner@example.org)"
    return message([
        ("Received", mx("mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", "2026-11-30 18:12:06", V, "Xm1As3Pa5Rt7")),
        ("From", make.addr("Sonja Eder", "sonja.eder.linz@example.com")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", ME),
        ("Subject", make.enc(subj)),
        ("Date", date("2026-11-30 18:12:04", V)),
        ("Message-ID", "<calendar-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@google.com>"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(46), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School messaging platform confirms a parent-teacher slot (Elternsprechtag, Do., 19.11. um 16:20 Uhr); "
           "'Gespräch' with a fixed time, not a job interview")
def k46() -> bytes:
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p><b>VS 27 Linz-Pichling</b> hat Ihnen eine Nachricht geschickt:</p>
        <div style="border-left:3px solid #3a8dde;padding-left:10px">
        <p>Liebe Eltern der 2b,</p>
        <p>vielen Dank für Ihre Anmeldung zum Elternsprechtag. Ihr Gesprächstermin bei Frau Dipl.-Päd. Monika Hofbauer:</p>
        <p><b>Do., 19.11. um 16:20 Uhr</b> (10 Minuten), Klassenzimmer 2b, Erdgeschoss</p>
        <p>Bitte seien Sie pünktlich, da die Termine eng getaktet sind. Schüler:in: Lena Aigner</p>
        <p>Mit lieben Grüßen<br>Monika Hofbauer</p>
        </div>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde über KlassenPost versendet. Antworten Sie direkt in der App.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("out.klassenpost.at (out.klassenpost.at [37.252.188.30])", "2026-11-11 13:05:50", V, "Kp1Ls3Ps5Ot7")),
        ("From", make.addr("KlassenPost – VS 27 Linz-Pichling", "noreply@klassenpost.at")),
        ("To", ME),
        ("Subject", make.enc("Elternsprechtag: Ihr Termin am Do., 19.11. um 16:20 Uhr")),
        ("Date", date("2026-11-11 13:05:47", V)),
        ("Message-ID", "<kp.msg.20261111.88172@klassenpost.at>"),
    ], html(h, cte="base64"))


@mail(n(47), family="auto_reply", lang="de", interview=False, company="Traunwerk Anlagenbau GmbH",
      days=(("Fri", "2026-09-25"),),
      note="Out-of-office auto reply (Auto-Submitted: auto-replied) to the candidate's thank-you note after her "
           "15.9. interview; quotes nothing with a new time")
def k47() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Fr., 25.9. auf Urlaub und habe in dieser Zeit keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@traunwerk.at.

        Thank you for your message. I am out of the office until Friday, 25 September, with no access to e-mail.

        Mit freundlichen Grüßen
        Sabine Lechner
        """)
    return message([
        ("Received", mx("mail.traunwerk.at (mail.traunwerk.at [80.110.36.4])", "2026-09-18 08:12:33", V, "Oo1Fo3Au5To7")),
        ("From", make.addr("Sabine Lechner", "sabine.lechner@traunwerk.at")),
        ("To", make.addr("Katharina Aigner", ME)),
        ("Subject", make.enc("Automatische Antwort: Danke für das Gespräch am Dienstag")),
        ("Date", date("2026-09-18 08:12:30", V)),
        ("Message-ID", "<AM9PR05MB8702AutoReply0918@AM9PR05MB8702.eurprd05.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<CAH7x2kThanks0918@mail.example.org>"),
    ], text(body))


@mail(n(48), family="bounce", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Delivery-status bounce of the candidate's own reply ('gerne bestätige ich den neuen Termin am Do., 12.11. "
           "um 14 Uhr') sent to a mistyped address; the bounce itself confirms nothing")
def k48() -> bytes:
    notice = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <c.hartl@mkt-freistad.at>: Host or domain name not found. Name service error
            for name=mkt-freistad.at type=MX: Host not found, try again

                           The mail system
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4Qm7Zt1kR2z9Hb
        Arrival-Date: Tue, 10 Nov 2026 07:41:02 +0100 (CET)

        Final-Recipient: rfc822; c.hartl@mkt-freistad.at
        Original-Recipient: rfc822;c.hartl@mkt-freistad.at
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=mkt-freistad.at type=MX: Host not found, try again
        """)
    orig_body = t("""
        Sehr geehrte Frau Hartl,

        vielen Dank für die Info – gerne bestätige ich den neuen Termin am Do., 12.11. um 14 Uhr in Freistadt.

        Mit freundlichen Grüßen
        Katharina Aigner
        """)
    orig = message([
        ("From", KA),
        ("To", "c.hartl@mkt-freistad.at"),
        ("Subject", make.enc("Re: Neuer Termin für Ihr Vorstellungsgespräch – Instandhaltungstechniker:in")),
        ("Date", date("2026-11-10 07:41:00", V)),
        ("Message-ID", "<CAH7x2kHartl1110@mail.example.org>"),
    ], text(orig_body))
    report = make.multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit"),
        raw_part([("Content-Type", "message/delivery-status")], status),
        attached_message(orig),
        params="report-type=delivery-status",
    )
    return message([
        ("Received", "by mx01.example.org (Postfix)\r\n id 5Rn8Au2lS3a0Ic; Tue, 10 Nov 2026 07:41:05 +0100 (CET)"),
        ("From", "MAILER-DAEMON@mx01.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-10 07:41:05", V)),
        ("Message-ID", "<20261110064105.5Rn8Au2lS3a0Ic@mx01.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


@mail(n(49), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Mailman list post in a maintenance network discussing assessment centres; a member mentions 'mein Gespräch "
           "ist am Mo., 19.10. um 9' - someone else's interview, list mail")
def k49() -> bytes:
    body = t("""
        Hallo zusammen,

        danke für die vielen Antworten! Ich hab mich jetzt gut vorbereitet – mein Gespräch ist am Mo., 19.10. um 9, ich berichte danach gerne, wie das Assessment Center dort abläuft.

        Was mir noch nicht klar ist: Macht ihr bei den Fallstudien eher eine FMEA oder rechnet ihr gleich MTBF/MTTR durch? Bei uns im Betrieb war das immer sehr unterschiedlich.

        LG Jürgen

        Am 14.10.2026 um 21:17 schrieb Barbara Gschwandtner:
        > Bei uns war das AC ein ganzer Tag: Postkorb, Gruppendiskussion,
        > Fallstudie zur Stillstandsplanung und am Ende ein Einzelgespräch.
        > Unbedingt Zahlen zu euren Stillständen parat haben!

        _______________________________________________
        ih-netzwerk mailing list -- ih-netzwerk@lists.instandhaltung-ooe.at
        To unsubscribe send an email to ih-netzwerk-leave@lists.instandhaltung-ooe.at
        """)
    return message([
        ("Received", mx("lists.instandhaltung-ooe.at (lists.instandhaltung-ooe.at [5.9.88.140])", "2026-10-15 08:55:12", V, "Ml1Li3St5Ih7")),
        ("From", make.addr("Jürgen Pointner", "j.pointner@example.com")),
        ("To", "ih-netzwerk@lists.instandhaltung-ooe.at"),
        ("Subject", make.enc("[ih-netzwerk] Re: Assessment Center bei Stahlbetrieben – Erfahrungen?")),
        ("Date", date("2026-10-15 08:55:08", V)),
        ("Message-ID", "<e7d1c2b0-9a8f-4e6d-b5c4-a3f2e1d0c9b8@example.com>"),
        ("In-Reply-To", "<3b2a1c0d-ffee-4dcb-a987-6543210fedcb@example.net>"),
        ("List-Id", "Netzwerk Instandhaltung OOe <ih-netzwerk.lists.instandhaltung-ooe.at>"),
        ("List-Post", "<mailto:ih-netzwerk@lists.instandhaltung-ooe.at>"),
        ("List-Unsubscribe", "<mailto:ih-netzwerk-leave@lists.instandhaltung-ooe.at>"),
        ("Precedence", "list"),
        ("Sender", "ih-netzwerk-bounces@lists.instandhaltung-ooe.at"),
    ], text(body, charset="utf-8", cte="8bit"))


@mail(n(50), family="meetup", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Meetup RSVP confirmation (Thu 22 Oct, 18:30) with an ICS; the programme includes a 'fireside interview' on "
           "stage; fixed time, not a job interview")
def k50() -> bytes:
    body = t("""
        You're going!

        Predictive Maintenance Linz #14 - Vibration data, digital twins & a fireside interview
        Thursday, October 22, 2026, 6:30 PM to 9:00 PM CEST
        Tabakfabrik Linz, Peter-Behrens-Platz 10, Bau 2, 4020 Linz

        Agenda
        18:30 Doors & snacks
        19:00 "From vibration sensor to work order in 90 seconds" - Lisa Ortner
        19:40 Fireside interview: 30 years of rolling-mill maintenance with Hans Weidinger
        20:30 Networking

        Can't make it anymore? Update your RSVP so someone from the waitlist gets your spot:
        https://www.gatherhub.io/pdm-linz/events/3018842/

        Gatherhub, on behalf of the organizers of Predictive Maintenance Linz
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Gatherhub//Events//EN
METHOD:PUBLISH
{VTZ_VIENNA}
BEGIN:VEVENT
UID:event_3018842@gatherhub.io
DTSTAMP:20261015T160201Z
DTSTART;TZID=Europe/Vienna:20261022T183000
DTEND;TZID=Europe/Vienna:20261022T210000
SUMMARY:Predictive Maintenance Linz #14
LOCATION:Tabakfabrik Linz\\, Peter-Behrens-Platz 10\\, 4020 Linz
URL:https://www.gatherhub.io/pdm-linz/events/3018842/
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", mx("mail.gatherhub.io (mail.gatherhub.io [198.21.6.87])", "2026-10-15 18:02:04", V, "Gh1Mt3Up5Pd7")),
        ("From", make.addr("Gatherhub", "info@email.gatherhub.io")),
        ("To", ME),
        ("Subject", "RSVP confirmed: Predictive Maintenance Linz #14"),
        ("Date", date("2026-10-15 18:02:01", V)),
        ("Message-ID", "<rsvp.3018842.aigner.1792080121@gatherhub.io>"),
        ("List-Unsubscribe", "<https://www.gatherhub.io/account/comm-prefs/>"),
    ], mixed(alt(text(body), html(make.gmail_html(body))),
             calendar(ics, method="PUBLISH", filename="event.ics", disposition="attachment")))
