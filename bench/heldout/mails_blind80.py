"""blind80: a blind 50-mail held-out set, the inbox of a controls engineer in Hanover.

Inbox owner: Lukas Brandner <lukas.brandner@example.org> (also writes from lukas.brandner@example.net),
Europe/Berlin, September to mid-December 2026. Written by hand, one function per mail, without
reading the detector; built and checked with ``python3 bench/heldout/make_blind.py blind80``.

The mail written ``key``-th is ``blind80_{ORDER[key-1]:03d}.eml``: keys 1-23 are the positives
(1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), keys 24-50 the negatives.
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
    received,
    t,
    text,
)

SET = "blind80"
ORDER = random.Random(80080).sample(range(1, 51), 50)

ME = "lukas.brandner@example.org"
ME2 = "lukas.brandner@example.net"
TO = addr("Lukas Brandner", ME)


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx1.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


def _vtz_like_berlin(zone: str) -> str:
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", zone)


TZ = {
    "Europe/Berlin": VTZ["Europe/Berlin"],
    "Europe/Copenhagen": _vtz_like_berlin("Europe/Copenhagen"),
    "Europe/Zurich": _vtz_like_berlin("Europe/Zurich"),
    "Europe/Amsterdam": _vtz_like_berlin("Europe/Amsterdam"),
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
}


# =========================================================================== positives: scheduled


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      company="Leinetal Automation GmbH",
      start="2026-09-15T08:00:00Z", end="2026-09-15T09:30:00Z",
      contact="svenja.hollmann@leinetal-automation.de",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:30", zone="Europe/Berlin",
      note="Personio invitation from a no-reply sender, human Reply-To (the HR contact). "
           "'Dienstag, 15.09.2026, 10:00 - 11:30 Uhr' in Hanover, CEST (UTC+2) -> 08:00Z-09:30Z.")
def p01() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        vielen Dank für Ihre Bewerbung und das freundliche Telefonat am Freitag. Wie besprochen
        bestätigen wir Ihnen hiermit Ihren Termin für das persönliche Vorstellungsgespräch:

        Datum:             Dienstag, 15.09.2026
        Uhrzeit:           10:00 – 11:30 Uhr
        Ort:               Leinetal Automation GmbH, Am Lindener Hafen 14, 30453 Hannover
                           (Empfang Haus B, 1. OG)
        Gesprächspartner:  Dirk Wessels (Leitung Automatisierung), Svenja Hollmann (HR)

        Bitte bringen Sie einen Lichtbildausweis mit – Besucherparkplätze finden Sie direkt
        vor Haus B. Sollte Ihnen etwas dazwischenkommen, antworten Sie einfach auf diese E-Mail.

        Wir freuen uns darauf, Sie kennenzulernen!

        Mit freundlichen Grüßen

        Svenja Hollmann
        Personalreferentin
        Leinetal Automation GmbH
        Tel. +49 511 000 4471

        --
        Diese Nachricht wurde über Personio versendet. Informationen zur Verarbeitung Ihrer
        Daten finden Sie in unserer Datenschutzerklärung für Bewerber:innen.
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td style="font-size:15px;line-height:22px;color:#1f2933">
        <p>Sehr geehrter Herr Brandner,</p>
        <p>vielen Dank für Ihre Bewerbung und das freundliche Telefonat am Freitag. Wie besprochen
        bestätigen wir Ihnen hiermit Ihren Termin für das persönliche Vorstellungsgespräch:</p>
        <table cellpadding="4" cellspacing="0" style="font-size:15px">
        <tr><td><b>Datum:</b></td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 &ndash; 11:30 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Leinetal Automation GmbH, Am Lindener Hafen 14, 30453 Hannover<br>
        (Empfang Haus B, 1. OG)</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Dirk Wessels (Leitung Automatisierung), Svenja Hollmann (HR)</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit &ndash; Besucherparkplätze finden Sie direkt
        vor Haus B. Sollte Ihnen etwas dazwischenkommen, antworten Sie einfach auf diese E-Mail.</p>
        <p>Wir freuen uns darauf, Sie kennenzulernen!</p>
        <p>Mit freundlichen Grüßen<br><br>Svenja Hollmann<br>Personalreferentin<br>
        Leinetal Automation GmbH<br>Tel. +49 511 000 4471</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a94a6">Diese Nachricht wurde über Personio versendet.
        Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung für Bewerber:innen.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mail-out-3.personio.de", "185.56.71.23", "2026-09-08 14:12:37",
                         "Europe/Berlin", "4Mx2Qk0Zb7z1f")),
        ("Date", date("2026-09-08 14:12:37", "Europe/Berlin")),
        ("From", addr("Leinetal Automation GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Svenja Hollmann", "svenja.hollmann@leinetal-automation.de")),
        ("To", TO),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Steuerungstechniker SPS (m/w/d)")),
        ("Message-ID", "<0102019a7c1e5d3b-4f0e9a61-77c2-4d1b-9f0a-2b64c0a1e8d3-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Template", "interview_invitation"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(2), family="softgarden", lang="de", interview=True, kind="scheduled",
      company="Okerwerk Anlagenbau GmbH",
      start="2026-09-24T12:00:00Z", end=None,
      contact="jana.wiechmann@okerwerk-anlagenbau.de",
      local="Thu 2026-09-24 14:00", zone="Europe/Berlin",
      note="softgarden video-interview confirmation, HTML only (base64). 'Donnerstag, 24. September "
           "2026, 14:00 Uhr (MESZ)' -> 12:00Z; 'ca. 45 Minuten' is approximate so end null. "
           "Reply-To is a softgarden relay, so contact = the recruiter's address in the body.")
def p02() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:640px;margin:0 auto">
        <div style="background:#00558c;padding:18px 24px"><img src="https://cdn.softgarden.io/logos/okerwerk.png"
        alt="Okerwerk Anlagenbau GmbH" height="36"></div>
        <div style="padding:24px">
        <p>Sehr geehrter Herr Brandner,</p>
        <p>wir freuen uns, Sie zu einem ersten Videointerview für die Position
        <b>Automatisierungsingenieur Anlagenbau (m/w/d)</b> am Standort Braunschweig einzuladen.
        Vielen Dank, dass Sie den vorgeschlagenen Termin so schnell bestätigt haben.</p>
        <h3 style="color:#00558c;margin-bottom:4px">Ihr Termin</h3>
        <p style="margin-top:0">Donnerstag, 24. September 2026, 14:00 Uhr (MESZ)<br>
        Dauer: ca. 45 Minuten<br>
        Format: Microsoft Teams (Videointerview)</p>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE0ZTk3NjItYmQ0Ny00ZGFmLWE2NGMtMzM2MTM4NzQ1ZWI1%40thread.v2/0"
        style="background:#00558c;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">An Besprechung teilnehmen</a></p>
        <p>Ihre Gesprächspartner: Dr. Jana Wiechmann (Teamleitung Recruiting) und Holger Bartels
        (Abteilungsleiter Elektrokonstruktion).</p>
        <p>Bei Fragen zum Termin erreichen Sie Frau Wiechmann direkt unter
        <a href="mailto:jana.wiechmann@okerwerk-anlagenbau.de">jana.wiechmann@okerwerk-anlagenbau.de</a>
        oder telefonisch unter 0531 000 2290.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Okerwerk Anlagenbau GmbH</p>
        </div>
        <div style="padding:12px 24px;font-size:11px;color:#999;border-top:1px solid #eee">
        Okerwerk Anlagenbau GmbH &middot; Hansestraße 41 &middot; 38112 Braunschweig &middot; Amtsgericht Braunschweig HRB 000417<br>
        Diese E-Mail wurde mit softgarden versendet. <a href="https://okerwerk.softgarden.io/privacy">Datenschutz</a>
        </div></div></body></html>
        """)
    headers = [
        ("Received", rcv("mo-out-12.softgarden.io", "91.211.74.12", "2026-09-21 09:47:12",
                         "Europe/Berlin", "4Mz7Rn1Kp3z8h")),
        ("Date", date("2026-09-21 09:47:12", "Europe/Berlin")),
        ("From", addr("Okerwerk Anlagenbau GmbH", "noreply@okerwerk.softgarden.io")),
        ("Reply-To", "bewerbung-8841207@okerwerk.softgarden.io"),
        ("To", TO),
        ("Subject", enc("Ihre Bewerbung als Automatisierungsingenieur Anlagenbau (m/w/d) – "
                        "Terminbestätigung Videointerview")),
        ("Message-ID", "<sg.8841207.1790064432118@okerwerk.softgarden.io>"),
        ("X-Mailer", "softgarden e-recruiting"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(3), family="exchange", lang="de", interview=True, kind="scheduled",
      company="Allerkamp Fahrzeugtechnik GmbH",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:00:00Z",
      contact="thomas.kroll@allerkamp-ft.de",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone="Europe/Berlin",
      note="Exchange meeting request sent Thu 22 Oct in CEST; the body says only 'für Montag', the "
           "time is only in the ICS: DTSTART;TZID=W. Europe Standard Time 20261026T100000. Europe "
           "left summer time on Sun 25 Oct, so Monday 10:00 is CET (UTC+1) -> 09:00Z-10:00Z, "
           "not 08:00Z. Contact = the human organizer/sender.")
def p03() -> bytes:
    body = t("""
        Hallo Herr Brandner,

        wie eben am Telefon besprochen, hier die Einladung für Montag. Wir sprechen zu dritt mit
        Ihnen: Frau Jahnke aus der Inbetriebnahme, Herr Sobotta und ich. Vorab bekommen Sie keine
        Aufgaben, wir möchten vor allem über Ihre Projekte mit TIA Portal und WinCC OA sprechen.

        Viele Grüße
        Thomas Kroll

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raum teil.
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjE1YzEtMGE2Yy00YjM0LWI5ZGUtYWQ1ZDA0ZmE2NDRj%40thread.v2/0?context=%7b%22Tid%22%3a%22d1f3%22%7d>
        Besprechungs-ID: 318 442 907 115
        Passcode: Zk7qP2
        ________________________________
        Benötigen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE> | Systemreferenz<https://teams.microsoft.com/l/meeting-join-by-id>
        Telefonische Einwahl
        +49 69 000 41129,,318442907#   Deutschland, Frankfurt am Main
        Konferenz-ID: 902 118 44#
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Brandner,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">wie eben am Telefon besprochen, hier die Einladung für Montag. Wir sprechen zu dritt mit
        Ihnen: Frau Jahnke aus der Inbetriebnahme, Herr Sobotta und ich. Vorab bekommen Sie keine
        Aufgaben, wir möchten vor allem über Ihre Projekte mit TIA Portal und WinCC OA sprechen.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Viele Grüße<br>Thomas Kroll<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="de-DE" style="color:#252424;font-family:'Segoe UI',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold">
        <span style="font-size:14px;color:#252424">Nehmen Sie auf dem Computer, in der mobilen App oder im Raum teil.</span></div>
        <a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold';text-decoration:underline;color:#6264a7"
        href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2ZjE1YzEtMGE2Yy00YjM0LWI5ZGUtYWQ1ZDA0ZmE2NDRj%40thread.v2/0?context=%7b%22Tid%22%3a%22d1f3%22%7d"
        target="_blank" rel="noreferrer noopener">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px">
        <span style="font-size:14px;color:#252424">Besprechungs-ID: <span style="font-size:16px;color:#252424">318 442 907 115</span></span><br>
        <span style="font-size:14px;color:#252424">Passcode: </span><span style="font-size:16px;color:#252424">Zk7qP2</span></div></div>
        <div style="margin-bottom:24px;max-width:532px"><span style="font-size:14px;color:#252424">Telefonische Einwahl<br>
        +49 69 000 41129,,318442907# Deutschland, Frankfurt am Main<br>Konferenz-ID: 902 118 44#</span></div>
        </div>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        'ORGANIZER;CN="Kroll, Thomas (AFT-EE3)":mailto:thomas.kroll@allerkamp-ft.de',
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Brandner:mailto:"
        "lukas.brandner@example.org",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jahnke, Miriam (AFT-IBN)"'
        ":mailto:miriam.jahnke@allerkamp-ft.de",
        'ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sobotta, Frank (AFT-EE)"'
        ":mailto:frank.sobotta@allerkamp-ft.de",
        "DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Brandner,\\n\\nwie eben am Telefon besprochen\\, hier "
        "die Einladung für Montag. Wir sprechen zu dritt mit Ihnen.\\n\\nViele Grüße\\nThomas Kroll\\n",
        "UID:040000008200E00074C5B7101A82E00800000000B0C7E9D46A66DD01000000000000000010000000"
        "2F6A1E0C4B0D5E469F2C0E3A7B118D44",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Inbetriebnahme-Ingenieur – Lukas Brandner",
        "DTSTART;TZID=W. Europe Standard Time:20261026T100000",
        "DTEND;TZID=W. Europe Standard Time:20261026T110000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261022T140544Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-OWNERAPPTID:2125401973",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Microsoft Teams-Besprechung\",\"LocationAnnotation\":\"\""
        ",\"LocationSource\":0,\"Unresolved\":false,\"LocationUri\":\"\"}]",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.105.91",
                         "2026-10-22 16:05:44", "Europe/Berlin", "4N0fTq2Hc6z3k")),
        ("From", addr("Kroll, Thomas (AFT-EE3)", "thomas.kroll@allerkamp-ft.de")),
        ("To", TO),
        ("CC", addr("Jahnke, Miriam (AFT-IBN)", "miriam.jahnke@allerkamp-ft.de")),
        ("Subject", enc("Vorstellungsgespräch Inbetriebnahme-Ingenieur – Lukas Brandner")),
        ("Thread-Topic", enc("Vorstellungsgespräch Inbetriebnahme-Ingenieur – Lukas Brandner")),
        ("Thread-Index", "AdxiGkQ2bVd0Rk3pT0aPZ3lq9mQwHA=="),
        ("Date", date("2026-10-22 16:05:44", "Europe/Berlin")),
        ("Message-ID", "<AM7PR04MB6831E2B7C9D4F1A08B3E77C1D2A92@AM7PR04MB6831.eurprd04.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]
    return message(headers, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(4), family="greenhouse", lang="en", interview=True, kind="scheduled",
      company="Grachtwerk Robotics B.V.",
      start="2026-10-06T13:00:00Z", end="2026-10-06T13:45:00Z",
      contact="femke.dewit@grachtwerk.nl",
      local="Tue 2026-10-06 15:00", local_end="2026-10-06 15:45", zone="Europe/Amsterdam",
      note="Greenhouse interview confirmation; '3:00 PM - 3:45 PM CEST (Europe/Amsterdam)' -> "
           "13:00Z-13:45Z, ICS in UTC agrees. Contact = Reply-To recruiter (also ORGANIZER). "
           "First mail of a thread: moved two days later by the reschedule mail (key 17).")
def p04() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for making time to speak with us! Here are the details of your upcoming interview
        for the Controls Engineer (Motion) role.

        Tuesday, October 6, 2026
        3:00 PM - 3:45 PM CEST (Europe/Amsterdam)

        Location: Video call (Google Meet)
        https://meet.google.com/qvx-htkz-ebm

        You'll be meeting with:
          Sander Vermeulen - Lead Controls Engineer
          Pooja Raghunathan - Robotics Software Engineer

        The conversation will focus on servo tuning, EtherCAT and how you approach commissioning
        on a customer site. No preparation needed beyond that.

        If you need to reschedule, just reply to this email and I'll sort it out.

        Best,
        Femke de Wit
        Talent Partner | Grachtwerk Robotics
        """)
    page = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:14px;color:#24292e">
        <p>Hi Lukas,</p>
        <p>Thanks for making time to speak with us! Here are the details of your upcoming interview
        for the Controls Engineer (Motion) role.</p>
        <table style="border-left:3px solid #23a47f;padding-left:12px;margin:12px 0">
        <tr><td><strong>Tuesday, October 6, 2026</strong></td></tr>
        <tr><td>3:00 PM - 3:45 PM CEST (Europe/Amsterdam)</td></tr>
        <tr><td>Location: Video call (Google Meet)<br>
        <a href="https://meet.google.com/qvx-htkz-ebm">https://meet.google.com/qvx-htkz-ebm</a></td></tr>
        </table>
        <p>You'll be meeting with:</p>
        <ul><li>Sander Vermeulen - Lead Controls Engineer</li><li>Pooja Raghunathan - Robotics Software Engineer</li></ul>
        <p>The conversation will focus on servo tuning, EtherCAT and how you approach commissioning
        on a customer site. No preparation needed beyond that.</p>
        <p>If you need to reschedule, just reply to this email and I'll sort it out.</p>
        <p>Best,<br>Femke de Wit<br>Talent Partner | Grachtwerk Robotics</p>
        </div>
        <img src="https://click.greenhouse-mail.io/o/eJwNzEEOgyAQRu.gif" width="1" height="1" alt="">
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:greenhouse-interview-44019283-7731@greenhouse.io",
        "DTSTAMP:20260930T092011Z",
        "DTSTART:20261006T130000Z",
        "DTEND:20261006T134500Z",
        "SUMMARY:Interview: Lukas Brandner / Grachtwerk Robotics - Controls Engineer (Motion)",
        "LOCATION:https://meet.google.com/qvx-htkz-ebm",
        "ORGANIZER;CN=Femke de Wit:mailto:femke.dewit@grachtwerk.nl",
        "ATTENDEE;CN=Lukas Brandner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
        "lukas.brandner@example.org",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("o12.us.greenhouse-mail.io", "167.89.19.204", "2026-09-30 09:20:11",
                         "UTC", "4MqS8c5Wgnz2d")),
        ("Date", date("2026-09-30 09:20:11", "UTC")),
        ("From", addr("Grachtwerk Robotics", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Femke de Wit", "femke.dewit@grachtwerk.nl")),
        ("To", TO),
        ("Subject", "Interview Confirmation: Controls Engineer (Motion) at Grachtwerk Robotics"),
        ("Message-ID", "<6F9A0C1B.5d3e.4a7f.b2c8.0d41e9f3a7c2@us.greenhouse-mail.io>"),
        ("X-Greenhouse-Mail-Type", "candidate_interview_confirmation"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


@mail(n(5), family="human_prose", lang="de", interview=True, kind="scheduled",
      company="Fleetloop GmbH",
      start="2026-10-13T08:00:00Z", end=None,
      contact="jannik@fleetloop.de",
      local="Tue 2026-10-13 10:00", zone="Europe/Berlin",
      note="Startup founder, du, written on the phone. Date is Mon 12 Oct 00:41 CEST, which is "
           "Sun 11 Oct 22:41 UTC: 'heute noch auf Dienstreise ... aber morgen um 10' resolves "
           "against the local Monday -> Tue 13 Oct 10:00 CEST = 08:00Z. 'so ne Stunde' -> end null. "
           "Contact = the human sender.")
def p05() -> bytes:
    body = t("""
        Hey Lukas,

        sorry für die späte Antwort, die Woche war wild. Ich bin heute noch auf Dienstreise in
        Stuttgart, aber morgen um 10 bin ich zurück im Büro - lass uns dann direkt bei uns in der
        Speicherstadt quatschen (Sandtorkai 9, 3. OG, einfach bei Fleetloop klingeln). Malte aus dem
        Hardware-Team kommt auch dazu. Plan mal so ne Stunde ein.

        Freu mich!
        Jannik

        Von meinem iPhone gesendet

        > Am 09.10.2026 um 17:12 schrieb Lukas Brandner <lukas.brandner@example.org>:
        >
        > Hallo Jannik,
        >
        > danke für deine Nachricht über LinkedIn! Ich hab nächste Woche Urlaub, bin also flexibel
        > und komme auch gern nach Hamburg.
        >
        > Viele Grüße
        > Lukas
        """)
    headers = [
        ("Received", rcv("mail-sor-f41.google.com", "209.85.220.41", "2026-10-12 00:41:09",
                         "Europe/Berlin", "4N6c2Lw0Pzz4q")),
        ("From", addr("Jannik Oltmanns", "jannik@fleetloop.de")),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "8bit"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Re: Kennenlernen Fleetloop / Controls"),
        ("Date", date("2026-10-12 00:41:09", "Europe/Berlin")),
        ("Message-Id", "<7E1B4C2A-90F3-4D8E-A1C5-3B6F0E2D9A17@fleetloop.de>"),
        ("References", "<CAE3kL9w+Xq4_7aQ@mail.example.org>"),
        ("In-Reply-To", "<CAE3kL9w+Xq4_7aQ@mail.example.org>"),
        ("To", TO),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ]
    raw = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("ascii") + b"\r\n"
    return raw + body.replace("\n", "\r\n").encode("utf-8")


@mail(n(6), family="teamtailor", lang="da", interview=True, kind="scheduled",
      company="Havnegade Automation ApS",
      start="2026-10-14T11:00:00Z", end="2026-10-14T12:00:00Z",
      contact="mette.kjaergaard@havnegade-automation.dk",
      local="Wed 2026-10-14 13:00", local_end="2026-10-14 14:00", zone="Europe/Copenhagen",
      note="Danish Teamtailor confirmation: 'onsdag den 14. oktober 2026, kl. 13.00-14.00 (dansk "
           "tid)', CEST -> 11:00Z-12:00Z. Reply-To is a Teamtailor relay; contact = the HR "
           "address written in the body.")
def p06() -> bytes:
    body = t("""
        Hej Lukas,

        Tak for din ansøgning og for en god snak i telefonen i går. Vi skriver på dansk, som du
        selv foreslog – sig endelig til, hvis du hellere vil have det på engelsk.

        Hermed bekræfter vi din samtale om stillingen som automationsingeniør:

        Dato: onsdag den 14. oktober 2026
        Tid: kl. 13.00–14.00 (dansk tid)
        Sted: Havnegade Automation ApS, Sluseholmen 4, 2450 København SV
        Du skal møde: Mette Kjærgaard (People & Culture) og Anders Holm (teamleder, PLC & SCADA)

        Tag gerne et par eksempler på PLC-kode eller skærmbilleder fra tidligere projekter med.
        Hvis du har spørgsmål, er du velkommen til at skrive til mig på
        mette.kjaergaard@havnegade-automation.dk.

        Vi glæder os til at møde dig!

        Venlig hilsen
        Mette Kjærgaard
        People & Culture, Havnegade Automation ApS

        Sendt via Teamtailor · Afmeld e-mails: https://havnegade-automation.teamtailor.com/unsubscribe
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="background:#f7f7f7;margin:0"><div style="max-width:560px;margin:24px auto;background:#fff;padding:32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#2b2b2b">
        <p>Hej Lukas,</p>
        <p>Tak for din ansøgning og for en god snak i telefonen i går. Vi skriver på dansk, som du
        selv foreslog – sig endelig til, hvis du hellere vil have det på engelsk.</p>
        <p>Hermed bekræfter vi din samtale om stillingen som automationsingeniør:</p>
        <p><strong>Dato:</strong> onsdag den 14. oktober 2026<br>
        <strong>Tid:</strong> kl. 13.00–14.00 (dansk tid)<br>
        <strong>Sted:</strong> Havnegade Automation ApS, Sluseholmen 4, 2450 København SV<br>
        <strong>Du skal møde:</strong> Mette Kjærgaard (People &amp; Culture) og Anders Holm (teamleder, PLC &amp; SCADA)</p>
        <p>Tag gerne et par eksempler på PLC-kode eller skærmbilleder fra tidligere projekter med.
        Hvis du har spørgsmål, er du velkommen til at skrive til mig på
        <a href="mailto:mette.kjaergaard@havnegade-automation.dk">mette.kjaergaard@havnegade-automation.dk</a>.</p>
        <p>Vi glæder os til at møde dig!</p>
        <p>Venlig hilsen<br>Mette Kjærgaard<br>People &amp; Culture, Havnegade Automation ApS</p>
        </div>
        <p style="text-align:center;font-size:11px;color:#999;font-family:Helvetica,Arial,sans-serif">Sendt via Teamtailor ·
        <a href="https://havnegade-automation.teamtailor.com/unsubscribe" style="color:#999">Afmeld e-mails</a></p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("mta-72.teamtailor-mail.com", "198.2.137.72", "2026-10-07 08:02:55",
                         "UTC", "4MyHk9Gq1dz6r")),
        ("Date", date("2026-10-07 08:02:55", "UTC")),
        ("From", addr("Havnegade Automation", "no-reply@teamtailor-mail.com")),
        ("Reply-To", addr("Havnegade Automation",
                          "havnegade-automation+8c41f2a9@inbound.teamtailor-mail.com")),
        ("To", TO),
        ("Subject", enc("Bekræftelse: samtale om stillingen som automationsingeniør")),
        ("Message-ID", "<6703a1ff0c2e4_1f2b3c4d5e6f7@teamtailor-mail.com>"),
        ("List-Unsubscribe", "<https://havnegade-automation.teamtailor.com/unsubscribe>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(7), family="workday", lang="en", interview=True, kind="scheduled",
      company="Nordhafen Logistics SE",
      start="2026-11-10T08:00:00Z", end="2026-11-10T09:00:00Z",
      contact="jonas.petersen@nordhafen-logistics.com",
      local="Tue 2026-11-10 09:00", local_end="2026-11-10 10:00", zone="Europe/Berlin",
      note="Workday 'Interview Scheduled', HTML only (base64), US date format 'Tuesday, 11/10/2026' "
           "= 10 November (the weekday rules out 11 October). '09:00 AM - 10:00 AM (Central European "
           "Time)', CET -> 08:00Z-09:00Z. Sender is the Workday tenant mailbox; contact = the "
           "recruiter address in the body. Thread: key 18 moves the later onsite.")
def p07() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><style>
        td{font-family:Arial,sans-serif;font-size:13px;color:#333}
        </style></head><body>
        <table width="100%" cellpadding="0" cellspacing="0" bgcolor="#eef1f5"><tr><td align="center">
        <table width="620" cellpadding="20" cellspacing="0" bgcolor="#ffffff">
        <tr><td style="border-bottom:4px solid #003a70"><b style="font-size:18px;color:#003a70">NORDHAFEN LOGISTICS</b></td></tr>
        <tr><td>
        <p>Dear Lukas,</p>
        <p>Thank you for your interest in the position <b>Senior Controls Engineer, Terminal Automation (R-0042817)</b>.
        We are pleased to confirm your interview as follows:</p>
        <table cellpadding="3" cellspacing="0">
        <tr><td width="120"><b>Date:</b></td><td>Tuesday, 11/10/2026</td></tr>
        <tr><td><b>Time:</b></td><td>09:00 AM - 10:00 AM (Central European Time)</td></tr>
        <tr><td><b>Location:</b></td><td>Microsoft Teams (the meeting link is in the calendar invitation sent by your recruiter)</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Jonas Petersen (Talent Acquisition)<br>Dr. Ulrike Brandes (Head of Terminal Automation)</td></tr>
        </table>
        <p>Should you have any questions, please contact Jonas Petersen at
        <a href="mailto:jonas.petersen@nordhafen-logistics.com">jonas.petersen@nordhafen-logistics.com</a>.</p>
        <p>You can review the status of your application at any time in our
        <a href="https://wd3.myworkdayjobs.com/nordhafen/login">Candidate Home</a>.</p>
        <p>Kind regards,<br>Nordhafen Logistics SE &ndash; Talent Acquisition</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.
        Nordhafen Logistics SE, Am Kaiserkai 60, 20457 Hamburg.</td></tr>
        </table></td></tr></table></body></html>
        """)
    headers = [
        ("Received", rcv("mta-out-2.myworkday.com", "199.189.8.11", "2026-11-05 08:30:18",
                         "America/Los_Angeles", "4NCm0Xk2Lbz7s")),
        ("Date", date("2026-11-05 08:30:18", "America/Los_Angeles")),
        ("From", addr("Nordhafen Logistics", "nordhafen@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Senior Controls Engineer, Terminal Automation (R-0042817)"),
        ("Message-ID", "<1462770218.88104.1794414618221@wd3-prod-mail-a2>"),
        ("X-Workday-Tenant", "nordhafen"),
    ]
    return message(headers, html(page, cte="base64"))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      company="Tidewater Energy Systems Ltd",
      start="2026-11-18T09:00:00Z", end="2026-11-18T09:30:00Z",
      contact="harriet.osei@tidewater-energy.co.uk",
      local="Wed 2026-11-18 10:00", local_end="2026-11-18 10:30", zone="Europe/Berlin",
      note="Calendly invitee confirmation, booked by the candidate; the time is shown in his own "
           "zone '10:00am - 10:30am (Central European Time)' -> 09:00Z-09:30Z (09:00 in London, "
           "GMT). ICS in UTC agrees. Contact = Reply-To host; the sender is notifications@.")
def p08() -> bytes:
    body = t("""
        Hi Lukas Brandner,

        A new event has been scheduled.

        Event Type:
        Intro call - Controls Engineer (Remote, UK)

        Invitee:
        Lukas Brandner

        Invitee Email:
        lukas.brandner@example.org

        Event Date/Time:
        10:00am - 10:30am (Central European Time) on Wednesday, 18 November 2026

        Location:
        This is a Microsoft Teams web conference.
        Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk0NzQ2MmEtZjM1%40thread.v2/0

        Host:
        Harriet Osei, Tidewater Energy Systems

        Questions:
        Please share anything you'd like us to know in advance:
        Happy to talk about my BESS commissioning work in Lower Saxony.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6e1f0a7b-2d4c-4e8a-9b31-c0d5a6f7e8b9
        Reschedule: https://calendly.com/reschedulings/6e1f0a7b-2d4c-4e8a-9b31-c0d5a6f7e8b9

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="margin:0;background:#fafafa">
        <div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:16px;padding:32px">
        <p>Hi Lukas Brandner,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Controls Engineer (Remote, UK)</p>
        <p><b>Invitee:</b><br>Lukas Brandner</p>
        <p><b>Invitee Email:</b><br><a href="mailto:lukas.brandner@example.org">lukas.brandner@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:30am (Central European Time) on Wednesday, 18 November 2026</p>
        <p><b>Location:</b><br>This is a Microsoft Teams web conference.<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk0NzQ2MmEtZjM1%40thread.v2/0">Join</a></p>
        <p><b>Host:</b><br>Harriet Osei, Tidewater Energy Systems</p>
        <p><b>Questions:</b><br>Please share anything you'd like us to know in advance:<br>
        Happy to talk about my BESS commissioning work in Lower Saxony.</p>
        <p style="font-size:13px">Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/6e1f0a7b-2d4c-4e8a-9b31-c0d5a6f7e8b9">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/6e1f0a7b-2d4c-4e8a-9b31-c0d5a6f7e8b9">Reschedule</a></p>
        <p style="font-size:12px;color:#666">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Calendly//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTAMP:20261112T201403Z",
        "UID:6e1f0a7b-2d4c-4e8a-9b31-c0d5a6f7e8b9@calendly.com",
        "DTSTART:20261118T090000Z",
        "DTEND:20261118T093000Z",
        "SUMMARY:Intro call - Controls Engineer (Remote\\, UK) between Harriet Osei and Lukas Brandner",
        "ORGANIZER;CN=Harriet Osei:mailto:harriet.osei@tidewater-energy.co.uk",
        "ATTENDEE;CN=Lukas Brandner;PARTSTAT=ACCEPTED:mailto:lukas.brandner@example.org",
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("o1.email.calendly.com", "167.89.101.33", "2026-11-12 20:14:03", "UTC",
                         "4NJ0bV3RtYz1m")),
        ("Date", date("2026-11-12 20:14:03", "UTC")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Harriet Osei", "harriet.osei@tidewater-energy.co.uk")),
        ("To", ME),
        ("Subject", "Confirmed: Intro call - Controls Engineer (Remote, UK) with Harriet Osei on "
                    "Wednesday, 18 November 2026"),
        ("Message-ID", "<ZQc3mPq1Sb6x0Lh2nYtFvA@geopod-ismtpd-7>"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(9), family="google_calendar", lang="de", interview=True, kind="scheduled",
      company="Weserlicht Energie GmbH",
      start="2026-10-22T11:30:00Z", end="2026-10-22T12:30:00Z",
      contact="inga.meyerhoff@weserlicht-energie.de",
      local="Thu 2026-10-22 13:30", local_end="2026-10-22 14:30", zone="Europe/Berlin",
      note="German Google Calendar invitation from the recruiter (ORGANIZER, From, Reply-To). "
           "'Do. 22. Okt. 2026 13:30 - 14:30 (MESZ)', still summer time (the switch is on the 25th) "
           "-> 11:30Z-12:30Z; ICS TZID=Europe/Berlin agrees.")
def p09() -> bytes:
    summary = "Vorstellungsgespräch Lukas Brandner – Automatisierungsingenieur (m/w/d)"
    desc = ("Hallo Herr Brandner,\n\nwie besprochen das Gespräch bei uns vor Ort mit Herrn Addicks "
            "(Leitung Leittechnik) und mir. Bitte melden Sie sich am Empfang im Haus A.\n\n"
            "Viele Grüße\nInga Meyerhoff")
    body = t(f"""
        {summary}
        Donnerstag, 22. Oktober 2026 ⋅ 13:30–14:30
        Zeitzone: Europe/Berlin

        Ort
        Weserlicht Energie GmbH, Konsul-Smidt-Straße 88, 28217 Bremen, Deutschland

        Hallo Herr Brandner,

        wie besprochen das Gespräch bei uns vor Ort mit Herrn Addicks (Leitung Leittechnik) und
        mir. Bitte melden Sie sich am Empfang im Haus A.

        Viele Grüße
        Inga Meyerhoff

        Gäste
        Inga Meyerhoff - Organisator
        Henrik Addicks
        lukas.brandner@example.org
        Alle Gästeinformationen ansehen https://calendar.google.com/calendar/event?action=VIEW&eid=NXFhMmdqYzNrOWs

        Antworten für lukas.brandner@example.org
        Ja https://calendar.google.com/calendar/event?action=RESPOND&eid=NXFhMmdqYzNrOWs&rst=1
        Nein https://calendar.google.com/calendar/event?action=RESPOND&eid=NXFhMmdqYzNrOWs&rst=2
        Vielleicht https://calendar.google.com/calendar/event?action=RESPOND&eid=NXFhMmdqYzNrOWs&rst=3

        Einladung von Google Kalender https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie "Nein" auswählen,
        wird der Organisator benachrichtigt und Sie werden von der Gästeliste entfernt.
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div itemscope itemtype="http://schema.org/EventReservation"><meta itemprop="eventReservationStatus" content="http://schema.org/EventScheduled"/>
        <div itemprop="reservationFor" itemscope itemtype="http://schema.org/Event">
        <meta itemprop="name" content="{summary}"/>
        <meta itemprop="startDate" content="2026-10-22T11:30:00Z"/><meta itemprop="endDate" content="2026-10-22T12:30:00Z"/>
        </div></div>
        <table style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px" width="100%">
        <tr><td><h2 style="font-weight:400;font-size:22px;color:#3c4043">{summary}</h2></td></tr>
        <tr><td>Donnerstag, 22. Oktober 2026 &#8901; 13:30&ndash;14:30<br><span style="color:#70757a">Zeitzone: Europe/Berlin</span></td></tr>
        <tr><td style="padding-top:12px"><b>Ort</b><br>Weserlicht Energie GmbH, Konsul-Smidt-Straße 88, 28217 Bremen, Deutschland</td></tr>
        <tr><td style="padding-top:12px">Hallo Herr Brandner,<br><br>wie besprochen das Gespräch bei uns vor Ort mit Herrn Addicks
        (Leitung Leittechnik) und mir. Bitte melden Sie sich am Empfang im Haus A.<br><br>Viele Grüße<br>Inga Meyerhoff</td></tr>
        <tr><td style="padding-top:12px"><b>Gäste</b><br>Inga Meyerhoff &ndash; Organisator<br>Henrik Addicks<br>lukas.brandner@example.org</td></tr>
        <tr><td style="padding-top:16px;font-size:12px;color:#70757a">Einladung von Google Kalender. Sie erhalten diese E-Mail,
        weil Sie Gast bei diesem Termin sind.</td></tr>
        </table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        TZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20261022T133000",
        "DTEND;TZID=Europe/Berlin:20261022T143000",
        "DTSTAMP:20261016T090314Z",
        "ORGANIZER;CN=Inga Meyerhoff:mailto:inga.meyerhoff@weserlicht-energie.de",
        "UID:5qa2gjc3k9k1t0m8h4r6v2b7dd@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Inga Meyerhoff;"
        "X-NUM-GUESTS=0:mailto:inga.meyerhoff@weserlicht-energie.de",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Henrik Addicks;"
        "X-NUM-GUESTS=0:mailto:henrik.addicks@weserlicht-energie.de",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
        "CN=lukas.brandner@example.org;X-NUM-GUESTS=0:mailto:lukas.brandner@example.org",
        "CREATED:20261016T090233Z",
        "DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"),
        "LAST-MODIFIED:20261016T090313Z",
        "LOCATION:Weserlicht Energie GmbH\\, Konsul-Smidt-Straße 88\\, 28217 Bremen\\, Deutschland",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:" + summary,
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", "2026-10-16 11:03:15",
                         "Europe/Berlin", "4N9pWc1Lx4z5t")),
        ("Reply-To", addr("Inga Meyerhoff", "inga.meyerhoff@weserlicht-energie.de")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-2f4b9e1c-0d7a-4c33-8b51-6a9e0f3d2c18@google.com>"),
        ("Date", date("2026-10-16 11:03:15", "Europe/Berlin")),
        ("Subject", enc(f"Einladung: {summary} @ Do. 22. Okt. 2026 13:30 - 14:30 (MESZ) "
                        "(lukas.brandner@example.org)")),
        ("From", addr("Inga Meyerhoff", "inga.meyerhoff@weserlicht-energie.de")),
        ("To", ME),
    ]
    inner = alt(text(body, cte="quoted-printable", params="format=flowed; delsp=yes"),
                html(page), calendar(ics, cte="quoted-printable"))
    return message(headers, mixed(inner, calendar(ics, method=None, ctype="application/ics",
                                                  cte="base64", filename="invite.ics",
                                                  disposition="attachment", name_param=True)))


@mail(n(10), family="ashby", lang="en", interview=True, kind="scheduled",
      company="Alpenfirn AG",
      start="2026-09-22T13:00:00Z", end="2026-09-22T14:00:00Z",
      contact="nina.bruegger@alpenfirn.ch",
      local="Tue 2026-09-22 15:00", local_end="2026-09-22 16:00", zone="Europe/Zurich",
      note="Ashby confirmation for a Zürich remote team; 'Tuesday, September 22, 2026, 3:00 PM - "
           "4:00 PM CEST' (Zürich and Hanover share the offset) -> 13:00Z-14:00Z; ICS "
           "TZID=Europe/Zurich agrees. Sender no-reply@ashbyhq.com; contact = Reply-To recruiter.")
def p10() -> bytes:
    body = t("""
        Hi Lukas,

        Your interview with Alpenfirn is confirmed. We're looking forward to speaking with you!

        Technical Interview - Senior Controls Engineer (Remote, CH/DE)
        Tuesday, September 22, 2026, 3:00 PM - 4:00 PM CEST
        Google Meet: https://meet.google.com/wco-rpzu-kyd

        You'll meet with:
          Matthias Zürcher - Principal Automation Engineer
          Lea Frischknecht - Engineering Manager, Building Systems

        What to expect: a walkthrough of one of your projects (bring a diagram if you like) and a
        discussion about BACnet/Modbus integration. No live coding.

        Questions? Just reply and it will reach Nina Brügger.

        Thanks,
        Alpenfirn Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f;background:#ffffff">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Lukas,</p>
        <p>Your interview with Alpenfirn is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e4e4e7;border-radius:8px;padding:16px">
        <p style="margin:0;font-weight:600">Technical Interview - Senior Controls Engineer (Remote, CH/DE)</p>
        <p style="margin:4px 0">Tuesday, September 22, 2026, 3:00 PM &ndash; 4:00 PM CEST</p>
        <p style="margin:4px 0">Google Meet: <a href="https://meet.google.com/wco-rpzu-kyd">https://meet.google.com/wco-rpzu-kyd</a></p>
        </div>
        <p>You&#x27;ll meet with:<br>Matthias Zürcher &mdash; Principal Automation Engineer<br>
        Lea Frischknecht &mdash; Engineering Manager, Building Systems</p>
        <p>What to expect: a walkthrough of one of your projects (bring a diagram if you like) and a
        discussion about BACnet/Modbus integration. No live coding.</p>
        <p>Questions? Just reply and it will reach Nina Brügger.</p>
        <p>Thanks,<br>Alpenfirn Recruiting</p>
        <p style="font-size:11px;color:#a1a1aa">Sent with Ashby</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Ashby//Ashby Scheduling//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        TZ["Europe/Zurich"],
        "BEGIN:VEVENT",
        "UID:9c0e51d7-4b2a-4f38-a6e1-7d2c3b0f9e41",
        "DTSTAMP:20260914T164022Z",
        "DTSTART;TZID=Europe/Zurich:20260922T150000",
        "DTEND;TZID=Europe/Zurich:20260922T160000",
        "SEQUENCE:0",
        "SUMMARY:Alpenfirn - Technical Interview (Lukas Brandner)",
        "LOCATION:https://meet.google.com/wco-rpzu-kyd",
        "ORGANIZER;CN=Nina Brügger:mailto:nina.bruegger@alpenfirn.ch",
        "ATTENDEE;CN=Lukas Brandner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
        "lukas.brandner@example.org",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("a48-93.smtp-out.amazonses.com", "54.240.48.93", "2026-09-14 16:40:22",
                         "UTC", "4MdX3qT9Vkz2w")),
        ("From", addr("Alpenfirn", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Nina Brügger", "nina.bruegger@alpenfirn.ch")),
        ("To", TO),
        ("Subject", "Interview confirmed: Senior Controls Engineer (Remote, CH/DE) at Alpenfirn"),
        ("Date", date("2026-09-14 16:40:22", "UTC")),
        ("Message-ID", "<0100019a1f3e7c21-6d8b0f4e-2a91-4c7e-b3d5-9e0a1c2f4b6d-000000@email.amazonses.com>"),
    ]
    return message(headers, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                                  calendar(ics, cte="base64", filename="invite.ics",
                                           disposition="attachment")))


@mail(n(11), family="lever", lang="en", interview=True, kind="scheduled",
      company="Brightrail Systems Ltd",
      start="2026-11-19T14:00:00Z", end="2026-11-19T15:00:00Z",
      contact="oliver.quayle@brightrail.co.uk",
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone="Europe/London",
      note="Lever confirmation for a London remote team. 'Thursday, 19 November 2026, 2:00pm - "
           "3:00pm GMT' (UK winter time = UTC) -> 14:00Z-15:00Z; the recruiter's line '3pm your "
           "time in Hanover' is CET and agrees. Contact = Reply-To recruiter. Thread: key 22 "
           "cancels the next round.")
def p11() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks again for your time on the phone last week. I'm pleased to confirm your interview
        for Senior Controls Engineer - Signalling Systems (Remote, UK/EU):

        When: Thursday, 19 November 2026, 2:00pm - 3:00pm GMT
        Where: Zoom - https://brightrail.zoom.us/j/93120554871
        With: Kwame Asante (Engineering Lead) and Rhiannon Price (Senior Systems Engineer)

        That's 3pm your time in Hanover. Kwame will want to dig into safety PLCs and how you've
        handled SIL requirements, so have an example or two ready.

        If anything changes just reply here.

        Cheers,
        Oliver

        Oliver Quayle
        Technical Recruiter, Brightrail Systems
        """)
    page = t("""
        <div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px">
        <p>Hi Lukas,</p>
        <p>Thanks again for your time on the phone last week. I'm pleased to confirm your interview
        for Senior Controls Engineer - Signalling Systems (Remote, UK/EU):</p>
        <p><b>When:</b> Thursday, 19 November 2026, 2:00pm - 3:00pm GMT<br>
        <b>Where:</b> Zoom - <a href="https://brightrail.zoom.us/j/93120554871">https://brightrail.zoom.us/j/93120554871</a><br>
        <b>With:</b> Kwame Asante (Engineering Lead) and Rhiannon Price (Senior Systems Engineer)</p>
        <p>That's 3pm your time in Hanover. Kwame will want to dig into safety PLCs and how you've
        handled SIL requirements, so have an example or two ready.</p>
        <p>If anything changes just reply here.</p>
        <p>Cheers,<br>Oliver</p>
        <p>Oliver Quayle<br>Technical Recruiter, Brightrail Systems</p>
        </div>
        <div style="font-size:11px;color:#999;font-family:Arial,sans-serif">Sent via Lever</div>
        """)
    headers = [
        ("Received", rcv("mail-out.hire.lever.co", "52.27.9.14", "2026-11-13 10:15:40", "UTC",
                         "4NJhB1sK8mz0c")),
        ("Date", date("2026-11-13 10:15:40", "UTC")),
        ("From", addr("Oliver Quayle (Brightrail Systems)", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Oliver Quayle", "oliver.quayle@brightrail.co.uk")),
        ("To", TO),
        ("Subject", "Interview confirmation - Brightrail Systems"),
        ("Message-ID", "<20261113101540.4b7c2e19a0f3d8e6@hire.lever.co>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(12), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      company="Hildesheimer Prüftechnik GmbH",
      start="2026-12-04T08:30:00Z", end="2026-12-04T09:30:00Z",
      contact="katrin.oelkers@hi-prueftechnik.de",
      local="Fri 2026-12-04 09:30", local_end="2026-12-04 10:30", zone="Europe/Berlin",
      note="Forwarded to self as an attachment (message/rfc822) from the candidate's other "
           "address. The attached SmartRecruiters confirmation: 'Freitag, 04.12.2026, 09:30 Uhr', "
           "'Dauer: 60 Minuten', CET -> 08:30Z-09:30Z. The outer sender is the candidate and the "
           "inner one a no-reply, so contact = the recruiter's address in the forwarded body.")
def p12() -> bytes:
    inner_text = t("""
        Guten Tag Herr Brandner,

        vielen Dank für Ihr Interesse an der Position Prüfstandsingenieur Elektrik/Automatisierung
        (m/w/d). Sie haben über unseren Terminlink bereits einen Termin gebucht – hiermit erhalten
        Sie die Bestätigung:

        Termin:            Freitag, 04.12.2026, 09:30 Uhr
        Dauer:             60 Minuten
        Ort:               Hildesheimer Prüftechnik GmbH, Am Bockfeld 7, 31137 Hildesheim
        Gesprächspartner:  Katrin Oelkers (Personal), Stefan Rüther (Leitung Prüffeld)

        Im Anschluss zeigen wir Ihnen gern unsere Prüfstände. Für Rückfragen erreichen Sie
        Frau Oelkers unter katrin.oelkers@hi-prueftechnik.de oder 05121 000 3340.

        Mit freundlichen Grüßen
        Ihr Team der Hildesheimer Prüftechnik GmbH

        Diese Nachricht wurde über SmartRecruiters versendet.
        """)
    inner_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Guten Tag Herr Brandner,</p>
        <p>vielen Dank für Ihr Interesse an der Position Prüfstandsingenieur Elektrik/Automatisierung
        (m/w/d). Sie haben über unseren Terminlink bereits einen Termin gebucht &ndash; hiermit erhalten
        Sie die Bestätigung:</p>
        <table cellpadding="3"><tr><td><b>Termin:</b></td><td>Freitag, 04.12.2026, 09:30 Uhr</td></tr>
        <tr><td><b>Dauer:</b></td><td>60 Minuten</td></tr>
        <tr><td><b>Ort:</b></td><td>Hildesheimer Prüftechnik GmbH, Am Bockfeld 7, 31137 Hildesheim</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Katrin Oelkers (Personal), Stefan Rüther (Leitung Prüffeld)</td></tr></table>
        <p>Im Anschluss zeigen wir Ihnen gern unsere Prüfstände. Für Rückfragen erreichen Sie
        Frau Oelkers unter <a href="mailto:katrin.oelkers@hi-prueftechnik.de">katrin.oelkers@hi-prueftechnik.de</a>
        oder 05121 000 3340.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Team der Hildesheimer Prüftechnik GmbH</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde über SmartRecruiters versendet.</p>
        </body></html>
        """)
    inner_headers = [
        ("Return-Path", "<bounces+4410923@em.smartrecruiters.com>"),
        ("Date", date("2026-11-30 15:22:08", "Europe/Berlin")),
        ("From", addr("Hildesheimer Prüftechnik GmbH", "noreply@smartrecruiters.com")),
        ("Reply-To", "reply+7be01c24d9@messages.smartrecruiters.com"),
        ("To", addr("Lukas Brandner", ME2)),
        ("Subject", enc("Terminbestätigung: Ihr Vorstellungsgespräch bei der Hildesheimer "
                        "Prüftechnik GmbH")),
        ("Message-ID", "<sr.5f0c2a7e9b.20261130142208@smartrecruiters.com>"),
    ]
    inner = message(inner_headers, alt(text(inner_text), html(inner_html)))
    outer_text = t("""
        zur Ablage - steht schon im Kalender.

        Gesendet von meinem anderen Postfach
        """)
    headers = [
        ("Received", rcv("mout.example.net", "192.0.2.44", "2026-11-30 18:05:31", "Europe/Berlin",
                         "4NRt7Gv0Cqz9j")),
        ("Date", date("2026-11-30 18:05:31", "Europe/Berlin")),
        ("From", addr("Lukas Brandner", ME2)),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Fwd: Terminbestätigung: Ihr Vorstellungsgespräch bei der Hildesheimer "
                        "Prüftechnik GmbH")),
        ("Message-ID", "<b71c0e2a-5d9f-4e83-a4c6-1f0b7d2e9a35@example.net>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, mixed(text(outer_text, cte="7bit", params="format=flowed"),
                                  attached_message(inner, filename="Terminbestaetigung.eml")))


@mail(n(13), family="human_prose", lang="de", interview=True, kind="scheduled",
      company="Steinhuder Mess- und Regeltechnik GmbH",
      start="2026-11-05T10:00:00Z", end=None,
      contact="h.rabe@steinhuder-mrt.de",
      local="Thu 2026-11-05 11:00", zone="Europe/Berlin",
      note="Short Outlook reply 'dann haben wir den Termin so eingetragen ... Bis Donnerstag!' on top "
           "of the thread: her proposal (Thu 5 Nov 11:00 or Fri 6 Nov 9:00) and the candidate's "
           "acceptance of Thursday 11:00. CET -> 10:00Z; 'etwa anderthalb Stunden' -> end null. "
           "iso-8859-1, 8bit. Contact = the recruiter (sender).",
      days=(("Wed", "2026-10-28"), ("Thu", "2026-10-29"), ("Fri", "2026-11-06")))
def p13() -> bytes:
    body = t("""
        Guten Morgen Herr Brandner,

        prima, dann haben wir den Termin so eingetragen. Herr Dreyer und ich freuen uns auf Sie.
        Parkplätze gibt es bei uns auf dem Hof, melden Sie sich bitte einfach am Empfang.

        Bis Donnerstag!

        Freundliche Grüße

        Heike Rabe
        Personalabteilung

        Steinhuder Mess- und Regeltechnik GmbH
        Luthe-Weg 3 | 31515 Wunstorf
        Tel. 05031 000 218 | h.rabe@steinhuder-mrt.de
        Geschäftsführer: Uwe Dreyer | Amtsgericht Hannover HRB 000731

        -----Ursprüngliche Nachricht-----
        Von: Lukas Brandner <lukas.brandner@example.org>
        Gesendet: Donnerstag, 29. Oktober 2026 19:47
        An: Rabe, Heike <h.rabe@steinhuder-mrt.de>
        Betreff: AW: Terminvorschlag Vorstellungsgespräch

        Sehr geehrte Frau Rabe,

        vielen Dank für die Einladung! Donnerstag, der 5. November um 11:00 Uhr passt mir sehr gut.

        Mit freundlichen Grüßen
        Lukas Brandner

        -----Ursprüngliche Nachricht-----
        Von: Rabe, Heike <h.rabe@steinhuder-mrt.de>
        Gesendet: Mittwoch, 28. Oktober 2026 14:03
        An: Lukas Brandner <lukas.brandner@example.org>
        Betreff: Terminvorschlag Vorstellungsgespräch

        Sehr geehrter Herr Brandner,

        Ihre Unterlagen haben uns gut gefallen und wir würden Sie gern persönlich kennenlernen.
        Passt Ihnen Donnerstag, 5. November, um 11:00 Uhr oder alternativ Freitag, 6. November,
        um 9:00 Uhr? Planen Sie bitte etwa anderthalb Stunden ein, Herr Dreyer zeigt Ihnen im
        Anschluss noch die Fertigung.

        Freundliche Grüße
        Heike Rabe
        """)
    headers = [
        ("Received", rcv("mail.steinhuder-mrt.de", "198.51.100.23", "2026-10-30 08:12:51",
                         "Europe/Berlin", "4NHd0Qm5Yrz1b")),
        ("From", addr("Rabe, Heike", "h.rabe@steinhuder-mrt.de")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", "AW: AW: Terminvorschlag =?iso-8859-1?q?Vorstellungsgespr=E4ch?="),
        ("Thread-Topic", "Terminvorschlag =?iso-8859-1?q?Vorstellungsgespr=E4ch?="),
        ("Thread-Index", "AdxqA1wTbq0Yl3s4Qe2oJv9f0c7kWAAkz9NA"),
        ("Date", date("2026-10-30 08:12:51", "Europe/Berlin")),
        ("Message-ID", "<8c3e1f0a2b4d4e5fa9c17d2e60b3a418@EXCH01.steinhuder-mrt.local>"),
        ("References", "<1d2f0c9e7a8b4c3d@EXCH01.steinhuder-mrt.local> "
                       "<CAE3kL9x+Rb2n0Tq@mail.example.org>"),
        ("In-Reply-To", "<CAE3kL9x+Rb2n0Tq@mail.example.org>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
    ]
    return message(headers, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(14), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      company="Brunsviga Sensorik GmbH",
      start="2026-09-07T09:00:00Z", end="2026-09-07T09:45:00Z",
      contact=None,
      local="Mon 2026-09-07 11:00", local_end="2026-09-07 11:45", zone="Europe/Berlin",
      note="Microsoft Bookings confirmation. The body's zone label '(UTC+01:00) Amsterdam, Berlin, "
           "Bern, Rom, Stockholm, Wien' is the Windows standard offset; on 7 September Berlin is "
           "CEST, so 11:00-11:45 -> 09:00Z-09:45Z (ICS W. Europe Standard Time agrees). Sender and "
           "ORGANIZER are the Bookings mailbox, the staff member is named without an address -> "
           "contact null.")
def p14() -> bytes:
    body = t("""
        Hallo Lukas Brandner,

        Vielen Dank für Ihre Buchung bei Brunsviga Sensorik GmbH.

        Bewerbungsgespräch Steuerungssoftware (45 Min.)
        Montag, 7. September 2026
        11:00 - 11:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Mitarbeiter
        Carsten Lüdecke

        Ort
        Microsoft Teams-Besprechung
        An der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmU3NDEwOTQtZjI2%40thread.v2/0

        Wir rufen Sie nicht an, bitte treten Sie der Besprechung über den Link bei.

        Buchung verwalten: https://outlook.office365.com/owa/calendar/BrunsvigaSensorikBewerbungsgesprche@brunsvigasensorik.onmicrosoft.com/bookings/

        Brunsviga Sensorik GmbH
        Frankfurter Straße 250, 38122 Braunschweig
        0531 000 7712
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:560px">
        <p>Hallo Lukas Brandner,</p>
        <p>Vielen Dank für Ihre Buchung bei Brunsviga Sensorik GmbH.</p>
        <div style="border-left:4px solid #0078d4;padding-left:12px">
        <div style="font-size:18px;font-weight:600">Bewerbungsgespräch Steuerungssoftware (45 Min.)</div>
        <div>Montag, 7. September 2026</div>
        <div>11:00 - 11:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        </div>
        <p><b>Mitarbeiter</b><br>Carsten Lüdecke</p>
        <p><b>Ort</b><br>Microsoft Teams-Besprechung<br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmU3NDEwOTQtZjI2%40thread.v2/0">An der Besprechung teilnehmen</a></p>
        <p>Wir rufen Sie nicht an, bitte treten Sie der Besprechung über den Link bei.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/BrunsvigaSensorikBewerbungsgesprche@brunsvigasensorik.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        <p style="color:#605e5c;font-size:12px">Brunsviga Sensorik GmbH<br>Frankfurter Straße 250, 38122 Braunschweig<br>0531 000 7712</p>
        </div></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Brunsviga Sensorik Bewerbungsgespräche:mailto:BrunsvigaSensorikBewerbungsgesprche@"
        "brunsvigasensorik.onmicrosoft.com",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Brandner:mailto:"
        "lukas.brandner@example.org",
        "DESCRIPTION;LANGUAGE=de-DE:Bewerbungsgespräch Steuerungssoftware (45 Min.)\\nMitarbeiter: "
        "Carsten Lüdecke\\n",
        "UID:040000008200E00074C5B7101A82E00800000000F1D2C3B4A59DDC0100000000000000001000000055"
        "C0A1E2F3B4D5C6A7B8C9D0E1F2A3B4",
        "SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Steuerungssoftware (45 Min.)",
        "DTSTART;TZID=W. Europe Standard Time:20260907T110000",
        "DTEND;TZID=W. Europe Standard Time:20260907T114500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260901T132005Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    mbox = "BrunsvigaSensorikBewerbungsgesprche@brunsvigasensorik.onmicrosoft.com"
    headers = [
        ("Received", rcv("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.57",
                         "2026-09-01 13:20:05", "UTC", "4MZs2Tb8Hnz6v")),
        ("From", addr("Brunsviga Sensorik Bewerbungsgespräche", mbox)),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Ihre Buchung wurde bestätigt: Bewerbungsgespräch Steuerungssoftware "
                        "(45 Min.) mit Brunsviga Sensorik GmbH")),
        ("Date", date("2026-09-01 13:20:05", "UTC")),
        ("Message-ID", "<DB9PR07MB7323A1B2C3D4E5F60718293A4B5C6@DB9PR07MB7323.eurprd07.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Exchange-Organization-BookingsAppointment", "true"),
    ]
    return message(headers, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(15), family="zoom", lang="de-CH", interview=True, kind="scheduled",
      company="Limmat Prozessleittechnik AG",
      start="2026-12-01T13:00:00Z", end=None,
      contact="reto.baumgartner@limmat-plt.ch",
      local="Tue 2026-12-01 14:00", zone="Europe/Zurich",
      note="Swiss German prose (no ß, 'Grüezi', '14.00 Uhr') with a pasted Zoom invitation "
           "('1. Dez. 2026 02:00 PM Zürich'). 'nächsten Dienstag, 1. Dezember' from Thu 26 Nov; "
           "CET -> 13:00Z. 'rund eine Stunde' -> end null. Contact = the human sender.")
def p15() -> bytes:
    body = t("""
        Grüezi Herr Brandner

        Besten Dank für das angenehme Telefonat von heute Morgen. Wie besprochen treffen wir uns am
        nächsten Dienstag, 1. Dezember, um 14.00 Uhr per Zoom zum Fachgespräch. Mit dabei ist auch
        unsere Teamleiterin Prozessautomation, Frau Corinne Stäubli. Das Gespräch dauert rund eine
        Stunde; wir schauen uns gemeinsam ein kleines Beispiel aus einem unserer Wasserwerk-Projekte
        an.

        Die Zugangsdaten finden Sie unten.

        Freundliche Grüsse
        Reto Baumgartner

        Head of Engineering
        Limmat Prozessleittechnik AG | Hardturmstrasse 161 | 8005 Zürich
        +41 44 000 63 20 | www.limmat-plt.ch


        Reto Baumgartner lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Fachgespräch Lukas Brandner / Limmat PLT
        Uhrzeit: 1. Dez. 2026 02:00 PM Zürich

        Zoom-Meeting beitreten
        https://limmat-plt.zoom.us/j/84410297735?pwd=Qm9vT2xkZk5HdzRaVjZ1bUxtQ0x6UT09

        Meeting-ID: 844 1029 7735
        Kenncode: 518204

        ---

        Schnelleinwahl mobil
        +41434900000,,84410297735#,,,,*518204# Schweiz
        """)
    headers = [
        ("Received", rcv("mail-zr0che01on2109.outbound.protection.outlook.com", "40.107.23.109",
                         "2026-11-26 15:48:02", "Europe/Zurich", "4NPk6Xz3Wdz2f")),
        ("From", addr("Reto Baumgartner", "reto.baumgartner@limmat-plt.ch")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Fachgespräch nächsten Dienstag / Zoom-Link")),
        ("Date", date("2026-11-26 15:48:02", "Europe/Zurich")),
        ("Message-ID", "<ZR0P278MB0712F3A9C4D1E2B60A7C5D8E91B2@ZR0P278MB0712.CHEP278.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-CH"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(16), family="human_prose", lang="de", interview=True, kind="scheduled",
      company="Hunte Automatisierung GmbH",
      start="2026-12-09T08:30:00Z", end=None,
      contact="joerg.tammen@hunte-automatisierung.de",
      local="Wed 2026-12-09 09:30", zone="Europe/Berlin",
      note="Managing director's mail with an all-day ICS (DTSTART;VALUE=DATE:20261209): the time "
           "is only in the text and the summary, 'Mittwoch, den 9. Dezember, um 9:30 Uhr' in "
           "Bremen, CET -> 08:30Z. 'ca. zwei Stunden insgesamt' -> end null. iso-8859-15 QP. "
           "Contact = sender / ORGANIZER.")
def p16() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        wie gerade telefonisch vereinbart, erwarten wir Sie am Mittwoch, den 9. Dezember, um
        9:30 Uhr bei uns in Bremen (Am Hohentorshafen 12, Empfang im Erdgeschoss). Frau Gerdes hat
        Ihnen den Tag schon einmal als Termin in den Kalender gelegt, siehe Anhang.

        Im Anschluss an das Gespräch zeigen wir Ihnen gern unsere Montagehalle und den
        Schaltschrankbau; planen Sie dafür ca. zwei Stunden insgesamt ein.

        Mit freundlichen Grüßen

        Jörg Tammen
        Geschäftsführer

        Hunte Automatisierung GmbH
        Am Hohentorshafen 12 · 28197 Bremen
        Tel. 0421 000 5580 · www.hunte-automatisierung.de
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "CREATED:20261202T164911Z",
        "LAST-MODIFIED:20261202T165302Z",
        "DTSTAMP:20261202T165302Z",
        "UID:3b9e2f10-7c4d-4a1e-9f58-0e6d2c7b1a94",
        "SUMMARY:Vorstellungsgespräch Hr. Brandner (9:30 Uhr)",
        "ORGANIZER;CN=Jörg Tammen:mailto:joerg.tammen@hunte-automatisierung.de",
        "ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Lukas Brandner:mailto:"
        "lukas.brandner@example.org",
        "DTSTART;VALUE=DATE:20261209",
        "DTEND;VALUE=DATE:20261210",
        "TRANSP:TRANSPARENT",
        "LOCATION:Hunte Automatisierung\\, Am Hohentorshafen 12\\, 28197 Bremen",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("smtp.hunte-automatisierung.de", "203.0.113.58", "2026-12-02 17:55:40",
                         "Europe/Berlin", "4NSx1Pd7Mbz4k")),
        ("Message-ID", "<a4e0c7d2-31b8-4f6e-8c90-2d5b1e7f3a06@hunte-automatisierung.de>"),
        ("Date", date("2026-12-02 17:55:40", "Europe/Berlin")),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
        ("To", addr("Lukas Brandner", ME)),
        ("From", addr("Jörg Tammen", "joerg.tammen@hunte-automatisierung.de", charset="iso-8859-15")),
        ("Subject", enc("Ihr Vorstellungsgespräch am 9. Dezember", charset="iso-8859-15")),
    ]
    return message(headers, mixed(text(body, charset="iso-8859-15"),
                                  calendar(ics, filename="invite.ics", disposition="attachment",
                                           cte="quoted-printable")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      company="Grachtwerk Robotics B.V.",
      start="2026-10-08T09:30:00Z", end="2026-10-08T10:15:00Z",
      contact="femke.dewit@grachtwerk.nl",
      local="Thu 2026-10-08 11:30", local_end="2026-10-08 12:15", zone="Europe/Amsterdam",
      note="Greenhouse reschedule (thread with key 4): previous time Tue 6 Oct 3:00 PM CEST, new "
           "time 'Thursday, October 8, 2026, 11:30 AM - 12:15 PM CEST' -> 09:30Z-10:15Z; ICS "
           "SEQUENCE:1 in UTC agrees. Contact = Reply-To recruiter.")
def r17() -> bytes:
    body = t("""
        Hi Lukas,

        Sander has been pulled onto a customer commissioning in Eindhoven tomorrow, so we've had
        to move your interview - apologies for the short notice!

        Previous time:  Tuesday, October 6, 2026, 3:00 PM - 3:45 PM CEST
        New time:       Thursday, October 8, 2026, 11:30 AM - 12:15 PM CEST (Europe/Amsterdam)

        Location: Video call (Google Meet), same link as before
        https://meet.google.com/qvx-htkz-ebm

        Interviewers: Sander Vermeulen, Pooja Raghunathan

        An updated calendar invite is attached. If the new time doesn't work for you, just reply
        and we'll find another slot.

        Best,
        Femke de Wit
        Talent Partner | Grachtwerk Robotics
        """)
    page = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:14px;color:#24292e">
        <p>Hi Lukas,</p>
        <p>Sander has been pulled onto a customer commissioning in Eindhoven tomorrow, so we've had
        to move your interview - apologies for the short notice!</p>
        <table style="margin:12px 0">
        <tr><td style="color:#6a737d;padding-right:12px"><s>Previous time</s></td><td><s>Tuesday, October 6, 2026, 3:00 PM - 3:45 PM CEST</s></td></tr>
        <tr><td style="padding-right:12px"><strong>New time</strong></td><td><strong>Thursday, October 8, 2026, 11:30 AM - 12:15 PM CEST (Europe/Amsterdam)</strong></td></tr>
        </table>
        <p>Location: Video call (Google Meet), same link as before<br>
        <a href="https://meet.google.com/qvx-htkz-ebm">https://meet.google.com/qvx-htkz-ebm</a></p>
        <p>Interviewers: Sander Vermeulen, Pooja Raghunathan</p>
        <p>An updated calendar invite is attached. If the new time doesn't work for you, just reply
        and we'll find another slot.</p>
        <p>Best,<br>Femke de Wit<br>Talent Partner | Grachtwerk Robotics</p>
        </div>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:greenhouse-interview-44019283-7731@greenhouse.io",
        "DTSTAMP:20261005T065512Z",
        "DTSTART:20261008T093000Z",
        "DTEND:20261008T101500Z",
        "SUMMARY:Interview: Lukas Brandner / Grachtwerk Robotics - Controls Engineer (Motion)",
        "LOCATION:https://meet.google.com/qvx-htkz-ebm",
        "ORGANIZER;CN=Femke de Wit:mailto:femke.dewit@grachtwerk.nl",
        "ATTENDEE;CN=Lukas Brandner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
        "lukas.brandner@example.org",
        "SEQUENCE:1",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("o12.us.greenhouse-mail.io", "167.89.19.204", "2026-10-05 06:55:12",
                         "UTC", "4MyB0dR7Tkz3p")),
        ("Date", date("2026-10-05 06:55:12", "UTC")),
        ("From", addr("Grachtwerk Robotics", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Femke de Wit", "femke.dewit@grachtwerk.nl")),
        ("To", TO),
        ("Subject", "Updated: Your interview with Grachtwerk Robotics has been rescheduled"),
        ("Message-ID", "<1A7C44E2.b0f1.4e2d.93a6.5c8e7f0d2b19@us.greenhouse-mail.io>"),
        ("X-Greenhouse-Mail-Type", "candidate_interview_rescheduled"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, cte="base64", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


@mail(n(18), family="goodtime", lang="en", interview=True, kind="rescheduled",
      company="Nordhafen Logistics SE",
      start="2026-12-08T08:30:00Z", end="2026-12-08T11:00:00Z",
      contact="mareike.sommer@nordhafen-logistics.com",
      local="Tue 2026-12-08 09:30", local_end="2026-12-08 12:00", zone="Europe/Berlin",
      note="GoodTime onsite itinerary, rescheduled from Thu 3 Dec to Tue 8 Dec; three sessions "
           "09:30-10:15, 10:15-11:00, 11:15-12:00, 'All times are Central European Time (CET, "
           "UTC+1)' -> first start 08:30Z to last end 11:00Z. Sender is a GoodTime notification "
           "address; contact = Reply-To coordinator. Thread with key 7 (Workday first round).",
      days=(("Thu", "2026-12-03"),))
def r18() -> bytes:
    body = t("""
        Hi Lukas,

        Your onsite interview for Senior Controls Engineer, Terminal Automation has been
        rescheduled. It was previously planned for Thursday, December 3, 2026. Please find your
        updated itinerary below.

        All times are Central European Time (CET, UTC+1).

        Tuesday, December 8, 2026
        Nordhafen Logistics SE - Container Terminal Altenwerder, Visitor Centre at Gate 2,
        Am Ballinkai 3, 21129 Hamburg

        09:30 - 10:15   Meet the hiring manager
                        Dr. Ulrike Brandes, Head of Terminal Automation
        10:15 - 11:00   Technical deep dive: crane automation & PLC architecture
                        Sven Thordsen, Kerstin Lau
        11:00 - 11:15   Break
        11:15 - 12:00   Terminal walk with the automation team

        Safety shoes and a high-vis vest will be provided; please bring a photo ID for the gate.

        Need to make a change? Reply to this email to reach your coordinator, Mareike Sommer.

        Nordhafen Logistics Talent Acquisition
        Scheduled with GoodTime
        """)
    rows = [
        ("09:30 - 10:15", "Meet the hiring manager", "Dr. Ulrike Brandes, Head of Terminal Automation"),
        ("10:15 - 11:00", "Technical deep dive: crane automation &amp; PLC architecture",
         "Sven Thordsen, Kerstin Lau"),
        ("11:00 - 11:15", "Break", ""),
        ("11:15 - 12:00", "Terminal walk with the automation team", ""),
    ]
    trs = "\n".join(
        f'<tr><td style="padding:6px 12px 6px 0;white-space:nowrap;vertical-align:top">{a}</td>'
        f'<td style="padding:6px 0"><b>{b}</b>{"<br>" + c if c else ""}</td></tr>' for a, b, c in rows)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <div style="max-width:600px;margin:0 auto">
        <p>Hi Lukas,</p>
        <p>Your onsite interview for <b>Senior Controls Engineer, Terminal Automation</b> has been
        rescheduled. It was previously planned for Thursday, December 3, 2026. Please find your
        updated itinerary below.</p>
        <p style="color:#555">All times are Central European Time (CET, UTC+1).</p>
        <h3 style="margin-bottom:2px">Tuesday, December 8, 2026</h3>
        <p style="margin-top:0">Nordhafen Logistics SE - Container Terminal Altenwerder, Visitor Centre at Gate 2,
        Am Ballinkai 3, 21129 Hamburg</p>
        <table cellspacing="0" cellpadding="0">
        """) + trs + t("""
        </table>
        <p>Safety shoes and a high-vis vest will be provided; please bring a photo ID for the gate.</p>
        <p>Need to make a change? Reply to this email to reach your coordinator, Mareike Sommer.</p>
        <p>Nordhafen Logistics Talent Acquisition</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </div></body></html>
        """)
    headers = [
        ("Received", rcv("mail.goodtime.io", "168.245.33.12", "2026-12-01 10:40:33", "UTC",
                         "4NS4qJ2Vxcz8n")),
        ("Date", date("2026-12-01 10:40:33", "UTC")),
        ("From", addr("Nordhafen Logistics Recruiting", "notifications@goodtime.io")),
        ("Reply-To", addr("Mareike Sommer", "mareike.sommer@nordhafen-logistics.com")),
        ("To", TO),
        ("Subject", "Rescheduled: Your onsite interview with Nordhafen Logistics - Tuesday, December 8"),
        ("Message-ID", "<goodtime.itinerary.71d2c8e0a4.1796121633@goodtime.io>"),
    ]
    return message(headers, alt(text(body, cte="7bit"), html(page)))


@mail(n(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
      company="Deister Antriebe GmbH",
      start="2026-09-18T11:30:00Z", end=None,
      contact="m.grote@deister-antriebe.de",
      local="Fri 2026-09-18 13:30", zone="Europe/Berlin",
      note="HR manager's prose reschedule sent Mon 14 Sep: old slot 'Donnerstag um 10 Uhr' "
           "(Thu 17 Sep), moved definitively to 'Freitag, 18. September, 13:30 Uhr' (the interviewer "
           "has already accepted, room booked), CEST -> 11:30Z; no length -> end null. "
           "iso-8859-15 QP. Contact = the human sender.",
      days=(("Thu", "2026-09-17"),))
def r19() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        leider muss ich unseren Termin am Donnerstag um 10 Uhr verschieben - unser Technischer
        Leiter, Herr Kaiser, ist an dem Tag kurzfristig zu einer Abnahme beim Kunden in Polen.
        Ich habe das Gespräch deshalb auf Freitag, 18. September, 13:30 Uhr verlegt; Herr Kaiser
        hat bereits zugesagt und der Besprechungsraum ist gebucht. Ort und Ablauf bleiben gleich
        (Werk Barsinghausen, Empfang Halle 3).

        Sollte Ihnen der neue Termin gar nicht passen, geben Sie mir bitte kurz Bescheid.

        Entschuldigen Sie die Umstände!

        Mit freundlichen Grüßen

        Matthias Grote
        Personalleiter
        Deister Antriebe GmbH · Egestorfer Straße 40 · 30890 Barsinghausen
        Telefon 05105 000 140 · m.grote@deister-antriebe.de
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Sehr geehrter Herr Brandner,</p>
        <p>leider muss ich unseren Termin am Donnerstag um 10 Uhr verschieben &ndash; unser Technischer
        Leiter, Herr Kaiser, ist an dem Tag kurzfristig zu einer Abnahme beim Kunden in Polen.
        Ich habe das Gespräch deshalb auf <b>Freitag, 18. September, 13:30 Uhr</b> verlegt; Herr Kaiser
        hat bereits zugesagt und der Besprechungsraum ist gebucht. Ort und Ablauf bleiben gleich
        (Werk Barsinghausen, Empfang Halle 3).</p>
        <p>Sollte Ihnen der neue Termin gar nicht passen, geben Sie mir bitte kurz Bescheid.</p>
        <p>Entschuldigen Sie die Umstände!</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Matthias Grote<br>Personalleiter<br>Deister Antriebe GmbH &middot; Egestorfer Straße 40 &middot; 30890 Barsinghausen<br>
        Telefon 05105 000 140 &middot; <a href="mailto:m.grote@deister-antriebe.de">m.grote@deister-antriebe.de</a></p>
        </div></body></html>
        """)
    headers = [
        ("Received", rcv("mx.deister-antriebe.de", "198.51.100.140", "2026-09-14 08:20:14",
                         "Europe/Berlin", "4MdC1Yh8Rsz5x")),
        ("From", addr("Matthias Grote", "m.grote@deister-antriebe.de")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Verschiebung unseres Gesprächs am Donnerstag", charset="iso-8859-15")),
        ("Date", date("2026-09-14 08:20:14", "Europe/Berlin")),
        ("Message-ID", "<000c01dd45a2$7f3e9b10$7dbbd130$@deister-antriebe.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "de"),
        ("Importance", "High"),
    ]
    return message(headers, alt(text(body, charset="iso-8859-15"),
                                html(page, charset="iso-8859-15")))


@mail(n(20), family="human_prose", lang="en", interview=True, kind="rescheduled",
      company="Kōwhai Grid Ltd",
      start="2026-11-10T19:00:00Z", end=None,
      contact="tama.rewiti@kowhaigrid.com",
      local="Wed 2026-11-11 08:00", zone="Pacific/Auckland",
      note="Co-founder writing from Auckland (Date +1300). New time 'Wednesday 11 Nov at 8:00am my "
           "time (NZDT)' = 'Tuesday 10 Nov at 20:00 for you in Hanover' -> 19:00Z on Tue 10 Nov: the "
           "local date in Auckland is a day later than in UTC. The old slot (Tue 10 Nov 07:30 NZDT = "
           "Mon 9 Nov 19:30 Hanover) is in the quoted thread. 'about 45 minutes' -> end null. "
           "Contact = the human sender.",
      days=(("Tue", "2026-11-03"), ("Tue", "2026-11-10"), ("Mon", "2026-11-09")))
def r20() -> bytes:
    body = t("""
        Kia ora Lukas,

        Really sorry - an investor call has landed on my Tuesday morning, so I need to move our
        chat. Let's do Wednesday 11 Nov at 8:00am my time (NZDT) instead, which is Tuesday 10 Nov
        at 20:00 for you in Hanover. I've updated the calendar invite, same Google Meet link.
        Should take about 45 minutes.

        Priya, who runs our London office, will join too.

        Ngā mihi,
        Tama

        --
        Tama Rewiti
        Co-founder & CTO, Kōwhai Grid
        London · Auckland

        On Tue, 3 Nov 2026 at 21:04, Lukas Brandner <lukas.brandner@example.org> wrote:
        > Hi Tama,
        >
        > Tuesday 10 Nov at 07:30 your time (Monday 19:30 for me) works great. Talk then!
        >
        > Lukas
        >
        > On Tue, 3 Nov 2026 at 09:41, Tama Rewiti <tama.rewiti@kowhaigrid.com> wrote:
        >> Hi Lukas, great to connect. Could you do Tuesday 10 Nov, 7:30am NZDT? I know the time
        >> difference is brutal, evenings your side are easiest for me.
        """)
    headers = [
        ("Received", rcv("mail-pf1-f182.google.com", "209.85.210.182", "2026-11-06 09:12:45",
                         "Pacific/Auckland", "4NDw5Lq1Gfz0h")),
        ("MIME-Version", "1.0"),
        ("References", "<CAFq2kR8+Tz0wPq@mail.gmail.com> <CAE3kL9y+Vc7p1Xs@mail.example.org>"),
        ("In-Reply-To", "<CAE3kL9y+Vc7p1Xs@mail.example.org>"),
        ("From", addr("Tama Rewiti", "tama.rewiti@kowhaigrid.com")),
        ("Date", date("2026-11-06 09:12:45", "Pacific/Auckland")),
        ("Message-ID", "<CAFq2kR9+b4XoLw0e1nT7m@mail.gmail.com>"),
        ("Subject", "Re: Chat about the controls lead role"),
        ("To", addr("Lukas Brandner", ME)),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))), mime_version=False)


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      company="Fleetloop GmbH",
      start="2026-10-27T13:00:00Z", end="2026-10-27T14:30:00Z",
      contact="jannik@fleetloop.de",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:30", zone="Europe/Berlin",
      note="German Google Calendar cancellation (METHOD:CANCEL) of the second round at Fleetloop "
           "(thread with key 5), with the organizer's note that the role is frozen; no new time. "
           "Sent Fri 23 Oct in CEST for Tue 27 Oct 14:00-15:30, which is after the switch to CET "
           "-> 13:00Z-14:30Z. Contact = ORGANIZER/sender.")
def c21() -> bytes:
    summary = "Tech Deep Dive Fleetloop × Lukas"
    body = t(f"""
        Hey Lukas, wir müssen den Deep Dive leider absagen - wir haben die Stelle intern
        eingefroren, bis die Finanzierungsrunde durch ist. Ich melde mich, sobald es weitergeht.
        Sorry!! Jannik

        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        {summary}
        Dienstag, 27. Oktober 2026 ⋅ 14:00–15:30
        Zeitzone: Europe/Berlin

        Ort
        Fleetloop, Sandtorkai 9, 20457 Hamburg

        Gäste
        Jannik Oltmanns - Organisator
        Malte Siefken
        lukas.brandner@example.org

        Einladung von Google Kalender https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    page = t(f"""
        <!doctype html><html><head><meta charset="UTF-8"></head><body>
        <div itemscope itemtype="http://schema.org/EventReservation"><meta itemprop="eventReservationStatus" content="http://schema.org/EventCancelled"/></div>
        <table style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043;font-size:14px" width="100%">
        <tr><td style="background:#fce8e6;padding:12px">Hey Lukas, wir müssen den Deep Dive leider absagen - wir haben die Stelle intern
        eingefroren, bis die Finanzierungsrunde durch ist. Ich melde mich, sobald es weitergeht. Sorry!! Jannik</td></tr>
        <tr><td style="padding-top:12px">Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.</td></tr>
        <tr><td><h2 style="font-weight:400;font-size:22px;text-decoration:line-through">{summary}</h2></td></tr>
        <tr><td>Dienstag, 27. Oktober 2026 &#8901; 14:00&ndash;15:30<br><span style="color:#70757a">Zeitzone: Europe/Berlin</span></td></tr>
        <tr><td style="padding-top:12px"><b>Ort</b><br>Fleetloop, Sandtorkai 9, 20457 Hamburg</td></tr>
        <tr><td style="padding-top:12px"><b>Gäste</b><br>Jannik Oltmanns &ndash; Organisator<br>Malte Siefken<br>lukas.brandner@example.org</td></tr>
        <tr><td style="padding-top:16px;font-size:12px;color:#70757a">Einladung von Google Kalender.
        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.</td></tr>
        </table></body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:CANCEL",
        TZ["Europe/Berlin"],
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20261027T140000",
        "DTEND;TZID=Europe/Berlin:20261027T153000",
        "DTSTAMP:20261023T163002Z",
        "ORGANIZER;CN=Jannik Oltmanns:mailto:jannik@fleetloop.de",
        "UID:1k7vq0c2m4p6r8t0v2x4z6b8d0@google.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lukas.brandner@example.org;"
        "X-NUM-GUESTS=0:mailto:lukas.brandner@example.org",
        "CREATED:20261014T103011Z",
        "LAST-MODIFIED:20261023T163001Z",
        "LOCATION:Fleetloop\\, Sandtorkai 9\\, 20457 Hamburg",
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "SUMMARY:" + summary,
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", "2026-10-23 18:30:02",
                         "Europe/Berlin", "4NF3vK8Wmtz7c")),
        ("Reply-To", addr("Jannik Oltmanns", "jannik@fleetloop.de")),
        ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
        ("Message-ID", "<calendar-8e0d7c2a-41f5-4b9e-a3c6-0f2d5e8b1a77@google.com>"),
        ("Date", date("2026-10-23 18:30:02", "Europe/Berlin")),
        ("Subject", enc(f"Abgesagter Termin: {summary} @ Di. 27. Okt. 2026 14:00 - 15:30 (MEZ) "
                        "(lukas.brandner@example.org)")),
        ("From", addr("Jannik Oltmanns", "jannik@fleetloop.de")),
        ("To", ME),
    ]
    inner = alt(text(body), html(page), calendar(ics, method="CANCEL", cte="quoted-printable"))
    return message(headers, mixed(inner, calendar(ics, method=None, ctype="application/ics",
                                                  cte="base64", filename="invite.ics",
                                                  disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="en", interview=True, kind="cancelled",
      company="Brightrail Systems Ltd",
      start="2026-12-01T11:00:00Z", end="2026-12-01T12:00:00Z",
      contact="oliver.quayle@brightrail.co.uk",
      local="Tue 2026-12-01 11:00", local_end="2026-12-01 12:00", zone="Europe/London",
      note="Recruiter's Outlook mail (windows-1252 QP): the final round 'Tuesday 1 December "
           "(11:00-12:00 UK time)' is cancelled because the hire is on hold; no new time. UK winter "
           "time = UTC -> 11:00Z-12:00Z. Thread with key 11. Contact = the human sender.")
def c22() -> bytes:
    body = t("""
        Hi Lukas,

        I’m sorry to be writing with this one. Late yesterday our board decided to put the
        Signalling Systems hire on hold until the new financial year, so I have to cancel your
        final-round interview on Tuesday 1 December (11:00–12:00 UK time). I’ve withdrawn the
        calendar invite as well.

        This is entirely about budget, not about you – Kwame and Rhiannon were genuinely
        impressed. If the role reopens in the spring I’d love to get back in touch, and I’m happy
        to pass your details on to a couple of partner firms if you’d like.

        Sorry again, and thanks for your patience.

        Best wishes,
        Oliver

        Oliver Quayle
        Technical Recruiter | Brightrail Systems Ltd
        2 Canal Reach, London N1C 4AA
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
        <body lang="EN-GB"><div class="WordSection1">
        <p class="MsoNormal">Hi Lukas,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">I’m sorry to be writing with this one. Late yesterday our board decided to put the
        Signalling Systems hire on hold until the new financial year, so I have to cancel your
        final-round interview on Tuesday 1 December (11:00–12:00 UK time). I’ve withdrawn the
        calendar invite as well.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">This is entirely about budget, not about you – Kwame and Rhiannon were genuinely
        impressed. If the role reopens in the spring I’d love to get back in touch, and I’m happy
        to pass your details on to a couple of partner firms if you’d like.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Sorry again, and thanks for your patience.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Best wishes,<br>Oliver<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal"><b>Oliver Quayle</b><br>Technical Recruiter | Brightrail Systems Ltd<br>2 Canal Reach, London N1C 4AA<o:p></o:p></p>
        </div></body></html>
        """)
    headers = [
        ("Received", rcv("LO2P265CU024.outbound.protection.outlook.com", "40.93.67.24",
                         "2026-11-26 17:02:18", "UTC", "4NPq8Sd2Ljz9w")),
        ("From", addr("Oliver Quayle", "oliver.quayle@brightrail.co.uk")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", "Your final round on 1 December - cancelled"),
        ("Thread-Topic", "Your final round on 1 December - cancelled"),
        ("Thread-Index", "AdyBf2QxT0kLr5s9Rbq8c1nE3d0gYw=="),
        ("Date", date("2026-11-26 17:02:18", "UTC")),
        ("Message-ID", "<LO4P265MB5912C0A7E3B14D2F9A8C71D5E2B9@LO4P265MB5912.GBRP265.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
    ]
    return message(headers, alt(text(body, charset="windows-1252"),
                                html(page, charset="windows-1252")))


@mail(n(23), family="icims", lang="en", interview=True, kind="cancelled",
      company="Kestrel Controls GmbH",
      start="2026-12-10T15:00:00Z", end="2026-12-10T16:00:00Z",
      contact="brianna.castillo@kestrelcontrols.com",
      local="Thu 2026-12-10 10:00", local_end="2026-12-10 11:00", zone="America/New_York",
      note="iCIMS cancellation from a US recruiter: 'Thursday, December 10, 2026, 10:00 AM - 11:00 "
           "AM Eastern Time (16:00 - 17:00 CET)', EST -> 15:00Z-16:00Z; METHOD:CANCEL ICS agrees. "
           "A new time (Mon 14 Dec 9:00 AM ET) is only proposed and awaits the candidate's reply, "
           "so the kind stays 'cancelled' and start = the cancelled slot. Contact = Reply-To "
           "recruiter.",
      days=(("Mon", "2026-12-14"),))
def c23() -> bytes:
    body = t("""
        Dear Lukas,

        Unfortunately, we need to cancel your interview for the position of Lead Controls
        Engineer - Hamburg (Req ID 2026-3318), which was scheduled for:

            Thursday, December 10, 2026
            10:00 AM - 11:00 AM Eastern Time (16:00 - 17:00 CET)
            Interviewer: Dana Whitfield, Director of Controls Engineering

        Dana has to travel to our Ohio plant that week. We are very sorry for the inconvenience.

        We would like to propose Monday, December 14 at 9:00 AM Eastern Time (15:00 CET) instead.
        Please reply to this email to let us know whether that works for you, or suggest an
        alternative, and we will send you a new invitation.

        Kind regards,

        Brianna Castillo
        Senior Talent Acquisition Partner
        Kestrel Controls
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
        <p>Dear Lukas,</p>
        <p>Unfortunately, we need to cancel your interview for the position of <b>Lead Controls
        Engineer - Hamburg (Req ID 2026-3318)</b>, which was scheduled for:</p>
        <blockquote>Thursday, December 10, 2026<br>10:00 AM - 11:00 AM Eastern Time (16:00 - 17:00 CET)<br>
        Interviewer: Dana Whitfield, Director of Controls Engineering</blockquote>
        <p>Dana has to travel to our Ohio plant that week. We are very sorry for the inconvenience.</p>
        <p>We would like to propose Monday, December 14 at 9:00 AM Eastern Time (15:00 CET) instead.
        Please reply to this email to let us know whether that works for you, or suggest an
        alternative, and we will send you a new invitation.</p>
        <p>Kind regards,</p>
        <p>Brianna Castillo<br>Senior Talent Acquisition Partner<br>Kestrel Controls</p>
        <p style="font-size:10px;color:#999">Powered by iCIMS &middot; <a href="https://careers-kestrelcontrols.icims.com">careers-kestrelcontrols.icims.com</a></p>
        </body></html>
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//iCIMS//Interview Scheduling//EN",
        "VERSION:2.0",
        "METHOD:CANCEL",
        VTZ["America/New_York"],
        "BEGIN:VEVENT",
        "UID:icims-interview-2026-3318-88410@icims.com",
        "DTSTAMP:20261207T140540Z",
        "DTSTART;TZID=America/New_York:20261210T100000",
        "DTEND;TZID=America/New_York:20261210T110000",
        "SUMMARY:Interview: Lead Controls Engineer - Hamburg (Lukas Brandner)",
        "ORGANIZER;CN=Brianna Castillo:mailto:brianna.castillo@kestrelcontrols.com",
        "ATTENDEE;CN=Lukas Brandner;ROLE=REQ-PARTICIPANT:mailto:lukas.brandner@example.org",
        "SEQUENCE:2",
        "STATUS:CANCELLED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("mta1.talent.icims.com", "64.95.177.21", "2026-12-07 09:05:40",
                         "America/New_York", "4NVt3Kp9Hbz1r")),
        ("Date", date("2026-12-07 09:05:40", "America/New_York")),
        ("From", addr("Kestrel Controls Talent Acquisition", "kestrelcontrols@talent.icims.com")),
        ("Reply-To", addr("Brianna Castillo", "brianna.castillo@kestrelcontrols.com")),
        ("To", TO),
        ("Subject", "Interview Cancelled: Lead Controls Engineer - Hamburg (2026-3318)"),
        ("Message-ID", "<1796915140221.4471.icims.mail@talent.icims.com>"),
    ]
    return message(headers, mixed(alt(text(body), html(page)),
                                  calendar(ics, method="CANCEL", filename="cancel.ics",
                                           disposition="attachment")))


# =========================================================================== negatives


def pdf(name: str, title: str) -> Part:
    """A small stand-in PDF attachment (base64)."""
    import base64

    raw = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
           f"3 0 obj << /Title ({title}) >> endobj\ntrailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    body = base64.encodebytes(raw.encode("ascii")).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{name}"'),
                 ("Content-Disposition", f'attachment; filename="{name}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


@mail(n(24), family="rejection", lang="en", interview=False, company="Polderlicht Energy B.V.",
      note="Workable rejection after an interview 'last Thursday (10 September)'; nothing "
           "upcoming.",
      days=(("Thu", "2026-09-10"),))
def n24() -> bytes:
    body = t("""
        Dear Lukas,

        Thank you for taking the time to interview with us last Thursday (10 September) and for
        your thoughtful questions about our battery-storage sites. We enjoyed the conversation.

        After careful consideration, we have decided to move forward with candidates whose
        experience more closely matches our current needs, in particular on-site availability in
        Rotterdam four days a week.

        We'd be glad to keep your profile on file and reach out if a suitable remote-friendly role
        opens up. We wish you every success in your search.

        Best regards,
        Ilse Brouwer
        Recruitment Lead, Polderlicht Energy
        """)
    headers = [
        ("Received", rcv("mail.workablemail.com", "185.137.13.51", "2026-09-16 14:31:07", "UTC",
                         "4MfV2Ld0Qbz3y")),
        ("Date", date("2026-09-16 14:31:07", "UTC")),
        ("From", addr("Polderlicht Energy", "noreply@candidates.workablemail.com")),
        ("Reply-To", addr("Polderlicht Energy",
                          "polderlicht-energy+f3a91c27e8@candidates.workablemail.com")),
        ("To", TO),
        ("Subject", "Your application for Controls Engineer - Grid Storage at Polderlicht Energy"),
        ("Message-ID", "<wk.ae91c27e8b0d4f12.1789569067@workablemail.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="de", interview=False, company="Leinetal Automation GmbH",
      note="Job offer after the interviews (thread with key 1). The fixed Monday 16:00 phone call "
           "for questions about the contract and the Friday deadline are not an interview.",
      days=(("Fri", "2026-10-09"), ("Mon", "2026-10-05")))
def n25() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        nach den beiden sehr angenehmen Gesprächen freuen wir uns, Ihnen die Position als
        Steuerungstechniker SPS (m/w/d) in unserem Team Automatisierung anbieten zu können!

        Im Anhang finden Sie Ihren Arbeitsvertrag mit Eintritt zum 1. Januar 2027 sowie unsere
        Übersicht zu Benefits (JobRad, betriebliche Altersvorsorge, 30 Urlaubstage). Bitte geben Sie
        uns bis Freitag, 9. Oktober, Bescheid, ob Sie das Angebot annehmen möchten.

        Für offene Fragen zum Vertrag hat sich Herr Wessels am Montag, 5. Oktober, von 16:00 bis
        16:30 Uhr Zeit für ein Telefonat geblockt – er ruft Sie unter Ihrer Mobilnummer an.

        Wir würden uns sehr freuen, Sie bald bei uns begrüßen zu dürfen.

        Mit freundlichen Grüßen

        Svenja Hollmann
        Personalreferentin
        Leinetal Automation GmbH
        Am Lindener Hafen 14, 30453 Hannover
        """)
    headers = [
        ("Received", rcv("mail.leinetal-automation.de", "198.51.100.77", "2026-09-28 10:05:19",
                         "Europe/Berlin", "4MmR7Tg3Wcz6d")),
        ("From", addr("Svenja Hollmann", "svenja.hollmann@leinetal-automation.de")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Ihr Vertragsangebot – Steuerungstechniker SPS (m/w/d)")),
        ("Date", date("2026-09-28 10:05:19", "Europe/Berlin")),
        ("Message-ID", "<FR3P281MB17A4E2C9B6D10F3A7E8C@FR3P281MB17A4.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, mixed(text(body),
                                  pdf("Arbeitsvertrag_Brandner.pdf", "Arbeitsvertrag"),
                                  pdf("Benefits_Leinetal_2027.pdf", "Benefits")))


@mail(n(26), family="application_ack", lang="de", interview=False, company="Wattwerk Systems GmbH",
      note="JOIN application receipt (du); 'melden wir uns, um ein Kennenlerngespräch zu "
           "vereinbaren' is hypothetical, no time.")
def n26() -> bytes:
    body = t("""
        Hallo Lukas,

        vielen Dank für deine Bewerbung als Embedded Controls Engineer (m/w/d) bei
        Wattwerk Systems GmbH in Hamburg!

        Wie geht es jetzt weiter?
        Das Team schaut sich deine Unterlagen in den nächsten Tagen an. Wenn dein Profil passt,
        melden wir uns bei dir, um ein erstes Kennenlerngespräch (ca. 30 Minuten per Video) zu
        vereinbaren. Bis dahin musst du nichts weiter tun.

        Deine Bewerbung im Überblick:
        - Position: Embedded Controls Engineer (m/w/d)
        - Standort: Hamburg / hybrid
        - Eingegangen am: 20.10.2026

        Viel Erfolg!
        Dein JOIN-Team im Auftrag von Wattwerk Systems GmbH

        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
        """)
    page = t("""
        <html><body style="background:#f5f7fa;margin:0;font-family:Inter,Arial,sans-serif">
        <div style="max-width:560px;margin:24px auto;background:#fff;border-radius:8px;padding:32px;color:#1a2b3c;font-size:15px">
        <p>Hallo Lukas,</p>
        <p>vielen Dank für deine Bewerbung als <b>Embedded Controls Engineer (m/w/d)</b> bei
        Wattwerk Systems GmbH in Hamburg!</p>
        <h3>Wie geht es jetzt weiter?</h3>
        <p>Das Team schaut sich deine Unterlagen in den nächsten Tagen an. Wenn dein Profil passt,
        melden wir uns bei dir, um ein erstes Kennenlerngespräch (ca. 30 Minuten per Video) zu
        vereinbaren. Bis dahin musst du nichts weiter tun.</p>
        <table style="background:#f0f4f8;border-radius:6px;padding:12px;width:100%">
        <tr><td>Position</td><td>Embedded Controls Engineer (m/w/d)</td></tr>
        <tr><td>Standort</td><td>Hamburg / hybrid</td></tr>
        <tr><td>Eingegangen am</td><td>20.10.2026</td></tr></table>
        <p>Viel Erfolg!<br>Dein JOIN-Team im Auftrag von Wattwerk Systems GmbH</p>
        <p style="font-size:11px;color:#8899aa">Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.</p>
        </div></body></html>
        """)
    headers = [
        ("Received", rcv("mail.join.com", "159.135.224.18", "2026-10-20 21:14:55", "Europe/Berlin",
                         "4NDa9Fh2Xpz0q")),
        ("Date", date("2026-10-20 21:14:55", "Europe/Berlin")),
        ("From", addr("Wattwerk Systems GmbH via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", "Deine Bewerbung bei Wattwerk Systems GmbH ist eingegangen"),
        ("Message-ID", "<20261020191455.5c1e8a2f7b@join.com>"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board e-mail alert; 'Vorstellungsgespräch innerhalb von 48 Stunden' badges are "
           "advertising, nothing is scheduled.")
def n27() -> bytes:
    jobs = [
        ("SPS-Programmierer (m/w/d) Sondermaschinenbau", "Rethmann Maschinenbau GmbH", "Hannover",
         "Vorstellungsgespräch innerhalb von 48 Stunden", "4471920"),
        ("Inbetriebnahmetechniker Automatisierung (m/w/d)", "Nordkreis Anlagenservice", "Celle", "",
         "4470318"),
        ("Automatisierungsingenieur Gebäudetechnik (m/w/d)", "Marienwerder Facility GmbH",
         "Hannover-Marienwerder", "Schnellbewerbung", "4468805"),
        ("Elektroingenieur Steuerungstechnik (m/w/d)", "Peiner Förderanlagen AG", "Peine",
         "Vorstellungsgespräch innerhalb von 48 Stunden", "4466127"),
        ("Controls Engineer Robotics (m/w/d)", "Haldor Robotik GmbH", "Langenhagen", "Neu", "4465533"),
    ]
    lines = ["Hallo Lukas,", "", "zu Ihrem Suchauftrag \u201eSPS Programmierer\u201c in Hannover "
             "(+50 km) gibt es 8 neue Stellenangebote. Die Top 5:", ""]
    for title, firm, place, badge, jid in jobs:
        lines += [title, f"{firm} - {place}" + (f"  [{badge}]" if badge else ""),
                  f"https://www.jobhafen.de/job/{jid}", ""]
    lines += ["Alle 8 Jobs ansehen: https://www.jobhafen.de/suche?q=sps+programmierer&ort=hannover",
              "", "Ihr JobHafen-Team", "",
              "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. "
              "Abbestellen: https://www.jobhafen.de/jobmail/abmelden"]
    body = "\n".join(lines) + "\n"
    rows = "\n".join(
        f'<tr><td style="padding:12px 0;border-bottom:1px solid #e5e5e5"><a href="https://www.jobhafen.de/job/{jid}"'
        f' style="font-size:16px;color:#0a58ca;text-decoration:none">{title}</a><br>'
        f'<span style="color:#555">{firm} &middot; {place}</span>'
        + (f' <span style="background:#e7f6ec;color:#1e7b3c;font-size:12px;padding:2px 6px">{badge}</span>' if badge else "")
        + "</td></tr>" for title, firm, place, badge, jid in jobs)
    page = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
            '<div style="max-width:600px;margin:0 auto"><p>Hallo Lukas,</p>'
            '<p>zu Ihrem Suchauftrag &bdquo;SPS Programmierer&ldquo; in Hannover (+50 km) gibt es 8 neue '
            'Stellenangebote. Die Top 5:</p><table width="100%" cellspacing="0">\n' + rows +
            '\n</table><p><a href="https://www.jobhafen.de/suche?q=sps+programmierer&amp;ort=hannover">'
            'Alle 8 Jobs ansehen</a></p><p>Ihr JobHafen-Team</p><p style="font-size:11px;color:#888">'
            'Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. '
            '<a href="https://www.jobhafen.de/jobmail/abmelden">Abbestellen</a></p></div></body></html>\n')
    headers = [
        ("Received", rcv("mailout7.jobhafen.de", "203.0.113.7", "2026-11-02 06:30:12",
                         "Europe/Berlin", "4NBz0Rk6Cfz2m")),
        ("Date", date("2026-11-02 06:30:12", "Europe/Berlin")),
        ("From", addr("JobHafen Jobmail", "jobmail@jobhafen.de")),
        ("To", ME),
        ("Subject", enc("8 neue Jobs für \u201eSPS Programmierer\u201c in Hannover (+50 km)")),
        ("Message-ID", "<jm.20261102.0630.88417214@jobhafen.de>"),
        ("List-Unsubscribe", "<https://www.jobhafen.de/jobmail/abmelden>, <mailto:abmelden@jobhafen.de>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(page)))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Career newsletter post with e-mail templates ('I'm happy to confirm our interview on "
           "Tuesday, 10 November at 14:00 CET') and a live Q&A date; it confirms nothing for the "
           "reader.",
      days=(("Tue", "2026-11-10"), ("Thu", "2026-12-03")))
def n28() -> bytes:
    body = t("""
        CONTROL LOOP CAREERS - issue #41

        How to confirm an interview time (templates inside)

        You got the invite - now what? A short, precise reply saves everyone a round of
        back-and-forth. Three things belong in it: the date with the weekday, the time with the
        time zone, and the format (on site, Teams, phone).

        Template 1 - accepting a proposed slot:

          "Dear Ms Jansen, thank you for the invitation. I'm happy to confirm our interview on
          Tuesday, 10 November at 14:00 CET via Teams. I look forward to speaking with you and
          Mr de Groot. Kind regards, ..."

        Template 2 - proposing an alternative:

          "Unfortunately I'm on a commissioning job that day. Would Thursday or Friday morning
          work instead?"

        Template 3 - the day before:

          "Just a quick note to say I'm looking forward to tomorrow at 10:00."

        Pro tip: when a recruiter writes from another country, repeat the time in their zone AND
        yours. Half the missed interviews we hear about are time-zone mix-ups around the end of
        daylight saving time.

        LIVE Q&A: "Negotiating your first controls-lead offer" - Thursday 3 December, 18:00 CET,
        free for subscribers. Reply to this mail with your questions.

        Happy job hunting,
        Marta @ Control Loop Careers

        You're receiving this because you subscribed at controlloopcareers.substack.com.
        Unsubscribe: https://controlloopcareers.substack.com/action/disable_email
        """)
    headers = [
        ("Received", rcv("mail-a14.substack.com", "168.245.45.14", "2026-11-07 08:00:04", "UTC",
                         "4NF0tW3Ykmz5b")),
        ("Date", date("2026-11-07 08:00:04", "UTC")),
        ("From", addr("Control Loop Careers", "controlloopcareers@substack.com")),
        ("Reply-To", addr("Control Loop Careers", "reply+2k9w1p@substack.com")),
        ("To", ME),
        ("Subject", "How to confirm an interview time (templates inside)"),
        ("Message-ID", "<20261107080004.3.4e0c1b2d7a9f6e58@mg-d0.substack.com>"),
        ("List-Id", "<controlloopcareers.substack.com>"),
        ("List-Unsubscribe", "<https://controlloopcareers.substack.com/action/disable_email>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="de", interview=False, company="Elbwerk Robotics GmbH",
      note="Recruitee self-scheduling request: several open slots listed, none chosen yet.",
      days=(("Wed", "2026-11-18"), ("Thu", "2026-11-19")))
def n29() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        vielen Dank für Ihre Bewerbung als Robotics Controls Engineer (m/w/d). Wir möchten Sie gern
        in einem Videointerview (45 Minuten) näher kennenlernen.

        Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
        https://elbwerkrobotics.recruitee.com/o/robotics-controls-engineer/schedule/7f2c91

        Verfügbar sind derzeit unter anderem:
          Mi, 18.11.2026, 10:00 Uhr
          Mi, 18.11.2026, 14:00 Uhr
          Do, 19.11.2026, 09:30 Uhr

        Die Termine werden in der Reihenfolge der Buchung vergeben. Nach Ihrer Auswahl erhalten
        Sie eine Bestätigung mit dem Link zur Videokonferenz.

        Viele Grüße
        Talent Team Elbwerk Robotics
        """)
    headers = [
        ("Received", rcv("mta3.recruitee.com", "185.250.236.33", "2026-11-12 11:45:21",
                         "Europe/Berlin", "4NJ9mQx5Bdz7f")),
        ("Date", date("2026-11-12 11:45:21", "Europe/Berlin")),
        ("From", addr("Elbwerk Robotics", "noreply@recruitee.com")),
        ("Reply-To", "elbwerk-robotics+c4471@inbound.recruitee.com"),
        ("To", TO),
        ("Subject", enc("Bitte wählen Sie einen Termin für Ihr Videointerview – Elbwerk Robotics")),
        ("Message-ID", "<recruitee.offer.6118.candidate.904417.1794487521@recruitee.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="en", interview=False,
      company="Harbourside Talent Partners",
      note="Agency cold outreach asking for a 15-minute call 'next week, Tuesday or Wednesday "
           "afternoon' plus a booking link; nothing fixed.")
def n30() -> bytes:
    body = t("""
        Hi Lukas,

        I came across your profile and your talk on OPC UA at the Hannover Messe forum last year -
        really enjoyed it.

        I'm working with a Series B robotics company in London that's building out a remote-first
        controls team across the EU. They're after someone senior with hands-on commissioning
        experience who'd like to shape the platform rather than just maintain it. Salary is
        competitive for Germany, with equity.

        Would you be open to a 15-minute call next week? Tuesday or Wednesday afternoon usually
        work well for me, but I'm happy to fit around you. If it's easier, grab a slot here:
        https://calendly.com/sophie-harbourside/15min

        Best,
        Sophie Marchetti
        Principal Consultant, Automation & Robotics
        Harbourside Talent Partners | London
        +44 20 0000 4471
        """)
    headers = [
        ("Received", rcv("mail-wm1-f52.google.com", "209.85.128.52", "2026-09-09 12:20:41",
                         "Europe/London", "4Mb7Rq0Vtjz4s")),
        ("MIME-Version", "1.0"),
        ("From", addr("Sophie Marchetti", "sophie.marchetti@harbourside-talent.co.uk")),
        ("Date", date("2026-09-09 12:20:41", "Europe/London")),
        ("Message-ID", "<CAHb7q0P+sM4xQe2=9a1Lc@mail.gmail.com>"),
        ("Subject", "Controls Lead - remote-first robotics scale-up (London/EU)"),
        ("To", ME),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(n(31), family="proposal_unconfirmed", lang="de", interview=False,
      company="Fuhse Prozesstechnik GmbH",
      note="Invitation with ONE proposed slot (Tue 17 Nov 10:00) that the candidate is asked to "
           "confirm first ('erst dann tragen wir ihn fest ein'): not yet a confirmed interview. "
           "The candidate's confirmation bounced (key 48).",
      days=(("Tue", "2026-11-17"),))
def n31() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        vielen Dank für Ihre Bewerbung als Elektrotechniker Automatisierung (m/w/d) und Ihr
        Interesse an der Fuhse Prozesstechnik GmbH.

        Wir möchten Sie gern zu einem persönlichen Gespräch einladen und schlagen Ihnen dafür
        Dienstag, 17. November, 10:00 Uhr in unserem Werk in Peine vor. Bitte bestätigen Sie uns
        den Termin kurz per E-Mail oder nennen Sie uns eine Alternative – erst dann tragen wir ihn
        fest ein.

        Mit freundlichen Grüßen

        i. A. Nicole Albers
        Personalwesen

        Fuhse Prozesstechnik GmbH
        Woltorfer Straße 118 · 31224 Peine
        Tel. 05171 000 620 · n.albers@fuhse-prozesstechnik.de
        """)
    headers = [
        ("Received", rcv("mail.fuhse-prozesstechnik.de", "198.51.100.62", "2026-11-10 09:31:44",
                         "Europe/Berlin", "4NHm1Qb8Xwz2t")),
        ("From", addr("Albers, Nicole", "n.albers@fuhse-prozesstechnik.de")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Terminvorschlag")),
        ("Date", date("2026-11-10 09:31:44", "Europe/Berlin")),
        ("Message-ID", "<3f1b0e8c9d2a4c71b5e6@EXCH02.fuhse.local>"),
        ("Content-Language", "de-DE"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    return message(headers, text(body, charset="windows-1252"))


@mail(n(32), family="job_centre", lang="de", interview=False, company=None,
      note="Employment agency appointment (Beratungsgespräch about the job-seeker registration) "
           "with a fixed time, Mon 21 Sep 09:15; not a job interview.",
      days=(("Mon", "2026-09-21"),))
def n32() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        Sie haben sich bei uns arbeitsuchend gemeldet. Ich möchte mit Ihnen über Ihre berufliche
        Situation und Ihr Bewerberangebot sprechen.

        Bitte kommen Sie am

            Montag, 21. September 2026, um 09:15 Uhr

        in die Agentur für Arbeit Hannover, Haus B, 3. Etage, Zimmer 3.117.

        Das Gespräch dauert etwa 45 Minuten. Bitte bringen Sie Ihren aktuellen Lebenslauf, Ihre
        Arbeitszeugnisse und das Kündigungsschreiben Ihres Arbeitgebers mit.

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher mit
        (Telefon 0511 000 2130, Kundennummer 231D000000).

        Rechtsfolgenbelehrung: Kommen Sie ohne wichtigen Grund nicht zu dem Termin, kann eine
        Sperrzeit eintreten (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III). Die ausführliche Belehrung finden
        Sie im Anhang.

        Mit freundlichen Grüßen

        Sabine Kück
        Arbeitsvermittlerin, Team 213
        Agentur für Arbeit Hannover
        """)
    headers = [
        ("Received", rcv("mail2.arbeitsagentur.de", "194.95.0.18", "2026-09-09 10:15:33",
                         "Europe/Berlin", "4Mb5Kz1Ymnz8p")),
        ("Date", date("2026-09-09 10:15:33", "Europe/Berlin")),
        ("From", addr("Agentur für Arbeit Hannover", "Hannover.Team-213@arbeitsagentur.de")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Einladung zu einem Gespräch über Ihre berufliche Situation")),
        ("Message-ID", "<5B2E7C10.91A4.4D3E.8F0A.2C6B1D9E7F03@arbeitsagentur.de>"),
    ]
    return message(headers, mixed(text(body, charset="iso-8859-15", cte="quoted-printable"),
                                  pdf("Rechtsfolgenbelehrung.pdf", "Rechtsfolgenbelehrung")))


def simple_ics(uid: str, summary: str, start: str, end: str, zone: str = "Europe/Berlin",
               method: str = "PUBLISH", organizer: str | None = None, location: str | None = None,
               prodid: str = "-//Example//Booking//DE", extra: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}", TZ[zone],
             "BEGIN:VEVENT", f"UID:{uid}", f"DTSTART;TZID={zone}:{start}", f"DTEND;TZID={zone}:{end}",
             f"SUMMARY:{summary}"]
    if organizer:
        lines.append(f"ORGANIZER;{organizer}")
    if location:
        lines.append(f"LOCATION:{location}")
    lines += [*extra, "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


@mail(n(33), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Doctor's appointment confirmation from a booking service with ICS (Thu 8 Oct 08:40); "
           "a fixed time, not an interview.",
      days=(("Thu", "2026-10-08"),))
def n33() -> bytes:
    body = t("""
        Guten Tag Lukas Brandner,

        Ihr Termin ist bestätigt.

        Praxis Dr. med. Anke Siemers – Allgemeinmedizin
        Donnerstag, 08.10.2026 um 08:40 Uhr
        Grund: Check-up / Gesundheitsuntersuchung
        Adresse: Limmerstraße 71, 30451 Hannover

        Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).
        Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte bis 24 Stunden vorher
        ab: https://www.praxisplaner.de/termine/verwalten/K7W2Q

        Ihr Praxisplaner-Team
        """)
    ics = simple_ics("pp-K7W2Q-20261008@praxisplaner.de", "Arzttermin Dr. Siemers (Check-up)",
                     "20261008T084000", "20261008T090000",
                     location="Limmerstraße 71\\, 30451 Hannover",
                     prodid="-//Praxisplaner//Termin//DE")
    headers = [
        ("Received", rcv("out2.praxisplaner.de", "203.0.113.92", "2026-10-01 19:02:48",
                         "Europe/Berlin", "4MpW6Hc1Lqz3g")),
        ("Date", date("2026-10-01 19:02:48", "Europe/Berlin")),
        ("From", addr("Praxisplaner", "no-reply@praxisplaner.de")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung: Do., 08.10.2026, 08:40 Uhr – Praxis Dr. med. Anke Siemers")),
        ("Message-ID", "<termin.K7W2Q.1790874168@praxisplaner.de>"),
    ]
    return message(headers, mixed(text(body), calendar(ics, method="PUBLISH", filename="termin.ics",
                                                       disposition="attachment", cte="base64")))


@mail(n(34), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Flat viewing in Hamburg with a fixed time (Sat 21 Nov 11:30); the documents to bring "
           "look like an application, but it is not a job interview.",
      days=(("Sat", "2026-11-21"),))
def n34() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Methfesselstraße (Hamburg-
        Eimsbüttel, 3. OG, 61 m²). Gern bestätige ich Ihnen den Besichtigungstermin:

        Samstag, 21.11.2026, 11:30 Uhr - Treffpunkt vor dem Hauseingang

        Bitte bringen Sie, falls Sie sich für die Wohnung bewerben möchten, eine ausgefüllte
        Mieterselbstauskunft, eine aktuelle Bonitätsauskunft sowie die letzten drei
        Gehaltsnachweise mit. Zu diesem Termin sind noch weitere Interessenten eingeladen.

        Mit freundlichen Grüßen
        Kai Lühmann
        Elbblick Hausverwaltung GmbH
        Osterstraße 12 · 20259 Hamburg
        """)
    headers = [
        ("Received", rcv("mail.elbblick-verwaltung.de", "198.51.100.201", "2026-11-16 14:22:07",
                         "Europe/Berlin", "4NLc3Rv9Pkz6x")),
        ("From", addr("Kai Lühmann", "k.luehmann@elbblick-verwaltung.de")),
        ("To", ME),
        ("Subject", "Besichtigung Methfesselstr. - Termin Sa 21.11."),
        ("Date", date("2026-11-16 14:22:07", "Europe/Berlin")),
        ("Message-ID", "<20261116132207.8A41C2E1B0@mail.elbblick-verwaltung.de>"),
    ]
    return message(headers, text(body, charset="iso-8859-15"))


@mail(n(35), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Car-service booking at a dealership workshop with ICS (Tue 13 Oct 07:45).",
      days=(("Tue", "2026-10-13"),))
def n35() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" cellpadding="16" style="border:1px solid #ddd"><tr><td style="background:#1b1b1b;color:#fff">
        <b>Autohaus Misburg</b> &middot; Service</td></tr><tr><td>
        <p>Sehr geehrter Herr Brandner,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:</p>
        <p><b>Dienstag, 13. Oktober 2026, 07:45 Uhr</b> (Fahrzeugannahme)<br>
        Fahrzeug: H-LB 4711 &middot; Inspektion + Wechsel auf Winterreifen (eingelagert)<br>
        Ihr Serviceberater: Herr Pawlik</p>
        <p>Die voraussichtliche Fertigstellung ist am selben Tag gegen 16:00 Uhr. Ein Ersatzfahrzeug ist
        für Sie reserviert.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Service-Team Autohaus Misburg</p>
        <p style="font-size:11px;color:#888">Autohaus Misburg GmbH &middot; Anderter Straße 101 &middot; 30629 Hannover</p>
        </td></tr></table></body></html>
        """)
    ics = simple_ics("werkstatt-88123@autohaus-misburg.de", "Werkstatttermin Autohaus Misburg",
                     "20261013T074500", "20261013T080000",
                     location="Anderter Straße 101\\, 30629 Hannover",
                     prodid="-//Autohaus Misburg//Online-Terminbuchung//DE")
    headers = [
        ("Received", rcv("mailer.autohaus-misburg.de", "203.0.113.145", "2026-10-07 11:36:02",
                         "Europe/Berlin", "4Mx0Vb4Gnkz1d")),
        ("Date", date("2026-10-07 11:36:02", "Europe/Berlin")),
        ("From", addr("Autohaus Misburg Service", "service@autohaus-misburg.de")),
        ("To", TO),
        ("Subject", enc("Bestätigung Ihres Werkstatttermins am 13.10.2026")),
        ("Message-ID", "<wt.88123.20261007093602@autohaus-misburg.de>"),
    ]
    return message(headers, mixed(html(page, charset="iso-8859-1"),
                                  calendar(ics, method="PUBLISH", filename="Werkstatttermin.ics",
                                           disposition="attachment", cte="base64")))


@mail(n(36), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Parent-teacher day booking ('Elternsprechtag') with two fixed 10-minute slots on "
           "Thu 19 Nov; not an interview.",
      days=(("Thu", "2026-11-19"), ("Tue", "2026-11-17")))
def n36() -> bytes:
    body = t("""
        Liebe Eltern,

        vielen Dank für Ihre Anmeldung zum Elternsprechtag. Folgende Gesprächstermine wurden für
        Sie gebucht:

        Kind: Mia Brandner, Klasse 3b
        Datum: Donnerstag, 19.11.2026

          17:20 - 17:30   Frau Lindemann (Klassenlehrerin)    Raum 112
          17:40 - 17:50   Herr Okafor (Sport)                 Raum 008

        Bitte seien Sie pünktlich, da die Gespräche eng getaktet sind. Eine Absage ist bis
        Dienstag, 17.11., über den Link in dieser E-Mail möglich.

        Mit freundlichen Grüßen
        Grundschule Am Lindenhofe
        - automatisch erzeugte Nachricht, bitte nicht antworten -
        """)
    headers = [
        ("Received", rcv("mail.sprechtag-planer.de", "203.0.113.33", "2026-11-13 16:10:44",
                         "Europe/Berlin", "4NKa8Zc2Fbz5q")),
        ("Date", date("2026-11-13 16:10:44", "Europe/Berlin")),
        ("From", addr("Sprechtag-Planer", "noreply@sprechtag-planer.de")),
        ("To", ME),
        ("Subject", "Elternsprechtag 19.11.2026 - Ihre Termine"),
        ("Message-ID", "<st.gs-lindenhofe.5512.1794582644@sprechtag-planer.de>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(headers, text(body, cte="base64"))


@mail(n(37), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Exchange invitation to a team event at the candidate's current employer (Fri 11 Dec "
           "16:00), sent to his work address and auto-forwarded; not an interview.",
      days=(("Fri", "2026-12-11"),))
def n37() -> bytes:
    body = t("""
        Hallo zusammen,

        wie versprochen hier der Termin fürs Teamevent: erst Kartbahn in Laatzen, danach
        Grünkohlessen im Brauhaus. Bitte bis Ende November zu- oder absagen, damit ich reservieren
        kann. Partner:innen sind herzlich willkommen!

        Viele Grüße
        Anja
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        'ORGANIZER;CN="Böttcher, Anja":mailto:anja.boettcher@calenberg-anlagentechnik.de',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Team Automatisierung":mailto:'
        "team-automatisierung@calenberg-anlagentechnik.de",
        "DESCRIPTION;LANGUAGE=de-DE:Erst Kartbahn in Laatzen\\, danach Grünkohlessen im Brauhaus.\\n",
        "UID:040000008200E00074C5B7101A82E00800000000A7E2D1C0B9F8DC010000000000000000100000009"
        "E1D2C3B4A5F60718293A4B5C6D7E8F9",
        "SUMMARY;LANGUAGE=de-DE:Teamevent Automatisierung: Kartbahn + Grünkohl",
        "DTSTART;TZID=W. Europe Standard Time:20261211T160000",
        "DTEND;TZID=W. Europe Standard Time:20261211T220000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20261116T082215Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Kartbahn Laatzen\\, danach Brauhaus Ernst August",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    work = "lukas.brandner@calenberg-anlagentechnik.de"
    headers = [
        ("Received", received("from mail.calenberg-anlagentechnik.de (mail.calenberg-anlagentechnik.de "
                              "[198.51.100.9])", "2026-11-16 09:22:15", "Europe/Berlin",
                              "mx1.example.org (Postfix) with ESMTPS id 4NLb0Wd6Srz2c", ME, lag=9)),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{work} {ME}"),
        ("From", addr("Böttcher, Anja", "anja.boettcher@calenberg-anlagentechnik.de")),
        ("To", addr("Team Automatisierung", "team-automatisierung@calenberg-anlagentechnik.de")),
        ("Subject", enc("Teamevent Automatisierung: Kartbahn + Grünkohl")),
        ("Thread-Topic", enc("Teamevent Automatisierung: Kartbahn + Grünkohl")),
        ("Date", date("2026-11-16 09:22:15", "Europe/Berlin")),
        ("Message-ID", "<BE1P281MB2210D4C1A9F0E3B7C5D2A8E6F1B0@BE1P281MB2210.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(n(38), family="interviewer_duty", lang="de", interview=False, company=None,
      note="Exchange invitation from HR at the candidate's current employer: he is on the panel "
           "interviewing a working-student applicant (Wed 25 Nov 10:00-11:00). A real interview "
           "with a fixed time, but not his own job interview.",
      days=(("Wed", "2026-11-25"),))
def n38() -> bytes:
    body = t("""
        Hallo Lukas,

        danke, dass du beim Gespräch mit Herrn Demir als Fachvertreter dabei bist. Seinen
        Lebenslauf und die Zeugnisse findest du im Bewerbermanagement (bitte vertraulich
        behandeln, nicht weiterleiten). Ich schicke dir vorab noch unseren Fragenleitfaden.

        Viele Grüße
        Tanja Reimers
        Personalreferentin
        Calenberg Anlagentechnik GmbH
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        VTZ["W. Europe Standard Time"],
        "BEGIN:VEVENT",
        'ORGANIZER;CN="Reimers, Tanja":mailto:tanja.reimers@calenberg-anlagentechnik.de',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandner, Lukas":mailto:'
        "lukas.brandner@calenberg-anlagentechnik.de",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hinrichs, Bernd":mailto:'
        "bernd.hinrichs@calenberg-anlagentechnik.de",
        "UID:040000008200E00074C5B7101A82E008000000001C2D3E4F5A6BDC01000000000000000010000000"
        "44A1B2C3D4E5F60718293A4B5C6D7E8F",
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Werkstudent Steuerungstechnik – Herr Emre Demir",
        "DTSTART;TZID=W. Europe Standard Time:20261125T100000",
        "DTEND;TZID=W. Europe Standard Time:20261125T110000",
        "CLASS:PRIVATE",
        "PRIORITY:5",
        "DTSTAMP:20261118T135108Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Besprechungsraum Deister (Geb. 2\\, EG)",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    work = "lukas.brandner@calenberg-anlagentechnik.de"
    headers = [
        ("Received", received("from mail.calenberg-anlagentechnik.de (mail.calenberg-anlagentechnik.de "
                              "[198.51.100.9])", "2026-11-18 14:51:08", "Europe/Berlin",
                              "mx1.example.org (Postfix) with ESMTPS id 4NMf7Tb3Kwz8r", ME, lag=7)),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", f"{work} {ME}"),
        ("From", addr("Reimers, Tanja", "tanja.reimers@calenberg-anlagentechnik.de")),
        ("To", addr("Brandner, Lukas", work) + ", " + addr("Hinrichs, Bernd",
                                                          "bernd.hinrichs@calenberg-anlagentechnik.de")),
        ("Subject", enc("Vorstellungsgespräch Werkstudent Steuerungstechnik – Herr Emre Demir")),
        ("Date", date("2026-11-18 14:51:08", "Europe/Berlin")),
        ("Message-ID", "<BE1P281MB2210F0E9D8C7B6A5948372615A4B@BE1P281MB2210.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("Sensitivity", "Private"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body)), calendar(ics, cte="base64")))


@mail(n(39), family="admission_interview", lang="en", interview=False, company=None,
      note="Business-school admissions interview for a part-time MBA, confirmed for Thu 15 Oct "
           "18:00-18:45 CEST; an interview with a fixed time, but not for a job.",
      days=(("Thu", "2026-10-15"),))
def n39() -> bytes:
    body = t("""
        Dear Lukas,

        Thank you for your application to the Part-time MBA in Engineering Leadership (intake
        April 2027). We are delighted to invite you to the next stage of the selection process.

        Your admissions interview is confirmed for:

          Thursday, 15 October 2026, 18:00-18:45 CEST
          Online via Zoom (link to follow 24 hours before)
          Interviewer: Prof. Dr. Hannah Voss, Academic Director

        The interview covers your motivation, leadership experience and how you plan to combine
        the programme with your work. Please have your ID ready for verification.

        Kind regards,
        Admissions Office
        Elbufer School of Management, Hamburg
        """)
    headers = [
        ("Received", rcv("mail.elbufer-sm.de", "203.0.113.120", "2026-10-09 10:48:30",
                         "Europe/Berlin", "4Mz4Nc7Qhvz2j")),
        ("Date", date("2026-10-09 10:48:30", "Europe/Berlin")),
        ("From", addr("Elbufer School of Management - Admissions", "admissions@elbufer-sm.de")),
        ("To", TO),
        ("Subject", "Your admissions interview - Part-time MBA in Engineering Leadership"),
        ("Message-ID", "<adm.2027.0441.interview@elbufer-sm.de>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="sports_tryout", lang="de", interview=False, company=None,
      note="Sports-club try-out ('Probetraining') on Wed 30 Sep 19:00, du; not a job interview.",
      days=(("Wed", "2026-09-30"),))
def n40() -> bytes:
    body = t("""
        Moin Lukas,

        cool, dass du Bock auf Flag Football hast! Komm einfach am Mittwoch, 30.9., um 19:00 zum
        Probetraining, Sportpark Hannover, Kunstrasenplatz 3 (hinter der Eishalle). Bring
        Hallenschuhe UND Stollenschuhe mit, wir wissen nie, ob wir rein müssen. Dauert so bis 21 Uhr.

        Wenn's dir gefällt, quatschen wir danach kurz über Mitgliedschaft und so.

        Bis Mittwoch!
        Deniz
        Headcoach Hannover Red Kites e.V.
        """)
    headers = [
        ("Received", rcv("mail-ej1-f45.google.com", "209.85.218.45", "2026-09-26 13:07:55",
                         "Europe/Berlin", "4MkW2Pf8Dnz0v")),
        ("MIME-Version", "1.0"),
        ("From", addr("Deniz Aksoy", "deniz.redkites@example.com")),
        ("Date", date("2026-09-26 13:07:55", "Europe/Berlin")),
        ("Message-ID", "<CAJd0k2R+x7PqV1tL=mN4b@mail.gmail.com>"),
        ("Subject", "Re: Probetraining Flag Football"),
        ("To", ME),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))), mime_version=False)


@mail(n(41), family="non_interview_calendar", lang="de", interview=False, company=None,
      note="Bank advisor appointment (mortgage consultation, Fri 4 Dec 16:00) with ICS; "
           "'Beratungsgespräch' with a fixed time, not a job interview.",
      days=(("Fri", "2026-12-04"),))
def n41() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        hiermit bestätigen wir Ihren Termin für ein persönliches Beratungsgespräch zum Thema
        Baufinanzierung:

        Termin:   Freitag, 04.12.2026, 16:00 – 17:00 Uhr
        Ort:      Leine Sparbank, Filiale Linden, Limmerstraße 2, 30451 Hannover
        Berater:  Florian Wittkopp

        Bitte bringen Sie die Gehaltsnachweise der letzten drei Monate, Ihre letzte
        Einkommensteuererklärung und – falls vorhanden – das Exposé der Immobilie mit.

        Mit freundlichen Grüßen
        Ihre Leine Sparbank

        Diese E-Mail wurde automatisch erstellt.
        """)
    ics = simple_ics("beratung-20261204-1600-wittkopp@leine-sparbank.de",
                     "Beratungsgespräch Baufinanzierung – Leine Sparbank",
                     "20261204T160000", "20261204T170000",
                     location="Leine Sparbank\\, Filiale Linden\\, Limmerstraße 2\\, 30451 Hannover",
                     prodid="-//Leine Sparbank//Terminvereinbarung//DE")
    headers = [
        ("Received", rcv("mx-out.leine-sparbank.de", "198.51.100.188", "2026-11-27 12:14:09",
                         "Europe/Berlin", "4NQ1Gx5Tdrz7k")),
        ("Date", date("2026-11-27 12:14:09", "Europe/Berlin")),
        ("From", addr("Leine Sparbank Terminservice", "terminservice@leine-sparbank.de")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Terminbestätigung: Ihr Beratungsgespräch am 04.12.2026")),
        ("Message-ID", "<ts.20261127111409.77120@leine-sparbank.de>"),
    ]
    return message(headers, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, method="PUBLISH", filename="Beratungstermin.ics",
                                           disposition="attachment", cte="base64")))


@mail(n(42), family="press_interview", lang="de", interview=False, company=None,
      note="A trade-magazine journalist confirms a phone interview with the candidate (Tue 3 Nov "
           "14:00) for an article; he is the interviewee of the press, not a job candidate here.",
      days=(("Tue", "2026-11-03"),))
def n42() -> bytes:
    body = t("""
        Hallo Herr Brandner,

        vielen Dank, dass Sie sich für unser Interview Zeit nehmen! Wie vereinbart rufe ich Sie am
        Dienstag, 3. November, um 14:00 Uhr unter Ihrer Mobilnummer an. Wir sprechen etwa
        30 Minuten über Ihren Alltag als Inbetriebnahme-Ingenieur und Ihren Blick auf den
        Fachkräftemangel in der Automatisierung.

        Das Interview erscheint in der Dezember-Ausgabe in der Rubrik „Menschen in der
        Automation“. Vor der Veröffentlichung bekommen Sie den Text selbstverständlich zur
        Freigabe. Ein Foto von Ihnen (gern an der Anlage) wäre toll, ist aber kein Muss.

        Herzliche Grüße
        Clara Fuchs
        Redakteurin
        AUTOMATION HEUTE – Das Praxismagazin für Steuerungs- und Antriebstechnik
        Tel. 089 000 71 44
        """)
    headers = [
        ("Received", rcv("smtp.automation-heute.de", "203.0.113.171", "2026-10-29 11:20:36",
                         "Europe/Berlin", "4NGq5Vd1Wcz3n")),
        ("From", addr("Clara Fuchs", "clara.fuchs@automation-heute.de")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Unser Interview am Dienstag – kurze Bestätigung")),
        ("Date", date("2026-10-29 11:20:36", "Europe/Berlin")),
        ("Message-ID", "<6a2f9d1e-0c47-4b85-9e13-7d5c2a8f0b64@automation-heute.de>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ]
    return message(headers, text(body, cte="base64"))


@mail(n(43), family="coaching", lang="de", interview=False, company=None,
      note="Calendly booking of a paid interview-preparation session with a career coach "
           "(Mon 12 Oct 18:00-19:00, ICS in UTC); a confirmed time called 'Interviewtraining', "
           "but not a job interview.",
      days=(("Mon", "2026-10-12"),))
def n43() -> bytes:
    body = t("""
        Hallo Lukas Brandner,

        Ein neues Ereignis wurde geplant.

        Ereignistyp:
        Interviewtraining - Vorbereitung auf dein Vorstellungsgespräch (60 Min.)

        Eingeladene Person:
        Lukas Brandner

        E-Mail der eingeladenen Person:
        lukas.brandner@example.org

        Datum/Uhrzeit des Ereignisses:
        18:00 - 19:00 (Mitteleuropäische Zeit) am Montag, 12. Oktober 2026

        Standort:
        Zoom. Die Zugangsdaten erhältst du in einer separaten E-Mail.

        Fragen:
        Worauf sollen wir uns konzentrieren?
        Ich habe am Mittwoch ein Vorstellungsgespräch bei einer dänischen Firma (teilweise auf
        Dänisch) und möchte die Selbstvorstellung und Gehaltsfragen üben.

        Änderungen an diesem Ereignis nötig?
        Stornieren: https://calendly.com/cancellations/a31c7e20-5b9d-4f14-8c62-d0e7b4f1a953
        Neu planen: https://calendly.com/reschedulings/a31c7e20-5b9d-4f14-8c62-d0e7b4f1a953

        Powered by Calendly.com
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Calendly//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTAMP:20261006T200311Z",
        "UID:a31c7e20-5b9d-4f14-8c62-d0e7b4f1a953@calendly.com",
        "DTSTART:20261012T160000Z",
        "DTEND:20261012T170000Z",
        "SUMMARY:Interviewtraining - Vorbereitung auf dein Vorstellungsgespräch (60 Min.)",
        "ORGANIZER;CN=Birte Hansen:mailto:birte@hansen-karrierecoaching.de",
        "ATTENDEE;CN=Lukas Brandner;PARTSTAT=ACCEPTED:mailto:lukas.brandner@example.org",
        "LOCATION:Zoom",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("o2.email.calendly.com", "167.89.101.34", "2026-10-06 20:03:11", "UTC",
                         "4MwZ8Kd3Fpz6h")),
        ("Date", date("2026-10-06 20:03:11", "UTC")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Birte Hansen", "birte@hansen-karrierecoaching.de")),
        ("To", ME),
        ("Subject", enc("Bestätigt: Interviewtraining - Vorbereitung auf dein Vorstellungsgespräch "
                        "(60 Min.) mit Birte Hansen am Montag, 12. Oktober 2026")),
        ("Message-ID", "<Xb1fT9kPq0Wm3cRz7LyDvQ@geopod-ismtpd-4>"),
    ]
    return message(headers, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, filename="invite.ics", disposition="attachment",
                                           cte="base64")))


@mail(n(44), family="marketing_webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration ('Landing a controls engineering job in Denmark', Thu 22 "
           "Oct 04:00 PM Copenhagen) with ICS; about job interviews, but a webinar.",
      days=(("Thu", "2026-10-22"),))
def n44() -> bytes:
    body = t("""
        Hi Lukas,

        Thank you for registering for "Landing a controls engineering job in Denmark: CVs,
        interviews and work permits".

        Please submit any questions to: events@nordic-etn.org

        Date Time: Oct 22, 2026 04:00 PM Copenhagen

        Join from PC, Mac, iPad, or Android:
        https://nordic-etn.zoom.us/w/95511420388?tk=Xq1rT8&uuid=WN_4b7Zp0QaS2u

        Passcode: 220926

        Add to Calendar: https://nordic-etn.zoom.us/webinar/tJYodeqrqT0u/ics?icsToken=98tyKu
        Add to Google Calendar | Add to Yahoo Calendar

        You can cancel your registration at any time.

        Nordic Engineering Talent Network
        """)
    ics = "\n".join([
        "BEGIN:VCALENDAR",
        "PRODID:-//zoom.us//iCalendar Event//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        TZ["Europe/Copenhagen"],
        "BEGIN:VEVENT",
        "DTSTAMP:20261015T091205Z",
        "DTSTART;TZID=Europe/Copenhagen:20261022T160000",
        "DTEND;TZID=Europe/Copenhagen:20261022T173000",
        "SUMMARY:Landing a controls engineering job in Denmark: CVs\\, interviews and work permits",
        "UID:20261015T091205Z-95511420388@fe80:0:0:0:0:0:0:1",
        "TZID:Europe/Copenhagen",
        "DESCRIPTION:Join from PC\\, Mac\\, iPad\\, or Android: https://nordic-etn.zoom.us/w/95511420388",
        "LOCATION:https://nordic-etn.zoom.us/w/95511420388",
        "BEGIN:VALARM",
        "TRIGGER:-PT10M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    headers = [
        ("Received", rcv("zoom-mail-172.zoom.us", "170.114.52.172", "2026-10-15 09:12:05", "UTC",
                         "4NB6xT0Rmdz4c")),
        ("Date", date("2026-10-15 09:12:05", "UTC")),
        ("From", addr("Nordic Engineering Talent Network", "no-reply@zoom.us")),
        ("Reply-To", "events@nordic-etn.org"),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", "Landing a controls engineering job in Denmark: CVs, interviews and work permits "
                    "Confirmation"),
        ("Message-ID", "<b7Q2x1Lm9Rt0Wn4cPz6kSg@zoom.us>"),
    ]
    return message(headers, mixed(alt(text(body), html(gmail_html(body))),
                                  calendar(ics, method="PUBLISH", filename="iCalendar.ics",
                                           disposition="attachment", cte="base64")))


@mail(n(45), family="meetup", lang="de", interview=False, company=None,
      note="Meetup RSVP confirmation for a local automation meetup (Wed 18 Nov 18:30-21:00).",
      days=(("Wed", "2026-11-18"),))
def n45() -> bytes:
    body = t("""
        Du bist dabei!

        Automatisierungs-Stammtisch Hannover #14: OPC UA in der Praxis
        Mittwoch, 18. November 2026, 18:30 bis 21:00 MEZ

        Werkhof Linden, Fössestraße 48, Hannover

        Gastgeber: Automatisierungs-Stammtisch Hannover
        42 Teilnehmer:innen

        Programm: Kurzvorträge (OPC UA PubSub, Edge-Gateways im Bestand), danach Networking bei
        Brezeln und Bier. Einige Firmen aus der Region stellen offene Stellen vor.

        Zum Kalender hinzufügen: https://www.meetup.com/automatisierung-hannover/events/314159265/ical/
        Antwort ändern: https://www.meetup.com/automatisierung-hannover/events/314159265/

        Du erhältst diese E-Mail, weil du dich für diese Veranstaltung angemeldet hast.
        Einstellungen: https://www.meetup.com/account/comm/
        """)
    headers = [
        ("Received", rcv("mail181-12.suw21.mandrillapp.com", "198.2.181.12", "2026-11-11 19:40:18",
                         "UTC", "4NHz2Wb7Ktz1p")),
        ("Date", date("2026-11-11 19:40:18", "UTC")),
        ("From", addr("Meetup", "info@email.meetup.com")),
        ("To", ME),
        ("Subject", enc("Du bist dabei: Automatisierungs-Stammtisch Hannover #14: OPC UA in der Praxis")),
        ("Message-ID", "<rsvp.314159265.2231489@email.meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))


@mail(n(46), family="mailing_list", lang="en", interview=False, company=None,
      note="Mailing-list post by another engineer about HIS interview at a company the candidate "
           "also talked to ('second interview at Allerkamp on Thursday at 10:00'); not the inbox "
           "owner's interview.",
      days=(("Thu", "2026-11-19"),))
def n46() -> bytes:
    body = t("""
        Hi all,

        Quick update for this week's hiring/interviewing thread: I've got my second interview at
        Allerkamp Fahrzeugtechnik (Wolfsburg, commissioning team) on Thursday at 10:00. Has anyone
        been through their panel? I heard they like to go deep on WinCC OA scripting.

        Also, for those asking last week: Havnegade Automation in Copenhagen is still hiring
        PLC/SCADA people, English is fine.

        Cheers,
        Jonas

        _______________________________________________
        ctrl-eng-de mailing list
        ctrl-eng-de@lists.openautomation.org
        https://lists.openautomation.org/mailman/listinfo/ctrl-eng-de
        """)
    headers = [
        ("Received", rcv("lists.openautomation.org", "192.0.2.150", "2026-11-16 07:58:40",
                         "Europe/Berlin", "4NLZ1Xd5Bmz0w")),
        ("From", addr("Jonas Krüger", "jkrueger.plc@example.com")),
        ("To", "ctrl-eng-de@lists.openautomation.org"),
        ("Subject", "[ctrl-eng-de] Weekly hiring / interviewing thread - week 47"),
        ("Date", date("2026-11-16 07:58:40", "Europe/Berlin")),
        ("Message-ID", "<CAKr0pL2+Wq9vT4nXc8@mail.example.com>"),
        ("List-Id", "German controls engineers <ctrl-eng-de.lists.openautomation.org>"),
        ("List-Unsubscribe", "<https://lists.openautomation.org/mailman/options/ctrl-eng-de>, "
                             "<mailto:ctrl-eng-de-request@lists.openautomation.org?subject=unsubscribe>"),
        ("List-Archive", "<https://lists.openautomation.org/pipermail/ctrl-eng-de/>"),
        ("List-Post", "<mailto:ctrl-eng-de@lists.openautomation.org>"),
        ("Precedence", "list"),
        ("Sender", '"ctrl-eng-de" <ctrl-eng-de-bounces@lists.openautomation.org>'),
        ("Errors-To", "ctrl-eng-de-bounces@lists.openautomation.org"),
    ]
    return message(headers, text(body))


@mail(n(47), family="auto_reply", lang="de", interview=False, company="Okerwerk Anlagenbau GmbH",
      note="Out-of-office auto-reply from the recruiter (thread with key 2) to the candidate's "
           "thank-you mail; only absence dates.",
      days=(("Mon", "2026-10-05"),))
def n47() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin vom 25.09. bis einschließlich 02.10.2026 nicht im Büro und habe nur eingeschränkt
        Zugriff auf meine E-Mails. Ab Montag, 05.10., bin ich wieder für Sie da.

        In dringenden Fällen wenden Sie sich bitte an bewerbung@okerwerk-anlagenbau.de.

        Mit freundlichen Grüßen
        Dr. Jana Wiechmann
        Teamleitung Recruiting
        Okerwerk Anlagenbau GmbH
        """)
    headers = [
        ("Received", rcv("mail.okerwerk-anlagenbau.de", "198.51.100.31", "2026-09-25 08:03:12",
                         "Europe/Berlin", "4MkB3Vc6Ryz9d")),
        ("From", addr("Wiechmann, Jana Dr.", "jana.wiechmann@okerwerk-anlagenbau.de")),
        ("To", addr("Lukas Brandner", ME)),
        ("Subject", enc("Automatische Antwort: Vielen Dank für das Gespräch am Donnerstag")),
        ("Date", date("2026-09-25 08:03:12", "Europe/Berlin")),
        ("Message-ID", "<0d3c21a5b7e94f08a61c@EXCH03.okerwerk.local>"),
        ("In-Reply-To", "<CAE3kL9v+Pk1q8Nz@mail.example.org>"),
        ("References", "<CAE3kL9v+Pk1q8Nz@mail.example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "de-DE"),
    ]
    return message(headers, text(body, charset="windows-1252"))


@mail(n(48), family="bounce", lang="de", interview=False, company=None,
      note="Bounce (multipart/report) of the candidate's OWN reply accepting the proposed slot of "
           "key 31 (Tue 17 Nov 10:00): the company's domain was mistyped, the acceptance never "
           "arrived, nothing is confirmed by the company.",
      days=(("Tue", "2026-11-17"),))
def n48() -> bytes:
    bad_rcpt = "n.albers@fuhse-prozestechnik.de"
    orig_body = t("""
        Sehr geehrte Frau Albers,

        vielen Dank für die Einladung! Den Termin am Dienstag, 17. November, um 10:00 Uhr in Peine
        bestätige ich gern.

        Mit freundlichen Grüßen
        Lukas Brandner

        Am 10.11.2026 um 09:31 schrieb Albers, Nicole:
        > Wir möchten Sie gern zu einem persönlichen Gespräch einladen und schlagen Ihnen dafür
        > Dienstag, 17. November, 10:00 Uhr in unserem Werk in Peine vor. Bitte bestätigen Sie uns
        > den Termin kurz per E-Mail oder nennen Sie uns eine Alternative.
        """)
    orig = message([
        ("Date", date("2026-11-10 18:40:02", "Europe/Berlin")),
        ("From", addr("Lukas Brandner", ME)),
        ("To", addr("Albers, Nicole", bad_rcpt)),
        ("Subject", enc("AW: Einladung zum Vorstellungsgespräch – Terminvorschlag")),
        ("Message-ID", "<CAE3kL9z+Hq4m2Xe@mail.example.org>"),
        ("In-Reply-To", "<3f1b0e8c9d2a4c71b5e6@EXCH02.fuhse.local>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(body=orig_body, params="format=flowed"))
    notice = t(f"""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{bad_rcpt}>: Host or domain name not found. Name service error
            for name=fuhse-prozestechnik.de type=A: Host not found
        """)
    status = t(f"""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4NHr6Gk2Lbz5m
        X-Postfix-Sender: rfc822; {ME}
        Arrival-Date: Tue, 10 Nov 2026 18:40:02 +0100 (CET)

        Final-Recipient: rfc822; {bad_rcpt}
        Original-Recipient: rfc822;{bad_rcpt}
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=fuhse-prozestechnik.de type=A: Host not found
        """)
    report = multipart(
        "report",
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
             notice.replace("\n", "\r\n").encode("ascii")),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             status.replace("\n", "\r\n").encode("ascii")),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig),
        params="report-type=delivery-status",
    )
    headers = [
        ("Received", "by mx1.example.org (Postfix)\r\n id 4NHr6Gn0Wqz5p; "
                     + date("2026-11-10 18:40:05", "Europe/Berlin")),
        ("Date", date("2026-11-10 18:40:05", "Europe/Berlin")),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", ME),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20261110174005.4NHr6Gn0Wqz5p@mx1.example.org>"),
    ]
    return message(headers, report)


@mail(n(49), family="application_ack", lang="en", interview=False,
      company="Baltic Turbine Services A/S",
      note="Taleo application receipt from a Copenhagen employer; 'will contact you to arrange an "
           "interview' is hypothetical. HTML only.")
def n49() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#000">
        <p>Dear Lukas Brandner,</p>
        <p>Thank you for your interest in Baltic Turbine Services. We have received your application for
        the position <b>Controls Engineer, Offshore Service (Copenhagen/Esbjerg)</b>, requisition number
        <b>2600417</b>.</p>
        <p>Our Talent Acquisition team will review your profile carefully. If your qualifications match the
        requirements of the position, a member of the team will contact you to arrange an interview.
        Due to the high number of applications, this may take up to three weeks.</p>
        <p>You can follow the status of your application at any time in our
        <a href="https://bts.taleo.net/careersection/ext/mysubmissions.ftl">career section</a>.</p>
        <p>Best regards,<br>Talent Acquisition<br>Baltic Turbine Services A/S</p>
        <p style="font-size:10px;color:#666">This is an automated message. Please do not reply to this e-mail.</p>
        </body></html>
        """)
    headers = [
        ("Received", rcv("smtp-out3.taleo.net", "160.34.9.18", "2026-10-13 11:22:51", "UTC",
                         "4N9Kc3Tg7Rz2x")),
        ("Date", date("2026-10-13 11:22:51", "UTC")),
        ("From", addr("Baltic Turbine Services", "no-reply@taleo.net")),
        ("To", ME),
        ("Subject", "Thank you for applying - Controls Engineer, Offshore Service (2600417)"),
        ("Message-ID", "<1398207741.118802.1792228971005.JavaMail.taleo@tlobts01>"),
    ]
    return message(headers, html(page, cte="quoted-printable"))


@mail(n(50), family="survey", lang="de", interview=False, company="Leinetal Automation GmbH",
      note="Candidate-experience survey (Personio) about the past interview 'am Dienstag, "
           "15. September, um 10:00 Uhr' (key 1), sent two days later; nothing upcoming.",
      days=(("Tue", "2026-09-15"),))
def n50() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandner,

        am Dienstag, 15. September, um 10:00 Uhr hatten Sie Ihr Vorstellungsgespräch bei uns –
        vielen Dank noch einmal für Ihre Zeit!

        Wir möchten unseren Bewerbungsprozess stetig verbessern und freuen uns über Ihr
        ehrliches Feedback. Die Umfrage dauert etwa zwei Minuten:
        https://leinetal-automation.jobs.personio.de/survey/c1f04e7a

        Ihre Teilnahme ist freiwillig, erfolgt anonym und hat keinen Einfluss auf Ihre Bewerbung.

        Mit freundlichen Grüßen
        Ihr HR-Team der Leinetal Automation GmbH
        """)
    headers = [
        ("Received", rcv("mail-out-3.personio.de", "185.56.71.23", "2026-09-17 10:00:41",
                         "Europe/Berlin", "4MgN5Wd2Hsz8b")),
        ("Date", date("2026-09-17 10:00:41", "Europe/Berlin")),
        ("From", addr("Leinetal Automation GmbH", "no-reply@personio.de")),
        ("To", TO),
        ("Subject", enc("Wie war Ihr Vorstellungsgespräch? Zwei Minuten für Ihr Feedback")),
        ("Message-ID", "<0102019a8f3b2c41-9e7d1a05-3b6c-4f28-8d10-5a2e7c9b4f61-000000@eu-central-1.amazonses.com>"),
    ]
    return message(headers, alt(text(body), html(gmail_html(body))))
