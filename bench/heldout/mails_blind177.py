"""blind177: a blind 50-mail held-out set, the inbox of Svenja Hülsmann, embedded Linux developer in
Paderborn (Europe/Berlin), September to mid-December 2026.

Written by a helper session that had not read the detector, its tests and fixtures, or any other
held-out mails. One function per mail; ``make.py`` does the MIME plumbing and the checks.

    python3 bench/heldout/make_blind.py blind177
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

SET = "blind177"
ORDER = random.Random(1770177).sample(range(1, 51), 50)
OWNER = "svenja.huelsmann@example.org"
OWNER_NAME = "Svenja Hülsmann"
TO = addr(OWNER_NAME, OWNER)
MX = "mx01.example.org (Postfix) with ESMTPS id"
B = "Europe/Berlin"


def n(key: int) -> str:
    """File name of the mail written key-th (a fixed shuffle of the writing order)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def vtz_like_berlin(zone: str) -> str:
    """A VTIMEZONE block for a CET/CEST zone other than Berlin (same rules, own TZID)."""
    return VTZ["Europe/Berlin"].replace("Europe/Berlin", zone)


VTZ_LONDON = """BEGIN:VTIMEZONE
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


def head(frm: str, subject: str, when: str, msgid: str, *, zone: str = B, relay: str,
         ident: str, to: str = TO, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then any extra headers."""
    return [
        ("Delivered-To", OWNER),
        ("Received", received(relay, when, zone, f"{MX} {ident}", OWNER)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", msgid),
        *extra,
    ]


# =========================================================================== positives: scheduled


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-15 13:30", B), end=utc("2026-09-15 14:30", B),
      contact="k.obermeier@brenkhoff-antriebe.de", company="Brenkhoff Antriebstechnik GmbH",
      local="Tue 2026-09-15 13:30", local_end="2026-09-15 14:30", zone=B,
      note="Personio invitation (Sie), 'Dienstag, 15.09.2026, 13:30 – 14:30 Uhr' in Gütersloh, CEST "
           "(UTC+2) -> 11:30Z-12:30Z; ICS in Europe/Berlin agrees; contact = Reply-To recruiter")
def personio_brenkhoff() -> bytes:
    body = t("""
        Guten Tag Frau Hülsmann,

        vielen Dank für Ihre Bewerbung als Embedded Linux Entwickler (m/w/d) und Ihr Interesse an
        der Brenkhoff Antriebstechnik GmbH.

        Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem
        Vorstellungsgespräch ein:

        Datum:        Dienstag, 15.09.2026
        Uhrzeit:      13:30 – 14:30 Uhr
        Ort:          Brenkhoff Antriebstechnik GmbH, Carl-Miele-Straße 41, 33334 Gütersloh
                      (Empfang Gebäude B, Besucherparkplätze vor dem Haupteingang)
        Gesprächspartner: Katrin Obermeier (HR), Dr. Lars Heitkämper (Leitung Elektronikentwicklung)

        Eine Kalendereinladung finden Sie im Anhang. Sollte der Termin nicht passen, antworten Sie
        einfach auf diese E-Mail.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen
        Katrin Obermeier
        Personalreferentin

        Brenkhoff Antriebstechnik GmbH | Carl-Miele-Straße 41 | 33334 Gütersloh
        Amtsgericht Gütersloh HRB 4471 | Geschäftsführer: Arnd Brenkhoff

        Diese E-Mail wurde über Personio versendet.
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1f2937">
        <tr><td style="padding:24px 32px"><img src="https://brenkhoff.jobs.personio.de/logo.png" alt="Brenkhoff" height="32"></td></tr>
        <tr><td style="padding:0 32px 24px 32px">
        <p>Guten Tag Frau Hülsmann,</p>
        <p>vielen Dank für Ihre Bewerbung als Embedded Linux Entwickler (m/w/d) und Ihr Interesse an der Brenkhoff Antriebstechnik GmbH.</p>
        <p>Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:</p>
        <table style="font-size:14px">
        <tr><td><b>Datum:</b></td><td>Dienstag, 15.09.2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>13:30 &ndash; 14:30 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Brenkhoff Antriebstechnik GmbH, Carl-Miele-Straße 41, 33334 Gütersloh<br>(Empfang Gebäude B, Besucherparkplätze vor dem Haupteingang)</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Katrin Obermeier (HR), Dr. Lars Heitkämper (Leitung Elektronikentwicklung)</td></tr>
        </table>
        <p>Eine Kalendereinladung finden Sie im Anhang. Sollte der Termin nicht passen, antworten Sie einfach auf diese E-Mail.</p>
        <p>Wir freuen uns auf das Gespräch!</p>
        <p>Mit freundlichen Grüßen<br>Katrin Obermeier<br>Personalreferentin</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#6b7280;border-top:1px solid #e5e7eb">
        Brenkhoff Antriebstechnik GmbH | Carl-Miele-Straße 41 | 33334 Gütersloh<br>
        Amtsgericht Gütersloh HRB 4471 | Geschäftsführer: Arnd Brenkhoff<br>
        Diese E-Mail wurde über Personio versendet.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:personio-interview-8841207-3318@personio.de
DTSTAMP:20260907T081420Z
DTSTART;TZID=Europe/Berlin:20260915T133000
DTEND;TZID=Europe/Berlin:20260915T143000
SUMMARY:Vorstellungsgespräch Embedded Linux Entwickler (m/w/d) – Svenja Hülsmann
LOCATION:Brenkhoff Antriebstechnik GmbH\\, Carl-Miele-Straße 41\\, 33334 Gütersloh
ORGANIZER;CN=Katrin Obermeier:mailto:k.obermeier@brenkhoff-antriebe.de
ATTENDEE;CN=Svenja Hülsmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:svenja.huelsmann@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Brenkhoff Antriebstechnik GmbH", "no-reply@personio.de"),
              "Einladung zum Vorstellungsgespräch – Embedded Linux Entwickler (m/w/d)",
              "2026-09-07 10:14:20", "<0102019a1c7e55f3-5e0b1c2d-8d4f-4a61-9b1e-77c0a2e61f0e-000000@eu-central-1.amazonses.com>",
              relay="from a8-41.smtp-out.eu-central-1.amazonses.com (a8-41.smtp-out.eu-central-1.amazonses.com [54.240.8.41])",
              ident="4QbT2m0Lk9z1xq",
              extra=(("Reply-To", addr("Katrin Obermeier", "k.obermeier@brenkhoff-antriebe.de")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="Vorstellungsgespraech.ics",
                                      disposition="attachment", name_param=True)))


@mail(n(2), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-16 13:30", B), end=None,
      contact="meike.strothmann@lindemeyer-mt.de", company="Lindemeyer Mess- und Regeltechnik GmbH & Co. KG",
      local="Wed 2026-09-16 13:30", zone=B,
      note="softgarden, HTML only (base64): 'am Mi., 16.09. um 13.30 Uhr' via Teams, year from the Date "
           "(Fri 11 Sep 2026); CEST -> 11:30Z; 'ca. 45 Minuten' is approximate so end null; Reply-To is "
           "a softgarden relay, contact = the named HR contact's address in the body")
def softgarden_lindemeyer() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style>body{font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333}</style></head>
        <body>
        <div style="max-width:640px;margin:0 auto">
        <div style="border-bottom:3px solid #005b9a;padding:12px 0"><img src="https://static.softgarden.io/lindemeyer/logo.png" alt="Lindemeyer Mess- und Regeltechnik" height="40"></div>
        <p>Sehr geehrte Frau Hülsmann,</p>
        <p>nochmals herzlichen Dank für Ihre Bewerbung als <strong>Softwareentwickler Embedded Linux / Yocto (m/w/d)</strong>.
        Wie telefonisch besprochen, bestätigen wir Ihnen hiermit den Termin für das erste Gespräch:</p>
        <p style="background:#eef4fa;padding:12px 16px;border-left:4px solid #005b9a">
        <strong>am Mi., 16.09. um 13.30 Uhr</strong><br>
        per Microsoft Teams (den Link erhalten Sie am Vortag)<br>
        Dauer: ca. 45 Minuten</p>
        <p>Sie sprechen mit Herrn Volker Tiemann (Teamleiter Firmware) und mir. Bitte halten Sie gern ein Beispiel aus einem
        Ihrer letzten Projekte bereit (z.&nbsp;B. Bootzeit-Optimierung oder ein eigener BSP-Layer) &ndash; Folien sind nicht nötig.</p>
        <p>Bei Rückfragen erreichen Sie mich unter 0521 38844-217 oder per E-Mail an
        <a href="mailto:meike.strothmann@lindemeyer-mt.de">meike.strothmann@lindemeyer-mt.de</a>.</p>
        <p>Freundliche Grüße<br>
        Meike Strothmann<br>
        Talent Acquisition</p>
        <p style="font-size:11px;color:#888;border-top:1px solid #ddd;padding-top:8px">
        Lindemeyer Mess- und Regeltechnik GmbH &amp; Co. KG &middot; Eckendorfer Straße 112 &middot; 33609 Bielefeld<br>
        Sie erhalten diese Nachricht im Rahmen Ihrer Bewerbung. Ihr Bewerberkonto:
        <a href="https://lindemeyer.softgarden.io/de/candidate/login">lindemeyer.softgarden.io</a><br>
        Powered by softgarden</p>
        </div></body></html>
        """)
    hs = head(addr("Lindemeyer Mess- und Regeltechnik", "noreply@softgarden.io"),
              "Ihre Bewerbung bei Lindemeyer: Terminbestätigung",
              "2026-09-11 16:02:41", "<1793214.4471.1789394561038@app-mail-03.softgarden.io>",
              relay="from mail-out-2.softgarden.io (mail-out-2.softgarden.io [185.68.204.12])",
              ident="4QcH9f1vQ0z2yr",
              extra=(("Reply-To", "reply+c8f1a2b9e0d44f7a@reply.softgarden.io"),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, html(page, cte="base64"))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-30 09:45", B), end=None,
      contact="jonas@fernbach-robotics.de", company="Fernbach Robotics GmbH",
      local="Wed 2026-09-30 09:45", zone=B,
      note="Founder's reply (du), text only 8bit: 'nächste Woche Mittwoch um dreiviertel zehn' against the "
           "Date Thu 24 Sep 2026 (CEST) = Wed 30 Sep 09:45 CEST -> 07:45Z; no length given")
def prose_fernbach() -> bytes:
    body = t("""
        Hi Svenja,

        super, freut mich! Dann machen wir das so: nächste Woche Mittwoch um dreiviertel zehn bei
        uns im Büro, Technologiepark 19, zweiter Stock (die Klingel heißt noch "Kreativraum", wir
        sind erst im Juli eingezogen). Kaffee gibts, Parkplätze hinterm Haus.

        Mit dabei ist Ilka, die bei uns das ganze Yocto/Bootloader-Thema macht. Wir würden dir gern
        kurz unsere Greifer-Steuerung zeigen und dann einfach reden. Kein Coding-Test, versprochen.

        Bis Mittwoch!
        Jonas

        --
        Jonas Pöppelbaum
        Mitgründer & CTO
        Fernbach Robotics GmbH · Technologiepark 19 · 33100 Paderborn
        +49 5251 699 2041

        Am Do., 24. Sept. 2026 um 20:12 Uhr schrieb Svenja Hülsmann <svenja.huelsmann@example.org>:
        > Hallo Jonas,
        >
        > danke für das nette Telefonat heute! Ich würde euch sehr gern vor Ort besuchen.
        > Nächste Woche passt mir Dienstag oder Mittwoch vormittags am besten.
        >
        > Viele Grüße
        > Svenja
        """)
    hs = head(addr("Jonas Pöppelbaum", "jonas@fernbach-robotics.de"),
              "Re: Besuch bei Fernbach", "2026-09-24 21:47:03",
              "<CAH7uq2Lw9dVgE4bHYr3vK1n0ZpTq8mJxS5oAe6c_Rf@mail.gmail.com>",
              relay="from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])",
              ident="4QdK0s5Zr3z9pw",
              extra=(("In-Reply-To", "<f3a9c1de-5b2e-4d77-a0c4-2b9e6f81d0aa@example.org>"),
                     ("References", "<f3a9c1de-5b2e-4d77-a0c4-2b9e6f81d0aa@example.org>")))
    return message(hs, text(body, cte="8bit"))


@mail(n(4), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-03 16:00", B), end=utc("2026-11-03 17:00", B),
      contact="dana.whitcomb@tallgrass-systems.com", company="Tallgrass Systems",
      local="Tue 2026-11-03 16:00", local_end="2026-11-03 17:00", zone=B,
      note="Greenhouse confirmation shown in the candidate's zone: 'Tuesday, November 3, 2026 4:00 PM - "
           "5:00 PM CET' -> 15:00Z-16:00Z; sent Thu 29 Oct in EDT (US still on daylight time, Europe "
           "already on CET); '10am Eastern' and the America/New_York ICS (EST after 1 Nov) agree")
def greenhouse_tallgrass() -> bytes:
    body = t("""
        Hi Svenja,

        Thanks for making time to speak with us! Your interview for Senior Embedded Linux Engineer
        (Remote, EU) with Tallgrass Systems is confirmed.

        Interview: Technical Deep Dive - Kernel & Drivers
        When: Tuesday, November 3, 2026 4:00 PM - 5:00 PM CET
        Where: Google Meet - https://meet.google.com/tqx-hbrw-kfa

        Interviewers:
          Marcus Oyelaran, Staff Engineer, Platform
          Jen Kowalczyk, Engineering Manager, Devices

        A quick heads-up since our clocks only go back this Sunday (yours already did): that's
        10:00 AM for us on the East Coast. The calendar invite is attached.

        If you need to make any changes, just reply to this email.

        Best,
        Dana Whitcomb
        Recruiting Coordinator, Tallgrass Systems
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hi Svenja,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior Embedded Linux Engineer (Remote, EU)</b> with Tallgrass Systems is confirmed.</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Interview:</b></td><td>Technical Deep Dive - Kernel &amp; Drivers</td></tr>
        <tr><td><b>When:</b></td><td>Tuesday, November 3, 2026 4:00 PM - 5:00 PM CET</td></tr>
        <tr><td><b>Where:</b></td><td><a href="https://meet.google.com/tqx-hbrw-kfa">Google Meet</a></td></tr>
        <tr><td valign="top"><b>Interviewers:</b></td><td>Marcus Oyelaran, Staff Engineer, Platform<br>Jen Kowalczyk, Engineering Manager, Devices</td></tr>
        </table>
        <p>A quick heads-up since our clocks only go back this Sunday (yours already did): that's 10:00 AM for us on the East Coast. The calendar invite is attached.</p>
        <p>If you need to make any changes, just reply to this email.</p>
        <p>Best,<br>Dana Whitcomb<br>Recruiting Coordinator, Tallgrass Systems</p>
        <img src="https://app.greenhouse.io/email_tracking/open/9f2c41a7.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-44120987-2026110315@greenhouse.io
DTSTAMP:20261029T152011Z
DTSTART;TZID=America/New_York:20261103T100000
DTEND;TZID=America/New_York:20261103T110000
SUMMARY:Tallgrass Systems: Technical Deep Dive - Kernel & Drivers (Svenja Hülsmann)
LOCATION:https://meet.google.com/tqx-hbrw-kfa
ORGANIZER;CN=Dana Whitcomb:mailto:dana.whitcomb@tallgrass-systems.com
ATTENDEE;CN=Svenja Hülsmann;RSVP=TRUE:mailto:svenja.huelsmann@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tallgrass Systems", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Embedded Linux Engineer (Remote, EU)",
              "2026-10-29 11:20:11", "<6716f2a3c1e09_3b2f1c4a9d8e@gh-mailer-7c9d5f8b6-k2xqp.mail>",
              zone="America/New_York",
              relay="from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.101.12])",
              ident="4QnV7c2Hw8z4tb",
              extra=(("Reply-To", addr("Dana Whitcomb", "dana.whitcomb@tallgrass-systems.com")),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(5), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", B), end=utc("2026-10-26 11:00", B),
      contact="tobias.wehmeier@hagedorn-steuerung.de", company="Hagedorn Steuerungssysteme AG",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=B,
      note="Exchange/Teams meeting request, the time only in the ICS (W. Europe Standard Time "
           "10:00-11:00 on Mon 26 Oct, the day after Europe went back to CET) -> 09:00Z-10:00Z; sent "
           "Thu 22 Oct in CEST; contact = ORGANIZER / sender")
def exchange_hagedorn() -> bytes:
    body = t("""
        Hallo Frau Hülsmann,

        wie heute Vormittag telefonisch besprochen, sende ich Ihnen hiermit die Einladung für unser
        Gespräch. Dabei sind außer mir Frau Dr. Petra Lohmann (Bereichsleitung Embedded Systems) und
        Herr Kevin Rüther aus dem BSP-Team.

        Ich freue mich auf unser Gespräch.

        Viele Grüße
        Tobias Wehmeier
        Recruiting & Employer Branding

        Hagedorn Steuerungssysteme AG
        Podbielskistraße 331 | 30659 Hannover
        T +49 511 9072-4418
        tobias.wehmeier@hagedorn-steuerung.de

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumsystem teil.
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1NzQ0YTAtN2E5Ny00Yjg2LWEwZWMtMzk4MjY1Nzc0ZDA2%40thread.v2/0?context=%7b%22Tid%22%3a%2211c4e2f0-3a5b-4e7d-9c1f-0b8d4a2e6f11%22%7d>
        Besprechungs-ID: 372 118 604 551
        Kennung: Wq7dH3
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hallo Frau Hülsmann,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">wie heute Vormittag telefonisch besprochen, sende ich Ihnen hiermit die Einladung für unser Gespräch. Dabei sind außer mir Frau Dr. Petra Lohmann (Bereichsleitung Embedded Systems) und Herr Kevin Rüther aus dem BSP-Team.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Ich freue mich auf unser Gespräch.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Viele Grüße<br>Tobias Wehmeier<br>Recruiting &amp; Employer Branding<o:p></o:p></p>
        <p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Hagedorn Steuerungssysteme AG<br>Podbielskistraße 331 | 30659 Hannover<br>T +49 511 9072-4418<o:p></o:p></span></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="de-DE" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Nehmen Sie auf dem Computer, in der mobilen App oder im Raumsystem teil.</span></div>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ1NzQ0YTAtN2E5Ny00Yjg2LWEwZWMtMzk4MjY1Nzc0ZDA2%40thread.v2/0?context=%7b%22Tid%22%3a%2211c4e2f0-3a5b-4e7d-9c1f-0b8d4a2e6f11%22%7d" style="font-size:14px;font-weight:600;color:#5B5FC7">Hier klicken, um an der Besprechung teilzunehmen</a></div>
        <div style="margin-bottom:20px;margin-top:20px"><span style="font-size:14px;color:#252424">Besprechungs-ID: </span><span style="font-size:16px;color:#252424">372 118 604 551</span><br><span style="font-size:14px;color:#252424">Kennung: </span><span style="font-size:16px;color:#252424">Wq7dH3</span></div>
        </div>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Wehmeier\\, Tobias:mailto:tobias.wehmeier@hagedorn-steuerung.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=svenja.huelsmann@example.org:mailto:svenja.huelsmann@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lohmann\\, Petra Dr.:mailto:petra.lohmann@hagedorn-steuerung.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rüther\\, Kevin:mailto:kevin.ruether@hagedorn-steuerung.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Hülsmann\\,\\n\\nwie heute Vormittag telefonisch besprochen\\, sende ich Ihnen hiermit die Einladung für unser Gespräch.\\n
UID:040000008200E00074C5B7101A82E00800000000D0A4E6B1F261DD01000000000000000010000000C3B8F1A2E9D04B4F8A7D5C61E2F0B943
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Embedded Linux – Svenja Hülsmann
DTSTART;TZID=W. Europe Standard Time:20261026T100000
DTEND;TZID=W. Europe Standard Time:20261026T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261022T134122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121408871
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
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
    hs = head(addr("Wehmeier, Tobias", "tobias.wehmeier@hagedorn-steuerung.de"),
              "Vorstellungsgespräch Embedded Linux – Svenja Hülsmann",
              "2026-10-22 15:41:22", "<FR3P281MB1734C1E2A0F94B7D2C8E5A11D9E62@FR3P281MB1734.DEUP281.PROD.OUTLOOK.COM>",
              relay="from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com [40.107.104.112])",
              ident="4QkR1p6Gx2z7sd",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Embedded Linux – Svenja Hülsmann")),
                     ("Thread-Index", "AdtEOh3P0VbF2mQsRkq3Uo8wZxYk1A=="),
                     ("Accept-Language", "de-DE, en-US"),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(6), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-10 14:00", B), end=utc("2026-11-10 15:30", B),
      contact="aylin.demirci@westerkamp-bahn.de", company="Westerkamp Bahntechnik GmbH",
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 15:30", zone=B,
      note="Workday 'Interview geplant', HTML only (quoted-printable): 'Dienstag, 10. November 2026 | "
           "14:00 - 15:30 (GMT+01:00) Mitteleuropäische Normalzeit' -> 13:00Z-14:30Z; sender is the "
           "tenant's Workday address, contact = the recruiter's address in the body")
def workday_westerkamp() -> bytes:
    page = t("""
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
        <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="background:#0b3d62;padding:14px 20px;color:#ffffff;font-size:18px">Westerkamp Bahntechnik &ndash; Karriere</td></tr></table>
        <div style="padding:20px">
        <p>Hallo Svenja Hülsmann,</p>
        <p>Ihr Vorstellungsgespräch für die Position <b>Embedded Software Engineer Linux (m/w/d) &ndash; R-10482</b> wurde geplant.</p>
        <table cellpadding="6" cellspacing="0" border="0" style="border:1px solid #d9d9d9;font-size:13px">
        <tr><td style="background:#f2f2f2"><b>Datum und Uhrzeit</b></td><td>Dienstag, 10. November 2026 | 14:00 - 15:30 (GMT+01:00) Mitteleuropäische Normalzeit (Berlin)</td></tr>
        <tr><td style="background:#f2f2f2"><b>Art</b></td><td>Vor Ort &ndash; Fachgespräch mit Systemdemo</td></tr>
        <tr><td style="background:#f2f2f2"><b>Ort</b></td><td>Westerkamp Bahntechnik GmbH, Emil-Figge-Straße 76, 44227 Dortmund, Raum 3.12</td></tr>
        <tr><td style="background:#f2f2f2"><b>Teilnehmende</b></td><td>Sebastian Kruse (Teamleitung Fahrzeugsteuergeräte), Aylin Demirci (Recruiting)</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit; der Empfang meldet Sie an.</p>
        <p>Bei Fragen zum Termin wenden Sie sich bitte an Ihre Recruiterin Aylin Demirci
        (<a href="mailto:aylin.demirci@westerkamp-bahn.de">aylin.demirci@westerkamp-bahn.de</a>, +49 231 97718-302).
        Auf diese automatisch erzeugte Nachricht kann nicht geantwortet werden.</p>
        <p>Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem
        <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/westerkamp/Westerkamp_Careers/userHome">Kandidatenkonto</a>.</p>
        <p>Mit freundlichen Grüßen<br />Ihr Recruiting-Team der Westerkamp Bahntechnik GmbH</p>
        </div></body></html>
        """)
    hs = head(addr("Westerkamp Bahntechnik", "westerkamp@myworkday.com"),
              "Interview geplant: Embedded Software Engineer Linux (m/w/d) – R-10482",
              "2026-11-04 08:03:57", "<1846271443.88231.1793689437412@wd3-prod-mail-14.myworkday.com>",
              relay="from wd3-mta-02.myworkday.com (wd3-mta-02.myworkday.com [204.107.141.82])",
              ident="4QpF3w8Nt6z1ma",
              extra=(("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")))
    return message(hs, html(page))


@mail(n(7), family="calendly", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-18 09:00", B), end=utc("2026-09-18 09:45", B),
      contact="malte.riedesel@fuldatal-sensorik.de", company="Fuldatal Sensorik GmbH",
      local="Fri 2026-09-18 09:00", local_end="2026-09-18 09:45", zone=B,
      note="Calendly invitee confirmation in German: 'Freitag, 18. September 2026, 09:00 - 09:45 "
           "(Mitteleuropäische Sommerzeit)' -> 07:00Z-07:45Z; ICS in UTC agrees; contact = the host "
           "(Reply-To), not notifications@calendly.com")
def calendly_fuldatal() -> bytes:
    body = t("""
        Hallo Svenja Hülsmann,

        Ihr Termin ist geplant.

        Ereignistyp:
        Kennenlernen Embedded Linux (45 Min.)

        Gastgeber:
        Malte Riedesel

        Datum/Uhrzeit:
        09:00 - 09:45, Freitag, 18. September 2026 (Mitteleuropäische Sommerzeit)

        Ort:
        Dies ist ein Google Meet-Webkonferenz.
        https://meet.google.com/wfe-pzoq-nmd

        Hinweise für den Termin:
        Wir sprechen ca. 15 Minuten über Fuldatal, danach über Ihre Erfahrung mit Yocto und
        Treiberentwicklung. Zum Abschluss ist Zeit für Ihre Fragen.

        In Kalender einfügen: Google | Outlook | iCal

        Absagen: https://calendly.com/cancellations/4c2e7a1b-90f3-4d6e-b8a5-3f0d1c9e2b77
        Neu planen: https://calendly.com/reschedulings/4c2e7a1b-90f3-4d6e-b8a5-3f0d1c9e2b77

        Unterstützt von Calendly.com
        """)
    page = t("""
        <html><body style="margin:0;padding:0;background:#ffffff">
        <div style="max-width:560px;margin:0 auto;font-family:'Proxima Nova',Helvetica,Arial,sans-serif;color:#1a1a1a;font-size:15px;line-height:1.5">
        <p>Hallo Svenja Hülsmann,</p>
        <p>Ihr Termin ist geplant.</p>
        <p style="margin:16px 0 2px 0;font-weight:bold">Ereignistyp:</p><p style="margin:0">Kennenlernen Embedded Linux (45 Min.)</p>
        <p style="margin:16px 0 2px 0;font-weight:bold">Gastgeber:</p><p style="margin:0">Malte Riedesel</p>
        <p style="margin:16px 0 2px 0;font-weight:bold">Datum/Uhrzeit:</p><p style="margin:0">09:00 - 09:45, Freitag, 18. September 2026 (Mitteleuropäische Sommerzeit)</p>
        <p style="margin:16px 0 2px 0;font-weight:bold">Ort:</p><p style="margin:0">Dies ist ein Google Meet-Webkonferenz. <a href="https://meet.google.com/wfe-pzoq-nmd">Jetzt teilnehmen</a></p>
        <p style="margin:16px 0 2px 0;font-weight:bold">Hinweise für den Termin:</p><p style="margin:0">Wir sprechen ca. 15 Minuten über Fuldatal, danach über Ihre Erfahrung mit Yocto und Treiberentwicklung. Zum Abschluss ist Zeit für Ihre Fragen.</p>
        <p style="margin-top:24px"><a href="https://calendly.com/cancellations/4c2e7a1b-90f3-4d6e-b8a5-3f0d1c9e2b77">Absagen</a> &middot; <a href="https://calendly.com/reschedulings/4c2e7a1b-90f3-4d6e-b8a5-3f0d1c9e2b77">Neu planen</a></p>
        <p style="font-size:12px;color:#666">Unterstützt von <a href="https://calendly.com">Calendly.com</a></p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260914T172206Z
DTSTART:20260918T070000Z
DTEND:20260918T074500Z
SUMMARY:Kennenlernen Embedded Linux (45 Min.) zwischen Malte Riedesel und Svenja Hülsmann
UID:4c2e7a1b-90f3-4d6e-b8a5-3f0d1c9e2b77@calendly.com
LOCATION:https://meet.google.com/wfe-pzoq-nmd
ORGANIZER;CN=Malte Riedesel:mailto:malte.riedesel@fuldatal-sensorik.de
ATTENDEE;CN=Svenja Hülsmann;PARTSTAT=ACCEPTED:mailto:svenja.huelsmann@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Kennenlernen Embedded Linux (45 Min.) mit Malte Riedesel am Freitag, 18. September 2026",
              "2026-09-14 19:22:06", "<0100019a08c3f1d2-9a7e44b1-2c3d-4e5f-8a6b-1d2e3f4a5b6c-000000@email.amazonses.com>",
              relay="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              ident="4QdB6t2Ym1z5kc",
              extra=(("Reply-To", addr("Malte Riedesel", "malte.riedesel@fuldatal-sensorik.de")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(8), family="join", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-01 11:00", B), end=None,
      contact="birte@kettelhoit-agrar.de", company="Kettelhoit Agrartechnik GmbH",
      local="Thu 2026-10-01 11:00", zone=B,
      note="JOIN message relayed from the hiring manager (du): 'Do., 1.10. um 11 Uhr' in Delbrück near "
           "Paderborn, year from the Date (Fri 25 Sep 2026), CEST -> 09:00Z; no length; contact = the "
           "human Reply-To")
def join_kettelhoit() -> bytes:
    body = t("""
        Neue Nachricht von Kettelhoit Agrartechnik GmbH zu deiner Bewerbung
        "Embedded Linux Developer (m/w/d) – Landmaschinen-Terminals"

        ----------------------------------------------------------------

        Hallo Svenja,

        danke für deine Unterlagen, die haben uns gut gefallen! Lass uns gern persönlich sprechen –
        wie am Telefon verabredet also am Do., 1.10. um 11 Uhr hier bei uns in Delbrück
        (Boker Straße 8, Eingang Werkstatt, einfach klingeln). Ich bringe noch unseren
        Softwareleiter Hendrik mit.

        Falls was dazwischenkommt, schreib mir einfach hier zurück.

        Viele Grüße
        Birte Kettelhoit
        Geschäftsführung

        ----------------------------------------------------------------

        Du kannst direkt auf diese E-Mail antworten.
        JOIN Solutions AG · Hardturmstrasse 181 · 8005 Zürich
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="background:#f6f7fb;margin:0;padding:24px 0;font-family:Inter,Helvetica,Arial,sans-serif">
        <table align="center" width="560" style="background:#fff;border-radius:8px;font-size:15px;color:#22223b">
        <tr><td style="padding:24px 28px 8px 28px;font-size:13px;color:#6c6c80">Neue Nachricht von <b>Kettelhoit Agrartechnik GmbH</b> zu deiner Bewerbung &bdquo;Embedded Linux Developer (m/w/d) &ndash; Landmaschinen-Terminals&ldquo;</td></tr>
        <tr><td style="padding:8px 28px 24px 28px">
        <p>Hallo Svenja,</p>
        <p>danke für deine Unterlagen, die haben uns gut gefallen! Lass uns gern persönlich sprechen &ndash; wie am Telefon verabredet also am Do., 1.10. um 11 Uhr hier bei uns in Delbrück (Boker Straße 8, Eingang Werkstatt, einfach klingeln). Ich bringe noch unseren Softwareleiter Hendrik mit.</p>
        <p>Falls was dazwischenkommt, schreib mir einfach hier zurück.</p>
        <p>Viele Grüße<br>Birte Kettelhoit<br>Geschäftsführung</p>
        </td></tr>
        <tr><td style="padding:12px 28px;font-size:12px;color:#9a9ab0;border-top:1px solid #eee">Du kannst direkt auf diese E-Mail antworten.<br>JOIN Solutions AG &middot; Hardturmstrasse 181 &middot; 8005 Zürich</td></tr>
        </table></body></html>
        """)
    hs = head(addr("Kettelhoit Agrartechnik GmbH via JOIN", "noreply@join.com"),
              "Neue Nachricht: Embedded Linux Developer (m/w/d) – Landmaschinen-Terminals",
              "2026-09-25 14:37:50", "<20260925123750.7f3e1a9c0b2d4e68@mail.join.com>",
              relay="from mail.join.com (mail.join.com [35.157.92.11])",
              ident="4QdP1x7Bs4z8vn",
              extra=(("Reply-To", addr("Birte Kettelhoit", "birte@kettelhoit-agrar.de")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


VIENNA = "Europe/Vienna"


@mail(n(9), family="teamtailor", lang="de-AT", interview=True, kind="scheduled",
      start=utc("2026-10-12 14:00", VIENNA), end=utc("2026-10-12 15:00", VIENNA),
      contact="theresa.pichler@donaustrom.at", company="Donaustrom Embedded GmbH",
      local="Mon 2026-10-12 14:00", local_end="2026-10-12 15:00", zone=VIENNA,
      note="Teamtailor, Austrian employer (Wien): 'Montag, 12. Oktober 2026, 14:00 Uhr (Wiener Zeit)', "
           "'Dauer: 60 Minuten' -> 12:00Z-13:00Z (CEST); ICS in UTC agrees; Reply-To is a Teamtailor "
           "relay, contact = the recruiter's address in the signature")
def teamtailor_donaustrom() -> bytes:
    body = t("""
        Grüß Gott Frau Hülsmann,

        herzlichen Dank für das angenehme Telefonat! Wie vereinbart darf ich Ihnen hiermit den Termin
        für das Video-Interview mit unserem Team bestätigen:

        📅 Montag, 12. Oktober 2026, 14:00 Uhr (Wiener Zeit)
        ⏱ Dauer: 60 Minuten
        💻 Microsoft Teams – der Link steht in der angehängten Einladung

        Gesprächspartner: DI Florian Haselsteiner (Head of Embedded), Mag. Theresa Pichler (People & Culture)

        Die Stelle ist übrigens zu 100 % remote aus Deutschland möglich, zweimal im Quartal treffen
        wir uns in Wien. Alles Weitere gern im Gespräch.

        Liebe Grüße aus Wien
        Mag. Theresa Pichler
        People & Culture
        Donaustrom Embedded GmbH · Lassallestraße 7b · 1020 Wien
        theresa.pichler@donaustrom.at · +43 1 890 44 12-30
        """)
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;color:#1d1d1f">
        <div style="max-width:600px;margin:0 auto;padding:24px">
        <p>Grüß Gott Frau Hülsmann,</p>
        <p>herzlichen Dank für das angenehme Telefonat! Wie vereinbart darf ich Ihnen hiermit den Termin für das Video-Interview mit unserem Team bestätigen:</p>
        <p>📅 <b>Montag, 12. Oktober 2026, 14:00 Uhr (Wiener Zeit)</b><br>⏱ Dauer: 60 Minuten<br>💻 Microsoft Teams &ndash; der Link steht in der angehängten Einladung</p>
        <p>Gesprächspartner: DI Florian Haselsteiner (Head of Embedded), Mag. Theresa Pichler (People &amp; Culture)</p>
        <p>Die Stelle ist übrigens zu 100&nbsp;% remote aus Deutschland möglich, zweimal im Quartal treffen wir uns in Wien. Alles Weitere gern im Gespräch.</p>
        <p>Liebe Grüße aus Wien<br>Mag. Theresa Pichler<br>People &amp; Culture<br>Donaustrom Embedded GmbH &middot; Lassallestraße 7b &middot; 1020 Wien<br>theresa.pichler@donaustrom.at &middot; +43 1 890 44 12-30</p>
        <p style="font-size:11px;color:#8e8e93;margin-top:32px">Gesendet mit <a href="https://www.teamtailor.com">Teamtailor</a> &middot; <a href="https://donaustrom.teamtailor.com/connect">Karriereseite</a></p>
        </div></body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-2b71e0c4-5d9a-4c33-a8f1-6e2d90b4c715@teamtailor.com
DTSTAMP:20261006T071244Z
DTSTART:20261012T120000Z
DTEND:20261012T130000Z
SUMMARY:Video-Interview Donaustrom Embedded – Svenja Hülsmann
DESCRIPTION:Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk5ZGIxNzQ%40thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Theresa Pichler:mailto:reply+5f0c2a7e91@teamtailor-mail.com
ATTENDEE;CN=Svenja Hülsmann;RSVP=TRUE:mailto:svenja.huelsmann@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Theresa Pichler – Donaustrom Embedded", "no-reply@teamtailor-mail.com"),
              "Ihr Video-Interview bei Donaustrom Embedded",
              "2026-10-06 09:12:44", "<6f1e3c2a-77b0-4d2e-9c5a-0e8b1f4d6a93@teamtailor-mail.com>",
              relay="from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [18.200.41.77])",
              ident="4QhD5r0Kc2z3wf",
              extra=(("Reply-To", addr("Theresa Pichler", "reply+5f0c2a7e91@teamtailor-mail.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


@mail(n(10), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-19 11:00", B), end=utc("2026-11-19 12:00", B),
      contact="henrik.osterkamp@osterkamp-medtec.de", company="Osterkamp Medizintechnik GmbH",
      local="Thu 2026-11-19 11:00", local_end="2026-11-19 12:00", zone=B,
      note="Google Calendar invitation in German: 'Do. 19. Nov. 2026 11:00 - 12:00 (Mitteleuropäische "
           "Normalzeit - Berlin)' -> 10:00Z-11:00Z; ICS Europe/Berlin agrees; contact = organizer / sender")
def gcal_osterkamp() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vorstellungsgespräch Svenja Hülsmann / Osterkamp Medizintechnik
        Donnerstag, 19. November 2026 ⋅ 11:00 – 12:00
        Mitteleuropäische Normalzeit - Berlin

        Ort
        Osterkamp Medizintechnik, Jöllenbecker Str. 512, 33739 Bielefeld, Besprechungsraum "Sparrenburg"
        https://www.google.com/maps/search/J%C3%B6llenbecker+Str.+512,+33739+Bielefeld

        Hallo Frau Hülsmann, wie besprochen zum zweiten Gespräch bei uns vor Ort. Wir zeigen Ihnen
        auch die Fertigung und das Prüffeld. Bis Donnerstag! Henrik Osterkamp

        Organisator
        Henrik Osterkamp
        henrik.osterkamp@osterkamp-medtec.de

        Gäste
        Henrik Osterkamp - Organisator
        Svenja Hülsmann
        Anja Twelsiek

        Termin ansehen: https://calendar.google.com/calendar/event?action=VIEW&eid=NnJ0c2E0aDFvOWJmMmY

        Antworten für svenja.huelsmann@example.org
        Ja (https://calendar.google.com/calendar/event?action=RESPOND&eid=NnJ0c2E0aDFvOWJmMmY&rst=1)
        Nein (https://calendar.google.com/calendar/event?action=RESPOND&eid=NnJ0c2E0aDFvOWJmMmY&rst=2)
        Vielleicht (https://calendar.google.com/calendar/event?action=RESPOND&eid=NnJ0c2E0aDFvOWJmMmY&rst=3)

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Lehnen Sie diesen Termin
        ab, um keine weiteren Informationen zu diesem Termin zu erhalten.
        """)
    page = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Einladung von Henrik Osterkamp"/></span></span>
        <div style="width:100%"><table border="0" cellpadding="0" cellspacing="0" role="presentation" style="width:100%;font-family:Roboto,Helvetica,Arial,sans-serif">
        <tr><td><h2 style="font-size:22px;font-weight:400;color:#3c4043">Vorstellungsgespräch Svenja Hülsmann / Osterkamp Medizintechnik</h2></td></tr>
        <tr><td style="font-size:14px;color:#3c4043">Donnerstag, 19. November 2026 &#8901; 11:00 &ndash; 12:00<br>Mitteleuropäische Normalzeit - Berlin</td></tr>
        <tr><td style="font-size:14px;color:#3c4043;padding-top:12px"><b>Ort</b><br>Osterkamp Medizintechnik, Jöllenbecker Str. 512, 33739 Bielefeld, Besprechungsraum &quot;Sparrenburg&quot;</td></tr>
        <tr><td style="font-size:14px;color:#3c4043;padding-top:12px">Hallo Frau Hülsmann, wie besprochen zum zweiten Gespräch bei uns vor Ort. Wir zeigen Ihnen auch die Fertigung und das Prüffeld. Bis Donnerstag! Henrik Osterkamp</td></tr>
        <tr><td style="font-size:14px;color:#3c4043;padding-top:12px"><b>Organisator</b><br>Henrik Osterkamp<br><a href="mailto:henrik.osterkamp@osterkamp-medtec.de">henrik.osterkamp@osterkamp-medtec.de</a></td></tr>
        <tr><td style="font-size:14px;color:#3c4043;padding-top:12px"><b>Gäste</b><br>Henrik Osterkamp - Organisator<br>Svenja Hülsmann<br>Anja Twelsiek</td></tr>
        <tr><td style="padding-top:16px"><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnJ0c2E0aDFvOWJmMmY&amp;rst=1">Ja</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnJ0c2E0aDFvOWJmMmY&amp;rst=2">Nein</a> &middot; <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=NnJ0c2E0aDFvOWJmMmY&amp;rst=3">Vielleicht</a></td></tr>
        <tr><td style="font-size:12px;color:#70757a;padding-top:16px">Einladung von Google Kalender</td></tr>
        </table></div>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261119T110000
DTEND;TZID=Europe/Berlin:20261119T120000
DTSTAMP:20261113T094818Z
ORGANIZER;CN=Henrik Osterkamp:mailto:henrik.osterkamp@osterkamp-medtec.de
UID:6rtsa4h1o9bf2f3e1kq7c0d8vg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Henrik Osterkamp;X-NUM-GUESTS=0:mailto:henrik.osterkamp@osterkamp-medtec.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=svenja.huelsmann@example.org;X-NUM-GUESTS=0:mailto:svenja.huelsmann@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anja Twelsiek;X-NUM-GUESTS=0:mailto:anja.twelsiek@osterkamp-medtec.de
CREATED:20261113T094818Z
DESCRIPTION:Hallo Frau Hülsmann\\, wie besprochen zum zweiten Gespräch bei uns vor Ort. Wir zeigen Ihnen auch die Fertigung und das Prüffeld. Bis Donnerstag! Henrik Osterkamp
LAST-MODIFIED:20261113T094818Z
LOCATION:Osterkamp Medizintechnik\\, Jöllenbecker Str. 512\\, 33739 Bielefeld\\, Besprechungsraum "Sparrenburg"
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Svenja Hülsmann / Osterkamp Medizintechnik
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Henrik Osterkamp", "henrik.osterkamp@osterkamp-medtec.de"),
              "Einladung: Vorstellungsgespräch Svenja Hülsmann / Osterkamp Medizintechnik @ Do. 19. Nov. 2026 "
              "11:00 - 12:00 (MEZ) (svenja.huelsmann@example.org)",
              "2026-11-13 10:48:18", "<calendar-5b8e2f4a-1c7d-4e93-a6b0-9d3f2e1c8a74@google.com>",
              relay="from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              ident="4QrT8k3Jd5z0hb",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Henrik Osterkamp", "henrik.osterkamp@osterkamp-medtec.de"))))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(11), family="human_phone_reply", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-03 08:00", B), end=None,
      contact="h.wessel@brinkschulte-sondermaschinen.de", company="Brinkschulte Sondermaschinenbau GmbH",
      local="Thu 2026-12-03 08:00", zone=B,
      note="Short phone reply (Sie, iPhone signature): 'Passt. Dann morgen früh um acht' sent Wed 2 Dec "
           "2026 06:41 CET -> Thu 3 Dec 08:00 CET = 07:00Z; the quoted question names Thursday; contact = sender")
def phone_brinkschulte() -> bytes:
    body = t("""
        Passt. Dann morgen früh um acht bei uns, Halle 2, fragen Sie am Tor nach mir. Sicherheitsschuhe haben wir da.
        Gruß H. Wessel

        Von meinem iPhone gesendet

        > Am 01.12.2026 um 21:18 schrieb Svenja Hülsmann <svenja.huelsmann@example.org>:
        >
        > Guten Abend Herr Wessel,
        >
        > vielen Dank für Ihren Rückruf. Wäre es für Sie in Ordnung, wenn wir das Gespräch
        > auf Donnerstag früh legen? Ab 8 Uhr könnte ich bei Ihnen in Salzkotten sein.
        >
        > Viele Grüße
        > Svenja Hülsmann
        """)
    hs = head(addr("Heiner Wessel", "h.wessel@brinkschulte-sondermaschinen.de"),
              "Re: Gesprächstermin Steuerungssoftware", "2026-12-02 06:41:29",
              "<A6E0C1F3-7B2D-4E55-9F18-3C2B7D0A9E41@brinkschulte-sondermaschinen.de>",
              relay="from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])",
              ident="4QxC2n9Wf7z6ld",
              extra=(("In-Reply-To", "<b27d9e0a-6c1f-4f83-9a55-0d1e7c3b2f68@example.org>"),
                     ("References", "<b27d9e0a-6c1f-4f83-9a55-0d1e7c3b2f68@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="quoted-printable", params="format=flowed; delsp=yes"))


ZURICH = "Europe/Zurich"


@mail(n(12), family="human_prose_allday_ics", lang="de-CH", interview=True, kind="scheduled",
      start=utc("2026-12-08 09:15", ZURICH), end=None,
      contact="corinne.baumgartner@limmat-embedded.ch", company="Limmat Embedded Systems AG",
      local="Tue 2026-12-08 09:15", zone=ZURICH,
      note="Swiss HR prose (iso-8859-15, no ß): 'Dienstag, 8.12., um 9.15 Uhr' Zurich time (CET) -> "
           "08:15Z; the attached ICS is an all-day event on 8 Dec, so the time is only in the text; "
           "'rund eine Stunde' is approximate, end null")
def swiss_limmat() -> bytes:
    body = t("""
        Grüezi Frau Hülsmann

        Vielen Dank für Ihre Bewerbung als Senior Embedded Linux Engineer und für das
        aufschlussreiche Telefongespräch von letzter Woche.

        Gerne bestätige ich Ihnen das Interview mit unserem Entwicklungsteam am Dienstag, 8.12.,
        um 9.15 Uhr (Schweizer Zeit) per Microsoft Teams. Für das Gespräch rechnen wir mit rund
        einer Stunde. Gesprächspartner sind Herr Reto Ammann (Leiter Firmware) und ich.

        Damit Sie den Tag blockieren können, habe ich Ihnen einen Kalendereintrag angehängt; den
        Teams-Link sende ich Ihnen am Montag separat.

        Die Stelle kann zu 80-100 % aus Deutschland besetzt werden; gemäss unserer Regelung wären
        Sie einmal pro Monat für zwei Tage bei uns in Zürich-Oerlikon.

        Freundliche Grüsse

        Corinne Baumgartner
        HR Business Partner

        Limmat Embedded Systems AG
        Thurgauerstrasse 40 | 8050 Zürich
        +41 44 512 38 70 | corinne.baumgartner@limmat-embedded.ch
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8C0E4F1A-2B3D-4C5E-9F60-7A8B9C0D1E2F
DTSTAMP:20261130T132004Z
DTSTART;VALUE=DATE:20261208
DTEND;VALUE=DATE:20261209
SUMMARY:Interview Limmat Embedded (Teams)
DESCRIPTION:Interview mit Reto Ammann und Corinne Baumgartner\\, 9.15 Uhr
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Baumgartner Corinne", "corinne.baumgartner@limmat-embedded.ch", "iso-8859-15"),
              "Ihre Bewerbung - Interview Senior Embedded Linux Engineer",
              "2026-11-30 14:20:04", "<ZR0P278MB0914E2C41D8B3A7F9C10B5E2A4D71@ZR0P278MB0914.CHEP278.PROD.OUTLOOK.COM>",
              zone=ZURICH,
              relay="from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2098.outbound.protection.outlook.com [40.107.24.98])",
              ident="4QwM0f4Ta8z2jc", charset="iso-8859-15",
              extra=(("Content-Language", "de-CH"),))
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             calendar(ics, method=None, filename="Interview Limmat.ics",
                                      disposition="attachment", cte="quoted-printable")))


LONDON = "Europe/London"


@mail(n(13), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-15 15:00", LONDON), end=utc("2026-10-15 16:00", LONDON),
      contact="priya.natarajan@kestrelfleet.co.uk", company="Kestrel Fleet Ltd",
      local="Thu 2026-10-15 15:00", local_end="2026-10-15 16:00", zone=LONDON,
      note="Ashby confirmation (base64), London remote team: 'Thursday, October 15, 2026, 3:00 PM – 4:00 "
           "PM BST' -> 14:00Z-15:00Z (16:00 in Berlin); ICS Europe/London agrees; contact = Reply-To / "
           "ORGANIZER recruiter")
def ashby_kestrel() -> bytes:
    body = t("""
        Hi Svenja,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, October 15, 2026, 3:00 PM – 4:00 PM BST
        (4:00 PM – 5:00 PM in Berlin)
        Google Meet: https://meet.google.com/kzv-ruyd-eqh

        You'll meet with:
          Tom Hargreaves — Embedded Lead, Telematics
          Yusuf Adeyemi — Senior Firmware Engineer

        This is a systems-design conversation around an in-vehicle gateway (CAN, cellular modem,
        OTA updates). No slides or prep needed beyond what we discussed.

        Questions? Just reply and it will reach Priya Natarajan.

        Thanks,
        Kestrel Fleet Talent Team
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Svenja,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Thursday, October 15, 2026, 3:00 PM – 4:00 PM BST</strong><br>
        (4:00 PM – 5:00 PM in Berlin)<br>
        <a href="https://meet.google.com/kzv-ruyd-eqh">Google Meet</a></p>
        <p>You&#x27;ll meet with:<br>
          Tom Hargreaves — Embedded Lead, Telematics<br>
          Yusuf Adeyemi — Senior Firmware Engineer</p>
        <p>This is a systems-design conversation around an in-vehicle gateway (CAN, cellular modem, OTA updates). No slides or prep needed beyond what we discussed.</p>
        <p>Questions? Just reply and it will reach Priya Natarajan.</p>
        <p>Thanks,<br>Kestrel Fleet Talent Team</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_LONDON}
BEGIN:VEVENT
UID:a1f6c0e2-77d4-4b9a-8e31-5c2d0f9b6e48
DTSTAMP:20261009T130512Z
DTSTART;TZID=Europe/London:20261015T150000
DTEND;TZID=Europe/London:20261015T160000
SEQUENCE:0
SUMMARY:Kestrel Fleet – Embedded Systems Design Interview
LOCATION:https://meet.google.com/kzv-ruyd-eqh
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan@kestrelfleet.co.uk
ATTENDEE;CN=Svenja Hülsmann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:svenja.huelsmann@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kestrel Fleet", "no-reply@ashbyhq.com"),
              "Interview confirmed: Senior Embedded Engineer (Telematics) at Kestrel Fleet",
              "2026-10-09 14:05:12", "<0100019a6d31b7e4-38c1f2a0-6b5e-4d7c-9f13-2e8a4b6c0d51-000000@email.amazonses.com>",
              zone=LONDON,
              relay="from mail.ashbyhq.com (mail.ashbyhq.com [108.233.221.103])",
              ident="4QhS3d8Lp1z7rg",
              extra=(("Reply-To", addr("Priya Natarajan", "priya.natarajan@kestrelfleet.co.uk")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


AUCKLAND = "Pacific/Auckland"


@mail(n(14), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 08:00", AUCKLAND), end=utc("2026-12-09 09:00", AUCKLAND),
      contact="aroha.wiremu@tuitelemetry.co.nz", company="Tui Telemetry Ltd",
      local="Wed 2026-12-09 08:00", local_end="2026-12-09 09:00", zone=AUCKLAND,
      note="Lever confirmation from Auckland: 'Wednesday, December 9, 2026, 8:00 AM – 9:00 AM NZDT' "
           "(UTC+13) = Tue 8 Dec 19:00Z-20:00Z, the previous day in UTC (20:00 Tuesday in Berlin, also "
           "stated); ICS Pacific/Auckland agrees; contact = Reply-To recruiter")
def lever_tui() -> bytes:
    body = t("""
        Kia ora Svenja,

        Thanks for your time so far - we've confirmed your next interview for Embedded Linux
        Engineer (Remote, EMEA overlap) at Tui Telemetry.

        Date: Wednesday, December 9, 2026
        Time: 8:00 AM – 9:00 AM NZDT
              (that's Tuesday, December 8, 8:00 PM – 9:00 PM in Berlin)
        Format: Video call – Zoom link in the calendar invite
        With: Ben Kerrigan (Head of Hardware) and Lucía Ferraro (Platform Engineer)

        We know the time difference is a stretch, so thank you for taking a late slot on your side.

        If anything changes, just reply here and it will come straight to me.

        Ngā mihi,
        Aroha Wiremu
        Talent Partner, Tui Telemetry

        --
        Sent via Lever · Tui Telemetry Ltd, 12 Madden Street, Wynyard Quarter, Auckland 1010
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Kia ora Svenja,</p>
        <p>Thanks for your time so far - we've confirmed your next interview for <b>Embedded Linux Engineer (Remote, EMEA overlap)</b> at Tui Telemetry.</p>
        <p><b>Date:</b> Wednesday, December 9, 2026<br>
        <b>Time:</b> 8:00 AM &ndash; 9:00 AM NZDT<br>
        &nbsp;&nbsp;(that's Tuesday, December 8, 8:00 PM &ndash; 9:00 PM in Berlin)<br>
        <b>Format:</b> Video call &ndash; Zoom link in the calendar invite<br>
        <b>With:</b> Ben Kerrigan (Head of Hardware) and Lucía Ferraro (Platform Engineer)</p>
        <p>We know the time difference is a stretch, so thank you for taking a late slot on your side.</p>
        <p>If anything changes, just reply here and it will come straight to me.</p>
        <p>Ngā mihi,<br>Aroha Wiremu<br>Talent Partner, Tui Telemetry</p>
        <p style="font-size:11px;color:#999">Sent via Lever &middot; Tui Telemetry Ltd, 12 Madden Street, Wynyard Quarter, Auckland 1010</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
{VTZ["Pacific/Auckland"]}
BEGIN:VEVENT
UID:lever-3e9a1c70-4b2d-4f8e-a6c5-d10b7e2f9a33
DTSTAMP:20261201T213009Z
DTSTART;TZID=Pacific/Auckland:20261209T080000
DTEND;TZID=Pacific/Auckland:20261209T090000
SUMMARY:Tui Telemetry – Technical interview (Svenja Hülsmann)
DESCRIPTION:Join Zoom Meeting\\nhttps://tuitelemetry.zoom.us/j/81234097765?pwd=Qk9lZ3RhVnB0\\nMeeting ID: 812 3409 7765
LOCATION:https://tuitelemetry.zoom.us/j/81234097765
ORGANIZER;CN=Aroha Wiremu:mailto:aroha.wiremu@tuitelemetry.co.nz
ATTENDEE;CN=Svenja Hülsmann;RSVP=TRUE:mailto:svenja.huelsmann@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tui Telemetry", "no-reply@hire.lever.co"),
              "Interview confirmed – Embedded Linux Engineer (Remote, EMEA overlap)",
              "2026-12-02 10:30:09", "<01000193a7c2d5e8-f0e1d2c3-4b5a-6978-8a9b-0c1d2e3f4a5b-000000@email.amazonses.com>",
              zone=AUCKLAND,
              relay="from a27-30.smtp-out.us-west-2.amazonses.com (a27-30.smtp-out.us-west-2.amazonses.com [54.240.27.30])",
              ident="4QwZ6h1Rb3z5mn",
              extra=(("Reply-To", addr("Aroha Wiremu", "aroha.wiremu@tuitelemetry.co.nz")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(15), family="forward_to_self_zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-14 14:00", B), end=utc("2026-09-14 15:30", B),
      contact="oliver.brandt@nordlicht-automotive.com", company="Nordlicht Automotive GmbH",
      local="Mon 2026-09-14 14:00", local_end="2026-09-14 15:30", zone=B,
      note="Forward to self from the candidate's second address (German one-liner on top) of a "
           "recruiter's English confirmation with a pasted Zoom block: 'Monday, 14 September at 14:00 "
           "CEST', 'The session is 90 minutes' -> 12:00Z-13:30Z; contact = recruiter in the forwarded "
           "header, never the candidate")
def forward_nordlicht() -> bytes:
    body = t("""
        zur Erinnerung -> Kalender! Mo 14 Uhr Nordlicht, vorher Treiber-Doku nochmal lesen

        ---------- Forwarded message ---------
        From: Oliver Brandt <oliver.brandt@nordlicht-automotive.com>
        Date: Wed, 9 Sept 2026 at 17:02
        Subject: Your technical interview on Monday
        To: Svenja Hülsmann <svenja.h@example.net>


        Hi Svenja,

        Great speaking earlier today. As agreed, we'll do the technical interview on Monday,
        14 September at 14:00 CEST over Zoom. The session is 90 minutes: 60 minutes with two
        engineers from our Hannover infotainment team (Linux BSP, systemd, a bit of kernel
        debugging), then 30 minutes with me on logistics and salary expectations.

        Oliver Brandt is inviting you to a scheduled Zoom meeting.

        Topic: Nordlicht Automotive - Technical Interview S. Hülsmann
        Time: Sep 14, 2026 02:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join Zoom Meeting
        https://nordlicht-automotive.zoom.us/j/86420135597?pwd=bFZ3cTJwV1RkN0hxUk9sYQ.1

        Meeting ID: 864 2013 5597
        Passcode: 417733

        ---
        One tap mobile
        +496971049922,,86420135597#,,,,*417733# Germany
        +493056795800,,86420135597#,,,,*417733# Germany

        Best regards,
        Oliver Brandt
        Senior Talent Acquisition Partner
        Nordlicht Automotive GmbH | Vahrenwalder Str. 269 | 30179 Hannover
        """)
    hs = head(addr(OWNER_NAME, "svenja.h@example.net"),
              "Fwd: Your technical interview on Monday", "2026-09-09 22:10:37",
              "<CAF2kQ8tW1xZr0nP3bHe5vJ7cU9aLs4dMgYo6iKq_Xe2@mail.gmail.com>",
              relay="from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])",
              ident="4QcC1y0Vg6z3qa")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(16), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-07 10:30", B), end=utc("2026-10-07 11:30", B),
      contact="friederike.lampe@leinetal-energie.de", company="Leinetal Energiesysteme GmbH",
      local="Wed 2026-10-07 10:30", local_end="2026-10-07 11:30", zone=B,
      note="Microsoft Bookings confirmation: 'Mittwoch, 7. Oktober 2026 10:30 - 11:30 (UTC+01:00) "
           "Amsterdam, Berlin, Bern, Rom, Stockholm, Wien' — the zone label shows the standard offset "
           "but 7 Oct is CEST, so 08:30Z-09:30Z, as the ICS (W. Europe Standard Time) says; sender and "
           "ORGANIZER are the Bookings mailbox, contact = staff member's address in the body")
def bookings_leinetal() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:620px;margin:0 auto">
        <div style="padding:16px 0;font-size:20px;font-weight:600">Leinetal Energiesysteme &ndash; Karriere</div>
        <div style="font-size:16px;padding-bottom:8px">Ihre Buchung wurde bestätigt.</div>
        <p>Hallo Svenja Hülsmann,</p>
        <p>vielen Dank für die Buchung bei Leinetal Energiesysteme &ndash; Karriere.</p>
        <table cellpadding="4" style="font-size:14px">
        <tr><td style="color:#605e5c">Dienst</td><td>Technisches Interview Embedded (60 Minuten)</td></tr>
        <tr><td style="color:#605e5c">Datum</td><td>Mittwoch, 7. Oktober 2026</td></tr>
        <tr><td style="color:#605e5c">Uhrzeit</td><td>10:30 - 11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Friederike Lampe</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQxY2E0OTEtZjI3Ny00ZDk2%40thread.v2/0" style="color:#0078d4">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p>Zusätzliche Informationen: Bitte halten Sie Ihr Zeugnis der letzten Station bereit. Bei Fragen zum Termin erreichen Sie Frau Lampe direkt unter
        <a href="mailto:friederike.lampe@leinetal-energie.de">friederike.lampe@leinetal-energie.de</a>.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/LeinetalKarriere@leinetal-energie.de/bookings/s/Mx7Q2dW8Qk2b1yZ7c0fEeg2/cancel">Termin stornieren</a> &middot;
        <a href="https://outlook.office365.com/owa/calendar/LeinetalKarriere@leinetal-energie.de/bookings/s/Mx7Q2dW8Qk2b1yZ7c0fEeg2/reschedule">Termin ändern</a></p>
        <p style="font-size:12px;color:#8a8886">Leinetal Energiesysteme GmbH &middot; Hildesheimer Straße 265 &middot; 30519 Hannover<br>Unterstützt von Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Leinetal Energiesysteme - Karriere:mailto:LeinetalKarriere@leinetal-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Svenja Hülsmann:mailto:svenja.huelsmann@example.org
DESCRIPTION;LANGUAGE=de-DE:Technisches Interview Embedded (60 Minuten) mit Friederike Lampe\\n
UID:040000008200E00074C5B7101A82E0080000000090F2D1A65B4CDD010000000000000000100000004E7B2C91A3D84F52B6E01F9C7A2D3E5B
SUMMARY;LANGUAGE=de-DE:Technisches Interview Embedded - Svenja Hülsmann
DTSTART;TZID=W. Europe Standard Time:20261007T103000
DTEND;TZID=W. Europe Standard Time:20261007T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T101004Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Leinetal Energiesysteme - Karriere", "LeinetalKarriere@leinetal-energie.de"),
              "Ihre Buchung wurde bestätigt: Technisches Interview Embedded",
              "2026-10-01 12:10:04", "<AM9P190MB1226F0E3B7C24A1D9E5F0B2C3D4E5@AM9P190MB1226.EURP190.PROD.OUTLOOK.COM>",
              relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound.protection.outlook.com [40.107.22.91])",
              ident="4QfG2j7Xn9z4pe",
              extra=(("X-MS-Exchange-Organization-BookingsAppointment", "True"),
                     ("Content-Language", "de-DE")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(ics, cte="base64", filename="Termin.ics", disposition="attachment")))


# =========================================================================== positives: rescheduled


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-27 10:30", B), end=utc("2026-11-27 11:30", B),
      contact="mara.lindqvist@quaysiderobotics.com", company="Quayside Robotics GmbH",
      local="Fri 2026-11-27 10:30", local_end="2026-11-27 11:30", zone=B,
      note="GoodTime reschedule with old and new time: previously Thu 26 Nov 2:00 PM CET, new 'Friday, "
           "November 27, 2026, 10:30 AM – 11:30 AM CET' -> 09:30Z-10:30Z; ICS SEQUENCE:1 agrees; "
           "contact = Reply-To coordinator")
def goodtime_quayside() -> bytes:
    body = t("""
        Hi Svenja,

        Your interview with Quayside Robotics has been rescheduled. Please see the updated details
        below. We apologize for any inconvenience.

        UPDATED TIME
        Friday, November 27, 2026, 10:30 AM – 11:30 AM CET (Europe/Berlin)

        PREVIOUS TIME (cancelled)
        Thursday, November 26, 2026, 2:00 PM – 3:00 PM CET

        Interview: Onsite-Remote Loop, Part 2 – Embedded Systems
        Interviewers: Jakob Brenner (Robotics Platform), Sofia Marchetti (Firmware)
        Location: Zoom – https://quaysiderobotics.zoom.us/j/94420173318

        An updated calendar invitation is attached. If the new time does not work, reply to this
        email and Mara will help.

        Mara Lindqvist
        Candidate Experience Coordinator, Quayside Robotics

        Powered by GoodTime
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1c2331">
        <p>Hi Svenja,</p>
        <p>Your interview with Quayside Robotics has been rescheduled. Please see the updated details below. We apologize for any inconvenience.</p>
        <div style="border:1px solid #d8dde6;border-radius:6px;padding:14px 18px">
        <div style="font-size:12px;color:#1b7f5b;font-weight:bold">UPDATED TIME</div>
        <div style="font-size:16px">Friday, November 27, 2026, 10:30 AM &ndash; 11:30 AM CET (Europe/Berlin)</div>
        <div style="font-size:12px;color:#a0a7b4;font-weight:bold;margin-top:10px">PREVIOUS TIME (cancelled)</div>
        <div style="color:#a0a7b4;text-decoration:line-through">Thursday, November 26, 2026, 2:00 PM &ndash; 3:00 PM CET</div>
        </div>
        <p><b>Interview:</b> Onsite-Remote Loop, Part 2 &ndash; Embedded Systems<br>
        <b>Interviewers:</b> Jakob Brenner (Robotics Platform), Sofia Marchetti (Firmware)<br>
        <b>Location:</b> <a href="https://quaysiderobotics.zoom.us/j/94420173318">Zoom</a></p>
        <p>An updated calendar invitation is attached. If the new time does not work, reply to this email and Mara will help.</p>
        <p>Mara Lindqvist<br>Candidate Experience Coordinator, Quayside Robotics</p>
        <p style="font-size:11px;color:#8a94a6">Powered by GoodTime</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Hire//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:goodtime-71b3e0d2-9c4a-4f5e-8d67-1a2b3c4d5e6f@goodtime.io
DTSTAMP:20261123T153044Z
DTSTART;TZID=Europe/Berlin:20261127T103000
DTEND;TZID=Europe/Berlin:20261127T113000
SEQUENCE:1
SUMMARY:Quayside Robotics – Embedded Systems Interview (Svenja Hülsmann)
LOCATION:https://quaysiderobotics.zoom.us/j/94420173318
ORGANIZER;CN=Mara Lindqvist:mailto:mara.lindqvist@quaysiderobotics.com
ATTENDEE;CN=Svenja Hülsmann;RSVP=TRUE:mailto:svenja.huelsmann@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Quayside Robotics Recruiting", "scheduling@mail.goodtime.io"),
              "Rescheduled: Your interview with Quayside Robotics",
              "2026-11-23 16:30:44", "<20261123153044.1f9e.4c7b2a61@mail.goodtime.io>",
              relay="from o3.mail.goodtime.io (o3.mail.goodtime.io [149.72.188.54])",
              ident="4QvH4s2Cq0z8tw",
              extra=(("Reply-To", addr("Mara Lindqvist", "mara.lindqvist@quaysiderobotics.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-08 14:00", B), end=None,
      contact="malte.riedesel@fuldatal-sensorik.de", company="Fuldatal Sensorik GmbH",
      local="Thu 2026-10-08 14:00", zone=B,
      note="Hiring manager prose (Sie, windows-1252 QP): old slot 'Dienstag, 6.10., um 10 Uhr' moved "
           "to 'Donnerstag, 8.10., 14.00 Uhr' -> 12:00Z (CEST); labelled with the new time; no length; "
           "contact = sender; second round after the Calendly call in the same thread")
def prose_fuldatal_reschedule() -> bytes:
    body = t("""
        Sehr geehrte Frau Hülsmann,

        leider muss ich unseren Termin am Dienstag, 6.10., um 10 Uhr verschieben – unser
        Geschäftsführer, der beim zweiten Gespräch unbedingt dabei sein möchte, ist an dem Tag bei
        einem Kunden in Wolfsburg.

        Wir verlegen das Gespräch daher auf Donnerstag, 8.10., 14.00 Uhr, gleicher Ort
        (Sandershäuser Straße 34, 34123 Kassel, Haus C). Ich habe mir erlaubt, das so
        einzutragen, nachdem Sie mir am Telefon gesagt hatten, dass donnerstags bei Ihnen
        grundsätzlich alles geht. Falls es doch nicht passt, geben Sie mir bitte kurz Bescheid.

        Die Fahrtkosten erstatten wir selbstverständlich; bitte bringen Sie die Bahnfahrkarte mit.

        Mit freundlichen Grüßen

        Malte Riedesel
        Teamleiter Embedded Software
        Fuldatal Sensorik GmbH
        Sandershäuser Straße 34 · 34123 Kassel
        Tel. +49 561 70 992-41
        """)
    hs = head(addr("Riedesel, Malte", "malte.riedesel@fuldatal-sensorik.de", "windows-1252"),
              "Verschiebung unseres Termins am 6.10.", "2026-10-01 11:30:52",
              "<000001dc4f2a$7b3e91c0$71bbb540$@fuldatal-sensorik.de>",
              relay="from smtp.fuldatal-sensorik.de (smtp.fuldatal-sensorik.de [85.214.33.190])",
              ident="4QfF9b5Mv2z6hs", charset="windows-1252",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtPKnt+kcBxu7VA"),
                     ("Content-Language", "de")))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(19), family="exchange_update", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-11-19 15:00", B), end=utc("2026-11-19 16:00", B),
      contact="n.schwarze@hoerder-logistik.de", company="Hörder Logistiksysteme GmbH",
      local="Thu 2026-11-19 15:00", local_end="2026-11-19 16:00", zone=B,
      note="Outlook meeting update (SEQUENCE:1, W. Europe Standard Time): moved 'von Dienstag, 17.11., "
           "10 Uhr auf Donnerstag, 19.11., 15 Uhr' -> 14:00Z-15:00Z (CET); follows the unconfirmed "
           "proposal in the same thread; contact = ORGANIZER / sender")
def exchange_hoerder_update() -> bytes:
    body = t("""
        Hallo Frau Hülsmann,

        wie eben telefonisch besprochen verschiebe ich unser Gespräch von Dienstag, 17.11., 10 Uhr
        auf Donnerstag, 19.11., 15 Uhr. Der Teams-Link bleibt derselbe.

        Beste Grüße
        Nadine Schwarze
        Personalentwicklung & Recruiting
        Hörder Logistiksysteme GmbH | Phoenixseestraße 18 | 44263 Dortmund
        Tel.: +49 231 586 440-15

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumsystem teil.
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGU1ZTY0NzgtYjA5Yy00%40thread.v2/0?context=%7b%22Tid%22%3a%22a7c10f2e-44d1-4b58-9e3a-5c6d7e8f9012%22%7d>
        Besprechungs-ID: 318 504 227 917
        Kennung: bX4rT9
        ________________________________________________________________________________
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Schwarze\\, Nadine:mailto:n.schwarze@hoerder-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Svenja Hülsmann:mailto:svenja.huelsmann@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brüggemann\\, Olaf:mailto:o.brueggemann@hoerder-logistik.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Hülsmann\\,\\n\\nwie eben telefonisch besprochen verschiebe ich unser Gespräch von Dienstag\\, 17.11.\\, 10 Uhr auf Donnerstag\\, 19.11.\\, 15 Uhr.\\n
UID:040000008200E00074C5B7101A82E00800000000B07C9E3A4F72DD01000000000000000010000000F1A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hülsmann / Hörder Logistiksysteme
DTSTART;TZID=W. Europe Standard Time:20261119T150000
DTEND;TZID=W. Europe Standard Time:20261119T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261113T080511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1408835720
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
    hs = head(addr("Schwarze, Nadine", "n.schwarze@hoerder-logistik.de"),
              "Aktualisiert: Vorstellungsgespräch Hülsmann / Hörder Logistiksysteme",
              "2026-11-13 09:05:11", "<BE1P281MB2210D4A8C3E94F0B1A2C3D4E5F607@BE1P281MB2210.DEUP281.PROD.OUTLOOK.COM>",
              relay="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2120.outbound.protection.outlook.com [40.107.127.120])",
              ident="4QrN7g1Ds4z9kb",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Hülsmann / Hörder Logistiksysteme")),
                     ("Thread-Index", "AdtVbK1oQ3nF0XwZTq2Kc5uYp8Lm7Q=="),
                     ("In-Reply-To", "<7e1f0c3a-8b5d-4a2e-9f61-c0d3b2a1e4f5@example.org>"),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


AMSTERDAM = "Europe/Amsterdam"


@mail(n(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-07 13:00", AMSTERDAM), end=utc("2026-12-07 13:45", AMSTERDAM),
      contact="sanne.degroot@vechtdevices.nl", company="Vecht Devices B.V.",
      local="Mon 2026-12-07 13:00", local_end="2026-12-07 13:45", zone=AMSTERDAM,
      note="Recruitee 'interview moved' (Dutch employer, English): new 'Monday 7 December 2026, 13:00 – "
           "13:45 (Europe/Amsterdam)', previous Thu 3 Dec 11:00 -> 12:00Z-12:45Z (CET); ICS in UTC "
           "agrees; contact = Reply-To recruiter")
def recruitee_vecht() -> bytes:
    body = t("""
        Hi Svenja,

        Your interview for the position Embedded Linux Engineer (Gateway Platform) has been moved.

        New date and time
        Monday 7 December 2026, 13:00 – 13:45 (Europe/Amsterdam)

        Previously
        Thursday 3 December 2026, 11:00 – 11:45 (Europe/Amsterdam)

        Type: Video interview (Microsoft Teams)
        Interviewers: Sanne de Groot, Pieter Hoekstra

        Sorry for the shuffle – Pieter is at a customer site on Thursday. The invite in your
        calendar has been updated as well.

        Kind regards,
        Sanne de Groot
        Talent Acquisition | Vecht Devices B.V.
        Vleutensevaart 100, 3532 AD Utrecht

        This message was sent via Recruitee on behalf of Vecht Devices B.V.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#20253a">
        <p>Hi Svenja,</p>
        <p>Your interview for the position <b>Embedded Linux Engineer (Gateway Platform)</b> has been moved.</p>
        <p><b>New date and time</b><br>Monday 7 December 2026, 13:00 &ndash; 13:45 (Europe/Amsterdam)</p>
        <p style="color:#8c91a6"><b>Previously</b><br><s>Thursday 3 December 2026, 11:00 &ndash; 11:45 (Europe/Amsterdam)</s></p>
        <p>Type: Video interview (Microsoft Teams)<br>Interviewers: Sanne de Groot, Pieter Hoekstra</p>
        <p>Sorry for the shuffle &ndash; Pieter is at a customer site on Thursday. The invite in your calendar has been updated as well.</p>
        <p>Kind regards,<br>Sanne de Groot<br>Talent Acquisition | Vecht Devices B.V.<br>Vleutensevaart 100, 3532 AD Utrecht</p>
        <p style="font-size:11px;color:#9aa0b4">This message was sent via Recruitee on behalf of Vecht Devices B.V.</p>
        </body></html>
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-5581902@recruitee.com
DTSTAMP:20261201T141208Z
DTSTART:20261207T120000Z
DTEND:20261207T124500Z
SEQUENCE:2
SUMMARY:Interview Vecht Devices – Embedded Linux Engineer (Gateway Platform)
LOCATION:Microsoft Teams
ORGANIZER;CN=Sanne de Groot:mailto:sanne.degroot@vechtdevices.nl
ATTENDEE;CN=Svenja Hülsmann;RSVP=TRUE:mailto:svenja.huelsmann@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Vecht Devices", "no-reply@recruitee.com"),
              "Your interview with Vecht Devices has been moved",
              "2026-12-01 15:12:08", "<5e0f7a21c3b94d86a1f2e3d4c5b6a798@mailer.recruitee.com>",
              zone=AMSTERDAM,
              relay="from mailer.recruitee.com (mailer.recruitee.com [52.58.19.204])",
              ident="4QwK3c6Fh0z1nt",
              extra=(("Reply-To", addr("Sanne de Groot", "sanne.degroot@vechtdevices.nl")),))
    return message(hs, mixed(alt(text(body, cte="quoted-printable"), html(page)),
                             calendar(ics, cte="8bit", filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar_cancel", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-05 15:00", B), end=utc("2026-10-05 16:30", B),
      contact="k.obermeier@brenkhoff-antriebe.de", company="Brenkhoff Antriebstechnik GmbH",
      local="Mon 2026-10-05 15:00", local_end="2026-10-05 16:30", zone=B,
      note="Google Calendar cancellation in German ('Abgesagter Termin', METHOD:CANCEL) of the second "
           "round 'Mo. 5. Okt. 2026 15:00 - 16:30 (MESZ)' -> 13:00Z-14:30Z; the organizer's note "
           "promises a new date but gives none; contact = organizer")
def gcal_brenkhoff_cancel() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Zweitgespräch Brenkhoff / Hülsmann
        Montag, 5. Oktober 2026 ⋅ 15:00 – 16:30
        Mitteleuropäische Sommerzeit - Berlin

        Nachricht von Katrin Obermeier:
        Liebe Frau Hülsmann, leider müssen wir das Zweitgespräch am Montag absagen, Herr Dr.
        Heitkämper ist kurzfristig für zwei Wochen beim Kunden in Shanghai. Ich melde mich, sobald
        ich einen neuen Termin mit ihm abstimmen konnte. Entschuldigen Sie bitte die Umstände!

        Organisator
        Katrin Obermeier
        k.obermeier@brenkhoff-antriebe.de

        Gäste
        Katrin Obermeier - Organisator
        Lars Heitkämper
        Svenja Hülsmann

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
        """)
    page = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Roboto,Arial,sans-serif">')
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261005T150000
DTEND;TZID=Europe/Berlin:20261005T163000
DTSTAMP:20260930T061227Z
ORGANIZER;CN=Katrin Obermeier:mailto:k.obermeier@brenkhoff-antriebe.de
UID:0b7kq2m4v1s9e3c5h8a6t0d2fg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Svenja Hülsmann;X-NUM-GUESTS=0:mailto:svenja.huelsmann@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lars Heitkämper;X-NUM-GUESTS=0:mailto:l.heitkaemper@brenkhoff-antriebe.de
CREATED:20260916T120411Z
LAST-MODIFIED:20260930T061227Z
LOCATION:Brenkhoff Antriebstechnik GmbH\\, Carl-Miele-Straße 41\\, 33334 Gütersloh
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Zweitgespräch Brenkhoff / Hülsmann
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Katrin Obermeier", "k.obermeier@brenkhoff-antriebe.de"),
              "Abgesagter Termin: Zweitgespräch Brenkhoff / Hülsmann @ Mo. 5. Okt. 2026 15:00 - 16:30 "
              "(MESZ) (svenja.huelsmann@example.org)",
              "2026-09-30 08:12:27", "<calendar-e2c91b07-4a3f-45d8-b6e1-7f0a9c3d2b18@google.com>",
              relay="from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              ident="4QfB0v3Hy8z2dq",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(22), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-23 13:00", B), end=None,
      contact="friederike.lampe@leinetal-energie.de", company="Leinetal Energiesysteme GmbH",
      local="Fri 2026-10-23 13:00", zone=B,
      note="Recruiter prose (Sie, windows-1252, 8bit) cancels 'das Gespräch am Freitag, 23.10., um 13 "
           "Uhr' because the role was filled internally; no new time; CEST -> 11:00Z; contact = sender; "
           "follows the Bookings technical interview")
def prose_leinetal_cancel() -> bytes:
    body = t("""
        Sehr geehrte Frau Hülsmann,

        ich muss Ihnen leider eine Absage für unser persönliches Gespräch am Freitag, 23.10., um
        13 Uhr hier in Hannover schreiben. Die Stelle "Embedded Software Entwickler Netzleittechnik"
        wurde in der vergangenen Woche überraschend intern besetzt; ein Kollege aus dem Schwesterteam
        wechselt zum 1.11. in die Abteilung.

        Das tut mir wirklich leid, zumal Ihr technisches Interview sehr gut gelaufen ist. Wenn Sie
        einverstanden sind, würde ich Ihr Profil gern für ähnliche Stellen im Frühjahr vormerken.

        Mit freundlichen Grüßen
        Friederike Lampe

        Leinetal Energiesysteme GmbH
        Personal | Recruiting
        Hildesheimer Straße 265 · 30519 Hannover
        """)
    hs = head(addr("Lampe, Friederike", "friederike.lampe@leinetal-energie.de", "windows-1252"),
              "Absage Gesprächstermin 23.10.", "2026-10-19 16:48:30",
              "<AM9P190MB12260C6D1E2F3A4B5C6D7E8F90A1B@AM9P190MB1226.EURP190.PROD.OUTLOOK.COM>",
              relay="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2104.outbound.protection.outlook.com [40.107.22.104])",
              ident="4QjW5e9Pk1z0rx", charset="windows-1252",
              extra=(("Content-Language", "de-DE"),))
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(n(23), family="exchange_cancel", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-09 10:00", B), end=utc("2026-12-09 11:00", B),
      contact="lena.driller@senne-digital.de", company="Senne Digital Systems GmbH",
      local="Wed 2026-12-09 10:00", local_end="2026-12-09 11:00", zone=B,
      note="Outlook cancellation (METHOD:CANCEL, du) of 'Mi., 9.12., um 10 Uhr' (CET) -> 09:00Z-10:00Z; "
           "the body announces a new invitation for Friday 11.12. 10 Uhr that is not in this mail, so "
           "labelled cancelled with the cancelled slot; contact = ORGANIZER / sender")
def exchange_senne_cancel() -> bytes:
    body = t("""
        Hi Svenja,

        sorry für das Hin und Her: der Termin am Mi., 9.12., um 10 Uhr muss leider entfallen, Kai
        liegt mit Grippe flach und ohne ihn macht das Architekturgespräch wenig Sinn.

        Ich schick dir gleich eine neue Einladung für Freitag, 11.12., 10 Uhr – sag Bescheid, falls
        das bei dir nicht geht.

        Liebe Grüße
        Lena

        Lena Driller
        People & Recruiting
        Senne Digital Systems GmbH · Pollhansweg 12 · 33106 Paderborn
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Lena Driller:mailto:lena.driller@senne-digital.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Svenja Hülsmann:mailto:svenja.huelsmann@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kai Tegethoff:mailto:kai.tegethoff@senne-digital.de
DESCRIPTION;LANGUAGE=de-DE:Hi Svenja\\,\\n\\nsorry für das Hin und Her: der Termin am Mi.\\, 9.12.\\, um 10 Uhr muss leider entfallen.\\n
UID:040000008200E00074C5B7101A82E008000000002E6D0F8B9A84DD01000000000000000010000000A9B8C7D6E5F40312A1B2C3D4E5F60718
SUMMARY;LANGUAGE=de-DE:Abgesagt: Interview Embedded Linux / Svenja Hülsmann
DTSTART;TZID=W. Europe Standard Time:20261209T100000
DTEND;TZID=W. Europe Standard Time:20261209T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261204T122018Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:Senne Digital\\, Besprechungsraum Lippe
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Hi Svenja,</p><p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">sorry für das Hin und Her: der Termin am Mi., 9.12., um 10 Uhr muss leider entfallen, Kai liegt mit Grippe flach und ohne ihn macht das Architekturgespräch wenig Sinn.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Ich schick dir gleich eine neue Einladung für Freitag, 11.12., 10 Uhr &ndash; sag Bescheid, falls das bei dir nicht geht.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Liebe Grüße<br>Lena</p>
        <p class="MsoNormal"><span style="font-size:9pt;color:gray">Lena Driller<br>People &amp; Recruiting<br>Senne Digital Systems GmbH &middot; Pollhansweg 12 &middot; 33106 Paderborn</span></p>
        </div></body></html>
        """)
    hs = head(addr("Lena Driller", "lena.driller@senne-digital.de"),
              "Abgesagt: Interview Embedded Linux / Svenja Hülsmann",
              "2026-12-04 13:20:18", "<FR2P281MB0113A1B2C3D4E5F60718293A4B5C6D7@FR2P281MB0113.DEUP281.PROD.OUTLOOK.COM>",
              relay="from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2113.outbound.protection.outlook.com [40.107.135.113])",
              ident="4QxS8a2Lm5z7uc",
              extra=(("Thread-Topic", "Interview Embedded Linux / Svenja =?utf-8?q?H=C3=BClsmann?="),
                     ("Importance", "high"),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")))


# =========================================================================== negatives


@mail(n(24), family="jobcentre_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Agentur für Arbeit: invitation to a counselling appointment at a fixed time ('Mittwoch, "
           "14.10.2026 um 09:30 Uhr') after registering as job-seeking; a public office, not a job "
           "interview")
def arbeitsagentur() -> bytes:
    body = t("""
        Sehr geehrte Frau Hülsmann,

        Sie haben sich bei uns arbeitsuchend gemeldet. Ich lade Sie zu einem persönlichen
        Beratungsgespräch ein, um mit Ihnen über Ihre berufliche Situation und Ihre
        Vermittlungswünsche zu sprechen.

        Termin:   Mittwoch, 14.10.2026 um 09:30 Uhr
        Ort:      Agentur für Arbeit Paderborn, Bahnhofstraße 26, 33102 Paderborn, Raum 2.118
        Bei:      Herrn Fischer, Arbeitsvermittlung (Team Akademische Berufe)

        Bitte bringen Sie mit:
        - Personalausweis
        - Ihren aktuellen Lebenslauf und Arbeitszeugnisse
        - Ihr Kündigungsschreiben bzw. Ihren Arbeitsvertrag

        Wenn Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte rechtzeitig über Ihr
        Online-Postfach ab. Diese Nachricht ist auch in Ihrem Postfach unter arbeitsagentur.de
        hinterlegt.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Paderborn

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    hs = head(addr("Agentur für Arbeit Paderborn", "noreply@arbeitsagentur.de"),
              "Neue Nachricht in Ihrem Postfach: Einladung zum Beratungsgespräch",
              "2026-10-07 07:58:02", "<20261007055802.4412.9873@mail.arbeitsagentur.de>",
              relay="from mail.arbeitsagentur.de (mail.arbeitsagentur.de [193.17.244.36])",
              ident="4QhF0a1Bn2z3cq", extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="A newspaper reporter confirms a phone interview with the candidate for an article "
           "('Donnerstag um 11 Uhr', Date Mon 16 Nov -> 19 Nov); a confirmed time and the word "
           "Interview, but press, not a job interview")
def reporter() -> bytes:
    body = t("""
        Liebe Frau Hülsmann,

        vielen Dank für Ihre schnelle Zusage! Dann rufe ich Sie am Donnerstag um 11 Uhr auf Ihrem
        Handy an, für das Interview rechne ich mit etwa einer halben Stunde. Es geht, wie
        besprochen, um unsere Serie "Frauen in der Technik – OWL", in der wir Entwicklerinnen aus der
        Region vorstellen: Wie sind Sie zur Embedded-Entwicklung gekommen, was reizt Sie daran, und
        was müsste sich in der Branche ändern?

        Ein Fotograf würde sich in der Woche danach bei Ihnen melden, wenn Sie einverstanden sind.
        Vor Veröffentlichung bekommen Sie Ihre Zitate zur Freigabe.

        Herzliche Grüße
        Jana Kösters
        Redaktion Paderborn

        Westfalen-Kurier · Lokalredaktion Paderborn
        Marienplatz 4 · 33098 Paderborn · Tel. 05251 20877-34
        """)
    hs = head(addr("Jana Kösters", "j.koesters@westfalen-kurier.de"),
              "Re: Anfrage Serie „Frauen in der Technik“", "2026-11-16 13:05:44",
              "<9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a@westfalen-kurier.de>",
              relay="from mail.westfalen-kurier.de (mail.westfalen-kurier.de [91.198.113.20])",
              ident="4QsD6e3Uf1z8gr",
              extra=(("In-Reply-To", "<0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Tue", "2026-09-29"),),
      note="Podcast host confirms a recording slot with ICS ('Tuesday 29 September, 18:00 CEST', "
           "16:00Z): a confirmed 'interview' for a podcast episode, not a job interview")
def podcast() -> bytes:
    body = t("""
        Hey Svenja,

        Awesome, you're booked! Here are the details for our chat on Boot Sequence:

        Recording: Tuesday 29 September, 18:00 CEST (about an hour, we edit it down to 40 min)
        Where: our Riverside studio – https://riverside.fm/studio/boot-sequence-guests
        Topic: "Why my Yocto build takes 3 hours – and what I did about it"

        Tips: wired headphones, a quiet room, and close Slack. I'll send a short outline of the
        interview questions over the weekend, but it'll be a relaxed conversation, no gotchas.

        Invite attached. Looking forward to it!

        Cheers,
        Matteo Rinaldi
        Host, Boot Sequence – a podcast about embedded Linux
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260929T160000Z
DTEND:20260929T170000Z
DTSTAMP:20260922T081455Z
ORGANIZER;CN=Matteo Rinaldi:mailto:matteo@bootsequence.fm
UID:5kq9d0r2m7v1t3s8b4e6c0a2hf@google.com
ATTENDEE;CN=Svenja Hülsmann;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:svenja.huelsmann@example.org
SUMMARY:Boot Sequence podcast recording – guest: Svenja Hülsmann
LOCATION:https://riverside.fm/studio/boot-sequence-guests
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Matteo Rinaldi", "matteo@bootsequence.fm"),
              "You're on Boot Sequence! Recording details", "2026-09-22 10:14:55",
              "<CAM4pX0w1Rz2Yb3Qd5Tf7Lh9Nk_2sVj6Uo8Ac4Eg@mail.gmail.com>",
              relay="from mail-yw1-f180.google.com (mail-yw1-f180.google.com [209.85.128.180])",
              ident="4QeA7f4Gc0z1ws")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(27), family="university_admission", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-04"),),
      note="Admission interview ('Auswahlgespräch') for a part-time master's programme at a fixed time "
           "('Freitag, 4.12.2026, 16:00 Uhr' via Zoom): a university admission, not a job interview")
def master_admission() -> bytes:
    page = t("""
        <html><head><meta charset="iso-8859-1"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Sehr geehrte Frau Hülsmann,</p>
        <p>vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        <b>Embedded Systems Engineering (M.Eng.)</b> zum Sommersemester 2027.</p>
        <p>Ihre Unterlagen erfüllen die formalen Zugangsvoraussetzungen. Wir laden Sie daher zum
        <b>Auswahlgespräch</b> ein:</p>
        <p><b>Freitag, 4.12.2026, 16:00 Uhr</b>, per Zoom (die Zugangsdaten erhalten Sie zwei Tage vorher)<br>
        Dauer: 20 Minuten<br>
        Kommission: Prof. Dr.-Ing. Matthias Budde, Prof. Dr. Selin Aydın</p>
        <p>Im Gespräch möchten wir mehr über Ihre Motivation, Ihre berufliche Praxis und Ihre
        Vorstellungen zur Masterarbeit erfahren. Bitte halten Sie Ihren Personalausweis bereit.</p>
        <p>Mit freundlichen Grüßen<br>
        i.&nbsp;A. Dagmar Loddenkemper<br>
        Studierendensekretariat Weiterbildung<br>
        Technische Hochschule Senne-Lippe &middot; Campus Paderborn</p>
        </body></html>
        """)
    hs = head(addr("Studierendensekretariat Weiterbildung", "weiterbildung@th-senne-lippe.de", "iso-8859-1"),
              "Einladung zum Auswahlgespräch – Master Embedded Systems Engineering",
              "2026-11-26 11:40:09", "<4f3e2d1c0b9a8877@mail.th-senne-lippe.de>",
              relay="from mail.th-senne-lippe.de (mail.th-senne-lippe.de [131.234.77.12])",
              ident="4QvV1k8Mz6z2pa")
    return message(hs, html(page.replace("ı", "i"), charset="iso-8859-1"))


@mail(n(28), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Mon", "2026-09-14"),),
      note="Volleyball club coach (du) invites to a try-out training 'am Montag um 19.30 Uhr' "
           "(Date Thu 10 Sep -> 14 Sep): a fixed time, a sports try-out, not a job interview")
def volleyball() -> bytes:
    body = t("""
        Hi Svenja,

        cool, dass du wieder einsteigen willst! Komm einfach am Montag um 19.30 Uhr zum
        Probetraining in die Halle am Maspernplatz (Halle 2, hinten links). Wir spielen in der
        Bezirksliga und suchen gerade wirklich jemanden für Außen/Annahme.

        Bring Hallenschuhe und was zu trinken mit, Knieschoner haben wir zur Not auch.
        Wenn's dir gefällt, machen wir den Mitgliedsantrag danach fertig.

        Sportliche Grüße
        Nils

        --
        Nils Gockeln
        Trainer Damen 2 · VfL Lippeaue Volleyball
        """)
    hs = head(addr("Nils Gockeln", "nils.gockeln@example.com"),
              "Re: Probetraining Damen 2?", "2026-09-10 22:31:15",
              "<f5a1e9c3-7d2b-4b6e-a0f8-3c1d5e7a9b0c@example.com>",
              relay="from mout.gmx.net (mout.gmx.net [212.227.17.21])",
              ident="4QcJ3h5Xs7z4rb",
              extra=(("In-Reply-To", "<c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f@example.org>"),
                     ("User-Agent", "Mozilla Thunderbird")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-24"),),
      note="Car dealer's workshop appointment confirmation (HTML only, 'Sa., 24.10.2026, 08:00 Uhr'): "
           "fixed time, not an interview")
def autohaus() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f2f2f2">
        <table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
        <tr><td style="background:#1b2a4a;color:#fff;padding:16px 24px;font-size:18px">Autohaus Temme &middot; Service</td></tr>
        <tr><td style="padding:24px">
        <p>Guten Tag Frau Hülsmann,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:</p>
        <table cellpadding="5" style="border:1px solid #ddd;font-size:14px">
        <tr><td><b>Termin</b></td><td>Sa., 24.10.2026, 08:00 Uhr (Fahrzeugannahme)</td></tr>
        <tr><td><b>Fahrzeug</b></td><td>PB-SH 417 &middot; Kompaktwagen, EZ 03/2021</td></tr>
        <tr><td><b>Leistungen</b></td><td>Inspektion nach Herstellervorgabe, Räderwechsel auf Winterräder (eingelagert)</td></tr>
        <tr><td><b>Ihr Serviceberater</b></td><td>Marco Rüsing</td></tr>
        <tr><td><b>Voraussichtliche Abholung</b></td><td>ab 12:00 Uhr</td></tr>
        </table>
        <p>Bitte bringen Sie Ihr Serviceheft und den Zweitschlüssel mit. Unser Hol- und Bringservice steht Ihnen im Stadtgebiet Paderborn kostenfrei zur Verfügung.</p>
        <p>Ihr Serviceteam<br>Autohaus Temme GmbH &middot; Frankfurter Weg 61 &middot; 33106 Paderborn &middot; 05251 8770-0</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Autohaus Temme Service", "service@autohaus-temme.de"),
              "Terminbestätigung Werkstatt – Sa., 24.10.2026", "2026-10-19 17:02:33",
              "<202610191502.33A91F0C@dms.autohaus-temme.de>",
              relay="from dms.autohaus-temme.de (dms.autohaus-temme.de [87.139.45.18])",
              ident="4QjW2b4Ka8z5xm")
    return message(hs, html(page, cte="base64"))


@mail(n(30), family="census_survey", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-03"),),
      note="Microcensus interviewer announces a household interview visit ('Dienstag, 3.11., um 17:30 "
           "Uhr'): the word Interview and a fixed time, but a statistical survey, not a job interview")
def mikrozensus() -> bytes:
    body = t("""
        Sehr geehrte Frau Hülsmann,

        wie in dem Anschreiben angekündigt, das Sie per Post erhalten haben, ist Ihr Haushalt in
        diesem Jahr für den Mikrozensus ausgewählt worden. Ich bin die für Ihren Bezirk zuständige
        Erhebungsbeauftragte und würde das Interview gern bei Ihnen zu Hause durchführen.

        Vielen Dank für Ihren Rückruf, ich komme also wie vereinbart am Dienstag, 3.11., um
        17:30 Uhr zu Ihnen in die Le-Mans-Wall-Straße. Das Interview dauert erfahrungsgemäß
        20 bis 30 Minuten pro Haushalt. Einen Ausweis als Erhebungsbeauftragte zeige ich Ihnen
        unaufgefordert.

        Alternativ können Sie den Fragebogen auch online ausfüllen; die Zugangsdaten stehen in dem
        Schreiben.

        Mit freundlichen Grüßen
        Gabriele Strunk
        Erhebungsbeauftragte Mikrozensus, Kreis Paderborn
        """)
    hs = head(addr("Gabriele Strunk", "gabi.strunk@example.net"),
              "Mikrozensus 2026 – Terminbestätigung Interview", "2026-10-28 18:44:10",
              "<000a01dc47b3$1e2f3a40$5b6c7d80$@example.net>",
              relay="from mout.web.de (mout.web.de [212.227.15.4])",
              ident="4QmN5c7Rd9z0sf")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(31), family="coaching_mock_interview", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Calendly booking with a career coach for a paid mock interview ('Probe-Interview', Tue 6 Oct "
           "18:00-19:00 CEST, ICS in UTC): a confirmed time in an interview-shaped Calendly mail, but "
           "practice with a coach, not a job interview")
def calendly_coach() -> bytes:
    body = t("""
        Hallo Svenja Hülsmann,

        Ihr Termin ist geplant.

        Ereignistyp:
        Probe-Interview Tech (60 Min.) – Bewerbungscoaching

        Gastgeber:
        Karin Meschede

        Datum/Uhrzeit:
        18:00 - 19:00, Dienstag, 6. Oktober 2026 (Mitteleuropäische Sommerzeit)

        Ort:
        Zoom – https://us06web.zoom.us/j/83311940026

        Fragen:
        Für welche Stelle bereiten Sie sich vor?
        Embedded Linux / BSP, Zweitgespräche in OWL und Kassel

        Hinweise für den Termin:
        Wir simulieren ein technisches Vorstellungsgespräch inkl. Gehaltsfrage; danach 15 Minuten
        Feedback. Rechnung folgt per E-Mail (Paket "Interview-Training", Sitzung 1 von 3).

        Absagen: https://calendly.com/cancellations/9b1e4d27-3f6a-4c08-b5d2-e7a1c0f93b64
        Neu planen: https://calendly.com/reschedulings/9b1e4d27-3f6a-4c08-b5d2-e7a1c0f93b64

        Unterstützt von Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260930T191104Z
DTSTART:20261006T160000Z
DTEND:20261006T170000Z
SUMMARY:Probe-Interview Tech (60 Min.) – Bewerbungscoaching zwischen Karin Meschede und Svenja Hülsmann
UID:9b1e4d27-3f6a-4c08-b5d2-e7a1c0f93b64@calendly.com
LOCATION:https://us06web.zoom.us/j/83311940026
ORGANIZER;CN=Karin Meschede:mailto:kontakt@meschede-coaching.de
ATTENDEE;CN=Svenja Hülsmann;PARTSTAT=ACCEPTED:mailto:svenja.huelsmann@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Probe-Interview Tech (60 Min.) – Bewerbungscoaching mit Karin Meschede am "
              "Dienstag, 6. Oktober 2026",
              "2026-09-30 21:11:04", "<0100019a3b2c1d0e-7f8a9b0c-1d2e-4f3a-8b5c-6d7e8f9a0b1c-000000@email.amazonses.com>",
              relay="from a48-117.smtp-out.amazonses.com (a48-117.smtp-out.amazonses.com [54.240.48.117])",
              ident="4QfC8d0Wj2z6yn",
              extra=(("Reply-To", addr("Karin Meschede", "kontakt@meschede-coaching.de")),))
    return message(hs, mixed(text(body),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(32), family="proposal_unconfirmed", lang="de", interview=False,
      company="Hörder Logistiksysteme GmbH",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Recruiter proposes two slots ('Würde Ihnen Dienstag, 17.11., um 10 Uhr passen? Alternativ "
           "Mittwoch, 18.11., 15 Uhr') and asks for an answer: nothing fixed yet; the later Outlook "
           "update in the same thread is the positive")
def hoerder_proposal() -> bytes:
    body = t("""
        Sehr geehrte Frau Hülsmann,

        vielen Dank für Ihre Bewerbung als Embedded Software Developer (m/w/d) für unsere
        Shuttle-Steuerungen. Herr Brüggemann, unser Leiter Steuerungstechnik, würde Sie gern in
        einem ersten Gespräch per Teams kennenlernen.

        Würde Ihnen Dienstag, 17.11., um 10 Uhr passen? Alternativ ginge auch Mittwoch, 18.11.,
        um 15 Uhr. Sobald ich Ihre Rückmeldung habe, schicke ich Ihnen eine Einladung.

        Beste Grüße
        Nadine Schwarze
        Personalentwicklung & Recruiting
        Hörder Logistiksysteme GmbH | Phoenixseestraße 18 | 44263 Dortmund
        Tel.: +49 231 586 440-15
        """)
    hs = head(addr("Schwarze, Nadine", "n.schwarze@hoerder-logistik.de"),
              "Ihre Bewerbung – Terminvorschlag erstes Gespräch", "2026-11-09 10:22:47",
              "<BE1P281MB22109A8B7C6D5E4F3A2B1C0D9E8F7@BE1P281MB2210.DEUP281.PROD.OUTLOOK.COM>",
              relay="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2107.outbound.protection.outlook.com [40.107.127.107])",
              ident="4QqL4t6Fa3z1vb",
              extra=(("Thread-Topic", enc("Ihre Bewerbung – Terminvorschlag erstes Gespräch")),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="forwarded_other_person", lang="en", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="A friend forwards her own Greenhouse confirmation (attached message/rfc822, addressed to "
           "her: Thu 12 Nov 2:00 PM CET) and asks the candidate to run a mock interview with her at the "
           "weekend; someone else's interview, nothing for this inbox owner")
def forwarded_friend() -> bytes:
    inner_body = t("""
        Hi Carla,

        Thanks for making time to speak with us! Your interview for Product Owner, Smart Metering
        with Brightwell Energy is confirmed.

        Interview: Hiring Manager Interview
        When: Thursday, November 12, 2026 2:00 PM - 3:00 PM CET
        Where: Microsoft Teams (link in the calendar invite)

        Interviewers:
          Ethan Moreau, Head of Product

        If you need to make any changes, just reply to this email.

        Best,
        Ethan Moreau
        Brightwell Energy
        """)
    inner = message([
        ("From", addr("Brightwell Energy", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Ethan Moreau", "ethan.moreau@brightwell-energy.com")),
        ("To", addr("Carla Oeynhausen", "carla.oeynhausen@example.com")),
        ("Subject", "Interview Confirmation: Product Owner, Smart Metering"),
        ("Date", date("2026-11-05 16:40:02", B)),
        ("Message-ID", "<672a3c1be02f4_7d1e2f9a3b4c@gh-mailer-5b8c7d6f4-wq9rt.mail>"),
    ], text(inner_body, cte="7bit"))
    body = t("""
        Hey Svenja!!

        Look what came in yesterday 🎉 (see attached). Brightwell, the smart-meter people in
        Dortmund.

        Would you be up for doing a mock interview with me this weekend? You've done like five of
        these this autumn and you know how to grill people on the technical side. Saturday or
        Sunday afternoon, I'll bring cake. Just tell me what works.

        Carla
        """)
    hs = head(addr("Carla Oeynhausen", "carla.oeynhausen@example.com"),
              "Fwd: Interview Confirmation: Product Owner, Smart Metering", "2026-11-06 19:20:31",
              "<d7c6b5a4-9382-4f71-a6e5-0d4c3b2a1f9e@example.com>",
              relay="from mout.gmx.net (mout.gmx.net [212.227.17.20])",
              ident="4QpM6b9Jq2z4aw")
    return message(hs, mixed(text(body, cte="8bit"),
                             attached_message(inner, "Interview Confirmation.eml")))


WORK = "s.huelsmann@paderwerk-elektronik.de"


@mail(n(34), family="current_job_interviewer", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Outlook meeting request at the candidate's current job (auto-forwarded from her work "
           "address): she is asked to sit in as interviewer for a working-student candidate, Thu 22 Oct "
           "14:00 W. Europe Standard Time; an interview, but not hers")
def current_job_interviewer() -> bytes:
    body = t("""
        Hallo Svenja,

        kannst du bitte beim Gespräch mit Luca Steinmeier (Werkstudent Embedded, Masterstudent an
        der Uni PB) als Fachinterviewerin dabei sein? Mir geht es vor allem um C-Grundlagen und
        ein bisschen Linux-Treiber, du weißt schon. Lebenslauf liegt im Teams-Ordner "Recruiting
        Werkstudenten".

        Danke dir!
        Dirk

        Dirk Schäpers
        Teamleiter Firmware
        Paderwerk Elektronik GmbH · Am Hoppenhof 34 · 33104 Paderborn
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Schäpers\\, Dirk:mailto:dirk.schaepers@paderwerk-elektronik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hülsmann\\, Svenja:mailto:s.huelsmann@paderwerk-elektronik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kramer\\, Bettina (HR):mailto:bettina.kramer@paderwerk-elektronik.de
UID:040000008200E00074C5B7101A82E008000000005A7E3C2D1B62DD010000000000000000100000009D8C7B6A5F4E3D2C1B0A998877665544
SUMMARY;LANGUAGE=de-DE:Interview Werkstudent Embedded – Luca Steinmeier
DTSTART;TZID=W. Europe Standard Time:20261022T140000
DTEND;TZID=W. Europe Standard Time:20261022T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T091733Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Pader (EG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Schäpers, Dirk", "dirk.schaepers@paderwerk-elektronik.de"),
              "Interview Werkstudent Embedded – Luca Steinmeier", "2026-10-16 11:17:33",
              "<DB9P195MB1440B2C3D4E5F6A7B8C9D0E1F2A3B@DB9P195MB1440.EURP195.PROD.OUTLOOK.COM>",
              to=addr("Hülsmann, Svenja", WORK),
              relay="from mail.paderwerk-elektronik.de (mail.paderwerk-elektronik.de [80.147.12.61])",
              ident="4QiB3n7Ce5z0ft",
              extra=(("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}"),
                     ("Thread-Topic", enc("Interview Werkstudent Embedded – Luca Steinmeier")),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(35), family="current_job_hr_talk", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Annual review meeting ('Jahresgespräch 2026', Mon 30 Nov 14:00-15:00) with her manager at "
           "the current job, Outlook invite forwarded from the work address: a fixed-time talk about "
           "her job, not a job interview")
def current_job_review() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Hallo Svenja,</p>
        <p class="MsoNormal">wie jedes Jahr: hier der Termin für unser Jahresgespräch. Bitte bring den ausgefüllten Vorbereitungsbogen mit (liegt im Intranet unter Personal &gt; Formulare). Themen: Rückblick 2026, Ziele 2027, Weiterbildung &ndash; und gern auch, wie es dir im Team gerade geht.</p>
        <p class="MsoNormal">Gruß<br>Dirk</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Schäpers\\, Dirk:mailto:dirk.schaepers@paderwerk-elektronik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hülsmann\\, Svenja:mailto:s.huelsmann@paderwerk-elektronik.de
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A57BDD01000000000000000010000000112233445566778899AABBCCDDEEFF00
SUMMARY;LANGUAGE=de-DE:Jahresgespräch 2026 / Zielvereinbarung 2027 – Svenja
DTSTART;TZID=W. Europe Standard Time:20261130T140000
DTEND;TZID=W. Europe Standard Time:20261130T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261123T074502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Dirk (1.07)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Schäpers, Dirk", "dirk.schaepers@paderwerk-elektronik.de"),
              "Jahresgespräch 2026 / Zielvereinbarung 2027 – Svenja", "2026-11-23 08:45:02",
              "<DB9P195MB14405E6F7A8B9C0D1E2F3A4B5C6D7@DB9P195MB1440.EURP195.PROD.OUTLOOK.COM>",
              to=addr("Hülsmann, Svenja", WORK),
              relay="from mail.paderwerk-elektronik.de (mail.paderwerk-elektronik.de [80.147.12.61])",
              ident="4QvG1r5Hb7z3ke",
              extra=(("X-Forwarded-To", OWNER), ("Sensitivity", "Private"),
                     ("Content-Language", "de-DE")))
    return message(hs, mixed(html(page),
                             calendar(ics, cte="quoted-printable", filename="meeting.ics",
                                      disposition="attachment")))


@mail(n(36), family="rejection", lang="en", interview=False, company="Nexora Automation SE",
      note="SmartRecruiters rejection after interviews ('thank you for the time you spent with our "
           "team'); mentions past interviews, no new appointment")
def smartrecruiters_rejection() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <div style="max-width:600px">
        <p>Dear Svenja,</p>
        <p>Thank you for your interest in the <b>Embedded Linux Engineer &ndash; Industrial Edge</b> position at Nexora Automation and for the time you spent with our team during the interviews last week.</p>
        <p>After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs. This was not an easy decision, as we were impressed by your background in Yocto and secure boot.</p>
        <p>We will keep your profile in our talent pool and may reach out should a suitable opportunity arise. You can update your profile or withdraw your consent at any time in your candidate portal.</p>
        <p>We wish you all the best in your job search.</p>
        <p>Kind regards,<br>The Nexora Automation Talent Acquisition Team</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#999">Nexora Automation SE &middot; Westfalendamm 87 &middot; 44141 Dortmund<br>This email was sent via SmartRecruiters. <a href="https://jobs.smartrecruiters.com/NexoraAutomation/privacy">Privacy policy</a></p>
        </div></body></html>
        """)
    hs = head(addr("Nexora Automation", "no-reply@smartrecruiters.com"),
              "Your application for Embedded Linux Engineer – Industrial Edge", "2026-10-27 10:03:15",
              "<0100019a9f1e2d3c-4b5a6978-8f9e-4d0c-b1a2-3c4d5e6f7a8b-000000@email.amazonses.com>",
              relay="from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
              ident="4QlT9a3Nw6z2bh")
    return message(hs, html(page, cte="quoted-printable"))


@mail(n(37), family="offer", lang="de", interview=False, company="Fernbach Robotics GmbH",
      note="Job offer from the Paderborn start-up after the on-site visit (du): contract attached, "
           "answer by a date, a call 'gern diese Woche' with no time fixed; not an interview")
def fernbach_offer() -> bytes:
    body = t("""
        Hi Svenja,

        nach eurem Treffen letzte Woche waren Ilka und ich uns schnell einig: Wir würden dich sehr
        gern an Bord holen!

        Anbei unser Angebot als PDF – kurz zusammengefasst:
        - Senior Embedded Linux Engineer, unbefristet, 38,5 h, Start 1.1.2027 oder nach Absprache
        - 72.000 € brutto/Jahr plus 0,25 % virtuelle Anteile (VSOP, Details im Anhang)
        - zwei Tage Homeoffice pro Woche, Bahncard 50 oder Jobrad

        Magst du uns bis Freitag, 16.10., Bescheid geben? Wenn du vorher Fragen hast, ruf mich
        einfach an, auch gern abends.

        Wir drücken uns selbst die Daumen :)
        Jonas

        --
        Jonas Pöppelbaum
        Mitgründer & CTO
        Fernbach Robotics GmbH · Technologiepark 19 · 33100 Paderborn
        +49 5251 699 2041
        """)
    pdf = "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nL1BhZ2VzIDIgMCBSPj4KZW5kb2JqCg=="
    att = text(pdf, charset="us-ascii", cte="7bit")
    att.headers = [("Content-Type", 'application/pdf; name="Angebot_Huelsmann.pdf"'),
                   ("Content-Disposition", 'attachment; filename="Angebot_Huelsmann.pdf"'),
                   ("Content-Transfer-Encoding", "base64")]
    hs = head(addr("Jonas Pöppelbaum", "jonas@fernbach-robotics.de"),
              "Unser Angebot für dich", "2026-10-07 18:26:40",
              "<CAH7uq2Np4eWhF5cIZs4wL2o1AqUr9nKyT6pBf7d_Sg@mail.gmail.com>",
              relay="from mail-wm1-f49.google.com (mail-wm1-f49.google.com [209.85.128.49])",
              ident="4QhG8c2Dk4z6jq")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), att))


@mail(n(38), family="application_receipt", lang="de", interview=False, company="Hansawerk Maschinenbau AG",
      note="Taleo application receipt (windows-1252) with a vague outlook on interviews "
           "('voraussichtlich in KW 47'); nothing scheduled")
def taleo_receipt() -> bytes:
    body = t("""
        Sehr geehrte Frau Hülsmann,

        vielen Dank für Ihre Bewerbung auf die Stelle

            Softwareentwickler Embedded Linux (m/w/d) – Standort Hannover
            Referenznummer: 26-0417

        Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig
        und melden uns innerhalb von zwei bis drei Wochen bei Ihnen. Die Vorstellungsgespräche für
        diese Position finden voraussichtlich in KW 47 statt.

        Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen:
        https://hansawerk.taleo.net/careersection/ex/mysubmissions.ftl?lang=de

        Mit freundlichen Grüßen
        Ihr Recruiting-Team
        Hansawerk Maschinenbau AG

        Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
        """)
    hs = head(addr("Hansawerk Maschinenbau AG", "do-not-reply@taleo.net"),
              "Eingangsbestätigung Ihrer Bewerbung – 26-0417", "2026-11-02 09:14:51",
              "<1382017745.118293.1793607291553.JavaMail.oracle@tlo-prd-mta-06.taleo.net>",
              relay="from tlo-prd-mta-06.taleo.net (tlo-prd-mta-06.taleo.net [160.34.16.116])",
              ident="4QoW3f0Ls8z5mc", charset="windows-1252",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(39), family="job_alert", lang="de", interview=False, company=None,
      note="Job board alert with new listings (some from employers elsewhere in this inbox); no "
           "appointment")
def job_alert() -> bytes:
    body = t("""
        Hallo Svenja,

        wir haben 8 neue Jobs für Ihren Suchauftrag "Embedded Linux" in Paderborn (+ 50 km) gefunden:

        1. Embedded Software Engineer Linux (m/w/d)
           Westerkamp Bahntechnik GmbH · Dortmund · vor 1 Tag
        2. Softwareentwickler Embedded Linux / Yocto (m/w/d)
           Lindemeyer Mess- und Regeltechnik GmbH & Co. KG · Bielefeld · vor 2 Tagen
        3. Firmware-Entwickler (m/w/d) Antriebstechnik
           Brenkhoff Antriebstechnik GmbH · Gütersloh · vor 2 Tagen
        4. Linux BSP Engineer (m/w/d) – Hybrid
           Hagedorn Steuerungssysteme AG · Hannover · vor 3 Tagen
        5. Embedded Linux Developer (m/w/d) – Landmaschinen-Terminals
           Kettelhoit Agrartechnik GmbH · Delbrück · vor 4 Tagen
        6. Test Automation Engineer Embedded (m/w/d)
           Paderwerk Elektronik GmbH · Paderborn · vor 5 Tagen
        7. Entwicklungsingenieur Steuerungssoftware (m/w/d)
           Brinkschulte Sondermaschinenbau GmbH · Salzkotten · vor 6 Tagen
        8. Werkstudent Embedded Systems (m/w/d)
           Senne Digital Systems GmbH · Paderborn · vor 6 Tagen

        Alle Jobs ansehen: https://www.stellenradar.de/suche?agent=8812734

        Tipp: Mit dem Bewerbungs-Check wissen Sie vor dem Vorstellungsgespräch, wo Sie stehen.

        Suchauftrag bearbeiten oder abbestellen: https://www.stellenradar.de/konto/suchauftraege
        Stellenradar GmbH · Köln
        """)
    hs = head(addr("Stellenradar Jobagent", "jobagent@mail.stellenradar.de"),
              "8 neue Jobs: Embedded Linux in Paderborn (+ 50 km)", "2026-09-01 07:05:12",
              "<jobagent.8812734.20260901070512@mail.stellenradar.de>",
              relay="from mta-7.mail.stellenradar.de (mta-7.mail.stellenradar.de [185.21.104.7])",
              ident="4Qb90p2Rx1z7ka",
              extra=(("List-Unsubscribe", "<https://www.stellenradar.de/unsub?a=8812734>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(40), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter (HTML only) about technical job interviews for embedded developers; "
           "talks about interviews and times generically, no appointment")
def newsletter() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"><title>Elektronik-Karriere 41/2026</title></head>
        <body style="margin:0;background:#eceff1;font-family:Georgia,serif">
        <table width="640" align="center" style="background:#fff" cellpadding="24"><tr><td>
        <p style="font-family:Arial;font-size:12px;color:#78909c">Elektronik-Karriere &middot; Ausgabe 41/2026 &middot; <a href="https://www.elektronik-karriere.de/nl/41-2026">Im Browser ansehen</a></p>
        <h1 style="font-size:26px">Das technische Vorstellungsgespräch: 7 Fragen, die Embedded-Entwickler kennen sollten</h1>
        <p>&bdquo;Erklären Sie uns, was zwischen dem Einschalten und dem Login-Prompt passiert.&ldquo; Wer sich auf eine Stelle als Embedded-Linux-Entwicklerin bewirbt, hört diese Frage fast sicher. Wir haben mit Recruitern und Teamleitern gesprochen &ndash; und die Klassiker gesammelt: Device Tree, volatile, Interrupt-Latenz, Bootloader, Kernel-Module, Speicherbarrieren und das Lieblingsthema aller Interviewer: Race Conditions.</p>
        <p><b>Unser Tipp:</b> Planen Sie für das Fachgespräch 60 bis 90 Minuten ein, und seien Sie zehn Minuten vor dem Termin im Video-Call. Bringen Sie ein eigenes Projekt mit, über das Sie eine Viertelstunde frei sprechen können.</p>
        <p><a href="https://www.elektronik-karriere.de/artikel/technisches-interview-embedded">Weiterlesen &rarr;</a></p>
        <h2 style="font-size:18px">Außerdem in dieser Ausgabe</h2>
        <ul><li>Gehaltsreport 2026: Was Embedded-Entwickler in OWL verdienen</li>
        <li>Remote aus Deutschland für Arbeitgeber in der Schweiz &ndash; was steuerlich gilt</li>
        <li>Interview mit einer Teamleiterin: &bdquo;Ich achte auf die Fragen, die Kandidaten stellen&ldquo;</li></ul>
        <p style="font-family:Arial;font-size:11px;color:#90a4ae">Sie erhalten diesen Newsletter, weil Sie sich auf elektronik-karriere.de angemeldet haben. <a href="https://www.elektronik-karriere.de/nl/abmelden">Abmelden</a></p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Elektronik-Karriere", "newsletter@elektronik-karriere.de"),
              "Das technische Vorstellungsgespräch: 7 Fragen, die Sie kennen sollten", "2026-10-08 06:30:00",
              "<nl-41-2026.3f9a.svenja.huelsmann=example.org@news.elektronik-karriere.de>",
              relay="from news.elektronik-karriere.de (news.elektronik-karriere.de [94.130.70.15])",
              ident="4QhK2w6Tz0z8pd",
              extra=(("List-Id", "Elektronik-Karriere Newsletter <newsletter.elektronik-karriere.de>"),
                     ("List-Unsubscribe", "<https://www.elektronik-karriere.de/nl/abmelden?u=3f9a>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(41), family="workable_pick_slot", lang="en", interview=False, company="Morrow Wind ApS",
      days=(("Mon", "2026-11-23"), ("Fri", "2026-11-27")),
      note="Workable self-scheduling request: pick a slot between Mon 23 and Fri 27 Nov via a link; "
           "no time fixed")
def workable_pick() -> bytes:
    body = t("""
        Hi Svenja,

        Thanks for applying for the Embedded Linux Engineer (Turbine Controls) role at Morrow Wind.
        We'd love to have a first 30-minute video call with you.

        Please pick a time that suits you - slots are available between Monday 23 November and
        Friday 27 November (times are shown in your own time zone):

        Choose a time: https://apply.workable.com/morrow-wind/j/4F2C9E17A0/schedule/b8d1e6

        Once you've picked a slot you'll receive a confirmation with the video link.

        Best regards,
        Freja Kjær
        People Partner, Morrow Wind ApS
        Copenhagen, Denmark
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Svenja,</p>
        <p>Thanks for applying for the Embedded Linux Engineer (Turbine Controls) role at Morrow Wind. We'd love to have a first 30-minute video call with you.</p>
        <p>Please pick a time that suits you - slots are available between Monday 23 November and Friday 27 November (times are shown in your own time zone):</p>
        <p><a href="https://apply.workable.com/morrow-wind/j/4F2C9E17A0/schedule/b8d1e6" style="background:#00756a;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Choose a time</a></p>
        <p>Once you've picked a slot you'll receive a confirmation with the video link.</p>
        <p>Best regards,<br>Freja Kjær<br>People Partner, Morrow Wind ApS<br>Copenhagen, Denmark</p>
        <p style="font-size:11px;color:#888">Sent with Workable</p>
        </body></html>
        """)
    hs = head(addr("Morrow Wind", "noreply@candidates.workablemail.com"),
              "Schedule your interview with Morrow Wind", "2026-11-18 13:48:09",
              "<c4e2a8f0.9b71.4d3e.a5c6.1f2e3d4c5b6a@candidates.workablemail.com>",
              zone="Europe/Copenhagen",
              relay="from mail-b.workablemail.com (mail-b.workablemail.com [34.240.9.81])",
              ident="4QtA5g8Vq3z2ex",
              extra=(("Reply-To", "morrow-wind+b8d1e64f2c@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(42), family="recruiter_outreach", lang="de", interview=False,
      company="Talentbrücke Personalberatung GmbH",
      note="Headhunter outreach (windows-1252): asks for 15 minutes and for a few time windows; no "
           "time fixed")
def outreach() -> bytes:
    body = t("""
        Guten Tag Frau Hülsmann,

        ich bin auf Ihr Profil gestoßen und melde mich, weil ich für einen Mandanten – einen
        mittelständischen Hersteller von Medizingeräten in Ostwestfalen – eine/n Lead Embedded
        Linux Engineer (m/w/d) suche. Ihre Erfahrung mit Yocto, RAUC-Updates und Secure Boot passt
        ausgesprochen gut zu dem, was das Team sucht.

        Eckdaten: unbefristet, 80–95 T€ je nach Erfahrung, 2–3 Tage mobiles Arbeiten, kleines Team
        mit echter Gestaltungsfreiheit.

        Hätten Sie in den nächsten Tagen 15 Minuten für ein vertrauliches Telefonat? Schicken Sie
        mir gern zwei, drei Zeitfenster, die Ihnen passen – ich richte mich ganz nach Ihnen.

        Beste Grüße aus Bielefeld
        Jan-Philipp Vornholt
        Senior Consultant Engineering & IT

        Talentbrücke Personalberatung GmbH
        Niederwall 23 · 33602 Bielefeld
        +49 521 329 771-12 · jp.vornholt@talentbruecke.de
        """)
    hs = head(addr("Jan-Philipp Vornholt", "jp.vornholt@talentbruecke.de"),
              "Lead Embedded Linux (m/w/d) – vertrauliche Anfrage", "2026-09-08 11:52:36",
              "<000c01dc3f7e$4a5b6c70$def01234$@talentbruecke.de>",
              relay="from smtp.talentbruecke.de (smtp.talentbruecke.de [176.9.20.88])",
              ident="4QbY8m3Pe5z1tj", charset="windows-1252",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, alt(text(body, charset="windows-1252"),
                           html(gmail_html(body), charset="windows-1252")))


@mail(n(43), family="doctor_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Doctor's appointment reminder from a booking platform ('Do., 26.11.2026 um 08:15 Uhr'): a "
           "fixed time, not an interview")
def doctor() -> bytes:
    body = t("""
        Terminerinnerung

        Guten Tag Svenja Hülsmann,

        wir möchten Sie an Ihren Termin erinnern:

        Do., 26.11.2026 um 08:15 Uhr
        Dr. med. Ulrike Flörkemeier – Fachärztin für Allgemeinmedizin
        Gesundheits-Check-up (Vorsorge), bitte nüchtern erscheinen
        Westernstraße 40, 33098 Paderborn

        Bitte bringen Sie Ihre Gesundheitskarte mit. Falls Sie den Termin nicht wahrnehmen können,
        sagen Sie ihn bitte bis 24 Stunden vorher ab:
        https://www.praxisplaner.de/termine/absagen/7Q2XK9

        Ihr Praxisplaner-Team
        """)
    page = "<html><body style=\"font-family:Arial;font-size:14px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Praxisplaner", "noreply@praxisplaner.de"),
              "Terminerinnerung: Do., 26.11.2026 um 08:15 Uhr", "2026-11-24 08:15:00",
              "<reminder-7Q2XK9-48h@praxisplaner.de>",
              relay="from out.praxisplaner.de (out.praxisplaner.de [78.46.88.190])",
              ident="4QvP0d4Sg2z9wa", extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(44), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Property manager confirms a flat viewing in Bielefeld ('Samstag, 17.10., um 11.30 Uhr', "
           "iso-8859-1 8bit): fixed time, not an interview")
def flat_viewing() -> bytes:
    body = t("""
        Sehr geehrte Frau Hülsmann,

        vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in Bielefeld-Gadderbaum
        (Bodelschwinghstraße 118, 2. OG, 78 m², Kaltmiete 890 EUR).

        Gerne bestätige ich Ihnen den Besichtigungstermin am Samstag, 17.10., um 11.30 Uhr vor
        Ort. Bitte bringen Sie zur Besichtigung folgende Unterlagen mit:
        - Selbstauskunft (Formular anbei)
        - Einkommensnachweise der letzten drei Monate
        - Mietschuldenfreiheitsbescheinigung

        Mit freundlichen Grüßen

        Sabine Sieker
        Immobilien Sieker GmbH
        Hausverwaltung · Vermietung
        Obernstraße 16 · 33602 Bielefeld
        """)
    hs = head(addr("Immobilien Sieker - Vermietung", "vermietung@immobilien-sieker.de"),
              "Besichtigungstermin Bodelschwinghstraße 118", "2026-10-12 15:27:19",
              "<5f2a6c8e.1b3d.4e5f.9a0b.c1d2e3f4a5b6@immobilien-sieker.de>",
              relay="from mail.immobilien-sieker.de (mail.immobilien-sieker.de [217.160.0.77])",
              ident="4QiW7r1Jt6z4hu")
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(45), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="School portal confirms a parent-teacher meeting slot ('Do., 12.11.2026, 16:40 – 16:50 "
           "Uhr'): a fixed 'Gespräch', not a job interview")
def elternsprechtag() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
        <p><b>Grundschule am Rolandsweg &ndash; Elternsprechtag</b></p>
        <p>Liebe Eltern von Mats Hülsmann (Klasse 2b),</p>
        <p>Ihre Buchung für den Elternsprechtag wurde bestätigt:</p>
        <table cellpadding="4"><tr><td>Lehrkraft:</td><td>Frau Rehermann (Klassenleitung 2b)</td></tr>
        <tr><td>Termin:</td><td>Do., 12.11.2026, 16:40 &ndash; 16:50 Uhr</td></tr>
        <tr><td>Raum:</td><td>Klassenraum 2b, Erdgeschoss</td></tr></table>
        <p>Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Wenn Sie verhindert sind, stornieren Sie den Termin bitte im Portal, damit andere Eltern nachrücken können.</p>
        <p>Mit freundlichen Grüßen<br>Das Team der Grundschule am Rolandsweg</p>
        <p style="font-size:11px;color:#777">Diese Nachricht wurde über schulbrief-online versendet. Bitte nicht antworten.</p>
        </body></html>
        """)
    hs = head(addr("Grundschule am Rolandsweg (schulbrief-online)", "noreply@schulbrief-online.de"),
              "Elternsprechtag: Ihr Termin am 12.11.2026", "2026-11-05 20:03:48",
              "<sb-4471-12882-20261105190348@schulbrief-online.de>",
              relay="from mx-out.schulbrief-online.de (mx-out.schulbrief-online.de [46.4.112.9])",
              ident="4QpS9k2Cv0z6nd")
    return message(hs, html(page, cte="base64"))


@mail(n(46), family="webinar", lang="en", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Registration confirmation with ICS for a live webinar on cracking embedded-systems job "
           "interviews (Wed 21 Oct 6:00 PM CEST = 16:00Z); a confirmed time about interviews, but a "
           "webinar")
def webinar() -> bytes:
    body = t("""
        Hi Svenja,

        You're registered! 🎉

        Cracking the Embedded Systems Interview – live Q&A with hiring managers
        Wednesday, October 21, 2026 · 6:00 PM – 7:15 PM CEST

        Panel:
          Aisha Rahman (Engineering Manager, automotive Tier 1)
          Pekka Lindholm (Principal Engineer, IoT)
          moderated by the Firmware Guild team

        Join link (personal, please don't share):
        https://firmwareguild.zoom.us/w/91720334451?tk=rG7cZ2kQ0vLw

        Add to calendar: the invite is attached. The recording will be sent to all registrants.

        See you there,
        Firmware Guild Events
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoom-webinar-91720334451@firmwareguild.zoom.us
DTSTAMP:20261014T090012Z
DTSTART:20261021T160000Z
DTEND:20261021T171500Z
SUMMARY:Cracking the Embedded Systems Interview – live Q&A with hiring managers
LOCATION:https://firmwareguild.zoom.us/w/91720334451
ORGANIZER;CN=Firmware Guild Events:mailto:events@firmwareguild.io
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Firmware Guild Events", "events@firmwareguild.io"),
              "Confirmed: Cracking the Embedded Systems Interview (Oct 21)", "2026-10-14 11:00:12",
              "<20261014090012.91720334451.reg-55810@firmwareguild.io>",
              relay="from mail.firmwareguild.io (mail.firmwareguild.io [167.89.74.233])",
              ident="4QiL6h3Mf8z1bg",
              extra=(("List-Unsubscribe", "<mailto:unsubscribe@firmwareguild.io>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", cte="base64", filename="webinar.ics",
                                      disposition="attachment")))


@mail(n(47), family="bounce", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Mail-delivery failure (multipart/report) returning the candidate's own reply that "
           "confirms 'Dienstag, 24.11., um 10 Uhr' to a mistyped recruiter address; a bounce of her "
           "own mail, not an employer's confirmation, and the message never arrived")
def bounce() -> bytes:
    own = message([
        ("From", TO),
        ("To", addr("Thomas Winkelmann", "t.winkelmann@kiebitz-elektronik.com")),
        ("Subject", enc("Re: Einladung zum Vorstellungsgespräch")),
        ("Date", date("2026-11-19 07:52:10", B)),
        ("Message-ID", "<e41c9b27-0d3a-4f65-8a1e-6b2c9d0f3e74@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text(t("""
        Sehr geehrter Herr Winkelmann,

        vielen Dank für die Einladung. Den Termin am Dienstag, 24.11., um 10 Uhr bei Ihnen in
        Lippstadt bestätige ich gern.

        Viele Grüße
        Svenja Hülsmann
        """), cte="8bit"))
    notice = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <t.winkelmann@kiebitz-elektronik.com>: host mx.kiebitz-elektronik.com[93.184.216.40]
            said: 550 5.1.1 <t.winkelmann@kiebitz-elektronik.com>: Recipient address
            rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = raw_part([("Content-Type", "message/delivery-status")], t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4QtX1c7Bk9z3
        Arrival-Date: Thu, 19 Nov 2026 07:52:11 +0100 (CET)

        Final-Recipient: rfc822; t.winkelmann@kiebitz-elektronik.com
        Original-Recipient: rfc822;t.winkelmann@kiebitz-elektronik.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.kiebitz-elektronik.com
        Diagnostic-Code: smtp; 550 5.1.1 <t.winkelmann@kiebitz-elektronik.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """))
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx01.example.org"),
              "Undelivered Mail Returned to Sender", "2026-11-19 07:52:14",
              "<20261119065214.8D2F11C0A4@mx01.example.org>",
              relay="from localhost (localhost [127.0.0.1])", ident="8D2F11C0A4",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, multipart("report", text(notice, charset="us-ascii", cte="7bit"), status,
                                 attached_message(own), params="report-type=delivery-status"))


@mail(n(48), family="mailing_list", lang="en", interview=False, company=None,
      days=(("Thu", "2026-12-03"),),
      note="Open-source mailing-list post announcing a working-group call (Thursday 3 December, 16:00 "
           "UTC) that also mentions the project 'interviewing' release-manager candidates; list mail, "
           "not the candidate's interview")
def mailing_list() -> bytes:
    body = t("""
        Hi all,

        Reminder that the BSP working group call is this Thursday, 3 December, at 16:00 UTC
        (17:00 CET, 08:00 PST). Same Jitsi room as always:
        https://meet.bspforge.org/bsp-wg

        Agenda:
        1. meta-bspforge-rockchip: moving to kernel 6.18 LTS (Svenja's RFC series, v3)
        2. Deprecating the old U-Boot env layout - who still needs it?
        3. Release manager for 27.04: the TSC has finished interviewing the two candidates
           and will announce the result on the list next week
        4. AOB

        Please add items to the wiki page before Wednesday evening.

        Cheers,
        Rahul

        --
        Rahul Menon
        BSP WG chair
        _______________________________________________
        bspforge-dev mailing list
        bspforge-dev@lists.bspforge.org
        https://lists.bspforge.org/mailman/listinfo/bspforge-dev
        """)
    hs = head(addr("Rahul Menon via bspforge-dev", "bspforge-dev@lists.bspforge.org"),
              "[bspforge-dev] BSP WG call - Thursday 3 December, 16:00 UTC", "2026-11-30 09:41:27",
              "<CAB8nX2q4Rt6Yu8Wz0Ac2Ee4Gg6Ii8Kk0Mm2Oo4Qq@mail.gmail.com>", zone="Asia/Kolkata",
              relay="from lists.bspforge.org (lists.bspforge.org [140.211.169.58])",
              ident="4QwB2p8Nh4z0ce",
              extra=(("Reply-To", addr("Rahul Menon", "rahul.menon@example.com")),
                     ("Sender", '"bspforge-dev" <bspforge-dev-bounces@lists.bspforge.org>'),
                     ("List-Id", "BSPForge development <bspforge-dev.lists.bspforge.org>"),
                     ("List-Post", "<mailto:bspforge-dev@lists.bspforge.org>"),
                     ("List-Archive", "<https://lists.bspforge.org/pipermail/bspforge-dev/>"),
                     ("List-Unsubscribe", "<https://lists.bspforge.org/mailman/options/bspforge-dev>"),
                     ("Precedence", "list"),
                     ("X-Mailman-Version", "2.1.39")))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


@mail(n(49), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Bank confirms a mortgage advice appointment ('Montag, 14.12.2026, 17:00 Uhr', with ICS): "
           "a fixed 'Beratungsgespräch', not a job interview")
def bank() -> bytes:
    body = t("""
        Sehr geehrte Frau Hülsmann,

        vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihnen Ihr Beratungsgespräch:

        Thema:     Baufinanzierung / Anschlussfinanzierung
        Termin:    Montag, 14.12.2026, 17:00 – 18:30 Uhr
        Ort:       Filiale Paderborn-Elsen, Von-Ketteler-Straße 2
        Berater:   Tim Brökelmann, Baufinanzierungsspezialist

        Damit wir die Zeit gut nutzen können, bringen Sie bitte Ihre letzten drei
        Gehaltsabrechnungen, den Kaufvertragsentwurf bzw. das Exposé und eine Übersicht Ihres
        Eigenkapitals mit.

        Mit freundlichen Grüßen
        Ihre Lippe-Senne Bank eG
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lippe-Senne Bank eG//Terminvereinbarung//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:termin-20261214-1700-88213@lippe-senne-bank.de
DTSTAMP:20261207T103300Z
DTSTART;TZID=Europe/Berlin:20261214T170000
DTEND;TZID=Europe/Berlin:20261214T183000
SUMMARY:Beratungsgespräch Baufinanzierung – Lippe-Senne Bank
LOCATION:Filiale Paderborn-Elsen\\, Von-Ketteler-Straße 2
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lippe-Senne Bank eG", "termine@lippe-senne-bank.de"),
              "Terminbestätigung: Ihr Beratungsgespräch am 14.12.2026", "2026-12-07 11:33:00",
              "<termin.88213.20261207103300@lippe-senne-bank.de>",
              relay="from mailout.lippe-senne-bank.de (mailout.lippe-senne-bank.de [194.25.171.30])",
              ident="4QyF4j6Dr1z8sv")
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="Termin.ics",
                                      disposition="attachment")))


@mail(n(50), family="auto_reply", lang="de", interview=False, company="Westerkamp Bahntechnik GmbH",
      days=(("Mon", "2026-11-09"),),
      note="Out-of-office auto-reply (German/English) from the recruiter to the candidate's reply to "
           "the Workday invitation; the subject repeats 'Interview geplant' but the mail fixes "
           "nothing; company = the employer the recruiter works for")
def auto_reply() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Montag, 9.11., nicht im Büro und habe nur eingeschränkt Zugriff
        auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden
        Sie sich bitte an recruiting@westerkamp-bahn.de oder +49 231 97718-300.

        Thank you for your message. I am out of the office until Monday, 9 November, with limited
        access to e-mail. For urgent matters please contact recruiting@westerkamp-bahn.de.

        Mit freundlichen Grüßen / Kind regards
        Aylin Demirci
        Recruiting | Westerkamp Bahntechnik GmbH
        """)
    hs = head(addr("Demirci, Aylin", "aylin.demirci@westerkamp-bahn.de"),
              "Automatische Antwort: Interview geplant: Embedded Software Engineer Linux (m/w/d) – R-10482",
              "2026-11-05 19:02:44", "<AS8P250MB0761C3D4E5F6A7B8C9D0E1F2A3B4C@AS8P250MB0761.EURP250.PROD.OUTLOOK.COM>",
              relay="from EUR03-AS8-obe.outbound.protection.outlook.com (mail-as8eur03on2121.outbound.protection.outlook.com [40.107.103.121])",
              ident="4QpR0e2Gk5z7lw",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "aylin.demirci@westerkamp-bahn.de"),
                     ("In-Reply-To", "<9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d@example.org>"),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(gmail_html(body))))
