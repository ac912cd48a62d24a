"""blind129: 50 hand-written mails from the inbox of Tobias Maier, an automotive embedded-software
engineer in Stuttgart (Europe/Berlin), September to mid-December 2026.

Built and checked by ``python3 bench/heldout/make_blind.py blind129``. Written blind: without
reading the detector, its tests, or any other held-out set's mails.

Keys 1-23 are the positives, 24-50 the negatives; the file number of the mail written key-th is
ORDER[key - 1].
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
    utc,
)

SET = "blind129"
ORDER = random.Random(1290129).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "tobias.maier@example.org"
TO = addr("Tobias Maier", ME)
BERLIN = "Europe/Berlin"


def rcv(host: str, ip: str, when: str, zone: str, ident: str, lag: int = 3) -> str:
    """Received: header as the inbox's own MX (mx01.example.org, Postfix) writes it."""
    return received(f"from {host} ({host} [{ip}])", when, zone,
                    f"mx01.example.org (Postfix) with ESMTPS id {ident}", ME, lag)


VTZ_ZURICH = """BEGIN:VTIMEZONE
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


# =========================================================================== positives (keys 1-23)


# --- 1: Greenhouse, US tier-1 supplier, the week the US is still on EDT and Europe already on CET
@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", "America/New_York"), end=utc("2026-10-29 11:00", "America/New_York"),
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone="America/New_York",
      contact="megan.kowalski@kesslerhart.com", company="Kessler-Hart Automotive",
      note="Greenhouse confirmation, 10:00-11:00 AM EDT on Thu 29 Oct: the US stays on EDT until 1 Nov "
           "while Europe went back to CET on 25 Oct, so 14:00-15:00Z (the mail's own '3:00 PM CET' agrees). "
           "Sender is no-reply; contact = the recruiter in Reply-To.")
def p01():
    sent = "2026-10-22 09:14"
    body_t = t("""
        Hi Tobias,

        Thanks for making time to speak with us! Your interview for Senior Embedded Software
        Engineer - ADAS Platforms (Stuttgart / Remote) is confirmed.

        Thursday, October 29, 2026
        10:00 AM - 11:00 AM EDT (3:00 PM - 4:00 PM CET for you in Stuttgart)

        Interview type: Video interview (Microsoft Teams - the link is in the calendar invite
        your interviewer will send separately)

        You'll be meeting with:
          Dale Whitcomb - Director, Embedded Platforms
          Sunita Varghese - Staff Engineer, Functional Safety

        If anything changes, just reply to this email and it will reach Megan Kowalski,
        your recruiter.

        Best of luck,
        Kessler-Hart Automotive Talent Acquisition

        Powered by Greenhouse
        """)
    body_h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tobias,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Embedded Software
        Engineer - ADAS Platforms (Stuttgart / Remote)</b> is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#777">When</td><td>Thursday, October 29, 2026<br>10:00 AM - 11:00 AM EDT
        (3:00 PM - 4:00 PM CET for you in Stuttgart)</td></tr>
        <tr><td style="color:#777">Type</td><td>Video interview (Microsoft Teams - the link is in the
        calendar invite your interviewer will send separately)</td></tr>
        <tr><td style="color:#777">Interviewers</td><td>Dale Whitcomb - Director, Embedded Platforms<br>
        Sunita Varghese - Staff Engineer, Functional Safety</td></tr>
        </table>
        <p>If anything changes, just reply to this email and it will reach Megan Kowalski, your recruiter.</p>
        <p>Best of luck,<br>Kessler-Hart Automotive Talent Acquisition</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </body></html>
        """)
    return message([
        ("Received", rcv("o12.us.greenhouse-mail.io", "167.89.14.62", sent, "America/New_York", "4Lq9Xk1Z2Hz")),
        ("From", addr("Kessler-Hart Automotive", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Megan Kowalski", "megan.kowalski@kesslerhart.com")),
        ("To", TO),
        ("Subject", "Interview Confirmation: Senior Embedded Software Engineer - ADAS Platforms"),
        ("Date", date(sent, "America/New_York")),
        ("Message-ID", "<0100019a0b7c1e2f-5d1c0f7a-8e44-4b0a-9a52-2f3c1d7e9b10-000000@email.greenhouse-mail.io>"),
        ("X-Mailer", "Greenhouse"),
    ], alt(text(body_t), html(body_h)))


# --- 2: Personio, Stuttgart sensor maker, ICS as application/ics
@mail(N(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 10:00", BERLIN), end=utc("2026-09-22 11:30", BERLIN),
      local="Tue 2026-09-22 10:00", local_end="2026-09-22 11:30", zone=BERLIN,
      contact="sabine.haefele@feuerbach-sensorik.de", company="Feuerbach Sensorik GmbH",
      note="Personio invitation 'Dienstag, 22.09.2026, 10:00 - 11:30 Uhr' in Stuttgart, CEST (+2) -> "
           "08:00-09:30Z; the attached ICS says the same. Contact = Reply-To / ORGANIZER (HR).")
def p02():
    sent = "2026-09-14 11:02"
    body_t = t("""
        Sehr geehrter Herr Maier,

        vielen Dank für Ihre Bewerbung als Embedded Software Entwickler (m/w/d) Sensorfusion.
        Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen, und bestätigen
        Ihnen hiermit den Termin:

        Datum:    Dienstag, 22.09.2026
        Uhrzeit:  10:00 - 11:30 Uhr
        Ort:      Feuerbach Sensorik GmbH, Kruppstraße 41, 70469 Stuttgart
                  (Empfang Gebäude B, Besucherparkplätze vor dem Haus)

        Ihre Gesprächspartner:
        - Sabine Häfele, HR Business Partner
        - Dr. Ralf Eberle, Teamleiter Embedded Systems

        Eine Kalenderdatei haben wir Ihnen angehängt. Sollten Sie den Termin nicht wahrnehmen
        können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Sabine Häfele
        HR Business Partner

        Feuerbach Sensorik GmbH | Kruppstraße 41 | 70469 Stuttgart
        Amtsgericht Stuttgart HRB 771204 | Geschäftsführer: Martin Renz

        Diese E-Mail wurde über Personio versendet.
        """)
    body_h = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Sehr geehrter Herr Maier,</p>
        <p>vielen Dank für Ihre Bewerbung als Embedded Software Entwickler (m/w/d) Sensorfusion.
        Wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch einzuladen, und bestätigen
        Ihnen hiermit den Termin:</p>
        <p><strong>Datum:</strong> Dienstag, 22.09.2026<br>
        <strong>Uhrzeit:</strong> 10:00 - 11:30 Uhr<br>
        <strong>Ort:</strong> Feuerbach Sensorik GmbH, Kruppstraße 41, 70469 Stuttgart<br>
        (Empfang Gebäude B, Besucherparkplätze vor dem Haus)</p>
        <p>Ihre Gesprächspartner:</p>
        <ul><li>Sabine Häfele, HR Business Partner</li><li>Dr. Ralf Eberle, Teamleiter Embedded Systems</li></ul>
        <p>Eine Kalenderdatei haben wir Ihnen angehängt. Sollten Sie den Termin nicht wahrnehmen
        können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Sabine Häfele<br>HR Business Partner</p>
        <p style="font-size:11px;color:#888">Feuerbach Sensorik GmbH | Kruppstraße 41 | 70469 Stuttgart<br>
        Amtsgericht Stuttgart HRB 771204 | Geschäftsführer: Martin Renz</p>
        <p style="font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet.</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Recruiting//DE
CALSCALE:GREGORIAN
{VTZ[BERLIN]}
BEGIN:VEVENT
UID:personio-interview-5581203@personio.de
DTSTAMP:20260914T090200Z
DTSTART;TZID=Europe/Berlin:20260922T100000
DTEND;TZID=Europe/Berlin:20260922T113000
SUMMARY:Vorstellungsgespräch Feuerbach Sensorik GmbH - Tobias Maier
LOCATION:Kruppstraße 41\\, 70469 Stuttgart
ORGANIZER;CN=Sabine Häfele:mailto:sabine.haefele@feuerbach-sensorik.de
ATTENDEE;CN=Tobias Maier;ROLE=REQ-PARTICIPANT:mailto:tobias.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-eu.personio.de", "18.196.77.20", sent, BERLIN, "4Ghk2Z0pQ1z")),
        ("From", addr("Feuerbach Sensorik GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Sabine Häfele", "sabine.haefele@feuerbach-sensorik.de")),
        ("To", TO),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Embedded Software Entwickler (m/w/d)")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<6f1e0c3a92d24b7f.20260914090200@mail.personio.de>"),
    ], mixed(alt(text(body_t), html(body_h)),
             calendar(ics, method=None, ctype="application/ics", filename="Vorstellungsgespraech.ics",
                      disposition="attachment", cte="base64")))


# --- 3: Swabian hiring manager, du, 'am kommenden Freitag um dreiviertel neun', Latin-1 8bit
@mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-11 08:45", BERLIN), end=None,
      local="Fri 2026-09-11 08:45", zone=BERLIN,
      contact="j.kaechele@kaechele-steuerungstechnik.de", company="Kächele Steuerungstechnik GmbH",
      note="Swabian prose sent Mon 7 Sep: 'am kommenden Freitag (also scho diese Woch)' = Fri 11 Sep; "
           "'dreiviertel neun' = 08:45 CEST -> 06:45Z. 'bis zum Mittag' is no exact end -> end null.")
def p03():
    sent = "2026-09-07 17:48"
    body = t("""
        Servus Tobias,

        hat mi gfreut, dass des heut am Telefon glei klappt hat. Wie bsproche:
        Du kommsch am kommenden Freitag (also scho diese Woch) um dreiviertel neun zu uns
        nach Ulm-Donautal, Im Lehrer Feld 7. Mir nehmet uns bis zum Mittag Zeit, dann
        zeig i dir au no d'Prüfstände und unsere Werkstatt.

        Parke kannsch direkt vorm Haus, klingel bei "Entwicklung". Bring gern dein
        Lebenslauf nomal ausdruckt mit, unser Chef isch da a bissle altmodisch.

        Falls was isch: 0731 / 93 84 12-20 oder einfach auf die Mail antworte.

        Grüßle
        Jürgen

        --
        Jürgen Kächele
        Leitung Softwareentwicklung
        Kächele Steuerungstechnik GmbH
        Im Lehrer Feld 7, 89081 Ulm
        """)
    return message([
        ("Received", rcv("mail.kaechele-steuerungstechnik.de", "212.227.17.5", sent, BERLIN, "4GbX0n5r2Tz")),
        ("From", addr("Jürgen Kächele", "j.kaechele@kaechele-steuerungstechnik.de", "iso-8859-1")),
        ("To", TO),
        ("Subject", "Freitag"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<2a7e5c10-3b1f-7d2e-aa41-90c1f2e3d4b5@kaechele-steuerungstechnik.de>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
        ("Content-Language", "de-DE"),
    ], text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


# --- 4: Exchange meeting request, Windows zone name, Teams; the time is only in the ICS
@mail(N(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-30 14:00", BERLIN), end=utc("2026-09-30 15:00", BERLIN),
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 15:00", zone=BERLIN,
      contact="katrin.vogelsang@neckarwerk.de", company="Neckarwerk Fahrzeugsysteme GmbH",
      note="Outlook/Exchange meeting request; the body has no time at all, only the ICS "
           "(TZID 'W. Europe Standard Time' = Europe/Berlin, CEST) 14:00-15:00 -> 12:00-13:00Z. "
           "Contact = organizer/sender.")
def p04():
    sent = "2026-09-23 16:20"
    body_t = t("""
        Hallo Herr Maier,

        wie heute Vormittag telefonisch abgestimmt, hier die Einladung zu unserem Gespräch mit
        Herrn Sautter (Abteilungsleiter Basissoftware) und mir. Bitte nehmen Sie die Einladung an,
        damit der Termin in Ihrem Kalender steht.

        Viele Grüße
        Katrin Vogelsang
        Talent Acquisition | Neckarwerk Fahrzeugsysteme GmbH
        Schwieberdinger Str. 210, 70435 Stuttgart

        ________________________________________________________________________________
        Microsoft Teams Hilfe?
        Über Computer, mobile App oder Raumgerät beitreten
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2ZjE0YjMtYzE4Zi00ZWQ2LWI1NzAtM2E4ZGE1OTcwYjQx%40thread.v2/0?context=%7b%22Tid%22%3a%2211111111-2222-3333-4444-555555555555%22%7d>
        Besprechungs-ID: 345 678 912 44
        Passcode: x7Kp2Q
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body_h = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE" style="word-wrap:break-word">
        <div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Maier,<o:p></o:p></p>
        <p class="MsoNormal">wie heute Vormittag telefonisch abgestimmt, hier die Einladung zu unserem Gespräch mit
        Herrn Sautter (Abteilungsleiter Basissoftware) und mir. Bitte nehmen Sie die Einladung an,
        damit der Termin in Ihrem Kalender steht.<o:p></o:p></p>
        <p class="MsoNormal">Viele Grüße<br>Katrin Vogelsang<br>Talent Acquisition | Neckarwerk Fahrzeugsysteme GmbH<br>
        Schwieberdinger Str. 210, 70435 Stuttgart<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="de-DE" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams</span>
        <a href="https://aka.ms/JoinTeamsMeeting" style="font-size:14px;text-decoration:underline;color:#5B5FC7">Hilfe?</a></div>
        <div style="margin-bottom:20px"><a class="me-email-headline" style="font-size:20px;font-weight:600;color:#5B5FC7"
        href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ2ZjE0YjMtYzE4Zi00ZWQ2LWI1NzAtM2E4ZGE1OTcwYjQx%40thread.v2/0">Jetzt an der Besprechung teilnehmen</a></div>
        <div style="margin-bottom:20px"><span style="font-size:14px;color:#616161">Besprechungs-ID: </span>
        <span style="font-size:16px;color:#252424">345 678 912 44</span><br>
        <span style="font-size:14px;color:#616161">Passcode: </span><span style="font-size:16px;color:#252424">x7Kp2Q</span></div>
        </div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Vogelsang Katrin (NW/HR-TA):mailto:katrin.vogelsang@neckarwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Maier:mailto:tobias.maier@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sautter Frank (NW/EBS):mailto:frank.sautter@neckarwerk.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Maier\\,\\n\\nwie heute Vormittag telefonisch abgestimmt\\, hier die Einladung zu unserem Gespräch.\\n
UID:040000008200E00074C5B7101A82E00800000000B07C4E1A2D4BDC01000000000000000010000000C2B54F3AA4B1E74E9F0D2E61C4D11A27
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Embedded Software Engineer AUTOSAR - Tobias Maier
DTSTART;TZID=W. Europe Standard Time:20260930T140000
DTEND;TZID=W. Europe Standard Time:20260930T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T142000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124871002
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:katrin.vogelsang@neckarwerk.de\\;gruu\\;opaque=app:conf:focus:id:teams
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("EUR03-VI1-obe.outbound.protection.outlook.com", "40.107.20.91", sent, BERLIN,
                         "4Gq7Yc2mW3z")),
        ("From", addr("Vogelsang Katrin (NW/HR-TA)", "katrin.vogelsang@neckarwerk.de")),
        ("To", TO),
        ("CC", addr("Sautter Frank (NW/EBS)", "frank.sautter@neckarwerk.de")),
        ("Subject", enc("Vorstellungsgespräch Embedded Software Engineer AUTOSAR - Tobias Maier")),
        ("Thread-Topic", enc("Vorstellungsgespräch Embedded Software Engineer AUTOSAR - Tobias Maier")),
        ("Thread-Index", "AdwrXk3D2l5vQ8mJRr6q1XcWm0pT0A=="),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<AM9PR07MB7106F3D1C0A2B4E5D6F7A8B9C0D1E@AM9PR07MB7106.eurprd07.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ], alt(text(body_t), html(body_h), calendar(ics, method="REQUEST", cte="base64")))


# --- 5: Workday, Indian tier-1 supplier, IST only, HTML only in base64
@mail(N(5), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-12 14:30", "Asia/Kolkata"), end=utc("2026-10-12 15:30", "Asia/Kolkata"),
      local="Mon 2026-10-12 14:30", local_end="2026-10-12 15:30", zone="Asia/Kolkata",
      contact="sneha.kulkarni@sahyadriautocomp.in", company="Sahyadri Autocomp Ltd.",
      note="Workday 'Interview Scheduled', Monday 12 October 2026, 2:30 PM - 3:30 PM IST (+05:30, no DST) "
           "-> 09:00-10:00Z. Sender is the Workday tenant address; contact = recruiter address in the body.")
def p05():
    sent = "2026-10-05 10:12"
    body_h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="margin:0;padding:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d91;color:#ffffff;font-size:18px">Sahyadri Autocomp Ltd. &ndash; Careers</td></tr>
        <tr><td>
        <p>Dear Tobias Maier,</p>
        <p>Greetings from Sahyadri Autocomp!</p>
        <p>With reference to your application for <b>Senior Embedded Engineer &ndash; Functional Safety (R-10482)</b>
        for our Engineering Centre Stuttgart, we are pleased to inform you that your technical interview has been
        scheduled as below:</p>
        <table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc;font-size:14px">
        <tr><td><b>Interview Round</b></td><td>Technical Round 1 (ISO 26262 / AUTOSAR)</td></tr>
        <tr><td><b>Date</b></td><td>Monday, 12 October 2026</td></tr>
        <tr><td><b>Time</b></td><td>2:30 PM &ndash; 3:30 PM (IST, GMT+05:30)</td></tr>
        <tr><td><b>Mode</b></td><td>Microsoft Teams (link will be shared by the panel)</td></tr>
        <tr><td><b>Panel</b></td><td>Mr. Rajesh Deshpande, Mr. Anand Pillai</td></tr>
        </table>
        <p>Kindly log in 10 minutes before the scheduled time and keep a copy of your updated CV handy.
        For any queries please contact Ms. Sneha Kulkarni, Talent Acquisition, at
        <a href="mailto:sneha.kulkarni@sahyadriautocomp.in">sneha.kulkarni@sahyadriautocomp.in</a>.</p>
        <p>You can also view this interview in your candidate home in Workday.</p>
        <p>Warm regards,<br>Talent Acquisition Team<br>Sahyadri Autocomp Ltd., Pune</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#999">This is a system-generated email. Please do not reply to this message.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd5-mta2.myworkday.com", "198.51.100.47", sent, "Asia/Kolkata", "4JkP9q8sV5z")),
        ("From", addr("Sahyadri Autocomp", "sahyadri@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Senior Embedded Engineer - Functional Safety (R-10482)"),
        ("Date", date(sent, "Asia/Kolkata")),
        ("Message-ID", "<1782613059.88201.1791164520117@wd5-prod-notif.myworkday.com>"),
        ("X-Auto-Response-Suppress", "All"),
    ], html(body_h, cte="base64"))


# --- 6: Calendly invitee confirmation, CET (a week after the change), Reply-To host
@mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 10:30", BERLIN), end=utc("2026-11-03 11:00", BERLIN),
      local="Tue 2026-11-03 10:30", local_end="2026-11-03 11:00", zone=BERLIN,
      contact="priya.raman@voltaris.io", company="Voltaris Mobility",
      note="Calendly invitee confirmation 10:30am - 11:00am (Central European Time), Tue 3 Nov: CET (+1) "
           "-> 09:30-10:00Z; the ICS is in UTC and agrees. Contact = host in Reply-To.")
def p06():
    sent = "2026-10-28 14:05"
    body_t = t("""
        Hi Tobias Maier,

        A new event has been scheduled.

        Event Type:
        Technical Screen - Embedded C / RTOS (30 min)

        Invitee:
        Tobias Maier

        Invitee Email:
        tobias.maier@example.org

        Event Date/Time:
        10:30am - 11:00am (Central European Time) on Tuesday, November 3, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/qbe-rxtw-jkd

        Host:
        Priya Raman, Engineering Manager, Voltaris Mobility

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9e1f7d44-0c2b-4a7e-9f31-6c1a8b2d0e55
        Reschedule: https://calendly.com/reschedulings/9e1f7d44-0c2b-4a7e-9f31-6c1a8b2d0e55

        Powered by Calendly.com
        """)
    body_h = t("""
        <html><body style="font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#1a1a1a">
        <p>Hi Tobias Maier,</p><p>A new event has been scheduled.</p>
        <p style="margin:0;font-weight:bold">Event Type:</p><p style="margin-top:0">Technical Screen - Embedded C / RTOS (30 min)</p>
        <p style="margin:0;font-weight:bold">Invitee:</p><p style="margin-top:0">Tobias Maier</p>
        <p style="margin:0;font-weight:bold">Event Date/Time:</p>
        <p style="margin-top:0">10:30am - 11:00am (Central European Time) on Tuesday, November 3, 2026</p>
        <p style="margin:0;font-weight:bold">Location:</p><p style="margin-top:0">This is a Google Meet web conference.
        <a href="https://meet.google.com/qbe-rxtw-jkd">Join now</a></p>
        <p style="margin:0;font-weight:bold">Host:</p><p style="margin-top:0">Priya Raman, Engineering Manager, Voltaris Mobility</p>
        <p><a href="https://calendly.com/cancellations/9e1f7d44-0c2b-4a7e-9f31-6c1a8b2d0e55">Cancel</a> |
        <a href="https://calendly.com/reschedulings/9e1f7d44-0c2b-4a7e-9f31-6c1a8b2d0e55">Reschedule</a></p>
        <p style="font-size:12px;color:#999">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:9e1f7d44-0c2b-4a7e-9f31-6c1a8b2d0e55@calendly.com
DTSTAMP:20261028T130500Z
DTSTART:20261103T093000Z
DTEND:20261103T100000Z
SUMMARY:Technical Screen - Embedded C / RTOS (30 min) between Priya Raman and Tobias Maier
LOCATION:https://meet.google.com/qbe-rxtw-jkd
ORGANIZER;CN=Priya Raman:mailto:priya.raman@voltaris.io
ATTENDEE;CN=Tobias Maier;RSVP=TRUE:mailto:tobias.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("o1.email.calendly.com", "149.72.123.9", sent, BERLIN, "4KtR6p1bX8z")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Priya Raman", "priya.raman@voltaris.io")),
        ("To", ME),
        ("Subject", "New Event: Priya Raman - 10:30am Tue, Nov 3, 2026 - Technical Screen - Embedded C / RTOS (30 min)"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<SG1f0c9a7b2e.2026102813050.3f1a@ismtpd0014p1lon1.sendgrid.net>"),
    ], mixed(alt(text(body_t), html(body_h)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


# --- 7: Ashby, Zurich robotics company, Swiss standard German (no eszett), Europe/Zurich ICS
@mail(N(7), family="ashby", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 15:00", "Europe/Zurich"), end=utc("2026-10-08 16:00", "Europe/Zurich"),
      local="Thu 2026-10-08 15:00", local_end="2026-10-08 16:00", zone="Europe/Zurich",
      contact="nadja.sutter@lindqvist-robotics.ch", company="Lindqvist Robotics AG",
      note="Ashby confirmation in Swiss German: Donnerstag, 8. Oktober 2026, 15:00 - 16:00 MESZ (Zurich, "
           "+2) -> 13:00-14:00Z; ICS TZID Europe/Zurich agrees. Contact = Reply-To / ORGANIZER recruiter.")
def p07():
    sent = "2026-10-02 09:30"
    body_t = t("""
        Grüezi Herr Maier

        Ihr Interview ist bestätigt. Wir freuen uns auf das Gespräch!

        Donnerstag, 8. Oktober 2026, 15:00 - 16:00 MESZ (Zürich)
        Vor Ort: Lindqvist Robotics AG, Hohlstrasse 500, 8048 Zürich (Empfang 3. OG)

        Sie treffen:
          Reto Ammann - Head of Motion Control Software
          Simone Frei - Senior Embedded Engineer

        Bitte bringen Sie einen gültigen Ausweis mit. Bei Fragen antworten Sie einfach auf diese
        E-Mail, sie erreicht Nadja Sutter (Recruiting).

        Freundliche Grüsse
        Lindqvist Robotics Recruiting
        """)
    body_h = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Grüezi Herr Maier</p>
        <p>Ihr Interview ist bestätigt. Wir freuen uns auf das Gespräch!</p>
        <div style="border:1px solid #e5e5e5;border-radius:8px;padding:12px">
        <p style="margin:0"><b>Donnerstag, 8. Oktober 2026, 15:00 - 16:00 MESZ (Zürich)</b></p>
        <p style="margin:0">Vor Ort: Lindqvist Robotics AG, Hohlstrasse 500, 8048 Zürich (Empfang 3. OG)</p></div>
        <p>Sie treffen:<br>Reto Ammann - Head of Motion Control Software<br>Simone Frei - Senior Embedded Engineer</p>
        <p>Bitte bringen Sie einen gültigen Ausweis mit. Bei Fragen antworten Sie einfach auf diese
        E-Mail, sie erreicht Nadja Sutter (Recruiting).</p>
        <p>Freundliche Grüsse<br>Lindqvist Robotics Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_ZURICH}
BEGIN:VEVENT
UID:b3c1d2e4-7f60-4a1b-8c9d-0e1f2a3b4c5d
DTSTAMP:20261002T073000Z
DTSTART;TZID=Europe/Zurich:20261008T150000
DTEND;TZID=Europe/Zurich:20261008T160000
SEQUENCE:0
SUMMARY:Interview Lindqvist Robotics - Embedded Software Engineer (Motion Control)
LOCATION:Hohlstrasse 500\\, 8048 Zürich
ORGANIZER;CN=Nadja Sutter:mailto:nadja.sutter@lindqvist-robotics.ch
ATTENDEE;CN=Tobias Maier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.ashbyhq.com", "108.233.221.104", sent, "Europe/Zurich", "4HmZ3v7cK1z")),
        ("From", addr("Lindqvist Robotics", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Nadja Sutter", "nadja.sutter@lindqvist-robotics.ch")),
        ("To", TO),
        ("Subject", enc("Interview bestätigt: Embedded Software Engineer (Motion Control) bei Lindqvist Robotics")),
        ("Date", date(sent, "Europe/Zurich")),
        ("Message-ID", "<0100019a8c2f3d41-6e2b1a0c-5d4f-4e3a-9b8c-7a6f5e4d3c2b-000000@email.amazonses.com>"),
    ], mixed(alt(text(body_t, cte="base64"), html(body_h, cte="base64")),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


# --- 8: Google Calendar invitation (German UI), Munich company, remote team
@mail(N(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-08 11:00", BERLIN), end=utc("2026-12-08 12:00", BERLIN),
      local="Tue 2026-12-08 11:00", local_end="2026-12-08 12:00", zone=BERLIN,
      contact="lena.hofbauer@ferroni-mobility.de", company="Ferroni Mobility GmbH",
      note="Google Calendar invitation 'Di., 8. Dez. 2026 11:00 - 12:00 (MEZ)' -> 10:00-11:00Z; ICS "
           "TZID Europe/Berlin agrees. Contact = organizer (sender, Reply-To).")
def p08():
    sent = "2026-12-01 15:40"
    subj = ("Einladung: Interview Embedded Linux (Remote-Team) / Tobias Maier @ Di., 8. Dez. 2026 "
            "11:00 - 12:00 (MEZ) (tobias.maier@example.org)")
    body_t = t("""
        Interview Embedded Linux (Remote-Team) / Tobias Maier
        Dienstag, 8. Dezember 2026 ⋅ 11:00 – 12:00
        Zeitzone: Europe/Berlin

        Google Meet-Videokonferenz beitreten
        https://meet.google.com/hvo-pkzt-ncw

        Hallo Tobias, wie besprochen: erstes Fachgespräch mit Korbinian (Teamlead Platform) und mir.
        Wir duzen uns im Team, also gerne auch du :) Bis Dienstag! Lena

        Organisator
        Lena Hofbauer
        lena.hofbauer@ferroni-mobility.de

        Gäste
        Lena Hofbauer - Organisator
        Korbinian Staudinger
        tobias.maier@example.org

        Antworten für tobias.maier@example.org: Ja, Vielleicht, Nein
        Weitere Optionen: https://calendar.google.com/calendar/event?action=VIEW&eid=NmdxZ2xrOGQ

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind. Wenn Sie auf "Ja"
        klicken, wird der Termin in Ihren Kalender übernommen.
        """)
    body_h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <h2 style="font-size:20px;font-weight:400;color:#3c4043">Interview Embedded Linux (Remote-Team) / Tobias Maier</h2>
        <div>Dienstag, 8. Dezember 2026 &sdot; 11:00 &ndash; 12:00<br>Zeitzone: Europe/Berlin</div>
        <div style="margin-top:12px"><a href="https://meet.google.com/hvo-pkzt-ncw" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Mit Google Meet teilnehmen</a></div>
        <p>Hallo Tobias, wie besprochen: erstes Fachgespräch mit Korbinian (Teamlead Platform) und mir.
        Wir duzen uns im Team, also gerne auch du :) Bis Dienstag! Lena</p>
        <div><b>Organisator</b><br>Lena Hofbauer<br>lena.hofbauer@ferroni-mobility.de</div>
        <div style="margin-top:8px"><b>Gäste</b><br>Lena Hofbauer - Organisator<br>Korbinian Staudinger<br>tobias.maier@example.org</div>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[BERLIN]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261208T110000
DTEND;TZID=Europe/Berlin:20261208T120000
DTSTAMP:20261201T144000Z
ORGANIZER;CN=Lena Hofbauer:mailto:lena.hofbauer@ferroni-mobility.de
UID:6gqglk8d2r1b0p7vq3k5s9c4m1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lena Hofbauer;X-NUM-GUESTS=0:mailto:lena.hofbauer@ferroni-mobility.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Korbinian Staudinger;X-NUM-GUESTS=0:mailto:korbinian.staudinger@ferroni-mobility.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.maier@example.org;X-NUM-GUESTS=0:mailto:tobias.maier@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/hvo-pkzt-ncw
CREATED:20261201T143912Z
DESCRIPTION:Hallo Tobias\\, wie besprochen: erstes Fachgespräch mit Korbinian (Teamlead Platform) und mir.
LAST-MODIFIED:20261201T144000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Embedded Linux (Remote-Team) / Tobias Maier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sor-f69.google.com", "209.85.220.69", sent, BERLIN, "4NbW2s6dR4z")),
        ("From", addr("Lena Hofbauer", "lena.hofbauer@ferroni-mobility.de")),
        ("Sender", addr("Google Kalender", "calendar-notification@google.com")),
        ("Reply-To", addr("Lena Hofbauer", "lena.hofbauer@ferroni-mobility.de")),
        ("To", ME),
        ("Subject", enc(subj)),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<calendar-8f3b2c1d-4e5a-4b6c-9d7e-0f1a2b3c4d5e@google.com>"),
    ], mixed(alt(text(body_t), html(body_h), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


# --- 9: Graz (Austrian register), windows-1252 QP; the attached calendar entry is all-day
@mail(N(9), family="human_prose", lang="de-AT", interview=True, kind="scheduled",
      start=utc("2026-11-19 13:30", "Europe/Vienna"), end=None,
      local="Thu 2026-11-19 13:30", zone="Europe/Vienna",
      contact="birgit.poelzl@murtal-elektronik.at", company="Murtal Elektronik GmbH",
      note="Austrian HR mail: Termin 'fixiert' for Donnerstag, 19. November 2026, um 13:30 Uhr in Graz, CET "
           "(+1) -> 12:30Z. The attached ICS is an all-day entry (VALUE=DATE) for 19 Nov, so the time is "
           "only in the text. 'ca. zwei Stunden' is approximate -> end null.")
def p09():
    sent = "2026-11-12 10:15"
    body = t("""
        Sehr geehrter Herr Maier,

        vielen Dank für das nette Telefonat heute Vormittag. Wie besprochen dürfen wir Ihnen den
        Termin für das persönliche Gespräch hiermit fixieren:

            Donnerstag, 19. November 2026, um 13:30 Uhr
            Murtal Elektronik GmbH, Alte Poststraße 152, 8055 Graz-Puntigam
            Gesprächspartner: DI Markus Url (Leitung Steuergeräte-Software) und meine Wenigkeit

        Bitte rechnen Sie mit ca. zwei Stunden inkl. kurzer Werksführung. Die Reisekosten
        (Bahn 2. Klasse ab Stuttgart bzw. Kilometergeld) übernehmen wir selbstverständlich,
        bitte heben Sie die Belege auf.

        Einen Kalendereintrag habe ich Ihnen zur Erinnerung angehängt.

        Wir freuen uns auf Ihren Besuch in Graz!

        Mit freundlichen Grüßen

        Mag. Birgit Pölzl
        Human Resources
        Murtal Elektronik GmbH
        Alte Poststraße 152 | 8055 Graz | Österreich
        T +43 316 29 44 81-130
        birgit.poelzl@murtal-elektronik.at
        FN 402117 k, Landesgericht für ZRS Graz
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261112T091400Z
DESCRIPTION:Vorstellungsgespräch Murtal Elektronik\\, Beginn 13:30 Uhr\\, Alte Poststraße 152\\, 8055 Graz
DTSTART;VALUE=DATE:20261119
DTEND;VALUE=DATE:20261120
DTSTAMP:20261112T091400Z
LOCATION:Murtal Elektronik GmbH\\, Alte Poststraße 152\\, 8055 Graz
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-at:Vorstellungsgespräch Murtal Elektronik (Graz)
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000D0A1F3C27B4DDC010000000000000000100000004F8E2B7A
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.murtal-elektronik.at", "193.170.64.21", sent, "Europe/Vienna", "4PcK7a2wT6z")),
        ("From", addr("Birgit Pölzl", "birgit.poelzl@murtal-elektronik.at", "windows-1252")),
        ("To", TO),
        ("Subject", enc("Ihr Vorstellungsgespräch bei Murtal Elektronik – Terminbestätigung", "windows-1252")),
        ("Date", date(sent, "Europe/Vienna")),
        ("Message-ID", "<VI1PR08MB4471A2B3C4D5E6F7081920A3B4C5D@VI1PR08MB4471.eurprd08.prod.outlook.com>"),
        ("Content-Language", "de-AT"),
        ("X-MS-Has-Attach", "yes"),
    ], mixed(text(body, charset="windows-1252"),
             calendar(ics, method=None, filename="Termin Graz.ics", disposition="attachment", cte="base64")))


# --- 10: Workable, remote team in New Zealand: 9:00 NZDT Tuesday is Monday evening in UTC and Berlin
@mail(N(10), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 09:00", "Pacific/Auckland"), end=utc("2026-12-01 09:45", "Pacific/Auckland"),
      local="Tue 2026-12-01 09:00", local_end="2026-12-01 09:45", zone="Pacific/Auckland",
      contact="aroha.ngata@tidewaterlabs.co.nz", company="Tidewater Labs",
      note="Workable: 'Tuesday, 1 December 2026, 9:00 AM - 9:45 AM NZDT' (+13) -> Mon 30 Nov 20:00-20:45Z "
           "(the recruiter's line 'Monday evening, 9 pm in Stuttgart' agrees, CET +1). Reply-To is a "
           "Workable relay -> contact = recruiter's own address in the body.")
def p10():
    sent = "2026-11-24 14:20"
    body_t = t("""
        Hi Tobias,

        Your interview for Senior Firmware Engineer (Remote, EU time zones) at Tidewater Labs has
        been scheduled.

        When:      Tuesday, 1 December 2026, 9:00 AM - 9:45 AM NZDT (Pacific/Auckland)
        Where:     Video call - https://tidewaterlabs.zoom.us/j/88120455713
        With:      Aroha Ngata (Talent), Callum Reid (Firmware Lead)

        A message from Aroha:
        "Kia ora Tobias - that's Monday evening, 9 pm your time in Stuttgart. Thanks heaps for
        being flexible with the time difference! If you need anything, my direct email is
        aroha.ngata@tidewaterlabs.co.nz."

        Add to calendar: see the attached invite.

        Good luck!
        The Tidewater Labs hiring team

        --
        Sent with Workable. Replies to this email go to the hiring team.
        """)
    body_h = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hi Tobias,</p>
        <p>Your interview for <b>Senior Firmware Engineer (Remote, EU time zones)</b> at Tidewater Labs has been scheduled.</p>
        <table cellpadding="4"><tr><td><b>When</b></td><td>Tuesday, 1 December 2026, 9:00 AM - 9:45 AM NZDT (Pacific/Auckland)</td></tr>
        <tr><td><b>Where</b></td><td>Video call - <a href="https://tidewaterlabs.zoom.us/j/88120455713">https://tidewaterlabs.zoom.us/j/88120455713</a></td></tr>
        <tr><td><b>With</b></td><td>Aroha Ngata (Talent), Callum Reid (Firmware Lead)</td></tr></table>
        <p>A message from Aroha:</p>
        <blockquote style="border-left:3px solid #00b2a9;padding-left:8px">Kia ora Tobias - that's Monday evening, 9 pm your time in
        Stuttgart. Thanks heaps for being flexible with the time difference! If you need anything, my direct email is
        aroha.ngata@tidewaterlabs.co.nz.</blockquote>
        <p>Good luck!<br>The Tidewater Labs hiring team</p>
        <p style="font-size:11px;color:#999">Sent with Workable. Replies to this email go to the hiring team.</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-evt-3c9f7a21b5e04d18@workable.com
DTSTAMP:20261124T012000Z
DTSTART:20261130T200000Z
DTEND:20261130T204500Z
SUMMARY:Interview: Tobias Maier - Senior Firmware Engineer (Tidewater Labs)
LOCATION:https://tidewaterlabs.zoom.us/j/88120455713
ORGANIZER;CN=Tidewater Labs:mailto:tidewater-labs+e4b19c@candidates.workablemail.com
ATTENDEE;CN=Tobias Maier;RSVP=TRUE:mailto:tobias.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-b.workablemail.com", "54.240.8.21", sent, "Pacific/Auckland", "4RwD5e1nY9z")),
        ("From", addr("Tidewater Labs", "noreply@candidates.workablemail.com")),
        ("Reply-To", "tidewater-labs+e4b19c@candidates.workablemail.com"),
        ("To", TO),
        ("Subject", "Interview scheduled: Senior Firmware Engineer at Tidewater Labs"),
        ("Date", date(sent, "Pacific/Auckland")),
        ("Message-ID", "<5f2a0d1e-interview-3c9f7a21b5e04d18@workablemail.com>"),
    ], mixed(alt(text(body_t), html(body_h)),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment", cte="base64")))


# --- 11: Teamtailor, Karlsruhe; sent in CEST, interview the Monday after the clocks go back
@mail(N(11), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", BERLIN), end=utc("2026-10-26 09:45", BERLIN),
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 09:45", zone=BERLIN,
      contact="jana.oberle@faecherwerk-automotive.de", company="Fächerwerk Automotive GmbH",
      note="Teamtailor, sent Thu 22 Oct in CEST; interview Montag, 26. Oktober 2026, 09:00-09:45, the day "
           "after Europe's return to CET (25 Oct) -> +1 -> 08:00-08:45Z (not 07:00Z). ICS agrees. "
           "From is the Teamtailor relay; contact = Reply-To recruiter.")
def p11():
    sent = "2026-10-22 16:45"
    body_t = t("""
        Hallo Tobias,

        super, dass es geklappt hat! Hier nochmal alle Infos zu deinem Interview:

        Stelle:   Embedded Software Engineer Motorsteuerung (m/w/d)
        Wann:     Montag, 26. Oktober 2026, 09:00–09:45
        Wo:       Online via Google Meet – https://meet.google.com/rtx-mbqa-eod
        Mit:      Jana Oberle (People & Culture), Emre Yıldız (Tech Lead Motor Control)

        Den Termin findest du auch im Anhang als Kalendereintrag. Falls dir etwas dazwischenkommt,
        antworte einfach auf diese Mail.

        Bis Montag!
        Jana

        Fächerwerk Automotive GmbH · Haid-und-Neu-Straße 18 · 76131 Karlsruhe
        Powered by Teamtailor
        """)
    body_h = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px;color:#1f1f1f">
        <p>Hallo Tobias,</p>
        <p>super, dass es geklappt hat! Hier nochmal alle Infos zu deinem Interview:</p>
        <p><b>Stelle:</b> Embedded Software Engineer Motorsteuerung (m/w/d)<br>
        <b>Wann:</b> Montag, 26. Oktober 2026, 09:00–09:45<br>
        <b>Wo:</b> Online via Google Meet – <a href="https://meet.google.com/rtx-mbqa-eod">meet.google.com/rtx-mbqa-eod</a><br>
        <b>Mit:</b> Jana Oberle (People &amp; Culture), Emre Yıldız (Tech Lead Motor Control)</p>
        <p>Den Termin findest du auch im Anhang als Kalendereintrag. Falls dir etwas dazwischenkommt,
        antworte einfach auf diese Mail.</p>
        <p>Bis Montag!<br>Jana</p>
        <p style="font-size:12px;color:#8a8a8a">Fächerwerk Automotive GmbH · Haid-und-Neu-Straße 18 · 76131 Karlsruhe<br>
        Powered by <a href="https://www.teamtailor.com">Teamtailor</a></p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
{VTZ[BERLIN]}
BEGIN:VEVENT
UID:tt-interview-77120934@teamtailor.com
DTSTAMP:20261022T144500Z
DTSTART;TZID=Europe/Berlin:20261026T090000
DTEND;TZID=Europe/Berlin:20261026T094500
SUMMARY:Interview Fächerwerk Automotive – Tobias Maier
LOCATION:https://meet.google.com/rtx-mbqa-eod
ORGANIZER;CN=Jana Oberle:mailto:jana.oberle@faecherwerk-automotive.de
ATTENDEE;CN=Tobias Maier;RSVP=TRUE:mailto:tobias.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-out3.teamtailor-mail.com", "185.25.153.40", sent, BERLIN, "4FvN8c3hJ2z")),
        ("From", addr("Jana Oberle (Fächerwerk Automotive)", "jana.oberle.faecherwerk@teamtailor-mail.com")),
        ("Reply-To", addr("Jana Oberle", "jana.oberle@faecherwerk-automotive.de")),
        ("To", TO),
        ("Subject", enc("Dein Interview bei Fächerwerk Automotive am Montag")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<tt.77120934.1a2b3c4d@teamtailor-mail.com>"),
    ], mixed(alt(text(body_t, cte="base64"), html(body_h, cte="base64")),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment", cte="base64")))


# --- 12: Indian HR prose, 'tomorrow at 1:30 PM IST', plain 7bit reply on a thread
@mail(N(12), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-25 13:30", "Asia/Kolkata"), end=utc("2026-11-25 14:30", "Asia/Kolkata"),
      local="Wed 2026-11-25 13:30", local_end="2026-11-25 14:30", zone="Asia/Kolkata",
      contact="karthik.subramanian@nilgiri-embedded.co.in", company="Nilgiri Embedded Systems Pvt. Ltd.",
      note="Indian HR reply sent Tue 24 Nov 10:05 IST: 'tomorrow at 1:30 PM IST for 1 hour' = Wed 25 Nov "
           "13:30-14:30 IST (+05:30) -> 08:00-09:00Z (the mail's '9:00 AM CET' agrees). Contact = sender.")
def p12():
    sent = "2026-11-24 10:05"
    body = t("""
        Dear Tobias,

        Thank you for sharing your availability.

        Kindly note that your Technical Interview (Round 2) for the position of AUTOSAR BSW
        Lead (Stuttgart customer site) is scheduled tomorrow at 1:30 PM IST (9:00 AM CET) for
        1 hour. The interview will be taken by Mr. Venkatesh Iyer (Delivery Head - Europe) and
        Ms. Lakshmi Narayanan (Architect).

        MS Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg1YjA2NzQtNDkzZS00%40thread.v2/0

        Kindly acknowledge the receipt of this mail and join 5 minutes prior to the scheduled time.

        Thanks & Regards,
        Karthik Subramanian
        Senior Executive - Talent Acquisition
        Nilgiri Embedded Systems Pvt. Ltd.
        Whitefield, Bengaluru - 560066
        Mob: +91 98450 31177

        -----Original Message-----
        From: Tobias Maier <tobias.maier@example.org>
        Sent: Monday, November 23, 2026 6:41 PM
        To: Karthik Subramanian <karthik.subramanian@nilgiri-embedded.co.in>
        Subject: RE: Interview - AUTOSAR BSW Lead - Round 2

        Dear Karthik,

        thanks for the update. Wednesday or Thursday between 8 and 12 CET would work best for me.

        Best regards,
        Tobias
        """)
    return message([
        ("Received", rcv("mail-sg2apc01.outbound.protection.outlook.com", "40.107.215.98", sent, "Asia/Kolkata",
                         "4SdQ1v6mH3z")),
        ("From", addr("Karthik Subramanian", "karthik.subramanian@nilgiri-embedded.co.in")),
        ("To", TO),
        ("CC", "hr.recruitment@nilgiri-embedded.co.in"),
        ("Subject", "RE: Interview - AUTOSAR BSW Lead - Round 2"),
        ("Date", date(sent, "Asia/Kolkata")),
        ("Message-ID", "<PN2P287MB0933E1F2A3B4C5D6E7F8091A2B3C@PN2P287MB0933.INDP287.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<b4f1c2d3-0e9a-4f87-8b6c-5d4e3f2a1b0c@example.org>"),
        ("References", "<b4f1c2d3-0e9a-4f87-8b6c-5d4e3f2a1b0c@example.org>"),
        ("Thread-Topic", "Interview - AUTOSAR BSW Lead - Round 2"),
    ], text(body, charset="us-ascii", cte="7bit"))


# --- 13: Microsoft Bookings, display name shows the standard offset in summer
@mail(N(13), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-17 09:00", BERLIN), end=utc("2026-09-17 09:45", BERLIN),
      local="Thu 2026-09-17 09:00", local_end="2026-09-17 09:45", zone=BERLIN,
      contact="miriam.schall@vaihinger-mobility.de", company="Vaihinger Mobility Solutions GmbH",
      note="Microsoft Bookings 'Donnerstag, 17. September 2026 09:00 - 09:45 (UTC+01:00) Amsterdam, Berlin...': "
           "the label shows the standard offset but 17 Sep is CEST (+2) -> 07:00-07:45Z, which the ICS "
           "(W. Europe Standard Time) confirms. Sender is the Bookings mailbox; contact = staff address in body.")
def p13():
    sent = "2026-09-10 08:12"
    body_h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:600px">
        <div style="font-size:24px;font-weight:600;margin-bottom:16px">Ihre Buchung wurde bestätigt</div>
        <p>Hallo Tobias Maier,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Vaihinger Mobility Solutions – Bewerbungsgespräche</b>.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Dienst</td><td>Erstgespräch Softwareentwicklung (45 Minuten)</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Donnerstag, 17. September 2026 09:00 - 09:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Miriam Schall</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE3OTk0%40thread.v2/0" style="color:#0078d4">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p>Bei Fragen zum Gespräch erreichen Sie Ihre Ansprechpartnerin direkt unter
        <a href="mailto:miriam.schall@vaihinger-mobility.de">miriam.schall@vaihinger-mobility.de</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/BewerbungsgespraecheVMS@vaihingermobility.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        <p style="font-size:12px;color:#a19f9d">Vaihinger Mobility Solutions GmbH, Nobelstraße 15, 70569 Stuttgart</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Vaihinger Mobility Solutions - Bewerbungsgespräche:mailto:BewerbungsgespraecheVMS@vaihingermobility.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Maier:mailto:tobias.maier@example.org
DESCRIPTION;LANGUAGE=de-DE:Erstgespräch Softwareentwicklung (45 Minuten) mit Miriam Schall
UID:040000008200E00074C5B7101A82E0080000000091B3C2D4E5A6DC010000000000000000100000007A6B5C4D3E2F1A0B
SUMMARY;LANGUAGE=de-DE:Erstgespräch Softwareentwicklung - Tobias Maier
DTSTART;TZID=W. Europe Standard Time:20260917T090000
DTEND;TZID=W. Europe Standard Time:20260917T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260910T061200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("FR2P281MB0122.DEUP281.PROD.OUTLOOK.COM", "40.107.135.61", sent, BERLIN, "4BnH6w2qL7z")),
        ("From", addr("Vaihinger Mobility Solutions - Bewerbungsgespräche",
                      "BewerbungsgespraecheVMS@vaihingermobility.onmicrosoft.com")),
        ("To", TO),
        ("Subject", enc("Gebuchter Termin mit Vaihinger Mobility Solutions - Bewerbungsgespräche: "
                        "Erstgespräch Softwareentwicklung")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<FR2P281MB0122C7D8E9F0A1B2C3D4E5F6A7B8@FR2P281MB0122.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ], alt(html(body_h), calendar(ics, method="REQUEST", cte="base64")))


# --- 14: in-house recruiter pastes a German Zoom invitation, Latin-9 QP
@mail(N(14), family="zoom", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-15 16:30", BERLIN), end=utc("2026-10-15 17:30", BERLIN),
      local="Thu 2026-10-15 16:30", local_end="2026-10-15 17:30", zone=BERLIN,
      contact="daniela.wunderlich@isarsoft-automotive.de", company="Isarsoft Automotive GmbH",
      note="Recruiter prose + pasted Zoom block 'Zeit: 15.Okt..2026 04:30 PM Amsterdam, Berlin, ...' and "
           "'Wir planen eine Stunde ein' (stated length) -> 16:30-17:30 CEST -> 14:30-15:30Z. Contact = sender.")
def p14():
    sent = "2026-10-09 12:30"
    body = t("""
        Hallo Herr Maier,

        wie am Telefon vereinbart, hier die Zugangsdaten für unser Gespräch am Donnerstag
        nächster Woche. Mit dabei ist Herr Lechner, unser Teamleiter für die Ladeelektronik.
        Wir planen eine Stunde ein.

        Daniela Wunderlich lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Interview Tobias Maier - Embedded SW Ladeelektronik
        Zeit: 15.Okt..2026 04:30 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://isarsoft.zoom.us/j/81234567890?pwd=Wk1RcVdrT3pRbHh5MkZ0SUE2dz09

        Meeting-ID: 812 3456 7890
        Kenncode: 470155

        ---

        Schnelleinwahl mobil
        +496938079883,,81234567890#,,,,*470155# Deutschland
        +496950502596,,81234567890#,,,,*470155# Deutschland

        Viele Grüße aus München
        Daniela Wunderlich
        Recruiting | Isarsoft Automotive GmbH
        Landsberger Straße 290 | 80687 München
        Tel. +49 89 2154 877-41
        """)
    return message([
        ("Received", rcv("mout.isarsoft-automotive.de", "85.13.147.88", sent, BERLIN, "4CmT9x4pS8z")),
        ("From", addr("Daniela Wunderlich", "daniela.wunderlich@isarsoft-automotive.de")),
        ("To", TO),
        ("Subject", enc("Zoom-Zugang für unser Gespräch am 15.10.", "iso-8859-15")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<01c4a9e2-7bd1-4e62-9f0a-3c5d8e1b2a47@isarsoft-automotive.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-15"))


# --- 15: forward to self of a softgarden invitation (message/rfc822)
def _p15_original() -> bytes:
    osent = "2026-10-29 14:22"
    body = t("""
        Sehr geehrter Herr Maier,

        vielen Dank für Ihr Interesse an der Position "Softwareentwickler Embedded C (m/w/d)
        Antriebsregelung". Gerne möchten wir Sie persönlich kennenlernen und laden Sie
        am Mittwoch, den 4.11. um 13:30 Uhr zu einem Vorstellungsgespräch an unseren Standort
        Waiblingen ein (Dauer ca. 90 Minuten).

        Adresse: Remstal Mechatronik GmbH, Alte Bundesstraße 33, 71332 Waiblingen
        Ihr Ansprechpartner: Herr Steffen Wörner (Gruppenleiter Software),
        steffen.woerner@remstal-mechatronik.de, Tel. 07151 / 50 33-214

        Bitte bestätigen Sie den Termin kurz über den Link in Ihrem Bewerberkonto.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Remstal Mechatronik GmbH

        Diese Nachricht wurde über softgarden versendet. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    return message([
        ("From", addr("Remstal Mechatronik GmbH", "no-reply@softgarden.io")),
        ("To", TO),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Softwareentwickler Embedded C (m/w/d)")),
        ("Date", date(osent, BERLIN)),
        ("Message-ID", "<sg.4471902.20261029132200@softgarden.io>"),
    ], text(body))


@mail(N(15), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-04 13:30", BERLIN), end=None,
      local="Wed 2026-11-04 13:30", zone=BERLIN,
      contact="steffen.woerner@remstal-mechatronik.de", company="Remstal Mechatronik GmbH",
      note="Tobias forwards (from example.net to himself) a softgarden invitation as message/rfc822: "
           "'am Mittwoch, den 4.11. um 13:30 Uhr', CET (+1) -> 12:30Z; 'ca. 90 Minuten' -> end null. "
           "Contact: not the candidate, not no-reply -> the group lead's address in the forwarded body.")
def p15():
    sent = "2026-10-30 19:02"
    body = t("""
        zur Sicherheit auch an die andere Adresse, Bestätigung im Bewerberkonto ist raus.
        Mittwoch halb zwei Waiblingen -> S-Bahn S3 nehmen, nicht Auto!

        Gesendet von meinem iPhone
        """)
    return message([
        ("Received", rcv("mout.example.net", "203.0.113.25", sent, BERLIN, "4DkU3y8rV1z")),
        ("From", addr("Tobias Maier", "tobias.maier@example.net")),
        ("To", TO),
        ("Subject", enc("Fwd: Einladung zum Vorstellungsgespräch – Softwareentwickler Embedded C (m/w/d)")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<E1C7A0D2-5B3F-4C8E-9A1D-6F2B0E3C4D5A@example.net>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], mixed(text(body, cte="8bit"),
             attached_message(_p15_original(), "Einladung zum Vorstellungsgespraech.eml")))


# --- 16: iCIMS, US tier-1 supplier, 'Eastern', HTML only QP
@mail(N(16), family="icims", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-25 09:00", "America/New_York"), end=utc("2026-09-25 10:00", "America/New_York"),
      local="Fri 2026-09-25 09:00", local_end="2026-09-25 10:00", zone="America/New_York",
      contact="jessica.brandt@gldrivetrain.com", company="Great Lakes Drivetrain Inc.",
      note="iCIMS invitation, Friday, September 25, 2026 at 9:00 AM Eastern for 60 minutes; Eastern in "
           "September is EDT (-4) -> 13:00-14:00Z. Sender is the iCIMS address; contact = recruiter in body.")
def p16():
    sent = "2026-09-18 11:20"
    body_h = t("""
        <html><head><meta charset="utf-8"><title>Interview Confirmation</title></head>
        <body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#222">
        <img src="https://careers-gldrivetrain.icims.com/images/logo.png" alt="Great Lakes Drivetrain" width="180"><br><br>
        Dear Tobias,<br><br>
        Thank you for your interest in the <b>Embedded Controls Engineer - Transmission Software (Req #2026-4417)</b>
        position with Great Lakes Drivetrain. We are pleased to confirm your video interview:<br><br>
        <b>Date:</b> Friday, September 25, 2026<br>
        <b>Time:</b> 9:00 AM Eastern<br>
        <b>Duration:</b> 60 minutes<br>
        <b>Format:</b> Webex - https://gldrivetrain.webex.com/meet/r.mendez<br>
        <b>Interviewer:</b> Ricardo Mendez, Manager, Transmission Controls (Troy, MI)<br><br>
        If you have any questions or need to make changes, please contact Jessica Brandt, Talent Acquisition
        Partner, at jessica.brandt@gldrivetrain.com or +1 (248) 555-0147.<br><br>
        Sincerely,<br>
        Talent Acquisition<br>
        Great Lakes Drivetrain Inc.<br><br>
        <span style="font-size:10px;color:#888">Please do not reply to this message. This mailbox is not monitored.
        Great Lakes Drivetrain is an Equal Opportunity Employer.</span>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail15.icims.com", "66.55.131.15", sent, "America/New_York", "4EjV7z2sW4z")),
        ("From", addr("Great Lakes Drivetrain", "gldrivetrain@talent.icims.com")),
        ("To", TO),
        ("Subject", "Interview Confirmation - Embedded Controls Engineer - Transmission Software"),
        ("Date", date(sent, "America/New_York")),
        ("Message-ID", "<1790522400117.4417.gldrivetrain@talent.icims.com>"),
    ], html(body_h))


# --- 17: GoodTime reschedule, old and new slot both in the mail, CET
@mail(N(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-11 15:00", BERLIN), end=utc("2026-11-11 16:00", BERLIN),
      local="Wed 2026-11-11 15:00", local_end="2026-11-11 16:00", zone=BERLIN,
      contact="brianna.castillo@harborpoint-electronics.com", company="Harbor Point Electronics",
      note="GoodTime 'Your interview has been rescheduled': old Tue 10 Nov 2:00 PM, new Wednesday, November 11, "
           "2026, 3:00 PM - 4:00 PM Central European Standard Time (+1) -> 14:00-15:00Z; ICS SEQUENCE:1 agrees. "
           "Label = the new time. Contact = coordinator in Reply-To.")
def p17():
    sent = "2026-11-06 16:31"
    body_t = t("""
        Hi Tobias,

        Your interview with Harbor Point Electronics has been rescheduled. Please see the updated
        details below - the calendar invite has been updated as well.

        NEW TIME
        Wednesday, November 11, 2026
        3:00 PM - 4:00 PM Central European Standard Time

        PREVIOUS TIME (no longer valid)
        Tuesday, November 10, 2026
        2:00 PM - 3:00 PM Central European Standard Time

        Position: Embedded Software Engineer - Battery Management Systems (Munich)
        Interviewers: Tom Nakamura (Sr. Manager, BMS Firmware), Elif Demir (Staff Engineer)
        Location: Zoom - https://harborpoint.zoom.us/j/97312004455

        Questions? Reply to this email to reach Brianna Castillo, Recruiting Coordinator.

        Harbor Point Electronics
        Scheduled with GoodTime
        """)
    body_h = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#202124">
        <p>Hi Tobias,</p>
        <p>Your interview with Harbor Point Electronics has been <b>rescheduled</b>. Please see the updated
        details below - the calendar invite has been updated as well.</p>
        <p style="margin-bottom:0;color:#0a7d3b;font-weight:bold">NEW TIME</p>
        <p style="margin-top:0">Wednesday, November 11, 2026<br>3:00 PM - 4:00 PM Central European Standard Time</p>
        <p style="margin-bottom:0;color:#999;font-weight:bold">PREVIOUS TIME (no longer valid)</p>
        <p style="margin-top:0;color:#999"><s>Tuesday, November 10, 2026<br>2:00 PM - 3:00 PM Central European Standard Time</s></p>
        <p>Position: Embedded Software Engineer - Battery Management Systems (Munich)<br>
        Interviewers: Tom Nakamura (Sr. Manager, BMS Firmware), Elif Demir (Staff Engineer)<br>
        Location: <a href="https://harborpoint.zoom.us/j/97312004455">Zoom</a></p>
        <p>Questions? Reply to this email to reach Brianna Castillo, Recruiting Coordinator.</p>
        <p style="font-size:11px;color:#aaa">Harbor Point Electronics &middot; Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
{VTZ[BERLIN]}
BEGIN:VEVENT
UID:gt-5b8e2f71-90ac-4d3e-b6a1-2c7f0e9d4a18@goodtime.io
SEQUENCE:1
DTSTAMP:20261106T163100Z
DTSTART;TZID=Europe/Berlin:20261111T150000
DTEND;TZID=Europe/Berlin:20261111T160000
SUMMARY:Harbor Point Electronics - Interview with Tobias Maier
LOCATION:https://harborpoint.zoom.us/j/97312004455
ORGANIZER;CN=Brianna Castillo:mailto:brianna.castillo@harborpoint-electronics.com
ATTENDEE;CN=Tobias Maier;RSVP=TRUE:mailto:tobias.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.goodtime.io", "54.213.7.140", sent, "UTC", "4HwX2a9tY5z")),
        ("From", addr("Harbor Point Electronics", "interviews@mail.goodtime.io")),
        ("Reply-To", addr("Brianna Castillo", "brianna.castillo@harborpoint-electronics.com")),
        ("To", TO),
        ("Subject", "Rescheduled: Interview with Harbor Point Electronics - Wed, Nov 11"),
        ("Date", date(sent, "UTC")),
        ("Message-ID", "<gt.5b8e2f71.resched.1@mail.goodtime.io>"),
    ], mixed(alt(text(body_t), html(body_h)),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment", cte="base64")))


# --- 18: hiring manager's phone reply moving the interview; the subject still carries the old date
@mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-08 13:30", BERLIN), end=None,
      local="Thu 2026-10-08 13:30", zone=BERLIN,
      contact="florian.beck@schoenbuch-systems.de", company="Schönbuch Systems GmbH",
      note="Phone-written reply sent Mon 5 Oct: 'von Mittwoch 10 Uhr auf Donnerstag nach dem Mittagessen, "
           "um 13:30 Uhr' -> Thu 8 Oct 13:30 CEST -> 11:30Z; the subject and the quoted mail still say 7.10. "
           "10:00 (old slot). No length -> end null. Contact = sender.")
def p18():
    sent = "2026-10-05 12:47"
    body = t("""
        Hallo Herr Maier,

        wie eben am Telefon besprochen verschieben wir unser Gespräch von Mittwoch 10 Uhr auf Donnerstag nach dem Mittagessen, um 13:30 Uhr. Gleicher Ort, Raum "Schönbuch" im EG, Empfang weiß Bescheid.

        Sorry nochmal für die Umstände, bei uns brennt gerade ein Release.

        Beste Grüße
        Florian Beck

        Von meinem iPhone gesendet

        > Am 28.09.2026 um 16:05 schrieb Florian Beck <florian.beck@schoenbuch-systems.de>:
        >
        > Hallo Herr Maier,
        >
        > vielen Dank für Ihre Rückmeldung. Hiermit bestätige ich Ihnen den Termin am Mittwoch, 7.10., um 10:00 Uhr bei uns in Böblingen, Otto-Lilienthal-Straße 22.
        >
        > Viele Grüße
        > Florian Beck
        > Teamleiter Infotainment-Software | Schönbuch Systems GmbH
        """)
    return message([
        ("Received", rcv("mail-eopbgr70112.outbound.protection.outlook.com", "40.107.7.112", sent, BERLIN,
                         "4JtZ5b1uA6z")),
        ("From", addr("Florian Beck", "florian.beck@schoenbuch-systems.de")),
        ("To", TO),
        ("Subject", enc("Re: Vorstellungsgespräch am 7.10.")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<9A4F2C61-0B7D-4E35-8C19-D2E6A5F3B7C0@schoenbuch-systems.de>"),
        ("In-Reply-To", "<3E5D7B19-4A2C-4F8E-A1B6-C9D0E2F4A6B8@schoenbuch-systems.de>"),
        ("References", "<3E5D7B19-4A2C-4F8E-A1B6-C9D0E2F4A6B8@schoenbuch-systems.de>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, params="format=flowed; delsp=yes"))


# --- 19: Google Calendar 'Aktualisierte Einladung', the old time shown struck through
@mail(N(19), family="google_calendar", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-04 14:00", BERLIN), end=utc("2026-12-04 15:00", BERLIN),
      local="Fri 2026-12-04 14:00", local_end="2026-12-04 15:00", zone=BERLIN,
      contact="selin.aksoy@donauwerk-edrive.de", company="Donauwerk E-Drive GmbH",
      note="Google Calendar update: new 'Fr., 4. Dez. 2026 14:00 - 15:00 (MEZ)', old 'Do., 3. Dez. 10:00 - 11:00' "
           "marked as changed -> new time 13:00-14:00Z (CET +1); ICS SEQUENCE:1 agrees. Contact = organizer.")
def p19():
    sent = "2026-11-30 09:15"
    subj = ("Aktualisierte Einladung: Zweitgespräch Embedded SW / Tobias Maier @ Fr., 4. Dez. 2026 "
            "14:00 - 15:00 (MEZ) (tobias.maier@example.org)")
    body_t = t("""
        Dieser Termin wurde geändert.

        Zweitgespräch Embedded SW / Tobias Maier
        Geändert: Freitag, 4. Dezember 2026 ⋅ 14:00 – 15:00
        Bisher: Donnerstag, 3. Dezember 2026 ⋅ 10:00 – 11:00
        Zeitzone: Europe/Berlin

        Ort
        Donauwerk E-Drive, Magirus-Deutz-Straße 12, 89077 Ulm, Raum Donau 2

        Hallo Tobias, unser CTO kann am Donnerstag doch nicht, daher Freitagnachmittag. Danke
        fürs Mitmachen! Selin

        Organisator
        Selin Aksoy
        selin.aksoy@donauwerk-edrive.de

        Gäste
        Selin Aksoy - Organisator
        Dr. Henrik Wallner
        tobias.maier@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    body_h = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <div style="color:#d93025">Dieser Termin wurde geändert.</div>
        <h2 style="font-size:20px;font-weight:400">Zweitgespräch Embedded SW / Tobias Maier</h2>
        <div><span style="background:#fce8e6">Geändert:</span> Freitag, 4. Dezember 2026 &sdot; 14:00 &ndash; 15:00<br>
        <s style="color:#70757a">Donnerstag, 3. Dezember 2026 &sdot; 10:00 &ndash; 11:00</s><br>Zeitzone: Europe/Berlin</div>
        <p><b>Ort</b><br>Donauwerk E-Drive, Magirus-Deutz-Straße 12, 89077 Ulm, Raum Donau 2</p>
        <p>Hallo Tobias, unser CTO kann am Donnerstag doch nicht, daher Freitagnachmittag. Danke
        fürs Mitmachen! Selin</p>
        <p><b>Organisator</b><br>Selin Aksoy<br>selin.aksoy@donauwerk-edrive.de</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ[BERLIN]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261204T140000
DTEND;TZID=Europe/Berlin:20261204T150000
DTSTAMP:20261130T081500Z
ORGANIZER;CN=Selin Aksoy:mailto:selin.aksoy@donauwerk-edrive.de
UID:1q8v0c3k7h2m5n9p4r6t0w2y4z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.maier@example.org;X-NUM-GUESTS=0:mailto:tobias.maier@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr. Henrik Wallner;X-NUM-GUESTS=0:mailto:henrik.wallner@donauwerk-edrive.de
CREATED:20261119T101002Z
LAST-MODIFIED:20261130T081500Z
LOCATION:Donauwerk E-Drive\\, Magirus-Deutz-Straße 12\\, 89077 Ulm\\, Raum Donau 2
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Embedded SW / Tobias Maier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-sor-f73.google.com", "209.85.220.73", sent, BERLIN, "4KsA8c2vB7z")),
        ("From", addr("Selin Aksoy", "selin.aksoy@donauwerk-edrive.de")),
        ("Sender", addr("Google Kalender", "calendar-notification@google.com")),
        ("Reply-To", addr("Selin Aksoy", "selin.aksoy@donauwerk-edrive.de")),
        ("To", ME),
        ("Subject", enc(subj)),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<calendar-2d7e9f1a-3b4c-4d5e-8f6a-7b8c9d0e1f2a@google.com>"),
    ], mixed(alt(text(body_t), html(body_h), calendar(ics, method="REQUEST", cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", filename="invite.ics",
                      disposition="attachment", cte="base64", name_param=True)))


# --- 20: SmartRecruiters reschedule (German template), ICS in UTC
@mail(N(20), family="smartrecruiters", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-11-17 08:30", BERLIN), end=utc("2026-11-17 09:30", BERLIN),
      local="Tue 2026-11-17 08:30", local_end="2026-11-17 09:30", zone=BERLIN,
      contact="nicole.ziegler@kraichgau-batterie.de", company="Kraichgau Batteriesysteme GmbH",
      note="SmartRecruiters 'Ihr Interview wurde verschoben': neu Dienstag, 17. November 2026, 08:30 - 09:30 "
           "(GMT+01:00) -> 07:30-08:30Z; ursprünglich Montag, 16. November 08:30. ICS in UTC agrees. "
           "Contact = Reply-To recruiter.")
def p20():
    sent = "2026-11-11 10:02"
    body_t = t("""
        Hallo Tobias Maier,

        Ihr Interview für die Position Embedded Software Engineer BMS (m/w/d) – Karlsruhe wurde
        verschoben.

        Neuer Termin:
        Dienstag, 17. November 2026, 08:30 - 09:30 (GMT+01:00) Mitteleuropäische Zeit - Berlin

        Ursprünglicher Termin:
        Montag, 16. November 2026, 08:30 - 09:30

        Art: Videointerview (Microsoft Teams, Link in der Kalendereinladung)
        Interviewer: Nicole Ziegler, Patrick Hoffmann

        Wir entschuldigen uns für die Änderung. Bei Fragen antworten Sie bitte auf diese E-Mail.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Kraichgau Batteriesysteme GmbH

        Powered by SmartRecruiters
        """)
    body_h = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
        <p>Hallo Tobias Maier,</p>
        <p>Ihr Interview für die Position <b>Embedded Software Engineer BMS (m/w/d) – Karlsruhe</b> wurde verschoben.</p>
        <p><b>Neuer Termin:</b><br>Dienstag, 17. November 2026, 08:30 - 09:30 (GMT+01:00) Mitteleuropäische Zeit - Berlin</p>
        <p style="color:#888"><b>Ursprünglicher Termin:</b><br>Montag, 16. November 2026, 08:30 - 09:30</p>
        <p>Art: Videointerview (Microsoft Teams, Link in der Kalendereinladung)<br>Interviewer: Nicole Ziegler, Patrick Hoffmann</p>
        <p>Wir entschuldigen uns für die Änderung. Bei Fragen antworten Sie bitte auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Kraichgau Batteriesysteme GmbH</p>
        <p style="font-size:11px;color:#aaa">Powered by SmartRecruiters</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-0f6d3a92-44b1-4e27-9c80-1d2e3f4a5b6c
SEQUENCE:2
DTSTAMP:20261111T090200Z
DTSTART:20261117T073000Z
DTEND:20261117T083000Z
SUMMARY:Interview: Embedded Software Engineer BMS (m/w/d) - Tobias Maier
ORGANIZER;CN=Nicole Ziegler:mailto:nicole.ziegler@kraichgau-batterie.de
ATTENDEE;CN=Tobias Maier;RSVP=TRUE:mailto:tobias.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-eu1.smartrecruiters.com", "35.157.81.14", sent, BERLIN, "4LrB3d7wC8z")),
        ("From", addr("Kraichgau Batteriesysteme GmbH", "noreply@smartrecruiters.com")),
        ("Reply-To", addr("Nicole Ziegler", "nicole.ziegler@kraichgau-batterie.de")),
        ("To", TO),
        ("Subject", enc("Interview verschoben: Embedded Software Engineer BMS (m/w/d) – Karlsruhe")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<sr.0f6d3a92.20261111090200@smartrecruiters.com>"),
    ], mixed(alt(text(body_t), html(body_h)),
             calendar(ics, method="REQUEST", filename="interview.ics", disposition="attachment", cte="base64")))


# --- 21: Exchange cancellation, India Standard Time, time only in the ICS (thread with key 5)
@mail(N(21), family="exchange_outlook", lang="en", interview=True, kind="cancelled",
      start=utc("2026-10-21 15:00", "Asia/Kolkata"), end=utc("2026-10-21 16:00", "Asia/Kolkata"),
      local="Wed 2026-10-21 15:00", local_end="2026-10-21 16:00", zone="Asia/Kolkata",
      contact="rajesh.deshpande@sahyadriautocomp.in", company="Sahyadri Autocomp Ltd.",
      note="Outlook 'Canceled:' meeting, METHOD:CANCEL; the time is only in the ICS (TZID India Standard Time "
           "= Asia/Kolkata, +05:30) 15:00-16:00 -> 09:30-10:30Z. No new time given. Contact = organizer/sender.")
def p21():
    sent = "2026-10-19 18:40"
    body = t("""
        Hi Tobias,

        Apologies for the short notice - the panel will be at the customer's site in Ingolstadt that
        whole week, so we have to cancel Round 2 for now. Sneha will reach out with new slots.

        Regards,
        Rajesh Deshpande
        Engineering Manager - Body & Chassis ECUs
        Sahyadri Autocomp Ltd.
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["India Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Rajesh Deshpande:mailto:rajesh.deshpande@sahyadriautocomp.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Maier:mailto:tobias.maier@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anand Pillai:mailto:anand.pillai@sahyadriautocomp.in
DESCRIPTION;LANGUAGE=en-US:Hi Tobias\\,\\n\\nApologies for the short notice - the panel will be at the customer's site.\\n
UID:040000008200E00074C5B7101A82E00800000000E1C2B3A4D5E6DC01000000000000000010000000AB12CD34EF56
SUMMARY;LANGUAGE=en-US:Canceled: Technical Round 2 - Tobias Maier (Sr. Embedded Engineer FuSa)
DTSTART;TZID=India Standard Time:20261021T150000
DTEND;TZID=India Standard Time:20261021T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261019T131000Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-pn3ind01.outbound.protection.outlook.com", "40.107.212.61", sent, "Asia/Kolkata",
                         "4MqC6e2xD9z")),
        ("From", addr("Rajesh Deshpande", "rajesh.deshpande@sahyadriautocomp.in")),
        ("To", TO),
        ("CC", addr("Sneha Kulkarni", "sneha.kulkarni@sahyadriautocomp.in")),
        ("Subject", "Canceled: Technical Round 2 - Tobias Maier (Sr. Embedded Engineer FuSa)"),
        ("Thread-Topic", "Technical Round 2 - Tobias Maier (Sr. Embedded Engineer FuSa)"),
        ("Date", date(sent, "Asia/Kolkata")),
        ("Message-ID", "<PN3P287MB1720A1B2C3D4E5F6A7B8C9D0E1F2@PN3P287MB1720.INDP287.PROD.OUTLOOK.COM>"),
        ("Importance", "high"),
        ("Content-Language", "en-US"),
    ], alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


# --- 22: Taleo cancellation from Graz (Austrian register): position on hold, no new time
@mail(N(22), family="taleo", lang="de-AT", interview=True, kind="cancelled",
      start=utc("2026-10-22 10:00", "Europe/Vienna"), end=None,
      local="Thu 2026-10-22 10:00", zone="Europe/Vienna",
      contact="thomas.gruber@stfz.at", company="Steirische Fahrzeugtechnik AG",
      note="Taleo cancellation of the 'für Donnerstag, 22. Oktober 2026, 10:00 Uhr vereinbarte' interview in Graz "
           "(CEST, +2) -> 08:00Z; position put on hold, no new time -> cancelled. Contact = HR address in body.")
def p22():
    sent = "2026-10-19 07:55"
    body_t = t("""
        Sehr geehrter Herr Maier,

        leider müssen wir Ihnen mitteilen, dass wir das für Donnerstag, 22. Oktober 2026, 10:00 Uhr
        vereinbarte Vorstellungsgespräch für die Position "Softwareentwickler Fahrwerksregelsysteme
        (m/w/d)" (Referenz 2600318) absagen müssen. Die Stelle wurde aufgrund einer internen
        Umstrukturierung vorläufig zurückgestellt.

        Wir bedauern die Unannehmlichkeiten sehr und würden uns freuen, Ihre Unterlagen in Evidenz
        halten zu dürfen. Sollte die Position wieder ausgeschrieben werden, kommen wir gerne auf Sie zu.

        Für Rückfragen steht Ihnen Herr Mag. (FH) Thomas Gruber unter thomas.gruber@stfz.at bzw.
        +43 316 4070-2218 zur Verfügung.

        Mit freundlichen Grüßen aus Graz
        Human Resources
        Steirische Fahrzeugtechnik AG

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    body_h = "<html><body style=\"font-family:Arial;font-size:10pt\">" + "".join(
        f"<p>{para.replace(chr(10), ' ')}</p>" for para in body_t.strip().split("\n\n")) + "</body></html>\n"
    return message([
        ("Received", rcv("smtp2.taleo.net", "199.96.150.82", sent, "Europe/Vienna", "4NpD9f3yE1z")),
        ("From", addr("Steirische Fahrzeugtechnik Karriere", "stfz-karriere@taleo.net")),
        ("To", ME),
        ("Subject", enc("Absage Ihres Vorstellungsgesprächs am 22.10.2026 – Referenz 2600318")),
        ("Date", date(sent, "Europe/Vienna")),
        ("Message-ID", "<1492068411.7720318.1792396500000.JavaMail.taleo@tlpo2taleo06>"),
    ], alt(text(body_t, charset="iso-8859-1"), html(body_h, charset="iso-8859-1")))


# --- 23: Recruitee cancellation; an alternative slot is only proposed, not confirmed
@mail(N(23), family="recruitee", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-14 09:30", BERLIN), end=utc("2026-12-14 10:30", BERLIN),
      local="Mon 2026-12-14 09:30", local_end="2026-12-14 10:30", zone=BERLIN,
      contact="carina.mayer@filderwerk-software.de", company="Filderwerk Software GmbH",
      note="Recruitee: the interview 'am Mo., 14. Dez. von 9:30 bis 10:30 Uhr' is cancelled (METHOD:CANCEL); "
           "'Mittwoch, 16.12. um 14 Uhr' is only offered ('passt Ihnen das?') -> cancelled, the cancelled slot "
           "08:30-09:30Z (CET +1). Contact = Reply-To recruiter.")
def p23():
    sent = "2026-12-10 16:10"
    body_t = t("""
        Hallo Herr Maier,

        leider müssen wir Ihr Interview am Mo., 14. Dez. von 9:30 bis 10:30 Uhr absagen – unser
        Teamleiter Embedded ist kurzfristig für einen Kundentermin eingeplant worden. Das tut mir
        wirklich leid!

        Alternativ könnte ich Ihnen Mittwoch, 16.12. um 14 Uhr anbieten – passt Ihnen das? Geben
        Sie mir gerne kurz Bescheid, dann schicke ich eine neue Einladung.

        Viele Grüße
        Carina Mayer
        Talent Acquisition · Filderwerk Software GmbH
        Echterdinger Straße 57 · 70794 Filderstadt
        """)
    body_h = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hallo Herr Maier,</p>
        <p>leider müssen wir Ihr Interview am Mo., 14. Dez. von 9:30 bis 10:30 Uhr absagen – unser
        Teamleiter Embedded ist kurzfristig für einen Kundentermin eingeplant worden. Das tut mir
        wirklich leid!</p>
        <p>Alternativ könnte ich Ihnen Mittwoch, 16.12. um 14 Uhr anbieten – passt Ihnen das? Geben
        Sie mir gerne kurz Bescheid, dann schicke ich eine neue Einladung.</p>
        <p>Viele Grüße<br>Carina Mayer<br>Talent Acquisition · Filderwerk Software GmbH<br>
        Echterdinger Straße 57 · 70794 Filderstadt</p>
        </div>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview//EN
METHOD:CANCEL
{VTZ[BERLIN]}
BEGIN:VEVENT
UID:recruitee-event-9183372@recruitee.com
SEQUENCE:1
DTSTAMP:20261210T151000Z
DTSTART;TZID=Europe/Berlin:20261214T093000
DTEND;TZID=Europe/Berlin:20261214T103000
SUMMARY:Interview Filderwerk Software - Tobias Maier
ORGANIZER;CN=Carina Mayer:mailto:carina.mayer@filderwerk-software.de
ATTENDEE;CN=Tobias Maier:mailto:tobias.maier@example.org
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.recruitee.com", "52.58.44.190", sent, BERLIN, "4PoE2g8zF2z")),
        ("From", addr("Carina Mayer (Filderwerk Software)", "no-reply@recruitee.com")),
        ("Reply-To", addr("Carina Mayer", "carina.mayer@filderwerk-software.de")),
        ("To", TO),
        ("Subject", enc("Absage: Interview am 14.12. – Embedded Software Engineer (m/w/d)")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<rt.9183372.cancel@mail.recruitee.com>"),
    ], mixed(alt(text(body_t, cte="8bit"), html(body_h, cte="8bit")),
             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives (keys 24-50)


# --- 24: rejection after the interview (Personio, thread with key 2)
@mail(N(24), family="rejection", lang="de", interview=False, company="Feuerbach Sensorik GmbH",
      note="Personio rejection that mentions the past interview 'am 22.09.': no interview being scheduled.")
def n24():
    sent = "2026-10-06 14:31"
    body = t("""
        Sehr geehrter Herr Maier,

        nochmals vielen Dank für das angenehme Gespräch am 22.09. und das Interesse an unserem
        Unternehmen.

        Nach sorgfältiger Abwägung haben wir uns für einen anderen Kandidaten entschieden, dessen
        Profil noch etwas besser zu den Anforderungen der Stelle passt. Diese Entscheidung ist uns
        nicht leichtgefallen.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

        Mit freundlichen Grüßen
        Sabine Häfele
        HR Business Partner
        Feuerbach Sensorik GmbH

        Diese E-Mail wurde über Personio versendet.
        """)
    return message([
        ("Received", rcv("mail-eu.personio.de", "18.196.77.21", sent, BERLIN, "4QnF4h9aG3z")),
        ("From", addr("Feuerbach Sensorik GmbH", "no-reply@mail.personio.de")),
        ("Reply-To", addr("Sabine Häfele", "sabine.haefele@feuerbach-sensorik.de")),
        ("To", TO),
        ("Subject", enc("Ihre Bewerbung als Embedded Software Entwickler (m/w/d) Sensorfusion")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<8c2d1f4b03e54a6e.20261006123100@mail.personio.de>"),
    ], alt(text(body), html("<html><body>" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 25: offer letter mail (thread with key 4)
@mail(N(25), family="offer", lang="de", interview=False, company="Neckarwerk Fahrzeugsysteme GmbH",
      note="Contract offer with a start date (1. Februar 2027) and a reply deadline: no interview.",
      days=(("Fri", "2026-10-30"),))
def n25():
    sent = "2026-10-20 11:05"
    body = t("""
        Hallo Herr Maier,

        ich freue mich sehr, Ihnen im Namen von Herrn Sautter mitteilen zu können, dass wir Sie gern
        als Embedded Software Engineer AUTOSAR in unserem Team Basissoftware begrüßen möchten!

        Anbei erhalten Sie unser Vertragsangebot (PDF folgt per DocuSign):
        - Eintritt: 1. Februar 2027 (früher gern nach Absprache)
        - Jahreszielgehalt: 78.500 EUR brutto, 35-Stunden-Woche, Tarif IG Metall
        - 30 Tage Urlaub, 2 Tage mobiles Arbeiten pro Woche

        Wir würden uns freuen, wenn Sie uns bis Freitag, 30.10.2026 Bescheid geben. Für Fragen
        zum Vertrag stehe ich jederzeit telefonisch zur Verfügung.

        Viele Grüße
        Katrin Vogelsang
        Talent Acquisition | Neckarwerk Fahrzeugsysteme GmbH
        """)
    return message([
        ("Received", rcv("EUR03-VI1-obe.outbound.protection.outlook.com", "40.107.20.93", sent, BERLIN,
                         "4RmG7i1bH4z")),
        ("From", addr("Vogelsang Katrin (NW/HR-TA)", "katrin.vogelsang@neckarwerk.de")),
        ("To", TO),
        ("Subject", "Ihr Vertragsangebot - Neckarwerk Fahrzeugsysteme GmbH"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<AM9PR07MB71061A2B3C4D5E6F7A8B9C0D1E2F@AM9PR07MB7106.eurprd07.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
    ], text(body, charset="windows-1252"))


# --- 26: application receipt (Workday, German)
@mail(N(26), family="application_receipt", lang="de", interview=False, company="Korntal Components SE",
      note="Workday receipt 'Vielen Dank für Ihre Bewerbung'; says an interview may follow, no time.")
def n26():
    sent = "2026-09-08 21:14"
    body_h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Sehr geehrter Herr Maier,</p>
        <p>vielen Dank für Ihre Bewerbung auf die Stelle <b>Software Architect Body Domain Controller (w/m/d)</b>
        (JR-0049127) am Standort Korntal-Münchingen.</p>
        <p>Wir prüfen Ihre Unterlagen sorgfältig und melden uns in den nächsten zwei bis drei Wochen bei Ihnen.
        Wenn Ihr Profil passt, laden wir Sie zu einem ersten Interview ein.</p>
        <p>Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team<br>Korntal Components SE</p>
        <p style="font-size:11px;color:#999">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("wd3-mta1.myworkday.com", "198.51.100.33", sent, BERLIN, "4SlH2j5cI5z")),
        ("From", addr("Korntal Components", "korntal@myworkday.com")),
        ("To", ME),
        ("Subject", enc("Vielen Dank für Ihre Bewerbung – Software Architect Body Domain Controller (w/m/d)")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<41299183.55120.1788894840331@wd3-prod-notif.myworkday.com>"),
    ], html(body_h, cte="base64"))


# --- 27: job alert digest
@mail(N(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job board alert (JobSpäher) with listings and 'Interview in 48 h' marketing: no appointment.")
def n27():
    sent = "2026-10-13 06:30"
    body_t = t("""
        Hallo Tobias,

        dein JobAgent "Embedded Software, Stuttgart + 50 km" hat 4 neue Jobs gefunden:

        1) Embedded Software Engineer AUTOSAR (m/w/d)
           Ostfildern Elektronik GmbH · Ostfildern · vor 1 Tag
           ⚡ Schnellbewerbung – Rückmeldung und Interview innerhalb von 48 Stunden!

        2) Firmware-Entwickler Ladeinfrastruktur (w/m/d)
           Voltwerk Esslingen · Esslingen am Neckar · vor 2 Tagen

        3) Senior Software Engineer Functional Safety
           Korntal Components SE · Korntal-Münchingen · neu

        4) Embedded Linux Entwickler (m/w/d) – 100 % remote möglich
           Brennerpass Systems · Remote · vor 3 Tagen

        Tipp der Woche: So bereitest du dich auf das Vorstellungsgespräch vor – mit unserer
        Checkliste und den 20 häufigsten Fragen: https://www.jobspaeher.de/ratgeber/vorstellungsgespraech

        JobAgent bearbeiten oder abbestellen: https://www.jobspaeher.de/jobagent/abmelden?id=8812304
        JobSpäher GmbH · Rotebühlplatz 9 · 70173 Stuttgart
        """)
    body_h = "<html><body><pre style=\"font-family:Arial\">" + body_t.replace("&", "&amp;") + "</pre></body></html>\n"
    return message([
        ("Received", rcv("mailout7.jobspaeher.de", "195.140.20.7", sent, BERLIN, "4TkI6k8dJ6z")),
        ("From", addr("JobSpäher JobAgent", "jobagent@mail.jobspaeher.de")),
        ("To", ME),
        ("Subject", enc("4 neue Jobs für „Embedded Software, Stuttgart + 50 km“")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<ja.8812304.20261013043000@mail.jobspaeher.de>"),
        ("List-Unsubscribe", "<https://www.jobspaeher.de/jobagent/abmelden?id=8812304>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt(text(body_t), html(body_h)))


# --- 28: newsletter / blog post about interviews with a live Q&A time
@mail(N(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Newsletter issue about interview questions for embedded engineers, with a live Q&A slot: "
           "not the reader's interview.",
      days=(("Thu", "2026-11-19"),))
def n28():
    sent = "2026-11-14 08:00"
    body_t = t("""
        EMBEDDED WEEKLY - Issue #412

        This week: "Explain volatile" and 9 other questions you WILL get in your next firmware interview

        Hi there,

        Your interview is scheduled, the recruiter says "it's just a technical chat" - and then
        someone asks you to debug a priority inversion on a whiteboard. We asked 14 hiring managers
        from automotive and medical-device teams what they really ask. Highlights:

          1. What does volatile guarantee - and what doesn't it?
          2. Walk me through what happens between reset and main().
          3. How would you size the stack for this task?
          ...

        Read the full post: https://embeddedweekly.dev/p/explain-volatile-interview

        LIVE Q&A: Our editor will answer your interview questions live on Thursday, 19 November,
        at 6:00 PM CET (12:00 PM ET). No registration needed, link goes out an hour before.

        Also in this issue: Rust on Cortex-M0+, a teardown of a cheap CAN sniffer, and jobs.

        You're receiving this because you subscribed at embeddedweekly.dev.
        Unsubscribe: https://embeddedweekly.dev/unsubscribe
        """)
    return message([
        ("Received", rcv("mail-108.substack-mail.com", "198.2.128.108", sent, BERLIN, "4UjJ9l2eK7z")),
        ("From", addr("Embedded Weekly", "embeddedweekly@substack.com")),
        ("To", ME),
        ("Subject", "\"Explain volatile\" and 9 other questions you will get in your next firmware interview"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<20261114070000.3.8a1b2c3d4e5f@substack.com>"),
        ("List-Unsubscribe", "<https://embeddedweekly.dev/unsubscribe>"),
        ("List-Id", "Embedded Weekly <embeddedweekly.substack.com>"),
    ], text(body_t, cte="quoted-printable"))


# --- 29: pick-a-slot link (Calendly scheduling invitation, thread with key 6)
@mail(N(29), family="scheduling_link", lang="en", interview=False, company="Voltaris Mobility",
      note="Recruiter sends a Calendly link to pick a slot 'next week'; no time is fixed yet.")
def n29():
    sent = "2026-10-26 17:22"
    body = t("""
        Hi Tobias,

        Great to e-meet you, and thanks for applying to Voltaris! Priya, our Engineering Manager for
        the powertrain firmware team, would love to do a 30-minute technical screen with you.

        Could you grab whatever slot works for you next week here?
        https://calendly.com/priya-raman-voltaris/technical-screen

        All times show up in your own time zone, so no CET/PT math needed :)

        Cheers,
        Jordan Wells
        Technical Recruiter | Voltaris Mobility
        jordan.wells@voltaris.io
        """)
    return message([
        ("Received", rcv("mail-yw1-f171.google.com", "209.85.128.171", sent, "America/Los_Angeles", "4ViK3m6fL8z")),
        ("From", addr("Jordan Wells", "jordan.wells@voltaris.io")),
        ("To", TO),
        ("Subject", "Voltaris - next step: technical screen"),
        ("Date", date(sent, "America/Los_Angeles")),
        ("Message-ID", "<CAJw8s1+x9Q0k2mF7rVb3YpLz4nT6uH5dE1oG2cA8iK@mail.gmail.com>"),
    ], alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))))


# --- 30: 'let's grab coffee sometime' outreach, du, no time
@mail(N(30), family="outreach", lang="de", interview=False, company="Killesberg Labs GmbH",
      note="Engineering manager suggests a coffee 'irgendwann' with only vague days (Di/Do): no fixed time.")
def n30():
    sent = "2026-11-05 20:47"
    body = t("""
        Hi Tobias,

        wir kennen uns flüchtig vom Embedded-Stammtisch im Feuersee-Café (ich war der mit dem
        kaputten Logic Analyzer 😅). Ich hab gesehen, dass du auf LinkedIn "offen für Neues" drin
        hast – bei uns bei Killesberg Labs suchen wir gerade jemanden für unser Zephyr-Team.

        Kein Bewerbungsprozess, kein Stress: Lass uns doch einfach mal auf einen Kaffee gehen,
        wenn du Lust hast. Ich bin meistens dienstags und donnerstags im Büro am Killesberg,
        sag einfach, was dir passt.

        Viele Grüße
        Moritz

        --
        Moritz Gaiser
        Engineering Manager Firmware
        Killesberg Labs GmbH · Stresemannstraße 79 · 70191 Stuttgart
        """)
    return message([
        ("Received", rcv("mail-wm1-f45.google.com", "209.85.128.45", sent, BERLIN, "4WhL5n9gM9z")),
        ("From", addr("Moritz Gaiser", "moritz.gaiser@killesberg-labs.de")),
        ("To", TO),
        ("Subject", "Kaffee? :)"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<CAF3k9d+Rv2Yq8sN1mT0pXbWz6jL4hG7cE5oA3uI9fK@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


# --- 31: recruiter proposes times, not yet confirmed (thread with key 14)
@mail(N(31), family="proposal_unconfirmed", lang="de", interview=False, company="Isarsoft Automotive GmbH",
      note="Recruiter asks 'Würde Ihnen Donnerstag, 15.10. um 16:30 Uhr passen?' with an alternative: a "
           "proposal, not a confirmation (confirmed later, key 14).",
      days=(("Thu", "2026-10-15"), ("Fri", "2026-10-16")))
def n31():
    sent = "2026-10-06 10:18"
    body = t("""
        Hallo Herr Maier,

        vielen Dank für Ihre Bewerbung, Ihr Profil hat uns sehr gut gefallen! Herr Lechner, unser
        Teamleiter Ladeelektronik, würde Sie gerne in einem ersten Videogespräch kennenlernen.

        Würde Ihnen Donnerstag, 15.10. um 16:30 Uhr passen? Alternativ ginge auch Freitag, 16.10.,
        vormittags. Geben Sie mir einfach kurz Bescheid, dann schicke ich Ihnen die Zugangsdaten.

        Viele Grüße aus München
        Daniela Wunderlich
        Recruiting | Isarsoft Automotive GmbH
        Landsberger Straße 290 | 80687 München
        """)
    return message([
        ("Received", rcv("mout.isarsoft-automotive.de", "85.13.147.88", sent, BERLIN, "4XgM8o2hN1z")),
        ("From", addr("Daniela Wunderlich", "daniela.wunderlich@isarsoft-automotive.de")),
        ("To", TO),
        ("Subject", enc("Ihre Bewerbung - Embedded Software Engineer Ladeelektronik", "iso-8859-15")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<7d3e1a90-2c4b-4f5e-8a6d-9b0c1d2e3f40@isarsoft-automotive.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="iso-8859-15", cte="8bit"))


# --- 32: employment agency appointment (fixed time, not a job interview)
@mail(N(32), family="employment_agency", lang="de", interview=False, company=None,
      note="Agentur für Arbeit notice of a counselling appointment ('Einladung', Mo 14.09.2026 09:30): a fixed "
           "time, but with the placement officer, not a job interview.",
      days=(("Mon", "2026-09-14"),))
def n32():
    sent = "2026-09-03 07:12"
    body = t("""
        Guten Tag Herr Tobias Maier,

        in Ihrem Postfach auf arbeitsagentur.de liegt eine neue Nachricht für Sie:

        Betreff: Einladung zu einem Gespräch über Ihre berufliche Situation
        Absender: Agentur für Arbeit Stuttgart, Team Akademische Berufe

        Kurzfassung:
        Bitte kommen Sie am Montag, 14.09.2026, um 09:30 Uhr zu einem Gespräch mit Ihrer
        Arbeitsvermittlerin Frau Schreiber (Zimmer 2.114). Bringen Sie bitte Ihren Lebenslauf und
        Ihre aktuellen Bewerbungsunterlagen mit. Dies ist eine Meldeaufforderung nach § 309 SGB III.

        Die vollständige Nachricht und die Rechtsfolgenbelehrung finden Sie in Ihrem Postfach:
        https://web.arbeitsagentur.de/portal/postfach

        Mit freundlichen Grüßen
        Ihre Bundesagentur für Arbeit

        Bitte antworten Sie nicht auf diese E-Mail.
        """)
    return message([
        ("Received", rcv("mail.arbeitsagentur.de", "194.95.43.12", sent, BERLIN, "4YfN1p5iO2z")),
        ("From", addr("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de")),
        ("To", ME),
        ("Subject", enc("Neue Nachricht in Ihrem Postfach – Einladung zu einem Gespräch")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<postfach.20260903051200.7781220@arbeitsagentur.de>"),
        ("Auto-Submitted", "auto-generated"),
    ], text(body, charset="iso-8859-1"))


# --- 33: a reporter's interview with Tobias (fixed time, he is the interviewee, but not for a job)
@mail(N(33), family="press_interview", lang="de", interview=False, company=None,
      note="A local newspaper confirms its interview with Tobias (Do 5.11., 17 Uhr) for an article series: "
           "a confirmed 'Interview', but press, not a job interview.",
      days=(("Thu", "2026-11-05"),))
def n33():
    sent = "2026-10-30 13:44"
    body = t("""
        Hallo Herr Maier,

        herzlichen Dank, dass Sie bei unserer Serie "Autoland im Umbruch" mitmachen! Wie am Telefon
        besprochen, bestätige ich Ihnen das Interview:

        Donnerstag, 5.11., um 17 Uhr im Café am Schlossgarten (hinterer Raum, ich habe reserviert).
        Gegen 17:45 Uhr kommt unsere Fotografin Frau Yilmaz dazu, für ein Porträt vor dem Hauptbahnhof.

        Wir sprechen über Ihre Erfahrungen als Softwareentwickler in der Zulieferindustrie, die
        Stellenstreichungen und wie Sie gerade die Jobsuche erleben. Wenn Sie anonym bleiben möchten,
        ist das selbstverständlich möglich – sagen Sie mir einfach Bescheid.

        Viele Grüße
        Lukas Heinzelmann
        Redaktion Wirtschaft | Neckar-Kurier
        Tel. 0711 / 72 05-4418
        """)
    return message([
        ("Received", rcv("mx.neckar-kurier.de", "217.110.97.4", sent, BERLIN, "4ZeO4q8jP3z")),
        ("From", addr("Lukas Heinzelmann", "l.heinzelmann@neckar-kurier.de")),
        ("To", TO),
        ("Subject", enc("Interview „Autoland im Umbruch“ – Bestätigung Donnerstag")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<5a1f0e2d-8c7b-4a9e-b3d2-1f0e9d8c7b6a@neckar-kurier.de>"),
        ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"),
    ], alt(text(body), html("<html><body style=\"font-family:Calibri,sans-serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 34: podcast recording confirmed, ICS in UTC
@mail(N(34), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a recording ('guest interview') on Tue 24 Nov, 6:00 PM CET, with an ICS: "
           "a fixed time, but not a job interview.",
      days=(("Tue", "2026-11-24"),))
def n34():
    sent = "2026-11-17 21:03"
    body = t("""
        Hi Tobias,

        Awesome - you're booked as our guest for episode 87 of The Embedded Frontier!

        Recording: Tuesday, November 24, 6:00 PM CET (12:00 PM EST), about 60-75 minutes
        Studio: Riverside - https://riverside.fm/studio/embedded-frontier-87
        Topic: "From AUTOSAR to Zephyr - an automotive engineer looks at open-source RTOSes"

        It's a relaxed conversation, not an interrogation :) Wired headphones if you have them, and
        a quiet room. I've attached a calendar invite.

        Thanks again,
        Maya Lindgren
        Host, The Embedded Frontier
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:2F7A1C3E-9B4D-4E5F-8A6B-0C1D2E3F4A5B
DTSTAMP:20261117T200300Z
DTSTART:20261124T170000Z
DTEND:20261124T181500Z
SUMMARY:The Embedded Frontier #87 - recording with Tobias Maier
LOCATION:https://riverside.fm/studio/embedded-frontier-87
ORGANIZER;CN=Maya Lindgren:mailto:maya@embeddedfrontier.fm
ATTENDEE;CN=Tobias Maier;RSVP=TRUE:mailto:tobias.maier@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail-qt1-f177.google.com", "209.85.160.177", sent, BERLIN, "4AdP7r1kQ4z")),
        ("From", addr("Maya Lindgren", "maya@embeddedfrontier.fm")),
        ("To", TO),
        ("Subject", "You're booked! The Embedded Frontier #87 recording"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<CAP2m7x+Yz1Q9rT4vN8sK0pW3bL6hJ5cF2oE7uA1gM@mail.gmail.com>"),
    ], mixed(alt(text(body, cte="7bit", charset="us-ascii"), html(gmail_html(body))),
             calendar(ics, method="REQUEST", filename="invite.ics", disposition="attachment")))


# --- 35: admission interview for a part-time master's programme
@mail(N(35), family="admission_interview", lang="de", interview=False, company=None,
      note="University admission ('Auswahlgespräch') for a part-time master's, Fr 30.10.2026 15:15-15:45: "
           "a confirmed interview, but for a study place, not a job.",
      days=(("Fri", "2026-10-30"),))
def n35():
    sent = "2026-10-21 09:40"
    body_h = t("""
        <html><head><meta charset="windows-1252"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Maier,</p>
        <p>vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        <b>Automotive Software Engineering (M.Eng.)</b> zum Sommersemester 2027.</p>
        <p>Ihre Unterlagen haben die formale Prüfung bestanden. Wir laden Sie daher zum Auswahlgespräch ein:</p>
        <p><b>Termin:</b> Freitag, 30.10.2026, 15:15 – 15:45 Uhr<br>
        <b>Ort:</b> online per Zoom (Zugangsdaten erhalten Sie am Vortag)<br>
        <b>Kommission:</b> Prof. Dr.-Ing. Anja Kurz, Prof. Dr. Stefan Rapp</p>
        <p>Im Gespräch stellen Sie kurz Ihre Motivation vor und wir besprechen die Vereinbarkeit von Studium und Beruf.</p>
        <p>Mit freundlichen Grüßen<br>Studierendensekretariat / Zulassung Weiterbildung<br>
        Hochschule für Technik Filstal, Robert-Mayer-Straße 3, 73037 Göppingen</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("mail.hs-filstal.de", "141.62.8.20", sent, BERLIN, "4BcQ2s4lR5z")),
        ("From", addr("Zulassung Weiterbildung HTF", "zulassung-wb@hs-filstal.de")),
        ("To", TO),
        ("Subject", enc("Einladung zum Auswahlgespräch – Master Automotive Software Engineering", "windows-1252")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<d41c2b7e9a5f4e38b1c0@hs-filstal.de>"),
    ], html(body_h, charset="windows-1252"))


# --- 36: sports-club try-out, Swabian du
@mail(N(36), family="sports_tryout", lang="de", interview=False, company=None,
      note="Volleyball club invites Tobias to a try-out ('Probetraining', Dienstag halb acht): fixed time, "
           "not a job interview.")
def n36():
    sent = "2026-09-28 21:15"
    body = t("""
        Hoi Tobias,

        cool, dass du mal bei ons mitspiela willsch! Probetraining isch morga, also am Dienstag um
        halb acht in dr Sporthalle Rohr (Eingang hinta beim Parkplatz). Bring Hallaschuh mit und
        was zum Trinka, Knieschoner hen mir zur Not au no oin.

        Dr Trainer guckt sich des a paar Wocha a, ob's passt für d'Herren 2 – also koi Stress,
        des isch koi Vorspiela oder so :)

        Grüßle
        Kai

        --
        Kai Schwarz, Abteilungsleiter Volleyball
        SpVgg Rohr-Büsnau 1921 e.V.
        """)
    return message([
        ("Received", rcv("mout.spvgg-rohr.de", "212.227.126.131", sent, BERLIN, "4CbR5t7mS6z")),
        ("From", addr("Kai Schwarz", "k.schwarz@spvgg-rohr.de")),
        ("To", ME),
        ("Subject", "Re: Probetraining Volleyball"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<1a2b3c4d-5e6f-4071-8293-a4b5c6d7e8f9@spvgg-rohr.de>"),
        ("In-Reply-To", "<f0e1d2c3-b4a5-4968-8776-554433221100@example.org>"),
    ], text(body, cte="8bit"))


# --- 37: car-service appointment with ICS
@mail(N(37), family="car_service", lang="de", interview=False, company=None,
      note="Garage confirms a service appointment (Fr 16.10.2026, 07:30 Uhr Fahrzeugannahme) with an ICS: "
           "fixed time, not an interview.",
      days=(("Fri", "2026-10-16"),))
def n37():
    sent = "2026-10-09 15:02"
    body_h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" cellpadding="10"><tr><td style="background:#1c3f94;color:#fff;font-size:18px">Autohaus Strähle GmbH – Service</td></tr>
        <tr><td>
        <p>Sehr geehrter Herr Maier,</p>
        <p>hiermit bestätigen wir Ihren Werkstatttermin:</p>
        <p><b>Freitag, 16.10.2026, 07:30 Uhr</b> (Fahrzeugannahme bei Ihrem Serviceberater Herrn Ruoff)<br>
        Fahrzeug: VW Golf Variant, S-TM 4711<br>
        Auftrag: Inspektion mit Ölwechsel, Räderwechsel auf Winterreifen (eingelagert)</p>
        <p>Voraussichtliche Abholung ab 16:00 Uhr. Ein Ersatzfahrzeug ist für Sie reserviert.</p>
        <p>Ihr Service-Team<br>Autohaus Strähle GmbH · Hauptstraße 140 · 70563 Stuttgart-Vaihingen</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Autohaus Strähle//Werkstattplaner//DE
METHOD:PUBLISH
{VTZ[BERLIN]}
BEGIN:VEVENT
UID:ws-20261016-0730-4711@autohaus-straehle.de
DTSTAMP:20261009T130200Z
DTSTART;TZID=Europe/Berlin:20261016T073000
DTEND;TZID=Europe/Berlin:20261016T080000
SUMMARY:Werkstatttermin Autohaus Strähle (Inspektion\\, Räderwechsel)
LOCATION:Hauptstraße 140\\, 70563 Stuttgart-Vaihingen
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.autohaus-straehle.de", "80.237.132.57", sent, BERLIN, "4DaS8u1nT7z")),
        ("From", addr("Autohaus Strähle Service", "service@autohaus-straehle.de")),
        ("To", TO),
        ("Subject", enc("Terminbestätigung Werkstatt – Freitag, 16.10.2026")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<ws.4711.20261009130200@autohaus-straehle.de>"),
    ], mixed(html(body_h),
             calendar(ics, method=None, filename="Werkstatttermin.ics", disposition="attachment", cte="base64")))


# --- 38: Tobias on a thesis-defence committee (Kolloquium), as industry examiner
@mail(N(38), family="thesis_defence", lang="de", interview=False, company=None,
      note="Professor invites Tobias as second examiner to a master's thesis defence (Mi 9.12.2026, 10:00 Uhr): "
           "he examines someone else; not his job interview.",
      days=(("Wed", "2026-12-09"),))
def n38():
    sent = "2026-12-01 11:26"
    body = t("""
        Lieber Herr Maier,

        vielen Dank, dass Sie als Zweitprüfer für die Masterarbeit von Herrn Luca Brenner
        ("Latenzanalyse von CAN-FD-Gateways unter AUTOSAR Adaptive") zur Verfügung stehen, auch
        wenn Sie inzwischen nicht mehr sein Betreuer bei Zollern sind.

        Das Kolloquium findet statt am Mittwoch, 9.12.2026, 10:00 Uhr, Raum F 1.08
        (Vortrag 20 Minuten, anschließend Fragen, insgesamt ca. 45 Minuten). Das Prüfungsprotokoll
        bringe ich mit, Ihr Gutachten schicken Sie mir bitte bis zum 4.12.

        Herzliche Grüße
        Anja Kurz

        --
        Prof. Dr.-Ing. Anja Kurz
        Fakultät Mechatronik und Elektrotechnik
        Hochschule für Technik Filstal
        """)
    return message([
        ("Received", rcv("mail.hs-filstal.de", "141.62.8.20", sent, BERLIN, "4EzT1v4oU8z")),
        ("From", addr("Anja Kurz", "anja.kurz@hs-filstal.de")),
        ("To", TO),
        ("CC", addr("Luca Brenner", "luca.brenner@stud.hs-filstal.de")),
        ("Subject", "Kolloquium Masterarbeit Brenner - Termin"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<0c9b8a7f-6e5d-4c3b-2a19-08f7e6d5c4b3@hs-filstal.de>"),
        ("User-Agent", "Mozilla Thunderbird 128.5.0"),
    ], text(body, charset="iso-8859-1"))


# --- 39: career coach books a mock interview
@mail(N(39), family="mock_interview", lang="de", interview=False, company=None,
      note="Career coach confirms an interview training / 'Probe-Vorstellungsgespräch' (Sa 17.10.2026, "
           "10:00-11:30 Uhr), paid with an AVGS voucher: practice, not a real job interview.",
      days=(("Sat", "2026-10-17"),))
def n39():
    sent = "2026-10-12 18:05"
    body = t("""
        Hallo Herr Maier,

        schön, dass Sie sich für das Interviewtraining entschieden haben! Hiermit bestätige ich
        unseren Termin:

        Samstag, 17.10.2026, 10:00 – 11:30 Uhr
        Praxis für Karriereberatung, Marienstraße 28, 70178 Stuttgart (2. OG, bitte klingeln)

        Wir spielen ein komplettes Vorstellungsgespräch durch – ich schlüpfe in die Rolle der
        Personalerin, Sie bringen bitte die Stellenanzeige von Neckarwerk mit, auf die wir uns
        vorbereiten. Das Gespräch zeichnen wir auf Video auf und werten es gemeinsam aus.

        Die Abrechnung läuft wie besprochen über Ihren AVGS-Gutschein der Agentur für Arbeit.

        Herzliche Grüße
        Sandra Hegele
        Karrierecoaching Hegele
        """)
    return message([
        ("Received", rcv("mail-out.hegele-coaching.de", "185.15.192.8", sent, BERLIN, "4FyU4w7pV9z")),
        ("From", addr("Sandra Hegele", "sandra@hegele-coaching.de")),
        ("To", TO),
        ("Subject", enc("Terminbestätigung Interviewtraining (Probe-Vorstellungsgespräch) am Samstag")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<2f4e6a8c-0b1d-4e3f-a5c7-e9d1b3f5a7c9@hegele-coaching.de>"),
    ], alt(text(body), html("<html><body style=\"font-family:Georgia,serif\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))


# --- 40: spouse forwards her own interview invitation
def _n40_original() -> bytes:
    osent = "2026-11-16 10:40"
    body = t("""
        Sehr geehrte Frau Maier,

        vielen Dank für Ihre Bewerbung als Projektleiterin Hochbau. Gerne laden wir Sie zu einem
        persönlichen Gespräch in unser Büro ein und bestätigen den Termin am

            Montag, 23.11.2026, um 15:00 Uhr
            Architekturbüro Lämmle + Partner, Epplestraße 40, 70597 Stuttgart-Degerloch

        Gesprächspartner sind Herr Lämmle und Frau Dipl.-Ing. Kraus.

        Mit freundlichen Grüßen
        Ute Kraus
        Architekturbüro Lämmle + Partner
        """)
    return message([
        ("From", addr("Ute Kraus", "u.kraus@laemmle-partner.de")),
        ("To", addr("Julia Maier", "julia.maier@example.net")),
        ("Subject", enc("Ihre Bewerbung – Einladung zum Gespräch")),
        ("Date", date(osent, BERLIN)),
        ("Message-ID", "<a7b8c9d0-e1f2-4a3b-9c4d-5e6f7a8b9c0d@laemmle-partner.de>"),
    ], text(body, charset="iso-8859-1"))


@mail(N(40), family="forwarded_other_person", lang="de", interview=False, company=None,
      note="Tobias's wife forwards HER interview confirmation (Mo 23.11., 15 Uhr) to ask him to pick up their "
           "daughter: a confirmed job interview, but not the inbox owner's.",
      days=(("Mon", "2026-11-23"),))
def n40():
    sent = "2026-11-16 12:58"
    body = t("""
        Schatz, guck mal – ich hab das Gespräch bei Lämmle!! 🎉

        Kannst du am Montag die Kleine um halb fünf von der Kita abholen? Ich weiß nicht, wie lang
        das geht.

        Kuss, J.
        """)
    return message([
        ("Received", rcv("mout.example.net", "203.0.113.26", sent, BERLIN, "4GxV7y1qW1z")),
        ("From", addr("Julia Maier", "julia.maier@example.net")),
        ("To", TO),
        ("Subject", enc("WG: Ihre Bewerbung – Einladung zum Gespräch")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<3b5d7f91-a2c4-4e6f-8b0d-1f3a5c7e9b2d@example.net>"),
    ], mixed(text(body, cte="8bit"), attached_message(_n40_original())))


# --- 41: Tobias is asked to interview a candidate at his current job (auto-forwarded Outlook request)
@mail(N(41), family="interviewer_invite", lang="de", interview=False, company=None,
      note="Outlook meeting request from Tobias's current employer: he is the technical interviewer for a "
           "candidate (Do 26.11., 10:00-11:00, ICS). A confirmed interview, but he is not the candidate.")
def n41():
    sent = "2026-11-19 08:51"
    body = t("""
        Hallo Tobias,

        danke, dass du für Ralf als Fachinterviewer einspringst! Kandidat ist Jan Becker
        (Embedded SW Entwickler, Junior). Lebenslauf und Fragebogen liegen auf SharePoint im Ordner
        "Recruiting BSW/2026-11". Bitte trag dein Feedback bis Freitag in Workday ein.

        Gruß
        Melanie

        Melanie Strobel | HR Recruiting | Zollern Elektronik GmbH | Weilimdorfer Str. 101 | 70499 Stuttgart
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Strobel Melanie (ZE-HR):mailto:melanie.strobel@zollern-elektronik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Maier Tobias (ZE-BSW):mailto:tobias.maier@zollern-elektronik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jan Becker:mailto:jan.becker.ing@example.com
SUMMARY;LANGUAGE=de-DE:Interview: Jan Becker - Embedded SW Entwickler (Fachinterview)
DTSTART;TZID=W. Europe Standard Time:20261126T100000
DTEND;TZID=W. Europe Standard Time:20261126T110000
UID:040000008200E00074C5B7101A82E008000000005A6B7C8D9E0FDC0100000000000000001000000012AB34CD56EF
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T075100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Solitude (Geb. 2\\, 1. OG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.zollern-elektronik.de", "62.153.177.20", sent, BERLIN, "4HwW1z4rX2z")),
        ("From", addr("Strobel Melanie (ZE-HR)", "melanie.strobel@zollern-elektronik.de")),
        ("To", addr("Maier Tobias (ZE-BSW)", "tobias.maier@zollern-elektronik.de")),
        ("Subject", "Interview: Jan Becker - Embedded SW Entwickler (Fachinterview)"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<FR3P281MB1544D2E3F4A5B6C7D8E9F0A1B2C3@FR3P281MB1544.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "tobias.maier@zollern-elektronik.de tobias.maier@example.org"),
        ("Content-Language", "de-DE"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


# --- 42: out-of-office auto-reply from the Ulm hiring manager (after key 3)
@mail(N(42), family="auto_reply", lang="de", interview=False, company="Kächele Steuerungstechnik GmbH",
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to Tobias's thank-you mail; only an absence "
           "until Mo 28.09.2026.",
      days=(("Mon", "2026-09-28"),))
def n42():
    sent = "2026-09-14 09:12"
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 28.09.2026 im Urlaub und habe keinen Zugriff auf meine
        E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an Frau Brigitte Kächele
        (b.kaechele@kaechele-steuerungstechnik.de, 0731 / 93 84 12-0).

        Mit freundlichen Grüßen
        Jürgen Kächele
        """)
    return message([
        ("Received", rcv("mail.kaechele-steuerungstechnik.de", "212.227.17.5", sent, BERLIN, "4JvX4a7sY3z")),
        ("From", addr("Jürgen Kächele", "j.kaechele@kaechele-steuerungstechnik.de", "iso-8859-1")),
        ("To", TO),
        ("Subject", enc("Abwesenheitsnotiz: Danke für das Gespräch am Freitag", "iso-8859-1")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<ooo.7c1e2f3a@kaechele-steuerungstechnik.de>"),
        ("In-Reply-To", "<9e8d7c6b-5a49-4837-b261-504f3e2d1c0b@example.org>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "auto_reply"),
    ], text(body, charset="iso-8859-1", cte="quoted-printable"))


# --- 43: bounce of Tobias's own reply accepting a new time (thread with key 18; typo in the domain)
def _n43_original() -> bytes:
    osent = "2026-10-05 13:02"
    body = t("""
        Hallo Herr Beck,

        kein Problem, Donnerstag 13:30 Uhr passt mir gut. Dann bis Donnerstag in Böblingen!

        Viele Grüße
        Tobias Maier
        """)
    return message([
        ("From", TO),
        ("To", addr("Florian Beck", "florian.beck@schoenbuch-system.de")),
        ("Subject", enc("Re: Vorstellungsgespräch am 7.10.")),
        ("Date", date(osent, BERLIN)),
        ("Message-ID", "<c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@example.org>"),
        ("In-Reply-To", "<9A4F2C61-0B7D-4E35-8C19-D2E6A5F3B7C0@schoenbuch-systems.de>"),
        ("User-Agent", "Mozilla Thunderbird 128.3.1"),
    ], text(body, cte="8bit"))


@mail(N(43), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce (multipart/report) of Tobias's own reply 'Donnerstag 13:30 Uhr passt mir gut' sent to a "
           "mistyped domain: a delivery failure, not an interview confirmation.")
def n43():
    notice = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <florian.beck@schoenbuch-system.de>: Host or domain name not found. Name
            service error for name=schoenbuch-system.de type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4K8Ld21XyQz3wPq
        X-Postfix-Sender: rfc822; tobias.maier@example.org
        Arrival-Date: Mon,  5 Oct 2026 13:02:01 +0200 (CEST)

        Final-Recipient: rfc822; florian.beck@schoenbuch-system.de
        Original-Recipient: rfc822;florian.beck@schoenbuch-system.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=schoenbuch-system.de type=MX: Host not found, try again
        """)
    report = multipart(
        "report",
        text(notice, charset="us-ascii", cte="7bit", extra=(("Content-Description", "Notification"),)),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        attached_message(_n43_original()),
        params="report-type=delivery-status")
    return message([
        ("Received", "by smtp.example.org (Postfix)\r\n id 4K8Ld3Zq1Tz3wPr; " + date("2026-10-05 13:02:05", BERLIN)),
        ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-05 13:02:05", BERLIN)),
        ("Message-ID", "<20261005110205.4K8Ld3Zq1Tz3wPr@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], report)


# --- 44: mailing-list message mentioning a job interview in passing
@mail(N(44), family="mailing_list", lang="en", interview=False, company=None,
      note="RTOS users' mailing-list reply; the author mentions his own past 'job interview on Thursday' in "
           "passing. Nothing scheduled for Tobias.")
def n44():
    sent = "2026-11-09 22:41"
    body = t("""
        On Thu, Nov 5, 2026 at 9:12 PM Tobias Maier <tobias.maier@example.org> wrote:
        > With CONFIG_CAN_FD_MODE=y and BRS enabled, I see the data phase falling back to
        > 2 Mbit/s on the H743 whenever the nominal sample point is above 80 %. Is that
        > expected with the FDCAN clock at 80 MHz, or am I missing a TDC setting?

        Sorry for the slow reply - I had a job interview on Thursday and then a long weekend
        in the mountains.

        Yes, that's expected. With the kernel clock at 80 MHz and a data bitrate of 5 Mbit/s you
        only get 16 time quanta per bit, and the driver's timing calculation picks a prescaler of
        1 and then fails the sample-point check. Two options:

          1. Move FDCAN to PLL2Q at 40 MHz (yes, lower - it divides more cleanly), or
          2. set the data-phase sample point explicitly in the devicetree:
             sample-point-data = <750>;

        And enable transmitter delay compensation, otherwise anything above 2 Mbit/s on a real
        bus with a transceiver delay of ~120 ns will give you bit errors:
             CONFIG_CAN_FD_TDC=y

        Henrik

        --
        Henrik Voss, Nordlicht Embedded AB

        _______________________________________________
        tinyrtos-users mailing list
        tinyrtos-users@lists.tinyrtos.org
        https://lists.tinyrtos.org/mailman/listinfo/tinyrtos-users
        """)
    return message([
        ("Received", rcv("lists.tinyrtos.org", "140.211.169.40", sent, "Europe/Stockholm", "4KuY7b1tZ4z")),
        ("From", addr("Henrik Voss", "hvoss@nordlicht-embedded.se")),
        ("To", "tinyrtos-users@lists.tinyrtos.org"),
        ("CC", TO),
        ("Subject", "Re: [tinyrtos-users] CAN-FD bitrate switching on STM32H7 - data phase falls back to 2 Mbit/s"),
        ("Date", date(sent, "Europe/Stockholm")),
        ("Message-ID", "<CAHv0ss+Q3pZ8wR1yT5kM9nB2xL7jD4fG6cE0oA3hN@mail.gmail.com>"),
        ("In-Reply-To", "<7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918@example.org>"),
        ("List-Id", "TinyRTOS users <tinyrtos-users.lists.tinyrtos.org>"),
        ("List-Post", "<mailto:tinyrtos-users@lists.tinyrtos.org>"),
        ("List-Unsubscribe", "<https://lists.tinyrtos.org/mailman/options/tinyrtos-users>"),
        ("Precedence", "list"),
    ], text(body, charset="us-ascii", cte="7bit"))


# --- 45: webinar registration (Zoom) about interviews
@mail(N(45), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Cracking the Functional Safety Interview', Nov 12 6:00 PM Berlin: a fixed "
           "time, but a webinar, not a job interview.",
      days=(("Thu", "2026-11-12"),))
def n45():
    sent = "2026-11-02 19:31"
    body_t = t("""
        Hi Tobias,

        Thank you for registering for "Cracking the Functional Safety Interview: ISO 26262 questions
        hiring managers actually ask".

        Please submit any questions to: hello@fusacareerlab.com

        Date & Time: Nov 12, 2026 06:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/86601234567?tk=aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1v

        Passcode: 262626

        Add to Calendar: https://us02web.zoom.us/webinar/tJcvde2uqD8sGt/ics
        Add to Google Calendar | Add to Yahoo Calendar

        You can cancel your registration at any time.

        FuSa Career Lab
        """)
    body_h = t("""
        <html><body style="font-family:Lato,Helvetica,Arial,sans-serif;font-size:14px;color:#232333">
        <p>Hi Tobias,</p>
        <p>Thank you for registering for "Cracking the Functional Safety Interview: ISO 26262 questions hiring managers actually ask".</p>
        <p>Please submit any questions to: <a href="mailto:hello@fusacareerlab.com">hello@fusacareerlab.com</a></p>
        <p><b>Date &amp; Time:</b> Nov 12, 2026 06:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna</p>
        <p><a href="https://us02web.zoom.us/w/86601234567?tk=aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1v"
        style="background:#0e72ed;color:#fff;padding:10px 20px;border-radius:8px;text-decoration:none">Join Webinar</a></p>
        <p>Passcode: 262626</p>
        <p style="font-size:12px;color:#747487">You can cancel your registration at any time.</p>
        </body></html>
        """)
    return message([
        ("Received", rcv("zoom-mail-sender-8.zoom.us", "170.114.10.88", sent, BERLIN, "4LtZ1c4uA5z")),
        ("From", addr("FuSa Career Lab", "no-reply@zoom.us")),
        ("Reply-To", "hello@fusacareerlab.com"),
        ("To", TO),
        ("Subject", "Cracking the Functional Safety Interview Confirmation"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<zm.webinar.86601234567.reg.5581@zoom.us>"),
    ], alt(text(body_t), html(body_h)))


# --- 46: team Christmas party at the current job (auto-forwarded Outlook request)
@mail(N(46), family="team_event", lang="de", interview=False, company=None,
      note="Colleague's Outlook invitation to the team's Christmas dinner (Fr 11.12., 17:30, ICS): fixed time at "
           "the current job, not an interview.",
      days=(("Fri", "2026-12-11"),))
def n46():
    sent = "2026-11-23 13:07"
    body = t("""
        Servus zusammen,

        wie jedes Jahr: Weihnachtsessen Team BSW! Freitag, 11.12., ab 17:30 Uhr in der Weinstube
        Zur Kelter in Uhlbach. Tisch ist für 14 reserviert, Essen zahlt die Abteilung, Getränke
        jeder selbst. Wichtel-Limit 15 €.

        Bitte Zu-/Absage über die Einladung, damit ich die Zahl durchgeben kann.

        Sven
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Dürr Sven (ZE-BSW):mailto:sven.duerr@zollern-elektronik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Team BSW:mailto:team-bsw@zollern-elektronik.de
SUMMARY;LANGUAGE=de-DE:Weihnachtsessen Team BSW 🎄
DTSTART;TZID=W. Europe Standard Time:20261211T173000
DTEND;TZID=W. Europe Standard Time:20261211T220000
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC0100000000000000001000000098FE76DC54BA
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261123T120700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Weinstube Zur Kelter\\, Uhlbacher Platz 4\\, Stuttgart-Uhlbach
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("mail.zollern-elektronik.de", "62.153.177.20", sent, BERLIN, "4MsA4d7vB6z")),
        ("From", addr("Dürr Sven (ZE-BSW)", "sven.duerr@zollern-elektronik.de")),
        ("To", addr("Team BSW", "team-bsw@zollern-elektronik.de")),
        ("Subject", enc("Weihnachtsessen Team BSW 🎄")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<FR3P281MB15449F8E7D6C5B4A3928170F6E5D@FR3P281MB1544.DEUP281.PROD.OUTLOOK.COM>"),
        ("X-Forwarded-To", ME),
        ("X-Forwarded-For", "tobias.maier@zollern-elektronik.de tobias.maier@example.org"),
    ], alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


# --- 47: bank advisor appointment through Microsoft Bookings (same shape as key 13)
@mail(N(47), family="bank_advisor", lang="de", interview=False, company=None,
      note="Microsoft Bookings confirmation from a cooperative bank: 'Beratungsgespräch Baufinanzierung', "
           "Di 20.10.2026 17:00 with ICS. Same shape as a Bookings interview, but a bank appointment.",
      days=(("Tue", "2026-10-20"),))
def n47():
    sent = "2026-10-13 12:19"
    body_h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:600px">
        <div style="font-size:24px;font-weight:600;margin-bottom:16px">Ihre Buchung wurde bestätigt</div>
        <p>Hallo Tobias Maier,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Filder-Bank eG – Terminvereinbarung</b>.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Dienst</td><td>Beratungsgespräch Baufinanzierung (60 Minuten)</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Dienstag, 20. Oktober 2026 17:00 - 18:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Nadine Bauer</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Filiale Vaihingen, Hauptstraße 21, 70563 Stuttgart</td></tr>
        </table>
        <p>Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und einen Eigenkapitalnachweis mit.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/Terminvereinbarung@filderbank.onmicrosoft.com/bookings/">Buchung verwalten</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Filder-Bank eG - Terminvereinbarung:mailto:Terminvereinbarung@filderbank.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Maier:mailto:tobias.maier@example.org
SUMMARY;LANGUAGE=de-DE:Beratungsgespräch Baufinanzierung - Tobias Maier
DTSTART;TZID=W. Europe Standard Time:20261020T170000
DTEND;TZID=W. Europe Standard Time:20261020T180000
UID:040000008200E00074C5B7101A82E00800000000C7D8E9F0A1B2DC01000000000000000010000000F1E2D3C4B5A6
CLASS:PUBLIC
DTSTAMP:20261013T101900Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Filiale Vaihingen\\, Hauptstraße 21\\, 70563 Stuttgart
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    return message([
        ("Received", rcv("FR2P281MB0987.DEUP281.PROD.OUTLOOK.COM", "40.107.135.62", sent, BERLIN, "4NrB7e1wC7z")),
        ("From", addr("Filder-Bank eG - Terminvereinbarung", "Terminvereinbarung@filderbank.onmicrosoft.com")),
        ("To", TO),
        ("Subject", enc("Gebuchter Termin mit Filder-Bank eG - Terminvereinbarung: Beratungsgespräch Baufinanzierung")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<FR2P281MB0987A1B2C3D4E5F6A7B8C9D0E1F2@FR2P281MB0987.DEUP281.PROD.OUTLOOK.COM>"),
    ], alt(html(body_h), calendar(ics, method="REQUEST", cte="base64")))


# --- 48: flat viewing
@mail(N(48), family="flat_viewing", lang="de", interview=False, company=None,
      note="Property manager confirms a flat viewing (Samstag, 12.9., 11:00 Uhr): fixed time, not an interview.",
      days=(("Sat", "2026-09-12"),))
def n48():
    sent = "2026-09-09 16:48"
    body = t("""
        Sehr geehrter Herr Maier,

        vielen Dank für Ihre Anfrage zur 3-Zimmer-Wohnung in der Rotenwaldstraße 88 (3. OG links,
        84 m², Kaltmiete 1.390 €).

        Gerne bestätigen wir Ihnen den Besichtigungstermin am Samstag, 12.9., um 11:00 Uhr. Bitte
        bringen Sie zur Besichtigung die ausgefüllte Mieterselbstauskunft, eine SCHUFA-Auskunft
        sowie die letzten drei Gehaltsnachweise mit. Es handelt sich um eine Einzelbesichtigung,
        Herr Rommel jun. erwartet Sie vor dem Haus.

        Mit freundlichen Grüßen
        Hausverwaltung Rommel & Söhne GmbH
        Böheimstraße 12 · 70199 Stuttgart
        """)
    return message([
        ("Received", rcv("smtp.rommel-hausverwaltung.de", "85.215.44.18", sent, BERLIN, "4PqC1f4xD8z")),
        ("From", addr("Hausverwaltung Rommel & Söhne", "vermietung@rommel-hausverwaltung.de", "windows-1252")),
        ("To", TO),
        ("Subject", enc("Besichtigungstermin Rotenwaldstraße 88 – Samstag 12.9.", "windows-1252")),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<000a01dc3f2e$4b5c6d70$e2154850$@rommel-hausverwaltung.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(body, charset="windows-1252"))


# --- 49: parent-teacher meeting booked through the school's system
@mail(N(49), family="parent_teacher", lang="de", interview=False, company=None,
      note="School system confirms a parent-teacher slot (Elternsprechtag, Do 26.11.2026, 16:40-16:50): fixed "
           "time, not an interview.",
      days=(("Thu", "2026-11-26"),))
def n49():
    sent = "2026-11-18 20:02"
    body_t = t("""
        Guten Tag Herr Maier,

        Ihre Buchung für den Elternsprechtag der Grundschule Lindenhof ist eingegangen:

        Kind:       Paul Maier (Klasse 2b)
        Lehrkraft:  Frau Kienle
        Termin:     Donnerstag, 26.11.2026, 16:40 – 16:50 Uhr
        Raum:       104 (1. OG)

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Sie können den Termin bis
        zum Vortag um 12 Uhr in der App stornieren.

        Ihr Schulmanager-Team
        (automatisch erzeugte Nachricht – bitte nicht antworten)
        """)
    body_h = "<html><body><pre style=\"font-family:Arial,sans-serif\">" + body_t + "</pre></body></html>\n"
    return message([
        ("Received", rcv("mail.schulmanager-online.de", "5.9.82.140", sent, BERLIN, "4QpD4g7yE9z")),
        ("From", addr("Schulmanager Online", "noreply@schulmanager-online.de")),
        ("To", ME),
        ("Subject", "Elternsprechtag: Ihre Buchung bei Frau Kienle"),
        ("Date", date(sent, BERLIN)),
        ("Message-ID", "<sm.esp.2026.lindenhof.88123@schulmanager-online.de>"),
    ], alt(text(body_t, cte="base64"), html(body_h, cte="base64")))


# --- 50: recruiter proposes a time, not yet confirmed (thread with key 1, which later fixes another time)
@mail(N(50), family="proposal_unconfirmed", lang="en", interview=False, company="Kessler-Hart Automotive",
      note="US recruiter asks 'Would Tuesday, October 20 at 10:00 AM EDT ... work?' and asks for windows if not: "
           "a proposal only (the interview was later confirmed for another day, key 1).",
      days=(("Tue", "2026-10-20"),))
def n50():
    sent = "2026-10-14 10:02"
    body = t("""
        Hi Tobias,

        Thanks so much for the great conversation on Friday! Dale and Sunita would like to move you
        forward to a 60-minute video interview with the ADAS platform team.

        Would Tuesday, October 20 at 10:00 AM EDT (4:00 PM your time) work for you? If not, just send
        me two or three windows next week that are good for you and I'll make it work - we know
        the time difference isn't always easy.

        Best,
        Megan

        Megan Kowalski
        Senior Technical Recruiter | Kessler-Hart Automotive
        Auburn Hills, MI | +1 (248) 555-0193
        """)
    return message([
        ("Received", rcv("mail-nam11-co1.outbound.protection.outlook.com", "40.107.220.54", sent,
                         "America/New_York", "4RoE7h1zF1z")),
        ("From", addr("Megan Kowalski", "megan.kowalski@kesslerhart.com")),
        ("To", TO),
        ("Subject", "Next steps - Senior Embedded Software Engineer, ADAS Platforms"),
        ("Date", date(sent, "America/New_York")),
        ("Message-ID", "<BN8PR12MB3345E5F6A7B8C9D0E1F2A3B4C5D6@BN8PR12MB3345.namprd12.prod.outlook.com>"),
    ], alt(text(body), html("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</body></html>\n")))
