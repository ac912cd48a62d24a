"""blind153: 50 hand-written mails from the inbox of Finn Petersen, a maritime software engineer in Kiel.

Written blind (without reading the detector, its tests or the other held-out sets) by a helper
session. Build and check with ``python3 bench/heldout/make_blind.py blind153``.
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
    received,
    t,
    text,
    utc,
)

SET = "blind153"
ORDER = random.Random(1530153).sample(range(1, 51), 50)
BER = "Europe/Berlin"
CPH = "Europe/Copenhagen"
ME = "finn.petersen@example.org"
ME_NAME = "Finn Petersen"
TO_ME = addr(ME_NAME, ME)


def N(key: int) -> str:
    """The file name of the mail written key-th (1-23 positives, 24-50 negatives)."""
    return f"{SET}_{ORDER[key - 1]:03d}"


def hid(seed: str, n: int = 12) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def head(frm: str, subject: str, when: str, mid: str, relay: str, *, zone: str = BER, to: str = TO_ME,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8", lag: int = 3) -> list[tuple[str, str]]:
    """The usual top of a mail delivered to Finn's mailbox."""
    ident = f"mx1.example.org (Postfix) with ESMTPS id {hid(mid, 11).upper()}"
    return [
        ("Return-Path", "<bounces+" + hid(mid, 8) + "@" + relay.split()[1] + ">"),
        ("Delivered-To", ME),
        ("Received", received(relay, when, zone, ident, ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


VTZ_CPH = """BEGIN:VTIMEZONE
TZID:Europe/Copenhagen
X-LIC-LOCATION:Europe/Copenhagen
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


@mail(N(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", BER), end=utc("2026-09-15 11:00", BER),
      contact="svenja.holm@elbkai-software.de", company="Elbkai Logistics Software",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 11:00", zone=BER,
      note="Greenhouse confirmation, 'Tuesday, September 15, 2026 10:00 AM - 11:00 AM CEST' (Hamburg, "
           "UTC+2) = 08:00-09:00Z; ICS in UTC agrees; contact = Reply-To recruiter (sender is no-reply)")
def m1():
    body = t("""
        Hi Finn,

        Thanks for confirming your availability. Your interview for the Senior Backend Engineer (Port
        Call Optimisation) role at Elbkai Logistics Software is scheduled. Here are the details:

        Tuesday, September 15, 2026
        10:00 AM - 11:00 AM CEST (Europe/Berlin)

        Technical Interview - System Design
        Interviewers: Ole Brammer (Staff Engineer), Paulina Wrobel (Engineering Manager)
        Location: Google Meet - https://meet.google.com/fhq-xkdt-wpa

        Please join a couple of minutes early to check your audio. If you need to make changes,
        just reply to this email.

        Best,
        Svenja Holm
        Talent Acquisition, Elbkai Logistics Software GmbH
        Großer Grasbrook 17, 20457 Hamburg

        Powered by Greenhouse
        """)
    hbody = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hi Finn,</p>
        <p>Thanks for confirming your availability. Your interview for the <b>Senior Backend Engineer
        (Port Call Optimisation)</b> role at Elbkai Logistics Software is scheduled. Here are the details:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Tuesday, September 15, 2026</b><br>10:00 AM - 11:00 AM CEST (Europe/Berlin)</td></tr>
        <tr><td>Technical Interview - System Design<br>
        Interviewers: Ole Brammer (Staff Engineer), Paulina Wrobel (Engineering Manager)<br>
        Location: <a href="https://meet.google.com/fhq-xkdt-wpa">Google Meet</a></td></tr>
        </table>
        <p>Please join a couple of minutes early to check your audio. If you need to make changes,
        just reply to this email.</p>
        <p>Best,<br>Svenja Holm<br>Talent Acquisition, Elbkai Logistics Software GmbH<br>
        Gro&szlig;er Grasbrook 17, 20457 Hamburg</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Scheduler//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-5512093-3390114@greenhouse.io
        DTSTAMP:20260909T122200Z
        DTSTART:20260915T080000Z
        DTEND:20260915T090000Z
        SUMMARY:Interview with Elbkai Logistics Software - Technical Interview - System Design
        LOCATION:https://meet.google.com/fhq-xkdt-wpa
        ORGANIZER;CN=Svenja Holm:mailto:svenja.holm@elbkai-software.de
        ATTENDEE;CN=Finn Petersen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:finn.petersen@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<e1c9a0b2.4d1f.4c61.a0b3.5f0d7e2c8a11@greenhouse.io>"
    hs = head(addr("Elbkai Logistics Software", "no-reply@greenhouse.io"),
              "Interview Confirmation: Senior Backend Engineer (Port Call Optimisation) at Elbkai Logistics Software",
              "2026-09-09 14:22", mid,
              "from o12.sg.greenhouse.io (o12.sg.greenhouse.io [167.89.14.22])",
              extra=(("Reply-To", addr("Svenja Holm", "svenja.holm@elbkai-software.de")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-24 13:30", BER), contact="anke.thomsen@foerde-maritime.de",
      company="Förde Maritime Systems", local="Thu 2026-09-24 13:30", zone=BER,
      note="Personio invitation (iso-8859-1, QP): 'Donnerstag, den 24.09.2026 um 13:30 Uhr' in Kiel (CEST) "
           "= 11:30Z; 'ca. 60 Minuten' is approximate so end null; contact = Reply-To HR person")
def m2():
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d) Schiffsautomation und das
        nette Telefonat. Gerne möchten wir Sie persönlich kennenlernen und bestätigen Ihnen hiermit
        den folgenden Termin für ein Vorstellungsgespräch:

        Datum:      Donnerstag, den 24.09.2026
        Uhrzeit:    13:30 Uhr
        Dauer:      ca. 60 Minuten
        Ort:        Förde Maritime Systems GmbH, Wikingerstraße 9, 24106 Kiel (2. OG, bitte am
                    Empfang melden)

        Ihre Gesprächspartner sind Herr Gerrit Lüders (Leitung Softwareentwicklung) und ich.

        Sollte Ihnen der Termin doch nicht passen, antworten Sie gern direkt auf diese E-Mail.

        Mit freundlichen Grüßen

        Anke Thomsen
        Personalreferentin
        Förde Maritime Systems GmbH | Wikingerstraße 9 | 24106 Kiel
        Amtsgericht Kiel HRB 18833 KI | Geschäftsführer: Jens Matthiesen

        Diese Nachricht wurde über Personio versendet.
        """)
    hbody = t("""
        <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Petersen,</p>
        <p>vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d) Schiffsautomation und das nette
        Telefonat. Gerne möchten wir Sie persönlich kennenlernen und bestätigen Ihnen hiermit den
        folgenden Termin für ein Vorstellungsgespräch:</p>
        <p><b>Datum:</b> Donnerstag, den 24.09.2026<br><b>Uhrzeit:</b> 13:30 Uhr<br>
        <b>Dauer:</b> ca. 60 Minuten<br><b>Ort:</b> Förde Maritime Systems GmbH, Wikingerstraße 9,
        24106 Kiel (2. OG, bitte am Empfang melden)</p>
        <p>Ihre Gesprächspartner sind Herr Gerrit Lüders (Leitung Softwareentwicklung) und ich.</p>
        <p>Sollte Ihnen der Termin doch nicht passen, antworten Sie gern direkt auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Anke Thomsen<br>Personalreferentin<br>Förde Maritime Systems GmbH | Wikingerstraße 9 | 24106 Kiel</p>
        <p style="font-size:11px;color:#888">Amtsgericht Kiel HRB 18833 KI | Geschäftsführer: Jens Matthiesen<br>
        Diese Nachricht wurde über Personio versendet.</p>
        </body></html>
        """)
    mid = "<0102019e2c4f7a1b-5d0e3f7c-77a1-4f0a-9c2d-1e5b8c3a9f44-000000@eu-central-1.amazonses.com>"
    hs = head(addr("Förde Maritime Systems GmbH", "noreply@mail.personio.de", "iso-8859-1"),
              "Einladung zum Vorstellungsgespräch - Softwareentwickler (m/w/d) Schiffsautomation",
              "2026-09-18 09:41", mid,
              "from a7-12.smtp-out.eu-central-1.amazonses.com (a7-12.smtp-out.eu-central-1.amazonses.com [69.169.227.12])",
              charset="iso-8859-1",
              extra=(("Reply-To", addr("Anke Thomsen", "anke.thomsen@foerde-maritime.de")),
                     ("Feedback-ID", "1.eu-central-1.personio::AmazonSES")))
    return message(hs, alt(text(body, "iso-8859-1"), html(hbody, "iso-8859-1")))


@mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-01 14:30", BER), contact="hauke.bahnsen@nordkante-nav.de",
      company="Nordkante Navigation", local="Thu 2026-10-01 14:30", zone=BER,
      note="CTO's short reply: 'morgen um halb drei' with Date Wed 30 Sep 2026 08:12 CEST -> Thu 1 Oct "
           "14:30 CEST = 12:30Z ('halb drei' = 14:30 in an office context, the quoted proposal says "
           "'ab 14 Uhr'); no length; contact = human sender")
def m3():
    body = t("""
        Moin Finn,

        passt mir gut, dann sehen wir uns morgen um halb drei bei uns im Wissenschaftspark. Ich hol
        dich unten am Empfang ab, Parkplätze sind hinterm Haus. Mareike aus dem Produktteam ist
        auch dabei.

        Bis morgen
        Hauke

        --
        Hauke Bahnsen
        CTO | Nordkante Navigation GmbH
        Fraunhoferstraße 13, 24118 Kiel
        +49 431 5599 3120

        Am 29.09.2026 um 21:47 schrieb Finn Petersen <finn.petersen@example.org>:
        > Moin Hauke,
        >
        > danke für die schnelle Rückmeldung! Donnerstag nachmittag ginge bei mir gut, ab 14 Uhr
        > bin ich flexibel.
        >
        > Viele Grüße
        > Finn
        """)
    mid = "<5E7A1C2B-93D4-4F0B-A2E1-7C88D1B04F3A@nordkante-nav.de>"
    hs = head(addr("Hauke Bahnsen", "hauke.bahnsen@nordkante-nav.de"), "Re: Kennenlernen bei Nordkante",
              "2026-09-30 08:12", mid,
              "from mail.nordkante-nav.de (mail.nordkante-nav.de [185.233.104.57])",
              extra=(("In-Reply-To", "<CAF3k2x9QpL8d1m-FinnP4e7@mail.example.org>"),
                     ("References", "<CAF3k2x9QpL8d1m-FinnP4e7@mail.example.org>"),
                     ("X-Mailer", "Apple Mail (2.3774.600.62)")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(N(4), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 09:00", CPH), end=utc("2026-10-27 09:45", CPH),
      contact="mette.kjaer@havbro.dk", company="Havbro",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 09:45", zone=CPH,
      note="Teamtailor booking from an Aarhus company: 'Tuesday 27 October 2026, 09:00-09:45 (CET, "
           "Copenhagen)'. Sent Thu 22 Oct in CEST, interview two days after the switch back to CET on "
           "25 Oct: 08:00-08:45Z (not 07:00Z); ICS in UTC agrees. Reply-To is a Teamtailor relay; "
           "contact = recruiter address in the signature")
def m4():
    body = t("""
        Hi Finn,

        Great news - your interview with Havbro has been booked!

        Job: Software Engineer, Vessel Performance
        When: Tuesday 27 October 2026, 09:00 - 09:45 (CET, Copenhagen)
        Where: Microsoft Teams (link in the calendar invitation)
        With: Mette Kjær, Søren Vestergaard

        Note that Denmark and Germany switch back to winter time on Sunday 25 October, so the
        meeting is at 09:00 local time for both of us.

        If something comes up, just reply to this message.

        Kind regards,
        Mette Kjær
        Talent Partner | Havbro ApS | Aarhus
        mette.kjaer@havbro.dk

        --
        Sent with Teamtailor
        """)
    hbody = t("""
        <html><body style="margin:0;padding:24px;background:#f4f4f4;font-family:-apple-system,Segoe UI,sans-serif">
        <div style="max-width:560px;margin:auto;background:#fff;padding:24px;border-radius:8px">
        <p>Hi Finn,</p>
        <p>Great news &ndash; your interview with <b>Havbro</b> has been booked!</p>
        <p><b>Job:</b> Software Engineer, Vessel Performance<br>
        <b>When:</b> Tuesday 27 October 2026, 09:00 &ndash; 09:45 (CET, Copenhagen)<br>
        <b>Where:</b> Microsoft Teams (link in the calendar invitation)<br>
        <b>With:</b> Mette Kj&aelig;r, S&oslash;ren Vestergaard</p>
        <p>Note that Denmark and Germany switch back to winter time on Sunday 25 October, so the meeting
        is at 09:00 local time for both of us.</p>
        <p>If something comes up, just reply to this message.</p>
        <p>Kind regards,<br>Mette Kj&aelig;r<br>Talent Partner | Havbro ApS | Aarhus<br>
        <a href="mailto:mette.kjaer@havbro.dk">mette.kjaer@havbro.dk</a></p>
        </div>
        <p style="text-align:center;color:#aaa;font-size:11px">Sent with Teamtailor</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interviews//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-8841207@teamtailor.com
        DTSTAMP:20261022T130500Z
        DTSTART:20261027T080000Z
        DTEND:20261027T084500Z
        SUMMARY:Interview: Software Engineer\\, Vessel Performance (Havbro)
        LOCATION:Microsoft Teams
        DESCRIPTION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_havbro8841207
        ORGANIZER;CN=Mette Kjær:mailto:mette.kjaer@havbro.dk
        ATTENDEE;CN=Finn Petersen;RSVP=TRUE:mailto:finn.petersen@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<6537c1a2e8f0d_4b2a9c3d1f7e8@teamtailor-app-7f9c.mail>"
    hs = head(addr("Havbro", "no-reply@teamtailor-mail.com"), "Interview booked: Software Engineer, Vessel Performance",
              "2026-10-22 15:05", mid,
              "from mail-eu.teamtailor-mail.com (mail-eu.teamtailor-mail.com [159.135.140.18])",
              extra=(("Reply-To", "havbro+c-8841207-a1f4d2@inbound.teamtailor-mail.com"),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(N(5), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-12 11:00", BER), end=utc("2026-10-12 12:00", BER),
      contact="b.lorenzen@holtenau-me.de", company="Holtenau Marine Electronics",
      local="Mon 2026-10-12 11:00", local_end="2026-10-12 12:00", zone=BER,
      note="Outlook/Exchange meeting request, body only says 'wie telefonisch besprochen' plus Teams "
           "boilerplate: the time is only in the ICS (TZID 'W. Europe Standard Time' 20261012T110000, "
           "CEST) = 09:00-10:00Z; contact = ORGANIZER and sender")
def m5():
    body = t("""
        Hallo Herr Petersen,

        anbei wie telefonisch besprochen die Einladung zu unserem Gespräch über die Stelle
        "Senior Software Engineer Radar & ECDIS". Seitens Holtenau Marine Electronics nehmen
        Herr Kock (Teamleitung) und ich teil.

        Viele Grüße
        Birte Lorenzen

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZTFk%40thread.v2/0?context=%7b%22Tid%22%3a%22hme%22%7d>
        Besprechungs-ID: 341 882 907 115
        Kennung: Xb7Tq2
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">
        <div class="WordSection1"><p class="MsoNormal">Hallo Herr Petersen,</p>
        <p class="MsoNormal">anbei wie telefonisch besprochen die Einladung zu unserem Gespräch über die
        Stelle &#8222;Senior Software Engineer Radar &amp; ECDIS&#8220;. Seitens Holtenau Marine Electronics
        nehmen Herr Kock (Teamleitung) und ich teil.</p>
        <p class="MsoNormal">Viele Grüße<br>Birte Lorenzen</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZTFk%40thread.v2/0">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div>Besprechungs-ID: 341 882 907 115<br>Kennung: Xb7Tq2</div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Birte Lorenzen:mailto:b.lorenzen@holtenau-me.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Finn Petersen:mailto:finn.petersen@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jannik Kock:mailto:j.kock@holtenau-me.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Petersen\\,\\n\\nanbei wie telefonisch besprochen die Einladung zu unserem Gespräch.\\n
        UID:040000008200E00074C5B7101A82E0080000000030B5C1A9F655DC01000000000000000010000000C5E0F1A3D2B6B84C9D1E2F3A4B5C6D7E
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Finn Petersen – Senior Software Engineer Radar & ECDIS
        DTSTART;TZID=W. Europe Standard Time:20261012T110000
        DTEND;TZID=W. Europe Standard Time:20261012T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261006T144800Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
    mid = "<FR2P281MB1742C0F6A1B3E0D4A7E5C2B9A3F60@FR2P281MB1742.DEUP281.PROD.OUTLOOK.COM>"
    hs = head(addr("Birte Lorenzen", "b.lorenzen@holtenau-me.de"),
              "Vorstellungsgespräch Finn Petersen – Senior Software Engineer Radar & ECDIS",
              "2026-10-06 16:48", mid,
              "from EUR05-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2112.outbound.protection.outlook.com [40.107.135.112])",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Finn Petersen – Senior Software Engineer Radar & ECDIS")),
                     ("Thread-Index", "AdtX3kq1b8yR0cQJTZ6x9m3VfA2y1w=="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(hs, alt(text(body, cte="base64"), html(hbody, cte="base64"),
                           calendar(ics, cte="base64")))


@mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-09 10:30", BER), end=utc("2026-10-09 11:00", BER),
      contact="jana.kruse@deichwerk.io", company="Deichwerk Digital",
      local="Fri 2026-10-09 10:30", local_end="2026-10-09 11:00", zone=BER,
      note="Calendly invitee confirmation: '10:30am - 11:00am (Central European Time), Friday, October 9, "
           "2026'. Calendly's generic zone label; on 9 Oct Berlin is on CEST, so 08:30-09:00Z (ICS agrees); "
           "contact = Reply-To host")
def m6():
    body = t("""
        Hi Finn Petersen,

        A new event has been scheduled.

        Event Type:
        Erstgespräch Deichwerk (30 Min)

        Invitee:
        Finn Petersen
        finn.petersen@example.org

        Event Date/Time:
        10:30am - 11:00am (Central European Time), Friday, October 9, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/dwk-pqra-mno

        Questions:
        Please share anything that will help prepare for our meeting.
        Ich freue mich auf das Gespräch zur Rolle Backend Engineer (Hafenlogistik).

        Host: Jana Kruse, Engineering Lead @ Deichwerk Digital

        Cancel: https://calendly.com/cancellations/3f2a9c1e-7b4d-4e8a-9f1c-0d2e3b4a5c6d
        Reschedule: https://calendly.com/reschedulings/3f2a9c1e-7b4d-4e8a-9f1c-0d2e3b4a5c6d

        Powered by Calendly.com
        """)
    hbody = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,sans-serif;color:#4d5055">
        <p>Hi Finn Petersen,</p>
        <p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Erstgespr&auml;ch Deichwerk (30 Min)</p>
        <p><b>Invitee:</b><br>Finn Petersen<br><a href="mailto:finn.petersen@example.org">finn.petersen@example.org</a></p>
        <p><b>Event Date/Time:</b><br>10:30am - 11:00am (Central European Time), Friday, October 9, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/dwk-pqra-mno">Join now</a></p>
        <p><b>Questions:</b><br>Please share anything that will help prepare for our meeting.<br>
        Ich freue mich auf das Gespr&auml;ch zur Rolle Backend Engineer (Hafenlogistik).</p>
        <p>Host: Jana Kruse, Engineering Lead @ Deichwerk Digital</p>
        <p><a href="https://calendly.com/cancellations/3f2a9c1e-7b4d-4e8a-9f1c-0d2e3b4a5c6d">Cancel</a> |
        <a href="https://calendly.com/reschedulings/3f2a9c1e-7b4d-4e8a-9f1c-0d2e3b4a5c6d">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTAMP:20261005T170312Z
        DTSTART:20261009T083000Z
        DTEND:20261009T090000Z
        SUMMARY:Erstgespräch Deichwerk (30 Min) between Jana Kruse and Finn Petersen
        UID:3f2a9c1e-7b4d-4e8a-9f1c-0d2e3b4a5c6d@calendly.com
        ORGANIZER;CN=Jana Kruse:mailto:jana.kruse@deichwerk.io
        ATTENDEE;CN=Finn Petersen;PARTSTAT=ACCEPTED:mailto:finn.petersen@example.org
        LOCATION:https://meet.google.com/dwk-pqra-mno
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<20261005170312.5f1a2b3c4d@calendly.com>"
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Erstgespräch Deichwerk (30 Min) with Jana Kruse on Friday, October 9, 2026",
              "2026-10-05 19:03", mid,
              "from o3.email.calendly.com (o3.email.calendly.com [167.89.100.33])",
              extra=(("Reply-To", addr("Jana Kruse", "jana.kruse@deichwerk.io")),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(N(7), family="workday_forward", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-18 15:00", BER), end=utc("2026-11-18 16:00", BER),
      contact="merle.jansen@alsterlinie.com", company="Alsterlinie Reederei",
      local="Wed 2026-11-18 15:00", local_end="2026-11-18 16:00", zone=BER,
      note="Finn forwards (as message/rfc822) a Workday 'Interview Scheduled' mail from his other address "
           "to himself: '18 November 2026, 15:00 - 16:00 CET' = 14:00-15:00Z; contact = recruiter "
           "address in the forwarded body (Workday sender is a role address; never the candidate)")
def m7():
    inner_body = t("""
        Dear Finn,

        Your interview for the following position has been scheduled.

        Position: Senior Developer Fleet Optimisation (JR-10482)
        Date: Wednesday, 18 November 2026
        Time: 15:00 - 16:00 CET
        Location: Alsterlinie Reederei AG, Ballindamm 22, 20095 Hamburg, 4th floor
        Interviewers: Dr. Jörn Wulf (Head of Fleet Analytics), Ayşe Demir (Lead Developer)

        Please bring a valid photo ID for the reception.

        If you have any questions, please contact your recruiter Merle Jansen
        (merle.jansen@alsterlinie.com).

        Kind regards,
        Alsterlinie Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    inner = message([
        ("From", addr("Alsterlinie Reederei AG", "alsterlinie@myworkday.com")),
        ("To", addr("Finn Petersen", "finn.petersen@example.net")),
        ("Subject", "Interview Scheduled - Senior Developer Fleet Optimisation (JR-10482)"),
        ("Date", date("2026-11-12 10:15", BER)),
        ("Message-ID", "<1831557209.44871.1794474900123@wd5-prod.myworkday.com>"),
    ], text(inner_body))
    outer = t("""
        zur Sicherheit auch an die private Adresse.

        Gesendet von Outlook für Android
        """)
    mid = "<AM9P191MB1633F0A47D2C9E1B@AM9P191MB1633.EURP191.PROD.OUTLOOK.COM>"
    hs = head(addr("Finn Petersen", "finn.petersen@example.net"),
              "Fwd: Interview Scheduled - Senior Developer Fleet Optimisation (JR-10482)",
              "2026-11-12 12:40", mid,
              "from mail-am6eur05on2070.outbound.protection.outlook.com (mail-am6eur05on2070.outbound.protection.outlook.com [40.107.22.70])")
    return message(hs, mixed(text(outer, cte="8bit"),
                             attached_message(inner, "Interview Scheduled - Senior Developer Fleet Optimisation.eml")))


@mail(N(8), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-02 09:30", BER), end=utc("2026-11-02 10:30", BER),
      contact="lars.ohlsen@trave-nav.de", company="Trave Navigation Systems",
      local="Mon 2026-11-02 09:30", local_end="2026-11-02 10:30", zone=BER,
      note="SmartRecruiters invitation (base64): 'Montag, 2. November 2026, 09:30 – 10:30 Uhr (MEZ)' in "
           "Lübeck, after the 25 Oct switch = 08:30-09:30Z; contact = Reply-To hiring manager")
def m8():
    body = t("""
        Hallo Finn,

        vielen Dank für Ihr Interesse an Trave Navigation Systems. Wir freuen uns, Ihnen den Termin
        für Ihr Interview zu bestätigen:

        Stelle: Embedded Software Engineer (m/w/d) – Autopilot
        Termin: Montag, 2. November 2026, 09:30 – 10:30 Uhr (MEZ)
        Ort: Trave Navigation Systems GmbH, Konstinstraße 4, 23554 Lübeck
        Gesprächspartner: Lars Ohlsen (Hiring Manager), Katrin Voß (HR Business Partner)

        Bei Fragen antworten Sie einfach auf diese Nachricht.

        Beste Grüße
        Ihr Recruiting-Team von Trave Navigation Systems

        Powered by SmartRecruiters
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <table width="600" align="center"><tr><td>
        <p>Hallo Finn,</p>
        <p>vielen Dank für Ihr Interesse an Trave Navigation Systems. Wir freuen uns, Ihnen den Termin für
        Ihr Interview zu bestätigen:</p>
        <p><strong>Stelle:</strong> Embedded Software Engineer (m/w/d) – Autopilot<br>
        <strong>Termin:</strong> Montag, 2. November 2026, 09:30 – 10:30 Uhr (MEZ)<br>
        <strong>Ort:</strong> Trave Navigation Systems GmbH, Konstinstraße 4, 23554 Lübeck<br>
        <strong>Gesprächspartner:</strong> Lars Ohlsen (Hiring Manager), Katrin Voß (HR Business Partner)</p>
        <p>Bei Fragen antworten Sie einfach auf diese Nachricht.</p>
        <p>Beste Grüße<br>Ihr Recruiting-Team von Trave Navigation Systems</p>
        <p style="color:#999;font-size:11px">Powered by SmartRecruiters</p>
        </td></tr></table></body></html>
        """)
    mid = "<sr.9a1b7c2d3e4f.interview.2026102711@smartrecruiters.com>"
    hs = head(addr("Trave Navigation Systems", "noreply@smartrecruiters.com"),
              "Interview-Einladung: Embedded Software Engineer (m/w/d) – Autopilot",
              "2026-10-27 11:20", mid,
              "from mail188-12.suw21.mandrillapp.com (mail188-12.suw21.mandrillapp.com [198.2.188.12])",
              extra=(("Reply-To", addr("Lars Ohlsen", "lars.ohlsen@trave-nav.de")),))
    return message(hs, alt(text(body, cte="base64"), html(hbody, cte="base64")))


@mail(N(9), family="zoom_prose", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 09:00", "America/New_York"), end=utc("2026-10-29 09:45", "America/New_York"),
      contact="dana.whitfield@quaysideanalytics.com", company="Quayside Analytics",
      local="Thu 2026-10-29 09:00", local_end="2026-10-29 09:45", zone="America/New_York",
      note="Boston recruiter, Date Mon 26 Oct 2026 (EDT): 'Thursday at 9am ET' = Thu 29 Oct 09:00 EDT (US "
           "DST lasts until 1 Nov) = 13:00Z, which is 14:00 in Kiel (already CET) as the mail says; "
           "'45 minutes' exact -> end 13:45Z; contact = human sender")
def m9():
    body = t("""
        Hi Finn,

        Great chatting on Friday! As promised, here's the invite for your conversation with our VP of
        Engineering, Marcus Oyelaran. You're all set for Thursday at 9am ET - that's 2pm your time in
        Kiel, since Europe already switched back this weekend and we don't until Sunday. It'll be 45
        minutes, mostly about the voyage-emissions platform and your AIS work.

        Dana Whitfield is inviting you to a scheduled Zoom meeting.

        Topic: Finn Petersen <> Marcus Oyelaran (Quayside Analytics)
        Time: Oct 29, 2026 09:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://quaysideanalytics.zoom.us/j/84420917735?pwd=Qm9hdFRpbWUyMDI2

        Meeting ID: 844 2091 7735
        Passcode: 551902

        Let me know if anything changes!

        Dana

        Dana Whitfield | Senior Technical Recruiter
        Quayside Analytics Inc. | 1 Seaport Lane, Boston, MA
        """)
    mid = "<CAH7q+Zx3bW1rTq0Lp_dWv9kE8n2sYhA4cM6uJ5f@mail.gmail.com>"
    hs = head(addr("Dana Whitfield", "dana.whitfield@quaysideanalytics.com"),
              "Zoom invite: Thursday with Marcus (Quayside Analytics)",
              "2026-10-26 10:05", mid,
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
              zone="America/New_York")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(10), family="google_calendar", lang="da", interview=True, kind="scheduled",
      start=utc("2026-11-05 14:00", CPH), end=utc("2026-11-05 15:00", CPH),
      contact="rhn@soekortdata.dk", company="Søkort Data",
      local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=CPH,
      note="Danish Google Calendar invitation from the hiring manager: 'tors. 5. nov. 2026 14.00 - 15.00 "
           "(CET)' (dot as time separator) in Copenhagen = 13:00-14:00Z; ICS TZID Europe/Copenhagen "
           "agrees; contact = ORGANIZER/sender")
def m10():
    body = t("""
        Rasmus Holm Nielsen har inviteret dig til en begivenhed

        Jobsamtale – Finn Petersen (Senior udvikler, ruteplanlægning)

        Hej Finn, tak for din ansøgning. Vi tager samtalen på engelsk, hvis du foretrækker det.
        Vi ses på kontoret i Nordhavn, spørg efter mig i receptionen.

        Hvornår
        torsdag 5. nov. 2026 14.00 – 15.00 (Centraleuropæisk normaltid - København)

        Hvor
        Søkort Data A/S, Sandkaj 29, 2150 Nordhavn

        Gæster
        Rasmus Holm Nielsen - arrangør
        Line Bech
        finn.petersen@example.org

        Vis alle gæsteoplysninger https://calendar.google.com/calendar/event?action=VIEW&eid=NmdzM2t

        Svar for finn.petersen@example.org: Ja / Måske / Nej

        Invitation fra Google Kalender https://calendar.google.com/calendar/
        Du modtager denne mail, fordi du er gæst i begivenheden.
        """)
    hbody = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div>Rasmus Holm Nielsen har inviteret dig til en begivenhed</div>
        <h2 style="font-weight:400">Jobsamtale – Finn Petersen (Senior udvikler, ruteplanlægning)</h2>
        <p>Hej Finn, tak for din ansøgning. Vi tager samtalen på engelsk, hvis du foretrækker det.
        Vi ses på kontoret i Nordhavn, spørg efter mig i receptionen.</p>
        <table><tr><td style="color:#70757a">Hvornår</td><td>torsdag 5. nov. 2026 14.00 – 15.00 (Centraleuropæisk normaltid - København)</td></tr>
        <tr><td style="color:#70757a">Hvor</td><td>Søkort Data A/S, Sandkaj 29, 2150 Nordhavn</td></tr>
        <tr><td style="color:#70757a">Gæster</td><td>Rasmus Holm Nielsen - arrangør<br>Line Bech<br>finn.petersen@example.org</td></tr></table>
        <p style="font-size:12px;color:#70757a">Invitation fra Google Kalender</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ_CPH + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Copenhagen:20261105T140000
        DTEND;TZID=Europe/Copenhagen:20261105T150000
        DTSTAMP:20261030T121200Z
        ORGANIZER;CN=Rasmus Holm Nielsen:mailto:rhn@soekortdata.dk
        UID:6gs3kq8b1f0m9r2t4v6x8z0a2c@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rasmus Holm Nielsen;X-NUM-GUESTS=0:mailto:rhn@soekortdata.dk
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=finn.petersen@example.org;X-NUM-GUESTS=0:mailto:finn.petersen@example.org
        CREATED:20261030T121100Z
        DESCRIPTION:Hej Finn\\, tak for din ansøgning. Vi tager samtalen på engelsk\\, hvis du foretrækker det.
        LOCATION:Søkort Data A/S\\, Sandkaj 29\\, 2150 Nordhavn
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Jobsamtale – Finn Petersen (Senior udvikler\\, ruteplanlægning)
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-6b1f0e2a-9c3d-4a5b-8e7f-1d2c3b4a5f60@google.com>"
    hs = head(addr("Rasmus Holm Nielsen", "rhn@soekortdata.dk"),
              "Invitation: Jobsamtale – Finn Petersen @ tors. 5. nov. 2026 14.00 - 15.00 (CET) (finn.petersen@example.org)",
              "2026-10-30 13:12", mid,
              "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
              zone=CPH,
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", addr("Rasmus Holm Nielsen", "rhn@soekortdata.dk"))))
    return message(hs, mixed(alt(text(body), html(hbody), calendar(ics, cte="base64")),
                             calendar(ics, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(11), family="recruitee", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-08 10:00", BER), end=utc("2026-12-08 11:30", BER),
      contact="jule.hinrichsen@sprottenwerk.de", company="Sprottenwerk Robotics",
      local="Tue 2026-12-08 10:00", local_end="2026-12-08 11:30", zone=BER,
      note="Recruitee, HTML only (QP), du-Form: 'Di., 8. Dez. 2026, 10:00–11:30 (MEZ)' in Kiel = "
           "09:00-10:30Z; contact = Reply-To recruiter")
def m11():
    hbody = t("""
        <!doctype html>
        <html lang="de"><head><meta charset="utf-8"><title>Dein Interview bei Sprottenwerk Robotics</title></head>
        <body style="background:#f7f8fa;margin:0;padding:0">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Inter,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1c1c1c">
        <tr><td style="padding:32px">
        <p>Hallo Finn,</p>
        <p>schön, dass es geklappt hat! Hiermit bestätigen wir dir dein Interview für die Stelle
        <strong>Software Engineer ROS 2 / Unterwasserrobotik</strong>.</p>
        <table role="presentation" style="background:#f0f4ff;border-radius:6px;width:100%"><tr><td style="padding:16px">
        &#128197; <strong>Di., 8. Dez. 2026, 10:00&ndash;11:30 (MEZ)</strong><br>
        &#128205; Sprottenwerk Robotics GmbH, Schwentinestraße 25, 24149 Kiel (Halle 3)<br>
        &#128101; Jule Hinrichsen (People &amp; Culture), Tjark Ehlers (Tech Lead)
        </td></tr></table>
        <p>Geplant sind ca. 30 Minuten Kennenlernen, danach eine kleine Pairing-Session an unserem
        Testbecken. Bring gern wetterfeste Schuhe mit.</p>
        <p>Falls etwas dazwischenkommt, antworte einfach auf diese Mail.</p>
        <p>Bis bald!<br>Jule</p>
        <p style="font-size:12px;color:#8a8f98">Sprottenwerk Robotics GmbH &middot; Schwentinestraße 25 &middot; 24149 Kiel<br>
        Gesendet mit Recruitee</p>
        </td></tr></table>
        </td></tr></table>
        </body></html>
        """)
    mid = "<5f7e1c2a9b3d4e60@mailer.recruitee.com>"
    hs = head(addr("Sprottenwerk Robotics", "sprottenwerk@mail.recruitee.com"),
              "Dein Interview bei Sprottenwerk Robotics am 8. Dezember",
              "2026-12-03 15:30", mid,
              "from mail-out-7.recruitee.com (mail-out-7.recruitee.com [46.101.137.7])",
              extra=(("Reply-To", addr("Jule Hinrichsen", "jule.hinrichsen@sprottenwerk.de")),))
    return message(hs, html(hbody))


@mail(N(12), family="outlook_allday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-06 10:00", BER), contact="u.carstensen@schilksee-yacht.de",
      company="Schilksee Yacht Systems", local="Tue 2026-10-06 10:00", zone=BER,
      note="Small firm: the hiring manager put the interview into Outlook as an ALL-DAY event (DTSTART;"
           "VALUE=DATE 20261006); the time is only in the text ('Dienstag, 6.10., 10 Uhr', summary "
           "'10:00 Uhr') = 08:00Z CEST; no length; windows-1252 body; contact = ORGANIZER/sender")
def m12():
    body = t("""
        Moin Herr Petersen,

        wie eben am Telefon besprochen: Dienstag, 6.10., 10 Uhr bei uns in Schilksee. Ich hab's
        Ihnen mal als Termin eingestellt, damit's nicht untergeht. Kommen Sie einfach hinten über
        den Hof in die Halle, das Büro ist oben. Unser Entwickler Kai Möller ist auch dabei.

        Schöne Grüße
        Uwe Carstensen
        Geschäftsführer
        Schilksee Yacht Systems GmbH
        Soling 20 – 24159 Kiel
        Tel. 0431 / 37 11 05
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN=Uwe Carstensen:mailto:u.carstensen@schilksee-yacht.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=finn.petersen@example.org:mailto:finn.petersen@example.org
        DESCRIPTION;LANGUAGE=de-DE:Dienstag\\, 6.10.\\, 10 Uhr bei uns in Schilksee.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F3D2C1B0A9DC010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Herr Petersen 10:00 Uhr
        DTSTART;VALUE=DATE:20261006
        DTEND;VALUE=DATE:20261007
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260930T152000Z
        TRANSP:TRANSPARENT
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Schilksee\\, Halle
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<DB9PR08MB6588E4F1C2A3B4D5@DB9PR08MB6588.eurprd08.prod.outlook.com>"
    hs = head(addr("Uwe Carstensen", "u.carstensen@schilksee-yacht.de"),
              "Vorstellungsgespräch Herr Petersen 10:00 Uhr", "2026-09-30 17:20", mid,
              "from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2093.outbound.protection.outlook.com [40.107.249.93])",
              charset="windows-1252",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Herr Petersen 10:00 Uhr", "windows-1252")),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body, "windows-1252"), calendar(ics, cte="quoted-printable")))


@mail(N(13), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-21 13:00", BER), end=utc("2026-10-21 14:30", BER),
      contact="frauke.jessen@fjordblick-st.de", company="Fjordblick Schiffstechnik",
      local="Wed 2026-10-21 13:00", local_end="2026-10-21 14:30", zone=BER,
      note="softgarden, HTML only in iso-8859-15 (QP): 'Mittwoch, 21.10.2026, 13:00 Uhr bis 14:30 Uhr' in "
           "Flensburg (CEST, four days before the switch) = 11:00-12:30Z; no Reply-To, contact = the "
           "address given in the body")
def m13():
    hbody = t("""
        <html><head><meta http-equiv="content-type" content="text/html; charset=iso-8859-15"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <img src="https://static.softgarden.io/logos/fjordblick.png" alt="Fjordblick Schiffstechnik" width="180"><br><br>
        Sehr geehrter Herr Petersen,<br><br>
        wir freuen uns sehr über Ihr Interesse an der Position <b>Softwareentwickler C++ Maschinenraumautomation (m/w/d)</b>
        und laden Sie herzlich zu einem persönlichen Gespräch ein:<br><br>
        <table border="0" cellpadding="3">
        <tr><td><b>Termin:</b></td><td>Mittwoch, 21.10.2026, 13:00 Uhr bis 14:30 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Fjordblick Schiffstechnik GmbH, Harniskaispitze 3, 24937 Flensburg</td></tr>
        <tr><td><b>Teilnehmer:</b></td><td>Frauke Jessen (Personal), Björn Asmussen (Abteilungsleiter Automation)</td></tr>
        </table><br>
        Den Termin haben Sie über unser Bewerberportal bereits bestätigt &ndash; vielen Dank. Fahrtkosten erstatten
        wir Ihnen gern (Bahn 2. Klasse).<br><br>
        Ihre Ansprechpartnerin bei Rückfragen: Frauke Jessen, <a href="mailto:frauke.jessen@fjordblick-st.de">frauke.jessen@fjordblick-st.de</a>,
        Tel. 0461 / 50 77 214<br><br>
        Mit freundlichen Grüßen<br>
        Ihr Fjordblick-Personalteam<br><br>
        <span style="font-size:10px;color:#999">Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
        Powered by softgarden</span>
        </body></html>
        """)
    mid = "<20261015060512.7A1B2C3D4E@mail.softgarden.io>"
    hs = head(addr("Fjordblick Schiffstechnik GmbH", "no-reply@mail.softgarden.io"),
              "Einladung zum Vorstellungsgespräch: Softwareentwickler C++ Maschinenraumautomation (m/w/d)",
              "2026-10-15 08:05", mid,
              "from mail.softgarden.io (mail.softgarden.io [185.22.60.14])",
              charset="iso-8859-15")
    return message(hs, html(hbody, "iso-8859-15"))


@mail(N(14), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-10 16:00", "Europe/London"), end=utc("2026-11-10 17:30", "Europe/London"),
      contact="eleanor.briggs@harbourline.co.uk", company="Harbourline Marine Insurance",
      local="Tue 2026-11-10 16:00", local_end="2026-11-10 17:30", zone="Europe/London",
      note="GoodTime itinerary, two back-to-back sessions 4:00-4:45 PM and 4:45-5:30 PM GMT (London, "
           "November = UTC) -> first start to last end 16:00-17:30Z; the CET line (5:00-6:30 PM) agrees; "
           "contact = coordinator address in the body")
def m14():
    body = t("""
        Hi Finn,

        We're excited to confirm your virtual onsite with Harbourline Marine Insurance for the
        Senior Software Engineer, Claims Platform role. Please find your itinerary below.

        Tuesday, November 10, 2026
        (times shown in GMT - London; that is 5:00 PM - 6:30 PM in Central European Time)

        4:00 PM - 4:45 PM GMT   Technical deep dive      Priya Raman, Principal Engineer
        4:45 PM - 5:30 PM GMT   Values & collaboration   Tom Ashworth, Head of Engineering

        Both sessions use the same Microsoft Teams link:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_harbourline77%40thread.v2/0

        Need to reschedule or have questions? Contact your coordinator, Eleanor Briggs, at
        eleanor.briggs@harbourline.co.uk.

        Good luck!
        Harbourline Talent Team

        Sent via GoodTime
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2937">
        <p>Hi Finn,</p>
        <p>We're excited to confirm your virtual onsite with <b>Harbourline Marine Insurance</b> for the Senior
        Software Engineer, Claims Platform role. Please find your itinerary below.</p>
        <h3>Tuesday, November 10, 2026</h3>
        <p style="color:#6b7280">(times shown in GMT - London; that is 5:00 PM - 6:30 PM in Central European Time)</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td>4:00 PM - 4:45 PM GMT</td><td>Technical deep dive</td><td>Priya Raman, Principal Engineer</td></tr>
        <tr><td>4:45 PM - 5:30 PM GMT</td><td>Values &amp; collaboration</td><td>Tom Ashworth, Head of Engineering</td></tr>
        </table>
        <p>Both sessions use the same <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_harbourline77%40thread.v2/0">Microsoft Teams link</a>.</p>
        <p>Need to reschedule or have questions? Contact your coordinator, Eleanor Briggs, at
        <a href="mailto:eleanor.briggs@harbourline.co.uk">eleanor.briggs@harbourline.co.uk</a>.</p>
        <p>Good luck!<br>Harbourline Talent Team</p>
        <p style="font-size:11px;color:#9ca3af">Sent via GoodTime</p>
        </body></html>
        """)
    mid = "<0100019f5e2d8c41-goodtime-itinerary-33a9e1@email.goodtime.io>"
    hs = head(addr("Harbourline Talent Team", "no-reply@goodtime.io"),
              "Your interview itinerary - Harbourline Marine Insurance", "2026-11-04 11:30", mid,
              "from a48-93.smtp-out.amazonses.com (a48-93.smtp-out.amazonses.com [54.240.48.93])",
              zone="Europe/London")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(15), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-01 08:00", "Pacific/Auckland"), end=utc("2026-12-01 09:00", "Pacific/Auckland"),
      contact="aroha.wiremu@tasmanhydro.co.nz", company="Tasman Hydrographic",
      local="Tue 2026-12-01 08:00", local_end="2026-12-01 09:00", zone="Pacific/Auckland",
      note="Lever, remote team in Auckland: 'Tuesday 1 December, 8:00-9:00am NZDT' = Mon 30 Nov "
           "19:00-20:00Z (the previous day in UTC; 20:00 Monday in Kiel as the mail says); ICS TZID "
           "Pacific/Auckland agrees; contact = Reply-To recruiter")
def m15():
    body = t("""
        Kia ora Finn,

        Thanks for picking a time - your interview with Tasman Hydrographic is confirmed.

        Role: Senior Software Engineer, Survey Data Pipeline (remote, EU time zones welcome)
        When: Tuesday 1 December 2026, 8:00am - 9:00am NZDT (Auckland)
              = Monday 30 November, 8:00pm - 9:00pm in Kiel
        Where: Google Meet - https://meet.google.com/tsm-hydr-oqa
        Interviewers: Callum Reid (Engineering Manager), Aroha Wiremu (Talent)

        We know this is an evening slot for you - thank you for making it work!

        Ngā mihi,
        Aroha Wiremu
        Talent Partner, Tasman Hydrographic Ltd

        Sent via Lever
        """)
    hbody = gmail_html(body).replace('<div dir="ltr">', '<div dir="ltr" style="font-family:Arial">', 1)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Lever//Interview Scheduling//EN
        METHOD:REQUEST
        """) + VTZ["Pacific/Auckland"] + "\n" + t("""
        BEGIN:VEVENT
        UID:lever-iv-4b7e2c1d-8f3a-4d9e-a1b2-c3d4e5f60718
        DTSTAMP:20261125011000Z
        DTSTART;TZID=Pacific/Auckland:20261201T080000
        DTEND;TZID=Pacific/Auckland:20261201T090000
        SUMMARY:Interview - Finn Petersen / Tasman Hydrographic
        LOCATION:https://meet.google.com/tsm-hydr-oqa
        ORGANIZER;CN=Aroha Wiremu:mailto:aroha.wiremu@tasmanhydro.co.nz
        ATTENDEE;CN=Finn Petersen;RSVP=TRUE:mailto:finn.petersen@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<lever-7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f@hire.lever.co>"
    hs = head(addr("Tasman Hydrographic", "no-reply@hire.lever.co"),
              "Interview confirmed - Tasman Hydrographic", "2026-11-25 14:10", mid,
              "from mail.hire.lever.co (mail.hire.lever.co [198.21.1.44])",
              zone="Pacific/Auckland",
              extra=(("Reply-To", addr("Aroha Wiremu", "aroha.wiremu@tasmanhydro.co.nz")),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(N(16), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-12 11:00", BER), contact="d.rathjen@hansekogge-it.de", company="Hansekogge IT",
      local="Thu 2026-11-12 11:00", zone=BER,
      note="Hiring manager's phone reply 'Donnerstag in einer Woche um 11 passt mir gut' (Date Wed 4 Nov "
           "2026); the quoted proposal says 'Do., 12.11. um 11 Uhr', so Thu 12 Nov 11:00 CET = 10:00Z; no "
           "length; contact = human sender")
def m16():
    body = t("""
        Moin Herr Petersen,

        Donnerstag in einer Woche um 11 passt mir gut, dann machen wir das so. Adresse wie in der
        Ausschreibung, 3. Stock, klingeln bei Hansekogge.

        Gruß
        D. Rathjen

        Von meinem iPhone gesendet

        > Am 03.11.2026 um 19:22 schrieb Finn Petersen <finn.petersen@example.org>:
        >
        > Guten Abend Herr Rathjen,
        >
        > vielen Dank für die Einladung! Mir würde Do., 12.11. um 11 Uhr oder Fr., 13.11. vormittags
        > passen.
        >
        > Beste Grüße
        > Finn Petersen
        """)
    mid = "<9A2C7E41-0B3D-4F5E-8C1A-2D3E4F5A6B7C@hansekogge-it.de>"
    hs = head(addr("Dirk Rathjen", "d.rathjen@hansekogge-it.de"), "Re: Einladung Gespräch Lübeck",
              "2026-11-04 07:52", mid,
              "from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])",
              extra=(("In-Reply-To", "<CAF3k2x9Rz0q-FinnP7h1@mail.example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body))


# =========================================================================== positives: rescheduled


@mail(N(17), family="greenhouse", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-18 10:00", CPH), end=utc("2026-09-18 11:00", CPH),
      contact="freja.lindholm@kattegatmarine.dk", company="Kattegat Marine Software",
      local="Fri 2026-09-18 10:00", local_end="2026-09-18 11:00", zone=CPH,
      note="Greenhouse reschedule from a Copenhagen employer, old (Wed 16 Sep 14:00) and new time in the "
           "same mail; new = 'Friday, September 18, 2026, 10:00 - 11:00 CEST' = 08:00-09:00Z; ICS "
           "(SEQUENCE:1, TZID Europe/Copenhagen) agrees; contact = Reply-To recruiter")
def m17():
    body = t("""
        Hi Finn,

        Your interview with Kattegat Marine Software has been rescheduled.

        Previously: Wednesday, September 16, 2026, 14:00 - 15:00 CEST
        New time:   Friday, September 18, 2026, 10:00 - 11:00 CEST (Copenhagen)

        Interview: Hiring Manager Interview - Backend Engineer, Fleet Telemetry
        Interviewer: Anders Thygesen, Engineering Manager
        Location: Zoom - https://kattegatmarine.zoom.us/j/91833200471

        Sorry for the shuffle - Anders is travelling on Wednesday. An updated calendar invitation is
        attached.

        Best regards,
        Freja Lindholm
        People Partner, Kattegat Marine Software ApS
        """)
    hbody = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Hi Finn,</p>
        <p>Your interview with Kattegat Marine Software has been <b>rescheduled</b>.</p>
        <p><span style="color:#999;text-decoration:line-through">Previously: Wednesday, September 16, 2026, 14:00 - 15:00 CEST</span><br>
        <b>New time: Friday, September 18, 2026, 10:00 - 11:00 CEST (Copenhagen)</b></p>
        <p>Interview: Hiring Manager Interview - Backend Engineer, Fleet Telemetry<br>
        Interviewer: Anders Thygesen, Engineering Manager<br>
        Location: <a href="https://kattegatmarine.zoom.us/j/91833200471">Zoom</a></p>
        <p>Sorry for the shuffle - Anders is travelling on Wednesday. An updated calendar invitation is attached.</p>
        <p>Best regards,<br>Freja Lindholm<br>People Partner, Kattegat Marine Software ApS</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ_CPH + "\n" + t("""
        BEGIN:VEVENT
        UID:gh-interview-7730021-1184402@greenhouse.io
        DTSTAMP:20260914073000Z
        DTSTART;TZID=Europe/Copenhagen:20260918T100000
        DTEND;TZID=Europe/Copenhagen:20260918T110000
        SUMMARY:Interview with Kattegat Marine Software - Hiring Manager Interview
        LOCATION:https://kattegatmarine.zoom.us/j/91833200471
        ORGANIZER;CN=Freja Lindholm:mailto:freja.lindholm@kattegatmarine.dk
        ATTENDEE;CN=Finn Petersen;RSVP=TRUE:mailto:finn.petersen@example.org
        SEQUENCE:1
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<b7d2e9f0.1a3c.4e5d.9f8a.7b6c5d4e3f21@greenhouse.io>"
    hs = head(addr("Kattegat Marine Software", "no-reply@greenhouse.io"),
              "Interview Rescheduled: Backend Engineer, Fleet Telemetry at Kattegat Marine Software",
              "2026-09-14 09:30", mid,
              "from o7.sg.greenhouse.io (o7.sg.greenhouse.io [167.89.14.7])", zone=CPH,
              extra=(("Reply-To", addr("Freja Lindholm", "freja.lindholm@kattegatmarine.dk")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(hbody, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-14 15:00", BER), end=utc("2026-10-14 16:00", BER),
      contact="anke.thomsen@foerde-maritime.de", company="Förde Maritime Systems",
      local="Wed 2026-10-14 15:00", local_end="2026-10-14 16:00", zone=BER,
      note="HR person (thread with the Personio invitation) moves the second interview from 'Di., 13. Okt., "
           "10 Uhr' to 'Mi., 14. Okt., 15:00 bis 16:00 Uhr' (Kiel, CEST) = 13:00-14:00Z; both times in the "
           "text; contact = human sender")
def m18():
    body = t("""
        Sehr geehrter Herr Petersen,

        leider muss ich unser Zweitgespräch verlegen: Herr Lüders ist am Dienstag kurzfristig auf
        einer Werftabnahme in Rendsburg. Statt Di., 13. Okt., 10 Uhr treffen wir uns nun am

            Mi., 14. Okt., 15:00 bis 16:00 Uhr

        wieder bei uns in der Wikingerstraße. Sie hatten am Telefon gesagt, dass der Mittwoch-
        nachmittag bei Ihnen geht – ich habe das so eingetragen. Die Fachaufgabe (Code-Review)
        bleibt wie besprochen.

        Entschuldigen Sie die Umstände und viele Grüße

        Anke Thomsen
        Personalreferentin
        Förde Maritime Systems GmbH | Wikingerstraße 9 | 24106 Kiel
        Tel. +49 431 88 12 47-30
        """)
    mid = "<BE1P281MB2231A7C0D93E4F12@BE1P281MB2231.DEUP281.PROD.OUTLOOK.COM>"
    hs = head(addr("Anke Thomsen", "anke.thomsen@foerde-maritime.de"),
              "Verlegung Zweitgespräch – neuer Termin Mi., 14.10.", "2026-10-08 11:02", mid,
              "from EUR03-BE1-obe.outbound.protection.outlook.com (mail-be1deu01on2105.outbound.protection.outlook.com [40.107.127.105])",
              extra=(("Thread-Topic", enc("Verlegung Zweitgespräch – neuer Termin Mi., 14.10.")),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body, cte="quoted-printable"))


@mail(N(19), family="exchange_update", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-26 09:00", BER), end=utc("2026-10-26 10:30", BER),
      contact="b.lorenzen@holtenau-me.de", company="Holtenau Marine Electronics",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:30", zone=BER,
      note="Exchange updated meeting request (SEQUENCE:1), same employer as the Teams invitation: moved "
           "from 'Freitag, 23.10., 14 Uhr' to 'Montag, 26.10., 9:00–10:30 Uhr'. Sent Thu 22 Oct in CEST, "
           "new slot the day after the switch to CET: 08:00-09:30Z; ICS W. Europe Standard Time agrees; "
           "contact = ORGANIZER/sender")
def m19():
    body = t("""
        Hallo Herr Petersen,

        wie eben besprochen verschieben wir das Zweitgespräch vor Ort vom Freitag, 23.10., 14 Uhr
        auf Montag, 26.10., 9:00–10:30 Uhr. Achtung, am Wochenende ist Zeitumstellung – die Uhrzeit
        bleibt natürlich 9 Uhr Ortszeit. Treffpunkt ist unser Empfang in der Kanalstraße.

        Viele Grüße
        Birte Lorenzen
        HR Business Partner | Holtenau Marine Electronics GmbH
        """)
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Petersen,</p>
        <p class="MsoNormal">wie eben besprochen verschieben wir das Zweitgespräch vor Ort vom Freitag, 23.10., 14 Uhr
        auf <b>Montag, 26.10., 9:00–10:30 Uhr</b>. Achtung, am Wochenende ist Zeitumstellung – die Uhrzeit bleibt
        natürlich 9 Uhr Ortszeit. Treffpunkt ist unser Empfang in der Kanalstraße.</p>
        <p class="MsoNormal">Viele Grüße<br>Birte Lorenzen<br>HR Business Partner | Holtenau Marine Electronics GmbH</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Birte Lorenzen:mailto:b.lorenzen@holtenau-me.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Finn Petersen:mailto:finn.petersen@example.org
        UID:040000008200E00074C5B7101A82E00800000000D1C4E2B7A962DC01000000000000000010000000AA12BB34CC56DD78EE90FF1200341256
        SUMMARY;LANGUAGE=de-DE:Zweitgespräch Finn Petersen (vor Ort)
        DTSTART;TZID=W. Europe Standard Time:20261026T090000
        DTEND;TZID=W. Europe Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T083000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Holtenau Marine Electronics\\, Empfang Kanalstraße
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1723884415
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<FR2P281MB1742D1E2F3A4B5C6@FR2P281MB1742.DEUP281.PROD.OUTLOOK.COM>"
    hs = head(addr("Birte Lorenzen", "b.lorenzen@holtenau-me.de"),
              "Aktualisiert: Zweitgespräch Finn Petersen (vor Ort)", "2026-10-22 10:30", mid,
              "from EUR05-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2119.outbound.protection.outlook.com [40.107.135.119])",
              extra=(("Thread-Topic", enc("Zweitgespräch Finn Petersen (vor Ort)")),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(hbody), calendar(ics, cte="base64")))


@mail(N(20), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-15 13:30", BER), end=utc("2026-12-15 14:15", BER),
      contact="nils.brodersen@foerdelink.de", company="Fördelink Fähren",
      local="Tue 2026-12-15 13:30", local_end="2026-12-15 14:15", zone=BER,
      note="Workable reschedule (Flensburg ferry operator): old Mon 14 Dec 10:00, new 'Tuesday, December 15, "
           "2026 at 13:30 CET (Europe/Berlin)', 45 minutes -> 12:30-13:15Z; ICS agrees. Reply-To is a "
           "Workable relay, contact = hiring manager's address in the body")
def m20():
    body = t("""
        Hi Finn,

        Your interview for Software Engineer - Booking & Ticketing at Fördelink Fähren has been
        rescheduled.

        New time: Tuesday, December 15, 2026 at 13:30 CET (Europe/Berlin)
        Duration: 45 minutes
        Previously: Monday, December 14, 2026 at 10:00 CET

        Type: Video call (Google Meet) - https://meet.google.com/frd-lnkq-xyz
        Hiring manager: Nils Brodersen (nils.brodersen@foerdelink.de)

        You can reply to this email if you have any questions.

        Best,
        The Fördelink Fähren hiring team

        --
        Powered by Workable
        """)
    hbody = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Finn,</p>
        <p>Your interview for <b>Software Engineer - Booking &amp; Ticketing</b> at Fördelink Fähren has been rescheduled.</p>
        <table cellpadding="4">
        <tr><td>New time</td><td><b>Tuesday, December 15, 2026 at 13:30 CET (Europe/Berlin)</b></td></tr>
        <tr><td>Duration</td><td>45 minutes</td></tr>
        <tr><td style="color:#999">Previously</td><td style="color:#999">Monday, December 14, 2026 at 10:00 CET</td></tr>
        <tr><td>Type</td><td>Video call (<a href="https://meet.google.com/frd-lnkq-xyz">Google Meet</a>)</td></tr>
        <tr><td>Hiring manager</td><td>Nils Brodersen (nils.brodersen@foerdelink.de)</td></tr>
        </table>
        <p>You can reply to this email if you have any questions.</p>
        <p>Best,<br>The Fördelink Fähren hiring team</p>
        <p style="font-size:11px;color:#aaa">Powered by Workable</p></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Workable//Calendar//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:workable-event-58213377@workable.com
        DTSTAMP:20261209081500Z
        DTSTART:20261215T123000Z
        DTEND:20261215T131500Z
        SUMMARY:Interview: Finn Petersen - Software Engineer - Booking & Ticketing
        ORGANIZER;CN=Nils Brodersen:mailto:foerdelink+cand-8f2a1c@candidates.workablemail.com
        ATTENDEE;CN=Finn Petersen:mailto:finn.petersen@example.org
        LOCATION:https://meet.google.com/frd-lnkq-xyz
        SEQUENCE:2
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<workable.5f3c2a1b9e8d7c6b.58213377@workablemail.com>"
    hs = head(addr("Fördelink Fähren", "noreply@candidates.workablemail.com"),
              "Interview rescheduled: Software Engineer - Booking & Ticketing", "2026-12-09 09:15", mid,
              "from mail-gw3.workablemail.com (mail-gw3.workablemail.com [52.31.6.210])",
              extra=(("Reply-To", addr("Fördelink Fähren", "foerdelink+cand-8f2a1c@candidates.workablemail.com")),))
    return message(hs, mixed(alt(text(body), html(hbody)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(N(21), family="ms_bookings", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-16 10:00", BER), end=utc("2026-10-16 10:45", BER),
      contact=None, company="Hafen Kiel Digital",
      local="Fri 2026-10-16 10:00", local_end="2026-10-16 10:45", zone=BER,
      note="Microsoft Bookings cancellation (METHOD:CANCEL) of 'Fr, 16.10.2026 10:00 (UTC+01:00) Amsterdam, "
           "Berlin, ...': the zone label shows the standard offset, but on 16 Oct Berlin is CEST, so "
           "08:00Z (ICS agrees); 45 Minuten exact -> end 08:45Z; sender is a Bookings mailbox and staff "
           "has no address -> contact null")
def m21():
    hbody = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <div style="font-size:20px;font-weight:600">Ihr Termin wurde storniert</div>
        <p>Hallo Finn Petersen,</p>
        <p>Ihr Termin bei <b>Hafen Kiel Digital GmbH</b> wurde storniert.</p>
        <table cellpadding="3">
        <tr><td>Dienst</td><td>Vorstellungsgespräch IT (45 Minuten)</td></tr>
        <tr><td>Wann</td><td>Fr, 16.10.2026 10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td>Mitarbeiter</td><td>Kirsten Paulsen</td></tr>
        </table>
        <p>Nachricht: Die Stelle &quot;Entwickler*in Terminalsteuerung&quot; wird vorerst nicht besetzt. Wir melden uns,
        sobald sie neu ausgeschrieben wird.</p>
        <p><a href="https://outlook.office365.com/owa/calendar/HafenKielDigital@hafenkieldigital.onmicrosoft.com/bookings/">Neuen Termin buchen</a></p>
        <p style="font-size:11px;color:#605e5c">Gesendet mit Microsoft Bookings</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:CANCEL
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hafen Kiel Digital GmbH:mailto:HafenKielDigital@hafenkieldigital.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Finn Petersen:mailto:finn.petersen@example.org
        UID:040000008200E00074C5B7101A82E0080000000077AA4E20C65BDC01000000000000000010000000B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5C6
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch IT
        DTSTART;TZID=W. Europe Standard Time:20261016T100000
        DTEND;TZID=W. Europe Standard Time:20261016T104500
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261012124500Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<AS8P251MB0873C4D5E6F7A8B9@AS8P251MB0873.EURP251.PROD.OUTLOOK.COM>"
    hs = head(addr("Hafen Kiel Digital GmbH", "HafenKielDigital@hafenkieldigital.onmicrosoft.com"),
              "Abgesagt: Vorstellungsgespräch IT", "2026-10-12 14:45", mid,
              "from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2082.outbound.protection.outlook.com [40.107.14.82])",
              extra=(("Importance", "high"), ("Content-Language", "de-DE")))
    return message(hs, alt(html(hbody, cte="base64"), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(22), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-25 10:00", BER), end=utc("2026-11-25 11:00", BER),
      contact="timo.sievers@lotsenhaus.dev", company="Lotsenhaus Software",
      local="Wed 2026-11-25 10:00", local_end="2026-11-25 11:00", zone=BER,
      note="Google Calendar cancellation in German: 'Mi. 25. Nov. 2026 10:00 - 11:00 (MEZ)' = 09:00-10:00Z, "
           "METHOD:CANCEL; organizer's note: position filled internally, no new time; contact = ORGANIZER")
def m22():
    body = t("""
        Diese Veranstaltung wurde abgesagt und aus Ihrem Kalender entfernt.

        Interview Finn Petersen – Senior Rust Engineer
        Sorry Finn, wir müssen leider absagen – die Stelle ist diese Woche intern besetzt worden.
        Ich melde mich, falls sich im Frühjahr was Neues ergibt. Timo

        Wann
        Mittwoch, 25. Nov. 2026 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)

        Gäste
        Timo Sievers - Organisator
        finn.petersen@example.org

        Einladung von Google Kalender
        Sie erhalten diese E-Mail, weil Sie Gast bei dieser Veranstaltung sind.
        """)
    hbody = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <p style="color:#d93025">Diese Veranstaltung wurde abgesagt und aus Ihrem Kalender entfernt.</p>
        <h2 style="font-weight:400;text-decoration:line-through">Interview Finn Petersen – Senior Rust Engineer</h2>
        <p>Sorry Finn, wir müssen leider absagen – die Stelle ist diese Woche intern besetzt worden.
        Ich melde mich, falls sich im Frühjahr was Neues ergibt. Timo</p>
        <table><tr><td>Wann</td><td>Mittwoch, 25. Nov. 2026 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)</td></tr>
        <tr><td>Gäste</td><td>Timo Sievers - Organisator<br>finn.petersen@example.org</td></tr></table>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261125T100000
        DTEND;TZID=Europe/Berlin:20261125T110000
        DTSTAMP:20261123084000Z
        ORGANIZER;CN=Timo Sievers:mailto:timo.sievers@lotsenhaus.dev
        UID:1q2w3e4r5t6z7u8i9o0p1a2s3d@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=finn.petersen@example.org;X-NUM-GUESTS=0:mailto:finn.petersen@example.org
        DESCRIPTION:Sorry Finn\\, wir müssen leider absagen – die Stelle ist diese Woche intern besetzt worden.
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Finn Petersen – Senior Rust Engineer
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d@google.com>"
    hs = head(addr("Timo Sievers", "timo.sievers@lotsenhaus.dev"),
              "Abgesagte Veranstaltung: Interview Finn Petersen – Senior Rust Engineer @ Mi. 25. Nov. 2026 10:00 - 11:00 (MEZ) (finn.petersen@example.org)",
              "2026-11-23 09:40", mid,
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Kalender <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), html(hbody), calendar(ics, method="CANCEL", cte="base64")))


@mail(N(23), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 14:00", BER), contact="jessica.albrecht@meridianship.com",
      company="Meridian Ship Systems", local="Thu 2026-12-10 14:00", zone=BER,
      note="iCIMS cancellation: 'Thursday, December 10, 2026 at 2:00 PM (CET)' (Hamburg office) = 13:00Z; "
           "no new time ('your recruiter will contact you'); no length; contact = recruiter address in "
           "the body (sender is an iCIMS role address)")
def m23():
    body = t("""
        Dear Finn Petersen,

        We regret to inform you that your interview for the position of Software Engineer II -
        Integrated Bridge Systems (Req #2026-4471), scheduled for Thursday, December 10, 2026 at
        2:00 PM (CET) at our Hamburg office, has been cancelled.

        Your recruiter will contact you to discuss next steps and, if possible, arrange a new time.

        Recruiter: Jessica Albrecht
        Email: jessica.albrecht@meridianship.com

        Sincerely,
        Meridian Ship Systems Talent Acquisition

        Please do not reply to this message. This mailbox is not monitored.
        """)
    mid = "<1765120812345.31337.JavaMail.icims@talent.icims.com>"
    hs = head(addr("Meridian Ship Systems", "meridianship@talent.icims.com"),
              "Interview Cancelled - Software Engineer II - Integrated Bridge Systems", "2026-12-07 16:20", mid,
              "from smtp12.icims.com (smtp12.icims.com [12.130.134.12])")
    return message(hs, text(body, "windows-1252", cte="7bit"))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="en", interview=False, company="Elbkai Logistics Software",
      note="Greenhouse rejection after the 15 Sep interview (same employer as the confirmation): mentions "
           "a past interview date, no upcoming time",
      days=(("Tue", "2026-09-15"),))
def m24():
    body = t("""
        Hi Finn,

        Thank you for taking the time to speak with Ole and Paulina on Tuesday, September 15, and for
        your interest in the Senior Backend Engineer (Port Call Optimisation) role.

        After careful consideration, we have decided to move forward with other candidates whose
        experience more closely matches our current needs. This was not an easy decision - the team
        enjoyed your system design discussion a lot.

        We'll keep your profile on file and may reach out if a suitable role opens up.

        All the best,
        Svenja Holm
        Talent Acquisition, Elbkai Logistics Software GmbH
        """)
    mid = "<a90f2c1e.7b3d.4e8a.b1c2.d3e4f5a6b7c8@greenhouse.io>"
    hs = head(addr("Elbkai Logistics Software", "no-reply@greenhouse.io"),
              "Your application to Elbkai Logistics Software", "2026-09-23 16:40", mid,
              "from o12.sg.greenhouse.io (o12.sg.greenhouse.io [167.89.14.22])",
              extra=(("Reply-To", addr("Svenja Holm", "svenja.holm@elbkai-software.de")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(25), family="offer", lang="de", interview=False, company="Nordkante Navigation",
      note="Offer from the employer of the 1 Oct interview (du-Form): start date, answer deadline 'Fr., "
           "23.10., 12 Uhr' and only an offered, unscheduled call ('wenn du magst, telefonieren wir') - "
           "no interview",
      days=(("Fri", "2026-10-23"),))
def m25():
    body = t("""
        Moin Finn,

        wie am Telefon angekündigt, kommt hier unser Angebot ganz offiziell: Wir würden dich gern
        als Senior Software Engineer (Navigation Core) an Bord holen. Den Vertragsentwurf findest du
        im Anhang, die wichtigsten Punkte:

        - Start: 1. Januar 2027 (oder nach Absprache)
        - Gehalt: 78.000 € brutto p. a. zzgl. 10 % Bonus
        - 30 Tage Urlaub, 2 Tage/Woche remote

        Wir bräuchten deine Rückmeldung bis Fr., 23.10., 12 Uhr. Wenn du vorher noch Fragen hast,
        telefonieren wir gern – sag einfach Bescheid, wann es dir passt.

        Wir freuen uns sehr!
        Hauke

        --
        Hauke Bahnsen
        CTO | Nordkante Navigation GmbH
        """)
    mid = "<7F3B2A19-C4D5-4E6F-A7B8-C9D0E1F2A3B4@nordkante-nav.de>"
    hs = head(addr("Hauke Bahnsen", "hauke.bahnsen@nordkante-nav.de"), "Dein Angebot von Nordkante 🎉",
              "2026-10-16 17:55", mid,
              "from mail.nordkante-nav.de (mail.nordkante-nav.de [185.233.104.57])")
    pdf = "JVBERi0xLjQKJcfsj6IKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoKdHJhaWxlcgo8PC9Sb290IDEgMCBSPj4KJSVFT0YK\n"
    att = make_raw_attachment("application/pdf", "Arbeitsvertrag_Entwurf_Petersen.pdf", pdf)
    return message(hs, mixed(text(body, cte="8bit"), att))


def make_raw_attachment(ctype: str, filename: str, b64: str):
    from make import Part

    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'attachment; filename="{filename}"'),
               ("Content-Transfer-Encoding", "base64")]
    return Part(headers, b64.replace("\n", "\r\n").encode("ascii"))


@mail(N(26), family="application_receipt", lang="de", interview=False, company="Kieler Werft Digital",
      note="JOIN application receipt (du-Form): 'wir melden uns in den nächsten 2 Wochen', no appointment")
def m26():
    body = t("""
        Hallo Finn,

        vielen Dank für deine Bewerbung als Fullstack Developer (m/w/d) bei Kieler Werft Digital!

        Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Normalerweise melden wir
        uns innerhalb der nächsten 2 Wochen bei dir – egal ob mit einer Einladung zum Kennenlernen
        oder einer Absage.

        Den Status deiner Bewerbung kannst du jederzeit in deinem JOIN-Profil sehen.

        Viele Grüße
        Dein Team von Kieler Werft Digital

        ---
        Diese E-Mail wurde über JOIN versendet. JOIN Solutions AG.
        """)
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:15px;color:#2c2c2c">
        <p>Hallo Finn,</p>
        <p>vielen Dank für deine Bewerbung als <b>Fullstack Developer (m/w/d)</b> bei Kieler Werft Digital!</p>
        <p>Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Normalerweise melden wir uns innerhalb
        der nächsten 2 Wochen bei dir – egal ob mit einer Einladung zum Kennenlernen oder einer Absage.</p>
        <p><a href="https://join.com/candidate/applications" style="background:#0b5cff;color:#fff;padding:8px 14px;text-decoration:none">Bewerbungsstatus ansehen</a></p>
        <p>Viele Grüße<br>Dein Team von Kieler Werft Digital</p>
        <p style="font-size:11px;color:#999">Diese E-Mail wurde über JOIN versendet.</p>
        </body></html>
        """)
    mid = "<20260907081455.8c2f1e@mail.join.com>"
    hs = head(addr("Kieler Werft Digital via JOIN", "noreply@join.com"),
              "Deine Bewerbung bei Kieler Werft Digital ist eingegangen", "2026-09-07 10:14", mid,
              "from mail-out.join.com (mail-out.join.com [35.198.80.21])")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job board alert (fictional JobNord) with five listings; 'Vorstellungsgespräch' only in an "
           "ad teaser, no appointment")
def m27():
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;background:#f2f2f2">
        <table width="620" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h2 style="color:#004b7c">5 neue Jobs für „Software Engineer maritim“ in Kiel + 50 km</h2>
        <p><b><a href="https://www.jobnord.example/job/118231">Softwareentwickler Schiffsautomation (m/w/d)</a></b><br>
        Förde Maritime Systems GmbH · Kiel · vor 2 Tagen</p>
        <p><b><a href="https://www.jobnord.example/job/118240">Embedded Engineer Sonar (m/w/d)</a></b><br>
        Ostseetechnik Kronshagen GmbH · Kronshagen · vor 3 Tagen</p>
        <p><b><a href="https://www.jobnord.example/job/118255">Backend Developer Hafenlogistik</a></b><br>
        Deichwerk Digital GmbH · Hamburg · Remote möglich · neu</p>
        <p><b><a href="https://www.jobnord.example/job/118262">DevOps Engineer (w/m/d) Reederei</a></b><br>
        Alsterlinie Reederei AG · Hamburg · vor 5 Tagen</p>
        <p><b><a href="https://www.jobnord.example/job/118270">Software Architect Offshore Wind</a></b><br>
        Windwatt Nord GmbH · Husum · vor 1 Woche</p>
        <p style="background:#fff7d6;padding:10px">Tipp: Mit „Schnellbewerbung“ sind Sie oft schon in wenigen Tagen
        beim Vorstellungsgespräch!</p>
        <p style="font-size:11px;color:#888">Sie erhalten diesen Job-Alert, weil Sie ihn am 02.09.2026 angelegt haben.
        <a href="https://www.jobnord.example/alerts/unsubscribe?id=88123">Abmelden</a></p>
        </td></tr></table></body></html>
        """)
    mid = "<jobalert.88123.20260914@mailing.jobnord.example>"
    hs = head(addr("JobNord Job-Alert", "jobalert@mailing.jobnord.example"),
              "5 neue Jobs: Software Engineer maritim in Kiel", "2026-09-14 06:30", mid,
              "from mailing.jobnord.example (mailing.jobnord.example [194.25.134.80])",
              extra=(("List-Unsubscribe", "<https://www.jobnord.example/alerts/unsubscribe?id=88123>"),
                     ("Precedence", "bulk")))
    return message(hs, html(hbody, "windows-1252"))


@mail(N(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Career blog newsletter about interview preparation, including an EXAMPLE confirmation "
           "sentence ('Ihr Vorstellungsgespräch findet am Dienstag um 10:00 Uhr statt') - not Finn's")
def m28():
    body = t("""
        KARRIERE-KOMPASS – Der Newsletter für Fach- und Führungskräfte
        Ausgabe 41/2026

        ++ Das Vorstellungsgespräch: 7 Fragen, die Sie garantiert hören ++

        Die Einladung ist da: „Ihr Vorstellungsgespräch findet am Dienstag um 10:00 Uhr in unserem
        Haus statt. Bitte planen Sie etwa eine Stunde ein.“ Und jetzt? Unsere Autorin Imke Brüning
        hat mit zwölf Personalerinnen und Personalern aus Norddeutschland gesprochen. Die Klassiker:

        1. Erzählen Sie etwas über sich.
        2. Warum wollen Sie zu uns?
        3. Wo sehen Sie sich in fünf Jahren?
        ...

        Weiterlesen: https://karriere-kompass.example/blog/vorstellungsgespraech-7-fragen

        ++ Gehaltsverhandlung: So viel verdienen Softwareentwickler in Schleswig-Holstein ++
        https://karriere-kompass.example/blog/gehalt-software-sh-2026

        Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.example angemeldet haben.
        Abmelden: https://karriere-kompass.example/newsletter/abmelden
        """)
    mid = "<nl-41-2026.finn.petersen@news.karriere-kompass.example>"
    hs = head(addr("Karriere-Kompass", "newsletter@news.karriere-kompass.example"),
              "Das Vorstellungsgespräch: 7 Fragen, die Sie garantiert hören", "2026-10-08 07:00", mid,
              "from mta4.news.karriere-kompass.example (mta4.news.karriere-kompass.example [91.198.2.44])",
              extra=(("List-Unsubscribe", "<https://karriere-kompass.example/newsletter/abmelden>"),
                     ("List-Id", "Karriere-Kompass <newsletter.karriere-kompass.example>"),
                     ("Precedence", "bulk")))
    return message(hs, text(body, "windows-1252", cte="quoted-printable"))


@mail(N(29), family="scheduling_link", lang="de", interview=False, company="Ostseestahl Digital",
      note="Recruiter sends a Calendly link to pick a slot ('Mo–Do zwischen 9 und 17 Uhr'); nothing "
           "booked yet, no fixed time")
def m29():
    body = t("""
        Hallo Finn,

        danke für deine Bewerbung als Platform Engineer bei Ostseestahl Digital – wir würden dich gern
        kennenlernen! Für ein erstes Gespräch (30 Min., per Video) such dir am besten direkt einen
        passenden Slot aus:

        https://calendly.com/ostseestahl-talent/kennenlernen-30

        Verfügbar sind Termine Mo–Do zwischen 9 und 17 Uhr in den nächsten zwei Wochen. Falls nichts
        passt, schreib mir einfach.

        Liebe Grüße
        Wiebke Stoltenberg
        Talent Acquisition | Ostseestahl Digital GmbH | Lübeck
        """)
    mid = "<CAJ8pYt5nR2q1sKx0Wfa7LmP3vB6zQ9eT4dH1cN8@mail.gmail.com>"
    hs = head(addr("Wiebke Stoltenberg", "wiebke.stoltenberg@ostseestahl-digital.de"),
              "Kennenlernen bei Ostseestahl Digital", "2026-11-09 13:22", mid,
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="proposed_times", lang="en", interview=False, company="Kattegat Marine Software",
      note="Copenhagen recruiter proposes two options for the final round ('Would Tuesday at 10:00 or "
           "Wednesday at 14:00 work?'); nothing confirmed yet",
      days=(("Tue", "2026-09-29"), ("Wed", "2026-09-30")))
def m30():
    body = t("""
        Hi Finn,

        Anders was really happy with Friday's conversation - congratulations, you're through to the
        final round! It's an on-site at our Copenhagen office (Refshaleøen) with two sessions of
        about an hour each.

        Would Tuesday, 29 September at 10:00 or Wednesday, 30 September at 14:00 work for you? We'll
        of course cover the train/ferry. Once you pick one, I'll send the calendar invite.

        Best,
        Freja

        Freja Lindholm
        People Partner | Kattegat Marine Software ApS
        """)
    mid = "<GV2P195MB21983A4E5F6A7B8C@GV2P195MB2198.EURP195.PROD.OUTLOOK.COM>"
    hs = head(addr("Freja Lindholm", "freja.lindholm@kattegatmarine.dk"), "Final round at Kattegat Marine",
              "2026-09-21 10:12", mid,
              "from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2111.outbound.protection.outlook.com [40.107.247.111])",
              zone=CPH)
    return message(hs, text(body))


@mail(N(31), family="outreach", lang="de", interview=False, company="Küstenkopf Personalberatung",
      note="Headhunter InMail via LinkedIn notification: 'Lust auf ein kurzes Telefonat nächste Woche?' "
           "- no fixed time")
def m31():
    body = t("""
        Malte Hansen hat Ihnen eine Nachricht gesendet

        Malte Hansen
        Senior Consultant Maritime & Logistics bei Küstenkopf Personalberatung

        Moin Herr Petersen,
        ich unterstütze aktuell einen Hamburger Hidden Champion im Bereich Schiffsdaten bei der Suche
        nach einem Lead Engineer (remote-first, 90–105k). Ihr Profil passt hervorragend. Hätten Sie
        Lust auf ein kurzes, unverbindliches Telefonat nächste Woche? Sagen Sie mir gern, wann es
        Ihnen passt.

        Beste Grüße
        Malte Hansen

        Antworten: https://www.linkedin.com/messaging/thread/2-YmE1N2Q4/

        Diese E-Mail war an Finn Petersen (Maritime Software Engineer) gerichtet.
        © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
        """)
    mid = "<1302447788.5521170.1793005123456@ltx1-app3318.prod.linkedin.com>"
    hs = head(addr("Malte Hansen über LinkedIn", "inmail-hit-reply@linkedin.com"),
              "Malte: Lead Engineer Schiffsdaten (Hamburg, remote-first)", "2026-10-20 08:45", mid,
              "from mailb-ac.linkedin.com (mailb-ac.linkedin.com [108.174.3.160])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="job_centre", lang="de", interview=False, company=None,
      note="Agentur für Arbeit invitation to a counselling appointment with a fixed time ('Dienstag, "
           "22.09.2026 um 09:15 Uhr') - an unemployment-office appointment, not a job interview",
      days=(("Tue", "2026-09-22"),))
def m32():
    body = t("""
        Sehr geehrter Herr Petersen,

        bitte kommen Sie zu einem Gespräch in die Agentur für Arbeit Kiel.

        Termin:       Dienstag, 22.09.2026 um 09:15 Uhr
        Ort:          Agentur für Arbeit Kiel, Adolf-Westphal-Str. 2, 24143 Kiel, Raum 2.117
        Ansprechpartnerin: Frau Kühl, Arbeitsvermittlung

        Ich möchte mit Ihnen über Ihr Bewerberangebot und Ihre berufliche Situation sprechen.
        Bitte bringen Sie Ihren Lebenslauf und – falls vorhanden – Einladungen zu
        Vorstellungsgesprächen mit.

        Diese Einladung ist eine Meldeaufforderung nach § 309 SGB III. Wenn Sie ohne wichtigen Grund
        nicht erscheinen, kann eine Sperrzeit eintreten. Ist Ihnen der Termin nicht möglich, sagen
        Sie ihn bitte rechtzeitig über Ihr Postfach in „MEIN NOW“ oder telefonisch ab.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Kiel

        Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    mid = "<postfach.2026091408310012@noreply.arbeitsagentur.de>"
    hs = head(addr("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
              "Einladung zu einem Gesprächstermin am 22.09.2026", "2026-09-14 08:31", mid,
              "from mail2.arbeitsagentur.de (mail2.arbeitsagentur.de [194.95.156.12])")
    return message(hs, text(body, "windows-1252", cte="8bit"))


@mail(N(33), family="press_interview", lang="de", interview=False, company=None,
      note="Local reporter confirms an interview WITH Finn about his open-source AIS project ('Freitag, "
           "16.10., um 11 Uhr') - press, not a job interview",
      days=(("Fri", "2026-10-16"),))
def m33():
    body = t("""
        Hallo Herr Petersen,

        super, dann halten wir das so fest: Interview am Freitag, 16.10., um 11 Uhr bei Ihnen im
        Coworking Space am Kieler Bootshafen. Unser Fotograf Jens kommt gegen 11:45 Uhr dazu. Es geht
        um Ihr Open-Source-Projekt "Fördeblick AIS" und wie Hobbyentwickler den Schiffsverkehr auf
        der Förde sichtbar machen. Der Artikel soll in der Wochenendausgabe am 24.10. erscheinen.

        Herzliche Grüße
        Lena Voigt
        Redaktion Kiel | Förde-Kurier
        Tel. 0431 / 90 33 418
        """)
    mid = "<b6c1e2f3-a4d5-4e6f-8a9b-0c1d2e3f4a5b@foerde-kurier.example>"
    hs = head(addr("Lena Voigt", "lena.voigt@foerde-kurier.example"), "Re: Interview für den Förde-Kurier",
              "2026-10-12 15:18", mid,
              "from mx.foerde-kurier.example (mx.foerde-kurier.example [212.91.240.18])",
              extra=(("In-Reply-To", "<CAF3k2x9Tw4r-FinnP2m5@mail.example.org>"),))
    return message(hs, text(body, "iso-8859-15", cte="quoted-printable"))


@mail(N(34), family="podcast", lang="en", interview=False, company=None,
      note="Podcast guest recording confirmed for 'Thursday, November 19 at 17:00 CET' - Finn is the "
           "guest of a podcast, not a job candidate",
      days=(("Thu", "2026-11-19"),))
def m34():
    body = t("""
        Hey Finn,

        Awesome - you're booked as a guest on Deep Sea Devs, episode 87: "Building software for ships
        that are offline 90% of the time".

        Recording: Thursday, November 19 at 17:00 CET (about 60-75 minutes incl. setup)
        Studio: https://riverside.fm/studio/deep-sea-devs?t=7a1f
        Please use headphones and a wired connection if you can.

        I'll send the rough question list on Monday. Looking forward to nerding out about AIS and NMEA!

        Cheers,
        Kasper Lund
        Host, Deep Sea Devs podcast
        """)
    mid = "<CAG2m8Kp1xQ7rT0vZ9sW3yN6uF4bE5aD2cH8jL1@mail.gmail.com>"
    hs = head(addr("Kasper Lund", "kasper@deepseadevs.example"), "You're booked! Deep Sea Devs ep. 87",
              "2026-11-11 21:03", mid,
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", zone=CPH)
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(35), family="admission_interview", lang="de", interview=False, company=None,
      note="University admission interview for a part-time master's programme, fixed time 'Mittwoch, "
           "04.11.2026, 16:40 Uhr' - selection interview for a study place, not a job",
      days=(("Wed", "2026-11-04"),))
def m35():
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        „Maritime Informatik (M.Sc.)“ zum Sommersemester 2027.

        Wir laden Sie hiermit zum Auswahlgespräch ein:

        Mittwoch, 04.11.2026, 16:40 Uhr (Dauer 20 Minuten)
        per Webex, Zugangsdaten folgen am Vortag

        Die Auswahlkommission besteht aus Prof. Dr. Heike Brandt und Prof. Dr. Ove Jürgensen.

        Mit freundlichen Grüßen
        Studierendenservice / Zulassung
        Fachhochschule Nordmark
        """)
    mid = "<zul-2027-ss-mi-0481.20261026@fh-nordmark.example>"
    hs = head(addr("Zulassung FH Nordmark", "zulassung@fh-nordmark.example"),
              "Einladung zum Auswahlgespräch – Master Maritime Informatik", "2026-10-26 13:05", mid,
              "from mail.fh-nordmark.example (mail.fh-nordmark.example [141.83.150.10])")
    return message(hs, text(body, cte="base64"))


@mail(N(36), family="sports_tryout", lang="de", interview=False, company=None,
      note="Sailing club try-out for the league crew, 'Samstag, 12.09., 10 Uhr' - a sports try-out, "
           "not a job interview",
      days=(("Sat", "2026-09-12"),))
def m36():
    body = t("""
        Moin Finn,

        cool, dass du Lust auf die Liga-Crew hast! Dann komm am Samstag, 12.09., um 10 Uhr zum
        Probesegeln an den Steg B. Wir gehen mit der J/70 raus, Wind sieht gut aus (3–4 Bft).
        Ölzeug haben wir, Segelschuhe bitte selbst mitbringen. Danach gibt's Fischbrötchen.

        Mast- und Schotbruch
        Tjorven
        (Obfrau Segelliga, TSV Friedrichsort v. 1921 e.V.)

        Gesendet mit der WEB.DE Mail App
        """)
    mid = "<trinity-4c1d2e3f-5a6b-7c8d-9e0f-1a2b3c4d5e6f-1756971223456@msvc-mesg-web003>"
    hs = head(addr("Tjorven Lassen", "tjorven.lassen@example.net"), "Probesegeln Liga-Crew",
              "2026-09-06 20:12", mid,
              "from mout.web.de (mout.web.de [212.227.15.3])")
    return message(hs, text(body, cte="quoted-printable"))


@mail(N(37), family="car_service", lang="de", interview=False, company=None,
      note="Car workshop appointment confirmation with ICS ('Mo., 30.11.2026, 07:30 Uhr') - fixed time, "
           "not an interview",
      days=(("Mon", "2026-11-30"),))
def m37():
    body = t("""
        Guten Tag Herr Petersen,

        hiermit bestätigen wir Ihren Werkstatttermin:

        Fahrzeug:   VW Golf Variant, KI-FP 412
        Leistung:   Inspektion + Wechsel auf Winterreifen (eingelagert)
        Termin:     Mo., 30.11.2026, 07:30 Uhr (Fahrzeugannahme)
        Abholung:   voraussichtlich ab 16:00 Uhr

        Einen Kalendereintrag finden Sie im Anhang.

        Ihr Serviceteam
        Autohaus Düsternbrook GmbH · Projensdorfer Str. 190 · 24106 Kiel
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Autohaus Duesternbrook//Terminplaner//DE
        METHOD:PUBLISH
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:werkstatt-20261130-0730-kifp412@autohaus-duesternbrook.example
        DTSTAMP:20261123101500Z
        DTSTART;TZID=Europe/Berlin:20261130T073000
        DTEND;TZID=Europe/Berlin:20261130T080000
        SUMMARY:Werkstatttermin Autohaus Düsternbrook (Inspektion + Räderwechsel)
        LOCATION:Projensdorfer Str. 190\\, 24106 Kiel
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<termin.88412.20261123111500@autohaus-duesternbrook.example>"
    hs = head(addr("Autohaus Düsternbrook Service", "service@autohaus-duesternbrook.example"),
              "Terminbestätigung Werkstatt – 30.11.2026", "2026-11-23 11:15", mid,
              "from smtp.autohaus-duesternbrook.example (smtp.autohaus-duesternbrook.example [80.150.6.143])")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="Werkstatttermin.ics",
                                                  disposition="attachment", cte="base64")))


@mail(N(38), family="tax_advisor", lang="de", interview=False, company=None,
      note="Tax advisory appointment ('Donnerstag, den 17.09.2026, um 08:00 Uhr') - fixed time, not an "
           "interview",
      days=(("Thu", "2026-09-17"),))
def m38():
    body = t("""
        Sehr geehrter Herr Petersen,

        gern bestätigen wir Ihnen den Besprechungstermin zu Ihrer Einkommensteuererklärung 2025
        (Werbungskosten Bewerbungen, Fahrten zu Vorstellungsgesprächen, doppelte Haushaltsführung):

        Donnerstag, den 17.09.2026, um 08:00 Uhr
        in unserer Kanzlei, Holtenauer Straße 112, 24105 Kiel

        Bitte bringen Sie die Belege zu Ihren Bewerbungskosten mit.

        Mit freundlichen Grüßen
        i. A. Sabine Möller
        Hinrichs & Partner Steuerberatungsgesellschaft mbB
        """)
    mid = "<000c01dc2f1a$7e8f9a00$7b8cbe00$@hinrichs-partner.example>"
    hs = head(addr("Sabine Möller", "s.moeller@hinrichs-partner.example"),
              "Terminbestätigung 17.09.2026 – ESt 2025", "2026-09-10 15:47", mid,
              "from mail.hinrichs-partner.example (mail.hinrichs-partner.example [81.169.145.92])",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, "iso-8859-1", cte="quoted-printable"))


@mail(N(39), family="mock_interview", lang="de", interview=False, company=None,
      note="Career coach confirms a booked mock interview ('Probe-Vorstellungsgespräch', Mo., 7.12., "
           "18:00 Uhr) - coaching, not a job interview",
      days=(("Mon", "2026-12-07"),))
def m39():
    body = t("""
        Hi Finn,

        deine Buchung ist bestätigt:

        Paket: Interview-Training „Tech-Interview“ (Mock Interview mit Feedback, 90 Min.)
        Termin: Mo., 7.12., 18:00 Uhr
        Ort: online per Zoom – https://us06web.zoom.us/j/88201934477

        Ich spiele dabei die Hiring Managerin eines Hamburger Reedereisoftware-Hauses, du bekommst
        danach schriftliches Feedback. Schick mir bis Freitag gern die Stellenanzeige, auf die du
        dich gerade vorbereitest.

        Bis dahin!
        Swantje Meyer
        Karrierecoaching Möwe · Kiel
        """)
    hbody = gmail_html(body)
    mid = "<20261201094112.3a2b1c@karrierecoaching-moewe.example>"
    hs = head(addr("Swantje Meyer | Karrierecoaching Möwe", "swantje@karrierecoaching-moewe.example"),
              "Buchungsbestätigung: Mock Interview am 7.12.", "2026-12-01 09:41", mid,
              "from smtp.karrierecoaching-moewe.example (smtp.karrierecoaching-moewe.example [85.13.150.22])")
    return message(hs, alt(text(body), html(hbody)))


@mail(N(40), family="flat_viewing", lang="de", interview=False, company=None,
      note="Hamburg flat viewing confirmed for 'Samstag, 24.10., 11:30 Uhr' - a fixed appointment, not "
           "an interview",
      days=(("Sat", "2026-10-24"),))
def m40():
    body = t("""
        Sehr geehrter Herr Petersen,

        vielen Dank für Ihre Anfrage zur 2-Zimmer-Wohnung in der Bahrenfelder Straße (Ottensen).
        Gern bestätigen wir Ihnen einen Besichtigungstermin am Samstag, 24.10., um 11:30 Uhr.
        Bitte bringen Sie eine Selbstauskunft, die letzten drei Gehaltsnachweise bzw. einen
        Arbeitsvertrag sowie eine Mietschuldenfreiheitsbescheinigung mit.

        Treffpunkt ist vor der Haustür (Nr. 141). Bei Verhinderung sagen Sie bitte kurz ab.

        Mit freundlichen Grüßen
        Jan Ohlendorf
        Elbufer Hausverwaltung GmbH
        """)
    mid = "<0f2e3d4c5b6a.20261019.elbufer@elbufer-hv.example>"
    hs = head(addr("Elbufer Hausverwaltung", "vermietung@elbufer-hv.example"),
              "Besichtigungstermin Bahrenfelder Straße – Sa., 24.10.", "2026-10-19 12:30", mid,
              "from mail.elbufer-hv.example (mail.elbufer-hv.example [217.160.0.9])")
    return message(hs, text(body, "iso-8859-15", cte="8bit"))


@mail(N(41), family="interviewer_invite", lang="de", interview=False, company=None,
      note="Exchange invitation at Finn's CURRENT job (to his work address, forwarded): he is on the "
           "panel interviewing a candidate on Thu 19 Nov 14:00 - a job interview at a fixed time, but "
           "not his own",
      days=(("Thu", "2026-11-19"),))
def m41():
    body = t("""
        Hi Finn,

        kannst du beim Interview mit Lea Schmidt (Werkstudentin Backend) den technischen Teil
        übernehmen? Lebenslauf und Bewertungsbogen liegen im Recruiting-Ordner auf SharePoint.
        Donnerstag, 19.11., 14:00–15:00 Uhr, Raum „Leuchtturm“.

        Danke dir!
        Sandra

        Sandra Wiese | People & Culture | Baltic Datalink GmbH
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sandra Wiese:mailto:s.wiese@balticdatalink.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Finn Petersen:mailto:finn.petersen@example.net
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lea Schmidt:mailto:lea.schmidt@example.com
        UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC0100000000000000001000000011223344556677889900AABBCCDDEEFF
        SUMMARY;LANGUAGE=de-DE:Interview Lea Schmidt – Werkstudentin Backend
        DTSTART;TZID=W. Europe Standard Time:20261119T140000
        DTEND;TZID=W. Europe Standard Time:20261119T150000
        DTSTAMP:20261113094400Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Raum Leuchtturm
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<VI1P190MB0412A1B2C3D4E5F6@VI1P190MB0412.EURP190.PROD.OUTLOOK.COM>"
    hs = head(addr("Sandra Wiese", "s.wiese@balticdatalink.example"),
              "Interview Lea Schmidt – Werkstudentin Backend", "2026-11-13 10:44", mid,
              "from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2071.outbound.protection.outlook.com [40.107.21.71])",
              to=addr("Finn Petersen", "finn.petersen@example.net"),
              extra=(("X-Forwarded-To", ME), ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(42), family="forwarded_other", lang="de", interview=False, company=None,
      note="Cousin forwards HIS OWN interview invitation ('Montag, 23.11.2026 um 10:00 Uhr', Holstenwerke) "
           "asking for tips - a confirmed interview, but not Finn's",
      days=(("Mon", "2026-11-23"),))
def m42():
    body = t("""
        Moin Finn,

        guck mal, es hat geklappt!! Erstes richtiges Vorstellungsgespräch seit dem Studium 😅 Du
        hast doch letztens so viele gehabt – hast du Tipps, was die bei so einer IT-Stelle fragen?
        Ruf mich gern am Wochenende an.

        Gruß Mats

        ---------- Weitergeleitete Nachricht ---------
        Von: Holstenwerke Energie GmbH <karriere@holstenwerke.example>
        Datum: Di., 17. Nov. 2026 um 14:03 Uhr
        Betreff: Einladung zum Vorstellungsgespräch – IT-Systemadministrator (m/w/d)
        An: <mats.petersen@example.com>

        Sehr geehrter Herr Petersen,

        wir freuen uns, Sie zu einem Vorstellungsgespräch einladen zu dürfen:

        Montag, 23.11.2026 um 10:00 Uhr
        Holstenwerke Energie GmbH, Kuhberg 40, 24534 Neumünster

        Bitte melden Sie sich am Empfang bei Frau Struve.

        Mit freundlichen Grüßen
        Ihr Personalteam der Holstenwerke
        """)
    mid = "<CAN7vLq2hX8pW1kR4tZ0yE6uJ3sA9dF5gB1cM7@mail.gmail.com>"
    hs = head(addr("Mats Petersen", "mats.petersen@example.com"),
              "Fwd: Einladung zum Vorstellungsgespräch – IT-Systemadministrator (m/w/d)", "2026-11-17 19:26",
              mid, "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(43), family="auto_reply", lang="de", interview=False, company="Deichwerk Digital",
      note="Out-of-office auto-reply from the Deichwerk hiring manager to Finn's mail (back on "
           "'Montag, 19.10.'); no appointment",
      days=(("Mon", "2026-10-19"),))
def m43():
    body = t("""
        Moin,

        ich bin bis einschließlich Freitag, 16.10., im Urlaub und ab Montag, 19.10., wieder erreichbar.
        Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
        people@deichwerk.io.

        I'm out of office until 16 October with limited access to email. For urgent matters please
        contact people@deichwerk.io.

        Jana Kruse
        Engineering Lead | Deichwerk Digital GmbH
        """)
    mid = "<autoreply.7e1f2a3b4c5d@deichwerk.io>"
    hs = head(addr("Jana Kruse", "jana.kruse@deichwerk.io"),
              "Automatische Antwort: Danke für das Gespräch am Freitag", "2026-10-10 09:02", mid,
              "from mail-gw.deichwerk.io (mail-gw.deichwerk.io [116.203.18.77])",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<CAF3k2x9Vb6n-FinnP8q3@mail.example.org>")))
    return message(hs, text(body, cte="quoted-printable"))


@mail(N(44), family="bounce", lang="en", interview=False, company=None,
      note="Postfix bounce of Finn's OWN confirmation mail ('bestätige ich gern den Termin am Donnerstag, "
           "3.12., um 10 Uhr') to a mistyped domain - undelivered, written by the candidate, not a "
           "confirmation from an employer",
      days=(("Thu", "2026-12-03"),))
def m44():
    from make import Part, raw_part

    report = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <k.voss@trave-navi.de>: Host or domain name not found. Name service error for
            name=trave-navi.de type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4G7H8J9K0L
        X-Postfix-Sender: rfc822; finn.petersen@example.org
        Arrival-Date: Fri, 27 Nov 2026 18:02:11 +0100 (CET)

        Final-Recipient: rfc822; k.voss@trave-navi.de
        Original-Recipient: rfc822;k.voss@trave-navi.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=trave-navi.de type=MX: Host not found, try again
        """)
    orig_body = t("""
        Hallo Frau Voß,

        vielen Dank für die Einladung zum Zweitgespräch. Hiermit bestätige ich gern den Termin am
        Donnerstag, 3.12., um 10 Uhr bei Ihnen in Lübeck.

        Viele Grüße
        Finn Petersen
        """)
    orig = message([
        ("From", TO_ME),
        ("To", addr("Katrin Voß", "k.voss@trave-navi.de")),
        ("Subject", enc("Re: Zweitgespräch Embedded Software Engineer")),
        ("Date", date("2026-11-27 18:02", BER)),
        ("Message-ID", "<CAF3k2x9Yk1p-FinnP0z4@mail.example.org>"),
    ], text(orig_body, cte="8bit"))
    rep = text(report, cte="7bit", params="")
    rep.headers.append(("Content-Description", "Notification"))
    dsn = raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status)
    ret = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig)
    body = mixed(rep, dsn, ret)
    body.headers[0] = ("Content-Type", body.headers[0][1].replace("multipart/mixed", "multipart/report")
                       + "; report-type=delivery-status")
    mid = "<20261127170215.1A2B3C4D5E@mail.example.org>"
    hs = [
        ("Return-Path", "<>"),
        ("Delivered-To", ME),
        ("Received", "by mail.example.org (Postfix)\r\n id 1A2B3C4D5E; Fri, 27 Nov 2026 18:02:15 +0100 (CET)"),
        ("From", "MAILER-DAEMON@mail.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-11-27 18:02", BER)),
        ("Message-ID", mid),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, body)


@mail(N(45), family="parent_teacher", lang="de", interview=False, company=None,
      note="School portal: parent-teacher meeting booked 'Do., 26.11.2026, 17:20–17:30 Uhr' - fixed "
           "time, not an interview",
      days=(("Thu", "2026-11-26"),))
def m45():
    body = t("""
        Guten Tag Finn Petersen,

        Ihr Termin für den Elternsprechtag wurde gebucht:

        Lehrkraft:  Frau Rehder (Klassenleitung 2b)
        Kind:       Ida Petersen
        Datum:      Do., 26.11.2026
        Uhrzeit:    17:20–17:30 Uhr
        Raum:       A 104

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet.

        Grundschule am Ravensberg – Elternportal
        Diese E-Mail wurde automatisch erzeugt.
        """)
    mid = "<sprechtag.2026.b2.1730@elternportal.gs-ravensberg.example>"
    hs = head(addr("Elternportal GS am Ravensberg", "noreply@elternportal.gs-ravensberg.example"),
              "Elternsprechtag: Ihr Termin bei Frau Rehder", "2026-11-16 20:05", mid,
              "from elternportal.gs-ravensberg.example (elternportal.gs-ravensberg.example [5.9.88.120])")
    return message(hs, text(body, cte="base64"))


@mail(N(46), family="team_event", lang="de", interview=False, company=None,
      note="Google Calendar invitation to the Christmas party at Finn's current employer, 'Fr. 11. Dez. "
           "2026 18:00 - 23:00 (MEZ)' - a team event, not an interview",
      days=(("Fri", "2026-12-11"),))
def m46():
    body = t("""
        Sandra Wiese hat Sie zu einer Veranstaltung eingeladen

        Weihnachtsfeier Baltic Datalink 🎄
        Wir kapern wieder den Raddampfer! Glühwein ab 18 Uhr, Essen ab 19 Uhr. +1 willkommen.

        Wann
        Freitag, 11. Dez. 2026 18:00 – 23:00 (Mitteleuropäische Normalzeit - Berlin)

        Wo
        Anleger Bahnhofskai, Kiel

        Einladung von Google Kalender
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        """) + VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261211T180000
        DTEND;TZID=Europe/Berlin:20261211T230000
        DTSTAMP:20261102140000Z
        ORGANIZER;CN=Sandra Wiese:mailto:s.wiese@balticdatalink.example
        UID:7h8j9k0l1m2n3b4v5c6x7y8z9a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=finn.petersen@example.org:mailto:finn.petersen@example.org
        SUMMARY:Weihnachtsfeier Baltic Datalink 🎄
        LOCATION:Anleger Bahnhofskai\\, Kiel
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    mid = "<calendar-3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7@google.com>"
    hs = head(addr("Sandra Wiese", "s.wiese@balticdatalink.example"),
              "Einladung: Weihnachtsfeier Baltic Datalink 🎄 @ Fr. 11. Dez. 2026 18:00 - 23:00 (MEZ) (finn.petersen@example.org)",
              "2026-11-02 15:00", mid,
              "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
              extra=(("Sender", "Google Kalender <calendar-notification@google.com>"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(N(47), family="webinar", lang="en", interview=False, company=None,
      note="Zoom webinar registration 'Acing the System Design Interview' on 'Oct 14, 2026 06:00 PM "
           "Amsterdam, Berlin' - a webinar about interviews, not an interview",
      days=(("Wed", "2026-10-14"),))
def m47():
    body = t("""
        Hi Finn,

        Thank you for registering for "Acing the System Design Interview - for maritime & logistics
        engineers".

        Please submit any questions to: events@shiptech-community.example

        Date Time: Oct 14, 2026 06:00 PM Amsterdam, Berlin, Rome, Stockholm, Vienna

        Join from PC, Mac, iPad, or Android:
        https://us02web.zoom.us/w/81733029914?tk=fp-reg-1a2b3c

        Passcode: 226644

        You can cancel your registration at any time.

        ShipTech Community e.V.
        """)
    mid = "<zoom.webinar.reg.81733029914.fp@zoom.us>"
    hs = head(addr("ShipTech Community", "no-reply@zoom.us"),
              "Acing the System Design Interview Confirmation", "2026-10-02 12:14", mid,
              "from zoom.us (mail-ord2.zoom.us [170.114.10.22])",
              extra=(("Reply-To", "events@shiptech-community.example"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(48), family="mailing_list", lang="de", interview=False, company=None,
      note="Local developer mailing list: meetup 'Di., 15.12., 19 Uhr' and a member describing his own "
           "interview experience - list mail, not an interview",
      days=(("Tue", "2026-12-15"),))
def m48():
    body = t("""
        Moin zusammen,

        kurze Erinnerung: Der Dezember-Stammtisch ist am Di., 15.12., ab 19 Uhr im Hafenkontor
        (Schwedenkai). Thema: "Rust auf dem ESP32 – Erfahrungen aus dem Segelboot".

        Und zu Piets Frage von letzter Woche: Ich hatte mein Vorstellungsgespräch bei einer
        Reederei-IT in Hamburg am Montag um 10 – die wollten tatsächlich Live-Coding in C++, also
        bereitet euch drauf vor.

        Gruß
        Ole

        --
        kiel-embedded mailing list
        kiel-embedded@lists.kiel-dev.example
        https://lists.kiel-dev.example/mailman/listinfo/kiel-embedded
        """)
    mid = "<87h6c2k1qx.fsf@ole-thinkpad.example>"
    hs = head(addr("Ole Jessen", "ole@kiel-dev.example"), "[kiel-embedded] Stammtisch Dezember + Interview-Erfahrung",
              "2026-12-08 22:41", mid,
              "from lists.kiel-dev.example (lists.kiel-dev.example [188.68.47.11])",
              to="kiel-embedded@lists.kiel-dev.example",
              extra=(("List-Id", "Kieler Embedded-Stammtisch <kiel-embedded.lists.kiel-dev.example>"),
                     ("List-Post", "<mailto:kiel-embedded@lists.kiel-dev.example>"),
                     ("Precedence", "list"),
                     ("Sender", "kiel-embedded-bounces@lists.kiel-dev.example")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(N(49), family="reconnect_later", lang="da", interview=False, company="Havbro",
      note="Danish recruiter after the 27 Oct interview: role paused, 'lad os tage en snak igen i "
           "januar' - no fixed time",
      days=(("Tue", "2026-10-27"),))
def m49():
    body = t("""
        Hej Finn,

        Tusind tak for en god samtale tirsdag den 27. oktober - både Søren og jeg var glade for at møde
        dig.

        Desværre har ledelsen besluttet at sætte stillingen på pause indtil budgettet for 2027 er
        på plads. Vi vil rigtig gerne holde kontakten: Lad os tage en snak igen efter nytår, så
        ringer jeg dig op i starten af januar.

        Glædelig jul, når vi kommer så langt!

        Venlig hilsen
        Mette Kjær
        Talent Partner | Havbro ApS | Aarhus
        """)
    mid = "<CAB9xW2kP7mQ1rS4tV0uY3zA6bC8dE5fG2hJ9@mail.gmail.com>"
    hs = head(addr("Mette Kjær", "mette.kjaer@havbro.dk"), "Stillingen som Software Engineer – status",
              "2026-11-06 14:20", mid,
              "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])", zone=CPH)
    return message(hs, alt(text(body, "iso-8859-1", cte="quoted-printable"),
                           html(gmail_html(body), "iso-8859-1", cte="quoted-printable")))


@mail(N(50), family="bank_advisor", lang="de", interview=False, company=None,
      note="Bank advisor appointment 'Mittwoch, 02.12.2026 um 16:30 Uhr' (Baufinanzierung) - fixed time, "
           "not an interview",
      days=(("Wed", "2026-12-02"),))
def m50():
    hbody = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Petersen,</p>
        <p>vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihnen gern Ihr persönliches Beratungsgespräch:</p>
        <p><b>Thema:</b> Baufinanzierung / Eigentumswohnung<br>
        <b>Termin:</b> Mittwoch, 02.12.2026 um 16:30 Uhr<br>
        <b>Berater:</b> Herr Thorben Sievert<br>
        <b>Ort:</b> Filiale Kiel-Holtenau, Prinz-Heinrich-Straße 12</p>
        <p>Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und einen Eigenkapitalnachweis mit.</p>
        <p>Freundliche Grüße<br>Ihre Fördebank Kiel eG</p>
        <p style="font-size:11px;color:#777">Dies ist eine automatisch versendete Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </body></html>
        """)
    mid = "<terminbuchung.4471902.20261124@foerdebank.example>"
    hs = head(addr("Fördebank Kiel eG", "terminbuchung@foerdebank.example"),
              "Bestätigung Ihres Beratungstermins am 02.12.2026", "2026-11-24 10:03", mid,
              "from mailout.foerdebank.example (mailout.foerdebank.example [193.17.243.40])")
    return message(hs, html(hbody, cte="base64"))
