"""blind145: a blind 50-mail held-out set, the inbox of Jonas Hartmann (Leipzig), Sep-Dec 2026.

Written by a helper session that did not read the detector, its tests or the other held-out mails.
Build and check with ``python3 bench/heldout/make_blind.py blind145``.
"""

from __future__ import annotations

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
    raw_part,
    received,
    t,
    text,
    utc,
)

# file numbers are a fixed shuffle of the writing order
ORDER = random.Random(1450145).sample(range(1, 51), 50)
ME = "jonas.hartmann@example.org"
JONAS = "Jonas Hartmann <jonas.hartmann@example.org>"
B = "Europe/Berlin"


def n(key: int) -> str:
    return f"blind145_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, mid: str, relay: str, *, zone: str = B, to: str = JONAS,
         extra: tuple[tuple[str, str], ...] = (), lag: int = 2, charset: str = "utf-8") -> list[tuple[str, str]]:
    ident = "mx1.example.org (Postfix) with ESMTPS id " + hashlib.md5(mid.encode(), usedforsecurity=False).hexdigest()[:11].upper()
    return [
        ("Received", received(f"from {relay}", when, zone, ident, ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-10 14:00", B), end=utc("2026-09-10 14:45", B),
      contact="mira.osterkamp@frachtwerk.io", company="Frachtwerk",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 14:45", zone=B,
      note="Greenhouse confirmation, 2:00-2:45 PM CEST (Europe/Berlin, UTC+2 in September) = 12:00-12:45Z; "
           "ICS agrees; contact = Reply-To recruiter")
def greenhouse_frachtwerk():
    body = t("""
        Hi Jonas,

        Thanks for confirming your availability. Your interview for Senior Backend Engineer (Routing & Dispatch)
        at Frachtwerk is scheduled - here are the details:

        Interview: Technical Deep Dive
        Date: Thursday, September 10, 2026
        Time: 2:00 PM - 2:45 PM CEST (Europe/Berlin)
        Location: Google Meet - https://meet.google.com/xkr-pfwd-tqa

        Interviewers:
          Hendrik Saalfeld - Staff Engineer, Dispatch
          Aylin Korkmaz - Engineering Manager

        Please make sure you can share your screen; we will look at a small routing problem together.
        If anything comes up, just reply to this email and it will reach me.

        Best,
        Mira Osterkamp
        Talent Acquisition, Frachtwerk
        """)
    h = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Jonas,</p>
        <p>Thanks for confirming your availability. Your interview for <b>Senior Backend Engineer (Routing &amp; Dispatch)</b>
        at Frachtwerk is scheduled &ndash; here are the details:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#888">Interview</td><td>Technical Deep Dive</td></tr>
        <tr><td style="color:#888">Date</td><td>Thursday, September 10, 2026</td></tr>
        <tr><td style="color:#888">Time</td><td>2:00 PM - 2:45 PM CEST (Europe/Berlin)</td></tr>
        <tr><td style="color:#888">Location</td><td><a href="https://meet.google.com/xkr-pfwd-tqa">Google Meet</a></td></tr>
        </table>
        <p>Interviewers:<br>Hendrik Saalfeld &ndash; Staff Engineer, Dispatch<br>Aylin Korkmaz &ndash; Engineering Manager</p>
        <p>Please make sure you can share your screen; we will look at a small routing problem together.
        If anything comes up, just reply to this email and it will reach me.</p>
        <p>Best,<br>Mira Osterkamp<br>Talent Acquisition, Frachtwerk</p>
        <img src="https://app.greenhouse.io/email_tracking/open/7731902.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["Europe/Berlin"].join(["BEGIN:VCALENDAR\nPRODID:-//Greenhouse Software//Interview Scheduler//EN\n"
                                     "VERSION:2.0\nMETHOD:REQUEST\n", "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-7731902-20260910@greenhouse.io
        DTSTAMP:20260908T090211Z
        DTSTART;TZID=Europe/Berlin:20260910T140000
        DTEND;TZID=Europe/Berlin:20260910T144500
        SUMMARY:Interview: Jonas Hartmann / Frachtwerk - Technical Deep Dive
        LOCATION:https://meet.google.com/xkr-pfwd-tqa
        ORGANIZER;CN=Mira Osterkamp:mailto:mira.osterkamp@frachtwerk.io
        ATTENDEE;CN=Jonas Hartmann;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jonas.hartmann@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)])
    hs = head("Frachtwerk <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Backend Engineer (Routing & Dispatch) at Frachtwerk",
              "2026-09-08 11:02:09", "<20260908090209.7731902.a41c@geopod-ismtpd-3>",
              "o3.ptr2231.greenhouse-mail.io (o3.ptr2231.greenhouse-mail.io [149.72.41.18])",
              extra=(("Reply-To", "Mira Osterkamp <mira.osterkamp@frachtwerk.io>"),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-16 10:30", B), end=utc("2026-09-16 11:30", B),
      contact="franziska.lehnert@elbkai-logistik.de", company="Elbkai Logistik",
      local="Wed 2026-09-16 10:30", local_end="2026-09-16 11:30", zone=B,
      note="Personio invitation, 'Mittwoch, 16.09.2026, 10:30 - 11:30 Uhr' in Dresden (MESZ, UTC+2) = "
           "08:30-09:30Z; HTML only, base64; contact = Reply-To recruiter")
def personio_elbkai():
    h = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1c1c1c">
        <tr><td style="padding:24px"><img src="https://elbkai-logistik.jobs.personio.de/logo.png" alt="Elbkai Logistik" height="32"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Sehr geehrter Herr Hartmann,</p>
        <p>vielen Dank für Ihre Bewerbung als <strong>Softwareentwickler Transportmanagement (m/w/d)</strong>.
        Wir freuen uns, Sie persönlich kennenzulernen, und bestätigen hiermit den folgenden Termin:</p>
        <p style="background:#eef3f8;padding:12px;border-left:3px solid #2b6cb0">
        <strong>Mittwoch, 16.09.2026, 10:30 – 11:30 Uhr</strong><br>
        Elbkai Logistik GmbH, Magdeburger Straße 58, 01067 Dresden<br>
        Ansprechpartnerin: Franziska Lehnert (Personal)</p>
        <p>Bitte melden Sie sich am Empfang im Erdgeschoss. Parkplätze finden Sie im Hof.</p>
        <p>Sollte Ihnen der Termin nicht möglich sein, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Franziska Lehnert<br>Elbkai Logistik GmbH</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#888">Diese E-Mail wurde über Personio versendet.
        Informationen zum Datenschutz finden Sie <a href="https://elbkai-logistik.jobs.personio.de/privacy-policy">hier</a>.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("Elbkai Logistik GmbH <no-reply@mail.personio.de>",
              "Einladung zum Vorstellungsgespräch – Softwareentwickler Transportmanagement (m/w/d)",
              "2026-09-11 09:41:33", "<0102019ad3c1e4f2-8c1d7a44-5b6e-4f0b-9f3e-21aa7c0d11e9-000000@eu-central-1.amazonses.com>",
              "a8-33.smtp-out.eu-central-1.amazonses.com (a8-33.smtp-out.eu-central-1.amazonses.com [54.240.8.33])",
              extra=(("Reply-To", addr("Franziska Lehnert", "franziska.lehnert@elbkai-logistik.de")),))
    return message(hs, html(h, cte="base64"))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 10:30", B), end=None,
      contact="ronny@paketfuchs.de", company="Paketfuchs",
      local="Tue 2026-09-22 10:30", zone=B,
      note="Saxon-flavoured du reply sent Mon 21 Sep 08:06 CEST: 'morgen um halb elf' = Tue 22 Sep 10:30 CEST = "
           "08:30Z; 'so ne Stunde' is approximate so no end; text only, 8bit")
def prose_paketfuchs():
    body = t("""
        Nu, Jonas,

        passt mir gut! Dann machen mir das morgen um halb elf bei uns in der Spinnerei, Halle 14,
        zweiter Stock (die Treppe hinter der Kaffeerösterei, Fahrstuhl geht grad ni). Micha von der
        Disposition sitzt mit drin, der wollt dich unbedingt ma kennenlernen. Planen tun mir so ne Stunde,
        aber wenns länger wird, isses och ni schlimm.

        Kaffee gibts, Kekse vielleicht.

        Bis morgen
        Ronny

        --
        Ronny Kießling · Gründer & CTO
        Paketfuchs GmbH · Spinnereistraße 7 · 04179 Leipzig
        0341 2470 815

        Am 20.09.2026 um 21:14 schrieb Jonas Hartmann <jonas.hartmann@example.org>:
        > Hallo Ronny,
        >
        > danke für den netten Anruf am Freitag. Dienstag Vormittag würde bei mir gehen, ich bin ab 9 flexibel.
        >
        > Viele Grüße
        > Jonas
        """)
    hs = head(addr("Ronny Kießling", "ronny@paketfuchs.de"), "Re: Kennenlernen bei Paketfuchs",
              "2026-09-21 08:06:41", "<5e1b7c2a-93d0-4b7e-a3f1-0c2d9e8b6f14@paketfuchs.de>",
              "mout.kundenserver.de (mout.kundenserver.de [212.227.17.10])",
              extra=(("In-Reply-To", "<b8d3f1e0-2c44-4a6e-9d0a-7f1e2c3b4a55@example.org>"),
                     ("References", "<b8d3f1e0-2c44-4a6e-9d0a-7f1e2c3b4a55@example.org>"),
                     ("User-Agent", "Mozilla Thunderbird")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(4), family="exchange", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-07 09:00", B), end=utc("2026-10-07 10:00", B),
      contact="katrin.boerner@saaletal-intralogistik.de", company="Saaletal Intralogistik",
      local="Wed 2026-10-07 09:00", local_end="2026-10-07 10:00", zone=B,
      note="Exchange meeting request; body shows '(UTC+01:00) Amsterdam, Berlin...' (the standard offset) but "
           "7 Oct is summer time: 09:00-10:00 CEST = 07:00-08:00Z; ICS in 'W. Europe Standard Time' agrees; "
           "contact = ORGANIZER/sender")
def exchange_saaletal():
    plain = t("""
        Wann: Mittwoch, 7. Oktober 2026 09:00-10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Hartmann,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Zweitgespräch.
        Mit dabei sind Herr Dr. Fiedler (Leitung Softwareentwicklung) und Frau Yilmaz aus dem Team Lagerverwaltungssysteme.

        Viele Grüße aus Halle
        Katrin Börner
        Personalreferentin

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5YzE2OGQtYjA1Ni00MTVh%40thread.v2/0>
        Besprechungs-ID: 381 552 907 214
        Kennung: 7kQm2a
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        ________________________________________________________________________________
        """)
    h = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Hartmann,</p>
        <p class="MsoNormal">wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Zweitgespräch.
        Mit dabei sind Herr Dr. Fiedler (Leitung Softwareentwicklung) und Frau Yilmaz aus dem Team Lagerverwaltungssysteme.</p>
        <p class="MsoNormal">Viele Grüße aus Halle<br>Katrin Börner<br>Personalreferentin</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5YzE2OGQtYjA1Ni00MTVh%40thread.v2/0">Hier klicken, um an der Besprechung teilzunehmen</a></div>
        <div>Besprechungs-ID: 381 552 907 214<br>Kennung: 7kQm2a</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Börner Katrin:mailto:katrin.boerner@saaletal-intralogistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.hartmann@example.org:mailto:jonas.hartmann@example.org
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Hartmann,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Zweitgespräch.\\n
        UID:040000008200E00074C5B7101A82E008000000009E3A6D1C2D55DC01000000000000000010000000C4F1D0B3A2E84B4F9E5A7C2D1B0E3F77
        SUMMARY;LANGUAGE=de-DE:Zweitgespräch Softwareentwickler WMS (m/w/d) - Jonas Hartmann
        DTSTART;TZID=W. Europe Standard Time:20261007T090000
        DTEND;TZID=W. Europe Standard Time:20261007T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T122214Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2119836142
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
        END:VCALENDAR
        """)
    hs = head(addr("Börner, Katrin", "katrin.boerner@saaletal-intralogistik.de"),
              "Zweitgespräch Softwareentwickler WMS (m/w/d) - Jonas Hartmann", "2026-10-01 14:22:14",
              "<FR2P281MB1563A0B1C9E34D7F0A2B5C19D8E4A@FR2P281MB1563.DEUP281.PROD.OUTLOOK.COM>",
              "EUR05-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2121.outbound.protection.outlook.com [40.107.135.121])",
              extra=(("Thread-Topic", enc("Zweitgespräch Softwareentwickler WMS (m/w/d) - Jonas Hartmann")),
                     ("Thread-Index", "AdtU9kQ3cB1Hf0yVQn2rXk8PzA4m6w=="),
                     ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(plain), html(h), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(5), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 10:00", B), end=utc("2026-10-26 11:00", B),
      contact="svenja.pohl@laderaum.tech", company="Laderaum Technologies",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:00", zone=B,
      note="DST edge: sent Thu 22 Oct in CEST, interview Mon 26 Oct 10:00-11:00 after the switch to CET (UTC+1) "
           "= 09:00-10:00Z; Reply-To is a Teamtailor relay, contact = recruiter address in the signature")
def teamtailor_laderaum():
    body = t("""
        Hallo Jonas,

        schön, dass es geklappt hat! Hier nochmal alles für dein Interview:

        Position: Backend Developer (Kotlin) – Yard Management
        Termin: Montag, 26. Oktober 2026, 10:00 – 11:00 Uhr (Berlin)
        Ort: Video-Call, der Link kommt mit der Kalendereinladung im Anhang
        Gesprächspartner: Oskar Brandes (Head of Engineering), Svenja Pohl (People & Culture)

        Kleiner Hinweis: am Wochenende werden die Uhren zurückgestellt – 10 Uhr ist also Winterzeit.

        Bei Fragen erreichst du mich direkt unter svenja.pohl@laderaum.tech.

        Liebe Grüße
        Svenja
        People & Culture | Laderaum Technologies GmbH | Berlin

        Diese Nachricht wurde über Teamtailor gesendet.
        """)
    h = t("""
        <div style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;font-size:15px;line-height:1.5;color:#222">
        <p>Hallo Jonas,</p>
        <p>schön, dass es geklappt hat! Hier nochmal alles für dein Interview:</p>
        <p><b>Position:</b> Backend Developer (Kotlin) – Yard Management<br>
        <b>Termin:</b> Montag, 26. Oktober 2026, 10:00 – 11:00 Uhr (Berlin)<br>
        <b>Ort:</b> Video-Call, der Link kommt mit der Kalendereinladung im Anhang<br>
        <b>Gesprächspartner:</b> Oskar Brandes (Head of Engineering), Svenja Pohl (People &amp; Culture)</p>
        <p>Kleiner Hinweis: am Wochenende werden die Uhren zurückgestellt – 10 Uhr ist also Winterzeit.</p>
        <p>Bei Fragen erreichst du mich direkt unter <a href="mailto:svenja.pohl@laderaum.tech">svenja.pohl@laderaum.tech</a>.</p>
        <p>Liebe Grüße<br>Svenja<br>People &amp; Culture | Laderaum Technologies GmbH | Berlin</p>
        <p style="font-size:11px;color:#999">Diese Nachricht wurde über <a href="https://www.teamtailor.com">Teamtailor</a> gesendet.</p>
        </div>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Teamtailor//Interviews//EN\nMETHOD:REQUEST\n" + \
        VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:tt-meeting-4471123@teamtailor.com
        DTSTAMP:20261022T140511Z
        DTSTART;TZID=Europe/Berlin:20261026T100000
        DTEND;TZID=Europe/Berlin:20261026T110000
        SUMMARY:Interview Laderaum Technologies – Jonas Hartmann
        LOCATION:https://laderaum.whereby.com/interview-yard
        ORGANIZER;CN=Svenja Pohl:mailto:svenja.pohl@laderaum.tech
        ATTENDEE;CN=Jonas Hartmann;RSVP=TRUE:mailto:jonas.hartmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Svenja Pohl via Laderaum Technologies <no-reply@laderaum.teamtailor-mail.com>",
              "Dein Interview bei Laderaum Technologies am 26.10.", "2026-10-22 16:05:11",
              "<6f0d1e2a4b7c.4471123@teamtailor-mail.com>",
              "mail-a12.teamtailor-mail.com (mail-a12.teamtailor-mail.com [158.247.16.12])",
              extra=(("Reply-To", "reply+c7f2a91d44@laderaum.teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="8bit")))


@mail(n(6), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-30 15:00", "Europe/Prague"), end=utc("2026-10-30 16:00", "Europe/Prague"),
      contact="tomas.novotny@vltavaroute.cz", company="Vltava Route",
      local="Fri 2026-10-30 15:00", local_end="2026-10-30 16:00", zone="Europe/Prague",
      note="Workable event, 15:00-16:00 Prague time (CET after 25 Oct, UTC+1) = 14:00-15:00Z; ICS in UTC "
           "agrees; Reply-To is a Workable relay, contact = hiring manager address in the body")
def workable_vltava():
    body = t("""
        Hi Jonas,

        Great news - your interview with Vltava Route has been scheduled.

        Job: Software Engineer, Fleet Telematics (Prague or remote EU)
        When: Friday, 30 October 2026, 15:00 - 16:00 (Europe/Prague)
        Where: Vltava Route office, Rohanské nábřeží 671/19, Praha 8 - Karlín, 3rd floor
              (a video link is available if you prefer - just tell us)

        You'll meet Tomáš Novotný, our CTO. If you have questions about the interview itself, you can
        also write to him directly: tomas.novotny@vltavaroute.cz

        Replies to this email go to the hiring team.

        Good luck!
        The Vltava Route hiring team

        Powered by Workable
        """)
    h = t("""
        <table width="100%" style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333"><tr><td>
        <p>Hi Jonas,</p>
        <p>Great news &ndash; your interview with <strong>Vltava Route</strong> has been scheduled.</p>
        <table style="background:#f7f7f9;padding:10px">
        <tr><td><b>Job</b></td><td>Software Engineer, Fleet Telematics (Prague or remote EU)</td></tr>
        <tr><td><b>When</b></td><td>Friday, 30 October 2026, 15:00 - 16:00 (Europe/Prague)</td></tr>
        <tr><td><b>Where</b></td><td>Vltava Route office, Rohansk&eacute; n&aacute;b&rcaron;e&zcaron;&iacute; 671/19, Praha 8 &ndash; Karl&iacute;n, 3rd floor<br>
        (a video link is available if you prefer &ndash; just tell us)</td></tr></table>
        <p>You&#39;ll meet Tom&aacute;&scaron; Novotn&yacute;, our CTO. If you have questions about the interview itself, you can
        also write to him directly: <a href="mailto:tomas.novotny@vltavaroute.cz">tomas.novotny@vltavaroute.cz</a></p>
        <p>Replies to this email go to the hiring team.</p>
        <p>Good luck!<br>The Vltava Route hiring team</p>
        <p style="color:#aaa;font-size:11px">Powered by Workable</p>
        </td></tr></table>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Events//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:workable-event-90f3c1a7@workable.com
        DTSTAMP:20261026T091522Z
        DTSTART:20261030T140000Z
        DTEND:20261030T150000Z
        SUMMARY:Interview: Jonas Hartmann - Software Engineer, Fleet Telematics
        LOCATION:Rohanské nábřeží 671/19, Praha 8
        ORGANIZER;CN=Vltava Route:mailto:vltava-route@candidates.workablemail.com
        ATTENDEE;CN=Jonas Hartmann;RSVP=TRUE:mailto:jonas.hartmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Vltava Route <vltava-route@candidates.workablemail.com>",
              "Your interview with Vltava Route", "2026-10-26 10:15:22",
              "<mail.5f2a1c9e0b7d44a8@candidates.workablemail.com>",
              "o12.candidates.workablemail.com (o12.candidates.workablemail.com [167.89.100.12])",
              zone="Europe/Prague",
              extra=(("Reply-To", "vltava-route+6b1d0e2f93a4@candidates.workablemail.com"),))
    return message(hs, mixed(alt(text(body), html(h)),
                             calendar(ics, filename="invite.ics", disposition="attachment", ctype="application/ics", cte="base64")))


@mail(n(7), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-03 14:15", B), end=utc("2026-11-03 15:00", B),
      contact="benedikt.huber@isarfracht.de", company="Isarfracht Digital",
      local="Tue 2026-11-03 14:15", local_end="2026-11-03 15:00", zone=B,
      note="SmartRecruiters, 'Di., 3. Nov. 2026, 14:15 - 15:00 Uhr (MEZ)' Munich = 13:15-14:00Z; "
           "contact = Reply-To recruiter")
def smartrecruiters_isarfracht():
    body = t("""
        Grüß Gott Herr Hartmann,

        vielen Dank, dass Sie sich einen Termin ausgesucht haben. Ihr Interview ist bestätigt:

            Stelle:      Senior Software Engineer Supply Chain Visibility (m/w/d)
            Termin:      Di., 3. Nov. 2026, 14:15 – 15:00 Uhr (MEZ)
            Art:         Videointerview (Microsoft Teams)
            Teilnehmer:  Benedikt Huber (Recruiting), Carina Weiß (Team Lead Platform)

        Den Teams-Link erhalten Sie rechtzeitig vor dem Gespräch.

        Beste Grüße aus München
        Benedikt Huber
        Talent Acquisition | Isarfracht Digital GmbH
        Landsberger Str. 290 | 80687 München

        --
        Diese E-Mail wurde von SmartRecruiters im Auftrag von Isarfracht Digital GmbH versandt.
        """)
    h = "<html><body>" + "".join(
        f"<p>{p}</p>" if p else "" for p in body.replace("&", "&amp;").split("\n\n")).replace("\n", "<br>\n") \
        + "</body></html>\n"
    hs = head("Isarfracht Digital GmbH <noreply@smartrecruiters.com>",
              "Interview bestätigt: Senior Software Engineer Supply Chain Visibility (m/w/d)",
              "2026-10-28 13:10:40", "<0100019a7e3bd2c1-e42c8d11-3b0a-4c55-8a6f-2d1e0b9c7f31-000000@email.amazonses.com>",
              "a48-110.smtp-out.amazonses.com (a48-110.smtp-out.amazonses.com [54.240.48.110])",
              extra=(("Reply-To", "Benedikt Huber <benedikt.huber@isarfracht.de>"),))
    return message(hs, alt(text(body), html(h)))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 10:00", "America/New_York"), end=utc("2026-11-04 10:30", "America/New_York"),
      contact="dana.whitfield@harborline.com", company="Harborline Logistics",
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 10:30", zone="America/New_York",
      note="Calendly booking shown in Eastern Time; sent Fri 30 Oct while New York was still on EDT, the call is "
           "on Wed 4 Nov after the US switch to EST (UTC-5): 10:00-10:30 EST = 15:00-15:30Z; ICS in UTC agrees; "
           "contact = Reply-To host")
def calendly_harborline():
    body = t("""
        Hi Jonas Hartmann,

        A new event has been scheduled.

        Event Type:
        Technical Screen - Platform Team (30 min)

        Invitee:
        Jonas Hartmann

        Invitee Email:
        jonas.hartmann@example.org

        Event Date/Time:
        10:00am - 10:30am (Eastern Time - US & Canada) on Wednesday, November 4, 2026

        Location:
        This is a Zoom web conference.
        https://harborline.zoom.us/j/84120937715?pwd=cGx0eW5oZ3N4

        Host:
        Dana Whitfield

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6c1f0a2e-0d9b-4b4e-8f12-53a1d7e0c2ab
        Reschedule: https://calendly.com/reschedulings/6c1f0a2e-0d9b-4b4e-8f12-53a1d7e0c2ab

        Powered by Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:6c1f0a2e-0d9b-4b4e-8f12-53a1d7e0c2ab@calendly.com
        DTSTAMP:20261030T103004Z
        DTSTART:20261104T150000Z
        DTEND:20261104T153000Z
        SUMMARY:Technical Screen - Platform Team (30 min) between Dana Whitfield and Jonas Hartmann
        LOCATION:https://harborline.zoom.us/j/84120937715?pwd=cGx0eW5oZ3N4
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@harborline.com
        ATTENDEE;CN=Jonas Hartmann;RSVP=TRUE:mailto:jonas.hartmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Technical Screen - Platform Team (30 min) with Dana Whitfield on Wednesday, November 4, 2026",
              "2026-10-30 10:30:04", "<01000192f0a3c5e7-44d1b9a2-7e3c-4f10-b8a1-9c0d2e5f7a61-000000@email.amazonses.com>",
              "a8-60.smtp-out.amazonses.com (a8-60.smtp-out.amazonses.com [54.240.8.60])", zone="UTC",
              extra=(("Reply-To", "Dana Whitfield <dana.whitfield@harborline.com>"),))
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, filename="invite.ics", disposition="attachment", method=None)))


@mail(n(9), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-12 13:00", B), end=utc("2026-11-12 14:00", B),
      contact="sebastian.weigel@auensoft.de", company="Auensoft",
      local="Thu 2026-11-12 13:00", local_end="2026-11-12 14:00", zone=B,
      note="Google Calendar invitation in German, 'Do. 12. Nov. 2026 13:00 - 14:00 (MEZ)' = 12:00-13:00Z; "
           "ICS (inline and attached) agrees; contact = organizer")
def gcal_auensoft():
    body = t("""
        Technisches Interview – Jonas Hartmann / Auensoft
        Donnerstag, 12. November 2026 · 13:00 – 14:00
        Zeitzone: Europe/Berlin

        Informationen zur Teilnahme über Google Meet
        Videoanruf-Link: https://meet.google.com/hvq-mwtz-obe
        Oder telefonisch teilnehmen: (DE) +49 30 300195061 PIN: 813 552 093#

        Hallo Jonas, wie besprochen: 60 Minuten mit Paula und mir, davon ca. 30 Minuten Pairing an unserem
        Tourenplanungs-Service. Bis Donnerstag! Sebastian

        Organisator
        Sebastian Weigel
        sebastian.weigel@auensoft.de

        Gäste
        Sebastian Weigel - Organisator
        paula.renner@auensoft.de
        jonas.hartmann@example.org

        Antworten für jonas.hartmann@example.org: Ja (https://calendar.google.com/calendar/event?action=RESPOND&eid=NWtqM2Fv&rst=1)
        Nein - Vielleicht - Weitere Optionen

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind. Sie können die Einladung ablehnen, um keine
        Aktualisierungen mehr zu erhalten.
        """)
    h = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Einladung: Technisches Interview – Jonas Hartmann / Auensoft"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:22px;font-weight:400">Technisches Interview – Jonas Hartmann / Auensoft</h2>
        <table><tr><td style="color:#70757a">Wann</td><td>Donnerstag, 12. November 2026 · 13:00 – 14:00 (Mitteleuropäische Normalzeit - Berlin)</td></tr>
        <tr><td style="color:#70757a">Teilnehmen</td><td><a href="https://meet.google.com/hvq-mwtz-obe">meet.google.com/hvq-mwtz-obe</a></td></tr>
        <tr><td style="color:#70757a">Organisator</td><td>Sebastian Weigel<br>sebastian.weigel@auensoft.de</td></tr>
        <tr><td style="color:#70757a">Gäste</td><td>Sebastian Weigel – Organisator<br>paula.renner@auensoft.de<br>jonas.hartmann@example.org</td></tr></table>
        <p>Hallo Jonas, wie besprochen: 60 Minuten mit Paula und mir, davon ca. 30 Minuten Pairing an unserem
        Tourenplanungs-Service. Bis Donnerstag! Sebastian</p>
        <p style="font-size:12px;color:#70757a">Einladung von <a href="https://calendar.google.com/calendar/">Google Kalender</a></p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261112T130000
        DTEND;TZID=Europe/Berlin:20261112T140000
        DTSTAMP:20261105T142003Z
        ORGANIZER;CN=Sebastian Weigel:mailto:sebastian.weigel@auensoft.de
        UID:5kj3ao9c1v2n7e8r0t4q6m1b2d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sebastian Weigel;X-NUM-GUESTS=0:mailto:sebastian.weigel@auensoft.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=paula.renner@auensoft.de;X-NUM-GUESTS=0:mailto:paula.renner@auensoft.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.hartmann@example.org;X-NUM-GUESTS=0:mailto:jonas.hartmann@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/hvq-mwtz-obe
        CREATED:20261105T142002Z
        DESCRIPTION:Hallo Jonas\\, wie besprochen: 60 Minuten mit Paula und mir\\, davon ca. 30 Minuten Pairing an unserem Tourenplanungs-Service. Bis Donnerstag! Sebastian
        LAST-MODIFIED:20261105T142002Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Technisches Interview – Jonas Hartmann / Auensoft
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Sebastian Weigel <sebastian.weigel@auensoft.de>",
              "Einladung: Technisches Interview – Jonas Hartmann / Auensoft @ Do. 12. Nov. 2026 13:00 - 14:00 (MEZ) "
              "(jonas.hartmann@example.org)", "2026-11-05 15:20:03",
              "<calendar-9a1e4c77-0b3d-4f2a-8e61-5c2d7f0a9b13@google.com>",
              "mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "Sebastian Weigel <sebastian.weigel@auensoft.de>")))
    return message(hs, mixed(alt(text(body), html(h), calendar(ics, cte="base64")),
                             calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(10), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-17 09:30", "Europe/London"), end=utc("2026-11-17 10:30", "Europe/London"),
      contact="priya.raman@tollgatefreight.co.uk", company="Tollgate Freight",
      local="Tue 2026-11-17 09:30", local_end="2026-11-17 10:30", zone="Europe/London",
      note="Ashby confirmation, '9:30 AM - 10:30 AM GMT' (London, UTC+0 in November) = 09:30-10:30Z, i.e. "
           "10:30 in Leipzig; base64 bodies; contact = Reply-To recruiter")
def ashby_tollgate():
    body = t("""
        Hi Jonas,

        Your interview is confirmed. We're looking forward to speaking with you!

        System Design Interview - Senior Engineer, Freight Platform (Remote, Europe)
        Tuesday, November 17, 2026
        9:30 AM - 10:30 AM GMT
        Google Meet: https://meet.google.com/tfx-qkzr-ahu

        You'll meet with:
          Callum Reid - Principal Engineer
          Marta Kowalczyk - Engineering Manager, Carrier Integrations

        Questions? Just reply and it will reach Priya Raman.

        Thanks,
        Tollgate Freight Recruiting
        """)
    h = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2328">
        <p>Hi Jonas,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <div style="border:1px solid #e1e4e8;border-radius:6px;padding:12px">
        <p style="margin:0"><strong>System Design Interview - Senior Engineer, Freight Platform (Remote, Europe)</strong></p>
        <p style="margin:0">Tuesday, November 17, 2026<br>9:30 AM - 10:30 AM GMT</p>
        <p style="margin:0"><a href="https://meet.google.com/tfx-qkzr-ahu">Google Meet</a></p></div>
        <p>You&#x27;ll meet with:<br>Callum Reid &mdash; Principal Engineer<br>Marta Kowalczyk &mdash; Engineering Manager, Carrier Integrations</p>
        <p>Questions? Just reply and it will reach Priya Raman.</p>
        <p>Thanks,<br>Tollgate Freight Recruiting</p>
        </body></html>
        """)
    hs = head("Tollgate Freight <no-reply@ashbyhq.com>",
              "Interview confirmed: Senior Engineer, Freight Platform at Tollgate Freight",
              "2026-11-10 17:02:48", "<01000193a2b4c6d8-1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718-000000@email.amazonses.com>",
              "a9-24.smtp-out.amazonses.com (a9-24.smtp-out.amazonses.com [54.240.9.24])", zone="Europe/London",
              extra=(("Reply-To", "Priya Raman <priya.raman@tollgatefreight.co.uk>"),))
    return message(hs, alt(text(body, cte="base64"), html(h, cte="base64")))


@mail(n(11), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-19 09:00", "Europe/Vienna"), end=None,
      contact="theresa.gruber@donauflow.at", company="Donauflow Software",
      local="Thu 2026-11-19 09:00", zone="Europe/Vienna",
      note="Austrian company via softgarden, 'Donnerstag, 19. November 2026, um 9:00 Uhr' Vienna (CET, UTC+1) = "
           "08:00Z; 'ca. eine Stunde' is approximate so no end; iso-8859-15 quoted-printable; contact = recruiter "
           "address in the signature (sender is a no-reply)")
def softgarden_donauflow():
    body = t("""
        Sehr geehrter Herr Hartmann,

        herzlichen Dank für Ihr Interesse an der Position "Java-Entwickler:in Hafenlogistik".
        Wie heute telefonisch vereinbart, dürfen wir Sie zu einem persönlichen Gespräch einladen:

        Termin: Donnerstag, 19. November 2026, um 9:00 Uhr
        Ort: Donauflow Software GmbH, Handelskai 94-96, 1200 Wien (Millennium Tower, 14. Stock)
        Dauer: ca. eine Stunde
        Gesprächspartner: DI Markus Leitner (Bereichsleitung Entwicklung), Mag. Theresa Gruber (HR)

        Die Anreisekosten (Bahn 2. Klasse ab Leipzig) übernehmen wir selbstverständlich; bitte heben Sie
        die Belege auf.

        Für Rückfragen stehe ich Ihnen gerne unter theresa.gruber@donauflow.at oder +43 1 2360 441-12 zur
        Verfügung.

        Mit freundlichen Grüßen
        Mag. Theresa Gruber
        Human Resources
        Donauflow Software GmbH

        Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht direkt auf diese Nachricht.
        """)
    h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head>" \
        "<body style=\"font-family:Arial,sans-serif;font-size:13px\">\n" + "\n".join(
            "<p>" + p.replace("\n", "<br>\n") + "</p>" for p in body.strip().split("\n\n")) + "\n</body></html>\n"
    hs = head("Donauflow Software GmbH <no-reply@softgarden.io>",
              "Einladung zum Vorstellungsgespräch - Java-Entwickler:in Hafenlogistik", "2026-11-12 08:55:19",
              "<20261112075519.3f8a1c0e2d4b@mailer.softgarden.io>",
              "mailer3.softgarden.io (mailer3.softgarden.io [185.24.72.33])", zone="Europe/Vienna",
              charset="iso-8859-15")
    return message(hs, alt(text(body, charset="iso-8859-15"), html(h, charset="iso-8859-15")))


@mail(n(12), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 11:00", B), end=utc("2026-12-01 12:00", B),
      contact="lukas.brandl@alpenkreuz-logistics.com", company="Alpenkreuz Logistics",
      local="Tue 2026-12-01 11:00", local_end="2026-12-01 12:00", zone=B,
      note="Workday interview notification, 'December 1, 2026 11:00 AM - 12:00 PM (GMT+01:00) Central European "
           "Time (Berlin)' = 10:00-11:00Z; HTML only; contact = coordinator address in the body")
def workday_alpenkreuz():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="640" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#0b2e4f;padding:16px;color:#fff;font-size:18px">Alpenkreuz Logistics SE</td></tr>
        <tr><td style="padding:20px">
        <p>Dear Jonas,</p>
        <p>Thank you for your interest in the <b>Lead Developer Warehouse Automation (R-10482)</b> position.
        We are pleased to confirm your interview as follows:</p>
        <table cellpadding="3">
        <tr><td><b>Interview Type:</b></td><td>Panel Interview (On Site)</td></tr>
        <tr><td><b>Date/Time:</b></td><td>December 1, 2026 11:00 AM - 12:00 PM (GMT+01:00) Central European Time (Berlin)</td></tr>
        <tr><td><b>Location:</b></td><td>Alpenkreuz Campus, Building C, Room C2.14, Friedenheimer Brücke 21, 80639 München</td></tr>
        <tr><td><b>Interviewers:</b></td><td>Dr. Ines Kammerer; Florian Obermaier; Sabine Wirth</td></tr>
        <tr><td><b>Interview Coordinator:</b></td><td>Lukas Brandl (<a href="mailto:lukas.brandl@alpenkreuz-logistics.com">lukas.brandl@alpenkreuz-logistics.com</a>)</td></tr>
        </table>
        <p>Please bring a valid photo ID for the visitor registration at the main gate.</p>
        <p>To view the details in your candidate home, <a href="https://wd3.myworkdaysite.com/recruiting/alpenkreuz/External/userHome">sign in</a>.</p>
        <p>Kind regards,<br>Talent Acquisition<br>Alpenkreuz Logistics SE</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#999;padding:10px">This email was sent from an unmonitored mailbox. Please do not reply.</td></tr>
        </table></body></html>
        """)
    hs = head("Alpenkreuz Logistics SE <alpenkreuz@myworkday.com>",
              "Interview Scheduled - Lead Developer Warehouse Automation (R-10482)", "2026-11-23 09:12:55",
              "<1794882533.118830.1795421575120@wd3-impl-prod-mailer-07>",
              "wd3-mta-out14.myworkday.com (wd3-mta-out14.myworkday.com [216.228.88.14])")
    return message(hs, html(h))


@mail(n(13), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-07 13:00", B), end=utc("2026-12-07 13:45", B),
      contact=None, company="Lindenauer Hafen IT",
      local="Mon 2026-12-07 13:00", local_end="2026-12-07 13:45", zone=B,
      note="Microsoft Bookings confirmation from a shared mailbox, 'Montag, 7. Dezember 2026 13:00 (UTC+01:00) "
           "Amsterdam, Berlin...' 45 Minuten = 12:00-12:45Z; ICS agrees; only a staff name, no personal address, "
           "so contact null")
def bookings_lindenau():
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="font-size:21px;padding-bottom:12px">Ihre Buchung wurde bestätigt</div>
        <p>Hallo Jonas Hartmann,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Lindenauer Hafen IT – Bewerbungsgespräche</b>.</p>
        <table cellpadding="4">
        <tr><td>Dienst</td><td>Erstgespräch Entwicklung (45 Minuten)</td></tr>
        <tr><td>Mitarbeiter</td><td>Anja Wolf</td></tr>
        <tr><td>Datum und Uhrzeit</td><td>Montag, 7. Dezember 2026 13:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Dauer</td><td>45 Minuten</td></tr>
        <tr><td>Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGI1MmQ0%40thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/BewerbungsgesprcheLindenauerHafenIT@lindenauerhafen.de/bookings/">Buchung verwalten</a></p>
        <p style="color:#605e5c;font-size:12px">Lindenauer Hafen IT GmbH · Lützner Straße 179 · 04179 Leipzig</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Bewerbungsgespräche Lindenauer Hafen IT:mailto:BewerbungsgesprcheLindenauerHafenIT@lindenauerhafen.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Hartmann:mailto:jonas.hartmann@example.org
        UID:040000008200E00074C5B7101A82E00800000000B1C4D5E6F708DD01000000000000000010000000A2B3C4D5E6F7081920A1B2C3D4E5F607
        SUMMARY;LANGUAGE=de-DE:Erstgespräch Entwicklung mit Jonas Hartmann
        DTSTART;TZID=W. Europe Standard Time:20261207T130000
        DTEND;TZID=W. Europe Standard Time:20261207T134500
        CLASS:PUBLIC
        DTSTAMP:20261201T093011Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Bewerbungsgespräche Lindenauer Hafen IT",
                   "BewerbungsgesprcheLindenauerHafenIT@lindenauerhafen.de"),
              "Gebucht: Erstgespräch Entwicklung für Jonas Hartmann", "2026-12-01 10:30:11",
              "<AM8P189MB1297E0B1D2C3A4F5E6D7C8B9A0F1E2D3@AM8P189MB1297.EURP189.PROD.OUTLOOK.COM>",
              "EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2110.outbound.protection.outlook.com [40.107.105.110])")
    return message(hs, alt(html(h, cte="base64"), calendar(ics, cte="base64")))


@mail(n(14), family="human_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-09 08:00", "Pacific/Auckland"), end=utc("2026-12-09 08:45", "Pacific/Auckland"),
      contact="aroha@keafreight.co.nz", company="Kea Freight Systems",
      local="Wed 2026-12-09 08:00", local_end="2026-12-09 08:45", zone="Pacific/Auckland",
      note="Hiring manager in Auckland: 'Wednesday 9 December at 8:00am NZ time' (NZDT, UTC+13) = Tue 8 Dec "
           "19:00Z, the previous day in UTC (20:00 in Leipzig, as she says); '45-minute' is exact so end 19:45Z; "
           "Date is Mon 30 Nov 09:10 in Auckland but Sun 29 Nov 20:10 in UTC")
def prose_kea():
    body = t("""
        Kia ora Jonas,

        Lovely to hear back from you. Let's lock it in: Wednesday 9 December at 8:00am NZ time,
        which by my maths is Tuesday 8 December, 8pm for you in Leipzig. I've budgeted a 45-minute chat -
        me plus Ben Tautahi from our dispatch team, mostly about the route-optimisation work and how
        you'd feel about the odd overlap call at hours like this.

        I'll send a Zoom link the day before. If the evening slot turns out to be a pain, tell me and
        we'll find something else.

        Ngā mihi,
        Aroha

        --
        Aroha Whitinui | Head of Engineering | Kea Freight Systems
        Level 3, 12 Nelson Street, Auckland 1010

        On Sun, 29 Nov 2026 at 21:37, Jonas Hartmann <jonas.hartmann@example.org> wrote:
        > Hi Aroha,
        > thanks for the quick reply! Any of the early morning slots you suggested on your side would
        > work for me - evenings here are fine.
        > Best, Jonas
        """)
    hs = head("Aroha Whitinui <aroha@keafreight.co.nz>", "Re: Senior Developer role - next step",
              "2026-11-30 09:10:26", "<CAF7kXq2pR9vL1m0dN3eWz8hJt5yB4uC6aS@mail.gmail.com>",
              "mail-pj1-f49.google.com (mail-pj1-f49.google.com [209.85.216.49])", zone="Pacific/Auckland",
              extra=(("In-Reply-To", "<c4e7a1f2-8b3d-4e0a-9f61-2d5c7b0e1a93@example.org>"),
                     ("References", "<CAF7kXq1nM8kP0l9cB2dVy7gHs4xA3tB5zR@mail.gmail.com> "
                                    "<c4e7a1f2-8b3d-4e0a-9f61-2d5c7b0e1a93@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(15), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-27 14:00", B), end=None,
      contact="maik.schubert@plagwitzer-frachtsoft.de", company="Plagwitzer Frachtsoft",
      local="Fri 2026-11-27 14:00", zone=B,
      note="Phone-written du reply sent Wed 25 Nov 07:52: 'übermorgen 14 Uhr' = Fri 27 Nov 14:00 CET = 13:00Z; "
           "no length given")
def iphone_plagwitz():
    body = t("""
        Passt. Dann übermorgen 14 Uhr bei uns im Büro, Karl-Heine-Str. 99, 2.OG, Klingel Plagwitzer Frachtsoft.
        Bring gern deinen Laptop mit, dann kannste uns dein Tourenplanungs-Projekt zeigen.
        Gruß Maik

        Von meinem iPhone gesendet

        > Am 24.11.2026 um 22:41 schrieb Jonas Hartmann <jonas.hartmann@example.org>:
        >
        > Hi Maik,
        > danke für die schnelle Rückmeldung! Donnerstag kann ich leider nicht, Freitag Nachmittag wäre super.
        > Viele Grüße
        > Jonas
        """)
    hs = head("Maik Schubert <maik.schubert@plagwitzer-frachtsoft.de>", "Re: Entwicklerstelle / kurzes Kennenlernen",
              "2026-11-25 07:52:37", "<8E1C2F40-5A7B-4D93-B6E1-0F2A3C4D5E6F@plagwitzer-frachtsoft.de>",
              "smtp.strato.de (smtp.strato.de [81.169.146.169])",
              extra=(("In-Reply-To", "<e0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body))


@mail(n(16), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-10 11:00", B), end=utc("2026-12-10 12:00", B),
      contact="c.reinhold@elbsandstein-it.de", company="Elbsandstein IT",
      local="Thu 2026-12-10 11:00", local_end="2026-12-10 12:00", zone=B,
      note="Jonas forwards to himself (from example.net) a Dresden recruiter's mail as message/rfc822: "
           "'Donnerstag, 10.12., 11:00 bis 12:00 Uhr' = 10:00-11:00Z; contact = the recruiter in the attached "
           "mail (the sender is the candidate)")
def forward_elbsandstein():
    inner_body = t("""
        Sehr geehrter Herr Hartmann,

        vielen Dank für das angenehme Telefonat. Wie besprochen bestätige ich Ihnen hiermit das Fachgespräch
        am Donnerstag, 10.12., von 11:00 bis 12:00 Uhr bei uns in Dresden (Königsbrücker Straße 96, Haus 3).
        Gesprächspartner sind Herr Lorenz (Teamleitung Disposition) und ich.

        Bitte bringen Sie, falls vorhanden, Ihre Arbeitszeugnisse mit.

        Mit freundlichen Grüßen

        Claudia Reinhold
        Personalentwicklung
        Elbsandstein IT GmbH
        Tel. 0351 8897 2210
        """)
    inner = message([
        ("From", "Claudia Reinhold <c.reinhold@elbsandstein-it.de>"),
        ("To", "Jonas Hartmann <jonas.h@example.net>"),
        ("Subject", enc("Bestätigung Fachgespräch am 10.12.")),
        ("Date", date("2026-12-02 16:20:45", B)),
        ("Message-ID", "<000b01dc6432$7f1a2e30$7d4e8a90$@elbsandstein-it.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(inner_body, charset="iso-8859-1"))
    outer = t("""
        zur Sicherheit auch an diese Adresse, die andere schaue ich zu selten an.

        J.
        """)
    hs = head("Jonas Hartmann <jonas.h@example.net>", "Fwd: Bestätigung Fachgespräch am 10.12.",
              "2026-12-02 21:31:08", "<7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d@example.net>",
              "mout.example.net (mout.example.net [192.0.2.25])")
    return message(hs, mixed(text(outer, cte="7bit"), attached_message(inner, "Bestätigung Fachgespräch.eml")))


# =========================================================================== positives: rescheduled

ZURICH_VTZ = VTZ["Europe/Berlin"].replace("Europe/Berlin", "Europe/Zurich")


@mail(n(17), family="lever", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-16 11:00", B), end=utc("2026-10-16 11:45", B),
      contact="leonie.marx@kranich-mobility.com", company="Kranich Mobility",
      local="Fri 2026-10-16 11:00", local_end="2026-10-16 11:45", zone=B,
      note="Lever reschedule: old Thu 15 Oct 2:00 PM, new Fri 16 Oct 11:00-11:45 AM CEST (UTC+2) = 09:00-09:45Z; "
           "contact = Reply-To recruiter")
def lever_kranich():
    body = t("""
        Hi Jonas,

        Your interview with Kranich Mobility has been rescheduled.

        Previously: Thursday, October 15, 2026 at 2:00 PM CEST
        New time:   Friday, October 16, 2026, 11:00 AM - 11:45 AM CEST

        Interview: Hiring Manager Conversation - Backend Engineer, Charging Logistics
        Location: Zoom (https://kranich.zoom.us/j/93381022461)
        Interviewer: Jakob Ellerbrock, Director of Engineering

        Sorry for the shuffle - Jakob is travelling on Thursday. If the new time doesn't work for you,
        simply reply to this email.

        Leonie Marx
        Recruiting, Kranich Mobility
        """)
    h = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#111">
        <p>Hi Jonas,</p>
        <p>Your interview with Kranich Mobility has been <b>rescheduled</b>.</p>
        <p style="color:#999"><s>Thursday, October 15, 2026 at 2:00 PM CEST</s></p>
        <p><b>Friday, October 16, 2026, 11:00 AM - 11:45 AM CEST</b></p>
        <p>Interview: Hiring Manager Conversation &ndash; Backend Engineer, Charging Logistics<br>
        Location: <a href="https://kranich.zoom.us/j/93381022461">Zoom</a><br>
        Interviewer: Jakob Ellerbrock, Director of Engineering</p>
        <p>Sorry for the shuffle &ndash; Jakob is travelling on Thursday. If the new time doesn&#39;t work for you,
        simply reply to this email.</p>
        <p>Leonie Marx<br>Recruiting, Kranich Mobility</p>
        </div>
        """)
    hs = head("Leonie Marx <no-reply@hire.lever.co>", "Updated: your interview with Kranich Mobility",
              "2026-10-12 15:44:02", "<0101019a1d2e3f40-aa1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9-000000@us-west-2.amazonses.com>",
              "a27-18.smtp-out.us-west-2.amazonses.com (a27-18.smtp-out.us-west-2.amazonses.com [54.240.27.18])",
              extra=(("Reply-To", "Leonie Marx <leonie.marx@kranich-mobility.com>"),))
    return message(hs, alt(text(body), html(h)))


@mail(n(18), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-10 09:00", "Europe/Zurich"), end=utc("2026-11-10 10:30", "Europe/Zurich"),
      contact="nadine.egli@limmatcargo.ch", company="Limmat Cargo",
      local="Tue 2026-11-10 09:00", local_end="2026-11-10 10:30", zone="Europe/Zurich",
      note="Swiss company via GoodTime: moved from Mon 9 Nov 16:00 to Tue 10 Nov 09:00-10:30 CET (Zurich, UTC+1) "
           "= 08:00-09:30Z; ICS SEQUENCE:1 agrees; contact = Reply-To coordinator")
def goodtime_limmat():
    body = t("""
        Hello Jonas,

        Your onsite interview with Limmat Cargo AG has been updated. Please see the new schedule below.

        UPDATED - Tuesday, 10 November 2026
        09:00 - 10:30 (Central European Time - Zurich)
        (was: Monday, 9 November 2026, 16:00 - 17:30)

          09:00 - 09:45  Architecture discussion with Reto Baumgartner
          09:45 - 10:30  Team fit with Chiara Lüthi and Daniel Frei

        Location: Limmat Cargo AG, Hardturmstrasse 161, 8005 Zürich - please ask for Nadine at reception.

        Travel: we have booked you on the train from Leipzig on Monday afternoon; details follow separately.

        Questions? Reply to this email to reach your coordinator, Nadine Egli.

        Scheduled with GoodTime
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//GoodTime.io//Hire//EN\nMETHOD:REQUEST\n" + ZURICH_VTZ + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-2f9a7c41-0e8d-4a3b-b6c5-1d2e3f4a5b6c@goodtime.io
        DTSTAMP:20261104T101822Z
        DTSTART;TZID=Europe/Zurich:20261110T090000
        DTEND;TZID=Europe/Zurich:20261110T103000
        SEQUENCE:1
        SUMMARY:Onsite Interview - Jonas Hartmann - Limmat Cargo AG
        LOCATION:Hardturmstrasse 161, 8005 Zürich
        ORGANIZER;CN=Nadine Egli:mailto:nadine.egli@limmatcargo.ch
        ATTENDEE;CN=Jonas Hartmann;RSVP=TRUE:mailto:jonas.hartmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Limmat Cargo AG <no-reply@goodtime.io>", "Updated: Your interview with Limmat Cargo AG",
              "2026-11-04 11:18:22", "<gt.notify.2f9a7c41.1@goodtime.io>",
              "o7.email.goodtime.io (o7.email.goodtime.io [168.245.33.7])", zone="Europe/Zurich",
              extra=(("Reply-To", "Nadine Egli <nadine.egli@limmatcargo.ch>"),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(19), family="exchange", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-11-19 13:30", B), end=utc("2026-11-19 14:30", B),
      contact="t.hoffmann@auwald-systems.de", company="Auwald Systems",
      local="Thu 2026-11-19 13:30", local_end="2026-11-19 14:30", zone=B,
      note="Outlook meeting update (SEQUENCE:1): moved from Wed 18.11. 10:00 to Thu 19.11. 13:30-14:30 CET = "
           "12:30-13:30Z; ICS in 'W. Europe Standard Time' agrees; contact = organizer")
def exchange_auwald_update():
    plain = t("""
        Wann: Donnerstag, 19. November 2026 13:30-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Auwald Systems, Jahnallee 59, Besprechungsraum "Elster"

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Hartmann,

        leider muss ich unser Fachinterview verschieben: statt Mittwoch, 18.11. um 10 Uhr treffen wir uns nun
        am Donnerstag, 19.11. von 13:30 bis 14:30 Uhr – wie eben am Telefon besprochen. Danke für Ihre Flexibilität!

        Beste Grüße
        Thomas Hoffmann
        Teamleiter Entwicklung | Auwald Systems GmbH | Jahnallee 59 | 04109 Leipzig
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hoffmann\\, Thomas:mailto:t.hoffmann@auwald-systems.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Hartmann:mailto:jonas.hartmann@example.org
        UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DC010000000000000000100000004F3E2D1C0B0A99887766554433221100
        SUMMARY;LANGUAGE=de-DE:Fachinterview Jonas Hartmann (Backend .NET)
        DTSTART;TZID=W. Europe Standard Time:20261119T133000
        DTEND;TZID=W. Europe Standard Time:20261119T143000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261116T083912Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Auwald Systems\\, Jahnallee 59\\, Besprechungsraum "Elster"
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Hoffmann, Thomas", "t.hoffmann@auwald-systems.de"),
              "Fachinterview Jonas Hartmann (Backend .NET)", "2026-11-16 09:39:12",
              "<DB9PR08MB6617F1E2D3C4B5A69788E7F6D5C4B3A2@DB9PR08MB6617.eurprd08.prod.outlook.com>",
              "EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2072.outbound.protection.outlook.com [40.107.6.72])",
              extra=(("Thread-Topic", "Fachinterview Jonas Hartmann (Backend .NET)"),
                     ("Thread-Index", "AdtX3p0cQ1kH8fVnRZ2mYgB7wK4d9QAAB1xw"),
                     ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(plain, charset="windows-1252"), calendar(ics, cte="base64")))


@mail(n(20), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-28 09:00", B), end=None,
      contact="s.wendt@haendel-cargo.de", company="Händel Cargo Software",
      local="Wed 2026-10-28 09:00", zone=B,
      note="DST edge: sent Fri 23 Oct (CEST); old Tue 27.10. 14 Uhr, new 'Mittwoch, den 28.10., um 9:00 Uhr' "
           "after the switch to CET (UTC+1) = 08:00Z; windows-1252 quoted-printable text only")
def prose_haendel_move():
    body = t("""
        Sehr geehrter Herr Hartmann,

        leider ist bei uns etwas dazwischengekommen: Herr Thiele muss am Dienstag, den 27.10., kurzfristig
        zu einem Kunden nach Magdeburg, sodass unser Gespräch um 14 Uhr nicht stattfinden kann.

        Wie Sie heute Vormittag mit Herrn Thiele am Telefon besprochen haben, verlegen wir das Gespräch daher
        auf Mittwoch, den 28.10., um 9:00 Uhr. Ort bleibt unverändert: Große Ulrichstraße 51, 06108 Halle (Saale),
        3. Etage. Die Einladung im Kalender habe ich bereits angepasst.

        Bitte beachten Sie, dass am Wochenende die Zeitumstellung ist – 9 Uhr Winterzeit.

        Mit freundlichen Grüßen
        i. A. Sabine Wendt
        Assistenz der Geschäftsführung
        Händel Cargo Software GmbH
        Tel. 0345 6813 220 · s.wendt@haendel-cargo.de
        """)
    hs = head(addr("Sabine Wendt", "s.wendt@haendel-cargo.de", "windows-1252"),
              "Terminverschiebung: Ihr Vorstellungsgespräch bei Händel Cargo Software", "2026-10-23 11:20:37",
              "<002a01dc62b0$4e1f3a10$ea5dae30$@haendel-cargo.de>",
              "mail.haendel-cargo.de (mail.haendel-cargo.de [198.51.100.44])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")), charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-09-24 16:00", B), end=utc("2026-09-24 17:00", B),
      contact="lars.dietrich@spreehafen-analytics.de", company="Spreehafen Analytics",
      local="Thu 2026-09-24 16:00", local_end="2026-09-24 17:00", zone=B,
      note="Google Calendar cancellation (METHOD:CANCEL) of 'Do. 24. Sept. 2026 16:00 - 17:00 (MESZ)' = "
           "14:00-15:00Z; no new time; contact = organizer")
def gcal_spreehafen_cancel():
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Interview Backend (Jonas Hartmann) – Spreehafen Analytics
        Donnerstag, 24. September 2026 · 16:00 – 17:00
        Zeitzone: Europe/Berlin

        Hi Jonas, sorry, wir müssen das Gespräch leider absagen – ich melde mich Anfang nächster Woche mit
        einem neuen Vorschlag. Lars

        Organisator
        Lars Dietrich
        lars.dietrich@spreehafen-analytics.de

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast dieses Termins sind.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20260924T160000
        DTEND;TZID=Europe/Berlin:20260924T170000
        DTSTAMP:20260921T071455Z
        ORGANIZER;CN=Lars Dietrich:mailto:lars.dietrich@spreehafen-analytics.de
        UID:1q8b7n0c3v5x2z4m6k9j0h1g2f@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=jonas.hartmann@example.org;X-NUM-GUESTS=0:mailto:jonas.hartmann@example.org
        CREATED:20260914T120102Z
        LAST-MODIFIED:20260921T071455Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Backend (Jonas Hartmann) – Spreehafen Analytics
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Lars Dietrich <lars.dietrich@spreehafen-analytics.de>",
              "Abgesagter Termin: Interview Backend (Jonas Hartmann) – Spreehafen Analytics @ Do. 24. Sept. 2026 "
              "16:00 - 17:00 (MESZ) (jonas.hartmann@example.org)", "2026-09-21 09:14:55",
              "<calendar-0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f@google.com>",
              "mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                      filename="invite.ics", disposition="attachment")))


@mail(n(22), family="recruitee", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-05 11:00", B), end=None,
      contact="jana.vogt@palettenboerse-md.de", company="Mitteldeutsche Palettenbörse",
      local="Mon 2026-10-05 11:00", zone=B,
      note="Recruitee mail cancelling 'Montag, 5. Oktober, 11 Uhr' (CEST) = 09:00Z because the position was filled "
           "internally; no new time; contact = Reply-To recruiter")
def recruitee_palette_cancel():
    body = t("""
        Hallo Jonas,

        leider muss ich dir eine weniger schöne Nachricht überbringen: Das für Montag, 5. Oktober, um 11 Uhr
        geplante Gespräch für die Stelle "Fullstack-Entwickler:in Plattform" müssen wir absagen. Wir haben die
        Position kurzfristig intern besetzen können.

        Ich würde deine Unterlagen aber gern – dein Einverständnis vorausgesetzt – für künftige Stellen in
        unserem Talentpool behalten. Wenn du das nicht möchtest, gib mir einfach kurz Bescheid.

        Sorry für die Umstände und viele Grüße
        Jana Vogt
        Recruiting | Mitteldeutsche Palettenbörse GmbH | Leipzig
        """)
    h = "<div style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        "<p>" + p.replace("\n", "<br>") + "</p>\n" for p in body.strip().split("\n\n")) + \
        "<p style=\"font-size:11px;color:#9a9a9a\">Gesendet mit Recruitee</p></div>\n"
    hs = head(addr("Mitteldeutsche Palettenbörse", "noreply@mail.recruitee.com"),
              "Absage unseres Gesprächs am 05.10.", "2026-10-01 16:47:30",
              "<6718a3f2c9e4d_3c1b2a1f0e9d8c7b@recruitee-mailer-5d8f.mail>",
              "mail-02.recruitee.com (mail-02.recruitee.com [185.136.14.2])",
              extra=(("Reply-To", "Jana Vogt <jana.vogt@palettenboerse-md.de>"),))
    return message(hs, alt(text(body), html(h)))


@mail(n(23), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-03 13:00", B), end=utc("2026-12-03 14:00", B),
      contact="rachel.finn@cobaltfreightways.com", company="Cobalt Freightways",
      local="Thu 2026-12-03 13:00", local_end="2026-12-03 14:00", zone=B,
      note="iCIMS cancellation with a US-style date, '12/03/2026 at 1:00 PM - 2:00 PM CET' (3 December, Munich "
           "office) = 12:00-13:00Z; METHOD:CANCEL ICS agrees; new options to follow, no new time; contact = "
           "coordinator address in the body")
def icims_cobalt_cancel():
    body = t("""
        Dear Jonas,

        We regret to inform you that your interview for the position of Software Engineer II - Transportation
        Management (Munich) (Job ID 2026-14471), scheduled for 12/03/2026 at 1:00 PM - 2:00 PM CET, has been
        cancelled due to a scheduling conflict on our side.

        Our recruiting coordinator will reach out to you shortly with new options. In the meantime, feel free to
        contact Rachel Finn at rachel.finn@cobaltfreightways.com.

        Sincerely,
        Cobalt Freightways Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//iCIMS//Interview Scheduling//EN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:icims-int-88213407@cobaltfreightways.icims.com
        DTSTAMP:20261130T154501Z
        DTSTART:20261203T120000Z
        DTEND:20261203T130000Z
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Interview - Software Engineer II - Transportation Management (Munich)
        ORGANIZER;CN=Cobalt Freightways:mailto:cobaltfreightways@talent.icims.com
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Cobalt Freightways <cobaltfreightways@talent.icims.com>",
              "Interview Cancelled: Software Engineer II - Transportation Management (Munich)",
              "2026-11-30 10:45:01", "<1795005901.4471.icims.notification@talent.icims.com>",
              "mta12.icims.com (mta12.icims.com [67.223.52.12])", zone="America/New_York",
              lag=4)
    return message(hs, mixed(text(body, cte="7bit"),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment")))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="de", interview=False, company="Paketfuchs",
      note="Saxon-flavoured rejection after the 22 Sep interview (thread with the Paketfuchs confirmation); "
           "mentions 'Dienstag' and times in the past, nothing scheduled",
      days=(("Tue", "2026-09-22"),))
def rejection_paketfuchs():
    body = t("""
        Hallo Jonas,

        erstma danke nochmal, dass du am Dienstag (22.9.) bei uns in der Spinnerei warst – Micha und ich
        fanden das Gespräch echt gut, und dein Tourenplaner-Projekt hat uns beeindruckt.

        Mir ham uns jetzt trotzdem für jemanden entschieden, der schon länger mit unserem Lager-Scanner-Kram
        gearbeitet hat. Ist mir ni leichtgefallen, ehrlich. Wenn mir im Frühjahr die zweite Stelle aufmachen,
        meld ich mich als erstes bei dir – wenn du magst.

        Alles Gute erstma und bis bald mal auf nem Meetup
        Ronny

        --
        Ronny Kießling · Gründer & CTO
        Paketfuchs GmbH · Spinnereistraße 7 · 04179 Leipzig
        """)
    hs = head(addr("Ronny Kießling", "ronny@paketfuchs.de"), "Rückmeldung Paketfuchs",
              "2026-09-29 18:03:12", "<a7c2e9f1-04b3-4d8e-9f12-6b0d3c5e7a21@paketfuchs.de>",
              "mout.kundenserver.de (mout.kundenserver.de [212.227.17.13])",
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(25), family="offer", lang="en", interview=False, company="Tollgate Freight",
      note="Offer after the 17 Nov system design interview (thread with the Ashby confirmation); a deadline "
           "and an optional call 'any time this week', no fixed interview",
      days=(("Fri", "2026-12-11"), ("Tue", "2026-11-17")))
def offer_tollgate():
    body = t("""
        Hi Jonas,

        I'm delighted to let you know that the team would love to have you join Tollgate Freight as a Senior
        Engineer on the Freight Platform team! Callum and Marta were both really impressed by your system
        design session on Tuesday 17 November.

        Your offer letter is attached. The headline numbers:
          - Base salary: EUR 84,000 (employed via our German EOR partner)
          - 28 days holiday plus public holidays in Saxony
          - Fully remote, with quarterly meet-ups in London

        We'd appreciate a decision by Friday, 11 December. If you'd like to talk anything through, grab any
        time on my calendar this week - I'm happy to jump on a call.

        Congratulations again!
        Priya

        Priya Raman | Senior Talent Partner | Tollgate Freight
        """)
    pdf = "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoKJSVFT0YK"
    attachment = Part([("Content-Type", 'application/pdf; name="Tollgate_Offer_Jonas_Hartmann.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Tollgate_Offer_Jonas_Hartmann.pdf"'),
                       ("Content-Transfer-Encoding", "base64")], (pdf + "\r\n").encode())
    hs = head("Priya Raman <priya.raman@tollgatefreight.co.uk>", "Your offer from Tollgate Freight",
              "2026-12-02 16:41:09", "<CAGm8qT1oP3xR7vN2bK5wZ0cY9dE4fH6jL@mail.gmail.com>",
              "mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])", zone="Europe/London")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))), attachment))


@mail(n(26), family="application_receipt", lang="de", interview=False, company="Auensoft",
      note="JOIN application receipt (before the Auensoft interview); 'innerhalb von 14 Tagen' is no appointment")
def join_receipt_auensoft():
    h = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f6f7fb">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px;font-size:15px;color:#1d1d1f">
        <p style="font-size:20px;font-weight:600">Deine Bewerbung ist eingegangen 🎉</p>
        <p>Hallo Jonas,</p>
        <p>vielen Dank für deine Bewerbung als <b>Backend Developer (Go/Kotlin) – Tourenplanung</b> bei <b>Auensoft GmbH</b>.
        Das Team schaut sich deine Unterlagen an und meldet sich in der Regel innerhalb von 14 Tagen bei dir –
        zum Beispiel mit einer Einladung zum Kennenlerngespräch.</p>
        <p>Den Status deiner Bewerbung kannst du jederzeit in deinem JOIN-Profil verfolgen.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#1a56db;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Bewerbung ansehen</a></p>
        <p>Viel Erfolg!<br>Dein JOIN-Team im Namen von Auensoft GmbH</p>
        <p style="font-size:11px;color:#8a8a8e">JOIN Solutions AG · Sihlquai 253 · 8005 Zürich · <a href="https://join.com/unsubscribe">Abmelden</a></p>
        </div></body></html>
        """)
    hs = head("Auensoft GmbH via JOIN <noreply@join.com>",
              "Deine Bewerbung bei Auensoft GmbH ist eingegangen", "2026-10-19 20:12:44",
              "<0102019a4f5e6d7c-8b9a0f1e-2d3c-4b5a-6978-8e9f0a1b2c3d-000000@eu-west-1.amazonses.com>",
              "a4-9.smtp-out.eu-west-1.amazonses.com (a4-9.smtp-out.eu-west-1.amazonses.com [54.240.4.9])",
              extra=(("List-Unsubscribe", "<https://join.com/unsubscribe?t=c2VmYTk4>"),))
    return message(hs, html(h, cte="base64"))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job alert digest from a job board; 'Vorstellungsgespräch in 48 h' is a feature badge, no appointment")
def jobalert_jobnetz():
    body = t("""
        Hallo Jonas,

        für deinen Suchauftrag "Softwareentwickler Logistik – Leipzig + 50 km" gibt es 6 neue Jobs:

        1) Softwareentwickler:in WMS (m/w/d) – Saalekreis Fördertechnik GmbH, Halle (Saale)
           Festanstellung · Hybrid · 58.000–68.000 € · ⚡ Schnellbewerbung · Vorstellungsgespräch in 48 h
        2) Senior Java Developer Transportlogistik – Elbkai Logistik GmbH, Dresden
           Festanstellung · vor Ort · neu seit heute
        3) Backend-Entwickler Go (Yard Management) – Gleisharfe Tech, Leipzig
           Festanstellung · Remote möglich · Bewerbung ohne Anschreiben
        4) DevOps Engineer Supply Chain – Chemnitzer Speditionsverbund, Chemnitz
           Festanstellung · Hybrid
        5) IT-Consultant SAP EWM – Mulde Consulting, Grimma
           Festanstellung · Reisebereitschaft 50 %
        6) Werkstudent:in Data Engineering – Auensoft GmbH, Leipzig
           Teilzeit · Hybrid

        Alle Jobs ansehen: https://www.jobnetz-mitteldeutschland.de/suchauftrag/88412?utm_source=alert

        Tipp der Woche: Mit einem vollständigen Profil wirst du bis zu 3x häufiger zu Vorstellungsgesprächen
        eingeladen.

        Dein Jobnetz-Team
        Suchauftrag bearbeiten oder abbestellen: https://www.jobnetz-mitteldeutschland.de/konto/suchauftraege
        """)
    hs = head("Jobnetz Mitteldeutschland <suchauftrag@jobnetz-mitteldeutschland.de>",
              "6 neue Jobs für „Softwareentwickler Logistik“ in Leipzig", "2026-10-06 06:30:00",
              "<alert.88412.20261006043000@jobnetz-mitteldeutschland.de>",
              "mail4.jobnetz-mitteldeutschland.de (mail4.jobnetz-mitteldeutschland.de [203.0.113.84])",
              extra=(("List-Unsubscribe", "<https://www.jobnetz-mitteldeutschland.de/konto/suchauftraege>"),
                     ("Precedence", "bulk")))
    return message(hs, text(body))


@mail(n(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career newsletter about technical interviews; example times ('Dienstag um 10') are advice, not an "
           "appointment")
def newsletter_devkarriere():
    h = t("""
        <html><body style="margin:0;background:#fafafa">
        <table width="100%"><tr><td align="center">
        <table width="600" style="background:#ffffff;font-family:Georgia,serif;font-size:16px;line-height:1.6;color:#222">
        <tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:12px;color:#777">DEVKARRIERE · Ausgabe 142 · Oktober 2026</td></tr>
        <tr><td style="padding:0 24px">
        <h1 style="font-family:Arial,sans-serif">Dein Interview ist bestätigt – und jetzt?</h1>
        <p>Die Einladung ist da: „Technisches Interview, Dienstag um 10 Uhr, 60 Minuten“. Was jetzt? Unsere Checkliste
        für die 72 Stunden davor:</p>
        <ol>
        <li><b>Zeitzone prüfen.</b> Gerade bei Remote-Firmen: steht da „10:00 CET“, obwohl Sommerzeit ist? Nachfragen!</li>
        <li><b>Kalendereinladung annehmen.</b> So sieht das Team, dass der Termin steht.</li>
        <li><b>Technik testen.</b> Teams, Zoom oder Meet – am Vortag einmal durchklicken.</li>
        <li><b>Fragen vorbereiten.</b> Drei Fragen zum Team, zwei zum Onboarding.</li>
        </ol>
        <p>Außerdem in dieser Ausgabe: Gehaltsspiegel Logistik-IT 2026, und warum Leipzig der neue Hotspot für Supply-Chain-Startups ist.</p>
        <p><a href="https://devkarriere.example.com/a/interview-bestaetigt">Weiterlesen →</a></p>
        </td></tr>
        <tr><td style="padding:24px;font-family:Arial,sans-serif;font-size:11px;color:#999">Du erhältst diesen Newsletter, weil du dich auf devkarriere angemeldet hast.
        <a href="https://devkarriere.example.com/abmelden">Abmelden</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    plain = t("""
        DEVKARRIERE · Ausgabe 142 · Oktober 2026

        Dein Interview ist bestätigt – und jetzt?

        Die Einladung ist da: „Technisches Interview, Dienstag um 10 Uhr, 60 Minuten“. Was jetzt? Unsere
        Checkliste für die 72 Stunden davor:

        1. Zeitzone prüfen. Gerade bei Remote-Firmen: steht da „10:00 CET“, obwohl Sommerzeit ist? Nachfragen!
        2. Kalendereinladung annehmen. So sieht das Team, dass der Termin steht.
        3. Technik testen. Teams, Zoom oder Meet – am Vortag einmal durchklicken.
        4. Fragen vorbereiten. Drei Fragen zum Team, zwei zum Onboarding.

        Weiterlesen: https://devkarriere.example.com/a/interview-bestaetigt

        Abmelden: https://devkarriere.example.com/abmelden
        """)
    hs = head("devkarriere Newsletter <newsletter@devkarriere.example.com>",
              "Dein Interview ist bestätigt – und jetzt? | devkarriere #142", "2026-10-08 07:15:00",
              "<nl142.7f3e2d1c@devkarriere.example.com>",
              "mta-2.devkarriere.example.com (mta-2.devkarriere.example.com [203.0.113.142])",
              extra=(("List-Unsubscribe", "<https://devkarriere.example.com/abmelden>"),
                     ("List-Id", "devkarriere Newsletter <newsletter.devkarriere.example.com>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(plain), html(h)))


@mail(n(29), family="self_schedule", lang="en", interview=False, company="Harborline Logistics",
      note="Greenhouse availability request: pick slots, nothing fixed yet (thread: the Calendly booking of 4 Nov "
           "follows)")
def greenhouse_harborline_pick():
    body = t("""
        Hi Jonas,

        Thanks for your time on the intro call! The next step is a 30-minute technical screen with Dana
        Whitfield from our Platform team.

        Please let us know when you're available by choosing a few slots here:
        https://app.greenhouse.io/candidate_availability/8c7d6e5f4a3b2c1d

        We try to find something between 9am and 1pm Eastern Time so that it isn't too late for you in
        Germany. Slots are offered on weekdays over the next two weeks.

        Thanks,
        Harborline Logistics Recruiting
        """)
    hs = head("Harborline Logistics <no-reply@us.greenhouse-mail.io>",
              "Harborline Logistics - Please provide your availability", "2026-10-27 14:05:33",
              "<20261027180533.8c7d6e5f.b219@geopod-ismtpd-7>",
              "o1.ptr4410.greenhouse-mail.io (o1.ptr4410.greenhouse-mail.io [149.72.120.4])",
              zone="America/New_York",
              extra=(("Reply-To", "Harborline Recruiting <recruiting@harborline.com>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(30), family="recruiter_outreach", lang="de", interview=False, company=None,
      note="Headhunter outreach; asks for a call 'diese oder nächste Woche', nothing fixed; the client company is "
           "unnamed, so company null")
def outreach_headhunter():
    body = t("""
        Sehr geehrter Herr Hartmann,

        ich bin über Ihr GitHub-Profil (der Tourenplaner in Kotlin!) auf Sie aufmerksam geworden. Ich betreue
        derzeit exklusiv die Suche nach einem Lead Developer für einen Mittelständler aus der Kontraktlogistik
        im Großraum Leipzig/Halle – Schwerpunkt Lagerautomatisierung, moderner Stack, 2 Tage Homeoffice,
        Gehaltsrahmen bis 85 T€.

        Hätten Sie diese oder nächste Woche Zeit für ein kurzes, vertrauliches Telefonat (15–20 Minuten)? Nennen
        Sie mir gern zwei, drei Zeitfenster, die Ihnen passen.

        Beste Grüße
        Dirk Oelschlägel
        Senior Consultant IT & Logistics
        Mitteldeutsche Personalberatung Oelschlägel & Partner
        Tel. +49 341 99 38 771 · Mobil +49 171 5520 314
        """)
    hs = head(addr("Dirk Oelschlägel", "d.oelschlaegel@mpb-partner.de"), "Vertrauliche Anfrage – Lead Developer Logistik",
              "2026-09-15 10:27:50", "<01a801dc4511$5c2e7b10$14eb7130$@mpb-partner.de>",
              "mail.mpb-partner.de (mail.mpb-partner.de [198.51.100.71])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(31), family="proposed_times", lang="de", interview=False, company="Auwald Systems",
      note="Team lead proposes two slots ('Mittwoch, 18.11. um 10 Uhr, alternativ Donnerstag, 19.11. um 14 Uhr') "
           "and asks which fits; not yet confirmed (thread: the Outlook invite and its update follow)",
      days=(("Wed", "2026-11-18"), ("Thu", "2026-11-19")))
def proposal_auwald():
    body = t("""
        Hallo Herr Hartmann,

        danke für Ihre Unterlagen, die haben uns gut gefallen. Ich würde Sie gern zu einem Fachinterview
        (ca. 1 Stunde, bei uns im Büro an der Jahnallee) einladen.

        Würde Ihnen Mittwoch, 18.11. um 10 Uhr passen? Alternativ ginge Donnerstag, 19.11. um 14 Uhr.
        Sagen Sie mir einfach, was besser ist, dann schicke ich eine Einladung.

        Beste Grüße
        Thomas Hoffmann
        Teamleiter Entwicklung | Auwald Systems GmbH | Jahnallee 59 | 04109 Leipzig
        """)
    h = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Hartmann,</p>
        <p class="MsoNormal">danke für Ihre Unterlagen, die haben uns gut gefallen. Ich würde Sie gern zu einem Fachinterview
        (ca. 1 Stunde, bei uns im Büro an der Jahnallee) einladen.</p>
        <p class="MsoNormal">Würde Ihnen Mittwoch, 18.11. um 10 Uhr passen? Alternativ ginge Donnerstag, 19.11. um 14 Uhr.
        Sagen Sie mir einfach, was besser ist, dann schicke ich eine Einladung.</p>
        <p class="MsoNormal">Beste Grüße<br>Thomas Hoffmann<br>Teamleiter Entwicklung | Auwald Systems GmbH | Jahnallee 59 | 04109 Leipzig</p>
        </div></body></html>
        """)
    hs = head(addr("Hoffmann, Thomas", "t.hoffmann@auwald-systems.de"), "Ihre Bewerbung – Backend .NET",
              "2026-11-09 16:12:40", "<DB9PR08MB6617A0B1C2D3E4F5061728394A5B6C7D@DB9PR08MB6617.eurprd08.prod.outlook.com>",
              "EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2059.outbound.protection.outlook.com [40.107.6.59])",
              extra=(("Thread-Topic", enc("Ihre Bewerbung – Backend .NET")), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(h)))


@mail(n(32), family="job_centre", lang="de", interview=False, company=None,
      note="Employment agency invitation with a fixed time (Mon 12.10.2026, 09:15 Uhr); a public-office "
           "appointment, not a job interview",
      days=(("Mon", "2026-10-12"),))
def arbeitsagentur():
    body = t("""
        Sehr geehrter Herr Hartmann,

        bitte kommen Sie am

            Montag, 12.10.2026, um 09:15 Uhr

        in die Agentur für Arbeit Leipzig, Georg-Schumann-Straße 150, 04159 Leipzig, Haus B, 2. Etage,
        Zimmer 2.114, zu Frau Roßberg.

        Ich möchte mit Ihnen über Ihre berufliche Situation und Ihr Bewerberangebot sprechen.

        Bitte bringen Sie folgende Unterlagen mit:
        - Personalausweis oder Reisepass
        - Ihren aktuellen Lebenslauf
        - Nachweise über Ihre Eigenbemühungen (Bewerbungen, Einladungen zu Vorstellungsgesprächen)

        Dies ist eine Einladung nach § 309 Sozialgesetzbuch Drittes Buch (SGB III). Bitte beachten Sie die
        beigefügte Rechtsfolgenbelehrung. Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies
        bitte vorher mit.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Leipzig

        Diese Nachricht wurde automatisch erstellt. Antworten Sie bitte über das Postfach in Ihrem Online-Konto.
        """)
    hs = head(addr("Agentur für Arbeit Leipzig", "noreply@postfach.arbeitsagentur.example"),
              "Neue Nachricht in Ihrem Postfach: Einladung zum Gespräch", "2026-09-30 13:48:02",
              "<1727697682.20260930.84412@postfach.arbeitsagentur.example>",
              "mx-out2.arbeitsagentur.example (mx-out2.arbeitsagentur.example [192.0.2.150])")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(33), family="press_interview", lang="de", interview=False, company=None,
      note="Local journalist confirms an interview with Jonas about his open-source route planner, Thu 15.10. "
           "16 Uhr in a cafe: a fixed time, but press, not a job interview",
      days=(("Thu", "2026-10-15"),))
def press_abendpost():
    body = t("""
        Hallo Herr Hartmann,

        super, dann bleibt es bei Donnerstag, 15.10., 16 Uhr im Café Kohlrabizirkus-Eck (Südvorstadt). Ich bringe
        unseren Fotografen Paul mit, falls Sie nichts dagegen haben – dauert nur zehn Minuten am Ende.

        Für das Interview würde ich gern über drei Dinge sprechen: wie Sie auf die Idee zum Tourenplaner für
        Lastenräder gekommen sind, wer ihn inzwischen nutzt, und was Leipzig als Logistikstandort für Entwickler
        attraktiv macht. Der Text erscheint voraussichtlich in der Wochenendausgabe am 24.10.

        Bis Donnerstag!
        Henrike Lamprecht
        Redaktion Wirtschaft
        Leipziger Abendpost
        Tel. 0341 218 1156
        """)
    hs = head("Henrike Lamprecht <h.lamprecht@leipziger-abendpost.example>", "Re: Interview Lastenrad-Tourenplaner",
              "2026-10-12 12:31:18", "<5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d@leipziger-abendpost.example>",
              "mail.leipziger-abendpost.example (mail.leipziger-abendpost.example [192.0.2.77])",
              extra=(("In-Reply-To", "<3d2c1b0a-9f8e-4d7c-6b5a-4f3e2d1c0b9a@example.org>"),))
    return message(hs, text(body, cte="8bit"))


@mail(n(34), family="podcast", lang="en", interview=False, company=None,
      note="Podcast host confirms a guest recording (Tue 10 Nov, 18:00 CET) with a calendar invite: a fixed time "
           "and the word 'interview', but Jonas is the guest of a podcast, not a job candidate",
      days=(("Tue", "2026-11-10"),))
def podcast_lastmile():
    body = t("""
        Hey Jonas,

        Awesome - you're booked! Here's what I've got:

        Last Mile Talks, episode 58: "Open-source route planning for cargo bikes"
        Recording: Tuesday, 10 November, 18:00 CET (17:00 UK)
        Where: Riverside studio link - https://riverside.fm/studio/last-mile-talks?t=5c1e9b
        Length: we record about an hour and cut it down to 40 minutes

        It's a relaxed interview format, no prep needed. Please use headphones and, if you can, a wired
        connection. I've sent a calendar invite so it doesn't get lost.

        Cheers,
        Owen

        Owen Pritchard - host, Last Mile Talks
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261110T170000Z
        DTEND:20261110T180000Z
        DTSTAMP:20261103T201544Z
        ORGANIZER;CN=Owen Pritchard:mailto:owen@lastmiletalks.example.com
        UID:7h6g5f4e3d2c1b0a9z8y7x6w5v@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.hartmann@example.org:mailto:jonas.hartmann@example.org
        SUMMARY:Last Mile Talks #58 recording - guest: Jonas Hartmann
        LOCATION:https://riverside.fm/studio/last-mile-talks?t=5c1e9b
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Owen Pritchard <owen@lastmiletalks.example.com>", "Re: Guest spot on Last Mile Talks?",
              "2026-11-03 20:15:44", "<CAH3pK7sQ1wE9rT5yU2iO8pA4sD6fG0hJ@mail.gmail.com>",
              "mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])", zone="Europe/London")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(35), family="admission_interview", lang="de", interview=False, company=None,
      note="Selection interview for a part-time master's programme (Fri 20.11.2026, 15:00 Uhr): a confirmed "
           "'Auswahlgespräch', but a university admission, not a job interview",
      days=(("Fri", "2026-11-20"),))
def admission_master():
    body = t("""
        Sehr geehrter Herr Hartmann,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        „Supply Chain Management & Digitalisierung“ (Studienbeginn April 2027).

        Wir freuen uns, Sie zu einem Auswahlgespräch einzuladen:

        Termin:   Freitag, 20.11.2026, 15:00 Uhr
        Dauer:    20 Minuten
        Format:   Videokonferenz (Zoom), Zugangsdaten erhalten Sie am Vortag
        Kommission: Prof. Dr. Annett Seifert, Dr. Marco Gläser

        Im Gespräch möchten wir mehr über Ihre Motivation, Ihre beruflichen Erfahrungen und Ihre Erwartungen
        an das Studium erfahren. Bitte halten Sie einen Lichtbildausweis bereit.

        Mit freundlichen Grüßen
        Studierendensekretariat Weiterbildung
        Pleißenburg Graduate School
        """)
    hs = head(addr("Pleißenburg Graduate School – Zulassung", "zulassung@pleissenburg-gs.example"),
              "Einladung zum Auswahlgespräch – M.Sc. Supply Chain Management & Digitalisierung",
              "2026-11-06 11:02:30", "<20261106100230.4c3b2a1f@pleissenburg-gs.example>",
              "mail.pleissenburg-gs.example (mail.pleissenburg-gs.example [192.0.2.212])")
    return message(hs, text(body, charset="windows-1252", cte="8bit"))


@mail(n(36), family="sports_tryout", lang="de", interview=False, company=None,
      note="Handball club confirms a try-out training (Donnerstag, 19:30) - a fixed time, not a job interview",
      days=(("Thu", "2026-09-17"),))
def handball_probetraining():
    body = t("""
        Hey Jonas,

        cool, dass du Lust hast! Komm gern zum Probetraining am Donnerstag (17.9.) um 19:30 in die
        Sporthalle Lindenau (Lützner Str. 57, Eingang über den Hof). Wir trainieren bis 21 Uhr.

        Bring Hallenschuhe und was zu trinken mit, Harz haben wir. Danach gehen ein paar von uns meistens
        noch ins Lindenauer Eck, falls du Zeit hast.

        Sportliche Grüße
        Steffen
        Trainer 2. Herren · SV Lindenau 1890 e.V. - Abteilung Handball
        """)
    hs = head("Steffen Krumbiegel <2.herren@sv-lindenau-handball.example>", "Re: Probetraining 2. Herren",
              "2026-09-14 21:48:09", "<1694719689.61244@sv-lindenau-handball.example>",
              "smtp.web.de (mout.web.de [212.227.15.3])",
              extra=(("X-Mailer", "WEB.DE Mail"),))
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(37), family="car_service", lang="de", interview=False, company=None,
      note="Garage appointment confirmation (Mi., 14.10.2026, 07:30 Uhr) with ICS; a fixed appointment, not an "
           "interview",
      days=(("Wed", "2026-10-14"),))
def werkstatt():
    h = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p><img src="https://autohaus-markkleeberg.example/logo.png" alt="Autohaus Markkleeberg" height="40"></p>
        <p>Sehr geehrter Herr Hartmann,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Termin</b></td><td>Mi., 14.10.2026, 07:30 Uhr (Fahrzeugannahme)</td></tr>
        <tr><td><b>Fahrzeug</b></td><td>L-JH 4711 · Kombi · EZ 03/2019</td></tr>
        <tr><td><b>Leistung</b></td><td>Inspektion mit Ölwechsel, Wechsel auf Winterräder (eingelagert)</td></tr>
        <tr><td><b>Voraussichtliche Abholung</b></td><td>ab 16:00 Uhr</td></tr>
        </table>
        <p>Ihr Serviceberater: Herr Uwe Brückner, Tel. 0341 3500 92-40</p>
        <p>Mit freundlichen Grüßen<br>Ihr Serviceteam<br>Autohaus Markkleeberg GmbH · Koburger Str. 88 · 04416 Markkleeberg</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Werkstattplaner//Online-Termin//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:wt-2026-10-14-0730-4711@autohaus-markkleeberg.example
        DTSTAMP:20261005T081002Z
        DTSTART:20261014T053000Z
        DTEND:20261014T060000Z
        SUMMARY:Werkstatttermin Autohaus Markkleeberg (Inspektion)
        LOCATION:Koburger Str. 88, 04416 Markkleeberg
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Autohaus Markkleeberg Service <service@autohaus-markkleeberg.example>",
              "Terminbestätigung Werkstatt – Mi., 14.10.2026, 07:30 Uhr", "2026-10-05 10:10:02",
              "<wt.4711.20261005081002@autohaus-markkleeberg.example>",
              "mail.autohaus-markkleeberg.example (mail.autohaus-markkleeberg.example [198.51.100.190])")
    return message(hs, mixed(html(h), calendar(ics, method="PUBLISH", filename="werkstatttermin.ics",
                                              disposition="attachment")))


@mail(n(38), family="bank_advisor", lang="de", interview=False, company=None,
      note="Bank advisor meeting (Di., 8. Dez., 17:00 Uhr) about a mortgage; fixed time, not an interview",
      days=(("Tue", "2026-12-08"),))
def bankberatung():
    body = t("""
        Guten Tag Herr Hartmann,

        wie besprochen bestätige ich Ihnen unseren Beratungstermin zur Baufinanzierung:

        Di., 8. Dez., 17:00 Uhr
        Filiale Leipzig-Gohlis, Georg-Schumann-Str. 20, Beratungsraum 2

        Bitte bringen Sie, wenn möglich, Ihre letzten drei Gehaltsabrechnungen, den Exposé-Ausdruck der Wohnung
        sowie eine Übersicht Ihres Eigenkapitals mit. Sollten Sie derzeit den Arbeitgeber wechseln, sprechen Sie
        das gern offen an, das klären wir gemeinsam.

        Freundliche Grüße

        Nicole Haubold
        Immobilienfinanzierung
        Muldentaler Volksbank eG
        """)
    hs = head("Nicole Haubold <nicole.haubold@muldentaler-vb.example>", "Ihr Beratungstermin am 08.12.",
              "2026-12-01 15:22:48", "<OF7A1B2C3D.4E5F6071-ONC1258B.004C8D2E@muldentaler-vb.example>",
              "mx.muldentaler-vb.example (mx.muldentaler-vb.example [192.0.2.88])",
              extra=(("X-Mailer", "IBM Notes Release 12.0.2 FP2"),))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(39), family="mock_interview", lang="de", interview=False, company=None,
      note="Calendly booking with a career coach for a paid mock interview (Montag, 16. November, 18:00 MEZ) with "
           "ICS: a confirmed slot from a scheduler, but practice, not a job interview",
      days=(("Mon", "2026-11-16"),))
def calendly_coach_mock():
    body = t("""
        Hallo Jonas Hartmann,

        Ein neuer Termin wurde geplant.

        Ereignistyp:
        Probe-Vorstellungsgespräch Tech (60 Min.) – Coaching

        Eingeladene Person:
        Jonas Hartmann

        Datum/Uhrzeit des Ereignisses:
        18:00 - 19:00 (Mitteleuropäische Zeit) am Montag, 16. November 2026

        Ort:
        Google Meet (Link folgt in der Kalendereinladung)

        Antworten auf Fragen:
        Auf welches Gespräch bereitest du dich vor? Fachinterview bei einem Logistik-Softwarehaus (.NET)

        Gastgeberin:
        Katja Sommer – Karrierecoaching für Tech-Leute

        Termin absagen: https://calendly.com/cancellations/d41e2f3a-5b6c-4d7e-8f90-a1b2c3d4e5f6
        Termin verschieben: https://calendly.com/reschedulings/d41e2f3a-5b6c-4d7e-8f90-a1b2c3d4e5f6

        Bereitgestellt von Calendly.com
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:d41e2f3a-5b6c-4d7e-8f90-a1b2c3d4e5f6@calendly.com
        DTSTAMP:20261111T190312Z
        DTSTART:20261116T170000Z
        DTEND:20261116T180000Z
        SUMMARY:Probe-Vorstellungsgespräch Tech (60 Min.) zwischen Katja Sommer und Jonas Hartmann
        ORGANIZER;CN=Katja Sommer:mailto:hallo@katjasommer-coaching.example
        ATTENDEE;CN=Jonas Hartmann;RSVP=TRUE:mailto:jonas.hartmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Bestätigt: Probe-Vorstellungsgespräch Tech (60 Min.) mit Katja Sommer am Montag, 16. November 2026",
              "2026-11-11 19:03:12", "<01000193b7c8d9e0-f1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8-000000@email.amazonses.com>",
              "a8-61.smtp-out.amazonses.com (a8-61.smtp-out.amazonses.com [54.240.8.61])", zone="UTC",
              extra=(("Reply-To", "Katja Sommer <hallo@katjasommer-coaching.example>"),))
    return message(hs, mixed(text(body), calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(40), family="interviewer_invite", lang="de", interview=False, company=None,
      note="Outlook invite from HR at Jonas's current employer: he sits on the panel interviewing a candidate "
           "(Mi., 21.10., 10:00-11:00) - a confirmed interview, but someone else's; ICS present",
      days=(("Wed", "2026-10-21"),))
def exchange_panel_current_job():
    plain = t("""
        Wann: Mittwoch, 21. Oktober 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum Völkerschlacht (2.OG) / Microsoft Teams

        *~*~*~*~*~*~*~*~*~*

        Hallo Jonas,

        danke, dass du beim Vorstellungsgespräch mit Frau Schuster (Junior Entwicklerin, Bewerbung im Anhang
        über Personio) als Fachinterviewer dabei bist. Bitte schau dir vorab den Lebenslauf an und trag deine
        Bewertung bis Freitag in Personio ein.

        Danke & Gruß
        Mandy
        HR Business Partner | Messeland Logistik GmbH
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Weigelt\\, Mandy:mailto:mandy.weigelt@messeland-logistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hartmann\\, Jonas:mailto:jonas.hartmann@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marie Schuster:mailto:marie.schuster@example.net
        UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Marie Schuster – Junior Entwickler:in (m/w/d)
        DTSTART;TZID=W. Europe Standard Time:20261021T100000
        DTEND;TZID=W. Europe Standard Time:20261021T110000
        DTSTAMP:20261014T091207Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Völkerschlacht (2.OG) / Microsoft Teams
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Weigelt, Mandy", "mandy.weigelt@messeland-logistik.de"),
              "Vorstellungsgespräch Marie Schuster – Junior Entwickler:in (m/w/d)", "2026-10-14 11:12:07",
              "<AS8PR03MB7011C3D4E5F60718293A4B5C6D7E8F90@AS8PR03MB7011.eurprd03.prod.outlook.com>",
              "EUR03-AS8-obe.outbound.protection.outlook.com (mail-as8eur03on2101.outbound.protection.outlook.com [40.107.103.101])",
              to="Hartmann, Jonas <jonas.hartmann@example.org>",
              extra=(("Cc", "Marie Schuster <marie.schuster@example.net>"), ("Content-Language", "de-DE")))
    return message(hs, alt(text(plain), calendar(ics, cte="base64")))


@mail(n(41), family="forwarded_other", lang="de", interview=False, company=None,
      note="Partner forwards HER OWN confirmed interview (Do., 26.11., 9:30 Uhr, Klinikum) inline for info: a "
           "real interview confirmation, but not Jonas's",
      days=(("Thu", "2026-11-26"),))
def partner_forward():
    body = t("""
        Schatz!! Guck mal, die haben sich gemeldet 🙈 Donnerstag früh muss ich also nach Halle, kannst du
        Emil in die Kita bringen?

        Kuss, L.

        ---------- Forwarded message ---------
        Von: Personalabteilung Klinikum Saale-Unstrut <bewerbung@klinikum-saale-unstrut.example>
        Date: Mo., 23. Nov. 2026 um 10:02 Uhr
        Subject: Einladung zum Vorstellungsgespräch – Stationsleitung Kardiologie
        To: <lena.krause@example.net>

        Sehr geehrte Frau Krause,

        wir freuen uns, Sie zu einem Vorstellungsgespräch für die Position Stationsleitung Kardiologie einzuladen:

        Donnerstag, 26.11.2026, 9:30 Uhr
        Klinikum Saale-Unstrut, Verwaltungsgebäude, Raum 104, Ernst-Grube-Str. 40, Halle (Saale)

        Bitte bestätigen Sie den Termin kurz per E-Mail.

        Mit freundlichen Grüßen
        Ihre Personalabteilung
        """)
    hs = head("Lena Krause <lena.krause@example.net>", "Fwd: Einladung zum Vorstellungsgespräch – Stationsleitung Kardiologie",
              "2026-11-23 12:47:30", "<CAJ9wL2mN4bV6cX8zA1sD3fG5hJ7kL9pQ@mail.gmail.com>",
              "mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="webinar", lang="de", interview=False, company=None,
      note="Zoom webinar registration ('Gehalt verhandeln nach dem Vorstellungsgespräch', Mi., 2. Dez. 2026, "
           "19:00 MEZ); fixed time, but a webinar",
      days=(("Wed", "2026-12-02"),))
def zoom_webinar():
    body = t("""
        Hallo Jonas,

        Vielen Dank für Ihre Registrierung für "Gehalt verhandeln nach dem Vorstellungsgespräch – Live-Webinar
        für Entwickler:innen".

        Fragen oder Kommentare senden Sie bitte an: events@techkarriere-sachsen.example

        Datum und Uhrzeit: 02.12.2026 07:00 PM Amsterdam, Berlin, Rom, Stockholm, Wien

        Mit PC, Mac, iPad oder Android-Gerät teilnehmen:
        Klicken Sie hier, um teilzunehmen: https://us06web.zoom.us/w/88213377441?tk=Rk9vYmFy
        Kenncode: 582113

        Zum Kalender hinzufügen: Google Calendar | Outlook Calendar (.ics) | Yahoo Calendar

        Sie können Ihre Registrierung jederzeit stornieren.
        """)
    hs = head("TechKarriere Sachsen <no-reply@zoom.us>",
              "Bestätigung für Gehalt verhandeln nach dem Vorstellungsgespräch – Live-Webinar für Entwickler:innen",
              "2026-11-24 19:41:05", "<Zv1Aq9R2Tn6wEpLhK4sG3w@geopod-ismtpd-12>",
              "o6.zoom.us (o6.zoom.us [149.72.87.6])",
              extra=(("Reply-To", "events@techkarriere-sachsen.example"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(43), family="meetup", lang="de", interview=False, company=None,
      note="Meetup RSVP confirmation (Do., 29. Okt. 2026, 18:30) for a local logistics-tech meetup; a fixed "
           "time, not an interview",
      days=(("Thu", "2026-10-29"),))
def meetup_rsvp():
    body = t("""
        Du nimmst teil!

        Leipzig Logistics Tech #14: Digitale Zwillinge im Lager & Lightning Talks

        Donnerstag, 29. Oktober 2026
        18:30 bis 21:30 MEZ

        Basislager Coworking, Peterssteinweg 14, Leipzig

        Programm:
          18:30 Ankommen, Pizza & Mate
          19:00 "Wie wir unser Hochregallager simulieren" – Anke Rudolph
          19:45 Lightning Talks (5 Min., Anmeldung vor Ort)
          20:15 Networking – einige Firmen suchen Entwickler:innen, bringt gern euren Lebenslauf mit

        Zur Veranstaltung: https://www.meetup.com/leipzig-logistics-tech/events/301884412/

        Du erhältst diese E-Mail, weil du "Teilnehmen" für diese Veranstaltung ausgewählt hast.
        Meetup LLC, POB 4668 #37895, New York, NY 10163-4668
        """)
    hs = head("Meetup <info@meetup.com>", "Du nimmst teil: Leipzig Logistics Tech #14", "2026-10-20 08:44:19",
              "<0100019a5b6c7d8e-9f0a1b2c-3d4e-4f50-6172-8394a5b6c7d8-000000@email.amazonses.com>",
              "a8-100.smtp-out.amazonses.com (a8-100.smtp-out.amazonses.com [54.240.8.100])",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(44), family="auto_reply", lang="de", interview=False, company="Elbkai Logistik",
      note="Out-of-office auto-reply from the Elbkai recruiter to Jonas's thank-you mail after the 16 Sep "
           "interview; quotes dates, schedules nothing",
      days=(("Mon", "2026-09-28"),))
def ooo_elbkai():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 25.09.2026, nicht im Büro und habe nur eingeschränkt Zugriff auf meine
        E-Mails. Ab Montag, 28.09., bin ich wieder für Sie da. In dringenden Fällen wenden Sie sich bitte an
        personal@elbkai-logistik.de.

        Mit freundlichen Grüßen
        Franziska Lehnert
        Elbkai Logistik GmbH
        """)
    hs = head(addr("Franziska Lehnert", "franziska.lehnert@elbkai-logistik.de"),
              "Automatische Antwort: Danke für das Gespräch am Mittwoch", "2026-09-17 19:05:51",
              "<FR3P281MB2045B1C2D3E4F5A6B7C8D9E0F1A2B3C4@FR3P281MB2045.DEUP281.PROD.OUTLOOK.COM>",
              "EUR05-FR3-obe.outbound.protection.outlook.com (mail-fr3deu01on2049.outbound.protection.outlook.com [40.107.136.49])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<f2e1d0c9-b8a7-4c6d-5e4f-3a2b1c0d9e8f@example.org>"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body))


@mail(n(45), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of Jonas's own reply accepting 'Dienstag, 1.12., 10 Uhr' - the returned message "
           "contains a confirmation, but it never arrived and nothing was confirmed by an employer",
      days=(("Tue", "2026-12-01"),))
def bounce_gleisharfe():
    orig = message([
        ("From", "Jonas Hartmann <jonas.hartmann@example.org>"),
        ("To", "Ole Brandt <ole.brandt@gleisharfe-tech.example>"),
        ("Subject", "Re: Kennenlernen Gleisharfe Tech"),
        ("Date", date("2026-11-26 22:10:31", B)),
        ("Message-ID", "<9c8b7a6f-5e4d-4c3b-2a1f-0e9d8c7b6a5f@example.org>"),
    ], text(t("""
        Hallo Ole,

        Dienstag, 1.12., um 10 Uhr passt mir sehr gut - ich komme dann zu euch in die Plagwitzer Höfe.

        Viele Grüße
        Jonas
        """)))
    notice = t("""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <ole.brandt@gleisharfe-tech.example>: host mx.gleisharfe-tech.example[192.0.2.61] said:
            550 5.1.1 <ole.brandt@gleisharfe-tech.example>: Recipient address rejected:
            User unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4QyZ2k1LmTz8
        Arrival-Date: Thu, 26 Nov 2026 22:10:33 +0100

        Final-Recipient: rfc822; ole.brandt@gleisharfe-tech.example
        Original-Recipient: rfc822;ole.brandt@gleisharfe-tech.example
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.gleisharfe-tech.example
        Diagnostic-Code: smtp; 550 5.1.1 <ole.brandt@gleisharfe-tech.example>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    hs = [("Received", "by mx1.example.org (Postfix)\r\n id 4QyZ2k1LmTz8; " + date("2026-11-26 22:10:35", B)),
          ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
          ("To", ME),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-11-26 22:10:35", B)),
          ("Message-ID", "<20261126211035.4QyZ2k1LmTz8@mx1.example.org>"),
          ("Auto-Submitted", "auto-replied")]
    report = multipart("report", text(notice, cte="7bit", extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig), params="report-type=delivery-status")
    return message(hs, report)


@mail(n(46), family="mailing_list", lang="de", interview=False, company=None,
      note="Local user-group mailing list thread about interview questions; another member mentions his own "
           "interview 'morgen um 10' - not Jonas's, nothing for him")
def list_lug():
    body = t("""
        Am 03.11.26 um 21:12 schrieb Jonas Hartmann:
        > Was fragt ihr eigentlich am Ende vom Vorstellungsgespräch? Ich frag immer nach dem Deployment-Prozess
        > und wie oft nachts jemand rausmuss.

        Gute Frage! Ich frag immer, wer die letzte Person war, die gegangen ist, und warum. Die Reaktion
        ist meist aufschlussreicher als die Antwort.

        Ich hab übrigens morgen um 10 selbst ein Interview bei einem Logistiker in Halle, drückt mir die Daumen.
        Falls jemand den Laden kennt: PN gern.

        Gruß
        Sven

        --
        Sven Albrecht · Leipzig
        _______________________________________________
        lug-l mailing list
        lug-l@lists.lug-leipzig.example
        https://lists.lug-leipzig.example/mailman/listinfo/lug-l
        """)
    hs = head("Sven Albrecht <sven@albrecht-net.example>", "Re: [LUG-L] Fragen am Ende vom Vorstellungsgespräch",
              "2026-11-03 22:40:12", "<4f3e2d1c-0b9a-48f7-e6d5-c4b3a2f1e0d9@albrecht-net.example>",
              "lists.lug-leipzig.example (lists.lug-leipzig.example [192.0.2.19])",
              to="lug-l@lists.lug-leipzig.example",
              extra=(("In-Reply-To", "<1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@example.org>"),
                     ("List-Id", "Linux User Group Leipzig <lug-l.lists.lug-leipzig.example>"),
                     ("List-Post", "<mailto:lug-l@lists.lug-leipzig.example>"),
                     ("List-Unsubscribe", "<https://lists.lug-leipzig.example/mailman/options/lug-l>"),
                     ("Precedence", "list"),
                     ("Sender", '"lug-l" <lug-l-bounces@lists.lug-leipzig.example>')))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(47), family="parent_teacher", lang="de", interview=False, company=None,
      note="School messenger: parent-teacher meeting slot (Mittwoch, 11.11.2026, 16:40-16:50 Uhr); fixed time, "
           "not an interview",
      days=(("Wed", "2026-11-11"),))
def elternsprechtag():
    h = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <div style="background:#2e7d32;color:#fff;padding:10px;font-weight:bold">ElternPost · Grundschule am Auenwald</div>
        <p>Guten Tag Herr Hartmann,</p>
        <p>Ihre Buchung für den <b>Elternsprechtag</b> wurde bestätigt:</p>
        <ul>
        <li>Lehrkraft: Frau Kühn (Klassenleitung 1b)</li>
        <li>Kind: Emil Krause</li>
        <li>Termin: <b>Mittwoch, 11.11.2026, 16:40–16:50 Uhr</b></li>
        <li>Raum: 12 (Erdgeschoss, Altbau)</li>
        </ul>
        <p>Bitte seien Sie pünktlich, da die Gespräche eng getaktet sind. Falls Sie nicht kommen können, stornieren Sie
        den Termin bitte in der App.</p>
        <p>Diese Nachricht wurde automatisch versendet. Bitte antworten Sie nicht darauf.</p>
        </body></html>
        """)
    hs = head("ElternPost <benachrichtigung@elternpost.example>",
              "Elternsprechtag: Ihr Termin bei Frau Kühn am 11.11.", "2026-11-04 18:00:02",
              "<ep.1699117202.8844@elternpost.example>",
              "out3.elternpost.example (out3.elternpost.example [198.51.100.23])")
    return message(hs, html(h, cte="base64"))


@mail(n(48), family="flat_viewing", lang="de", interview=False, company=None,
      note="Flat viewing appointment (Sa., 17.10.2026, 11:15 Uhr) from a property manager; fixed, not an "
           "interview, though it asks for a Selbstauskunft",
      days=(("Sat", "2026-10-17"),))
def besichtigung():
    body = t("""
        Sehr geehrter Herr Hartmann,

        vielen Dank für Ihre Anfrage zur 3-Zimmer-Wohnung in der Menckestraße 31 (Leipzig-Gohlis, 2. OG, 78 m²).
        Gern bestätigen wir Ihnen einen Besichtigungstermin:

        Sa., 17.10.2026, 11:15 Uhr – Treffpunkt vor dem Hauseingang

        Bitte bringen Sie die ausgefüllte Mieterselbstauskunft, eine Kopie Ihres Personalausweises sowie die
        letzten drei Gehaltsnachweise mit. Bei einem Arbeitgeberwechsel genügt der neue Arbeitsvertrag.

        Mit freundlichen Grüßen
        Ramona Fritzsche
        Gohliser Hausverwaltung GmbH
        """)
    hs = head("Ramona Fritzsche <vermietung@gohliser-hv.example>", "Besichtigungstermin Menckestraße 31",
              "2026-10-13 14:27:55", "<000001dc5c8a$7e6d5c4b$3a2b1c0d$@gohliser-hv.example>",
              "mail.gohliser-hv.example (mail.gohliser-hv.example [192.0.2.101])")
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(49), family="vet_appointment", lang="de", interview=False, company=None,
      note="Vet practice moves a vaccination appointment from Di., 1.12. 16:00 to Do., 3.12. 17:30 - a "
           "reschedule with old and new time, not an interview",
      days=(("Tue", "2026-12-01"), ("Thu", "2026-12-03")))
def tierarzt():
    body = t("""
        Liebe Familie Hartmann,

        leider müssen wir Ihren Termin für Moritz (Kater, Impfung RCP + Tollwut) verschieben, da Frau Dr. Seidel
        am Dienstag auf einer Fortbildung ist.

        Alter Termin: Di., 1.12.2026, 16:00 Uhr
        Neuer Termin: Do., 3.12.2026, 17:30 Uhr

        Passt Ihnen der neue Termin nicht, rufen Sie uns bitte an: 0341 9 11 22 03.

        Viele Grüße
        Ihr Praxisteam
        Kleintierpraxis Dr. Seidel · Eisenbahnstraße 112 · 04315 Leipzig
        """)
    hs = head("Kleintierpraxis Dr. Seidel <praxis@tierarzt-seidel.example>",
              "Terminänderung: Moritz – Impfung", "2026-11-27 09:14:30",
              "<20261127081430.77812@tierarzt-seidel.example>",
              "smtp.tierarzt-seidel.example (smtp.tierarzt-seidel.example [198.51.100.212])")
    return message(hs, text(body))


@mail(n(50), family="recruiter_followup", lang="en", interview=False, company="Harborline Logistics",
      note="After the 4 Nov screen: hiring paused, 'I'll circle back after the holidays' (week of 11 January) - "
           "no fixed time",
      days=(("Mon", "2027-01-11"),))
def harborline_circle_back():
    body = t("""
        Hi Jonas,

        Quick update from our side: we've put the Platform hire on hold until the new budget is approved in early
        January. It has nothing to do with you - the team really liked your screen on the 4th.

        I'll circle back after the holidays, most likely the week of January 11, to set up the next round if
        the role reopens. Enjoy the break, and happy holidays!

        Dana

        Dana Whitfield
        Engineering Manager, Platform | Harborline Logistics
        New York, NY
        """)
    hs = head("Dana Whitfield <dana.whitfield@harborline.com>", "Harborline - quick update",
              "2026-12-14 10:22:41", "<CAB9xY2zA4cD6eF8gH0jK2lM4nP6qR8sT@mail.gmail.com>",
              "mail-qk1-f172.google.com (mail-qk1-f172.google.com [209.85.222.172])", zone="America/New_York")
    return message(hs, alt(text(body), html(gmail_html(body))))
