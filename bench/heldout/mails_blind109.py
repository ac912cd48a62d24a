"""blind109: 50 hand-written mails from the inbox of Mehmet Aydın, a logistics IT consultant in
Dortmund (Europe/Berlin), September to mid-December 2026. Built by make_blind.py blind109.

Written blind: without reading the detector, its tests or the other held-out sets.
Keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives.
The file number of the mail written key-th is ORDER[key - 1].
"""

from __future__ import annotations

import base64
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

ORDER = random.Random(1090109).sample(range(1, 51), 50)
ME = "mehmet.aydin@example.org"
TO = addr("Mehmet Aydın", ME)
BER = "Europe/Berlin"
AMS = "Europe/Amsterdam"


def n(key: int) -> str:
    return f"blind109_{ORDER[key - 1]:03d}"


def mx(src: str, when: str, zone: str, ident: str, lag: int = 4) -> str:
    return received(src, when, zone, f"mx01.example.org with ESMTPS id {ident}", ME, lag)


# =========================================================================== positives: scheduled


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-15 10:00", AMS), end=utc("2026-09-15 10:45", AMS),
      contact="sanne.peeters@maasbrug-logistics.nl", company="Maasbrug Logistics",
      local="Tue 2026-09-15 10:00", local_end="2026-09-15 10:45", zone=AMS,
      note="Greenhouse candidate confirmation, 'Tuesday, September 15, 2026 10:00 AM - 10:45 AM CEST' "
           "(Venlo, Europe/Amsterdam, summer time UTC+2) -> 08:00Z-08:45Z; ICS in Europe/Amsterdam agrees; "
           "contact = Reply-To recruiter (From is Greenhouse no-reply)")
def m1():
    when = "2026-09-09 14:12"
    plain = t("""
        Hi Mehmet,

        Thank you for making time to speak with us! Your interview for the Senior WMS Integration
        Consultant role at Maasbrug Logistics is confirmed. Here are the details:

        Interview: Technical conversation with the Warehouse Systems team
        When: Tuesday, September 15, 2026 10:00 AM - 10:45 AM CEST
        Where: Maasbrug Logistics, Celsiusweg 21, 5928 PR Venlo (reception, ground floor)

        Interviewers:
          Ruud van Dijk - Manager Warehouse Systems
          Fenna Janssen - Integration Lead

        Parking is available in front of building C. Please bring a valid ID for the visitor badge.

        If you need to reschedule, simply reply to this email.

        Kind regards,
        Sanne Peeters
        Talent Acquisition | Maasbrug Logistics B.V.
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Mehmet,</p>
        <p>Thank you for making time to speak with us! Your interview for the <b>Senior WMS Integration
        Consultant</b> role at Maasbrug Logistics is confirmed. Here are the details:</p>
        <table cellpadding="4">
        <tr><td><b>Interview</b></td><td>Technical conversation with the Warehouse Systems team</td></tr>
        <tr><td><b>When</b></td><td>Tuesday, September 15, 2026 10:00 AM - 10:45 AM CEST</td></tr>
        <tr><td><b>Where</b></td><td>Maasbrug Logistics, Celsiusweg 21, 5928 PR Venlo (reception, ground floor)</td></tr>
        </table>
        <p>Interviewers:<br>Ruud van Dijk - Manager Warehouse Systems<br>Fenna Janssen - Integration Lead</p>
        <p>Parking is available in front of building C. Please bring a valid ID for the visitor badge.</p>
        <p>If you need to reschedule, simply reply to this email.</p>
        <p>Kind regards,<br>Sanne Peeters<br>Talent Acquisition | Maasbrug Logistics B.V.</p>
        <img src="https://us.greenhouse-mail.io/o/eJwNy0EOgCAMBMC3cF0.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = VTZ["Europe/Berlin"].replace("Europe/Berlin", AMS) + "\n"
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + ics + t("""
        BEGIN:VEVENT
        UID:gh-interview-7731904-2026@greenhouse.io
        DTSTAMP:20260909T121200Z
        DTSTART;TZID=Europe/Amsterdam:20260915T100000
        DTEND;TZID=Europe/Amsterdam:20260915T104500
        SUMMARY:Interview: Mehmet Aydin - Senior WMS Integration Consultant
        LOCATION:Maasbrug Logistics\\, Celsiusweg 21\\, 5928 PR Venlo
        ORGANIZER;CN=Sanne Peeters:mailto:sanne.peeters@maasbrug-logistics.nl
        ATTENDEE;CN=Mehmet Aydin;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mehmet.aydin@example.org
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from o12.us.greenhouse-mail.io (o12.us.greenhouse-mail.io [167.89.12.44])",
                        when, AMS, "4hG2k0Qz1Wz9")),
        ("From", addr("Sanne Peeters", "no-reply@us.greenhouse-mail.io")),
        ("Reply-To", addr("Sanne Peeters", "sanne.peeters@maasbrug-logistics.nl")),
        ("To", TO),
        ("Subject", "Interview Confirmation: Maasbrug Logistics - Senior WMS Integration Consultant"),
        ("Date", date(when, AMS)),
        ("Message-ID", "<gh.7731904.a81f2c93e0@us.greenhouse-mail.io>"),
        ("X-SG-EID", "u001.Hq8cZpL2vR0aQ1mK7yTf3w"),
    ], mixed(alt(text(plain), html(body_html)),
             calendar(ics, filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", BER), end=utc("2026-09-22 15:00", BER),
      contact="j.kowalski@westfalen-hafenlogistik.de", company="Westfalen Hafenlogistik",
      local="Tue 2026-09-22 14:00", local_end="2026-09-22 15:00", zone=BER,
      note="Personio invitation 'Di., 22.09.2026, 14:00 - 15:00 Uhr' in Dortmund, CEST (UTC+2) -> "
           "12:00Z-13:00Z; From is Personio's no-reply, Reply-To is the recruiter")
def m2():
    when = "2026-09-14 09:03"
    plain = t("""
        Guten Tag Herr Aydın,

        vielen Dank für Ihre Bewerbung als IT-Consultant SAP EWM (m/w/d) und Ihr Interesse an der
        Westfalen Hafenlogistik GmbH.

        Gerne möchten wir Sie persönlich kennenlernen und bestätigen Ihnen folgenden Termin für ein
        Vorstellungsgespräch:

        Datum:   Di., 22.09.2026
        Uhrzeit: 14:00 - 15:00 Uhr
        Ort:     Westfalen Hafenlogistik GmbH, Speicherstraße 8, 44147 Dortmund
                 (Verwaltungsgebäude, 2. OG, bitte am Empfang melden)

        Gesprächspartner: Herr Dirk Schulte-Bockum (Leitung IT-Logistiksysteme) und
        Frau Joanna Kowalski (HR Business Partner)

        Sollten Sie den Termin nicht wahrnehmen können, antworten Sie bitte einfach auf diese E-Mail.

        Wir freuen uns auf das Gespräch!

        Mit freundlichen Grüßen
        Joanna Kowalski
        HR Business Partner

        Westfalen Hafenlogistik GmbH · Speicherstraße 8 · 44147 Dortmund
        Geschäftsführung: Heiner Vosskamp · Amtsgericht Dortmund HRB 30412

        --
        Diese E-Mail wurde über Personio versendet.
        """)
    return message([
        ("Received", mx("from mail-eu.personio.de (mail-eu.personio.de [52.58.201.17])",
                        when, BER, "Kx8wq2Lm0Pd1")),
        ("From", addr("Westfalen Hafenlogistik GmbH", "no-reply@personio.de")),
        ("Reply-To", addr("Joanna Kowalski", "j.kowalski@westfalen-hafenlogistik.de")),
        ("To", TO),
        ("Subject", enc("Einladung zum Vorstellungsgespräch – IT-Consultant SAP EWM (m/w/d)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<0102018f2b1c9e4d-5e3a1f0c-77b2-4d1e-9f1a-2c6d8e0b4a11-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Mail-Type", "applicant_event_invitation"),
    ], text(plain, cte="quoted-printable"))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-24 14:30", BER), end=None,
      contact="lars@kranwerk-robotics.de", company="Kranwerk Robotics",
      local="Thu 2026-09-24 14:30", zone=BER,
      note="Startup founder's du-mail from Mon 21 Sep: 'Donnerstag um halb drei' = Thu 24 Sep 14:30 CEST "
           "-> 12:30Z (halb drei = 14:30, afternoon in context); no duration ('so ne Stunde' is approximate)")
def m3():
    when = "2026-09-21 17:48"
    body = t("""
        Hi Mehmet,

        super, dass das so schnell geklappt hat! Dann machen wir das so: Donnerstag um halb drei
        bei uns in der Halle, Gerard-Mortier-Platz 3 in Bochum, direkt hinter der Jahrhunderthalle.
        Klingel "Kranwerk", dann einmal die Treppe hoch.

        Dabei sind ich und Nele (unsere Head of Engineering). Wir zeigen dir die Anlage, erzählen
        was wir mit den Portalkränen vorhaben und dann quatschen wir über deine Erfahrung mit
        den Lagerverwaltungssystemen. Plan mal so ne Stunde ein.

        Bis Donnerstag!
        Lars

        --
        Lars Brinkhoff
        Gründer & CEO · Kranwerk Robotics GmbH
        0234 5898 120

        Am Mo., 21. Sept. 2026 um 16:02 Uhr schrieb Mehmet Aydın <mehmet.aydin@example.org>:
        > Hallo Lars,
        >
        > danke für den Anruf heute Mittag. Donnerstag Nachmittag würde bei mir gut passen,
        > ab 14 Uhr bin ich flexibel.
        >
        > Viele Grüße
        > Mehmet
        """)
    return message([
        ("Received", mx("from mail-wr1-f53.google.com (mail-wr1-f53.google.com [209.85.221.53])",
                        when, BER, "a7Fq0LbV2mRc")),
        ("From", addr("Lars Brinkhoff", "lars@kranwerk-robotics.de")),
        ("To", TO),
        ("Subject", "Re: Kennenlernen bei Kranwerk"),
        ("Date", date(when, BER)),
        ("Message-ID", "<CAL7hV2q8Zb0xK1mWf3sNn9RtYq4c@mail.gmail.com>"),
        ("In-Reply-To", "<CAFmA7yd2kq0GvB4e9sPq1xR8uL@mail.gmail.com>"),
        ("References", "<CAFmA7yd2kq0GvB4e9sPq1xR8uL@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body), cte="quoted-printable")))


@mail(n(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:30", BER), end=utc("2026-10-26 10:30", BER),
      contact="sabine.kortmann@emschertal-energie.de", company="Emschertal Energie",
      local="Mon 2026-10-26 09:30", local_end="2026-10-26 10:30", zone=BER,
      note="Exchange meeting request sent Thu 22 Oct in CEST (+02:00) for Mon 26 Oct 09:30-10:30, the day "
           "after Europe's switch back to CET: (UTC+01:00) is right this time -> 08:30Z-09:30Z; ICS "
           "TZID 'W. Europe Standard Time'; contact = human organizer/sender")
def m4():
    when = "2026-10-22 11:20"
    plain = t("""
        Hallo Herr Aydın,

        wie eben telefonisch besprochen hier die Einladung zum ersten Gespräch für die Stelle
        "Lead Consultant Logistik-IT (Netzbetrieb & Materialwirtschaft)". Mit dabei ist
        Herr Dr. Ostermann aus der Materialwirtschaft.

        Viele Grüße
        Sabine Kortmann
        Recruiting & Employer Branding
        Emschertal Energie AG | Huttropstraße 60 | 45138 Essen

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil.
        Jetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2ODFmNzAtYjE2Ni00NzQ2LWE1YjMtNjE3YzQyZjA4MmQz%40thread.v2/0?context=%7b%22Tid%22%3a%22b5a1%22%7d>
        Besprechungs-ID: 381 442 907 615
        Kennung: Xk7pQ2

        Brauchen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE> | Systemreferenz<https://teams.microsoft.com/l/meetup-join/19%3ameeting>
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1" vlink="#954F72">
        <div class="WordSection1">
        <p class="MsoNormal">Hallo Herr Aydın,<o:p></o:p></p>
        <p class="MsoNormal">wie eben telefonisch besprochen hier die Einladung zum ersten Gespräch für die Stelle
        &#8222;Lead Consultant Logistik-IT (Netzbetrieb &amp; Materialwirtschaft)&#8220;. Mit dabei ist
        Herr Dr. Ostermann aus der Materialwirtschaft.<o:p></o:p></p>
        <p class="MsoNormal">Viele Grüße<br>Sabine Kortmann<br>Recruiting &amp; Employer Branding<br>
        Emschertal Energie AG | Huttropstraße 60 | 45138 Essen<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="de-DE" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil.</span></div>
        <a class="me-email-headline" style="font-size:14px;font-family:'Segoe UI Semibold';text-decoration:underline;color:#6264a7;" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2ODFmNzAtYjE2Ni00NzQ2LWE1YjMtNjE3YzQyZjA4MmQz%40thread.v2/0">Jetzt an der Besprechung teilnehmen</a></div>
        <div style="margin-bottom:20px;margin-top:20px"><span style="font-size:14px;color:#252424">Besprechungs-ID: </span><span style="font-size:16px;color:#252424">381 442 907 615</span><br>
        <span style="font-size:14px;color:#252424">Kennung: </span><span style="font-size:16px;color:#252424">Xk7pQ2</span></div>
        </div>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Kortmann Sabine:mailto:sabine.kortmann@emschertal-energie.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mehmet Aydın:mailto:mehmet.aydin@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ostermann Dr. Frank:mailto:frank.ostermann@emschertal-energie.de
        DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Aydın\\,\\n\\nwie eben telefonisch besprochen hier die Einladung zum ersten Gespräch für die Stelle "Lead Consultant Logistik-IT (Netzbetrieb & Materialwirtschaft)".\\n
        UID:040000008200E00074C5B7101A82E00800000000F04C1B7A2D62DC01000000000000000010000000A7C2B1E9F0D34E4A9B3E2F7C81D05A6B
        SUMMARY;LANGUAGE=de-DE:Gespräch Lead Consultant Logistik-IT – Mehmet Aydın
        DTSTART;TZID=W. Europe Standard Time:20261026T093000
        DTEND;TZID=W. Europe Standard Time:20261026T103000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T092000Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2117453201
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null,"OnlineMeetingProvider":3}
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams-Besprechung
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    when_line = ("Wann: Montag, 26. Oktober 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
                 "Stockholm, Wien\nWo: Microsoft Teams-Besprechung\n\n")
    return message([
        ("Received", mx("from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2091.outbound.protection.outlook.com [40.107.104.91])",
                        when, BER, "Qw3nT8vK1pZs")),
        ("From", addr("Kortmann, Sabine", "sabine.kortmann@emschertal-energie.de")),
        ("To", TO),
        ("CC", addr("Ostermann, Dr. Frank", "frank.ostermann@emschertal-energie.de")),
        ("Subject", enc("Gespräch Lead Consultant Logistik-IT – Mehmet Aydın")),
        ("Thread-Topic", enc("Gespräch Lead Consultant Logistik-IT – Mehmet Aydın")),
        ("Thread-Index", "AdtkB3c9Q2xvN1pYRkW8m0Jt4eA7Zg=="),
        ("Date", date(when, BER)),
        ("Message-ID", "<AM9PR04MB8417C2E1B0A3D55F9E7C1A2BD1452@AM9PR04MB8417.eurprd04.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ], alt(text(when_line + plain), html(body_html),
           calendar(ics, method="REQUEST", cte="base64")))


@mail(n(5), family="workday", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-27 11:00", "America/New_York"), end=utc("2026-10-27 12:00", "America/New_York"),
      contact="karen.oduya@bluestemfreight.com", company="Bluestem Freight",
      local="Tue 2026-10-27 11:00", local_end="2026-10-27 12:00", zone="America/New_York",
      note="Workday 'Interview Scheduled', HTML only: 'Tuesday, October 27, 2026, 11:00 AM - 12:00 PM "
           "Eastern Daylight Time' - the US is still on EDT (-04:00) until 1 Nov although Germany is "
           "already on CET -> 15:00Z-16:00Z; contact = recruiter address in the body")
def m5():
    when = "2026-10-20 15:05"
    zone = "America/Chicago"
    body_html = t("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
        <body style="margin:0;padding:0;background:#f3f4f6">
        <table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <tr><td style="background:#0b3d2e;color:#fff;font-size:18px">Bluestem Freight Careers</td></tr>
        <tr><td>
        <p>Dear Mehmet,</p>
        <p>Thank you for your interest in the <b>Principal Solutions Consultant, Transportation Systems (Remote - EMEA)</b>
        position (R-20417). We are pleased to confirm your interview.</p>
        <p><b>Interview Details</b><br>
        Interview Type: Video Interview - Hiring Manager<br>
        Date: Tuesday, October 27, 2026<br>
        Time: 11:00 AM - 12:00 PM Eastern Daylight Time<br>
        Interviewer(s): Greg Halvorsen, Director, TMS Solutions<br>
        Location: Microsoft Teams (link will be sent by your interviewer in a separate calendar invitation)</p>
        <p>Please log in to your candidate home account to review your application or update your
        contact information.</p>
        <p>If you have any questions or need to make changes, please contact Karen Oduya at
        <a href="mailto:karen.oduya@bluestemfreight.com">karen.oduya@bluestemfreight.com</a>.</p>
        <p>Sincerely,<br>Bluestem Freight Talent Acquisition</p>
        <p style="font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.
        Bluestem Freight, Inc. is an Equal Opportunity Employer.</p>
        </td></tr></table></td></tr></table>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail-out3.myworkday.com (mail-out3.myworkday.com [216.35.76.113])",
                        when, zone, "Ua3Lq9Nc0vXe")),
        ("From", addr("Bluestem Freight", "bluestemfreight@myworkday.com")),
        ("To", ME),
        ("Subject", "Interview Scheduled - Principal Solutions Consultant, Transportation Systems (Remote - EMEA)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<1766534251.431877.1792526700123@wd5-prod-mailer17.myworkday.com>"),
        ("Auto-Submitted", "auto-generated"),
    ], html(body_html, cte="quoted-printable"))


@mail(n(6), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 13:30", BER), end=None,
      contact="katharina.meis@rheinkai-spedition.de", company="Rheinkai Spedition",
      local="Thu 2026-10-08 13:30", zone=BER,
      note="SmartRecruiters message, HTML only in base64: 'Do., 08.10.2026 um 13:30 Uhr', Düsseldorf "
           "CEST -> 11:30Z; 'ca. 60 Minuten' is approximate so end null; no Reply-To, contact = "
           "recruiter address in the signature")
def m6():
    when = "2026-10-01 10:30"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <div style="max-width:640px;margin:0 auto;padding:24px">
        <img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/rheinkai/logo.png" alt="Rheinkai Spedition" height="40">
        <p>Sehr geehrter Herr Aydın,</p>
        <p>vielen Dank für das freundliche Telefonat. Wie besprochen bestätige ich Ihnen hiermit Ihr
        Vorstellungsgespräch für die Position <strong>Teamlead Transport Management Systeme (m/w/d)</strong>:</p>
        <ul>
        <li><strong>Termin:</strong> Do., 08.10.2026 um 13:30 Uhr</li>
        <li><strong>Format:</strong> Microsoft Teams (den Link erhalten Sie am Vortag)</li>
        <li><strong>Gesprächspartner:</strong> Thomas Schwerdtfeger (Bereichsleiter IT) und ich</li>
        <li><strong>Dauer:</strong> ca. 60 Minuten</li>
        </ul>
        <p>Bei Fragen erreichen Sie mich gerne direkt unter
        <a href="mailto:katharina.meis@rheinkai-spedition.de">katharina.meis@rheinkai-spedition.de</a>
        oder telefonisch unter 0211 98765-214.</p>
        <p>Freundliche Grüße<br>Katharina Meis<br>Talent Acquisition<br>
        Rheinkai Spedition GmbH · Hansaallee 249 · 40549 Düsseldorf</p>
        <hr style="border:none;border-top:1px solid #ddd">
        <p style="font-size:11px;color:#999">Diese Nachricht wurde über SmartRecruiters gesendet. Bitte antworten Sie nicht auf diese E-Mail.
        <a href="https://jobs.smartrecruiters.com/privacy">Datenschutz</a></p>
        </div></body></html>
        """)
    return message([
        ("Received", mx("from mta-162.smartrecruiters.com (mta-162.smartrecruiters.com [185.28.196.162])",
                        when, BER, "Jt6Rb2Hw8sYa")),
        ("From", addr("Katharina Meis (Rheinkai Spedition GmbH)", "noreply@smartrecruiters.com")),
        ("To", TO),
        ("Subject", enc("Bestätigung Ihres Vorstellungsgesprächs bei der Rheinkai Spedition GmbH")),
        ("Date", date(when, BER)),
        ("Message-ID", "<sr.msg.8f3e2a71-4c0d-4b6f-a1e2-93c7d5f0b812@smartrecruiters.com>"),
    ], html(body_html, cte="base64"))


@mail(n(7), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-19 11:00", BER), end=utc("2026-10-19 11:45", BER),
      contact="finn.terhaar@aasee-software.de", company="Aasee Software",
      local="Mon 2026-10-19 11:00", local_end="2026-10-19 11:45", zone=BER,
      note="Teamtailor message sent Mon 12 Oct: 'Montag in einer Woche, also am 19.10., um 11 Uhr', "
           "'45 Minuten' -> 09:00Z-09:45Z (CEST); Reply-To is a Teamtailor relay, contact = recruiter "
           "address in the signature")
def m7():
    when = "2026-10-12 16:40"
    plain = t("""
        Hallo Mehmet,

        danke dir für deine Bewerbung als Product Owner Yard Management bei Aasee Software – dein
        Profil hat uns richtig gut gefallen!

        Wie vorhin am Telefon besprochen: Wir sehen uns Montag in einer Woche, also am 19.10., um
        11 Uhr per Google Meet. Plane bitte 45 Minuten ein. Mit dabei sind Britta (CTO) und ich.

        Link: https://meet.google.com/kxq-tbvm-ody

        Falls was dazwischenkommt, schreib mir einfach direkt an finn.terhaar@aasee-software.de.

        Viele Grüße aus Münster
        Finn

        Finn Terhaar | People & Culture
        Aasee Software GmbH | Hafenweg 26b | 48155 Münster
        """)
    body_html = t("""
        <div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
        <p>Hallo Mehmet,</p>
        <p>danke dir für deine Bewerbung als Product Owner Yard Management bei Aasee Software – dein
        Profil hat uns richtig gut gefallen!</p>
        <p>Wie vorhin am Telefon besprochen: Wir sehen uns Montag in einer Woche, also am 19.10., um
        11 Uhr per Google Meet. Plane bitte 45 Minuten ein. Mit dabei sind Britta (CTO) und ich.</p>
        <p>Link: <a href="https://meet.google.com/kxq-tbvm-ody">https://meet.google.com/kxq-tbvm-ody</a></p>
        <p>Falls was dazwischenkommt, schreib mir einfach direkt an
        <a href="mailto:finn.terhaar@aasee-software.de">finn.terhaar@aasee-software.de</a>.</p>
        <p>Viele Grüße aus Münster<br>Finn</p>
        <p style="color:#666;font-size:13px">Finn Terhaar | People &amp; Culture<br>Aasee Software GmbH | Hafenweg 26b | 48155 Münster</p>
        <p style="color:#aaa;font-size:11px">Sent with <a href="https://www.teamtailor.com">Teamtailor</a></p>
        </div>
        """)
    return message([
        ("Received", mx("from m41-187.teamtailor-mail.com (m41-187.teamtailor-mail.com [159.135.141.187])",
                        when, BER, "Fp1Xc7Dm4kWu")),
        ("From", addr("Finn Terhaar – Aasee Software", "no-reply@teamtailor-mail.com")),
        ("Reply-To", "reply+c7a19e04b2f84d2e@inbound.teamtailor-mail.com"),
        ("To", TO),
        ("Subject", enc("Unser Kennenlernen am 19.10. ☕")),
        ("Date", date(when, BER)),
        ("Message-ID", "<65f1a9c2e0b7d_3a2f1c4e8a91@teamtailor-mailer-7c9d.mail>"),
    ], alt(text(plain), html(body_html)))


@mail(n(8), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-11 09:00", BER), end=utc("2026-11-11 09:30", BER),
      contact="elif.demirtas@bosphoruslojistik.com.tr", company="Bosphorus Lojistik",
      local="Wed 2026-11-11 09:00", local_end="2026-11-11 09:30", zone=BER,
      note="Calendly invitee confirmation: '9:00am - 9:30am (Central European Time)' and the pasted "
           "Zoom block 'Nov 11, 2026 11:00 AM Istanbul' (UTC+3, no DST) are the same instant -> "
           "08:00Z-08:30Z; ICS agrees; contact = Reply-To host")
def m8():
    when = "2026-11-06 13:02"
    zone = "Europe/Istanbul"
    plain = t("""
        Hi Mehmet Aydın,

        Your Solutions Architect - first call with Elif Demirtaş is scheduled.

        Event Type:
        Solutions Architect - first call

        Event Date/Time:
        9:00am - 9:30am (Central European Time), Wednesday, November 11, 2026

        Location:
        This is a Zoom web conference.

        Elif Demirtaş is inviting you to a scheduled Zoom meeting.

        Topic: Bosphorus Lojistik - Solutions Architect - Mehmet Aydın
        Time: Nov 11, 2026 11:00 AM Istanbul

        Join Zoom Meeting
        https://bosphoruslojistik.zoom.us/j/84120937751?pwd=Yk9tR2dQb1ZxM0xTcVd5

        Meeting ID: 841 2093 7751
        Passcode: 552190

        Invitee Time Zone:
        Central European Time

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/4f1d2a8e-0b7c-4e3f-9a61-d5c2e8b71f04
        Reschedule: https://calendly.com/reschedulings/4f1d2a8e-0b7c-4e3f-9a61-d5c2e8b71f04

        Powered by Calendly.com
        """)
    body_html = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
        f"<p>{line}</p>" if line else "" for line in plain.replace("&", "&amp;").split("\n")) + "</body></html>\n"
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Calendly//Calendly//EN
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261111T080000Z
        DTEND:20261111T083000Z
        DTSTAMP:20261106T100200Z
        ORGANIZER;CN=Elif Demirtaş:mailto:elif.demirtas@bosphoruslojistik.com.tr
        UID:KQ4TRV5ZLM2N7CDX@calendly.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mehmet Aydın:mailto:mehmet.aydin@example.org
        SUMMARY:Solutions Architect - first call between Elif Demirtaş and Mehmet Aydın
        LOCATION:https://bosphoruslojistik.zoom.us/j/84120937751?pwd=Yk9tR2dQb1ZxM0xTcVd5
        SEQUENCE:0
        STATUS:CONFIRMED
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from o1.email.calendly.com (o1.email.calendly.com [167.89.101.180])",
                        when, zone, "Ms5Gd0Pt3eQb")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Elif Demirtaş", "elif.demirtas@bosphoruslojistik.com.tr")),
        ("To", ME),
        ("Subject", enc("Confirmed: Solutions Architect - first call with Elif Demirtaş on Wednesday, "
                        "November 11, 2026")),
        ("Date", date(when, zone)),
        ("Message-ID", "<calendly.invitee.KQ4TRV5ZLM2N7CDX@calendly.com>"),
    ], mixed(alt(text(plain), html(body_html)),
             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(9), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-08 15:00", BER), end=utc("2026-09-08 15:45", BER),
      contact=None, company="Zeche Consult",
      local="Tue 2026-09-08 15:00", local_end="2026-09-08 15:45", zone=BER,
      note="Microsoft Bookings confirmation: 'Dienstag, 8. September 2026 15:00 (UTC+01:00) Amsterdam, "
           "Berlin, ...' - Bookings prints the standard offset, but in September Bochum is on CEST "
           "(+02:00) -> 13:00Z-13:45Z ('Dauer: 45 Minuten'); the ICS (W. Europe Standard Time) agrees; "
           "only a staff name and the Bookings mailbox, no personal address -> contact null")
def m9():
    when = "2026-09-02 10:14"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <table width="100%" style="max-width:560px"><tr><td>
        <div style="font-size:20px;font-weight:600;padding:12px 0">Ihre Buchung ist bestätigt</div>
        <div>Hallo Mehmet Aydın,</div>
        <div style="padding:8px 0">vielen Dank für Ihre Terminbuchung bei Zeche Consult Karriere.</div>
        <table cellpadding="3" style="border-top:1px solid #edebe9;padding-top:8px">
        <tr><td style="color:#605e5c">Dienstleistung</td><td>Bewerbungsgespräch IT-Berater:in Logistik (Erstgespräch)</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Dienstag, 8. September 2026 15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Claudia Brandhorst</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Zeche Consult GmbH, Alleestraße 144, 44793 Bochum</td></tr>
        </table>
        <div style="padding:12px 0"><a href="https://outlook.office365.com/owa/calendar/ZecheConsultKarriere@zecheconsult.onmicrosoft.com/bookings/">Buchung verwalten</a></div>
        <div style="color:#605e5c;font-size:12px">Fügen Sie das Ereignis Ihrem Kalender hinzu, um eine Erinnerung zu erhalten.</div>
        </td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Zeche Consult Karriere:mailto:ZecheConsultKarriere@zecheconsult.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mehmet Aydın:mailto:mehmet.aydin@example.org
        UID:040000008200E00074C5B7101A82E008000000003E8D5A1C3B3EDC0100000000000000001000000091B2E6D4C07F4B1A8E52F3A6C9D07B12
        SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch IT-Berater:in Logistik (Erstgespräch)
        DTSTART;TZID=W. Europe Standard Time:20260908T150000
        DTEND;TZID=W. Europe Standard Time:20260908T154500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260902T081400Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Zeche Consult GmbH\\, Alleestraße 144\\, 44793 Bochum
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from DB9PR02MB7322.eurprd02.prod.outlook.com (2603:10a6:10:2e1::19)",
                        when, BER, "Ld2Zr6Ws9aVk")),
        ("From", addr("Zeche Consult Karriere", "ZecheConsultKarriere@zecheconsult.onmicrosoft.com")),
        ("To", TO),
        ("Subject", enc("Gebucht: Bewerbungsgespräch IT-Berater:in Logistik (Erstgespräch) für Mehmet Aydın")),
        ("Date", date(when, BER)),
        ("Message-ID", "<DB9PR02MB7322A41C0F2B8E95D0C3E7F1A5572@DB9PR02MB7322.eurprd02.prod.outlook.com>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
    ], mixed(html(body_html, cte="base64"),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


def gcal_de(title: str, whenline: str, organizer: str, org_name: str, extra: str) -> tuple[str, str]:
    plain = t("""
        {title}
        {whenline}
        Zeitzone: Europe/Berlin

        {extra}
        Organisator
        {org_name} - {organizer}

        Gäste
        {org_name} - Organisator
        mehmet.aydin@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast bei diesem Termin sind. Um keine Updates mehr für
        diesen Termin zu erhalten, lehnen Sie ihn ab. Sie können sich auch unter
        https://calendar.google.com/calendar/ für ein Google-Konto registrieren, um Ihre
        Teilnahme an diesem Termin und zukünftige Einladungen zu verwalten.

        Durch die Weiterleitung dieser Einladung könnte jeder Empfänger eine Antwort an den
        Organisator senden und der Gästeliste hinzugefügt werden.
        """).format(title=title, whenline=whenline, extra=extra, org_name=org_name, organizer=organizer)
    import html as _h
    body_html = ('<span itemscope itemtype="http://schema.org/InformAction"><div style="font-family:Roboto,sans-serif">'
                 + "".join(f"<div>{_h.escape(x)}</div>" if x else "<br>" for x in plain.split("\n"))
                 + "</div></span>\n")
    return plain, body_html


@mail(n(10), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-04 10:00", BER), end=utc("2026-11-04 11:00", BER),
      contact="katrin.huelsmann@grugadata.de", company="Gruga Data",
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone=BER,
      note="Google Calendar invitation in German: 'Mittwoch, 4. November 2026 · 10:00–11:00', Zeitzone "
           "Europe/Berlin (CET since 25 Oct) -> 09:00Z-10:00Z; ICS in UTC agrees; contact = organizer")
def m10():
    when = "2026-10-29 09:10"
    plain, body_html = gcal_de(
        "Interview Mehmet Aydın / Gruga Data – Data Engineer Supply Chain",
        "Mittwoch, 4. November 2026 · 10:00–11:00",
        "katrin.huelsmann@grugadata.de", "Katrin Hülsmann",
        t("""
        Hallo Mehmet, wie besprochen das Fachinterview mit Jan-Philipp (Teamlead Data Platform) und mir.
        Bring gerne ein Beispiel aus deinen Projekten mit (Datenflüsse WMS/TMS).

        Mit Google Meet teilnehmen
        https://meet.google.com/wzp-ruhr-kqe
        Oder per Telefon einwählen
        (DE) +49 30 300195061 PIN: 418 227 903#
        """))
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261104T090000Z
        DTEND:20261104T100000Z
        DTSTAMP:20261029T081000Z
        ORGANIZER;CN=Katrin Hülsmann:mailto:katrin.huelsmann@grugadata.de
        UID:5q1kd0v7f3c9r2m8hb4o6nxt1e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mehmet.aydin@example.org;X-NUM-GUESTS=0:mailto:mehmet.aydin@example.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Katrin Hülsmann;X-NUM-GUESTS=0:mailto:katrin.huelsmann@grugadata.de
        X-GOOGLE-CONFERENCE:https://meet.google.com/wzp-ruhr-kqe
        CREATED:20261029T080912Z
        DESCRIPTION:Hallo Mehmet\\, wie besprochen das Fachinterview mit Jan-Philipp (Teamlead Data Platform) und mir.
        LAST-MODIFIED:20261029T081000Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview Mehmet Aydın / Gruga Data – Data Engineer Supply Chain
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        when, BER, "Vb8Nq2Tk5xLr")),
        ("From", addr("Katrin Hülsmann", "katrin.huelsmann@grugadata.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Katrin Hülsmann", "katrin.huelsmann@grugadata.de")),
        ("To", ME),
        ("Subject", enc("Einladung: Interview Mehmet Aydın / Gruga Data – Data Engineer Supply Chain @ "
                        "Mi. 4. Nov. 2026 10:00 - 11:00 (MEZ) (mehmet.aydin@example.org)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<calendar-7e1c44a2-93bd-4f0e-b2c5-0a8d61f3e9b7@google.com>"),
    ], mixed(alt(text(plain, params="format=flowed; delsp=yes", cte="base64"), html(body_html),
                 calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(11), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-05 09:00", "America/Los_Angeles"), end=utc("2026-11-05 09:45", "America/Los_Angeles"),
      contact="jenna.whitcomb@tallgrass.systems", company="Tallgrass Systems",
      local="Thu 2026-11-05 09:00", local_end="2026-11-05 09:45", zone="America/Los_Angeles",
      note="Ashby confirmation sent Fri 30 Oct in PDT (-07:00) for 'Thursday, November 5, 2026, "
           "9:00 AM - 9:45 AM PST': US clocks go back on 1 Nov, so -08:00 -> 17:00Z-17:45Z; ICS in "
           "UTC agrees; contact = Reply-To recruiter")
def m11():
    when = "2026-10-30 09:20"
    zone = "America/Los_Angeles"
    plain = t("""
        Hi Mehmet,

        Your interview is confirmed. We're looking forward to speaking with you!

        Thursday, November 5, 2026, 9:00 AM - 9:45 AM PST
        Google Meet: https://meet.google.com/tgs-dfqh-wmx

        You'll meet with:
          Marcus Bell - Staff Engineer, Routing
          Priya Natarajan - Engineering Manager, EMEA Integrations

        This is a system design conversation about carrier integrations; no preparation is needed
        beyond what we discussed.

        Questions? Just reply and it will reach Jenna Whitcomb.

        Thanks,
        Tallgrass Systems Recruiting
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1f2933">
        <p>Hi Mehmet,</p>
        <p>Your interview is confirmed. We're looking forward to speaking with you!</p>
        <div style="border:1px solid #e4e7eb;border-radius:6px;padding:12px">
        <div style="font-weight:600">Thursday, November 5, 2026, 9:00 AM - 9:45 AM PST</div>
        <div>Google Meet: <a href="https://meet.google.com/tgs-dfqh-wmx">meet.google.com/tgs-dfqh-wmx</a></div>
        </div>
        <p>You'll meet with:<br>Marcus Bell - Staff Engineer, Routing<br>Priya Natarajan - Engineering Manager, EMEA Integrations</p>
        <p>This is a system design conversation about carrier integrations; no preparation is needed
        beyond what we discussed.</p>
        <p>Questions? Just reply and it will reach Jenna Whitcomb.</p>
        <p>Thanks,<br>Tallgrass Systems Recruiting</p>
        <p style="color:#9aa5b1;font-size:11px">Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:ashby-3b7e91d0-5c2a-4f8e-a6d1-0e94c7b2f513
        DTSTAMP:20261030T162000Z
        DTSTART:20261105T170000Z
        DTEND:20261105T174500Z
        SEQUENCE:0
        SUMMARY:Tallgrass Systems - System Design Interview (Mehmet Aydin)
        LOCATION:https://meet.google.com/tgs-dfqh-wmx
        ORGANIZER;CN=Jenna Whitcomb:mailto:jenna.whitcomb@tallgrass.systems
        ATTENDEE;CN=Mehmet Aydin;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:mehmet.aydin@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from a48-117.smtp-out.amazonses.com (a48-117.smtp-out.amazonses.com [54.240.48.117])",
                        when, zone, "Hc4Yw7Rn1mBd")),
        ("From", addr("Tallgrass Systems", "no-reply@ashbyhq.com")),
        ("Reply-To", addr("Jenna Whitcomb", "jenna.whitcomb@tallgrass.systems")),
        ("To", addr("Mehmet Aydin", ME)),
        ("Subject", "Interview confirmed: Senior Integration Engineer (EMEA) at Tallgrass Systems"),
        ("Date", date(when, zone)),
        ("Message-ID", "<0100019a3f7c21d4-8e2b5f60-1c3d-4a7e-b9f2-65d0e8c3a1f7-000000@email.amazonses.com>"),
    ], mixed(alt(text(plain, cte="base64"), html(body_html, cte="base64")),
             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(12), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-17 09:00", BER), end=None,
      contact="uwe.bergmann@baldeney-logistik.de", company="Baldeney Logistik",
      local="Thu 2026-09-17 09:00", zone=BER,
      note="Phone-written reply sent Wed 16 Sep 07:52 CEST: 'dann gleich morgen früh um 9' = Thu 17 Sep "
           "09:00 CEST -> 07:00Z; the quoted mail only proposed; no duration; contact = sender")
def m12():
    when = "2026-09-16 07:52"
    body = t("""
        Moin Herr Aydın,

        ja top, dann machen wir das gleich morgen früh um 9 bei uns im Lager, Hafenstraße 12 in
        Essen-Kupferdreh. Fragen Sie am Tor nach mir, der Pförtner weiß Bescheid. Feste Schuhe wären
        gut, wir gehen einmal durch die Halle bevor wir uns zusammensetzen.

        Gruß
        Uwe Bergmann
        Niederlassungsleiter

        Von meinem iPhone gesendet

        > Am 15.09.2026 um 18:31 schrieb Mehmet Aydın <mehmet.aydin@example.org>:
        >
        > Sehr geehrter Herr Bergmann,
        >
        > vielen Dank für Ihren Rückruf. Ich könnte diese Woche Donnerstag oder Freitag vormittags
        > vorbeikommen, je nachdem was Ihnen besser passt.
        >
        > Mit freundlichen Grüßen
        > Mehmet Aydın
        """)
    return message([
        ("Received", mx("from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])",
                        when, BER, "Wm7Kp3Qd8tNe")),
        ("From", addr("Uwe Bergmann", "uwe.bergmann@baldeney-logistik.de")),
        ("To", addr("Mehmet Aydın", ME)),
        ("Subject", "Re: Bewerbung Schichtleiter IT / Lagersysteme"),
        ("Date", date(when, BER)),
        ("Message-ID", "<4E2C7A91-0B3D-4F6E-A812-9C5D1E7B3F20@baldeney-logistik.de>"),
        ("In-Reply-To", "<b3f91c2e-7a04-4d5e-8e61-2f0c9a7d5b14@example.org>"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
    ], text(body, cte="quoted-printable"))


@mail(n(13), family="forward_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-10 09:00", BER), end=utc("2026-11-10 10:30", BER),
      contact="timo.rzehaczek@phoenixport-it.de", company="PhoenixPort IT",
      local="Tue 2026-11-10 09:00", local_end="2026-11-10 10:30", zone=BER,
      note="Mehmet forwards (as attached message/rfc822) a recruiter confirmation from his second address "
           "to himself: 'Di., 10.11.2026 um 9 Uhr', 'Dauer: 90 Minuten' -> 08:00Z-09:30Z (CET); "
           "contact = the recruiter in the forwarded message, never the candidate")
def m13():
    inner_when = "2026-11-06 15:44"
    when = "2026-11-07 10:02"
    inner_body = t("""
        Sehr geehrter Herr Aydın,

        vielen Dank für das nette Telefonat. Hiermit bestätige ich Ihnen den Termin für das
        Vorstellungsgespräch am Di., 10.11.2026 um 9 Uhr in unserem Büro am Phoenix-See
        (Hochofenstraße 5, 44263 Dortmund, 3. Etage).

        Dauer: 90 Minuten (Gespräch mit Fachbereich, anschließend kurze Fallstudie)

        Ihre Gesprächspartner sind Frau Dr. Melanie Quante (Head of Logistics Solutions) und ich.
        Parkplätze finden Sie in der Tiefgarage, die Einfahrt ist über die Seekante.

        Mit freundlichen Grüßen

        Timo Rzehaczek
        Senior Recruiter
        PhoenixPort IT GmbH
        Tel. +49 231 58 44 90-17
        timo.rzehaczek@phoenixport-it.de
        """)
    inner = message([
        ("From", addr("Timo Rzehaczek", "timo.rzehaczek@phoenixport-it.de")),
        ("To", addr("Mehmet Aydın", "mehmet.aydin@example.net")),
        ("Subject", enc("Ihr Vorstellungsgespräch bei PhoenixPort IT")),
        ("Date", date(inner_when, BER)),
        ("Message-ID", "<8a1f3c2b9d7e4650@phoenixport-it.de>"),
    ], text(inner_body.replace("ı", "i"), charset="windows-1252", cte="quoted-printable"))
    outer = t("""
        für den Kalender

        """)
    return message([
        ("Received", mx("from mout.gmx.net (mout.gmx.net [212.227.17.22])", when, BER, "Tn2Bg6Vc0pZw")),
        ("From", addr("Mehmet Aydın", "mehmet.aydin@example.net")),
        ("To", addr("Mehmet Aydın", ME)),
        ("Subject", enc("Fwd: Ihr Vorstellungsgespräch bei PhoenixPort IT")),
        ("Date", date(when, BER)),
        ("Message-ID", "<trinity-5b2e8d71-c04f-4a93-bf16-7d0e2a9c3f58-1794042120331@3c-app-gmx-bap12>"),
        ("X-Mailer", "GMX Freemail"),
    ], mixed(text(outer, charset="UTF-8", cte="8bit"),
             attached_message(inner)))


@mail(n(14), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-30 10:30", BER), end=utc("2026-11-30 11:30", BER),
      contact="a.wiesmann@domplatz-software.de", company="Domplatz Logistiksoftware",
      local="Mon 2026-11-30 10:30", local_end="2026-11-30 11:30", zone=BER,
      note="softgarden invitation in ISO-8859-15 quoted-printable: 'Montag, 30. November 2026, von 10:30 "
           "Uhr bis 11:30 Uhr', Münster CET -> 09:30Z-10:30Z; From is softgarden no-reply, contact = "
           "the named contact person's address in the body")
def m14():
    when = "2026-11-24 11:11"
    plain = t("""
        Sehr geehrter Herr Aydın,

        wir freuen uns, Sie zu einem persönlichen Vorstellungsgespräch für die Position
        "Senior Consultant Lagerlogistik-Software (m/w/d)" einladen zu dürfen.

        Termin:        Montag, 30. November 2026, von 10:30 Uhr bis 11:30 Uhr
        Ort:           Domplatz Logistiksoftware GmbH, Rothenburg 41, 48143 Münster
        Gesprächspartner: Herr Bernd Lütke-Wöstmann (Geschäftsführer), Frau Annegret Wiesmann (Personal)

        Ihre Fahrtkosten erstatten wir Ihnen bis zu einer Höhe von 50 € (Bahnticket 2. Klasse).

        Bitte bestätigen Sie den Termin kurz über den folgenden Link:
        https://domplatz-software.softgarden.io/de/applicant/interview/7d2f9a41

        Bei Rückfragen wenden Sie sich gerne an Ihre Ansprechpartnerin:
        Annegret Wiesmann, a.wiesmann@domplatz-software.de, Tel. 0251 2099 5531

        Mit freundlichen Grüßen
        Ihr Domplatz-Team

        ---
        Diese Nachricht wurde automatisch über softgarden versendet. Antworten auf diese E-Mail
        können nicht bearbeitet werden.
        """)
    return message([
        ("Received", mx("from mail.softgarden.io (mail.softgarden.io [195.140.240.31])",
                        when, BER, "Rs0Fj8Lh3kQy")),
        ("From", addr("Domplatz Logistiksoftware GmbH", "no-reply@softgarden.io")),
        ("To", addr("Mehmet Aydin", ME)),
        ("Subject", enc("Einladung zum Vorstellungsgespräch - Senior Consultant Lagerlogistik-Software",
                        charset="iso-8859-15")),
        ("Date", date(when, BER)),
        ("Message-ID", "<sg.interview.7d2f9a41.1795511460@softgarden.io>"),
    ], text(plain.replace("ı", "i"), charset="iso-8859-15", cte="quoted-printable"))


@mail(n(15), family="workable", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-19 14:00", AMS), end=None,
      contact="anouk.vermeulen@greenportfresh.nl", company="Greenport Fresh",
      local="Thu 2026-11-19 14:00", zone=AMS,
      note="Workable message sent Mon 16 Nov: 'Thursday 19 November at 14:00 (CET)' in Venlo -> 13:00Z; "
           "'about an hour' is approximate so end null; Reply-To is a Workable relay, contact = the "
           "address written in the body")
def m15():
    when = "2026-11-16 14:25"
    plain = t("""
        Dear Mehmet,

        Thanks again for your application for the position of IT Business Partner Supply Chain at
        Greenport Fresh. As agreed on the phone, I have planned your interview for Thursday
        19 November at 14:00 (CET) via Zoom.

        https://greenportfresh.zoom.us/j/93310457826?pwd=cWx0R3VjZkZ2aFp1

        You will speak with Bram Hendrikx (Head of IT Operations) and myself. It will take about an
        hour. We can do it in English, or in German if you prefer - Bram is from Kaldenkirchen.

        If anything comes up, you can reach me directly at anouk.vermeulen@greenportfresh.nl or
        +31 77 320 4418.

        Best regards,
        Anouk Vermeulen
        Recruiter | Greenport Fresh B.V. | Venlo
        """)
    body_html = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Dear Mehmet,</p>
        <p>Thanks again for your application for the position of IT Business Partner Supply Chain at
        Greenport Fresh. As agreed on the phone, I have planned your interview for <b>Thursday
        19 November at 14:00 (CET)</b> via Zoom.</p>
        <p><a href="https://greenportfresh.zoom.us/j/93310457826?pwd=cWx0R3VjZkZ2aFp1">https://greenportfresh.zoom.us/j/93310457826?pwd=cWx0R3VjZkZ2aFp1</a></p>
        <p>You will speak with Bram Hendrikx (Head of IT Operations) and myself. It will take about an
        hour. We can do it in English, or in German if you prefer - Bram is from Kaldenkirchen.</p>
        <p>If anything comes up, you can reach me directly at anouk.vermeulen@greenportfresh.nl or
        +31 77 320 4418.</p>
        <p>Best regards,<br>Anouk Vermeulen<br>Recruiter | Greenport Fresh B.V. | Venlo</p>
        <p style="font-size:11px;color:#999">Sent via Workable</p>
        </div>
        """)
    return message([
        ("Received", mx("from mail-out-23.workablemail.com (mail-out-23.workablemail.com [52.49.233.18])",
                        when, AMS, "Pz5Hd1Xw9cMf")),
        ("From", addr("Anouk Vermeulen (Greenport Fresh)", "noreply@workablemail.com")),
        ("Reply-To", "greenport-fresh+c2e8b0d1f4a7@candidates.workablemail.com"),
        ("To", TO),
        ("Subject", "Interview for IT Business Partner Supply Chain - Greenport Fresh"),
        ("Date", date(when, AMS)),
        ("Message-ID", "<5f3a1b9c7d2e4.20261116132500@workablemail.com>"),
    ], alt(text(plain, cte="7bit"), html(body_html, cte="7bit")))


@mail(n(16), family="google_calendar_allday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-11 09:30", BER), end=None,
      contact="mareike.holtgreve@hoerder-bruecke.de", company="Hörder Brücke Systems",
      local="Fri 2026-12-11 09:30", zone=BER,
      note="Google Calendar invitation for an ALL-DAY event (DTSTART;VALUE=DATE:20261211); the time is "
           "only in the description: 'Wir starten um 9:30 Uhr' -> 08:30Z (CET); 'Ende gegen 15 Uhr' is "
           "approximate so end null; contact = organizer")
def m16():
    when = "2026-12-03 18:20"
    extra = t("""
        Hallo Mehmet,

        wie am Telefon besprochen: dein Interviewtag bei uns. Wir starten um 9:30 Uhr am Empfang
        (Hörder Burgstraße 11), erst Gespräch mit Holger und mir, danach Fallstudie mit dem Team
        und gemeinsames Mittagessen. Ende gegen 15 Uhr.

        Liebe Grüße, Mareike
        """)
    plain, body_html = gcal_de(
        "Interviewtag Mehmet Aydın (Hörder Brücke Systems)",
        "Freitag, 11. Dezember 2026",
        "mareike.holtgreve@hoerder-bruecke.de", "Mareike Holtgreve", extra)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261211
        DTEND;VALUE=DATE:20261212
        DTSTAMP:20261203T172000Z
        ORGANIZER;CN=Mareike Holtgreve:mailto:mareike.holtgreve@hoerder-bruecke.de
        UID:0r8ktb3m1x5q7hd2vwf9c6sl4a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mehmet.aydin@example.org;X-NUM-GUESTS=0:mailto:mehmet.aydin@example.org
        CREATED:20261203T171855Z
        DESCRIPTION:Hallo Mehmet\\,\\n\\nwie am Telefon besprochen: dein Interviewtag bei uns. Wir starten um 9:30 Uhr am Empfang (Hörder Burgstraße 11)\\, erst Gespräch mit Holger und mir\\, danach Fallstudie mit dem Team und gemeinsames Mittagessen. Ende gegen 15 Uhr.\\n\\nLiebe Grüße\\, Mareike
        LAST-MODIFIED:20261203T172000Z
        LOCATION:Hörder Burgstraße 11\\, 44263 Dortmund
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interviewtag Mehmet Aydın (Hörder Brücke Systems)
        TRANSP:TRANSPARENT
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])",
                        when, BER, "Ck9Ve3Ub7nSy")),
        ("From", addr("Mareike Holtgreve", "mareike.holtgreve@hoerder-bruecke.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Mareike Holtgreve", "mareike.holtgreve@hoerder-bruecke.de")),
        ("To", ME),
        ("Subject", enc("Einladung: Interviewtag Mehmet Aydın (Hörder Brücke Systems) @ Fr. 11. Dez. 2026 "
                        "(mehmet.aydin@example.org)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<calendar-2b90e7d4-51a3-4c6f-8e0d-f7a1c35b9e62@google.com>"),
    ], mixed(alt(text(plain, params="format=flowed; delsp=yes", cte="quoted-printable"), html(body_html),
                 calendar(ics, cte="base64")),
             calendar(ics, method="REQUEST", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


# =========================================================================== positives: rescheduled


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-03 10:00", "America/New_York"), end=utc("2026-11-03 10:45", "America/New_York"),
      contact="rachel.kim@harborline-analytics.com", company="Harborline Analytics",
      local="Tue 2026-11-03 10:00", local_end="2026-11-03 10:45", zone="America/New_York",
      note="GoodTime reschedule sent Thu 29 Oct in EDT: old 'Friday, October 30, 10:00 AM EDT', new "
           "'Tuesday, November 3, 2026, 10:00 AM - 10:45 AM EST' - after the US switch on 1 Nov, so -05:00 "
           "-> 15:00Z-15:45Z; ICS SEQUENCE:1 in America/New_York agrees; contact = Reply-To coordinator")
def m17():
    when = "2026-10-29 10:12"
    zone = "America/New_York"
    plain = t("""
        Hi Mehmet,

        Your interview with Harborline Analytics has been rescheduled. Please note the new time below.

        PREVIOUS TIME (cancelled)
        Friday, October 30, 2026
        10:00 AM - 10:45 AM EDT

        NEW TIME
        Tuesday, November 3, 2026
        10:00 AM - 10:45 AM EST (America/New_York)

        Interview: Technical Deep Dive - Freight Data Platform
        Interviewer: Owen Castellano, Principal Data Engineer
        Location: Zoom - https://harborline.zoom.us/j/96650128843

        An updated calendar invitation is attached. If you need to make any further changes, reply
        to this email and your coordinator, Rachel Kim, will help.

        Best,
        Harborline Analytics Recruiting

        Scheduled with GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Mehmet,</p>
        <p>Your interview with Harborline Analytics has been <b>rescheduled</b>. Please note the new time below.</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="color:#999;text-decoration:line-through">Friday, October 30, 2026<br>10:00 AM - 10:45 AM EDT</td></tr>
        <tr><td style="font-weight:bold">Tuesday, November 3, 2026<br>10:00 AM - 10:45 AM EST (America/New_York)</td></tr>
        </table>
        <p>Interview: Technical Deep Dive - Freight Data Platform<br>
        Interviewer: Owen Castellano, Principal Data Engineer<br>
        Location: Zoom - <a href="https://harborline.zoom.us/j/96650128843">https://harborline.zoom.us/j/96650128843</a></p>
        <p>An updated calendar invitation is attached. If you need to make any further changes, reply
        to this email and your coordinator, Rachel Kim, will help.</p>
        <p>Best,<br>Harborline Analytics Recruiting</p>
        <p style="font-size:11px;color:#aaa">Scheduled with GoodTime</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//GoodTime.io//GoodTime Hire//EN
        VERSION:2.0
        METHOD:REQUEST
        """) + VTZ["America/New_York"] + "\n" + t("""
        BEGIN:VEVENT
        UID:gt-9c41e2a7-0d5b-4f83-b6e1-3a7f2c9d8e10@goodtime.io
        SEQUENCE:1
        DTSTAMP:20261029T141200Z
        DTSTART;TZID=America/New_York:20261103T100000
        DTEND;TZID=America/New_York:20261103T104500
        SUMMARY:Harborline Analytics - Technical Deep Dive (Mehmet Aydin)
        LOCATION:https://harborline.zoom.us/j/96650128843
        ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@harborline-analytics.com
        ATTENDEE;CN=Mehmet Aydin;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mehmet.aydin@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from mail.goodtime.io (mail.goodtime.io [50.31.36.205])", when, zone, "Gy6Tm0Ar4wKc")),
        ("From", addr("Harborline Analytics Recruiting", "no-reply@goodtime.io")),
        ("Reply-To", addr("Rachel Kim", "rachel.kim@harborline-analytics.com")),
        ("To", addr("Mehmet Aydin", ME)),
        ("Subject", "Rescheduled: Technical Deep Dive with Harborline Analytics"),
        ("Date", date(when, zone)),
        ("Message-ID", "<gt.5e8f1a2b.rescheduled.20261029141200@goodtime.io>"),
    ], mixed(alt(text(plain), html(body_html)),
             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(18), family="exchange_outlook", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-27 14:00", BER), end=utc("2026-10-27 15:00", BER),
      contact="henrik.woltering@kokerei-digital.de", company="Kokerei Digital",
      local="Tue 2026-10-27 14:00", local_end="2026-10-27 15:00", zone=BER,
      note="Outlook meeting update (SEQUENCE:1) sent Wed 21 Oct in CEST: old 'Fr., 23.10., 14 Uhr' "
           "(CEST), new 'Dienstag, 27. Oktober 2026 14:00-15:00' - after the switch to CET on 25 Oct -> "
           "13:00Z-14:00Z; ICS TZID 'W. Europe Standard Time' agrees; contact = organizer/sender")
def m18():
    when = "2026-10-21 16:02"
    plain = t("""
        Wann: Dienstag, 27. Oktober 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        Hallo Herr Aydın,

        leider muss ich unser Gespräch am Freitag (23.10., 14 Uhr) verschieben, bei uns steht kurzfristig
        ein Go-Live an. Neuer Termin ist Dienstag, der 27.10., von 14 bis 15 Uhr, der Teams-Link bleibt
        gleich. Danke für Ihr Verständnis!

        Beste Grüße
        Henrik Woltering
        Teamleiter Intralogistik-Lösungen
        Kokerei Digital GmbH, Emscherallee 31, 44369 Dortmund

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Jetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1Y2E3ZjMtMzBkYi00ZjYyLTk0NGQtNjk3YTE2ZjJhYWMw%40thread.v2/0>
        Besprechungs-ID: 352 901 744 218
        Kennung: fQ3n8V
        ________________________________________________________________________________
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Woltering Henrik:mailto:henrik.woltering@kokerei-digital.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mehmet.aydin@example.org:mailto:mehmet.aydin@example.org
        UID:040000008200E00074C5B7101A82E00800000000A1D4E93F7C5EDC01000000000000000010000000E4B8C2A15F3D4C9B8A0E6D27F19C3B58
        SUMMARY;LANGUAGE=de-DE:Interview Mehmet Aydın – Solution Architect Intralogistik
        DTSTART;TZID=W. Europe Standard Time:20261027T140000
        DTEND;TZID=W. Europe Standard Time:20261027T150000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261021T140200Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1839904517
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    body_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body lang="DE"><div class="WordSection1">'
                 + "".join(f'<p class="MsoNormal">{x}<o:p></o:p></p>' if x else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                           for x in plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n"))
                 + "</div></body></html>\n")
    return message([
        ("Received", mx("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2118.outbound.protection.outlook.com [40.107.241.118])",
                        when, BER, "Bn7Qx1Jf5sHa")),
        ("From", addr("Woltering, Henrik", "henrik.woltering@kokerei-digital.de")),
        ("To", ME),
        ("Subject", enc("Interview Mehmet Aydın – Solution Architect Intralogistik")),
        ("Thread-Topic", enc("Interview Mehmet Aydın – Solution Architect Intralogistik")),
        ("Thread-Index", "AdtjXy3TKq0z9bF1T1KVb6R2xM7Kcw=="),
        ("Date", date(when, BER)),
        ("Message-ID", "<PR3P195MB0812F4C7A91D0E2B3C5A8E96D7E12@PR3P195MB0812.EURP195.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ], alt(text(plain), html(body_html), calendar(ics, cte="base64")))


@mail(n(19), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-09-25 10:00", BER), end=None,
      contact="lars@kranwerk-robotics.de", company="Kranwerk Robotics",
      local="Fri 2026-09-25 10:00", zone=BER,
      note="Founder moves the Thursday 14:30 meeting (thread with the earlier Kranwerk mail) to 'Freitag "
           "um 10' = Fri 25 Sep 10:00 CEST -> 08:00Z; sent Wed 23 Sep 00:20 CEST, which is still "
           "Tue 22 Sep in UTC; the new time is fixed and already blocked, so rescheduled; contact = sender")
def m19():
    when = "2026-09-23 00:20"
    body = t("""
        Hi Mehmet,

        sorry für die späte Mail. Ich muss Donnerstag spontan zu einem Kunden nach Hamburg, das lässt
        sich leider nicht schieben. Lass uns stattdessen Freitag um 10 machen, gleicher Ort (Halle
        hinter der Jahrhunderthalle). Nele und ich haben uns das schon geblockt.

        Falls Freitag bei dir gar nicht geht, sag Bescheid, dann finden wir was in der Woche drauf.

        Bis Freitag!
        Lars

        --
        Lars Brinkhoff
        Gründer & CEO · Kranwerk Robotics GmbH
        0234 5898 120
        """)
    return message([
        ("Received", mx("from mail-ej1-f48.google.com (mail-ej1-f48.google.com [209.85.218.48])",
                        when, BER, "Ef3Wk8Zs2qPd")),
        ("From", addr("Lars Brinkhoff", "lars@kranwerk-robotics.de")),
        ("To", TO),
        ("Subject", "Re: Kennenlernen bei Kranwerk"),
        ("Date", date(when, BER)),
        ("Message-ID", "<CAL7hV2rB0t9WqX5kNd2ZfE1sPq0m@mail.gmail.com>"),
        ("In-Reply-To", "<CAL7hV2q8Zb0xK1mWf3sNn9RtYq4c@mail.gmail.com>"),
        ("References", "<CAFmA7yd2kq0GvB4e9sPq1xR8uL@mail.gmail.com> <CAL7hV2q8Zb0xK1mWf3sNn9RtYq4c@mail.gmail.com>"),
    ], alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(n(20), family="recruitee", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-12-07 11:00", AMS), end=utc("2026-12-07 12:00", AMS),
      contact="daan.smits@noordzeekoeltransport.nl", company="Noordzee Koeltransport",
      local="Mon 2026-12-07 11:00", local_end="2026-12-07 12:00", zone=AMS,
      note="Recruitee reschedule, HTML only: old 'Thursday 3 December, 14:00', new 'Monday 7 December "
           "2026, 11:00 - 12:00 (Europe/Amsterdam)' -> 10:00Z-11:00Z (CET); ICS SEQUENCE:1 agrees; "
           "contact = Reply-To recruiter")
def m20():
    when = "2026-12-01 09:40"
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="background:#f5f6f8;margin:0;padding:24px;font-family:Arial,sans-serif;font-size:14px;color:#30343b">
        <div style="max-width:580px;margin:0 auto;background:#fff;padding:28px;border-radius:4px">
        <p>Hi Mehmet,</p>
        <p>Unfortunately our Head of IT has to be at our Rotterdam site on Thursday, so we have moved
        your interview for <b>Application Manager WMS (Venlo DC)</b>.</p>
        <p style="color:#8a8f98"><s>Thursday 3 December 2026, 14:00 - 15:00</s></p>
        <p><b>New date: Monday 7 December 2026, 11:00 - 12:00 (Europe/Amsterdam)</b><br>
        Location: Noordzee Koeltransport, Distributiecentrum Venlo, Trade Port Noord 14, 5928 RD Venlo</p>
        <p>Sorry for the inconvenience! If Monday does not work for you, just reply to this email.</p>
        <p>Kind regards,<br>Daan Smits<br>Recruitment Noordzee Koeltransport</p>
        <p style="font-size:11px;color:#b0b4bb;border-top:1px solid #eee;padding-top:10px">Sent with Recruitee</p>
        </div></body></html>
        """)
    vtz = VTZ["Europe/Berlin"].replace("Europe/Berlin", AMS)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Recruitee//Recruitee Calendar//EN
        METHOD:REQUEST
        """) + vtz + "\n" + t("""
        BEGIN:VEVENT
        UID:recruitee-event-5529071@recruitee.com
        SEQUENCE:1
        DTSTAMP:20261201T084000Z
        DTSTART;TZID=Europe/Amsterdam:20261207T110000
        DTEND;TZID=Europe/Amsterdam:20261207T120000
        SUMMARY:Interview Mehmet Aydin - Application Manager WMS (Venlo DC)
        LOCATION:Trade Port Noord 14\\, 5928 RD Venlo
        ORGANIZER;CN=Daan Smits:mailto:daan.smits@noordzeekoeltransport.nl
        ATTENDEE;CN=Mehmet Aydin;RSVP=TRUE:mailto:mehmet.aydin@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from mail-200.recruitee.com (mail-200.recruitee.com [185.250.239.200])",
                        when, AMS, "Hw1Lc5Ny9vTb")),
        ("From", addr("Noordzee Koeltransport", "noreply@recruitee.com")),
        ("Reply-To", addr("Daan Smits", "daan.smits@noordzeekoeltransport.nl")),
        ("To", TO),
        ("Subject", "Your interview has been moved to Monday 7 December"),
        ("Date", date(when, AMS)),
        ("Message-ID", "<recruitee.5529071.1796114400.b7e2@recruitee.com>"),
    ], mixed(html(body_html), calendar(ics, filename="interview.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-04 10:00", BER), end=utc("2026-11-04 11:00", BER),
      contact="katrin.huelsmann@grugadata.de", company="Gruga Data",
      local="Wed 2026-11-04 10:00", local_end="2026-11-04 11:00", zone=BER,
      note="Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the Gruga Data interview "
           "'Mi. 4. Nov. 2026 10:00 - 11:00 (MEZ)' -> 09:00Z-10:00Z; role filled internally, no new "
           "time; contact = organizer; thread with the earlier invitation")
def m21():
    when = "2026-11-02 17:30"
    plain, body_html = gcal_de(
        "Interview Mehmet Aydın / Gruga Data – Data Engineer Supply Chain",
        "Mittwoch, 4. November 2026 · 10:00–11:00",
        "katrin.huelsmann@grugadata.de", "Katrin Hülsmann",
        t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Nachricht von Katrin Hülsmann:
        "Hallo Mehmet, es tut mir wirklich leid: Wir haben die Stelle heute intern besetzt und
        müssen das Interview am Mittwoch deshalb absagen. Ich melde mich, sobald wir wieder etwas
        Passendes haben. Viele Grüße, Katrin"
        """))
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        DTSTART:20261104T090000Z
        DTEND:20261104T100000Z
        DTSTAMP:20261102T163000Z
        ORGANIZER;CN=Katrin Hülsmann:mailto:katrin.huelsmann@grugadata.de
        UID:5q1kd0v7f3c9r2m8hb4o6nxt1e@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=mehmet.aydin@example.org;X-NUM-GUESTS=0:mailto:mehmet.aydin@example.org
        CREATED:20261029T080912Z
        LAST-MODIFIED:20261102T163000Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Mehmet Aydın / Gruga Data – Data Engineer Supply Chain
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])",
                        when, BER, "Ka4Pd9Xr1wNm")),
        ("From", addr("Katrin Hülsmann", "katrin.huelsmann@grugadata.de")),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Reply-To", addr("Katrin Hülsmann", "katrin.huelsmann@grugadata.de")),
        ("To", ME),
        ("Subject", enc("Abgesagter Termin: Interview Mehmet Aydın / Gruga Data – Data Engineer Supply Chain "
                        "@ Mi. 4. Nov. 2026 10:00 - 11:00 (MEZ) (mehmet.aydin@example.org)")),
        ("Date", date(when, BER)),
        ("Message-ID", "<calendar-c3f81a5e-0b2d-4e97-a6c4-8d1e72f0b39a@google.com>"),
    ], mixed(alt(text(plain, params="format=flowed; delsp=yes", cte="base64"), html(body_html),
                 calendar(ics, method="CANCEL", cte="base64")),
             calendar(ics, method="CANCEL", ctype="application/ics", cte="base64", filename="invite.ics",
                      disposition="attachment", name_param=True)))


@mail(n(22), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-09 09:00", "America/New_York"), end=None,
      contact="dana.whitfield@ridgewaysupply.com", company="Ridgeway Supply Chain",
      local="Wed 2026-12-09 09:00", zone="America/New_York",
      note="iCIMS cancellation: 'Wednesday, December 9, 2026 at 9:00 AM Eastern Standard Time' -> "
           "14:00Z (EST, -05:00); requisition on hold, no new time; windows-1252 text with curly quotes; "
           "contact = recruiter address in the signature")
def m22():
    when = "2026-12-07 08:30"
    zone = "America/New_York"
    plain = t("""
        Dear Mehmet,

        Thank you for your continued interest in the Supply Chain Systems Architect (EMEA) opportunity
        with Ridgeway Supply Chain Corp.

        We regret to let you know that your interview scheduled for Wednesday, December 9, 2026 at
        9:00 AM Eastern Standard Time has been cancelled. The hiring team has placed this requisition
        on hold while we review our 2027 budget. We’re sorry for the short notice.

        We’ll keep your application on file and will reach out if the position reopens. If you have
        questions in the meantime, please contact me directly.

        Best regards,

        Dana Whitfield
        Senior Talent Acquisition Partner
        Ridgeway Supply Chain Corp. | Columbus, OH
        dana.whitfield@ridgewaysupply.com

        This message was sent from iCIMS. Please do not reply to this email address.
        """)
    body_html = ("<html><body><font face=\"Calibri\" size=\"3\">"
                 + "<br>\r\n".join(plain.rstrip("\n").split("\n"))
                 + "</font></body></html>\n")
    return message([
        ("Received", mx("from mail-ob3.icims.com (mail-ob3.icims.com [66.111.143.53])", when, zone, "Xr8Vb2Mk6pLe")),
        ("From", addr("Ridgeway Supply Chain Corp.", "ridgewaysupply@talent.icims.com")),
        ("To", ME),
        ("Subject", "Interview Cancellation - Supply Chain Systems Architect (EMEA)"),
        ("Date", date(when, zone)),
        ("Message-ID", "<icims.34190577.1796650200.cancel@talent.icims.com>"),
    ], alt(text(plain, charset="windows-1252"), html(body_html, charset="windows-1252")))


@mail(n(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-04 10:00", BER), end=None,
      contact="p.vollmer@koenigsallee-lc.de", company="Königsallee Logistik Consulting",
      local="Fri 2026-12-04 10:00", zone=BER,
      note="Recruiter cancels 'den Termin am Fr., 4.12. um 10 Uhr' (Düsseldorf, CET) -> 09:00Z; only "
           "'neue Terminvorschläge' promised, no new time, so cancelled; ISO-8859-1 8bit; contact = sender")
def m23():
    when = "2026-12-01 15:20"
    body = t("""
        Sehr geehrter Herr Aydin,

        leider muss ich unseren Termin am Fr., 4.12. um 10 Uhr absagen. Unser Partner Herr Dr. Janßen
        ist kurzfristig für ein Kundenprojekt in Antwerpen gebunden, und ohne ihn möchten wir das
        Gespräch ungern führen.

        Ich melde mich spätestens Anfang nächster Woche mit neuen Terminvorschlägen bei Ihnen. Ich
        bitte um Entschuldigung für die Umstände.

        Mit freundlichen Grüßen

        Dr. Petra Vollmer-Sanders
        Personal & Organisation
        Königsallee Logistik Consulting GmbH
        Königsallee 92a, 40212 Düsseldorf
        Tel. 0211 863 270-40

        -----Ursprüngliche Nachricht-----
        Von: Vollmer-Sanders, Petra
        Gesendet: Donnerstag, 26. November 2026 11:05
        An: mehmet.aydin@example.org
        Betreff: Ihr Gespräch bei Königsallee Logistik Consulting

        Sehr geehrter Herr Aydin,

        hiermit bestätige ich Ihnen das Gespräch am Freitag, 4. Dezember, um 10 Uhr in unseren
        Räumen auf der Kö. Bitte melden Sie sich am Empfang im 4. OG.
        """)
    return message([
        ("Received", mx("from smtp.koenigsallee-lc.de (smtp.koenigsallee-lc.de [80.237.132.18])",
                        when, BER, "Sm3Hn7Qp0cFv")),
        ("From", addr("Vollmer-Sanders, Petra", "p.vollmer@koenigsallee-lc.de")),
        ("To", ME),
        ("Subject", enc("AW: Ihr Gespräch bei Königsallee Logistik Consulting", charset="iso-8859-1")),
        ("Date", date(when, BER)),
        ("Message-ID", "<000a01dc62e1$7b3c2f10$71b48d30$@koenigsallee-lc.de>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHbXy3kTq2z8bF1T1KV2xM7KcwAAB7c"),
    ], text(body, charset="iso-8859-1", cte="8bit"))


# =========================================================================== negatives


def neg(key: int, family: str, lang: str, company: str | None, note: str, days=()):
    return mail(n(key), family=family, lang=lang, interview=False, company=company, note=note, days=days)


@neg(24, "rejection", "en", "Lindeboom Data",
     "Lever rejection after an interview that already took place ('on Tuesday, 13 October'); no future "
     "appointment", days=(("Tue", "2026-10-13"),))
def m24():
    when = "2026-10-19 11:47"
    plain = t("""
        Hi Mehmet,

        Thank you for taking the time to interview with us on Tuesday, 13 October, and for the
        thoughtful conversation about cross-dock planning with Maarten and Ilse.

        After careful consideration we have decided to move forward with another candidate whose
        experience is more closely aligned with the current needs of the Logistics Data team.
        This was not an easy decision.

        We would be happy to keep your details for future openings. We wish you all the best in
        your search.

        Kind regards,
        Femke de Graaf
        Lindeboom Data B.V.
        """)
    body_html = "<div>" + "".join(f"<p>{x}</p>" for x in plain.split("\n\n")) + "</div>\n"
    return message([
        ("Received", mx("from mail-a2.hire.lever.co (mail-a2.hire.lever.co [198.2.180.14])", when, AMS, "Lk2Rt8Wn4aFc")),
        ("From", addr("Femke de Graaf", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Femke de Graaf", "femke.degraaf@lindeboomdata.nl")),
        ("To", ME),
        ("Subject", "Your application to Lindeboom Data"),
        ("Date", date(when, AMS)),
        ("Message-ID", "<lever.0f5c2d8e-7a13-4b96-9e21-c4a8d7f3b160@hire.lever.co>"),
    ], alt(text(plain), html(body_html)))


@neg(25, "offer", "de", "Westfalen Hafenlogistik",
     "Contract offer after the interview (thread with the Personio invitation); only a reply deadline "
     "'bis Fr., 16.10.2026' and a start date, no appointment", days=(("Fri", "2026-10-16"),))
def m25():
    when = "2026-10-05 16:22"
    body = t("""
        Sehr geehrter Herr Aydın,

        vielen Dank nochmals für das angenehme Gespräch und Ihre Zeit. Wir freuen uns sehr, Ihnen
        heute die Position als IT-Consultant SAP EWM (m/w/d) bei der Westfalen Hafenlogistik GmbH
        anbieten zu können!

        Den Vertragsentwurf finden Sie im Anhang. Die wichtigsten Eckdaten:

          - Eintritt: 01.01.2027 (früher nach Absprache möglich)
          - Bruttojahresgehalt: 78.000 € zzgl. variabler Anteil
          - 30 Tage Urlaub, 2 Tage mobiles Arbeiten pro Woche

        Wir würden uns freuen, wenn Sie uns bis Fr., 16.10.2026 eine Rückmeldung geben. Für Fragen
        zum Vertrag stehe ich Ihnen jederzeit zur Verfügung.

        Mit freundlichen Grüßen
        Joanna Kowalski
        HR Business Partner
        Westfalen Hafenlogistik GmbH · Speicherstraße 8 · 44147 Dortmund
        """)
    pdf = Part([("Content-Type", 'application/pdf; name="Vertragsentwurf_Aydin.pdf"'),
                ("Content-Disposition", 'attachment; filename="Vertragsentwurf_Aydin.pdf"'),
                ("Content-Transfer-Encoding", "base64")],
               base64.encodebytes(b"%PDF-1.4\r\n% Vertragsentwurf (Platzhalter)\r\n").replace(b"\n", b"\r\n"))
    return message([
        ("Received", mx("from mail.westfalen-hafenlogistik.de (mail.westfalen-hafenlogistik.de [93.184.220.41])",
                        when, BER, "Pq5Dz1Xy7mGh")),
        ("From", addr("Joanna Kowalski", "j.kowalski@westfalen-hafenlogistik.de")),
        ("To", TO),
        ("Subject", enc("Ihr Vertragsangebot – IT-Consultant SAP EWM")),
        ("Date", date(when, BER)),
        ("Message-ID", "<7c1e0b2a-5d94-4f3e-8a61-b29fd0e4c715@westfalen-hafenlogistik.de>"),
    ], mixed(text(body), pdf))


@neg(26, "application_ack", "de", "Lippe Hub Logistics",
     "JOIN application receipt; mentions interviews only as future 'nächste Schritte', no time")
def m26():
    when = "2026-09-04 20:13"
    plain = t("""
        Hallo Mehmet,

        vielen Dank für deine Bewerbung als IT Projektmanager Logistik (m/w/d) bei Lippe Hub Logistics!

        Deine Unterlagen sind bei uns eingegangen und werden jetzt vom Team gesichtet. Wie geht es
        weiter?

          1. Sichtung deiner Bewerbung (ca. 1-2 Wochen)
          2. Kurzes Telefoninterview
          3. Vorstellungsgespräch vor Ort in Bochum

        Den Status deiner Bewerbung kannst du jederzeit in deinem JOIN-Profil einsehen.

        Viel Erfolg!
        Dein Team von Lippe Hub Logistics

        Diese E-Mail wurde automatisch über JOIN versendet. Bitte antworte nicht auf diese E-Mail.
        """)
    body_html = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:15px;color:#1c1c1c;background:#f7f7f7">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
        <h2 style="font-size:20px">Bewerbung erhalten ✓</h2>
        <p>Hallo Mehmet,</p>
        <p>vielen Dank für deine Bewerbung als <b>IT Projektmanager Logistik (m/w/d)</b> bei Lippe Hub Logistics!</p>
        <p>Deine Unterlagen sind bei uns eingegangen und werden jetzt vom Team gesichtet. Wie geht es weiter?</p>
        <ol><li>Sichtung deiner Bewerbung (ca. 1-2 Wochen)</li><li>Kurzes Telefoninterview</li>
        <li>Vorstellungsgespräch vor Ort in Bochum</li></ol>
        <p><a href="https://join.com/candidates/applications" style="background:#6b5cff;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">Status ansehen</a></p>
        <p>Viel Erfolg!<br>Dein Team von Lippe Hub Logistics</p>
        <p style="font-size:11px;color:#999">Diese E-Mail wurde automatisch über JOIN versendet. Bitte antworte nicht auf diese E-Mail.</p>
        </div></body></html>
        """)
    return message([
        ("Received", mx("from mail-eu1.join.com (mail-eu1.join.com [159.112.241.92])", when, BER, "Jn8Wq3Vd6rTs")),
        ("From", addr("Lippe Hub Logistics via JOIN", "noreply@join.com")),
        ("To", ME),
        ("Subject", enc("Deine Bewerbung bei Lippe Hub Logistics ist eingegangen")),
        ("Date", date(when, BER)),
        ("Message-ID", "<join.application.3391845.7f2a@join.com>"),
        ("List-Unsubscribe", "<https://join.com/unsubscribe/c/3391845>"),
    ], alt(text(plain), html(body_html)))


@neg(27, "application_ack", "de", "Rhein-Ruhr Chemlog",
     "Taleo receipt; says interviews will be arranged by phone 'in den kommenden Wochen', no time")
def m27():
    when = "2026-09-10 07:31"
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><table width="640" style="font-family:Verdana,sans-serif;font-size:12px">
        <tr><td>
        <p>Sehr geehrter Herr Aydin,</p>
        <p>vielen Dank für Ihre Bewerbung auf die Stelle <b>Senior Consultant Supply Chain Execution
        (Job-ID 2600417)</b> bei der Rhein-Ruhr Chemlog AG in Düsseldorf.</p>
        <p>Ihre Unterlagen sind vollständig eingegangen. Unser Recruiting-Team prüft Ihr Profil
        sorgfältig. Sollten wir Sie zu einem Vorstellungsgespräch einladen wollen, melden wir uns
        in den kommenden Wochen telefonisch oder per E-Mail bei Ihnen.</p>
        <p>Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen:<br>
        <a href="https://rrchemlog.taleo.net/careersection/jobdetail.ftl?job=2600417">https://rrchemlog.taleo.net/careersection/...</a></p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Rhein-Ruhr Chemlog AG</p>
        <p style="font-size:10px;color:#777">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("from smtp3.taleo.net (smtp3.taleo.net [160.34.10.62])", when, BER, "Tl4Kx0Ob8hRe")),
        ("From", addr("Rhein-Ruhr Chemlog AG", "rrchemlog@taleo.net")),
        ("To", ME),
        ("Subject", enc("Eingangsbestätigung Ihrer Bewerbung – Job-ID 2600417", charset="windows-1252")),
        ("Date", date(when, BER)),
        ("Message-ID", "<1789450260123.41877.JavaMail.taleo@tc2prd-app14>"),
    ], html(body_html, charset="windows-1252", cte="quoted-printable"))


@neg(28, "job_alert", "de", None,
     "Job-board alert with new postings; 'Bewerbungsschluss 30.11.' and 'Vorstellungsgespräche noch "
     "im Dezember' are no appointment", days=(("Mon", "2026-11-30"),))
def m28():
    when = "2026-11-09 06:02"
    plain = t("""
        Jobruhr Jobagent: 4 neue Jobs für "Logistik IT Consultant" im Umkreis von 50 km um Dortmund

        1) SAP EWM Berater (m/w/d) - Hellweg Distribution GmbH - Unna
           Gehalt: 70.000 - 85.000 € · Hybrid · vor 1 Tag
           "Schneller Prozess: Vorstellungsgespräche noch im Dezember!"

        2) Solution Architect Logistik - Emscherport AG - Gelsenkirchen
           Bewerbungsschluss: Mo., 30.11.2026

        3) IT-Projektleiter Intralogistik (m/w/d) - Ruhrtal Handels KG - Hagen
           Vollzeit · Remote möglich

        4) Consultant Transport Management Systeme - Nordstern Mobility GmbH - Essen
           Teilzeit möglich · neu

        Alle Jobs ansehen: https://www.jobruhr.de/jobagent/7291?utm_source=email

        Sie erhalten diese E-Mail, weil Sie einen Jobagenten auf jobruhr.de angelegt haben.
        Jobagent bearbeiten oder abbestellen: https://www.jobruhr.de/jobagent/7291/settings
        """)
    body_html = ("<html><body style=\"font-family:Arial\">"
                 + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in plain.split("\n\n"))
                 + "</body></html>\n")
    return message([
        ("Received", mx("from mta12.mail.jobruhr.de (mta12.mail.jobruhr.de [178.63.88.12])", when, BER, "Jr1Ag5Nt9qWe")),
        ("From", addr("Jobruhr Jobagent", "jobagent@mail.jobruhr.de")),
        ("To", ME),
        ("Subject", enc("4 neue Jobs für „Logistik IT Consultant“ in Dortmund")),
        ("Date", date(when, BER)),
        ("Message-ID", "<jobagent.7291.20261109050200@mail.jobruhr.de>"),
        ("List-Unsubscribe", "<https://www.jobruhr.de/jobagent/7291/unsubscribe>"),
        ("Precedence", "bulk"),
    ], alt(text(plain), html(body_html)))


@neg(29, "newsletter_tips", "de", None,
     "Careers newsletter about interview questions with a live webinar 'Do., 15.10. um 18 Uhr' - a "
     "confirmed-looking time, but a webinar, not an interview", days=(("Thu", "2026-10-15"),))
def m29():
    when = "2026-10-08 10:00"
    body_html = t("""
        <html><body style="margin:0;background:#eef1f4">
        <table width="600" align="center" style="background:#fff;font-family:Georgia,serif;font-size:15px;color:#222" cellpadding="20">
        <tr><td><h1 style="font-size:22px">Karrierebrief #41</h1>
        <h2 style="font-size:18px">Die 7 Fragen, die Ihnen im Vorstellungsgespräch garantiert gestellt werden</h2>
        <p>„Wo sehen Sie sich in fünf Jahren?“ – kaum eine Frage ist so gefürchtet. Unsere Autorin
        Sabine Feldkamp hat mit zwölf Personaler:innen aus dem Ruhrgebiet gesprochen und verrät,
        was wirklich hinter den Klassikern steckt.</p>
        <p><a href="https://karrierebrief.de/artikel/7-fragen">Weiterlesen »</a></p>
        <h2 style="font-size:18px">Live-Webinar: Gehaltsverhandlung im Vorstellungsgespräch</h2>
        <p>Am <b>Do., 15.10. um 18 Uhr</b> beantwortet Verhandlungstrainer Marco Pellegrini Ihre Fragen live.
        Kostenlos, 60 Minuten, per Zoom.</p>
        <p><a href="https://karrierebrief.de/webinar/gehalt">Jetzt Platz sichern</a></p>
        <p style="font-size:11px;color:#888">Sie erhalten den Karrierebrief, weil Sie ihn abonniert haben.
        <a href="https://karrierebrief.de/abmelden">Abmelden</a> · Impressum: Karrierebrief Medien UG, Essen</p>
        </td></tr></table></body></html>
        """)
    return message([
        ("Received", mx("from mail181.sendinblue.com (mail181.sendinblue.com [185.107.232.181])", when, BER, "Nl7Br2Cq4zYt")),
        ("From", addr("Karrierebrief", "redaktion@karrierebrief.de")),
        ("To", ME),
        ("Subject", enc("Die 7 Fragen, die garantiert kommen + Live-Webinar am Donnerstag")),
        ("Date", date(when, BER)),
        ("Message-ID", "<202610080800.41.karrierebrief@sendinblue.com>"),
        ("List-Unsubscribe", "<https://karrierebrief.de/abmelden?u=ma7731>"),
        ("List-Id", "Karrierebrief <karrierebrief.karrierebrief.de>"),
        ("Precedence", "bulk"),
    ], html(body_html, cte="base64"))


@neg(30, "scheduling_link", "de", "Ruhrort Intermodal",
     "Personio self-scheduling link: 'wählen Sie einen Termin zwischen Mo., 2.11. und Fr., 6.11.' - "
     "interview wanted but no time fixed yet",
     days=(("Mon", "2026-11-02"), ("Fri", "2026-11-06"), ("Fri", "2026-10-30")))
def m30():
    when = "2026-10-27 13:45"
    plain = t("""
        Guten Tag Herr Aydın,

        vielen Dank für Ihre Bewerbung als Business Analyst Terminal Operating Systems (m/w/d). Ihr
        Profil hat uns überzeugt und wir möchten Sie gerne zu einem ersten Video-Interview (45 Minuten)
        einladen.

        Bitte wählen Sie über den folgenden Link einen passenden Termin zwischen Mo., 2.11. und
        Fr., 6.11. aus:

        https://ruhrort-intermodal.jobs.personio.de/scheduling/b71e2c04

        Bitte buchen Sie Ihren Termin bis spätestens Fr., 30.10. Nach der Buchung erhalten Sie eine
        Bestätigung mit dem Link zum Gespräch.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Ruhrort Intermodal GmbH
        """)
    return message([
        ("Received", mx("from mail-eu.personio.de (mail-eu.personio.de [52.58.201.17])", when, BER, "Ps6Ch4Ld2kVu")),
        ("From", addr("Ruhrort Intermodal GmbH", "no-reply@personio.de")),
        ("To", TO),
        ("Subject", enc("Bitte wählen Sie einen Termin für Ihr Interview")),
        ("Date", date(when, BER)),
        ("Message-ID", "<0102019a2c5e1f0b-3b7d9c4a-6e21-4f85-b0d3-8a1e5c7f2d69-000000@eu-central-1.amazonses.com>"),
        ("X-Personio-Mail-Type", "applicant_self_scheduling"),
    ], text(plain, cte="base64"))


@neg(31, "recruiter_proposal", "en", "Anatolia Freight Technologies",
     "Recruiter proposes 'Tuesday, 17 November at 10:00 CET' or Wednesday afternoon and asks which "
     "works - not yet confirmed", days=(("Tue", "2026-11-17"),))
def m31():
    when = "2026-11-12 12:18"
    zone = "Europe/Istanbul"
    body = t("""
        Hi Mehmet,

        Great speaking with you yesterday! The team would love to continue with a technical interview
        with our CTO, Kerem, and one of our senior engineers (about 60 minutes, online).

        Would Tuesday, 17 November at 10:00 CET work for you? Alternatively Wednesday afternoon is
        also open on our side. Just let me know which suits you better and I'll send over a calendar
        invite.

        Best,
        Burak

        Burak Yıldız
        Talent Partner | Anatolia Freight Technologies
        Maslak, İstanbul · remote-first team across TR, DE and NL
        """)
    return message([
        ("Received", mx("from mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])", when, zone, "Bz3Yl7Ik1dFm")),
        ("From", addr("Burak Yıldız", "burak.yildiz@anatoliafreight.com")),
        ("To", ME),
        ("Subject", "Next step: technical interview"),
        ("Date", date(when, zone)),
        ("Message-ID", "<CAO4xTq1Zp7e8Bn0Wv3KcY9sLr2Mj@mail.gmail.com>"),
    ], alt(text(body, cte="8bit"), html(gmail_html(body))))


@neg(32, "recruiter_outreach", "de", "Kessler & Partner",
     "Headhunter outreach asking for an informal call and for the candidate to suggest time windows; "
     "no fixed time")
def m32():
    when = "2026-09-29 08:55"
    body = t("""
        Sehr geehrter Herr Aydın,

        ich bin über Ihr Profil auf Ihre Erfahrung mit SAP EWM und TMS-Einführungen aufmerksam
        geworden. Für einen Mandanten, einen mittelständischen Kontraktlogistiker mit Sitz im
        westlichen Ruhrgebiet, suche ich aktuell eine:n Head of Logistics IT.

        Hätten Sie in den nächsten Tagen Zeit für ein kurzes, vertrauliches Telefonat (ca. 20
        Minuten)? Nennen Sie mir gerne zwei, drei Zeitfenster, die Ihnen passen – ich richte mich
        nach Ihnen.

        Mit besten Grüßen

        Christoph Kessler
        Managing Partner
        Kessler & Partner Executive Search GmbH
        Kaiserswerther Straße 115 · 40474 Düsseldorf
        Tel. +49 211 5403 880 · c.kessler@kessler-partner.de
        """)
    return message([
        ("Received", mx("from mail.kessler-partner.de (mail.kessler-partner.de [85.13.151.204])", when, BER, "Kp9Eo2Vh5uSx")),
        ("From", addr("Christoph Kessler", "c.kessler@kessler-partner.de")),
        ("To", ME),
        ("Subject", "Vertrauliche Anfrage: Head of Logistics IT (Ruhrgebiet)"),
        ("Date", date(when, BER)),
        ("Message-ID", "<9e7a1c52f0b34d81@kessler-partner.de>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ], text(body.replace("ı", "i").replace("–", "-"), charset="iso-8859-15", cte="quoted-printable"))


@neg(33, "jobcenter_appointment", "de", None,
     "Employment agency invitation (Einladung nach § 309 SGB III) with a fixed time 'Do., 12.11.2026, "
     "09:15 Uhr' - an appointment about the job search, not a job interview",
     days=(("Thu", "2026-11-12"),))
def m33():
    when = "2026-11-03 14:07"
    plain = t("""
        Sehr geehrter Herr Aydin,

        in Ihrem Postfach auf arbeitsagentur.de liegt eine neue Nachricht für Sie:

        Einladung

        Bitte kommen Sie am

            Do., 12.11.2026 um 09:15 Uhr

        in die Agentur für Arbeit Dortmund, Steinstraße 39, 44147 Dortmund, Eingang B, 2. Etage,
        Zimmer 2.114, zu Frau Gerlinde Wolff-Hüsken (Arbeitsvermittlung).

        Ich möchte mit Ihnen über Ihr Bewerberangebot bzw. Ihre berufliche Situation sprechen.
        Bitte bringen Sie Ihre Bewerbungsunterlagen und diese Einladung mit.

        Diese Einladung erfolgt nach § 309 Abs. 1 SGB III. Bitte beachten Sie die
        Rechtsfolgenbelehrung in Ihrem Postfach.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Dortmund

        Bitte antworten Sie nicht auf diese E-Mail. Nachrichten an uns senden Sie bitte über Ihr
        Postfach: https://web.arbeitsagentur.de/portal/postfach
        """)
    return message([
        ("Received", mx("from mail1.arbeitsagentur.de (mail1.arbeitsagentur.de [194.95.10.31])", when, BER, "Aa2Gw6Mk8pJr")),
        ("From", addr("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de")),
        ("To", ME),
        ("Subject", enc("Neue Nachricht in Ihrem Postfach: Einladung zu einem Gespräch")),
        ("Date", date(when, BER)),
        ("Message-ID", "<ba-postfach-20261103130700-5c71e9a2@arbeitsagentur.de>"),
    ], text(plain, charset="iso-8859-1", cte="quoted-printable"))


@neg(34, "press_interview", "de", None,
     "A journalist confirms a phone interview with Mehmet as an expert ('Mittwoch, 21.10., um 16 Uhr') - "
     "a press interview, not a job interview", days=(("Wed", "2026-10-21"),))
def m34():
    when = "2026-10-16 12:40"
    body = t("""
        Hallo Herr Aydın,

        vielen Dank, dass Sie sich Zeit nehmen! Dann bleibt es bei unserem Interview am Mittwoch,
        21.10., um 16 Uhr, ich rufe Sie auf Ihrem Handy an. Wir brauchen etwa 30 Minuten.

        Thema wie besprochen: Wie verändern KI und Automatisierung die Arbeit in den Lagern im
        Ruhrgebiet? Mich interessieren vor allem Ihre Erfahrungen aus Projekten in Dortmund und
        Duisburg. Zitate schicke ich Ihnen vor Veröffentlichung zur Freigabe.

        Herzliche Grüße
        Miriam Özdemir
        Redaktion Wirtschaft
        Ruhr Kurier · Westenhellweg 86 · 44137 Dortmund
        """)
    return message([
        ("Received", mx("from mail.ruhr-kurier.de (mail.ruhr-kurier.de [91.198.174.55])", when, BER, "Rk5Mz1Qo3wBt")),
        ("From", addr("Miriam Özdemir", "m.oezdemir@ruhr-kurier.de")),
        ("To", TO),
        ("Subject", "Interview KI im Lager - Mittwoch 16 Uhr"),
        ("Date", date(when, BER)),
        ("Message-ID", "<b1e04f7a-93c2-4d58-a6e0-1f7c2d9b8e34@ruhr-kurier.de>"),
    ], text(body, cte="8bit"))


@neg(35, "podcast", "de", None,
     "Podcast host confirms a recording slot 'Mo., 14.12., 17:30 Uhr' (Riverside) - Mehmet is the "
     "guest, not a job interview", days=(("Mon", "2026-12-14"),))
def m35():
    when = "2026-12-07 21:04"
    body = t("""
        Hey Mehmet,

        mega, dass du dabei bist! Die Aufnahme für "Lieferkette Ruhr" steht: Mo., 14.12., 17:30 Uhr.
        Wir nehmen remote über Riverside auf, Link: https://riverside.fm/studio/lieferkette-ruhr

        Ablauf: 10 Min Technikcheck, dann ca. 45 Min Gespräch. Themen: dein Weg vom Lagerlogistiker
        zum IT-Consultant, WMS-Migrationen und was du Leuten rätst, die in die Logistik-IT wollen.

        Kopfhörer wären super, ein externes Mikro noch besser.

        Bis Montag!
        Jonas

        --
        Jonas Brückmann
        Host "Lieferkette Ruhr" · der Podcast über Logistik im Revier
        """)
    return message([
        ("Received", mx("from mout-p-101.mailbox.org (mout-p-101.mailbox.org [80.241.56.151])", when, BER, "Pd8Lr0Xs4eCn")),
        ("From", addr("Jonas Brückmann", "jonas@lieferkette-ruhr.de")),
        ("To", ME),
        ("Subject", enc("Aufnahme Lieferkette Ruhr – 14.12. steht!")),
        ("Date", date(when, BER)),
        ("Message-ID", "<4c9a2e1f-7b30-45d8-9e16-a2f05d8c3b71@mailbox.org>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@neg(36, "admission_interview", "en", None,
     "Business school admission interview for an Executive MBA, confirmed 'Friday, 27 November 2026, "
     "15:00 CET' with ICS - an admission interview, not a job interview", days=(("Fri", "2026-11-27"),))
def m36():
    when = "2026-11-18 10:15"
    plain = t("""
        Dear Mehmet,

        Thank you for your application to the Executive MBA in Supply Chain Leadership (Intake
        April 2027). We are pleased to confirm your admission interview:

        Date: Friday, 27 November 2026
        Time: 15:00 - 15:45 CET
        Location: Rhine-Ruhr School of Management, Campus Düsseldorf, Königsallee 2, Room K 3.04
        Panel: Prof. Dr. Hanna Leutheusser (Academic Director), Tom Verhoeven (Admissions)

        Please bring your passport and your original degree certificates. A calendar file is attached.

        Kind regards,
        Admissions Office
        Rhine-Ruhr School of Management
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//RRSM//Admissions//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:rrsm-adm-2027-0419@rrsm.example.net
        DTSTAMP:20261118T091500Z
        DTSTART:20261127T140000Z
        DTEND:20261127T144500Z
        SUMMARY:EMBA admission interview - Mehmet Aydin
        LOCATION:Campus Düsseldorf\\, Room K 3.04
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from mail.rrsm.example.net (mail.rrsm.example.net [192.0.2.44])", when, BER, "Mb4Ad9Fn6yGp")),
        ("From", addr("RRSM Admissions", "admissions@rrsm.example.net")),
        ("To", ME),
        ("Subject", "Executive MBA: your admission interview on 27 November"),
        ("Date", date(when, BER)),
        ("Message-ID", "<adm.20261118.0419@rrsm.example.net>"),
    ], mixed(text(plain), calendar(ics, method="PUBLISH", filename="admission-interview.ics",
                                   disposition="attachment", cte="base64")))


@neg(37, "sports_tryout", "de", None,
     "Futsal club coach confirms a try-out training 'Donnerstag, 24.9., um 19:30' - sports, not a job",
     days=(("Thu", "2026-09-24"),))
def m37():
    when = "2026-09-18 22:11"
    body = t("""
        Moin Mehmet,

        klar, komm gerne zum Probetraining! Donnerstag, 24.9., um 19:30 in der Halle an der
        Brackeler Straße (Eingang über den Schulhof). Hallenschuhe mit heller Sohle, sonst lässt
        uns der Hausmeister nicht rein :D

        Wir spielen Bezirksliga, Training ist Di + Do. Wenn's passt, machen wir danach den Pass
        fertig.

        Sportliche Grüße
        Kalle
        Trainer 1. Futsal-Herren
        FC Borsigplatz Futsal 09 e.V.

        Gesendet mit der GMX Mail App
        """)
    return message([
        ("Received", mx("from mout.gmx.net (mout.gmx.net [212.227.15.19])", when, BER, "Fb6Tr3Ky0wDa")),
        ("From", addr("Karl-Heinz Rosowski", "kalle.rosowski@gmx.example.com")),
        ("To", ME),
        ("Subject", "Re: Probetraining Futsal"),
        ("Date", date(when, BER)),
        ("Message-ID", "<trinity-0e3b7f5c-2d81-4a6e-95b0-c7d2e9a14f68-1789855860112@3c-app-mailcom-bs08>"),
    ], text(body, cte="8bit"))


@neg(38, "car_service", "de", None,
     "Garage appointment confirmation 'Montag, 19.10.2026, 07:30 Uhr' (inspection and winter tyres)",
     days=(("Mon", "2026-10-19"),))
def m38():
    when = "2026-10-13 09:26"
    body_html = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Aydin,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:</p>
        <table border="0" cellpadding="4">
        <tr><td>Termin:</td><td><b>Montag, 19.10.2026, 07:30 Uhr</b> (Fahrzeugannahme)</td></tr>
        <tr><td>Fahrzeug:</td><td>DO-MA 4721</td></tr>
        <tr><td>Leistungen:</td><td>Inspektion nach Herstellervorgabe, Räderwechsel Winter (eingelagert)</td></tr>
        <tr><td>Voraussichtliche Fertigstellung:</td><td>ca. 16:00 Uhr</td></tr>
        </table>
        <p>Ein Ersatzfahrzeug steht für Sie bereit.</p>
        <p>Ihr Serviceteam<br>Autohaus Kemminghausen GmbH · Kemminghauser Straße 210 · 44339 Dortmund</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail.autohaus-kemminghausen.de (mail.autohaus-kemminghausen.de [88.198.61.20])", when, BER, "Ah1Ws5Ji8rQk")),
        ("From", addr("Autohaus Kemminghausen Service", "service@autohaus-kemminghausen.de")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung Werkstatt – 19.10.2026")),
        ("Date", date(when, BER)),
        ("Message-ID", "<20261013072600.7731.service@autohaus-kemminghausen.de>"),
    ], html(body_html, charset="windows-1252", cte="quoted-printable"))


@neg(39, "bank_appointment", "de", None,
     "Bank advisor meeting confirmed 'Mi., 25.11.2026, 17:00 Uhr' with ICS - a retirement-savings "
     "consultation, not a job interview", days=(("Wed", "2026-11-25"),))
def m39():
    when = "2026-11-19 11:02"
    plain = t("""
        Guten Tag Herr Aydın,

        gerne bestätige ich Ihnen unser Beratungsgespräch zum Thema Altersvorsorge und
        Vermögensaufbau:

        Mi., 25.11.2026, 17:00 - 18:00 Uhr
        Ruhrtal Bank eG, Filiale Dortmund-Hörde, Hermannstraße 72

        Bitte bringen Sie, falls vorhanden, Ihre letzte Renteninformation mit.

        Freundliche Grüße
        Sven Ahlmeyer
        Privatkundenberater
        Ruhrtal Bank eG
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Ahlmeyer Sven:mailto:sven.ahlmeyer@ruhrtalbank.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mehmet.aydin@example.org
        UID:040000008200E00074C5B7101A82E00800000000D2F1A07B6E5FDC01000000000000000010000000F3A92C1B8E4D4A0F9B7C6E25D1A08F44
        SUMMARY;LANGUAGE=de-DE:Beratungsgespräch Altersvorsorge – Herr Aydın
        DTSTART;TZID=W. Europe Standard Time:20261125T170000
        DTEND;TZID=W. Europe Standard Time:20261125T180000
        DTSTAMP:20261119T100200Z
        SEQUENCE:0
        STATUS:CONFIRMED
        LOCATION;LANGUAGE=de-DE:Filiale Dortmund-Hörde
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from mx.ruhrtalbank.de (mx.ruhrtalbank.de [193.28.44.90])", when, BER, "Rb7Hs2Ng4tXl")),
        ("From", addr("Ahlmeyer, Sven", "sven.ahlmeyer@ruhrtalbank.de")),
        ("To", ME),
        ("Subject", enc("Terminbestätigung: Beratungsgespräch Altersvorsorge am 25.11.")),
        ("Date", date(when, BER)),
        ("Message-ID", "<FR2P281MB1544E0A2C3B7D91F8E61A4C7B9203@FR2P281MB1544.DEUP281.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], alt(text(plain), calendar(ics, cte="base64")))


@neg(40, "mock_interview_coach", "de", None,
     "Calendly booking with a career coach: 'Mock-Interview (90 Min)', Fri 6 Nov 14:00 - confirmed "
     "time, but interview practice, not a job interview", days=(("Fri", "2026-11-06"),))
def m40():
    when = "2026-11-02 19:44"
    plain = t("""
        Hallo Mehmet Aydın,

        Ihr Termin Mock-Interview (90 Min) mit Nadine Rüther ist gebucht.

        Veranstaltungstyp:
        Mock-Interview (90 Min) - Probe-Vorstellungsgespräch mit Feedback

        Datum/Uhrzeit der Veranstaltung:
        14:00 - 15:30 (Mitteleuropäische Zeit), Freitag, 6. November 2026

        Ort:
        Zoom (der Link folgt per E-Mail)

        Fragen:
        Für welche Position möchten Sie üben?
        Solution Architect / Logistik-IT, Gespräche mit Fachbereich + HR

        Änderungen an dieser Veranstaltung?
        Absagen: https://calendly.com/cancellations/71b0e4c2-8d3a-4f59-a6e1-2c9f05d7b834
        Neu planen: https://calendly.com/reschedulings/71b0e4c2-8d3a-4f59-a6e1-2c9f05d7b834

        Bereitgestellt von Calendly.com
        """)
    body_html = ("<html><body style=\"font-family:Arial,sans-serif\">"
                 + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in plain.split("\n\n"))
                 + "</body></html>\n")
    return message([
        ("Received", mx("from o1.email.calendly.com (o1.email.calendly.com [167.89.101.180])", when, BER, "Cm3Nt8Rq1vZe")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr("Nadine Rüther", "kontakt@ruether-karrierecoaching.de")),
        ("To", ME),
        ("Subject", enc("Bestätigt: Mock-Interview (90 Min) mit Nadine Rüther am Freitag, 6. November 2026")),
        ("Date", date(when, BER)),
        ("Message-ID", "<calendly.invitee.Q7LM2XKD9TRV4BNA@calendly.com>"),
    ], alt(text(plain), html(body_html)))


@neg(41, "forwarded_other", "de", None,
     "A friend forwards HER OWN Greenhouse interview confirmation ('Thursday, October 1, 2026 2:00 PM') "
     "for information - a confirmed interview, but not Mehmet's", days=(("Thu", "2026-10-01"),))
def m41():
    when = "2026-09-25 19:37"
    body = t("""
        Mehmeeet!! Guck mal 🙌 Die Stelle bei Maasbrug, von der du mir erzählt hast – ich hab ein
        Interview bekommen! Hast du noch Tipps, was die so fragen? Du warst doch da. Geb dir
        danach nen Kaffee aus ☕

        Zeynep

        ---------- Forwarded message ---------
        Von: Sanne Peeters <no-reply@us.greenhouse-mail.io>
        Date: Fr., 25. Sept. 2026 um 15:02
        Subject: Interview Confirmation: Maasbrug Logistics - Business Analyst Transport
        To: <zeynep.kaya@example.com>

        Hi Zeynep,

        Thank you for making time to speak with us! Your interview for the Business Analyst
        Transport role at Maasbrug Logistics is confirmed. Here are the details:

        When: Thursday, October 1, 2026 2:00 PM - 3:00 PM CEST
        Where: Maasbrug Logistics, Celsiusweg 21, 5928 PR Venlo

        Kind regards,
        Sanne Peeters
        Talent Acquisition | Maasbrug Logistics B.V.
        """)
    return message([
        ("Received", mx("from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])", when, BER, "Zk2Fw7Em5sYb")),
        ("From", addr("Zeynep Kaya", "zeynep.kaya@example.com")),
        ("To", ME),
        ("Subject", "Fwd: Interview Confirmation: Maasbrug Logistics - Business Analyst Transport"),
        ("Date", date(when, BER)),
        ("Message-ID", "<CAH3pXk9Lq2v0WfB7cRt1Zn8sMd4e@mail.gmail.com>"),
    ], alt(text(body, cte="quoted-printable"), html(gmail_html(body))))


@neg(42, "interview_panel_current_job", "de", None,
     "Outlook invitation from Mehmet's current client asking him to sit on the panel for THEIR "
     "candidate ('Interview Laura Peters', Mon 16 Nov 10:00-11:00) - he is the interviewer, not the "
     "candidate", days=(("Mon", "2026-11-16"),))
def m42():
    when = "2026-11-10 13:31"
    plain = t("""
        Wann: Montag, 16. November 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Besprechungsraum Hafen 2 / Microsoft Teams-Besprechung

        Hallo Mehmet,

        da du das WMS-Rollout am besten kennst: Magst du beim Interview mit Frau Peters (Bewerbung
        Junior WMS-Entwicklerin) als Fachexperte dabei sein? Ich übernehme den HR-Teil, du die
        Fachfragen. Lebenslauf liegt im Projektordner unter /Recruiting/2026-11.

        Danke dir!
        Hanna

        Hanna Sommer
        Teamleitung IT-Anwendungen
        Brackel Logistik GmbH · Flughafenstraße 418 · 44328 Dortmund
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sommer Hanna:mailto:hanna.sommer@brackel-logistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mehmet Aydın (extern):mailto:mehmet.aydin@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Laura Peters:mailto:laura.peters@example.net
        UID:040000008200E00074C5B7101A82E00800000000B7E5C19A4D70DD01000000000000000010000000C5A81F2E0B9D47E3A6F4D17B2E09C863
        SUMMARY;LANGUAGE=de-DE:Interview Laura Peters – Junior WMS-Entwicklerin
        DTSTART;TZID=W. Europe Standard Time:20261116T100000
        DTEND;TZID=W. Europe Standard Time:20261116T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261110T123100Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Hafen 2 / Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2120.outbound.protection.outlook.com [40.107.20.120])",
                        when, BER, "Br4Lg9Vp2cWm")),
        ("From", addr("Sommer, Hanna", "hanna.sommer@brackel-logistik.de")),
        ("To", ME),
        ("Subject", enc("Interview Laura Peters – Junior WMS-Entwicklerin")),
        ("Thread-Topic", enc("Interview Laura Peters – Junior WMS-Entwicklerin")),
        ("Date", date(when, BER)),
        ("Message-ID", "<DU2PR10MB7641D3A08E5F21B9C4E7A0F2C8344@DU2PR10MB7641.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
    ], alt(text(plain), calendar(ics, cte="base64")))


@neg(43, "auto_reply", "de", None,
     "Out-of-office auto-reply from the Rheinkai recruiter to Mehmet's reply; subject mentions the "
     "interview confirmation but the body only gives absence dates ('bis einschließlich Fr., 9.10.')",
     days=(("Fri", "2026-10-09"),))
def m43():
    when = "2026-10-05 08:12"
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Fr., 9.10. nicht im Büro und habe nur eingeschränkt Zugriff auf
        meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie
        sich bitte an bewerbung@rheinkai-spedition.de oder 0211 98765-200.

        Mit freundlichen Grüßen
        Katharina Meis
        """)
    return message([
        ("Received", mx("from mail.rheinkai-spedition.de (mail.rheinkai-spedition.de [62.157.140.18])", when, BER, "Oo3Ab7Re1zNk")),
        ("From", addr("Meis, Katharina", "katharina.meis@rheinkai-spedition.de")),
        ("To", TO),
        ("Subject", enc("Automatische Antwort: Re: Bestätigung Ihres Vorstellungsgesprächs bei der Rheinkai "
                        "Spedition GmbH")),
        ("Date", date(when, BER)),
        ("Message-ID", "<b7c2e9f0a4d14e6fb1c3a5d8e2f07b91@rheinkai-spedition.de>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], text(body))


@neg(44, "bounce", "en", None,
     "Mail delivery failure: Mehmet's own reply accepting 'Di., 1.12. um 10 Uhr' (thread with the "
     "Hellweg proposal) bounced because of a typo in the domain - nothing was confirmed by the company",
     days=(("Tue", "2026-12-01"),))
def m44():
    when = "2026-11-25 20:03"
    orig_when = "2026-11-25 20:02"
    orig = message([
        ("From", addr("Mehmet Aydın", ME)),
        ("To", addr("Jessica Meyer", "j.meyer@hellweg-distribtion.de")),
        ("Subject", "Re: Ihre Bewerbung als SAP EWM Berater"),
        ("Date", date(orig_when, BER)),
        ("Message-ID", "<e41b7c20-9f3a-4d68-b5e2-0c7a19d3f856@example.org>"),
    ], text(t("""
        Hallo Frau Meyer,

        vielen Dank für die Einladung! Di., 1.12. um 10 Uhr passt mir sehr gut, ich komme gerne nach Unna.

        Viele Grüße
        Mehmet Aydın
        """), cte="8bit"))
    report = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <j.meyer@hellweg-distribtion.de>: Host or domain name not found. Name service error
            for name=hellweg-distribtion.de type=MX: Host not found, try again
        """)
    status = t(f"""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4Ck2Rp6ZxTz9sWq
        Arrival-Date: {date(orig_when, BER)}

        Final-Recipient: rfc822; j.meyer@hellweg-distribtion.de
        Original-Recipient: rfc822;j.meyer@hellweg-distribtion.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=hellweg-distribtion.de type=MX: Host not found, try again
        """)
    status_part = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                       status.replace("\n", "\r\n").encode("ascii"))
    body = multipart("report", text(report, charset="us-ascii", cte="7bit"), status_part,
                     attached_message(orig), params="report-type=delivery-status")
    return message([
        ("Received", "by mx01.example.org (Postfix) id 7Hd3Kq1WzLz9sWr; " + date(when, BER)),
        ("From", "MAILER-DAEMON@mx01.example.org (Mail Delivery System)"),
        ("To", ME),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(when, BER)),
        ("Message-ID", "<20261125190300.7Hd3Kq1WzLz9sWr@mx01.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ], body)


@neg(45, "flat_viewing", "de", None,
     "Flat viewing confirmed 'Samstag, 17.10.2026 um 11:30 Uhr' via a property portal - a fixed "
     "appointment, not an interview", days=(("Sat", "2026-10-17"),))
def m45():
    when = "2026-10-13 18:49"
    plain = t("""
        Hallo Herr Aydın,

        vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Kreuzstraße 44, Dortmund
        (Kreuzviertel), 2. OG, 78 m².

        Gerne bestätigen wir Ihnen einen Besichtigungstermin:
        Samstag, 17.10.2026 um 11:30 Uhr

        Treffpunkt ist vor dem Hauseingang. Bitte bringen Sie eine aktuelle SCHUFA-Auskunft und
        die letzten drei Gehaltsnachweise mit.

        Mit freundlichen Grüßen
        Petra Lübbering
        Westfalia Wohnen Immobilien GmbH

        ---
        Diese Nachricht wurde Ihnen über das Immoportal-Kontaktformular zugestellt.
        Antworten Sie direkt auf diese E-Mail, um dem Anbieter zu schreiben.
        """)
    return message([
        ("Received", mx("from relay.immoportal.example.com (relay.immoportal.example.com [198.51.100.23])", when, BER, "Im8Wv4Qs6nFj")),
        ("From", addr("Westfalia Wohnen über Immoportal", "anbieter-8812734@relay.immoportal.example.com")),
        ("To", ME),
        ("Subject", enc("Besichtigungstermin Kreuzstraße 44 – Samstag 11:30 Uhr")),
        ("Date", date(when, BER)),
        ("Message-ID", "<immoportal.msg.8812734.55120@relay.immoportal.example.com>"),
    ], text(plain, cte="base64"))


@neg(46, "parent_teacher", "de", None,
     "School booking system confirms a parent-teacher slot 'Do., 26.11.2026, 16:40 - 16:50 Uhr' "
     "(Elternsprechtag) - not an interview", days=(("Thu", "2026-11-26"),))
def m46():
    when = "2026-11-20 07:15"
    body_html = t("""
        <html><body style="font-family:Verdana,sans-serif;font-size:13px">
        <p>Sehr geehrte Eltern,</p>
        <p>Ihre Buchung für den Elternsprechtag der Grundschule am Hoeschpark wurde bestätigt:</p>
        <table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
        <tr><th>Lehrkraft</th><th>Datum</th><th>Uhrzeit</th><th>Raum</th></tr>
        <tr><td>Frau Lindemann (Klasse 3b, Kind: Elif Aydın)</td><td>Do., 26.11.2026</td><td>16:40 - 16:50 Uhr</td><td>A 12</td></tr>
        </table>
        <p>Bitte seien Sie pünktlich, da die Gespräche eng getaktet sind.</p>
        <p>Mit freundlichen Grüßen<br>Das Sekretariat</p>
        <p style="font-size:10px;color:#888">Diese E-Mail wurde automatisch von Sprechtag-Online erzeugt.</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail.sprechtag-online.example.net (mail.sprechtag-online.example.net [203.0.113.88])", when, BER, "Et5Ls9Ph3yDw")),
        ("From", addr("Sprechtag-Online", "noreply@sprechtag-online.example.net")),
        ("To", ME),
        ("Subject", enc("Buchungsbestätigung Elternsprechtag – Grundschule am Hoeschpark")),
        ("Date", date(when, BER)),
        ("Message-ID", "<st-8f4a1e9c-20261120061500@sprechtag-online.example.net>"),
    ], html(body_html))


@neg(47, "work_meeting", "de", None,
     "Recurring Outlook invitation from the current client: 'Sprint Review WMS-Rollout', every second "
     "Thursday from Do., 10.9. at 15:00 (RRULE) - routine work meeting", days=(("Thu", "2026-09-10"),))
def m47():
    when = "2026-09-03 11:50"
    plain = t("""
        Wann: Alle 2 Woche(n) am Donnerstag, gültig ab 10.09.2026 von 15:00 bis 16:00
        (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        Hallo zusammen,

        ab nächster Woche machen wir das Sprint Review alle zwei Wochen donnerstags. Bitte Demos
        vorher im Confluence eintragen.

        Gruß
        Hanna
        """)
    ics = t("""
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        """) + VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Sommer Hanna:mailto:hanna.sommer@brackel-logistik.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Mehmet Aydın (extern):mailto:mehmet.aydin@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Team IT-Anwendungen:mailto:it-anwendungen@brackel-logistik.de
        RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO
        UID:040000008200E00074C5B7101A82E008000000009A1C4E2F7B3BDC010000000000000000100000006E0D2B8F1C4A43F79A5E0C3B17D26A90
        SUMMARY;LANGUAGE=de-DE:Sprint Review WMS-Rollout
        DTSTART;TZID=W. Europe Standard Time:20260910T150000
        DTEND;TZID=W. Europe Standard Time:20260910T160000
        DTSTAMP:20260903T095000Z
        SEQUENCE:0
        STATUS:CONFIRMED
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    return message([
        ("Received", mx("from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2131.outbound.protection.outlook.com [40.107.20.131])",
                        when, BER, "Sr2Vw6Tb0kQn")),
        ("From", addr("Sommer, Hanna", "hanna.sommer@brackel-logistik.de")),
        ("To", "Team IT-Anwendungen <it-anwendungen@brackel-logistik.de>"),
        ("CC", ME),
        ("Subject", "Sprint Review WMS-Rollout"),
        ("Date", date(when, BER)),
        ("Message-ID", "<DU2PR10MB76419B2C0E1F43A8D6E2B5F1A7210@DU2PR10MB7641.EURPRD10.PROD.OUTLOOK.COM>"),
        ("Content-Language", "de-DE"),
    ], alt(text(plain), calendar(ics, cte="base64")))


@neg(48, "meetup", "en", None,
     "Meetup RSVP confirmation 'Tuesday, December 8, 2026, 6:30 PM CET' for a talk with a 'live "
     "interview' on stage - an event, not a job interview", days=(("Tue", "2026-12-08"),))
def m48():
    when = "2026-12-01 12:00"
    plain = t("""
        You're going!

        Logistics Tech Ruhr #14: Live interview with the CTO of a Duisburg port operator

        Tuesday, December 8, 2026
        6:30 PM to 9:00 PM CET

        Unperfekthaus, Friedrich-Ebert-Straße 18, Essen

        Hosted by Ilka B. and Sebastian T.

        Add to calendar: https://www.meetup.com/logistics-tech-ruhr/events/30417752/ical/
        Can't make it? Update your RSVP so someone on the waitlist can take your spot.

        Meetup, PO Box 4668 #37895, New York, NY 10163-4668
        Unsubscribe from these emails: https://www.meetup.com/account/comm/
        """)
    body_html = ("<html><body style=\"font-family:Graphik,Helvetica,Arial,sans-serif\">"
                 + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in plain.split("\n\n"))
                 + "</body></html>\n")
    return message([
        ("Received", mx("from mail180-20.suw21.mandrillapp.com (mail180-20.suw21.mandrillapp.com [198.2.180.20])", when, BER, "Mu6Pe1Kr9sLa")),
        ("From", addr("Meetup", "info@meetup.com")),
        ("To", ME),
        ("Subject", "You're going to Logistics Tech Ruhr #14: Live interview with the CTO of a Duisburg port operator"),
        ("Date", date(when, BER)),
        ("Message-ID", "<20261201110000.30417752.rsvp.mehmet@meetup.com>"),
        ("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),
    ], alt(text(plain), html(body_html)))


@neg(49, "one_way_video", "en", "Cobalt Ridge Logistics",
     "On-demand (one-way) video interview invitation with only a deadline 'by Friday, November 20, "
     "2026 at 11:59 PM CET' - no scheduled time with anyone", days=(("Fri", "2026-11-20"),))
def m49():
    when = "2026-11-13 16:05"
    zone = "America/New_York"
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Mehmet,</p>
        <p>Thank you for your interest in the <b>Regional Solutions Lead, EMEA</b> role at Cobalt Ridge
        Logistics. As the next step, we invite you to complete an on-demand video interview.</p>
        <p>You will answer 5 pre-recorded questions at a time that suits you. Each answer can be up to
        3 minutes long, and you can practice as often as you like before you start.</p>
        <p><b>Please complete your interview by Friday, November 20, 2026 at 11:59 PM CET.</b></p>
        <p><a href="https://app.hirevue.com/interviews/cobaltridge/7QmX2kP9" style="background:#1a73e8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Start Interview</a></p>
        <p>Good luck!<br>Cobalt Ridge Logistics Talent Team</p>
        <p style="font-size:11px;color:#888">Please do not reply to this message. Technical questions: support.hirevue.com</p>
        </body></html>
        """)
    return message([
        ("Received", mx("from mail.hirevue.com (mail.hirevue.com [54.148.211.77])", when, zone, "Hv3Yq7Ot2dMx")),
        ("From", addr("Cobalt Ridge Logistics", "noreply@hirevue.com")),
        ("To", ME),
        ("Subject", "Cobalt Ridge Logistics: Your video interview invitation"),
        ("Date", date(when, zone)),
        ("Message-ID", "<hv.invite.7QmX2kP9.1794690300@hirevue.com>"),
    ], html(body_html, cte="base64"))


@neg(50, "interview_proposed", "de", "Hellweg Distribution",
     "Recruiter offers two slots ('Di., 1.12. um 10 Uhr oder Mi., 2.12. um 14 Uhr') and asks which "
     "fits - not confirmed; the candidate's acceptance bounced (see the bounce in this set)",
     days=(("Tue", "2026-12-01"), ("Wed", "2026-12-02")))
def m50():
    when = "2026-11-25 11:36"
    body = t("""
        Sehr geehrter Herr Aydın,

        vielen Dank für Ihre Bewerbung als SAP EWM Berater (m/w/d). Wir würden Sie gerne persönlich
        in Unna kennenlernen.

        Ich könnte Ihnen Di., 1.12. um 10 Uhr oder Mi., 2.12. um 14 Uhr anbieten. Was passt Ihnen
        besser? Nach Ihrer Rückmeldung sende ich Ihnen eine Einladung mit allen Details.

        Mit freundlichen Grüßen

        Jessica Meyer
        Personalreferentin
        Hellweg Distribution GmbH
        Hansastraße 9 · 59425 Unna
        j.meyer@hellweg-distribution.de
        """)
    return message([
        ("Received", mx("from mail.hellweg-distribution.de (mail.hellweg-distribution.de [217.160.0.77])", when, BER, "Hd9Jm4Wx1cRe")),
        ("From", addr("Jessica Meyer", "j.meyer@hellweg-distribution.de")),
        ("To", TO),
        ("Subject", "Ihre Bewerbung als SAP EWM Berater"),
        ("Date", date(when, BER)),
        ("Message-ID", "<5a2e71c9d8b04f36a1e2@hellweg-distribution.de>"),
    ], text(body, cte="quoted-printable"))
