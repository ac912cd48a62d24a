"""blind185: a blind 50-mail held-out set, the inbox of Tobias Reindl (Erlangen), Sep-Dec 2026.

Every mail is written by hand below, one function per mail; ``make.py`` does the MIME plumbing
and the checks. Build and check with ``python3 bench/heldout/make_blind.py blind185``.
Written blind: without reading the detector, its tests, or any other held-out set.
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

ORDER = random.Random(1850185).sample(range(1, 51), 50)
ME = "tobias.reindl@example.org"
TO = addr("Tobias Reindl", ME)
BER = "Europe/Berlin"


def n(key: int) -> str:
    """The file name of the mail written key-th."""
    return f"blind185_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, src: str, *, to: str = TO,
         extra: tuple[tuple[str, str], ...] = (), charset: str = "utf-8", lag: int = 3,
         mx_id: str = "4Qx7Lm2Zb9") -> list[tuple[str, str]]:
    """Return-Path-less header block: Received, From, To, Subject, Date, Message-ID, extras."""
    return [
        ("Delivered-To", ME),
        ("Received", received(src, when, zone, f"mx02.example.org (Postfix) with ESMTPS id {mx_id}", ME, lag)),
        ("From", frm),
        ("To", to),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", mid),
        *extra,
    ]


def vcal(events: str, *, prodid: str, method: str | None = "REQUEST", tz: str | None = BER) -> str:
    """A VCALENDAR around hand-written VEVENT text, with the zone's VTIMEZONE block."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if tz:
        lines.append(VTZ[tz])
    lines.append(events.strip("\n"))
    lines.append("END:VCALENDAR")
    return "\n".join(lines)


# =========================================================================== positives: scheduled


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-14T08:00:00Z", end="2026-09-14T09:00:00Z",
      contact="lena.hofbauer@kosbach-imaging.de", company="Kosbach Imaging",
      local="Mon 2026-09-14 10:00", local_end="2026-09-14 11:00", zone=BER,
      note="Personio confirmation from a no-reply sender; Reply-To and ICS ORGANIZER are the recruiter. "
           "Mo 14.09.2026 10:00-11:00 MESZ (UTC+2) -> 08:00-09:00Z; ICS agrees.")
def p01() -> bytes:
    plain = t("""
        Guten Tag Herr Reindl,

        vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch:

        Position:   Senior Software Engineer C++ / DICOM (m/w/d)
        Datum:      Montag, 14.09.2026
        Uhrzeit:    10:00 - 11:00 Uhr (MESZ)
        Ort:        Kosbach Imaging GmbH, Am Wetterkreuz 19, 91058 Erlangen
        Gesprächspartner: Lena Hofbauer (People & Culture), Dr. Martin Seubert (Head of Software)

        Bitte melden Sie sich am Empfang im Erdgeschoss. Parkplätze finden Sie direkt vor dem Gebäude.

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Lena Hofbauer
        Kosbach Imaging GmbH

        --
        Diese E-Mail wurde über Personio versendet.
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
        <p>Guten Tag Herr Reindl,</p>
        <p>vielen Dank für Ihre Terminauswahl. Hiermit bestätigen wir Ihr Vorstellungsgespräch:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td><b>Position</b></td><td>Senior Software Engineer C++ / DICOM (m/w/d)</td></tr>
        <tr><td><b>Datum</b></td><td>Montag, 14.09.2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>10:00 - 11:00 Uhr (MESZ)</td></tr>
        <tr><td><b>Ort</b></td><td>Kosbach Imaging GmbH, Am Wetterkreuz 19, 91058 Erlangen</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Lena Hofbauer (People &amp; Culture), Dr. Martin Seubert (Head of Software)</td></tr>
        </table>
        <p>Bitte melden Sie sich am Empfang im Erdgeschoss. Parkplätze finden Sie direkt vor dem Gebäude.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Lena Hofbauer<br>Kosbach Imaging GmbH</p>
        <p style="color:#8a94a6;font-size:11px">Diese E-Mail wurde über Personio versendet.</p>
        </body></html>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        UID:personio-interview-8f3c21a7-5d0e-4c55-9a1e-0b7c6f2e4411
        DTSTAMP:20260908T081412Z
        DTSTART;TZID=Europe/Berlin:20260914T100000
        DTEND;TZID=Europe/Berlin:20260914T110000
        SUMMARY:Vorstellungsgespräch Kosbach Imaging GmbH - Tobias Reindl
        LOCATION:Kosbach Imaging GmbH, Am Wetterkreuz 19, 91058 Erlangen
        ORGANIZER;CN=Lena Hofbauer:mailto:lena.hofbauer@kosbach-imaging.de
        ATTENDEE;CN=Tobias Reindl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobias.reindl@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """), prodid="-//Personio GmbH//Recruiting//DE")
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", cte="base64", filename="Vorstellungsgespraech.ics",
                          disposition="attachment"))
    return message(head(
        addr("Kosbach Imaging GmbH", "noreply@mail.personio.de"),
        "Bestätigung Ihres Vorstellungsgesprächs bei der Kosbach Imaging GmbH",
        "2026-09-08 10:14", BER, "<0102019a4c7e2b1f-6d3f0e55-91c4-4f0a-b8a2-5e6f11aa07c3-000000@eu-central-1.amazonses.com>",
        "from a7-14.smtp-out.eu-central-1.amazonses.com (a7-14.smtp-out.eu-central-1.amazonses.com [54.240.7.14])",
        extra=(("Reply-To", addr("Lena Hofbauer", "lena.hofbauer@kosbach-imaging.de")),
               ("X-Personio-Message-Type", "application.event.confirmed"))), body)


@mail(n(2), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
      contact="dana.whitcombe@lumorahealth.com", company="Lumora Health",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
      note="Greenhouse 'interview scheduled' sent Wed 28 Oct in EDT; the interview is Tue 3 Nov after US "
           "DST ended (1 Nov): 10:00-10:45 AM EST (UTC-5) -> 15:00-15:45Z; the body's CET echo 4:00 PM "
           "agrees (Europe back on CET since 25 Oct). Contact = Reply-To recruiter.")
def p02() -> bytes:
    plain = t("""
        Hi Tobias,

        Thanks for sending over your availability! Your interview for Staff Software Engineer, Imaging
        Platform (Remote - EU) has been scheduled. Here are the details:

        Tuesday, November 3, 2026
        10:00 AM - 10:45 AM Eastern Time (US & Canada)
        (that's 4:00 PM - 4:45 PM for you in Central European Time)

        Interviewer: Marcus Feld, Engineering Manager
        Location: Zoom - https://lumorahealth.zoom.us/j/84120993517?pwd=cXVhZ3JlZW5ob3VzZQ

        Heads-up: US clocks go back an hour on Sunday, November 1, so the gap to Erlangen is back to
        six hours by then - the times above already account for it.

        If anything comes up, just reply to this email.

        Best,
        Dana Whitcombe
        Technical Recruiter | Lumora Health
        """)
    body_html = t("""
        <div style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Tobias,</p>
        <p>Thanks for sending over your availability! Your interview for <b>Staff Software Engineer, Imaging Platform (Remote - EU)</b> has been scheduled. Here are the details:</p>
        <p><b>Tuesday, November 3, 2026</b><br>10:00 AM - 10:45 AM Eastern Time (US &amp; Canada)<br>(that's 4:00 PM - 4:45 PM for you in Central European Time)</p>
        <p>Interviewer: Marcus Feld, Engineering Manager<br>Location: <a href="https://lumorahealth.zoom.us/j/84120993517?pwd=cXVhZ3JlZW5ob3VzZQ">Zoom</a></p>
        <p>Heads-up: US clocks go back an hour on Sunday, November 1, so the gap to Erlangen is back to six hours by then - the times above already account for it.</p>
        <p>If anything comes up, just reply to this email.</p>
        <p>Best,<br>Dana Whitcombe<br>Technical Recruiter | Lumora Health</p>
        </div>
        <img src="https://links.greenhouse-mail.io/o/eJyNkE1uwzAIhU8T7xr5J3bjhRddNNeIMMaJVcdEtqPc.gif" width="1" height="1" alt="">
        """)
    return message(head(
        addr("Lumora Health", "no-reply@us.greenhouse-mail.io"),
        "Interview Confirmation: Staff Software Engineer, Imaging Platform at Lumora Health",
        "2026-10-28 15:02", "America/New_York", "<6f5e2ac0c1d34.20261028190207.4471@us.greenhouse-mail.io>",
        "from o3.us.greenhouse-mail.io (o3.us.greenhouse-mail.io [167.89.101.33])",
        extra=(("Reply-To", addr("Dana Whitcombe", "dana.whitcombe@lumorahealth.com")),
               ("X-SG-EID", "u001.hQ2kPzZr0aFvV1bY8dQ4uA=="))),
        alt(text(plain), html(body_html)))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-24T12:15:00Z", end=None,
      contact="florian.doerfler@bitwerk-franken.de", company="Bitwerk Franken",
      local="Thu 2026-09-24 14:15", zone=BER,
      note="Franconian du-mail from the CTO: 'morgen um viertel drei' resolved against Date (Wed 23 Sep, "
           "10:32 MESZ) -> Thu 24 Sep 14:15 MESZ = 12:15Z; 'so a Stündla' is approximate -> end null.")
def p03() -> bytes:
    body = t("""
        Servus Tobias,

        bassd scho, dann sehn mer uns morgen um viertel drei bei uns in der Gustavstraße 42 in Fürth.
        Klingel "Bitwerk", 2. Stock, der Aufzug is seit Wochen kaputt, sorry.
        Mit dabei is der Markus vom Backend, mir ham so a Stündla eingeplant, wenns länger geht
        is a net schlimm. Bring gern was mit was du zeigen kannst (muss nix fertiges sein).

        Bis morgen
        Flo

        --
        Florian Dörfler | CTO
        Bitwerk Franken GmbH | Gustavstraße 42 | 90762 Fürth
        0911 / 740 38 12

        Am Di., 22. Sept. 2026 um 21:07 Uhr schrieb Tobias Reindl <tobias.reindl@example.org>:
        > Hallo Florian,
        >
        > danke für den netten Anruf heute! Mittwoch klappt bei mir leider nicht, Donnerstag
        > Nachmittag wäre aber super.
        >
        > Viele Grüße
        > Tobias
        """)
    return message(head(
        addr("Florian Dörfler", "florian.doerfler@bitwerk-franken.de"),
        "Re: Kennenlernen Bitwerk",
        "2026-09-23 10:32", BER, "<CAL8x2mQ4=pWb7t0fRz1kHyN3vA9cJ+Ue5sXo6dYgK@mail.gmail.com>",
        "from mail-wr1-f48.google.com (mail-wr1-f48.google.com [209.85.221.48])",
        extra=(("In-Reply-To", "<3b1e9c72-0f4a-4d1b-a5e2-7c0d8a61f2b4@example.org>"),
               ("References", "<3b1e9c72-0f4a-4d1b-a5e2-7c0d8a61f2b4@example.org>"))),
        text(body, cte="8bit"))


@mail(n(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start="2026-10-07T11:00:00Z", end="2026-10-07T12:30:00Z",
      contact="katrin.weissenberger@regnitz-medtech.de", company="Regnitz MedTech",
      local="Wed 2026-10-07 13:00", local_end="2026-10-07 14:30", zone=BER,
      note="Exchange meeting request; the body has only Teams boilerplate, the time is only in the ICS: "
           "DTSTART;TZID=W. Europe Standard Time 20261007T130000 (MESZ, UTC+2) -> 11:00Z, DTEND 14:30 -> "
           "12:30Z. Contact = sender / ORGANIZER.")
def p04() -> bytes:
    plain = t("""
        Hallo Herr Reindl,

        wie heute am Telefon besprochen, anbei die Einladung zum technischen Interview mit Dr. Pohl
        (Teamleitung Bildrekonstruktion) und mir. Wir freuen uns auf das Gespräch!

        Viele Grüße
        Katrin Weißenberger
        Talent Acquisition | Regnitz MedTech AG
        Henkestraße 91 | 91052 Erlangen

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZTg1YjMtZjk0Mi00ZTVhLWI4OGUtMWQyYTY0ZDk2Yzcx%40thread.v2/0?context=%7b%22Tid%22%3a%2201c4e8a2%22%7d>
        Besprechungs-ID: 351 882 447 019
        Kennung: 8nQ4fD
        Teams herunterladen<https://www.microsoft.com/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1"><div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Reindl,</p>
        <p class="MsoNormal">wie heute am Telefon besprochen, anbei die Einladung zum technischen Interview mit Dr. Pohl (Teamleitung Bildrekonstruktion) und mir. Wir freuen uns auf das Gespräch!</p>
        <p class="MsoNormal">Viele Grüße<br>Katrin Weißenberger<br>Talent Acquisition | Regnitz MedTech AG<br>Henkestraße 91 | 91052 Erlangen</p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        <div style="margin-bottom:24px"><span style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</span></div>
        <div><span style="font-size:14px">Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät teil</span></div>
        <div style="margin-bottom:6px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZTg1YjMtZjk0Mi00ZTVhLWI4OGUtMWQyYTY0ZDk2Yzcx%40thread.v2/0" style="font-size:14px;font-weight:700;color:#5B5FC7">Hier klicken, um an der Besprechung teilzunehmen</a></div>
        <div><span style="font-size:14px">Besprechungs-ID: 351 882 447 019<br>Kennung: 8nQ4fD</span></div>
        <div><span style="white-space:nowrap;color:#5F5F5F">________________________________________________________________________________</span></div>
        </div></body></html>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Weißenberger Katrin:mailto:katrin.weissenberger@regnitz-medtech.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Reindl:mailto:tobias.reindl@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pohl Dr. Andreas:mailto:andreas.pohl@regnitz-medtech.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Reindl,\\n\\nwie heute am Telefon besprochen\\, anbei die Einladung zum technischen Interview mit Dr. Pohl und mir.\\n
        UID:040000008200E00074C5B7101A82E00800000000F0B3A1D2C955DC01000000000000000010000000A4E21C7B5F6D3E48B1C90F2A6E7D8C11
        SUMMARY;LANGUAGE=de-DE:Technisches Interview Regnitz MedTech - Senior Software Engineer Bildrekonstruktion
        DTSTART;TZID=W. Europe Standard Time:20261007T130000
        DTEND;TZID=W. Europe Standard Time:20261007T143000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261001T142033Z
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
        X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams-Besprechung","LocationAnnotation":"","LocationSource":0,"Unresolved":false,"LocationUri":""}]
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        """), prodid="Microsoft Exchange Server 2010", tz="W. Europe Standard Time")
    body = alt(text(plain), html(body_html), calendar(ics, method="REQUEST", cte="base64"))
    return message(head(
        addr("Weißenberger Katrin", "katrin.weissenberger@regnitz-medtech.de"),
        "Technisches Interview Regnitz MedTech - Senior Software Engineer Bildrekonstruktion",
        "2026-10-01 16:20", BER, "<FR2P281MB2218B6C4E1A0D3F7A91C2B44D9E12@FR2P281MB2218.DEUP281.PROD.OUTLOOK.COM>",
        "from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com [40.107.104.112])",
        extra=(("Thread-Topic", "Technisches Interview Regnitz MedTech - Senior Software Engineer Bildrekonstruktion"),
               ("Thread-Index", "AdtT3kQ1mZbFv7XgS0yP1c9Rr2W8HA=="),
               ("Accept-Language", "de-DE, en-US"),
               ("Content-Language", "de-DE"),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""))),
        body)


@mail(n(5), family="workday", lang="de", interview=True, kind="scheduled",
      start="2026-10-22T07:30:00Z", end="2026-10-22T08:30:00Z",
      contact="sabine.graef@noris-diagnostics.de", company="Noris Diagnostics",
      local="Thu 2026-10-22 09:30", local_end="2026-10-22 10:30", zone=BER,
      note="Workday notification (HTML only, base64) from the tenant mailbox; the recruiter's address is "
           "only in the body. Do 22.10.2026 09:30-10:30 MESZ (still summer time, DST ends 25 Oct) -> "
           "07:30-08:30Z.")
def p05() -> bytes:
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Workday</title></head>
        <body style="margin:0;background:#f4f4f4">
        <table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">
        <tr><td>
        <img src="https://wd3.myworkday.com/norisdiagnostics/images/logo.png" alt="Noris Diagnostics" width="160">
        <p>Sehr geehrter Herr Reindl,</p>
        <p>wir freuen uns, Ihnen den folgenden Termin für Ihr Vorstellungsgespräch zur Stelle
        <b>Software Architect Medical Imaging (m/w/d) – R-0048213</b> zu bestätigen:</p>
        <p><b>Datum:</b> Donnerstag, 22. Oktober 2026<br>
        <b>Uhrzeit:</b> 09:30 – 10:30 Uhr (MESZ)<br>
        <b>Ort:</b> Noris Diagnostics SE, Frankenstraße 150, 90461 Nürnberg, Gebäude C, Empfang</p>
        <p>Bitte bringen Sie einen gültigen Lichtbildausweis mit.</p>
        <p>Bei Fragen wenden Sie sich bitte an Ihre Ansprechpartnerin Sabine Gräf
        (<a href="mailto:sabine.graef@noris-diagnostics.de">sabine.graef@noris-diagnostics.de</a>, +49 911 2304 5517).</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Noris Diagnostics SE</p>
        <p style="font-size:11px;color:#888">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </td></tr></table></td></tr></table></body></html>
        """)
    return message(head(
        addr("Noris Diagnostics SE", "norisdiagnostics@myworkday.com"),
        "Terminbestätigung: Vorstellungsgespräch Software Architect Medical Imaging",
        "2026-10-15 07:41", BER, "<1879335024.118876.1792042860112@wd3-prod-mail-03.myworkday.com>",
        "from wd3-prod-mail-03.myworkday.com (wd3-prod-mail-03.myworkday.com [199.102.196.40])",
        extra=(("Auto-Submitted", "auto-generated"),)),
        html(body_html, cte="base64"))


@mail(n(6), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start="2026-12-04T13:00:00Z", end="2026-12-04T14:00:00Z",
      contact="jonas.albrecht@isarlight.de", company="Isarlight Imaging",
      local="Fri 2026-12-04 14:00", local_end="2026-12-04 15:00", zone=BER,
      note="SmartRecruiters confirmation from a no-reply sender; contact = recruiter address in the body. "
           "Fri Dec 4 2:00-3:00 PM (GMT+01:00) Europe/Berlin -> 13:00-14:00Z.")
def p06() -> bytes:
    plain = t("""
        Isarlight Imaging

        Hi Tobias,

        Your interview has been confirmed.

        Senior C++ Engineer - Ultrasound Platform
        Interview type: Onsite
        Date: Fri, Dec 4, 2026
        Time: 2:00 PM - 3:00 PM (GMT+01:00) Europe/Berlin
        Location: Isarlight Imaging GmbH, Landsberger Str. 302, 80687 Munich, 4th floor

        Interviewers: Jonas Albrecht (Recruiter), Mei Lindqvist (Team Lead Beamforming)

        Need to reschedule? Contact Jonas Albrecht at jonas.albrecht@isarlight.de.

        Add to calendar: https://jobs.smartrecruiters.com/interview/7f02c6e1-4b33-4a5e-93b0-2ad1c8e8f5d0/ics

        Good luck!
        Isarlight Imaging Hiring Team

        Powered by SmartRecruiters
        """)
    body_html = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;color:#2b2b2b">
        <div style="max-width:560px;margin:auto">
        <h2 style="font-weight:400">Isarlight Imaging</h2>
        <p>Hi Tobias,</p>
        <p><b>Your interview has been confirmed.</b></p>
        <div style="border:1px solid #e0e0e0;padding:16px">
        <p style="margin:0 0 8px 0"><b>Senior C++ Engineer - Ultrasound Platform</b></p>
        <p style="margin:0">Interview type: Onsite<br>Date: Fri, Dec 4, 2026<br>Time: 2:00 PM - 3:00 PM (GMT+01:00) Europe/Berlin<br>
        Location: Isarlight Imaging GmbH, Landsberger Str. 302, 80687 Munich, 4th floor</p>
        <p>Interviewers: Jonas Albrecht (Recruiter), Mei Lindqvist (Team Lead Beamforming)</p>
        </div>
        <p>Need to reschedule? Contact Jonas Albrecht at <a href="mailto:jonas.albrecht@isarlight.de">jonas.albrecht@isarlight.de</a>.</p>
        <p><a href="https://jobs.smartrecruiters.com/interview/7f02c6e1-4b33-4a5e-93b0-2ad1c8e8f5d0/ics">Add to calendar</a></p>
        <p>Good luck!<br>Isarlight Imaging Hiring Team</p>
        <p style="font-size:11px;color:#999">Powered by SmartRecruiters</p>
        </div></body></html>
        """)
    return message(head(
        addr("Isarlight Imaging", "noreply@smartrecruiters.com"),
        "Interview confirmed: Senior C++ Engineer - Ultrasound Platform",
        "2026-11-26 11:05", BER, "<20261126100512.6c1f0a9e3b7d4f21@mail.smartrecruiters.com>",
        "from mail-eu.smartrecruiters.com (mail-eu.smartrecruiters.com [185.12.81.90])"),
        alt(text(plain, cte="7bit"), html(body_html)))


@mail(n(7), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start="2026-10-15T07:30:00Z", end="2026-10-15T08:15:00Z",
      contact="jana.uhl@kleeblatt-software.de", company="Kleeblatt Software",
      local="Thu 2026-10-15 09:30", local_end="2026-10-15 10:15", zone=BER,
      note="Teamtailor booking confirmation (du), date without a year 'Do., 15.10., 9:30 - 10:15 Uhr' "
           "resolved against Date (Fri 9 Oct 2026); MESZ -> 07:30-08:15Z; ICS agrees. Contact = Reply-To.")
def p07() -> bytes:
    plain = t("""
        Hey Tobias,

        dein Interview ist gebucht! 🎉

        Was:  Erstes Kennenlernen – Backend Developer Healthcare (m/w/d)
        Wann: Do., 15.10., 9:30 – 10:15 Uhr
        Wo:   Google Meet – https://meet.google.com/qkd-rwmx-tno
        Mit:  Jana Uhl (Recruiting) & Deniz Aksoy (Tech Lead)

        Wir haben dir eine Kalendereinladung angehängt. Falls was dazwischenkommt,
        antworte einfach auf diese Mail.

        Bis Donnerstag!
        Jana von Kleeblatt Software

        Kleeblatt Software GmbH · Königswarterstraße 70 · 90762 Fürth
        """)
    body_html = t("""
        <div style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#111">
        <p>Hey Tobias,</p>
        <p>dein Interview ist gebucht! 🎉</p>
        <p><strong>Was:</strong> Erstes Kennenlernen – Backend Developer Healthcare (m/w/d)<br>
        <strong>Wann:</strong> Do., 15.10., 9:30 – 10:15 Uhr<br>
        <strong>Wo:</strong> <a href="https://meet.google.com/qkd-rwmx-tno">Google Meet</a><br>
        <strong>Mit:</strong> Jana Uhl (Recruiting) &amp; Deniz Aksoy (Tech Lead)</p>
        <p>Wir haben dir eine Kalendereinladung angehängt. Falls was dazwischenkommt, antworte einfach auf diese Mail.</p>
        <p>Bis Donnerstag!<br>Jana von Kleeblatt Software</p>
        <p style="font-size:12px;color:#777">Kleeblatt Software GmbH · Königswarterstraße 70 · 90762 Fürth</p>
        </div>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        UID:tt-interview-5521873@teamtailor.com
        DTSTAMP:20261009T111200Z
        DTSTART;TZID=Europe/Berlin:20261015T093000
        DTEND;TZID=Europe/Berlin:20261015T101500
        SUMMARY:Kennenlernen Kleeblatt Software (Tobias Reindl)
        DESCRIPTION:Google Meet: https://meet.google.com/qkd-rwmx-tno
        LOCATION:https://meet.google.com/qkd-rwmx-tno
        ORGANIZER;CN=Jana Uhl:mailto:jana.uhl@kleeblatt-software.de
        ATTENDEE;CN=Tobias Reindl;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.reindl@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """), prodid="-//Teamtailor//Interview//EN")
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(head(
        addr("Jana Uhl (Kleeblatt Software)", "no-reply@teamtailor-mail.com"),
        "Interview gebucht: Kleeblatt Software 🍀",
        "2026-10-09 13:12", BER, "<652f6c1a8e0b4_3d2a9c14e88@teamtailor-mail.com>",
        "from mail189-12.suw21.mandrillapp.com (mail189-12.suw21.mandrillapp.com [198.2.189.12])",
        extra=(("Reply-To", addr("Jana Uhl", "jana.uhl@kleeblatt-software.de")),)), body)


@mail(n(8), family="human_prose", lang="de-AT", interview=True, kind="scheduled",
      start="2026-11-10T09:00:00Z", end="2026-11-10T10:30:00Z",
      contact="e.hintersteiner@poestlingberg-imaging.at", company="Pöstlingberg Imaging",
      local="Tue 2026-11-10 10:00", local_end="2026-11-10 11:30", zone="Europe/Vienna",
      note="Austrian employer (Linz), 'Grüß Gott', iso-8859-15 QP; confirms 'Dienstag, 10. November 2026, "
           "von 10:00 bis 11:30 Uhr' in Linz (CET, UTC+1) -> 09:00-10:30Z.")
def p08() -> bytes:
    body = t("""
        Grüß Gott Herr Reindl,

        wie heute telefonisch vereinbart, bestätige ich Ihnen gerne den Termin für das persönliche
        Gespräch in Linz:

        Dienstag, 10. November 2026, von 10:00 bis 11:30 Uhr
        Pöstlingberg Imaging GmbH, Hafenstraße 47, 4020 Linz, 3. Stock (Besprechungsraum "Donau")

        Seitens Pöstlingberg Imaging sind DI Gernot Aigner (Leitung Softwareentwicklung) und ich dabei.
        Die Reisekosten (Bahn 2. Klasse ab Erlangen) übernehmen wir selbstverständlich - bitte heben
        Sie die Belege auf.

        Vom Hauptbahnhof sind es mit der Straßenbahn Linie 2 ca. 15 Minuten bis zur Haltestelle
        "Hafen". Sollten Sie mit dem Auto anreisen, melden Sie sich bitte kurz, dann reserviere ich
        Ihnen einen Parkplatz.

        Ich freue mich auf Ihren Besuch!

        Mit freundlichen Grüßen
        Mag. Elisabeth Hintersteiner
        Human Resources

        Pöstlingberg Imaging GmbH
        Hafenstraße 47 | 4020 Linz | Österreich
        T +43 732 778 210-14
        e.hintersteiner@poestlingberg-imaging.at
        FN 412883 s | Landesgericht Linz
        """)
    return message(head(
        addr("Hintersteiner Elisabeth", "e.hintersteiner@poestlingberg-imaging.at", charset="iso-8859-15"),
        "Terminbestätigung persönliches Gespräch - Software Engineer Bildverarbeitung",
        "2026-11-03 14:05", "Europe/Vienna", "<a1c4e07b92f14d3e8f6b0c2d5e7a9b11@EXCH01.poestlingberg.local>",
        "from mail.poestlingberg-imaging.at (mail.poestlingberg-imaging.at [91.118.42.7])",
        charset="iso-8859-15",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-AT"))),
        text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(9), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T08:00:00Z", end="2026-10-27T08:45:00Z",
      contact="sanne.devries@vectradosimetry.nl", company="Vectra Dosimetry",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 09:45", zone=BER,
      note="Calendly invitee confirmation sent Fri 23 Oct in CEST; the event is Tue 27 Oct after Europe's "
           "DST end (25 Oct): 9:00am-9:45am Central European Time (UTC+1) -> 08:00-08:45Z; the ICS uses "
           "UTC and agrees. Contact = Reply-To host.")
def p09() -> bytes:
    plain = t("""
        Hi Tobias Reindl,

        A new event has been scheduled.

        Event Type:
        Hiring Manager Interview - Senior Software Engineer (45 min)

        Invitee:
        Tobias Reindl

        Invitee Email:
        tobias.reindl@example.org

        Event Date/Time:
        9:00am - 9:45am (Central European Time) on Tuesday, October 27, 2026

        Location:
        This is a Google Meet web conference. https://meet.google.com/vwd-hqse-kpz

        Host:
        Sanne de Vries

        Questions:
        Anything you would like us to know before the call?
        Looking forward to talking about the dose-engine rewrite.

        View event in Calendly: https://calendly.com/events/3a1fe8b0-6b1d-4fd5-9c3e-55d2a0c1e7f4

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3a1fe8b0-6b1d-4fd5-9c3e-55d2a0c1e7f4
        Reschedule: https://calendly.com/reschedulings/3a1fe8b0-6b1d-4fd5-9c3e-55d2a0c1e7f4

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#4d5055">
        <p>Hi Tobias Reindl,</p><p>A new event has been scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Manager Interview - Senior Software Engineer (45 min)</p>
        <p><b>Invitee:</b><br>Tobias Reindl</p>
        <p><b>Invitee Email:</b><br><a href="mailto:tobias.reindl@example.org">tobias.reindl@example.org</a></p>
        <p><b>Event Date/Time:</b><br>9:00am - 9:45am (Central European Time) on Tuesday, October 27, 2026</p>
        <p><b>Location:</b><br>This is a Google Meet web conference. <a href="https://meet.google.com/vwd-hqse-kpz">Join now</a></p>
        <p><b>Host:</b><br>Sanne de Vries</p>
        <p><a href="https://calendly.com/events/3a1fe8b0-6b1d-4fd5-9c3e-55d2a0c1e7f4">View event in Calendly</a></p>
        <p>Need to make changes to this event?<br>
        <a href="https://calendly.com/cancellations/3a1fe8b0-6b1d-4fd5-9c3e-55d2a0c1e7f4">Cancel</a>
        <a href="https://calendly.com/reschedulings/3a1fe8b0-6b1d-4fd5-9c3e-55d2a0c1e7f4">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        DTSTAMP:20261023T164011Z
        DTSTART:20261027T080000Z
        DTEND:20261027T084500Z
        SUMMARY:Hiring Manager Interview - Senior Software Engineer between Sanne de Vries and Tobias Reindl
        UID:3a1fe8b0-6b1d-4fd5-9c3e-55d2a0c1e7f4@calendly.com
        DESCRIPTION:Event Name: Hiring Manager Interview - Senior Software Engineer\\n\\nLocation: https://meet.google.com/vwd-hqse-kpz
        LOCATION:https://meet.google.com/vwd-hqse-kpz
        ORGANIZER;CN=Sanne de Vries:mailto:sanne.devries@vectradosimetry.nl
        ATTENDEE;CN=Tobias Reindl;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.reindl@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """), prodid="-//Calendly//EN", tz=None)
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment"))
    return message(head(
        addr("Calendly", "notifications@calendly.com"),
        "New Event: Tobias Reindl - 09:00am Tue, Oct 27, 2026 - Hiring Manager Interview - Senior Software Engineer",
        "2026-10-23 18:40", BER, "<0100019282bd6a1c-4e5c3f2a-77d1-4b8e-9f0a-2c3d4e5f6a7b-000000@email.amazonses.com>",
        "from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])",
        extra=(("Reply-To", addr("Sanne de Vries", "sanne.devries@vectradosimetry.nl")),)), body)


@mail(n(10), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start="2026-11-18T21:00:00Z", end="2026-11-18T22:00:00Z",
      contact="harriet.quinn@southernsonics.com.au", company="Southern Sonics",
      local="Thu 2026-11-19 08:00", local_end="2026-11-19 09:00", zone="Australia/Sydney",
      note="Google Calendar invitation from a Sydney team: Thu 19 Nov 8am-9am AEDT (UTC+11) = Wed 18 Nov "
           "21:00-22:00Z, so the UTC date is the day before (22:00 Wednesday in Erlangen, as the "
           "description says). ICS in UTC agrees. Contact = organizer.")
def p10() -> bytes:
    plain = t("""
        Harriet Quinn has invited you to a meeting

        Technical interview - Tobias Reindl / Southern Sonics
        Thursday 19 Nov 2026 ⋅ 8am – 9am (Australian Eastern Daylight Time - Sydney)

        Hi Tobias - as discussed, this is 8am our time, which should be 10pm on Wednesday for you in
        Erlangen. Sorry about the late hour, and thanks for making it work! You'll meet Callum (DSP)
        and Priyanka (platform). No prep needed beyond what we sent.

        Join with Google Meet
        meet.google.com/tzc-uopn-bxa

        Guests
        Harriet Quinn - organiser
        Callum Reyes
        Priyanka Bose
        tobias.reindl@example.org

        Reply for tobias.reindl@example.org: Yes / No / Maybe / More options
        https://calendar.google.com/calendar/event?action=RESPOND&eid=NjN2Z3NxcTFt&rst=1

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    body_html = t("""
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p><b>Harriet Quinn has invited you to a meeting</b></p>
        <h2 style="font-weight:400;font-size:20px">Technical interview - Tobias Reindl / Southern Sonics</h2>
        <p>Thursday 19 Nov 2026 ⋅ 8am – 9am (Australian Eastern Daylight Time - Sydney)</p>
        <p>Hi Tobias - as discussed, this is 8am our time, which should be 10pm on Wednesday for you in Erlangen. Sorry about the late hour, and thanks for making it work! You'll meet Callum (DSP) and Priyanka (platform). No prep needed beyond what we sent.</p>
        <p><a href="https://meet.google.com/tzc-uopn-bxa">Join with Google Meet</a><br>meet.google.com/tzc-uopn-bxa</p>
        <p><b>Guests</b><br>Harriet Quinn - organiser<br>Callum Reyes<br>Priyanka Bose<br>tobias.reindl@example.org</p>
        <p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p>
        </div>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        DTSTART:20261118T210000Z
        DTEND:20261118T220000Z
        DTSTAMP:20261110T232201Z
        ORGANIZER;CN=Harriet Quinn:mailto:harriet.quinn@southernsonics.com.au
        UID:63vgsqq1m4k8r0c2p7j9h5b1ad@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Harriet Quinn;X-NUM-GUESTS=0:mailto:harriet.quinn@southernsonics.com.au
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.reindl@example.org;X-NUM-GUESTS=0:mailto:tobias.reindl@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/tzc-uopn-bxa
        CREATED:20261110T232159Z
        DESCRIPTION:Hi Tobias - as discussed\\, this is 8am our time\\, which should be 10pm on Wednesday for you in Erlangen.
        LAST-MODIFIED:20261110T232159Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Technical interview - Tobias Reindl / Southern Sonics
        TRANSP:OPAQUE
        END:VEVENT
        """), prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=None)
    body = mixed(alt(text(plain), html(body_html), calendar(ics, method="REQUEST", cte="7bit")),
                 calendar(ics, method="REQUEST", cte="base64", ctype="application/ics",
                          filename="invite.ics", disposition="attachment", name_param=True))
    return message(head(
        addr("Harriet Quinn", "harriet.quinn@southernsonics.com.au"),
        "Invitation: Technical interview - Tobias Reindl / Southern Sonics @ Thu 19 Nov 2026 8am - 9am "
        "(AEDT) (tobias.reindl@example.org)",
        "2026-11-11 10:22", "Australia/Sydney", "<calendar-7e2b9c40-51d8-4a6f-b3e1-0c9d8f7a6b5e@google.com>",
        "from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
        extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),
               ("Reply-To", addr("Harriet Quinn", "harriet.quinn@southernsonics.com.au")))), body)


@mail(n(11), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-11-18T12:30:00Z", end="2026-11-18T13:30:00Z",
      contact="miriam.kellner@donaulicht-medical.de", company="Donaulicht Medical",
      local="Wed 2026-11-18 13:30", local_end="2026-11-18 14:30", zone=BER,
      note="softgarden confirmation (iso-8859-1, QP) from a no-reply sender; 'Mittwoch, 18.11.2026, "
           "13:30 Uhr, Dauer: 60 Minuten' is an exact length -> end; MEZ (UTC+1) -> 12:30-13:30Z. "
           "Contact = the named recruiter's address in the body.")
def p11() -> bytes:
    plain = t("""
        Sehr geehrter Herr Reindl,

        vielen Dank, dass Sie einen Termin für Ihr Vorstellungsgespräch gewählt haben. Wir bestätigen
        Ihnen hiermit folgenden Termin:

        Stelle:  Embedded Software Engineer Röntgengeneratoren (m/w/d)
        Termin:  Mittwoch, 18.11.2026, 13:30 Uhr
        Dauer:   60 Minuten
        Ort:     Donaulicht Medical GmbH, Galgenbergstraße 21, 93053 Regensburg

        Ihre Ansprechpartnerin: Miriam Kellner, Personalreferentin
        E-Mail: miriam.kellner@donaulicht-medical.de | Telefon: 0941 / 630 77 - 142

        Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über den folgenden Link ab:
        https://donaulicht-medical.softgarden.io/de/appointment/cancel/41f7c2b0

        Mit freundlichen Grüßen

        Ihr Recruiting-Team der Donaulicht Medical GmbH
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Reindl,</p>
        <p>vielen Dank, dass Sie einen Termin für Ihr Vorstellungsgespräch gewählt haben. Wir bestätigen Ihnen hiermit folgenden Termin:</p>
        <p><b>Stelle:</b> Embedded Software Engineer Röntgengeneratoren (m/w/d)<br>
        <b>Termin:</b> Mittwoch, 18.11.2026, 13:30 Uhr<br>
        <b>Dauer:</b> 60 Minuten<br>
        <b>Ort:</b> Donaulicht Medical GmbH, Galgenbergstraße 21, 93053 Regensburg</p>
        <p>Ihre Ansprechpartnerin: Miriam Kellner, Personalreferentin<br>
        E-Mail: <a href="mailto:miriam.kellner@donaulicht-medical.de">miriam.kellner@donaulicht-medical.de</a> | Telefon: 0941 / 630 77 - 142</p>
        <p>Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte <a href="https://donaulicht-medical.softgarden.io/de/appointment/cancel/41f7c2b0">hier</a> ab.</p>
        <p>Mit freundlichen Grüßen</p><p>Ihr Recruiting-Team der Donaulicht Medical GmbH</p>
        <p style="font-size:10px;color:#999">powered by softgarden</p>
        </body></html>
        """)
    return message(head(
        addr("Donaulicht Medical GmbH", "noreply@softgarden.io"),
        "Ihr Vorstellungsgespräch bei der Donaulicht Medical GmbH",
        "2026-11-09 08:55", BER, "<1731142500.5d2c8f0e41a3@mail.softgarden.io>",
        "from mail.softgarden.io (mail.softgarden.io [185.52.124.20])", charset="iso-8859-1"),
        alt(text(plain, charset="iso-8859-1"), html(body_html, charset="iso-8859-1")))


@mail(n(12), family="microsoft_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-12-03T10:00:00Z", end="2026-12-03T10:45:00Z",
      contact=None, company="Mainfranken Health IT",
      local="Thu 2026-12-03 11:00", local_end="2026-12-03 11:45", zone=BER,
      note="Microsoft Bookings confirmation from the Bookings mailbox; staff shown by name only and the "
           "only other address is karriere@ (role) -> contact null. Do., 3. Dezember 2026 11:00-11:45 "
           "(UTC+01:00) Amsterdam, Berlin... -> 10:00-10:45Z; ICS (W. Europe Standard Time) agrees.")
def p12() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#212121">
        <div style="font-size:20px;padding-bottom:12px">Ihre Buchung wurde bestätigt.</div>
        <div style="padding-bottom:8px">Hallo Tobias Reindl,</div>
        <div style="padding-bottom:16px">vielen Dank für Ihre Buchung bei Mainfranken Health IT GmbH.</div>
        <table style="font-size:14px" cellpadding="3">
        <tr><td style="color:#666">Dienst</td><td>Bewerbungsgespräch Softwareentwicklung (Teams)</td></tr>
        <tr><td style="color:#666">Datum</td><td>Do., 3. Dezember 2026</td></tr>
        <tr><td style="color:#666">Uhrzeit</td><td>11:00 - 11:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#666">Mitarbeiter</td><td>Carolin Zeh</td></tr>
        <tr><td style="color:#666">Ort</td><td>Online-Besprechung (Microsoft Teams)</td></tr>
        </table>
        <div style="padding-top:16px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjE4YzQ1NDQtYTk3Ni00NmRl%40thread.v2/0">An Microsoft Teams-Besprechung teilnehmen</a></div>
        <div style="padding-top:16px"><a href="https://outlook.office365.com/owa/calendar/MainfrankenHealthIT@mainfrankenhealthit.onmicrosoft.com/bookings/s/manage">Buchung verwalten</a></div>
        <div style="padding-top:24px;color:#666">Mainfranken Health IT GmbH · Friedrich-Bergius-Ring 15 · 97076 Würzburg<br>
        karriere@mainfranken-health-it.de · +49 931 46 58 20</div>
        </div></body></html>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Mainfranken Health IT GmbH:mailto:MainfrankenHealthIT@mainfrankenhealthit.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Tobias Reindl:mailto:tobias.reindl@example.org
        DESCRIPTION;LANGUAGE=de-DE:Bewerbungsgespräch Softwareentwicklung (Teams) mit Carolin Zeh
        UID:040000008200E00074C5B7101A82E008000000007C1D3E4F5A6BDD010000000000000000100000009D8C7B6A5F4E3D2C1B0A998877665544
        SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Softwareentwicklung (Teams)
        DTSTART;TZID=W. Europe Standard Time:20261203T110000
        DTEND;TZID=W. Europe Standard Time:20261203T114500
        CLASS:PUBLIC
        DTSTAMP:20261127T150311Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Online-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """), prodid="Microsoft Exchange Server 2010", tz="W. Europe Standard Time")
    body = mixed(html(body_html, cte="base64"),
                 calendar(ics, method="REQUEST", cte="base64", filename="invite.ics", disposition="attachment",
                          name_param=True))
    return message(head(
        addr("Mainfranken Health IT GmbH", "MainfrankenHealthIT@mainfrankenhealthit.onmicrosoft.com"),
        "Ihre Buchung wurde bestätigt: Bewerbungsgespräch Softwareentwicklung (Teams) - Mainfranken Health IT",
        "2026-11-27 16:03", BER, "<PR3P192MB0871A2B3C4D5E6F7081920A1B2C3D4@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>",
        "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2091.outbound.protection.outlook.com [40.107.22.91])",
        extra=(("X-MS-Exchange-Organization-BookingsMessage", "True"),)), body)


def _quantaview_inner() -> bytes:
    body = t("""
        Hi Tobias,

        Great speaking today - thanks for walking me through the reconstruction pipeline work.

        As agreed, let's do the system design round on Monday at 2pm UK time (3pm for you), 90 minutes
        with Oliver Grant (Principal Engineer) and me. I'll send a Teams link on Monday morning; it'll
        be a shared whiteboard, so a laptop rather than a phone is best.

        Cheers,
        Rahul

        Rahul Menon
        Engineering Manager, QuantaView
        rahul.menon@quantaview.io | +44 20 3807 5521
        """)
    return message([
        ("From", addr("Rahul Menon", "rahul.menon@quantaview.io")),
        ("To", addr("Tobias Reindl", "tobias.reindl@example.net")),
        ("Subject", "System design round - Monday"),
        ("Date", date("2026-11-06 16:40", "Europe/London")),
        ("Message-ID", "<LO2P265MB3519E4A7F2C1B0D9E8F7A6B5C4D3E2F1@LO2P265MB3519.GBRP265.PROD.OUTLOOK.COM>"),
    ], text(body))


@mail(n(13), family="forward_to_self", lang="en", interview=True, kind="scheduled",
      start="2026-11-09T14:00:00Z", end="2026-11-09T15:30:00Z",
      contact="rahul.menon@quantaview.io", company="QuantaView",
      local="Mon 2026-11-09 14:00", local_end="2026-11-09 15:30", zone="Europe/London",
      note="The candidate forwards (message/rfc822) a recruiter's mail from his other address to himself. "
           "'Monday at 2pm UK time (3pm for you), 90 minutes' resolved against the Date (Fri 6 Nov) -> "
           "Mon 9 Nov 14:00 GMT (UTC+0) = 14:00Z, end 15:30Z. Contact = the forwarded mail's sender.")
def p13() -> bytes:
    note = t("""
        fürs Archiv / in Kalender eintragen!! Montag 15 Uhr unsere Zeit

        T.
        """)
    body = mixed(text(note, cte="8bit"), attached_message(_quantaview_inner(), "System design round - Monday.eml"))
    return message(head(
        addr("Tobias Reindl", "tobias.reindl@example.net"),
        "Fwd: System design round - Monday",
        "2026-11-06 19:12", BER, "<e8a1f3c2-7b4d-4e6a-9c0b-1d2e3f4a5b6c@example.net>",
        "from smtp.example.net (smtp.example.net [198.51.100.25])",
        extra=(("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),)), body)


@mail(n(14), family="zoom", lang="de", interview=True, kind="scheduled",
      start="2026-12-07T08:30:00Z", end="2026-12-07T09:15:00Z",
      contact="t.wunderlich@pegnitz-vision.de", company="Pegnitz Vision",
      local="Mon 2026-12-07 09:30", local_end="2026-12-07 10:15", zone=BER,
      note="Recruiter prose (windows-1252 QP) with a pasted German Zoom block: 'am Mo., 7.12. um 9 Uhr 30', "
           "'Geplant sind 45 Minuten' (exact) -> MEZ (UTC+1) 08:30-09:15Z; the Zoom block's '7 Dez. 2026 "
           "09:30 AM Amsterdam, Berlin' agrees.")
def p14() -> bytes:
    plain = t("""
        Hallo Herr Reindl,

        anbei wie besprochen die Zugangsdaten für unser Videogespräch am Mo., 7.12. um 9 Uhr 30.
        Geplant sind 45 Minuten, dabei sind neben mir Frau Yilmaz aus der Softwareentwicklung und
        unser Teamleiter Herr Beck.

        Thomas Wunderlich lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Interview Tobias Reindl - Pegnitz Vision
        Zeit: 7 Dez. 2026 09:30 AM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://pegnitz-vision.zoom.us/j/93018475562?pwd=YkF6c3Z2dDJQZk1n

        Meeting-ID: 930 1847 5562
        Kenncode: 481920

        Bis Montag und beste Grüße aus Nürnberg
        Thomas Wunderlich
        Recruiting & Employer Branding

        Pegnitz Vision GmbH
        Fürther Straße 244 | 90429 Nürnberg
        t.wunderlich@pegnitz-vision.de
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><div style="font-family:Calibri,sans-serif;font-size:11pt">
        <p>Hallo Herr Reindl,</p>
        <p>anbei wie besprochen die Zugangsdaten für unser Videogespräch am <b>Mo., 7.12. um 9 Uhr 30</b>. Geplant sind 45 Minuten, dabei sind neben mir Frau Yilmaz aus der Softwareentwicklung und unser Teamleiter Herr Beck.</p>
        <p>Thomas Wunderlich lädt Sie zu einem geplanten Zoom-Meeting ein.<br><br>
        Thema: Interview Tobias Reindl - Pegnitz Vision<br>
        Zeit: 7 Dez. 2026 09:30 AM Amsterdam, Berlin, Rom, Stockholm, Wien<br><br>
        Zoom-Meeting beitreten<br><a href="https://pegnitz-vision.zoom.us/j/93018475562?pwd=YkF6c3Z2dDJQZk1n">https://pegnitz-vision.zoom.us/j/93018475562?pwd=YkF6c3Z2dDJQZk1n</a><br><br>
        Meeting-ID: 930 1847 5562<br>Kenncode: 481920</p>
        <p>Bis Montag und beste Grüße aus Nürnberg<br>Thomas Wunderlich<br>Recruiting &amp; Employer Branding</p>
        <p>Pegnitz Vision GmbH<br>Fürther Straße 244 | 90429 Nürnberg<br>t.wunderlich@pegnitz-vision.de</p>
        </div></body></html>
        """)
    return message(head(
        addr("Thomas Wunderlich", "t.wunderlich@pegnitz-vision.de"),
        "Zugangsdaten Videogespräch Mo., 7.12.",
        "2026-12-02 11:47", BER, "<000c01db4a8f$3e2d1c00$ba7b5400$@pegnitz-vision.de>",
        "from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        alt(text(plain, charset="windows-1252"), html(body_html, charset="windows-1252")))


@mail(n(15), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-10-29T10:00:00Z", end=None,
      contact="stefan.kreuzer@frankenmed-cloud.de", company="FrankenMed Cloud",
      local="Thu 2026-10-29 11:00", zone=BER,
      note="Phone-written 'Passt, dann Do um 11 bei uns' on top of the quoted thread where the candidate "
           "picked 'Donnerstag, 29.10. um 11 Uhr' from two proposals; the proposal was sent in MESZ, the "
           "interview is after the DST end -> 11:00 MEZ (UTC+1) = 10:00Z; 'ca. 1,5 Stunden' -> end null.")
def p15() -> bytes:
    body = t("""
        Passt, dann Do um 11 bei uns. Gruß Stefan

        Von meinem iPhone gesendet

        > Am 25.10.2026 um 20:14 schrieb Tobias Reindl <tobias.reindl@example.org>:
        >
        > Hallo Herr Kreuzer,
        >
        > vielen Dank für die Einladung! Donnerstag, 29.10. um 11 Uhr passt mir gut.
        >
        > Viele Grüße
        > Tobias Reindl
        >
        >> Am 23.10.2026 um 16:02 schrieb Stefan Kreuzer <stefan.kreuzer@frankenmed-cloud.de>:
        >>
        >> Hallo Herr Reindl,
        >>
        >> gerne würden wir Sie zu einem zweiten Gespräch zu uns nach Erlangen einladen (Nägelsbachstraße 33).
        >> Hätten Sie Donnerstag, 29.10. um 11 Uhr oder Freitag, 30.10. um 14 Uhr Zeit?
        >> Wir bräuchten ca. 1,5 Stunden, inkl. kurzer Live-Coding-Session.
        >>
        >> Beste Grüße
        >> Stefan Kreuzer
        >> Head of Engineering | FrankenMed Cloud GmbH
        """)
    return message(head(
        addr("Stefan Kreuzer", "stefan.kreuzer@frankenmed-cloud.de"),
        "Re: Zweites Gespräch FrankenMed Cloud",
        "2026-10-26 07:58", BER, "<F3A9C1E2-7D4B-4A8E-9B6C-0E1D2F3A4B5C@frankenmed-cloud.de>",
        "from mail.frankenmed-cloud.de (mail.frankenmed-cloud.de [85.215.44.61])",
        extra=(("In-Reply-To", "<a4b5c6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d@example.org>"),
               ("X-Mailer", "iPhone Mail (22B91)"))),
        text(body, cte="quoted-printable"))


@mail(n(16), family="icims", lang="en", interview=True, kind="scheduled",
      start="2026-11-16T12:30:00Z", end=None,
      contact="kelsey.morgan@veridianimaging.com", company="Veridian Imaging Systems",
      local="Mon 2026-11-16 13:30", zone=BER,
      note="iCIMS confirmation from a US employer for its Nuremberg site; the attached ICS is an all-day "
           "event (DTSTART;VALUE=DATE 20261116), the time is only in the text: 1:30 PM CET (UTC+1) -> "
           "12:30Z; no length -> end null. Contact = recruiter address in the body.")
def p16() -> bytes:
    plain = t("""
        Dear Tobias,

        Thank you for your interest in Veridian Imaging Systems. We are pleased to confirm your
        on-site interview for the position of Lead Software Engineer, CT Reconstruction (Req ID 2026-14877).

        Date: Monday, November 16, 2026
        Time: 1:30 PM CET (local time at the site)
        Location: Veridian Imaging Systems GmbH, Nordostpark 12, 90411 Nuremberg, Germany
        Please check in at reception and ask for Dr. Helmut Strobel.

        The attached calendar entry blocks the whole day so you can plan your travel.

        Questions? Contact Kelsey Morgan, Talent Acquisition Partner, at kelsey.morgan@veridianimaging.com.

        Sincerely,
        Veridian Imaging Systems Talent Acquisition

        This message was sent via iCIMS. Please do not reply to this email.
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Dear Tobias,</p>
        <p>Thank you for your interest in Veridian Imaging Systems. We are pleased to confirm your on-site interview for the position of <b>Lead Software Engineer, CT Reconstruction</b> (Req ID 2026-14877).</p>
        <p><b>Date:</b> Monday, November 16, 2026<br><b>Time:</b> 1:30 PM CET (local time at the site)<br>
        <b>Location:</b> Veridian Imaging Systems GmbH, Nordostpark 12, 90411 Nuremberg, Germany<br>
        Please check in at reception and ask for Dr. Helmut Strobel.</p>
        <p>The attached calendar entry blocks the whole day so you can plan your travel.</p>
        <p>Questions? Contact Kelsey Morgan, Talent Acquisition Partner, at <a href="mailto:kelsey.morgan@veridianimaging.com">kelsey.morgan@veridianimaging.com</a>.</p>
        <p>Sincerely,<br>Veridian Imaging Systems Talent Acquisition</p>
        <p style="font-size:10px;color:#777">This message was sent via iCIMS. Please do not reply to this email.</p>
        </body></html>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        UID:icims-2026-14877-interview-55102@veridianimaging.icims.com
        DTSTAMP:20261110T141500Z
        DTSTART;VALUE=DATE:20261116
        DTEND;VALUE=DATE:20261117
        SUMMARY:On-site interview - Veridian Imaging Systems (Nuremberg)
        LOCATION:Nordostpark 12\\, 90411 Nuremberg\\, Germany
        DESCRIPTION:Interview at 1:30 PM CET. Ask for Dr. Helmut Strobel at reception.
        TRANSP:TRANSPARENT
        END:VEVENT
        """), prodid="-//iCIMS//Talent Platform//EN", method="PUBLISH", tz=None)
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="PUBLISH", cte="7bit", filename="Interview.ics", disposition="attachment"))
    return message(head(
        addr("Veridian Imaging Systems", "veridianimaging@talent.icims.com"),
        "Interview Confirmation - Lead Software Engineer, CT Reconstruction",
        "2026-11-10 09:15", "America/New_York", "<1889045412.77231.1794323700882@talent.icims.com>",
        "from mta-out07.talent.icims.com (mta-out07.talent.icims.com [208.74.190.57])"), body)


# =========================================================================== positives: rescheduled


@mail(n(17), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-09-25T11:00:00Z", end="2026-09-25T12:00:00Z",
      contact="corinna.faltermeier@sander-medvision.de", company="Sander Medical Vision",
      local="Fri 2026-09-25 13:00", local_end="2026-09-25 14:00", zone=BER,
      note="Recruiter prose (Sie, base64) moving the interview from 'Dienstag, 22.9. um 10 Uhr' to "
           "'Freitag, 25.9., von 13 bis 14 Uhr', agreed by phone; MESZ (UTC+2) -> 11:00-12:00Z (the new time).")
def p17() -> bytes:
    body = t("""
        Sehr geehrter Herr Reindl,

        vielen Dank für Ihr Verständnis am Telefon heute Vormittag. Wie besprochen verschieben wir unser
        Gespräch von Dienstag, 22.9. um 10 Uhr auf

            Freitag, 25.9., von 13 bis 14 Uhr

        Ort bleibt unverändert: Sander Medical Vision GmbH, Sanderglacisstraße 8, 97072 Würzburg
        (Eingang über den Innenhof). Herr Dr. Ochs ist am Dienstag kurzfristig auf dem RSNA-Vorbereitungs-
        treffen, am Freitag sind er und Frau Lutz aus dem Produktmanagement aber sicher dabei.

        Eine Anfahrtsbeschreibung hatte ich Ihnen ja bereits geschickt. Bei Fragen erreichen Sie mich
        jederzeit unter 0931 / 359 41 - 20.

        Mit freundlichen Grüßen

        Corinna Faltermeier
        Personal
        Sander Medical Vision GmbH
        """)
    return message(head(
        addr("Corinna Faltermeier", "corinna.faltermeier@sander-medvision.de"),
        "Verschiebung unseres Gesprächs - neuer Termin Freitag, 25.09.",
        "2026-09-17 15:40", BER, "<5f3d2a1b-8c7e-4f60-a9d2-b1c0e3f4a5d6@sander-medvision.de>",
        "from smtp.sander-medvision.de (smtp.sander-medvision.de [62.157.140.18])",
        extra=(("X-Mailer", "Mozilla Thunderbird 128.2.0"),)),
        text(body, cte="base64"))


@mail(n(18), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-11-30T15:00:00Z", end="2026-11-30T16:00:00Z",
      contact="brianna.holt@helixrad.ai", company="Helix Rad AI",
      local="Mon 2026-11-30 09:00", local_end="2026-11-30 10:00", zone="America/Chicago",
      note="GoodTime reschedule (Thanksgiving week): previous Wed Nov 25 9:00 AM CST, new Mon Nov 30 "
           "9:00-10:00 AM CST (UTC-6) -> 15:00-16:00Z; the CET echo 4:00-5:00 PM agrees; ICS SEQUENCE:1 "
           "in America/Chicago. Contact = Reply-To coordinator.")
def p18() -> bytes:
    plain = t("""
        Hi Tobias,

        Your interview with Helix Rad AI has been rescheduled. Your updated itinerary is below.

        PREVIOUS TIME (cancelled)
        Wednesday, November 25, 2026 at 9:00 AM CST

        NEW TIME
        Monday, November 30, 2026
        9:00 AM - 10:00 AM CST (4:00 PM - 5:00 PM CET)

        Session: Coding & Architecture - Priya Shah, Staff Engineer
        Video: https://helixrad.zoom.us/j/91527730418

        Sorry for the shuffle - half of the team is out for Thanksgiving that week. Reply to this email
        if the new time doesn't work for you.

        Brianna Holt
        Recruiting Coordinator, Helix Rad AI

        Sent via GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Tobias,</p>
        <p>Your interview with Helix Rad AI has been rescheduled. Your updated itinerary is below.</p>
        <p style="color:#999"><b>PREVIOUS TIME (cancelled)</b><br><s>Wednesday, November 25, 2026 at 9:00 AM CST</s></p>
        <p><b>NEW TIME</b><br>Monday, November 30, 2026<br>9:00 AM - 10:00 AM CST (4:00 PM - 5:00 PM CET)</p>
        <p>Session: Coding &amp; Architecture - Priya Shah, Staff Engineer<br>Video: <a href="https://helixrad.zoom.us/j/91527730418">https://helixrad.zoom.us/j/91527730418</a></p>
        <p>Sorry for the shuffle - half of the team is out for Thanksgiving that week. Reply to this email if the new time doesn't work for you.</p>
        <p>Brianna Holt<br>Recruiting Coordinator, Helix Rad AI</p>
        <p style="font-size:11px;color:#aaa">Sent via GoodTime</p>
        </body></html>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        UID:gt-7c21e9d4-3f0a-4b8e-a6d1-5e2f9c0b1a73@goodtime.io
        DTSTAMP:20261123T160512Z
        DTSTART;TZID=America/Chicago:20261130T090000
        DTEND;TZID=America/Chicago:20261130T100000
        SEQUENCE:1
        SUMMARY:Helix Rad AI Interview - Coding & Architecture (Tobias Reindl)
        LOCATION:https://helixrad.zoom.us/j/91527730418
        ORGANIZER;CN=Brianna Holt:mailto:brianna.holt@helixrad.ai
        ATTENDEE;CN=Tobias Reindl;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.reindl@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """), prodid="-//GoodTime//Hire//EN", tz="America/Chicago")
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment"))
    return message(head(
        addr("Helix Rad AI Recruiting", "no-reply@goodtime.io"),
        "Rescheduled: Your interview with Helix Rad AI",
        "2026-11-23 10:05", "America/Chicago", "<0100019356a2b3c4-d5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80-000000@email.amazonses.com>",
        "from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
        extra=(("Reply-To", addr("Brianna Holt", "brianna.holt@helixrad.ai")),)), body)


@mail(n(19), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
      start="2026-10-30T14:00:00Z", end="2026-10-30T15:30:00Z",
      contact="katrin.weissenberger@regnitz-medtech.de", company="Regnitz MedTech",
      local="Fri 2026-10-30 15:00", local_end="2026-10-30 16:30", zone=BER,
      note="Outlook 'Aktualisiert:' update (SEQUENCE:1) of the second round, thread with the Regnitz "
           "MedTech technical interview: old Do 22.10. 15:00 MESZ, new Fr 30.10. 15:00-16:30 after the "
           "DST end -> MEZ (UTC+1) 14:00-15:30Z. Outlook's label says '(UTC+01:00)' for both. Contact = "
           "organizer/sender.")
def p19() -> bytes:
    plain = t("""
        Wann: Freitag, 30. Oktober 2026 15:00-16:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Regnitz MedTech AG, Henkestraße 91, Erlangen - Gebäude 2, Raum 2.114

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Reindl,

        leider muss unser Termin am Donnerstag, 22.10. um 15 Uhr entfallen, da Herr Dr. Pohl an dem Tag
        beim Kunden ist. Ich habe den Termin daher auf Freitag, 30.10. um 15 Uhr verschoben - wie
        telefonisch mit Ihnen abgestimmt. Dauer wie gehabt anderthalb Stunden, diesmal vor Ort.

        Viele Grüße
        Katrin Weißenberger
        Talent Acquisition | Regnitz MedTech AG
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div>
        <p style="font-family:Calibri,sans-serif;font-size:11pt"><b>Wann:</b> Freitag, 30. Oktober 2026 15:00-16:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.<br>
        <span style="color:#7F7F7F"><s>Donnerstag, 22. Oktober 2026 15:00-16:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.</s></span><br>
        <b>Wo:</b> Regnitz MedTech AG, Henkestraße 91, Erlangen - Gebäude 2, Raum 2.114</p>
        <p>*~*~*~*~*~*~*~*~*~*</p>
        <p class="MsoNormal">Hallo Herr Reindl,</p>
        <p class="MsoNormal">leider muss unser Termin am Donnerstag, 22.10. um 15 Uhr entfallen, da Herr Dr. Pohl an dem Tag beim Kunden ist. Ich habe den Termin daher auf Freitag, 30.10. um 15 Uhr verschoben - wie telefonisch mit Ihnen abgestimmt. Dauer wie gehabt anderthalb Stunden, diesmal vor Ort.</p>
        <p class="MsoNormal">Viele Grüße<br>Katrin Weißenberger<br>Talent Acquisition | Regnitz MedTech AG</p>
        </div></body></html>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Weißenberger Katrin:mailto:katrin.weissenberger@regnitz-medtech.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Reindl:mailto:tobias.reindl@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pohl Dr. Andreas:mailto:andreas.pohl@regnitz-medtech.de
        UID:040000008200E00074C5B7101A82E00800000000D1C2B3A4E95DDC01000000000000000010000000B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2
        SUMMARY;LANGUAGE=de-DE:Zweitgespräch Regnitz MedTech - Tobias Reindl
        DTSTART;TZID=W. Europe Standard Time:20261030T150000
        DTEND;TZID=W. Europe Standard Time:20261030T163000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T071244Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Regnitz MedTech AG\\, Henkestraße 91\\, Erlangen - Gebäude 2\\, Raum 2.114
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:2119847301
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """), prodid="Microsoft Exchange Server 2010", tz="W. Europe Standard Time")
    body = alt(text(plain), html(body_html), calendar(ics, method="REQUEST", cte="base64"))
    return message(head(
        addr("Weißenberger Katrin", "katrin.weissenberger@regnitz-medtech.de"),
        "Aktualisiert: Zweitgespräch Regnitz MedTech - Tobias Reindl",
        "2026-10-21 09:12", BER, "<FR2P281MB2218C7D5F2B1E4A8B02D3C55EAF23@FR2P281MB2218.DEUP281.PROD.OUTLOOK.COM>",
        "from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2120.outbound.protection.outlook.com [40.107.104.120])",
        extra=(("Thread-Topic", enc("Zweitgespräch Regnitz MedTech - Tobias Reindl")),
               ("Thread-Index", "AdtU9r3xWq1Lm5T2R0y7c9Pq8W3nIA=="),
               ("Content-Language", "de-DE"))),
        body)


@mail(n(20), family="recruitee", lang="de", interview=True, kind="rescheduled",
      start="2026-12-09T15:00:00Z", end="2026-12-09T15:30:00Z",
      contact="nora.baumgartner@pixelklinik.de", company="Pixelklinik",
      local="Wed 2026-12-09 16:00", local_end="2026-12-09 16:30", zone=BER,
      note="Recruitee 'Interview verschoben' (du): old Di., 8.12. 10:00, new Mi., 9.12.2026, 16:00-16:30 Uhr "
           "(Europe/Berlin, MEZ UTC+1) -> 15:00-15:30Z; ICS SEQUENCE:1. Contact = Reply-To recruiter.")
def p20() -> bytes:
    plain = t("""
        Hi Tobias,

        dein Interview bei Pixelklinik wurde verschoben.

        Neuer Termin:   Mi., 9.12.2026, 16:00–16:30 Uhr (Europe/Berlin)
        Alter Termin:   Di., 8.12.2026, 10:00–10:30 Uhr
        Art:            Videocall (Link folgt in der Kalendereinladung)
        Mit:            Nora Baumgartner, Talent Acquisition

        Sorry für die Umstände – Nora ist am Dienstag krank. Wenn der neue Termin nicht passt,
        antworte einfach auf diese Nachricht.

        Viele Grüße
        Dein Pixelklinik-Team
        """)
    body_html = t("""
        <html><body style="font-family:'Source Sans Pro',Arial,sans-serif;font-size:15px">
        <p>Hi Tobias,</p>
        <p>dein Interview bei <b>Pixelklinik</b> wurde verschoben.</p>
        <table cellpadding="4">
        <tr><td>Neuer Termin:</td><td><b>Mi., 9.12.2026, 16:00–16:30 Uhr (Europe/Berlin)</b></td></tr>
        <tr><td>Alter Termin:</td><td><s>Di., 8.12.2026, 10:00–10:30 Uhr</s></td></tr>
        <tr><td>Art:</td><td>Videocall (Link folgt in der Kalendereinladung)</td></tr>
        <tr><td>Mit:</td><td>Nora Baumgartner, Talent Acquisition</td></tr>
        </table>
        <p>Sorry für die Umstände – Nora ist am Dienstag krank. Wenn der neue Termin nicht passt, antworte einfach auf diese Nachricht.</p>
        <p>Viele Grüße<br>Dein Pixelklinik-Team</p>
        <p style="font-size:11px;color:#999">Gesendet mit Recruitee</p>
        </body></html>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        UID:recruitee-event-2291847@recruitee.com
        DTSTAMP:20261204T112000Z
        DTSTART;TZID=Europe/Berlin:20261209T160000
        DTEND;TZID=Europe/Berlin:20261209T163000
        SEQUENCE:1
        SUMMARY:Interview Pixelklinik – Tobias Reindl
        LOCATION:https://meet.google.com/pxk-ahzr-nvb
        ORGANIZER;CN=Nora Baumgartner:mailto:nora.baumgartner@pixelklinik.de
        ATTENDEE;CN=Tobias Reindl;RSVP=TRUE:mailto:tobias.reindl@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """), prodid="-//Recruitee//Interview//EN")
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment"))
    return message(head(
        addr("Pixelklinik", "no-reply@recruitee.com"),
        "Dein Interview bei Pixelklinik wurde verschoben",
        "2026-12-04 12:20", BER, "<6750b3c1a9f2e_1a2b3c4d5e@recruitee-mailer.mail>",
        "from mail-eu1.recruitee.com (mail-eu1.recruitee.com [3.120.181.44])",
        extra=(("Reply-To", addr("Nora Baumgartner", "nora.baumgartner@pixelklinik.de")),)), body)


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-12-01T13:00:00Z", end="2026-12-01T14:00:00Z",
      contact="jonas.pfaller@kaiserburg-health.de", company="Kaiserburg Health Analytics",
      local="Tue 2026-12-01 14:00", local_end="2026-12-01 15:00", zone=BER,
      note="German Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'Di. 1. Dez. 2026 "
           "14:00 - 15:00 (MEZ)' -> the cancelled slot 13:00-14:00Z; no new time given. Contact = organizer.")
def p21() -> bytes:
    plain = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Fachinterview Kaiserburg Health / Tobias Reindl
        Dienstag, 1. Dez. 2026 ⋅ 14:00 – 15:00 (Mitteleuropäische Normalzeit - Berlin)

        Hallo Tobias, sorry, wir müssen das Gespräch leider absagen – unser Teamlead fällt die
        ganze Woche aus. Ich melde mich nächste Woche wegen eines neuen Termins. Jonas

        Organisator
        Jonas Pfaller

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie Gast dieses Termins sind.
        """)
    body_html = t("""
        <div style="font-family:Roboto,Arial,sans-serif;color:#3c4043">
        <p>Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.</p>
        <h2 style="font-weight:400;font-size:20px;text-decoration:line-through">Fachinterview Kaiserburg Health / Tobias Reindl</h2>
        <p>Dienstag, 1. Dez. 2026 ⋅ 14:00 – 15:00 (Mitteleuropäische Normalzeit - Berlin)</p>
        <p>Hallo Tobias, sorry, wir müssen das Gespräch leider absagen – unser Teamlead fällt die ganze Woche aus. Ich melde mich nächste Woche wegen eines neuen Termins. Jonas</p>
        <p><b>Organisator</b><br>Jonas Pfaller</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261201T140000
        DTEND;TZID=Europe/Berlin:20261201T150000
        DTSTAMP:20261127T160218Z
        ORGANIZER;CN=Jonas Pfaller:mailto:jonas.pfaller@kaiserburg-health.de
        UID:2k9m4qv7n1b3c5x8z0l6p2r4t8@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=tobias.reindl@example.org;X-NUM-GUESTS=0:mailto:tobias.reindl@example.org
        CREATED:20261120T093301Z
        LAST-MODIFIED:20261127T160218Z
        SEQUENCE:2
        STATUS:CANCELLED
        SUMMARY:Fachinterview Kaiserburg Health / Tobias Reindl
        TRANSP:OPAQUE
        END:VEVENT
        """), prodid="-//Google Inc//Google Calendar 70.9054//EN", method="CANCEL")
    body = mixed(alt(text(plain), html(body_html), calendar(ics, method="CANCEL", cte="base64")),
                 calendar(ics, method="CANCEL", cte="base64", ctype="application/ics", filename="invite.ics",
                          disposition="attachment", name_param=True))
    return message(head(
        addr("Jonas Pfaller", "jonas.pfaller@kaiserburg-health.de"),
        "Abgesagter Termin: Fachinterview Kaiserburg Health / Tobias Reindl @ Di. 1. Dez. 2026 14:00 - 15:00 "
        "(MEZ) (tobias.reindl@example.org)",
        "2026-11-27 17:02", BER, "<calendar-1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d@google.com>",
        "from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
        extra=(("Sender", addr("Google Kalender", "calendar-notification@google.com")),)), body)


@mail(n(22), family="lever", lang="en", interview=True, kind="cancelled",
      start="2026-09-17T10:00:00Z", end="2026-09-17T10:45:00Z",
      contact="aoife.brennan@northlight-rt.ie", company="Northlight Radiotherapy",
      local="Thu 2026-09-17 11:00", local_end="2026-09-17 11:45", zone="Europe/Dublin",
      note="Lever cancellation (role on hold, no new time) of 'Thursday, September 17, 2026, 11:00 - "
           "11:45 AM Irish time' (IST = UTC+1 in summer) -> cancelled slot 10:00-10:45Z; the CEST echo "
           "12:00 agrees; METHOD:CANCEL ICS in UTC. Contact = Reply-To recruiter.")
def p22() -> bytes:
    plain = t("""
        Hi Tobias,

        I'm sorry to be writing with this news. We've had to put the Senior Software Engineer, Treatment
        Planning role on hold while we revisit our 2027 headcount, so we need to cancel your interview
        on Thursday, September 17, 2026, 11:00 - 11:45 AM Irish time (12:00 - 12:45 CEST for you).

        I've removed the calendar invite. I genuinely enjoyed our first conversation and I'd love to
        reach back out if the role reopens - I'll keep your profile on file if that's ok with you.

        Apologies again,
        Aoife Brennan
        Talent Partner, Northlight Radiotherapy

        Sent with Lever
        """)
    body_html = gmail_html(plain)
    ics = vcal(t("""
        BEGIN:VEVENT
        UID:lever-interview-9e4c2a1b-77f0-4d3e-a5b8-c0d1e2f3a4b5@hire.lever.co
        DTSTAMP:20260914T154512Z
        DTSTART:20260917T100000Z
        DTEND:20260917T104500Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview: Tobias Reindl <> Northlight Radiotherapy
        ORGANIZER;CN=Aoife Brennan:mailto:aoife.brennan@northlight-rt.ie
        ATTENDEE;CN=Tobias Reindl:mailto:tobias.reindl@example.org
        END:VEVENT
        """), prodid="-//Lever//Interview//EN", method="CANCEL", tz=None)
    body = mixed(alt(text(plain), html(body_html)),
                 calendar(ics, method="CANCEL", cte="7bit", filename="cancel.ics", disposition="attachment"))
    return message(head(
        addr("Aoife Brennan", "no-reply@hire.lever.co"),
        "Interview cancelled - Senior Software Engineer, Treatment Planning",
        "2026-09-14 16:45", "Europe/Dublin", "<lever-1a2b3c4d5e6f7a8b.20260914154508@hire.lever.co>",
        "from mail-a.hire.lever.co (mail-a.hire.lever.co [52.205.48.170])",
        extra=(("Reply-To", addr("Aoife Brennan", "aoife.brennan@northlight-rt.ie")),)), body)


@mail(n(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start="2026-12-09T14:00:00Z", end=None,
      contact="heike.ott@rednitz-data.de", company="Rednitz Data",
      local="Wed 2026-12-09 15:00", zone=BER,
      note="Prose cancellation (iso-8859-1, 8bit) because the role was filled internally: 'unser für morgen "
           "Nachmittag um 15 Uhr geplantes Gespräch' resolved against Date (Tue 8 Dec) -> Wed 9 Dec 15:00 "
           "MEZ = 14:00Z (the cancelled slot); no new time.")
def p23() -> bytes:
    body = t("""
        Guten Morgen Herr Reindl,

        leider muss ich Ihnen unser für morgen Nachmittag um 15 Uhr geplantes Gespräch absagen. Die
        Stelle wurde gestern Abend intern nachbesetzt; das kam auch für uns überraschend, und ich
        möchte Ihnen nicht unnötig die Anreise nach Fürth zumuten.

        Ihre Unterlagen haben uns sehr gut gefallen. Wenn Sie einverstanden sind, würde ich Ihr Profil
        gern für zukünftige Stellen im Bereich Bildverarbeitung vormerken.

        Es tut mir leid, dass ich Ihnen keine bessere Nachricht schicken kann.

        Freundliche Grüße
        Heike Ott
        Personalleitung
        Rednitz Data GmbH | Schwabacher Straße 112 | 90763 Fürth
        """)
    return message(head(
        addr("Heike Ott", "heike.ott@rednitz-data.de"),
        "Absage unseres Gesprächs am Mittwoch",
        "2026-12-08 09:10", BER, "<20261208081002.4F2A1B3C@mail.rednitz-data.de>",
        "from mail.rednitz-data.de (mail.rednitz-data.de [80.147.22.96])", charset="iso-8859-1",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        text(body, charset="iso-8859-1", cte="8bit"))


# =========================================================================== negatives


@mail(n(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Agentur für Arbeit invitation to a counselling appointment (Arbeitsuchendmeldung during the "
           "notice period) with a fixed time, Di 13.10.2026 08:30: a fixed appointment, not a job interview.")
def n24() -> bytes:
    body = t("""
        Sehr geehrter Herr Reindl,

        bitte kommen Sie zu einem Gespräch über Ihre berufliche Situation.

        Termin:      Dienstag, 13.10.2026, um 08:30 Uhr
        Ort:         Agentur für Arbeit Erlangen, Sieboldstraße 4, 91052 Erlangen
                     Gebäude B, 2. Stock, Zimmer B.214
        Gesprächspartnerin: Frau Gebhardt, Arbeitsvermittlung

        Bitte bringen Sie folgende Unterlagen mit:
        - Personalausweis oder Reisepass
        - Kündigungsschreiben Ihres Arbeitgebers
        - aktuellen Lebenslauf

        Sie haben sich am 24.09.2026 arbeitsuchend gemeldet. In dem Gespräch möchten wir mit Ihnen
        Ihre Bewerbungsstrategie besprechen und eine Eingliederungsvereinbarung abschließen.

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher mit und nennen
        Sie den Grund. Bitte beachten Sie die Rechtsfolgenbelehrung im Anhang Ihres Online-Postfachs.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Erlangen

        Diese Nachricht wurde automatisch erstellt. Antworten auf diese E-Mail werden nicht gelesen.
        Ihre Nachrichten finden Sie auch unter www.arbeitsagentur.de > eServices > Postfach.
        """)
    return message(head(
        addr("Agentur für Arbeit Erlangen", "noreply@arbeitsagentur.de"),
        "Einladung zu einem Gespräch am 13.10.2026",
        "2026-09-28 06:02", BER, "<20260928040201.2f8a1c@eservices.arbeitsagentur.de>",
        "from mx-out2.arbeitsagentur.de (mx-out2.arbeitsagentur.de [193.26.8.145])", charset="windows-1252",
        extra=(("Auto-Submitted", "auto-generated"),)),
        text(body, charset="windows-1252", cte="quoted-printable"))


@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-08"),),
      note="A local reporter confirms an interview with the candidate about his open-source project, "
           "Donnerstag 8. Oktober 17 Uhr: a press interview, not a job interview.")
def n25() -> bytes:
    body = t("""
        Servus Herr Reindl,

        super, dass es klappt! Dann treffen wir uns wie besprochen am Donnerstag, 8. Oktober, um 17 Uhr
        im Café Schlossgarten am Schlossplatz zum Interview. Ich habe etwa eine Stunde eingeplant,
        gegen Viertel vor sechs kommt noch unsere Fotografin Lisa dazu für ein, zwei Bilder.

        Themen wären grob:
        - wie "OpenDose" entstanden ist und wer mitmacht
        - warum Kliniken in der Region das Tool nutzen
        - Open Source in der Medizintechnik: Chance oder Risiko?

        Der Artikel soll in der Samstagsausgabe vom 17.10. erscheinen (Rubrik "Köpfe aus der Region").
        Vorab zum Gegenlesen schicke ich Ihnen die Zitate.

        Viele Grüße
        Paul Eckert
        Redaktion Stadt Erlangen
        Regnitz-Kurier | Hauptstraße 88 | 91054 Erlangen
        Tel. 09131 / 81 92 - 340
        """)
    return message(head(
        addr("Paul Eckert", "p.eckert@regnitz-kurier.de"),
        "Interview für den Regnitz-Kurier – Donnerstag 17 Uhr",
        "2026-10-05 11:20", BER, "<8c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f@regnitz-kurier.de>",
        "from mail.regnitz-kurier.de (mail.regnitz-kurier.de [217.110.56.30])",
        extra=(("X-Mailer", "Mozilla Thunderbird 128.3.1"),)),
        text(body, cte="8bit"))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Podcast host confirms a recording slot (Wed Nov 4, 6pm CET) for an episode about interviewing "
           "at medtech companies: confirmed time, but a podcast, not the candidate's job interview.")
def n26() -> bytes:
    plain = t("""
        Hi Tobias,

        Brilliant - you're confirmed as our guest for episode 48 of Pixels & Physics!

        Recording: Wednesday, November 4, 6pm CET (5pm GMT), about 50 minutes
        Studio link: https://riverside.fm/studio/pixels-and-physics?t=8f2d1c
        Topic: "What medtech interviews actually test" - your take on coding rounds vs. domain
        questions, and the DICOM horror stories you promised :)

        Practical bits:
        - wired headphones if you have them, Chrome or Edge
        - we record video, but only publish audio
        - I'll send the questions on Monday

        Thanks again!
        Maya

        Maya Lindgren
        Host, Pixels & Physics - a podcast about medical imaging software
        https://pixelsandphysics.fm
        """)
    return message(head(
        addr("Maya Lindgren", "maya@pixelsandphysics.fm"),
        "Confirmed: Pixels & Physics recording, Wed Nov 4",
        "2026-10-29 14:33", "Europe/London", "<CAM3kP9x0v-J2bQm7dRt4sYh1Nw8FzL6uE5cA@mail.gmail.com>",
        "from mail-lf1-f54.google.com (mail-lf1-f54.google.com [209.85.167.54])"),
        alt(text(plain), html(gmail_html(plain))))


@mail(n(27), family="daycare_intake", lang="de", interview=False, company=None,
      days=(("Mon", "2026-09-21"),),
      note="Daycare intake interview ('Aufnahmegespräch') for the candidate's daughter, Mo 21.09.2026 "
           "15:30: a fixed appointment, not a job interview.")
def n27() -> bytes:
    body = t("""
        Liebe Familie Reindl,

        wir freuen uns sehr, dass Mia ab Oktober zu uns in die Krippengruppe "Marienkäfer" kommt!

        Für das Aufnahmegespräch haben wir folgenden Termin für Sie reserviert:

        Montag, 21.09.2026 um 15:30 Uhr
        im Büro der Leitung (Eingang Gartenseite)

        Das Gespräch dauert etwa 45 Minuten. Bitte bringen Sie mit:
        - Nachweis über den Masernschutz (Impfpass)
        - das gelbe U-Heft
        - den unterschriebenen Betreuungsvertrag

        Sollte der Termin nicht passen, rufen Sie uns bitte kurz an (09131 / 50 72 18).

        Herzliche Grüße
        Sandra Huber
        Leitung Kita Regenbogen Erlangen-Bruck
        """)
    return message(head(
        addr("Kita Regenbogen", "leitung@kita-regenbogen-bruck.de"),
        "Aufnahmegespräch Mia Reindl",
        "2026-09-14 13:05", BER, "<000501db2a4c$9f1e2d30$dd5b8790$@kita-regenbogen-bruck.de>",
        "from mout.gmx.net (mout.gmx.net [212.227.17.20])", to=addr("Tobias Reindl", ME) + ", "
        + addr("Katharina Reindl", "katharina.reindl@example.net")),
        text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(28), family="sports_tryout", lang="de", interview=False, company=None,
      note="Franconian du-mail from a basketball coach: 'am Dienstag um 20 Uhr zum Probetraining' - a "
           "sports try-out with a fixed time, not a job interview.")
def n28() -> bytes:
    body = t("""
        Servus Tobias,

        freut mich dass du Bock hast! Komm einfach am Dienstag um 20 Uhr zum Probetraining in die
        Dreifachhalle am Schulzentrum West, Eingang hinten bei den Fahrradständern. Hallenschuhe
        mitbringen, Trikot kriegst du von uns. Mir sind grad a bissl dünn besetzt auf den großen
        Positionen, also passt des super.

        Nach dem Training gehn mir meistens noch auf a Seidla in die Sportgaststätte.

        Ciao
        Micha

        --
        Michael Raab
        Trainer Herren 2 | SpVgg Erlangen-Tennenlohe, Abt. Basketball
        """)
    return message(head(
        addr("Micha Raab", "micha.raab@web.de"),
        "Re: Probetraining Herren 2",
        "2026-09-10 21:47", BER, "<trinity-7a2b9c1d-3e4f-4a5b-8c6d-7e8f9a0b1c2d-1789069620114@3c-app-webde-bs42>",
        "from mout.web.de (mout.web.de [212.227.15.3])",
        extra=(("In-Reply-To", "<9d8c7b6a-5f4e-3d2c-1b0a-998877665544@example.org>"),)),
        text(body, cte="8bit"))


@mail(n(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Car dealer's workshop appointment confirmation with ICS (Fr., 16.10.2026, 07:30): a fixed "
           "appointment, not a job interview.")
def n29() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Reindl,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihren Werkstatttermin:</p>
        <table cellpadding="4" style="border:1px solid #ccc">
        <tr><td><b>Termin</b></td><td>Fr., 16.10.2026, 07:30 Uhr (Fahrzeugannahme)</td></tr>
        <tr><td><b>Fahrzeug</b></td><td>ER-TR 418, Škoda Octavia Combi</td></tr>
        <tr><td><b>Leistungen</b></td><td>Inspektion mit Ölwechsel, Räderwechsel auf Winterreifen, Einlagerung Sommerräder</td></tr>
        <tr><td><b>Ihr Serviceberater</b></td><td>Herr Dennis Wölfel</td></tr>
        <tr><td><b>Voraussichtliche Abholung</b></td><td>ab 16:00 Uhr</td></tr>
        </table>
        <p>Ein Ersatzfahrzeug ist für Sie reserviert. Bitte bringen Sie Ihren Führerschein mit.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Service-Team<br>Autohaus Schmidtlein GmbH · Äußere Brucker Straße 51 · 91052 Erlangen</p>
        </body></html>
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        UID:ws-2026-10-16-0730-er-tr-418@autohaus-schmidtlein.de
        DTSTAMP:20261009T081532Z
        DTSTART;TZID=Europe/Berlin:20261016T073000
        DTEND;TZID=Europe/Berlin:20261016T080000
        SUMMARY:Werkstatttermin Autohaus Schmidtlein (Fahrzeugannahme)
        LOCATION:Äußere Brucker Straße 51\\, 91052 Erlangen
        END:VEVENT
        """), prodid="-//Autohaus Schmidtlein//Online-Terminbuchung//DE", method="PUBLISH")
    body = mixed(html(body_html),
                 calendar(ics, method="PUBLISH", cte="base64", filename="Werkstatttermin.ics", disposition="attachment"))
    return message(head(
        addr("Autohaus Schmidtlein Service", "service@autohaus-schmidtlein.de"),
        "Ihre Terminbestätigung für Fr., 16.10.2026",
        "2026-10-09 10:15", BER, "<202610090815.d41f8e2c7a@terminbuchung.autohaus-schmidtlein.de>",
        "from smtp.autohaus-schmidtlein.de (smtp.autohaus-schmidtlein.de [46.30.212.77])"), body)


@mail(n(30), family="tax_office", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="Tax office appointment booking (Do, 19.11.2026, 10:40): a fixed appointment, not a job interview.")
def n30() -> bytes:
    body = t("""
        Terminbestätigung

        Sehr geehrte/r Tobias Reindl,

        Ihr Termin wurde erfolgreich gebucht.

        Behörde:     Finanzamt Erlangen, Info- und Annahmestelle
        Anliegen:    Persönliche Beratung - Rückfragen zur Einkommensteuererklärung 2025
        Datum:       Donnerstag, 19.11.2026
        Uhrzeit:     10:40 Uhr
        Vorgangsnr.: FA-ER-2026-118734

        Bitte bringen Sie Ihre Steuer-Identifikationsnummer und die betreffenden Unterlagen mit.

        Termin stornieren:
        https://www.terminbuchung-finanzamt.de/storno?vg=FA-ER-2026-118734&k=4c7d

        Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
        """)
    return message(head(
        addr("Online-Terminvereinbarung", "noreply@terminbuchung-finanzamt.de"),
        "Terminbestätigung Finanzamt Erlangen - 19.11.2026 10:40 Uhr",
        "2026-11-05 20:31", BER, "<1730835060.118734@terminbuchung-finanzamt.de>",
        "from mail.terminbuchung-finanzamt.de (mail.terminbuchung-finanzamt.de [185.40.72.9])",
        extra=(("Auto-Submitted", "auto-generated"),)),
        text(body, cte="quoted-printable"))


@mail(n(31), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-02"),),
      note="German Calendly booking with a career coach for a 'Probe-Vorstellungsgespräch' (mock interview), "
           "Mo 2. November 2026 18:00-19:00: confirmed time, but coaching, not a job interview.")
def n31() -> bytes:
    plain = t("""
        Hallo Tobias Reindl,

        Ihr Termin wurde geplant.

        Termintyp:
        Probe-Vorstellungsgespräch (60 Min.) - mit Video-Feedback

        Gastgeberin:
        Birgit Maußner

        Datum/Uhrzeit:
        18:00 - 19:00, Montag, 2. November 2026 (Mitteleuropäische Zeit)

        Ort:
        Zoom - der Link wird Ihnen 24 Stunden vorher zugeschickt.

        Ihre Antworten:
        Für welche Position bereiten Sie sich vor?
        Senior Software Engineer Medizintechnik, Zweitgespräch mit Fachbereich

        Termin absagen oder verschieben: https://calendly.com/reschedulings/c8e1a2f0-3b4d-4e5f-9a6b-7c8d9e0f1a2b

        Bereitgestellt von Calendly.com
        """)
    return message(head(
        addr("Calendly", "notifications@calendly.com"),
        "Bestätigt: Probe-Vorstellungsgespräch mit Birgit Maußner am Montag, 2. November 2026",
        "2026-10-27 21:14", BER, "<0100019259f1e2d3-c4b5a697-8877-4665-a554-4332211f0e0d-000000@email.amazonses.com>",
        "from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
        extra=(("Reply-To", addr("Birgit Maußner", "kontakt@maussner-karrierecoaching.de")),)),
        text(plain))


@mail(n(32), family="proposed_not_confirmed", lang="de", interview=False, company="Medvisor Solutions",
      days=(("Tue", "2026-11-17"), ("Wed", "2026-11-18")),
      note="Recruiter proposes two slots ('Dienstag, 17.11. um 10 Uhr oder Mittwoch, 18.11. um 14 Uhr?') for "
           "a first call; nothing is confirmed yet.")
def n32() -> bytes:
    body = t("""
        Hallo Herr Reindl,

        vielen Dank für Ihre Bewerbung als Senior Software Engineer (m/w/d) für unsere Radiologie-Cloud!
        Ihr Profil passt sehr gut zu dem, was wir suchen, und ich würde Sie gern in einem ersten
        Telefonat (ca. 30 Minuten) näher kennenlernen.

        Würde Ihnen Dienstag, 17.11. um 10 Uhr passen? Alternativ hätte ich Mittwoch, 18.11. um 14 Uhr
        frei. Wenn beides nicht geht, schlagen Sie mir gerne zwei, drei Zeitfenster vor.

        Ich freue mich auf Ihre Rückmeldung!

        Viele Grüße aus München
        Anna Gruber
        Senior Recruiterin
        Medvisor Solutions GmbH | Sonnenstraße 19 | 80331 München
        """)
    return message(head(
        addr("Anna Gruber", "anna.gruber@medvisor-solutions.de"),
        "Ihre Bewerbung bei Medvisor Solutions - Terminvorschlag",
        "2026-11-12 10:48", BER, "<AM9P193MB1562D3E4F5A6B7C8D9E0F1A2B3C4D5@AM9P193MB1562.EURP193.PROD.OUTLOOK.COM>",
        "from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2106.outbound.protection.outlook.com [40.107.247.106])"),
        alt(text(body), html("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
                             + "".join(f"<p>{p}</p>" for p in body.strip().split("\n\n")) + "</div></body></html>\n")))


@mail(n(33), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="The candidate's sister forwards her own interview confirmation (Fr, 20.11.2026, 11:00, a "
           "radiology practice) asking if he knows anyone there: a confirmed interview, but not his.")
def n33() -> bytes:
    plain = t("""
        Hey Tobi,

        schau mal!! Ich hab am Freitag mein Vorstellungsgespräch in der Radiologie am Plärrer 😬
        Kennst du da zufällig wen? Du hattest doch mal was mit deren PACS zu tun oder?
        Und ganz ehrlich, was zieh ich an?

        Julia

        ---------- Forwarded message ---------
        Von: Radiologie am Plärrer - Bewerbung <bewerbung@radiologie-plaerrer.de>
        Date: Mo., 16. Nov. 2026 um 14:02 Uhr
        Subject: Einladung zum Vorstellungsgespräch
        To: <julia.reindl@example.com>


        Sehr geehrte Frau Reindl,

        vielen Dank für Ihre Bewerbung als MTR (m/w/d) in Vollzeit. Hiermit bestätigen wir Ihr
        Vorstellungsgespräch am Freitag, 20.11.2026, um 11:00 Uhr in unserer Praxis
        (Plärrer 14, 90443 Nürnberg, 3. OG). Ihre Gesprächspartner sind Dr. Feulner und unsere
        leitende MTR, Frau Kaya.

        Mit freundlichen Grüßen
        Ihr Praxisteam der Radiologie am Plärrer
        """)
    return message(head(
        addr("Julia Reindl", "julia.reindl@example.com"),
        "Fwd: Einladung zum Vorstellungsgespräch",
        "2026-11-16 19:40", BER, "<CAJx7Tq2+Lr5vN0bKp8sW3mYd6hF1zE9cG4aR@mail.gmail.com>",
        "from mail-ej1-f50.google.com (mail-ej1-f50.google.com [209.85.218.50])"),
        alt(text(plain), html(gmail_html(plain))))


@mail(n(34), family="interviewer_notification", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Greenhouse interviewer notification from the candidate's current employer: he is scheduled "
           "to interview a candidate (Thu Oct 1, 2:00-3:00 PM CEST, ICS attached). A confirmed interview, "
           "but he is the interviewer, not the candidate.")
def n34() -> bytes:
    plain = t("""
        Hi Tobias,

        You have been scheduled to interview a candidate.

        Candidate: Lukas Hertel
        Job: Software Engineer C++ (Imaging Core) - Erlangen
        Interview: Technical Interview - C++ & Debugging
        When: Thursday, October 1, 2026, 2:00 PM - 3:00 PM CEST
        Where: Room "Regnitz" (3rd floor) / Teams link in the calendar invite

        Interview kit: https://app.greenhouse.io/guides/5519023/people/88231147?application_id=102993871
        Please submit your scorecard within 24 hours of the interview.

        Thanks for helping us hire!
        Brightfield Medical Software - Talent Team
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        UID:gh-interview-102993871-5519023@brightfield-medical.de
        DTSTAMP:20260928T071102Z
        DTSTART;TZID=Europe/Berlin:20261001T140000
        DTEND;TZID=Europe/Berlin:20261001T150000
        SUMMARY:Interview: Lukas Hertel - Technical Interview (Software Engineer C++)
        LOCATION:Raum Regnitz (3. OG) / Microsoft Teams
        ORGANIZER;CN=Melanie Distler:mailto:melanie.distler@brightfield-medical.de
        ATTENDEE;CN=Tobias Reindl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tobias.reindl@brightfield-medical.de
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """), prodid="-//Greenhouse//Scheduler//EN")
    body = mixed(text(plain, cte="7bit"),
                 calendar(ics, method="REQUEST", cte="base64", filename="interview.ics", disposition="attachment"))
    return message(head(
        addr("Brightfield Medical Software", "no-reply@greenhouse.io"),
        "You're scheduled to interview Lukas Hertel (Software Engineer C++) on Thu, Oct 1",
        "2026-09-28 09:11", BER, "<5f77c0a1e2d3b.20260928071102.1123@greenhouse.io>",
        "from o1.greenhouse.io (o1.greenhouse.io [167.89.85.115])",
        to=addr("Tobias Reindl", "tobias.reindl@brightfield-medical.de"),
        extra=(("X-Forwarded-To", ME), ("X-Forwarded-For", f"tobias.reindl@brightfield-medical.de {ME}"))), body)


@mail(n(35), family="scheduling_link", lang="en", interview=False, company="Quellwerk Robotics",
      days=(("Mon", "2026-11-23"), ("Fri", "2026-11-27")),
      note="Ashby self-scheduling request: 'pick a time' link with slots between Nov 23 and Nov 27; no "
           "time chosen yet.")
def n35() -> bytes:
    plain = t("""
        Hi Tobias,

        Thanks for your time on the recruiter screen! The next step for the Senior Software Engineer,
        Surgical Navigation role is a 60-minute technical interview with two engineers from the team.

        Please choose a time that works for you:
        https://app.ashbyhq.com/interview-scheduling/quellwerk-robotics/2b8e4f71-0c9d-4a3e-b5f6-1d7a8c9e0f23

        Available times are between Monday, November 23 and Friday, November 27, shown in your local
        time zone. If none of them work, reply to this email and we'll find something.

        Best,
        Lea Marquardt
        Talent Acquisition, Quellwerk Robotics
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f">
        <p>Hi Tobias,</p>
        <p>Thanks for your time on the recruiter screen! The next step for the <b>Senior Software Engineer, Surgical Navigation</b> role is a 60-minute technical interview with two engineers from the team.</p>
        <p><a href="https://app.ashbyhq.com/interview-scheduling/quellwerk-robotics/2b8e4f71-0c9d-4a3e-b5f6-1d7a8c9e0f23" style="background:#4f46e5;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Choose a time</a></p>
        <p>Available times are between Monday, November 23 and Friday, November 27, shown in your local time zone. If none of them work, reply to this email and we'll find something.</p>
        <p>Best,<br>Lea Marquardt<br>Talent Acquisition, Quellwerk Robotics</p>
        </body></html>
        """)
    return message(head(
        addr("Quellwerk Robotics", "no-reply@ashbyhq.com"),
        "Schedule your technical interview with Quellwerk Robotics",
        "2026-11-18 15:26", BER, "<01000193405a7b8c-9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a-000000@email.amazonses.com>",
        "from a11-71.smtp-out.amazonses.com (a11-71.smtp-out.amazonses.com [54.240.11.71])",
        extra=(("Reply-To", addr("Lea Marquardt", "lea.marquardt@quellwerk-robotics.com")),)),
        alt(text(plain), html(body_html)))


@mail(n(36), family="rejection", lang="de", interview=False, company="Hirschbach Healthcare",
      note="Taleo rejection after an interview ('für das Gespräch am 2. Oktober'); no upcoming appointment.")
def n36() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Reindl,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Software Engineer Angiographie (m/w/d), Job-ID 2600417</b>
        und für die Zeit, die Sie sich für das Gespräch am 2. Oktober mit unserem Team genommen haben.</p>
        <p>Nach sorgfältiger Prüfung haben wir uns entschieden, den Auswahlprozess mit anderen Kandidatinnen und
        Kandidaten fortzusetzen, deren Profil noch etwas näher an unseren aktuellen Anforderungen liegt.</p>
        <p>Diese Entscheidung ist uns nicht leichtgefallen. Gerne behalten wir Ihr Profil in unserem Talent-Pool,
        sofern Sie nicht widersprechen.</p>
        <p>Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Hirschbach Healthcare AG, Forchheim</p>
        <p style="font-size:10px;color:#888">Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</p>
        </body></html>
        """)
    return message(head(
        addr("Hirschbach Healthcare Karriere", "noreply@taleo.net"),
        "Ihre Bewerbung: Software Engineer Angiographie (m/w/d) - 2600417",
        "2026-10-16 14:47", BER, "<1792162020447.JavaMail.taleo@eu-mail-12.taleo.net>",
        "from eu-mail-12.taleo.net (eu-mail-12.taleo.net [160.34.16.75])"),
        html(body_html))


@mail(n(37), family="offer", lang="de", interview=False, company="Kleeblatt Software",
      days=(("Fri", "2026-11-06"),),
      note="Job offer (du) after the interviews, thread with the Kleeblatt Teamtailor booking; deadline "
           "'bis Freitag, 6.11.' and a call offered without a time: no interview scheduled.")
def n37() -> bytes:
    body = t("""
        Hi Tobias,

        nach den beiden richtig guten Gesprächen am 15.10. und letzte Woche mit Deniz und unserem CEO
        freuen wir uns riesig, dir die Stelle als Backend Developer Healthcare anzubieten! 🍀

        Die Eckdaten:
        - 78.000 € brutto im Jahr + 2.000 € Weiterbildungsbudget
        - 30 Tage Urlaub, 2 Tage/Woche Büro in Fürth, Rest remote
        - Start: 1. Februar 2027 (passt zu deiner Kündigungsfrist, wenn ich mich richtig erinnere)

        Den Vertrag schicke ich dir gleich separat per DocuSign. Gib uns bitte bis Freitag, 6.11.
        Bescheid, ob du dabei bist. Wenn du vorher noch Fragen hast, lass uns gern kurz telefonieren –
        schick mir einfach ein paar Zeitfenster, die dir passen.

        Liebe Grüße
        Jana

        Jana Uhl | Recruiting
        Kleeblatt Software GmbH · Königswarterstraße 70 · 90762 Fürth
        """)
    return message(head(
        addr("Jana Uhl", "jana.uhl@kleeblatt-software.de"),
        "Unser Angebot für dich 🍀",
        "2026-11-02 16:05", BER, "<CAF4mN8q1=Zr6tL0bVx2pKj9sH3wY7dE5cG@mail.gmail.com>",
        "from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])"),
        alt(text(body), html(gmail_html(body))))


@mail(n(38), family="application_ack", lang="en", interview=False, company="Lindqvist Medical",
      note="Workable application receipt; 'we'll reach out to schedule an interview' is hypothetical.")
def n38() -> bytes:
    plain = t("""
        Hi Tobias,

        Thank you for applying for the Senior Imaging Software Engineer (Remote, EU) position at
        Lindqvist Medical. We've received your application and our team will review it carefully.

        If your background is a good match, we'll reach out to schedule an interview with the hiring
        team. Either way, we'll let you know how things stand within three weeks.

        Kind regards,
        The Lindqvist Medical hiring team

        This email was sent via Workable. Please don't reply directly to this email.
        """)
    return message(head(
        addr("Lindqvist Medical", "noreply@candidates.workablemail.com"),
        "Thanks for applying to Lindqvist Medical",
        "2026-09-08 12:31", "Europe/Stockholm", "<20260908103110.1.7D3F5A2C9B0E4F61@candidates.workablemail.com>",
        "from mail-out-1.candidates.workablemail.com (mail-out-1.candidates.workablemail.com [198.21.6.38])"),
        alt(text(plain), html(gmail_html(plain))))


@mail(n(39), family="application_ack", lang="de", interview=False, company="Sigmund Robotics",
      note="JOIN application receipt (du); 'werden ... zu einem ersten Interview eingeladen' is generic.")
def n39() -> bytes:
    plain = t("""
        Hallo Tobias,

        deine Bewerbung als Robotics Software Engineer (m/w/d) bei Sigmund Robotics GmbH in Regensburg
        ist eingegangen. 🙌

        Wie geht es weiter?
        Das Team von Sigmund Robotics sieht sich deine Unterlagen jetzt an. Passende Kandidat:innen
        werden in der Regel innerhalb von zwei Wochen zu einem ersten Interview eingeladen. Den Status
        deiner Bewerbung siehst du jederzeit in deinem JOIN-Konto.

        Viel Erfolg!
        Dein JOIN-Team

        JOIN Solutions AG · Zürich
        """)
    return message(head(
        addr("Sigmund Robotics GmbH via JOIN", "noreply@join.com"),
        "Deine Bewerbung bei Sigmund Robotics GmbH ist eingegangen",
        "2026-10-01 18:22", BER, "<20261001162214.8f3b1e0a5d7c@join.com>",
        "from mail-eu.join.com (mail-eu.join.com [104.18.32.116])"),
        alt(text(plain), html(gmail_html(plain))))


@mail(n(40), family="job_alert", lang="de", interview=False, company=None,
      note="StepStone job agent digest; an 'Interview in 48 h' badge and 'Schnellbewerbung' confirm nothing.")
def n40() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0c2577">
        <h2>7 neue Jobs für „Software Engineer Medizintechnik“ in Erlangen + 50 km</h2>
        <table cellpadding="8" width="600">
        <tr><td><b>Senior Software Engineer C++ (m/w/d)</b><br>Altmühl Diagnostics GmbH · Erlangen<br>
        <span style="background:#e6f4ea;color:#137333">Vorstellungsgespräch innerhalb von 48 h</span> · Schnellbewerbung</td></tr>
        <tr><td><b>Softwareentwickler Bildverarbeitung (m/w/d)</b><br>Frauenaurach Systems · Erlangen · Homeoffice möglich</td></tr>
        <tr><td><b>DevOps Engineer Healthcare Cloud (m/w/d)</b><br>Noris Diagnostics SE · Nürnberg</td></tr>
        <tr><td><b>Embedded Developer Ultraschall (m/w/d)</b><br>Isarlight Imaging GmbH · München</td></tr>
        <tr><td><b>Software Architect DICOM/HL7 (m/w/d)</b><br>Mainfranken Health IT GmbH · Würzburg</td></tr>
        </table>
        <p><a href="https://www.stepstone.de/jobagent/ergebnisse?id=77a1">Alle 7 Jobs ansehen</a></p>
        <p style="font-size:11px;color:#666">Sie erhalten diese E-Mail, weil Sie einen Job-Agenten angelegt haben.
        <a href="https://www.stepstone.de/jobagent/abmelden?id=77a1">Job-Agent abbestellen</a></p>
        </body></html>
        """)
    return message(head(
        addr("StepStone Job-Agent", "jobagent@stepstone.de"),
        "7 neue Jobs: Software Engineer Medizintechnik in Erlangen",
        "2026-10-06 07:00", BER, "<jobagent.77a1.20261006050002@mailing.stepstone.de>",
        "from mailing.stepstone.de (mailing.stepstone.de [193.109.255.110])",
        extra=(("List-Unsubscribe", "<https://www.stepstone.de/jobagent/abmelden?id=77a1>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk"))),
        html(body_html, cte="base64"))


@mail(n(41), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="Career newsletter about interview preparation with example phrasing ('Termin am Dienstag um "
           "10 Uhr') and a webinar on Do., 26.11., 18:00: nothing confirmed for the reader.")
def n41() -> bytes:
    body_html = t("""
        <html><body style="font-family:Georgia,serif;font-size:16px;max-width:640px">
        <h1 style="font-size:24px">Karrierebrief Medizintechnik – Ausgabe 11/2026</h1>
        <h2 style="font-size:19px">Die Einladung ist da – und jetzt?</h2>
        <p>„Wir freuen uns, Sie zum Vorstellungsgespräch am Dienstag um 10 Uhr begrüßen zu dürfen.“ Wer diesen
        Satz liest, hat die erste Hürde genommen. Unsere Checkliste für die letzten 48 Stunden vor dem Termin:</p>
        <ol><li>Bestätigen Sie den Termin innerhalb eines Werktags.</li>
        <li>Fragen Sie nach, wer am Gespräch teilnimmt.</li>
        <li>Planen Sie bei Präsenzterminen 15 Minuten Puffer ein.</li></ol>
        <h2 style="font-size:19px">Live-Webinar: Gehaltsverhandlung in der Medizintechnik</h2>
        <p>Do., 26.11., 18:00 Uhr · kostenlos · <a href="https://medtech-karriere.de/webinar/gehalt">Jetzt anmelden</a></p>
        <p style="font-size:12px;color:#777">Sie erhalten diesen Newsletter, weil Sie sich auf medtech-karriere.de angemeldet haben.
        <a href="https://medtech-karriere.de/newsletter/abmelden?u=4f1c">Abmelden</a></p>
        </body></html>
        """)
    return message(head(
        addr("Karrierebrief Medizintechnik", "newsletter@medtech-karriere.de"),
        "Die Einladung ist da – und jetzt? + Webinar Gehaltsverhandlung",
        "2026-11-17 06:30", BER, "<nl-2026-11.4f1c@news.medtech-karriere.de>",
        "from mta12.news.medtech-karriere.de (mta12.news.medtech-karriere.de [185.183.11.12])",
        extra=(("List-Unsubscribe", "<https://medtech-karriere.de/newsletter/abmelden?u=4f1c>"),
               ("List-Id", "Karrierebrief <karrierebrief.medtech-karriere.de>"),
               ("Precedence", "bulk"))),
        html(body_html))


@mail(n(42), family="auto_reply", lang="de", interview=False, company="Noris Diagnostics",
      days=(("Thu", "2026-10-22"),),
      note="Out-of-office auto-reply (Auto-Submitted: auto-replied) to the candidate's question about "
           "parking on 22.10.; names a role mailbox; confirms nothing.")
def n42() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Dienstag, 20.10.2026, nicht im Büro und habe nur eingeschränkt Zugriff
        auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@noris-diagnostics.de.

        Mit freundlichen Grüßen
        Sabine Gräf
        Noris Diagnostics SE
        """)
    return message(head(
        addr("Gräf, Sabine", "sabine.graef@noris-diagnostics.de"),
        "Automatische Antwort: Rückfrage Parken am 22.10.",
        "2026-10-16 09:03", BER, "<AS8P194MB1178F1E2D3C4B5A69788A1B2C3D4E5@AS8P194MB1178.EURP194.PROD.OUTLOOK.COM>",
        "from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2093.outbound.protection.outlook.com [40.107.15.93])",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("In-Reply-To", "<c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f@example.org>"))),
        text(body))


def _bounced_original() -> str:
    return t("""
        From: Tobias Reindl <tobias.reindl@example.org>
        To: Martin Krauss <m.krauss@altmuehl-medtec.de>
        Subject: Re: Einladung zum Gespräch
        Date: Thu, 19 Nov 2026 21:03:10 +0100
        Message-ID: <7e8f9a0b-1c2d-4e3f-a4b5-c6d7e8f9a0b1@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 8bit

        Hallo Herr Krauss,

        vielen Dank für die Einladung! Dienstag, 24.11. um 10 Uhr passt mir sehr gut, ich bestätige
        den Termin gern.

        Viele Grüße
        Tobias Reindl
        """)


@mail(n(43), family="bounce", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-24"),),
      note="Postfix bounce (multipart/report) of the candidate's own acceptance ('Dienstag, 24.11. um 10 Uhr "
           "passt mir sehr gut') sent to a mistyped domain: the employer never received it; a delivery "
           "failure, not a confirmation.")
def n43() -> bytes:
    explain = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <m.krauss@altmuehl-medtec.de>: Host or domain name not found. Name service error
            for name=altmuehl-medtec.de type=MX: Host not found, try again
        """)
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Rk2Yq1Bz9
        X-Postfix-Sender: rfc822; tobias.reindl@example.org
        Arrival-Date: Thu, 19 Nov 2026 21:03:11 +0100 (CET)

        Final-Recipient: rfc822; m.krauss@altmuehl-medtec.de
        Original-Recipient: rfc822;m.krauss@altmuehl-medtec.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=altmuehl-medtec.de type=MX: Host not found, try again
        """)
    body = multipart(
        "report",
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], explain),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822"),
                  ("Content-Transfer-Encoding", "8bit")], _bounced_original()),
        params="report-type=delivery-status")
    return message(head(
        addr("Mail Delivery System", "MAILER-DAEMON@mail.example.org"),
        "Undelivered Mail Returned to Sender",
        "2026-11-19 21:04", BER, "<20261119200411.8C3F21A04E@mail.example.org>",
        "from mail.example.org (mail.example.org [192.0.2.25])",
        extra=(("Auto-Submitted", "auto-replied"),)), body)


@mail(n(44), family="mailing_list", lang="de", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Linux user group mailing-list post (List-Id, Precedence: list) announcing a meetup talk about "
           "job interviews at tech companies, Di., 8.12., 19:30: a meetup, not the reader's interview.")
def n44() -> bytes:
    body = t("""
        Hallo zusammen,

        unser nächstes Treffen ist am Dienstag, 8.12., ab 19:30 Uhr wie immer im Nebenzimmer vom
        "Gasthaus zur Einkehr" (Hauptstraße, Erlangen).

        Vortrag (ca. 30 Min.): Sebastian erzählt von seinen Bewerbungsgesprächen bei Tech-Firmen in der
        Region - "Whiteboard, Take-Home oder Live-Coding: was wirklich gefragt wird". Danach wie
        üblich Glühwein und Installationshilfe für alle, die ihren Laptop mitbringen.

        Wer kommt, bitte kurz im Wiki eintragen, damit wir genug Platz reservieren:
        https://lug-erlangen.de/wiki/Treffen_2026-12

        Gruß
        Andreas

        _______________________________________________
        LUG-ER mailing list
        lug-er@lists.lug-erlangen.de
        https://lists.lug-erlangen.de/mailman/listinfo/lug-er
        """)
    return message(head(
        addr("Andreas Wiesent", "andreas@wiesent.net"),
        "[LUG-ER] Treffen Di., 8.12. - Vortrag: Bewerbungsgespräche bei Tech-Firmen",
        "2026-12-01 22:14", BER, "<3f4a5b6c-7d8e-4f9a-0b1c-2d3e4f5a6b7c@wiesent.net>",
        "from lists.lug-erlangen.de (lists.lug-erlangen.de [131.188.12.40])",
        to=addr(None, "lug-er@lists.lug-erlangen.de"),
        extra=(("Sender", "\"LUG-ER\" <lug-er-bounces@lists.lug-erlangen.de>"),
               ("List-Id", "Linux User Group Erlangen <lug-er.lists.lug-erlangen.de>"),
               ("List-Unsubscribe", "<https://lists.lug-erlangen.de/mailman/options/lug-er>, "
                                    "<mailto:lug-er-request@lists.lug-erlangen.de?subject=unsubscribe>"),
               ("List-Post", "<mailto:lug-er@lists.lug-erlangen.de>"),
               ("Precedence", "list"))),
        text(body, charset="utf-8", cte="8bit"))


@mail(n(45), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Property manager confirms a flat viewing, Sa., 12.09.2026, 11:15 Uhr: a fixed appointment, not "
           "a job interview.")
def n45() -> bytes:
    body = t("""
        Sehr geehrter Herr Reindl,

        gerne bestätigen wir Ihnen den Besichtigungstermin für die 3-Zimmer-Wohnung in Nürnberg-Gostenhof
        (Kernstraße 27, 2. OG links, 78 m², Kaltmiete 1.090 €):

        Samstag, 12.09.2026, 11:15 Uhr

        Bitte bringen Sie zur Besichtigung eine Mieterselbstauskunft, die letzten drei Gehaltsnachweise
        sowie eine Kopie Ihres Personalausweises mit. Herr Bauer von unserer Hausverwaltung erwartet Sie
        vor dem Hauseingang.

        Mit freundlichen Grüßen
        i. A. Monika Pirner
        Hausverwaltung Pirner GmbH | Fürther Straße 31 | 90429 Nürnberg
        """)
    return message(head(
        addr("Hausverwaltung Pirner", "vermietung@hv-pirner.de"),
        "Besichtigungstermin Kernstraße 27 - Sa., 12.09., 11:15 Uhr",
        "2026-09-07 15:20", BER, "<000a01db1f3c$2b4c5d60$81e51820$@hv-pirner.de>",
        "from mout.kundenserver.de (mout.kundenserver.de [212.227.126.131])"),
        text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(46), family="bank_videoident", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-23"),),
      note="Bank's video identification appointment (Mi., 23.09.2026, 19:00, HTML only): a fixed video "
           "call, not a job interview.")
def n46() -> bytes:
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Guten Tag Herr Reindl,</p>
        <p>vielen Dank für Ihre Kontoeröffnung bei der Noris Direktbank. Ihr Termin für die Video-Legitimation
        ist gebucht:</p>
        <p style="font-size:16px"><b>Mittwoch, 23.09.2026, 19:00 Uhr</b><br>Dauer: ca. 10 Minuten</p>
        <p>So klappt es reibungslos:</p>
        <ul><li>Halten Sie Ihren gültigen Personalausweis oder Reisepass bereit.</li>
        <li>Sorgen Sie für gutes Licht und eine stabile Internetverbindung.</li>
        <li>Den Link zum Videogespräch mit unserem Partner erhalten Sie 15 Minuten vorher per SMS.</li></ul>
        <p>Mit freundlichen Grüßen<br>Ihre Noris Direktbank AG</p>
        <p style="font-size:11px;color:#777">Noris Direktbank AG · Bahnhofsplatz 4 · 90402 Nürnberg · Diese E-Mail wurde automatisch erstellt.</p>
        </body></html>
        """)
    return message(head(
        addr("Noris Direktbank", "service@noris-direktbank.de"),
        "Ihr Termin zur Video-Legitimation am 23.09.2026",
        "2026-09-18 11:42", BER, "<vid-20260918094201-55871@noris-direktbank.de>",
        "from mail.noris-direktbank.de (mail.noris-direktbank.de [194.25.134.88])"),
        html(body_html, cte="base64"))


@mail(n(47), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="University admission interview ('Auswahlgespräch') for a part-time master's programme with ICS, "
           "Fr., 11.12.2026, 14:00-14:30: confirmed time, but a study admission, not a job interview.")
def n47() -> bytes:
    body = t("""
        Sehr geehrter Herr Reindl,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        "Medical Engineering & Data Science" (Studienbeginn Sommersemester 2027).

        Wir laden Sie hiermit zum Auswahlgespräch ein:

        Freitag, 11.12.2026, 14:00 - 14:30 Uhr
        online per Zoom: https://hs-mittelfranken.zoom.us/j/64120387755

        Kommission: Prof. Dr. Sabine Lehner, Prof. Dr. Jürgen Maier
        Im Gespräch geht es um Ihre Motivation, Ihre Berufserfahrung und die Vereinbarkeit von Studium
        und Beruf. Bitte halten Sie einen Lichtbildausweis bereit.

        Eine Kalenderdatei finden Sie im Anhang.

        Mit freundlichen Grüßen
        Prof. Dr. Sabine Lehner
        Studiengangsleitung Medical Engineering & Data Science
        Hochschule Mittelfranken
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        UID:auswahl-meds-2027-0412@hs-mittelfranken.de
        DTSTAMP:20261203T100512Z
        DTSTART;TZID=Europe/Berlin:20261211T140000
        DTEND;TZID=Europe/Berlin:20261211T143000
        SUMMARY:Auswahlgespräch Master Medical Engineering & Data Science - Tobias Reindl
        LOCATION:https://hs-mittelfranken.zoom.us/j/64120387755
        ORGANIZER;CN=Prof. Dr. Sabine Lehner:mailto:sabine.lehner@hs-mittelfranken.de
        ATTENDEE;CN=Tobias Reindl;RSVP=TRUE:mailto:tobias.reindl@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """), prodid="-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN")
    return message(head(
        addr("Sabine Lehner", "sabine.lehner@hs-mittelfranken.de"),
        "Einladung zum Auswahlgespräch - Master Medical Engineering & Data Science",
        "2026-12-03 11:05", BER, "<b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e@hs-mittelfranken.de>",
        "from mailrelay.hs-mittelfranken.de (mailrelay.hs-mittelfranken.de [141.75.40.12])",
        extra=(("User-Agent", "Mozilla Thunderbird"),)),
        mixed(text(body), calendar(ics, method="REQUEST", cte="base64",
                                   filename="Auswahlgespraech.ics", disposition="attachment")))


@mail(n(48), family="exit_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-12-10"),),
      note="Outlook meeting request (W. Europe Standard Time) from HR at the candidate's current employer "
           "for his exit interview ('Austrittsgespräch'), Do 10.12.2026 14:00-14:45: not a job interview.")
def n48() -> bytes:
    plain = t("""
        Hallo Tobias,

        wie bei allen Kolleginnen und Kollegen, die uns verlassen, würden wir gern ein kurzes
        Austrittsgespräch mit dir führen - offen und vertraulich. Ich habe uns einen Termin eingestellt.
        Übergabe von Laptop und Badge machen wir dann am letzten Arbeitstag.

        Viele Grüße
        Melanie Distler
        HR Business Partner | Brightfield Medical Software GmbH
        """)
    ics = vcal(t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Distler Melanie:mailto:melanie.distler@brightfield-medical.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Reindl Tobias:mailto:tobias.reindl@brightfield-medical.de
        UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E05EDC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
        SUMMARY;LANGUAGE=de-DE:Austrittsgespräch Tobias Reindl
        DTSTART;TZID=W. Europe Standard Time:20261210T140000
        DTEND;TZID=W. Europe Standard Time:20261210T144500
        CLASS:PRIVATE
        DTSTAMP:20261203T083014Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Raum Wiesent (EG)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """), prodid="Microsoft Exchange Server 2010", tz="W. Europe Standard Time")
    return message(head(
        addr("Distler, Melanie", "melanie.distler@brightfield-medical.de"),
        "Austrittsgespräch",
        "2026-12-03 09:30", BER, "<DU0P192MB1705E6F7A8B9C0D1E2F3A4B5C6D7E8@DU0P192MB1705.EURP192.PROD.OUTLOOK.COM>",
        "from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2110.outbound.protection.outlook.com [40.107.6.110])",
        to=addr("Reindl, Tobias", "tobias.reindl@brightfield-medical.de"),
        extra=(("X-Forwarded-To", ME), ("Content-Language", "de-DE"))),
        alt(text(plain), calendar(ics, method="REQUEST", cte="base64")))


@mail(n(49), family="reference_call", lang="de", interview=False, company=None,
      note="A former colleague gave him as a reference: the recruiter 'ruft dich am Donnerstag um 16 Uhr an' "
           "for a reference call about her; a fixed call, but not his interview.")
def n49() -> bytes:
    body = t("""
        Hi Tobi!

        Ich bin im Finale bei Medflux in München 🎉🎉 Die wollen jetzt noch Referenzen und ich hab dich
        angegeben - hoffe das ist ok?! Die Recruiterin, Frau Lang, ruft dich am Donnerstag um 16 Uhr auf
        dem Handy an, hab ihr gesagt dass donnerstags nachmittags bei dir meistens geht. Dauert wohl
        nur 15-20 Minuten. Sie fragt nach unserem gemeinsamen Projekt (Segmentierung, 2023/24) und wie
        ich so im Team war. Bitte nur Gutes erzählen 😇

        Danke dir, du hast was gut bei mir!
        Sarah

        Von meinem Samsung Galaxy Smartphone gesendet.
        """)
    return message(head(
        addr("Sarah Kestler", "sarah.kestler@example.net"),
        "Referenz 🙏",
        "2026-11-23 12:47", BER, "<f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@example.net>",
        "from smtp.example.net (smtp.example.net [198.51.100.25])"),
        text(body, cte="base64"))


@mail(n(50), family="recruiter_outreach", lang="de", interview=False, company="Hahn & Partner Executive Search",
      note="XING message notification with a headhunter's outreach asking for a short confidential call "
           "'in den nächsten Tagen'; no fixed time.")
def n50() -> bytes:
    plain = t("""
        Hallo Tobias Reindl,

        Sie haben eine neue Nachricht von Markus Hahn erhalten.

        Markus Hahn
        Partner, Hahn & Partner Executive Search

        "Guten Tag Herr Reindl, ich unterstütze derzeit einen der führenden Hersteller bildgebender
        Systeme in der Metropolregion Nürnberg bei der Besetzung einer Position als Principal Software
        Engineer (Rekonstruktion). Ihr Profil passt hervorragend. Hätten Sie in den nächsten Tagen Zeit
        für ein kurzes, vertrauliches Telefonat? Beste Grüße, Markus Hahn"

        Nachricht beantworten: https://www.xing.com/chats/m/8841027

        Ihr XING-Team
        New Work SE · Am Strandkai 1 · 20457 Hamburg
        Benachrichtigungen verwalten: https://www.xing.com/settings/notifications
        """)
    return message(head(
        addr("XING", "mailrobot@mail.xing.com"),
        "Markus Hahn hat Ihnen eine Nachricht geschickt",
        "2026-09-22 08:16", BER, "<xing-msg-8841027.1790057760@mail.xing.com>",
        "from mail.xing.com (mail.xing.com [213.238.60.190])",
        extra=(("List-Unsubscribe", "<https://www.xing.com/settings/notifications>"),)),
        alt(text(plain), html(gmail_html(plain))))
