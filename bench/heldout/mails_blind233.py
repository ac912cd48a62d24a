"""blind233: a blind 50-mail held-out set, the inbox of a rail-timetable optimisation engineer in Bern.

Written by a helper session that did not read the detector, its tests, or the other held-out mails.
Keys 1-23 are positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 negatives; the file
number of the mail written key-th is ORDER[key - 1].
"""

from __future__ import annotations

import random

from make import (
    VTZ,
    Part,
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
    utc,
)

ORDER = random.Random(2330233).sample(range(1, 51), 50)

NINA = "nina.zbinden@example.org"
NINA_H = addr("Nina Zbinden", NINA)
ZRH = "Europe/Zurich"
MX = "mx2.example.org (Postfix) with ESMTPS id"


def n(key: int) -> str:
    return f"blind233_{ORDER[key - 1]:03d}"


def rcv(frm: str, when: str, ident: str, zone: str = ZRH, lag: int = 4) -> tuple[str, str]:
    return ("Received", received(frm, when, zone, f"{MX} {ident}", NINA, lag))


def para_html(body: str, style: str = "font-family:Arial,Helvetica,sans-serif;font-size:14px") -> str:
    """A plain HTML twin: one <p> per paragraph, <br> inside."""
    import html as _h

    paras = [p for p in body.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + "<br>\n".join(_h.escape(x) for x in p.split("\n")) + "</p>" for p in paras)
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n{inner}\n</body></html>\n'


ZRH_VTZ = """BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
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


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", ZRH), end=utc("2026-09-15 11:00", ZRH),
      contact="lea.hofstetter@transalp-analytics.ch", company="Transalp Analytics AG",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=ZRH,
      note="Greenhouse confirmation, 10:00-11:00 Zurich time in September (CEST, UTC+2) -> 08:00-09:00Z; "
           "ICS in UTC agrees; contact = the recruiter in Reply-To")
def p01() -> bytes:
    body = t("""
        Hi Nina,

        Thank you for scheduling time with Transalp Analytics. Your onsite interview for the
        Senior Optimisation Engineer (Timetabling) role is confirmed:

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM CEST (Europe/Zurich)
        Location: Transalp Analytics AG, Hardstrasse 219, 8005 Zürich - 4th floor, ask for Lea at reception

        Interviewers:
        - Marius Oberholzer, Head of Network Planning
        - Lea Hofstetter, Talent Acquisition

        If you need to make any changes, please reply to this email.

        Best regards,
        Lea Hofstetter
        Transalp Analytics AG
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-int-7731902-onsite@greenhouse.io
        DTSTAMP:20260909T141204Z
        DTSTART:20260915T080000Z
        DTEND:20260915T090000Z
        SUMMARY:Interview: Nina Zbinden - Senior Optimisation Engineer (Timetabling)
        LOCATION:Transalp Analytics AG\\, Hardstrasse 219\\, 8005 Zürich
        ORGANIZER;CN=Lea Hofstetter:mailto:lea.hofstetter@transalp-analytics.ch
        ATTENDEE;CN=Nina Zbinden;RSVP=TRUE:mailto:nina.zbinden@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from mail-200.greenhouse-mail.io (mail-200.greenhouse-mail.io [198.51.100.40])",
            "2026-09-09 16:12:04", "4Rk1xT0fz3"),
        ("From", "Transalp Analytics AG <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Lea Hofstetter <lea.hofstetter@transalp-analytics.ch>"),
        ("To", NINA_H),
        ("Subject", "Interview Confirmation: Transalp Analytics AG - Senior Optimisation Engineer"),
        ("Date", date("2026-09-09 16:12:01", ZRH)),
        ("Message-ID", "<66f1a2b9c0e14_3a8c2b1d9e4f7@greenhouse-mailer-7b9d.mail>"),
        ("X-Mailer", "Greenhouse"),
    ]
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, cte="quoted-printable", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-23 14:00", ZRH), end=utc("2026-09-23 14:45", ZRH),
      contact="sandra.imhof@bergbahn-software.ch", company="Bergbahn Software GmbH",
      local="Wed 2026-09-23 14:00", local_end="2026-09-23 14:45", zone=ZRH,
      note="Personio invitation, 'Mi, 23.09.2026, 14.00 Uhr, Dauer 45 Minuten' in Lucerne (CEST) -> "
           "12:00-12:45Z; the attached ICS is an all-day event on the 23rd, the time is only in the "
           "text; contact = HR person named with address in the body (sender is no-reply)")
def p02() -> bytes:
    body = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#1b1b1b">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <img src="https://bergbahn-software.jobs.personio.de/logo.png" alt="Bergbahn Software" height="32">
        <h2 style="font-weight:600">Einladung zum Vorstellungsgespräch</h2>
        <p>Grüezi Frau Zbinden</p>
        <p>Vielen Dank für Ihre Bewerbung als <b>Optimization Engineer Fahrplan (80–100%)</b>. Gerne
        laden wir Sie zu einem persönlichen Gespräch ein und freuen uns, dass der Termin für Sie passt.</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Datum</b></td><td>Mi, 23.09.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>14.00 Uhr</td></tr>
        <tr><td><b>Dauer</b></td><td>45 Minuten</td></tr>
        <tr><td><b>Ort</b></td><td>Bergbahn Software GmbH, Tribschenstrasse 51, 6005 Luzern</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Sandra Imhof (HR), Pius Ammann (CTO)</td></tr>
        </table>
        <p>Bei Fragen erreichen Sie Sandra Imhof unter
        <a href="mailto:sandra.imhof@bergbahn-software.ch">sandra.imhof@bergbahn-software.ch</a>
        oder 041 588 20 14.</p>
        <p>Freundliche Grüsse<br>Ihr Team von Bergbahn Software</p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde automatisch über Personio versendet.
        Bitte antworten Sie nicht direkt auf diese Nachricht.</p>
        </td></tr></table>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Personio GmbH//Recruiting//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:personio-application-4481927-event-2
        DTSTAMP:20260918T074012Z
        DTSTART;VALUE=DATE:20260923
        DTEND;VALUE=DATE:20260924
        SUMMARY:Vorstellungsgespräch Bergbahn Software GmbH
        LOCATION:Tribschenstrasse 51\\, 6005 Luzern
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from mail-eu1.personio.de (mail-eu1.personio.de [203.0.113.71])", "2026-09-18 09:40:12", "4Rm0Tz1Qb8"),
        ("From", "Bergbahn Software GmbH <noreply@personio.de>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Optimization Engineer Fahrplan")),
        ("Date", date("2026-09-18 09:40:09", ZRH)),
        ("Message-ID", "<0102019a4c1e7b2f-5d1e9c7a-personio-recruiting@eu-central-1.amazonses.com>"),
    ]
    return message(hs, mixed(html(body, cte="base64"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics", disposition="attachment")))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-24 10:30", ZRH), contact="reto.schwab@aaretal-vt.ch",
      company="Aaretal Verkehrstechnik AG", local="Thu 2026-09-24 10:30", zone=ZRH,
      note="Hiring manager's prose, sent Fri 18.09.: 'nächsten Donnerstag um halb elf' = Thu 24.09. "
           "10:30 Bern (CEST) -> 08:30Z; no length ('rund eine Stunde' is approximate) so end null; "
           "iso-8859-1 8bit; contact = sender")
def p03() -> bytes:
    body = t("""
        Grüezi Frau Zbinden

        Merci vielmal für das angenehme Telefonat von heute Nachmittag. Wie besprochen sehen wir uns
        nächsten Donnerstag um halb elf bei uns an der Laupenstrasse 18 in Bern (3. Stock, bitte beim
        Empfang melden). Rechnen Sie mit rund einer Stunde; mit dabei ist auch unsere Teamleiterin
        Angebotsplanung, Frau Dänzer.

        Falls etwas dazwischenkommt, erreichen Sie mich am einfachsten auf dem Handy: 079 412 88 30.

        Ich freue mich auf das Gespräch.

        Freundliche Grüsse
        Reto Schwab

        --
        Reto Schwab
        Leiter Fahrplan & Netzentwicklung
        Aaretal Verkehrstechnik AG
        Laupenstrasse 18, 3008 Bern
        """)
    hs = [
        rcv("from smtp.aaretal-vt.ch (smtp.aaretal-vt.ch [192.0.2.118])", "2026-09-18 17:05:33", "4Rm9Kp2Wd1"),
        ("From", "Reto Schwab <reto.schwab@aaretal-vt.ch>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", enc("Unser Gespräch nächste Woche", "iso-8859-1")),
        ("Date", date("2026-09-18 17:05:30", ZRH)),
        ("Message-ID", "<8a1f2c3d4e5f60718293a4b5c6d7e8f9@aaretal-vt.ch>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de-CH"),
    ]
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(4), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", ZRH), end=utc("2026-10-26 10:00", ZRH),
      contact="marco.bucher@pilatus-fps.ch", company="Pilatus Fahrplan Systeme AG",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:00", zone=ZRH,
      note="Exchange/Teams meeting request sent Thu 22.10. in CEST for Mon 26.10., the day after the "
           "switch to CET: 09:00-10:00 UTC+1 -> 08:00-09:00Z; ICS uses 'W. Europe Standard Time'; "
           "contact = human ORGANIZER (also the sender)")
def p04() -> bytes:
    body = t("""
        Grüezi Frau Zbinden

        Wie telefonisch vereinbart sende ich Ihnen die Einladung für das Fachgespräch per Teams.
        Teilnehmen werden Herr Kurmann (Leiter Produktentwicklung) und ich.

        Freundliche Grüsse
        Marco Bucher
        HR Business Partner | Pilatus Fahrplan Systeme AG | Horwerstrasse 12 | 6010 Kriens

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE4YjQ2>
        Besprechungs-ID: 364 118 902 775
        Kennung: x7PqR2
        Teams herunterladen <https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten <https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen <https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen <https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    when_line = "Wann: Montag, 26. Oktober 2026 09:00-10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien."
    body = when_line + "\nWo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    ics = VTZ["W. Europe Standard Time"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ics + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Bucher Marco:mailto:marco.bucher@pilatus-fps.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nina Zbinden:mailto:nina.zbinden@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kurmann Silvan:mailto:silvan.kurmann@pilatus-fps.ch
        DESCRIPTION;LANGUAGE=de-CH:Grüezi Frau Zbinden\\n\\nWie telefonisch vereinbart sende ich Ihnen die Einladung für das Fachgespräch per Teams.\\n
        UID:040000008200E00074C5B7101A82E0080000000020A7C3F1E65DDB01000000000000000010000000C1B2A39F7E6D4C5B8A9F0E1D2C3B4A59
        SUMMARY;LANGUAGE=de-CH:Fachgespräch Nina Zbinden – Fahrplan-Optimierung
        DTSTART;TZID=W. Europe Standard Time:20261026T090000
        DTEND;TZID=W. Europe Standard Time:20261026T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T092000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-CH:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117549681
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
        X-MICROSOFT-ONLINEMEETINGCONFLINK:
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from EUR03-DB5-obe.outbound.protection.outlook.com (mail-db5eur03on2101.outbound.protection.outlook.com [192.0.2.33])",
            "2026-10-22 11:20:04", "4SBq0n3Lv5"),
        ("From", "Bucher Marco <marco.bucher@pilatus-fps.ch>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("CC", "Kurmann Silvan <silvan.kurmann@pilatus-fps.ch>"),
        ("Subject", enc("Fachgespräch Nina Zbinden – Fahrplan-Optimierung")),
        ("Thread-Topic", enc("Fachgespräch Nina Zbinden – Fahrplan-Optimierung")),
        ("Date", date("2026-10-22 11:20:00", ZRH)),
        ("Message-ID", "<ZR0P278MB0917A1C4E5F2B6D8C9E0F1A2B3C4D5E6@ZR0P278MB0917.CHEP278.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "de-CH, en-US"),
        ("Content-Language", "de-CH"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hs, alt(text(body), html(para_html(body, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


@mail(n(5), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-07 14:00", ZRH), end=utc("2026-10-07 15:00", ZRH), contact=None,
      company="Helvetic Rail Systems AG", local="Wed 2026-10-07 14:00", local_end="2026-10-07 15:00", zone=ZRH,
      note="Workday interview notification (German locale), '07.10.2026 14:00 - 15:00 MESZ' (Basel, CEST) "
           "-> 12:00-13:00Z; only the tenant mailbox and a coordinator's name without address -> contact null")
def p05() -> bytes:
    body = t("""
        Guten Tag Nina Zbinden

        Ihr Interview für die Stelle Operations Research Engineer – Fahrplanung (R-0042871) wurde geplant.

        Interviewdetails
        Datum: 07.10.2026
        Zeit: 14:00 - 15:00 MESZ
        Interviewtyp: Video-Interview (Webex)
        Interviewer: Dr. Ursula Gschwind, Teamleiterin Netzplanung; Thomas Rey, Senior Planner
        Link: https://helveticrail.webex.com/meet/int-r0042871

        Bitte melden Sie sich 5 Minuten vor Beginn an. Sollten Sie den Termin nicht wahrnehmen können,
        wenden Sie sich bitte über das Kandidatenportal an Ihre Recruiting-Koordinatorin Frau Jenni.

        Kandidatenportal: https://wd3.myworkdaysite.com/recruiting/helveticrail/External

        Freundliche Grüsse
        Helvetic Rail Systems AG – Talent Acquisition

        Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.
        """)
    hs = [
        rcv("from wd3-impl-smtp.myworkday.com (wd3-impl-smtp.myworkday.com [198.51.100.90])",
            "2026-10-01 10:03:22", "4S2hD9vPq7"),
        ("From", "Helvetic Rail Systems <helveticrail@myworkday.com>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Interview geplant: Operations Research Engineer - Fahrplanung (R-0042871)"),
        ("Date", date("2026-10-01 10:03:18", ZRH)),
        ("Message-ID", "<1918830442.55127.1791014598101@wd3-prod-bg-12.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, alt(text(body), html(para_html(body, "font-family:Arial;font-size:13px;color:#333"))))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-01 13:30", ZRH), end=utc("2026-10-01 14:00", ZRH),
      contact="priya.natarajan@waymarktransit.co.uk", company="Waymark Transit Ltd",
      local="Thu 2026-10-01 13:30", local_end="2026-10-01 14:00", zone=ZRH,
      note="Calendly invitee confirmation shown in the invitee's zone: 1:30pm-2:00pm 'Central European "
           "Time' on 1 Oct (Zurich, CEST) -> 11:30-12:00Z (12:30 BST in London); ICS agrees; "
           "contact = host in Reply-To")
def p06() -> bytes:
    body = t("""
        Hi Nina Zbinden,

        A new event has been scheduled.

        Event Type:
        30 Minute Interview - Timetabling Data Scientist

        Invitee:
        Nina Zbinden

        Invitee Email:
        nina.zbinden@example.org

        Event Date/Time:
        01:30pm - 02:00pm (Central European Time) on Thursday, October 1, 2026

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/wqk-ptzr-hne

        Host:
        Priya Natarajan

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/8f2b0c1e-6d4a-4f17-9b3e-2a5c7d9e1f04
        Reschedule: https://calendly.com/reschedulings/8f2b0c1e-6d4a-4f17-9b3e-2a5c7d9e1f04

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:8f2b0c1e-6d4a-4f17-9b3e-2a5c7d9e1f04@calendly.com
        DTSTAMP:20260928T181422Z
        DTSTART:20261001T113000Z
        DTEND:20261001T120000Z
        SUMMARY:Nina Zbinden and Priya Natarajan
        ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@waymarktransit.co.uk
        ATTENDEE;CN=Nina Zbinden;PARTSTAT=ACCEPTED:mailto:nina.zbinden@example.org
        LOCATION:https://meet.google.com/wqk-ptzr-hne
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from o1.email.calendly.com (o1.email.calendly.com [203.0.113.150])", "2026-09-28 20:14:25", "4S0Fm7Yc2a"),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Priya Natarajan <priya.natarajan@waymarktransit.co.uk>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "New Event: Nina Zbinden - 01:30pm Thu, Oct 1, 2026 - 30 Minute Interview - Timetabling Data Scientist"),
        ("Date", date("2026-09-28 20:14:22", ZRH)),
        ("Message-ID", "<Ym4p0QJXSzGd1vT2@geopod-ismtpd-11>"),
    ]
    return message(hs, mixed(alt(text(body), html(para_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(7), family="human_prose", lang="fr", interview=True, kind="scheduled",
      start=utc("2026-10-13 09:30", "Europe/Zurich"), end=utc("2026-10-13 10:30", "Europe/Zurich"),
      contact="camille.rochat@leman-mobilite.ch", company="Léman Mobilité SA",
      local="Tue 2026-10-13 09:30", local_end="2026-10-13 10:30", zone="Europe/Zurich",
      note="French recruiter in Geneva: 'mardi 13 octobre à 9h30, entretien d'une heure' (CEST) -> "
           "07:30-08:30Z; iso-8859-1 quoted-printable; contact = sender")
def p07() -> bytes:
    body = t("""
        Bonjour Madame Zbinden,

        Je vous remercie pour votre retour rapide. Je vous confirme donc votre entretien pour le poste
        d'ingénieure en optimisation des horaires le mardi 13 octobre à 9h30, dans nos locaux de la
        rue de Lyon 77 à Genève (arrêt Servette). Il s'agira d'un entretien d'une heure avec
        M. Delacrétaz, responsable de l'équipe Planification, et moi-même.

        Merci de vous présenter à la réception du 2e étage avec une pièce d'identité.

        Je reste à votre disposition pour toute question.

        Meilleures salutations,

        Camille Rochat
        Chargée de recrutement
        Léman Mobilité SA
        Rue de Lyon 77 - 1203 Genève
        T +41 22 518 40 12
        """)
    hs = [
        rcv("from mail.leman-mobilite.ch (mail.leman-mobilite.ch [192.0.2.77])", "2026-10-07 15:30:41", "4SK2pQ8Zr0"),
        ("From", addr("Camille Rochat", "camille.rochat@leman-mobilite.ch")),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", enc("RE: Entretien – Ingénieur·e optimisation des horaires")),
        ("Date", date("2026-10-07 15:30:38", "Europe/Zurich")),
        ("Message-ID", "<GV0P278MB1203F7A1B2C3D4E5F6A7B8C9D0E1F2A3@GV0P278MB1203.CHEP278.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<CAJz7Nq0vD4sN1wZbinden9f2Q@mail.example.org>"),
        ("References", "<CAJz7Nq0vD4sN1wZbinden9f2Q@mail.example.org>"),
        ("Content-Language", "fr-CH"),
    ]
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(8), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-16 15:00", ZRH), end=utc("2026-10-16 16:00", ZRH),
      contact="jana.meier@alpenrhein-mobility.ch", company="Alpenrhein Mobility AG",
      local="Fri 2026-10-16 15:00", local_end="2026-10-16 16:00", zone=ZRH,
      note="Teamtailor interview booking, 'Fr, 16.10.2026, 15.00–16.00 Uhr' Zurich (CEST) -> 13:00-14:00Z; "
           "Reply-To is a Teamtailor relay, so contact = recruiter address in the signature")
def p08() -> bytes:
    plain = t("""
        Hallo Nina

        Super, dass es geklappt hat! Dein Interview bei Alpenrhein Mobility ist gebucht:

        Fr, 16.10.2026, 15.00–16.00 Uhr
        Alpenrhein Mobility AG, Binzstrasse 39, 8045 Zürich (Tram 13 bis Binz)

        Du triffst Jana Meier (Talent Acquisition) und Dominik Frei (Lead Optimization).
        Wir arbeiten im Büro meist in Sneakers – komm so, wie du dich wohlfühlst.

        Bis bald!
        Jana

        Jana Meier · Talent Acquisition · jana.meier@alpenrhein-mobility.ch

        Dieses Interview verwalten: https://alpenrhein-mobility.teamtailor.com/interviews/c91f0b7a
        Gesendet mit Teamtailor
        """)
    h = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f4f5">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:Inter,Arial,sans-serif">
        <p>Hallo Nina</p>
        <p>Super, dass es geklappt hat! Dein Interview bei Alpenrhein Mobility ist gebucht:</p>
        <div style="border-radius:8px;background:#f0f7ff;padding:16px">
        <strong>Fr, 16.10.2026, 15.00–16.00&nbsp;Uhr</strong><br>
        Alpenrhein Mobility AG, Binzstrasse 39, 8045 Zürich (Tram 13 bis Binz)
        </div>
        <p>Du triffst Jana Meier (Talent Acquisition) und Dominik Frei (Lead Optimization).
        Wir arbeiten im Büro meist in Sneakers – komm so, wie du dich wohlfühlst.</p>
        <p>Bis bald!<br>Jana</p>
        <p style="color:#666;font-size:12px">Jana Meier · Talent Acquisition ·
        <a href="mailto:jana.meier@alpenrhein-mobility.ch">jana.meier@alpenrhein-mobility.ch</a></p>
        <p><a href="https://alpenrhein-mobility.teamtailor.com/interviews/c91f0b7a">Dieses Interview verwalten</a></p>
        <p style="color:#aaa;font-size:11px">Gesendet mit Teamtailor</p>
        </div></body></html>
        """)
    hs = [
        rcv("from mail.teamtailor-mail.com (mail.teamtailor-mail.com [198.51.100.201])", "2026-10-09 14:00:12", "4SMx5Vh8Jd"),
        ("From", "Alpenrhein Mobility <no-reply@teamtailor-mail.com>"),
        ("Reply-To", "Alpenrhein Mobility <reply+c91f0b7a4e2d@teamtailor-mail.com>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Interview gebucht: Optimization Engineer bei Alpenrhein Mobility"),
        ("Date", date("2026-10-09 14:00:09", ZRH)),
        ("Message-ID", "<6706a9c91f0b7_4e2d1a3b5c7d9@teamtailor-worker-5.mail>"),
    ]
    return message(hs, alt(text(plain, cte="8bit"), html(h)))


@mail(n(9), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 15:00", ZRH), end=utc("2026-10-27 15:45", ZRH),
      contact="dana@gridlinelabs.com", company="Gridline Labs",
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 15:45", zone=ZRH,
      note="Google Calendar invitation from a New York team, shown in the invitee's zone: 3pm-3:45pm CET "
           "on 27 Oct (Europe already on CET, US still on EDT until 1 Nov, so 10am New York = 3pm Zurich, "
           "not 4pm) -> 14:00-14:45Z; ICS in America/New_York 10:00 agrees; contact = organizer")
def p09() -> bytes:
    plain = t("""
        Dana Whitfield has invited you to an event.

        Gridline Labs - Technical interview (Nina Zbinden)
        Tuesday Oct 27, 2026 ⋅ 3pm – 3:45pm (Central European Time - Zurich)

        Join with Google Meet
        meet.google.com/hdu-rvbq-zmo

        Hi Nina - this is the technical round with me and Karthik (10am our time in NYC). We'll walk
        through a crew/vehicle scheduling problem together; no prep needed beyond a working laptop.
        - Dana

        Guests
        Dana Whitfield - organizer
        Karthik Raman
        nina.zbinden@example.org

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NXZ0cTBwbWQ

        Reply for nina.zbinden@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=NXZ0cTBwbWQ&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=NXZ0cTBwbWQ&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=NXZ0cTBwbWQ&rst=3

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    ics = VTZ["America/New_York"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ics + t("""
        BEGIN:VEVENT
        DTSTART;TZID=America/New_York:20261027T100000
        DTEND;TZID=America/New_York:20261027T104500
        DTSTAMP:20261020T200205Z
        ORGANIZER;CN=Dana Whitfield:mailto:dana@gridlinelabs.com
        UID:5vtq0pmd3k8e1r2s9b7c4h6j1a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dana Whitfield;X-NUM-GUESTS=0:mailto:dana@gridlinelabs.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Karthik Raman;X-NUM-GUESTS=0:mailto:karthik@gridlinelabs.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nina.zbinden@example.org;X-NUM-GUESTS=0:mailto:nina.zbinden@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hdu-rvbq-zmo
        CREATED:20261020T200203Z
        DESCRIPTION:Hi Nina - this is the technical round with me and Karthik (10am our time in NYC).
        LAST-MODIFIED:20261020T200204Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Gridline Labs - Technical interview (Nina Zbinden)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
            "2026-10-20 16:02:08", "4SX1cB6Nt2", zone="America/New_York"),
        ("From", "Dana Whitfield <dana@gridlinelabs.com>"),
        ("Reply-To", "Dana Whitfield <dana@gridlinelabs.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Invitation: Gridline Labs - Technical interview (Nina Zbinden) @ Tue Oct 27, 2026 "
                    "3pm - 3:45pm (CET) (nina.zbinden@example.org)"),
        ("Date", date("2026-10-20 16:02:05", "America/New_York")),
        ("Message-ID", "<calendar-3f1d2c7a-9b4e-4c1a-8e2f-6d5b0a9c7e31@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(plain), html(para_html(plain, "font-family:Roboto,Helvetica,Arial,sans-serif")),
            calendar(ics)),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(n(10), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-05 16:00", ZRH), contact="tom.barker@kestrel-talent.ch",
      company="Nordlicht Logistics AG", local="Thu 2026-11-05 16:00", zone=ZRH,
      note="Agency recruiter writing from his phone on Wed 4.11.: 'tomorrow 4pm' = Thu 5.11. 16:00 Zurich "
           "(CET) -> 15:00Z; no length; company = the hiring client, contact = the agency recruiter (sender)")
def p10() -> bytes:
    body = t("""
        Hi Nina,

        All confirmed for tomorrow 4pm with Nordlicht, their office at Pfingstweidstrasse 106 (Zurich
        West, 2 min from Hardbrücke). You'll see Mattias Lund (Head of Network Design) plus someone from
        his team. Ask for Mattias at reception. I'll call you afterwards for a debrief!

        Good luck - you'll smash it.
        Tom

        Sent from my iPhone

        > On 4 Nov 2026, at 11:52, Nina Zbinden <nina.zbinden@example.org> wrote:
        >
        > Hi Tom, tomorrow at 4 works for me. Is it at their office or online?
        > Thanks, Nina
        >
        >> On 4 Nov 2026, at 09:10, Tom Barker <tom.barker@kestrel-talent.ch> wrote:
        >>
        >> Nina - Nordlicht would love to meet you. Could you do tomorrow 4pm or Friday morning?
        """)
    hs = [
        rcv("from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])", "2026-11-04 12:47:51", "4T81rGk5Vx"),
        ("From", "Tom Barker <tom.barker@kestrel-talent.ch>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", "Re: Nordlicht - Network Design Engineer"),
        ("Date", date("2026-11-04 12:47:48", ZRH)),
        ("Message-ID", "<A3C1F0E2-7B5D-4E9A-8C21-6F0D3B9E2A47@kestrel-talent.ch>"),
        ("In-Reply-To", "<CAJz7Nq1nordlichtR3ply4@mail.example.org>"),
        ("References", "<5B2E7C9A-1D4F-4A8B-9E63-2C7F1A0B8D35@kestrel-talent.ch> <CAJz7Nq1nordlichtR3ply4@mail.example.org>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    return message(hs, text(body, cte="8bit"))


@mail(n(11), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-09 11:00", ZRH), end=utc("2026-11-09 12:00", ZRH),
      contact="petra.gerber@seeland-vd.ch", company="Seeland Verkehrsdaten AG",
      local="Mon 2026-11-09 11:00", local_end="2026-11-09 12:00", zone=ZRH,
      note="SmartRecruiters interview confirmation 'Montag, 9. November 2026, 11:00 - 12:00 (MEZ)' in Bern "
           "-> 10:00-11:00Z; contact = the named person with address in the body (sender no-reply)")
def p11() -> bytes:
    plain = t("""
        Grüezi Nina

        Vielen Dank, dass Sie einen Termin gewählt haben. Hiermit bestätigen wir Ihr Interview:

        Stelle: Data Scientist Fahrplan & Kapazität
        Datum und Uhrzeit: Montag, 9. November 2026, 11:00 - 12:00 (MEZ)
        Ort: Seeland Verkehrsdaten AG, Effingerstrasse 47, 3008 Bern
        Interviewpartner: Petra Gerber, Patrick Zürcher

        Ansprechperson: Petra Gerber (petra.gerber@seeland-vd.ch)

        Wir freuen uns auf Sie.

        Freundliche Grüsse
        Seeland Verkehrsdaten AG

        ---
        Diese Nachricht wurde über SmartRecruiters gesendet. Datenschutz: https://www.smartrecruiters.com/legal/candidate-privacy-policy/
        """)
    hs = [
        rcv("from mail1.smartrecruiters.com (mail1.smartrecruiters.com [198.51.100.17])", "2026-11-03 08:15:40", "4T6kJp9Ws3"),
        ("From", "Seeland Verkehrsdaten AG <noreply@smartrecruiters.com>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", enc("Bestätigung Ihres Interviews – Data Scientist Fahrplan & Kapazität")),
        ("Date", date("2026-11-03 08:15:37", ZRH)),
        ("Message-ID", "<sr.7f3c1a92b4e5.interview-confirm@smartrecruiters.com>"),
    ]
    return message(hs, alt(text(plain, cte="base64"), html(para_html(plain), cte="base64")))


@mail(n(12), family="zoom", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-10 08:30", ZRH), contact="stefanie.wyss@dreiland-rail.ch",
      company="Dreiland Rail Consulting GmbH", local="Tue 2026-11-10 08:30", zone=ZRH,
      note="Recruiter prose 'am Dienstag in acht Tagen' sent Tue 3.11. = Tue 10.11.; the pasted Zoom block "
           "says 10. Nov. 2026 08:30 AM Bern (CET) -> 07:30Z; no length; contact = sender")
def p12() -> bytes:
    body = t("""
        Liebe Frau Zbinden

        Herzlichen Dank für das Telefonat. Wie besprochen machen wir das erste Gespräch am Dienstag in
        acht Tagen per Zoom, mit unserem Partner Herrn Vischer und mir. Unten die Zugangsdaten.

        Liebe Grüsse aus Basel
        Stefanie Wyss

        Dreiland Rail Consulting GmbH | Aeschenvorstadt 4 | 4051 Basel | +41 61 555 19 04

        -----
        Stefanie Wyss lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Gespräch Nina Zbinden / Dreiland Rail
        Uhrzeit: 10. Nov. 2026 08:30 AM Bern

        Zoom-Meeting beitreten
        https://us06web.zoom.us/j/84417209385?pwd=bE9xTnRjWk1yS3dQd2lPZz09

        Meeting-ID: 844 1720 9385
        Kenncode: 524713
        """)
    hs = [
        rcv("from mail.dreiland-rail.ch (mail.dreiland-rail.ch [192.0.2.61])", "2026-11-03 16:40:19", "4T6zQm1Ha8"),
        ("From", "Stefanie Wyss <stefanie.wyss@dreiland-rail.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Gespräch Dienstag in acht Tagen – Zoom-Link")),
        ("Date", date("2026-11-03 16:40:15", ZRH)),
        ("Message-ID", "<3b9e1c7d-5a2f-4e08-9c61-0d4f8a2b7e15@dreiland-rail.ch>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(13), family="forward_to_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-17 09:00", ZRH), contact="urs.klaey@aarebogen-vp.ch",
      company="Aarebogen Verkehrsplanung AG", local="Tue 2026-11-17 09:00", zone=ZRH,
      note="Candidate forwards from her private address to herself; the forwarded mail confirms "
           "'Dienstag, 17.11., um 9 Uhr' in Bern (CET) -> 08:00Z; 'etwa eine Stunde' approximate -> end null; "
           "contact = the forwarded sender (the outer sender is the candidate); windows-1252 QP")
def p13() -> bytes:
    body = t("""
        zur Erinnerung fürs Büro-Postfach

        Von meinem iPhone gesendet

        Anfang der weitergeleiteten Nachricht:

        Von: Urs Kläy <urs.klaey@aarebogen-vp.ch>
        Datum: 12. November 2026 um 17:48:12 MEZ
        An: Nina Zbinden <nina.zbinden@example.net>
        Betreff: AW: Bewerbung Verkehrsplanerin ÖV / Fahrplan

        Grüezi Frau Zbinden

        Das passt bestens. Dann sehen wir uns am Dienstag, 17.11., um 9 Uhr bei uns im Büro an der
        Schwarztorstrasse 31 in Bern. Wir planen etwa eine Stunde ein. Bringen Sie gerne ein Beispiel
        aus Ihrer Fahrplanarbeit mit, gerne auch auf dem Laptop.

        Freundliche Grüsse

        Urs Kläy
        Partner, dipl. Ing. ETH
        Aarebogen Verkehrsplanung AG
        Schwarztorstrasse 31, 3007 Bern
        031 552 44 10
        """)
    hs = [
        rcv("from mail.example.net (mail.example.net [192.0.2.9])", "2026-11-13 07:55:10", "4TG2bW4Kc6"),
        ("From", "Nina Zbinden <nina.zbinden@example.net>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Fwd: AW: Bewerbung Verkehrsplanerin =?windows-1252?q?=D6V?= / Fahrplan"),
        ("Date", date("2026-11-13 07:55:06", ZRH)),
        ("Message-ID", "<E8C2A9F1-4D7B-4B3E-A1C5-9F6E2D0B7A83@example.net>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ]
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


AKL = "Pacific/Auckland"


@mail(n(14), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-20 09:00", AKL), end=utc("2026-11-20 10:00", AKL),
      contact="mere.tane@kauritransit.co.nz", company="Kauri Transit Tech",
      local="Fri 2026-11-20 09:00", local_end="2026-11-20 10:00", zone=AKL,
      note="Ashby confirmation from Auckland: Fri 20 Nov 9:00-10:00 AM NZDT (UTC+13) -> Thu 19 Nov "
           "20:00-21:00Z, the previous day in UTC (9pm Thursday in Bern, as the mail says); ICS in "
           "Pacific/Auckland agrees; contact = recruiter in Reply-To / ORGANIZER")
def p14() -> bytes:
    plain = t("""
        Kia ora Nina,

        Your interview with Kauri Transit Tech is confirmed. We're looking forward to speaking with you!

        Friday, November 20, 2026, 9:00 AM – 10:00 AM NZDT
        (that's Thursday, November 19, 9:00 PM – 10:00 PM in Bern)
        Google Meet: https://meet.google.com/kta-wvxe-pmr

        You'll meet with:
          Hemi Walker — Principal Engineer, Scheduling
          Mere Tane — Talent Partner

        Questions? Just reply and it will reach Mere Tane.

        Ngā mihi,
        Kauri Transit Tech Recruiting
        """)
    ics = VTZ["Pacific/Auckland"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + ics + t("""
        BEGIN:VEVENT
        UID:1b7e4c2a-9f3d-4a6e-8c15-d2f0a7b9e3c4
        DTSTAMP:20261115T210014Z
        DTSTART;TZID=Pacific/Auckland:20261120T090000
        DTEND;TZID=Pacific/Auckland:20261120T100000
        SEQUENCE:0
        SUMMARY:Kauri Transit Tech – Senior Scheduling Engineer Interview
        LOCATION:https://meet.google.com/kta-wvxe-pmr
        ORGANIZER;CN=Mere Tane:mailto:mere.tane@kauritransit.co.nz
        ATTENDEE;CN=Nina Zbinden;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nina.zbinden@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from mail.ashbyhq.com (mail.ashbyhq.com [198.51.100.103])", "2026-11-16 10:00:18", "4TJ0xV7Rm9", zone=AKL),
        ("From", "Kauri Transit Tech <no-reply@ashbyhq.com>"),
        ("Reply-To", "Mere Tane <mere.tane@kauritransit.co.nz>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", "Interview confirmed: Senior Scheduling Engineer at Kauri Transit Tech"),
        ("Date", date("2026-11-16 10:00:14", AKL)),
        ("Message-ID", "<0100019a8d3c2b1f-7e4a9c15-2d6b-4f0e-a8c3-5b9d1e7f2a60-000000@email.amazonses.com>"),
    ]
    return message(hs, mixed(alt(text(plain, cte="base64"), html(para_html(plain), cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


LON = "Europe/London"


@mail(n(15), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-24 15:30", LON), end=utc("2026-11-24 16:15", LON),
      contact="oliver.grant@fenwickrail.co.uk", company="Fenwick Rail Analytics Ltd",
      local="Tue 2026-11-24 15:30", local_end="2026-11-24 16:15", zone=LON,
      note="Lever confirmation for a London remote team: 3:30 PM GMT, 45 minutes -> 15:30-16:15Z "
           "(16:30 in Bern); contact = recruiter in Reply-To")
def p15() -> bytes:
    plain = t("""
        Hi Nina,

        Thanks for picking a time - your video interview with Fenwick Rail Analytics is confirmed.

        Role: Optimisation Engineer (Remote, Europe)
        When: Tuesday, November 24, 2026 at 3:30 PM GMT
        Duration: 45 minutes
        Where: Microsoft Teams (link below)
        With: Aisha Okafor, Engineering Manager

        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmVud2ljaw

        If anything changes, just reply to this email.

        Cheers,
        Oliver Grant
        Talent Partner, Fenwick Rail Analytics
        """)
    hs = [
        rcv("from mail-a.hire.lever.co (mail-a.hire.lever.co [198.51.100.222])", "2026-11-18 11:05:30", "4TK8pN2Fd4", zone=LON),
        ("From", "Fenwick Rail Analytics <no-reply@hire.lever.co>"),
        ("Reply-To", "Oliver Grant <oliver.grant@fenwickrail.co.uk>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Confirmed: your interview with Fenwick Rail Analytics"),
        ("Date", date("2026-11-18 11:05:27", LON)),
        ("Message-ID", "<lever.9c2e5f1a7b3d.confirmation@hire.lever.co>"),
    ]
    return message(hs, alt(text(plain, cte="7bit", charset="us-ascii"), html(para_html(plain))))


@mail(n(16), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-02 09:00", ZRH), end=utc("2026-12-02 11:00", ZRH),
      contact="sophie.laurent@polaris-mobility.ch", company="Polaris Mobility AG",
      local="Wed 2026-12-02 09:00", local_end="2026-12-02 11:00", zone=ZRH,
      note="GoodTime onsite itinerary, two sessions 09:00-10:00 and 10:15-11:00 CET in Zurich -> first start "
           "to last end 08:00-10:00Z; ICS spans the block; contact = coordinator in Reply-To")
def p16() -> bytes:
    plain = t("""
        Hi Nina,

        Your onsite interview with Polaris Mobility AG is confirmed. Here is your itinerary
        (all times Central European Time, Zurich):

        Wednesday, December 2, 2026

        09:00 - 10:00   Optimisation deep dive       Reto Marti, Principal Engineer
        10:00 - 10:15   Break / coffee
        10:15 - 11:00   Team & ways of working       Elena Costa, Head of Planning Products

        Location: Polaris Mobility AG, Thurgauerstrasse 40, 8050 Zürich (Oerlikon) - reception, 5th floor

        Your coordinator is Sophie Laurent. Reply to this email with any questions or if you need
        accommodations.

        Powered by GoodTime
        """)
    ics = ZRH_VTZ + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//Interview Scheduling//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + ics + t("""
        BEGIN:VEVENT
        UID:gt-8d41c7e2-onsite-polaris@goodtime.io
        DTSTAMP:20261125T093012Z
        DTSTART;TZID=Europe/Zurich:20261202T090000
        DTEND;TZID=Europe/Zurich:20261202T110000
        SUMMARY:Onsite interview - Polaris Mobility AG
        LOCATION:Thurgauerstrasse 40, 8050 Zürich
        ORGANIZER;CN=Sophie Laurent:mailto:sophie.laurent@polaris-mobility.ch
        ATTENDEE;CN=Nina Zbinden;RSVP=TRUE:mailto:nina.zbinden@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from mail.goodtime.io (mail.goodtime.io [203.0.113.19])", "2026-11-25 10:30:15", "4TQ3sD8Gw1"),
        ("From", "Polaris Mobility Recruiting <noreply@goodtime.io>"),
        ("Reply-To", "Sophie Laurent <sophie.laurent@polaris-mobility.ch>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", "Your interview itinerary - Polaris Mobility AG - Wed, Dec 2"),
        ("Date", date("2026-11-25 10:30:12", ZRH)),
        ("Message-ID", "<20261125093012.8d41c7e2@goodtime.io>"),
    ]
    return message(hs, mixed(alt(text(plain), html(para_html(plain))),
                             calendar(ics, cte="quoted-printable", filename="interview.ics",
                                      disposition="attachment")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="softgarden", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-01 14:30", ZRH), end=utc("2026-10-01 15:30", ZRH),
      contact="andrea.luethi@juralinie.ch", company="Juralinie Infrastruktur AG",
      local="Thu 2026-10-01 14:30", local_end="2026-10-01 15:30", zone=ZRH,
      note="softgarden 'Terminänderung': old Mi 30.09. 10.00 Uhr, new Do 01.10.2026 14.30-15.30 Uhr Basel (CEST) "
           "-> 12:30-13:30Z (the new slot is labelled); contact = named contact in the body")
def p17() -> bytes:
    plain = t("""
        Sehr geehrte Frau Zbinden

        Leider müssen wir den vereinbarten Termin für Ihr Vorstellungsgespräch verschieben.

        Bisheriger Termin:  Mi, 30.09.2026, 10.00 Uhr
        Neuer Termin:       Do, 01.10.2026, 14.30 - 15.30 Uhr
        Ort:                Juralinie Infrastruktur AG, Hochstrasse 16, 4053 Basel, Sitzungszimmer «Belchen»

        Ihre Gesprächspartner sind unverändert Frau Andrea Lüthi (Personal) und Herr Ivo Stöcklin
        (Leiter Betriebsplanung). Bitte bestätigen Sie den neuen Termin über den untenstehenden Link.

        Termin bestätigen: https://juralinie.softgarden.io/de/appointment/confirm/91827364

        Ihre Ansprechpartnerin: Andrea Lüthi, andrea.luethi@juralinie.ch, +41 61 226 71 30

        Mit freundlichen Grüssen
        Juralinie Infrastruktur AG

        Diese E-Mail wurde über softgarden e-recruiting versendet.
        """)
    hs = [
        rcv("from mx-out2.softgarden.io (mx-out2.softgarden.io [203.0.113.88])", "2026-09-25 13:10:27", "4Rs7Hy3Lk2"),
        ("From", "Juralinie Infrastruktur AG <noreply@softgarden.io>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", enc("Terminänderung: Ihr Vorstellungsgespräch bei der Juralinie Infrastruktur AG")),
        ("Date", date("2026-09-25 13:10:24", ZRH)),
        ("Message-ID", "<softgarden.appointment.91827364.2@softgarden.io>"),
    ]
    return message(hs, alt(text(plain, charset="iso-8859-15"),
                           html(para_html(plain, "font-family:Verdana,sans-serif;font-size:12px"))))


@mail(n(18), family="recruitee", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-20 11:00", ZRH), end=utc("2026-10-20 12:00", ZRH),
      contact="nadine.amrein@vwm-mobilitaet.ch", company="Vierwaldstätter Mobilität AG",
      local="Tue 2026-10-20 11:00", local_end="2026-10-20 12:00", zone=ZRH,
      note="Recruitee 'Interview verschoben' whose text gives no time; the new slot is only in the ICS "
           "(SEQUENCE:1, Europe/Zurich 20.10. 11:00-12:00 CEST) -> 09:00-10:00Z; contact = human ORGANIZER")
def p18() -> bytes:
    plain = t("""
        Hallo Nina Zbinden

        Ihr Interview für die Position «Fahrplanoptimierer/in Bus & Schiff» wurde auf einen neuen Termin
        verschoben. Alle Details zum neuen Termin finden Sie in der angehängten Kalendereinladung – bitte
        übernehmen Sie diese in Ihren Kalender; der alte Eintrag wird damit ersetzt.

        Entschuldigen Sie die Umstände und besten Dank für Ihre Flexibilität.

        Freundliche Grüsse
        Vierwaldstätter Mobilität AG

        Gesendet über Recruitee
        """)
    ics = ZRH_VTZ + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Interview Scheduler//EN
        METHOD:REQUEST
        """) + ics + t("""
        BEGIN:VEVENT
        UID:recruitee-interview-5512093@recruitee.com
        SEQUENCE:1
        DTSTAMP:20261014T070011Z
        DTSTART;TZID=Europe/Zurich:20261020T110000
        DTEND;TZID=Europe/Zurich:20261020T120000
        SUMMARY:Interview: Fahrplanoptimierer/in Bus & Schiff – Nina Zbinden
        LOCATION:Vierwaldstätter Mobilität AG\\, Werftestrasse 5\\, 6005 Luzern
        ORGANIZER;CN=Nadine Amrein:mailto:nadine.amrein@vwm-mobilitaet.ch
        ATTENDEE;CN=Nina Zbinden;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nina.zbinden@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from mail.recruitee.com (mail.recruitee.com [198.51.100.55])", "2026-10-14 09:00:14", "4SQ0kR5Tn7"),
        ("From", enc("Vierwaldstätter Mobilität AG") + " <noreply@recruitee.com>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Interview verschoben"),
        ("Date", date("2026-10-14 09:00:11", ZRH)),
        ("Message-ID", "<recruitee.5512093.reschedule.1@recruitee.com>"),
    ]
    return message(hs, mixed(text(plain),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(19), family="human_prose", lang="gsw", interview=True, kind="rescheduled",
      start=utc("2026-12-08 14:00", ZRH), contact="samuel.jost@gurten-software.ch",
      company="Gurten Software GmbH", local="Tue 2026-12-08 14:00", zone=ZRH,
      note="Bernese dialect from a startup founder: moved from 'Mäntig, 7.12.' to 'Zischtig, 8.12., am zwöi "
           "am Namittag (14.00 Uhr)' Bern (CET) -> 13:00Z; no length; contact = sender")
def p19() -> bytes:
    body = t("""
        Sali Nina

        Merci für ds Telefon vorhin. Wie abgmacht verschiebe mer üses Gspräch vom Mäntig, 7.12., uf
        Zischtig, 8.12., am zwöi am Namittag (14.00 Uhr) – glich Ort, bi üs im Büro am Bollwerk 15,
        2. Stock. Dr Mäntig geit bi mir leider nid wäg emne Kundetermin z Thun.

        D Corinne isch o derbi, si luegt d Solver-Syte a. Bring gärn dis Notebook mit.

        Bis Zischtig!
        Sämi

        --
        Samuel Jost
        Co-Founder
        Gurten Software GmbH
        Bollwerk 15, 3011 Bern

        Von Outlook für Android gesendet
        """)
    hs = [
        rcv("from mail-eopbgr100.outbound.protection.outlook.com (mail-eopbgr100.outbound.protection.outlook.com [192.0.2.100])",
            "2026-12-03 12:20:45", "4TV8mC1Xq0"),
        ("From", addr("Samuel Jost", "samuel.jost@gurten-software.ch")),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", enc("Verschiebig Gspräch uf Zischtig")),
        ("Date", date("2026-12-03 12:20:41", ZRH)),
        ("Message-ID", "<AM0PR10MB2917C0B1A2D3E4F5A6B7C8D9E0F1A2B3@AM0PR10MB2917.EURPRD10.PROD.OUTLOOK.COM>"),
    ]
    return message(hs, text(body, cte="8bit"))


@mail(n(20), family="exchange_update", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-11-18 15:00", ZRH), end=utc("2026-11-18 16:00", ZRH),
      contact="claudia.voegtli@rheinknie-logistik.ch", company="Rheinknie Logistik AG",
      local="Wed 2026-11-18 15:00", local_end="2026-11-18 16:00", zone=ZRH,
      note="Outlook meeting update (SEQUENCE:1): old Mo 16.11. 13:00 (struck through in HTML), new "
           "Mi 18.11. 15:00-16:00 (UTC+01:00) Bern -> 14:00-15:00Z; 'W. Europe Standard Time' ICS; "
           "contact = organizer")
def p20() -> bytes:
    plain = t("""
        Wann: Mittwoch, 18. November 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Rheinknie Logistik AG, Hafenstrasse 25, 4057 Basel, Raum 4.02

        Geändert: Montag, 16. November 2026 13:00-14:00 → Mittwoch, 18. November 2026 15:00-16:00

        *~*~*~*~*~*~*~*~*~*

        Grüezi Frau Zbinden

        Wegen einer kurzfristigen Terminkollision in der Geschäftsleitung muss ich unser Gespräch vom
        Montag, 16.11., 13.00 Uhr leider verschieben. Neu treffen wir uns am Mittwoch, 18.11., von
        15.00 bis 16.00 Uhr, gleicher Ort. Herr Tschudin ist weiterhin dabei.

        Danke für Ihr Verständnis.

        Freundliche Grüsse
        Claudia Vögtli
        Leiterin HR | Rheinknie Logistik AG
        """)
    h = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE-CH" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
        <p><b>Wann:</b> Mittwoch, 18. November 2026 15:00-16:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.<br>
        <span style="color:#888"><s>Montag, 16. November 2026 13:00-14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.</s></span><br>
        <b>Wo:</b> Rheinknie Logistik AG, Hafenstrasse 25, 4057 Basel, Raum 4.02</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p>Grüezi Frau Zbinden</p>
        <p>Wegen einer kurzfristigen Terminkollision in der Geschäftsleitung muss ich unser Gespräch vom
        Montag, 16.11., 13.00&nbsp;Uhr leider verschieben. Neu treffen wir uns am Mittwoch, 18.11., von
        15.00 bis 16.00&nbsp;Uhr, gleicher Ort. Herr Tschudin ist weiterhin dabei.</p>
        <p>Danke für Ihr Verständnis.</p>
        <p>Freundliche Grüsse<br>Claudia Vögtli<br>Leiterin HR | Rheinknie Logistik AG</p>
        </body></html>
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ics + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Vögtli Claudia:mailto:claudia.voegtli@rheinknie-logistik.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nina Zbinden:mailto:nina.zbinden@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tschudin Adrian:mailto:adrian.tschudin@rheinknie-logistik.ch
        UID:040000008200E00074C5B7101A82E00800000000F0D1C2B3A495DB010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9
        SUMMARY;LANGUAGE=de-CH:Interview Nina Zbinden – Senior Planning Engineer
        DTSTART;TZID=W. Europe Standard Time:20261118T150000
        DTEND;TZID=W. Europe Standard Time:20261118T160000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261112T144500Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-CH:Rheinknie Logistik AG\\, Hafenstrasse 25\\, 4057 Basel\\, Raum 4.02
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1836620915
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2090.outbound.protection.outlook.com [192.0.2.90])",
            "2026-11-12 15:45:09", "4TF6dJ9Bp3"),
        ("From", addr("Vögtli Claudia", "claudia.voegtli@rheinknie-logistik.ch")),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("CC", "Tschudin Adrian <adrian.tschudin@rheinknie-logistik.ch>"),
        ("Subject", enc("Aktualisiert: Interview Nina Zbinden – Senior Planning Engineer")),
        ("Date", date("2026-11-12 15:45:05", ZRH)),
        ("Message-ID", "<ZRAP278MB0452E1D2C3B4A5968778695A4B3C2D1E@ZRAP278MB0452.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
    ]
    return message(hs, alt(text(plain), html(h), calendar(ics, cte="base64")))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-22 10:00", ZRH), end=utc("2026-10-22 11:00", ZRH),
      contact="fabian.egli@limmatsignal.ch", company="Limmat Signal AG",
      local="Thu 2026-10-22 10:00", local_end="2026-10-22 11:00", zone=ZRH,
      note="German Google Calendar cancellation (METHOD:CANCEL) of Do. 22. Okt. 2026 10:00-11:00 MESZ "
           "-> 08:00-09:00Z (the cancelled slot); organizer's note promises new proposals; contact = organizer")
def p21() -> bytes:
    plain = t("""
        Dieses Ereignis wurde abgesagt und aus Ihrem Kalender entfernt.

        Interview Nina Zbinden / Limmat Signal
        Donnerstag, 22. Okt. 2026 ⋅ 10:00 – 11:00 (Mitteleuropäische Zeit - Zürich)

        Liebe Frau Zbinden, es tut mir leid – wegen eines Störungseinsatzes muss ich den Termin
        absagen. Ich melde mich diese Woche mit neuen Vorschlägen. Fabian Egli

        Teilnehmer
        Fabian Egli - Organisator
        nina.zbinden@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Teilnehmer des Termins sind.
        """)
    ics = ZRH_VTZ + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + ics + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Zurich:20261022T100000
        DTEND;TZID=Europe/Zurich:20261022T110000
        DTSTAMP:20261019T153002Z
        ORGANIZER;CN=Fabian Egli:mailto:fabian.egli@limmatsignal.ch
        UID:2m8c4q1r9t0v3x5z7b6n1k2j4h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=nina.zbinden@example.org;X-NUM-GUESTS=0:mailto:nina.zbinden@example.org
        CREATED:20261014T081100Z
        LAST-MODIFIED:20261019T153001Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Nina Zbinden / Limmat Signal
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", "2026-10-19 17:30:05", "4SW4gF2Mh6"),
        ("From", "Fabian Egli <fabian.egli@limmatsignal.ch>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Abgesagtes Ereignis: Interview Nina Zbinden / Limmat Signal @ Do. 22. Okt. 2026 "
                        "10:00 - 11:00 (MESZ) (nina.zbinden@example.org)")),
        ("Date", date("2026-10-19 17:30:02", ZRH)),
        ("Message-ID", "<calendar-b71e2c90-4f5a-4d3b-9e8c-1a2f3b4c5d6e@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(plain), html(para_html(plain, "font-family:Roboto,Helvetica,Arial,sans-serif")),
            calendar(ics, method="CANCEL")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


BER = "Europe/Berlin"


@mail(n(22), family="workable", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-09 11:00", BER), end=utc("2026-10-09 11:45", BER), contact=None,
      company="Tessera Routing GmbH", local="Fri 2026-10-09 11:00", local_end="2026-10-09 11:45", zone=BER,
      note="Workable cancellation of Fri 9 Oct 11:00-11:45 CEST (Berlin remote team) -> 09:00-09:45Z, "
           "new times to follow; Reply-To and ICS organizer are Workable relays and the body names no "
           "address -> contact null")
def p22() -> bytes:
    plain = t("""
        Hi Nina,

        Unfortunately we need to cancel your interview for the Routing Algorithms Engineer position:

        Friday, October 9, 2026, 11:00 – 11:45 CEST
        Video call (Google Meet)

        Our hiring manager is unexpectedly out this week. We're sorry for the short notice - we'll
        get back to you with new time slots in the next few days.

        Best,
        Tessera Routing Hiring Team

        --
        You can reply to this email to message the hiring team.
        Sent via Workable
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Workable//Workable Calendar//EN
        VERSION:2.0
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:workable-event-4c8e21f07a@workable.com
        DTSTAMP:20261005T142003Z
        DTSTART:20261009T090000Z
        DTEND:20261009T094500Z
        SUMMARY:Interview: Routing Algorithms Engineer - Tessera Routing
        ORGANIZER;CN=Tessera Routing:mailto:tessera-routing+a8f3k2@candidates.workablemail.com
        ATTENDEE;CN=Nina Zbinden:mailto:nina.zbinden@example.org
        SEQUENCE:2
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from mail-out.workablemail.com (mail-out.workablemail.com [198.51.100.166])",
            "2026-10-05 14:20:06", "4SH1wZ6Yb5", zone="UTC"),
        ("From", "Tessera Routing <noreply@workablemail.com>"),
        ("Reply-To", "Tessera Routing <tessera-routing+a8f3k2@candidates.workablemail.com>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", "Interview cancelled: Routing Algorithms Engineer at Tessera Routing"),
        ("Date", date("2026-10-05 14:20:03", "UTC")),
        ("Message-ID", "<workable.4c8e21f07a.cancel@workablemail.com>"),
    ]
    return message(hs, mixed(alt(text(plain), html(para_html(plain))),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


@mail(n(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-14 10:00", ZRH), contact="monika.birrer@seetal-bahnplanung.ch",
      company="Seetal Bahnplanung AG", local="Mon 2026-12-14 10:00", zone=ZRH,
      note="HR cancels 'das Gespräch vom Montag, 14.12.2026, 10.00 Uhr' because the post is filled "
           "internally (no new time) -> cancelled slot 09:00Z (CET); her own earlier confirmation is "
           "quoted below; windows-1252 QP; contact = sender")
def p23() -> bytes:
    body = t("""
        Sehr geehrte Frau Zbinden

        Leider muss ich Ihnen mitteilen, dass wir das Gespräch vom Montag, 14.12.2026, 10.00 Uhr absagen
        müssen: Die Stelle «Fahrplanplanerin / Fahrplanplaner 80–100 %» wird intern besetzt. Das tut mir
        sehr leid, zumal Ihr Dossier uns überzeugt hat. Gerne behalten wir Ihre Unterlagen – mit Ihrem
        Einverständnis – für künftige Vakanzen im Pool.

        Freundliche Grüsse
        Monika Birrer
        HR-Fachfrau
        Seetal Bahnplanung AG | Bahnhofplatz 2 | 6002 Luzern

        -----Ursprüngliche Nachricht-----
        Von: Birrer Monika <monika.birrer@seetal-bahnplanung.ch>
        Gesendet: Montag, 30. November 2026 14:02
        An: Nina Zbinden <nina.zbinden@example.org>
        Betreff: Vorstellungsgespräch Fahrplanplanerin

        Sehr geehrte Frau Zbinden
        Gerne bestätige ich Ihnen das Gespräch am Montag, 14.12.2026, um 10.00 Uhr bei uns am
        Bahnhofplatz 2 in Luzern.
        Freundliche Grüsse
        Monika Birrer
        """)
    hs = [
        rcv("from mail.seetal-bahnplanung.ch (mail.seetal-bahnplanung.ch [192.0.2.140])", "2026-12-09 10:10:21", "4TZ2aS7Ve4"),
        ("From", "Birrer Monika <monika.birrer@seetal-bahnplanung.ch>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", enc("AW: Vorstellungsgespräch Fahrplanplanerin – Absage des Termins", "windows-1252")),
        ("Date", date("2026-12-09 10:10:18", ZRH)),
        ("Message-ID", "<c4d5e6f7a8b94c0d8e1f2a3b4c5d6e7f@seetal-bahnplanung.ch>"),
        ("In-Reply-To", "<9f8e7d6c5b4a43210fedcba987654321@seetal-bahnplanung.ch>"),
        ("Thread-Index", "AdtqL8Vb3c1Qz4RtS2mXk9Jf0A7bYw=="),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="de", interview=False, company="Jurastrom Netz AG",
      days=(("Mon", "2026-09-28"),),
      note="iCIMS rejection after an interview ('Gespräch vom Montag, 28. September'): a past date, no "
           "new appointment")
def n24() -> bytes:
    h = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600" align="center"><tr><td>
        <img src="https://careers-jurastrom.icims.com/logo.png" alt="Jurastrom Netz AG"><br><br>
        <p>Sehr geehrte Frau Zbinden</p>
        <p>Nochmals herzlichen Dank für das offene und interessante Gespräch vom Montag, 28. September, und
        für Ihr Interesse an der Stelle <b>Spezialistin/Spezialist Netzbetriebsplanung</b>.</p>
        <p>Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, deren Profil noch
        etwas besser zu den Anforderungen im Bereich Stromnetzführung passt. Dieser Entscheid ist uns
        nicht leichtgefallen.</p>
        <p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.</p>
        <p>Freundliche Grüsse<br>Jurastrom Netz AG<br>Human Resources</p>
        <p style="font-size:10px;color:#999">Bitte antworten Sie nicht auf diese E-Mail. Powered by iCIMS.</p>
        </td></tr></table></body></html>
        """)
    hs = [
        rcv("from mta-out4.icims.com (mta-out4.icims.com [198.51.100.84])", "2026-10-02 11:30:08", "4S3Bv0Xn6t"),
        ("From", "Jurastrom Netz AG <jurastrom@talent.icims.com>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Ihre Bewerbung bei der Jurastrom Netz AG"),
        ("Date", date("2026-10-02 11:30:05", ZRH)),
        ("Message-ID", "<1727861405.88231.icims.jurastrom.4411@talent.icims.com>"),
    ]
    return message(hs, html(h))


@mail(n(25), family="offer", lang="en", interview=False, company="Transalp Analytics AG",
      days=(("Fri", "2026-10-16"),),
      note="Offer letter after the onsite (thread with the Greenhouse confirmation); the only dates are a "
           "signing deadline and a start date; no meeting")
def n25() -> bytes:
    body = t("""
        Dear Nina,

        I'm delighted to let you know that we would like to offer you the position of Senior
        Optimisation Engineer (Timetabling) at Transalp Analytics AG. Everyone you met on
        15 September was impressed by your work on robust periodic timetables.

        Please find the offer letter and employment contract attached. The main points:
        - Start date: 1 February 2027 (negotiable)
        - 100%, hybrid (3 days in Zurich)
        - Annual salary as discussed, plus 13th month

        We'd be grateful for your decision by Friday, 16 October. If you'd like to talk anything
        through, I'm happy to set up a call with Marius.

        Warm regards,
        Lea

        Lea Hofstetter
        Talent Acquisition | Transalp Analytics AG | Hardstrasse 219, 8005 Zürich
        """)
    pdf = Part([("Content-Type", 'application/pdf; name="Offer_Nina_Zbinden.pdf"'),
                ("Content-Disposition", 'attachment; filename="Offer_Nina_Zbinden.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               b"JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyA+PgplbmRvYmoKdHJhaWxl\r\n"
               b"cgo8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=\r\n")
    hs = [
        rcv("from mail.transalp-analytics.ch (mail.transalp-analytics.ch [192.0.2.219])", "2026-10-05 17:10:44", "4SH5tM3Qw8"),
        ("From", "Lea Hofstetter <lea.hofstetter@transalp-analytics.ch>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", "Your offer from Transalp Analytics"),
        ("Date", date("2026-10-05 17:10:40", ZRH)),
        ("Message-ID", "<CAL3a9Xq7offerTransalp0521@mail.gmail.com>"),
    ]
    return message(hs, mixed(text(body, cte="8bit"), pdf))


@mail(n(26), family="application_receipt", lang="fr", interview=False, company="Léman Mobilité SA",
      note="Taleo acknowledgement of an application in French; no appointment")
def n26() -> bytes:
    plain = t("""
        Madame Nina Zbinden,

        Nous accusons réception de votre candidature pour le poste « Ingénieur·e optimisation des
        horaires (80-100 %) » (réf. 2600187) et vous remercions de l'intérêt que vous portez à
        Léman Mobilité SA.

        Votre dossier sera examiné avec attention. Si votre profil correspond à nos besoins, nous
        prendrons contact avec vous pour convenir d'un entretien. Dans le cas contraire, vous
        recevrez une réponse dans un délai de quatre semaines.

        Vous pouvez suivre l'état de votre candidature sur notre portail :
        https://lemanmobilite.taleo.net/careersection/ext/mysubmissions.ftl

        Avec nos meilleures salutations,

        Ressources humaines
        Léman Mobilité SA

        Ceci est un message automatique, merci de ne pas y répondre.
        """).replace("Ingénieur·e", "Ingénieur(e)")
    hs = [
        rcv("from smtp-out.taleo.net (smtp-out.taleo.net [198.51.100.129])", "2026-09-21 08:05:33", "4RnGc5Hd0w"),
        ("From", enc("Léman Mobilité SA", "iso-8859-15") + " <noreply@taleo.net>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Accusé de réception de votre candidature - Réf. 2600187", "iso-8859-15")),
        ("Date", date("2026-09-21 08:05:30", ZRH)),
        ("Message-ID", "<1758434730512.2600187.JavaMail.taleo@tlo-mail-03>"),
    ]
    return message(hs, alt(text(plain, charset="iso-8859-15"),
                           html(para_html(plain), charset="iso-8859-15")))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="JOIN job alert with six listings; no appointment")
def n27() -> bytes:
    plain = t("""
        Hallo Nina

        Es gibt 6 neue Jobs für deine Suche «Fahrplanoptimierung» in Bern (+50 km):

        1. Junior Data Scientist Mobilität – Aaremobil AG, Bern – neu
        2. Fahrplaner/in Regionalverkehr 80–100% – Oberland Verkehrsbetriebe, Thun
        3. Operations Research Engineer (m/w/d) – Linea Software AG, Zürich (Remote möglich)
        4. Projektleiter/in Angebotsplanung – Regio Seeland AG, Biel
        5. Software Engineer Scheduling – Tramteq GmbH, Basel
        6. Praktikum Verkehrsmodellierung – Planungsbüro Mattenhof, Bern

        Alle Jobs ansehen: https://join.com/jobs?alert=7f21c0&utm_source=alert

        Du bekommst diese E-Mail, weil du den Job-Alarm «Fahrplanoptimierung» aktiviert hast.
        Job-Alarm verwalten oder abmelden: https://join.com/alerts/7f21c0/unsubscribe

        JOIN Solutions AG · Zürich
        """)
    hs = [
        rcv("from mail.join.com (mail.join.com [203.0.113.201])", "2026-10-12 07:00:16", "4SP1mY8Bc2"),
        ("From", "JOIN <noreply@join.com>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("6 neue Jobs für «Fahrplanoptimierung» in Bern")),
        ("Date", date("2026-10-12 07:00:12", ZRH)),
        ("Message-ID", "<alert.7f21c0.20261012@join.com>"),
        ("List-Unsubscribe", "<https://join.com/alerts/7f21c0/unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(plain), html(para_html(plain))))


@mail(n(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career blog newsletter about interviews ('Ihr Vorstellungsgespräch ist am Dienstag um 10 Uhr "
           "bestätigt – und jetzt?'): a generic example, not the reader's appointment")
def n28() -> bytes:
    h = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Karrierelupe</title></head>
        <body style="font-family:Georgia,serif;background:#faf7f2">
        <div style="max-width:600px;margin:auto;background:#fff;padding:28px">
        <p style="font-size:12px;color:#999">Karrierelupe – der Newsletter für Ihre Karriere · Ausgabe 46/2026</p>
        <h1 style="font-size:24px">«Ihr Vorstellungsgespräch ist am Dienstag um 10 Uhr bestätigt» – und jetzt?</h1>
        <p>Die Einladung ist da, der Termin steht. Viele Bewerberinnen und Bewerber verschenken genau
        jetzt Punkte. Unsere Autorin, HR-Beraterin Claudine Moser, zeigt die sieben häufigsten Fehler
        zwischen Zusage und Gespräch – vom zu späten Bahnticket bis zur fehlenden Gegenfrage.</p>
        <ol>
        <li>Die Einladung nicht bestätigen</li>
        <li>Den Anfahrtsweg nicht testen (planen Sie 15 Minuten Reserve ein)</li>
        <li>Keine eigenen Fragen vorbereiten</li>
        <li>Das Lohngespräch dem Zufall überlassen</li>
        </ol>
        <p><a href="https://www.karrierelupe.ch/blog/vorstellungsgespraech-sieben-fehler">Weiterlesen →</a></p>
        <hr>
        <h2 style="font-size:18px">Ausserdem</h2>
        <p>Lohnrechner 2027 · Teilzeit in Führungspositionen · Podcast: «Ein Jahr nach der Kündigung»</p>
        <p style="font-size:11px;color:#999">Sie erhalten diesen Newsletter, weil Sie sich auf karrierelupe.ch
        angemeldet haben. <a href="https://www.karrierelupe.ch/newsletter/abmelden?u=88f1">Abmelden</a></p>
        </div></body></html>
        """)
    hs = [
        rcv("from mail129.sea51.mcsv.net (mail129.sea51.mcsv.net [198.51.100.129])", "2026-11-10 06:30:22", "4TC4nH5Vs1"),
        ("From", "Karrierelupe <newsletter@karrierelupe.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("«Ihr Gespräch ist am Dienstag um 10 Uhr bestätigt» – und jetzt?")),
        ("Date", date("2026-11-10 06:30:18", ZRH)),
        ("Message-ID", "<f2a9c0e7b13d4e5fa86c.88f1@karrierelupe.ch>"),
        ("List-Id", "Karrierelupe Newsletter <newsletter.karrierelupe.ch>"),
        ("List-Unsubscribe", "<https://www.karrierelupe.ch/newsletter/abmelden?u=88f1>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, html(h, cte="base64"))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Waymark Transit Ltd",
      days=(("Thu", "2026-10-01"), ("Fri", "2026-10-02")),
      note="Recruiter sends a Calendly link to pick a slot on Thursday 1 or Friday 2 October: nothing booked yet")
def n29() -> bytes:
    body = t("""
        Hi Nina,

        Lovely to chat on LinkedIn! As mentioned, the next step would be a 30-minute call with me
        about the Timetabling Data Scientist role (remote, with a few trips to London a year).

        Could you grab whatever suits you best on Thursday 1 or Friday 2 October here?
        https://calendly.com/priya-waymark/30min

        All slots are shown in your own time zone, so no maths needed.

        Best,
        Priya

        Priya Natarajan
        Senior Talent Partner | Waymark Transit Ltd | London
        """)
    hs = [
        rcv("from mail-lf1-f47.google.com (mail-lf1-f47.google.com [209.85.167.47])", "2026-09-24 10:12:37",
            "4RqTp2Jx7m", zone=LON),
        ("From", "Priya Natarajan <priya.natarajan@waymarktransit.co.uk>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Waymark Transit - next step"),
        ("Date", date("2026-09-24 10:12:33", LON)),
        ("Message-ID", "<CAM8v2Lk0pQz7Waymark1xTf3@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="proposed_times", lang="de", interview=False, company="Limmat Signal AG",
      days=(("Thu", "2026-10-22"), ("Fri", "2026-10-23")),
      note="Hiring manager proposes two slots ('Würde Ihnen Donnerstag, 22.10., um 10.00 Uhr passen? Sonst "
           "Freitag, 23.10., 13.30 Uhr') and asks which one: not yet confirmed")
def n30() -> bytes:
    body = t("""
        Grüezi Frau Zbinden

        Danke für Ihre Bewerbung als Fahrplan-Engineer – Ihr Profil passt sehr gut zu dem, was wir in
        der Stellwerks- und Fahrplanintegration suchen. Ich würde Sie gerne zu einem ersten Gespräch
        in Zürich einladen.

        Würde Ihnen Donnerstag, 22.10., um 10.00 Uhr passen? Sonst ginge auch Freitag, 23.10., 13.30 Uhr.
        Geben Sie mir einfach Bescheid, was Ihnen besser passt, dann schicke ich eine Einladung.

        Freundliche Grüsse
        Fabian Egli
        Teamleiter Fahrplan-Engineering
        Limmat Signal AG | Hohlstrasse 110 | 8004 Zürich
        """)
    hs = [
        rcv("from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])", "2026-10-13 10:11:27", "4SQ8vK1Dn3"),
        ("From", "Fabian Egli <fabian.egli@limmatsignal.ch>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", enc("Ihre Bewerbung – Terminvorschlag für ein erstes Gespräch")),
        ("Date", date("2026-10-13 10:11:24", ZRH)),
        ("Message-ID", "<CAFz0Qm3tLimmat7Vorschlag2wE@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(31), family="recruiter_outreach", lang="de", interview=False, company="Polaris Mobility AG",
      note="In-house recruiter outreach asking for time windows for a first call; nothing fixed")
def n31() -> bytes:
    body = t("""
        Hallo Frau Zbinden

        Ich bin über Ihren Vortrag an der Schienenverkehrstagung in Olten auf Sie aufmerksam geworden.
        Bei Polaris Mobility bauen wir gerade ein Team für Fahrplan- und Umlaufoptimierung auf
        (Zürich-Oerlikon, 2 Tage Homeoffice), und Ihr Hintergrund mit periodischen Fahrplänen wäre
        dafür ideal.

        Hätten Sie in den nächsten zwei Wochen Lust auf ein unverbindliches Kennenlerngespräch von
        20–30 Minuten? Schicken Sie mir gerne zwei, drei Zeitfenster, die Ihnen passen – ich richte
        mich nach Ihnen.

        Beste Grüsse
        Sophie Laurent
        Talent Acquisition Partner
        Polaris Mobility AG | Thurgauerstrasse 40 | 8050 Zürich
        """)
    hs = [
        rcv("from mail.polaris-mobility.ch (mail.polaris-mobility.ch [192.0.2.40])", "2026-11-09 09:40:52", "4TB0hL3Ps7"),
        ("From", "Sophie Laurent <sophie.laurent@polaris-mobility.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Fahrplanoptimierung bei Polaris Mobility?"),
        ("Date", date("2026-11-09 09:40:48", ZRH)),
        ("Message-ID", "<0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e@polaris-mobility.ch>"),
    ]
    return message(hs, text(body))


@mail(n(32), family="job_centre", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Unemployment office (RAV) invitation to a counselling interview 'Mo, 05.10.2026, 09.15 Uhr': "
           "a fixed time, but an appointment with the job centre, not a job interview")
def n32() -> bytes:
    body = t("""
        Sehr geehrte Frau Zbinden

        Sie haben sich vorsorglich zur Arbeitsvermittlung angemeldet, da Ihr befristeter Arbeitsvertrag
        per 31.12.2026 endet. Wir laden Sie zum ersten Beratungsgespräch ein:

        Datum/Zeit:        Mo, 05.10.2026, 09.15 Uhr
        Ort:               RAV Bern Mittelland, Lagerhausweg 10, 3018 Bern, 3. Stock, Zimmer 3.14
        Personalberaterin: Ursula Aebischer

        Bitte bringen Sie mit: Lebenslauf, Arbeitszeugnisse, Arbeitsvertrag, Nachweise Ihrer
        Arbeitsbemühungen (Formular «Nachweis der persönlichen Arbeitsbemühungen»).

        Das Beratungsgespräch ist obligatorisch. Können Sie den Termin aus einem wichtigen Grund nicht
        wahrnehmen, melden Sie sich bitte vorgängig unter 031 555 22 10.

        Freundliche Grüsse
        RAV Bern Mittelland

        Diese E-Mail wurde automatisch erstellt.
        """)
    hs = [
        rcv("from smtp.rav-bern-mittelland.ch (smtp.rav-bern-mittelland.ch [192.0.2.210])", "2026-09-28 14:00:06", "4S0Ap5Wq9r"),
        ("From", "RAV Bern Mittelland <noreply@rav-bern-mittelland.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Einladung zum Beratungsgespräch am 05.10.2026")),
        ("Date", date("2026-09-28 14:00:03", ZRH)),
        ("Message-ID", "<20260928120003.4471.avam-notify@rav-bern-mittelland.ch>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(33), family="press_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="A journalist confirms an interview with the user for a trade magazine on Mittwoch, 21.10., "
           "16.00 Uhr: a confirmed interview, but press, not a job interview")
def n33() -> bytes:
    body = t("""
        Liebe Frau Zbinden

        Merci vielmal für die Zusage! Dann treffen wir uns am Mittwoch, 21.10., um 16.00 Uhr im Café
        Kairo in der Lorraine für das Interview über Ihre Arbeit am Taktfahrplan 2035 und die Frage,
        warum Anschlüsse in Knoten wie Bern so schwierig sind. Ich rechne mit etwa 45 Minuten; unsere
        Fotografin Noemi kommt für zwei, drei Porträts kurz dazu.

        Den Text bekommen Sie vor der Publikation (Ausgabe Dezember) zum Gegenlesen.

        Herzliche Grüsse
        Lukas Meister
        Redaktor, Schienenblatt – Magazin für den öffentlichen Verkehr
        079 318 52 07
        """)
    hs = [
        rcv("from mail.schienenblatt.ch (mail.schienenblatt.ch [192.0.2.21])", "2026-10-15 13:25:11", "4SS7fB2Kg0"),
        ("From", "Lukas Meister <lukas.meister@schienenblatt.ch>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", "Re: Interview Taktfahrplan 2035"),
        ("Date", date("2026-10-15 13:25:07", ZRH)),
        ("Message-ID", "<7c1a9e2f-3b4d-4e5f-8a6b-0c9d8e7f6a5b@schienenblatt.ch>"),
        ("In-Reply-To", "<CAJz7Nq2schienenblattOK@mail.example.org>"),
    ]
    return message(hs, text(body, cte="8bit"))


@mail(n(34), family="radio_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Local radio books the user as a live call-in guest on Donnerstag, 10.12., 07.40 Uhr: the user "
           "is interviewed on air, not for a job")
def n34() -> bytes:
    body = t("""
        Guten Tag Frau Zbinden

        Herzlichen Dank, dass Sie bei uns im «Morgenzug» zum Fahrplanwechsel Auskunft geben! Hier die
        Eckdaten für das Live-Telefoninterview:

        Sendung:   Morgenzug, Radio Aareton
        Datum:     Donnerstag, 10.12.2026
        On air:    07.40 Uhr (wir rufen Sie um 07.35 Uhr auf 079 ... an, Nummer wie besprochen)
        Dauer:     ca. 6 Minuten
        Moderation: Jasmin Hofer

        Themen: Was ändert sich beim Fahrplanwechsel? Warum gibt es neue Anschlüsse in Bern und
        Burgdorf? Wie entsteht eigentlich ein Fahrplan?

        Bitte suchen Sie sich einen ruhigen Ort und nutzen Sie wenn möglich kein Headset über Bluetooth.

        Freundliche Grüsse
        Marc Stettler
        Produktion Morgenzug | Radio Aareton | Bern
        """)
    hs = [
        rcv("from mail.radio-aareton.ch (mail.radio-aareton.ch [192.0.2.87])", "2026-12-03 15:00:40", "4TV9xN4Lr2"),
        ("From", enc("Marc Stettler – Radio Aareton") + " <marc.stettler@radio-aareton.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Live-Interview «Morgenzug» am 10.12. – Eckdaten")),
        ("Date", date("2026-12-03 15:00:36", ZRH)),
        ("Message-ID", "<20261203140036.GA1187@radio-aareton.ch>"),
    ]
    return message(hs, text(body))


@mail(n(35), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Executive MBA admission interview confirmed for Fr, 06.11.2026, 17.00-17.30 Uhr with an ICS: a "
           "school admission interview, not a job interview")
def n35() -> bytes:
    plain = t("""
        Sehr geehrte Frau Zbinden

        Vielen Dank für Ihre Bewerbung für den Executive MBA in Mobility Management (Start März 2027).
        Wir freuen uns, Sie zum Zulassungsgespräch einzuladen:

        Freitag, 06.11.2026, 17.00 – 17.30 Uhr, per Zoom
        Gesprächspartner: Prof. Dr. Hans-Ulrich Marti (Studiengangsleiter), Seraina Caduff (Admissions)

        Bitte halten Sie einen amtlichen Ausweis bereit. Die Kalendereinladung finden Sie im Anhang.

        Freundliche Grüsse
        Admissions Office
        Aare Business School | Bern
        """)
    ics = ZRH_VTZ + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Aare Business School//Admissions//DE
        METHOD:REQUEST
        """) + ics + t("""
        BEGIN:VEVENT
        UID:abs-emba-2027-admission-0412@aare-business-school.ch
        DTSTAMP:20261029T101500Z
        DTSTART;TZID=Europe/Zurich:20261106T170000
        DTEND;TZID=Europe/Zurich:20261106T173000
        SUMMARY:Zulassungsgespräch EMBA Mobility Management – Nina Zbinden
        LOCATION:Zoom
        ORGANIZER;CN=Admissions Office:mailto:admissions@aare-business-school.ch
        ATTENDEE;CN=Nina Zbinden;RSVP=TRUE:mailto:nina.zbinden@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from mail.aare-business-school.ch (mail.aare-business-school.ch [192.0.2.180])", "2026-10-29 11:15:03", "4T3Lm0Zc5v"),
        ("From", "Aare Business School Admissions <admissions@aare-business-school.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Einladung Zulassungsgespräch Executive MBA – Fr, 06.11.2026")),
        ("Date", date("2026-10-29 11:15:00", ZRH)),
        ("Message-ID", "<admissions.0412.20261029@aare-business-school.ch>"),
    ]
    return message(hs, mixed(alt(text(plain), html(para_html(plain))),
                             calendar(ics, cte="base64", filename="Zulassungsgespraech.ics", disposition="attachment")))


@mail(n(36), family="sports_tryout", lang="gsw", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Floorball club invites the user to a try-out training 'am Mittwuch, 16.9., am haubi achti' "
           "(Bernese dialect): fixed time, not a job interview")
def n36() -> bytes:
    body = t("""
        Hoi Nina

        Merci für dis Mail! Mir chöi gäng no e Verteidigerin bruuche 😊 Chum doch am Mittwuch, 16.9.,
        am haubi achti as Probetraining, Turnhaue Wankdorf (Hingerigang bim Velostand). Mir trainiere
        bis am zäni. Stock und Schueh hesch jo säuber gseit – Lybli hei mir.

        Nachhär gö mer meistens no es Bier ga näh im Beizli vis-à-vis, de chasch grad d Lüt kennelehre.

        Sportlechi Grüess
        Dänu
        (Trainer Damen 1, UHC Wyler Bärn)
        """)
    hs = [
        rcv("from mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])", "2026-09-11 21:14:50", "4RhV2xC9Qm"),
        ("From", "Daniel Wenger <daenu.wenger@uhc-wyler.ch>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", "Re: Probetraining Damen 1"),
        ("Date", date("2026-09-11 21:14:46", ZRH)),
        ("Message-ID", "<CAHp9sW1d3nUwyler0Probe7rX@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(37), family="car_service", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Garage confirms a car service appointment Di, 13.10.2026, 07.30 Uhr: fixed time, not an interview")
def n37() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Tahoma,Arial;font-size:12px">
        <p><b>Garage Wankdorf AG</b> – Ihre Markenvertretung in Bern</p>
        <p>Guten Tag Frau Zbinden</p>
        <p>Besten Dank für Ihre Online-Terminanfrage. Wir bestätigen Ihnen folgenden Termin:</p>
        <table border="0" cellpadding="3">
        <tr><td>Termin:</td><td><b>Di, 13.10.2026, 07.30 Uhr</b> (Fahrzeugannahme)</td></tr>
        <tr><td>Arbeiten:</td><td>Service 60'000 km, Räderwechsel (Winterräder eingelagert)</td></tr>
        <tr><td>Fahrzeug:</td><td>Skoda Octavia Combi, BE 48x xxx</td></tr>
        <tr><td>Abholung:</td><td>ab 16.30 Uhr</td></tr>
        </table>
        <p>Ein Ersatzfahrzeug steht Ihnen nicht zur Verfügung; die Tramhaltestelle Wankdorf Center
        liegt direkt vor der Garage.</p>
        <p>Freundliche Grüsse<br>Ihr Serviceteam<br>Garage Wankdorf AG · Papiermühlestrasse 70 · 3014 Bern</p>
        </body></html>
        """)
    hs = [
        rcv("from mail.garage-wankdorf.ch (mail.garage-wankdorf.ch [192.0.2.70])", "2026-10-06 16:00:31", "4SJ9qF7Hc8"),
        ("From", "Garage Wankdorf AG <service@garage-wankdorf.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Terminbestaetigung Service Di 13.10.2026"),
        ("Date", date("2026-10-06 16:00:28", ZRH)),
        ("Message-ID", "<TB-2026-104417@garage-wankdorf.ch>"),
    ]
    return message(hs, html(h, charset="windows-1252"))


@mail(n(38), family="tax_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Tax adviser confirms a meeting about the tax return, Mi, 25.11.2026, 17.30 Uhr: not an interview")
def n38() -> bytes:
    body = t("""
        Guten Abend Frau Zbinden

        Gerne bestätige ich Ihnen unseren Termin für die Steuererklärung 2025 am Mittwoch,
        25.11.2026, um 17.30 Uhr bei uns an der Kramgasse 49. Da Sie im nächsten Jahr eventuell die
        Stelle wechseln, schauen wir auch gleich die Säule 3a und allfällige Einkäufe in die
        Pensionskasse an.

        Bitte bringen Sie mit: Lohnausweis 2025, Bescheinigung Säule 3a, Zinsausweise, Belege
        Weiterbildungskosten (CAS).

        Freundliche Grüsse
        Beatrice Stalder
        Treuhand Zytglogge GmbH
        Kramgasse 49, 3011 Bern
        """)
    hs = [
        rcv("from mail.treuhand-zytglogge.ch (mail.treuhand-zytglogge.ch [192.0.2.49])", "2026-11-18 18:05:10", "4TL4wR8Yd1"),
        ("From", "Beatrice Stalder <b.stalder@treuhand-zytglogge.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Termin Steuererklärung 2025")),
        ("Date", date("2026-11-18 18:05:07", ZRH)),
        ("Message-ID", "<000001db3a9f$6c2e1b40$448a51c0$@treuhand-zytglogge.ch>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(39), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Microsoft Bookings confirmation of a paid mock interview with a career coach, Sa 17.10. 10:00 "
           "(the page shows the standard offset '(UTC+01:00)' in summer); interview practice, not a job interview")
def n39() -> bytes:
    h = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#252423">
        <div style="max-width:580px">
        <p style="font-size:20px">Ihre Buchung wurde bestätigt</p>
        <p>Hallo Nina Zbinden</p>
        <p>Vielen Dank für Ihre Buchung bei Zaugg Coaching.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Dienst</td><td>Probeinterview (Mock-Interview) mit Feedback, 90 Min.</td></tr>
        <tr><td style="color:#605e5c">Datum</td><td>Samstag, 17. Oktober 2026</td></tr>
        <tr><td style="color:#605e5c">Uhrzeit</td><td>10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Karin Zaugg</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Coaching-Raum, Spitalgasse 4, 3011 Bern</td></tr>
        </table>
        <p>Wir simulieren ein Fachinterview für eine Stelle Ihrer Wahl – bitte senden Sie mir vorab das
        Inserat. <a href="https://outlook.office365.com/owa/calendar/ZauggCoaching@zauggcoaching.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        <p>Zaugg Coaching · Karriere- und Laufbahnberatung</p>
        </div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ics + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Zaugg Coaching:mailto:ZauggCoaching@zauggcoaching.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Nina Zbinden:mailto:nina.zbinden@example.org
        UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E559DB0100000000000000001000000077665544332211009988AABBCCDDEEFF
        SUMMARY;LANGUAGE=de-CH:Probeinterview (Mock-Interview) mit Feedback
        DTSTART;TZID=W. Europe Standard Time:20261017T100000
        DTEND;TZID=W. Europe Standard Time:20261017T113000
        DTSTAMP:20261010T071200Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-CH:Spitalgasse 4\\, 3011 Bern
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from EUR02-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2121.outbound.protection.outlook.com [192.0.2.121])",
            "2026-10-10 09:12:06", "4SN5cT1Vb9"),
        ("From", "Zaugg Coaching <ZauggCoaching@zauggcoaching.onmicrosoft.com>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", enc("Buchung bestätigt: Probeinterview (Mock-Interview) mit Feedback, 17.10.2026")),
        ("Date", date("2026-10-10 09:12:02", ZRH)),
        ("Message-ID", "<ZR0P278MB1521BOOKINGS0A1B2C3D4E5F6@ZR0P278MB1521.CHEP278.PROD.OUTLOOK.COM>"),
    ]
    return message(hs, mixed(html(h), calendar(ics, cte="base64", filename="Buchung.ics", disposition="attachment")))


@mail(n(40), family="forwarded_other", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="A friend forwards HIS Greenhouse interview confirmation (Thu 29 Oct, 2:00 PM CET) as an attached "
           "message, asking for tips: a confirmed interview, but not the user's")
def n40() -> bytes:
    inner_body = t("""
        Hi Luca,

        Thanks for scheduling time with Bahnwerk Zürich. Your interview for the Rail Operations
        Analyst role is confirmed:

        Date: Thursday, October 29, 2026
        Time: 2:00 PM - 3:00 PM CET (Europe/Zurich)
        Location: Bahnwerk Zürich AG, Förrlibuckstrasse 60, 8005 Zürich

        Best regards,
        Bahnwerk Zürich Talent Team
        """)
    inner = message([
        ("From", enc("Bahnwerk Zürich AG") + " <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Corinne Baumgartner <corinne.baumgartner@bahnwerk-zh.ch>"),
        ("To", "Luca Ferrari <luca.ferrari@example.net>"),
        ("Subject", "Interview Confirmation: Bahnwerk Zurich AG - Rail Operations Analyst"),
        ("Date", date("2026-10-23 14:02:11", ZRH)),
        ("Message-ID", "<66f1b3c1a2d5_77e1c3bahnwerk@greenhouse-mailer-2c4e.mail>"),
    ], text(inner_body))
    outer = t("""
        Nina!! Look what I got - the Bahnwerk one. Thursday next week at 2.
        You know their planning people, right? Any tips on what they ask? Beer on me afterwards 🍺

        Luca
        """)
    hs = [
        rcv("from mail.example.net (mail.example.net [192.0.2.9])", "2026-10-23 19:02:44", "4SY3hM6Kp5"),
        ("From", "Luca Ferrari <luca.ferrari@example.net>"),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", "Fwd: Interview Confirmation: Bahnwerk Zurich AG - Rail Operations Analyst"),
        ("Date", date("2026-10-23 19:02:40", ZRH)),
        ("Message-ID", "<8D2E4F6A-1B3C-4D5E-9F70-A1B2C3D4E5F6@example.net>"),
    ]
    return message(hs, mixed(text(outer, cte="8bit"), attached_message(inner, "Interview Confirmation.eml")))


@mail(n(41), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Tue", "2026-12-01"),),
      note="Current employer's HR invites the user as subject-matter interviewer for a candidate (Di 01.12.2026 "
           "13:30-14:30, Exchange ICS): the user interviews someone else, not her own job interview")
def n41() -> bytes:
    plain = t("""
        Wann: Dienstag, 1. Dezember 2026 13:30-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Sitzungszimmer Gurten (2. OG)

        *~*~*~*~*~*~*~*~*~*

        Hallo Nina

        Danke, dass du als Fachinterviewerin beim Zweitgespräch mit Jonas Imboden (Junior
        Fahrplaner/in 80-100 %) dabei bist. Dossier und Interviewleitfaden liegen im Teams-Kanal
        «Rekrutierung Fahrplan». Bitte nimm die technischen Fragen zur Trassenplanung; ich übernehme
        Einstieg und Lohn.

        Liebe Grüsse
        Simone

        Simone Känel | HR Business Partner | Takt & Trasse AG | Schanzenstrasse 1 | 3008 Bern
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + ics + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Känel Simone:mailto:simone.kaenel@takt-trasse.ch
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Zbinden Nina:mailto:nina.zbinden@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Imboden:mailto:jonas.imboden@example.com
        UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F06EDB0100000000000000001000000011223344556677889900AABBCCDDEEFF
        SUMMARY;LANGUAGE=de-CH:Interview Kandidat Jonas Imboden – Junior Fahrplaner/in
        DTSTART;TZID=W. Europe Standard Time:20261201T133000
        DTEND;TZID=W. Europe Standard Time:20261201T143000
        DTSTAMP:20261124T075000Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-CH:Sitzungszimmer Gurten (2. OG)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from ZR1P278MB0777.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:2b::9)", "2026-11-24 08:50:03", "4TP7yB0Nr4"),
        ("From", addr("Känel Simone", "simone.kaenel@takt-trasse.ch")),
        ("To", "Zbinden Nina <nina.zbinden@example.org>"),
        ("Subject", enc("Interview Kandidat Jonas Imboden – Junior Fahrplaner/in")),
        ("Date", date("2026-11-24 08:50:00", ZRH)),
        ("Message-ID", "<ZR1P278MB0777C1D2E3F4A5B6C7D8E9F0A1B2C3D4@ZR1P278MB0777.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
    ]
    return message(hs, alt(text(plain), html(para_html(plain, "font-family:Calibri,sans-serif;font-size:11pt")),
                           calendar(ics, cte="base64")))


@mail(n(42), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Team 'Chlausehöck' at the user's current employer, Fr, 04.12., ab 18.00 Uhr: a team event")
def n42() -> bytes:
    body = t("""
        Liebes Fahrplanteam

        Dr Samichlous chunnt o dieses Jahr! Unser Chlausehöck findet am Fr, 04.12., ab 18.00 Uhr im
        Alten Tramdepot statt (Tisch auf «Takt & Trasse» reserviert). Nüssli, Mandarinen und ein Vers
        pro Person sind Pflicht 🎅 – wer keinen Vers hat, zahlt eine Runde.

        Bitte tragt euch bis Freitag, 27.11., in die Liste im Teams-Kanal ein (Vegi ja/nein).

        Liebe Grüsse
        Andrea

        Andrea Rüfenacht | Teamassistenz Fahrplan | Takt & Trasse AG
        """)
    hs = [
        rcv("from ZR1P278MB0777.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:2b::9)", "2026-11-20 11:02:03", "4TM2vF5Lw6"),
        ("From", addr("Rüfenacht Andrea", "andrea.ruefenacht@takt-trasse.ch")),
        ("To", "Team Fahrplan <team-fahrplan@takt-trasse.ch>"),
        ("CC", "nina.zbinden@example.org"),
        ("Subject", enc("Chlausehöck Fr 04.12. 🎅")),
        ("Date", date("2026-11-20 11:02:00", ZRH)),
        ("Message-ID", "<ZR1P278MB0777A9B8C7D6E5F4A3B2C1D0E9F8A7B6@ZR1P278MB0777.CHEP278.PROD.OUTLOOK.COM>"),
    ]
    return message(hs, alt(text(body), html(para_html(body, "font-family:Aptos,Calibri,sans-serif"))))


@mail(n(43), family="doctor_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Online booking confirmation for a GP appointment Do, 29.10.2026, 08.10 Uhr with ICS: not an interview")
def n43() -> bytes:
    plain = t("""
        Ihr Termin ist bestätigt

        Praxis Breitenrain – Dr. med. Sabine Wüthrich, Allgemeine Innere Medizin
        Donnerstag, 29.10.2026, 08.10 Uhr
        Breitenrainplatz 38, 3014 Bern

        Grund: Kontrolle / Impfung
        Bitte bringen Sie Ihre Versichertenkarte mit. Termine, die nicht 24 Stunden im Voraus abgesagt
        werden, können verrechnet werden.

        Termin verwalten: https://www.docbooker.ch/termine/b7f2c91e

        Ihr Docbooker-Team
        """)
    ics = ZRH_VTZ + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Docbooker//Termine//DE
        METHOD:PUBLISH
        """) + ics + t("""
        BEGIN:VEVENT
        UID:b7f2c91e@docbooker.ch
        DTSTAMP:20261020T063000Z
        DTSTART;TZID=Europe/Zurich:20261029T081000
        DTEND;TZID=Europe/Zurich:20261029T083000
        SUMMARY:Arzttermin Praxis Breitenrain
        LOCATION:Breitenrainplatz 38\\, 3014 Bern
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from out.docbooker.ch (out.docbooker.ch [203.0.113.38])", "2026-10-20 08:30:04", "4SX0bP7Kn2"),
        ("From", "Praxis Breitenrain via Docbooker <noreply@docbooker.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Terminbestätigung: Do, 29.10.2026, 08:10 – Praxis Breitenrain")),
        ("Date", date("2026-10-20 08:30:01", ZRH)),
        ("Message-ID", "<b7f2c91e.confirm@docbooker.ch>"),
    ]
    return message(hs, mixed(alt(text(plain), html(para_html(plain))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                      disposition="attachment")))


@mail(n(44), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="Property manager confirms a flat viewing Do 08.10.2026, 18.15 Uhr: fixed time, not an interview")
def n44() -> bytes:
    body = t("""
        Guten Tag Frau Zbinden

        Besten Dank für Ihr Interesse an der 3.5-Zimmer-Wohnung an der Lorrainestrasse 23 (3. OG,
        CHF 2'140.- inkl. NK). Gerne bestätigen wir Ihnen die Besichtigung:

        Donnerstag, 08.10.2026, 18.15 Uhr - Treffpunkt vor dem Hauseingang

        Es handelt sich um eine Sammelbesichtigung. Bewerbungsformulare liegen vor Ort auf; bitte
        bringen Sie einen aktuellen Betreibungsregisterauszug mit.

        Freundliche Grüsse
        Immo Lorraine Verwaltungs AG
        Vermietung
        """)
    hs = [
        rcv("from mail.immo-lorraine.ch (mail.immo-lorraine.ch [192.0.2.23])", "2026-10-02 15:44:18", "4S3Rk8Dz1x"),
        ("From", "Immo Lorraine Vermietung <vermietung@immo-lorraine.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Besichtigung Lorrainestrasse 23 - Bestaetigung"),
        ("Date", date("2026-10-02 15:44:15", ZRH)),
        ("Message-ID", "<20261002134415.31a7@immo-lorraine.ch>"),
    ]
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(45), family="auto_reply", lang="fr", interview=False, company="Léman Mobilité SA",
      days=(("Tue", "2026-10-13"), ("Mon", "2026-10-19")),
      note="Recruiter's out-of-office reply (FR/DE) to the candidate's thank-you note after the 13 October "
           "interview; only an absence date, no appointment")
def n45() -> bytes:
    body = t("""
        Bonjour,

        Je suis absente jusqu'au lundi 19 octobre inclus, sans accès à ma messagerie. Pour toute
        question urgente concernant le recrutement, merci de contacter rh@leman-mobilite.ch.

        Guten Tag, ich bin bis und mit Montag, 19. Oktober abwesend. In dringenden Fällen wenden Sie
        sich bitte an rh@leman-mobilite.ch.

        Camille Rochat
        Léman Mobilité SA
        """)
    hs = [
        rcv("from mail.leman-mobilite.ch (mail.leman-mobilite.ch [192.0.2.77])", "2026-10-14 08:31:12", "4SQ1nV9Hb3"),
        ("From", addr("Camille Rochat", "camille.rochat@leman-mobilite.ch")),
        ("To", "Nina Zbinden <nina.zbinden@example.org>"),
        ("Subject", enc("Réponse automatique : Entretien du 13 octobre – merci")),
        ("Date", date("2026-10-14 08:31:09", ZRH)),
        ("Message-ID", "<GV0P278MB1203AUTO5E6F7A8B9C0D1E2F3A4B5C6D@GV0P278MB1203.CHEP278.PROD.OUTLOOK.COM>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(hs, text(body))


@mail(n(46), family="bounce", lang="en", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Delivery failure for the candidate's own reply (typo in the domain) that accepts 'Fr, 16.10., "
           "15.00 Uhr'; the Teamtailor confirmation is a separate mail; a bounce is not a confirmation")
def n46() -> bytes:
    orig = message([
        ("From", "Nina Zbinden <nina.zbinden@example.org>"),
        ("To", "Jana Meier <jana.meier@alpenrhein-mobilty.ch>"),
        ("Subject", "Re: Interview gebucht: Optimization Engineer bei Alpenrhein Mobility"),
        ("Date", date("2026-10-09 14:31:50", ZRH)),
        ("Message-ID", "<CAJz7Nq4alpenrheinDanke9@mail.example.org>"),
    ], text(t("""
        Liebe Jana

        Merci für die schnelle Buchung – Fr, 16.10., 15.00 Uhr passt mir bestens. Bis dann!

        Liebe Grüsse
        Nina
        """), cte="8bit"))
    note = t("""
        This is the mail system at host mx2.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <jana.meier@alpenrhein-mobilty.ch>: Host or domain name not found. Name service
            error for name=alpenrhein-mobilty.ch type=AAAA: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx2.example.org
        X-Postfix-Queue-ID: 4SMy0Q2Tt7
        Arrival-Date: Fri,  9 Oct 2026 14:31:52 +0200 (CEST)

        Final-Recipient: rfc822; jana.meier@alpenrhein-mobilty.ch
        Original-Recipient: rfc822;jana.meier@alpenrhein-mobilty.ch
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=alpenrhein-mobilty.ch type=AAAA: Host not found
        """)
    body = multipart("report",
                     text(note, charset="us-ascii", cte="7bit",
                          extra=(("Content-Description", "Notification"),)),
                     raw_part([("Content-Description", "Delivery report"),
                               ("Content-Type", "message/delivery-status")], status),
                     Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
                     params="report-type=delivery-status")
    hs = [
        ("Return-Path", "<>"),
        ("From", "Mail Delivery System <MAILER-DAEMON@mx2.example.org>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-09 14:31:53", ZRH)),
        ("Message-ID", "<20261009123153.5B1C2A0F3E@mx2.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, body)


@mail(n(47), family="webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Zoom webinar registration 'Acing the technical interview for OR engineers', Wed 11 Nov 2026 "
           "6:00 PM CET, with ICS: a webinar about interviews, not an interview")
def n47() -> bytes:
    plain = t("""
        Hi Nina,

        Thank you for registering for "Acing the technical interview for OR & optimisation engineers".

        Date & Time: Nov 11, 2026 06:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86123457790?tk=Rz5fQ1

        Speakers: Dr. Maren Holt (ex-hiring manager, rail planning), Jakob Sommer (career coach)
        Agenda: modelling questions live, whiteboard MIP formulations, how to talk about trade-offs

        You can cancel your registration at any time.

        Rail Ops Academy
        """)
    ics = VTZ["Europe/Berlin"] + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//zoom.us//iCalendar Event//EN
        VERSION:2.0
        METHOD:PUBLISH
        """) + ics + t("""
        BEGIN:VEVENT
        DTSTAMP:20261104T120019Z
        DTSTART;TZID=Europe/Berlin:20261111T180000
        DTEND;TZID=Europe/Berlin:20261111T190000
        SUMMARY:Acing the technical interview for OR & optimisation engineers
        UID:20261104T120019Z-86123457790@fe80:0:0:0:8:1ff:fe2a:9d3eens5
        LOCATION:https://us02web.zoom.us/w/86123457790?tk=Rz5fQ1
        ORGANIZER;CN=Rail Ops Academy:mailto:no-reply@zoom.us
        END:VEVENT
        END:VCALENDAR
        """)
    hs = [
        rcv("from zoom.us (mailout-sjc.zoom.us [203.0.113.222])", "2026-11-04 13:00:22", "4T7nQ3Mb8v"),
        ("From", "Rail Ops Academy <no-reply@zoom.us>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", "Acing the technical interview for OR engineers Confirmation"),
        ("Date", date("2026-11-04 13:00:19", ZRH)),
        ("Message-ID", "<86123457790.reg.Rz5fQ1@zoom.us>"),
    ]
    return message(hs, mixed(alt(text(plain), html(para_html(plain))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="ical.ics",
                                      disposition="attachment")))


@mail(n(48), family="career_fair_booth", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Colleague's staffing plan: the user works her current employer's booth at a university career "
           "day, Di 10.11.2026, 09.00-13.00 Uhr; 'Gespräche mit Kandidierenden' but not her interview")
def n48() -> bytes:
    body = t("""
        Hoi zäme

        Hier der Einsatzplan für den Career Day an der Uni Bern (Di, 10.11.2026, Stand 14, UniS):

        Schicht 1, 09.00–13.00 Uhr: Nina, Reto, Melanie
        Schicht 2, 13.00–17.00 Uhr: Stefan, Aylin

        Wir führen am Stand Kurzgespräche mit Studierenden und Kandidierenden für unsere Praktika und
        die Junior-Stellen – bitte Visitenkarten und die neuen Flyer «Fahrplan 2035» mitnehmen.
        Roll-up und Goodies stehen ab Montagabend im Sitzungszimmer Gurten bereit.

        Merci und Gruess
        Reto

        Reto Gfeller | Employer Branding | Takt & Trasse AG
        """)
    hs = [
        rcv("from ZR1P278MB0777.CHEP278.PROD.OUTLOOK.COM (2603:10a6:910:2b::9)", "2026-11-02 16:22:08", "4T5vW1Gz0c"),
        ("From", "Gfeller Reto <reto.gfeller@takt-trasse.ch>"),
        ("To", "nina.zbinden@example.org, melanie.kohler@takt-trasse.ch, stefan.bigler@takt-trasse.ch, "
               "aylin.demir@takt-trasse.ch"),
        ("Subject", "Einsatzplan Career Day Uni Bern 10.11."),
        ("Date", date("2026-11-02 16:22:05", ZRH)),
        ("Message-ID", "<ZR1P278MB0777F0E1D2C3B4A5968778695A4B3C2D@ZR1P278MB0777.CHEP278.PROD.OUTLOOK.COM>"),
    ]
    return message(hs, text(body, charset="windows-1252"))


@mail(n(49), family="mailing_list", lang="en", interview=False, company=None,
      note="Mailing-list digest in which another member mentions 'my interview is Tuesday at 10:00'; "
           "list traffic, not the user's interview")
def n49() -> bytes:
    body = t("""
        Send timetabling-l mailing list submissions to
                timetabling-l@lists.railopt.org

        Today's Topics:

           1. Re: Interview questions for OR roles in rail? (Tomasz Nowak)
           2. CfP: workshop on robust timetabling (Anke Vries)
           3. Re: Periodic event scheduling solvers (Giulia Bertoni)

        ----------------------------------------------------------------------

        Message: 1
        Date: Sun, 13 Sep 2026 20:41:10 +0200
        From: Tomasz Nowak <tomasz.nowak@example.com>
        Subject: Re: Interview questions for OR roles in rail?

        Thanks all for the pointers. My interview is Tuesday at 10:00 and they said to expect a
        PESP modelling exercise, so I'm revising the cycle-periodicity formulation tonight.

        ------------------------------

        Message: 2
        Date: Mon, 14 Sep 2026 07:02:33 +0200
        From: Anke Vries <a.vries@example.net>
        Subject: CfP: workshop on robust timetabling

        Submission deadline 15 January 2027. Details on the list wiki.

        ------------------------------

        Message: 3
        Date: Mon, 14 Sep 2026 08:15:02 +0200
        From: Giulia Bertoni <giulia.bertoni@example.com>
        Subject: Re: Periodic event scheduling solvers

        Has anyone compared the modulo-simplex heuristic against a MIP with a good warm start?

        ------------------------------

        End of timetabling-l Digest, Vol 212, Issue 3
        *********************************************
        """)
    hs = [
        rcv("from lists.railopt.org (lists.railopt.org [192.0.2.200])", "2026-09-14 12:00:05", "4Rj7aQ2Lc8"),
        ("From", "timetabling-l-request@lists.railopt.org"),
        ("To", "timetabling-l@lists.railopt.org"),
        ("Subject", "timetabling-l Digest, Vol 212, Issue 3"),
        ("Date", date("2026-09-14 12:00:02", ZRH)),
        ("Message-ID", "<mailman.212.3.1789380002.2211.timetabling-l@lists.railopt.org>"),
        ("List-Id", "Rail timetabling research <timetabling-l.lists.railopt.org>"),
        ("List-Unsubscribe", "<https://lists.railopt.org/mailman/options/timetabling-l>"),
        ("Precedence", "list"),
        ("Reply-To", "timetabling-l@lists.railopt.org"),
    ]
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(50), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Bank confirms a pension advice meeting ('Beratungsgespräch') Fr, 20.11.2026, 12.15 Uhr: not an interview")
def n50() -> bytes:
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#003a5d">
        <p><b>Bärner Regionalbank</b></p>
        <p>Grüezi Frau Zbinden</p>
        <p>Besten Dank für Ihre Anfrage. Gerne bestätigen wir Ihnen Ihr persönliches Beratungsgespräch:</p>
        <p><b>Fr, 20.11.2026, 12.15 Uhr</b><br>
        Thema: Vorsorge und Freizügigkeit bei Stellenwechsel<br>
        Ort: Geschäftsstelle Breitenrain, Moserstrasse 2, 3014 Bern<br>
        Ihr Berater: Marc Ryser</p>
        <p>Bitte bringen Sie Ihren aktuellen Vorsorgeausweis der Pensionskasse mit.</p>
        <p>Freundliche Grüsse<br>Bärner Regionalbank</p>
        <p style="font-size:10px;color:#888">Diese Nachricht wurde automatisch versendet. Aus Sicherheitsgründen
        senden wir Ihnen keine Kontoinformationen per E-Mail.</p>
        </body></html>
        """)
    hs = [
        rcv("from mailout.baerner-regionalbank.ch (mailout.baerner-regionalbank.ch [192.0.2.202])",
            "2026-11-13 10:45:16", "4TG8dR3Nq5"),
        ("From", enc("Bärner Regionalbank", "windows-1252") + " <noreply@baerner-regionalbank.ch>"),
        ("To", "nina.zbinden@example.org"),
        ("Subject", enc("Bestätigung Ihres Beratungstermins", "windows-1252")),
        ("Date", date("2026-11-13 10:45:13", ZRH)),
        ("Message-ID", "<BRB.TERMIN.20261113.0917@baerner-regionalbank.ch>"),
    ]
    return message(hs, html(h, charset="windows-1252", cte="base64"))
