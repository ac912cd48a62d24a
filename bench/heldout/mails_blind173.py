"""blind173: 50 hand-written mails from the inbox of Jonas Brinkmann, Osnabrück (Sep-Dec 2026).

Written blind (without reading the detector, its tests or the other held-out mails). Each function
builds one message; ``make.mail`` registers it with its label under the set name ``blind173``.
File numbers are a fixed shuffle of the writing order (keys 1-23 positive, 24-50 negative).
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

ORDER = random.Random(1730173).sample(range(1, 51), 50)
ME = "jonas.brinkmann@example.org"
ME_NAME = "Jonas Brinkmann"
BER = "Europe/Berlin"


def n(key: int) -> str:
    return f"blind173_{ORDER[key - 1]:03d}"


def me() -> str:
    return addr(ME_NAME, ME)


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, rcv: tuple[str, str] | None = None,
         to: str | None = None, charset: str = "utf-8", extra: tuple[tuple[str, str], ...] = (),
         pre: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [("Delivered-To", ME)]
    if rcv:
        hs.append(("Received", received(rcv[0], when, zone, rcv[1], ME)))
    hs += list(pre)
    hs += [("From", frm), ("To", to or me()), ("Subject", enc(subject, charset)),
           ("Date", date(when, zone)), ("Message-ID", msgid)]
    hs += list(extra)
    return hs


MX = "mx01.mail.example.org (Postfix) with ESMTPS id "


# =========================================================================== positives 1-8


@mail(n(1), family="greenhouse", lang="en", interview=True, kind="scheduled",
      company="Furrowline", contact="maya.okafor@furrowline.io",
      start="2026-09-17T14:00:00Z", end="2026-09-17T15:00:00Z",
      local="Thu 2026-09-17 16:00", local_end="2026-09-17 17:00", zone=BER,
      note="Greenhouse confirmation sent from New York (EDT); the slot is written in the candidate's "
           "zone, 4:00-5:00 PM CEST = 14:00-15:00Z, the ICS (UTC) agrees; contact = human Reply-To")
def b1() -> bytes:
    body = t("""
        Hi Jonas,

        Thanks for making time to talk with us! This email confirms your upcoming interview
        for Senior Embedded Software Engineer (Remote, EU) at Furrowline.

        Technical Interview
        Thursday, September 17, 2026
        4:00 PM - 5:00 PM CEST (Central European Summer Time)

        Interviewers:
          Hamid Rostami - Staff Engineer, Machine Control
          Ola Bergqvist - Engineering Manager

        Location: Google Meet - https://meet.google.com/fxq-rtbn-kwe

        If you need to reschedule, reply to this email and I'll sort it out.

        Best,
        Maya Okafor
        Recruiting, Furrowline
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Hi Jonas,</p>
        <p>Thanks for making time to talk with us! This email confirms your upcoming interview for
        <b>Senior Embedded Software Engineer (Remote, EU)</b> at Furrowline.</p>
        <table cellpadding="4" style="border:1px solid #ddd">
        <tr><td><b>Technical Interview</b></td></tr>
        <tr><td>Thursday, September 17, 2026<br>4:00 PM - 5:00 PM CEST (Central European Summer Time)</td></tr>
        <tr><td>Interviewers:<br>Hamid Rostami - Staff Engineer, Machine Control<br>
        Ola Bergqvist - Engineering Manager</td></tr>
        <tr><td>Location: <a href="https://meet.google.com/fxq-rtbn-kwe">Google Meet</a></td></tr>
        </table>
        <p>If you need to reschedule, reply to this email and I&#39;ll sort it out.</p>
        <p>Best,<br>Maya Okafor<br>Recruiting, Furrowline</p>
        <img src="https://app.greenhouse.io/email_open/4ac1e0d2.gif" width="1" height="1" alt="">
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Greenhouse Software//Interview Scheduler//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:gh-interview-88213457@greenhouse.io
        DTSTAMP:20260911T131402Z
        DTSTART:20260917T140000Z
        DTEND:20260917T150000Z
        SUMMARY:Technical Interview - Jonas Brinkmann - Furrowline
        LOCATION:https://meet.google.com/fxq-rtbn-kwe
        ORGANIZER;CN=Maya Okafor:mailto:maya.okafor@furrowline.io
        ATTENDEE;CN=Jonas Brinkmann;RSVP=TRUE:mailto:jonas.brinkmann@example.org
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Maya Okafor", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Furrowline - Senior Embedded Software Engineer (Remote, EU)",
              "2026-09-11 09:14", "America/New_York",
              "<0100019162b7a1c4-5d7e2f0a-7c1b-4b8e-9d11-2f6a8c0e4b71-000000@email.amazonses.com>",
              rcv=("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])",
                   MX + "4Gk7p2QzZ1"),
              extra=(("Reply-To", addr("Maya Okafor", "maya.okafor@furrowline.io")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(2), family="personio", lang="de", interview=True, kind="scheduled",
      company="Hasetal Landtechnik GmbH", contact="k.overmeyer@hasetal-landtechnik.de",
      start="2026-09-15T07:30:00Z", end="2026-09-15T08:30:00Z",
      local="Tue 2026-09-15 09:30", local_end="2026-09-15 10:30", zone=BER,
      note="Personio invitation in German: 'Di., 15.09.2026 um 9.30 Uhr', 'Dauer: 60 Minuten' -> "
           "09:30-10:30 CEST = 07:30-08:30Z; contact = recruiter in Reply-To")
def b2() -> bytes:
    body = t("""
        Sehr geehrter Herr Brinkmann,

        vielen Dank für Ihre Bewerbung als Softwareentwickler Embedded Systems (m/w/d) und das
        nette Telefonat in der vergangenen Woche.

        Wir freuen uns, Sie persönlich kennenzulernen, und bestätigen Ihnen hiermit den Termin
        für Ihr Vorstellungsgespräch:

        Termin:   Di., 15.09.2026 um 9.30 Uhr
        Dauer:    60 Minuten
        Ort:      Hasetal Landtechnik GmbH, Am Fledder 14, 49084 Osnabrück
                  (Empfang im Erdgeschoss, Besucherparkplätze vor Halle 2)
        Gespräch mit: Katrin Overmeyer (HR) und Dirk Lammers (Teamleitung Steuerungssoftware)

        Bitte bringen Sie gern ein Beispiel aus Ihrer bisherigen Arbeit mit (z. B. eine
        ISOBUS-Anbindung oder Ähnliches), über das wir sprechen können.

        Sollten Sie verhindert sein, antworten Sie bitte einfach auf diese E-Mail.

        Mit freundlichen Grüßen

        Katrin Overmeyer
        Personalreferentin
        Hasetal Landtechnik GmbH | Am Fledder 14 | 49084 Osnabrück
        Tel. +49 541 99812-41
        """)
    body_html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"></head>
        <body style="font-family:'Open Sans',Arial,sans-serif;color:#1f2933">
        <div style="max-width:600px;margin:0 auto">
        <p>Sehr geehrter Herr Brinkmann,</p>
        <p>vielen Dank für Ihre Bewerbung als Softwareentwickler Embedded Systems (m/w/d) und das nette
        Telefonat in der vergangenen Woche.</p>
        <p>Wir freuen uns, Sie persönlich kennenzulernen, und bestätigen Ihnen hiermit den Termin für Ihr
        Vorstellungsgespräch:</p>
        <table style="border-collapse:collapse">
        <tr><td style="padding:2px 12px 2px 0">Termin:</td><td><b>Di., 15.09.2026 um 9.30 Uhr</b></td></tr>
        <tr><td style="padding:2px 12px 2px 0">Dauer:</td><td>60 Minuten</td></tr>
        <tr><td style="padding:2px 12px 2px 0">Ort:</td><td>Hasetal Landtechnik GmbH, Am Fledder 14, 49084 Osnabrück<br>
        (Empfang im Erdgeschoss, Besucherparkplätze vor Halle 2)</td></tr>
        <tr><td style="padding:2px 12px 2px 0">Gespräch mit:</td><td>Katrin Overmeyer (HR) und Dirk Lammers
        (Teamleitung Steuerungssoftware)</td></tr>
        </table>
        <p>Bitte bringen Sie gern ein Beispiel aus Ihrer bisherigen Arbeit mit (z.&nbsp;B. eine
        ISOBUS-Anbindung oder Ähnliches), über das wir sprechen können.</p>
        <p>Sollten Sie verhindert sein, antworten Sie bitte einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen</p>
        <p>Katrin Overmeyer<br>Personalreferentin<br>Hasetal Landtechnik GmbH | Am Fledder 14 | 49084 Osnabrück<br>
        Tel. +49 541 99812-41</p>
        <p style="font-size:11px;color:#8a94a0">Gesendet über Personio</p>
        </div></body></html>
        """)
    hs = head(addr("Hasetal Landtechnik GmbH", "noreply@mail.personio.de"),
              "Einladung zum Vorstellungsgespräch – Softwareentwickler Embedded Systems (m/w/d)",
              "2026-09-07 14:22", BER, "<20260907122207.7f3c91ab5d@mail.personio.de>",
              rcv=("from mail.personio.de (mail.personio.de [185.64.21.17])", MX + "7Hs2KqWv4L"),
              extra=(("Reply-To", addr("Katrin Overmeyer", "k.overmeyer@hasetal-landtechnik.de")),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(body), html(body_html)))


@mail(n(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      company="Kleefeld Robotics", contact="tobias@kleefeld-robotics.de",
      start="2026-09-21T13:15:00Z", local="Mon 2026-09-21 15:15", zone=BER,
      note="Founder's phone reply, du-form: 'kommenden Montag um viertel nach drei' resolved against the "
           "Date (Wed 16 Sep 2026) -> Mon 21 Sep 15:15 CEST = 13:15Z; 'so ne Stunde' is not an exact "
           "length, end null; contact = sender")
def b3() -> bytes:
    body = t("""
        Hi Jonas,

        super, dann machen wir das so: kommenden Montag um viertel nach drei bei uns im Büro am
        Hafen (Hafenweg 26a, 2. OG, Klingel "Kleefeld"). Nicola aus der Hardware ist auch dabei,
        plan mal so ne Stunde ein. Wir zeigen dir danach noch den Prototypen in der Halle, falls
        du Lust hast 🙂

        Parken ist am Hafen eher mies, lieber mit dem Rad oder Bus (Linie 6 bis Hafenplatz).

        Bis Montag!
        Tobias

        Von meinem iPhone gesendet

        > Am 16.09.2026 um 19:02 schrieb Jonas Brinkmann <jonas.brinkmann@example.org>:
        >
        > Hallo Tobias,
        >
        > danke für den Anruf heute! Montagnachmittag würde mir gut passen, ich kann ab 14 Uhr
        > in Münster sein.
        >
        > Viele Grüße
        > Jonas
        """)
    hs = head(addr("Tobias Kleefeld", "tobias@kleefeld-robotics.de"), "Re: Kennenlernen bei Kleefeld Robotics",
              "2026-09-16 21:47", BER, "<6E1F0B7A-2C44-4D8B-9A0E-51C3D7F2A9B0@kleefeld-robotics.de>",
              rcv=("from mout.kundenserver.de (mout.kundenserver.de [212.227.126.133])", MX + "2Bq8NvTx0c"),
              extra=(("In-Reply-To", "<b7c1e9d2-5f3a-4e61-8a70-0d2c9f4e1a33@example.org>"),
                     ("References", "<b7c1e9d2-5f3a-4e61-8a70-0d2c9f4e1a33@example.org>"),
                     ("X-Mailer", "iPhone Mail (21H16)")))
    return message(hs, text(body, cte="8bit", params="format=flowed"))


@mail(n(4), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      company="Teutoburger Steuerungstechnik AG", contact="anja.schroeder-wittkamp@teutoburger-st.de",
      start="2026-10-26T09:00:00Z", end="2026-10-26T10:30:00Z",
      local="Mon 2026-10-26 10:00", local_end="2026-10-26 11:30", zone=BER,
      note="Exchange meeting request (TZID 'W. Europe Standard Time'), sent Thu 22 Oct in CEST for Mon "
           "26 Oct, the day after the switch back to CET: 10:00-11:30 CET = 09:00-10:30Z (not 08:00); "
           "the Outlook 'Wann' line shows (UTC+01:00); contact = organizer/sender")
def b4() -> bytes:
    body = t("""
        Wann: Montag, 26. Oktober 2026 10:00-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Microsoft Teams-Besprechung

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrter Herr Brinkmann,

        wie telefonisch vereinbart sende ich Ihnen hiermit die Einladung zu Ihrem
        Vorstellungsgespräch für die Position "Softwareentwickler (m/w/d) Mobile Arbeitsmaschinen".
        Teilnehmen werden Herr Dr. Fricke (Bereichsleitung Software) und ich.

        Kleiner Hinweis: Am Wochenende werden die Uhren umgestellt – der Termin ist am Montag
        um 10:00 Uhr Winterzeit.

        Mit freundlichen Grüßen
        Anja Schröder-Wittkamp
        Personalentwicklung

        Teutoburger Steuerungstechnik AG
        Eckendorfer Straße 91 · 33609 Bielefeld
        Vorstand: Dr. Wolfgang Brandhorst · AG Bielefeld HRB 40127

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Auf dem Computer, in der mobilen App oder im Raumgerät teilnehmen
        Klicken Sie hier, um an der Besprechung teilzunehmen
        <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE4ZTcxNDEtNTQ2Ny00@thread.v2/0?context=%7b%22Tid%22%3a%22c1d0f2e3%22%7d>
        Besprechungs-ID: 371 884 502 119
        Kennung: Fq6Bx2
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen
        ________________________________________________________________________________
        """)
    body_html = t("""
        <html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1">
        <div class="WordSection1">
        <p class="MsoNormal">Sehr geehrter Herr Brinkmann,</p>
        <p class="MsoNormal">wie telefonisch vereinbart sende ich Ihnen hiermit die Einladung zu Ihrem
        Vorstellungsgespräch für die Position „Softwareentwickler (m/w/d) Mobile Arbeitsmaschinen“.
        Teilnehmen werden Herr Dr. Fricke (Bereichsleitung Software) und ich.</p>
        <p class="MsoNormal">Kleiner Hinweis: Am Wochenende werden die Uhren umgestellt – der Termin ist am
        Montag um 10:00 Uhr Winterzeit.</p>
        <p class="MsoNormal">Mit freundlichen Grüßen<br>Anja Schröder-Wittkamp<br>Personalentwicklung</p>
        <p class="MsoNormal" style="font-size:9pt;color:gray">Teutoburger Steuerungstechnik AG<br>
        Eckendorfer Straße 91 · 33609 Bielefeld<br>Vorstand: Dr. Wolfgang Brandhorst · AG Bielefeld HRB 40127</p>
        <div style="margin-top:24px">
        <span style="font-size:18pt;color:#252424">Microsoft Teams-Besprechung</span><br>
        <b>Auf dem Computer, in der mobilen App oder im Raumgerät teilnehmen</b><br>
        <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE4ZTcxNDEtNTQ2Ny00@thread.v2/0">
        Klicken Sie hier, um an der Besprechung teilzunehmen</a><br>
        Besprechungs-ID: 371 884 502 119<br>Kennung: Fq6Bx2</div>
        </div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Schröder-Wittkamp, Anja:mailto:anja.schroeder-wittkamp@teutoburger-st.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Brinkmann:mailto:jonas.brinkmann@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fricke, Dr. Hendrik:mailto:hendrik.fricke@teutoburger-st.de
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Brinkmann,\\n\\nwie telefonisch vereinbart sende ich Ihnen hiermit die Einladung zu Ihrem Vorstellungsgespräch.\\n
        UID:040000008200E00074C5B7101A82E00800000000B0E3A4B1F461DC01000000000000000010000000A7C2D8E16B3F2E4C9D0A1B2C3D4E5F60
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Jonas Brinkmann – Softwareentwicklung Mobile Arbeitsmaschinen
        DTSTART;TZID=W. Europe Standard Time:20261026T100000
        DTEND;TZID=W. Europe Standard Time:20261026T113000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261022T090512Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-OWNERAPPTID:2123657761
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:1
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-DONOTFORWARDMEETING:FALSE
        X-MICROSOFT-DISALLOW-COUNTER:FALSE
        X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
        X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
        BEGIN:VALARM
        DESCRIPTION:REMINDER
        TRIGGER;RELATED=START:-PT15M
        ACTION:DISPLAY
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    hs = head(addr("Schröder-Wittkamp, Anja", "anja.schroeder-wittkamp@teutoburger-st.de"),
              "Vorstellungsgespräch Jonas Brinkmann – Softwareentwicklung Mobile Arbeitsmaschinen",
              "2026-10-22 11:05", BER,
              "<AM9PR07MB7241B3D0E2C8F1A4E6B7C2D9A3F50@AM9PR07MB7241.eurprd07.prod.outlook.com>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2112.outbound."
                   "protection.outlook.com [40.107.22.112])", MX + "9Rr3LmCd5e"),
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Jonas Brinkmann – Softwareentwicklung "
                                          "Mobile Arbeitsmaschinen")),
                     ("Thread-Index", "AdtkF3c0Q2Z1b2R5TmV3VGhyZWFkSW5kZXg="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-SCL", "1")))
    return message(hs, alt(text(body), html(body_html), calendar(ics, cte="base64")))


@mail(n(5), family="recruitee", lang="en", interview=True, kind="scheduled",
      company="Twentse Agri Robotics B.V.", contact="femke.nijhuis@twentse-agri.nl",
      start="2026-10-08T12:00:00Z", end="2026-10-08T13:00:00Z",
      local="Thu 2026-10-08 14:00", local_end="2026-10-08 15:00", zone="Europe/Amsterdam",
      note="Dutch employer (Enschede) via Recruitee, English: 'Thursday 8 October 2026, 14:00 - 15:00 "
           "(Europe/Amsterdam)' = 12:00-13:00Z (CEST); confirms the slot Femke proposed earlier (thread); "
           "contact = Reply-To recruiter")
def b5() -> bytes:
    body = t("""
        Hi Jonas,

        Great news - your interview with Twentse Agri Robotics is confirmed!

        Position:   Software Engineer Robot Navigation
        Stage:      First interview
        Date:       Thursday 8 October 2026
        Time:       14:00 - 15:00 (Europe/Amsterdam)
        Location:   Twentse Agri Robotics, Hengelosestraat 501, 7521 AN Enschede
                    Free parking at the Kennispark garage, ask for Femke at the desk.

        You will meet:
        Femke Nijhuis - Talent Acquisition
        Joost van der Veen - Lead Robotics Software

        Need to change something? Just reply to this message.

        Tot snel!
        Femke Nijhuis
        Twentse Agri Robotics B.V.

        --
        Sent with Recruitee - https://recruitee.com
        """)
    body_html = t("""
        <html><body style="margin:0;background:#f4f6f8">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#283040">
        <tr><td style="padding:24px"><img src="https://recruitee-main.s3.amazonaws.com/logos/twentse-agri.png" alt="Twentse Agri Robotics" height="36"></td></tr>
        <tr><td style="padding:0 24px">
        <p>Hi Jonas,</p>
        <p>Great news - your interview with Twentse Agri Robotics is confirmed!</p>
        <p><b>Position:</b> Software Engineer Robot Navigation<br><b>Stage:</b> First interview<br>
        <b>Date:</b> Thursday 8 October 2026<br><b>Time:</b> 14:00 - 15:00 (Europe/Amsterdam)<br>
        <b>Location:</b> Twentse Agri Robotics, Hengelosestraat 501, 7521 AN Enschede<br>
        Free parking at the Kennispark garage, ask for Femke at the desk.</p>
        <p>You will meet:<br>Femke Nijhuis - Talent Acquisition<br>Joost van der Veen - Lead Robotics Software</p>
        <p>Need to change something? Just reply to this message.</p>
        <p>Tot snel!<br>Femke Nijhuis<br>Twentse Agri Robotics B.V.</p>
        </td></tr>
        <tr><td style="padding:24px;font-size:11px;color:#99a">Sent with Recruitee</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Twentse Agri Robotics", "noreply@recruitee.com"),
              "Interview confirmed: Software Engineer Robot Navigation", "2026-10-02 10:12", "Europe/Amsterdam",
              "<5f7e1c2a9b0d4e3f8a6b.recruitee.mail.1902771@recruitee.com>",
              rcv=("from o1.email.recruitee.com (o1.email.recruitee.com [167.89.101.43])", MX + "3Xz1WqP8sd"),
              extra=(("Reply-To", addr("Femke Nijhuis", "femke.nijhuis@twentse-agri.nl")),
                     ("X-SG-EID", "u001.kq3bT1xB2yZ0c9M8hVw")))
    return message(hs, alt(text(body, cte="base64"), html(body_html, cte="base64")))


@mail(n(6), family="calendly", lang="en", interview=True, kind="scheduled",
      company="Prairie Yield Analytics", contact="dana.whitfield@prairieyield.com",
      start="2026-11-03T15:00:00Z", end="2026-11-03T15:45:00Z",
      local="Tue 2026-11-03 09:00", local_end="2026-11-03 09:45", zone="America/Chicago",
      note="Calendly confirmation sent Thu 29 Oct while Chicago is still on CDT (-0500); the event is "
           "Tue 3 Nov after US clocks went back: 9:00-9:45am Central = CST -0600 = 15:00-15:45Z "
           "(16:00 in Osnabrück); contact = Reply-To host")
def b6() -> bytes:
    body = t("""
        Hi Jonas Brinkmann,

        Your Technical Interview (45 min) with Dana Whitfield at 09:00am (Central Time - US & Canada)
        on Tuesday, November 3, 2026 is scheduled.

        Event Type:
        Technical Interview (45 min)

        Event Date/Time:
        09:00am - 09:45am (Central Time - US & Canada) on Tuesday, November 3, 2026

        Location:
        This is a Zoom web conference.
        Join from PC, Mac, iPad, iPhone or Android device:
        https://prairieyield.zoom.us/j/84412093317?pwd=cGZ0V3dXeHd6RkpuT2s

        Invitee Time Zone:
        Central Time - US & Canada

        Questions:
        Anything you'd like us to know before the call?
        I'm based in Osnabrück, Germany (CET) - happy with the US morning slot.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/3b7e0c52-9f1d-4a5b-8a3e-1f6c2d7b9e04
        Reschedule: https://calendly.com/reschedulings/3b7e0c52-9f1d-4a5b-8a3e-1f6c2d7b9e04

        Powered by Calendly.com
        """)
    body_html = t("""
        <html><body style="font-family:proxima-nova,Helvetica,Arial,sans-serif;color:#4d5055">
        <p>Hi Jonas Brinkmann,</p>
        <p>Your <b>Technical Interview (45 min)</b> with <b>Dana Whitfield</b> at 09:00am (Central Time - US &amp; Canada)
        on Tuesday, November 3, 2026 is scheduled.</p>
        <p><b>Event Type:</b><br>Technical Interview (45 min)</p>
        <p><b>Event Date/Time:</b><br>09:00am - 09:45am (Central Time - US &amp; Canada) on Tuesday, November 3, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br>
        <a href="https://prairieyield.zoom.us/j/84412093317?pwd=cGZ0V3dXeHd6RkpuT2s">https://prairieyield.zoom.us/j/84412093317</a></p>
        <p><b>Invitee Time Zone:</b><br>Central Time - US &amp; Canada</p>
        <p><b>Questions:</b><br>Anything you'd like us to know before the call?<br>
        I'm based in Osnabrück, Germany (CET) - happy with the US morning slot.</p>
        <p><a href="https://calendly.com/cancellations/3b7e0c52-9f1d-4a5b-8a3e-1f6c2d7b9e04">Cancel</a> |
        <a href="https://calendly.com/reschedulings/3b7e0c52-9f1d-4a5b-8a3e-1f6c2d7b9e04">Reschedule</a></p>
        <p style="font-size:12px">Powered by <a href="https://calendly.com">Calendly.com</a></p>
        </body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Technical Interview (45 min) with Dana Whitfield on Tuesday, November 3, 2026",
              "2026-10-29 10:41", "America/Chicago", "<3b7e0c52.9f1d.4a5b.invitee.confirmation@calendly.com>",
              rcv=("from o7.ptr8812.calendly.com (o7.ptr8812.calendly.com [149.72.164.9])", MX + "6Tf2YcN0bv"),
              extra=(("Reply-To", addr("Dana Whitfield", "dana.whitfield@prairieyield.com")),))
    return message(hs, alt(text(body), html(body_html)))


@mail(n(7), family="workday", lang="de", interview=True, kind="scheduled",
      company="Grünfeld Agrar Systems SE", contact=None,
      start="2026-10-21T11:00:00Z", end="2026-10-21T12:00:00Z",
      local="Wed 2026-10-21 13:00", local_end="2026-10-21 14:00", zone=BER,
      note="Workday notification (HTML only, QP), German: 'Mittwoch, 21. Oktober 2026, 13:00 - 14:00 "
           "(GMT+02:00) Mitteleuropäische Sommerzeit' = 11:00-12:00Z; only the Workday tenant address and "
           "interviewer names, no human address -> contact null")
def b7() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
        <table width="600" align="center" cellpadding="0" cellspacing="0">
        <tr><td style="background:#00594f;padding:18px;color:#ffffff;font-size:20px">Grünfeld Agrar Systems</td></tr>
        <tr><td style="padding:20px">
        <p>Hallo Jonas Brinkmann,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Senior Software Engineer Farm Management
        (m/w/d) – R-0028813</b>.</p>
        <p>Wir freuen uns, Ihnen Ihren Interviewtermin zu bestätigen:</p>
        <table cellpadding="3">
        <tr><td><b>Datum:</b></td><td>Mittwoch, 21. Oktober 2026</td></tr>
        <tr><td><b>Uhrzeit:</b></td><td>13:00 - 14:00 (GMT+02:00) Mitteleuropäische Sommerzeit</td></tr>
        <tr><td><b>Format:</b></td><td>Microsoft Teams (den Link erhalten Sie separat vom Interviewteam)</td></tr>
        <tr><td><b>Interviewer:</b></td><td>Dr. Heike Lampe, Manager Digital Farming<br>Timo Schwarze, Product Owner</td></tr>
        </table>
        <p>Sie können den Status Ihrer Bewerbung jederzeit in unserem Kandidatenportal einsehen:<br>
        <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/gruenfeld/GAS_Careers/userHome">Kandidatenportal öffnen</a></p>
        <p>Bei Fragen wenden Sie sich bitte über das Kandidatenportal an Ihr Recruiting-Team.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Talent Acquisition Team<br>Grünfeld Agrar Systems SE, Hannover</p>
        <p style="font-size:11px;color:#888888">Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht
        auf diese Nachricht.</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Grünfeld Agrar Systems", "gruenfeld@myworkday.com"),
              "Ihr Interviewtermin bei Grünfeld Agrar Systems", "2026-10-13 16:03", BER,
              "<1449807351.77123.1792332180221@wd3-prod-mail.myworkday.com>",
              rcv=("from wd3-prod-mail.myworkday.com (wd3-prod-mail.myworkday.com [162.252.133.41])",
                   MX + "0Lp5JrS1aw"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(body_html))


@mail(n(8), family="teamtailor", lang="de", interview=True, kind="scheduled",
      company="Weserkai Software GmbH", contact="lina.hoppe@weserkai.de",
      start="2026-12-11T10:00:00Z", end="2026-12-11T10:45:00Z",
      local="Fri 2026-12-11 11:00", local_end="2026-12-11 11:45", zone=BER,
      note="Teamtailor (du-form) 'Fr., 11.12. um 11:00 Uhr', '45 Minuten' -> 11:00-11:45 CET = "
           "10:00-10:45Z, year from the Date (3 Dec 2026); ICS in UTC agrees; contact = Reply-To recruiter")
def b8() -> bytes:
    body = t("""
        Hey Jonas,

        schön, dass es geklappt hat! Hier nochmal alles zu deinem Interview bei Weserkai:

        📅 Fr., 11.12. um 11:00 Uhr
        ⏱ 45 Minuten
        📍 Google Meet: https://meet.google.com/wkr-pxat-qmd

        Dabei sind Ole (CTO) und ich. Wir quatschen über deine bisherigen Projekte, und Ole
        stellt dir unser Routenplanungs-Backend für die Hafenlogistik vor. Eine Vorbereitung
        brauchst du nicht – bring einfach gute Fragen mit.

        Falls was dazwischenkommt, antworte einfach auf diese Mail.

        Bis Freitag!
        Lina Hoppe
        People & Culture · Weserkai Software GmbH · Bremen

        ---
        Weserkai Software GmbH · Konsul-Smidt-Straße 8 · 28217 Bremen
        Du bekommst diese Nachricht, weil du dich bei Weserkai Software beworben hast.
        Powered by Teamtailor
        """)
    body_html = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif;background:#fafafa">
        <div style="max-width:560px;margin:24px auto;background:#fff;padding:28px;border-radius:8px">
        <p>Hey Jonas,</p>
        <p>schön, dass es geklappt hat! Hier nochmal alles zu deinem Interview bei Weserkai:</p>
        <p>📅 <strong>Fr., 11.12. um 11:00 Uhr</strong><br>⏱ 45 Minuten<br>
        📍 Google Meet: <a href="https://meet.google.com/wkr-pxat-qmd">meet.google.com/wkr-pxat-qmd</a></p>
        <p>Dabei sind Ole (CTO) und ich. Wir quatschen über deine bisherigen Projekte, und Ole stellt dir
        unser Routenplanungs-Backend für die Hafenlogistik vor. Eine Vorbereitung brauchst du nicht – bring
        einfach gute Fragen mit.</p>
        <p>Falls was dazwischenkommt, antworte einfach auf diese Mail.</p>
        <p>Bis Freitag!<br>Lina Hoppe<br>People &amp; Culture · Weserkai Software GmbH · Bremen</p>
        <hr style="border:none;border-top:1px solid #eee">
        <p style="font-size:11px;color:#999">Weserkai Software GmbH · Konsul-Smidt-Straße 8 · 28217 Bremen<br>
        Du bekommst diese Nachricht, weil du dich bei Weserkai Software beworben hast.<br>Powered by Teamtailor</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Teamtailor//Interview//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:tt-interview-5521907@teamtailor.com
        DTSTAMP:20261203T143011Z
        DTSTART:20261211T100000Z
        DTEND:20261211T104500Z
        SUMMARY:Interview: Jonas Brinkmann <> Weserkai Software
        LOCATION:https://meet.google.com/wkr-pxat-qmd
        ORGANIZER;CN=Lina Hoppe:mailto:lina.hoppe@weserkai.de
        ATTENDEE;CN=Jonas Brinkmann;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jonas.brinkmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Lina Hoppe via Weserkai Software", "no-reply@teamtailor-mail.com"),
              "Dein Interview bei Weserkai Software 🎉", "2026-12-03 15:30", BER,
              "<tt.5521907.1764772211@teamtailor-mail.com>",
              rcv=("from mail-out.teamtailor-mail.com (mail-out.teamtailor-mail.com [52.17.88.214])",
                   MX + "8Wn6HbE3tg"),
              extra=(("Reply-To", addr("Lina Hoppe", "lina.hoppe@weserkai.de")),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, filename="interview.ics", disposition="attachment", cte="base64")))


# =========================================================================== positives 9-16


@mail(n(9), family="human_prose", lang="en", interview=True, kind="rescheduled",
      company="Tillage Labs Ltd", contact="rhys.morgan@tillagelabs.co.uk",
      start="2026-10-02T09:30:00Z", local="Fri 2026-10-02 10:30", zone="Europe/London",
      note="Hiring manager (Bristol) moves 'Thursday 1 Oct, 2pm UK' to 'Friday 2 Oct, 10:30am UK time "
           "(11:30 for you)'; BST -> 09:30Z; new time fixed (the candidate had offered Friday morning in "
           "the quoted thread); old time also written; no length given; contact = sender")
def b9() -> bytes:
    body = t("""
        Hi Jonas,

        Apologies for the shuffle - I've been pulled into a customer visit on Thursday, so I've
        moved our chat from Thursday 1 Oct, 2pm UK time, to Friday 2 Oct at 10:30am UK time
        (11:30 for you in Osnabrück). You mentioned Friday morning works, and Priya has already
        confirmed she can join, so consider it locked in. Same Meet link as before, I'll update
        the invite in a minute.

        Thanks for being flexible!

        Rhys

        --
        Rhys Morgan
        Head of Engineering | Tillage Labs
        Unit 4, Paintworks, Bristol BS4 3EH

        On Fri, 25 Sept 2026 at 16:31, Jonas Brinkmann <jonas.brinkmann@example.org> wrote:
        > Hi Rhys,
        >
        > Thursday at 2pm UK time is perfect, thanks. Should anything change on your side,
        > Friday morning would work for me as well.
        >
        > Best,
        > Jonas
        """)
    hs = head(addr("Rhys Morgan", "rhys.morgan@tillagelabs.co.uk"), "Re: Tillage Labs - next step",
              "2026-09-28 08:52", "Europe/London", "<CAJ7q0fWbVtX2r1mF8o9PzQ3kL5sYd+Hn4uE6gB2cRa@mail.gmail.com>",
              rcv=("from mail-wm1-f54.google.com (mail-wm1-f54.google.com [209.85.128.54])", MX + "1Dc9QpZu7k"),
              extra=(("In-Reply-To", "<f2a9c7e1-3b4d-4c8e-9f10-6a2b5d8e7c44@example.org>"),
                     ("References", "<CAJ7q0fVxQ1n@mail.gmail.com> <f2a9c7e1-3b4d-4c8e-9f10-6a2b5d8e7c44@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(10), family="google_calendar", lang="de", interview=True, kind="rescheduled",
      company="Münsterland Agrardaten GmbH", contact="sven.terhorst@ms-agrardaten.de",
      start="2026-11-19T13:00:00Z", end="2026-11-19T14:00:00Z",
      local="Thu 2026-11-19 14:00", local_end="2026-11-19 15:00", zone=BER,
      note="German Google Calendar 'Aktualisierte Einladung': 'Geändert: Do. 19. Nov. 2026 14:00 – 15:00 "
           "(Mitteleuropäische Normalzeit - Berlin)', 'Vorher: Mi. 18. Nov. 10:00' -> new slot 13:00-14:00Z; "
           "ICS SEQUENCE 1 in UTC agrees; contact = organizer")
def b10() -> bytes:
    body = t("""
        Diese Veranstaltung wurde geändert.

        Zweitgespräch Jonas Brinkmann / Münsterland Agrardaten
        Wann
        Geändert: Do. 19. Nov. 2026 14:00 – 15:00 (Mitteleuropäische Normalzeit - Berlin)
        Vorher: Mi. 18. Nov. 2026 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)

        Mit Google Meet teilnehmen
        meet.google.com/sgt-nqrw-bxe

        Telefonisch teilnehmen
        (DE) +49 30 300195021
        PIN: 884 213 507#

        Gäste
        Sven Terhorst - Organisator
        Birte Wessels
        jonas.brinkmann@example.org

        Hallo Herr Brinkmann, wie besprochen auf Donnerstag verlegt. Frau Wessels aus dem
        Produktmanagement ist dann auch dabei. Viele Grüße, Sven Terhorst

        Alle Gastinformationen anzeigen
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2tkN2JhM2E4ZjFnc3ZlbiB0ZXJob3JzdA

        Antworten für jonas.brinkmann@example.org: Ja | Nein | Vielleicht | Weitere Optionen

        Einladung von Google Kalender: https://calendar.google.com/calendar/

        Sie erhalten diese E-Mail, weil Sie ein Gast bei dieser Veranstaltung sind. Wenn Sie keine
        Benachrichtigungen mehr für diese Veranstaltung erhalten möchten, lehnen Sie sie ab.
        """)
    body_html = t("""
        <span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope itemtype="http://schema.org/Person"><meta itemprop="description" content="Aktualisierte Einladung"/></span></span>
        <div style="font-family:Roboto,Helvetica,Arial,sans-serif;color:#3c4043">
        <div style="font-size:14px;padding-bottom:12px">Diese Veranstaltung wurde geändert.</div>
        <h2 style="font-size:22px;font-weight:400">Zweitgespräch Jonas Brinkmann / Münsterland Agrardaten</h2>
        <table><tr><td style="vertical-align:top;padding-right:16px;color:#70757a">Wann</td>
        <td><span style="color:#d93025">Geändert:</span> Do. 19. Nov. 2026 14:00 – 15:00 (Mitteleuropäische Normalzeit - Berlin)<br>
        <span style="text-decoration:line-through;color:#70757a">Mi. 18. Nov. 2026 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)</span></td></tr>
        <tr><td style="color:#70757a">Teilnehmen</td><td><a href="https://meet.google.com/sgt-nqrw-bxe">meet.google.com/sgt-nqrw-bxe</a></td></tr>
        <tr><td style="vertical-align:top;color:#70757a">Gäste</td><td>Sven Terhorst - Organisator<br>Birte Wessels<br>jonas.brinkmann@example.org</td></tr>
        </table>
        <p>Hallo Herr Brinkmann, wie besprochen auf Donnerstag verlegt. Frau Wessels aus dem Produktmanagement ist dann
        auch dabei. Viele Grüße, Sven Terhorst</p>
        <p style="font-size:12px;color:#70757a">Einladung von Google Kalender</p>
        </div>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Google Inc//Google Calendar 70.9054//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:REQUEST
        BEGIN:VEVENT
        DTSTART:20261119T130000Z
        DTEND:20261119T140000Z
        DTSTAMP:20261116T082011Z
        ORGANIZER;CN=Sven Terhorst:mailto:sven.terhorst@ms-agrardaten.de
        UID:7kd7ba3a8f1gsven0terhorst@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sven Terhorst;X-NUM-GUESTS=0:mailto:sven.terhorst@ms-agrardaten.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Birte Wessels;X-NUM-GUESTS=0:mailto:birte.wessels@ms-agrardaten.de
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=jonas.brinkmann@example.org;X-NUM-GUESTS=0:mailto:jonas.brinkmann@example.org
        X-GOOGLE-CONFERENCE:https://meet.google.com/sgt-nqrw-bxe
        CREATED:20261109T101544Z
        DESCRIPTION:Hallo Herr Brinkmann\\, wie besprochen auf Donnerstag verlegt. Frau Wessels aus dem Produktmanagement ist dann auch dabei. Viele Grüße\\, Sven Terhorst
        LAST-MODIFIED:20261116T082010Z
        LOCATION:
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Zweitgespräch Jonas Brinkmann / Münsterland Agrardaten
        TRANSP:OPAQUE
        END:VEVENT
        END:VCALENDAR
        """)
    subject = ("Aktualisierte Einladung: Zweitgespräch Jonas Brinkmann / Münsterland Agrardaten @ "
               "Do. 19. Nov. 2026 14:00 - 15:00 (MEZ) (jonas.brinkmann@example.org)")
    hs = head(addr("Sven Terhorst", "sven.terhorst@ms-agrardaten.de"), subject, "2026-11-16 09:20", BER,
              "<calendar-5a1e9c0b-7f44-4d2e-b8a1-3c9e2f7d1b60@google.com>",
              rcv=("from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])", MX + "5Gh8RtYk2m"),
              pre=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),),
              extra=(("Reply-To", "sven.terhorst@ms-agrardaten.de"),))
    return message(hs, mixed(alt(text(body), html(body_html), calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, cte="base64",
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(n(11), family="exchange_outlook", lang="de", interview=True, kind="cancelled",
      company="Leinetal Fahrzeugelektronik GmbH", contact="marcel.wehmeyer@leinetal-fe.de",
      start="2026-11-10T13:00:00Z", end="2026-11-10T14:00:00Z",
      local="Tue 2026-11-10 14:00", local_end="2026-11-10 15:00", zone=BER,
      note="Exchange cancellation 'Abgesagt:' with METHOD:CANCEL (W. Europe Standard Time), position filled "
           "internally, no new time; cancelled slot Di 10.11. 14:00-15:00 CET = 13:00-14:00Z; contact = sender")
def b11() -> bytes:
    body = t("""
        Wann: Dienstag, 10. November 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Leinetal Fahrzeugelektronik, Vahrenwalder Str. 212, Hannover – Raum 3.14

        *~*~*~*~*~*~*~*~*~*

        Sehr geehrter Herr Brinkmann,

        leider muss ich unser für Dienstag geplantes Vorstellungsgespräch absagen: Die Stelle
        "Embedded-Softwareentwickler CAN/J1939" wird kurzfristig intern besetzt. Das tut mir
        ehrlich leid, zumal Sie schon die Anreise aus Osnabrück geplant hatten.

        Ihre Unterlagen würde ich – Ihr Einverständnis vorausgesetzt – gern für künftige
        Vakanzen vormerken.

        Mit freundlichen Grüßen
        Marcel Wehmeyer
        Recruiting & Employer Branding
        Leinetal Fahrzeugelektronik GmbH · Vahrenwalder Str. 212 · 30179 Hannover
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Wehmeyer, Marcel:mailto:marcel.wehmeyer@leinetal-fe.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Jonas Brinkmann:mailto:jonas.brinkmann@example.org
        DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Brinkmann\\,\\n\\nleider muss ich unser für Dienstag geplantes Vorstellungsgespräch absagen.\\n
        UID:040000008200E00074C5B7101A82E008000000009C4A7D21E86BDC010000000000000000100000004D2E8F0A1B3C5D7E9F0A2B4C6D8E0F12
        SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Herr Brinkmann
        DTSTART;TZID=W. Europe Standard Time:20261110T140000
        DTEND;TZID=W. Europe Standard Time:20261110T150000
        CLASS:PUBLIC
        PRIORITY:1
        DTSTAMP:20261106T124012Z
        TRANSP:TRANSPARENT
        STATUS:CANCELLED
        SEQUENCE:1
        LOCATION;LANGUAGE=de-DE:Leinetal Fahrzeugelektronik\\, Vahrenwalder Str. 212\\, Hannover – Raum 3.14
        X-MICROSOFT-CDO-APPT-SEQUENCE:1
        X-MICROSOFT-CDO-OWNERAPPTID:-1588043121
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-IMPORTANCE:2
        X-MICROSOFT-CDO-INSTTYPE:0
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:CANCEL\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    hs = head(addr("Wehmeyer, Marcel", "marcel.wehmeyer@leinetal-fe.de"),
              "Abgesagt: Vorstellungsgespräch Herr Brinkmann", "2026-11-06 13:40", BER,
              "<FR3P281MB1618A2C0D4E6F8B1C3D5E7F9A0B2@FR3P281MB1618.DEUP281.PROD.OUTLOOK.COM>",
              rcv=("from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2098.outbound."
                   "protection.outlook.com [40.107.135.98])", MX + "3Kk7VbQw9p"),
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Herr Brinkmann")),
                     ("Thread-Index", "AdtQ9eZ3c2F0YWxsZWRfdGhyZWFk"),
                     ("Importance", "high"),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body, charset="windows-1252"), calendar(ics, method="CANCEL", cte="quoted-printable")))


@mail(n(12), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      company="Riverina Agronomy Pty Ltd", contact="rebecca.lachlan@riverina-agronomy.com.au",
      start="2026-11-30T21:00:00Z", end="2026-11-30T21:45:00Z",
      local="Tue 2026-12-01 08:00", local_end="2026-12-01 08:45", zone="Australia/Sydney",
      note="SmartRecruiters (HTML only, base64) from Sydney: 'Tuesday, 1 December 2026, 8:00 AM - 8:45 AM "
           "AEDT' = Mon 30 Nov 21:00-21:45Z (22:00 Monday in Berlin, also written): the local date is the "
           "next day in UTC terms; ICS in UTC agrees; contact = Reply-To recruiter")
def b12() -> bytes:
    body_html = t("""
        <html><head><meta charset="utf-8"><title>Interview scheduled</title></head>
        <body style="margin:0;padding:0;background:#f2f2f2">
        <table role="presentation" width="100%"><tr><td align="center">
        <table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;line-height:20px;color:#333">
        <tr><td style="padding:24px 32px 0"><img src="https://c.smartrecruiters.com/sr-company-logo/riverina.png" alt="Riverina Agronomy" width="140"></td></tr>
        <tr><td style="padding:16px 32px">
        <h1 style="font-size:20px;font-weight:normal">Your interview has been scheduled</h1>
        <p>Hi Jonas,</p>
        <p>Thank you for your interest in the <b>Remote Software Engineer - Yield Modelling (EU hours flexible)</b> role.
        Your interview details are below.</p>
        <table cellpadding="6" style="border:1px solid #e3e3e3;width:100%">
        <tr><td style="width:120px;color:#777">When</td><td>Tuesday, 1 December 2026, 8:00 AM - 8:45 AM AEDT (Australia/Sydney)<br>
        <span style="color:#777">That is Monday, 30 November 2026, 10:00 PM - 10:45 PM in Berlin</span></td></tr>
        <tr><td style="color:#777">Where</td><td>Microsoft Teams (link in the calendar invitation)</td></tr>
        <tr><td style="color:#777">With</td><td>Bec Lachlan, Talent Partner<br>Hugh Carmody, Principal Data Engineer</td></tr>
        </table>
        <p>We know the time difference is not kind to you - thank you for staying up for us!</p>
        <p>Questions? Reply to this email to reach Bec directly.</p>
        <p>Kind regards,<br>Riverina Agronomy Talent Team</p>
        </td></tr>
        <tr><td style="padding:16px 32px;font-size:11px;color:#999">Sent via SmartRecruiters on behalf of Riverina Agronomy Pty Ltd,
        Level 3, 60 Kent Street, Wagga Wagga NSW 2650</td></tr>
        </table></td></tr></table></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//SmartRecruiters//Interview Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:3e61c9a4-7b2d-4a0f-9e8c-riverina-int-11873@smartrecruiters.com
        DTSTAMP:20261126T032011Z
        DTSTART:20261130T210000Z
        DTEND:20261130T214500Z
        SUMMARY:Interview: Jonas Brinkmann - Remote Software Engineer - Yield Modelling
        ORGANIZER;CN=Bec Lachlan:mailto:rebecca.lachlan@riverina-agronomy.com.au
        ATTENDEE;CN=Jonas Brinkmann;RSVP=TRUE:mailto:jonas.brinkmann@example.org
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Riverina Agronomy", "noreply@smartrecruiters.com"),
              "Interview scheduled: Remote Software Engineer - Yield Modelling", "2026-11-26 14:20", "Australia/Sydney",
              "<01020193a6f1c2d4-8e2b7c19-3f5a-4d6e-b0c1-9a8d7e6f5c4b-000000@eu-west-1.amazonses.com>",
              rcv=("from a2-17.smtp-out.eu-west-1.amazonses.com (a2-17.smtp-out.eu-west-1.amazonses.com "
                   "[54.240.2.17])", MX + "6Pp0MnLk3j"),
              extra=(("Reply-To", addr("Bec Lachlan", "rebecca.lachlan@riverina-agronomy.com.au")),))
    return message(hs, mixed(html(body_html, cte="base64"),
                             calendar(ics, filename="interview.ics", disposition="attachment")))


@mail(n(13), family="softgarden", lang="de", interview=True, kind="scheduled",
      company="Artland Agrarsoftware GmbH", contact="miriam.huelsmann@artland-agrar.de",
      start="2026-10-06T12:00:00Z", local="Tue 2026-10-06 14:00", zone=BER,
      note="softgarden invitation: 'am Dienstag, den 06.10.2026, um 14:00 Uhr' = 12:00Z (CEST); "
           "'ca. eine Stunde' is approximate -> end null; From is the softgarden no-reply, the "
           "recruiter's address is in the body -> contact")
def b13() -> bytes:
    body = t("""
        Sehr geehrter Herr Brinkmann,

        vielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d) Farm-Management-Software
        und Ihr Interesse an der Artland Agrarsoftware GmbH.

        Ihre Unterlagen haben uns überzeugt. Gern laden wir Sie zu einem persönlichen Gespräch
        ein und bestätigen den mit Ihnen abgestimmten Termin:

        am Dienstag, den 06.10.2026, um 14:00 Uhr

        in unseren Räumen in der Sutthauser Straße 52, 49080 Osnabrück (3. Etage).
        Für das Gespräch planen Sie bitte ca. eine Stunde ein.

        Ihre Gesprächspartner sind Herr Jens Rolfes (Leitung Entwicklung) und Frau Miriam
        Hülsmann (Personal). Bei Rückfragen erreichen Sie Frau Hülsmann unter
        miriam.huelsmann@artland-agrar.de oder telefonisch unter 0541 66 98 7-120.

        Wir freuen uns auf das Gespräch mit Ihnen!

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Artland Agrarsoftware GmbH

        ------------------------------------------------------------------
        Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie
        nicht direkt auf diese Nachricht.
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Brinkmann,</p>
        <p>vielen Dank für Ihre Bewerbung als Backend-Entwickler (m/w/d) Farm-Management-Software und Ihr Interesse
        an der Artland Agrarsoftware GmbH.</p>
        <p>Ihre Unterlagen haben uns überzeugt. Gern laden wir Sie zu einem persönlichen Gespräch ein und bestätigen
        den mit Ihnen abgestimmten Termin:</p>
        <p style="font-weight:bold;font-size:15px">am Dienstag, den 06.10.2026, um 14:00 Uhr</p>
        <p>in unseren Räumen in der Sutthauser Straße 52, 49080 Osnabrück (3. Etage).<br>
        Für das Gespräch planen Sie bitte ca. eine Stunde ein.</p>
        <p>Ihre Gesprächspartner sind Herr Jens Rolfes (Leitung Entwicklung) und Frau Miriam Hülsmann (Personal).
        Bei Rückfragen erreichen Sie Frau Hülsmann unter
        <a href="mailto:miriam.huelsmann@artland-agrar.de">miriam.huelsmann@artland-agrar.de</a> oder telefonisch unter
        0541 66 98 7-120.</p>
        <p>Wir freuen uns auf das Gespräch mit Ihnen!</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Artland Agrarsoftware GmbH</p>
        <hr><p style="font-size:10px;color:#888">Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht
        direkt auf diese Nachricht.</p>
        </body></html>
        """)
    hs = head(addr("Artland Agrarsoftware GmbH", "noreply@softgarden.io"),
              "Einladung zum Vorstellungsgespräch - Backend-Entwickler (m/w/d)", "2026-09-30 11:05", BER,
              "<sg.7c2e91d0a4b3.20260930090512@mailer.softgarden.io>",
              rcv=("from mailer.softgarden.io (mailer.softgarden.io [94.130.12.88])", MX + "4Ee1SdFg6h"),
              charset="iso-8859-15", extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body, charset="iso-8859-15"), html(body_html)))


@mail(n(14), family="human_prose", lang="de", interview=True, kind="rescheduled",
      company="Brüning Feldtechnik GmbH", contact="s.koetter@bruening-feldtechnik.de",
      start="2026-10-27T08:30:00Z", local="Tue 2026-10-27 09:30", zone=BER,
      note="Outlook mail (windows-1252, QP), Sie-form: moves 'Do., 22.10., 10 Uhr' to 'Anfang nächster "
           "Woche, Dienstag, um 9.30 Uhr', agreed by phone; resolved against the Date (Tue 20 Oct) -> Tue "
           "27 Oct, after the switch to CET: 09:30 CET = 08:30Z; no length; contact = sender")
def b14() -> bytes:
    body = t("""
        Sehr geehrter Herr Brinkmann,

        wie eben telefonisch besprochen: Unser Geschäftsführer Herr Brüning muss am Donnerstag
        kurzfristig zu einem Kunden nach Polen, daher können wir den Termin am Do., 22.10., um
        10 Uhr leider nicht halten.

        Vielen Dank, dass Sie so flexibel sind – wir haben das Gespräch wie vereinbart auf Anfang
        nächster Woche, Dienstag, um 9.30 Uhr verlegt. Ort und Ablauf bleiben gleich (Werk 2,
        Am Stadtholz 8, Bielefeld; bitte an der Pforte melden).

        Mit freundlichen Grüßen

        i. A. Sabine Kötter
        Assistenz der Geschäftsführung

        Brüning Feldtechnik GmbH
        Am Stadtholz 8 | 33609 Bielefeld
        Telefon 0521 / 77 40 3-11
        s.koetter@bruening-feldtechnik.de
        Geschäftsführer: Hartmut Brüning | Amtsgericht Bielefeld HRB 31552
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" style="word-wrap:break-word"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrter Herr Brinkmann,</p>
        <p class="MsoNormal">wie eben telefonisch besprochen: Unser Geschäftsführer Herr Brüning muss am Donnerstag
        kurzfristig zu einem Kunden nach Polen, daher können wir den Termin am Do., 22.10., um 10 Uhr leider nicht halten.</p>
        <p class="MsoNormal">Vielen Dank, dass Sie so flexibel sind – wir haben das Gespräch wie vereinbart auf
        <b>Anfang nächster Woche, Dienstag, um 9.30 Uhr</b> verlegt. Ort und Ablauf bleiben gleich (Werk 2, Am Stadtholz 8,
        Bielefeld; bitte an der Pforte melden).</p>
        <p class="MsoNormal">Mit freundlichen Grüßen</p>
        <p class="MsoNormal">i. A. Sabine Kötter<br>Assistenz der Geschäftsführung</p>
        <p class="MsoNormal" style="font-size:8pt;color:#595959">Brüning Feldtechnik GmbH<br>Am Stadtholz 8 | 33609 Bielefeld<br>
        Telefon 0521 / 77 40 3-11<br>s.koetter@bruening-feldtechnik.de<br>
        Geschäftsführer: Hartmut Brüning | Amtsgericht Bielefeld HRB 31552</p>
        </div></body></html>
        """)
    hs = head(addr("Kötter, Sabine", "s.koetter@bruening-feldtechnik.de", "iso-8859-1"),
              "AW: Vorstellungsgespräch am 22.10. – Terminverschiebung", "2026-10-20 16:10", BER,
              "<BE1P281MB2711C9E4A2F0B7D3E5C1A9F2B4D6@BE1P281MB2711.DEUP281.PROD.OUTLOOK.COM>",
              rcv=("from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2120.outbound."
                   "protection.outlook.com [40.107.127.120])", MX + "8Nn2XcVb1q"),
              charset="windows-1252",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch am 22.10. – Terminverschiebung", "windows-1252")),
                     ("In-Reply-To", "<9c0e7a11-2b5d-4f3e-8a14-77e2c9b1d0f5@example.org>"),
                     ("References", "<9c0e7a11-2b5d-4f3e-8a14-77e2c9b1d0f5@example.org>"),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body, charset="windows-1252"), html(body_html, charset="windows-1252")))


@mail(n(15), family="ashby", lang="en", interview=True, kind="cancelled",
      company="Rootwise", contact="clara.ehrhardt@rootwise.io",
      start="2026-11-25T14:00:00Z", end="2026-11-25T15:00:00Z",
      local="Wed 2026-11-25 15:00", local_end="2026-11-25 16:00", zone=BER,
      note="Ashby cancellation: 'Wednesday, November 25, 2026, 3:00 PM - 4:00 PM CET' cancelled, recruiter "
           "will 'reach out with new options' (no new time); ICS METHOD:CANCEL in UTC = 14:00-15:00Z; "
           "contact = Reply-To recruiter")
def b15() -> bytes:
    body = t("""
        Hi Jonas,

        Unfortunately we need to cancel your upcoming interview with Rootwise:

        Engineering Deep Dive - Systems Engineer, Field Robotics
        Wednesday, November 25, 2026, 3:00 PM - 4:00 PM CET
        Google Meet

        Our interviewer, Paul, is out sick this week. Sorry for the short notice! I'll reach out
        in the next few days with new options - nothing changes about where you are in the process.

        If you have any questions in the meantime, just reply to this email.

        Thanks,
        Clara Ehrhardt
        Talent, Rootwise
        """)
    body_html = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#1c1c1c">
        <p>Hi Jonas,</p>
        <p>Unfortunately we need to cancel your upcoming interview with Rootwise:</p>
        <div style="border-left:3px solid #c0392b;padding-left:12px">
        <p><s>Engineering Deep Dive - Systems Engineer, Field Robotics</s><br>
        <s>Wednesday, November 25, 2026, 3:00 PM - 4:00 PM CET</s><br>Google Meet</p></div>
        <p>Our interviewer, Paul, is out sick this week. Sorry for the short notice! I&#x27;ll reach out in the next
        few days with new options - nothing changes about where you are in the process.</p>
        <p>If you have any questions in the meantime, just reply to this email.</p>
        <p>Thanks,<br>Clara Ehrhardt<br>Talent, Rootwise</p>
        <p style="font-size:11px;color:#999">Powered by Ashby</p>
        </body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Ashby//Ashby Scheduling//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:CANCEL
        BEGIN:VEVENT
        UID:0f3b9e2c-5d17-4a8e-b6c4-91e2d7a03f58
        DTSTAMP:20261123T160211Z
        DTSTART:20261125T140000Z
        DTEND:20261125T150000Z
        SEQUENCE:1
        SUMMARY:Rootwise - Engineering Deep Dive (Jonas Brinkmann)
        ORGANIZER;CN=Clara Ehrhardt:mailto:clara.ehrhardt@rootwise.io
        ATTENDEE;CN=Jonas Brinkmann;ROLE=REQ-PARTICIPANT:mailto:jonas.brinkmann@example.org
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Rootwise", "no-reply@ashbyhq.com"), "Interview cancelled: Systems Engineer, Field Robotics at Rootwise",
              "2026-11-23 17:02", BER, "<0100019356c2d8e1-4c9a7b3e-2f1d-4e8a-9b6c-5d0e3f2a1b7c-000000@email.amazonses.com>",
              rcv=("from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com [54.240.48.112])",
                   MX + "2Vv5BnMq8r"),
              extra=(("Reply-To", addr("Clara Ehrhardt", "clara.ehrhardt@rootwise.io")),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, method="CANCEL", filename="cancel.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(16), family="lever", lang="en", interview=True, kind="scheduled",
      company="Cornbelt Telematics", contact="marisol.vega@cornbelt.io",
      start="2026-10-29T14:00:00Z", end="2026-10-29T15:00:00Z",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 11:00", zone="America/New_York",
      note="Lever, plain text 7bit, sent Fri 23 Oct (EDT): 'Thursday, October 29, 10:00 AM EDT (3:00 PM "
           "CET)', 60 minutes; in the week between the European (25 Oct) and US (1 Nov) clock changes the "
           "gap is 5 h: 10:00 EDT = 14:00Z; contact = Reply-To recruiter")
def b16() -> bytes:
    body = t("""
        Hi Jonas,

        You're all set! Here are the details for your interview with Cornbelt Telematics.

        Role: Senior Software Engineer, Embedded Telematics (Remote - Europe)
        When: Thursday, October 29, 10:00 AM EDT (3:00 PM CET for you)
        Duration: 60 minutes
        Format: Zoom - https://cornbelt.zoom.us/j/96021187734
        Interviewers: Brandon Kessler (Firmware Lead), Yusuf Adeyemi (Staff Engineer)

        Heads up: the US and Europe change clocks on different weekends, so the usual
        6-hour gap is only 5 hours that week - 3:00 PM your time is correct.

        The session is a mix of past-project discussion and a CAN bus debugging exercise. No
        prep needed beyond a working mic and camera.

        Reply to this email if anything comes up.

        Cheers,
        Marisol Vega
        Technical Recruiter, Cornbelt Telematics
        """)
    hs = head(addr("Marisol Vega", "no-reply@hire.lever.co"),
              "Interview confirmed - Cornbelt Telematics", "2026-10-23 17:30", "America/New_York",
              "<lever-interview-7f0e1c33-9b8a-4e2d-a1c5-0d6b4f3e2a19@hire.lever.co>",
              rcv=("from mail-190.lever.co (mail-190.lever.co [198.2.190.77])", MX + "0Aa4CsDf7g"),
              extra=(("Reply-To", addr("Marisol Vega", "marisol.vega@cornbelt.io")),))
    return message(hs, text(body, charset="us-ascii", cte="7bit"))


# =========================================================================== positives 17-23


@mail(n(17), family="goodtime", lang="en", interview=True, kind="scheduled",
      company="Harvestline", contact="amara.osei@harvestline.com",
      start="2026-11-16T14:00:00Z", end="2026-11-16T15:45:00Z",
      local="Mon 2026-11-16 15:00", local_end="2026-11-16 16:45", zone=BER,
      note="GoodTime itinerary sent from Toronto, two sessions 'Mon, Nov 16: 15:00-15:45 CET' and "
           "'16:00-16:45 CET' -> first start to last end, 14:00-15:45Z; no ICS; contact = Reply-To coordinator")
def b17() -> bytes:
    body = t("""
        Hi Jonas,

        Your virtual onsite with Harvestline is confirmed. Times are shown in your time zone
        (Central European Time).

        Monday, November 16, 2026

          15:00 - 15:45 CET   System Design              with Ravi Subramanian
          16:00 - 16:45 CET   Team & Values Conversation with Chloé Tremblay

        Both sessions use the same Zoom room:
        https://harvestline.zoom.us/j/91177420563

        A 15-minute break is built in between the two. If you need accommodations or have to
        move anything, reply here and I'll take care of it.

        Good luck - we're excited to have you!

        Amara Osei
        Recruiting Coordinator, Harvestline

        Scheduled with GoodTime
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Jonas,</p>
        <p>Your virtual onsite with Harvestline is confirmed. Times are shown in your time zone (Central European Time).</p>
        <h3 style="margin-bottom:4px">Monday, November 16, 2026</h3>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr style="border-bottom:1px solid #eee"><td>15:00 - 15:45 CET</td><td><b>System Design</b></td><td>with Ravi Subramanian</td></tr>
        <tr><td>16:00 - 16:45 CET</td><td><b>Team &amp; Values Conversation</b></td><td>with Chloé Tremblay</td></tr>
        </table>
        <p>Both sessions use the same Zoom room:<br><a href="https://harvestline.zoom.us/j/91177420563">https://harvestline.zoom.us/j/91177420563</a></p>
        <p>A 15-minute break is built in between the two. If you need accommodations or have to move anything, reply here
        and I&#39;ll take care of it.</p>
        <p>Good luck - we&#39;re excited to have you!</p>
        <p>Amara Osei<br>Recruiting Coordinator, Harvestline</p>
        <p style="font-size:11px;color:#9aa">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Harvestline Recruiting", "no-reply@goodtime.io"),
              "Your virtual onsite with Harvestline is confirmed (Mon, Nov 16)", "2026-11-10 11:15", "America/Toronto",
              "<20261110161502.b7c41e9a3d2f@goodtime.io>",
              rcv=("from o3.mail.goodtime.io (o3.mail.goodtime.io [168.245.44.19])", MX + "9Bb3DeFh2j"),
              extra=(("Reply-To", addr("Amara Osei", "amara.osei@harvestline.com")),))
    return message(hs, alt(text(body), html(body_html)))


@mail(n(18), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      company="Hümmling Feldsensorik GmbH", contact="olaf.dierkes@huemmling-sensorik.de",
      start="2026-09-24T08:00:00Z", end="2026-09-24T08:45:00Z",
      local="Thu 2026-09-24 10:00", local_end="2026-09-24 10:45", zone=BER,
      note="Microsoft Bookings (German): 'Donnerstag, 24. September 2026 10:00 (UTC+01:00) Amsterdam, "
           "Berlin...' - the label shows the standard offset, but Berlin is on CEST in September: "
           "10:00-10:45 CEST = 08:00-08:45Z, the ICS (W. Europe Standard Time) agrees; From is the "
           "Bookings mailbox, the staff member's address is in the body -> contact")
def b18() -> bytes:
    body = t("""
        Hallo Jonas Brinkmann,

        vielen Dank für Ihre Buchung bei Hümmling Feldsensorik GmbH – Bewerbungsgespräche.

        Erstgespräch Softwareentwicklung (45 Minuten)
        Donnerstag, 24. September 2026
        10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        Mitarbeiter: Olaf Dierkes
        Ort: Microsoft Teams-Besprechung
        https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ1ZGE2NzAtY2Y3Zi00@thread.v2/0

        Fragen zum Termin? Schreiben Sie Herrn Dierkes direkt: olaf.dierkes@huemmling-sensorik.de

        Termin verwalten:
        https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@huemmlingsensorik.onmicrosoft.com/bookings/

        Hümmling Feldsensorik GmbH · Johann-Krane-Weg 27 · 48149 Münster
        """)
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130">
        <p>Hallo Jonas Brinkmann,</p>
        <p>vielen Dank für Ihre Buchung bei Hümmling Feldsensorik GmbH – Bewerbungsgespräche.</p>
        <div style="border:1px solid #edebe9;padding:16px;max-width:480px">
        <div style="font-size:18px;font-weight:600">Erstgespräch Softwareentwicklung (45 Minuten)</div>
        <div>Donnerstag, 24. September 2026</div>
        <div>10:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</div>
        <div style="margin-top:8px">Mitarbeiter: Olaf Dierkes</div>
        <div>Ort: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWQ1ZGE2NzAtY2Y3Zi00@thread.v2/0">Microsoft Teams-Besprechung</a></div>
        </div>
        <p>Fragen zum Termin? Schreiben Sie Herrn Dierkes direkt:
        <a href="mailto:olaf.dierkes@huemmling-sensorik.de">olaf.dierkes@huemmling-sensorik.de</a></p>
        <p><a href="https://outlook.office365.com/owa/calendar/Bewerbungsgespraeche@huemmlingsensorik.onmicrosoft.com/bookings/">Termin verwalten</a></p>
        <p style="font-size:11px;color:#605e5c">Hümmling Feldsensorik GmbH · Johann-Krane-Weg 27 · 48149 Münster</p>
        </div></body></html>
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Hümmling Feldsensorik GmbH - Bewerbungsgespräche:mailto:Bewerbungsgespraeche@huemmlingsensorik.onmicrosoft.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonas Brinkmann:mailto:jonas.brinkmann@example.org
        UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC01000000000000000010000000B0C1D2E3F405162738495A6B7C8D9E0F
        SUMMARY;LANGUAGE=de-DE:Erstgespräch Softwareentwicklung mit Olaf Dierkes
        DTSTART;TZID=W. Europe Standard Time:20260924T100000
        DTEND;TZID=W. Europe Standard Time:20260924T104500
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20260917T083011Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    hs = head(addr("Hümmling Feldsensorik GmbH - Bewerbungsgespräche",
                   "Bewerbungsgespraeche@huemmlingsensorik.onmicrosoft.com"),
              "Gebuchter Termin: Erstgespräch Softwareentwicklung (45 Minuten)", "2026-09-17 10:30", BER,
              "<DB9PR02MB7002E1F3A5C7B9D0E2F4A6C8B0D2@DB9PR02MB7002.eurprd02.prod.outlook.com>",
              rcv=("from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2101.outbound."
                   "protection.outlook.com [40.107.249.101])", MX + "1Cc6FgHj4k"),
              extra=(("X-MS-Exchange-Organization-BookingsCalendar", "True"),))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(19), family="zoom", lang="de", interview=True, kind="scheduled",
      company="Vechtdal Precision Farming B.V.", contact="m.kuipers@vechtdal-pf.nl",
      start="2026-11-12T08:30:00Z", local="Thu 2026-11-12 09:30", zone="Europe/Amsterdam",
      note="Dutch employer writing German, Zoom invitation pasted ('12.Nov.2026 09:30 AM Amsterdam, Berlin'); "
           "09:30 CET = 08:30Z; the attached calendar entry is all-day (VALUE=DATE) with the time only in its "
           "title; 'etwa 45 Minuten' -> end null; contact = sender")
def b19() -> bytes:
    body = t("""
        Hallo Jonas,

        wie eben am Telefon besprochen bestätige ich gerne unser Gespräch am Donnerstag,
        12. November um 9:30 Uhr per Zoom. Mein Kollege Sjoerd (Teamlead Software) ist auch
        dabei. Wir rechnen mit etwa 45 Minuten.

        Entschuldige bitte mein Deutsch, ich hoffe, es ist verständlich :-)

        Maarten Kuipers lädt Sie zu einem geplanten Zoom-Meeting ein.

        Thema: Gesprek Jonas Brinkmann / Vechtdal PF
        Uhrzeit: 12.Nov.2026 09:30 AM Amsterdam, Berlin, Rom, Stockholm, Wien

        Zoom-Meeting beitreten
        https://us06web.zoom.us/j/83310928846?pwd=VmVjaHRkYWxQRjIwMjZ1aW50ZXJ2aWV3

        Meeting-ID: 833 1092 8846
        Kenncode: 662019

        Met vriendelijke groet / Mit freundlichen Grüßen

        Maarten Kuipers
        HR Business Partner
        Vechtdal Precision Farming B.V.
        Haardijk 14, 7772 SN Hardenberg (NL)
        +31 523 740 118
        """)
    ics = t("""
        BEGIN:VCALENDAR
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        VERSION:2.0
        METHOD:PUBLISH
        BEGIN:VEVENT
        CLASS:PUBLIC
        CREATED:20261105T134711Z
        DTSTART;VALUE=DATE:20261112
        DTEND;VALUE=DATE:20261113
        DTSTAMP:20261105T134711Z
        LOCATION:Zoom
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=nl:Gesprek Jonas Brinkmann 09:30 (Zoom)
        TRANSP:TRANSPARENT
        UID:040000008200E00074C5B7101A82E00800000000A1B9C8D7E6F5DC01000000000000000010000000
        X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
        X-MICROSOFT-CDO-BUSYSTATUS:FREE
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Maarten Kuipers", "m.kuipers@vechtdal-pf.nl"),
              "Ons gesprek / unser Gespräch am 12. November", "2026-11-05 14:48", "Europe/Amsterdam",
              "<AS8PR09MB5524F0A2C4E6B8D1F3A5C7E9B1D3@AS8PR09MB5524.eurprd09.prod.outlook.com>",
              rcv=("from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2104.outbound."
                   "protection.outlook.com [40.107.105.104])", MX + "5Dd8GhJk6l"),
              extra=(("Content-Language", "nl-NL"),))
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(ics, method=None, ctype="application/ics", filename="Gesprek Jonas.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(20), family="exchange_teams", lang="de", interview=True, kind="scheduled",
      company="Piesberg Digital GmbH", contact="carina.meyerzuhage@piesberg-digital.de",
      start="2026-12-03T09:00:00Z", end="2026-12-03T10:00:00Z",
      local="Thu 2026-12-03 10:00", local_end="2026-12-03 11:00", zone=BER,
      note="Outlook/Teams meeting request whose text only says 'anbei die Einladung'; the time is only in the "
           "ICS: DTSTART;TZID=W. Europe Standard Time:20261203T100000 / DTEND 110000 = 09:00-10:00Z (CET); "
           "end from the ICS; contact = organizer/sender")
def b20() -> bytes:
    body = t("""
        Hallo Herr Brinkmann,

        wie eben am Telefon besprochen, anbei die Einladung für unser Gespräch mit Herrn Dr. Lüken
        und Frau Aydın aus dem Team Agrar-IoT. Bitte nehmen Sie die Einladung kurz an, dann weiß
        ich, dass alles angekommen ist.

        Ich freue mich auf Sie!

        Viele Grüße
        Carina Meyer zu Hage
        Talent Acquisition | Piesberg Digital GmbH
        Hannoversche Straße 47 | 49084 Osnabrück

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Auf dem Computer, in der mobilen App oder im Raumgerät teilnehmen
        Klicken Sie hier, um an der Besprechung teilzunehmen
        <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTZlNjNmMmUtYjA4MS00@thread.v2/0?context=%7b%22Tid%22%3a%228e2f%22%7d>
        Besprechungs-ID: 312 906 775 481
        Kennung: pX7tR3
        Oder rufen Sie an (nur Audio)
        +49 69 365052158,,402771338#   Germany, Frankfurt am Main
        Telefonkonferenz-ID: 402 771 338#
        ________________________________________________________________________________
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Carina Meyer zu Hage:mailto:carina.meyerzuhage@piesberg-digital.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jonas.brinkmann@example.org:mailto:jonas.brinkmann@example.org
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Arne Lüken:mailto:arne.lueken@piesberg-digital.de
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elif Aydın:mailto:elif.aydin@piesberg-digital.de
        UID:040000008200E00074C5B7101A82E008000000003D1C7B92A370DD010000000000000000100000006E5F4D3C2B1A09F8E7D6C5B4A3928170
        SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Piesberg Digital / Brinkmann
        DTSTART;TZID=W. Europe Standard Time:20261203T100000
        DTEND;TZID=W. Europe Standard Time:20261203T110000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261130T141205Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        X-MICROSOFT-CDO-APPT-SEQUENCE:0
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        X-MICROSOFT-CDO-INSTTYPE:0
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTZlNjNmMmUtYjA4MS00@thread.v2/0
        X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams-Besprechung
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    hs = head(addr("Carina Meyer zu Hage", "carina.meyerzuhage@piesberg-digital.de"),
              "Vorstellungsgespräch Piesberg Digital / Brinkmann", "2026-11-30 15:12", BER,
              "<VI1PR06MB6330D2B4F6A8C0E2A4B6D8F0C2E4@VI1PR06MB6330.eurprd06.prod.outlook.com>",
              rcv=("from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2119.outbound."
                   "protection.outlook.com [40.107.8.119])", MX + "7Ff0JkLm8n"),
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Piesberg Digital / Brinkmann")),
                     ("Thread-Index", "AdtF0p1Zb2VzcHJhZWNoUGllc2Jlcmc="),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Exchange-Organization-SCL", "-1")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(21), family="icims", lang="de", interview=True, kind="rescheduled",
      company="AgroVista Systems GmbH", contact="jennifer.albers@agrovista.com",
      start="2026-12-04T08:00:00Z", end="2026-12-04T09:00:00Z",
      local="Fri 2026-12-04 09:00", local_end="2026-12-04 10:00", zone=BER,
      note="iCIMS (German template): 'Neuer Termin: Freitag, 04.12.2026, 09:00 Uhr MEZ', 60 Minuten; old "
           "'Mittwoch, 02.12.2026, 14:00 Uhr' also shown -> new slot 08:00-09:00Z; ICS (Europe/Berlin, "
           "SEQUENCE 2) agrees; sender is the iCIMS relay, recruiter's address in the body -> contact")
def b21() -> bytes:
    body = t("""
        Hallo Jonas Brinkmann,

        Ihr Vorstellungsgespräch für die Stelle Software Engineer Precision Spraying (Req. 4471)
        wurde verschoben.

        NEUER TERMIN
        Freitag, 04.12.2026, 09:00 Uhr MEZ (Dauer: 60 Minuten)
        Ort: AgroVista Systems GmbH, Am Weser-Terminal 3, 28217 Bremen, Empfang Haus B

        URSPRÜNGLICHER TERMIN (entfällt)
        Mittwoch, 02.12.2026, 14:00 Uhr MEZ

        Gesprächspartner: Daniel Ostendorf (Engineering Manager), Jennifer Albers (Recruiting)

        Bei Fragen wenden Sie sich bitte an Jennifer Albers: jennifer.albers@agrovista.com

        Mit freundlichen Grüßen
        AgroVista Systems – Talent Acquisition

        Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Hallo Jonas Brinkmann,</p>
        <p>Ihr Vorstellungsgespräch für die Stelle <b>Software Engineer Precision Spraying (Req. 4471)</b> wurde verschoben.</p>
        <table cellpadding="4" style="border:1px solid #ccc">
        <tr><td colspan="2" style="background:#e8f3e8"><b>NEUER TERMIN</b></td></tr>
        <tr><td>Datum/Uhrzeit</td><td>Freitag, 04.12.2026, 09:00 Uhr MEZ (Dauer: 60 Minuten)</td></tr>
        <tr><td>Ort</td><td>AgroVista Systems GmbH, Am Weser-Terminal 3, 28217 Bremen, Empfang Haus B</td></tr>
        <tr><td colspan="2" style="background:#f5f5f5;color:#777"><b>URSPRÜNGLICHER TERMIN (entfällt)</b></td></tr>
        <tr><td style="color:#777">Datum/Uhrzeit</td><td style="color:#777"><s>Mittwoch, 02.12.2026, 14:00 Uhr MEZ</s></td></tr>
        </table>
        <p>Gesprächspartner: Daniel Ostendorf (Engineering Manager), Jennifer Albers (Recruiting)</p>
        <p>Bei Fragen wenden Sie sich bitte an Jennifer Albers:
        <a href="mailto:jennifer.albers@agrovista.com">jennifer.albers@agrovista.com</a></p>
        <p>Mit freundlichen Grüßen<br>AgroVista Systems – Talent Acquisition</p>
        <p style="font-size:10px;color:#999">Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.</p>
        </body></html>
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//iCIMS//Interview Scheduling//DE\nMETHOD:REQUEST\n" + \
        VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:icims-agrovista-int-4471-88215@talent.icims.com
        DTSTAMP:20261130T090044Z
        DTSTART;TZID=Europe/Berlin:20261204T090000
        DTEND;TZID=Europe/Berlin:20261204T100000
        SEQUENCE:2
        SUMMARY:Vorstellungsgespräch AgroVista Systems – Jonas Brinkmann
        LOCATION:AgroVista Systems GmbH\\, Am Weser-Terminal 3\\, 28217 Bremen
        ORGANIZER;CN=AgroVista Systems Recruiting:mailto:agrovista+autoreply@talent.icims.com
        ATTENDEE;CN=Jonas Brinkmann;RSVP=TRUE:mailto:jonas.brinkmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("AgroVista Systems Recruiting", "agrovista+autoreply@talent.icims.com"),
              "Terminänderung: Ihr Vorstellungsgespräch bei AgroVista Systems", "2026-11-30 10:00", BER,
              "<1517799204.3310.1796029244871.JavaMail.icims@mail.icims.com>",
              rcv=("from mail12.icims.com (mail12.icims.com [64.95.16.12])", MX + "3Gg2KlMn0p"))
    return message(hs, mixed(alt(text(body), html(body_html)),
                             calendar(ics, filename="Interview.ics", disposition="attachment", cte="base64")))


@mail(n(22), family="human_prose", lang="de", interview=True, kind="cancelled",
      company="Landwerk Bielefeld GmbH", contact="heiko.sundermann@landwerk-bielefeld.de",
      start="2026-09-08T12:00:00Z", local="Tue 2026-09-08 14:00", zone=BER,
      note="Plain text, iso-8859-1 8bit: cancels 'unseren Termin morgen um 14 Uhr' (Date Mon 7 Sep) -> "
           "Tue 8 Sep 14:00 CEST = 12:00Z; proposes Thursday 10 Uhr but only as a question, so no new time "
           "is fixed -> cancelled with the old slot; contact = sender")
def b22() -> bytes:
    body = t("""
        Guten Morgen Herr Brinkmann,

        leider muss ich unseren Termin morgen um 14 Uhr absagen - wir haben einen Krankheitsfall
        im Team, und ohne Herrn Pöppelmann möchte ich das Gespräch nicht führen.

        Hätten Sie alternativ am Donnerstag um 10 Uhr Zeit? Falls das nicht passt, schicken Sie
        mir gern zwei, drei Vorschläge für nächste Woche.

        Entschuldigen Sie die Umstände!

        Mit freundlichen Grüßen
        Heiko Sundermann
        Leitung Softwareentwicklung

        Landwerk Bielefeld GmbH
        Herforder Straße 310, 33609 Bielefeld
        Tel. 0521 / 98 12 77-30
        """)
    hs = head(addr("Heiko Sundermann", "heiko.sundermann@landwerk-bielefeld.de"),
              "Absage Termin morgen", "2026-09-07 08:15", BER,
              "<3f1b8c2e-7a9d-4e05-b6c3-2d0a9f8e1c74@landwerk-bielefeld.de>",
              rcv=("from smtp.landwerk-bielefeld.de (smtp.landwerk-bielefeld.de [85.214.77.140])", MX + "4Hh5LmNp2q"),
              extra=(("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 "
                                    "Thunderbird/128.2.0"),
                     ("Content-Language", "de-DE")))
    return message(hs, text(body, charset="iso-8859-1", cte="8bit", params="format=flowed"))


@mail(n(23), family="taleo_forwarded", lang="en", interview=True, kind="scheduled",
      company="Calenberger Landmaschinen AG", contact="friederike.scholz@calenberger-lm.de",
      start="2026-12-07T12:30:00Z", end="2026-12-07T14:00:00Z",
      local="Mon 2026-12-07 13:30", local_end="2026-12-07 15:00", zone=BER,
      note="Jonas forwards (from his example.net address) a Taleo invitation as message/rfc822: 'Monday, "
           "December 7, 2026, 1:30 PM (GMT+01:00) Amsterdam, Berlin...', 90 minutes -> 12:30-14:00Z; the "
           "candidate's own addresses are not contacts; the recruiter's address in the forwarded body is")
def b23() -> bytes:
    inner_body = t("""
        Dear Jonas Brinkmann,

        Thank you for your application for the position Software Architect Telematics
        (Requisition 26-0417).

        We are pleased to invite you to an interview:

        Date:      Monday, December 7, 2026
        Time:      1:30 PM (GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
        Duration:  90 minutes
        Location:  Calenberger Landmaschinen AG, Göttinger Chaussee 115, 30459 Hannover
                   Building C, reception

        Please bring a valid ID for the visitor pass.

        Your contact person: Friederike Scholz, Talent Acquisition
        E-mail: friederike.scholz@calenberger-lm.de | Phone: +49 511 4409-2261

        Kind regards,
        Calenberger Landmaschinen AG
        Human Resources

        This message was sent from an unmonitored mailbox.
        """)
    inner = message([("From", addr("Calenberger Landmaschinen AG", "calenberger@taleo.net")),
                     ("To", addr("Jonas Brinkmann", "jonas.brinkmann@example.net")),
                     ("Subject", "Interview Invitation - Software Architect Telematics (26-0417)"),
                     ("Date", date("2026-12-01 09:12", BER)),
                     ("Message-ID", "<1122334455.8821.1796112720331.JavaMail.taleo@tbe.taleo.net>")],
                    text(inner_body))
    outer_body = t("""
        an mich selbst, damit's im richtigen Postfach landet

        Gesendet von Outlook für Android
        """)
    hs = head(addr("Jonas Brinkmann", "jonas.brinkmann@example.net"),
              "Fwd: Interview Invitation - Software Architect Telematics (26-0417)", "2026-12-01 20:05", BER,
              "<DU0PR01MB9100A4C6E8F0B2D4F6A8C0E2B4D6@DU0PR01MB9100.eurprd01.prod.outlook.com>",
              rcv=("from mout.example.net (mout.example.net [192.0.2.41])", MX + "6Jj9NpQr3s"))
    return message(hs, mixed(text(outer_body, cte="8bit"),
                             attached_message(inner, "Interview Invitation - Software Architect Telematics.eml")))


# =========================================================================== negatives 24-32


@mail(n(24), family="rejection", lang="de", interview=False, company="Hasetal Landtechnik GmbH",
      days=(("Tue", "2026-09-15"),),
      note="Personio rejection after the interview of 15.09. (thread with the Hasetal invitation); the past "
           "interview date is mentioned, nothing is scheduled")
def b24() -> bytes:
    body = t("""
        Sehr geehrter Herr Brinkmann,

        nochmals vielen Dank für das angenehme Gespräch am 15.09. und die Zeit, die Sie sich für
        uns genommen haben.

        Nach sorgfältiger Abwägung haben wir uns für einen Kandidaten entschieden, dessen Profil
        noch etwas besser zu den aktuellen Schwerpunkten im Team passt – vor allem bei der
        Hydraulik-Ansteuerung. Diese Entscheidung ist uns nicht leichtgefallen.

        Wenn Sie einverstanden sind, behalten wir Ihre Unterlagen gern für sechs Monate in unserem
        Talentpool. Dazu genügt ein Klick:
        https://hasetal-landtechnik.jobs.personio.de/talent-pool/confirm?token=8d1f0c

        Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

        Mit freundlichen Grüßen

        Katrin Overmeyer
        Personalreferentin
        Hasetal Landtechnik GmbH
        """)
    hs = head(addr("Hasetal Landtechnik GmbH", "noreply@mail.personio.de"),
              "Ihre Bewerbung als Softwareentwickler Embedded Systems (m/w/d)", "2026-10-01 15:48", BER,
              "<20261001134811.2b8e47c1fa@mail.personio.de>",
              rcv=("from mail.personio.de (mail.personio.de [185.64.21.17])", MX + "5Kk1PqRs4t"),
              extra=(("Reply-To", addr("Katrin Overmeyer", "k.overmeyer@hasetal-landtechnik.de")),
                     ("Auto-Submitted", "auto-generated")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="en", interview=False, company="Furrowline",
      note="Offer after the Greenhouse interview (thread); proposes a call 'some time this week' with a "
           "scheduling link but fixes no time; a start date is not an interview")
def b25() -> bytes:
    body = t("""
        Hi Jonas,

        I'm thrilled to share that the team would like to offer you the role of Senior Embedded
        Software Engineer (Remote, EU)! Everyone you met on the 17th came away impressed.

        Your offer letter is attached via DocuSign (you'll get a separate email). The headline
        numbers:

          - Base salary: EUR 84,000 gross per year
          - Equity: 6,000 options, 4-year vesting with a 1-year cliff
          - Start date: Monday, January 4, 2027 (flexible)
          - Employment via our German entity (Furrowline GmbH)

        I'd love to walk you through it and answer questions - grab any 30 minutes that suit you
        this week: https://calendly.com/maya-furrowline/offer-chat

        Congratulations - really hope we get to work together!

        Maya

        Maya Okafor
        Recruiting, Furrowline
        maya.okafor@furrowline.io
        """)
    hs = head(addr("Maya Okafor", "maya.okafor@furrowline.io"), "Offer - Senior Embedded Software Engineer 🎉",
              "2026-09-23 10:05", "America/New_York", "<CAF3x8kQp2Vz7mN1rT5bW9yD4uH6jL0sE2gC8aB@mail.gmail.com>",
              rcv=("from mail-ej1-f42.google.com (mail-ej1-f42.google.com [209.85.218.42])", MX + "7Ll3RsTu6v"))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(26), family="application_receipt", lang="de", interview=False, company="Emsflow GmbH",
      note="JOIN application receipt (du-form): says a phone interview may follow, no date or time")
def b26() -> bytes:
    body = t("""
        Hi Jonas,

        danke für deine Bewerbung als Senior Software Engineer Agrar-IoT (m/w/d) bei Emsflow!

        Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von 14 Tagen bei dir.
        Wenn es passt, ist der nächste Schritt ein kurzes Telefoninterview (ca. 30 Minuten) mit
        unserem Tech Lead – den Termin stimmen wir dann gemeinsam ab.

        Den Status deiner Bewerbung kannst du jederzeit hier einsehen:
        https://join.com/candidates/applications/7731902

        Viele Grüße
        Dein Emsflow-Team

        --
        Emsflow GmbH · Lingener Str. 9 · 48155 Münster
        Diese E-Mail wurde über JOIN versendet. Antworten an diese Adresse werden nicht gelesen.
        """)
    body_html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b">
        <p>Hi Jonas,</p>
        <p>danke für deine Bewerbung als <b>Senior Software Engineer Agrar-IoT (m/w/d)</b> bei Emsflow!</p>
        <p>Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von 14 Tagen bei dir. Wenn es passt, ist der
        nächste Schritt ein kurzes Telefoninterview (ca. 30 Minuten) mit unserem Tech Lead – den Termin stimmen wir dann
        gemeinsam ab.</p>
        <p><a href="https://join.com/candidates/applications/7731902" style="background:#1f6feb;color:#fff;padding:8px 14px;
        text-decoration:none;border-radius:4px">Bewerbungsstatus ansehen</a></p>
        <p>Viele Grüße<br>Dein Emsflow-Team</p>
        <p style="font-size:11px;color:#888">Emsflow GmbH · Lingener Str. 9 · 48155 Münster<br>
        Diese E-Mail wurde über JOIN versendet. Antworten an diese Adresse werden nicht gelesen.</p>
        </body></html>
        """)
    hs = head(addr("Emsflow GmbH via JOIN", "noreply@join.com"),
              "Deine Bewerbung bei Emsflow GmbH ist eingegangen", "2026-09-09 12:31", BER,
              "<0102019187fa2c3d-3b9f61e2-a0c4-4f1d-8e27-6c5b4a3d2e1f-000000@eu-central-1.amazonses.com>",
              rcv=("from b224-18.smtp-out.eu-central-1.amazonses.com (b224-18.smtp-out.eu-central-1.amazonses.com "
                   "[69.169.224.18])", MX + "8Mm4StUv7w"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, alt(text(body), html(body_html)))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert with five listings; 'Vorstellungsgespräch' and dates appear only as ad copy "
           "and posting dates")
def b27() -> bytes:
    body_html = t("""
        <html><head><meta charset="utf-8"></head><body style="background:#eef1f4;margin:0">
        <table width="100%"><tr><td align="center">
        <table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">
        <tr><td style="padding:20px;background:#0b3d5c;color:#fff;font-size:18px">Jobradar Nord</td></tr>
        <tr><td style="padding:20px">
        <p>Hallo Jonas,</p>
        <p>es gibt <b>5 neue Jobs</b> für deine Suche <i>„Softwareentwickler Landtechnik“ – Osnabrück (+ 75 km)</i>:</p>
        <p><a href="https://www.jobradar-nord.de/job/881273">Embedded Software Engineer ISOBUS (m/w/d)</a><br>
        Krone-Wessel Agrartechnik · Spelle · Vollzeit · veröffentlicht am 12.10.2026</p>
        <p><a href="https://www.jobradar-nord.de/job/881290">Softwarearchitekt:in Fahrzeugsteuerung</a><br>
        Teutoburger Steuerungstechnik AG · Bielefeld · Hybrid</p>
        <p><a href="https://www.jobradar-nord.de/job/881301">Full-Stack Developer Farm Management (remote)</a><br>
        Emsflow GmbH · Münster · 60.000–75.000 € · <span style="color:#0a7">Schnellbewerbung – Vorstellungsgespräch
        innerhalb von 7 Tagen</span></p>
        <p><a href="https://www.jobradar-nord.de/job/881322">C++ Entwickler Bildverarbeitung Feldrobotik</a><br>
        Twentse Agri Robotics B.V. · Enschede (NL) · Englisch</p>
        <p><a href="https://www.jobradar-nord.de/job/881340">Teamleitung Software Landmaschinen</a><br>
        Calenberger Landmaschinen AG · Hannover</p>
        <p><a href="https://www.jobradar-nord.de/suche?id=44871" style="color:#0b3d5c">Alle Treffer anzeigen</a></p>
        </td></tr>
        <tr><td style="padding:16px 20px;font-size:11px;color:#888">Du erhältst diesen Job-Alert täglich um 7:00 Uhr.
        <a href="https://www.jobradar-nord.de/alerts/unsubscribe?id=44871">Alert abbestellen</a></td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Jobradar Nord", "alerts@jobradar-nord.de"),
              "5 neue Jobs: „Softwareentwickler Landtechnik“ in Osnabrück", "2026-10-13 07:00", BER,
              "<alert.44871.20261013050002@mailer.jobradar-nord.de>",
              rcv=("from mailer.jobradar-nord.de (mailer.jobradar-nord.de [78.46.201.9])", MX + "9Nn5TuVw8x"),
              extra=(("List-Unsubscribe", "<https://www.jobradar-nord.de/alerts/unsubscribe?id=44871>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, html(body_html, cte="base64"))


@mail(n(28), family="newsletter_tips", lang="de", interview=False, company=None,
      days=(("Tue", "2026-11-10"),),
      note="Career blog newsletter about interviews; quotes a model confirmation ('Dienstag, 10.11., um 10 Uhr') "
           "as an example, nothing addressed to the reader is scheduled")
def b28() -> bytes:
    body = t("""
        KARRIERE-KOMPASS · Ausgabe 41

        Vom Anruf bis zur Bestätigung: So machst du im Vorstellungsgespräch alles fest
        --------------------------------------------------------------------------

        Hallo Jonas,

        diese Woche geht es um die unterschätzte Phase zwischen "Wir würden Sie gern
        kennenlernen" und dem eigentlichen Gespräch.

        1. Lass dir den Termin schriftlich bestätigen.
           Eine gute Bestätigung enthält Datum, Uhrzeit, Ort und Gesprächspartner – zum Beispiel:
           "Hiermit bestätigen wir Ihr Vorstellungsgespräch am Dienstag, 10.11., um 10 Uhr
           in unserem Büro in Hamburg. Sie sprechen mit Frau Kaya und Herrn Brandt."

        2. Achte bei Remote-Gesprächen auf die Zeitzone.
           Kommt die Einladung aus London oder New York, rechne nach – besonders rund um die
           Zeitumstellung Ende Oktober.

        3. Bereite drei eigene Fragen vor.
           Zum Beispiel nach dem Onboarding oder danach, wie Erfolg nach sechs Monaten aussieht.

        Weiterlesen im Blog: https://karriere-kompass.de/blog/termin-bestaetigung

        Bis nächste Woche!
        Nadine vom Karriere-Kompass

        --
        Du bekommst diesen Newsletter, weil du dich auf karriere-kompass.de angemeldet hast.
        Abmelden: https://karriere-kompass.de/newsletter/abmelden?u=jb4471
        """)
    hs = head(addr("Nadine | Karriere-Kompass", "newsletter@karriere-kompass.de"),
              "So machst du den Termin für dein Vorstellungsgespräch fest (Ausgabe 41)", "2026-11-04 06:30", BER,
              "<20261104053000.41.jb4471@send.karriere-kompass.de>",
              rcv=("from send.karriere-kompass.de (send.karriere-kompass.de [5.9.112.40])", MX + "0Pp6UvWx9y"),
              extra=(("List-Id", "Karriere-Kompass Newsletter <newsletter.karriere-kompass.de>"),
                     ("List-Unsubscribe", "<https://karriere-kompass.de/newsletter/abmelden?u=jb4471>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


@mail(n(29), family="scheduling_link", lang="en", interview=False, company="Prairie Yield Analytics",
      note="Hiring manager sends a Calendly link to pick a 45-minute slot (thread before the Calendly "
           "confirmation); no time fixed yet")
def b29() -> bytes:
    body = t("""
        Hi Jonas,

        Great talking to you yesterday! As promised, here's the link to grab a slot for the
        technical interview (45 min) with me and one of our data engineers:

        https://calendly.com/dana-prairieyield/technical-interview

        Our mornings (Central Time) work best since that overlaps with your afternoon. Pick
        whatever suits - the page shows times in your own time zone.

        Talk soon,
        Dana

        Dana Whitfield
        Engineering Manager, Field Data Platform
        Prairie Yield Analytics | Des Moines, IA
        """)
    hs = head(addr("Dana Whitfield", "dana.whitfield@prairieyield.com"), "Technical interview - pick a time",
              "2026-10-27 16:22", "America/Chicago", "<CAM9r2Lp7Qx4Vn8sT1bK6zW3yH5jD0uF9eA2cG@mail.gmail.com>",
              rcv=("from mail-qk1-f180.google.com (mail-qk1-f180.google.com [209.85.222.180])", MX + "1Qq7VwXy0z"))
    return message(hs, alt(text(body, charset="us-ascii", cte="7bit"), html(gmail_html(body))))


@mail(n(30), family="workable_self_schedule", lang="de", interview=False, company="Feldkraft Robotics GmbH",
      days=(("Mon", "2026-11-16"), ("Tue", "2026-11-17"), ("Thu", "2026-11-19")),
      note="Workable self-scheduling request listing three free slots; the candidate has to pick one, so "
           "nothing is confirmed")
def b30() -> bytes:
    body = t("""
        Hallo Jonas,

        vielen Dank für deine Bewerbung als Robotics Software Engineer (ROS 2) bei Feldkraft
        Robotics! Wir würden dich gern in einem ersten Video-Interview (30 Minuten) kennenlernen.

        Bitte wähle einen der folgenden Termine aus:

          • Mo., 16.11., 10:00 Uhr
          • Di., 17.11., 14:30 Uhr
          • Do., 19.11., 09:00 Uhr

        Termin auswählen: https://apply.workable.com/feldkraft-robotics/j/8C1E4B0A72/schedule/3d91f

        Passt keiner davon? Dann antworte einfach auf diese Nachricht.

        Viele Grüße
        Johanna Brockmeyer
        Feldkraft Robotics GmbH, Hannover
        """)
    body_html = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
        <p>Hallo Jonas,</p>
        <p>vielen Dank für deine Bewerbung als <b>Robotics Software Engineer (ROS 2)</b> bei Feldkraft Robotics! Wir würden
        dich gern in einem ersten Video-Interview (30 Minuten) kennenlernen.</p>
        <p>Bitte wähle einen der folgenden Termine aus:</p>
        <ul><li>Mo., 16.11., 10:00 Uhr</li><li>Di., 17.11., 14:30 Uhr</li><li>Do., 19.11., 09:00 Uhr</li></ul>
        <p><a href="https://apply.workable.com/feldkraft-robotics/j/8C1E4B0A72/schedule/3d91f"
        style="background:#00756a;color:#fff;padding:10px 16px;text-decoration:none">Termin auswählen</a></p>
        <p>Passt keiner davon? Dann antworte einfach auf diese Nachricht.</p>
        <p>Viele Grüße<br>Johanna Brockmeyer<br>Feldkraft Robotics GmbH, Hannover</p>
        </body></html>
        """)
    hs = head(addr("Feldkraft Robotics GmbH", "feldkraft-robotics@candidates.workablemail.com"),
              "Bitte wähle einen Termin für dein Interview bei Feldkraft Robotics", "2026-11-11 09:42", BER,
              "<workable.6a2c81f0.e4b97d3a@candidates.workablemail.com>",
              rcv=("from mail-out2.workablemail.com (mail-out2.workablemail.com [52.31.189.20])", MX + "2Rr8WxYz1a"),
              extra=(("Reply-To", "feldkraft-robotics+c7Qp2xZ9@candidates.workablemail.com"),))
    return message(hs, alt(text(body), html(body_html)))


@mail(n(31), family="recruiter_outreach", lang="en", interview=False, company="Deichgraf Mobility GmbH",
      note="In-house recruiter outreach asking for a 'quick chat next week'; no date or time")
def b31() -> bytes:
    body = t("""
        Hi Jonas,

        I hope you don't mind the cold email - I came across your talk on ISOBUS task controllers
        from the Agritechnica developer track and thought of you straight away.

        We're Deichgraf Mobility, a Bremen-based team (about 40 people) building autonomy kits
        for municipal and farm vehicles. We're hiring a Senior Software Engineer for our vehicle
        interface layer - hybrid, 2 days a week in Bremen, or fully remote within Germany.

        Would you be open to a quick, no-pressure chat sometime next week? Happy to work around
        your schedule - just let me know a couple of times that suit.

        Best regards,
        Svenja Harms
        Talent Partner | Deichgraf Mobility GmbH
        Am Speicher XI 6, 28217 Bremen
        """)
    hs = head(addr("Svenja Harms", "svenja.harms@deichgraf-mobility.de"),
              "Senior Software Engineer @ Deichgraf Mobility - quick chat?", "2026-10-06 11:18", BER,
              "<PR3P191MB1482B1C3D5E7F9A2B4C6D8E0F2A4@PR3P191MB1482.EURP191.PROD.OUTLOOK.COM>",
              rcv=("from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2135.outbound."
                   "protection.outlook.com [40.107.241.135])", MX + "3Ss9XyZa2b"))
    return message(hs, text(body, cte="quoted-printable"))


@mail(n(32), family="proposed_not_confirmed", lang="en", interview=False, company="Twentse Agri Robotics B.V.",
      days=(("Thu", "2026-10-08"), ("Fri", "2026-10-09")),
      note="Dutch employer proposes two options ('Would Thursday 8 October at 14:00 work? Otherwise Friday "
           "9 October at 10:00') - a question, not a confirmation (the Recruitee confirmation follows later)")
def b32() -> bytes:
    body = t("""
        Hi Jonas,

        Thanks for your application for Software Engineer Robot Navigation - Joost and I enjoyed
        reading about your weeding-robot side project!

        We'd like to invite you to a first interview at our office in Enschede (about an hour
        from Osnabrück). Would Thursday 8 October at 14:00 work for you? Otherwise Friday
        9 October at 10:00 is also possible.

        Once you let me know, I'll send a confirmation through our system.

        Groetjes,
        Femke

        Femke Nijhuis | Talent Acquisition
        Twentse Agri Robotics B.V. | Hengelosestraat 501, 7521 AN Enschede
        """)
    hs = head(addr("Femke Nijhuis", "femke.nijhuis@twentse-agri.nl"), "Your application - first interview",
              "2026-09-29 13:37", "Europe/Amsterdam", "<AM0PR09MB4187C0E2A4B6D8F0A2C4E6B8D0F2@AM0PR09MB4187.eurprd09.prod.outlook.com>",
              rcv=("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2139.outbound."
                   "protection.outlook.com [40.107.22.139])", MX + "4Tt0YzAb3c"),
              extra=(("Content-Language", "en-GB"),))
    return message(hs, alt(text(body, charset="iso-8859-1"),
                           html(gmail_html(body).replace('<div dir="ltr">', '<div style="font-family:Calibri">'))))


# =========================================================================== negatives 33-41


@mail(n(33), family="job_centre_appointment", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-14"),),
      note="Employment agency (Arbeitsagentur) invitation to a counselling appointment after registering as "
           "job-seeking: fixed time 'Mittwoch, 14.10.2026, um 9.30 Uhr', but not a job interview")
def b33() -> bytes:
    body = t("""
        Guten Tag Herr Brinkmann,

        in Ihrem Postfach auf arbeitsagentur.de liegt ein neues Dokument für Sie bereit:

          Einladung zu einem Beratungsgespräch
          Kundennummer: 211D407318

        Inhalt (Auszug):

          Sehr geehrter Herr Brinkmann,

          bitte kommen Sie zu einem Gespräch über Ihre berufliche Situation (Arbeitsuchendmeldung
          vom 28.09.2026) am

              Mittwoch, 14.10.2026, um 9.30 Uhr
              Agentur für Arbeit Osnabrück, Eingangszone, dann Zimmer 2.117
              Ihre Ansprechpartnerin: Frau Schulte-Hemsing, Arbeitsvermittlung

          Alternativ können wir das Gespräch telefonisch führen; geben Sie uns dazu bitte bis
          zum 12.10. Bescheid. Bitte bringen Sie Ihren Lebenslauf und Ihr Kündigungsschreiben mit.

          Rechtsfolgenbelehrung: siehe Dokument.

        Das vollständige Dokument finden Sie hier:
        https://web.arbeitsagentur.de/portal/postfach

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
        """)
    hs = head(addr("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
              "Neue Nachricht in Ihrem Postfach: Einladung zu einem Beratungsgespräch", "2026-10-05 06:12", BER,
              "<postfach.211D407318.20261005041201@arbeitsagentur.de>",
              rcv=("from mx-out.arbeitsagentur.de (mx-out.arbeitsagentur.de [193.28.61.12])", MX + "5Uu1ZaBc4d"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, charset="iso-8859-15"))


@mail(n(34), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-05"),),
      note="Local newspaper journalist confirms an interview with Jonas about his open-source farm project: "
           "'Donnerstag, 5.11., um 15 Uhr' - a press interview, not a job interview")
def b34() -> bytes:
    body = t("""
        Hallo Herr Brinkmann,

        prima, dann halten wir fest: Interview für unsere Serie "Digitale Köpfe der Region" am
        Donnerstag, 5.11., um 15 Uhr im Café Läuft an der Lotter Straße. Ich rechne mit etwa einer
        Stunde; unser Fotograf Kai kommt gegen 15.45 Uhr für ein paar Bilder dazu.

        Themen wie besprochen: Ihr Open-Source-Tool für ISOBUS-Diagnose, warum Sie es in der
        Freizeit entwickeln und wie Landwirte aus der Region es nutzen. Den Text bekommen Sie vor
        Erscheinen zum Gegenlesen.

        Beste Grüße
        Lea Wübbeler
        Redaktion Stadt & Region
        Osnabrücker Landbote
        Tel. 0541 / 31 07-442
        """)
    hs = head(addr("Lea Wübbeler", "l.wuebbeler@os-landbote.de"), "Re: Interviewanfrage \"Digitale Köpfe der Region\"",
              "2026-10-29 12:40", BER, "<b4e8c1a7-92d3-4f60-a15e-3c7d9e0b2f81@os-landbote.de>",
              rcv=("from mail.os-landbote.de (mail.os-landbote.de [91.198.114.27])", MX + "6Vv2AbCd5e"),
              extra=(("In-Reply-To", "<6d2a0f93-1e84-4b7c-9f25-8a3c1b7e4d60@example.org>"),
                     ("References", "<6d2a0f93-1e84-4b7c-9f25-8a3c1b7e4d60@example.org>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(35), family="user_research", lang="en", interview=False, company=None,
      days=(("Tue", "2026-11-17"),),
      note="Paid user-research session ('user interview', 60 min, EUR 60 voucher) with a fixed time and ICS - "
           "the candidate is a study participant, not interviewing for a job")
def b35() -> bytes:
    body = t("""
        Hi Jonas,

        You're confirmed for our research session - thank you!

        Study:     How developers build software for farm machinery (user interview)
        When:      Tuesday, 17 November 2026, 18:00-19:00 CET
        Where:     Google Meet - https://meet.google.com/fnt-kqwe-zrp
        Incentive: EUR 60 Amazon voucher, sent within 3 working days after the session

        We'll record the call (audio + screen) for internal analysis only. No preparation needed -
        we just want to hear how you work today.

        If you can't make it, please cancel here at least 24 hours in advance so we can offer the
        slot to someone else: https://research.fieldnote.app/s/7Qp2/cancel

        Thanks,
        Ines Hartung
        UX Research, Fieldnote (Berlin)
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Fieldnote Research//Sessions//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:fieldnote-session-7Qp2@research.fieldnote.app
        DTSTAMP:20261111T101500Z
        DTSTART:20261117T170000Z
        DTEND:20261117T180000Z
        SUMMARY:Fieldnote user interview (paid research session)
        LOCATION:https://meet.google.com/fnt-kqwe-zrp
        ORGANIZER;CN=Ines Hartung:mailto:ines@fieldnote.app
        ATTENDEE;CN=Jonas Brinkmann;RSVP=TRUE:mailto:jonas.brinkmann@example.org
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Ines from Fieldnote", "ines@fieldnote.app"), "You're confirmed: Fieldnote user interview (Tue 17 Nov)",
              "2026-11-11 11:15", BER, "<CAH2n8Qw5Rt1Yp4sK7vB3xD9mL6jF0gE8cZ1aN@mail.gmail.com>",
              rcv=("from mail-lf1-f51.google.com (mail-lf1-f51.google.com [209.85.167.51])", MX + "7Ww3BcDe6f"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


@mail(n(36), family="admission_interview", lang="de", interview=False, company=None,
      days=(("Fri", "2026-10-23"),),
      note="University admission interview (part-time MBA) with a fixed time 'Fr., 23.10.2026, 16:30 Uhr' - "
           "an 'Auswahlgespräch' for a study place, not a job interview")
def b36() -> bytes:
    body_html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p><img src="https://www.fh-nordwest.example/logo.png" alt="Fachhochschule Nordwest" height="40"></p>
        <p>Sehr geehrter Herr Brinkmann,</p>
        <p>vielen Dank für Ihre Bewerbung für den berufsbegleitenden Studiengang <b>MBA Agribusiness &amp; Digital Farming</b>
        (Studienstart Sommersemester 2027).</p>
        <p>Wir laden Sie herzlich zum <b>Auswahlgespräch</b> ein:</p>
        <p style="margin-left:20px">Freitag, 23.10.2026, 16:30 Uhr<br>
        Campus Haste, Gebäude HF, Raum 0109<br>
        Dauer: 30 Minuten</p>
        <p>Im Gespräch mit Prof. Dr. Renate Algermissen und einer Vertreterin der Studiengangskoordination geht es um Ihre
        Motivation, Ihre Berufserfahrung und die Vereinbarkeit des Studiums mit Ihrer Tätigkeit.</p>
        <p>Bitte bestätigen Sie den Termin bis zum 16.10. über das Bewerbungsportal.</p>
        <p>Mit freundlichen Grüßen<br>Studierendenservice - Weiterbildung<br>Fachhochschule Nordwest</p>
        </body></html>
        """)
    hs = head(addr("FH Nordwest Studierendenservice", "weiterbildung@fh-nordwest.example"),
              "Einladung zum Auswahlgespräch – MBA Agribusiness & Digital Farming", "2026-10-08 10:20", BER,
              "<5d7a3e21.fhnw.bewerbung.29910@fh-nordwest.example>",
              rcv=("from mail.fh-nordwest.example (mail.fh-nordwest.example [192.0.2.88])", MX + "8Xx4CdEf7g"),
              charset="utf-8")
    return message(hs, html(body_html, charset="iso-8859-1"))


@mail(n(37), family="sports_tryout", lang="de", interview=False, company=None,
      note="Volleyball club trainer confirms a try-out ('Probetraining') next Wednesday at 19.30 - a fixed "
           "time, not a job interview")
def b37() -> bytes:
    body = t("""
        Moin Jonas,

        klar, komm gern zum Probetraining vorbei! Herren 2 trainiert kommenden Mittwoch wie immer
        um 19.30 Uhr in der Halle am Schölerberg (Eingang über den Schulhof). Bring Hallenschuhe
        und was zu trinken mit. Wenn's passt, kannst du Ende November schon in der Bezirksliga
        mitspielen, wir suchen dringend nen Außenangreifer.

        Sportliche Grüße
        Hendrik
        Trainer Herren 2 · VfL Hasetal 1921 e.V. · Abt. Volleyball

        Gesendet von meinem Galaxy
        """)
    hs = head(addr("Hendrik Bussmann", "hendrik.bussmann@example.com"), "Re: Probetraining Herren 2",
              "2026-10-09 22:14", BER, "<a91c2e7b-5f04-4d8a-b3e6-7c1d0f9e2a35@example.com>",
              rcv=("from mail.example.com (mail.example.com [192.0.2.15])", MX + "9Yy5DeFg8h"))
    return message(hs, text(body, cte="8bit"))


@mail(n(38), family="car_service", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-06"),),
      note="Car dealership confirms a service appointment 'Fr., 06.11.2026, 07:45 Uhr' with ICS - fixed time, "
           "not an interview")
def b38() -> bytes:
    body = t("""
        Sehr geehrter Herr Brinkmann,

        vielen Dank für Ihre Online-Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:

        Termin:     Fr., 06.11.2026, 07:45 Uhr (Fahrzeugannahme)
        Fahrzeug:   VW Golf Variant, OS-JB 481
        Leistungen: Inspektion nach Herstellervorgabe, Wechsel auf Winterräder (eingelagert)
        Abholung:   voraussichtlich ab 16:00 Uhr

        Ihr Serviceberater: Dennis Wellmann, Tel. 0541 / 12 20 9-35

        Ihr Autohaus Hasepark
        Pagenstecherstraße 201 · 49090 Osnabrück
        """)
    ics = VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:werkstatt-55810@autohaus-hasepark.de
        DTSTAMP:20261102T081500Z
        DTSTART;TZID=Europe/Berlin:20261106T074500
        DTEND;TZID=Europe/Berlin:20261106T080000
        SUMMARY:Werkstatttermin Autohaus Hasepark (Inspektion + Räderwechsel)
        LOCATION:Autohaus Hasepark\\, Pagenstecherstraße 201\\, 49090 Osnabrück
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Autohaus Hasepark//Terminbuchung//DE\nMETHOD:PUBLISH\n" + ics
    hs = head(addr("Autohaus Hasepark Service", "service@autohaus-hasepark.de"),
              "Terminbestätigung Werkstatt – Fr., 06.11.2026, 07:45 Uhr", "2026-11-02 09:15", BER,
              "<terminbuchung.55810.1793607300@autohaus-hasepark.de>",
              rcv=("from smtp.autohaus-hasepark.de (smtp.autohaus-hasepark.de [185.12.64.203])", MX + "0Zz6EfGh9i"))
    return message(hs, mixed(text(body, charset="iso-8859-15"),
                             calendar(ics, method="PUBLISH", filename="Werkstatttermin.ics",
                                      disposition="attachment", cte="quoted-printable")))


@mail(n(39), family="reference_call", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-15"),),
      note="A hiring manager elsewhere confirms a reference call in which Jonas vouches for a former "
           "colleague: 'Donnerstag, 15.10., um 11 Uhr' - fixed time, but Jonas is the referee, not the "
           "candidate; company null (not an employer of the inbox owner)")
def b39() -> bytes:
    body = t("""
        Hallo Herr Brinkmann,

        herzlichen Dank, dass Sie sich als Referenz für Frau Lena Voss zur Verfügung stellen. Wie
        eben per Mail abgestimmt rufe ich Sie am Donnerstag, 15.10., um 11 Uhr auf Ihrem Handy an;
        es dauert nicht länger als 20 Minuten.

        Mich interessieren vor allem Ihre gemeinsame Zeit im Projekt "Spurführung" und wie
        Frau Voss im Team gearbeitet hat. Selbstverständlich behandeln wir alles vertraulich.

        Freundliche Grüße
        Thorsten Evers
        Leiter Softwareentwicklung
        Ammerland Agrotec GmbH · Westerstede
        """)
    hs = head(addr("Thorsten Evers", "t.evers@ammerland-agrotec.de"), "Referenzgespräch Lena Voss – Bestätigung",
              "2026-10-12 14:02", BER, "<000b01dc3c71$a4e2f1c0$eea8d540$@ammerland-agrotec.de>",
              rcv=("from mail.ammerland-agrotec.de (mail.ammerland-agrotec.de [217.6.40.114])", MX + "1Ab7FgHi0j"),
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(40), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-12"),),
      note="Calendly confirmation of a paid mock interview with a career coach ('Mock-Interview ... "
           "Donnerstag, 12. November 2026, 18:00') - interview practice, not a job interview")
def b40() -> bytes:
    body = t("""
        Hallo Jonas Brinkmann,

        Ein neues Ereignis wurde geplant.

        Ereignistyp:
        Mock-Interview – Vorstellungsgespräch üben (60 Min.)

        Einladender:
        Petra Lindemann

        Datum/Uhrzeit des Ereignisses:
        18:00 - 19:00 (Mitteleuropäische Zeit) am Donnerstag, 12. November 2026

        Ort:
        Zoom – der Link folgt 24 Stunden vorher.

        Fragen:
        Für welche Stelle möchtest du üben?
        Zweitgespräch Software/Landtechnik, eher technisch, gern mit Gehaltsverhandlung am Ende

        Ereignis stornieren: https://calendly.com/cancellations/9e2d41b7-0c6a-4f83-a5d2-1b7e8c3f0a94
        Verschieben: https://calendly.com/reschedulings/9e2d41b7-0c6a-4f83-a5d2-1b7e8c3f0a94

        Bereitgestellt von Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Mock-Interview – Vorstellungsgespräch üben (60 Min.) mit Petra Lindemann am Donnerstag, "
              "12. November 2026", "2026-11-06 19:33", BER, "<9e2d41b7.0c6a.4f83.invitee.confirmation@calendly.com>",
              rcv=("from o7.ptr8812.calendly.com (o7.ptr8812.calendly.com [149.72.164.9])", MX + "2Bc8GhIj1k"),
              extra=(("Reply-To", addr("Petra Lindemann", "kontakt@lindemann-karrierecoaching.de")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(41), family="forwarded_other_candidate", lang="de", interview=False, company=None,
      days=(("Wed", "2026-11-18"),),
      note="A friend forwards HIS OWN interview invitation (message/rfc822 with ICS inside) asking Jonas for "
           "tips: a confirmed job interview, but not the inbox owner's")
def b41() -> bytes:
    inner_body = t("""
        Sehr geehrter Herr Rehkamp,

        vielen Dank für Ihre Bewerbung als Servicetechniker Landmaschinen (m/w/d).
        Wir laden Sie ein zum Vorstellungsgespräch am

            Mittwoch, 18.11.2026 um 10:00 Uhr

        in unserer Niederlassung in Vechta. Bitte melden Sie sich am Empfang bei Frau Imholte.
        Die Einladung für Ihren Kalender finden Sie im Anhang.

        Mit freundlichen Grüßen
        Nordlicht Maschinenbau GmbH – Personalabteilung
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Nordlicht Maschinenbau//Bewerbermanagement//DE
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:nl-bewerbung-30917@nordlicht-maschinenbau.de
        DTSTAMP:20261110T071500Z
        DTSTART:20261118T090000Z
        DTEND:20261118T100000Z
        SUMMARY:Vorstellungsgespräch Nordlicht Maschinenbau - Malte Rehkamp
        LOCATION:Nordlicht Maschinenbau\\, Vechta
        ORGANIZER;CN=Personalabteilung:mailto:bewerbung@nordlicht-maschinenbau.de
        ATTENDEE;CN=Malte Rehkamp;RSVP=TRUE:mailto:malte.rehkamp@example.com
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """)
    inner = message([("From", addr("Nordlicht Maschinenbau GmbH", "bewerbung@nordlicht-maschinenbau.de")),
                     ("To", addr("Malte Rehkamp", "malte.rehkamp@example.com")),
                     ("Subject", enc("Einladung zum Vorstellungsgespräch")),
                     ("Date", date("2026-11-10 08:15", BER)),
                     ("Message-ID", "<nl.30917.20261110071500@nordlicht-maschinenbau.de>")],
                    mixed(text(inner_body), calendar(ics, filename="Vorstellungsgespraech.ics",
                                                     disposition="attachment", cte="8bit")))
    body = t("""
        Moin Jonas,

        guck mal, ich hab's tatsächlich zum Gespräch bei Nordlicht geschafft!! 😅 Ist zwar nicht
        Software, aber Servicetechniker mit Diagnose-Laptop ist ja fast dein Bereich.

        Hast du Tipps, was die so fragen? Und soll ich im Blaumann oder im Hemd kommen? Können
        auch gern am Wochenende telefonieren.

        Danke dir!
        Malte
        """)
    hs = head(addr("Malte Rehkamp", "malte.rehkamp@example.com"), "WG: Einladung zum Vorstellungsgespräch",
              "2026-11-10 18:47", BER, "<f0c3b9a2-61e7-4d28-8b5a-9e2d1c7f4a03@example.com>",
              rcv=("from mail.example.com (mail.example.com [192.0.2.15])", MX + "3Cd9HiJk2l"))
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner, "Einladung.eml")))


# =========================================================================== negatives 42-50


@mail(n(42), family="interviewer_request", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-19"),),
      note="HR at Jonas's CURRENT employer invites him as interviewer for a working-student candidate "
           "(Exchange meeting request, Do 19.11. 13:00-14:00): a job interview with a fixed time, but he is "
           "on the hiring side")
def b42() -> bytes:
    body = t("""
        Hallo Jonas,

        wie im Teammeeting besprochen: Kannst du bitte beim Interview mit Frau Selin Arslan
        (Werkstudentin Embedded Software, Bewerbungsunterlagen im Personio-Link unten) als
        Fachinterviewer dabei sein? Ich übernehme Begrüßung und die HR-Fragen, du den technischen
        Teil (ca. 25 Min. – gern ein kleines C-Beispiel zu Interrupts o. Ä.).

        Termin: Do., 19.11., 13:00–14:00 Uhr, Besprechungsraum "Hase" (EG)

        Unterlagen: https://hollage-agrotronic.personio.de/recruiting/applications/551872

        Danke dir!
        Kathrin

        Kathrin Lührmann
        HR Business Partner
        Hollage Agrotronic GmbH · Hollager Straße 120 · 49134 Wallenhorst
        """)
    ics = VTZ["W. Europe Standard Time"] + "\n" + t("""
        BEGIN:VEVENT
        ORGANIZER;CN=Lührmann, Kathrin:mailto:k.luehrmann@hollage-agrotronic.de
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brinkmann, Jonas:mailto:jonas.brinkmann@hollage-agrotronic.de
        ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Raum Hase (EG):mailto:raum.hase@hollage-agrotronic.de
        UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70
        SUMMARY;LANGUAGE=de-DE:Interview Selin Arslan – Werkstudentin Embedded Software (Fachinterview: Jonas)
        DTSTART;TZID=W. Europe Standard Time:20261119T130000
        DTEND;TZID=W. Europe Standard Time:20261119T140000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20261112T100233Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=de-DE:Besprechungsraum Hase (EG)
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + ics
    hs = head(addr("Lührmann, Kathrin", "k.luehrmann@hollage-agrotronic.de"),
              "Interview Selin Arslan – Werkstudentin Embedded Software (Fachinterview: Jonas)",
              "2026-11-12 11:02", BER,
              "<FR2P281MB0355A1B3C5D7E9F1A3B5C7D9E1F3@FR2P281MB0355.DEUP281.PROD.OUTLOOK.COM>",
              to=addr("Brinkmann, Jonas", "jonas.brinkmann@hollage-agrotronic.de"),
              rcv=("from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2131.outbound."
                   "protection.outlook.com [40.107.135.131])", MX + "4De0IjKl3m"),
              extra=(("X-Forwarded-To", ME),
                     ("X-Forwarded-For", "jonas.brinkmann@hollage-agrotronic.de " + ME),
                     ("Thread-Topic", enc("Interview Selin Arslan – Werkstudentin Embedded Software")),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), calendar(ics, cte="base64")))


@mail(n(43), family="stay_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-30"),),
      note="Team lead at the current employer books a 'Stay-Interview' (retention talk) for 'Mo., 30.11., "
           "13:00' - fixed time, not a job interview")
def b43() -> bytes:
    body = t("""
        Hi Jonas,

        wir führen ja seit Herbst diese "Stay-Interviews" ein – kurz gesagt: ich will von dir
        hören, was dich bei uns hält, was nervt und was wir besser machen können. Keine
        Leistungsbeurteilung, nichts davon landet in der Personalakte.

        Ich hab uns Mo., 30.11., 13:00 im kleinen Besprechungsraum eingetragen (45 Min.). Wenn's
        nicht passt, schieb einfach.

        Gruß
        Bernd

        --
        Bernd Kathmann
        Teamleitung Embedded Software
        Hollage Agrotronic GmbH
        """)
    hs = head(addr("Kathmann, Bernd", "b.kathmann@hollage-agrotronic.de"), "Stay-Interview – kurzer Austausch",
              "2026-11-23 08:47", BER,
              "<FR2P281MB0355B2C4D6E8F0A2B4C6D8E0F2A4@FR2P281MB0355.DEUP281.PROD.OUTLOOK.COM>",
              to=addr("Brinkmann, Jonas", "jonas.brinkmann@hollage-agrotronic.de"),
              rcv=("from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2131.outbound."
                   "protection.outlook.com [40.107.135.131])", MX + "5Ef1JkLm4n"),
              extra=(("X-Forwarded-To", ME),))
    return message(hs, text(body, charset="windows-1252"))


@mail(n(44), family="parent_teacher", lang="de", interview=False, company=None,
      days=(("Thu", "2026-11-26"),),
      note="School portal confirms a parent-teacher slot (Elternsprechtag) 'Do., 26.11.2026, 17:20 Uhr' - "
           "fixed time, not an interview")
def b44() -> bytes:
    body = t("""
        Sehr geehrte Eltern,

        Ihre Buchung für den Elternsprechtag wurde gespeichert.

        Schülerin:   Mia Brinkmann (Klasse 2b)
        Lehrkraft:   Frau Terbeck (Klassenleitung)
        Termin:      Do., 26.11.2026, 17:20 - 17:35 Uhr
        Raum:        A 104

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Falls Sie den Termin nicht
        wahrnehmen können, stornieren Sie ihn bitte im Schulportal, damit andere Eltern ihn
        nutzen können.

        Grundschule Hasewinkel
        Schulportal – automatische Benachrichtigung
        """)
    hs = head(addr("Schulportal Grundschule Hasewinkel", "noreply@schulportal-os.de"),
              "Elternsprechtag: Ihr Termin bei Frau Terbeck am 26.11.2026", "2026-11-16 20:31", BER,
              "<sprechtag.2b.terbeck.1720@schulportal-os.de>",
              rcv=("from mail.schulportal-os.de (mail.schulportal-os.de [194.94.127.30])", MX + "6Fg2KlMn5o"),
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, text(body, cte="base64"))


@mail(n(45), family="flat_viewing", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Property manager in Münster confirms a flat viewing 'Sa., 17.10., 11:30 Uhr' and asks for "
           "tenant documents - fixed time, not an interview")
def b45() -> bytes:
    body = t("""
        Sehr geehrter Herr Brinkmann,

        vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Wolbecker Straße (2. OG,
        78 m², Objekt-Nr. MS-2261).

        Gern bestätigen wir Ihnen den Besichtigungstermin am Sa., 17.10., um 11:30 Uhr. Frau
        Brüggemann erwartet Sie vor dem Hauseingang. Es handelt sich um eine Einzelbesichtigung,
        planen Sie bitte etwa 20 Minuten ein.

        Falls Sie sich nach der Besichtigung bewerben möchten, bringen Sie bitte Ihre
        Mieterselbstauskunft, die letzten drei Gehaltsnachweise und eine SCHUFA-Auskunft mit.

        Mit freundlichen Grüßen
        Hausverwaltung Kettelhack GmbH
        Vermietung
        Tel. 0251 / 48 93 11-0
        """)
    hs = head(addr("Hausverwaltung Kettelhack – Vermietung", "vermietung@hv-kettelhack.de"),
              "Besichtigungstermin Wolbecker Straße, Objekt MS-2261", "2026-10-13 16:55", BER,
              "<20261013145511.MS2261.vermietung@hv-kettelhack.de>",
              rcv=("from smtp.hv-kettelhack.de (smtp.hv-kettelhack.de [85.13.150.71])", MX + "7Gh3LmNo6p"))
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(46), family="auto_reply", lang="de", interview=False, company="Münsterland Agrardaten GmbH",
      note="Out-of-office auto-reply from the Münsterland Agrardaten recruiter ('bis einschließlich 13.11.'); "
           "mentions that agreed appointments stay in place but names none")
def b46() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 13.11. nicht im Büro und habe keinen Zugriff auf meine E-Mails.
        Bereits vereinbarte Gesprächstermine finden wie geplant statt. In dringenden Fällen wenden
        Sie sich bitte an bewerbung@ms-agrardaten.de oder Tel. 0251 / 7 10 44-0.

        Mit freundlichen Grüßen
        Sven Terhorst
        Münsterland Agrardaten GmbH
        """)
    hs = head(addr("Sven Terhorst", "sven.terhorst@ms-agrardaten.de"),
              "Automatische Antwort: Bewerbung Jonas Brinkmann – Unterlagen Zweitgespräch", "2026-11-09 18:20", BER,
              "<auto.7b1c9e0d2a44@ms-agrardaten.de>",
              rcv=("from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])", MX + "8Hi4MnOp7q"),
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Autoreply", "yes"),
                     ("In-Reply-To", "<0a7e3c91-bd24-4f18-95c6-2e8d1f7b3a50@example.org>")))
    return message(hs, text(body))


@mail(n(47), family="bounce", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Postfix bounce (multipart/report) of Jonas's own acceptance 'Fr., 11.12. um 11 Uhr passt' sent to a "
           "mistyped recruiter address; the time is the candidate's proposal that never arrived, nothing is "
           "confirmed by the employer (the Teamtailor confirmation comes separately)")
def b47() -> bytes:
    notice = t("""
        This is the mail system at host mx01.mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <lina.hope@weserkai.de>: host mx.weserkai.de[81.169.145.92] said: 550 5.1.1
            <lina.hope@weserkai.de>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; mx01.mail.example.org
        X-Postfix-Queue-ID: 4QpX1n0Zb8z9tK
        X-Postfix-Sender: rfc822; jonas.brinkmann@example.org
        Arrival-Date: Wed,  2 Dec 2026 21:02:41 +0100 (CET)

        Final-Recipient: rfc822; lina.hope@weserkai.de
        Original-Recipient: rfc822;lina.hope@weserkai.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.weserkai.de
        Diagnostic-Code: smtp; 550 5.1.1 <lina.hope@weserkai.de>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    original_body = t("""
        Hallo Lina,

        danke für die schnelle Rückmeldung! Fr., 11.12. um 11 Uhr passt mir super, ich bestätige
        den Termin hiermit gern. Google Meet ist für mich auch ok.

        Viele Grüße
        Jonas
        """)
    original = message([("From", me()), ("To", addr("Lina Hoppe", "lina.hope@weserkai.de")),
                        ("Subject", "Re: Interview bei Weserkai Software"),
                        ("Date", date("2026-12-02 21:02", BER)),
                        ("Message-ID", "<e51a7c30-9d2b-4f86-a1c4-38b0f6d2e97a@example.org>")],
                       text(original_body))
    report = multipart("report", text(notice, charset="us-ascii", cte="7bit"),
                       raw_part([("Content-Description", "Delivery report"),
                                 ("Content-Type", "message/delivery-status")], status),
                       attached_message(original),
                       params="report-type=delivery-status")
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx01.mail.example.org"),
              "Undelivered Mail Returned to Sender", "2026-12-02 21:02", BER,
              "<20261202200243.4QpX1n0Zb8z9tK@mx01.mail.example.org>",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(48), family="mailing_list_meetup", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Local developer mailing list announces a meetup talk about how teams interview developers "
           "('Donnerstag, 22.10., Talks ab 19:00') - an event, not the reader's interview")
def b48() -> bytes:
    body = t("""
        Moin zusammen,

        unser Meetup #37 steht – diesmal zu Gast bei Piesberg Digital:

          Wann: Donnerstag, 22.10., Einlass ab 18:30 Uhr, Talks ab 19:00 Uhr
          Wo:   Piesberg Digital, Hannoversche Straße 47, Osnabrück (3. OG)

        Talk 1: "Wie wir Entwickler:innen interviewen – und warum wir Leetcode abgeschafft haben"
                (Elif Aydın, Piesberg Digital)
        Talk 2: "Rust auf dem Traktor: no_std in der Praxis" (Gerrit Pohlmann)

        Danach Pizza und Getränke. Bitte meldet euch bis Dienstag über Meetup an, damit wir
        genug bestellen: https://www.meetup.com/os-devs/events/311842771/

        Bis Donnerstag!
        Gerrit

        _______________________________________________
        os-devs mailing list -- os-devs@lists.os-devs.de
        To unsubscribe send an email to os-devs-leave@lists.os-devs.de
        """)
    hs = head(addr("Gerrit Pohlmann", "gerrit@pohlmann.example.net"),
              "[os-devs] Meetup #37 am 22.10.: Wie wir Entwickler:innen interviewen + Rust auf dem Traktor",
              "2026-10-14 19:08", BER, "<8c2f1e7a-4b90-4d35-a6e1-0f9b3d7c2e58@pohlmann.example.net>",
              to="os-devs@lists.os-devs.de",
              rcv=("from lists.os-devs.de (lists.os-devs.de [159.69.32.11])", MX + "9Ij5NoPq8r"),
              extra=(("Reply-To", "os-devs@lists.os-devs.de"),
                     ("List-Id", "Osnabrueck Developers <os-devs.lists.os-devs.de>"),
                     ("List-Post", "<mailto:os-devs@lists.os-devs.de>"),
                     ("List-Unsubscribe", "<mailto:os-devs-leave@lists.os-devs.de>"),
                     ("Precedence", "list"),
                     ("Sender", "os-devs-bounces@lists.os-devs.de")))
    return message(hs, text(body, cte="8bit"))


@mail(n(49), family="webinar", lang="de", interview=False, company=None,
      days=(("Wed", "2026-10-21"),),
      note="Job-board webinar registration 'Souverän im Vorstellungsgespräch' with a fixed time and ICS "
           "(Mi., 21.10.2026, 18:00) - a webinar about interviews, not an interview")
def b49() -> bytes:
    body = t("""
        Hallo Jonas,

        du bist dabei! Hier deine Anmeldebestätigung:

        Webinar: Souverän im Vorstellungsgespräch – Gehalt, Gegenfragen, Remote-Interviews
        Termin:  Mi., 21.10.2026, 18:00 – 19:15 Uhr
        Referentin: Dr. Anja Reinholz, Personalberaterin

        Zugangslink (persönlich, bitte nicht weitergeben):
        https://akademie.jobradar-nord.de/webinar/join/8831-jb

        Die Aufzeichnung schicken wir allen Angemeldeten am Folgetag.

        Viel Spaß!
        Dein Team der Jobradar Nord Akademie
        """)
    ics = VTZ["Europe/Berlin"] + "\n" + t("""
        BEGIN:VEVENT
        UID:webinar-8831@akademie.jobradar-nord.de
        DTSTAMP:20261015T091200Z
        DTSTART;TZID=Europe/Berlin:20261021T180000
        DTEND;TZID=Europe/Berlin:20261021T191500
        SUMMARY:Webinar: Souverän im Vorstellungsgespräch
        LOCATION:https://akademie.jobradar-nord.de/webinar/join/8831-jb
        ORGANIZER;CN=Jobradar Nord Akademie:mailto:akademie@jobradar-nord.de
        END:VEVENT
        END:VCALENDAR
        """)
    ics = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Jobradar Nord//Akademie//DE\nMETHOD:PUBLISH\n" + ics
    hs = head(addr("Jobradar Nord Akademie", "akademie@jobradar-nord.de"),
              "Anmeldebestätigung: Webinar „Souverän im Vorstellungsgespräch“ am 21.10.", "2026-10-15 11:12", BER,
              "<webinar.8831.reg.jb4471@mailer.jobradar-nord.de>",
              rcv=("from mailer.jobradar-nord.de (mailer.jobradar-nord.de [78.46.201.9])", MX + "0Jk6OpQr9s"))
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, method="PUBLISH", filename="webinar.ics", disposition="attachment",
                                      cte="base64")))


@mail(n(50), family="bank_advisor", lang="de", interview=False, company=None,
      days=(("Tue", "2026-12-08"),),
      note="Bank confirms a mortgage advice appointment 'Di., 08.12.2026, 17:00 Uhr' with an advisor and ICS - "
           "'Beratungsgespräch' with a fixed time, not a job interview")
def b50() -> bytes:
    body_html = t("""
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
        <div style="background:#003b7a;color:#fff;padding:14px 20px;font-size:18px">Volksbank Hase-Ems eG</div>
        <div style="padding:20px">
        <p>Sehr geehrter Herr Brinkmann,</p>
        <p>vielen Dank für Ihre Terminanfrage. Wir bestätigen Ihr Beratungsgespräch:</p>
        <table cellpadding="4">
        <tr><td>Thema:</td><td><b>Baufinanzierung / Anschlussfinanzierung</b></td></tr>
        <tr><td>Termin:</td><td><b>Di., 08.12.2026, 17:00 Uhr</b> (ca. 60 Minuten)</td></tr>
        <tr><td>Ort:</td><td>Filiale Osnabrück-Haste, Bramscher Straße 210</td></tr>
        <tr><td>Ihr Berater:</td><td>Herr Frank Möllenkamp</td></tr>
        </table>
        <p>Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen, den Einkommensteuerbescheid 2025 und – falls
        vorhanden – das Exposé der Immobilie mit.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Terminservice der Volksbank Hase-Ems eG</p>
        </div></body></html>
        """)
    ics = t("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Volksbank Hase-Ems//Terminservice//DE
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:vb-termin-20261208-7714@vb-hase-ems.de
        DTSTAMP:20261201T154000Z
        DTSTART:20261208T160000Z
        DTEND:20261208T170000Z
        SUMMARY:Beratungsgespräch Baufinanzierung - Volksbank Hase-Ems
        LOCATION:Filiale Osnabrück-Haste
        END:VEVENT
        END:VCALENDAR
        """)
    hs = head(addr("Volksbank Hase-Ems eG", "terminservice@vb-hase-ems.de"),
              "Terminbestätigung: Ihr Beratungsgespräch am 08.12.2026", "2026-12-01 16:40", BER,
              "<terminservice.7714.20261201154000@vb-hase-ems.de>",
              rcv=("from mailout.vb-hase-ems.de (mailout.vb-hase-ems.de [195.200.70.14])", MX + "1Kl7PqRs0t"))
    return message(hs, mixed(html(body_html),
                             calendar(ics, method="PUBLISH", filename="Termin.ics", disposition="attachment",
                                      cte="quoted-printable")))
