"""blind229: a blind 50-mail held-out set, the inbox of a job seeker in Magdeburg.

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing and
the checks. Written without reading the detector, its tests or the other held-out mails.

    python3 bench/heldout/make_blind.py blind229
"""

from __future__ import annotations

import base64
import hashlib
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
    utc,
)

SET = "blind229"
ORDER = random.Random(2290229).sample(range(1, 51), 50)
ME = "tobias.krueger@example.org"
ME_H = addr("Tobias Krüger", ME)
BER = "Europe/Berlin"


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def pos(key: int, *, local: str, zone: str, local_end: str | None = None, **kw):
    rest = local.split(" ", 1)[1]
    return mail(n(key), interview=True, local=local, zone=zone, local_end=local_end,
                start=utc(rest, zone), end=utc(local_end, zone) if local_end else None, **kw)


def neg(key: int, **kw):
    return mail(n(key), interview=False, **kw)


def head(frm: str, subj: str, when: str, zone: str, mid: str, relay: str, *, to: str = ME_H,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8", lag: int = 3) -> list:
    ident = hashlib.sha256(mid.encode()).hexdigest()[:11].upper()
    return [
        ("Delivered-To", ME),
        ("Received", received(f"from {relay}", when, zone,
                              f"mx02.example.org (Postfix) with ESMTPS id {ident}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subj, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def ics(prodid: str, uid: str, start: str, end: str | None, summary: str, organizer: str | None,
        *, method: str | None = "REQUEST", tz: str | None = None, seq: int = 0,
        status: str = "CONFIRMED", location: str = "", description: str = "",
        stamp: str = "20260901T080000Z", attendees: tuple[tuple[str, str], ...] = (("Tobias Krüger", ME),),
        extra: str = "") -> str:
    """start/end: 'DTSTART' value with its parameters, e.g. ';TZID=Europe/Berlin:20261026T093000'."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(VTZ[tz])
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART{start}"]
    if end:
        lines.append(f"DTEND{end}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    if organizer:
        lines.append(organizer)
    for cn, a in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}")
    if extra:
        lines.append(extra)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines)


# =========================================================================== positives (keys 1-23)


@pos(1, local="Thu 2026-09-10 11:00", local_end="2026-09-10 12:00", zone=BER, family="greenhouse",
     lang="en", kind="scheduled", contact="lena.hoffmann@kranich-robotics.de", company="Kranich Robotics",
     note="Greenhouse confirmation sent Mon 7 Sep (UTC Date); '11:00 AM - 12:00 PM CEST' = 09:00-10:00Z, "
          "ICS in UTC agrees; contact = human Reply-To (recruiter)")
def p01() -> bytes:
    body = t("""
        Hi Tobias,

        Thank you for confirming your availability. Your video interview for the Robotics Software
        Engineer (Fleet Navigation) position at Kranich Robotics is confirmed:

        Thursday, September 10th 2026
        11:00 AM - 12:00 PM CEST (Europe/Berlin)

        Interviewers:
          Lena Hoffmann - Talent Acquisition Partner
          Dr. Oskar Brandl - Engineering Lead, Navigation

        Location: Google Meet - https://meet.google.com/xqv-ptrm-kod

        If you need to reschedule, simply reply to this email and it will reach Lena.

        Best regards,
        Kranich Robotics Recruiting
        Rudower Chaussee 29, 12489 Berlin
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
        <p>Hi Tobias,</p>
        <p>Thank you for confirming your availability. Your video interview for the <b>Robotics Software
        Engineer (Fleet Navigation)</b> position at Kranich Robotics is confirmed:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>When</b></td><td>Thursday, September 10th 2026<br>11:00 AM - 12:00 PM CEST (Europe/Berlin)</td></tr>
        <tr><td><b>Interviewers</b></td><td>Lena Hoffmann &ndash; Talent Acquisition Partner<br>Dr. Oskar Brandl &ndash; Engineering Lead, Navigation</td></tr>
        <tr><td><b>Where</b></td><td><a href="https://meet.google.com/xqv-ptrm-kod">Google Meet</a></td></tr>
        </table>
        <p>If you need to reschedule, simply reply to this email and it will reach Lena.</p>
        <p>Best regards,<br>Kranich Robotics Recruiting<br>Rudower Chaussee 29, 12489 Berlin</p>
        <img src="https://u2361471.ct.sendgrid.net/wf/open?upn=Zx8q" width="1" height="1" alt="">
        </body></html>
        """)
    cal = ics("-//Greenhouse Software//Greenhouse//EN", "gh-interview-88213457@greenhouse.io",
              ":20260910T090000Z", ":20260910T100000Z",
              "Interview: Tobias Krüger - Robotics Software Engineer (Fleet Navigation)",
              "ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@kranich-robotics.de",
              location="https://meet.google.com/xqv-ptrm-kod", stamp="20260907T160241Z")
    hs = head('"Kranich Robotics" <no-reply@us.greenhouse-mail.io>',
              "Interview Confirmation: Robotics Software Engineer (Fleet Navigation) at Kranich Robotics",
              "2026-09-07 16:02:41", "UTC", "<0100019a1f3c2b7e-5d1e4c7a-9b2f-4e11-8c3d-77a0e1f6b2c4-000000@email.greenhouse-mail.io>",
              "o1678.greenhouse-mail.io (o1678.greenhouse-mail.io [167.89.17.42])",
              extra=(("Reply-To", addr("Lena Hoffmann", "lena.hoffmann@kranich-robotics.de")),
                     ("X-SG-EID", "u001.Jp4dX9kq2mZ7a1Lr8wVt3Q==")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, cte="base64", disposition="attachment", filename="invite.ics")))


@pos(2, local="Tue 2026-12-08 10:15", local_end="2026-12-08 11:15", zone=BER, family="personio", lang="de",
     kind="scheduled", contact="s.wolff@elbtal-foerdertechnik.de", company="Elbtal Fördertechnik GmbH",
     note="Personio invitation (HTML only) 'Di., 08.12.2026, 10:15 – 11:15 Uhr' in Magdeburg, CET = UTC+1 -> "
          "09:15-10:15Z; ICS agrees; contact = human Reply-To. Moved later by the same recruiter (thread)")
def p02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1f">
        <tr><td>
        <img src="https://elbtal-foerdertechnik.jobs.personio.de/logo.png" alt="Elbtal Fördertechnik" height="40">
        <p>Guten Tag Herr Krüger,</p>
        <p>vielen Dank für Ihr Interesse an der Position <strong>Softwareentwickler:in Robotik (m/w/d)</strong>.
        Gerne bestätigen wir Ihnen den folgenden Termin für Ihr persönliches Gespräch:</p>
        <p style="background:#eef3fb;padding:12px">
        <strong>Termin:</strong> Di., 08.12.2026, 10:15 – 11:15 Uhr<br>
        <strong>Ort:</strong> Elbtal Fördertechnik GmbH, Sülzeweg 14, 39112 Magdeburg (Empfang Haus B)<br>
        <strong>Gesprächspartner:</strong> Sandra Wolff (Personal), Thomas Grabowski (Leitung Softwareentwicklung)
        </p>
        <p>Bitte bringen Sie einen Lichtbildausweis mit. Parkplätze finden Sie direkt vor Haus B.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Sandra Wolff<br>Personalreferentin</p>
        <p style="font-size:11px;color:#888">Elbtal Fördertechnik GmbH · Sülzeweg 14 · 39112 Magdeburg ·
        Amtsgericht Stendal HRB 31822 · Diese E-Mail wurde über Personio versendet.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    cal = ics("-//Personio GmbH//Personio Recruiting//DE", "personio-ev-4471903@personio.de",
              ";TZID=Europe/Berlin:20261208T101500", ";TZID=Europe/Berlin:20261208T111500",
              "Vorstellungsgespräch Elbtal Fördertechnik – Tobias Krüger",
              "ORGANIZER;CN=Sandra Wolff:mailto:s.wolff@elbtal-foerdertechnik.de", tz="Europe/Berlin",
              location="Sülzeweg 14\\, 39112 Magdeburg (Haus B)", stamp="20261130T081422Z")
    hs = head(addr("Elbtal Fördertechnik GmbH", "no-reply@personio.de"),
              "Einladung zum Vorstellungsgespräch – Softwareentwickler:in Robotik (m/w/d)",
              "2026-11-30 09:14:22", BER, "<personio.4471903.20261130081422@mail.personio.de>",
              "mail-out3.personio.de (mail-out3.personio.de [18.185.115.201])",
              extra=(("Reply-To", addr("Sandra Wolff", "s.wolff@elbtal-foerdertechnik.de")),))
    return message(hs, mixed(html(page),
                             calendar(cal, cte="quoted-printable", disposition="attachment", filename="einladung.ics")))


@pos(3, local="Tue 2026-09-22 14:15", zone=BER, family="human_prose", lang="de", kind="scheduled",
     contact="uwe.seidel@pleissetal-intralogistik.de", company="Pleißetal Intralogistik GmbH",
     note="Team lead's plain reply (iso-8859-15, 8bit) sent Thu 17 Sep: 'nächste Woche Dienstag, um viertel drei "
          "nachmittags' = Tue 22 Sep 14:15 CEST (eastern 'viertel drei' = 14:15) -> 12:15Z; "
          "'so zwei Stunden' is approximate, end null")
def p03() -> bytes:
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für das nette Telefonat vorhin. Wie besprochen machen wir das dann nächste Woche
        Dienstag, um viertel drei nachmittags, bei uns in der Halle in Plagwitz (Naumburger Straße 28,
        Eingang über den Hof, dann links die Treppe hoch). Planen Sie so zwei Stunden ein, wir zeigen
        Ihnen hinterher auch noch die Anlage.

        Mit dabei ist noch mein Kollege Herr Pätzold aus der Instandhaltung.

        Falls was dazwischenkommt, rufen Sie mich einfach an: 0341 / 98 27 41-12.

        Mit freundlichen Grüßen aus Leipzig

        Uwe Seidel
        Teamleiter Steuerungstechnik
        Pleißetal Intralogistik GmbH
        Naumburger Straße 28 · 04229 Leipzig

        -----Ursprüngliche Nachricht-----
        Von: Tobias Krüger <tobias.krueger@example.org>
        Gesendet: Montag, 14. September 2026 20:03
        An: Seidel, Uwe <uwe.seidel@pleissetal-intralogistik.de>
        Betreff: Ihre Bewerbung als Softwareentwickler Robotik

        Sehr geehrter Herr Seidel,

        anbei wie gewünscht noch mein Arbeitszeugnis. Ich bin diese und nächste Woche
        recht flexibel.

        Viele Grüße
        Tobias Krüger
        """)
    hs = head(addr("Seidel, Uwe", "uwe.seidel@pleissetal-intralogistik.de", "iso-8859-15"),
              "AW: Ihre Bewerbung als Softwareentwickler Robotik", "2026-09-17 16:41:09", BER,
              "<AM9PR08MB61225B0E3D1A44C2A7F1B2E4C31A9@AM9PR08MB6122.eurprd08.prod.outlook.com>",
              "EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound.protection.outlook.com [40.107.22.91])",
              charset="iso-8859-15",
              extra=(("In-Reply-To", "<d81c2f0a-77b3-4e0c-9a55-3c1e0f4b2a90@example.org>"),
                     ("Thread-Topic", "Ihre Bewerbung als Softwareentwickler Robotik"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body, "iso-8859-15", "8bit"))


@pos(4, local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=BER, family="exchange_teams",
     lang="de", kind="scheduled", contact="m.koehler@leinewerk.de", company="Leinewerk Automation AG",
     note="Exchange meeting request (Teams) sent Wed 21 Oct in CEST; interview Mon 26 Oct, the day after "
          "Europe falls back: 09:30 CET = 08:30Z (not 07:30Z); ICS TZID 'W. Europe Standard Time' agrees; "
          "organizer = sender")
def p04() -> bytes:
    body = t("""
        Hallo Herr Krüger,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Gespräch über
        Microsoft Teams am Montag, 26.10., 9:30 Uhr (60 Minuten). Mit dabei sind Herr Dr. Lutz
        Behrens (Abteilungsleiter Robotik) und ich.

        Viele Grüße
        Miriam Köhler
        Talent Acquisition | Leinewerk Automation AG
        Vahrenwalder Str. 301 | 30179 Hannover
        Tel. +49 511 7730-214

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf Ihrem Computer, in der mobilen App oder auf einem Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE4ZTMtYzk0Ni00@thread.v2/0?context=%7b%22Tid%22%3a%22b1e0%22%7d>
        Besprechungs-ID: 371 552 904 118
        Kennung: 7bXq3K
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Krüger,</p>
        <p class="MsoNormal">wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Gespräch über
        Microsoft Teams am Montag, 26.10., 9:30 Uhr (60 Minuten). Mit dabei sind Herr Dr. Lutz Behrens
        (Abteilungsleiter Robotik) und ich.</p>
        <p class="MsoNormal">Viele Grüße<br>Miriam Köhler<br>Talent Acquisition | Leinewerk Automation AG<br>
        Vahrenwalder Str. 301 | 30179 Hannover<br>Tel. +49 511 7730-214</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:600">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2YjE4ZTMtYzk0Ni00@thread.v2/0">Hier klicken, um an der Besprechung teilzunehmen</a></div>
        <div>Besprechungs-ID: 371 552 904 118<br>Kennung: 7bXq3K</div>
        </div></body></html>
        """)
    desc = ("Hallo Herr Krüger\\,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung "
            "für unser Gespräch über Microsoft Teams.\\n\\nMicrosoft Teams-Besprechung\\nBesprechungs-ID: 371 552 904 118\\n")
    cal = ics("Microsoft Exchange Server 2010", "040000008200E00074C5B7101A82E00800000000A0C3F1C1B861DD01000000000000000010000000E3B0C44298FC1C149AFBF4C8996FB924",
              ";TZID=W. Europe Standard Time:20261026T093000", ";TZID=W. Europe Standard Time:20261026T103000",
              "Vorstellungsgespräch (Teams): Softwareentwickler Robotik – Tobias Krüger",
              "ORGANIZER;CN=Köhler\\, Miriam:mailto:m.koehler@leinewerk.de", tz="W. Europe Standard Time",
              location="Microsoft Teams-Besprechung", description=desc, stamp="20261021T080537Z",
              extra="X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE\nX-MICROSOFT-CDO-IMPORTANCE:1\nX-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\n"
                    "X-MICROSOFT-DISALLOW-COUNTER:FALSE\nX-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Microsoft Teams-Besprechung\"}]")
    cal = cal.replace("CALSCALE:GREGORIAN\n", "")
    hs = head(addr("Köhler, Miriam", "m.koehler@leinewerk.de"),
              "Vorstellungsgespräch (Teams): Softwareentwickler Robotik – Tobias Krüger",
              "2026-10-21 10:05:37", BER,
              "<FR3P281MB2410A7C1E0D84B4E9A61D2F4B9F52@FR3P281MB2410.DEUP281.PROD.OUTLOOK.COM>",
              "DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2112.outbound.protection.outlook.com [40.107.135.112])",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch (Teams): Softwareentwickler Robotik – Tobias Krüger")),
                     ("Thread-Index", "AdtlC1xQ4mVb0n7kRj2s8Hc3yq5T0w=="),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(page), calendar(cal, cte="base64")))


@pos(5, local="Thu 2026-10-15 14:00", local_end="2026-10-15 15:00", zone="Europe/Stockholm",
     family="teamtailor", lang="en", kind="scheduled", contact="elin.berg@fjordline.se",
     company="Fjordline Fleet Systems",
     note="Teamtailor 'interview booked' mail: the time is only in the attached ICS (Europe/Stockholm 14:00-15:00 "
          "CEST = 12:00-13:00Z); Reply-To is a Teamtailor relay, so contact = the ICS ORGANIZER")
def p05() -> bytes:
    body = t("""
        Hi Tobias,

        Great news - your video interview for Robotics Software Developer (Remote, EU) has been
        booked with Elin Berg and Marcus Lund.

        You'll find the date, the time and the meeting link in the attached calendar invitation
        (invite.ics). Please add it to your calendar so you don't miss it.

        Can't make it after all? Just reply to this message and we'll find another slot.

        Kind regards,
        The Fjordline team

        --
        Fjordline Fleet Systems AB · Sveavägen 44 · 111 34 Stockholm
        Sent via Teamtailor · https://career.fjordline.se
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#252525">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Hi Tobias,</p>
        <p>Great news &ndash; your video interview for <strong>Robotics Software Developer (Remote, EU)</strong> has been
        booked with Elin Berg and Marcus Lund.</p>
        <p>You&#39;ll find the date, the time and the meeting link in the attached calendar invitation
        (invite.ics). Please add it to your calendar so you don&#39;t miss it.</p>
        <p>Can&#39;t make it after all? Just reply to this message and we&#39;ll find another slot.</p>
        <p>Kind regards,<br>The Fjordline team</p>
        <p style="font-size:12px;color:#999">Fjordline Fleet Systems AB &middot; Sveav&auml;gen 44 &middot; 111 34 Stockholm<br>
        Sent via <a href="https://www.teamtailor.com">Teamtailor</a></p>
        </div></body></html>
        """)
    cal = ics("-//Teamtailor//Interview//EN", "tt-interview-2f9c61d0@teamtailor.com",
              ";TZID=Europe/Stockholm:20261015T140000", ";TZID=Europe/Stockholm:20261015T150000",
              "Video interview: Fjordline Fleet Systems x Tobias Krüger",
              "ORGANIZER;CN=Elin Berg:mailto:elin.berg@fjordline.se", tz="Europe/Stockholm",
              location="https://meet.fjordline.se/elin.berg/robotics-interview", stamp="20261012T064702Z",
              description="Robotics Software Developer (Remote\\, EU)\\nInterviewers: Elin Berg\\, Marcus Lund")
    hs = head('"Fjordline Fleet Systems" <no-reply@teamtailor-mail.com>',
              "Your interview with Fjordline Fleet Systems is booked", "2026-10-12 08:47:02", "Europe/Stockholm",
              "<6f0b2d8e91c4a.tt.1760251622@teamtailor-mail.com>",
              "a27-18.smtp-out.eu-west-1.amazonses.com (a27-18.smtp-out.eu-west-1.amazonses.com [54.240.27.18])",
              extra=(("Reply-To", '"Fjordline Fleet Systems" <reply+7f3c9a2e41b8@teamtailor-mail.com>'),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="REQUEST", disposition="attachment", filename="invite.ics",
                                      name_param=True, cte="base64")))


@pos(6, local="Tue 2026-09-08 10:00", zone=BER, family="softgarden", lang="de", kind="scheduled",
     contact="k.vogel@sachsenlager.de", company="Sachsenlager Systems GmbH",
     note="softgarden message relay, sent Wed 2 Sep: 'am Dienstag, den 8. um 10:00 Uhr' without a month = "
          "Tue 8 Sep (the next 8th, and a Tuesday) 10:00 CEST = 08:00Z; 'ca. 90 Minuten' approximate, end null; "
          "contact = human Reply-To")
def p06() -> bytes:
    body = t("""
        Sie haben eine neue Nachricht von Sachsenlager Systems GmbH erhalten.

        Stelle: Softwareentwickler (m/w/d) Lagerautomatisierung / ROS 2 - Dresden

        ---------------------------------------------------------------
        Sehr geehrter Herr Krüger,

        schön, dass es so kurzfristig klappt! Hiermit bestätige ich Ihnen das Vorstellungsgespräch
        am Dienstag, den 8. um 10:00 Uhr bei uns in Dresden-Klotzsche (Königsbrücker Landstraße 96,
        Gebäude C, 2. OG). Das Gespräch dauert ca. 90 Minuten; im Anschluss zeigen wir Ihnen gern
        unser Testfeld.

        Bei Fragen erreichen Sie mich direkt unter k.vogel@sachsenlager.de oder 0351 88 64 20-31.

        Freundliche Grüße
        Katrin Vogel
        Recruiting & Personalentwicklung
        ---------------------------------------------------------------

        Sie können direkt auf diese E-Mail antworten.

        Diese Nachricht wurde über softgarden e-recruiting versendet.
        softgarden e-recruiting GmbH · Tauentzienstraße 14 · 10789 Berlin
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p style="color:#666">Sie haben eine neue Nachricht von <b>Sachsenlager Systems GmbH</b> erhalten.</p>
        <p style="color:#666">Stelle: Softwareentwickler (m/w/d) Lagerautomatisierung / ROS 2 - Dresden</p>
        <div style="border-left:3px solid #00a3d9;padding-left:12px">
        <p>Sehr geehrter Herr Krüger,</p>
        <p>schön, dass es so kurzfristig klappt! Hiermit bestätige ich Ihnen das Vorstellungsgespräch
        am Dienstag, den 8. um 10:00 Uhr bei uns in Dresden-Klotzsche (Königsbrücker Landstraße 96,
        Gebäude C, 2. OG). Das Gespräch dauert ca. 90 Minuten; im Anschluss zeigen wir Ihnen gern
        unser Testfeld.</p>
        <p>Bei Fragen erreichen Sie mich direkt unter <a href="mailto:k.vogel@sachsenlager.de">k.vogel@sachsenlager.de</a>
        oder 0351 88 64 20-31.</p>
        <p>Freundliche Grüße<br>Katrin Vogel<br>Recruiting &amp; Personalentwicklung</p>
        </div>
        <p style="font-size:11px;color:#999">Sie können direkt auf diese E-Mail antworten.<br>
        Diese Nachricht wurde über softgarden e-recruiting versendet.</p>
        </body></html>
        """)
    hs = head(addr("Sachsenlager Systems GmbH via softgarden", "noreply@softgarden.io"),
              "Neue Nachricht: Ihre Bewerbung bei Sachsenlager Systems GmbH", "2026-09-02 11:20:05", BER,
              "<20260902092005.41c7e2@mailer.softgarden.io>",
              "mailer2.softgarden.io (mailer2.softgarden.io [185.47.128.62])",
              extra=(("Reply-To", addr("Katrin Vogel", "k.vogel@sachsenlager.de")),))
    return message(hs, alt(text(body), html(page)))


@pos(7, local="Wed 2026-10-14 16:00", zone=BER, family="join", lang="de", kind="scheduled",
     contact="jonas@boerde-drohnenwerk.de", company="Börde Drohnenwerk UG",
     note="JOIN message relay (du), sent Fri 9 Oct: 'Mittwoch, 14.10. um 16 Uhr' = 14:00Z (CEST); Reply-To is "
          "JOIN's relay, so contact = founder's address in the body; no length")
def p07() -> bytes:
    body = t("""
        Hallo Tobias,

        Jonas Riedel von Börde Drohnenwerk hat dir eine Nachricht zu deiner Bewerbung als
        "Embedded/Robotics Developer (m/w/d)" geschickt:

        > Moin Tobias,
        >
        > super, dann machen wir's fest: Mittwoch, 14.10. um 16 Uhr bei uns in der Denkfabrik
        > (Werner-Heisenberg-Straße 1, Halle 3, einfach klingeln). Ich zeig dir dann auch gleich
        > den Prüfstand, und unsere Leiterin Flugsoftware, Merve, ist auch dabei.
        >
        > Falls was ist: jonas@boerde-drohnenwerk.de oder 0176 4412 9087.
        >
        > Bis Mittwoch!
        > Jonas

        Antworte direkt in JOIN oder einfach auf diese E-Mail.

        Viel Erfolg!
        Dein JOIN Team

        JOIN Solutions AG · Sihlquai 131 · 8005 Zürich
        """)
    hs = head(addr("Jonas Riedel via JOIN", "noreply@join.com"),
              "Neue Nachricht von Börde Drohnenwerk zu deiner Bewerbung", "2026-10-09 17:32:48", BER,
              "<01070192735b3f1e-77b0a4c1-2e6f-4d8b-a3f2-5e6c9d1b0f27-000000@eu-central-1.amazonses.com>",
              "e243-9.smtp-out.eu-central-1.amazonses.com (e243-9.smtp-out.eu-central-1.amazonses.com [23.251.243.9])",
              extra=(("Reply-To", "reply+b81f4c20e7d9@reply.join.com"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(8, local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
     family="calendly", lang="en", kind="scheduled", contact="dana@hudsonlift.com", company="Hudson Lift Robotics",
     note="Calendly invitee confirmation sent Thu 29 Oct (US still on EDT, Europe already on CET); "
          "'10:00am - 10:45am (Eastern Time - US & Canada)' on Tue 3 Nov is after the US falls back (1 Nov): "
          "EST = UTC-5 -> 15:00-15:45Z; contact = host's Reply-To")
def p08() -> bytes:
    body = t("""
        Hi Tobias Krüger,

        Your event has been scheduled.

        Event Type:
        Technical Interview (45 min)

        Event Date/Time:
        10:00am - 10:45am (Eastern Time - US & Canada) on Tuesday, November 3, 2026

        Host:
        Dana Whitfield - Hudson Lift Robotics

        Location:
        This is a Zoom web conference. Join: https://hudsonlift.zoom.us/j/84472091135

        Questions? Reply to this email to reach Dana directly.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5b1e7c2a-91d3-4f0e-b86a-2c7d3e9f41a0
        Reschedule: https://calendly.com/reschedulings/5b1e7c2a-91d3-4f0e-b86a-2c7d3e9f41a0

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Tobias Krüger,</p><p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Technical Interview (45 min)</p>
        <p><b>Event Date/Time:</b><br>10:00am - 10:45am (Eastern Time - US &amp; Canada) on Tuesday, November 3, 2026</p>
        <p><b>Host:</b><br>Dana Whitfield - Hudson Lift Robotics</p>
        <p><b>Location:</b><br>This is a Zoom web conference. Join: <a href="https://hudsonlift.zoom.us/j/84472091135">https://hudsonlift.zoom.us/j/84472091135</a></p>
        <p>Questions? Reply to this email to reach Dana directly.</p>
        <p><a href="https://calendly.com/cancellations/5b1e7c2a-91d3-4f0e-b86a-2c7d3e9f41a0">Cancel</a> &nbsp;
        <a href="https://calendly.com/reschedulings/5b1e7c2a-91d3-4f0e-b86a-2c7d3e9f41a0">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    cal = ics("-//Calendly//Calendly//EN", "5b1e7c2a-91d3-4f0e-b86a-2c7d3e9f41a0@calendly.com",
              ":20261103T150000Z", ":20261103T154500Z",
              "Technical Interview (45 min) between Dana Whitfield and Tobias Krüger",
              "ORGANIZER;CN=Dana Whitfield:mailto:dana@hudsonlift.com", stamp="20261029T181240Z",
              location="https://hudsonlift.zoom.us/j/84472091135")
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Technical Interview (45 min) with Dana Whitfield on Tuesday, November 3, 2026",
              "2026-10-29 18:12:40", "UTC", "<5b1e7c2a91d3.invitee.20261029181240@calendly.com>",
              "o5.mail.calendly.com (o5.mail.calendly.com [167.89.101.200])",
              extra=(("Reply-To", addr("Dana Whitfield", "dana@hudsonlift.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, disposition="attachment", filename="invite.ics", cte="8bit")))


@pos(9, local="Fri 2026-09-18 13:00", local_end="2026-09-18 13:45", zone=BER, family="ms_bookings", lang="de",
     kind="scheduled", contact="annett.schulze@harzer-lagertechnik.de", company="Harzer Lagertechnik GmbH",
     note="Microsoft Bookings confirmation; the body's zone label shows the standard offset '(UTC+01:00) "
          "Amsterdam, Berlin…' but 18 Sep is CEST: 13:00 = 11:00Z, as the ICS (W. Europe Standard Time) says; "
          "'Dauer: 45 Minuten' -> end 11:45Z; sender is the Bookings mailbox, contact = address in the body")
def p09() -> bytes:
    body = t("""
        Harzer Lagertechnik GmbH

        Hallo Tobias Krüger,

        vielen Dank für Ihre Buchung bei Harzer Lagertechnik - Bewerbungsgespräche.

        Buchungsdetails
        Bewerbungsgespräch Softwareentwicklung
        Freitag, 18. September 2026
        13:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Dauer: 45 Minuten
        Mitarbeiter: Annett Schulze

        Online-Besprechung: An Microsoft Teams-Besprechung teilnehmen
        <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmY0ZDk2NDAtNTc1@thread.v2/0>

        Fragen zum Termin? Schreiben Sie Frau Schulze direkt: annett.schulze@harzer-lagertechnik.de

        Termin verwalten: https://outlook.office365.com/owa/calendar/HarzerLagertechnikBewerbungsgesprche@harzerlagertechnik.onmicrosoft.com/bookings/
        """)
    page = t("""
        <html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Harzer Lagertechnik GmbH</div>
        <p>Hallo Tobias Krüger,</p>
        <p>vielen Dank für Ihre Buchung bei Harzer Lagertechnik - Bewerbungsgespräche.</p>
        <div style="border:1px solid #edebe9;padding:16px">
        <div style="font-weight:600">Buchungsdetails</div>
        <div>Bewerbungsgespräch Softwareentwicklung</div>
        <div>Freitag, 18. September 2026</div>
        <div>13:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        <div>Dauer: 45 Minuten</div>
        <div>Mitarbeiter: Annett Schulze</div>
        </div>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmY0ZDk2NDAtNTc1@thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p>Fragen zum Termin? Schreiben Sie Frau Schulze direkt:
        <a href="mailto:annett.schulze@harzer-lagertechnik.de">annett.schulze@harzer-lagertechnik.de</a></p>
        </body></html>
        """)
    box = "HarzerLagertechnikBewerbungsgesprche@harzerlagertechnik.onmicrosoft.com"
    cal = ics("Microsoft Exchange Server 2010", "040000008200E00074C5B7101A82E0080000000012A7B3E2F244DD01000000000000000010000000B5",
              ";TZID=W. Europe Standard Time:20260918T130000", ";TZID=W. Europe Standard Time:20260918T134500",
              "Bewerbungsgespräch Softwareentwicklung",
              f"ORGANIZER;CN=Harzer Lagertechnik - Bewerbungsgespräche:mailto:{box}",
              tz="W. Europe Standard Time", location="Microsoft Teams-Besprechung", stamp="20260915T122210Z")
    hs = head(addr("Harzer Lagertechnik - Bewerbungsgespräche", box),
              "Ihre Buchung wurde bestätigt: Bewerbungsgespräch Softwareentwicklung mit Harzer Lagertechnik",
              "2026-09-15 14:22:10", BER, "<DB9P195MB1420F2A7C4E1B0D3F6A5B@DB9P195MB1420.EURP195.PROD.OUTLOOK.COM>",
              "EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2077.outbound.protection.outlook.com [40.107.249.77])",
              extra=(("X-MS-Exchange-Organization-BookingsMessage", "true"),))
    return message(hs, alt(text(body), html(page), calendar(cal, cte="base64")))


@pos(10, local="Fri 2026-11-06 09:30", zone=BER, family="google_calendar", lang="de", kind="scheduled",
     contact="felix.brandt@spreekai.de", company="Spreekai Logistics GmbH",
     note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE 6 Nov); the time is only in "
          "the description: 'wir starten um 9:30 Uhr' = CET 08:30Z; 'Ende gegen 14:30' approximate, end null; "
          "organizer = hiring manager")
def p10() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vor-Ort-Interviews Robotics Software (Tobias Krüger)
        Wann
        Freitag, 6. Nov. 2026

        Wo
        Spreekai Logistics GmbH, Stralauer Allee 7, 10245 Berlin (Karte: https://www.google.com/maps/search/Stralauer+Allee+7)

        Hallo Tobias,
        wie besprochen dein Kennenlerntag bei uns: wir starten um 9:30 Uhr am Empfang (5. OG),
        dann drei Gespräche (Team, Architektur, Produkt) und Mittagessen mit dem Team.
        Ende gegen 14:30 Uhr. Anreise mit der S-Bahn bis Ostkreuz ist am einfachsten.
        Viele Grüße, Felix

        Teilnehmer
        Felix Brandt - Organisator
        tobias.krueger@example.org

        Antworten für tobias.krueger@example.org: Ja / Vielleicht / Nein

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p>Sie wurden zu folgendem Termin eingeladen.</p>
        <h2 style="font-weight:400">Vor-Ort-Interviews Robotics Software (Tobias Krüger)</h2>
        <table><tr><td style="color:#70757a">Wann</td><td>Freitag, 6. Nov. 2026</td></tr>
        <tr><td style="color:#70757a">Wo</td><td>Spreekai Logistics GmbH, Stralauer Allee 7, 10245 Berlin</td></tr></table>
        <p>Hallo Tobias,<br>wie besprochen dein Kennenlerntag bei uns: wir starten um 9:30 Uhr am Empfang (5. OG),
        dann drei Gespräche (Team, Architektur, Produkt) und Mittagessen mit dem Team.<br>
        Ende gegen 14:30 Uhr. Anreise mit der S-Bahn bis Ostkreuz ist am einfachsten.<br>Viele Grüße, Felix</p>
        <p style="color:#70757a">Teilnehmer</p>
        <ul><li>Felix Brandt &ndash; Organisator</li><li>tobias.krueger@example.org</li></ul>
        <p style="font-size:11px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    desc = ("Hallo Tobias\\,\\nwie besprochen dein Kennenlerntag bei uns: wir starten um 9:30 Uhr am Empfang "
            "(5. OG)\\, dann drei Gespräche (Team\\, Architektur\\, Produkt) und Mittagessen mit dem Team.\\n"
            "Ende gegen 14:30 Uhr.\\nViele Grüße\\, Felix")
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "3v7k2m9q1t8c0bq4hd1s6f5a2e@google.com",
              ";VALUE=DATE:20261106", ";VALUE=DATE:20261107",
              "Vor-Ort-Interviews Robotics Software (Tobias Krüger)",
              "ORGANIZER;CN=Felix Brandt:mailto:felix.brandt@spreekai.de",
              location="Spreekai Logistics GmbH\\, Stralauer Allee 7\\, 10245 Berlin", description=desc,
              stamp="20261102T100318Z", extra="TRANSP:TRANSPARENT")
    hs = head(addr("Felix Brandt", "felix.brandt@spreekai.de"),
              "Einladung: Vor-Ort-Interviews Robotics Software (Tobias Krüger) @ Fr. 6. Nov. 2026 (tobias.krueger@example.org)",
              "2026-11-02 11:03:18", BER, "<calendar-6a1f0e93-2c4b-4d7e-91b8-0f3e5d2c7a41@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Felix Brandt", "felix.brandt@spreekai.de"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(cal, cte="base64")),
                             calendar(cal, method="REQUEST", ctype="application/ics", cte="base64",
                                      disposition="attachment", filename="invite.ics", name_param=True)))


@pos(11, local="Thu 2026-11-19 11:00", local_end="2026-11-19 12:00", zone="Europe/Warsaw", family="human_prose",
     lang="de", kind="scheduled", contact="agnieszka.wisniewska@odra-automatyka.pl",
     company="Odra Automatyka Sp. z o.o.",
     note="Polish employer writing German (base64, text+HTML), sent Fri 13 Nov: 'Donnerstag, 19.11.2026 um 11:00 Uhr "
          "(polnische Zeit)' = CET 10:00Z; 'dauert 1 Stunde' exact -> end 11:00Z; Teams link to follow")
def p11() -> bytes:
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für Ihre Bewerbung für die Stelle als Programmierer Robotik (C++/ROS) in unserem
        Team in Wrocław, auch remote möglich. Wie gestern am Telefon besprochen, bestätigen wir gerne
        den Termin für das erste Gespräch:

        Donnerstag, 19.11.2026 um 11:00 Uhr (polnische Zeit, es ist die gleiche Zeit wie in Deutschland)

        Das Gespräch findet über Microsoft Teams statt und dauert 1 Stunde. Dabei ist auch unser Leiter
        von der Entwicklung, Herr Paweł Zieliński. Der Link für Teams kommt noch in eine separate
        Einladung.

        Wenn Sie Fragen haben, bitte schreiben Sie mir.

        Mit freundlichen Grüßen / Z poważaniem

        Agnieszka Wiśniewska
        HR Business Partner
        Odra Automatyka Sp. z o.o.
        ul. Legnicka 55F, 54-203 Wrocław
        tel. +48 71 338 20 14
        """)
    page = "<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</div></body></html>\n"
    hs = head(addr("Agnieszka Wiśniewska", "agnieszka.wisniewska@odra-automatyka.pl"),
              "Einladung zum Gespräch – Programmierer Robotik (Remote / Wrocław)", "2026-11-13 09:41:55",
              "Europe/Warsaw", "<VI1PR09MB4471C3A2B7F04E1D88C1E9A0F6D12@VI1PR09MB4471.eurprd09.prod.outlook.com>",
              "EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2108.outbound.protection.outlook.com [40.107.103.108])",
              extra=(("Content-Language", "pl-PL"),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@pos(12, local="Wed 2026-09-30 14:00", local_end="2026-09-30 15:00", zone=BER, family="workday", lang="en",
     kind="scheduled", contact="greta.lindner@auenwald-logistics.com", company="Auenwald Logistics SE",
     note="Workday notification (Date header in US Pacific time) for Wed 30 Sep '14:00 - 15:00 (GMT+02:00) "
          "Central European Summer Time' = 12:00-13:00Z; sender is the Workday tenant address, contact = "
          "recruiter named in the body")
def p12() -> bytes:
    body = t("""
        Dear Tobias,

        We are pleased to confirm your interview for the position Robotics Software Engineer (R-0010234).

        Interview Details
        Date: Wednesday, 30 September 2026
        Time: 14:00 - 15:00 (GMT+02:00) Central European Summer Time (Europe/Berlin)
        Location: Auenwald Logistics SE, Zschortauer Straße 80, 04129 Leipzig - Building 4, Reception
        Interviewers: Frank Oehme (Head of Automation Software), Greta Lindner (Talent Acquisition)

        Please bring a valid photo ID. If you have any questions, please contact Greta Lindner at
        greta.lindner@auenwald-logistics.com.

        Kind regards,
        Auenwald Logistics Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Tobias,</p>
        <p>We are pleased to confirm your interview for the position Robotics Software Engineer (R-0010234).</p>
        <p><b>Interview Details</b><br>
        Date: Wednesday, 30 September 2026<br>
        Time: 14:00 - 15:00 (GMT+02:00) Central European Summer Time (Europe/Berlin)<br>
        Location: Auenwald Logistics SE, Zschortauer Stra&szlig;e 80, 04129 Leipzig - Building 4, Reception<br>
        Interviewers: Frank Oehme (Head of Automation Software), Greta Lindner (Talent Acquisition)</p>
        <p>Please bring a valid photo ID. If you have any questions, please contact Greta Lindner at
        <a href="mailto:greta.lindner@auenwald-logistics.com">greta.lindner@auenwald-logistics.com</a>.</p>
        <p>Kind regards,<br>Auenwald Logistics Talent Acquisition</p>
        <p style="color:#888;font-size:11px">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </body></html>
        """)
    hs = head("Auenwald Logistics <auenwald@myworkday.com>",
              "Interview Scheduled - Robotics Software Engineer (R-0010234)", "2026-09-24 01:31:07",
              "America/Los_Angeles", "<1850293327.417204.1790238667301@wd5-prod-mailer.myworkday.com>",
              "wd5-smtp.myworkday.com (wd5-smtp.myworkday.com [66.151.150.12])")
    return message(hs, alt(text(body), html(page)))


@pos(13, local="Thu 2026-11-05 15:30", zone=BER, family="human_prose", lang="de", kind="scheduled",
     contact="kai@lagerfuchs.io", company="Lagerfuchs GmbH",
     note="Phone-written du reply sent Wed 4 Nov 00:37 CET (= Tue 3 Nov 23:37Z): 'dann morgen gegen halb vier' -> "
          "tomorrow by the sender's local date = Thu 5 Nov (the quoted thread says Thursday afternoon), 15:30 CET "
          "= 14:30Z; 'gegen' only hedges the time, start kept; thread with Kai's earlier proposal")
def p13() -> bytes:
    body = t("""
        Hey Tobias,

        sorry für die späte Antwort, war den ganzen Tag beim Kunden in Halle. Passt, dann morgen gegen
        halb vier bei uns im Büro, Merle (unsere CTO) ist auch dabei. Spinnereistr. 7, Halle 14,
        2. Stock, klingel einfach bei Lagerfuchs.

        Bis morgen
        Kai

        Von meinem iPhone gesendet

        > Am 03.11.2026 um 08:12 schrieb Tobias Krüger <tobias.krueger@example.org>:
        >
        > Hallo Kai,
        > danke dir! Donnerstag Nachmittag passt mir gut, ab 14 Uhr bin ich flexibel. Mittwoch wird leider eng.
        > Viele Grüße
        > Tobias
        >
        >> Am 02.11.2026 um 10:12 schrieb Kai Brenner <kai@lagerfuchs.io>:
        >>
        >> Hi Tobias,
        >> hast du diese Woche Mittwoch oder Donnerstag Zeit für ein Gespräch mit mir und Merle?
        """)
    hs = head(addr("Kai Brenner", "kai@lagerfuchs.io"), "Re: Gespräch diese Woche?", "2026-11-04 00:37:12", BER,
              "<4E1B7C0A-93F2-4D5E-8A61-2C9F0B3D7E14@lagerfuchs.io>",
              "mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])",
              extra=(("In-Reply-To", "<B0C2F9D4-5E17-4A38-9C6B-71E8D2A4F053@example.org>"),
                     ("References", "<c2a91f7e-0b4d-4c3a-8e15-9d7f6a2b1c08@lagerfuchs.io> "
                                    "<B0C2F9D4-5E17-4A38-9C6B-71E8D2A4F053@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="8bit"))


@pos(14, local="Wed 2026-11-18 16:00", local_end="2026-11-18 17:00", zone="Europe/London",
     family="forward_to_self", lang="en", kind="scheduled", contact="priya.raman@kestrelmotion.com",
     company="Kestrel Motion",
     note="The candidate forwards (from his private address, as message/rfc822) an Ashby confirmation to himself: "
          "'Wednesday, November 18, 2026, 4:00 PM - 5:00 PM GMT' (London, winter) = 16:00-17:00Z; ICS in the "
          "attached mail agrees; contact = human Reply-To of the forwarded mail")
def p14() -> bytes:
    inner_body = t("""
        Hi Tobias,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, November 18, 2026, 4:00 PM - 5:00 PM GMT
        Google Meet: https://meet.google.com/kmr-wqzt-hbe

        You'll meet with:
          Tom Ashworth - Staff Engineer, Motion Planning
          Sofia Marchetti - Engineering Manager, Fleet

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Kestrel Motion Recruiting
        """)
    cal = ics("-//Ashby//Ashby Scheduling//EN", "ashby-9c0e2f71-44b8-4a0d-b6e3-1f2a7d5c9e08",
              ":20261118T160000Z", ":20261118T170000Z", "Kestrel Motion - Robotics Software Engineer Interview",
              "ORGANIZER;CN=Priya Raman:mailto:priya.raman@kestrelmotion.com",
              location="https://meet.google.com/kmr-wqzt-hbe", stamp="20261114T152011Z")
    inner = message([
        ("From", "Kestrel Motion <no-reply@ashbyhq.com>"),
        ("To", ME_H),
        ("Reply-To", addr("Priya Raman", "priya.raman@kestrelmotion.com")),
        ("Subject", "Interview confirmed: Robotics Software Engineer at Kestrel Motion"),
        ("Date", date("2026-11-14 15:20:11", "UTC")),
        ("Message-ID", "<010201936fd2a1b4-3e7c5d10-8f2a-4b61-9d0e-5a7c1b2e4f93-000000@email.amazonses.com>"),
    ], mixed(text(inner_body, cte="base64"),
             calendar(cal, cte="base64", disposition="attachment", filename="invite.ics")))
    outer = t("""
        for the calendar - bring the AGV slides + the latency numbers

        Sent from my phone
        """)
    hs = [
        ("Delivered-To", ME),
        ("Received", received("from smtp.example.net (smtp.example.net [198.51.100.25])", "2026-11-16 07:58:30", BER,
                              "mx02.example.org (Postfix) with ESMTPS id 5C1E7A9B02D", ME)),
        ("From", addr("Tobias Krüger", "tobias.krueger@example.net")),
        ("To", ME_H),
        ("Subject", "Fwd: Interview confirmed: Robotics Software Engineer at Kestrel Motion"),
        ("Date", date("2026-11-16 07:58:30", BER)),
        ("Message-ID", "<9a3e7f12-cc04-4b8e-8e21-6d5f0b9a1c77@example.net>"),
    ]
    return message(hs, mixed(text(outer, cte="7bit"),
                             attached_message(inner, "Interview confirmed.eml")))


@pos(15, local="Mon 2026-11-23 15:00", local_end="2026-11-23 16:00", zone=BER, family="smartrecruiters",
     lang="de", kind="scheduled", contact="maximilian.jahn@elbflorenz-automation.de",
     company="Elbflorenz Automation GmbH",
     note="SmartRecruiters self-scheduling confirmation (German), 'Mo., 23.11.2026, 15:00 - 16:00 (MEZ)' = "
          "14:00-15:00Z; ICS agrees; contact = human Reply-To")
def p15() -> bytes:
    body = t("""
        Hallo Tobias Krüger,

        vielen Dank, dass Sie einen Termin ausgewählt haben. Ihr Interview ist bestätigt.

        Position: Robotics Software Engineer (w/m/d) - Dresden
        Termin: Mo., 23.11.2026, 15:00 - 16:00 (MEZ)
        Art: Videointerview (Microsoft Teams, Link in der Kalendereinladung)
        Interviewer: Maximilian Jahn, Dr. Ines Hartwig

        Falls Sie den Termin ändern müssen, antworten Sie bitte auf diese E-Mail.

        Beste Grüße
        Ihr Recruiting-Team der Elbflorenz Automation GmbH

        Powered by SmartRecruiters
        """)
    page = t("""
        <html><body style="font-family:Open Sans,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hallo Tobias Krüger,</p>
        <p>vielen Dank, dass Sie einen Termin ausgewählt haben. Ihr Interview ist bestätigt.</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px 4px 0;color:#777">Position</td><td>Robotics Software Engineer (w/m/d) - Dresden</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#777">Termin</td><td>Mo., 23.11.2026, 15:00 - 16:00 (MEZ)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#777">Art</td><td>Videointerview (Microsoft Teams, Link in der Kalendereinladung)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#777">Interviewer</td><td>Maximilian Jahn, Dr. Ines Hartwig</td></tr>
        </table>
        <p>Falls Sie den Termin ändern müssen, antworten Sie bitte auf diese E-Mail.</p>
        <p>Beste Grüße<br>Ihr Recruiting-Team der Elbflorenz Automation GmbH</p>
        <p style="font-size:11px;color:#aaa">Powered by SmartRecruiters</p>
        </body></html>
        """)
    cal = ics("-//SmartRecruiters//Interview Scheduler//EN", "sr-int-7d41c0e2b9f3@smartrecruiters.com",
              ";TZID=Europe/Berlin:20261123T150000", ";TZID=Europe/Berlin:20261123T160000",
              "Interview: Robotics Software Engineer (w/m/d) - Tobias Krüger",
              "ORGANIZER;CN=Maximilian Jahn:mailto:maximilian.jahn@elbflorenz-automation.de",
              tz="Europe/Berlin", location="Microsoft Teams", stamp="20261117T120544Z")
    hs = head(addr("Elbflorenz Automation GmbH", "noreply@smartrecruiters.com"),
              "Terminbestätigung: Interview für Robotics Software Engineer (w/m/d)", "2026-11-17 13:05:44", BER,
              "<sr.7d41c0e2b9f3.1794830744@smartrecruiters.com>",
              "mail195-12.suw21.mandrillapp.com (mail195-12.suw21.mandrillapp.com [198.2.195.12])",
              extra=(("Reply-To", addr("Maximilian Jahn", "maximilian.jahn@elbflorenz-automation.de")),))
    return message(hs, mixed(alt(text(body, cte="8bit"), html(page, cte="8bit")),
                             calendar(cal, cte="8bit", disposition="attachment", filename="interview.ics")))


@pos(16, local="Wed 2026-12-02 10:00", zone="Europe/London", family="zoom", lang="en", kind="scheduled",
     contact="olivia.hart@thamesgantry.co.uk", company="Thames Gantry Ltd",
     note="UK recruiter's mail with a pasted Zoom invitation: 'Wednesday 2 December at 10:00 UK time (11:00 for "
          "you)' / 'Dec 2, 2026 10:00 AM London' = GMT = 10:00Z; no length")
def p16() -> bytes:
    body = t("""
        Hi Tobias,

        Lovely to speak earlier. As promised, here are the details for your technical interview with
        Rob Kettering and Aisha Noor on Wednesday 2 December at 10:00 UK time (11:00 for you in
        Magdeburg). Rob will want to go through the path-planning take-home, so have it handy.

        Olivia Hart is inviting you to a scheduled Zoom meeting.

        Topic: Thames Gantry - Technical Interview (Tobias Krüger)
        Time: Dec 2, 2026 10:00 AM London

        Join Zoom Meeting
        https://thamesgantry.zoom.us/j/91827364501?pwd=Uk9aT2xQbWs3RkJ2Z0lYcE1vQT09

        Meeting ID: 918 2736 4501
        Passcode: 552911

        Best,
        Olivia

        Olivia Hart | Senior Talent Partner | Thames Gantry Ltd
        Unit 4, Riverside Works, Reading RG1 3BD
        """)
    hs = head(addr("Olivia Hart", "olivia.hart@thamesgantry.co.uk"),
              "Technical interview - Wednesday 2 Dec (Zoom details)", "2026-11-26 16:48:09", "Europe/London",
              "<CAF7hZ2k9xQ1pR4mT8vN3bW6eY0sL5dJ2gH7cA1uK9oE@mail.gmail.com>",
              "mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@pos(17, local="Thu 2026-10-08 09:00", local_end="2026-10-08 10:00", zone=BER, family="goodtime", lang="en",
     kind="rescheduled", contact="nadia.okafor@lumenfreight.com", company="Lumen Freight Technologies",
     note="GoodTime reschedule (Date in US Eastern time) stating old (Tue 6 Oct 2:00 PM CEST) and new time: "
          "'Thursday, October 8, 2026, 9:00 AM - 10:00 AM CEST' = 07:00-08:00Z; ICS SEQUENCE 1 agrees; "
          "contact = coordinator's Reply-To")
def p17() -> bytes:
    body = t("""
        Hi Tobias,

        Your interview for Senior Robotics Engineer - Autonomy at Lumen Freight Technologies has been
        rescheduled. Please see the updated details below.

        Previously scheduled: Tuesday, October 6, 2026, 2:00 PM - 3:00 PM CEST
        New time:             Thursday, October 8, 2026, 9:00 AM - 10:00 AM CEST (Central European Summer Time)

        Interviewer: Ravi Menon, Engineering Manager
        Format: Video (Zoom) - the link is in the updated calendar invite

        If the new time doesn't work for you, reply to this email and Nadia will help you find another slot.

        Thank you,
        Lumen Freight Technologies Recruiting Team

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Tobias,</p>
        <p>Your interview for <b>Senior Robotics Engineer - Autonomy</b> at Lumen Freight Technologies has been
        rescheduled. Please see the updated details below.</p>
        <p><span style="color:#999;text-decoration:line-through">Tuesday, October 6, 2026, 2:00 PM - 3:00 PM CEST</span><br>
        <b>Thursday, October 8, 2026, 9:00 AM - 10:00 AM CEST</b> (Central European Summer Time)</p>
        <p>Interviewer: Ravi Menon, Engineering Manager<br>Format: Video (Zoom) - the link is in the updated calendar invite</p>
        <p>If the new time doesn&#39;t work for you, reply to this email and Nadia will help you find another slot.</p>
        <p>Thank you,<br>Lumen Freight Technologies Recruiting Team</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    cal = ics("-//GoodTime.io//GoodTime Hire//EN", "gt-3a9e17c4-5b20-4f61-a8d2-90c1e7f4b6d3@goodtime.io",
              ";TZID=Europe/Berlin:20261008T090000", ";TZID=Europe/Berlin:20261008T100000",
              "Lumen Freight Technologies - Interview with Tobias Krüger",
              "ORGANIZER;CN=Nadia Okafor:mailto:nadia.okafor@lumenfreight.com", tz="Europe/Berlin", seq=1,
              location="https://lumenfreight.zoom.us/j/96310574482", stamp="20261002T131004Z")
    hs = head('"Lumen Freight Technologies" <notifications@goodtime.io>',
              "Updated: Your interview with Lumen Freight Technologies has been rescheduled",
              "2026-10-02 09:10:04", "America/New_York", "<gt.3a9e17c4.1791033004.resched@goodtime.io>",
              "o3.email.goodtime.io (o3.email.goodtime.io [149.72.134.221])",
              extra=(("Reply-To", addr("Nadia Okafor", "nadia.okafor@lumenfreight.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, cte="base64", disposition="attachment", filename="invite.ics")))


@pos(18, local="Thu 2026-12-10 13:30", local_end="2026-12-10 14:30", zone=BER, family="human_prose", lang="de",
     kind="rescheduled", contact="s.wolff@elbtal-foerdertechnik.de", company="Elbtal Fördertechnik GmbH",
     note="Recruiter's own Outlook mail (windows-1252, quoted-printable, text only) moving the Personio interview "
          "of Di., 08.12. 10:15 to 'Donnerstag, 10.12.2026, 13:30 Uhr, wie gehabt eine Stunde' = CET "
          "12:30-13:30Z, agreed by phone; thread with the Personio invitation")
def p18() -> bytes:
    body = t("""
        Guten Morgen Herr Krüger,

        wie eben telefonisch besprochen muss ich unseren Termin am Di., 08.12.2026 um 10:15 Uhr leider
        verschieben – Herr Grabowski muss an dem Tag kurzfristig zu einem Kunden nach Posen.

        Neuer Termin: Donnerstag, 10.12.2026, 13:30 Uhr, wie gehabt eine Stunde, gleicher Ort
        (Sülzeweg 14, Haus B, Empfang).

        Eine neue Kalendereinladung schickt Ihnen das System nicht automatisch, bitte tragen Sie
        sich den Termin selbst ein. Vielen Dank für Ihre Flexibilität – wir freuen uns auf Sie!

        Mit freundlichen Grüßen

        Sandra Wolff
        Personalreferentin

        Elbtal Fördertechnik GmbH
        Sülzeweg 14 | 39112 Magdeburg
        Tel. 0391 / 56 77 08-23
        s.wolff@elbtal-foerdertechnik.de
        """)
    hs = head(addr("Sandra Wolff", "s.wolff@elbtal-foerdertechnik.de", "windows-1252"),
              "Terminverschiebung: Ihr Vorstellungsgespräch am 08.12.", "2026-12-03 08:52:31", BER,
              "<000001db6a3f$8c2e1b40$a48a51c0$@elbtal-foerdertechnik.de>",
              "mout.kundenserver.de (mout.kundenserver.de [212.227.17.24])", charset="windows-1252",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtlQ2Xq7F0c9RkTQb2yF1p4mE3vKg=="),
                     ("Content-Language", "de")))
    return message(hs, text(body, "windows-1252", "quoted-printable"))


@pos(19, local="Wed 2026-11-25 14:00", local_end="2026-11-25 15:00", zone=BER, family="google_calendar",
     lang="de", kind="rescheduled", contact="hannah.pohl@maschsee-robotics.de", company="Maschsee Robotics GmbH",
     note="Google Calendar 'Aktualisierte Einladung' (SEQUENCE 1): moved from Tue 24 Nov 10:00 to "
          "'Mittwoch, 25. Nov. 2026 ⋅ 14:00–15:00 Mitteleuropäische Normalzeit' = 13:00-14:00Z; organizer = "
          "HR contact")
def p19() -> bytes:
    body = t("""
        Dieser Termin wurde geändert.

        Technisches Interview Robotik (Tobias Krüger)
        Wann
        Geändert: Mittwoch, 25. Nov. 2026 ⋅ 14:00–15:00
        Mitteleuropäische Normalzeit - Berlin
        (vorher: Dienstag, 24. Nov. 2026 ⋅ 10:00–11:00)

        An Videoanruf teilnehmen
        meet.google.com/hvt-qkpa-xse

        Hallo Tobias, wir mussten leider auf Mittwoch schieben, Jan ist Dienstag noch auf Dienstreise.
        Danke für deine Flexibilität! Hannah

        Gäste
        Hannah Pohl - Organisator
        Jan Overbeck
        tobias.krueger@example.org

        Antworten für tobias.krueger@example.org: Ja / Vielleicht / Nein

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p style="color:#d93025">Dieser Termin wurde geändert.</p>
        <h2 style="font-weight:400">Technisches Interview Robotik (Tobias Krüger)</h2>
        <p><b>Wann</b><br><span style="color:#d93025">Geändert:</span> Mittwoch, 25. Nov. 2026 ⋅ 14:00–15:00<br>
        Mitteleuropäische Normalzeit - Berlin<br>
        <span style="text-decoration:line-through">Dienstag, 24. Nov. 2026 ⋅ 10:00–11:00</span></p>
        <p><a href="https://meet.google.com/hvt-qkpa-xse">An Videoanruf teilnehmen</a></p>
        <p>Hallo Tobias, wir mussten leider auf Mittwoch schieben, Jan ist Dienstag noch auf Dienstreise.
        Danke für deine Flexibilität! Hannah</p>
        <p><b>Gäste</b><br>Hannah Pohl &ndash; Organisator<br>Jan Overbeck<br>tobias.krueger@example.org</p>
        </div></body></html>
        """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "0q8c3n5v7b1m2k4j6h9g0f1d3s@google.com",
              ";TZID=Europe/Berlin:20261125T140000", ";TZID=Europe/Berlin:20261125T150000",
              "Technisches Interview Robotik (Tobias Krüger)",
              "ORGANIZER;CN=Hannah Pohl:mailto:hannah.pohl@maschsee-robotics.de", tz="Europe/Berlin", seq=1,
              description="Hallo Tobias\\, wir mussten leider auf Mittwoch schieben\\, Jan ist Dienstag noch auf "
                          "Dienstreise. Danke für deine Flexibilität! Hannah",
              location="https://meet.google.com/hvt-qkpa-xse", stamp="20261120T152533Z",
              attendees=(("Jan Overbeck", "jan.overbeck@maschsee-robotics.de"), ("Tobias Krüger", ME)))
    hs = head(addr("Hannah Pohl", "hannah.pohl@maschsee-robotics.de"),
              "Aktualisierte Einladung: Technisches Interview Robotik (Tobias Krüger) @ Mi. 25. Nov. 2026 14:00 - 15:00 (MEZ) (tobias.krueger@example.org)",
              "2026-11-20 16:25:33", BER, "<calendar-b27e4f90-1d6c-4a83-9f25-7c0e3b8a1d62@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Hannah Pohl", "hannah.pohl@maschsee-robotics.de"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(cal, cte="base64")),
                             calendar(cal, ctype="application/ics", cte="base64", disposition="attachment",
                                      filename="invite.ics", name_param=True)))


@pos(20, local="Mon 2026-12-14 09:30", local_end="2026-12-14 10:15", zone="Europe/Dublin", family="lever",
     lang="en", kind="rescheduled", contact="sean.gallagher@cobaltyard.ie", company="Cobalt Yard",
     note="Lever 'updated interview' mail: was Fri 11 Dec 3:00 PM, now 'Monday, December 14, 2026, 9:30 AM - "
          "10:15 AM (GMT) Dublin' = 09:30-10:15Z (Irish winter time = UTC); ICS agrees; contact = Reply-To")
def p20() -> bytes:
    body = t("""
        Hi Tobias,

        Sean Gallagher from Cobalt Yard has updated your interview for Robotics Software Engineer
        (Remote - EU).

        Was:  Friday, December 11, 2026 at 3:00 PM (GMT) Dublin
        Now:  Monday, December 14, 2026, 9:30 AM - 10:15 AM (GMT) Dublin

        Where: Microsoft Teams (the link is in the calendar invite)
        Who:   Sean Gallagher (Talent), Niamh Byrne (Principal Engineer, Robotics)

        Questions? Reply to this email.

        Cobalt Yard
        Sent with Lever
        """)
    cal = ics("-//Lever//Lever Hire//EN", "lever-iv-5e1d9a70-c3b2-4f88-a0e6-21b7d4c9f013",
              ":20261214T093000Z", ":20261214T101500Z", "Interview: Tobias Krüger <> Cobalt Yard",
              "ORGANIZER;CN=Sean Gallagher:mailto:sean.gallagher@cobaltyard.ie", seq=2,
              location="Microsoft Teams", stamp="20261209T110215Z")
    hs = head('"Cobalt Yard" <no-reply@hire.lever.co>', "Updated interview time - Cobalt Yard",
              "2026-12-09 11:02:15", "Europe/Dublin", "<5e1d9a70c3b2.interview-updated@hire.lever.co>",
              "mail-1.hire.lever.co (mail-1.hire.lever.co [54.241.39.10])",
              extra=(("Reply-To", addr("Sean Gallagher", "sean.gallagher@cobaltyard.ie")),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(cal, cte="8bit", disposition="attachment", filename="interview.ics")))


@pos(21, local="Thu 2026-10-01 10:00", local_end="2026-10-01 11:00", zone=BER, family="exchange_cancel",
     lang="de", kind="cancelled", contact="j.marquardt@havelstrom.de", company="Havelstrom Mobility GmbH",
     note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED): slot Thu 1 Oct 10:00-11:00, body shows the "
          "standard-offset label '(UTC+01:00) Amsterdam, Berlin…' but it is CEST = 08:00-09:00Z as the ICS says; "
          "position filled internally, no new time")
def p21() -> bytes:
    body = t("""
        Wann: Donnerstag, 1. Oktober 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Havelstrom Mobility, Am Wriezener Bahnhof 4, 10243 Berlin, Raum 3.07

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrter Herr Krüger,

        leider müssen wir unser Gespräch am Donnerstag absagen: Die Stelle wurde zwischenzeitlich
        intern besetzt. Das tut mir wirklich leid, zumal Sie schon eine Anreise geplant hatten.

        Mit Ihrem Einverständnis würden wir Ihre Unterlagen gern in unserem Talentpool behalten.

        Mit freundlichen Grüßen
        Jens Marquardt
        Teamleiter Fahrzeugsoftware
        Havelstrom Mobility GmbH
        """)
    cal = ics("Microsoft Exchange Server 2010", "040000008200E00074C5B7101A82E008000000005F2C1D3A8E41DD01000000000000000010000000C4",
              ";TZID=W. Europe Standard Time:20261001T100000", ";TZID=W. Europe Standard Time:20261001T110000",
              "Abgesagt: Vorstellungsgespräch Softwareentwickler Robotik (Tobias Krüger)",
              "ORGANIZER;CN=Marquardt\\, Jens:mailto:j.marquardt@havelstrom.de", method="CANCEL",
              tz="W. Europe Standard Time", seq=1, status="CANCELLED",
              location="Havelstrom Mobility\\, Am Wriezener Bahnhof 4\\, 10243 Berlin\\, Raum 3.07",
              stamp="20260928T154412Z", extra="X-MICROSOFT-CDO-BUSYSTATUS:FREE\nX-MICROSOFT-CDO-IMPORTANCE:2")
    cal = cal.replace("CALSCALE:GREGORIAN\n", "")
    hs = head(addr("Marquardt, Jens", "j.marquardt@havelstrom.de"),
              "Abgesagt: Vorstellungsgespräch Softwareentwickler Robotik (Tobias Krüger)", "2026-09-28 17:44:12",
              BER, "<BEZP281MB3167D04A1C9E2B7F5A8E6C1D0B3A4@BEZP281MB3167.DEUP281.PROD.OUTLOOK.COM>",
              "DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2131.outbound.protection.outlook.com [40.107.127.131])",
              extra=(("Importance", "high"), ("X-Priority", "1"), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(cal, method="CANCEL", cte="base64")))


@pos(22, local="Tue 2026-11-17 14:00", zone="Europe/Amsterdam", family="human_prose", lang="en",
     kind="cancelled", contact="marloes.devries@brightdock.nl", company="Brightdock B.V.",
     note="Recruiter cancels 'our interview on Tuesday 17 November at 14:00 CET' (role put on hold), no new "
          "time; CET = 13:00Z")
def p22() -> bytes:
    body = t("""
        Hi Tobias,

        I'm really sorry to be the bearer of bad news, but I have to cancel our interview on Tuesday
        17 November at 14:00 CET. Yesterday our management decided to put the Robotics Platform
        Engineer position on hold until Q2 next year, so we're pausing all interviews for it.

        This has nothing to do with your profile - Joost and I were genuinely looking forward to
        talking to you. If the role reopens you'll be the first person I reach out to.

        Kind regards,
        Marloes

        Marloes de Vries | Recruiter | Brightdock B.V.
        Maasboulevard 120, 3011 TX Rotterdam

        On Tue, 10 Nov 2026 at 09:14, Tobias Krüger <tobias.krueger@example.org> wrote:
        > Hi Marloes,
        > Tuesday works perfectly, see you then.
        > Best, Tobias
        """)
    hs = head(addr("Marloes de Vries", "marloes.devries@brightdock.nl"), "Re: Interview Tuesday 17 November",
              "2026-11-12 13:05:50", "Europe/Amsterdam", "<CAJm4Qe8r2Lk5vN0xB7tY9pZ3sW1aF6gH8dC2uR0oT4@mail.gmail.com>",
              "mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])",
              extra=(("In-Reply-To", "<7c3e19a2-0f5b-4d61-b8a4-e2d9c0f17b35@example.org>"),))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@pos(23, local="Fri 2026-12-04 09:00", zone=BER, family="recruitee", lang="de", kind="cancelled",
     contact="franziska.lange@altmark-robotics.de", company="Altmark Robotics GmbH",
     note="Recruitee mail cancelling the interview 'am Freitag, 04.12.2026 um 09:00 Uhr' (CET = 08:00Z) with an "
          "ICS METHOD:CANCEL, and proposing Mon 7 / Tue 8 Dec afternoon instead (not fixed) -> cancelled, the "
          "cancelled slot; Reply-To is a Recruitee relay, contact = recruiter's address in the signature",
     days=(("Mon", "2026-12-07"), ("Tue", "2026-12-08")))
def p23() -> bytes:
    body = t("""
        Hallo Herr Krüger,

        leider müssen wir das Interview am Freitag, 04.12.2026 um 09:00 Uhr absagen – unser Teamlead
        Robotik fällt an dem Tag krankheitsbedingt aus. Das tut uns sehr leid!

        Hätten Sie stattdessen am Montag, 07.12., oder Dienstag, 08.12., am Nachmittag Zeit? Sobald
        Sie uns Bescheid geben, schicken wir Ihnen eine neue Einladung.

        Viele Grüße
        Franziska Lange
        People & Culture | Altmark Robotics GmbH
        franziska.lange@altmark-robotics.de | +49 3931 49 20 77
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;line-height:1.5">
        <p>Hallo Herr Krüger,</p>
        <p>leider müssen wir das Interview am <strong>Freitag, 04.12.2026 um 09:00 Uhr</strong> absagen – unser Teamlead
        Robotik fällt an dem Tag krankheitsbedingt aus. Das tut uns sehr leid!</p>
        <p>Hätten Sie stattdessen am Montag, 07.12., oder Dienstag, 08.12., am Nachmittag Zeit? Sobald
        Sie uns Bescheid geben, schicken wir Ihnen eine neue Einladung.</p>
        <p>Viele Grüße<br>Franziska Lange<br>People &amp; Culture | Altmark Robotics GmbH<br>
        <a href="mailto:franziska.lange@altmark-robotics.de">franziska.lange@altmark-robotics.de</a> | +49 3931 49 20 77</p>
        <p style="font-size:11px;color:#9aa">Gesendet mit Recruitee</p>
        </body></html>
        """)
    cal = ics("-//Recruitee//Recruitee Events//EN", "recruitee-event-1183407@recruitee.com",
              ";TZID=Europe/Berlin:20261204T090000", ";TZID=Europe/Berlin:20261204T100000",
              "Interview: Tobias Krüger - Robotics Software Developer", None, method="CANCEL",
              tz="Europe/Berlin", seq=1, status="CANCELLED", stamp="20261130T144007Z")
    hs = head(addr("Franziska Lange – Altmark Robotics", "no-reply@recruitee.com"),
              "Absage des Interviewtermins am 04.12. / neuer Terminvorschlag", "2026-11-30 15:40:07", BER,
              "<a81c.1183407.cancel@mail.recruitee.com>",
              "mail-out.recruitee.com (mail-out.recruitee.com [52.58.44.10])",
              extra=(("Reply-To", "altmark-robotics+c8f21d0b@inbound.recruitee.com"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="CANCEL", cte="base64", disposition="attachment",
                                      filename="cancel.ics")))


# =========================================================================== negatives (keys 24-50)

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def pdf(name: str) -> Part:
    return Part([("Content-Type", f'application/pdf; name="{name}"'),
                 ("Content-Disposition", f'attachment; filename="{name}"'),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(PDF).replace(b"\n", b"\r\n"))


@neg(24, family="rejection", lang="en", company="Nordhafen Logistics AG",
     note="Taleo rejection after an interview; it names the past interview day (Thu 1 Oct) but fixes nothing",
     days=(("Thu", "2026-10-01"),))
def n24() -> bytes:
    body = t("""
        Dear Tobias Krüger,

        Thank you for taking the time to interview with us on Thursday, 1 October, for the position
        Robotics Software Developer (Req ID 26-0412) in Hamburg / Hannover.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches our current requirements. This was not an easy decision.

        We will keep your profile in our database and may contact you about future opportunities.
        You can view the status of your application at any time in our career section.

        We wish you every success in your job search.

        Sincerely,
        Nordhafen Logistics AG - Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    page = "<html><body style=\"font-family:Arial;font-size:12px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head('"Nordhafen Logistics AG" <nordhafen@taleo.net>',
              "Your application for Robotics Software Developer (Req ID 26-0412)", "2026-10-05 14:03:27", BER,
              "<1759665807312.JavaMail.taleo@phx-ocp-mail04.taleo.net>",
              "smtp-out-04.taleo.net (smtp-out-04.taleo.net [160.34.12.74])")
    return message(hs, alt(text(body, "iso-8859-1"), html(page, "iso-8859-1")))


@neg(25, family="offer", lang="de", company="Elbtal Fördertechnik GmbH",
     note="Offer after the (rescheduled) interview of Thu 10 Dec; only a reply deadline (Fri 18 Dec) and an "
          "open offer to phone, no appointment; thread with the Personio invitation and the reschedule",
     days=(("Fri", "2026-12-18"),))
def n25() -> bytes:
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank nochmals für das angenehme Gespräch am Donnerstag. Herr Grabowski und ich waren uns
        schnell einig: Wir freuen uns sehr, Ihnen heute die Stelle als Softwareentwickler Robotik
        anbieten zu können!

        Anbei finden Sie unser Vertragsangebot (Eintritt zum 01.03.2027, unbefristet, 38 Stunden,
        2 Tage mobiles Arbeiten pro Woche). Bitte geben Sie uns bis Freitag, 18.12.2026, Bescheid,
        ob Sie das Angebot annehmen möchten.

        Wenn Sie Fragen zum Vertrag haben, rufen Sie mich gern jederzeit an.

        Mit freundlichen Grüßen

        Sandra Wolff
        Personalreferentin
        Elbtal Fördertechnik GmbH
        Tel. 0391 / 56 77 08-23
        """)
    hs = head(addr("Sandra Wolff", "s.wolff@elbtal-foerdertechnik.de"),
              "Ihr Vertragsangebot – Softwareentwickler:in Robotik", "2026-12-14 10:20:45", BER,
              "<000001db6e21$f3a90c20$dafb2460$@elbtal-foerdertechnik.de>",
              "mout.kundenserver.de (mout.kundenserver.de [212.227.17.10])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, mixed(text(body, "windows-1252", "quoted-printable"),
                             pdf("Vertragsangebot_Krueger.pdf")))


@neg(26, family="application_receipt", lang="de", company="Ridgeway Automation GmbH",
     note="iCIMS receipt: says an interview date will be arranged if shortlisted; nothing fixed")
def n26() -> bytes:
    body = t("""
        Hallo Tobias,

        vielen Dank für Ihre Bewerbung als Robotics Software Engineer (m/w/d) - Job-ID 2026-4471 bei der
        Ridgeway Automation GmbH in Berlin. Ihre Unterlagen sind bei uns eingegangen.

        Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen. Sollten
        Sie für ein Vorstellungsgespräch in Frage kommen, setzt sich unser Recruiting-Team mit Ihnen in
        Verbindung, um einen Termin zu vereinbaren.

        Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen:
        https://careers-ridgeway.icims.com/jobs/4471/login

        Mit freundlichen Grüßen
        Ihr Talent-Acquisition-Team
        Ridgeway Automation GmbH
        """)
    page = "<html><body style=\"font-family:Verdana;font-size:12px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head('"Ridgeway Automation GmbH" <ridgeway@talent.icims.com>',
              "Eingangsbestätigung Ihrer Bewerbung – Robotics Software Engineer (Job-ID 2026-4471)",
              "2026-09-09 21:14:02", BER, "<20260909191402.8812304.careers@talent.icims.com>",
              "mail2.icims.com (mail2.icims.com [64.147.56.15])")
    return message(hs, alt(text(body), html(page)))


@neg(27, family="job_alert", lang="de", company=None,
     note="Job-alert mail (HTML only) from a job board; 'Vorstellungsgespräch innerhalb von 48 Stunden' is "
          "marketing, no appointment")
def n27() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>JobRadar</title></head>
        <body style="margin:0;background:#f0f2f5;font-family:Arial,sans-serif">
        <table width="600" align="center" cellpadding="16" style="background:#fff">
        <tr><td><img src="https://img.jobradar-md.de/logo.png" alt="JobRadar Mitteldeutschland" height="32"></td></tr>
        <tr><td><h1 style="font-size:20px">7 neue Jobs für „Robotik Softwareentwickler“ in Magdeburg (+50 km)</h1>
        <p>Hallo Tobias, hier sind die neuesten Stellen für Ihren Suchauftrag.</p></td></tr>
        <tr><td style="border-bottom:1px solid #eee"><a href="https://www.jobradar-md.de/job/88123" style="font-size:16px;color:#0a66c2">Softwareentwickler Robotik (m/w/d)</a><br>
        Börde Logistik Systeme GmbH · Magdeburg · Vollzeit<br>
        <span style="background:#e6f4ea;color:#137333;padding:2px 6px">Schnelle Bewerbung – Vorstellungsgespräch innerhalb von 48 Stunden</span></td></tr>
        <tr><td style="border-bottom:1px solid #eee"><a href="https://www.jobradar-md.de/job/88140" style="font-size:16px;color:#0a66c2">C++ Developer Fahrerlose Transportsysteme (w/m/d)</a><br>
        Halle-Saale Intralogistik AG · Halle (Saale) · Vollzeit, Home-Office möglich</td></tr>
        <tr><td style="border-bottom:1px solid #eee"><a href="https://www.jobradar-md.de/job/88177" style="font-size:16px;color:#0a66c2">Robotics Engineer ROS 2 (m/w/d)</a><br>
        Wolfsburg Mobility Lab GmbH · Wolfsburg · Vollzeit</td></tr>
        <tr><td><a href="https://www.jobradar-md.de/suchauftrag/31207">Alle 7 Jobs ansehen</a></td></tr>
        <tr><td style="font-size:11px;color:#888">Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben.
        <a href="https://www.jobradar-md.de/abmelden?u=31207">Suchauftrag abbestellen</a><br>
        JobRadar Mitteldeutschland GmbH · Breiter Weg 114 · 39104 Magdeburg</td></tr>
        </table></body></html>
        """)
    hs = head("JobRadar Mitteldeutschland <alerts@jobradar-md.de>",
              "7 neue Jobs für „Robotik Softwareentwickler“ in Magdeburg", "2026-10-20 07:00:12", BER,
              "<alert.31207.20261020050012@mailing.jobradar-md.de>",
              "mailing.jobradar-md.de (mailing.jobradar-md.de [91.250.84.18])",
              extra=(("List-Unsubscribe", "<https://www.jobradar-md.de/abmelden?u=31207>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return message(hs, html(page))


@neg(28, family="newsletter_tips", lang="de", company=None,
     note="Career newsletter / blog post about interviews ('Vorstellungsgespräch am Dienstag um 10 Uhr?'); "
          "generic advice, no appointment of the reader")
def n28() -> bytes:
    body = t("""
        KARRIERE-KOMPASS · Ausgabe 39/2026

        Vorstellungsgespräch am Dienstag um 10 Uhr? Warum die Uhrzeit zählt

        Ihr Gespräch ist für Dienstag, 10:00 Uhr bestätigt? Glückwunsch! Studien zeigen: Vormittags-
        Termine am Anfang der Woche laufen im Schnitt besser als Freitagnachmittag. Wir erklären,
        woran das liegt - und wie Sie auch aus dem 16:30-Uhr-Slot das Beste machen.

        Außerdem in dieser Ausgabe:
        - Technisches Interview in der Robotik: 5 Fragen, die immer kommen
        - Gehaltsverhandlung in Sachsen-Anhalt: Was ist realistisch?
        - Podcast: „Interview mit einer Recruiterin" - was sie wirklich liest

        Weiterlesen: https://www.karriere-kompass.de/blog/uhrzeit-vorstellungsgespraech

        Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.de angemeldet haben.
        Abmelden: https://www.karriere-kompass.de/newsletter/abmelden
        """)
    page = t("""
        <html><body style="font-family:Georgia,serif;max-width:600px;margin:auto">
        <p style="font-family:Arial;font-size:11px;letter-spacing:2px">KARRIERE-KOMPASS · Ausgabe 39/2026</p>
        <h1>Vorstellungsgespräch am Dienstag um 10 Uhr? Warum die Uhrzeit zählt</h1>
        <p>Ihr Gespräch ist für Dienstag, 10:00 Uhr bestätigt? Glückwunsch! Studien zeigen: Vormittags-Termine
        am Anfang der Woche laufen im Schnitt besser als Freitagnachmittag. Wir erklären, woran das liegt &ndash;
        und wie Sie auch aus dem 16:30-Uhr-Slot das Beste machen.</p>
        <h3>Außerdem in dieser Ausgabe</h3>
        <ul><li>Technisches Interview in der Robotik: 5 Fragen, die immer kommen</li>
        <li>Gehaltsverhandlung in Sachsen-Anhalt: Was ist realistisch?</li>
        <li>Podcast: „Interview mit einer Recruiterin“ &ndash; was sie wirklich liest</li></ul>
        <p><a href="https://www.karriere-kompass.de/blog/uhrzeit-vorstellungsgespraech">Weiterlesen</a></p>
        <p style="font-size:11px;color:#777"><a href="https://www.karriere-kompass.de/newsletter/abmelden">Abmelden</a></p>
        </body></html>
        """)
    hs = head("Karriere-Kompass <newsletter@karriere-kompass.de>",
              "Vorstellungsgespräch am Dienstag um 10 Uhr? Warum die Uhrzeit zählt", "2026-09-27 08:00:00", BER,
              "<20260927060000.39.kk@news.karriere-kompass.de>",
              "mta12.cleverreach.com (mta12.cleverreach.com [176.9.120.12])",
              extra=(("List-Unsubscribe", "<https://www.karriere-kompass.de/newsletter/abmelden>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@neg(29, family="self_schedule", lang="en", company="Kestrel Motion",
     note="Ashby self-scheduling link: 'pick a time' between Tue 17 and Fri 20 Nov, nothing fixed yet (the "
          "confirmation arrives later, forwarded by the candidate)",
     days=(("Tue", "2026-11-17"), ("Fri", "2026-11-20")))
def n29() -> bytes:
    body = t("""
        Hi Tobias,

        Thanks for your time on the phone last week! The next step is a 60-minute technical interview
        with Tom Ashworth and Sofia Marchetti.

        Please pick a time that works for you:
        https://app.ashbyhq.com/interview-scheduling/kestrel-motion/9c0e2f71-44b8-4a0d-b6e3-1f2a7d5c9e08

        Available slots are between Tuesday, November 17 and Friday, November 20, 2026,
        9:00 AM - 6:00 PM GMT. This link expires in 7 days.

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Kestrel Motion Recruiting
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tobias,</p>
        <p>Thanks for your time on the phone last week! The next step is a 60-minute technical interview
        with Tom Ashworth and Sofia Marchetti.</p>
        <p><a href="https://app.ashbyhq.com/interview-scheduling/kestrel-motion/9c0e2f71-44b8-4a0d-b6e3-1f2a7d5c9e08"
        style="background:#4b3fe4;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Choose a time</a></p>
        <p>Available slots are between Tuesday, November 17 and Friday, November 20, 2026,
        9:00 AM - 6:00 PM GMT. This link expires in 7 days.</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Kestrel Motion Recruiting</p>
        </body></html>
        """)
    hs = head("Kestrel Motion <no-reply@ashbyhq.com>", "Schedule your interview with Kestrel Motion",
              "2026-11-09 11:30:18", "UTC",
              "<0102019361a3c5e7-4b2d8f01-6c9e-4a73-b1d0-8e2f5c7a9b14-000000@email.amazonses.com>",
              "a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
              extra=(("Reply-To", addr("Priya Raman", "priya.raman@kestrelmotion.com")),))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@neg(30, family="recruiter_outreach", lang="de", company="Brückenkopf Personal GmbH",
     note="Agency outreach (du) with a Calendly link for a 15-minute call 'nächste Woche'; nothing fixed")
def n30() -> bytes:
    body = t("""
        Hi Tobias,

        ich bin über dein GitHub (dein ROS-2-Navigationspaket ist echt stark!) auf dich gestoßen und
        wollte mich kurz melden. Mein Kunde, ein Hersteller von fahrerlosen Transportsystemen in
        Leipzig, baut gerade ein neues Team für Flottensteuerung auf - 80-95k, 3 Tage remote.

        Hättest du nächste Woche Lust auf ein kurzes, unverbindliches Telefonat (15 Minuten)? Such dir
        einfach einen Slot aus: https://calendly.com/marcel-nowak-bkp/15min

        Viele Grüße
        Marcel

        Marcel Nowak
        Senior Consultant Engineering
        Brückenkopf Personal GmbH | Katharinenstraße 9 | 04109 Leipzig
        """)
    hs = head(addr("Marcel Nowak", "marcel.nowak@brueckenkopf-personal.de"),
              "Robotik-Rolle in Leipzig – hast du kurz Zeit?", "2026-09-15 09:12:40", BER,
              "<7c1d0e9b-6a2f-4f53-b8e4-3a9d1c5e7f20@brueckenkopf-personal.de>",
              "mail-out.brueckenkopf-personal.de (mail-out.brueckenkopf-personal.de [85.13.140.77])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(31, family="proposal_unconfirmed", lang="de", company="Lagerfuchs GmbH",
     note="Founder proposes a time ('Donnerstag Nachmittag …, z.B. 15 Uhr?') and asks what suits; not "
          "confirmed (the confirmation comes two days later in a separate mail)",
     days=(("Thu", "2026-11-05"),))
def n31() -> bytes:
    body = t("""
        Hi Tobias,

        danke für deine Bewerbung als Robotics Engineer, dein GitHub-Profil hat Merle und mich echt
        beeindruckt.

        Hast du diese Woche Mittwoch oder Donnerstag Zeit für ein Gespräch mit mir und Merle (unsere
        CTO)? Bei uns im Büro in der Baumwollspinnerei, ca. eine Stunde. Donnerstag Nachmittag würde
        uns am besten passen, z.B. 15 Uhr? Sag einfach, was dir passt.

        Beste Grüße
        Kai

        --
        Kai Brenner | Co-Founder & CEO
        Lagerfuchs GmbH | Spinnereistr. 7 | 04179 Leipzig
        """)
    hs = head(addr("Kai Brenner", "kai@lagerfuchs.io"), "Gespräch diese Woche?", "2026-11-02 10:12:05", BER,
              "<c2a91f7e-0b4d-4c3a-8e15-9d7f6a2b1c08@lagerfuchs.io>",
              "mail-wm1-f49.google.com (mail-wm1-f49.google.com [209.85.128.49])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@neg(32, family="job_centre", lang="de", company=None,
     note="Employment-agency appointment ('Einladung', 'Gespräch über Ihre berufliche Situation') with a fixed "
          "time, Tue 13 Oct 09:30; not a job interview", days=(("Tue", "2026-10-13"),))
def n32() -> bytes:
    body = t("""
        Sehr geehrter Herr Krüger,

        ich möchte mit Ihnen über Ihr Bewerberangebot und Ihre aktuelle berufliche Situation sprechen.

        Bitte kommen Sie am

            Dienstag, 13.10.2026 um 09:30 Uhr

        in die Agentur für Arbeit Magdeburg, Elbuferweg 12, 39104 Magdeburg, Haus A, Zimmer 2.114.

        Ihre Ansprechpartnerin: Frau Reinholz, Arbeitsvermittlung (Team 412)

        Bitte bringen Sie mit:
        - Ihren Personalausweis
        - Ihren aktuellen Lebenslauf
        - Nachweise über Ihre Bewerbungen der letzten vier Wochen

        Rechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund nicht zu diesem Termin erscheinen, tritt
        eine Sperrzeit von einer Woche ein (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III).

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Magdeburg

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    hs = head(addr("Agentur für Arbeit Magdeburg", "noreply@arbeitsagentur.de", "iso-8859-1"),
              "Einladung: Termin bei Ihrer Agentur für Arbeit am 13.10.2026", "2026-10-06 10:02:51", BER,
              "<20261006080251.MB412.3319@postfach.arbeitsagentur.de>",
              "mail-out2.arbeitsagentur.de (mail-out2.arbeitsagentur.de [195.145.199.82])", charset="iso-8859-1")
    return message(hs, text(body, "iso-8859-1", "quoted-printable"))


@neg(33, family="press_interview", lang="de", company=None,
     note="A local reporter confirms an interview WITH the user for a newspaper series (Thu 22 Oct 11:00); "
          "a fixed 'Interview', but press, not a job interview",
     days=(("Thu", "2026-10-22"),))
def n33() -> bytes:
    body = t("""
        Hallo Herr Krüger,

        schön, dass es klappt! Dann treffen wir uns wie besprochen am Donnerstag, 22.10., um 11 Uhr im
        Café Central am Hasselbachplatz für das Interview. In unserer Serie „Magdeburg arbeitet“ geht es
        diesmal um Fachkräfte aus der Robotik, die in der Region bleiben wollen – und darum, wie schwer
        oder leicht die Jobsuche hier gerade ist.

        Unser Fotograf Ben Albrecht kommt gegen 11:45 Uhr dazu, für ein, zwei Porträts draußen.
        Das Gespräch dauert etwa eine Stunde. Den Text bekommen Sie vor Erscheinen zum Gegenlesen.

        Herzliche Grüße
        Sophie Lindemann
        Redaktion Wirtschaft
        Elbe-Kurier · Otto-von-Guericke-Straße 61 · 39104 Magdeburg
        Tel. 0391 / 59 99-4410
        """)
    hs = head(addr("Sophie Lindemann", "s.lindemann@elbe-kurier.de"),
              "Interview für „Magdeburg arbeitet“ – Termin steht", "2026-10-16 12:30:19", BER,
              "<5f2e8a1c-3d7b-4c90-a6e4-b1f09d2c8e75@elbe-kurier.de>",
              "mx.elbe-kurier.de (mx.elbe-kurier.de [217.160.0.88])")
    return message(hs, text(body, cte="8bit"))


@neg(34, family="podcast", lang="en", company=None,
     note="Podcast recording confirmed with the user as guest (Tue 27 Oct 17:00 UTC, ICS attached); fixed time, "
          "not a job interview",
     days=(("Tue", "2026-10-27"),))
def n34() -> bytes:
    body = t("""
        Hi Tobias,

        You're confirmed as a guest for episode 112 of the Warehouse Bots Podcast ("Fleet management
        at small scale - lessons from a 40-robot site").

        Recording: Tuesday, October 27, 2026, 17:00 UTC (18:00 your time in Magdeburg)
        Where: Riverside studio - https://riverside.fm/studio/warehouse-bots-112
        Length: plan for 60 minutes, we usually record about 45.

        A few tips: wired headphones, a quiet room, and Chrome. I'll send the rough question list on
        the weekend - it's a relaxed conversation, not an interview in the scary sense :)

        Cheers,
        Priyanka
        Host, Warehouse Bots Podcast
        """)
    cal = ics("-//Warehouse Bots//Booking//EN", "wb-ep112-rec@warehousebots.fm", ":20261027T170000Z",
              ":20261027T180000Z", "Warehouse Bots Podcast - recording ep. 112 (Tobias Krüger)",
              "ORGANIZER;CN=Priyanka Shah:mailto:priyanka@warehousebots.fm",
              location="https://riverside.fm/studio/warehouse-bots-112", stamp="20261021T143000Z")
    hs = head(addr("Priyanka Shah", "priyanka@warehousebots.fm"),
              "Confirmed: Warehouse Bots Podcast recording - Tue 27 Oct, 17:00 UTC", "2026-10-21 15:30:00",
              "Europe/London", "<CAN4pQv7d1xM2sK9wB3rT6eY8zL0aG5hJ1cF7uD2oR9@mail.gmail.com>",
              "mail-yb1-f171.google.com (mail-yb1-f171.google.com [209.85.219.171])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(cal, cte="base64", disposition="attachment", filename="recording.ics")))


@neg(35, family="admission_interview", lang="en", company=None,
     note="Business-school admission interview for an executive MBA, Fri 16 Oct 10:00 CEST with ICS: the user's "
          "own interview at a fixed time, but for a study place, not a job",
     days=(("Fri", "2026-10-16"),))
def n35() -> bytes:
    body = t("""
        Dear Mr Krüger,

        Thank you for your application to the part-time Executive MBA in Supply Chain & Automation
        (intake April 2027). We are pleased to invite you to your admission interview:

        Date: Friday, 16 October 2026
        Time: 10:00 - 10:40 CEST
        Format: Zoom (link in the attached invitation)
        Panel: Dr. Carla Fontaine (Admissions Director), Prof. Dr. Henrik Vogt (Academic Director)

        The interview covers your motivation, your leadership experience and how the programme fits
        your career plans. Please have your ID ready for verification.

        Kind regards,
        Dr. Carla Fontaine
        Admissions Director
        Saxonia School of Supply Chain Management · Leipzig
        """)
    cal = ics("-//Saxonia School//Admissions//EN", "ssscm-adm-2027-0318@saxonia-school.de",
              ";TZID=Europe/Berlin:20261016T100000", ";TZID=Europe/Berlin:20261016T104000",
              "EMBA Admission Interview - Tobias Krüger",
              "ORGANIZER;CN=Carla Fontaine:mailto:c.fontaine@saxonia-school.de", tz="Europe/Berlin",
              location="Zoom", stamp="20261008T091500Z")
    hs = head(addr("Saxonia School Admissions", "admissions@saxonia-school.de"),
              "Your admission interview - Executive MBA Supply Chain & Automation", "2026-10-08 11:15:00", BER,
              "<adm.0318.20261008091500@saxonia-school.de>",
              "smtp.saxonia-school.de (smtp.saxonia-school.de [141.39.220.18])",
              extra=(("Reply-To", addr("Carla Fontaine", "c.fontaine@saxonia-school.de")),))
    return message(hs, mixed(text(body), calendar(cal, cte="base64", disposition="attachment",
                                                  filename="admission-interview.ics")))


@neg(36, family="sports_tryout", lang="de", company=None,
     note="Handball club invites the user to a try-out (Probetraining) on Thursday 19:30; fixed time, not a job",
     days=(("Thu", "2026-09-24"),))
def n36() -> bytes:
    body = t("""
        Hallo Tobias,

        freut mich, dass du Lust auf Handball hast! Komm gerne am Donnerstag um 19:30 Uhr zum
        Probetraining bei den Ü35ern in die Sporthalle Nord (Lübecker Straße, Eingang Hofseite).
        Bring Hallenschuhe und was zu trinken mit, Harz brauchst du fürs erste Mal nicht.

        Nach dem Training gehen wir meist noch auf ein Bier ins Vereinsheim, da kannst du die Truppe
        gleich kennenlernen.

        Sportliche Grüße
        Steffen

        --
        Steffen Hartung
        Abteilungsleiter Handball
        SV Elbaue 1921 e.V.
        """)
    hs = head(addr("Steffen Hartung", "steffen.hartung@sv-elbaue1921.de"), "Probetraining Ü35 am Donnerstag",
              "2026-09-21 20:14:33", BER, "<8b3c1d72-a9e0-4f15-bb62-0e4d7a19c3f8@sv-elbaue1921.de>",
              "smtp.ionos.de (smtp.ionos.de [212.227.15.41])")
    return message(hs, text(body, cte="8bit"))


@neg(37, family="car_service", lang="de", company=None,
     note="Car dealership confirms a workshop appointment (Wed 7 Oct 07:30) with an ICS; not an interview",
     days=(("Wed", "2026-10-07"),))
def n37() -> bytes:
    body = t("""
        Sehr geehrter Herr Krüger,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Termin: Mittwoch, 07.10.2026, 07:30 Uhr (Fahrzeugannahme)
        Fahrzeug: Skoda Octavia Combi, MD-TK 482
        Leistungen: Inspektion 60.000 km, Bremsflüssigkeit wechseln, Räderwechsel auf Winterräder
        Ersatzfahrzeug: reserviert
        Ihr Serviceberater: Herr Dittmann, Tel. 0391 / 72 88 31-40

        Den Termin können Sie über den Link in der angehängten Kalenderdatei in Ihren Kalender übernehmen.

        Mit freundlichen Grüßen
        Ihr Serviceteam
        Autohaus Börde-Kraft GmbH · Halberstädter Chaussee 120 · 39116 Magdeburg
        """)
    page = "<html><body style=\"font-family:Arial;font-size:13px\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in body.split("\n")) + "</body></html>\n"
    cal = ics("-//Autohaus Börde-Kraft//Werkstattplaner//DE", "ws-2026-10-07-0730-482@autohaus-boerde-kraft.de",
              ";TZID=Europe/Berlin:20261007T073000", ";TZID=Europe/Berlin:20261007T080000",
              "Werkstatttermin Autohaus Börde-Kraft (Inspektion)",
              "ORGANIZER;CN=Serviceannahme:mailto:service@autohaus-boerde-kraft.de", tz="Europe/Berlin",
              location="Halberstädter Chaussee 120\\, 39116 Magdeburg", stamp="20261001T124500Z")
    hs = head(addr("Autohaus Börde-Kraft Service", "service@autohaus-boerde-kraft.de"),
              "Terminbestätigung Werkstatt: Inspektion am Mi., 07.10.2026", "2026-10-01 14:45:00", BER,
              "<ws.482.20261001124500@autohaus-boerde-kraft.de>",
              "mail.autohaus-boerde-kraft.de (mail.autohaus-boerde-kraft.de [80.237.133.54])")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(cal, method="PUBLISH", cte="base64", disposition="attachment",
                                      filename="werkstatttermin.ics")))


@neg(38, family="bank_advisor", lang="de", company=None,
     note="Bank advisor confirms a 'Beratungsgespräch' (Mon 21 Sep 17:00, iso-8859-1 quoted-printable); "
          "fixed time, not a job interview",
     days=(("Mon", "2026-09-21"),))
def n38() -> bytes:
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für Ihre Terminanfrage über unser Online-Banking. Gerne bestätige ich Ihnen unser
        Beratungsgespräch zum Thema Altersvorsorge und Absicherung beim Jobwechsel:

        Montag, 21.09.2026, 17:00 Uhr
        Filiale Stadtfeld, Große Diesdorfer Straße 205, 39108 Magdeburg

        Bitte bringen Sie, falls vorhanden, Ihre letzte Renteninformation und Ihre bestehenden
        Versicherungsunterlagen mit. Das Gespräch dauert ca. 60 Minuten.

        Mit freundlichen Grüßen

        Christian Baumgart
        Privatkundenberater
        Volksbank Börde-Elbe eG
        """)
    hs = head(addr("Christian Baumgart", "christian.baumgart@vb-boerde-elbe.de", "iso-8859-1"),
              "Bestätigung Beratungsgespräch am 21.09.2026", "2026-09-15 11:47:26", BER,
              "<OF3A1F77C2.9E41D0B8-ONC1258B2E.0041A3F7@vb-boerde-elbe.de>",
              "mail.fiduciagad.de (mail.fiduciagad.de [193.105.220.11])", charset="iso-8859-1")
    return message(hs, text(body, "iso-8859-1", "quoted-printable"))


@neg(39, family="mock_interview", lang="de", company=None,
     note="Career coach confirms a paid mock interview ('Probe-Vorstellungsgespräch', Mon 5 Oct 18:00-19:00 via "
          "Zoom); a fixed interview-like slot, but coaching",
     days=(("Mon", "2026-10-05"),))
def n39() -> bytes:
    body = t("""
        Hallo Herr Krüger,

        vielen Dank für Ihre Buchung! Hiermit bestätige ich unser Mock-Interview (Probe-
        Vorstellungsgespräch) zur Vorbereitung auf Ihr Gespräch in Hannover:

        Montag, 05.10.2026, 18:00–19:00 Uhr, per Zoom
        https://us06web.zoom.us/j/83310456627

        Ich schlüpfe dabei in die Rolle der Personalerin, danach gibt es ausführliches Feedback
        zu Auftreten, Gehaltsfrage und Ihren Antworten auf die typischen Stressfragen.
        Die Rechnung (89 € inkl. MwSt.) finden Sie im Anhang.

        Herzliche Grüße
        Anja Pfeiffer
        Karrierewerkstatt Pfeiffer – Coaching für Bewerbung & Beruf
        Leipziger Straße 44 · 39112 Magdeburg
        """)
    hs = head(addr("Anja Pfeiffer", "anja@karrierewerkstatt-pfeiffer.de"),
              "Ihr Probe-Interview am Montag, 05.10. – Bestätigung", "2026-09-29 09:05:12", BER,
              "<2d9f1b3a-6c4e-47d8-a0b2-9e1c5f7d3a86@karrierewerkstatt-pfeiffer.de>",
              "smtp.strato.de (smtp.strato.de [81.169.145.119])")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), pdf("Rechnung_2026-118.pdf")))


@neg(40, family="forwarded_other_person", lang="de", company=None,
     note="The user's brother (same surname, 'Herr Krüger') forwards HIS OWN interview confirmation (Thu 29 Oct "
          "14:00) asking for tips; the interview is not the user's, so negative",
     days=(("Thu", "2026-10-29"),))
def n40() -> bytes:
    inner_body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für Ihre Bewerbung als Projektingenieur Fördertechnik (m/w/d). Wir freuen uns, Ihnen
        das Vorstellungsgespräch am Donnerstag, 29.10.2026 um 14:00 Uhr in unserem Werk in Hameln,
        Hafenstraße 9, zu bestätigen. Gesprächspartner sind Herr Lorenz (Technischer Leiter) und ich.

        Mit freundlichen Grüßen
        Olga Brandt
        Personal
        Weserkran GmbH
        """)
    inner = message([
        ("From", addr("Olga Brandt", "o.brandt@weserkran.de")),
        ("To", addr("Martin Krüger", "martin.krueger@example.com")),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – Projektingenieur Fördertechnik")),
        ("Date", date("2026-10-23 15:41:00", BER)),
        ("Message-ID", "<a7e51c3d-0b94-4f2a-8d61-c3e9f0b27a15@weserkran.de>"),
    ], text(inner_body))
    body = t("""
        Hi Tobi,

        guck mal, hat geklappt! Kannst du da mal drüberschauen und mir Tipps geben, was die bei so
        einem technischen Gespräch fragen? Du hast ja gerade Übung :) Donnerstag bin ich da.
        Ruf mich heute Abend mal an, wenn du Zeit hast.

        Martin
        """)
    hs = head(addr("Martin Krüger", "martin.krueger@example.com"),
              "WG: Einladung zum Vorstellungsgespräch – Projektingenieur Fördertechnik", "2026-10-24 10:15:02", BER,
              "<f03b7d19-2c8a-4e56-9a14-7b0d3e6c1f92@example.com>",
              "mout.gmx.net (mout.gmx.net [212.227.17.22])")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner)))


@neg(41, family="interviewer_at_current_job", lang="de", company=None,
     note="Exchange invitation from HR at the user's CURRENT employer asking him to sit in as the technical "
          "interviewer for a candidate (Mon 9 Nov 10:00); a confirmed interview, but he is the interviewer",
     days=(("Mon", "2026-11-09"),))
def n41() -> bytes:
    body = t("""
        Wann: Montag, 9. November 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum Elbe (EG)

        *~*~*~*~*~*~*~*~*~*

        Hallo Tobias,

        danke, dass du als Fachinterviewer einspringst! Es geht um Frau Lea Sommer, Bewerberin für die
        Stelle Junior Robotics Developer. Lebenslauf und Anschreiben findest du in Personio. Bereite
        bitte 2-3 Fragen zu ROS 2 und Navigation vor, ich übernehme den Rest.

        Viele Grüße
        Jacqueline
        --
        Jacqueline Rausch | HR Business Partner
        Mittelelbe Logistiksysteme GmbH | Magdeburg
        """)
    cal = ics("Microsoft Exchange Server 2010", "040000008200E00074C5B7101A82E00800000000D1E6A22C9B4ADD01000000000000000010000000F2",
              ";TZID=W. Europe Standard Time:20261109T100000", ";TZID=W. Europe Standard Time:20261109T110000",
              "Vorstellungsgespräch Lea Sommer (Junior Robotics Developer) – Fachinterview",
              "ORGANIZER;CN=Rausch\\, Jacqueline:mailto:j.rausch@mittelelbe-ls.de", tz="W. Europe Standard Time",
              location="Besprechungsraum Elbe (EG)", stamp="20261103T083012Z",
              attendees=(("Krüger\\, Tobias", "t.krueger@mittelelbe-ls.de"),))
    cal = cal.replace("CALSCALE:GREGORIAN\n", "")
    hs = head(addr("Rausch, Jacqueline", "j.rausch@mittelelbe-ls.de"),
              "Vorstellungsgespräch Lea Sommer (Junior Robotics Developer) – Fachinterview", "2026-11-03 09:30:12",
              BER, "<FR2P281MB0188C3E1A4B7D92F60E5A1C8D7B46@FR2P281MB0188.DEUP281.PROD.OUTLOOK.COM>",
              "DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2098.outbound.protection.outlook.com [40.107.135.98])",
              to=addr("Krüger, Tobias", "t.krueger@mittelelbe-ls.de"),
              extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"t.krueger@mittelelbe-ls.de {ME}"),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(cal, cte="base64")))


@neg(42, family="doctor_appointment", lang="de", company=None,
     note="Online booking platform confirms a GP appointment (Thu 24 Sep 08:15); not an interview",
     days=(("Thu", "2026-09-24"),))
def n42() -> bytes:
    body = t("""
        Terminbestätigung

        Hallo Tobias Krüger,

        Ihr Termin ist bestätigt:

        Do., 24.09.2026 um 08:15 Uhr
        Dr. med. Petra Hübner - Fachärztin für Allgemeinmedizin
        Hausarztpraxis am Nicolaiplatz, Nicolaiplatz 3, 39124 Magdeburg
        Grund: Check-up 35

        Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).
        Absagen bis 24 Stunden vorher: https://www.praxistermin24.de/termine/7731902/absagen

        Ihr Praxistermin24-Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f6f8fb">
        <div style="max-width:520px;margin:auto;background:#fff;padding:20px">
        <h2 style="color:#107ACA">Terminbestätigung</h2>
        <p>Hallo Tobias Krüger,</p><p>Ihr Termin ist bestätigt:</p>
        <p style="font-size:18px"><b>Do., 24.09.2026 um 08:15 Uhr</b></p>
        <p>Dr. med. Petra Hübner &ndash; Fachärztin für Allgemeinmedizin<br>
        Hausarztpraxis am Nicolaiplatz, Nicolaiplatz 3, 39124 Magdeburg<br>Grund: Check-up 35</p>
        <p>Bitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).</p>
        <p><a href="https://www.praxistermin24.de/termine/7731902/absagen">Termin absagen</a></p>
        </div></body></html>
        """)
    hs = head("Praxistermin24 <noreply@praxistermin24.de>", "Terminbestätigung: Do., 24.09.2026 um 08:15 Uhr",
              "2026-09-18 19:22:40", BER, "<termin.7731902.confirm@praxistermin24.de>",
              "mail.praxistermin24.de (mail.praxistermin24.de [185.15.192.40])")
    return message(hs, alt(text(body), html(page)))


@neg(43, family="flat_viewing", lang="de", company=None,
     note="Letting agent confirms a flat viewing in Leipzig (Sat 10 Oct 11:30) for the planned move; fixed time, "
          "not an interview ('Selbstauskunft', 'Arbeitsvertrag' are look-alike words)",
     days=(("Sat", "2026-10-10"),))
def n43() -> bytes:
    body = t("""
        Hallo Herr Krüger,

        wie eben am Telefon besprochen bestätige ich Ihnen den Besichtigungstermin für die Wohnung in
        der Lindenthaler Straße 31, 3. OG links (3 Zimmer, 78 m², Balkon, Kaltmiete 690 €):

        Samstag, 10.10.2026 um 11:30 Uhr, Treffpunkt vor der Haustür.

        Bitte bringen Sie die ausgefüllte Mieterselbstauskunft, die letzten drei Gehaltsnachweise
        (bzw. den Arbeitsvertrag Ihres neuen Arbeitgebers) und eine aktuelle SCHUFA-Auskunft mit.

        Mit freundlichen Grüßen
        Ronny Schubert
        Gohlis Wohnen Hausverwaltung GmbH
        Georg-Schumann-Straße 140 · 04155 Leipzig
        """)
    hs = head(addr("Ronny Schubert", "r.schubert@gohlis-wohnen.de"),
              "Besichtigungstermin Wohnung Lindenthaler Str. 31, 3. OG links", "2026-10-07 16:08:55", BER,
              "<000c01db58a2$4e7f1a30$eb7d4e90$@gohlis-wohnen.de>",
              "mout.kundenserver.de (mout.kundenserver.de [212.227.126.131])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, "iso-8859-15", "quoted-printable"))


@neg(44, family="parent_teacher", lang="de", company=None,
     note="School office sends the parent-teacher evening slots (Thu 26 Nov 17:40 and 18:10), iso-8859-1 base64; "
          "'Gesprächstermine' but not an interview",
     days=(("Thu", "2026-11-26"),))
def n44() -> bytes:
    body = t("""
        Sehr geehrte Eltern von Lena Krüger (Klasse 9b),

        vielen Dank für Ihre Anmeldung zum Elternsprechtag am Donnerstag, 26.11.2026. Folgende
        Gesprächstermine wurden für Sie eingetragen:

          17:40 - 17:50 Uhr   Frau Matthes (Mathematik)   Raum 112
          18:10 - 18:20 Uhr   Herr Özdemir (Physik)       Raum 205

        Bitte seien Sie pünktlich, da die Gespräche eng getaktet sind. Sollten Sie einen Termin nicht
        wahrnehmen können, geben Sie bitte im Sekretariat Bescheid.

        Mit freundlichen Grüßen
        Sekretariat
        Gymnasium am Elbufer
        """)
    hs = head(addr("Gymnasium am Elbufer - Sekretariat", "sekretariat@gymnasium-elbufer.de"),
              "Elternsprechtag am 26.11.2026 - Ihre Gesprächstermine", "2026-11-19 12:34:10", BER,
              "<20261119113410.GA7781@gymnasium-elbufer.de>",
              "mail.lsa-schulen.de (mail.lsa-schulen.de [194.94.112.30])", charset="iso-8859-1")
    return message(hs, text(body, "iso-8859-1", "base64"))


@neg(45, family="team_event", lang="de", company=None,
     note="Google Calendar invitation from a colleague at the current job to the team's Christmas dinner "
          "(Fri 11 Dec 19:00-22:00); not an interview",
     days=(("Fri", "2026-12-11"),))
def n45() -> bytes:
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Weihnachtsessen Team Robotik 🎄
        Wann
        Freitag, 11. Dez. 2026 ⋅ 19:00–22:00
        Mitteleuropäische Normalzeit - Berlin

        Wo
        Brauhaus am Alten Markt, Magdeburg

        Hi ihr Lieben, wie jedes Jahr - Tisch ist auf Doreen reserviert. Wichteln bis 15 €!

        Gäste
        Doreen Fiedler - Organisator
        Steffi Wagner
        Ronny Kluge
        tobias.krueger@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/
        """)
    cal = ics("-//Google Inc//Google Calendar 70.9054//EN", "7h2k9d1m4q8s0v3b6n5c1x7z2a@google.com",
              ";TZID=Europe/Berlin:20261211T190000", ";TZID=Europe/Berlin:20261211T220000",
              "Weihnachtsessen Team Robotik 🎄",
              "ORGANIZER;CN=Doreen Fiedler:mailto:doreen.fiedler@example.net", tz="Europe/Berlin",
              location="Brauhaus am Alten Markt\\, Magdeburg", stamp="20261124T181502Z",
              attendees=(("Steffi Wagner", "steffi.wagner@example.net"), ("Ronny Kluge", "ronny.kluge@example.com"),
                         ("Tobias Krüger", ME)))
    hs = head(addr("Doreen Fiedler", "doreen.fiedler@example.net"),
              "Einladung: Weihnachtsessen Team Robotik 🎄 @ Fr. 11. Dez. 2026 19:00 - 22:00 (MEZ) (tobias.krueger@example.org)",
              "2026-11-24 19:15:02", BER, "<calendar-e8d3a1f6-7b20-4c59-a3e1-0f6b9d2c5e47@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body)), calendar(cal, cte="base64")))


@neg(46, family="webinar", lang="de", company=None,
     note="Webinar registration ('Das technische Interview in der Robotik', Wed 23 Sep 18:00) with an ICS; a "
          "fixed time about interviews, not an interview",
     days=(("Wed", "2026-09-23"),))
def n46() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;color:#222">
        <div style="max-width:600px;margin:auto">
        <h2>Sie sind dabei!</h2>
        <p>Hallo Tobias,</p>
        <p>vielen Dank für Ihre Anmeldung zum Live-Webinar
        <b>„Das technische Interview in der Robotik: System Design, ROS und Live-Coding“</b>.</p>
        <p><b>Mittwoch, 23.09.2026, 18:00 – 19:15 Uhr (MESZ)</b><br>
        Referent: Dr. Malte Jürgens, Engineering Manager und Interviewer mit 300+ Gesprächen</p>
        <p><a href="https://robocareers-academy.de/webinar/join/5521?t=8c1f">Zum Webinar-Raum</a>
        (ab 17:50 Uhr geöffnet)</p>
        <p>Eine Aufzeichnung erhalten alle Angemeldeten am Folgetag.</p>
        <p style="font-size:11px;color:#888">RoboCareers Academy UG · Dresden ·
        <a href="https://robocareers-academy.de/abmelden">Abmelden</a></p>
        </div></body></html>
        """)
    cal = ics("-//RoboCareers Academy//Events//DE", "rca-webinar-5521@robocareers-academy.de",
              ";TZID=Europe/Berlin:20260923T180000", ";TZID=Europe/Berlin:20260923T191500",
              "Live-Webinar: Das technische Interview in der Robotik", None, method="PUBLISH", tz="Europe/Berlin",
              location="https://robocareers-academy.de/webinar/join/5521", stamp="20260914T070000Z", attendees=())
    hs = head("RoboCareers Academy <events@robocareers-academy.de>",
              "Anmeldebestätigung: Live-Webinar „Das technische Interview in der Robotik“ – Mi., 23.09., 18:00 Uhr",
              "2026-09-14 09:00:00", BER, "<rca.5521.reg.31877@robocareers-academy.de>",
              "mta-41.brevo.com (mta-41.brevo.com [185.107.232.41])",
              extra=(("List-Unsubscribe", "<https://robocareers-academy.de/abmelden>"),))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(cal, method="PUBLISH", cte="base64", disposition="attachment",
                                      filename="webinar.ics")))


@neg(47, family="auto_reply", lang="de", company="Saaletal Antriebe GmbH",
     note="Out-of-office auto-reply from a recruiter to the user's application mail (back after Fri 16 Oct); "
          "nothing scheduled",
     days=(("Fri", "2026-10-16"),))
def n47() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 16.10.2026 nicht im Büro und habe keinen Zugriff auf meine
        E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
        bewerbung@saaletal-antriebe.de oder 0345 / 68 24 10.

        Mit freundlichen Grüßen
        Heike Domscheit
        Personalleitung
        Saaletal Antriebe GmbH
        """)
    hs = head(addr("Heike Domscheit", "h.domscheit@saaletal-antriebe.de"),
              "Automatische Antwort: Bewerbung als Softwareentwickler Robotik – Tobias Krüger",
              "2026-10-12 08:03:41", BER, "<4a1c7e30f92b4d6e8b15c0a9d7e23f61@saaletal-antriebe.de>",
              "mail.saaletal-antriebe.de (mail.saaletal-antriebe.de [213.95.44.20])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<3e8d1b20-77c4-4a9f-b6e1-2f0c9d5a7b34@example.org>")))
    return message(hs, text(body))


@neg(48, family="bounce", lang="en", company=None,
     note="Bounce (multipart/report) of the user's own reply proposing 'Montag, 12. Oktober um 10:00 Uhr' to a "
          "recruiter whose address no longer exists; a proposal that never arrived, nothing confirmed",
     days=(("Mon", "2026-10-12"), ("Tue", "2026-10-13")))
def n48() -> bytes:
    orig_body = t("""
        Hallo Frau Fischer,

        vielen Dank für die Einladung! Würde Ihnen Montag, 12. Oktober um 10:00 Uhr passen?
        Alternativ ginge Dienstag ab 13 Uhr.

        Viele Grüße
        Tobias Krüger
        """)
    orig = message([
        ("From", ME_H),
        ("To", addr("Jana Fischer", "jana.fischer@dresden-carts.de")),
        ("Subject", enc("Re: Ihre Bewerbung / Gesprächstermin")),
        ("Date", date("2026-10-06 21:40:11", BER)),
        ("Message-ID", "<6b2f0d91-8e3c-4a57-b1d4-9c7e2a0f5d38@example.org>"),
    ], text(orig_body))
    explain = t("""
        This is the mail system at host smtp.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <jana.fischer@dresden-carts.de>: host mx1.dresden-carts.de[89.238.70.14] said:
            550 5.1.1 <jana.fischer@dresden-carts.de>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.org
        X-Postfix-Queue-ID: 4QH7Z21mBYz9sWb
        Arrival-Date: Tue,  6 Oct 2026 21:40:12 +0200 (CEST)

        Final-Recipient: rfc822; jana.fischer@dresden-carts.de
        Original-Recipient: rfc822;jana.fischer@dresden-carts.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.dresden-carts.de
        Diagnostic-Code: smtp; 550 5.1.1 <jana.fischer@dresden-carts.de>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    dsn = Part([("Content-Type", "message/delivery-status")], status.replace("\n", "\r\n").encode("ascii"))
    hs = [
        ("Delivered-To", ME),
        ("Received", received("from smtp.example.org (smtp.example.org [198.51.100.10])", "2026-10-06 21:40:14",
                              BER, "mx02.example.org (Postfix) with ESMTPS id 4QH7Z2C0qNz9sXc", ME)),
        ("From", "MAILER-DAEMON@smtp.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-10-06 21:40:14", BER)),
        ("Message-ID", "<20261006194014.4QH7Z2C0qNz9sXc@smtp.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    report = multipart("report", text(explain, "us-ascii", "7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       dsn, attached_message(orig), params="report-type=delivery-status")
    return message(hs, report)


@neg(49, family="mailing_list", lang="de", company=None,
     note="Meetup announcement on a ROS mailing list (Thu 12 Nov 18:30, with a job-fair slot offering short "
          "'Kennenlerngespräche'); a fixed time, but an event for everyone, not an interview",
     days=(("Thu", "2026-11-12"),))
def n49() -> bytes:
    body = t("""
        Hallo zusammen,

        unser nächstes Treffen steht:

        ROS Mitteldeutschland Meetup #14
        Donnerstag, 12.11.2026, 18:30 Uhr
        Otto-von-Guericke-Universität, Gebäude 29, Raum 307

        Programm:
        18:45  Fleet Management mit Open-RMF im Praxistest (Ines Hartwig, Dresden)
        19:30  Lightning Talks (noch 2 Slots frei - einfach auf die Liste antworten)
        20:00  Jobbörse: drei Firmen aus der Region stellen offene Stellen vor, kurze
               Kennenlerngespräche direkt vor Ort möglich

        Pizza und Mate gibt's wie immer, Anmeldung nicht nötig.

        Grüße
        Robert

        _______________________________________________
        ros-md mailing list
        ros-md@lists.ros-md.org
        https://lists.ros-md.org/mailman/listinfo/ros-md
        """)
    hs = head(addr("Robert Kähler via ros-md", "ros-md@lists.ros-md.org"),
              "[ros-md] Meetup #14 am 12.11.: Fleet Management mit Open-RMF + Lightning Talks",
              "2026-11-03 21:17:45", BER, "<9d4e2b17-c05a-4f83-a6b9-1e7d3f0c8a52@ovgu-robotik.de>",
              "lists.ros-md.org (lists.ros-md.org [141.44.17.220])",
              extra=(("Reply-To", "ros-md@lists.ros-md.org"),
                     ("Sender", '"ros-md" <ros-md-bounces@lists.ros-md.org>'),
                     ("List-Id", "ROS Mitteldeutschland <ros-md.lists.ros-md.org>"),
                     ("List-Post", "<mailto:ros-md@lists.ros-md.org>"),
                     ("List-Unsubscribe", "<https://lists.ros-md.org/mailman/options/ros-md>, "
                                          "<mailto:ros-md-request@lists.ros-md.org?subject=unsubscribe>"),
                     ("Precedence", "list"), ("X-Mailman-Version", "2.1.39")))
    return message(hs, text(body, cte="8bit"))


@neg(50, family="scholarship_interview", lang="de", company=None,
     note="A foundation invites the user's teenage daughter to a scholarship selection interview "
          "('Auswahlgespräch', Sat 7 Nov 10:00), addressed to him as parent; not his job interview",
     days=(("Sat", "2026-11-07"),))
def n50() -> bytes:
    body = t("""
        Sehr geehrter Herr Krüger,

        wir freuen uns, Ihnen mitteilen zu können, dass Ihre Tochter Lena in die zweite Runde des
        Schülerstipendiums 2027 aufgenommen wurde. Wir laden Lena herzlich zum Auswahlgespräch ein:

        Samstag, 07.11.2026, 10:00 - 10:30 Uhr
        Geschäftsstelle der Stiftung, Hegelstraße 21, 39104 Magdeburg

        Bitte begleiten Sie Lena zu dem Termin; im Anschluss ist ein kurzes Gespräch mit den Eltern
        vorgesehen. Bitte bestätigen Sie die Teilnahme bis zum 30.10.2026.

        Mit freundlichen Grüßen
        Dr. Birgit Sonnenberg
        Vorsitzende des Auswahlausschusses
        Stiftung Talente Sachsen-Anhalt
        """)
    hs = head(addr("Stiftung Talente Sachsen-Anhalt", "auswahl@talente-sachsen-anhalt.de"),
              "Einladung zum Auswahlgespräch – Schülerstipendium 2027 (Lena Krüger)", "2026-10-22 14:02:18", BER,
              "<st2027.0447.einladung@talente-sachsen-anhalt.de>",
              "smtp.talente-sachsen-anhalt.de (smtp.talente-sachsen-anhalt.de [217.160.0.190])",
              extra=(("Reply-To", addr("Birgit Sonnenberg", "b.sonnenberg@talente-sachsen-anhalt.de")),))
    return message(hs, alt(text(body), html(gmail_html(body))))
