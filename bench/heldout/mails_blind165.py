"""blind165: 50 hand-written mails from the inbox of Simon Keller, a medical-imaging software
developer in Würzburg (Europe/Berlin), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out mails); built and
checked by ``python3 bench/heldout/make_blind.py blind165``. One function per mail; keys 1-23 are
the positives, 24-50 the negatives; file numbers are a fixed shuffle of the writing order.
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

ORDER = random.Random(1650165).sample(range(1, 51), 50)
BER = "Europe/Berlin"
SIMON = "simon.keller@example.org"
TO = addr("Simon Keller", SIMON)


def n(key: int) -> str:
    return f"blind165_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, mid: str, *, to: str = TO,
         rcv: tuple[str, str] | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", SIMON)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], SIMON)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", mid)]
    hs += list(extra)
    return hs


def vcal(prodid: str, method: str | None, body: str, *zones: str) -> str:
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += [VTZ[z] for z in zones]
    lines += [t(body).strip("\n"), "END:VCALENDAR"]
    return "\n".join(lines)


MX = "mx01.example.org (Postfix) with ESMTPS id"


# =========================================================================== positives


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start="2026-09-10T12:00:00Z", end="2026-09-10T13:00:00Z",
      contact="marisa.okafor@helioscan-imaging.de", company="Helioscan Imaging GmbH",
      local="Thu 2026-09-10 14:00", local_end="2026-09-10 15:00", zone=BER,
      note="Greenhouse confirmation, onsite in Erlangen; 2:00-3:00 PM CEST (UTC+2 in September) -> "
           "12:00-13:00Z, ICS in Europe/Berlin agrees; contact = human Reply-To recruiter")
def m01() -> bytes:
    body = t("""
        Hi Simon,

        Thanks for making time to speak with us about the Senior Software Engineer, Medical
        Imaging role in Erlangen. Your interview is confirmed - here are the details:

        Technical interview - Image reconstruction pipeline
        Thursday, September 10, 2026
        2:00 PM - 3:00 PM CEST

        Location: Helioscan Imaging GmbH, Lindenhofstraße 14, 91058 Erlangen
        (reception on the ground floor, ask for the R&D visitor desk)

        You'll meet:
          Dr. Florian Weidinger - Head of Reconstruction
          Yuki Tanabe - Staff Software Engineer

        Please bring a photo ID for your visitor badge. If anything changes, just reply to this
        email and it will reach me directly.

        Best,
        Marisa Okafor
        Talent Acquisition | Helioscan Imaging

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Simon,</p>
        <p>Thanks for making time to speak with us about the <b>Senior Software Engineer, Medical Imaging</b>
        role in Erlangen. Your interview is confirmed - here are the details:</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Interview</b></td><td>Technical interview - Image reconstruction pipeline</td></tr>
        <tr><td><b>When</b></td><td>Thursday, September 10, 2026<br>2:00 PM - 3:00 PM CEST</td></tr>
        <tr><td><b>Where</b></td><td>Helioscan Imaging GmbH, Lindenhofstraße 14, 91058 Erlangen</td></tr>
        <tr><td><b>Interviewers</b></td><td>Dr. Florian Weidinger, Yuki Tanabe</td></tr>
        </table>
        <p>Please bring a photo ID for your visitor badge. If anything changes, just reply to this email.</p>
        <p>Best,<br>Marisa Okafor<br>Talent Acquisition | Helioscan Imaging</p>
        <p style="color:#999;font-size:11px">Powered by Greenhouse</p>
        </body></html>
        """)
    ics = vcal("-//Greenhouse Software//Greenhouse Scheduling//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:gh-interview-7f3c1a90-5b2e-4d1c-9e4a-2f61d0c8a317
        DTSTAMP:20260908T081422Z
        DTSTART;TZID=Europe/Berlin:20260910T140000
        DTEND;TZID=Europe/Berlin:20260910T150000
        SUMMARY:Interview: Simon Keller – Senior Software Engineer, Medical Imaging
        LOCATION:Helioscan Imaging GmbH, Lindenhofstraße 14, 91058 Erlangen
        ORGANIZER;CN=Marisa Okafor:mailto:marisa.okafor@helioscan-imaging.de
        ATTENDEE;CN=Simon Keller;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:simon.keller@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """, BER)
    hs = head("Helioscan Imaging <no-reply@us.greenhouse-mail.io>",
              "Interview Confirmation: Senior Software Engineer, Medical Imaging at Helioscan Imaging",
              "2026-09-08 10:14:22", BER, "<gh.a81f2c0e93d4.20260908081422@us.greenhouse-mail.io>",
              rcv=("from o7.email.greenhouse.io (o7.email.greenhouse.io [167.89.12.71])", MX + " 4MfQ1x2Kp9z"),
              extra=(("Reply-To", "Marisa Okafor <marisa.okafor@helioscan-imaging.de>"),
                     ("X-SG-EID", "u001.Xk2pQe8nR0c3mA")))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="invite.ics", disposition="attachment")))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      start="2026-09-15T07:30:00Z", contact="katrin.wolf@mainfranken-medizintechnik.de",
      company="Mainfranken Medizintechnik GmbH", local="Tue 2026-09-15 09:30", zone=BER,
      note="Personio, HTML only (base64): Dienstag, 15.09.2026 um 9:30 Uhr in Schweinfurt, CEST -> "
           "07:30Z; 'ca. 60 Minuten' is approximate so end null; Reply-To is the bewerbung@ role "
           "mailbox, contact = the named HR person's address in the body")
def m02() -> bytes:
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="margin:0;background:#f4f5f7">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
        <tr><td style="padding:24px"><img src="https://mainfranken-medizintechnik.jobs.personio.de/logo.png" alt="Mainfranken Medizintechnik" height="40"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Sehr geehrter Herr Keller,</p>
        <p>vielen Dank für Ihre Bewerbung als <strong>Softwareentwickler C++ / Bildverarbeitung (m/w/d)</strong>.
        Wir freuen uns, Sie persönlich kennenzulernen, und bestätigen Ihnen hiermit den folgenden Termin:</p>
        <p style="background:#eef3f8;padding:12px">
        <strong>Vorstellungsgespräch</strong><br>
        Dienstag, 15.09.2026 um 9:30 Uhr<br>
        Dauer: ca. 60 Minuten<br>
        Ort: Mainfranken Medizintechnik GmbH, Hafenstraße 9, 97424 Schweinfurt, Gebäude B, Empfang</p>
        <p>Im Gespräch sind Herr Matthias Glöckner (Teamleitung Software) und ich dabei.
        Parkplätze finden Sie direkt vor dem Gebäude.</p>
        <p>Sollten Sie den Termin nicht wahrnehmen können, geben Sie mir bitte rechtzeitig Bescheid:
        Katrin Wolf, Tel. 09721 47 38-212, <a href="mailto:katrin.wolf@mainfranken-medizintechnik.de">katrin.wolf@mainfranken-medizintechnik.de</a></p>
        <p>Mit freundlichen Grüßen<br>Katrin Wolf<br>Personal &amp; Recruiting</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#888">Mainfranken Medizintechnik GmbH · Hafenstraße 9 · 97424 Schweinfurt<br>
        Diese E-Mail wurde über Personio versendet. <a href="https://www.personio.de/datenschutz">Datenschutz</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head("Mainfranken Medizintechnik GmbH <noreply@personio.de>",
              "Einladung zum Vorstellungsgespräch – Softwareentwickler C++ / Bildverarbeitung (m/w/d)",
              "2026-09-09 16:02:51", BER, "<0102019c3a7e5b1f-5d2a8c44-e1b0-4f9a-9c77-31ad0f6b2e18-000000@eu-central-1.amazonses.com>",
              rcv=("from a27-18.smtp-out.eu-central-1.amazonses.com (a27-18.smtp-out.eu-central-1.amazonses.com [54.240.27.18])",
                   MX + " 4MgT7s0Wc1z"),
              extra=(("Reply-To", "bewerbung@mainfranken-medizintechnik.de"),))
    return message(hs, html(page, cte="base64"))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start="2026-09-23T08:15:00Z", contact="tobias.schraud@bildwerk-labs.de", company="Bildwerk Labs UG",
      local="Wed 2026-09-23 10:15", zone=BER,
      note="Franconian du-mail from the founder, Date Thu 17 Sep: 'kommende Woche Mittwoch um viertel elf' = "
           "Wed 23 Sep 10:15 CEST -> 08:15Z ('viertel elf' is a quarter past ten); 'bis Mittag' is no exact "
           "end; contact = human sender")
def m03() -> bytes:
    body = t("""
        Servus Simon,

        sorry für die späte Antwort, war die ganze Woch auf der Messe in Düsseldorf.
        Ja passt uns gut, dann machen mers kommende Woche Mittwoch um viertel elf bei uns im Büro
        (Zeller Str. 40, 2. Stock, klingeln bei "Bildwerk"). Der Basti von der Segmentierung ist
        auch dabei, der will dir bissl was zu unserem Annotation-Tool zeigen. Rechne mal bis Mittag
        rum, dann gehn mer vielleicht noch ne Kleinigkeit essen.

        Kaffee gibts, Laptop brauchst keinen.

        Bis dann
        Tobi

        --
        Tobias Schraud
        Gründer & CTO | Bildwerk Labs UG (haftungsbeschränkt)
        Zeller Straße 40 · 97082 Würzburg
        0931 / 3047 1182

        Am Mi., 16. Sept. 2026 um 18:03 Uhr schrieb Simon Keller <simon.keller@example.org>:
        > Hallo Tobias,
        >
        > danke nochmal für das nette Telefonat am Montag. Wie besprochen würde ich mich freuen,
        > mal bei euch vorbeizuschauen und das Team kennenzulernen. Nächste Woche geht bei mir
        > Dienstag bis Donnerstag vormittags.
        >
        > Viele Grüße
        > Simon
        """)
    hs = head("Tobias Schraud <tobias.schraud@bildwerk-labs.de>", "Re: Kennenlernen bei Bildwerk",
              "2026-09-17 21:48:09", BER, "<CAH7vQk2=Tz9p_Lr5mE+0aWq3nXbDfR1s@mail.gmail.com>",
              rcv=("from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])", MX + " 4MmB2qR8yVz"),
              extra=(("In-Reply-To", "<e3b1c7a2-91d0-4f6e-8a55-0c2d7b9e4f11@example.org>"),
                     ("References", "<e3b1c7a2-91d0-4f6e-8a55-0c2d7b9e4f11@example.org>")))
    return message(hs, text(body, cte="8bit"))


@mail(n(4), family="exchange", lang="de", interview=True, kind="scheduled",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:30:00Z",
      contact="henrike.baumann@aurelon-medical.com", company="Aurelon Medical Systems AG",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:30", zone=BER,
      note="Exchange meeting request (W. Europe Standard Time) sent Fri 23 Oct in CEST for Mon 26 Oct, the "
           "first day after the switch to CET: 10:00-11:30 CET -> 09:00-10:30Z; contact = ORGANIZER")
def m04() -> bytes:
    body = t("""
        Sehr geehrter Herr Keller,

        wie heute telefonisch besprochen sende ich Ihnen die Einladung zu unserem zweiten Gespräch
        am Montag, den 26.10., von 10:00 bis 11:30 Uhr. Wir treffen uns per Teams; mit dabei sind
        Herr Dr. Lohmüller (Leitung Plattformentwicklung) und Frau Aydin (Product Owner CT).
        Bitte planen Sie im zweiten Teil etwa 30 Minuten für eine kleine Code-Review-Übung ein.

        Beste Grüße
        Henrike Baumann
        Talent Acquisition Partner
        Aurelon Medical Systems AG | Werner-von-Braun-Ring 3 | 91052 Erlangen

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ4ZTk2YjUtYjc1Ni00ZmE3LWI4MjItYTcxNjdmYjE0NmRh%40thread.v2/0?context=%7b%22Tid%22%3a%22a4f1%22%7d>
        Besprechungs-ID: 364 918 227 05
        Passcode: q7Xk2P
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body lang="DE"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrter Herr Keller,</p>
        <p class="MsoNormal">wie heute telefonisch besprochen sende ich Ihnen die Einladung zu unserem zweiten Gespräch
        am Montag, den 26.10., von 10:00 bis 11:30 Uhr. Wir treffen uns per Teams; mit dabei sind Herr Dr. Lohmüller
        (Leitung Plattformentwicklung) und Frau Aydin (Product Owner CT). Bitte planen Sie im zweiten Teil etwa
        30 Minuten für eine kleine Code-Review-Übung ein.</p>
        <p class="MsoNormal">Beste Grüße<br>Henrike Baumann<br>Talent Acquisition Partner<br>
        Aurelon Medical Systems AG | Werner-von-Braun-Ring 3 | 91052 Erlangen</p>
        <div style="margin-bottom:24px;overflow:hidden;white-space:nowrap">____________________________________________</div>
        <div><span style="font-size:24px;font-weight:700">Microsoft Teams-Besprechung</span></div>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ4ZTk2YjUtYjc1Ni00ZmE3LWI4MjItYTcxNjdmYjE0NmRh%40thread.v2/0">Hier klicken, um an der Besprechung teilzunehmen</a></div>
        <div>Besprechungs-ID: 364 918 227 05<br>Passcode: q7Xk2P</div>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Baumann, Henrike:mailto:henrike.baumann@aurelon-medical.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=simon.keller@example.org:mailto:simon.keller@example.org
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lohmüller, Jens:mailto:jens.lohmueller@aurelon-medical.com
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Keller,\\n\\nwie heute telefonisch besprochen sende ich Ihnen die Einladung zu unserem zweiten Gespräch.\\n
        UID:040000008200E00074C5B7101A82E00800000000A0F3D1B2C962DC01000000000000000010000000E5A7
        SUMMARY;LANGUAGE=de-DE:Interview Simon Keller – Senior Software Engineer Plattform (2. Gespräch)
        DTSTART;TZID=W. Europe Standard Time:20261026T100000
        DTEND;TZID=W. Europe Standard Time:20261026T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261023T092011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2118429731
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
        """, "W. Europe Standard Time")
    hs = head("\"Baumann, Henrike\" <henrike.baumann@aurelon-medical.com>",
              "Interview Simon Keller – Senior Software Engineer Plattform (2. Gespräch)",
              "2026-10-23 11:20:11", BER, "<AM9PR04MB8211C3D1E4F5A6B7C8D9E0F1A2B3C@AM9PR04MB8211.eurprd04.prod.outlook.com>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
                   MX + " 4N1cK7yTq2z"),
              extra=(("Thread-Topic", "Interview Simon Keller - Senior Software Engineer Plattform (2. Gespräch)".replace("ä", "ae")),
                     ("Thread-Index", "AdrlQ2x9n5B0kT7cR1+8aYh3FqWzNg=="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    cal = calendar(ics, cte="base64")
    return message(hs, alt(text(body), html(page), cal))


@mail(n(5), family="calendly", lang="en", interview=True, kind="scheduled",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:30:00Z",
      contact="dana.whitfield@quillmarkhealth.com", company="Quillmark Health",
      local="Tue 2026-11-03 16:00", local_end="2026-11-03 16:30", zone=BER,
      note="Calendly invitee confirmation in the invitee's zone (Central European Time): 4:00pm-4:30pm Tue "
           "3 Nov, CET -> 15:00-15:30Z (the US host is on EST since 1 Nov, irrelevant); contact = host's "
           "Reply-To")
def m05() -> bytes:
    body = t("""
        Hi Simon Keller,

        Your event has been scheduled.

        Event Type:
        Intro call - Senior Imaging Software Engineer (Remote, EU)

        Event Date/Time:
        04:00pm - 04:30pm (Central European Time), Tuesday, November 3, 2026

        Invitee Time Zone:
        Central European Time

        Host:
        Dana Whitfield

        Location:
        This is a Zoom web conference. You can join this meeting from your computer, tablet, or
        smartphone.
        https://quillmarkhealth.zoom.us/j/84120977315?pwd=dGhQa2xUb0p5Y1N6

        Questions:
        Please share anything that will help prepare for our meeting.
        Looking forward to hearing more about the DICOM SR work.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6b1f0d7e-2a54-4c1e-b6a3-9f2d0e8c7a41
        Reschedule: https://calendly.com/reschedulings/6b1f0d7e-2a54-4c1e-b6a3-9f2d0e8c7a41

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Simon Keller,</p><p>Your event has been scheduled.</p>
        <p><b>Event Type:</b><br>Intro call - Senior Imaging Software Engineer (Remote, EU)</p>
        <p><b>Event Date/Time:</b><br>04:00pm - 04:30pm (Central European Time), Tuesday, November 3, 2026</p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>Host:</b><br>Dana Whitfield</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://quillmarkhealth.zoom.us/j/84120977315?pwd=dGhQa2xUb0p5Y1N6">https://quillmarkhealth.zoom.us/j/84120977315</a></p>
        <p><a href="https://calendly.com/cancellations/6b1f0d7e-2a54-4c1e-b6a3-9f2d0e8c7a41">Cancel</a> |
        <a href="https://calendly.com/reschedulings/6b1f0d7e-2a54-4c1e-b6a3-9f2d0e8c7a41">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p></body></html>
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:6b1f0d7e-2a54-4c1e-b6a3-9f2d0e8c7a41@calendly.com
        DTSTAMP:20261030T133107Z
        DTSTART:20261103T150000Z
        DTEND:20261103T153000Z
        SUMMARY:Intro call - Senior Imaging Software Engineer (Remote\\, EU)
        LOCATION:https://quillmarkhealth.zoom.us/j/84120977315?pwd=dGhQa2xUb0p5Y1N6
        ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@quillmarkhealth.com
        ATTENDEE;CN=Simon Keller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:simon.keller@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Intro call - Senior Imaging Software Engineer (Remote, EU) between Dana Whitfield "
              "and Simon Keller @ Tue Nov 3, 2026 4pm - 4:30pm (CET)",
              "2026-10-30 14:31:07", BER, "<20261030133107.6b1f0d7e2a54@calendly.com>",
              rcv=("from mail.calendly.com (mail.calendly.com [198.2.180.61])", MX + " 4N5wP3mXk8z"),
              extra=(("Reply-To", "Dana Whitfield <dana.whitfield@quillmarkhealth.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="7bit", filename="invite.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(6), family="workday", lang="de", interview=True, kind="scheduled",
      start="2026-10-14T09:00:00Z", end="2026-10-14T09:45:00Z",
      contact="lena.hartung@norvance-diagnostics.com", company="Norvance Diagnostics GmbH",
      local="Wed 2026-10-14 11:00", local_end="2026-10-14 11:45", zone=BER,
      note="Workday notification in German: Mittwoch, 14. Oktober 2026, 11:00 MESZ, Dauer 45 Minuten -> "
           "09:00-09:45Z; ICS in UTC agrees; sender is the tenant relay, contact = recruiter address in body")
def m06() -> bytes:
    body = t("""
        Guten Tag Simon Keller,

        Ihr Vorstellungsgespräch für die Stelle R-10472 Senior Software Engineer Bildanalyse (w/m/d)
        wurde geplant.

        Datum: Mittwoch, 14. Oktober 2026
        Uhrzeit: 11:00 MESZ
        Dauer: 45 Minuten
        Format: Videointerview (Microsoft Teams - den Link erhalten Sie separat)
        Gesprächspartner: Dr. Aylin Korkmaz, Director Software Engineering

        Bei Fragen wenden Sie sich bitte an Ihre Recruiterin Lena Hartung
        (lena.hartung@norvance-diagnostics.com).

        Sie können Ihren Bewerbungsstatus jederzeit im Kandidatenportal einsehen:
        https://wd3.myworkdaysite.com/recruiting/norvance/Norvance_Careers

        Mit freundlichen Grüßen
        Ihr Norvance Talent Acquisition Team

        Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Guten Tag Simon Keller,</p>
        <p>Ihr Vorstellungsgespräch für die Stelle <b>R-10472 Senior Software Engineer Bildanalyse (w/m/d)</b> wurde geplant.</p>
        <table><tr><td>Datum:</td><td>Mittwoch, 14. Oktober 2026</td></tr>
        <tr><td>Uhrzeit:</td><td>11:00 MESZ</td></tr><tr><td>Dauer:</td><td>45 Minuten</td></tr>
        <tr><td>Format:</td><td>Videointerview (Microsoft Teams)</td></tr>
        <tr><td>Gesprächspartner:</td><td>Dr. Aylin Korkmaz, Director Software Engineering</td></tr></table>
        <p>Bei Fragen wenden Sie sich bitte an Ihre Recruiterin Lena Hartung
        (<a href="mailto:lena.hartung@norvance-diagnostics.com">lena.hartung@norvance-diagnostics.com</a>).</p>
        <p>Mit freundlichen Grüßen<br>Ihr Norvance Talent Acquisition Team</p>
        <p style="color:#777;font-size:11px">Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.</p>
        </body></html>
        """)
    ics = vcal("-//Workday Inc//Workday//EN", "PUBLISH", """
        BEGIN:VEVENT
        UID:WD-INTERVIEW-4f0c1d2e9a8b7c6d5e4f3a2b1c0d9e8f
        DTSTAMP:20261007T070312Z
        DTSTART:20261014T090000Z
        DTEND:20261014T094500Z
        SUMMARY:Vorstellungsgespräch: Senior Software Engineer Bildanalyse (w/m/d)
        DESCRIPTION:Gesprächspartner: Dr. Aylin Korkmaz
        END:VEVENT
        """)
    hs = head("Norvance Diagnostics <norvance@myworkday.com>",
              "Vorstellungsgespräch geplant: Senior Software Engineer Bildanalyse (w/m/d)",
              "2026-10-07 09:03:12", BER, "<1129384756.48213.1791356592012@wd3-impl-prod.myworkday.com>",
              rcv=("from smtp-out-fra.myworkday.com (smtp-out-fra.myworkday.com [185.11.124.33])", MX + " 4MvL8pZ2dRz"))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="PUBLISH", cte="base64", filename="Vorstellungsgespraech.ics",
                                      disposition="attachment")))


@mail(n(7), family="exchange", lang="en", interview=True, kind="scheduled",
      start="2026-10-27T09:00:00Z", end="2026-10-27T10:00:00Z",
      contact="owen.pritchard@tidewellimaging.co.uk", company="Tidewell Imaging Ltd",
      local="Tue 2026-10-27 09:00", local_end="2026-10-27 10:00", zone="Europe/London",
      note="Outlook request from London sent Thu 22 Oct (BST) for Tue 27 Oct, after the UK went back to "
           "GMT on 25 Oct: 09:00-10:00 GMT = 09:00-10:00Z (10:00 in Würzburg); ICS GMT Standard Time; "
           "contact = ORGANIZER")
def m07() -> bytes:
    body = t("""
        When: Tuesday, 27 October 2026 09:00-10:00. (UTC+00:00) Dublin, Edinburgh, Lisbon, London
        Where: Microsoft Teams Meeting

        Hi Simon,

        As promised, here's the invite for the pairing session with Gwen and Arjun. It's 09:00 our
        time, so 10:00 for you in Würzburg now that we've both left summer time behind. We'll work
        through a small DICOM-parsing task in Python, no prep needed beyond having an editor you like.

        Cheers,
        Owen

        Owen Pritchard | Engineering Manager, Platform
        Tidewell Imaging Ltd | 40 Clerkenwell Close, London EC1R 0AA

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA5YTY2NmMtMzFmNi00NTI1LWE0YzctOWQ5ZmI2Y2UxM2I3%40thread.v2/0>
        Meeting ID: 327 554 901 882
        Passcode: 9dT4wq
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Owen Pritchard:mailto:owen.pritchard@tidewellimaging.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Simon Keller:mailto:simon.keller@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwen Harlow:mailto:gwen.harlow@tidewellimaging.co.uk
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Arjun Mehta:mailto:arjun.mehta@tidewellimaging.co.uk
        UID:040000008200E00074C5B7101A82E00800000000B1D2E3F4A5B6DC01000000000000000010000000C3D4
        SUMMARY;LANGUAGE=en-GB:Simon Keller - pairing interview (Platform)
        DTSTART;TZID=GMT Standard Time:20261027T090000
        DTEND;TZID=GMT Standard Time:20261027T100000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T141240Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """, "GMT Standard Time")
    hs = head("Owen Pritchard <owen.pritchard@tidewellimaging.co.uk>",
              "Simon Keller - pairing interview (Platform)",
              "2026-10-22 15:12:40", "Europe/London",
              "<LO2P265MB4417A1B2C3D4E5F60718293A4B5C6D7E@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>",
              rcv=("from GBR01-LO2-obe.outbound.protection.outlook.com (mail-lo2gbr01on2102.outbound.protection.outlook.com [40.107.10.102])",
                   MX + " 4N0bR5tWm6z"),
              extra=(("Thread-Topic", "Simon Keller - pairing interview (Platform)"),
                     ("Thread-Index", "AdrkSg7uY2c0Q1m9T+OaVb8kfLZ3Aw=="),
                     ("Content-Language", "en-GB")))
    return message(hs, alt(text(body, cte="quoted-printable"), calendar(ics, cte="base64")))


@mail(n(8), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start="2026-11-05T12:30:00Z", end="2026-11-05T13:30:00Z",
      contact="miriam.seitz@frankenwerk.de", company="Frankenwerk Software GmbH",
      local="Thu 2026-11-05 13:30", local_end="2026-11-05 14:30", zone=BER,
      note="SmartRecruiters, German: 'Do., 05.11.2026, 13:30 – 14:30 Uhr (MEZ)' -> 12:30-13:30Z; "
           "contact = human Reply-To")
def m08() -> bytes:
    body = t("""
        Hallo Simon,

        vielen Dank, dass du dir Zeit für ein Gespräch mit uns nimmst! Hiermit bestätigen wir deinen
        Interviewtermin:

        Position: Senior Developer Medical Imaging (m/w/d) - Nürnberg / hybrid
        Termin:   Do., 05.11.2026, 13:30 – 14:30 Uhr (MEZ)
        Art:      Vor Ort
        Adresse:  Frankenwerk Software GmbH, Frankenstraße 152, 90461 Nürnberg, 4. OG
        Mit dabei: Miriam Seitz (People & Culture), Daniel Hopf (Teamlead Imaging)

        Bitte melde dich am Empfang, wir holen dich dort ab. Falls etwas dazwischenkommt, antworte
        einfach auf diese E-Mail.

        Viele Grüße
        Miriam Seitz
        People & Culture | Frankenwerk Software GmbH

        --
        Diese Nachricht wurde über SmartRecruiters versendet.
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
        <p>Hallo Simon,</p>
        <p>vielen Dank, dass du dir Zeit für ein Gespräch mit uns nimmst! Hiermit bestätigen wir deinen Interviewtermin:</p>
        <table cellpadding="3">
        <tr><td><b>Position</b></td><td>Senior Developer Medical Imaging (m/w/d) - Nürnberg / hybrid</td></tr>
        <tr><td><b>Termin</b></td><td>Do., 05.11.2026, 13:30 – 14:30 Uhr (MEZ)</td></tr>
        <tr><td><b>Art</b></td><td>Vor Ort</td></tr>
        <tr><td><b>Adresse</b></td><td>Frankenwerk Software GmbH, Frankenstraße 152, 90461 Nürnberg, 4. OG</td></tr>
        <tr><td><b>Mit dabei</b></td><td>Miriam Seitz (People &amp; Culture), Daniel Hopf (Teamlead Imaging)</td></tr>
        </table>
        <p>Bitte melde dich am Empfang, wir holen dich dort ab.</p>
        <p>Viele Grüße<br>Miriam Seitz<br>People &amp; Culture | Frankenwerk Software GmbH</p>
        <p style="font-size:11px;color:#999">Diese Nachricht wurde über SmartRecruiters versendet.</p>
        </body></html>
        """)
    hs = head("Frankenwerk Software GmbH <noreply@smartrecruiters.com>",
              "Dein Interview bei Frankenwerk Software: Do., 05.11.2026",
              "2026-10-30 10:45:33", BER, "<0100019e2c4b7d21-9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d-000000@email.smartrecruiters.com>",
              rcv=("from mail-out.smartrecruiters.com (mail-out.smartrecruiters.com [52.28.140.17])", MX + " 4N5q1VbLd3z"),
              extra=(("Reply-To", "Miriam Seitz <miriam.seitz@frankenwerk.de>"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(9), family="teamtailor", lang="en", interview=True, kind="scheduled",
      start="2026-12-09T20:00:00Z", end="2026-12-09T20:45:00Z",
      contact="aroha.ngata@harakeke-imaging.co.nz", company="Harakeke Imaging Ltd",
      local="Thu 2026-12-10 09:00", local_end="2026-12-10 09:45", zone="Pacific/Auckland",
      note="Teamtailor from Auckland: Thursday 10 December 9:00-9:45am NZDT (UTC+13) = Wed 9 Dec 20:00-20:45Z, "
           "the previous day in UTC (21:00 Wednesday in Würzburg, as the mail says); Date is Wed 2 Dec NZDT = "
           "Tue 1 Dec UTC; contact = human Reply-To")
def m09() -> bytes:
    body = t("""
        Kia ora Simon,

        Great news - your video interview for Senior Software Engineer, Ultrasound Platform (remote)
        is booked in:

        Thursday 10 December 2026, 9:00-9:45am NZDT (Auckland)
        = Wednesday 9 December, 21:00-21:45 in Würzburg (CET)

        You'll chat with Tama Rewi (Engineering Lead) and me. We'll use Google Meet:
        https://meet.google.com/kzq-rwtb-pxe

        I know the evening slot isn't ideal on your side - thanks for making it work. If anything
        comes up, just reply to this email.

        Ngā mihi,
        Aroha Ngata
        Talent Partner, Harakeke Imaging

        Sent with Teamtailor
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px">
        <div style="max-width:560px;margin:auto">
        <p>Kia ora Simon,</p>
        <p>Great news - your video interview for <strong>Senior Software Engineer, Ultrasound Platform (remote)</strong> is booked in:</p>
        <p style="font-size:17px"><strong>Thursday 10 December 2026, 9:00-9:45am NZDT (Auckland)</strong><br>
        = Wednesday 9 December, 21:00-21:45 in Würzburg (CET)</p>
        <p>You'll chat with Tama Rewi (Engineering Lead) and me. Google Meet:
        <a href="https://meet.google.com/kzq-rwtb-pxe">meet.google.com/kzq-rwtb-pxe</a></p>
        <p>Ngā mihi,<br>Aroha Ngata<br>Talent Partner, Harakeke Imaging</p>
        <p style="color:#aaa;font-size:12px">Sent with Teamtailor</p></div></body></html>
        """)
    ics = vcal("-//Teamtailor//Interview//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:tt-interview-88213-5409@teamtailor.com
        DTSTAMP:20261201T220455Z
        DTSTART;TZID=Pacific/Auckland:20261210T090000
        DTEND;TZID=Pacific/Auckland:20261210T094500
        SUMMARY:Interview: Simon Keller <> Harakeke Imaging
        LOCATION:https://meet.google.com/kzq-rwtb-pxe
        ORGANIZER;CN=Aroha Ngata:mailto:aroha.ngata@harakeke-imaging.co.nz
        ATTENDEE;CN=Simon Keller;RSVP=TRUE:mailto:simon.keller@example.org
        END:VEVENT
        """, "Pacific/Auckland")
    hs = head("Harakeke Imaging <no-reply@teamtailor-mail.com>",
              "Interview booked: Senior Software Engineer, Ultrasound Platform",
              "2026-12-02 11:04:55", "Pacific/Auckland", "<6f2a91c07b3d4e58a1f0@teamtailor-mail.com>",
              rcv=("from mta-07.teamtailor-mail.com (mta-07.teamtailor-mail.com [159.135.228.7])", MX + " 4NRk0sYhT4z"),
              extra=(("Reply-To", "Aroha Ngata <aroha.ngata@harakeke-imaging.co.nz>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="base64", filename="interview.ics", disposition="attachment")))


@mail(n(10), family="apple_calendar", lang="de", interview=True, kind="scheduled",
      start="2026-11-12T14:00:00Z", end="2026-11-12T15:00:00Z",
      contact="julia.brenner@ostwerk-rit.de", company="Ostwerk Radiologie-IT GmbH",
      local="Thu 2026-11-12 15:00", local_end="2026-11-12 16:00", zone=BER,
      note="Short du-mail, 'die Einladung für unser Gespräch' with the time only in the attached .ics "
           "(application/ics, Europe/Berlin 15:00-16:00 on 12 Nov, CET) -> 14:00-15:00Z; contact = sender")
def m10() -> bytes:
    body = t("""
        Hallo Simon,

        wie am Telefon besprochen hier noch die Einladung für unser Gespräch mit Jörg und mir -
        einfach annehmen, dann hast du's im Kalender. Adresse steht drin, Parken am besten im
        Parkhaus gegenüber.

        Bis Donnerstag!
        Julia

        Julia Brenner
        Teamleitung PACS-Integration
        Ostwerk Radiologie-IT GmbH, Nürnberg
        """)
    ics = vcal("-//Apple Inc.//macOS 15.1//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:5E1C0B7A-2F3D-4C8E-9A61-0D7B3E2F4A91
        DTSTAMP:20261109T160512Z
        CREATED:20261109T160433Z
        DTSTART;TZID=Europe/Berlin:20261112T150000
        DTEND;TZID=Europe/Berlin:20261112T160000
        SUMMARY:Gespräch Simon Keller / Ostwerk
        LOCATION:Ostwerk Radiologie-IT GmbH\\nÄußere Sulzbacher Str. 118\\n90491 Nürnberg
        ORGANIZER;CN=Julia Brenner:mailto:julia.brenner@ostwerk-rit.de
        ATTENDEE;CN=Simon Keller;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:simon.keller@example.org
        ATTENDEE;CN=Jörg Pabst;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:joerg.pabst@ostwerk-rit.de
        SEQUENCE:0
        END:VEVENT
        """, BER)
    hs = head("Julia Brenner <julia.brenner@ostwerk-rit.de>", "Einladung: Gespräch Simon Keller / Ostwerk",
              "2026-11-09 17:05:12", BER, "<7C2E9F41-0B6D-4A3E-8F15-2D9C6B0E1A77@ostwerk-rit.de>",
              rcv=("from smtp.ostwerk-rit.de (smtp.ostwerk-rit.de [81.169.145.92])", MX + " 4NB6wZmQp5z"),
              extra=(("X-Mailer", "Apple Mail (2.3826.200.121)"),))
    return message(hs, mixed(text(body, cte="quoted-printable"),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="Einladung.ics", disposition="attachment", name_param=True)))


@mail(n(11), family="human_prose", lang="de-CH", interview=True, kind="scheduled",
      start="2026-11-24T13:00:00Z", contact="reto.kaelin@limmatbild.ch", company="Limmatbild AG",
      local="Tue 2026-11-24 14:00", zone="Europe/Zurich",
      note="Swiss German employer, iso-8859-1 quoted-printable: 'Dienstag, 24. November 2026, um 14.00 Uhr' "
           "(Swiss dot format) Zurich time, CET -> 13:00Z; 'rund eine Stunde' approximate, end null; "
           "contact = sender")
def m11() -> bytes:
    body = t("""
        Grüezi Herr Keller

        Besten Dank für Ihre Unterlagen und das angenehme Telefonat von letzter Woche. Gerne
        bestätige ich Ihnen hiermit das Gespräch mit unserem CTO, Herrn Beat Imhof, und mir:

        Dienstag, 24. November 2026, um 14.00 Uhr (Schweizer Zeit)
        per Microsoft Teams - den Link sende ich Ihnen separat

        Rechnen Sie mit rund einer Stunde. Wir möchten vor allem über Ihre Erfahrung mit
        Rekonstruktionsalgorithmen und über die Zusammenarbeit im Remote-Team sprechen.

        Freundliche Grüsse

        Reto Kälin
        Leiter Personal
        Limmatbild AG
        Hardturmstrasse 135, 8005 Zürich
        +41 44 512 33 70
        """)
    hs = head(addr("Reto Kälin", "reto.kaelin@limmatbild.ch", "iso-8859-1"),
              "Ihr Gespräch bei der Limmatbild AG", "2026-11-16 08:40:27", "Europe/Zurich",
              "<000801dc5a3b$7e2f1c40$7a8d54c0$@limmatbild.ch>",
              rcv=("from mail.limmatbild.ch (mail.limmatbild.ch [195.186.4.110])", MX + " 4NH2kPqWx7z"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-ch")),
              charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(12), family="join", lang="de", interview=True, kind="scheduled",
      start="2026-11-30T10:00:00Z", contact="jonas.reuter@pegnitz-vision.de", company="Pegnitz Vision GmbH",
      local="Mon 2026-11-30 11:00", zone=BER,
      note="JOIN notification: 'Montag, 30.11.2026 um 11:00 Uhr', CET -> 10:00Z; no length; sender is "
           "noreply@join.com, contact = Ansprechpartner address in the body")
def m12() -> bytes:
    body = t("""
        Hallo Simon Keller,

        Pegnitz Vision GmbH hat einen Termin für dein Bewerbungsgespräch festgelegt.

        Stelle: Softwareentwickler:in Computer Vision (Medizin)
        Termin: Montag, 30.11.2026 um 11:00 Uhr
        Ort: Online (Google Meet) - https://meet.google.com/ujb-xkqe-hrd

        Ansprechpartner: Jonas Reuter, Head of Engineering
        E-Mail: jonas.reuter@pegnitz-vision.de

        Viel Erfolg!
        Dein JOIN-Team

        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
        JOIN Solutions AG · Hardturmstrasse 161 · 8005 Zürich
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;background:#f7f7f9">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;border-radius:8px">
        <p>Hallo Simon Keller,</p>
        <p><b>Pegnitz Vision GmbH</b> hat einen Termin für dein Bewerbungsgespräch festgelegt.</p>
        <p>Stelle: Softwareentwickler:in Computer Vision (Medizin)<br>
        Termin: <b>Montag, 30.11.2026 um 11:00 Uhr</b><br>
        Ort: Online (Google Meet) - <a href="https://meet.google.com/ujb-xkqe-hrd">meet.google.com/ujb-xkqe-hrd</a></p>
        <p>Ansprechpartner: Jonas Reuter, Head of Engineering<br>
        E-Mail: <a href="mailto:jonas.reuter@pegnitz-vision.de">jonas.reuter@pegnitz-vision.de</a></p>
        <p>Viel Erfolg!<br>Dein JOIN-Team</p>
        <p style="font-size:11px;color:#888">Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.</p>
        </div></body></html>
        """)
    hs = head("Pegnitz Vision GmbH via JOIN <noreply@join.com>",
              "Termin für dein Bewerbungsgespräch bei Pegnitz Vision GmbH",
              "2026-11-20 12:10:44", BER, "<20261120111044.1f7c.47b2a9e0@join.com>",
              rcv=("from mail.join.com (mail.join.com [185.70.40.101])", MX + " 4NL8cWrFt2z"))
    return message(hs, alt(text(body, cte="base64"), html(page, cte="base64")))


@mail(n(13), family="softgarden", lang="de", interview=True, kind="scheduled",
      start="2026-12-03T09:00:00Z", contact="sabine.kress@mainklinik-digital.de", company="Mainklinik Digital GmbH",
      local="Thu 2026-12-03 10:00", zone=BER,
      note="softgarden invitation: 'Donnerstag, den 3.12.' / 'Do., 03.12.2026, 10:00 Uhr', CET -> 09:00Z; the "
           "attached .ics is an all-day event (VALUE=DATE) so the time is only in the text; contact = "
           "Ansprechpartnerin in the body")
def m13() -> bytes:
    body = t("""
        Sehr geehrter Herr Keller,

        wir freuen uns, Sie zu einem persönlichen Gespräch für die Position

            Softwareentwickler (m/w/d) Bildgebende Verfahren / DICOM

        einladen zu dürfen, und bestätigen den mit Ihnen telefonisch vereinbarten Termin am
        Donnerstag, den 3.12.:

            Datum:   Do., 03.12.2026
            Uhrzeit: 10:00 Uhr
            Ort:     Mainklinik Digital GmbH, Röntgenring 21, 97070 Würzburg, Raum 1.14

        Ihre Ansprechpartnerin: Sabine Kress, Personalreferentin
        Telefon 0931 20 44-561 · sabine.kress@mainklinik-digital.de

        Den Termin können Sie über die angehängte Datei in Ihren Kalender übernehmen.

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Mainklinik Digital GmbH

        Diese Nachricht wurde automatisch über softgarden versendet.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Keller,</p>
        <p>wir freuen uns, Sie zu einem persönlichen Gespräch für die Position <b>Softwareentwickler (m/w/d)
        Bildgebende Verfahren / DICOM</b> einladen zu dürfen, und bestätigen den mit Ihnen telefonisch
        vereinbarten Termin am Donnerstag, den 3.12.:</p>
        <table><tr><td>Datum:</td><td><b>Do., 03.12.2026</b></td></tr><tr><td>Uhrzeit:</td><td><b>10:00 Uhr</b></td></tr>
        <tr><td>Ort:</td><td>Mainklinik Digital GmbH, Röntgenring 21, 97070 Würzburg, Raum 1.14</td></tr></table>
        <p>Ihre Ansprechpartnerin: Sabine Kress, Personalreferentin<br>Telefon 0931 20 44-561 ·
        <a href="mailto:sabine.kress@mainklinik-digital.de">sabine.kress@mainklinik-digital.de</a></p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Mainklinik Digital GmbH</p>
        <p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch über softgarden versendet.</p>
        </body></html>
        """)
    ics = vcal("-//softgarden e-recruiting GmbH//softgarden//DE", "PUBLISH", """
        BEGIN:VEVENT
        UID:sg-appointment-30771482@softgarden.io
        DTSTAMP:20261125T132002Z
        DTSTART;VALUE=DATE:20261203
        DTEND;VALUE=DATE:20261204
        SUMMARY:Vorstellungsgespräch Mainklinik Digital GmbH
        LOCATION:Röntgenring 21\\, 97070 Würzburg
        TRANSP:TRANSPARENT
        END:VEVENT
        """)
    hs = head("Mainklinik Digital GmbH <no-reply@softgarden.io>",
              "Einladung zum Vorstellungsgespräch am 03.12.2026",
              "2026-11-25 14:20:02", BER, "<sg.30771482.1795958402@mail.softgarden.io>",
              rcv=("from mail.softgarden.io (mail.softgarden.io [91.198.93.140])", MX + " 4NP3hTsKq1z"),
              extra=(("Reply-To", "bewerbung@mainklinik-digital.de"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="PUBLISH", cte="base64", filename="termin.ics",
                                      disposition="attachment")))


@mail(n(14), family="agency_prose", lang="en", interview=True, kind="scheduled",
      start="2026-11-17T14:00:00Z", contact="james.holloway@harrowgatesearch.co.uk", company="Corvane Robotics",
      local="Tue 2026-11-17 14:00", zone="Europe/London",
      note="Agency recruiter in London, Date Mon 16 Nov 09:05 GMT: 'tomorrow at 2pm UK time (3pm for you)' = "
           "Tue 17 Nov 14:00 GMT -> 14:00Z; 'should be about an hour' approximate, end null; company = the "
           "client who hires, contact = the agency recruiter who sent it")
def m14() -> bytes:
    body = t("""
        Morning Simon,

        Good news - Corvane have come back and they'd like to go ahead. You're confirmed with Priyanka
        Das (VP Engineering) tomorrow at 2pm UK time, so 3pm for you in Würzburg. It's on Zoom, she'll
        send the link herself, should be about an hour and mostly around the surgical navigation
        work and how you'd approach their ROS2 -> DICOM bridge.

        Couple of tips: she likes candidates to bring their own questions, and don't undersell the
        FDA 510(k) stuff from your current role.

        Give me a shout afterwards and let me know how it went.

        Best,
        James

        James Holloway
        Senior Consultant, Robotics & MedTech
        Harrowgate Search Ltd | 2 Tabernacle Street, London EC2A 4LU
        +44 20 3868 1142
        """)
    page = gmail_html(body)
    hs = head("James Holloway <james.holloway@harrowgatesearch.co.uk>",
              "Corvane Robotics - confirmed for tomorrow", "2026-11-16 09:05:51", "Europe/London",
              "<DB9PR02MB7210E4F1A2B3C4D5E6F7A8B9C0D1E2F3@DB9PR02MB7210.eurprd02.prod.outlook.com>",
              rcv=("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2123.outbound.protection.outlook.com [40.107.249.123])",
                   MX + " 4NH1bQsYr9z"))
    return message(hs, alt(text(body), html(page)))


@mail(n(15), family="phone_reply", lang="de", interview=True, kind="scheduled",
      start="2026-12-08T15:00:00Z", contact="markus.hein@kilianeum.de", company="Kilianeum Software GmbH",
      local="Tue 2026-12-08 16:00", zone=BER,
      note="Reply written on a phone, du: 'Passt, dann Dienstag, den 8.12. um 16 Uhr bei uns im Büro', CET -> "
           "15:00Z; it accepts Simon's quoted proposal, so it is a confirmation; contact = sender")
def m15() -> bytes:
    body = t("""
        Passt, dann Dienstag, den 8.12. um 16 Uhr bei uns im Büro. Ich sag dem Empfang bescheid, kannst direkt in den 3. Stock hochkommen. Freu mich!

        Markus

        Von meinem iPhone gesendet

        > Am 03.12.2026 um 18:47 schrieb Simon Keller <simon.keller@example.org>:
        >
        > Hallo Markus,
        >
        > danke für die schnelle Rückmeldung! Für das Gespräch mit dir und Annika würde mir
        > nächste Woche Dienstag ab 16 Uhr oder Mittwoch vormittag gut passen.
        >
        > Viele Grüße
        > Simon
        >
        >> Am 02.12.2026 um 09:12 schrieb Markus Hein <markus.hein@kilianeum.de>:
        >>
        >> Hi Simon, wir würden dich gern zu einem zweiten Gespräch einladen, diesmal vor Ort
        >> mit Annika aus dem Produktmanagement. Wann passt es dir nächste Woche?
        >>
        >> Gruß Markus
        >> --
        >> Markus Hein | Leitung Entwicklung | Kilianeum Software GmbH | Würzburg
        """)
    hs = head("Markus Hein <markus.hein@kilianeum.de>", "Re: Zweites Gespräch",
              "2026-12-03 19:22:40", BER, "<E1B4C2A0-6F3D-47E8-9B21-5A0C7D3E8F42@kilianeum.de>",
              rcv=("from mout.kundenserver.de (mout.kundenserver.de [217.72.192.74])", MX + " 4NRy4GmZk0z"),
              extra=(("In-Reply-To", "<0b3e7a21-5c94-4f8d-a1e6-92d4c0f7b318@example.org>"),
                     ("References", "<CAF3k9Lp2Wq@kilianeum.de> <0b3e7a21-5c94-4f8d-a1e6-92d4c0f7b318@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="quoted-printable", params="format=flowed; delsp=yes"))


@mail(n(16), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start="2026-10-06T11:00:00Z", end="2026-10-06T11:45:00Z", company="Rhönblick Medical Software GmbH",
      local="Tue 2026-10-06 13:00", local_end="2026-10-06 13:45", zone=BER,
      note="Microsoft Bookings, German: 'Dienstag, 6. Oktober 2026 13:00 (UTC+01:00) Amsterdam, Berlin, ...' - "
           "the label shows the standard offset but 6 Oct is CEST, so 13:00 CEST -> 11:00Z, 45 minutes -> "
           "11:45Z, the ICS (W. Europe Standard Time) agrees; sender is the Bookings mailbox and the staff "
           "member has no address -> contact null")
def m16() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130">
        <div style="max-width:600px">
        <h2 style="font-weight:600">Ihre Buchung wurde bestätigt</h2>
        <p>Hallo Simon Keller,</p>
        <p>vielen Dank für Ihre Buchung bei <b>Rhönblick Medical Software – Bewerbungsgespräche</b>.</p>
        <table cellpadding="4">
        <tr><td style="color:#605e5c">Dienst</td><td>Bewerbungsgespräch Softwareentwicklung (Video)</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Dienstag, 6. Oktober 2026 13:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Jan Ostermann</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ1OTJmNjItNDc2Zi00Mjc0LWI1ZjAtNmI3NmQ4ZmU4ZTQ2%40thread.v2/0">An Teams-Besprechung teilnehmen</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/BewerbungRhoenblick@rhoenblick-ms.de/bookings/s/Xy7qPm2rT0a1/cancel">Buchung verwalten</a></p>
        <p style="font-size:12px;color:#605e5c">Rhönblick Medical Software GmbH · Am Kurpark 4 · 97688 Bad Kissingen</p>
        </div></body></html>
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Rhönblick Medical Software – Bewerbungsgespräche:mailto:BewerbungRhoenblick@rhoenblick-ms.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Simon Keller:mailto:simon.keller@example.org
        UID:040000008200E00074C5B7101A82E0080000000077A1C0E2B150DC01000000000000000010000000F1A2
        SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Softwareentwicklung (Video) – Simon Keller
        DTSTART;TZID=W. Europe Standard Time:20261006T130000
        DTEND;TZID=W. Europe Standard Time:20261006T134500
        DTSTAMP:20260930T061519Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """, "W. Europe Standard Time")
    hs = head(addr("Rhönblick Medical Software – Bewerbungsgespräche", "BewerbungRhoenblick@rhoenblick-ms.de"),
              "Gebuchter Termin mit Rhönblick Medical Software – Bewerbungsgespräche: Bewerbungsgespräch "
              "Softwareentwicklung (Video)",
              "2026-09-30 08:15:19", BER,
              "<FR3P281MB1740B2C3D4E5F6A7B8C9D0E1F2A3B4C5@FR3P281MB1740.DEUP281.PROD.OUTLOOK.COM>",
              rcv=("from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2110.outbound.protection.outlook.com [40.107.135.110])",
                   MX + " 4MrS6dPwN8z"))
    return message(hs, alt(html(page), calendar(ics, cte="base64")))


# --------------------------------------------------------------------------- rescheduled


@mail(n(17), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start="2026-10-16T08:00:00Z", end="2026-10-16T09:00:00Z",
      contact="priya.raman@parallaxradiomics.com", company="Parallax Radiomics Inc.",
      local="Fri 2026-10-16 10:00", local_end="2026-10-16 11:00", zone=BER,
      note="GoodTime reschedule: old Thu 15 Oct 3:00 PM CEST, new Fri 16 Oct 10:00-11:00 AM CEST -> "
           "08:00-09:00Z (the new time); ICS SEQUENCE:1 agrees; contact = coordinator Reply-To")
def m17() -> bytes:
    body = t("""
        Hi Simon,

        Your interview with Parallax Radiomics has been rescheduled.

        PREVIOUS TIME (cancelled)
        Thursday, October 15, 2026 · 3:00 PM - 4:00 PM CEST

        NEW TIME
        Friday, October 16, 2026 · 10:00 AM - 11:00 AM CEST (Europe/Berlin)

        Interview: System Design - Radiomics Feature Pipeline
        Interviewer: Marcus Lindqvist, Principal Engineer
        Join: https://parallaxradiomics.zoom.us/j/93018827461

        An updated calendar invitation is attached. We're sorry for the change - Marcus had a
        conflict come up on Thursday.

        Questions? Reply to this email to reach your coordinator, Priya Raman.

        Parallax Radiomics Recruiting
        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Simon,</p><p>Your interview with Parallax Radiomics has been <b>rescheduled</b>.</p>
        <p style="color:#999"><s>Thursday, October 15, 2026 · 3:00 PM - 4:00 PM CEST</s></p>
        <p style="font-size:16px"><b>Friday, October 16, 2026 · 10:00 AM - 11:00 AM CEST (Europe/Berlin)</b></p>
        <p>Interview: System Design - Radiomics Feature Pipeline<br>Interviewer: Marcus Lindqvist, Principal Engineer<br>
        Join: <a href="https://parallaxradiomics.zoom.us/j/93018827461">parallaxradiomics.zoom.us/j/93018827461</a></p>
        <p>Questions? Reply to this email to reach your coordinator, Priya Raman.</p>
        <p style="font-size:11px;color:#888">Scheduled with GoodTime</p></body></html>
        """)
    ics = vcal("-//GoodTime.io//GoodTime Hire//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:goodtime-8c1e4f27-0b9a-4d3c-b5e6-7a2f1d0c9e83
        DTSTAMP:20261012T143004Z
        DTSTART;TZID=Europe/Berlin:20261016T100000
        DTEND;TZID=Europe/Berlin:20261016T110000
        SEQUENCE:1
        SUMMARY:Parallax Radiomics - System Design Interview (Simon Keller)
        LOCATION:https://parallaxradiomics.zoom.us/j/93018827461
        ORGANIZER;CN=Priya Raman:mailto:priya.raman@parallaxradiomics.com
        ATTENDEE;CN=Simon Keller;RSVP=TRUE:mailto:simon.keller@example.org
        STATUS:CONFIRMED
        END:VEVENT
        """, BER)
    hs = head("Parallax Radiomics Recruiting <scheduling@goodtime.io>",
              "Rescheduled: Your interview with Parallax Radiomics is now Fri, Oct 16",
              "2026-10-12 16:30:04", BER, "<gt.8c1e4f270b9a.1791815404@goodtime.io>",
              rcv=("from o22.mail.goodtime.io (o22.mail.goodtime.io [149.72.161.22])", MX + " 4MyN2vLcR3z"),
              extra=(("Reply-To", "Priya Raman <priya.raman@parallaxradiomics.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, cte="7bit", filename="invite.ics", disposition="attachment")))


@mail(n(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start="2026-10-29T08:00:00Z", contact="claudia.ebner@regnitztal-bildgebung.de",
      company="Regnitztal Bildgebung GmbH", local="Thu 2026-10-29 09:00", zone=BER,
      note="Sie-mail, windows-1252 QP, sent Tue 20 Oct: old 'Mittwoch, 21.10. um 14 Uhr' (CEST) moved to "
           "'Donnerstag, 29.10.2026, 9:00 Uhr', after the switch to CET -> 08:00Z; contact = sender")
def m18() -> bytes:
    body = t("""
        Sehr geehrter Herr Keller,

        leider muss ich Sie um eine Verschiebung bitten: Unser Abteilungsleiter, Herr Dr. Sauer, ist
        morgen kurzfristig auf einer Kundenabnahme in Linz, sodass wir den Termin am Mittwoch,
        21.10. um 14 Uhr nicht halten können.

        Wie eben am Telefon mit Ihnen abgestimmt, treffen wir uns stattdessen am

            Donnerstag, 29.10.2026, 9:00 Uhr

        wieder bei uns in Erlangen (Am Weichselgarten 30a, Empfang EG). Der Ablauf bleibt gleich:
        Vorstellung, fachlicher Teil, danach ein kurzer Rundgang durch das Labor.

        Vielen Dank für Ihre Flexibilität – und entschuldigen Sie die Umstände.

        Mit freundlichen Grüßen

        Dr. Claudia Ebner
        Personalleitung
        Regnitztal Bildgebung GmbH
        Am Weichselgarten 30a · 91058 Erlangen
        Tel. 09131 81 77-105
        """)
    hs = head("\"Dr. Claudia Ebner\" <claudia.ebner@regnitztal-bildgebung.de>",
              "Verschiebung unseres Gesprächs – neuer Termin 29.10.", "2026-10-20 13:05:38", BER,
              "<VI1PR08MB5325A0B1C2D3E4F5A6B7C8D9E0F1A2B3@VI1PR08MB5325.eurprd08.prod.outlook.com>",
              rcv=("from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2098.outbound.protection.outlook.com [40.107.8.98])",
                   MX + " 4MzW9kTpH5z"),
              extra=(("Content-Language", "de-DE"),), charset="windows-1252")
    return message(hs, text(body, charset="windows-1252"))


@mail(n(19), family="exchange", lang="en", interview=True, kind="rescheduled",
      start="2026-11-02T16:00:00Z", end="2026-11-02T17:00:00Z",
      contact="rdunmore@bluestemimaging.com", company="Bluestem Imaging Inc.",
      local="Mon 2026-11-02 11:00", local_end="2026-11-02 12:00", zone="America/New_York",
      note="Exchange update from Boston sent Thu 29 Oct in EDT: old Fri 30 Oct 10:00 AM EDT, new Mon 2 Nov "
           "11:00 AM-12:00 PM Eastern, the day after the US fell back to EST -> 16:00-17:00Z (17:00 CET "
           "for Simon); ICS Eastern Standard Time SEQUENCE:2; contact = ORGANIZER")
def m19() -> bytes:
    body = t("""
        When: Monday, November 2, 2026 11:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada).
        Where: Microsoft Teams Meeting

        Hi Simon - apologies for the shuffle. Our CTO got pulled into a board prep session on Friday,
        so I've moved your final-round conversation to Monday 11/2 at 11 AM Eastern instead of
        Friday 10/30 at 10 AM. With the clocks changing here on Sunday that's 5 PM for you in
        Germany (not 4 PM as it would have been this week). Please accept the updated invite so it
        lands in your calendar.

        Thanks,
        Rachel

        Rachel Dunmore
        Director of Talent | Bluestem Imaging Inc.
        One Marina Park Drive, Boston, MA 02210

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTNkZjc1YjItMTFlZC00YjU4LWE2NzEtNzBjZTgxNDdkZjAz%40thread.v2/0>
        Meeting ID: 245 118 663 790
        Passcode: Hb3nZ8
        ________________________________________________________________________________
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Rachel Dunmore:mailto:rdunmore@bluestemimaging.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Simon Keller:mailto:simon.keller@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Howard Lin:mailto:hlin@bluestemimaging.com
        UID:040000008200E00074C5B7101A82E00800000000D2C1B0A9F867DC01000000000000000010000000A9B8
        SUMMARY;LANGUAGE=en-US:Final round: Simon Keller / Howard Lin (CTO)
        DTSTART;TZID=Eastern Standard Time:20261102T110000
        DTEND;TZID=Eastern Standard Time:20261102T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261029T144021Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:2
        LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
        X-MICROSOFT-CDO-APPT-SEQUENCE:2
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        """, "Eastern Standard Time")
    hs = head("Rachel Dunmore <rdunmore@bluestemimaging.com>",
              "Updated: Final round: Simon Keller / Howard Lin (CTO)",
              "2026-10-29 10:40:21", "America/New_York",
              "<BN0PR04MB8046F1E2D3C4B5A69788F9E0D1C2B3A4@BN0PR04MB8046.namprd04.prod.outlook.com>",
              rcv=("from NAM12-BN8-obe.outbound.protection.outlook.com (mail-bn8nam12on2091.outbound.protection.outlook.com [40.107.237.91])",
                   MX + " 4N4tG1wVb7z"),
              extra=(("Thread-Topic", "Final round: Simon Keller / Howard Lin (CTO)"),
                     ("Thread-Index", "AdrnO1k2Qb8mV4cT0y+9ZaHw7pLe3Q=="),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(20), family="workable_forward", lang="de", interview=True, kind="rescheduled",
      start="2026-12-11T12:00:00Z", end="2026-12-11T13:00:00Z",
      contact="felix.amrhein@nidda-analytics.de", company="Nidda Analytics GmbH",
      local="Fri 2026-12-11 13:00", local_end="2026-12-11 14:00", zone=BER,
      note="Simon forwards a Workable reschedule from his old example.net address to himself as an attached "
           "message/rfc822: new 'Freitag, 11.12.2026, 13:00–14:00 Uhr (MEZ)' -> 12:00-13:00Z, old Wed 9 Dec "
           "10:00; the Reply-To is a Workable relay, the outer sender is the candidate, so contact = the "
           "hiring manager's address in the body")
def m20() -> bytes:
    inner_body = t("""
        Hallo Simon,

        dein Interview für die Position Senior Software Engineer - Medical Data Platform (m/w/d)
        wurde verschoben.

        Neuer Termin:  Freitag, 11.12.2026, 13:00–14:00 Uhr (MEZ)
        Bisher:        Mittwoch, 09.12.2026, 10:00 Uhr

        Ort: Video-Call (Google Meet) - der Link bleibt gleich: https://meet.google.com/wcy-pmnd-qoa

        Bei Fragen melde dich gern direkt bei Felix Amrhein (felix.amrhein@nidda-analytics.de).

        Beste Grüße
        Nidda Analytics Recruiting

        --
        Gesendet über Workable
        """)
    inner = message([
        ("From", "Nidda Analytics <noreply@workablemail.com>"),
        ("Reply-To", "nidda-analytics+c7f31b9a2e@candidates.workablemail.com"),
        ("To", addr("Simon Keller", "simon.keller@example.net")),
        ("Subject", enc("Dein Interview bei Nidda Analytics wurde verschoben")),
        ("Date", date("2026-12-04 17:41:09", BER)),
        ("Message-ID", "<6a0e3c2f9b1d4e78a5c6@workablemail.com>"),
    ], text(inner_body, cte="quoted-printable"))
    outer = t("""
        zur Sicherheit auch hierher, die alte Adresse les ich kaum noch.

        --\x20
        Simon
        """)
    hs = head("Simon Keller <simon.keller@example.net>",
              "Fwd: Dein Interview bei Nidda Analytics wurde verschoben", "2026-12-04 18:02:15", BER,
              "<3e9f0a7b-c1d2-4e5f-8a6b-7c0d1e2f3a4b@example.net>",
              rcv=("from smtp.example.net (smtp.example.net [192.0.2.44])", MX + " 4NSb7HqWj6z"),
              extra=(("User-Agent", "Mozilla Thunderbird"),))
    return message(hs, mixed(text(outer, cte="8bit"),
                             attached_message(inner, "Dein Interview bei Nidda Analytics wurde verschoben.eml")))


# --------------------------------------------------------------------------- cancelled


@mail(n(21), family="lever", lang="en", interview=True, kind="cancelled",
      start="2026-11-19T14:00:00Z", end="2026-11-19T14:45:00Z",
      contact="hannah.moreau@kestreldx.com", company="Kestrel Diagnostics GmbH",
      local="Thu 2026-11-19 15:00", local_end="2026-11-19 15:45", zone=BER,
      note="Lever cancellation: 'Thursday, November 19 at 3:00 PM CET' (45 minutes) cancelled -> 14:00-14:45Z "
           "(the cancelled slot); asks for new availability but fixes none; METHOD:CANCEL; contact = Reply-To")
def m21() -> bytes:
    body = t("""
        Hi Simon,

        Unfortunately we need to cancel your 45-minute interview with Tomasz Wieczorek scheduled
        for Thursday, November 19 at 3:00 PM CET. Tomasz is out sick this week and we didn't want
        to swap in someone who hasn't read your case study.

        We'd still very much like to talk - could you send me two or three windows that work for
        you the week of November 30? I'll get something back on the calendar quickly.

        Sorry for the inconvenience,
        Hannah Moreau
        Recruiting Lead, Kestrel Diagnostics

        Sent via Lever
        """)
    page = gmail_html(body)
    ics = vcal("-//Lever//Lever Interview Scheduling//EN", "CANCEL", """
        BEGIN:VEVENT
        UID:lever-iv-1f9e0b2a-7c3d-4e6f-a8b1-c2d3e4f5a6b7
        DTSTAMP:20261117T103012Z
        DTSTART:20261119T140000Z
        DTEND:20261119T144500Z
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Canceled: Interview with Kestrel Diagnostics (Simon Keller)
        ORGANIZER;CN=Hannah Moreau:mailto:hannah.moreau@kestreldx.com
        ATTENDEE;CN=Simon Keller:mailto:simon.keller@example.org
        END:VEVENT
        """)
    hs = head("Hannah Moreau <no-reply@hire.lever.co>",
              "Cancelled: Interview with Kestrel Diagnostics on Thursday, November 19",
              "2026-11-17 11:30:12", BER, "<0100019f3d2c1b0a-aa1b2c3d-4e5f-6789-abcd-ef0123456789-000000@hire.lever.co>",
              rcv=("from a48-31.smtp-out.amazonses.com (a48-31.smtp-out.amazonses.com [54.240.48.31])", MX + " 4NJ0rXvBs2z"),
              extra=(("Reply-To", "Hannah Moreau <hannah.moreau@kestreldx.com>"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, method="CANCEL", cte="7bit", filename="cancel.ics",
                                      disposition="attachment")))


@mail(n(22), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start="2026-12-01T09:00:00Z", end="2026-12-01T10:00:00Z",
      contact="stefan.lang@gruenhain-md.de", company="Grünhain Medical Data GmbH",
      local="Tue 2026-12-01 10:00", local_end="2026-12-01 11:00", zone=BER,
      note="Google Calendar cancellation in German: 'Di. 1. Dez. 2026 10:00 - 11:00 (Mitteleuropäische "
           "Normalzeit)' -> 09:00-10:00Z, the cancelled slot; organizer note says the role was filled, no new "
           "time; METHOD:CANCEL; contact = ORGANIZER")
def m22() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Interview Simon Keller – Grünhain Medical Data
        Di. 1. Dez. 2026 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)

        Nachricht vom Organisator:
        Hallo Simon, leider müssen wir absagen – wir haben die Stelle diese Woche intern besetzt.
        Tut mir wirklich leid, ich melde mich, falls sich etwas Neues ergibt. Stefan

        Organisator
        Stefan Lang – stefan.lang@gruenhain-md.de

        Gäste
        Stefan Lang – Organisator
        simon.keller@example.org

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <p style="font-size:14px">Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.</p>
        <h2 style="font-weight:400;font-size:20px"><s>Interview Simon Keller – Grünhain Medical Data</s></h2>
        <p>Di. 1. Dez. 2026 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)</p>
        <p><b>Nachricht vom Organisator:</b><br>Hallo Simon, leider müssen wir absagen – wir haben die Stelle
        diese Woche intern besetzt. Tut mir wirklich leid, ich melde mich, falls sich etwas Neues ergibt. Stefan</p>
        <p>Organisator<br>Stefan Lang – <a href="mailto:stefan.lang@gruenhain-md.de">stefan.lang@gruenhain-md.de</a></p>
        <p style="font-size:11px;color:#70757a">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    ics = vcal("-//Google Inc//Google Calendar 70.9054//EN", "CANCEL", """
        BEGIN:VEVENT
        DTSTART;TZID=Europe/Berlin:20261201T100000
        DTEND;TZID=Europe/Berlin:20261201T110000
        DTSTAMP:20261126T164508Z
        ORGANIZER;CN=Stefan Lang:mailto:stefan.lang@gruenhain-md.de
        UID:3q0h7v2c9kd1m8sbe5g6r4lt1a@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=simon.keller@example.org;X-NUM-GUESTS=0:mailto:simon.keller@example.org
        CREATED:20261119T102233Z
        LAST-MODIFIED:20261126T164508Z
        LOCATION:Grünhain Medical Data GmbH\\, Nürnberger Str. 64\\, 90762 Fürth
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY:Interview Simon Keller – Grünhain Medical Data
        TRANSP:OPAQUE
        END:VEVENT
        """, BER)
    hs = head("Stefan Lang <stefan.lang@gruenhain-md.de>",
              "Abgesagter Termin: Interview Simon Keller – Grünhain Medical Data @ Di. 1. Dez. 2026 10:00 - 11:00 "
              "(MEZ) (simon.keller@example.org)",
              "2026-11-26 17:45:08", BER, "<calendar-5b8e2f10-93c4-4a7d-b1e6-0f2a9c8d7e65@google.com>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", MX + " 4NPx3KwTr8z"),
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "Stefan Lang <stefan.lang@gruenhain-md.de>")))
    return message(hs, mixed(alt(text(body), html(page), calendar(ics, method="CANCEL", cte="base64")),
                             calendar(ics, method=None, ctype="application/ics", cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start="2026-09-28T07:00:00Z", contact="g.pfister@maintal-pruefsysteme.de", company="Maintal Prüfsysteme GmbH",
      local="Mon 2026-09-28 09:00", zone=BER,
      note="Franconian short mail, iso-8859-15 QP, Date Wed 23 Sep: 'der Termin am Montag um 9' cancelled "
           "(position filled, no new time) -> Mon 28 Sep 09:00 CEST = 07:00Z, the cancelled slot; contact = "
           "sender")
def m23() -> bytes:
    body = t("""
        Grüß Gott Herr Keller,

        ich muss Ihnen leider absagen, der Termin am Montag um 9 fällt flach. Wir haben gestern
        einen Kollegen aus Haßfurt übernommen, der die Stelle jetzt macht - das war so nicht
        geplant, hat sich aber kurzfristig ergeben. Tut mir leid, dass Sie sich umsonst den
        Vormittag freigehalten haben.

        Ihre Unterlagen würde ich gern behalten, falls wir nächstes Jahr wieder jemand suchen.
        Wenn Ihnen das nicht recht ist, sagen Sie kurz Bescheid.

        Mit freundlichen Grüßen
        Gerhard Pfister
        Geschäftsführer

        Maintal Prüfsysteme GmbH
        Ernst-Sachs-Str. 70 - 97424 Schweinfurt
        Tel. 09721 6 54 20
        """)
    hs = head("Gerhard Pfister <g.pfister@maintal-pruefsysteme.de>", "Termin Montag",
              "2026-09-23 07:58:03", BER, "<5F2A1C3B.7040908@maintal-pruefsysteme.de>",
              rcv=("from mx.maintal-pruefsysteme.de (mx.maintal-pruefsysteme.de [85.214.61.23])", MX + " 4MmD7rXyQ1z"),
              extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),))
    return message(hs, text(body, charset="iso-8859-15"))


# =========================================================================== negatives


@mail(n(24), family="job_centre", lang="de", interview=False, company=None,
      days=(("Tue", "2026-09-22"),),
      note="Agentur für Arbeit invitation to a counselling appointment (Di., 22.09.2026, 08:30 Uhr) with a "
           "fixed time and the words Einladung / Gespräch / Bewerbung, but it is not a job interview")
def m24() -> bytes:
    body = t("""
        Sehr geehrter Herr Keller,

        bitte kommen Sie zu einem Gespräch über Ihre aktuelle berufliche Situation und Ihre
        Bewerbungsaktivitäten.

            Termin:  Dienstag, 22.09.2026, um 08:30 Uhr
            Ort:     Agentur für Arbeit Würzburg, Eingang B, 2. OG, Zimmer 214
            Bei:     Frau Renate Ullrich, Arbeitsvermittlung (Team Akademische Berufe)

        Bitte bringen Sie mit:
          - diese Einladung
          - Ihren Personalausweis
          - Ihre aktuellen Bewerbungsunterlagen und eine Übersicht Ihrer Bewerbungen seit
            dem letzten Termin

        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher mit
        (Telefon 0800 4 5555 00, gebührenfrei).

        Rechtsfolgenbelehrung: Kommen Sie ohne wichtigen Grund nicht zu diesem Termin, kann eine
        Sperrzeit von einer Woche eintreten (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III).

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Würzburg

        Diese Nachricht wurde Ihnen über Ihr Postfach in "Meine eServices" zugestellt.
        """)
    hs = head("Agentur fuer Arbeit Wuerzburg <noreply@arbeitsagentur.de>",
              "Einladung zum Gespräch am 22.09.2026", "2026-09-14 06:12:40", BER,
              "<eS.2026091406124012.88451@arbeitsagentur.de>",
              rcv=("from mailout2.arbeitsagentur.de (mailout2.arbeitsagentur.de [195.14.237.62])", MX + " 4MhJ4dQtV8z"),
              charset="iso-8859-15")
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(25), family="press_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-09"),),
      note="A local reporter confirms an 'Interview' with Simon about his hackathon team, Freitag, 9.10., "
           "11 Uhr: a confirmed time, but Simon is the interviewee of a newspaper, not a job candidate")
def m25() -> bytes:
    body = t("""
        Hallo Herr Keller,

        super, dann halten wir das Interview so fest: Freitag, 9.10., um 11 Uhr bei Ihnen im
        Coworking am Hauptbahnhof. Fotografin kommt gegen halb zwölf dazu, wir brauchen noch ein
        Bild vom Team mit dem Prototypen (am liebsten mit dem Ultraschall-Phantom).

        Grob geplant ist ein Artikel für die Wochenendausgabe, Arbeitstitel: "Drei Würzburger
        gewinnen den MedTech-Hackathon in Erlangen". Ich schicke Ihnen die Zitate vor
        Veröffentlichung zur Freigabe.

        Bis Freitag
        Carina Jäckel
        Redaktion Stadt & Land
        Mainfranken-Kurier
        Tel. 0931 60 01-338
        """)
    hs = head(addr("Carina Jäckel", "c.jaeckel@mainfranken-kurier.de"),
              "Interview Hackathon – Freitag 11 Uhr", "2026-10-05 15:27:19", BER,
              "<9e1d2c3b-4a5f-6e7d-8c9b-0a1f2e3d4c5b@mainfranken-kurier.de>",
              rcv=("from mail.mainfranken-kurier.de (mail.mainfranken-kurier.de [212.227.15.40])", MX + " 4MsY8hCnB2z"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="podcast", lang="en", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Calendly confirmation for a podcast recording ('Podcast interview', Thu Oct 1 5pm-6pm CEST): same "
           "layout as a screening booking, but Simon is a podcast guest")
def m26() -> bytes:
    body = t("""
        Hi Simon Keller,

        Your event has been scheduled.

        Event Type:
        Podcast interview - Pixels & Pathology (60 min recording)

        Event Date/Time:
        05:00pm - 06:00pm (Central European Time), Thursday, October 1, 2026

        Host:
        Ines Duarte

        Location:
        Riverside studio link: https://riverside.fm/studio/pixels-and-pathology

        Questions:
        Topic you'd like to talk about?
        Open-source DICOM tooling and what it's like shipping software into radiology departments.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f
        Reschedule: https://calendly.com/reschedulings/0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f

        Powered by Calendly.com
        """)
    ics = vcal("-//Calendly//Calendly//EN", "REQUEST", """
        BEGIN:VEVENT
        UID:0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f@calendly.com
        DTSTAMP:20260925T091544Z
        DTSTART:20261001T150000Z
        DTEND:20261001T160000Z
        SUMMARY:Podcast interview - Pixels & Pathology (60 min recording)
        LOCATION:https://riverside.fm/studio/pixels-and-pathology
        ORGANIZER;CN=Ines Duarte:mailto:ines@pixelsandpathology.fm
        ATTENDEE;CN=Simon Keller;PARTSTAT=ACCEPTED:mailto:simon.keller@example.org
        END:VEVENT
        """)
    hs = head("Calendly <notifications@calendly.com>",
              "Confirmed: Podcast interview - Pixels & Pathology (60 min recording) between Ines Duarte and "
              "Simon Keller @ Thu Oct 1, 2026 5pm - 6pm (CEST)",
              "2026-09-25 11:15:44", BER, "<20260925091544.0c9d8e7f6a5b@calendly.com>",
              rcv=("from mail.calendly.com (mail.calendly.com [198.2.180.61])", MX + " 4MpK0zNvT6z"),
              extra=(("Reply-To", "Ines Duarte <ines@pixelsandpathology.fm>"),))
    return message(hs, mixed(text(body), calendar(ics, cte="7bit", filename="invite.ics",
                                                       disposition="attachment")))


@mail(n(27), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Sat", "2026-11-07"),),
      note="Business-school admission: 'Auswahlgespräch' for a part-time master's on Samstag, 7. November 2026, "
           "10:30 Uhr - a confirmed interview, but for a study place, not a job")
def m27() -> bytes:
    page = t("""
        <html><body style="font-family:Georgia,serif;font-size:15px;color:#1d2a3a">
        <p><img src="https://www.mainfranken-business-school.de/img/logo-mail.png" alt="Mainfranken Business School" width="180"></p>
        <p>Sehr geehrter Herr Keller,</p>
        <p>vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterprogramm
        <b>Management in der Medizintechnik (M.Sc.)</b>, Jahrgang 2027.</p>
        <p>Wir laden Sie herzlich zum <b>Auswahlgespräch</b> ein:</p>
        <p style="border-left:3px solid #b08d57;padding-left:10px">
        Samstag, 7. November 2026, 10:30 Uhr<br>
        Campus Würzburg, Friedrich-Ebert-Ring 30, Seminarraum 2<br>
        Dauer: ca. 30 Minuten, anschließend Campusführung</p>
        <p>Im Gespräch mit Prof. Dr. Ute Hambrecht (Studiengangsleitung) möchten wir Ihre Motivation und Ihre
        beruflichen Ziele kennenlernen. Bitte halten Sie Ihr Abschlusszeugnis im Original bereit.</p>
        <p>Mit freundlichen Grüßen<br>Studierendenservice<br>Mainfranken Business School gGmbH</p>
        </body></html>
        """)
    hs = head("Mainfranken Business School <zulassung@mainfranken-business-school.de>",
              "Einladung zum Auswahlgespräch – M.Sc. Management in der Medizintechnik",
              "2026-10-29 09:48:02", BER, "<202610290848.7d1a@mainfranken-business-school.de>",
              rcv=("from smtp.mainfranken-business-school.de (smtp.mainfranken-business-school.de [89.246.18.55])",
                   MX + " 4N4mS0cFr1z"))
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(28), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Thu", "2026-09-10"),),
      note="Basketball club invites Simon to a 'Probetraining' on Thursday 19:30 - a fixed time, a try-out, no "
           "job interview")
def m28() -> bytes:
    body = t("""
        Hey Simon,

        danke für deine Nachricht über die Homepage! Klar kannst zum Probetraining kommen, wir
        trainieren Dienstag und Donnerstag ab 19:30 in der Halle vom Röntgen-Gymnasium. Komm am
        besten gleich diesen Donnerstag (10.9.), da sin mer vollzählig und der Coach is a da.
        Hallenschuh mitbringen, Trikot kriegst von uns.

        Wir suchen vor allem noch nen großen fürs Brett, aber passt scho, wer mitspielt spielt mit :)

        Grüße
        Flo
        Abteilungsleiter Basketball, TSV Heidingsfeld 1888 e.V. - Herren 2 (Bezirksliga)
        """)
    hs = head(addr("Florian Nöth", "florian.noeth@gmx.de"), "Re: Probetraining Herren 2?",
              "2026-09-07 22:14:36", BER, "<trinity-4f2a8c1e-9b3d-4a7e-b5c6-d8e9f0a1b2c3-1788810876361@3c-app-gmx-bap12>",
              rcv=("from mout.gmx.net (mout.gmx.net [212.227.17.20])", MX + " 4MdB6pYsL3z"))
    return message(hs, text(body, cte="8bit"))


@mail(n(29), family="car_service", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-12"),),
      note="Car dealership confirms a workshop appointment (Mo., 12.10.2026, 07:30 Uhr) with an ICS: fixed "
           "time, 'Termin bestätigt', not an interview")
def m29() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <table width="600"><tr><td style="background:#00305e;color:#fff;padding:12px;font-size:18px">Autohaus Wehner GmbH – Service</td></tr>
        <tr><td style="padding:12px">
        <p>Sehr geehrter Herr Keller,</p>
        <p>hiermit bestätigen wir Ihren Werkstatttermin:</p>
        <p><b>Mo., 12.10.2026, 07:30 Uhr – Fahrzeugannahme</b><br>
        Fahrzeug: Škoda Octavia Combi, WÜ-SK 417<br>
        Leistung: Inspektion mit Ölwechsel, Bremsflüssigkeit, Wechsel auf Winterräder (eingelagert)<br>
        Voraussichtliche Fertigstellung: 16:00 Uhr</p>
        <p>Ihr Serviceberater: Herr Kunkel, Tel. 0931 29 71-40</p>
        <p>Einen kostenlosen Ersatzwagen haben wir für Sie reserviert.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Service-Team<br>Autohaus Wehner GmbH · Nürnberger Straße 108 · 97076 Würzburg</p>
        </td></tr></table></body></html>
        """)
    ics = vcal("-//Autohaus Wehner//Werkstattplaner 4.2//DE", "PUBLISH", """
        BEGIN:VEVENT
        UID:WP-2026-10-12-0730-WUESK417@autohaus-wehner.de
        DTSTAMP:20261007T114002Z
        DTSTART;TZID=Europe/Berlin:20261012T073000
        DTEND;TZID=Europe/Berlin:20261012T080000
        SUMMARY:Werkstatttermin Autohaus Wehner (Inspektion)
        LOCATION:Nürnberger Straße 108\\, 97076 Würzburg
        END:VEVENT
        """, BER)
    hs = head("Autohaus Wehner Service <service@autohaus-wehner.de>",
              "Terminbestätigung Werkstatt – Mo., 12.10.2026", "2026-10-07 13:40:02", BER,
              "<WP.20261007114002.417@autohaus-wehner.de>",
              rcv=("from mail.autohaus-wehner.de (mail.autohaus-wehner.de [91.250.84.12])", MX + " 4MvS2fGyN7z"),
              charset="windows-1252")
    return message(hs, mixed(html(page, charset="windows-1252"),
                             calendar(ics, method="PUBLISH", cte="base64", filename="Werkstatttermin.ics",
                                      disposition="attachment")))


@mail(n(30), family="doctor_reschedule", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-20"), ("Thu", "2026-10-22")),
      note="Dentist's booking platform moves an appointment ('verschoben' from Di., 20.10. 8:00 to Do., 22.10.2026 "
           "15:40): a reschedule with old and new time, but a dentist appointment")
def m30() -> bytes:
    body = t("""
        Guten Tag Simon Keller,

        Ihr Termin in der Zahnarztpraxis Dr. med. dent. Vogt & Kollegen wurde von der Praxis verschoben.

        Alter Termin:  Di., 20.10.2026, 08:00 Uhr
        Neuer Termin:  Do., 22.10.2026, 15:40 Uhr
        Behandlung:    Professionelle Zahnreinigung (ca. 45 Min.)
        Adresse:       Semmelstraße 42, 97070 Würzburg

        Passt Ihnen der neue Termin nicht? Sie können ihn bis 24 Stunden vorher kostenfrei
        absagen: https://termine.praxisplaner.de/a/Vq7Kp2

        Ihr Praxisplaner-Team
        (im Auftrag der Zahnarztpraxis Dr. Vogt & Kollegen)
        """)
    hs = head("Praxisplaner <no-reply@praxisplaner.de>",
              "Ihr Termin wurde verschoben: Zahnarztpraxis Dr. Vogt & Kollegen", "2026-10-16 10:02:55", BER,
              "<pp-3b7d91e2c4a6@praxisplaner.de>",
              rcv=("from smtp.praxisplaner.de (smtp.praxisplaner.de [185.26.156.32])", MX + " 4MxC1nHpQ9z"))
    return message(hs, text(body, cte="base64"))


@mail(n(31), family="mock_interview_coach", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Career coach confirms a paid 'Probe-Vorstellungsgespräch' (mock interview) on Mittwoch, 16.09., "
           "18:00 via Zoom: a confirmed time and the word interview, but a coaching session")
def m31() -> bytes:
    body = t("""
        Hallo Simon,

        schön, dass es geklappt hat! Hiermit bestätige ich dir unser Mock-Interview
        (Probe-Vorstellungsgespräch) am Mittwoch, 16.09., um 18:00 Uhr via Zoom.

        Wir spielen ein technisches Interview für eine Senior-Rolle in der Medizintechnik durch,
        etwa 60 Minuten, danach 30 Minuten Feedback. Schick mir bitte bis Montag die
        Stellenanzeige, die dich am meisten reizt, dann stelle ich die Fragen darauf ein.

        Zoom-Meeting beitreten
        https://us06web.zoom.us/j/81734920561?pwd=Q2xQdU1kWm5rT0hPc1p
        Meeting-ID: 817 3492 0561
        Kenncode: 447812

        Die Rechnung (Paket "Interview-Ready", 2 Sitzungen) kommt separat.

        Herzliche Grüße
        Anja Roth
        Karrierecoaching für Tech & Engineering · Würzburg
        www.anjaroth-coaching.de
        """)
    hs = head("Anja Roth <kontakt@anjaroth-coaching.de>", "Bestätigung: Mock-Interview am 16.09.",
              "2026-09-11 12:31:07", BER, "<c0a8f3e1-2b4d-4c6e-9a8b-7d6e5f4a3b2c@anjaroth-coaching.de>",
              rcv=("from smtp.ionos.de (smtp.ionos.de [213.165.67.124])", MX + " 4MgZ9tLbW0z"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(32), family="recruiter_proposal", lang="en", interview=False, company="Solvara Health",
      days=(("Tue", "2026-10-13"), ("Wed", "2026-10-14")),
      note="In-house recruiter proposes 'Tuesday at 10 or Wednesday after 2pm' and asks Simon to pick: "
           "interview proposed, nothing confirmed yet")
def m32() -> bytes:
    body = t("""
        Hi Simon,

        Thanks for the quick reply - great to hear you're open to a conversation!

        Our hiring manager, Elif, would love to do a first 30-minute call next week. Would Tuesday
        (Oct 13) at 10:00 your time work? If not, Wednesday afternoon after 2pm is also open on her
        side. Just let me know which you prefer and I'll send over an invite.

        Best,
        Noah Brandt
        Senior Technical Recruiter | Solvara Health
        solvarahealth.com
        """)
    hs = head("Noah Brandt <noah.brandt@solvarahealth.com>", "Re: Imaging Platform Engineer @ Solvara Health",
              "2026-10-08 17:52:30", BER, "<CAOq1b8s5-Yh7Vm2Rk0p=Lz4dWx9FnTg3@mail.gmail.com>",
              rcv=("from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])", MX + " 4Mw1cJpRx4z"),
              extra=(("In-Reply-To", "<6d3f0e8a-1b2c-4d5e-9f7a-8b0c1d2e3f4a@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(33), family="forwarded_other_person", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Simon's cousin Lukas Keller forwards his OWN interview confirmation ('Lieber Herr Keller', Freitag, "
           "16.10.2026 um 10:00 Uhr) for information; the interview is not Simon's (To: lukas.keller@...)")
def m33() -> bytes:
    body = t("""
        Hey Simon,

        schau mal, hat geklappt - ich hab übermorgen mein Gespräch bei Datenwerk! Hast du noch nen
        Tipp, was die bei so nem Junior-Data-Engineer-Interview fragen? Kannst mich heut Abend
        anrufen.

        Lukas

        ---------- Forwarded message ---------
        Von: Datenwerk Nürnberg GmbH <noreply@personio.de>
        Date: Di., 13. Okt. 2026 um 15:21 Uhr
        Subject: Einladung zum Vorstellungsgespräch – Junior Data Engineer (m/w/d)
        To: <lukas.keller@example.net>

        Lieber Herr Keller,

        vielen Dank für Ihre Bewerbung. Gerne bestätigen wir Ihnen Ihr Vorstellungsgespräch am
        Freitag, 16.10.2026 um 10:00 Uhr bei uns in der Fürther Straße 212, 90429 Nürnberg.

        Ihre Ansprechpartnerin ist Frau Petra Dinkel (petra.dinkel@datenwerk-nbg.de).

        Mit freundlichen Grüßen
        Datenwerk Nürnberg GmbH
        """)
    hs = head("Lukas Keller <lukas.keller@example.net>",
              "Fwd: Einladung zum Vorstellungsgespräch – Junior Data Engineer (m/w/d)",
              "2026-10-14 08:03:11", BER, "<CAJx8mPq4+Rk2Tz0WbVn7s=eH1fLd9Qy@mail.gmail.com>",
              rcv=("from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])", MX + " 4MxW3gRsP2z"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(34), family="interviewer_at_current_job", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Exchange invitation from HR at Simon's current employer: 'Interview: Backend-Entwickler (m/w/d) – "
           "Kandidatin Elena Brandl', Simon is on the panel as interviewer; a real interview with a fixed time, "
           "but not his own job interview; company null as for events at the current job")
def m34() -> bytes:
    body = t("""
        Hallo zusammen,

        anbei die Einladung für das Zweitgespräch mit Frau Brandl (Backend-Entwicklerin, 4 Jahre
        Erfahrung mit HL7/FHIR). Simon, du übernimmst bitte den technischen Teil (ca. 30 Min.,
        Fragenkatalog liegt im Confluence unter Recruiting > Interviewleitfaden Backend),
        Katja stellt das Team vor, ich mache den HR-Teil und die Gehaltsvorstellung.

        Lebenslauf und Anschreiben findet ihr in Personio. Bitte bis Mittwochabend reinschauen.

        Danke & Gruß
        Petra

        Petra Zink
        HR Business Partner
        Mainsoft Labs GmbH · Schweinfurter Straße 9 · 97080 Würzburg
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Zink, Petra:mailto:petra.zink@mainsoft-labs.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Keller, Simon:mailto:simon.keller@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wirsing, Katja:mailto:katja.wirsing@mainsoft-labs.de
        UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C871DC01000000000000000010000000B7C6
        SUMMARY;LANGUAGE=de-DE:Interview: Backend-Entwickler (m/w/d) – Kandidatin Elena Brandl
        DTSTART;TZID=W. Europe Standard Time:20261112T140000
        DTEND;TZID=W. Europe Standard Time:20261112T150000
        DTSTAMP:20261109T084411Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Marienberg (3.OG)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """, "W. Europe Standard Time")
    hs = head("\"Zink, Petra\" <petra.zink@mainsoft-labs.de>",
              "Interview: Backend-Entwickler (m/w/d) – Kandidatin Elena Brandl", "2026-11-09 09:44:11", BER,
              "<FR2P281MB2533D4E5F6A7B8C9D0E1F2A3B4C5D6E7@FR2P281MB2533.DEUP281.PROD.OUTLOOK.COM>",
              to="\"Keller, Simon\" <simon.keller@example.org>, \"Wirsing, Katja\" <katja.wirsing@mainsoft-labs.de>",
              rcv=("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2093.outbound.protection.outlook.com [40.107.127.93])",
                   MX + " 4NB0kWyPq3z"),
              extra=(("Thread-Topic", "Interview: Backend-Entwickler (m/w/d) - Kandidatin Elena Brandl"),
                     ("Thread-Index", "AdryQ8c1M0k7Tn2Lpa+4VbHw6xZe1g=="),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(35), family="rejection", lang="de-CH", interview=False, company="Aarebyte AG",
      note="Swiss employer's rejection after an interview ('nach unserem Gespräch vom 2. Oktober'): mentions a "
           "past interview and no new one")
def m35() -> bytes:
    body = t("""
        Grüezi Herr Keller

        Nochmals herzlichen Dank für das offene und interessante Gespräch vom 2. Oktober sowie
        für die Zeit, die Sie in die Fallstudie investiert haben.

        Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit einer Kandidatin
        weiterzuführen, deren Profil noch etwas näher an unseren aktuellen Schwerpunkten in der
        Strahlentherapieplanung liegt. Dieser Entscheid ist uns nicht leichtgefallen.

        Gerne würden wir Ihr Dossier mit Ihrem Einverständnis für künftige Vakanzen in Evidenz
        behalten. Für ein kurzes telefonisches Feedback stehe ich Ihnen gerne zur Verfügung.

        Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

        Freundliche Grüsse

        Corinne Zbinden
        HR Business Partner
        Aarebyte AG · Effingerstrasse 47 · 3008 Bern
        """)
    hs = head("Corinne Zbinden <corinne.zbinden@aarebyte.ch>", "Ihre Bewerbung als Senior Software Engineer",
              "2026-10-08 14:10:25", "Europe/Zurich", "<ZR0P278MB0761A9B8C7D6E5F4A3B2C1D0E9F8A7B6@ZR0P278MB0761.CHEP278.PROD.OUTLOOK.COM>",
              rcv=("from CHE01-ZR0-obe.outbound.protection.outlook.com (mail-zr0che01on2110.outbound.protection.outlook.com [40.107.24.110])",
                   MX + " 4Mw0tRmKy5z"))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(gmail_html(body), charset="iso-8859-1")))


@mail(n(36), family="offer", lang="de", interview=False, company="Aurelon Medical Systems AG",
      days=(("Fri", "2026-12-04"),),
      note="Contract offer from Aurelon (same thread as the Exchange interview of 26 Oct); start date and a "
           "reply deadline, no meeting time")
def m36() -> bytes:
    body = t("""
        Sehr geehrter Herr Keller,

        wir freuen uns sehr, Ihnen nach den Gesprächen der letzten Wochen die Position als
        Senior Software Engineer Plattform in unserem Bereich Computed Tomography anbieten zu
        können. Anbei finden Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung.

        Die wichtigsten Eckdaten:
          - Eintritt: 1. Februar 2027
          - Arbeitsort: Erlangen, bis zu 3 Tage mobiles Arbeiten pro Woche
          - Jahresbruttogehalt: 86.500 EUR zzgl. variabler Vergütung (Zielbonus 8 %)
          - 30 Tage Urlaub, Deutschlandticket Job, betriebliche Altersvorsorge

        Bitte senden Sie uns ein unterschriebenes Exemplar bis Freitag, 4. Dezember 2026, zurück -
        gern auch vorab als Scan. Für Rückfragen zum Vertrag stehe ich Ihnen jederzeit zur
        Verfügung, Herr Dr. Lohmüller freut sich ebenfalls über einen Anruf.

        Mit freundlichen Grüßen
        Henrike Baumann
        Talent Acquisition Partner
        Aurelon Medical Systems AG | Werner-von-Braun-Ring 3 | 91052 Erlangen
        """)
    pdf_note = raw_part([("Content-Type", "application/pdf; name=\"Arbeitsvertrag_Keller.pdf\""),
                         ("Content-Disposition", "attachment; filename=\"Arbeitsvertrag_Keller.pdf\""),
                         ("Content-Transfer-Encoding", "base64")],
                        "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyA+PgplbmRvYmoKdHJh\n"
                        "aWxlcgo8PCAvUm9vdCAxIDAgUiA+PgolJUVPRgo=\n")
    hs = head("\"Baumann, Henrike\" <henrike.baumann@aurelon-medical.com>",
              "Ihr Vertragsangebot – Senior Software Engineer Plattform", "2026-11-23 16:18:40", BER,
              "<AM9PR04MB8211F0E1D2C3B4A5968778695A4B3C2D@AM9PR04MB8211.eurprd04.prod.outlook.com>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com [40.107.22.71])",
                   MX + " 4NMz6qVdC0z"),
              extra=(("Content-Language", "de-DE"),))
    return message(hs, mixed(text(body), pdf_note))


@mail(n(37), family="application_receipt", lang="de", interview=False, company="Lumivis GmbH",
      note="Recruitee receipt: thanks for the application, 'we will get in touch to arrange a Kennenlerngespräch' "
           "- no time")
def m37() -> bytes:
    body = t("""
        Hallo Simon,

        vielen Dank für deine Bewerbung als Software Engineer Medical Visualization (m/w/d) bei
        Lumivis! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen
        genau an.

        Wie geht es weiter?
        1. Unser Team prüft deine Bewerbung (in der Regel innerhalb von 10 Werktagen).
        2. Passt es, melden wir uns, um einen Termin für ein erstes Kennenlerngespräch (30 Min.,
           per Video) zu vereinbaren.
        3. Danach folgt ein fachliches Interview mit dem Team vor Ort in Frankfurt.

        Den Stand deiner Bewerbung siehst du jederzeit hier:
        https://lumivis.recruitee.com/o/software-engineer-medical-visualization/c/status

        Beste Grüße
        Dein Lumivis People Team
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <p>Hallo Simon,</p>
        <p>vielen Dank für deine Bewerbung als <b>Software Engineer Medical Visualization (m/w/d)</b> bei Lumivis!
        Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen genau an.</p>
        <p><b>Wie geht es weiter?</b></p>
        <ol><li>Unser Team prüft deine Bewerbung (in der Regel innerhalb von 10 Werktagen).</li>
        <li>Passt es, melden wir uns, um einen Termin für ein erstes Kennenlerngespräch (30 Min., per Video) zu vereinbaren.</li>
        <li>Danach folgt ein fachliches Interview mit dem Team vor Ort in Frankfurt.</li></ol>
        <p>Beste Grüße<br>Dein Lumivis People Team</p>
        <p style="font-size:11px;color:#999">Powered by Recruitee</p></body></html>
        """)
    hs = head("Lumivis GmbH <no-reply@mail.recruitee.com>", "Danke für deine Bewerbung bei Lumivis!",
              "2026-09-03 19:40:12", BER, "<20260903174012.a7c3e1f2@mail.recruitee.com>",
              rcv=("from mail.recruitee.com (mail.recruitee.com [136.143.188.51])", MX + " 4MbQ5nWtK6z"),
              extra=(("Reply-To", "Lumivis People Team <people@lumivis.de>"),))
    return message(hs, alt(text(body), html(page)))


@mail(n(38), family="job_alert", lang="de", interview=False, company=None,
      note="Job board alert listing roles, one titled 'Interview-Koordinator', with dates of posting; no "
           "appointment")
def m38() -> bytes:
    body = t("""
        Hallo Simon,

        es gibt 6 neue Jobs zu deinem Suchauftrag "Softwareentwickler Medizintechnik" im Umkreis
        von 80 km um Würzburg:

        Senior C++ Entwickler Bildverarbeitung (m/w/d)
        Regnitztal Bildgebung GmbH · Erlangen · vor 2 Tagen
        https://www.jobmainfranken.de/job/88123

        Softwarearchitekt DICOM / PACS (m/w/d)
        Klinikverbund Unterfranken IT-Services · Schweinfurt · vor 1 Tag

        Interview-Koordinator (m/w/d) Recruiting
        Personalwerk Main GmbH · Würzburg · heute

        Medical Software Engineer - Embedded Ultrasound (remote möglich)
        Sonoflux GmbH · Nürnberg · vor 3 Tagen

        Python Developer Radiologie-KI (m/w/d)
        Aidera Health · Frankfurt am Main · vor 4 Tagen

        Werkstudent Softwaretest Medizinprodukte
        Medwerk Kitzingen · Kitzingen · heute

        Tipp der Woche: So bereitest du dich auf das Vorstellungsgespräch vor - unser Leitfaden mit
        den 20 häufigsten Fragen: https://www.jobmainfranken.de/ratgeber/vorstellungsgespraech

        Suchauftrag bearbeiten oder abbestellen: https://www.jobmainfranken.de/suchauftrag/4471
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif">
        <h3>6 neue Jobs für „Softwareentwickler Medizintechnik“</h3>
        <ul>
        <li><a href="https://www.jobmainfranken.de/job/88123">Senior C++ Entwickler Bildverarbeitung (m/w/d)</a> – Regnitztal Bildgebung GmbH, Erlangen</li>
        <li>Softwarearchitekt DICOM / PACS (m/w/d) – Klinikverbund Unterfranken IT-Services, Schweinfurt</li>
        <li>Interview-Koordinator (m/w/d) Recruiting – Personalwerk Main GmbH, Würzburg</li>
        <li>Medical Software Engineer - Embedded Ultrasound – Sonoflux GmbH, Nürnberg</li>
        <li>Python Developer Radiologie-KI (m/w/d) – Aidera Health, Frankfurt am Main</li>
        <li>Werkstudent Softwaretest Medizinprodukte – Medwerk Kitzingen</li>
        </ul>
        <p>Tipp der Woche: <a href="https://www.jobmainfranken.de/ratgeber/vorstellungsgespraech">So bereitest du dich auf das Vorstellungsgespräch vor</a></p>
        <p style="font-size:11px"><a href="https://www.jobmainfranken.de/suchauftrag/4471">Suchauftrag bearbeiten oder abbestellen</a></p>
        </body></html>
        """)
    hs = head("jobmainfranken.de <suchauftrag@jobmainfranken.de>",
              "6 neue Jobs: Softwareentwickler Medizintechnik", "2026-10-19 07:00:03", BER,
              "<sa-4471-20261019050003@jobmainfranken.de>",
              rcv=("from mailer.jobmainfranken.de (mailer.jobmainfranken.de [78.46.211.9])", MX + " 4MzD1qPxF2z"),
              extra=(("List-Unsubscribe", "<https://www.jobmainfranken.de/suchauftrag/4471/abmelden>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(39), family="newsletter_webinar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Career newsletter: article on job-interview questions plus a live webinar 'Gehaltsverhandlung' on "
           "Do., 12.11., 19 Uhr - a fixed time, but a webinar")
def m39() -> bytes:
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;max-width:620px">
        <h1 style="font-size:22px">Karriere-Kompass · Ausgabe 44/2026</h1>
        <h2>„Und warum wollen Sie zu uns?“ – 7 Fragen, die im Vorstellungsgespräch garantiert kommen</h2>
        <p>Ob beim ersten Telefoninterview oder im Gespräch mit der Fachabteilung: Bestimmte Fragen tauchen
        immer wieder auf. Wir zeigen, wie Sie souverän antworten – und welche Rückfragen Sie selbst stellen sollten,
        wenn Ihr Interview am Dienstag um 10 Uhr beginnt und Sie um 9:55 Uhr noch im Aufzug stehen.</p>
        <p><a href="https://www.karriere-kompass.de/artikel/7-fragen">Weiterlesen</a></p>
        <hr>
        <h2>Live-Webinar: Gehaltsverhandlung für Tech-Profis</h2>
        <p><b>Do., 12.11.2026, 19:00 – 20:00 Uhr</b> · kostenlos · mit Personalberaterin Dr. Miriam Hahn</p>
        <p><a href="https://www.karriere-kompass.de/webinar/gehalt">Jetzt Platz sichern</a></p>
        <hr>
        <p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.de angemeldet haben.
        <a href="https://www.karriere-kompass.de/newsletter/abmelden">Abmelden</a></p>
        </body></html>
        """)
    hs = head("Karriere-Kompass <newsletter@karriere-kompass.de>",
              "„Und warum wollen Sie zu uns?“ + Live-Webinar am 12.11.", "2026-11-03 06:30:00", BER,
              "<nl-44-2026.3f8a@karriere-kompass.de>",
              rcv=("from mta3.karriere-kompass.de (mta3.karriere-kompass.de [185.254.13.9])", MX + " 4N7b0fTnM1z"),
              extra=(("List-Unsubscribe", "<https://www.karriere-kompass.de/newsletter/abmelden>"),
                     ("List-Id", "Karriere-Kompass <newsletter.karriere-kompass.de>"),
                     ("Precedence", "bulk")))
    return message(hs, html(page))


@mail(n(40), family="pick_a_slot", lang="de", interview=False, company="Mainfranken Medizintechnik GmbH",
      days=(("Mon", "2026-09-21"), ("Tue", "2026-09-22"), ("Thu", "2026-09-24")),
      note="Personio self-scheduling for the second round (same company as the 15 Sep interview): three open "
           "slots offered, Simon still has to pick one - nothing fixed")
def m40() -> bytes:
    body = t("""
        Sehr geehrter Herr Keller,

        vielen Dank für das angenehme Gespräch am Dienstag! Gerne möchten wir Sie zu einem zweiten
        Gespräch mit unserem Geschäftsführer, Herrn Dr. Reinhold Bauer, einladen.

        Bitte wählen Sie über den folgenden Link einen der freien Termine aus:

          - Mo., 21.09.2026, 10:00 Uhr
          - Di., 22.09.2026, 14:30 Uhr
          - Do., 24.09.2026, 08:30 Uhr

        Termin auswählen: https://mainfranken-medizintechnik.jobs.personio.de/scheduling/7f2c1e9a

        Nach Ihrer Auswahl erhalten Sie eine Bestätigung per E-Mail.

        Mit freundlichen Grüßen
        Katrin Wolf
        Personal & Recruiting
        """)
    hs = head("Mainfranken Medizintechnik GmbH <noreply@personio.de>",
              "Zweitgespräch – bitte wählen Sie einen Termin", "2026-09-17 10:22:48", BER,
              "<0102019c5e1a2b3c-7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a-000000@eu-central-1.amazonses.com>",
              rcv=("from a27-21.smtp-out.eu-central-1.amazonses.com (a27-21.smtp-out.eu-central-1.amazonses.com [54.240.27.21])",
                   MX + " 4MmA8wKrS4z"),
              extra=(("Reply-To", "bewerbung@mainfranken-medizintechnik.de"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="recruiter_outreach", lang="en", interview=False, company="Orbis Imaging Systems",
      note="Recruiter follow-up: 'let's touch base in Q1', maybe a call mid-January - no fixed time")
def m41() -> bytes:
    body = t("""
        Hi Simon,

        Hope you're doing well and the year-end crunch isn't too brutal!

        Quick update from my side: the Principal Engineer role on our reconstruction team is on hold
        until the 2027 budget is signed off, which realistically means late January. I didn't want
        you to hear nothing from us for weeks.

        Let's touch base in Q1 - I'll reach out in the second week of January to set up a proper
        conversation with Ravi, if you're still open to it by then. Happy holidays in the meantime.

        Best,
        Claire Thompson
        Talent Partner, EMEA | Orbis Imaging Systems
        """)
    hs = head("Claire Thompson <claire.thompson@orbisimaging.com>", "Touching base - Principal Engineer role",
              "2026-12-07 15:41:30", BER, "<PH0PR11MB5611C0D1E2F3A4B5C6D7E8F9A0B1C2D3@PH0PR11MB5611.namprd11.prod.outlook.com>",
              rcv=("from NAM11-BN8-obe.outbound.protection.outlook.com (mail-bn8nam11on2119.outbound.protection.outlook.com [40.107.236.119])",
                   MX + " 4NTg2cLwB8z"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(42), family="meetup", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Developer meetup RSVP confirmation: talk 'Technische Interviews von beiden Seiten', Mi., 21.10.2026, "
           "19:00 Uhr - a fixed time and the word interview, but a meetup")
def m42() -> bytes:
    body = t("""
        Hallo Simon,

        du bist dabei! Wir haben deine Anmeldung für das nächste Treffen gespeichert:

        Mainfranken Developers #42
        "Technische Interviews von beiden Seiten - was Firmen fragen und was Kandidat:innen fragen sollten"
        Mi., 21.10.2026, 19:00 Uhr (Einlass 18:30)
        Zentrum für Digitale Innovationen, Veitshöchheimer Straße, Würzburg

        Danach gibt's Pizza und Getränke, gesponsert von Kilianeum Software.

        Falls du doch nicht kannst, melde dich bitte ab, damit jemand von der Warteliste nachrücken
        kann: https://mainfranken-devs.de/events/42/abmelden

        Bis Mittwoch!
        Das Orga-Team
        """)
    hs = head("Mainfranken Developers <orga@mainfranken-devs.de>", "Du bist dabei: Mainfranken Developers #42",
              "2026-10-15 20:12:09", BER, "<evt42-rsvp-1187@mainfranken-devs.de>",
              rcv=("from mail.mainfranken-devs.de (mail.mainfranken-devs.de [5.75.162.31])", MX + " 4MyZ7vQsH3z"),
              extra=(("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")))
    return message(hs, text(body))


@mail(n(43), family="auto_reply", lang="de", interview=False, company="Norvance Diagnostics GmbH",
      days=(("Fri", "2026-10-09"),),
      note="Out-of-office auto-reply from the Norvance recruiter to Simon's mail 'Vorstellungsgespräch am "
           "14.10.': the subject names an interview date, the body only gives her absence; company = the "
           "employer she writes for")
def m43() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 9. Oktober, nicht im Büro und habe nur eingeschränkt
        Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen
        wenden Sie sich bitte an talent@norvance-diagnostics.com.

        Thank you for your message. I am out of the office until Friday, 9 October, with limited
        access to e-mail. For urgent matters please contact talent@norvance-diagnostics.com.

        Lena Hartung
        Talent Acquisition | Norvance Diagnostics GmbH | Frankfurt am Main
        """)
    hs = head("Lena Hartung <lena.hartung@norvance-diagnostics.com>",
              "Automatische Antwort: Rückfrage zum Vorstellungsgespräch am 14.10.", "2026-10-08 08:17:52", BER,
              "<AS8PR02MB9944A7B6C5D4E3F2A1B0C9D8E7F6A5B4@AS8PR02MB9944.eurprd02.prod.outlook.com>",
              rcv=("from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2080.outbound.protection.outlook.com [40.107.247.80])",
                   MX + " 4MvX0bNcT9z"),
              extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<8f1e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b@example.org>"),
                     ("Thread-Topic", "Rueckfrage zum Vorstellungsgespraech am 14.10.")))
    return message(hs, text(body))


@mail(n(44), family="bounce", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Bounce of Simon's own reply accepting 'Dienstag, 17.11. um 10:00 Uhr' at Spessart MedTech (typo in "
           "the address): the acceptance never arrived and nothing is confirmed by the employer")
def m44() -> bytes:
    notice = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <j.weigand@spessart-medtec.de>: Host or domain name not found. Name service
            error for name=spessart-medtec.de type=A: Host not found
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4NBm1sQxV2z
        X-Postfix-Sender: rfc822; simon.keller@example.org
        Arrival-Date: Tue, 10 Nov 2026 07:41:18 +0100 (CET)

        Final-Recipient: rfc822; j.weigand@spessart-medtec.de
        Original-Recipient: rfc822;j.weigand@spessart-medtec.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=spessart-medtec.de type=A: Host not found
        """)
    orig_body = t("""
        Sehr geehrter Herr Weigand,

        vielen Dank für die Einladung. Gerne bestätige ich den Termin am Dienstag, 17.11. um
        10:00 Uhr bei Ihnen in Aschaffenburg.

        Mit freundlichen Grüßen
        Simon Keller

        Am 09.11.2026 um 16:20 schrieb Jürgen Weigand:
        > Könnten Sie am Dienstag, 17.11., um 10:00 Uhr zu uns nach Aschaffenburg kommen?
        """)
    orig = message([
        ("From", "Simon Keller <simon.keller@example.org>"),
        ("To", "=?utf-8?q?J=C3=BCrgen_Weigand?= <j.weigand@spessart-medtec.de>"),
        ("Subject", "Re: Ihre Bewerbung - Gesprächstermin".replace("ä", "ae")),
        ("Date", date("2026-11-10 07:41:15", BER)),
        ("Message-ID", "<a4c1e7f0-3b2d-4e9a-8c5f-1d0e2b3a4c5d@example.org>"),
        ("In-Reply-To", "<d8e2f1a0b9c3@spessart-medtech.de>"),
    ], text(orig_body, cte="8bit"))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit",
                                      extra=(("Content-Description", "Notification"),)),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(orig),
                       params="report-type=delivery-status")
    hs = head("MAILER-DAEMON@mx01.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-11-10 07:41:19", BER,
              "<20261110064119.9C2F31A0047@mx01.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(45), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-16"),),
      note="Bank confirms a mortgage advice appointment (Fr., 16.10.2026, 16:30 Uhr) with an ICS from the "
           "advisor: 'Beratungsgespräch', fixed time, not a job interview")
def m45() -> bytes:
    body = t("""
        Sehr geehrter Herr Keller,

        vielen Dank für Ihre Terminanfrage über unser Online-Banking. Gerne bestätige ich Ihnen
        unser Beratungsgespräch zum Thema Baufinanzierung:

        Freitag, 16.10.2026, 16:30 Uhr
        Geschäftsstelle Würzburg-Frauenland, Zeppelinstraße 11

        Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen, den Exposé-Ausdruck der
        Wohnung und - falls vorhanden - Ihren Bausparvertrag mit. Sollten Sie gerade einen
        Arbeitgeberwechsel planen, sprechen wir gern auch darüber, wie sich die Probezeit auf
        die Finanzierung auswirkt.

        Mit freundlichen Grüßen
        Tobias Reitmeier
        Baufinanzierungsberater
        Kiliansbank eG
        """)
    ics = vcal("-//Kiliansbank eG//Terminvereinbarung//DE", "REQUEST", """
        BEGIN:VEVENT
        UID:kb-termin-20261016-1630-88217@kiliansbank.de
        DTSTAMP:20261012T091100Z
        DTSTART;TZID=Europe/Berlin:20261016T163000
        DTEND;TZID=Europe/Berlin:20261016T173000
        SUMMARY:Beratungsgespräch Baufinanzierung – Kiliansbank
        LOCATION:Zeppelinstraße 11\\, 97074 Würzburg
        ORGANIZER;CN=Tobias Reitmeier:mailto:tobias.reitmeier@kiliansbank.de
        ATTENDEE;CN=Simon Keller;RSVP=TRUE:mailto:simon.keller@example.org
        END:VEVENT
        """, BER)
    hs = head("Tobias Reitmeier <tobias.reitmeier@kiliansbank.de>",
              "Terminbestätigung Beratungsgespräch 16.10.2026", "2026-10-12 11:11:00", BER,
              "<kb.88217.1791803460@kiliansbank.de>",
              rcv=("from mx.kiliansbank.de (mx.kiliansbank.de [194.25.134.40])", MX + " 4MyJ5pVnR0z"))
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             calendar(ics, cte="base64", filename="termin.ics", disposition="attachment")))


@mail(n(46), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="School's booking system confirms parent-teacher slots on Do., 19.11.2026 (17:20-17:30, 17:40-17:50): "
           "fixed times, 'Gesprächstermin', not an interview")
def m46() -> bytes:
    body = t("""
        Sehr geehrte Eltern,

        Sie haben für den Elternsprechabend am Donnerstag, 19.11.2026 folgende Gesprächstermine
        gebucht:

          17:20 - 17:30 Uhr   Frau Hager (Mathematik, Klassenleitung 6b)   Raum 104
          17:40 - 17:50 Uhr   Herr Dr. Sauerbrey (Englisch)                 Raum 211

        Schüler/in: Mia Keller, Klasse 6b

        Bitte beachten Sie, dass die Gespräche pünktlich beginnen und enden müssen. Der Eingang
        ist ab 16:30 Uhr über den Pausenhof geöffnet.

        Mit freundlichen Grüßen
        Sekretariat Dreikönig-Gymnasium Würzburg

        Diese E-Mail wurde automatisch von Sprechtag-Online erzeugt.
        """)
    hs = head("Sprechtag-Online <noreply@sprechtag-online.de>",
              "Bestätigung Ihrer Gesprächstermine – Elternsprechabend 19.11.2026", "2026-11-12 20:44:13", BER,
              "<st-dkg-wue-20261112194413-6b-2231@sprechtag-online.de>",
              rcv=("from mail.sprechtag-online.de (mail.sprechtag-online.de [46.38.236.19])", MX + " 4NDk2bWsF7z"))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit"))


@mail(n(47), family="team_event", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Outlook invitation from a colleague at Simon's current job for the team's Christmas party "
           "(Fr., 11.12., ab 18 Uhr): a calendar event with a fixed time at the current employer")
def m47() -> bytes:
    body = t("""
        Hallo ihr Lieben,

        es ist wieder so weit: unsere Weihnachtsfeier Team Imaging & Plattform findet am
        Freitag, 11.12., ab 18 Uhr im Weingut Hellmuth in Randersacker statt. Erst Weinprobe im
        Keller, dann Abendessen (vegetarisch geht, bitte bis 27.11. Bescheid geben). Shuttle ab
        Büro um 17:30.

        Wichteln: max. 15 EUR, Geschenk mitbringen!

        Bitte Termin annehmen, damit ich zählen kann.

        Liebe Grüße
        Jana
        """)
    ics = vcal("Microsoft Exchange Server 2010", "REQUEST", """
        BEGIN:VEVENT
        ORGANIZER;CN=Hofmann, Jana:mailto:jana.hofmann@mainsoft-labs.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Keller, Simon:mailto:simon.keller@example.org
        UID:040000008200E00074C5B7101A82E00800000000F6A7B8C9D081DC01000000000000000010000000D8E9
        SUMMARY;LANGUAGE=de-DE:Weihnachtsfeier Team Imaging & Plattform 🎄
        DTSTART;TZID=W. Europe Standard Time:20261211T180000
        DTEND;TZID=W. Europe Standard Time:20261211T230000
        DTSTAMP:20261130T082204Z
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Weingut Hellmuth\\, Randersacker
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        """, "W. Europe Standard Time")
    hs = head("\"Hofmann, Jana\" <jana.hofmann@mainsoft-labs.de>",
              "Weihnachtsfeier Team Imaging & Plattform 🎄", "2026-11-30 09:22:04", BER,
              "<FR2P281MB2533A1A2B3C4D5E6F7A8B9C0D1E2F3A4@FR2P281MB2533.DEUP281.PROD.OUTLOOK.COM>",
              to="Team Imaging <team-imaging@mainsoft-labs.de>",
              rcv=("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2093.outbound.protection.outlook.com [40.107.127.93])",
                   MX + " 4NQw8hMrX5z"),
              extra=(("Content-Language", "de-DE"),))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(48), family="user_research_interview", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="A software vendor's UX researcher confirms a 45-minute paid 'user interview' about their DICOM "
           "viewer (Tue, Nov 10, 4:00 PM CET) - Simon is a customer giving product feedback, not a candidate")
def m48() -> bytes:
    body = t("""
        Hi Simon,

        Thanks so much for signing up to help us improve Voxelia Viewer! Your user interview is
        confirmed:

          Tue, Nov 10, 2026 - 4:00 PM to 4:45 PM (CET)
          Zoom: https://voxelia.zoom.us/j/86610237745

        We'll ask about how your team reviews CT series, what slows you down in the current
        hanging protocols, and show you two early prototypes. There are no right or wrong answers -
        we're testing the product, not you.

        As a thank-you you'll receive a 75 EUR Amazon voucher after the session. We'll record the
        call for internal use only (consent form attached).

        Cheers,
        Maren Olsen
        Senior UX Researcher, Voxelia
        """)
    hs = head("Maren Olsen <maren.olsen@voxelia.io>", "You're confirmed: Voxelia user interview on Nov 10",
              "2026-11-04 13:05:29", BER, "<CAN5r7Tq0Wk2+Zp8LmB1x=Yc3vHd6Fs9@mail.gmail.com>",
              rcv=("from mail-wr1-f53.google.com (mail-wr1-f53.google.com [209.85.221.53])", MX + " 4N8Q1rTpK6z"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(49), family="interview_proposed", lang="de", interview=False, company="Spessart MedTech GmbH",
      days=(("Tue", "2026-11-17"),),
      note="Hiring manager proposes 'Dienstag, 17.11., um 10:00 Uhr' and asks Simon to confirm: proposed, "
           "not confirmed (Simon's acceptance later bounced)")
def m49() -> bytes:
    body = t("""
        Sehr geehrter Herr Keller,

        vielen Dank für Ihre Bewerbung als Softwareentwickler Ultraschall-Bildgebung. Ihr Profil
        hat uns sehr angesprochen, und wir würden Sie gern persönlich kennenlernen.

        Könnten Sie am Dienstag, 17.11., um 10:00 Uhr zu uns nach Aschaffenburg kommen? Geben Sie
        mir bitte kurz Bescheid, ob der Termin passt - sonst finden wir gern einen anderen.

        Mit freundlichen Grüßen

        Jürgen Weigand
        Leiter Softwareentwicklung
        Spessart MedTech GmbH
        Würzburger Straße 77 · 63739 Aschaffenburg
        Tel. 06021 45 80-330
        """)
    hs = head(addr("Jürgen Weigand", "j.weigand@spessart-medtech.de"),
              "Ihre Bewerbung – Gesprächstermin", "2026-11-09 16:20:37", BER, "<d8e2f1a0b9c3@spessart-medtech.de>",
              rcv=("from mail.spessart-medtech.de (mail.spessart-medtech.de [213.95.21.188])", MX + " 4NBg6tKwL1z"))
    return message(hs, text(body, charset="iso-8859-1"))


@mail(n(50), family="mailing_list", lang="en", interview=False, company=None,
      days=(("Tue", "2026-10-06"),),
      note="Open-source mailing list post about scheduling 'mentor interviews' for a student programme on "
           "Tuesday 6 Oct at 15:00 UTC - list traffic, not Simon's job interview")
def m50() -> bytes:
    body = t("""
        Hi all,

        Quick heads-up for everyone who volunteered as a mentor for the winter student
        programme: the mentor interviews with the applicants will be held on Tuesday, Oct 6, at
        15:00 UTC in the usual Jitsi room (https://meet.jit.si/opendicom-mentors). Each slot is
        20 minutes; the sign-up sheet is on the wiki.

        If you can't make it, please add your async questions to the pad instead.

        Also, a reminder that the 3.2 release freeze starts next Friday.

        Thanks,
        Beatriz

        --
        Beatriz Quintela - OpenDICOM Toolkit maintainers
        _______________________________________________
        opendicom-dev mailing list
        opendicom-dev@lists.opendicom.org
        https://lists.opendicom.org/mailman/listinfo/opendicom-dev
        """)
    hs = head("Beatriz Quintela via opendicom-dev <opendicom-dev@lists.opendicom.org>",
              "[opendicom-dev] Mentor interviews - Tuesday 15:00 UTC", "2026-09-29 18:06:44", "Europe/Lisbon",
              "<CAE4q9Wn1p+Rt2Kx7Zb0M=Ls3dVf8Gy@mail.gmail.com>",
              to="opendicom-dev@lists.opendicom.org",
              rcv=("from lists.opendicom.org (lists.opendicom.org [140.211.9.53])", MX + " 4MqF2cNsW8z"),
              extra=(("Reply-To", "opendicom-dev@lists.opendicom.org"),
                     ("List-Id", "OpenDICOM developers <opendicom-dev.lists.opendicom.org>"),
                     ("List-Unsubscribe", "<https://lists.opendicom.org/mailman/options/opendicom-dev>"),
                     ("List-Post", "<mailto:opendicom-dev@lists.opendicom.org>"),
                     ("Precedence", "list"),
                     ("Sender", "opendicom-dev <opendicom-dev-bounces@lists.opendicom.org>")))
    return message(hs, text(body, cte="7bit", charset="us-ascii"))
