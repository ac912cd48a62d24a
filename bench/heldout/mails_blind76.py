"""blind76: 50 hand-written mails from the inbox of Paula Reinhardt, a UX researcher in Leipzig.

Written blind (without reading the detector, its tests or the other held-out sets) by a helper
session; built and checked by ``python3 bench/heldout/make_blind.py blind76``.

Writing order: keys 1-23 are the positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled),
keys 24-50 the negatives. File numbers are a fixed shuffle of that order (``ORDER``).
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

SET = "blind76"
ORDER = random.Random(76076).sample(range(1, 51), 50)

PAULA = "Paula Reinhardt <paula.reinhardt@example.org>"
PAULA_ADDR = "paula.reinhardt@example.org"
B = "Europe/Berlin"


def n(key: int) -> str:
    """File name (without .eml) of the mail written key-th."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def mx(by_from: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(by_from, when, zone, f"mx01.mail.example.org with ESMTPS id {ident}", PAULA_ADDR, lag)


TZ_EXTRA = {
    "Europe/London": """BEGIN:VTIMEZONE
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
END:VTIMEZONE""",
    "Europe/Vienna": """BEGIN:VTIMEZONE
TZID:Europe/Vienna
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
END:VTIMEZONE""",
}


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-15T08:00:00Z", end="2026-09-15T09:00:00Z",
      contact="mira.okafor@lindenfarn-health.de", company="Lindenfarn Health",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=B,
      note="Greenhouse confirmation, 10:00-11:00 AM CEST (Berlin, UTC+2 in September); ICS in "
           "Europe/Berlin agrees; contact = human Reply-To (also ORGANIZER)")
def k01() -> bytes:
    body = t("""
        Hi Paula,

        Thanks for making time to speak with us! Your interview for the Senior UX Researcher
        position at Lindenfarn Health is confirmed. Please find the details below.

        Date: Tuesday, September 15, 2026
        Time: 10:00 AM - 11:00 AM CEST
        Location: Google Meet (link below and in the calendar invite)
        https://meet.google.com/kvq-ruxm-tza

        Interviewers:
          Mira Okafor, Talent Partner
          Dr. Helena Brauer, Head of Product Design

        What to expect: a short intro to the team, then a conversation about one research
        project of your choice (no slides needed, but feel free to share your screen).

        If you need to reschedule, just reply to this email.

        Best,
        Mira Okafor
        Talent Partner, Lindenfarn Health
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1b1b1b">
        <p>Hi Paula,</p>
        <p>Thanks for making time to speak with us! Your interview for the <b>Senior UX Researcher</b>
        position at Lindenfarn Health is confirmed. Please find the details below.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Date:</b></td><td>Tuesday, September 15, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM - 11:00 AM CEST</td></tr>
        <tr><td><b>Location:</b></td><td><a href="https://meet.google.com/kvq-ruxm-tza">Google Meet</a></td></tr>
        </table>
        <p><b>Interviewers:</b><br>Mira Okafor, Talent Partner<br>Dr. Helena Brauer, Head of Product Design</p>
        <p>What to expect: a short intro to the team, then a conversation about one research
        project of your choice (no slides needed, but feel free to share your screen).</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Mira Okafor<br>Talent Partner, Lindenfarn Health</p>
        <img src="https://app.greenhouse.io/open/e/8f1c0a.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ['Europe/Berlin']}
BEGIN:VEVENT
UID:gh-interview-51230877-3@greenhouse.io
DTSTAMP:20260910T121200Z
DTSTART;TZID=Europe/Berlin:20260915T100000
DTEND;TZID=Europe/Berlin:20260915T110000
SUMMARY:Interview: Paula Reinhardt for Senior UX Researcher (Lindenfarn Health)
LOCATION:https://meet.google.com/kvq-ruxm-tza
ORGANIZER;CN=Mira Okafor:mailto:mira.okafor@lindenfarn-health.de
ATTENDEE;CN=Paula Reinhardt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:paula.reinhardt@example.org
DESCRIPTION:Interviewers: Mira Okafor\\, Helena Brauer. Join: https://meet.google.com/kvq-ruxm-tza
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Return-Path", "<bounces+2291044-7c1e-paula.reinhardt=example.org@em.greenhouse-mail.io>"),
        ("Received", mx("from o3.em.greenhouse-mail.io (o3.em.greenhouse-mail.io [167.89.61.12])",
                        "2026-09-10 14:12:07", B, "4Gm2Qk0pXz")),
        ("From", "Lindenfarn Health <no-reply@us.greenhouse-mail.io>"),
        ("Reply-To", "Mira Okafor <mira.okafor@lindenfarn-health.de>"),
        ("To", PAULA),
        ("Subject", "Interview Confirmation: Senior UX Researcher at Lindenfarn Health"),
        ("Date", date("2026-09-10 14:12:07", B)),
        ("Message-ID", "<5f3b0e1c.9a41.4d62.b7d2.0c8e51f2aa90@greenhouse.io>"),
        ("X-Entity-Ref-ID", "gh-51230877"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-21T11:30:00Z", end="2026-09-21T13:00:00Z",
      contact="katrin.vogt@elbwerk-robotics.de", company="Elbwerk Robotics GmbH",
      local="Mon 2026-09-21 13:30", local_end="2026-09-21 15:00", zone=B,
      note="Personio mail, formal Sie: Montag 21.09.2026 13:30-15:00 Uhr in Dresden (CEST, UTC+2); "
           "sender is a Personio relay mailbox, contact = the recruiter's address in the signature")
def k02() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        vielen Dank für Ihre Bewerbung als UX Researcher (m/w/d) und Ihre schnelle Rückmeldung
        zu unseren Terminvorschlägen. Hiermit bestätigen wir Ihnen den Termin für Ihr
        Vorstellungsgespräch:

        Datum:    Montag, 21. September 2026
        Uhrzeit:  13:30 – 15:00 Uhr
        Ort:      Elbwerk Robotics GmbH, Am Elbufer 14, 01099 Dresden
                  (Empfang im Erdgeschoss, Besucherparkplätze im Hof)

        Ihre Gesprächspartner:
        - Katrin Vogt, People & Culture
        - Sebastian Reiß, Lead Product Design
        - Dr. Ole Marquardt, CTO (ab ca. 14:15 Uhr)

        Bitte bringen Sie ein Beispiel aus Ihrer Forschungsarbeit mit, das Sie uns in
        ca. 15 Minuten vorstellen können. Reisekosten erstatten wir Ihnen selbstverständlich
        nach dem Bundesreisekostengesetz.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig
        Bescheid.

        Mit freundlichen Grüßen

        Katrin Vogt
        People & Culture
        Elbwerk Robotics GmbH | Am Elbufer 14 | 01099 Dresden
        Tel. +49 351 4188 230 | katrin.vogt@elbwerk-robotics.de

        Geschäftsführer: Dr. Ole Marquardt, Yvonne Scholz | Amtsgericht Dresden HRB 41177

        --
        Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht direkt auf diese
        Nachricht.
        """)
    hs = [
        ("Received", mx("from mail-eu1.personio.de (mail-eu1.personio.de [3.120.19.77])",
                        "2026-09-15 09:41:52", B, "7Ldx20Qa1c")),
        ("From", "Elbwerk Robotics GmbH <elbwerk-robotics@mail.personio.de>"),
        ("To", PAULA),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – UX Researcher (m/w/d)")),
        ("Date", date("2026-09-15 09:41:52", B)),
        ("Message-ID", "<0102019a4c1e7d5b-ee2f3b1c-66d1-4f0a-9e0a-6e6f2c0d1a77-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Message-Type", "applicant_event_invitation"),
    ]
    return message(hs, text(body))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-17T12:00:00Z", contact="jonas@kiezkompass.de", company="Kiezkompass",
      local="Thu 2026-09-17 14:00", zone=B,
      note="Startup du-reply sent Wed 16 Sep 00:47 CEST (= Tue 15 Sep 22:47 UTC): 'bis morgen um 14 Uhr' "
           "resolves against the local date to Thu 17 Sep 14:00 CEST = 12:00 UTC; the quoted thread "
           "(his Donnerstag 14 Uhr proposal, her yes) agrees; no length given")
def k03() -> bytes:
    body = t("""
        Hey Paula,

        super, dann bis morgen um 14 Uhr! Wir sitzen in Halle 18 auf dem Spinnereigelände,
        2. OG, einfach bei "Kiezkompass" klingeln. Laptop reicht, Portfolio musst du nicht
        ausdrucken :)

        Sorry für die späte Antwort, war noch bis eben bei nem Kunden in Halle...

        Bis dann
        Jonas

        --
        Jonas Wendt · Co-Founder Kiezkompass
        Spinnereistraße 7, 04179 Leipzig

        Am 15.09.2026 um 19:03 schrieb Paula Reinhardt <paula.reinhardt@example.org>:
        > Hallo Jonas,
        >
        > danke für die schnelle Rückmeldung! Donnerstag 14 Uhr passt mir gut, ich komme
        > gerne vorbei.
        >
        > Viele Grüße
        > Paula
        >
        >> Am 15.09.2026 um 11:26 schrieb Jonas Wendt <jonas@kiezkompass.de>:
        >>
        >> Hi Paula,
        >>
        >> danke für deine Bewerbung, die Case Study zum Nachbarschaftsportal fanden wir
        >> richtig stark. Magst du diese Woche mal auf einen Kaffee bei uns vorbeikommen und
        >> das Team kennenlernen? Wie wär's mit Donnerstag, 14 Uhr?
        >>
        >> Liebe Grüße
        >> Jonas
        """)
    hs = [
        ("Received", mx("from smtp.kiezkompass.de (smtp.kiezkompass.de [85.13.150.22])",
                        "2026-09-16 00:47:31", B, "Qp81xLw0sT")),
        ("From", "Jonas Wendt <jonas@kiezkompass.de>"),
        ("To", PAULA),
        ("Subject", "Re: Kennenlernen UX Research bei Kiezkompass"),
        ("Date", date("2026-09-16 00:47:31", B)),
        ("Message-ID", "<A41C2F0E-77D3-4B7E-8D0C-2E91B6F5C3A8@kiezkompass.de>"),
        ("In-Reply-To", "<b7e1f0a2-3c9d-4e55-a1f4-paula@example.org>"),
        ("References", "<3F9A1E22-5B0C-4C1D-9E2A-1D4F7B8C0E11@kiezkompass.de>\r\n"
                       " <b7e1f0a2-3c9d-4e55-a1f4-paula@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(4), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T08:00:00Z", end="2026-10-26T09:30:00Z",
      contact="stefanie.huber@isarwerk-versicherung.de", company="Isarwerk Versicherung AG",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:30", zone=B,
      note="Exchange meeting request (W. Europe Standard Time) sent Thu 22 Oct in CEST for Mon 26 Oct "
           "09:00-10:30, the day after the switch to CET (UTC+1) -> 08:00-09:30 UTC; ORGANIZER = sender")
def k04() -> bytes:
    teams = t("""
        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZmM4YjYtZDFhNi00%40thread.v2/0>
        Besprechungs-ID: 312 884 619 027
        Kennung: Xy7kQ2
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body = t("""
        Sehr geehrte Frau Reinhardt,

        wie heute telefonisch besprochen, sende ich Ihnen hiermit die Einladung zu unserem
        zweiten Gespräch mit Herrn Dr. Lechner (Bereichsleitung Digital Customer Experience)
        und mir. Wir freuen uns, Sie bei uns in München begrüßen zu dürfen; falls die Anreise
        kurzfristig nicht klappt, können Sie sich alternativ über den Teams-Link zuschalten.

        Bitte denken Sie daran, dass am Wochenende die Uhren auf Winterzeit umgestellt werden –
        das Gespräch beginnt am Montag um 09:00 Uhr.

        Bitte melden Sie sich am Empfang von Haus C, man holt Sie dort ab.

        Mit freundlichen Grüßen
        Stefanie Huber
        Recruiting & Employer Branding

        Isarwerk Versicherung AG
        Arnulfstraße 211 | 80639 München
        Telefon +49 89 5512-4470
        Stefanie.Huber@isarwerk-versicherung.de

        """) + teams
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head>\n"
            "<body lang=\"DE\" link=\"#0563C1\" vlink=\"#954F72\"><div class=\"WordSection1\">\n"
            "<p class=\"MsoNormal\">Sehr geehrte Frau Reinhardt,<o:p></o:p></p>\n"
            "<p class=\"MsoNormal\">wie heute telefonisch besprochen, sende ich Ihnen hiermit die Einladung "
            "zu unserem zweiten Gespräch mit Herrn Dr. Lechner (Bereichsleitung Digital Customer Experience) "
            "und mir. Wir freuen uns, Sie bei uns in München begrüßen zu dürfen; falls die Anreise kurzfristig "
            "nicht klappt, können Sie sich alternativ über den Teams-Link zuschalten.<o:p></o:p></p>\n"
            "<p class=\"MsoNormal\">Bitte denken Sie daran, dass am Wochenende die Uhren auf Winterzeit "
            "umgestellt werden – das Gespräch beginnt am Montag um 09:00&nbsp;Uhr.<o:p></o:p></p>\n"
            "<p class=\"MsoNormal\">Bitte melden Sie sich am Empfang von Haus C, man holt Sie dort ab.<o:p></o:p></p>\n"
            "<p class=\"MsoNormal\">Mit freundlichen Grüßen<br>Stefanie Huber<br>Recruiting &amp; Employer Branding"
            "<o:p></o:p></p>\n"
            "<p class=\"MsoNormal\"><span style=\"font-size:9pt;color:#595959\">Isarwerk Versicherung AG<br>"
            "Arnulfstraße 211 | 80639 München<br>Telefon +49 89 5512-4470<br>"
            "<a href=\"mailto:Stefanie.Huber@isarwerk-versicherung.de\">Stefanie.Huber@isarwerk-versicherung.de</a>"
            "</span><o:p></o:p></p>\n"
            "<div style=\"width:100%;height:20px\"><span style=\"white-space:nowrap;color:#5F5F5F;opacity:.36\">"
            "________________________________________________________________________________</span></div>\n"
            "<div class=\"me-email-text\" lang=\"de-DE\" style=\"color:#242424;font-family:'Segoe UI','Helvetica Neue',"
            "Helvetica,Arial,sans-serif\"><div style=\"margin-bottom:24px\"><span style=\"font-size:24px;font-weight:700\">"
            "Microsoft Teams-Besprechung</span></div>\n"
            "<div><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZmM4YjYtZDFhNi00%40thread.v2/0\">"
            "Jetzt an der Besprechung teilnehmen</a></div>\n"
            "<div>Besprechungs-ID: 312 884 619 027<br>Kennung: Xy7kQ2</div></div>\n"
            "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['W. Europe Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN="Huber, Stefanie":mailto:Stefanie.Huber@isarwerk-versicherung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paula Reinhardt:mailto:paula.reinhardt@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lechner, Dr. Markus":mailto:Markus.Lechner@isarwerk-versicherung.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Reinhardt\\,\\n\\nwie heute telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem zweiten Gespräch.\\n
UID:040000008200E00074C5B7101A82E00800000000B0F3A2C4F163DC01000000000000000010000000A3F1C2D4E5B6A7984C1D2E3F4A5B6C7D
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Paula Reinhardt – UX Researcher (Digital CX)
DTSTART;TZID=W. Europe Standard Time:20261026T090000
DTEND;TZID=W. Europe Standard Time:20261026T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T140500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Isarwerk Campus München\\, Haus C\\, Raum C 4.12 / Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1418862377
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound."
                        "protection.outlook.com [40.107.104.112])", "2026-10-22 16:05:44", B, "c0Rr7TnB2e")),
        ("From", '"Huber, Stefanie" <Stefanie.Huber@isarwerk-versicherung.de>'),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("CC", '"Lechner, Dr. Markus" <Markus.Lechner@isarwerk-versicherung.de>'),
        ("Subject", enc("Vorstellungsgespräch Paula Reinhardt – UX Researcher (Digital CX)")),
        ("Thread-Topic", enc("Vorstellungsgespräch Paula Reinhardt – UX Researcher (Digital CX)")),
        ("Thread-Index", "AdtCbq8ZkY3mS0pWQ1yVx2Tn4R5UEw=="),
        ("Date", date("2026-10-22 16:05:41", B)),
        ("Message-ID", "<AM9PR03MB7412C0E1F3A2B4D5E6F7A8B9C0D1AM9PR03MB7412.eurprd03.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(5), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-10-07T12:00:00Z", end="2026-10-07T13:00:00Z", contact=None,
      company="Donaukraft Energie AG",
      local="Wed 2026-10-07 14:00", local_end="2026-10-07 15:00", zone="Europe/Vienna",
      note="Workday HTML-only (base64) notice: 2:00 PM - 3:00 PM (GMT+02:00) Europe/Vienna = 12:00-13:00 "
           "UTC; only a do-not-reply Workday address and a recruiter name without address -> contact null")
def k05() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f3f5f7">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f3f5f7">
        <tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d5c;padding:18px 24px;color:#fff;font-size:18px">Donaukraft Energie AG &middot; Careers</td></tr>
        <tr><td style="padding:24px">
        <p>Dear Paula,</p>
        <p>Your interview for the position <strong>UX Researcher (R-10482)</strong> has been scheduled.</p>
        <table cellspacing="0" cellpadding="6" style="border:1px solid #dde3e8;width:100%">
        <tr><td style="width:35%;color:#6b7780">Interview Type</td><td>Video Interview (Microsoft Teams)</td></tr>
        <tr><td style="color:#6b7780">Date</td><td>Wednesday, October 7, 2026</td></tr>
        <tr><td style="color:#6b7780">Time</td><td>2:00 PM - 3:00 PM</td></tr>
        <tr><td style="color:#6b7780">Time Zone</td><td>(GMT+02:00) Central European Summer Time (Europe/Vienna)</td></tr>
        <tr><td style="color:#6b7780">Interviewers</td><td>Lena Gruber (Talent Acquisition), Markus Eder (Head of Digital Services)</td></tr>
        </table>
        <p>The meeting link will be available in your Candidate Home account 24 hours before the interview.
        To view the details or to withdraw, please sign in to
        <a href="https://wd3.myworkdayjobs.com/donaukraft/login">Candidate Home</a>.</p>
        <p>We look forward to speaking with you.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Donaukraft Energie AG</p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#8a949b;border-top:1px solid #eef1f3">
        This is an automatically generated message. Please do not reply to this email; the mailbox is not monitored.<br>
        Donaukraft Energie AG, Am Hof 9, 1010 Wien &middot; FN 288431 k &middot; Handelsgericht Wien
        </td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = [
        ("Received", mx("from mail-relay-eu.myworkday.com (mail-relay-eu.myworkday.com [185.39.111.20])",
                        "2026-10-01 08:15:09", "Europe/Vienna", "hH2k9PqZ3n")),
        ("From", "Donaukraft Energie AG <donaukraft@myworkday.com>"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", "Interview Scheduled - UX Researcher (R-10482)"),
        ("Date", date("2026-10-01 08:15:09", "Europe/Vienna")),
        ("Message-ID", "<1480733266.611209.1790835309114@wd3-prod-notif-07.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, html(page, cte="base64"))


@mail(n(6), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-11-05T15:00:00Z", end="2026-11-05T15:45:00Z",
      contact="sanne.devries@grachtwerk.nl", company="Grachtwerk B.V.",
      local="Thu 2026-11-05 16:00", local_end="2026-11-05 16:45", zone="Europe/Amsterdam",
      note="Paula forwards (message/rfc822) a SmartRecruiters confirmation from her old address to "
           "herself: Thursday 5 Nov 4:00 PM Europe/Amsterdam (CET, UTC+1), 45 minutes -> 15:00-15:45 UTC; "
           "ICS in UTC agrees; outer sender is the candidate, contact = the inner human Reply-To")
def k06() -> bytes:
    inner_body = t("""
        Hi Paula,

        Your interview with Grachtwerk B.V. has been confirmed.

        Position:   UX Researcher (Remote, NL/DE)
        When:       Thursday, November 5, 2026 at 4:00 PM (Europe/Amsterdam)
        Duration:   45 minutes
        Where:      Video call - https://grachtwerk.zoom.us/j/84417730291
        With:       Sanne de Vries (Recruiter), Bram Kuipers (Design Research Lead)

        Add it to your calendar using the attached invitation. If anything changes, reply to
        this email and Sanne will get back to you.

        Good luck!
        Grachtwerk Talent Team

        Powered by SmartRecruiters
        """)
    inner_ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-6f1d7c2a-4b0e-48f3-9c6e-8a1b2d3e4f50
DTSTAMP:20261030T102000Z
DTSTART:20261105T150000Z
DTEND:20261105T154500Z
SUMMARY:Interview - UX Researcher (Remote, NL/DE) - Grachtwerk B.V.
LOCATION:https://grachtwerk.zoom.us/j/84417730291
ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@grachtwerk.nl
ATTENDEE;CN=Paula Reinhardt;RSVP=TRUE:mailto:paula.r@example.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    inner = message([
        ("From", "Grachtwerk B.V. <noreply@smartrecruiters.com>"),
        ("Reply-To", "Sanne de Vries <sanne.devries@grachtwerk.nl>"),
        ("To", "Paula Reinhardt <paula.r@example.net>"),
        ("Subject", "Interview confirmed: UX Researcher (Remote, NL/DE)"),
        ("Date", date("2026-10-30 11:20:14", "Europe/Amsterdam")),
        ("Message-ID", "<0100019a3ad1c2e4-5b7f8a90-1c2d-4e3f-8a9b-0c1d2e3f4a5b-000000@email.smartrecruiters.com>"),
    ], mixed(text(inner_body, cte="7bit"),
             calendar(inner_ics, filename="interview.ics", disposition="attachment", method="REQUEST")))
    outer = t("""
        an mich selbst, damit es im richtigen Postfach landet (die alte Adresse lese ich kaum noch)

        Von meinem Fairphone gesendet
        """)
    hs = [
        ("Received", mx("from smtp.example.net (smtp.example.net [192.0.2.44])",
                        "2026-10-31 09:12:40", B, "Zz0p4MkV8r")),
        ("From", "Paula Reinhardt <paula.r@example.net>"),
        ("To", PAULA),
        ("Subject", "Fwd: Interview confirmed: UX Researcher (Remote, NL/DE)"),
        ("Date", date("2026-10-31 09:12:40", B)),
        ("Message-ID", "<e5c1a9b0-2f4d-4a8e-b3c7-fw76@example.net>"),
        ("User-Agent", "K-9 Mail for Android"),
    ]
    return message(hs, mixed(text(outer, cte="8bit"), attached_message(inner, "Interview confirmed.eml")))


@mail(n(7), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start="2026-10-15T09:15:00Z", end="2026-10-15T10:00:00Z",
      contact="lea.schubert@fahrwerk-mobility.de", company="Fahrwerk Mobility GmbH",
      local="Thu 2026-10-15 11:15", local_end="2026-10-15 12:00", zone=B,
      note="Teamtailor du-mail; the time is only in the attached ICS (TZID Europe/Berlin, 11:15-12:00 CEST "
           "= 09:15-10:00 UTC); body says 'Donnerstag' without a time; contact = human ICS ORGANIZER")
def k07() -> bytes:
    body = t("""
        Hey Paula,

        cool, dass es geklappt hat – dein Interview für die Stelle "UX Researcher (all genders)"
        am Donnerstag ist gebucht! 🎉

        Du sprichst mit Lea (Talent) und Tarek (Product Lead Sharing). Alle Details und den
        Link zum Call findest du in der Kalendereinladung im Anhang.

        Falls was dazwischenkommt, kannst du den Termin über den Link in der Einladung
        verschieben.

        Bis Donnerstag!
        Dein Fahrwerk-Team

        Fahrwerk Mobility GmbH · Lohmühlenstraße 65 · 12435 Berlin
        Datenschutz: https://fahrwerk-mobility.teamtailor.com/privacy
        """)
    page = t("""
        <div style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;max-width:560px;margin:0 auto;font-size:15px;line-height:1.5;color:#1f1f1f">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo_fahrwerk.png" alt="Fahrwerk Mobility" width="140">
        <p>Hey Paula,</p>
        <p>cool, dass es geklappt hat &ndash; dein Interview f&uuml;r die Stelle &bdquo;UX Researcher (all genders)&ldquo; am Donnerstag ist gebucht! &#127881;</p>
        <p>Du sprichst mit Lea (Talent) und Tarek (Product Lead Sharing). Alle Details und den Link zum Call findest du in der Kalendereinladung im Anhang.</p>
        <p>Falls was dazwischenkommt, kannst du den Termin &uuml;ber den Link in der Einladung verschieben.</p>
        <p>Bis Donnerstag!<br>Dein Fahrwerk-Team</p>
        <p style="font-size:12px;color:#888">Fahrwerk Mobility GmbH &middot; Lohm&uuml;hlenstra&szlig;e 65 &middot; 12435 Berlin<br>
        <a href="https://fahrwerk-mobility.teamtailor.com/privacy">Datenschutz</a></p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
{VTZ['Europe/Berlin']}
BEGIN:VEVENT
UID:tt-meeting-2210457@teamtailor.com
DTSTAMP:20261012T153300Z
DTSTART;TZID=Europe/Berlin:20261015T111500
DTEND;TZID=Europe/Berlin:20261015T120000
SUMMARY:Interview Paula Reinhardt <> Fahrwerk Mobility
DESCRIPTION:Video-Call: https://meet.google.com/fwm-hxqa-zpe\\nVerschieben: https://fahrwerk-mobility.teamtailor.com/meetings/2210457/reschedule
LOCATION:https://meet.google.com/fwm-hxqa-zpe
ORGANIZER;CN=Lea Schubert:mailto:lea.schubert@fahrwerk-mobility.de
ATTENDEE;CN=Paula Reinhardt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:paula.reinhardt@example.org
ATTENDEE;CN=Tarek Haddad;ROLE=REQ-PARTICIPANT:mailto:tarek.haddad@fahrwerk-mobility.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [104.245.209.91])",
                        "2026-10-12 17:33:02", B, "tT7eM2nQ0w")),
        ("From", "Fahrwerk Mobility <no-reply@teamtailor-mail.com>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Dein Interview bei Fahrwerk Mobility ist gebucht 🎉")),
        ("Date", date("2026-10-12 17:33:02", B)),
        ("Message-ID", "<6a1e3f0c9b2d4_7f2c1a8e4b90@teamtailor-mailer-5d8f.mail>"),
        ("X-Teamtailor-Message", "meeting-booked"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(8), family="calendly", lang="de", interview=True, kind="scheduled",
      start="2026-10-09T08:30:00Z", end="2026-10-09T09:00:00Z",
      contact="f.brandt@muldenstrom.de", company="Muldenstrom Software GmbH",
      local="Fri 2026-10-09 10:30", local_end="2026-10-09 11:00", zone=B,
      note="Calendly invitee confirmation in German: 10:30-11:00 'Mitteleuropäische Zeit' is Calendly's "
           "zone name, on 9 Oct the offset is CEST (UTC+2) -> 08:30-09:00 UTC; ICS in UTC agrees; "
           "contact = host in Reply-To")
def k08() -> bytes:
    body = t("""
        Hallo Paula Reinhardt,

        Ihr Termin ist geplant.

        Ereignistyp:
        Erstgespräch UX Researcher (m/w/d)

        Gastgeber:
        Florian Brandt

        Datum/Uhrzeit des Ereignisses:
        10:30 - 11:00, Freitag, 9. Oktober 2026 (Mitteleuropäische Zeit)

        Ort:
        Google Meet – die Konferenzdetails werden in Kürze per Kalendereinladung verschickt.

        Eingeladene Person – Zeitzone:
        Mitteleuropäische Zeit

        Fragen:
        Worauf freust du dich in der neuen Rolle am meisten?
        Auf die Zusammenarbeit mit Entwicklung und Vertrieb direkt am Nutzer.

        Absagen: https://calendly.com/cancellations/5b2e0f4a-7d1c-4c3b-9e8a-3f6d1a2b0c9e
        Neu planen: https://calendly.com/reschedulings/5b2e0f4a-7d1c-4c3b-9e8a-3f6d1a2b0c9e

        Unterstützt von Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px">
        <p>Hallo Paula Reinhardt,</p>
        <p>Ihr Termin ist geplant.</p>
        <p><b>Ereignistyp:</b><br>Erstgespr&auml;ch UX Researcher (m/w/d)</p>
        <p><b>Gastgeber:</b><br>Florian Brandt</p>
        <p><b>Datum/Uhrzeit des Ereignisses:</b><br>10:30 - 11:00, Freitag, 9. Oktober 2026 (Mitteleurop&auml;ische Zeit)</p>
        <p><b>Ort:</b><br>Google Meet &ndash; die Konferenzdetails werden in K&uuml;rze per Kalendereinladung verschickt.</p>
        <p><b>Eingeladene Person &ndash; Zeitzone:</b><br>Mitteleurop&auml;ische Zeit</p>
        <p><b>Fragen:</b><br>Worauf freust du dich in der neuen Rolle am meisten?<br>
        Auf die Zusammenarbeit mit Entwicklung und Vertrieb direkt am Nutzer.</p>
        <p><a href="https://calendly.com/cancellations/5b2e0f4a-7d1c-4c3b-9e8a-3f6d1a2b0c9e">Absagen</a> &nbsp;
        <a href="https://calendly.com/reschedulings/5b2e0f4a-7d1c-4c3b-9e8a-3f6d1a2b0c9e">Neu planen</a></p>
        <p style="font-size:12px;color:#666">Unterst&uuml;tzt von <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:5b2e0f4a-7d1c-4c3b-9e8a-3f6d1a2b0c9e@calendly.com
DTSTAMP:20261005T190400Z
DTSTART:20261009T083000Z
DTEND:20261009T090000Z
SUMMARY:Erstgespräch UX Researcher (m/w/d) zwischen Florian Brandt und Paula Reinhardt
ORGANIZER;CN=Florian Brandt:mailto:f.brandt@muldenstrom.de
ATTENDEE;CN=Paula Reinhardt;RSVP=TRUE:mailto:paula.reinhardt@example.org
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from o12.calendly.com (o12.calendly.com [149.72.246.4])",
                        "2026-10-05 21:04:18", B, "cL3nDy8Hw1")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Florian Brandt <f.brandt@muldenstrom.de>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Bestätigt: Erstgespräch UX Researcher (m/w/d) mit Florian Brandt am Freitag, "
                        "9. Oktober 2026")),
        ("Date", date("2026-10-05 21:04:18", B)),
        ("Message-ID", "<5b2e0f4a7d1c.invitee.confirmation.de@calendly.com>"),
    ]
    return message(hs, mixed(alt(text(body, cte="base64"), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="8bit")))


@mail(n(9), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T10:00:00Z", end="2026-11-03T11:00:00Z",
      contact="tom.ashworth@hollowbrook.co.uk", company="Hollowbrook Analytics Ltd",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 11:00", zone="Europe/London",
      note="Google Calendar invitation from a London team: 10am-11am Greenwich Mean Time (GMT = UTC in "
           "November); the description's '11:00 your time in Leipzig' is the same instant; ICS in "
           "Europe/London agrees; contact = organiser/sender")
def k09() -> bytes:
    title = "Hollowbrook - UX Researcher interview (Paula Reinhardt)"
    body = t(f"""
        You have been invited to the following event.

        {title}
        Tuesday 3 Nov 2026 ⋅ 10am – 11am
        Greenwich Mean Time - London

        Join with Google Meet
        meet.google.com/hbr-ouxq-tmc

        Join by phone
        (GB) +44 20 3957 1184 PIN: 402 118 377#

        Organiser
        Tom Ashworth
        tom.ashworth@hollowbrook.co.uk

        Guests
        Tom Ashworth - organiser
        Ruth Adebayo
        paula.reinhardt@example.org
        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=aGJyX2ludGVydmlldw

        Hi Paula - as discussed, here's the invite for your conversation with Ruth (our Head of
        Research) and me. That's 11:00 your time in Leipzig. We'll spend most of the hour on the
        diary study you mentioned, so have it handy if you can.
        Cheers, Tom

        Reply for paula.reinhardt@example.org
        Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=aGJyX2ludGVydmlldw&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&eid=aGJyX2ludGVydmlldw&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=aGJyX2ludGVydmlldw&rst=3
        More options https://calendar.google.com/calendar/event?action=VIEW&eid=aGJyX2ludGVydmlldw

        Invitation from Google Calendar: https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.

        Forwarding this invitation could allow any recipient to send a response to the organiser,
        be added to the guest list, invite others regardless of their own invitation status or
        modify your RSVP.
        """)
    page = t(f"""
        <!doctype html><html><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-weight:400;font-size:22px">{title}</h2>
        <div style="font-size:14px">Tuesday 3 Nov 2026 &sdot; 10am &ndash; 11am<br>Greenwich Mean Time - London</div>
        <p><a href="https://meet.google.com/hbr-ouxq-tmc">Join with Google Meet</a></p>
        <p><b>Organiser</b><br>Tom Ashworth<br>tom.ashworth@hollowbrook.co.uk</p>
        <p><b>Guests</b><br>Tom Ashworth - organiser<br>Ruth Adebayo<br>paula.reinhardt@example.org</p>
        <p>Hi Paula - as discussed, here's the invite for your conversation with Ruth (our Head of Research)
        and me. That's 11:00 your time in Leipzig. We'll spend most of the hour on the diary study you
        mentioned, so have it handy if you can.<br>Cheers, Tom</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_EXTRA['Europe/London']}
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261103T100000
DTEND;TZID=Europe/London:20261103T110000
DTSTAMP:20261028T154800Z
ORGANIZER;CN=Tom Ashworth:mailto:tom.ashworth@hollowbrook.co.uk
UID:3f0q9m2c7kq1d8u5v6r4n2a1b0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Ashworth;X-NUM-GUESTS=0:mailto:tom.ashworth@hollowbrook.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ruth Adebayo;X-NUM-GUESTS=0:mailto:ruth.adebayo@hollowbrook.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=paula.reinhardt@example.org;X-NUM-GUESTS=0:mailto:paula.reinhardt@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/hbr-ouxq-tmc
CREATED:20261028T154712Z
DESCRIPTION:Hi Paula - as discussed\\, here's the invite for your conversation with Ruth (our Head of Research) and me. That's 11:00 your time in Leipzig.
LAST-MODIFIED:20261028T154800Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        "2026-10-28 15:48:21", "Europe/London", "gC4lNv1Rt8")),
        ("From", "Tom Ashworth <tom.ashworth@hollowbrook.co.uk>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "tom.ashworth@hollowbrook.co.uk"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", f"Invitation: {title} @ Tue 3 Nov 2026 10am - 11am (GMT) (paula.reinhardt@example.org)"),
        ("Date", date("2026-10-28 15:48:21", "Europe/London")),
        ("Message-ID", "<calendar-8d4a1c2e-66b0-4f0e-93a5-1c7e2b9d0f31@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(body, cte="quoted-printable", params="format=flowed; delsp=yes"), html(page),
            calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                 disposition="attachment", cte="base64", name_param=True)))


@mail(n(10), family="human_prose", lang="cs", interview=True, kind="scheduled",
      start="2026-11-19T09:30:00Z", end="2026-11-19T10:30:00Z",
      contact="tereza.novakova@vltavskadata.cz", company="Vltavská Data s.r.o.",
      local="Thu 2026-11-19 10:30", local_end="2026-11-19 11:30", zone="Europe/Prague",
      note="Czech HR mail (windows-1250, quoted-printable): 'čtvrtek 19. listopadu 2026, 10:30-11:30' in "
           "Prague (CET, UTC+1) -> 09:30-10:30 UTC; contact = sender")
def k10() -> bytes:
    body = t("""
        Dobrý den, paní Reinhardtová,

        děkujeme za Váš zájem o pozici UX Researcher v naší společnosti. Na základě našeho
        včerejšího telefonátu Vám potvrzuji termín osobního pohovoru:

        čtvrtek 19. listopadu 2026, 10:30–11:30 hod.
        Vltavská Data s.r.o., Křižíkova 148/34, 186 00 Praha 8 – Karlín (3. patro, recepce)

        Pohovor povedeme společně s vedoucím produktového designu panem Martinem Dvořákem
        v angličtině, takže se nemusíte obávat jazykové bariéry. Připravte si prosím krátkou
        ukázku jednoho výzkumného projektu (cca 15 minut).

        Cestovné z Lipska Vám rádi proplatíme, stačí nám po pohovoru zaslat jízdenku.

        V případě jakýchkoli dotazů mě neváhejte kontaktovat.

        S pozdravem

        Tereza Nováková
        HR Business Partner
        Vltavská Data s.r.o.
        tel.: +420 222 514 309
        tereza.novakova@vltavskadata.cz
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"></head>"
            "<body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
            + "".join(f"<p>{line}</p>\n" if line else "" for line in body.split("\n\n"))
            + "</body></html>\n")
    hs = [
        ("Received", mx("from mail.vltavskadata.cz (mail.vltavskadata.cz [193.85.44.17])",
                        "2026-11-13 10:02:37", "Europe/Prague", "pR4gUe7Cz2")),
        ("From", addr("Tereza Nováková", "tereza.novakova@vltavskadata.cz")),
        ("To", PAULA),
        ("Subject", enc("Pozvánka na pohovor – UX Researcher")),
        ("Date", date("2026-11-13 10:02:37", "Europe/Prague")),
        ("Message-ID", "<VI1PR08MB5391E2A7C4B1D0F3A9E6C2B8D5F4VI1PR08MB5391@VI1PR08MB5391.eurprd08.prod.outlook.com>"),
        ("Content-Language", "cs-CZ"),
    ]
    return message(hs, alt(text(body, charset="windows-1250"), html(page, charset="windows-1250")))


@mail(n(11), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-11-24T08:00:00Z", contact="s.lehmann@auwald-logistik.de", company="Auwald Logistik GmbH",
      local="Tue 2026-11-24 09:00", zone=B,
      note="JOIN mail on behalf of the employer, formal Sie: Dienstag 24.11.2026 um 09:00 Uhr in Leipzig "
           "(CET, UTC+1) -> 08:00 UTC; 'etwa eine Stunde' is approximate so no end; contact = human Reply-To")
def k11() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        vielen Dank für Ihre Bewerbung als UX Researcher Fahrer- & Lager-Apps (m/w/d).
        Wir freuen uns, Ihnen Ihren Termin für das Vorstellungsgespräch zu bestätigen:

        Wann:   Dienstag, 24.11.2026, 09:00 Uhr
        Wo:     Auwald Logistik GmbH, Radefelder Allee 12, 04356 Leipzig (GVZ Nord),
                Verwaltungsgebäude, 1. OG
        Dauer:  etwa eine Stunde
        Mit:    Sandra Lehmann (Personal) und Rico Seifert (Teamleitung Digitalisierung)

        Mit der Straßenbahnlinie 16 bis "Messegelände", von dort ca. 10 Minuten Fußweg.
        Parkplätze für Besucher finden Sie direkt vor dem Verwaltungsgebäude.

        Bei Fragen antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße
        Sandra Lehmann
        Auwald Logistik GmbH

        ----
        Diese Nachricht wurde über JOIN (join.com) im Auftrag von Auwald Logistik GmbH versendet.
        """)
    page = t("""
        <html><body style="background:#f6f7fb;font-family:Inter,Arial,sans-serif">
        <div style="max-width:600px;margin:0 auto;background:#fff;padding:32px;border-radius:8px;font-size:15px;color:#212b36">
        <p>Sehr geehrte Frau Reinhardt,</p>
        <p>vielen Dank für Ihre Bewerbung als <b>UX Researcher Fahrer- &amp; Lager-Apps (m/w/d)</b>.
        Wir freuen uns, Ihnen Ihren Termin für das Vorstellungsgespräch zu bestätigen:</p>
        <table style="font-size:15px" cellpadding="3">
        <tr><td><b>Wann:</b></td><td>Dienstag, 24.11.2026, 09:00 Uhr</td></tr>
        <tr><td><b>Wo:</b></td><td>Auwald Logistik GmbH, Radefelder Allee 12, 04356 Leipzig (GVZ Nord), Verwaltungsgebäude, 1. OG</td></tr>
        <tr><td><b>Dauer:</b></td><td>etwa eine Stunde</td></tr>
        <tr><td><b>Mit:</b></td><td>Sandra Lehmann (Personal) und Rico Seifert (Teamleitung Digitalisierung)</td></tr>
        </table>
        <p>Mit der Straßenbahnlinie 16 bis „Messegelände“, von dort ca. 10 Minuten Fußweg.
        Parkplätze für Besucher finden Sie direkt vor dem Verwaltungsgebäude.</p>
        <p>Bei Fragen antworten Sie einfach auf diese E-Mail.</p>
        <p>Freundliche Grüße<br>Sandra Lehmann<br>Auwald Logistik GmbH</p>
        <hr style="border:none;border-top:1px solid #e5e8ef">
        <p style="font-size:12px;color:#919eab">Diese Nachricht wurde über JOIN (join.com) im Auftrag von Auwald Logistik GmbH versendet.</p>
        </div></body></html>
        """)
    hs = [
        ("Received", mx("from mail.join.com (mail.join.com [18.196.41.152])",
                        "2026-11-18 13:27:55", B, "j0InM4xR2q")),
        ("From", "Auwald Logistik GmbH via JOIN <noreply@join.com>"),
        ("Reply-To", "Sandra Lehmann <s.lehmann@auwald-logistik.de>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Terminbestätigung: Ihr Vorstellungsgespräch bei Auwald Logistik GmbH")),
        ("Date", date("2026-11-18 13:27:55", B)),
        ("Message-ID", "<join.msg.8e0d2c71.candidate-4410298@join.com>"),
    ]
    return message(hs, alt(text(body, cte="base64"), html(page)))


@mail(n(12), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-12-02T09:00:00Z", contact="birgit.seidel@elbnetz-dresden.de", company="Dresdner Elbnetz GmbH",
      local="Wed 2026-12-02 10:00", zone=B,
      note="softgarden mail (iso-8859-15, quoted-printable): Mittwoch 02.12.2026 10:00 Uhr Dresden (CET, "
           "UTC+1) -> 09:00 UTC; 'ca. 60 Minuten' is approximate so no end; bewerbung@ is a role "
           "address, contact = the named person's address in the body")
def k12() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        vielen Dank für Ihr Interesse an der Position "UX Researcher Kundenportale (w/m/d)"
        bei der Dresdner Elbnetz GmbH.

        Gern bestätigen wir Ihnen den vereinbarten Termin für ein persönliches Gespräch:

            Mittwoch, 02.12.2026, 10:00 Uhr
            Dresdner Elbnetz GmbH, Rosenstraße 32, 01067 Dresden, Haus 2, Raum 2.07

        Bitte planen Sie ca. 60 Minuten ein. Ihre Gesprächspartner sind Frau Birgit Seidel
        (Personalreferentin) und Herr Andreas Kühne (Leiter Digitale Kundenservices).

        Bitte bringen Sie ein gültiges Ausweisdokument mit; Sie werden am Empfang abgeholt.

        Für allgemeine Fragen zu Ihrer Bewerbung erreichen Sie uns unter
        bewerbung@elbnetz-dresden.de. Bei Rückfragen zum Termin wenden Sie sich bitte direkt an
        Frau Seidel: birgit.seidel@elbnetz-dresden.de, Telefon 0351 860-4172.

        Mit freundlichen Grüßen

        Ihr Personalteam der Dresdner Elbnetz GmbH

        Dresdner Elbnetz GmbH | Sitz: Dresden | Amtsgericht Dresden HRB 22719
        Geschäftsführung: Dipl.-Ing. Frank Richter

        Diese E-Mail wurde automatisch über softgarden versendet.
        """)
    page = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-15\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            "<p>Sehr geehrte Frau Reinhardt,</p>\n"
            "<p>vielen Dank für Ihr Interesse an der Position \"UX Researcher Kundenportale (w/m/d)\" bei der "
            "Dresdner Elbnetz GmbH.</p>\n"
            "<p>Gern bestätigen wir Ihnen den vereinbarten Termin für ein persönliches Gespräch:</p>\n"
            "<p style=\"margin-left:24px\"><b>Mittwoch, 02.12.2026, 10:00 Uhr</b><br>Dresdner Elbnetz GmbH, "
            "Rosenstraße 32, 01067 Dresden, Haus 2, Raum 2.07</p>\n"
            "<p>Bitte planen Sie ca. 60 Minuten ein. Ihre Gesprächspartner sind Frau Birgit Seidel "
            "(Personalreferentin) und Herr Andreas Kühne (Leiter Digitale Kundenservices).</p>\n"
            "<p>Bitte bringen Sie ein gültiges Ausweisdokument mit; Sie werden am Empfang abgeholt.</p>\n"
            "<p>Für allgemeine Fragen zu Ihrer Bewerbung erreichen Sie uns unter bewerbung@elbnetz-dresden.de. "
            "Bei Rückfragen zum Termin wenden Sie sich bitte direkt an Frau Seidel: "
            "<a href=\"mailto:birgit.seidel@elbnetz-dresden.de\">birgit.seidel@elbnetz-dresden.de</a>, "
            "Telefon 0351 860-4172.</p>\n"
            "<p>Mit freundlichen Grüßen</p><p>Ihr Personalteam der Dresdner Elbnetz GmbH</p>\n"
            "<p style=\"font-size:11px;color:#777\">Dresdner Elbnetz GmbH | Sitz: Dresden | Amtsgericht Dresden "
            "HRB 22719<br>Geschäftsführung: Dipl.-Ing. Frank Richter<br>Diese E-Mail wurde automatisch über "
            "softgarden versendet.</p>\n</body></html>\n")
    hs = [
        ("Received", mx("from out2.softgarden.io (out2.softgarden.io [35.157.80.214])",
                        "2026-11-26 11:05:16", B, "sG9fD2rN5k")),
        ("From", "Dresdner Elbnetz GmbH <no-reply@softgarden.io>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Ihr Gesprächstermin bei der Dresdner Elbnetz GmbH", "iso-8859-15")),
        ("Date", date("2026-11-26 11:05:16", B)),
        ("Message-ID", "<sg-2b7e1a90-4c3d-11f1-8d2e-0242ac120004@softgarden.io>"),
    ]
    return message(hs, alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")))


@mail(n(13), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-10T13:00:00Z", end="2026-12-10T15:15:00Z",
      contact="priya.raman@marlowfinch.com", company="Marlow & Finch",
      local="Thu 2026-12-10 14:00", local_end="2026-12-10 16:15", zone=B,
      note="GoodTime itinerary of three sessions shown in the candidate's zone (CET, UTC+1): 14:00-16:15 "
           "-> first start 13:00 UTC to last end 15:15 UTC (the mail also says 13:00-15:15 London); "
           "ICS block in UTC agrees; contact = human Reply-To")
def k13() -> bytes:
    body = t("""
        Hi Paula,

        Your virtual onsite with Marlow & Finch is confirmed. All times below are shown in your
        time zone: Central European Time (Berlin).

        Thursday, 10 December 2026

          14:00 - 14:45   Research deep dive          Imogen Hale, Principal Researcher
          14:45 - 15:30   Portfolio conversation      Callum Reid, Design Director
          15:30 - 15:45   Break
          15:45 - 16:15   Hiring manager chat         Priya Raman, Research Manager

        For reference, the team in London will be joining from 13:00 to 15:15 GMT.

        Video: https://marlowfinch.zoom.us/j/96620417735 (the same link for all sessions)

        If you have questions or need to reschedule, simply reply to this email and it will reach
        Priya.

        Best of luck!
        The Marlow & Finch Talent Team

        --
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Paula,</p>
        <p>Your virtual onsite with <b>Marlow &amp; Finch</b> is confirmed. All times below are shown in your
        time zone: <b>Central European Time (Berlin)</b>.</p>
        <h3 style="margin-bottom:4px">Thursday, 10 December 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;font-size:14px">
        <tr style="background:#f4f6f8"><td>14:00 - 14:45</td><td>Research deep dive</td><td>Imogen Hale, Principal Researcher</td></tr>
        <tr><td>14:45 - 15:30</td><td>Portfolio conversation</td><td>Callum Reid, Design Director</td></tr>
        <tr style="background:#f4f6f8"><td>15:30 - 15:45</td><td colspan="2"><i>Break</i></td></tr>
        <tr><td>15:45 - 16:15</td><td>Hiring manager chat</td><td>Priya Raman, Research Manager</td></tr>
        </table>
        <p>For reference, the team in London will be joining from 13:00 to 15:15 GMT.</p>
        <p>Video: <a href="https://marlowfinch.zoom.us/j/96620417735">https://marlowfinch.zoom.us/j/96620417735</a>
        (the same link for all sessions)</p>
        <p>If you have questions or need to reschedule, simply reply to this email and it will reach Priya.</p>
        <p>Best of luck!<br>The Marlow &amp; Finch Talent Team</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7c0b5e12-9f44-4d3a-a0b1-2e8d6c4f1a37@goodtime.io
DTSTAMP:20261203T174000Z
DTSTART:20261210T130000Z
DTEND:20261210T151500Z
SUMMARY:Marlow & Finch - Virtual Onsite (UX Researcher)
LOCATION:https://marlowfinch.zoom.us/j/96620417735
DESCRIPTION:14:00 Research deep dive\\n14:45 Portfolio conversation\\n15:45 Hiring manager chat (CET)
ORGANIZER;CN=Marlow & Finch Talent:mailto:no-reply@goodtime.io
ATTENDEE;CN=Paula Reinhardt;RSVP=TRUE:mailto:paula.reinhardt@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from mail.goodtime.io (mail.goodtime.io [54.186.22.170])",
                        "2026-12-03 17:40:03", "Europe/London", "gT1mE6pA4c")),
        ("From", "Marlow & Finch Talent <no-reply@goodtime.io>"),
        ("Reply-To", "Priya Raman <priya.raman@marlowfinch.com>"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", "Your virtual onsite with Marlow & Finch is confirmed - Thu, Dec 10"),
        ("Date", date("2026-12-03 17:40:03", "Europe/London")),
        ("Message-ID", "<goodtime.itinerary.4a1e90c7b2@goodtime.io>"),
    ]
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page, cte="7bit")),
                             calendar(ics, filename="Marlow_Finch_Onsite.ics", disposition="attachment")))


@mail(n(14), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-09-29T13:00:00Z", end="2026-09-29T13:45:00Z",
      contact="nils.obermann@havelberg-digital.de", company="Havelberg Digital Services GmbH",
      local="Tue 2026-09-29 15:00", local_end="2026-09-29 15:45", zone=B,
      note="Microsoft Bookings confirmation: body shows 15:00-15:45 with the standard-offset label "
           "'(UTC+01:00) Amsterdam, Berlin, ...' but on 29 Sep Berlin is on CEST (UTC+2) -> 13:00-13:45 UTC, "
           "as the ICS (W. Europe Standard Time) confirms; Bookings mailbox is not human, contact = "
           "staff address in the body")
def k14() -> bytes:
    body = t("""
        Hallo Paula Reinhardt,

        vielen Dank für Ihre Buchung bei Havelberg Digital Karriere. Ihre Buchung wurde bestätigt.

        Buchungsdetails

        Dienst
        Interview UX Research (Runde 1)

        Datum und Uhrzeit
        Dienstag, 29. September 2026 15:00 - 15:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom,
        Stockholm, Wien

        Mitarbeiter
        Nils Obermann

        Microsoft Teams-Besprechung
        Online über Microsoft Teams teilnehmen:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjRmNDE1%40thread.v2/0

        Hinweise
        Bei Fragen zu Ihrem Termin erreichen Sie Nils Obermann direkt unter
        nils.obermann@havelberg-digital.de.

        Termin verwalten: https://outlook.office365.com/owa/calendar/HavelbergDigitalKarriere@havelbergdigital.onmicrosoft.com/bookings/
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <p>Hallo Paula Reinhardt,</p>
        <p>vielen Dank für Ihre Buchung bei Havelberg Digital Karriere. Ihre Buchung wurde bestätigt.</p>
        <h3>Buchungsdetails</h3>
        <p><b>Dienst</b><br>Interview UX Research (Runde 1)</p>
        <p><b>Datum und Uhrzeit</b><br>Dienstag, 29. September 2026 15:00 - 15:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</p>
        <p><b>Mitarbeiter</b><br>Nils Obermann</p>
        <p><b>Microsoft Teams-Besprechung</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjRmNDE1%40thread.v2/0">Online über Microsoft Teams teilnehmen</a></p>
        <p><b>Hinweise</b><br>Bei Fragen zu Ihrem Termin erreichen Sie Nils Obermann direkt unter
        <a href="mailto:nils.obermann@havelberg-digital.de">nils.obermann@havelberg-digital.de</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/HavelbergDigitalKarriere@havelbergdigital.onmicrosoft.com/bookings/">Termin verwalten</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['W. Europe Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN=Havelberg Digital Karriere:mailto:HavelbergDigitalKarriere@havelbergdigital.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paula Reinhardt:mailto:paula.reinhardt@example.org
SUMMARY;LANGUAGE=de-DE:Interview UX Research (Runde 1)
DTSTART;TZID=W. Europe Standard Time:20260929T150000
DTEND;TZID=W. Europe Standard Time:20260929T154500
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC010000000000000000100000007B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T081200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2091.outbound."
                        "protection.outlook.com [40.107.135.91])", "2026-09-23 10:12:26", B, "bK5oO8sI3m")),
        ("From", "Havelberg Digital Karriere <HavelbergDigitalKarriere@havelbergdigital.onmicrosoft.com>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Terminbestätigung: Interview UX Research (Runde 1)")),
        ("Date", date("2026-09-23 10:12:22", B)),
        ("Message-ID", "<FR2P281MB2217A0B1C2D3E4F5A6B7C8D9E0F1@FR2P281MB2217.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-MS-Exchange-Organization-BookingsTenant", "havelbergdigital.onmicrosoft.com"),
        ("Content-Language", "de-DE"),
    ]
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(15), family="zoom", lang="de", interview=True, kind="scheduled",
      start="2026-09-24T14:00:00Z", contact="anna.berghofer@wuermtal-software.de", company="Würmtal Software AG",
      local="Thu 2026-09-24 16:00", zone=B,
      note="Recruiter pastes a German Zoom invitation: 'Uhrzeit: 24.Sept. 2026 04:00 PM Amsterdam, Berlin, "
           "Rom, Stockholm, Wien' (CEST, UTC+2) -> 14:00 UTC; 'ca. 45 Minuten' is approximate so no end; "
           "windows-1252; contact = sender")
def k15() -> bytes:
    body = t("""
        Hallo Frau Reinhardt,

        wie eben am Telefon besprochen – hier die Zugangsdaten für unser Gespräch am Donnerstag.
        Mit dabei ist neben mir unser Head of UX, Herr Florian Stadler. Wir planen ca. 45 Minuten.

        Anna Berghofer lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Interview UX Researcher – Paula Reinhardt
        Uhrzeit: 24.Sept. 2026 04:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://wuermtal.zoom.us/j/93051177420?pwd=Zk1xUXRvQ0FpS2dMbzRpcUFtZz09

        Meeting-ID: 930 5117 7420
        Kenncode: 418207

        ---

        Schnelleinwahl mobil
        +496950502596,,93051177420#,,,,*418207# Deutschland

        ---

        Viele Grüße aus Gräfelfing
        Anna Berghofer
        Talent Acquisition

        Würmtal Software AG | Lochhamer Schlag 21 | 82166 Gräfelfing bei München
        anna.berghofer@wuermtal-software.de | +49 89 85 66 31-14
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + body.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n")
            + "</div></body></html>\n")
    hs = [
        ("Received", mx("from mail.wuermtal-software.de (mail.wuermtal-software.de [62.157.140.33])",
                        "2026-09-21 11:30:48", B, "wS2aT6fL9d")),
        ("From", "Anna Berghofer <anna.berghofer@wuermtal-software.de>"),
        ("To", "'Paula Reinhardt' <paula.reinhardt@example.org>"),
        ("Subject", enc("Ihr Interview am Donnerstag – Zoom-Zugangsdaten", "windows-1252")),
        ("Date", date("2026-09-21 11:30:45", B)),
        ("Message-ID", "<001a01dd2ba3$5f7e2c10$1e7a8430$@wuermtal-software.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdsrozVa0Yc1kqIWTq2JxO5u7mH3bg=="),
        ("Content-Language", "de"),
    ]
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(16), family="groupware_ics", lang="de", interview=True, kind="scheduled",
      start="2026-12-11T08:30:00Z", contact="pohl@messestadt-software.de", company="Messestadt Software GmbH",
      local="Fri 2026-12-11 09:30", zone=B,
      note="Assistant's mail (iso-8859-1, 8bit) with an all-day groupware event (TERMIN.ICS, "
           "DTSTART;VALUE=DATE 20261211, sent as application/octet-stream): the start time is only in "
           "the text, 'Beginn ist um 9:30 Uhr' (CET, UTC+1) -> 08:30 UTC; no end; contact = sender")
def k16() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        im Auftrag von Herrn Dr. Kaufmann bestätige ich Ihnen den Termin für Ihr
        Vorstellungsgespräch am Freitag, dem 11.12.2026. Beginn ist um 9:30 Uhr, bitte melden
        Sie sich am Empfang in Haus B (Eingang Prager Straße). Anbei erhalten Sie den Termin für
        Ihren Kalender.

        Da es im Haus B noch keinen barrierefreien Zugang gibt, sagen Sie mir bitte kurz
        Bescheid, falls Sie den Aufzug in Haus A benötigen.

        Mit freundlichen Grüßen

        i.A. Claudia Pohl
        Assistenz der Geschäftsführung

        Messestadt Software GmbH
        Prager Straße 118
        04317 Leipzig
        Tel. 0341 2 41 77-0
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tobit.Software//David.fx Kalender//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:DAVID-20261203-142011-0047@messestadt-software.de
DTSTAMP:20261203T132011Z
DTSTART;VALUE=DATE:20261211
DTEND;VALUE=DATE:20261212
SUMMARY:Vorstellungsgespräch Messestadt Software (Fr. Reinhardt)
LOCATION:Messestadt Software GmbH\\, Haus B\\, Prager Straße 118\\, Leipzig
DESCRIPTION:Beginn 9:30 Uhr\\, Empfang Haus B
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from david.messestadt-software.de (david.messestadt-software.de [217.7.81.146])",
                        "2026-12-03 14:20:11", B, "dV7iD3fX0s")),
        ("From", "Claudia Pohl <pohl@messestadt-software.de>"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", "Ihr Vorstellungsgespräch am 11.12.2026".replace("ä", "ae")),
        ("Date", date("2026-12-03 14:20:11", B)),
        ("Message-ID", "<DAVID-20261203142011-0047-8831@messestadt-software.de>"),
        ("X-Mailer", "Tobit David.fx"),
    ]
    return message(hs, mixed(
        text(body, charset="iso-8859-1", cte="8bit"),
        calendar(ics, method=None, ctype="application/octet-stream", filename="TERMIN.ICS",
                 disposition="attachment", cte="base64", charset="iso-8859-1", name_param=True)))


# =========================================================================== positives: rescheduled


@mail(n(17), family="ashby", lang="en", interview=True, kind="rescheduled",
      start="2026-10-02T07:30:00Z", end="2026-10-02T08:30:00Z",
      contact="daniel.kessler@quellwerk.energy", company="Quellwerk Energy GmbH",
      local="Fri 2026-10-02 09:30", local_end="2026-10-02 10:30", zone=B,
      days=(("Wed", "2026-09-30"), ("Fri", "2026-10-02")),
      note="Ashby reschedule stating old (Wed 30 Sep 2:00 PM) and new time: Fri 2 Oct 9:30-10:30 AM CEST "
           "(UTC+2) -> 07:30-08:30 UTC; ICS SEQUENCE:1 at the new time; contact = human Reply-To")
def k17() -> bytes:
    body = t("""
        Hi Paula,

        Your interview for UX Researcher at Quellwerk has been rescheduled.

        Previously scheduled:
        ~~Wednesday, September 30, 2026, 2:00 PM - 3:00 PM CEST~~

        New time:
        Friday, October 2, 2026
        9:30 AM - 10:30 AM CEST (Europe/Berlin)

        Location: Google Meet - https://meet.google.com/qwe-nrgy-int

        You'll meet with:
          Daniel Kessler - Senior Recruiter
          Anouk Jansen - Product Design Manager

        An updated calendar invitation is attached. Questions? Just reply and it will reach
        Daniel Kessler.

        Thanks,
        Quellwerk Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Paula,</p>
        <p>Your interview for <b>UX Researcher</b> at Quellwerk has been rescheduled.</p>
        <p style="color:#888">Previously scheduled:<br><s>Wednesday, September 30, 2026, 2:00 PM - 3:00 PM CEST</s></p>
        <p><b>New time:</b><br>Friday, October 2, 2026<br>9:30 AM - 10:30 AM CEST (Europe/Berlin)</p>
        <p>Location: <a href="https://meet.google.com/qwe-nrgy-int">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>Daniel Kessler &mdash; Senior Recruiter<br>Anouk Jansen &mdash; Product Design Manager</p>
        <p>An updated calendar invitation is attached. Questions? Just reply and it will reach Daniel Kessler.</p>
        <p>Thanks,<br>Quellwerk Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ['Europe/Berlin']}
BEGIN:VEVENT
UID:4be20c71-8a3f-4d09-b6e2-91c0d7a5f318
DTSTAMP:20260928T142200Z
DTSTART;TZID=Europe/Berlin:20261002T093000
DTEND;TZID=Europe/Berlin:20261002T103000
SEQUENCE:1
SUMMARY:Quellwerk - UX Researcher Interview (Paula Reinhardt)
LOCATION:https://meet.google.com/qwe-nrgy-int
ORGANIZER;CN=Daniel Kessler:mailto:daniel.kessler@quellwerk.energy
ATTENDEE;CN=Paula Reinhardt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:paula.reinhardt@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from a48-95.smtp-out.amazonses.com (a48-95.smtp-out.amazonses.com [54.240.48.95])",
                        "2026-09-28 16:22:37", B, "aSh7yR3sQ5")),
        ("From", "Quellwerk <no-reply@ashbyhq.com>"),
        ("Reply-To", "Daniel Kessler <daniel.kessler@quellwerk.energy>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "Interview rescheduled: UX Researcher at Quellwerk"),
        ("Date", date("2026-09-28 16:22:31", B)),
        ("Message-ID", "<010701923f0e2a7d-3c2b9e84-5f61-4a0e-8d17-b2c6e0f9a143-000000@eu-west-1.amazonses.com>"),
    ]
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-11-16T13:30:00Z", contact="johanna.pichler@kahlenberg-digital.at", company="Kahlenberg Digital GmbH",
      local="Mon 2026-11-16 14:30", zone="Europe/Vienna", days=(("Thu", "2026-11-12"), ("Wed", "2026-11-04")),
      note="Austrian Outlook reply (windows-1252): moves the interview from Do 12.11. 10:00 (still in the "
           "quoted original) to 'Montag, 16. November, um 14:30 Uhr' Vienna time (CET, UTC+1) -> 13:30 UTC; "
           "no length for the new slot; contact = sender")
def k18() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        leider muss ich unser Gespräch am Donnerstag verschieben – unser Bereichsleiter,
        Herr Mag. Weninger, ist an diesem Tag kurzfristig bei einem Kunden in Linz.

        Wie soeben telefonisch besprochen, treffen wir uns stattdessen am Montag, 16. November,
        um 14:30 Uhr, wieder per Teams. Die aktualisierte Einladung schicke ich Ihnen gleich
        separat; der Link bleibt derselbe.

        Ich bitte um Ihr Verständnis und freue mich auf das Gespräch. Ein Eintritt wäre, wie
        besprochen, frühestens mit Jänner möglich – das passt für uns sehr gut.

        Mit besten Grüßen aus Wien
        Johanna Pichler

        Mag. Johanna Pichler
        People & Organisation
        Kahlenberg Digital GmbH
        Praterstraße 38/2/14, 1020 Wien
        T +43 1 890 31 77-25
        johanna.pichler@kahlenberg-digital.at

        Von: Pichler Johanna <johanna.pichler@kahlenberg-digital.at>
        Gesendet: Mittwoch, 4. November 2026 11:02
        An: Paula Reinhardt <paula.reinhardt@example.org>
        Betreff: Ihr Vorstellungsgespräch am 12. November

        Sehr geehrte Frau Reinhardt,

        vielen Dank für Ihre Bewerbung als Senior UX Researcher. Gerne bestätige ich Ihnen
        unser Gespräch am Donnerstag, 12. November 2026, von 10:00 bis 11:00 Uhr via
        Microsoft Teams. Die Einladung folgt separat.

        Mit besten Grüßen aus Wien
        Johanna Pichler
        """)
    hs = [
        ("Received", mx("from mail.kahlenberg-digital.at (mail.kahlenberg-digital.at [81.189.130.8])",
                        "2026-11-10 09:14:20", "Europe/Vienna", "kD4hG1lB7v")),
        ("From", "Pichler Johanna <johanna.pichler@kahlenberg-digital.at>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("AW: Ihr Vorstellungsgespräch am 12. November", "windows-1252")),
        ("Date", date("2026-11-10 09:14:17", "Europe/Vienna")),
        ("Message-ID", "<VI1P195MB0622D1C2B3A4F5E6D7C8B9A0F1E2@VI1P195MB0622.EURP195.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<VI1P195MB0622A9B8C7D6E5F4A3B2C1D0E9F8@VI1P195MB0622.EURP195.PROD.OUTLOOK.COM>"),
        ("References", "<VI1P195MB0622A9B8C7D6E5F4A3B2C1D0E9F8@VI1P195MB0622.EURP195.PROD.OUTLOOK.COM>"),
        ("Thread-Topic", enc("Ihr Vorstellungsgespräch am 12. November", "windows-1252")),
        ("Content-Language", "de-AT"),
    ]
    return message(hs, text(body, charset="windows-1252"))


@mail(n(19), family="google_calendar", lang="de", interview=True, kind="rescheduled",
      start="2026-10-27T14:00:00Z", end="2026-10-27T15:00:00Z",
      contact="mareike.franke@gohlis-games.de", company="Gohlis Games GmbH",
      local="Tue 2026-10-27 15:00", local_end="2026-10-27 16:00", zone=B, days=(("Fri", "2026-10-23"),),
      note="German Google Calendar 'Aktualisierte Einladung' sent Wed 21 Oct (CEST): moved from Fri 23 Oct "
           "to Tue 27 Oct 15:00-16:00, after the switch to CET (UTC+1) -> 14:00-15:00 UTC; ICS SEQUENCE:1; "
           "contact = organiser")
def k19() -> bytes:
    title = "Interview UX Research – Paula Reinhardt"
    body = t(f"""
        Diese Veranstaltung wurde geändert.

        {title}
        Geändert
        Dienstag, 27. Oktober 2026⋅15:00 – 16:00
        Mitteleuropäische Normalzeit - Berlin

        Mit Google Meet teilnehmen
        meet.google.com/ggs-tpqa-wkx

        Organisator
        Mareike Franke
        mareike.franke@gohlis-games.de

        Gäste
        Mareike Franke – Organisator
        Tim Berndt
        paula.reinhardt@example.org

        Hi Paula, wie eben am Telefon besprochen: Freitag (23.10.) klappt bei uns leider nicht
        mehr, Tim ist auf der Messe. Wir haben auf Dienstag nach der Zeitumstellung geschoben,
        gleiche Uhrzeit. Bis dann! Mareike

        Antworten für paula.reinhardt@example.org
        Ja https://calendar.google.com/calendar/event?action=RESPOND&eid=Z2dzX2ludGVydmlldw&rst=1&hl=de
        Nein https://calendar.google.com/calendar/event?action=RESPOND&eid=Z2dzX2ludGVydmlldw&rst=2&hl=de
        Vielleicht https://calendar.google.com/calendar/event?action=RESPOND&eid=Z2dzX2ludGVydmlldw&rst=3&hl=de

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    page = t(f"""
        <!doctype html><html><body><div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <div style="background:#fce8b2;padding:8px">Diese Veranstaltung wurde geändert.</div>
        <h2 style="font-weight:400">{title}</h2>
        <div><span style="color:#d93025;font-size:12px">Geändert</span><br>
        Dienstag, 27. Oktober 2026&sdot;15:00 &ndash; 16:00<br>Mitteleuropäische Normalzeit - Berlin</div>
        <p><a href="https://meet.google.com/ggs-tpqa-wkx">Mit Google Meet teilnehmen</a></p>
        <p><b>Organisator</b><br>Mareike Franke<br>mareike.franke@gohlis-games.de</p>
        <p><b>Gäste</b><br>Mareike Franke &ndash; Organisator<br>Tim Berndt<br>paula.reinhardt@example.org</p>
        <p>Hi Paula, wie eben am Telefon besprochen: Freitag (23.10.) klappt bei uns leider nicht mehr, Tim ist
        auf der Messe. Wir haben auf Dienstag nach der Zeitumstellung geschoben, gleiche Uhrzeit. Bis dann! Mareike</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ['Europe/Berlin']}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261027T150000
DTEND;TZID=Europe/Berlin:20261027T160000
DTSTAMP:20261021T100600Z
ORGANIZER;CN=Mareike Franke:mailto:mareike.franke@gohlis-games.de
UID:5kq2m0v7p9f1c3e6h8j0l2n4r6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mareike Franke;X-NUM-GUESTS=0:mailto:mareike.franke@gohlis-games.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tim Berndt;X-NUM-GUESTS=0:mailto:tim.berndt@gohlis-games.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=paula.reinhardt@example.org;X-NUM-GUESTS=0:mailto:paula.reinhardt@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/ggs-tpqa-wkx
CREATED:20261014T081530Z
DESCRIPTION:Hi Paula\\, wie eben am Telefon besprochen: Freitag (23.10.) klappt bei uns leider nicht mehr. Wir haben auf Dienstag nach der Zeitumstellung geschoben\\, gleiche Uhrzeit.
LAST-MODIFIED:20261021T100600Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:{title}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                        "2026-10-21 12:06:09", B, "gG8uPd4Ra2")),
        ("From", "Mareike Franke <mareike.franke@gohlis-games.de>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", "mareike.franke@gohlis-games.de"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", enc(f"Aktualisierte Einladung: {title} @ Di. 27. Okt. 2026 15:00 - 16:00 (MEZ) "
                        "(paula.reinhardt@example.org)")),
        ("Date", date("2026-10-21 12:06:09", B)),
        ("Message-ID", "<calendar-0b9e4f12-7c3a-4d58-a6e1-f2d0c8b7a954@google.com>"),
    ]
    return message(hs, mixed(
        alt(text(body, cte="base64"), html(page, cte="quoted-printable"), calendar(ics, cte="base64")),
        calendar(ics, method=None, ctype="application/ics", filename="invite.ics",
                 disposition="attachment", cte="base64", name_param=True)))


@mail(n(20), family="workable", lang="en", interview=True, kind="rescheduled",
      start="2026-12-03T14:30:00Z", end="2026-12-03T15:30:00Z",
      contact="joost.verbeek@brugwaterlabs.nl", company="Brugwater Labs B.V.",
      local="Thu 2026-12-03 15:30", local_end="2026-12-03 16:30", zone="Europe/Amsterdam",
      days=(("Tue", "2026-12-01"), ("Thu", "2026-12-03")),
      note="Workable mail moving the interview from Tue 1 Dec 11:00 to Thu 3 Dec 15:30-16:30 Amsterdam time "
           "(CET, UTC+1) -> 14:30-15:30 UTC; Reply-To is a Workable relay, contact = the recruiter's "
           "address in the signature")
def k20() -> bytes:
    body = t("""
        Hi Paula,

        Thanks for being flexible! As discussed on the phone, we've moved your interview with
        Femke and me from Tuesday, 1 December at 11:00 to:

            Thursday, 3 December 2026, 15:30 - 16:30 (Amsterdam time, CET)

        Same Google Meet link as before: https://meet.google.com/bwl-prdr-sch
        The updated invitation is attached.

        Talk soon,
        Joost

        Joost Verbeek
        Talent & People, Brugwater Labs B.V.
        Keizersgracht 241, 1016 EA Amsterdam
        joost.verbeek@brugwaterlabs.nl

        --
        Sent via Workable. Replies to this email are shared with the Brugwater Labs hiring team.
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-9d41c0e7a2@workable.com
DTSTAMP:20261127T094100Z
DTSTART:20261203T143000Z
DTEND:20261203T153000Z
SEQUENCE:1
SUMMARY:Interview: Paula Reinhardt - Product Researcher (Brugwater Labs)
LOCATION:https://meet.google.com/bwl-prdr-sch
ORGANIZER;CN=Brugwater Labs:mailto:brugwater-labs+c7a1e9d2@candidates.workablemail.com
ATTENDEE;CN=Paula Reinhardt;RSVP=TRUE:mailto:paula.reinhardt@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from mail-out.workablemail.com (mail-out.workablemail.com [50.31.52.174])",
                        "2026-11-27 10:41:33", "Europe/Amsterdam", "wK3bL5eM8n")),
        ("From", "Joost Verbeek - Brugwater Labs <brugwater-labs@candidates.workablemail.com>"),
        ("Reply-To", "brugwater-labs+c7a1e9d2@candidates.workablemail.com"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "Updated interview time - Product Researcher at Brugwater Labs"),
        ("Date", date("2026-11-27 10:41:30", "Europe/Amsterdam")),
        ("Message-ID", "<wk.0c8e1f2a7b3d4e59@candidates.workablemail.com>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(n(21), family="exchange", lang="de", interview=True, kind="cancelled",
      start="2026-10-08T09:00:00Z", end="2026-10-08T10:00:00Z",
      contact="thomas.krause@lindenauer-medien.de", company="Lindenauer Druck & Medien AG",
      local="Thu 2026-10-08 11:00", local_end="2026-10-08 12:00", zone=B,
      note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED, W. Europe Standard Time) of Do 08.10. "
           "11:00-12:00 CEST (UTC+2) -> 09:00-10:00 UTC; no new time ('wir melden uns'); contact = organiser")
def k21() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        leider müssen wir unser für Donnerstag, 8. Oktober, 11:00 Uhr geplantes Gespräch
        absagen – mir ist eine kurzfristige Vorstandssitzung dazwischengekommen, an der ich
        teilnehmen muss. Das tut mir sehr leid.

        Ich melde mich in den nächsten Tagen mit einem neuen Terminvorschlag bei Ihnen.

        Mit freundlichen Grüßen
        Thomas Krause
        Leiter Digitale Produkte
        Lindenauer Druck & Medien AG
        Merseburger Straße 140, 04177 Leipzig
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div class=\"WordSection1\">\n"
            + "".join(f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}<o:p></o:p></p>\n"
                      for p in body.strip().split("\n\n"))
            + "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['W. Europe Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN="Krause, Thomas":mailto:Thomas.Krause@lindenauer-medien.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Paula Reinhardt:mailto:paula.reinhardt@example.org
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch UX Researcher – Frau Reinhardt
DTSTART;TZID=W. Europe Standard Time:20261008T110000
DTEND;TZID=W. Europe Standard Time:20261008T120000
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261005T065700Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Besprechungsraum Plagwitz (EG)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from mail.lindenauer-medien.de (mail.lindenauer-medien.de [195.37.12.60])",
                        "2026-10-05 08:57:44", B, "lM2eD9iA6u")),
        ("From", '"Krause, Thomas" <Thomas.Krause@lindenauer-medien.de>'),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Abgesagt: Vorstellungsgespräch UX Researcher – Frau Reinhardt")),
        ("Thread-Topic", enc("Vorstellungsgespräch UX Researcher – Frau Reinhardt")),
        ("Thread-Index", "AdtAoP3n1zK8e0QmR2uV5yWq7sTfCg=="),
        ("Date", date("2026-10-05 08:57:40", B)),
        ("Message-ID", "<2c7f0a9e41b84d3c9e5a6b1d0f2e3c4a@EXCH02.lindenauer-medien.local>"),
        ("Importance", "high"),
        ("Content-Language", "de-DE"),
    ]
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      start="2026-11-25T14:00:00Z", contact="hannah@kestrellane.studio", company="Kestrel Lane Studio",
      local="Wed 2026-11-25 14:00", zone="Europe/London",
      note="Phone-written cancellation from a London studio (role frozen, no new time): 'Wednesday's "
           "interview (2pm UK / 3pm yours)' resolved against Mon 23 Nov -> Wed 25 Nov 14:00 GMT = 14:00 UTC; "
           "the quoted thread repeats the slot; contact = sender")
def k22() -> bytes:
    body = t("""
        Hi Paula,

        really sorry to do this so late, but I have to cancel Wednesday's interview (2pm UK /
        3pm yours). The client project this role was tied to got paused this afternoon and
        we've frozen the hire until at least the new year. I dont want to waste your time on an
        interview for a role that might not exist in a month.

        I'll absolutely get in touch if it reopens - and if you're ok with it I'd love to pass
        your details to a couple of friends at other studios.

        Sorry again, and thanks for being so easy to work with.
        Hannah

        Sent from my iPhone

        > On 18 Nov 2026, at 11:05, Paula Reinhardt <paula.reinhardt@example.org> wrote:
        >
        > Hi Hannah,
        >
        > Wednesday 25th at 2pm UK time works perfectly, thank you! I'll use the Whereby link
        > from your last mail.
        >
        > Best,
        > Paula
        """)
    hs = [
        ("Received", mx("from mail-wr1-f44.google.com (mail-wr1-f44.google.com [209.85.221.44])",
                        "2026-11-23 18:20:52", "Europe/London", "hW6kL0sT2y")),
        ("From", "Hannah Whitlock <hannah@kestrellane.studio>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "Re: Interview at Kestrel Lane"),
        ("Date", date("2026-11-23 18:20:49", "Europe/London")),
        ("Message-ID", "<7D0C4B12-3E9A-4F58-B6A1-9C2E8D7F0A43@kestrellane.studio>"),
        ("In-Reply-To", "<c2a7e8f1-paula-kestrel@example.org>"),
        ("References", "<CAH3kL0q9w@mail.gmail.com> <c2a7e8f1-paula-kestrel@example.org>"),
        ("X-Mailer", "iPhone Mail (22B83)"),
    ]
    return message(hs, text(body))


@mail(n(23), family="taleo", lang="en", interview=True, kind="cancelled",
      start="2026-12-08T10:00:00Z", contact="michael.sommer@nymphenburg-dx.com", company="Nymphenburg Diagnostics AG",
      local="Tue 2026-12-08 11:00", zone=B, days=(("Mon", "2026-12-14"), ("Tue", "2026-12-15")),
      note="Taleo cancellation of Dec 8, 2026 11:00 AM (GMT+01:00) Europe/Berlin = 10:00 UTC; alternative "
           "dates (14/15 Dec) are only proposed, nothing new is fixed -> cancelled; contact = recruiter "
           "address in the body")
def k23() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#000">
        <table width="640" cellpadding="0" cellspacing="0"><tr><td>
        <img src="https://nymphenburgdx.taleo.net/careersection/theme/1/logo.png" alt="Nymphenburg Diagnostics AG"><br><br>
        <p>Dear Paula Reinhardt,</p>
        <p>We regret to inform you that the following interview has been <b>cancelled</b> due to an unforeseen
        conflict in the interview panel's schedule:</p>
        <table cellpadding="3" style="font-size:13px">
        <tr><td>Requisition:</td><td>UX Researcher, Digital Health (2600341)</td></tr>
        <tr><td>Interview Date:</td><td>Dec 8, 2026</td></tr>
        <tr><td>Interview Time:</td><td>11:00 AM (GMT+01:00) Europe/Berlin</td></tr>
        <tr><td>Location:</td><td>Nymphenburg Diagnostics AG, Wotanstrasse 88, 80639 Munich</td></tr>
        </table>
        <p>Please accept our apologies for any inconvenience. Your recruiter, Michael Sommer
        (<a href="mailto:michael.sommer@nymphenburg-dx.com">michael.sommer@nymphenburg-dx.com</a>), will contact you
        shortly to find a new date. The panel is currently available on Monday, December 14 or Tuesday,
        December 15; please let Michael know which day would suit you.</p>
        <p>Your application remains active.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Nymphenburg Diagnostics AG</p>
        <p style="font-size:10px;color:#666">This message was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    hs = [
        ("Received", mx("from smtp-out-eu.taleo.net (smtp-out-eu.taleo.net [160.34.20.17])",
                        "2026-12-03 15:07:12", B, "tL9oE4cN1j")),
        ("From", "Nymphenburg Diagnostics AG <noreply@taleo.net>"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", "Interview Cancellation - UX Researcher, Digital Health (2600341)"),
        ("Date", date("2026-12-03 15:07:08", B)),
        ("Message-ID", "<1949023117.88412.1796306828113.JavaMail.taleo@tlo-eu-app07>"),
    ]
    return message(hs, html(page, charset="iso-8859-1"))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="en", interview=False, company="Cobbleway Ltd",
      days=(("Tue", "2026-09-22"),),
      note="Lever rejection after an interview held on Tuesday 22 September; mentions the past interview, "
           "confirms nothing upcoming")
def k24() -> bytes:
    body = t("""
        Hi Paula,

        Thank you so much for taking the time to interview with us on Tuesday, 22 September,
        and for walking us through your research on the municipal service app. The team really
        enjoyed the conversation.

        After a lot of discussion we have decided to move forward with a candidate whose
        experience in B2B payments is a closer match for this particular role. This was a
        difficult decision, and it is no reflection on the quality of your work.

        We'd love to keep in touch - if a research role opens up that fits your background, we
        will reach out.

        All the best with your search,
        The Cobbleway Talent Team
        """)
    hs = [
        ("Received", mx("from mail-a.hire.lever.co (mail-a.hire.lever.co [54.149.180.63])",
                        "2026-09-25 16:02:11", "Europe/London", "lV0rR4jE9c")),
        ("From", "Cobbleway <no-reply@hire.lever.co>"),
        ("Reply-To", "Cobbleway Talent <talent@cobbleway.co.uk>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "Your application to Cobbleway - UX Researcher"),
        ("Date", date("2026-09-25 16:02:08", "Europe/London")),
        ("Message-ID", "<lever-5e0c1b2a-7f3d-4a9e-8c6b-d1e2f3a4b5c6@hire.lever.co>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(25), family="offer", lang="de", interview=False, company="Kiezkompass",
      days=(("Fri", "2026-10-02"),),
      note="Startup offer (du) after the interview in the same thread; mentions a reply deadline and an "
           "optional call 'wann immer es dir passt', no fixed appointment")
def k25() -> bytes:
    body = t("""
        Hey Paula,

        lange Rede, kurzer Sinn: Wir würden dich wahnsinnig gern bei Kiezkompass an Bord haben! 🙌

        Das Angebot in Kurzform:
        - UX Researcher (Vollzeit, 38 h), unbefristet
        - 58.000 € brutto/Jahr + 0,3 % virtuelle Anteile (Details im Vertrag)
        - Start 1. November oder 1. Dezember, wie es dir lieber ist
        - 2 Tage Remote pro Woche, Rest bei uns in der Spinnerei

        Den Vertragsentwurf schickt dir Carla gleich separat über DocuSign. Magst du mir bis
        Freitag, 2. Oktober Bescheid geben? Wenn du vorher Fragen hast, ruf mich einfach an,
        wann immer es dir passt – 0176 4419 2208.

        Wir drücken uns selbst die Daumen :)
        Jonas
        """)
    hs = [
        ("Received", mx("from smtp.kiezkompass.de (smtp.kiezkompass.de [85.13.150.22])",
                        "2026-09-24 18:40:07", B, "Kz5oF2fE1r")),
        ("From", "Jonas Wendt <jonas@kiezkompass.de>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Dein Angebot von Kiezkompass 🎉")),
        ("Date", date("2026-09-24 18:40:03", B)),
        ("Message-ID", "<F0E1D2C3-B4A5-4968-8776-5A4B3C2D1E0F@kiezkompass.de>"),
        ("In-Reply-To", "<A41C2F0E-77D3-4B7E-8D0C-2E91B6F5C3A8@kiezkompass.de>"),
        ("References", "<A41C2F0E-77D3-4B7E-8D0C-2E91B6F5C3A8@kiezkompass.de>"),
        ("X-Mailer", "Apple Mail (2.3826.300.87)"),
    ]
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@mail(n(26), family="application_ack", lang="en", interview=False, company="Tulpenveld B.V.",
      note="Recruitee application receipt; 'we'll invite you for a first interview' is conditional")
def k26() -> bytes:
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2e3a46;background:#f5f7fa">
        <div style="max-width:580px;margin:24px auto;background:#fff;padding:28px">
        <p>Hi Paula,</p>
        <p>Thank you for applying for the <b>Senior UX Researcher (Remote EU)</b> position at Tulpenveld!</p>
        <p>We've received your application and our team will review it carefully within the next two weeks.
        If your profile matches what we're looking for, we'll invite you for a first interview with our
        research lead. Either way, you'll hear from us.</p>
        <p>In the meantime, get to know us a bit better on our
        <a href="https://tulpenveld.recruitee.com/">careers page</a>.</p>
        <p>Warm regards,<br>The Tulpenveld team</p>
        <p style="font-size:11px;color:#98a2ad">Tulpenveld B.V. &middot; Westerdok 9 &middot; 1013 BH Amsterdam<br>
        You received this email because you applied via our careers site. Powered by Recruitee.</p>
        </div></body></html>
        """)
    body = t("""
        Hi Paula,

        Thank you for applying for the Senior UX Researcher (Remote EU) position at Tulpenveld!

        We've received your application and our team will review it carefully within the next two
        weeks. If your profile matches what we're looking for, we'll invite you for a first
        interview with our research lead. Either way, you'll hear from us.

        Warm regards,
        The Tulpenveld team

        Tulpenveld B.V. - Westerdok 9 - 1013 BH Amsterdam
        Powered by Recruitee.
        """)
    hs = [
        ("Received", mx("from mail.recruitee.com (mail.recruitee.com [52.57.102.6])",
                        "2026-10-12 09:03:41", "Europe/Amsterdam", "rC2tE8eQ4w")),
        ("From", "Tulpenveld <noreply@mail.recruitee.com>"),
        ("Reply-To", "Tulpenveld <jobs@tulpenveld.nl>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "We received your application - Senior UX Researcher (Remote EU)"),
        ("Date", date("2026-10-12 09:03:37", "Europe/Amsterdam")),
        ("Message-ID", "<recruitee-candidate-7712093-ack@mail.recruitee.com>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="base64")))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert (fictional 'Jobfuchs'); 'Vorstellungsgespräch innerhalb von 48 Stunden' "
           "badges are marketing, nothing is confirmed")
def k27() -> bytes:
    jobs = [
        ("UX Researcher (m/w/d)", "Gohlis Games GmbH", "Leipzig", "vor 1 Tag",
         "Schnelle Rückmeldung – Vorstellungsgespräch innerhalb von 48 Stunden", "4410871"),
        ("Senior User Researcher (all genders)", "Saalebogen Health GmbH", "Halle (Saale)", "vor 2 Tagen", "",
         "4409315"),
        ("UX Research & Design Lead", "Elster Mobility AG", "Leipzig / hybrid", "vor 3 Tagen",
         "Interviews finden bereits statt", "4407702"),
        ("Usability Engineer Medizintechnik", "Pleißemed GmbH", "Markkleeberg", "vor 4 Tagen", "", "4406158"),
        ("Product Researcher (remote)", "Ostwind Energy Software", "Remote (DE)", "vor 5 Tagen", "", "4404990"),
    ]
    lines = []
    for title, firm, place, age, badge, jid in jobs:
        lines.append(f"{title}\n{firm} · {place} · {age}" + (f"\n★ {badge}" if badge else "")
                     + f"\nhttps://www.jobfuchs.example/job/{jid}\n")
    body = ("Hallo Paula,\n\nwir haben 14 neue Jobs für deine Suche „UX Researcher“ in Leipzig + 50 km "
            "gefunden. Hier sind die 5 besten Treffer:\n\n" + "\n".join(lines)
            + "\nAlle 14 Jobs ansehen: https://www.jobfuchs.example/suche/ux-researcher-leipzig\n\n"
            "Du erhältst diese E-Mail, weil du einen Job-Alarm angelegt hast. "
            "Job-Alarm bearbeiten oder abbestellen: https://www.jobfuchs.example/alarm/8831204\n\n"
            "Jobfuchs GmbH · Karl-Liebknecht-Straße 9 · 04107 Leipzig\n")
    rows = "".join(
        f"<tr><td style=\"padding:12px 0;border-bottom:1px solid #eee\"><a href=\"https://www.jobfuchs.example/job/{jid}\" "
        f"style=\"font-size:16px;color:#d9480f;text-decoration:none\"><b>{title}</b></a><br>"
        f"<span style=\"color:#555\">{firm} &middot; {place} &middot; {age}</span>"
        + (f"<br><span style=\"background:#fff3bf;font-size:12px;padding:2px 6px\">&#9733; {badge}</span>" if badge else "")
        + "</td></tr>\n" for title, firm, place, age, badge, jid in jobs)
    page = ("<html><body style=\"font-family:Arial,sans-serif;background:#fafafa\">\n"
            "<table width=\"600\" align=\"center\" style=\"background:#fff;padding:20px\">\n"
            "<tr><td><img src=\"https://www.jobfuchs.example/img/logo.png\" alt=\"Jobfuchs\" width=\"120\"></td></tr>\n"
            "<tr><td><p>Hallo Paula,</p><p>wir haben <b>14 neue Jobs</b> für deine Suche &bdquo;UX Researcher&ldquo; "
            "in Leipzig + 50 km gefunden.</p></td></tr>\n" + rows
            + "<tr><td style=\"padding-top:16px\"><a href=\"https://www.jobfuchs.example/suche/ux-researcher-leipzig\">"
            "Alle 14 Jobs ansehen</a></td></tr>\n"
            "<tr><td style=\"font-size:11px;color:#999;padding-top:20px\">Du erhältst diese E-Mail, weil du einen "
            "Job-Alarm angelegt hast. <a href=\"https://www.jobfuchs.example/alarm/8831204\">Abbestellen</a><br>"
            "Jobfuchs GmbH &middot; Karl-Liebknecht-Straße 9 &middot; 04107 Leipzig</td></tr>\n"
            "</table></body></html>\n")
    hs = [
        ("Received", mx("from mta-07.jobfuchs.example (mta-07.jobfuchs.example [198.51.100.37])",
                        "2026-10-20 07:00:12", B, "jF4uC8hS2a")),
        ("From", "Jobfuchs Job-Alarm <alarm@jobfuchs.example>"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", enc("14 neue Jobs für „UX Researcher“ in Leipzig + 50 km")),
        ("Date", date("2026-10-20 07:00:05", B)),
        ("Message-ID", "<alarm.8831204.20261020@jobfuchs.example>"),
        ("List-Unsubscribe", "<https://www.jobfuchs.example/alarm/8831204/abbestellen>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(28), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-15"), ("Wed", "2026-10-14")),
      note="Career newsletter about portfolio interviews; quotes a sample confirmation ('Donnerstag, "
           "15. Oktober um 14:00 Uhr') as an example and announces a live Q&A; nothing for the reader")
def k28() -> bytes:
    body = t("""
        UX-Karrierebrief #37 · Oktober 2026

        Das Portfolio-Interview: So bereitest du dich vor

        Hallo Paula,

        die Einladung ist da, der Termin steht – und jetzt? In dieser Ausgabe geht es um die
        gefürchtetste Runde im Bewerbungsprozess für Researcher: das Portfolio-Interview.

        1. Lies die Einladung genau.
        Eine typische Bestätigung sieht etwa so aus: »Wir freuen uns, Sie am Donnerstag,
        15. Oktober um 14:00 Uhr zum Vorstellungsgespräch begrüßen zu dürfen. Bitte planen Sie
        90 Minuten ein.« Steht da nichts zur Dauer, frag nach – es macht einen Unterschied, ob
        du 20 oder 45 Minuten für deine Case Study hast.

        2. Eine Geschichte, nicht zehn.
        Wähle ein Projekt, bei dem deine Forschung eine Entscheidung verändert hat.

        3. Zeig die Methode, nicht nur das Ergebnis.
        Recruiter wollen sehen, warum du dich für Interviews statt einer Umfrage entschieden hast.

        4. Bereite Rückfragen vor.
        "Wie kommen Research-Ergebnisse bei euch in die Roadmap?" verrät viel über die Reife
        des Teams.

        LIVE-Q&A: Am Mittwoch, 14. Oktober um 19 Uhr beantworten wir eure Fragen zum
        Portfolio-Interview live auf unserem Discord. Keine Anmeldung nötig.

        Bis zum nächsten Brief!
        Nele vom UX-Karrierebrief

        --
        Du bekommst diesen Newsletter, weil du dich auf ux-karrierebrief.example angemeldet hast.
        Abmelden: https://ux-karrierebrief.example/abmelden?id=p.reinhardt
        """)
    page = ("<html><body style=\"font-family:Georgia,serif;font-size:16px;line-height:1.55;max-width:620px;margin:auto\">\n"
            + "".join(f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in body.split("\n\n"))
            + "</body></html>\n")
    hs = [
        ("Received", mx("from mail180-12.suw21.mcsv.net (mail180-12.suw21.mcsv.net [198.2.180.12])",
                        "2026-10-11 08:00:31", B, "nL3wS7tB5e")),
        ("From", "UX-Karrierebrief <nele@ux-karrierebrief.example>"),
        ("To", "Paula <paula.reinhardt@example.org>"),
        ("Subject", enc("#37 Das Portfolio-Interview: So bereitest du dich vor")),
        ("Date", date("2026-10-11 08:00:24", B)),
        ("Message-ID", "<7a1c2e0b9d3f4e58a6b7c8d9.20261011080024@mail180-12.suw21.mcsv.net>"),
        ("List-Unsubscribe", "<https://ux-karrierebrief.example/abmelden?id=p.reinhardt>"),
        ("List-Id", "UX-Karrierebrief <ux-karrierebrief.list-id.mcsv.net>"),
        ("Precedence", "bulk"),
    ]
    return message(hs, alt(text(body), html(page)))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Aldwych Insurance Group",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="iCIMS self-scheduling request: lists open slots and asks the candidate to pick one; no time "
           "is booked yet")
def k29() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Dear Paula,</p>
        <p>Thank you for your interest in the <b>UX Researcher (Remote, UK/EU)</b> role at Aldwych Insurance Group.
        We would like to invite you to a first interview with our Customer Insights team.</p>
        <p><b>Action required:</b> please use the link below to choose a time that works for you. Slots are
        allocated on a first-come, first-served basis.</p>
        <p style="margin:20px 0"><a href="https://careers-aldwych.icims.com/jobs/4471/ux-researcher/candidate/schedule?hashed=-1288631"
        style="background:#003b71;color:#fff;padding:10px 18px;text-decoration:none">Schedule my interview</a></p>
        <p>Currently available (UK time):<br>
        Tuesday 13 October: 10:00, 11:30, 14:00<br>
        Wednesday 14 October: 09:30, 15:00</p>
        <p>Each interview lasts 45 minutes and takes place on Microsoft Teams. If none of these times suit you,
        please reply to this email and we will find an alternative.</p>
        <p>Kind regards,<br>Talent Acquisition Team<br>Aldwych Insurance Group</p>
        <p style="font-size:11px;color:#777">This email was sent by iCIMS on behalf of Aldwych Insurance Group plc,
        1 Aldwych Yard, London WC2B 4AA.</p>
        </body></html>
        """)
    hs = [
        ("Received", mx("from mail2.icims.com (mail2.icims.com [208.80.108.44])",
                        "2026-10-07 14:30:19", "Europe/London", "iC5mS1aR9t")),
        ("From", "Aldwych Insurance Group <noreply@talent.icims.com>"),
        ("Reply-To", "Aldwych Talent Acquisition <careers@aldwych-group.co.uk>"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", "Action Required: Schedule your interview - UX Researcher (Remote, UK/EU)"),
        ("Date", date("2026-10-07 14:30:15", "Europe/London")),
        ("Message-ID", "<icims.4471.88213390.1791293415@talent.icims.com>"),
    ]
    return message(hs, html(page, cte="quoted-printable"))


@mail(n(30), family="recruiter_outreach", lang="de", interview=False, company="Limmat Talent Partners AG",
      note="Swiss headhunter outreach (Swiss spelling, 'Grüezi', no ß) for a Munich client; asks for a "
           "call and time windows, nothing fixed")
def k30() -> bytes:
    body = t("""
        Grüezi Frau Reinhardt

        Ich bin über Ihr Profil und Ihren Vortrag an der UX Research Konferenz in Leipzig auf Sie
        aufmerksam geworden und melde mich im Auftrag eines unserer Kunden, eines
        Medizintechnik-Unternehmens mit Sitz in München.

        Gesucht wird eine erfahrene Persönlichkeit als «Lead UX Researcher», die das noch junge
        Research-Team aufbaut. Remote-Anteil bis 60 %, gelegentliche Reisen nach München und
        an den Entwicklungsstandort in Zug.

        Hätten Sie nächste Woche Zeit für ein kurzes, unverbindliches Telefonat? Schlagen Sie mir
        gerne zwei, drei Zeitfenster vor - am Dienstag und Donnerstag bin ich nachmittags flexibel.

        Freundliche Grüsse

        Reto Hürlimann
        Partner

        Limmat Talent Partners AG
        Seefeldstrasse 62 | 8008 Zürich
        +41 44 512 38 90 | reto.huerlimann@limmat-talent.ch
        """)
    hs = [
        ("Received", mx("from mail.limmat-talent.ch (mail.limmat-talent.ch [185.17.70.21])",
                        "2026-09-08 10:15:40", "Europe/Zurich", "lT8pR2hZ6g")),
        ("From", addr("Reto Hürlimann", "reto.huerlimann@limmat-talent.ch")),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", enc("Lead UX Researcher (Medizintechnik, München) – vertrauliche Anfrage")),
        ("Date", date("2026-09-08 10:15:37", "Europe/Zurich")),
        ("Message-ID", "<ZR0P278MB0714B5C6D7E8F9A0B1C2D3E4F5A6@ZR0P278MB0714.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
    ]
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(31), family="proposed_not_confirmed", lang="en", interview=False, company="Grachtwerk B.V.",
      days=(("Thu", "2026-11-05"), ("Fri", "2026-11-06")),
      note="Recruiter proposes two slots (Thu 5 Nov 16:00 or Fri 6 Nov 10:00 Amsterdam) and says the "
           "official confirmation will follow; nothing confirmed in this mail (the confirmation is a "
           "later mail in this set)")
def k31() -> bytes:
    body = t("""
        Hi Paula,

        Great news - Bram and the research team loved your take-home, and they'd like to meet you
        for the next round (45 minutes, video call).

        Would either of these work for you?

          - Thursday 5 November at 16:00
          - Friday 6 November at 10:00

        Both are Amsterdam time, which is the same as yours in Leipzig. Once you've picked one I'll
        book it and you'll get the official confirmation and invite through SmartRecruiters.

        Hartelijke groet,
        Sanne

        Sanne de Vries | Recruiter | Grachtwerk B.V.
        Herengracht 420, 1017 BZ Amsterdam
        """)
    hs = [
        ("Received", mx("from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])",
                        "2026-10-27 13:10:26", "Europe/Amsterdam", "gW7sN3dV1p")),
        ("From", "Sanne de Vries <sanne.devries@grachtwerk.nl>"),
        ("To", "Paula Reinhardt <paula.r@example.net>"),
        ("CC", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "Next step: interview with the research team"),
        ("Date", date("2026-10-27 13:10:22", "Europe/Amsterdam")),
        ("Message-ID", "<CAG8z0RfK3qk1p2Ny7Wq9sTd4vXb6uZe3hJ5mL8nP0oQ2rS7tU@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(32), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-19"),),
      note="Doctor's appointment confirmation via a booking platform (fictional 'TerminPilot') with ICS: "
           "a confirmed time, but a medical check-up, not an interview")
def k32() -> bytes:
    body = t("""
        Hallo Paula Reinhardt,

        Ihr Termin ist bestätigt.

        Hausarztpraxis Dr. med. Ulrike Sommerfeld
        Georg-Schumann-Straße 86, 04155 Leipzig (Gohlis)

        Montag, 19. Oktober 2026 um 08:40 Uhr
        Grund: Gesundheits-Check-up

        Bitte bringen Sie Ihre Gesundheitskarte mit und kommen Sie nüchtern (Blutabnahme).
        Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens 24 Stunden
        vorher ab: https://www.terminpilot.example/termine/73a1f0

        Ihr TerminPilot-Team
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TerminPilot//Buchung//DE
METHOD:PUBLISH
{VTZ['Europe/Berlin']}
BEGIN:VEVENT
UID:tp-73a1f0@terminpilot.example
DTSTAMP:20261014T172200Z
DTSTART;TZID=Europe/Berlin:20261019T084000
DTEND;TZID=Europe/Berlin:20261019T090000
SUMMARY:Arzttermin: Dr. med. Ulrike Sommerfeld (Check-up)
LOCATION:Georg-Schumann-Straße 86\\, 04155 Leipzig
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from mail.terminpilot.example (mail.terminpilot.example [198.51.100.120])",
                        "2026-10-14 19:22:05", B, "tP1lO6tR3d")),
        ("From", "TerminPilot <no-reply@terminpilot.example>"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", enc("Terminbestätigung: Dr. med. Ulrike Sommerfeld am 19.10.2026, 08:40 Uhr")),
        ("Date", date("2026-10-14 19:22:01", B)),
        ("Message-ID", "<booking-73a1f0-confirm@terminpilot.example>"),
    ]
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="termin.ics",
                                                     disposition="attachment", cte="quoted-printable")))


@mail(n(33), family="non_interview_appointment", lang="de", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Flat viewing confirmed by a property manager (Samstag 12.09. 10:30); a fixed time, not an "
           "interview; 'Bescheid der Agentur für Arbeit' as proof of income is a job-seeker detail")
def k33() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Könneritzstraße 51
        (Leipzig-Schleußig, 2. OG links, 78 m²).

        Hiermit bestätige ich Ihnen den Besichtigungstermin am Samstag, 12.09.2026, um 10:30 Uhr.
        Treffpunkt ist vor dem Hauseingang; ich bin ca. 10 Minuten vorher vor Ort.

        Bitte bringen Sie zur Besichtigung folgende Unterlagen mit:
        - ausgefüllte Mieterselbstauskunft (Formular im Anhang)
        - SCHUFA-Bonitätsauskunft (nicht älter als 3 Monate)
        - Einkommensnachweise der letzten 3 Monate bzw. Bescheid der Agentur für Arbeit
        - Kopie des Personalausweises

        Mit freundlichen Grüßen

        Doreen Schirmer
        Vermietung

        Hausverwaltung Auenland GmbH
        Karl-Heine-Straße 22, 04229 Leipzig
        Tel. 0341 49 27 61-3
        """)
    hs = [
        ("Received", mx("from mail.hv-auenland.example (mail.hv-auenland.example [198.51.100.8])",
                        "2026-09-09 15:44:27", B, "hA2vU5eN8l")),
        ("From", "Doreen Schirmer <schirmer@hv-auenland.example>"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", enc("Besichtigungstermin Könneritzstraße 51, 2. OG links", "iso-8859-15")),
        ("Date", date("2026-09-09 15:44:23", B)),
        ("Message-ID", "<000c01dd20c5$8a9b0c10$9fd12430$@hv-auenland.example>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(34), family="non_interview_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Car-service appointment (tyre change, Mittwoch 04.11. 07:30) with a Saxon sign-off from the "
           "service adviser; fixed time, not an interview")
def k34() -> bytes:
    body = t("""
        Guten Tag Frau Reinhardt,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Fahrzeug:      VW Golf Variant, L-PR 4711
        Termin:        Mittwoch, 04.11.2026, 07:30 Uhr (Fahrzeugannahme)
        Leistungen:    Räderwechsel auf Winterräder inkl. Einlagerung, Sichtprüfung Bremsen
        Abholung:      voraussichtlich ab 11:00 Uhr

        Ihre Winterräder liegen bei uns eingelagert bereit (Lagerplatz C-117).

        Nu, dann bis Mittwoch früh! Der Kaffee steht wie immer im Kundenbereich.

        Ihr Serviceberater
        Ronny Fiedler

        Autohaus Pleißental GmbH
        Bornaische Straße 210, 04279 Leipzig
        Service: 0341 33 28 90-20
        """)
    hs = [
        ("Received", mx("from smtp.autohaus-pleissental.example (smtp.autohaus-pleissental.example [198.51.100.77])",
                        "2026-10-29 11:12:40", B, "aP6hS2tR0i")),
        ("From", "Autohaus Pleissental Service <service@autohaus-pleissental.example>"),
        ("To", "paula.reinhardt@example.org"),
        ("Subject", "Ihr Werkstatttermin am 04.11.2026 - Auftrag 26-11873"),
        ("Date", date("2026-10-29 11:12:36", B)),
        ("Message-ID", "<dms.auftrag.26-11873.1793268756@autohaus-pleissental.example>"),
    ]
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(35), family="non_interview_appointment", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Kita parent-teacher talk ('Entwicklungsgespräch', Di 10.11. 16:15) confirmed by the teacher; "
           "a fixed 'Gespräch', not a job interview")
def k35() -> bytes:
    body = t("""
        Liebe Frau Reinhardt,

        danke für die schnelle Antwort! Dann halten wir das Entwicklungsgespräch für Emil am
        Dienstag, 10. November, um 16:15 Uhr fest. Wir sitzen im Elternzimmer im Erdgeschoss,
        wir brauchen etwa 30-40 Minuten.

        Emil kann während des Gesprächs gern noch in seiner Gruppe bleiben.

        Liebe Grüße
        Anke Winkler
        Kita Pusteblume, Gruppe "Füchse"
        """)
    hs = [
        ("Received", mx("from mout.gmx.net (mout.gmx.net [212.227.17.21])",
                        "2026-11-03 13:05:58", B, "kP9uS3tE1b")),
        ("From", "Anke Winkler <a.winkler@kita-pusteblume.example>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Re: Entwicklungsgespräch Emil")),
        ("Date", date("2026-11-03 13:05:54", B)),
        ("Message-ID", "<trinity-4f1a2b3c-5d6e-7f80-9a1b-2c3d4e5f6a7b-1793714754@3c-app-gmx-bs21>"),
        ("In-Reply-To", "<d9c3f2e1-paula-kita@example.org>"),
    ]
    return message(hs, text(body, cte="8bit"))


@mail(n(36), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Exchange meeting request (W. Europe Standard Time) from Paula's current employer for the team "
           "Christmas party on Thu 10 Dec 18:30-23:00; confirmed time, not an interview")
def k36() -> bytes:
    body = t("""
        Hallo ihr Lieben,

        es ist wieder so weit: Unsere Weihnachtsfeier Research & Design findet dieses Jahr im
        Felsenkeller statt (Separee im 1. OG). Ich schicke die Einladung auch an eure privaten
        Adressen, weil einige von euch im Dezember schon nicht mehr bei uns sind – Paula, du
        gehörst natürlich trotzdem dazu!

        Essen und die ersten zwei Getränke gehen aufs Haus. Wichtelgeschenke bitte bis max. 10 €.

        Bitte sagt bis 1.12. zu oder ab, damit ich die Plätze bestätigen kann.

        Liebe Grüße
        Kai

        Kai Sommer
        Team Lead Research & Design | Wolkenwerk GmbH
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ['W. Europe Standard Time']}
BEGIN:VEVENT
ORGANIZER;CN="Sommer, Kai":mailto:kai.sommer@wolkenwerk.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Paula Reinhardt:mailto:paula.reinhardt@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Team Research & Design":mailto:research-design@wolkenwerk.example
SUMMARY;LANGUAGE=de-DE:Weihnachtsfeier Research & Design 🎄
DTSTART;TZID=W. Europe Standard Time:20261210T183000
DTEND;TZID=W. Europe Standard Time:20261210T230000
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261130T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Felsenkeller Leipzig\\, Karl-Heine-Straße 32
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2130.outbound."
                        "protection.outlook.com [40.107.20.130])", "2026-11-30 10:15:08", B, "wW4kF7eR2s")),
        ("From", '"Sommer, Kai" <kai.sommer@wolkenwerk.example>'),
        ("To", "Team Research & Design <research-design@wolkenwerk.example>"),
        ("CC", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Weihnachtsfeier Research & Design 🎄")),
        ("Date", date("2026-11-30 10:15:04", B)),
        ("Message-ID", "<DB8PR05MB6170F1E2D3C4B5A69788A1B2C3D4@DB8PR05MB6170.eurprd05.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(n(37), family="marketing_webinar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Webinar registration 'Souverän im Vorstellungsgespräch' (Do 22.10. 18:00-19:30) with ICS; "
           "confirmed time, but a webinar about interviews, not one")
def k37() -> bytes:
    body = t("""
        Hallo Paula,

        vielen Dank für Ihre Anmeldung! Ihr Platz ist reserviert.

        Souverän im Vorstellungsgespräch – Online-Workshop für UX- und Produktleute
        Donnerstag, 22. Oktober 2026, 18:00 – 19:30 Uhr (MESZ)
        Referentin: Dr. Sabine Köhler, Karrierewerkstatt Mitteldeutschland

        Ihr persönlicher Zugangslink (bitte nicht weitergeben):
        https://live.livesaal.example/w/karrierewerkstatt/8812/p/7cf01d

        Die Teilnahme ist für Kundinnen und Kunden der Agentur für Arbeit und der Jobcenter
        kostenfrei. Eine Aufzeichnung gibt es nicht.

        Zum Kalender hinzufügen: siehe Anhang.

        Ihr Team der Karrierewerkstatt Mitteldeutschland
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//LiveSaal//Webinar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:livesaal-8812-7cf01d@livesaal.example
DTSTAMP:20261016T100000Z
DTSTART:20261022T160000Z
DTEND:20261022T173000Z
SUMMARY:Webinar: Souverän im Vorstellungsgespräch
URL:https://live.livesaal.example/w/karrierewerkstatt/8812/p/7cf01d
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from mailer.livesaal.example (mailer.livesaal.example [198.51.100.212])",
                        "2026-10-16 12:00:47", B, "lS8wB1nR5q")),
        ("From", "Karrierewerkstatt Mitteldeutschland <noreply@livesaal.example>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Anmeldebestätigung: Souverän im Vorstellungsgespräch (22.10.2026)")),
        ("Date", date("2026-10-16 12:00:43", B)),
        ("Message-ID", "<reg-8812-7cf01d@livesaal.example>"),
    ]
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment",
                                      cte="8bit")))


@mail(n(38), family="meetup", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-11"),),
      note="Meetup RSVP for a talk 'Interviewing users at scale' (Wed 11 Nov 19:00); an event, not an "
           "interview")
def k38() -> bytes:
    body = t("""
        You're going!

        UX Research Leipzig
        Interviewing users at scale: lessons from 300 sessions

        Wednesday, November 11, 2026
        7:00 PM to 9:00 PM CET

        Basislager Coworking
        Peterssteinweg 14, Leipzig

        Talk by Mirjam Lauterbach (Research Ops), followed by pizza and open discussion. The talk
        will be in English.

        See event: https://www.meetup.com/ux-research-leipzig/events/312208815/

        Can't make it? Change your RSVP so someone on the waitlist can take your spot.

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from these emails: https://www.meetup.com/account/comm/
        """)
    hs = [
        ("Received", mx("from mail144-31.meetup.com (mail144-31.meetup.com [198.37.144.31])",
                        "2026-11-08 20:14:22", B, "mU5pR9sV3c")),
        ("From", "Meetup <info@meetup.com>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "You're going to \"Interviewing users at scale: lessons from 300 sessions\""),
        ("Date", date("2026-11-08 20:14:18", B)),
        ("Message-ID", "<rsvp.312208815.88172031@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(39), family="podcast", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Austrian podcast host confirms recording 'unseres Interviews' on Mi 14.10. 17:00; Paula is the "
           "guest, not a job candidate")
def k39() -> bytes:
    body = t("""
        Servus Paula,

        super, dann ist's fix: Aufnahme für "Forschungsfunk" am Mittwoch, 14. Oktober, um
        17 Uhr. Wir nehmen über Riverside auf, den Link schick ich dir am Tag davor. Plan
        ungefähr eine Stunde ein, inklusive Technik-Check.

        Für unser Interview hab ich mir grob drei Blöcke überlegt:
        1. Wie du von der Soziologie zur UX-Forschung gekommen bist
        2. Research in kleinen Teams ohne eigenes Budget
        3. Deine Erfahrungen mit der Jobsuche als Researcherin gerade – ganz offen, wenn du magst

        Ein gutes Headset wäre fein, der Rest ist entspannt. Die Folge geht dann voraussichtlich
        Anfang November online.

        Liebe Grüße aus Wien
        Lukas

        --
        Lukas Hinterberger
        Forschungsfunk - der Podcast über Nutzerforschung
        https://forschungsfunk.example
        """)
    hs = [
        ("Received", mx("from mail.forschungsfunk.example (mail.forschungsfunk.example [198.51.100.94])",
                        "2026-10-08 22:31:15", "Europe/Vienna", "fF2uN6kS0m")),
        ("From", "Lukas Hinterberger <lukas@forschungsfunk.example>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "Re: Forschungsfunk - Gast im Oktober?"),
        ("Date", date("2026-10-08 22:31:11", "Europe/Vienna")),
        ("Message-ID", "<8c1b6d0e-2f7a-4e93-b5d4-0a9e3c7f1b26@forschungsfunk.example>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(hs, text(body, params="format=flowed"))


@mail(n(40), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="AVGS coaching module 'Probe-Vorstellungsgespräch (Mock-Interview)' on Do 05.11. 09:00-10:30 "
           "with a coach; a fixed practice session, not a real interview")
def k40() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        wie in unserer letzten Sitzung vereinbart, bestätige ich Ihnen den nächsten Termin Ihres
        Coachings (Aktivierungs- und Vermittlungsgutschein, Maßnahme-Nr. 962/1187/26):

        Modul 4: Probe-Vorstellungsgespräch (Mock-Interview) mit Videoaufzeichnung
        Donnerstag, 05.11.2026, 09:00 - 10:30 Uhr
        Ort: Coachingraum 2, Gottschedstraße 12, 04109 Leipzig

        Ich übernehme die Rolle der Personalerin, Herr Lang die des Fachbereichs. Bitte bringen
        Sie die Stellenanzeige mit, auf die wir uns vorbereiten wollen (gern die der Dresdner Elbnetz),
        und kleiden Sie sich so, wie Sie es im echten Gespräch tun würden.

        Die Anwesenheit bestätige ich wie immer gegenüber der Agentur für Arbeit.

        Mit freundlichen Grüßen
        Martina Seifert
        Seifert & Lang Karriereberatung · zertifizierter Träger nach AZAV
        """)
    hs = [
        ("Received", mx("from smtp.seifert-lang.example (smtp.seifert-lang.example [198.51.100.53])",
                        "2026-10-30 16:48:02", B, "sL1cO7aV4h")),
        ("From", "Martina Seifert <m.seifert@seifert-lang.example>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Coaching-Termin Modul 4: Probe-Vorstellungsgespräch am 05.11.")),
        ("Date", date("2026-10-30 16:47:58", B)),
        ("Message-ID", "<5E2A7C90.3B1D.4F68.A0C2.SL-coaching-20261030@seifert-lang.example>"),
    ]
    return message(hs, text(body, cte="base64"))


@mail(n(41), family="research_session", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Calendly host notification: a participant booked a 45-minute 'User interview' in Paula's own "
           "freelance study (Tue 17 Nov 17:00 CET); Paula is the interviewer, not a candidate")
def k41() -> bytes:
    body = t("""
        Hi Paula Reinhardt,

        A new event has been scheduled.

        Event Type:
        User interview - bike sharing study (45 min)

        Invitee:
        Ben Hartley

        Invitee Email:
        ben.hartley@example.com

        Event Date/Time:
        17:00 - 17:45, Tuesday, 17 November 2026 (Central European Time)

        Location:
        This is a Zoom web conference. https://us06web.zoom.us/j/81230977152

        Invitee Time Zone:
        Greenwich Mean Time

        Questions:
        How often do you use bike sharing?
        2-3 times a week, mostly commuting in Leeds.

        View event in Calendly: https://calendly.com/scheduled_events/2b7f0c1d/invitee/9e4a
        Pro tip! Get Calendly for iOS and Android.

        Sent from Calendly
        """)
    hs = [
        ("Received", mx("from o11.calendly.com (o11.calendly.com [149.72.246.3])",
                        "2026-11-12 21:55:40", B, "cH7oS1tN5x")),
        ("From", "Calendly <notifications@calendly.com>"),
        ("Reply-To", "Ben Hartley <ben.hartley@example.com>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "New Event: Ben Hartley - 17:00 Tue, 17 Nov 2026 - User interview - bike sharing study (45 min)"),
        ("Date", date("2026-11-12 21:55:36", B)),
        ("Message-ID", "<2b7f0c1d9e4a.host.new_event@calendly.com>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(42), family="auto_reply", lang="de", interview=False, company="Dresdner Elbnetz GmbH",
      days=(("Fri", "2026-10-16"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) from the recruiter who later "
           "confirms the Dresden interview; only an absence date")
def k42() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 16. Oktober 2026, nicht im Büro und habe nur
        eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        Bewerbungsunterlagen senden Sie bitte ausschließlich über unser Karriereportal; in
        dringenden Fällen erreichen Sie das Personalteam unter bewerbung@elbnetz-dresden.de.

        Mit freundlichen Grüßen
        Birgit Seidel
        Personalreferentin | Dresdner Elbnetz GmbH
        """)
    hs = [
        ("Received", mx("from mx.elbnetz-dresden.de (mx.elbnetz-dresden.de [193.175.84.3])",
                        "2026-10-12 14:03:19", B, "eN3bA8sO6t")),
        ("From", "Seidel, Birgit <birgit.seidel@elbnetz-dresden.de>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Automatische Antwort: Rückfrage zur Bewerbung UX Researcher Kundenportale")),
        ("Date", date("2026-10-12 14:03:16", B)),
        ("Message-ID", "<7d1e9a0c3b4f4e2a8c5d6e7f8a9b0c1d@EXMB03.elbnetz.local>"),
        ("In-Reply-To", "<f6a2c9d1-paula-elbnetz@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "de-DE"),
    ]
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(43), family="bounce", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Bounce (multipart/report) of Paula's own reply confirming the Prague interview to a mistyped "
           "address; it is her outgoing text, undelivered, not a confirmation from the employer")
def k43() -> bytes:
    inner_body = t("""
        Dear Ms Nováková,

        thank you very much for the invitation! I am happy to confirm the interview on
        Thursday, 19 November at 10:30 in your Karlín office. I will come by train from Leipzig.

        Best regards,
        Paula Reinhardt

        Sent from my phone
        """)
    inner = message([
        ("From", PAULA),
        ("To", "tereza.novakova@vltavskadata.cs"),
        ("Subject", enc("Re: Pozvánka na pohovor – UX Researcher")),
        ("Date", date("2026-11-13 11:39:50", B)),
        ("Message-ID", "<a83c0e21-7b5f-4d9a-9e61-paula-prague@example.org>"),
        ("In-Reply-To", "<VI1PR08MB5391E2A7C4B1D0F3A9E6C2B8D5F4VI1PR08MB5391@VI1PR08MB5391.eurprd08.prod.outlook.com>"),
    ], text(inner_body))
    human = t("""
        This is the mail system at host mx01.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <tereza.novakova@vltavskadata.cs>: Host or domain name not found. Name service
            error for name=vltavskadata.cs type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mx01.mail.example.org
        X-Postfix-Queue-ID: 4Zq1Wn0cK9z3hhTS
        X-Postfix-Sender: rfc822; paula.reinhardt@example.org
        Arrival-Date: Fri, 13 Nov 2026 11:39:51 +0100 (CET)

        Final-Recipient: rfc822; tereza.novakova@vltavskadata.cs
        Original-Recipient: rfc822;tereza.novakova@vltavskadata.cs
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=vltavskadata.cs type=MX: Host not found, try again
        """)
    report = multipart("report",
                       text(human, charset="us-ascii", cte="7bit",
                            extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(inner),
                       params="report-type=delivery-status")
    hs = [
        ("Return-Path", "<>"),
        ("From", "Mail Delivery System <MAILER-DAEMON@mx01.mail.example.org>"),
        ("To", PAULA),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-13 11:39:53", B)),
        ("Message-ID", "<20261113103953.5F1C23E0A1@mx01.mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, report)


@mail(n(44), family="mailing_list", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30")),
      note="Mailman digest of a research-ops list discussing how to schedule and confirm participant "
           "interviews; example times are generic, nothing is addressed to Paula")
def k44() -> bytes:
    body = t("""
        Send research-ops mailing list submissions to
                research-ops@lists.researchops.example

        To subscribe or unsubscribe via the World Wide Web, visit
                https://lists.researchops.example/mailman/listinfo/research-ops
        or, via email, send a message with subject or body 'help' to
                research-ops-request@lists.researchops.example

        Today's Topics:

           1. Scheduling participant interviews across time zones (Tomasz Wrona)
           2. Re: Scheduling participant interviews across time zones (Ines Albuquerque)
           3. Re: Incentives for interview participants in Germany (Paula Reinhardt)


        ----------------------------------------------------------------------

        Message: 1
        Date: Tue, 29 Sep 2026 16:02:11 +0200
        From: Tomasz Wrona <tomasz@wrona-research.example>
        To: research-ops@lists.researchops.example
        Subject: Scheduling participant interviews across time zones

        Hi all,

        how do you confirm interview slots with participants in other time zones? We keep
        getting no-shows when we write "Tuesday at 10:00" and the participant reads it in their
        own zone. Do you always send a calendar invite, or write both times in the mail?

        Tomasz

        ------------------------------

        Message: 2
        Date: Tue, 29 Sep 2026 17:45:40 +0100
        From: Ines Albuquerque <ines@albuquerque-ux.example>
        To: research-ops@lists.researchops.example
        Subject: Re: Scheduling participant interviews across time zones

        We always confirm with an invite plus one line in the participant's time, e.g. "Your
        interview is confirmed for 10:00 CET / 09:00 Lisbon". No-shows dropped by half.

        Ines

        ------------------------------

        Message: 3
        Date: Wed, 30 Sep 2026 09:12:03 +0200
        From: Paula Reinhardt <paula.reinhardt@example.org>
        To: research-ops@lists.researchops.example
        Subject: Re: Incentives for interview participants in Germany

        For 60-minute interviews we paid 50 EUR vouchers in Leipzig last year; for B2B
        participants we donated instead. Happy to share our consent template.

        Paula

        ------------------------------

        End of research-ops Digest, Vol 12, Issue 9
        *******************************************
        """)
    hs = [
        ("Received", mx("from lists.researchops.example (lists.researchops.example [198.51.100.150])",
                        "2026-09-30 12:00:04", "UTC", "rO5pS2dG8e")),
        ("From", "research-ops-request@lists.researchops.example"),
        ("To", "research-ops@lists.researchops.example"),
        ("Reply-To", "research-ops@lists.researchops.example"),
        ("Subject", "research-ops Digest, Vol 12, Issue 9"),
        ("Date", date("2026-09-30 12:00:01", "UTC")),
        ("Message-ID", "<mailman.1188.1790769601.31377.research-ops@lists.researchops.example>"),
        ("List-Id", "Research Ops practitioners <research-ops.lists.researchops.example>"),
        ("List-Unsubscribe", "<https://lists.researchops.example/mailman/options/research-ops>,\r\n"
                             " <mailto:research-ops-request@lists.researchops.example?subject=unsubscribe>"),
        ("List-Post", "<mailto:research-ops@lists.researchops.example>"),
        ("Precedence", "list"),
        ("X-Mailman-Version", "2.1.39"),
    ]
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(45), family="jobcenter_appointment", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Agentur für Arbeit invitation to a counselling appointment (Di 06.10. 09:15) with a legal "
           "notice; an 'Einladung' to a 'Gespräch' at a fixed time, but not a job interview")
def k45() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        ich möchte mit Ihnen über Ihr Bewerberangebot und Ihre aktuelle berufliche Situation
        sprechen. Bitte kommen Sie am

            Dienstag, 06.10.2026, um 09:15 Uhr

        in die Agentur für Arbeit Leipzig, Georg-Schumann-Straße 150, 04159 Leipzig,
        Haus 1, 2. Etage, Zimmer 2.104, zu Ihrer Vermittlungsfachkraft Frau Kerstin Lorenz.

        Bitte bringen Sie mit:
        - diese Einladung bzw. Ihre Kundennummer 281D417733
        - Ihren Personalausweis
        - Ihren aktuellen Lebenslauf und Nachweise über Ihre Eigenbemühungen
          (z. B. Bewerbungen, Einladungen zu Vorstellungsgesprächen)

        Sollten Sie zu diesem Termin ein Vorstellungsgespräch haben, teilen Sie mir das bitte
        vorher mit; wir vereinbaren dann einen neuen Termin.

        Rechtsfolgenbelehrung:
        Wenn Sie ohne wichtigen Grund dieser Einladung nicht nachkommen, tritt eine Sperrzeit
        von einer Woche ein (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III). ...

        Mit freundlichen Grüßen
        Im Auftrag
        Kerstin Lorenz
        Agentur für Arbeit Leipzig

        Diese Nachricht wurde über die eServices der Bundesagentur für Arbeit versendet.
        """)
    hs = [
        ("Received", mx("from mail.arbeitsagentur.de (mail.arbeitsagentur.de [195.185.214.40])",
                        "2026-09-29 10:20:33", B, "aA9fB3eS7v")),
        ("From", enc("Agentur für Arbeit Leipzig") + " <Leipzig.Arbeitsvermittlung@arbeitsagentur.de>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Einladung zu einem Gespräch – Kundennummer 281D417733")),
        ("Date", date("2026-09-29 10:20:29", B)),
        ("Message-ID", "<BA.eServices.20260929102029.281D417733.4471@arbeitsagentur.de>"),
    ]
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(46), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Business-school admission interview for a part-time MBA confirmed for Fri 16 Oct 16:00 CEST; "
           "an interview at a fixed time, but for a study place, not a job")
def k46() -> bytes:
    body = t("""
        Dear Ms Reinhardt,

        Thank you for your application to the Part-time MBA (Class of 2029). I'm pleased to
        confirm your admission interview:

          Friday, 16 October 2026, 16:00 CEST
          Auenwald Graduate School of Management, Jahnallee 61, Leipzig, Room A 2.14
          Interviewers: Prof. Dr. Henrik Albers (Academic Director), Dr. Claire Beaumont

        The interview lasts 40 minutes and includes a short case discussion. Please bring a
        photo ID. Should you be unable to attend in person, we can switch to a video call at
        the same time.

        Kind regards,

        Dr. Claire Beaumont
        Admissions Office, Part-time MBA
        Auenwald Graduate School of Management
        c.beaumont@auenwald-gsm.example
        """)
    hs = [
        ("Received", mx("from mail.auenwald-gsm.example (mail.auenwald-gsm.example [198.51.100.61])",
                        "2026-10-09 09:48:10", B, "gS4mA1bD6w")),
        ("From", "Claire Beaumont <c.beaumont@auenwald-gsm.example>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "Admission interview - Part-time MBA (Class of 2029)"),
        ("Date", date("2026-10-09 09:48:06", B)),
        ("Message-ID", "<AS8PR07MB7990C3B4A5F6E7D8C9B0A1F2E3D4@AS8PR07MB7990.eurprd07.prod.outlook.com>"),
    ]
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body), cte="7bit")))


@mail(n(47), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Sports-club try-out ('Probetraining', Donnerstag 18 Uhr) confirmed in Saxon dialect; a fixed "
           "time, not an interview")
def k47() -> bytes:
    body = t("""
        Hallo Paula,

        nu glar, gomm eefach am Donnerschdach um sechse zum Probedrainin! Mir sin in dr Halle 3
        vom Sportforum, Eingang über'n Parkplatz an dr Jahnallee. Hallnschuhe mit heller Sohle
        mitbringen, Scheibn ham mir genug.

        Die erschten drei Mal sin umsonst, danach guckste eefach, ob's dir gefällt.

        Bis Donnerschdach!
        Maik

        --
        Maik Gräfe · Trainer Mixed-Team
        Lindenau Lizards e.V. – Ultimate Frisbee Leipzig
        """)
    hs = [
        ("Received", mx("from mail-lf1-f43.google.com (mail-lf1-f43.google.com [209.85.167.43])",
                        "2026-11-22 19:40:41", B, "uL2zF8bE4k")),
        ("From", addr("Maik Gräfe", "maik.graefe@lindenau-lizards.example")),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", "Re: Probetraining Ultimate"),
        ("Date", date("2026-11-22 19:40:37", B)),
        ("Message-ID", "<CAJ4tR8vN0q1mK2pL3oQ4sR5tU6vW7xY8zA9bB0cC1dD2eE@mail.gmail.com>"),
    ]
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(48), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-12-07"),),
      note="Bank advisor appointment (Mo 07.12. 16:00, retirement-savings consultation) with ICS; fixed "
           "time, not an interview")
def k48() -> bytes:
    body = t("""
        Sehr geehrte Frau Reinhardt,

        vielen Dank für das freundliche Telefonat. Wie besprochen bestätige ich Ihnen unseren
        Beratungstermin:

        Montag, 07.12.2026, 16:00 - 17:00 Uhr
        Muldental Volksbank eG, Filiale Leipzig-Gohlis, Gohliser Straße 40
        Thema: Altersvorsorge und Absicherung während der beruflichen Neuorientierung

        Bitte bringen Sie, falls vorhanden, Ihre letzte Renteninformation sowie die Unterlagen
        zu bestehenden Versicherungen mit.

        Einen Kalendereintrag finden Sie im Anhang.

        Mit freundlichen Grüßen

        Steffen Kühn
        Privatkundenberater
        Muldental Volksbank eG
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Muldental Volksbank//Terminplaner//DE
METHOD:REQUEST
{VTZ['Europe/Berlin']}
BEGIN:VEVENT
UID:mvb-beratung-20261207-1600-kuehn@muldental-vb.example
DTSTAMP:20261201T083000Z
DTSTART;TZID=Europe/Berlin:20261207T160000
DTEND;TZID=Europe/Berlin:20261207T170000
SUMMARY:Beratungsgespräch Muldental Volksbank (Herr Kühn)
LOCATION:Filiale Leipzig-Gohlis\\, Gohliser Straße 40
ORGANIZER;CN=Steffen Kühn:mailto:steffen.kuehn@muldental-vb.example
ATTENDEE;CN=Paula Reinhardt;RSVP=TRUE:mailto:paula.reinhardt@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", mx("from mx.muldental-vb.example (mx.muldental-vb.example [198.51.100.181])",
                        "2026-12-01 09:30:22", B, "vB7kM3uL0n")),
        ("From", addr("Steffen Kühn", "steffen.kuehn@muldental-vb.example")),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Ihr Beratungstermin am 07.12.2026")),
        ("Date", date("2026-12-01 09:30:18", B)),
        ("Message-ID", "<20261201093018.MVB.4f2c@muldental-vb.example>"),
    ]
    return message(hs, mixed(text(body), calendar(ics, filename="Beratungstermin.ics",
                                                     disposition="attachment", cte="base64")))


@mail(n(49), family="press_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Local journalist confirms an interview with Paula for a newspaper series on job seekers "
           "(Mo 30.11. 10:00, café); Paula is the interviewee for press, not a job candidate")
def k49() -> bytes:
    body = t("""
        Liebe Frau Reinhardt,

        vielen Dank, dass Sie bei unserer Serie „Neustart“ mitmachen! Dann bleibt es bei
        Montag, 30. November, 10 Uhr im Café am Südplatz. Ich reserviere einen ruhigen Tisch
        hinten am Fenster.

        Für das Interview rechne ich mit etwa einer Stunde. Unser Fotograf Tilo kommt gegen
        10:45 Uhr dazu und macht ein paar Porträts – wenn Ihnen das nicht recht ist, sagen Sie
        einfach Bescheid.

        Herzliche Grüße
        Jana Mertens
        Redaktion Wirtschaft
        Leipziger Abendpost
        """)
    hs = [
        ("Received", mx("from mail.leipziger-abendpost.example (mail.leipziger-abendpost.example [198.51.100.99])",
                        "2026-11-25 15:15:47", B, "pI6nT2eR9w")),
        ("From", "Jana Mertens <j.mertens@leipziger-abendpost.example>"),
        ("To", "Paula Reinhardt <paula.reinhardt@example.org>"),
        ("Subject", enc("Interview für „Neustart“ am Montag")),
        ("Date", date("2026-11-25 15:15:43", B)),
        ("Message-ID", "<6b2e9c1a-0d4f-4e7a-8b35-c9d1e2f3a4b5@leipziger-abendpost.example>"),
    ]
    return message(hs, alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@mail(n(50), family="interviewer_invite", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Personio invitation from Paula's current employer (auto-forwarded from her work address) to "
           "sit on the panel interviewing a candidate on Do 22.10. 13:00-14:00; she is the interviewer")
def k50() -> bytes:
    body = t("""
        Hallo Paula,

        du wurdest als Interviewer:in zu folgendem Termin eingeladen:

        Kandidat:in:   Lukas Beyer
        Stelle:        Junior UX Designer (m/w/d)
        Termin:        Donnerstag, 22.10.2026, 13:00 - 14:00 Uhr
        Ort:           Besprechungsraum "Elster" (3. OG)
        Weitere Teilnehmende: Kai Sommer

        Den Lebenslauf und die Bewertungsvorlage findest du in Personio unter
        Recruiting > Junior UX Designer > Lukas Beyer. Bitte gib dein Feedback spätestens
        24 Stunden nach dem Gespräch ab.

        Viele Grüße
        Dein Personio-Team für Wolkenwerk GmbH
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio//Recruiting Events//DE
METHOD:REQUEST
{VTZ['Europe/Berlin']}
BEGIN:VEVENT
UID:personio-recruiting-event-1180457@personio.de
DTSTAMP:20261016T092500Z
DTSTART;TZID=Europe/Berlin:20261022T130000
DTEND;TZID=Europe/Berlin:20261022T140000
SUMMARY:Interview: Lukas Beyer - Junior UX Designer (m/w/d)
LOCATION:Besprechungsraum Elster (3. OG)
ORGANIZER;CN=Kai Sommer:mailto:kai.sommer@wolkenwerk.example
ATTENDEE;CN=Paula Reinhardt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:p.reinhardt@wolkenwerk.example
ATTENDEE;CN=Kai Sommer;ROLE=CHAIR:mailto:kai.sommer@wolkenwerk.example
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = [
        ("Received", received("from mail-eu1.personio.de (mail-eu1.personio.de [3.120.19.77])",
                              "2026-10-16 11:25:05", B,
                              "mx.wolkenwerk.example with ESMTPS id 9kQ2wE", "p.reinhardt@wolkenwerk.example", 2)),
        ("Received", mx("from mx.wolkenwerk.example (mx.wolkenwerk.example [198.51.100.23])",
                        "2026-10-16 11:25:05", B, "wR1fW6dK3j", lag=5)),
        ("X-Forwarded-To", "paula.reinhardt@example.org"),
        ("X-Forwarded-For", "p.reinhardt@wolkenwerk.example paula.reinhardt@example.org"),
        ("From", "Wolkenwerk GmbH <wolkenwerk@mail.personio.de>"),
        ("To", "Paula Reinhardt <p.reinhardt@wolkenwerk.example>"),
        ("Subject", enc("Einladung als Interviewer:in: Lukas Beyer – Junior UX Designer (m/w/d)")),
        ("Date", date("2026-10-16 11:25:01", B)),
        ("Message-ID", "<0102019a6b3f1e0c-7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Message-Type", "interviewer_invitation"),
    ]
    return message(hs, mixed(text(body), calendar(ics, filename="interview.ics", disposition="attachment")))
