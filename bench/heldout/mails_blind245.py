"""blind245: 50 hand-written mails from the inbox of Lena Gruber, event-logistics coordinator in
Salzburg (Europe/Vienna), September to mid-December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). One function per
mail; ``make.py`` does the MIME plumbing and the checks. File numbers are a fixed shuffle of the
writing order: keys 1-23 are the positives, 24-50 the negatives.

    python3 bench/heldout/make_blind.py blind245
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

SET = "blind245"
ORDER = random.Random(2450245).sample(range(1, 51), 50)
LENA = "lena.gruber@example.org"
LENA_TO = addr("Lena Gruber", LENA)
V = "Europe/Vienna"
B = "Europe/Berlin"


def name(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def hdrs(frm: str, subject: str, when: str, zone: str, msgid: str, *, host: str, ip: str,
         to: str = LENA_TO, extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8",
         lag: int = 4, rcpt: str = LENA) -> list[tuple[str, str]]:
    qid = hashlib.sha256(msgid.encode()).hexdigest()[:11].upper()
    return [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {host} ({host} [{ip}])", when, zone,
                              f"mx02.example.org (Postfix) with ESMTPS id {qid}", rcpt, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


VIENNA_TZ = """BEGIN:VTIMEZONE
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

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf Raumgeräten teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Besprechungs-ID: {bid}
Kennung: {pw}
Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives: scheduled


@mail(name(1), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-14T07:30:00Z", end="2026-09-14T08:15:00Z",
      contact="katharina.moser@mozartbuehne-events.at", company="Mozartbühne Events GmbH",
      local="Mon 2026-09-14 09:30", local_end="2026-09-14 10:15", zone=V,
      note="Personio invitation, Sie; 'Montag, 14. September 2026, 09:30 – 10:15 Uhr' in Salzburg "
           "(CEST, UTC+2) -> 07:30Z-08:15Z; contact = human Reply-To (sender is Personio no-reply)")
def p01() -> bytes:
    body = t("""
        Sehr geehrte Frau Gruber,

        vielen Dank für Ihre Bewerbung als Projektkoordinatorin Veranstaltungslogistik (w/m/d) und
        Ihr Interesse an der Mozartbühne Events GmbH.

        Gerne möchten wir Sie persönlich kennenlernen und bestätigen Ihnen folgenden Termin für ein
        Vorstellungsgespräch:

        Datum:      Montag, 14. September 2026
        Uhrzeit:    09:30 – 10:15 Uhr
        Ort:        Mozartbühne Events GmbH, Rainerstraße 21, 5020 Salzburg (2. Stock, bitte läuten)
        Gespräch mit: Katharina Moser (People & Culture), Florian Aigner (Leitung Produktion)

        Bitte bringen Sie, falls vorhanden, Referenzen zu Ihren letzten Produktionen mit. Sollte der
        Termin für Sie nicht passen, antworten Sie bitte einfach auf diese E-Mail.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen

        Katharina Moser
        People & Culture
        Mozartbühne Events GmbH
        Rainerstraße 21 | 5020 Salzburg | +43 662 870 455-12

        --
        Diese Nachricht wurde über Personio versendet. Informationen zum Datenschutz finden Sie unter
        https://mozartbuehne-events.jobs.personio.de/privacy-policy
        """)
    htm = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
        <p>Sehr geehrte Frau Gruber,</p>
        <p>vielen Dank für Ihre Bewerbung als Projektkoordinatorin Veranstaltungslogistik (w/m/d) und Ihr
        Interesse an der Mozartbühne Events GmbH.</p>
        <p>Gerne möchten wir Sie persönlich kennenlernen und bestätigen Ihnen folgenden Termin für ein
        Vorstellungsgespräch:</p>
        <table cellpadding="4" style="border-left:3px solid #b3122e;margin:12px 0">
        <tr><td><b>Datum</b></td><td>Montag, 14. September 2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>09:30 &ndash; 10:15 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Mozartbühne Events GmbH, Rainerstraße 21, 5020 Salzburg (2. Stock, bitte läuten)</td></tr>
        <tr><td><b>Gespräch mit</b></td><td>Katharina Moser (People &amp; Culture), Florian Aigner (Leitung Produktion)</td></tr>
        </table>
        <p>Bitte bringen Sie, falls vorhanden, Referenzen zu Ihren letzten Produktionen mit. Sollte der
        Termin für Sie nicht passen, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Mit freundlichen Grüßen<br><br>Katharina Moser<br>People &amp; Culture<br>Mozartbühne Events GmbH<br>
        Rainerstraße 21 | 5020 Salzburg | +43 662 870 455-12</p>
        <p style="font-size:11px;color:#8a949e">Diese Nachricht wurde über Personio versendet.
        <a href="https://mozartbuehne-events.jobs.personio.de/privacy-policy">Datenschutz</a></p>
        </td></tr></table></body></html>
        """)
    h = hdrs(addr("Mozartbühne Events GmbH", "no-reply@mail.personio.de"),
             "Einladung zum Vorstellungsgespräch – Projektkoordinatorin Veranstaltungslogistik (w/m/d)",
             "2026-09-08 10:12", V, "<0102019a3c5e7f21-8d4e1b0a-5c3f-4e8a-b1d2-77c0f3a9e641-000000@eu-central-1.amazonses.com>",
             host="a7-21.smtp-out.eu-central-1.amazonses.com", ip="69.169.232.21",
             extra=(("Reply-To", addr("Katharina Moser", "katharina.moser@mozartbuehne-events.at")),
                    ("X-SES-Outgoing", "2026.09.08-69.169.232.21")))
    return message(h, alt(text(body), html(htm)))


@mail(name(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-17T14:00:00Z", end="2026-09-17T14:45:00Z",
      contact="priya.nair@fernweh-travel.com", company="Fernweh Travel Tech GmbH",
      local="Thu 2026-09-17 16:00", local_end="2026-09-17 16:45", zone=B,
      note="Greenhouse confirmation, '4:00 PM - 4:45 PM CEST (Europe/Berlin)' = UTC+2 -> 14:00Z-14:45Z; "
           "ICS agrees; contact = Reply-To / ORGANIZER recruiter")
def p02() -> bytes:
    body = t("""
        Hi Lena,

        Thanks for making time to speak with us! Your interview for Event Operations Coordinator (Remote, EU)
        is confirmed. Here are the details:

        Thursday, September 17, 2026
        4:00 PM - 4:45 PM CEST (Europe/Berlin)

        Hiring Manager Interview with Moritz Kessel (Head of Group Travel)
        Google Meet: https://meet.google.com/wqx-hrbt-kpe

        A calendar invitation is attached. If anything changes on your side, just reply to this email
        and it will reach me.

        Best,
        Priya Nair
        Talent Partner, Fernweh Travel Tech

        Fernweh Travel Tech GmbH · Schlesische Straße 26 · 10997 Berlin
        """)
    htm = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Lena,</p>
        <p>Thanks for making time to speak with us! Your interview for <strong>Event Operations Coordinator
        (Remote, EU)</strong> is confirmed. Here are the details:</p>
        <div style="border:1px solid #e3e3e3;border-radius:4px;padding:12px;margin:12px 0">
        <div style="font-weight:600">Thursday, September 17, 2026</div>
        <div>4:00 PM - 4:45 PM CEST (Europe/Berlin)</div>
        <div style="margin-top:8px">Hiring Manager Interview with Moritz Kessel (Head of Group Travel)</div>
        <div>Google Meet: <a href="https://meet.google.com/wqx-hrbt-kpe">https://meet.google.com/wqx-hrbt-kpe</a></div>
        </div>
        <p>A calendar invitation is attached. If anything changes on your side, just reply to this email and it
        will reach me.</p>
        <p>Best,<br>Priya Nair<br>Talent Partner, Fernweh Travel Tech</p>
        <p style="color:#999;font-size:11px">Fernweh Travel Tech GmbH &middot; Schlesische Stra&szlig;e 26 &middot; 10997 Berlin</p>
        <img src="https://us.greenhouse-mail.io/o/eJwNy0EKgzAQQNGrhFn3kI1ZJc7bRxDqTgi" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:gh-interview-41877265-3c2a@greenhouse.io
DTSTAMP:20260911T120500Z
DTSTART;TZID=Europe/Berlin:20260917T160000
DTEND;TZID=Europe/Berlin:20260917T164500
SUMMARY:Interview: Lena Gruber / Fernweh Travel Tech - Hiring Manager Interview
LOCATION:https://meet.google.com/wqx-hrbt-kpe
ORGANIZER;CN=Priya Nair:mailto:priya.nair@fernweh-travel.com
ATTENDEE;CN=Lena Gruber;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lena.gruber@example.org
ATTENDEE;CN=Moritz Kessel;ROLE=REQ-PARTICIPANT:mailto:moritz.kessel@fernweh-travel.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Priya Nair", "no-reply@us.greenhouse-mail.io"),
             "Interview Confirmation: Event Operations Coordinator (Remote, EU) at Fernweh Travel Tech",
             "2026-09-11 14:05", B, "<66e17c4a9b2f1_5d2a3fe8c41e9f14_1187@gh-mailer-7b9d.mail>",
             host="o3.us.greenhouse-mail.io", ip="167.89.101.14",
             extra=(("Reply-To", addr("Priya Nair", "priya.nair@fernweh-travel.com")),))
    return message(h, mixed(alt(text(body), html(htm)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(name(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-24T12:00:00Z", end=None,
      contact="jakob.huber@bergwerk-festivals.at", company="Bergwerk Festivals OG",
      local="Thu 2026-09-24 14:00", zone=V,
      note="Phone-written du-reply 'morgen um 14 Uhr', Date Wed 23 Sep 08:50 +0200 -> Thu 24 Sep 14:00 "
           "Salzburg (CEST) = 12:00Z; 'so ca. eine Stunde' is approximate -> end null; contact = sender")
def p03() -> bytes:
    body = t("""
        Servus Lena,

        passt, dann machen wir's morgen um 14 Uhr bei uns im Büro in der Linzer Gasse 38 (Hinterhof, 1. Stock, bei "Bergwerk" läuten). Der Sebi von der Technik ist auch dabei, dauert so ca. eine Stunde.

        Bis morgen!
        Jakob

        Von meinem iPhone gesendet

        > Am 22.09.2026 um 21:14 schrieb Lena Gruber <lena.gruber@example.org>:
        >
        > Hallo Jakob,
        >
        > danke für deinen Anruf vorhin! Donnerstag Nachmittag geht bei mir gut, ab 13 Uhr bin ich flexibel.
        >
        > LG Lena
        """)
    h = hdrs(addr("Jakob Huber", "jakob.huber@bergwerk-festivals.at"),
             "Re: Bewerbung Produktionsleitung – Lena Gruber", "2026-09-23 08:50", V,
             "<9C1E4B7A-22F3-4D1B-A8E0-5B6C7D8E9F01@bergwerk-festivals.at>",
             host="mail-out.world4you.com", ip="81.19.149.112",
             extra=(("In-Reply-To", "<c41b7a2e-0d6e-4b1f-9a51-2f8e3c7d6a10@example.org>"),
                    ("References", "<c41b7a2e-0d6e-4b1f-9a51-2f8e3c7d6a10@example.org>"),
                    ("X-Mailer", "iPhone Mail (22A3370)")))
    return message(h, text(body, cte="8bit"))


@mail(name(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start="2026-10-06T08:00:00Z", end="2026-10-06T09:00:00Z",
      contact="franziska.obermaier@isarwerk-messebau.de", company="Isarwerk Messebau GmbH",
      local="Tue 2026-10-06 10:00", local_end="2026-10-06 11:00", zone=B,
      note="Bavarian employer, Exchange meeting request; the body has no date or time at all (only "
           "'wie soeben am Telefon besprochen' and Teams boilerplate): the time is only in the ICS, "
           "TZID 'W. Europe Standard Time' 10:00-11:00 on 6 Oct (CEST) -> 08:00Z-09:00Z; contact = ORGANIZER/sender")
def p04() -> bytes:
    teams = TEAMS_DE.format(mid="NzU1ZTk4YjEtMjc0Ny00ZGQ2LWI1YjgtY2E4NWQ0MmU3ZjFj", bid="384 221 907 115",
                            pw="Xy7Ba2")
    body = t("""
        Grüß Gott Frau Gruber,

        wie soeben am Telefon besprochen schicke ich Ihnen hiermit die Einladung für unser erstes Gespräch
        per Teams. Mit dabei ist unser Bereichsleiter Messelogistik, Herr Korbinian Huber.

        Falls es technisch hakt, erreichen Sie mich unter +49 89 4520 118-23.

        Viele Grüße aus Giesing
        Franziska Obermaier
        Personalreferentin

        Isarwerk Messebau GmbH | Tegernseer Landstraße 161 | 81539 München
        Geschäftsführer: Ludwig Haslbeck | Amtsgericht München HRB 187342

        """) + teams
    htm = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Grüß Gott Frau Gruber,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">wie soeben am Telefon besprochen schicke ich Ihnen hiermit die Einladung für unser erstes Gespräch per Teams. Mit dabei ist unser Bereichsleiter Messelogistik, Herr Korbinian Huber.<o:p></o:p></p>
        <p class="MsoNormal">Falls es technisch hakt, erreichen Sie mich unter +49 89 4520 118-23.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Viele Grüße aus Giesing<br>Franziska Obermaier<br>Personalreferentin<o:p></o:p></p>
        <p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Isarwerk Messebau GmbH | Tegernseer Landstraße 161 | 81539 München<br>Geschäftsführer: Ludwig Haslbeck | Amtsgericht München HRB 187342</span><o:p></o:p></p>
        <div style="margin-bottom:.25in;overflow:hidden"><p class="MsoNormal"><span style="color:#5F5F5F">________________________________________________________________________________</span></p>
        <p class="MsoNormal"><b><span style="font-size:18.0pt;color:#252424">Microsoft Teams-Besprechung</span></b></p>
        <p class="MsoNormal"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzU1ZTk4YjEtMjc0Ny00ZGQ2LWI1YjgtY2E4NWQ0MmU3ZjFj%40thread.v2/0"><span style="font-size:10.5pt">Klicken Sie hier, um an der Besprechung teilzunehmen</span></a></p>
        <p class="MsoNormal"><span style="color:#616161">Besprechungs-ID: </span>384 221 907 115<br><span style="color:#616161">Kennung: </span>Xy7Ba2</p>
        </div></div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Obermaier Franziska:mailto:franziska.obermaier@isarwerk-messebau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lena.gruber@example.org:mailto:lena.gruber@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Huber Korbinian:mailto:korbinian.huber@isarwerk-messebau.de
DESCRIPTION;LANGUAGE=de-DE:Grüß Gott Frau Gruber\\,\\n\\nwie soeben am Telefon besprochen schicke ich Ihnen hiermit die Einladung für unser erstes Gespräch per Teams.\\n
UID:040000008200E00074C5B7101A82E00800000000B2C81A3D4350DD01000000000000000010000000E4F3C2B1A0918273645546372819AB
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Gruber / Isarwerk Messebau – Projektleitung Messelogistik
DTSTART;TZID=W. Europe Standard Time:20261006T100000
DTEND;TZID=W. Europe Standard Time:20261006T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260930T092000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120473561
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams-Besprechung"\\,"LocationAnnotation":""\\,"LocationSource":0\\,"Unresolved":false}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Obermaier Franziska", "franziska.obermaier@isarwerk-messebau.de"),
             "Vorstellungsgespräch Gruber / Isarwerk Messebau – Projektleitung Messelogistik",
             "2026-09-30 11:20", B, "<FR2P281MB2307C1E0A4B9D8F3E2A1B6C5D4E3@FR2P281MB2307.DEUP281.PROD.OUTLOOK.COM>",
             host="mail-fr2deu01on2071.outbound.protection.outlook.com", ip="52.100.171.71",
             to=addr(None, LENA),
             extra=(("Thread-Topic", enc("Vorstellungsgespräch Gruber / Isarwerk Messebau – Projektleitung Messelogistik")),
                    ("Thread-Index", "AdsQ4k7wYb3Z1n5cS8KjRk2W9bQxTg=="),
                    ("Accept-Language", "de-DE, en-US"),
                    ("Content-Language", "de-DE"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("X-MS-Exchange-Organization-SCL", "1")))
    return message(h, alt(text(body), html(htm), calendar(ics, cte="base64")))


@mail(name(5), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start="2026-10-07T11:30:00Z", end="2026-10-07T12:30:00Z",
      contact="m.leitner@donaulaende-kongress.at", company="Donaulände Kongress GmbH",
      local="Wed 2026-10-07 13:30", local_end="2026-10-07 14:30", zone=V,
      note="Teamtailor, HTML only (base64), 'Mittwoch, 7. Oktober 2026, 13:30–14:30 Uhr (MESZ)' in Linz "
           "= UTC+2 -> 11:30Z-12:30Z; Reply-To is a Teamtailor reply+ relay, so contact = the "
           "recruiter's own address in the signature")
def p05() -> bytes:
    htm = t("""
        <!doctype html>
        <html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>Interview bestätigt</title></head>
        <body style="margin:0;background:#f4f4f5">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#18181b">
        <tr><td style="padding:28px 32px 0"><img src="https://assets.teamtailor-cdn.com/uploads/donaulaende-logo.png" width="140" alt="Donaulände Kongress"></td></tr>
        <tr><td style="padding:20px 32px">
        <p>Liebe Frau Gruber,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Eventmanagerin Kongresse &amp; Tagungen</b>. Hiermit bestätigen wir Ihr Interview:</p>
        <table role="presentation" style="background:#f4f4f5;border-radius:8px;width:100%"><tr><td style="padding:16px">
        <p style="margin:0"><b>Mittwoch, 7. Oktober 2026</b><br>13:30–14:30 Uhr (MESZ)</p>
        <p style="margin:8px 0 0">Donaulände Kongresszentrum, Untere Donaulände 7, 4020 Linz<br>Empfang Foyer Ost – Sie werden dort abgeholt.</p>
        </td></tr></table>
        <p>Ihre Gesprächspartner: Martina Leitner (Recruiting) und DI Stefan Aschauer (Leitung Kongressbetrieb).</p>
        <p style="text-align:center;margin:24px 0"><a href="https://donaulaende-kongress.teamtailor.com/interviews/3f71c2d0/ics" style="background:#0b5cad;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Zum Kalender hinzufügen</a></p>
        <p>Bei Fragen erreichen Sie mich direkt unter <a href="mailto:m.leitner@donaulaende-kongress.at">m.leitner@donaulaende-kongress.at</a> oder +43 732 7612-340.</p>
        <p>Beste Grüße<br>Martina Leitner<br>Recruiting &amp; Employer Branding<br>Donaulände Kongress GmbH</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:12px;color:#71717a;border-top:1px solid #e4e4e7">
        Gesendet über Teamtailor · <a href="https://donaulaende-kongress.teamtailor.com/connect/unsubscribe" style="color:#71717a">Einstellungen</a>
        </td></tr></table></td></tr></table></body></html>
        """)
    h = hdrs(addr("Donaulände Kongress GmbH", "no-reply@teamtailor-mail.com"), "Ihr Interview am 7. Oktober",
             "2026-10-01 15:30", V, "<66fbf7e2c1d4a_7f3b2a91c5e8d3_482@teamtailor-mail.com>",
             host="mail-eu.teamtailor-mail.com", ip="159.135.132.58",
             extra=(("Reply-To", addr("Martina Leitner", "reply+a3d9f17c0be24e51@teamtailor-mail.com")),
                    ("List-Unsubscribe", "<https://donaulaende-kongress.teamtailor.com/connect/unsubscribe>")))
    return message(h, html(htm, cte="base64"))


@mail(name(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T09:30:00Z",
      contact="hannah.cole@kiteandanchor.co.uk", company="Kite & Anchor Events Ltd",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 10:30", zone=V,
      note="Calendly invitee confirmation, sent Thu 22 Oct in BST/CEST; '10:00am - 10:30am (Central European "
           "Time)' on Mon 26 Oct, the day after Europe leaves DST -> UTC+1 -> 09:00Z-09:30Z (not 08:00Z); "
           "ICS in UTC agrees; contact = Reply-To host")
def p06() -> bytes:
    body = t("""
        Hi Lena Gruber,

        Your First interview - Remote Event Coordinator with Hannah Cole at 10:00am (Central European Time) on Monday, October 26, 2026 is scheduled.

        Event Type:
        First interview - Remote Event Coordinator

        Invitee:
        Lena Gruber

        Invitee Email:
        lena.gruber@example.org

        Event Date/Time:
        10:00am - 10:30am (Central European Time) Monday, October 26, 2026

        Location:
        This is a Google Meet web conference.
        Join now: https://meet.google.com/tbq-zmye-fuo

        Description:
        A relaxed 30-minute chat about the role, our client portfolio and how we run remote production teams.

        Questions:
        Please share anything that will help prepare for our meeting.
        Looking forward to it - I work from Salzburg, so the time zone suits well.

        View event in Calendly: https://calendly.com/events/6b3f2d71-0c5e-4a8b-9e17-d2c4f8a1b903

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b3f2d71-0c5e-4a8b-9e17-d2c4f8a1b903
        Reschedule: https://calendly.com/reschedulings/6b3f2d71-0c5e-4a8b-9e17-d2c4f8a1b903

        Powered by Calendly.com
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;color:#4d5055;font-size:15px">
        <p>Hi Lena Gruber,</p>
        <p>Your <b>First interview - Remote Event Coordinator</b> with Hannah Cole at 10:00am (Central European Time) on Monday, October 26, 2026 is scheduled.</p>
        <p style="margin:0;font-weight:bold">Event Type:</p><p style="margin-top:0">First interview - Remote Event Coordinator</p>
        <p style="margin:0;font-weight:bold">Invitee:</p><p style="margin-top:0">Lena Gruber</p>
        <p style="margin:0;font-weight:bold">Invitee Email:</p><p style="margin-top:0"><a href="mailto:lena.gruber@example.org">lena.gruber@example.org</a></p>
        <p style="margin:0;font-weight:bold">Event Date/Time:</p><p style="margin-top:0">10:00am - 10:30am (Central European Time) Monday, October 26, 2026</p>
        <p style="margin:0;font-weight:bold">Location:</p><p style="margin-top:0">This is a Google Meet web conference. <a href="https://meet.google.com/tbq-zmye-fuo">Join now</a></p>
        <p style="margin:0;font-weight:bold">Description:</p><p style="margin-top:0">A relaxed 30-minute chat about the role, our client portfolio and how we run remote production teams.</p>
        <p><a href="https://calendly.com/events/6b3f2d71-0c5e-4a8b-9e17-d2c4f8a1b903">View event in Calendly</a></p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/6b3f2d71-0c5e-4a8b-9e17-d2c4f8a1b903">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/6b3f2d71-0c5e-4a8b-9e17-d2c4f8a1b903">Reschedule</a></p>
        <p style="font-size:12px;color:#a6a6a6">Powered by Calendly.com</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261022T081400Z
UID:6b3f2d71-0c5e-4a8b-9e17-d2c4f8a1b903@calendly.com
DTSTART:20261026T090000Z
DTEND:20261026T093000Z
SUMMARY:First interview - Remote Event Coordinator (Hannah Cole and Lena Gruber)
LOCATION:https://meet.google.com/tbq-zmye-fuo
ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@kiteandanchor.co.uk
ATTENDEE;CN=Lena Gruber;PARTSTAT=ACCEPTED:mailto:lena.gruber@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Calendly", "notifications@calendly.com"),
             "Confirmed: First interview - Remote Event Coordinator with Hannah Cole on Monday, October 26, 2026",
             "2026-10-22 09:14", "Europe/London", "<20261022081412.1.7A3C9E5F2B6D4180@mg.calendly.com>",
             host="m42-117.mailgun.net", ip="159.135.228.117",
             extra=(("Reply-To", addr("Hannah Cole", "hannah.cole@kiteandanchor.co.uk")),
                    ("X-Mailgun-Tag", "invitee_confirmation")))
    return message(h, mixed(alt(text(body), html(htm)),
                            calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(name(7), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-10-20T09:00:00Z", end="2026-10-20T09:45:00Z",
      contact=None, company="Wiener Kongresshaus Betriebs GmbH",
      local="Tue 2026-10-20 11:00", local_end="2026-10-20 11:45", zone=V,
      note="Microsoft Bookings; body says '11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien' "
           "- the zone's standard label - but 20 Oct is still CEST (UTC+2) -> 09:00Z, 45 min service -> "
           "09:45Z; ICS (W. Europe Standard Time) agrees; only a Bookings mailbox and a staff name, no "
           "personal address -> contact null")
def p07() -> bytes:
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#262626;max-width:600px">
        <div style="font-size:20px;padding:16px 0">Ihre Buchung wurde bestätigt</div>
        <div>Hallo Lena Gruber,</div>
        <div style="padding:8px 0">vielen Dank für Ihre Buchung bei <b>Wiener Kongresshaus – Bewerbungsgespräche</b>.</div>
        <table style="border-collapse:collapse;margin:12px 0">
        <tr><td style="padding:4px 12px 4px 0;color:#605e5c">Dienst</td><td>Vorstellungsgespräch Veranstaltungsmanagement (45 Minuten)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#605e5c">Datum und Uhrzeit</td><td>Dienstag, 20. Oktober 2026 11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#605e5c">Mitarbeiter</td><td>Sabine Pichler</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#605e5c">Ort</td><td>Wiener Kongresshaus, Eingang Lothringerstraße 4, 1030 Wien – Büro 3.12</td></tr>
        </table>
        <div style="padding:8px 0">Bitte halten Sie einen Lichtbildausweis bereit. Die Zutrittskarte erhalten Sie am Portier.</div>
        <div style="padding:8px 0"><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@wienerkongresshaus.at/bookings/s/Vb7QkD3sXe2nLw5a8Rf0Cg2">Termin verwalten</a>
        &nbsp;|&nbsp; <a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@wienerkongresshaus.at/bookings/s/Vb7QkD3sXe2nLw5a8Rf0Cg2/cancel">Stornieren</a></div>
        <div style="font-size:12px;color:#8a8886;padding-top:16px">Wiener Kongresshaus Betriebs GmbH · Lothringerstraße 4 · 1030 Wien<br>Diese E-Mail wurde über Microsoft Bookings gesendet.</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Wiener Kongresshaus – Bewerbungsgespräche:mailto:Bewerbungsgespraeche@wienerkongresshaus.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Lena Gruber:mailto:lena.gruber@example.org
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch Veranstaltungsmanagement mit Sabine Pichler\\n
UID:040000008200E00074C5B7101A82E008000000007A1B2C3D4E5FDB01000000000000000010000000AB12CD34EF56
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Veranstaltungsmanagement
DTSTART;TZID=W. Europe Standard Time:20261020T110000
DTEND;TZID=W. Europe Standard Time:20261020T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T063100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Wiener Kongresshaus\\, Lothringerstraße 4\\, 1030 Wien
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Wiener Kongresshaus – Bewerbungsgespräche", "Bewerbungsgespraeche@wienerkongresshaus.at"),
             "Gebuchter Termin mit Wiener Kongresshaus – Bewerbungsgespräche: Vorstellungsgespräch "
             "Veranstaltungsmanagement", "2026-10-14 08:31", V,
             "<VI1P195MB0418F2A3B4C5D6E7F8091A2B3C4D@VI1P195MB0418.EURP195.PROD.OUTLOOK.COM>",
             host="mail-vi1eur05on2108.outbound.protection.outlook.com", ip="40.107.21.108",
             extra=(("Content-Language", "de-AT"), ("X-MS-Has-Attach", "yes")))
    return message(h, mixed(html(htm), calendar(ics, cte="base64", filename="invite.ics")))


@mail(name(8), family="zoom", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end=None,
      contact="aoife.brennan@northlight-tickets.ie", company="Northlight Ticketing Ltd",
      local="Tue 2026-11-03 15:00", zone="Europe/Dublin",
      note="Recruiter mail with pasted Zoom block 'Nov 3, 2026 03:00 PM Dublin'; Ireland is on GMT "
           "(UTC+0) after 25 Oct -> 15:00Z (prose: 4pm for Lena); 'about 45 minutes' -> end null; contact = sender")
def p08() -> bytes:
    body = t("""
        Hi Lena,

        Great chatting on Monday! As promised, here's the invite for your interview with Ciarán (our Head of Venue Operations) on Tuesday 3 November at 3pm Irish time - that's 4pm for you in Salzburg. It'll be about 45 minutes, mostly scenario questions around load-in schedules and crowd flow, nothing you need to prepare.

        Shout if anything comes up.

        Aoife

        --
        Aoife Brennan | Talent Acquisition
        Northlight Ticketing | 7 Hanover Quay, Dublin 2, D02 X285
        +353 1 554 2310

        Aoife Brennan is inviting you to a scheduled Zoom meeting.

        Topic: Lena Gruber <> Northlight - Venue Operations Coordinator interview
        Time: Nov 3, 2026 03:00 PM Dublin

        Join Zoom Meeting
        https://northlight.zoom.us/j/84412093376?pwd=cU9xTmVhR3pLbE1wQ2ZvN0FkRWJ0dz09

        Meeting ID: 844 1209 3376
        Passcode: 518207

        ---

        One tap mobile
        +35312405001,,84412093376#,,,,*518207# Ireland
        +442034815237,,84412093376#,,,,*518207# United Kingdom
        """)
    h = hdrs(addr("Aoife Brennan", "aoife.brennan@northlight-tickets.ie"),
             "Interview invite - Venue Operations Coordinator", "2026-10-28 16:40", "Europe/Dublin",
             "<CAH7xQp1kR2vN5s8bT0wYd3eFgHiJ4kLmN6oPqR9sTuVwXy@mail.gmail.com>",
             host="mail-wm1-f51.google.com", ip="209.85.128.51")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(name(9), family="workable", lang="de", interview=True, kind="scheduled",
      start="2026-11-12T08:00:00Z", end="2026-11-12T09:00:00Z",
      contact="tom.berger@alpinesummit.at", company="Alpine Summit Group GmbH",
      local="Thu 2026-11-12 09:00", local_end="2026-11-12 10:00", zone=V,
      note="Workable, du-Form; 'Donnerstag, 12. November 2026 um 09:00 (Europe/Vienna), Dauer: 60 Minuten' "
           "= CET UTC+1 -> 08:00Z-09:00Z; Reply-To is a Workable +relay, so contact = the interviewer's "
           "address in the body")
def p09() -> bytes:
    body = t("""
        Hallo Lena,

        danke, dass du dir Zeit für uns nimmst! Dein Interview für die Stelle "Event & Travel Logistics
        Coordinator" ist fixiert:

        Wann: Donnerstag, 12. November 2026 um 09:00 (Europe/Vienna)
        Dauer: 60 Minuten
        Wo: Video-Call - den Link findest du hier: https://alpine-summit-group.workable.com/video/7Kd2qXp9
        Mit: Tom Berger, Head of Operations

        Falls du vorab Fragen hast, kannst du Tom auch direkt schreiben: tom.berger@alpinesummit.at

        Bis bald,
        das Team der Alpine Summit Group

        Alpine Summit Group GmbH · Maria-Theresien-Straße 18 · 6020 Innsbruck

        Du erhältst diese E-Mail, weil du dich über Workable bei Alpine Summit Group beworben hast.
        """)
    htm = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:560px;margin:0 auto">
        <p>Hallo Lena,</p>
        <p>danke, dass du dir Zeit für uns nimmst! Dein Interview für die Stelle &quot;Event &amp; Travel Logistics Coordinator&quot; ist fixiert:</p>
        <p><b>Wann:</b> Donnerstag, 12. November 2026 um 09:00 (Europe/Vienna)<br>
        <b>Dauer:</b> 60 Minuten<br>
        <b>Wo:</b> Video-Call &ndash; <a href="https://alpine-summit-group.workable.com/video/7Kd2qXp9">Zum Video-Call</a><br>
        <b>Mit:</b> Tom Berger, Head of Operations</p>
        <p>Falls du vorab Fragen hast, kannst du Tom auch direkt schreiben: <a href="mailto:tom.berger@alpinesummit.at">tom.berger@alpinesummit.at</a></p>
        <p>Bis bald,<br>das Team der Alpine Summit Group</p>
        <p style="font-size:11px;color:#999">Alpine Summit Group GmbH &middot; Maria-Theresien-Stra&szlig;e 18 &middot; 6020 Innsbruck<br>
        Du erh&auml;ltst diese E-Mail, weil du dich &uuml;ber Workable bei Alpine Summit Group beworben hast.</p>
        </div></body></html>
        """)
    h = hdrs(addr("Alpine Summit Group", "noreply@candidates.workablemail.com"),
             "Dein Interview mit Alpine Summit Group", "2026-11-05 10:02", V,
             "<20261105090214.b7d3e1f2a4c5@candidates.workablemail.com>",
             host="o41.candidates.workablemail.com", ip="149.72.167.41",
             extra=(("Reply-To", addr("Alpine Summit Group",
                                      "alpine-summit-group+c7f2a91e3b@candidates.workablemail.com")),))
    return message(h, alt(text(body), html(htm)))


@mail(name(10), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start="2026-11-13T13:00:00Z", end="2026-11-13T14:00:00Z",
      contact="lisa.wimmer@salzach-hotels.at", company="Salzach Hotels & Resorts AG",
      local="Fri 2026-11-13 14:00", local_end="2026-11-13 15:00", zone=V,
      note="SmartRecruiters confirmation after the proposal in the thread; 'Freitag, 13. November 2026, "
           "14:00 – 15:00 (Europe/Vienna)' = CET -> 13:00Z-14:00Z; ICS in UTC agrees; contact = Reply-To")
def p10() -> bytes:
    body = t("""
        Sehr geehrte Frau Gruber,

        vielen Dank für Ihre rasche Rückmeldung. Ihr Interview ist hiermit bestätigt:

        Position:       Bankett- & Eventkoordination (m/w/d), Hotel Salzachblick
        Termin:         Freitag, 13. November 2026, 14:00 – 15:00 (Europe/Vienna)
        Ort:            Hotel Salzachblick, Elisabethkai 58, 5020 Salzburg – Treffpunkt Rezeption
        Interviewer:    Lisa Wimmer (HR Business Partner), Georg Fuchs (Bankettleiter)

        Eine Kalendereinladung finden Sie im Anhang.

        Mit freundlichen Grüßen
        Lisa Wimmer
        HR Business Partner | Salzach Hotels & Resorts AG

        Powered by SmartRecruiters
        """)
    htm = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Sehr geehrte Frau Gruber,</p>
        <p>vielen Dank für Ihre rasche Rückmeldung. Ihr Interview ist hiermit bestätigt:</p>
        <table cellpadding="3">
        <tr><td style="color:#777">Position</td><td>Bankett- &amp; Eventkoordination (m/w/d), Hotel Salzachblick</td></tr>
        <tr><td style="color:#777">Termin</td><td>Freitag, 13. November 2026, 14:00 – 15:00 (Europe/Vienna)</td></tr>
        <tr><td style="color:#777">Ort</td><td>Hotel Salzachblick, Elisabethkai 58, 5020 Salzburg – Treffpunkt Rezeption</td></tr>
        <tr><td style="color:#777">Interviewer</td><td>Lisa Wimmer (HR Business Partner), Georg Fuchs (Bankettleiter)</td></tr>
        </table>
        <p>Eine Kalendereinladung finden Sie im Anhang.</p>
        <p>Mit freundlichen Grüßen<br>Lisa Wimmer<br>HR Business Partner | Salzach Hotels &amp; Resorts AG</p>
        <p style="font-size:11px;color:#9b9b9b">Powered by SmartRecruiters</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-7f1c0e92-41b3-4d2a-9a6e-3c5d8b2f0a17
DTSTAMP:20261106T104500Z
DTSTART:20261113T130000Z
DTEND:20261113T140000Z
SUMMARY:Interview: Bankett- & Eventkoordination (m/w/d) - Lena Gruber
LOCATION:Hotel Salzachblick\\, Elisabethkai 58\\, 5020 Salzburg
ORGANIZER;CN=Lisa Wimmer:mailto:lisa.wimmer@salzach-hotels.at
ATTENDEE;CN=Lena Gruber;RSVP=TRUE:mailto:lena.gruber@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Lisa Wimmer via SmartRecruiters", "no-reply@smartrecruiters.com"),
             "Interviewbestätigung: Bankett- & Eventkoordination (m/w/d)", "2026-11-06 11:45", V,
             "<0100019b2f4c1e7a-3d2e9c1b-8a7f-4e6d-b5c4-1a2b3c4d5e6f-000000@email.smartrecruiters.com>",
             host="a48-112.smtp-out.amazonses.com", ip="54.240.48.112",
             extra=(("Reply-To", addr("Lisa Wimmer", "lisa.wimmer@salzach-hotels.at")),
                    ("In-Reply-To", "<5e8d2c1f-b0a7-4b3e-91c2-0f6e7d8a9b1c@example.org>")))
    return message(h, mixed(alt(text(body), html(htm)),
                            calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(name(11), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-11-18T15:30:00Z", end=None,
      contact="sarah.koenig@loopwerk.at", company="Loopwerk Events GmbH",
      local="Wed 2026-11-18 16:30", zone=V,
      note="Founder's du-mail 'Mi, 18.11. um 16:30' in Vienna (CET) -> 15:30Z; the attached Apple "
           "calendar event is all-day (VALUE=DATE 20261118), the time is only in the text; 'ca. 1 Stunde' "
           "-> end null; contact = sender")
def p11() -> bytes:
    body = t("""
        Hi Lena,

        super, dann fix: Mi, 18.11. um 16:30 bei uns im Büro (Zieglergasse 12/3, 1070 Wien, im Hof links). Mit dabei ist noch Ben, unser Head of Production.

        Ich hab dir einen Kalendereintrag mitgeschickt - der ist leider ganztägig rausgegangen, die Uhrzeit gilt natürlich :) Wir planen ca. 1 Stunde ein, danach zeig ich dir gern noch kurz das Lager.

        Freu mich!
        Sarah

        --
        Sarah König
        Gründerin & Geschäftsführerin
        Loopwerk Events GmbH | Zieglergasse 12/3 | 1070 Wien
        +43 660 412 77 90
        """)
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A3F2E1D0-7B6C-4D5E-9F8A-1B2C3D4E5F60
DTSTAMP:20261112T182200Z
DTSTART;VALUE=DATE:20261118
DTEND;VALUE=DATE:20261119
SUMMARY:Kennenlernen Lena Gruber / Loopwerk
LOCATION:Zieglergasse 12/3\\, 1070 Wien
ORGANIZER;CN=Sarah König:mailto:sarah.koenig@loopwerk.at
ATTENDEE;CN=Lena Gruber;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lena.gruber@example.org
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    htm = t("""
        <html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>
        <body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">
        <div>Hi Lena,</div><div><br></div>
        <div>super, dann fix: Mi, 18.11. um 16:30 bei uns im Büro (Zieglergasse 12/3, 1070 Wien, im Hof links). Mit dabei ist noch Ben, unser Head of Production.</div><div><br></div>
        <div>Ich hab dir einen Kalendereintrag mitgeschickt - der ist leider ganztägig rausgegangen, die Uhrzeit gilt natürlich :) Wir planen ca. 1 Stunde ein, danach zeig ich dir gern noch kurz das Lager.</div><div><br></div>
        <div>Freu mich!</div><div>Sarah</div><div><br></div>
        <div>--&nbsp;<br>Sarah König<br>Gründerin &amp; Geschäftsführerin<br>Loopwerk Events GmbH | Zieglergasse 12/3 | 1070 Wien<br>+43 660 412 77 90</div>
        </body></html>
        """)
    h = hdrs(addr("Sarah König", "sarah.koenig@loopwerk.at"), "Re: Kennenlernen nächste Woche?",
             "2026-11-12 19:22", V, "<B7C6D5E4-3F2A-4B1C-8D9E-0A1B2C3D4E5F@loopwerk.at>",
             host="smtp.easyname.com", ip="77.244.243.83",
             extra=(("In-Reply-To", "<e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b@example.org>"),
                    ("References", "<e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b@example.org>"),
                    ("X-Mailer", "Apple Mail (2.3826.200.121)")))
    return message(h, mixed(alt(text(body), html(htm)),
                            calendar(ics, cte="quoted-printable", filename="Einladung.ics",
                                     disposition="attachment", name_param=True)))


@mail(name(12), family="workday", lang="en", interview=True, kind="scheduled",
      start="2026-12-07T20:00:00Z", end="2026-12-07T21:00:00Z",
      contact="mere.tane@kowhaievents.co.nz", company="Kōwhai Events Ltd",
      local="Tue 2026-12-08 09:00", local_end="2026-12-08 10:00", zone="Pacific/Auckland",
      note="Workday from an Auckland employer: 'Tuesday, 8 December 2026, 9:00 AM - 10:00 AM NZDT' "
           "(UTC+13) -> Monday 7 Dec 20:00Z-21:00Z, the previous day in UTC (the body also gives 9:00 PM "
           "CET Monday for Salzburg); ICS in Pacific/Auckland agrees; sender and ORGANIZER are Workday "
           "role addresses, contact = the recruiter's address in the body")
def p12() -> bytes:
    body = t("""
        Kia ora Lena,

        Thank you for your interest in the Touring Logistics Coordinator (Europe, remote) position at
        Kowhai Events. We are pleased to confirm your interview.

        Date:       Tuesday, 8 December 2026
        Time:       9:00 AM - 10:00 AM (NZDT, GMT+13:00) Pacific/Auckland
                    Please note: for you in Salzburg this is Monday 7 December, 9:00 PM - 10:00 PM CET.
        Format:     Microsoft Teams (link in the calendar invitation)
        Panel:      Mere Tane (Talent Acquisition), Rawiri Walker (Touring Director)

        If you need to make any changes, please contact Mere Tane at mere.tane@kowhaievents.co.nz.

        Nga mihi,
        Kowhai Events Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    htm = t("""
        <html><body><table style="font-family:Arial,sans-serif;font-size:14px;color:#333333;width:600px">
        <tr><td><p>Kia ora Lena,</p>
        <p>Thank you for your interest in the Touring Logistics Coordinator (Europe, remote) position at Kowhai Events. We are pleased to confirm your interview.</p>
        <table cellpadding="4">
        <tr><td><b>Date:</b></td><td>Tuesday, 8 December 2026</td></tr>
        <tr><td><b>Time:</b></td><td>9:00 AM - 10:00 AM (NZDT, GMT+13:00) Pacific/Auckland<br>
        <i>Please note: for you in Salzburg this is Monday 7 December, 9:00 PM - 10:00 PM CET.</i></td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        <tr><td><b>Panel:</b></td><td>Mere Tane (Talent Acquisition), Rawiri Walker (Touring Director)</td></tr>
        </table>
        <p>If you need to make any changes, please contact Mere Tane at <a href="mailto:mere.tane@kowhaievents.co.nz">mere.tane@kowhaievents.co.nz</a>.</p>
        <p>Nga mihi,<br>Kowhai Events Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
UID:wd-interview-f3e2d1c0b9a8@myworkday.com
DTSTAMP:20261202T011000Z
DTSTART;TZID=Pacific/Auckland:20261208T090000
DTEND;TZID=Pacific/Auckland:20261208T100000
SUMMARY:Interview - Touring Logistics Coordinator (Europe\\, remote) - Lena Gruber
LOCATION:Microsoft Teams
DESCRIPTION:Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk4ZGY1%40thread.v2/0
ORGANIZER;CN=Kowhai Events:mailto:noreply@myworkday.com
ATTENDEE;CN=Lena Gruber;RSVP=TRUE:mailto:lena.gruber@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Kowhai Events", "kowhaievents@myworkday.com"),
             "Interview Confirmation - Touring Logistics Coordinator (Europe, remote)",
             "2026-12-02 14:10", "Pacific/Auckland", "<1829374650.48213.1796263800123@wd5-prod-mail.myworkday.com>",
             host="wd5-smtp-out.myworkday.com", ip="199.33.145.20")
    return message(h, mixed(alt(text(body), html(htm)),
                            calendar(ics, filename="Interview.ics", disposition="attachment")))


@mail(name(13), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-11-25T09:00:00Z", end="2026-11-25T10:30:00Z",
      contact="andrea.hofer@tabakwerk-events.at", company="Tabakwerk Events Linz GmbH",
      local="Wed 2026-11-25 10:00", local_end="2026-11-25 11:30", zone=V,
      note="Lena forwards (message/rfc822) a softgarden invitation from her old address to herself; the "
           "inner mail (iso-8859-15, QP) says 'Mittwoch, 25.11.2026, von 10:00 bis 11:30 Uhr' in Linz "
           "(CET) -> 09:00Z-10:30Z; contact = human Reply-To of the forwarded mail (outer sender is the candidate)")
def p13() -> bytes:
    inner_body = t("""
        Sehr geehrte Frau Gruber,

        wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position

            Eventkoordinatorin Kulturbetrieb (w/m/d)

        einzuladen. Den von Ihnen gewählten Termin bestätigen wir gerne:

            Mittwoch, 25.11.2026, von 10:00 bis 11:30 Uhr
            Tabakwerk Events Linz GmbH, Peter-Behrens-Platz 9, Bau 2, 4020 Linz

        Im ersten Teil stellen wir Ihnen unser Haus vor, danach folgt ein Gespräch mit der
        Bereichsleitung sowie eine kurze Fallstudie (ca. 20 Minuten, Vorbereitung vor Ort).

        Bei Rückfragen wenden Sie sich bitte an Andrea Hofer, Tel. +43 732 997 310-15.

        Freundliche Grüße

        Andrea Hofer
        Personalentwicklung
        Tabakwerk Events Linz GmbH

        --
        Diese E-Mail wurde über das Bewerbermanagement von softgarden versendet.
        """)
    inner = message([
        ("Return-Path", "<bounce+4f7a2c@softgarden.io>"),
        ("From", addr("Tabakwerk Events Linz GmbH", "noreply@softgarden.io")),
        ("Reply-To", addr("Andrea Hofer", "andrea.hofer@tabakwerk-events.at")),
        ("To", addr("Lena Gruber", "lena.gruber@example.net")),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Eventkoordinatorin Kulturbetrieb (w/m/d)",
                        "iso-8859-15")),
        ("Date", date("2026-11-19 09:15", V)),
        ("Message-ID", "<sg.2026111909150312.41177@mailer.softgarden.io>"),
    ], text(inner_body, charset="iso-8859-15"))
    outer = t("""
        zur Sicherheit auch hierher - Mi 25.11. Linz!
        (ist an die alte Adresse gekommen)

        L.
        """)
    h = hdrs(addr("Lena Gruber", "lena.gruber@example.net"),
             "Fwd: Einladung zum Vorstellungsgespräch - Eventkoordinatorin Kulturbetrieb (w/m/d)",
             "2026-11-19 12:40", V, "<7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d@example.net>",
             host="smtp.example.net", ip="192.0.2.45",
             extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(h, mixed(text(outer, cte="8bit"),
                            attached_message(inner, "Einladung zum Vorstellungsgespraech.eml")))


@mail(name(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start="2026-12-01T12:00:00Z", end="2026-12-01T13:45:00Z",
      contact="clara.weiss@nordstern-mobility.de", company="Nordstern Mobility GmbH",
      local="Tue 2026-12-01 13:00", local_end="2026-12-01 14:45", zone=B,
      note="GoodTime onsite itinerary in Munich, two sessions 1:00-1:45 PM and 2:00-2:45 PM CET "
           "(Europe/Berlin, UTC+1) -> first start 12:00Z to last end 13:45Z; one ICS block agrees; "
           "contact = Reply-To coordinator")
def p14() -> bytes:
    body = t("""
        Hi Lena,

        Your onsite interview with Nordstern Mobility is confirmed. Please find your itinerary below.

        Tuesday, December 1, 2026 (all times CET - Europe/Berlin)

        1:00 PM - 1:45 PM   Jonas Brandl, Head of Corporate Events
        2:00 PM - 2:45 PM   Aylin Demir, Operations Lead Fleet & Travel

        Location:
        Nordstern Mobility HQ, Landsberger Straße 110, 80339 München
        4th floor - please check in at reception and ask for Clara Weiß.

        Travel: we reimburse your train ticket from Salzburg (2nd class). Just keep the receipt.

        If you need to reschedule, reply to this email.

        Best regards,
        Clara Weiß
        Recruiting Coordinator, Nordstern Mobility

        Scheduled with GoodTime
        """)
    htm = t("""
        <html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124">
        <p>Hi Lena,</p>
        <p>Your onsite interview with <b>Nordstern Mobility</b> is confirmed. Please find your itinerary below.</p>
        <h3 style="font-size:15px;margin:16px 0 4px">Tuesday, December 1, 2026</h3>
        <div style="color:#5f6368;font-size:12px">All times CET - Europe/Berlin</div>
        <table cellpadding="6" style="border-collapse:collapse;margin-top:8px">
        <tr style="border-bottom:1px solid #eee"><td>1:00 PM - 1:45 PM</td><td>Jonas Brandl, Head of Corporate Events</td></tr>
        <tr><td>2:00 PM - 2:45 PM</td><td>Aylin Demir, Operations Lead Fleet &amp; Travel</td></tr>
        </table>
        <p><b>Location</b><br>Nordstern Mobility HQ, Landsberger Stra&szlig;e 110, 80339 M&uuml;nchen<br>4th floor &ndash; please check in at reception and ask for Clara Wei&szlig;.</p>
        <p><b>Travel</b><br>We reimburse your train ticket from Salzburg (2nd class). Just keep the receipt.</p>
        <p>If you need to reschedule, reply to this email.</p>
        <p>Best regards,<br>Clara Wei&szlig;<br>Recruiting Coordinator, Nordstern Mobility</p>
        <p style="font-size:11px;color:#9aa0a6">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:gt-3b9e0f41-2c7d-4a18-b6e5-91d0c2f7a8e3@goodtime.io
DTSTAMP:20261124T160500Z
DTSTART;TZID=Europe/Berlin:20261201T130000
DTEND;TZID=Europe/Berlin:20261201T144500
SUMMARY:Onsite Interview - Nordstern Mobility (Lena Gruber)
LOCATION:Nordstern Mobility HQ\\, Landsberger Straße 110\\, 80339 München
ORGANIZER;CN=Clara Weiß:mailto:clara.weiss@nordstern-mobility.de
ATTENDEE;CN=Lena Gruber;RSVP=TRUE:mailto:lena.gruber@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Nordstern Mobility Recruiting", "scheduling@goodtime.io"),
             "Interview Confirmed: Onsite with Nordstern Mobility on Tue, Dec 1", "2026-11-24 17:05", B,
             "<gt.20261124160502.8e7d6c5b4a39@goodtime.io>",
             host="o12.email.goodtime.io", ip="168.245.9.12",
             extra=(("Reply-To", addr("Clara Weiß", "clara.weiss@nordstern-mobility.de")),))
    return message(h, mixed(alt(text(body), html(htm)),
                            calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(name(15), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-12-03T10:00:00Z", end="2026-12-03T11:00:00Z",
      contact="markus.steiner@kulturquartier-ibk.at", company="Kulturquartier Innsbruck GmbH",
      local="Thu 2026-12-03 11:00", local_end="2026-12-03 12:00", zone=V,
      note="Google Calendar invitation in German 'Do. 3. Dez. 2026 11:00 - 12:00 (MEZ)', Innsbruck, "
           "CET UTC+1 -> 10:00Z-11:00Z; ICS in Europe/Vienna agrees; contact = ORGANIZER/sender")
def p15() -> bytes:
    body = t("""
        Vorstellungsgespräch Lena Gruber – Leitung Veranstaltungsbüro
        Donnerstag, 3. Dezember 2026 ⋅ 11:00–12:00
        Zeitzone: Europe/Vienna
        Ort: Kulturquartier Innsbruck, Rennweg 8, 6020 Innsbruck – Besprechungsraum 2 (EG)

        Liebe Lena, wie telefonisch ausgemacht – wir freuen uns auf dich! Mit dabei: Judith Kranebitter (Geschäftsführung). Markus

        Teilnehmer
        Markus Steiner – Organisator
        judith.kranebitter@kulturquartier-ibk.at
        lena.gruber@example.org

        Antworten für lena.gruber@example.org
        Ja: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2cxcDRvMnFw&rst=1
        Nein: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2cxcDRvMnFw&rst=2
        Vielleicht: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2cxcDRvMnFw&rst=3

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Wenn Sie „Nein" auswählen, werden Sie aus dem Termin entfernt.
        """)
    htm = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <h2 style="font-size:20px;font-weight:400">Vorstellungsgespräch Lena Gruber – Leitung Veranstaltungsbüro</h2>
        <div>Donnerstag, 3. Dezember 2026 ⋅ 11:00–12:00</div>
        <div style="color:#70757a">Zeitzone: Europe/Vienna</div>
        <div>Kulturquartier Innsbruck, Rennweg 8, 6020 Innsbruck – Besprechungsraum 2 (EG)</div>
        <p>Liebe Lena, wie telefonisch ausgemacht – wir freuen uns auf dich! Mit dabei: Judith Kranebitter (Geschäftsführung). Markus</p>
        <div><b>Teilnehmer</b></div>
        <div>Markus Steiner – Organisator<br>judith.kranebitter@kulturquartier-ibk.at<br>lena.gruber@example.org</div>
        <p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N2cxcDRvMnFw&amp;rst=1">Ja</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N2cxcDRvMnFw&amp;rst=2">Nein</a> ·
        <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=N2cxcDRvMnFw&amp;rst=3">Vielleicht</a></p>
        <div style="font-size:12px;color:#70757a">Einladung von Google Kalender</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA_TZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261203T110000
DTEND;TZID=Europe/Vienna:20261203T120000
DTSTAMP:20261127T090300Z
ORGANIZER;CN=Markus Steiner:mailto:markus.steiner@kulturquartier-ibk.at
UID:7g1p4o2qp8k3m5n6b9v0c1x2z3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Markus Steiner;X-NUM-GUESTS=0:mailto:markus.steiner@kulturquartier-ibk.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lena.gruber@example.org;X-NUM-GUESTS=0:mailto:lena.gruber@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=judith.kranebitter@kulturquartier-ibk.at;X-NUM-GUESTS=0:mailto:judith.kranebitter@kulturquartier-ibk.at
CREATED:20261127T090200Z
DESCRIPTION:Liebe Lena\\, wie telefonisch ausgemacht – wir freuen uns auf dich! Mit dabei: Judith Kranebitter (Geschäftsführung). Markus
LAST-MODIFIED:20261127T090300Z
LOCATION:Kulturquartier Innsbruck\\, Rennweg 8\\, 6020 Innsbruck – Besprechungsraum 2 (EG)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Lena Gruber – Leitung Veranstaltungsbüro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Einladung: Vorstellungsgespräch Lena Gruber – Leitung Veranstaltungsbüro @ Do. 3. Dez. 2026 "
               "11:00 - 12:00 (MEZ) (lena.gruber@example.org)")
    h = hdrs(addr("Markus Steiner", "markus.steiner@kulturquartier-ibk.at"), subject, "2026-11-27 10:03", V,
             "<calendar-5d1f0a7e-2b3c-4d5e-8f9a-0b1c2d3e4f5a@google.com>",
             host="mail-sor-f73.google.com", ip="209.85.220.73",
             extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                    ("Reply-To", addr("Markus Steiner", "markus.steiner@kulturquartier-ibk.at"))))
    return message(h, mixed(
        alt(text(body), html(htm), calendar(ics, cte="base64")),
        calendar(ics, method="REQUEST", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(name(16), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-02T15:00:00Z", end="2026-11-02T16:00:00Z",
      contact="dana.whitfield@lakeshorelive.com", company="Lakeshore Live Events Inc.",
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone="America/Chicago",
      note="iCIMS from a Chicago employer, sent Thu 29 Oct in CDT (UTC-5); interview 'Monday, November 2, "
           "2026, 9:00 AM - 10:00 AM Central Time' is the day after US DST ends -> CST UTC-6 -> "
           "15:00Z-16:00Z (16:00 in Salzburg); ICS (TZID Central Standard Time) agrees; contact = body address")
def p16() -> bytes:
    body = t("""
        Dear Lena,

        Thank you for your interest in Lakeshore Live Events. We are pleased to confirm your video
        interview for the position of International Tour Logistics Coordinator (Req ID 2026-4471).

        Date: Monday, November 2, 2026
        Time: 9:00 AM - 10:00 AM Central Time (US & Canada)
        Interviewers: Dana Whitfield, Senior Recruiter; Marcus Bell, Director of Touring
        Location: Webex - https://lakeshorelive.webex.com/meet/dwhitfield

        Please note that the US returns to standard time on Sunday, November 1.

        If you have any questions, please contact Dana Whitfield at dana.whitfield@lakeshorelive.com.

        Sincerely,
        Lakeshore Live Events Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VTZ["Central Standard Time"]}
BEGIN:VEVENT
UID:icims-int-2026-4471-88123@talent.icims.com
DTSTAMP:20261029T192000Z
DTSTART;TZID=Central Standard Time:20261102T090000
DTEND;TZID=Central Standard Time:20261102T100000
SUMMARY:Interview: International Tour Logistics Coordinator - Lena Gruber
LOCATION:https://lakeshorelive.webex.com/meet/dwhitfield
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@lakeshorelive.com
ATTENDEE;CN=Lena Gruber;RSVP=TRUE:mailto:lena.gruber@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Lakeshore Live Events", "lakeshorelive@talent.icims.com"),
             "Interview Confirmation - International Tour Logistics Coordinator", "2026-10-29 14:20",
             "America/Chicago", "<1730229600.7713.careers-lakeshorelive@talent.icims.com>",
             host="mta12.talent.icims.com", ip="64.94.36.112")
    return message(h, mixed(text(body, charset="windows-1252"),
                            calendar(ics, filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: rescheduled


@mail(name(17), family="human_prose", lang="en", interview=True, kind="rescheduled",
      start="2026-10-02T09:00:00Z", end="2026-10-02T10:30:00Z",
      contact="priya.nair@fernweh-travel.com", company="Fernweh Travel Tech GmbH",
      local="Fri 2026-10-02 11:00", local_end="2026-10-02 12:30", zone=B,
      note="Recruiter moves the second round 'from Wednesday (30 Sep, 3pm) to Friday, 2 October at "
           "11:00 CEST', 'still the full 90 minutes' -> new time 09:00Z-10:30Z; old time also in the "
           "mail; contact = sender")
def p17() -> bytes:
    body = t("""
        Hi Lena,

        Thanks a lot for being flexible! I've moved your second-round interview with Marco and Jule from Wednesday (30 Sep, 3pm) to Friday, 2 October at 11:00 CEST. It's still the full 90 minutes - 60 for the case study walkthrough and 30 for your questions. Same Google Meet link as before.

        The calendar invite will update automatically, you can ignore the old one.

        Have a great weekend,
        Priya

        Priya Nair
        Talent Partner | Fernweh Travel Tech
        fernweh-travel.com

        On Sun, 27 Sept 2026 at 19:02, Lena Gruber <lena.gruber@example.org> wrote:
        > Hi Priya,
        >
        > I'm so sorry, but I've just been told I need to be on site for a client rehearsal on Wednesday afternoon. Would Friday morning work instead? Anything from 9:00 is fine.
        >
        > Best,
        > Lena
        """)
    h = hdrs(addr("Priya Nair", "priya.nair@fernweh-travel.com"),
             "Re: Second round - Event Operations Coordinator", "2026-09-28 09:40", B,
             "<CAJp7wE3xQ2mN9rT5vB1cY8dZ4fG6hK0lP2sR7uW3yA5bC9eD1g@mail.gmail.com>",
             host="mail-lf1-f46.google.com", ip="209.85.167.46",
             extra=(("In-Reply-To", "<0b4c5d6e-7f80-4a91-b2c3-d4e5f6a7b8c9@example.org>"),
                    ("References", "<CAJp7wE1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2wX3yZ4@mail.gmail.com> "
                                   "<0b4c5d6e-7f80-4a91-b2c3-d4e5f6a7b8c9@example.org>")))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(name(18), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
      start="2026-10-27T08:00:00Z", end="2026-10-27T10:00:00Z",
      contact="franziska.obermaier@isarwerk-messebau.de", company="Isarwerk Messebau GmbH",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 11:00", zone=B,
      note="Bavarian employer, Exchange update (SEQUENCE:1) sent Tue 20 Oct in CEST: second interview moved "
           "from Do, 22.10., 14 Uhr to 'kommenden Dienstag, 27.10., von 9 bis 11 Uhr' in Munich - after the "
           "25 Oct switch, so CET UTC+1 -> 08:00Z-10:00Z; ICS W. Europe Standard Time agrees; contact = ORGANIZER")
def p18() -> bytes:
    body = t("""
        Grüß Gott Frau Gruber,

        leider ist unser Geschäftsführer, Herr Haslbeck, am Donnerstag kurzfristig bei einem Kunden in Nürnberg. Wie heute früh am Telefon besprochen, verlegen wir Ihr zweites Gespräch daher vom Donnerstag, 22.10., 14 Uhr auf kommenden Dienstag, 27.10., von 9 bis 11 Uhr – wie gehabt bei uns vor Ort in Giesing, mit kurzer Führung durch die Werkstatt und die Halle.

        Bitte melden Sie sich am Empfang im Verwaltungsgebäude (Eingang Tegernseer Landstraße).

        Viele Grüße und bis Dienstag
        Franziska Obermaier
        Personalreferentin

        Isarwerk Messebau GmbH | Tegernseer Landstraße 161 | 81539 München
        """)
    htm = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Grüß Gott Frau Gruber,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">leider ist unser Geschäftsführer, Herr Haslbeck, am Donnerstag kurzfristig bei einem Kunden in Nürnberg. Wie heute früh am Telefon besprochen, verlegen wir Ihr zweites Gespräch daher vom Donnerstag, 22.10., 14 Uhr auf <b>kommenden Dienstag, 27.10., von 9 bis 11 Uhr</b> – wie gehabt bei uns vor Ort in Giesing, mit kurzer Führung durch die Werkstatt und die Halle.</p>
        <p class="MsoNormal">Bitte melden Sie sich am Empfang im Verwaltungsgebäude (Eingang Tegernseer Landstraße).</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Viele Grüße und bis Dienstag<br>Franziska Obermaier<br>Personalreferentin</p>
        <p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Isarwerk Messebau GmbH | Tegernseer Landstraße 161 | 81539 München</span></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Obermaier Franziska:mailto:franziska.obermaier@isarwerk-messebau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lena.gruber@example.org:mailto:lena.gruber@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Haslbeck Ludwig:mailto:ludwig.haslbeck@isarwerk-messebau.de
DESCRIPTION;LANGUAGE=de-DE:Zweites Gespräch vor Ort inkl. Werkstattführung\\n
UID:040000008200E00074C5B7101A82E00800000000C4D91B2E6A5FDD01000000000000000010000000F1E2D3C4B5A6978877665544332211
SUMMARY;LANGUAGE=de-DE:Zweites Gespräch Gruber / Isarwerk Messebau (vor Ort)
DTSTART;TZID=W. Europe Standard Time:20261027T090000
DTEND;TZID=W. Europe Standard Time:20261027T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261020T140500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Isarwerk Messebau\\, Tegernseer Landstraße 161\\, München
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    subject = "Aktualisiert: Zweites Gespräch Gruber / Isarwerk Messebau (vor Ort)"
    h = hdrs(addr("Obermaier Franziska", "franziska.obermaier@isarwerk-messebau.de"), subject,
             "2026-10-20 16:05", B, "<FR2P281MB2307E9A8B7C6D5E4F3A2B1C0D9E8@FR2P281MB2307.DEUP281.PROD.OUTLOOK.COM>",
             host="mail-fr2deu01on2059.outbound.protection.outlook.com", ip="52.100.171.59", to=LENA,
             extra=(("Thread-Topic", enc("Zweites Gespräch Gruber / Isarwerk Messebau (vor Ort)")),
                    ("Thread-Index", "AdsQ4k7wYb3Z1n5cS8KjRk2W9bQxTgAEh1Xc"),
                    ("Content-Language", "de-DE"),
                    ("X-MS-Has-Attach", ""),
                    ("X-MS-TNEF-Correlator", "")))
    return message(h, alt(text(body), html(htm), calendar(ics, cte="base64")))


@mail(name(19), family="lever", lang="en", interview=True, kind="rescheduled",
      start="2026-11-16T17:00:00Z", end="2026-11-16T17:45:00Z",
      contact="jamie.okafor@brightwater-audio.com", company="Brightwater Audio Ltd",
      local="Mon 2026-11-16 17:00", local_end="2026-11-16 17:45", zone="Europe/London",
      note="Lever reschedule: previously Thu 12 Nov 4:00 PM GMT, new 'Monday, November 16, 2026, 5:00 PM - "
           "5:45 PM GMT' (London, UTC+0 in November) -> 17:00Z-17:45Z; ICS SEQUENCE:1 in UTC agrees; "
           "contact = Reply-To / ORGANIZER")
def p19() -> bytes:
    body = t("""
        Hi Lena,

        Your interview with Brightwater Audio has been rescheduled.

        PREVIOUSLY
        Thursday, November 12, 2026, 4:00 PM - 4:45 PM GMT

        NEW TIME
        Monday, November 16, 2026, 5:00 PM - 5:45 PM GMT
        (6:00 PM - 6:45 PM in Salzburg)

        Interview: Live Events Producer - Team interview
        Interviewers: Jamie Okafor, Sunita Rao
        Video call: https://meet.google.com/pfd-wkoa-xzt

        An updated calendar invitation is attached. Reply to this email if you have any questions.

        Thanks,
        Jamie Okafor
        People Team, Brightwater Audio
        """)
    htm = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f1f1f">
        <p>Hi Lena,</p>
        <p>Your interview with Brightwater Audio has been <b>rescheduled</b>.</p>
        <p style="color:#888;text-decoration:line-through;margin-bottom:0">Thursday, November 12, 2026, 4:00 PM - 4:45 PM GMT</p>
        <p style="font-size:16px;margin-top:4px"><b>Monday, November 16, 2026, 5:00 PM - 5:45 PM GMT</b><br>
        <span style="color:#666">(6:00 PM - 6:45 PM in Salzburg)</span></p>
        <p>Interview: Live Events Producer - Team interview<br>Interviewers: Jamie Okafor, Sunita Rao<br>
        Video call: <a href="https://meet.google.com/pfd-wkoa-xzt">https://meet.google.com/pfd-wkoa-xzt</a></p>
        <p>An updated calendar invitation is attached. Reply to this email if you have any questions.</p>
        <p>Thanks,<br>Jamie Okafor<br>People Team, Brightwater Audio</p>
        <p style="font-size:11px;color:#aaa">Sent via Lever</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-2b7e91c4-5d3a-4f60-8e12-a9b0c1d2e3f4
DTSTAMP:20261110T101500Z
DTSTART:20261116T170000Z
DTEND:20261116T174500Z
SUMMARY:Live Events Producer - Team interview (Lena Gruber)
LOCATION:https://meet.google.com/pfd-wkoa-xzt
ORGANIZER;CN=Jamie Okafor:mailto:jamie.okafor@brightwater-audio.com
ATTENDEE;CN=Lena Gruber;RSVP=TRUE:mailto:lena.gruber@example.org
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Jamie Okafor", "no-reply@hire.lever.co"),
             "Updated: Your interview with Brightwater Audio has been rescheduled", "2026-11-10 10:15",
             "Europe/London", "<20261110101502.4f8e2a1c9b3d@hire.lever.co>",
             host="o7.hire.lever.co", ip="198.21.5.77",
             extra=(("Reply-To", addr("Jamie Okafor", "jamie.okafor@brightwater-audio.com")),))
    return message(h, mixed(alt(text(body), html(htm)),
                            calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(name(20), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-12-09T09:00:00Z", end=None,
      contact="alois.reiter@chiemgau-eventmanufaktur.de", company="Chiemgau Eventmanufaktur GmbH",
      local="Wed 2026-12-09 10:00", zone=B,
      note="Bavarian managing director (Outlook, windows-1252 QP): moved from 'Montag (7.12., 14 Uhr)' to "
           "'Mittwoch, den 9. Dezember, um 10 Uhr' in Rosenheim, CET UTC+1 -> 09:00Z; no length -> end "
           "null; contact = sender")
def p20() -> bytes:
    body = t("""
        Grüß Gott Frau Gruber,

        wie gestern am Telefon ausgemacht, verschieben wir unser Gespräch vom Montag (7.12., 14 Uhr) auf Mittwoch, den 9. Dezember, um 10 Uhr. Der Ort bleibt gleich: bei uns im Büro in Rosenheim, Münchener Straße 40, 1. Stock.

        Weil Sie mit dem Zug aus Salzburg kommen: vom Bahnhof sind's grad fünf Minuten zu Fuß, einfach die Münchener Straße stadtauswärts. Parken wär' im Hof auch möglich.

        Ich freu mich, dass es klappt – und nochmal Entschuldigung für das Hin und Her.

        Pfiat Eahna
        Alois Reiter
        Geschäftsführer

        Chiemgau Eventmanufaktur GmbH
        Münchener Straße 40 · 83022 Rosenheim
        Tel. 08031 / 23 44 07
        """)
    h = hdrs(addr("Alois Reiter", "alois.reiter@chiemgau-eventmanufaktur.de"),
             "AW: Ihr Besuch bei uns in Rosenheim", "2026-12-04 08:12", B,
             "<000c01db4f2a$8e3d1c20$aab75460$@chiemgau-eventmanufaktur.de>",
             host="mout.kundenserver.de", ip="212.227.126.133",
             extra=(("In-Reply-To", "<3f1e2d4c-5b6a-4789-8c0d-1e2f3a4b5c6d@example.org>"),
                    ("X-Mailer", "Microsoft Outlook 16.0"),
                    ("Thread-Index", "AQHbT5xK2vR0m8sT1kW3n5Jd9fLqYg=="),
                    ("Content-Language", "de")),
             charset="windows-1252")
    return message(h, text(body, charset="windows-1252"))


# =========================================================================== positives: cancelled


@mail(name(21), family="ashby", lang="en", interview=True, kind="cancelled",
      start="2026-10-22T13:00:00Z", end="2026-10-22T13:45:00Z",
      contact="elena.vasquez@pinecrestlabs.io", company="Pinecrest Labs",
      local="Thu 2026-10-22 15:00", local_end="2026-10-22 15:45", zone=V,
      note="Ashby cancellation without a new time (role on hold); cancelled slot 'Thursday, October 22, "
           "2026, 3:00 PM - 3:45 PM CEST' (still CEST, UTC+2) -> 13:00Z-13:45Z; ICS METHOD:CANCEL agrees; "
           "contact = Reply-To recruiter")
def p21() -> bytes:
    body = t("""
        Hi Lena,

        Unfortunately we need to cancel your upcoming interview:

        Event Operations Lead - Hiring Manager Screen
        Thursday, October 22, 2026, 3:00 PM - 3:45 PM CEST

        We've put the Event Operations Lead role on hold while we finalise next year's budget, so we
        won't be moving forward with interviews for now. I'm really sorry for the short notice - I'll
        reach out personally if the role reopens.

        Elena Vasquez
        Recruiting, Pinecrest Labs
        """)
    htm = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#2a2a2a">
        <p>Hi Lena,</p>
        <p>Unfortunately we need to cancel your upcoming interview:</p>
        <p style="padding:10px;border-left:3px solid #d33"><b>Event Operations Lead - Hiring Manager Screen</b><br>
        Thursday, October 22, 2026, 3:00 PM - 3:45 PM CEST</p>
        <p>We&#x27;ve put the Event Operations Lead role on hold while we finalise next year&#x27;s budget, so we won&#x27;t be moving forward with interviews for now. I&#x27;m really sorry for the short notice - I&#x27;ll reach out personally if the role reopens.</p>
        <p>Elena Vasquez<br>Recruiting, Pinecrest Labs</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
UID:9e1d2c3b-4a5f-6e7d-8c9b-0a1f2e3d4c5b
DTSTAMP:20261019T110000Z
DTSTART:20261022T130000Z
DTEND:20261022T134500Z
SEQUENCE:1
SUMMARY:Pinecrest Labs - Event Operations Lead - Hiring Manager Screen
ORGANIZER;CN=Elena Vasquez:mailto:elena.vasquez@pinecrestlabs.io
ATTENDEE;CN=Lena Gruber;ROLE=REQ-PARTICIPANT:mailto:lena.gruber@example.org
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Pinecrest Labs", "no-reply@ashbyhq.com"),
             "Interview cancelled: Event Operations Lead at Pinecrest Labs", "2026-10-19 13:00", V,
             "<010001928b44c1f0-7e2d9a3b-1c4f-4d8e-a2b5-6f0c3e9d1a27-000000@email.amazonses.com>",
             host="a8-33.smtp-out.amazonses.com", ip="54.240.8.33",
             extra=(("Reply-To", addr("Elena Vasquez", "elena.vasquez@pinecrestlabs.io")),))
    return message(h, mixed(alt(text(body, cte="base64"), html(htm, cte="base64")),
                            calendar(ics, method="CANCEL", cte="base64", filename="cancel.ics",
                                     disposition="attachment")))


@mail(name(22), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-11-30T13:00:00Z", end="2026-11-30T14:00:00Z",
      contact="petra.lindner@stadtsaal-wien.at", company="Stadtsaal Wien Veranstaltungs GmbH",
      local="Mon 2026-11-30 14:00", local_end="2026-11-30 15:00", zone=V,
      note="Google Calendar cancellation 'Abgesagt: ... @ Mo. 30. Nov. 2026 14:00 - 15:00 (MEZ)' with the "
           "organiser's note (position filled internally), no new time; Vienna CET -> 13:00Z-14:00Z; ICS "
           "METHOD:CANCEL agrees; contact = ORGANIZER")
def p22() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Vorstellungsgespräch Lena Gruber – Produktionsleitung
        Montag, 30. November 2026 ⋅ 14:00–15:00
        Zeitzone: Europe/Vienna
        Ort: Stadtsaal Wien, Mariahilfer Straße 81, 1060 Wien

        Liebe Frau Gruber, es tut mir sehr leid: die Stelle wurde gestern intern nachbesetzt, daher muss ich unser Gespräch absagen. Ich behalte Ihre Unterlagen gerne in Evidenz. Herzliche Grüße, Petra Lindner

        Organisator
        Petra Lindner
        petra.lindner@stadtsaal-wien.at

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
        """)
    htm = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="background:#fce8e6;padding:8px;color:#a50e0e">Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.</div>
        <h2 style="font-size:20px;font-weight:400;text-decoration:line-through">Vorstellungsgespräch Lena Gruber – Produktionsleitung</h2>
        <div>Montag, 30. November 2026 ⋅ 14:00–15:00</div>
        <div style="color:#70757a">Zeitzone: Europe/Vienna</div>
        <div>Stadtsaal Wien, Mariahilfer Straße 81, 1060 Wien</div>
        <p>Liebe Frau Gruber, es tut mir sehr leid: die Stelle wurde gestern intern nachbesetzt, daher muss ich unser Gespräch absagen. Ich behalte Ihre Unterlagen gerne in Evidenz. Herzliche Grüße, Petra Lindner</p>
        <div><b>Organisator</b><br>Petra Lindner<br>petra.lindner@stadtsaal-wien.at</div>
        <div style="font-size:12px;color:#70757a">Einladung von Google Kalender</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VIENNA_TZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261130T140000
DTEND;TZID=Europe/Vienna:20261130T150000
DTSTAMP:20261125T163000Z
ORGANIZER;CN=Petra Lindner:mailto:petra.lindner@stadtsaal-wien.at
UID:2k9d8s7a6f5g4h3j2k1l0qwe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lena.gruber@example.org;X-NUM-GUESTS=0:mailto:lena.gruber@example.org
CREATED:20261119T101500Z
LAST-MODIFIED:20261125T163000Z
LOCATION:Stadtsaal Wien\\, Mariahilfer Straße 81\\, 1060 Wien
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Vorstellungsgespräch Lena Gruber – Produktionsleitung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    subject = ("Abgesagt: Vorstellungsgespräch Lena Gruber – Produktionsleitung @ Mo. 30. Nov. 2026 "
               "14:00 - 15:00 (MEZ) (lena.gruber@example.org)")
    h = hdrs(addr("Petra Lindner", "petra.lindner@stadtsaal-wien.at"), subject, "2026-11-25 17:30", V,
             "<calendar-b3c4d5e6-f7a8-4b9c-0d1e-2f3a4b5c6d7e@google.com>",
             host="mail-sor-f69.google.com", ip="209.85.220.69",
             extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    return message(h, mixed(
        alt(text(body), html(htm), calendar(ics, method="CANCEL", cte="base64")),
        calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                 disposition="attachment", name_param=True)))


@mail(name(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start="2026-12-11T08:00:00Z", end=None,
      contact="m.leitner@donaulaende-kongress.at", company="Donaulände Kongress GmbH",
      local="Fri 2026-12-11 09:00", zone=V,
      note="Recruiter cancels the second interview 'am Freitag, 11.12., um 9 Uhr' in Linz (CET, UTC+1 -> "
           "08:00Z); new dates only promised for 'Jänner' -> cancelled, no new time; contact = sender")
def p23() -> bytes:
    body = t("""
        Liebe Frau Gruber,

        leider muss ich unser zweites Gespräch am Freitag, 11.12., um 9 Uhr absagen – unsere Geschäftsführerin Frau Mag. Eder ist krankheitsbedingt bis auf Weiteres ausgefallen, und ohne sie möchten wir die Entscheidung nicht vorbereiten.

        Ich melde mich, sobald ich Ihnen neue Termine vorschlagen kann, voraussichtlich Mitte Jänner. Heuer wird es sich leider nicht mehr ausgehen.

        Ich bitte um Ihr Verständnis und wünsche Ihnen trotzdem eine schöne Adventzeit!

        Beste Grüße
        Martina Leitner
        Recruiting & Employer Branding
        Donaulände Kongress GmbH | Untere Donaulände 7 | 4020 Linz
        T +43 732 7612-340
        """)
    htm = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Liebe Frau Gruber,</p>
        <p>leider muss ich unser zweites Gespräch am Freitag, 11.12., um 9 Uhr absagen – unsere Geschäftsführerin Frau Mag. Eder ist krankheitsbedingt bis auf Weiteres ausgefallen, und ohne sie möchten wir die Entscheidung nicht vorbereiten.</p>
        <p>Ich melde mich, sobald ich Ihnen neue Termine vorschlagen kann, voraussichtlich Mitte Jänner. Heuer wird es sich leider nicht mehr ausgehen.</p>
        <p>Ich bitte um Ihr Verständnis und wünsche Ihnen trotzdem eine schöne Adventzeit!</p>
        <p>Beste Grüße<br>Martina Leitner<br>Recruiting &amp; Employer Branding<br>Donaulände Kongress GmbH | Untere Donaulände 7 | 4020 Linz<br>T +43 732 7612-340</p>
        </body></html>
        """)
    h = hdrs(addr("Martina Leitner", "m.leitner@donaulaende-kongress.at"),
             "Absage Termin 11.12. – zweites Gespräch", "2026-12-07 08:45", V,
             "<AM9P193MB1540D2E3F4A5B6C7D8E9F0A1B2C3@AM9P193MB1540.EURP193.PROD.OUTLOOK.COM>",
             host="mail-am6eur05on2097.outbound.protection.outlook.com", ip="40.107.22.97",
             extra=(("Content-Language", "de-AT"),))
    return message(h, alt(text(body), html(htm)))


# =========================================================================== negatives


@mail(name(24), family="rejection", lang="en", interview=False, company="Danubia Hospitality Group",
      note="Taleo rejection after an earlier interview ('interviewing with us on September 10'); no upcoming "
           "interview")
def n24() -> bytes:
    body = t("""
        Dear Lena Gruber,

        Thank you for your interest in the position of Conference & Events Manager (Requisition 260118)
        at Danubia Hospitality Group, and for taking the time to interview with us on September 10.

        After careful consideration, we have decided to move forward with another candidate whose
        experience more closely matches the current needs of the property.

        We will keep your profile in our talent community and encourage you to apply for future
        openings that match your skills.

        Kind regards,
        Talent Acquisition
        Danubia Hospitality Group

        This is an automated message. Please do not reply to this email.
        """)
    h = hdrs(addr("Danubia Hospitality Group", "danubiahospitality@taleo.net"),
             "Your application for Conference & Events Manager - Danubia Hospitality Group",
             "2026-09-15 16:02", V, "<1147382920.331829.1789480920117.JavaMail.taleo@dhg-tlo-mail07>",
             host="smtp07.taleo.net", ip="160.34.12.77")
    return message(h, text(body, charset="iso-8859-1"))


@mail(name(25), family="offer", lang="de", interview=False, company="Mozartbühne Events GmbH",
      days=(("Wed", "2026-10-07"), ("Fri", "2026-10-09")),
      note="Job offer after the September interview; it fixes a contract-signing appointment 'Mittwoch, "
           "7.10., um 10 Uhr' - a confirmed time, but not an interview")
def n25() -> bytes:
    body = t("""
        Liebe Frau Gruber,

        ich freue mich sehr, Ihnen im Namen der Geschäftsführung die Stelle als Projektkoordinatorin
        Veranstaltungslogistik anbieten zu dürfen! Das Gespräch mit Ihnen hat uns alle überzeugt.

        Die Eckdaten:
        - Eintritt: 1. Jänner 2027
        - 38,5 Stunden/Woche, Gleitzeit, 2 Tage Homeoffice
        - Bruttomonatsgehalt: EUR 3.450,- (14 x jährlich), Einstufung nach KV Handel
        - Das Vertragsangebot finden Sie im Anhang.

        Wenn Sie einverstanden sind, würden wir den Dienstvertrag gerne am Mittwoch, 7.10., um 10 Uhr
        bei uns in der Rainerstraße unterschreiben - bei der Gelegenheit lernen Sie gleich das ganze
        Produktionsteam kennen. Um eine kurze Rückmeldung bis Freitag, 9.10., wäre ich dankbar.

        Herzliche Grüße
        Katharina Moser
        People & Culture
        Mozartbühne Events GmbH
        """)
    pdf = raw_part([("Content-Type", 'application/pdf; name="Dienstvertrag_Gruber_Entwurf.pdf"'),
                    ("Content-Disposition", 'attachment; filename="Dienstvertrag_Gruber_Entwurf.pdf"'),
                    ("Content-Transfer-Encoding", "base64")],
                   "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRv\n"
                   "YmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n")
    h = hdrs(addr("Katharina Moser", "katharina.moser@mozartbuehne-events.at"),
             "Ihr Angebot – Projektkoordinatorin Veranstaltungslogistik", "2026-10-02 11:30", V,
             "<AS8P250MB0812A1B2C3D4E5F6A7B8C9D0E1F2@AS8P250MB0812.EURP250.PROD.OUTLOOK.COM>",
             host="mail-db8eur05on2131.outbound.protection.outlook.com", ip="40.107.20.131",
             extra=(("Content-Language", "de-AT"),))
    return message(h, mixed(text(body), pdf))


@mail(name(26), family="application_receipt", lang="de", interview=False, company="Almhof Catering GmbH",
      note="JOIN application receipt (du-Form): 'wir melden uns innerhalb von 14 Tagen' - no interview")
def n26() -> bytes:
    body = t("""
        Hallo Lena,

        danke für deine Bewerbung als Event- & Cateringkoordinatorin (m/w/d) bei Almhof Catering!

        Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Du hörst innerhalb von
        14 Tagen von uns - egal ob wir dich zu einem Kennenlernen einladen oder nicht.

        Den Status deiner Bewerbung siehst du jederzeit in deinem JOIN-Profil:
        https://join.com/candidate/applications

        Liebe Grüße
        Thomas vom Almhof-Team

        --
        Almhof Catering GmbH · Amraser Straße 120 · 6020 Innsbruck
        Versendet mit JOIN · join.com
        """)
    htm = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1a1a1a;background:#f7f7f8">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;border-radius:8px">
        <p>Hallo Lena,</p>
        <p>danke für deine Bewerbung als <b>Event- &amp; Cateringkoordinatorin (m/w/d)</b> bei Almhof Catering!</p>
        <p>Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Du hörst innerhalb von 14 Tagen von uns &ndash; egal ob wir dich zu einem Kennenlernen einladen oder nicht.</p>
        <p><a href="https://join.com/candidate/applications" style="color:#2962ff">Bewerbungsstatus ansehen</a></p>
        <p>Liebe Grüße<br>Thomas vom Almhof-Team</p>
        <p style="font-size:12px;color:#888">Almhof Catering GmbH &middot; Amraser Stra&szlig;e 120 &middot; 6020 Innsbruck<br>Versendet mit JOIN</p>
        </div></body></html>
        """)
    h = hdrs(addr("Almhof Catering via JOIN", "no-reply@join.com"),
             "Deine Bewerbung bei Almhof Catering ist eingegangen", "2026-09-07 20:14", V,
             "<20260907181402.6c1f9e0a2b3d@join.com>", host="mail190-12.suw21.mandrillapp.com",
             ip="198.2.190.12",
             extra=(("Reply-To", "almhof-catering-6f2a1c@reply.join.com"),))
    return message(h, alt(text(body), html(htm)))


@mail(name(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert with twelve new listings; mentions interviews only in a tips teaser")
def n27() -> bytes:
    body = t("""
        Neue Jobs für Ihren Suchauftrag "Eventmanagement - Salzburg + 50 km"

        12 neue Stellen seit Ihrem letzten Besuch

        Eventmanager:in (w/m/x) - Festspielbezirk Gastro GmbH - Salzburg - Vollzeit - ab EUR 2.900 brutto
        Projektleitung Messe & Kongress - Messezentrum Nord - Salzburg - Vollzeit
        Veranstaltungskoordination (Karenzvertretung) - Stiftung Kulturhaus Hallein - Hallein - Teilzeit 30h
        Logistics Coordinator Events - Peak Rental Austria - Eugendorf - Vollzeit
        ... und 8 weitere

        Alle Jobs ansehen: https://www.karrierenetz.at/suchauftrag/4471823

        TIPP DER WOCHE: Gehaltsfrage im Vorstellungsgespräch - so antworten Sie souverän
        https://www.karrierenetz.at/ratgeber/gehaltsfrage

        Sie erhalten diese E-Mail, weil Sie einen Suchauftrag auf karrierenetz.at angelegt haben.
        Suchauftrag bearbeiten oder abbestellen: https://www.karrierenetz.at/suchauftrag/4471823/abmelden
        """)
    htm = t("""
        <html><body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif">
        <table width="600" align="center" style="background:#fff">
        <tr><td style="background:#00476b;color:#fff;padding:16px;font-size:18px">karrierenetz.at</td></tr>
        <tr><td style="padding:16px"><h1 style="font-size:18px">12 neue Stellen für &quot;Eventmanagement - Salzburg + 50 km&quot;</h1>
        <p><a href="https://www.karrierenetz.at/job/88123">Eventmanager:in (w/m/x)</a><br><span style="color:#666">Festspielbezirk Gastro GmbH &middot; Salzburg &middot; Vollzeit &middot; ab EUR 2.900 brutto</span></p>
        <p><a href="https://www.karrierenetz.at/job/88140">Projektleitung Messe &amp; Kongress</a><br><span style="color:#666">Messezentrum Nord &middot; Salzburg &middot; Vollzeit</span></p>
        <p><a href="https://www.karrierenetz.at/job/88177">Veranstaltungskoordination (Karenzvertretung)</a><br><span style="color:#666">Stiftung Kulturhaus Hallein &middot; Hallein &middot; Teilzeit 30h</span></p>
        <p><a href="https://www.karrierenetz.at/job/88191">Logistics Coordinator Events</a><br><span style="color:#666">Peak Rental Austria &middot; Eugendorf &middot; Vollzeit</span></p>
        <p><a href="https://www.karrierenetz.at/suchauftrag/4471823">Alle 12 Jobs ansehen</a></p>
        <p style="background:#fff6d6;padding:10px"><b>Tipp der Woche:</b> <a href="https://www.karrierenetz.at/ratgeber/gehaltsfrage">Gehaltsfrage im Vorstellungsgespräch &ndash; so antworten Sie souverän</a></p>
        </td></tr>
        <tr><td style="padding:16px;font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. <a href="https://www.karrierenetz.at/suchauftrag/4471823/abmelden">Abmelden</a></td></tr>
        </table></body></html>
        """)
    h = hdrs(addr("karrierenetz.at Jobalarm", "jobalarm@mail.karrierenetz.at"),
             "12 neue Jobs: Eventmanagement in Salzburg", "2026-10-12 06:30", V,
             "<jobalarm.4471823.20261012043000@mail.karrierenetz.at>", host="mail.karrierenetz.at",
             ip="185.17.78.40",
             extra=(("List-Unsubscribe", "<https://www.karrierenetz.at/suchauftrag/4471823/abmelden>"),
                    ("Precedence", "bulk")))
    return message(h, alt(text(body), html(htm)))


@mail(name(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career blog newsletter about interview preparation; example phrases with times ('am Montag um "
           "9 Uhr') are not an appointment")
def n28() -> bytes:
    htm = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;color:#222;max-width:620px;margin:auto">
        <p style="font-family:Arial;font-size:12px;color:#999">Der Karrierebrief · Ausgabe 38/2026</p>
        <h1 style="font-size:24px">Ihr Vorstellungsgespräch ist fix – und jetzt?</h1>
        <p>Die Einladung ist da: „Wir freuen uns, Sie am Montag um 9 Uhr bei uns begrüßen zu dürfen.“ Jetzt beginnt die eigentliche Arbeit. Sieben Dinge, die Sie in den Tagen davor erledigen sollten:</p>
        <ol>
        <li><b>Bestätigen Sie den Termin schriftlich</b> – kurz, freundlich, mit Datum und Uhrzeit.</li>
        <li><b>Recherchieren Sie die Gesprächspartner</b> – wer sitzt Ihnen gegenüber?</li>
        <li><b>Üben Sie die Selbstpräsentation</b>: zwei Minuten, nicht mehr.</li>
        <li><b>Planen Sie die Anreise</b> – lieber 15 Minuten zu früh als eine Minute zu spät.</li>
        <li><b>Bereiten Sie eigene Fragen vor.</b></li>
        <li><b>Klären Sie Ihre Gehaltsvorstellung</b> – brutto, 14 Gehälter.</li>
        <li><b>Video-Interview?</b> Technik am Vortag testen.</li>
        </ol>
        <p>Im nächsten Karrierebrief: Was tun, wenn das Unternehmen den Termin kurzfristig absagt?</p>
        <p><a href="https://karrierebrief.example.com/artikel/vorstellungsgespraech-fix">Weiterlesen im Blog</a></p>
        <p style="font-family:Arial;font-size:11px;color:#999">Sie erhalten den Karrierebrief, weil Sie sich angemeldet haben. <a href="https://karrierebrief.example.com/abmelden">Abmelden</a></p>
        </body></html>
        """)
    h = hdrs(addr("Der Karrierebrief", "newsletter@karrierebrief.example.com"),
             "Ihr Vorstellungsgespräch ist fix – und jetzt? 7 Dinge für die Tage davor", "2026-09-24 07:00", V,
             "<nl-38-2026.7f3e1a@karrierebrief.example.com>", host="mta-eu3.sendinblue.com", ip="185.41.28.110",
             extra=(("List-Unsubscribe", "<https://karrierebrief.example.com/abmelden>"),
                    ("List-Id", "Der Karrierebrief <karrierebrief.example.com>"),
                    ("Precedence", "bulk")))
    return message(h, html(htm))


@mail(name(29), family="self_schedule", lang="de", interview=False, company="Gosau Outdoor Events GmbH",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21"), ("Fri", "2026-10-23")),
      note="Recruitee self-scheduling invitation: lists free slots (Di, 20.10., 10:00 ...) and asks the "
           "candidate to pick one; nothing booked yet")
def n29() -> bytes:
    body = t("""
        Hallo Lena,

        danke für deine Bewerbung als Teamleitung Outdoor-Events! Wir würden dich gern in einem
        30-minütigen Video-Call kennenlernen.

        Bitte wähle über den folgenden Link einen Termin, der dir passt:
        https://gosau-outdoor-events.recruitee.com/scheduler/9c2d7e1a

        Aktuell sind z. B. noch frei:
          Di, 20.10., 10:00
          Mi, 21.10., 14:30
          Fr, 23.10., 09:00

        Sobald du einen Slot gebucht hast, bekommst du eine Bestätigung mit dem Link zum Call.

        Servus aus dem Salzkammergut
        Verena Höll
        Gosau Outdoor Events GmbH

        Gesendet mit Recruitee
        """)
    h = hdrs(addr("Verena Höll | Gosau Outdoor Events", "no-reply@recruitee.com"),
             "Wähle einen Termin für dein Kennenlernen", "2026-10-15 14:10", V,
             "<recruitee.offer.4471.candidate.99812.20261015121005@recruitee.com>",
             host="o1.mail.recruitee.com", ip="149.72.201.31",
             extra=(("Reply-To", "gosau-outdoor-events+c99812@inbound.recruitee.com"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(name(30), family="recruiter_outreach", lang="de", interview=False,
      company="Kessler & Partner Personalberatung GmbH",
      note="Headhunter outreach: asks whether Lena has time for a short call 'in den nächsten Tagen'; no time fixed")
def n30() -> bytes:
    body = t("""
        Sehr geehrte Frau Gruber,

        ich bin über Ihr Profil auf LinkedIn auf Sie aufmerksam geworden. Für einen langjährigen Mandanten,
        einen familiengeführten Messebauer im Großraum München, suche ich aktuell eine
        Leitung Projektlogistik (m/w/d) - eine spannende Position mit Personalverantwortung für 8 Mitarbeitende.

        Hätten Sie in den nächsten Tagen Zeit für ein kurzes, vertrauliches Telefonat? Nennen Sie mir gerne
        zwei, drei Zeitfenster, ich richte mich nach Ihnen.

        Mit besten Grüßen aus Schwabing

        Dr. Christoph Kessler
        Managing Partner
        Kessler & Partner Personalberatung GmbH
        Leopoldstraße 74 · 80802 München
        +49 89 3839 4410 · christoph.kessler@kessler-partner.de
        """)
    h = hdrs(addr("Dr. Christoph Kessler", "christoph.kessler@kessler-partner.de"),
             "Vertrauliche Anfrage: Leitung Projektlogistik (m/w/d), Raum München", "2026-09-29 09:05", B,
             "<000001db3e1a$4f2c8b10$ed86a330$@kessler-partner.de>", host="mout.kundenserver.de",
             ip="212.227.126.187", extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(h, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(name(31), family="interview_proposed", lang="de", interview=False, company="Salzach Hotels & Resorts AG",
      days=(("Tue", "2026-11-10"), ("Fri", "2026-11-13")),
      note="Recruiter proposes 'Dienstag, 10.11., um 10 Uhr' or Friday afternoon and asks which suits; "
           "not confirmed (the confirmation comes in a later mail of the thread)")
def n31() -> bytes:
    body = t("""
        Sehr geehrte Frau Gruber,

        vielen Dank für Ihre Bewerbung für die Bankett- & Eventkoordination im Hotel Salzachblick. Wir würden
        Sie gerne persönlich kennenlernen.

        Würde Ihnen Dienstag, 10.11., um 10 Uhr passen? Alternativ ginge Freitag, 13.11., ab 14 Uhr. Geben Sie
        mir bitte kurz Bescheid, welcher Termin Ihnen lieber ist - die formale Einladung schicke ich Ihnen dann
        über unser Bewerbersystem.

        Mit freundlichen Grüßen
        Lisa Wimmer
        HR Business Partner
        Salzach Hotels & Resorts AG | Elisabethkai 58 | 5020 Salzburg
        """)
    h = hdrs(addr("Lisa Wimmer", "lisa.wimmer@salzach-hotels.at"),
             "Ihre Bewerbung – Terminvorschlag für ein Kennenlernen", "2026-11-03 15:20", V,
             "<DB9P190MB1761F3E2D1C0B9A8F7E6D5C4B3A2@DB9P190MB1761.EURP190.PROD.OUTLOOK.COM>",
             host="mail-db5eur03on2119.outbound.protection.outlook.com", ip="40.107.4.119",
             extra=(("Content-Language", "de-AT"),))
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(name(32), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="GP practice appointment confirmation with ICS (Mo, 5.10.2026, 08:15); confirmed time, not an interview")
def n32() -> bytes:
    body = t("""
        Guten Tag Frau Gruber,

        hiermit bestätigen wir Ihren Termin:

        Mo, 5.10.2026, 08:15 Uhr
        Ordination Dr. Eva Brandstätter, Ärztin für Allgemeinmedizin
        Ignaz-Harrer-Straße 44, 5020 Salzburg

        Grund: Gesundenuntersuchung (bitte nüchtern kommen, e-card nicht vergessen)

        Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte spätestens 24 Stunden vorher ab:
        https://termine.ordination-brandstaetter.at/absagen/T7Y2K

        Ihr Ordinationsteam
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ordinationssoftware//Terminbuchung 4.2//DE
METHOD:PUBLISH
{VIENNA_TZ}
BEGIN:VEVENT
UID:termin-T7Y2K@ordination-brandstaetter.at
DTSTAMP:20260930T071500Z
DTSTART;TZID=Europe/Vienna:20261005T081500
DTEND;TZID=Europe/Vienna:20261005T084500
SUMMARY:Gesundenuntersuchung - Dr. Brandstätter
LOCATION:Ignaz-Harrer-Straße 44\\, 5020 Salzburg
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Ordination Dr. Brandstätter", "termine@ordination-brandstaetter.at"),
             "Terminbestätigung Mo, 5.10.2026, 08:15 Uhr", "2026-09-30 09:15", V,
             "<termin-T7Y2K.1759216500@ordination-brandstaetter.at>", host="mail.ordination-brandstaetter.at",
             ip="91.118.44.19")
    return message(h, mixed(text(body, charset="iso-8859-1"),
                            calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                     disposition="attachment")))


@mail(name(33), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Property manager confirms a flat viewing 'am Samstag, 17.10., um 11 Uhr' - confirmed appointment, "
           "not an interview (the word 'Besichtigungstermin', 'Einladung')")
def n33() -> bytes:
    body = t("""
        Sehr geehrte Frau Gruber,

        danke für Ihr Interesse an der 3-Zimmer-Wohnung in der Schumacherstraße 12, Top 9 (Salzburg-Lehen,
        74 m², Loggia). Gerne bestätige ich Ihnen den Besichtigungstermin am Samstag, 17.10., um 11 Uhr.

        Treffpunkt ist direkt vor dem Haupteingang. Bitte bringen Sie zur Besichtigung eine Selbstauskunft
        und die letzten drei Gehaltszettel mit.

        Mit freundlichen Grüßen
        Ing. Robert Pernkopf
        Pernkopf Immobilien & Hausverwaltung
        Vogelweiderstraße 33, 5020 Salzburg
        """)
    h = hdrs(addr("Robert Pernkopf", "r.pernkopf@pernkopf-immobilien.at"),
             "Einladung zur Besichtigung – Schumacherstraße 12/9", "2026-10-13 17:48", V,
             "<5f0e9d8c-7b6a-4594-8a3b-2c1d0e9f8a7b@pernkopf-immobilien.at>", host="smtp.a1.net",
             ip="194.48.128.37")
    return message(h, text(body, cte="8bit"))


@mail(name(34), family="car_service", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Garage confirms a service/tyre-change appointment with ICS, Do, 22.10.2026, 07:30; not an interview")
def n34() -> bytes:
    body = t("""
        Sehr geehrte Frau Gruber,

        vielen Dank für Ihre Terminbuchung. Wir bestätigen:

        Termin:     Do, 22.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug:   Skoda Fabia, S-482 LG
        Leistungen: Jahresservice, Reifenwechsel auf Winterreifen (eingelagert)
        Abholung:   voraussichtlich ab 15:00 Uhr

        Ein Ersatzfahrzeug steht auf Wunsch zur Verfügung.

        Ihr Serviceteam
        Autohaus Pongau GmbH · Salzburger Straße 18 · 5500 Bischofshofen · 06462 / 24 81-0
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Autohaus Pongau//Werkstattplaner//DE
METHOD:PUBLISH
{VIENNA_TZ}
BEGIN:VEVENT
UID:ws-20261022-0730-S482LG@autohaus-pongau.at
DTSTAMP:20261016T080000Z
DTSTART;TZID=Europe/Vienna:20261022T073000
DTEND;TZID=Europe/Vienna:20261022T080000
SUMMARY:Werkstatttermin Autohaus Pongau (Service + Reifenwechsel)
LOCATION:Salzburger Straße 18\\, 5500 Bischofshofen
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Autohaus Pongau Service", "service@autohaus-pongau.at"),
             "Ihr Werkstatttermin am Do, 22.10.2026, 07:30 Uhr", "2026-10-16 10:00", V,
             "<wsp.20261016080000.22481@autohaus-pongau.at>", host="mx.autohaus-pongau.at", ip="217.13.180.66")
    return message(h, mixed(alt(text(body), html(gmail_html(body))),
                            calendar(ics, method="PUBLISH", cte="quoted-printable", filename="Werkstatttermin.ics",
                                     disposition="attachment")))


@mail(name(35), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School messaging platform confirms a parent-teacher slot (Elternsprechtag, Do, 19.11., "
           "16:20-16:30); fixed time, not a job interview")
def n35() -> bytes:
    body = t("""
        Liebe Frau Gruber,

        Ihr Termin beim Elternsprechtag wurde gebucht:

        Lehrkraft: Mag. Sandra Huber (Klassenvorständin 2b)
        Kind: Emma Gruber
        Datum: Donnerstag, 19.11.2026
        Zeit: 16:20 - 16:30 Uhr
        Raum: 2.07 (2. Stock, Westtrakt)

        Bitte seien Sie pünktlich, die Gespräche sind im 10-Minuten-Takt eingeteilt.

        Ihre Schulpost
        Mittelschule Salzburg-Itzling

        Diese Nachricht wurde automatisch von Schulpost versendet.
        """)
    h = hdrs(addr("Schulpost – MS Itzling", "benachrichtigung@schulpost.example.com"),
             "Elternsprechtag: Ihr Termin bei Mag. Sandra Huber", "2026-11-12 13:05", V,
             "<sp-msg-88213447@schulpost.example.com>", host="out2.schulpost.example.com", ip="185.26.156.80")
    return message(h, text(body))


@mail(name(36), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Exchange invite from Lena's current employer for an internal jour fixe (Do, 26.11., 08:30, "
           "W. Europe Standard Time); a work meeting, not an interview")
def n36() -> bytes:
    body = t("""
        Hallo zusammen,

        kurzer Jour fixe vor dem Aufbau Christkindlmarkt-Bühne: Ablauf Anlieferung, Kranstellung, Schichtplan
        Ordner. Bitte die aktualisierten Ladelisten mitbringen.

        Danke
        Gerhard

        Gerhard Pöschl
        Leitung Produktion
        Festungsevents Salzburg GmbH
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Pöschl Gerhard:mailto:gerhard.poeschl@festungsevents.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gruber Lena:mailto:lena.gruber@festungsevents.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lackner Michael:mailto:michael.lackner@festungsevents.at
DESCRIPTION;LANGUAGE=de-DE:Ablauf Anlieferung\\, Kranstellung\\, Schichtplan Ordner\\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DD01000000000000000010000000A1B2C3D4E5F6
SUMMARY;LANGUAGE=de-DE:Jour fixe Aufbau Christkindlmarkt-Bühne
DTSTART;TZID=W. Europe Standard Time:20261126T083000
DTEND;TZID=W. Europe Standard Time:20261126T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Hohensalzburg (1. OG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Pöschl Gerhard", "gerhard.poeschl@festungsevents.at"),
             "Jour fixe Aufbau Christkindlmarkt-Bühne", "2026-11-20 11:00", V,
             "<VI1P190MB0733C2D3E4F5A6B7C8D9E0F1A2B3@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM>",
             host="mail-vi1eur04on2070.outbound.protection.outlook.com", ip="40.107.8.70",
             to=addr("Gruber Lena", "lena.gruber@festungsevents.at") + ", "
             + addr("Lackner Michael", "michael.lackner@festungsevents.at"),
             extra=(("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(name(37), family="webinar", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="Zoom webinar registration 'Interview Skills for Event Professionals', Oct 15, 2026 06:00 PM "
           "Vienna; a confirmed time, but a webinar, not an interview")
def n37() -> bytes:
    body = t("""
        Hi Lena,

        Thank you for registering for "Interview Skills for Event Professionals: Landing Your Next Role".

        Date & Time: Oct 15, 2026 06:00 PM in Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us06web.zoom.us/w/86120447731?tk=Hk2bqM7yR9

        Passcode: 441290

        You can cancel your registration at any time.

        Speakers: Dr. Ines Valcárcel (career coach), Tom Hadley (Head of Talent, Waypoint Live)

        Hosted by EventPro Network Europe
        """)
    h = hdrs(addr("EventPro Network Europe", "no-reply@zoom.us"),
             "Interview Skills for Event Professionals: Landing Your Next Role Confirmation",
             "2026-10-09 12:41", V, "<Kq7vTj3aQ8e2xW1mRb0YzA@geopod-ismtpd-5>", host="o6.email.zoom.us",
             ip="149.72.186.6")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(name(38), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="Career coach confirms a paid mock interview ('Probe-Interview am Mo, 2.11., um 18 Uhr'); "
           "interview vocabulary and a fixed time, but a coaching session")
def n38() -> bytes:
    body = t("""
        Hallo Lena,

        schön, dass du dich für das Intensiv-Paket entschieden hast! Unser Probe-Interview ist fix: Mo, 2.11., um 18 Uhr, online über Zoom (Link kommt am Vortag).

        Ich spiele die Rolle der Personalleiterin eines Messeveranstalters - bitte schick mir bis Freitag die Stellenanzeige, auf die du dich gerade am meisten vorbereitest, dann baue ich die Fragen danach. Wir nehmen das Gespräch auf (nur für dich) und besprechen es danach in Ruhe.

        Rechnung über EUR 240,- (2 Einheiten) kommt separat.

        Alles Liebe
        Birgit

        Birgit Lechner | Karriere- & Bewerbungscoaching
        Linzer Bundesstraße 5, 5020 Salzburg | www.lechner-coaching.at
        """)
    h = hdrs(addr("Birgit Lechner", "birgit@lechner-coaching.at"), "Dein Probe-Interview am 2.11.",
             "2026-10-27 20:05", V, "<CAPx4n8fK1mQ2zW9rT7yB3cV5dX6gH0jL4nP8sR2tU@mail.gmail.com>",
             host="mail-ej1-f43.google.com", ip="209.85.218.43")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(name(39), family="auto_reply", lang="de", interview=False, company="Mozartbühne Events GmbH",
      days=(("Fri", "2026-09-18"),),
      note="Out-of-office auto-reply to Lena's thank-you note; dates of absence only")
def n39() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 18.9., nicht im Büro und habe nur eingeschränkt Zugriff auf meine
        E-Mails. In dringenden Fällen wenden Sie sich bitte an office@mozartbuehne-events.at oder
        +43 662 870 455-0.

        Mit freundlichen Grüßen
        Katharina Moser
        """)
    h = hdrs(addr("Katharina Moser", "katharina.moser@mozartbuehne-events.at"),
             "Automatische Antwort: Danke für das Gespräch heute", "2026-09-14 17:22", V,
             "<AS8P250MB08127A6B5C4D3E2F1A0B9C8D7E6F@AS8P250MB0812.EURP250.PROD.OUTLOOK.COM>",
             host="mail-db8eur05on2120.outbound.protection.outlook.com", ip="40.107.20.120",
             extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("In-Reply-To", "<8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a@example.org>")))
    return message(h, text(body))


@mail(name(40), family="bounce", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-25"),),
      note="Mailer-daemon bounce (typo in the domain) returning Lena's own confirmation 'Mi, 25.11., um "
           "10 Uhr' - it is her outgoing mail, not a confirmation from an employer")
def n40() -> bytes:
    report = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

                           The mail system

        <andrea.hofer@tabakwerk-event.at>: Host or domain name not found. Name service
            error for name=tabakwerk-event.at type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4Qm7Kx2Zb1z9vT
        Arrival-Date: Thu, 19 Nov 2026 12:51:40 +0100 (CET)

        Final-Recipient: rfc822; andrea.hofer@tabakwerk-event.at
        Original-Recipient: rfc822;andrea.hofer@tabakwerk-event.at
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=tabakwerk-event.at type=A: Host not found
        """)
    orig = message([
        ("From", addr("Lena Gruber", LENA)),
        ("To", addr("Andrea Hofer", "andrea.hofer@tabakwerk-event.at")),
        ("Subject", enc("Re: Einladung zum Vorstellungsgespräch - Eventkoordinatorin Kulturbetrieb (w/m/d)")),
        ("Date", date("2026-11-19 12:51", V)),
        ("Message-ID", "<d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f7a@example.org>"),
    ], text(t("""
        Sehr geehrte Frau Hofer,

        vielen Dank für die Einladung! Ich bestätige gerne den Termin am Mi, 25.11., um 10 Uhr und freue mich
        auf das Gespräch in Linz.

        Mit freundlichen Grüßen
        Lena Gruber
        """)))
    h = hdrs(addr("Mail Delivery System", "MAILER-DAEMON@smtp.example.org"),
             "Undelivered Mail Returned to Sender", "2026-11-19 12:51", V,
             "<20261119115141.4Qm7Kx2Zb1z9vT@smtp.example.org>", host="smtp.example.org", ip="192.0.2.25",
             extra=(("Auto-Submitted", "auto-replied"),), lag=1)
    return message(h, multipart("report", text(report, charset="us-ascii", cte="7bit"),
                                raw_part([("Content-Description", "Delivery report"),
                                          ("Content-Type", "message/delivery-status")], status),
                                attached_message(orig), params="report-type=delivery-status"))


@mail(name(41), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Regional events-industry mailing list: Stammtisch 'Do, 10.12., ab 19 Uhr' and a job-board "
           "round-up; list mail, no interview")
def n41() -> bytes:
    body = t("""
        Servus miteinander,

        kurze Erinnerung: unser letzter Stammtisch heuer ist am Do, 10.12., ab 19 Uhr im Stiegl-Keller (hinteres Stüberl, reserviert auf "Eventprofis").

        Außerdem hat uns die Moni gebeten, folgendes weiterzugeben:
        - Das Landestheater sucht ab Jänner eine Produktionsassistenz (Karenzvertretung, 30 h).
        - Die Messe Wels sucht Freelancer für den Aufbau der Agraria im Februar.
        Wer Fragen hat oder sich für ein Vorstellungsgespräch empfehlen lassen will, einfach direkt bei ihr melden.

        Bis Donnerstag!
        Flo

        --
        eventprofis-sbg mailing list
        eventprofis-sbg@lists.eventprofis.example.org
        https://lists.eventprofis.example.org/mailman/listinfo/eventprofis-sbg
        """)
    h = hdrs(addr("Florian Egger", "florian.egger@example.net"),
             "[eventprofis-sbg] Stammtisch Dezember + Jobbörse", "2026-12-01 21:17", V,
             "<a1f2e3d4-c5b6-4a79-8e0d-1c2b3a4f5e6d@example.net>", host="lists.eventprofis.example.org",
             ip="198.51.100.23", to="eventprofis-sbg@lists.eventprofis.example.org",
             extra=(("List-Id", "Eventprofis Salzburg <eventprofis-sbg.lists.eventprofis.example.org>"),
                    ("List-Post", "<mailto:eventprofis-sbg@lists.eventprofis.example.org>"),
                    ("List-Unsubscribe", "<https://lists.eventprofis.example.org/mailman/options/eventprofis-sbg>"),
                    ("Precedence", "list"),
                    ("Sender", "eventprofis-sbg-bounces@lists.eventprofis.example.org")))
    return message(h, text(body, cte="8bit"))


@mail(name(42), family="job_centre", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Employment-office (AMS) invitation to a counselling appointment 'Dienstag, 22. September 2026, "
           "09:30 Uhr' while Lena is registered as job-seeking during her notice period; 'Einladung', "
           "'Gespräch', fixed time - but not a job interview")
def n42() -> bytes:
    body = t("""
        Sehr geehrte Frau Gruber,

        wir laden Sie zu einem Beratungsgespräch ein:

        Termin:   Dienstag, 22. September 2026, 09:30 Uhr
        Ort:      AMS Salzburg, Auerspergstraße 67a, 5020 Salzburg, 2. Stock, Zimmer 2.14
        Beraterin: Frau Claudia Wieser

        Thema: Vereinbarung Ihres Betreuungsplans (Vormerkung als arbeitsuchend während der Kündigungsfrist)

        Bitte bringen Sie mit:
        - Lichtbildausweis
        - Ihren aktuellen Lebenslauf
        - Nachweise über Ihre bisherigen Bewerbungen

        Sollten Sie den Termin aus einem wichtigen Grund nicht wahrnehmen können, teilen Sie uns dies bitte
        rechtzeitig über Ihr eAMS-Konto mit.

        Mit freundlichen Grüßen
        Ihr AMS Salzburg

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    h = hdrs(addr("AMS eAMS-Konto", "noreply@eams-post.example.net"),
             "Einladung zu einem Beratungsgespräch am 22.09.2026", "2026-09-14 07:52", V,
             "<eams.20260914055201.88412937@eams-post.example.net>", host="mx-out.eams-post.example.net",
             ip="198.51.100.140")
    return message(h, text(body, charset="iso-8859-1"))


@mail(name(43), family="admission_interview", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Business school confirms an Executive MBA admissions interview, Wednesday 14 October 2026, "
           "5:00 PM CEST - a confirmed 'interview', but an admission interview, not a job interview")
def n43() -> bytes:
    body = t("""
        Dear Lena,

        Thank you for your application to the Executive MBA (part-time, January 2027 intake). We are pleased
        to confirm your admissions interview:

        Date:     Wednesday, 14 October 2026
        Time:     5:00 PM - 5:40 PM CEST
        Format:   Zoom (link below)
        Panel:    Prof. Dr. Helene Wagner (Academic Director), Mark Sullivan (Admissions)

        https://alpine-som.zoom.us/j/93318440217

        The interview covers your professional background, your motivation for the programme and how you plan
        to balance study and work. There is no need to prepare a presentation.

        Kind regards,
        Admissions Office
        Alpine School of Management · Salzburg
        """)
    h = hdrs(addr("Alpine School of Management Admissions", "admissions@alpine-som.example.com"),
             "Admissions interview confirmed – Executive MBA, January 2027 intake", "2026-10-07 10:20", V,
             "<adm-2027J-0414.20261007082000@alpine-som.example.com>", host="mail.alpine-som.example.com",
             ip="203.0.113.58")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(name(44), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Mon", "2026-09-28"),),
      note="Volleyball club invites Lena to a try-out training 'Mo, 28.9., um 19:30'; fixed time, not a job "
           "interview")
def n44() -> bytes:
    body = t("""
        Hallo Lena!

        Cool, dass du Interesse an unserer Damenmannschaft hast. Komm einfach zum Probetraining am Mo, 28.9., um 19:30 in die Sporthalle Lehen (Halle 2). Sportsachen und Hallenschuhe reichen, Bälle haben wir.

        Trainer ist der Andi, der schaut sich an, ob du eher für die Landesliga oder die Hobbyrunde passt. Kein Stress also :)

        Sportliche Grüße
        Sabrina
        UVC Lehen 94 - Sektion Volleyball
        """)
    h = hdrs(addr("Sabrina Moser", "sabrina.uvc94@example.com"), "Probetraining Damen",
             "2026-09-22 21:40", V, "<CAGb2rP7sD4fK9mN1qT3vX5zA7cE9gI1kM3oQ5@mail.gmail.com>",
             host="mail-qt1-f170.google.com", ip="209.85.160.170")
    return message(h, alt(text(body), html(gmail_html(body))))


@mail(name(45), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Bank confirms a mortgage advice appointment 'Freitag, 6. November 2026, 16:00 Uhr' with ICS; not "
           "an interview")
def n45() -> bytes:
    body = t("""
        Sehr geehrte Frau Gruber,

        vielen Dank für Ihre Terminanfrage. Gerne bestätige ich Ihnen unser Beratungsgespräch zum Thema
        Wohnbaufinanzierung:

        Freitag, 6. November 2026, 16:00 Uhr
        Untersberg Bank AG, Filiale Maxglan, Maxglaner Hauptstraße 30, 5020 Salzburg

        Bitte bringen Sie Ihre letzten drei Gehaltsnachweise, eine Aufstellung Ihrer laufenden Fixkosten und –
        falls vorhanden – das Exposé der Wohnung mit.

        Mit freundlichen Grüßen
        Mag. Stefan Hinterberger
        Wohnbauberatung
        Untersberg Bank AG
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Hinterberger Stefan:mailto:stefan.hinterberger@untersbergbank.at
ATTENDEE;CN=Lena Gruber;RSVP=TRUE:mailto:lena.gruber@example.org
UID:040000008200E00074C5B7101A82E008000000005E4F3A2B1C0DDB0100000000000000001000000011AA22BB33CC
SUMMARY:Beratungsgespräch Wohnbaufinanzierung - Gruber
DTSTART;TZID=W. Europe Standard Time:20261106T160000
DTEND;TZID=W. Europe Standard Time:20261106T170000
DTSTAMP:20261029T130000Z
LOCATION:Filiale Maxglan
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Hinterberger Stefan", "stefan.hinterberger@untersbergbank.at"),
             "Terminbestätigung Beratungsgespräch Wohnbaufinanzierung", "2026-10-29 14:00", V,
             "<7E5D4C3B2A19F8E7@exch01.untersbergbank.at>", host="mail.untersbergbank.at", ip="193.81.44.12",
             extra=(("Content-Language", "de-AT"),))
    return message(h, alt(text(body, charset="windows-1252"), calendar(ics, cte="base64")))


@mail(name(46), family="press_interview", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Journalist confirms a phone interview with Lena for a newspaper portrait ('Mittwoch, 21.10., "
           "um 11 Uhr'); Lena is the interviewee of the press, not a job candidate")
def n46() -> bytes:
    body = t("""
        Liebe Frau Gruber,

        herzlichen Dank, dass Sie sich für unser Porträt "Frauen hinter der Bühne" Zeit nehmen! Dann halten wir es so: Ich rufe Sie am Mittwoch, 21.10., um 11 Uhr auf Ihrem Handy an, das Interview dauert etwa 30 Minuten.

        Ein paar Themen vorab: wie Sie zur Veranstaltungslogistik gekommen sind, was beim Festspielsommer hinter den Kulissen passiert, und was sich die Branche in Sachen Arbeitszeiten überlegen müsste. Für ein Foto würde unser Fotograf gern in der Woche darauf vorbeikommen.

        Herzliche Grüße
        Julia Rainer
        Redaktion Stadtblatt Salzburg
        """)
    h = hdrs(addr("Julia Rainer", "j.rainer@stadtblatt-salzburg.example.com"),
             "Interview für \"Frauen hinter der Bühne\" – Termin", "2026-10-15 15:33", V,
             "<bd3e2f1a-0c9b-4a8d-b7e6-f5d4c3b2a190@stadtblatt-salzburg.example.com>",
             host="mail.stadtblatt-salzburg.example.com", ip="203.0.113.14")
    return message(h, text(body, cte="8bit"))


@mail(name(47), family="interviewer_duty", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Exchange invite at Lena's current job: she is asked to sit in as second interviewer for a "
           "warehouse candidate (Do, 12.11., 10:00); an interview at a fixed time, but she is the "
           "interviewer, not the candidate")
def n47() -> bytes:
    body = t("""
        Hallo Lena,

        kannst du beim Gespräch mit Herrn Wallner als zweite Interviewerin dabei sein? Du kennst die Abläufe im Lager am besten. Lebenslauf und Fragenkatalog liegen im Teams-Ordner "Recruiting Lager".

        Danke dir!
        Gerhard
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Pöschl Gerhard:mailto:gerhard.poeschl@festungsevents.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gruber Lena:mailto:lena.gruber@festungsevents.at
DESCRIPTION;LANGUAGE=de-DE:Kandidat: Tobias Wallner\\, Bewerbung Lagerlogistik (Vollzeit)\\n
UID:040000008200E00074C5B7101A82E00800000000E2F3A4B5C6D7DD0100000000000000001000000099887766AABB
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Tobias Wallner – Lagerlogistik
DTSTART;TZID=W. Europe Standard Time:20261112T100000
DTEND;TZID=W. Europe Standard Time:20261112T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T081000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Hohensalzburg (1. OG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    h = hdrs(addr("Pöschl Gerhard", "gerhard.poeschl@festungsevents.at"),
             "Vorstellungsgespräch Tobias Wallner – Lagerlogistik", "2026-11-05 09:10", V,
             "<VI1P190MB07338F7E6D5C4B3A2918F7E6D5C4@VI1P190MB0733.EURP190.PROD.OUTLOOK.COM>",
             host="mail-vi1eur04on2081.outbound.protection.outlook.com", ip="40.107.8.81",
             to=addr("Gruber Lena", "lena.gruber@festungsevents.at"), rcpt="lena.gruber@festungsevents.at",
             extra=(("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")))
    return message(h, alt(text(body), calendar(ics, cte="base64")))


@mail(name(48), family="forwarded_other", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Lena's brother forwards (message/rfc822) HIS OWN interview confirmation in Vienna (Di, 17.11., "
           "10:00) and asks to meet for coffee afterwards; a real confirmed interview, but not Lena's")
def n48() -> bytes:
    inner_body = t("""
        Sehr geehrter Herr Gruber,

        vielen Dank für Ihre Bewerbung als Disponent Fernverkehr (m/w/d). Wir bestätigen Ihr
        Vorstellungsgespräch:

        Dienstag, 17. November 2026, 10:00 - 11:00 Uhr
        Brenner Logistik AG, Lassallestraße 9, 1020 Wien, Empfang 3. OG

        Gesprächspartner: Herr Ing. Wolfgang Strasser (Leitung Disposition)

        Mit freundlichen Grüßen
        Nina Holzer
        Human Resources, Brenner Logistik AG
        nina.holzer@brennerlogistik.example.com
        """)
    inner = message([
        ("From", addr("Nina Holzer", "nina.holzer@brennerlogistik.example.com")),
        ("To", addr("Max Gruber", "max.gruber@example.com")),
        ("Subject", enc("Bestätigung Vorstellungsgespräch – Disponent Fernverkehr")),
        ("Date", date("2026-11-06 14:12", V)),
        ("Message-ID", "<8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d@brennerlogistik.example.com>"),
    ], text(inner_body))
    outer = t("""
        Hey Schwesterherz,

        schau, hat geklappt! Ich bin am Dienstag in Wien zum Gespräch. Du bist doch die Woche eh auch dort wegen dem Messeaufbau? Gehen wir danach auf einen Kaffee, so gegen halb zwölf beim Prückel?

        Drück mir die Daumen!
        Max
        """)
    h = hdrs(addr("Max Gruber", "max.gruber@example.com"),
             "Fwd: Bestätigung Vorstellungsgespräch – Disponent Fernverkehr", "2026-11-09 19:02", V,
             "<CAMx9gR2tL5nQ8vB1zD4fH7jK0mP3sU6wY9aC2eG@mail.gmail.com>", host="mail-yw1-f182.google.com",
             ip="209.85.128.182")
    return message(h, mixed(alt(text(outer), html(gmail_html(outer))),
                            attached_message(inner, "Bestaetigung Vorstellungsgespraech.eml")))


@mail(name(49), family="vet_appointment", lang="de", interview=False, company=None,
      days=(("Sat", "2026-12-05"),),
      note="Vet practice reminder: vaccination for the dog, 'Sa, 5.12., 9:00 Uhr'; not an interview")
def n49() -> bytes:
    body = t("""
        Liebe Frau Gruber,

        wir erinnern Sie an den Impftermin für Frodo (Labrador-Mix, Patientennr. 2291):

        Sa, 5.12., 9:00 Uhr
        Tierarztpraxis Dr. Moosleitner, Gneiser Straße 12, 5020 Salzburg

        Bitte bringen Sie den EU-Heimtierausweis mit. Falls Sie den Termin nicht wahrnehmen können, rufen Sie
        uns bitte unter 0662 / 82 33 71 an.

        Ihr Praxisteam Dr. Moosleitner
        """)
    h = hdrs(addr("Tierarztpraxis Dr. Moosleitner", "praxis@tierarzt-moosleitner.example.com"),
             "Terminerinnerung: Impfung Frodo am 5.12.", "2026-12-02 08:00", V,
             "<reminder-2291-20261205@tierarzt-moosleitner.example.com>", host="smtp.world4you.com",
             ip="81.19.149.90")
    return message(h, text(body, charset="iso-8859-15"))


@mail(name(50), family="post_interview", lang="en", interview=False, company="Fernweh Travel Tech GmbH",
      days=(("Fri", "2026-10-16"),),
      note="Thank-you / next-steps mail after the second round; 'we'll be in touch by Friday, 16 October' "
           "- no new interview fixed")
def n50() -> bytes:
    body = t("""
        Hi Lena,

        Thank you so much for your time on Friday - Marco and Jule really enjoyed the case study walkthrough, especially your load-in plan for the Dolomites incentive trip.

        We're finishing the last conversations this week and will get back to you by Friday, 16 October at the latest with next steps.

        Have a good week,
        Priya

        Priya Nair
        Talent Partner | Fernweh Travel Tech
        """)
    h = hdrs(addr("Priya Nair", "priya.nair@fernweh-travel.com"), "Thank you & next steps",
             "2026-10-05 10:12", B, "<CAJp7wE9kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE0f@mail.gmail.com>",
             host="mail-lj1-f180.google.com", ip="209.85.208.180")
    return message(h, alt(text(body), html(gmail_html(body))))
