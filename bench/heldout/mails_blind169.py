"""blind169: 50 hand-written mails from the inbox of Hannes Krüger, a wind-farm SCADA engineer in
Rostock (Europe/Berlin), September to December 2026. Built by ``make_blind.py blind169``.

Written blind: without reading the detector, its tests or fixtures, or the other held-out mails.
Keys 1-23 are the positives (1-16 scheduled, 17-20 rescheduled, 21-23 cancelled), 24-50 the
negatives; the file number is a fixed shuffle of the key.
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

ORDER = random.Random(1690169).sample(range(1, 51), 50)
ME_ADDR = "hannes.krueger@example.org"
ME = addr("Hannes Krüger", ME_ADDR)
BER = "Europe/Berlin"


def N(key: int) -> str:
    return f"blind169_{ORDER[key - 1]:03d}"


def head(frm: str, subject: str, when: str, zone: str, msgid: str, *, to: str = ME,
         mx_from: str | None = None, extra: tuple[tuple[str, str], ...] = (),
         charset: str = "utf-8") -> list[tuple[str, str]]:
    """The usual top of a delivered mail: Received, From, To, Subject, Date, Message-ID, extras."""
    hs: list[tuple[str, str]] = [("Delivered-To", ME_ADDR)]
    if mx_from:
        hs.append(("Received", received(mx_from, when, zone, "mx01.example.org (Postfix) with ESMTPS id "
                                        + msgid[:10].upper().replace(".", "X"), ME_ADDR)))
    hs += [("From", frm), ("To", to), ("Subject", enc(subject, charset)), ("Date", date(when, zone)),
           ("Message-ID", f"<{msgid}>")]
    hs += list(extra)
    return hs


# =========================================================================== positives: scheduled


@mail(N(1), family="personio", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-17 10:30", BER), end=utc("2026-09-17 11:30", BER),
      local="Thu 2026-09-17 10:30", local_end="2026-09-17 11:30", zone=BER,
      contact="katrin.lueth@warnow-windservice.de", company="Warnow Windservice GmbH",
      note="Personio invitation from a no-reply sender; 'Donnerstag, 17.09.2026, 10:30 - 11:30 Uhr' in "
           "Rostock, CEST (UTC+2) -> 08:30Z-09:30Z; contact = human Reply-To (HR).")
def p01():
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für Ihre Bewerbung als SCADA-Ingenieur (m/w/d) in der Betriebsführung und für das
        freundliche Telefonat von letzter Woche.

        Ihr Termin für das Vorstellungsgespräch steht fest:

          Datum:    Donnerstag, 17.09.2026
          Uhrzeit:  10:30 - 11:30 Uhr
          Ort:      Warnow Windservice GmbH, Am Strande 3, 18055 Rostock
                    (Eingang über den Hof, Empfang im 1. OG)
          Gesprächspartner: Katrin Lüth (Personal), Dirk Hamann (Leitung Betriebsführung)

        Bitte bringen Sie einen Lichtbildausweis mit. Parkplätze finden Sie im Parkhaus am Stadthafen.

        Sollten Sie Fragen haben, antworten Sie einfach auf diese E-Mail.

        Mit freundlichen Grüßen
        Katrin Lüth
        Personal & Recruiting
        Warnow Windservice GmbH

        --
        Diese Nachricht wurde über Personio versendet.
        """)
    page = t("""
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1b">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
        <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
        <tr><td>
        <p>Sehr geehrter Herr Krüger,</p>
        <p>vielen Dank für Ihre Bewerbung als SCADA-Ingenieur (m/w/d) in der Betriebsführung und für das
        freundliche Telefonat von letzter Woche.</p>
        <p><strong>Ihr Termin für das Vorstellungsgespräch steht fest:</strong></p>
        <table cellpadding="4" cellspacing="0" style="font-size:14px">
        <tr><td>Datum:</td><td>Donnerstag, 17.09.2026</td></tr>
        <tr><td>Uhrzeit:</td><td>10:30 - 11:30 Uhr</td></tr>
        <tr><td>Ort:</td><td>Warnow Windservice GmbH, Am Strande 3, 18055 Rostock<br>
        (Eingang über den Hof, Empfang im 1. OG)</td></tr>
        <tr><td>Gesprächspartner:</td><td>Katrin Lüth (Personal), Dirk Hamann (Leitung Betriebsführung)</td></tr>
        </table>
        <p>Bitte bringen Sie einen Lichtbildausweis mit. Parkplätze finden Sie im Parkhaus am Stadthafen.</p>
        <p>Sollten Sie Fragen haben, antworten Sie einfach auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Katrin Lüth<br>Personal &amp; Recruiting<br>Warnow Windservice GmbH</p>
        </td></tr>
        <tr><td style="font-size:11px;color:#8a8a8a">Diese Nachricht wurde über Personio versendet.</td></tr>
        </table></td></tr></table></body></html>
        """)
    hs = head(addr("Warnow Windservice GmbH", "no-reply@personio.de"),
              "Einladung zum Vorstellungsgespräch – SCADA-Ingenieur (m/w/d)",
              "2026-09-08 09:12", BER, "0102019a1c7e4d2b-5f1e.personio-mail@eu-central-1.amazonses.com",
              mx_from="from a27-84.smtp-out.eu-central-1.amazonses.com (a27-84.smtp-out.eu-central-1.amazonses.com)",
              extra=(("Reply-To", addr("Katrin Lüth", "katrin.lueth@warnow-windservice.de")),))
    return message(hs, alt(text(body), html(page)))


NORDBRISE_ICS = """BEGIN:VCALENDAR
PRODID:-//Teamtailor//Interviews//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:tt-interview-88213-4c1d@teamtailor.com
DTSTAMP:20260918T134702Z
DTSTART;TZID=Europe/Berlin:20260922T140000
DTEND;TZID=Europe/Berlin:20260922T144500
SUMMARY:Interview: Hannes Krüger / Nordbrise Energy
DESCRIPTION:SCADA Engineer Offshore (m/w/d)\\nMicrosoft Teams: https://teams.
 microsoft.com/l/meetup-join/19%3ameeting_NzFhYjQ5@thread.v2/0
LOCATION:Microsoft Teams
ORGANIZER;CN=Ole Petersen:mailto:ole.petersen@nordbrise-energy.de
ATTENDEE;CN=Hannes Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannes.krueger@example.org
ATTENDEE;CN=Ole Petersen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ole.petersen@nordbrise-energy.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""


@mail(N(2), family="teamtailor", lang="de", interview=True, kind="scheduled",
      start=utc("2026-09-22 14:00", BER), end=utc("2026-09-22 14:45", BER),
      local="Tue 2026-09-22 14:00", local_end="2026-09-22 14:45", zone=BER,
      contact="ole.petersen@nordbrise-energy.de", company="Nordbrise Energy GmbH",
      note="Teamtailor 'Interview gebucht' (du) from a notification relay; 14:00-14:45 Europe/Berlin in "
           "September = CEST -> 12:00Z-12:45Z; the ICS (TZID Europe/Berlin) agrees; contact = human ORGANIZER.")
def p02():
    body = t("""
        Hej Hannes!

        Dein Interview für die Stelle „SCADA Engineer Offshore (m/w/d)" ist gebucht 🎉

        📅 Dienstag, 22. September 2026
        🕑 14:00 – 14:45 (Europe/Berlin)
        📍 Microsoft Teams – den Link findest du in der Kalendereinladung

        Mit dabei: Ole Petersen, Head of Asset Operations

        Falls etwas dazwischenkommt, sag uns bitte kurz Bescheid – über den Link unten kannst du uns
        direkt schreiben.

        Bis Dienstag!
        Dein Team von Nordbrise Energy

        Nachricht an Nordbrise Energy senden:
        https://nordbrise-energy.teamtailor.com/connect/messages/4c1d88213

        Powered by Teamtailor
        """)
    page = t("""
        <html><body style="margin:0;background:#f4f4f6">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:32px;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
        <img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logo_nordbrise.png" alt="Nordbrise Energy" height="40">
        <h1 style="font-size:22px">Hej Hannes!</h1>
        <p>Dein Interview für die Stelle „SCADA Engineer Offshore (m/w/d)" ist gebucht 🎉</p>
        <div style="border:1px solid #e2e2e8;border-radius:8px;padding:16px">
        <p style="margin:0">📅 <b>Dienstag, 22. September 2026</b></p>
        <p style="margin:0">🕑 14:00 – 14:45 (Europe/Berlin)</p>
        <p style="margin:0">📍 Microsoft Teams – den Link findest du in der Kalendereinladung</p>
        </div>
        <p>Mit dabei: Ole Petersen, Head of Asset Operations</p>
        <p>Falls etwas dazwischenkommt, sag uns bitte kurz Bescheid – über den Button unten kannst du uns direkt schreiben.</p>
        <p><a href="https://nordbrise-energy.teamtailor.com/connect/messages/4c1d88213" style="background:#0b3d5c;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Nachricht senden</a></p>
        <p>Bis Dienstag!<br>Dein Team von Nordbrise Energy</p>
        <p style="font-size:11px;color:#999">Powered by Teamtailor</p>
        </div></body></html>
        """)
    hs = head(addr("Nordbrise Energy", "no-reply@nordbrise-energy.teamtailor-mail.com"),
              "Dein Interview bei Nordbrise Energy ist gebucht",
              "2026-09-18 15:47", BER, "tt.88213.4c1d.1758203222@teamtailor-mail.com",
              mx_from="from o1.ptr2204.teamtailor-mail.com (o1.ptr2204.teamtailor-mail.com)",
              extra=(("X-Mailer", "Teamtailor"),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(NORDBRISE_ICS, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(3), family="human_prose", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-06 13:30", BER), end=None,
      local="Tue 2026-10-06 13:30", zone=BER,
      contact="b.graefe@sundwerk-netztechnik.de", company="Sundwerk Netztechnik GmbH",
      note="Phone-written 'Moin' reply (du): 'übernächsten Dienstag (6.10.) um halb zwei' in Stralsund; "
           "Date Sat 26 Sep, so the Tuesday after next = Tue 6 Oct; halb zwei = 13:30 CEST -> 11:30Z; "
           "no length -> end null; contact = human sender.",
      days=(("Tue", "2026-10-06"),))
def p03():
    body = t("""
        Moin Hannes,

        passt mir gut. Dann übernächsten Dienstag (6.10.) um halb zwei bei uns in Stralsund, Werftstraße 9, 2. OG, einfach unten klingeln. Bring ein bisschen Zeit mit, danach zeig ich dir noch die Leitwarte.

        Gruß
        Björn

        Von meinem iPhone gesendet

        > Am 26.09.2026 um 11:02 schrieb Hannes Krüger <hannes.krueger@example.org>:
        >
        > Moin Björn,
        >
        > danke nochmal für den Anruf gestern. Dienstags kann ich gut, immer ab Mittag, die Woche
        > drauf ginge auch. Sag einfach, was dir passt.
        >
        > Viele Grüße
        > Hannes
        """)
    hs = head(addr("Björn Gräfe", "b.graefe@sundwerk-netztechnik.de"), "Re: Bewerbung SCADA / Leittechnik",
              "2026-09-26 19:41", BER, "8F2C61D0-77A3-4E0B-9C1B-2D5E1A0F3B77@sundwerk-netztechnik.de",
              mx_from="from mail.sundwerk-netztechnik.de (mail.sundwerk-netztechnik.de)",
              extra=(("In-Reply-To", "<b7e1c2f0-1a2b-4c1d-9e0f-hk2609@example.org>"),
                     ("References", "<b7e1c2f0-1a2b-4c1d-9e0f-hk2609@example.org>"),
                     ("X-Mailer", "iPhone Mail (22A3354)")))
    return message(hs, text(body, cte="8bit"))


KESTREL_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-5528190-31@greenhouse.io
DTSTAMP:20260924T090512Z
DTSTART:20260930T140000Z
DTEND:20260930T150000Z
SUMMARY:Interview: Hannes Krüger for Senior SCADA Engineer
LOCATION:https://meet.google.com/qfr-dkzn-wua
ORGANIZER;CN=Priya Nandakumar:mailto:priya.nandakumar@kestrelgrid.io
ATTENDEE;CN=Hannes Krüger;RSVP=TRUE:mailto:hannes.krueger@example.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""


@mail(N(4), family="greenhouse", lang="en", interview=True, kind="scheduled",
      start=utc("2026-09-30 16:00", BER), end=utc("2026-09-30 17:00", BER),
      local="Wed 2026-09-30 16:00", local_end="2026-09-30 17:00", zone=BER,
      contact="priya.nandakumar@kestrelgrid.io", company="Kestrel Grid Analytics",
      note="Greenhouse confirmation, Date in +0000; '4:00 PM - 5:00 PM CEST' -> 14:00Z-15:00Z, the ICS "
           "uses the same instants in Z; contact = human Reply-To (also ORGANIZER).")
def p04():
    body = t("""
        Hi Hannes,

        Thanks for making time to speak with us! Your interview for Senior SCADA Engineer (Remote, EU)
        is confirmed:

        Wednesday, September 30th 2026
        4:00 PM - 5:00 PM CEST

        Interviewers:
          Lukas Brenner - Staff Engineer, Grid Integration
          Tomás Ferreira - Engineering Manager

        Location: Google Meet - https://meet.google.com/qfr-dkzn-wua

        The conversation will focus on your experience with IEC 61400-25 and plant controller
        integration. No preparation needed beyond that.

        If you need to reschedule, just reply to this email.

        Best,
        Priya Nandakumar
        Talent Partner, Kestrel Grid Analytics
        """)
    page = t("""
        <div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Hannes,</p>
        <p>Thanks for making time to speak with us! Your interview for <b>Senior SCADA Engineer (Remote, EU)</b> is confirmed:</p>
        <p><b>Wednesday, September 30th 2026<br>4:00 PM - 5:00 PM CEST</b></p>
        <p>Interviewers:<br>Lukas Brenner - Staff Engineer, Grid Integration<br>Tomás Ferreira - Engineering Manager</p>
        <p>Location: Google Meet - <a href="https://meet.google.com/qfr-dkzn-wua">https://meet.google.com/qfr-dkzn-wua</a></p>
        <p>The conversation will focus on your experience with IEC 61400-25 and plant controller integration. No preparation needed beyond that.</p>
        <p>If you need to reschedule, just reply to this email.</p>
        <p>Best,<br>Priya Nandakumar<br>Talent Partner, Kestrel Grid Analytics</p>
        </div>
        <img src="https://click.greenhouse-mail.io/o/eJwl0.gif" width="1" height="1" alt="">
        """)
    hs = head(addr("Kestrel Grid Analytics", "no-reply@us.greenhouse-mail.io"),
              "Interview Confirmation: Senior SCADA Engineer - Kestrel Grid Analytics",
              "2026-09-24 09:05", "UTC", "5528190.31.gh@us.greenhouse-mail.io",
              mx_from="from mail-200-3.us.greenhouse-mail.io (mail-200-3.us.greenhouse-mail.io)",
              extra=(("Reply-To", addr("Priya Nandakumar", "priya.nandakumar@kestrelgrid.io")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(KESTREL_ICS, cte="quoted-printable", filename="interview.ics", disposition="attachment",
                                      name_param=True)))


@mail(N(5), family="lever", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-08 08:30", "America/Los_Angeles"), end=utc("2026-10-08 09:15", "America/Los_Angeles"),
      local="Thu 2026-10-08 08:30", local_end="2026-10-08 09:15", zone="America/Los_Angeles",
      contact="dana@tidewaterturbine.com", company="Tidewater Turbine Software",
      note="Lever confirmation sent from Portland in the evening (PDT, UTC-7); '8:30am - 9:15am PDT' "
           "-> 15:30Z-16:15Z (17:30 in Rostock, not written); contact = human Reply-To.")
def p05():
    body = t("""
        Hi Hannes,

        This confirms your video interview for the Controls & SCADA Engineer (Remote - EU) position at
        Tidewater Turbine Software.

        When: Thursday, October 8, 2026, 8:30am - 9:15am PDT
        With: Marcus Oyelaran, VP Engineering
        Where: Zoom - https://tidewaterturbine.zoom.us/j/86120047715

        Marcus will walk you through our fleet-monitoring stack and ask about your PLC/OPC UA background.

        Please reply to this email if you have any questions.

        Thanks,
        Dana Whitfield
        Recruiting | Tidewater Turbine Software

        Sent via Lever
        """)
    page = t("""
        <html><body>
        <p>Hi Hannes,</p>
        <p>This confirms your video interview for the <strong>Controls &amp; SCADA Engineer (Remote - EU)</strong> position at Tidewater Turbine Software.</p>
        <p><strong>When:</strong> Thursday, October 8, 2026, 8:30am - 9:15am PDT<br>
        <strong>With:</strong> Marcus Oyelaran, VP Engineering<br>
        <strong>Where:</strong> Zoom - <a href="https://tidewaterturbine.zoom.us/j/86120047715">https://tidewaterturbine.zoom.us/j/86120047715</a></p>
        <p>Marcus will walk you through our fleet-monitoring stack and ask about your PLC/OPC UA background.</p>
        <p>Please reply to this email if you have any questions.</p>
        <p>Thanks,<br>Dana Whitfield<br>Recruiting | Tidewater Turbine Software</p>
        <p style="color:#aaa;font-size:11px">Sent via Lever</p>
        </body></html>
        """)
    hs = head(addr("Tidewater Turbine Software", "no-reply@hire.lever.co"),
              "Your interview with Tidewater Turbine Software is confirmed",
              "2026-10-05 18:20", "America/Los_Angeles", "20261006012000.lever.9f3a2c@hire.lever.co",
              mx_from="from mail-sor-f69.hire.lever.co (mail-sor-f69.hire.lever.co)",
              extra=(("Reply-To", addr("Dana Whitfield", "dana@tidewaterturbine.com")),))
    return message(hs, alt(text(body, cte="7bit"), html(page, cte="7bit")))


@mail(N(6), family="workday", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-12 09:00", BER), end=utc("2026-10-12 10:30", BER),
      local="Mon 2026-10-12 09:00", local_end="2026-10-12 10:30", zone=BER,
      contact="svenja.harms@baltic-offshore-services.de", company="Baltic Offshore Services SE",
      note="Workday HTML-only (base64) 'Interview geplant' from the tenant mailbox @myworkday.com; "
           "'09:00 - 10:30 (GMT+02:00) Mitteleuropäische Sommerzeit' -> 07:00Z-08:30Z; contact = the "
           "recruiter's address in the body.")
def p06():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
        <table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
        <tr><td style="background:#00274a;padding:18px;color:#fff;font-size:18px">Baltic Offshore Services</td></tr>
        <tr><td style="padding:24px">
        <p>Sehr geehrter Herr Krüger,</p>
        <p>Ihr Interview für die Position <b>Leittechnik-Ingenieur SCADA (w/m/d) – R-10482</b> wurde geplant.
        Nachfolgend finden Sie die Details:</p>
        <table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d0d0d0">
        <tr><td><b>Datum</b></td><td>Montag, 12. Oktober 2026</td></tr>
        <tr><td><b>Uhrzeit</b></td><td>09:00 - 10:30 (GMT+02:00) Mitteleuropäische Sommerzeit (Berlin)</td></tr>
        <tr><td><b>Format</b></td><td>Microsoft Teams (Einwahldaten folgen separat)</td></tr>
        <tr><td><b>Interviewer</b></td><td>Dr. Frank Oldenburg, Head of Control Systems<br>Svenja Harms, Talent Acquisition</td></tr>
        </table>
        <p>Bei Rückfragen wenden Sie sich bitte an Svenja Harms
        (<a href="mailto:svenja.harms@baltic-offshore-services.de">svenja.harms@baltic-offshore-services.de</a>).
        Bitte antworten Sie nicht auf diese automatisch generierte Nachricht.</p>
        <p>Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in unserem
        <a href="https://wd3.myworkdaysite.com/de-DE/recruiting/balticoffshore/BOS_Careers">Karriereportal</a>.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Baltic Offshore Services SE</p>
        </td></tr></table></body></html>
        """)
    hs = head(addr("Baltic Offshore Services", "balticoffshore@myworkday.com"),
              "Interview geplant: Leittechnik-Ingenieur SCADA (w/m/d) – R-10482",
              "2026-10-05 07:58", BER, "1538466279.48871.1791179880012@wd3-impl-svc27.myworkday.com",
              mx_from="from wd3-smtp-out.myworkday.com (wd3-smtp-out.myworkday.com)")
    return message(hs, html(page, cte="base64"))


@mail(N(7), family="smartrecruiters", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-14 10:00", "Europe/Copenhagen"), end=utc("2026-10-14 11:00", "Europe/Copenhagen"),
      local="Wed 2026-10-14 10:00", local_end="2026-10-14 11:00", zone="Europe/Copenhagen",
      contact="mkj@vestkyst-vind.dk", company="Vestkyst Vindkraft A/S",
      note="SmartRecruiters confirmation for a Danish employer, in English; '10:00 - 11:00 (GMT+02:00) "
           "Copenhagen' in October before the DST change = CEST -> 08:00Z-09:00Z; contact = human "
           "Reply-To (RFC 2047 name).")
def p07():
    body = t("""
        Dear Hannes,

        Thank you for accepting our invitation. We are pleased to confirm your interview for the position
        SCADA Systems Engineer (Rostock or Esbjerg).

        Date: Wednesday, 14 October 2026
        Time: 10:00 - 11:00 (GMT+02:00) Copenhagen
        Type: Video interview (Microsoft Teams)
        Interviewers: Mette Kjærgaard (Talent Acquisition), Søren Holm (Team Lead, Remote Operations Centre)

        You will receive the meeting link from Mette one day before the interview.

        Kind regards,
        Mette Kjærgaard
        Vestkyst Vindkraft A/S

        This message was sent to hannes.krueger@example.org via SmartRecruiters.
        """)
    page = t("""
        <html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
        <p>Dear Hannes,</p>
        <p>Thank you for accepting our invitation. We are pleased to confirm your interview for the position <b>SCADA Systems Engineer (Rostock or Esbjerg)</b>.</p>
        <table cellpadding="3">
        <tr><td>Date:</td><td>Wednesday, 14 October 2026</td></tr>
        <tr><td>Time:</td><td>10:00 - 11:00 (GMT+02:00) Copenhagen</td></tr>
        <tr><td>Type:</td><td>Video interview (Microsoft Teams)</td></tr>
        <tr><td>Interviewers:</td><td>Mette Kjærgaard (Talent Acquisition), Søren Holm (Team Lead, Remote Operations Centre)</td></tr>
        </table>
        <p>You will receive the meeting link from Mette one day before the interview.</p>
        <p>Kind regards,<br>Mette Kjærgaard<br>Vestkyst Vindkraft A/S</p>
        <p style="font-size:11px;color:#888">This message was sent to hannes.krueger@example.org via SmartRecruiters.</p>
        </body></html>
        """)
    hs = head(addr("Vestkyst Vindkraft A/S", "no-reply@smartrecruiters.com"),
              "Interview confirmed: SCADA Systems Engineer (Rostock or Esbjerg)",
              "2026-10-08 13:30", "Europe/Copenhagen", "sr.3e1b0c55-a7d2-4f6e-9b51-d0c1e4b2a8f3@smartrecruiters.com",
              mx_from="from mta-eu1.smartrecruiters.com (mta-eu1.smartrecruiters.com)",
              extra=(("Reply-To", addr("Mette Kjærgaard", "mkj@vestkyst-vind.dk")),))
    return message(hs, alt(text(body), html(page)))


PEENEWIND_ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261020T110000
DTEND;TZID=Europe/Berlin:20261020T120000
DTSTAMP:20261013T092011Z
ORGANIZER;CN=Jana Wulff:mailto:jana.wulff@peenewind-service.de
UID:3k9v2r0q7m1t4s8b6n5c2x1z0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannes.krueger@example.org;X-NUM-GUESTS=0:mailto:hannes.krueger@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jana Wulff;X-NUM-GUESTS=0:mailto:jana.wulff@peenewind-service.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Matthias Rehberg;X-NUM-GUESTS=0:mailto:m.rehberg@peenewind-service.de
X-GOOGLE-CONFERENCE:https://meet.google.com/wxe-pmbc-hto
DESCRIPTION:Fachgespräch zur Stelle SCADA-Spezialist*in Netzanbindung. Bitte
  5 Minuten vorher einwählen.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fachgespräch SCADA – Hannes Krüger
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


@mail(N(8), family="google_calendar", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-20 11:00", BER), end=utc("2026-10-20 12:00", BER),
      local="Tue 2026-10-20 11:00", local_end="2026-10-20 12:00", zone=BER,
      contact="jana.wulff@peenewind-service.de", company="Peenewind Service GmbH",
      note="German Google Calendar invitation 'Di., 20. Okt. 2026 11:00 - 12:00 (MESZ)' -> 09:00Z-10:00Z; "
           "ICS TZID Europe/Berlin agrees; contact = organizer (From/Reply-To, Sender is Google).")
def p08():
    body = t("""
        Fachgespräch SCADA – Hannes Krüger
        Dienstag, 20. Oktober 2026 · 11:00–12:00
        Zeitzone: Europe/Berlin

        Informationen zur Teilnahme über Google Meet
        Videoanruf-Link: https://meet.google.com/wxe-pmbc-hto
        Oder telefonisch einwählen: (DE) +49 30 300195021 PIN: 418 226 903#

        Fachgespräch zur Stelle SCADA-Spezialist*in Netzanbindung. Bitte 5 Minuten vorher einwählen.

        Organisator
        Jana Wulff
        jana.wulff@peenewind-service.de

        Gäste
        Jana Wulff - Organisator
        Matthias Rehberg
        hannes.krueger@example.org

        Antworten für hannes.krueger@example.org: Ja, Vielleicht, Nein

        Einladung von Google Kalender
        Sie erhalten diese E-Mail, da Sie ein Gast dieses Termins sind.
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <h2 style="font-size:20px;font-weight:400">Fachgespräch SCADA – Hannes Krüger</h2>
        <div style="font-size:14px">Dienstag, 20. Oktober 2026 · 11:00–12:00<br>Zeitzone: Europe/Berlin</div>
        <div style="margin-top:16px"><a href="https://meet.google.com/wxe-pmbc-hto" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Mit Google Meet teilnehmen</a></div>
        <p>Fachgespräch zur Stelle SCADA-Spezialist*in Netzanbindung. Bitte 5 Minuten vorher einwählen.</p>
        <p><b>Organisator</b><br>Jana Wulff<br><a href="mailto:jana.wulff@peenewind-service.de">jana.wulff@peenewind-service.de</a></p>
        <p><b>Gäste</b><br>Jana Wulff - Organisator<br>Matthias Rehberg<br>hannes.krueger@example.org</p>
        <p style="color:#70757a;font-size:12px">Einladung von Google Kalender<br>Sie erhalten diese E-Mail, da Sie ein Gast dieses Termins sind.</p>
        </div></body></html>
        """)
    subj = ("Einladung: Fachgespräch SCADA – Hannes Krüger @ Di., 20. Okt. 2026 11:00 - 12:00 (MESZ) "
            "(hannes.krueger@example.org)")
    hs = head(addr("Jana Wulff", "jana.wulff@peenewind-service.de"), subj,
              "2026-10-13 11:20", BER, "calendar-7d2e41b6-93c0-4f11-b5aa-2c9e07d3f1a8@google.com",
              mx_from="from mail-sor-f73.google.com (mail-sor-f73.google.com)",
              extra=(("Reply-To", addr("Jana Wulff", "jana.wulff@peenewind-service.de")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    cal = calendar(PEENEWIND_ICS, cte="8bit")
    return message(hs, mixed(alt(text(body), html(page), cal),
                             calendar(PEENEWIND_ICS, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


MNL_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Ohlsen, Sabine:mailto:sabine.ohlsen@mnl-ag.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannes.krueger@example.org:mailto:hannes.krueger@example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Voß, Henning:mailto:henning.voss@mnl-ag.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Krüger,\\n\\nwie telefonisch besprochen
  sende ich Ihnen die Einladung zum Vorstellungsgespräch.\\n
UID:040000008200E00074C5B7101A82E00800000000D0A51B6C2E63DC01000000000000000010000000B4F1C8E2A6D0F54A9D3E0B2C1F7A8E64
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hannes Krüger - Leitsystemingenieur
DTSTART;TZID=W. Europe Standard Time:20261027T100000
DTEND;TZID=W. Europe Standard Time:20261027T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T120512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121455318
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:sabine.ohlsen@mnl-ag.de;gruu;opaque=app:conf:focus:id:teams:2:0!19:meeting_YjI4ZTM2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams-Besprechung
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""


@mail(N(9), family="exchange_outlook", lang="de", interview=True, kind="scheduled",
      start=utc("2026-10-27 10:00", BER), end=utc("2026-10-27 11:00", BER),
      local="Tue 2026-10-27 10:00", local_end="2026-10-27 11:00", zone=BER,
      contact="sabine.ohlsen@mnl-ag.de", company="Mecklenburger Netzleittechnik AG",
      note="Exchange meeting request sent Fri 23 Oct in CEST (+0200) for Tue 27 Oct, after the change "
           "to CET on 25 Oct: 10:00-11:00 '(UTC+01:00) Amsterdam, Berlin...' -> 09:00Z-10:00Z; ICS TZID "
           "'W. Europe Standard Time' agrees; contact = organizer/sender.")
def p09():
    body = t("""
        Sehr geehrter Herr Krüger,

        wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch für die
        Stelle Leitsystemingenieur (m/w/d) am Standort Schwerin. Neben mir nimmt Herr Henning Voß
        (Teamleiter Netzleitsysteme) teil.

        Bitte beachten Sie die Zeitumstellung am Wochenende - der Termin ist am Dienstag um 10 Uhr
        Winterzeit.

        Mit freundlichen Grüßen

        Sabine Ohlsen
        Personalreferentin
        Mecklenburger Netzleittechnik AG
        Hagenower Straße 73 | 19061 Schwerin
        Tel. +49 385 5567-214
        sabine.ohlsen@mnl-ag.de

        ________________________________________________________________________________
        Microsoft Teams-Besprechung
        Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil
        Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjI4ZTM2%40thread.v2/0?context=%7b%22Tid%22%3a%22c3b1%22%7d>
        Besprechungs-ID: 374 112 908 551
        Kennung: Kp7Wq2
        Teams herunterladen<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>
        Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>
        ________________________________________________________________________________
        """)
    page = t("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
        <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
        <body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
        <p class="MsoNormal">Sehr geehrter Herr Krüger,<o:p></o:p></p>
        <p class="MsoNormal">wie telefonisch besprochen sende ich Ihnen hiermit die Einladung zum Vorstellungsgespräch für die Stelle Leitsystemingenieur (m/w/d) am Standort Schwerin. Neben mir nimmt Herr Henning Voß (Teamleiter Netzleitsysteme) teil.<o:p></o:p></p>
        <p class="MsoNormal">Bitte beachten Sie die Zeitumstellung am Wochenende - der Termin ist am Dienstag um 10 Uhr Winterzeit.<o:p></o:p></p>
        <p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
        <p class="MsoNormal"><b>Sabine Ohlsen</b><br>Personalreferentin<br>Mecklenburger Netzleittechnik AG<br>Hagenower Straße 73 | 19061 Schwerin<br>Tel. +49 385 5567-214<o:p></o:p></p>
        <div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
        <div class="me-email-text" lang="de-DE" style="color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
        <div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams-Besprechung</span></div>
        <div style="margin-bottom:20px"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjI4ZTM2%40thread.v2/0" style="font-size:14px;color:#6264a7">Klicken Sie hier, um an der Besprechung teilzunehmen</a></div>
        <div><span style="font-size:14px">Besprechungs-ID: 374 112 908 551</span><br><span style="font-size:14px">Kennung: Kp7Wq2</span></div>
        </div></div></body></html>
        """)
    hs = head(addr("Ohlsen, Sabine", "sabine.ohlsen@mnl-ag.de"),
              "Vorstellungsgespräch Leitsystemingenieur (m/w/d) - Hannes Krüger",
              "2026-10-23 14:05", BER, "FR2P281MB0914B1C4E2D7A3F09C6D11E4A2D99@FR2P281MB0914.DEUP281.PROD.OUTLOOK.COM",
              mx_from="from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04on2119.outbound.protection.outlook.com)",
              extra=(("Thread-Topic", enc("Vorstellungsgespräch Leitsystemingenieur (m/w/d) - Hannes Krüger")),
                     ("Thread-Index", "AdtE2c1QvYk3s2m9R1+0v1TfJ3vB5w=="),
                     ("Accept-Language", "de-DE, en-US"),
                     ("Content-Language", "de-DE"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-TNEF-Correlator", ""),
                     ("X-MS-Exchange-Organization-AuthAs", "Anonymous")))
    return message(hs, alt(text(body), html(page), calendar(MNL_ICS, cte="base64")))


@mail(N(10), family="zoom", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-04 09:00", "Europe/Warsaw"), end=None,
      local="Wed 2026-11-04 09:00", zone="Europe/Warsaw",
      contact="m.wisniewska@baltyk-controls.pl", company="Bałtyk Control Systems sp. z o.o.",
      note="Polish employer (Gdańsk) writing in English with a pasted Zoom invitation 'Nov 4, 2026 "
           "09:00 AM Warsaw'; November = CET (UTC+1) -> 08:00Z; 'about an hour' -> end null; contact = "
           "human sender (RFC 2047 name).")
def p10():
    body = t("""
        Dear Hannes,

        thank you for your quick reply. I'm happy to confirm your interview with our Head of Automation,
        Paweł Zieliński, next Wednesday. It should take about an hour; we will mostly talk about your
        experience with wind farm SCADA and grid code compliance, and a little about relocation or
        remote options.

        Below is the Zoom invitation:

        Małgorzata Wiśniewska is inviting you to a scheduled Zoom meeting.

        Topic: Interview - Hannes Krüger - SCADA Engineer
        Time: Nov 4, 2026 09:00 AM Warsaw

        Join Zoom Meeting
        https://baltyk-controls.zoom.us/j/93157720418?pwd=UkZ3dGxWcE9nQm1hTjV1

        Meeting ID: 931 5772 0418
        Passcode: 552031

        ---

        One tap mobile
        +48223073488,,93157720418#,,,,*552031# Poland
        +4969380526600,,93157720418#,,,,*552031# Germany

        Best regards,
        Małgorzata Wiśniewska
        HR Business Partner
        Bałtyk Control Systems sp. z o.o.
        ul. Jana z Kolna 11, 80-864 Gdańsk
        """)
    hs = head(addr("Małgorzata Wiśniewska", "m.wisniewska@baltyk-controls.pl"),
              "Interview confirmation - Bałtyk Control Systems",
              "2026-10-29 12:40", "Europe/Warsaw", "CAG7rL1mz0sVXbq2P9=0kW3eYhJq8Vd5wN@mail.gmail.com",
              mx_from="from mail-wr1-f45.google.com (mail-wr1-f45.google.com)",
              extra=(("In-Reply-To", "<e2c9a1b0-hk-2810@example.org>"),))
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


HARBORLINE_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:BBDE6A2F4D7C1E8E@calendly.com
DTSTAMP:20261026T180211Z
DTSTART:20261029T140000Z
DTEND:20261029T144500Z
SUMMARY:Hiring Manager Interview between Nathan Pereira and Hannes Krüger
ORGANIZER;CN=Nathan Pereira:mailto:nathan.pereira@harborline-renewables.com
ATTENDEE;CN=Hannes Krüger;RSVP=TRUE:mailto:hannes.krueger@example.org
LOCATION:https://harborline.zoom.us/j/81544320907
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""


@mail(N(11), family="calendly", lang="en", interview=True, kind="scheduled",
      start=utc("2026-10-29 15:00", BER), end=utc("2026-10-29 15:45", BER),
      local="Thu 2026-10-29 15:00", local_end="2026-10-29 15:45", zone=BER,
      contact="nathan.pereira@harborline-renewables.com", company="Harborline Renewables Inc.",
      note="Calendly invitee confirmation in the invitee's zone: '15:00 - 15:45 (Central European Time)' "
           "on Thu 29 Oct (Berlin already on CET, US still on EDT until 1 Nov) -> 14:00Z-14:45Z; the "
           "host's '10am my time' in Boston (EDT) agrees; contact = host (Reply-To, ORGANIZER).")
def p11():
    body = t("""
        Hi Hannes Krüger,

        Your Hiring Manager Interview with Nathan Pereira at 15:00 (Central European Time) on Thursday,
        October 29, 2026 is scheduled.

        Event Type:
        Hiring Manager Interview

        Event Date/Time:
        15:00 - 15:45 (Central European Time) on Thursday, October 29, 2026

        Location:
        This is a Zoom web conference.
        https://harborline.zoom.us/j/81544320907

        Invitee Time Zone:
        Central European Time

        Note from Nathan Pereira:
        Heads up, I'm in Boston, so this is 10am my time - the clocks here change a week after yours.

        Cancel: https://calendly.com/cancellations/5f2e0a1c-7b3d-4e2a-9c61
        Reschedule: https://calendly.com/reschedulings/5f2e0a1c-7b3d-4e2a-9c61

        Powered by Calendly.com
        """)
    page = t("""
        <html><body style="font-family:proxima-nova,sans-serif;color:#4d5055">
        <p>Hi Hannes Krüger,</p>
        <p>Your <b>Hiring Manager Interview</b> with <b>Nathan Pereira</b> at <b>15:00 (Central European Time) on Thursday, October 29, 2026</b> is scheduled.</p>
        <p><b>Event Type:</b><br>Hiring Manager Interview</p>
        <p><b>Event Date/Time:</b><br>15:00 - 15:45 (Central European Time) on Thursday, October 29, 2026</p>
        <p><b>Location:</b><br>This is a Zoom web conference.<br><a href="https://harborline.zoom.us/j/81544320907">https://harborline.zoom.us/j/81544320907</a></p>
        <p><b>Invitee Time Zone:</b><br>Central European Time</p>
        <p><b>Note from Nathan Pereira:</b><br>Heads up, I'm in Boston, so this is 10am my time - the clocks here change a week after yours.</p>
        <p><a href="https://calendly.com/cancellations/5f2e0a1c-7b3d-4e2a-9c61">Cancel</a> | <a href="https://calendly.com/reschedulings/5f2e0a1c-7b3d-4e2a-9c61">Reschedule</a></p>
        <p style="font-size:12px">Powered by Calendly.com</p>
        </body></html>
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Confirmed: Hiring Manager Interview with Nathan Pereira on Thursday, October 29, 2026",
              "2026-10-26 19:02", BER, "20261026180211.1.BBDE6A2F4D7C1E8E@calendly.com",
              mx_from="from o11.email.calendly.com (o11.email.calendly.com)",
              extra=(("Reply-To", addr("Nathan Pereira", "nathan.pereira@harborline-renewables.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(HARBORLINE_ICS, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(12), family="goodtime", lang="en", interview=True, kind="scheduled",
      start=utc("2026-11-12 09:30", BER), end=utc("2026-11-12 11:30", BER),
      local="Thu 2026-11-12 09:30", local_end="2026-11-12 11:30", zone=BER,
      contact="anika.sauer@voltmesh.io", company="Voltmesh GmbH",
      note="GoodTime itinerary with two sessions on Thu 12 Nov (09:30-10:15 and 10:30-11:30, CET, "
           "shown as 'Europe/Berlin (GMT+1)') -> first start 08:30Z to last end 10:30Z; no ICS; "
           "contact = coordinator in Reply-To.")
def p12():
    body = t("""
        Hi Hannes,

        Your onsite interview with Voltmesh is all set! Here is your itinerary.

        Thursday, November 12, 2026
        All times in Europe/Berlin (GMT+1)

          09:30 - 10:15  System design: fleet data pipeline
                         with Jonas Ebeling, Principal Engineer
          10:30 - 11:30  Team & values conversation
                         with Leonie Marx, Head of Operations Software

        Address: Voltmesh GmbH, Schlesische Straße 26, 10997 Berlin (3rd floor, ring "Voltmesh")

        Travel from Rostock is reimbursed; please keep your train tickets.

        Questions? Reply to this email and it will reach me.

        Anika Sauer
        Recruiting Coordinator, Voltmesh

        Scheduled with GoodTime
        """)
    page = t("""
        <html><body style="font-family:Inter,Arial,sans-serif;font-size:14px">
        <p>Hi Hannes,</p>
        <p>Your onsite interview with Voltmesh is all set! Here is your itinerary.</p>
        <h3 style="margin-bottom:2px">Thursday, November 12, 2026</h3>
        <p style="color:#666;margin-top:0">All times in Europe/Berlin (GMT+1)</p>
        <table cellpadding="6" style="border-collapse:collapse">
        <tr><td style="white-space:nowrap">09:30 - 10:15</td><td><b>System design: fleet data pipeline</b><br>with Jonas Ebeling, Principal Engineer</td></tr>
        <tr><td style="white-space:nowrap">10:30 - 11:30</td><td><b>Team &amp; values conversation</b><br>with Leonie Marx, Head of Operations Software</td></tr>
        </table>
        <p>Address: Voltmesh GmbH, Schlesische Straße 26, 10997 Berlin (3rd floor, ring "Voltmesh")</p>
        <p>Travel from Rostock is reimbursed; please keep your train tickets.</p>
        <p>Questions? Reply to this email and it will reach me.</p>
        <p>Anika Sauer<br>Recruiting Coordinator, Voltmesh</p>
        <p style="font-size:11px;color:#999">Scheduled with GoodTime</p>
        </body></html>
        """)
    hs = head(addr("Voltmesh Recruiting", "scheduling@goodtime.io"),
              "Your interview itinerary - Voltmesh, Thursday November 12",
              "2026-11-05 16:10", BER, "gt-itin-20261105151000-77c1@goodtime.io",
              mx_from="from mail.goodtime.io (mail.goodtime.io)",
              extra=(("Reply-To", addr("Anika Sauer", "anika.sauer@voltmesh.io")),))
    return message(hs, alt(text(body), html(page)))


HANSE_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Hanse Energienetze - Vorstellungsgespräche:mailto:Vorstellungsgespraeche@hanse-energienetze.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannes Krüger:mailto:hannes.krueger@example.org
DESCRIPTION;LANGUAGE=de-DE:Vorstellungsgespräch Netzleitstelle\\nMitarbeiter: Sandra Kroll\\n
UID:040000008200E00074C5B7101A82E0080000000031B7F2E4A971DC010000000000000000100000009E3C1A5D20F84C4AB1E7D6C3F2A19B08
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Netzleitstelle
DTSTART;TZID=W. Europe Standard Time:20261116T083000
DTEND;TZID=W. Europe Standard Time:20261116T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261111T201412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bleichstraße 11, 18055 Rostock
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""


@mail(N(13), family="ms_bookings", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-16 08:30", BER), end=utc("2026-11-16 09:30", BER),
      local="Mon 2026-11-16 08:30", local_end="2026-11-16 09:30", zone=BER,
      contact=None, company="Hanse Energienetze Rostock GmbH",
      note="Microsoft Bookings confirmation from the shared Bookings mailbox; 'Montag, 16. November 2026 "
           "08:30 (UTC+01:00) Amsterdam, Berlin...', 'Dauer: 60 Minuten' -> 07:30Z-08:30Z; staff name "
           "only, no personal address anywhere -> contact null.")
def p13():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#323130;max-width:600px">
        <div style="font-size:21px;padding:12px 0">Ihre Buchung ist bestätigt</div>
        <div>Hallo Hannes Krüger,</div>
        <div>vielen Dank für Ihre Buchung bei <b>Hanse Energienetze Rostock GmbH</b>.</div>
        <table cellpadding="4" style="margin:16px 0;font-size:14px">
        <tr><td style="color:#605e5c">Dienst</td><td>Vorstellungsgespräch Netzleitstelle</td></tr>
        <tr><td style="color:#605e5c">Datum und Uhrzeit</td><td>Montag, 16. November 2026 08:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</td></tr>
        <tr><td style="color:#605e5c">Dauer</td><td>60 Minuten</td></tr>
        <tr><td style="color:#605e5c">Mitarbeiter</td><td>Sandra Kroll</td></tr>
        <tr><td style="color:#605e5c">Ort</td><td>Bleichstraße 11, 18055 Rostock, Empfang Haus B</td></tr>
        </table>
        <div>Hinweis: Bitte melden Sie sich 10 Minuten vor Beginn am Empfang.</div>
        <div style="margin-top:16px"><a href="https://outlook.office365.com/owa/calendar/HanseEnergienetze@hanse-energienetze.de/bookings/">Buchung verwalten</a></div>
        <div style="margin-top:24px;font-size:12px;color:#a19f9d">Bereitgestellt von Microsoft Bookings</div>
        </div></body></html>
        """)
    hs = head(addr("Hanse Energienetze - Vorstellungsgespräche", "Vorstellungsgespraeche@hanse-energienetze.de"),
              "Ihre Buchung ist bestätigt: Vorstellungsgespräch Netzleitstelle",
              "2026-11-11 21:14", BER, "AM9P191MB1285E1B0C9E3D2A7F4B5A82C6D3E0@AM9P191MB1285.EURP191.PROD.OUTLOOK.COM",
              mx_from="from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2061.outbound.protection.outlook.com)",
              extra=(("Content-Language", "de-DE"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(html(page, cte="base64"),
                             calendar(HANSE_ICS, cte="base64", filename="Buchung.ics", disposition="attachment",
                                      name_param=True)))


RUEGEN_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//Terminplaner//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:sg-4471902-termin-1@softgarden.io
DTSTAMP:20261113T093012Z
DTSTART;VALUE=DATE:20261119
DTEND;VALUE=DATE:20261120
SUMMARY:Vorstellungsgespräch Rügen Offshore Betrieb GmbH (14:00 Uhr)
LOCATION:Servicehafen Mukran\\, Hafenstraße 4\\, 18546 Sassnitz
ORGANIZER;CN=Rügen Offshore Betrieb GmbH:mailto:noreply@mail.softgarden.io
ATTENDEE;CN=Hannes Krüger;RSVP=TRUE:mailto:hannes.krueger@example.org
TRANSP:TRANSPARENT
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""


@mail(N(14), family="softgarden", lang="de", interview=True, kind="scheduled",
      start=utc("2026-11-19 14:00", BER), end=None,
      local="Thu 2026-11-19 14:00", zone=BER,
      contact="friederike.block@ruegen-offshore.de", company="Rügen Offshore Betrieb GmbH",
      note="softgarden appointment confirmation 'Do., 19.11.2026, 14:00 Uhr bis ca. 15:00 Uhr' in "
           "Sassnitz, CET -> 13:00Z; 'ca.' -> end null; the attached ICS is an all-day event (VALUE=DATE) "
           "with the time only in the text; contact = named contact's address in the body.")
def p14():
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank, dass Sie sich einen Termin ausgewählt haben. Hiermit bestätigen wir Ihr
        Vorstellungsgespräch für die Position "Betriebsingenieur SCADA / Fernüberwachung (m/w/d)":

        Termin: Do., 19.11.2026, 14:00 Uhr bis ca. 15:00 Uhr
        Ort: Rügen Offshore Betrieb GmbH, Servicehafen Mukran, Hafenstraße 4, 18546 Sassnitz
        Gesprächspartner: Kapitän a. D. Uwe Starck (Betriebsleitung), Friederike Block (Personal)

        Ihre Ansprechpartnerin für Rückfragen:
        Friederike Block
        Tel. +49 38392 6610-40
        friederike.block@ruegen-offshore.de

        Bitte antworten Sie nicht direkt auf diese E-Mail.

        Mit freundlichen Grüßen
        Ihr Team der Rügen Offshore Betrieb GmbH

        Ihre Bewerbung verwalten: https://ruegen-offshore.softgarden.io/de/applicant/login
        """)
    page = t("""
        <html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Krüger,</p>
        <p>vielen Dank, dass Sie sich einen Termin ausgewählt haben. Hiermit bestätigen wir Ihr Vorstellungsgespräch für die Position &quot;Betriebsingenieur SCADA / Fernüberwachung (m/w/d)&quot;:</p>
        <p><b>Termin:</b> Do., 19.11.2026, 14:00 Uhr bis ca. 15:00 Uhr<br>
        <b>Ort:</b> Rügen Offshore Betrieb GmbH, Servicehafen Mukran, Hafenstraße 4, 18546 Sassnitz<br>
        <b>Gesprächspartner:</b> Kapitän a. D. Uwe Starck (Betriebsleitung), Friederike Block (Personal)</p>
        <p>Ihre Ansprechpartnerin für Rückfragen:<br>Friederike Block<br>Tel. +49 38392 6610-40<br>
        <a href="mailto:friederike.block@ruegen-offshore.de">friederike.block@ruegen-offshore.de</a></p>
        <p>Bitte antworten Sie nicht direkt auf diese E-Mail.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Team der Rügen Offshore Betrieb GmbH</p>
        <p style="font-size:11px"><a href="https://ruegen-offshore.softgarden.io/de/applicant/login">Ihre Bewerbung verwalten</a> &middot; powered by softgarden</p>
        </body></html>
        """)
    hs = head(addr("Rügen Offshore Betrieb GmbH", "noreply@mail.softgarden.io"),
              "Terminbestätigung: Ihr Vorstellungsgespräch am Do., 19.11.",
              "2026-11-13 10:30", BER, "sg.4471902.app.20261113093012@mail.softgarden.io",
              mx_from="from mout.softgarden.io (mout.softgarden.io)")
    return message(hs, mixed(alt(text(body, charset="iso-8859-15"), html(page, charset="iso-8859-15")),
                             calendar(RUEGEN_ICS, cte="quoted-printable", filename="Termin.ics",
                                      disposition="attachment", name_param=True)))


@mail(N(15), family="forward_self", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-03 10:00", BER), end=None,
      local="Thu 2026-12-03 10:00", zone=BER,
      contact="oliver.hartley@crestline-talent.co.uk", company="Elbmarsch Wind Engineering GmbH",
      note="Hannes forwards to himself (from his example.net address) an agency recruiter's confirmation: "
           "'Thursday 3 December at 10:00 (Hamburg time)' -> CET -> 09:00Z; no length; contact = the "
           "recruiter in the forwarded header (the sender is the candidate); company = the hiring client.")
def p15():
    body = t("""
        Notiz: Mappe + Zeugnisse ausdrucken, Zug 7:26 ab Rostock Hbf

        ---------- Forwarded message ---------
        From: Oliver Hartley <oliver.hartley@crestline-talent.co.uk>
        Date: Tue, 1 Dec 2026 at 15:02
        Subject: Confirmed: Thursday with Elbmarsch Wind Engineering
        To: Hannes Krüger <hannes.krueger@example.org>


        Hi Hannes,

        Great news - Elbmarsch have come back and confirmed you for Thursday 3 December at 10:00 (Hamburg
        time) at their office: Am Kaiserkai 12, 20457 Hamburg, 4th floor. You'll meet Kerstin Paulsen
        (Head of Engineering) and one of the senior SCADA guys, probably Finn.

        Dress code is relaxed, but bring a printed CV. Give me a ring afterwards and let me know how it
        went!

        Cheers,
        Oliver

        Oliver Hartley
        Senior Consultant, Renewables
        Crestline Talent Ltd | London - Hamburg
        +44 20 7946 0183
        """)
    hs = head(addr("Hannes Krüger", "hannes.krueger@example.net"),
              "Fwd: Confirmed: Thursday with Elbmarsch Wind Engineering",
              "2026-12-01 17:30", BER, "CAHk7m0p=Q2vL8xR4sYt1nB6cJ0dF9gH3kW@mail.gmail.com",
              mx_from="from mail-ej1-f54.google.com (mail-ej1-f54.google.com)")
    return message(hs, alt(text(body, cte="8bit"), html(gmail_html(body))))


SYDNEY_VTZ = """BEGIN:VTIMEZONE
TZID:Australia/Sydney
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE"""

SOUTHERLY_ICS = """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + SYDNEY_VTZ + """
BEGIN:VEVENT
UID:a8f1d2c4-77b0-4e5e-b1f3-southerly-0042
DTSTAMP:20261202T094005Z
DTSTART;TZID=Australia/Sydney:20261208T080000
DTEND;TZID=Australia/Sydney:20261208T090000
SEQUENCE:0
SUMMARY:Southerly Energy - Remote Operations Engineer (SCADA) Interview
LOCATION:https://meet.google.com/sso-pyrx-kde
ORGANIZER;CN=Chloe Brennan:mailto:chloe.brennan@southerly.energy
ATTENDEE;CN=Hannes Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannes.krueger@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""


@mail(N(16), family="ashby", lang="en", interview=True, kind="scheduled",
      start=utc("2026-12-08 08:00", "Australia/Sydney"), end=utc("2026-12-08 09:00", "Australia/Sydney"),
      local="Tue 2026-12-08 08:00", local_end="2026-12-08 09:00", zone="Australia/Sydney",
      contact="chloe.brennan@southerly.energy", company="Southerly Energy Pty Ltd",
      note="Ashby confirmation for a Sydney team: 'Tuesday, 8 December 2026, 8:00 AM - 9:00 AM AEDT' "
           "(UTC+11) -> Mon 7 Dec 21:00Z-22:00Z, the previous day in UTC (the body also gives Monday 22:00 "
           "Berlin); no Reply-To; contact = human ORGANIZER in the ICS.")
def p16():
    body = t("""
        Hi Hannes,

        Your interview with Southerly Energy is confirmed. We're looking forward to speaking with you!

        Tuesday, 8 December 2026, 8:00 AM - 9:00 AM AEDT
        (for you in Rostock: Monday, 7 December, 22:00 - 23:00)

        Google Meet: https://meet.google.com/sso-pyrx-kde

        You'll meet with:
          Hamish Tran - Operations Technology Lead
          Chloe Brennan - Talent Acquisition

        We know the time is a late one for you - thank you for making it work across hemispheres.

        Southerly Energy Recruiting
        """)
    page = t("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
        <p>Hi Hannes,</p>
        <p>Your interview with Southerly Energy is confirmed. We&#x27;re looking forward to speaking with you!</p>
        <p><b>Tuesday, 8 December 2026, 8:00 AM - 9:00 AM AEDT</b><br>(for you in Rostock: Monday, 7 December, 22:00 - 23:00)</p>
        <p>Google Meet: <a href="https://meet.google.com/sso-pyrx-kde">https://meet.google.com/sso-pyrx-kde</a></p>
        <p>You&#x27;ll meet with:<br>Hamish Tran - Operations Technology Lead<br>Chloe Brennan - Talent Acquisition</p>
        <p>We know the time is a late one for you - thank you for making it work across hemispheres.</p>
        <p>Southerly Energy Recruiting</p>
        </body></html>
        """)
    hs = head(addr("Southerly Energy", "no-reply@ashbyhq.com"),
              "Interview confirmed: Remote Operations Engineer (SCADA) at Southerly Energy",
              "2026-12-02 09:40", "UTC", "0100019b2c3d4e5f-southerly-0042-000000@email.amazonses.com",
              mx_from="from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com)")
    return message(hs, mixed(alt(text(body, cte="base64"), html(page, cte="base64")),
                             calendar(SOUTHERLY_ICS, cte="base64", filename="invite.ics",
                                      disposition="attachment")))


# =========================================================================== positives: rescheduled

OSTSEE_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-event-9d3e51a0-ostsee@workable.com
DTSTAMP:20261002T091812Z
DTSTART:20261007T130000Z
DTEND:20261007T134500Z
SEQUENCE:1
SUMMARY:Interview: Hannes Krüger - Data & SCADA Integration Engineer
LOCATION:https://meet.google.com/ofd-kqnv-rtz
ORGANIZER;CN=Ostsee Digital Energy:mailto:ostsee-digital-energy+9d3e51a0@candidates.workablemail.com
ATTENDEE;CN=Hannes Krüger;RSVP=TRUE:mailto:hannes.krueger@example.org
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""


@mail(N(17), family="workable", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-10-07 15:00", BER), end=utc("2026-10-07 15:45", BER),
      local="Wed 2026-10-07 15:00", local_end="2026-10-07 15:45", zone=BER,
      contact="carla.mendes@ostsee-digital.energy", company="Ostsee Digital Energy GmbH",
      note="Workable reschedule: previous Tue 6 Oct 11:00 CEST, new 'Wed, Oct 7, 2026 3:00 PM - 3:45 PM "
           "(Europe/Berlin)' -> 13:00Z-13:45Z (ICS SEQUENCE:1 agrees); Reply-To and ORGANIZER are Workable "
           "relays; contact = the interviewer's address in the body.")
def p17():
    body = t("""
        Hi Hannes,

        Your interview for the Data & SCADA Integration Engineer job at Ostsee Digital Energy has been
        rescheduled.

        Previous time:  Tue, Oct 6, 2026 11:00 AM (Europe/Berlin)
        New time:       Wed, Oct 7, 2026 3:00 PM - 3:45 PM (Europe/Berlin)

        Interviewer: Carla Mendes, CTO (carla.mendes@ostsee-digital.energy)
        Video call: https://meet.google.com/ofd-kqnv-rtz

        An updated calendar invitation is attached. Sorry for the shuffle - Carla's flight back from
        Aarhus was moved.

        Best,
        The Ostsee Digital Energy hiring team

        --
        Reply to this email to message the hiring team directly.
        Powered by Workable
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
        <p>Hi Hannes,</p>
        <p>Your interview for the <b>Data &amp; SCADA Integration Engineer</b> job at Ostsee Digital Energy has been rescheduled.</p>
        <table cellpadding="4">
        <tr><td style="color:#999"><s>Previous time:</s></td><td style="color:#999"><s>Tue, Oct 6, 2026 11:00 AM (Europe/Berlin)</s></td></tr>
        <tr><td><b>New time:</b></td><td><b>Wed, Oct 7, 2026 3:00 PM - 3:45 PM (Europe/Berlin)</b></td></tr>
        </table>
        <p>Interviewer: Carla Mendes, CTO (<a href="mailto:carla.mendes@ostsee-digital.energy">carla.mendes@ostsee-digital.energy</a>)<br>
        Video call: <a href="https://meet.google.com/ofd-kqnv-rtz">https://meet.google.com/ofd-kqnv-rtz</a></p>
        <p>An updated calendar invitation is attached. Sorry for the shuffle - Carla's flight back from Aarhus was moved.</p>
        <p>Best,<br>The Ostsee Digital Energy hiring team</p>
        <p style="font-size:11px;color:#888">Reply to this email to message the hiring team directly.<br>Powered by Workable</p>
        </body></html>
        """)
    hs = head(addr("Ostsee Digital Energy", "noreply@candidates.workablemail.com"),
              "Rescheduled: your interview with Ostsee Digital Energy",
              "2026-10-02 11:18", BER, "wk.9d3e51a0.resched.1@candidates.workablemail.com",
              mx_from="from mail-out-12.workablemail.com (mail-out-12.workablemail.com)",
              extra=(("Reply-To", addr("Ostsee Digital Energy",
                                       "ostsee-digital-energy+9d3e51a0@candidates.workablemail.com")),))
    return message(hs, mixed(alt(text(body), html(page)),
                             calendar(OSTSEE_ICS, cte="quoted-printable", filename="invite.ics",
                                      disposition="attachment")))


@mail(N(18), family="human_prose", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-10-23 13:30", BER), end=None,
      local="Fri 2026-10-23 13:30", zone=BER,
      contact="k.thiessen@hab-rostock.de", company="Hanseatische Anlagenbetreuung GmbH",
      note="Outlook reply (windows-1252, QP) moving 'Do., 22.10. um 9 Uhr' to 'Fr., 23.10., um 13:30 Uhr' "
           "(stated as done, not proposed), CEST -> 11:30Z; new time = start; contact = human sender.",
      days=(("Thu", "2026-10-22"), ("Fri", "2026-10-23")))
def p18():
    body = t("""
        Guten Morgen Herr Krüger,

        leider muss ich unseren Termin am Do., 22.10. um 9 Uhr verlegen – ich bin kurzfristig für eine Inbetriebnahme auf der Umspannplattform eingeteilt und komme erst Donnerstagabend zurück.

        Ich habe das mit Frau Rieck abgestimmt und den Termin fest auf Fr., 23.10., um 13:30 Uhr umgelegt, gleicher Ort (Am Warnowufer 60, Haus 2, Raum 2.14). Sie hatten ja geschrieben, dass Freitagnachmittag bei Ihnen grundsätzlich geht – falls nicht, rufen Sie mich bitte kurz an.

        Entschuldigen Sie die Umstände!

        Mit freundlichen Grüßen
        Kai-Uwe Thießen
        Leiter Fernüberwachung

        Hanseatische Anlagenbetreuung GmbH
        Am Warnowufer 60 · 18057 Rostock
        Tel. +49 381 4059-330 · Mobil +49 171 5523901

        -----Ursprüngliche Nachricht-----
        Von: Hannes Krüger <hannes.krueger@example.org>
        Gesendet: Mittwoch, 14. Oktober 2026 18:22
        An: Thießen, Kai-Uwe <k.thiessen@hab-rostock.de>
        Betreff: AW: Ihre Bewerbung als SCADA-Ingenieur

        Sehr geehrter Herr Thießen,

        vielen Dank, der 22.10. um 9 Uhr passt mir sehr gut. Alternativ ginge bei mir generell auch Freitagnachmittag.

        Mit freundlichen Grüßen
        Hannes Krüger
        """)
    hs = head(addr("Thießen, Kai-Uwe", "k.thiessen@hab-rostock.de", "iso-8859-1"),
              "AW: Ihre Bewerbung als SCADA-Ingenieur – Terminverschiebung",
              "2026-10-19 08:47", BER, "DB9PR02MB7341C2E0A5B3F1D96E0A4C77B1E2A@DB9PR02MB7341.eurprd02.prod.outlook.com",
              mx_from="from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2100.outbound.protection.outlook.com)",
              extra=(("In-Reply-To", "<hk.20261014182201.a61f@example.org>"),
                     ("References", "<tq.20261012.hab.33@hab-rostock.de> <hk.20261014182201.a61f@example.org>"),
                     ("Thread-Topic", "Ihre Bewerbung als SCADA-Ingenieur"),
                     ("Content-Language", "de-DE"),
                     ("X-Mailer", "Microsoft Outlook 16.0")))
    return message(hs, text(body, charset="windows-1252"))


@mail(N(19), family="icims", lang="en", interview=True, kind="rescheduled",
      start=utc("2026-11-02 09:00", "America/Detroit"), end=utc("2026-11-02 10:00", "America/Detroit"),
      local="Mon 2026-11-02 09:00", local_end="2026-11-02 10:00", zone="America/Detroit",
      contact="bkowalczyk@glturbine.com", company="Great Lakes Turbine Services Inc.",
      note="iCIMS reschedule sent Thu 29 Oct in EDT (-0400); new time 'Monday, November 2, 2026, 9:00 AM - "
           "10:00 AM Eastern Time', the day after US DST ends -> EST (UTC-5) -> 14:00Z-15:00Z (old slot Fri "
           "30 Oct 10:00 EDT also stated); contact = recruiter's address in the body.")
def p19():
    page = t("""
        <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
        <p>Dear Hannes,</p>
        <p>Due to a scheduling conflict on our side, your interview for <b>Remote SCADA Engineer - EMEA Fleet (Req #4418)</b> has been rescheduled.</p>
        <p><b>Original date/time:</b> Friday, October 30, 2026, 10:00 AM Eastern Time<br>
        <b>New date/time:</b> Monday, November 2, 2026, 9:00 AM - 10:00 AM Eastern Time</p>
        <p><b>Format:</b> Microsoft Teams video interview<br>
        <b>Panel:</b> Greg Lindqvist (Director, Remote Operations), Ayesha Rahman (SCADA Lead)</p>
        <p>Please note that clocks in the US change on Sunday, November 1.</p>
        <p>If you have any questions, please contact your recruiter, Brittany Kowalczyk, at
        <a href="mailto:bkowalczyk@glturbine.com">bkowalczyk@glturbine.com</a>.</p>
        <p>Sincerely,<br>Talent Acquisition<br>Great Lakes Turbine Services Inc.</p>
        <p style="font-size:10px;color:#777">This is an automated message from our applicant tracking system. Please do not reply.<br>
        <a href="https://careers-glturbine.icims.com/jobs/4418/login">Candidate portal</a></p>
        </body></html>
        """)
    hs = head(addr("Great Lakes Turbine Services", "glturbine@talent.icims.com"),
              "Interview Rescheduled - Remote SCADA Engineer - EMEA Fleet",
              "2026-10-29 14:15", "America/Detroit", "1790534100.4418.61@talent.icims.com",
              mx_from="from smtp-out-2.icims.com (smtp-out-2.icims.com)")
    return message(hs, html(page, charset="windows-1252"))


ELBE_ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261210T153000
DTEND;TZID=Europe/Berlin:20261210T163000
DTSTAMP:20261204T080311Z
ORGANIZER;CN=Timo Brandt:mailto:timo.brandt@elbe-windpark.de
UID:6t1h0o8g3p2r5n7c9b4v1x6z2k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=hannes.krueger@example.org;X-NUM-GUESTS=0:mailto:hannes.krueger@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Timo Brandt;X-NUM-GUESTS=0:mailto:timo.brandt@elbe-windpark.de
CREATED:20261127T101502Z
DESCRIPTION:Zweitgespräch mit Geschäftsführung. Adresse: Hohe Bleichen 8, 20354 Hamburg
LAST-MODIFIED:20261204T080311Z
LOCATION:Hohe Bleichen 8, 20354 Hamburg
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Zweitgespräch SCADA – Hannes Krüger
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


@mail(N(20), family="google_calendar", lang="de", interview=True, kind="rescheduled",
      start=utc("2026-12-10 15:30", BER), end=utc("2026-12-10 16:30", BER),
      local="Thu 2026-12-10 15:30", local_end="2026-12-10 16:30", zone=BER,
      contact="timo.brandt@elbe-windpark.de", company="Elbe Windpark Betriebsführung GmbH",
      note="German Google Calendar 'Aktualisierte Einladung' (time changed from 10:00-11:00 to 15:30-16:30 "
           "the same day, MEZ) -> 14:30Z-15:30Z; ICS SEQUENCE:1; contact = organizer.")
def p20():
    body = t("""
        Diese Veranstaltung wurde geändert.

        Zweitgespräch SCADA – Hannes Krüger
        Geändert: Donnerstag, 10. Dezember 2026 · 15:30–16:30
        Zuvor: Donnerstag, 10. Dezember 2026 · 10:00–11:00
        Zeitzone: Europe/Berlin

        Ort
        Hohe Bleichen 8, 20354 Hamburg
        https://www.google.com/maps/search/Hohe+Bleichen+8,+20354+Hamburg

        Zweitgespräch mit Geschäftsführung. Adresse: Hohe Bleichen 8, 20354 Hamburg

        Organisator
        Timo Brandt
        timo.brandt@elbe-windpark.de

        Gäste
        Timo Brandt - Organisator
        hannes.krueger@example.org

        Einladung von Google Kalender
        """)
    page = t("""
        <html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">
        <div style="background:#fef7e0;padding:8px 12px;font-size:14px">Diese Veranstaltung wurde geändert.</div>
        <h2 style="font-size:20px;font-weight:400">Zweitgespräch SCADA – Hannes Krüger</h2>
        <div><span style="color:#d93025">Geändert:</span> Donnerstag, 10. Dezember 2026 · 15:30–16:30</div>
        <div style="color:#70757a"><s>Donnerstag, 10. Dezember 2026 · 10:00–11:00</s></div>
        <div>Zeitzone: Europe/Berlin</div>
        <p><b>Ort</b><br>Hohe Bleichen 8, 20354 Hamburg</p>
        <p>Zweitgespräch mit Geschäftsführung. Adresse: Hohe Bleichen 8, 20354 Hamburg</p>
        <p><b>Organisator</b><br>Timo Brandt<br>timo.brandt@elbe-windpark.de</p>
        <p style="color:#70757a;font-size:12px">Einladung von Google Kalender</p>
        </div></body></html>
        """)
    subj = ("Aktualisierte Einladung: Zweitgespräch SCADA – Hannes Krüger @ Do., 10. Dez. 2026 15:30 - 16:30 "
            "(MEZ) (hannes.krueger@example.org)")
    hs = head(addr("Timo Brandt", "timo.brandt@elbe-windpark.de"), subj,
              "2026-12-04 09:03", BER, "calendar-c51f0e2a-6b7d-4c88-91e4-0f3d2a7b6c19@google.com",
              mx_from="from mail-sor-f69.google.com (mail-sor-f69.google.com)",
              extra=(("Reply-To", addr("Timo Brandt", "timo.brandt@elbe-windpark.de")),
                     ("Sender", addr("Google Calendar", "calendar-notification@google.com"))))
    return message(hs, mixed(alt(text(body), html(page), calendar(ELBE_ICS, cte="base64")),
                             calendar(ELBE_ICS, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


# =========================================================================== positives: cancelled


@mail(N(21), family="taleo", lang="de", interview=True, kind="cancelled",
      start=utc("2026-10-28 10:00", BER), end=None,
      local="Wed 2026-10-28 10:00", zone=BER,
      contact="lars.bendixen@nordmark-energietechnik.de", company="Nordmark Energietechnik AG",
      note="Taleo 'Absage Ihres Interviewtermins' (a cancellation, not a rejection): 'Mittwoch, 28.10.2026, "
           "um 10:00 Uhr', after the change to CET -> 09:00Z; a new date only promised; iso-8859-1 QP; "
           "contact = the named contact's address in the body.")
def p21():
    body = t("""
        Sehr geehrter Herr Krüger,

        leider müssen wir den mit Ihnen vereinbarten Interviewtermin am Mittwoch, 28.10.2026, um 10:00 Uhr
        (Stellennummer 2600317, Ingenieur Leittechnik Windparks, Hamburg) absagen, da sich die
        Zusammensetzung des Auswahlgremiums kurzfristig geändert hat.

        Ihre Bewerbung bleibt selbstverständlich im Verfahren. Wir werden uns in den nächsten Wochen mit
        einem neuen Terminvorschlag bei Ihnen melden.

        Für Rückfragen steht Ihnen Herr Lars Bendixen (lars.bendixen@nordmark-energietechnik.de,
        Tel. 040 33 41 82-117) gern zur Verfügung.

        Mit freundlichen Grüßen

        Nordmark Energietechnik AG
        Personalmarketing & Recruiting

        Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
        """)
    hs = head(addr("Nordmark Energietechnik AG", "nordmark@taleo.net"),
              "Absage Ihres Interviewtermins - Stellennummer 2600317",
              "2026-10-26 08:02", BER, "1348915.1792997320117.JavaMail.taleo@tlomail01.taleo.net",
              mx_from="from tlomail01.taleo.net (tlomail01.taleo.net)", charset="iso-8859-1")
    return message(hs, text(body, charset="iso-8859-1"))


HAVEL_ICS = """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Reuter, Claudia:mailto:claudia.reuter@havelwind.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannes.krueger@example.org:mailto:hannes.krueger@example.org
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Krüger\\, leider muss ich diesen Termin absagen.\\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch SCADA Engineer – Hannes Krüger
DTSTART;TZID=W. Europe Standard Time:20261111T140000
DTEND;TZID=W. Europe Standard Time:20261111T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261109T152011Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Havelwind Projekt GmbH\\, Stralauer Allee 7\\, 10245 Berlin
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR"""


@mail(N(22), family="exchange_outlook", lang="de", interview=True, kind="cancelled",
      start=utc("2026-11-11 14:00", BER), end=utc("2026-11-11 15:00", BER),
      local="Wed 2026-11-11 14:00", local_end="2026-11-11 15:00", zone=BER,
      contact="claudia.reuter@havelwind.de", company="Havelwind Projekt GmbH",
      note="Exchange cancellation (METHOD:CANCEL, 'Abgesagt:') of Wed 11 Nov 14:00-15:00 CET -> "
           "13:00Z-14:00Z; the body announces a separate new invitation for Fri 13 Nov 10:00, but this mail "
           "cancels the old slot, so kind cancelled with the cancelled slot; contact = organizer/sender.",
      days=(("Wed", "2026-11-11"), ("Fri", "2026-11-13")))
def p22():
    body = t("""
        Wann: Mittwoch, 11. November 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
        Wo: Havelwind Projekt GmbH, Stralauer Allee 7, 10245 Berlin

        *~*~*~*~*~*~*~*~*~*

        Hallo Herr Krüger,

        leider muss ich diesen Termin absagen, unser Teamleiter Netzintegration ist diese Woche krank.
        Wir möchten Sie aber unbedingt kennenlernen: Den neuen Termin am Freitag, 13.11., um 10:00 Uhr
        schicke ich Ihnen gleich als separate Einladung.

        Viele Grüße
        Claudia Reuter
        Havelwind Projekt GmbH | People & Culture
        """)
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div class="WordSection1">
        <p class="MsoNormal">Wann: Mittwoch, 11. November 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.<br>Wo: Havelwind Projekt GmbH, Stralauer Allee 7, 10245 Berlin</p>
        <p class="MsoNormal"><span style="color:#A6A6A6">*~*~*~*~*~*~*~*~*~*</span></p>
        <p class="MsoNormal">Hallo Herr Krüger,</p>
        <p class="MsoNormal">leider muss ich diesen Termin absagen, unser Teamleiter Netzintegration ist diese Woche krank. Wir möchten Sie aber unbedingt kennenlernen: Den neuen Termin am Freitag, 13.11., um 10:00 Uhr schicke ich Ihnen gleich als separate Einladung.</p>
        <p class="MsoNormal">Viele Grüße<br>Claudia Reuter<br>Havelwind Projekt GmbH | People &amp; Culture</p>
        </div></body></html>
        """)
    hs = head(addr("Reuter, Claudia", "claudia.reuter@havelwind.de"),
              "Abgesagt: Vorstellungsgespräch SCADA Engineer – Hannes Krüger",
              "2026-11-09 16:20", BER, "BE1P281MB2213A9C7D0E4F5B6A1C2D3E4F5A6B@BE1P281MB2213.DEUP281.PROD.OUTLOOK.COM",
              mx_from="from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2093.outbound.protection.outlook.com)",
              extra=(("Importance", "high"),
                     ("Content-Language", "de-DE"),
                     ("Content-class", "urn:content-classes:calendarmessage"),
                     ("X-MS-Has-Attach", ""),
                     ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAADx4tPEtabcAQAAAAAAAAAAEAAAAA==")))
    return message(hs, alt(text(body), html(page), calendar(HAVEL_ICS, method="CANCEL", cte="base64")))


@mail(N(23), family="human_prose", lang="de", interview=True, kind="cancelled",
      start=utc("2026-12-14 11:00", BER), end=None,
      local="Mon 2026-12-14 11:00", zone=BER,
      contact="meike.jantzen@strelasund-energie.de", company="Strelasund Energie GmbH",
      note="Reply (du) calling off 'unser Gespräch am Montag um 11 Uhr' because the post was filled "
           "internally; Date Fri 11 Dec -> Mon 14 Dec 11:00 CET -> 10:00Z (the quoted confirmation says "
           "'Montag, 14.12., um 11 Uhr'); no new time; contact = human sender.")
def p23():
    body = t("""
        Hallo Hannes,

        leider schlechte Nachrichten zum Wochenende: Die Stelle ist jetzt doch intern besetzt worden, ein Kollege aus der Instandhaltung wechselt rüber. Unser Gespräch am Montag um 11 Uhr muss ich deshalb absagen – tut mir ehrlich leid, so kurzfristig.

        Ich behalte deine Unterlagen gern, wenn du einverstanden bist. Im Frühjahr schreiben wir voraussichtlich noch eine Stelle in der Leitwarte aus.

        Viele Grüße
        Meike

        Meike Jantzen
        Personal | Strelasund Energie GmbH
        Frankendammstraße 21, 18439 Stralsund

        Am Di., 8. Dez. 2026 um 10:14 Uhr schrieb Meike Jantzen <meike.jantzen@strelasund-energie.de>:
        > Hallo Hannes,
        >
        > super, dann machen wir Montag, 14.12., um 11 Uhr bei uns in der Frankendammstraße.
        > Melde dich einfach am Empfang.
        >
        > Viele Grüße
        > Meike
        """)
    hs = head(addr("Meike Jantzen", "meike.jantzen@strelasund-energie.de"),
              "Re: Gespräch Montag",
              "2026-12-11 15:12", BER, "CAFm2QeR7c9=xT0pL4vB1nY8sK3dJ6hG5wZ@mail.gmail.com",
              mx_from="from mail-lf1-f48.google.com (mail-lf1-f48.google.com)",
              extra=(("In-Reply-To", "<CAFm2QeN1a8vR3tL0pX7cB4kD2sJ9hW6yQ@mail.gmail.com>"),
                     ("References", "<CAFm2QeN1a8vR3tL0pX7cB4kD2sJ9hW6yQ@mail.gmail.com>")))
    return message(hs, alt(text(body), html(gmail_html(body))))


# =========================================================================== negatives


@mail(N(24), family="rejection", lang="de", interview=False, company="Kranwerk Digital GmbH",
      note="Recruitee rejection after an interview held on Tue 29.09.; names a past interview only.",
      days=(("Tue", "2026-09-29"),))
def n24():
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für Ihr Interesse an Kranwerk Digital und für das angenehme Gespräch am Dienstag,
        29.09., mit Frau Evers und Herrn Lange.

        Nach sorgfältiger Abwägung haben wir uns entschieden, den weiteren Prozess mit einer Kandidatin
        fortzuführen, deren Profil noch etwas genauer zu unseren aktuellen Anforderungen im Bereich
        Hafenkran-Automatisierung passt. Diese Entscheidung ist uns nicht leicht gefallen.

        Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und würden uns freuen, wenn Sie
        unsere Stellenangebote weiter verfolgen.

        Mit freundlichen Grüßen
        Ihr Kranwerk Digital Recruiting-Team

        Kranwerk Digital GmbH · Seehafen 5 · 18147 Rostock
        """)
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.replace("\n\n", "\x00").replace(
        "\n", "<br>").split("\x00")) + "</body></html>\n"
    hs = head(addr("Kranwerk Digital GmbH", "kranwerk-digital@mail.recruitee.com"),
              "Ihre Bewerbung bei Kranwerk Digital",
              "2026-10-08 16:41", BER, "rt.offer-1188.cand-552019.rej@mail.recruitee.com",
              mx_from="from mail-ej1-o22.recruitee.com (mail-ej1-o22.recruitee.com)")
    return message(hs, alt(text(body), html(page)))


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def pdf_part(name: str) -> Part:
    body = base64.encodebytes(FAKE_PDF).replace(b"\n", b"\r\n")
    return Part([("Content-Type", f'application/pdf; name="{name}"'),
                 ("Content-Disposition", f'attachment; filename="{name}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


@mail(N(25), family="offer", lang="de", interview=False, company="Warnow Windservice GmbH",
      note="Offer after the 17.09. interview (thread with the Personio invitation); a phone call 'am "
           "Mittwoch um 16 Uhr' about open questions and a reply deadline Fr., 16.10. are fixed, but no "
           "interview.",
      days=(("Fri", "2026-10-16"), ("Wed", "2026-10-07")))
def n25():
    body = t("""
        Sehr geehrter Herr Krüger,

        wir freuen uns sehr, Ihnen nach dem Gespräch am 17.09. und dem Termin in der Leitwarte die Stelle
        als SCADA-Ingenieur (m/w/d) in unserer Betriebsführung anbieten zu können. Den Vertragsentwurf
        finden Sie im Anhang; als Eintrittsdatum haben wir den 01.01.2027 vorgesehen.

        Herr Hamann würde offene Fragen gern am Mittwoch um 16 Uhr telefonisch mit Ihnen klären - er ruft
        Sie dann auf Ihrem Handy an. Bitte geben Sie uns bis Fr., 16.10. Bescheid, ob Sie das Angebot
        annehmen möchten.

        Mit freundlichen Grüßen
        Katrin Lüth
        Personal & Recruiting
        Warnow Windservice GmbH
        Am Strande 3 · 18055 Rostock
        """)
    hs = head(addr("Katrin Lüth", "katrin.lueth@warnow-windservice.de"),
              "Vertragsangebot SCADA-Ingenieur (m/w/d)",
              "2026-10-05 13:25", BER, "9c1e77f0a2b34d5e8f61@warnow-windservice.de",
              mx_from="from smtp.warnow-windservice.de (smtp.warnow-windservice.de)",
              extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    return message(hs, mixed(text(body, charset="iso-8859-15"), pdf_part("Vertragsangebot_Krueger.pdf")))


@mail(N(26), family="application_ack", lang="de", interview=False, company="Küstenstrom GmbH",
      note="JOIN application receipt (du); a 'Kennenlerngespräch' is only a possible next step.")
def n26():
    body = t("""
        Hallo Hannes,

        deine Bewerbung als SCADA Engineer (m/w/d) ist bei Küstenstrom GmbH eingegangen. 🎉

        Wie geht es jetzt weiter?
        Das Team von Küstenstrom sichtet alle Bewerbungen und meldet sich innerhalb von zwei Wochen bei
        dir – im besten Fall mit einer Einladung zum Kennenlerngespräch.

        Deine Bewerbung im Überblick:
        Position: SCADA Engineer (m/w/d)
        Standort: Rostock-Warnemünde
        Eingegangen am: 10.09.2026

        Viel Erfolg!
        Dein JOIN-Team

        Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
        JOIN Solutions AG · Zürich
        """)
    page = t("""
        <html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f9">
        <div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
        <p>Hallo Hannes,</p>
        <p>deine Bewerbung als <b>SCADA Engineer (m/w/d)</b> ist bei <b>Küstenstrom GmbH</b> eingegangen. 🎉</p>
        <h3>Wie geht es jetzt weiter?</h3>
        <p>Das Team von Küstenstrom sichtet alle Bewerbungen und meldet sich innerhalb von zwei Wochen bei dir – im besten Fall mit einer Einladung zum Kennenlerngespräch.</p>
        <p style="background:#f1f3ff;padding:12px">Position: SCADA Engineer (m/w/d)<br>Standort: Rostock-Warnemünde<br>Eingegangen am: 10.09.2026</p>
        <p>Viel Erfolg!<br>Dein JOIN-Team</p>
        <p style="font-size:11px;color:#999">Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.<br>JOIN Solutions AG · Zürich</p>
        </div></body></html>
        """)
    hs = head(addr("Küstenstrom GmbH über JOIN", "noreply@join.com"),
              "Deine Bewerbung bei Küstenstrom GmbH ist eingegangen",
              "2026-09-10 21:07", BER, "0102019a3d1f22c1-join-appl-7781093@eu-west-1.amazonses.com",
              mx_from="from a4-12.smtp-out.eu-west-1.amazonses.com (a4-12.smtp-out.eu-west-1.amazonses.com)")
    return message(hs, alt(text(body), html(page)))


@mail(N(27), family="job_alert", lang="de", interview=False, company=None,
      note="Job-board alert; 'Vorstellungsgespräche ab 15.10.' and 'Sofort-Interview' are ad copy.",
      days=(("Thu", "2026-10-15"),))
def n27():
    body = t("""
        NordJobs Jobagent: 6 neue Jobs für „SCADA“ in Rostock + 100 km

        1) SCADA-Ingenieur Windpark (m/w/d) – Vattholm Wind Service GmbH, Rostock
           Vorstellungsgespräche ab 15.10. – jetzt schnell bewerben!
        2) Leittechniker Netzleitstelle (w/m/d) – Stadtnetze Güstrow, Güstrow
           Sofort-Interview per Video möglich
        3) OT Security Engineer (m/w/d) – Marina Systems AG, Hamburg
        4) Inbetriebnehmer Umspannwerke (m/w/d) – ElektroNord Montage, Schwerin
        5) Remote Monitoring Specialist – Baltic Wind Operations, Stralsund
        6) Systemadministrator SCADA (m/w/d) – Kreiswerke Nordwestmecklenburg, Wismar

        Alle Jobs ansehen: https://www.nordjobs.de/jobagent/8812?utm_source=jobagent

        Jobagent bearbeiten oder abbestellen: https://www.nordjobs.de/jobagent/8812/abmelden
        NordJobs GmbH · Lange Straße 1 · 18055 Rostock
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <h2 style="color:#005a8c">6 neue Jobs für „SCADA“ in Rostock + 100 km</h2>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>SCADA-Ingenieur Windpark (m/w/d)</b><br>Vattholm Wind Service GmbH, Rostock<br><span style="background:#ffe08a;padding:2px 6px">Vorstellungsgespräche ab 15.10.</span></div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Leittechniker Netzleitstelle (w/m/d)</b><br>Stadtnetze Güstrow, Güstrow<br><span style="background:#c8f7c5;padding:2px 6px">Sofort-Interview per Video möglich</span></div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>OT Security Engineer (m/w/d)</b><br>Marina Systems AG, Hamburg</div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Inbetriebnehmer Umspannwerke (m/w/d)</b><br>ElektroNord Montage, Schwerin</div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Remote Monitoring Specialist</b><br>Baltic Wind Operations, Stralsund</div>
        <div style="border-bottom:1px solid #ddd;padding:8px 0"><b>Systemadministrator SCADA (m/w/d)</b><br>Kreiswerke Nordwestmecklenburg, Wismar</div>
        <p><a href="https://www.nordjobs.de/jobagent/8812?utm_source=jobagent">Alle Jobs ansehen</a></p>
        <p style="font-size:11px;color:#888"><a href="https://www.nordjobs.de/jobagent/8812/abmelden">Jobagent bearbeiten oder abbestellen</a><br>NordJobs GmbH · Lange Straße 1 · 18055 Rostock</p>
        </body></html>
        """)
    hs = head(addr("NordJobs Jobagent", "jobagent@mail.nordjobs.de"),
              "6 neue Jobs: SCADA-Ingenieur Windpark (m/w/d) und weitere",
              "2026-10-01 06:30", BER, "ja.8812.20261001.0630@mail.nordjobs.de",
              mx_from="from mail.nordjobs.de (mail.nordjobs.de)",
              extra=(("List-Unsubscribe", "<https://www.nordjobs.de/jobagent/8812/abmelden>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("Precedence", "bulk")))
    return message(hs, alt(text(body), html(page)))


@mail(N(28), family="newsletter_tips", lang="de", interview=False, company=None,
      note="Trade-magazine career newsletter with interview tips and a webinar 'Do., 17.12., 18:00 Uhr'; "
           "mailing list, confirms nothing for the reader.",
      days=(("Thu", "2026-12-17"),))
def n28():
    body = t("""
        NORDWIND KARRIERE – Ausgabe 49/2026

        Moin aus der Redaktion!

        IM FOKUS: So überzeugen Sie im Vorstellungsgespräch als Leittechniker*in
        Welche Fragen zu IEC 61850, Fernwirktechnik und Rufbereitschaft kommen fast immer? Drei
        Betriebsführer aus Husum, Rostock und Emden verraten, worauf sie im Gespräch achten – und warum
        "Erzählen Sie von Ihrem schlimmsten Störfall" keine Fangfrage ist.
        >> https://www.nordwind-magazin.de/karriere/vorstellungsgespraech-leittechnik

        LIVE-WEBINAR: Gehaltsverhandlung in der Windbranche
        Do., 17.12., 18:00 Uhr – kostenlos, Anmeldung unter
        https://www.nordwind-magazin.de/webinar/gehalt

        STELLENMARKT: 214 offene Stellen in Offshore-Betrieb und Service

        ------------------------------------------------------------
        Sie erhalten diesen Newsletter, weil Sie ihn auf nordwind-magazin.de abonniert haben.
        Abmelden: https://www.nordwind-magazin.de/newsletter/abmelden?u=hk55102
        Nordwind Fachverlag GmbH · Schiffbauerdamm 2 · 18055 Rostock
        """)
    hs = head(addr("Nordwind Karriere", "newsletter@nordwind-magazin.de"),
              "Vorstellungsgespräch Leittechnik: Die 7 Fragen, die immer kommen",
              "2026-12-08 07:00", BER, "nl.49-2026.hk55102@nordwind-magazin.de",
              mx_from="from mta7.nordwind-magazin.de (mta7.nordwind-magazin.de)",
              extra=(("List-Id", "Nordwind Karriere <karriere.nordwind-magazin.de>"),
                     ("List-Unsubscribe", "<https://www.nordwind-magazin.de/newsletter/abmelden?u=hk55102>"),
                     ("Precedence", "bulk")))
    return message(hs, text(body, charset="windows-1252"))


@mail(N(29), family="scheduling_link", lang="de", interview=False, company="Vorpommern Wind & Solar GmbH",
      note="Personio self-scheduling request: lists open slots (Di., 20.10. / Mi., 21.10.) and a link; "
           "nothing booked yet.",
      days=(("Tue", "2026-10-20"), ("Wed", "2026-10-21")))
def n29():
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für Ihre Bewerbung als Ingenieur Betriebsführung / SCADA (m/w/d). Wir möchten Sie gern
        kennenlernen!

        Bitte wählen Sie über den folgenden Link einen für Sie passenden Termin für ein Video-Interview
        (45 Minuten) aus:

        https://vorpommern-ws.jobs.personio.de/scheduling/7f3c1e90-8d2b

        Aktuell sind noch Zeitfenster frei am Di., 20.10. zwischen 9 und 12 Uhr sowie am Mi., 21.10.
        nachmittags. Sobald Sie einen Termin gewählt haben, erhalten Sie eine Bestätigung mit dem Link
        zum Gespräch.

        Mit freundlichen Grüßen
        Anja Dittmer
        Vorpommern Wind & Solar GmbH, Greifswald
        """)
    hs = head(addr("Vorpommern Wind & Solar GmbH", "no-reply@personio.de"),
              "Bitte wählen Sie einen Termin für Ihr Interview",
              "2026-10-14 09:48", BER, "0102019b11e2a7c4-vws-sched@eu-central-1.amazonses.com",
              mx_from="from a27-91.smtp-out.eu-central-1.amazonses.com (a27-91.smtp-out.eu-central-1.amazonses.com)")
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(30), family="recruiter_outreach", lang="de", interview=False,
      company="Küstenkopf Personalberatung GmbH",
      note="Agency cold outreach: 'Hätten Sie diese Woche noch Zeit für ein kurzes Telefonat?' - no time fixed.")
def n30():
    body = t("""
        Moin Herr Krüger,

        ich bin über Ihr Profil auf XING gestolpert und glaube, ich hätte etwas Spannendes für Sie: Ein
        Offshore-Betreiber in Hamburg baut gerade sein Remote Operations Center neu auf und sucht eine*n
        SCADA-Lead. Hybrid, 2 Tage Büro, Gehalt deutlich über Tarif.

        Hätten Sie diese Woche noch Zeit für ein kurzes, vertrauliches Telefonat? 15 Minuten reichen. Ich
        rufe auch gern abends an – schicken Sie mir einfach zwei, drei Zeiten, die Ihnen passen.

        Beste Grüße aus der Speicherstadt
        Sören Lamprecht
        Senior Consultant Energy & Infrastructure
        Küstenkopf Personalberatung GmbH
        Tel. +49 40 3008 2291 | soeren.lamprecht@kuestenkopf.de
        """)
    hs = head(addr("Sören Lamprecht", "soeren.lamprecht@kuestenkopf.de"),
              "Vertraulich: SCADA-Lead für Remote Operations Center (Hamburg)",
              "2026-09-15 08:14", BER, "a7b61c20-3f11-4e09-8d5a-kk0915@kuestenkopf.de",
              mx_from="from mail.kuestenkopf.de (mail.kuestenkopf.de)")
    return message(hs, text(body, cte="8bit"))


@mail(N(31), family="proposed_not_confirmed", lang="en", interview=False, company="Gridlytics GmbH",
      note="Recruiter proposes 'Would Tuesday at 10 work?' (and two alternatives) and will send an invite "
           "once Hannes picks; nothing confirmed.",
      days=(("Tue", "2026-11-10"),))
def n31():
    body = t("""
        Hi Hannes,

        thanks for sending over your availability! Would Tuesday at 10 work for a first call with Marek,
        our CTO? If not, Wednesday 14:00 or Thursday morning are also open on our side.

        Just let me know which one suits you and I'll send a calendar invite right away.

        Cheers,
        Lea

        Lea Hoffmann | Talent
        Gridlytics GmbH | Berlin
        lea.hoffmann@gridlytics.de

        On Wed, Nov 4, 2026 at 8:12 PM Hannes Krüger <hannes.krueger@example.org> wrote:
        > Hi Lea,
        > next week I'm flexible on Tuesday to Thursday, preferably before 3 pm.
        > Best, Hannes
        """)
    hs = head(addr("Lea Hoffmann", "lea.hoffmann@gridlytics.de"), "Re: First call with Gridlytics",
              "2026-11-05 10:31", BER, "CAJp3xV7yR0=mQ1tK8nL5wB2cZ9dH4sF6gA@mail.gmail.com",
              mx_from="from mail-pj1-f41.google.com (mail-pj1-f41.google.com)",
              extra=(("In-Reply-To", "<hk.20261104201201.b3@example.org>"),))
    return message(hs, alt(text(body), html(gmail_html(body))))


@mail(N(32), family="authority_appointment", lang="de", interview=False, company=None,
      note="Employment-agency (Agentur für Arbeit) invitation to a counselling appointment 'Dienstag, "
           "13.10.2026, um 09:15 Uhr' with legal-consequences notice; fixed time, not a job interview.",
      days=(("Tue", "2026-10-13"),))
def n32():
    body = t("""
        Sehr geehrter Herr Krüger,

        im Zusammenhang mit Ihrer Arbeitsuchendmeldung lade ich Sie zu einem persönlichen Gespräch ein.

        Termin:  Dienstag, 13.10.2026, um 09:15 Uhr
        Ort:     Agentur für Arbeit Rostock, Kopernikusstraße 1a, 18057 Rostock, Raum 2.107
        Bei:     Frau Schwanbeck, Arbeitsvermittlung

        Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation, Ihre laufenden Bewerbungen und
        mögliche Vorstellungsgespräche sprechen. Bitte bringen Sie Ihren Personalausweis, Ihren
        aktuellen Lebenslauf und Ihren Arbeitsvertrag (Befristung) mit.

        Rechtsfolgenbelehrung: Wenn Sie ohne wichtigen Grund dieser Einladung nicht Folge leisten, kann
        dies Auswirkungen auf einen späteren Leistungsanspruch haben. Können Sie den Termin nicht
        wahrnehmen, teilen Sie uns dies bitte vorher mit.

        Mit freundlichen Grüßen
        Ihre Agentur für Arbeit Rostock

        Diese Nachricht wurde automatisch aus dem Postfach "Meine eServices" erzeugt.
        Bitte antworten Sie nicht auf diese E-Mail.
        """)
    hs = head(addr("Bundesagentur für Arbeit", "noreply@arbeitsagentur.de"),
              "Einladung zu einem Gespräch – Ihre Agentur für Arbeit Rostock",
              "2026-10-05 06:12", BER, "20261005041200.2211904.eservices@arbeitsagentur.de",
              mx_from="from mx2.arbeitsagentur.de (mx2.arbeitsagentur.de)")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(33), family="press_interview", lang="de", interview=False, company=None,
      note="A regional journalist confirms an interview with Hannes for a newspaper series 'am Donnerstag, "
           "15.10., um 14 Uhr' by phone; fixed time, but a press interview, not a job interview.",
      days=(("Thu", "2026-10-15"),))
def n33():
    body = t("""
        Moin Herr Krüger,

        schön, dass es klappt! Wie am Telefon besprochen: Unser Interview für die Serie „Köpfe der
        Energiewende an der Küste" machen wir am Donnerstag, 15.10., um 14 Uhr. Ich rufe Sie auf dem
        Handy an, rechnen Sie mit etwa 30 bis 40 Minuten. Unser Fotograf meldet sich wegen eines
        Fototermins am Windpark separat.

        Die Fragen schicke ich Ihnen vorab, damit Sie mit Ihrem Arbeitgeber klären können, was Sie zur
        Leitwarte erzählen dürfen. Das Interview bekommen Sie vor Veröffentlichung zur Freigabe.

        Beste Grüße
        Wiebke Sommerfeld
        Redaktion Wirtschaft
        Küstenkurier · Rostock
        Tel. 0381 2034-561
        """)
    hs = head(addr("Wiebke Sommerfeld", "w.sommerfeld@kuestenkurier.de"),
              "Interview „Köpfe der Energiewende“ – Donnerstag",
              "2026-10-12 12:05", BER, "5e0b1a7d-c22f-4f96-a1e4-ks1012@kuestenkurier.de",
              mx_from="from mx.kuestenkurier.de (mx.kuestenkurier.de)")
    return message(hs, alt(text(body), html(gmail_html(body))))


WARNOWTAL_ICS = """BEGIN:VCALENDAR
PRODID:-//Hochschule Warnowtal//Bewerbungsportal//DE
VERSION:2.0
METHOD:PUBLISH
""" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
UID:auswahl-2026-wise-es-0417@hs-warnowtal.de
DTSTAMP:20261028T101500Z
DTSTART;TZID=Europe/Berlin:20261106T152000
DTEND;TZID=Europe/Berlin:20261106T154000
SUMMARY:Auswahlgespräch Master Energiesystemtechnik (berufsbegleitend)
LOCATION:Zoom
ORGANIZER;CN=Studierendensekretariat:mailto:master-bewerbung@hs-warnowtal.de
END:VEVENT
END:VCALENDAR"""


@mail(N(34), family="admission_interview", lang="de", interview=False, company=None,
      note="University admission interview ('Auswahlgespräch') for a part-time master's, 'Freitag, "
           "6. November 2026, 15:20-15:40 Uhr' with ICS; fixed time, not a job interview.",
      days=(("Fri", "2026-11-06"),))
def n34():
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Masterstudiengang
        Energiesystemtechnik zum Sommersemester 2027.

        Wir laden Sie hiermit zum Auswahlgespräch ein:

          Freitag, 6. November 2026, 15:20 - 15:40 Uhr
          online per Zoom (Zugangsdaten erhalten Sie am Vortag)
          Kommission: Prof. Dr.-Ing. Reimers, Prof. Dr. Lindemann

        Das Gespräch dient dazu, Ihre Motivation und Ihre fachliche Eignung kennenzulernen. Bitte halten
        Sie Ihren Personalausweis bereit.

        Mit freundlichen Grüßen
        Studierendensekretariat
        Hochschule Warnowtal – University of Applied Sciences
        """)
    hs = head(addr("Hochschule Warnowtal – Studierendensekretariat", "master-bewerbung@hs-warnowtal.de"),
              "Einladung zum Auswahlgespräch – Master Energiesystemtechnik",
              "2026-10-28 11:15", BER, "portal.2026wise.es.0417@hs-warnowtal.de",
              mx_from="from mailout.hs-warnowtal.de (mailout.hs-warnowtal.de)")
    return message(hs, mixed(text(body, cte="8bit"),
                             calendar(WARNOWTAL_ICS, method="PUBLISH", cte="8bit", filename="Auswahlgespraech.ics",
                                      disposition="attachment")))


@mail(N(35), family="sports_tryout", lang="de", interview=False, company=None,
      note="Handball club invites to a try-out 'Donnerstag um 19:30' (du); fixed time, not a job interview.")
def n35():
    body = t("""
        Moin Hannes,

        cool, dass du Lust hast! Komm gern Donnerstag um 19:30 zum Probetraining der 2. Herren,
        Sporthalle Warnemünde (Parkstraße), Halle 2. Hallenschuhe nicht vergessen, Harz ist erlaubt.

        Wir sind gerade ziemlich dünn besetzt auf Rückraum links, von daher passt das super. Nach dem
        Training gehen wir meistens noch auf ein Bier in den Anker.

        Sportliche Grüße
        Torben
        Trainer 2. Herren
        SV Warnemünde 1949 e.V. – Abteilung Handball
        """)
    hs = head(addr("Torben Kasch", "torben.kasch@sv-warnemuende.de"), "Re: Probetraining 2. Herren",
              "2026-09-21 22:16", BER, "20260921201601.GA8812@sv-warnemuende.de",
              mx_from="from mail.sv-warnemuende.de (mail.sv-warnemuende.de)",
              extra=(("In-Reply-To", "<hk.20260920.handball@example.org>"), ("User-Agent", "Mutt/2.2.12")))
    return message(hs, text(body, cte="8bit"), mime_version=True)


@mail(N(36), family="car_service", lang="de", interview=False, company=None,
      note="Car dealer's workshop booking 'Mo., 02.11.2026, 07:30 Uhr' (HTML only, iso-8859-1 QP); fixed "
           "time, not an interview.",
      days=(("Mon", "2026-11-02"),))
def n36():
    page = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
        <body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Sehr geehrter Herr Krüger,</p>
        <p>vielen Dank für Ihre Terminbuchung. Hiermit bestätigen wir Ihren Werkstatttermin:</p>
        <table cellpadding="4" border="0">
        <tr><td><b>Termin:</b></td><td>Mo., 02.11.2026, 07:30 Uhr (Fahrzeugannahme)</td></tr>
        <tr><td><b>Fahrzeug:</b></td><td>Skoda Octavia Combi, HRO-HK 482</td></tr>
        <tr><td><b>Leistungen:</b></td><td>Inspektion, Reifenwechsel (Winterräder eingelagert)</td></tr>
        <tr><td><b>Ihr Serviceberater:</b></td><td>Herr Maik Schröder</td></tr>
        </table>
        <p>Voraussichtliche Abholung: ab 15:00 Uhr. Ein Ersatzfahrzeug haben wir nicht reserviert.</p>
        <p>Mit freundlichen Grüßen<br>Ihr Serviceteam<br>Autohaus Nordtor GmbH &middot; Rostocker Straße 120 &middot; 18069 Rostock</p>
        </body></html>
        """)
    hs = head(addr("Autohaus Nordtor Service", "service@autohaus-nordtor.de"),
              "Terminbestätigung Werkstatt – Mo., 02.11.2026",
              "2026-10-28 17:02", BER, "dms.termin.552871@autohaus-nordtor.de",
              mx_from="from smtp.autohaus-nordtor.de (smtp.autohaus-nordtor.de)")
    return message(hs, html(page, charset="iso-8859-1"))


@mail(N(37), family="notary_appointment", lang="de", interview=False, company=None,
      note="Notary office confirms a signing appointment 'Donnerstag, 26.11.2026, 11:00 Uhr'; not an interview.",
      days=(("Thu", "2026-11-26"),))
def n37():
    body = t("""
        Sehr geehrter Herr Krüger,

        in der Grundstücksangelegenheit Krüger / Dahms (Kaufvertrag Gartengrundstück Kleingartenanlage
        "Am Schwanenteich") bestätigen wir Ihnen den Beurkundungstermin am

            Donnerstag, 26.11.2026, 11:00 Uhr

        in unseren Kanzleiräumen, Kröpeliner Straße 55, 18055 Rostock, 3. OG.

        Den Vertragsentwurf haben Sie bereits erhalten. Bitte bringen Sie einen gültigen
        Personalausweis und Ihre Steuer-ID mit.

        Mit freundlichen Grüßen
        i. A. Doreen Fitzner
        Notariat Dr. Hella Brüggemann
        """)
    hs = head(addr("Notariat Dr. Brüggemann", "kanzlei@notariat-brueggemann.de"),
              "Beurkundungstermin 26.11.2026 – UR-Nr. 1873/2026",
              "2026-11-16 14:44", BER, "notar.1873-2026.bestaetigung@notariat-brueggemann.de",
              mx_from="from mail.notariat-brueggemann.de (mail.notariat-brueggemann.de)")
    return message(hs, text(body, charset="iso-8859-15"))


KLARTEXT_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:C41F77A0E29B3D55@calendly.com
DTSTAMP:20261026T083012Z
DTSTART:20261030T150000Z
DTEND:20261030T160000Z
SUMMARY:Probe-Vorstellungsgespräch (60 Min) zwischen Ines Maraun und Hannes Krüger
ORGANIZER;CN=Ines Maraun:mailto:ines@klartext-karriere.de
ATTENDEE;CN=Hannes Krüger;RSVP=TRUE:mailto:hannes.krueger@example.org
LOCATION:https://klartext-karriere.whereby.com/ines
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""


@mail(N(38), family="mock_interview", lang="de", interview=False, company=None,
      note="Calendly booking with a career coach for a 'Probe-Vorstellungsgespräch' (mock interview) "
           "Fri 30 Oct 16:00-17:00 CET with ICS; fixed time, but practice, not a job interview.",
      days=(("Fri", "2026-10-30"),))
def n38():
    body = t("""
        Hallo Hannes Krüger,

        Ihr Termin Probe-Vorstellungsgespräch (60 Min) mit Ines Maraun um 16:00 (Mitteleuropäische Zeit)
        am Freitag, 30. Oktober 2026 ist geplant.

        Ereignistyp:
        Probe-Vorstellungsgespräch (60 Min)

        Datum/Uhrzeit des Ereignisses:
        16:00 - 17:00 (Mitteleuropäische Zeit) am Freitag, 30. Oktober 2026

        Ort:
        https://klartext-karriere.whereby.com/ines

        Notiz von Ines Maraun:
        Wir simulieren ein Fachinterview für die SCADA-Stelle bei MNL, inkl. Feedback und Video-Aufzeichnung.
        Bitte schicken Sie mir vorab die Stellenanzeige.

        Abbrechen: https://calendly.com/cancellations/0a71c3be-klartext
        Neu planen: https://calendly.com/reschedulings/0a71c3be-klartext

        Unterstützt von Calendly.com
        """)
    hs = head(addr("Calendly", "notifications@calendly.com"),
              "Bestätigt: Probe-Vorstellungsgespräch (60 Min) mit Ines Maraun am Freitag, 30. Oktober 2026",
              "2026-10-26 09:30", BER, "20261026083012.1.C41F77A0E29B3D55@calendly.com",
              mx_from="from o11.email.calendly.com (o11.email.calendly.com)",
              extra=(("Reply-To", addr("Ines Maraun", "ines@klartext-karriere.de")),))
    return message(hs, mixed(text(body), calendar(KLARTEXT_ICS, cte="base64", filename="invite.ics",
                                                   disposition="attachment")))


def _neighbour_original() -> bytes:
    body = t("""
        Sehr geehrter Herr Brandenburg,

        vielen Dank für Ihre Bewerbung als Elektroniker für Betriebstechnik (m/w/d). Gern laden wir Sie
        zu einem Vorstellungsgespräch ein:

        Termin: Montag, 09.11.2026, 10:00 Uhr
        Ort: Warnowstrom AG, Schmarler Damm 5, 18069 Rostock, Verwaltungsgebäude, Raum 014

        Bitte bestätigen Sie den Termin kurz per E-Mail.

        Mit freundlichen Grüßen
        Ilka Nehls
        Personalabteilung
        Warnowstrom AG
        ilka.nehls@warnowstrom.de
        """)
    hs = [("From", addr("Ilka Nehls", "ilka.nehls@warnowstrom.de")),
          ("To", addr("Olaf Brandenburg", "olaf.brandenburg@example.com")),
          ("Subject", enc("Einladung zum Vorstellungsgespräch – Elektroniker für Betriebstechnik")),
          ("Date", date("2026-10-30 10:05", BER)),
          ("Message-ID", "<7a1c3e55b0d94f21a6e8@warnowstrom.de>")]
    return message(hs, text(body))


@mail(N(39), family="forwarded_other", lang="de", interview=False, company=None,
      note="A neighbour forwards (as message/rfc822) his own interview invitation (Mo., 09.11.2026, 10:00) "
           "asking for tips; someone else's interview, not Hannes's.",
      days=(("Mon", "2026-11-09"),))
def n39():
    body = t("""
        Moin Hannes,

        du kennst dich ja aus mit dem ganzen Bewerbungskram – ich hab tatsächlich ein Gespräch bei
        Warnowstrom! Siehe unten. Hast du Tipps, was die da so fragen? Ich war seit 15 Jahren auf keinem
        Vorstellungsgespräch mehr.

        Wenn du Zeit hast, komm doch am Wochenende mal rüber auf ein Bier, dann erzähl ich.

        Gruß von nebenan
        Olaf
        """)
    hs = head(addr("Olaf Brandenburg", "olaf.brandenburg@example.com"),
              "Fwd: Einladung zum Vorstellungsgespräch – Elektroniker für Betriebstechnik",
              "2026-10-31 18:25", BER, "d1e2f3a4-olaf-fwd-1031@example.com",
              mx_from="from mout.example.com (mout.example.com)",
              extra=(("User-Agent", "Mozilla Thunderbird 128.3.0"),))
    return message(hs, mixed(text(body, cte="8bit"),
                             attached_message(_neighbour_original(), "Einladung zum Vorstellungsgespraech.eml")))


OSTWIND_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + VTZ["W. Europe Standard Time"] + """
BEGIN:VEVENT
ORGANIZER;CN=Garbe, Nicole:mailto:nicole.garbe@ostwind-bf.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Krüger, Hannes:mailto:hannes.krueger@ostwind-bf.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wendt, Arne:mailto:arne.wendt@ostwind-bf.de
DESCRIPTION;LANGUAGE=de-DE:Bewerbungsgespräch mit Herrn Jonas Meier (Junior SCADA-Techniker). Unterlagen im Bewerbermanagement.\\n
UID:040000008200E00074C5B7101A82E00800000000A7B6C5D4E3F2DC010000000000000000100000005F4E3D2C1B0A99887766554433221100
SUMMARY;LANGUAGE=de-DE:Interview Bewerber Jonas Meier – Junior SCADA-Techniker
DTSTART;TZID=W. Europe Standard Time:20261117T130000
DTEND;TZID=W. Europe Standard Time:20261117T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T081233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechungsraum Mole (EG)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""


def _ostwind_invite() -> bytes:
    body = t("""
        Hallo Hannes, hallo Arne,

        anbei der Termin für das Bewerbungsgespräch mit Herrn Meier (Junior SCADA-Techniker). Hannes,
        übernimmst du bitte den fachlichen Teil (Fernwirktechnik, Störmeldungen)? Bewertungsbogen folgt.

        Danke und Gruß
        Nicole

        Nicole Garbe | HR Business Partner
        Ostwind Betriebsführung GmbH | Rostock
        """)
    hs = [("From", addr("Garbe, Nicole", "nicole.garbe@ostwind-bf.de")),
          ("To", addr("Krüger, Hannes", "hannes.krueger@ostwind-bf.de") + ", "
           + addr("Wendt, Arne", "arne.wendt@ostwind-bf.de")),
          ("Subject", enc("Interview Bewerber Jonas Meier – Junior SCADA-Techniker")),
          ("Date", date("2026-11-10 09:12", BER)),
          ("Message-ID", "<VI1PR03MB4471A0B1C2D3E4F5A6B7C8D9E0F1A@VI1PR03MB4471.eurprd03.prod.outlook.com>"),
          ("Content-class", "urn:content-classes:calendarmessage")]
    return message(hs, alt(text(body), calendar(OSTWIND_ICS, cte="base64")))


@mail(N(40), family="interviewer_side", lang="de", interview=False, company=None,
      note="Hannes forwards from his work address to his private one an Exchange invite in which he is an "
           "INTERVIEWER (candidate Jonas Meier, Tue 17 Nov 13:00 CET) at his current employer; not his "
           "own job interview.")
def n40():
    body = t("""
        zur Info fürs Handy – Di. 13 Uhr Interview Meier, Bewertungsbogen ausdrucken!

        H.
        """)
    hs = head(addr("Krüger, Hannes", "hannes.krueger@ostwind-bf.de"),
              "WG: Interview Bewerber Jonas Meier – Junior SCADA-Techniker",
              "2026-11-10 09:31", BER, "VI1PR03MB4471B9E8D7C6B5A4F3E2D1C0B9A8F@VI1PR03MB4471.eurprd03.prod.outlook.com",
              mx_from="from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2107.outbound.protection.outlook.com)",
              extra=(("Content-Language", "de-DE"), ("X-MS-Has-Attach", "yes")))
    return message(hs, mixed(text(body), attached_message(_ostwind_invite())))


TEAMFEIER_ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VTZ["Europe/Berlin"] + """
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261211T180000
DTEND;TZID=Europe/Berlin:20261211T230000
DTSTAMP:20261120T143301Z
ORGANIZER;CN=Swantje Ewert:mailto:swantje.ewert@gmail.com
UID:1q2w3e4r5t6y7u8i9o0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannes.krueger@example.org;X-NUM-GUESTS=0:mailto:hannes.krueger@example.org
DESCRIPTION:Weihnachtsfeier Schicht Leitwarte – Wichteln max. 10 €
LOCATION:Braugasthaus Zum Alten Fritz\\, Warnowufer 65\\, 18057 Rostock
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Weihnachtsfeier Team Leitwarte 🎄
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""


@mail(N(41), family="team_event", lang="de", interview=False, company=None,
      note="Google Calendar invite from a colleague's private account to the current job's team Christmas "
           "party (Fr., 11. Dez. 2026 18:00-23:00); not an interview.")
def n41():
    body = t("""
        Weihnachtsfeier Team Leitwarte 🎄
        Freitag, 11. Dezember 2026 · 18:00–23:00
        Zeitzone: Europe/Berlin

        Ort
        Braugasthaus Zum Alten Fritz, Warnowufer 65, 18057 Rostock

        Weihnachtsfeier Schicht Leitwarte – Wichteln max. 10 €

        Organisator
        Swantje Ewert
        swantje.ewert@gmail.com

        Einladung von Google Kalender
        """)
    subj = ("Einladung: Weihnachtsfeier Team Leitwarte 🎄 @ Fr., 11. Dez. 2026 18:00 - 23:00 (MEZ) "
            "(hannes.krueger@example.org)")
    hs = head(addr("Swantje Ewert", "swantje.ewert@gmail.com"), subj,
              "2026-11-20 15:33", BER, "calendar-0e5d7c6b-1a2f-4b3c-9d8e-7f6a5b4c3d2e@google.com",
              mx_from="from mail-sor-f65.google.com (mail-sor-f65.google.com)",
              extra=(("Sender", addr("Google Calendar", "calendar-notification@google.com")),))
    return message(hs, mixed(alt(text(body), calendar(TEAMFEIER_ICS, cte="base64")),
                             calendar(TEAMFEIER_ICS, cte="base64", ctype="application/ics", method=None,
                                      filename="invite.ics", disposition="attachment", name_param=True)))


@mail(N(42), family="auto_reply", lang="de", interview=False, company="Baltic Offshore Services SE",
      note="Out-of-office auto reply (Auto-Submitted) from the Workday recruiter to Hannes's mail about the "
           "interview on 12.10.; quotes the subject, confirms nothing.",
      days=(("Fri", "2026-10-09"),))
def n42():
    body = t("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 09.10.2026, nicht im Büro und habe nur eingeschränkt Zugriff
        auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich
        bitte an recruiting@baltic-offshore-services.de.

        Thank you for your message. I am out of the office until Friday, 9 October 2026, with limited
        access to e-mail.

        Mit freundlichen Grüßen / Kind regards
        Svenja Harms
        Talent Acquisition | Baltic Offshore Services SE
        """)
    hs = head(addr("Harms, Svenja", "svenja.harms@baltic-offshore-services.de"),
              "Automatische Antwort: Rückfrage zum Interview am 12.10.",
              "2026-10-06 19:48", BER, "AS8PR07MB7781C0D1E2F3A4B5C6D7E8F9A0B1C@AS8PR07MB7781.eurprd07.prod.outlook.com",
              mx_from="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2090.outbound.protection.outlook.com)",
              extra=(("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All"),
                     ("In-Reply-To", "<hk.20261006194700.c1@example.org>"),
                     ("Content-Language", "de-DE")))
    return message(hs, alt(text(body), html(gmail_html(body))))


def _bounced_original() -> bytes:
    body = t("""
        Sehr geehrter Herr Pahl,

        vielen Dank für die Einladung. Hiermit bestätige ich gern den Termin für das
        Vorstellungsgespräch am Do., 5.11., um 10 Uhr bei Ihnen in Rostock-Marienehe.

        Mit freundlichen Grüßen
        Hannes Krüger
        """)
    hs = [("From", ME), ("To", addr("Jörg Pahl", "j.pahl@seehafen-automatisierung.de")),
          ("Subject", enc("Re: Einladung Vorstellungsgespräch")),
          ("Date", date("2026-10-30 20:11", BER)),
          ("Message-ID", "<hk.20261030201101.e7@example.org>")]
    return message(hs, text(body))


@mail(N(43), family="bounce", lang="de", interview=False, company=None,
      note="Delivery-failure report (multipart/report) returning Hannes's own confirmation 'Do., 5.11., um 10 "
           "Uhr' to a misspelt domain; a bounce from the mail system, not a confirmation from an employer.",
      days=(("Thu", "2026-11-05"),))
def n43():
    explain = t("""
        This is the mail system at host mx01.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <j.pahl@seehafen-automatisierung.de>: Host or domain name not found. Name
            service error for name=seehafen-automatisierung.de type=MX: Host not found,
            try again
        """)
    status = t("""
        Reporting-MTA: dns; mx01.example.org
        X-Postfix-Queue-ID: 4Zk9Qm1bTqz9sWc
        X-Postfix-Sender: rfc822; hannes.krueger@example.org
        Arrival-Date: Fri, 30 Oct 2026 20:11:04 +0100 (CET)

        Final-Recipient: rfc822; j.pahl@seehafen-automatisierung.de
        Original-Recipient: rfc822;j.pahl@seehafen-automatisierung.de
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=seehafen-automatisierung.de type=MX: Host not found, try again
        """)
    report = Part([("Content-Type", "message/delivery-status")], status.replace("\n", "\r\n").encode())
    hs = head(addr("Mail Delivery System", "MAILER-DAEMON@mx01.example.org"),
              "Undelivered Mail Returned to Sender",
              "2026-10-30 20:11", BER, "20261030191105.8C2A31F4A1@mx01.example.org",
              extra=(("Auto-Submitted", "auto-replied"),))
    return message(hs, multipart("report", text(explain, cte="7bit"), report,
                                 attached_message(_bounced_original()),
                                 params="report-type=delivery-status"))


SCADA_NIGHT_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//RemoteApi//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:event_311902877@meetup.com
DTSTAMP:20261112T120000Z
DTSTART:20261119T173000Z
DTEND:20261119T203000Z
SUMMARY:SCADA Security Night #7 - Hamburg OT & Wind Energy
LOCATION:Hafenwerk Coworking\\, Großer Grasbrook 9\\, Hamburg
URL:https://www.meetup.com/hamburg-ot-wind/events/311902877/
END:VEVENT
END:VCALENDAR"""


@mail(N(44), family="meetup", lang="en", interview=False, company=None,
      note="Meetup RSVP confirmation for an evening event (Thu 19 Nov 18:30 CET) with a 'fireside "
           "interview' on stage; ICS attached; not a job interview.",
      days=(("Thu", "2026-11-19"),))
def n44():
    body = t("""
        You're going!

        SCADA Security Night #7 - Hamburg OT & Wind Energy
        Hamburg OT & Wind Energy Meetup

        Thursday, November 19, 2026
        6:30 PM to 9:30 PM CET

        Hafenwerk Coworking, Großer Grasbrook 9, Hamburg

        Agenda:
        18:30 Doors & Fischbrötchen
        19:00 Fireside interview: "How we survived a ransomware scare in a 400 MW park" - Jana Otte
              interviews the CISO of a North Sea operator
        20:00 Lightning talks (IEC 62443 in practice, OPC UA PubSub)

        Add to calendar: the attached .ics file

        Can't make it? Change your RSVP: https://www.meetup.com/hamburg-ot-wind/events/311902877/

        Unsubscribe from these emails: https://www.meetup.com/account/comm/
        """)
    hs = head(addr("Meetup", "info@meetup.com"),
              "You're going to \"SCADA Security Night #7 - Hamburg OT & Wind Energy\"",
              "2026-11-12 13:00", BER, "0100019b7f3c1d2e-rsvp-311902877-000000@email.amazonses.com",
              mx_from="from a48-112.smtp-out.amazonses.com (a48-112.smtp-out.amazonses.com)",
              extra=(("List-Unsubscribe", "<https://www.meetup.com/account/comm/>"),))
    return message(hs, mixed(text(body), calendar(SCADA_NIGHT_ICS, method="PUBLISH", cte="base64",
                                                   filename="event.ics", disposition="attachment")))


@mail(N(45), family="revisit_later", lang="de", interview=False, company="Nordlicht Automation GmbH",
      note="Hiring manager pauses the process until February ('lass uns im Februar nochmal sprechen'); no "
           "interview time was ever fixed, so not a cancellation.")
def n45():
    body = t("""
        Hallo Hannes,

        kurzes, ehrliches Update von meiner Seite: Das Budget für die SCADA-Stelle ist leider erst ab Q1
        freigegeben. Bevor wir einen Termin mit unserem CTO festmachen, will ich dir nicht unnötig Zeit
        klauen.

        Lass uns im Februar nochmal sprechen – ich melde mich spätestens in KW 6 bei dir. Wenn du bis
        dahin woanders unterschreibst, freu ich mich für dich, sag mir nur kurz Bescheid.

        Schöne Adventszeit!
        Lasse

        --
        Lasse Ohm
        Teamlead Control Systems
        Nordlicht Automation GmbH | Schwerin
        """)
    hs = head(addr("Lasse Ohm", "lasse.ohm@nordlicht-automation.de"), "Re: SCADA-Stelle – wie geht's weiter?",
              "2026-11-24 17:55", BER, "b3c4d5e6-lo-1124@nordlicht-automation.de",
              mx_from="from mail.nordlicht-automation.de (mail.nordlicht-automation.de)",
              extra=(("In-Reply-To", "<hk.20261123.nla@example.org>"),))
    return message(hs, text(body, cte="base64"))


@mail(N(46), family="bank_appointment", lang="de", interview=False, company=None,
      note="Bank confirms a mortgage advice meeting 'Di., 24.11.2026, 16:30 Uhr' in a branch; fixed time, "
           "not an interview.",
      days=(("Tue", "2026-11-24"),))
def n46():
    body = t("""
        Guten Tag Herr Krüger,

        vielen Dank für Ihre Terminanfrage. Gern bestätigen wir Ihren Beratungstermin:

        Thema:     Baufinanzierung / Anschlussfinanzierung
        Termin:    Di., 24.11.2026, 16:30 Uhr (ca. 60 Minuten)
        Ort:       Filiale Lütten Klein, Warnowallee 23, 18107 Rostock
        Berater:   Herr Tobias Kolbe

        Bitte bringen Sie die letzten drei Gehaltsabrechnungen und Ihren Personalausweis mit.

        Freundliche Grüße
        Ihre Warnowbank eG

        Diese E-Mail wurde automatisch erstellt.
        """)
    page = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <p>Guten Tag Herr Krüger,</p>
        <p>vielen Dank für Ihre Terminanfrage. Gern bestätigen wir Ihren Beratungstermin:</p>
        <table cellpadding="3">
        <tr><td>Thema:</td><td>Baufinanzierung / Anschlussfinanzierung</td></tr>
        <tr><td>Termin:</td><td><b>Di., 24.11.2026, 16:30 Uhr</b> (ca. 60 Minuten)</td></tr>
        <tr><td>Ort:</td><td>Filiale Lütten Klein, Warnowallee 23, 18107 Rostock</td></tr>
        <tr><td>Berater:</td><td>Herr Tobias Kolbe</td></tr>
        </table>
        <p>Bitte bringen Sie die letzten drei Gehaltsabrechnungen und Ihren Personalausweis mit.</p>
        <p>Freundliche Grüße<br>Ihre Warnowbank eG</p>
        <p style="font-size:11px;color:#777">Diese E-Mail wurde automatisch erstellt.</p>
        </body></html>
        """)
    hs = head(addr("Warnowbank eG", "termine@warnowbank.de"), "Ihr Beratungstermin am 24.11.2026",
              "2026-11-18 11:20", BER, "termin.33108.20261118@warnowbank.de",
              mx_from="from mx.warnowbank.de (mx.warnowbank.de)")
    return message(hs, alt(text(body), html(page)))


@mail(N(47), family="parent_teacher", lang="de", interview=False, company=None,
      note="School confirms a parent-teacher slot 'Do., 12.11., 17:10 - 17:20 Uhr'; not an interview.",
      days=(("Thu", "2026-11-12"),))
def n47():
    body = t("""
        Liebe Eltern,

        hiermit bestätigen wir Ihren Termin zum Elternsprechtag:

        Kind: Ida Krüger, Klasse 3b
        Lehrkraft: Frau Behrens (Klassenleitung)
        Termin: Do., 12.11., 17:10 - 17:20 Uhr, Raum 104

        Bitte seien Sie pünktlich, die Gespräche sind eng getaktet. Falls Sie verhindert sind, tragen Sie
        sich bitte im Elternportal wieder aus.

        Mit freundlichen Grüßen
        Sekretariat
        Grundschule am Mühlenteich, Rostock-Gehlsdorf
        """)
    hs = head(addr("Grundschule am Mühlenteich", "sekretariat@gs-muehlenteich.de"),
              "Elternsprechtag – Ihre Terminbestätigung",
              "2026-11-05 13:02", BER, "elternportal.sprechtag.3b.0117@gs-muehlenteich.de",
              mx_from="from mail.gs-muehlenteich.de (mail.gs-muehlenteich.de)")
    return message(hs, text(body, charset="iso-8859-1"))


@mail(N(48), family="coffee_chat", lang="en", interview=False, company=None,
      note="A mentor fixes 'coffee on Friday at 8:30' to talk about the Hamburg job market; an informal chat, "
           "explicitly not an interview.")
def n48():
    body = t("""
        Hannes,

        great, Friday at 8:30 at Café Herr Max it is - I'm in Rostock for the board meeting anyway. To be
        clear, this isn't an interview or anything, I just want to hear how the search is going and tell
        you what I know about the Hamburg operators. Bring your questions.

        Henrik

        sent from my phone, excuse typos

        > On 2 Dec 2026, at 07:51, Hannes Krüger <hannes.krueger@example.org> wrote:
        >
        > Hi Henrik, would love to catch up before Christmas if you have time. Any morning this week
        > works for me.
        """)
    hs = head(addr("Henrik Aalto", "henrik.aalto@example.net"), "Re: Coffee?",
              "2026-12-02 09:14", BER, "4E6C0B21-9A7F-4D35-B0E8-HA1202@example.net",
              mx_from="from mail.example.net (mail.example.net)",
              extra=(("In-Reply-To", "<hk.20261202075101.f2@example.org>"),
                     ("X-Mailer", "iPhone Mail (22B91)")))
    return message(hs, text(body, cte="8bit"))


@mail(N(49), family="focus_group", lang="de", interview=False, company=None,
      note="Market-research firm confirms participation in a paid focus group 'Mi., 25.11.2026, 18:00 - "
           "20:00 Uhr' after a short screening 'Interview'; not a job interview.",
      days=(("Wed", "2026-11-25"),))
def n49():
    body = t("""
        Hallo Herr Krüger,

        vielen Dank für das kurze Telefon-Interview gestern – Sie passen genau in unsere Zielgruppe!
        Hiermit bestätigen wir Ihre Teilnahme an unserer Gruppendiskussion zum Thema
        „Elektromobilität im Alltag an der Küste“:

        Termin:   Mi., 25.11.2026, 18:00 - 20:00 Uhr
        Ort:      Marktforschung Küste, Doberaner Straße 114, 18057 Rostock, Studio 2
        Vergütung: 60 € in bar direkt im Anschluss

        Bitte bringen Sie Ihren Personalausweis mit und seien Sie 10 Minuten früher da. Sollten Sie
        verhindert sein, geben Sie uns bitte bis Montag Bescheid, damit wir nachrekrutieren können.

        Viele Grüße
        Lena Jahnke
        Feldorganisation | Marktforschung Küste GmbH
        """)
    hs = head(addr("Lena Jahnke", "l.jahnke@mafo-kueste.de"),
              "Teilnahmebestätigung Gruppendiskussion am 25.11.",
              "2026-11-19 10:40", BER, "mafo.gd-2611.tn-08@mafo-kueste.de",
              mx_from="from mail.mafo-kueste.de (mail.mafo-kueste.de)")
    return message(hs, alt(text(body, cte="base64"), html(gmail_html(body), cte="base64")))


@mail(N(50), family="housing_coop_interview", lang="de", interview=False, company=None,
      note="Housing co-op in Hamburg invites to a 'Vorstellungsgespräch' for a flat and membership "
           "'Samstag, 28.11., um 11:30 Uhr'; fixed time, but a tenancy interview, not a job interview.",
      days=(("Sat", "2026-11-28"),))
def n50():
    body = t("""
        Sehr geehrter Herr Krüger,

        vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung Wohnungs-Nr. 14-0327 (Barmbek-Nord,
        Fuhlsbüttler Straße, 2. OG).

        Wir laden Sie zu einem persönlichen Vorstellungsgespräch mit anschließender Besichtigung ein:

        Samstag, 28.11., um 11:30 Uhr
        Treffpunkt: vor dem Hauseingang Fuhlsbüttler Straße 241

        Da wir als Genossenschaft Wert auf eine gute Hausgemeinschaft legen, möchten wir Sie gern
        kennenlernen. Bitte bringen Sie eine Einkommensbescheinigung (z. B. Arbeitsvertrag oder
        Zusage Ihres neuen Arbeitgebers) und eine Mietschuldenfreiheitsbescheinigung mit.

        Mit freundlichen Grüßen
        Vermietungsteam
        Wohnungsgenossenschaft Elbufer eG
        """)
    hs = head(addr("Wohnungsgenossenschaft Elbufer eG", "vermietung@wg-elbufer.de"),
              "Ihre Anfrage Wohnung 14-0327 – Einladung zum Vorstellungsgespräch",
              "2026-11-20 08:55", BER, "crm.vermietung.14-0327.5521@wg-elbufer.de",
              mx_from="from mx.wg-elbufer.de (mx.wg-elbufer.de)")
    return message(hs, text(body))
