"""blind289: a blind 50-mail held-out set, the inbox of Marie Lindemann, medical-technology sales
coordinator in Gera (Europe/Berlin), September to December 2026.

Written on 2026-11-26 by a helper session (Claude) that had not read the detector
(followupd/), its tests and fixtures, bench/detect.py, bench/fuzz.py, the other held-out mails or
sets: only make.py, make_blind.py, the held-out README's intro and conventions, and the dev corpus
README, labels and two dev mails. Every mail is one function below, written by hand; keys 1-23 are
positives (16 scheduled, 4 rescheduled, 3 cancelled), 24-50 the rest of a job-hunter's inbox. File
numbers are a fixed shuffle of the writing order (ORDER). The detector was never run on this set.

    python3 bench/heldout/make_blind.py blind289
"""

from __future__ import annotations

import random

import make
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
    mixed,
    multipart,
    raw_part,
    received,
    t,
    text,
)

SET = "blind289"
ORDER = random.Random(2890289).sample(range(1, 51), 50)


def N(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


ME = "marie.lindemann@example.com"
OLD = "m.lindemann@example.org"
MARIE = addr("Marie Lindemann", ME)
B = "Europe/Berlin"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, relay: str, to: str = MARIE,
         extra: tuple = (), charset: str = "utf-8", rcpt: str = ME) -> list[tuple[str, str]]:
    """Delivered-To, one Received, From/To/Subject/Date/Message-ID, then any extra headers."""
    return [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {relay} ({relay})", when, zone,
                              "mx01.mail.example.com with ESMTPS", rcpt)),
        ("From", frm), ("To", to), ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)), ("Message-ID", msgid), *extra,
    ]


def vtz(template: str, tzid: str) -> str:
    """A VTIMEZONE block of the same rules under another TZID (same offsets and change dates)."""
    return VTZ[template].replace(f"TZID:{template}", f"TZID:{tzid}").replace(
        f"X-LIC-LOCATION:{template}", f"X-LIC-LOCATION:{tzid}")


# =========================================================================== positives


@make.mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
           start="2026-09-16T08:00:00Z", end="2026-09-16T09:00:00Z",
           contact="katrin.wolf@orthoplan-medizintechnik.de", company="Orthoplan Medizintechnik GmbH",
           local="Wed 2026-09-16 10:00", local_end="2026-09-16 11:00", zone=B,
           note="Personio invitation (German, Sie) from the no-reply sender; 'Mittwoch, 16. September 2026, "
                "10:00 bis 11:00 Uhr' in Jena, CEST (UTC+2) -> 08:00Z-09:00Z; contact = human Reply-To")
def m01() -> bytes:
    body = t("""
        Guten Tag Frau Lindemann,

        vielen Dank für Ihre Bewerbung als Vertriebskoordinatorin (m/w/d) Medizintechnik und
        Ihr Interesse an der Orthoplan Medizintechnik GmbH.

        Wie telefonisch vereinbart, bestätigen wir Ihnen hiermit den Termin für Ihr
        Vorstellungsgespräch:

        Datum:        Mittwoch, 16. September 2026
        Uhrzeit:      10:00 bis 11:00 Uhr
        Ort:          Orthoplan Medizintechnik GmbH, Carl-Pulfrich-Straße 12, 07745 Jena
                      (Empfang Haus B, 2. OG)
        Gesprächspartner: Katrin Wolf (HR Business Partner), Dr. Uwe Seidel (Leitung Vertrieb)

        Parkplätze für Besucher finden Sie direkt vor Haus B. Bitte bringen Sie einen
        Lichtbildausweis mit.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese
        E-Mail.

        Mit freundlichen Grüßen

        Katrin Wolf
        HR Business Partner
        Orthoplan Medizintechnik GmbH

        --
        Diese E-Mail wurde über Personio versendet.
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Guten Tag Frau Lindemann,</p>
        <p>vielen Dank für Ihre Bewerbung als Vertriebskoordinatorin (m/w/d) Medizintechnik und Ihr
        Interesse an der Orthoplan Medizintechnik GmbH.</p>
        <p>Wie telefonisch vereinbart, bestätigen wir Ihnen hiermit den Termin für Ihr Vorstellungsgespräch:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Datum:</b></td><td>Mittwoch, 16. September 2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>10:00 bis 11:00 Uhr</td></tr>
        <tr><td><b>Ort:</b></td><td>Orthoplan Medizintechnik GmbH, Carl-Pulfrich-Straße 12, 07745 Jena<br>(Empfang Haus B, 2. OG)</td></tr>
        <tr><td><b>Gesprächspartner:</b></td><td>Katrin Wolf (HR Business Partner), Dr. Uwe Seidel (Leitung Vertrieb)</td></tr>
        </table>
        <p>Parkplätze für Besucher finden Sie direkt vor Haus B. Bitte bringen Sie einen Lichtbildausweis mit.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Katrin Wolf<br>HR Business Partner<br>Orthoplan Medizintechnik GmbH</p>
        <p style="font-size:11px;color:#8a94a6">Diese E-Mail wurde über Personio versendet.</p>
        </body></html>
        """)
    hs = head(addr("Orthoplan Medizintechnik GmbH", "no-reply@personio.de"),
              "Ihr Vorstellungsgespräch bei der Orthoplan Medizintechnik GmbH", "2026-09-10 14:12", B,
              "<0102019c3f2a7b1e-5d2c8a41-77f0-4b9e-a3c2-1f6e9d0b4c55-000000@eu-central-1.amazonses.com>",
              relay="a7-18.smtp-out.eu-central-1.amazonses.com",
              extra=(("Reply-To", addr("Katrin Wolf", "katrin.wolf@orthoplan-medizintechnik.de")),
                     ("X-Personio-Company", "orthoplan-medizintechnik")))
    return make.message(hs, alt(text(body), html(page)))


NORDVIK_VTZ = vtz("Europe/Berlin", "Europe/Copenhagen")


@make.mail(N(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
           start="2026-09-22T12:00:00Z", end="2026-09-22T12:45:00Z",
           contact="signe.holm@nordvikmedical.dk", company="Nordvik Medical ApS",
           local="Tue 2026-09-22 14:00", local_end="2026-09-22 14:45", zone="Europe/Copenhagen",
           note="Greenhouse confirmation from a Copenhagen employer: 'Tuesday, September 22, 2026, 2:00 PM - "
                "2:45 PM CEST (Copenhagen)', same offset as Gera, UTC+2 -> 12:00Z-12:45Z; invite.ics in "
                "Europe/Copenhagen agrees; contact = Reply-To and ORGANIZER recruiter")
def m02() -> bytes:
    body = t("""
        Hi Marie,

        Thank you for taking the time to speak with us! Your interview for the Sales
        Coordinator, DACH role at Nordvik Medical is confirmed. Please find the details below.

        Video interview with Signe Holm (Talent Acquisition Partner) and Mads Kjær (Head of
        Commercial Operations, DACH & Nordics)

        Tuesday, September 22, 2026
        2:00 PM - 2:45 PM CEST (Copenhagen)

        Join Microsoft Teams meeting:
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZjQ1YzMtNDk1Ni00ZGE3/0?context=nordvik

        The conversation will focus on your experience coordinating sales of medical devices
        to hospitals and distributors in Germany, and on how you work with field sales teams.
        No preparation is needed.

        If you need to reschedule, simply reply to this email.

        Best regards,
        Signe Holm
        Talent Acquisition Partner, Nordvik Medical ApS
        Lautrupvang 9, 2750 Ballerup, Denmark
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:1.5;color:#24292f;max-width:600px">
        <p>Hi Marie,</p>
        <p>Thank you for taking the time to speak with us! Your interview for the <strong>Sales Coordinator, DACH</strong>
        role at Nordvik Medical is confirmed. Please find the details below.</p>
        <div style="border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin:16px 0">
        <p style="margin:0 0 8px 0"><strong>Video interview</strong> with Signe Holm (Talent Acquisition Partner) and
        Mads Kjær (Head of Commercial Operations, DACH &amp; Nordics)</p>
        <p style="margin:0">Tuesday, September 22, 2026<br>2:00 PM - 2:45 PM CEST (Copenhagen)</p>
        <p style="margin:8px 0 0 0"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZjQ1YzMtNDk1Ni00ZGE3/0?context=nordvik">Join Microsoft Teams meeting</a></p>
        </div>
        <p>The conversation will focus on your experience coordinating sales of medical devices to hospitals and
        distributors in Germany, and on how you work with field sales teams. No preparation is needed.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Best regards,<br>Signe Holm<br>Talent Acquisition Partner, Nordvik Medical ApS<br>Lautrupvang 9, 2750 Ballerup, Denmark</p>
        </div>
        <img src="https://app.greenhouse.io/email_tracking/open/8c2f0a91d4.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{NORDVIK_VTZ}
BEGIN:VEVENT
UID:greenhouse-interview-49210377-nordvikmedical
DTSTAMP:20260915T073100Z
DTSTART;TZID=Europe/Copenhagen:20260922T140000
DTEND;TZID=Europe/Copenhagen:20260922T144500
SUMMARY:Interview: Marie Lindemann - Sales Coordinator, DACH (Nordvik Medical)
LOCATION:Microsoft Teams
DESCRIPTION:Video interview with Signe Holm and Mads Kjaer.\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE4ZjQ1YzMtNDk1Ni00ZGE3/0?context=nordvik
ORGANIZER;CN=Signe Holm:mailto:signe.holm@nordvikmedical.dk
ATTENDEE;CN=Marie Lindemann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marie.lindemann@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nordvik Medical", "no-reply@greenhouse.io"),
              "Interview Confirmation: Sales Coordinator, DACH at Nordvik Medical", "2026-09-15 09:31",
              "Europe/Copenhagen", "<6bf1c2e04a9d4f7a8e3b5c1d2a7f9e60@greenhouse.io>",
              relay="o4.email.greenhouse.io",
              extra=(("Reply-To", addr("Signe Holm", "signe.holm@nordvikmedical.dk")),))
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                           disposition="attachment", name_param=True)))


SAXOMED_TEAMS = t("""
    ________________________________________________________________________________
    Microsoft Teams-Besprechung
    Nehmen Sie auf dem Computer, in der mobilen App oder im Raumsystem teil.
    Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q5MzE2ZDAtYjM4Ny00/0?context=saxomed>
    Besprechungs-ID: 384 915 207 466
    Passcode: Vh7kQ2
    Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
    Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
    ________________________________________________________________________________
    """)


@make.mail(N(3), family="outlook_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-09-28T07:30:00Z", end="2026-09-28T08:30:00Z",
           contact="t.richter@saxomed.de", company="Saxomed Vertriebs GmbH",
           local="Mon 2026-09-28 09:30", local_end="2026-09-28 10:30", zone=B,
           note="Exchange meeting request (German Outlook) 'Montag, 28. September 2026 09:30-10:30 (UTC+01:00) "
                "Amsterdam, Berlin, ...': the display name shows the standard offset, but in September "
                "W. Europe Standard Time is CEST, UTC+2 -> 07:30Z-08:30Z; contact = ORGANIZER/sender")
def m03() -> bytes:
    body = t("""
        Wann: Montag, 28. September 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Lindemann,

        wie heute Vormittag am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu
        unserem Vorstellungsgespräch für die Position Vertriebskoordinatorin Innendienst
        (Standort Dresden, hybrid). Mit dabei ist Frau Anja Pohl aus der Personalabteilung.

        Ich freue mich auf unser Gespräch.

        Mit freundlichen Grüßen
        Thomas Richter
        Vertriebsleiter Klinik & Fachhandel
        Saxomed Vertriebs GmbH | Königsbrücker Straße 96 | 01099 Dresden
        Tel. +49 351 8473 210

        """) + SAXOMED_TEAMS
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Sehr geehrte Frau Lindemann,</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">wie heute Vormittag am Telefon besprochen, sende ich Ihnen hiermit die Einladung zu unserem
        Vorstellungsgespräch für die Position Vertriebskoordinatorin Innendienst (Standort Dresden, hybrid).
        Mit dabei ist Frau Anja Pohl aus der Personalabteilung.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Ich freue mich auf unser Gespräch.</p>
        <p class="MsoNormal">&nbsp;</p>
        <p class="MsoNormal">Mit freundlichen Grüßen<br>Thomas Richter<br>Vertriebsleiter Klinik &amp; Fachhandel<br>
        Saxomed Vertriebs GmbH | Königsbrücker Straße 96 | 01099 Dresden<br>Tel. +49 351 8473 210</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px;overflow:hidden"><span style="font-size:24px;font-weight:700;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div><span style="font-size:14px;color:#252424">Nehmen Sie auf dem Computer, in der mobilen App oder im Raumsystem teil.</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q5MzE2ZDAtYjM4Ny00/0?context=saxomed">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div><span style="color:#616161">Besprechungs-ID: </span>384 915 207 466<br><span style="color:#616161">Passcode: </span>Vh7kQ2</div>
        </div>
        </body></html>
        """)
    desc = ("Sehr geehrte Frau Lindemann,\\n\\nwie heute Vormittag am Telefon besprochen\\, sende ich Ihnen "
            "hiermit die Einladung zu unserem Vorstellungsgespräch.\\n\\nMit freundlichen Grüßen\\nThomas Richter")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Thomas Richter:mailto:t.richter@saxomed.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marie Lindemann:mailto:marie.lindemann@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Anja Pohl:mailto:a.pohl@saxomed.de
DESCRIPTION;LANGUAGE=de-DE:{desc}
UID:040000008200E00074C5B7101A82E00800000000B06F3C1D8E4DDC01000000000000000010000000A1C94E22D5E37B4C9E1D0F6A77B2C3D4
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Vertriebskoordination – Marie Lindemann
DTSTART;TZID=W. Europe Standard Time:20260928T093000
DTEND;TZID=W. Europe Standard Time:20260928T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260922T140512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121487362
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Richter, Thomas", "t.richter@saxomed.de"),
              "Vorstellungsgespräch Vertriebskoordination – Marie Lindemann", "2026-09-22 16:05", B,
              "<FR3P281MB1547A2C0D9E64B1F8C7A0B3DE9A42@FR3P281MB1547.DEUP281.PROD.OUTLOOK.COM>",
              relay="mail-fr2deu01on2110.outbound.protection.outlook.com",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Vertriebskoordination – Marie Lindemann")),
                     ("Thread-Index", "AdtK3f2Qm8Zr1pYgT0+cbn7QEx4w6A=="),
                     ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return make.message(hs, alt(text(body), html(page),
                                calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(4), family="human_prose", lang="de", interview=True, kind="scheduled",
           start="2026-10-08T13:00:00Z", end=None,
           contact="jonas@kardiolux.de", company="Kardiolux GmbH",
           local="Thu 2026-10-08 15:00", zone=B,
           note="Startup founder (Du) on top of Marie's quoted reply: 'dann machen wir's fix: Donnerstag um 15 Uhr "
                "bei uns im Büro'; Date is Mon 5 Oct (CEST), so Thursday = 8 Oct 15:00 CEST -> 13:00Z; "
                "'so ungefähr eine Stunde' is approximate, end null")
def m04() -> bytes:
    body = t("""
        Hi Marie,

        super, dann machen wir's fix: Donnerstag um 15 Uhr bei uns im Büro in der
        Spinnerei (Halle 14, 2. Stock, Klingel "Kardiolux"). Mit dabei sind Vanessa aus dem
        Vertrieb und ich. Plan mal so ungefähr eine Stunde ein, danach zeig ich dir gern noch
        kurz unser Labor.

        Parken geht am besten direkt auf dem Spinnereigelände, die Straßenbahn 14 hält auch
        fast vor der Tür.

        Bis Donnerstag!
        Jonas

        --
        Jonas Brückner
        Co-Founder & CEO | Kardiolux GmbH
        Spinnereistraße 7, 04179 Leipzig
        +49 341 2290 4471

        Am Mo., 5. Okt. 2026 um 09:12 Uhr schrieb Marie Lindemann <marie.lindemann@example.com>:
        > Hallo Jonas,
        >
        > danke für deine schnelle Rückmeldung! Donnerstagnachmittag würde bei mir gut
        > gehen, ab 14 Uhr bin ich flexibel. Ich würde mit dem Zug nach Leipzig kommen.
        >
        > Viele Grüße
        > Marie
        >
        > Am Fr., 2. Okt. 2026 um 17:40 Uhr schrieb Jonas Brückner <jonas@kardiolux.de>:
        >> Hallo Marie,
        >>
        >> danke für deine Bewerbung, dein Profil passt richtig gut zu dem, was wir suchen.
        >> Hättest du nächste Woche Lust, uns in Leipzig zu besuchen? Sag gern, welcher Tag
        >> dir passt.
        >>
        >> Jonas
        """)
    hs = head(addr("Jonas Brückner", "jonas@kardiolux.de"), "Re: Bewerbung Vertrieb / Sales Coordination",
              "2026-10-05 11:47", B, "<CAH8+Lq2nVbX0mT7wRk5oY1zC3f9eJd4sP6aU0hG2QyK8iNw@mail.gmail.com>",
              relay="mail-wm1-f52.google.com",
              extra=(("In-Reply-To", "<CAB1x7Zt3pQmW9eL0uJv2cN8rF5hY4kD6sG1aO7bT3iR@mail.gmail.com>"),
                     ("References", "<CAJr5n0Wq1Xb8Lk3Mz7Pv9Yc2Td4Fg6Sh0Ua1Ie5Ro8Nw@mail.gmail.com>\r\n"
                                    " <CAB1x7Zt3pQmW9eL0uJv2cN8rF5hY4kD6sG1aO7bT3iR@mail.gmail.com>")))
    return make.message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@make.mail(N(5), family="workday", lang="en", interview=True, kind="scheduled",
           start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
           contact="megan.lutz@hollissurgical.com", company="Hollis Surgical Inc.",
           local="Thu 2026-10-29 09:00", local_end="2026-10-29 10:00", zone="America/Chicago",
           note="Workday interview confirmation from a Minneapolis employer: 'Thursday, October 29, 2026 9:00 AM - "
                "10:00 AM (CDT)'. Europe went back to CET on 25 Oct, US Central stays on CDT (UTC-5) until "
                "1 Nov -> 14:00Z-15:00Z (15:00 in Gera); ICS in America/Chicago agrees; ORGANIZER is the "
                "Workday mailbox, so contact = coordinator address in the body")
def m05() -> bytes:
    body = t("""
        Hello Marie,

        We are pleased to confirm your interview for the position of Sales Operations
        Coordinator - DACH (R-20417) at Hollis Surgical.

        Interview Details
        Date: Thursday, October 29, 2026
        Time: 9:00 AM - 10:00 AM (CDT) Central Time
        Format: Video interview (Microsoft Teams - link in the attached calendar invitation)
        Interviewer(s): Dana Whitaker, Director, International Sales Operations
                        Florian Maurer, Country Manager Germany

        Please note that the time above is US Central Time. Europe ends daylight saving time a
        week before the United States, so please double-check the time in your own calendar.

        If you have any questions or need to make a change, please contact your recruiting
        coordinator, Megan Lutz, at megan.lutz@hollissurgical.com.

        We look forward to speaking with you.

        Hollis Surgical Talent Acquisition

        This email was sent from an unmonitored mailbox. Please do not reply.
        """)
    page = t("""
        <html><body style="margin:0;padding:0;background:#f2f2f2">
        <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" border="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <p>Hello Marie,</p>
        <p>We are pleased to confirm your interview for the position of <b>Sales Operations Coordinator - DACH (R-20417)</b> at Hollis Surgical.</p>
        <p><b>Interview Details</b><br>
        Date: Thursday, October 29, 2026<br>
        Time: 9:00 AM - 10:00 AM (CDT) Central Time<br>
        Format: Video interview (Microsoft Teams - link in the attached calendar invitation)<br>
        Interviewer(s): Dana Whitaker, Director, International Sales Operations; Florian Maurer, Country Manager Germany</p>
        <p>Please note that the time above is US Central Time. Europe ends daylight saving time a week before the United States, so please double-check the time in your own calendar.</p>
        <p>If you have any questions or need to make a change, please contact your recruiting coordinator, Megan Lutz, at
        <a href="mailto:megan.lutz@hollissurgical.com">megan.lutz@hollissurgical.com</a>.</p>
        <p>We look forward to speaking with you.</p>
        <p>Hollis Surgical Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview//EN
METHOD:REQUEST
{VTZ["America/Chicago"]}
BEGIN:VEVENT
UID:WD-INT-8f31c0d7a2e94b61-20261029
DTSTAMP:20261021T131500Z
DTSTART;TZID=America/Chicago:20261029T090000
DTEND;TZID=America/Chicago:20261029T100000
SUMMARY:Interview - Sales Operations Coordinator - DACH (R-20417)
LOCATION:Microsoft Teams
DESCRIPTION:Join Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_hollis_R20417/0
ORGANIZER;CN=Hollis Surgical:mailto:hollissurgical@myworkday.com
ATTENDEE;CN=Marie Lindemann;RSVP=TRUE:mailto:marie.lindemann@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Hollis Surgical", "hollissurgical@myworkday.com"),
              "Interview Confirmation - Sales Operations Coordinator - DACH", "2026-10-21 08:15",
              "America/Chicago", "<1658872391.40217.1792588500311@wd5-prod-ale-notif-07>",
              relay="mx-out-07.myworkday.com")
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, method="REQUEST", cte="7bit", filename="Interview.ics",
                                           disposition="attachment")))


@make.mail(N(6), family="calendly", lang="en", interview=True, kind="scheduled",
           start="2026-10-27T09:00:00Z", end="2026-10-27T09:30:00Z",
           contact="lea.sommer@brightwell-dx.com", company="Brightwell Diagnostics GmbH",
           local="Tue 2026-10-27 10:00", local_end="2026-10-27 10:30", zone=B,
           note="Calendly invitee confirmation, booked by Marie on Thu 22 Oct (CEST); '10:00 - 10:30, Tuesday, "
                "October 27, 2026 (Central European Time)' is after the 25 Oct change, so CET UTC+1 -> "
                "09:00Z-09:30Z; ICS in UTC agrees; contact = Reply-To (the hiring manager)")
def m06() -> bytes:
    body = t("""
        Hi Marie Lindemann,

        A new event has been scheduled.

        Event Type:
        Interview - Sales Coordinator (30 min)

        Invitee:
        Marie Lindemann

        Invitee Email:
        marie.lindemann@example.com

        Event Date/Time:
        10:00 - 10:30, Tuesday, October 27, 2026 (Central European Time)

        Location:
        This is a Google Meet web conference.
        https://meet.google.com/ryk-hqtd-pmw

        Host:
        Lea Sommer, Head of Sales DACH, Brightwell Diagnostics GmbH

        Questions:
        Please share anything that will help prepare for our meeting.
        I'm currently working as a sales coordinator for a medical supplies distributor in
        Gera and would love to learn more about the role.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/5d0e2b7c-8a41-4f3e-9c22-0b7f1a6e93d4
        Reschedule: https://calendly.com/reschedulings/5d0e2b7c-8a41-4f3e-9c22-0b7f1a6e93d4

        Powered by Calendly.com
        """)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Invitee//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:5d0e2b7c-8a41-4f3e-9c22-0b7f1a6e93d4@calendly.com
DTSTAMP:20261022T154006Z
DTSTART:20261027T090000Z
DTEND:20261027T093000Z
SUMMARY:Interview - Sales Coordinator (30 min) between Lea Sommer and Marie Lindemann
LOCATION:https://meet.google.com/ryk-hqtd-pmw
ORGANIZER;CN=Lea Sommer:mailto:lea.sommer@brightwell-dx.com
ATTENDEE;CN=Marie Lindemann;PARTSTAT=ACCEPTED:mailto:marie.lindemann@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Interview - Sales Coordinator (30 min) with Lea Sommer on Tuesday, October 27, 2026",
              "2026-10-22 17:40", B, "<calendly.invitee.5d0e2b7c8a414f3e@calendly.com>",
              relay="o1.ptr4410.calendly.com",
              extra=(("Reply-To", addr("Lea Sommer", "lea.sommer@brightwell-dx.com")),))
    return make.message(hs, mixed(text(body, cte="7bit"),
                                  calendar(ics, method="REQUEST", cte="7bit", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(7), family="teamtailor", lang="de", interview=True, kind="scheduled",
           start="2026-11-02T12:30:00Z", end="2026-11-02T13:30:00Z",
           contact="nadine.keller@alpenmed.ch", company="Alpenmed AG",
           local="Mon 2026-11-02 13:30", local_end="2026-11-02 14:30", zone="Europe/Zurich",
           note="Teamtailor interview invitation from a Zurich employer (Swiss German, Sie, no sharp s): "
                "'Montag, 2. November 2026, 13:30-14:30 Uhr (MEZ)', Zurich in CET UTC+1 -> 12:30Z-13:30Z; "
                "ICS in Europe/Zurich agrees; sender is a Teamtailor relay, contact = recruiter address in "
                "the signature (also ORGANIZER)")
def m07() -> bytes:
    body = t("""
        Guten Tag Frau Lindemann

        Besten Dank für das angenehme Telefonat von letzter Woche. Gerne laden wir Sie zu
        einem persönlichen Gespräch ein:

        Interview: Sales Coordinator Medizintechnik (80-100 %)
        Wann: Montag, 2. November 2026, 13:30-14:30 Uhr (MEZ)
        Wo: Alpenmed AG, Hardturmstrasse 161, 8005 Zürich, Empfang 3. Stock
        Teilnehmende: Nadine Keller (HR), Reto Brunner (Head of Sales Operations)

        Sollten Sie lieber per Video teilnehmen, geben Sie uns bitte kurz Bescheid.
        Die Kalendereinladung finden Sie im Anhang.

        Freundliche Grüsse

        Nadine Keller
        HR Business Partner
        Alpenmed AG
        nadine.keller@alpenmed.ch | +41 44 512 37 80
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1a1a1a;font-size:15px">
        <div style="max-width:560px;margin:0 auto;padding:24px">
        <p>Guten Tag Frau Lindemann</p>
        <p>Besten Dank für das angenehme Telefonat von letzter Woche. Gerne laden wir Sie zu einem persönlichen Gespräch ein:</p>
        <div style="background:#f4f6f8;border-radius:8px;padding:16px">
        <p style="margin:0"><strong>Interview: Sales Coordinator Medizintechnik (80-100 %)</strong></p>
        <p style="margin:4px 0">Wann: Montag, 2. November 2026, 13:30-14:30 Uhr (MEZ)</p>
        <p style="margin:4px 0">Wo: Alpenmed AG, Hardturmstrasse 161, 8005 Zürich, Empfang 3. Stock</p>
        <p style="margin:4px 0">Teilnehmende: Nadine Keller (HR), Reto Brunner (Head of Sales Operations)</p>
        </div>
        <p>Sollten Sie lieber per Video teilnehmen, geben Sie uns bitte kurz Bescheid. Die Kalendereinladung finden Sie im Anhang.</p>
        <p>Freundliche Grüsse</p>
        <p>Nadine Keller<br>HR Business Partner<br>Alpenmed AG<br>
        <a href="mailto:nadine.keller@alpenmed.ch">nadine.keller@alpenmed.ch</a> | +41 44 512 37 80</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//DE
METHOD:REQUEST
{vtz("Europe/Berlin", "Europe/Zurich")}
BEGIN:VEVENT
UID:tt-interview-2296514@teamtailor.com
DTSTAMP:20261027T090200Z
DTSTART;TZID=Europe/Zurich:20261102T133000
DTEND;TZID=Europe/Zurich:20261102T143000
SUMMARY:Interview Alpenmed AG – Marie Lindemann
LOCATION:Alpenmed AG\\, Hardturmstrasse 161\\, 8005 Zürich
ORGANIZER;CN=Nadine Keller:mailto:nadine.keller@alpenmed.ch
ATTENDEE;CN=Marie Lindemann;RSVP=TRUE:mailto:marie.lindemann@example.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nadine Keller (Alpenmed AG)", "c-2296514+nadine.keller@teamtailor-mail.com"),
              "Einladung zum Interview – Sales Coordinator Medizintechnik", "2026-10-27 10:02",
              "Europe/Zurich", "<8c1b7e52-3f0a-4d6e-a9b4-5e2c71d0f836@teamtailor-mail.com>",
              relay="mail-out-12.teamtailor-mail.com")
    return make.message(hs, mixed(alt(text(body), html(page)),
                                  calendar(ics, method="REQUEST", cte="base64", filename="interview.ics",
                                           disposition="attachment")))


@make.mail(N(8), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
           start="2026-11-12T09:00:00Z", end="2026-11-12T10:00:00Z",
           contact="sabine.gruber@donautec.at", company="Donautec Medizinprodukte GmbH",
           local="Thu 2026-11-12 10:00", local_end="2026-11-12 11:00", zone="Europe/Vienna",
           note="SmartRecruiters confirmation, HTML only in base64, Austrian German: 'Donnerstag, 12. November "
                "2026, 10:00 - 11:00 Uhr' in Linz, CET UTC+1 -> 09:00Z-10:00Z; contact = human Reply-To")
def m08() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html><head><meta charset="UTF-8"><title>Interviewbestätigung</title></head>
        <body style="background:#f7f7f7;margin:0">
        <table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center" style="padding:24px 0">
        <table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <tr><td style="padding:24px;border-bottom:3px solid #0a6e8a"><b style="font-size:18px">Donautec Medizinprodukte GmbH</b></td></tr>
        <tr><td style="padding:24px">
        <p>Sehr geehrte Frau Lindemann,</p>
        <p>herzlichen Dank für Ihr Interesse an der Position <b>Vertriebskoordinatorin / Sales Coordinator (w/m/d)</b>.
        Wir freuen uns, Ihnen den folgenden Interviewtermin zu bestätigen:</p>
        <table cellpadding="6" style="border:1px solid #e3e3e3;width:100%">
        <tr><td width="140" style="color:#777">Datum</td><td>Donnerstag, 12. November 2026</td></tr>
        <tr><td style="color:#777">Uhrzeit</td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td style="color:#777">Art</td><td>Videointerview (Microsoft Teams)</td></tr>
        <tr><td style="color:#777">Gesprächspartner</td><td>Mag. Sabine Gruber (Recruiting), Ing. Markus Leitner (Vertriebsleitung D-A-CH)</td></tr>
        </table>
        <p>Den Link zur Teams-Besprechung erhalten Sie am Vortag gesondert.</p>
        <p>Falls Sie Fragen haben oder der Termin nicht passt, antworten Sie bitte auf diese Nachricht.</p>
        <p>Mit freundlichen Grüßen<br>Mag. Sabine Gruber<br>Recruiting &amp; Employer Branding<br>
        Donautec Medizinprodukte GmbH, Industriezeile 54, 4020 Linz</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-size:11px;color:#999">Gesendet über SmartRecruiters</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Donautec Medizinprodukte GmbH", "noreply@smartrecruiters.com"),
              "Interviewbestätigung: Vertriebskoordinatorin / Sales Coordinator (w/m/d)",
              "2026-11-05 09:20", "Europe/Vienna", "<b47e0f5c.7c2d.4a19.8e1f.sr-mail-2f60c3a9d1@smartrecruiters.com>",
              relay="mta-38.smartrecruiters.com",
              extra=(("Reply-To", addr("Sabine Gruber", "sabine.gruber@donautec.at")),))
    return make.message(hs, html(page, cte="base64"))


@make.mail(N(9), family="google_calendar", lang="de", interview=True, kind="scheduled",
           start="2026-11-17T13:00:00Z", end="2026-11-17T14:00:00Z",
           contact="lukas.hofmann@frankenmed.de", company="Frankenmed Systems GmbH",
           local="Tue 2026-11-17 14:00", local_end="2026-11-17 15:00", zone=B,
           note="Google Calendar invitation, German UI: 'Di. 17. Nov. 2026 14:00 - 15:00 (MEZ)', CET UTC+1 -> "
                "13:00Z-14:00Z; ICS in Europe/Berlin agrees; contact = ORGANIZER / Reply-To (HR at the employer)")
def m09() -> bytes:
    subj = ("Einladung: Vorstellungsgespräch Marie Lindemann – Vertriebskoordination @ Di. 17. Nov. 2026 "
            "14:00 - 15:00 (MEZ) (marie.lindemann@example.com)")
    body = t("""
        Sie wurden zu folgendem Termin eingeladen.

        Vorstellungsgespräch Marie Lindemann – Vertriebskoordination
        Dienstag, 17. November 2026 ⋅ 14:00 – 15:00
        Zeitzone: Europe/Berlin
        Ort: Frankenmed Systems GmbH, Am Wetterkreuz 19, 91058 Erlangen, Besprechungsraum "Regnitz"

        Liebe Frau Lindemann,
        wir freuen uns auf das Kennenlernen bei uns in Erlangen! Bitte melden Sie sich am
        Empfang, ich hole Sie dort ab.
        Viele Grüße, Lukas Hofmann (Talent Acquisition)

        Gäste
        Lukas Hofmann – Organisator
        Birgit Scholz
        marie.lindemann@example.com

        Antworten für marie.lindemann@example.com

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind. Wenn Sie "Nein" wählen,
        wird der Organisator benachrichtigt und der Termin aus Ihrem Kalender entfernt.
        Weitere Informationen: https://support.google.com/calendar/answer/37135#forwarding
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head><body>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
        <p>Sie wurden zu folgendem Termin eingeladen.</p>
        <h2 style="font-weight:400;font-size:20px;color:#202124">Vorstellungsgespräch Marie Lindemann – Vertriebskoordination</h2>
        <table cellpadding="2">
        <tr><td style="color:#70757a">Wann</td><td>Dienstag, 17. November 2026 ⋅ 14:00 – 15:00 (Mitteleuropäische Normalzeit - Berlin)</td></tr>
        <tr><td style="color:#70757a">Ort</td><td>Frankenmed Systems GmbH, Am Wetterkreuz 19, 91058 Erlangen, Besprechungsraum "Regnitz"</td></tr>
        <tr><td style="color:#70757a">Gäste</td><td>Lukas Hofmann – Organisator<br>Birgit Scholz<br>marie.lindemann@example.com</td></tr>
        </table>
        <p>Liebe Frau Lindemann,<br>wir freuen uns auf das Kennenlernen bei uns in Erlangen! Bitte melden Sie sich am Empfang, ich hole Sie dort ab.<br>Viele Grüße, Lukas Hofmann (Talent Acquisition)</p>
        <p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=1">Ja</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=3">Vielleicht</a> · <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;rst=2">Nein</a></p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261117T140000
DTEND;TZID=Europe/Berlin:20261117T150000
DTSTAMP:20261110T103012Z
ORGANIZER;CN=Lukas Hofmann:mailto:lukas.hofmann@frankenmed.de
UID:3m1k7pq0v5e2d8s4hc9ro6t2bn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lukas Hofmann;X-NUM-GUESTS=0:mailto:lukas.hofmann@frankenmed.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Birgit Scholz;X-NUM-GUESTS=0:mailto:birgit.scholz@frankenmed.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marie.lindemann@example.com;X-NUM-GUESTS=0:mailto:marie.lindemann@example.com
CREATED:20261110T102944Z
DESCRIPTION:Liebe Frau Lindemann\\,\\nwir freuen uns auf das Kennenlernen bei uns in Erlangen! Bitte melden Sie sich am Empfang\\, ich hole Sie dort ab.\\nViele Grüße\\, Lukas Hofmann (Talent Acquisition)
LAST-MODIFIED:20261110T103012Z
LOCATION:Frankenmed Systems GmbH\\, Am Wetterkreuz 19\\, 91058 Erlangen\\, Besprechungsraum "Regnitz"
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Marie Lindemann – Vertriebskoordination
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lukas Hofmann", "lukas.hofmann@frankenmed.de"), subj, "2026-11-10 11:30", B,
              "<calendar-4f1e0a7b-93c2-4d58-b0e6-2a9c7d13f584@google.com>", relay="mail-sor-f73.google.com",
              extra=(("Sender", addr("Google Kalender", "calendar-notification@google.com")),
                     ("Reply-To", addr("Lukas Hofmann", "lukas.hofmann@frankenmed.de"))))
    cal = calendar(ics, method="REQUEST", cte="base64")
    return make.message(hs, mixed(alt(text(body), html(page), cal),
                                  calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(10), family="icims", lang="en", interview=True, kind="scheduled",
           start="2026-11-02T15:00:00Z", end="2026-11-02T15:45:00Z",
           contact="jennifer.alvarez@callowayortho.com", company="Calloway Orthopedics",
           local="Mon 2026-11-02 10:00", local_end="2026-11-02 10:45", zone="America/New_York",
           note="iCIMS confirmation sent Wed 28 Oct in EDT for 'Monday, November 2, 2026 at 10:00 AM Eastern Time', "
                "45 minutes: the US is back on EST (UTC-5) from 1 Nov -> 15:00Z-15:45Z (the mail's own '4:00 PM "
                "in Germany' agrees); contact = recruiter address in the body")
def m10() -> bytes:
    body = t("""
        Dear Marie,

        Thank you for your interest in the International Sales Coordinator (EMEA) position
        with Calloway Orthopedics. This message confirms your video interview:

          Date:      Monday, November 2, 2026
          Time:      10:00 AM Eastern Time (4:00 PM in Germany)
          Duration:  45 minutes
          Interviewer: Jennifer Alvarez, Senior Recruiter
          Platform:  Zoom - https://callowayortho.zoom.us/j/83920174655?pwd=Tm9vZ2xxWkp3

        Please note that clocks in the US change on Sunday, November 1, so the time
        difference to Germany will be six hours on the day of your interview.

        Should you have any questions, please contact Jennifer Alvarez at
        jennifer.alvarez@callowayortho.com or +1 617 555 0148.

        Sincerely,
        Talent Acquisition
        Calloway Orthopedics, 200 Seaport Blvd, Boston, MA 02210

        Please do not reply to this automated message.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><font face="Verdana" size="2">
        <p>Dear Marie,</p>
        <p>Thank you for your interest in the International Sales Coordinator (EMEA) position with Calloway Orthopedics.
        This message confirms your video interview:</p>
        <table border="0" cellpadding="3">
        <tr><td><b>Date:</b></td><td>Monday, November 2, 2026</td></tr>
        <tr><td><b>Time:</b></td><td>10:00 AM Eastern Time (4:00 PM in Germany)</td></tr>
        <tr><td><b>Duration:</b></td><td>45 minutes</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Jennifer Alvarez, Senior Recruiter</td></tr>
        <tr><td><b>Platform:</b></td><td>Zoom - <a href="https://callowayortho.zoom.us/j/83920174655?pwd=Tm9vZ2xxWkp3">https://callowayortho.zoom.us/j/83920174655</a></td></tr>
        </table>
        <p>Please note that clocks in the US change on Sunday, November 1, so the time difference to Germany will be six hours on the day of your interview.</p>
        <p>Should you have any questions, please contact Jennifer Alvarez at
        <a href="mailto:jennifer.alvarez@callowayortho.com">jennifer.alvarez@callowayortho.com</a> or +1 617 555 0148.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Calloway Orthopedics, 200 Seaport Blvd, Boston, MA 02210</p>
        <p><i>Please do not reply to this automated message.</i></p>
        </font></body></html>
        """)
    hs = head(addr("Calloway Orthopedics Talent Acquisition", "calloway@talent.icims.com"),
              "Interview Confirmation - International Sales Coordinator (EMEA)", "2026-10-28 11:00",
              "America/New_York", "<1793199600000.48813.icims-notify-use1-04@talent.icims.com>",
              relay="smtp-out-04.icims.com")
    return make.message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(page)))


@make.mail(N(11), family="ms_bookings", lang="de", interview=True, kind="scheduled",
           start="2026-10-15T09:00:00Z", end="2026-10-15T09:45:00Z",
           contact=None, company="Regensmed GmbH",
           local="Thu 2026-10-15 11:00", local_end="2026-10-15 11:45", zone=B,
           note="Microsoft Bookings confirmation (HTML only + ICS) from a shared Bookings mailbox: 'Donnerstag, "
                "15. Oktober 2026 11:00 (UTC+01:00) Amsterdam, Berlin, ...' shows the standard offset, but mid "
                "October is still CEST, UTC+2 -> 09:00Z-09:45Z (45 Minuten); staff member named without an "
                "address, so contact null")
def m11() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body>
        <div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:620px">
        <p style="font-size:20px">Ihre Buchung wurde bestätigt.</p>
        <p>Hallo Marie Lindemann,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Regensmed Bewerbermanagement</b>.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Dienst</td><td>Vorstellungsgespräch Vertriebskoordination (45 Minuten)</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Donnerstag, 15. Oktober 2026 11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Franziska Huber</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Onlinebesprechung (Microsoft Teams)</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_regensmed_bkg_4471/0">An Teams-Besprechung teilnehmen</a></p>
        <p>Sie müssen Ihre Buchung ändern? <a href="https://outlook.office365.com/owa/calendar/RegensmedBewerbung@regensmed.de/bookings/s/manage">Buchung verwalten</a></p>
        <p>Regensmed GmbH · Im Gewerbepark D 22 · 93059 Regensburg</p>
        <p style="font-size:11px;color:#a19f9d">Powered by Microsoft Bookings</p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Regensmed Bewerbermanagement:mailto:RegensmedBewerbung@regensmed.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marie Lindemann:mailto:marie.lindemann@example.com
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch Vertriebskoordination mit Franziska Huber
UID:040000008200E00074C5B7101A82E008000000005D21AE77A45BDC0100000000000000001000000088F0E3B2A1C94D4E8B7A6F0C1D2E3F40
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Vertriebskoordination
DTSTART;TZID=W. Europe Standard Time:20261015T110000
DTEND;TZID=W. Europe Standard Time:20261015T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261008T134400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Onlinebesprechung (Microsoft Teams)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Regensmed Bewerbermanagement", "RegensmedBewerbung@regensmed.de"),
              "Buchung bestätigt: Vorstellungsgespräch Vertriebskoordination für Marie Lindemann",
              "2026-10-08 15:44", B,
              "<DB9PR04MB8410F1E27C5A93B0D4E6A2C1B77D9@DB9PR04MB8410.eurprd04.prod.outlook.com>",
              relay="mail-db8eur05on2061.outbound.protection.outlook.com",
              extra=(("X-MS-Exchange-Organization-BookingsMailbox", "True"),))
    return make.message(hs, mixed(html(page),
                                  calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                           disposition="attachment")))


@make.mail(N(12), family="goodtime", lang="en", interview=True, kind="scheduled",
           start="2026-10-20T12:00:00Z", end="2026-10-20T14:30:00Z",
           contact="priya.nair@meridianvascular.com", company="Meridian Vascular",
           local="Tue 2026-10-20 14:00", local_end="2026-10-20 16:30", zone=B,
           note="GoodTime virtual onsite, three sessions listed in the candidate's zone '(GMT+02:00) Central European "
                "Summer Time - Berlin': 14:00-14:45, 15:00-15:45, 16:00-16:30 on Tue 20 Oct -> first start 12:00Z "
                "to last end 14:30Z; contact = Reply-To coordinator")
def m12() -> bytes:
    body = t("""
        Hi Marie,

        Your virtual onsite with Meridian Vascular for the Commercial Operations Coordinator,
        Germany role is confirmed. All times are shown in your time zone:
        (GMT+02:00) Central European Summer Time - Berlin

        Tuesday, October 20, 2026

        2:00 PM - 2:45 PM   Hiring manager conversation
                            Katharina Brandl, Director Commercial Operations DACH
        3:00 PM - 3:45 PM   Sales & customer service partnership
                            Elif Demir, Customer Service Team Lead
        4:00 PM - 4:30 PM   Meet the team / your questions
                            Ben Carter, Regional Sales Manager

        Each session has its own Zoom link in the calendar invitations you will receive
        separately. Please join a few minutes early.

        Need to change something? Reply to this email and your coordinator, Priya Nair,
        will help.

        Good luck!
        Meridian Vascular Recruiting

        Sent via GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#111827">
        <div style="max-width:600px;margin:auto">
        <p>Hi Marie,</p>
        <p>Your virtual onsite with Meridian Vascular for the <b>Commercial Operations Coordinator, Germany</b> role is confirmed.
        All times are shown in your time zone: <b>(GMT+02:00) Central European Summer Time - Berlin</b></p>
        <h3 style="margin-bottom:4px">Tuesday, October 20, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse;width:100%">
        <tr style="border-bottom:1px solid #e5e7eb"><td>2:00 PM - 2:45 PM</td><td>Hiring manager conversation<br><span style="color:#6b7280">Katharina Brandl, Director Commercial Operations DACH</span></td></tr>
        <tr style="border-bottom:1px solid #e5e7eb"><td>3:00 PM - 3:45 PM</td><td>Sales &amp; customer service partnership<br><span style="color:#6b7280">Elif Demir, Customer Service Team Lead</span></td></tr>
        <tr><td>4:00 PM - 4:30 PM</td><td>Meet the team / your questions<br><span style="color:#6b7280">Ben Carter, Regional Sales Manager</span></td></tr>
        </table>
        <p>Each session has its own Zoom link in the calendar invitations you will receive separately. Please join a few minutes early.</p>
        <p>Need to change something? Reply to this email and your coordinator, Priya Nair, will help.</p>
        <p>Good luck!<br>Meridian Vascular Recruiting</p>
        <p style="font-size:11px;color:#9ca3af">Sent via GoodTime</p>
        </div></body></html>
        """)
    hs = head(addr("Meridian Vascular Recruiting", "notifications@goodtime.io"),
              "Your virtual onsite with Meridian Vascular is confirmed", "2026-10-14 09:05",
              "America/New_York", "<0100019d2b4e7f10-a3c95e21-6b7d-4f02-8e1a-9c4d2f7b0e31-000000@email.goodtime.io>",
              relay="a48-112.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Priya Nair", "priya.nair@meridianvascular.com")),))
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(13), family="ashby", lang="en", interview=True, kind="scheduled",
           start="2026-12-09T16:00:00Z", end="2026-12-09T16:45:00Z",
           contact="tyler.brooks@lumorahealth.com", company="Lumora Health",
           local="Wed 2026-12-09 17:00", local_end="2026-12-09 17:45", zone=B,
           note="Ashby confirmation from a San Francisco startup, sent from SF on Thu 3 Dec; the time is given in "
                "the candidate's zone 'Wednesday, December 9, 2026, 5:00 PM - 5:45 PM CET' (8:00 AM PST for the "
                "panel) -> 16:00Z-16:45Z; ICS in Europe/Berlin agrees; contact = Reply-To / ORGANIZER recruiter")
def m13() -> bytes:
    body = t("""
        Hi Marie,

        Your interview is confirmed. We're looking forward to speaking with you!

        Wednesday, December 9, 2026, 5:00 PM - 5:45 PM CET
        Zoom: https://lumorahealth.zoom.us/j/91544028730

        You'll meet with:
          Rachel Kim - VP Commercial, EMEA (joining from San Francisco at 8:00 AM PST)
          Tyler Brooks - Recruiter

        Questions? Just reply and it will reach Tyler Brooks.

        Thanks,
        Lumora Health Recruiting
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Marie,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Wednesday, December 9, 2026, 5:00 PM - 5:45 PM CET</b><br>
        Zoom: <a href="https://lumorahealth.zoom.us/j/91544028730">https://lumorahealth.zoom.us/j/91544028730</a></p>
        <p>You&#x27;ll meet with:<br>
          Rachel Kim - VP Commercial, EMEA (joining from San Francisco at 8:00 AM PST)<br>
          Tyler Brooks - Recruiter</p>
        <p>Questions? Just reply and it will reach Tyler Brooks.</p>
        <p>Thanks,<br>Lumora Health Recruiting</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:1b7d4e9a-62f0-4c3b-a815-0e9f2c6d7a41
DTSTAMP:20261203T161000Z
DTSTART;TZID=Europe/Berlin:20261209T170000
DTEND;TZID=Europe/Berlin:20261209T174500
SEQUENCE:0
SUMMARY:Lumora Health - Sales Coordinator (EMEA) Interview
LOCATION:https://lumorahealth.zoom.us/j/91544028730
ORGANIZER;CN=Tyler Brooks:mailto:tyler.brooks@lumorahealth.com
ATTENDEE;CN=Marie Lindemann;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marie.lindemann@example.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Lumora Health", "no-reply@ashbyhq.com"),
              "Interview confirmed: Sales Coordinator (EMEA) at Lumora Health", "2026-12-03 08:10",
              "America/Los_Angeles",
              "<0100019e8f1c2a3b-7d4e5f60-1a2b-4c3d-9e8f-7a6b5c4d3e2f-000000@email.amazonses.com>",
              relay="mail.ashbyhq.com",
              extra=(("Reply-To", addr("Tyler Brooks", "tyler.brooks@lumorahealth.com")),))
    return make.message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                                  calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                                           disposition="attachment")))


@make.mail(N(14), family="forwarded", lang="de", interview=True, kind="scheduled",
           start="2026-12-07T08:30:00Z", end=None,
           contact="h.schubert@ekb-chemnitz.de", company="Erzgebirge Klinikbedarf GmbH",
           local="Mon 2026-12-07 09:30", zone=B,
           note="Marie forwards (Gmail 'Fwd:', German UI) from her old address to her main one the confirmation of "
                "a 'telefonisches Interview am Montag, 7. Dezember 2026, um 9:30 Uhr', CET -> 08:30Z; 'ca. 30 "
                "Minuten' approximate, end null; contact = the recruiter in the forwarded header")
def m14() -> bytes:
    body = t("""
        zur Info / für den Kalender

        ---------- Forwarded message ---------
        Von: Heike Schubert <h.schubert@ekb-chemnitz.de>
        Date: Mo., 30. Nov. 2026 um 14:22 Uhr
        Subject: Ihr telefonisches Interview bei der Erzgebirge Klinikbedarf GmbH
        To: <m.lindemann@example.org>


        Sehr geehrte Frau Lindemann,

        vielen Dank für Ihre Bewerbung als Sachbearbeiterin Vertriebsinnendienst.
        Wie heute telefonisch abgestimmt, bestätige ich Ihnen unser telefonisches
        Interview am Montag, 7. Dezember 2026, um 9:30 Uhr. Ich rufe Sie unter der
        Nummer 0176 ... an, die Sie in Ihrem Lebenslauf angegeben haben. Das Gespräch
        wird ca. 30 Minuten dauern.

        Mit freundlichen Grüßen

        Heike Schubert
        Personalreferentin
        Erzgebirge Klinikbedarf GmbH
        Neefestraße 88 | 09119 Chemnitz
        Tel.: 0371 4495 120
        """)
    hs = head(addr("Marie Lindemann", OLD), "Fwd: Ihr telefonisches Interview bei der Erzgebirge Klinikbedarf GmbH",
              "2026-12-01 07:58", B, "<CAL4mZ0eXq9r2Kp7sVb1Nc8Wt3Yd6Fh0Ju5Gi2Ok7Lm4Pn@mail.gmail.com>",
              relay="mail-ej1-f43.google.com")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@make.mail(N(15), family="reply_quoted", lang="de", interview=True, kind="scheduled",
           start="2026-12-04T09:00:00Z", end=None,
           contact="andrea.koehler@vogtland-medical.de", company="Vogtland Medical Solutions GmbH",
           local="Fri 2026-12-04 10:00", zone=B,
           note="Outlook reply (iso-8859-1, QP) on top of Marie's quoted choice of one of two offered slots: "
                "'bestätige ich Ihnen den Termin am Freitag, 4. Dezember, um 10:00 Uhr'; CET -> 09:00Z; the "
                "quoted Thursday slot was not taken; no length stated; contact = sender")
def m15() -> bytes:
    body = t("""
        Sehr geehrte Frau Lindemann,

        vielen Dank für Ihre schnelle Rückmeldung. Dann bestätige ich Ihnen hiermit gern den
        Termin am Freitag, 4. Dezember, um 10:00 Uhr hier bei uns in Plauen
        (Bahnhofstraße 41, 3. Etage). Am Gespräch nehmen Herr Günther (Vertriebsleitung)
        und ich teil.

        Bitte bringen Sie, falls noch nicht geschehen, Ihre Arbeitszeugnisse in Kopie mit.

        Ich wünsche Ihnen eine gute Anreise.

        Mit freundlichen Grüßen

        Andrea Köhler
        Personal
        Vogtland Medical Solutions GmbH
        Bahnhofstraße 41 | 08523 Plauen
        Tel. 03741 55 96 30

        -----Ursprüngliche Nachricht-----
        Von: Marie Lindemann <marie.lindemann@example.com>
        Gesendet: Donnerstag, 26. November 2026 21:14
        An: Köhler, Andrea <andrea.koehler@vogtland-medical.de>
        Betreff: AW: Einladung zum Vorstellungsgespräch

        Sehr geehrte Frau Köhler,

        vielen Dank für die Einladung! Der Freitag, 4.12., um 10 Uhr würde mir sehr gut
        passen.

        Mit freundlichen Grüßen
        Marie Lindemann

        -----Ursprüngliche Nachricht-----
        Von: Köhler, Andrea <andrea.koehler@vogtland-medical.de>
        Gesendet: Donnerstag, 26. November 2026 15:02
        An: Marie Lindemann <marie.lindemann@example.com>
        Betreff: Einladung zum Vorstellungsgespräch

        Sehr geehrte Frau Lindemann,

        gern möchten wir Sie persönlich kennenlernen. Wir könnten Ihnen folgende Termine
        anbieten:

        - Donnerstag, 3. Dezember, 14:00 Uhr
        - Freitag, 4. Dezember, 10:00 Uhr

        Bitte teilen Sie mir mit, welcher Termin Ihnen besser passt.

        Mit freundlichen Grüßen
        Andrea Köhler
        """)
    hs = head(addr("Köhler, Andrea", "andrea.koehler@vogtland-medical.de", charset="iso-8859-1"),
              "AW: Einladung zum Vorstellungsgespräch", "2026-11-27 08:36", B,
              "<AM0PR02MB5583E4F1C9B27D6A0E8C1F40A9B23@AM0PR02MB5583.eurprd02.prod.outlook.com>",
              relay="mail-am6eur05on2132.outbound.protection.outlook.com", charset="iso-8859-1",
              extra=(("In-Reply-To", "<TRX7ydQmS0F1b@example.com>"),
                     ("References", "<AM0PR02MB55831D0E7A4B9C3F2E6D8B41C0A17@AM0PR02MB5583.eurprd02.prod.outlook.com>\r\n"
                                    " <TRX7ydQmS0F1b@example.com>"),
                     ("Thread-Topic", enc("Einladung zum Vorstellungsgespräch", "iso-8859-1")),
                     ("Content-Language", "de-DE")))
    return make.message(hs, text(body, charset="iso-8859-1"))


@make.mail(N(16), family="rfc822_attachment", lang="de", interview=True, kind="scheduled",
           start="2026-10-21T12:00:00Z", end="2026-10-21T13:00:00Z",
           contact="s.krause@tpp-erfurt.de", company="MediLog Systems GmbH",
           local="Wed 2026-10-21 14:00", local_end="2026-10-21 15:00", zone=B,
           note="Personnel agency forwards the client's confirmation as an attached message/rfc822: 'am Mittwoch, "
                "21. Oktober 2026, von 14:00 bis 15:00 Uhr' in Weimar, CEST -> 12:00Z-13:00Z; no Reply-To or ICS, "
                "contact = the agent who sent it (human sender); company = the client, the hiring company")
def m16() -> bytes:
    inner_body = t("""
        Hallo Herr Krause,

        danke für den Vorschlag. Wir freuen uns, Frau Lindemann kennenzulernen, und
        bestätigen das Gespräch am Mittwoch, 21. Oktober 2026, von 14:00 bis 15:00 Uhr
        bei uns in Weimar (Ettersburger Straße 30, Haus 2). Teilnehmen werden Herr Dr.
        Fiedler (Geschäftsführung) und ich.

        Bitte geben Sie Frau Lindemann die Adresse weiter. Parkplätze sind auf dem Hof.

        Viele Grüße
        Petra Lange
        Assistenz der Geschäftsführung
        MediLog Systems GmbH
        """)
    inner = make.message([
        ("From", addr("Petra Lange", "petra.lange@medilog-systems.de")),
        ("To", addr("Sven Krause", "s.krause@tpp-erfurt.de")),
        ("Subject", "AW: Kandidatenvorschlag Vertriebskoordination - M. Lindemann"),
        ("Date", date("2026-10-14 16:48", B)),
        ("Message-ID", "<5f0c1e2a-9b3d-47e8-a6c1-0d2e3f4a5b6c@medilog-systems.de>"),
    ], text(inner_body))
    body = t("""
        Hallo Frau Lindemann,

        gute Nachrichten: MediLog möchte Sie kennenlernen! Die Bestätigung von Frau Lange
        hänge ich Ihnen unten an, dort finden Sie auch die Adresse in Weimar.

        Melden Sie sich gern vorher noch einmal bei mir, dann gehen wir das Gespräch kurz
        gemeinsam durch.

        Beste Grüße
        Sven Krause
        Personalberater
        Thüringer Personalpartner GmbH
        Anger 52 | 99084 Erfurt
        Tel. 0361 6012 447 | s.krause@tpp-erfurt.de
        """)
    hs = head(addr("Sven Krause", "s.krause@tpp-erfurt.de"),
              "WG: Termin MediLog Systems – Ihr Vorstellungsgespräch am 21.10.", "2026-10-15 09:03", B,
              "<0a3c5e7f9b1d4f6a8c0e2a4c6e8a0c2e@tpp-erfurt.de>", relay="mail.tpp-erfurt.de",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, mixed(text(body),
                                  attached_message(inner, "AW Kandidatenvorschlag Vertriebskoordination.eml")))


# --------------------------------------------------------------------------- rescheduled


@make.mail(N(17), family="outlook_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-10-09T11:00:00Z", end="2026-10-09T12:00:00Z",
           contact="mads.kjaer@nordvikmedical.dk", company="Nordvik Medical ApS",
           local="Fri 2026-10-09 13:00", local_end="2026-10-09 14:00", zone="Europe/Copenhagen",
           note="Exchange meeting update (SEQUENCE:1, TZID 'Romance Standard Time' = Brussels/Copenhagen/Madrid/"
                "Paris) moving the second interview from Wed 7 Oct to 'Friday, 9 October 2026 13:00-14:00', "
                "display name shows '(UTC+01:00)' but October is CEST, UTC+2 -> 11:00Z-12:00Z; contact = "
                "ORGANIZER / sender, the hiring manager")
def m17() -> bytes:
    body = t("""
        When: Friday, 9 October 2026 13:00-14:00 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.
        Where: Microsoft Teams Meeting

        *~*~*~*~*~*~*~*~*~*

        Hi Marie,

        Apologies for the short notice - I have to be at a distributor meeting in Hamburg on
        Wednesday, so I have moved our second conversation from Wednesday 7 October to
        Friday 9 October, 13:00-14:00 (same time zone as yours). Signe will join us again.

        Looking forward to it.

        Best regards,
        Mads Kjær
        Head of Commercial Operations, DACH & Nordics
        Nordvik Medical ApS

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjM4NzE5YmQtMmU0Ni00/0?context=nordvik2>
        Meeting ID: 291 774 530 118
        Passcode: 8FbW3q
        ________________________________________________________________________________
        """)
    romance = VTZ["W. Europe Standard Time"].replace("W. Europe Standard Time", "Romance Standard Time")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{romance}
BEGIN:VEVENT
ORGANIZER;CN=Mads Kjær:mailto:mads.kjaer@nordvikmedical.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marie Lindemann:mailto:marie.lindemann@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Signe Holm:mailto:signe.holm@nordvikmedical.dk
DESCRIPTION;LANGUAGE=en-US:Hi Marie\\,\\n\\nApologies for the short notice - I have moved our second conversation from Wednesday 7 October to Friday 9 October\\, 13:00-14:00.\\n\\nBest regards\\,\\nMads
UID:040000008200E00074C5B7101A82E00800000000C1A3E5F7A93BDC01000000000000000010000000F3E1D2C4B5A697887766554433221100
SUMMARY;LANGUAGE=en-US:Second interview – Sales Coordinator DACH (Marie Lindemann)
DTSTART;TZID=Romance Standard Time:20261009T130000
DTEND;TZID=Romance Standard Time:20261009T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261002T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-1802233417
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Mads Kjær", "mads.kjaer@nordvikmedical.dk"),
              "Updated: Second interview – Sales Coordinator DACH (Marie Lindemann)", "2026-10-02 10:15",
              "Europe/Copenhagen",
              "<GV0P278MB0718C2E9A14F7B3D6E0A5C21D8E47@GV0P278MB0718.CHEP278.PROD.OUTLOOK.COM>",
              relay="mail-gv0che01on2104.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Second interview - Sales Coordinator DACH (Marie Lindemann)"),
                     ("Content-Language", "en-US")))
    return make.message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@make.mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-10-26T09:00:00Z", end=None,
           contact="katrin.wolf@orthoplan-medizintechnik.de", company="Orthoplan Medizintechnik GmbH",
           local="Mon 2026-10-26 10:00", zone=B,
           note="HR partner (Sie) moves the second round from Fri 23 Oct to 'Montag, 26. Oktober 2026, um 10:00 "
                "Uhr'; sent Mon 19 Oct in CEST, but the clocks go back on Sun 25 Oct, so 10:00 is CET, UTC+1 -> "
                "09:00Z; 'ca. zwei Stunden' approximate, end null; contact = sender")
def m18() -> bytes:
    body = t("""
        Sehr geehrte Frau Lindemann,

        leider muss ich unseren Termin für das zweite Gespräch am Freitag, 23. Oktober,
        verschieben: Herr Dr. Seidel ist an diesem Tag kurzfristig auf einer Messe.

        Neuer Termin ist Montag, 26. Oktober 2026, um 10:00 Uhr, wieder bei uns in Jena
        (Carl-Pulfrich-Straße 12, Haus B). Geplant sind ca. zwei Stunden inklusive eines
        Rundgangs durch Produktion und Kundenservice; Herr Dr. Seidel und Frau Brandt aus
        dem Innendienst sind dabei.

        Ich hoffe, das passt Ihnen trotz der Änderung. Geben Sie mir gern kurz Bescheid.

        Mit freundlichen Grüßen

        Katrin Wolf
        HR Business Partner
        Orthoplan Medizintechnik GmbH
        Carl-Pulfrich-Straße 12 | 07745 Jena
        Tel. +49 3641 28 41 06
        katrin.wolf@orthoplan-medizintechnik.de
        """)
    hs = head(addr("Katrin Wolf", "katrin.wolf@orthoplan-medizintechnik.de"),
              "Verschiebung Ihres Zweitgesprächs – neuer Termin 26.10.", "2026-10-19 13:27", B,
              "<9e2d4b6f-13a5-4c7e-b8d0-6f1a2c3e4d5b@orthoplan-medizintechnik.de>",
              relay="mx-out.orthoplan-medizintechnik.de",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, text(body))


@make.mail(N(19), family="google_calendar", lang="en", interview=True, kind="rescheduled",
           start="2026-11-19T15:00:00Z", end="2026-11-19T16:00:00Z",
           contact="clara.steiner@isarwave.com", company="Isarwave Medical GmbH",
           local="Thu 2026-11-19 16:00", local_end="2026-11-19 17:00", zone=B,
           note="Google Calendar 'Updated invitation' (English UI, SEQUENCE:2) from a Munich startup: 'Changed: "
                "Thursday Nov 19, 2026 4pm - 5pm (Central European Time - Berlin)', CET -> 15:00Z-16:00Z; "
                "contact = ORGANIZER / Reply-To")
def m19() -> bytes:
    subj = ("Updated invitation: Interview Marie Lindemann / Isarwave @ Thu Nov 19, 2026 4pm - 5pm (CET) "
            "(marie.lindemann@example.com)")
    body = t("""
        This event has been changed.

        Interview Marie Lindemann / Isarwave
        When
        Changed: Thursday Nov 19, 2026 ⋅ 4pm – 5pm (Central European Time - Berlin)

        Joining info
        Join with Google Meet
        meet.google.com/kzu-wrpf-ady

        Organizer
        Clara Steiner
        clara.steiner@isarwave.com

        Guests
        Clara Steiner - organizer
        Jakob Weiß
        marie.lindemann@example.com

        Hi Marie, as discussed we're moving our chat to Thursday afternoon. Same link. – Clara

        View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=NnE0cjJ0

        Reply for marie.lindemann@example.com
        Yes https://calendar.google.com/calendar/event?action=RESPOND&rst=1
        No https://calendar.google.com/calendar/event?action=RESPOND&rst=2
        Maybe https://calendar.google.com/calendar/event?action=RESPOND&rst=3

        Invitation from Google Calendar https://calendar.google.com/calendar/

        You are receiving this email because you are an attendee on the event. To stop
        receiving future updates for this event, decline this event.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261119T160000
DTEND;TZID=Europe/Berlin:20261119T170000
DTSTAMP:20261113T084512Z
ORGANIZER;CN=Clara Steiner:mailto:clara.steiner@isarwave.com
UID:6q4r2t8v0x1z3b5d7f9h1j3l5n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Clara Steiner;X-NUM-GUESTS=0:mailto:clara.steiner@isarwave.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jakob Weiß;X-NUM-GUESTS=0:mailto:jakob.weiss@isarwave.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=marie.lindemann@example.com;X-NUM-GUESTS=0:mailto:marie.lindemann@example.com
X-GOOGLE-CONFERENCE:https://meet.google.com/kzu-wrpf-ady
CREATED:20261104T121530Z
DESCRIPTION:Hi Marie\\, as discussed we're moving our chat to Thursday afternoon. Same link. – Clara
LAST-MODIFIED:20261113T084512Z
LOCATION:
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Interview Marie Lindemann / Isarwave
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Clara Steiner", "clara.steiner@isarwave.com"), subj, "2026-11-13 09:45", B,
              "<calendar-9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d@google.com>", relay="mail-sor-f69.google.com",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
                     ("Reply-To", addr("Clara Steiner", "clara.steiner@isarwave.com"))))
    return make.message(hs, mixed(alt(text(body), calendar(ics, method="REQUEST", cte="base64")),
                                  calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


@make.mail(N(20), family="human_prose", lang="de", interview=True, kind="rescheduled",
           start="2026-12-02T08:00:00Z", end=None,
           contact="julia.eder@salzach-medtech.at", company="Salzach Medtech GmbH",
           local="Wed 2026-12-02 09:00", zone="Europe/Vienna",
           note="Austrian recruiter (Du) confirms the move agreed on the phone: 'vom Dienstag auf Mittwoch, "
                "2. Dezember, 9:00 Uhr'; Salzburg in CET, UTC+1 -> 08:00Z; the old Tuesday slot is not the answer; "
                "contact = sender")
def m20() -> bytes:
    body = t("""
        Servus Marie,

        danke fürs kurze Telefonat vorhin! Wie besprochen verschieben wir dein Gespräch mit
        Stefan vom Dienstag auf Mittwoch, 2. Dezember, 9:00 Uhr. Sonst bleibt alles gleich,
        du kannst den Teams-Link aus der ursprünglichen Einladung verwenden. Ich hab den
        Termin in Stefans Kalender schon umgetragen.

        Liebe Grüße aus Salzburg
        Julia

        Julia Eder
        Talent Acquisition
        Salzach Medtech GmbH | Sterneckstraße 55 | 5020 Salzburg
        T +43 662 87 12 44 | julia.eder@salzach-medtech.at
        """)
    hs = head(addr("Julia Eder", "julia.eder@salzach-medtech.at"), "Neuer Termin: Mittwoch statt Dienstag",
              "2026-11-26 15:52", "Europe/Vienna", "<71c3e5a7-9b0d-4f2e-8a4c-6e8f0a2c4e6a@salzach-medtech.at>",
              relay="mail.salzach-medtech.at",
              extra=(("X-Mailer", "Apple Mail (2.3776.700.51)"),))
    return make.message(hs, text(body, cte="quoted-printable", params="format=flowed"))


# --------------------------------------------------------------------------- cancelled


@make.mail(N(21), family="outlook_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-11-05T13:00:00Z", end="2026-11-05T14:00:00Z",
           contact="t.richter@saxomed.de", company="Saxomed Vertriebs GmbH",
           local="Thu 2026-11-05 14:00", local_end="2026-11-05 15:00", zone=B,
           note="Exchange cancellation (METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE:1) of the second interview "
                "'Donnerstag, 5. November 2026 14:00-15:00', W. Europe Standard Time in CET -> 13:00Z-14:00Z; "
                "position filled internally; contact = ORGANIZER / sender")
def m21() -> bytes:
    body = t("""
        Wann: Donnerstag, 5. November 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Saxomed Vertriebs GmbH, Königsbrücker Straße 96, Dresden, Raum 2.14

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrte Frau Lindemann,

        leider muss ich unser für Donnerstag geplantes Zweitgespräch absagen. Wir haben uns
        kurzfristig entschieden, die Position intern zu besetzen. Das tut mir sehr leid,
        zumal unser erstes Gespräch sehr angenehm war. Frau Pohl meldet sich in den nächsten
        Tagen noch einmal offiziell bei Ihnen.

        Mit freundlichen Grüßen
        Thomas Richter
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Thomas Richter:mailto:t.richter@saxomed.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marie Lindemann:mailto:marie.lindemann@example.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Lindemann\\,\\n\\nleider muss ich unser für Donnerstag geplantes Zweitgespräch absagen.\\n
UID:040000008200E00074C5B7101A82E00800000000D4F2A6B8C15EDC0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890
SUMMARY;LANGUAGE=de-DE:Abgesagt: Zweitgespräch Vertriebskoordination – Marie Lindemann
DTSTART;TZID=W. Europe Standard Time:20261105T140000
DTEND;TZID=W. Europe Standard Time:20261105T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261102T101844Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Saxomed Vertriebs GmbH\\, Königsbrücker Straße 96\\, Dresden\\, Raum 2.14
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2121487598
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Richter, Thomas", "t.richter@saxomed.de"),
              "Abgesagt: Zweitgespräch Vertriebskoordination – Marie Lindemann", "2026-11-02 11:18", B,
              "<FR3P281MB15479C3A2E0B4D7F1A6C8E52B0D13@FR3P281MB1547.DEUP281.PROD.OUTLOOK.COM>",
              relay="mail-fr2deu01on2098.outbound.protection.outlook.com",
              extra=(("Thread-Topic", enc("Zweitgespräch Vertriebskoordination – Marie Lindemann")),
                     ("Importance", "high"), ("X-Priority", "1"), ("Content-Language", "de-DE")))
    return make.message(hs, alt(text(body), calendar(ics, method="CANCEL", cte="base64")))


@make.mail(N(22), family="human_prose", lang="en", interview=True, kind="cancelled",
           start="2026-11-16T15:00:00Z", end=None,
           contact="megan.lutz@hollissurgical.com", company="Hollis Surgical Inc.",
           local="Mon 2026-11-16 09:00", zone="America/Chicago",
           note="Recruiting coordinator cancels the panel interview 'scheduled for Monday, November 16 at 9:00 AM "
                "Central (4:00 PM your time)' because the role is on hold; Central is CST (UTC-6) after 1 Nov -> "
                "15:00Z, the cancelled slot; contact = sender")
def m22() -> bytes:
    body = t("""
        Hi Marie,

        I'm sorry to be writing with this news. Unfortunately we need to cancel your panel
        interview scheduled for Monday, November 16 at 9:00 AM Central (4:00 PM your time)
        for the Sales Operations Coordinator - DACH role. Following a budget review, the
        position has been put on hold until at least Q2 next year, and we don't want to take
        up your time while the role is frozen.

        Dana and Florian both enjoyed your first conversation very much, and if the role
        reopens I would love to reach out to you again. I have already removed the calendar
        hold on our side.

        Again, my apologies, and all the best with your search.

        Kind regards,
        Megan

        Megan Lutz | Recruiting Coordinator
        Hollis Surgical Inc. | 8500 Normandale Lake Blvd, Bloomington, MN 55437
        megan.lutz@hollissurgical.com | +1 952 555 0173
        """)
    hs = head(addr("Megan Lutz", "megan.lutz@hollissurgical.com"),
              "Panel interview on Nov 16 - cancelled", "2026-11-10 10:42", "America/Chicago",
              "<BN8PR11MB3620E2A7C4F19D3B0E6A8C57D1F92@BN8PR11MB3620.namprd11.prod.outlook.com>",
              relay="mail-bn8nam11on2070.outbound.protection.outlook.com",
              extra=(("Content-Language", "en-US"),))
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
        <p>Hi Marie,</p>
        <p>I&#8217;m sorry to be writing with this news. Unfortunately we need to cancel your panel interview scheduled for
        <b>Monday, November 16 at 9:00 AM Central (4:00 PM your time)</b> for the Sales Operations Coordinator - DACH role.
        Following a budget review, the position has been put on hold until at least Q2 next year, and we don&#8217;t want to
        take up your time while the role is frozen.</p>
        <p>Dana and Florian both enjoyed your first conversation very much, and if the role reopens I would love to reach out
        to you again. I have already removed the calendar hold on our side.</p>
        <p>Again, my apologies, and all the best with your search.</p>
        <p>Kind regards,<br>Megan</p>
        <p style="color:#555">Megan Lutz | Recruiting Coordinator<br>Hollis Surgical Inc. | 8500 Normandale Lake Blvd, Bloomington, MN 55437<br>
        megan.lutz@hollissurgical.com | +1 952 555 0173</p>
        </div></body></html>
        """)
    return make.message(hs, alt(text(body), html(page)))


@make.mail(N(23), family="google_calendar", lang="de", interview=True, kind="cancelled",
           start="2026-11-30T10:00:00Z", end="2026-11-30T10:45:00Z",
           contact="tobias.neumann@medwerk-bayreuth.de", company="Medwerk Bayreuth GmbH",
           local="Mon 2026-11-30 11:00", local_end="2026-11-30 11:45", zone=B,
           note="Google Calendar cancellation, German UI, METHOD:CANCEL: 'Mo. 30. Nov. 2026 11:00 - 11:45 (MEZ)', "
                "CET -> 10:00Z-10:45Z, the cancelled slot; contact = ORGANIZER / Reply-To")
def m23() -> bytes:
    subj = ("Abgesagter Termin: Interview Vertriebsinnendienst – M. Lindemann @ Mo. 30. Nov. 2026 "
            "11:00 - 11:45 (MEZ) (marie.lindemann@example.com)")
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Interview Vertriebsinnendienst – M. Lindemann
        Montag, 30. November 2026 ⋅ 11:00 – 11:45
        Mitteleuropäische Normalzeit - Berlin

        Organisator
        Tobias Neumann
        tobias.neumann@medwerk-bayreuth.de

        Gäste
        Tobias Neumann – Organisator
        marie.lindemann@example.com

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261130T110000
DTEND;TZID=Europe/Berlin:20261130T114500
DTSTAMP:20261125T071905Z
ORGANIZER;CN=Tobias Neumann:mailto:tobias.neumann@medwerk-bayreuth.de
UID:0p2r4t6v8x0z2b4d6f8h0j2l4n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=marie.lindemann@example.com;X-NUM-GUESTS=0:mailto:marie.lindemann@example.com
CREATED:20261119T140211Z
DESCRIPTION:
LAST-MODIFIED:20261125T071905Z
LOCATION:
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Interview Vertriebsinnendienst – M. Lindemann
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tobias Neumann", "tobias.neumann@medwerk-bayreuth.de"), subj, "2026-11-25 08:19", B,
              "<calendar-2c4e6a8c-0e2a-4c6e-8a0c-2e4a6c8e0a2c@google.com>", relay="mail-sor-f41.google.com",
              extra=(("Sender", addr("Google Kalender", "calendar-notification@google.com")),
                     ("Reply-To", addr("Tobias Neumann", "tobias.neumann@medwerk-bayreuth.de"))))
    return make.message(hs, mixed(alt(text(body), calendar(ics, method="CANCEL", cte="base64")),
                                  calendar(ics, method="CANCEL", cte="base64", ctype="application/ics",
                                           filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== negatives


def neg(name: str, family: str, lang: str, company: str | None, note: str, days: tuple = ()):
    return make.mail(name, family=family, lang=lang, interview=False, company=company, note=note, days=days)


@neg(N(24), "application_ack", "de", "Elstermed GmbH",
     "Workable receipt 'Ihre Bewerbung ist eingegangen'; no date or time of any meeting")
def m24() -> bytes:
    body = t("""
        Hallo Marie,

        vielen Dank für Ihre Bewerbung als Vertriebskoordinator (m/w/d) Medizinprodukte bei der
        Elstermed GmbH. Wir haben Ihre Unterlagen erhalten und sehen sie uns in den nächsten
        Tagen genau an.

        Sobald wir Neuigkeiten haben, melden wir uns bei Ihnen. Den Stand Ihrer Bewerbung
        können Sie jederzeit hier einsehen:
        https://apply.workable.com/elstermed/candidates/status/7KQ2M9

        Freundliche Grüße
        Ihr Elstermed Recruiting-Team

        --
        Elstermed GmbH · Gewerbegebiet Pohlitz 6 · 07973 Greiz
        Diese Nachricht wurde über Workable versendet.
        """)
    hs = head(addr("Elstermed GmbH", "noreply@candidates.workablemail.com"),
              "Ihre Bewerbung bei Elstermed GmbH ist eingegangen", "2026-09-24 19:02", B,
              "<wk.5c2e8a1f7b3d4e60.candidate.receipt@workablemail.com>", relay="mail-out3.workablemail.com",
              extra=(("Reply-To", addr("Elstermed GmbH", "elstermed+7kq2m9@candidates.workablemail.com")),))
    return make.message(hs, text(body))


@neg(N(25), "rejection", "en", "Stratford BioDevices",
     "Taleo rejection before any interview (HTML only, base64); nothing scheduled")
def m25() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body><table width="640" cellpadding="18" style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <tr><td style="background:#003b5c;color:#fff;font-size:18px">Stratford BioDevices</td></tr>
        <tr><td>
        <p>Dear Marie Lindemann,</p>
        <p>Thank you for your interest in the position of <b>Inside Sales Coordinator - Germany (Requisition 26-0912)</b>.</p>
        <p>We have carefully reviewed your qualifications against the requirements of the role. While your background is
        impressive, we have decided to move forward with other candidates whose experience more closely matches our current needs.</p>
        <p>We encourage you to visit our career site regularly and apply for future openings that match your profile.</p>
        <p>Sincerely,<br>Stratford BioDevices Talent Acquisition</p>
        <p style="font-size:10px;color:#999">Please do not reply to this message. This mailbox is not monitored.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Stratford BioDevices Careers", "stratfordbio@taleo.net"),
              "Your application for Inside Sales Coordinator - Germany", "2026-10-06 02:14", "America/New_York",
              "<26091227.1791267240112.JavaMail.taleo@tlx-mail-17>", relay="smtp17.taleo.net")
    return make.message(hs, html(page, cte="base64"))


@neg(N(26), "job_alert", "de", None,
     "Job-portal alert with six new listings; dates are posting dates only")
def m26() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#eef2f5;font-family:Arial,sans-serif">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="16" cellspacing="0" style="background:#fff">
        <tr><td style="font-size:18px;font-weight:bold;color:#0b4f6c">6 neue Jobs für „Vertriebskoordinator Medizintechnik“ im Umkreis von 100 km um Gera</td></tr>
        <tr><td>
        <p><b>Vertriebsinnendienst Medizinprodukte (m/w/d)</b><br>Saalemed GmbH · Jena · vor 1 Tag</p>
        <p><b>Sales Coordinator DACH (m/w/d)</b><br>Orbis Dental Solutions · Leipzig · vor 2 Tagen</p>
        <p><b>Kaufmännische Sachbearbeitung Auftragsabwicklung Medizintechnik</b><br>Pleißetal Hospitalbedarf · Altenburg · vor 2 Tagen</p>
        <p><b>Teamassistenz Vertrieb (m/w/d) – Teilzeit möglich</b><br>Zwickauer Reha-Technik · Zwickau · vor 3 Tagen</p>
        <p><b>Key Account Coordinator Kliniken</b><br>MedSupply Ost · Chemnitz · vor 4 Tagen</p>
        <p><b>Customer Service Specialist Medical Devices (English)</b><br>Halden Medical · Halle (Saale) · vor 5 Tagen</p>
        <p><a href="https://www.jobradar-mitte.de/suche?q=vertriebskoordinator+medizintechnik&amp;ort=gera">Alle Jobs ansehen</a></p>
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Sie erhalten diesen Job-Alarm, weil Sie ihn auf JobRadar Mitte eingerichtet haben.
        <a href="https://www.jobradar-mitte.de/alarm/abmelden?id=ML-44120">Job-Alarm abbestellen</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("JobRadar Mitte", "jobalarm@mail.jobradar-mitte.de"),
              "6 neue Jobs: Vertriebskoordinator Medizintechnik in Gera und Umgebung", "2026-10-12 06:30", B,
              "<20261012043001.ML-44120.7f3a@mail.jobradar-mitte.de>", relay="out-02.mail.jobradar-mitte.de",
              extra=(("List-Unsubscribe", "<https://www.jobradar-mitte.de/alarm/abmelden?id=ML-44120>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")))
    return make.message(hs, html(page))


@neg(N(27), "newsletter_tips", "de", None,
     "Career newsletter 'So überzeugen Sie im Vorstellungsgespräch' with a webinar date; confirms nothing",
     days=(("Tue", "2026-11-03"),))
def m27() -> bytes:
    body = t("""
        KARRIERE-KOMPASS | Ausgabe 41/2026

        Liebe Leserin, lieber Leser,

        diese Woche dreht sich alles um das Vorstellungsgespräch:

        1. Die 10 häufigsten Fragen im Vorstellungsgespräch – und wie Sie souverän antworten
        2. Gehaltsvorstellung nennen: Spanne oder feste Zahl?
        3. Video-Interview: Licht, Ton und der richtige Hintergrund
        4. Rückfragen an den Arbeitgeber, die Eindruck machen

        Live-Webinar: "Souverän ins Vorstellungsgespräch"
        Dienstag, 3. November 2026, 19:00 Uhr – kostenlos, Anmeldung unter
        https://www.karriere-kompass.de/webinar/souveraen

        Viel Erfolg bei Ihrer Jobsuche!
        Ihr Karriere-Kompass-Team

        Newsletter abbestellen: https://www.karriere-kompass.de/newsletter/abmelden?u=ml7731
        Karriere-Kompass Medien GmbH · Postfach 10 20 30 · 04010 Leipzig
        """)
    hs = head(addr("Karriere-Kompass", "newsletter@karriere-kompass.de"),
              "So überzeugen Sie im Vorstellungsgespräch – plus: Live-Webinar am 3. November",
              "2026-10-22 07:00", B, "<nl-41-2026.ml7731@karriere-kompass.de>", relay="mta3.karriere-kompass.de",
              extra=(("List-Unsubscribe", "<https://www.karriere-kompass.de/newsletter/abmelden?u=ml7731>"),
                     ("Precedence", "bulk")))
    return make.message(hs, text(body))


@neg(N(28), "recruiter_outreach", "de", "Weißenfels Executive Search",
     "Headhunter outreach asking for a short call 'diese oder nächste Woche'; no time fixed")
def m28() -> bytes:
    body = t("""
        Sehr geehrte Frau Lindemann,

        ich bin über Ihr Profil auf ProNetz auf Sie aufmerksam geworden. Für einen
        mittelständischen Hersteller von Diagnostikgeräten in Mitteldeutschland suche ich
        derzeit eine erfahrene Vertriebskoordinatorin, die Außendienst, Innendienst und
        Kundenservice zusammenhält. Ihr Werdegang passt aus meiner Sicht sehr gut.

        Hätten Sie diese oder nächste Woche Zeit für ein kurzes, vertrauliches Telefonat?
        Nennen Sie mir gern zwei, drei Zeitfenster, die Ihnen passen, ich richte mich nach
        Ihnen.

        Mit besten Grüßen

        Christian Albers
        Partner
        Weißenfels Executive Search GmbH
        Große Burgstraße 6 | 06667 Weißenfels
        Mobil +49 171 4420 913
        """)
    hs = head(addr("Christian Albers", "c.albers@weissenfels-search.de"),
              "Vertrauliche Anfrage – Vertriebskoordination Diagnostik", "2026-09-17 12:40", B,
              "<3e5a7c9e-1b3d-4f5a-8c7e-9a1b3c5d7e9f@weissenfels-search.de>", relay="mail.weissenfels-search.de")
    return make.message(hs, text(body))


@neg(N(29), "availability_request", "de", "Elstermed GmbH",
     "Recruiter offers two slots ('Dienstag, 13. Oktober, 10:00 Uhr oder Mittwoch, 14. Oktober, 14:00 Uhr') and "
     "asks which suits; nothing confirmed yet",
     days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")))
def m29() -> bytes:
    body = t("""
        Sehr geehrte Frau Lindemann,

        Ihre Bewerbung hat uns gefallen, und wir würden Sie gern zu einem ersten Gespräch
        per Video einladen. Folgende Termine kann ich Ihnen anbieten:

          - Dienstag, 13. Oktober, 10:00 Uhr
          - Mittwoch, 14. Oktober, 14:00 Uhr

        Bitte teilen Sie mir kurz mit, welcher Termin Ihnen besser passt. Falls keiner der
        beiden möglich ist, schlagen Sie gern einen Alternativtermin vor. Die Einladung mit
        dem Link sende ich Ihnen dann separat.

        Mit freundlichen Grüßen

        Doreen Voigt
        Personalwesen
        Elstermed GmbH | Gewerbegebiet Pohlitz 6 | 07973 Greiz
        Tel. 03661 7043 15
        """)
    hs = head(addr("Doreen Voigt", "d.voigt@elstermed.de"), "Ihre Bewerbung – Terminvorschläge für ein Erstgespräch",
              "2026-10-07 10:22", B, "<000b01dd3c7e$4a2f1e30$de5b5a90$@elstermed.de>", relay="mail.elstermed.de",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return make.message(hs, text(body, charset="iso-8859-15"))


@neg(N(30), "scheduling_link", "en", "Calloway Orthopedics",
     "GoodTime availability request for a first interview: 'please share your availability' via link; no time chosen")
def m30() -> bytes:
    body = t("""
        Hi Marie,

        Thanks for applying to the International Sales Coordinator (EMEA) role at Calloway
        Orthopedics! We'd like to set up a 45-minute video interview with Jennifer Alvarez,
        Senior Recruiter.

        Please share your availability for the next two weeks using the link below. Times
        are shown in your local time zone.

        Share my availability:
        https://app.goodtime.io/availability/c7f2e91a-44b0-4d1e-8a53-callowayortho

        Once we receive your availability we'll send a calendar invitation with the details.

        Best,
        Calloway Orthopedics Recruiting

        Sent via GoodTime
        """)
    hs = head(addr("Calloway Orthopedics Recruiting", "notifications@goodtime.io"),
              "Please share your availability - Calloway Orthopedics", "2026-10-22 14:03", "America/New_York",
              "<0100019d4c7a2e11-5f8b3c20-9e1d-4a77-b2c6-3d8e0f1a2b4c-000000@email.goodtime.io>",
              relay="a48-97.smtp-out.amazonses.com")
    return make.message(hs, text(body, charset="us-ascii", cte="7bit"))


@neg(N(31), "scheduling_link", "en", "Lumora Health",
     "Recruiter asks her to pick a 20-minute intro slot on his Calendly; nothing booked")
def m31() -> bytes:
    body = t("""
        Hi Marie,

        Thanks for applying for the Sales Coordinator (EMEA) role at Lumora Health - your
        background in medtech sales coordination in Germany is exactly what we're after.

        Could you grab a 20-minute intro slot with me this week or next? My calendar is here
        and shows times in your own time zone:
        https://calendly.com/tyler-brooks-lumora/intro-20

        Talk soon,
        Tyler

        Tyler Brooks | Recruiter | Lumora Health
        San Francisco, CA
        """)
    page = gmail_html(body)
    hs = head(addr("Tyler Brooks", "tyler.brooks@lumorahealth.com"), "Lumora Health - quick intro?",
              "2026-11-24 09:31", "America/Los_Angeles",
              "<CAO7xQw3r1Ty8Ui0Op2As4Df6Gh8Jk0Lz2Xc4Vb6Nm8Qw0E@mail.gmail.com>", relay="mail-yw1-f170.google.com")
    return make.message(hs, alt(text(body), html(page)))


@neg(N(32), "out_of_office", "de", "Orthoplan Medizintechnik GmbH",
     "Automatic out-of-office reply from the HR partner, back on 2 October; no meeting")
def m32() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 2. Oktober 2026, nicht im Büro und habe nur
        eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.
        In dringenden Fällen wenden Sie sich bitte an personal@orthoplan-medizintechnik.de.

        Mit freundlichen Grüßen
        Katrin Wolf
        """)
    hs = head(addr("Katrin Wolf", "katrin.wolf@orthoplan-medizintechnik.de"),
              "Automatische Antwort: Danke für das Gespräch", "2026-09-28 18:20", B,
              "<oof-7a9c1e3b5d@orthoplan-medizintechnik.de>", relay="mx-out.orthoplan-medizintechnik.de",
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<ML-20260928-danke@example.com>")))
    return make.message(hs, text(body))


@neg(N(33), "bounce", "de", None,
     "DSN: Marie's thank-you mail to a mistyped address bounced (5.1.1 user unknown); the quoted original "
     "mentions last Thursday's conversation but nothing is scheduled", days=(("Thu", "2026-10-08"),))
def m33() -> bytes:
    human = t("""
        This is the mail system at host mx01.mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <v.schmitt@kardiolux.de>: host mx.kardiolux.de[203.0.113.25] said: 550 5.1.1
            <v.schmitt@kardiolux.de>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx01.mail.example.com
        X-Postfix-Queue-ID: 4Hq7Tk0bX2z9sQ
        X-Postfix-Sender: rfc822; marie.lindemann@example.com
        Arrival-Date: Fri,  9 Oct 2026 19:05:11 +0200 (CEST)

        Final-Recipient: rfc822; v.schmitt@kardiolux.de
        Original-Recipient: rfc822;v.schmitt@kardiolux.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.kardiolux.de
        Diagnostic-Code: smtp; 550 5.1.1 <v.schmitt@kardiolux.de>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    original = make.message([
        ("From", MARIE), ("To", addr("Vanessa Schmitt", "v.schmitt@kardiolux.de")),
        ("Subject", enc("Danke für das Gespräch")), ("Date", date("2026-10-09 19:05", B)),
        ("Message-ID", "<ML-20261009-danke-vs@example.com>"),
    ], text(t("""
        Hallo Vanessa,

        vielen Dank noch einmal für das offene Gespräch am Donnerstag bei euch in der
        Spinnerei und die kleine Tour durchs Labor. Ich habe einen richtig guten Eindruck
        von eurem Team bekommen und freue mich, von euch zu hören.

        Viele Grüße
        Marie
        """)))
    report = multipart("report", text(human, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = [("Delivered-To", ME), ("Return-Path", "<>"),
          ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx01.mail.example.com")),
          ("To", ME), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", date("2026-10-09 19:05", B)), ("Message-ID", "<20261009170512.4Hq7Tk0bX2z9sQ@mx01.mail.example.com>"),
          ("Auto-Submitted", "auto-replied")]
    return make.message(hs, report)


@neg(N(34), "offer", "de", "Orthoplan Medizintechnik GmbH",
     "Contract offer after the interviews, reply requested by Friday 18 December; no meeting fixed",
     days=(("Fri", "2026-12-18"),))
def m34() -> bytes:
    body = t("""
        Sehr geehrte Frau Lindemann,

        nach den sehr angenehmen Gesprächen mit Ihnen freuen wir uns, Ihnen die Position der
        Vertriebskoordinatorin Medizintechnik anbieten zu können. Anbei erhalten Sie unseren
        Vertragsentwurf mit allen Konditionen (Eintritt zum 1. März 2027, 38 Wochenstunden,
        30 Urlaubstage, zwei Tage mobiles Arbeiten pro Woche).

        Wir würden uns freuen, wenn Sie uns Ihre Entscheidung bis Freitag, 18. Dezember
        2026, mitteilen. Für Rückfragen stehe ich Ihnen selbstverständlich gern zur
        Verfügung, auch telefonisch.

        Mit freundlichen Grüßen

        Katrin Wolf
        HR Business Partner
        Orthoplan Medizintechnik GmbH
        """)
    pdf = make.Part([("Content-Type", 'application/pdf; name="Vertragsangebot_Lindemann.pdf"'),
                     ("Content-Disposition", 'attachment; filename="Vertragsangebot_Lindemann.pdf"'),
                     ("Content-Transfer-Encoding", "base64")],
                    b"JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCg==\r\n")
    hs = head(addr("Katrin Wolf", "katrin.wolf@orthoplan-medizintechnik.de"),
              "Ihr Vertragsangebot – Vertriebskoordinatorin Medizintechnik", "2026-12-08 11:05", B,
              "<c4e6a8c0-2e4a-4c6e-8a0c-2e4a6c8e0a2e@orthoplan-medizintechnik.de>",
              relay="mx-out.orthoplan-medizintechnik.de")
    return make.message(hs, mixed(text(body), pdf))


@neg(N(35), "rejection", "de", "Alpenmed AG",
     "Teamtailor rejection after the Zurich interview (Swiss German); no new date")
def m35() -> bytes:
    body = t("""
        Guten Tag Frau Lindemann

        Nochmals herzlichen Dank für Ihren Besuch bei uns in Zürich und das offene Gespräch
        mit Reto Brunner und mir.

        Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine
        Kandidatin entschieden, die bereits Erfahrung mit dem Schweizer Spitalmarkt
        mitbringt. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

        Mit Ihrem Einverständnis würden wir Ihr Dossier gerne für künftige Vakanzen im
        Talent-Pool behalten.

        Freundliche Grüsse

        Nadine Keller
        HR Business Partner
        Alpenmed AG
        """)
    hs = head(addr("Nadine Keller (Alpenmed AG)", "c-2296514+nadine.keller@teamtailor-mail.com"),
              "Ihre Bewerbung als Sales Coordinator Medizintechnik", "2026-11-12 16:44", "Europe/Zurich",
              "<2a7c9e1b-3d5f-4a6c-8e0a-2c4e6a8c0e2b@teamtailor-mail.com>", relay="mail-out-09.teamtailor-mail.com")
    return make.message(hs, alt(text(body), html(gmail_html(body).replace('<div dir="ltr">', '<div>'))))


@neg(N(36), "non_interview_calendar", "de", None,
     "Dentist's appointment reminder for Tuesday 6 October, 8:15 (iso-8859-15, 8bit); not an interview",
     days=(("Tue", "2026-10-06"),))
def m36() -> bytes:
    body = t("""
        Sehr geehrte Frau Lindemann,

        wir möchten Sie an Ihren Termin in unserer Praxis erinnern:

            Dienstag, 6. Oktober 2026, 8:15 Uhr
            Professionelle Zahnreinigung (ca. 60 Min.)

        Bitte bringen Sie Ihre Versichertenkarte mit. Sollten Sie den Termin nicht wahrnehmen
        können, sagen Sie bitte mindestens 24 Stunden vorher ab, telefonisch unter
        0365 7118 240 oder per Antwort auf diese E-Mail.

        Ihr Praxisteam
        Zahnarztpraxis Dr. Anja Zeidler
        Sorge 41 · 07545 Gera
        """.replace("·", "-"))
    hs = head(addr("Zahnarztpraxis Dr. Zeidler", "termine@zahnarzt-zeidler-gera.de"),
              "Terminerinnerung: Ihr Termin am 06.10.2026", "2026-10-02 08:00", B,
              "<reminder.20261002.58812@zahnarzt-zeidler-gera.de>", relay="smtp.praxis-server.de",
              charset="iso-8859-15")
    return make.message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@neg(N(37), "non_interview_calendar", "de", None,
     "Car dealer confirms a workshop appointment (tyre change) Saturday 14 November, 9:00 (windows-1252); "
     "not an interview", days=(("Sat", "2026-11-14"),))
def m37() -> bytes:
    body = t("""
        Sehr geehrte Frau Lindemann,

        vielen Dank für Ihre Online-Terminanfrage. Wir bestätigen Ihren Werkstatttermin:

        Termin:      Samstag, 14.11.2026, 9:00 Uhr
        Fahrzeug:    VW Golf, G-ML 412
        Leistung:    Räderwechsel Sommer –> Winter inkl. Einlagerung (39,00 €)
        Dauer:       ca. 45 Minuten – gern können Sie in unserem Kundenbereich warten.

        Ihr Service-Team
        Autohaus Elstertal GmbH
        Zeitzer Straße 120 · 07551 Gera · Tel. 0365 8207 0
        """)
    hs = head(addr("Autohaus Elstertal Service", "service@autohaus-elstertal.de"),
              "Terminbestätigung Werkstatt – Samstag, 14.11.2026", "2026-11-06 15:31", B,
              "<TB-2026-11-06-3391@autohaus-elstertal.de>", relay="mail.autohaus-elstertal.de", charset="windows-1252")
    return make.message(hs, text(body, charset="windows-1252"))


@neg(N(38), "non_interview_calendar", "de", None,
     "Outlook meeting request from her current employer's sales director (quarterly sales meeting, Thu 1 Oct "
     "09:00, W. Europe Standard Time); fixed time but not an interview")
def m38() -> bytes:
    body = t("""
        Wann: Donnerstag, 1. Oktober 2026 09:00-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Besprechungsraum EG / Teams

        *~*~*~*~*~*~*~*~*~*

        Hallo zusammen,

        hier die Einladung zur Quartalsbesprechung Vertrieb Q4. Agenda:
        1. Zahlen Q3 und Forecast
        2. Klinikausschreibungen Ostthüringen
        3. Messeplanung 2027
        4. Urlaubsplanung Dezember

        Marie, bitte bring die Auftragsübersicht aus dem Innendienst mit.

        Viele Grüße
        Ralf
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Ralf Gebhardt:mailto:r.gebhardt@helix-medical.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marie Lindemann:mailto:marie.lindemann@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Vertrieb Gera:mailto:vertrieb-gera@helix-medical.de
SUMMARY;LANGUAGE=de-DE:Quartalsbesprechung Vertrieb Q4
DTSTART;TZID=W. Europe Standard Time:20261001T090000
DTEND;TZID=W. Europe Standard Time:20261001T113000
UID:040000008200E00074C5B7101A82E00800000000E1F3A5C7B92ADC0100000000000000001000000077AA88BB99CC00DD11EE22FF33004411
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260924T071200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum EG / Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Gebhardt, Ralf", "r.gebhardt@helix-medical.de"), "Quartalsbesprechung Vertrieb Q4",
              "2026-09-24 09:12", B, "<BE1P281MB2215A7C3E9F14B0D2C6A8E13F5B79@BE1P281MB2215.DEUP281.PROD.OUTLOOK.COM>",
              relay="mail-be0deu01on2121.outbound.protection.outlook.com",
              to=addr("Vertrieb Gera", "vertrieb-gera@helix-medical.de"),
              extra=(("Cc", MARIE), ("Thread-Topic", "Quartalsbesprechung Vertrieb Q4")))
    return make.message(hs, alt(text(body), calendar(ics, method="REQUEST", cte="base64")))


@neg(N(39), "event_registration", "de", None,
     "Trade-fair ticket confirmation (MedTec Forum Leipzig, Wednesday 18 November, doors 8:30); not an interview",
     days=(("Wed", "2026-11-18"),))
def m39() -> bytes:
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <h2 style="color:#00607a">Ihre Anmeldung zum MedTec Forum Leipzig 2026</h2>
        <p>Hallo Marie Lindemann,</p>
        <p>vielen Dank für Ihre Registrierung. Ihr persönliches Fachbesucher-Ticket finden Sie im Anhang bzw. unter dem QR-Code unten.</p>
        <table cellpadding="4">
        <tr><td><b>Veranstaltung</b></td><td>MedTec Forum Leipzig 2026 – Fachkongress &amp; Ausstellung</td></tr>
        <tr><td><b>Datum</b></td><td>Mittwoch, 18. November 2026</td></tr>
        <tr><td><b>Einlass</b></td><td>8:30 Uhr, Eröffnung 9:30 Uhr</td></tr>
        <tr><td><b>Ort</b></td><td>Kongresszentrum Leipzig, Halle 2</td></tr>
        <tr><td><b>Ticket-Nr.</b></td><td>MTF26-0188420</td></tr>
        </table>
        <p>Programm-Highlights: Vergaberecht in Kliniken, Digitaler Vertrieb in der Medizintechnik, Karriere-Lounge mit Ausstellern.</p>
        <p>Wir freuen uns auf Ihren Besuch!<br>Ihr Team MedTec Forum</p>
        <p style="font-size:11px;color:#888">MedTec Forum Veranstaltungs GmbH · Leipzig</p>
        </body></html>
        """)
    hs = head(addr("MedTec Forum Leipzig", "tickets@medtec-forum-leipzig.de"),
              "Ihre Anmeldung: MedTec Forum Leipzig am 18.11.2026", "2026-10-30 13:17", B,
              "<reg.MTF26-0188420@medtec-forum-leipzig.de>", relay="mailer.medtec-forum-leipzig.de")
    return make.message(hs, alt(text("Ihre Anmeldung zum MedTec Forum Leipzig 2026\n\nDatum: Mittwoch, "
                                     "18. November 2026, Einlass 8:30 Uhr\nOrt: Kongresszentrum Leipzig, Halle 2\n"
                                     "Ticket-Nr.: MTF26-0188420\n"), html(page)))


@neg(N(40), "marketing_webinar", "de", None,
     "Job-portal webinar on salary negotiation with an .ics for Thursday 15 October 18:00; not a job interview",
     days=(("Thu", "2026-10-15"),))
def m40() -> bytes:
    body = t("""
        Hallo Marie,

        Sie sind dabei! Vielen Dank für Ihre Anmeldung zum Webinar

            "Gehaltsverhandlung für Vertriebsprofis – so holen Sie mehr heraus"
            Donnerstag, 15. Oktober 2026, 18:00 – 19:00 Uhr

        Den Zugangslink senden wir Ihnen eine Stunde vor Beginn. Den Termin für Ihren
        Kalender finden Sie im Anhang.

        Ihr JobRadar-Mitte-Team
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JobRadar Mitte//Webinar//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:webinar-gehalt-20261015@jobradar-mitte.de
DTSTAMP:20261009T120000Z
DTSTART;TZID=Europe/Berlin:20261015T180000
DTEND;TZID=Europe/Berlin:20261015T190000
SUMMARY:Webinar: Gehaltsverhandlung für Vertriebsprofis
LOCATION:Online
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("JobRadar Mitte Events", "events@mail.jobradar-mitte.de"),
              "Ihre Anmeldung: Webinar Gehaltsverhandlung am 15.10.", "2026-10-09 14:00", B,
              "<evt.20261009.ml44120@mail.jobradar-mitte.de>", relay="out-01.mail.jobradar-mitte.de",
              extra=(("Precedence", "bulk"),))
    return make.message(hs, mixed(text(body), calendar(ics, method="PUBLISH", cte="base64",
                                                       filename="webinar.ics", disposition="attachment")))


@neg(N(41), "personal", "de", None,
     "A friend fixes dinner on Saturday (3 October) at 19:00; private, not an interview",
     days=(("Sat", "2026-10-03"),))
def m41() -> bytes:
    body = t("""
        Hey Marie,

        hab für Samstag 19 Uhr beim Vietnamesen am Markt für uns vier reserviert, auf meinen
        Namen. Tim kommt direkt vom Training, also kann's sein, dass er 10 Minuten später
        ist. Feiertag hin oder her, die haben offen, hab extra angerufen :)

        Freu mich!
        Anne

        Von meinem iPhone gesendet
        """)
    hs = head(addr("Anne Vogel", "anne.vogel@example.org"), "Samstag", "2026-09-30 21:48", B,
              "<6B2E9C41-7D3F-4A8E-B1C5-0F9A2D4E6C8B@example.org>", relay="mail.example.org",
              extra=(("X-Mailer", "iPhone Mail (22A3354)"),))
    return make.message(hs, text(body, cte="8bit"))


@neg(N(42), "post_interview", "de", "Kardiolux GmbH",
     "Founder's thank-you after Thursday's interview; 'wir melden uns bis Mitte nächster Woche', nothing fixed")
def m42() -> bytes:
    body = t("""
        Hi Marie,

        danke dir für den Besuch gestern und das richtig gute Gespräch! Vanessa und ich waren
        beide sehr angetan. Wir sprechen diese Woche noch mit zwei weiteren Leuten und melden
        uns bis Mitte nächster Woche bei dir.

        Schönes Wochenende schon mal
        Jonas
        """)
    hs = head(addr("Jonas Brückner", "jonas@kardiolux.de"), "Danke für gestern!", "2026-10-09 16:10", B,
              "<CAH8+Lq2nVbX0mT7wRk5oY1zC3f9eJd4sP6aU0hG2QyK8iNx@mail.gmail.com>", relay="mail-wm1-f47.google.com")
    return make.message(hs, alt(text(body, cte="8bit"), html(gmail_html(body), cte="8bit")))


@neg(N(43), "application_ack", "en", "Vandermeer Medical B.V.",
     "Recruitee receipt from a Dutch employer; next steps 'within two weeks', no meeting")
def m43() -> bytes:
    body = t("""
        Dear Marie,

        Thank you for applying for the position of Sales Support Coordinator Germany at
        Vandermeer Medical. We have received your application and our team will review it
        carefully. You can expect to hear from us within two weeks.

        Kind regards,
        Vandermeer Medical Talent Team
        Eindhoven, the Netherlands
        """)
    hs = head(addr("Vandermeer Medical", "vandermeermedical@recruitee.com"),
              "Thank you for applying to Vandermeer Medical", "2026-09-09 20:37", "Europe/Amsterdam",
              "<5f7a9c1e3b5d.candidate.confirmation@recruitee.com>", relay="mail-out.recruitee.com")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(N(44), "rejection", "en", "Corrib Medical Devices Ltd.",
     "Lever rejection from an Irish employer before any interview; nothing scheduled")
def m44() -> bytes:
    body = t("""
        Hi Marie,

        Thank you for taking the time to apply for the Customer Operations Coordinator (German
        speaking) role at Corrib Medical Devices. We really appreciate your interest.

        After reviewing your application, we've decided not to move forward at this time, as
        the role requires relocation to Galway from January, which we understand is not an
        option for you.

        We wish you every success in your search.

        Best wishes,
        The Corrib Medical Devices Talent Team
        """)
    hs = head(addr("Corrib Medical Devices", "no-reply@hire.lever.co"),
              "Your application to Corrib Medical Devices", "2026-10-16 11:02", "Europe/Dublin",
              "<0102019d6e8f0a1b-2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f-000000@eu-west-1.amazonses.com>",
              relay="a4-22.smtp-out.eu-west-1.amazonses.com")
    return make.message(hs, alt(text(body), html(gmail_html(body))))


@neg(N(45), "travel_booking", "de", None,
     "Train ticket Gera -> Jena for Monday 26 October, departing 07:41 (the day of the Orthoplan second round); "
     "a travel booking, not an interview", days=(("Mon", "2026-10-26"),))
def m45() -> bytes:
    body = t("""
        Buchungsbestätigung
        Auftragsnummer: RXT-7Q4K2M

        Hallo Marie Lindemann,

        vielen Dank für Ihre Buchung.

        Hinfahrt: Montag, 26.10.2026
          ab 07:41  Gera Hbf
          an 08:33  Jena-Göschwitz, weiter 08:41 -> an 08:46 Jena Paradies
          Regionalverkehr, 2. Klasse

        Rückfahrt: Montag, 26.10.2026
          ab 13:14  Jena Paradies
          an 14:19  Gera Hbf

        Preis: 21,40 EUR (bezahlt per PayPal)

        Ihr Ticket ist an Ihr Kundenkonto gebunden. Bitte halten Sie bei der Kontrolle
        einen amtlichen Lichtbildausweis bereit.

        Gute Fahrt!
        Ihr Regio-Ticketshop Thüringen
        """)
    hs = head(addr("Regio-Ticketshop Thüringen", "buchung@regio-ticketshop-thueringen.de"),
              "Ihre Buchungsbestätigung RXT-7Q4K2M", "2026-10-21 20:55", B,
              "<RXT-7Q4K2M.20261021185512@regio-ticketshop-thueringen.de>", relay="mail1.regio-ticketshop-thueringen.de")
    return make.message(hs, text(body))


@neg(N(46), "delivery_notice", "de", None,
     "Parcel notice: delivery Tuesday 10 November between 10:00 and 14:00; not an interview",
     days=(("Tue", "2026-11-10"),))
def m46() -> bytes:
    page = t("""
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
        <p style="font-size:18px"><b>Ihre Sendung kommt morgen!</b></p>
        <p>Hallo Marie Lindemann,</p>
        <p>Ihre Sendung von <b>Bürowelt24</b> wird voraussichtlich am <b>Dienstag, 10.11.2026</b> zwischen
        <b>10:00 und 14:00 Uhr</b> zugestellt.</p>
        <p>Sendungsnummer: PB 4471 0283 9916<br>Nicht zu Hause? <a href="https://www.paketblitz.de/umleiten?s=PB447102839916">Zustellung ändern</a></p>
        <p>Ihr Paketblitz-Team</p>
        </body></html>
        """)
    hs = head(addr("Paketblitz", "benachrichtigung@paketblitz.de"),
              "Ihre Sendung PB 4471 0283 9916 kommt am Dienstag", "2026-11-09 17:20", B,
              "<pb.notify.447102839916.1@paketblitz.de>", relay="notify-03.paketblitz.de")
    return make.message(hs, html(page))


@neg(N(47), "assessment", "de", "Donautec Medizinprodukte GmbH",
     "SmartRecruiters invitation to an online aptitude test to complete by Sunday 1 November 23:59; a deadline, "
     "not an interview", days=(("Sun", "2026-11-01"),))
def m47() -> bytes:
    body = t("""
        Sehr geehrte Frau Lindemann,

        vielen Dank für Ihre Bewerbung als Vertriebskoordinatorin / Sales Coordinator (w/m/d).
        Als nächsten Schritt bitten wir Sie, einen kurzen Online-Test (ca. 35 Minuten) zu
        Zahlenverständnis und Arbeitsorganisation zu absolvieren:

        https://assessment.donautec.at/start?token=8d2f6b1e

        Bitte schließen Sie den Test bis spätestens Sonntag, 1. November 2026, 23:59 Uhr ab.
        Sie können ihn jederzeit vorher durchführen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Donautec Medizinprodukte GmbH
        """)
    hs = head(addr("Donautec Medizinprodukte GmbH", "noreply@smartrecruiters.com"),
              "Nächster Schritt: Online-Test", "2026-10-26 10:11", "Europe/Vienna",
              "<a13c5e7f.9b1d.4f3a.8c5e.sr-mail-7e9a1c3b5d@smartrecruiters.com>", relay="mta-21.smartrecruiters.com")
    return make.message(hs, text(body))


@neg(N(48), "non_interview_calendar", "de", None,
     "Physiotherapy practice confirms an appointment Wednesday 23 September 15:20; not an interview",
     days=(("Wed", "2026-09-23"),))
def m48() -> bytes:
    body = t("""
        Guten Tag Frau Lindemann,

        hiermit bestätigen wir Ihren Termin:

        Mittwoch, 23.09.2026 um 15:20 Uhr
        Krankengymnastik (Rezept 3 von 6) bei Herrn Lorenz

        Bitte denken Sie an ein großes Handtuch.

        Ihre Physiopraxis Lindenhof
        Leipziger Straße 19, 07545 Gera
        """)
    hs = head(addr("Physiopraxis Lindenhof", "info@physio-lindenhof-gera.de"),
              "Terminbestätigung", "2026-09-18 12:06", B, "<termin-88213@physio-lindenhof-gera.de>",
              relay="smtp.physio-lindenhof-gera.de")
    return make.message(hs, text(body, charset="iso-8859-1"))


@neg(N(49), "network_notification", "de", None,
     "Business-network notification of a new message from a recruiter asking if she is open to a chat; no time")
def m49() -> bytes:
    body = t("""
        Sie haben eine neue Nachricht

        Oliver Grant
        Senior Consultant Life Sciences bei Harwood Talent Partners

        "Hi Marie, I came across your profile - are you open to a chat about a Sales
        Operations role with a medtech client in Copenhagen? Happy to share details."

        Nachricht ansehen: https://www.pronetz.example/messages/thread/88120411

        Sie erhalten diese E-Mail, weil Benachrichtigungen für Nachrichten aktiviert sind.
        Einstellungen: https://www.pronetz.example/settings/notifications
        """)
    hs = head(addr("ProNetz", "benachrichtigungen@pronetz.example"),
              "Oliver Grant hat Ihnen eine Nachricht gesendet", "2026-11-18 08:44", B,
              "<msg.88120411.notify@pronetz.example>", relay="mail-out-5.pronetz.example",
              extra=(("List-Unsubscribe", "<https://www.pronetz.example/settings/notifications>"),))
    return make.message(hs, text(body))


@neg(N(50), "newsletter", "de", None,
     "Regional medtech industry newsletter with event dates; no personal appointment",
     days=(("Wed", "2026-11-18"), ("Thu", "2026-12-10")))
def m50() -> bytes:
    body = t("""
        MedTech Mitteldeutschland – Newsletter Dezember 2026

        Aus dem Netzwerk
        * Neue Förderrunde für Digitalisierung in Kliniken: Antragsfrist 31. Januar 2027
        * Rückblick: MedTec Forum Leipzig am Mittwoch, 18. November, mit über 900 Gästen
        * Mitgliederportrait: Saalemed GmbH, Jena

        Termine
        * Donnerstag, 10. Dezember 2026, 17:00 Uhr: Netzwerkabend "Vertrieb & Vergabe",
          Erfurt (Anmeldung erforderlich)

        Stellenbörse
        Unsere Mitglieder suchen derzeit 47 Fachkräfte in Vertrieb, Regulatory Affairs und
        Service: https://www.medtech-mitteldeutschland.de/jobs

        Abmelden: https://www.medtech-mitteldeutschland.de/newsletter/abmelden
        """)
    hs = head(addr("MedTech Mitteldeutschland e.V.", "newsletter@medtech-mitteldeutschland.de"),
              "Newsletter Dezember: Förderrunde, Rückblick MedTec Forum, Netzwerkabend", "2026-12-01 10:00", B,
              "<nl-2026-12.6617@medtech-mitteldeutschland.de>", relay="mta.medtech-mitteldeutschland.de",
              extra=(("List-Unsubscribe", "<https://www.medtech-mitteldeutschland.de/newsletter/abmelden>"),
                     ("Precedence", "bulk")))
    return make.message(hs, text(body))
