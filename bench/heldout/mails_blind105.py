"""blind105: 50 hand-written mails from the inbox of Lukas Pfeiffer, an embedded software developer
in Nuremberg (Europe/Berlin), September to December 2026.

Written blind (without reading the detector, its tests or the other held-out mails). Build and check:

    python3 bench/heldout/make_blind.py blind105

Keys 1-23 are positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 negatives.
The file number of the key-th mail is ORDER[key - 1].
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
    raw_part,
    received,
    t,
    text,
    utc,
)

ORDER = random.Random(1050105).sample(range(1, 51), 50)
SET = "blind105"
BER = "Europe/Berlin"
PRG = "Europe/Prague"
IST = "Asia/Kolkata"
NYC = "America/New_York"
CHI = "America/Chicago"
LAX = "America/Los_Angeles"
ME = "lukas.pfeiffer@example.org"
ME_NAME = "Lukas Pfeiffer"
WORK = "lukas.pfeiffer@example.com"  # his address at the current employer


def n(key: int) -> str:
    return f"{SET}_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str | None = None,
         relay: str = "mail.example.net", extra: tuple[tuple[str, str], ...] = (),
         rcpt: str = ME, charset: str = "utf-8") -> list[tuple[str, str]]:
    """Delivered-To, Received, From, To, Subject, Date, Message-ID, then any extra headers."""
    return [
        ("Delivered-To", rcpt),
        ("Received", received(f"from {relay} ({relay} [198.51.100.{sum(map(ord, msgid)) % 250 + 2}])",
                              when, zone, "mx01.example.org with ESMTPS id "
                              + msgid.split("@")[0][-10:].replace(".", "x"), rcpt)),
        ("From", frm),
        ("To", to or addr(ME_NAME, ME)),
        ("Subject", enc(subject, charset)),
        ("Date", date(when, zone)),
        ("Message-ID", f"<{msgid}>"),
        *extra,
    ]


PRAGUE_TZ = """BEGIN:VTIMEZONE
TZID:Europe/Prague
X-LIC-LOCATION:Europe/Prague
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

KOLKATA_TZ = """BEGIN:VTIMEZONE
TZID:Asia/Kolkata
X-LIC-LOCATION:Asia/Kolkata
BEGIN:STANDARD
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
TZNAME:IST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE"""

TEAMS_DE = """________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Besprechungs-ID: {bid}
Passcode: {pc}
Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


# =========================================================================== positives: scheduled


@mail(n(1), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:00", BER), end=utc("2026-09-17 11:00", BER),
      contact="miriam.seuss@frankenwerk-sensorik.de", company="Frankenwerk Sensorik GmbH",
      local="Thu 2026-09-17 10:00", local_end="2026-09-17 11:00", zone=BER,
      note="Personio invitation in German: 'Donnerstag, 17. September 2026, 10:00 - 11:00 Uhr', "
           "Nuremberg, CEST (UTC+2) -> 08:00-09:00Z. From is a Personio no-reply address; the "
           "Reply-To is the recruiter, so contact = Reply-To.")
def p01() -> bytes:
    body = t("""
        Hallo Herr Pfeiffer,

        vielen Dank für Ihr Interesse an der Position Embedded Software Developer (m/w/d)
        bei der Frankenwerk Sensorik GmbH.

        Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen. Ihr Termin steht fest:

        Datum:    Donnerstag, 17. September 2026
        Uhrzeit:  10:00 - 11:00 Uhr
        Ort:      Frankenwerk Sensorik GmbH, Sigmundstraße 188, 90431 Nürnberg
                  (Empfang im Erdgeschoss, Besucherparkplätze vor dem Gebäude)

        Ihre Gesprächspartner:
        - Miriam Seuß, HR Business Partner
        - Dr. Bernd Loos, Teamleiter Firmware

        Falls Sie den Termin nicht wahrnehmen können, antworten Sie einfach auf diese E-Mail.

        Viele Grüße
        Miriam Seuß
        Frankenwerk Sensorik GmbH

        --
        Diese E-Mail wurde über Personio versendet. Bitte prüfen Sie unsere Datenschutzhinweise
        für Bewerberinnen und Bewerber: https://frankenwerk-sensorik.jobs.personio.de/privacy-policy
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Einladung</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1f">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td>
        <p>Hallo Herr Pfeiffer,</p>
        <p>vielen Dank für Ihr Interesse an der Position <b>Embedded Software Developer (m/w/d)</b>
        bei der Frankenwerk Sensorik GmbH.</p>
        <p>Wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen. Ihr Termin steht fest:</p>
        <table cellpadding="4" style="border-collapse:collapse">
        <tr><td style="color:#6e6e73">Datum</td><td>Donnerstag, 17. September 2026</td></tr>
        <tr><td style="color:#6e6e73">Uhrzeit</td><td>10:00 - 11:00 Uhr</td></tr>
        <tr><td style="color:#6e6e73">Ort</td><td>Frankenwerk Sensorik GmbH, Sigmundstraße 188, 90431 Nürnberg<br>
        (Empfang im Erdgeschoss, Besucherparkplätze vor dem Gebäude)</td></tr>
        </table>
        <p>Ihre Gesprächspartner:<br>- Miriam Seuß, HR Business Partner<br>- Dr. Bernd Loos, Teamleiter Firmware</p>
        <p>Falls Sie den Termin nicht wahrnehmen können, antworten Sie einfach auf diese E-Mail.</p>
        <p>Viele Grüße<br>Miriam Seuß<br>Frankenwerk Sensorik GmbH</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8e8e93">Diese E-Mail wurde über Personio versendet.
        <a href="https://frankenwerk-sensorik.jobs.personio.de/privacy-policy">Datenschutzhinweise</a></td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Frankenwerk Sensorik GmbH", "no-reply@mail.personio.de"),
              "Einladung zum Vorstellungsgespräch – Embedded Software Developer (m/w/d)",
              "2026-09-10 14:12", BER, "0102019e2a4f7c11-5b1d2c3e-personio-4d7a@eu-central-1.amazonses.com",
              relay="a7-12.smtp-out.eu-central-1.amazonses.com",
              extra=(("Reply-To", addr("Miriam Seuß", "miriam.seuss@frankenwerk-sensorik.de")),
                     ("X-Personio-Application-Id", "38817265")))
    return message(hs, alt(text(body), html(page)))


@mail(n(2), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 09:15", BER), end=None,
      contact="stefan.kraus@pegnitz-robotics.de", company="Pegnitz Robotics GmbH",
      local="Tue 2026-09-22 09:15", zone=BER,
      note="Phone-written Franconian du-reply on Thu 17 Sep 2026 (CEST): 'nächste Woche Dienstag um "
           "viertel nach neun' = Tue 22 Sep 09:15 CEST -> 07:15Z. 'so ein, zwei Stunden' is vague, "
           "so end null. Contact = the human sender (CTO).")
def p02() -> bytes:
    body = t("""
        Servus Lukas,

        basst scho, dann machmer des nächste Woche Dienstag um viertel nach neun bei uns in Fürth,
        Schwabacher Str. 212, 2. Stock (Klingel "Pegnitz Robotics", der Aufzug spinnt manchmal,
        nimm lieber die Treppe). Bring so ein, zwei Stunden mit, ich zeig dir dann auch gleich
        die Fertigung und du lernst den Andi vom Motorcontrol-Team kennen.

        Kaffee gibts, Brezen bring ich mit ;)

        Bis Dienstag
        Steff

        Von meinem iPhone gesendet

        > Am 17.09.2026 um 18:03 schrieb Lukas Pfeiffer <lukas.pfeiffer@example.org>:
        >
        > Hallo Stefan,
        >
        > danke für das nette Telefonat heute! Nächste Woche Dienstag oder Mittwoch früh ginge
        > bei mir, ab 8 Uhr bin ich flexibel. Sag einfach, was dir besser passt.
        >
        > Viele Grüße
        > Lukas
        """)
    hs = head(addr("Stefan Kraus", "stefan.kraus@pegnitz-robotics.de"),
              "Re: Kennenlernen bei Pegnitz Robotics", "2026-09-17 21:47", BER,
              "5E3A90C1-77B2-4F0E-9D1C-2B6F0A7E41C3@pegnitz-robotics.de",
              relay="mout.kundenserver.de",
              extra=(("In-Reply-To", "<d3f1a2b8-0c4e-4a1f-9b77-lp20260917@example.org>"),
                     ("References", "<d3f1a2b8-0c4e-4a1f-9b77-lp20260917@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


@mail(n(3), family="exchange", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-26 09:00", BER), end=utc("2026-10-26 10:30", BER),
      contact="katrin.hofmann@schwabachtal-medical.de", company="Schwabachtal Medical Devices GmbH",
      local="Mon 2026-10-26 09:00", local_end="2026-10-26 10:30", zone=BER,
      note="Exchange meeting request sent Wed 21 Oct (CEST) for Mon 26 Oct 09:00-10:30, the day after "
           "Europe leaves summer time (25 Oct): CET (UTC+1) -> 08:00-09:30Z, not 07:00Z. ICS uses "
           "TZID 'W. Europe Standard Time'. Contact = the human organizer/sender.")
def p03() -> bytes:
    teams = TEAMS_DE.format(mid="NmQ3ZTk4YjEtYTI0Mi00NjVkLWI2YjctZjJmNDgzYzE1ZDQ3", bid="351 882 904 117",
                            pc="x7Rk2P")
    body = t("""
        Sehr geehrter Herr Pfeiffer,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem
        Vorstellungsgespräch für die Stelle "Embedded Software Entwickler (m/w/d) Infusionstechnik".

        Wann: Montag, 26. Oktober 2026 09:00-10:30. (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
        Wo: Microsoft Teams-Besprechung

        Teilnehmer von unserer Seite: Herr Dr. Amberger (Leitung Softwareentwicklung) und ich.
        Bitte halten Sie eine kurze Präsentation (ca. 10 Minuten) zu einem Projekt aus Ihrer
        bisherigen Tätigkeit bereit.

        Mit freundlichen Grüßen

        Katrin Hofmann
        Personalreferentin
        Schwabachtal Medical Devices GmbH
        Am Weichselgarten 41 | 91058 Erlangen
        Tel. +49 9131 88740-215
        katrin.hofmann@schwabachtal-medical.de

        """) + teams
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body lang=\"DE\"><div class=\"WordSection1\">"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n"))
            + "</div></body></html>\n")
    ics = VTZ["W. Europe Standard Time"] + "\n"
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ics}BEGIN:VEVENT
ORGANIZER;CN=Katrin Hofmann:mailto:katrin.hofmann@schwabachtal-medical.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Pfeiffer:mailto:lukas.pfeiffer@example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Johannes Amberger:mailto:johannes.amberger@schwabachtal-medical.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Pfeiffer,\\n\\nwie telefonisch besprochen sende ich Ihnen hiermit die Einladung zu unserem Vorstellungsgespräch.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C3A91E8F41DD01000000000000000010000000A3C1F0E6B2D84E4C9C0F6B7A1D2E3F40
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Embedded Software Entwickler (m/w/d) – Lukas Pfeiffer
DTSTART;TZID=W. Europe Standard Time:20261026T090000
DTEND;TZID=W. Europe Standard Time:20261026T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T140512Z
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
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Hofmann, Katrin", "katrin.hofmann@schwabachtal-medical.de"),
              "Vorstellungsgespräch Embedded Software Entwickler (m/w/d) – Lukas Pfeiffer",
              "2026-10-21 16:05", BER,
              "FR3P281MB1742A0C1E9D2B3F45A6C7D8E9F0A1B2C@FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM",
              relay="mail-fr2deu01on2112.outbound.protection.outlook.com",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Embedded Software Entwickler (m/w/d) – Lukas Pfeiffer")),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", "")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(4), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 10:00", NYC), end=utc("2026-10-29 10:45", NYC),
      contact="jess.morrow@harborlinerobotics.com", company="Harborline Robotics",
      local="Thu 2026-10-29 10:00", local_end="2026-10-29 10:45", zone=NYC,
      note="Greenhouse confirmation: 'Thursday, October 29, 2026, 10:00 AM - 10:45 AM EDT'. Europe is "
           "already on CET (since 25 Oct) but the US is still on EDT until 1 Nov, so the gap is 5 h: "
           "14:00-14:45Z, shown as 3:00 PM CET for the candidate. ICS TZID America/New_York agrees. "
           "Contact = Reply-To recruiter.")
def p04() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for making time to speak with us! Your interview for Senior Firmware Engineer
        (Remote, EU) at Harborline Robotics has been scheduled.

        Interview: Technical Deep Dive - Motor Control Firmware
        When: Thursday, October 29, 2026, 10:00 AM - 10:45 AM EDT
              (3:00 PM - 3:45 PM CET, your local time)
        Where: Zoom - https://harborlinerobotics.zoom.us/j/83304417725?pwd=Zk9uQ2x3bGxTcz
        Interviewers: Dana Whitaker (Staff Firmware Engineer), Raj Patel (Engineering Manager)

        A heads-up: the US changes clocks a week later than Europe this year, so please go by
        the CET time above rather than the usual 6-hour difference.

        If you need to reschedule, just reply to this email.

        Best,
        Jess Morrow
        Technical Recruiter, Harborline Robotics

        Powered by Greenhouse
        """)
    page = t("""
        <html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;color:#333">
        <div style="max-width:560px;margin:0 auto">
        <p>Hi Lukas,</p>
        <p>Thanks for making time to speak with us! Your interview for <strong>Senior Firmware Engineer
        (Remote, EU)</strong> at Harborline Robotics has been scheduled.</p>
        <table style="border:1px solid #e1e4e8;border-radius:4px;padding:12px;width:100%">
        <tr><td><strong>Interview:</strong> Technical Deep Dive - Motor Control Firmware</td></tr>
        <tr><td><strong>When:</strong> Thursday, October 29, 2026, 10:00 AM - 10:45 AM EDT<br>
        <span style="color:#6a737d">(3:00 PM - 3:45 PM CET, your local time)</span></td></tr>
        <tr><td><strong>Where:</strong> <a href="https://harborlinerobotics.zoom.us/j/83304417725?pwd=Zk9uQ2x3bGxTcz">Zoom</a></td></tr>
        <tr><td><strong>Interviewers:</strong> Dana Whitaker (Staff Firmware Engineer), Raj Patel (Engineering Manager)</td></tr>
        </table>
        <p>A heads-up: the US changes clocks a week later than Europe this year, so please go by
        the CET time above rather than the usual 6-hour difference.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Jess Morrow<br>Technical Recruiter, Harborline Robotics</p>
        <p style="font-size:11px;color:#999">Powered by <a href="https://www.greenhouse.io">Greenhouse</a></p>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ["America/New_York"]}
BEGIN:VEVENT
UID:gh-interview-48219937-harborline@greenhouse.io
DTSTAMP:20261022T133144Z
DTSTART;TZID=America/New_York:20261029T100000
DTEND;TZID=America/New_York:20261029T104500
SUMMARY:Interview: Lukas Pfeiffer / Harborline Robotics - Technical Deep Dive
LOCATION:https://harborlinerobotics.zoom.us/j/83304417725?pwd=Zk9uQ2x3bGxTcz
ORGANIZER;CN=Jess Morrow:mailto:jess.morrow@harborlinerobotics.com
ATTENDEE;CN=Lukas Pfeiffer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.pfeiffer@example.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Harborline Robotics", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior Firmware Engineer (Remote, EU) at Harborline Robotics",
              "2026-10-22 09:31", NYC, "gh.3f9a1c77e2.48219937@us.greenhouse-mail.io",
              relay="o1.ptr4471.us.greenhouse-mail.io",
              extra=(("Reply-To", addr("Jess Morrow", "jess.morrow@harborlinerobotics.com")),
                     ("X-Mailer", "Greenhouse")))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment",
                                      ctype="application/ics", method=None, cte="base64")))


@mail(n(5), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-30 14:00", PRG), end=utc("2026-09-30 15:00", PRG),
      contact="tereza.dvorakova@radbuzamotion.cz", company="Radbuza Motion s.r.o.",
      local="Wed 2026-09-30 14:00", local_end="2026-09-30 15:00", zone=PRG,
      note="Lever confirmation for an on-site interview in Pilsen: 'Wednesday, September 30, 2026, "
           "2:00 PM - 3:00 PM CEST (Prague)' -> 12:00-13:00Z. Date header in +0000. Contact = "
           "Reply-To recruiter (RFC 2047 name).")
def p05() -> bytes:
    body = t("""
        Hi Lukas,

        Great news - your on-site interview with Radbuza Motion is confirmed.

        Position: Embedded C++ Developer (Drives)
        Date & time: Wednesday, September 30, 2026, 2:00 PM - 3:00 PM CEST (Prague)
        Location: Radbuza Motion s.r.o., Tylova 57, 301 00 Plzeň, Czech Republic
                  Ask for Tereza at the reception on the 3rd floor.

        You will meet:
          * Ondřej Kubát - Head of Embedded Software
          * Tereza Dvořáková - Talent Acquisition

        Travel: Nürnberg-Plzeň is about 2.5 hours by train or car. We reimburse travel costs
        up to EUR 120 - just keep your receipts.

        Questions? Reply to this email and it will go straight to Tereza.

        See you soon,
        The Radbuza Motion team

        --
        Sent via Lever. Radbuza Motion s.r.o. processes your data according to its candidate
        privacy notice: https://jobs.lever.co/radbuzamotion/privacy
        """)
    page = "<div style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</div>\n"
    hs = head(addr("Radbuza Motion", "no-reply@hire.lever.co"),
              "Interview confirmed: Embedded C++ Developer (Drives) - Radbuza Motion",
              "2026-09-23 08:02", "UTC", "20260923080214.1.9c2a7e5b4d1f@hire.lever.co",
              relay="mail-out-3.hire.lever.co",
              extra=(("Reply-To", addr("Tereza Dvořáková", "tereza.dvorakova@radbuzamotion.cz")),))
    return message(hs, alt(text(body, cte="quoted-printable"), html(page, cte="base64")))


@mail(n(6), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-16 15:30", IST), end=utc("2026-11-16 16:30", IST),
      contact="divya.r@nilgirisilicon.in", company="Nilgiri Silicon Pvt. Ltd.",
      local="Mon 2026-11-16 15:30", local_end="2026-11-16 16:30", zone=IST,
      note="Ashby confirmation from an Indian company: 'Monday, November 16, 2026, 3:30 PM - 4:30 PM IST' "
           "(UTC+5:30, no DST) -> 10:00-11:00Z (11:00 CET for Lukas). Sent 01:10 IST on Tue 10 Nov, "
           "which is still Mon 9 Nov in UTC. ICS in Asia/Kolkata agrees. Contact = Reply-To recruiter.")
def p06() -> bytes:
    body = t("""
        Hi Lukas,

        Your interview is confirmed. We're looking forward to speaking with you!

        Monday, November 16, 2026, 3:30 PM - 4:30 PM IST
        Google Meet: https://meet.google.com/qvd-hxpo-trb

        Round 2 - Embedded Systems Design
        You'll meet with:
          Karthik Subramaniam - Principal Engineer, SoC Firmware
          Meera Pillai - Engineering Manager

        We'll go through a board bring-up scenario together, so feel free to keep a pen and
        paper handy.

        Questions? Just reply and it will reach Divya Raghunathan.

        Thanks,
        Nilgiri Silicon Talent Team
        """)
    page = t("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Inter,Helvetica,Arial,sans-serif;font-size:14px;color:#111">
        <p>Hi Lukas,</p>
        <p>Your interview is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><strong>Monday, November 16, 2026, 3:30 PM - 4:30 PM IST</strong><br>
        Google Meet: <a href="https://meet.google.com/qvd-hxpo-trb">meet.google.com/qvd-hxpo-trb</a></p>
        <p>Round 2 - Embedded Systems Design<br>You&#x27;ll meet with:<br>
        &nbsp;&nbsp;Karthik Subramaniam - Principal Engineer, SoC Firmware<br>
        &nbsp;&nbsp;Meera Pillai - Engineering Manager</p>
        <p>We&#x27;ll go through a board bring-up scenario together, so feel free to keep a pen and
        paper handy.</p>
        <p>Questions? Just reply and it will reach Divya Raghunathan.</p>
        <p>Thanks,<br>Nilgiri Silicon Talent Team</p>
        </body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{KOLKATA_TZ}
BEGIN:VEVENT
UID:7b1d40e2-6c3f-4b8a-a0e4-2f9d51c8a6b3
DTSTAMP:20261109T194012Z
DTSTART;TZID=Asia/Kolkata:20261116T153000
DTEND;TZID=Asia/Kolkata:20261116T163000
SEQUENCE:0
SUMMARY:Nilgiri Silicon - Round 2: Embedded Systems Design (Lukas Pfeiffer)
LOCATION:https://meet.google.com/qvd-hxpo-trb
ORGANIZER;CN=Divya Raghunathan:mailto:divya.r@nilgirisilicon.in
ATTENDEE;CN=Lukas Pfeiffer;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lukas.pfeiffer@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Nilgiri Silicon", "no-reply@ashbyhq.com"),
              "Interview confirmed: Firmware Engineer (Remote) at Nilgiri Silicon",
              "2026-11-10 01:10", IST,
              "010001931c2a7be4-8f2d61a0-3b4c-4e1d-9a7f-0c1e2d3f4a5b-000000@email.amazonses.com",
              relay="a48-112.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Divya Raghunathan", "divya.r@nilgirisilicon.in")),))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="base64")))


@mail(n(7), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-10 13:30", BER), end=utc("2026-11-10 14:30", BER),
      contact="sabine.kestler@regnitz-medizintechnik.de", company="Regnitz Medizintechnik AG",
      local="Tue 2026-11-10 13:30", local_end="2026-11-10 14:30", zone=BER,
      note="Workday HTML-only (base64) invitation from a tenant address on myworkday.com: "
           "'Di., 10. Nov. 2026, 13:30 - 14:30 (MEZ)' -> CET, 12:30-13:30Z. No Reply-To; contact = "
           "the named recruiter's address in the body.")
def p07() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
        <style>td{font-family:Arial,sans-serif;font-size:13px;color:#333}</style></head>
        <body>
        <table width="100%" cellspacing="0" cellpadding="0" bgcolor="#f4f4f4"><tr><td align="center">
        <table width="640" cellspacing="0" cellpadding="20" bgcolor="#ffffff">
        <tr><td style="background:#005587;color:#fff;font-size:18px">Regnitz Medizintechnik AG &ndash; Karriere</td></tr>
        <tr><td>
        Sehr geehrter Herr Pfeiffer,<br><br>
        wir freuen uns, Sie im Rahmen Ihrer Bewerbung auf die Stelle<br>
        <b>Embedded Software Engineer (w/m/d) Bildgebende Systeme &ndash; R-204417</b><br>
        zu einem Vorstellungsgespräch einzuladen.<br><br>
        <table cellspacing="0" cellpadding="6" style="border:1px solid #ddd">
        <tr><td><b>Termin</b></td><td>Di., 10. Nov. 2026, 13:30 &ndash; 14:30 (MEZ)</td></tr>
        <tr><td><b>Format</b></td><td>vor Ort</td></tr>
        <tr><td><b>Adresse</b></td><td>Regnitz Medizintechnik AG, Gebäude 7, Raum 7.2.14<br>Werner-von-Siemens-Ring 30, 91052 Erlangen</td></tr>
        <tr><td><b>Gesprächspartner</b></td><td>Herr Thomas Gebhardt (Fachbereichsleiter)<br>Frau Sabine Kestler (Talent Acquisition)</td></tr>
        </table><br>
        Bitte melden Sie sich 10 Minuten vorher am Empfang von Gebäude 7 und bringen Sie einen
        gültigen Lichtbildausweis mit.<br><br>
        Bei Fragen zum Termin erreichen Sie Ihre Ansprechpartnerin Sabine Kestler unter
        <a href="mailto:sabine.kestler@regnitz-medizintechnik.de">sabine.kestler@regnitz-medizintechnik.de</a>
        oder +49 9131 7720-4417.<br><br>
        Mit freundlichen Grüßen<br>
        Ihr Talent-Acquisition-Team<br>
        Regnitz Medizintechnik AG
        </td></tr>
        <tr><td style="font-size:11px;color:#888">Dies ist eine automatisch generierte Nachricht.
        Bitte antworten Sie nicht auf diese E-Mail. Den Status Ihrer Bewerbung sehen Sie jederzeit im
        <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/regnitzmed/Careers">Kandidatenportal</a>.</td></tr>
        </table></td></tr></table>
        </body></html>
        """)
    hs = head(addr("Regnitz Medizintechnik AG", "regnitzmed@myworkday.com"),
              "Einladung zum Vorstellungsgespräch – Embedded Software Engineer (w/m/d) – R-204417",
              "2026-11-03 11:48", BER, "1209301471.44871.1793702880123@wd3-prod-mail.myworkday.com",
              relay="wd3-smtp-out-11.myworkday.com",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, cte="base64"))


@mail(n(8), family="smartrecruiters", lang="de", interview=True, kind="scheduled",
      start="2026-10-08T07:30:00Z", end="2026-10-08T08:30:00Z",
      contact="florian.brandl@isarflug-avionics.de", company="Isarflug Avionics GmbH",
      local="Thu 2026-10-08 09:30", local_end="2026-10-08 10:30", zone=BER,
      note="SmartRecruiters confirmation whose body only says the details are in the calendar "
           "attachment; the time is only in the ICS: DTSTART 20261008T073000Z / DTEND 083000Z "
           "(= Thu 8 Oct 09:30-10:30 CEST in Munich). Contact = the human ICS ORGANIZER.")
def p08() -> bytes:
    body = t("""
        Hallo Lukas,

        vielen Dank, dass Sie einen Termin für Ihr Interview gewählt haben. Ihr Interview für
        die Position "Software Engineer Embedded Flight Controls (m/w/d)" ist damit bestätigt.

        Alle Details zu Datum, Uhrzeit und Einwahl finden Sie in der angehängten
        Kalendereinladung. Bitte fügen Sie sie Ihrem Kalender hinzu.

        Sollten Sie den Termin nicht wahrnehmen können, geben Sie uns bitte rechtzeitig
        Bescheid.

        Viele Grüße
        Ihr Recruiting-Team der Isarflug Avionics GmbH

        Diese Nachricht wurde über SmartRecruiters gesendet.
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-6f1a2b3c-0d4e-4f5a-8b9c-7d6e5f4a3b2c
DTSTAMP:20261002T093507Z
DTSTART:20261008T073000Z
DTEND:20261008T083000Z
SUMMARY:Interview Isarflug Avionics - Software Engineer Embedded Flight Controls
DESCRIPTION:Teams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ4\\nInterviewer: Florian Brandl\\, Teamleitung Flight Software
LOCATION:Microsoft Teams
ORGANIZER;CN=Florian Brandl:mailto:florian.brandl@isarflug-avionics.de
ATTENDEE;CN=Lukas Pfeiffer;RSVP=TRUE:mailto:lukas.pfeiffer@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Isarflug Avionics GmbH", "noreply@smartrecruiters.com"),
              "Ihr Interview bei Isarflug Avionics GmbH ist bestätigt",
              "2026-10-02 11:35", BER, "0.1.8C.4F2.1DB52A3F0E7C1A2.0@omptrans.mail.smartrecruiters.com",
              relay="mta-226.mail.smartrecruiters.com")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="interview.ics", disposition="attachment",
                                      name_param=True)))


@mail(n(9), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-04 11:00", BER), end=utc("2026-12-04 11:45", BER),
      contact="hannah.vogt@wuermtal-mobility.de", company="Würmtal Mobility GmbH",
      local="Fri 2026-12-04 11:00", local_end="2026-12-04 11:45", zone=BER,
      note="Teamtailor booking confirmation (German): 'Freitag, 4. Dezember 2026 um 11:00 (Europe/Berlin)', "
           "'Dauer: 45 Minuten' (exact) -> CET, 10:00-10:45Z. Sender is the Teamtailor mailer; contact = "
           "the recruiter's address in the signature.")
def p09() -> bytes:
    body = t("""
        Hallo Lukas,

        danke, dass du dir einen Termin ausgesucht hast! Dein Interview ist gebucht.

        Video-Interview: Embedded Developer (m/w/d) Ladeinfrastruktur
        Freitag, 4. Dezember 2026 um 11:00 (Europe/Berlin)
        Dauer: 45 Minuten
        Link: https://wuermtal-mobility.teamtailor.com/meetings/8e0c4a17/join

        Du sprichst mit Hannah (People & Culture) und Jonas (Lead Embedded). Wir wollen vor
        allem hören, woran du gerade arbeitest - Vorbereitung brauchst du keine.

        Bis bald!
        Hannah Vogt
        People & Culture | Würmtal Mobility GmbH | München
        hannah.vogt@wuermtal-mobility.de

        Du möchtest den Termin ändern? https://wuermtal-mobility.teamtailor.com/meetings/8e0c4a17/reschedule
        """)
    page = t("""
        <!doctype html><html><head><meta charset="utf-8"></head>
        <body style="margin:0;background:#f7f7f8;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="max-width:520px;margin:24px auto;background:#fff;border-radius:8px;padding:28px">
        <h2 style="font-weight:600">Dein Interview ist gebucht</h2>
        <p>Hallo Lukas,</p>
        <p>danke, dass du dir einen Termin ausgesucht hast! Dein Interview ist gebucht.</p>
        <div style="border-left:4px solid #f9b233;padding-left:12px">
        <p><b>Video-Interview: Embedded Developer (m/w/d) Ladeinfrastruktur</b><br>
        Freitag, 4. Dezember 2026 um 11:00 (Europe/Berlin)<br>
        Dauer: 45 Minuten</p>
        <p><a href="https://wuermtal-mobility.teamtailor.com/meetings/8e0c4a17/join"
        style="background:#1c1c1e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Zum Meeting</a></p>
        </div>
        <p>Du sprichst mit Hannah (People &amp; Culture) und Jonas (Lead Embedded). Wir wollen vor
        allem hören, woran du gerade arbeitest - Vorbereitung brauchst du keine.</p>
        <p>Bis bald!<br>Hannah Vogt<br>People &amp; Culture | Würmtal Mobility GmbH | München<br>
        <a href="mailto:hannah.vogt@wuermtal-mobility.de">hannah.vogt@wuermtal-mobility.de</a></p>
        <p style="font-size:12px;color:#888"><a href="https://wuermtal-mobility.teamtailor.com/meetings/8e0c4a17/reschedule">Termin ändern</a></p>
        </div></body></html>
        """)
    hs = head(addr("Würmtal Mobility", "no-reply@teamtailor-mail.com"),
              "Dein Interview bei Würmtal Mobility ist gebucht 🎉", "2026-11-26 15:22", BER,
              "66c1e0a4f2b9d_3a7f1c2e8b5d4@teamtailor-mail.com", relay="mail.teamtailor-mail.com")
    return message(hs, alt(text(body), html(page)))


@mail(n(10), family="calendly", lang="de", interview=True, kind="scheduled",
      start=utc("2026-12-08 09:30", BER), end=utc("2026-12-08 10:00", BER),
      contact="jana.ott@donaustrudel.de", company="Donaustrudel Software GmbH",
      local="Tue 2026-12-08 09:30", local_end="2026-12-08 10:00", zone=BER,
      note="Calendly invitee confirmation in German: '09:30 - 10:00, Dienstag, 8. Dezember 2026, "
           "Mitteleuropäische Zeit' -> CET, 08:30-09:00Z. From notifications@calendly.com; contact = "
           "the host (ICS ORGANIZER), a Regensburg recruiter.")
def p10() -> bytes:
    body = t("""
        Hallo Lukas Pfeiffer,

        Ihr Termin ist geplant.

        Ereignistyp:
        Erstgespräch Embedded-Entwickler:in (Bewerbung)

        Gastgeber:
        Jana Ott

        Datum/Uhrzeit des Ereignisses:
        09:30 - 10:00, Dienstag, 8. Dezember 2026 (Mitteleuropäische Zeit)

        Ort:
        Dies ist ein Google Meet-Webkonferenz.
        https://meet.google.com/xbe-ngko-wdq

        Beantwortete Fragen:
        Für welche Stelle haben Sie sich beworben?
        Embedded-Entwickler:in Regensburg (Ref. DS-2611)

        Zu meinem Kalender hinzufügen: Google | Outlook | iCal

        Planen Sie um: https://calendly.com/reschedulings/7f2a9e1c-4b3d
        Absagen: https://calendly.com/cancellations/7f2a9e1c-4b3d

        Bereitgestellt von Calendly.com
        """)
    page = "<html><body style=\"font-family:Proxima Nova,Arial,sans-serif;color:#1a1a1a\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:7f2a9e1c-4b3d-4c55-9a61-0d8e2b7f3c10@calendly.com
DTSTAMP:20261202T101540Z
DTSTART;TZID=Europe/Berlin:20261208T093000
DTEND;TZID=Europe/Berlin:20261208T100000
SUMMARY:Erstgespräch Embedded-Entwickler:in (Bewerbung) zwischen Jana Ott und Lukas Pfeiffer
ORGANIZER;CN=Jana Ott:mailto:jana.ott@donaustrudel.de
ATTENDEE;CN=Lukas Pfeiffer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.pfeiffer@example.org
LOCATION:https://meet.google.com/xbe-ngko-wdq
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Erstgespräch Embedded-Entwickler:in (Bewerbung) mit Jana Ott am Dienstag, "
              "8. Dezember 2026", "2026-12-02 11:15", BER,
              "ZZTf2Hc1Sx2pN0cQ5kVgAw@geopod-ismtpd-14", relay="o3.email.calendly.com")
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment", method=None,
                                      cte="quoted-printable")))


@mail(n(11), family="google_calendar", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-15 09:00", PRG), end=utc("2026-10-15 10:00", PRG),
      contact="petra.novotna@brnoware.cz", company="Brnoware s.r.o.",
      local="Thu 2026-10-15 09:00", local_end="2026-10-15 10:00", zone=PRG,
      note="Google Calendar invitation from a Czech recruiter: 'Thursday Oct 15, 2026 ⋅ 9am – 10am "
           "(Central European Summer Time - Prague)' -> 07:00-08:00Z. ICS TZID Europe/Prague agrees. "
           "Contact = organizer (human sender).")
def p11() -> bytes:
    body = t("""
        You have been invited to the following event.

        Brnoware technical interview – Lukas Pfeiffer (Embedded Linux)
        When
        Thursday Oct 15, 2026 ⋅ 9am – 10am (Central European Summer Time - Prague)

        Joining info
        Join with Google Meet
        meet.google.com/fko-zrsa-pmv

        Calendar
        lukas.pfeiffer@example.org

        Who
        • petra.novotna@brnoware.cz - organizer
        • jakub.sedlacek@brnoware.cz
        • lukas.pfeiffer@example.org

        Hi Lukas, as discussed: one hour with Jakub (our Yocto/kernel lead) and me. No live coding,
        mostly your experience with BSPs and OTA updates. Talk soon! Petra

        View all event details
        https://calendar.google.com/calendar/event?action=VIEW&eid=N2Q1ZTQ4

        Reply for lukas.pfeiffer@example.org
        Yes | No | Maybe | More options

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event. To stop receiving
        future updates for this event, decline this event.
        """)
    page = gmail_html(body)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{PRAGUE_TZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Prague:20261015T090000
DTEND;TZID=Europe/Prague:20261015T100000
DTSTAMP:20261009T112806Z
ORGANIZER;CN=Petra Novotná:mailto:petra.novotna@brnoware.cz
UID:4q8m2kdl0v1e9cb7s3hjn5t6ro@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=petra.novotna@brnoware.cz;X-NUM-GUESTS=0:mailto:petra.novotna@brnoware.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jakub.sedlacek@brnoware.cz;X-NUM-GUESTS=0:mailto:jakub.sedlacek@brnoware.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.pfeiffer@example.org;X-NUM-GUESTS=0:mailto:lukas.pfeiffer@example.org
X-GOOGLE-CONFERENCE:https://meet.google.com/fko-zrsa-pmv
CREATED:20261009T112805Z
DESCRIPTION:Hi Lukas, as discussed: one hour with Jakub (our Yocto/kernel lead) and me. No live coding, mostly your experience with BSPs and OTA updates. Talk soon! Petra
LAST-MODIFIED:20261009T112805Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brnoware technical interview – Lukas Pfeiffer (Embedded Linux)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Petra Novotná", "petra.novotna@brnoware.cz"),
              "Invitation: Brnoware technical interview – Lukas Pfeiffer (Embedded Linux) @ "
              "Thu Oct 15, 2026 9am - 10am (CEST) (lukas.pfeiffer@example.org)",
              "2026-10-09 13:28", PRG, "calendar-5b1f0e2a-7c44-4d1e-b0a3-91f2c6d8e7a1@google.com",
              relay="mail-sor-f69.google.com",
              extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),
                     ("Reply-To", "petra.novotna@brnoware.cz")))
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="quoted-printable"),
                                 calendar(ics, cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(12), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-21 14:00", BER), end=utc("2026-09-21 14:45", BER),
      contact=None, company="Frankenlogik IT-Services GmbH",
      local="Mon 2026-09-21 14:00", local_end="2026-09-21 14:45", zone=BER,
      note="Microsoft Bookings confirmation from a shared booking mailbox. The body's zone label shows the "
           "standard offset '(UTC+01:00) Amsterdam, Berlin, ...' but 21 Sep is summer time: CEST, "
           "12:00-12:45Z, which the ICS (W. Europe Standard Time 14:00) confirms. 'Dauer: 45 Minuten' is "
           "exact. Only a staff name, no personal address -> contact null.")
def p12() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#252423">
        <div style="font-size:20px;padding-bottom:12px">Ihre Buchung ist bestätigt.</div>
        <div>Hallo Lukas Pfeiffer,</div>
        <div>vielen Dank für Ihre Buchung bei Frankenlogik IT-Services GmbH.</div>
        <br>
        <table style="border-collapse:collapse">
        <tr><td style="padding:4px 12px 4px 0;color:#605e5c">Dienst</td><td>Bewerbungsgespräch Embedded/IoT (Video)</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#605e5c">Datum und Uhrzeit</td><td>Montag, 21. September 2026 14:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#605e5c">Dauer</td><td>45 Minuten</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#605e5c">Mitarbeiter</td><td>Tobias Leimer</td></tr>
        <tr><td style="padding:4px 12px 4px 0;color:#605e5c">Ort</td><td>Microsoft Teams-Besprechung</td></tr>
        </table>
        <br>
        <div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk0Yz">An Teams-Besprechung teilnehmen</a></div>
        <br>
        <div>Müssen Sie Änderungen vornehmen? <a href="https://outlook.office365.com/owa/calendar/Frankenlogik@frankenlogik.de/bookings/s/ZmQ5">Buchung verwalten</a></div>
        <br>
        <div style="font-size:12px;color:#605e5c">Frankenlogik IT-Services GmbH · Fürther Straße 244 · 90429 Nürnberg</div>
        </div></body></html>
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Frankenlogik Bewerbungsgespräche:mailto:Bewerbungsgespraeche@frankenlogik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lukas Pfeiffer:mailto:lukas.pfeiffer@example.org
UID:040000008200E00074C5B7101A82E0080000000090A7D1C2F83EDD0100000000000000001000000055E1B2C3D4F5A6B7C8D9E0F1A2B3C4D5
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Embedded/IoT (Video)
DTSTART;TZID=W. Europe Standard Time:20260921T140000
DTEND;TZID=W. Europe Standard Time:20260921T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260914T081733Z
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
    hs = head(addr("Frankenlogik Bewerbungsgespräche", "Bewerbungsgespraeche@frankenlogik.de"),
              "Ihre Buchung bei Frankenlogik IT-Services GmbH ist bestätigt", "2026-09-14 10:17", BER,
              "AM9P250MB0712B4C8A1D2E3F4051627384950A6B7@AM9P250MB0712.EURP250.PROD.OUTLOOK.COM",
              relay="mail-am6eur05on2100.outbound.protection.outlook.com",
              extra=(("X-MS-Exchange-Organization-BookingsMessage", "BookingConfirmation"),))
    return message(hs, mixed(html(page, cte="base64"), calendar(ics, cte="base64")))


@mail(n(13), family="thunderbird_allday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-19 13:30", BER), end=None,
      contact="g.woelfel@kleeblatt-steuerung.de", company="Kleeblatt Steuerungstechnik GmbH",
      local="Thu 2026-11-19 13:30", zone=BER,
      note="Small-company managing director writes 'am Donnerstag, 19.11., um 13:30 Uhr' and attaches a "
           "Thunderbird invitation that is an all-day event (DTSTART;VALUE=DATE:20261119): the time is "
           "only in the text. CET -> 12:30Z. No length given -> end null. iso-8859-15 text. Contact = "
           "the human sender.")
def p13() -> bytes:
    body = t("""
        Sehr geehrter Herr Pfeiffer,

        vielen Dank für Ihre Unterlagen und das angenehme Telefonat gestern. Wie besprochen
        möchte ich Sie gerne persönlich kennenlernen und lade Sie zum Vorstellungsgespräch ein:

            am Donnerstag, 19.11., um 13:30 Uhr
            bei uns im Büro, Kurgartenstraße 37, 90762 Fürth (Hinterhaus, 1. OG)

        Mit dabei ist unser Entwicklungsleiter, Herr Scharrer. Den Termin habe ich Ihnen als
        Kalendereintrag angehängt (leider nur als ganztägigen Termin, unser Kalender spinnt
        gerade - die Uhrzeit oben gilt).

        Parkplätze gibt es im Hof, Einfahrt neben der Bäckerei.

        Mit freundlichen Grüßen

        Gerhard Wölfel
        Geschäftsführer
        Kleeblatt Steuerungstechnik GmbH
        Tel. 0911 / 97 41 68-0
        """)
    ics = """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
CREATED:20261113T090512Z
LAST-MODIFIED:20261113T090544Z
DTSTAMP:20261113T090544Z
UID:a3f9c2d1-5e7b-4c80-9f12-6d4e8b0a1c57
SUMMARY:Vorstellungsgespräch Herr Pfeiffer
ORGANIZER;CN=Gerhard Wölfel:mailto:g.woelfel@kleeblatt-steuerung.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Lukas Pfeiffer:mailto:lukas.pfeiffer@example.org
DTSTART;VALUE=DATE:20261119
DTEND;VALUE=DATE:20261120
LOCATION:Kleeblatt Steuerungstechnik\\, Kurgartenstraße 37\\, Fürth
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Gerhard Wölfel", "g.woelfel@kleeblatt-steuerung.de", "iso-8859-15"),
              "Einladung zum Vorstellungsgespräch", "2026-11-13 10:06", BER,
              "6b0e1f2a-93c4-4d7e-b2a1-0c5d8e7f9a10@kleeblatt-steuerung.de",
              relay="smtp.kleeblatt-steuerung.de", charset="iso-8859-15",
              extra=(("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")))
    return message(hs, mixed(text(body, charset="iso-8859-15", cte="quoted-printable",
                                  params="format=flowed"),
                             calendar(ics, filename="invite.ics", disposition="attachment", cte="8bit",
                                      name_param=True)))


@mail(n(14), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-12 10:00", BER), end=None,
      contact="jens.haubner@pta-elektronik.de", company="Pegnitztal Automotive Elektronik GmbH",
      local="Thu 2026-11-12 10:00", zone=BER, days=(("Thu", "2026-11-12"),),
      note="softgarden invitation (iso-8859-1, quoted-printable): 'am 12.11. um 10 Uhr' with the "
           "weekday in the subject 'Do, 12. Nov.'; CET -> 09:00Z. 'ca. 60 Minuten' is approximate, so "
           "end null. Contact = Reply-To (the hiring manager).")
def p14() -> bytes:
    body = t("""
        Sehr geehrter Herr Pfeiffer,

        herzlichen Dank für Ihre Bewerbung als Softwareentwickler AUTOSAR / Embedded C (m/w/d).
        Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne kennenlernen.

        Wie soeben telefonisch mit Ihnen vereinbart, bestätigen wir Ihnen hiermit den Termin
        für das Vorstellungsgespräch am 12.11. um 10 Uhr an unserem Standort in Nürnberg-Langwasser
        (Breslauer Straße 402, Gebäude B, Empfang).

        Für das Gespräch sollten Sie ca. 60 Minuten einplanen. Ihre Gesprächspartner sind
        Herr Jens Haubner (Teamleiter Body Electronics) und Frau Yvonne Grätz (Personal).

        Für Rückfragen antworten Sie einfach auf diese Nachricht.

        Mit freundlichen Grüßen
        Yvonne Grätz
        Personalabteilung
        Pegnitztal Automotive Elektronik GmbH

        --
        Diese Nachricht wurde über das Bewerbermanagement von softgarden versendet.
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Pfeiffer,</p>
        <p>herzlichen Dank für Ihre Bewerbung als Softwareentwickler AUTOSAR / Embedded C (m/w/d).
        Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne kennenlernen.</p>
        <p>Wie soeben telefonisch mit Ihnen vereinbart, bestätigen wir Ihnen hiermit den Termin
        für das Vorstellungsgespräch <b>am 12.11. um 10 Uhr</b> an unserem Standort in Nürnberg-Langwasser
        (Breslauer Straße 402, Gebäude B, Empfang).</p>
        <p>Für das Gespräch sollten Sie ca. 60 Minuten einplanen. Ihre Gesprächspartner sind
        Herr Jens Haubner (Teamleiter Body Electronics) und Frau Yvonne Grätz (Personal).</p>
        <p>Für Rückfragen antworten Sie einfach auf diese Nachricht.</p>
        <p>Mit freundlichen Grüßen<br>Yvonne Grätz<br>Personalabteilung<br>Pegnitztal Automotive Elektronik GmbH</p>
        <hr><p style="font-size:10px;color:#777">Diese Nachricht wurde über das Bewerbermanagement von
        <a href="https://www.softgarden.de">softgarden</a> versendet.</p>
        </body></html>
        """)
    hs = head(addr("Pegnitztal Automotive Elektronik GmbH", "noreply@softgarden.io"),
              "Ihr Vorstellungsgespräch am Do, 12. Nov. - Softwareentwickler AUTOSAR / Embedded C",
              "2026-11-04 15:41", BER, "1730731291.82.softgarden.ab34f0c2@mailer.softgarden.io",
              relay="mailer.softgarden.io", charset="iso-8859-1",
              extra=(("Reply-To", addr("Jens Haubner", "jens.haubner@pta-elektronik.de")),))
    return message(hs, alt(text(body, charset="iso-8859-1"), html(page, charset="iso-8859-1")))


@mail(n(15), family="forward_to_self", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-08 15:00", BER), end=None,
      contact="c.reiter@oberpfalz-sensorik.de", company="Oberpfalz Sensorik GmbH",
      local="Thu 2026-10-08 15:00", zone=BER,
      note="Lukas forwards a confirmation from his example.net address to himself. The quoted mail "
           "(Mon 28 Sep) says 'am Donnerstag in einer Woche (08.10.) um 15 Uhr' in Regensburg: CEST -> "
           "13:00Z. The forward was sent the same day, so the relative date is the same from either "
           "Date. No length -> end null. Contact = the recruiter in the forwarded header (the sender "
           "is the candidate himself).")
def p15() -> bytes:
    body = t("""
        Zur Info / in den Kalender eintragen!! Zug nach Regensburg buchen.

        ---------- Forwarded message ---------
        Von: Claudia Reiter <c.reiter@oberpfalz-sensorik.de>
        Date: Mo., 28. Sept. 2026 um 11:24 Uhr
        Subject: Ihr Vorstellungsgespräch bei der Oberpfalz Sensorik GmbH
        To: Lukas Pfeiffer <lukas.pfeiffer@example.net>


        Sehr geehrter Herr Pfeiffer,

        wie soeben telefonisch besprochen, bestätige ich Ihnen gerne den Termin für unser
        Vorstellungsgespräch am Donnerstag in einer Woche (08.10.) um 15 Uhr bei uns in
        Regensburg, Im Gewerbepark D 55.

        Bitte melden Sie sich beim Pförtner, er bringt Sie dann zu mir.

        Viele Grüße aus der Oberpfalz
        Claudia Reiter
        Personalreferentin

        Oberpfalz Sensorik GmbH
        Im Gewerbepark D 55, 93059 Regensburg
        Tel. +49 941 46 38 71-12
        """)
    hs = head(addr(ME_NAME, "lukas.pfeiffer@example.net"),
              "Fwd: Ihr Vorstellungsgespräch bei der Oberpfalz Sensorik GmbH", "2026-09-28 19:40", BER,
              "CAH7pXq3v0ZkR9e2mT1=Lp2026fwdOSnbgk5s@mail.gmail.com", relay="mail-lf1-f47.google.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(16), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-09 09:00", CHI), end=utc("2026-11-09 09:45", CHI),
      contact="brianna.holt@lonestarsensing.com", company="Lonestar Sensing Inc.",
      local="Mon 2026-11-09 09:00", local_end="2026-11-09 09:45", zone=CHI,
      note="Recruiter mail from Austin sent Fri 30 Oct in CDT for Mon 9 Nov 9:00 AM Central, after the "
           "US went back to standard time on 1 Nov: CST (UTC-6) -> 15:00Z (4 PM CET, as the mail says). "
           "'We've blocked 45 minutes' is an exact length -> end 15:45Z. Contact = the human sender.")
def p16() -> bytes:
    body = t("""
        Hi Lukas,

        Confirming your interview with Marcus Reyes (Director of Embedded Engineering) on
        Monday, Nov 9 at 9:00 AM Central - that's 4:00 PM for you in Nuremberg. Our clocks go
        back this Sunday, so the difference is 7 hours again by then. We've blocked 45 minutes.

        Zoom details below. Marcus will want to talk through the sensor-fusion project on your
        CV, so have it at hand.

        Brianna Holt is inviting you to a scheduled Zoom meeting.

        Topic: Lonestar Sensing | Lukas Pfeiffer <> Marcus Reyes
        Time: Nov 9, 2026 09:00 AM Central Time (US and Canada)

        Join Zoom Meeting
        https://lonestarsensing.zoom.us/j/92817736450?pwd=dHJ1ZVNlbnNvckZ1c2lvbg

        Meeting ID: 928 1773 6450
        Passcode: 551902

        ---

        One tap mobile
        +13462487799,,92817736450#,,,,*551902# US (Houston)

        Thanks, and have a great weekend!

        Brianna Holt
        Talent Partner | Lonestar Sensing Inc.
        Austin, TX | brianna.holt@lonestarsensing.com
        """)
    hs = head(addr("Brianna Holt", "brianna.holt@lonestarsensing.com"),
              "Interview confirmed - Mon 11/9 with Marcus (Lonestar Sensing)", "2026-10-30 11:20", CHI,
              "CAJ9vB2sKx0w5nQ3rT8=Hq1yL6oXcPz4mV2@mail.gmail.com", relay="mail-yw1-f181.google.com")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


# =========================================================================== positives: rescheduled


@mail(n(17), family="recruitee", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-16 14:00", BER), end=utc("2026-10-16 15:00", BER),
      contact="sophie.lindner@lechwerk-drones.de", company="Lechwerk Drones GmbH",
      local="Fri 2026-10-16 14:00", local_end="2026-10-16 15:00", zone=BER,
      note="Recruitee reschedule (German): old 'Mi, 14.10.2026, 10:00 - 11:00', new 'Fr, 16.10.2026, "
           "14:00 - 15:00' (Munich, CEST) -> new 12:00-13:00Z. Contact = Reply-To recruiter.")
def p17() -> bytes:
    body = t("""
        Hallo Lukas,

        dein Interview wurde verschoben.

        Position: Embedded Software Engineer – Flugsteuerung (m/w/d)

        ALT:  Mi, 14.10.2026, 10:00 - 11:00 (Europe/Berlin)
        NEU:  Fr, 16.10.2026, 14:00 - 15:00 (Europe/Berlin)

        Ort: Lechwerk Drones GmbH, Landsberger Str. 318, 80687 München – Raum "Ammersee"

        Tut uns leid für die Umstände – unser Teamlead ist am Mittwoch kurzfristig auf einem
        Flugtest. Der neue Termin ist fest eingeplant, du musst nichts weiter tun.

        Viele Grüße
        Sophie Lindner
        Talent Acquisition, Lechwerk Drones

        Gesendet mit Recruitee
        """)
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hallo Lukas,</p>
        <p>dein Interview wurde <b>verschoben</b>.</p>
        <p>Position: Embedded Software Engineer – Flugsteuerung (m/w/d)</p>
        <p><s style="color:#999">Mi, 14.10.2026, 10:00 - 11:00 (Europe/Berlin)</s><br>
        <b>Fr, 16.10.2026, 14:00 - 15:00 (Europe/Berlin)</b></p>
        <p>Ort: Lechwerk Drones GmbH, Landsberger Str. 318, 80687 München – Raum "Ammersee"</p>
        <p>Tut uns leid für die Umstände – unser Teamlead ist am Mittwoch kurzfristig auf einem
        Flugtest. Der neue Termin ist fest eingeplant, du musst nichts weiter tun.</p>
        <p>Viele Grüße<br>Sophie Lindner<br>Talent Acquisition, Lechwerk Drones</p>
        <p style="font-size:11px;color:#aaa">Gesendet mit Recruitee</p>
        </body></html>
        """)
    hs = head(addr("Lechwerk Drones", "lechwerk-drones@mailer.recruitee.com"),
              "Dein Interview wurde verschoben – Lechwerk Drones", "2026-10-12 09:14", BER,
              "5f8e2c1a9b7d4e3f.1793450040@mailer.recruitee.com", relay="mailer.recruitee.com",
              extra=(("Reply-To", addr("Sophie Lindner", "sophie.lindner@lechwerk-drones.de")),))
    return message(hs, alt(text(body, cte="8bit"), html(page, cte="8bit")))


@mail(n(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-11 10:30", BER), end=None,
      contact="markus.heller@seebachgrund-antriebe.de", company="Seebachgrund Antriebe GmbH",
      local="Fri 2026-12-11 10:30", zone=BER, days=(("Wed", "2026-12-09"),),
      note="Hiring manager (Outlook, windows-1252) moves the interview: 'statt Mittwoch, 09.12., um "
           "14 Uhr jetzt Freitag, 11.12., um halb elf' and says the invite follows; CET -> new start "
           "09:30Z. Contact = the human sender.")
def p18() -> bytes:
    body = t("""
        Hallo Herr Pfeiffer,

        leider muss ich unser Gespräch verschieben – am Mittwoch habe ich kurzfristig einen
        Kundentermin in Schweinfurt bekommen, der sich nicht legen lässt.

        Ich habe mit Frau Brückner gesprochen: statt Mittwoch, 09.12., um 14 Uhr treffen wir uns
        jetzt am Freitag, 11.12., um halb elf, gleicher Ort (Erlangen-Tennenlohe, Gebäude 2).
        Wie Sie am Telefon sagten, passt Ihnen der Freitag – die geänderte Einladung schickt
        Ihnen Frau Brückner noch zu.

        Entschuldigen Sie die Umstände und schöne Grüße

        Markus Heller
        Leiter Softwareentwicklung
        Seebachgrund Antriebe GmbH
        Am Wetterkreuz 17 · 91058 Erlangen
        T +49 9131 61920-300 · M +49 171 4472918
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body lang=\"DE\" link=\"#0563C1\"><div class=\"WordSection1\">\n"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n"))
            + "</div></body></html>\n")
    hs = head(addr("Heller, Markus", "markus.heller@seebachgrund-antriebe.de"),
              "AW: Vorstellungsgespräch am Mittwoch – Terminverschiebung", "2026-12-07 08:52", BER,
              "DB9PR02MB7334E1F0A2B3C4D5E6F708192A3B4C5D@DB9PR02MB7334.eurprd02.prod.outlook.com",
              relay="mail-db8eur05on2127.outbound.protection.outlook.com", charset="windows-1252",
              extra=(("Cc", addr("Brückner, Nadine", "nadine.brueckner@seebachgrund-antriebe.de")),
                     ("Thread-Topic", enc("Vorstellungsgespräch am Mittwoch – Terminverschiebung")),
                     ("In-Reply-To", "<lp-20261202-1034@example.org>"),
                     ("References", "<lp-20261202-1034@example.org>")))
    return message(hs, alt(text(body, charset="windows-1252"), html(page, charset="windows-1252")))


@mail(n(19), family="exchange", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-09-11 14:30", IST), end=utc("2026-09-11 15:30", IST),
      contact="arjun.kulkarni@vindhyalabs.in", company="Vindhya Embedded Labs Pvt. Ltd.",
      local="Fri 2026-09-11 14:30", local_end="2026-09-11 15:30", zone=IST, days=(("Wed", "2026-09-09"),),
      note="Exchange 'Updated:' meeting request (SEQUENCE:1) from Pune: moved from Wednesday, September 9 "
           "11:30 AM to 'Friday, September 11, 2026 2:30 PM-3:30 PM (UTC+05:30) Chennai, Kolkata, Mumbai, "
           "New Delhi' -> 09:00-10:00Z (11:00 CEST). ICS TZID 'India Standard Time'. Contact = organizer.")
def p19() -> bytes:
    body = t("""
        Dear Lukas,

        Due to a conflict in the panel's schedule, we have moved your technical interview from
        Wednesday, September 9 (11:30 AM IST) to the new slot below. Apologies for the
        inconvenience - the Teams link remains the same.

        When: Friday, September 11, 2026 2:30 PM-3:30 PM. (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi
        Where: Microsoft Teams Meeting

        Panel: Sanjay Deshpande (Architect, Automotive BSP), Priya Nair (Lead Engineer)

        Kindly accept the updated invite to confirm.

        Regards,
        Arjun Kulkarni
        Talent Acquisition | Vindhya Embedded Labs Pvt. Ltd., Pune
        +91 20 6712 4400

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTE4MzQ%40thread.v2/0>
        Meeting ID: 419 227 360 558
        Passcode: Qh3vZ9
        ________________________________________________________________________________
        """)
    page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div class=\"WordSection1\">\n"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n"))
            + "</div></body></html>\n")
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["India Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Arjun Kulkarni:mailto:arjun.kulkarni@vindhyalabs.in
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.pfeiffer@example.org:mailto:lukas.pfeiffer@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sanjay Deshpande:mailto:sanjay.deshpande@vindhyalabs.in
DESCRIPTION;LANGUAGE=en-US:Due to a conflict in the panel's schedule\\, we have moved your technical interview.\\n
UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DC010000000000000000100000007E6D5C4B3A29180F0E1D2C3B4A596877
SUMMARY;LANGUAGE=en-US:Technical Interview - Embedded Linux Engineer - Lukas Pfeiffer
DTSTART;TZID=India Standard Time:20260911T143000
DTEND;TZID=India Standard Time:20260911T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260907T064012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2124913375
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Arjun Kulkarni", "arjun.kulkarni@vindhyalabs.in"),
              "Updated: Technical Interview - Embedded Linux Engineer - Lukas Pfeiffer",
              "2026-09-07 12:10", IST,
              "PN3PR01MB9127C0D1E2F3A4B5C6D7E8F9A0B1C2D3@PN3PR01MB9127.INDPRD01.PROD.OUTLOOK.COM",
              relay="mail-pn3ind01on2091.outbound.protection.outlook.com",
              extra=(("Thread-Topic", "Technical Interview - Embedded Linux Engineer - Lukas Pfeiffer"),
                     ("Content-Language", "en-US")))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(20), family="goodtime", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-19 08:00", LAX), end=utc("2026-11-19 09:00", LAX),
      contact="morgan.lee@cascadeavionics.com", company="Cascade Avionics Inc.",
      local="Thu 2026-11-19 08:00", local_end="2026-11-19 09:00", zone=LAX, days=(("Tue", "2026-11-17"),),
      note="GoodTime reschedule from Seattle: previous 'Tue, Nov 17, 8:00 AM - 9:00 AM PST', new 'Thu, "
           "Nov 19, 8:00 AM - 9:00 AM PST' (UTC-8) -> 16:00-17:00Z (5 PM CET). ICS in UTC with SEQUENCE:2. "
           "Contact = Reply-To recruiter.")
def p20() -> bytes:
    body = t("""
        Hi Lukas,

        Your interview with Cascade Avionics has been rescheduled.

        NEW TIME
        Thu, Nov 19, 8:00 AM - 9:00 AM PST (Pacific Time)
        5:00 PM - 6:00 PM CET (Central European Time)

        Previous time (cancelled): Tue, Nov 17, 8:00 AM - 9:00 AM PST

        Interview: Hiring Manager Conversation - Flight Software Engineer II
        Interviewer: Chris Nakamura, Flight Software Manager
        Video link: https://cascadeavionics.zoom.us/j/95014472610

        If you have any questions, reply to this email to reach Morgan Lee.

        Sent on behalf of Cascade Avionics by GoodTime
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c6d
DTSTAMP:20261113T180512Z
DTSTART:20261119T160000Z
DTEND:20261119T170000Z
SEQUENCE:2
SUMMARY:Cascade Avionics - Hiring Manager Conversation (Lukas Pfeiffer)
LOCATION:https://cascadeavionics.zoom.us/j/95014472610
ORGANIZER;CN=Morgan Lee:mailto:morgan.lee@cascadeavionics.com
ATTENDEE;CN=Lukas Pfeiffer;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lukas.pfeiffer@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Cascade Avionics Recruiting", "scheduling@goodtime.io"),
              "Rescheduled: Cascade Avionics interview - now Thu, Nov 19", "2026-11-13 10:05", LAX,
              "0100019b2e4f6a81-goodtime-7c3e9f1a-2b4d-46e8-a0c1-5f7e9d3b2a1c@email.goodtime.io",
              relay="a9-33.smtp-out.amazonses.com",
              extra=(("Reply-To", addr("Morgan Lee", "morgan.lee@cascadeavionics.com")),))
    return message(hs, mixed(alt(text(body, cte="7bit"), html(page)),
                             calendar(ics, filename="invite.ics", disposition="attachment")))


# =========================================================================== positives: cancelled


@mail(n(21), family="google_calendar", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-02 15:00", BER), end=utc("2026-12-02 16:00", BER),
      contact="tanja.schmidtlein@rednitz-energy.de", company="Rednitz Energy Solutions GmbH",
      local="Wed 2026-12-02 15:00", local_end="2026-12-02 16:00", zone=BER,
      note="German Google Calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED) of 'Mi. 2. Dez. 2026 "
           "15:00 - 16:00 (MEZ)' -> cancelled slot 14:00-15:00Z. The organizer's note says the role is "
           "on hold; no new time. Contact = organizer.")
def p21() -> bytes:
    body = t("""
        Dieser Termin wurde abgesagt und aus Ihrem Kalender entfernt.

        Vorstellungsgespräch Lukas Pfeiffer – Embedded Entwickler Batteriespeicher
        Wann
        Mittwoch, 2. Dez. 2026 ⋅ 15:00 – 16:00 (Mitteleuropäische Normalzeit - Berlin)

        Gäste
        • tanja.schmidtlein@rednitz-energy.de - Organisator
        • michael.dietz@rednitz-energy.de
        • lukas.pfeiffer@example.org

        Nachricht des Organisators:
        Hallo Herr Pfeiffer, es tut mir leid, aber wir müssen das Gespräch absagen: die
        Stelle wurde heute von der Geschäftsführung vorerst auf Eis gelegt. Ich melde mich bei
        Ihnen, sobald sich daran etwas ändert. Viele Grüße, Tanja Schmidtlein

        Einladung von Google Kalender

        Sie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.
        """)
    ics = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261202T150000
DTEND;TZID=Europe/Berlin:20261202T160000
DTSTAMP:20261127T150233Z
ORGANIZER;CN=Tanja Schmidtlein:mailto:tanja.schmidtlein@rednitz-energy.de
UID:0c9r7kq2m5h1n8e4b6t3d2jv1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=lukas.pfeiffer@example.org;X-NUM-GUESTS=0:mailto:lukas.pfeiffer@example.org
CREATED:20261120T083011Z
LAST-MODIFIED:20261127T150232Z
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Vorstellungsgespräch Lukas Pfeiffer – Embedded Entwickler Batteriespeicher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Tanja Schmidtlein", "tanja.schmidtlein@rednitz-energy.de"),
              "Abgesagter Termin: Vorstellungsgespräch Lukas Pfeiffer – Embedded Entwickler "
              "Batteriespeicher @ Mi. 2. Dez. 2026 15:00 - 16:00 (MEZ) (lukas.pfeiffer@example.org)",
              "2026-11-27 16:02", BER, "calendar-8e1a2b3c-4d5e-4f60-a718-293a4b5c6d7e@google.com",
              relay="mail-sor-f73.google.com",
              extra=(("Sender", "Google Kalender <calendar-notification@google.com>"),))
    return message(hs, mixed(alt(text(body), html(gmail_html(body)), calendar(ics, method="CANCEL",
                                                                             cte="base64")),
                             calendar(ics, ctype="application/ics", method=None, filename="invite.ics",
                                      disposition="attachment", cte="base64", name_param=True)))


@mail(n(22), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-25 11:00", BER), end=None,
      contact="b.hoermann@noris-embedded.de", company="Noris Embedded Solutions GmbH",
      local="Wed 2026-11-25 11:00", zone=BER,
      note="Late-night plain-text mail (iso-8859-15, 8bit) sent Tue 24 Nov 00:40 CET, which is still "
           "Mon 23 Nov in UTC: 'unser Termin morgen (Mittwoch) um 11 Uhr' resolves against the local "
           "date (Tue), as the weekday confirms, so the cancelled slot is Wed 25 Nov 11:00 CET = 10:00Z. Position filled internally, no new time. "
           "Contact = the human sender.")
def p22() -> bytes:
    body = t("""
        Hallo Herr Pfeiffer,

        entschuldigen Sie die späte Nachricht, ich wollte Ihnen das aber so früh wie möglich
        schreiben: unser Termin morgen (Mittwoch) um 11 Uhr muss leider entfallen. Wir haben die
        Stelle am Montag doch intern besetzt - ein Kollege aus dem Testteam wechselt in die
        Entwicklung. Das war letzte Woche noch nicht absehbar.

        Es tut mir wirklich leid, dass Sie sich schon vorbereitet haben. Ihr Profil behalte ich
        gern im Hinterkopf, wenn im Frühjahr die zweite Stelle freigegeben wird.

        Beste Grüße
        Bernd Hörmann
        Teamleiter Firmware
        Noris Embedded Solutions GmbH, Nürnberg
        """)
    hs = head(addr("Bernd Hörmann", "b.hoermann@noris-embedded.de", "iso-8859-15"),
              "Termin morgen", "2026-11-24 00:40", BER,
              "4c2f1a9e-7d83-4b6c-a0e5-19f2d8c3b7a4@noris-embedded.de", relay="smtp.noris-embedded.de",
              charset="iso-8859-15", extra=(("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Thunderbird/140.4.0"),))
    return message(hs, text(body, charset="iso-8859-15", cte="8bit"))


@mail(n(23), family="icims", lang="en", interview=True, kind="cancelled",
      start=utc("2026-12-10 09:00", CHI), end=None,
      contact="alicia.brennan@prairiecontrols.com", company="Prairie Controls Corp.",
      local="Thu 2026-12-10 09:00", zone=CHI,
      note="iCIMS cancellation (HTML only) of the interview 'Thursday, December 10, 2026 at 9:00 AM CST' "
           "(UTC-6) -> cancelled slot 15:00Z (4 PM CET). A new time is only promised. From is the iCIMS "
           "system address; contact = the recruiter's address in the body.")
def p23() -> bytes:
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
        <table width="600" align="center" cellpadding="16"><tr><td>
        <img src="https://careers-prairiecontrols.icims.com/logo.png" alt="Prairie Controls" width="160"><br><br>
        Dear Lukas,<br><br>
        We need to cancel your interview for <b>Embedded Software Engineer - Industrial IoT (Req 2026-4417)</b>
        scheduled for <b>Thursday, December 10, 2026 at 9:00 AM CST</b> (4:00 PM CET).
        Unfortunately one of the panel members is unavailable that day.<br><br>
        Your recruiter, Alicia Brennan (<a href="mailto:alicia.brennan@prairiecontrols.com">alicia.brennan@prairiecontrols.com</a>),
        will reach out to you shortly to find a new time. We apologize for the inconvenience.<br><br>
        Sincerely,<br>
        Prairie Controls Talent Acquisition<br>
        Chicago, IL<br><br>
        <span style="font-size:11px;color:#777">Please do not reply to this message; this mailbox is not
        monitored. Powered by iCIMS.</span>
        </td></tr></table>
        </body></html>
        """)
    hs = head(addr("Prairie Controls Careers", "prairiecontrols@talent.icims.com"),
              "Interview Cancelled - Embedded Software Engineer - Industrial IoT", "2026-12-04 14:30", CHI,
              "1280044172.5521.1796418600441.JavaMail.icims@talent.icims.com", relay="mail2.talent.icims.com")
    return message(hs, html(page))


# =========================================================================== negatives


@mail(n(24), family="rejection", lang="de", interview=False, company="Frankenwerk Sensorik GmbH",
      days=(("Thu", "2026-09-17"),),
      note="Personio rejection after the interview of Thu 17.09. (thread with the Personio invitation); "
           "mentions the past interview date, nothing new is scheduled.")
def n24() -> bytes:
    body = t("""
        Hallo Herr Pfeiffer,

        vielen Dank für das angenehme Gespräch am Donnerstag, 17.09., und die Zeit, die Sie sich
        für uns genommen haben.

        Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit einer anderen
        Kandidatin fortzusetzen, deren Erfahrung mit sicherheitskritischen Systemen nach IEC 61508
        etwas besser zu unserem aktuellen Projekt passt. Diese Entscheidung ist uns nicht leicht
        gefallen.

        Wir würden Ihre Unterlagen gerne für zukünftige Stellen in unserem Talentpool behalten.
        Wenn Sie damit einverstanden sind, müssen Sie nichts weiter tun; andernfalls genügt eine
        kurze Nachricht.

        Wir wünschen Ihnen für Ihre weitere Suche alles Gute.

        Viele Grüße
        Miriam Seuß
        Frankenwerk Sensorik GmbH
        """)
    hs = head(addr("Frankenwerk Sensorik GmbH", "no-reply@mail.personio.de"),
              "Ihre Bewerbung als Embedded Software Developer (m/w/d)", "2026-09-25 10:31", BER,
              "0102019e4b1d22a7-91c0d3e4-personio-77b1@eu-central-1.amazonses.com",
              relay="a7-19.smtp-out.eu-central-1.amazonses.com",
              extra=(("Reply-To", addr("Miriam Seuß", "miriam.seuss@frankenwerk-sensorik.de")),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(25), family="offer", lang="en", interview=False, company="Radbuza Motion s.r.o.",
      note="Offer from the Pilsen company interviewed on 30 Sep; a signing deadline and a start date, "
           "a call offered without a time. Not an interview.")
def n25() -> bytes:
    import base64 as _b64

    body = t("""
        Hi Lukas,

        I'm delighted to let you know that the team would love to have you on board! Please find
        our offer for the position of Embedded C++ Developer (Drives) attached.

        The key points:
          - Start date: 1 January 2027 (or 1 February if your notice period requires it)
          - Hybrid: 2 days a week in Plzeň, the rest remote from Nuremberg
          - Gross salary and relocation/travel allowance as discussed with Ondřej

        We'd appreciate your answer by Friday, 16 October. If you'd like to go through the
        contract together, I'm happy to set up a call - just tell me what suits you.

        Congratulations again!
        Tereza

        Tereza Dvořáková
        Talent Acquisition | Radbuza Motion s.r.o.
        Tylova 57, 301 00 Plzeň
        """)
    pdf = b"%PDF-1.4\n% Radbuza Motion s.r.o. - Offer letter (placeholder)\n%%EOF\n"
    attach = raw_part([("Content-Type", 'application/pdf; name="Offer_Lukas_Pfeiffer.pdf"'),
                       ("Content-Disposition", 'attachment; filename="Offer_Lukas_Pfeiffer.pdf"'),
                       ("Content-Transfer-Encoding", "base64")],
                      _b64.encodebytes(pdf).decode("ascii"))
    hs = head(addr("Tereza Dvořáková", "tereza.dvorakova@radbuzamotion.cz"),
              "Offer - Embedded C++ Developer (Drives)", "2026-10-09 15:47", PRG,
              "VI1PR08MB5321A7B8C9D0E1F2A3B4C5D6E7F8A9B0@VI1PR08MB5321.eurprd08.prod.outlook.com",
              relay="mail-vi1eur04on2111.outbound.protection.outlook.com")
    return message(hs, mixed(text(body), attach))


@mail(n(26), family="application_receipt", lang="de", interview=False, company="Mainfranken Bahntechnik AG",
      note="Taleo acknowledgement of an application; says an interview invitation may follow, nothing "
           "scheduled.")
def n26() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:12px">
        <p>Sehr geehrter Herr Pfeiffer,</p>
        <p>vielen Dank für Ihre Bewerbung auf die Stelle <b>Embedded Softwareentwickler Zugsicherung (m/w/d)</b>,
        Job-ID 2600817, Standort Nürnberg.</p>
        <p>Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und
        melden uns in der Regel innerhalb von drei Wochen bei Ihnen. Sollten Sie für ein
        Vorstellungsgespräch in Frage kommen, erhalten Sie eine gesonderte Einladung mit Terminvorschlägen.</p>
        <p>Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen:<br>
        <a href="https://mainfrankenbahn.taleo.net/careersection/2/mysubmissions.ftl?lang=de">Meine Bewerbungen</a></p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Mainfranken Bahntechnik AG</p>
        <p style="color:#888;font-size:10px">Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse
        werden nicht gelesen.</p>
        </body></html>
        """)
    hs = head(addr("Mainfranken Bahntechnik AG", "mainfrankenbahn@taleo.net"),
              "Eingangsbestätigung Ihrer Bewerbung - Embedded Softwareentwickler Zugsicherung (m/w/d) "
              "(Job-ID 2600817)", "2026-09-08 09:03", BER,
              "1788850980117.31288.JavaMail.tomcat@tcd2prdap0114", relay="smtp04.tbe.taleo.net",
              extra=(("Auto-Submitted", "auto-generated"),))
    return message(hs, html(page, charset="iso-8859-1"))


@mail(n(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job board alert with new listings; one listing advertises 'Vorstellungsgespräche noch diese "
           "Woche'. Nothing confirmed for Lukas.")
def n27() -> bytes:
    body = t("""
        Ihr Jobagent "Embedded C / Nürnberg + 50 km" hat 5 neue Stellen gefunden

        1. Firmware-Entwickler (m/w/d) Sensorik
           Altmühltal Messtechnik GmbH · Schwabach · Vollzeit · heute
           "Schnelle Prozesse: Vorstellungsgespräche noch diese Woche!"

        2. Embedded Software Engineer (w/m/d) Medizinprodukte
           Regnitz Medizintechnik AG · Erlangen · Vollzeit, Homeoffice möglich · vor 2 Tagen

        3. Softwareentwickler C/C++ Steuerungstechnik (m/w/d)
           Zenngrund Automation GmbH · Fürth · Vollzeit · vor 3 Tagen

        4. Senior Embedded Linux Developer (m/w/d)
           Brnoware s.r.o. · Remote (EU) · Vollzeit · vor 3 Tagen

        5. Werkstudent Embedded Systems (m/w/d)
           Hochschule Pegnitzgrund · Nürnberg · Teilzeit · vor 4 Tagen

        Alle Treffer ansehen: https://www.frankenjobs-portal.de/jobagent/7741902?utm_source=mail

        Sie erhalten diese E-Mail, weil Sie einen Jobagenten auf frankenjobs-portal.de angelegt haben.
        Jobagent bearbeiten oder abbestellen: https://www.frankenjobs-portal.de/jobagent/7741902/settings
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif;background:#f2f2f2\">\n" + "".join(
        f"<p>{line.strip()}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("frankenjobs-portal.de Jobagent", "jobagent@mailing.frankenjobs-portal.de"),
              "5 neue Jobs für \"Embedded C\" in Nürnberg + 50 km", "2026-10-20 07:02", BER,
              "20261020050212.7741902.ja@mailing.frankenjobs-portal.de", relay="mta3.mailing.frankenjobs-portal.de",
              extra=(("List-Unsubscribe", "<https://www.frankenjobs-portal.de/jobagent/7741902/unsubscribe>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(n(28), family="newsletter_tips", lang="en", interview=False, company=None,
      note="Newsletter issue about embedded interviews ('Your interview is confirmed - now what?', a "
           "sample day with times); addressed to all subscribers, nothing scheduled for Lukas.")
def n28() -> bytes:
    body = t("""
        THE FIRMWARE DIGEST - Issue #142

        Your interview is confirmed - now what?

        So the recruiter wrote back: "You're confirmed for Tuesday at 10:00." Here's how to use the
        days in between, based on what 40 embedded hiring managers told us:

        1. Re-read the datasheet of whatever MCU they use. Yes, really.
        2. Be ready to whiteboard a ring buffer, a debounce routine and a state machine.
        3. Prepare one war story about a bug you found with a logic analyser.
        4. A typical on-site day: 09:00 intro with the hiring manager, 10:00 C deep dive,
           11:30 lunch with the team, 13:00 system design, 14:30 wrap-up with HR.

        Also in this issue
        - Zephyr vs. FreeRTOS: what 2026 job ads ask for
        - Salary survey: embedded developers in DACH (PDF)
        - Live AMA with a staff engineer: Thursday, 6pm CET, link on our site

        You are receiving this because you subscribed at firmwaredigest.example.net.
        Unsubscribe: https://firmwaredigest.example.net/u/7c1e9a
        """)
    page = "<html><body style=\"font-family:Georgia,serif;max-width:600px\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("The Firmware Digest", "digest@firmwaredigest.example.net"),
              "#142: Your interview is confirmed - now what?", "2026-11-05 16:00", "UTC",
              "20261105160000.142.a1b2c3@firmwaredigest.example.net", relay="smtp.mailgun.org",
              extra=(("List-Unsubscribe", "<https://firmwaredigest.example.net/u/7c1e9a>"),
                     ("List-Id", "The Firmware Digest <digest.firmwaredigest.example.net>"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(n(29), family="self_schedule", lang="en", interview=False, company="Quillpoint Devices Inc.",
      days=(("Tue", "2026-11-24"), ("Fri", "2026-11-27")),
      note="Workable 'pick a time' mail: a window of open slots (Tue Nov 24 - Fri Nov 27) and a booking "
           "link, nothing chosen yet.")
def n29() -> bytes:
    body = t("""
        Hi Lukas,

        Thanks for applying to the Embedded Software Engineer (Remote - Europe) role at Quillpoint
        Devices. We'd like to invite you to a 30-minute intro call with our hiring team.

        Please pick a time that works for you:
        https://apply.workable.com/quillpoint-devices/schedule/6B1D7E2F9A

        Open slots are available from Tuesday, November 24 through Friday, November 27, between
        9:00 AM and 1:00 PM Eastern Time. The calendar will show them in your local time zone.

        Once you've booked, you'll receive a confirmation with the video link.

        Best,
        Riley Chen
        Quillpoint Devices Inc.

        --
        Sent via Workable. Reply to this email to contact the hiring team.
        """)
    page = "<html><body style=\"font-family:Helvetica,Arial,sans-serif\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Quillpoint Devices", "quillpoint-devices@candidates.workablemail.com"),
              "Quillpoint Devices: Please pick a time for your intro call", "2026-11-18 14:22", NYC,
              "5fe1a2b3c4d5e6f7.0a1b2c3d@workablemail.com", relay="mta-14.workablemail.com",
              extra=(("Reply-To", "quillpoint-devices+2f9c1e7a@candidates.workablemail.com"),))
    return message(hs, alt(text(body, cte="7bit"), html(page)))


@mail(n(30), family="recruiter_outreach", lang="de", interview=False, company="Kalchreuth Executive Search",
      note="Headhunter outreach; asks for a short call 'in den nächsten Tagen', no time fixed.")
def n30() -> bytes:
    body = t("""
        Guten Tag Herr Pfeiffer,

        ich bin auf Ihr Profil gestoßen und war von Ihrer Erfahrung mit Motorsteuerungen auf
        STM32 und Zephyr sehr angetan.

        Für einen Mandanten - einen familiengeführten Maschinenbauer im Großraum Nürnberg mit
        rund 900 Mitarbeitenden - suche ich einen Senior Embedded Software Engineer (m/w/d), der
        perspektivisch die Teamleitung übernehmen kann. 30 Tage Urlaub, 2-3 Tage Homeoffice,
        Gehaltsband deutlich über Tarif.

        Hätten Sie in den nächsten Tagen 15 Minuten Zeit für ein vertrauliches Telefonat? Nennen
        Sie mir gern zwei, drei Zeitfenster, die Ihnen passen - ich richte mich ganz nach Ihnen.

        Beste Grüße
        Philipp Ebner
        Senior Consultant Engineering
        Kalchreuth Executive Search GmbH
        Tel. +49 911 2399 84-17
        """)
    hs = head(addr("Philipp Ebner", "p.ebner@kalchreuth-search.de"),
              "Vertrauliche Anfrage: Senior Embedded Software Engineer (m/w/d), Raum Nürnberg",
              "2026-10-06 08:14", BER, "AS8PR07MB7654E0F1A2B3C4D5E6F7A8B9C0D1E2F3@AS8PR07MB7654.eurprd07.prod.outlook.com",
              relay="mail-as8eur04on2099.outbound.protection.outlook.com")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(31), family="interview_proposal", lang="en", interview=False, company="Mže Instruments s.r.o.",
      days=(("Tue", "2026-12-08"), ("Wed", "2026-12-09")),
      note="Czech recruiter proposes times ('would Tuesday at 10 work? otherwise Wednesday at 14:00') and "
           "will only send the invite after Lukas confirms: proposed, not confirmed.")
def n31() -> bytes:
    body = t("""
        Hello Lukas,

        thank you for your application - Martin (our embedded team lead) liked your CV a lot and
        would like to have a first video call with you next week.

        Would Tuesday (8 Dec) at 10:00 work for you? If not, Wednesday at 14:00 is also possible
        for us. Both times are Central European, so the same as yours.

        Once you confirm, I will send you the Teams invitation.

        Best regards,
        Veronika Šťastná
        HR Specialist
        Mže Instruments s.r.o. | Plzeň
        +420 377 558 204
        """)
    hs = head(addr("Veronika Šťastná", "veronika.stastna@mze-instruments.cz"),
              "Interview - Embedded Developer (Plzeň / remote)", "2026-11-30 13:05", PRG,
              "7f3e2d1c0b9a8877@mze-instruments.cz", relay="smtp.mze-instruments.cz")
    return message(hs, text(body, cte="base64"))


@mail(n(32), family="non_interview_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Dental practice appointment reminder with an ICS (Thu 22.10. 08:15); a confirmed time but not "
           "an interview.")
def n32() -> bytes:
    body = t("""
        Guten Tag Herr Pfeiffer,

        wir möchten Sie an Ihren Termin in unserer Praxis erinnern:

        Donnerstag, 22.10.2026, 08:15 Uhr
        Professionelle Zahnreinigung (ca. 45 Min.)
        Zahnarztpraxis Dr. med. dent. Anja Hümmer, Maxplatz 12, 90403 Nürnberg

        Bitte bringen Sie Ihre Versichertenkarte mit. Sollten Sie den Termin nicht wahrnehmen
        können, sagen Sie bitte mindestens 24 Stunden vorher ab, sonst müssen wir eine
        Ausfallgebühr berechnen.

        Ihr Praxisteam
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Praxis-Terminservice//DE
METHOD:PUBLISH
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:termin-88120417@praxis-huemmer.de
DTSTAMP:20261019T060000Z
DTSTART;TZID=Europe/Berlin:20261022T081500
DTEND;TZID=Europe/Berlin:20261022T090000
SUMMARY:Zahnarzt: Professionelle Zahnreinigung
LOCATION:Maxplatz 12\\, 90403 Nürnberg
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Zahnarztpraxis Dr. Hümmer", "termine@praxis-huemmer.de"),
              "Terminerinnerung: Do, 22.10.2026, 08:15 Uhr", "2026-10-19 08:00", BER,
              "reminder-88120417@praxis-huemmer.de", relay="mail.praxis-huemmer.de")
    return message(hs, mixed(text(body), calendar(ics, method="PUBLISH", filename="termin.ics",
                                                 disposition="attachment", cte="base64")))


@mail(n(33), family="personal_appointment", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-10"),),
      note="Flat viewing confirmed for Sa, 10.10. um 11:30 Uhr; a fixed appointment, not an interview.")
def n33() -> bytes:
    body = t("""
        Hallo Herr Pfeiffer,

        gerne bestätige ich Ihnen den Besichtigungstermin für die 3-Zimmer-Wohnung in
        Nürnberg-Gostenhof (Kernstraße, 2. OG, 78 m²):

        Samstag, 10.10., um 11:30 Uhr

        Treffpunkt ist vor der Haustür. Bitte bringen Sie, falls vorhanden, eine
        Mieterselbstauskunft und die letzten drei Gehaltsnachweise mit. Es ist eine
        Einzelbesichtigung, Sie haben also Zeit für Ihre Fragen.

        Mit freundlichen Grüßen
        Sandra Kießling
        Kießling Hausverwaltung, Fürther Str. 9, 90429 Nürnberg
        """)
    hs = head(addr("Sandra Kießling", "s.kiessling@kiessling-hv.de"),
              "Besichtigung Kernstraße – Sa, 10.10., 11:30 Uhr", "2026-10-07 17:22", BER,
              "a1b2c3d4e5f6.kiessling@kiessling-hv.de", relay="smtp.kiessling-hv.de")
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail(n(34), family="personal_appointment", lang="de", interview=False, company=None,
      days=(("Mon", "2026-11-16"),),
      note="Car dealership service appointment ('Mo, 16.11.2026, 07:30 Uhr Fahrzeugannahme'); not an "
           "interview.")
def n34() -> bytes:
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <h3>Terminbestätigung Werkstatt</h3>
        <p>Sehr geehrter Herr Pfeiffer,</p>
        <p>vielen Dank für Ihre Online-Terminbuchung. Wir bestätigen Ihnen folgenden Termin:</p>
        <table cellpadding="4">
        <tr><td>Fahrzeug:</td><td>N-LP 2781</td></tr>
        <tr><td>Leistung:</td><td>Inspektion nach Herstellervorgabe, Wechsel auf Winterräder (eingelagert)</td></tr>
        <tr><td>Fahrzeugannahme:</td><td><b>Mo, 16.11.2026, 07:30 Uhr</b></td></tr>
        <tr><td>Voraussichtliche Abholung:</td><td>ab 16:00 Uhr</td></tr>
        <tr><td>Serviceberater:</td><td>Herr Dominik Schuster</td></tr>
        </table>
        <p>Sie benötigen einen Ersatzwagen? Rufen Sie uns an: 0911 63 28 90-0</p>
        <p>Ihr Serviceteam<br>Autohaus Reichelsdorf GmbH &amp; Co. KG<br>Reichelsdorfer Hauptstraße 101, 90453 Nürnberg</p>
        </body></html>
        """)
    hs = head(addr("Autohaus Reichelsdorf Service", "service@autohaus-reichelsdorf.de"),
              "Ihr Werkstatttermin am 16.11.2026", "2026-11-09 18:45", BER,
              "svc.20261109.174512.5531@autohaus-reichelsdorf.de", relay="mail.autohaus-reichelsdorf.de")
    return message(hs, html(page, cte="base64"))


@mail(n(35), family="school_admission", lang="de", interview=False, company=None,
      days=(("Tue", "2026-10-13"),),
      note="Kindergarten place interview ('Aufnahmegespräch') for Lukas's daughter at a fixed time "
           "(Di, 13.10., 15:00 Uhr); not a job interview.")
def n35() -> bytes:
    body = t("""
        Liebe Familie Pfeiffer,

        wir freuen uns, Ihnen mitteilen zu können, dass wir für Emma ab Januar 2027 einen Platz in
        unserer Krippengruppe "Igel" anbieten können.

        Gerne möchten wir Sie zu einem Aufnahmegespräch einladen:

            Dienstag, 13.10.2026, um 15:00 Uhr
            Kita Sonnenblume, Büro der Einrichtungsleitung (Eingang Gartenseite)

        Im Gespräch lernen wir Sie und Emma kennen, besprechen die Eingewöhnung nach dem
        Berliner Modell und gehen den Betreuungsvertrag gemeinsam durch. Bitte bringen Sie das
        gelbe Untersuchungsheft und den Impfpass (Masernschutz-Nachweis) mit. Emma darf
        natürlich gerne mitkommen!

        Herzliche Grüße
        Birgit Leykauf
        Einrichtungsleitung Kita Sonnenblume
        Evang. Kindertagesstätten Nürnberg-Süd
        """)
    hs = head(addr("Kita Sonnenblume – Leitung", "leitung@kita-sonnenblume-nbg.de"),
              "Einladung zum Aufnahmegespräch für Emma Pfeiffer", "2026-10-05 13:10", BER,
              "3a7c9e1f-2b4d-4f60-8a1c-kita20261005@kita-sonnenblume-nbg.de",
              relay="smtp.kita-sonnenblume-nbg.de",
              to=", ".join([addr(ME_NAME, ME), addr("Julia Pfeiffer", "julia.pfeiffer@example.net")]))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(36), family="work_calendar", lang="de", interview=False, company=None,
      days=(("Fri", "2026-12-11"),),
      note="Exchange meeting request from the current employer for the team Christmas party (Fr, 11.12., "
           "18:00); fixed time, not an interview.")
def n36() -> bytes:
    body = t("""
        Hallo zusammen,

        es ist wieder so weit: unsere Weihnachtsfeier der Abteilung Entwicklung findet am
        Freitag, 11.12., ab 18:00 Uhr im "Schäufelewärtschaft" in der Südstadt statt
        (Tisch ist auf Dürrenhof reserviert). Essen und erste Getränkerunde gehen aufs Haus.

        Bitte kurz zu- oder absagen, damit ich die Zahl an den Wirt melden kann.

        Viele Grüße
        Heike
        --
        Heike Rosner | Teamassistenz Entwicklung
        Dürrenhof Gerätebau GmbH | Nürnberg
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Rosner\\, Heike:mailto:heike.rosner@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Abt. Entwicklung:mailto:entwicklung@example.com
SUMMARY;LANGUAGE=de-DE:Weihnachtsfeier Entwicklung 2026
DTSTART;TZID=W. Europe Standard Time:20261211T180000
DTEND;TZID=W. Europe Standard Time:20261211T230000
UID:040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6DC01000000000000000010000000AA11BB22CC33DD44EE55FF6600771188
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261116T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schäufelewärtschaft\\, Nürnberg-Südstadt
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    page = ("<html><body><div class=\"WordSection1\">\n"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n"))
            + "</div></body></html>\n")
    hs = head(addr("Rosner, Heike", "heike.rosner@example.com"), "Weihnachtsfeier Entwicklung 2026",
              "2026-11-16 11:15", BER, "FR2P281MB0099C1D2E3F4A5B6C7D8E9F0A1B2C3D4@FR2P281MB0099.DEUP281.PROD.OUTLOOK.COM",
              relay="mail-fr3deu01on2120.outbound.protection.outlook.com", rcpt=WORK,
              to=addr("Abt. Entwicklung", "entwicklung@example.com"))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(37), family="job_centre", lang="de", interview=False, company=None,
      days=(("Mon", "2026-10-05"),),
      note="Employment agency invitation to a counselling interview ('Beratungsgespräch', Mo, 05.10.2026, "
           "09:30 Uhr) after Lukas registered as job-seeking; a fixed appointment with legal boilerplate, "
           "not a job interview with an employer.")
def n37() -> bytes:
    body = t("""
        Sehr geehrter Herr Pfeiffer,

        Sie haben sich bei uns arbeitsuchend gemeldet. Ich lade Sie hiermit zu einem persönlichen
        Beratungsgespräch ein, um mit Ihnen über Ihre berufliche Situation und Ihre
        Bewerbungsaktivitäten zu sprechen:

        Termin:   Montag, 05.10.2026, 09:30 Uhr
        Ort:      Agentur für Arbeit Nürnberg, Haus B, 3. Etage, Zimmer 3.118
        Bei:      Frau Claudia Übelacker, Arbeitsvermittlung

        Bitte bringen Sie mit:
        - Ihren Personalausweis
        - Ihren aktuellen Lebenslauf
        - das Kündigungsschreiben Ihres Arbeitgebers
        - eine Übersicht Ihrer bisherigen Bewerbungen

        Rechtsfolgenbelehrung: Kommen Sie dieser Einladung ohne wichtigen Grund nicht nach, kann
        dies zu einer Sperrzeit beim Arbeitslosengeld führen (§ 159 Abs. 1 Satz 2 Nr. 6 SGB III).
        Wenn Sie den Termin nicht wahrnehmen können, teilen Sie uns dies bitte vorher mit.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Nürnberg

        Diese Nachricht wurde über Ihr Postfach in den eServices versendet. Bitte antworten Sie
        nicht auf diese E-Mail.
        """)
    hs = head(addr("Agentur für Arbeit Nürnberg", "noreply@arbeitsagentur-eservices.example.net"),
              "Einladung zu einem Beratungsgespräch am 05.10.2026", "2026-09-21 07:45", BER,
              "eservice.4471.20260921054500@arbeitsagentur-eservices.example.net",
              relay="mx.arbeitsagentur-eservices.example.net")
    return message(hs, text(body, cte="base64"))


@mail(n(38), family="press_interview", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-01"),),
      note="Local journalist confirms an interview with Lukas about the Repair-Café he volunteers at "
           "(Do, 1. Okt., 17 Uhr): a confirmed 'Interview', but press, not a job interview.")
def n38() -> bytes:
    body = t("""
        Hallo Herr Pfeiffer,

        super, dann bleibt es bei Donnerstag, 1. Oktober, um 17 Uhr im Repair-Café in der
        Gostenhofer Hauptstraße - unser Fotograf kommt gegen halb sechs dazu.

        Für das Interview hätte ich ca. 30 Minuten. Mich interessiert vor allem, warum ein
        Embedded-Entwickler in seiner Freizeit kaputte Toaster und Kaffeemaschinen repariert, und
        was Sie vom "Recht auf Reparatur" halten. Der Artikel erscheint voraussichtlich in der
        Wochenendausgabe.

        Bis Donnerstag!
        Melanie Grasser
        Redaktion Stadtteile
        Nürnberger Stadtanzeiger
        """)
    hs = head(addr("Melanie Grasser", "m.grasser@stadtanzeiger-nbg.de"),
              "Re: Interview Repair-Café Gostenhof", "2026-09-28 12:30", BER,
              "CAF1n2b3-redaktion-20260928-mg@stadtanzeiger-nbg.de", relay="mail.stadtanzeiger-nbg.de",
              extra=(("In-Reply-To", "<lp-20260927-2210@example.org>"),))
    return message(hs, text(body, cte="8bit"))


@mail(n(39), family="podcast", lang="en", interview=False, company=None,
      days=(("Wed", "2026-11-04"),),
      note="Podcast host confirms a recording session where Lukas is the interviewee (Wednesday, "
           "November 4 at 6 PM CET); a fixed time, but not a job interview.")
def n39() -> bytes:
    body = t("""
        Hey Lukas,

        Awesome - you're locked in for Bare Metal Talk!

        Recording: Wednesday, November 4 at 6:00 PM CET (12:00 PM ET)
        Studio link: https://riverside.fm/studio/bare-metal-talk?t=4c1e9a
        Length: we record about an hour and cut it down to ~45 minutes.

        Topic: "Why I still write my own bootloaders" - we'll chat about the CAN bootloader you
        presented at the meetup, plus a lightning round at the end.

        Tips: wired headphones, quiet room, and please close Slack :)

        Cheers,
        Dev Patel
        Host, Bare Metal Talk
        """)
    hs = head(addr("Dev Patel", "dev@baremetaltalk.example.com"),
              "Bare Metal Talk - you're confirmed for Nov 4!", "2026-10-28 19:02", NYC,
              "CAM5xK9p1q2r3s4t5u6v7w8x9y0BMT@mail.gmail.com", relay="mail-qv1-f52.google.com")
    return message(hs, alt(text(body, cte="7bit"), html(gmail_html(body))))


@mail(n(40), family="university_admission", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="Admission interview ('Auswahlgespräch') for a part-time master's programme at a university "
           "of applied sciences, Fr, 20.11.2026, 10:40 Uhr; an interview at a fixed time, but for study "
           "admission, not a job.")
def n40() -> bytes:
    page = t("""
        <html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
        <p>Sehr geehrter Herr Pfeiffer,</p>
        <p>vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden
        Masterstudiengang <b>Embedded Systems Engineering (M.Eng.)</b> zum Sommersemester 2027.</p>
        <p>Sie haben die erste Stufe des Auswahlverfahrens erfolgreich durchlaufen. Wir laden Sie daher
        zum <b>Auswahlgespräch</b> ein:</p>
        <p>Freitag, 20.11.2026, 10:40 Uhr<br>
        Online via Zoom (Zugangsdaten erhalten Sie am Vortag)<br>
        Dauer: 20 Minuten</p>
        <p>Die Kommission besteht aus zwei Professoren des Studiengangs. Bitte halten Sie Ihren
        Personalausweis bereit.</p>
        <p>Mit freundlichen Grüßen<br>
        Studierendenservice – Team Master<br>
        Hochschule Pegnitzgrund</p>
        </body></html>
        """)
    hs = head(addr("Hochschule Pegnitzgrund - Studierendenservice", "master-bewerbung@hs-pegnitzgrund.de"),
              "Einladung zum Auswahlgespräch – Master Embedded Systems Engineering", "2026-11-11 14:20", BER,
              "5d1c2b3a-hsp-auswahl-20261111@hs-pegnitzgrund.de", relay="mx1.hs-pegnitzgrund.de")
    return message(hs, html(page))


@mail(n(41), family="sports_tryout", lang="de", interview=False, company=None,
      days=(("Wed", "2026-09-16"),),
      note="Volleyball club invites Lukas to a try-out training ('Probetraining', Mittwoch 20 Uhr); fixed "
           "time, not a job interview.")
def n41() -> bytes:
    body = t("""
        Hi Lukas,

        cool, dass du bei uns reinschnuppern willst! Komm einfach am Mittwoch (16.9.) um 20 Uhr
        zum Probetraining der Herren 2 in die Halle der Mittelschule Zerzabelshof. Bring Hallenschuhe
        und was zu trinken mit, Bälle haben wir.

        Wir spielen Bezirksklasse und suchen vor allem einen Außenangreifer, aber schau erstmal,
        ob's dir taugt. Nach dem Training gehen wir meistens noch aufn Bier ins Vereinsheim.

        Sportliche Grüße
        Tobi
        Trainer Herren 2 | TSV Zabo Volleyball
        """)
    hs = head(addr("Tobias Meierhöfer", "tobi.meierhoefer@gmx.example.net"),
              "Probetraining Mittwoch", "2026-09-13 21:17", BER, "trinity-3e0c9f-20260913@gmx.example.net",
              relay="mout.gmx.example.net")
    return message(hs, text(body, charset="iso-8859-15", cte="quoted-printable"))


@mail(n(42), family="bank_appointment", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-22"),),
      note="Bank advisor appointment for a mortgage consultation ('Beratungsgespräch', Do, 22.10.2026, "
           "17:00 Uhr), with an ICS; fixed time, not a job interview.")
def n42() -> bytes:
    body = t("""
        Sehr geehrter Herr Pfeiffer,

        vielen Dank für Ihre Terminanfrage. Hiermit bestätige ich unser Beratungsgespräch zur
        Baufinanzierung:

        Donnerstag, 22.10.2026, 17:00 - 18:30 Uhr
        Filiale Nürnberg-Maxfeld, Bayreuther Straße 44

        Damit wir die Zeit gut nutzen können, bringen Sie bitte Ihre Gehaltsabrechnungen der letzten
        drei Monate, den letzten Steuerbescheid und das Exposé der Immobilie mit.

        Mit freundlichen Grüßen
        Andreas Pöhlmann
        Baufinanzierungsberater
        Sebalder Kreditbank eG
        """)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sebalder Kreditbank eG//Terminvereinbarung//DE
METHOD:REQUEST
{VTZ["Europe/Berlin"]}
BEGIN:VEVENT
UID:beratung-20261022-1700-poehlmann@sebalder-kreditbank.de
DTSTAMP:20261015T094100Z
DTSTART;TZID=Europe/Berlin:20261022T170000
DTEND;TZID=Europe/Berlin:20261022T183000
SUMMARY:Beratungsgespräch Baufinanzierung
LOCATION:Filiale Nürnberg-Maxfeld\\, Bayreuther Straße 44
ORGANIZER;CN=Andreas Pöhlmann:mailto:andreas.poehlmann@sebalder-kreditbank.de
ATTENDEE;CN=Lukas Pfeiffer;RSVP=TRUE:mailto:lukas.pfeiffer@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Andreas Pöhlmann", "andreas.poehlmann@sebalder-kreditbank.de"),
              "Terminbestätigung Beratungsgespräch", "2026-10-15 11:41", BER,
              "0a1b2c3d4e5f.beratung@sebalder-kreditbank.de", relay="mx.sebalder-kreditbank.de")
    return message(hs, mixed(alt(text(body), html(gmail_html(body))),
                             calendar(ics, filename="Termin.ics", disposition="attachment", cte="base64")))


@mail(n(43), family="mock_interview", lang="de", interview=False, company=None,
      days=(("Sat", "2026-09-12"),),
      note="Career coach confirms a paid mock interview ('Probe-Vorstellungsgespräch', Sa, 12.09., "
           "10:00-11:30 Uhr); fixed time, but practice, not a job interview.")
def n43() -> bytes:
    body = t("""
        Hallo Herr Pfeiffer,

        schön, dass Sie sich für das Intensivpaket entschieden haben! Hier die Bestätigung für
        unser Probe-Vorstellungsgespräch (Mock-Interview):

        Samstag, 12.09.2026, 10:00 - 11:30 Uhr
        per Zoom: https://us06web.zoom.us/j/81144730219 (Kenncode 4711)

        Ablauf: 45 Minuten realistisches Interview - ich spiele die Personalleiterin eines
        Automobilzulieferers, inklusive der unangenehmen Fragen zu Gehalt und Wechselmotivation -,
        danach Videoanalyse und Feedback. Schicken Sie mir bitte vorab eine Stellenanzeige, auf
        die Sie sich gerade bewerben, dann wird es möglichst echt.

        Die Rechnung (190,00 EUR inkl. MwSt.) erhalten Sie nach dem Termin.

        Herzliche Grüße
        Dr. Karin Weigand
        Karrierecoaching Weigand · Erlangen
        """)
    hs = head(addr("Dr. Karin Weigand", "kontakt@coaching-weigand.de"),
              "Bestätigung: Probe-Vorstellungsgespräch am Samstag", "2026-09-07 09:58", BER,
              "b7c8d9e0-weigand-20260907@coaching-weigand.de", relay="smtp.coaching-weigand.de")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(n(44), family="auto_reply", lang="de", interview=False, company="Schwabachtal Medical Devices GmbH",
      note="Bilingual out-of-office auto-reply from the Erlangen recruiter to Lukas's question about the "
           "interview on 26.10.; quotes the subject, fixes nothing new.")
def n44() -> bytes:
    body = t("""
        Vielen Dank für Ihre Nachricht. Ich bin am 22. und 23.10.2026 nicht im Büro und habe
        keinen Zugriff auf meine E-Mails. Ab Montag, 26.10., bin ich wieder für Sie da.
        In dringenden Fällen wenden Sie sich bitte an personal@schwabachtal-medical.de.

        Thank you for your message. I am out of the office on 22 and 23 October 2026 with no
        access to e-mail. I will be back on Monday, 26 October.

        Katrin Hofmann
        Schwabachtal Medical Devices GmbH
        """)
    hs = head(addr("Hofmann, Katrin", "katrin.hofmann@schwabachtal-medical.de"),
              "Automatische Antwort: Vorstellungsgespräch am 26.10. – kurze Rückfrage zur Präsentation",
              "2026-10-22 19:12", BER,
              "FR3P281MB1742F0E1D2C3B4A5968778695A4B3C2D@FR3P281MB1742.DEUP281.PROD.OUTLOOK.COM",
              relay="mail-fr2deu01on2112.outbound.protection.outlook.com",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<lp-20261022-1908@example.org>")))
    return message(hs, text(body))


@mail(n(45), family="bounce", lang="de", interview=False, company=None,
      note="Mailer-daemon bounce: Lukas's own reply confirming 'Donnerstag, 08.10., um 15 Uhr' to the "
           "Regensburg recruiter failed (typo in the domain). The confirming text is only in the returned "
           "message/rfc822 part, written by the candidate; the bounce itself is not an interview mail.")
def n45() -> bytes:
    original = message([
        ("From", addr(ME_NAME, ME)),
        ("To", addr("Claudia Reiter", "c.reiter@oberpfalz-sensorikk.de")),
        ("Subject", enc("Re: Ihr Vorstellungsgespräch bei der Oberpfalz Sensorik GmbH")),
        ("Date", date("2026-09-29 08:03", BER)),
        ("Message-ID", "<lp-20260929-0803@example.org>"),
    ], text(t("""
        Sehr geehrte Frau Reiter,

        vielen Dank für Ihre Nachricht. Den Termin am Donnerstag, 08.10., um 15 Uhr bestätige ich
        Ihnen gerne, ich komme mit dem Zug und bin rechtzeitig da.

        Mit freundlichen Grüßen
        Lukas Pfeiffer
        """)))
    status = t("""
        Reporting-MTA: dns; mail.example.org
        X-Postfix-Queue-ID: 4Qx7Lm2Z9vz1wK
        Arrival-Date: Tue, 29 Sep 2026 08:03:12 +0200 (CEST)

        Final-Recipient: rfc822; c.reiter@oberpfalz-sensorikk.de
        Original-Recipient: rfc822;c.reiter@oberpfalz-sensorikk.de
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for
            name=oberpfalz-sensorikk.de type=MX: Host not found
        """)
    note = t("""
        This is the mail system at host mail.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <c.reiter@oberpfalz-sensorikk.de>: Host or domain name not found. Name service
            error for name=oberpfalz-sensorikk.de type=MX: Host not found
        """)
    report = mixed(text(note, charset="us-ascii", cte="7bit",
                        extra=(("Content-Description", "Notification"),)),
                   raw_part([("Content-Type", "message/delivery-status"),
                             ("Content-Description", "Delivery report")], status),
                   attached_message(original))
    report.headers[0] = ("Content-Type", report.headers[0][1].replace("multipart/mixed",
                                                                      "multipart/report")
                         + "; report-type=delivery-status")
    hs = head("MAILER-DAEMON@mail.example.org (Mail Delivery System)",
              "Undelivered Mail Returned to Sender", "2026-09-29 08:03", BER,
              "20260929060313.4Qx7Lm2Z9vz1wK@mail.example.org", relay="localhost",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, report)


@mail(n(46), family="mailing_list", lang="en", interview=False, company=None,
      note="Mailing-list thread about take-home assignments in embedded interviews; a member mentions "
           "'my interview last Tuesday at 10'. Discussion, nothing scheduled for Lukas.")
def n46() -> bytes:
    body = t("""
        On Mon, Nov 23, 2026 at 9:41 PM Sven Ohlsson <sven@ohlsson.example.net> wrote:
        > Do you still accept take-home assignments? I just got one that "should take about
        > 4 hours" and it's basically a full CAN stack.

        I stopped doing open-ended ones. My rule now: if it's longer than 2 hours, I ask whether
        they pay for it or whether we can do a live session instead. Last week that worked fine -
        my interview last Tuesday at 10 was a 90-minute pairing session instead of the take-home,
        and honestly it was the best interview I had this year.

        Also, +1 to what Agnieszka said earlier: ask who will review it. If nobody can tell you,
        that's a red flag.

        Cheers,
        Jonas

        _______________________________________________
        embedded-jobs-dach mailing list
        embedded-jobs-dach@lists.example.net
        https://lists.example.net/mailman/listinfo/embedded-jobs-dach
        """)
    hs = head(addr("Jonas Wiedemann", "jonas.wiedemann@example.net"),
              "Re: [embedded-jobs-dach] Take-home assignments - still worth it?", "2026-11-24 08:17", BER,
              "CAO4kT9x2m1p7q3r5s8t0u1v2w3x4y5z6ejd@mail.gmail.com", relay="lists.example.net",
              to="embedded-jobs-dach@lists.example.net",
              extra=(("List-Id", "Embedded jobs in DACH <embedded-jobs-dach.lists.example.net>"),
                     ("List-Post", "<mailto:embedded-jobs-dach@lists.example.net>"),
                     ("List-Unsubscribe", "<https://lists.example.net/mailman/options/embedded-jobs-dach>"),
                     ("Precedence", "list"),
                     ("In-Reply-To", "<CAHx1sv9Ohl-takehome-20261123@mail.gmail.com>")))
    return message(hs, text(body, cte="7bit"))


@mail(n(47), family="work_calendar", lang="de", interview=False, company=None,
      days=(("Thu", "2026-10-29"),),
      note="Exchange meeting request at the current employer asking Lukas to sit on the panel for a "
           "working-student candidate (Do, 29.10.2026, 14:00-15:00). An interview at a fixed time, but "
           "Lukas is the interviewer, not the candidate.")
def n47() -> bytes:
    body = t("""
        Hallo Lukas,

        wie mit Rainer abgesprochen, bitte ich dich, beim Gespräch mit unserer Kandidatin für die
        Werkstudentenstelle Embedded (Frau Aylin Yılmaz, Informatik-Master an der FAU) als
        Fachinterviewer dabei zu sein:

        Donnerstag, 29.10.2026, 14:00-15:00 Uhr, Besprechungsraum "Pegnitz" (EG)

        Lebenslauf und Zeugnisse findest du im Bewerbermanagement unter Ref. WS-2026-11. Bitte
        bereite zwei, drei Fachfragen zu C und Mikrocontrollern vor; den Rest übernehme ich.

        Danke dir!
        Sabrina

        Sabrina Kohlmann | Personalreferentin
        Dürrenhof Gerätebau GmbH | Nürnberg
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kohlmann\\, Sabrina:mailto:sabrina.kohlmann@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pfeiffer\\, Lukas:mailto:lukas.pfeiffer@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Besprechungsraum Pegnitz:mailto:raum.pegnitz@example.com
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Werkstudent*in Embedded – Frau Yılmaz
DTSTART;TZID=W. Europe Standard Time:20261029T140000
DTEND;TZID=W. Europe Standard Time:20261029T150000
UID:040000008200E00074C5B7101A82E00800000000E2D3C4B5A697DC010000000000000000100000001F2E3D4C5B6A79880796A5B4C3D2E1F0
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T122000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Pegnitz (EG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    page = ("<html><body><div class=\"WordSection1\">\n"
            + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in body.split("\n"))
            + "</div></body></html>\n")
    hs = head(addr("Kohlmann, Sabrina", "sabrina.kohlmann@example.com"),
              "Vorstellungsgespräch Werkstudent*in Embedded – Frau Yılmaz", "2026-10-23 14:20", BER,
              "FR2P281MB0099A9B8C7D6E5F4A3B2C1D0E9F8A7B6@FR2P281MB0099.DEUP281.PROD.OUTLOOK.COM",
              relay="mail-fr3deu01on2120.outbound.protection.outlook.com", rcpt=WORK,
              to=addr("Pfeiffer, Lukas", WORK))
    return message(hs, alt(text(body), html(page), calendar(ics, cte="base64")))


@mail(n(48), family="forwarded_other", lang="de", interview=False, company=None,
      days=(("Fri", "2026-11-20"),),
      note="A friend forwards his OWN Lever interview confirmation (Friday, November 20, 2026, 10:00 AM - "
           "11:00 AM CET, addressed to him) as a message/rfc822 attachment and asks for tips; a confirmed "
           "interview, but not Lukas's.")
def n48() -> bytes:
    inner_body = t("""
        Hi Max,

        Great news - your interview with Sankt-Jobst Systems is confirmed.

        Position: Embedded Software Engineer (Safety)
        Date & time: Friday, November 20, 2026, 10:00 AM - 11:00 AM CET
        Location: Sankt-Jobst Systems GmbH, Äußere Sulzbacher Str. 160, 90491 Nürnberg

        Questions? Reply to this email and it will go straight to Laura.

        See you soon,
        The Sankt-Jobst Systems team

        --
        Sent via Lever.
        """)
    inner = message([
        ("From", addr("Sankt-Jobst Systems", "no-reply@hire.lever.co")),
        ("Reply-To", addr("Laura Bäuerlein", "laura.baeuerlein@sankt-jobst.de")),
        ("To", addr("Max Dörfler", "max.doerfler@example.net")),
        ("Subject", "Interview confirmed: Embedded Software Engineer (Safety) - Sankt-Jobst Systems"),
        ("Date", date("2026-11-16 10:12", "UTC")),
        ("Message-ID", "<20261116101207.1.4e7a9c2b1d3f@hire.lever.co>"),
    ], text(inner_body))
    body = t("""
        Servus Lukas,

        schau mal, was gestern kam - am Freitag hab ich mein Interview bei Sankt-Jobst! Du warst
        doch letztes Jahr auch bei denen, oder? Hast du ein paar Tipps, was die so fragen? Ich
        bin echt nervös, ist mein erstes Vorstellungsgespräch seit sechs Jahren.

        Geb dir dafür nächste Woche ein Seidla im Landbierparadies aus :)

        Max
        """)
    hs = head(addr("Max Dörfler", "max.doerfler@example.net"),
              "Fwd: Interview confirmed: Embedded Software Engineer (Safety) - Sankt-Jobst Systems",
              "2026-11-17 20:33", BER, "9c1e7a2b-5f3d-4e8a-b0c6-md20261117@example.net",
              relay="smtp.example.net")
    return message(hs, mixed(text(body, cte="8bit"), attached_message(inner, "Interview confirmed.eml")))


@mail(n(49), family="career_fair", lang="de", interview=False, company=None,
      days=(("Sat", "2026-10-17"),),
      note="Career fair programme sent to all registered visitors, with fixed slots including "
           "'Speed-Interviews mit Ausstellern' (11:00-13:00, walk-in); nothing individual is confirmed.")
def n49() -> bytes:
    body = t("""
        Liebe Besucherinnen und Besucher,

        in drei Tagen ist es so weit! Hier Ihr Programm für die Jobmesse Metropolregion
        Nürnberg am Samstag, 17.10.2026, Messezentrum Nürnberg, Halle 3A:

        09:30   Einlass
        10:00   Eröffnung durch die Veranstalter
        10:30   Vortrag: "Embedded, Automotive, Medizintechnik - wo die Jobs 2027 sind" (Forum 1)
        11:00 - 13:00   Speed-Interviews mit Ausstellern (ohne Voranmeldung, Stand C12)
        13:30   Bewerbungsmappen-Check mit Personalerinnen (Forum 2)
        15:00   Podiumsdiskussion "Vier-Tage-Woche in der Industrie?"
        17:00   Ende

        Ihr Ticket (QR-Code) finden Sie im Anhang Ihrer Anmeldebestätigung. Tipp: Bringen Sie ein
        paar ausgedruckte Lebensläufe mit.

        Wir freuen uns auf Sie!
        Ihr Team der Jobmesse Metropolregion Nürnberg

        Abmelden: https://www.jobmesse-metropolregion.example.net/newsletter/abmelden
        """)
    page = "<html><body style=\"font-family:Arial,sans-serif\">\n" + "".join(
        f"<p>{line}</p>\n" if line else "" for line in body.split("\n")) + "</body></html>\n"
    hs = head(addr("Jobmesse Metropolregion Nürnberg", "info@jobmesse-metropolregion.example.net"),
              "Ihr Messeprogramm für Samstag, 17.10.", "2026-10-14 10:00", BER,
              "nl-20261014-0800-8812@jobmesse-metropolregion.example.net", relay="mta.newsletter2go.example.net",
              extra=(("Precedence", "bulk"),
                     ("List-Unsubscribe", "<https://www.jobmesse-metropolregion.example.net/newsletter/abmelden>")))
    return message(hs, alt(text(body), html(page)))


@mail(n(50), family="exit_interview", lang="de", interview=False, company=None,
      days=(("Mon", "2026-12-14"),),
      note="Exit interview ('Austrittsgespräch', Mo, 14.12.2026, 10:00-10:45) at Lukas's current employer, "
           "Exchange request; fixed time, not a job interview.")
def n50() -> bytes:
    body = t("""
        Hallo Lukas,

        wie du weißt, führen wir mit allen Kolleginnen und Kollegen, die uns verlassen, ein kurzes
        Austrittsgespräch. Ich habe dafür Montag, 14.12.2026, 10:00-10:45 Uhr bei mir im Büro
        (2. OG, Raum 2.07) eingetragen.

        Es geht um dein Feedback zu Führung, Arbeitsbedingungen und Gründen für den Wechsel,
        außerdem besprechen wir Resturlaub, Rückgabe von Laptop und Zutrittskarte und dein
        Arbeitszeugnis. Die Angaben werden vertraulich behandelt.

        Viele Grüße
        Sabrina

        Sabrina Kohlmann | Personalreferentin
        Dürrenhof Gerätebau GmbH | Nürnberg
        """)
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ["W. Europe Standard Time"]}
BEGIN:VEVENT
ORGANIZER;CN=Kohlmann\\, Sabrina:mailto:sabrina.kohlmann@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pfeiffer\\, Lukas:mailto:lukas.pfeiffer@example.com
SUMMARY;LANGUAGE=de-DE:Austrittsgespräch Lukas Pfeiffer
DTSTART;TZID=W. Europe Standard Time:20261214T100000
DTEND;TZID=W. Europe Standard Time:20261214T104500
UID:040000008200E00074C5B7101A82E008000000005A4B3C2D1E0FDC0100000000000000001000000099887766554433221100FFEEDDCCBBAA
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261207T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Personal\\, Raum 2.07
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""
    hs = head(addr("Kohlmann, Sabrina", "sabrina.kohlmann@example.com"), "Austrittsgespräch",
              "2026-12-07 09:30", BER,
              "FR2P281MB0099D4C3B2A1F0E9D8C7B6A5F4E3D2C1@FR2P281MB0099.DEUP281.PROD.OUTLOOK.COM",
              relay="mail-fr3deu01on2120.outbound.protection.outlook.com", rcpt=WORK,
              to=addr("Pfeiffer, Lukas", WORK),
              extra=(("Sensitivity", "Private"),))
    return message(hs, alt(text(body, charset="windows-1252"), calendar(ics, cte="base64")))
